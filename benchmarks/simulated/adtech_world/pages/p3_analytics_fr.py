"""Mesura (web-analytics vendor, Lyon), French, Webflow (Client-First class names, Axeptio consent banner).

Fairly clean: every Webflow publish rewrites the "Last Published" comment and the hashed CSS/JS file names
(published several times a week by marketing); in 2024 Webflow moved the assets from assets-global.website-files.com
to cdn.prod.website-files.com; Axeptio's cookiesVersion is bumped now and then; a webinar strip above the navbar
rotates. All outside `.section_legal`.
"""
import datetime as dt

import common as C

URL = "https://www.mesura.io/politique-de-confidentialite"
SITE = "63f4b1c2d9e8a7f6b5c4d3e2"
PAGEID = "63f4b1c2d9e8a7f6b5c4d41a"

POLICY = """# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Mesura SAS (« Mesura », « nous ») édite une solution de mesure d'audience et d'analyse de la navigation pour les sites web et les applications mobiles. La présente politique décrit la manière dont nous traitons les données personnelles, d'une part lorsque nous agissons pour le compte de nos clients (les éditeurs de sites qui utilisent Mesura), d'autre part lorsque vous visitez notre propre site mesura.io ou que vous utilisez notre interface en tant que client.

## 1. Qui est responsable du traitement ?

Pour les données collectées par le marqueur Mesura sur les sites de nos clients, le client est responsable du traitement et Mesura agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Nous ne traitons ces données que sur instruction documentée de nos clients, dans le cadre de l'accord de traitement des données (DPA) annexé à nos conditions générales.

Pour les données relatives à nos prospects, à nos clients et aux visiteurs de mesura.io, Mesura est responsable du traitement.

## 2. Données collectées par le marqueur Mesura

Le marqueur Mesura collecte, selon la configuration choisie par le client :

- un identifiant de visiteur pseudonyme, stocké dans un cookie first-party ou généré côté serveur ;
- l'adresse IP, tronquée des deux derniers octets avant tout stockage ;
- l'URL et le titre des pages consultées, le site référent et les paramètres de campagne ;
- le type de navigateur, le système d'exploitation, la résolution d'écran et la langue ;
- la date, l'heure et la durée des visites ;
- les événements personnalisés définis par le client, tels que les clics, les téléchargements ou les conversions.

Les clients s'engagent à ne jamais transmettre à Mesura de données directement identifiantes (nom, adresse électronique, numéro de téléphone) ni de données sensibles.

### Mode exempté de consentement

Mesura propose un mode de configuration conforme aux conditions définies par la CNIL pour les traceurs de mesure d'audience exemptés de consentement. Dans ce mode, les données sont strictement limitées à la production de statistiques anonymes, ne sont pas recoupées avec d'autres traitements, ne sont pas transmises à des tiers et les cookies ont une durée de vie maximale de 13 mois.

## 3. Finalités et bases légales

| Finalité | Base légale | Durée de conservation |
| Mesure d'audience pour le compte des clients | Instructions du client (sous-traitance) | 25 mois maximum, ou durée plus courte choisie par le client |
| Gestion des comptes clients et facturation | Exécution du contrat | Durée du contrat, puis 10 ans pour les pièces comptables |
| Prospection commerciale B2B | Intérêt légitime | 3 ans à compter du dernier contact |
| Sécurité et prévention de la fraude | Intérêt légitime | 12 mois |
| Gestion des demandes d'exercice de droits | Obligation légale | 5 ans |

## 4. Données traitées sur mesura.io

Lorsque vous remplissez un formulaire de contact, demandez une démonstration ou vous inscrivez à un webinaire, nous collectons votre nom, votre prénom, votre adresse électronique professionnelle, le nom de votre société et, le cas échéant, votre numéro de téléphone. Les champs obligatoires sont signalés par un astérisque.

Notre site utilise Mesura en mode exempté pour mesurer sa propre audience. Les autres traceurs, notamment publicitaires, ne sont déposés qu'avec votre consentement, recueilli au moyen de notre bandeau de gestion des cookies. Vous pouvez modifier vos choix à tout moment en cliquant sur « Gérer mes cookies » en bas de chaque page.

## 5. Destinataires et sous-traitants

Les données sont destinées aux équipes habilitées de Mesura et, pour les données de mesure d'audience, exclusivement au client concerné. Nous faisons appel aux sous-traitants suivants :

| Sous-traitant | Prestation | Localisation des données |
| OVHcloud | Hébergement de la plateforme | France (Roubaix, Gravelines) |
| Scaleway | Sauvegardes chiffrées | France (Paris) |
| Brevo | Envoi des courriels transactionnels | France, Allemagne |
| HubSpot | Gestion de la relation client | Union européenne |

## 6. Transferts hors de l'Union européenne

Les données de mesure d'audience sont hébergées exclusivement en France et ne font l'objet d'aucun transfert hors de l'Union européenne. Certaines données de prospection peuvent être accessibles depuis les États-Unis par notre prestataire de gestion de la relation client ; ces transferts sont encadrés par le cadre de protection des données UE–États-Unis et par les clauses contractuelles types de la Commission européenne.

## 7. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès.

Si vos données ont été collectées par le marqueur Mesura sur le site d'un de nos clients, adressez-vous en priorité à ce client, qui est responsable du traitement. Vous pouvez également vous opposer à la mesure d'audience sur les sites de nos clients au moyen du module d'opposition que ceux-ci mettent à disposition.

Pour exercer vos droits auprès de Mesura, écrivez à dpo@mesura.io ou à l'adresse postale ci-dessous, en justifiant de votre identité si nécessaire. Nous répondons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés ([www.cnil.fr](https://www.cnil.fr)).

## 8. Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles appropriées : chiffrement des données en transit et au repos, cloisonnement des données par client, authentification à deux facteurs pour l'accès à l'interface, journalisation des accès et tests d'intrusion annuels réalisés par un prestataire indépendant.

## 9. Contact

@ Mesura SAS
@ À l'attention du Délégué à la protection des données
@ 12 rue de la République
@ 69002 Lyon
@ France

Mesura SAS, société par actions simplifiée au capital de 48 200 euros, immatriculée au RCS de Lyon sous le numéro 881 234 567."""

EDITS = [
    {"note": "sub-processor added to the table (Crisp, live chat)",
     "repl": [("| HubSpot | Gestion de la relation client | Union européenne |",
               "| HubSpot | Gestion de la relation client | Union européenne |\n| Crisp | Messagerie instantanée "
               "du site | France |")]},
    {"note": "retention of B2B prospecting data cut from 3 years to 2 years",
     "repl": [("| Prospection commerciale B2B | Intérêt légitime | 3 ans à compter du dernier contact |",
               "| Prospection commerciale B2B | Intérêt légitime | 2 ans à compter du dernier contact |")]},
    {"note": "typo fix: 'Roubaix, Gravelines' -> 'Roubaix et Gravelines' (no date bump)", "bump": False,
     "repl": [("France (Roubaix, Gravelines)", "France (Roubaix et Gravelines)")]},
    {"note": "sentence added: server-side collection mode",
     "repl": [("les cookies ont une durée de vie maximale de 13 mois.",
       "les cookies ont une durée de vie maximale de 13 mois. Ce mode est également disponible en collecte côté "
       "serveur, sans aucun cookie déposé sur le terminal du visiteur.")]},
    {"note": "share capital and address changed (company moved within Lyon)",
     "repl": [("@ 12 rue de la République\n@ 69002 Lyon", "@ 27 quai Perrache\n@ 69002 Lyon"),
              ("au capital de 48 200 euros", "au capital de 61 750 euros")]},
]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


WEBINARS = [
    ("Webinaire", "Mesure d'audience sans consentement : ce que la CNIL autorise vraiment", "/webinaires/exemption-cnil"),
    ("Nouveau", "Mesura s'intègre désormais à Looker Studio", "/blog/integration-looker-studio"),
    ("Livre blanc", "Migrer de Google Analytics 4 en 30 jours", "/ressources/migrer-ga4"),
    ("Événement", "Retrouvez-nous au salon VivaTech, stand K12", "/evenements/vivatech"),
]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def noise(rng, when, i, prev):
    prev = prev or {}
    pub = when - dt.timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    return {
        "published": pub.strftime("%Y-%m-%d %H:%M:%S"),
        "hashes": (C.hexs(rng, 9), C.hexs(rng, 8)),
        "cdn": "https://cdn.prod.website-files.com" if when >= dt.datetime(2024, 5, 6) else
        "https://assets-global.website-files.com",
        "axeptio": C.keep_or(rng, prev.get("axeptio"), 0.15, lambda: "mesura-fr-%s" % when.strftime("%Y-%m")),
        "webinar": C.keep_or(rng, prev.get("webinar"), 0.3, lambda: rng.randrange(len(WEBINARS))),
    }


LABELS = {"published": "Webflow 'Last Published' comment", "hashes": "hashed CSS/JS file names",
          "cdn": "Webflow asset CDN host", "axeptio": "Axeptio cookiesVersion", "webinar": "webinar strip"}


def render(st, blocks, when):
    pub = dt.datetime.strptime(st["published"], "%Y-%m-%d %H:%M:%S")
    stamp = "%s %s %02d %d %s GMT+0000 (Coordinated Universal Time)" % (
        DOW[pub.weekday()], MON[pub.month - 1], pub.day, pub.year, pub.strftime("%H:%M:%S"))
    css, js = st["hashes"]
    cdn = st["cdn"]
    w = WEBINARS[st["webinar"]]
    head_blocks = blocks[:2]
    rich = C.blocks_html(blocks[2:], sep="")
    return ("""<!DOCTYPE html><!--  Last Published: {stamp}  --><html data-wf-domain="www.mesura.io" data-wf-page="{page}" data-wf-site="{site}" lang="fr"><head><meta charset="utf-8"/><title>Politique de confidentialité | Mesura</title><meta content="Comment Mesura traite les données personnelles de ses clients, des visiteurs de leurs sites et des visiteurs de mesura.io." name="description"/><meta content="Politique de confidentialité | Mesura" property="og:title"/><meta content="{cdn}/{site}/640a2b3c4d5e6f7a8b9c0d1e_og-mesura.png" property="og:image"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="{cdn}/{site}/css/mesura.webflow.{css}.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{  google: {{    families: ["Inter:regular,500,600,700"]  }}}});</script><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="{cdn}/{site}/6401f2e3a4b5c6d7e8f9a0b1_favicon-32.png" rel="shortcut icon" type="image/x-icon"/><link href="{cdn}/{site}/6401f2e3a4b5c6d7e8f9a0b2_webclip.png" rel="apple-touch-icon"/><link href="{url}" rel="canonical"/><script>
window.axeptioSettings = {{
  clientId: "63f4b2a19e8d7c6b5a4f3e2d",
  cookiesVersion: "{axeptio}",
  googleConsentMode: {{ default: {{ analytics_storage: "denied", ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied", wait_for_update: 500 }} }}
}};
(function(d, s) {{
  var t = d.getElementsByTagName(s)[0], e = d.createElement(s);
  e.async = true; e.src = "//static.axept.io/sdk.js";
  t.parentNode.insertBefore(e, t);
}})(document, "script");
</script>
<script async src="https://cdn.mesura.io/tag/mesura.js" data-site="mesura-io" data-exempt="true"></script></head><body><div class="page-wrapper"><div class="global-styles w-embed"><style>
body {{ -webkit-font-smoothing: antialiased; }}
.text-rich-text table {{ width: 100%; border-collapse: collapse; }}
.text-rich-text td, .text-rich-text th {{ border: 1px solid #e3e6ee; padding: .5rem .75rem; vertical-align: top; }}
</style></div><div class="banner_component"><div class="padding-global"><div class="banner_content"><div class="banner_tag">{w0}</div><div class="text-size-small">{w1}</div><a href="{w2}" class="banner_link w-inline-block"><div>En savoir plus</div><div class="icon-embed-xxsmall w-embed"><svg width="100%" height="100%" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M6 3L11 8L6 13" stroke="CurrentColor" stroke-width="1.5"></path></svg></div></a></div></div></div><div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1" data-duration="400" data-doc-height="1"><div class="navbar_container"><a href="/" class="navbar_logo-link w-nav-brand"><img src="{cdn}/{site}/63f4c0d1e2f3a4b5c6d7e8f9_mesura-logo.svg" loading="lazy" alt="Mesura" class="navbar_logo"/></a><nav role="navigation" class="navbar_menu w-nav-menu"><a href="/fonctionnalites" class="navbar_link w-nav-link">Fonctionnalités</a><a href="/tarifs" class="navbar_link w-nav-link">Tarifs</a><a href="/clients" class="navbar_link w-nav-link">Clients</a><a href="/blog" class="navbar_link w-nav-link">Blog</a><a href="https://app.mesura.io/connexion" class="navbar_link w-nav-link">Connexion</a><a href="/demo" class="button is-small w-button">Demander une démo</a></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div><div class="menu-icon_line-middle"><div class="menu-icon_line-middle-inner"></div></div><div class="menu-icon_line-bottom"></div></div></div></div></div><main class="main-wrapper"><section class="section_legal"><div class="padding-global"><div class="container-small"><div class="padding-section-medium"><div class="legal_header"><h1 class="heading-style-h2">{h1}</h1><div class="spacer-small"></div><p class="text-size-small text-color-grey">{upd}</p></div><div class="spacer-medium"></div><div class="text-rich-text w-richtext">{rich}</div></div></div></div></section></main><footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="padding-vertical padding-xxlarge"><div class="w-layout-grid footer_top-wrapper"><div class="footer_left-wrapper"><a href="/" class="footer_logo-link w-nav-brand"><img src="{cdn}/{site}/63f4c0d1e2f3a4b5c6d7e8fa_mesura-logo-white.svg" loading="lazy" alt="Mesura" class="footer_logo"/></a><div class="text-size-small">La mesure d'audience souveraine, hébergée en France.</div></div><div class="w-layout-grid footer_menu-wrapper"><div class="footer_link-list"><a href="/mentions-legales" class="footer_link">Mentions légales</a><a href="/politique-de-confidentialite" aria-current="page" class="footer_link w--current">Politique de confidentialité</a><a href="/cgv" class="footer_link">CGV</a><a href="/dpa" class="footer_link">DPA</a><a href="#" onclick="openAxeptioCookies();return false;" class="footer_link">Gérer mes cookies</a></div></div></div><div class="line-divider"></div><div class="footer_bottom-wrapper"><div class="footer_credit-text">© {year} Mesura SAS. Tous droits réservés.</div></div></div></div></div></footer></div><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={site}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="{cdn}/{site}/js/webflow.{js}.js" type="text/javascript"></script></body></html>""").format(
        stamp=stamp, page=PAGEID, site=SITE, cdn=cdn, css=css, js=js, url=URL, axeptio=st["axeptio"],
        w0=w[0], w1=w[1].replace("'", "&#x27;"), w2=w[2], h1=C.inline_html(head_blocks[0][1]),
        upd=C.inline_html(head_blocks[1][1]), rich=rich, year=when.year)


PAGE = {
    "service": "Mesura",
    "url": URL,
    "lang": "fr",
    "platform": "Webflow (Client-First), Axeptio",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Cluster-Name", "eu-west-1-prod-hosting-red"),
                      ("X-Lambda-Id", "f3c1e2d4-9a8b-4c7d-8e6f-5a4b3c2d1e0f"), ("Age", "0")),
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".section_legal"},
}
