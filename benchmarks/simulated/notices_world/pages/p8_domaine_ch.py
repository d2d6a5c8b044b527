"""Domaine du Chêne-Vert (Féchy, Vaud), wine estate with an online shop - fr-CH - Webflow (Ecommerce),
Finsweet Cookie Consent.

"Mentions légales & protection des données": a Webflow Tabs element with three panes (Mentions légales,
Protection des données, Conditions générales de vente), every pane in the HTML, each a Rich Text block. The privacy
policy is the "Protection des données" pane (cookies are a part of it). Revised for the nLPD (in force 1 Sept
2023). Edits of the imprint (IDE number, credits) and of the CGV (shipping prices) are not privacy changes.
"""
import datetime as dt
import common as C

URL = "https://www.chene-vert.ch/mentions-legales"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)


POLICY = """
## Déclaration de protection des données

Version du {UPDATED}

Le Domaine du Chêne-Vert accorde une grande importance à la protection de vos données personnelles. La présente déclaration vous informe sur la collecte et le traitement de vos données lorsque vous visitez notre site, achetez nos vins en ligne, réservez une dégustation ou vous abonnez à notre lettre d'information. Nous traitons vos données conformément à la loi fédérale sur la protection des données (LPD) et, dans la mesure où il est applicable, au règlement général de l'Union européenne sur la protection des données (RGPD).

### Responsable du traitement

@ Domaine du Chêne-Vert, Rochat & Fils SA
@ Route de la Croix 12
@ 1173 Féchy
@ Suisse
@ [info@chene-vert.ch](mailto:info@chene-vert.ch) - +41 21 808 54 17

### Données que nous traitons

**Visite du site.** Lors de chaque visite, notre hébergeur enregistre automatiquement des données techniques (adresse IP, date et heure, pages consultées, navigateur, système d'exploitation) afin d'assurer le bon fonctionnement et la sécurité du site.

**Boutique en ligne.** Pour traiter vos commandes, nous avons besoin de vos nom, prénom, adresse de livraison et de facturation, adresse e-mail, numéro de téléphone et date de naissance. La date de naissance nous permet de vérifier que vous avez l'âge légal pour acheter des boissons alcooliques (16 ans pour le vin, 18 ans pour les eaux-de-vie). Les paiements par carte sont traités par Stripe ; nous n'avons pas accès aux données de votre carte.

**Réservation de dégustations et visites.** Lorsque vous réservez une dégustation au caveau ou une visite des vignes, nous enregistrons votre nom, vos coordonnées, le nombre de participants et vos éventuelles remarques (allergies pour les accords mets-vins).

**Lettre d'information.** Si vous vous y abonnez, nous utilisons votre adresse e-mail et votre prénom pour vous envoyer nos nouveautés, l'ouverture des caves et nos offres. L'envoi est réalisé au moyen de Mailchimp (The Rocket Science Group LLC, États-Unis). Vous pouvez vous désabonner en tout temps par le lien figurant dans chaque envoi.

**Formulaire de contact et e-mails.** Lorsque vous nous écrivez, nous traitons vos coordonnées et le contenu de votre message pour vous répondre, par exemple pour une demande d'offre pour un mariage ou un événement d'entreprise.

### Finalités et bases juridiques

Nous traitons vos données pour exécuter nos contrats de vente et de prestation, pour respecter nos obligations légales (notamment la conservation des pièces comptables pendant dix ans selon le Code des obligations), pour la sécurité de notre site, sur la base de notre intérêt légitime, ainsi que, pour la lettre d'information et les cookies non essentiels, sur la base de votre consentement.

### Communication à des tiers et à l'étranger

Nous transmettons vos données uniquement aux prestataires qui nous aident à exploiter le site et la boutique, et dans la mesure nécessaire : Webflow, Inc. (hébergement du site et de la boutique, États-Unis), Stripe Payments Europe Ltd. (paiements), La Poste Suisse et Planzer Transport SA (livraison), ainsi que notre fiduciaire.

Certains de ces prestataires traitent des données aux États-Unis, pays qui n'offre pas un niveau de protection adéquat selon la liste du Conseil fédéral. Nous concluons dans ce cas des clauses contractuelles types reconnues par le Préposé fédéral à la protection des données et à la transparence (PFPDT).

### Cookies et statistiques

Notre site utilise des cookies indispensables à son fonctionnement (panier, mémorisation de vos préférences de cookies) et, avec votre consentement, Google Analytics afin d'établir des statistiques anonymisées de fréquentation. Vous pouvez modifier vos préférences à tout moment au moyen du lien « Cookies » au pied de chaque page.

### Réseaux sociaux

Nous sommes présents sur Instagram et Facebook. Les liens vers ces plateformes figurant sur notre site sont de simples liens : aucune donnée n'est transmise à Meta tant que vous ne cliquez pas dessus. Si vous interagissez avec nos pages sur ces réseaux, Meta Platforms Ireland Ltd. traite vos données selon ses propres règles ; nous n'avons accès qu'aux statistiques globales de nos publications.

### Profilage et décisions automatisées

Nous n'effectuons pas de profilage et ne prenons pas de décisions individuelles automatisées. L'envoi de la lettre d'information comprend une mesure statistique des ouvertures et des clics, qui nous sert uniquement à améliorer nos envois.

### Durée de conservation

Nous conservons vos données aussi longtemps que nécessaire aux finalités décrites ou que la loi l'exige. Les données relatives aux commandes sont conservées dix ans. Les réservations sont effacées deux ans après la date de la visite. Les données de la lettre d'information sont supprimées dès votre désabonnement.

### Vos droits

Vous avez le droit de demander des renseignements sur les données vous concernant, d'en demander la rectification ou la suppression et de vous opposer à leur traitement. Pour les personnes résidant dans l'Union européenne, les droits prévus par le RGPD s'appliquent en outre, y compris le droit de déposer une plainte auprès d'une autorité de contrôle. Pour exercer vos droits, écrivez-nous à [info@chene-vert.ch](mailto:info@chene-vert.ch).

### Sécurité des données

Nous prenons des mesures techniques et organisationnelles appropriées pour protéger vos données contre la perte, l'accès non autorisé ou la modification. Le site est exclusivement accessible par une connexion chiffrée (HTTPS).

### Modifications

Nous pouvons adapter la présente déclaration à tout moment. La version publiée sur ce site fait foi.
"""

EDITS = [
    {"note": "tastings now booked online through SimplyBook.me (booking tool named, with its hosting in the EU)",
     "repl": [("Lorsque vous réservez une dégustation au caveau ou une visite des vignes, nous enregistrons votre nom,",
               "Les dégustations au caveau et les visites des vignes se réservent en ligne au moyen de l'outil SimplyBook.me (SimplyBook.me Ltd, données hébergées dans l'Union européenne). Nous enregistrons votre nom,"),
              ("Stripe Payments Europe Ltd. (paiements),", "Stripe Payments Europe Ltd. (paiements), SimplyBook.me Ltd (réservations),")]},
    {"note": "revision for the new Federal Act on Data Protection (nLPD, in force 1 Sept 2023): nLPD/OPDo references, full list of rights, PFPDT complaint, data security incidents",
     "repl": [("Nous traitons vos données conformément à la loi fédérale sur la protection des données (LPD) et, dans la mesure où il est applicable, au règlement général de l'Union européenne sur la protection des données (RGPD).",
               "Nous traitons vos données conformément à la loi fédérale sur la protection des données du 25 septembre 2020 (nLPD), entrée en vigueur le 1er septembre 2023, et à son ordonnance (OPDo) et, dans la mesure où il est applicable, au règlement général de l'Union européenne sur la protection des données (RGPD)."),
              ("Vous avez le droit de demander des renseignements sur les données vous concernant, d'en demander la rectification ou la suppression et de vous opposer à leur traitement.",
               "Conformément à la nLPD, vous avez le droit d'obtenir des renseignements sur les données vous concernant (art. 25 nLPD), d'en demander la rectification ou l'effacement, de vous opposer à leur traitement, de retirer en tout temps votre consentement et d'obtenir la remise ou la transmission de vos données dans un format électronique courant (art. 28 nLPD). Vous pouvez également adresser une dénonciation au Préposé fédéral à la protection des données et à la transparence (PFPDT), Feldeggweg 1, 3003 Berne."),
              ("Le site est exclusivement accessible par une connexion chiffrée (HTTPS).",
               "Le site est exclusivement accessible par une connexion chiffrée (HTTPS). En cas de violation de la sécurité des données entraînant un risque élevé pour vos droits, nous l'annonçons au PFPDT dans les meilleurs délais et vous en informons lorsque cela est nécessaire.")]},
    {"note": "TWINT and PostFinance payments through Payrexx added (silent, version date unchanged)", "bump": False,
     "repl": [("Les paiements par carte sont traités par Stripe ; nous n'avons pas accès aux données de votre carte.",
               "Les paiements par carte sont traités par Stripe, les paiements TWINT et PostFinance par Payrexx AG (Thoune) ; nous n'avons pas accès aux données de votre carte ou de votre compte.")]},
    {"note": "transfers to the US: Swiss-US Data Privacy Framework (Federal Council adequacy decision, 15 Sept 2024) for certified providers",
     "repl": [("Certains de ces prestataires traitent des données aux États-Unis, pays qui n'offre pas un niveau de protection adéquat selon la liste du Conseil fédéral. Nous concluons dans ce cas des clauses contractuelles types reconnues par le Préposé fédéral à la protection des données et à la transparence (PFPDT).",
               "Certains de ces prestataires traitent des données aux États-Unis. Depuis le 15 septembre 2024, le Conseil fédéral reconnaît un niveau de protection adéquat pour les entreprises certifiées selon le Swiss-U.S. Data Privacy Framework, ce qui est le cas de Webflow et de Google. Pour les autres prestataires, nous concluons des clauses contractuelles types reconnues par le Préposé fédéral à la protection des données et à la transparence (PFPDT).")]},
    {"note": "newsletter moved from Mailchimp (US) to Infomaniak Newsletter (hosted in Switzerland)",
     "repl": [("L'envoi est réalisé au moyen de Mailchimp (The Rocket Science Group LLC, États-Unis).",
               "L'envoi est réalisé au moyen de l'outil Newsletter d'Infomaniak Network SA, à Genève, dont les serveurs sont situés en Suisse."),
              ("ainsi que notre fiduciaire.", "Infomaniak Network SA (lettre d'information), ainsi que notre fiduciaire.")]},
]

# ---------------------------------------------------------------- other documents (noise)

IDE = [(dt.datetime(2000, 1, 1), "CHE-112.438.906 TVA"), (dt.datetime(2023, 1, 9), "CHE-112.438.906 TVA - Registre du commerce du canton de Vaud")]
CREDITS = [(dt.datetime(2000, 1, 1), ["Photographies : Régis Colombo", "Site : Atelier Pixel & Vigne, Lausanne"]),
           (dt.datetime(2024, 4, 15), ["Photographies : Régis Colombo", "Photographies des vendanges 2023 : Lena Favre", "Site : Atelier Pixel & Vigne, Lausanne"])]
SHIP = [(dt.datetime(2000, 1, 1), "15.-", "18", "CHF 200.-"), (dt.datetime(2023, 3, 20), "18.-", "18", "CHF 250.-"),
        (dt.datetime(2025, 1, 13), "19.50", "12", "CHF 250.-")]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def mentions_src(s):
    cred = "\n".join("- " + c for c in s["credits"])
    return """
## Mentions légales

@ Domaine du Chêne-Vert, Rochat & Fils SA
@ Route de la Croix 12, 1173 Féchy, Suisse
@ Téléphone : +41 21 808 54 17
@ E-mail : [info@chene-vert.ch](mailto:info@chene-vert.ch)
@ Numéro IDE : %s
@ Personnes autorisées à représenter la société : Jean-Marc Rochat, Aline Rochat

### Exclusion de responsabilité

Les informations publiées sur ce site sont vérifiées avec soin ; nous déclinons toutefois toute responsabilité quant à leur exactitude et leur exhaustivité. Les millésimes et les prix peuvent changer sans préavis.

### Droits d'auteur et crédits

%s
""" % (s["ide"], cred)


def cgv_src(s):
    port, bt, franco = s["ship"]
    return """
## Conditions générales de vente

### Champ d'application

Les présentes conditions s'appliquent à toutes les commandes passées sur la boutique en ligne du Domaine du Chêne-Vert. La vente de boissons alcooliques est réservée aux personnes âgées de 16 ans au moins (18 ans pour les eaux-de-vie).

### Prix et livraison

Les prix sont indiqués en francs suisses, TVA incluse. Les frais de port s'élèvent à CHF %s par envoi jusqu'à %s bouteilles ; la livraison est offerte dès %s d'achat. Nous livrons en Suisse et au Liechtenstein uniquement. Le retrait au caveau est gratuit.

### Paiement

Le paiement s'effectue par carte de crédit, TWINT ou sur facture pour les clients enregistrés.

### Droit applicable et for

Le droit suisse est applicable. Le for est à Rolle.
""" % (port, bt, franco)


def rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["ide"] = at(IDE, when)[1]
    s["credits"] = tuple(at(CREDITS, when)[1])
    s["ship"] = at(SHIP, when)[1:]
    # the whole site is republished whenever the shop or the news change (every few days): each capture sees a
    # new "Last Published" stamp; the CSS bundle hash changes only when styles changed
    last = prev.get("published") or (when - dt.timedelta(days=40))
    gap = max(60, int((when - last).total_seconds()) - 60)
    s["published"] = when - dt.timedelta(seconds=rng.randint(60, min(gap, 86400 * 6)))
    s["css"] = C.keep_or(rng, prev.get("css"), 0.25, lambda: C.hexs(rng, 9))
    wd = when.weekday()
    s["caveau"] = "ouvert" if (wd in (3, 4) and when.hour >= 15) or wd == 5 else "ferme"
    s["event"] = C.keep_or(rng, prev.get("event"), 0.5, lambda: rng.choice(["caves", "vendanges", "noel", "none"]))
    s["finsweet"] = C.keep_or(rng, prev.get("finsweet"), 0.1, lambda: rng.choice(["1.6.0", "1.6.2", "1.7.0"]))
    return s


LABELS = {
    "ide": "other document: mentions légales' IDE / register line",
    "credits": "other document: new photo credit",
    "ship": "other document: CGV shipping fee, bottles per parcel, free-delivery threshold",
    "published": "Webflow 'Last Published' comment (site republished)",
    "css": "Webflow CSS bundle hash (republish)",
    "caveau": "'Caveau ouvert aujourd'hui' status in the header",
    "event": "header event banner (Caves ouvertes, vendanges, Noël)",
    "finsweet": "Finsweet Cookie Consent version",
}

EVENTS = {"caves": "Caves ouvertes vaudoises : nous vous accueillons au caveau", "vendanges": "Vendanges : visites des vignes suspendues jusqu'à mi-octobre",
          "noel": "Coffrets de Noël disponibles dans la boutique", "none": ""}


def tab_link(n, name, current):
    return ('<a data-w-tab="%s" class="legal-tab-link w-inline-block w-tab-link%s" id="w-tabs-0-data-w-tab-%d" href="#w-tabs-0-data-w-pane-%d" role="tab" '
            'aria-controls="w-tabs-0-data-w-pane-%d" aria-selected="%s"%s><div>%s</div></a>'
            % (name, " w--current" if current else "", n, n, n, "true" if current else "false", "" if current else ' tabindex="-1"', name))


def tab_pane(n, name, inner, current):
    return ('<div data-w-tab="%s" class="w-tab-pane%s" id="w-tabs-0-data-w-pane-%d" role="tabpanel" aria-labelledby="w-tabs-0-data-w-tab-%d">'
            '<div class="legal-richtext w-richtext">%s</div></div>' % (name, " w--tab-active" if current else "", n, n, inner))


def render(s, blocks, when):
    names = ["Mentions légales", "Protection des données", "Conditions générales de vente"]
    inners = [rich(C.parse_src(mentions_src(s))), rich(blocks), rich(C.parse_src(cgv_src(s)))]
    tabs = ('<div data-current="Mentions légales" data-easing="ease" data-duration-in="300" data-duration-out="100" class="legal-tabs w-tabs">'
            '<div class="legal-tabs-menu w-tab-menu" role="tablist">%s</div><div class="legal-tabs-content w-tab-content">%s</div></div>'
            % ("".join(tab_link(n, nm, n == 0) for n, nm in enumerate(names)),
               "".join(tab_pane(n, nm, inners[n], n == 0) for n, nm in enumerate(names))))
    pub = s["published"]
    ev = EVENTS[s["event"]]
    evh = '<div class="event-banner"><div class="event-banner-text">%s</div></div>' % ev if ev else ""
    cav = ('<div class="caveau-status is-open">Caveau ouvert aujourd\'hui de 16h à 19h</div>' if s["caveau"] == "ouvert"
           else '<div class="caveau-status">Caveau ouvert jeudi et vendredi 16h-19h, samedi 10h-16h</div>')
    return ('<!DOCTYPE html><!--  Last Published: %s GMT+0000 (Coordinated Universal Time)  -->'
            '<html data-wf-domain="www.chene-vert.ch" data-wf-page="6389f1c2a4e7b30012d4c9e1" data-wf-site="6389f1c2a4e7b3d8f7d4c9a0" lang="fr-CH">'
            '<head><meta charset="utf-8"><title>Mentions légales &amp; protection des données | Domaine du Chêne-Vert</title>'
            '<meta content="Mentions légales, déclaration de protection des données et conditions générales de vente du Domaine du Chêne-Vert à Féchy." name="description">'
            '<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">'
            '<link href="https://cdn.prod.website-files.com/6389f1c2a4e7b3d8f7d4c9a0/css/chene-vert.webflow.%s.min.css" rel="stylesheet" type="text/css">'
            '<script src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@%s/fs-cc.js" fs-cc-mode="opt-in"></script>'
            '<link href="%s" rel="canonical"></head>'
            '<body>%s<div class="navbar w-nav" data-animation="default" data-collapse="medium" role="banner"><div class="nav-container w-container">'
            '<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.com/6389f1c2a4e7b3d8f7d4c9a0/6389f2a8c1b0e4a7d2f3b5c6_logo-chene-vert.svg" loading="lazy" alt="Domaine du Chêne-Vert"></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/vins" class="nav-link w-nav-link">Nos vins</a><a href="/domaine" class="nav-link w-nav-link">Le domaine</a>'
            '<a href="/degustations" class="nav-link w-nav-link">Dégustations</a><a href="/boutique" class="nav-link w-nav-link">Boutique</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav>'
            '%s<div data-node-type="commerce-cart-wrapper" class="w-commerce-commercecartwrapper"><a href="#" data-node-type="commerce-cart-open-link" class="w-commerce-commercecartopenlink" role="button" aria-label="Ouvrir le panier">'
            '<div class="w-inline-block">Panier</div><div class="w-commerce-commercecartopenlinkcount">0</div></a></div></div></div>'
            '<section class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">Mentions légales &amp; protection des données</h1>%s</div></section>'
            '<footer class="footer"><div class="footer-container w-container"><div class="footer-text">Domaine du Chêne-Vert · Route de la Croix 12 · 1173 Féchy</div>'
            '<a href="/mentions-legales" class="footer-link">Mentions légales</a><a href="#" fs-cc="open-preferences" class="footer-link">Cookies</a>'
            '<div class="footer-text">L\'abus d\'alcool est dangereux pour la santé. À consommer avec modération.</div></div></footer>'
            '<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">En cliquant sur « Accepter », vous acceptez le stockage de cookies sur votre appareil pour analyser l\'utilisation du site. Consultez notre <a href="/mentions-legales" class="fs-cc-banner_text-link">déclaration de protection des données</a>.</div>'
            '<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Préférences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Refuser</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accepter</a></div></div></div>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6389f1c2a4e7b3d8f7d4c9a0" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="https://cdn.prod.website-files.com/6389f1c2a4e7b3d8f7d4c9a0/js/webflow.%s.js" type="text/javascript"></script></body></html>'
            % (pub.strftime("%a %b %d %Y %H:%M:%S"), s["css"], s["finsweet"], URL, evh, cav, tabs, s["css"][::-1]))


PAGE = {
    "service": "Domaine du Chêne-Vert", "url": URL, "lang": "fr-CH", "platform": "Webflow (Ecommerce)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 14), "end": dt.date(2026, 6, 22), "hours": (5, 6, 16, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['.w-tab-pane[data-w-tab="Protection des données"]']},
}
