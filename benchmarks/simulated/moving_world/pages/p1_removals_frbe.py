"""Verhaegen Déménagements (Belgian French, Anderlecht): removals, international relocation and garde-meubles, a
Drupal site (FR/NL/EN). Drupal 9.5 with a Bootstrap Barrio sub-theme and CKEditor 4 until March 2024, then a relaunch
on Drupal 10.2 with a new theme (CKEditor 5 tables in <figure class="table">, title block and webform block in the
content region): the curators' selector changed with it. The node carries a Webform ("Exercer vos droits") whose
form_build_id and Honeypot signed timestamp change on every request, INSIDE the selected node content (the
declaration removes the webform)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.verhaegen-demenagements.be/fr/vie-privee"
RELAUNCH = dt.datetime(2024, 3, 19)

POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Verhaegen Déménagements SRL (« Verhaegen », « nous ») attache une grande importance à la protection de votre vie privée. La présente politique explique quelles données à caractère personnel nous traitons lorsque vous demandez un devis, lorsque vous faites appel à nos services de déménagement, de garde-meubles ou de relocation internationale, ou lorsque vous consultez notre site www.verhaegen-demenagements.be. Elle décrit également les droits dont vous disposez en vertu du Règlement général sur la protection des données (RGPD) et de la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel.

## 1. Responsable du traitement

@ Verhaegen Déménagements SRL
@ Chaussée de Mons 1247
@ 1070 Anderlecht
@ Numéro d'entreprise : BE 0438.612.907
@ Tél. : +32 2 520 41 18

Pour toute question relative au traitement de vos données, vous pouvez nous écrire à [privacy@verhaegen-demenagements.be](mailto:privacy@verhaegen-demenagements.be) ou à l'adresse postale ci-dessus, à l'attention du service Vie privée.

## 2. Quelles données traitons-nous ?

- **Données d'identification et de contact** : nom, prénom, adresse de chargement et de livraison, numéro de téléphone ou de GSM, adresse e-mail ;
- **Données relatives à votre déménagement** : volume estimé, inventaire du mobilier, photos ou vidéos des pièces que vous nous transmettez pour la visite technique à distance, étage, présence d'un ascenseur, besoin d'un lift extérieur ou d'une autorisation de stationnement ;
- **Données de facturation** : numéro de TVA pour les clients professionnels, coordonnées bancaires et historique des paiements ;
- **Données de relocation internationale** : copie du passeport, inventaire douanier, attestation de l'employeur ou de mutation, lorsque ces documents sont exigés par les autorités douanières du pays de destination ;
- **Données de garde-meubles** : contrat de stockage, liste des biens entreposés, historique des accès à votre box ;
- **Données de navigation** : adresse IP, type de navigateur, pages consultées et cookies (voir l'article 9).

Nous ne traitons pas de données sensibles au sens de l'article 9 du RGPD. Nous vous demandons de ne pas nous en communiquer, par exemple dans le champ « Remarques » du formulaire de devis.

## 3. Finalités et bases juridiques

| Finalité | Base juridique |
| Établissement d'un devis et visite technique | Mesures précontractuelles (art. 6.1.b RGPD) |
| Exécution du déménagement, du stockage ou de la relocation | Exécution du contrat (art. 6.1.b RGPD) |
| Demande d'autorisation de stationnement auprès de la commune | Exécution du contrat (art. 6.1.b RGPD) |
| Formalités douanières pour les déménagements hors de l'Union européenne | Obligation légale (art. 6.1.c RGPD) |
| Comptabilité et facturation | Obligation légale (art. 6.1.c RGPD) |
| Gestion des sinistres et des réclamations | Intérêt légitime (art. 6.1.f RGPD) |
| Envoi de notre lettre d'information | Consentement (art. 6.1.a RGPD) |

## 4. Destinataires

Vos données ne sont jamais vendues. Elles peuvent être communiquées, dans la stricte mesure nécessaire :

- à nos déménageurs sous-traitants et aux partenaires de notre réseau international (membres de la FIDI) dans le pays de destination ;
- aux compagnies maritimes, transitaires et agents en douane ;
- à notre assureur transport et au bureau d'expertise en cas de dommage ;
- aux communes bruxelloises et wallonnes pour les demandes d'autorisation de stationnement ;
- à nos prestataires informatiques : Microsoft (messagerie), Odoo SA (gestion des devis et de la facturation) et notre hébergeur web ;
- aux autorités publiques, lorsque la loi nous y oblige.

## 5. Transferts hors de l'Espace économique européen

Lorsque vous déménagez vers un pays situé hors de l'Espace économique européen, certaines données doivent être transmises à notre agent partenaire sur place. Ces transferts sont nécessaires à l'exécution du contrat que vous avez conclu avec nous (art. 49.1.b RGPD) ou sont encadrés par les clauses contractuelles types adoptées par la Commission européenne.

## 6. Durée de conservation

- Demandes de devis non suivies d'une commande : 12 mois ;
- Dossiers clients et factures : 7 ans à compter de la clôture de l'exercice comptable, conformément au Code des sociétés et des associations ;
- Photos et vidéos envoyées pour la visite à distance : 3 mois après le déménagement ;
- Historique des accès au garde-meubles : 1 an après la fin du contrat de stockage ;
- Inscription à la lettre d'information : jusqu'à votre désinscription.

## 7. Sécurité

Nous prenons des mesures techniques et organisationelles appropriées pour protéger vos données contre la perte, l'accès non autorisé ou la divulgation : accès limité aux seuls collaborateurs qui en ont besoin, authentification forte, chiffrement des sauvegardes et sensibilisation régulière de nos équipes. Nos entrepôts de garde-meubles sont protégés par un contrôle d'accès individuel.

## 8. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, de portabilité et d'opposition. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, sans que cela porte atteinte à la licéité du traitement effectué avant ce retrait.

Pour exercer vos droits, utilisez le formulaire ci-dessous ou écrivez-nous à [privacy@verhaegen-demenagements.be](mailto:privacy@verhaegen-demenagements.be). Nous pouvons vous demander de prouver votre identité. Nous répondons dans un délai d'un mois, prolongeable de deux mois pour les demandes complexes.

Vous avez également le droit d'introduire une réclamation auprès de l'Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles ([www.autoriteprotectiondonnees.be](https://www.autoriteprotectiondonnees.be)).

## 9. Cookies

Notre site utilise des cookies strictement nécessaires à son fonctionnement et, uniquement avec votre accord, des cookies de mesure d'audience (Google Analytics) et des cookies publicitaires (Google Ads, Meta). Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de chaque page.

## 10. Modifications

Nous pouvons adapter la présente politique, notamment en cas d'évolution de nos services ou de la réglementation. La date de la dernière mise à jour figure en haut de cette page.
"""

EDITS = [
    {"note": "recipient added to the list: Yousign for electronic signature of quotes",
     "repl": [("- aux communes bruxelloises et wallonnes pour les demandes d'autorisation de stationnement ;",
               "- aux communes bruxelloises et wallonnes pour les demandes d'autorisation de stationnement ;\n"
               "- à Yousign SAS, pour la signature électronique de nos devis et contrats ;")]},
    {"note": "retention of unanswered quote requests reduced from 12 to 6 months",
     "repl": [("- Demandes de devis non suivies d'une commande : 12 mois ;",
               "- Demandes de devis non suivies d'une commande : 6 mois ;")]},
    {"note": "typo fixed (organisationelles), date unchanged", "bump": False,
     "repl": [("techniques et organisationelles appropriées", "techniques et organisationnelles appropriées")]},
    {"note": "table row added: video surveillance of the storage warehouses",
     "repl": [("| Gestion des sinistres et des réclamations | Intérêt légitime (art. 6.1.f RGPD) |",
               "| Gestion des sinistres et des réclamations | Intérêt légitime (art. 6.1.f RGPD) |\n"
               "| Vidéosurveillance de nos entrepôts de garde-meubles | Intérêt légitime (art. 6.1.f RGPD) |"),
              ("- Historique des accès au garde-meubles : 1 an après la fin du contrat de stockage ;",
               "- Historique des accès au garde-meubles : 1 an après la fin du contrat de stockage ;\n"
               "- Images de vidéosurveillance : 30 jours, sauf si elles sont nécessaires à la preuve d'une "
               "infraction ou d'un dommage ;")]},
    {"note": "registered address and phone changed (move to the Boulevard Industriel depot)",
     "repl": [("@ Chaussée de Mons 1247\n@ 1070 Anderlecht", "@ Boulevard Industriel 86\n@ 1070 Anderlecht"),
              ("@ Tél. : +32 2 520 41 18", "@ Tél. : +32 2 332 18 60")]},
    {"note": "newsletter dropped: table row and retention item removed",
     "repl": [("\n| Envoi de notre lettre d'information | Consentement (art. 6.1.a RGPD) |", ""),
              (" ;\n- Inscription à la lettre d'information : jusqu'à votre désinscription.", ".")]},
]


def fmt_date(d):
    return K.long_date(d, "fr")


REVIEWS = [
    ("Sophie D.", "Équipe ponctuelle et très soigneuse, rien n'a été abîmé malgré le 4e étage sans ascenseur."),
    ("Marc V.", "Déménagement Bruxelles–Lisbonne parfaitement organisé, suivi impeccable du conteneur."),
    ("Nadia E.", "Devis clair, visite par vidéo très pratique, les déménageurs étaient super sympas."),
    ("Pieter J.", "Lift extérieur et autorisation de stationnement réglés par Verhaegen, zéro stress."),
    ("Claire M.", "Garde-meubles propre et accessible, personnel arrangeant pour les horaires."),
    ("Youssef B.", "Déménagement de bureau un samedi, tout était réinstallé le lundi matin."),
    ("Anne-Sophie L.", "Piano droit transporté avec beaucoup de précautions, merci !"),
]

NEWS = [
    (dt.date(2023, 3, 2), "Nouveau garde-meubles à Ruisbroek : 400 box disponibles"),
    (dt.date(2023, 4, 20), "Déménager pendant les vacances d'été : réservez tôt"),
    (dt.date(2023, 7, 11), "Expatriation au Canada : les formalités douanières en 2023"),
    (dt.date(2023, 10, 3), "Nos camions passent à l'HVO, un carburant renouvelable"),
    (dt.date(2024, 1, 16), "Zone de basses émissions à Bruxelles : ce qui change pour votre déménagement"),
    (dt.date(2024, 4, 9), "Notre nouveau site est en ligne"),
    (dt.date(2024, 6, 25), "Verhaegen certifié FAIM Plus pour la cinquième fois"),
    (dt.date(2024, 9, 12), "Déménagement d'entreprise : notre check-list gratuite"),
    (dt.date(2024, 11, 28), "Fêtes de fin d'année : horaires de nos bureaux"),
]


def _b64url(rng, n):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def noise(rng, when, i, prev):
    p = prev or {}
    new = when >= RELAUNCH
    theme = "d10" if new else "d9"
    assets = p.get("assets")
    if assets is None or theme != p.get("theme") or rng.random() < 0.12:
        assets = (C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), _b64url(rng, 43), _b64url(rng, 43),
                  _b64url(rng, 43))
    if "reviews" in p:
        pw, cnt, rating = p["reviews"]
        cnt = K.grow(rng, cnt, when, dt.datetime.fromisoformat(pw), 0.22, 0.9) if rng.random() < 0.8 else cnt
        if rng.random() < 0.08:
            rating = "4,9" if rating == "4,8" else "4,8"
    else:
        cnt, rating = 387, "4,8"
    news = tuple(t for d, t in NEWS if d <= when.date())[-3:][::-1]
    t = int(C.epoch(when))
    return {
        "theme": theme,
        "form_build_id": "form-" + _b64url(rng, 43),
        "honeypot": "%d|%s" % (t - rng.randint(0, 2), _b64url(rng, 43)),
        "assets": assets,
        "reviews": (when.isoformat(), cnt, rating),
        "review_quote": rng.randrange(len(REVIEWS)),
        "news": news,
    }


LABELS = {
    "theme": "site generation: Drupal 9 theme, then the Drupal 10 relaunch (markup, selector)",
    "form_build_id": "webform form_build_id (inside the node, removed)",
    "honeypot": "Honeypot signed honeypot_time (inside the node, removed)",
    "assets": "css_js_query_string and aggregated CSS/JS hashes (cache rebuild)",
    "reviews": "Google reviews count/rating in the footer",
    "review_quote": "random featured review (Views random sort) in the footer",
    "news": "latest news Views block in the footer",
}


def _webform(state, d10):
    fb = state["form_build_id"]
    sel = fb.lower().replace("_", "-")
    wrap_cls = "form-item" if not d10 else "form-item form-item--required"
    opts = "".join('<option value="%s">%s</option>' % (v, K.esc(t)) for v, t in [
        ("acces", "Accès à mes données"), ("rectification", "Rectification"), ("effacement", "Effacement"),
        ("opposition", "Opposition"), ("portabilite", "Portabilité"), ("autre", "Autre question")])
    return K.fill("""<form class="webform-submission-form webform-submission-add-form webform-submission-demande-rgpd-form webform-submission-demande-rgpd-add-form webform-submission-demande-rgpd-node-27-form webform-submission-demande-rgpd-node-27-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-demande-rgpd-node-27-add-form" action="/fr/vie-privee" method="post" id="webform-submission-demande-rgpd-node-27-add-form" accept-charset="UTF-8">
  <div class="js-form-item @@wc@@ js-form-type-textfield form-type-textfield js-form-item-nom form-item-nom">
      <label for="edit-nom" class="js-form-required form-required">Nom et prénom</label>
        <input data-drupal-selector="edit-nom" type="text" id="edit-nom" name="nom" value="" size="60" maxlength="255" class="form-text required" required="required" aria-required="true" />
        </div>
<div class="js-form-item @@wc@@ js-form-type-email form-type-email js-form-item-email form-item-email">
      <label for="edit-email" class="js-form-required form-required">Adresse e-mail</label>
        <input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true" />
        </div>
<div class="js-form-item @@wc@@ js-form-type-select form-type-select js-form-item-type-demande form-item-type-demande">
      <label for="edit-type-demande" class="js-form-required form-required">Type de demande</label>
        <select data-drupal-selector="edit-type-demande" id="edit-type-demande" name="type_demande" class="form-select required" required="required" aria-required="true"><option value="" selected="selected">- Sélectionner -</option>@@opts@@</select>
        </div>
<div class="js-form-item @@wc@@ js-form-type-textarea form-type-textarea js-form-item-message form-item-message">
      <label for="edit-message">Votre demande</label>
        <div class="form-textarea-wrapper">
  <textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea resize-vertical"></textarea>
</div>
        </div>
<div class="url-textfield js-form-wrapper form-wrapper" style="display: none !important;"><div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-url form-item-url">
      <label for="edit-url">Leave this field blank</label>
        <input autocomplete="off" data-drupal-selector="edit-url" type="text" id="edit-url" name="url" value="" size="20" maxlength="128" class="form-text" />
        </div>
</div>
<input data-drupal-selector="edit-honeypot-time" type="hidden" name="honeypot_time" value="@@hp@@" />
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer la demande" />
</div>
<input autocomplete="off" data-drupal-selector="@@sel@@" type="hidden" name="form_build_id" value="@@fb@@" />
<input data-drupal-selector="edit-webform-submission-demande-rgpd-node-27-add-form" type="hidden" name="form_id" value="webform_submission_demande_rgpd_node_27_add_form" />
</form>""", wc=wrap_cls, opts=opts, hp=state["honeypot"], sel=sel, fb=fb)


def _body(blocks, d10):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        t = "<table%s><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
            "" if d10 else ' class="table table-striped"', head, body)
        return '<figure class="table">%s</figure>' % t if d10 else t

    def addr(lines, inl):
        return "<p>%s</p>" % ("<br>" if d10 else "<br />\n").join(inl(x) for x in lines)

    return K.render_blocks(blocks, table=table, addr=addr, sep="" if d10 else "\n\n")


def _footer(state):
    _, cnt, rating = state["reviews"]
    who, quote = REVIEWS[state["review_quote"]]
    news = "".join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                   '<a href="/fr/actualites/%s" hreflang="fr">%s</a></span></div></div>'
                   % (C.det_sha(t)[:6], K.esc(t)) for t in state["news"])
    return K.fill("""<div id="block-avisgoogle" class="block block-block-content block-block-content7c1e2f0a">
  <div class="content"><div class="google-reviews"><span class="google-reviews__score">@@rating@@/5</span> <span class="google-reviews__stars" aria-hidden="true">★★★★★</span> <span class="google-reviews__count">@@cnt@@ avis sur Google</span>
<blockquote class="google-reviews__quote">« @@quote@@ »<cite>@@who@@</cite></blockquote></div></div>
</div>
<div class="views-element-container block block-views block-views-blockactualites-block-1" id="block-views-block-actualites-block-1">
  <h2>Actualités</h2>
  <div class="content"><div><div class="view view-actualites view-id-actualites view-display-id-block_1 js-view-dom-id-@@domid@@">
      <div class="view-content">@@news@@</div>
</div></div></div>
</div>""", rating=rating, cnt=cnt, quote=K.esc(quote), who=K.esc(who), news=news,
                  domid=C.det_sha("domid", state["news"])[:16] + C.det_sha(state["form_build_id"])[:48])


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    d10 = state["theme"] == "d10"
    moved = any(k == "addr" and "@ Tél. : +32 2 332 18 60" in "@ " + "\n@ ".join(v) for k, v in blocks)
    phone = ("+32 2 332 18 60", "+3223321860") if moved else ("+32 2 520 41 18", "+3225204118")
    qs, css1, css2, js1 = state["assets"]
    body = _body(rest, d10)
    form = _webform(state, d10)
    footer = _footer(state)
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"fr\\/","currentPath":"node\\/27","currentPathIsAdmin":false,'
                '"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxPageState":{"libraries":"%s","theme":"%s","theme_token":null},"ajaxTrustedUrl":{"\\/fr\\/vie-privee":true},'
                '"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,'
                '"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,'
                '"popup_html_info":"","use_mobile_message":false,"hide_privacy":false,"method":"categories",'
                '"cookie_name":"","domain":"","cookie_categories":["necessaires","statistiques","marketing"],'
                '"withdraw_enabled":true,"reload_page":false,"popup_link":"\\/fr\\/vie-privee"},'
                '"honeypot":{"time_limit":5},"user":{"uid":0,"permissionsHash":"%s"}}'
                % (C.det_sha("libs", state["theme"], qs)[:40], "verhaegen2024" if d10 else "verhaegen",
                   C.det_sha("perm", state["theme"])))
    nav = [("Déménagement", "demenagement"), ("Relocation internationale", "relocation-internationale"),
           ("Garde-meubles", "garde-meubles"), ("Déménagement d'entreprise", "demenagement-entreprise"),
           ("Lift & monte-meubles", "lift"), ("Contact", "contact")]
    if not d10:
        menu = "\n".join('<li class="nav-item"><a href="/fr/%s" class="nav-link" data-drupal-link-system-path="node/%d">'
                         '%s</a></li>' % (u, 11 + n, K.esc(t)) for n, (t, u) in enumerate(nav))
        doc = K.fill("""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q4D1R8X2LM"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-Q4D1R8X2LM", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false});</script>
<link rel="canonical" href="https://www.verhaegen-demenagements.be/fr/vie-privee" />
<meta name="description" content="Comment Verhaegen Déménagements traite vos données personnelles : devis, déménagement, garde-meubles et relocation internationale." />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<link rel="icon" href="/themes/custom/verhaegen/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="fr" href="https://www.verhaegen-demenagements.be/fr/vie-privee" />
<link rel="alternate" hreflang="nl" href="https://www.verhaegen-demenagements.be/nl/privacy" />
<link rel="alternate" hreflang="en" href="https://www.verhaegen-demenagements.be/en/privacy" />

    <title>Politique de confidentialité | Verhaegen Déménagements</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css1@@.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css2@@.css" />

    
  </head>
  <body class="layout-no-sidebars page-node-27 path-node node--type-page">
    <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Entête du site">
                      <div class="highlighted">
            <div class="region region-top-header"><div class="top-bar container"><span class="top-bar__phone"><a href="tel:@@tel@@">@@phone@@</a></span> <span class="top-bar__cta"><a href="/fr/devis">Devis gratuit en 24 h</a></span> <div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-selecteurdelangue" role="navigation"><ul class="links"><li hreflang="fr" data-drupal-link-system-path="node/27" class="fr is-active"><a href="/fr/vie-privee" class="language-link is-active" hreflang="fr" data-drupal-link-system-path="node/27">FR</a></li><li hreflang="nl" data-drupal-link-system-path="node/27" class="nl"><a href="/nl/privacy" class="language-link" hreflang="nl" data-drupal-link-system-path="node/27">NL</a></li><li hreflang="en" data-drupal-link-system-path="node/27" class="en"><a href="/en/privacy" class="language-link" hreflang="en" data-drupal-link-system-path="node/27">EN</a></li></ul></div></div></div>
          </div>
                <nav class="navbar navbar-expand-lg" id="navbar-main">
          <div class="container">
              <a href="/fr" title="Accueil" rel="home" class="navbar-brand"><img src="/themes/custom/verhaegen/logo.svg" alt="Accueil" class="img-fluid d-inline-block align-top" /></a>
            <button class="navbar-toggler navbar-toggler-right" type="button" data-toggle="collapse" data-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
            <div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
                <nav role="navigation" aria-labelledby="block-verhaegen-main-menu-menu" id="block-verhaegen-main-menu" class="block block-menu navigation menu--main">
            <h2 class="visually-hidden" id="block-verhaegen-main-menu-menu">Navigation principale</h2>
  <ul class="clearfix nav navbar-nav">
@@menu@@
  </ul>
  </nav>
            </div>
          </div>
        </nav>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper clearfix">
        <div id="main" class="container">
          <div id="block-verhaegen-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/fr">Accueil</a></li><li class="breadcrumb-item active">Politique de confidentialité</li></ol></nav>
</div>
          <div class="row row-offcanvas row-offcanvas-left clearfix">
              <main class="main-content col" id="content" role="main">
                <section class="section">
                  <a id="main-content" tabindex="-1"></a>
                    <div data-drupal-messages-fallback class="hidden"></div><div id="block-verhaegen-page-title" class="block block-core block-page-title-block">
  <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">@@title@@</span>
</h1>
</div>
<div id="block-verhaegen-content" class="block block-system block-system-main-block">
  <article data-history-node-id="27" role="article" about="/fr/vie-privee" class="node node--type-page node--view-mode-full clearfix">
  <header>
  </header>
  <div class="node__content clearfix">
    
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">@@body@@</div>
      
  <div class="field field--name-field-webform field--type-webform field--label-above">
    <div class="field__label">Exercer vos droits</div>
              <div class="field__item">@@form@@
</div>
          </div>

  </div>
</article>

</div>

                </section>
              </main>
          </div>
        </div>
    </div>
        <footer class="site-footer">
            <div class="container">
                  <div class="site-footer__top clearfix">
              <section class="row region region-footer-first">
@@footer@@
  </section>
            </div>
                          <div class="site-footer__bottom">
              <section class="row region region-footer-fifth"><p>© Verhaegen Déménagements SRL – BE 0438.612.907 – <a href="/fr/vie-privee">Vie privée</a> – <a href="/fr/conditions-generales">Conditions générales</a> – <a href="#" class="eu-cookie-withdraw-tab">Paramètres des cookies</a></p>
  </section>
            </div>
                  </div>
    </footer>
  </div>
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">@@settings@@</script>
<script src="/sites/default/files/js/js_@@js1@@.js"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=9.5.11" defer></script>

  </body>
</html>
""", css1=css1, css2=css2, js1=js1, menu=menu, title=K.esc(title), body=body, form=form, footer=footer,
                     settings=settings, phone=phone[0], tel=phone[1])
    else:
        menu = "\n".join('<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/fr/%s" '
                         'class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" '
                         'data-drupal-link-system-path="node/%d"><span class="primary-nav__menu-link-inner">%s</span>'
                         '</a></li>' % (u, 11 + n, K.esc(t)) for n, (t, u) in enumerate(nav))
        inc = C.det_sha("include", qs)[:32]
        doc = K.fill("""<!DOCTYPE html>
<html lang="fr" dir="ltr" style="--color--primary-hue:24;--color--primary-saturation:88%;--color--primary-lightness:44">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q4D1R8X2LM"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-Q4D1R8X2LM", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false});</script>
<link rel="canonical" href="https://www.verhaegen-demenagements.be/fr/vie-privee" />
<meta name="description" content="Comment Verhaegen Déménagements traite vos données personnelles : devis, déménagement, garde-meubles et relocation internationale." />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/verhaegen2024/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="fr" href="https://www.verhaegen-demenagements.be/fr/vie-privee" />
<link rel="alternate" hreflang="nl" href="https://www.verhaegen-demenagements.be/nl/privacy" />
<link rel="alternate" hreflang="en" href="https://www.verhaegen-demenagements.be/en/privacy" />

    <title>Politique de confidentialité | Verhaegen Déménagements</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css1@@.css?delta=0&amp;language=fr&amp;theme=verhaegen2024&amp;include=eJx@@inc@@" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css2@@.css?delta=1&amp;language=fr&amp;theme=verhaegen2024&amp;include=eJx@@inc@@" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">@@settings@@</script>
<script src="/sites/default/files/js/js_@@js1@@.js?scope=header&amp;delta=0&amp;language=fr&amp;theme=verhaegen2024&amp;include=eJx@@inc@@"></script>

  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="page">
  <div class="top-bar"><div class="container"><a class="top-bar__phone" href="tel:@@tel@@">@@phone@@</a><a class="top-bar__cta button button--small" href="/fr/devis">Devis gratuit en 24 h</a><ul class="language-switcher"><li class="is-active"><a href="/fr/vie-privee" hreflang="fr">FR</a></li><li><a href="/nl/privacy" hreflang="nl">NL</a></li><li><a href="/en/privacy" hreflang="en">EN</a></li></ul></div></div>
  <header class="site-header" role="banner">
    <div class="container site-header__inner">
      <a href="/fr" rel="home" class="site-branding__logo"><img src="/themes/custom/verhaegen2024/logo.svg" alt="Verhaegen Déménagements" fetchpriority="high" width="196" height="48" /></a>
      <nav class="primary-nav" aria-labelledby="primary-nav-title"><h2 id="primary-nav-title" class="visually-hidden">Menu principal</h2>
        <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
@@menu@@
        </ul>
      </nav>
    </div>
  </header>
  <div class="hero hero--small"><div class="container"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/fr" class="breadcrumb__link">Accueil</a></li><li class="breadcrumb__item">Politique de confidentialité</li></ol></nav></div></div>
  <main id="main-content" class="site-main" tabindex="-1">
    <div class="container container--narrow">
      <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-verhaegen2024-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">@@title@@</span>
</h1>
</div>
<div id="block-verhaegen2024-content" class="block block-system block-system-main-block">
<article data-history-node-id="27" class="node node--type-page node--view-mode-full">
  <div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">@@body@@</div>
  </div>
</article>
</div>
<div id="block-verhaegen2024-webform" class="block block-webform block-webform-block">
  <h2 class="block__title">Exercer vos droits</h2>
  <div class="block__content">@@form@@</div>
</div>
  </div>
    </div>
  </main>
  <footer class="site-footer">
    <div class="container">
      <div class="region region--footer-top">
@@footer@@
      </div>
      <div class="region region--footer-bottom"><p>© Verhaegen Déménagements SRL – BE 0438.612.907 – <a href="/fr/vie-privee">Vie privée</a> – <a href="/fr/conditions-generales">Conditions générales</a> – <button type="button" class="eu-cookie-withdraw-tab">Paramètres des cookies</button></p></div>
    </div>
  </footer>
</div>

  </div>

    
    <script src="/sites/default/files/js/js_@@js2@@.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=verhaegen2024&amp;include=eJx@@inc@@"></script>

  </body>
</html>
""", css1=css1, css2=css2, js1=js1, js2=C.det_sha("js2", js1)[:43], inc=inc, menu=menu, title=K.esc(title),
                     body=body, form=form, footer=footer, settings=settings, phone=phone[0], tel=phone[1])
    return doc


PAGE = {
    "service": "Verhaegen Demenagements",
    "url": URL,
    "lang": "fr-BE",
    "platform": "Drupal 9.5 (Bootstrap Barrio sub-theme) then Drupal 10.2 relaunch (custom theme), Webform, Honeypot",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "must-revalidate, no-cache, private"),
                      ("Content-Language", "fr"), ("X-Content-Type-Options", "nosniff"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("X-Drupal-Dynamic-Cache", "UNCACHEABLE")],
    "n": 30,
    "start": dt.date(2023, 5, 2),
    "end": dt.date(2025, 1, 31),
    "hours": (2, 8, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "#main-content .region--content",
        "remove": ["#block-verhaegen2024-webform", "[data-drupal-messages-fallback]"],
    },
    "history": [
        {"fetch": URL,
         "select": ["#block-verhaegen-page-title h1", "article.node--type-page .node__content"],
         "remove": [".field--name-field-webform"],
         "validUntil": "2024-03-19T00:00:00Z"},
    ],
}
