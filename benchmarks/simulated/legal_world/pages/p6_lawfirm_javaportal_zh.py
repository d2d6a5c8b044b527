"""A Beijing-headquartered international law firm's Chinese site on a Java portal (JEECMS-style FreeMarker templates
on Tomcat, GBK), Simplified Chinese.

The policy is a content page of the "关于我们" channel: <div class="article"> holds the title, the article-info
line (发布时间, 来源, a server-rendered 浏览次数 view counter that grows with every visit, print link), the body
(#zoom) and the 上一篇/下一篇 links; the declaration selects .article and removes .article-info and
.article-prevnext, as a curator would. The crawler sends no cookie, so Tomcat rewrites every template link with a
fresh ;jsessionid= per request (the navigation, the office locator, the prev/next links inside the article).
Sticky: the "律所动态" news list in the sidebar, the rankings badge carousel (Chambers, Legal 500, ALB) per year,
a new sibling page in the channel that changes the prev/next links.
"""
import datetime as dt
import html

import common as C

POLICY = """# 隐私政策

更新日期：{UPDATED}

中衡信律师事务所（以下简称“本所”或“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。本所依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》《中华人民共和国律师法》等法律法规，制定本隐私政策，说明您在访问本所网站、向本所咨询或委托业务、订阅本所法律资讯以及应聘本所职位时，我们如何收集、使用、存储、共享和保护您的个人信息，以及您享有的权利。请您在使用本网站前仔细阅读并理解本政策。

## 一、我们如何收集和使用您的个人信息

### （一）浏览本网站

当您登陆本网站时，我们的服务器会自动记录您的访问日志，包括IP地址、浏览器类型、操作系统、访问时间以及访问的页面。我们使用这些信息保障网站的安全稳定运行，并通过百度统计对网站访问量进行汇总分析。汇总分析的结果不会识别到您个人。

### （二）咨询与委托

当您通过电话、电子邮件、网站留言或到访本所进行法律咨询，或委托本所提供法律服务时，我们会收集您的姓名、联系方式、所在单位以及与案件或项目有关的信息。为遵守律师执业规范，我们在接受委托前会进行利益冲突审查，为此需要记录委托人、对方当事人及其他相关方的名称。

您向我们提供的案件信息可能包含敏感个人信息，例如身份证件号码、财产状况、健康状况或涉及刑事案件的信息。我们仅在办理您委托的事项所必需的范围内处理这些信息，并依法取得您的单独同意。

### （三）订阅法律资讯与活动报名

如您订阅本所的法律资讯或报名参加本所举办的研讨会，我们会收集您的姓名、电子邮箱、所在单位和职务，用于向您发送资讯和活动通知。您可以随时通过邮件中的退订链接取消订阅。

### （四）招聘

如您向本所投递简历，我们会收集您在简历中提供的教育背景、工作经历、执业资格等信息，用于招聘评估。

## 二、我们如何使用Cookie

本网站仅使用维持会话所必需的Cookie以及百度统计所使用的Cookie。您可以通过浏览器设置拒绝或删除Cookie，但这可能影响网站部分功能的正常使用。

## 三、我们如何委托处理、共享和公开披露您的个人信息

### （一）委托处理

我们会委托以下服务商协助处理您的个人信息，并与其签署协议，要求其按照我们的要求以及本政策采取保护措施：

| 受托方 | 处理目的 | 所在地 |
| 阿里云计算有限公司 | 网站服务器托管与数据存储 | 中国杭州 |
| 腾讯云计算（北京）有限责任公司 | 企业邮箱与视频会议 | 中国北京 |
| 北京金山办公软件股份有限公司 | 文档协同编辑 | 中国北京 |
| 北京活动行科技有限公司 | 研讨会报名管理 | 中国北京 |

### （二）共享

本所各办公室之间为办理同一委托事项或进行利益冲突审查，可能共享您的个人信息。除此之外，未经您的同意，我们不会向任何第三方提供您的个人信息，但法律法规另有规定，或司法机关、行政机关依法要求的除外。

### （三）公开披露

我们不会公开披露您的个人信息。经您同意后在本所网站或宣传材料中介绍的代表案例，会对当事人信息作匿名化处理。

## 四、个人信息的跨境提供

对于涉外业务，为办理您委托的事项，我们可能需要将必要的个人信息提供给本所香港、新加坡办公室或境外合作律师事务所。在提供之前，我们会向您告知境外接收方的名称、联系方式、处理目的和方式，并取得您的单独同意。

## 五、我们如何存储和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，存储于中华人民共和国境内。我们采取加密传输、访问权限控制、安全审计等措施保护您的个人信息。本所律师和工作人员均负有保密义务。如不幸发生个人信息泄露等安全事件，我们将立即启动应急预案，采取补救措施，并按照法律规定告知您，同时向有关主管部门报告。

| 信息类型 | 保存期限 |
| 网站访问日志 | 6个月 |
| 未形成委托的咨询记录 | 1年 |
| 律师业务档案 | 按照《律师业务档案管理办法》规定的期限保存 |
| 应聘者简历 | 招聘结束后1年 |
| 资讯订阅与活动报名信息 | 至您取消订阅或活动结束后6个月 |

保存期限届满后，我们将删除您的个人信息或对其进行匿名化处理。

## 六、您的权利

根据《中华人民共和国个人信息保护法》，您对您的个人信息享有以下权利：

- 查阅、复制您的个人信息
- 更正、补充不准确或不完整的个人信息
- 在法定情形下要求删除您的个人信息
- 撤回您此前作出的同意
- 请求将您的个人信息转移至您指定的个人信息处理者
- 要求我们对本政策的内容作出解释说明

您可以通过本政策第九条所列方式与我们联系。我们将在收到您的请求并验证您的身份后十五个工作日内予以答复。

## 七、未成年人个人信息保护

本网站主要面向成年人。如需为不满十四周岁的未成年人咨询或委托法律事务，应由其父母或其他监护人进行，我们将按照法律规定对未成年人的个人信息进行特别保护。

## 八、本政策的更新

我们可能会适时修订本政策。修订后的政策将在本页面发布，并注明更新日期。

## 九、如何联系我们

如您对本政策有任何疑问、意见或建议，可以通过以下方式与本所个人信息保护负责人联系：

@ 中衡信律师事务所
@ 地址：北京市朝阳区建国门外大街1号国贸大厦A座32层
@ 邮编：100004
@ 电话：010-8519 2600
@ 电子邮箱：privacy@zhxlaw.com

您也可以访问[联系我们](/cn/contact/index.jhtml)页面，查看本所各办公室的联系方式。"""

EDITS = [
    {"note": "typo fixed: '登陆' -> '登录' (date not bumped)", "bump": False,
     "repl": [("当您登陆本网站时", "当您登录本网站时")]},
    {"note": "processor added to the table: 法大大 (electronic signature of engagement letters)",
     "repl": [("| 北京金山办公软件股份有限公司 | 文档协同编辑 | 中国北京 |",
               "| 北京金山办公软件股份有限公司 | 文档协同编辑 | 中国北京 |\n"
               "| 深圳法大大网络科技有限公司 | 委托合同的电子签署 | 中国深圳 |")]},
    {"note": "sentences added on cross-border transfers: standard contract and its filing",
     "repl": [("并取得您的单独同意。\n\n## 五、",
               "并取得您的单独同意。\n\n"
               "本所已按照《个人信息出境标准合同办法》与境外接收方订立个人信息出境标准合同，并向北京市网信部门"
               "履行备案手续。您可以联系我们查阅标准合同中与您的权益有关的内容。\n\n## 五、")]},
    {"note": "retention of job applicants' CVs extended from 1 to 2 years",
     "repl": [("| 应聘者简历 | 招聘结束后1年 |", "| 应聘者简历 | 招聘结束后2年 |")]},
    {"note": "telephone number of the data-protection contact changed",
     "repl": [("@ 电话：010-8519 2600", "@ 电话：010-5709 8800")]},
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


NEWS = [
    (dt.date(2021, 10, 28), "本所律师出席第十四届中国并购年会"),
    (dt.date(2022, 1, 12), "本所荣获ALB中国法律大奖“年度资本市场律师事务所”提名"),
    (dt.date(2022, 4, 20), "本所上海办公室乔迁新址"),
    (dt.date(2022, 9, 15), "数据出境安全评估申报指南解读"),
    (dt.date(2023, 2, 24), "《个人信息出境标准合同办法》要点解读"),
    (dt.date(2023, 6, 8), "本所成都办公室正式开业"),
    (dt.date(2023, 11, 3), "新《公司法》修订对公司治理的影响"),
    (dt.date(2024, 3, 22), "《促进和规范数据跨境流动规定》实务观察"),
    (dt.date(2024, 7, 1), "新《公司法》正式施行：注册资本实缴制度要点"),
    (dt.date(2024, 10, 18), "本所新晋合伙人名单公布"),
    (dt.date(2025, 1, 9), "本所连续第五年获评钱伯斯亚太榜单推荐律所"),
    (dt.date(2025, 4, 15), "《网络数据安全管理条例》合规指引"),
]

RANKS = {2021: ["钱伯斯亚太 2021 公司/商事：第二等", "Legal 500 亚太 2021 银行与金融：推荐"],
         2022: ["钱伯斯亚太 2022 公司/商事：第二等", "Legal 500 亚太 2022 资本市场：推荐", "ALB 2022 年度精品律所提名"],
         2023: ["钱伯斯亚太 2023 公司/商事：第一等", "Legal 500 亚太 2023 资本市场：领先", "ALB 2023 年度资本市场律所"],
         2024: ["钱伯斯亚太 2024 公司/商事：第一等", "Legal 500 亚太 2024 数据合规：推荐", "LEGALBAND 2024 中国顶级律所"],
         2025: ["钱伯斯亚太 2025 公司/商事：第一等", "钱伯斯亚太 2025 数据保护：第三等", "LEGALBAND 2025 中国顶级律所"]}

SIBLINGS_OLD = ("法律声明", "/cn/about/statement.jhtml", "联系我们", "/cn/contact/index.jhtml")
SIBLINGS_NEW = ("法律声明", "/cn/about/statement.jhtml", "廉洁从业声明", "/cn/about/integrity.jhtml")
INTEGRITY = dt.date(2024, 2, 1)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["jsessionid"] = C.hexs(rng, 32).upper()
    days = (when.date() - dt.date(2021, 6, 1)).days
    s["views"] = 8300 + days * 9 + i * 3 + rng.randint(0, 6)
    s["news"] = tuple(t for d, t in sorted(NEWS, reverse=True) if d <= when.date())[:5]
    s["ranks"] = when.year
    s["prevnext"] = SIBLINGS_NEW if when.date() >= INTEGRITY else SIBLINGS_OLD
    return s


LABELS = {"jsessionid": ";jsessionid= in every template link (per request)",
          "views": "浏览次数 view counter inside the article (removed)", "news": "律所动态 news list in the sidebar",
          "ranks": "rankings badge carousel (yearly)", "prevnext": "上一篇/下一篇 links inside the article (removed)"}


def render(state, blocks, when):
    sid = state["jsessionid"]

    def u(path):
        return "%s;jsessionid=%s" % (path, sid)

    updated = blocks[1][1].split("：", 1)[1]
    y, rest = updated.split("年")
    mo, dd = rest.rstrip("日").split("月")
    pub = "%s-%02d-%02d" % (y, int(mo), int(dd))
    body = []
    for kind, v in blocks[1:]:
        if kind == "h2":
            body.append('<h2 style="text-align: left;"><strong>%s</strong></h2>' % html.escape(v))
        elif kind == "h3":
            body.append('<h3>%s</h3>' % html.escape(v))
        elif kind == "p":
            body.append('<p style="text-indent: 2em;">%s</p>' % C.inline_html(v))
        elif kind == "ul":
            body.append('<ul>%s</ul>' % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "table":
            body.append('<table border="1" cellspacing="0" cellpadding="6" width="100%%" style="border-collapse: '
                        'collapse;"><tbody>%s</tbody></table>'
                        % "".join("<tr>%s</tr>" % "".join(
                            ('<td style="background-color: #f2f2f2;"><strong>%s</strong></td>' if n == 0 else
                             "<td>%s</td>") % C.inline_html(x) for x in r) for n, r in enumerate(v)))
        elif kind == "addr":
            body.append('<p>%s</p>' % "<br />".join(C.inline_html(x) for x in v))
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
             'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" '
             'content="text/html; charset=gbk" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n<title>隐私政策'
             ' - 中衡信律师事务所</title>\n<meta name="keywords" content="中衡信,律师事务所,隐私政策"/>\n<meta name='
             '"description" content="中衡信律师事务所隐私政策"/>\n<link href="/r/cms/www/zhx/css/global.css" rel='
             '"stylesheet" type="text/css"/>\n<link href="/r/cms/www/zhx/css/inner.css" rel="stylesheet" type="text/css"/>'
             '\n<script src="/r/cms/jquery.js" type="text/javascript"></script>\n<script src="/r/cms/front.js" type='
             '"text/javascript"></script>\n<script type="text/javascript">\n$(function() {\n\tCms.attachment("/", "1287", '
             '"0", "attach");\n});\n</script>\n<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.'
             'createElement("script");\n  hm.src = "https://hm.baidu.com/hm.js?6b2f8e41c0d93a7e5f1b4c2d8a9e0f37";\n  var '
             's = document.getElementsByTagName("script")[0]; \n  s.parentNode.insertBefore(hm, s);\n})();\n</script>\n'
             '</head>\n<body>\n')
    H.append('<div class="top"><div class="w1200"><div class="lang"><a href="%s" class="on">中文</a> | <a href="%s">'
             'English</a></div><div class="logo"><a href="%s"><img src="/r/cms/www/zhx/images/logo.png" alt="中衡信律师'
             '事务所" /></a></div><ul class="nav">' % (u("/cn/index.jhtml"), u("/en/index.jhtml"), u("/cn/index.jhtml")))
    for path, t in (("/cn/index.jhtml", "首页"), ("/cn/about/index.jhtml", "关于我们"), ("/cn/practice/index.jhtml",
                    "专业领域"), ("/cn/lawyers/index.jhtml", "专业团队"), ("/cn/news/index.jhtml", "律所动态"),
                    ("/cn/insights/index.jhtml", "研究观点"), ("/cn/offices/index.jhtml", "全球网络"),
                    ("/cn/careers/index.jhtml", "加入我们")):
        H.append('<li%s><a href="%s">%s</a></li>' % (' class="on"' if "about" in path else "", u(path), t))
    H.append('</ul><form action="%s" method="get" class="search"><input type="text" name="q" value="" placeholder="'
             '请输入关键词" /><input type="submit" value="搜索" /></form></div></div>\n' % u("/cn/search.jspx"))
    H.append('<div class="banner-inner" style="background-image:url(/u/cms/www/201907/1015231874q2.jpg)"><div class='
             '"w1200"><h2>关于我们</h2><p>ABOUT US</p></div></div>\n')
    H.append('<div class="w1200 main clearfix"><div class="left"><div class="sub-nav"><h3>关于我们</h3><ul>')
    subs = [("律所简介", "/cn/about/index.jhtml"), ("荣誉资质", "/cn/about/honors.jhtml"), ("法律声明",
            "/cn/about/statement.jhtml"), ("隐私政策", "/cn/about/privacy.jhtml")]
    if state["prevnext"] is SIBLINGS_NEW:
        subs.append(("廉洁从业声明", "/cn/about/integrity.jhtml"))
    for t, path in subs:
        H.append('<li%s><a href="%s">%s</a></li>' % (' class="cur"' if t == "隐私政策" else "", u(path), t))
    H.append('</ul></div><div class="side-news"><h3>律所动态</h3><ul>')
    for t in state["news"]:
        d = [d for d, x in NEWS if x == t][0]
        H.append('<li><a href="%s" title="%s">%s</a><span>%s</span></li>'
                 % (u("/cn/news/%s.jhtml" % (1000 + NEWS.index((d, t)))), html.escape(t), html.escape(t),
                    d.strftime("%m-%d")))
    H.append('</ul></div><div class="side-rank"><h3>荣誉榜单</h3><div class="rank-slider" id="rankSlider"><ul>')
    for t in RANKS[state["ranks"]]:
        H.append('<li><img src="/u/cms/www/rank/%s.png" alt="%s" /><p>%s</p></li>' % (C.det_sha(t)[:10], html.escape(t),
                                                                                     html.escape(t)))
    H.append('</ul></div></div></div>\n<div class="right"><div class="position">当前位置：<a href="%s">首页</a> &gt; '
             '<a href="%s">关于我们</a> &gt; 隐私政策</div>\n' % (u("/cn/index.jhtml"), u("/cn/about/index.jhtml")))
    prev_t, prev_p, next_t, next_p = state["prevnext"]
    H.append('<div class="article">\n<h1 class="article-title">%s</h1>\n<div class="article-info"><span>发布时间：%s 10:%02d'
             '</span><span>来源：中衡信律师事务所</span><span>浏览次数：<em id="views">%d</em></span><span class="tools">'
             '<a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></span></div>'
             '\n<div class="article-content" id="zoom">\n%s\n</div>\n<div class="article-prevnext"><p>上一篇：<a href="%s">'
             '%s</a></p><p>下一篇：<a href="%s">%s</a></p></div>\n</div>\n'
             % (html.escape(blocks[0][1]), pub, int(dd) % 60, state["views"], "\n".join(body), u(prev_p), prev_t,
                u(next_p), next_t))
    H.append('</div></div>\n')
    H.append('<div class="footer"><div class="w1200"><div class="offices"><h4>全球网络</h4><p>')
    H.append(" | ".join('<a href="%s">%s</a>' % (u("/cn/offices/%s.jhtml" % p), t) for t, p in (
        ("北京", "beijing"), ("上海", "shanghai"), ("深圳", "shenzhen"), ("广州", "guangzhou"), ("成都", "chengdu"),
        ("杭州", "hangzhou"), ("香港", "hongkong"), ("新加坡", "singapore"))))
    H.append('</p></div><div class="copy"><p>&copy; %d 中衡信律师事务所 版权所有 <a href="https://beian.miit.gov.cn/" '
             'target="_blank">京ICP备10012345号-1</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode='
             '11010502030123" target="_blank"><img src="/r/cms/www/zhx/images/gongan.png" /> 京公网安备 11010502030123号'
             '</a></p><p><a href="%s">法律声明</a> | <a href="%s">隐私政策</a> | <a href="%s">网站地图</a></p></div></div>'
             '</div>\n<script type="text/javascript" src="/r/cms/www/zhx/js/slider.js"></script>\n<script type="text/'
             'javascript">$("#rankSlider").slide({mainCell:"ul",autoPlay:true,effect:"leftLoop",interTime:3000});</script>'
             '\n</body>\n</html>\n' % (when.year, u("/cn/about/statement.jhtml"), u("/cn/about/privacy.jhtml"),
                                      u("/cn/sitemap.jhtml")))
    return "".join(H).encode("gbk", "xmlcharrefreplace").decode("gbk")


PAGE = {
    "service": "Zhonghengxin Law Firm",
    "url": "https://www.zhxlaw.com/cn/about/privacy.jhtml",
    "lang": "zh-CN",
    "platform": "Java portal (JEECMS-style FreeMarker on Tomcat), GBK",
    "content_type": "text/html;charset=GBK",
    "encoding": "gbk",
    "extra_headers": (("Server", "Apache-Coyote/1.1"), ("Content-Language", "zh-CN")),
    "n": 30,
    "start": dt.date(2021, 11, 15),
    "end": dt.date(2025, 5, 20),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.zhxlaw.com/cn/about/privacy.jhtml", "select": ".article",
                    "remove": [".article-info", ".article-prevnext"]},
}
