"""French ski area operator on TYPO3 (v11 LTS, bootstrap_package theme, tarteaucitron consent).

One page holds two documents: the "Mentions légales" content elements (c311, c312), which change on their own
(publication director, host, photo credits), then the privacy policy as three content elements: a text element
with the policy's title as its header (c318), a table element (c319) and a second text element (c320). The
declaration is a range from before #c318 to after #c320. Beside it: the live snow and lift bulletin in the header
(winter only; updated every morning and again at noon), the summit webcam still with a `?t=` cache-buster, and
the merged asset timestamps after each cache flush."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

La SAS Combe Blanche Domaine Skiable (ci-après « nous ») exploite les remontées mécaniques et les pistes de la station de La Combe-Blanche ainsi que le présent site internet, qui permet notamment d'acheter des forfaits en ligne, de recharger une carte mains libres et de s'inscrire à notre lettre d'information. La présente politique vous explique comment nous traitons vos données personnelles, conformément au Réglement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, dite « Informatique et Libertés ».

## 1. Responsable du traitement

@ SAS Combe Blanche Domaine Skiable
@ Maison de la Station – 120 route des Pistes
@ 73450 La Combe-Blanche
@ RCS Chambéry 512 345 678

Pour toute question relative à vos données, vous pouvez écrire à notre délégué à la protection des données : [dpo@combeblanche.com](mailto:dpo@combeblanche.com).

## 2. Données que nous collectons

- **Données d'identification :** nom, prénom, date de naissance (pour l'application des tarifs enfants, seniors et de la gratuité des moins de 5 ans) et, pour les forfaits nominatifs, une photo d'identité.
- **Coordonnées :** adresse électronique, numéro de téléphone et adresse postale.
- **Données de commande et de paiement :** forfaits achetés, numéro de carte mains libres, historique des commandes. Le paiement est traité par notre prestataire ; nous ne conservons jamais votre numéro de carte bancaire.
- **Données de passage aux remontées mécaniques :** numéro du support, date, heure et remontée empruntée.
- **Justificatifs :** carte d'étudiant, justificatif de domicile pour le tarif résident, carte d'invalidité pour le tarif adapté.
- **Données de navigation :** adresse IP, pages consultées et cookies (voir l'article 8).

## 3. Finalités, bases légales et durées de conservation

| Finalité | Base légale | Durée de conservation |
| Vente des forfaits, rechargement de la carte mains libres et service client | Exécution du contrat | 3 ans après la fin de la saison concernée |
| Contrôle d'accès aux remontées mécaniques et lutte contre la fraude | Intérêt légitime | Photo : jusqu'à la fin de la saison ; données de passage : 12 mois |
| Facturation et obligations comptables | Obligation légale | 10 ans |
| Remboursement des forfaits en cas de fermeture ou d'accident (assurance) | Exécution du contrat | 5 ans |
| Lettre d'information et offres promotionnelles | Consentement | 3 ans après le dernier contact |
| Mesure d'audience du site | Consentement | 13 mois |

## 4. Photos sur les forfaits

Les forfaits saison et les forfaits nominatifs de plus de six jours comportent une photo de leur titulaire. Elle s'affiche sur l'écran de nos contrôleurs lors du passage aux bornes afin de vérifier que le forfait est utilisé par la bonne personne. Nous n'utilisons aucun dispositif de reconnaissance faciale ni aucun traitement biométrique.

## 5. Données de passage

Chaque passage aux remontées mécaniques est enregistré par notre système de contrôle d'accès. Ces données servent à vérifier la validité des forfaits, à établir des statistiques de fréquentation anonymes et, en cas d'accident ou de disparition signalée, à aider les services de secours à localiser une personne. Elles ne sont jamais utilisées à des fins commerciales.

## 6. Destinataires des données

Vos données sont accessibles uniquement au personnel habilité de la SAS Combe Blanche Domaine Skiable et, le cas échéant, aux services de secours (pisteurs-secouristes, peloton de gendarmerie de haute montagne) et aux autorités judiciaires. Nous faisons également appel aux sous-traitants suivants :

| Prestataire | Service | Localisation des données |
| SKIDATA GmbH | Billetterie et contrôle d'accès | Autriche |
| Alliance Réseaux | Réservation en ligne des hébergements et activités | France |
| Lyra Network (PayZen) | Paiement en ligne sécurisé | France |
| Sendinblue | Envoi de la lettre d'information | France |
| OVHcloud | Hébergement du site | France |

## 7. Transferts hors de l'Union européenne

Vos données sont hébergées dans l'Union européenne. L'outil de mesure d'audience Google Analytics, que nous n'activons qu'avec votre consentement, peut entraîner un transfert de données vers les États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.

## 8. Cookies

Le site utilise des cookies strictement nécessaires à son fonctionnement (panier, session de paiement) et, avec votre accord, des cookies de mesure d'audience et de partage sur les réseaux sociaux. Vous pouvez modifier vos choix à tout moment en cliquant sur le lien « Gestion des cookies » en bas de chaque page.

## 9. Vos droits

Vous disposez des droits suivants sur vos données :

- droit d'accès et de rectification ;
- droit à l'effacement ;
- droit à la limitation du traitement ;
- droit à la portabilité ;
- droit d'opposition, notamment à la prospection commerciale ;
- droit de retirer votre consentement à tout moment ;
- droit de définir des directives relatives au sort de vos données après votre décès.

Pour exercer ces droits, écrivez à [dpo@combeblanche.com](mailto:dpo@combeblanche.com) ou par courrier à l'adresse indiquée à l'article 1, en joignant tout élément permettant de vous identifier. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, [www.cnil.fr](https://www.cnil.fr)).

## 10. Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles adaptées pour protéger vos données : chiffrement des échanges, accès restreint aux seules personnes habilitées, sauvegardes régulières et journalisation des accès.

## 11. Modification de la politique

Nous pouvons être amenés à modifier la présente politique, notamment à l'ouverture de chaque saison. La date de dernière mise à jour figure en haut de cette page.
"""

EDITS = [
    {"note": "typo fixed (Réglement -> Règlement)", "bump": False,
     "repl": [("au Réglement général", "au Règlement général")]},
    {"note": "photo retention changed in the table",
     "repl": [("Photo : jusqu'à la fin de la saison ;", "Photo : 30 jours après la fin de validité du forfait ;")]},
    {"note": "new section on the mobile app (sections renumbered)",
     "repl": [("## 6. Destinataires des données", "## 6. Application mobile\n\n"
               "Notre application Combe Blanche vous permet de recharger votre forfait, de consulter l'état des "
               "pistes et de suivre vos statistiques de ski. Si vous l'autorisez, elle utilise la géolocalisation "
               "de votre téléphone pour afficher votre position sur le plan des pistes ; cette position n'est pas "
               "transmise à nos serveurs. Les notifications (ouverture des pistes, alertes météo) peuvent être "
               "désactivées à tout moment dans les réglages de votre téléphone.\n\n## 7. Destinataires des données"),
              ("## 7. Transferts hors de l'Union européenne", "## 8. Transferts hors de l'Union européenne"),
              ("## 8. Cookies", "## 9. Cookies"), ("(voir l'article 8)", "(voir l'article 9)"),
              ("## 9. Vos droits", "## 10. Vos droits"), ("## 10. Sécurité", "## 11. Sécurité"),
              ("## 11. Modification de la politique", "## 12. Modification de la politique")]},
    {"note": "newsletter processor renamed (Sendinblue -> Brevo)",
     "repl": [("| Sendinblue | Envoi de la lettre d'information | France |",
               "| Brevo (anciennement Sendinblue) | Envoi de la lettre d'information | France |")]},
    {"note": "operator's address changed",
     "repl": [("@ Maison de la Station – 120 route des Pistes", "@ Bâtiment Les Écrins – 45 place de l'Office")]},
]

DIRECTORS = ["M. Laurent Favre, président", "Mme Claire Bouvier, directrice générale",
             "M. Julien Mollard, directeur général délégué"]
HOSTS = [("OVH SAS", "2 rue Kellermann, 59100 Roubaix"), ("Infomaniak Network SA", "Rue Eugène-Marziano 25, 1227 Genève, Suisse")]
CREDITS = ["Office de Tourisme de La Combe-Blanche, A. Berthier, Studio Altitude",
           "Office de Tourisme de La Combe-Blanche, Studio Altitude, P. Girod",
           "Studio Altitude, P. Girod, M. Chappaz, Office de Tourisme de La Combe-Blanche"]


def in_winter(d):
    return (d.month == 12 and d.day >= 14) or d.month in (1, 2, 3) or (d.month == 4 and d.day <= 14)


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["assets_ts"] = C.keep_or(rng, prev.get("assets_ts"), 0.2, lambda: C.epoch(when) - rng.randint(3600, 30 * 86400))
    st["director"] = C.keep_or(rng, prev.get("director"), 0.08, lambda: rng.randrange(len(DIRECTORS)))
    st["host"] = C.keep_or(rng, prev.get("host"), 0.05, lambda: rng.randrange(len(HOSTS)))
    st["credits"] = C.keep_or(rng, prev.get("credits"), 0.1, lambda: rng.randrange(len(CREDITS)))
    d = when.date()
    if in_winter(d):
        upd = "%02d/%02d à %s" % (d.day, d.month, "08:%02d" % rng.randint(5, 40) if when.hour < 12 else "12:%02d" % rng.randint(0, 20))
        low, high = rng.randint(15, 90), rng.randint(90, 230)
        st["bulletin"] = ("winter", upd, low, high, rng.randint(18, 42), rng.randint(6, 16), rng.randint(-14, 4),
                          rng.choice(["ensoleillé", "nuageux", "chutes de neige", "éclaircies", "brouillard"]))
    elif 6 <= d.month <= 8:
        st["bulletin"] = ("summer", rng.randint(9, 24), rng.choice(["ensoleillé", "orageux", "nuageux"]))
    else:
        nxt = dt.date(d.year, 12, 14)
        st["bulletin"] = ("closed", nxt.isoformat(), rng.randint(-2, 16))
    st["webcam"] = C.epoch(when) - rng.randint(30, 600)
    return st


LABELS = {"assets_ts": "typo3temp merged asset timestamps", "director": "mentions légales: publication director",
          "host": "mentions légales: host", "credits": "mentions légales: photo credits",
          "bulletin": "snow and lift bulletin (header)", "webcam": "summit webcam still ?t= (footer)"}


def frame(uid, ctype, inner, header=None):
    hd = ('\n<header class="frame-header">\n<h1 class="element-header  ">\n<span>%s</span>\n</h1>\n</header>\n'
          % html.escape(header)) if header else ""
    return ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-default frame-size-default '
            'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
            'frame-no-backgroundimage">\n<div class="frame-group-container">\n<div class="frame-group-inner">\n'
            '<div class="frame-container frame-container-default">\n<div class="frame-inner">%s\n%s\n</div>\n</div>\n'
            '</div>\n</div>\n</div>' % (uid, ctype, hd, inner))


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("ul", "ol"):
            out.append('<ul class="list-normal">\n%s\n</ul>' % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(x) for x in v))
        elif kind == "table":
            out.append(table(v, "contenttable"))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def table(v, cls):
    head = "\n".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
    body = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
    return ('<div class="table-responsive">\n<table class="%s">\n<thead>\n<tr>\n%s\n</tr>\n</thead>\n<tbody>\n%s\n'
            '</tbody>\n</table>\n</div>' % (cls, head, body))


def bulletin(state):
    b = state["bulletin"]
    if b[0] == "winter":
        _, upd, low, high, pistes, lifts, temp, sky = b
        return ('<div class="snow-report" data-source="lumiplan">\n<span class="snow-report__title">Bulletin neige</span>\n'
                '<span class="snow-report__update">mis à jour le %s</span>\n'
                '<ul class="snow-report__list">\n<li><span class="icon icon-snow"></span> Neige : %d cm (bas) / %d cm (haut)</li>\n'
                '<li><span class="icon icon-slope"></span> Pistes ouvertes : %d/42</li>\n'
                '<li><span class="icon icon-lift"></span> Remontées : %d/16</li>\n'
                '<li><span class="icon icon-weather"></span> %d °C, %s</li>\n</ul>\n</div>'
                % (upd, low, high, pistes, lifts, temp, sky))
    if b[0] == "summer":
        return ('<div class="snow-report snow-report--summer">\n<span class="snow-report__title">Cet été</span>\n'
                '<span>Télésiège du Grand Pic ouvert tous les jours de 9 h à 17 h · %d °C, %s</span>\n</div>' % (b[1], b[2]))
    d = dt.date.fromisoformat(b[1])
    return ('<div class="snow-report snow-report--closed">\n<span class="snow-report__title">Domaine fermé</span>\n'
            '<span>Ouverture de la saison d\'hiver le %s · %d °C au village</span>\n</div>' % (fmt_date(d), b[2]))


def render(state, blocks, when):
    ts = state["assets_ts"]
    h = C.det_sha("typo3", ts)
    # policy: header of c318 = the h1; bodytext up to the first table; the table as its own element; the rest
    title = blocks[0][1]
    rest = blocks[1:]
    k = next(j for j, b in enumerate(rest) if b[0] == "table")
    c318 = frame(318, "text", rte(rest[:k]), header=title)
    c319 = frame(319, "table", table(rest[k][1], "table table-bordered table-striped"))
    c320 = frame(320, "text", rte(rest[k + 1:]))
    host = HOSTS[state["host"]]
    mentions = frame(311, "text", """<p>Le site www.combeblanche.com est édité par la SAS Combe Blanche Domaine Skiable, société par actions simplifiée au capital de 1 250 000 €, immatriculée au RCS de Chambéry sous le numéro 512 345 678, dont le siège social est situé 73450 La Combe-Blanche. TVA intracommunautaire : FR 41 512345678.</p>
<p>Directeur de la publication : %s.</p>
<h2>Hébergement</h2>
<p>%s<br>
%s</p>
<h2>Propriété intellectuelle</h2>
<p>L'ensemble des contenus de ce site (textes, photographies, vidéos, plans des pistes, logos) est protégé par le droit d'auteur. Toute reproduction, même partielle, est interdite sans l'autorisation préalable de la SAS Combe Blanche Domaine Skiable.</p>""" % (
        html.escape(DIRECTORS[state["director"]]), host[0], host[1]), header="Mentions légales")
    credits = frame(312, "text", "<h2>Crédits photos</h2>\n<p>%s.</p>" % html.escape(CREDITS[state["credits"]]))
    cookies_btn = frame(321, "html", '<p class="text-center"><a href="#tarteaucitron" class="btn btn-primary" '
                                     'onclick="tarteaucitron.userInterface.openPanel(); return false;">Gestion des cookies</a></p>')
    nav = [("Forfaits", "/forfaits", 2), ("Domaine skiable", "/domaine-skiable", 3), ("Infos neige", "/infos-neige", 4),
           ("Écoles & activités", "/activites", 5), ("Été", "/ete", 6), ("Infos pratiques", "/infos-pratiques", 7)]
    navh = "\n".join('<li class="nav-item%s">\n<a id="nav-item-%d" href="%s" class="nav-link%s" title="%s"%s>\n'
                     '<span class="nav-link-text">%s</span>\n</a>\n</li>'
                     % (" active" if p == 7 else "", p, u, " active" if p == 7 else "", t,
                        ' aria-current="true"' if p == 7 else "", t) for t, u, p in nav)
    return """<!DOCTYPE html>
<html dir="ltr" lang="fr-FR">
<head>

<meta charset="utf-8">
<!-- 
	Réalisation : Agence Altitude Web — www.altitude-web.fr
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.combeblanche.com/">

<title>Mentions légales et confidentialité - La Combe-Blanche</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/fonts/284ba9c5345a729d38fc3d3bb72eea6caaef6180abbc77928e15e42297d05f8b/webfont.css?%(ts)d" media="all">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%(h1)s-min.css.gz?%(ts)d" media="all">
<script src="/typo3temp/assets/compressed/merged-%(h2)s-min.js.gz?%(ts)d"></script>
<script src="/typo3conf/ext/cb_sitepackage/Resources/Public/JavaScript/tarteaucitron/tarteaucitron.js?1667912211"></script>
<script>
tarteaucitron.init({"privacyUrl": "/infos-pratiques/mentions-legales-et-confidentialite", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "removeCredit": true, "handleBrowserDNTRequest": false, "useExternalCss": false, "readmoreLink": "", "mandatory": true});
tarteaucitron.user.gtagUa = 'G-8QK2L7D1XZ';
(tarteaucitron.job = tarteaucitron.job || []).push('gtag');
</script>

<link rel="canonical" href="https://www.combeblanche.com/infos-pratiques/mentions-legales-et-confidentialite"/>
<link rel="alternate" hreflang="fr-FR" href="https://www.combeblanche.com/infos-pratiques/mentions-legales-et-confidentialite"/>
<link rel="alternate" hreflang="en-GB" href="https://www.combeblanche.com/en/practical-info/legal-notice-and-privacy"/>
<link rel="alternate" hreflang="x-default" href="https://www.combeblanche.com/infos-pratiques/mentions-legales-et-confidentialite"/>
</head>
<body id="p87" class="page-87 pagelevel-2 language-0 backendlayout-default layout-default">

<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="/infos-pratiques/mentions-legales-et-confidentialite#page-content"><span>Aller au contenu principal</span></a><header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="La Combe-Blanche" href="/"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/cb_sitepackage/Resources/Public/Images/logo-combeblanche.svg" alt="La Combe-Blanche" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Afficher la navigation">
<span class="navbar-toggler-icon"></span>
</button>
<nav aria-label="Navigation principale" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
%(nav)s
</ul>
</nav>
<a class="btn btn-primary btn-eshop" href="https://boutique.combeblanche.com/?lang=fr">Acheter mon forfait</a>
</div>
%(bulletin)s
</header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane">
<div class="container">
<p class="visually-hidden" id="breadcrumb">Vous êtes ici :</p>
<ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Accueil"><span class="breadcrumb-text">Accueil</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/infos-pratiques" title="Infos pratiques"><span class="breadcrumb-text">Infos pratiques</span></a></li>
<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Mentions légales et confidentialité</span></li>
</ol>
</div>
</nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<main>
<div class="section section-default">
%(mentions)s

%(credits)s

%(c318)s

%(c319)s

%(c320)s

%(cookies)s
</div>
</main>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container">
<div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left">
<p><strong>Office de Tourisme</strong><br>
73450 La Combe-Blanche<br>
+33 (0)4 79 56 00 00</p>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-middle">
<figure class="webcam"><img src="/fileadmin/webcams/grand-pic-2410m.jpg?t=%(cam)d" width="320" height="180" alt="Webcam du sommet du Grand Pic (2 410 m)" loading="lazy"><figcaption>Webcam Grand Pic – 2 410 m</figcaption></figure>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-right">
<ul class="list-inline"><li><a href="https://www.facebook.com/combeblanche">Facebook</a></li><li><a href="https://www.instagram.com/combeblanche">Instagram</a></li></ul>
</div>
</div>
</div>
</section>
<section class="section footer-section footer-section-meta">
<div class="frame frame-background-none frame-space-before-none frame-space-after-none">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container"><div class="frame-inner">
<div class="footer-meta"><nav aria-label="Navigation du pied de page" class="footer-meta-navigation"><ul><li><a href="/infos-pratiques/mentions-legales-et-confidentialite" title="Mentions légales"><span>Mentions légales</span></a></li><li><a href="/infos-pratiques/cgv" title="CGV"><span>CGV</span></a></li><li><a href="#tarteaucitron"><span>Gestion des cookies</span></a></li></ul></nav><div class="footer-copyright"><p>© SAS Combe Blanche Domaine Skiable</p></div></div>
</div></div></div></div>
</div>
</section>
</footer>
<a class="scroll-top" title="Haut de page" href="/infos-pratiques/mentions-legales-et-confidentialite#top"><span class="scroll-top-icon"></span></a>
</div>
<script src="/typo3temp/assets/compressed/merged-%(h3)s-min.js.gz?%(ts)d"></script>
</body>
</html>""" % {"ts": ts, "h1": h[:32], "h2": h[8:40], "h3": C.det_sha("typo3b", ts)[:32], "nav": navh,
               "bulletin": bulletin(state), "mentions": mentions, "credits": credits, "c318": c318, "c319": c319,
               "c320": c320, "cookies": cookies_btn, "cam": state["webcam"]}


PAGE = {
    "service": "Combe Blanche Domaine Skiable",
    "url": "https://www.combeblanche.com/infos-pratiques/mentions-legales-et-confidentialite",
    "lang": "fr",
    "platform": "TYPO3 v11 LTS (bootstrap_package)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Accept-Encoding")),
    "n": 31,
    "start": dt.date(2020, 11, 20),
    "end": dt.date(2024, 4, 10),
    "policy": POLICY,
    "first_updated": dt.date(2020, 10, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": [{"startBefore": "#c318", "endAfter": "#c320"}]},
}
