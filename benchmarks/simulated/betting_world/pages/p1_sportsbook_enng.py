"""KoboBet (Nigerian sportsbook), custom PHP on Laravel (Blade layout, Mix assets, later a Vite redesign).

Noise: the Laravel CSRF token (meta tag, login and logout forms) on every response; the live-score ticker in the
header with the count of live events; the sidebar promo banner (rotates now and then); asset ids (Mix ?id= until
the 2024 redesign, then Vite's hashed /build/assets files and a new header). All outside #static-content.
"""
import datetime as dt
import html

import common as C

URL = "https://www.kobobet.ng/privacy-policy"

POLICY = """# Privacy Policy

Last updated: {UPDATED}

KoboBet Gaming Limited ("KoboBet", "we", "us" or "our") is committed to protecting the personal data of every customer who visits our website, uses our mobile applications or places a bet at any of our agent shops. This Privacy Policy explains what information we collect, why we collect it, how we use it and the rights you have under the Nigeria Data Protection Act 2023 (NDPA) and the regulations issued by the Nigeria Data Protection Commission (NDPC).

By opening an account with us you confirm that you are at least 18 years old and that you have read and understood this Privacy Policy. If you do not agree with it, please do not use our services.

## 1. Who we are

KoboBet Gaming Limited (RC 1456789) is a company incorporated in Nigeria and licensed by the Lagos State Lotteries and Gaming Authority (LSLGA) to provide sports betting and online gaming services. For the purposes of the NDPA, KoboBet is the data controller of the personal data described in this policy.

@ KoboBet Gaming Limited
@ Plot 12, Admiralty Way, Lekki Phase 1
@ Lagos, Nigeria

## 2. Information we collect

We collect the following categories of personal data:

- **Identity data:** full name, date of birth, gender, Bank Verification Number (BVN) and National Identification Number (NIN).
- **Contact data:** mobile phone number, e-mail address and residential address.
- **Financial data:** bank account details, debit card details (tokenised by our payment partners), deposit and withdrawal history.
- **Betting data:** bets placed, stakes, odds accepted, winnings, bonuses and promotions claimed.
- **Technical data:** IP address, device model, operating system, browser type, app version and location derived from your IP address.
- **Communication data:** records of calls, live chat conversations and e-mails with our customer care team.

We do not knowingly collect data from persons under the age of 18. If we discover that a minor has opened an account, the account will be closed and any deposits returned to the source of payment.

## 3. How we use your information

We use your personal data to:

- open and manage your betting account and verify your identity;
- process deposits, withdrawals and the settlement of your bets;
- comply with our obligations under the Money Laundering (Prevention and Prohibition) Act 2022 and the directives of the Special Control Unit against Money Laundering (SCUML);
- detect and prevent fraud, match-fixing, bonus abuse and multiple accounts;
- send you service messages by SMS, e-mail and push notification, and, where you have agreed, marketing about offers and promotions;
- apply responsible gaming tools such as deposit limits, time-outs and self-exclusion;
- improve our website, apps and products through analytics.

## 4. Legal basis for processing

| Purpose | Legal basis |
| Account opening and bet settlement | Performance of a contract |
| Identity verification (KYC) and anti-money laundering checks | Legal obligation |
| Fraud and integrity monitoring | Legitimate interest |
| Marketing SMS and e-mails | Consent |
| Analytics and product improvement | Legitimate interest |

You may withdraw your consent to marketing at any time by replying STOP to any promotional SMS, by clicking "unsubscribe" in our e-mails or by changing your preferences under My Account.

## 5. Sharing your information

We do not sell your personal data. We share it only with the following categories of recipients, each bound by a data processing agreement:

| Recipient | Purpose | Location |
| Paystack Payments Limited | Card and bank transfer payments | Nigeria |
| Flutterwave Technology Solutions Limited | Card payments and payouts | Nigeria |
| Smile Identity Inc. | BVN and NIN verification | Nigeria / United States |
| Infobip Limited | SMS delivery | United Kingdom |
| Sportradar AG | Integrity monitoring and live data | Switzerland |

We may also disclose personal data to the LSLGA, the National Lottery Regulatory Commission, the Economic and Financial Crimes Commission (EFCC), the police or a court where the law requires us to do so.

## 6. International transfers

Some of our service providers are located outside Nigeria. Where we transfer your data abroad, we make sure that the recipient country provides an adequate level of protection or that appropriate safeguards, such as standard contractual clauses approved by the NDPC, are in place.

## 7. How long we keep your information

We keep your personal data only for as long as we need it. KYC records and transaction records are retained for 5 years after your account is closed, as required by anti-money laundering law. Call recordings are kept for 12 months. Marketing preferences are kept until you withdraw your consent.

## 8. Security

We protect your data with encryption in transit (TLS), two-factor authentication for staff, restricted access on a need-to-know basis and regular penetration tests. No method of transmission over the internet is completely secure, so please keep your password and one-time PINs confidential and never share them with anyone, including persons claiming to be KoboBet staff.

## 9. Your rights

Under the NDPA you have the right to:

- be informed about how we process your data;
- access a copy of the personal data we hold about you;
- ask us to correct inaccurate or incomplete data;
- ask us to delete your data, subject to our legal retention obligations;
- object to or restrict certain processing;
- receive your data in a portable format;
- withdraw your consent at any time.

To exercise any of these rights, send an e-mail to [privacy@kobobet.ng](mailto:privacy@kobobet.ng). We will respond within 30 days. If you are not satisfied with our response, you may lodge a complaint with the Nigeria Data Protection Commission at [ndpc.gov.ng](https://ndpc.gov.ng).

## 10. Cookies

We use cookies to keep you logged in, remember your bet slip and measure how our website is used. You will recieve a cookie notice on your first visit and can change your choices at any time. For more information, see our [Cookie Policy](/cookie-policy).

## 11. Changes to this policy

We may update this Privacy Policy from time to time. The latest version will always be published on this page with the date of the last update. Where the changes are significant, we will notify you by e-mail or in-app message.

## 12. Contact us

If you have any questions about this Privacy Policy, please contact our Data Protection Officer:

@ Data Protection Officer, KoboBet Gaming Limited
@ Plot 12, Admiralty Way, Lekki Phase 1, Lagos
@ E-mail: privacy@kobobet.ng
@ Customer care: 0201 330 5500"""

EDITS = [
    {"note": "processor added to the sharing table (Opay for wallet payments)",
     "repl": [("| Smile Identity Inc. |",
               "| OPay Digital Services Limited | Wallet payments and payouts | Nigeria |\n| Smile Identity Inc. |")]},
    {"note": "typo fixed: recieve -> receive", "bump": False,
     "repl": [("You will recieve a cookie notice", "You will receive a cookie notice")]},
    {"note": "KYC retention changed from 5 to 6 years; call recordings from 12 to 24 months",
     "repl": [("retained for 5 years after your account is closed", "retained for 6 years after your account is closed"),
              ("Call recordings are kept for 12 months.", "Call recordings are kept for 24 months.")]},
    {"note": "new section on responsible gaming data (self-exclusion shared with the regulator)",
     "repl": [("## 12. Contact us", "## 13. Contact us"), ("## 11. Changes", "## 12. Changes"),
              ("## 10. Cookies", "## 11. Cookies"), ("## 9. Your rights", "## 10. Your rights"),
              ("## 8. Security", "## 8. Responsible gaming\n\n"
               "If you self-exclude or set limits on your account, we record your choice and the date it expires. "
               "Details of self-excluded customers may be shared with the LSLGA and with other licensed operators "
               "taking part in a national self-exclusion register, so that you cannot open a new account during "
               "your exclusion period.\n\n## 9. Security")]},
    {"note": "customer care phone number and office address changed",
     "repl": [("@ Customer care: 0201 330 5500", "@ Customer care: 0700 562 6238 (0700-KOBOBET)"),
              ("@ Data Protection Officer, KoboBet Gaming Limited\n@ Plot 12, Admiralty Way, Lekki Phase 1, Lagos",
               "@ Data Protection Officer, KoboBet Gaming Limited\n@ 4th Floor, Landmark Towers, 5B Water Corporation Road, Victoria Island, Lagos")]},
]

TEAMS = ["Arsenal", "Chelsea", "Man United", "Liverpool", "Man City", "Tottenham", "Newcastle", "Aston Villa",
         "Real Madrid", "Barcelona", "Atletico", "Napoli", "Inter", "Juventus", "Bayern", "Dortmund", "PSG",
         "Enyimba", "Rangers Int.", "Remo Stars", "Kano Pillars", "Shooting Stars", "Rivers United"]
PROMOS = [("welcome", "Welcome Bonus: 100% up to &#8358;100,000 on your first deposit"),
          ("acca", "Acca Boost: up to 1,000% extra on winning accumulators"),
          ("cashout", "Early Cash Out now available on all live football"),
          ("jackpot", "Weekly Jackpot: predict 12 games, win &#8358;50,000,000"),
          ("refer", "Refer a friend and get &#8358;2,000 free bet")]

REDESIGN = dt.datetime(2024, 5, 20)


def fmt_date(d):
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s %s, %d" % (n, suf, d.strftime("%B"), d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    live = []
    for _ in range(rng.randint(3, 6)):
        a, b = rng.sample(TEAMS, 2)
        live.append((a, b, rng.randint(0, 3), rng.randint(0, 3), rng.randint(1, 90)))
    new_ui = when >= REDESIGN
    return {
        "csrf": C.alnum(rng, 40),
        "live": (tuple(live), rng.randint(18, 96)),
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.choice(PROMOS)),
        "assets": C.keep_or(rng, prev.get("assets") if prev.get("assets", ("",))[0] == new_ui else None, 0.2,
                            lambda: (new_ui, C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 20))),
    }


LABELS = {"csrf": "Laravel CSRF token (meta, login and logout forms)", "live": "live-score ticker and live count",
          "promo": "sidebar promo banner", "assets": "asset ids / 2024 redesign of the header"}

CLS = {"table": "table table-striped", "h2": "static-title"}


def render(s, blocks, when):
    new_ui, h1, h2, mixid = s["assets"]
    tok = s["csrf"]
    live, nlive = s["live"]
    pid, ptext = s["promo"]
    if new_ui:
        assets = ('<link rel="preload" as="style" href="https://www.kobobet.ng/build/assets/app-%s.css" />'
                  '<link rel="modulepreload" href="https://www.kobobet.ng/build/assets/app-%s.js" />'
                  '<link rel="stylesheet" href="https://www.kobobet.ng/build/assets/app-%s.css" />'
                  '<script type="module" src="https://www.kobobet.ng/build/assets/app-%s.js"></script>'
                  % (h1, h2, h1, h2))
    else:
        assets = ('<link href="/css/app.css?id=%s" rel="stylesheet">'
                  '<script src="/js/app.js?id=%s" defer></script>' % (mixid, mixid[::-1]))
    ticker = "".join(
        '<li class="ticker__item"><a href="/sport/live/%d"><span class="ticker__min">%d\'</span> %s '
        '<b>%d - %d</b> %s</a></li>' % (1000 + k, m, html.escape(a), x, y, html.escape(b))
        for k, (a, b, x, y, m) in enumerate(live))
    login = ('<form class="login-form" method="POST" action="https://www.kobobet.ng/login">'
             '<input type="hidden" name="_token" value="%s" autocomplete="off">'
             '<input type="text" name="username" placeholder="Phone number or username" required>'
             '<input type="password" name="password" placeholder="Password" required>'
             '<button type="submit" class="btn btn-login">Login</button>'
             '<a href="/register" class="btn btn-join">Join Now</a></form>' % tok)
    nav = ("".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % x for x in (
        ("/sport", "Sports"), ("/sport/live", "Live <span class=\"badge\">%d</span>" % nlive), ("/virtuals", "Virtuals"),
        ("/casino", "Casino"), ("/jackpot", "Jackpot"), ("/promotions", "Promotions"), ("/results", "Results"))))
    if new_ui:
        header = ('<div class="topbar"><span class="age-badge">18+</span> Bet responsibly. Licensed by the Lagos State '
                  'Lotteries and Gaming Authority.</div>'
                  '<header class="site-header site-header--v2"><div class="container-fluid d-flex">'
                  '<a class="brand" href="/"><img src="/images/logo-2024.svg" alt="KoboBet" width="132"></a>'
                  '<nav class="main-nav"><ul class="nav">%s</ul></nav>%s</div>'
                  '<div class="ticker ticker--live" data-live-count="%d"><span class="ticker__label">LIVE</span>'
                  '<ul class="ticker__list">%s</ul></div></header>' % (nav, login, nlive, ticker))
    else:
        header = ('<header id="header"><div class="header-top"><div class="container"><a class="logo" href="/">'
                  '<img src="/images/logo.png" alt="KoboBet"></a>%s</div></div>'
                  '<div class="header-nav"><div class="container"><ul class="nav navbar-nav">%s</ul></div></div>'
                  '<div class="live-marquee"><marquee scrollamount="4"><ul>%s</ul></marquee></div></header>'
                  % (login, nav, ticker))
    body = C.blocks_html(blocks, CLS)
    body = body.replace("<table", '<div class="table-responsive"><table').replace("</table>", "</table></div>")
    sidebar = ('<aside class="col-md-3 sidebar"><div class="betslip-widget"><h4>Betslip <span class="count">0</span></h4>'
               '<p>Click on odds to add selections to your betslip.</p></div>'
               '<div class="promo-banner promo-banner--%s"><a href="/promotions/%s">'
               '<img src="/storage/promos/%s.jpg" alt=""><span>%s</span></a></div>'
               '<div class="app-download"><a href="/app">Download the KoboBet App</a></div></aside>'
               % (pid, pid, pid, ptext))
    main = ('<section class="page-static"><div class="container"><div class="row">'
            '<aside class="col-md-2 static-menu"><ul class="list-unstyled">'
            '<li><a href="/about-us">About Us</a></li><li><a href="/terms-and-conditions">Terms &amp; Conditions</a></li>'
            '<li class="active"><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/cookie-policy">Cookie Policy</a></li>'
            '<li><a href="/responsible-gaming">Responsible Gaming</a></li><li><a href="/faq">FAQ</a></li></ul></aside>'
            '<div class="col-md-7"><div class="static-content" id="static-content">\n%s\n</div></div>%s'
            '</div></div></section>' % (body, sidebar))
    footer = ('<footer class="site-footer"><div class="container"><div class="footer-links">'
              '<a href="/about-us">About Us</a> | <a href="/terms-and-conditions">Terms</a> | '
              '<a href="/privacy-policy">Privacy</a> | <a href="/responsible-gaming">Responsible Gaming</a> | '
              '<a href="/contact">Contact</a></div>'
              '<p class="footer-licence">KoboBet Gaming Limited is licensed by the Lagos State Lotteries and Gaming '
              'Authority (LSLGA), licence no. LSLGA/OP/SB/0472. Betting is for persons 18 years and above only. '
              'Gambling can be addictive, please play responsibly.</p>'
              '<p class="copyright">&copy; %d KoboBet. All rights reserved.</p>'
              '<form id="logout-form" action="https://www.kobobet.ng/logout" method="POST" class="d-none">'
              '<input type="hidden" name="_token" value="%s" autocomplete="off"></form></div></footer>'
              % (when.year, tok))
    scripts = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
               "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
               "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})"
               "(window,document,'script','dataLayer','GTM-K7B3TQ9');</script>")
    tawk = ('<script type="text/javascript">var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();(function(){var s1='
            'document.createElement("script"),s0=document.getElementsByTagName("script")[0];s1.async=true;'
            's1.src=\'https://embed.tawk.to/5f8a1c2d4704467e89f3a1b2/default\';s1.charset=\'UTF-8\';'
            's1.setAttribute(\'crossorigin\',\'*\');s0.parentNode.insertBefore(s1,s0);})();</script>')
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="csrf-token" content="%s">\n<title>Privacy Policy | KoboBet - Sports Betting in Nigeria</title>\n'
            '<meta name="description" content="Read the KoboBet Privacy Policy.">\n'
            '<link rel="icon" href="/favicon.ico">%s\n%s\n</head>\n<body class="page-privacy-policy">\n'
            '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7B3TQ9" height="0" width="0" '
            'style="display:none;visibility:hidden"></iframe></noscript>\n<div id="app">\n%s\n%s\n%s\n</div>\n%s\n'
            '</body>\n</html>\n' % (tok, assets, scripts, header, main, footer, tawk))


PAGE = {
    "service": "KoboBet",
    "url": URL,
    "lang": "en-NG",
    "platform": "custom PHP (Laravel Blade; Mix assets, Vite after the 2024 redesign)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 31,
    "start": dt.date(2023, 2, 10),
    "end": dt.date(2025, 9, 30),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#static-content"},
}
