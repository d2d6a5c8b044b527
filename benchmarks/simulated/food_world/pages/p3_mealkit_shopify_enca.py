"""Maple Crate (Toronto) - en-CA - a meal-kit subscription on Shopify (Dawn theme) with the Recharge subscription
app. The policy is Shopify's own policy page (/policies/privacy-policy: `.shopify-policy__container` with the title
and the `.rte` body from Settings > Policies). Fairly clean: content_for_header's `__st` carries a per-request
`reqid` (and the UTC offset flips with daylight saving time), the announcement bar rotates the weekly promo and the
order cut-off, and theme upgrades (Dawn 9 -> 11 -> 15, each published as a new theme) move the asset URLs from
cdn.shopify.com to the shop's /cdn path and change their `?v=` stamps."""
import datetime as dt
import html
import common as C

URL = "https://www.maplecrate.ca/policies/privacy-policy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
THEMES = [(dt.datetime(2023, 3, 14), "9.0.0", 128765432101, 8),
          (dt.datetime(2024, 9, 3), "11.0.0", 131987654321, 14),
          (dt.datetime(2100, 1, 1), "15.0.1", 140123456789, 19)]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Maple Crate Meals Inc. ("Maple Crate", "we", "us" or "our") operates the online store at maplecrate.ca and the Maple Crate meal-kit subscription. This Privacy Policy describes how we collect, use and disclose your personal information when you visit our website, order a box, manage your subscription, or otherwise interact with us. We comply with the Personal Information Protection and Electronic Documents Act (PIPEDA) and, where they apply, the privacy laws of Quebec, Alberta and British Columbia.

By using our services you acknowledge that you have read this Privacy Policy. If you do not agree with it, please do not use our services.

## Personal information we collect

The personal information we collect depends on how you interact with us. It may include:

- **Contact details:** your name, delivery and billing address, email address and phone number.
- **Subscription details:** your plan, number of servings, delivery day, skipped weeks, meal selections, and the date you paused or cancelled.
- **Dietary preferences:** the preferences and exclusions you choose (for example vegetarian, pescatarian, no pork, no shellfish). Some of this information, such as allergies, may reveal information about your health.
- **Payment information:** payment card type, the last four digits of your card, and billing address. Full card numbers are processed by our payment processors and are never stored on our servers.
- **Delivery information:** access codes, buzzer numbers, delivery instructions and, where our courier provides it, a photo of the box at your door.
- **Device and usage information:** your IP address, browser, device type, the pages you view, and how you interact with our emails.
- **Communications:** messages you send to our Customer Care team, reviews and survey answers.

We collect this information directly from you, automatically through cookies and similar technologies, and from our service providers, such as couriers who confirm that a box was delivered.

## How we use your personal information

We use your personal information to:

- create and manage your account and subscription;
- prepare, pack and deliver your boxes and handle missing or damaged ingredients;
- process payments, credits, refunds and gift cards;
- recommend recipes based on your preferences and past selections;
- send you service messages, such as order confirmations and reminders to choose your meals before the weekly cut-off;
- send you marketing emails and text messages if you have consented to receive them;
- detect and prevent fraud, including abuse of introductory discounts;
- understand how our website is used and improve our recipes and services;
- comply with our legal obligations, including tax and food-safety record-keeping.

## Sensitive information and allergies

We treat dietary and allergy information as sensitive. We use it only to tailor your menu and to flag recipes that contain ingredients you have asked to avoid. Please note that our kits are packed in a facility that handles all major allergens, including peanuts, tree nuts, sesame, milk, eggs, fish, shellfish, soy, wheat and mustard. We cannot guarantee that any kit is free from a particular allergen.

## Consent

We rely on your consent to collect, use and disclose your personal information as described in this policy. Your consent may be express, for example when you tick a box to receive our newsletter, or implied, for example when you give us your address so that we can deliver a box. You may withdraw your consent at any time, subject to legal or contractual restrictions, but doing so may mean we can no longer provide some services to you.

## Commercial electronic messages

We send marketing emails and text messages in accordance with Canada's Anti-Spam Legislation (CASL). Every message includes a way to unsubscribe. Unsubscribing from marketing does not stop service messages about your deliveries and account.

## Recipe ratings and community photos

When you rate a recipe or share a photo of your meal using our hashtag, we may display your first name, the first letter of your last name, your city and your rating or photo on our website and social media pages. We will ask for your permission before reposting a photo from your social media account. You can ask us to remove a rating or photo at any time.

## Who we share your information with

We do not sell your personal information. We share it with service providers who help us run our business, under contracts that require them to protect it and to use it only for the services they provide to us:

- Shopify Inc. (e-commerce platform and checkout);
- Recharge Payments (subscription management);
- Stripe Payments Canada, Ltd. and PayPal Canada Co. (payment processing);
- Klaviyo, Inc. (email and text messages);
- Gorgias, Inc. (customer care);
- our delivery partners, including Purolator Inc. and local couriers in the Greater Toronto Area, Ottawa and Montreal.

We may also disclose personal information if required by law, to protect our rights or the safety of others, or in connection with a sale or reorganization of our business.

## Storage and transfers outside Canada

Some of our service providers store or process personal information outside Canada, including in the United States. Personal information stored outside Canada may be accessible to the courts, law enforcement and national security authorities of that jurisdiction. We assess our providers before we engage them and require appropriate safeguards by contract.

## Cookies and tracking

We and our service providers use cookies, pixels and similar technologies to keep your cart and account working, remember your preferences, measure the performance of our website and advertising, and show you ads on other websites. You can manage your preferences through the cookie banner and your browser settings. Shopify's own cookies are described in Shopify's cookie policy.

## How long we keep your information

We keep personal information only as long as we need it for the purposes described in this policy:

| Information | Retention period |
| Account and subscription details | While your account is active and 24 months after your last order |
| Order and payment records | Seven years, as required by the Canada Revenue Agency |
| Customer Care conversations | Three years |
| Delivery photos | 90 days |
| Marketing consent records | Three years after you unsubscribe |

## How we protect your information

We use administrative, technical and physical safeguards appropriate to the sensitivity of the information, including encryption in transit, access controls and staff training. No method of transmission or storage is completely secure, but we work hard to protect your information and we will notify you and the Office of the Privacy Commissioner of Canada of any breach that creates a real risk of significant harm.

## Your rights

You may ask to access the personal information we hold about you, to correct it if it is inaccurate, and to withdraw your consent. You can update most of your information yourself in your account. To make a request, contact our Privacy Officer. We will respond within 30 days. If you are not satisfied with our response, you may contact the Office of the Privacy Commissioner of Canada or your provincial privacy regulator.

## Children

Our services are intended for adults. We do not knowingly collect personal information from anyone under the age of 16.

## Changes to this policy

We may update this Privacy Policy from time to time to reflect changes to our practices or for legal or regulatory reasons. We will post the updated policy on this page and change the date at the top. If we make significant changes, we will notify you by email.

## Contact our Privacy Officer

If you have questions about this policy or our privacy practices, or wish to make a request or a complaint, please contact our Privacy Officer:

@ Privacy Officer, Maple Crate Meals Inc.
@ 1100 Eastern Avenue, Unit 4
@ Toronto, ON  M4L 1A5
@ privacy@maplecrate.ca
"""

EDITS = [
    {"note": "processor added (Route package protection)",
     "repl": [("- Gorgias, Inc. (customer care);",
               "- Gorgias, Inc. (customer care);\n- Route App Corporation (delivery protection and tracking);")]},
    {"note": "delivery photo retention changed from 90 to 30 days (table cell)",
     "repl": [("| Delivery photos | 90 days |", "| Delivery photos | 30 days |")]},
    {"note": "new section for Quebec residents (Law 25)",
     "repl": [("## Children", "## Quebec residents\n\nIf you live in Quebec, you also have the right to be informed when a decision about you is made exclusively by automated processing, and to ask for your computerized personal information in a structured, commonly used technological format. Our Privacy Officer is the person in charge of the protection of personal information for the purposes of the Act respecting the protection of personal information in the private sector.\n\n## Children")]},
    {"note": "sentence about Shopify's cookie policy deleted",
     "repl": [(" Shopify's own cookies are described in Shopify's cookie policy.", "")]},
    {"note": "Privacy Officer's mailing address changed (new kitchen)",
     "repl": [("@ 1100 Eastern Avenue, Unit 4\n@ Toronto, ON  M4L 1A5", "@ 75 Carl Hall Road, Unit 12\n@ Toronto, ON  M3K 2B9")]},
]

PROMOS = ["Get 60% off your first box + free shipping",
          "New: oven-ready meals, no chopping needed",
          "Refer a friend and get $40 in credit",
          "Free dessert for life with code SWEETDEAL",
          "Try our new high-protein menu",
          "Save 20% on prepaid 3-month plans"]


def theme(when):
    for until, ver, tid, tnum in THEMES:
        if when < until:
            return ver, tid, tnum


def is_dst(when):
    y = when.year
    mar = dt.datetime(y, 3, 8, 7)
    while mar.weekday() != 6:
        mar += dt.timedelta(days=1)
    nov = dt.datetime(y, 11, 1, 6)
    while nov.weekday() != 6:
        nov += dt.timedelta(days=1)
    return mar <= when < nov


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["reqid"] = C.uuid4(rng)
    s["offset"] = -14400 if is_dst(when) else -18000
    s["theme"] = theme(when)[0]
    pv = prev.get("assets") if prev.get("theme") == s["theme"] else None
    s["assets"] = C.keep_or(rng, pv, 0.2, lambda: rng.randint(10 ** 17, 10 ** 18 - 1))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.choice(PROMOS))
    return s


LABELS = {
    "reqid": "Shopify __st per-request reqid",
    "offset": "shop UTC offset in __st (daylight saving time)",
    "theme": "Dawn theme upgrade published as a new theme (asset paths and theme id)",
    "assets": "theme asset ?v= cache-busting stamps",
    "promo": "announcement bar promo",
}


def cutoff(when):
    """Next Wednesday 23:59 order cut-off shown in the announcement bar."""
    d = when.date()
    while d.weekday() != 2:
        d += dt.timedelta(days=1)
    return "%s %s %d" % (d.strftime("%A"), MONTHS[d.month - 1], d.day)


def render(s, blocks, when):
    ver, tid, tnum = theme(when)
    v = s["assets"]
    if when < THEMES[0][0]:
        cdn = "//cdn.shopify.com/s/files/1/0581/2345/6789/t/%d/assets/" % tnum
    else:
        cdn = "//www.maplecrate.ca/cdn/shop/t/%d/assets/" % tnum
    title = blocks[0][1]
    body = "\n".join(C.block_html(b) for b in blocks[1:])

    def asset(name):
        return "%s%s?v=%d" % (cdn, name, v + (sum(map(ord, name)) * 7919) % 10 ** 9)

    return (
        '<!doctype html>\n<html class="no-js" lang="en">\n  <head>\n    <meta charset="utf-8">\n    <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '    <meta name="viewport" content="width=device-width,initial-scale=1">\n    <meta name="theme-color" content="">\n'
        '    <link rel="canonical" href="%s">\n    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>\n'
        '    <link rel="icon" type="image/png" href="%s">\n    <title>\n      Privacy policy\n &ndash; Maple Crate</title>\n\n'
        '    <meta property="og:site_name" content="Maple Crate">\n  <meta property="og:url" content="%s">\n  <meta property="og:title" content="Privacy policy">\n  <meta property="og:type" content="website">\n'
        '    <script src="%s" defer="defer"></script>\n    <script src="%s" defer="defer"></script>\n'
        '    <script>window.performance && window.performance.mark && window.performance.mark(\'shopify.content_for_header.start\');</script>'
        '<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/58123456789/digital_wallets/dialog">\n'
        '<meta name="shopify-checkout-api-token" content="c5b0e7f1d3a94e62b8a1f0c2d7e94b31">\n'
        '<script async="async" src="/checkouts/internal/preloads.js?locale=en-CA"></script>\n'
        '<script id="shopify-features" type="application/json">{"accessToken":"c5b0e7f1d3a94e62b8a1f0c2d7e94b31","betas":["rich-media-storefront-analytics"],"domain":"www.maplecrate.ca","predictiveSearch":true,"shopId":58123456789,"locale":"en"}</script>\n'
        '<script>var Shopify = Shopify || {};\nShopify.shop = "maple-crate.myshopify.com";\nShopify.locale = "en";\nShopify.currency = {"active":"CAD","rate":"1.0"};\n'
        'Shopify.country = "CA";\nShopify.theme = {"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"%s","theme_store_id":887,"role":"main"};\n'
        'Shopify.theme.handle = "null";\nShopify.theme.style = {"id":null,"handle":null};\nShopify.cdnHost = "www.maplecrate.ca/cdn";\nShopify.routes = Shopify.routes || {};\nShopify.routes.root = "/";</script>\n'
        '<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>\n'
        '<script id="__st">var __st={"a":58123456789,"offset":%d,"reqid":"%s","pageurl":"www.maplecrate.ca\\/policies\\/privacy-policy","u":"9d2c61f0a4b7"};</script>\n'
        '<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>\n'
        '<script src="https://static.rechargecdn.com/assets/js/widget.min.js?shop=maple-crate.myshopify.com" async></script>\n'
        '<script>window.performance && window.performance.mark && window.performance.mark(\'shopify.content_for_header.end\');</script>\n'
        '    <link href="%s" rel="stylesheet" type="text/css" media="all" />\n  </head>\n\n'
        '  <body class="gradient">\n    <a class="skip-to-content-link button visually-hidden" href="#MainContent">\n      Skip to content\n    </a>\n'
        '<!-- BEGIN sections: header-group -->\n<div id="shopify-section-sections--16543210987654__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
        '<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">'
        '<span>%s &middot; Order by %s at 11:59 p.m. for next week&#39;s delivery</span></p></div></div></div>'
        '<div id="shopify-section-sections--16543210987654__header" class="shopify-section shopify-section-group-header-group section-header">'
        '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">'
        '<header class="header header--middle-left header--mobile-center page-width header--has-menu">'
        '<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="%s" alt="Maple Crate" width="160" height="48" class="header__heading-logo motion-reduce"></div></a>'
        '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
        '<li><a href="/pages/how-it-works" class="header__menu-item list-menu__item link link--text focus-inset"><span>How it works</span></a></li>'
        '<li><a href="/collections/menu" class="header__menu-item list-menu__item link link--text focus-inset"><span>This week&#39;s menu</span></a></li>'
        '<li><a href="/pages/plans" class="header__menu-item list-menu__item link link--text focus-inset"><span>Plans &amp; pricing</span></a></li>'
        '<li><a href="/products/gift-card" class="header__menu-item list-menu__item link link--text focus-inset"><span>Gift cards</span></a></li></ul></nav>'
        '<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>'
        '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>'
        '</header></sticky-header></div>\n<!-- END sections: header-group -->\n\n'
        '    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n'
        '      <div class="shopify-policy__container">\n  <div class="shopify-policy__title">\n    <h1>%s</h1>\n  </div>\n\n'
        '  <div class="shopify-policy__body">\n    <div class="rte">\n      %s\n    </div>\n  </div>\n</div>\n    </main>\n\n'
        '<!-- BEGIN sections: footer-group -->\n<div id="shopify-section-sections--16543210987655__footer" class="shopify-section shopify-section-group-footer-group">'
        '<footer class="footer color-background-2 gradient section-sections--16543210987655__footer-padding"><div class="footer__content-top page-width">'
        '<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">'
        '<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">'
        '<li><a href="/pages/faq" class="link link--text list-menu__item list-menu__item--link">FAQ</a></li>'
        '<li><a href="/pages/delivery-areas" class="link link--text list-menu__item list-menu__item--link">Delivery areas</a></li>'
        '<li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact us</a></li></ul></div>'
        '<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Stay in the loop</h2>'
        '<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">'
        '<input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="&#10003;" /><input type="hidden" name="contact[tags]" value="newsletter">'
        '<input id="NewsletterForm--sections--16543210987655__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"></form></div></div></div>'
        '<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; %d, <a href="/" title="">Maple Crate</a></small>'
        '<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Powered by Shopify</a></small>'
        '<ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Refund policy</a></small></li>'
        '<li><small class="copyright__content"><a href="/policies/privacy-policy">Privacy policy</a></small></li>'
        '<li><small class="copyright__content"><a href="/policies/terms-of-service">Terms of service</a></small></li>'
        '<li><small class="copyright__content"><a href="/policies/shipping-policy">Shipping policy</a></small></li></ul></div></footer></div>\n'
        '<!-- END sections: footer-group -->\n'
        '    <script>\n      window.shopUrl = \'https://www.maplecrate.ca\';\n      window.routes = {\n        cart_add_url: \'/cart/add\',\n        cart_change_url: \'/cart/change\',\n'
        '        cart_update_url: \'/cart/update\',\n        cart_url: \'/cart\',\n        predictive_search_url: \'/search/suggest\',\n      };\n    </script>\n'
        '<div id="shopify-block-recharge-subscriptions" class="shopify-block shopify-app-block"></div>\n'
        '  </body>\n</html>\n'
        % (URL, asset("favicon.png"), URL, asset("constants.js"), asset("global.js"), tid, ver, s["offset"], s["reqid"],
           asset("base.css"), html.escape(s["promo"]), cutoff(when), asset("maple-crate-logo.svg"), html.escape(title),
           body, when.year))


PAGE = {
    "service": "Maple Crate", "url": URL, "lang": "en-CA", "platform": "Shopify (Dawn) + Recharge",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-ShopId", "58123456789"), ("X-Shopify-Stage", "production"), ("Powered-By", "Shopify")),
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2025, 10, 31), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
