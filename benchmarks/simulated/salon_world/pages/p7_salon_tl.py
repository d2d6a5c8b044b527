"""Ganda Ka Salon - tl (Filipino) salon chain with an online shop of hair products and booking (Metro Manila) -
Shopify, Dawn theme 'main-page' section; announcement bar, cart, recommendations outside."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://gandakasalon.ph/pages/patakaran-sa-privacy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["tl"][d.month - 1], d.year)


POLICY = """
# Patakaran sa Privacy

Huling binago: {UPDATED}

Ang Ganda Ka Salon Inc. ay nangangalaga sa privacy ng aming mga customer. Ipinapaliwanag ng patakarang ito kung paano namin kinokolekta, ginagamit, at pinoprotektahan ang iyong personal na impormasyon kapag nagpa-book ka ng serbisyo, bumili sa aming online shop, o bumisita sa alinmang branch, alinsunod sa Data Privacy Act of 2012 (Republic Act No. 10173).

## Anong impormasyon ang aming kinokolekta

- pangalan, numero ng mobile, at email address;
- address para sa paghahatid ng mga order;
- petsa at oras ng appointment, napiling serbisyo at stylist;
- mga allergy o kondisyon ng anit na iyong ibinahagi;
- impormasyon sa pagbabayad na pinoproseso ng aming payment partner;
- impormasyon tungkol sa iyong device at paggamit ng website sa pamamagitan ng cookies.

## Paano namin ginagamit ang impormasyon

Ginagamit namin ang iyong impormasyon upang kumpirmahin at ipaalala ang iyong appointment sa pamamagitan ng SMS o Viber, iproseso at ihatid ang iyong mga order, pangasiwaan ang iyong loyalty points, at sagutin ang iyong mga tanong. Kung ikaw ay pumayag, magpapadala rin kami ng mga promo at balita.

## Pagbabahagi ng impormasyon

Ibinabahagi lamang namin ang iyong impormasyon sa mga katuwang na tumutulong sa amin:

| Katuwang | Layunin |
| Shopify Inc. | Online shop at website |
| PayMongo Philippines, Inc. | Pagbabayad gamit ang GCash, Maya at card |
| LBC Express, Inc. | Paghahatid ng mga order |
| Semaphore | Pagpapadala ng SMS na paalala |

Hindi namin ibinebenta ang iyong personal na impormasyon.

## Gaano katagal namin itinatago ang impormasyon

Itinatago namin ang iyong customer record habang aktibo ang iyong account at hanggang 3 taon mula sa huling transaksyon. Ang mga resibo at record ng benta ay itinatago nang 10 taon ayon sa mga patakaran ng BIR.

## Ang iyong mga karapatan

Bilang data subject, may karapatan kang malaman, ma-access, maitama, at ipabura ang iyong personal na impormasyon, tumutol sa pagproseso, at magsampa ng reklamo sa National Privacy Commission.

## Makipag-ugnayan sa amin

@ Data Protection Officer: Maria Santos
@ Ganda Ka Salon Inc., 2/F Kapitolyo Square, 18 United St., Pasig City 1603
@ Email: [dpo@gandakasalon.ph](mailto:dpo@gandakasalon.ph)
@ Telepono: (02) 8634 5521
"""

EDITS = [
    {"note": "DPO changed (Maria Santos -> Jose Ramon Dela Cruz)",
     "repl": [("@ Data Protection Officer: Maria Santos", "@ Data Protection Officer: Jose Ramon Dela Cruz")]},
    {"note": "courier replaced: LBC -> J&T Express",
     "repl": [("| LBC Express, Inc. | Paghahatid ng mga order |", "| J&T Express Philippines | Paghahatid ng mga "
               "order |")]},
    {"note": "table row added: Klaviyo for email promos",
     "repl": [("| Semaphore | Pagpapadala ng SMS na paalala |", "| Semaphore | Pagpapadala ng SMS na paalala |\n"
               "| Klaviyo, Inc. | Pagpapadala ng email na promo |")]},
    {"note": "typo fixed 'ipabura' -> 'ipabura o ipabago'", "bump": False,
     "repl": [("maitama, at ipabura ang iyong", "maitama, at ipabura o ipabago ang iyong")]},
    {"note": "retention 3 years -> 5 years",
     "repl": [("hanggang 3 taon mula sa huling transaksyon", "hanggang 5 taon mula sa huling transaksyon")]},
    {"note": "new section: CCTV in branches",
     "repl": [("## Ang iyong mga karapatan", "## CCTV sa aming mga branch\n\nMay CCTV ang aming mga branch para sa "
               "kaligtasan ng mga customer at empleyado. Ang mga recording ay itinatago nang 30 araw maliban kung "
               "kailangan sa imbestigasyon.\n\n## Ang iyong mga karapatan")]},
]

BARS = {12: "Pamasko sale: 20% off sa lahat ng hair products!", 11: "11.11 Sale - libreng shipping",
        2: "Valentine's treat: libreng hair spa sa bawat rebond", 6: "Tag-ulan promo: keratin treatment 30% off"}
PRODUCTS = [("Argan Oil Hair Serum", 495), ("Keratin Shampoo 500ml", 620), ("Color Protect Conditioner", 580),
            ("Hair Spa Mask", 450), ("Anti-Frizz Cream", 380), ("Scalp Tonic", 520)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"analytics": (rng.randint(10**17, 10**18), C.uuid4(rng), C.hexs(rng, 32))}
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.3, lambda: (rng.randint(120, 180), rng.randint(10**8, 10**9)))
    s["bar"] = BARS.get(K.local(when, 8).month, "Libreng shipping sa orders na ₱1,500 pataas sa Metro Manila")
    s["recs"] = tuple(rng.sample(range(len(PRODUCTS)), 4))
    s["sold"] = rng.randint(3, 60)
    return s


LABELS = {"analytics": "ShopifyAnalytics pageviewId / session ids", "theme": "theme id and asset ?v=",
          "bar": "announcement bar (season)", "recs": "product recommendations section",
          "sold": "'nabili ngayong araw' social-proof popup count"}


def render(s, blocks, when):
    pv, sess, tok = s["analytics"]
    tid, v = s["theme"]
    body = C.render_blocks(blocks[1:])
    recs = "".join('<li class="grid__item"><div class="card-wrapper product-card-wrapper"><a href="/products/%d" '
                   'class="full-unstyled-link">%s</a><span class="price-item price-item--regular">₱%d.00</span></div>'
                   '</li>' % (k, C.esc(PRODUCTS[k][0]), PRODUCTS[k][1]) for k in s["recs"])
    return (
        '<!doctype html>\n<html class="no-js" lang="fil">\n<head>\n<meta charset="utf-8">\n<title>Patakaran sa '
        'Privacy\n&ndash; Ganda Ka Salon</title>\n<link href="//gandakasalon.ph/cdn/shop/t/%d/assets/base.css?v=%d" '
        'rel="stylesheet" type="text/css" media="all" />\n<script>window.ShopifyAnalytics = window.ShopifyAnalytics'
        ' || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page","resourceId":'
        '98765432101}};window.ShopifyAnalytics.lib = {};var pageviewId = "%d";</script>\n<script id="shop-js-analytics"'
        ' type="application/json">{"pageType":"page","sessionId":"%s"}</script>\n</head>\n<body class="gradient">\n'
        '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Lumaktaw sa nilalaman</a>\n'
        '<div id="shopify-section-sections--2248__announcement-bar" class="shopify-section shopify-section-group-'
        'header-group announcement-bar-section"><div class="announcement-bar color-accent-1" role="region"><p class='
        '"announcement-bar__message h5"><span>%s</span></p></div></div>\n<div id="shopify-section-sections--2248__'
        'header" class="shopify-section shopify-section-group-header-group section-header"><header class="header '
        'header--middle-left"><a href="/" class="header__heading-link"><img src="//gandakasalon.ph/cdn/shop/files/'
        'logo.png" alt="Ganda Ka Salon"></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline">'
        '<li><a href="/collections/all" class="header__menu-item list-menu__item link">Shop</a></li><li><a href="/'
        'pages/book" class="header__menu-item list-menu__item link">Mag-book</a></li><li><a href="/pages/branches" '
        'class="header__menu-item list-menu__item link">Mga Branch</a></li></ul></nav><a href="/cart" class="header__'
        'icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>'
        '</a></header></div>\n<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">'
        '\n<div id="shopify-section-template--2248__main" class="shopify-section"><div class="page-width page-width--'
        'narrow section-template--2248__main-padding"><h1 class="main-page-title page-title h0">%s</h1><div class="'
        'rte">%s</div></div></div>\n<div id="shopify-section-template--2248__related" class="shopify-section"><div '
        'class="page-width"><h2 class="h2">Baka magustuhan mo</h2><ul class="grid product-grid">%s</ul></div></div>\n'
        '</main>\n<footer class="footer"><p>&copy; %d, Ganda Ka Salon Powered by Shopify</p><form method="post" '
        'action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="'
        'hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /></form></footer>\n'
        '<div class="sales-pop" data-app="fomo">%d ang nakabili ngayong araw</div>\n<script>window.Shopify = '
        'window.Shopify || {};Shopify.theme = {"name":"Dawn","id":%d,"role":"main"};Shopify.cdnHost = "gandakasalon'
        '.ph/cdn";window.__st={"a":61234567,"offset":28800,"reqid":"%s","pageurl":"gandakasalon.ph/pages/patakaran-'
        'sa-privacy","s":"pages-98765432101","u":"%s","p":"page","rtyp":"page","rid":98765432101};</script>\n'
        '</body>\n</html>\n'
        % (tid, v, pv, sess, C.esc(s["bar"]), C.inline_html(blocks[0][1]), body, recs, K.local(when, 8).year,
           s["sold"], 130000000000 + tid, tok, sess))


PAGE = {
    "service": "Ganda Ka Salon", "url": URL, "lang": "fil", "platform": "Shopify, Dawn theme",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 15), "end": dt.date(2026, 4, 15), "hours": (0, 6, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".main-page-title", "#MainContent .rte"]},
}
