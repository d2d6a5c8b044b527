"""精科电子 (connectors, MLCC; listed on the Shenzhen ChiNext board), simplified Chinese: Nuxt 2 SSR site, the policy
rendered from CMS blocks by a scoped Vue component (data-v-* on every block element inside the selected article),
stock quote and trade-fair countdown in the header, window.__NUXT__ state, Baidu Tongji."""
import datetime as dt
import html
import json
import math

import common as C

URL = "https://www.jingke-elec.com/zh/privacy-policy"

POLICY = """# 隐私政策

更新日期：{UPDATED}

东莞精科电子股份有限公司（以下简称“精科电子”或“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。我们依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》《中华人民共和国数据安全法》等法律法规，制定本隐私政策，向您说明我们在您访问精科电子官方网站（www.jingke-elec.com）、使用在线选型工具、提交样品申请及询价、投递简历以及使用供应商门户时，如何收集、使用、存储、共享和保护您的个人信息，以及您享有的权利。

请您在使用我们的服务前，仔细阅读并充分理解本政策，特别是以**粗体**标识的条款。如您对本政策有任何疑问，可通过本政策第八条所列方式与我们联系。

## 一、我们如何收集和使用您的个人信息

### （一）样品申请与询价

当您通过网站申请样品或提交询价时，我们需要收集您的姓名、公司名称、职位、手机号码、电子邮箱、收货地址以及所需产品型号和数量。上述信息用于核实您的需求、安排销售工程师与您联系、寄送样品及出具报价。如您不提供上述信息，我们将无法为您寄送样品或提供报价，但不影响您浏览网站的其他内容。

### （二）在线选型与技术支持

在使用连接器及片式多层陶瓷电容（MLCC）在线选型工具时，您可以在不登录的情况下查询产品参数。如您希望保存选型清单、下载3D模型或规格书，需要注册会员帐号，我们会收集您的手机号码、电子邮箱和所在公司。您向技术支持提交的问题描述、图纸及附件，仅用于解答您的技术问题。

### （三）招聘

当您通过“加入我们”页面投递简历时，我们会收集您在简历中提供的姓名、性别、出生日期、联系方式、教育背景和工作经历等信息，仅用于招聘评估。**简历中如包含身份证号码等敏感个人信息，请您谨慎提供。**

### （四）投资者关系

当您订阅投资者关系邮件或通过投资者互动平台留言时，我们会收集您的姓名和电子邮箱，用于向您发送定期报告、临时公告和业绩说明会通知。

### （五）网站访问信息

为保障网站安全稳定运行，我们的服务器会自动记录您的IP地址、浏览器类型、访问时间、访问页面及来源网址等网络日志信息。

## 二、我们如何使用Cookie和同类技术

我们使用Cookie记录您的语言偏好和会话状态，并通过百度统计了解网站的访问情况，以便改进网站内容和性能。您可以通过浏览器设置拒绝或删除Cookie，但这可能导致网站的部分功能无法正常使用。

## 三、我们如何委托处理、共享、转让和公开披露您的个人信息

我们不会向第三方出售您的个人信息。为实现本政策所述目的，我们会委托以下合作方处理部分个人信息，并通过协议约束其仅按照我们的要求处理：

| 合作方 | 处理目的 | 涉及的个人信息 |
| 阿里云计算有限公司 | 网站托管与数据存储 | 网络日志信息、表单信息 |
| 北京百度网讯科技有限公司（百度统计） | 网站访问统计 | 设备信息、访问记录 |
| 深圳市腾讯计算机系统有限公司（企业微信） | 客户沟通与服务 | 姓名、联系方式 |
| 顺丰速运有限公司 | 样品寄送 | 收件人姓名、电话、地址 |

除以下情形外，未经您的单独同意，我们不会向其他个人信息处理者提供您的个人信息：根据法律法规规定或有权机关的要求；为订立、履行您作为一方当事人的合同所必需；为应对突发公共卫生事件或紧急情况下保护自然人的生命健康和财产安全所必需。

如发生合并、分立、解散、被宣告破产等情形需要转移个人信息的，我们会告知您接收方的名称和联系方式，并要求接收方继续履行本政策规定的义务。

## 四、我们如何存储和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。我们仅在实现处理目的所必需的最短时间内保留您的个人信息：样品申请及询价信息自最后一次业务往来之日起保存3年；简历信息在招聘结束后保存1年；网站访问日志保存6个月。超出保存期限后，我们将删除或匿名化处理您的个人信息。

我们已通过ISO/IEC 27001信息安全管理体系认证，采用传输加密（HTTPS）、访问控制、数据备份和安全审计等措施保护您的个人信息。如不幸发生个人信息安全事件，我们将按照法律法规的要求，及时将事件的基本情况、可能的影响、已采取的处置措施告知您，并向有关主管部门报告。

## 五、您的权利

按照相关法律法规，您对自己的个人信息享有以下权利：

- 查阅、复制您的个人信息；
- 更正、补充不准确或不完整的个人信息；
- 在法定情形下请求删除您的个人信息；
- 撤回您此前作出的同意；
- 注销您的会员帐户；
- 请求我们对本政策进行解释说明。

您可以通过本政策第八条所列方式提出请求。为保障安全，我们可能需要先验证您的身份。我们将在收到请求并验证身份后的15个工作日内答复。

## 六、未成年人的个人信息保护

我们的产品和服务主要面向企业客户，不面向未满十四周岁的未成年人。如我们发现在未事先获得监护人同意的情况下收集了未成年人的个人信息，将尽快删除相关信息。

## 七、本政策如何更新

我们可能会适时修订本政策。修订后的政策将在本页面发布，并更新页首的“更新日期”。对于重大变更，我们还会通过网站公告或电子邮件等方式通知您。

## 八、如何联系我们

如您对本政策或您的个人信息处理有任何疑问、意见或投诉，可通过以下方式与我们的个人信息保护负责人联系：

@ 东莞精科电子股份有限公司
@ 地址：广东省东莞市松山湖高新技术产业开发区工业东路18号
@ 电话：0769-2289 6688
@ 电子邮箱：[privacy@jingke-elec.com](mailto:privacy@jingke-elec.com)

如您对我们的答复不满意，还可以向网信、电信、公安及市场监管等有关部门进行投诉或举报。
"""

EDITS = [
    {"note": "log retention: '保存6个月' -> '保存不少于6个月' (Cybersecurity Law art. 21)",
     "repl": [("网站访问日志保存6个月", "网站访问日志保存不少于6个月")]},
    {"note": "processor added to the table (Tencent Qidian online customer service)",
     "repl": [("| 顺丰速运有限公司 | 样品寄送 | 收件人姓名、电话、地址 |",
               "| 顺丰速运有限公司 | 样品寄送 | 收件人姓名、电话、地址 |\n"
               "| 腾讯云计算（北京）有限责任公司（腾讯企点） | 在线客服 | 访客标识、咨询内容 |")]},
    {"note": "typo fixed: '帐号' -> '账号' in (二) (date line not bumped)", "bump": False,
     "repl": [("需要注册会员帐号", "需要注册会员账号")]},
    {"note": "subsection added: cross-border transfer to the Vietnam and Mexico plants",
     "repl": [("超出保存期限后，我们将删除或匿名化处理您的个人信息。",
               "超出保存期限后，我们将删除或匿名化处理您的个人信息。\n\n"
               "### 个人信息出境\n\n"
               "因我们在越南北宁和墨西哥新莱昂州设有生产基地，为向您就近安排供货和售后服务，我们可能需要将您的"
               "姓名、公司名称、联系方式及订单信息提供给境外关联公司。我们将依照《个人信息出境标准合同办法》与境外"
               "接收方订立标准合同，并在出境前取得您的单独同意。")]},
    {"note": "contact phone number changed",
     "repl": [("@ 电话：0769-2289 6688", "@ 电话：0769-2289 6600")]},
]

FAIRS = [
    ("2023慕尼黑上海电子展", dt.date(2023, 7, 11), dt.date(2023, 7, 13), "上海新国际博览中心 E4.4220"),
    ("2023慕尼黑华南电子展", dt.date(2023, 10, 30), dt.date(2023, 11, 1), "深圳国际会展中心 9号馆 9E30"),
    ("2024慕尼黑上海电子展", dt.date(2024, 7, 8), dt.date(2024, 7, 10), "上海新国际博览中心 E4.4220"),
    ("2024慕尼黑华南电子展", dt.date(2024, 11, 18), dt.date(2024, 11, 20), "深圳国际会展中心 9号馆 9E30"),
    ("2025慕尼黑上海电子展", dt.date(2025, 4, 15), dt.date(2025, 4, 17), "上海新国际博览中心 E5.5311"),
    ("2025慕尼黑华南电子展", dt.date(2025, 10, 28), dt.date(2025, 10, 30), "深圳国际会展中心 9号馆 9E30"),
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def fair(when):
    day = (when + dt.timedelta(hours=8)).date()
    for name, a, b, booth in FAIRS:
        if b >= day:
            if a > day:
                return name, booth, "距开展还有 %d 天" % (a - day).days
            return name, booth, "展会进行中（第%d天）" % ((day - a).days + 1)
    raise ValueError(when)


def noise(rng, when, i, prev):
    prev = prev or {}
    dep = prev.get("deploy")
    if dep is None or rng.random() < 0.22:
        dep = {"chunks": [C.hexs(rng, 7) for _ in range(6)], "css": C.hexs(rng, 7),
               "layout_v": C.hexs(rng, 8),
               "policy_v": C.hexs(rng, 8) if dep is None or rng.random() < 0.5 else dep["policy_v"],
               "header_v": C.hexs(rng, 8)}
    p0 = prev.get("stock", {}).get("price", 31.80)
    price = round(p0 * math.exp(rng.gauss(0, 0.04)), 2)
    chg = round(rng.gauss(0, 1.8), 2)
    return {"deploy": dep, "stock": {"price": price, "chg": chg}, "fair": fair(when)}


LABELS = {"deploy": "deploy: _nuxt chunk names and scoped data-v-* hashes (also on the policy's own elements)",
          "stock": "Shenzhen stock quote in header", "fair": "electronica China countdown in header"}


def vblock(b, v):
    kind, val = b
    a = " data-v-%s" % v
    if kind in ("h1", "h2", "h3"):
        return "<%s%s class=\"policy-%s\">%s</%s>" % (kind, a, kind, C.inline_html(val), kind)
    if kind == "p":
        return "<p%s class=\"policy-p\">%s</p>" % (a, C.inline_html(val))
    if kind == "ul":
        return "<ul%s class=\"policy-list\">%s</ul>" % (a, "".join("<li%s>%s</li>" % (a, C.inline_html(x))
                                                                   for x in val))
    if kind == "table":
        head = "".join("<th%s>%s</th>" % (a, C.inline_html(x)) for x in val[0])
        body = "".join("<tr%s>%s</tr>" % (a, "".join("<td%s>%s</td>" % (a, C.inline_html(x)) for x in r))
                       for r in val[1:])
        return ('<div%s class="policy-table-wrap"><table%s class="policy-table"><thead%s><tr%s>%s</tr></thead>'
                '<tbody%s>%s</tbody></table></div>' % (a, a, a, a, head, a, body))
    if kind == "addr":
        return "<p%s class=\"policy-address\">%s</p>" % (a, ("<br%s>" % a).join(C.inline_html(x) for x in val))
    raise ValueError(kind)


NAV = [("首页", "/zh"), ("产品中心", "/zh/products"), ("在线选型", "/zh/selector"), ("应用领域", "/zh/applications"),
       ("技术支持", "/zh/support"), ("投资者关系", "/zh/investor"), ("关于精科", "/zh/about"), ("加入我们", "/zh/careers"),
       ("联系我们", "/zh/contact")]


def render(st, blocks, when):
    d = st["deploy"]
    pv, lv, hv = d["policy_v"], d["layout_v"], d["header_v"]
    s = st["stock"]
    up = s["chg"] >= 0
    fname, fbooth, fleft = st["fair"]
    nav = "".join('<li data-v-%s class="nav-item%s"><a data-v-%s href="%s" class="%s">%s</a></li>'
                  % (hv, "", hv, u, "nuxt-link-active" if u == "/zh" else "", html.escape(t)) for t, u in NAV)
    article = "".join(vblock(b, pv) for b in blocks)
    nuxt_blocks = json.dumps([{"type": k, "value": v} for k, v in blocks], ensure_ascii=False,
                             separators=(",", ":")).replace("/", "\\u002F")
    ch = d["chunks"]
    return ("""<!doctype html>
<html lang="zh-CN" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22zh-CN%%22%%7D%%7D">
  <head >
    <title>隐私政策 - 精科电子</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta data-n-head="ssr" name="renderer" content="webkit"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="精科电子,连接器,板对板连接器,FPC连接器,MLCC,片式多层陶瓷电容"><meta data-n-head="ssr" data-hid="description" name="description" content="东莞精科电子股份有限公司隐私政策"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><script data-n-head="ssr" src="https://hm.baidu.com/hm.js?3f8e2a7c91d04b6e5a0c1f2d8e7b6a95" async></script><link rel="preload" href="/_nuxt/%(c0)s.js" as="script"><link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/css/%(css)s.css" as="style"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script"><link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><link rel="preload" href="/_nuxt/pages/zh/privacy-policy.%(c4)s.js" as="script"><link rel="stylesheet" href="/_nuxt/css/%(css)s.css">
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(lv)s class="layout-default"><div data-v-%(hv)s data-v-%(lv)s class="topbar"><div data-v-%(hv)s class="container"><div data-v-%(hv)s class="stock-quote"><span data-v-%(hv)s class="stock-label">股票代码：301629</span> <span data-v-%(hv)s class="stock-price %(cls)s">¥%(price).2f</span> <span data-v-%(hv)s class="stock-change %(cls)s">%(chg)s</span></div> <a data-v-%(hv)s href="/zh/news/exhibitions" class="fair-countdown"><span data-v-%(hv)s class="fair-name">%(fname)s</span> <span data-v-%(hv)s class="fair-booth">展位：%(fbooth)s</span> <b data-v-%(hv)s>%(fleft)s</b></a> <div data-v-%(hv)s class="lang-switch"><a data-v-%(hv)s href="/zh/privacy-policy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">中文</a> | <a data-v-%(hv)s href="/en/privacy-policy">English</a></div></div></div> <header data-v-%(hv)s data-v-%(lv)s class="site-header"><div data-v-%(hv)s class="container"><a data-v-%(hv)s href="/zh" class="logo nuxt-link-active"><img data-v-%(hv)s src="/images/logo-jingke.png" alt="精科电子"></a> <ul data-v-%(hv)s class="main-nav">%(nav)s</ul> <div data-v-%(hv)s class="search-box"><input data-v-%(hv)s type="text" placeholder="输入产品型号搜索"> <i data-v-%(hv)s class="el-icon-search"></i></div></div></header> <div data-v-%(lv)s class="page-main"><div data-v-%(pv)s class="page-privacy"><div data-v-%(pv)s class="sub-banner" style="background-image:url(/images/banner-legal.jpg);"><div data-v-%(pv)s class="container"><h2 data-v-%(pv)s>法律声明</h2><p data-v-%(pv)s>LEGAL NOTICE</p></div></div> <div data-v-%(pv)s class="container"><div data-v-%(pv)s class="breadcrumb"><a data-v-%(pv)s href="/zh" class="nuxt-link-active">首页</a> &gt; <span data-v-%(pv)s>隐私政策</span></div> <div data-v-%(pv)s class="legal-wrap"><ul data-v-%(pv)s class="legal-tabs"><li data-v-%(pv)s><a data-v-%(pv)s href="/zh/legal-notice">法律声明</a></li><li data-v-%(pv)s class="active"><a data-v-%(pv)s href="/zh/privacy-policy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">隐私政策</a></li><li data-v-%(pv)s><a data-v-%(pv)s href="/zh/cookie-policy">Cookie政策</a></li></ul> <article data-v-%(pv)s class="policy-body">%(article)s<!----></article></div></div></div></div> <footer data-v-%(lv)s class="site-footer"><div data-v-%(lv)s class="container"><div data-v-%(lv)s class="footer-contact"><p data-v-%(lv)s>东莞精科电子股份有限公司</p><p data-v-%(lv)s>地址：广东省东莞市松山湖高新技术产业开发区工业东路18号</p><p data-v-%(lv)s>销售热线：400-830-6688</p></div> <div data-v-%(lv)s class="footer-qrcode"><img data-v-%(lv)s src="/images/qrcode-wechat.png" alt="精科电子微信公众号"><p data-v-%(lv)s>微信公众号</p></div></div> <div data-v-%(lv)s class="copyright"><div data-v-%(lv)s class="container">Copyright © 2009-%(year)d 东莞精科电子股份有限公司 版权所有 <a data-v-%(lv)s href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">粤ICP备16012345号-1</a> <a data-v-%(lv)s href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44190002001234" target="_blank" rel="noopener"><img data-v-%(lv)s src="/images/gongan.png" alt="">粤公网安备 44190002001234号</a></div></div></footer></div></div></div><script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{blocks:%(nuxt_blocks)s,seo:{title:"隐私政策 - 精科电子",description:"东莞精科电子股份有限公司隐私政策"}}],fetch:{},error:a,state:{stock:{code:"301629",price:%(price).2f,change:%(chgnum).2f,updated:"%(upd)s"},fair:{name:"%(fname)s",booth:"%(fbooth)s"},locale:b,i18n:{routeParams:{}}},serverRendered:true,routePath:"\\u002Fzh\\u002Fprivacy-policy",config:{baseURL:"https:\\u002F\\u002Fapi.jingke-elec.com",_app:{basePath:c,assetsPath:d,cdnURL:a}}}}(null,"zh","\\u002F","\\u002F_nuxt\\u002F"));</script><script src="/_nuxt/%(c0)s.js" defer></script><script src="/_nuxt/pages/zh/privacy-policy.%(c4)s.js" defer></script><script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script><script src="/_nuxt/%(c5)s.js" defer></script>
  </body>
</html>
""" % {"c0": ch[0], "c1": ch[1], "c2": ch[2], "c3": ch[3], "c4": ch[4], "c5": ch[5], "css": d["css"],
       "lv": lv, "hv": hv, "pv": pv, "cls": "up" if up else "down", "price": s["price"],
       "chg": ("+%.2f%%" if up else "%.2f%%") % s["chg"], "chgnum": s["chg"], "fname": fname, "fbooth": fbooth,
       "fleft": fleft, "nav": nav, "article": article, "year": (when + dt.timedelta(hours=8)).year,
       "nuxt_blocks": nuxt_blocks, "upd": (when + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")})


PAGE = {
    "service": "Jingke Electronics",
    "url": URL,
    "lang": "zh-CN",
    "platform": "Nuxt 2 SSR (Vue 2, scoped styles) with a headless CMS",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Tengine"), ("Vary", "Accept-Encoding"),
                      ("X-Powered-By", "Express")),
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 8, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy-body"},
}
