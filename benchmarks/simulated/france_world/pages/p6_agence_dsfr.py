"""Agence nationale des mobilités actives, service « Prime Vélo » - fr-FR - Drupal 10 with the DSFR theme (Système de
design de l'État): fr-header, fr-breadcrumb, sections as fr-accordion whose ids carry a per-request unique-id suffix,
"Partager la page" (fr-share, Twitter becomes X with a DSFR upgrade) inside the node, a fr-notice service banner,
form_build_id, aggregated-asset hashes, a "Voir aussi" view. Policy written in the beta.gouv.fr / État style."""
import datetime as dt
import json
import common as C

URL = "https://www.mobilites-actives.gouv.fr/prime-velo/donnees-personnelles"


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """
# Politique de confidentialité du service Prime Vélo

Mis à jour le {UPDATED}

Le service Prime Vélo permet aux particuliers de demander en ligne l'aide de l'État à l'acquisition d'un vélo à assistance électrique, d'un vélo cargo ou d'un vélo adapté, et de suivre le traitement de leur demande. Cette page explique quelles données personnelles nous traitons dans ce cadre et comment vous pouvez exercer vos droits.

## Qui est responsable de Prime Vélo ?

Le service Prime Vélo est mis en œuvre par l'Agence nationale des mobilités actives (ANMA), établissement public administratif placé sous la tutelle du ministre chargé des transports, 244 boulevard Saint-Germain, 75007 Paris, représentée par son directeur général.

## Pourquoi traitons-nous des données à caractère personnel ?

Prime Vélo traite des données à caractère personnel pour :

- instruire votre demande d'aide et vérifier que vous remplissez les conditions d'éligibilité ;
- verser l'aide sur votre compte bancaire ;
- vous informer de l'avancement de votre dossier ;
- établir des statistiques anonymes sur l'utilisation du dispositif, publiées en données ouvertes.

## Quelles sont les données que nous traitons ?

- **Données d'identification** : nom, prénom, date de naissance, adresse postale, adresse électronique, numéro de téléphone ;
- **Données relatives à votre situation** : revenu fiscal de référence et nombre de parts du foyer, figurant sur votre avis d'imposition ;
- **Données relatives à votre achat** : facture, type de vélo, montant, vendeur ;
- **Données bancaires** : relevé d'identité bancaire ;
- **Données de connexion** : adresse IP, date et heure de connexion, si vous vous connectez avec FranceConnect.

## Qu'est-ce qui nous autorise à traiter ces données ?

Prime Vélo relève de l'exécution d'une mission d'intérêt public dont est investie l'ANMA, au sens de l'article 6-1 e) du règlement général sur la protection des données (RGPD), en application du décret n° 2017-1851 du 29 décembre 2017 relatif aux aides à l'acquisition ou à la location des véhicules peu polluants.

## Que se passe-t-il si vous vous connectez avec FranceConnect ?

Vous pouvez vous connecter à Prime Vélo avec FranceConnect, le dispositif de l'État qui permet d'accéder aux services en ligne avec un compte que vous possédez déjà (impots.gouv.fr, ameli.fr, l'Identité Numérique La Poste, etc.). FranceConnect nous transmet alors votre identité pivot : nom de naissance, prénoms, sexe, date et lieu de naissance, ainsi que votre adresse électronique.

Ces données sont utilisées uniquement pour pré-remplir votre demande et sécuriser votre connexion. La connexion avec FranceConnect reste facultative : vous pouvez aussi créer un compte avec votre adresse électronique et un mot de passe.

## Pendant combien de temps conservons-nous vos données ?

| Catégorie de données | Durée de conservation |
| Données de votre dossier de demande | 5 ans à compter du versement de l'aide ou du refus de la demande |
| Données bancaires | Jusqu'au versement de l'aide, puis supprimées |
| Données de connexion | 1 an, conformément à la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique |
| Cookies de mesure d'audience | 13 mois |

## Quels sont vos droits ?

Vous disposez d'un droit d'information et d'un droit d'accès à vos données, d'un droit de rectification, d'un droit d'opposition et d'un droit à la limitation du traitement.

Le traitement étant nécessaire à l'exécution d'une mission d'intérêt public, le droit à l'effacement et le droit à la portabilité ne s'appliquent pas, conformément aux articles 17.3 b) et 20.3 du RGPD. Vous pouvez en revanche à tout moment abandonner une demande en cours depuis votre espace.

Pour les exercer, contactez notre délégué à la protection des données :

- par voie électronique : [dpd@mobilites-actives.gouv.fr](mailto:dpd@mobilites-actives.gouv.fr) ;
- par voie postale : Agence nationale des mobilités actives, à l'attention du délégué à la protection des données, 244 boulevard Saint-Germain, 75007 Paris.

Puisque ce sont des droits personnels, nous ne traiterons votre demande que si nous sommes en mesure de vous identifier. Nous nous engageons à vous répondre dans un délai raisonnable qui ne saurait dépasser 1 mois à compter de la réception de votre demande.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.

## Qui va avoir accès à vos données ?

Seuls les agents de l'ANMA habilités à instruire les demandes ont accès à vos données. L'Agence de services et de paiement (ASP) reçoit les données nécessaires au versement de l'aide. Vos données ne sont jamais cédées ni vendues.

## Quelles mesures de sécurité mettons-nous en place ?

- stockage des données en base de données chiffrée ;
- protocole HTTPS ;
- accès restreint aux seuls agents habilités, avec authentification forte ;
- journalisation et surveillance des accès ;
- sauvegardes quotidiennes.

## Qui nous aide à traiter les données ?

Certaines données sont envoyées à des sous-traitants, qui agissent pour le compte de l'ANMA conformément à l'article 28 du RGPD :

| Partenaire | Pays destinataire | Traitement réalisé | Garanties |
| Scalingo | France | Hébergement | [Politique de protection des données](https://scalingo.com/fr/data-processing-agreement) |
| Crisp | France | Messagerie d'assistance aux usagers | [Conditions de traitement](https://crisp.chat/fr/privacy/) |

## Cookies et traceurs

Ce site dépose un petit fichier texte (un « cookie ») sur votre ordinateur lorsque vous le consultez, afin de mesurer l'audience du site. Nous utilisons l'outil Matomo, configuré de manière à ne pas collecter de données permettant de vous identifier : conformément aux recommandations de la CNIL, cette mesure d'audience est exemptée de consentement.

Ce site n'affiche donc pas de bandeau de consentement aux cookies. Vous pouvez néanmoins vous opposer au suivi de votre navigation en cliquant sur le lien « Se désinscrire de la mesure d'audience » en bas de page.
"""

EDITS = [
    {"note": "processors table: Brevo row added (follow-up e-mails)",
     "repl": [("| Crisp | France |", "| Brevo | France | Envoi des courriels de suivi de votre dossier | [Accord de traitement des données](https://www.brevo.com/fr/legal/termsofuse/#annex-data-processing-agreement-dpa) |\n| Crisp | France |")]},
    {"note": "new purpose + data: income checked directly with the DGFiP through API Impôt particulier (FranceConnect)",
     "repl": [("- verser l'aide sur votre compte bancaire ;",
               "- vérifier automatiquement votre revenu fiscal de référence auprès de la Direction générale des finances publiques (API Impôt particulier), si vous vous êtes connecté avec FranceConnect et y avez consenti, afin de vous dispenser de fournir votre avis d'imposition ;\n- lutter contre la fraude, notamment les factures falsifiées et les demandes multiples ;\n- verser l'aide sur votre compte bancaire ;")]},
    {"note": "DPO contact: e-mail renamed dpo@ and the postal mention changed to 'déléguée' (silent, date not bumped)", "bump": False,
     "repl": [("[dpd@mobilites-actives.gouv.fr](mailto:dpd@mobilites-actives.gouv.fr)", "[dpo@mobilites-actives.gouv.fr](mailto:dpo@mobilites-actives.gouv.fr)"),
              ("contactez notre délégué à la protection des données :", "contactez notre déléguée à la protection des données :"),
              ("à l'attention du délégué à la protection des données,", "à l'attention de la déléguée à la protection des données,")]},
    {"note": "retention: application files 5 years -> 3 years after the decision; fraud-suspicion row added",
     "repl": [("| Données de votre dossier de demande | 5 ans à compter du versement de l'aide ou du refus de la demande |",
               "| Données de votre dossier de demande | 3 ans à compter du versement de l'aide ou du refus de la demande |\n| Données relatives à une suspicion de fraude | 6 ans à compter de la clôture du dossier ou, en cas de procédure, jusqu'à son terme |")]},
    {"note": "hosting moved from Scalingo to Outscale (SecNumCloud-qualified)",
     "repl": [("| Scalingo | France | Hébergement | [Politique de protection des données](https://scalingo.com/fr/data-processing-agreement) |",
               "| Outscale | France | Hébergement (offre qualifiée SecNumCloud) | [Conditions générales et accord de traitement](https://fr.outscale.com/mentions-legales/) |")]},
]

NOTICES = [None, None,
           "Les demandes déposées avant le 1er du mois sont en cours d'instruction : le délai moyen de traitement est actuellement de 6 semaines.",
           "Opération de maintenance : le service Prime Vélo sera indisponible ce soir entre 20h et 23h.",
           "Attention aux sites frauduleux : la demande de Prime Vélo est gratuite et se fait uniquement sur ce site."]
SEE_ALSO = [("Qui peut bénéficier de la Prime Vélo ?", "/prime-velo/conditions"), ("Les vélos éligibles", "/prime-velo/velos-eligibles"),
            ("Suivre ma demande", "/prime-velo/suivi"), ("Le forfait mobilités durables", "/forfait-mobilites-durables"),
            ("Chiffres clés 2024 du dispositif", "/actualites/chiffres-cles"), ("Vendeurs : devenir partenaire", "/prime-velo/vendeurs")]


def dsfr_version(when):
    d = when.date()
    for since, v in [(dt.date(2025, 3, 10), "1.13.0"), (dt.date(2024, 6, 3), "1.12.1"), (dt.date(2023, 12, 4), "1.11.1"),
                     (dt.date(2023, 6, 19), "1.10.0"), (dt.date(2022, 11, 14), "1.8.5")]:
        if d >= since:
            return v
    return "1.7.2"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form"] = (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 64))
    s["ids"] = C.alnum(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["agg"] = C.keep_or(rng, prev.get("agg"), 0.35, lambda: (C.alnum(rng, 43), C.alnum(rng, 43)))
    s["dsfr"] = dsfr_version(when)
    s["notice"] = C.keep_or(rng, prev.get("notice"), 0.5, lambda: rng.randrange(len(NOTICES)))
    s["see"] = C.keep_or(rng, prev.get("see"), 0.3, lambda: tuple(rng.sample(range(len(SEE_ALSO)), 3)))
    return s


LABELS = {
    "form": "form_build_id of the search form and views dom id",
    "ids": "per-request unique-id suffix of the accordion ids (aria-controls)",
    "agg": "aggregated CSS/JS file hashes (cache rebuild)",
    "dsfr": "DSFR library version (share block: Twitter -> X from 1.10)",
    "notice": "fr-notice service banner",
    "see": "'Voir aussi' related pages view",
}


def render(s, blocks, when):
    fbid, vdom = s["form"]
    uid = s["ids"]
    css, js = s["agg"]
    v = s["dsfr"]
    head, secs = C.split_sections(blocks[1:])
    acc = []
    for t, bl in secs:
        pid = int(C.det_sha("acc", t)[:4], 16) % 900 + 100
        acc.append('<section class="fr-accordion"><h2 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="accordion-%d--%s">%s</button></h2>'
                   '<div class="fr-collapse" id="accordion-%d--%s"><div class="clearfix text-formatted field field--name-field-texte field--type-text-long field--label-hidden field__item">%s</div></div></section>'
                   % (pid, uid, C.inline_html(t), pid, uid, C.blocks_html(bl, {"table": "fr-table"}, sep="")))
    twitter = ('<li><a class="fr-btn--x fr-btn" title="Partager sur X (anciennement Twitter) - nouvelle fenêtre" href="https://x.com/intent/post?url=%s" target="_blank" rel="noopener">Partager sur X (anciennement Twitter)</a></li>' % URL) \
        if tuple(map(int, v.split("."))) >= (1, 10) else \
        ('<li><a class="fr-share__link fr-share__link--twitter" title="Partager sur Twitter - nouvelle fenêtre" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener">Partager sur Twitter</a></li>' % URL)
    share = ('<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group">'
             '<li><a class="fr-btn--facebook fr-btn" title="Partager sur Facebook - nouvelle fenêtre" href="https://www.facebook.com/sharer.php?u=%s" target="_blank" rel="noopener">Partager sur Facebook</a></li>%s'
             '<li><a class="fr-btn--linkedin fr-btn" title="Partager sur LinkedIn - nouvelle fenêtre" href="https://www.linkedin.com/shareArticle?url=%s" target="_blank" rel="noopener">Partager sur LinkedIn</a></li>'
             '<li><a class="fr-btn--mail fr-btn" href="mailto:?subject=Politique%%20de%%20confidentialit%%C3%%A9&body=%s" title="Partager par email">Partager par email</a></li>'
             '<li><button class="fr-btn--copy fr-btn" onclick="navigator.clipboard.writeText(window.location);alert(\'Adresse copiée dans le presse papier.\')">Copier dans le presse-papier</button></li></ul></div>'
             % (URL, twitter, URL, URL))
    notice = NOTICES[s["notice"]]
    notice_html = ('<div class="fr-notice fr-notice--info"><div class="fr-container"><div class="fr-notice__body"><p class="fr-notice__title">%s</p>'
                   '<button class="fr-btn--close fr-btn" title="Masquer le message" onclick="const notice = this.parentNode.parentNode.parentNode; notice.parentNode.removeChild(notice)">Masquer le message</button></div></div></div>' % notice) if notice else ""
    see = "".join('<div class="fr-col-12 fr-col-md-4"><div class="fr-card fr-enlarge-link"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a href="%s">%s</a></h3></div></div></div></div>'
                  % (SEE_ALSO[k][1], SEE_ALSO[k][0]) for k in s["see"])
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/1184", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "fr"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": "eJxtjEsOwjAMRC-UxkeyXGIl.." + js[:20], "theme": "dsfr", "theme_token": None},
                "ajaxTrustedUrl": {"/recherche": True}, "matomo": {"disableCookies": False, "trackMailto": True},
                "user": {"uid": 0, "permissionsHash": "6b7c0e2f9d1a84c3b5e7f60a2d9c8b1e4f3a7d0c6e5b2a19f8d7c6b5a4e3d2c1"}}
    return ('<!DOCTYPE html>\n<html lang="fr" dir="ltr" data-fr-scheme="system">\n  <head>\n    <meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.mobilites-actives.gouv.fr/node/1184" />\n'
            '    <title>Politique de confidentialité du service Prime Vélo | Agence nationale des mobilités actives</title>\n'
            '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=fr&amp;theme=dsfr&amp;include=eJxtjEsOwjAMRC-UxkeyXGIl" />\n'
            '    <link rel="stylesheet" media="all" href="/themes/contrib/dsfr/dist/dsfr/dsfr.min.css?v=%s" />\n'
            '  </head>\n  <body class="path-node page-node-type-page">\n'
            '    <div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#main-content">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>\n'
            '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
            '<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>'
            '<div class="fr-header__navbar"><button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-header" aria-haspopup="menu" id="button-header" title="Menu">Menu</button></div></div>'
            '<div class="fr-header__service"><a href="/" title="Accueil - Agence nationale des mobilités actives"><p class="fr-header__service-title">Agence nationale des mobilités actives</p></a><p class="fr-header__service-tagline">Prime Vélo, forfait mobilités durables</p></div></div>'
            '<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group"><li><a class="fr-btn fr-icon-account-line" href="/prime-velo/mon-dossier">Mon dossier</a></li></ul></div>'
            '<div class="fr-header__search fr-modal" id="modal-search"><form class="search-block-form" data-drupal-selector="search-block-form" action="/recherche" method="get" id="search-block-form" accept-charset="UTF-8">'
            '<div class="fr-search-bar" role="search"><label class="fr-label" for="edit-keys">Rechercher</label><input class="fr-input" placeholder="Rechercher" type="search" id="edit-keys" name="keys" />'
            '<input data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="form-%s" /><button class="fr-btn" title="Rechercher">Rechercher</button></div></form></div></div></div></div></div>'
            '<div class="fr-header__menu fr-modal" id="modal-header"><div class="fr-container"><nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">'
            '<li class="fr-nav__item"><a class="fr-nav__link" href="/prime-velo" aria-current="true">Prime Vélo</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/forfait-mobilites-durables">Forfait mobilités durables</a></li>'
            '<li class="fr-nav__item"><a class="fr-nav__link" href="/collectivites">Collectivités</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/actualites">Actualités</a></li></ul></nav></div></div></header>\n'
            '%s\n<main role="main" id="main-content"><div class="fr-container">'
            '<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-1">Voir le fil d\'Ariane</button>'
            '<div class="fr-collapse" id="breadcrumb-1"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/prime-velo">Prime Vélo</a></li>'
            '<li><a class="fr-breadcrumb__link" aria-current="page">Politique de confidentialité du service Prime Vélo</a></li></ol></div></nav>'
            '<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8">'
            '<article data-history-node-id="1184" role="article" class="node node--type-page node--view-mode-full">'
            '<h1>%s</h1><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
            '<div class="field field--name-field-paragraphes field--type-entity-reference-revisions field--label-hidden field__items"><div class="fr-accordions-group">%s</div></div>%s</div></article></div>'
            '<div class="fr-col-12 fr-col-md-4"><nav class="fr-sidemenu" aria-labelledby="fr-sidemenu-title"><div class="fr-sidemenu__inner"><div class="fr-sidemenu__title" id="fr-sidemenu-title">Informations légales</div><ul class="fr-sidemenu__list">'
            '<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/mentions-legales">Mentions légales</a></li><li class="fr-sidemenu__item fr-sidemenu__item--active"><a class="fr-sidemenu__link" aria-current="page" href="/prime-velo/donnees-personnelles">Données personnelles</a></li>'
            '<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/accessibilite">Accessibilité</a></li><li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/prime-velo/cgu">Conditions générales d\'utilisation</a></li></ul></div></nav></div></div>'
            '<div class="views-element-container"><div class="js-view-dom-id-%s"><h2 class="fr-h4">Voir aussi</h2><div class="fr-grid-row fr-grid-row--gutters">%s</div></div></div>'
            '</div></main>\n'
            '<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l\'accueil du site - Agence nationale des mobilités actives"><p class="fr-logo">République<br>Française</p></a></div>'
            '<div class="fr-footer__content"><p class="fr-footer__content-desc">L\'Agence nationale des mobilités actives est un établissement public placé sous la tutelle du ministre chargé des transports.</p><ul class="fr-footer__content-list">'
            '<li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.info.gouv.fr">info.gouv.fr</a></li>'
            '<li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://service-public.fr">service-public.fr</a></li>'
            '<li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://legifrance.gouv.fr">legifrance.gouv.fr</a></li>'
            '<li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://data.gouv.fr">data.gouv.fr</a></li></ul></div></div>'
            '<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/plan-du-site">Plan du site</a></li>'
            '<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : partiellement conforme</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>'
            '<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/prime-velo/donnees-personnelles">Données personnelles</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#" id="matomo-optout">Se désinscrire de la mesure d\'audience</a></li></ul>'
            '<div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener">licence etalab-2.0</a></p></div></div></div></footer>\n'
            '    </div>\n'
            '    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=dsfr&amp;include=eJxtjEsOwjAMRC-UxkeyXGIl"></script>\n'
            '<script type="module" src="/themes/contrib/dsfr/dist/dsfr/dsfr.module.min.js?v=%s"></script>\n'
            '  </body>\n</html>\n'
            % (URL, css, v, fbid, fbid, notice_html, C.inline_html(blocks[0][1]), C.blocks_html(head, sep=""), "".join(acc), share,
               vdom, see, json.dumps(settings, ensure_ascii=False), js, v))


PAGE = {
    "service": "Prime Vélo", "url": URL, "lang": "fr-FR", "platform": "Drupal 10 + DSFR",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.node--type-page"], "remove": [".fr-share"]},
}
