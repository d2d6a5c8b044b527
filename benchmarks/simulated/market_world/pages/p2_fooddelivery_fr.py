"""Miamo (food delivery, France) - fr-FR - Webflow site, Axeptio consent.

One legal page "Confidentialité" holds three notices, each with its own effective date: customers ("Clients"),
couriers ("Livreurs partenaires") and restaurants ("Restaurants partenaires"), with anchor links at the top. The
curator tracks the customers' notice only (select "#clients .w-richtext"): the couriers' and restaurants' notices
are revised on their own dates (new identity checks, DAC7, a new effective date), which changes the page but not
the tracked document - those revisions live in the noise state.
"""
import datetime as dt
import common as C

URL = "https://www.miamo.fr/legal/confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
## Politique de confidentialité – Clients

En vigueur au {UPDATED}

Chez Miamo, nous savons que commander un repas, c'est aussi nous confier des informations sur vos habitudes, votre adresse et parfois vos goûts. Cette politique vous explique, le plus simplement possible, quelles données personnelles nous traitons lorsque vous utilisez le site miamo.fr et l'application Miamo pour commander, pourquoi nous le faisons et quels sont vos droits.

### 1. Qui est responsable du traitement ?

Le responsable du traitement est Miamo SAS, société par actions simplifiée au capital de 48 250 euros, immatriculée au RCS de Paris sous le numéro 852 147 963, dont le siège social est situé 27 rue du Faubourg Saint-Antoine, 75011 Paris.

Nous avons désigné un délégué à la protection des données (DPO), que vous pouvez joindre à l'adresse [dpo@miamo.fr](mailto:dpo@miamo.fr) ou par courrier à l'adresse du siège, à l'attention du DPO.

### 2. Quelles données collectons-nous ?

- **Données de compte** : nom, prénom, adresse e-mail, numéro de téléphone, mot de passe (chiffré) et, si vous vous connectez avec Apple ou Google, l'identifiant transmis par ce service.
- **Données de commande** : adresses de livraison, instructions pour le livreur, contenu et montant de vos commandes, restaurants commandés, pourboires, codes promotionnels utilisés.
- **Données de paiement** : les quatre derniers chiffres et la date d'expiration de votre carte, le moyen de paiement utilisé. Les numéros complets de carte sont traités uniquement par notre prestataire de paiement et ne sont jamais stockés par Miamo.
- **Données de localisation** : la position de votre appareil, si vous l'avez autorisée, pour vous proposer les restaurants qui livrent chez vous et suivre la livraison en temps réel.
- **Échanges avec nous** : messages envoyés au service client, réclamations, photos de commandes non conformes.
- **Avis et notes** : les notes que vous attribuez aux restaurants et aux livreurs, et les commentaires que vous publiez.
- **Données techniques** : adresse IP, type d'appareil, version de l'application, journaux de connexion, identifiants publicitaires si vous y avez consenti.

### 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
| --- | --- |
| Créer et gérer votre compte, prendre en charge et livrer vos commandes | Exécution du contrat |
| Encaisser les paiements et gérer les remboursements | Exécution du contrat |
| Répondre à vos demandes et traiter vos réclamations | Exécution du contrat |
| Prévenir la fraude aux paiements et l'utilisation abusive des codes promotionnels | Intérêt légitime |
| Vous proposer des restaurants et des plats adaptés à vos commandes passées | Intérêt légitime |
| Vous envoyer des offres par e-mail, SMS ou notification | Consentement |
| Mesurer l'audience et personnaliser la publicité | Consentement |
| Conserver les factures et répondre aux demandes des autorités | Obligation légale |

### 4. Moyens de paiement

Les paiements par carte bancaire, Apple Pay et Google Pay sont traités par Adyen N.V., établissement de monnaie électronique agréé aux Pays-Bas. Les paiements par titres-restaurant dématérialisés sont traités par les émetteurs de ces titres (Swile, Edenred, Up, Pluxee), auxquels nous transmettons le montant et la référence de la commande.

### 5. Avec qui partageons-nous vos données ?

Pour que votre commande arrive, nous transmettons au restaurant votre prénom, le contenu de la commande et vos éventuelles instructions, et au livreur votre prénom, votre adresse de livraison et votre numéro de téléphone masqué. Les livreurs partenaires n'ont accès à votre adresse que pendant la durée de la course.

Nous faisons également appel à des sous-traitants qui agissent sur nos instructions : hébergement (Amazon Web Services, région de Paris), service client (Zendesk), envoi d'e-mails et de notifications (Braze), cartographie (Google Maps Platform) et mesure d'audience. Avec votre accord, nos partenaires publicitaires reçoivent des identifiants techniques pour mesurer l'efficacité de nos campagnes.

Nous pouvons enfin communiquer vos données aux autorités administratives ou judiciaires lorsque la loi l'exige.

### 6. Transferts hors de l'Union européenne

Certains de nos prestataires sont établis aux États-Unis. Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées le cas échéant par des mesures supplémentaires (chiffrement, pseudonymisation).

### 7. Combien de temps conservons-nous vos données ?

- Compte client : tant que votre compte est actif, puis 3 ans après votre dernière commande.
- Historique des commandes et factures : 10 ans, conformément au Code de commerce.
- Enregistrements des échanges avec le service client : 2 ans.
- Données de localisation précise : 30 jours après la livraison.
- Cookies et traceurs : 13 mois au maximum, le consentement étant redemandé tous les 6 mois.

### 8. Miamo+ et offres personnalisées

Si vous souscrivez à l'abonnement Miamo+, nous traitons en plus la date de souscription, la formule choisie et l'historique de vos prélèvements. Pour vous proposer des offres adaptées, nous utilisons vos commandes des 12 derniers mois (types de cuisine, horaires, montant moyen) ; nous ne déduisons de vos commandes aucune information relative à votre santé, à vos convictions religieuses ou à d'autres données sensibles. Vous pouvez désactiver les recommandations personnalisées à tout moment dans **Compte > Confidentialité**.

### 9. Sécurité

Vos données sont hébergées dans l'Union européenne et protégées par des mesures techniques et organisationnelles adaptées : chiffrement des échanges, contrôle strict des accès de nos équipes, journalisation des consultations et tests d'intrusion réguliers. Votre numéro de téléphone est masqué lors des appels avec le livreur.

### 10. Vos droits

Conformément au règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, rendez-vous dans l'application, rubrique **Compte > Confidentialité**, ou écrivez à [dpo@miamo.fr](mailto:dpo@miamo.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr)).

Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel.

### 11. Modifications

Nous pouvons modifier cette politique, par exemple pour tenir compte d'une nouvelle fonctionnalité. En cas de changement important, nous vous en informerons par e-mail ou dans l'application.
"""

EDITS = [
    {"note": "payment: meal vouchers issuer list updated, Paygreen added as processor of vouchers (silent, no new date)", "bump": False,
     "repl": [("sont traités par les émetteurs de ces titres (Swile, Edenred, Up, Pluxee), auxquels nous transmettons",
               "sont traités par Paygreen SAS et par les émetteurs de ces titres (Swile, Edenred, Up, Pluxee, Bimpli), auxquels nous transmettons")]},
    {"note": "new section on reviews moderation and DSA notices of illegal content (sections renumbered)",
     "repl": [("### 6. Transferts hors de l'Union européenne",
               "### 6. Avis, signalements et modération\n\n"
               "Vos avis sur les restaurants sont publiés avec votre prénom et l'initiale de votre nom. Avant publication, ils sont analysés automatiquement afin de détecter les contenus injurieux ou sans rapport avec la commande ; un modérateur vérifie les avis signalés.\n\n"
               "Conformément au règlement (UE) 2022/2065 sur les services numériques, toute personne peut nous signaler un contenu qu'elle estime illicite. Nous traitons alors les données de la personne qui signale et celles de l'auteur du contenu afin d'instruire le signalement, d'informer les personnes concernées de notre décision et de traiter une éventuelle réclamation. Ces données sont conservées 2 ans à compter de la décision.\n\n"
               "### 7. Transferts hors de l'Union européenne"),
              ("### 7. Combien de temps", "### 8. Combien de temps"),
              ("### 8. Miamo+", "### 9. Miamo+"),
              ("### 9. Sécurité", "### 10. Sécurité"),
              ("### 10. Vos droits", "### 11. Vos droits"),
              ("### 11. Modifications", "### 12. Modifications")]},
    {"note": "retention: customer account kept 5 years after last order instead of 3; location data 7 days",
     "repl": [("puis 3 ans après votre dernière commande.", "puis 5 ans après votre dernière commande, afin de traiter d'éventuelles réclamations."),
              ("Données de localisation précise : 30 jours après la livraison.", "Données de localisation précise : 7 jours après la livraison.")]},
    {"note": "fraud scoring paragraph: automated risk score, possible payment refusal, right to human review (art. 22 GDPR)",
     "repl": [("### 4. Moyens de paiement\n\n", "### 4. Moyens de paiement et lutte contre la fraude\n\n"),
              ("auxquels nous transmettons le montant et la référence de la commande.",
               "auxquels nous transmettons le montant et la référence de la commande.\n\n"
               "Chaque commande reçoit un score de risque calculé automatiquement à partir de l'historique du compte, de l'appareil utilisé, de l'adresse de livraison et du moyen de paiement. Lorsque ce score est élevé, nous pouvons demander une authentification supplémentaire ou refuser le paiement en espèces ou par titre-restaurant. Vous pouvez contester une telle décision et demander qu'elle soit réexaminée par un membre de notre équipe, en écrivant au service client.")]},
    {"note": "new controller after merger: Miamo SAS -> Miamo France SAS, member of the Gustoro group (joint controller), DPO address",
     "repl": [("Le responsable du traitement est Miamo SAS, société par actions simplifiée au capital de 48 250 euros, immatriculée au RCS de Paris sous le numéro 852 147 963, dont le siège social est situé 27 rue du Faubourg Saint-Antoine, 75011 Paris.",
               "Depuis le rapprochement de Miamo avec le groupe Gustoro, le responsable du traitement est Miamo France SAS, société par actions simplifiée au capital de 1 250 000 euros, immatriculée au RCS de Paris sous le numéro 852 147 963, dont le siège social est situé 27 rue du Faubourg Saint-Antoine, 75011 Paris. Gustoro Group B.V. (Amsterdam, Pays-Bas) est responsable conjoint des traitements liés à la prévention de la fraude et à la sécurité des comptes, qui sont mutualisés au sein du groupe."),
              ("Nous avons désigné un délégué à la protection des données (DPO), que vous pouvez joindre à l'adresse [dpo@miamo.fr](mailto:dpo@miamo.fr) ou par courrier",
               "Le délégué à la protection des données (DPO) du groupe peut être joint à l'adresse [dpo@miamo.fr](mailto:dpo@miamo.fr) ou par courrier")]},
]

COURIERS = [
    (dt.date(2021, 1, 1), "1er janvier 2021", [
        "Cette notice s'adresse aux livreurs indépendants qui utilisent l'application Miamo Livreurs. Le responsable du traitement est Miamo SAS.",
        "Nous traitons vos données d'identité (nom, prénom, date de naissance, pièce d'identité), votre numéro SIRET et votre attestation URSSAF, votre titre de séjour le cas échéant, vos coordonnées bancaires, ainsi que votre position GPS lorsque vous êtes connecté à l'application.",
        "Ces données servent à vérifier que vous pouvez exercer en tant qu'indépendant, à vous proposer des courses, à calculer et verser votre rémunération et à assurer la sécurité des livraisons.",
        "Les données de géolocalisation sont conservées 12 mois ; les documents justificatifs pendant la durée de la relation puis 5 ans.",
    ]),
    (dt.date(2022, 9, 15), "15 septembre 2022", [
        "Cette notice s'adresse aux livreurs indépendants qui utilisent l'application Miamo Livreurs. Le responsable du traitement est Miamo SAS.",
        "Nous traitons vos données d'identité (nom, prénom, date de naissance, pièce d'identité), votre numéro SIRET et votre attestation URSSAF, votre titre de séjour le cas échéant, vos coordonnées bancaires, ainsi que votre position GPS lorsque vous êtes connecté à l'application.",
        "Afin d'éviter la sous-location de comptes, nous vous demandons régulièrement un selfie, comparé à la photo de votre pièce d'identité par notre prestataire Onfido. Cette comparaison biométrique repose sur votre consentement ; vous pouvez choisir une vérification manuelle en agence.",
        "Ces données servent à vérifier que vous pouvez exercer en tant qu'indépendant, à vous proposer des courses, à calculer et verser votre rémunération et à assurer la sécurité des livraisons.",
        "Les données de géolocalisation sont conservées 12 mois ; les documents justificatifs pendant la durée de la relation puis 5 ans.",
    ]),
    (dt.date(2024, 11, 4), "4 novembre 2024", [
        "Cette notice s'adresse aux livreurs indépendants qui utilisent l'application Miamo Livreurs. Le responsable du traitement est Miamo SAS.",
        "Nous traitons vos données d'identité (nom, prénom, date de naissance, pièce d'identité), votre numéro SIRET et votre attestation URSSAF, votre titre de séjour le cas échéant, vos coordonnées bancaires, ainsi que votre position GPS lorsque vous êtes connecté à l'application.",
        "Afin d'éviter la sous-location de comptes, nous vous demandons régulièrement un selfie, comparé à la photo de votre pièce d'identité par notre prestataire Onfido. Cette comparaison biométrique repose sur votre consentement ; vous pouvez choisir une vérification manuelle en agence.",
        "L'attribution des courses est automatisée : elle tient compte de votre position, de votre moyen de transport et du temps de préparation estimé. Elle ne tient compte ni de votre taux d'acceptation ni des notes des clients. Vous pouvez demander des explications sur toute décision affectant votre compte, conformément à la directive (UE) 2024/2831 relative au travail via une plateforme.",
        "Les données de géolocalisation sont conservées 6 mois ; les documents justificatifs pendant la durée de la relation puis 5 ans.",
    ]),
]
RESTAURANTS = [
    (dt.date(2021, 1, 1), "1er janvier 2021", [
        "Cette notice concerne les représentants et salariés des restaurants partenaires. Nous traitons les coordonnées de vos interlocuteurs, les informations de facturation et les données des comptes de la tablette Miamo Resto.",
        "Ces données sont conservées pendant la durée du contrat puis 5 ans.",
    ]),
    (dt.date(2023, 12, 18), "18 décembre 2023", [
        "Cette notice concerne les représentants et salariés des restaurants partenaires. Nous traitons les coordonnées de vos interlocuteurs, les informations de facturation et les données des comptes de la tablette Miamo Resto.",
        "En application de la directive (UE) 2021/514 (DAC7), nous déclarons chaque année à la DGFiP le nom, l'adresse, le numéro SIREN, le numéro de TVA et le montant des sommes versées à chaque restaurant partenaire. Vous recevez une copie de ces informations avant le 31 janvier.",
        "Ces données sont conservées pendant la durée du contrat puis 5 ans ; les données déclarées au titre de DAC7 sont conservées 10 ans.",
    ]),
]
CITIES = [("Paris", 2140), ("Lyon", 860), ("Marseille", 610), ("Lille", 480), ("Bordeaux", 520), ("Nantes", 410)]
PROMOS = [("BIENVENUE", "-50 % sur ta 1re commande"), ("MIAMO5", "5 € offerts dès 25 € d'achat"),
          ("LIVRAISON0", "Livraison offerte ce week-end"), ("PIZZA2", "2e pizza à -50 % chez nos partenaires")]


def _rev(revs, when):
    return [r for r in revs if r[0] <= when.date()][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.4, lambda: (C.hexs(rng, 9), when.strftime("%a %b %d %Y %H:%M:%S GMT+0000")))
    s["couriers"] = _rev(COURIERS, when)[1]
    s["restaurants"] = _rev(RESTAURANTS, when)[1]
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    s["city"] = CITIES[0] if rng.random() < 0.6 else rng.choice(CITIES[1:])
    s["rating"] = ("4,%d" % rng.choice([6, 7, 7, 8]), 120 + (when - dt.datetime(2021, 1, 1)).days // 9 + rng.randint(0, 3))
    s["axeptio"] = (C.hexs(rng, 24), rng.choice(["bandeau-v3", "bandeau-v3", "bandeau-v4-test"]))
    s["bonus"] = rng.choice([50, 80, 100, 150])
    return s


LABELS = {
    "publish": "Webflow publish hash / last-published comment",
    "couriers": "couriers' notice revised (not the tracked customers' notice)",
    "restaurants": "restaurants' notice revised (DAC7; not the tracked notice)",
    "promo": "promo-code banner",
    "city": "geo notice 'Livraison disponible à <ville>' with restaurant count",
    "rating": "app rating badge with review count",
    "axeptio": "Axeptio consent widget token / A-B variant",
    "bonus": "courier recruitment bonus teaser",
}


def _other(anchor, title, rev):
    paras = "".join("<p>%s</p>" % C.inline_html(p) for p in rev[2])
    return ('<div id="%s" class="legal-section"><div class="legal-rich-text w-richtext"><h2>%s</h2>'
            '<p><em>En vigueur au %s</em></p>%s</div></div>' % (anchor, title, rev[1], paras))


def render(s, blocks, when):
    wf, pub = s["publish"]
    city, nresto = s["city"]
    code, promo = PROMOS[s["promo"]]
    nresto = nresto + (when.year - 2021) * 37
    clients = C.blocks_html(blocks, sep="")
    main = ('<div class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">Confidentialité</h1>'
            '<p class="legal-intro">Miamo met en relation des clients, des restaurants et des livreurs partenaires. Chacun dispose de sa propre notice d\'information :</p>'
            '<div class="legal-anchors"><a href="#clients" class="legal-anchor w-inline-block">Clients</a>'
            '<a href="#livreurs" class="legal-anchor w-inline-block">Livreurs partenaires</a>'
            '<a href="#restaurants" class="legal-anchor w-inline-block">Restaurants partenaires</a></div>'
            '<div id="clients" class="legal-section"><div class="legal-rich-text w-richtext">%s</div></div>'
            '%s%s</div></div>' % (clients,
                                  _other("livreurs", "Notice d'information – Livreurs partenaires", _rev(COURIERS, when)),
                                  _other("restaurants", "Notice d'information – Restaurants partenaires", _rev(RESTAURANTS, when))))
    nav = ('<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">'
           '<div class="promo-bar"><div class="promo-text">%s avec le code <strong>%s</strong></div></div>'
           '<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/61a4c3e2f1b0a2d9e4c1f7a0/61a4c3e2f1b0a2d9e4c1f7c2_miamo-logo.svg" loading="lazy" alt="Miamo"></a>'
           '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/restaurants" class="nav-link w-nav-link">Restaurants</a>'
           '<a href="/courses" class="nav-link w-nav-link">Courses</a><a href="/devenir-livreur" class="nav-link w-nav-link">Devenir livreur</a>'
           '<a href="/restaurateurs" class="nav-link w-nav-link">Restaurateurs</a><a href="https://app.miamo.fr/login" class="button-nav w-button">Se connecter</a></nav>'
           '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>'
           '<div class="geo-notice">Livraison disponible à %s – %s restaurants</div></div>' % (promo, code, city, "{:,}".format(nresto).replace(",", " ")))
    footer = ('<div class="footer"><div class="footer-container w-container"><div class="footer-col"><div class="app-badge">'
              '<a href="https://apps.apple.com/fr/app/miamo/id1498765432" class="w-inline-block"><img src="https://assets-global.website-files.com/61a4c3e2f1b0a2d9e4c1f7a0/app-store.svg" alt="App Store"></a>'
              '<div class="rating">%s ★ – %d k avis</div></div></div>'
              '<div class="footer-col"><a href="/devenir-livreur" class="footer-link">Deviens livreur : jusqu\'à %d € de prime de bienvenue</a>'
              '<a href="/legal/cgu" class="footer-link">CGU</a><a href="/legal/confidentialite" aria-current="page" class="footer-link w--current">Confidentialité</a>'
              '<a href="/legal/cookies" class="footer-link">Cookies</a><a href="/legal/mentions-legales" class="footer-link">Mentions légales</a></div>'
              '<div class="copyright">© %d Miamo. Tous droits réservés.</div></div></div>' % (s["rating"][0], s["rating"][1], s["bonus"], when.year))
    ax, variant = s["axeptio"]
    return ('<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: %s -->'
            '<html data-wf-domain="www.miamo.fr" data-wf-page="61a4c3e2f1b0a2d9e4c1f7d9" data-wf-site="61a4c3e2f1b0a2d9e4c1f7a0" lang="fr">'
            '<head><meta charset="utf-8"><title>Confidentialité | Miamo</title><meta content="Politique de confidentialité de Miamo : clients, livreurs et restaurants." name="description">'
            '<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">'
            '<link href="https://assets-global.website-files.com/61a4c3e2f1b0a2d9e4c1f7a0/css/miamo.webflow.%s.css" rel="stylesheet" type="text/css">'
            '<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>'
            '<script>window.axeptioSettings={clientId:"60f1b2c3d4e5f6a7b8c9d0e1",cookiesVersion:"miamo-%s",userCookiesDomain:"miamo.fr",token:"%s"};</script>'
            '</head><body class="body-legal">%s%s%s'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=61a4c3e2f1b0a2d9e4c1f7a0" type="text/javascript"></script>'
            '<script src="https://assets-global.website-files.com/61a4c3e2f1b0a2d9e4c1f7a0/js/webflow.%s.js" type="text/javascript"></script>'
            '</body></html>' % (pub, wf, variant, ax, nav, main, footer, wf[::-1]))


PAGE = {
    "service": "Miamo", "url": URL, "lang": "fr-FR", "platform": "Webflow",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-served-by", "cache-par-lfpg1960040-PAR"), ("x-cluster-name", "eu-west-1-webflow-production")),
    "n": 30, "start": dt.date(2021, 4, 12), "end": dt.date(2026, 5, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#clients .w-richtext"]},
}
