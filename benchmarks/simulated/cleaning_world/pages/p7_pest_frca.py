"""Extermination Boréal - fr-CA pest control with an online shop (Montréal, Laval) - Shopify (Dawn theme, updated
7 -> 10 -> 13 -> 15), policy page /policies/privacy-policy (Shopify's own policy template), Shopify Inbox."""
import datetime as dt
import json
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

SITE = "https://exterminationboreal.ca"
URL = SITE + "/policies/privacy-policy"
SHOP_ID = 61234567890


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["fr"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Extermination Boréal inc. (« Boréal », « nous ») offre des services d'extermination et de prévention des parasites
(punaises de lit, souris, fourmis charpentières, guêpes, coquerelles) aux résidences, aux immeubles locatifs et aux
commerces de la grande région de Montréal, de Laval et de la Rive-Nord, et vend en ligne des produits de prévention. La
présente politique explique comment nous recueillons, utilisons, communiquons et conservons vos renseignements
personnels, conformément à la Loi sur la protection des renseignements personnels dans le secteur privé du Québec et à
la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE).

## Responsable de la protection des renseignements personnels

Conformément à la loi, notre présidente, Mme Julie Tremblay, agit à titre de responsable de la protection des
renseignements personnels. Vous pouvez la joindre à
[confidentialite@exterminationboreal.ca](mailto:confidentialite@exterminationboreal.ca) ou par la poste :

@ Extermination Boréal inc.
@ À l'attention de la responsable de la protection des renseignements personnels
@ 1250, rue Sauvé Ouest, bureau 210
@ Montréal (Québec) H4N 1C6

## Renseignements que nous recueillons

Lorsque vous demandez une soumission, prenez rendez-vous ou passez une commande, nous pouvons recueillir :

- vos nom, adresse, numéro de téléphone et adresse courriel;
- l'adresse du lieu à traiter, le type de bâtiment et, s'il y a lieu, les coordonnées du propriétaire ou du
  gestionnaire de l'immeuble;
- la description du problème, les photos que vous nous envoyez et nos rapports d'inspection;
- la présence d'enfants, de personnes vulnérables ou d'animaux, afin de choisir un traitement sécuritaire;
- les renseignements de paiement, traités par Shopify Payments (nous ne conservons pas les numéros de carte);
- l'historique de vos commandes et de nos interventions.

Lorsque vous naviguez sur notre site, des renseignements techniques sont recueillis automatiquement au moyen de témoins
(cookies), comme votre adresse IP, votre navigateur et les pages consultées.

## Fins de la collecte

Nous utilisons vos renseignements pour :

- préparer une soumission et planifier nos interventions;
- effectuer les traitements et les visites de suivi prévues à la garantie;
- traiter vos commandes en ligne et les livrer;
- tenir le registre d'utilisation des pesticides exigé par le Code de gestion des pesticides;
- vous envoyer des rappels et des offres, si vous y avez consenti;
- répondre à vos questions et traiter vos plaintes.

Nous ne recueillons que les renseignements nécessaires à ces fins et ne les utilisons pas à d'autres fins sans votre
consentement, sauf si la loi le permet.

## Communication à des tiers

Nous ne vendons pas vos renseignements personnels. Nous les communiquons uniquement aux fournisseurs qui nous aident à
offrir nos services, et seulement dans la mesure nécessaire :

| Fournisseur | Service | Lieu d'hébergement |
| Shopify Inc. | Boutique en ligne et paiements | Canada et États-Unis |
| Jobber (Octopusapp Inc.) | Planification des rendez-vous et facturation | Canada |
| Mailchimp (The Rocket Science Group LLC) | Courriels et rappels | États-Unis |
| Postes Canada | Livraison des commandes | Canada |

Si nous devons communiquer des renseignements à l'extérieur du Québec, nous évaluons au préalable les facteurs
relatifs à la vie privée et nous nous assurons, par contrat, que vos renseignements bénéficieront d'une protection
adéquate.

## Conservation

Nous conservons vos renseignements aussi longtemps que nécessaire aux fins décrites ci-dessus :

- les rapports d'inspection et les photos : 24 mois après la dernière intervention;
- le registre des pesticides : 5 ans, comme l'exige la réglementation;
- les factures : 6 ans, aux fins fiscales.

Au terme de ces délais, les renseignements sont détruits ou anonymisés de façon sécuritaire.

## Témoins (cookies)

Notre site utilise des témoins essentiels au fonctionnement de la boutique et, avec votre consentement, des témoins de
mesure d'audience et de publicité. Vous pouvez modifier vos préférences en tout temps à l'aide de la bannière de
témoins.

## Vos droits

Vous pouvez demander l'accès aux renseignements personnels que nous détenons à votre sujet, en demander la
rectification, retirer votre consentement ou demander la désindexation ou la suppression de certains renseignements.
Vous pouvez aussi demander que les renseignements recueillis auprès de vous vous soient communiqués dans un format
technologique structuré et couramment utilisé. Nous répondons à toute demande écrite dans un délai de 30 jours.

Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser à la Commission d'accès à l'information du
Québec.

## Sécurité

Nous prenons des mesures de sécurité raisonnables pour protéger vos renseignments : accès restreint aux employés qui en
ont besoin, authentification à deux facteurs et chiffrement des données.

## Modifications

Nous pouvons modifier la présente politique. La date de la dernière mise à jour est indiquée en haut de la page.
""")

EDITS = [
    {"note": "person in charge of personal information changed (Mme Julie Tremblay -> M. Marc-André Gagnon)",
     "repl": [("notre présidente, Mme Julie Tremblay, agit",
               "notre directeur des opérations, M. Marc-André Gagnon, agit"),
              ("Vous pouvez la joindre", "Vous pouvez le joindre"),
              ("@ À l'attention de la responsable de la", "@ À l'attention du responsable de la")]},
    {"note": "email processor replaced: Mailchimp -> Klaviyo (emails, texts and reminders)",
     "repl": [("| Mailchimp (The Rocket Science Group LLC) | Courriels et rappels | États-Unis |",
               "| Klaviyo, Inc. | Courriels, textos et rappels | États-Unis |")]},
    {"note": "typo fixed: 'renseignments' -> 'renseignements' (no new date)", "bump": False,
     "repl": [("pour protéger vos renseignments :", "pour protéger vos renseignements :")]},
    {"note": "new section 'Incidents de confidentialité' (notice to the CAI, incident register)",
     "repl": [("## Sécurité\n",
               "## Incidents de confidentialité\n\nEn cas d'incident de confidentialité présentant un risque de "
               "préjudice sérieux, nous aviserons avec diligence la Commission d'accès à l'information ainsi que les "
               "personnes concernées. Nous tenons un registre de tous les incidents de confidentialité.\n\n"
               "## Sécurité\n")]},
    {"note": "retention of inspection reports and photos extended from 24 to 36 months",
     "repl": [("les photos : 24 mois après", "les photos : 36 mois après")]},
    {"note": "mailing address moved from Montréal (rue Sauvé Ouest) to Laval (boulevard Le Carrefour)",
     "repl": [("@ 1250, rue Sauvé Ouest, bureau 210\n@ Montréal (Québec) H4N 1C6",
               "@ 3100, boulevard Le Carrefour, bureau 400\n@ Laval (Québec) H7T 2K7")]},
]

THEMES = [(dt.datetime(2023, 6, 6), 3, 128734560345, "7.0.1"), (dt.datetime(2024, 3, 19), 5, 131907665961, "10.0.0"),
          (dt.datetime(2025, 1, 28), 7, 134502811689, "13.0.1"), (None, 9, 137311584297, "15.2.0")]


def theme(when):
    for until, t, tid, v in THEMES:
        if until is None or when < until:
            return t, tid, v


def tz_offset(when):
    """America/Toronto: EDT from the 2nd Sunday of March to the 1st Sunday of November."""
    y = when.year
    d = dt.datetime(y, 3, 8)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    e = dt.datetime(y, 11, 1)
    while e.weekday() != 6:
        e += dt.timedelta(days=1)
    return -14400 if d + dt.timedelta(hours=7) <= when < e + dt.timedelta(hours=6) else -18000


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"reqid": "%s-%d" % (C.uuid4(rng), C.epoch(when)), "u": C.hexs(rng, 12)}
    s["theme"] = theme(when)
    s["assetv"] = K.deploy(rng, prev.get("assetv") if prev.get("theme") == s["theme"] else None, 0.3,
                           lambda: str(rng.randint(10 ** 19, 10 ** 20 - 1)))
    s["pixels"] = K.deploy(rng, prev.get("pixels"), 0.5, lambda: "0.0.%d" % rng.randint(180, 460))
    s["inbox"] = K.deploy(rng, prev.get("inbox"), 0.3, lambda: C.uuid4(rng))
    return s


LABELS = {"reqid": "__st reqid (per request)", "u": "__st u", "theme": "Shopify.theme (Dawn updates: id, /t/N/)",
          "assetv": "theme asset ?v= (theme edits)", "pixels": "web-pixels-manager version",
          "inbox": "Shopify Inbox app extension id", "announce": "announcement bar (seasonal)",
          "offset": "__st offset (EST/EDT)"}


def announcement(when):
    m = when.month
    if m in (4, 5, 6):
        return "C'est la saison des fourmis charpentières : inspection gratuite jusqu'au 30 juin"
    if m in (7, 8, 9):
        return "Nid de guêpes? Intervention en 24 h dans la grande région de Montréal"
    if m in (10, 11):
        return "Les souris cherchent la chaleur : scellement préventif à 15 % de rabais"
    return "Livraison gratuite dès 75 $ au Québec"


def table(rows, inl):
    head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
    return "<table>\n<thead>\n<tr>%s</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (head, body)


def addr(lines, inl):
    return "<p>%s</p>" % "<br>".join(inl(x) for x in lines)


def render(s, blocks, when):
    t, tid, ver = s["theme"]
    av = s["assetv"]
    off = tz_offset(when)
    s["offset"] = off
    ann = announcement(when)
    s["announce"] = ann
    cdn = "//exterminationboreal.ca/cdn/shop/t/%d/assets" % t
    theme_js = json.dumps({"name": "Dawn", "id": tid, "schema_name": "Dawn", "schema_version": ver,
                           "theme_store_id": 887, "role": "main"}, separators=(",", ":"))
    st = json.dumps({"a": SHOP_ID, "offset": off, "reqid": s["reqid"],
                     "pageurl": "exterminationboreal.ca/policies/privacy-policy", "u": s["u"]},
                    separators=(",", ":")).replace("/", "\\/")
    body = C.render_blocks(blocks[1:], table=table, addr=addr)
    return ('<!doctype html>\n<html class="no-js" lang="fr">\n  <head>\n    <meta charset="utf-8">\n'
            '    <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '    <meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '    <meta name="theme-color" content="">\n    <link rel="canonical" href="%s">\n'
            '    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>\n'
            "    <title>\n      %s\n &ndash; Extermination Boréal</title>\n\n"
            '<meta property="og:site_name" content="Extermination Boréal">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:type" content="website">\n\n'
            '    <script src="%s/constants.js?v=%s" defer="defer"></script>\n'
            '    <script src="%s/pubsub.js?v=%s" defer="defer"></script>\n'
            '    <script src="%s/global.js?v=%s" defer="defer"></script>\n'
            "    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_"
            "header.start');</script><meta id=\"shopify-digital-wallet\" name=\"shopify-digital-wallet\" content=\"/"
            '%d/digital_wallets/dialog">\n'
            '<meta name="shopify-checkout-api-token" content="0b3f6c7a9d2e4f18a5c6b7d8e9f0a1b2">\n'
            '<script async="async" src="/checkouts/internal/preloads.js?locale=fr-CA"></script>\n'
            '<script id="shopify-features" type="application/json">{"accessToken":"0b3f6c7a9d2e4f18a5c6b7d8e9f0a1b2",'
            '"betas":["rich-media-storefront-analytics"],"domain":"exterminationboreal.ca","predictiveSearch":true,'
            '"shopId":%d,"locale":"fr"}</script>\n'
            '<script>var Shopify = Shopify || {};\nShopify.shop = "extermination-boreal.myshopify.com";\n'
            'Shopify.locale = "fr";\nShopify.currency = {"active":"CAD","rate":"1.0"};\nShopify.country = "CA";\n'
            "Shopify.theme = %s;\nShopify.theme.handle = \"null\";\nShopify.theme.style = {\"id\":null,"
            "\"handle\":null};"
            '\nShopify.cdnHost = "exterminationboreal.ca/cdn";\nShopify.routes = Shopify.routes || {};\n'
            'Shopify.routes.root = "/";</script>\n'
            '<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>\n'
            '<script id="__st">var __st=%s;</script>\n'
            "<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>\n"
            '<script id="web-pixels-manager-setup">(function(){window.webPixelsManagerSetup={shopId:%d,'
            'storefrontBaseUrl:"%s",cdnBaseUrl:"%s/cdn",surface:"storefront-renderer",isMerchantRequest:false,'
            'initData:{"shop":{"name":"Extermination Boréal","paymentSettings":{"currencyCode":"CAD"},'
            '"myshopifyDomain":'
            '"extermination-boreal.myshopify.com","countryCode":"CA","storefrontUrl":"%s"},"customer":null,"cart":null,'
            '"checkout":null,"productVariants":[],"purchasingCompany":null},version:"%s"};})();</script>\n'
            "<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_"
            "header.end');</script>\n\n"
            '    <link href="%s/base.css?v=%s" rel="stylesheet" type="text/css" media="all" />\n'
            "  </head>\n\n"
            '  <body class="gradient animate--hover-default">\n'
            '    <a class="skip-to-content-link button visually-hidden" href="#MainContent">\n'
            "      Ignorer et passer au contenu\n    </a>\n"
            '<!-- BEGIN sections: header-group -->\n<div id="shopify-section-sections--%d__announcement-bar" '
            'class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class='
            '"utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-'
            'bar" role="region" aria-label="Annonce"><p class="announcement-bar__message h5">\n'
            "            <span>%s</span></p></div></div></div>\n</div>"
            '<div id="shopify-section-sections--%d__header" class="shopify-section shopify-section-group-header-group '
            'section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 '
            'gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center '
            'page-width header--has-menu header--has-account">'
            '<a href="/" class="header__heading-link link link--text focus-inset"><img src="%s/logo-boreal.png?v=%s" '
            'alt="Extermination Boréal" width="180" height="54" class="header__heading-logo"></a>'
            '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
            '<li><a href="/pages/punaises-de-lit" class="header__menu-item list-menu__item link link--text '
            'focus-inset">'
            '<span>Punaises de lit</span></a></li><li><a href="/pages/souris-et-rats" class="header__menu-item '
            'list-menu__item link link--text focus-inset"><span>Souris et rats</span></a></li><li><a href="/pages/'
            'insectes" class="header__menu-item list-menu__item link link--text focus-inset"><span>Insectes</span></a>'
            '</li><li><a href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset">'
            '<span>Boutique</span></a></li><li><a href="/pages/soumission" class="header__menu-item list-menu__item '
            'link link--text focus-inset"><span>Soumission gratuite</span></a></li></ul></nav>'
            '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">'
            '<span class="visually-hidden">Panier</span></a></header></sticky-header></div>\n'
            "<!-- END sections: header-group -->\n\n"
            '    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n'
            '      <div class="shopify-policy__container">\n  <div class="shopify-policy__title">\n'
            "    <h1>%s</h1>\n  </div>\n\n  <div class=\"shopify-policy__body\">\n    <div class=\"rte\">\n"
            "        %s\n    </div>\n  </div>\n</div>\n\n    </main>\n\n"
            '<!-- BEGIN sections: footer-group -->\n<div id="shopify-section-sections--%d__footer" class="shopify-'
            'section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-'
            'sections--%d__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--'
            'newsletter"><h2 class="footer-block__heading inline-richtext">Infolettre</h2><form method="post" action='
            '"/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-'
            'form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" '
            '/>'
            '<input type="hidden" name="contact[tags]" value="newsletter"><input id="NewsletterForm--sections--%d__'
            'footer" type="email" name="contact[email]" class="field__input" placeholder="Courriel"></form></div></div>'
            '<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__'
            'content">&copy; %d, <a href="/" title="">Extermination Boréal</a></small><small class="copyright__'
            'content"><a href="https://www.shopify.com/fr?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source'
            '=onlinestore" rel="nofollow" target="_blank">Commerce électronique propulsé par Shopify</a></small>'
            '<ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Politique de remboursement</a>'
            '</li><li><a href="/policies/privacy-policy">Politique de confidentialité</a></li><li><a href="/policies/'
            'terms-of-service">Conditions d\'utilisation</a></li></ul></div></div></footer></div>\n'
            "<!-- END sections: footer-group -->\n"
            '<div id="shopify-block-inbox_chat_%s" class="shopify-block shopify-app-block"><script src="https://cdn.'
            'shopify.com/extensions/%s/inbox-1187/assets/shopifyChatV1Widget.js" defer></script></div>\n'
            "  </body>\n</html>\n"
            % (URL, C.esc(blocks[0][1]), URL, C.attr(blocks[0][1]), cdn, av, cdn, av, cdn, av, SHOP_ID, SHOP_ID,
               theme_js, st, SHOP_ID, SITE, SITE, SITE, s["pixels"], cdn, av, tid, C.esc(ann), tid, cdn, av,
               C.esc(blocks[0][1]), body, tid, tid, tid, when.year, s["inbox"][:8], s["inbox"]))


PAGE = {
    "service": "Extermination Boreal", "url": URL, "lang": "fr-CA", "platform": "Shopify (Dawn)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 2), "end": dt.date(2026, 4, 20), "hours": (10, 11, 22),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
