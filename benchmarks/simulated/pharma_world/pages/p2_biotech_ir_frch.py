"""Listed Geneva biotech, investor-facing site on WordPress (block editor, custom agency theme "gnvx", Yoast,
WPML), Swiss French. One page "Mentions légales" holds the forward-looking-statements disclaimer and, below it,
the privacy policy as flat blocks of the same entry-content: OTA's curators track the policy by a range (from
its heading's anchor to the end of the content). Per visit: the SIX share-price widget of the IR data provider
in the header bar, the REST nonce and WPML language-switcher nonce; sticky: plugin/core ?ver= versions, the
"Derniers communiqués" press-release rail in the footer, and the disclaimer (another document, edited once)."""
import datetime as dt
import html

import common as C

URL = "https://www.genovaxis.ch/fr/mentions-legales/"

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]

POLICY = """## Politique de protection des données

Dernière mise à jour: {UPDATED}

Genovaxis SA («Genovaxis», «nous») attache une grande importance à la protection de vos données personnelles. La présente politique explique comment nous traitons les données personnelles des visiteurs de notre site web, des actionnaires et investisseurs, des journalistes et des personnes qui s'abonnent à nos communiqués. Elle ne s'applique pas aux données recueillies dans le cadre de nos essais cliniques, qui font l'objet de notices d'information distinctes remises aux participants.

### Responsable du traitement

@ Genovaxis SA
@ Chemin des Aulx 14
@ 1228 Plan-les-Ouates
@ Genève, Suisse

Pour toute question relative à la protection des données, vous pouvez nous écrire à [dataprotection@genovaxis.ch](mailto:dataprotection@genovaxis.ch). Notre représentant dans l'Union européenne au sens de l'art. 27 RGPD est VeriData EU Representative GmbH, Friedrichstrasse 68, 10117 Berlin, Allemagne.

### Données que nous traitons

Nous traitons uniquement les données nécessaires aux finalités décrites ci-dessous, notamment:

- vos coordonnées (nom, prénom, adresse électronique, société, fonction) lorsque vous vous abonnez à nos communiqués de presse ou à nos alertes investisseurs;
- les informations que vous nous transmettez en nous contactant par courriel, par téléphone ou au moyen du formulaire de contact;
- les données relatives à votre participation à nos assemblées générales, à nos conférences téléphoniques ou à nos webcasts (inscription, questions posées, nombre d'actions représentées);
- des données techniques de navigation (adresse IP tronquée, type de navigateur, pages consultées, date et heure).

Nous ne traitons pas intentionnellement de données sur la santé par l'intermédiaire de ce site. Si vous souhaitez signaler un effet indésirable présumé d'un produit en développement, veuillez utiliser les coordonnées indiquées dans la rubrique «Pharmacovigilance» ci-dessous.

### Finalités et bases juridiques

| Finalité | Base juridique |
| Envoi des communiqués de presse et des alertes investisseurs | Votre consentement, révocable à tout moment |
| Organisation de l'assemblée générale et tenue du registre des actions | Obligation légale (Code des obligations) |
| Réponse à vos demandes | Intérêt prépondérant / mesures précontractuelles |
| Sécurité et statistiques de fréquentation du site | Intérêt prépondérant |
| Respect des obligations de publicité événementielle (ad hoc) | Obligation légale et réglementaire |

### Destinataires

Vos données peuvent être communiquées aux catégories de destinataires suivantes, qui agissent en qualité de sous-traitants et sont tenues contractuellement à la confidentialité:

| Prestataire | Service | Pays |
| EQS Group AG | Diffusion des communiqués et alertes e-mail | Allemagne, Suisse |
| areg.ch ag | Registre des actions et assemblée générale | Suisse |
| Infomaniak Network SA | Hébergement du site web | Suisse |
| Google Ireland Ltd. | Mesure d'audience (Google Analytics 4) | Irlande, États-Unis |

Lorsque des données sont communiquées dans un État qui n'offre pas un niveau de protection adéquat, nous recourons aux clauses contractuelles types de la Commission européenne, adaptées au droit suisse. Google LLC est certifiée selon le Swiss-U.S. Data Privacy Framework.

### Cookies

Notre site utilise des cookies strictement nécessaires à son fonctionnement ainsi que, avec votre accord, des cookies de mesure d'audience. Vous pouvez retirer votre consentement à tout moment au moyen du lien «Paramètres des cookies» en bas de page. Les cookies de mesure d'audience sont conservés au maximum 14 mois.

### Durée de conservation

Les données des abonnés sont conservées jusqu'à leur désinscription. Les données relatives aux assemblées générales sont conservées pendant dix ans conformément aux obligations de conservation du Code des obligations. Les messages reçus par le formulaire de contact sont supprimés au plus tard deux ans après le traitement de la demande.

### Pharmacovigilance

Si vous nous signalez un effet indésirable présumé, nous sommes légalement tenus de traiter et de transmettre ces informations aux autorités compétentes, notamment Swissmedic. Les signalements peuvent être adressés à [drugsafety@genovaxis.ch](mailto:drugsafety@genovaxis.ch) ou au +41 22 510 44 90.

### Vos droits

Conformément à la loi fédérale sur la protection des données (LPD) et, le cas échéant, au RGPD, vous disposez des droits suivants:

- le droit d'obtenir des informations sur les données que nous traitons à votre sujet;
- le droit de faire rectifier des données inexactes;
- le droit de demander l'effacement de vos données ou la limitation de leur traitement;
- le droit de vous opposer au traitement et de retirer votre consentement;
- le droit de recevoir vos données dans un format électronique courant.

Vous pouvez exercer ces droits en nous écrivant à l'adresse indiquée ci-dessus. Vous avez également le droit de déposer une plainte auprès du Préposé fédéral à la protection des données et à la transparence (PFPDT) ou d'une autorité de contrôle de l'Union européenne.

### Sécurité

Nous protégeons vos données par des mesures techniques et organisationnelles appropriées, notamment le chiffrement des transmissions, la restriction des accès et la sauvegarde régulière des systèmes. Les personnes ayant accès à des informations privilégiées sont inscrites sur une liste d'initiés conformément aux règles de la SIX Swiss Exchange.

### Réseaux sociaux

Nous sommes présents sur LinkedIn et sur X. Lorsque vous consultez nos pages sur ces plateformes ou interagissez avec nos publications, l'exploitant de la plateforme traite vos données sous sa propre responsabilité; pour les statistiques de nos pages, nous sommes responsables conjointement avec lui. Nous vous invitons à consulter les politiques de confidentialité de ces plateformes. Nos pages de réseaux sociaux ne sont pas destinées à la communication d'informations médicales ni au signalement d'effets indésirables.

### Candidatures

Si vous postulez à l'une de nos offres d'emploi, nous traitons les données figurant dans votre dossier de candidature uniquement aux fins de la procédure de recrutement. Sans votre accord pour une conservation plus longue, votre dossier est supprimé six mois après la fin de la procédure. Les candidatures sont gérées au moyen de la plateforme Join Solutions AG, Zurich.

### Modifications

Nous pouvons adapter la présente politique à tout moment. La version publiée sur cette page fait foi.
"""

DISCLAIMERS = [
    "Le présent site contient des déclarations prospectives fondées sur les attentes actuelles de la direction. Ces déclarations comportent des risques et des incertitudes connus et inconnus, notamment quant au résultat des essais cliniques, aux décisions des autorités réglementaires et au financement de la société. Les résultats effectifs peuvent différer sensiblement. Genovaxis n'assume aucune obligation de mettre à jour ces déclarations.",
    "Le présent site contient des déclarations prospectives fondées sur les attentes actuelles de la direction. Ces déclarations comportent des risques et des incertitudes connus et inconnus, notamment quant au résultat des essais cliniques (y compris l'étude de phase IIb GNX-201), aux décisions des autorités réglementaires et au financement de la société. Les résultats effectifs peuvent différer sensiblement. Genovaxis n'assume aucune obligation de mettre à jour ces déclarations, sauf si la loi l'exige.",
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


EDITS = [
    {"note": "cookies: retention of audience-measurement cookies 14 -> 13 months",
     "repl": [("conservés au maximum 14 mois", "conservés au maximum 13 mois")]},
    {"note": "recipients table: Infomaniak replaced by Exoscale (hosting move)",
     "repl": [("| Infomaniak Network SA | Hébergement du site web | Suisse |",
               "| Akenes SA (Exoscale) | Hébergement du site web | Suisse |")]},
    {"note": "pharmacovigilance phone number changed",
     "repl": [("+41 22 510 44 90", "+41 22 510 44 00")], "bump": False},
    {"note": "new paragraph: webcasts recorded and published for 12 months",
     "repl": [("### Destinataires", "Nos conférences téléphoniques et webcasts destinés aux investisseurs sont enregistrés et mis à disposition sur notre site pendant douze mois. Si vous posez une question pendant la session, votre nom et celui de votre société peuvent être mentionnés dans l'enregistrement.\n\n### Destinataires")]},
    {"note": "retention: words 'ordinaires et extraordinaires' inserted",
     "repl": [("Les données relatives aux assemblées générales sont conservées",
               "Les données relatives aux assemblées générales ordinaires et extraordinaires sont conservées")]},
    {"note": "rights: contact form link for requests added",
     "repl": [("Vous pouvez exercer ces droits en nous écrivant à l'adresse indiquée ci-dessus.",
               "Vous pouvez exercer ces droits en nous écrivant à l'adresse indiquée ci-dessus ou au moyen de notre [formulaire de demande](https://www.genovaxis.ch/fr/demande-protection-donnees/).")]},
]

RELEASES = [
    ("Genovaxis annonce des données positives de phase IIb pour GNX-201 dans la fibrose pulmonaire idiopathique", "Ad hoc"),
    ("Genovaxis publie ses résultats annuels et fait le point sur son pipeline", "Ad hoc"),
    ("Genovaxis finalise une augmentation de capital de CHF 42 millions", "Ad hoc"),
    ("Genovaxis présentera au congrès de l'ERS à Vienne", "Communiqué"),
    ("Invitation à l'assemblée générale ordinaire", "Communiqué"),
    ("Nomination d'un nouveau directeur financier", "Communiqué"),
    ("Genovaxis conclut un accord de licence en Asie pour GNX-118", "Ad hoc"),
    ("Résultats semestriels: trésorerie suffisante jusqu'au T3", "Ad hoc"),
]

WP_VERS = [(dt.datetime(2000, 1, 1), "6.3.2", "20.13", "4.6.8"), (dt.datetime(2023, 12, 12), "6.4.2", "21.7", "4.6.9"),
           (dt.datetime(2024, 4, 20), "6.5.2", "22.6", "4.6.11"), (dt.datetime(2024, 11, 18), "6.7.1", "24.0", "4.6.13"),
           (dt.datetime(2025, 4, 22), "6.8", "25.1", "4.7.2")]


def noise(rng, when, i, prev):
    prev = prev or {}
    vers = [v for v in WP_VERS if v[0] <= when][-1][1:]
    return {
        "quote": ("%.2f" % rng.uniform(3.6, 5.9), "%+.1f" % rng.uniform(-6, 6), "%d" % rng.randint(12000, 380000)),
        "nonce": C.hexs(rng, 10),
        "wpml_nonce": C.hexs(rng, 10),
        "vers": vers,
        "rail": C.keep_or(rng, prev.get("rail"), 0.3, lambda: sorted(rng.sample(range(len(RELEASES)), 3))),
        "disclaimer": 1 if when >= dt.datetime(2024, 8, 1) else 0,
    }


LABELS = {"quote": "SIX share-price widget in the header bar", "nonce": "wp REST nonce", "wpml_nonce": "WPML nonce",
          "vers": "WordPress/Yoast/theme ?ver= versions", "rail": "Derniers communiqués rail in the footer",
          "disclaimer": "forward-looking statements disclaimer (other document, same page) edited"}

CLS = {"h2": "wp-block-heading", "h3": "wp-block-heading"}


def _blocks(blocks):
    out = []
    for b in blocks:
        kind, v = b
        if kind == "h2":
            out.append('<h2 class="wp-block-heading" id="protection-des-donnees">%s</h2>' % C.inline_html(v))
        elif kind == "h3":
            out.append('<h3 class="wp-block-heading">%s</h3>' % C.inline_html(v))
        elif kind == "table":
            head = "".join("\n<th>%s</th>" % C.inline_html(x) for x in v[0])
            body = "".join("\n<tr>%s\n</tr>" % "".join("\n<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">\n<thead>\n<tr>%s\n</tr>\n</thead>\n<tbody>%s\n</tbody>\n</table></figure>' % (head, body))
        elif kind in ("ul", "ol"):
            out.append('<%s class="wp-block-list">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % C.inline_html(x) for x in v), kind))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html(b))
    return "\n\n".join(out)


def render(state, blocks, when):
    wp, yoast, theme = state["vers"]
    price, ch, vol = state["quote"]
    rail = "\n".join('<li class="pr-rail__item"><span class="pr-rail__tag pr-rail__tag--%s">%s</span> <a href="/fr/communiques/%d/">%s</a></li>'
                     % (RELEASES[k][1].lower().replace(" ", "-"), RELEASES[k][1], 3100 + 7 * k, html.escape(RELEASES[k][0]))
                     for k in state["rail"])
    return """<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mentions légales - Genovaxis</title>
<!-- This site is optimized with the Yoast SEO plugin v%(yoast)s - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />
<link rel="canonical" href="%(url)s" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Mentions légales - Genovaxis" />
<meta property="og:url" content="%(url)s" />
<meta property="og:site_name" content="Genovaxis" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%(url)s","url":"%(url)s","name":"Mentions légales - Genovaxis","isPartOf":{"@id":"https://www.genovaxis.ch/fr/#website"},"inLanguage":"fr-FR"}]}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" hreflang="fr" href="https://www.genovaxis.ch/fr/mentions-legales/" />
<link rel="alternate" hreflang="en" href="https://www.genovaxis.ch/en/legal-notice/" />
<link rel="stylesheet" id="wp-block-library-css" href="https://www.genovaxis.ch/wp-includes/css/dist/block-library/style.min.css?ver=%(wp)s" media="all" />
<link rel="stylesheet" id="wpml-legacy-horizontal-list-0-css" href="https://www.genovaxis.ch/wp-content/plugins/sitepress-multilingual-cms/templates/language-switchers/legacy-list-horizontal/style.min.css?ver=1" media="all" />
<link rel="stylesheet" id="gnvx-main-css" href="https://www.genovaxis.ch/wp-content/themes/gnvx/dist/css/main.css?ver=%(theme)s" media="all" />
<script src="https://www.genovaxis.ch/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="wpml-cookie-js-extra">var wpml_cookies = {"wp-wpml_current_language":{"value":"fr","expires":1,"path":"\\/"}};</script>
<link rel="https://api.w.org/" href="https://www.genovaxis.ch/fr/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://www.genovaxis.ch/fr/wp-json/wp/v2/pages/412" />
<meta name="generator" content="WordPress %(wp)s" />
<meta name="generator" content="WPML ver:4.6.9 stt:1,4;" />
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="b8e3a1f2-6c4d-4e71-9a0b-2f5d8c7e1a36" data-blockingmode="auto" type="text/javascript"></script>
</head>
<body class="page-template-default page page-id-412 wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Aller au contenu</a>
<div class="topbar">
  <div class="container topbar__inner">
    <div class="share-quote" id="eqs-quote-widget" data-isin="CH0412345678">
      <span class="share-quote__label">GNVX · SIX Swiss Exchange</span>
      <span class="share-quote__price">CHF %(price)s</span>
      <span class="share-quote__change">%(ch)s%%</span>
      <span class="share-quote__volume">Volume: %(vol)s</span>
      <span class="share-quote__delay">Cours différé de 15 minutes</span>
    </div>
    <div class="wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal"><ul><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-fr wpml-ls-current-language"><a href="https://www.genovaxis.ch/fr/mentions-legales/" class="wpml-ls-link"><span class="wpml-ls-native">FR</span></a></li><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-en"><a href="https://www.genovaxis.ch/en/legal-notice/" class="wpml-ls-link"><span class="wpml-ls-native" lang="en">EN</span></a></li></ul></div>
  </div>
</div>
<header id="masthead" class="site-header">
  <div class="container site-header__inner">
    <a class="site-branding" href="https://www.genovaxis.ch/fr/" rel="home"><img src="https://www.genovaxis.ch/wp-content/uploads/2021/03/genovaxis-logo.svg" alt="Genovaxis" width="180" height="42"></a>
    <nav id="site-navigation" class="main-navigation" aria-label="Menu principal">
      <ul id="primary-menu" class="menu">
        <li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://www.genovaxis.ch/fr/societe/">Société</a></li>
        <li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://www.genovaxis.ch/fr/pipeline/">Pipeline</a></li>
        <li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-23"><a href="https://www.genovaxis.ch/fr/investisseurs/">Investisseurs</a></li>
        <li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="https://www.genovaxis.ch/fr/medias/">Médias</a></li>
        <li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="https://www.genovaxis.ch/fr/carrieres/">Carrières</a></li>
        <li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="https://www.genovaxis.ch/fr/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-412" class="post-412 page type-page status-publish hentry">
  <header class="entry-header page-hero"><div class="container"><h1 class="entry-title">Mentions légales</h1></div></header>
  <div class="entry-content container container--narrow">
<h2 class="wp-block-heading" id="avertissement">Avertissement</h2>

<p>Les informations publiées sur ce site ont un caractère purement informatif et ne constituent ni une offre ni une sollicitation d'achat ou de vente de titres de Genovaxis SA. Elles ne sont pas destinées à être diffusées aux États-Unis, au Canada, en Australie ou au Japon.</p>

<p>%(disclaimer)s</p>

<p>Les informations relatives à des produits en développement ne constituent pas une recommandation médicale. Aucun des produits de Genovaxis n'est actuellement autorisé à la mise sur le marché.</p>

<h2 class="wp-block-heading" id="droits-auteur">Droits d'auteur et marques</h2>

<p>L'ensemble du contenu de ce site est protégé par le droit d'auteur. Genovaxis et le logo Genovaxis sont des marques déposées de Genovaxis SA.</p>

%(policy)s
  </div>
</article>
</main>
</div>
<footer id="colophon" class="site-footer">
  <div class="container site-footer__grid">
    <section class="pr-rail">
      <h2 class="pr-rail__title">Derniers communiqués</h2>
      <ul class="pr-rail__list">%(rail)s</ul>
      <a class="pr-rail__more" href="/fr/communiques/">Tous les communiqués</a>
    </section>
    <section class="footer-contact">
      <h2>Relations investisseurs</h2>
      <p>Genovaxis SA<br>Chemin des Aulx 14<br>1228 Plan-les-Ouates<br><a href="mailto:investors@genovaxis.ch">investors@genovaxis.ch</a></p>
    </section>
    <nav class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item current-menu-item"><a href="https://www.genovaxis.ch/fr/mentions-legales/" aria-current="page">Mentions légales</a></li><li class="menu-item"><a href="javascript:Cookiebot.renew()">Paramètres des cookies</a></li><li class="menu-item"><a href="https://www.linkedin.com/company/genovaxis">LinkedIn</a></li></ul></nav>
    <p class="site-info">© %(year)d Genovaxis SA. Tous droits réservés.</p>
  </div>
</footer>
</div><!-- #page -->
<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "https://www.genovaxis.ch/fr/wp-json/" ) );
wp.apiFetch.nonceMiddleware = wp.apiFetch.createNonceMiddleware( "%(nonce)s" );
wp.apiFetch.use( wp.apiFetch.nonceMiddleware );</script>
<script id="gnvx-main-js-extra">var gnvxSettings = {"ajaxUrl":"https:\\/\\/www.genovaxis.ch\\/wp-admin\\/admin-ajax.php","quoteNonce":"%(wpml_nonce)s","lang":"fr"};</script>
<script src="https://www.genovaxis.ch/wp-content/themes/gnvx/dist/js/main.js?ver=%(theme)s" id="gnvx-main-js"></script>
</body>
</html>
""" % {"url": URL, "yoast": yoast, "wp": wp, "theme": theme, "price": price, "ch": ch, "vol": vol,
       "disclaimer": html.escape(DISCLAIMERS[state["disclaimer"]]), "policy": _blocks(blocks), "rail": rail,
       "year": when.year, "nonce": state["nonce"], "wpml_nonce": state["wpml_nonce"]}


PAGE = {
    "service": "Genovaxis",
    "url": URL,
    "lang": "fr-CH",
    "platform": "WordPress (block editor, custom theme, Yoast SEO, WPML, Cookiebot)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Link", "<https://www.genovaxis.ch/fr/wp-json/>; rel=\"https://api.w.org/\""),
                      ("X-Powered-By", "PHP/8.1.27")),
    "n": 30,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 10, 31),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#protection-des-donnees",
                                               "endAfter": "article.page > .entry-content > :last-child"}]},
}
