"""Bagong Buhay Christian Fellowship, Quezon City - Tagalog - Squarespace 7.1 (page sections, HTML blocks, a
button block and an Events summary block in the same layout), announcement bar."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.bagongbuhayqc.org/patakaran-sa-privacy"
SECTION = "64b0c1e2f3a4b5c6d7e8f901"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["tl"][d.month - 1], d.year)


POLICY = """
Huling binago: {UPDATED}

Ang Bagong Buhay Christian Fellowship ("BBCF", "kami") ay isang simbahang Kristiyano na nakarehistro sa Securities and Exchange Commission bilang non-stock, non-profit na korporasyon. Iginagalang namin ang inyong privacy at pinangangalagaan namin ang personal na impormasyong ibinabahagi ninyo sa amin, alinsunod sa Data Privacy Act of 2012 (Republic Act No. 10173) at sa mga patakaran ng National Privacy Commission.

## Anong impormasyon ang kinokolekta namin

- Pangalan, edad, kasarian, tirahan, numero ng telepono at email address kapag kayo ay nagpalista bilang bagong dalo, miyembro o boluntaryo;
- Impormasyon tungkol sa inyong Life Group, ministeryo at mga kursong natapos ninyo;
- Mga kahilingan sa panalangin (prayer requests) at mga detalye ng pastoral na pagpapayo;
- Mga detalye ng inyong ikapu at handog kapag nagbigay kayo online;
- Impormasyong teknikal gaya ng IP address at uri ng browser kapag binisita ninyo ang aming website;
- Mga mensaheng ipinadala ninyo sa amin sa Facebook Messenger.

## Paano namin ginagamit ang impormasyon

Ginagamit namin ang inyong impormasyon upang kayo ay makilala at masundan ng aming mga pastor at Life Group leaders, upang maipadala sa inyo ang mga anunsyo at devotional, upang maitala at makapagbigay ng resibo para sa inyong mga handog, at upang maayos na maisagawa ang mga gawain ng simbahan tulad ng mga retreat, kasalan at pagbibinyag. Ang mga prayer request ay binabasa lamang ng aming prayer team at hindi ibinabahagi sa iba nang walang pahintulot ninyo.

## Online na pagbibigay

Ang mga handog na ibinibigay sa pamamagitan ng aming website ay pinoproseso ng PayMongo Philippines, Inc. at GCash (Mynt - Globe Fintech Innovations, Inc.). Hindi namin nakikita o iniimbak ang buong numero ng inyong card.

## Kanino namin ibinabahagi ang impormasyon

Hindi namin ibinebenta ang inyong personal na impormasyon. Ibinabahagi lamang namin ito sa aming mga service provider na tumutulong sa amin, gaya ng Squarespace para sa website at Google Workspace para sa email, at sa mga awtoridad kung hinihingi ng batas.

## Gaano katagal namin iniingatan ang impormasyon

Iniingatan namin ang mga talaan ng miyembro habang kayo ay aktibong dumadalo at hanggang tatlong taon pagkatapos nito. Ang mga talaan ng handog ay iniingatan nang sampung taon para sa mga kinakailangan ng Bureau of Internal Revenue.

## Ang inyong mga karapatan

Bilang data subject, may karapatan kayong malaman kung paano ginagamit ang inyong impormasyon, makita at kumuha ng kopya nito, ipaayus ang maling impormasyon, ipabura o ipatigil ang paggamit nito, at magreklamo sa National Privacy Commission.

## Data Protection Officer

@ Bro. Ramon D. Villanueva, Data Protection Officer
@ Bagong Buhay Christian Fellowship
@ 88 Aurora Boulevard, Cubao, Quezon City 1109
@ [dpo@bagongbuhayqc.org](mailto:dpo@bagongbuhayqc.org)
"""

EDITS = [
    {"note": "typo fixed without a new date ('ipaayos' was written 'ipaayus')", "bump": False,
     "repl": [("ipaayus ang maling impormasyon", "ipaayos ang maling impormasyon")]},
    {"note": "Facebook Messenger item removed from the collected data list",
     "repl": [("- Impormasyong teknikal gaya ng IP address at uri ng browser kapag binisita ninyo ang aming website;\n"
               "- Mga mensaheng ipinadala ninyo sa amin sa Facebook Messenger.",
               "- Impormasyong teknikal gaya ng IP address at uri ng browser kapag binisita ninyo ang aming "
               "website.")]},
    {"note": "Planning Center added as a service provider (church management, check-in)",
     "repl": [("gaya ng Squarespace para sa website at Google Workspace para sa email,",
               "gaya ng Squarespace para sa website, Google Workspace para sa email at Planning Center para sa "
               "talaan ng mga miyembro at check-in ng mga bata,")]},
    {"note": "new section: livestream, photos and videos of services",
     "repl": [("## Kanino namin ibinabahagi ang impormasyon",
               "## Livestream, larawan at video\n\n"
               "Ang aming mga Sunday service ay ipinapalabas nang live sa YouTube at Facebook. Maaaring makita sa "
               "livestream, sa mga larawan at sa mga video ang mga dumadalo sa harapang bahagi ng sanktuwaryo. Kung "
               "ayaw ninyong makunan, maaari kayong umupo sa mga upuang may markang \"No Camera Zone\" sa likod.\n\n"
               "## Kanino namin ibinabahagi ang impormasyon")]},
    {"note": "DPO changed and church moved from Cubao to Quezon Avenue",
     "repl": [("@ Bro. Ramon D. Villanueva, Data Protection Officer",
               "@ Sis. Katrina L. Mendoza, Data Protection Officer"),
              ("@ 88 Aurora Boulevard, Cubao, Quezon City 1109", "@ 1250 Quezon Avenue, Brgy. Paligsahan, Quezon "
               "City 1103")]},
    {"note": "GCash replaced by Maya; member records retention three -> five years",
     "repl": [("at GCash (Mynt - Globe Fintech Innovations, Inc.).", "at Maya Philippines, Inc."),
              ("hanggang tatlong taon pagkatapos nito", "hanggang limang taon pagkatapos nito")]},
]

EVENTS = [("Sunday Worship Service", 6, "9:00 AM"), ("Youth Night", 4, "6:30 PM"),
          ("Prayer Meeting", 2, "7:00 PM"), ("Men's Breakfast", 5, "7:00 AM")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"request": C.uuid4(rng), "universal": K.deploy_hash("sqs-universal", when, 6, 12),
         "site": K.deploy_hash("bbcf-site", when, 60, 24)}
    s["verse_img"] = C.keep_or(rng, prev.get("verse_img"), 0.2, lambda: C.hexs(rng, 13))
    return s


LABELS = {"request": "per-request id in Static.SQUARESPACE_CONTEXT", "universal": "Squarespace universal "
          "script/CSS hashes (platform deploys)", "site": "site-bundle / styles version on site edits",
          "verse_img": "hero image id", "events": "Events summary block 'Mga Paparating na Gawain' (INSIDE the "
          "layout, removed)", "bar": "announcement bar (Holy Week, Simbang Gabi, anniversary)"}


def _events(now):
    d = now.date()
    out = []
    for name, wd, hr in EVENTS:
        day = d + dt.timedelta(days=(wd - d.weekday()) % 7 or 7)
        out.append((day, name, hr))
    for y in (d.year, d.year + 1):
        sg = dt.date(y, 12, 16)
        if d < sg <= d + dt.timedelta(days=30):
            out.append((sg, "Simbang Gabi (Christmas Dawn Services)", "4:30 AM"))
        gf = K.easter(y) - dt.timedelta(days=2)
        if d < gf <= d + dt.timedelta(days=30):
            out.append((gf, "Good Friday Service", "3:00 PM"))
    return sorted(out)[:3]


def _bar(d):
    e = K.easter(d.year)
    if K.in_window(d, e, 10, 1):
        return "Semana Santa schedule: Huwebes Santo 7:00 PM, Biyernes Santo 3:00 PM, Easter Sunrise 5:30 AM."
    if d.month == 12 and d.day <= 24:
        return "Simbang Gabi sa BBCF: Disyembre 16–24, 4:30 AM. Magdala ng kaibigan!"
    if d.month == 8:
        return "Ika-%d Anibersaryo ng BBCF – Agosto 25. Isang serbisyo lang, 9:00 AM." % (d.year - 1998)
    return ""


def render(s, blocks, when):
    now, off = K.local(when, "ph")
    d = now.date()
    evs = _events(now)
    s["events"] = tuple((e[0].isoformat(), e[1]) for e in evs)
    bar = _bar(d)
    s["bar"] = bar
    head, secs = C.split_sections(blocks)
    groups = [head]
    for t, bl in secs:
        if len(groups) < 3 and len(groups[-1]) > 2:
            groups.append([])
        groups[-1].extend([("h2", t)] + bl)
    ids = ["block-yui_3_17_2_1_1689313451234_4021", "block-7f3c9a1e5b2d4c8f9a01", "block-d41e8b7a2c6f5e93b812"]
    html_blocks = "".join(
        '<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block '
        'sqs-block-html" data-block-type="2" data-sqsp-block="text" id="%s"><div class="sqs-block-content">'
        '<div class="sqs-html-content" data-sqsp-text-block-content>%s</div></div></div></div></div>'
        % (ids[n], K.render_blocks(g, tags={"p": ' class="" style="white-space:pre-wrap;"'}))
        for n, g in enumerate(groups))
    button = ('<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block button-block '
              'sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1689313451234_9911"><div '
              'class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" '
              'data-animation-role="button" data-alignment="center" data-button-size="medium"><a '
              'href="/magbigay" class="sqs-block-button-element--medium sqs-button-element--primary '
              'sqs-block-button-element">Magbigay Online</a></div></div></div></div></div>')
    items = "".join(
        '<div class="summary-item summary-item-record-type-event"><div class="summary-thumbnail-outer-container">'
        '<div class="summary-thumbnail-event-date"><span class="summary-thumbnail-event-date-month">%s</span><span '
        'class="summary-thumbnail-event-date-day">%d</span></div></div><div class="summary-content"><div '
        'class="summary-title"><a href="/events/%s" class="summary-title-link">%s</a></div><div '
        'class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">%s'
        '</time> <span class="event-time-12hr">%s</span></div></div></div>'
        % (e.strftime("%b"), e.day, C.det_sha(n, e)[:10], C.esc(n), e.strftime("%A, %B %-d, %Y"), h) for e, n, h in evs)
    summary = ('<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block '
               'summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1690000000000_'
               '2222"><div class="sqs-block-content"><div class="summary-block-header"><h3 class="summary-heading">'
               'Mga Paparating na Gawain</h3></div><div class="summary-item-list-container sqs-gallery-container">'
               '<div class="summary-item-list">%s</div></div></div></div></div></div>' % items)
    u, site = s["universal"], s["site"]
    ctx = ('{"facebookAppId":"314192535267336","rollups":{"squarespace-announcement-bar":{"js":"//assets.'
           'squarespace.com/universal/scripts-compressed/announcement-bar-%s-min.en-US.js"}},"pageType":2,'
           '"website":{"id":"5f1a2b3c4d5e6f7a8b9c0d1e","identifier":"bagongbuhay-qc","websiteType":1,'
           '"contentModifiedOn":'
           '%d,"cloneable":false,"siteStatus":{},"language":"en-PH","timeZone":"Asia/Manila","machineTimeZoneOffset":'
           '28800000,"timeZoneOffset":28800000,"timeZoneAbbr":"PST"},"templateVersion":"7.1","requestId":"%s",'
           '"impersonatedSession":false,"tzData":{"zones":[[480,null,null,"PST"]],"rules":{}}}'
           % (u, C.epoch(when) * 1000 - 86400000 * (int(site[:4], 16) % 20), s["request"]))
    return (
        '<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/'
        '2008/fbml" lang="en-PH">\n<head>\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<!-- This is Squarespace. --><!-- bagongbuhay-qc -->\n<base href="">\n<meta charset="utf-8" />\n'
        '<title>Patakaran sa Privacy &mdash; Bagong Buhay Christian Fellowship</title>\n'
        '<link rel="canonical" href="%s"/>\n'
        '<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-'
        'runtime-%s-min.en-US.js"></script>\n'
        '<link rel="stylesheet" type="text/css" href="//assets.squarespace.com/universal/styles-compressed/'
        'user-account-core-%s-min.en-US.css">\n'
        '<script>Static.SQUARESPACE_CONTEXT = %s;</script>\n'
        '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/'
        '5f1a2b3c4d5e6f7a8b9c0d1e/%d/5c5a519771c10ba3470d8101/5f1a2b3c4d5e6f7a8b9c0d25/1522/site.css"/>\n'
        '</head>\n<body id="collection-5f1a2b3c4d5e6f7a8b9c0e44" class="primary-button-style-solid '
        'primary-button-shape-pill header-width-full tweak-global-animations-enabled '
        'tweak-global-animations-animation-type-fade collection-type-page view-item '
        'collection-5f1a2b3c4d5e6f7a8b9c0e44 mobile-style-available sqs-seven-one" tabindex="-1">\n'
        '<div id="siteWrapper" class="clearfix site-wrapper">\n%s'
        '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div '
        'class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div '
        'class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.'
        'squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/logo-bbcf.png?format=1500w" alt="Bagong Buhay '
        'Christian Fellowship"></a></div><nav class="header-nav-list"><div class="header-nav-item"><a '
        'href="/tungkol">Tungkol sa Amin</a></div><div class="header-nav-item"><a href="/life-groups">Life Groups</a>'
        '</div><div class="header-nav-item"><a href="/mensahe">Mga Mensahe</a></div><div class="header-nav-item">'
        '<a href="/magbigay">Magbigay</a></div></nav></div></div></header>\n'
        '<main id="page" class="container" role="main">\n<article class="sections" id="sections" '
        'data-page-sections="64b0c1e2f3a4b5c6d7e8f900">\n'
        '<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section '
        'layout-engine-section background-width--full-bleed section-height--small content-width--wide '
        'horizontal-alignment--center vertical-alignment--middle" data-section-id="64b0c1e2f3a4b5c6d7e8f900">'
        '<div class="section-background"><img data-src="https://images.squarespace-cdn.com/content/v1/'
        '5f1a2b3c4d5e6f7a8b9c0d1e/%s/hero-worship.jpg" alt=""></div><div class="content-wrapper"><div '
        'class="content"><h1 style="white-space:pre-wrap;">Patakaran sa Privacy</h1></div></div></section>\n'
        '<section data-test="page-section" data-section-theme="white" class="page-section content-width--narrow '
        'horizontal-alignment--center" data-section-id="%s"><div class="content-wrapper"><div class="content">'
        '<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s">%s%s%s'
        '</div></div></div></section>\n</article>\n</main>\n'
        '<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div '
        'class="content-wrapper"><div class="content"><p>Sunday Service 9:00 AM · 1250 Quezon Avenue, Quezon City'
        '</p><p>&copy; %d Bagong Buhay Christian Fellowship</p></div></div></section></footer>\n</div>\n'
        '<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/'
        'site-bundle.%s.js" type="text/javascript"></script>\n</body>\n</html>\n'
        % (URL, u, C.det_sha(u, "css")[:12], ctx, C.epoch(when) // 86400 - int(site[:3], 16),
           '<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div '
           'class="sqs-announcement-bar-content"><p>%s</p></div></div></div>\n' % C.esc(bar) if bar else "",
           s["verse_img"], SECTION, SECTION, html_blocks, button, summary, d.year, site[:20]))


PAGE = {
    "service": "Bagong Buhay Christian Fellowship", "url": URL, "lang": "tl-PH",
    "platform": "Squarespace 7.1", "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 5, 10), "hours": (0, 3, 6, 11),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['section[data-section-id="%s"] .sqs-layout' % SECTION],
                    "remove": [".sqs-block-summary-v2", ".sqs-block-button"]},
}
