"""Tally (mobile-attribution SDK vendor), British English, Docusaurus 3 developer-docs site (docs.tally.io).

Fairly clean: a static site redeployed many times a week, so the webpack/CSS asset hashes change on every capture;
the navbar's SDK version dropdown moves with releases, the announcement bar rotates now and then, and the doc
footer's git "Last updated on ... by ..." stamp (outside `.theme-doc-markdown`) moves with each commit of the file.
"""
import datetime as dt
import hashlib
import html
import re

import common as C

URL = "https://docs.tally.io/privacy/sdk-privacy-notice"

POLICY = """# SDK Privacy Notice

Last updated: {UPDATED}

This notice explains what personal data the Tally software development kits (the "SDKs") collect when they are built into a mobile app, how that data is used, and the choices available to app users. It is written for app users and for the app developers ("Customers") who integrate our SDKs.

## Who we are

Tally Attribution Ltd ("Tally", "we", "us") is a company registered in England and Wales (company number 09876543). We provide mobile measurement, attribution and fraud-prevention services to app developers.

When our SDKs collect data inside a Customer's app, the Customer is the controller of that data and Tally acts as its processor, under a data processing agreement. For a small set of activities, described in the section "Where we act as a controller" below, Tally is an independent controller.

## What the SDKs collect

Depending on the platform and on how the Customer has configured the SDK, the SDKs may collect:

- device identifiers, such as the Identifier for Advertisers (IDFA) on iOS where the user has given permission under App Tracking Transparency, the Identifier for Vendors (IDFV), the Google Advertising ID and the App Set ID on Android;
- a Tally device identifier generated when the app is first opened;
- IP address, which we use to derive country and city and then truncate;
- device and operating system information, such as model, OS version, language, time zone and screen size;
- app information, such as app version, SDK version and install timestamp;
- attribution data from app stores and ad networks, such as the campaign, ad group and creative that led to an install, including the Google Play Install Referrer and SKAdNetwork or AdAttributionKit postbacks;
- in-app events that the Customer chooses to measure, such as registrations, purchases and revenue.

The SDKs do not collect names, email addresses, phone numbers, precise GPS location or the contents of messages. Customers are contractually prohibited from sending us such data in event parameters.

## How we use the data

On behalf of our Customers, we use SDK data to:

- attribute app installs and re-engagements to the marketing campaigns that drove them;
- measure in-app activity and the return on advertising spend;
- detect and reject fraudulent installs and events, such as click injection, SDK spoofing and device farms;
- send postbacks about attributed installs and events to ad networks the Customer has connected;
- provide the Customer with dashboards, raw-data exports and aggregated reports.

## Where we act as a controller

We act as a controller when we use SDK data, in pseudonymised form, to maintain and improve our fraud-detection models across our Customer base, and to ensure the security and integrity of our services. Our lawful basis is our legitimate interest in providing reliable and secure measurement. We do not sell SDK data, and we do not use it to build advertising profiles of app users.

## Sharing

We share SDK data with the ad networks and partners that the Customer has enabled in its Tally dashboard, and with the sub-processors listed below.

| Sub-processor | Service | Location |
| Amazon Web Services EMEA SARL | Cloud hosting | Ireland, Germany |
| Google Cloud EMEA Ltd | Data warehouse | Belgium |
| Cloudflare, Inc. | Content delivery and DDoS protection | Global |
| Zendesk, Inc. | Customer support tickets | United States |

The current list is also published in our [sub-processor register](/privacy/sub-processors).

## International transfers

SDK data is stored in the European Union by default. Where data is transferred outside the UK or the European Economic Area, we rely on the International Data Transfer Addendum issued by the ICO and the EU Standard Contractual Clauses, together with supplementary measures such as encryption.

## Retention

Raw SDK data is kept for 24 months, unless the Customer chooses a shorter period in its dashboard. Aggregated reports that no longer relate to an individual device may be kept for longer.

## Your choices and rights

App users can limit the data the SDKs collect through the settings of their device. On iOS, you can decline the App Tracking Transparency prompt, and on Android you can delete or reset your advertising ID. You can also use the opt-out option in the app, where the Customer provides one, which calls the SDK's **setOptOut** method and stops all further collection.

Under UK and EU data protection law you have the right to access, rectify and erase your personal data, to restrict or object to its processing and to data portability. Because the Customer is the controller, please contact the app developer first. If you contact us, we will forward your request to the relevant Customer, or help you directly where we are the controller. You will need to give us the advertising ID or Tally device identifier of your device so that we can find your data.

## Children

Customers must not use the SDKs in apps directed primarily at children under 13, or must enable the SDK's child-directed mode, which disables the collection of advertising identifiers.

## Contact

Our Data Protection Officer can be reached at dpo@tally.io or by post at:

@ Tally Attribution Ltd
@ FAO Data Protection Officer
@ 2 Kingdom Street
@ London W2 6BD
@ United Kingdom

You also have the right to lodge a complaint with the Information Commissioner's Office ([ico.org.uk](https://ico.org.uk)) or with the supervisory authority in your country."""

EDITS = [
    {"note": "collection list item extended with Privacy Sandbox Attribution Reporting",
     "repl": [("including the Google Play Install Referrer and SKAdNetwork or AdAttributionKit postbacks;",
               "including the Google Play Install Referrer, SKAdNetwork or AdAttributionKit postbacks and "
               "Privacy Sandbox Attribution Reporting results on Android;")]},
    {"note": "sub-processor added to the table (Snowflake)",
     "repl": [("| Google Cloud EMEA Ltd | Data warehouse | Belgium |",
               "| Google Cloud EMEA Ltd | Data warehouse | Belgium |\n| Snowflake Computing Netherlands B.V. | "
               "Raw-data exports | Germany |")]},
    {"note": "word 'accurate' inserted in the lawful-basis sentence (no date bump)",
     "bump": False,
     "repl": [("Our lawful basis is our legitimate interest in providing reliable and secure measurement.",
               "Our lawful basis is our legitimate interest in providing reliable, accurate and secure "
               "measurement.")]},
    {"note": "retention changed from 24 to 18 months",
     "repl": [("Raw SDK data is kept for 24 months", "Raw SDK data is kept for 18 months")]},
    {"note": "office moved (postal address changed)",
     "repl": [("@ 2 Kingdom Street\n@ London W2 6BD", "@ 10 York Road\n@ London SE1 7ND")]},
    {"note": "new section: Data Privacy Framework (US transfers)",
     "repl": [("## Retention", "Tally, Inc., our US subsidiary, is certified under the EU-US Data Privacy "
               "Framework, its UK Extension and the Swiss-US Data Privacy Framework, and relies on this "
               "certification for data it receives from the UK, the EEA and Switzerland.\n\n## Retention")]},
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


ANNOUNCE = [
    'iOS SDK 6 is here, with AdAttributionKit support. <a target="_blank" rel="noopener noreferrer" href="/sdk/ios/migration">Read the migration guide</a>',
    '<b>Tally Summit London</b>, 12 June. <a target="_blank" rel="noopener noreferrer" href="https://tally.io/summit">Register now</a>',
    'The v4 Reporting API will be retired on 31 March. <a href="/api/reporting/v5">Move to v5</a>',
    'New: Privacy Sandbox on Android attribution guide. <a href="/guides/privacy-sandbox">Get started</a>',
]

AUTHORS = ["hannah-okafor", "tom.whitfield", "priya-legal", "docs-bot"]

_seen = {}


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2023, 1, 1)).days
    minor = 8 + days // 45
    return {
        "build": (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)),
        "sdk": "v6.%d.%d" % (minor, rng.randint(0, 3)) if days > 0 else "v5.9.0",
        "announce": C.keep_or(rng, prev.get("announce"), 0.25, lambda: rng.randrange(len(ANNOUNCE) + 1)),
        "docusaurus": "3.1.1" if when < dt.datetime(2024, 6, 1) else "3.4.0",
    }


LABELS = {"build": "webpack/CSS asset hashes (redeploy)", "sdk": "navbar SDK version", "announce":
          "announcement bar", "docusaurus": "Docusaurus version", "lastupdated": "git last-updated stamp"}


def slug(t):
    t = re.sub(r"<[^>]+>", "", t).lower()
    t = re.sub(r"[^\w\s-]", "", t)
    return re.sub(r"\s+", "-", t.strip())


def bhtml(b):
    kind, v = b
    if kind in ("h2", "h3"):
        s = slug(v)
        return ('<%s class="anchor anchorWithStickyNavbar_LWe7" id="%s">%s<a href="#%s" class="hash-link" '
                'aria-label="Direct link to %s" title="Direct link to %s">\u200b</a></%s>'
                % (kind, s, C.inline_html(v), s, html.escape(v), html.escape(v), kind))
    if kind == "table":
        return C.block_html(b)
    return C.block_html(b)


def ext_links(s):
    return re.sub(r'<a href="(https?://[^"]+)">', r'<a href="\1" target="_blank" rel="noopener noreferrer">', s)


def render(st, blocks, when):
    main_js, runtime_js, css = st["build"]
    body = "".join(ext_links(bhtml(b)) for b in blocks[1:])
    h = hashlib.sha1(body.encode()).hexdigest()
    if h not in _seen:
        _seen[h] = (when - dt.timedelta(hours=7, minutes=13), AUTHORS[len(_seen) % len(AUTHORS)])
    lu, author = _seen[h]
    st["lastupdated"] = lu.isoformat()
    toc = "".join('<li><a href="#%s" class="table-of-contents__link toc-highlight">%s</a></li>'
                  % (slug(v), C.inline_html(v)) for k, v in blocks if k == "h2")
    ann = ""
    if st["announce"] < len(ANNOUNCE):
        ann = ('<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#0b1f3a;'
               'color:#ffffff" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>'
               '<div class="content_knG7 announcementBarContent_xLdY">%s</div><button type="button" '
               'aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">'
               '<svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1">'
               '<path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>'
               % ANNOUNCE[st["announce"]])
    sdk = st["sdk"]
    return """<!doctype html>
<html lang="en-GB" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-privacy/sdk-privacy-notice" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v{dv}">
<title data-rh="true">SDK Privacy Notice | Tally Docs</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="https://docs.tally.io/img/social-card.png"><meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:locale" content="en_GB"><meta data-rh="true" name="docusaurus_locale" content="en-GB"><meta data-rh="true" name="docsearch:language" content="en-GB"><meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current"><meta data-rh="true" property="og:title" content="SDK Privacy Notice | Tally Docs"><meta data-rh="true" name="description" content="What the Tally SDKs collect, why, and the choices app users have."><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{url}"><link data-rh="true" rel="alternate" href="{url}" hreflang="en-GB"><link data-rh="true" rel="preconnect" href="https://T4LLY0DOCS-dsn.algolia.net" crossorigin="anonymous"><link rel="search" type="application/opensearchdescription+xml" title="Tally Docs" href="/opensearch.xml">
<script src="https://www.googletagmanager.com/gtag/js?id=G-7XKQ1L2M9P" async></script>
<script>function gtag(){{dataLayer.push(arguments)}}window.dataLayer=window.dataLayer||[],gtag("js",new Date),gtag("config","G-7XKQ1L2M9P",{{anonymize_ip:!0}})</script><link rel="stylesheet" href="/assets/css/styles.{css}.css">
<script src="/assets/js/runtime~main.{rt}.js" defer="defer"></script>
<script src="/assets/js/main.{mj}.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return localStorage.getItem("theme")}}catch(t){{}}}}();t(null!==e?e:"light")}}(),function(){{try{{const n=new URLSearchParams(window.location.search).entries();for(var[t,e]of n)if(t.startsWith("docusaurus-data-")){{var a=t.replace("docusaurus-data-","data-");document.documentElement.setAttribute(a,e)}}}}catch(t){{}}}}(),document.documentElement.setAttribute("data-announcement-bar-initially-dismissed",function(){{try{{return"true"===localStorage.getItem("docusaurus.announcement.dismiss")}}catch(t){{}}return!1}}())</script><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>{ann}<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/tally-logo.svg" alt="Tally" class="themedComponent_mlkZ themedComponent--light_NVdE"><img src="/img/tally-logo-dark.svg" alt="Tally" class="themedComponent_mlkZ themedComponent--dark_xIcU"></div><b class="navbar__title text--truncate">Docs</b></a><a class="navbar__item navbar__link" href="/sdk/ios">iOS SDK</a><a class="navbar__item navbar__link" href="/sdk/android">Android SDK</a><a class="navbar__item navbar__link" href="/sdk/unity">Unity</a><a class="navbar__item navbar__link" href="/api">APIs</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/privacy">Privacy</a></div><div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="navbar__link">{sdk}</a><ul class="dropdown__menu"><li><a class="dropdown__link" href="https://github.com/tally-io/tally-ios-sdk/releases">Release notes</a></li><li><a class="dropdown__link" href="/changelog">Changelog</a></li></ul></div><a href="https://dashboard.tally.io/login" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">Log in<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a><div class="searchBox_ZlJk"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20"><path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/privacy">Privacy overview</a></li><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/privacy/sdk-privacy-notice">SDK Privacy Notice</a></li><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/privacy/sub-processors">Sub-processors</a></li><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/privacy/data-processing">Data processing agreement</a></li><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/privacy/app-store-labels">App Store privacy labels</a></li><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/privacy/google-play-data-safety">Google Play Data safety</a></li></ul></nav></div></div></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/privacy"><span itemprop="name">Privacy</span></a><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">SDK Privacy Notice</span><meta itemprop="position" content="2"></li></ul></nav><div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div><div class="theme-doc-markdown markdown"><header><h1>{h1}</h1></header>
{body}</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.com/tally-io/docs/edit/main/docs/privacy/sdk-privacy-notice.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>Edit this page</a></div><div class="col lastUpdated_vwxv"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="{luiso}" itemprop="dateModified">{luh}</time></b> by <b>{author}</b></span></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/privacy"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Privacy overview</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/privacy/sub-processors"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Sub-processors</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></main></div></div></div><footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/sdk/ios">iOS SDK</a></li><li class="footer__item"><a class="footer__link-item" href="/sdk/android">Android SDK</a></li><li class="footer__item"><a class="footer__link-item" href="/api">APIs</a></li></ul></div><div class="col footer__col"><div class="footer__title">Company</div><ul class="footer__items clean-list"><li class="footer__item"><a href="https://tally.io" target="_blank" rel="noopener noreferrer" class="footer__link-item">tally.io</a></li><li class="footer__item"><a href="https://status.tally.io" target="_blank" rel="noopener noreferrer" class="footer__link-item">Status</a></li><li class="footer__item"><a class="footer__link-item" href="/privacy">Privacy</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright &copy; {year} Tally Attribution Ltd. Built with Docusaurus.</div></div></div></footer></div>
</body>
</html>
""".format(dv=st["docusaurus"], url=URL, css=css, rt=runtime_js, mj=main_js, ann=ann, sdk=sdk,
           h1=C.inline_html(blocks[0][1]), body=body, luiso=lu.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           luh="%d %s %d" % (lu.day, MONTHS[lu.month - 1][:3], lu.year), author=author, toc=toc, year=when.year)


PAGE = {
    "service": "Tally",
    "url": URL,
    "lang": "en-GB",
    "platform": "Docusaurus 3 (classic theme, Algolia DocSearch) on Netlify",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public,max-age=0,must-revalidate"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 29,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".theme-doc-markdown"},
}
