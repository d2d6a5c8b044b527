"""Roograhu Sadam (Estonian), a small guest harbour on Saaremaa: Squarespace 7.1 (fluid-engine sections). The
privacy policy page is one page section with two text blocks (the title, then the text; `.sqs-html-content` with
Squarespace's `white-space:pre-wrap` paragraphs) and a second section with an image and a booking button. The
announcement bar and the site context live in the Static.SQUARESPACE_CONTEXT script; the footer is its own
sections with the harbour master's number."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Käesolev privaatsuspoliitika selgitab, kuidas Roograhu Sadam OÜ töötleb sadamat kasutavate külaliste, kohaomanike ja veebilehe külastajte isikuandmeid. Järgime isikuandmete kaitse üldmäärust (EL) 2016/679 ja isikuandmete kaitse seadust.

## 1. Vastutav töötleja

@ Roograhu Sadam OÜ (registrikood 12845671)
@ Roograhu tee 4, Kõiguste küla, Saaremaa vald
@ 94521 Saare maakond
@ Sadamakapten: +372 5123 4567
@ E-post: [info@roograhu.ee](mailto:info@roograhu.ee)

## 2. Milliseid andmeid me kogume

- kontaktandmed: nimi, telefoninumber ja e-posti aadress;
- aluse andmed: paadi nimi, registreerimisnumber, lipuriik ja pikkus;
- meeskonna nimekiri, kui saabute väljastpoolt Schengeni ala;
- sadamakoha broneeringu, sadamatasude ja teenuste (elekter, saun, pesumasin) andmed;
- makseandmed;
- videovalve salvestised;
- veebilehe kasutamise andmed küpsiste abil.

## 3. Andmete töötlemise eesmärgid ja õiguslikud alused

Töötleme andmeid sadamakoha broneerimiseks, sadamateenuste osutamiseks ja arvete esitamiseks (lepingu täitmine). Sadamaseaduse alusel peame arvet sadamasse saabuvate ja sealt lahkuvate aluste üle ning edastame andmed vajaduse korral Transpordiametile ning Politsei- ja Piirivalveametile (juriidiline kohustus). Uudiskirja saadame ainult teie nõusolekul.

## 4. Videovalve

Sadama territooriumil, kaidel ja kütusetankla juures on videovalve, et tagada inimeste ja vara turvalisus. Videovalvest teavitavad sildid. Salvestisi säilitatakse 30 päeva ning neid vaatavad ainult sadamakapten ja turvateenuse osutaja. Salvestisi väljastame üksnes õiguskaitseasutustele.

## 5. Andmete edastamine

Isikuandmeid võime edastada:

- Politsei- ja Piirivalveametile ning Maksu- ja Tolliametile, kui alus saabub väljastpoolt Schengeni ala;
- Transpordiametile sadamaseadusest tulenevate aruannete jaoks;
- turvateenuse osutajale videovalve haldamiseks;
- raamatupidamisteenuse osutajale;
- makseteenuse pakkujale Stripe Payments Europe Ltd kaardimaksete töötlemiseks.

## 6. Külalisteraamat

Sadamahoones on külalisteraamat, kuhu saate soovi korral kirjutada oma nime, paadi nime ja tervituse. Külalisteraamatut säilitame sadama ajaloo osana tähtajatult ning see ei ole veebis avalikult kättesaadav.

## 7. Andmete säilitamine

Broneeringu ja arveldamisega seotud andmeid säilitame raamatupidamise seaduse alusel 7 aastat. Aluste saabumise ja lahkumise registrit säilitame 3 aastat. Uudiskirja andmeid säilitame kuni nõusoleku tagasivõtmiseni.

## 8. Teie õigused

Teil on õigus tutvuda oma isikuandmetega, nõuda nende parandamist või kustutamist, piirata nende töötlemist ning esitada vastuväiteid. Nõusoleku saate igal ajal tagasi võtta. Kui leiate, et teie isikuandmeid töödeldakse õigusvastaselt, võite pöörduda Andmekaitse Inspektsiooni poole ([www.aki.ee](https://www.aki.ee)).

## 9. Küpsised

Veebileht kasutab Squarespace'i platvormi vajalikke küpsiseid ning teie nõusolekul analüütikaküpsiseid. Küpsiste eelistusi saate muuta lehe allosas oleva lingi kaudu.
"""

EDITS = [
    {"note": "words inserted: the vessel's draught added to the vessel data",
     "repl": [("paadi nimi, registreerimisnumber, lipuriik ja pikkus;",
               "paadi nimi, registreerimisnumber, lipuriik, pikkus ja süvis;")]},
    {"note": "recipient list item added: Montonio (bank-link payments)",
     "repl": [("- makseteenuse pakkujale Stripe Payments Europe Ltd kaardimaksete töötlemiseks.",
               "- makseteenuse pakkujale Stripe Payments Europe Ltd kaardimaksete töötlemiseks;\n"
               "- makseteenuse pakkujale Montonio Finance OÜ pangalingimaksete töötlemiseks.")]},
    {"note": "typo fixed (külastajte), date unchanged", "bump": False,
     "repl": [("veebilehe külastajte isikuandmeid", "veebilehe külastajate isikuandmeid")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("Salvestisi säilitatakse 30 päeva", "Salvestisi säilitatakse 14 päeva")]},
    {"note": "section removed (6. guest book), following sections renumbered",
     "repl": [("## 6. Külalisteraamat\n\nSadamahoones on külalisteraamat, kuhu saate soovi korral kirjutada oma nime, "
               "paadi nime ja tervituse. Külalisteraamatut säilitame sadama ajaloo osana tähtajatult ning see ei ole "
               "veebis avalikult kättesaadav.\n\n", ""),
              ("## 7. Andmete säilitamine", "## 6. Andmete säilitamine"),
              ("## 8. Teie õigused", "## 7. Teie õigused"),
              ("## 9. Küpsised", "## 8. Küpsised")]},
    {"note": "harbour master's phone number changed",
     "repl": [("@ Sadamakapten: +372 5123 4567", "@ Sadamakapten: +372 5876 1122")]},
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def _announcement(loc):
    d = loc.date()
    y = d.year
    if dt.date(2024, 7, 5) <= d <= dt.date(2024, 7, 12):
        return ("Kütusetankla on remondi tõttu suletud 5.–12. juulini. Lähim tankla asub Kuivastus.", "/sadamainfo")
    if dt.date(y, 6, 15) <= d <= dt.date(y, 6, 23):
        return ("Jaanipäeva pidu sadamas 23. juunil – lõke, ansambel ja suitsukala!", "/uudised/jaanipaev")
    if dt.date(y, 4, 10) <= d < dt.date(y, 5, 15):
        return ("Sadam avab hooaja 15. mail. Broneeri hooajakoht juba praegu!", "/broneeri")
    if dt.date(y, 5, 15) <= d <= dt.date(y, 9, 15):
        return ("Sadam on avatud iga päev 8–22. Sadamakapten VHF kanalil 10.", "/sadamainfo")
    if dt.date(y, 9, 16) <= d <= dt.date(y, 10, 31):
        return ("Hooaeg lõpeb 30. septembril. Talvehoiu kohad broneeri e-posti teel.", "/talvehoid")
    return ("Sadam on talvel suletud. Talvehoidla on avatud kokkuleppel.", "/talvehoid")


def _release(when):
    """Squarespace ships platform rollups about every two weeks."""
    n = (when.date() - dt.date(2023, 1, 2)).days // 14
    return (K.hex_hash("sqs-rollup-%d" % n, 16), 1400 + n * 3 + (n % 3))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, off = K.local(when, "eet")
    st = {
        "modified": C.keep_or(rng, p.get("modified"), 0.8,
                              lambda: (C.epoch(when) - rng.randint(600, 9 * 86400)) * 1000 + rng.randint(0, 999)),
        "announcement": _announcement(loc),
        "release": _release(when - dt.timedelta(days=1)),
        "tz": off,
        "year": loc.year,
    }
    if p.get("modified") and st["modified"] < p["modified"]:
        st["modified"] = p["modified"] + rng.randint(60000, 86400000)
    return K.ensure_change(st, prev, "modified", lambda: (C.epoch(when) - rng.randint(600, 86400)) * 1000
                           + rng.randint(0, 999))


LABELS = {
    "modified": "site-wide contentModifiedOn in the Squarespace context (any page edited)",
    "announcement": "announcement bar text (context JSON)",
    "release": "Squarespace platform release (rollup hashes, versioned site.css build)",
    "tz": "EET/EEST time-zone offset in the context",
    "year": "footer copyright year",
}

PRE = ' style="white-space:pre-wrap;"'


def _html_block(bid, inner):
    return """<div class="fe-block fe-block-%(bid)s"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" data-sqsp-block="text" id="block-%(bid)s"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>
  %(inner)s
</div>
</div></div></div>""" % {"bid": bid, "inner": inner}


def _text(blocks):
    return K.render_blocks(
        blocks, heading=lambda kind, v, inl: "<%s%s>%s</%s>" % (kind, PRE, inl(v), kind),
        para=lambda v, inl: '<p class=""%s>%s</p>' % (PRE, inl(v)),
        lst=lambda kind, items, inl: '<%s data-rte-list="default">%s</%s>' % (
            kind, "".join('<li><p class=""%s>%s</p></li>' % (PRE, inl(x)) for x in items), kind),
        addr=lambda lines, inl: '<p class=""%s>%s</p>' % (PRE, "<br>".join(inl(x) for x in lines)),
        link=lambda url, label: '<a href="%s"%s>%s</a>' % (
            K.attr(url), ' target="_blank"' if url.startswith("http") else "", K.esc(label)),
        sep="")


SITE = "64a1f3c2b9e4d5a6c7b8e9f0"
TEMPLATE = "5c5a519771986c2d4dcb7e1e"


def render(state, blocks, when):
    rhash, build = state["release"]
    off = state["tz"]
    title, rest = K.title_and_rest(blocks)
    addr = [b for b in rest if b[0] == "addr"][0][1]
    phone = [x for x in addr if x.startswith("Sadamakapten")][0]
    text, url = state["announcement"]
    rollups = {}
    for name in ("squarespace-announcement-bar", "squarespace-cookie-banner", "squarespace-popup-overlay",
                 "squarespace-fluid-engine"):
        short = name.replace("squarespace-", "")
        rollups[name] = {"js": "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.et-EE.js"
                         % (short, K.hex_hash(rhash + name, 16))}
    ctx = {"facebookAppId": "314192535267336", "facebookApiVersion": "v6.0", "rollups": rollups, "pageType": 2,
           "website": {"id": SITE, "identifier": "roograhu", "websiteType": 1,
                       "contentModifiedOn": state["modified"], "cloneable": False, "hasBeenCloneable": False,
                       "siteStatus": {}, "language": "et-EE", "translationLocale": "en-US", "timeZone":
                       "Europe/Tallinn", "machineTimeZoneOffset": off * 3600000, "timeZoneOffset": off * 3600000,
                       "timeZoneAbbr": "EEST" if off == 3 else "EET", "siteTitle": "Roograhu Sadam",
                       "fullSiteTitle": "Privaatsuspoliitika \u2014 Roograhu Sadam", "siteDescription": "",
                       "location": {"mapLat": 58.3621, "mapLng": 22.9874, "addressTitle": "Roograhu Sadam",
                                    "addressLine1": "Roograhu tee 4", "addressLine2": "K\u00f5iguste k\u00fcla",
                                    "addressCountry": "Estonia"},
                       "shareButtonOptions": {"1": True, "7": True}, "authenticUrl": "https://www.roograhu.ee",
                       "internalUrl": "https://roograhu.squarespace.com", "baseUrl": "https://www.roograhu.ee",
                       "primaryDomain": "www.roograhu.ee", "sslSetting": 3, "isHstsEnabled": True,
                       "socialAccounts": [{"serviceId": 60, "screenname": "Facebook", "profileUrl":
                                           "https://www.facebook.com/roograhusadam", "iconEnabled": True}],
                       "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False,
                       "captchaSettings": {"enabledForDonations": False}, "showOwnerLogin": False},
           "websiteSettings": {"id": "64a1f3c2b9e4d5a6c7b8e9f3", "websiteId": SITE, "subjects": [], "country": "EE",
                               "state": "", "simpleLikingEnabled": True,
                               "announcementBarSettings": {"style": 2, "text": '<p data-rte-preserve-empty="true"'
                                                           ' style="white-space:pre-wrap;">%s</p>' % K.esc(text),
                                                           "clickthroughUrl": {"url": url, "newWindow": False}},
                               "popupOverlaySettings": {"style": 1, "enabledPages": []},
                               "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                               "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                               "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault":
                               True, "commentDisableAfterDaysDefault": 0, "disqusShortname": "",
                               "commentsEnabled": False, "businessHours": {}, "storeSettings": {
                                   "returnPolicy": None, "termsOfService": None, "privacyPolicy": None,
                                   "currenciesSupported": ["EUR"], "defaultCurrency": "EUR",
                                   "selectedCurrency": "EUR", "measurementStandard": 2},
                               "useEscapeKeyToLogin": False, "ssBadgeType": 1, "ssBadgePosition": 4,
                               "ssBadgeVisibility": 1, "ssBadgeDevices": 1, "pinterestOverlayOptions":
                               {"mode": "disabled"}},
           "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                              "cookieBannerText": '<p data-rte-preserve-empty="true" style="white-space:pre-wrap;">'
                              "Kasutame küpsiseid, et parandada teie kogemust veebilehel.</p>",
                              "cookieBannerTheme": "LIGHT", "cookieBannerVariant": "BAR",
                              "cookieBannerPosition": "BOTTOM", "cookieBannerCtaVariant": "TEXT",
                              "cookieBannerCtaText": "Nõustun", "cookieBannerAcceptType": "OPT_IN",
                              "cookieBannerOptOutCtaText": "Keeldun", "cookieBannerHasOptOut": True,
                              "cookieBannerHasManageCookies": True, "cookieBannerManageCookiesLabel":
                              "Halda küpsiseid", "cookieBannerSavedPreferencesText": "Küpsiste eelistused",
                              "cookieBannerSavedPreferencesLayout": "PILL"},
           "websiteCloneable": False, "collection": {"title": "Privaatsuspoliitika", "id": "64a2c81d5e3f4a0b9c7d6e12",
                                                     "fullUrl": "/privaatsus", "type": 10, "permissionType": 1},
           "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
           "templateId": TEMPLATE, "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
           "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
           "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/%s/scripts/" % TEMPLATE,
           "impersonatedSession": False, "tzData": {"zones": [[120, "EU", "EE%sT", None]], "rules": {"EU": [
               [1981, "max", None, "Mar", "lastSun", "1:00u", "1:00", "S"],
               [1996, "max", None, "Oct", "lastSun", "1:00u", "0", None]]}},
           "showAnnouncementBar": True, "recaptchaEnterpriseContext": {
               "recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
           "i18nContext": {"timeZoneData": {"id": "Europe/Tallinn", "name": "Eastern European Time"}},
           "env": "PRODUCTION"}
    sec1 = ('<div class="fluid-engine fe-64a2c81d5e3f4a0b9c7d6e15">%s%s</div>'
            % (_html_block("yui_3_17_2_1_1688476112034_4312", "<h1%s>%s</h1>" % (PRE, K.esc(title))),
               _html_block("yui_3_17_2_1_1688476112034_5871", _text(rest))))
    sec2 = ('<div class="fluid-engine fe-64a2c81d5e3f4a0b9c7d6e19"><div class="fe-block '
            'fe-block-yui_3_17_2_1_1688476112034_9002"><div class="sqs-block image-block sqs-block-image" '
            'data-block-type="5" id="block-yui_3_17_2_1_1688476112034_9002"><div class="sqs-block-content">'
            '<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure '
            'class="sqs-block-image-figure intrinsic"><div class="fluid-image-container sqs-image-content">'
            '<img data-stretch="true" data-src="https://images.squarespace-cdn.com/content/v1/%s/1688476598765-'
            'K3QZ7T2MWH1R9E0P5D4N/sadam-ohtul.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" '
            'alt="" loading="lazy" src="https://images.squarespace-cdn.com/content/v1/%s/1688476598765-'
            'K3QZ7T2MWH1R9E0P5D4N/sadam-ohtul.jpg?format=1000w" width="2500" height="1667"></div></figure></div>'
            '</div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1688476112034_9417"><div '
            'class="sqs-block button-block sqs-block-button" data-block-type="53" '
            'id="block-yui_3_17_2_1_1688476112034_9417"><div class="sqs-block-content"><div '
            'class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" '
            'data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/broneeri" '
            'class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">'
            'Broneeri sadamakoht</a></div></div></div></div></div>' % (SITE, SITE))

    def section(sid, theme, inner):
        return ("""<section data-test="page-section" data-section-theme="%(theme)s" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--middle %(theme)s' data-section-id="%(sid)s" data-controller="SectionWrapperController" data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--middle&quot;, &quot;contentWidth&quot;: &quot;content-width--narrow&quot;, &quot;sectionTheme&quot;: &quot;%(theme)s&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}" data-current-context="{&quot;video&quot;: {&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;page&quot;}" data-animation="none" data-fluid-engine-section>
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper" style="">
    <div class="content">
      <div data-fluid-engine="true">%(inner)s</div>
    </div>
  </div>
</section>""" % {"theme": theme, "sid": sid, "inner": inner})

    roll_js = "\n".join(
        '<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["%s"]; })'
        '(SQUARESPACE_ROLLUPS, \'squarespace-%s\');</script>\n<script crossorigin="anonymous" src="%s" defer ></script>'
        % (src, name, src) for name, src in (
            ("polyfiller", "//assets.squarespace.com/universal/scripts-compressed/polyfiller-%s-min.et-EE.js"
             % K.hex_hash(rhash + "poly")),
            ("common-vendors-stable", "//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-"
             "%s-min.et-EE.js" % K.hex_hash(rhash[:6] + "stable")),
            ("common", "//assets.squarespace.com/universal/scripts-compressed/common-%s-min.et-EE.js"
             % K.hex_hash(rhash + "common")),
            ("performance", "//assets.squarespace.com/universal/scripts-compressed/performance-%s-min.et-EE.js"
             % K.hex_hash(rhash + "perf"))))
    doc = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="et-EE"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- roograhu -->
<base href="">
<meta charset="utf-8" />
<title>Privaatsuspoliitika &mdash; Roograhu Sadam</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/%(site)s/2c0f7a81-4b9e-4d3a-8f61-0e5c2d7b9a14/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.roograhu.ee/privaatsus"/>
<meta property="og:site_name" content="Roograhu Sadam"/>
<meta property="og:title" content="Privaatsuspoliitika &mdash; Roograhu Sadam"/>
<meta property="og:url" content="https://www.roograhu.ee/privaatsus"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Privaatsuspoliitika — Roograhu Sadam"/>
<meta itemprop="url" content="https://www.roograhu.ee/privaatsus"/>
<meta name="twitter:title" content="Privaatsuspoliitika — Roograhu Sadam"/>
<meta name="twitter:url" content="https://www.roograhu.ee/privaatsus"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
%(roll_js)s
<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(ctx)s;</script>
<script type="application/ld+json">{"url":"https://www.roograhu.ee","name":"Roograhu Sadam","description":"","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"address":"Roograhu tee 4\\nK\\u00f5iguste k\\u00fcla, Saaremaa vald, 94521\\nEstonia","openingHours":"","@context":"http://schema.org","@type":"LocalBusiness"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/%(site)s/31/%(template)s/%(site)s/%(build)d/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
  </head>

  <body
    id="collection-64a2c81d5e3f4a0b9c7d6e12"
    class="
      primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-solid tertiary-button-shape-square  form-field-style-solid form-field-shape-square form-field-border-all form-field-checkbox-type-icon form-field-checkbox-fill-solid form-field-checkbox-color-inverted form-field-checkbox-shape-square form-field-checkbox-layout-stack form-field-radio-type-icon form-field-radio-fill-solid form-field-radio-color-normal form-field-radio-shape-pill form-field-radio-layout-stack form-field-survey-fill-solid form-field-survey-color-normal form-field-survey-shape-pill form-field-hover-focus-outline form-submit-button-style-label header-overlay-alignment-center header-width-full   tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square tweak-global-animations-animation-type-none tweak-global-animations-animation-style-fade tweak-portfolio-grid-basic-width-full  image-block-poster-text-alignment-center image-block-card-content-position-center image-block-overlap-content-position-center   tweak-product-basic-item-gallery-aspect-ratio-11-square    hide-opentable-icons opentable-style-dark small-button-style-solid small-button-shape-square medium-button-style-solid medium-button-shape-square large-button-style-solid large-button-shape-square image-block-stack-dynamic-font-sizing image-block-poster-dynamic-font-sizing   collection-type-page collection-layout-default collection-64a2c81d5e3f4a0b9c7d6e12 mobile-style-available sqs-seven-one
      
        
          
            
              
            
          
        
      
    "
    tabindex="-1"
  >
    <div
      id="siteWrapper"
      class="clearfix site-wrapper"
    >
      <div class="sqs-announcement-bar-dropzone"></div>
      <header
        data-test="header"
        id="header"
        class="
          light
          header theme-col--primary
        "
        data-section-theme="light"
        data-controller="Header"
        data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;href&quot;: &quot;/broneeri&quot;, &quot;buttonText&quot;: &quot;Broneeri&quot;, &quot;newWindow&quot;: false}, &quot;showSocial&quot;: true, &quot;socialOptions&quot;: {&quot;socialBorderShape&quot;: &quot;none&quot;, &quot;socialBorderStyle&quot;: &quot;outline&quot;, &quot;socialBorderThickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 1.0}}, &quot;sectionTheme&quot;: &quot;light&quot;, &quot;cartStyle&quot;: &quot;cart&quot;, &quot;cartText&quot;: &quot;Cart&quot;, &quot;showButton&quot;: true, &quot;showCart&quot;: false, &quot;showAccountLogin&quot;: false, &quot;headerStyle&quot;: &quot;solid&quot;, &quot;languagePicker&quot;: {&quot;enabled&quot;: false}}"
        data-section-id="header"
        data-header-style="solid"
        data-language-picker="{&quot;enabled&quot;: false}"
      >
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element">
                  <div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Roograhu Sadam</a></div>
                </div>
                <div class="header-nav">
                  <div class="header-nav-wrapper">
                    <nav class="header-nav-list">
                      <div class="header-nav-item header-nav-item--collection"><a href="/sadamainfo" data-animation-role="header-element">Sadamainfo</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/hinnad" data-animation-role="header-element">Hinnad</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/talvehoid" data-animation-role="header-element">Talvehoid</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/uudised" data-animation-role="header-element">Uudised</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/kontakt" data-animation-role="header-element">Kontakt</a></div>
                    </nav>
                  </div>
                </div>
              </div>
              <div class="header-actions header-actions--right">
                <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/broneeri">Broneeri</a></div>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="64a2c81d5e3f4a0b9c7d6e14">
%(sec1)s
%(sec2)s
        </article>
      </main>
      <footer class="sections" id="footer-sections" data-footer-sections>
%(footer)s
      </footer>
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/%(template)s/scripts/site-bundle.%(bundle)s.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4c0-1.5,0.4-2.6,2.6-2.6l2.8,0v-4.8c-0.5-0.1-2.2-0.2-4.1-0.2 c-4.1,0-6.9,2.5-6.9,7V28H24v5.3h4.6V47H34.1z"/></symbol></svg>
<!-- Squarespace Commerce -->
  </body>
</html>
""" % {"site": SITE, "template": TEMPLATE, "roll_js": roll_js,
       "ctx": json.dumps(ctx, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/"),
       "build": build, "bundle": K.hex_hash(rhash + "bundle", 16),
       "sec1": section("64a2c81d5e3f4a0b9c7d6e15", "white", sec1),
       "sec2": section("64a2c81d5e3f4a0b9c7d6e19", "light-bold", sec2),
       "footer": section("64a1f3c2b9e4d5a6c7b8e9f5", "black", _html_block(
           "yui_3_17_2_1_1688471920554_2205",
           '<p class=""%s><strong>Roograhu Sadam</strong> · Roograhu tee 4, Kõiguste küla, Saaremaa · %s · '
           '<a href="mailto:info@roograhu.ee">info@roograhu.ee</a></p><p class=""%s>© %d Roograhu Sadam OÜ · '
           '<a href="/privaatsus">Privaatsuspoliitika</a> · <a href="#" class="sqs-cookie-banner-settings">'
           'Küpsiste eelistused</a></p>' % (PRE, K.esc(phone), PRE, state["year"])))}
    return doc


PAGE = {
    "service": "Roograhu Sadam",
    "url": "https://www.roograhu.ee/privaatsus",
    "lang": "et",
    "platform": "Squarespace 7.1 (fluid engine)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Squarespace"), ("Age", "0"), ("X-Contextid", "Kq8vPz2N/mT4eR7wS"),
                      ("Cache-Control", "no-cache, private")],
    "n": 30,
    "start": dt.date(2023, 5, 1),
    "end": dt.date(2024, 10, 15),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 4, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.roograhu.ee/privaatsus",
        "select": "#sections .sqs-html-content",
    },
}
