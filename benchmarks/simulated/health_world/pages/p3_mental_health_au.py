"""Mindhaven (online counselling and self-guided programs) - en-AU - Squarespace 7.1. The policy is one text
block in a page section that also holds a crisis-lines block above it; a second section holds another document,
the "Collection Notice for Clinicians", which Mindhaven edits on its own schedule, and a newsletter block. Noise:
Static.SQUARESPACE_CONTEXT (website.contentModifiedOn moves with any edit anywhere on the site, the Sydney time
zone's daylight-saving offset, rollup hashes), versioned site.css path, rotating announcement bar, a holiday note
in the crisis block; the classic layout engine section is converted to Fluid Engine in mid-2023 (new wrappers, a
<style> inside the content wrapper, same block ids)."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.mindhaven.com.au/privacy-policy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Mindhaven Pty Ltd (ABN 52 612 345 678) ("Mindhaven", "we", "us") provides the Mindhaven app, online counselling sessions and self-guided mental health programs. We are bound by the Privacy Act 1988 (Cth) and the Australian Privacy Principles (APPs), and we handle health information in line with applicable state health records laws.

## What information we collect

- Account details: your name, email address, date of birth and mobile number.
- Health information: mood check-ins, journal entries, questionnaire results (such as the K10 and DASS-21), and notes made by your counsellor.
- Referral and Medicare details, if you access sessions under a Mental Health Treatment Plan.
- Usage information: how you use the app, device type and crash logs.

## How we use your information

We use your information to provide our services, to match you with a suitable counsellor, to send you reminders you have asked for and to improve our programs. We use de-identified data for research and service evaluation.

We will **never** use your journal entries or session notes for advertising.

## Who we share it with

We share your information only with:

- your counsellor and, with your consent, your GP or treating psychiatrist;
- service providers who host our platform (Amazon Web Services, Sydney region) or send emails and SMS on our behalf;
- emergency services, if we reasonably believe there is a serious threat to your life, health or safety.

## Overseas disclosure

Some of our service providers store information outside Australia. We take reasonable steps to ensure they handle it consistently with the APPs.

## Keeping your information

We keep health records for at least 7 years after your last session, or until you turn 25 if you were under 18 when you used our services.

## Access, correction and complaints

You can ask to access or correct your information by contacting our Privacy Officer at [privacy@mindhaven.com.au](mailto:privacy@mindhaven.com.au) or Level 4, 12 Exhibition Street, Melbourne VIC 3000. We respond within 30 days.

If you are not satisfied with our response, you can complain to the [Office of the Australian Information Commissioner](https://www.oaic.gov.au/privacy/privacy-complaints).
"""

EDITS = [
    {"note": "overseas disclosure now names the countries and providers (Intercom in the US, Google Workspace in Ireland)",
     "repl": [("Some of our service providers store information outside Australia.",
               "Some of our service providers store information outside Australia, including in the United States (Intercom, for in-app support) and Ireland (Google Workspace).")]},
    {"note": "sharing list: new bullet for the video-session provider (Coviu)",
     "repl": [("- emergency services, if we", "- our video-session provider, Coviu, which hosts session data in Australia;\n- emergency services, if we")]},
    {"note": "Privacy Officer postal address changed (Exhibition Street -> Collins Street)",
     "repl": [("Level 4, 12 Exhibition Street, Melbourne VIC 3000", "Level 9, 500 Collins Street, Melbourne VIC 3000")]},
    {"note": "response-time sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("We respond within 30 days.", "We will respond within a reasonable period, usually within 30 days.")]},
    {"note": "new section on AI-generated session summaries, before 'Keeping your information'",
     "repl": [("## Keeping your information", "## Session summaries\n\nWith your counsellor's agreement and your consent, we may use an AI tool to draft a summary of your session. Your counsellor reviews and edits every summary, and the recording used to create it is deleted within 24 hours.\n\n## Keeping your information")]},
]

NOTICES = [
    "This notice explains how Mindhaven collects personal information from counsellors and psychologists who apply to join our network, including AHPRA registration details, qualifications, referee reports and National Police Check results.",
    "This notice explains how Mindhaven collects personal information from counsellors and psychologists who apply to join our network, including AHPRA registration details, qualifications, referee reports, National Police Check results and Working with Children Check numbers.",
    "This notice explains how Mindhaven collects personal information from counsellors, psychologists and social workers who apply to join our network, including AHPRA or AASW registration details, qualifications, referee reports, National Police Check results and Working with Children Check numbers.",
    "This notice explains how Mindhaven collects personal information from counsellors, psychologists and social workers who apply to join our network, including AHPRA or AASW registration details, qualifications, referee reports, National Police Check results and Working with Children Check numbers. We keep unsuccessful applications for 12 months.",
]
ANNOUNCE = ["Mindhaven sessions are now Medicare-rebatable with a Mental Health Treatment Plan",
            "New: free 6-week sleep program in the app",
            "Join our R U OK? Day live session with Dr Priya Nair",
            "Workplace wellbeing: ask us about Mindhaven for Teams"]
FLUID = dt.datetime(2023, 6, 14)
SITE_ID = "60a1f0c3d4e5f6a7b8c9d0e1"
BLOCK = "block-yui_3_17_2_1_1621312345678_9921"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["modified"] = int(C.epoch(when - dt.timedelta(hours=rng.randint(1, 400)))) * 1000 + rng.randint(0, 999)
    s["sitecss"] = C.keep_or(rng, prev.get("sitecss"), 0.3, lambda: (rng.randint(30, 99), C.hexs(rng, 24), rng.randint(1000, 9999)))
    s["rollups"] = C.keep_or(rng, prev.get("rollups"), 0.5, lambda: (C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.45, lambda: rng.randrange(len(ANNOUNCE)))
    n0 = prev.get("notice", 0)
    s["notice"] = min(len(NOTICES) - 1, n0 + (1 if i and rng.random() < 0.12 else 0))
    s["layout"] = "fluid" if when >= FLUID else "classic"
    s["holiday"] = (when.month == 12 and when.day >= 15) or (when.month == 1 and when.day <= 10)
    return s


LABELS = {
    "modified": "SQUARESPACE_CONTEXT website.contentModifiedOn (any edit anywhere on the site)",
    "sitecss": "versioned site.css path (style edits)",
    "rollups": "Squarespace rollup script hashes",
    "announce": "announcement bar message rotated",
    "notice": "other document on the page (Collection Notice for Clinicians) edited",
    "layout": "classic layout engine section converted to Fluid Engine (new wrappers, inline <style>; same block ids)",
    "holiday": "holiday response-time note in the crisis-lines block",
}


def _inl(t):
    return C.inline_html(t)


def sq_html(blocks):
    out = []
    for k, v in blocks:
        if k in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (k, _inl(v), k))
        elif k == "p":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % _inl(v))
        elif k == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join('<li><p class="" style="white-space:pre-wrap;">%s</p></li>' % _inl(x) for x in v))
        else:
            raise ValueError(k)
    return "".join(out)


def block(bid, inner, fluid, kind="html"):
    if kind == "html":
        b = ('<div class="sqs-block html-block sqs-block-html" %sdata-block-type="2" data-sqsp-block="text" id="%s">'
             '<div class="sqs-block-content"><div class="sqs-html-content"%s>%s</div></div></div>'
             % ('data-blend-mode="NORMAL" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" ' if fluid else "",
                bid, " data-sqsp-text-block-content" if fluid else "", inner))
    else:
        b = ('<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="%s"><div class="sqs-block-content">'
             '<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="60a1f9e2b3c4d5e6f7a8b9c0" autocomplete="on" method="POST" novalidate>'
             '<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Mindful Monday</h2><div class="newsletter-form-header-description"><p>A short, practical email each week. Unsubscribe any time.</p></div></header>'
             '<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1621312345678_22019-field">Email Address</label>'
             '<input id="email-yui_3_17_2_1_1621312345678_22019-field" class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email" spellcheck="false" placeholder="Email Address" required></div></div>'
             '<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div>' % bid)
    if fluid:
        return '<div class="fe-block fe-%s">%s</div>' % (bid.replace("block-", "block-"), b)
    return b


def section(sid, blocks_, fluid):
    if fluid:
        inner = ('<div data-fluid-engine="true"><style>.fe-%s{--grid-gutter:calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px);'
                 'display:grid;position:relative;grid-area:1/1/-1/-1;grid-template-rows:repeat(11,minmax(24px, auto))}</style>'
                 '<div class="fluid-engine fe-%s">%s</div></div>' % (sid, sid, "".join(blocks_)))
    else:
        inner = ('<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s"><div class="row sqs-row">'
                 '<div class="col sqs-col-12 span-12">%s</div></div></div>' % (sid, "".join(blocks_)))
    return ('<section data-test="page-section" data-section-theme="white" class="page-section %sbackground-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--top white" '
            'data-section-id="%s" data-controller="SectionWrapperController" data-animation="none">'
            '<div class="section-border"><div class="section-background"></div></div>'
            '<div class="content-wrapper" style=""><div class="content">%s</div></div></section>'
            % ("" if fluid else "layout-engine-section ", sid, inner))


def render(s, blocks, when):
    fluid = s["layout"] == "fluid"
    crisis = ('<p class="" style="white-space:pre-wrap;"><strong>Need help now?</strong> Mindhaven is not a crisis service. '
              'If you are in immediate danger call 000. For 24/7 support call Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636.</p>')
    if s["holiday"]:
        crisis += '<p class="" style="white-space:pre-wrap;">Over the holiday period our support team replies within 48 hours.</p>'
    notice = ('<h2 style="white-space:pre-wrap;">Collection Notice for Clinicians</h2><p class="" style="white-space:pre-wrap;">%s</p>'
              '<p class="" style="white-space:pre-wrap;">Questions about this notice can be sent to <a href="mailto:network@mindhaven.com.au">network@mindhaven.com.au</a>.</p>'
              % html.escape(NOTICES[s["notice"]], quote=False))
    sec1 = section("60a1f0c3d4e5f6a7b8c9d0f2", [block("block-yui_3_17_2_1_1621312345678_4410", crisis, fluid),
                                                block(BLOCK, sq_html(blocks), fluid)], fluid)
    sec2 = section("60a1f0c3d4e5f6a7b8c9d0f7", [block("block-yui_3_17_2_1_1621312345678_15822", notice, fluid),
                                                block("block-yui_3_17_2_1_1621312345678_22019", "", fluid, "newsletter")], fluid)
    aedt = when.month >= 10 or when.month <= 3
    ctx = {"facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
           "rollups": {"squarespace-announcement-bar": {"js": "//assets.squarespace.com/universal/scripts-compressed/announcement-bar-%s-min.en-US.js" % s["rollups"][0]},
                       "squarespace-common-vendors": {"js": "//assets.squarespace.com/universal/scripts-compressed/common-vendors-%s-min.en-US.js" % s["rollups"][1]},
                       "squarespace-newsletter-block": {"js": "//assets.squarespace.com/universal/scripts-compressed/newsletter-block-%s-min.en-US.js" % s["rollups"][2]}},
           "pageType": 2, "website": {"id": SITE_ID, "identifier": "mindhaven", "websiteType": 1, "contentModifiedOn": s["modified"],
                                      "cloneable": False, "hasBeenCloneable": False, "siteStatus": {}, "language": "en-AU",
                                      "timeZone": "Australia/Melbourne", "baseUrl": "https://www.mindhaven.com.au",
                                      "primaryDomain": "www.mindhaven.com.au", "siteTitle": "Mindhaven"},
           "websiteSettings": {"id": "60a1f0c3d4e5f6a7b8c9d0e4", "websiteId": SITE_ID, "country": "AU", "state": "VIC",
                               "simpleLikingEnabled": True, "storeSettings": {"currenciesSupported": ["AUD"]}},
           "templateVersion": "7.1", "showAnnouncementBar": True, "impersonatedSession": False,
           "i18nContext": {"timeZoneData": {"id": "Australia/Melbourne", "name": "Australian Eastern %s Time" % ("Daylight" if aedt else "Standard"),
                                            "rawOffset": 36000000, "offset": 39600000 if aedt else 36000000}},
           "collectionId": "60a1f0c3d4e5f6a7b8c9d0f0", "pagePermissionsMap": {}}
    v, h, n = s["sitecss"]
    return ('<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-AU">\n<head>\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<!-- This is Squarespace. --><!-- mindhaven -->\n<base href="">\n<meta charset="utf-8" />\n<title>Privacy Policy &mdash; Mindhaven</title>\n'
            '<link rel="canonical" href="%s"/>\n<meta property="og:site_name" content="Mindhaven"/>\n<meta property="og:title" content="Privacy Policy &mdash; Mindhaven"/>\n'
            '<script type="text/javascript" src="//use.typekit.net/ik/Vb3k9mX0zq1dYbWcGf5eR7tJk2pLmN4sA8uQwE6hF0xyZfeGMeIu6tnlMaF9wcbXFfyZwQwbjhZ2waUkZcq8dhBqZA8FZAFXjcZlMcsqZAJNMYJyMTw.js"></script>\n'
            '<script>SQUARESPACE_ROLLUPS = {};</script>\n'
            '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>\n'
            '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/%s/%d/5c5a519771b19e0001e1b2f2/%s/%d/site.css"/>\n'
            '</head>\n<body id="collection-60a1f0c3d4e5f6a7b8c9d0f0" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-inset announcement-bar-reserved-space view-item collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">\n'
            '<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/news" aria-labelledby="announcement-bar-text-inner-id"></a>'
            '<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>'
            '<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>%s</p></div></div></div></div></div>\n'
            '<div id="siteWrapper" class="clearfix site-wrapper">\n<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}">'
            '<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">'
            '<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/60a1f0c3d4e5f6a7b8c9d0e1/7c1f2e3d-4b5a-4c6d-8e9f-0a1b2c3d4e5f/mindhaven-logo.png?format=1500w" alt="Mindhaven" style="display:block"></a></div></div>'
            '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/how-it-works">How it works</a></div>'
            '<div class="header-nav-item header-nav-item--collection"><a href="/counsellors">Our counsellors</a></div><div class="header-nav-item header-nav-item--collection"><a href="/pricing">Pricing</a></div>'
            '<div class="header-nav-item header-nav-item--collection"><a href="/resources">Resources</a></div></nav></div></div>'
            '<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/get-started">Get started</a></div></div></header>\n'
            '<main id="page" class="container" role="main">\n<article class="sections" id="sections" data-page-sections="60a1f0c3d4e5f6a7b8c9d0f1">\n%s\n%s\n</article>\n</main>\n'
            '<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper"><div class="content">'
            '<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1621312399999_3021"><div class="sqs-block-content"><div class="sqs-html-content">'
            '<p class="" style="white-space:pre-wrap;">Mindhaven acknowledges the Traditional Custodians of the lands on which we work and pay our respects to Elders past and present.</p>'
            '<p class="" style="white-space:pre-wrap;">&copy; %d Mindhaven Pty Ltd &middot; <a href="/privacy-policy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/complaints">Complaints</a></p>'
            '</div></div></div></div></div></section></footer>\n</div>\n'
            '<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>\n'
            '<script>Squarespace.afterBodyLoad(Y);</script>\n</body>\n</html>\n'
            % (URL, json.dumps(ctx, separators=(",", ":")), SITE_ID, v, h, n, html.escape(ANNOUNCE[s["announce"]], quote=False),
               sec1, sec2, when.year))


PAGE = {
    "service": "Mindhaven", "url": URL, "lang": "en-AU", "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("Cache-Control", "no-cache, private")),
    "n": 31, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#%s .sqs-html-content" % BLOCK]},
}
