"""Kursusvært ApS (Danish Moodle partner / LMS hosting) - da-DK - its own Moodle site's tool_policy viewall.php:
every active site policy (Vilkår for brug, Privatlivspolitik, Politik for tredjepartsindhold) on one page, each a
.policy_version after an <a id="policy-N"> anchor, with Resumé and Fuld politik parts; Atto's
dir/style-attributed paragraphs, filter_emailprotect's random entity obfuscation of addresses (different bytes at
every request), sesskey and random single_select ids, theme/JS revisions after cache purges, a "Næste webinar"
countdown banner (additionalhtml), Cookie Information consent, and Moodle upgrades 3.11 -> 4.1 -> 4.3 -> 5.0
(new page chrome; Bootstrap 5 classes in 5.0)."""
import datetime as dt
import html
import random
import common as C

BASE = "https://moodle.kursusvaert.dk"
URL = BASE + "/admin/tool/policy/viewall.php"
MAANEDER = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MAANEDER[d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

### Resumé

Kursusvært ApS behandler oplysninger om dig, når du logger ind på vores Moodle-platform for at følge kurser og webinarer. Vi bruger kun oplysningerne til at levere kurserne, og logdata slettes efter 180 dage.

### Fuld politik

Senest opdateret: {UPDATED}

## Dataansvarlig

Kursusvært ApS, Åboulevarden 21, 8000 Aarhus C, CVR-nr. 38 51 27 09, er dataansvarlig for behandlingen af dine personoplysninger på moodle.kursusvaert.dk. Når du tager et kursus, som din arbejdsgiver eller uddannelsesinstitution har købt, er vi databehandler for denne.

## Hvilke oplysninger behandler vi?

- navn, e-mailadresse, organisation og sprog fra din brugerprofil;
- kursustilmeldinger, afleveringer, quizbesvarelser, karakterer og forumindlæg;
- logdata om dine besøg på platformen (IP-adresse, tidspunkt og sider).

## Formål og retsgrundlag

Vi behandler oplysningerne for at kunne levere kurserne (databeskyttelsesforordningens artikel 6, stk. 1, litra b) og for at sikre platformens drift og sikkerhed (artikel 6, stk. 1, litra f).

## Modtagere

Platformen drives på servere hos Amazon Web Services i Frankfurt. Vi bruger desuden følgende databehandlere:

- Brevo (tidligere Sendinblue) til udsendelse af kursusmails;
- Vimeo til kursusvideoer.

## Opbevaring

Logdata slettes efter 180 dage. Din brugerprofil og dine kursusdata slettes 2 år efter dit sidste login, medmindre din organisation har aftalt andet med os.

## Dine rettigheder

Du har ret til indsigt, berigtigelse, sletning, begrænsning og dataportabilitet. Du kan bruge funktionen "Dataanmodninger" i din profil eller skrive til [privacy@kursusvaert.dk](mailto:privacy@kursusvaert.dk). Du kan klage til [Datatilsynet](https://www.datatilsynet.dk).
"""

EDITS = [
    {"note": "new policy version: processor added (Zoom for webinars)",
     "repl": [("- Vimeo til kursusvideoer.", "- Vimeo til kursusvideoer;\n- Zoom Video Communications til live-webinarer.")]},
    {"note": "new policy version: log retention 180 -> 365 days, in both the summary and the full policy",
     "repl": [("og logdata slettes efter 180 dage.", "og logdata slettes efter 365 dage."),
              ("Logdata slettes efter 180 dage. Din", "Logdata slettes efter 365 dage. Din")]},
    {"note": "minor change saved on the current version (no new version, date kept): purpose sentence reworded",
     "bump": False,
     "repl": [("og for at sikre platformens drift og sikkerhed (artikel 6, stk. 1, litra f).",
               "og for at sikre platformens drift, sikkerhed og fejlsøgning (artikel 6, stk. 1, litra f).")]},
    {"note": "new policy version: section on AI features in course rooms added",
     "repl": [("## Modtagere", "## Kunstig intelligens i kursusrum\n\nNogle kurser bruger Moodles AI-værktøjer til at opsummere tekster. Teksten sendes til Azure OpenAI i EU og gemmes ikke af Microsoft.\n\n## Modtagere")]},
    {"note": "new policy version: contact changed (DPO mailbox) and Datatilsynet link points to the complaint form",
     "repl": [("skrive til [privacy@kursusvaert.dk](mailto:privacy@kursusvaert.dk)", "skrive til vores databeskyttelsesrådgiver på [dpo@kursusvaert.dk](mailto:dpo@kursusvaert.dk)"),
              ("(https://www.datatilsynet.dk)", "(https://www.datatilsynet.dk/borger/klage-til-datatilsynet)")]},
]

VERSIONS = [(dt.datetime(2000, 1, 1), "3.11", "2021051700"), (dt.datetime(2022, 8, 15), "4.1", "2022112800"),
            (dt.datetime(2024, 1, 8), "4.3", "2023100900"), (dt.datetime(2025, 6, 23), "5.0", "2025041400")]
WEBINARS = ["Moodle nyheder for undervisere", "Gode quizzer i Moodle", "H5P i praksis", "Kompetencer og læringsplaner",
            "Tilgængelighed i kursusrum", "Moodle Workplace: onboarding"]
TOS = ["Ved at bruge platformen accepterer du at overholde din organisations regler for god opførsel i fora og beskeder.",
       "Ved at bruge platformen accepterer du at overholde din organisations regler for god opførsel i fora og beskeder. Del ikke dit login med andre."]


def obfuscate(rng, s):
    """filter_emailprotect / obfuscate_text(): every character randomly as itself, decimal or hex entity."""
    out = []
    for ch in s:
        r = rng.randint(0, 2)
        out.append(ch if r == 0 and ch not in "@:" else ("&#%d;" % ord(ch) if r == 1 else "&#x%X;" % ord(ch)))
    return "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    ver = [v for v in VERSIONS if when >= v[0]][-1]
    s["moodle"] = ver[1]
    s["sesskey"] = C.alnum(rng, 10)
    s["randid"] = C.hexs(rng, 13)
    s["rev"] = C.keep_or(rng, prev.get("rev") if prev.get("moodle") == ver[1] else None, 0.35,
                         lambda: int(C.epoch(when)) - rng.randint(3600, 86400 * 20))
    s["webinar"] = (rng.randrange(len(WEBINARS)), rng.randint(1, 13), rng.randint(0, 23), rng.randint(0, 59))
    s["tos"] = 1 if when >= dt.datetime(2023, 2, 1) else 0
    s["obf"] = C.hexs(rng, 8)
    return s


LABELS = {
    "moodle": "Moodle upgrade (page chrome, footer, Bootstrap 5 classes in 5.0)",
    "sesskey": "per-session sesskey in M.cfg and logout/lang forms",
    "randid": "random single_select / js_pending ids",
    "rev": "theme and JS revision numbers (cache purge)",
    "webinar": "'Næste webinar' countdown banner (additionalhtml)",
    "tos": "site policy (another policy on the same viewall page) got a new version",
    "obf": "filter_emailprotect random entity obfuscation of e-mail addresses (inside the policy)",
}


def render(s, blocks, when):
    orng = random.Random(s["obf"])
    v5 = s["moodle"] == "5.0"
    floatcls = "float-end" if v5 else "float-right"

    def link(url, label):
        if url.startswith("mailto:"):
            return '<a href="%s">%s</a>' % (obfuscate(orng, url), obfuscate(orng, label))
        return '<a href="%s">%s</a>' % (html.escape(url), html.escape(label, quote=False))

    def atto(b):
        kind, val = b
        inl = lambda t: C.inline_html(t, link=link)  # noqa: E731
        if kind == "h2":
            return "<h4>%s</h4>" % inl(val)
        if kind == "p":
            return '<p dir="ltr" style="text-align: left;">%s</p>' % inl(val)
        if kind == "ul":
            return "<ul>%s</ul>" % "".join("<li>%s</li>" % inl(x) for x in val)
        raise ValueError(kind)

    name = blocks[0][1]
    summ, cont, cur = [], [], None
    for b in blocks[1:]:
        if b[0] == "h3":
            cur = summ if b[1] == "Resumé" else cont
            continue
        cur.append(b)
    rev, sk = s["rev"], s["sesskey"]

    def pol(pid, pname, summary_html, content_html):
        return ('<a id="policy-%d"></a>\n<div class="policy_version mb-3">\n    <div class="clearfix mt-2">\n        <h2>%s</h2>\n    </div>\n'
                '    <div class="policy_document_summary clearfix mb-1">\n        <h3>Resumé</h3>\n        %s\n    </div>\n'
                '    <div class="policy_document_content mt-2">\n        <h3>Fuld politik</h3>\n        %s\n    </div>\n'
                '    <div class="%s">\n        <a href="#top">\n            <i class="icon fa fa-arrow-up fa-fw " title="Tilbage til toppen" role="img" aria-label="Tilbage til toppen"></i>\n'
                '            Tilbage til toppen\n        </a>\n    </div>\n</div>\n<hr>\n'
                % (pid, html.escape(pname), summary_html, content_html, floatcls))
    tos = pol(1, "Vilkår for brug", '<p dir="ltr" style="text-align: left;">Regler for brug af Kursusværts Moodle-platform.</p>',
              '<p dir="ltr" style="text-align: left;">%s</p>' % html.escape(TOS[s["tos"]]))
    priv = pol(2, name, "".join(atto(b) for b in summ), "".join(atto(b) for b in cont))
    third = pol(4, "Politik for tredjepartsindhold",
                '<p dir="ltr" style="text-align: left;">Om indlejret indhold fra YouTube, Vimeo og H5P.org.</p>',
                '<p dir="ltr" style="text-align: left;">Kurser kan indeholde videoer og interaktive elementer fra tredjeparter. Disse tjenester kan sætte egne cookies, når du afspiller indholdet.</p>')
    body = ('<a id="top"></a>\n<div id="policies_index">\n    <h1>Politikker og aftaler</h1>\n    <ul>\n'
            '        <li><a href="#policy-1">Vilkår for brug</a></li>\n        <li><a href="#policy-2">%s</a></li>\n'
            '        <li><a href="#policy-4">Politik for tredjepartsindhold</a></li>\n    </ul>\n</div>\n<hr>\n%s%s%s'
            % (html.escape(name), tos, priv, third))
    wi, wd, wh, wm = s["webinar"]
    banner = ('<div class="kv-webinar-banner alert alert-info" role="note"><strong>Næste webinar:</strong> '
              '&quot;%s&quot; &ndash; om %d dage, %d timer og %d minutter. <a href="https://kursusvaert.dk/webinarer">Tilmeld dig gratis</a></div>'
              % (WEBINARS[wi], wd, wh, wm))
    lang = ('<div class="singleselect d-inline-block"><form method="get" action="%s/admin/tool/policy/viewall.php" class="form-inline" id="single_select_f%s">'
            '<input type="hidden" name="sesskey" value="%s"><label for="single_select%s" class="sr-only">Sprog</label>'
            '<select id="single_select%s" class="custom-select singleselect" name="lang"><option value="da" selected>Dansk &lrm;(da)&lrm;</option>'
            '<option value="en">English &lrm;(en)&lrm;</option></select></form></div>' % (BASE, s["randid"], sk, s["randid"], s["randid"]))
    ver = s["moodle"]
    if ver == "3.11":
        chrome_top = ('<nav class="fixed-top navbar navbar-light bg-white navbar-expand moodle-has-zindex" aria-label="Site-navigation">'
                      '<a href="%s" class="navbar-brand aabtn has-logo"><span class="logo d-none d-sm-inline"><img src="%s/pluginfile.php/1/core_admin/logocompact/300x300/%d/kv-logo.png" alt="Kursusvært"></span></a>'
                      '<ul class="navbar-nav d-none d-md-flex"><li class="dropdown nav-item">%s</li></ul>'
                      '<div class="ml-auto"><span class="login pl-2">Du er ikke logget ind. (<a href="%s/login/index.php">Log ind</a>)</span></div></nav>'
                      % (BASE, BASE, rev, lang, BASE))
        page_open = '<div id="page" class="container-fluid d-print-block"><div id="page-content" class="row pb-3 d-print-block"><div id="region-main-box" class="col-12"><section id="region-main" aria-label="Indhold"><span class="notifications" id="user-notifications"></span><div role="main"><span id="maincontent"></span>'
        footer = ('<footer id="page-footer" class="py-3 bg-dark text-light"><div class="container"><div id="course-footer"></div>'
                  '<div class="logininfo">Du er ikke logget ind. (<a href="%s/login/index.php">Log ind</a>)</div>'
                  '<div class="tool_dataprivacy"><a href="%s/admin/tool/dataprivacy/summary.php">Oversigt over dataopbevaring</a></div>'
                  '<a href="https://download.moodle.org/mobile?version=2021051700&amp;lang=da&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Hent mobil-appen</a>'
                  '<div class="policiesfooter"><a href="%s/admin/tool/policy/viewall.php?returnurl=%%2F">Politikker</a></div></div></footer>' % (BASE, BASE, BASE))
    else:
        chrome_top = ('<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site-navigation">'
                      '<button class="navbar-toggler aabtn d-block d-md-none px-1 my-1 border-0" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-primary">'
                      '<span class="navbar-toggler-icon"></span><span class="sr-only">Sidepanel</span></button>'
                      '<a href="%s/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn"><img src="%s/pluginfile.php/1/core_admin/logocompact/300x300/%d/kv-logo.png" class="logo mr-1" alt="Kursusvært"></a>'
                      '<div class="primary-navigation"><nav class="moremenu navigation"><ul id="moremenu-%s-navbar-nav" role="menubar" class="nav more-nav navbar-nav">'
                      '<li data-key="home" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="%s/" tabindex="-1">Hjem</a></li>'
                      '</ul></nav></div><div id="usernavigation" class="navbar-nav ml-auto">%s<div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">'
                      '<div class="usermenu"><span class="login pl-2">Du er ikke logget ind. (<a href="%s/login/index.php">Log ind</a>)</span></div></div></div></nav>'
                      % (BASE, BASE, rev, s["randid"][:12], BASE, lang, BASE))
        page_open = ('<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers drag-container"><div id="topofscroll" class="main-inner">'
                     '<div class="drawer-toggles d-flex"></div><header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap">'
                     '<div id="page-navbar"><nav aria-label="Navigationslinje"><ol class="breadcrumb"></ol></nav></div></div></div></header>'
                     '<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Indhold">'
                     '<span class="notifications" id="user-notifications"></span><div role="main"><span id="maincontent"></span>')
        footer = ('<footer id="page-footer" class="footer-popover bg-white"><div data-region="footer-container-popover">'
                  '<button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" data-action="footer-popover" aria-label="Vis sidefod"><i class="icon fa fa-question fa-fw " aria-hidden="true"></i></button></div>'
                  '<div class="footer-content-popover container" data-region="footer-content-popover"><div class="footer-section p-3 border-bottom">'
                  '<div class="logininfo">Du er ikke logget ind. (<a href="%s/login/index.php">Log ind</a>)</div><div class="tool_usertours-resettourcontainer"></div></div>'
                  '<div class="footer-section p-3 border-bottom"><div class="tool_dataprivacy"><a href="%s/admin/tool/dataprivacy/summary.php">Oversigt over dataopbevaring</a></div>'
                  '<div><a href="%s/admin/tool/policy/viewall.php?returnurl=%%2F">Politikker</a></div>'
                  '<div><a href="https://download.moodle.org/mobile?version=%s&amp;lang=da&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Hent mobil-appen</a></div></div>'
                  '<div class="footer-section p-3"><div>Drevet af <a href="https://moodle.com">Moodle</a></div></div></div></footer>'
                  % (BASE, BASE, BASE, [x[2] for x in VERSIONS if x[1] == ver][0]))
    cfg = ('{"wwwroot":"https:\\/\\/moodle.kursusvaert.dk","homeurl":{},"sesskey":"%s","sessiontimeout":"28800","sessiontimeoutwarning":1200,'
           '"themerev":"%d","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"%d","admin":"admin",'
           '"svgicons":true,"usertimezone":"Europa\\/K\\u00f8benhavn","language":"da","courseId":1,"courseContextId":2,"contextid":1,'
           '"contextInstanceId":0,"langrev":%d,"templaterev":"%d"}' % (sk, rev, rev - 17, rev + 1, rev - 17))
    return ('<!DOCTYPE html>\n\n<html  dir="ltr" lang="da" xml:lang="da">\n<head>\n    <title>Politikker og aftaler | Kursusvært Moodle</title>\n'
            '    <link rel="shortcut icon" href="%s/theme/image.php/boost/theme/%d/favicon" />\n'
            '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="keywords" content="moodle, Politikker og aftaler | Kursusvært Moodle" />\n'
            '<link rel="stylesheet" type="text/css" href="%s/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" />'
            '<script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script>'
            '<link rel="stylesheet" type="text/css" href="%s/theme/styles.php/boost/%d_1/all" />\n'
            '<script>\n//<![CDATA[\nvar M = {}; M.yui = {};\nM.pageloadstarttime = new Date();\nM.cfg = %s;\n\nvar yui1ConfigFn = function(me) {if(/-skin|reset|fonts|grids|base/.test(me.name)){me.type=\'css\';me.path=me.path.replace(/\\.js/,\'.css\');me.path=me.path.replace(/\\/yui2-skin/,\'/assets/skins/sam/yui2-skin\')}};\n//]]>\n</script>\n'
            '<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="DA" data-gcm-version="2.0" type="text/javascript"></script>\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n</head>\n\n'
            '<body  id="page-admin-tool-policy-viewall" class="format-site  path-admin path-admin-tool path-admin-tool-policy chrome dir-ltr lang-da yui-skin-sam yui3-skin-sam moodle-kursusvaert-dk pagelayout-popup course-1 context-1 notloggedin theme%s">\n'
            '<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>\n'
            '<div id="page-wrapper" class="d-print-block">\n\n    <div>\n    <a class="sr-only sr-only-focusable" href="#maincontent">Gå til hovedindhold</a>\n</div>'
            '<script src="%s/lib/javascript.php/%d/lib/polyfills/polyfill.js"></script>\n%s\n%s\n%s\n%s\n'
            '</div></section></div></div></div></div>\n%s\n</div>\n'
            '<script>\n//<![CDATA[\nvar require = {\n    baseUrl : \'%s/lib/requirejs.php/%d/\',\n    enforceDefine: true,\n    skipDataMain: true,\n    waitSeconds : 0,\n};\n//]]>\n</script>\n'
            '<script src="%s/lib/javascript.php/%d/lib/requirejs/require.min.js"></script>\n'
            '<script>\n//<![CDATA[\nM.util.js_pending("core/first");\nrequire([\'core/first\'], function() {\nrequire([\'core/prefetch\'])\n;\n'
            'require(["core/single_select"], function(s) { s.init("single_select%s"); });\n;\nM.util.js_complete("core/first");\n});\n//]]>\n</script>\n'
            '</body>\n</html>\n'
            % (BASE, rev, BASE, BASE, rev, cfg, " uses-drawers" if ver != "3.11" else "", BASE, rev - 17, chrome_top, banner,
               page_open, body, footer, BASE, rev - 17, BASE, rev - 17, s["randid"]))


PAGE = {
    "service": "Kursusvaert", "url": URL, "lang": "da-DK", "platform": "Moodle tool_policy (viewall.php)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private, pre-check=0, post-check=0, max-age=0, no-transform"),
                      ("Pragma", "no-cache"), ("Content-Language", "da"), ("X-Frame-Options", "sameorigin")),
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 10, 31), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#policy-2 + .policy_version"], "remove": [".policy_version a[href=\"#top\"]"]},
}
