"""Brussels drinks-delivery service (beers, wines, softs, spirits; returnable empties) on Magento 2.4 (Luma-based
theme, Page Builder): the CMS page "Informations légales" holds two Page Builder tabs, the terms of sale
("Conditions générales de vente", first, open) and the privacy policy ("Vie privée", second, hidden until
clicked); the curators track the privacy tab by its `data-tab-name`. Per visit: the form_key in the hidden inputs
and the authentication popup's config; volatile: the weekly promo code in the header's CMS block, the static-content
deploy version in every asset URL, and the terms-of-sale tab beside the policy, revised once (delivery fee and
minimum order) without any change to the privacy tab. TinyMCE's French non-breaking spaces before : ; ? !."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.tonneauvolant.be/fr/informations-legales"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
## Politique de protection de la vie privée

Dernière mise à jour : {UPDATED}

Tonneau Volant vous livre bières, vins, softs et spiritueux à domicile ou au bureau, à Bruxelles et dans le Brabant wallon, et reprend vos vidanges. La présente politique explique quelles données à caractère personnel nous traitons lorsque vous utilisez notre webshop, notre application ou notre service clientèle, pourquoi nous le faisons et quels sont vos droits. Elle s'applique conformément au Règlement général sur la protection des données (RGPD) et à la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel.

### Qui est responsable du traitement ?

@ Tonneau Volant SRL
@ Chaussée de Waterloo 1141, 1180 Uccle
@ Numéro d'entreprise : BE 0745.612.389
@ E-mail : [privacy@tonneauvolant.be](mailto:privacy@tonneauvolant.be)
@ Téléphone : 02 375 70 90

### Quelles données collectons-nous ?

- **Données de compte** : nom, prénom, adresse e-mail, numéro de GSM, mot de passe (chiffré), langue préférée.
- **Données de livraison** : adresse, étage, code d'accès de l'immeuble, instructions pour le livreur, créneau de livraison choisi.
- **Données de commande et de paiement** : produits commandés, montant, vidanges rapportées, mode de paiement (Bancontact, carte de crédit, Payconiq). Nous ne voyons jammais le numéro complet de votre carte.
- **Âge** : votre date de naissance, pour vérifier que vous avez l'âge légal. Le livreur peut vous demander votre carte d'identité à la livraison ; il ne la copie pas et ne l'enregistre pas.
- **Données de navigation** : adresse IP, type d'appareil, pages consultées, cookies.
- **Échanges avec le service clientèle** : e-mails, messages via le chat, réclamations et avis.

Conformément à la loi du 24 janvier 1977, nous ne vendons pas de bière ni de vin aux moins de 16 ans, ni de spiritueux ou de boissons spiritueuses aux moins de 18 ans. Si l'âge du destinataire ne peut pas être vérifié, la commande n'est pas livrée.

### Pourquoi utilisons-nous vos données ?

| Finalité | Base juridique | Durée de conservation |
| Traiter et livrer vos commandes, reprendre les vidanges | exécution du contrat | 3 ans après la dernière commande |
| Vérifier l'âge légal | obligation légale | jusqu'à la livraison |
| Facturation et comptabilité | obligation légale | 7 ans |
| Gestion du compte client et du programme de fidélité « Bouchons » | exécution du contrat | jusqu'à la suppression du compte |
| Newsletter et offres personnalisées | consentement | jusqu'au retrait du consentement |
| Statistiques et amélioration du webshop | consentement (cookies) | 14 mois |
| Prévention de la fraude et des impayés | intérêt légitime | 1 an |

Nous n'utilisons pas vos données pour prendre des décisions entièrement automatisées qui vous affectent de manière significative.

### Avec qui partageons-nous vos données ?

Nous ne vendons jamais vos données. Nous faisons appel aux sous-traitants suivants, qui agissent uniquement sur nos instructions :

| Sous-traitant | Service | Localisation |
| Mollie B.V. | paiements en ligne (Bancontact, cartes, Payconiq) | Pays-Bas |
| Hypernode (Byte B.V.) | hébergement du webshop | Pays-Bas |
| Onfleet Inc. | planification des tournées de livraison | États-Unis |
| Klaviyo Inc. | e-mails transactionnels et newsletter | États-Unis |
| Zendesk Inc. | service clientèle et chat | Union européenne |
| Google Ireland Ltd | statistiques (Google Analytics) et validation des adresses (Google Maps) | Irlande |

Nos livreurs reçoivent uniquement votre nom, votre adresse, votre numéro de GSM et vos instructions de livraison, le temps de la tournée.

Nous pouvons également transmettre vos données aux autorités lorsque la loi nous y oblige, par exemple à l'administration fiscale ou à la police sur réquisition.

### Programme de parrainage

Si vous parrainez un ami, nous utilisons l'adresse e-mail que vous nous communiquez uniquement pour lui envoyer une seule invitation de votre part, avec votre prénom. Nous ne lui envoyons aucun autre message s'il ne crée pas de compte, et son adresse est supprimée après 30 jours. Merci de ne nous transmettre que les coordonnées de personnes majeures qui sont d'accord de recevoir cette invitation.

### Commandes pour les entreprises et les événements

Lorsqu'une entreprise commande des boissons pour un événement ou pour son personnel, nous traitons les coordonnées de la personne de contact et, le cas échéant, du responsable sur place qui réceptionne la livraison et les fûts. Ces données sont conservées aussi longtemps que la relation commerciale se poursuit.

### Transferts hors de l'Espace économique européen

Certains sous-traitants (Onfleet, Klaviyo, Google) peuvent traiter des données aux États-Unis. Ces transferts sont encadrés par le cadre de protection des données UE–États-Unis (EU-U.S. Data Privacy Framework) ou, à défaut, par les clauses contractuelles types de la Commission européenne.

### Cookies

Nous utilisons des cookies strictement nécessaires au fonctionnement du panier, de la connexion et du choix de la langue. Les cookies de statistiques et de marketing ne sont déposés qu'avec votre consentement, que vous pouvez modifier à tout moment via le lien « Préférences cookies » en bas de chaque page.

### Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement à tout moment. Pour exercer ces droits, écrivez-nous à l'adresse e-mail ci-dessus. Nous vous répondrons dans un délai d'un mois ; si votre demande est complexe, ce délai peut être prolongé de deux mois, et nous vous en informerons.

Vous pouvez vous désinscrire de la newsletter à tout moment grâce au lien présent dans chaque e-mail, ou depuis votre compte client, rubrique « Mes abonnements ».

Si vous estimez que vos données ne sont pas traitées correctement, vous pouvez introduire une plainte auprès de l'Autorité de protection des données :

@ Autorité de protection des données
@ Rue de la Presse 35, 1000 Bruxelles
@ [www.autoriteprotectiondonnees.be](https://www.autoriteprotectiondonnees.be)

### Sécurité

Nous protégeons vos données par des mesures techniques et organisationnelles adaptées : connexion chiffrée (HTTPS), mots de passe hachés, accès limités au personnel qui en a besoin, sauvegardes régulières. Les tablettes de nos livreurs sont verrouillées par code et peuvent être effacées à distance en cas de perte.

### Modifications

Nous pouvons adapter cette politique, par exemple lorsque nous ajoutons un service ou un sous-traitant. La date de la dernière mise à jour figure en haut de cette page. En cas de changement important, nous vous prévenons par e-mail.
"""

EDITS = [
    {"note": "typo fixed (jammais -> jamais), date not bumped", "bump": False,
     "repl": [("Nous ne voyons jammais le numéro", "Nous ne voyons jamais le numéro")]},
    {"note": "bpost added to the processors table",
     "repl": [("| Onfleet Inc. |",
               "| bpost SA | livraison des colis hors de notre zone de livraison | Belgique |\n| Onfleet Inc. |")]},
    {"note": "accounting records kept 10 years instead of 7",
     "repl": [("| Facturation et comptabilité | obligation légale | 7 ans |",
               "| Facturation et comptabilité | obligation légale | 10 ans |")]},
    {"note": "sentence on drivers' geolocation retention added",
     "repl": [("le temps de la tournée.",
               "le temps de la tournée. La position GPS du livreur est enregistrée pendant la tournée pour "
               "vous indiquer l'heure d'arrivée ; elle est effacée 30 jours après la livraison.")]},
    {"note": "section on the mobile app (push notifications, location) added",
     "repl": [("### Cookies\n",
               "### Application mobile\n\n"
               "Si vous utilisez notre application iOS ou Android, nous traitons en plus un identifiant de "
               "l'appareil pour vous envoyer des notifications sur le suivi de votre commande et, si vous "
               "l'acceptez, sur nos promotions. La localisation de votre téléphone n'est utilisée que si vous "
               "l'autorisez, pour proposer votre adresse de livraison ; elle n'est pas conservée. Vous pouvez "
               "désactiver les notifications et la localisation à tout moment dans les réglages de votre "
               "téléphone.\n\n### Cookies\n")]},
    {"note": "registered office moved (address changed)",
     "repl": [("@ Chaussée de Waterloo 1141, 1180 Uccle", "@ Rue de Stalle 142, 1180 Uccle")]},
]

CGV = [
    ("Article 1 – Champ d'application",
     "Les présentes conditions générales s'appliquent à toute commande passée sur le webshop ou l'application "
     "Tonneau Volant par un consommateur ou une entreprise."),
    ("Article 2 – Commande et âge",
     "En passant commande, vous confirmez avoir au moins 16 ans, ou 18 ans si la commande contient des "
     "spiritueux. Le livreur peut demander une pièce d'identité."),
    ("Article 3 – Prix et livraison",
     "Les prix sont indiqués en euros, TVA comprise. Les frais de livraison s'élèvent à {fee} € par commande, "
     "offerts dès {free} € d'achat. Le montant minimum de commande est de {min} €."),
    ("Article 4 – Vidanges",
     "Les consignes des bouteilles et des casiers sont facturées séparément et remboursées sur votre compte "
     "client lors de la reprise des vidanges par notre livreur."),
    ("Article 5 – Droit de rétractation",
     "Conformément au Code de droit économique, le droit de rétractation ne s'applique pas aux boissons dont "
     "le prix dépend des fluctuations du marché ni aux produits périssables ouverts."),
]
CGV_REV = [(dt.datetime(2000, 1, 1), {"fee": "4,95", "free": "60", "min": "25"}),
           (dt.datetime(2023, 9, 4), {"fee": "5,95", "free": "75", "min": "30"})]

PROMOS = [("KRIEK15", "-15 % sur les gueuzes et krieks"), ("TRAPPIST10", "-10 % sur toutes les trappistes"),
          ("APERO", "un bac de softs offert dès 80 € d'achat"), ("BULLES20", "-20 % sur les crémants et cavas"),
          ("LIVRAISON0", "livraison gratuite dès 40 € ce week-end"), ("SAISON12", "-12 % sur les bières de saison"),
          ("VINBIO", "-15 % sur notre sélection de vins bio"), ("GIN10", "-10 % sur les gins belges")]


def promo_of(when):
    y, w, _ = when.isocalendar()
    return PROMOS[(y * 53 + w) % len(PROMOS)] + ("S%02d" % w,)


def noise(rng, when, i, prev):
    prev = prev or {}
    ep = C.epoch(when)
    cgv = max(k for k, (since, _) in enumerate(CGV_REV) if when >= since)
    return {
        "form_key": C.alnum(rng, 16),
        "static": C.keep_or(rng, prev.get("static"), 0.18, lambda: ep - rng.randint(3600, 20 * 86400)),
        "promo": promo_of(when),
        "cgv": cgv,
    }


LABELS = {"form_key": "per-visit form_key", "static": "static-content deploy version in asset URLs",
          "promo": "weekly promo code in the header", "cgv": "terms-of-sale tab (beside the policy) revised"}

FR_SP = re.compile(r" ([:;?!»])")


def fr_text(raw):
    t = html.escape(raw, quote=False)
    t = FR_SP.sub(lambda m: "&nbsp;" + m.group(1), t)
    return t.replace("« ", "«&nbsp;")


def il(t):
    return C.inline_html(t, text=fr_text)


def tiny(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, il(v), kind)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>\n" + "\n".join("<li>%s</li>" % il(x) for x in v) + "\n</ul>"
    if kind == "addr":
        return "<p>" + "<br>".join(il(x) for x in v) + "</p>"
    if kind == "table":
        w = "%.2f%%" % (100.0 / len(v[0]))
        rows = ["<tr>%s</tr>" % "".join('<td style="width: %s;"><strong>%s</strong></td>' % (w, il(c)) for c in v[0])]
        rows += ["<tr>%s</tr>" % "".join('<td style="width: %s;">%s</td>' % (w, il(c)) for c in r) for r in v[1:]]
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1">\n<tbody>\n%s\n</tbody>\n</table>'
                % "\n".join(rows))
    raise ValueError(kind)


MENU = [("bieres", "Bières"), ("vins", "Vins & bulles"), ("spiritueux", "Spiritueux"), ("softs", "Softs & eaux"),
        ("fûts", "Fûts & tireuses"), ("apero", "Apéro"), ("promos", "Promos")]


def render(s, blocks, when):
    sv = "version%d" % s["static"]
    st = "https://www.tonneauvolant.be/static/%s/frontend/Tonneau/default/fr_BE" % sv
    fk = s["form_key"]
    code, promo, wk = s["promo"]
    rev = CGV_REV[s["cgv"]][1]
    cgv = "\n".join("<h3>%s</h3>\n<p>%s</p>" % (il(h), il(t.format(**rev))) for h, t in CGV)
    policy = "\n".join(tiny(b) for b in blocks)
    menu = "".join('<li  class="level0 nav-%d category-item%s level-top"><a href="https://www.tonneauvolant.be/fr/%s.html"'
                   '  class="level-top" ><span>%s</span></a></li>' % (k + 1, " first" if k == 0 else
                                                                       " last" if k == len(MENU) - 1 else "",
                                                                       u.replace("û", "u"), t)
                   for k, (u, t) in enumerate(MENU))
    pb = lambda n: C.det_sha("pb", n)[:7].upper()
    return """<!doctype html>
<html lang="fr">
    <head >
        <script>
    var LOCALE = 'fr\\u002DBE';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.tonneauvolant.be\\u002Ffr\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.tonneauvolant.be\\u002Fstatic\\u002F%(sv)s\\u002Ffrontend\\u002FTonneau\\u002Fdefault\\u002Ffr_BE'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Informations légales"/>
<meta name="description" content="Conditions générales de vente et politique de protection de la vie privée de Tonneau Volant, livraison de boissons à Bruxelles."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Informations légales | Tonneau Volant</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/Magento_PageBuilder/css/pagebuilder.min.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(st)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(st)s/css/print.css" />
<script  type="text/javascript"  src="%(st)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(st)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(st)s/requirejs-config.js"></script>
<link rel="preload" as="font" crossorigin="anonymous" href="%(st)s/fonts/opensans/regular/opensans-400.woff2" />
<link  rel="icon" type="image/x-icon" href="%(st)s/Magento_Theme/favicon.ico" />
<link  rel="canonical" href="%(url)s" />
<link  rel="alternate" hreflang="nl-BE" href="https://www.tonneauvolant.be/nl/juridische-informatie" />
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7T4W2P');</script>
<style>#html-body [data-pb-style=%(pb1)s]{justify-content:flex-start;display:flex;flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll}#html-body [data-pb-style=%(pb2)s]{text-align:left;margin:0 0 20px}#html-body [data-pb-style=%(pb3)s]{justify-content:flex-start;display:flex;flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll;min-height:300px;padding:20px}</style>    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(st)s/images/loader-2.gif"}}'
        id="html-body" class="cms-informations-legales cms-page-view page-layout-1column">
        

<div class="cookie-status-message" id="cookie-status">
    Le magasin ne fonctionnera pas correctement si les cookies sont désactivés.</div>
<script type="text&#x2F;javascript">document.querySelector("#cookie-status").style.display = "none";</script>
<script type="text/x-magento-init">
    {
        "*": {
            "cookieStatus": {}
        }
    }
</script>

<script type="text/x-magento-init">
    {
        "*": {
            "mage/cookies": {
                "expires": null,
                "path": "\\u002F",
                "domain": ".www.tonneauvolant.be",
                "secure": true,
                "lifetime": "3600"
            }
        }
    }
</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>Javascript est désactivé dans votre navigateur.</strong>
                    <span>
                        Pour une meilleure expérience sur notre site, assurez-vous d’activer JavaScript dans votre navigateur.                    </span>
                </p>
            </div>
        </div>
    </noscript>

<script>
    window.cookiesConfig = window.cookiesConfig || {};
    window.cookiesConfig.secure = true;
</script><script>    require.config({
        map: {
            '*': {
                wysiwygAdapter: 'mage/adminhtml/wysiwyg/tiny_mce/tinymceAdapter'
            }
        }
    });</script><div class="widget block block-static-block">
    <div class="age-gate" id="age-gate" data-mage-init='{"Tonneau_AgeGate/js/age-gate": {"minAge": 16, "cookie": "tv_age_ok"}}' style="display:none"><p class="age-gate__title">Vous avez 16 ans ou plus ?</p><p>Les spiritueux ne sont vendus qu'aux personnes de 18 ans et plus.</p><button type="button" class="action primary" data-role="age-yes">Oui, entrer</button> <a class="action secondary" href="https://www.tonneauvolant.be/fr/softs.html">Non, voir les softs</a></div>
</div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
   href="#contentarea">
    <span>
        Allez au contenu    </span>
</a>
<div class="widget block block-static-block">
    <div class="header-promo" data-week="%(wk)s"><p>Cette semaine&nbsp;: %(promo)s avec le code <strong>%(code)s</strong> &ndash; livraison le jour même si vous commandez avant 17h</p></div></div>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in"
              data-bind="text: new String('Bienvenue, %%1 !').
              replace('%%1', customer().fullname)">
        </span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in"
              data-bind="text: 'Santé ! Livraison de boissons à Bruxelles'"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "customer": {
                            "component": "Magento_Customer/js/view/customer"
                        }
                    }
                }
            }
        }
        </script>
    <li class="link authorization-link" data-label="ou">
    <a href="https://www.tonneauvolant.be/fr/customer/account/login/referer/aHR0cHM6Ly93d3cudG9ubmVhdXZvbGFudC5iZS9mci9pbmZvcm1hdGlvbnMtbGVnYWxlcw~~/"        >Se connecter</a>
</li>
<li><a href="https://www.tonneauvolant.be/fr/customer/account/create/" id="idT2zqK7Ld" >Créer un compte</a></li></ul>
<div class="switcher language switcher-language" data-ui-id="language-switcher" id="switcher-language">
    <strong class="label switcher-label"><span>Langue</span></strong>
    <div class="actions dropdown options switcher-options">
        <div class="action toggle switcher-trigger" id="switcher-language-trigger" data-mage-init='{"dropdown":{}}' data-toggle="dropdown" data-trigger-keypress-button="true">
            <strong class="view-fr"><span>FR</span></strong>
        </div>
        <ul class="dropdown switcher-dropdown" data-target="dropdown">
            <li class="view-nl switcher-option"><a href="https://www.tonneauvolant.be/fr/stores/store/redirect/___store/nl/___from_store/fr/uenc/aHR0cHM6Ly93d3cudG9ubmVhdXZvbGFudC5iZS9ubC9qdXJpZGlzY2hlLWluZm9ybWF0aWU~/">NL</a></li>
        </ul>
    </div>
</div>
</div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Basculer la navigation</span></span>
<a
    class="logo"
    href="https://www.tonneauvolant.be/fr/"
    title="Tonneau Volant"
    aria-label="store logo">
    <img src="%(st)s/images/logo.svg"
         title="Tonneau Volant"
         alt="Tonneau Volant"
            width="190"            height="48"    />
</a>

<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="https://www.tonneauvolant.be/fr/checkout/cart/"
       data-bind="scope: 'minicart_content'">
        <span class="text">Mon panier</span>
        <span class="counter qty empty"
              data-bind="css: { empty: !!getCartParam('summary_count') == false && !isLoading() },
               blockLoader: isLoading">
            <span class="counter-number">
                <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- /ko -->
            </span>
            <span class="counter-label">
            <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- ko i18n: 'items' --><!-- /ko -->
            <!-- /ko -->
            </span>
        </span>
    </a>
</div>
<div class="block block-search">
    <div class="block block-title"><strong>Rechercher</strong></div>
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form"
              action="https://www.tonneauvolant.be/fr/catalogsearch/result/" method="get">
                        <div class="field search">
                <label class="label" for="search" data-role="minisearch-label">
                    <span>Rechercher</span>
                </label>
                <div class="control">
                    <input id="search"
                           data-mage-init='{"quickSearch": {"formSelector": "#search_mini_form","url": "https://www.tonneauvolant.be/fr/search/ajax/suggest/","destinationSelector": "#search_autocomplete","minSearchLength": "3"}}'
                           type="text"
                           name="q"
                           value=""
                           placeholder="Une bière, un vin, un gin..."
                           class="input-text"
                           maxlength="128"
                           role="combobox"
                           aria-haspopup="false"
                           aria-autocomplete="both"
                           autocomplete="off"
                           aria-expanded="false"/>
                    <div id="search_autocomplete" class="search-autocomplete"></div>
                                    </div>
            </div>
            <div class="actions">
                <button type="submit"
                        title="Rechercher"
                        class="action search"
                        aria-label="Search"
                >
                    <span>Rechercher</span>
                </button>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
                <div class="section-items nav-sections-items"
             data-mage-init='{"tabs":{"openedState":"active"}}'>
                                            <div class="section-item-title nav-sections-item-title"
                     data-role="collapsible">
                    <a class="nav-sections-item-switch"
                       data-toggle="switch" href="#store.menu">
                        Menu                    </a>
                </div>
                <div class="section-item-content nav-sections-item-content"
                     id="store.menu"
                     data-role="content">
                    
<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
        %(menu)s            </ul>
</nav>
                </div>
                                    </div>
    </div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >Informations légales</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->
    <div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages">
        <div data-bind="attr: {
            class: 'message-' + message.type + ' ' + message.type + ' message',
            'data-ui-id': 'message-' + message.type
        }">
            <div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div>
        </div>
    </div>
    <!-- /ko -->
</div>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/","customerLoginUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/customer\\/ajax\\/login\\/","formKey":"%(fk)s"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        </div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/section-config": {
                "sections": {"stores\\/store\\/switch":["*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product","recently_compared_product","persistent"],"customer\\/account\\/loginpost":["*"],"checkout\\/cart\\/add":["cart","directory-data"]},
                "clientSideSections": ["checkout-data","cart-data"],
                "baseUrls": ["https:\\/\\/www.tonneauvolant.be\\/fr\\/","http:\\/\\/www.tonneauvolant.be\\/fr\\/"],
                "sectionNames": ["messages","customer","compare-products","last-ordered-items","cart","directory-data","captcha","instant-purchase","loggedAsCustomerOptIn","persistent","review","wishlist","recently_viewed_product","recently_compared_product","product_data_storage"]            }
        }
    }
</script>
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%(pb1)s"><div class="tab-align-left" data-content-type="tabs" data-appearance="default" data-active-tab="0" data-element="main" data-pb-style="%(pb2)s"><ul role="tablist" class="tabs-navigation" data-element="navigation"><li role="tab" class="tab-header" data-element="headers"><a href="#%(t1)s" class="tab-title"><span class="tab-title">Conditions générales de vente</span></a></li><li role="tab" class="tab-header" data-element="headers"><a href="#%(t2)s" class="tab-title"><span class="tab-title">Vie privée</span></a></li></ul><div class="tabs-content" data-element="content"><div data-content-type="tab-item" data-appearance="default" data-tab-name="Conditions générales de vente" data-background-images="{}" data-element="main" id="%(t1)s" data-pb-style="%(pb3)s"><div data-content-type="text" data-appearance="default" data-element="main"><h2>Conditions générales de vente</h2>
%(cgv)s</div></div><div data-content-type="tab-item" data-appearance="default" data-tab-name="Vie privée" data-background-images="{}" data-element="main" id="%(t2)s" data-pb-style="%(pb3)s"><div data-content-type="text" data-appearance="default" data-element="main">%(policy)s</div></div></div></div></div></div></div></div></main><footer class="page-footer"><div class="footer content"><div class="block newsletter">
    <div class="title"><strong>Newsletter</strong></div>
    <div class="content">
        <form class="form subscribe"
            novalidate
            action="https://www.tonneauvolant.be/fr/newsletter/subscriber/new/"
            method="post"
            data-mage-init='{"validation": {"errorClass": "mage-error"}}'
            id="newsletter-validate-detail">
            <div class="field newsletter">
                <div class="control">
                    <label for="newsletter">
                        <span class="label">
                            Inscrivez-vous à notre newsletter :                        </span>
                        <input name="email" type="email" id="newsletter"
                               placeholder="Entrez votre adresse e-mail"
                               data-mage-init='{"mage/trim-input":{}}'
                               data-validate="{required:true, 'validate-email':true}"
                        />
                    </label>
                </div>
            </div>
            <div class="actions">
                <button class="action subscribe primary"
                        title="S&#x2019;abonner"
                        type="submit"
                        aria-label="Subscribe">
                    <span>S&#x2019;abonner</span>
                </button>
            </div>
        </form>
    </div>
</div>
<div class="widget block block-static-block">
    <ul class="footer links"><li class="nav item"><a href="https://www.tonneauvolant.be/fr/livraison">Zones et créneaux de livraison</a></li><li class="nav item"><a href="https://www.tonneauvolant.be/fr/vidanges">Vidanges</a></li><li class="nav item"><a href="https://www.tonneauvolant.be/fr/informations-legales">Informations légales</a></li><li class="nav item"><a href="#" class="cookie-preferences">Préférences cookies</a></li><li class="nav item"><a href="https://www.tonneauvolant.be/fr/contact">Contact</a></li></ul>
<p class="responsible">L'abus d'alcool est dangereux pour la santé, à consommer avec modération. Pas de vente d'alcool aux moins de 16 ans, pas de spiritueux aux moins de 18 ans.</p></div>
</div></footer><script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "storage-manager": {
                            "component": "Magento_Catalog/js/storage-manager",
                            "appendTo": "",
                            "storagesConfiguration" : {"recently_viewed_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"recently_compared_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"product_data_storage":{"updateRequestConfig":{"url":"https:\\/\\/www.tonneauvolant.be\\/fr\\/rest\\/fr\\/V1\\/products-render-info"},"requestConfig":{"syncUrl":"https:\\/\\/www.tonneauvolant.be\\/fr\\/catalog\\/product\\/frontend_action_synchronize\\/"},"allowToSendRequest":null}}                        }
                    }
                }
            }
        }
</script>
<small class="copyright">
    <span>&copy; %(year)d Tonneau Volant SRL &ndash; BE 0745.612.389</span>
</small>
</div>    </body>
</html>
""" % {"sv": sv, "st": st, "url": URL, "fk": fk, "code": code, "promo": fr_text(promo), "wk": wk,
       "menu": menu, "t1": "CGV" + pb("t1")[:4], "t2": "PRV" + pb("t2")[:4], "pb1": pb(1), "pb2": pb(2),
       "pb3": pb(3), "cgv": cgv, "policy": policy, "year": when.year}


PAGE = {
    "service": "Tonneau Volant",
    "url": URL,
    "lang": "fr-BE",
    "platform": "Magento 2.4 (Luma-based theme, Page Builder tabs)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magento-Cache-Debug", "MISS"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store"), ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 4, 25),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL,
                    "select": ['[data-content-type="tab-item"][data-tab-name="Vie privée"]']},
}
