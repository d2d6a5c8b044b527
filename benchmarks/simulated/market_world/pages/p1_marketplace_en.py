"""Bazario (global marketplace) - en - Next.js storefront (pages router, CSS modules), OneTrust.

The Privacy Notice sits in an <article data-testid="privacy-notice"> next to a sticky left-hand section nav (the
SSR output marks the first item current), each section ending in a "Back to top" link; CSS-module class names
carry a build hash that changes on every deploy; __NEXT_DATA__ repeats the notice's headings and body with the
page's recommendation carousels; the header has a "Deliver to" country / language / currency selector and an A/B
tested seller button. The curator selects the article by its data-testid and removes the back-to-top links.
"""
import datetime as dt
import html
import json
import common as C

URL = "https://www.bazario.com/legal/privacy-notice"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Bazario Privacy Notice

Last updated: {UPDATED}

This Privacy Notice explains how Bazario collects, uses and shares personal information when you browse, buy or sell on the Bazario websites and apps (together, the "Services"). It applies to buyers, sellers and visitors in the European Economic Area, Switzerland and the United Kingdom. If you live elsewhere, the supplement for your region applies in addition to this notice.

## 1. Who is responsible for your information

Bazario Europe S.à r.l., 12 rue Eugène Ruppert, L-2453 Luxembourg, is the controller of the personal information processed in connection with the Services. For sellers established in the United Kingdom, Bazario UK Ltd is joint controller for seller onboarding and payouts.

You can contact our Data Protection Officer at [privacy@bazario.com](mailto:privacy@bazario.com) or by post at the address above, marked "For the attention of the Data Protection Officer".

## 2. Information we collect

**Information you give us.** When you create an account, place an order, list an item, message another member or contact Customer Support, we collect your name, email address, phone number, delivery and billing addresses, the content of your listings, reviews and messages, and any documents you upload.

**Information collected automatically.** When you use the Services we collect device identifiers, IP address, browser type, language settings, pages and listings viewed, search queries, items added to your basket or favourites, and the approximate location derived from your IP address. Some of this information is collected with cookies and similar technologies, as explained in our [Cookie Notice](/legal/cookie-notice).

**Information from third parties.** We receive payment and chargeback information from our payment service providers, delivery status from carriers, identity verification results from our verification partners, and information from public sources and sanctions lists when we review sellers.

## 3. How we use your information

We use your information to:

- provide the Services, including processing orders, payments, refunds and returns (performance of a contract);
- show you relevant search results, listings and recommendations (our legitimate interests, and your consent where cookies are involved);
- keep Bazario safe, including detecting fraud, counterfeit goods and account takeover (our legitimate interests and legal obligations);
- communicate with you about your orders, your account and changes to our terms;
- send you marketing messages, if you have agreed to receive them;
- comply with our legal obligations, including tax, accounting and consumer protection law.

## 4. Sellers and traders

If you sell on Bazario, we collect additional information to comply with the law and to pay you. This includes your legal name or company name, registered address, date of birth, trade register number, VAT number, bank account details and a copy of an identity document for you and, where applicable, your beneficial owners.

If you sell as a business, your name, address, phone number, email address and trade register number are displayed to buyers on your shop page, as required by EU consumer protection law.

## 5. Search, ranking and recommendations

The order in which listings appear in search results depends mainly on how well a listing matches your query, the listing's quality (photos, description, price including delivery), the seller's service record (dispatch time, cancellation rate, ratings) and your own activity on Bazario. Sponsored listings are always labelled "Sponsored".

You can switch off personalised recommendations in **Settings > Privacy**. Search results will then be ranked without using your browsing and purchase history.

## 6. Payments and fraud prevention

Payments are processed by Bazario Payments Europe S.A., a payment institution supervised by the Commission de Surveillance du Secteur Financier (CSSF), together with our payment service providers:

- Stripe Payments Europe, Ltd. (card payments);
- PayPal (Europe) S.à r.l. et Cie, S.C.A. (PayPal payments);
- Klarna Bank AB (publ) (pay later and instalments).

To protect buyers and sellers, we score transactions and account activity for fraud risk using information such as device data, order history and payment details. A high score may lead to an order being held for manual review or a payment method being declined. You can ask for a human to review any such decision by contacting Customer Support.

## 7. Who we share information with

We share your information with other members as needed to complete a transaction (for example, your delivery address with the seller), with carriers, with service providers who process data on our behalf (hosting, customer support, identity verification, analytics), with other companies of the Bazario group, and with authorities where we are required by law.

We do not sell your personal information.

## 8. International transfers

Some of our service providers are located outside the European Economic Area. Where the country does not offer an adequate level of protection, we rely on the European Commission's Standard Contractual Clauses.

## 9. How long we keep your information

We keep your account information for as long as your account is open and for 3 years after it is closed. Transaction records are kept for 10 years to meet our accounting obligations. Information collected for seller verification is kept for 5 years after the end of the business relationship, as required by anti-money laundering law.

## 10. Your rights

You have the right to access, rectify and erase your personal information, to restrict or object to its processing, and to data portability. Where we rely on your consent, you can withdraw it at any time. To exercise your rights, use the form in **Settings > Privacy > Your data** or contact our Data Protection Officer.

You also have the right to lodge a complaint with the Commission nationale pour la protection des données (CNPD) in Luxembourg or with the supervisory authority of the country where you live.

## 11. Children

The Services are not intended for children. You must be at least 16 years old to create a Bazario account, and 18 years old to sell.

## 12. Changes to this notice

We may update this Privacy Notice from time to time. If we make material changes, we will notify you by email or through the Services before the changes take effect.
"""

EDITS = [
    {"note": "sellers section: new DAC7 paragraph (reporting of sellers' income to the Luxembourg tax authority)",
     "repl": [("are displayed to buyers on your shop page, as required by EU consumer protection law.",
               "are displayed to buyers on your shop page, as required by EU consumer protection law.\n\n"
               "Under Council Directive (EU) 2021/514 (DAC7), we must report information about sellers who receive payments for sales of goods or services on Bazario to the Luxembourg tax authority (Administration des contributions directes), which shares it with the tax authorities of the seller's country of residence. The report includes your name, address, tax identification number, date of birth, bank account, and the total consideration paid to you and the fees we withheld in each quarter. We will send you a copy of the information reported about you by 31 January of the following year.")]},
    {"note": "payment processors: Adyen N.V. added for local payment methods (silent, date not bumped)", "bump": False,
     "repl": [("- Klarna Bank AB (publ) (pay later and instalments).",
               "- Klarna Bank AB (publ) (pay later and instalments);\n- Adyen N.V. (iDEAL, Bancontact, BLIK and other local payment methods).")]},
    {"note": "Digital Services Act update: trader traceability (Art. 30 DSA) paragraph, authority orders (Arts. 9-10 DSA), Data Privacy Framework for US transfers",
     "repl": [("If you sell as a business, your name,",
               "Under Article 30 of the Digital Services Act (Regulation (EU) 2022/2065), we must obtain and verify certain information from traders before they can offer products to consumers in the European Union. If this information is incomplete or we have reason to believe it is inaccurate, we will suspend your listings until it is corrected.\n\nIf you sell as a business, your name,"),
              ("and with authorities where we are required by law.",
               "and with authorities where we are required by law, including in response to orders under Articles 9 and 10 of the Digital Services Act."),
              ("we rely on the European Commission's Standard Contractual Clauses.",
               "we rely on the European Commission's Standard Contractual Clauses or, for recipients in the United States certified under it, on the EU-U.S. Data Privacy Framework.")]},
    {"note": "ranking section: AI-generated review summaries and recommendation models explained (new paragraphs)",
     "repl": [("Sponsored listings are always labelled \"Sponsored\".",
               "Sponsored listings are always labelled \"Sponsored\".\n\n"
               "Our recommendations (\"Inspired by your browsing\", \"Customers also bought\") are produced by machine learning models trained on aggregated browsing and purchase data of Bazario members. The models predict which listings you are likely to find relevant; they do not use special categories of personal data and do not infer such data about you.\n\n"
               "On some product pages we show a short summary of reviews generated by an AI system from the published reviews of that product. Summaries are labelled \"AI-generated from customer reviews\" and do not identify individual reviewers.")]},
    {"note": "retention: closed-account data kept 2 years instead of 3; chat messages 18 months",
     "repl": [("for 3 years after it is closed.",
               "for 2 years after it is closed. Messages between members are deleted 18 months after the last message in a conversation, unless they are needed to resolve a dispute or a report.")]},
    {"note": "children: minimum age raised from 16 to 18 for accounts; parental supervision sentence",
     "repl": [("You must be at least 16 years old to create a Bazario account, and 18 years old to sell.",
               "You must be at least 18 years old to create a Bazario account. Younger people may only use the Services through the account of a parent or guardian, who remains responsible for any purchase.")]},
]

PRODUCTS = [("Linen duvet cover set, double", 64.90), ("Hand-thrown stoneware mug", 22.00),
            ("Refurbished iPhone 13, 128 GB", 389.00), ("Vintage Levi's 501, W32", 48.50),
            ("Wireless noise-cancelling earbuds", 79.99), ("Oak floating shelf, 80 cm", 35.90),
            ("Kids' wooden balance bike", 59.00), ("Espresso tamper, 58 mm", 18.40),
            ("Silver hoop earrings", 29.00), ("Yoga mat, natural rubber", 42.00),
            ("LEGO Technic 42141 (used, complete)", 119.00), ("Leather card holder, personalised", 24.90),
            ("Mechanical keyboard, 75%", 94.00), ("Cast-iron skillet, 26 cm", 39.95)]
GEOS = [("FR", "France", "EUR", "€"), ("DE", "Germany", "EUR", "€"), ("NL", "Netherlands", "EUR", "€"),
        ("GB", "United Kingdom", "GBP", "£")]
DEALS = {1: "New Year Sale: up to 50% off", 3: "Spring Refresh: free delivery over €25",
         5: "Home & Garden Days", 7: "Summer Deals: up to 40% off", 9: "Back to School",
         11: "Black Friday Week", 12: "Gift guide: last order dates"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45,
                           lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                                    C.alnum(rng, 5), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["session"] = (C.uuid4(rng), C.b64tok(rng, 24), C.hexs(rng, 32))
    s["recs"] = (tuple(rng.sample(range(len(PRODUCTS)), 6)), tuple(rng.sample(range(len(PRODUCTS)), 6)),
                 tuple(round(rng.uniform(0.8, 1.1), 2) for _ in range(12)))
    s["geo"] = GEOS[0] if rng.random() < 0.75 else rng.choice(GEOS[1:])
    s["deal"] = DEALS.get(when.month, DEALS.get(when.month - 1, "Today's Deals"))
    s["ab"] = rng.choice(["Sell on Bazario", "Start selling", "Sell on Bazario"])
    s["sold"] = rng.randint(1800, 4200) * (1 + when.year - 2021)
    return s


LABELS = {
    "build": "Next.js buildId, chunk hashes and CSS-module class suffixes (deploy)",
    "session": "per-visit ids (session, CSRF, OneTrust consent id)",
    "recs": "recommendation carousels (items and prices)",
    "geo": "'Deliver to' country / currency selector (geo-IP)",
    "deal": "seasonal deals banner",
    "ab": "A/B tested header seller button",
    "sold": "'items sold in the last hour' counter",
}


def _price(p, geo, f):
    v = p * f * (0.86 if geo[2] == "GBP" else 1)
    return ("%s%.2f" % (geo[3], v)) if geo[2] == "GBP" else ("%s%.2f" % (geo[3], v))


def render(s, blocks, when):
    bid, suf, chunk, css = s["build"]
    geo = s["geo"]
    cls = lambda name: "PrivacyNotice_%s__%s" % (name, suf)
    head, secs = C.split_sections(blocks[1:])
    h1 = blocks[0][1]
    nav = "".join('<li class="%s"><a href="#section-%d"%s class="%s">%s</a></li>'
                  % (cls("navItem"), n + 1, ' aria-current="true"' if n == 0 else "",
                     cls("navLink") + (" " + cls("navLinkActive") if n == 0 else ""), html.escape(t))
                  for n, (t, _) in enumerate(secs))
    sections = "".join('<section id="section-%d" class="%s"><h2 class="%s">%s</h2>%s'
                       '<a href="#top" class="%s" data-testid="back-to-top">Back to top ↑</a></section>'
                       % (n + 1, cls("section"), cls("heading"), C.inline_html(t), C.blocks_html(bl, sep=""),
                          cls("backToTop"), ) for n, (t, bl) in enumerate(secs))
    article = ('<article class="%s" data-testid="privacy-notice" id="top"><header class="%s"><h1 class="%s">%s</h1>%s</header>'
               '<div class="%s">%s</div></article>'
               % (cls("article"), cls("header"), cls("title"), html.escape(h1), C.blocks_html(head, sep=""),
                  cls("body"), sections))
    pick, pick2, fac = s["recs"]

    def carousel(title, items, off):
        cards = "".join('<li class="ProductCarousel_slide__%s"><a href="/listing/%d/%s" class="ProductCard_card__%s">'
                        '<img src="https://img.bazario.com/il/%s/%d_340x270.jpg" alt="" loading="lazy">'
                        '<span class="ProductCard_title__%s">%s</span><span class="ProductCard_price__%s">%s</span></a></li>'
                        % (suf, 1200000 + k * 7919, PRODUCTS[k][0].lower().replace(" ", "-").replace(",", "").replace("'", ""),
                           suf, chunk[:6], k, suf, html.escape(PRODUCTS[k][0]), suf, _price(PRODUCTS[k][1], geo, fac[off + n]))
                        for n, k in enumerate(items))
        return ('<section class="ProductCarousel_root__%s" aria-label="%s"><h2>%s</h2><ul class="ProductCarousel_track__%s">%s</ul>'
                '<button class="ProductCarousel_next__%s" aria-label="Next">›</button></section>' % (suf, title, title, suf, cards, suf))
    recs = carousel("Inspired by your browsing", pick, 0) + carousel("Popular right now", pick2, 6)
    header = ('<div class="DealsBanner_root__%s"><a href="/deals">%s</a></div>'
              '<header class="SiteHeader_root__%s"><a href="/" class="SiteHeader_logo__%s" aria-label="Bazario home"><svg viewBox="0 0 120 32"><title>Bazario</title></svg></a>'
              '<form class="SearchBar_root__%s" action="/search" role="search"><input type="search" name="q" placeholder="Search for anything"><button>Search</button></form>'
              '<button class="LocaleSelector_button__%s" aria-haspopup="dialog"><span class="flag flag-%s"></span>Deliver to %s · English · %s</button>'
              '<a class="SiteHeader_sell__%s" href="/sell">%s</a><a href="/signin">Sign in</a><a href="/basket" aria-label="Basket">Basket</a></header>'
              '<p class="SoldTicker_root__%s">%s items sold in the last hour</p>'
              % (suf, s["deal"], suf, suf, suf, suf, geo[0].lower(), geo[1], geo[2], suf, s["ab"], suf, "{:,}".format(s["sold"])))
    crumbs = ('<nav aria-label="Breadcrumb" class="Breadcrumbs_root__%s"><ol><li><a href="/">Home</a></li><li><a href="/legal">Legal</a></li>'
              '<li aria-current="page">Privacy Notice</li></ol></nav>' % suf)
    footer = ('<footer class="SiteFooter_root__%s"><div><h3>Shop</h3><ul><li><a href="/gift-cards">Gift cards</a></li><li><a href="/deals">Deals</a></li></ul></div>'
              '<div><h3>Sell</h3><ul><li><a href="/sell">Sell on Bazario</a></li><li><a href="/seller-handbook">Seller Handbook</a></li></ul></div>'
              '<div><h3>Legal</h3><ul><li><a href="/legal/terms-of-use">Terms of Use</a></li><li><a href="/legal/privacy-notice">Privacy Notice</a></li>'
              '<li><a href="/legal/cookie-notice">Cookie Notice</a></li><li><a href="/legal/dsa">Digital Services Act</a></li><li><a href="/legal/imprint">Imprint</a></li></ul></div>'
              '<p>© %d Bazario Europe S.à r.l.</p><button class="ot-sdk-show-settings">Cookie settings</button></footer>' % (suf, when.year))
    data = {"props": {"pageProps": {"slug": "privacy-notice", "notice": {"title": h1, "sections": [t for t, _ in secs],
                                                                          "body": C.blocks_md(blocks, URL)},
                                    "carousels": [[PRODUCTS[k][0] for k in pick], [PRODUCTS[k][0] for k in pick2]],
                                    "locale": {"country": geo[0], "currency": geo[2]}, "csrfToken": s["session"][1]},
                      "__N_SSP": True},
            "page": "/legal/[slug]", "query": {"slug": "privacy-notice"}, "buildId": bid, "isFallback": False,
            "gssp": True, "locale": "en", "locales": ["en", "fr", "de", "nl", "it", "es"], "defaultLocale": "en",
            "scriptLoader": []}
    return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Privacy Notice | Bazario</title><link rel="canonical" href="%s"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0184a2c1-77b3-4f0e-9c1e-3b5d8e2a9f61" defer=""></script>'
            '<script defer="" src="/_next/static/chunks/pages/legal/%%5Bslug%%5D-%s.js"></script>'
            '<script defer="" src="/_next/static/%s/_buildManifest.js"></script></head>'
            '<body><div id="__next"><div class="Layout_root__%s">%s%s<main class="LegalLayout_main__%s">'
            '<aside class="LegalLayout_nav__%s"><nav aria-label="Privacy Notice sections"><p class="%s">On this page</p><ol class="%s">%s</ol></nav></aside>'
            '%s</main><div class="Recommendations_root__%s">%s</div>%s</div></div>'
            '<div id="onetrust-consent-sdk" data-consent-id="%s"></div>'
            '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>'
            % (URL, css, css, chunk, bid, suf, header, crumbs, suf, suf, cls("navTitle"), cls("navList"), nav, article,
               suf, recs, footer, s["session"][0], json.dumps(data, ensure_ascii=False).replace("</", "<\\/")))


PAGE = {
    "service": "Bazario", "url": URL, "lang": "en", "platform": "Next.js (pages router, CSS modules)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-powered-by", "Next.js"), ("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 31, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"privacy-notice\"]"], "remove": ["[data-testid=\"back-to-top\"]"]},
}
