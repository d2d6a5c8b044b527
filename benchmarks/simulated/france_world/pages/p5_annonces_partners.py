"""Occazio (classified ads marketplace) - fr-FR - Nuxt 3 SSR: scoped-style data-v-* attributes whose hashes change with
builds, the __NUXT__ payload with per-request ids, a live "annonces en ligne" counter, Didomi with its partner count,
a Google Ad Manager sidebar slot. The long partners table is rendered twice, as a desktop <table> and as mobile
cards (same text); the curators remove the cards. Edits really change the table's rows (renamed, replaced, DPF)."""
import datetime as dt
import html
import json
import common as C

URL = "https://www.occazio.fr/legal/confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Mise à jour le {UPDATED}

Occazio met en relation des particuliers et des professionnels qui souhaitent vendre, acheter, louer ou échanger des biens et des services. La présente politique décrit la manière dont Occazio traite les données personnelles de ses utilisateurs, qu'ils déposent une annonce, répondent à une annonce ou consultent simplement le site et l'application.

## Responsable du traitement

Occazio SAS, société par actions simplifiée au capital de 2 400 000 euros, immatriculée au RCS de Toulouse sous le numéro 790 612 448, dont le siège social est situé 18 allée Jean Jaurès, 31000 Toulouse.

Occazio a désigné un délégué à la protection des données, joignable à l'adresse [dpo@occazio.fr](mailto:dpo@occazio.fr) ou par courrier à l'adresse du siège social.

## Les données que nous collectons

- **Votre compte** : pseudonyme, adresse e-mail, numéro de téléphone, mot de passe, et pour les comptes professionnels, dénomination sociale et numéro SIREN ;
- **Vos annonces** : titre, description, photos, prix, catégorie et localisation du bien ;
- **Vos messages** échangés avec les autres utilisateurs via la messagerie Occazio ;
- **Vos transactions** lorsque vous utilisez le paiement sécurisé et la livraison : adresse de livraison, historique des achats et ventes, coordonnées bancaires (IBAN) pour le versement de vos gains ;
- **Votre identité**, lorsque nous vous demandons de la vérifier (pièce d'identité et photographie) ;
- **Vos données de navigation** : adresse IP, identifiants de l'appareil, pages et annonces consultées, recherches enregistrées.

## Pourquoi traitons-nous vos données ?

Nous utilisons vos données pour :

- publier vos annonces et vous permettre d'échanger avec les autres utilisateurs (exécution des conditions générales d'utilisation) ;
- proposer le paiement sécurisé et la livraison de vos achats (exécution du contrat) ;
- lutter contre la fraude, les annonces frauduleuses et les tentatives d'escroquerie, notamment en analysant les messages signalés et les comportements inhabituels (intérêt légitime) ;
- vous afficher des publicités, personnalisées si vous y avez consenti (consentement) ;
- mesurer l'audience de nos services et les améliorer (consentement ou intérêt légitime) ;
- répondre aux demandes des autorités et respecter nos obligations légales (obligation légale).

## Nos partenaires

Nous faisons appel aux partenaires suivants, qui traitent des données personnelles pour notre compte ou, pour la publicité, en tant que responsables de traitement distincts :

| Partenaire | Finalité | Données concernées | Durée de conservation | Localisation et garanties |
| Google Ireland Ltd (Google Ad Manager) | Diffusion de publicités, personnalisées avec votre consentement | Identifiant publicitaire, adresse IP tronquée, pages consultées | 13 mois | Irlande, États-Unis (clauses contractuelles types) |
| Facebook Ireland Ltd | Mesure de l'efficacité de nos campagnes | Identifiant publicitaire, événements de navigation | 13 mois | Irlande, États-Unis (clauses contractuelles types) |
| Criteo SA | Reciblage publicitaire | Identifiant cookie, annonces consultées | 13 mois | France |
| Outbrain UK Ltd | Recommandation de contenus sponsorisés | Identifiant cookie, pages consultées | 13 mois | Royaume-Uni (décision d'adéquation) |
| Piano Software (AT Internet) | Mesure d'audience | Identifiant cookie, pages consultées | 13 mois | France |
| Stripe Payments Europe Ltd | Paiement sécurisé | Données de paiement, IBAN | Durée de la transaction, puis 5 ans (obligations légales) | Irlande |
| Ubble SAS | Vérification d'identité | Pièce d'identité, vidéo du visage | 30 jours après la vérification | France |
| Mondial Relay | Livraison des colis | Nom, adresse, téléphone | 1 an | France |
| La Poste (Colissimo) | Livraison des colis | Nom, adresse, téléphone | 1 an | France |
| Sift Science Inc | Détection de la fraude | Données de connexion, comportement sur le site | 3 ans | États-Unis (clauses contractuelles types) |
| Brevo | Envoi des e-mails et notifications | Adresse e-mail, pseudonyme | Durée du compte | France |
| Zendesk Inc | Service client | Messages adressés au service client | 3 ans | États-Unis (clauses contractuelles types) |

## Combien de temps conservons-nous vos données ?

Vos annonces sont conservées pendant leur durée de publication, puis archivées 1 an afin de répondre à d'éventuelles réclamations. Les messages sont conservés 1 an après leur envoi ; les messages signalés comme frauduleux peuvent être conservés jusqu'à 5 ans pour les besoins d'une procédure. Votre compte est supprimé après 3 ans d'inactivité.

Les données de connexion (adresse IP, date et heure) sont conservées 1 an, conformément au décret n° 2021-1362 du 20 octobre 2021 relatif à la conservation des données permettant d'identifier toute personne ayant contribué à la création d'un contenu mis en ligne.

## Transferts en dehors de l'Union européenne

Lorsque certains de nos partenaires traitent vos données hors de l'Union européenne, ces transferts sont encadrés par les garanties indiquées dans le tableau ci-dessus.

## Sécurité de vos échanges

Pour vous protéger contre les arnaques, nos systèmes analysent automatiquement les annonces et les messages échangés sur la messagerie afin de repérer les liens frauduleux, les demandes de paiement en dehors d'Occazio ou les coordonnées bancaires. Lorsqu'un message est suspect, il peut être bloqué ou accompagné d'un avertissement, et un membre de notre équipe peut le consulter. Occazio ne vous demandera jamais vos codes de carte bancaire ni de valider un paiement par SMS pour recevoir de l'argent.

## Mineurs

Le dépôt d'annonces et l'utilisation du paiement sécurisé sont réservés aux personnes majeures. Si nous apprenons qu'un compte a été créé par un mineur, nous pouvons le suspendre et supprimer les données associées.

## Vos droits

Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité ou la limitation, et vous opposer à leur traitement. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

La plupart de ces droits peuvent être exercés directement depuis votre compte (rubrique « Paramètres > Données personnelles »). Vous pouvez aussi écrire à [dpo@occazio.fr](mailto:dpo@occazio.fr).

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés ([www.cnil.fr](https://www.cnil.fr)).

## Cookies et autres traceurs

Vous pouvez à tout moment modifier vos choix en matière de cookies en cliquant sur « Paramétrer les cookies » en bas de chaque page. Le refus des cookies publicitaires n'empêche pas l'accès au site ; les publicités affichées seront alors non personnalisées.

## Modification de la politique

Nous pouvons être amenés à modifier la présente politique. La date de mise à jour figure en haut de cette page ; en cas de changement important, nous vous en informerons par e-mail ou par une notification avant son entrée en vigueur.
"""

EDITS = [
    {"note": "partners table: 'Facebook Ireland Ltd' renamed 'Meta Platforms Ireland Ltd' (silent, date not bumped)", "bump": False,
     "repl": [("| Facebook Ireland Ltd |", "| Meta Platforms Ireland Ltd |")]},
    {"note": "partners table: Outbrain row removed, Teads row (video ads) added",
     "repl": [("| Outbrain UK Ltd | Recommandation de contenus sponsorisés | Identifiant cookie, pages consultées | 13 mois | Royaume-Uni (décision d'adéquation) |\n",
               ""),
              ("| Piano Software (AT Internet) |",
               "| Teads France SAS | Diffusion de publicités vidéo | Identifiant cookie, adresse IP tronquée | 13 mois | France |\n| Piano Software (AT Internet) |")]},
    {"note": "new purpose: DAC7 reporting of sellers' income to the DGFiP (article 1649 ter A CGI); identity data list extended",
     "repl": [("- répondre aux demandes des autorités et respecter nos obligations légales (obligation légale).",
               "- déclarer chaque année à l'administration fiscale les revenus des vendeurs qui ont réalisé au moins 30 ventes ou plus de 2 000 euros de ventes sur l'année, et leur en adresser une copie, conformément à l'article 1649 ter A du Code général des impôts issu de la directive (UE) 2021/514 dite « DAC7 » (obligation légale) ;\n- répondre aux demandes des autorités et respecter nos obligations légales (obligation légale)."),
              ("- **Votre identité**, lorsque nous vous demandons de la vérifier (pièce d'identité et photographie) ;",
               "- **Votre identité**, lorsque nous vous demandons de la vérifier (pièce d'identité et photographie) et, pour les vendeurs concernés par nos obligations fiscales, date de naissance, adresse, numéro d'identification fiscale et IBAN ;")]},
    {"note": "new section on moderation under the Digital Services Act (notices, statements of reasons, appeals, retention)",
     "repl": [("## Combien de temps conservons-nous vos données ?",
               "## Modération des contenus\n\nConformément au règlement (UE) 2022/2065 sur les services numériques (« DSA »), nous traitons les signalements de contenus illicites que vous nous adressez ainsi que les données nécessaires à la modération : annonce ou message concerné, identité du signalant s'il la communique, motif du signalement et décision prise.\n\nLorsque nous retirons une annonce ou restreignons un compte, nous vous en indiquons les motifs et vous pouvez contester cette décision via notre système interne de traitement des réclamations. Certaines décisions sont prises avec l'aide d'outils automatisés ; une personne de notre équipe de modération examine toujours les contestations. Les données de modération sont conservées 2 ans après la décision.\n\n## Combien de temps conservons-nous vos données ?")]},
    {"note": "partners table: US transfers of Google, Meta, Sift and Zendesk now under the Data Privacy Framework",
     "repl": [("13 mois | Irlande, États-Unis (clauses contractuelles types) |\n| Meta",
               "13 mois | Irlande, États-Unis (Data Privacy Framework) |\n| Meta"),
              ("événements de navigation | 13 mois | Irlande, États-Unis (clauses contractuelles types) |",
               "événements de navigation | 13 mois | Irlande, États-Unis (Data Privacy Framework) |"),
              ("comportement sur le site | 3 ans | États-Unis (clauses contractuelles types) |",
               "comportement sur le site | 3 ans | États-Unis (Data Privacy Framework) |"),
              ("service client | 3 ans | États-Unis (clauses contractuelles types) |",
               "service client | 3 ans | États-Unis (Data Privacy Framework) |"),
              ("ces transferts sont encadrés par les garanties indiquées dans le tableau ci-dessus.",
               "ces transferts sont encadrés par les garanties indiquées dans le tableau ci-dessus : décision d'adéquation de la Commission européenne, notamment celle du 10 juillet 2023 relative au cadre de protection des données UE–États-Unis (Data Privacy Framework) pour les sociétés américaines certifiées, ou à défaut clauses contractuelles types.")]},
    {"note": "partners table: Ubble identity-check retention 30 days -> 7 days (silent, date not bumped)", "bump": False,
     "repl": [("| 30 jours après la vérification |", "| 7 jours après la vérification |")]},
]

CATS = ["Véhicules", "Immobilier", "Vacances", "Emploi", "Mode", "Maison & Jardin", "Électronique", "Loisirs",
        "Animaux", "Services"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 8), C.alnum(rng, 8), C.hexs(rng, 8)))
    s["req"] = (C.uuid4(rng), C.hexs(rng, 16))
    s["count"] = 27000000 + (when - dt.datetime(2021, 1, 1)).days * 4100 + rng.randint(-90000, 90000)
    s["didomi"] = C.keep_or(rng, prev.get("didomi"), 0.35, lambda: (rng.randint(780, 910), C.alnum(rng, 6)))
    s["ad"] = ("%d" % rng.randint(10 ** 12, 10 ** 13), rng.choice(["300x600", "300x250", "160x600"]))
    s["cats"] = C.keep_or(rng, prev.get("cats"), 0.3, lambda: tuple(rng.sample(range(len(CATS)), 8)))
    return s


LABELS = {
    "build": "Nuxt build: asset hashes and scoped-style data-v attributes",
    "req": "per-request ids in the __NUXT__ payload",
    "count": "'annonces en ligne' live counter in the header",
    "didomi": "Didomi notice: partner count and notice version",
    "ad": "Google Ad Manager sidebar slot (correlator, size)",
    "cats": "category menu order (merchandising)",
}


def _cards(rows, dv):
    head = rows[0]
    out = []
    for r in rows[1:]:
        dl = "".join("<dt>%s</dt><dd>%s</dd>" % (C.inline_html(h), C.inline_html(c)) for h, c in zip(head[1:], r[1:]))
        out.append('<li %s class="partner-card"><p class="partner-card__name">%s</p><dl>%s</dl></li>' % (dv, C.inline_html(r[0]), dl))
    return '<ul %s class="partners-cards md:hidden">%s</ul>' % (dv, "".join(out))


def render(s, blocks, when):
    a, b, c = s["build"]
    dv = "data-v-%s" % a
    rid, trace = s["req"]
    parts = []
    for bl in blocks[1:]:
        if bl[0] == "table":
            parts.append('<div %s class="partners-table hidden md:block">%s</div>%s'
                         % (dv, C.block_html(bl, {"table": "w-full text-sm"}), _cards(bl[1], dv)))
        else:
            parts.append(C.block_html(bl))
    content = "\n".join(parts)
    n = "{:,}".format(s["count"]).replace(",", "\u202f")
    cats = "".join('<li %s><a href="/recherche?category=%d">%s</a></li>' % (dv, k + 1, CATS[k]) for k in s["cats"])
    nv, nver = s["didomi"]
    corr, size = s["ad"]
    w, h = size.split("x")
    nuxt = {"serverRendered": True, "config": {"public": {"apiBase": "https://api.occazio.fr", "env": "production", "release": c},
                                               "app": {"buildId": b, "baseURL": "/", "cdnURL": "https://static.occazio.fr/"}},
            "state": {"$srequest": {"id": rid, "traceparent": "00-%s%s-%s-01" % (trace, trace, trace)}},
            "data": {"legal-confidentialite": {"slug": "confidentialite", "title": blocks[0][1]}}}
    return ('<!DOCTYPE html><html lang="fr" data-capo=""><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Politique de confidentialité - Occazio</title>\n'
            '<link rel="stylesheet" href="https://static.occazio.fr/_nuxt/entry.%s.css">\n'
            '<link rel="modulepreload" as="script" crossorigin href="https://static.occazio.fr/_nuxt/%s.js">\n'
            '<link rel="canonical" href="%s">\n'
            '<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){window.didomiOnReady=window.didomiOnReady||[];})();</script>\n'
            '<script src="https://sdk.privacy-center.org/2d7e5a91-0c4b-4f3e-8a26-b1d9e0f7c3a5/loader.js?target=www.occazio.fr" async></script>\n'
            '</head><body><div id="__nuxt"><div %s class="layout">\n'
            '<header %s class="site-header"><a %s href="/" class="logo" aria-label="Occazio, retour à l\'accueil">Occazio</a>'
            '<form %s action="/recherche" class="search"><input %s type="search" name="text" placeholder="Rechercher parmi %s annonces"></form>'
            '<a %s href="/deposer-une-annonce" class="btn btn--primary">Déposer une annonce</a>'
            '<nav %s class="user-nav"><a %s href="/mes-recherches">Mes recherches</a><a %s href="/favoris">Favoris</a><a %s href="/messages">Messages</a><a %s href="/connexion">Se connecter</a></nav>'
            '<ul %s class="categories">%s</ul></header>\n'
            '<main %s class="legal-page container"><nav %s class="legal-nav" aria-label="Informations légales"><ul %s>'
            '<li %s><a href="/legal/cgu">Conditions générales d\'utilisation</a></li><li %s><a href="/legal/cgv">Conditions générales de vente</a></li>'
            '<li %s><a aria-current="page" href="/legal/confidentialite">Politique de confidentialité</a></li><li %s><a href="/legal/cookies">Cookies</a></li>'
            '<li %s><a href="/legal/regles-de-diffusion">Règles de diffusion</a></li><li %s><a href="/legal/referencement">Informations sur le classement des annonces</a></li></ul></nav>'
            '<article %s class="legal-page__content prose"><h1>%s</h1>\n%s\n</article>'
            '<aside %s class="legal-page__aside"><div %s class="ad-slot" id="div-gpt-ad-sidebar-%s" data-size="%s"><span %s class="ad-slot__label">Publicité</span>'
            '<iframe title="Publicité" width="%s" height="%s" src="https://securepubads.g.doubleclick.net/static/container.html?correlator=%s"></iframe></div></aside></main>\n'
            '<footer %s class="site-footer"><ul %s><li %s><a href="/aide">Centre d\'aide</a></li><li %s><a href="/securite">Conseils de sécurité</a></li>'
            '<li %s><a href="/legal/confidentialite">Vos données personnelles</a></li><li %s><a href="javascript:Didomi.preferences.show()">Paramétrer les cookies</a></li>'
            '<li %s><a href="/signaler-un-contenu-illicite">Signaler un contenu illicite</a></li></ul><p %s>© Occazio %d</p></footer>\n'
            '<div id="didomi-host" data-notice-version="%s" aria-hidden="true"><div class="didomi-notice-text">Avec votre accord, nous et <a href="javascript:Didomi.preferences.show(\'vendors\')">nos %d partenaires</a> utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</div></div>\n'
            '</div></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>'
            '<script type="module" src="https://static.occazio.fr/_nuxt/%s.js" crossorigin></script></body></html>\n'
            % (a, c, URL, dv, dv, dv, dv, dv, n, dv, dv, dv, dv, dv, dv, dv, cats, dv, dv, dv, dv, dv, dv, dv, dv, dv,
               dv, C.inline_html(blocks[0][1]), content, dv, dv, corr[:6], size, dv, w, h, corr,
               dv, dv, dv, dv, dv, dv, dv, dv, when.year, nver, nv,
               json.dumps(nuxt, ensure_ascii=False).replace("</", "<\\/"), c))


PAGE = {
    "service": "Occazio", "url": URL, "lang": "fr-FR", "platform": "Nuxt 3",
    "content_type": "text/html;charset=utf-8",
    "n": 31, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 2, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-page__content"], "remove": [".partners-cards"]},
}
