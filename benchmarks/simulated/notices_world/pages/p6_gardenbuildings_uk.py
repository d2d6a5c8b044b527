"""Thornbury Garden Buildings Ltd (Gloucestershire) - en-GB - Umbraco 13 (Block Grid), Civic Cookie Control.

One "Legal" page: a contents list of anchors, then five <section class="legal-section"> blocks with their own ids
(Terms of website use, Privacy notice, Cookie notice, Modern slavery statement, Accessibility statement), each
ending with a "Back to top" link. The privacy policy is the "#privacy-notice" section minus that link; the cookie
notice is its own document (its edits are not privacy changes).
"""
import datetime as dt
import common as C

URL = "https://www.thornburygardenbuildings.co.uk/legal/"


def fmt_date(d):
    return d.strftime("%-d %B %Y")


POLICY = """
## Privacy notice

Last updated: {UPDATED}

Thornbury Garden Buildings Ltd ("Thornbury", "we", "us") designs, manufactures and installs garden offices, studios, summerhouses and sheds. This notice explains how we collect and use personal information about our customers, people who enquire about our products and visitors to our website and showroom. We are the controller of that information for the purposes of the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.

### Who we are

Thornbury Garden Buildings Ltd is a company registered in England and Wales (company number 06418832) whose registered office is at Unit 4, Oldbury Lane Industrial Estate, Thornbury, Bristol BS35 1RF. We are registered with the Information Commissioner's Office (ICO) under registration number Z1276554.

If you have any questions about this notice or how we handle your information, please contact our Data Protection Lead at [privacy@thornburygardenbuildings.co.uk](mailto:privacy@thornburygardenbuildings.co.uk) or write to us at the address above.

### The information we collect

We collect the following information:

- **Enquiries and brochure requests**: your name, postal address, email address, telephone number and any details you give us about your project.
- **Quotes and site surveys**: the installation address, access arrangements, measurements and photographs of the site, and notes about ground conditions and planning.
- **Orders**: your contact and delivery details, your chosen specification, payment information and correspondence about your order and installation.
- **Finance applications**: if you choose to pay using finance, the information you provide to our finance partner in your application.
- **Showroom visits**: your name and contact details if you book an appointment.
- **Website use**: information about how you use our website, collected using cookies and similar technologies as explained in our cookie notice.

### Where we get your information from

Most of the information we hold comes directly from you. We may also receive information about you from the finance partner you apply to (for example whether your application was accepted), from the person who recommended us under our refer-a-friend scheme, and from home design platforms such as Houzz if you contact us through them.

### How we use your information and our lawful bases

| Purpose | Lawful basis |
| To respond to your enquiry, send you a brochure and prepare a quote | Steps taken at your request before entering into a contract |
| To carry out a site survey, manufacture, deliver and install your building | Performance of a contract |
| To take payment and keep accounting records | Performance of a contract and legal obligation |
| To handle complaints, warranty claims and legal claims | Legitimate interests (dealing with our customers and defending our business) |
| To send you news and offers by email | Consent, or for existing customers our legitimate interests under the soft opt-in in the Privacy and Electronic Communications Regulations |
| To improve our website and products | Legitimate interests |

You can unsubscribe from marketing emails at any time by clicking the link at the bottom of any email or by contacting us.

### Who we share your information with

We share your information only where necessary with:

- our self-employed installation teams and groundworks contractors, who need your address and project details;
- our haulage partner, to deliver your building;
- Omni Capital Retail Finance Ltd, if you apply for finance; they will carry out a credit search and process your information as a separate controller;
- our IT, website hosting, email and customer relationship management providers, who act as processors on our behalf;
- our professional advisers, insurers and, where required by law, HM Revenue & Customs or the police.

We do not sell your personal information.

### International transfers

Some of our service providers store information outside the UK. Where they do, we make sure that the transfer is covered by UK adequacy regulations or by the International Data Transfer Agreement or Addendum issued by the ICO.

### How long we keep your information

We keep enquiry and quote information for two years after our last contact with you if you do not place an order. We keep order records for six years after the end of the guarantee period on your building, which may be up to ten years, so that we can deal with warranty claims and meet our legal obligations. Marketing preferences are kept until you unsubscribe.

### CCTV at our showroom and factory

Our showroom and manufacturing site in Thornbury are covered by CCTV for the safety of visitors and staff and to prevent crime. Signs tell you where cameras are in use. Footage is kept for 30 days unless it is needed to investigate an incident, and is only shared with the police or our insurers where necessary.

### Automated decisions

We do not make decisions about you based solely on automated processing. If you apply for finance, our finance partner may use automated credit scoring; their privacy notice, provided with your application, explains how this works and your right to ask for a person to review the decision.

### Your rights

You have the right to ask for a copy of your information, to ask us to correct or delete it, to restrict or object to our use of it and, in some circumstances, to ask us to transfer it to another organisation. Where we rely on your consent you may withdraw it at any time. To exercise any of these rights please email [privacy@thornburygardenbuildings.co.uk](mailto:privacy@thornburygardenbuildings.co.uk). We will respond within one month.

If you are unhappy with how we have handled your information, you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, [ico.org.uk](https://ico.org.uk). We would, however, appreciate the chance to deal with your concerns first.

### Children

Our website and services are not aimed at children and we do not knowingly collect information about anyone under 16.

### Changes to this notice

We review this notice regularly. Any changes will be posted on this page and the date at the top will be updated.
"""

EDITS = [
    {"note": "new paragraph: sales calls recorded for training and quality, recordings kept 90 days; table row added",
     "repl": [("| To improve our website and products | Legitimate interests |",
               "| To improve our website and products | Legitimate interests |\n| To record calls to our sales and customer care teams for training, quality and to resolve disputes | Legitimate interests |"),
              ("Marketing preferences are kept until you unsubscribe.",
               "Call recordings are deleted after 90 days unless they are needed to deal with a complaint. Marketing preferences are kept until you unsubscribe.")]},
    {"note": "reviews: customers invited to review via Feefo added to recipients (silent, date not changed)", "bump": False,
     "repl": [("- our IT, website hosting, email", "- Feefo Holdings Ltd, who send you an invitation to review your purchase after installation;\n- our IT, website hosting, email")]},
    {"note": "finance partner changed: Omni Capital Retail Finance -> Novuna Consumer Finance (Mitsubishi HC Capital UK PLC)",
     "repl": [("- Omni Capital Retail Finance Ltd, if you apply for finance;", "- Novuna Consumer Finance, a trading style of Mitsubishi HC Capital UK PLC, if you apply for finance;")]},
    {"note": "international transfers: UK Extension to the EU-US Data Privacy Framework ('UK-US data bridge') named",
     "repl": [("Where they do, we make sure that the transfer is covered by UK adequacy regulations or by the International Data Transfer Agreement or Addendum issued by the ICO.",
               "Where they do, we make sure that the transfer is covered by UK adequacy regulations, including the UK Extension to the EU-US Data Privacy Framework for US providers certified under it, or by the International Data Transfer Agreement or Addendum issued by the ICO.")]},
    {"note": "complaints: complain to us first, acknowledged within 30 days (Data (Use and Access) Act 2025); ICO registration number renewed",
     "repl": [("We would, however, appreciate the chance to deal with your concerns first.",
               "Before complaining to the ICO, please raise your concern with us first: we will acknowledge your complaint within 30 days and tell you the outcome without undue delay."),
              ("registration number Z1276554", "registration number ZB641902")]},
]

# ---------------------------------------------------------------- other documents (noise)

COOKIES = [
    (dt.datetime(2000, 1, 1), [("CookieControl", "Civic", "Remembers your cookie choices", "90 days"),
                               ("_ga, _gid", "Google Analytics", "Website statistics", "2 years / 24 hours"),
                               ("_hjSessionUser", "Hotjar", "Heatmaps and session recordings", "1 year")]),
    (dt.datetime(2022, 11, 7), [("CookieControl", "Civic", "Remembers your cookie choices", "90 days"),
                                ("_ga, _ga_*", "Google Analytics 4", "Website statistics", "2 years"),
                                ("_hjSessionUser", "Hotjar", "Heatmaps and session recordings", "1 year")]),
    (dt.datetime(2024, 8, 12), [("CookieControl", "Civic", "Remembers your cookie choices", "90 days"),
                                ("_ga, _ga_*", "Google Analytics 4", "Website statistics", "2 years"),
                                ("_clck, _clsk", "Microsoft Clarity", "Heatmaps and session recordings", "1 year / 1 day"),
                                ("_fbp", "Meta", "Advertising measurement", "3 months")]),
]
SLAVERY = [(dt.datetime(2000, 1, 1), "31 March 2021", "Richard Haines, Managing Director", "14 September 2021"),
           (dt.datetime(2022, 9, 26), "31 March 2022", "Richard Haines, Managing Director", "19 September 2022"),
           (dt.datetime(2023, 10, 2), "31 March 2023", "Richard Haines, Managing Director", "25 September 2023"),
           (dt.datetime(2024, 9, 30), "31 March 2024", "Claire Ashworth, Managing Director", "23 September 2024"),
           (dt.datetime(2025, 10, 6), "31 March 2025", "Claire Ashworth, Managing Director", "29 September 2025")]
A11Y = [(dt.datetime(2000, 1, 1), "3 February 2021", "3 February 2021"), (dt.datetime(2022, 3, 14), "3 February 2021", "7 March 2022"),
        (dt.datetime(2024, 5, 20), "9 May 2024", "9 May 2024"), (dt.datetime(2025, 6, 9), "9 May 2024", "2 June 2025")]
TERMS = [(dt.datetime(2000, 1, 1), "12 January 2021", "Bristol"), (dt.datetime(2023, 3, 6), "27 February 2023", "England and Wales")]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def terms_src(s):
    upd, courts = s["terms"]
    return """
## Terms of website use

Last updated: %s

These terms tell you the rules for using our website www.thornburygardenbuildings.co.uk. By using our site you accept these terms. Our site is made available free of charge; we do not guarantee that it, or any content on it, will always be available or uninterrupted.

The content on our site is provided for general information only. Prices, specifications and images are for guidance and are confirmed in your written quotation. We are the owner or licensee of all intellectual property rights in our site and the material published on it.

We are not responsible for the content of websites linked from our site. These terms are governed by the law of England and Wales, and the courts of %s have jurisdiction over any dispute.
""" % (upd, courts)


def cookies_src(s):
    rows = "\n".join("| %s | %s | %s | %s |" % r for r in s["cookies"])
    return """
## Cookie notice

We use cookies to make our website work and, if you agree, to understand how it is used and to measure our advertising. When you first visit our site, our cookie banner lets you accept or reject optional cookies. You can change your choices at any time using the cookie icon at the bottom left of every page.

| Cookie | Provider | Purpose | Expires |
%s

Strictly necessary cookies cannot be switched off, as the website would not work without them.
""" % rows


def slavery_src(s):
    year, signed, date = s["slavery"]
    return """
## Modern slavery statement

This statement is made pursuant to section 54 of the Modern Slavery Act 2015 and sets out the steps Thornbury Garden Buildings Ltd has taken during the financial year ending %s to ensure that slavery and human trafficking are not taking place in our business or supply chains.

Our main supply chains are timber, cladding, glazing, roofing materials and hardware. We buy FSC and PEFC certified timber from established merchants, require key suppliers to confirm their compliance with the Act, and our staff involved in purchasing receive training to recognise the signs of modern slavery.

This statement was approved by the board of directors and is signed by %s, on %s.
""" % (year, signed, date)


def a11y_src(s):
    audit, review = s["a11y"]
    return """
## Accessibility statement

We want as many people as possible to be able to use this website. You should be able to zoom in up to 400 percent without the text spilling off the screen and navigate most of the website using just a keyboard or speech recognition software.

We know some parts of this website are not fully accessible: some older PDF brochures are not accessible to screen readers, and our 3D building configurator cannot be used with a keyboard alone. If you need information in a different format, call us on 01454 418 220.

This website was last tested on %s against the Web Content Accessibility Guidelines (WCAG) 2.1 AA standard. This statement was last reviewed on %s.
""" % (audit, review)


SECTIONS = [("terms-of-use", "Terms of website use"), ("privacy-notice", "Privacy notice"), ("cookie-notice", "Cookie notice"),
            ("modern-slavery-statement", "Modern slavery statement"), ("accessibility-statement", "Accessibility statement")]


def rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="table-responsive"><table class="table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))
        else:
            out.append(C.block_html((kind, v), {"h2": "legal-section__title"}))
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["terms"] = at(TERMS, when)[1:]
    s["cookies"] = tuple(at(COOKIES, when)[1])
    s["slavery"] = at(SLAVERY, when)[1:]
    s["a11y"] = at(A11Y, when)[1:]
    s["token"] = "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["smidge"] = C.keep_or(rng, prev.get("smidge"), 0.3, lambda: C.hexs(rng, 8))
    s["trustpilot"] = ("4.%d" % rng.choice([6, 7, 7, 8]), 1830 + i * 53 + rng.randint(0, 40))
    wd, h = when.weekday(), when.hour
    s["lines"] = "open" if (wd < 5 and 8 <= h < 18) or (wd == 5 and 9 <= h < 13) else "closed"
    s["offer"] = C.keep_or(rng, prev.get("offer"), 0.5, lambda: rng.choice(["spring", "install", "finance", "insulation"]))
    return s


LABELS = {
    "terms": "other document: terms of website use (date, jurisdiction clause)",
    "cookies": "other document: cookie notice's cookie table",
    "slavery": "other document: annual modern slavery statement (financial year, signatory, date)",
    "a11y": "other document: accessibility statement test/review dates",
    "token": "ASP.NET Core anti-forgery token (newsletter form)",
    "smidge": "Umbraco Smidge bundle version",
    "trustpilot": "Trustpilot TrustBox score and review count",
    "lines": "'Lines open now / closed' header status",
    "offer": "promotional strip offer",
}

OFFERS = {"spring": "Spring sale: up to 15% off selected garden offices", "install": "Free installation on all studios ordered this month",
          "finance": "0% finance available over 12 months*", "insulation": "Free insulation upgrade on garden rooms over 3m"}


def render(s, blocks, when):
    docs = {"terms-of-use": C.parse_src(terms_src(s)), "privacy-notice": blocks, "cookie-notice": C.parse_src(cookies_src(s)),
            "modern-slavery-statement": C.parse_src(slavery_src(s)), "accessibility-statement": C.parse_src(a11y_src(s))}
    toc = ('<nav class="legal-contents" aria-labelledby="legal-contents-title"><h2 id="legal-contents-title" class="legal-contents__title">On this page</h2><ol>%s</ol></nav>'
           % "".join('<li><a href="#%s">%s</a></li>' % (sid, t) for sid, t in SECTIONS))
    sections = "\n".join('<section class="legal-section umb-block-grid__layout-item" id="%s" data-content-element-type-alias="legalSection">\n'
                         '<div class="legal-section__body rte">\n%s\n</div>\n<a class="back-to-top" href="#top">Back to top <span aria-hidden="true">&uarr;</span></a>\n</section>'
                         % (sid, rich(docs[sid])) for sid, _ in SECTIONS)
    score, count = s["trustpilot"]
    lines = ('<span class="lines lines--open">Lines open now</span>' if s["lines"] == "open" else '<span class="lines lines--closed">Lines closed &ndash; leave a message</span>')
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Legal | Thornbury Garden Buildings</title>\n<meta name="description" content="Terms of use, privacy notice, cookie notice, modern slavery statement and accessibility statement.">\n'
            '<link rel="canonical" href="%s">\n<link rel="stylesheet" href="/sb/site-css.css.v%s">\n'
            '<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>\n'
            '<script>var config={apiKey:"3f9c1a7e2b4d8e6f0a5c9b1d7e3f2a4c6b8d0e1f",product:"PRO",initialState:"notify",text:{title:"This site uses cookies to store information on your computer."},'
            'statement:{description:"For more information visit our",name:"Cookie notice",url:"https://www.thornburygardenbuildings.co.uk/legal/#cookie-notice",updated:"01/03/2023"},'
            'optionalCookies:[{name:"analytics",label:"Analytics cookies",cookies:["_ga","_ga*","_gid","_clck","_clsk"]},{name:"marketing",label:"Marketing cookies",cookies:["_fbp"]}]};CookieControl.load(config);</script>\n'
            '</head>\n<body id="top" class="page page--legalPage">\n<a class="skip-link" href="#main">Skip to main content</a>\n'
            '<div class="promo-strip"><p>%s <a href="/offers/">View offers</a></p></div>\n'
            '<header class="site-header"><div class="container site-header__inner"><a class="site-header__logo" href="/"><img src="/media/lq1dm0ab/thornbury-logo.svg" alt="Thornbury Garden Buildings" width="200" height="56"></a>'
            '<nav class="site-nav" aria-label="Main"><ul><li><a href="/garden-offices/">Garden offices</a></li><li><a href="/garden-studios/">Studios</a></li><li><a href="/summerhouses/">Summerhouses</a></li>'
            '<li><a href="/sheds-and-workshops/">Sheds &amp; workshops</a></li><li><a href="/showroom/">Visit our showroom</a></li><li><a href="/brochure/">Brochure</a></li></ul></nav>'
            '<div class="site-header__contact"><a href="tel:01454418220">01454 418 220</a> %s</div></div></header>\n'
            '<main id="main">\n<nav class="breadcrumb container" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li aria-current="page">Legal</li></ol></nav>\n'
            '<div class="page-hero page-hero--plain"><div class="container"><h1 class="page-hero__title">Legal</h1></div></div>\n'
            '<div class="container legal-page"><div class="umb-block-grid" data-grid-columns="12">\n%s\n%s\n</div></div>\n</main>\n'
            '<footer class="site-footer"><div class="container"><div class="trustbox" data-locale="en-GB" data-template-id="5419b6a8b0d04a076446a9ad"><a href="https://uk.trustpilot.com/review/thornburygardenbuildings.co.uk">Excellent %s out of 5 based on %s reviews</a></div>'
            '<form class="newsletter" action="/umbraco/surface/newsletter/subscribe" method="post"><label for="nl-email">Get ideas and offers by email</label><input id="nl-email" type="email" name="Email">'
            '<button type="submit">Sign up</button><input name="__RequestVerificationToken" type="hidden" value="%s"></form>'
            '<ul class="site-footer__links"><li><a href="/legal/#terms-of-use">Terms</a></li><li><a href="/legal/#privacy-notice">Privacy</a></li><li><a href="/legal/#cookie-notice">Cookies</a></li>'
            '<li><a href="/legal/#modern-slavery-statement">Modern slavery</a></li><li><a href="/legal/#accessibility-statement">Accessibility</a></li></ul>'
            '<p class="site-footer__small">&copy; %d Thornbury Garden Buildings Ltd. Registered in England and Wales No. 06418832. *Finance subject to status.</p></div></footer>\n'
            '<script src="/sb/site-js.js.v%s"></script>\n</body>\n</html>\n'
            % (URL, s["smidge"], OFFERS[s["offer"]], lines, toc, sections, score, "{:,}".format(count), s["token"], when.year, s["smidge"]))


PAGE = {
    "service": "Thornbury Garden Buildings", "url": URL, "lang": "en-GB", "platform": "Umbraco 13 (Block Grid)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Frame-Options", "SAMEORIGIN"),),
    "n": 31, "start": dt.date(2021, 2, 22), "end": dt.date(2026, 6, 12), "hours": (7, 9, 13, 19),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#privacy-notice"], "remove": [".back-to-top"]},
}
