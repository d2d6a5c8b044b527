"""Sillage (Sillage IA SAS, Paris) - fr-FR - a French AI lab (assistant "Sillage Chat", API "La Plateforme");
site on Nuxt 3 with Storyblok as CMS. The legal page has two tabs in the same document: the French policy (the
one that prevails, tracked) and an English convenience translation in a hidden tab, which the team updates on
its own, later schedule. Sub-processors table that grows. Axeptio consent widget, release banner, careers
counter, Storyblok cache version and Nuxt payload."""
import datetime as dt
import json
import common as C

URL = "https://sillage.ai/fr/legal/politique-de-confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

La présente politique de confidentialité décrit la manière dont Sillage IA traite vos données personnelles lorsque vous utilisez notre assistant conversationnel Sillage Chat, notre plateforme pour développeurs La Plateforme (l'« API ») et notre site internet (ensemble, les « Services »). Elle est établie conformément au Règlement (UE) 2016/679 du 27 avril 2016 (« RGPD ») et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.

## 1. Qui est responsable du traitement ?

Le responsable du traitement est Sillage IA, société par actions simplifiée au capital de 1 284 112 euros, immatriculée au registre du commerce et des sociétés de Paris sous le numéro 921 447 305, dont le siège social est situé 24 rue du Faubourg Poissonnière, 75010 Paris.

Pour les contenus que nos clients professionnels nous transmettent via l'API, Sillage IA agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à notre [accord de traitement des données](/fr/legal/dpa).

Vous pouvez contacter notre délégué à la protection des données (DPO) à l'adresse [dpo@sillage.ai](mailto:dpo@sillage.ai).

## 2. Quelles données traitons-nous ?

Nous traitons les catégories de données suivantes :

- **Données de compte** : nom, prénom, adresse électronique, mot de passe chiffré, numéro de téléphone lorsque vous l'utilisez pour vérifier votre compte ;
- **Contenus** : les requêtes que vous saisissez (les « Requêtes »), les fichiers que vous téléversez et les réponses générées par nos modèles (les « Réponses ») ;
- **Données de paiement** : informations de facturation, les données de carte bancaire étant collectées directement par notre prestataire de paiement ;
- **Données techniques** : adresse IP, identifiants de l'appareil, type de navigateur, journaux de connexion et d'utilisation de l'API (horodatage, nombre de jetons, modèle appelé) ;
- **Échanges avec nous** : le contenu de vos messages au support et, le cas échéant, vos retours sur les Réponses (pouce levé ou baissé, commentaires).

## 3. Pour quelles finalités et sur quelles bases légales ?

| Finalité | Base légale |
| Créer et gérer votre compte, fournir les Services | Exécution du contrat (article 6.1.b du RGPD) |
| Facturation et comptabilité | Obligation légale (article 6.1.c du RGPD) |
| Sécurité des Services, détection des abus et des usages interdits | Intérêt légitime (article 6.1.f du RGPD) |
| Amélioration de nos modèles à partir des Contenus de Sillage Chat | Intérêt légitime (article 6.1.f du RGPD) |
| Envoi de la lettre d'information | Consentement (article 6.1.a du RGPD) |

Les Contenus transmis via l'API ne sont jamais utilisés pour entraîner nos modèles.

## 4. Combien de temps conservons-nous vos données ?

Les données de compte sont conservées pendant toute la durée de votre compte, puis supprimées dans un délai de douze mois après sa clôture. Vos conversations Sillage Chat sont conservées tant que vous ne les supprimez pas. Les Contenus transmis via l'API sont conservés trente jours à des fins de surveillance des abus, puis supprimés. Les pièces comptables sont conservées dix ans conformément à l'article L. 123-22 du Code de commerce.

## 5. Qui sont les destinataires de vos données ?

Vos données sont destinées aux équipes habilitées de Sillage IA. Elles peuvent être communiquées à nos sous-traitants, qui agissent sur nos instructions et présentent des garanties suffisantes :

| Sous-traitant | Service fourni | Localisation des données |
| Scaleway SAS | Hébergement et calcul (GPU) | France |
| Stripe Payments Europe Ltd | Paiement | Union européenne |
| Zendesk Inc. | Support client | Union européenne |

Elles peuvent également être communiquées aux autorités administratives ou judiciaires lorsque la loi l'exige.

## 6. Vos données sont-elles transférées hors de l'Union européenne ?

Nous hébergeons les Services dans l'Union européenne. Si certains de nos sous-traitants devaient accéder à vos données depuis un pays situé hors de l'Espace économique européen, ces transferts seraient encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées si nécessaire de mesures supplémentaires.

## 7. Quels sont vos droits ?

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données, ainsi que du droit de retirer votre consentement à tout moment. Vous pouvez également définir des directives relatives au sort de vos données après votre décès, conformément à l'article 85 de la loi Informatique et Libertés.

Pour exercer vos droits, écrivez à [dpo@sillage.ai](mailto:dpo@sillage.ai). Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, [www.cnil.fr](https://www.cnil.fr).

## 8. Sécurité

Sillage IA met en œuvre des mesures techniques et organisationnelles appropriées pour protéger vos données contre la destruction, la perte, l'altération ou l'accès non autorisé : chiffrement des données en transit et au repos, authentification forte de nos équipes, journalisation des accès aux systèmes de production, cloisonnement des environnements et tests d'intrusion réguliers réalisés par des prestataires qualifiés. En cas de violation de données susceptible d'engendrer un risque élevé pour vos droits et libertés, nous vous en informerons dans les meilleurs délais, conformément à l'article 34 du RGPD.

Les Contenus que vous transmettez peuvent contenir des données personnelles vous concernant ou concernant des tiers. Nous vous recommandons de ne pas saisir dans vos Requêtes de données sensibles au sens de l'article 9 du RGPD, telles que des données de santé, ni de données relatives à des tiers sans base légale appropriée.

## 9. Mineurs

Les Services sont réservés aux personnes âgées d'au moins 18 ans.

## 10. Cookies

Nous utilisons des cookies nécessaires au fonctionnement du site et, sous réserve de votre consentement recueilli via notre bandeau, des cookies de mesure d'audience. Pour en savoir plus, consultez notre [politique relative aux cookies](/fr/legal/cookies).

## 11. Modifications

Nous pouvons modifier la présente politique. En cas de modification substantielle, nous vous en informerons par courriel ou par une notification dans les Services.
"""

EDITS = [
    {"note": "sub-processors table: new row Google Cloud EMEA Ltd (hosting, Netherlands)",
     "repl": [("| Scaleway SAS | Hébergement et calcul (GPU) | France |",
               "| Scaleway SAS | Hébergement et calcul (GPU) | France |\n| Google Cloud EMEA Ltd | Hébergement et calcul (GPU) | Pays-Bas |")]},
    {"note": "training opt-out: new paragraph in section 3 (Chat Free: opt out in Paramètres > Confidentialité; Pro/Team: off by default)",
     "repl": [("Les Contenus transmis via l'API ne sont jamais utilisés pour entraîner nos modèles.",
               "Les Contenus transmis via l'API ne sont jamais utilisés pour entraîner nos modèles.\n\nVous pouvez vous opposer à tout moment à l'utilisation de vos conversations Sillage Chat pour l'amélioration de nos modèles, en désactivant l'option « Entraînement des modèles » dans Paramètres > Confidentialité. Pour les abonnements Pro et Team, cette option est désactivée par défaut. Avant toute utilisation, les Contenus font l'objet d'un traitement visant à en retirer les données directement identifiantes.")]},
    {"note": "sub-processors table: new row Brevo (transactional emails, France) (date not bumped)", "bump": False,
     "repl": [("| Zendesk Inc. | Support client | Union européenne |",
               "| Zendesk Inc. | Support client | Union européenne |\n| Sendinblue SAS (Brevo) | Envoi de courriels transactionnels | France |")]},
    {"note": "retention: deleted conversations purged within 30 days; inactive Free accounts closed after 3 years",
     "repl": [("Vos conversations Sillage Chat sont conservées tant que vous ne les supprimez pas.",
               "Vos conversations Sillage Chat sont conservées tant que vous ne les supprimez pas ; une conversation supprimée est effacée de nos systèmes dans un délai de trente jours. Les comptes gratuits inactifs depuis trois ans sont clôturés après un préavis par courriel.")]},
    {"note": "sub-processors table: Microsoft Ireland (Azure, Sweden) added; transfers section mentions EU-US Data Privacy Framework",
     "repl": [("| Stripe Payments Europe Ltd | Paiement | Union européenne |",
               "| Microsoft Ireland Operations Ltd | Hébergement et calcul (Azure) | Suède |\n| Stripe Payments Europe Ltd | Paiement | Union européenne |"),
              ("ces transferts seraient encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées si nécessaire de mesures supplémentaires.",
               "ces transferts seraient encadrés soit par la décision d'adéquation de la Commission européenne du 10 juillet 2023 relative au cadre de protection des données UE-États-Unis (Data Privacy Framework), lorsque le destinataire y a adhéré, soit par les clauses contractuelles types adoptées par la Commission européenne, complétées si nécessaire de mesures supplémentaires.")]},
    {"note": "minors: 13-17 allowed with parental authorisation (was 18+)",
     "repl": [("Les Services sont réservés aux personnes âgées d'au moins 18 ans.",
               "Les Services sont accessibles aux personnes âgées d'au moins 13 ans. Les utilisateurs âgés de 13 à 17 ans doivent disposer de l'autorisation du titulaire de l'autorité parentale. Conformément à l'article 45 de la loi Informatique et Libertés, lorsque le traitement repose sur le consentement, le mineur de moins de 15 ans ne peut consentir seul.")]},
    {"note": "new DPO contact (postal address) and AI Act paragraph on transparency of generated content; new sub-processor row (Cerebras, inference, USA)",
     "repl": [("Vous pouvez contacter notre délégué à la protection des données (DPO) à l'adresse [dpo@sillage.ai](mailto:dpo@sillage.ai).",
               "Vous pouvez contacter notre délégué à la protection des données (DPO) à l'adresse [dpo@sillage.ai](mailto:dpo@sillage.ai) ou par courrier : Sillage IA, à l'attention du DPO, 24 rue du Faubourg Poissonnière, 75010 Paris.\n\nConformément au règlement (UE) 2024/1689 sur l'intelligence artificielle, nous vous informons que vous interagissez avec un système d'intelligence artificielle et que les contenus générés par nos modèles sont identifiés comme tels."),
              ("| Zendesk Inc. | Support client | Union européenne |",
               "| Cerebras Systems Inc. | Inférence à faible latence (option « Réponses rapides ») | États-Unis |\n| Zendesk Inc. | Support client | Union européenne |")]},
]

EN_V1 = """
# Privacy Policy (English version)

This English version is provided for convenience only. In case of discrepancy, the French version prevails.

## 1. Controller

The controller is Sillage IA, a French simplified joint-stock company registered with the Paris Trade and Companies Register under number 921 447 305, with its registered office at 24 rue du Faubourg Poissonnière, 75010 Paris, France. You can contact our data protection officer at [dpo@sillage.ai](mailto:dpo@sillage.ai).

## 2. Data we process

Account data, the prompts and files you submit and the responses generated by our models, billing data, technical data and your exchanges with our support team.

## 3. Purposes and legal bases

We process your data to provide the Services (performance of a contract), to meet our accounting obligations (legal obligation), to secure the Services and improve our models (legitimate interest) and to send our newsletter (consent). Content sent through the API is never used to train our models.

## 4. Retention

Account data is kept for the life of your account and deleted within twelve months after it is closed. API content is kept for thirty days for abuse monitoring.

## 5. Recipients

Our sub-processors are Scaleway (hosting, France), Stripe (payments, EU) and Zendesk (support, EU).

## 6. Your rights

You have the rights of access, rectification, erasure, restriction, portability and objection, and may lodge a complaint with the CNIL.
"""
EN_REVS = [
    (dt.datetime(2024, 9, 16), "Our sub-processors are Scaleway (hosting, France), Stripe (payments, EU) and Zendesk (support, EU).",
     "Our sub-processors are Scaleway and Google Cloud (hosting, France and the Netherlands), Stripe (payments, EU) and Zendesk (support, EU)."),
    (dt.datetime(2024, 9, 16), "Content sent through the API is never used to train our models.",
     "Content sent through the API is never used to train our models. You can object to the use of your Sillage Chat conversations for training in Settings > Privacy."),
    (dt.datetime(2025, 10, 20), "Stripe (payments, EU) and Zendesk (support, EU).",
     "Microsoft Azure (hosting, Sweden), Stripe (payments, EU), Zendesk (support, EU) and Brevo (emails, France)."),
    (dt.datetime(2025, 10, 20), "API content is kept for thirty days for abuse monitoring.",
     "API content is kept for thirty days for abuse monitoring. Deleted conversations are erased within thirty days."),
    (dt.datetime(2025, 10, 20), "and may lodge a complaint with the CNIL.", "and may lodge a complaint with the CNIL (www.cnil.fr)."),
]

BANNERS = [(dt.datetime(2022, 1, 1), "Sillage 7B est disponible en open source"),
           (dt.datetime(2023, 12, 11), "Nouveau : Sillage Medium sur La Plateforme"),
           (dt.datetime(2024, 2, 26), "Découvrez Sillage Chat, en version bêta"),
           (dt.datetime(2024, 7, 24), "Sillage Large 2 est disponible"),
           (dt.datetime(2025, 2, 6), "Sillage Chat arrive sur iOS et Android"),
           (dt.datetime(2025, 9, 30), "Sillage Large 3 : notre modèle le plus performant"),
           (dt.datetime(2026, 3, 3), "Sillage Voice est disponible en bêta")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nuxt"] = C.keep_or(rng, prev.get("nuxt"), 0.5, lambda: (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")))
    s["cv"] = C.epoch(when) - rng.randint(600, 86400 * 3)
    s["banner"] = [b[1] for b in BANNERS if b[0] <= when][-1]
    s["jobs"] = C.keep_or(rng, prev.get("jobs"), 0.6, lambda: rng.randint(12, 48))
    s["en"] = sum(1 for r in EN_REVS if when >= r[0])
    s["axeptio"] = C.keep_or(rng, prev.get("axeptio"), 0.2, lambda: "%d.%d.%d" % (2, rng.randint(0, 9), rng.randint(0, 30)))
    return s


LABELS = {
    "nuxt": "Nuxt build id and chunk hashes",
    "cv": "Storyblok cache version (any story published)",
    "banner": "release banner naming the newest model",
    "jobs": "'Nous recrutons' open-positions counter",
    "en": "English convenience translation (hidden tab) updated on its own schedule",
    "axeptio": "Axeptio SDK version",
}


def rt(blocks):
    """Storyblok rich text as the storyblok-rich-text renderer writes it."""
    return C.blocks_html(blocks, {"table": "legal-table"}, sep="")


def render(s, blocks, when):
    bid, chunk = s["nuxt"]
    en_src = EN_V1
    for d, old, new in EN_REVS[:s["en"]]:
        en_src = en_src.replace(old, new)
    en = C.parse_src(en_src)
    fr = ('<div class="legal-tabs__panel" data-v-5d1f7c2a id="panel-fr" role="tabpanel" data-locale="fr" aria-labelledby="tab-fr">'
          '<h1 class="legal-title" data-v-5d1f7c2a>%s</h1><div class="rich-text" data-v-3b9e0d41>%s</div></div>'
          % (C.inline_html(blocks[0][1]), rt(blocks[1:])))
    enp = ('<div class="legal-tabs__panel" data-v-5d1f7c2a id="panel-en" role="tabpanel" data-locale="en" lang="en" aria-labelledby="tab-en" hidden>'
           '<h1 class="legal-title" data-v-5d1f7c2a>%s</h1><div class="rich-text" data-v-3b9e0d41>%s</div></div>'
           % (C.inline_html(en[0][1]), rt(en[1:])))
    tabs = ('<div class="legal-tabs" data-v-5d1f7c2a><div class="legal-tabs__list" role="tablist" data-v-5d1f7c2a>'
            '<button id="tab-fr" role="tab" aria-selected="true" aria-controls="panel-fr" class="legal-tabs__tab is-active" data-v-5d1f7c2a>Français</button>'
            '<button id="tab-en" role="tab" aria-selected="false" aria-controls="panel-en" class="legal-tabs__tab" data-v-5d1f7c2a>English</button></div>%s%s</div>' % (fr, enp))
    side = ('<aside class="legal-nav" data-v-8c2e61f0><p class="legal-nav__title" data-v-8c2e61f0>Mentions légales</p><ul data-v-8c2e61f0>'
            '<li><a href="/fr/legal/conditions-generales" data-v-8c2e61f0>Conditions générales</a></li>'
            '<li><a href="/fr/legal/politique-de-confidentialite" class="router-link-active router-link-exact-active" aria-current="page" data-v-8c2e61f0>Politique de confidentialité</a></li>'
            '<li><a href="/fr/legal/cookies" data-v-8c2e61f0>Cookies</a></li><li><a href="/fr/legal/dpa" data-v-8c2e61f0>Accord de traitement des données</a></li>'
            '<li><a href="/fr/legal/usage" data-v-8c2e61f0>Politique d\'usage</a></li><li><a href="/fr/legal/mentions-legales" data-v-8c2e61f0>Mentions légales</a></li></ul></aside>')
    header = ('<div class="top-banner" data-v-0f4e2b11><a href="/fr/news" data-v-0f4e2b11>%s <span aria-hidden="true">\u2192</span></a></div>'
              '<header class="site-header" data-v-0f4e2b11><a href="/fr" class="site-header__logo" aria-label="Sillage" data-v-0f4e2b11><img src="https://a.storyblok.com/f/271944/140x32/5c1d2e8a9b/sillage-logo.svg" alt="Sillage" width="140" height="32"></a>'
              '<nav class="site-header__nav" data-v-0f4e2b11><a href="/fr/produits/chat">Sillage Chat</a><a href="/fr/produits/plateforme">La Plateforme</a><a href="/fr/modeles">Modèles</a><a href="/fr/entreprise">Entreprise</a><a href="/fr/news">Actualités</a><a href="https://docs.sillage.ai">Docs</a></nav>'
              '<div class="site-header__actions" data-v-0f4e2b11><a href="/en/legal/privacy-policy" hreflang="en" class="lang-switch">EN</a><a href="https://chat.sillage.ai" class="btn btn--primary">Essayer Sillage Chat</a></div></header>' % s["banner"])
    footer = ('<footer class="site-footer" data-v-7a3c9e55><div class="site-footer__grid"><div><p class="site-footer__title">Produits</p><ul><li><a href="/fr/produits/chat">Sillage Chat</a></li><li><a href="/fr/produits/plateforme">La Plateforme</a></li><li><a href="/fr/modeles">Modèles</a></li></ul></div>'
              '<div><p class="site-footer__title">Entreprise</p><ul><li><a href="/fr/a-propos">À propos</a></li><li><a href="/fr/carrieres">Carrières <span class="badge">Nous recrutons \u00b7 %d postes</span></a></li><li><a href="/fr/presse">Presse</a></li></ul></div>'
              '<div><p class="site-footer__title">Légal</p><ul><li><a href="/fr/legal/conditions-generales">Conditions générales</a></li><li><a href="/fr/legal/politique-de-confidentialite">Confidentialité</a></li><li><a href="javascript:openAxeptioCookies()">Gérer mes cookies</a></li></ul></div></div>'
              '<p class="site-footer__copy">Sillage IA \u00a9 %d \u2014 Fait à Paris</p></footer>' % (s["jobs"], when.year))
    axeptio = ('<div id="axeptio_overlay" class="axeptio_mount" aria-live="polite"></div>'
               '<script>window.axeptioSettings={clientId:"64b7f2a1c3e0d95e8a1f2c33",cookiesVersion:"sillage-fr-2",googleConsentMode:{default:{analytics_storage:"denied",ad_storage:"denied"}}};</script>'
               '<script async src="https://static.axept.io/sdk.js?v=%s"></script>' % s["axeptio"])
    payload = json.dumps({"data": {"story-legal-politique-de-confidentialite": {"cv": s["cv"], "uuid": "c1f7e2a4-93b1-4d7e-8f2a-5e6b1d0c9a37"}},
                          "state": {"$si18n:cached-locale-configs": {"fr": {"fallbacks": [], "cacheable": True}}}, "once": []}, separators=(",", ":"))
    return ('<!DOCTYPE html><html lang="fr" data-capo=""><head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Politique de confidentialité | Sillage</title>\n<link rel="stylesheet" href="/_nuxt/entry.%s.css">\n'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n<link rel="alternate" hreflang="en" href="https://sillage.ai/en/legal/privacy-policy">\n'
            '<link rel="canonical" href="%s">\n<meta name="description" content="Comment Sillage IA traite vos données personnelles.">\n</head>\n'
            '<body><div id="__nuxt"><div class="layout layout--default" data-v-2e8c1a90>%s<main class="legal-page container" data-v-5d1f7c2a>%s%s</main>%s</div></div>%s\n'
            '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>\n'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblokVersion:"published",cv:%d},app:{baseURL:"/",buildId:"%s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>\n'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script></body></html>\n'
            % (chunk, chunk, URL, header, side, tabs, footer, axeptio, payload, s["cv"], bid, chunk))


PAGE = {
    "service": "Sillage", "url": URL, "lang": "fr-FR", "platform": "Nuxt 3 + Storyblok",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("server", "cloudflare"), ("x-powered-by", "Nuxt")),
    "n": 30, "start": dt.date(2023, 11, 6), "end": dt.date(2026, 5, 28),
    "policy": POLICY, "first_updated": dt.date(2023, 9, 27), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#panel-fr"]},
}
