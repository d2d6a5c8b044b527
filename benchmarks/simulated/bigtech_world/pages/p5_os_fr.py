"""Orbis (operating-system and software vendor) - fr-FR privacy statement at privacy.orbis.com/fr-fr/privacystatement -
a long statement with a left table of contents, "Haut de la page" links after each section, product-specific
sections as <details> panels with "Tout développer / Tout réduire", MS-CV correlation vectors and a WCP-style
cookie banner. The statement is not wrapped in one container: its blocks are siblings in <main> between the title
and the "Cette page vous a-t-elle été utile ?" widget, so the curator uses an OTA range selector (startBefore the
title, endBefore the feedback widget) and removes the back-to-top links and the expand/collapse buttons. 2022
chrome redesign (UHF header/footer), same ids. Date line is month + year, as this vendor writes it."""
import datetime as dt
import html
import common as C

URL = "https://privacy.orbis.com/fr-fr/privacystatement"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%s %d" % (MOIS[d.month - 1], d.year)


POLICY = """
# Déclaration de confidentialité Orbis

Dernière mise à jour : {UPDATED}

Votre vie privée est importante pour nous. Cette déclaration de confidentialité explique quelles données personnelles nous traitons, comment nous les traitons et dans quel but.

Orbis propose un large éventail de produits, notamment des systèmes d’exploitation pour serveurs et ordinateurs personnels, le navigateur Vela, le moteur de recherche Spyglass, la suite de services en ligne Orbis 365 et des appareils. Les références aux produits Orbis dans cette déclaration incluent les services, sites web, applications, logiciels, serveurs et appareils Orbis.

Veuillez lire les informations spécifiques aux produits figurant dans cette déclaration, qui fournissent des informations supplémentaires pertinentes. Cette déclaration s’applique aux interactions d’Orbis avec vous et aux produits Orbis répertoriés ci-dessous, ainsi qu’aux autres produits Orbis qui affichent cette déclaration.

## Données personnelles que nous collectons

Orbis collecte des données vous concernant par le biais de nos interactions avec vous et de nos produits. Vous fournissez certaines de ces données directement, et nous en obtenons certaines en collectant des données sur vos interactions, votre utilisation et vos expériences avec nos produits. Les données que nous collectons dépendent du contexte de vos interactions avec Orbis et des choix que vous faites, notamment vos paramètres de confidentialité et les produits et fonctionnalités que vous utilisez.

Nous obtenons également des données vous concernant auprès de tiers, notamment des fournisseurs de services de communication, des partenaires avec lesquels nous proposons des services sous une marque commune ou que nous faisons connaître conjointement, et des sources publiques.

Les données que nous collectons peuvent inclure les éléments suivants :

- **Nom et coordonnées.** Vos prénom et nom, adresse e-mail, adresse postale, numéro de téléphone et autres coordonnées similaires.
- **Informations d’identification.** Mots de passe, indications de mot de passe et informations de sécurité similaires utilisées pour l’authentification et l’accès au compte.
- **Données démographiques.** Données vous concernant, telles que votre âge, votre sexe, votre pays et votre langue préférée.
- **Données de paiement.** Données permettant de traiter les paiements, telles que le numéro de votre instrument de paiement et le code de sécurité associé.
- **Données relatives à l’appareil et à l’utilisation.** Données sur votre appareil et sur les produits et fonctionnalités que vous utilisez, y compris des informations sur votre matériel et vos logiciels, sur les performances de nos produits et sur vos paramètres.
- **Données d’erreur et de performance.** Données sur les performances des produits et les problèmes que vous rencontrez, y compris les rapports d’erreur.
- **Données vocales.** Données relatives à votre voix, telles que les enregistrements de vos requêtes vocales, et les transcriptions associées.
- **Localisation.** Données sur la localisation de votre appareil, qui peuvent être précises ou imprécises.
- **Contenu.** Contenu de vos fichiers et communications, lorsque cela est nécessaire pour vous fournir les services que vous utilisez.

Lorsque nous vous demandons de fournir des données personnelles, vous pouvez refuser. Si vous choisissez de ne pas fournir les données nécessaires à l’utilisation d’un produit ou d’une fonctionnalité, vous ne pourrez peut-être pas utiliser ce produit ou cette fonctionnalité.

## Comment nous utilisons les données personnelles

Orbis utilise les données que nous collectons pour vous offrir des expériences riches et interactives. En particulier, nous utilisons les données pour :

- fournir nos produits, ce qui inclut la mise à jour, la sécurisation et le dépannage, ainsi que le support ;
- améliorer et développer nos produits ;
- personnaliser nos produits et vous faire des recommandations ;
- faire de la publicité et du marketing, notamment vous envoyer des communications promotionnelles, des publicités ciblées et vous présenter des offres pertinentes ;
- exploiter notre activité, notamment analyser nos performances, respecter nos obligations légales, développer nos effectifs et faire de la recherche.

Pour atteindre ces objectifs, nous combinons des données que nous collectons dans différents contextes ou que nous obtenons de tiers afin de vous offrir une expérience plus transparente, cohérente et personnalisée, de prendre des décisions commerciales éclairées et à d’autres fins légitimes.

Notre traitement des données personnelles à ces fins inclut des méthodes de traitement automatisé et manuel. Nos méthodes automatisées sont souvent liées à nos méthodes manuelles et prises en charge par celles-ci.

## Motifs de partage des données personnelles

Nous partageons vos données personnelles avec votre consentement ou pour finaliser une transaction ou fournir un produit que vous avez demandé ou autorisé. Nous partageons également des données avec les filiales contrôlées par Orbis, avec les fournisseurs travaillant pour notre compte, lorsque la loi l’exige ou pour répondre à une procédure judiciaire, pour protéger nos clients, pour protéger des vies, pour assurer la sécurité de nos produits et pour protéger les droits et la propriété d’Orbis et de ses clients.

Veuillez noter que, tel que défini dans certaines lois des États américains, le partage de données peut également concerner la fourniture de données personnelles à des tiers à des fins de publicité personnalisée. Pour plus d’informations, consultez la section relative aux lois des États américains.

## Comment accéder à vos données personnelles et les contrôler

Vous pouvez également faire des choix concernant la collecte et l’utilisation de vos données par Orbis. Vous pouvez contrôler vos données personnelles qu’Orbis a obtenues et exercer vos droits en matière de protection des données, en contactant Orbis ou en utilisant divers outils que nous fournissons. Dans certains cas, votre capacité à accéder à vos données personnelles ou à les contrôler sera limitée, conformément aux lois applicables.

Vous pouvez accéder à certaines de vos données et les gérer depuis le [tableau de bord de confidentialité](https://account.orbis.com/privacy), où vous pouvez consulter et effacer votre historique de navigation, de recherche et de localisation, ainsi que vos données d’activité vocale.

## Cookies et technologies similaires

Les cookies sont de petits fichiers texte placés sur votre appareil pour stocker des données qui peuvent être rappelées par un serveur web dans le domaine qui a placé le cookie. Nous utilisons des cookies et des technologies similaires pour stocker et respecter vos préférences et paramètres, vous permettre de vous connecter, fournir une publicité ciblée, lutter contre la fraude et analyser les performances de nos produits.

Lorsque la loi l’exige, nous recueillons votre consentement avant de déposer des cookies non essentiels, conformément à l’article 82 de la loi Informatique et Libertés et aux lignes directrices de la CNIL. Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer les cookies » présent en bas de chaque page.

## Collecte de données auprès d’enfants

Lorsqu’un produit Orbis collecte l’âge et qu’il existe un âge en dessous duquel le consentement ou l’autorisation parentale est requis pour utiliser ce produit, le produit bloque les utilisateurs en dessous de cet âge ou leur demande d’obtenir le consentement ou l’autorisation d’un parent avant de pouvoir l’utiliser. En France, ce seuil est fixé à 15 ans pour les services de la société de l’information proposés directement aux mineurs.

Les parents peuvent consulter et supprimer les données de leur enfant et retirer leur consentement depuis le portail Famille Orbis.

## Autres informations importantes en matière de confidentialité

### Sécurité des données personnelles

Orbis s’engage à protéger la sécurité de vos données personnelles. Nous utilisons une variété de technologies et de procédures de sécurité, telles que le chiffrement, pour aider à protéger vos données personnelles contre l’accès, l’utilisation ou la divulgation non autorisés.

### Où nous stockons et traitons les données personnelles

Les données personnelles collectées par Orbis peuvent être stockées et traitées dans votre région, aux États-Unis et dans tout autre pays où Orbis ou ses filiales ou fournisseurs disposent d’installations. Nous prenons des mesures pour traiter les données que nous collectons en vertu de cette déclaration conformément aux dispositions de cette déclaration et aux exigences de la loi applicable.

Nous transférons des données personnelles de l’Espace économique européen, du Royaume-Uni et de la Suisse vers d’autres pays, dont certains n’ont pas fait l’objet d’une décision d’adéquation de la Commission européenne. Dans ce cas, nous nous appuyons sur un ensemble de mécanismes juridiques, notamment les clauses contractuelles types adoptées par la Commission européenne, accompagnées des mesures supplémentaires nécessaires.

### Notre conservation des données personnelles

Orbis conserve les données personnelles aussi longtemps que nécessaire pour fournir les produits et effectuer les transactions que vous avez demandées, ou à d’autres fins légitimes, telles que le respect de nos obligations légales, la résolution de litiges et l’application de nos accords. Les données de diagnostic facultatives du système Orbis OS sont conservées pendant 18 mois au maximum.

### Vos droits au titre du RGPD et de la loi Informatique et Libertés

Conformément au Règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition. Vous pouvez également définir des directives relatives à la conservation, à l’effacement et à la communication de vos données personnelles après votre décès.

Vous pouvez exercer ces droits au moyen de notre [formulaire web](https://aka.orbis.com/privacyresponse). Si vous estimez que le traitement de vos données ne respecte pas la réglementation, vous pouvez introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés ([CNIL](https://www.cnil.fr/fr/plaintes)) ou de l’autorité de contrôle de l’État membre de votre résidence habituelle.

### Modifications apportées à cette déclaration de confidentialité

Nous mettons à jour cette déclaration de confidentialité lorsque cela est nécessaire pour fournir davantage de transparence ou en réponse à des commentaires des clients, à des modifications de nos produits ou à des évolutions réglementaires. Lorsque nous publions des modifications, nous révisons la date de « dernière mise à jour » en haut de la déclaration. En cas de modification substantielle, nous vous en informerons, soit en publiant un avis de ces modifications avant leur entrée en vigueur, soit en vous envoyant directement une notification.

### Comment nous contacter

Si vous avez une préoccupation relative à la confidentialité, une plainte ou une question à l’attention du Délégué à la protection des données d’Orbis, veuillez nous contacter au moyen de notre [formulaire web](https://aka.orbis.com/privacyresponse). Orbis Ireland Operations Limited est le responsable du traitement pour les données personnelles que nous traitons dans l’Espace économique européen :

@ Orbis Ireland Operations Limited
@ À l’attention de : Délégué à la protection des données
@ One Orbis Place, South County Business Park
@ Leopardstown, Dublin 18, D18 P521, Irlande

## Produits spécifiques

### Orbis OS

Orbis OS est un environnement informatique personnalisé qui vous permet d’accéder à des services en toute transparence sur différents appareils. Orbis OS collecte des données de diagnostic obligatoires, nécessaires pour assurer la sécurité et la mise à jour de l’appareil, et, si vous l’autorisez, des données de diagnostic facultatives qui nous aident à améliorer le produit. Vous pouvez choisir le niveau des données de diagnostic envoyées lors de la configuration de l’appareil ou à tout moment dans Paramètres > Confidentialité et sécurité > Diagnostics et commentaires.

Les services de localisation d’Orbis OS déterminent la position précise de votre appareil lorsque vous les activez. Vous pouvez désactiver les services de localisation pour tout l’appareil ou application par application.

### Navigateur Vela

Vela est le navigateur web d’Orbis. Vela collecte des données nécessaires pour fournir les fonctionnalités que vous utilisez, comme la synchronisation de vos favoris, mots de passe et historique entre vos appareils lorsque vous êtes connecté avec votre compte Orbis. Vous pouvez gérer la prévention du suivi et supprimer vos données de navigation dans les paramètres de Vela.

### Recherche Spyglass

Lorsque vous effectuez une recherche sur Spyglass, nous collectons vos requêtes, votre adresse IP, l’emplacement approximatif et les identifiants des cookies afin de vous fournir des résultats pertinents et d’améliorer nos services. Nous dissocions les requêtes stockées de l’adresse IP complète au bout de six mois.

### Assistant vocal Orbis Voice

Orbis Voice est l’assistant vocal d’Orbis OS. Lorsque vous utilisez Orbis Voice, nous collectons vos requêtes vocales et leurs transcriptions afin de répondre à vos demandes. Vous pouvez consulter et supprimer vos enregistrements vocaux depuis le tableau de bord de confidentialité.
"""

PILOT = """### Orbis Pilot

Orbis Pilot est un assistant basé sur l’intelligence artificielle générative, intégré à Orbis OS, au navigateur Vela et à Orbis 365. Lorsque vous utilisez Orbis Pilot, nous traitons vos invites, les réponses générées et, si vous l’autorisez, le contenu de la page ou du document que vous consultez, afin de fournir le service. Les invites et les réponses sont conservées pendant 18 mois dans votre historique, que vous pouvez supprimer à tout moment.

Nous n’utilisons pas les invites et les réponses des utilisateurs connectés avec un compte professionnel ou scolaire pour entraîner nos modèles d’IA générative. Pour les comptes personnels, vous pouvez refuser l’utilisation de vos conversations pour l’entraînement des modèles dans les paramètres de confidentialité d’Orbis Pilot ; dans l’Espace économique européen, nous n’utilisons pas ces conversations pour l’entraînement sans votre consentement.
"""

EDITS = [
    {"note": "retention: optional diagnostic data of Orbis OS now kept 12 months instead of 18; Spyglass IP de-identification after 6 months kept",
     "repl": [("Les données de diagnostic facultatives du système Orbis OS sont conservées pendant 18 mois au maximum.",
               "Les données de diagnostic facultatives du système Orbis OS sont conservées pendant 12 mois au maximum, puis supprimées ou anonymisées.")]},
    {"note": "new product section 'Orbis Pilot' (generative AI assistant; prompts kept 18 months; EEA: no training without consent)",
     "repl": [("### Assistant vocal Orbis Voice", PILOT + "\n### Assistant vocal Orbis Voice")]},
    {"note": "transfers: EU-U.S. Data Privacy Framework (adequacy decision of 10 July 2023) added",
     "repl": [("Dans ce cas, nous nous appuyons sur un ensemble de mécanismes juridiques, notamment les clauses contractuelles types adoptées par la Commission européenne, accompagnées des mesures supplémentaires nécessaires.",
               "Dans ce cas, nous nous appuyons sur un ensemble de mécanismes juridiques, notamment les clauses contractuelles types adoptées par la Commission européenne, accompagnées des mesures supplémentaires nécessaires.\n\nOrbis Corporation respecte le cadre de protection des données UE–États-Unis (EU-U.S. Data Privacy Framework), son extension au Royaume-Uni et le cadre Suisse–États-Unis, tels qu’établis par le ministère du Commerce des États-Unis. La Commission européenne a reconnu, par sa décision d’adéquation du 10 juillet 2023, que ce cadre assure un niveau de protection adéquat. Pour en savoir plus, consultez le site du [Data Privacy Framework](https://www.dataprivacyframework.gov/).")]},
    {"note": "DMA: in the EEA, Orbis OS no longer combines data across services without consent; Vela and Spyglass can be uninstalled",
     "repl": [("Vous pouvez choisir le niveau des données de diagnostic envoyées lors de la configuration de l’appareil ou à tout moment dans Paramètres > Confidentialité et sécurité > Diagnostics et commentaires.",
               "Vous pouvez choisir le niveau des données de diagnostic envoyées lors de la configuration de l’appareil ou à tout moment dans Paramètres > Confidentialité et sécurité > Diagnostics et commentaires.\n\nDans l’Espace économique européen, conformément au règlement sur les marchés numériques (Digital Markets Act), Orbis OS ne combine pas les données personnelles issues de ses services de plateforme essentiels avec celles d’autres services Orbis sans votre consentement. Vous pouvez désinstaller le navigateur Vela et la recherche Spyglass, et choisir d’autres navigateurs et moteurs de recherche par défaut.")]},
    {"note": "Orbis Voice product section removed (assistant retired); date not bumped", "bump": False,
     "repl": [("\n### Assistant vocal Orbis Voice\n\nOrbis Voice est l’assistant vocal d’Orbis OS. Lorsque vous utilisez Orbis Voice, nous collectons vos requêtes vocales et leurs transcriptions afin de répondre à vos demandes. Vous pouvez consulter et supprimer vos enregistrements vocaux depuis le tableau de bord de confidentialité.\n", "\n")]},
]

REDESIGN = dt.datetime(2025, 3, 1)
LOCALES = [("ar-sa", "العربية (المملكة العربية السعودية)"), ("cs-cz", "Čeština (Česko)"), ("da-dk", "Dansk (Danmark)"), ("de-de", "Deutsch (Deutschland)"),
           ("en-gb", "English (United Kingdom)"), ("en-us", "English (United States)"), ("es-es", "Español (España)"), ("fr-be", "Français (Belgique)"),
           ("fr-ca", "Français (Canada)"), ("fr-fr", "Français (France)"), ("it-it", "Italiano (Italia)"), ("ja-jp", "日本語 (日本)"), ("ko-kr", "한국어(대한민국)"),
           ("nl-nl", "Nederlands (Nederland)"), ("pl-pl", "Polski (Polska)"), ("pt-br", "Português (Brasil)"), ("sv-se", "Svenska (Sverige)"), ("zh-cn", "中文(中国)")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["visit"] = (C.b64tok(rng, 12).rstrip("=") + "." + str(rng.randint(1, 9)), C.hexs(rng, 32).upper(), C.uuid4(rng))
    s["wcp"] = C.keep_or(rng, prev.get("wcp"), 0.3, lambda: rng.random() < 0.75)
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 10), "%d.%d.%d" % (rng.randint(3, 5), rng.randint(0, 30), rng.randint(0, 400))))
    s["design"] = "uhf2025" if when >= REDESIGN else "mscom"
    s["toc_open"] = C.keep_or(rng, prev.get("toc_open"), 0.3, lambda: rng.choice(["", "orbis-os", "vela"]))
    return s


LABELS = {
    "visit": "per-visit ids (MS-CV correlation vector, MUID, request id)",
    "wcp": "WCP cookie-consent banner shown or not",
    "build": "site build hash and UHF version",
    "design": "chrome redesign March 2025 (UHF header/footer, new left TOC markup); statement ids unchanged",
    "toc_open": "which product panel is open by default (A/B)",
}


def slug(t):
    import unicodedata
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in t).split())


def bhtml(b):
    """one block, with newlines between list items (the page is indented source, as the CMS writes it)"""
    kind, v = b
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("  <li>%s</li>" % C.inline_html(x) for x in v), kind)
    if kind == "addr":
        return "<p>%s</p>" % "<br>\n".join(C.inline_html(x) for x in v)
    return C.block_html(b)


def render(s, blocks, when):
    cv, muid, rid = s["visit"]
    bh, uhf = s["build"]
    head, secs = C.split_sections(blocks)
    parts = ['<h1 id="mainTitle" class="c-heading-2">%s</h1>' % html.escape(head[0][1])]
    for b in head[1:]:
        if b[0] == "p" and b[1].startswith("Dernière mise à jour"):
            parts.append('<p class="c-meta-text" id="lastUpdated">%s</p>' % html.escape(b[1]))
        else:
            parts.append(bhtml(b))
    parts.append('<a class="back-to-top c-hyperlink" href="#mainTitle">Haut de la page</a>')
    for t, bl in secs:
        sid = slug(t)
        if t == "Produits spécifiques":
            prods = C.under_headings(bl)
            parts.append('<h2 id="%s" class="c-heading-3">%s</h2>' % (sid, html.escape(t)))
            parts.append('<div class="ms-expand-toggle"><button class="c-action-trigger" data-action="expand">Tout développer</button>'
                         '<button class="c-action-trigger" data-action="collapse">Tout réduire</button></div>')
            for pt, pb in prods:
                ps = slug(pt)
                parts.append('<details id="%s" class="product-panel"%s>\n<summary><h3 class="c-heading-4">%s</h3></summary>\n%s\n</details>'
                             % (ps, " open" if s["toc_open"] and ps.endswith(s["toc_open"]) else "", html.escape(pt), "\n".join(bhtml(x) for x in pb)))
        else:
            parts.append('<h2 id="%s" class="c-heading-3">%s</h2>' % (sid, html.escape(t)))
            parts.extend(bhtml(x) for x in bl)
        parts.append('<a class="back-to-top c-hyperlink" href="#mainTitle">Haut de la page</a>')
    main = "\n".join(parts)
    toc = "\n".join('<li><a href="#%s" data-bi-name="%s">%s</a></li>' % (slug(t), slug(t), html.escape(t)) for t, _ in secs)
    feedback = ('<div id="feedback-section" class="privacy-feedback"><h2 class="c-heading-5">Cette page vous a-t-elle été utile ?</h2>'
                '<button data-bi-name="feedback-yes">Oui</button><button data-bi-name="feedback-no">Non</button>'
                '<p class="c-caption">Vos commentaires nous aideront à améliorer cette déclaration.</p></div>'
                '<div class="statement-tools"><a href="/fr-fr/privacystatement/print" class="c-hyperlink">Imprimer</a> '
                '<a href="https://download.orbis.com/privacy/statement/fr-FR/OrbisPrivacyStatement_%s.pdf">Télécharger la version PDF</a> '
                '<a href="/fr-fr/previous-versions">Versions précédentes de la déclaration</a></div>' % when.strftime("%Y%m"))
    wcp = ""
    if s["wcp"]:
        wcp = ('<div id="wcpConsentBannerCtrl" class="_23tra1HsiiP6cT-Cka-ycB" role="alert" aria-label="Bannière des cookies">'
               '<p>Nous utilisons des cookies facultatifs pour améliorer votre expérience sur nos sites web, par exemple via les connexions aux réseaux sociaux, '
               'et pour afficher des publicités personnalisées en fonction de votre activité en ligne. Si vous refusez les cookies facultatifs, seuls les cookies nécessaires '
               'pour vous fournir les services seront utilisés. Vous pouvez modifier votre choix en cliquant sur « Gérer les cookies » en bas de la page. '
               '<a href="https://go.orbis.com/fwlink/?LinkId=521839">Déclaration de confidentialité</a> <a href="https://aka.orbis.com/3rdpartycookies">Cookies tiers</a></p>'
               '<button class="_1XuCi2WhiqeWRUVp3pnFG3">Accepter</button><button class="_1XuCi2WhiqeWRUVp3pnFG3">Refuser</button>'
               '<button class="_1XuCi2WhiqeWRUVp3pnFG3">Gérer les cookies</button></div>')
    locales = "".join('<li><a href="/%s/privacystatement" lang="%s">%s</a></li>' % (c, c, n) for c, n in LOCALES)
    if s["design"] == "mscom":
        header = ('<header id="uhfHeader" class="c-uhfh context-uhf" data-uhf-version="%s"><div class="c-uhfh-gcontainer-st"><a href="https://www.orbis.com/fr-fr" class="c-logo" aria-label="Orbis"><img src="https://img-prod.orbis.com/logo.png" alt="Orbis"></a>'
                  '<span class="c-uhfh-title">Confidentialité</span></div><nav class="c-uhfh-actions"><a href="/fr-fr/privacy">Confidentialité</a><a href="/fr-fr/privacystatement">Déclaration de confidentialité</a><a href="https://account.orbis.com/privacy">Tableau de bord</a></nav>'
                  '<a id="mectrl_main_trigger" href="https://login.orbis.com/">Se connecter</a></header>' % uhf)
        nav = '<div class="m-side-nav" id="statementToc"><h2>Dans cette déclaration</h2><ul>\n%s\n</ul></div>' % toc
        footer = ('<footer id="uhfFooter" class="c-uhff context-uhf"><nav class="c-uhff-nav"><a href="/fr-fr/privacystatement">Confidentialité et cookies</a>'
                  '<a href="https://www.orbis.com/fr-fr/legal/terms-of-use">Conditions d’utilisation</a><a href="https://www.orbis.com/fr-fr/legal/mentions-legales">Mentions légales</a>'
                  '<a href="#" id="c-uhff-footer_managecookies">Gérer les cookies</a></nav><div class="c-uhff-base"><a href="/fr-fr/locale">Français (France)</a><ul class="locale-list" hidden>%s</ul>'
                  '<span>&#169; Orbis %d</span></div></footer>' % (locales, when.year))
        page = ('%s\n<div id="primaryArea" class="row"><div class="col-3">%s</div><main id="mainContent" class="col-9 privacy-statement" role="main">\n%s\n%s\n</main></div>\n%s'
                % (header, nav, main, feedback, footer))
    else:
        header = ('<header id="headerArea" class="uhf" data-m=\'{"cN":"headerArea","cT":"Area_coreuiArea","id":"a1Body","sN":1,"aN":"Body"}\'><div id="headerRegion"><div class="uhf-header" data-uhf-version="%s">'
                  '<a id="uhfLogo" class="c-logo" href="https://www.orbis.com/fr-fr" aria-label="Orbis"><img alt="" src="https://uhf.orbis.com/images/orbis/RE1Mu3b.png"></a>'
                  '<div class="c-uhfh-title"><a href="/fr-fr/privacy">Confidentialité Orbis</a></div><nav class="c-uhfh-primary" aria-label="Contenu du menu"><ul>'
                  '<li><a href="/fr-fr/privacy">Accueil</a></li><li><a href="/fr-fr/privacy/privacy-report">Rapport de confidentialité</a></li><li><a href="/fr-fr/privacystatement" aria-current="page">Déclaration de confidentialité</a></li>'
                  '<li><a href="https://account.orbis.com/privacy">Tableau de bord de confidentialité</a></li></ul></nav><div class="c-me"><a href="https://login.orbis.com/" class="mectrl_signin">Connectez-vous</a></div></div></div></header>' % uhf)
        nav = ('<nav class="privacy-toc" id="statementToc" aria-label="Table des matières"><button class="toc-toggle" aria-expanded="true">Dans cette déclaration</button><ol>\n%s\n</ol>'
               '<p class="toc-whatsnew"><a href="/fr-fr/privacystatement#whatsnew">Nouveautés</a></p></nav>' % toc)
        footer = ('<footer id="footerArea" class="uhf"><div class="c-uhff-nav-row"><div><h2>Nouveautés</h2><ul><li><a href="https://www.orbis.com/fr-fr/orbis-pilot">Orbis Pilot</a></li><li><a href="https://www.orbis.com/fr-fr/orbis-os">Orbis OS</a></li></ul></div>'
                  '<div><h2>Entreprise</h2><ul><li><a href="https://careers.orbis.com/">Carrières</a></li><li><a href="https://news.orbis.com/fr-fr/">Actualités</a></li></ul></div></div>'
                  '<div class="c-uhff-base"><a id="locale-picker-link" href="/fr-fr/locale"><span class="globe" aria-hidden="true"></span>Français (France)</a><ul class="locale-list" hidden>%s</ul>'
                  '<a href="https://go.orbis.com/fwlink/?linkid=2259814" class="c-uhff-link c-uhff-ccpa"><span class="choice-icon"></span>Vos choix de confidentialité</a>'
                  '<a href="#" id="c-uhff-footer_managecookies">Gérer les cookies</a><a href="/fr-fr/privacystatement">Confidentialité</a><a href="https://www.orbis.com/fr-fr/legal/mentions-legales">Mentions légales</a>'
                  '<span>&#169; Orbis %d</span></div></footer>' % (locales, when.year))
        page = ('%s\n<div class="privacy-page-grid"><aside class="privacy-page-grid__nav">%s</aside><main id="mainContent" class="privacy-page-grid__main" role="main" tabindex="-1">\n%s\n%s\n</main></div>\n%s'
                % (header, nav, main, feedback, footer))
    return ('<!DOCTYPE html>\n<html lang="fr-FR" dir="ltr">\n<head>\n<meta charset="utf-8">\n<title>Déclaration de confidentialité Orbis – Confidentialité Orbis</title>\n'
            '<meta name="ms.cv" content="%s"><meta name="awa-requestId" content="%s"><meta name="awa-pgidx" content="1">\n'
            '<link rel="stylesheet" href="https://privacy.orbis.com/dist/site.%s.css">\n<link rel="canonical" href="https://privacy.orbis.com/fr-fr/privacystatement">\n</head>\n'
            '<body data-muid="%s">\n%s\n%s\n<script src="https://privacy.orbis.com/dist/site.%s.js"></script>\n</body>\n</html>\n'
            % (cv, rid, bh, muid, wcp, page, bh))


PAGE = {
    "service": "Orbis", "url": URL, "lang": "fr-FR", "platform": "ASP.NET privacy site (UHF chrome)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "ASP.NET"), ("Cache-Control", "no-cache"), ("Content-Language", "fr-FR")),
    "n": 30, "start": dt.date(2022, 9, 1), "end": dt.date(2026, 8, 31),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#mainTitle", "endBefore": "#feedback-section"}],
                    "remove": [".back-to-top", ".ms-expand-toggle"]},
}
