"""Trajo (ride-hailing and meal delivery) - fr-FR privacy notice at www.trajo.com/legal/fr/document/?name=privacy-notice
&country=france&lang=fr - React (Base Web + Styletron: short atomic class names "ae af ag" whose assignment changes
with each build), Fusion.js preloaded state with per-request uuid and CSRF token, geo-IP city in the header,
"Télécharger l'application" smart banner A/B, CNIL-style cookie banner with "Tout refuser", a role switcher
(Passagers / Chauffeurs / Coursiers / Destinataires) that links to anchors, document/country picker. Ordinary
noise."""
import datetime as dt
import html
import common as C

URL = "https://www.trajo.com/legal/fr/document/?name=privacy-notice&country=france&lang=fr"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Avis de confidentialité Trajo

Date d’entrée en vigueur : {UPDATED}

## I. Introduction

Lorsque vous utilisez Trajo, vous nous confiez vos données personnelles. Nous nous engageons à respecter cette confiance, et cela commence par vous aider à comprendre nos pratiques en matière de confidentialité.

Cet avis décrit les données personnelles que nous collectons, comment elles sont utilisées et partagées, et vos choix concernant ces données. Nous vous recommandons de le lire en même temps que notre [Présentation de la confidentialité](https://www.trajo.com/fr/privacy/overview), qui met en évidence les points essentiels de nos pratiques.

## II. Présentation

### A. Champ d’application

Cet avis s’applique aux utilisateurs des applications, sites web et autres services Trajo en France, notamment :

- les passagers, c’est-à-dire les personnes qui demandent ou reçoivent une course de VTC ;
- les chauffeurs, c’est-à-dire les personnes qui proposent des services de transport via l’application Trajo Driver ;
- les destinataires de livraisons, c’est-à-dire les personnes qui commandent des repas ou d’autres articles via Trajo Eats ;
- les coursiers, c’est-à-dire les personnes qui effectuent des livraisons via l’application Trajo Driver ;
- les utilisateurs de vélos et de trottinettes électriques Trajo Jump.

Cet avis régit également les autres collectes de données personnelles effectuées par Trajo dans le cadre de ses services, par exemple les coordonnées des propriétaires ou employés de restaurants partenaires, ou les données des personnes qui contactent notre service client.

### B. Responsables du traitement et délégué à la protection des données

Trajo B.V., dont le siège social se situe Mr. Treublaan 7, 1097 DP Amsterdam, Pays-Bas, et Trajo Technologies Inc., dont le siège social se situe à San Francisco, Californie, États-Unis, sont responsables conjoints du traitement des données personnelles collectées dans le cadre de l’utilisation des services Trajo en France.

Trajo B.V. a désigné un délégué à la protection des données, que vous pouvez contacter via notre [formulaire dédié](https://www.trajo.com/fr/privacy/dpo) ou par courrier à l’adresse de Trajo B.V. (à l’attention du délégué à la protection des données).

## III. Collecte et utilisation des données

### A. Données que nous collectons

**Données que vous nous fournissez.** Il s’agit notamment des données que vous saisissez lors de la création ou de la mise à jour de votre compte : nom, adresse e-mail, numéro de téléphone, identifiant de connexion et mot de passe, adresse, photo de profil, informations bancaires ou de paiement, et, pour les chauffeurs et coursiers, les informations relatives au véhicule, à l’assurance, au permis de conduire, à la carte professionnelle VTC et au statut d’auto-entrepreneur. Nous collectons également les données issues des vérifications de casier judiciaire et des contrôles d’identité, dans la mesure permise par la loi.

**Données créées lors de l’utilisation de nos services.** Nous collectons des données de localisation précises ou approximatives à partir de votre appareil lorsque l’application Trajo est ouverte et, pour les chauffeurs et coursiers, lorsqu’ils sont en ligne. Nous collectons aussi des données relatives aux courses et commandes (heure et lieu de prise en charge et de dépose, distance, montant payé, articles commandés), des données d’utilisation, des données relatives à l’appareil et des données de communication, y compris le contenu des messages échangés via l’application et, lorsque la loi le permet, les enregistrements des appels passés via notre plateforme.

**Données provenant d’autres sources.** Il s’agit notamment des évaluations et commentaires des autres utilisateurs, des données transmises par les utilisateurs qui vous parrainent ou qui partagent leur course avec vous, des données fournies par les restaurants et commerces partenaires, des prestataires de services de paiement, des autorités publiques, des fournisseurs de services de vérification d’identité et des partenaires marketing.

### B. Utilisation des données

Trajo utilise les données pour offrir des services de transport, de livraison et d’autres services fiables et pratiques. Nous utilisons également les données pour :

- améliorer la sécurité et la sûreté de nos utilisateurs et de nos services ;
- assurer le service client ;
- faire de la recherche et du développement ;
- permettre la communication entre les utilisateurs ;
- envoyer des communications marketing et non marketing aux utilisateurs ;
- dans le cadre de procédures judiciaires.

Trajo ne vend pas et ne partage pas les données personnelles des utilisateurs avec des tiers à des fins de marketing direct, sauf avec leur consentement.

Nous utilisons des processus automatisés pour désactiver les utilisateurs qui se livrent à une fraude ou à des activités qui présentent un risque pour la sécurité. Ces décisions font l’objet d’un examen humain, et les utilisateurs concernés peuvent contester la décision auprès de notre service client.

### C. Cookies et technologies tierces

Trajo et ses partenaires utilisent des cookies et d’autres technologies d’identification sur nos applications, sites web, e-mails et publicités en ligne. Conformément à l’article 82 de la loi Informatique et Libertés et aux recommandations de la CNIL, les cookies non essentiels ne sont déposés qu’avec votre consentement, que vous pouvez refuser aussi facilement que l’accepter. Pour en savoir plus, consultez notre [Avis relatif aux cookies](https://www.trajo.com/legal/fr/document/?name=cookie-notice&country=france&lang=fr).

### D. Partage et divulgation des données

Certains produits, services et fonctionnalités de Trajo nécessitent que nous partagions des données avec d’autres utilisateurs ou à la demande de l’utilisateur. Nous pouvons également partager des données avec nos sociétés affiliées, filiales et partenaires, pour des raisons juridiques ou dans le cadre de réclamations ou de litiges. Trajo peut partager des données :

- avec les autres utilisateurs, par exemple le prénom, la note et la position approximative du chauffeur avec le passager, ou le prénom et l’adresse de livraison du destinataire avec le coursier ;
- avec les restaurants et commerces partenaires, pour préparer et livrer votre commande ;
- avec les prestataires de services et partenaires commerciaux de Trajo, notamment les prestataires de paiement, les fournisseurs de services cloud, les assureurs et les prestataires de vérification d’identité ;
- avec les autorités publiques, lorsque la loi l’exige, par exemple avec l’administration fiscale ou dans le cadre d’une réquisition judiciaire.

### E. Conservation et suppression des données

Trajo conserve les données des utilisateurs aussi longtemps que nécessaire aux fins décrites ci-dessus, notamment pour fournir ses services et se conformer à ses obligations légales. Les données de profil sont conservées pendant toute la durée de vie du compte. Les données relatives aux transactions sont conservées pendant 10 ans afin de respecter nos obligations comptables et fiscales.

Les utilisateurs peuvent demander la suppression de leur compte à tout moment via les menus Paramètres de confidentialité de l’application Trajo ou sur le site web de Trajo. Après une demande de suppression de compte, Trajo supprime le compte et les données de l’utilisateur dans un délai de 90 jours, sauf s’ils doivent être conservés pour des raisons de sécurité, de prévention de la fraude ou en raison d’un problème non résolu lié au compte, tel qu’un solde impayé ou une réclamation en cours.

### F. Fondements juridiques du traitement

Le RGPD exige que les entreprises qui traitent des données personnelles le fassent sur la base de fondements juridiques spécifiques. Trajo traite les données des utilisateurs sur les fondements suivants :

| Finalité du traitement | Fondement juridique |
| Création et gestion du compte, mise en relation avec un chauffeur ou un coursier, paiement | Exécution du contrat (article 6.1.b du RGPD) |
| Vérification des documents des chauffeurs et coursiers, conservation des factures | Respect d’une obligation légale (article 6.1.c du RGPD) |
| Prévention de la fraude, sécurité des courses, assistance en cas d’incident | Intérêts légitimes de Trajo et des utilisateurs (article 6.1.f du RGPD) |
| Amélioration de nos services, recherche et développement | Intérêts légitimes de Trajo (article 6.1.f du RGPD) |
| Communications marketing, cookies non essentiels, partage de la position en direct avec vos proches | Consentement (article 6.1.a du RGPD) |
| Transmission de données aux services d’urgence | Sauvegarde des intérêts vitaux (article 6.1.d du RGPD) |

Lorsque nous traitons des données sur la base de votre consentement, vous pouvez le retirer à tout moment dans les paramètres de l’application, sans que cela remette en cause la licéité du traitement effectué avant ce retrait.

### G. Répartition des courses, tarification et gestion algorithmique

Pour attribuer une course ou une livraison, notre système tient compte notamment de la position des chauffeurs et coursiers disponibles, de l’heure estimée d’arrivée, des conditions de circulation et, pour les livraisons, du temps de préparation de la commande. Le prix d’une course est calculé à partir d’un tarif de base, de la durée et de la distance estimées, et peut varier en fonction de la demande. Ces décisions automatisées ne produisent pas d’effets juridiques pour les passagers et destinataires ; les chauffeurs et coursiers peuvent obtenir des explications sur les principaux paramètres utilisés et demander l’intervention d’un membre de nos équipes.

## IV. Choix et transparence

Trajo vous permet d’accéder aux données que nous collectons et de les contrôler, notamment via les paramètres de l’application, les autorisations de l’appareil et les pages de notation.

Conformément au Règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez des droits suivants :

- le droit d’accéder à vos données et d’en obtenir une copie ;
- le droit de rectifier des données inexactes ou incomplètes ;
- le droit à l’effacement de vos données ;
- le droit à la portabilité de vos données ;
- le droit de vous opposer au traitement de vos données fondé sur notre intérêt légitime, y compris au profilage ;
- le droit de limiter le traitement ;
- le droit de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exercer ces droits via le [Centre de confidentialité](https://myprivacy.trajo.com/privacy) de l’application ou en contactant notre délégué à la protection des données. Vous avez également le droit d’introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou de l’autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens), autorité chef de file de Trajo B.V.

## V. Transferts internationaux de données

Trajo opère et fournit ses services dans le monde entier, ce qui peut nécessiter le transfert de vos données vers des pays autres que votre pays de résidence, notamment vers les États-Unis. Lorsque nous transférons des données personnelles en dehors de l’Espace économique européen, nous nous appuyons sur les clauses contractuelles types adoptées par la Commission européenne et mettons en œuvre des mesures supplémentaires, telles que le chiffrement des données en transit et au repos et une procédure de contestation des demandes d’accès des autorités.

## VI. Mises à jour de cet avis

Nous pouvons être amenés à mettre à jour cet avis de temps à autre. Si nous apportons des modifications importantes, nous vous en informerons à l’avance via les applications Trajo ou par d’autres moyens, tels que l’e-mail. Nous vous encourageons à consulter régulièrement cet avis pour obtenir les dernières informations sur nos pratiques en matière de confidentialité.
"""

EDITS = [
    {"note": "Trajo Jump (bikes and e-scooters) removed from the scope list (service discontinued); date not bumped", "bump": False,
     "repl": [(" via l’application Trajo Driver ;\n- les utilisateurs de vélos et de trottinettes électriques Trajo Jump.",
               " via l’application Trajo Driver.")]},
    {"note": "new paragraph: real-time ID check of drivers and couriers (selfie compared to the account photo; non-biometric alternative with manual review)",
     "repl": [("Nous collectons également les données issues des vérifications de casier judiciaire et des contrôles d’identité, dans la mesure permise par la loi.",
               "Nous collectons également les données issues des vérifications de casier judiciaire et des contrôles d’identité, dans la mesure permise par la loi.\n\n**Vérification d’identité en temps réel.** Avant qu’un chauffeur ou un coursier se connecte, nous pouvons lui demander de prendre un selfie, que nous comparons à la photo de son profil afin de vérifier que la bonne personne utilise le compte. Lorsque cette comparaison repose sur une technologie de reconnaissance faciale, nous ne l’utilisons qu’avec le consentement explicite de l’intéressé ; celui-ci peut choisir à la place une vérification manuelle par un membre de nos équipes. Les modèles faciaux ne sont pas conservés au-delà de la vérification.")]},
    {"note": "transfers: EU-U.S. Data Privacy Framework certification of Trajo Technologies Inc. added",
     "repl": [("nous nous appuyons sur les clauses contractuelles types adoptées par la Commission européenne et mettons en œuvre des mesures supplémentaires,",
               "nous nous appuyons sur la certification de Trajo Technologies Inc. au cadre de protection des données UE–États-Unis (Data Privacy Framework), reconnu adéquat par la Commission européenne le 10 juillet 2023, ou sur les clauses contractuelles types adoptées par la Commission européenne, et mettons en œuvre des mesures supplémentaires,")]},
    {"note": "teen accounts: riders aged 13-17 under a family profile (parents see live trip, PIN verification); new scope bullet and paragraph",
     "repl": [("- les passagers, c’est-à-dire les personnes qui demandent ou reçoivent une course de VTC ;",
               "- les passagers, c’est-à-dire les personnes qui demandent ou reçoivent une course de VTC, y compris les adolescents de 13 à 17 ans disposant d’un compte ado rattaché à un profil famille ;"),
              ("### B. Utilisation des données\n",
               "**Comptes ado.** Lorsqu’un parent ou tuteur invite un adolescent de 13 à 17 ans à rejoindre son profil famille, nous collectons le nom, l’adresse e-mail, le numéro de téléphone et l’âge de l’adolescent, ainsi que le consentement du parent. Le parent peut suivre la course de l’adolescent en temps réel et reçoit le reçu de chaque course ; un code PIN doit être communiqué au chauffeur au début de la course.\n\n### B. Utilisation des données\n")]},
    {"note": "retention: account deletion within 30 days instead of 90; trip location data kept 5 years then anonymised",
     "repl": [("Trajo supprime le compte et les données de l’utilisateur dans un délai de 90 jours,",
               "Trajo supprime le compte et les données de l’utilisateur dans un délai de 30 jours,"),
              ("Les données relatives aux transactions sont conservées pendant 10 ans afin de respecter nos obligations comptables et fiscales.",
               "Les données relatives aux transactions sont conservées pendant 10 ans afin de respecter nos obligations comptables et fiscales. Les données de localisation des courses sont conservées pendant 5 ans, puis rendues anonymes.")]},
]

CITIES = ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nice", "Toulouse", "Amsterdam"]
ATOMS = ["ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax",
         "ay", "az", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = (C.uuid4(rng), C.alnum(rng, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 16))
    s["atoms"] = C.keep_or(rng, prev.get("atoms"), 0.4, lambda: tuple(rng.sample(ATOMS, len(ATOMS))))
    s["city"] = C.keep_or(rng, prev.get("city"), 0.3, lambda: rng.choice(CITIES))
    s["smartbanner"] = C.keep_or(rng, prev.get("smartbanner"), 0.4, lambda: rng.choice(["rider", "eats", "none"]))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.3, lambda: rng.random() < 0.75)
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.4, lambda: (C.hexs(rng, 20), "%d.%d.%d" % (rng.randint(40, 60), rng.randint(0, 20), rng.randint(0, 99))))
    return s


LABELS = {
    "request": "per-request uuid, CSRF token, tracing id",
    "atoms": "Styletron atomic class names reassigned by the build",
    "city": "geo-IP city in the header",
    "smartbanner": "app-download smart banner A/B (rider / eats / none)",
    "cookie": "cookie banner shown or not",
    "deploy": "web-legal deploy hash and version",
}


def c(s, k, n=3):
    a = s["atoms"]
    return " ".join(a[(k + j) % len(a)] for j in range(n))


def render(s, blocks, when):
    ruuid, csrf, trace = s["request"]
    dh, ver = s["deploy"]
    head, secs = C.split_sections(blocks)
    cls = {"h2": c(s, 0, 4), "h3": c(s, 4, 4), "p": c(s, 8, 3), "ul": c(s, 11, 3)}
    parts = ['<h1 class="%s" data-baseweb="typo-displaysmall">%s</h1>' % (c(s, 14, 4), html.escape(head[0][1]))]
    parts += [C.block_html(b, {"p": c(s, 18, 2)}) for b in head[1:]]
    for t, bl in secs:
        anchor = t.split(".")[0].strip().lower()
        parts.append('<section id="%s" class="%s">%s%s</section>' % (anchor, c(s, 20, 2), C.block_html(("h2", t), cls), C.blocks_html(bl, cls, sep="")))
    doc = '<div data-testid="legal-document" class="%s">%s</div>' % (c(s, 22, 5), "".join(parts))
    roles = "".join('<a class="%s" href="#%s">%s</a>' % (c(s, 27, 3), a, n) for n, a in [("Passagers", "iii"), ("Chauffeurs et coursiers", "iii"), ("Destinataires de livraisons", "iii"), ("Vos droits", "iv")])
    banner = {"rider": '<div class="%s" role="complementary"><img src="https://tb-static.trajo.com/prod/web/app-icon.png" alt=""><p>Trajo : commandez une course</p><a href="https://trajo.app.link/rider?_p=c81%s">Ouvrir l’application</a></div>',
              "eats": '<div class="%s" role="complementary"><img src="https://tb-static.trajo.com/prod/web/eats-icon.png" alt=""><p>Trajo Eats : faites-vous livrer</p><a href="https://trajo.app.link/eats?_p=c81%s">Télécharger</a></div>',
              "none": '<div class="%s" hidden data-smartbanner="%s"></div>'}[s["smartbanner"]] % (c(s, 30, 3), trace[:8])
    cookie = ""
    if s["cookie"]:
        cookie = ('<div class="%s" role="dialog" aria-label="Consentement aux cookies" data-testid="cookie-banner"><p>Trajo utilise des cookies et des technologies similaires pour améliorer votre expérience, '
                  'mesurer l’audience et, avec votre accord, personnaliser les publicités. <a href="/legal/fr/document/?name=cookie-notice&amp;country=france&amp;lang=fr">Avis relatif aux cookies</a></p>'
                  '<button data-baseweb="button">Tout refuser</button><button data-baseweb="button">Tout accepter</button><button data-baseweb="button">Personnaliser</button></div>' % c(s, 33, 4))
    state = ('{"requestUUID":"%s","csrfToken":"%s","geo":{"city":"%s","country":"FR"},"legal":{"name":"privacy-notice","country":"france","lang":"fr","version":"%s"},"tracing":"%s"}'
             % (ruuid, csrf, s["city"], ver, trace))
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de confidentialité | Trajo</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://www.trajo.com/legal/fr/document/?name=privacy-notice&amp;country=france&amp;lang=fr">'
            '<style class="_styletron_hydrate_" data-hydrate="%s">.%s{font-family:TrajoMove,sans-serif}.%s{margin-bottom:16px}</style>'
            '<script nonce="%s">window.__FUSION_CSRF__="%s";</script></head><body><div id="root" data-fusion-render="true">%s'
            '<header class="%s"><a href="https://www.trajo.com/fr/fr/" aria-label="Trajo"><svg class="%s" width="64" height="22" viewBox="0 0 64 22"></svg></a>'
            '<nav class="%s"><a href="https://www.trajo.com/fr/fr/ride/">Se déplacer</a><a href="https://www.trajo.com/fr/fr/drive/">Conduire</a><a href="https://www.trajoeats.com/fr">Trajo Eats</a>'
            '<a href="https://www.trajo.com/fr/fr/business/">Entreprises</a></nav><span class="%s"><span aria-hidden="true">&#9906;</span> %s</span>'
            '<a href="https://auth.trajo.com/login/?uber_client_name=legal&amp;next_url=%%2Flegal">Connexion</a><a href="https://auth.trajo.com/signup">Inscription</a></header>'
            '<main class="%s"><div class="%s"><nav aria-label="Documents juridiques" class="%s"><label>Pays</label><select><option selected>France</option><option>Belgique</option><option>Suisse</option><option>Canada</option></select>'
            '<label>Langue</label><select><option selected>Français</option><option>English</option><option>Nederlands</option></select>'
            '<ul><li><a href="/legal/fr/document/?name=general-terms-of-use&amp;country=france&amp;lang=fr">Conditions d’utilisation</a></li><li><a aria-current="page" href="#">Avis de confidentialité</a></li>'
            '<li><a href="/legal/fr/document/?name=cookie-notice&amp;country=france&amp;lang=fr">Avis relatif aux cookies</a></li><li><a href="/legal/fr/document/?name=community-guidelines&amp;country=france&amp;lang=fr">Règles de la communauté</a></li></ul></nav>'
            '<div class="%s"><div class="%s" role="navigation" aria-label="Vous êtes">%s</div>%s'
            '<div class="%s"><button data-baseweb="button" onclick="window.print()">Imprimer</button><a href="https://tb-static.trajo.com/prod/legal/privacy-notice-fr-fr.pdf?v=%s">Télécharger (PDF)</a></div></div></div></main>'
            '<footer class="%s"><a href="https://www.trajo.com/fr/fr/">Trajo</a><a href="https://help.trajo.com/fr">Aide</a><a href="https://www.trajo.com/fr/fr/newsroom/">Salle de presse</a>'
            '<a href="https://play.google.com/store/apps/details?id=com.trajo.rider">Google Play</a><a href="https://apps.apple.com/fr/app/trajo/id368677369">App Store</a>'
            '<span>&#169; %d Trajo Technologies Inc.</span><a href="/legal/fr/document/?name=privacy-notice&amp;country=france&amp;lang=fr">Confidentialité</a><a href="/fr/accessibilite">Accessibilité : partiellement conforme</a></footer>'
            '%s</div><script type="application/json" id="__FUSION_PRELOADED_STATE__">%s</script>'
            '<script src="https://tb-static.trajo.com/prod/web-legal/_static/client-main-%s.js" crossorigin="anonymous"></script></body></html>'
            % (dh[:10], s["atoms"][0], s["atoms"][1], trace, csrf, banner, c(s, 35, 3), c(s, 36, 2), c(s, 37, 3), c(s, 38, 2), s["city"],
               c(s, 2, 3), c(s, 5, 3), c(s, 9, 3), c(s, 12, 4), c(s, 16, 3), roles, doc, c(s, 24, 3), ver, c(s, 26, 3), when.year,
               cookie, state, dh))


PAGE = {
    "service": "Trajo", "url": URL, "lang": "fr-FR", "platform": "React (Base Web / Styletron, Fusion.js)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-trajo-app", "web-legal"), ("Cache-Control", "max-age=0"), ("Content-Security-Policy", "frame-ancestors 'self'")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"legal-document\"]"]},
}
