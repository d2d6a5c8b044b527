"""Nomendo (French domain registrar): a custom page of the WHMCS client area (politique-confidentialite.php), the
"six" template (Bootstrap 3, WHMCS 8.1) upgraded to "twenty-one" (Bootstrap 4, WHMCS 8.8) in 2023; the policy sits
in a hand-made div.politique-confidentialite in both. Noise: CSRF token (head script, header domain search), TLD
promotion prices in the sidebar, cart item count, the ?v= asset hash of each WHMCS release."""
import datetime as dt

import common as C

URL = "https://client.nomendo.fr/politique-confidentialite.php"
UPGRADE = dt.datetime(2023, 7, 12)

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)


POLICY = """Date de dernière mise à jour : {UPDATED}

La présente politique de confidentialité décrit la manière dont Nomendo SAS, bureau d'enregistrement accrédité par l'ICANN et l'AFNIC, collecte et traite les données à caractère personnel de ses clients, des titulaires de noms de domaine et des visiteurs de son site, conformément au Règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, dite « Informatique et Libertés ».

## 1. Responsable du traitement

@ Nomendo SAS
@ 12 rue de la République
@ 69002 Lyon
@ RCS Lyon 834 219 552
@ dpo@nomendo.fr

Nomendo a désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@nomendo.fr ou par courrier à l'adresse ci-dessus, à l'attention du DPO.

## 2. Données collectées

Dans le cadre de nos services, nous collectons les catégories de données suivantes :

- **Données d'identification** : nom, prénom, raison sociale, adresse postale, adresse e-mail, numéro de téléphone ;
- **Données du titulaire et des contacts** d'un nom de domaine (titulaire, contact administratif, technique et de facturation), exigées par les registres et l'ICANN ;
- **Données de facturation et de paiement** : historique des commandes, moyens de paiement (les numéros de carte sont traités exclusivement par notre prestataire de paiement) ;
- **Données de connexion** : adresse IP, date et heure de connexion à l'espace client, journaux d'authentification ;
- **Données techniques** : zones DNS, enregistrements, redirections et paramètres de messagerie que vous configurez ;
- **Correspondances** : tickets d'assistance et échanges avec notre service client.

## 3. Finalités et bases légales

| Finalité | Base légale | Durée de conservation |
| Enregistrement, renouvellement et transfert de noms de domaine | Exécution du contrat | Durée du contrat puis 2 ans |
| Transmission des données aux registres et à l'ICANN | Obligation contractuelle et légale | Selon les règles du registre concerné |
| Dépôt fiduciaire des données (data escrow) | Obligation contractuelle envers l'ICANN | Durée du contrat puis 2 ans |
| Facturation et comptabilité | Obligation légale | 10 ans |
| Assistance client | Exécution du contrat | 3 ans après le dernier échange |
| Lutte contre la fraude et les abus | Intérêt légitime | 1 an |
| Envoi d'offres commerciales | Consentement ou intérêt légitime (clients) | 3 ans après le dernier contact |

## 4. Publication des données dans l'annuaire WHOIS / RDDS

Les registres et l'ICANN imposent la collecte des coordonnées du titulaire d'un nom de domaine. Pour les titulaires personnes physiques, Nomendo ne publie pas ces données dans l'annuaire WHOIS/RDDS public : seules les mentions « REDACTED FOR PRIVACY » apparaissent, et un formulaire de contact anonymisé permet de joindre le titulaire. Pour les noms de domaine en .fr, les règles de diffusion sont celles de l'AFNIC, qui ne publie pas les données des personnes physiques sauf demande expresse de leur part.

Les données peuvent toutefois être communiquées à des tiers justifiant d'un intérêt légitime, notamment aux autorités judiciaires ou aux titulaires de droits de propriété intellectuelle, dans les conditions prévues par les politiques des registres.

## 5. Destinataires des données

Vos données sont destinées aux services internes de Nomendo et, dans la limite de leurs attributions, aux destinataires suivants :

- les registres des extensions que vous enregistrez (AFNIC, Verisign, Public Interest Registry, EURid, etc.) ;
- l'ICANN et son prestataire de dépôt fiduciaire, Iron Mountain Intellectual Property Management ;
- notre prestataire de paiement, Stancer SAS ;
- notre hébergeur, OVH SAS, dont les serveurs sont situés en France ;
- notre outil de support, Zammad GmbH, en Allemagne.

Certains registres sont établis hors de l'Union européenne, notamment aux États-Unis. Ces transferts sont nécessaires à l'exécution du contrat d'enregistrement que vous avez demandé (article 49.1.b du RGPD) ou encadrés par des clauses contractuelles types de la Commission européenne.

## 6. Sécurité

Nomendo met en œuvre des mesures techniques et organisationnelles appropriées afin de garantir la sécurité de vos données : chiffrement des communications (TLS), double authentification disponible sur l'espace client, verrouillage des noms de domaine contre les transferts non autorisés, journalisation des accès et sauvegardes chiffrées. Nos collaborateurs n'accèdent à vos données que dans la mesure nécessaire à l'exercice de leurs missions et sont soumis à une obligation de confidentialité.

## 7. Cookies

Notre site et l'espace client utilisent des cookies strictement nécessaires à leur fonctionnement (session, panier, langue). Avec votre accord, nous utilisons également des cookies de mesure d'audience. Vous pouvez à tout moment modifier vos choix depuis le lien « Gestion des cookies » en bas de page.

## 8. Vos droits

Conformément à la réglementation, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez exercer ces droits :

- depuis votre espace client, rubrique « Mes informations » ;
- par e-mail à dpo@nomendo.fr ;
- par courrier à l'adresse indiquée à l'article 1.

Nous vous répondrons dans un délai d'un mois à compter de la réception de votre demande. Veuillez noter que la suppression des données du titulaire d'un nom de domaine actif entraîne la suppression du nom de domaine lui-même.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la [CNIL](https://www.cnil.fr/fr/plaintes).

## 9. Modification de la politique

Nomendo peut modifier la présente politique à tout moment. La version en vigueur est celle publiée sur cette page ; en cas de modification substantielle, nos clients en sont informés par e-mail."""

EDITS = [
    {"note": "support tool changed: Zammad -> Freshdesk (recipient list)",
     "repl": [("- notre outil de support, Zammad GmbH, en Allemagne.",
               "- notre outil de support, Freshworks Inc. (Freshdesk), dont les données sont hébergées dans l'Union européenne ;\n- notre service d'envoi d'e-mails transactionnels, Brevo (Sendinblue SAS), en France.")]},
    {"note": "fraud retention 1 year -> 3 years",
     "repl": [("| Lutte contre la fraude et les abus | Intérêt légitime | 1 an |",
               "| Lutte contre la fraude et les abus | Intérêt légitime | 3 ans |")]},
    {"note": "word inserted in the security section ('clé de sécurité')",
     "repl": [("double authentification disponible sur l'espace client",
               "double authentification (application ou clé de sécurité) disponible sur l'espace client")]},
    {"note": "registered office moved (address block changed)",
     "repl": [("@ 12 rue de la République\n@ 69002 Lyon\n@ RCS Lyon 834 219 552",
               "@ 47 quai Rambaud\n@ 69002 Lyon\n@ RCS Lyon 834 219 552")]},
    {"note": "new section on abuse reports (NIS2 registrant data accuracy) added",
     "repl": [("## 6. Sécurité", "## 6. Vérification des données (directive NIS 2)\n\nEn application de la directive (UE) 2022/2555 dite « NIS 2 », Nomendo est tenue de vérifier l'exactitude des coordonnées des titulaires. Nous pouvons à ce titre vous demander de confirmer votre adresse e-mail ou votre numéro de téléphone, ou de fournir un justificatif. À défaut de vérification dans un délai de 15 jours, le nom de domaine peut être suspendu.\n\n## 7. Sécurité"),
              ("## 7. Cookies", "## 8. Cookies"), ("## 8. Vos droits", "## 9. Vos droits"),
              ("## 9. Modification de la politique", "## 10. Modification de la politique")]},
]

TLDS = [(".fr", "6,99", ["2,99", "3,99", None]), (".com", "11,49", ["7,99", None]),
        (".eu", "7,99", ["1,99", None]), (".io", "39,00", ["29,00", None]), (".bzh", "39,90", [None, "24,90"]),
        (".paris", "34,00", [None, "9,00"])]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "token": C.hexs(rng, 40),
        "promo": C.keep_or(rng, prev.get("promo"), 0.4, lambda: [rng.choice(t[2]) for t in TLDS]),
        "cart": rng.choice([0, 0, 0, 0, 1, 2]),
        "whmcs": "8.1.3" if when < UPGRADE else ("8.8.0" if when < dt.datetime(2024, 6, 1) else "8.10.1"),
    }


LABELS = {"token": "CSRF token", "promo": "TLD promotion prices in the sidebar", "cart": "cart item count",
          "whmcs": "WHMCS release (template six -> twenty-one, ?v= hash)"}


def _content(blocks):
    return "\n".join(C.block_html(b, {"table": "table table-striped table-bordered"}) for b in blocks)


def _tld_rows(s, bs4):
    out = []
    for (tld, price, _), promo in zip(TLDS, s["promo"]):
        if promo:
            p = '<span class="text-muted"><del>%s&nbsp;€</del></span> <strong class="text-danger">%s&nbsp;€ HT</strong> <span class="label label-danger badge badge-danger">Promo</span>' % (price, promo)
        else:
            p = "<strong>%s&nbsp;€ HT</strong>" % price
        if bs4:
            out.append('<a href="/cart.php?a=add&amp;domain=register&amp;query=%s" class="list-group-item list-group-item-action d-flex justify-content-between"><span>%s</span><span>%s</span></a>' % (tld, tld, p))
        else:
            out.append('<a menuItemName="tld%s" href="/cart.php?a=add&amp;domain=register&amp;query=%s" class="list-group-item"><span class="badge">%s</span> %s</a>' % (tld[1:], tld, p, tld))
    return "\n".join(out)


def render(s, blocks, when):
    v = C.det_sha("whmcs", s["whmcs"])[:6]
    content = _content(blocks)
    if when < UPGRADE:
        return """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Politique de confidentialité - Nomendo</title>

    <!-- Styling -->
<link href="//fonts.googleapis.com/css?family=Open+Sans:300,400,600|Raleway:400,700" rel="stylesheet">
<link href="/templates/six/css/all.min.css?v=%(v)s" rel="stylesheet">
<link href="/assets/css/fontawesome-all.min.css" rel="stylesheet">
<link href="/templates/six/css/custom.css" rel="stylesheet">

<script type="text/javascript">
    var csrfToken = '%(token)s',
        markdownGuide = 'Guide Markdown',
        locale = 'fr',
        saved = 'enregistré',
        saving = 'enregistrement automatique',
        whmcsBaseUrl = "",
        requiredText = 'Requis',
        recaptchaSiteKey = "";
</script>
<script src="/templates/six/js/scripts.min.js?v=%(v)s"></script>

</head>
<body data-phone-cc-input="1">

<section id="header">
    <div class="container">
        <!-- Top Bar -->
        <div id="top-nav">
            <div class="pull-right nav">
                <a href="#" class="quick-nav" data-toggle="popover" id="languageChooser"><i class="fas fa-globe"></i> Langue</a>
                <a href="/clientarea.php" class="quick-nav"><i class="fas fa-user"></i> Connexion</a>
                <a href="/cart.php?a=view" class="quick-nav"><i class="fas fa-shopping-cart"></i> <span class="hidden-xs">Voir le panier (</span><span id="cartItemCount">%(cart)d</span><span class="hidden-xs">)</span></a>
            </div>
        </div>
        <a href="/index.php" class="logo"><img src="/assets/img/logo.png" alt="Nomendo"></a>
    </div>
</section>

<section id="main-menu">
    <nav id="nav" class="navbar navbar-default navbar-main" role="navigation">
        <div class="container">
            <div class="collapse navbar-collapse" id="primary-nav">
                <ul class="nav navbar-nav">
                    <li menuItemName="Home"><a href="/index.php">Accueil</a></li>
                    <li menuItemName="Store" class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">Boutique <b class="caret"></b></a></li>
                    <li menuItemName="Register a New Domain"><a href="/cart.php?a=add&domain=register">Enregistrer un domaine</a></li>
                    <li menuItemName="Transfer Domains to Us"><a href="/cart.php?a=add&domain=transfer">Transférer un domaine</a></li>
                    <li menuItemName="Announcements"><a href="/index.php?rp=/announcements">Annonces</a></li>
                    <li menuItemName="Knowledgebase"><a href="/index.php?rp=/knowledgebase">Base de connaissances</a></li>
                    <li menuItemName="Network Status"><a href="/serverstatus.php">État du réseau</a></li>
                    <li menuItemName="Contact Us"><a href="/contact.php">Nous contacter</a></li>
                </ul>
            </div>
        </div>
    </nav>
</section>

<section id="main-body">
    <div class="container">
        <div class="row">

                <!-- Container for main page display content -->
        <div class="col-md-9 pull-md-right main-content">
                            <div class="header-lined">
    <h1>Politique de confidentialité</h1>
    <ol class="breadcrumb"><li><a href="/index.php">Portail</a></li><li class="active">Politique de confidentialité</li></ol>
</div>

<div class="politique-confidentialite">
%(content)s
</div>

                </div><!-- /.main-content -->
                                    <div class="col-md-3 pull-md-left sidebar">
                        <div menuItemName="Domain Promotions" class="panel panel-sidebar panel-sidebar">
        <div class="panel-heading"><h3 class="panel-title"><i class="fas fa-tags"></i>&nbsp;Extensions en promotion</h3></div>
        <div class="list-group">
%(tlds)s
        </div>
    </div>
    <div menuItemName="Support" class="panel panel-sidebar panel-sidebar">
        <div class="panel-heading"><h3 class="panel-title"><i class="far fa-life-ring"></i>&nbsp;Support</h3></div>
        <div class="list-group"><a menuItemName="Support Tickets" href="/supporttickets.php" class="list-group-item">Mes tickets</a><a menuItemName="Open Ticket" href="/submitticket.php" class="list-group-item">Ouvrir un ticket</a></div>
    </div>
                    </div>
                            <div class="clearfix"></div>
        </div>
    </div>
</section>

<section id="footer">
    <div class="container">
        <a href="#" class="back-to-top"><i class="fas fa-chevron-up"></i></a>
        <p>Copyright &copy; %(year)d Nomendo SAS. Tous droits réservés. &middot; <a href="/politique-confidentialite.php">Confidentialité</a> &middot; <a href="#" onclick="tarteaucitron.userInterface.openPanel();return false;">Gestion des cookies</a></p>
    </div>
</section>

<div class="modal system-modal fade" id="modalAjax" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="modal-dialog"><div class="modal-content panel-primary"><div class="modal-header panel-heading"><h4 class="modal-title"></h4></div><div class="modal-body panel-body">Chargement...</div></div></div>
</div>
<script src="/assets/js/tarteaucitron/tarteaucitron.js"></script>
<script>tarteaucitron.init({"privacyUrl": "/politique-confidentialite.php", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": false, "DenyAllCta": true, "AcceptAllCta": true, "highPrivacy": true, "handleBrowserDNTRequest": true, "removeCredit": true});
(tarteaucitron.job = tarteaucitron.job || []).push('matomo');</script>

</body>
</html>
""" % dict(v=v, token=s["token"], cart=s["cart"], content=content, tlds=_tld_rows(s, False), year=when.year)
    return """<!doctype html>
<html lang="fr">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>Politique de confidentialité - Nomendo</title>
    <!-- Styling -->
<link href="/assets/fonts/css/open-sans-family.css" rel="stylesheet" type="text/css" />
<link href="/assets/fonts/css/raleway-family.css" rel="stylesheet" type="text/css" />
<link href="/templates/twenty-one/css/all.min.css?v=%(v)s" rel="stylesheet">
<link href="/assets/css/fontawesome-all.min.css" rel="stylesheet">
<link href="/templates/twenty-one/css/custom.css" rel="stylesheet">

<script>
    var csrfToken = '%(token)s',
        markdownGuide = 'Guide Markdown',
        locale = 'fr',
        saved = 'enregistré',
        saving = 'enregistrement automatique',
        whmcsBaseUrl = "",
        requiredText = 'Requis',
        recaptchaSiteKey = "";
</script>
<script src="/templates/twenty-one/js/scripts.min.js?v=%(v)s"></script>

</head>
<body class="primary-bg-color" data-phone-cc-input="1">

<header id="header" class="header">
    <div class="topbar">
        <div class="container">
            <div class="d-flex">
                <div class="mr-auto"><a href="/contact.php" class="btn btn-active-client mr-2"><span>Support : 04 28 29 60 10</span></a></div>
                <div class="ml-auto"><a href="/clientarea.php" class="btn btn-sm">Connexion</a></div>
            </div>
        </div>
    </div>
    <div class="navbar navbar-light">
        <div class="container">
            <a class="navbar-brand mr-3" href="/index.php"><img src="/assets/img/logo.png" alt="Nomendo" class="logo-img"></a>
            <form method="post" action="/domainchecker.php" class="form-inline ml-auto">
<input type="hidden" name="token" value="%(token)s" />
                <div class="input-group search d-none d-xl-flex">
                    <div class="input-group-prepend"><button class="btn btn-default" type="submit"><i class="fas fa-search"></i></button></div>
                    <input class="form-control appended-form-control font-weight-light" type="text" name="domain" placeholder="Trouvez votre nom de domaine...">
                </div>
            </form>
            <ul class="navbar-nav toolbar">
                <li class="nav-item ml-3"><a class="btn nav-link cart-btn" href="/cart.php?a=view"><i class="far fa-shopping-cart fa-2x"></i><span id="cartItemCount" class="badge badge-info">%(cart)d</span><span class="sr-only">Panier</span></a></li>
            </ul>
        </div>
    </div>
    <div class="main-navbar-wrapper">
        <div class="container">
            <nav class="navbar navbar-expand-xl p-0"><div class="collapse navbar-collapse" id="mainNavbar">
                <ul id="nav" class="navbar-nav mr-auto">
                    <li menuItemName="Store" class="d-block no-collapse dropdown"><a class="pr-4 dropdown-toggle" data-toggle="dropdown" href="#">Boutique</a></li>
                    <li menuItemName="Register a New Domain" class="d-block"><a class="pr-4" href="/cart.php?a=add&amp;domain=register">Enregistrer un domaine</a></li>
                    <li menuItemName="Transfer Domains to Us" class="d-block"><a class="pr-4" href="/cart.php?a=add&amp;domain=transfer">Transférer un domaine</a></li>
                    <li menuItemName="Announcements" class="d-block"><a class="pr-4" href="/index.php?rp=/announcements">Annonces</a></li>
                    <li menuItemName="Knowledgebase" class="d-block"><a class="pr-4" href="/index.php?rp=/knowledgebase">Base de connaissances</a></li>
                    <li menuItemName="Network Status" class="d-block"><a class="pr-4" href="/serverstatus.php">État du réseau</a></li>
                    <li menuItemName="Contact Us" class="d-block"><a class="pr-4" href="/contact.php">Nous contacter</a></li>
                </ul>
            </div></nav>
        </div>
    </div>
</header>

<nav class="master-breadcrumb" aria-label="breadcrumb">
    <div class="container">
        <ol class="breadcrumb">
            <li class="breadcrumb-item"><a href="/index.php">Portail</a></li>
            <li class="breadcrumb-item active" aria-current="page">Politique de confidentialité</li>
        </ol>
    </div>
</nav>

<section id="main-body">
    <div class="container">
        <div class="row">
                    <div class="col-lg-4 col-xl-3">
                <div class="sidebar">
                        <div menuItemName="Domain Promotions" class="mb-3 card card-sidebar">
        <div class="card-header"><h3 class="card-title m-0"><i class="fas fa-tags"></i>&nbsp;Extensions en promotion <i class="fas fa-chevron-up card-minimise float-right"></i></h3></div>
        <div class="collapsable-card-body"><div class="list-group list-group-flush d-md-flex" role="tablist">
%(tlds)s
        </div></div>
    </div>
                </div>
            </div>
                <div class="col-lg-8 col-xl-9 primary-content">

<div class="card">
    <div class="card-body extra-padding">
        <h1 class="h3 mb-4">Politique de confidentialité</h1>
        <div class="politique-confidentialite">
%(content)s
        </div>
    </div>
</div>

                    </div>

                    </div>
                            <div class="clearfix"></div>
        </div>
    </div>
</section>

<footer id="footer" class="footer">
    <div class="container">
        <ul class="list-inline mb-7 text-center float-lg-right">
            <li class="list-inline-item"><button type="button" class="btn" data-toggle="modal" data-target="#modalChooseLanguage"><div class="d-inline-block align-middle"><div class="iti-flag fr"></div></div> Français / € EUR</button></li>
        </ul>
        <ul class="nav justify-content-center justify-content-lg-start mb-7">
            <li class="nav-item"><a class="nav-link" href="/contact.php">Nous contacter</a></li>
            <li class="nav-item"><a class="nav-link" href="/index.php?rp=/knowledgebase">Conditions générales</a></li>
            <li class="nav-item"><a class="nav-link" href="/politique-confidentialite.php">Confidentialité</a></li>
            <li class="nav-item"><a class="nav-link" href="#" onclick="tarteaucitron.userInterface.openPanel();return false;">Gestion des cookies</a></li>
        </ul>
        <p class="copyright mb-0">Copyright &copy; %(year)d Nomendo SAS. Tous droits réservés.</p>
    </div>
</footer>

<div id="fullpage-overlay" class="w-hidden"><div class="outer-wrapper"><div class="inner-wrapper"><img src="/assets/img/overlay-spinner.svg" alt=""><br><span class="msg"></span></div></div></div>
<script src="/assets/js/tarteaucitron/tarteaucitron.js"></script>
<script>tarteaucitron.init({"privacyUrl": "/politique-confidentialite.php", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "DenyAllCta": true, "AcceptAllCta": true, "highPrivacy": true, "removeCredit": true});
(tarteaucitron.job = tarteaucitron.job || []).push('matomo');</script>

</body>
</html>
""" % dict(v=v, token=s["token"], cart=s["cart"], content=content, tlds=_tld_rows(s, True), year=when.year)


PAGE = {
    "service": "Nomendo",
    "url": URL,
    "lang": "fr",
    "platform": "WHMCS client area (six -> twenty-one), custom page",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Set-Cookie", "WHMCSy551iLvnhYt7=deleted; path=/; secure; HttpOnly")],
    "n": 29,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 1, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".politique-confidentialite"},
}
