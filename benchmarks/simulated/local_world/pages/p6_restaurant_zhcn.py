"""老街坊家常菜馆 (Laojiefang, Chengdu): a family restaurant's DedeCMS 5.7 site (GBK edition, served as gb2312),
browsed dynamically through /plus/view.php?aid=35, Simplified Chinese. The policy is a DedeCMS article in the
default-template `viewbox`: title `h2` in `.title`, the "时间/来源/作者/点击" info line, the body in `.content`
(wrapped in Dede's `<table width='100%'><tr><td>`). The declaration selects `.viewbox .title h2` and
`.viewbox .content`. Fairly clean: the info line's click counter (点击) per visit, the sidebar's 今日特价 (daily
special, price) and 最新动态 (the latest news posts: holiday opening hours, new dishes, group-buy offers) beside it.
"""
import datetime as dt
import html

import common as C


def fmt_date(d):
    return "更新日期：%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 隐私政策

{UPDATED}

老街坊家常菜馆（以下简称“我们”）深知个人信息对您的重要性。我们根据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》等法律法规，制定本隐私政策，向您说明在您访问本网站、通过网站或电话预订餐位、使用外卖点餐以及参加会员活动时，我们如何收集、使用、存储、共享和保护您的个人信息，以及您享有的权利。请您在使用我们的服务前仔细阅读并充分理解本政策。

## 一、我们收集哪些个人信息

（一）餐位预订：当您通过网站预订表单或电话预订餐位时，我们会收集您的姓氏、手机号码、用餐日期与时间、用餐人数，以及您填写的特殊需求（如包间、儿童座椅、忌口）。

（二）外卖与自提：当您通过本网站链接的点餐小程序下单时，我们会收集收货人姓名、手机号码、收货地址和订单信息，用于制作和配送餐品。

（三）会员服务：当您办理储值会员卡时，我们会收集您的姓名、手机号码、生日（用于生日优惠，可不填写）以及消费和储值记录。

（四）网站访问：当您访问本网站时，服务器会自动记录您的IP地址、浏览器类型、访问时间和访问页面等日志信息。

我们不会收集您的身份证号码、银行卡号等敏感个人信息。如您在预订备注中主动告知食物过敏等健康信息，我们仅将其用于为您安排餐品，用餐结束后即予删除。

## 二、我们如何使用您的个人信息

- 确认和管理您的餐位预定，并在用餐前通过短信提醒您；
- 制作、配送外卖订单，处理退款和售后问题；
- 提供会员积分、储值和生日优惠等会员服务；
- 在征得您同意后，向您发送新菜品、节日套餐等优惠信息；
- 保障网站安全，统计网站访问量以改进我们的服务；
- 履行法律法规规定的义务。

## 三、我们如何使用Cookie

本网站使用Cookie记住您的预订表单填写内容，并使用百度统计分析网站的访问情况。您可以通过浏览器设置拒绝或删除Cookie，但这可能导致部分功能无法正常使用。

## 四、我们如何共享、委托处理和公开披露您的个人信息

我们不会向任何第三方出售您的个人信息。仅在以下情形中，我们会与合作方共享必要的信息：

| 合作方 | 共享的信息 | 目的 |
| 微信支付（财付通支付科技有限公司） | 订单号、支付金额 | 完成在线支付 |
| 支付宝（中国）网络技术有限公司 | 订单号、支付金额 | 完成在线支付 |
| 美团外卖、饿了么 | 收货人姓名、电话、地址 | 外卖订单配送 |
| 短信服务商（阿里云通信） | 手机号码 | 发送预订确认和提醒短信 |
| 百度统计 | 去标识化的访问数据 | 网站访问统计 |

我们会与受托处理个人信息的合作方签订协议，要求其按照我们的要求和本政策处理个人信息。除法律法规规定或有权机关依法要求外，我们不会公开披露您的个人信息。

## 五、我们如何保存和保护您的个人信息

我们收集的个人信息存储在中华人民共和国境内，不会向境外提供。保存期限如下：

| 信息类型 | 保存期限 |
| 预订信息 | 用餐日期后6个月 |
| 外卖订单信息 | 订单完成后1年 |
| 会员信息 | 会员卡有效期内及注销后3个月 |
| 财务凭证 | 按照会计档案管理规定保存30年 |

我们采取合理的安全措施保护您的信息，包括：网站采用HTTPS加密传输；预订和会员系统设置访问权限，仅限店长和前台人员查看；员工签署保密承诺。如不幸发生个人信息安全事件，我们将及时告知您，并向有关主管部门报告。

## 六、您的权利

您可以通过以下方式行使您的个人信息权利：

- 查阅、复制您的个人信息：请致电或到店向前台提出；
- 更正、补充您的个人信息：会员信息可在会员小程序“我的”页面修改；
- 删除您的个人信息、注销会员卡：请联系我们，储值余额将按照会员章程办理退还；
- 撤回同意：回复短信“TD”即可退订优惠信息。

我们将在收到您的请求后15个工作日内予以答复。

## 七、未成年人的个人信息

我们的服务主要面向成年人。如您是未满十四周岁的未成年人，请在父母或其他监护人的陪同下预订餐位或办理会员，我们只在取得监护人同意的情况下处理儿童的个人信息。

## 八、本政策的更新

我们可能会适时修订本政策。修订后的政策将在本页面发布，并在页面顶部标明更新日期。对于重大变更，我们还会在门店张贴告示或通过短信通知会员。

## 九、微信小程序与公众号

本网站提供的在线点餐、排队取号和会员服务通过微信小程序实现。您在小程序中授权的微信昵称、头像和手机号码，由腾讯公司按照其隐私政策处理，我们仅获取完成服务所需的手机号码和订单信息。排队取号时，我们会通过微信服务通知提醒您到号，排队记录在当日营业结束后自动清除。您可以在微信“设置-隐私-授权管理”中随时撤回授权。

## 十、如何联系我们

如您对本政策有任何疑问、意见或投诉，可以通过以下方式与我们联系：

@ 老街坊家常菜馆（成都市武侯区老街坊餐饮店）
@ 地址：四川省成都市武侯区玉林南路12号附5号
@ 订餐电话：028-8551 2345
@ 电子邮箱：service@ljfcanting.com
"""

EDITS = [
    {"note": "typo fixed: 预定 -> 预订 (no new date)", "bump": False,
     "repl": [("确认和管理您的餐位预定", "确认和管理您的餐位预订")]},
    {"note": "Douyin group-buy added to the sharing table",
     "repl": [("| 百度统计 | 去标识化的访问数据 | 网站访问统计 |",
               "| 抖音生活服务（北京抖音信息服务有限公司） | 团购券码、手机号码 | 团购套餐核销 |\n"
               "| 百度统计 | 去标识化的访问数据 | 网站访问统计 |")]},
    {"note": "reservation data kept 3 months after the meal instead of 6",
     "repl": [("| 预订信息 | 用餐日期后6个月 |", "| 预订信息 | 用餐日期后3个月 |")]},
    {"note": "second branch opened: its address added to the contact block",
     "repl": [("@ 地址：四川省成都市武侯区玉林南路12号附5号",
               "@ 玉林店：四川省成都市武侯区玉林南路12号附5号\n@ 高新店：四川省成都市高新区天府三街218号1栋1层")]},
    {"note": "new reservation phone number",
     "repl": [("@ 订餐电话：028-8551 2345", "@ 订餐电话：028-8551 6688")]},
]

SPECIALS = [("回锅肉", 38, 26), ("麻婆豆腐", 22, 15), ("水煮鱼", 68, 48), ("宫保鸡丁", 36, 25), ("鱼香肉丝", 32, 22),
            ("蒜泥白肉", 34, 24), ("干煸四季豆", 26, 18), ("酸菜鱼", 72, 52), ("夫妻肺片", 38, 28)]

NEWS_TEMPLATES = [(1, 20, "%d年春节营业时间通知"), (2, 25, "春季新菜上市：香椿炒蛋、春笋烧肉"),
                  (4, 28, "%d年五一假期订座须知"), (6, 5, "端午节粽子礼盒开始预订"),
                  (7, 1, "夏季冷菜系列全新上线"), (8, 30, "中秋家宴套餐开始接受预订"),
                  (9, 25, "%d年国庆节营业时间安排"), (11, 15, "冬至羊肉汤限时供应"), (12, 10, "年夜饭包间预订开始啦")]


def news_before(d):
    items = []
    for y in range(d.year - 1, d.year + 1):
        for m, day, t in NEWS_TEMPLATES:
            nd = dt.date(y, m, day)
            if nd <= d:
                items.append((nd, t % y if "%d" in t else t, 36 + (y - 2020) * 9 + NEWS_TEMPLATES.index((m, day, t))))
    if d >= dt.date(2022, 11, 1):
        items.append((dt.date(2022, 11, 1), "抖音团购上线：四人套餐198元", 80))
    if d >= dt.date(2023, 10, 28):
        items.append((dt.date(2023, 10, 28), "老街坊高新店开业，欢迎品尝", 95))
    items.sort(reverse=True)
    return items[:6]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    base = 2200 + int((when - dt.datetime(2021, 6, 1)).days * 2.3)
    st["click"] = max((prev.get("click") or 0) + rng.randint(1, 30), base + rng.randint(0, 25))
    st["special"] = when.date().toordinal() % len(SPECIALS)
    st["news"] = [[n.isoformat(), t, a] for n, t, a in news_before(when.date())]
    return st


LABELS = {"click": "article click counter (点击) in the info line",
          "special": "sidebar 今日特价 (daily special)",
          "news": "sidebar 最新动态 (latest news posts)"}


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join("<td><strong>%s</strong></td>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table border="1" cellspacing="0" cellpadding="6" width="100%%" style="border-collapse:'
                       'collapse;"><tbody><tr style="background:#f7efe3;">%s</tr>%s</tbody></table>' % (head, rows))
        elif kind == "h2":
            out.append('<p><strong><span style="font-size:16px;">%s</span></strong></p>' % C.inline_html(v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />\r\n".join(C.inline_html(x) for x in v))
        elif kind == "p":
            out.append('<p style="text-indent:2em;">%s</p>' % C.inline_html(v))
        else:
            out.append(C.block_html(b=(kind, v)))
    return "\r\n".join(out)


def render(state, blocks, when):
    title, rest = blocks[0][1], blocks[1:]
    name, price, sale = SPECIALS[state["special"]]
    phone = next((l[5:] for b in blocks if b[0] == "addr" for l in b[1] if l.startswith("订餐电话：")), "")
    news = "".join("<li><a href='/plus/view.php?aid=%d' title='%s'>%s</a><span>%s</span></li>"
                   % (a, html.escape(t), html.escape(t), n[5:]) for n, t, a in state["news"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>%(title)s_关于我们_老街坊家常菜馆-成都玉林家常川菜馆</title>
<meta name="keywords" content="%(title)s,老街坊家常菜馆" />
<meta name="description" content="老街坊家常菜馆隐私政策，说明我们如何收集、使用和保护您的个人信息。" />
<link href="/templets/ljf/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/templets/ljf/style/ljf.css" rel="stylesheet" type="text/css" />
<meta http-equiv="mobile-agent" content="format=xhtml;url=/m/view.php?aid=35">
<script type="text/javascript">if(window.location.toString().indexOf('pref=padindex') != -1){}else{if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test(navigator.userAgent))){if(window.location.href.indexOf("?mobile")<0){try{if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)){window.location.href="/m/view.php?aid=35";}else if(/iPad/i.test(navigator.userAgent)){}else{}}catch(e){}}}}</script>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript" src="/templets/ljf/js/jquery-1.8.3.min.js"></script>
</head>
<body class="articleview">
<div class="header_top">
  <div class="w960 center">
    <span id="time" class="time">欢迎光临老街坊家常菜馆！营业时间：10:30-14:00，16:30-21:30</span>
    <div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/a/about/lianxi.html">联系我们</a></div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="/"><img src="/templets/ljf/images/logo.png" height="64" width="216" alt="老街坊家常菜馆"/></a></h1></div>
    <div class="banner"><span class="tel">订餐热线：<strong>%(phone)s</strong></span></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div id="navMenu">
      <ul>
        <li><a href='/'><span>首页</span></a></li>
        <li><a href='/a/caidan/' rel='dropmenu1'><span>招牌菜单</span></a></li>
        <li><a href='/a/huanjing/'><span>餐厅环境</span></a></li>
        <li><a href='/a/dongtai/'><span>最新动态</span></a></li>
        <li><a href='/plus/diy.php?action=post&diyid=1'><span>在线订座</span></a></li>
        <li class='hover'><a href='/a/about/'><span>关于我们</span></a></li>
      </ul>
    </div>
  </div>
</div>
<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="place"> <strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/about/'>关于我们</a> &gt; </div>
    <div class="viewbox">
      <div class="title">
        <h2>%(title)s</h2>
      </div>
      <div class="info"> <small>时间:</small>2021-06-10 14:22<small>来源:</small>老街坊 <small>作者:</small>admin <small>点击:</small>%(click)d 次</div>
      <div class="content">
        <table width='100%%'>
          <tr>
            <td>
%(body)s
            </td>
          </tr>
        </table>
      </div>
      <div class="boxoff"> <strong>------分隔线----------------------------</strong> </div>
      <div class="handle">
        <div class="context">
          <ul>
            <li>上一篇：<a href='/plus/view.php?aid=34'>联系我们</a> </li>
            <li>下一篇：没有了 </li>
          </ul>
        </div>
        <div class="actbox">
          <ul>
            <li id="act-fav"><a href="/plus/stow.php?aid=35" target="_blank">收藏</a></li>
            <li id="act-err"><a href="/plus/erraddsave.php?aid=35&amp;title=%(title)s" target="_blank">挑错</a></li>
            <li id="act-pus"><a href="/plus/recommend.php?aid=35" target="_blank">推荐</a></li>
            <li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div class="pright">
    <div class="commend mt1">
      <dl class="tbox light">
        <dt class='light'><strong>今日特价</strong></dt>
        <dd class='light'>
          <div class="tejia"><img src="/uploads/allimg/tejia/%(sid)d.jpg" width="200" height="130" alt="%(sname)s" /><p><strong>%(sname)s</strong> 原价%(price)d元 今日特价<em>%(sale)d元</em></p><p>每日限量20份，售完即止</p></div>
        </dd>
      </dl>
    </div>
    <div class="commend mt1">
      <dl class="tbox light">
        <dt class='light'><strong>最新动态</strong></dt>
        <dd class='light'>
          <ul class="c1 ico2">%(news)s</ul>
        </dd>
      </dl>
    </div>
    <div class="commend mt1">
      <dl class="tbox light">
        <dt class='light'><strong>关注我们</strong></dt>
        <dd class='light'><img src="/templets/ljf/images/weixin-qr.jpg" width="160" height="160" alt="老街坊微信公众号" /><p>扫码关注公众号，在线点餐、查询排队</p></dd>
      </dl>
    </div>
  </div>
</div>
<div class="footer w960 center mt1 clear">
  <div class="footer_left"></div>
  <div class="footer_body">
    <p class="powered">地址：成都市武侯区玉林南路12号附5号 &nbsp; 电话：%(phone)s &nbsp; <a href="/a/about/35.html">隐私政策</a></p>
    <div class="copyright">Copyright &copy; 2018-%(year)d 老街坊家常菜馆 版权所有 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">蜀ICP备2021012345号-1</a> &nbsp; <a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51010702001234"><img src="/templets/ljf/images/gongan.png" />川公网安备 51010702001234号</a></div>
  </div>
  <div class="footer_right"></div>
</div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c1f8a2b7d9e4f60a1b2c3d4e5f60718";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
""" % {"title": html.escape(title), "click": state["click"], "body": body_html(rest), "sid": state["special"] + 1,
       "sname": name, "price": price, "sale": sale, "news": news, "year": when.year, "phone": phone}


PAGE = {
    "service": "Laojiefang Restaurant",
    "url": "https://www.ljfcanting.com/plus/view.php?aid=35",
    "lang": "zh-CN",
    "platform": "DedeCMS 5.7 (GBK)",
    "content_type": "text/html; charset=gb2312",
    "encoding": "gb2312",
    "extra_headers": [("Server", "nginx/1.18.0"), ("X-Powered-By", "PHP/5.6.40")],
    "n": 28,
    "start": dt.date(2021, 7, 10),
    "end": dt.date(2024, 11, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": [".viewbox .title h2", ".viewbox .content"]},
}
