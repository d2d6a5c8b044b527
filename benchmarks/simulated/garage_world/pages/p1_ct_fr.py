"""Horizon Contrôle Technique - fr roadworthiness test network - Drupal 9 (custom theme), rebuilt on Drupal 10 with
Layout Builder in May 2024; Axeptio consent, Google Tag Manager."""
import datetime as dt
import random
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.horizon-controle-technique.fr/politique-de-confidentialite"
REDESIGN = dt.datetime(2024, 5, 14, 6, 0, 0)


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else d.day, K.MONTHS["fr"][d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Horizon Contrôle Technique attache une grande importance à la protection de vos données personnelles. La présente politique vous explique quelles données nous collectons lorsque vous prenez rendez-vous sur notre site ou dans l'un des centres de notre réseau, pourquoi nous les utilisons, combien de temps nous les conservons et comment exercer vos droits.

## 1. Qui est responsable du traitement ?

Le responsable du traitement est la société Horizon Contrôle Technique SAS, au capital de 1 200 000 euros, immatriculée au RCS de Lyon sous le numéro 812 345 678, dont le siège social est situé :

@ Horizon Contrôle Technique SAS
@ 14 rue de la Villette
@ 69003 Lyon

Chaque centre de contrôle technique du réseau est exploité par une société indépendante, agréée par la préfecture. Pour les données collectées lors du contrôle lui-même, le centre qui réalise le contrôle est responsable conjoint du traitement avec Horizon Contrôle Technique SAS.

## 2. Quelles données collectons-nous ?

Selon les services que vous utilisez, nous collectons :

- vos données d'identification : nom, prénom, adresse postale, adresse électronique et numéro de téléphone ;
- les données de votre véhicule : numéro d'immatriculation, marque, modèle, date de première mise en circulation, kilométrage et numéro d'identification (VIN) figurant sur le certificat d'immatriculation ;
- les données de votre rendez-vous : centre choisi, date, heure, type de contrôle (périodique, complémentaire ou contre-visite) et prix payé ;
- le résultat du contrôle : défaillances constatées et procés-verbal de contrôle ;
- les données de paiement lorsque vous réglez en ligne, traitées directement par notre prestataire de paiement ;
- des données de navigation (adresse IP, pages consultées, identifiants de cookies), sous réserve de votre consentement.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
| Gestion des rendez-vous en ligne et en centre | Exécution du contrat |
| Réalisation du contrôle technique et délivrance du procès-verbal | Obligation légale |
| Transmission des résultats à l'Organisme Technique Central (UTAC-OTC) | Obligation légale |
| Rappel de la date de votre prochain contrôle par courriel ou SMS | Intérêt légitime |
| Envoi d'offres promotionnelles du réseau | Consentement |
| Mesure d'audience et amélioration du site | Consentement |
| Gestion des réclamations et du contentieux | Intérêt légitime |

## 4. Qui sont les destinataires de vos données ?

Vos données sont destinées aux services habilités d'Horizon Contrôle Technique SAS et au centre qui réalise votre contrôle. Conformément à l'article R. 323-6 du Code de la route, les résultats de chaque contrôle sont transmis à l'Organisme Technique Central, qui les met à disposition du Système d'Immatriculation des Véhicules et du service HistoVec.

Nous faisons également appel aux prestataires suivants, qui agissent en qualité de sous-traitants :

| Prestataire | Service | Localisation des données |
| OVHcloud SAS | Hébergement du site et de la plateforme de réservation | France |
| Salesforce Inc. | Gestion de la relation client | Union européenne |
| Brevo (Sendinblue SAS) | Envoi des courriels et SMS de rappel | France |
| Stripe Payments Europe Ltd | Paiement en ligne | Irlande |
| Google Ireland Ltd (Google Analytics) | Mesure d'audience | États-Unis |

Lorsque des données sont transférées hors de l'Union européenne, ce transfert est encadré par les clauses contractuelles types de la Commission européenne ou par une décision d'adéquation.

## 5. Combien de temps conservons-nous vos données ?

- Les données de rendez-vous sont conservées 3 ans à compter de votre dernier contrôle, afin de vous rappeler l'échéance du suivant.
- Les procès-verbaux de contrôle sont conservés par le centre pendant 5 ans, conformément à la réglementation.
- Les données de prospection sont conservées 3 ans à compter de votre dernier contact avec nous.
- Les cookies de mesure d'audience ont une durée de vie maximale de 13 mois.

## 6. Quels sont vos droits ?

Conformément au règlement général sur la protection des données et à la loi Informatique et Libertés, vous disposez des droits suivants :

- droit d'accès et de rectification de vos données ;
- droit à l'effacement, dans les limites de nos obligations légales de conservation ;
- droit à la limitation du traitement et droit d'opposition, notamment à la prospection ;
- droit à la portabilité des données que vous nous avez fournies ;
- droit de retirer votre consentement à tout moment.

Pour exercer vos droits, écrivez à notre délégué à la protection des données à l'adresse [dpo@horizon-ct.fr](mailto:dpo@horizon-ct.fr) ou par courrier à l'adresse du siège, en précisant « DPO ». Nous vous répondrons dans un délai d'un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la [CNIL](https://www.cnil.fr/fr/plaintes).

## 7. Cookies

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies non nécessaires. Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page.
"""

EDITS = [
    {"note": "typo fixed: 'procés-verbal' -> 'procès-verbal' (no new date)", "bump": False,
     "repl": [("défaillances constatées et procés-verbal", "défaillances constatées et procès-verbal")]},
    {"note": "processor replaced: Google Analytics -> Piano Analytics (France)",
     "repl": [("| Google Ireland Ltd (Google Analytics) | Mesure d'audience | États-Unis |",
               "| Piano Software SAS (Piano Analytics) | Mesure d'audience | France |")]},
    {"note": "reminder retention shortened from 3 years to 2 years after the last test",
     "repl": [("Les données de rendez-vous sont conservées 3 ans à compter de votre dernier contrôle",
               "Les données de rendez-vous sont conservées 2 ans à compter de votre dernier contrôle")]},
    {"note": "new section 3bis on the motorcycle roadworthiness test (mandatory from 15 April 2024)",
     "repl": [("## 4. Qui sont les destinataires",
               "## 3 bis. Contrôle technique des deux-roues motorisés\n\nDepuis le 15 avril 2024, les motos, "
               "scooters et cyclomoteurs sont soumis au contrôle technique. Pour ces véhicules, nous collectons en "
               "outre la catégorie du véhicule (L1e à L7e) et le niveau sonore mesuré lors du contrôle. Ces données "
               "sont traitées et conservées dans les mêmes conditions que pour les voitures particulières.\n\n"
               "## 4. Qui sont les destinataires")]},
    {"note": "head office moved (14 rue de la Villette, 69003 -> 5 place Charles Béraudier, 69003 Lyon)",
     "repl": [("@ 14 rue de la Villette\n@ 69003 Lyon", "@ 5 place Charles Béraudier\n@ 69003 Lyon")]},
    {"note": "rights list: right to set post-mortem directives added; CNIL paragraph mentions the 'Bloctel' list",
     "repl": [("- droit de retirer votre consentement à tout moment.",
               "- droit de retirer votre consentement à tout moment ;\n- droit de définir des directives relatives "
               "au sort de vos données après votre décès."),
              ("auprès de la [CNIL](https://www.cnil.fr/fr/plaintes).",
               "auprès de la [CNIL](https://www.cnil.fr/fr/plaintes). Si vous ne souhaitez pas faire l'objet de "
               "prospection commerciale par téléphone, vous pouvez vous inscrire gratuitement sur la liste "
               "d'opposition [Bloctel](https://www.bloctel.gouv.fr).")]},
]

PRICES = [(dt.date(2022, 1, 1), 72), (dt.date(2023, 1, 1), 76), (dt.date(2024, 1, 1), 79), (dt.date(2025, 1, 1), 84),
          (dt.date(2026, 1, 1), 87)]
CENTRE_HOURS = {0: (8, 18.5), 1: (8, 18.5), 2: (8, 18.5), 3: (8, 18.5), 4: (8, 18.5), 5: (8, 12)}
NEWS = ["Contrôle technique des motos : ce qui change au 15 avril 2024", "Pollution : le contrôle renforcé en 2024",
        "Contre-visite : combien de temps avez-vous ?", "Véhicules de collection : quelle périodicité ?",
        "Contrôle technique et vente d'un véhicule : les règles", "Les 10 défaillances critiques les plus fréquentes",
        "Voiture électrique : que vérifie le contrôleur ?", "Préparer son véhicule avant le contrôle"]


def banner(when):
    d = when.date()
    if dt.date(2024, 3, 15) <= d <= dt.date(2024, 7, 31):
        return "moto", "Deux-roues : le contrôle technique devient obligatoire. Prenez rendez-vous !"
    if d.month in (11, 12, 1):
        return "hiver", "Avant les départs en vacances d'hiver, faites contrôler votre véhicule."
    if d.month in (6, 7):
        return "ete", "Offre été : -10 € sur votre contrôle technique réservé en ligne avec le code ETE%d" % (
            d.year % 100)
    return "", ""


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": ("form-" + C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"),
                    C.alnum(rng, 20))}
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.25, lambda: (
        C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"),
        C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"), C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")))
    loc, off = K.local(when, "fr")
    s["centre"] = ("ouvert" if K.is_open(loc, CENTRE_HOURS) else "ferme", K.versioned(PRICES, when))
    s["banner"] = banner(when)
    s["reviews"] = K.grow(when, dt.date(2022, 1, 1), 14210, 4.3, rng, 9)
    s["news"] = C.keep_or(rng, prev.get("news"), 0.35, lambda: K.pick(rng, NEWS, 3))
    s["template"] = "d10" if when >= REDESIGN else "d9"
    return s


LABELS = {"tokens": "per-response form_build_id of the header 'Trouver un centre' form and Axeptio visitor id",
          "assets": "Drupal CSS/JS aggregate hashes and css_js_query_string (cache rebuilds)",
          "centre": "'Votre centre le plus proche' open/closed status and 'à partir de' price",
          "banner": "seasonal promotion banner (moto test, winter, summer code)",
          "reviews": "footer review count ('avis vérifiés')", "news": "sidebar 'Nos conseils' articles",
          "template": "site template (Drupal 9 custom theme -> Drupal 10 Layout Builder theme in May 2024)"}


def fmt_int(n):
    return C.group_digits(n, "\u202f")


def render(s, blocks, when):
    fbid, axid = s["tokens"]
    css, js, qs = s["assets"]
    status, price = s["centre"]
    bkey, btext = s["banner"]
    new = s["template"] == "d10"
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:], tags={"table": ' class="table table-striped"'})
    st = ("Ouvert aujourd'hui jusqu'à 18h30" if status == "ouvert" else "Fermé actuellement · ouvre demain à 8h00")
    news = "".join('<li><a href="/conseils/%d">%s</a></li>' % (k + 101, C.esc(NEWS[k])) for k in s["news"])
    settings = ('{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/42","currentPathIsAdmin":'
                'false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxPageState":{"libraries":"%s","theme":"%s","theme_token":null},"ajaxTrustedUrl":{"\\/centres\\/recherche":true},'
                '"axeptio":{"clientId":"61f2a9c3e4b0a1d2c3e4f5a6","visitorId":"%s"},"user":{"uid":0,"permissionsHash":'
                '"4c1d7a1f0b9e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbc"}}'
                % (C.b64tok(random.Random(js), 24), "horizon_lb" if new else "horizon", axid))
    gen = "Drupal 10 (https://www.drupal.org)" if new else "Drupal 9 (https://www.drupal.org)"
    head = ('<!DOCTYPE html>\n<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n<meta charset="utf-8" />\n'
            '<link rel="canonical" href="%s" />\n<meta name="Generator" content="%s" />\n'
            '<meta name="MobileOptimized" content="width" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<title>Politique de confidentialité | Horizon Contrôle Technique</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?%s" />\n'
            '<script src="/sites/default/files/js/js_%s.js?%s"></script>\n'
            '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':new Date().getTime(),event:\'gtm.js\'});'
            'var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i;'
            'f.parentNode.insertBefore(j,f);})(window,document,\'script\',\'dataLayer\',\'GTM-K7Q2XHW\');</script>\n</head>\n'
            % (URL, gen, css, qs, js, qs))
    form = ('<form class="centre-finder-form" data-drupal-selector="centre-finder-form" action="/centres/recherche" method="post" '
            'id="centre-finder-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield">'
            '<label for="edit-ville">Ville ou code postal</label><input data-drupal-selector="edit-ville" type="text" id="edit-ville" '
            'name="ville" value="" size="30" maxlength="128" class="form-text" /></div>'
            '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" />'
            '<input data-drupal-selector="edit-centre-finder-form" type="hidden" name="form_id" value="centre_finder_form" />'
            '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" />'
            '</form>' % (fbid[5:].lower()[:20], fbid))
    bann = ('<div class="promo-banner promo-banner--%s" role="region" aria-label="Promotion"><p>%s</p>'
            '<a href="/rendez-vous" class="btn btn--light">Je réserve</a></div>\n' % (bkey, C.esc(btext))) if bkey else ""
    nearest = ('<div class="block block-horizon-geo block-nearest-centre"><h2 class="block__title">Votre centre le plus proche</h2>'
               '<p class="nearest-centre__name"><a href="/centres/lyon-gerland">Horizon CT Lyon Gerland</a></p>'
               '<p class="nearest-centre__status nearest-centre__status--%s">%s</p>'
               '<p class="nearest-centre__price">Contrôle technique voiture à partir de <strong>%d €</strong></p>'
               '<a class="btn" href="/rendez-vous?centre=lyon-gerland">Prendre rendez-vous</a></div>' % (status, st, price))
    footer_rev = ('<div class="footer-reviews"><span class="stars" aria-hidden="true">★★★★★</span> 4,7/5 sur '
                  '<strong>%s</strong> avis vérifiés</div>' % fmt_int(s["reviews"]))
    menu = ('<ul class="menu menu--main"><li class="menu-item"><a href="/rendez-vous">Prendre rendez-vous</a></li>'
            '<li class="menu-item"><a href="/tarifs">Tarifs</a></li><li class="menu-item"><a href="/centres">Nos centres</a></li>'
            '<li class="menu-item"><a href="/deux-roues">Deux-roues</a></li><li class="menu-item"><a href="/conseils">Conseils</a></li>'
            '<li class="menu-item"><a href="/devenir-franchise">Devenir franchisé</a></li></ul>')
    foot_links = ('<ul class="menu menu--footer"><li><a href="/mentions-legales">Mentions légales</a></li>'
                  '<li><a href="/politique-de-confidentialite" class="is-active">Politique de confidentialité</a></li>'
                  '<li><a href="#axeptio" class="axeptio-open">Gérer mes cookies</a></li><li><a href="/cgv">CGV</a></li></ul>')
    if not new:
        page = ('<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable skip-link">'
                'Aller au contenu principal</a>\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '<div id="page-wrapper"><div id="page">\n%s<header id="header" class="header" role="banner"><div class="section layout-container clearfix">'
                '<div id="block-horizon-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">'
                '<img src="/themes/custom/horizon/logo.svg" alt="Accueil" /></a></div>'
                '<nav role="navigation" id="block-horizon-main-menu" class="block block-menu navigation menu--main">%s</nav>'
                '<div id="block-centrefinder" class="block block-horizon-geo">%s</div></div></header>\n'
                '<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">'
                '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Accueil</a></li>'
                '<li>Politique de confidentialité</li></ol></nav></div>\n'
                '<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>\n'
                '<div class="region region-content"><div id="block-horizon-page-title" class="block block-core block-page-title-block">'
                '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>\n'
                '<div id="block-horizon-content" class="block block-system block-system-main-block">'
                '<article data-history-node-id="42" role="article" about="/politique-de-confidentialite" class="node node--type-page node--view-mode-full">'
                '<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                'field--label-hidden field__item">%s</div></div></article></div></div></section></main>\n'
                '<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">%s'
                '<div class="block block-views block-views-blockconseils-block-1"><h2>Nos conseils</h2><ul>%s</ul></div></aside></div>'
                '</div></div>\n<footer class="site-footer"><div class="layout-container">%s%s<p class="copyright">© %d Horizon Contrôle Technique</p>'
                '</div></footer>\n</div></div>\n</div>\n'
                % (bann, menu, form, C.esc(title), body, nearest, news, footer_rev, foot_links, when.year))
    else:
        page = ('<body class="path-node page-node-type-page layout-builder">\n<a href="#main-content" class="visually-hidden focusable skip-link">'
                'Aller au contenu principal</a>\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '<div class="page-wrapper">%s<header class="site-header" data-drupal-selector="site-header"><div class="site-header__inner container">'
                '<a href="/" class="site-branding__logo"><img src="/themes/custom/horizon_lb/images/logo-horizon-2024.svg" alt="Horizon Contrôle Technique" width="180" height="48"></a>'
                '<nav class="primary-nav" aria-label="Navigation principale">%s</nav><a class="btn btn--primary site-header__cta" href="/rendez-vous">Réserver</a>'
                '</div><div class="site-header__finder container">%s</div></header>\n'
                '<main role="main" class="main"><a id="main-content" tabindex="-1"></a>\n'
                '<div class="region region--highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>\n'
                '<div class="region region--content container"><div id="block-horizon-lb-page-title" class="block block-core block-page-title-block">'
                '<h1 class="page-title title-xl">%s</h1></div>\n'
                '<div id="block-horizon-lb-content" class="block block-system block-system-main-block">'
                '<article data-history-node-id="42" class="node node--type-page node--view-mode-full">\n'
                '<div class="layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">'
                '<div class="block block-layout-builder block-field-blocknodepagebody">'
                '<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '</div></div><div class="layout__region layout__region--second">%s'
                '<div class="block block-views block-views-blockconseils-block-2"><h2 class="block__title">Nos conseils</h2><ul class="teaser-list">%s</ul></div>'
                '</div></div></article></div></div></main>\n'
                '<footer class="site-footer site-footer--dark"><div class="container">%s%s'
                '<p class="site-footer__copyright">© %d Horizon Contrôle Technique – Réseau de centres agréés</p></div></footer>\n</div>\n</div>\n'
                % (bann, menu, form, C.esc(title), body, nearest, news, footer_rev, foot_links, when.year))
    tail = ('<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="https://static.axept.io/sdk.js" async></script>\n</body>\n</html>\n' % settings)
    return head + page + tail


OLD_DECL = {"fetch": URL, "select": ["#block-horizon-page-title h1.page-title",
                                     "article.node--type-page .node__content .field--name-body"]}

PAGE = {
    "service": "Horizon Controle Technique", "url": URL, "lang": "fr-FR", "platform": "Drupal 9 -> Drupal 10 Layout Builder",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 9, 30), "hours": (2, 8, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#block-horizon-lb-page-title h1.page-title",
                                             ".block-field-blocknodepagebody .field--name-body"]},
    "history": [dict(OLD_DECL, validUntil="2024-05-14T06:00:00Z")],
}
