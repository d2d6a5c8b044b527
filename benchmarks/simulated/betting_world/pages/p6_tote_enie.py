"""Tote Éireann (Irish horse-racing tote), Umbraco 8 with the Bootstrap 3 grid layout and ClientDependency.

The policy is a rich-text editor in the grid's wide column; the editors placed the "Next races" macro in the grid's
side column of the same row, so it sits inside the declared .umb-grid (the declaration removes .next-races).
Noise: the next races (meeting, off time, minutes to post, pool) on every visit; the pool-size ticker in the
header; the __RequestVerificationToken of the Umbraco Forms newsletter form in the footer; ClientDependency's
cdv= version after each config change.
"""
import datetime as dt

import common as C

URL = "https://www.tote.ie/privacy-notice"

POLICY = """# Privacy Notice

Last updated: {UPDATED}

This Privacy Notice explains how Tote Éireann DAC ("Tote Éireann", "we", "us") collects and uses your personal data when you bet with us online, through the Tote Éireann app, at our on-course betting windows and self-service terminals at Irish racecourses, or when you contact us. We are committed to handling your personal data fairly and transparently, in line with the General Data Protection Regulation (GDPR) and the Data Protection Acts 1988 to 2018.

## 1. Who we are

Tote Éireann DAC is the data controller for the personal data described in this notice. We operate pool betting on horse racing in Ireland under a licence granted by the Revenue Commissioners.

@ Tote Éireann DAC
@ Unit 4, Naas Business Park
@ Naas, Co. Kildare, W91 X2K7
@ Registered in Ireland, company number 614327

## 2. The personal data we collect

Depending on how you use our services, we may collect:

- your name, date of birth, home address, e-mail address and mobile number;
- identification documents such as a passport or driving licence, and proof of address;
- your Tote account number, bets placed, stakes, dividends paid and account balance;
- payment card details (processed by our payment provider; we only see the last four digits);
- information about your use of our website and app, including IP address and device identifiers;
- recordings of calls to our customer service team;
- CCTV images at our on-course betting windows.

We do not open accounts for anyone under 18 years of age.

Most of this information comes from you. We also receive information from our identity verification partner, from credit reference and fraud prevention agencies when we check your identity, from our payment providers, and from racecourses where an incident involving our on-course staff is reported.

## 3. Why we use your data and our legal basis

| Purpose | Legal basis |
| To open and run your Tote account and settle your bets | Contract |
| To verify your identity and age and carry out anti-money laundering checks | Legal obligation |
| To pay dividends and keep records required by the Revenue Commissioners | Legal obligation |
| To protect customers and staff on-course, including by CCTV | Legitimate interests |
| To send you news about racing, offers and our Jackpot and Placepot pools | Consent |
| To improve our website and app | Legitimate interests |

Where we rely on legitimate interests, we have balanced our interests against your rights. Our legitimate interests include keeping our pools fair, preventing fraud, keeping our customers and staff safe and understanding how our products are used. You can object to processing based on legitimate interests at any time.

## 4. Who we share your data with

We share personal data only where necessary with:

| Recipient | Service | Location |
| Worldpay (UK) Limited | Card payments | United Kingdom |
| GBG (Global) Limited | Identity and age verification | United Kingdom |
| Salesforce, Inc. | Marketing e-mails | EU / United States |
| Microsoft Ireland Operations Limited | Cloud hosting | Ireland |
| Horse Racing Ireland | Racing data and industry reporting | Ireland |

We may also disclose information to An Garda Síochána, the Revenue Commissioners or other authorities where we are legally required to do so, for example under the Criminal Justice (Money Laundering and Terrorist Financing) Act 2010.

## 5. Transfers outside the EEA

Where personal data is transferred to the United Kingdom we rely on the European Commission's adequacy decision. Transfers to the United States are made under the EU-US Data Privacy Framework or the European Commission's standard contractual clauses.

## 6. How long we keep your data

We keep account and transaction records for 6 years after your account is closed, to meet our legal and tax obligations. Customer service call recordings are kept for 12 months. CCTV footage from on-course betting windows is kept for 31 days unless it is needed to investigate an incident.

## 7. Safer gambling

We want betting with Tote Éireann to stay fun. You can set deposit limits, take a break or self-exclude at any time from the My Account section of the app. If you self-exclude, we will keep a record of your exclusion and will not send you marketing during the exclusion period. Free and confidential support is available from the Gambling Care helpline on 1800 936 725.

## 8. Your rights

You have the right to:

- access the personal data we hold about you;
- have inaccurate data corrected;
- have your data erased where we no longer need it;
- restrict or object to our use of your data;
- receive your data in a portable format;
- withdraw your consent to marketing at any time.

To make a request, e-mail [dataprotection@tote.ie](mailto:dataprotection@tote.ie) or write to our Data Protection Officer at the address above. We will reply within one month. Where a request is complex we may extend this by up to two further months, and we will tell you why. We may ask you for proof of identity before we act on a request, so that we do not disclose your information to someone else. There is normally no charge for making a request.

## 9. Cookies

Our website uses cookies. Strictly necessary cookies keep you logged in and keep your bet slip; we only use analytics and advertising cookies if you agree to them. You can find out more and change your settings in our [Cookie Policy](/cookie-policy).

## 10. Complaints

If you are unhappy with how we have handled your personal data, please contact us first. You also have the right to lodge a complaint with the Data Protection Commission:

@ Data Protection Commission
@ 21 Fitzwilliam Square South
@ Dublin 2, D02 RD28
@ www.dataprotection.ie

## 11. Contact us

Customer service: 01 486 5700 (Monday to Sunday, 10am to 9pm on race days)

E-mail: [dataprotection@tote.ie](mailto:dataprotection@tote.ie)"""

EDITS = [
    {"note": "CCTV retention changed from 31 to 28 days",
     "repl": [("is kept for 31 days unless", "is kept for 28 days unless")]},
    {"note": "processor added: Stripe for Apple Pay / Google Pay",
     "repl": [("| GBG (Global) Limited |",
               "| Stripe Payments Europe, Limited | Apple Pay and Google Pay | Ireland |\n| GBG (Global) Limited |")]},
    {"note": "words inserted: 'stay fun' -> 'stay safe and fun' (no date change)", "bump": False,
     "repl": [("We want betting with Tote Éireann to stay fun.", "We want betting with Tote Éireann to stay safe and fun.")]},
    {"note": "customer service phone number and opening hours changed",
     "repl": [("Customer service: 01 486 5700 (Monday to Sunday, 10am to 9pm on race days)",
               "Customer service: 045 981 200 (Monday to Sunday, 9am to 10pm)")]},
    {"note": "GRAI and the National Gambling Exclusion Register added (Gambling Regulation Act 2024)",
     "repl": [("You can set deposit limits, take a break or self-exclude at any time from the My Account section of the app.",
               "You can set deposit limits, take a break or self-exclude at any time from the My Account section of the app. "
               "Under the Gambling Regulation Act 2024 we are licensed by the Gambling Regulatory Authority of Ireland (GRAI). "
               "When the National Gambling Exclusion Register is in operation, we will check your details against it "
               "when you open an account and at regular intervals, and we will share the data needed for those checks with the GRAI.")]},
]

def fmt_date(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


MEETINGS = ["Leopardstown", "Punchestown", "Fairyhouse", "Curragh", "Galway", "Naas", "Dundalk", "Cork", "Limerick",
            "Navan", "Gowran Park", "Tipperary", "Thurles", "Ballinrobe", "Killarney", "Listowel", "Sligo",
            "Roscommon", "Tramore", "Wexford", "Kilbeggan", "Clonmel", "Down Royal", "Bellewstown"]


def noise(rng, when, i, prev):
    prev = prev or {}
    meets = rng.sample(MEETINGS, 3)
    t0 = when + dt.timedelta(minutes=rng.randint(2, 25))
    races = []
    for k in range(4):
        off = t0 + dt.timedelta(minutes=k * rng.randint(9, 16))
        races.append((meets[k % 3], off.strftime("%H:%M"), int((off - when).total_seconds() // 60),
                      rng.randint(800, 9000)))
    pools = (rng.randint(8000, 95000), rng.randint(3000, 40000), rng.randint(500, 9000))
    return {
        "races": tuple(races),
        "pools": pools,
        "token": C.alnum(rng, 92, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "cdv": C.keep_or(rng, prev.get("cdv"), 0.12, lambda: rng.randint(1000000000, 2147483647)),
    }


LABELS = {"races": "'Next races' macro in the grid's side column (inside .umb-grid)",
          "pools": "pool-size ticker in the header", "token": "__RequestVerificationToken (newsletter form)",
          "cdv": "ClientDependency cdv version"}


def eur(n):
    return "€{:,}".format(n)


def render(s, blocks, when):
    races = "".join('<li class="next-races__item"><a href="/racing/%s/%s"><span class="next-races__time">%s</span> '
                    '<span class="next-races__meeting">%s</span> <span class="next-races__mtp">%d mins</span> '
                    '<span class="next-races__pool">Win pool %s</span></a></li>'
                    % (m.lower().replace(" ", "-"), t.replace(":", ""), t, m, mtp, eur(p)) for m, t, mtp, p in s["races"])
    jp, pp, p6 = s["pools"]
    rte = C.blocks_html(blocks)
    rte = rte.replace("<table>", '<table class="table" border="0">')
    cdv = s["cdv"]
    return ('<!DOCTYPE html>\n<html lang="en-IE">\n<head>\n    <meta charset="utf-8" />\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '    <title>Privacy Notice | Tote Éireann</title>\n'
            '    <meta name="description" content="How Tote Éireann collects and uses your personal data." />\n'
            '    <link href="/DependencyHandler.axd?s=L2Nzcy9ib290c3RyYXAubWluLmNzczsvY3NzL3NpdGUuY3NzOw2&amp;t=Css&amp;cdv=%d" '
            'type="text/css" rel="stylesheet"/>\n'
            '    <script id="CookieDeclaration" src="https://consent.cookiebot.com/uc.js" data-cbid="1f6b3a92-7d4e-4a0c-8b25-e9c3f1d07a66" '
            'type="text/javascript" async></script>\n'
            '    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':new Date().getTime(),event:\'gtm.js\'});'
            'var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!=\'dataLayer\'?\'&l=\'+l:\'\';j.async=true;'
            'j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i+dl;f.parentNode.insertBefore(j,f);})'
            '(window,document,\'script\',\'dataLayer\',\'GTM-N4RD8QX\');</script>\n</head>\n<body class="contentpage">\n'
            '    <div class="pools-bar"><div class="container"><span class="pools-bar__item">Jackpot pool <strong>%s</strong></span>'
            '<span class="pools-bar__item">Placepot pool <strong>%s</strong></span><span class="pools-bar__item">Pick 6 pool '
            '<strong>%s</strong></span></div></div>\n'
            '    <header class="navbar navbar-default"><div class="container"><div class="navbar-header">'
            '<a class="navbar-brand" href="/"><img src="/media/1034/tote-eireann-logo.svg" alt="Tote Éireann" /></a></div>'
            '<ul class="nav navbar-nav"><li><a href="/racing">Racing</a></li><li><a href="/results">Results</a></li>'
            '<li><a href="/jackpot">Jackpot</a></li><li><a href="/placepot">Placepot</a></li><li><a href="/on-course">On-Course</a></li>'
            '<li><a href="/help">Help</a></li></ul><ul class="nav navbar-nav navbar-right"><li><a href="/login" class="btn btn-login">'
            'Log In</a></li><li><a href="/join" class="btn btn-primary">Join</a></li></ul></div></header>\n'
            '    <main id="main">\n<div class="umb-grid">\n                <div class="grid-section">\n    <div >\n'
            '        <div class=\'container\'>\n        <div class="row clearfix">\n'
            '            <div class="col-md-8 column">\n                <div >\n                        \n'
            '    \n%s\n\n                </div>\n            </div>\n'
            '            <div class="col-md-4 column">\n                <div >\n                        \n'
            '<div class="next-races" data-macro="NextRaces" data-refresh="60"><h3 class="next-races__title">Next Races</h3>'
            '<ul class="next-races__list">%s</ul><a href="/racing" class="btn btn-default btn-block">Full racecard</a></div>\n'
            '                </div>\n            </div>\n        </div>\n        </div>\n    </div>\n                </div>\n'
            '</div>\n    </main>\n'
            '    <footer class="footer"><div class="container"><div class="row"><div class="col-sm-6">'
            '<form action="/privacy-notice" enctype="multipart/form-data" method="post" class="umbraco-forms-form newsletter">'
            '<div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset"><legend>Racing news and offers</legend>'
            '<input type="email" name="email" class="text" placeholder="Your e-mail" /></fieldset>'
            '<input type="submit" class="btn primary" value="Sign up" name="__next" /></div>'
            '<input name="__RequestVerificationToken" type="hidden" value="%s" />'
            '<input type="hidden" name="FormId" value="6c0d71a8-4e2f-4f0b-9a1c-7e3b5d2f8a90" /></form></div>'
            '<div class="col-sm-6"><p>Tote Éireann DAC. Over 18s only. Please bet responsibly. '
            '<a href="https://www.gamblingcare.ie">gamblingcare.ie</a></p>'
            '<p><a href="/terms">Terms &amp; Conditions</a> | <a href="/privacy-notice">Privacy Notice</a> | '
            '<a href="/cookie-policy">Cookie Policy</a> | <a href="/safer-gambling">Safer Gambling</a></p></div></div></div></footer>\n'
            '    <script src="/DependencyHandler.axd?s=L3NjcmlwdHMvanF1ZXJ5Lm1pbi5qczsvc2NyaXB0cy9ib290c3RyYXAubWluLmpzOw2&amp;t=Javascript&amp;cdv=%d" '
            'type="text/javascript"></script>\n</body>\n</html>\n'
            % (cdv, eur(jp), eur(pp), eur(p6), rte, races, s["token"], cdv))


PAGE = {
    "service": "Tote Éireann",
    "url": URL,
    "lang": "en-IE",
    "platform": "Umbraco 8 (Bootstrap 3 grid, ClientDependency)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 30,
    "start": dt.date(2022, 4, 11),
    "end": dt.date(2025, 11, 5),
    "hours": (0, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".umb-grid", "remove": ".next-races"},
}
