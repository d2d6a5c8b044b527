"""Yuechi Dental (悦齿口腔, Chinese dental and orthodontics chain, Shenzhen and Guangzhou), a Nuxt 2 SSR site (Vue 2
scoped styles with data-v-* attributes, /_nuxt/ content-hashed chunks, window.__NUXT__ payload), Baidu Tongji, an
online-consultation sidebar with live booking counters, ICP filing in the footer. The policy is an article rendered
from the CMS API: title, a meta line (publish date, source, view count) and the v-html body, in .article-wrap."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# 悦齿口腔隐私政策

更新日期：{UPDATED}

深圳悦齿口腔医疗管理有限公司及其下属各门诊（以下简称"悦齿口腔"或"我们"）深知个人信息对您的重要性。本政策适用于您通过悦齿口腔官方网站、"悦齿口腔"微信小程序及各门诊使用我们的预约、诊疗和咨询服务。我们将按照《中华人民共和国个人信息保护法》等法律法规的要求，采取相应的安全保护措施，保护您的个人信息。

## 一、我们如何收集和使用您的个人信息

1）预约挂号：当您在线预约时，您需要提供就诊人姓名、手机号码、预约门诊及就诊时间。如您未注册帐号，我们将使用您的手机号码为您创建就诊档案。

2）诊疗服务：为向您提供口腔检查、治疗及正畸服务，我们会收集您的口腔检查结果、口腔CT及全景片等影像资料、口内扫描数据、面部及口内照片、病历资料及既往病史。上述信息属于敏感个人信息，我们仅在取得您的单独同意后处理。

3）支付与结算：当您支付诊疗费用时，我们会收集订单信息及支付结果，不会收集您的银行卡密码。

4）在线咨询：当您使用在线咨询或客服服务时，我们会记录您的咨询内容和联系方式，以便回复您的问题。

## 二、我们如何使用Cookie和同类技术

为确保网站正常运转，我们会在您的设备上存储Cookie。我们使用百度统计分析网站访问情况，您可以通过浏览器设置清除或拒绝Cookie。

## 三、我们如何共享、转让、公开披露您的个人信息

我们不会向第三方出售您的个人信息。为实现本政策所述功能，我们的小程序中接入了以下第三方SDK：

| SDK名称 | 提供方 | 使用目的 | 收集的个人信息 |
| 微信开放平台SDK | 深圳市腾讯计算机系统有限公司 | 微信登录、分享及微信支付 | 设备标识信息、微信OpenID |
| 支付宝SDK | 支付宝（中国）网络技术有限公司 | 支付宝支付 | 设备型号、网络状态信息 |
| 高德定位SDK | 高德软件有限公司 | 查找附近门诊 | 位置信息、设备标识信息 |
| 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 统计分析 | 设备标识信息（Android ID/IDFA） |

当您选择隐形矫正方案时，我们需要将您的口内扫描数据及影像资料提供给矫治器生产企业用于设计和生产矫治器。我们会与其签署数据处理协议，要求其严格保护您的个人信息。

## 四、我们如何保存您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。门诊病历资料依照《医疗机构病历管理规定》保存不少于15年；在线咨询记录保存3年；其他个人信息在实现处理目的所必需的最短时间内保存，超出保存期限后我们将删除或匿名化处理。

## 五、我们如何保护您的个人信息

我们采用加密传输、访问控制、安全审计等措施保护您的个人信息，并对可能接触您个人信息的员工进行保密培训。如不幸发生个人信息安全事件，我们将按照法律法规的要求及时告知您。

## 六、您的权利

您有权查阅、复制、更正、补充、删除您的个人信息，有权撤回同意、注销帐户，并有权要求我们对个人信息处理规则进行解释说明。您可通过小程序"我的—设置—隐私管理"或联系我们行使上述权利，我们将在15个工作日内答复。

## 七、我们如何处理未成年人的个人信息

我们的儿童口腔及早期矫正服务面向未成年人提供。不满14周岁的儿童就诊时，须由其父母或其他监护人陪同并同意我们处理其个人信息。

## 八、本政策如何更新

我们可能适时修订本政策。对于重大变更，我们会通过网站公告或小程序弹窗等方式通知您。

## 九、如何联系我们

如您对本政策有任何疑问、意见或建议，可通过以下方式与我们联系：

@ 深圳悦齿口腔医疗管理有限公司
@ 地址：深圳市南山区科技园南区高新南七道18号
@ 个人信息保护负责人邮箱：privacy@yuechikq.com
@ 客服电话：400-868-1230
"""

EDITS = [
    {"note": "SDK table: push SDK row added (极光推送)",
     "repl": [("| 高德定位SDK | 高德软件有限公司 | 查找附近门诊 | 位置信息、设备标识信息 |",
               "| 高德定位SDK | 高德软件有限公司 | 查找附近门诊 | 位置信息、设备标识信息 |\n"
               "| 极光推送SDK | 深圳市和讯华谷信息技术有限公司 | 就诊提醒推送 | 设备标识信息、网络信息 |")]},
    {"note": "typo fixed (帐号 -> 账号 in the booking paragraph), date unchanged", "bump": False,
     "repl": [("如您未注册帐号", "如您未注册账号")]},
    {"note": "sentence added to the minors section: under-14 orthodontic records and photos",
     "repl": [("须由其父母或其他监护人陪同并同意我们处理其个人信息。",
               "须由其父母或其他监护人陪同并同意我们处理其个人信息。儿童正畸治疗过程中拍摄的面部及口内照片仅用于"
               "诊疗记录，未经监护人书面同意，不会用于病例展示或宣传。")]},
    {"note": "SDK table: Umeng analytics row removed",
     "repl": [("\n| 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 统计分析 | 设备标识信息（Android ID/IDFA） |", "")]},
    {"note": "customer-service phone changed (400-868-1230 -> 400-600-8123)",
     "repl": [("@ 客服电话：400-868-1230", "@ 客服电话：400-600-8123")]},
    {"note": "online-consultation records retention cut from 3 to 2 years",
     "repl": [("在线咨询记录保存3年", "在线咨询记录保存2年")]},
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


DOCTORS = [("林晓雯", "主治医师 · 正畸科", "隐形矫正、青少年正畸"), ("陈志强", "副主任医师 · 种植科", "全口种植、即刻种植"),
           ("黄嘉欣", "主治医师 · 儿牙科", "儿童早期矫正、窝沟封闭"), ("王浩然", "主任医师 · 修复科", "全瓷冠、美学修复"),
           ("刘佳怡", "主治医师 · 牙周科", "牙周治疗、洁牙"), ("张伟", "副主任医师 · 正畸科", "成人正畸、骨性错颌"),
           ("周敏", "主治医师 · 牙体牙髓科", "根管治疗、显微根管")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许"
ITEMS = ["隐形矫正评估", "儿童早期矫正检查", "种植牙咨询", "洁牙", "牙齿美白", "根管治疗", "全瓷冠修复", "口腔检查"]
CLINICS = ["南山科技园门诊", "福田车公庙门诊", "宝安中心区门诊", "广州天河门诊", "龙华红山门诊"]


def _promo(loc):
    d = loc.date()
    y = d.year
    if dt.date(y, 6, 1) <= d <= dt.date(y, 6, 20):
        return ("618", "618种植季：进口种植体限时特惠，预约即送口腔CT")
    if dt.date(y, 7, 10) <= d <= dt.date(y, 9, 5):
        return ("kaixue", "开学季：儿童早期矫正检查 ¥0，名额有限")
    if dt.date(y, 9, 10) <= d <= dt.date(y, 9, 25):
        return ("aiya", "9·20全国爱牙日：洁牙 ¥99，全年可用")
    if dt.date(y, 11, 1) <= d <= dt.date(y, 11, 15):
        return ("1111", "双11：隐形矫正直降8000元，定金翻倍")
    if d.month == 1 or (d.month == 2 and d.day < 20):
        return ("chunjie", "春节门诊安排：除夕至初三休诊，初四起正常接诊")
    return ("default", "悦齿口腔 · 深圳广州12家连锁门诊 · 医保定点")


def _build(rng):
    return (tuple(C.hexs(rng, 7) for _ in range(5)), tuple(C.hexs(rng, 8) for _ in range(4)))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "zh")
    days = (when - dt.datetime(2022, 8, 15)).total_seconds() / 86400.0
    views = int(days * 23.5) + rng.randint(0, 60)
    if p.get("views") is not None and views <= p["views"]:
        views = p["views"] + rng.randint(5, 90)
    today = int((loc.hour * 60 + loc.minute) / 1440.0 * rng.randint(150, 260)) + rng.randint(3, 20)
    recent = tuple((rng.choice(SURNAMES) + "**", rng.choice(CLINICS), rng.choice(ITEMS), rng.randint(1, 59))
                   for _ in range(4))
    b = p.get("build")
    if b is None or rng.random() < 0.25:
        nb = _build(rng)
        # a deploy changes some chunks; the scoped-style ids change only when those components were touched
        b = (nb[0], nb[1] if (b is None or rng.random() < 0.4) else b[1])
    return {
        "views": views,
        "booked": (today, recent),
        "doctors": tuple(rng.sample(range(len(DOCTORS)), 3)),
        "promo": _promo(loc),
        "build": b,
    }


LABELS = {
    "views": "view counter in .article-meta (inside .article-wrap)",
    "booked": "sidebar: bookings today and the latest-bookings ticker",
    "doctors": "sidebar: recommended doctors (random three)",
    "promo": "campaign banner under the header",
    "build": "Nuxt deploy: /_nuxt/ chunk hashes and data-v-* scoped ids (also on the article's elements)",
}


def _vhtml(blocks, dv):
    """The CMS's rich text (UEditor output) bound with v-html inside a scoped component."""
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<td valign="top" style="word-break: break-all;"><strong>%s</strong></td>'
                                       % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join('<td valign="top" style="word-break: break-all;">%s</td>' % inl(c)
                                               for c in r) for r in rows[1:])
        return '<table width="100%%" border="1" cellspacing="0"><tbody>%s%s</tbody></table>' % (head, body)

    return K.render_blocks(blocks, table=table, sep="",
                           heading=lambda kind, v, inl: '<h3 style="font-size: 18px;"><strong>%s</strong></h3>' % inl(v),
                           para=lambda v, inl: '<p style="text-indent: 2em;">%s</p>' % inl(v),
                           addr=lambda lines, inl: "".join("<p>%s</p>" % inl(x) for x in lines))


def render(state, blocks, when):
    chunks, dvs = state["build"]
    dv_layout, dv_article, dv_side, dv_foot = dvs
    title = blocks[0][1]
    body = _vhtml(blocks[1:], dv_article)
    today, recent = state["booked"]
    pkey, ptext = state["promo"]
    docs = "".join('<li data-v-%s class="doctor-item"><img data-v-%s src="https://img.yuechikq.com/doctor/%02d.jpg" '
                   'alt="%s"><div data-v-%s class="doctor-info"><p data-v-%s class="doctor-name">%s</p><p data-v-%s '
                   'class="doctor-title">%s</p><p data-v-%s class="doctor-good">擅长：%s</p></div></li>'
                   % (dv_side, dv_side, k + 1, DOCTORS[k][0], dv_side, dv_side, DOCTORS[k][0], dv_side, DOCTORS[k][1],
                      dv_side, DOCTORS[k][2]) for k in state["doctors"])
    ticker = "".join('<li data-v-%s><span data-v-%s>%s</span> 预约了 %s %s <em data-v-%s>%d分钟前</em></li>'
                     % (dv_side, dv_side, nm, cl, it, dv_side, m) for nm, cl, it, m in recent)
    pub_date = "2022-08-15"
    tel = "4006008123" if "400-600-8123" in body else "4008681230"
    payload = {"layout": "default", "data": [{"article": {"id": 36, "title": title, "content": body,
                                                          "publishTime": pub_date, "source": "悦齿口腔",
                                                          "views": state["views"]}}],
               "fetch": {}, "error": None,
               "state": {"clinic": {"list": [], "current": None}, "user": {"token": "", "info": None},
                         "booking": {"todayCount": today}},
               "serverRendered": True, "routePath": "/privacy",
               "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    nuxt = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(
        "/", "\\u002F").replace(">", "\\u003E")
    c = chunks
    v = {"L": dv_layout, "A": dv_article, "S": dv_side, "F": dv_foot, "pkey": pkey, "ptext": K.esc(ptext),
         "title": K.esc(title), "pub": pub_date, "views": state["views"], "body": body, "today": today,
         "ticker": ticker, "docs": docs, "year": when.year, "tel": tel, "nuxt": nuxt}
    for k, ch in enumerate(chunks):
        v["c%d" % k] = ch
    return """<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22zh-CN%%22%%7D%%7D">
  <head >
    <title>隐私政策-悦齿口腔</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="悦齿口腔,深圳口腔医院,隐形矫正,种植牙,儿童牙科"><meta data-n-head="ssr" data-hid="description" name="description" content="悦齿口腔隐私政策"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><script data-n-head="ssr" src="https://hm.baidu.com/hm.js?8c2f1e9d7a4b3c6e5f0d1a2b3c4e5f6a" async></script><link rel="preload" href="/_nuxt/%(c0)s.js" as="script"><link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script"><link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><link rel="preload" href="/_nuxt/%(c4)s.js" as="script"><link rel="stylesheet" href="/_nuxt/css/%(c0)s.css"><link rel="stylesheet" href="/_nuxt/css/%(c1)s.css">
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(L)s class="layout"><header data-v-%(L)s class="header"><div data-v-%(L)s class="header-inner w1200"><a data-v-%(L)s href="/" class="logo nuxt-link-active"><img data-v-%(L)s src="/images/logo.png" alt="悦齿口腔"></a> <ul data-v-%(L)s class="nav"><li data-v-%(L)s><a data-v-%(L)s href="/" class="nuxt-link-active">首页</a></li><li data-v-%(L)s><a data-v-%(L)s href="/zhengji">口腔正畸</a></li><li data-v-%(L)s><a data-v-%(L)s href="/zhongzhi">种植牙</a></li><li data-v-%(L)s><a data-v-%(L)s href="/ertong">儿童齿科</a></li><li data-v-%(L)s><a data-v-%(L)s href="/doctors">专家团队</a></li><li data-v-%(L)s><a data-v-%(L)s href="/clinics">门诊地址</a></li><li data-v-%(L)s><a data-v-%(L)s href="/about">关于我们</a></li></ul> <a data-v-%(L)s href="/booking" class="btn-booking">在线预约</a></div></header> <div data-v-%(L)s class="promo-bar promo-%(pkey)s"><div data-v-%(L)s class="w1200">%(ptext)s</div></div> <div data-v-%(L)s class="main w1200"><div data-v-%(L)s class="breadcrumb"><a data-v-%(L)s href="/" class="nuxt-link-active">首页</a> &gt; <span data-v-%(L)s>隐私政策</span></div> <div data-v-%(L)s class="content-box"><div data-v-%(A)s data-v-%(L)s class="article-wrap"><h1 data-v-%(A)s class="article-title">%(title)s</h1> <div data-v-%(A)s class="article-meta"><span data-v-%(A)s>发布时间：%(pub)s</span> <span data-v-%(A)s>来源：悦齿口腔</span> <span data-v-%(A)s>浏览量：%(views)d</span></div> <div data-v-%(A)s class="article-content">%(body)s</div></div> <aside data-v-%(S)s data-v-%(L)s class="sidebar"><div data-v-%(S)s class="side-booking"><p data-v-%(S)s class="side-title">在线预约</p> <p data-v-%(S)s class="today-count">今日已有 <b data-v-%(S)s>%(today)d</b> 人预约</p> <ul data-v-%(S)s class="ticker">%(ticker)s</ul> <a data-v-%(S)s href="/booking" class="btn-side">立即预约</a></div> <div data-v-%(S)s class="side-doctors"><p data-v-%(S)s class="side-title">推荐医生</p> <ul data-v-%(S)s>%(docs)s</ul></div></aside></div></div> <footer data-v-%(F)s data-v-%(L)s class="footer"><div data-v-%(F)s class="w1200"><p data-v-%(F)s>深圳悦齿口腔医疗管理有限公司 版权所有 © 2019-%(year)d</p> <p data-v-%(F)s><a data-v-%(F)s href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备2019081234号-1</a> <a data-v-%(F)s href="https://beian.mps.gov.cn/#/query/webSearch?code=44030502007123" target="_blank" rel="nofollow">粤公网安备44030502007123号</a></p> <p data-v-%(F)s>医疗机构执业许可证登记号：PDY12345644030517D2192 · 本站信息仅供参考，不能作为诊断及医疗的依据</p></div></footer> <div data-v-%(L)s class="float-consult"><a data-v-%(L)s href="javascript:;" class="consult-btn">在线咨询</a> <a data-v-%(L)s href="tel:%(tel)s" class="tel-btn">电话咨询</a></div></div></div></div><script>window.__NUXT__=%(nuxt)s;</script><script src="/_nuxt/%(c0)s.js" defer></script><script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script><script src="/_nuxt/%(c4)s.js" defer></script>
  </body>
</html>
""" % v


PAGE = {
    "service": "Yuechi Dental",
    "url": "https://www.yuechikq.com/privacy",
    "lang": "zh-CN",
    "platform": "Nuxt 2 SSR (Vue 2, scoped styles), Node behind Alibaba Cloud CDN, Baidu Tongji",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Tengine"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "Express")],
    "n": 30,
    "start": dt.date(2023, 9, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (1, 4, 8),
    "policy": POLICY,
    "first_updated": dt.date(2023, 6, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.yuechikq.com/privacy",
        "select": ".article-wrap",
        "remove": [".article-meta"],
    },
}
