"""Salon Lumière Coiffure - fr-CA hair salon (Montréal, Plateau and Laval) - Squarespace 7.0 (Brine family), moved
to Squarespace 7.1 (Fluid Engine) in June 2024; bookings through Acuity (Squarespace Scheduling)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://www.salonlumiere.ca/politique-de-confidentialite"
SWITCH = dt.datetime(2024, 6, 11, 15, 0)
OLD_ID = "block-yui_3_17_2_1_1618412345678_4821"
NEW_ID = "block-9f3c0e7a1b2d4c5e6f70"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["fr"][d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : le {UPDATED}

Chez Salon Lumière Coiffure inc., la protection de vos renseignements personnels est une priorité. La présente politique explique comment nous recueillons, utilisons, communiquons et conservons vos renseignements personnels lorsque vous prenez rendez-vous en ligne, visitez l'un de nos salons ou naviguez sur notre site Web, conformément à la Loi sur la protection des renseignements personnels dans le secteur privé du Québec.

## Renseignements que nous recueillons

- vos coordonnées : nom, numéro de téléphone et adresse courriel;
- l'historique de vos rendez-vous et les services reçus;
- votre fiche technique de coloration (formules, nuances, temps de pose);
- les allergies ou sensibilités du cuir chevelu que vous nous signalez;
- les renseignements de paiement, traités par notre fournisseur de paiement;
- des renseignements techniques recueillis au moyen de témoins (cookies).

## Utilisation de vos renseignements

Nous utilisons vos renseignements pour gérer vos rendez-vous, vous envoyer des rappels par texto ou par courriel, assurer la sécurité des soins capillaires, traiter vos paiements et cartes-cadeaux et, avec votre consentement, vous faire parvenir notre infolettre. Nous ne vendons jamais vos renseignements personnels.

## Communication à des tiers

Certains fournisseurs traitent vos renseignements pour notre compte :

| Fournisseur | Usage | Lieu d'hébergement |
| Squarespace Ireland Ltd. | Site Web et prise de rendez-vous (Acuity) | États-Unis |
| Square Canada inc. | Paiements en salon | Canada |
| Mailchimp (Intuit) | Infolettre | États-Unis |

Lorsque des renseignements sont communiqués à l'extérieur du Québec, nous réalisons au préalable une évaluation des facteurs relatifs à la vie privée et veillons à ce qu'ils bénéficient d'une protection adéquate.

## Conservation

Nous conservons votre dossier client pendant 3 ans après votre dernier rendez-vous, puis nous le détruisons de façon sécuritaire. Les pièces justificatives comptables sont conservées 6 ans, comme l'exigent les lois fiscales.

## Témoins (cookies)

Notre site utilise des témoins essentiels à son fonctionnement ainsi que des témoins de mesure d'audience. Vous pouvez refuser les témoins non essentiels au moyen de la bannière affichée lors de votre première visite.

## Vos droits

Vous pouvez demander l'accès à vos renseignements personnels, leur rectification ou le retrait de votre consentement. Vous pouvez aussi demander la désindexation ou la cessation de la diffusion d'un renseignement. Nous répondrons à votre demande dans un délai de 30 jours.

## Responsable de la protection des renseignements personnels

@ Mme Geneviève Tremblay, propriétaire
@ Salon Lumière Coiffure inc.
@ 4312, boulevard Saint-Laurent, Montréal (Québec) H2W 1Z3
@ [confidentialite@salonlumiere.ca](mailto:confidentialite@salonlumiere.ca)

Si vous n'êtes pas satisfait de notre réponse, vous pouvez porter plainte auprès de la Commission d'accès à l'information du Québec.
"""

EDITS = [
    {"note": "privacy officer changed (Geneviève Tremblay -> Marie-Ève Gagnon, gérante)",
     "repl": [("@ Mme Geneviève Tremblay, propriétaire", "@ Mme Marie-Ève Gagnon, gérante")]},
    {"note": "processor replaced: Mailchimp -> Klaviyo for the newsletter",
     "repl": [("| Mailchimp (Intuit) | Infolettre | États-Unis |", "| Klaviyo, Inc. | Infolettre et texto "
               "promotionnels | États-Unis |")]},
    {"note": "typo fixed: 'sécuritaire' -> 'sécurisée'", "bump": False,
     "repl": [("de façon sécuritaire.", "de façon sécurisée.")]},
    {"note": "list item added: photos before/after with consent",
     "repl": [("- les allergies ou sensibilités du cuir chevelu que vous nous signalez;",
               "- les allergies ou sensibilités du cuir chevelu que vous nous signalez;\n- les photos avant-après "
               "de votre coiffure, seulement si vous y consentez;")]},
    {"note": "new paragraph in Conservation: no-show deposit card data",
     "repl": [("comme l'exigent les lois fiscales.", "comme l'exigent les lois fiscales.\n\nLorsqu'un dépôt est "
               "exigé pour un rendez-vous de coloration, l'empreinte de votre carte est conservée par Square Canada "
               "inc. jusqu'à 7 jours après le rendez-vous.")]},
    {"note": "retention period 3 years -> 2 years",
     "repl": [("pendant 3 ans après votre dernier rendez-vous", "pendant 2 ans après votre dernier rendez-vous")]},
]

BARS = {1: "Cartes-cadeaux : -15 % jusqu'au 31 janvier", 2: "Saint-Valentin : brushing + soin à 65 $",
        6: "Fermé le 24 juin — Bonne Fête nationale!", 7: "Fermé le 1er juillet", 12: "Horaire des Fêtes : "
        "fermé du 25 décembre au 2 janvier", 9: "La rentrée : coupe enfant à 25 $"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.b64tok(rng, 16), C.hexs(rng, 24))}
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: (rng.randint(1600000000000, 1800000000000),
                                                             C.hexs(rng, 8)))
    s["bar"] = BARS.get(K.local(when, -5, -4).month, "Réservez en ligne 24 h sur 24")
    s["template"] = "7.1" if when >= SWITCH else "7.0"
    s["insta"] = C.keep_or(rng, prev.get("insta"), 0.7, lambda: tuple(C.alnum(rng, 11) for _ in range(6)))
    return s


LABELS = {"nonce": "per-request script nonce and page-load id", "css": "site.css version / vendors bundle hash",
          "bar": "announcement bar (season)", "template": "Squarespace 7.0 -> 7.1 migration (June 2024)",
          "insta": "Instagram summary block posts"}


def render(s, blocks, when):
    nonce, plid = s["nonce"]
    body = C.render_blocks(blocks, tags={"p": ' class="" style="white-space:pre-wrap;"'})
    insta = "".join('<div class="summary-item"><a href="https://www.instagram.com/p/%s/" class="summary-thumbnail-'
                    'container"><img data-src="https://images.squarespace-cdn.com/content/v1/61a4b2c3/%s.jpg"></a>'
                    '</div>' % (x, x) for x in s["insta"])
    common_head = ('<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" lang="fr-CA"><head>\n'
                   '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n<meta charset="utf-8">\n'
                   '<!-- This is Squarespace. --><!-- salon-lumiere-coiffure -->\n<base href="">\n'
                   '<title>Politique de confidentialité — Salon Lumière Coiffure</title>\n'
                   '<link rel="canonical" href="%s"/>\n'
                   '<script nonce="%s">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":'
                   '"314192535267336","rollups":{},"pageType":2,"website":{"id":"61a4b2c3d4e5f6a7b8c9d0e1","identifier"'
                   ':"salon-lumiere-coiffure","language":"fr-CA","timeZone":"America/Toronto"},"templateVersion":"%s",'
                   '"pageLoadId":"%s","showAnnouncementBar":true};</script>\n'
                   '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-'
                   'css/61a4b2c3d4e5f6a7b8c9d0e1/%d/5c5a519771c10ba3470d8101/61a4b2c3d4e5f6a7b8c9d0f0/1%s/site.css"/>\n'
                   '<script src="https://assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-%s-'
                   'min.fr-CA.js" crossorigin="anonymous" defer></script>\n</head>\n'
                   % (URL, nonce, s["template"], plid, s["css"][0] % 97, s["css"][1][:4], s["css"][1]))
    bar = ('<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement'
           '-bar-content"><div class="sqs-announcement-bar-text"><p>%s</p></div></div></div></div>' % C.esc(s["bar"]))
    foot = ('<footer class="Footer"><p>Salon Lumière Coiffure · 4312, boul. Saint-Laurent, Montréal · 514 555-0187'
            '</p><a href="https://salonlumiere.as.me/" class="sqs-block-button-element">Prendre rendez-vous</a>'
            '</footer>\n<script nonce="%s">Squarespace.afterBodyLoad(Y);</script>\n</body></html>\n' % nonce)
    if s["template"] == "7.0":
        return (common_head + '<body id="collection-61a4b2c3d4e5f6a7b8c9d0f5" class="header-overlay-alignment-center '
                'tweak-site-width-option-full-background ancillary-header-top-left-layout-horizontal '
                'announcement-bar-enabled">\n' + bar +
                '<header class="Header Header--top"><div class="Header-inner"><a href="/" class="Header-branding">'
                '<img src="https://images.squarespace-cdn.com/content/v1/61a4b2c3/logo.png" alt="Salon Lumière"></a>'
                '<nav class="Header-nav"><a href="/services" class="Header-nav-item">Services</a><a href="/equipe" '
                'class="Header-nav-item">Équipe</a><a href="/rendez-vous" class="Header-nav-item">Rendez-vous</a>'
                '</nav></div></header>\n<main class="Main Main--page"><section class="Main-content" data-content-field'
                '="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-61a4b2c3d4'
                'e5f6a7b8c9d0f5"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block '
                'html-block sqs-block-html" data-block-type="2" id="%s"><div class="sqs-block-content"><div class='
                '"sqs-html-content">%s</div></div></div>\n<div class="sqs-block instagram-block sqs-block-instagram" '
                'data-block-type="21" id="block-yui_3_17_2_1_1618412345678_9930"><div class="sqs-block-content">'
                '<div class="sqs-gallery-container">%s</div></div></div></div></div></div></section></main>\n'
                % (OLD_ID, body, insta) + foot)
    return (common_head + '<body id="collection-61a4b2c3d4e5f6a7b8c9d0f5" class="primary-button-style-solid '
            'primary-button-shape-pill header-width-full tweak-fixed-header-style-basic">\n' + bar +
            '<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header '
            'theme-col--primary"><div class="header-inner container--fluid"><div class="header-title-logo"><a href="/">'
            '<img src="https://images.squarespace-cdn.com/content/v1/61a4b2c3/logo-2024.png" alt="Salon Lumière">'
            '</a></div><nav class="header-nav-list"><div class="header-nav-item"><a href="/services">Services</a>'
            '</div><div class="header-nav-item"><a href="/equipe">Équipe</a></div><div class="header-nav-item"><a '
            'href="/rendez-vous">Rendez-vous</a></div></nav></div></header>\n<main id="page" class="container" '
            'role="main"><article class="sections" id="sections" data-page-sections="6661a2b3c4d5e6f7a8b9c0d1">'
            '<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section '
            'background-width--full-bleed section-height--medium"><div class="content-wrapper"><div class="content">'
            '<div class="fluid-engine fe-6661a2b3c4d5e6f7a8b9c0d2"><div class="fe-block fe-block-yui_3_17_2_1_1718'
            '1234_5521"><div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii=\''
            '{&quot;topLeft&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0}}\' id="%s"><div class='
            '"sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>%s</div></div></div>'
            '</div></div></div></div></section>\n<section data-test="page-section" class="page-section"><div class='
            '"content-wrapper"><div class="sqs-block instagram-block">%s</div></div></section></article></main>\n'
            '</div>\n' % (NEW_ID, body, insta) + foot)


PAGE = {
    "service": "Salon Lumière Coiffure", "url": URL, "lang": "fr-CA", "platform": "Squarespace 7.0 -> 7.1",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 2, 28), "hours": (4, 10, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#%s .sqs-html-content" % NEW_ID]},
    "history": [{"fetch": URL, "select": ["#%s .sqs-html-content" % OLD_ID], "validUntil": "2024-06-11T15:00:00Z"}],
}
