"""Zhejiang mineral-water and bottled-water brand's corporate site on DedeCMS 5.7 (GB2312 edition, a local agency's
template, dynamic /plus/view.php article pages): the policy is an article of the "关于雪源" column as the
editor saved it (paragraphs indented with full-width spaces, section titles as bold paragraphs, lists as "●"
paragraphs, a third-party table). The article box `.news_show` holds the h1, the meta line with the live view
counter (浏览次数, server-side in dynamic mode) and the previous/next links: the curators select `.news_show` and
remove `.news_info` and `.news_page`. Served and declared as GB2312. Fairly clean otherwise: the sidebar's latest
news moves when the brand posts (new factory line, water-source open days, delivery holidays)."""
import datetime as dt
import html

import common as C

URL = "https://www.xueyuanwater.com/plus/view.php?aid=286"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 雪源山泉隐私政策

更新日期：{UPDATED}

浙江雪源饮品有限公司（以下简称“雪源”或“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。我们致力于维持您对我们的信任，遵循权责一致、目的明确、选择同意、最少够用、确保安全、主体参与、公开透明等原则，保护您的个人信息。本政策适用于雪源官方网站（www.xueyuanwater.com）、“雪源送水到家”微信小程序及桶装水订水热线服务。

请您在使用我们的产品或服务前，仔细阅读并了解本隐私政策。如您对本政策有任何疑问，可按照本政策第八条的方式与我们联系。

## 一、我们如何收集和使用您的个人信息

（一）订购桶装水和瓶装水。当您通过小程序或订水热线下单时，我们需要收集您的收货人姓名、手机号码、收货地址（包括楼层及是否有电梯）。上述信息是完成配送所必需的，如您拒绝提供，我们将无法为您配送。

（二）水票和押金管理。当您购买电子水票或缴纳水桶押金时，我们会记录您的水票余额、押金金额、空桶回收记录，以及退还押金所需的收款账户信息。

（三）支付结算。您使用微信支付或支付宝付款时，我们会收集订单号、交易金额和支付状态，但不会获取您的银行卡号或支付密码。

（四）客户服务。当您联系客服时，为核实身份并处理您的问题，我们可能会保存您的通话录音、聊天记录及您提供的联系方式。

（五）产品溯源与质量反馈。当您扫描瓶身二维码查询水源地和生产批次，或反馈产品质量问题时，我们会收集您提交的批次号、照片及联系方式。

根据相关法律法规，以下情形中，我们收集、使用您的个人信息无需征得您的授权同意：

- 为订立、履行您作为一方当事人的合同所必需；
- 为履行法定职责或者法定义务所必需；
- 为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；
- 在合理的范围内处理您自行公开或者其他已经合法公开的个人信息；
- 法律、行政法规规定的其他情形。

## 二、我们如何使用Cookie和同类技术

为确保网站正常运转、为您获得更轻松的访问体验，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件。我们使用百度统计了解网站的访问情况，百度统计收集的信息不包括您的姓名和联系方式。您可以通过浏览器设置管理或删除Cookie。

## 三、我们如何共享、转让、公开披露您的个人信息

我们不会向其他任何公司、组织和个人分享您的个人信息，但以下情况除外：

- 在获取您的明确同意后；
- 为完成配送，向我们的授权经销商及配送站点提供您的收货信息；
- 根据法律法规的规定或行政、司法机关的要求。

我们接入的第三方服务如下：

| 第三方名称 | 使用目的 | 收集的个人信息 |
| 微信支付（财付通支付科技有限公司） | 订单支付 | 订单号、交易金额 |
| 支付宝（中国）网络技术有限公司 | 订单支付 | 订单号、交易金额 |
| 高德地图 | 收货地址定位 | 位置信息 |
| 百度统计 | 网站访问统计 | 设备信息、浏览记录 |
| 腾讯云短信 | 发送验证码及配送通知 | 手机号码 |

对我们委托处理个人信息的公司、组织和个人，我们会与其签署严格的保密协定，要求他们按照我们的要求、本隐私政策以及其他任何相关的保密和安全措施来处理个人信息。

我们不会转让您的个人信息，但因合并、收购或破产清算需要转让的，我们会要求新的持有者继续受本政策的约束。

## 四、我们如何存储和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。订单信息在订单完成后保存三年，法律法规另有规定的除外；超出保存期限后，我们将对您的个人信息进行删除或匿名化处理。

我们采取符合业界标准的安全防护措施，包括使用SSL加密传输、访问权限控制和安全审计，防止个人信息遭到未经授权的访问、公开披露、使用、修改、损坏或丢失。如不幸发生个人信息安全事件，我们将按照法律法规的要求，及时向您告知安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议等，并向监管部门报告。

我们仅允许有必要知晓这些信息的雪源员工、配送人员及合作伙伴访问个人信息，并为此设置了严格的访问权限控制和监控机制。配送人员仅可在配送期间查看收货人姓名、电话和地址，订单完成后将无法继续查看。

## 五、您的权利

按照中国相关的法律法规，我们保障您对自己的个人信息行使以下权利：

- 访问、更正您的个人信息；
- 删除您的个人信息；
- 改变您授权同意的范围或撤回授权；
- 注销账户；
- 获取个人信息付本。

您可以通过小程序“我的－设置”或拨打客服热线行使上述权利。我们将在十五个工作日内答复您的请求。

您注销账户后，我们将停止为您提供产品或服务，并依据您的要求删除您的个人信息，法律法规另有规定的除外。如您的账户中仍有未使用的电子水票或未退还的水桶押金，请在注销前联系客服办理退款。

## 六、我们如何处理未成年人的个人信息

我们的产品和服务主要面向成年人。对于经监护人同意而收集的未成年人个人信息，我们只会在法律允许、监护人明确同意或者保护未成年人所必要的情况下使用或公开披露。若您是未满十四周岁的未成年人，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。

## 七、本政策如何更新

我们可能适时修订本政策。未经您明确同意，我们不会削减您按照本隐私政策所应享有的权利。对于重大变更，我们会通过网站公告或小程序弹窗的方式通知您。本政策所指的重大变更包括但不限于：我们的服务模式发生重大变化、个人信息共享的主要对象发生变化、您参与个人信息处理方面的权利及其行使方式发生重大变化等。

## 八、如何联系我们

如果您对本隐私政策有任何疑问、意见或建议，请通过以下方式与我们联系：

@ 浙江雪源饮品有限公司
@ 地址：浙江省丽水市莲都区水阁工业区云景路18号
@ 客服热线：400-826-5170（周一至周日 8:00-20:00）
@ 电子邮箱：privacy@xueyuanwater.com
"""

EDITS = [
    {"note": "SF Express added to the third-party table",
     "repl": [("| 腾讯云短信 | 发送验证码及配送通知 | 手机号码 |",
               "| 腾讯云短信 | 发送验证码及配送通知 | 手机号码 |\n| 顺丰速运有限公司 | 整箱瓶装水的快递配送 | 收货人姓名、手机号码、收货地址 |")]},
    {"note": "typo fixed (付本 -> 副本), date not bumped", "bump": False,
     "repl": [("获取个人信息付本", "获取个人信息副本")]},
    {"note": "paragraph on membership points and coupons added to section 1",
     "repl": [("我们会收集您提交的批次号、照片及联系方式。",
               "我们会收集您提交的批次号、照片及联系方式。\n\n（六）会员积分与优惠券。当您注册成为雪源会员时，"
               "我们会记录您的消费金额、积分及优惠券的领取和使用情况，用于向您发放积分和会员权益。")]},
    {"note": "order data kept two years instead of three",
     "repl": [("订单信息在订单完成后保存三年", "订单信息在订单完成后保存两年")]},
    {"note": "hotline hours changed",
     "repl": [("（周一至周日 8:00-20:00）", "（周一至周日 7:30-20:00）")]},
    {"note": "identity verification inserted before the 15-day answer",
     "repl": [("我们将在十五个工作日内答复您的请求。", "我们将在验证您的身份后十五个工作日内答复您的请求。")]},
]

NEWS = [(dt.date(2021, 3, 22), 271, "世界水日：走进雪源水源地"), (dt.date(2021, 6, 8), 274, "雪源山泉获评浙江省绿色工厂"),
        (dt.date(2021, 9, 15), 277, "中秋国庆送水安排"), (dt.date(2022, 1, 10), 279, "春节期间订水及配送通知"),
        (dt.date(2022, 5, 20), 281, "雪源水源地开放日活动报名"), (dt.date(2022, 9, 1), 283, "新品上市：雪源山泉550ml运动瓶"),
        (dt.date(2023, 1, 5), 288, "2023年春节送水安排"), (dt.date(2023, 4, 18), 290, "第三条无菌灌装生产线正式投产"),
        (dt.date(2023, 8, 9), 293, "高温天气桶装水配送温馨提示"), (dt.date(2024, 1, 22), 296, "2024年春节期间配送安排"),
        (dt.date(2024, 5, 30), 299, "雪源山泉通过FSSC 22000食品安全体系认证"),
        (dt.date(2024, 9, 12), 302, "中秋国庆订水配送安排")]


def noise(rng, when, i, prev):
    prev = prev or {}
    hits = (prev.get("hits") or rng.randint(900, 1500)) + rng.randint(8, 240)
    latest = tuple((a, t, d.isoformat()) for d, a, t in [n for n in NEWS if n[0] <= when.date()][-5:][::-1])
    return {"hits": hits, "latest": latest}


LABELS = {"hits": "浏览次数 view counter (in .news_info, removed)", "latest": "sidebar latest news"}


def il(t):
    return C.inline_html(t)


IND = "\u3000\u3000"


def block(b):
    kind, v = b
    if kind == "h2":
        return "<p><strong>%s</strong></p>" % il(v)
    if kind == "p":
        return "<p>%s%s</p>" % (IND, il(v))
    if kind == "ul":
        return "\r\n".join("<p>%s●%s</p>" % (IND, il(x)) for x in v)
    if kind == "addr":
        return "<p>" + "<br />\r\n".join(IND + il(x) for x in v) + "</p>"
    if kind == "table":
        rows = ["<tr>%s</tr>" % "".join('<td style="text-align:center"><strong>%s</strong></td>' % il(c) for c in v[0])]
        rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % il(c) for c in r) for r in v[1:]]
        return ('<table border="1" cellspacing="0" cellpadding="4" width="100%%" style="border-collapse:collapse">'
                '\r\n<tbody>\r\n%s\r\n</tbody>\r\n</table>' % "\r\n".join(rows))
    raise ValueError(kind)


def render(s, blocks, when):
    title = blocks[0][1]
    body = "\r\n".join(block(b) for b in blocks[1:])
    latest = "\r\n".join('<li><a href="/plus/view.php?aid=%d" title="%s">%s</a><span>%s</span></li>'
                         % (a, html.escape(t), html.escape(t), d[5:]) for a, t, d in s["latest"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>%(title)s_关于雪源_浙江雪源饮品有限公司</title>
<meta name="keywords" content="雪源山泉,隐私政策,桶装水,送水到家" />
<meta name="description" content="浙江雪源饮品有限公司隐私政策，说明雪源官网、雪源送水到家小程序及订水热线如何收集、使用和保护您的个人信息。" />
<meta name="applicable-device" content="pc,mobile" />
<link href="/templets/xueyuan/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/templets/xueyuan/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/templets/xueyuan/js/common.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200 clearfix">
    <div class="logo"><a href="/"><img src="/templets/xueyuan/images/logo.png" alt="雪源山泉" /></a><span>源自丽水深山 每一滴都值得信赖</span></div>
    <div class="tel">订水热线：<b>400-826-5170</b></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">网站首页</a></li>
    <li class="hover"><a href="/a/guanyuxueyuan/">关于雪源</a></li>
    <li><a href="/a/shuiyuandi/">水源地</a></li>
    <li><a href="/a/chanpinzhongxin/">产品中心</a></li>
    <li><a href="/a/xinwendongtai/">新闻动态</a></li>
    <li><a href="/a/songshuidaojia/">送水到家</a></li>
    <li><a href="/a/jingxiaoshang/">经销合作</a></li>
    <li><a href="/a/lianxiwomen/">联系我们</a></li>
  </ul>
</div>
<div class="nybanner" style="background:url(/uploads/allimg/190815/banner-about.jpg) no-repeat center top;"></div>
<div class="w1200 main clearfix">
  <div class="left">
    <div class="lefttit"><h2>关于雪源</h2><span>ABOUT US</span></div>
    <ul class="leftnav">
      <li><a href="/a/guanyuxueyuan/gongsijianjie/">公司简介</a></li>
      <li><a href="/a/guanyuxueyuan/qiyewenhua/">企业文化</a></li>
      <li><a href="/a/guanyuxueyuan/rongyuzizhi/">荣誉资质</a></li>
      <li><a href="/a/guanyuxueyuan/shengchanjidi/">生产基地</a></li>
      <li class="cur"><a href="/plus/view.php?aid=286">隐私政策</a></li>
    </ul>
    <div class="leftnews">
      <div class="lefttit2">新闻动态<a href="/a/xinwendongtai/">更多&gt;&gt;</a></div>
      <ul>
%(latest)s
      </ul>
    </div>
    <div class="leftcontact">
      <p class="t">联系雪源</p>
      <p>订水热线：400-826-5170</p>
      <p>经销合作：0578-2216688</p>
      <p>地址：浙江省丽水市莲都区水阁工业区云景路18号</p>
    </div>
  </div>
  <div class="right">
    <div class="weizhi"><span>隐私政策</span><p>当前位置：<a href='https://www.xueyuanwater.com/'>主页</a> &gt; <a href='/a/guanyuxueyuan/'>关于雪源</a> &gt; </p></div>
    <div class="news_show">
      <h1>%(h1)s</h1>
      <div class="news_info">发布时间：2019-08-15 10:20　　来源：雪源山泉　　作者：admin　　浏览次数：<span>%(hits)d</span>次</div>
      <div class="news_txt">
%(body)s
      </div>
      <div class="news_page">
        <p>上一篇：<a href='/plus/view.php?aid=285'>雪源山泉用户服务协议</a> </p>
        <p>下一篇：没有了 </p>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="fnav"><a href="/a/guanyuxueyuan/">关于雪源</a>|<a href="/a/chanpinzhongxin/">产品中心</a>|<a href="/a/songshuidaojia/">送水到家</a>|<a href="/plus/view.php?aid=285">用户服务协议</a>|<a href="/plus/view.php?aid=286">隐私政策</a>|<a href="/a/lianxiwomen/">联系我们</a></div>
    <div class="fcopy">
      <p>Copyright &copy; 2015-%(year)d 浙江雪源饮品有限公司 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备15023418号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33110202000215" target="_blank" rel="nofollow"><img src="/templets/xueyuan/images/gongan.png" alt="" />浙公网安备 33110202000215号</a></p>
      <p>食品生产许可证：SC10633110200123　地址：浙江省丽水市莲都区水阁工业区云景路18号</p>
    </div>
    <div class="fewm"><img src="/templets/xueyuan/images/ewm-miniprogram.jpg" alt="雪源送水到家小程序" /><p>扫码订水</p></div>
  </div>
</div>
<div class="kefu"><a href="tel:4008265170" class="kf-tel">订水热线</a><a href="javascript:;" class="kf-wx">微信订水<img src="/templets/xueyuan/images/ewm-miniprogram.jpg" alt="" /></a><a href="#top" class="kf-top">返回顶部</a></div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8f3c2e1a9b7d6c5e4f3a2b1c0d9e8f7a";
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
""" % {"title": html.escape(title), "h1": il(title), "latest": latest, "hits": s["hits"], "body": body,
       "year": when.year}


PAGE = {
    "service": "Xueyuan Spring Water",
    "url": URL,
    "lang": "zh-CN",
    "platform": "DedeCMS 5.7 SP2 (GB2312 edition, agency template, dynamic view.php)",
    "content_type": "text/html; charset=gb2312",
    "encoding": "gb2312",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "PHP/5.6.40"), ("Vary", "Accept-Encoding")),
    "n": 29,
    "start": dt.date(2021, 4, 6),
    "end": dt.date(2024, 11, 28),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 1, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".news_show"], "remove": [".news_info", ".news_page"]},
}
