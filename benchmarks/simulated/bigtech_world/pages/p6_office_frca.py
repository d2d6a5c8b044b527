"""Scriba (online office suite: documents, spreadsheets, mail, meetings) - fr-CA privacy policy at
scriba.com/fr-ca/legal/confidentialite - Gatsby site on a headless CMS (Contentful): styled-components class names
that change with each build, page-data hash, Intercom launcher, OneTrust banner, "Essai gratuit" CTA A/B in the
header, region/language picker, "Imprimer" and "Télécharger en PDF" tools, "Cette page vous a-t-elle été utile?"
widget after the article. Ordinary noise. Written natively in Canadian French (LPRPDE, Loi 25 du Québec, CAI)."""
import datetime as dt
import html
import common as C

URL = "https://www.scriba.com/fr-ca/legal/confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité de Scriba

Date d’entrée en vigueur : {UPDATED}

Chez Scriba, nous savons que vous nous confiez vos documents, vos courriels et vos conversations les plus importants. La présente politique de confidentialité explique quels renseignements personnels Scriba inc. (« Scriba », « nous ») recueille lorsque vous utilisez nos sites Web, nos applications et la suite Scriba (Scriba Docs, Scriba Calc, Scriba Courriel et Scriba Réunions), pourquoi nous les recueillons et comment vous pouvez exercer vos droits.

**En bref :**

- Nous utilisons vos renseignements pour vous fournir la suite Scriba, la sécuriser et l’améliorer.
- Nous ne vendons pas vos renseignements personnels et nous n’utilisons pas le contenu de vos documents ou de vos courriels à des fins publicitaires.
- Vous pouvez accéder à vos renseignements, les faire rectifier et retirer votre consentement en tout temps.
- Si votre compte vous est fourni par votre employeur ou votre école, c’est cette organisation qui contrôle vos données d’espace de travail.

La présente politique s’applique aux renseignements personnels que nous traitons pour notre propre compte. Lorsqu’une organisation (votre employeur, votre école ou un autre client) vous fournit un compte Scriba, c’est elle qui décide de la façon dont vos renseignements sont traités dans ses espaces de travail; Scriba agit alors comme fournisseur de services pour le compte de cette organisation, conformément à notre [Entente sur le traitement des données](https://www.scriba.com/fr-ca/legal/etd).

## 1. Renseignements que nous recueillons

### Renseignements que vous nous fournissez

- **Renseignements de compte :** votre nom, votre adresse courriel, votre mot de passe, votre langue, votre fuseau horaire et, si vous le souhaitez, votre photo de profil et votre numéro de téléphone.
- **Renseignements de facturation :** le nom et l’adresse de facturation, le type de carte de crédit et les quatre derniers chiffres de celle-ci. Les numéros de carte complets sont traités par notre fournisseur de paiement certifié PCI DSS et ne sont pas conservés par Scriba.
- **Contenu client :** les documents, feuilles de calcul, courriels, messages, enregistrements de réunions et autres fichiers que vous créez, importez ou partagez dans la suite Scriba.
- **Communications :** les renseignements que vous nous transmettez lorsque vous communiquez avec notre équipe de soutien, répondez à un sondage ou participez à un webinaire.

### Renseignements recueillis automatiquement

- **Données d’utilisation :** les fonctions que vous utilisez, les pages consultées, les clics, la date et l’heure de vos activités, ainsi que les messages d’erreur.
- **Données sur l’appareil :** l’adresse IP, le type et la version du navigateur, le système d’exploitation, les identifiants de l’appareil et les paramètres linguistiques.
- **Témoins et technologies semblables :** nous utilisons des témoins (cookies) et des technologies semblables pour vous garder connecté, mémoriser vos préférences et mesurer l’utilisation de nos services. Vous trouverez plus de détails dans notre [Politique relative aux témoins](https://www.scriba.com/fr-ca/legal/temoins).

### Renseignements relatifs à Scriba Réunions

Lorsque vous participez à une réunion dans Scriba Réunions, nous traitons votre nom d’affichage, votre image et votre voix si vous activez votre caméra et votre micro, les messages de clavardage échangés pendant la réunion, ainsi que des données techniques sur la qualité de la connexion. Les réunions ne sont enregistrées que si l’organisateur active l’enregistrement; tous les participants en sont alors avisés par un indicateur visuel et sonore. Les enregistrements et les transcriptions sont stockés dans l’espace de l’organisateur, qui en contrôle l’accès et la durée de conservation.

### Renseignements provenant de tiers

Nous recevons des renseignements de tiers lorsque vous vous connectez au moyen d’un fournisseur d’authentification unique, lorsqu’un administrateur crée votre compte, ou lorsque nos partenaires revendeurs nous transmettent les coordonnées d’un client. Nous pouvons également obtenir des renseignements publics sur des entreprises afin de mieux cibler nos communications commerciales.

## 2. Comment nous utilisons vos renseignements

Nous utilisons vos renseignements personnels aux fins suivantes :

- fournir, exploiter et maintenir la suite Scriba, y compris synchroniser vos fichiers entre vos appareils et permettre la collaboration en temps réel;
- traiter vos paiements et gérer votre abonnement;
- assurer la sécurité de nos services, notamment en détectant les connexions suspectes, les pourriels et les logiciels malveillants;
- améliorer nos produits, notamment en analysant des données d’utilisation agrégées et dépersonnalisées;
- communiquer avec vous au sujet de votre compte, de nos services et, avec votre consentement, de nos offres;
- respecter nos obligations légales et faire valoir nos droits.

Nous n’analysons pas le contenu de vos documents ni de vos courriels à des fins publicitaires, et nous ne vendons pas vos renseignements personnels.

Nous pouvons afficher des publicités pour la suite Scriba sur des sites tiers en utilisant des pixels de réseaux sociaux installés sur nos sites marketing, mais jamais dans l’application elle-même.

## 3. Consentement

Nous recueillons, utilisons et communiquons vos renseignements personnels avec votre consentement, sauf lorsque la loi permet ou exige de le faire sans consentement. Selon la nature des renseignements, votre consentement peut être exprès ou implicite. Vous pouvez retirer votre consentement en tout temps, sous réserve des restrictions légales ou contractuelles et d’un préavis raisonnable; le retrait de votre consentement pourrait toutefois nous empêcher de vous offrir certains services.

## 4. Communication de vos renseignements

Nous communiquons vos renseignements personnels uniquement dans les cas suivants :

- **Fournisseurs de services :** nous faisons appel à des fournisseurs de services (hébergement infonuagique, traitement des paiements, soutien à la clientèle, envoi de courriels) qui traitent des renseignements pour notre compte, selon nos instructions et en vertu d’ententes écrites qui les obligent à les protéger.
- **Administrateurs de votre organisation :** si vous utilisez un compte fourni par une organisation, l’administrateur de celle-ci peut accéder à votre compte, le suspendre ou le supprimer.
- **Autres utilisateurs :** lorsque vous partagez un document ou invitez une personne à une réunion, les renseignements que vous choisissez de partager leur sont accessibles.
- **Obligations légales :** nous pouvons communiquer des renseignements pour nous conformer à une loi, à une ordonnance d’un tribunal ou à une demande valide d’une autorité publique. Nous publions chaque année un rapport de transparence sur ces demandes.
- **Transactions commerciales :** en cas de fusion, d’acquisition ou de vente d’actifs, vos renseignements pourraient être transférés à l’entité acquéreuse, qui sera tenue de les protéger conformément à la présente politique.

### Intégrations et applications tierces

La suite Scriba vous permet de connecter des applications tierces, comme des outils de gestion de projet, de signature électronique ou de stockage. Lorsque vous autorisez une intégration, vous nous demandez de communiquer à cette application les renseignements nécessaires à son fonctionnement. Le traitement de ces renseignements par l’application tierce est régi par sa propre politique de confidentialité; nous vous invitons à la consulter avant d’autoriser l’intégration. Vous pouvez révoquer l’accès d’une application en tout temps dans les paramètres de votre compte.

## 5. Où vos renseignements sont conservés

Scriba est une entreprise établie à Montréal. Nos services sont hébergés par des fournisseurs infonuagiques au Canada et aux États-Unis, et certains de nos fournisseurs de services traitent des renseignements dans d’autres pays. Vos renseignements peuvent donc être accessibles aux tribunaux, aux organismes d’application de la loi et aux autorités de sécurité nationale de ces pays.

## 6. Conservation des renseignements

Nous conservons vos renseignements personnels aussi longtemps que votre compte est actif ou que cela est nécessaire pour vous fournir nos services. Lorsque vous supprimez votre compte, votre contenu est placé dans une corbeille pendant 30 jours, puis supprimé de nos systèmes actifs; les copies de sauvegarde sont effacées au plus tard 90 jours plus tard. Nous conservons les renseignements de facturation pendant la période exigée par les lois fiscales, soit généralement six ans. Les journaux de sécurité, qui contiennent notamment les adresses IP utilisées pour accéder à votre compte, sont conservés pendant 13 mois afin de nous permettre d’enquêter sur les incidents.

## 7. Sécurité

Nous protégeons vos renseignements au moyen de mesures de sécurité raisonnables sur les plans matériel, organisationnel et technique, notamment le chiffrement en transit (TLS 1.2 ou plus) et au repos (AES-256), l’authentification à deux facteurs, le contrôle d’accès fondé sur les rôles et des audits réguliers. Scriba détient les certifications ISO/IEC 27001 et SOC 2 Type II.

## 8. Vos droits

Sous réserve des exceptions prévues par la loi, vous avez le droit :

- d’accéder aux renseignements personnels que nous détenons à votre sujet et d’en obtenir une copie;
- de faire rectifier des renseignements inexacts, incomplets ou équivoques;
- de retirer votre consentement;
- de demander la désindexation ou la cessation de la diffusion de vos renseignements lorsque la loi le permet;
- de recevoir vos renseignements informatisés dans un format technologique structuré et couramment utilisé.

Pour exercer vos droits, écrivez-nous à [vieprivee@scriba.com](mailto:vieprivee@scriba.com) ou utilisez le formulaire de notre [centre de confidentialité](https://www.scriba.com/fr-ca/confidentialite/demande). Nous répondrons à votre demande dans un délai de 30 jours. Si vous n’êtes pas satisfait de notre réponse, vous pouvez déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada ou, si vous résidez au Québec, auprès de la Commission d’accès à l’information du Québec.

## 9. Utilisateurs de l’Espace économique européen et du Royaume-Uni

Si vous résidez dans l’Espace économique européen (EEE) ou au Royaume-Uni, Scriba traite vos renseignements personnels en se fondant sur les bases juridiques suivantes du Règlement général sur la protection des données (RGPD) : l’exécution de notre contrat avec vous, pour vous fournir la suite Scriba; nos intérêts légitimes, pour sécuriser et améliorer nos services et pour communiquer avec nos clients professionnels; votre consentement, pour les témoins non essentiels et les communications marketing; et le respect de nos obligations légales.

Vous disposez, en plus des droits décrits ci-dessus, du droit à l’effacement, du droit à la limitation du traitement et du droit de vous opposer au traitement fondé sur nos intérêts légitimes. Le Canada bénéficie d’une décision d’adéquation de la Commission européenne pour les organisations assujetties à la LPRPDE. Notre représentant dans l’Union européenne est Scriba Europe SAS, 12, rue de la Paix, 75002 Paris, France. Vous pouvez également déposer une plainte auprès de l’autorité de contrôle de votre pays de résidence, comme la Commission nationale de l’informatique et des libertés (CNIL) en France.

## 10. Liens vers d’autres sites

Nos sites Web peuvent contenir des liens vers des sites exploités par des tiers. Nous ne sommes pas responsables des pratiques de ces sites en matière de protection des renseignements personnels et vous encourageons à lire leur politique de confidentialité.

## 11. Modifications de la présente politique

Nous pouvons modifier la présente politique de temps à autre. La date d’entrée en vigueur indiquée en haut de la page sera alors mise à jour. En cas de modification importante, nous vous en aviserons par courriel ou au moyen d’un avis dans la suite Scriba au moins 30 jours avant son entrée en vigueur.

## 12. Nous joindre

Pour toute question concernant la présente politique ou nos pratiques en matière de protection des renseignements personnels, écrivez-nous :

@ Scriba inc.
@ Équipe de la protection de la vie privée
@ 1000, rue De La Gauchetière Ouest, bureau 2400
@ Montréal (Québec) H3B 4W5
@ [vieprivee@scriba.com](mailto:vieprivee@scriba.com)
"""

EDITS = [
    {"note": "social-media pixels sentence removed from section 2 (silent, date not bumped)", "bump": False,
     "repl": [("\n\nNous pouvons afficher des publicités pour la suite Scriba sur des sites tiers en utilisant des pixels de réseaux sociaux installés sur nos sites marketing, mais jamais dans l’application elle-même.", "")]},
    {"note": "Loi 25 (Sept. 2022): person in charge of the protection of personal information named, with title and contact; privacy incidents register",
     "repl": [("## 12. Nous joindre\n\nPour toute question",
               "## 12. Responsable de la protection des renseignements personnels\n\nConformément à la Loi sur la protection des renseignements personnels dans le secteur privé du Québec, telle que modifiée par la Loi 25, notre cheffe de la protection de la vie privée, Mme Julie Tremblay, agit à titre de responsable de la protection des renseignements personnels. Vous pouvez la joindre à l’adresse [responsable.prp@scriba.com](mailto:responsable.prp@scriba.com).\n\nNous tenons un registre des incidents de confidentialité et, lorsqu’un incident présente un risque de préjudice sérieux, nous en avisons la Commission d’accès à l’information, le Commissariat à la protection de la vie privée du Canada et les personnes concernées.\n\n## 13. Nous joindre\n\nPour toute question")]},
    {"note": "transfers outside Quebec: privacy impact assessment before communicating data outside Quebec; Canadian data residency (Montreal/Toronto) option",
     "repl": [("Vos renseignements peuvent donc être accessibles aux tribunaux, aux organismes d’application de la loi et aux autorités de sécurité nationale de ces pays.",
               "Vos renseignements peuvent donc être accessibles aux tribunaux, aux organismes d’application de la loi et aux autorités de sécurité nationale de ces pays.\n\nAvant de communiquer des renseignements personnels à l’extérieur du Québec, nous procédons à une évaluation des facteurs relatifs à la vie privée (EFVP) afin de nous assurer qu’ils bénéficieront d’une protection adéquate. Les clients des forfaits Affaires et Entreprise peuvent choisir que leur contenu soit hébergé exclusivement dans nos centres de données de Montréal et de Toronto.")]},
    {"note": "new AI section: Scriba Assistant (generative AI) - customer content not used to train models; third-party model provider as service provider",
     "repl": [("## 3. Consentement",
               "### Scriba Assistant et intelligence artificielle\n\nLorsque vous utilisez Scriba Assistant, notre assistant de rédaction fondé sur l’intelligence artificielle générative, nous traitons vos requêtes et le contenu que vous sélectionnez afin de générer une réponse. Nous n’utilisons pas votre contenu client pour entraîner nos modèles ni ceux de nos fournisseurs. Les requêtes sont traitées par un fournisseur de modèles agissant à titre de fournisseur de services et ne sont pas conservées par celui-ci au-delà de 30 jours, aux seules fins de détection des abus.\n\n## 3. Consentement")]},
    {"note": "children: parental consent required under 14 (Quebec) and accounts for education; age threshold added",
     "repl": [("## 12. Responsable de la protection", "## 13. Responsable de la protection"),
              ("## 13. Nous joindre", "## 14. Nous joindre"),
              ("## 11. Modifications de la présente politique",
               "## 11. Enfants\n\nLa suite Scriba ne s’adresse pas aux enfants de moins de 14 ans, sauf dans le cadre d’un compte Scriba pour l’éducation géré par un établissement scolaire. Nous ne recueillons pas sciemment de renseignements personnels concernant un enfant de moins de 14 ans sans le consentement du titulaire de l’autorité parentale ou du tuteur. Si vous croyez qu’un enfant nous a fourni des renseignements sans ce consentement, écrivez-nous et nous les supprimerons.\n\n## 12. Modifications de la présente politique")]},
]

REGIONS = [("fr-ca", "Canada (français)"), ("en-ca", "Canada (English)"), ("en-us", "United States (English)"), ("en-gb", "United Kingdom (English)"),
           ("fr-fr", "France (français)"), ("de-de", "Deutschland (Deutsch)"), ("es-es", "España (español)"), ("es-mx", "México (español)"),
           ("pt-br", "Brasil (português)"), ("it-it", "Italia (italiano)"), ("nl-nl", "Nederland (Nederlands)"), ("ja-jp", "日本 (日本語)")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.5, lambda: (C.hexs(rng, 20), str(rng.randint(1000000000, 4294967295)),
                                                                  [C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(10)]))
    s["visit"] = (C.uuid4(rng), C.hexs(rng, 16))
    s["cta"] = C.keep_or(rng, prev.get("cta"), 0.35, lambda: rng.choice(["Essai gratuit", "Commencer gratuitement", "Essayez Scriba gratuitement"]))
    s["onetrust"] = C.keep_or(rng, prev.get("onetrust"), 0.3, lambda: rng.random() < 0.7)
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.3, lambda: rng.choice(["", "Nouveau : Scriba Réunions inclut maintenant la transcription en français.",
                                                                             "Scriba Connect 2024 : inscrivez-vous à notre conférence annuelle à Montréal.",
                                                                             "Économisez 20 % sur le forfait annuel Affaires jusqu’au 31 mars."]))
    return s


LABELS = {
    "build": "Gatsby build (page-data hash, webpack compilation hash, styled-components class names)",
    "visit": "per-visit ids (Intercom anonymous id, OneTrust consent id)",
    "cta": "header call-to-action A/B wording",
    "onetrust": "OneTrust cookie banner shown or not",
    "announce": "announcement bar above the header",
}


def render(s, blocks, when):
    ph, comp, sc = s["build"]
    icid, otid = s["visit"]
    h1 = blocks[0]
    eff = blocks[1]
    rest = blocks[2:]
    toc = "".join('<li><a href="#%s">%s</a></li>' % ("section-%d" % k, html.escape(b[1])) for k, b in enumerate(x for x in rest if x[0] == "h2"))
    body, k = [], 0
    for b in rest:
        if b[0] == "h2":
            body.append('<h2 id="section-%d" class="sc-%s %s">%s</h2>' % (k, sc[0], sc[1], html.escape(b[1])))
            k += 1
        else:
            body.append(C.block_html(b, {"p": "sc-%s %s" % (sc[2], sc[3]), "ul": "sc-%s %s" % (sc[4], sc[5])}))
    ann = ('<div class="sc-%s %s announcement-bar" role="region" aria-label="Annonce"><p>%s</p><button aria-label="Fermer">×</button></div>'
           % (sc[6], sc[7], html.escape(s["announce"]))) if s["announce"] else ""
    ot = ""
    if s["onetrust"]:
        ot = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Bannière de témoins">'
              '<p id="onetrust-policy-text">Nous utilisons des témoins pour améliorer votre expérience, analyser la fréquentation de notre site et personnaliser le contenu. '
              '<a href="/fr-ca/legal/temoins">Politique relative aux témoins</a></p><button id="onetrust-accept-btn-handler">Tout accepter</button>'
              '<button id="onetrust-reject-all-handler">Refuser les témoins non essentiels</button><button id="onetrust-pc-btn-handler">Paramètres des témoins</button></div></div>')
    regions = "".join('<li><a href="/%s/legal/%s" hreflang="%s"%s>%s</a></li>' % (c, "confidentialite" if c.startswith("fr") else "privacy", c,
                                                                                   ' aria-current="true"' if c == "fr-ca" else "", n) for c, n in REGIONS)
    return ('<!DOCTYPE html><html lang="fr-CA"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.%d.0"/>'
            '<title data-react-helmet="true">Politique de confidentialité | Scriba</title><link rel="canonical" href="%s" data-baseprotocol="https:" data-basehost="www.scriba.com"/>'
            '<link as="fetch" rel="preload" href="/page-data/fr-ca/legal/confidentialite/page-data.json" crossorigin="anonymous"/>'
            '<link as="fetch" rel="preload" href="/page-data/sq/d/%s.json" crossorigin="anonymous"/>'
            '<style data-styled="active" data-styled-version="5.3.11">.%s{font-weight:700}.%s{line-height:1.6}</style></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">%s'
            '<header class="sc-%s %s site-header"><a href="/fr-ca/" aria-label="Scriba, accueil"><img src="//images.ctfassets.net/x7k2q9scr1ba/%s/logo-scriba.svg" alt="Scriba"/></a>'
            '<nav aria-label="Principal"><ul><li><a href="/fr-ca/produits/">Produits</a></li><li><a href="/fr-ca/tarifs/">Tarifs</a></li><li><a href="/fr-ca/entreprise/">Entreprises</a></li>'
            '<li><a href="/fr-ca/education/">Éducation</a></li><li><a href="/fr-ca/ressources/">Ressources</a></li></ul></nav>'
            '<a href="https://app.scriba.com/connexion?lang=fr-CA">Se connecter</a><a class="cta" href="https://app.scriba.com/inscription?lang=fr-CA&amp;utm_source=site&amp;utm_content=header">%s</a></header>'
            '<main><div class="sc-%s %s legal-layout"><aside class="legal-nav"><p>Centre juridique</p><ul><li><a href="/fr-ca/legal/conditions">Conditions d’utilisation</a></li>'
            '<li><a href="/fr-ca/legal/confidentialite" aria-current="page">Politique de confidentialité</a></li><li><a href="/fr-ca/legal/temoins">Politique relative aux témoins</a></li>'
            '<li><a href="/fr-ca/legal/etd">Entente sur le traitement des données</a></li><li><a href="/fr-ca/legal/sous-traitants">Sous-traitants</a></li></ul>'
            '<p>Sur cette page</p><ol class="legal-toc">%s</ol></aside>'
            '<article class="legal-page__body" data-contentful-entry="4Hn0xq2RkWvT8sLcYpZ1mA">%s<p class="legal-page__effective">%s</p>\n%s\n</article>'
            '<div class="legal-page__tools"><button type="button" onclick="window.print()">Imprimer</button><a href="//assets.ctfassets.net/x7k2q9scr1ba/%s/politique-confidentialite-scriba-fr-ca.pdf">Télécharger en PDF</a></div>'
            '<div class="legal-page__feedback"><p>Cette page vous a-t-elle été utile?</p><button>Oui</button><button>Non</button></div></div></main>'
            '<footer class="sc-%s %s"><div class="region-picker"><button aria-haspopup="listbox">Canada (français)</button><ul hidden>%s</ul></div>'
            '<p>© %d Scriba inc. Tous droits réservés. Fièrement conçu à Montréal.</p><ul><li><a href="/fr-ca/legal/confidentialite">Confidentialité</a></li><li><a href="/fr-ca/legal/conditions">Conditions</a></li>'
            '<li><a href="#" class="ot-sdk-show-settings">Paramètres des témoins</a></li><li><a href="/fr-ca/accessibilite">Accessibilité</a></li></ul></footer></div>'
            '<div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute;width:1px;height:1px"></div></div>%s'
            '<script>window.intercomSettings={app_id:"k9x2scrb",anonymous_id:"%s",language_override:"fr"};</script>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/fr-ca/legal/confidentialite/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
            '<script src="/app-%s.js" async></script><input type="hidden" id="ot-consent-id" value="%s"></body></html>'
            % (when.year - 2019, URL, comp, sc[0], sc[2], ann, sc[8], sc[9], ph[:22], s["cta"], sc[1], sc[3], toc, C.block_html(h1), html.escape(eff[1]),
               "\n".join(body), ph[:22], sc[5], sc[6], regions, when.year, ot, icid, ph, ph[:20], otid))


PAGE = {
    "service": "Scriba", "url": URL, "lang": "fr-CA", "platform": "Gatsby + Contentful (styled-components)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public, max-age=0, must-revalidate"), ("Age", "0")),
    "n": 29, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 2, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-page__body"]},
}
