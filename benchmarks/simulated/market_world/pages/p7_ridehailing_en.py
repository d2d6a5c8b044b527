"""Veloxa (ride-hailing app, Amsterdam) - en - Gatsby site (static build, Contentful), Cookiebot-like banner.

The riders' privacy notice page has a region picker (EU / UK / US) as ARIA tabs; all three regional notices are in
the HTML, the tab chosen by geo-IP at the edge is the one shown (aria-selected / hidden change when the crawler's
egress moves). The curator tracks the EU notice (select "#region-eu"). The UK supplement and the US notice are
revised on their own (UK Data (Use and Access) Act, new US state laws): those revisions change the page, not the
tracked notice, and live in the noise state. Also: Gatsby's webpack hashes and page-data, the "Drive with Veloxa"
earnings teaser by city, the cities counter.
"""
import datetime as dt
import html
import common as C

URL = "https://www.veloxa.com/legal/privacy/riders"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
## Veloxa Privacy Notice for Riders (European Union)

Effective: {UPDATED}

This notice describes how Veloxa collects and uses personal data when you use the Veloxa app to request rides, scooters or deliveries in a country of the European Economic Area. It does not apply to drivers and couriers, who have their own notice.

### Who we are

Veloxa Mobility B.V., Keizersgracht 555, 1017 DR Amsterdam, the Netherlands, is the controller of your personal data. Our Data Protection Officer can be reached at [dpo@veloxa.com](mailto:dpo@veloxa.com).

### What data we collect

- **Account data:** name, phone number, email address, profile photo (optional), language and payment preferences.
- **Location data:** precise location of your device when the app is open and during a trip, pickup and drop-off points, and the route of the trip.
- **Trip data:** date and time, distance, duration, fare, ratings you give and receive, tips, and any items reported lost.
- **Payment data:** payment method, the last four digits and expiry date of your card, and transaction history. Full card details are handled by our payment providers.
- **Communications:** messages and calls between you and your driver through the app (calls are connected through a masked number and are not recorded), and your conversations with our support team.
- **Device data:** device model, operating system, app version, IP address, mobile network and crash data.

### How we use your data

We use your data to match you with nearby drivers, calculate the fare and estimated time of arrival, process payments, provide customer support, and keep our services safe. These uses are necessary to perform our contract with you (Article 6(1)(b) GDPR).

We rely on our legitimate interests (Article 6(1)(f) GDPR) to prevent fraud, to investigate safety incidents, to improve our services, and to send you service-related messages. We send marketing messages only with your consent, which you can withdraw in the app at any time.

### Pricing

Fares are calculated from a base fare, the estimated distance and duration, and a demand multiplier that applies when many riders are requesting rides in an area at the same time. The multiplier is set automatically for an area and time, not for you individually; we do not use your payment history, device or battery level to set prices.

### Safety

To protect riders and drivers, we check that trips follow the expected route and we may contact you if a trip stops unexpectedly for a long time. If you use the in-app emergency button, we share your live location and trip details with the emergency services. We may temporarily restrict an account after serious safety reports, and a member of our safety team reviews every such decision.

### Ratings

After each trip you and your driver can rate each other. Your average rating is visible to drivers when they receive your request. We remove ratings that are based on discriminatory grounds when we become aware of them.

### Lost items

If you report an item lost in a vehicle, we share your contact details with the driver of that trip so that you can arrange its return, and we keep the report for 90 days.

### Veloxa for Business

If you ride on a business profile, your employer receives the date, time, pickup and drop-off points and fare of trips charged to that profile, and may set rules about when and where you can ride. Trips on your personal profile are never shared with your employer.

### Who we share data with

- **Drivers:** your first name, rating, pickup and drop-off location, and any notes you add to the request.
- **Payment providers:** Adyen N.V. and Braintree (a PayPal service) process your payments.
- **Service providers:** hosting, maps and routing, customer support tools, and fraud-prevention services, under data processing agreements.
- **Insurers and claims handlers:** when needed to handle an accident or damage claim.
- **Authorities:** where required by law, for example in response to a valid request from the police.

### International transfers

Some of our service providers process data outside the European Economic Area. In that case we use the European Commission's standard contractual clauses and additional safeguards where needed.

### How long we keep your data

We keep your account data for as long as you have an account. After you delete your account, we keep trip and payment records for 7 years to meet our tax and accounting obligations, and safety reports for 2 years. Precise location data that is not part of a trip record is deleted after 30 days.

### Your rights

You can access, correct or delete your data, object to or restrict certain processing, and receive your data in a portable format. You can download your data and delete your account in the app under **Settings > Privacy**. You can also contact our Data Protection Officer.

Where we process your data on the basis of our legitimate interests, you have the right to object at any time. Where we process it on the basis of your consent, you can withdraw it at any time without affecting the lawfulness of processing before the withdrawal.

If you are not satisfied with our response, you can lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) or with the data protection authority of the country where you live.

### Marketing and cookies

With your consent, we send you offers and news about Veloxa by email, push notification or SMS, and we use cookies and similar technologies in the app and on our website to measure our campaigns. You can change your choices at any time under **Settings > Privacy > Marketing** or in our [Cookie Notice](/legal/cookies).

### Changes to this notice

We update this notice when our services or the law change. If a change is significant, we will tell you in the app before it takes effect.
"""

EDITS = [
    {"note": "DPO contact: privacy request web form added (silent, effective date unchanged)", "bump": False,
     "repl": [("Our Data Protection Officer can be reached at [dpo@veloxa.com](mailto:dpo@veloxa.com).",
               "Our Data Protection Officer can be reached at [dpo@veloxa.com](mailto:dpo@veloxa.com) or through our [privacy request form](https://help.veloxa.com/privacy-request).")]},
    {"note": "new section 'Trip audio recording' (opt-in safety feature, encrypted on device, shared only with a safety report)",
     "repl": [("### Ratings\n\n",
               "### Trip audio recording\n\n"
               "In some cities you can choose to record the audio of a trip as an extra safety measure. Recordings are encrypted and stored on your device; Veloxa cannot listen to them. A recording is only sent to us if you attach it to a safety report, in which case our safety team may listen to it to investigate. Recordings that are not sent to us are deleted from your device automatically after 7 days. Drivers are told that a trip may be recorded.\n\n"
               "### Ratings\n\n")]},
    {"note": "identity verification for riders paying in cash or flagged by fraud checks (new paragraph in Safety)",
     "repl": [("and a member of our safety team reviews every such decision.",
               "and a member of our safety team reviews every such decision.\n\n"
               "In some markets, or if our fraud checks flag your account, we may ask you to verify your identity before you can pay in cash or continue using the app. You take a photo of an identity document and a selfie, which our provider Veriff OÜ compares. We keep the result of the verification and the document number, not the images, which Veriff deletes after 30 days.")]},
    {"note": "pricing section: AI-based upfront fares explained, route-based estimate, right to human review",
     "repl": [("The multiplier is set automatically for an area and time, not for you individually; we do not use your payment history, device or battery level to set prices.",
               "The multiplier is set automatically for an area and time, not for you individually; we do not use your payment history, device or battery level to set prices.\n\n"
               "In most cities we show an upfront fare before you confirm a ride. It is estimated by a machine-learning model from the planned route, expected traffic and historical trips in that area. If the actual trip differs significantly from the planned route, the fare is recalculated. You can ask our support team to review a fare, and a person will look at your request.")]},
    {"note": "retention: account deletion - trip records kept 7 years but safety reports 5 years; location 14 days",
     "repl": [("and safety reports for 2 years. Precise location data that is not part of a trip record is deleted after 30 days.",
               "and safety reports for 5 years, or longer if they are needed for legal proceedings. Precise location data that is not part of a trip record is deleted after 14 days.")]},
]

UK = [
    (dt.date(2021, 1, 1), "1 January 2021", [
        ("p", "This supplement applies if you use Veloxa in the United Kingdom. The EU notice applies to you with the following differences."),
        ("p", "The controller is Veloxa UK Ltd, 20 Farringdon Road, London EC1M 3HE. References to the GDPR mean the UK GDPR and the Data Protection Act 2018."),
        ("p", "Transfers from the UK rely on the International Data Transfer Addendum to the EU standard contractual clauses."),
        ("p", "You can complain to the Information Commissioner's Office (ICO), www.ico.org.uk."),
    ]),
    (dt.date(2023, 10, 12), "12 October 2023", [
        ("p", "This supplement applies if you use Veloxa in the United Kingdom. The EU notice applies to you with the following differences."),
        ("p", "The controller is Veloxa UK Ltd, 20 Farringdon Road, London EC1M 3HE. References to the GDPR mean the UK GDPR and the Data Protection Act 2018."),
        ("p", "Transfers from the UK rely on the UK Extension to the EU-U.S. Data Privacy Framework for certified recipients, or on the International Data Transfer Addendum to the EU standard contractual clauses."),
        ("p", "Private hire operators licensed by Transport for London must keep trip records for at least 12 months; we may share them with TfL on request."),
        ("p", "You can complain to the Information Commissioner's Office (ICO), www.ico.org.uk."),
    ]),
    (dt.date(2025, 9, 1), "1 September 2025", [
        ("p", "This supplement applies if you use Veloxa in the United Kingdom. The EU notice applies to you with the following differences."),
        ("p", "The controller is Veloxa UK Ltd, 20 Farringdon Road, London EC1M 3HE. References to the GDPR mean the UK GDPR and the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025."),
        ("p", "Transfers from the UK rely on the UK Extension to the EU-U.S. Data Privacy Framework for certified recipients, or on the International Data Transfer Addendum to the EU standard contractual clauses."),
        ("p", "Private hire operators licensed by Transport for London must keep trip records for at least 12 months; we may share them with TfL on request."),
        ("p", "You must first raise a complaint with us; if you are not satisfied, you can complain to the Information Commissioner's Office (ICO), www.ico.org.uk."),
    ]),
]
US = [
    (dt.date(2021, 1, 1), "January 1, 2021", [
        ("p", "This notice applies to riders in the United States. The controller is Veloxa Mobility Inc., 201 Spear Street, San Francisco, CA 94105."),
        ("p", "California residents have the right to know, delete and correct personal information and to opt out of its sale or sharing. Veloxa does not sell personal information. We share device identifiers with advertising partners to measure our campaigns, which may be a \"sharing\" under the CCPA; you can opt out with the Do Not Sell or Share My Personal Information link."),
        ("p", "We honor Global Privacy Control signals."),
    ]),
    (dt.date(2024, 7, 1), "July 1, 2024", [
        ("p", "This notice applies to riders in the United States. The controller is Veloxa Mobility Inc., 201 Spear Street, San Francisco, CA 94105."),
        ("p", "Residents of California, Colorado, Connecticut, Oregon, Texas, Utah and Virginia have the right to know, delete and correct personal information and to opt out of targeted advertising and the sale or sharing of personal information. Veloxa does not sell personal information. We share device identifiers with advertising partners to measure our campaigns; you can opt out with the Your Privacy Choices link."),
        ("p", "Precise geolocation is sensitive personal information under several state laws; we use it only to provide rides and for safety."),
        ("p", "We honor Global Privacy Control signals. If we deny your request, you can appeal by replying to our decision."),
    ]),
]
CITIES = [("Amsterdam", 28), ("Rotterdam", 25), ("Warsaw", 19), ("Lisbon", 17), ("Prague", 18), ("London", 24)]


def _rev(revs, when):
    return [r for r in revs if r[0] <= when.date()][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["geo"] = "eu" if rng.random() < 0.8 else rng.choice(["uk", "us"])
    s["uk"] = _rev(UK, when)[1]
    s["us"] = _rev(US, when)[1]
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 20), C.hexs(rng, 20), str(rng.randint(1000000000, 4000000000))))
    s["drive"] = rng.choice(CITIES)
    s["cities"] = 38 + (when.year - 2021) * 7 + rng.choice([0, 0, 1])
    s["consent"] = C.uuid4(rng)
    return s


LABELS = {
    "geo": "region tab pre-selected by geo-IP (aria-selected / hidden)",
    "uk": "UK supplement revised (not the tracked EU notice)",
    "us": "US notice revised (not the tracked EU notice)",
    "build": "Gatsby webpack / page-data hashes",
    "drive": "'Drive with Veloxa' earnings teaser by city",
    "cities": "'Available in N cities' counter",
    "consent": "consent banner id",
}


def _panel(rid, label, title, rev, sel):
    paras = "".join("<p>%s</p>" % html.escape(t) for _, t in rev[2])
    return ('<div role="tabpanel" id="region-%s" aria-labelledby="tab-%s" class="RegionPanel-module--panel--2cZ7o"%s>'
            '<h2>%s</h2><p><em>Effective: %s</em></p>%s</div>' % (rid, rid, "" if sel else " hidden", title, rev[1], paras))


def render(s, blocks, when):
    wp, app, ph = s["build"]
    g = s["geo"]
    tabs = "".join('<button role="tab" id="tab-%s" aria-controls="region-%s" aria-selected="%s" tabindex="%s" class="RegionTabs-module--tab--3Qx1v%s">%s</button>'
                   % (r, r, "true" if g == r else "false", "0" if g == r else "-1", " RegionTabs-module--active--1pXcE" if g == r else "", lab)
                   for r, lab in (("eu", "European Union"), ("uk", "United Kingdom"), ("us", "United States")))
    eu = ('<div role="tabpanel" id="region-eu" aria-labelledby="tab-eu" class="RegionPanel-module--panel--2cZ7o"%s>%s</div>'
          % ("" if g == "eu" else " hidden", C.blocks_html(blocks)))
    uk = _panel("uk", "United Kingdom", "UK Supplement to the Riders Privacy Notice", _rev(UK, when), g == "uk")
    us = _panel("us", "United States", "Veloxa U.S. Rider Privacy Notice", _rev(US, when), g == "us")
    city, pay = s["drive"]
    pay = pay + (when.year - 2021)
    cur = "£" if city == "London" else "€"
    return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
            '<meta name="generator" content="Gatsby 5.12.4"/><title data-gatsby-head="true">Privacy Notice for Riders | Veloxa</title>'
            '<link rel="canonical" href="%s" data-gatsby-head="true"/>'
            '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/app-%s.js"/>'
            '<link as="fetch" rel="preload" href="/page-data/legal/privacy/riders/page-data.json" crossorigin="anonymous"/>'
            '<link as="fetch" rel="preload" href="/page-data/sq/d/%s.json" crossorigin="anonymous"/></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            '<header class="Header-module--header--1vYkT"><a href="/" class="Header-module--logo--3sk9L" aria-label="Veloxa home"></a>'
            '<nav class="Header-module--nav--2mQpa"><a href="/ride">Ride</a><a href="/drive">Drive</a><a href="/business">Business</a>'
            '<a href="/cities">Cities</a><a href="/safety">Safety</a><a href="/help">Help</a></nav>'
            '<a class="Button-module--primary--Zx81d" href="https://veloxa.onelink.me/get">Get the app</a></header>'
            '<main class="Legal-module--main--3oKq9"><nav class="Legal-module--crumbs--1aV7s" aria-label="Breadcrumb"><a href="/legal">Legal</a> / <a href="/legal/privacy">Privacy</a> / <span>Riders</span></nav>'
            '<h1 class="Legal-module--title--2PwQm">Privacy Notice for Riders</h1>'
            '<div class="RegionTabs-module--picker--1cT2e"><span id="region-label">Choose your region</span>'
            '<div role="tablist" aria-labelledby="region-label">%s</div></div>'
            '<div class="Legal-module--body--3ZrN8">%s%s%s</div>'
            '<aside class="Legal-module--related--1H0sd"><h2>Other privacy notices</h2><ul><li><a href="/legal/privacy/drivers">Drivers and couriers</a></li>'
            '<li><a href="/legal/privacy/business">Veloxa for Business</a></li><li><a href="/legal/cookies">Cookie Notice</a></li></ul></aside></main>'
            '<section class="DriveTeaser-module--teaser--1Xb2q"><h2>Drive with Veloxa in %s</h2><p>Earn up to %s%d per hour. Flexible hours, weekly payouts.</p>'
            '<a href="/drive/%s">Sign up to drive</a></section>'
            '<footer class="Footer-module--footer--3pW1a"><p>Available in %d cities across Europe, the UK and the US.</p>'
            '<ul><li><a href="/legal/terms">Terms</a></li><li><a href="/legal/privacy">Privacy</a></li><li><a href="/legal/dsa">DSA information</a></li>'
            '<li><a href="/legal/privacy/choices">Your Privacy Choices</a></li></ul><p>© %d Veloxa Mobility B.V.</p></footer></div>'
            '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<div id="consent-banner" data-consent-id="%s" class="ConsentBanner-module--root--2eZ0p"><p>We use cookies to run and improve our site. <a href="/legal/cookies">Learn more</a></p>'
            '<button>Accept all</button><button>Reject all</button><button>Settings</button></div>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/legal/privacy/riders/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
            '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={"app":["/app-%s.js"],"component---src-templates-legal-page-tsx":["/component---src-templates-legal-page-tsx-%s.js"]};/*]]>*/</script>'
            '<script src="/webpack-runtime-%s.js" async=""></script><script src="/app-%s.js" async=""></script></body></html>'
            % (URL, wp, app, ph, tabs, eu, uk, us, city, cur, pay, city.lower(), s["cities"], when.year, s["consent"],
               wp[::-1], app, ph, wp, app))


PAGE = {
    "service": "Veloxa", "url": URL, "lang": "en", "platform": "Gatsby (static build)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-nf-request-id", "01HQ-edge"), ("cache-control", "public, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 8, 2), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 7), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#region-eu"]},
}
