"""Le Nuage Vape Store - fr-BE vape shop chain (Liège, Namur, Charleroi; no online sale of e-cigarettes in Belgium,
a catalogue with store locator and loyalty card) - Lightspeed eCom (C-Series theme) textpage."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://www.lenuage-vape.be/fr/service/privacy-policy/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("fr", d), d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Le Nuage SRL exploite les magasins Le Nuage Vape Store de Liège, Namur et Charleroi ainsi que le site
lenuage-vape.be. Conformément à la loi belge, nous ne vendons pas de cigarettes électroniques ni de liquides à
distance : le site présente notre catalogue et nos magasins, et les achats se font uniquement en magasin, après
vérification de l'âge. La présente politique explique comment nous traitons vos données personelles.

## Responsable du traitement

@ Le Nuage SRL
@ Rue Saint-Gilles 48
@ 4000 Liège
@ BCE 0734.512.889
@ [privacy@lenuage-vape.be](mailto:privacy@lenuage-vape.be)

## Quelles données collectons-nous ?

- vos nom, prénom, adresse e-mail et numéro de téléphone lorsque vous créez une carte de fidélité ;
- l'historique de vos achats en magasin liés à votre carte de fidélité ;
- les messages que vous nous envoyez via le formulaire de contact ;
- des données techniques de navigation (adresse IP, type de navigateur, pages consultées).

## Pourquoi utilisons-nous vos données ?

Nous utilisons vos données pour gérer votre carte de fidélité et vos avantages (un flacon de 10 ml offert tous
les dix achats), pour répondre à vos questions, pour vous informer de nos nouveautés si vous y avez consenti, et
pour assurer la sécurité du site.

La base juridique est l'exécution du contrat de fidélité, votre consentement pour la newsletter et les cookies
non essentiels, et notre intérêt légitime pour la sécurité et l'amélioration de nos services.

## Vérification de l'âge

La vente de produits du tabac et de cigarettes électroniques est interdite aux moins de 18 ans. En magasin, nous
pouvons vous demander votre carte d'identité. Nous ne scannons ni ne conservons votre carte : le vendeur vérifie
seulement votre date de naissance.

## Destinataires

Vos données ne sont jamais vendues. Elles sont accessibles à notre personnel et à nos sous-traitants :

| Sous-traitant | Finalité | Localisation |
| Lightspeed Commerce | Hébergement du site et caisse enregistreuse | Belgique / Canada |
| Mailchimp (Intuit Inc.) | Envoi de la newsletter | États-Unis |
| Google Ireland Ltd | Statistiques de fréquentation (Google Analytics) | Irlande / États-Unis |

Lorsque des données sont transférées hors de l'Espace économique européen, ce transfert est encadré par les
clauses contractuelles types de la Commission européenne.

## Durée de conservation

Les données de votre carte de fidélité sont conservées tant que la carte est active et supprimées après 3 ans
d'inactivité. Les messages du formulaire de contact sont supprimés après 12 mois. Les données comptables sont
conservées 7 ans conformément au droit belge.

## Cookies

Nous utilisons des cookies nécessaires au fonctionnement du site et, avec votre accord, des cookies de mesure
d'audience. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de page.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition.
Vous pouvez retirer votre consentement à tout moment. Pour exercer vos droits, écrivez-nous à
[privacy@lenuage-vape.be](mailto:privacy@lenuage-vape.be) en joignant une preuve d'identité.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une plainte auprès de l'Autorité de
protection des données, rue de la Presse 35, 1000 Bruxelles
([www.autoriteprotectiondonnees.be](https://www.autoriteprotectiondonnees.be)).
"""

EDITS = [
    {"note": "data list: date of birth item added (age verification for the loyalty card)",
     "repl": [("- l'historique de vos achats en magasin",
               "- votre date de naissance, pour vérifier que vous êtes majeur ;\n"
               "- l'historique de vos achats en magasin")]},
    {"note": "processor replaced: Mailchimp -> Brevo (Sendinblue SAS, France)",
     "repl": [("| Mailchimp (Intuit Inc.) | Envoi de la newsletter | États-Unis |",
               "| Brevo (Sendinblue SAS) | Envoi de la newsletter et des SMS | France |")]},
    {"note": "typo fixed 'personelles' -> 'personnelles' (no new date)", "bump": False,
     "repl": [("vos données personelles.", "vos données personnelles.")]},
    {"note": "controller address changed (Rue Saint-Gilles 48 -> Boulevard de la Sauvenière 112)",
     "repl": [("@ Rue Saint-Gilles 48", "@ Boulevard de la Sauvenière 112")]},
    {"note": "new section: camera surveillance in the shops",
     "repl": [("## Destinataires\n", "## Surveillance par caméras\n\nNos magasins sont équipés de caméras de "
               "surveillance signalées par un pictogramme. Les images sont conservées 30 jours au maximum, sauf "
               "si elles sont nécessaires à la preuve d'une infraction, et ne sont transmises qu'à la police.\n\n"
               "## Destinataires\n")]},
    {"note": "loyalty retention shortened from 3 to 2 years of inactivity; Mollie row added for gift cards",
     "repl": [("supprimées après 3 ans\nd'inactivité.", "supprimées après 2 ans\nd'inactivité."),
              ("| Google Ireland Ltd |", "| Mollie B.V. | Paiement des cartes cadeaux en ligne | Pays-Bas |\n"
               "| Google Ireland Ltd |")]},
]

STORES = [("Liège", "Boulevard de la Sauvenière 112"), ("Namur", "Rue de Fer 27"),
          ("Charleroi", "Rue de la Montagne 9")]
PRODUCTS = [("Vaporesso XROS 4", 29.9), ("Geekvape Aegis Legend 3", 64.9), ("Liquide Fuu Prime 10 ml", 5.9),
            ("Smok Nord 5", 39.9), ("Aspire Flexus Q", 24.9), ("Lost Vape Ursa Nano 2", 27.9),
            ("Liquide Savourea Fraise 10 ml", 5.5), ("Innokin Coolfire Z80", 49.9),
            ("Résistances XROS 0,8 Ω (x4)", 11.9)]
DEPLOYS = K.deploys("lenuage", dt.date(2021, 9, 2), 30, 55)
BANNERS = {"bf": "Black Friday : -20 % sur le matériel en magasin",
           "xmas": "Coffrets cadeaux de fin d'année en magasin",
           "summer": "Horaires d'été : nos magasins ouvrent à 11 h", "sales": "Soldes d'hiver sur les kits débutants",
           None: "Carte fidélité : votre 10e flacon offert"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"key": C.hexs(rng, 32), "gtm": C.alnum(rng, 22)}
    s["new"] = C.keep_or(rng, prev.get("new"), 0.6, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["theme"] = K.deploy(DEPLOYS, when)
    s["banner"] = K.season(when)
    loc = K.local(when)
    s["open"] = tuple(9 <= loc.hour < 19 and loc.weekday() < 6 for _ in STORES[:1]) + (loc.weekday(),)
    return s


LABELS = {"key": "newsletter form hidden key per request", "gtm": "analytics client id in dataLayer",
          "new": "'Nouveautés' product slider (4 random items, prices)", "theme": "theme asset ?timestamp per deploy",
          "banner": "seasonal top banner", "open": "header store status (open/closed, today's hours)"}


def render(s, blocks, when):
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    wd = s["open"][-1]
    status = ("Ouvert aujourd'hui (%s) de 10 h à 18 h 30" % days[wd]) if wd < 6 else "Fermé le dimanche"
    stores = "".join('<li class="store"><a href="/fr/service/magasins/#%s">%s</a><span>%s</span></li>'
                     % (c.lower(), c, C.esc(a)) for c, a in STORES)
    prods = "".join('<div class="product-block col-xs-6 col-md-3"><a href="/fr/%s.html" class="image-wrap">'
                    '<img src="https://cdn.webshopapp.com/shops/312345/files/%d/280x280x2/image.jpg" alt=""></a>'
                    '<div class="info"><a class="title" href="/fr/%s.html">%s</a><div class="price">€%s</div>'
                    '<span class="in-store">Disponible en magasin</span></div></div>'
                    % (C.det_sha(n)[:8], 400000000 + k * 7919, C.det_sha(n)[:8], C.esc(n),
                       ("%.2f" % p).replace(".", ","))
                    for k, (n, p) in ((k, PRODUCTS[k]) for k in s["new"]))
    body = C.render_blocks(blocks, tags={"table": ' class="table"'})
    th = s["theme"]
    return ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8"/>\n'
            '<title>Politique de confidentialité - Le Nuage Vape Store</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<link rel="canonical" href="%s"/>\n'
            '<link rel="alternate" hreflang="nl" href="https://www.lenuage-vape.be/nl/service/privacy-policy/"/>\n'
            '<link rel="stylesheet" href="https://cdn.webshopapp.com/shops/312345/themes/174583/'
            'assets/style.css?%s"/>\n'
            '<link rel="stylesheet" href="https://cdn.webshopapp.com/shops/312345/themes/174583/'
            'assets/settings.css?%s"/>\n'
            '<script src="https://cdn.webshopapp.com/assets/jquery-1-9-1.js?2024-01-09"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"shop_id":312345,"page":"service",'
            '"language":"fr","client_id":"%s"});</script>\n'
            '</head>\n<body class="page-service lang-fr">\n'
            '<div class="top-banner">%s</div>\n'
            '<header id="header"><div class="wrapper"><div class="store-status"><i class="icon-clock"></i>'
            ' Liège : %s</div>'
            '<a class="logo" href="https://www.lenuage-vape.be/fr/"><img '
            'src="https://cdn.webshopapp.com/shops/312345/themes/'
            '174583/assets/logo.png?%s" alt="Le Nuage Vape Store"></a>'
            '<nav class="main-nav"><ul><li><a href="/fr/e-cigarettes/">E-cigarettes</a></li><li>'
            '<a href="/fr/e-liquides/">'
            'E-liquides</a></li><li><a href="/fr/accessoires/">Accessoires</a></li><li><a href="/fr/service/magasins/">'
            'Nos magasins</a></li><li><a href="/fr/fidelite/">Carte fidélité</a></li></ul></nav></div></header>\n'
            '<div class="wrapper"><div class="breadcrumbs"><a href="/fr/">Accueil</a> / <a href="/fr/service/">Service '
            'client</a> / <span>Politique de confidentialité</span></div>\n'
            '<div class="row"><div class="col-md-3 sidebar"><ul class="service-menu"><li><a href="/fr/service/about/">'
            'À propos</a></li><li><a href="/fr/service/general-terms-conditions/">Conditions générales</a></li><li '
            'class="active"><a href="/fr/service/privacy-policy/">Politique de confidentialité</a></li><li><a href='
            '"/fr/service/magasins/">Nos magasins</a></li></ul></div>\n'
            '<div class="col-md-9"><div class="page info"><div class="textpage">\n%s\n</div></div></div></div>\n'
            '<div class="products-slider"><h3>Nouveautés en magasin</h3><div class="row">%s</div></div></div>\n'
            '<footer id="footer"><div class="wrapper"><div class="stores"><h4>Nos magasins</h4><ul>%s</ul></div>'
            '<div class="newsletter"><form action="https://www.lenuage-vape.be/fr/account/newsletter/" method="post">'
            '<input type="hidden" name="key" value="%s"/><input type="email" name="email" placeholder="Votre e-mail"/>'
            '<button type="submit">S\'inscrire</button></form></div><p class="legal">Vente interdite aux moins de 18 '
            'ans. © %d Le Nuage SRL - <a href="/fr/service/privacy-policy/">Vie privée</a> - Propulsé par <a href="'
            'https://www.lightspeedhq.be/" rel="nofollow">Lightspeed</a></p></div></footer>\n'
            '<div id="age-gate" class="modal" data-cookie="agecheck"><div class="modal-inner"><p>Ce site est réservé '
            'aux personnes majeures. Avez-vous 18 ans ou plus ?</p><a class="btn yes">Oui</a><a class="btn no" '
            'href="https://www.google.be">Non</a></div></div>\n'
            '<script src="https://cdn.webshopapp.com/shops/312345/themes/174583/assets/global.js?%s"></script>\n'
            '</body>\n</html>\n'
            % (URL, th, th, s["gtm"], C.esc(BANNERS[s["banner"]]), status, th, body, prods, stores, s["key"],
               when.year, th))


PAGE = {
    "service": "Le Nuage Vape Store", "url": URL, "lang": "fr-BE", "platform": "Lightspeed eCom",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 3, 20), "hours": (2, 3, 4, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".textpage"]},
}
