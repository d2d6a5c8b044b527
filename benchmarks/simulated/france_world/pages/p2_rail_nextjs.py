"""Voyazen (train & coach booking) - fr-FR - Next.js (pages router, SSR) with a headless CMS: CSS-module class names
whose hash suffix changes with style deploys, __NEXT_DATA__ carrying the CMS document (the policy again, as HTML in
JSON) plus per-request ids, CSP nonces, an app-download banner with a live store rating, a promotions strip and
"Trajets populaires" prices in the footer. The curators select the article by a class prefix."""
import datetime as dt
import html
import json
import common as C

URL = "https://www.voyazen.fr/fr/legal/politique-de-confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Voyazen vous permet de rechercher, comparer et réserver des billets de train et de car en France et en Europe. Pour cela, nous avons besoin de traiter certaines données vous concernant. La présente politique décrit les données que nous collectons, l'usage que nous en faisons et les droits dont vous disposez, conformément au règlement général sur la protection des données (RGPD) et à la loi « Informatique et Libertés » du 6 janvier 1978 modifiée.

## Qui sommes-nous ?

Les données personnelles collectées sur le site voyazen.fr et dans les applications mobiles Voyazen sont traitées par Voyazen SAS, société par actions simplifiée au capital de 1 250 000 euros, immatriculée au RCS de Lyon sous le numéro 834 517 209, dont le siège social est situé 12 rue de la Villette, 69003 Lyon (« Voyazen », « nous »).

Lorsque vous réservez un billet, le transporteur concerné (par exemple SNCF Voyageurs, Trenitalia France, Renfe Viajeros ou une compagnie d'autocars) traite également les données des voyageurs, en qualité de responsable de traitement distinct, pour l'exécution du contrat de transport. Nous vous invitons à consulter sa propre politique de confidentialité.

## Quelles données traitons-nous ?

### Les données que vous nous fournissez

- lors de la création de votre compte : nom, prénom, adresse e-mail, mot de passe et, si vous le souhaitez, numéro de téléphone ;
- lors d'une réservation : nom, prénom et date de naissance de chaque voyageur, cartes de réduction et abonnements, adresse e-mail de réception des billets ;
- lors du paiement : les données de votre carte bancaire sont saisies directement auprès de notre prestataire de paiement certifié PCI-DSS ; nous ne conservons que les quatre derniers chiffres et la date d'expiration de la carte ;
- lorsque vous contactez notre service client : le contenu de vos messages et les pièces jointes éventuelles.

### Les données que nous collectons automatiquement

- données de connexion et de navigation : adresse IP, type de navigateur et d'appareil, pages consultées, recherches effectuées ;
- localisation approximative, déduite de votre adresse IP ou, avec votre accord, de la localisation de votre téléphone pour vous proposer la gare la plus proche ;
- identifiant publicitaire de votre appareil, si vous l'acceptez.

Nous ne traitons aucune donnée sensible au sens de l'article 9 du RGPD. Si vous signalez un besoin d'assistance pour une personne à mobilité réduite, cette information sert uniquement à organiser votre prise en charge avec le transporteur et n'est pas conservée au-delà du voyage.

## Pourquoi utilisons-nous vos données ?

- **Vendre et gérer vos billets** (recherche, réservation, paiement, envoi des billets, échange et remboursement) : exécution du contrat ;
- **Vous informer des perturbations** sur votre trajet (retard, annulation, changement de voie) par notification ou SMS : exécution du contrat ;
- **Prévenir la fraude au paiement** : intérêt légitime de Voyazen à sécuriser les transactions ;
- **Vous envoyer nos bons plans** et notre newsletter : consentement, ou intérêt légitime lorsque vous êtes déjà client et que les offres portent sur des services analogues (article L. 34-5 du Code des postes et des communications électroniques) ;
- **Améliorer nos services** et mesurer l'audience : consentement pour les traceurs qui y sont soumis ;
- **Respecter nos obligations légales**, notamment comptables et fiscales : obligation légale.

## Avec qui partageons-nous vos données ?

Vos données sont transmises :

- aux transporteurs, pour l'émission et le contrôle des billets ;
- à nos prestataires techniques, qui agissent en qualité de sous-traitants au sens de l'article 28 du RGPD : hébergement (Amazon Web Services, région de Francfort), paiement (Adyen), envoi d'e-mails (Brevo), service client (Zendesk) ;
- aux autorités administratives ou judiciaires, sur réquisition.

Nous ne vendons ni ne louons vos données personnelles à des tiers.

## Transferts en dehors de l'Union européenne

Certains de nos prestataires peuvent accéder à vos données depuis un pays situé hors de l'Espace économique européen, notamment les États-Unis. Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne et par des mesures complémentaires (chiffrement, limitation des accès).

## Combien de temps gardons-nous vos données ?

| Données | Durée de conservation |
| Compte client | Jusqu'à sa suppression, ou 3 ans après votre dernière connexion |
| Réservations et factures | 10 ans (obligations comptables) |
| Voyageurs enregistrés dans votre compte | Jusqu'à leur suppression de votre compte |
| Échanges avec le service client | 3 ans après la clôture de la demande |
| Données de prospection | 3 ans après le dernier contact |
| Cookies et traceurs | 13 mois au maximum |

## Vos droits

Vous pouvez à tout moment accéder à vos données, les rectifier, demander leur effacement ou leur portabilité, vous opposer à leur traitement ou en demander la limitation. Vous pouvez également retirer votre consentement et définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, rendez-vous dans la rubrique « Mon compte > Confidentialité » de l'application, ou écrivez à notre délégué à la protection des données : [dpo@voyazen.fr](mailto:dpo@voyazen.fr) ou Voyazen – Délégué à la protection des données, 12 rue de la Villette, 69003 Lyon.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## Les données de vos compagnons de voyage

Lorsque vous réservez pour d'autres personnes, vous nous communiquez leurs nom, prénom, date de naissance et, le cas échéant, leurs cartes de réduction. Vous vous engagez à les informer de ce traitement. Ces voyageurs peuvent exercer leurs droits auprès de nous dans les mêmes conditions que vous.

L'ouverture d'un compte Voyazen est réservée aux personnes âgées d'au moins 15 ans. Un mineur de moins de 15 ans peut voyager avec un billet réservé par un adulte depuis son propre compte.

## Cookies et traceurs

Lors de votre première visite, nous vous demandons votre accord avant de déposer des traceurs non essentiels. Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page. Pour en savoir plus, consultez notre [politique cookies](/fr/legal/cookies).

## Sécurité

Vos données sont hébergées dans l'Union européenne, chiffrées en transit et au repos. L'accès à vos données est limité aux seules personnes qui en ont besoin, et votre mot de passe est stocké sous forme hachée. Nous vous recommandons d'activer la double authentification dans votre compte.

## Modifications de cette politique

Nous pouvons modifier cette politique pour refléter l'évolution de nos services ou de la réglementation. La date de dernière mise à jour est indiquée en haut de cette page ; en cas de changement important, nous vous préviendrons par e-mail ou par une notification dans l'application.
"""

EDITS = [
    {"note": "purposes: new bullet for the Voyazen Plus loyalty programme",
     "repl": [("- **Prévenir la fraude au paiement**",
               "- **Gérer votre adhésion au programme Voyazen Plus** (cumul et utilisation des points, avantages partenaires) : exécution du contrat ;\n- **Prévenir la fraude au paiement**")]},
    {"note": "processors: Twilio added for SMS (silent, date not bumped)", "bump": False,
     "repl": [("service client (Zendesk) ;", "service client (Zendesk), envoi des SMS (Twilio) ;")]},
    {"note": "retention: inactive account deleted after 2 years (was 3), with a warning e-mail",
     "repl": [("| Compte client | Jusqu'à sa suppression, ou 3 ans après votre dernière connexion |",
               "| Compte client | Jusqu'à sa suppression, ou 2 ans après votre dernière connexion (vous êtes prévenu par e-mail un mois avant) |")]},
    {"note": "transfers: Data Privacy Framework certification now the ground for US transfers, SCCs otherwise",
     "repl": [("Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne et par des mesures complémentaires (chiffrement, limitation des accès).",
               "Lorsque le prestataire est certifié au titre du cadre de protection des données UE–États-Unis (Data Privacy Framework), le transfert repose sur la décision d'adéquation de la Commission européenne du 10 juillet 2023. À défaut, il est encadré par les clauses contractuelles types de la Commission européenne et par des mesures complémentaires (chiffrement, limitation des accès).")]},
    {"note": "new section on the AI travel assistant (conversations, provider, retention, no training on data)",
     "repl": [("## Vos droits",
               "## L'assistant de voyage\n\nNotre assistant conversationnel vous aide à trouver un trajet, à échanger un billet ou à suivre une demande de remboursement. Les messages que vous lui adressez sont traités pour vous répondre et, sous une forme pseudonymisée, pour améliorer la qualité des réponses. L'assistant repose sur un modèle de langage fourni par un prestataire établi dans l'Union européenne, qui n'utilise pas vos conversations pour entraîner ses propres modèles.\n\nLes conversations sont conservées 6 mois. Ne communiquez pas à l'assistant vos données bancaires ni d'informations sensibles ; à tout moment, vous pouvez demander à être mis en relation avec un conseiller.\n\n## Vos droits")]},
]

PROMOS = ["Soldes d'hiver : jusqu'à -50 % sur une sélection de trajets en train",
          "Nouveau : Paris – Milan en train direct dès 29 €",
          "Voyagez en car dès 5 € partout en France",
          "Vacances de printemps : réservez vos billets dès maintenant",
          "Frais de service offerts sur l'application jusqu'à dimanche"]
ROUTES = [("Paris", "Lyon"), ("Paris", "Marseille"), ("Lyon", "Marseille"), ("Paris", "Bordeaux"),
          ("Paris", "Lille"), ("Nantes", "Paris"), ("Paris", "Strasbourg"), ("Toulouse", "Bordeaux"),
          ("Paris", "Rennes"), ("Nice", "Marseille")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.5, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: {k: C.alnum(rng, 5) for k in
                                                              ("Layout_root", "LegalPage_wrapper", "LegalPage_article", "LegalPage_title",
                                                               "Header_bar", "Footer_root", "PromoStrip_root", "AppBanner_root")})
    s["request"] = (C.uuid4(rng), C.b64tok(rng, 16), C.hexs(rng, 32))
    s["rating"] = C.keep_or(rng, prev.get("rating"), 0.6,
                            lambda: ("4,%d" % rng.choice([6, 7, 7, 8]), 180 + (when.year - 2021) * 45 + rng.randint(0, 30)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.6, lambda: rng.randrange(len(PROMOS)))
    s["routes"] = C.keep_or(rng, prev.get("routes"), 0.8,
                            lambda: tuple((k, rng.choice([9, 12, 15, 19, 19, 25, 29, 35, 39])) for k in rng.sample(range(len(ROUTES)), 6)))
    s["ab"] = C.keep_or(rng, prev.get("ab"), 0.3, lambda: rng.choice(["control", "variant_b"]))
    return s


LABELS = {
    "build": "Next.js buildId and chunk hashes (deploy)",
    "css": "CSS-module class hash suffixes (style deploy)",
    "request": "per-request ids (x-request-id, CSP nonce, RUM session)",
    "rating": "app-download banner store rating and review count",
    "promo": "promotions strip",
    "routes": "'Trajets populaires' footer with live 'dès' prices",
    "ab": "A/B experiment assignment in __NEXT_DATA__ and banner layout",
}


def render(s, blocks, when):
    bid, app_h, page_h = s["build"]
    cs = lambda k: "%s__%s" % (k, s["css"][k])
    rid, nonce, rum = s["request"]
    body_html = C.blocks_html(blocks[1:], sep="")
    doc = {"title": blocks[0][1], "slug": "politique-de-confidentialite", "locale": "fr", "body": body_html,
           "seo": {"metaTitle": "Politique de confidentialité | Voyazen", "noIndex": False}}
    nd = {"props": {"pageProps": {"document": doc, "requestId": rid, "experiments": {"app_banner_2024": s["ab"]},
                                  "_nextI18Next": {"initialLocale": "fr", "ns": ["common", "legal"]}}, "__N_SSP": True},
          "page": "/[locale]/legal/[slug]", "query": {"locale": "fr", "slug": "politique-de-confidentialite"},
          "buildId": bid, "isFallback": False, "gssp": True, "locale": "fr", "locales": ["fr", "en", "de", "it", "es"],
          "defaultLocale": "fr", "scriptLoader": []}
    rating, reviews = s["rating"]
    if s["ab"] == "variant_b":
        banner = ('<div class="%s" role="complementary"><img src="/_next/static/media/app-icon.9c1f2e.png" alt="" width="40" height="40">'
                  '<p><strong>Voyazen</strong> · %s ★ (%d k avis)<br>Vos billets toujours à portée de main</p>'
                  '<a href="https://voyazen.app.link/smart-banner" class="btn">Ouvrir</a></div>' % (cs("AppBanner_root"), rating, reviews))
    else:
        banner = ('<div class="%s" role="complementary"><p>Téléchargez l\'application Voyazen : %s ★ sur l\'App Store et Google Play (%d k avis)</p>'
                  '<a href="https://voyazen.app.link/smart-banner" class="btn">Télécharger</a></div>' % (cs("AppBanner_root"), rating, reviews))
    promo = '<div class="%s"><a href="/fr/bons-plans">%s</a></div>' % (cs("PromoStrip_root"), PROMOS[s["promo"]])
    header = ('<header class="%s"><a href="/fr" aria-label="Voyazen, accueil"><svg width="120" height="28" aria-hidden="true"><use href="#logo"></use></svg></a>'
              '<nav><a href="/fr/train">Train</a><a href="/fr/car">Car</a><a href="/fr/bons-plans">Bons plans</a><a href="/fr/cartes-de-reduction">Cartes de réduction</a></nav>'
              '<div><a href="/fr/aide">Aide</a><a href="/fr/mes-voyages">Mes voyages</a><a href="/fr/connexion">Se connecter</a>'
              '<button type="button" aria-haspopup="listbox">FR · €</button></div></header>' % cs("Header_bar"))
    article = ('<article class="%s"><h1 class="%s">%s</h1>%s</article>'
               % (cs("LegalPage_article"), cs("LegalPage_title"), C.inline_html(blocks[0][1]), body_html))
    side = ('<aside><nav aria-label="Informations légales"><ul><li><a href="/fr/legal/conditions-generales-de-vente">Conditions générales de vente</a></li>'
            '<li><a href="/fr/legal/conditions-d-utilisation">Conditions d\'utilisation</a></li>'
            '<li><a aria-current="page" href="/fr/legal/politique-de-confidentialite">Politique de confidentialité</a></li>'
            '<li><a href="/fr/legal/cookies">Politique cookies</a></li><li><a href="/fr/legal/mentions-legales">Mentions légales</a></li></ul></nav></aside>')
    routes = "".join('<li><a href="/fr/train/%s-%s">%s → %s <span>dès %d €</span></a></li>'
                     % (ROUTES[k][0].lower(), ROUTES[k][1].lower(), ROUTES[k][0], ROUTES[k][1], p) for k, p in s["routes"])
    footer = ('<footer class="%s"><section><h2>Trajets populaires</h2><ul>%s</ul></section>'
              '<section><h2>Voyazen</h2><ul><li><a href="/fr/a-propos">À propos</a></li><li><a href="/fr/presse">Presse</a></li>'
              '<li><a href="/fr/recrutement">Recrutement</a></li><li><a href="/fr/legal/politique-de-confidentialite">Confidentialité</a></li>'
              '<li><button type="button" data-consent="open">Gérer mes cookies</button></li></ul></section>'
              '<p>© %d Voyazen SAS</p></footer>' % (cs("Footer_root"), routes, when.year))
    nd_json = json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return ('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Politique de confidentialité | Voyazen</title><meta name="description" content="Comment Voyazen protège vos données personnelles."/>'
            '<link rel="canonical" href="%s"/><link rel="alternate" hrefLang="en" href="https://www.voyazen.fr/en/legal/privacy-policy"/>'
            '<meta name="next-head-count" content="6"/><meta name="x-request-id" content="%s"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/_app-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/%%5Blocale%%5D/legal/%%5Bslug%%5D-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/%s/_buildManifest.js"></script>'
            '</head><body><div id="__next"><div class="%s">%s%s%s<main id="main" class="%s">%s%s</main>%s</div></div>'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>'
            '<script nonce="%s">window.DD_RUM&&window.DD_RUM.init({applicationId:"6c2a1f0e-7b3d-4e9a-8f21-0d9c8b7a6e5f",clientToken:"pub%s",site:"datadoghq.eu",service:"voyazen-web",env:"prod",version:"%s",sessionSampleRate:20});</script>'
            '</body></html>'
            % (URL, rid, app_h, nonce, app_h, nonce, nonce, app_h, nonce, page_h, nonce, bid,
               cs("Layout_root"), banner, promo, header, cs("LegalPage_wrapper"), side, article, footer,
               nonce, nd_json, nonce, rum, bid))


PAGE = {
    "service": "Voyazen", "url": URL, "lang": "fr-FR", "platform": "Next.js",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-powered-by", "Next.js"), ("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article[class*=\"LegalPage_article\"]"]},
}
