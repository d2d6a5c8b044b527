"""Bright Spark Electrical - en-IE electricians (Dublin) - Squarespace 7.1, code block 'next callout' in the section."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.brightsparkelectrical.ie/privacy-policy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Bright Spark Electrical Ltd is a team of RECI-registered electricians serving Dublin, Kildare and Wicklow. This notice explains how we collect and use personal data when you request a quote, book a callout, have an EV charger or solar PV system installed, or use our website.

## Who we are

@ Bright Spark Electrical Ltd
@ Unit 14, Ballymount Industrial Estate, Dublin 12, D12 X9K4
@ Company number 598812
@ Email: [privacy@brightsparkelectrical.ie](mailto:privacy@brightsparkelectrical.ie)

## Information we collect

- your name, phone number, email address and the address of the property;
- details of the job, photos of your fuse board or installation, and site access notes;
- certificates we issue (Safe Electric completion certificates) and test results;
- payment details, processed by our card provider; we never store full card numbers;
- information needed for SEAI grant applications, such as your MPRN and the BER of the property.

## How we use your information

We use your information to give you a quote, schedule and carry out the work, issue certificates and invoices, handle warranty claims and meet our obligations under Irish tax and electrical safety law. Where you have agreed, we send you a reminder when your periodic inspection is due. You can opt out at any time.

## Who we share it with

| Recipient | Purpose | Location |
| Tradify Ltd | job scheduling and invoicing | New Zealand |
| Stripe Payments Europe Ltd | card payments | Ireland |
| Safe Electric (RECI) | registration of completion certificates | Ireland |
| Squarespace Ireland Ltd | website hosting and forms | Ireland |

Transfers outside the EEA rely on an adequacy decision or the European Commission's standard contractual clauses.

## How long we keep it

We keep job records and certificates for 7 years after the work is completed, because certificates may be needed when you sell the property. Quotes that are not accepted are deleted after 12 months.

## Your rights

You may ask for a copy of your data, have it corrected or erased, restrict or object to processing and ask for your data to be moved to another provider. If you are not happy with how we handle your request, you can complain to the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2.

## Cookies

Our website uses essential cookies and, with your consent, analytics cookies. You can change your choice at any time using the cookie banner.
"""

EDITS = [
    {"note": "SEAI grant item extended (heat pump grants)",
     "repl": [("such as your MPRN and the BER of the property.",
               "such as your MPRN, the BER of the property and, for heat pump grants, the technical assessment.")]},
    {"note": "Tradify replaced by ServiceM8",
     "repl": [("| Tradify Ltd | job scheduling and invoicing | New Zealand |",
               "| ServiceM8 Pty Ltd | job scheduling and invoicing | Australia |")]},
    {"note": "unaccepted quotes retention 12 -> 24 months",
     "repl": [("deleted after 12 months.", "deleted after 24 months.")]},
    {"note": "new paragraph: call recording on the office line",
     "repl": [("You can opt out at any time.",
               "You can opt out at any time.\n\nCalls to our office line may be recorded for training and to "
               "resolve disputes about what was agreed. Recordings are deleted after 90 days.")]},
    {"note": "address moved to Tallaght; DPC address changed to the new office", "repl": [
        ("@ Unit 14, Ballymount Industrial Estate, Dublin 12, D12 X9K4", "@ Unit 3, Cookstown Business Park, "
         "Tallaght, Dublin 24, D24 W2P8"),
        ("21 Fitzwilliam Square South, Dublin 2.", "6 Pembroke Row, Dublin 2.")]},
]

SEASON = [((11, 12), "Christmas lights and extra sockets sorted before the holidays – book now"),
          ((1, 2, 3), "Heat pump ready? Free BER-compliant wiring check with every upgrade"),
          ((6, 7, 8), "EV charger installs from €899 incl. SEAI grant paperwork")]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.hexs(rng, 24), C.alnum(rng, 32))}
    s["slot"] = (rng.randint(1, 6), rng.choice([8, 10, 12, 14]))
    s["bar"] = K.season(when, SEASON) or ""
    s["bundle"] = K.deploy_hash("sqs-site-bundle", when, 2, 8)
    s["reviews"] = C.keep_or(rng, prev.get("reviews"), 0.5,
                             lambda: (prev.get("reviews", (180,))[0] + rng.randint(1, 9),))
    return s


LABELS = {"req": "Squarespace context / crumb per request", "slot": "code block: next available callout (INSIDE)",
          "bar": "announcement bar (seasonal)", "bundle": "site-bundle asset hash", "reviews": "footer review count"}


def render(s, blocks, when):
    ctx, crumb = s["req"]
    head, secs = C.split_sections(blocks)
    half = len(secs) // 2
    part1 = C.render_blocks(head + [b for t, bl in secs[:half] for b in [("h2", t)] + bl], sep="")
    part2 = C.render_blocks([b for t, bl in secs[half:] for b in [("h2", t)] + bl], sep="")
    d = K.day_after(when, s["slot"][0], s["slot"][1])
    slot = "%s %d %s, %02d:00–%02d:00" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.hour, d.hour + 2)

    def html_block(bid, inner):
        return ('<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_%s">'
                '<div class="sqs-block-content"><div class="sqs-html-content">%s</div></div></div>' % (bid, inner))
    bar = ('<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>%s</p></div></div>'
           % C.esc(s["bar"])) if s["bar"] else '<div class="sqs-announcement-bar-dropzone"></div>'
    return (
        '<!doctype html>\n<html lang="en-IE">\n<head>\n<meta charset="utf-8">\n'
        '<title>Privacy Policy &mdash; Bright Spark Electrical</title>\n'
        '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336",'
        '"rollups":{},"pageType":2,"website":{"id":"61f2a8c3b5e21d4a7c9e0b13","identifier":"brightspark-elec",'
        '"websiteType":1,"contentModifiedOn":1648116000000},"collectionId":"61f2a9d1c0a4e87b2a3f5c11",'
        '"templateVersion":"7.1","pageFeatures":[1,2,4],"impersonatedSession":false,"requestId":"%s",'
        '"tzData":{"zones":[[0,"EU","IST",null]],"rules":{"EU":[[1981,"max",null,"Mar","lastSun","1:00u","1:00","S"]'
        ']}},"showAnnouncementBar":%s};</script>\n'
        '<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.'
        '%s.js"></script>\n</head>\n'
        '<body id="collection-61f2a9d1c0a4e87b2a3f5c11" class="primary-button-style-solid tweak-global-animations-'
        'enabled header-width-full collection-type-page collection-61f2a9d1c0a4e87b2a3f5c11 view-item">\n%s\n'
        '<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class='
        '"header-title"><a href="/">Bright Spark Electrical</a></div><nav class="header-nav-list"><div class="header-'
        'nav-item"><a href="/services">Services</a></div><div class="header-nav-item"><a href="/ev-chargers">EV Char'
        'gers</a></div><div class="header-nav-item"><a href="/solar-pv">Solar PV</a></div><div class="header-nav-'
        'item"><a href="/contact">Contact</a></div></nav></div></header>\n'
        '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections='
        '"61f2a9d1c0a4e87b2a3f5c12"><section data-test="page-section" data-section-theme="white" class="page-section '
        'layout-engine-section background-width--full-bleed section-height--medium content-width--narrow" data-'
        'section-id="61f2a9d1c0a4e87b2a3f5c13"><div class="content-wrapper"><div class="content"><div class="sqs-'
        'layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61f2a9d1c0a4e87b2a3f5c13"><div '
        'class="row sqs-row"><div class="col sqs-col-12 span-12">%s'
        '<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1648116'
        '4412"><div class="sqs-block-content"><div class="next-callout"><strong>Next available callout:</strong> %s'
        ' <a href="/book">Book now</a></div></div></div>%s'
        '<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">'
        '<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary">Get a free quote</a>'
        '</div></div></div></div></div></div></div></section></article></main>\n'
        '<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p>Rated '
        '4.9 from %d Google reviews · RECI Registered Contractor No. 3921 · © Bright Spark Electrical Ltd</p>'
        '<form class="newsletter-form" data-crumb="%s"><input type="email" name="email"><button>Sign up</button>'
        '</form></div></section></footer>\n</body>\n</html>\n'
        % (ctx, "true" if s["bar"] else "false", s["bundle"], bar, html_block("1648116412", part1), C.esc(slot),
           html_block("1648116445", part2), s["reviews"][0], crumb))


PAGE = {
    "service": "Bright Spark Electrical", "url": URL, "lang": "en-IE", "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 5, 10), "hours": (3, 11, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['[data-section-id="61f2a9d1c0a4e87b2a3f5c13"] .content'],
                    "remove": [".sqs-block-code", ".sqs-block-button"]},
}
