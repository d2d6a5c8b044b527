"""Dutch pet-food subscription shop on Shopify: the store's privacy policy at /policies/privacy-policy.

Shopify renders the policy itself (`.shopify-policy__container` > `__title` h1 + `__body` > `.rte`), whatever the
theme: the shop ran Debut until autumn 2022 and Dawn 12 after it (header, footer and asset paths all change, the
container does not). Per visit: `__st` "u"/"reqid" and the web-pixels-manager ids; per theme publish: the
`?v=` asset stamps; the announcement bar's promotion and the Trustpilot count in the footer move now and then.
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
DAWN_FROM = dt.datetime(2022, 10, 18)
SHOP_ID = 61874212983
HOST = "www.brokkelbox.nl"

POLICY = """
# Privacyverklaring

Laatst bijgewerkt: {UPDATED}

Bij Brokkelbox draait alles om vers samengesteld voer voor honden en katten, afgestemd op jouw dier en thuisbezorgd op het moment dat het bakje bijna leeg is. Om dat te kunnen doen, hebben we een aantal gegevens van jou (en van je huisdier) nodig. In deze privacyverklaring leggen we uit welke gegevens dat zijn, waarom we ze gebruiken, met wie we ze delen en welke rechten je hebt. We houden ons daarbij aan de Algemene verordening gegevensbescherming (AVG).

## 1. Wie zijn wij?

Brokkelbox B.V. is verantwoordelijk voor de verwerking van persoonsgegevens zoals beschreven in deze privacyverklaring. Je vindt ons hier:

@ Brokkelbox B.V.
@ Oudegracht 214
@ 3511 NS Utrecht
@ KvK-nummer: 78123456
@ E-mail: privacy@brokkelbox.nl

Wij hebben geen functionaris voor gegevensbescherming aangesteld, omdat dat voor ons niet verplicht is. Voor al je vragen over privacy kun je terecht bij ons privacyteam via [privacy@brokkelbox.nl](mailto:privacy@brokkelbox.nl).

## 2. Welke gegevens verwerken wij?

Afhankelijk van hoe je onze website en diensten gebruikt, verwerken wij de volgende persoonsgegevens:

- **Contactgegevens**: voor- en achternaam, bezorgadres, e-mailadres en telefoonnummer;
- **Accountgegevens**: je inloggegevens, je voorkeuren en de instellingen van je abonnement;
- **Gegevens over je huisdier**: naam, soort, ras, geboortedatum, gewicht, activiteitsniveau en eventuele allergieën of gevoeligheden die je aan ons doorgeeft;
- **Bestel- en betaalgegevens**: je bestellingen, de bezorgfrequentie, je betaalmethode en de betaalstatus (wij slaan zelf geen volledige bank- of creditcardgegevens op);
- **Communicatie**: berichten die je ons stuurt via e-mail, WhatsApp of het contactformulier, en onze antwoorden daarop;
- **Technische gegevens**: IP-adres, browsertype, apparaatgegevens en informatie over je bezoek aan onze website, voor zover je daarvoor toestemming geeft via onze cookiebanner.

Gegevens over je huisdier zijn op zichzelf geen bijzondere persoonsgegevens. Toch gaan we er zorgvuldig mee om, omdat ze samen met je naam en adres iets zeggen over jouw huishouden.

## 3. Waarvoor gebruiken wij je gegevens?

Wij gebruiken je gegevens alleen als daar een wettelijke grondslag voor is. In de tabel hieronder zie je voor welke doelen wij gegevens verwerken, op welke grondslag en hoe lang wij ze bewaren.

| Doel | Grondslag | Bewaartermijn |
| Het samenstellen van een voerplan op maat voor je huisdier | Uitvoering van de overeenkomst | Zolang je abonnement loopt, daarna 24 maanden |
| Het verwerken en bezorgen van je bestellingen | Uitvoering van de overeenkomst | 24 maanden na je laatste bestelling |
| Het innen van betalingen en het voeren van onze administratie | Wettelijke verplichting | 7 jaar (fiscale bewaarplicht) |
| Klantenservice en het afhandelen van klachten | Uitvoering van de overeenkomst en gerechtvaardigd belang | 2 jaar na afhandeling |
| Het versturen van onze nieuwsbrief met voedingstips en acties | Toestemming | Tot je je afmeldt |
| Het meten en verbeteren van onze website | Toestemming (analytische cookies) | Maximaal 14 maanden |
| Het voorkomen van fraude en misbruik van kortingscodes | Gerechtvaardigd belang | 12 maanden |

Als je een account aanmaakt maar nooit een bestelling plaatst, verwijderen wij je account automatisch na 12 maanden.

## 4. Met wie delen wij je gegevens?

Wij verkopen jouw gegevens nooit aan derden. Wel schakelen wij een aantal partijen in die ons helpen om onze dienst te leveren. Met deze verwerkers hebben wij een verwerkersovereenkomts gesloten, zodat zij jouw gegevens met dezelfde zorg behandelen als wij.

| Partij | Waarvoor | Locatie |
| Shopify International Ltd. | Webwinkel en klantaccounts | Ierland (met doorgifte naar Canada en de VS) |
| Recharge Payments LLC | Beheer van abonnementen | Verenigde Staten |
| Mollie B.V. | Betalingen via iDEAL, creditcard en Bancontact | Nederland |
| PostNL Pakketten Benelux B.V. | Bezorging van je pakket | Nederland |
| Klaviyo Inc. | Versturen van e-mails en nieuwsbrieven | Verenigde Staten |
| Gorgias Inc. | Klantenservicesysteem | Verenigde Staten |

Daarnaast kunnen wij gegevens verstrekken aan instanties als wij daartoe wettelijk verplicht zijn, bijvoorbeeld aan de Belastingdienst.

## 5. Doorgifte buiten de Europese Economische Ruimte

Sommige van onze verwerkers zijn gevestigd in de Verenigde Staten of slaan gegevens daar op. Wij zorgen er in dat geval voor dat er passende waarborgen zijn, zoals certificering onder het EU-VS Data Privacy Framework of de standaardcontractbepalingen van de Europese Commissie. Een kopie van deze waarborgen kun je bij ons opvragen.

## 6. Cookies en vergelijkbare technieken

Onze website gebruikt functionele cookies die nodig zijn om je winkelwagen en je inlogsessie te laten werken. Analytische en marketingcookies plaatsen wij alleen als je daar via onze cookiebanner toestemming voor geeft. Je kunt je keuze op ieder moment aanpassen via de link "Cookie-instellingen" onderaan elke pagina.

- **Functionele cookies**: nodig voor de werking van de webwinkel, hiervoor is geen toestemming vereist;
- **Analytische cookies**: Google Analytics 4, met ingekort IP-adres en zonder het delen van gegevens met Google;
- **Marketingcookies**: Meta-pixel en TikTok-pixel, om advertenties af te stemmen op je interesses.

## 7. Hoe beveiligen wij je gegevens?

Wij nemen passende technische en organisatorische maatregelen om je gegevens te beschermen tegen verlies en onrechtmatig gebruik. Onze website maakt gebruik van een beveiligde verbinding (TLS), toegang tot klantgegevens is beperkt tot medewerkers die dat voor hun werk nodig hebben en wij gebruiken tweestapsverificatie voor al onze beheersystemen.

## 8. Jouw rechten

Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heb je het recht om je eventuele toestemming in te trekken of bezwaar te maken tegen de verwerking van je persoonsgegevens, en heb je recht op gegevensoverdraagbaarheid. Dat betekent dat je bij ons een verzoek kunt indienen om de persoonsgegevens die wij van je hebben in een computerbestand naar jou of een andere, door jou genoemde organisatie te sturen.

Veel gegevens kun je zelf aanpassen in je account onder "Mijn gegevens". Voor andere verzoeken stuur je een e-mail naar privacy@brokkelbox.nl. Om er zeker van te zijn dat het verzoek door jou is gedaan, kunnen wij je vragen om je te identificeren. Wij reageren zo snel mogelijk, maar in ieder geval binnen een maand.

## 9. Klacht indienen

Ben je niet tevreden over hoe wij met je gegevens omgaan? Laat het ons dan eerst weten, dan zoeken we samen naar een oplossing. Je hebt daarnaast altijd het recht om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens, via [autoriteitpersoonsgegevens.nl](https://autoriteitpersoonsgegevens.nl).

## 10. Wijzigingen

Wij kunnen deze privacyverklaring aanpassen, bijvoorbeeld als we nieuwe diensten aanbieden of als de wet verandert. De meest actuele versie vind je altijd op deze pagina. Bij belangrijke wijzigingen sturen wij je als abonnee ook een e-mail.
"""

EDITS = [
    {"note": "processor table: DHL eCommerce added as second carrier",
     "repl": [("| PostNL Pakketten Benelux B.V. | Bezorging van je pakket | Nederland |",
               "| PostNL Pakketten Benelux B.V. | Bezorging van je pakket | Nederland |\n"
               "| DHL eCommerce Netherlands B.V. | Bezorging in België en op zaterdag | Nederland |")]},
    {"note": "typo fixed (verwerkersovereenkomts -> verwerkersovereenkomst), no new date",
     "repl": [("verwerkersovereenkomts gesloten", "verwerkersovereenkomst gesloten")], "bump": False},
    {"note": "sentence added about vet practice details shared for the feeding plan",
     "repl": [("iets zeggen over jouw huishouden.",
               "iets zeggen over jouw huishouden. Als je ons vraagt om het voerplan af te stemmen met je "
               "dierenarts, verwerken wij ook de naam van de praktijk en het voedingsadvies dat je met ons deelt.")]},
    {"note": "retention of accounts without orders shortened from 12 to 6 months",
     "repl": [("verwijderen wij je account automatisch na 12 maanden.",
               "verwijderen wij je account automatisch na 6 maanden.")]},
    {"note": "office moved: new street address in Utrecht",
     "repl": [("@ Oudegracht 214\n@ 3511 NS Utrecht", "@ Cartesiusweg 90\n@ 3534 BD Utrecht")]},
    {"note": "section added on Trustpilot reviews; 'Wijzigingen' renumbered 11",
     "repl": [("## 10. Wijzigingen",
               "## 10. Reviews\n\nNa een bestelling kunnen wij je per e-mail uitnodigen om een review te "
               "schrijven op Trustpilot. Daarvoor geven wij je naam, e-mailadres en ordernummer door aan "
               "Trustpilot A/S in Denemarken. Je bent niet verplicht om een review te plaatsen; als je de "
               "uitnodiging niet wilt ontvangen, kun je dat aangeven in je account.\n\n## 11. Wijzigingen")]},
]

PROMOS = ["Gratis verzending vanaf €&nbsp;35", "Probeerbox voor €&nbsp;4,95 – eerste levering binnen 2 dagen",
          "Nieuw: graanvrij kattenvoer met verse kip", "Black Friday: 25% korting op je eerste box",
          "Zomerdeal: gratis snackzak bij elke nieuwe abonnee", "Pas je bezorgdatum aan tot 2 dagen voor levering"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _vstamp(rng):
    return str(rng.randint(10 ** 19, 10 ** 20 - 1))[:20]


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = "dawn" if when >= DAWN_FROM else "debut"
    assets = C.keep_or(rng, prev.get("assets") if prev.get("theme") == theme else None, 0.2,
                       lambda: {"v": _vstamp(rng), "t": rng.choice([11, 12, 14, 17]) if theme == "dawn" else 3,
                                "pub": int(C.epoch(when)) - rng.randint(3600, 86400 * 20)})
    rv = prev.get("reviews", 1480 + rng.randint(0, 60))
    reviews = rv + (rng.randint(3, 40) if rng.random() < 0.5 else 0)
    return {
        "theme": theme,
        "assets": assets,
        "visit": {"u": C.hexs(rng, 12), "reqid": C.uuid4(rng), "wpm": C.uuid4(rng), "ts": int(C.epoch(when)) * 1000
                  + rng.randint(0, 999)},
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.choice(PROMOS)),
        "reviews": reviews,
    }


LABELS = {"theme": "theme switched Debut -> Dawn (same Shopify policy container)",
          "assets": "theme asset ?v= stamps (theme publish)",
          "visit": "per-visit __st u/reqid and web-pixels-manager ids",
          "promo": "announcement-bar promotion", "reviews": "Trustpilot review count in footer"}


def _head(state, when):
    a, v = state["assets"], state["visit"]
    dawn = state["theme"] == "dawn"
    tid = 134512377463 if dawn else 120033575031
    base = "//%s/cdn/shop/t/%d/assets/" % (HOST, a["t"]) if dawn else \
        "//cdn.shopify.com/s/files/1/0618/7421/2983/t/%d/assets/" % a["t"]
    css = ['base.css', 'component-card.css', 'component-price.css'] if dawn else ['theme.css']
    links = "\n".join('    <link href="%s%s?v=%s" rel="stylesheet" type="text/css" media="all" />' % (base, c, a["v"])
                      for c in css)
    theme = ('{"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,'
             '"role":"main"}' % tid) if dawn else \
        ('{"name":"Debut","id":%d,"schema_name":"Debut","schema_version":"17.14.0","theme_store_id":796,'
         '"role":"main"}' % tid)
    return """<!doctype html>
<html class="no-js%s" lang="nl">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="#2f5d3a">
    <link rel="canonical" href="https://%s/policies/privacy-policy">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//%s/cdn/shop/files/brokkel-favicon.png?crop=center&height=32&v=1643890221&width=32">
    <title>Privacyverklaring &ndash; Brokkelbox</title>
    <meta name="description" content="Vers hondenvoer en kattenvoer op maat, als abonnement thuisbezorgd.">
    <meta property="og:site_name" content="Brokkelbox">
    <meta property="og:url" content="https://%s/policies/privacy-policy">
    <meta property="og:title" content="Privacyverklaring">
    <meta property="og:type" content="website">
    <meta name="twitter:card" content="summary_large_image">
    <script src="%sconstants.js?v=%s" defer="defer"></script>
    <script src="%sglobal.js?v=%s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
    <meta name="google-site-verification" content="q8W1hZk3nV0cT7yR2pLxU5aS9dF4gJ6eB1mN3oP8iQc">
    <meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/%d/digital_wallets/dialog">
    <script async="async" src="/checkouts/internal/preloads.js?locale=nl-NL"></script>
    <script id="shopify-features" type="application/json">{"accessToken":"8d2f0c4a1b7e93f5a6c2d8e1f0b3a947","betas":["rich-media-storefront-analytics"],"domain":"%s","predictiveSearch":true,"shopId":%d,"locale":"nl"}</script>
    <script>var Shopify = Shopify || {};
Shopify.shop = "brokkelbox.myshopify.com";
Shopify.locale = "nl";
Shopify.currency = {"active":"EUR","rate":"1.0"};
Shopify.country = "NL";
Shopify.theme = %s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "%s/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
    <script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
    <script>(function() {
  var isLoaded = false;
  function asyncLoad() {
    if (isLoaded) return;
    isLoaded = true;
    var urls = ["https:\\/\\/static.rechargecdn.com\\/assets\\/js\\/widget.min.js?shop=brokkelbox.myshopify.com","https:\\/\\/static.klaviyo.com\\/onsite\\/js\\/klaviyo.js?company_id=Xk7TqP\\u0026shop=brokkelbox.myshopify.com"];
    for (var i = 0; i < urls.length; i++) {
      var s = document.createElement('script');
      s.type = 'text/javascript'; s.async = true; s.src = urls[i];
      var x = document.getElementsByTagName('script')[0];
      x.parentNode.insertBefore(s, x);
    }
  };
  if(window.attachEvent) { window.attachEvent('onload', asyncLoad); } else { window.addEventListener('load', asyncLoad, false); }
})();</script>
    <script id="__st">var __st={"a":%d,"offset":3600,"reqid":"%s","pageurl":"%s\\/policies\\/privacy-policy","u":"%s"};</script>
    <script>window.ShopifyPaypalV4VisibilityTracking = true;</script>
    <script id="web-pixels-manager-setup">(function e(e,d,r,n,o){void 0===o&&(o={});var i=e.webPixelsManager=e.webPixelsManager||{};})(self,document,"%s");window.webPixelsManagerAPI = window.webPixelsManagerAPI || {"initData":{"shop":{"name":"Brokkelbox","paymentSettings":{"currencyCode":"EUR"},"myshopifyDomain":"brokkelbox.myshopify.com","countryCode":"NL","storefrontUrl":"https:\\/\\/%s"},"customerPrivacy":{"analyticsProcessingAllowed":false,"marketingAllowed":false,"preferencesProcessingAllowed":false,"saleOfDataAllowed":false},"cart":null,"checkout":null,"productVariants":[],"purchasingCompany":null},"eventPayload":{"context":{"document":{"location":{"pathname":"\\/policies\\/privacy-policy"}}},"timestamp":%d,"id":"%s"}};</script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
%s
    <script src="https://cdn.shopify.com/shopifycloud/privacy-banner/storefront-banner.js" defer></script>
  </head>""" % (" supports-no-cookies" if not dawn else "", HOST, HOST, HOST, base, a["v"], base, a["v"],
                 SHOP_ID, HOST, SHOP_ID, theme, HOST, SHOP_ID, v["reqid"], HOST, v["u"], v["wpm"][:8], HOST,
                 v["ts"], v["wpm"], links)


def _policy(blocks):
    title = blocks[0][1] if blocks and blocks[0][0] == "h1" else "Privacyverklaring"
    body = blocks[1:] if blocks and blocks[0][0] == "h1" else blocks
    return """<div class="shopify-policy__container">
  <div class="shopify-policy__title">
    <h1>%s</h1>
  </div>

  <div class="shopify-policy__body">
    <div class="rte">
        %s
    </div>
  </div>
</div>""" % (html.escape(title, quote=False), C.blocks_html(body))


NAV = [("/collections/hondenvoer", "Hondenvoer"), ("/collections/kattenvoer", "Kattenvoer"),
       ("/pages/hoe-werkt-het", "Hoe werkt het?"), ("/collections/snacks", "Snacks"), ("/blogs/voedingstips", "Voedingstips")]


def _dawn(state, blocks, when):
    sec = "sections--17014852599927"
    nav = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                  '<span>%s</span></a></li>' % (u, t) for u, t in NAV)
    return """
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Meteen naar de content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-%s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
  <div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Aankondiging"><div class="page-width"><p class="announcement-bar__message h5"><span>%s</span></p></div></div></div>
</div></div>
<div id="shopify-section-%s__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
  <a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//%s/cdn/shop/files/brokkelbox-logo.svg?v=1666084512&amp;width=180" alt="Brokkelbox" width="180" height="42" class="header__heading-logo motion-reduce"></div></a>
  <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%s</ul></nav>
  <div class="header__icons header__icons--localization header-localization"><a href="https://shopify.com/61874212983/account?locale=nl&amp;region_country=NL" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Inloggen</span></a>
  <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Winkelwagen</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      %s
    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-%s__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-%s__footer-padding">
  <div class="footer__content-top page-width">
    <div class="footer-block__details-content"><h2 class="footer-block__heading inline-richtext">Klantenservice</h2>
      <ul class="footer-block__details-content list-unstyled"><li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact</a></li><li><a href="/pages/veelgestelde-vragen" class="link link--text list-menu__item list-menu__item--link">Veelgestelde vragen</a></li><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">Algemene voorwaarden</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">Privacyverklaring</a></li></ul></div>
    <div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Voedingstips in je inbox</h2>
      <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--%s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mail" required><label class="field__label" for="NewsletterForm--%s__footer">E-mail</label></div></div></form>
    </div>
    <div class="footer-block--trustpilot"><div class="trustpilot-widget" data-locale="nl-NL" data-template-id="5419b732fbfb950b10de65e5" data-businessunit-id="5f2c8e1a9d3b7c0001a4e6f2" data-style-height="24px" data-style-width="100%%" data-theme="light"><a href="https://nl.trustpilot.com/review/brokkelbox.nl" target="_blank" rel="noopener">Uitstekend · 4,7 uit 5 · %s reviews</a></div></div>
  </div>
  <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; %d, <a href="/" title="">Brokkelbox</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/nl?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Mogelijk gemaakt door Shopify</a></small></div></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
    <ul hidden><li id="a11y-refresh-page-message">Als je een selectie kiest, wordt de pagina volledig vernieuwd.</li><li id="a11y-new-window-message">Opent in een nieuw venster.</li></ul>
    <script>window.shopUrl = 'https://%s'; window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'};</script>
    <script src="//%s/cdn/shop/t/%d/assets/cart.js?v=%s" defer="defer"></script>
  </body>
</html>
""" % (sec, state["promo"], sec, HOST, nav, _policy(blocks), sec, sec, sec, sec,
       "{:,}".format(state["reviews"]).replace(",", "."), when.year, HOST, HOST, state["assets"]["t"],
       state["assets"]["v"])


def _debut(state, blocks, when):
    nav = "".join('<li><a href="%s" class="site-nav__link site-nav__link--main"><span class="site-nav__label">%s'
                  '</span></a></li>' % (u, t) for u, t in NAV)
    base = "//cdn.shopify.com/s/files/1/0618/7421/2983/t/%d/assets/" % state["assets"]["t"]
    return """
  <body class="template-policy">
    <a class="in-page-link visually-hidden skip-link" href="#MainContent">Ga direct naar de content</a>
    <div id="SearchDrawer" class="search-bar drawer drawer--top" role="dialog" aria-modal="true" aria-label="Zoeken"><div class="search-bar__table"><form class="search search-bar__form" action="/search" method="get" role="search"><input class="search__input search-bar__input" type="search" name="q" value="" placeholder="Zoeken" aria-label="Zoeken"></form></div></div>
    <div id="shopify-section-header" class="shopify-section">
      <style>.announcement-bar { background-color: #2f5d3a; } .announcement-bar__message { color: #ffffff; }</style>
      <div class="announcement-bar" role="region" aria-label="Aankondiging"><p class="announcement-bar__message">%s</p></div>
      <header class="site-header border-bottom logo--left" role="banner">
        <div class="grid grid--no-gutters grid--table site-header__mobile-nav">
          <div class="grid__item medium-up--one-quarter logo-align--left"><div class="h2 site-header__logo"><a href="/" class="site-header__logo-image"><img class="lazyload js" src="//cdn.shopify.com/s/files/1/0618/7421/2983/files/brokkelbox-logo_300x300.png?v=1633523398" alt="Brokkelbox"></a></div></div>
          <nav class="grid__item medium-up--one-half small--hide" id="AccessibleNav" role="navigation"><ul class="site-nav list--inline" id="SiteNav">%s</ul></nav>
          <div class="grid__item medium-up--one-quarter text-right site-header__icons site-header__icons--plus"><a href="/account/login" class="site-header__icon site-header__account"><span class="icon__fallback-text">Inloggen</span></a><a href="/cart" class="site-header__icon site-header__cart"><span class="icon__fallback-text">Winkelwagen</span><div id="CartCount" class="site-header__cart-count hide" data-cart-count-bubble><span data-cart-count>0</span></div></a></div>
        </div>
      </header>
    </div>
    <div class="page-container drawer-page-content" id="PageContainer">
      <main class="main-content js-focus-hidden" id="MainContent" role="main" tabindex="-1">
        <div class="page-width">
      %s
        </div>
      </main>
      <div id="shopify-section-footer" class="shopify-section"><footer class="site-footer" role="contentinfo"><div class="page-width">
        <div class="site-footer__content"><div class="site-footer__item"><div class="site-footer__item-inner site-footer__item-inner--link_list"><p class="h4">Klantenservice</p><ul class="site-footer__linklist"><li class="site-footer__linklist-item"><a href="/pages/contact">Contact</a></li><li class="site-footer__linklist-item"><a href="/policies/terms-of-service">Algemene voorwaarden</a></li><li class="site-footer__linklist-item"><a href="/policies/privacy-policy" aria-current="page">Privacyverklaring</a></li></ul></div></div>
        <div class="site-footer__item"><div class="site-footer__item-inner site-footer__item-inner--text"><p class="h4">Wat klanten zeggen</p><div class="rte"><p><a href="https://nl.trustpilot.com/review/brokkelbox.nl">4,7 sterren op Trustpilot (%s reviews)</a></p></div></div></div></div>
        <div class="grid grid--no-gutters small--text-center"><div class="grid__item one-half small--one-whole"><small class="site-footer__copyright-content">&copy; %d, <a href="/" title="">Brokkelbox</a></small><small class="site-footer__copyright-content site-footer__copyright-content--powered-by"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Mogelijk gemaakt door Shopify</a></small></div></div>
      </div></footer></div>
    </div>
    <ul hidden><li id="a11y-refresh-page-message">Als je een selectie kiest, wordt de pagina volledig vernieuwd.</li></ul>
    <script src="%stheme.js?v=%s" type="text/javascript"></script>
  </body>
</html>
""" % (state["promo"], nav, _policy(blocks), "{:,}".format(state["reviews"]).replace(",", "."), when.year,
       base, state["assets"]["v"])


def render(state, blocks, when):
    body = _dawn(state, blocks, when) if state["theme"] == "dawn" else _debut(state, blocks, when)
    return _head(state, when) + body


PAGE = {
    "service": "Brokkelbox",
    "url": "https://www.brokkelbox.nl/policies/privacy-policy",
    "lang": "nl",
    "platform": "Shopify (Debut, then Dawn 12)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-ShopId", str(SHOP_ID)), ("X-Sorting-Hat-ShopId", str(SHOP_ID)),
                      ("Vary", "Accept"), ("Content-Language", "nl")],
    "n": 30,
    "start": dt.date(2021, 9, 6),
    "end": dt.date(2024, 11, 28),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.brokkelbox.nl/policies/privacy-policy",
                    "select": ".shopify-policy__container"},
}
