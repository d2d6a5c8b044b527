"""Kingsmere University - en-GB - Drupal 9 (custom Stable-based theme) upgraded to Drupal 10 in 2023, Civic Cookie
Control, CKEditor Accordion for the FAQ part of the notice, campus alerts, term dates, events view, "Page last
reviewed" field and the other notices (students, staff) as a paragraphs field inside the node."""
import datetime as dt
import html
import random
import common as C

URL = "https://www.kingsmere.ac.uk/about/governance/privacy-notice"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy notice for website users and enquirers

Last updated: {UPDATED}

This notice explains how Kingsmere University ("the University", "we", "us") collects and uses personal data about people who visit our websites, make an enquiry, sign up for an open day or subscribe to our newsletters. Separate notices apply to students, applicants and staff.

## Who we are

Kingsmere University is the data controller for the personal data described in this notice. We are registered with the Information Commissioner's Office (ICO) under registration number Z5839127.

@ Data Protection Officer
@ Information Governance Office, Kingsmere University
@ Abbey Road, Kingsmere KM1 4QX
@ [dataprotection@kingsmere.ac.uk](mailto:dataprotection@kingsmere.ac.uk)

## What information we collect

- contact details you give us, such as your name, email address, postal address and telephone number;
- details of your interest in the University, such as the courses, open days or events you ask about;
- your date of birth and country of residence, where you ask about entry requirements or fees;
- technical information about your visit, such as your IP address and the pages you viewed, collected through cookies (see our [cookie notice](/about/governance/cookies)).

## How we use your information

We use your information to answer your enquiries, to send you the prospectus or information you have requested, to manage your booking for open days and campus tours, and to improve our websites.

Our lawful basis is usually our legitimate interest in promoting the University and responding to people who contact us. Where we send you marketing emails, we rely on your consent, which you can withdraw at any time by using the unsubscribe link in any email.

## Who we share your information with

We do not sell your personal data. We share it only with organisations that process it on our behalf and under our instructions:

- Jisc Services Limited, which provides our network and web hosting;
- Microsoft Ireland Operations Limited, which provides our email and office software;
- Eventbrite, which manages bookings for some of our public lectures.

## How long we keep your information

Enquiry records are kept for 2 years from your last contact with us. Open day bookings are kept for 12 months after the event. Newsletter subscriptions are kept until you unsubscribe.

## Your rights

You have the right to ask for a copy of your information, to have it corrected or erased, to restrict or object to its use, and to data portability. To exercise these rights, please contact the Data Protection Officer.

If you are unhappy with how we have handled your information, you can complain to the [Information Commissioner's Office](https://ico.org.uk/make-a-complaint/).

## Frequently asked questions

### Do you use my information to make automated decisions?

No. We do not make decisions about you based solely on automated processing.

### How do you measure how our websites are used?

We use Google Analytics 4 with IP anonymisation, and only once you have accepted analytics cookies. Reports are kept for 14 months.

### Will you contact me by telephone?

We may call you about an open day booking you have made. We do not make marketing calls.
"""

EDITS = [
    {"note": "processor added to the sharing list (Salesforce enquiry CRM)",
     "repl": [("- Eventbrite, which manages", "- Salesforce UK Limited, which provides our enquiry and applicant relationship management system;\n- Eventbrite, which manages")]},
    {"note": "retention of enquiry records changed from 2 to 3 years",
     "repl": [("Enquiry records are kept for 2 years from your last contact with us.", "Enquiry records are kept for 3 years from your last contact with us.")]},
    {"note": "edit inside the collapsed FAQ accordion: analytics answer now names Microsoft Clarity (silent, date kept)",
     "bump": False,
     "repl": [("We use Google Analytics 4 with IP anonymisation, and only once you have accepted analytics cookies. Reports are kept for 14 months.",
               "We use Google Analytics 4 and Microsoft Clarity, and only once you have accepted analytics cookies. Reports are kept for 14 months and session recordings for 30 days.")]},
    {"note": "new section 'International transfers' added after the sharing section",
     "repl": [("## How long we keep your information", "## International transfers\n\nSome of our suppliers process data outside the UK. Where they do, we rely on UK adequacy regulations or the International Data Transfer Agreement issued by the ICO.\n\n## How long we keep your information")]},
    {"note": "DPO contact changed (new address and mailbox) and ICO complaint link target changed",
     "repl": [("@ Information Governance Office, Kingsmere University\n@ Abbey Road, Kingsmere KM1 4QX\n@ [dataprotection@kingsmere.ac.uk](mailto:dataprotection@kingsmere.ac.uk)",
               "@ Governance and Legal Services, Kingsmere University\n@ The Clocktower, Abbey Road, Kingsmere KM1 4QY\n@ [dpo@kingsmere.ac.uk](mailto:dpo@kingsmere.ac.uk)"),
              ("please contact the Data Protection Officer.", "please contact the Data Protection Officer at [dpo@kingsmere.ac.uk](mailto:dpo@kingsmere.ac.uk)."),
              ("(https://ico.org.uk/make-a-complaint/)", "(https://ico.org.uk/make-a-complaint/data-protection-complaints/)")]},
]

EVENTS = [
    ("Inaugural lecture: Professor Amara Okafor", "/events/inaugural-lecture-okafor"),
    ("Undergraduate open day", "/study/open-days"),
    ("Postgraduate virtual fair", "/study/postgraduate/virtual-fair"),
    ("Kingsmere Festival of Ideas", "/events/festival-of-ideas"),
    ("Public lecture: Rivers and resilience", "/events/rivers-and-resilience"),
    ("Graduation ceremonies", "/alumni/graduation"),
    ("Careers fair", "/careers/careers-fair"),
    ("Chamber choir: winter concert", "/events/winter-concert"),
]
D10 = dt.datetime(2023, 7, 18)


def term_dates(when):
    y = when.year if when.month >= 9 else when.year - 1
    return [("Autumn term", "25 September – 15 December %d" % y if y != 2022 else "26 September – 16 December 2022"),
            ("Spring term", "%s January – 22 March %d" % ("8" if y % 2 else "9", y + 1)),
            ("Summer term", "22 April – 14 June %d" % (y + 1))], "%d/%s" % (y, str(y + 1)[2:])


def alert(rng, when):
    if dt.date(2022, 2, 16) <= when.date() <= dt.date(2022, 2, 19):
        return ("danger", "Storm Eunice: all campuses are closed on Friday 18 February. Teaching will move online.")
    if when.month in (12, 1, 2) and rng.random() < 0.3:
        return ("warning", "Severe weather: the Hillside campus is closed today. Check your email for updates about teaching.")
    if dt.date(2022, 11, 20) <= when.date() <= dt.date(2023, 3, 31) and rng.random() < 0.6:
        return ("info", "Industrial action: some teaching may be affected by UCU strike action. Find out what this means for you.")
    return None


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form_build_id"] = "form-" + C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")
    s["core"] = "d10" if when >= D10 else "d9"
    s["aggregates"] = C.keep_or(rng, prev.get("aggregates") if prev.get("core") == s["core"] else None, 0.3,
                                lambda: (C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
                                         C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")))
    s["alert"] = alert(rng, when)
    s["terms"] = term_dates(when)[1]
    s["events"] = C.keep_or(rng, prev.get("events"), 0.7, lambda: tuple(rng.sample(range(len(EVENTS)), 3)))
    s["reviewed"] = C.keep_or(rng, prev.get("reviewed"), 0.25,
                              lambda: (when - dt.timedelta(days=rng.randint(1, 40))).date())
    s["notices"] = term_dates(when)[1]
    s["gtm"] = C.keep_or(rng, prev.get("gtm"), 0.1, lambda: "G-" + C.alnum(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    return s


LABELS = {
    "form_build_id": "per-visit Drupal form_build_id of the search form",
    "core": "Drupal 9 -> 10 upgrade (aggregate URL format, generator meta, once.js attributes)",
    "aggregates": "CSS/JS aggregate file hashes (cache rebuilds)",
    "alert": "campus alert block (weather closures, industrial action)",
    "terms": "term dates block in sidebar (academic year rolls over)",
    "events": "upcoming events view in sidebar",
    "reviewed": "'Page last reviewed' field inside the node (outside the body field)",
    "notices": "students' and staff notices (paragraphs field inside the node) updated for the academic year",
    "gtm": "Google Analytics measurement id",
}


def _dl(groups):
    out = ['<dl class="ckeditor-accordion">']
    for q, bl in groups:
        out.append("<dt>%s</dt>" % html.escape(q, quote=False))
        out.append("<dd>%s</dd>" % C.blocks_html(bl))
    out.append("</dl>")
    return "\n".join(out)


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    title = blocks[0][1]
    body = [C.blocks_html(head[1:])]
    for h, bl in secs:
        body.append("<h2>%s</h2>" % C.inline_html(h))
        if h == "Frequently asked questions":
            body.append(_dl(C.under_headings(bl)))
        else:
            body.append(C.blocks_html(bl))
    body = "\n".join(body)
    css_h, js_h = s["aggregates"]
    if s["core"] == "d9":
        gen = "Drupal 9 (https://www.drupal.org)"
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n'
               '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % (css_h, css_h[::-1]))
        js = '<script src="/sites/default/files/js/js_%s.js"></script>' % js_h
        once = ""
    else:
        gen = "Drupal 10 (https://www.drupal.org)"
        inc = "eJx1jkEOwjAMBD_kOE-KXGKiSK5TxQnQ3wOlIC5cdkezh12wJ0eLydGD7GjGsuRMuS2QrEhrXL-Lrp8Hm6TQ6YSd0"
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=en&amp;theme=kingsmere&amp;include=%s" />\n'
               '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=1&amp;language=en&amp;theme=kingsmere&amp;include=%s" />'
               % (css_h, inc, css_h[::-1], inc))
        js = '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=kingsmere&amp;include=%s"></script>' % (js_h, inc)
        once = ' data-once="drupal-ajax"'
    al = s["alert"]
    alert_html = ""
    if al:
        alert_html = ('<div id="block-campusalert" class="block block-km-alerts block-km-campus-alert-block">\n'
                      '<div class="km-alert km-alert--%s" role="alert"><span class="km-alert__label">Campus alert</span> '
                      '<p>%s <a href="/news/alerts">Latest updates</a></p></div>\n</div>' % (al[0], html.escape(al[1])))
    terms, year = term_dates(when)
    terms_html = "".join('<li><span class="term-name">%s</span> <span class="term-dates">%s</span></li>' % t for t in terms)
    ev = []
    for n, k in enumerate(s["events"]):
        d = when + dt.timedelta(days=6 + 9 * n + k)
        ev.append('<div class="views-row"><article class="node node--type-event node--view-mode-teaser">'
                  '<time datetime="%s" class="datetime">%d %s</time><h3><a href="%s" rel="bookmark">'
                  '<span class="field field--name-title field--type-string field--label-hidden">%s</span></a></h3></article></div>'
                  % (d.strftime("%Y-%m-%dT18:00:00Z"), d.day, MONTHS[d.month - 1][:3], EVENTS[k][1], EVENTS[k][0]))
    rv = s["reviewed"]
    ay = s["notices"]
    notices = ('<div class="field field--name-field-other-notices field--type-entity-reference-revisions field--label-above">\n'
               '<div class="field__label">Other privacy notices</div>\n<div class="field__items">\n'
               '<div class="field__item"><div class="paragraph paragraph--type--notice-teaser paragraph--view-mode--default">'
               '<h3>Student privacy notice %s</h3><p>How we use the personal data of students registered with us in the %s academic year, '
               'including for student records, assessment, attendance monitoring and the Higher Education Statistics Agency (HESA) return.</p>'
               '<a class="button" href="/about/governance/privacy-notice/students">Read the student privacy notice</a></div></div>\n'
               '<div class="field__item"><div class="paragraph paragraph--type--notice-teaser paragraph--view-mode--default">'
               '<h3>Staff privacy notice</h3><p>How we use the personal data of employees, workers and visiting academics. Updated for %s.</p>'
               '<a class="button" href="/staff/hr/privacy-notice">Read the staff privacy notice</a></div></div>\n'
               '</div>\n</div>' % (ay, ay, ay))
    node = ('<article role="article" about="/about/governance/privacy-notice" class="node node--type-page node--view-mode-full">\n'
            '<div class="node__content">\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            '%s</div>\n'
            '<div class="field field--name-field-page-reviewed field--type-datetime field--label-inline clearfix">'
            '<div class="field__label">Page last reviewed</div><div class="field__item"><time datetime="%sT12:00:00Z" class="datetime">%s</time></div></div>\n'
            '%s\n</div>\n</article>' % (body, rv.isoformat(), fmt_date(rv), notices))
    settings = ('{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/1842","currentPathIsAdmin":false,'
                '"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxPageState":{"libraries":"%s","theme":"kingsmere","theme_token":null},'
                '"ajaxTrustedUrl":{"\\/search":true},"google_analytics":{"account":"%s","trackOutbound":true,"trackMailto":true},'
                '"user":{"uid":0,"permissionsHash":"5b0c8a8e3f0e9f8d6f1c2e4b7a9d0c3e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c"}}'
                % (css_h[:40] if s["core"] == "d10" else "ckeditor_accordion\\/accordion.frontend,classy\\/base,core\\/normalize,kingsmere\\/global-styling,system\\/base",
                   s["gtm"]))
    return ('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">\n'
            '<head>\n<meta charset="utf-8" />\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "%s", {"groups":"default","anonymize_ip":true,"page_placeholder":"PLACEHOLDER_page_path"});</script>\n'
            '<meta name="Generator" content="%s" />\n<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.kingsmere.ac.uk/node/1842" />\n'
            '<title>Privacy notice for website users and enquirers | Kingsmere University</title>\n%s\n'
            '<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>\n'
            '</head>\n<body class="path-node page-node-type-page">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            '<header role="banner">\n<div class="region region-header">\n'
            '<div id="block-kingsmere-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/kingsmere/logo.svg" alt="Kingsmere University home" /></a></div>\n'
            '<nav role="navigation" aria-labelledby="block-kingsmere-main-menu-menu" id="block-kingsmere-main-menu" class="block block-menu navigation menu--main">'
            '<h2 class="visually-hidden" id="block-kingsmere-main-menu-menu">Main navigation</h2><ul class="menu">'
            '<li class="menu-item menu-item--expanded"><a href="/study">Study</a></li><li class="menu-item"><a href="/research">Research</a></li>'
            '<li class="menu-item"><a href="/business">Business and partnerships</a></li><li class="menu-item"><a href="/about">About</a></li></ul></nav>\n'
            '<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-kingsmere-search" role="search">'
            '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"%s>'
            '<div class="js-form-item form-item js-form-type-search form-type-search form-item-keys form-no-label">'
            '<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>'
            '<input autocomplete="off" data-drupal-selector="%s" type="hidden" name="form_build_id" value="%s" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>\n'
            '</div>\n</header>\n'
            '<div class="region region-highlighted">\n<div data-drupal-messages-fallback class="hidden"></div>\n%s\n</div>\n'
            '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
            '<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/about">About</a></li>'
            '<li><a href="/about/governance">Governance</a></li><li>Privacy notice for website users and enquirers</li></ol></nav></div>\n'
            '<main role="main">\n<a id="main-content" tabindex="-1"></a>\n<div class="layout-content">\n<div class="region region-content">\n'
            '<div id="block-kingsmere-page-title" class="block block-core block-page-title-block">\n'
            '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>\n</div>\n'
            '<div id="block-kingsmere-content" class="block block-system block-system-main-block">\n%s\n</div>\n'
            '</div>\n</div>\n'
            '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">\n'
            '<div id="block-termdates" class="block block-block-content"><h2>Term dates %s</h2><ul class="term-dates">%s</ul>'
            '<a href="/study/term-dates">All term dates</a></div>\n'
            '<div class="views-element-container block block-views block-views-blockevents-block-upcoming" id="block-views-block-events-block-upcoming">'
            '<h2>What\'s on</h2><div><div class="view view-events view-id-events view-display-id-block_upcoming js-view-dom-id-%s">'
            '<div class="view-content">%s</div></div></div></div>\n'
            '</div></aside>\n</main>\n'
            '<footer role="contentinfo"><div class="region region-footer">'
            '<div id="block-footeraddress" class="block block-block-content"><p>Kingsmere University, Abbey Road, Kingsmere KM1 4QX. Telephone +44 (0)1632 960 000</p></div>'
            '<nav role="navigation" id="block-kingsmere-footer" class="block block-menu navigation menu--footer"><ul class="menu">'
            '<li class="menu-item"><a href="/about/governance/privacy-notice" class="is-active" aria-current="page">Privacy</a></li>'
            '<li class="menu-item"><a href="/about/governance/cookies">Cookies</a></li><li class="menu-item"><a href="/accessibility">Accessibility statement</a></li>'
            '<li class="menu-item"><a href="/about/governance/modern-slavery-statement">Modern slavery statement</a></li>'
            '<li class="menu-item"><a href="/about/governance/freedom-of-information">Freedom of information</a></li></ul></nav>'
            '<p class="copyright">&copy; Kingsmere University %d</p></div></footer>\n'
            '</div>\n</div>\n'
            '<script>var config = {apiKey: "9b1e6a5f0c3d2e7f8a4b5c6d7e8f9a0b1c2d3e4f", product: "PRO_MULTISITE", initialState: "notify", '
            'text: {title: "This site uses cookies to store information on your computer.", notifyTitle: "Your choice regarding cookies on this site"}, '
            'statement: {description: "For more detailed information, please read our", name: "cookie notice", url: "https://www.kingsmere.ac.uk/about/governance/cookies", updated: "14/03/2021"}, '
            'optionalCookies: [{name: "analytics", label: "Analytical cookies", cookies: ["_ga", "_ga*", "_gid", "_gat", "__utma"]}]};CookieControl.load(config);</script>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n%s\n'
            '</body>\n</html>\n'
            % (s["gtm"], s["gtm"], gen, URL, css, once, s["form_build_id"], s["form_build_id"], alert_html,
               html.escape(title), node, year, terms_html, C.hexs(random.Random(s["form_build_id"]), 64), "".join(ev),
               when.year, settings, js))


PAGE = {
    "service": "Kingsmere University", "url": URL, "lang": "en-GB", "platform": "Drupal 9 -> 10",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Drupal-Cache", "HIT"), ("Cache-Control", "max-age=1800, public")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 7), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [".block-page-title-block h1", "article.node--type-page .node__content"],
                    "remove": [".field--name-field-page-reviewed", ".field--name-field-other-notices"]},
}
