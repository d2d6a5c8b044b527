"""Halyard Markets (London) - en-GB - CFD and spread-betting broker - Next.js Pages Router (__NEXT_DATA__), rebuilt
on the App Router in Sep 2024 (RSC flight payload in self.__next_f scripts), Sanity portable text with an embedded quarterly-updated CFD risk-warning block *inside* the
policy body, live price ticker with market open/closed badges, CSP nonces, Statsig A/B test on the CTA, Cookiebot."""
import datetime as dt
import json
import random
import common as C

URL = "https://www.halyardmarkets.co.uk/legal/privacy-notice"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy notice

Last updated: {UPDATED}

This notice explains how Halyard Markets Ltd ("Halyard", "we", "us") collects and uses personal data when you apply for or use a Halyard account, our trading platforms and apps, or visit our website. Halyard Markets Ltd is the controller of your personal data.

## 1. Who we are

Halyard Markets Ltd is a company registered in England and Wales (company number 08841276) with its registered office at 22 Bishopsgate, London EC2N 4BQ. We are authorised and regulated by the Financial Conduct Authority (firm reference number 613402).

## 2. The information we collect

When you open and use an account we collect:

- identity details: your name, date of birth, nationality, National Insurance number and copies of your passport or driving licence;
- contact details: your home address, email address and mobile number;
- financial details: your employment status, annual income, savings and the source of the funds you deposit;
- appropriateness information: your answers to our trading knowledge and experience questions;
- trading and account data: your positions, orders, deposits, withdrawals and the debit cards and bank accounts you use;
- technical data: your IP address, device identifiers, app version and the pages you view.

We record telephone calls and keep electronic communications relating to your trading, as required by the FCA's record-keeping rules.

## 3. How we use your information

We use your information to open and run your account, to carry out your instructions and to provide customer support (performance of our contract with you).

We use your information to verify your identity, to prevent fraud, money laundering and market abuse, and to report transactions to the FCA (legal obligation).

We use your information to assess whether our products are appropriate for you and to apply your leverage limits (legal obligation).

We use your contact details to send you market updates and offers if you have agreed to receive them (consent). You can unsubscribe at any time.

## 4. Who we share it with

| Recipient | Purpose |
| Credit reference agencies (Experian, Equifax) | Identity verification and anti-money-laundering checks |
| Onfido Ltd | Document and biometric identity verification |
| Worldpay (UK) Ltd | Processing card deposits and withdrawals |
| Salesforce UK Ltd | Customer relationship management |

We may also share information with the FCA, HM Revenue & Customs, the Financial Ombudsman Service and law enforcement agencies where the law requires us to.

## 5. International transfers

Some of our service providers process data outside the United Kingdom. Where they do, we rely on UK adequacy regulations or on the International Data Transfer Agreement issued by the Information Commissioner.

## 6. How long we keep it

We keep account, trading and identification records for five years after our relationship ends, or for seven years where the FCA requires it. Recorded calls are kept for five years.

If you start an application but do not complete it, we delete your information after 24 months.

## 7. Your rights

You have the right to access your personal data, to have it corrected or erased, to restrict or object to its use and to data portability. To exercise your rights, contact our Data Protection Officer at [dpo@halyardmarkets.co.uk](mailto:dpo@halyardmarkets.co.uk).

If you are unhappy with how we have handled your data, you can complain to the [Information Commissioner's Office](https://ico.org.uk/make-a-complaint/).

## 8. Cookies

We use cookies and similar technologies on our website and apps. See our [Cookie policy](/legal/cookie-policy) for details and to change your preferences.
"""

EDITS = [
    {"note": "recipients table: new row for Amazon Web Services EMEA SARL (cloud hosting)",
     "repl": [("| Salesforce UK Ltd | Customer relationship management |",
               "| Salesforce UK Ltd | Customer relationship management |\n| Amazon Web Services EMEA SARL | Hosting our trading platform and data storage |")]},
    {"note": "abandoned-application retention shortened from 24 to 12 months (silent, date not bumped)", "bump": False,
     "repl": [("we delete your information after 24 months.", "we delete your information after 12 months.")]},
    {"note": "new section 'Automated decisions' on automated appropriateness assessment; later sections renumbered",
     "repl": [("## 5. International transfers", "## 5. Automated decisions\n\nWhen you apply for an account, our systems score your answers to the appropriateness questions automatically. If the score is too low, we will not let you trade leveraged products straight away. You can ask for a member of our team to review the decision.\n\n## 6. International transfers"),
              ("## 6. How long we keep it", "## 7. How long we keep it"),
              ("## 7. Your rights", "## 8. Your rights"),
              ("## 8. Cookies", "## 9. Cookies")]},
    {"note": "ICO complaint link target changed to the data-protection-complaints page",
     "repl": [("(https://ico.org.uk/make-a-complaint/)", "(https://ico.org.uk/make-a-complaint/data-protection-complaints/)")]},
    {"note": "registered office moved (22 Bishopsgate -> 1 Angel Court) and DPO email changed to privacy@",
     "repl": [("22 Bishopsgate, London EC2N 4BQ", "1 Angel Court, London EC2R 7HJ"),
              ("[dpo@halyardmarkets.co.uk](mailto:dpo@halyardmarkets.co.uk)", "[privacy@halyardmarkets.co.uk](mailto:privacy@halyardmarkets.co.uk)")]},
    {"note": "marketing sentence reworded: also adds personalised ads on social media (consent)",
     "repl": [("We use your contact details to send you market updates and offers if you have agreed to receive them (consent).",
               "We use your contact details to send you market updates and offers, and to show you personalised adverts on social media, if you have agreed to this (consent).")]},
]

INSTR = [("UK 100", "ftse", 7450.0, 2.0), ("Germany 40", "dax", 15800.0, 4.0), ("US Tech 100", "ndx", 14500.0, 8.0),
         ("GBP/USD", "gbpusd", 1.2600, 0.0009), ("Gold", "xau", 1950.0, 3.0), ("Brent Crude", "brent", 82.0, 0.4)]
REDESIGN = dt.datetime(2024, 9, 17)


def risk_pct(when):
    q = (when.month - 1) // 3
    return random.Random("halyard-risk|%d|%d" % (when.year, q)).randint(68, 79)


def market_open(key, when):
    wd, h = when.weekday(), when.hour + when.minute / 60.0
    if key == "ftse":
        return wd < 5 and 8 <= h < 16.5
    if key == "dax":
        return wd < 5 and 7 <= h < 21
    if key in ("ndx", "xau", "brent"):
        return not (wd == 5 or (wd == 6 and h < 22) or (wd == 4 and h >= 21)) and not (21 <= h < 22)
    return not (wd == 5 or (wd == 6 and h < 21) or (wd == 4 and h >= 21))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    drift = (when - dt.datetime(2021, 1, 1)).days / 1800.0
    s["prices"] = tuple("%.4f" % (b * (1 + 0.25 * drift) + rng.uniform(-80, 80) * st) if k == "gbpusd"
                        else "%.1f" % (b * (1 + 0.25 * drift) + rng.uniform(-80, 80) * st)
                        for _, k, b, st in INSTR)
    s["changes"] = tuple(round(rng.uniform(-2.4, 2.4), 2) for _ in INSTR)
    s["sessions"] = tuple(market_open(k, when) for _, k, _, _ in INSTR)
    s["risk"] = risk_pct(when)
    s["ab"] = rng.choice(["control", "open_account_v2"])
    s["visitor"] = C.uuid4(rng)
    s["design"] = "2024" if when >= REDESIGN else "2021"
    return s


LABELS = {
    "nonce": "CSP nonce on every script/link tag (per request)",
    "build": "Next.js buildId and chunk/css hashes (per deploy)",
    "prices": "live price ticker (header)",
    "changes": "ticker daily % change",
    "sessions": "market open/closed badges in ticker",
    "risk": "quarterly CFD risk-warning percentage (top bar, footer AND an embedded block inside the policy body)",
    "ab": "Statsig A/B test on header call-to-action",
    "visitor": "Statsig stable id in bootstrap JSON",
    "design": "site rebuild Sep 2024: Pages Router (__NEXT_DATA__) -> App Router (RSC flight), new header/footer",
}


def warning(pct):
    return ("CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. "
            "%d%% of retail investor accounts lose money when trading CFDs with this provider. You should consider "
            "whether you understand how CFDs work and whether you can afford to take the high risk of losing your money." % pct)


def esc_flight(s):
    return json.dumps(s, ensure_ascii=False)[1:-1].replace("<", "\\u003c").replace(">", "\\u003e")


def portable(b):
    """Sanity portable-text serializer markup (@portabletext/react with the site's components)."""
    kind, v = b
    if kind == "h1":
        return '<h1 class="Heading_h1__vR3tQ">%s</h1>' % C.inline_html(v)
    if kind == "h2":
        slug = "".join(ch if ch.isalnum() else "-" for ch in v.lower()).strip("-")
        return '<h2 id="%s" class="Heading_h2__c1Zp8">%s</h2>' % (slug, C.inline_html(v))
    if kind == "p":
        return '<p class="RichText_paragraph__M2b0x">%s</p>' % C.inline_html(
            v, link=lambda u, t: '<a class="RichText_link__9fTn1" href="%s"%s>%s</a>' % (
                u, ' target="_blank" rel="noopener noreferrer"' if u.startswith("http") else "", t))
    if kind == "ul":
        return '<ul class="RichText_list__oK2s4">%s</ul>' % "".join('<li class="RichText_listItem__Yq7dn">%s</li>' % C.inline_html(x) for x in v)
    if kind == "table":
        head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
        return ('<div class="TableBlock_scroller__F3q1a" role="region" tabindex="0"><table class="TableBlock_table__wq81L">'
                '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))
    return C.block_html(b)


def render(s, blocks, when):
    nonce = s["nonce"]
    build, css1, chunk1, chunk2 = s["build"]
    pct = s["risk"]
    ticker = "".join(
        '<li class="Ticker_item__2mJ0P" data-instrument="%s"><span class="Ticker_name__Lr6aX">%s</span>'
        '<span class="Ticker_price__p4C0z">%s</span><span class="Ticker_change__Zp1Qe Ticker_%s__Hb3Tn">%+.2f%%</span>'
        '<span class="MarketBadge_badge__u8Xv3 MarketBadge_%s__kK1cF">%s</span></li>'
        % (k, n, p, "up" if c >= 0 else "down", c, "open" if o else "closed", "Open" if o else "Closed")
        for (n, k, _, _), p, c, o in zip(INSTR, s["prices"], s["changes"], s["sessions"]))
    cta = "Open an account" if s["ab"] == "control" else "Start trading in minutes"
    # the Sanity body: the risk-warning block sits after the intro paragraphs (editors insert it at the top of
    # every legal page)
    parts = [portable(b) for b in blocks]
    rw = ('<div class="RiskWarningBlock_root__Tz8oE" data-block="riskWarning" role="note"><svg aria-hidden="true" '
          'width="20" height="20" viewBox="0 0 20 20"><path d="M10 1 19 18H1z"></path></svg><p>%s</p></div>' % warning(pct))
    first_h2 = next(n for n, b in enumerate(blocks) if b[0] == "h2")
    parts.insert(first_h2, rw)
    body = "".join(parts)
    toc = "".join('<li><a href="#%s">%s</a></li>' % ("".join(ch if ch.isalnum() else "-" for ch in b[1].lower()).strip("-"), b[1])
                  for b in blocks if b[0] == "h2")
    if s["design"] == "2021":
        header = ('<header class="Header_root__1dL0x"><a class="Header_logo__sX3b1" href="/" aria-label="Halyard Markets home">'
                  '<svg width="132" height="28" aria-hidden="true"><use href="#logo"></use></svg></a>'
                  '<nav class="Header_nav__Q2xwE"><a href="/markets">Markets</a><a href="/platforms">Platforms</a>'
                  '<a href="/pricing">Pricing</a><a href="/learn">Learn</a></nav>'
                  '<a class="Button_primary__0cXvA" href="/apply?ref=header" data-statsig="%s">%s</a></header>' % (s["ab"], cta))
        footer_cols = '<div class="Footer_links__w7M2n"><a href="/legal">Legal</a><a href="/legal/privacy-notice">Privacy</a><a href="/legal/cookie-policy">Cookies</a><a href="/complaints">Complaints</a></div>'
    else:
        header = ('<header class="SiteHeader_root__Vb7nE SiteHeader_sticky__a1Vbd"><div class="SiteHeader_inner__Hh2Pk">'
                  '<a class="SiteHeader_logo__k0pQa" href="/" aria-label="Halyard"><svg width="120" height="26" aria-hidden="true"><use href="#logo-2024"></use></svg></a>'
                  '<nav class="MegaNav_root__zZ3yT" aria-label="Main"><button class="MegaNav_trigger__Pw4mC" aria-expanded="false">Trading</button>'
                  '<button class="MegaNav_trigger__Pw4mC" aria-expanded="false">Investing</button><a class="MegaNav_link__yT7xq" href="/learn">Academy</a>'
                  '<a class="MegaNav_link__yT7xq" href="/pricing">Pricing</a></nav><a class="SiteHeader_login__tR5mB" href="https://platform.halyardmarkets.co.uk/login">Log in</a>'
                  '<a class="Button_primary__0cXvA Button_pill__L9bqk" href="/apply?ref=header" data-statsig="%s">%s</a></div></header>' % (s["ab"], cta))
        footer_cols = ('<div class="SiteFooter_cols__Gx8yE"><div><h3>Company</h3><a href="/about">About</a><a href="/careers">Careers</a><a href="/press">Press</a></div>'
                       '<div><h3>Legal</h3><a href="/legal">Legal documents</a><a href="/legal/privacy-notice">Privacy notice</a><a href="/legal/cookie-policy">Cookie policy</a>'
                       '<a href="/legal/best-execution">Order execution policy</a></div><div><h3>Support</h3><a href="/help">Help centre</a><a href="/complaints">Complaints</a></div></div>')
    flight_blocks = [[b[0], b[1]] for b in blocks]
    flight = ('1:HL["/_next/static/css/%s.css","style"]\n0:["%s",[["children","legal","children",["slug","privacy-notice","d"],'
              '"children","__PAGE__",{}],"$L2"]]\n3:{"document":{"_type":"legalPage","slug":"privacy-notice","title":"Privacy notice",'
              '"body":%s},"riskPct":%d,"ticker":%s}\n' % (css1, build, json.dumps(flight_blocks, ensure_ascii=False), pct,
                                                         json.dumps(list(s["prices"]))))
    if s["design"] == "2024":  # App Router since the 2024 rebuild: RSC flight payload in self.__next_f
        head_assets = ('<link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-precedence="next"/>'
                       '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js" nonce="%s"/>'
                       '<script src="/_next/static/chunks/main-app-%s.js" async="" nonce="%s"></script>' % (css1, nonce, chunk1, nonce, chunk2, nonce))
        tail = ('<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
                '<script nonce="%s">self.__next_f.push([1,"%s"])</script>'
                '<script src="/_next/static/chunks/%s-%s.js" async="" nonce="%s"></script>'
                % (nonce, nonce, esc_flight(flight), build[:6].lower(), chunk2[:8], nonce))
    else:  # Pages Router: __NEXT_DATA__ with getStaticProps output, build-id manifests
        head_assets = ('<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>'
                       '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js" nonce="%s"></script>'
                       '<script src="/_next/static/chunks/webpack-%s.js" defer="" nonce="%s"></script>'
                       '<script src="/_next/static/chunks/pages/legal/%%5Bslug%%5D-%s.js" defer="" nonce="%s"></script>'
                       '<script src="/_next/static/%s/_buildManifest.js" defer="" nonce="%s"></script><script src="/_next/static/%s/_ssgManifest.js" defer="" nonce="%s"></script>'
                       % (css1, nonce, css1, nonce, nonce, chunk1, nonce, chunk2, nonce, build, nonce, build, nonce))
        data = {"props": {"pageProps": {"document": {"_type": "legalPage", "slug": "privacy-notice", "title": "Privacy notice", "body": flight_blocks},
                                        "riskPct": pct, "ticker": list(s["prices"])}, "__N_SSG": True},
                "page": "/legal/[slug]", "query": {"slug": "privacy-notice"}, "buildId": build, "isFallback": False, "gsp": True, "scriptLoader": []}
        tail = '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>' % (nonce, json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"))
    boot = json.dumps({"user": {"customIDs": {"stableID": s["visitor"]}}, "values": {"feature_gates": {},
                       "dynamic_configs": {"header_cta": {"group": s["ab"]}}}})
    html_doc = (
        '<!DOCTYPE html><html lang="en-GB" class="__variable_3a9f1c __variable_e21b07"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        '%s'
        '<title>Privacy notice | Halyard Markets</title><meta name="description" content="How Halyard Markets collects and uses your personal data."/>'
        '<link rel="canonical" href="%s"/>'
        '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0b7e4f3c-2d1a-4b8e-9f6c-5a3d2e1f0c9b" data-blockingmode="auto" nonce="%s"></script>'
        '</head><body><div class="RiskBar_root__y2Lk0" role="region" aria-label="Risk warning"><p>%s</p></div>'
        '%s<div class="Ticker_root__Hq2Wd" aria-live="off"><ul class="Ticker_track__Uo1sS">%s</ul>'
        '<p class="Ticker_note__Fx0b2">Indicative prices, delayed.</p></div>'
        '<main class="LegalPage_main__n7GcD"><nav class="Breadcrumbs_root__f9Q2a" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/legal">Legal</a></li><li aria-current="page">Privacy notice</li></ol></nav>'
        '<div class="LegalPage_grid__tL0pM"><aside class="LegalPage_toc__m1N8s"><p class="LegalPage_tocTitle__bD3eQ">On this page</p><ol>%s</ol></aside>'
        '<article class="LegalPage_article__Xk2p9"><div class="rich-text LegalPage_body__q8LmZ">%s</div>'
        '<p class="LegalPage_print__c8Wq1"><button type="button">Print this page</button> <a href="/legal/privacy-notice.pdf" download="">Download PDF</a></p>'
        '</article></div></main>'
        '<footer class="Footer_root__qW3eR">%s<div class="Footer_legal__Ae8tL"><p>%s</p>'
        '<p>Halyard Markets Ltd is authorised and regulated by the Financial Conduct Authority (FRN 613402). Registered in England and Wales, company number 08841276.</p>'
        '<p>&copy; %d Halyard Markets Ltd</p></div></footer>'
        '%s<script id="statsig-bootstrap" type="application/json" nonce="%s">%s</script>'
        '</body></html>'
        % (head_assets, URL, nonce, warning(pct), header, ticker, toc, body,
           footer_cols, warning(pct), when.year, tail, nonce, boot))
    return html_doc


PAGE = {
    "service": "Halyard Markets", "url": URL, "lang": "en-GB", "platform": "Next.js Pages Router -> App Router (2024) + Sanity",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch"), ("X-Powered-By", "Next.js")),
    "n": 31, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30), "hours": (0, 7, 9, 13, 15, 22),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".rich-text"], "remove": ["[data-block=\"riskWarning\"]"]},
}
