"""Kauri Coast District Council - Privacy statement - en-NZ - Squiz Matrix, migrated to OpenCities (Granicus) in
February 2024.

Harder features: the site moves CMS mid-history (all markup and the content container change; the curators'
selector changes too: declarations/….history.json keeps the Squiz-era selector with its validUntil); the CMS's
"Page last updated" stamp moves at every republish, and the statement also carries its own "last reviewed" month
(the curator keeps the statement's own line, which is inside the text, and drops the CMS stamp); alert band
(restricted fire season, slips and road closures, water restrictions); "Was this page helpful?" inside <main>."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.kauricoast.govt.nz/your-council/privacy-statement"
MIGRATION = dt.datetime(2024, 2, 19, 6)


def fmt_date(d):
    return d.strftime("%B %Y")


POLICY = """
# Privacy statement

Kauri Coast District Council collects, holds, uses and discloses personal information in line with the Privacy Act 2020 and its 13 information privacy principles. This statement explains what we do with your information when you deal with us in person, by phone, in writing, through our website or through our online services.

This statement was last reviewed in {UPDATED}.

## What personal information we collect

We collect personal information that you give us when you apply for a consent or licence, register a dog, pay your rates, book a facility, make a request for service or make a submission. This may include your name, contact details, date of birth, property details, and payment information.

We also collect information from other sources where the law allows it, for example from Land Information New Zealand about property ownership, or from the New Zealand Police when we assess an application for an alcohol licence.

When you visit our website we collect anonymous statistics such as the pages you visit and the type of browser you use. We use Google Analytics for this, and we do not try to identify individual visitors.

## Why we collect it

We collect personal information so that we can:

- provide services and facilities to you and process your applications
- carry out our functions under the Local Government Act 2002, the Resource Management Act 1991, the Building Act 2004, the Dog Control Act 1996 and other legislation
- respond to requests for service and complaints
- bill and collect rates, fees and charges
- consult with you and keep you informed about council activities
- enforce bylaws and legislation

If you do not give us the information we need, we may not be able to provide the service you have asked for.

## Who we share it with

We may share your personal information with:

- contractors who deliver services on our behalf, such as our roading and water maintenance contractors, who must keep your information confidential
- other public sector agencies, where the law requires or allows it
- debt collection agencies, if rates or fees remain unpaid
- Northland Regional Council, for the collection of regional rates

Some information we hold is public. The rating information database, which shows property owners and rateable values, is available for public inspection under the Local Government (Rating) Act 2002. Submissions on council proposals, including the submitter's name, are published in council agendas unless you ask us to withhold your contact details.

## Official information requests

Information we hold may be requested by anyone under the Local Government Official Information and Meetings Act 1987 (LGOIMA). We will consider your privacy before releasing any information, and will only release personal information where there is a good reason to do so.

## Dog registration

When you register a dog we record your name, address, date of birth and phone number, and details of the dog, including its microchip number. We share this information with the National Dog Database, managed by the Department of Internal Affairs, as required by the Dog Control Act 1996. Information about menacing or dangerous dogs may be shared with the New Zealand Police.

## Phone calls and council meetings

Calls to our customer services team may be recorded for training and quality purposes. We will tell you at the start of the call, and recordings are deleted after three months.

Council and committee meetings are livestreamed and recorded, and the recordings are published on our website and YouTube channel. If you speak in the public forum or at a hearing, your name, image and what you say will be part of the public record.

## Building and resource consents

Information in building and resource consent applications becomes part of the property file for that property. Property files can be viewed by anyone who requests them under LGOIMA, although we remove personal contact details and commercially sensitive information before release where we can.

## CCTV

We operate CCTV cameras in the town centres of Dargaville and Kaihu, at our transfer stations and at council facilities, to help prevent crime and protect public safety. Footage is kept for 30 days unless it is needed for an investigation, and may be provided to the New Zealand Police.

## Online payments

Payments made on our website are processed by Windcave. We do not store your full card details.

## How we store and protect your information

We store personal information securely on our systems and in our records management system. We keep information in line with the Public Records Act 2005 and the disposal schedules approved by Archives New Zealand, which means some records are kept permanently.

If we hold information about you that is no longer needed and is not required to be kept under the Public Records Act 2005, we will securely destroy it. If a privacy breach occurs that is likely to cause serious harm, we will notify you and the Privacy Commissioner as required by the Privacy Act 2020.

## Accessing and correcting your information

You have the right to ask for a copy of the personal information we hold about you, and to ask us to correct it if you think it is wrong. To make a request, contact our Privacy Officer. We will respond as soon as possible and within 20 working days.

## Contact us

If you have any questions about this statement or about how we handle your personal information, please contact:

@ Privacy Officer
@ Kauri Coast District Council
@ Private Bag 1002, Dargaville 0340
@ [privacy@kauricoast.govt.nz](mailto:privacy@kauricoast.govt.nz)
@ 0800 528 742

If you are not satisfied with our response, you can make a complaint to the [Office of the Privacy Commissioner](https://www.privacy.org.nz).
"""

EDITS = [
    {"note": "new section 'Antenno app' (push alerts, optional location, no account)",
     "repl": [("## Online payments", "## Antenno app\n\nWe use the Antenno app to send alerts about water outages, road closures and civil defence events. You do not need to create an account. If you report an issue through the app, we receive the details and location you provide, and a photo if you add one.\n\n## Online payments")]},
    {"note": "CCTV: Te Kopuru added, retention 30 -> 31 days; Privacy Officer phone number changed (review month not changed)", "bump": False,
     "repl": [("in the town centres of Dargaville and Kaihu,", "in the town centres of Dargaville, Kaihu and Te Kopuru,"),
              ("Footage is kept for 30 days unless", "Footage is kept for 31 days unless"),
              ("@ 0800 528 742", "@ 0800 528 743")]},
    {"note": "after the OpenCities move: website analytics paragraph rewritten (Google Analytics 4, Siteimprove), "
             "new paragraph on the online services portal (MyKauriCoast, RealMe login)",
     "repl": [("We use Google Analytics for this, and we do not try to identify individual visitors.",
               "We use Google Analytics 4 and Siteimprove for this. These tools set cookies, and we do not try to identify individual visitors.\n\n"
               "If you use our online services portal, MyKauriCoast, you can log in with RealMe. We receive your RealMe login name and email address but never your RealMe password.")]},
    {"note": "new shared-services provider: Northland councils' shared regional GIS and records platform (Northland Local Authority Shared Services)",
     "repl": [("- Northland Regional Council, for the collection of regional rates",
               "- Northland Regional Council, for the collection of regional rates\n- Northland Local Authority Shared Services, which hosts our property information and records systems on behalf of the Northland councils")]},
    {"note": "Privacy Amendment Act 2025: new IPP3A section (notification when personal information is collected "
             "from someone else, from 1 May 2026)",
     "repl": [("## Why we collect it",
               "From 1 May 2026, information privacy principle 3A requires us to tell you when we collect personal information about you from someone other than you, unless an exception applies. We will tell you what we collected, why, and who it came from, as soon as practicable.\n\n## Why we collect it")]},
]

ALERTS = [("fire", "Restricted fire season", "A restricted fire season is in place across the district. You need a permit from Fire and Emergency NZ to light an open-air fire.", "https://www.checkitsalright.nz"),
          ("road", "Road closure", "Kaihu Valley Road is closed at the Opanake Road intersection due to a slip. Please use the detour via SH12.", "/roads/road-closures"),
          ("water", "Water restrictions", "Level 2 water restrictions are in place in Dargaville and Baylys Beach. No garden sprinklers or hoses.", "/water/restrictions"),
          ("cd", "State of emergency", "A local state of emergency has been declared. Stay off the roads unless your journey is essential.", "/civil-defence")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cms"] = "opencities" if when >= MIGRATION else "squiz"
    s["stamp"] = C.keep_or(rng, prev.get("stamp"), 0.35,
                           lambda: when - dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600)))
    if prev and s["cms"] != prev.get("cms"):
        s["stamp"] = MIGRATION - dt.timedelta(days=3, hours=2, minutes=17)
    summer = when.month in (12, 1, 2, 3)
    cyclone = dt.datetime(2023, 2, 12) <= when < dt.datetime(2023, 3, 15)
    s["alerts"] = tuple(k for k, a in [(0, summer), (1, rng.random() < 0.2 or cyclone), (2, summer and rng.random() < 0.5), (3, cyclone)] if a)
    s["token"] = C.b64tok(rng, 48) if when >= MIGRATION else C.hexs(rng, 32)
    s["helpful"] = C.keep_or(rng, prev.get("helpful"), 0.3, lambda: C.hexs(rng, 8))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.6, lambda: rng.randint(0, 6))
    return s


LABELS = {
    "cms": "CMS migration Squiz Matrix -> OpenCities (all chrome and content container markup)",
    "stamp": "CMS 'Page last updated' stamp (republish)",
    "alerts": "alert band (fire season, road closure, water restrictions, civil defence)",
    "token": "per-request token (Squiz form nonce / OpenCities __RequestVerificationToken)",
    "helpful": "'Was this page helpful?' widget id",
    "news": "latest news teaser in footer",
}
NEWS = ["Long Term Plan 2024-2034 adopted", "Dargaville pool opens for summer", "Have your say on the dog control bylaw",
        "Rates rebates: apply by 30 June", "New library hours from 1 July", "Kaihu bridge replacement begins", "Local elections: enrol now"]
TRACK = {"blocks": None}


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def render(s, blocks, when):
    if TRACK["blocks"] is not None and blocks != TRACK["blocks"]:
        s["stamp"] = when - dt.timedelta(days=when.day % 4, hours=3)
    TRACK["blocks"] = blocks
    h1 = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    st = s["stamp"]
    news = NEWS[s["news"]]
    if s["cms"] == "squiz":
        alerts = "".join('<div class="alert alert--%s"><div class="container"><strong>%s:</strong> %s <a href="%s">More information</a></div></div>' % (ALERTS[k][0], ALERTS[k][1], ALERTS[k][2], ALERTS[k][3])
                         for k in s["alerts"])
        return ('<!DOCTYPE html>\n<html lang="en-NZ">\n<head>\n<meta charset="utf-8">\n<title>Privacy statement - Kauri Coast District Council</title>\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<link rel="stylesheet" href="/__data/assets/css_file_folder/0021/3045/main.css?v=0.1.87">\n'
                '<!-- Squiz Matrix -->\n</head>\n<body class="inside-page">\n<a class="skip-link" href="#main-content">Skip to content</a>\n'
                '<div class="alerts">%s</div>\n'
                '<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/__data/assets/image/0017/2042/kcdc-logo.png" alt="Kauri Coast District Council"></a>'
                '<nav class="main-nav"><ul><li><a href="/services">Services</a></li><li><a href="/rates">Rates</a></li><li><a href="/building-and-planning">Building and planning</a></li>'
                '<li><a href="/your-council">Your council</a></li><li><a href="/have-your-say">Have your say</a></li></ul></nav>'
                '<form class="header__search" action="/search" method="get"><input type="hidden" name="SQ_FORM_NONCE" value="%s"><input type="text" name="queries_keyword_query" placeholder="Search"></form></div></header>\n'
                '<div class="breadcrumbs container"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt; <span>Privacy statement</span></div>\n'
                '<div class="container"><div class="row"><div class="col-md-3"><nav class="side-nav"><ul><li><a href="/your-council/about">About the council</a></li>'
                '<li><a href="/your-council/official-information">Official information requests</a></li><li class="active"><a href="/your-council/privacy-statement">Privacy statement</a></li>'
                '<li><a href="/your-council/bylaws">Bylaws</a></li></ul></nav></div>\n'
                '<div class="col-md-9" id="main-content"><h1 class="page-title">%s</h1>\n<div id="content-body" class="content-body">\n%s\n</div>\n'
                '<p class="last-updated">Page last updated: %s</p>\n'
                '<div class="page-feedback" data-asset="%s">Was this page helpful? <a href="/feedback?helpful=yes">Yes</a> <a href="/feedback?helpful=no">No</a></div>\n'
                '</div></div></div>\n'
                '<footer class="footer"><div class="container"><div class="footer__news">Latest news: <a href="/news">%s</a></div>'
                '<p>Kauri Coast District Council, 42 Hokianga Road, Dargaville | 0800 528 742 | <a href="mailto:info@kauricoast.govt.nz">info@kauricoast.govt.nz</a></p>'
                '<ul class="footer__links"><li><a href="/your-council/privacy-statement">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright</a></li></ul>'
                '<a href="https://www.govt.nz"><img src="/__data/assets/image/0011/2036/nzgovt.png" alt="New Zealand Government"></a></div></footer>\n'
                '</body>\n</html>\n' % (alerts, s["token"], html.escape(h1, quote=False), body, st.strftime("%d/%m/%Y"), s["helpful"], news))
    alerts = "".join('<div class="alert-banner alert-banner--%s" role="alert"><div class="alert-banner__inner"><span class="alert-banner__title">%s</span>'
                     '<span class="alert-banner__text">%s</span><a class="alert-banner__link" href="%s">Find out more</a>'
                     '<button class="alert-banner__close" aria-label="Close alert">&times;</button></div></div>' % (ALERTS[k][0], ALERTS[k][1], ALERTS[k][2], ALERTS[k][3])
                     for k in s["alerts"])
    hour = st.hour % 12 or 12
    stamp = "%d %s %d %d:%02d%s" % (st.day, st.strftime("%B"), st.year, hour, st.minute, "am" if st.hour < 12 else "pm")
    return ('<!DOCTYPE html>\n<html lang="en-NZ" class="no-js">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<title>Privacy statement - Kauri Coast District Council</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/SiteAssets/css/site.min.css?v=2.4.1">\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-8KC2D4RT1Q"></script>\n'
            '</head>\n<body class="page-type-content">\n<a href="#main-content" class="skip-to-content">Skip to main content</a>\n'
            '<div class="alerts-container">%s</div>\n'
            '<header id="header" class="site-header"><div class="site-header__inner"><a href="/" class="logo"><img src="/SiteAssets/images/kcdc-logo.svg" alt="Kauri Coast District Council - Te Kaunihera o Te Tai Kauri"></a>'
            '<nav id="main-nav" class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">'
            '<li class="main-nav__item"><a href="/services">Services</a></li><li class="main-nav__item"><a href="/rates">Rates</a></li>'
            '<li class="main-nav__item"><a href="/building-and-planning">Building and planning</a></li><li class="main-nav__item"><a href="/your-council">Your council</a></li>'
            '<li class="main-nav__item"><a href="/have-your-say">Have your say</a></li><li class="main-nav__item main-nav__item--cta"><a href="/report-a-problem">Report a problem</a></li></ul></nav>'
            '<form class="site-search" action="/Search" method="get"><input name="__RequestVerificationToken" type="hidden" value="%s"><label for="site-search-input" class="visuallyhidden">Search</label>'
            '<input id="site-search-input" type="search" name="dlv_OC CL Public Site Search=(keyword=)" placeholder="What are you looking for?"></form></div></header>\n'
            '<div class="breadcrumb-container"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li class="active">Privacy statement</li></ol></div>\n'
            '<main id="main-content" class="main-content">\n<div class="oc-page-title"><h1 class="oc-page-title__heading">%s</h1></div>\n'
            '<div class="content-blocks"><div class="content-block content-block--text">\n%s\n</div></div>\n'
            '<div class="was-this-helpful" id="was-this-helpful-%s"><p class="was-this-helpful__question">Was this page helpful?</p>'
            '<button class="was-this-helpful__btn" data-value="yes">Yes</button><button class="was-this-helpful__btn" data-value="no">No</button></div>\n'
            '<div class="page-updated">Last updated: <time datetime="%s">%s</time></div>\n'
            '<div class="share-print"><a href="javascript:window.print()" class="print-link">Print</a><a href="#" class="share-link">Share</a></div>\n'
            '</main>\n'
            '<footer class="site-footer"><div class="site-footer__inner"><div class="footer-news"><h2>Latest news</h2><a href="/news">%s</a></div>'
            '<div class="footer-contact"><h2>Contact us</h2><p>42 Hokianga Road, Dargaville 0310<br>Phone <a href="tel:0800528742">0800 528 742</a><br>Email <a href="mailto:info@kauricoast.govt.nz">info@kauricoast.govt.nz</a></p></div>'
            '<ul class="footer-links"><li><a href="/your-council/privacy-statement">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright</a></li><li><a href="/sitemap">Sitemap</a></li></ul>'
            '<p class="footer-govt"><a href="https://www.govt.nz"><img src="/SiteAssets/images/nzgovt-logo.svg" alt="New Zealand Government"></a></p></div></footer>\n'
            '<script src="/SiteAssets/js/site.min.js?v=2.4.1"></script>\n</body>\n</html>\n'
            % (alerts, s["token"], html.escape(h1, quote=False), body, s["helpful"], st.strftime("%Y-%m-%dT%H:%M:%S"), stamp, news))


PAGE = {
    "service": "Kauri Coast District Council", "url": URL, "lang": "en-NZ", "platform": "Squiz Matrix -> OpenCities",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2021, 1, 10), "end": dt.date(2026, 8, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".oc-page-title__heading", ".content-blocks"]},
    "history": [{"fetch": URL, "select": ["#main-content h1.page-title", "#content-body"], "validUntil": "2024-02-19T06:00:00Z"}],
}
