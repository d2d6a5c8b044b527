"""SimbaPesa (Simba Mobile, Tanzania mobile money) - sw - Liferay Portal 7.0 CE, upgraded to Liferay DXP 7.4 in 2024.
The page holds two Web Content Display portlets, the SimbaPesa privacy policy and the cookie notice, both
`.journal-content-article`, so the selector is scoped by the portlet instance id. Liferay.authToken / p_auth per
session, combo-servlet timestamps, service-status bar, tariff portlet (levy revisions), cross-border FX portlet,
"Habari" asset publisher rotation, decorated portlet topper title outside the article."""
import datetime as dt
import common as C

URL = "https://www.simbamobile.co.tz/sw/simbapesa/sera-ya-faragha"
MIEZI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MIEZI[d.month - 1], d.year)


POLICY = """
# Sera ya Faragha ya SimbaPesa

Imesasishwa mwisho: {UPDATED}

Simba Mobile Money Tanzania Limited ("SimbaPesa", "sisi") inaheshimu faragha yako. Sera hii inaeleza jinsi tunavyokusanya, kutumia, kuhifadhi na kulinda taarifa zako binafsi unapotumia huduma za SimbaPesa kupitia USSD, programu ya SimbaPesa au mawakala wetu.

## 1. Kuhusu sisi

SimbaPesa ni huduma ya fedha kwa njia ya simu inayotolewa na Simba Mobile Money Tanzania Limited, yenye leseni ya kutoa fedha za kielektroniki kutoka Benki Kuu ya Tanzania.

## 2. Taarifa tunazokusanya

- Taarifa za utambulisho: jina lako, namba ya Kitambulisho cha Taifa (NIDA), tarehe ya kuzaliwa na picha yako;
- Namba yako ya simu na taarifa za laini yako ya Simba Mobile;
- Taarifa za miamala: kiasi, tarehe, mpokeaji, mtumaji na salio la akaunti yako;
- Taarifa za kifaa na mahali ulipo unapotumia programu ya SimbaPesa;
- Taarifa za mawasiliano yako na huduma kwa wateja, ikiwemo rekodi za simu.

## 3. Jinsi tunavyotumia taarifa zako

Tunatumia taarifa zako kukusajili na kuthibitisha utambulisho wako, kutekeleza miamala yako, kuzuia udanganyifu na utakatishaji wa fedha haramu, kukupa huduma kwa wateja, na kukutumia taarifa za ofa ikiwa umekubali kuzipokea.

## 4. Tunaowashirikisha taarifa zako

| Mshirika | Madhumuni |
| Mawakala wa SimbaPesa | Kuweka na kutoa fedha |
| Benki na watoa huduma za malipo | Kuhamisha fedha kati ya SimbaPesa na akaunti za benki |
| Mamlaka za serikali (BoT, FIU, TRA) | Kutimiza matakwa ya sheria |

Hatuuzi taarifa zako binafsi kwa mtu yeyote.

## 5. Muda wa kuhifadhi taarifa

Tunahifadhi taarifa za usajili na miamala kwa muda wa miaka 5 baada ya akaunti yako kufungwa, kama inavyotakiwa na sheria ya kuzuia utakatishaji wa fedha haramu.

## 6. Haki zako

Kwa mujibu wa sheria zinazotumika Tanzania, una haki ya kupata taarifa zako, kuomba zirekebishwe au zifutwe, na kupinga matumizi ya taarifa zako kwa ajili ya matangazo.

## 7. Wasiliana nasi

Kwa maswali kuhusu sera hii, wasiliana na Afisa wetu wa Ulinzi wa Taarifa kwa barua pepe [faragha@simbamobile.co.tz](mailto:faragha@simbamobile.co.tz) au piga simu 100 bila malipo.

@ Simba Mobile Money Tanzania Limited
@ Jengo la Simba, Barabara ya Ali Hassan Mwinyi
@ S.L.P 77120, Dar es Salaam
"""

EDITS = [
    {"note": "partners table: new row for partner banks of the 'SimbaPesa Kopa' micro-loan service",
     "repl": [("| Mamlaka za serikali (BoT, FIU, TRA) |", "| Benki washirika wa SimbaPesa Kopa | Kutathmini maombi ya mikopo midogo na kutoa mikopo |\n| Mamlaka za serikali (BoT, FIU, TRA) |")]},
    {"note": "data-collected list reworded: location only with permission (date not bumped)", "bump": False,
     "repl": [("- Taarifa za kifaa na mahali ulipo unapotumia programu ya SimbaPesa;", "- Taarifa za kifaa, na mahali ulipo ikiwa umeruhusu, unapotumia programu ya SimbaPesa;")]},
    {"note": "retention period changed from 5 to 10 years",
     "repl": [("kwa muda wa miaka 5 baada ya", "kwa muda wa miaka 10 baada ya")]},
    {"note": "rights section now cites the Personal Data Protection Act 2022 and the right to complain to the PDPC",
     "repl": [("Kwa mujibu wa sheria zinazotumika Tanzania, una haki", "Kwa mujibu wa Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022, una haki"),
              ("kupinga matumizi ya taarifa zako kwa ajili ya matangazo.", "kupinga matumizi ya taarifa zako kwa ajili ya matangazo. Ikiwa hujaridhika, unaweza kuwasilisha malalamiko kwa Tume ya Ulinzi wa Taarifa Binafsi (PDPC).")]},
    {"note": "contact changed: DPO e-mail and postal box",
     "repl": [("[faragha@simbamobile.co.tz](mailto:faragha@simbamobile.co.tz)", "[dpo@simbamobile.co.tz](mailto:dpo@simbamobile.co.tz)"),
              ("@ S.L.P 77120, Dar es Salaam", "@ S.L.P 31455, Dar es Salaam")]},
]

COOKIES = [
    (dt.datetime(2000, 1, 1), "<h3>Sera ya Vidakuzi</h3><p>Tovuti hii inatumia vidakuzi (cookies) ili kukumbuka lugha uliyochagua na kupima matumizi ya tovuti.</p>"),
    (dt.datetime(2022, 11, 3), "<h3>Sera ya Vidakuzi</h3><p>Tovuti hii inatumia vidakuzi (cookies) ili kukumbuka lugha uliyochagua na kupima matumizi ya tovuti kupitia Google Analytics.</p><p>Unaweza kuzima vidakuzi kupitia mipangilio ya kivinjari chako.</p>"),
    (dt.datetime(2025, 4, 14), "<h3>Sera ya Vidakuzi</h3><p>Tovuti hii inatumia vidakuzi vya lazima na, kwa idhini yako, vidakuzi vya takwimu na matangazo.</p><p>Unaweza kubadilisha idhini yako wakati wowote kwa kubofya \"Mipangilio ya vidakuzi\" chini ya ukurasa.</p>"),
]
TARIFFS = [  # (from, [(band, fee)...]) - levy revisions
    (dt.datetime(2000, 1, 1), [("1,000 - 9,999", "TSh 300"), ("10,000 - 49,999", "TSh 700"), ("50,000 - 199,999", "TSh 1,500")]),
    (dt.datetime(2021, 7, 15), [("1,000 - 9,999", "TSh 300 + tozo TSh 170"), ("10,000 - 49,999", "TSh 700 + tozo TSh 1,500"), ("50,000 - 199,999", "TSh 1,500 + tozo TSh 4,000")]),
    (dt.datetime(2021, 9, 7), [("1,000 - 9,999", "TSh 300 + tozo TSh 120"), ("10,000 - 49,999", "TSh 700 + tozo TSh 1,050"), ("50,000 - 199,999", "TSh 1,500 + tozo TSh 2,800")]),
    (dt.datetime(2022, 10, 1), [("1,000 - 9,999", "TSh 250 + tozo TSh 80"), ("10,000 - 49,999", "TSh 650 + tozo TSh 700"), ("50,000 - 199,999", "TSh 1,400 + tozo TSh 1,850")]),
]
NEWS = [("SimbaPesa yazindua huduma ya kulipa ada za shule", "/sw/habari/ada-za-shule"), ("Tuma pesa Kenya na Uganda kwa SimbaPesa", "/sw/habari/tuma-nje"),
        ("Jihadhari na matapeli: SimbaPesa haitakuomba PIN yako", "/sw/habari/tahadhari"), ("Mawakala 5,000 wapya mikoani", "/sw/habari/mawakala"),
        ("SimbaPesa Kopa: mkopo hadi TSh 500,000", "/sw/habari/kopa"), ("Lipa kwa QR kwenye maduka makubwa", "/sw/habari/lipa-qr")]
STATUS = [("success", "Huduma zote za SimbaPesa zinafanya kazi kawaida."), ("success", "Huduma zote za SimbaPesa zinafanya kazi kawaida."),
          ("warning", "Miamala ya benki kwenda SimbaPesa inachelewa kidogo. Tunashughulikia."),
          ("info", "Matengenezo yaliyopangwa: Jumapili saa 8:00 - 10:00 usiku.")]
UPGRADE = dt.datetime(2024, 3, 18)
INST = "xR4tK9mQ2sLp"
INST2 = "Cq7WnB3eZa0d"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["auth"] = C.alnum(rng, 8)
    s["session"] = C.alnum(rng, 32, "0123456789ABCDEF")
    s["combo_t"] = C.keep_or(rng, prev.get("combo_t"), 0.3, lambda: str(int((when - dt.datetime(1970, 1, 1)).total_seconds() - rng.randint(3600, 90 * 86400)) * 1000))
    s["design"] = "7.4" if when >= UPGRADE else "7.0"
    s["status"] = rng.choice(STATUS)
    s["tariff"] = max(n for n, (d, _) in enumerate(TARIFFS) if when >= d)
    s["fx"] = (round(rng.uniform(19.5, 21.8), 2), round(rng.uniform(0.60, 0.70), 3))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.6, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["cookie_doc"] = max(n for n, (d, _) in enumerate(COOKIES) if when >= d)
    return s


LABELS = {
    "auth": "Liferay.authToken / p_auth (per session)",
    "session": "JSESSIONID-derived themeDisplay session id",
    "combo_t": "combo servlet / theme resource t= timestamps",
    "design": "Liferay 7.0 -> DXP 7.4 upgrade (theme and portlet decorator markup)",
    "status": "service-status bar",
    "tariff": "tariff portlet (mobile-money levy revisions)",
    "fx": "cross-border FX portlet (KES, UGX)",
    "news": "'Habari' asset publisher rotation",
    "cookie_doc": "second web-content portlet on the page (cookie notice) revised",
}


def portlet(inst, title, inner, design, asset_id, asset_title):
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + inst
    article = ('<div class="journal-content-article" data-analytics-asset-id="%s" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">\n%s\n</div>'
               % (asset_id, asset_title, inner))
    if design == "7.0":
        return ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-decorate portlet-journal-content " id="p_p_id_%s_">'
                '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><header class="portlet-topper"><h2 class="portlet-title-text">%s</h2></header>'
                '<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">%s<div class="content-metadata-asset-addon-entries"></div></div></div></div></section></div>'
                % (pid, pid, pid, title, article))
    return ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end decorate portlet-journal-content" id="p_p_id_%s_">'
            '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
            '<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">%s</h2></div><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
            '<div class=" portlet-content-container"><div class="portlet-body"><div class="clearfix journal-content-article-container">%s</div>'
            '<div class="content-metadata-asset-addon-entries"></div></div></div></div></section></div>'
            % (pid, pid, pid, title, article))


def render(s, blocks, when):
    auth, d = s["auth"], s["design"]
    t = s["combo_t"]
    policy = C.blocks_html(blocks)
    cookies = COOKIES[s["cookie_doc"]][1]
    tariff = "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in TARIFFS[s["tariff"]][1])
    news = "".join('<li class="list-group-item"><a href="%s">%s</a></li>' % NEWS[k] for k in s["news"])
    st_cls, st_txt = s["status"]
    theme = "simbamobile_WAR_simbamobiletheme" if d == "7.0" else "simbamobile2024_WAR_simbamobile2024theme"
    p1 = portlet(INST, "Sera ya Faragha", policy, d, "43512", blocks[0][1])
    p2 = portlet(INST2, "Vidakuzi", cookies, d, "43988", "Sera ya Vidakuzi")
    side = ('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hB7v2KqP1wXz_">'
            '<section class="portlet"><h2 class="portlet-title-text">Habari</h2><ul class="list-group">%s</ul></section></div>'
            '<div class="portlet-boundary tariff-portlet" id="p_p_id_tz_co_simbamobile_tariff_TariffPortlet_"><section class="portlet"><h2 class="portlet-title-text">Gharama za kutuma pesa</h2>'
            '<table class="table table-striped"><thead><tr><th>Kiasi (TSh)</th><th>Ada</th></tr></thead><tbody>%s</tbody></table></section></div>'
            '<div class="portlet-boundary fx-portlet" id="p_p_id_tz_co_simbamobile_fx_FxRatesPortlet_"><section class="portlet"><h2 class="portlet-title-text">Tuma pesa nje ya nchi</h2>'
            '<p>1 KES = TSh %.2f</p><p>1 UGX = TSh %.3f</p><p class="small">Viwango vinaweza kubadilika.</p></section></div>'
            % (news, tariff, s["fx"][0], s["fx"][1]))
    return ('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="sw-TZ">\n\n<head>\n\t<title>Sera ya Faragha - SimbaPesa - Simba Mobile</title>\n'
            '\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
            '<link data-senna-track="temporary" href="%s" rel="canonical" />\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="https://www.simbamobile.co.tz/o/%s/css/main.css?browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=sw_TZ&amp;t=%s" id="liferayThemeCSS" rel="stylesheet" type="text/css" />\n'
            '<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.Browser = {};\n'
            'var themeDisplay = Liferay.ThemeDisplay = {getCompanyId: function() {return "20101";},getLanguageId: function() {return "sw_TZ";},'
            'getPlid: function() {return "118";},getSessionId: function() {return "%s";},getPathThemeImages: function() {return "https://www.simbamobile.co.tz/o/%s/images";},'
            'isSignedIn: function() {return false;}};\nLiferay.authToken = \'%s\';\nLiferay.currentURL = \'\\x2fsw\\x2fsimbapesa\\x2fsera-ya-faragha\';\n'
            'Liferay.currentURLEncoded = \'\\x252Fsw\\x252Fsimbapesa\\x252Fsera-ya-faragha\';\n// ]]>\n</script>\n'
            '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=sw_TZ&amp;t=%s&amp;/o/frontend-js-web/liferay/aui_deprecated.js" type="text/javascript"></script>\n'
            '</head>\n\n<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site">\n'
            '<div class="d-flex flex-column min-vh-100"><div class="alert alert-%s service-status mb-0" role="status">%s <a href="/sw/hali-ya-huduma">Zaidi</a></div>\n'
            '<div class="d-flex flex-column flex-fill position-relative" id="wrapper">\n'
            '<header id="banner"><div class="navbar navbar-classic navbar-top"><a class="logo custom-logo" href="https://www.simbamobile.co.tz/sw" title="Nenda kwa Simba Mobile">'
            '<img alt="Simba Mobile" src="/image/layout_set_logo?img_id=40210&amp;t=%s" /></a>'
            '<nav id="navigation" role="navigation"><ul role="menubar"><li><a href="/sw/binafsi">Binafsi</a></li><li><a href="/sw/simbapesa">SimbaPesa</a></li>'
            '<li><a href="/sw/biashara">Biashara</a></li><li><a href="/sw/msaada">Msaada</a></li></ul></nav>'
            '<div class="language"><a href="/c/portal/update_language?p_l_id=118&amp;redirect=%%2Fsw%%2Fsimbapesa%%2Fsera-ya-faragha&amp;languageId=en_US&amp;p_auth=%s">English</a></div>'
            '<a class="sign-in" data-redirect="false" href="https://www.simbamobile.co.tz/c/portal/login?p_l_id=118&amp;p_auth=%s" rel="nofollow">Ingia</a></div>'
            '<div class="ussd-banner">Piga <strong>*150*88#</strong> kutumia SimbaPesa bila intaneti</div></header>\n'
            '<section class="container-fluid flex-fill" id="content"><div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">'
            '<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">\n'
            '%s\n%s\n</div></div><div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">%s</div></div>'
            '</div></div></section>\n'
            '<footer id="footer" role="contentinfo"><p>Simba Mobile Money Tanzania Limited imepewa leseni na Benki Kuu ya Tanzania kutoa huduma za fedha za kielektroniki.</p>'
            '<p>&copy; %d Simba Mobile. Haki zote zimehifadhiwa.</p></footer>\n</div></div>\n'
            '<script type="text/javascript">\n// <![CDATA[\nLiferay.Portlet.register(\'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s\');\n'
            'Liferay.Portlet.onLoad({canEditTitle: false,columnPos: 0,isStatic: \'end\',namespacedId: \'p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s_\','
            'portletId: \'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s\',refreshURL: \'\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d118\\x26p_auth\\x3d%s\'});\n// ]]>\n</script>\n'
            '</body>\n\n</html>\n'
            % (URL, theme, theme, t, s["session"], theme, auth, t, st_cls, st_txt, t, auth, auth, p1, p2, side, when.year, INST, INST, INST, auth))


PAGE = {
    "service": "SimbaPesa", "url": URL, "lang": "sw", "platform": "Liferay 7.0 CE -> DXP 7.4",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("X-Content-Type-Options", "nosniff"), ("Cache-Control", "private, no-cache, no-store, must-revalidate")),
    "n": 28, "start": dt.date(2021, 5, 10), "end": dt.date(2026, 7, 1), "hours": (0, 6, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + INST + " .journal-content-article"]},
}
