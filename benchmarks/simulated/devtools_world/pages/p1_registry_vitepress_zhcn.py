"""源栈 Registry (杭州源栈科技) - zh-CN - VitePress (1.0 alpha -> 1.6), Carbon ads, busuanzi counter in .vp-doc."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://yuanzhan.cn/legal/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 源栈隐私政策

更新日期：{UPDATED}

杭州源栈科技有限公司（以下简称“源栈”或“我们”）运营源栈软件包仓库（yuanzhan.cn）、镜像加速服务及命令行工具 yz。我们深知个人信息对您的重要性，并依据《中华人民共和国个人信息保护法》等法律法规处理您的个人信息。请您在使用我们的服务前仔细阅读本政策，并同时参阅[《源栈服务协议》](/legal/terms)。

## 一、我们收集的个人信息

当您注册源栈账号时，我们会收集您的用户名、电子邮箱地址和手机号码。手机号码用于账号安全验证，不会用于营销。

当您发布软件包时，我们会公开展示包的元数据，包括维护者用户名、发布时间以及您在 package 清单中填写的作者信息。请勿在软件包元数据中填写不希望公开的个人信息。

当您通过镜像加速服务或 yz 命令行工具下载软件包时，我们的服务器会自动记录访问日志，包括 IP 地址、User-Agent、请求的软件包名称和版本以及请求时间。

## 二、我们如何使用个人信息

- 提供、维护和改进软件包仓库及镜像服务；
- 统计软件包下载量并向维护者提供匿名化的下载趋势；
- 识别和阻止恶意软件包、滥用下载和撞库等安全风险；
- 在发生安全事件时通知受影响的维护者。

## 三、我们如何委托处理、共享和公开个人信息

我们不会向第三方出售您的个人信息。为提供服务，我们会委托下列受托方处理部分个人信息，并通过合同约定其处理目的、期限和安全保护义务。

- 阿里云计算有限公司：云服务器与对象存储；
- 网宿科技股份有限公司：内容分发网络（CDN）加速；
- 腾讯云计算（北京）有限责任公司：短信验证码发送。

### 第三方 SDK 目录

| SDK 名称 | 提供方 | 使用目的 | 收集的个人信息 |
| 阿里云号码认证 SDK | 阿里云计算有限公司 | 一键登录与手机号验证 | 手机号码、设备网络类型 |
| 腾讯云验证码 SDK | 腾讯云计算（北京）有限责任公司 | 人机验证 | 设备型号、操作系统版本、IP 地址 |

## 四、个人信息的存储

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。

访问日志保存 6 个月，账号信息在您注销账号后 15 日内删除或匿名化处理。已发布软件包的元数据为保障软件供应链的完整性将长期保存。

## 五、您的权利

您有权查阅、复制、更正、删除您的个人信息，有权撤回同意、注销账号，以及要求我们对个人信息处理规则进行解释说明。您可以在“账号设置”中完成大部分操作，或通过本政策第七条所列方式联系我们。我们会在 15 个工作日内答复。

## 六、本政策的更新

我们可能适时修订本政策。政策发生重大变更时，我们会通过站内通知或电子邮件告知您。

## 七、联系我们

个人信息保护负责人：[privacy@yuanzhan.dev](mailto:privacy@yuanzhan.dev)

@ 杭州源栈科技有限公司
@ 浙江省杭州市西湖区文三路 398 号 12 层
@ 邮编：310013
"""

EDITS = [
    {"note": "SDK list inside the collapsed '第三方 SDK 目录' details block: JPush row added",
     "repl": [("| 人机验证 | 设备型号、操作系统版本、IP 地址 |",
               "| 人机验证 | 设备型号、操作系统版本、IP 地址 |\n| 极光推送 SDK | 深圳市和讯华谷信息技术有限公司 | 向 App 用户推送安全通知 | 设备标识符、应用列表信息、网络信息 |")]},
    {"note": "access-log retention 6 months -> 180 days, security audit logs 1 year",
     "repl": [("访问日志保存 6 个月，", "访问日志保存 180 天，安全审计日志保存 1 年，")]},
    {"note": "new section '七、未成年人个人信息保护' inserted, contact section renumbered (and its cross-reference)",
     "repl": [("## 七、联系我们", "## 七、未成年人个人信息保护\n\n我们的服务面向开发者，不以未满十四周岁的未成年人为目标用户。如果我们发现在未事先获得监护人同意的情况下收集了未满十四周岁的未成年人的个人信息，将尽快删除相关信息。\n\n## 八、联系我们"),
              ("通过本政策第七条所列方式联系我们", "通过本政策第八条所列方式联系我们")]},
    {"note": "privacy contact changed (privacy@yuanzhan.dev -> dpo@yuanzhan.cn, phone added) and office moved",
     "repl": [("个人信息保护负责人：[privacy@yuanzhan.dev](mailto:privacy@yuanzhan.dev)",
               "个人信息保护负责人：[dpo@yuanzhan.cn](mailto:dpo@yuanzhan.cn)，电话 0571-8699 2100"),
              ("@ 浙江省杭州市西湖区文三路 398 号 12 层\n@ 邮编：310013", "@ 浙江省杭州市滨江区网商路 699 号 3 号楼\n@ 邮编：310052")]},
    {"note": "link to the service agreement retargeted (/legal/terms -> /legal/terms-of-service), date not bumped",
     "bump": False,
     "repl": [("[《源栈服务协议》](/legal/terms)", "[《源栈服务协议》](/legal/terms-of-service)")]},
]

# VitePress releases with the scoped-style hashes their default theme had
VP = [(dt.datetime(2000, 1, 1), "1.0.0-alpha.4", "5a346dfe", "10b7b2e0", "c3d9f6a1"),
      (dt.datetime(2023, 4, 2), "1.0.0-beta.1", "b2cf3e0b", "a9a9e638", "6b87e69f"),
      (dt.datetime(2024, 3, 21), "1.0.2", "5d98c3a5", "39a288b8", "d8b57b2d"),
      (dt.datetime(2024, 9, 3), "1.3.4", "5d98c3a5", "e6f2a212", "1bb0c8a8"),
      (dt.datetime(2025, 1, 13), "1.5.0", "a9a9e638", "83890dd9", "c4b8ac6f"),
      (dt.datetime(2025, 6, 16), "1.6.3", "a9a9e638", "5dd88de5", "7b3ebfe1")]
BANNERS = [("源栈 CLI yz 2.0 正式发布：并行安装速度提升 3 倍", "/blog/yz-2"),
           ("镜像同步节点扩容公告：新增成都、广州节点", "/notice/mirror-nodes"),
           ("2 月 10 日 02:00-04:00 系统维护，期间发布功能暂停", "/notice/maintenance"),
           ("供应链安全：源栈已支持 Sigstore 签名校验", "/blog/sigstore"),
           ("加入源栈开源赞助计划", "/sponsor")]
ADS = [("Gitee 企业版 - 研发效能平台，免费试用", "gitee"), ("DigitalOcean: $200 credit for 60 days", "digitalocean"),
       ("JetBrains WebStorm 2024 - the smartest JavaScript IDE", "jetbrains"),
       ("Sentry - 代码级性能监控", "sentry"), ("Vercel - Develop. Preview. Ship.", "vercel")]
SIDEBAR = [(dt.datetime(2000, 1, 1), "服务协议", "/legal/terms"), (dt.datetime(2000, 1, 1), "隐私政策", "/legal/privacy"),
           (dt.datetime(2000, 1, 1), "Cookie 说明", "/legal/cookies"),
           (dt.datetime(2023, 11, 1), "开源软件包发布规范", "/legal/publishing"),
           (dt.datetime(2024, 6, 1), "数据处理附录", "/legal/dpa"),
           (dt.datetime(2025, 3, 1), "AI 功能补充条款", "/legal/ai-terms")]
DOCS = ["index.md", "guide_getting-started.md", "guide_mirror.md", "guide_publish.md", "cli_install.md", "cli_config.md",
        "legal_terms.md", "legal_privacy.md", "legal_cookies.md", "notice_index.md", "blog_index.md"]


def _vp_ver(when):
    return [v for v in VP if when >= v[0]][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["hashmap"] = tuple(C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in DOCS)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.5, lambda: tuple(C.alnum(rng, 8) for _ in range(4)))
    s["vitepress"] = _vp_ver(when)[1]
    s["lastupd"] = C.keep_or(rng, prev.get("lastupd"), 0.25,
                             lambda: when - dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 1400)))
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.4, lambda: rng.randrange(len(BANNERS)))
    s["carbon"] = (rng.randrange(len(ADS)), C.hexs(rng, 24), rng.randint(100000, 999999))
    s["pv"] = 9000 + i * 2113 + rng.randint(0, 400)
    s["sidebar"] = sum(1 for d, _, _ in SIDEBAR if when >= d)
    return s


LABELS = {
    "hashmap": "__VP_HASH_MAP__ chunk hashes of other pages",
    "assets": "Vite asset fingerprints (app/style/framework/lean chunks)",
    "vitepress": "VitePress upgrade (generator meta, scoped data-v- hashes)",
    "lastupd": "git 'last updated' time in VPDocFooter",
    "banner": "layout-top announcement banner rotated",
    "carbon": "Carbon ad in the aside (per-impression ids)",
    "pv": "busuanzi page-view counter inside .vp-doc",
    "sidebar": "legal sidebar gained documents",
}


def _slug(t):
    t = re.sub(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'“”‘’<>,.?/]+", "-", t).strip("-")
    return t


def _heading(kind, text):
    sid = _slug(text)
    return ('<%s id="%s" tabindex="-1">%s <a class="header-anchor" href="#%s" aria-label="Permalink to &quot;%s&quot;">'
            '\u200b</a></%s>' % (kind, html.escape(sid), C.inline_html(text), html.escape(sid), html.escape(text), kind))


def _block(b):
    if b[0] in ("h1", "h2", "h3"):
        return _heading(*b)
    if b[0] == "table":
        return C.block_html(b).replace("<table>", '<table tabindex="0">', 1)
    return C.block_html(b)


def _doc(blocks, pv):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h1":
            out.append(_heading("h1", b[1]))
            out.append('<div class="page-info"><span class="reading-time">阅读约 6 分钟</span>'
                       '<span id="busuanzi_container_page_pv">本页访问量 <span id="busuanzi_value_page_pv">%d</span> 次</span></div>' % pv)
        elif b[0] == "h3" and b[1].startswith("第三方 SDK"):
            inner = []
            i += 1
            while i < len(blocks) and blocks[i][0] != "h2":
                inner.append(_block(blocks[i]))
                i += 1
            out.append('<details class="details custom-block"><summary>%s</summary>%s</details>'
                       % (C.inline_html(b[1]), "\n".join(inner)))
            continue
        else:
            out.append(_block(b))
        i += 1
    return "\n".join(out)


def render(s, blocks, when):
    ver, dl, dc, dd = _vp_ver(when)[1:]
    a_app, a_style, a_fw, a_lean = s["assets"]
    ad, adid, adimp = s["carbon"]
    dv = lambda h: " data-v-%s" % h  # noqa: E731
    outline = "".join('<li%s><a class="outline-link" href="#%s" title="%s">%s</a></li>'
                      % (dv(dd), html.escape(_slug(t)), html.escape(t), html.escape(t)) for k, t in blocks if k == "h2")
    side = "".join('<div class="VPSidebarItem level-1 is-link%s"%s><div class="item"><div class="indicator"></div>'
                   '<a class="VPLink link link" href="%s"><p class="text">%s</p></a></div></div>'
                   % (" is-active has-active" if u == URL[len("https://yuanzhan.cn"):] else "", dv(dd), u, t)
                   for _, t, u in SIDEBAR[:s["sidebar"]])
    bt, bu = BANNERS[s["banner"]]
    lu = s["lastupd"]
    lu_local = lu + dt.timedelta(hours=8)
    hmap = {d: h for d, h in zip(DOCS, s["hashmap"])}
    site = {"lang": "zh-CN", "dir": "ltr", "title": "源栈", "description": "开源软件包仓库与镜像加速", "base": "/",
            "head": [], "router": {"prefetchLinks": True}, "appearance": True,
            "themeConfig": {"logo": "/logo.svg", "lastUpdated": {"text": "最后更新于"},
                            "docFooter": {"prev": "上一页", "next": "下一页"}, "outline": {"label": "页面导航"},
                            "carbonAds": {"code": "CWYDK2QN", "placement": "yuanzhancn"}},
            "locales": {}, "scrollOffset": 134, "cleanUrls": True}
    page_data = {"title": "源栈隐私政策", "description": "", "frontmatter": {"outline": [2, 3]},
                 "relativePath": "legal/privacy.md", "filePath": "legal/privacy.md",
                 "lastUpdated": int(C.epoch(lu) * 1000)}
    return ('<!DOCTYPE html>\n<html lang="zh-CN" dir="ltr">\n  <head>\n    <meta charset="utf-8">\n'
            '    <meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '    <title>源栈隐私政策 | 源栈</title>\n    <meta name="description" content="开源软件包仓库与镜像加速">\n'
            '    <meta name="generator" content="VitePress v%s">\n'
            '    <link rel="preload stylesheet" href="/assets/style.%s.css" as="style">\n'
            '    <script type="module" src="/assets/app.%s.js"></script>\n'
            '    <link rel="modulepreload" href="/assets/chunks/framework.%s.js">\n'
            '    <link rel="modulepreload" href="/assets/legal_privacy.md.%s.lean.js">\n'
            '    <link rel="icon" href="/favicon.ico">\n'
            '    <script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();</script>\n'
            '    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>\n'
            '    <script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f6c1e9a8b2d4c7e0a5b9d1c2e4f6a8b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s)})();</script>\n'
            '    <script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>\n'
            '  </head>\n  <body>\n    <div id="app"><div class="Layout"%s><!--[-->'
            '<div class="yz-announcement"><a href="%s">%s</a><button class="yz-announcement-close" aria-label="关闭">×</button></div><!--]-->'
            '<span tabindex="-1"></span><a href="#VPContent" class="VPSkipLink visually-hidden"> 跳到内容 </a>'
            '<header class="VPNav"%s><div class="VPNavBar has-sidebar top"><div class="wrapper"><div class="container">'
            '<div class="title"><a class="title" href="/"><img class="VPImage logo" src="/logo.svg" alt=""><span>源栈</span></a></div>'
            '<div class="content"><div class="content-body"><div class="VPNavBarSearch search"><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="搜索文档"><span class="DocSearch-Button-Placeholder">搜索文档</span></button></div></div>'
            '<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span>'
            '<a class="VPLink link VPNavBarMenuLink" href="/guide/getting-started">指南</a><a class="VPLink link VPNavBarMenuLink" href="/cli/install">命令行</a>'
            '<a class="VPLink link VPNavBarMenuLink" href="/mirror">镜像</a><a class="VPLink link VPNavBarMenuLink active" href="/legal/terms">法律</a></nav>'
            '</div></div></div></div></div></header>'
            '<aside class="VPSidebar"%s><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1">'
            '<span class="visually-hidden" id="sidebar-aria-label"> Sidebar Navigation </span><div class="group"><section class="VPSidebarItem level-0"><div class="item"><h2 class="text">法律信息</h2></div><div class="items">%s</div></section></div></nav></aside>'
            '<div class="VPContent has-sidebar" id="VPContent"%s><div class="VPDoc has-sidebar has-aside"%s><div class="container">'
            '<div class="aside"><div class="aside-curtain"></div><div class="aside-container"><div class="aside-content"><div class="VPDocAside">'
            '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div>'
            '<div class="outline-title" role="heading" aria-level="2" id="doc-outline-aria-label">页面导航</div><ul class="VPDocOutlineItem root">%s</ul></div></nav>'
            '<div class="spacer"></div><div class="VPDocAsideCarbonAds"><div class="VPCarbonAds"><div id="carbonads"><span><span class="carbon-wrap">'
            '<a href="https://srv.carbonads.net/ads/click/x/GTND42JW%s?segment=placement:yuanzhancn;" class="carbon-img" target="_blank" rel="noopener sponsored"><img src="https://srv.carbonads.net/static/30242/%s.png" alt="ads via Carbon" width="130" height="100"></a>'
            '<a href="https://srv.carbonads.net/ads/click/x/GTND42JW%s?segment=placement:yuanzhancn;" class="carbon-text" target="_blank" rel="noopener sponsored">%s</a></span>'
            '<a href="http://carbonads.net/?utm_source=yuanzhancn&amp;utm_medium=ad_via_link&amp;utm_campaign=in_unit&amp;utm_term=carbon" class="carbon-poweredby" target="_blank" rel="noopener sponsored">ads via Carbon</a>'
            '<img src="https://srv.carbonads.net/ads/impression/%d?n=%s" style="display:none" alt=""></span></div></div></div>'
            '</div></div></div></div>'
            '<div class="content"%s><div class="content-container"%s><main class="main"%s>'
            '<div style="position:relative;" class="vp-doc _legal_privacy"%s><div>\n%s\n</div></div></main>'
            '<footer class="VPDocFooter"%s><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://github.com/yuanzhan/docs/edit/main/docs/legal/privacy.md" target="_blank" rel="noreferrer">在 GitHub 上编辑此页面</a></div>'
            '<div class="last-updated"><p class="VPLastUpdated">最后更新于: <time datetime="%s">%d/%d/%d %02d:%02d</time></p></div></div>'
            '<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span>'
            '<div class="pager"><a class="VPLink link pager-link prev" href="/legal/terms"><span class="desc">上一页</span><span class="title">服务协议</span></a></div>'
            '<div class="pager"><a class="VPLink link pager-link next" href="/legal/cookies"><span class="desc">下一页</span><span class="title">Cookie 说明</span></a></div></nav></footer>'
            '</div></div></div></div></div>'
            '<footer class="VPFooter has-sidebar"%s><div class="container"><p class="message"><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2021003521号-2</a> · '
            '<a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602011876">浙公网安备 33010602011876号</a></p>'
            '<p class="copyright">Copyright © 2021-%d 杭州源栈科技有限公司</p></div></footer></div></div>\n'
            '    <script>window.__VP_HASH_MAP__=JSON.parse(%s);function deserializeFunctions(r){return Array.isArray(r)?r.map(deserializeFunctions):typeof r=="object"&&r!==null?Object.keys(r).reduce((t,n)=>(t[n]=deserializeFunctions(r[n]),t),{}):typeof r=="string"&&r.startsWith("_vp-fn_")?new Function(`return ${r.slice(7)}`)():r};window.__VP_SITE_DATA__=deserializeFunctions(JSON.parse(%s));</script>\n'
            '    <script>window.__VP_PAGE_DATA__=%s</script>\n'
            '  </body>\n</html>\n'
            % (ver, a_style, a_app, a_fw, a_lean, dv(dl), bu, bt, dv(dc), dv(dc), side, dv(dl), dv(dd), outline,
               adid[:8], adid[8:], adid[:8], ADS[ad][0], adimp, adid[16:], dv(dd), dv(dd), dv(dd), dv(dd),
               _doc(blocks, s["pv"]), dv(dd), lu.strftime("%Y-%m-%dT%H:%M:%S.000Z"), lu_local.year, lu_local.month,
               lu_local.day, lu_local.hour, lu_local.minute, dv(dl), when.year,
               json.dumps(json.dumps(hmap, separators=(",", ":"))), json.dumps(json.dumps(site, ensure_ascii=False,
                                                                                     separators=(",", ":")), ensure_ascii=False),
               json.dumps(page_data, ensure_ascii=False, separators=(",", ":"))))


PAGE = {
    "service": "Yuanzhan Registry", "url": URL, "lang": "zh-CN", "platform": "VitePress",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 10), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".vp-doc"], "remove": [".page-info", ".header-anchor"]},
}
