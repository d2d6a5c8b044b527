"""A national newspaper's portal (Simplified Chinese, GB2312), TRS WCM static pages behind a Chinese CDN with
Alibaba Cloud WAF: the policy is an article's TRS_Editor block under its title.

Volatile: the top bar's "today is" date (the clock), the hot-news ranking (rotating), the article's view count,
the CDN's per-visit cnzz counter id.

Faults: Alibaba Cloud WAF's block page (405, UTF-8 where the site is GB2312), twice; a soft 404 in the site's
own error template that sends the visitor home after five seconds (200); and, once after an edit, a CDN node
serving its cached copy of the previous version, byte for byte (X-Cache: HIT, a large Age)."""
import datetime as dt

import common as C
import faults as FX

URL = "http://www.cgrb.com.cn/gywm/ysxy/"
WEEKDAYS = "一二三四五六日"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """# 晨光日报社隐私政策

更新日期：{UPDATED}

晨光日报社（以下简称“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。我们依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》《中华人民共和国数据安全法》等法律法规，制定本隐私政策。本政策适用于晨光日报网站、晨光新闻客户端及相关微信公众号、小程序（以下统称“晨光新闻产品”）。在使用晨光新闻产品前，请您仔细阅读并充分理解本政策。

本政策将帮助您了解以下内容：

1. 我们如何收集和使用您的个人信息
2. 我们如何使用Cookie和同类技术
3. 我们如何共享、转让、公开披露您的个人信息
4. 我们如何保存和保护您的个人信息
5. 您的权利
6. 未成年人个人信息保护
7. 本政策如何更新
8. 如何联系我们

## 一、我们如何收集和使用您的个人信息

我们会遵循正当、合法、必要的原则，出于本政策所述的以下目的，收集和使用您在使用服务过程中主动提供或因使用服务而产生的个人信息：

- 账号注册与登录：当您注册晨光新闻账号时，您需要提供手机号码，我们将通过发送短信验证码的方式验证您的身份。您也可以使用微信、微博等第三方账号登录。
- 新闻浏览与搜索：为向您提供新闻内容，我们会收集您的设备型号、操作系统版本、设备标识符、网络状态及浏览记录。
- 评论与互动：当您发表评论、点赞或参与投票时，我们会收集您发布的内容及相关时间信息。依据《互联网跟帖评论服务管理规定》，您需要完成真实身份信息认证后方可发表评论。
- 爆料与投稿：当您向我们提供新闻线索或投稿时，我们会收集您主动提交的文字、图片、音视频及联系方式。
- 安全保障：为保障账号和系统安全，我们会收集您的IP地址、登录日志等信息。

## 二、我们如何使用Cookie和同类技术

为确保网站正常运转，我们会在您的计算机或移动设备上存储Cookie。我们不会将Cookie用于本政策所述目的之外的任何用途。您可根据自己的偏好管理或删除Cookie，但这可能会影响您使用部分功能。

## 三、我们如何共享、转让、公开披露您的个人信息

我们不会向其他任何公司、组织和个人共享您的个人信息，但以下情况除外：

- 事先获得您的明确同意；
- 根据法律法规规定或行政、司法机关依法提出的要求；
- 与授权合作伙伴共享：为实现本政策声明的目的，我们可能会与提供技术服务的合作伙伴共享必要的信息，例如云服务、消息推送和数据统计服务提供商。

我们接入的第三方软件开发工具包（SDK）如下表所示：

| SDK名称 | 使用目的 | 收集的信息 |
| 个推推送SDK | 向您推送新闻消息 | 设备标识符、网络信息 |
| 微信开放平台SDK | 微信登录和分享 | 设备标识符、微信账号信息 |
| 友盟统计SDK | 统计分析 | 设备标识符、应用使用情况 |

## 四、我们如何保存和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。我们仅在为实现本政策所述目的所必需的期间内保留您的个人信息，法律法规另有规定的除外。我们采用加密传输、访问控制、安全审计等措施保护您的个人信息。如不幸发生个人信息安全事件，我们将按照法律法规的要求，及时向您告知并向主管部门报告。

## 五、您的权利

按照中国相关的法律法规，我们保障您对自己的个人信息行使以下权利：

- 查阅、复制您的个人信息；
- 更正、补充您的个人信息；
- 删除您的个人信息；
- 撤回您的授权同意；
- 注销您的账号：您可以在客户端“我的”>“设置”>“账号与安全”>“注销账号”中申请注销，我们将在15个工作日内完成核查和处理。

## 六、未成年人个人信息保护

我们非常重视对未成年人个人信息的保护。若您是不满十四周岁的未成年人，在使用晨光新闻产品前，应事先取得您的父母或其他监护人的同意。

## 七、本政策如何更新

我们可能会适时修订本政策。未经您明确同意，我们不会削减您按照本政策所应享有的权利。对于重大变更，我们会通过客户端弹窗或网站公告的方式通知您。

## 八、如何联系我们

如您对本政策有任何疑问、意见或建议，可以通过以下方式与我们联系：

@ 晨光日报社新媒体中心
@ 地址：北京市朝阳区光华路甲8号
@ 邮箱：privacy@cgrb.com.cn
@ 电话：010-65368000

一般情况下，我们将在十五个工作日内予以回复。"""

EDITS = [
    {"note": "a table row added (a map SDK for local news and weather)",
     "repl": [("| 友盟统计SDK | 统计分析 | 设备标识符、应用使用情况 |",
               "| 友盟统计SDK | 统计分析 | 设备标识符、应用使用情况 |\n| 高德地图SDK | 提供本地新闻和天气服务 | 位置信息 |")]},
    {"note": "a sentence added to the security item (network logs kept six months)",
     "repl": [("我们会收集您的IP地址、登录日志等信息。",
               "我们会收集您的IP地址、登录日志等信息。依据《中华人民共和国网络安全法》，相关网络日志将留存不少于六个月。")]},
    {"note": "a new section on personalised recommendation; sections 4 to 8 renumbered, contents list extended",
     "repl": [("## 八、如何联系我们", "## 九、如何联系我们"), ("## 七、本政策如何更新", "## 八、本政策如何更新"),
              ("## 六、未成年人", "## 七、未成年人"), ("## 五、您的权利", "## 六、您的权利"),
              ("## 四、我们如何保存", "## 五、我们如何保存"),
              ("4. 我们如何保存和保护您的个人信息",
               "4. 我们如何进行个性化推荐\n5. 我们如何保存和保护您的个人信息"),
              ("## 五、我们如何保存",
               "## 四、我们如何进行个性化推荐\n\n依据《互联网信息服务算法推荐管理规定》，我们会根据您的浏览记录、"
               "点赞和评论等信息，向您推荐您可能感兴趣的新闻。我们不会根据您的敏感个人信息进行推荐。您可以在客户端"
               "“设置”中关闭个性化推荐，关闭后您看到的内容将按发布时间排序，不再针对您个人。\n\n## 五、我们如何保存")]},
    {"note": "a word: account cancellation handled in 7 working days instead of 15",
     "repl": [("我们将在15个工作日内完成核查和处理。", "我们将在7个工作日内完成核查和处理。")]},
    {"note": "the date of last update only", "repl": []},
]

HOT = ["全国春耕备耕有序推进", "多地出台措施促进消费回暖", "新一轮城市更新项目启动", "高校毕业生就业服务月活动开启",
       "京津冀协同发展取得新进展", "夏粮收购工作全面展开", "多地发布高温预警", "新能源汽车下乡活动举行",
       "中小学暑期安全提示", "国产大飞机完成新一轮试飞", "博物馆夜间开放受欢迎", "冬季供暖准备工作就绪",
       "乡村振兴重点项目开工", "铁路暑运客流创新高"]


def noise(rng, when, i, prev):
    return {"hot": rng.sample(range(len(HOT)), 8), "hits": 23000 + i * 37 + rng.randint(0, 30),
            "cnzz": rng.randint(10 ** 9, 10 ** 10 - 1), "today": str(when.date())}


LABELS = {"hot": "hot-news ranking (rotating)", "hits": "view count", "cnzz": "cnzz counter id (per visit)",
          "today": "'today is' date in the top bar (the clock)"}


def page(state, when, title, inner):
    today = "%d年%d月%d日　星期%s" % (when.year, when.month, when.day, WEEKDAYS[when.weekday()])
    hot = "".join('<li><span class="num">%d</span><a href="/xw/%d/t%d.html" target="_blank">%s</a></li>'
                  % (k + 1, 2024, 20240000 + h * 13, HOT[h]) for k, h in enumerate(state["hot"]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>%(title)s_晨光网</title>
<meta name="keywords" content="晨光日报,晨光网,隐私政策" />
<meta name="description" content="晨光日报社隐私政策" />
<link href="/images/2019style/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/2019style/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="today">今天是%(today)s</span><span class="toplinks"><a href="http://epaper.cgrb.com.cn/" target="_blank">数字报</a>|<a href="/app/" target="_blank">客户端</a>|<a href="http://passport.cgrb.com.cn/login" target="_blank">登录</a></span></div></div>
<div class="header w1000"><a href="/" class="logo"><img src="/images/2019style/images/logo.png" alt="晨光网" /></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/sz/">时政</a></li><li><a href="/jj/">经济</a></li><li><a href="/sh/">社会</a></li><li><a href="/wh/">文化</a></li><li><a href="/pl/">评论</a></li><li><a href="/sp/">视频</a></li></ul></div>
<div class="w1000 clearfix">
<div class="left">
%(inner)s
</div>
<div class="right"><div class="hot"><h3>热点排行</h3><ol>%(hot)s</ol></div>
<div class="qr"><img src="/images/2019style/images/app_qr.png" alt="晨光新闻客户端" /><p>扫码下载晨光新闻客户端</p></div></div>
</div>
<div class="footer"><div class="w1000"><p><a href="/gywm/">关于我们</a>|<a href="/gywm/lxwm/">联系我们</a>|<a href="/gywm/ysxy/">隐私政策</a>|<a href="/gywm/bqsm/">版权声明</a></p>
<p>晨光日报社版权所有，未经书面授权禁止使用</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05038217号</a>　京公网安备11010502031456号</p></div></div>
<script type="text/javascript">document.write(unescape("%%3Cspan id='cnzz_stat_icon_%(cnzz)d'%%3E%%3C/span%%3E%%3Cscript src='https://s4.cnzz.com/z_stat.php%%3Fid%%3D%(cnzz)d' type='text/javascript'%%3E%%3C/script%%3E"));</script>
</body>
</html>
""" % {"title": title, "today": today, "inner": inner, "hot": hot, "cnzz": state["cnzz"]}


def render(state, blocks, when):
    inner = """<div class="position">当前位置：<a href="/">首页</a>&gt;<a href="/gywm/">关于我们</a>&gt;隐私政策</div>
<div class="article">
<h1 class="article-title">%s</h1>
<div class="article-info">来源：晨光日报　发布时间：2021-06-01 09:00　浏览次数：<span id="hits">%d</span></div>
<div class="article-content">
<!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style>
%s
</div><!--<$[信息内容]>end-->
</div>
</div>""" % (C.inline_html(blocks[0][1]), state["hits"], C.blocks_html(blocks[1:]))
    return page(state, when, blocks[0][1], inner)


def soft_404():
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="refresh" content="5;url=http://www.cgrb.com.cn/" />
<title>页面不存在_晨光网</title>
<link href="/images/2019style/css/404.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="error-box">
<img src="/images/2019style/images/404.png" alt="404" />
<h2>很抱歉，您访问的页面不存在或已被删除！</h2>
<p>系统将在<span id="sec">5</span>秒后自动跳转到<a href="http://www.cgrb.com.cn/">晨光网首页</a></p>
<p><a href="javascript:history.go(-1);">返回上一页</a>　<a href="http://www.cgrb.com.cn/">返回首页</a></p>
</div>
<script type="text/javascript">var s=5;setInterval(function(){s--;if(s>=0){document.getElementById("sec").innerHTML=s;}},1000);</script>
</body>
</html>
"""


def fault(kind, rng, ctx):
    when = ctx["when"]
    if kind == "aliyun_waf":
        return FX.aliyun_waf(rng, when)
    if kind == "soft_404":
        return FX.fault(200, "OK", soft_404(), "text/html", [("Server", "Tengine"), ("Date", FX.http_date(when)),
                                                            ("Via", "cache13.l2cn3051[0,200-0,H]")],
                        encoding="gb2312")
    if kind == "stale_cdn":
        return FX.fault(200, "OK", ctx["old_payload"], "text/html", [
            ("Server", "Tengine"), ("Date", FX.http_date(when)), ("Age", str(rng.randint(250000, 900000))),
            ("X-Cache", "HIT TCP_MEM_HIT dirn:-2:-2"), ("Via", "cache27.cn2411[0,0,200-0,H]"),
            ("Last-Modified", "Tue, 01 Jun 2021 01:00:00 GMT")])
    raise ValueError(kind)


PAGE = {
    "service": "晨光日报",
    "url": URL,
    "n": 30,
    "start": dt.date(2023, 3, 8),
    "end": dt.date(2025, 11, 28),
    "hours": (1, 13),
    "content_type": "text/html",
    "encoding": "gb2312",
    "extra_headers": [("Server", "Tengine"), ("Via", "cache13.l2cn3051[0,200-0,H], cache27.cn2411[0,0,200-0,H]"),
                      ("X-Cache", "MISS TCP_MISS dirn:-2:-2"), ("Accept-Ranges", "bytes")],
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".TRS_Editor"]},
    "faults": [{"kind": "aliyun_waf", "count": 2}, {"kind": "soft_404", "count": 1},
               {"kind": "stale_cdn", "count": 1, "after_edit": True}],
    "fault": fault,
    "fault_notes": {
        "aliyun_waf": "Alibaba Cloud WAF's block page (405, in Chinese with an English line, UTF-8 where the "
                      "site is GB2312); the selectors match nothing: no version",
        "soft_404": "a soft 404 in the site's own error template ('很抱歉，您访问的页面不存在或已被删除！', sent home "
                    "after five seconds), served with 200; the selectors match nothing: no version",
        "stale_cdn": "a CDN node's cached copy of the previous version, byte for byte (X-Cache: HIT, a large Age), "
                     "once between two captures of the new one (A → B → A → B): the edit happened once, at the "
                     "first B; the scorer's oracle calls the return to A and the second B blinking",
    },
}
