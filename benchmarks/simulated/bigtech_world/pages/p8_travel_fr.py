"""Escalia (travel booking: stays, flights, car rental, attractions, airport taxis) - fr privacy and cookie statement
at www.escalia.com/content/privacy.fr.html - classic server-rendered Perl/Template Toolkit page in the Escalia
chrome: every internal link, including the links inside the statement, carries the affiliate id and a per-visit
session id (`?aid=304142&label=gen173nr-...&sid=<32 hex>`), currency picker (geo-IP: EUR/USD/GBP), a language
picker listing 44 languages, Genius sign-in nudge, app banner, OneTrust banner, b_csrf token and experiment tags
in the inline JS. Ordinary noise.

Gold: the curated Markdown gives the links' stable targets (without aid/label/sid), as a curator's text does not
change at every visit; they are the targets of the policy source."""
import datetime as dt
import html
import common as C

URL = "https://www.escalia.com/content/privacy.fr.html"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Déclaration de confidentialité et relative aux cookies

Date de dernière mise à jour : {UPDATED}

Escalia.com B.V. (« Escalia », « nous ») vous aide à trouver et réserver des hébergements, des vols, des locations de voitures, des activités et des transferts aéroport partout dans le monde. Protéger vos données personnelles fait partie intégrante de notre mission. Cette déclaration explique quelles données personnelles nous collectons lorsque vous utilisez nos services en ligne, sur nos sites web et applications, ou par téléphone auprès de notre service client, et comment nous les utilisons.

Escalia.com B.V., dont le siège social est situé Oosterdokskade 163, 1011 DL Amsterdam, Pays-Bas, est responsable du traitement de vos données personnelles. Dans certains cas, comme pour les réservations de vols ou de voitures, un partenaire de voyage est responsable conjointement avec nous ou séparément ; nous vous l’indiquons au moment de la réservation.

## Qui sont les « partenaires de voyage » ?

Les « partenaires de voyage » désignent les prestataires de services de voyage avec lesquels nous collaborons : hébergements (hôtels, appartements, chambres d’hôtes), compagnies aériennes, loueurs de voitures, organisateurs d’activités et sociétés de transfert. Lorsque vous réservez auprès d’un partenaire de voyage, nous lui transmettons les données nécessaires à la réalisation de votre réservation.

## Quelles données personnelles collectons-nous ?

### Données que vous nous fournissez

Lorsque vous effectuez une réservation, nous vous demandons votre nom et votre adresse e-mail. Selon la réservation, nous pouvons également vous demander votre adresse postale, votre numéro de téléphone, vos données de paiement, votre date de naissance, les noms des personnes qui voyagent avec vous et vos préférences (par exemple une demande de lit bébé ou un régime alimentaire particulier). Pour certaines réservations de vols, nous devons collecter les informations de votre passeport ou de votre pièce d’identité, comme l’exigent les compagnies aériennes et les autorités.

Lorsque vous contactez notre service client, nous collectons les informations que vous nous communiquez, y compris les enregistrements des appels téléphoniques lorsque vous en avez été informé au préalable. Si vous rédigez un commentaire sur un établissement, nous publions votre avis avec votre prénom et votre pays.

### Données que nous collectons automatiquement

Lorsque vous utilisez nos services, nous collectons automatiquement certaines informations, notamment votre adresse IP, la date et l’heure de votre visite, les données relatives à votre appareil (système d’exploitation, navigateur, identifiant publicitaire), votre langue, les pages que vous consultez, vos recherches et les réservations effectuées, ainsi que votre position approximative. Si vous utilisez notre application mobile et l’autorisez, nous collectons votre position précise afin de vous proposer des hébergements et des activités à proximité.

### Données provenant d’autres sources

Nous recevons également des données vous concernant d’autres sources, notamment des partenaires de voyage (par exemple lorsqu’un hébergement nous signale une absence le jour de l’arrivée), des entreprises du groupe Escalia Holdings, des prestataires de services de paiement et de lutte contre la fraude, et des réseaux sociaux si vous choisissez de vous connecter avec votre compte de réseau social. Si vous vous connectez avec votre compte Facebook, nous recevons votre nom, votre photo de profil et votre adresse e-mail.

### Si vous réservez pour quelqu’un d’autre

Si vous effectuez une réservation pour une autre personne, nous vous demandons son nom et, dans certains cas, ses coordonnées. Vous devez vous assurer que cette personne a connaissance de la manière dont ses données sont traitées et qu’elle a accepté que vous les partagiez avec nous. Si vous utilisez un compte professionnel Escalia for Business, votre employeur peut avoir accès aux informations de vos réservations professionnelles.

### Messagerie avec les partenaires de voyage

Nous vous permettons, ainsi qu’aux partenaires de voyage, de communiquer via notre plateforme de messagerie, par exemple pour signaler une heure d’arrivée tardive ou poser une question sur le parking. Nous pouvons accéder à ces messages pour vous aider en cas de problème, pour détecter les tentatives de fraude ou d’hameçonnage et pour veiller au respect de nos conditions. Les messages sont conservés pendant trois ans après la fin du séjour.

## Pourquoi collectons-nous et utilisons-nous vos données personnelles ?

Nous utilisons vos données personnelles aux fins suivantes :

- **Réservations :** traiter et gérer vos réservations, les confirmer et vous envoyer les informations pratiques avant et pendant votre voyage.
- **Service client :** vous assister 24 heures sur 24, 7 jours sur 7, dans plus de 40 langues.
- **Compte :** gérer votre compte, vos listes de favoris et vos réservations passées.
- **Programme de fidélité Genius :** déterminer votre niveau et vous faire bénéficier des réductions et avantages associés.
- **Marketing :** avec votre consentement lorsque la loi l’exige, vous envoyer des offres et des recommandations de voyage personnalisées, et vous présenter des publicités sur d’autres sites et réseaux sociaux.
- **Avis :** vous inviter à rédiger un commentaire après votre séjour et publier les commentaires.
- **Analyses et amélioration :** analyser l’utilisation de nos services, réaliser des tests et améliorer nos produits.
- **Sécurité et prévention de la fraude :** détecter et prévenir les activités frauduleuses, notamment les tentatives d’hameçonnage visant nos clients et nos partenaires.
- **Obligations légales :** respecter les obligations légales et réglementaires qui nous incombent, notamment en matière fiscale et de lutte contre le blanchiment.

## Sur quelles bases juridiques nous appuyons-nous ?

Nous traitons vos données personnelles sur le fondement de l’exécution du contrat conclu avec vous (réservations, compte, service client), de nos intérêts légitimes (analyses, prévention de la fraude, marketing direct auprès de nos clients existants, dans la mesure permise), de votre consentement (cookies non essentiels, certaines communications marketing, position précise) et du respect de nos obligations légales.

## Comment partageons-nous vos données ?

Nous partageons vos données avec les partenaires de voyage concernés par votre réservation, avec nos prestataires de services (hébergement informatique, service client, paiement, marketing), avec les entreprises du groupe Escalia Holdings lorsque cela est nécessaire pour fournir nos services ou à des fins de sécurité, et avec les autorités compétentes lorsque la loi l’exige. Nous ne vendons pas vos données personnelles.

Lorsque vous réservez un vol, vos données sont transmises à notre partenaire Flyscan Ltd., qui traite la réservation auprès de la compagnie aérienne et est responsable du traitement pour ces données.

## Transferts internationaux

Les données que vous nous fournissez peuvent être transmises ou consultées en dehors de l’Espace économique européen, par exemple par un hébergement situé hors de l’EEE, par notre service client dans d’autres pays ou par des entreprises du groupe Escalia Holdings aux États-Unis. Dans ce cas, nous veillons à ce que les transferts soient encadrés par des garanties appropriées, notamment les clauses contractuelles types de la Commission européenne.

## Combien de temps conservons-nous vos données ?

Nous conservons vos données personnelles aussi longtemps que nécessaire pour vous fournir nos services et pour les autres finalités décrites dans cette déclaration, et au minimum pendant la durée exigée par la loi (par exemple 7 ans pour les données comptables aux Pays-Bas). Si vous supprimez votre compte, nous supprimons ou anonymisons vos données dans un délai raisonnable, sauf obligation légale de les conserver. Les enregistrements des appels au service client sont conservés pendant 90 jours.

## Commentaires des clients

Après votre séjour ou votre activité, nous pouvons vous inviter à rédiger un commentaire. Les commentaires sont publiés sur notre site avec votre prénom, votre pays, le type de voyage et la date du séjour ; vous pouvez choisir de publier votre commentaire de manière anonyme. Avant publication, les commentaires sont vérifiés par des outils automatisés et, le cas échéant, par nos équipes, afin de s’assurer qu’ils respectent nos règles. Le partenaire de voyage concerné peut répondre publiquement à votre commentaire.

## Comment protégeons-nous vos données ?

Nous mettons en œuvre des procédures et des mesures techniques et organisationnelles raisonnables pour protéger vos données personnelles contre l’accès non autorisé, la perte et l’utilisation abusive : chiffrement des données en transit, contrôle des accès fondé sur le besoin d’en connaître, authentification renforcée pour nos employés et nos partenaires, et tests réguliers de nos systèmes. Nous ne vous demanderons jamais vos données de carte bancaire par e-mail, SMS ou message hors de notre plateforme ; si vous recevez une telle demande, signalez-la à notre service client.

## Publicité sur d’autres sites et réseaux sociaux

Avec votre consentement, nous pouvons partager des informations pseudonymisées, comme un identifiant de cookie ou une adresse e-mail hachée, avec des plateformes publicitaires et des réseaux sociaux afin de vous présenter des publicités pour nos services et de mesurer leur efficacité. Vous pouvez retirer ce consentement à tout moment via le lien « Gérer les paramètres des cookies » ou dans les paramètres de votre compte.

## Cookies et technologies similaires

Nous utilisons des cookies et des technologies similaires pour faire fonctionner nos sites et applications, mémoriser vos préférences, mesurer l’audience et, avec votre consentement, personnaliser nos publicités. Pour en savoir plus et gérer vos préférences, consultez notre [Déclaration relative aux cookies](/content/cookie-statement.fr.html) et le lien « Gérer les paramètres des cookies » en bas de chaque page.

## Quels sont vos droits ?

Conformément au RGPD et, pour les utilisateurs résidant en France, à la loi Informatique et Libertés, vous avez le droit d’accéder à vos données, de les rectifier, de les effacer, d’en limiter le traitement, de vous y opposer, d’en demander la portabilité et de retirer à tout moment votre consentement. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, utilisez notre [formulaire de demande](/content/dsar.fr.html) ou écrivez à dataprotectionoffice@escalia.com. Vous pouvez introduire une réclamation auprès de l’Autoriteit Persoonsgegevens (autorité néerlandaise, chef de file) ou de la Commission nationale de l’informatique et des libertés (CNIL) en France.

## Données des mineurs

Nos services ne s’adressent pas aux personnes de moins de 16 ans. Les mineurs ne peuvent utiliser nos services qu’avec l’autorisation d’un parent ou d’un tuteur. Nous ne traitons les données d’enfants que lorsqu’elles nous sont communiquées par un parent ou un tuteur dans le cadre d’une réservation familiale, par exemple l’âge des enfants pour le choix de l’hébergement.

## Comment pouvez-vous nous contacter ?

Si vous avez des questions ou des préoccupations concernant le traitement de vos données personnelles, vous pouvez contacter notre délégué à la protection des données à l’adresse dataprotectionoffice@escalia.com.

## Modifications de cette déclaration

Nos services évoluent constamment, et cette déclaration peut également être modifiée. Nous vous informerons de toute modification importante par e-mail ou via nos sites et applications, et nous indiquerons la date de la dernière mise à jour en haut de cette page.
"""

EDITS = [
    {"note": "new product: airport taxis and attractions - data shared with taxi companies and activity organisers (new paragraph in sharing)",
     "repl": [("Lorsque vous réservez un vol, vos données sont transmises à notre partenaire Flyscan Ltd.,",
               "Lorsque vous réservez un transfert aéroport ou une activité, nous transmettons votre nom, votre numéro de téléphone, votre numéro de vol et le lieu de prise en charge à la société de taxis ou à l’organisateur concerné, qui en est responsable pour la réalisation du service.\n\nLorsque vous réservez un vol, vos données sont transmises à notre partenaire Flyscan Ltd.,")]},
    {"note": "Facebook-login sentence removed (silent, date not bumped)", "bump": False,
     "repl": [(" Si vous vous connectez avec votre compte Facebook, nous recevons votre nom, votre photo de profil et votre adresse e-mail.", "")]},
    {"note": "transfers: EU-U.S. Data Privacy Framework (group companies in the US certified) added",
     "repl": [("notamment les clauses contractuelles types de la Commission européenne.",
               "notamment les clauses contractuelles types de la Commission européenne. Les entreprises du groupe Escalia Holdings établies aux États-Unis sont certifiées dans le cadre du Data Privacy Framework UE–États-Unis, sur lequel nous nous appuyons pour les transferts qui leur sont destinés depuis le 10 juillet 2023.")]},
    {"note": "new section: AI trip planner (generative AI) - conversations processed by a third-party model provider, kept 30 days; not used for ad targeting",
     "repl": [("## Sur quelles bases juridiques nous appuyons-nous ?",
               "## Comment utilisons-nous l’intelligence artificielle ?\n\nNotre Assistant de voyage IA vous aide à planifier votre voyage à partir de questions formulées en langage naturel. Pour répondre, nous traitons vos questions, vos recherches et, si vous êtes connecté, vos réservations passées. Les conversations sont traitées par un fournisseur de modèles de langage agissant en qualité de sous-traitant, qui ne les utilise pas pour entraîner ses propres modèles. Nous conservons l’historique de vos conversations pendant 30 jours et ne l’utilisons pas pour vous présenter des publicités.\n\nNous utilisons également l’apprentissage automatique pour classer les résultats de recherche, détecter la fraude et traduire les commentaires. Aucune de ces décisions automatisées ne produit d’effets juridiques à votre égard.\n\n## Sur quelles bases juridiques nous appuyons-nous ?")]},
    {"note": "DMA (gatekeeper): consent before combining data across group services; right to data portability in real time via business-user API",
     "repl": [("## Transferts internationaux\n",
               "### Règlement sur les marchés numériques (DMA)\n\nEscalia a été désignée contrôleur d’accès au titre du règlement (UE) 2022/1925 sur les marchés numériques pour son service d’intermédiation en ligne. Si vous résidez dans l’Espace économique européen, nous ne combinons pas et n’utilisons pas de manière croisée les données personnelles issues de ce service avec celles d’autres services d’Escalia Holdings, comme Flyscan ou Nidoo, sans votre consentement. Vous pouvez donner ou retirer ce consentement à tout moment dans les paramètres de confidentialité de votre compte. Vous pouvez également demander la portabilité continue et en temps réel de vos données.\n\n## Transferts internationaux\n")]},
]

LANGS = ["English (UK)", "English (US)", "Deutsch", "Nederlands", "Français", "Español", "Español (AR)", "Español (MX)", "Català", "Italiano",
         "Português (PT)", "Português (BR)", "Norsk", "Suomi", "Svenska", "Dansk", "Čeština", "Magyar", "Română", "日本語", "简体中文", "繁體中文",
         "Polski", "Ελληνικά", "Русский", "Türkçe", "Български", "العربية", "한국어", "עברית", "Latviski", "Українська", "हिन्दी",
         "Bahasa Indonesia", "Bahasa Malaysia", "ภาษาไทย", "Eesti", "Hrvatski", "Lietuvių", "Slovenčina", "Srpski", "Slovenščina", "Tiếng Việt", "Filipino", "Íslenska"]
CURRENCIES = [("EUR", "€"), ("EUR", "€"), ("USD", "US$"), ("GBP", "£"), ("CHF", "CHF")]
LABEL = "gen173nr-1FCAEoggI46AdIM1gEaE2IAQGYAQ24AQfIAQzYAQHoAQH4AQuIAgGoAgO4Aq"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sid"] = C.hexs(rng, 32)
    s["tokens"] = (C.alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"), C.hexs(rng, 16), C.b64tok(rng, 12))
    s["label"] = C.keep_or(rng, prev.get("label"), 0.2, lambda: LABEL[:17] + C.alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "Aq")
    s["currency"] = C.keep_or(rng, prev.get("currency"), 0.35, lambda: rng.choice(CURRENCIES))
    s["experiments"] = C.keep_or(rng, prev.get("experiments"), 0.5, lambda: ",".join(sorted(rng.sample(
        ["HbfOYXBVeSdXKBKVIcYJHe", "aaTMLKXNdPZRZWe", "cCHObTRVDEZRdPQQQdKe", "dLYHeZCJNbdcfAebLNSLT", "eWHMcCfNNLAQWUccNYUSERaBbHT", "OTfdASFaMLNXBCTecUTdXYC"], 3))))
    s["genius"] = C.keep_or(rng, prev.get("genius"), 0.4, lambda: rng.choice(["signin", "genius_banner", "app_banner"]))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.3, lambda: rng.random() < 0.75)
    return s


LABELS = {
    "sid": "per-visit session id in every internal link (including links inside the statement)",
    "tokens": "b_csrf_token, b_nonce, pageview id",
    "label": "affiliate label parameter regenerated",
    "currency": "currency picker set by geo-IP",
    "experiments": "experiment tags (b_feature_running) in inline JS",
    "genius": "Genius sign-in nudge / Genius banner / app banner",
    "cookie": "OneTrust banner shown or not",
}


def qs(s):
    return "aid=304142&amp;label=%s&amp;sid=%s" % (s["label"], s["sid"])


def tracked(htm, s):
    """every link to escalia.com (relative or absolute) gets ?aid=&label=&sid="""
    out = []
    parts = htm.split('href="')
    out.append(parts[0])
    for p in parts[1:]:
        url, rest = p.split('"', 1)
        if url.startswith("/") or "escalia.com" in url:
            url = url + ("&amp;" if "?" in url else "?") + qs(s)
        out.append('href="' + url + '"' + rest)
    return "".join(out)


def render(s, blocks, when):
    csrf, pvid, nonce = s["tokens"]
    cur, sym = s["currency"]
    head, secs = C.split_sections(blocks)
    toc = "\n".join('<li class="bui-list__item"><a class="bui-link" href="#section-%d">%s</a></li>' % (k, html.escape(t)) for k, (t, _) in enumerate(secs))
    body = [C.block_html(head[0], {"h1": "bui-title__text"}), '<p class="privacy-last-updated">%s</p>' % html.escape(head[1][1])]
    body += [C.block_html(b) for b in head[2:]]
    for k, (t, bl) in enumerate(secs):
        body.append('<div class="privacy-section" id="section-%d"><h2 class="bui-title__text bui-f-font-strong">%s</h2>\n%s\n</div>'
                    % (k, html.escape(t), C.blocks_html(bl)))
    content = tracked("\n".join(body), s)
    nudge = {"signin": '<div class="bui-alert bui-alert--info js-signin-nudge"><p>Connectez-vous pour bénéficier de réductions Genius</p><a href="/sign-in.fr.html?%s">Se connecter</a></div>' % qs(s),
             "genius_banner": '<div class="bui-banner genius-banner"><p>Économisez 10 %% ou plus sur des milliers d’hébergements avec Genius</p><a href="/genius.fr.html?%s">En savoir plus</a></div>' % qs(s),
             "app_banner": '<div class="bui-banner app-banner"><p>Réservez plus vite avec l’application Escalia</p><a href="https://escalia.onelink.me/abc?pid=mweb_banner&amp;c=privacy">Télécharger</a></div>'}[s["genius"]]
    cookie = ""
    if s["cookie"]:
        cookie = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">Nous utilisons des cookies nécessaires au fonctionnement de notre site. '
                  'Avec votre accord, nous utilisons également des cookies pour personnaliser votre expérience et vous proposer des publicités pertinentes. '
                  '<a href="/content/cookie-statement.fr.html">Déclaration relative aux cookies</a></p><button id="onetrust-accept-btn-handler">Accepter</button>'
                  '<button id="onetrust-reject-all-handler">Refuser</button><button id="onetrust-pc-btn-handler">Gérer les paramètres</button></div></div>')
    langs = "\n".join('<li class="bui-list__item"><a href="/content/privacy.%s.html?%s" lang="%s">%s</a></li>' % (
        ["en-gb", "en-us", "de", "nl", "fr", "es", "es-ar", "es-mx", "ca", "it", "pt-pt", "pt-br", "no", "fi", "sv", "da", "cs", "hu", "ro", "ja", "zh-cn", "zh-tw",
         "pl", "el", "ru", "tr", "bg", "ar", "ko", "he", "lv", "uk", "hi", "id", "ms", "th", "et", "hr", "lt", "sk", "sr", "sl", "vi", "tl", "is"][k],
        qs(s), "x", n) for k, n in enumerate(LANGS))
    chrome = ('<header class="bui-header bui-header--logo-large" role="banner"><nav class="bui-header__main"><a href="/index.fr.html?%s" class="bui-header__logo" aria-label="Escalia.com">'
              '<img src="https://cf.escaliastatic.com/static/img/b26logo/escalia_logo_2020.svg" alt="Escalia.com"></a>'
              '<div class="bui-group bui-header__right"><button class="bui-button bui-button--light" data-modal-id="currency_selector" aria-label="Choisissez votre devise. Votre devise actuelle : %s"><span class="bui-button__text">%s</span></button>'
              '<button class="bui-button bui-button--light" data-modal-id="language-selection" aria-label="Choisissez votre langue. Votre langue actuelle : Français"><img src="https://cf.escaliastatic.com/static/img/flags/24/fr.png" alt=""></button>'
              '<a class="bui-button" href="/help.fr.html?%s">Aide</a><a class="bui-button bui-button--secondary" href="https://join.escalia.com/?lang=fr&amp;utm_source=topbar">Inscrire votre établissement</a>'
              '<a class="bui-button bui-button--light" href="https://account.escalia.com/register?op_token=%s">S’inscrire</a><a class="bui-button bui-button--light" href="https://account.escalia.com/sign-in?op_token=%s">Se connecter</a></div></nav>'
              '<nav class="bui-tab bui-header__tab"><ul><li><a href="/index.fr.html?%s">Séjours</a></li><li><a href="https://www.escalia.com/flights/index.fr.html?%s">Vols</a></li>'
              '<li><a href="/cars/index.fr.html?%s">Location de voitures</a></li><li><a href="/attractions/index.fr.html?%s">Attractions</a></li><li><a href="/taxi/index.fr.html?%s">Taxis aéroport</a></li></ul></nav></header>'
              % (qs(s), cur, cur, qs(s), nonce[:10], nonce[:10], qs(s), qs(s), qs(s), qs(s), qs(s)))
    footer = ('<footer class="footer-wrap"><div class="footer-top-links"><a href="/content/privacy.fr.html?%s">Déclaration de confidentialité et relative aux cookies</a>'
              '<a href="/content/terms.fr.html?%s">Conditions générales</a><a href="/content/dsa.fr.html?%s">Centre d’information sur le règlement sur les services numériques</a>'
              '<a href="/content/how_we_work.fr.html?%s">Notre fonctionnement</a><a href="#" class="ot-sdk-show-settings">Gérer les paramètres des cookies</a></div>'
              '<div class="language-picker-modal" id="language-selection" hidden><h2>Sélectionnez votre langue</h2><ul class="bui-list">\n%s\n</ul></div>'
              '<p class="footer-copyright">Copyright &#169; 1996–%d Escalia.com™. Tous droits réservés.</p><p>Escalia.com fait partie d’Escalia Holdings Inc., leader mondial du voyage en ligne et des services associés.</p></footer>'
              % (qs(s), qs(s), qs(s), qs(s), langs, when.year))
    return ('<!DOCTYPE html>\n<html lang="fr" xmlns:fb="http://ogp.me/ns/fb#">\n<head>\n<meta charset="utf-8">\n<title>Déclaration de confidentialité et relative aux cookies d’Escalia.com</title>\n'
            '<link rel="canonical" href="https://www.escalia.com/content/privacy.fr.html">\n<meta name="robots" content="index,follow">\n'
            '<script nonce="%s">var escalia = window.escalia || {}; escalia.env = {b_csrf_token: \'%s\', b_pageview_id: \'%s\', b_sid: \'%s\', b_aid: \'304142\', b_label: \'%s\', '
            'b_selected_currency: \'%s\', b_lang: \'fr\', b_feature_running: \'%s\', b_action: \'privacy\', b_site_type: \'www\'};</script>\n'
            '<link rel="stylesheet" href="https://cf.escaliastatic.com/static/css/privacy_cloudfront.iq_ltr/%s.css">\n</head>\n'
            '<body id="b2privacyPage" class="lang_is_fr lang_has_ltr b_sticky_header">\n%s\n%s\n'
            '<div id="bodyconstraint"><div id="bodyconstraint-inner"><div class="bui-grid"><aside class="bui-grid__column-3 content-page__sidebar"><h3>Sommaire</h3><ul class="bui-list">\n%s\n</ul>'
            '<a class="bui-link" href="/content/privacy.fr.html?%s&amp;print=1">Version imprimable</a></aside>'
            '<div class="bui-grid__column-9 content-page__body" id="privacy_content">\n%s\n</div></div></div></div>\n%s\n%s\n'
            '<script nonce="%s" src="https://cf.escaliastatic.com/static/js/main_cloudfront.iq_ltr/%s.js"></script>\n</body>\n</html>\n'
            % (nonce, csrf, pvid, s["sid"], s["label"], cur, s["experiments"], C.det_sha(s["experiments"])[:40], chrome, nudge, toc,
               qs(s), content, footer, cookie, nonce, C.det_sha(s["experiments"], "js")[:40]))


PAGE = {
    "service": "Escalia", "url": URL, "lang": "fr-FR", "platform": "server-rendered (Perl/Template Toolkit), BUI",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Recruiting", "Like HTTP headers? Come write ours: careers.escalia.com"),
                      ("Cache-Control", "private")),
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#privacy_content"]},
}
