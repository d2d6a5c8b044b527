"""Académie Nordia - fr-CA online education - WordPress + Elementor Pro (toggle widget), Complianz, WPML."""
import datetime as dt
import common as C

URL = "https://www.academienordia.ca/politique-de-confidentialite/"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : le {UPDATED}

Académie Nordia inc. (« Nordia », « nous ») offre des cours en ligne, des microprogrammes et des formations en entreprise. La présente politique décrit la façon dont nous recueillons, utilisons, communiquons et conservons vos renseignements personnels.

## Renseignements que nous recueillons

Lorsque vous créez un compte ou vous inscrivez à un cours, nous recueillons :

- vos nom, adresse courriel, langue de préférence et province de résidence;
- vos renseignements de paiement, traités par notre fournisseur de paiement certifié PCI DSS;
- votre progression dans les cours, vos résultats aux évaluations et vos attestations de réussite;
- les messages que vous publiez dans les forums de discussion des cours.

## Utilisation des renseignements

Nous utilisons vos renseignements pour donner accès aux cours, délivrer les attestations, offrir le soutien technique et améliorer nos contenus pédagogiques.

Avec votre consentement, nous vous envoyons des infolettres sur nos nouveaux cours. Vous pouvez vous désabonner en tout temps à l'aide du lien figurant dans chaque courriel.

## Communication à des tiers

Nous ne vendons pas vos renseignements personnels. Nous les communiquons uniquement à nos fournisseurs de services (hébergement, paiement, vidéoconférence), liés par contrat, et à votre employeur lorsque celui-ci paie votre formation, pour ce qui est de votre progression et de vos résultats.

## Conservation

Les renseignements liés à un compte inactif depuis 3 ans sont supprimés ou anonymisés. Les relevés de notes et les attestations sont conservés pendant 10 ans afin de permettre la vérification des formations reconnues.

## Témoins (cookies) et outils d'analyse

Notre site utilise des témoins essentiels et, avec votre consentement, des témoins de mesure d'audience (Google Analytics). Vous pouvez modifier vos choix à tout moment dans le [centre de préférences](/politique-de-temoins/).

## Vos droits

Vous pouvez demander l'accès à vos renseignements personnels, leur rectification ou le retrait de votre consentement en écrivant à [vieprivee@academienordia.ca](mailto:vieprivee@academienordia.ca). Nous répondons dans un délai de 30 jours.

## Nous joindre

@ Académie Nordia inc.
@ 4200, boulevard Saint-Laurent, bureau 800
@ Montréal (Québec) H2W 2R2
"""

EDITS = [
    {"note": "Loi 25: new section naming the person in charge of the protection of personal information",
     "repl": [("## Nous joindre", "## Responsable de la protection des renseignements personnels\n\nConformément à la Loi sur la protection des renseignements personnels dans le secteur privé du Québec, notre directrice des affaires juridiques, Me Isabelle Gagnon, agit à titre de responsable de la protection des renseignements personnels. Elle peut être jointe à l'adresse [vieprivee@academienordia.ca](mailto:vieprivee@academienordia.ca).\n\n## Nous joindre")]},
    {"note": "inactive-account retention shortened from 3 years to 2 years",
     "repl": [("inactif depuis 3 ans sont", "inactif depuis 2 ans sont")]},
    {"note": "analytics: Google Analytics replaced by self-hosted Matomo (sentence reworded)",
     "repl": [("des témoins de mesure d'audience (Google Analytics).", "des témoins de mesure d'audience de l'outil Matomo, hébergé sur nos serveurs au Canada.")]},
    {"note": "new section on the AI learning assistant (conversations kept 90 days, not used to train models)",
     "repl": [("## Communication à des tiers", "## Assistant d'apprentissage propulsé par l'IA\n\nCertains cours proposent un assistant conversationnel fondé sur l'intelligence artificielle. Vos questions et les réponses générées sont conservées pendant 90 jours pour assurer la qualité du service; elles ne sont pas utilisées pour entraîner des modèles d'IA de tiers.\n\n## Communication à des tiers")]},
    {"note": "office moved: contact address changed to rue Peel",
     "repl": [("@ 4200, boulevard Saint-Laurent, bureau 800\n@ Montréal (Québec) H2W 2R2", "@ 1155, rue Peel, bureau 1400\n@ Montréal (Québec) H3B 4S3")]},
]

COURSES = [("Introduction à Python", "python-intro"), ("Gestion de projet Agile", "gestion-agile"),
           ("Comptabilité pour PME", "comptabilite-pme"), ("Anglais des affaires", "anglais-affaires"),
           ("Analyse de données avec Excel", "excel-donnees"), ("Leadership et communication", "leadership"),
           ("Cybersécurité : les bases", "cybersecurite"), ("Design UX", "design-ux")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.hexs(rng, 10), C.hexs(rng, 10), C.uuid4(rng))
    s["courses"] = C.keep_or(rng, prev.get("courses"), 0.5, lambda: tuple(rng.sample(range(len(COURSES)), 4)))
    s["enrolled"] = tuple(1200 + i * 37 + rng.randint(0, 900) for _ in range(4))
    if when.month == 8 or (when.month == 9 and when.day < 15):
        promo = ("rentree", (dt.date(when.year, 9, 15) - when.date()).days)
    elif when.month in (11,) and when.day > 15:
        promo = ("vendredi-fou", None)
    elif when.month in (1,):
        promo = ("resolutions", None)
    else:
        promo = ("infolettre", None)
    s["promo"] = promo
    s["ab"] = rng.choice(["A", "B"])
    s["elementor_css"] = C.keep_or(rng, prev.get("elementor_css"), 0.4, lambda: str(int(when.timestamp()) - rng.randint(0, 86400 * 20)))
    s["wp"] = "6.4.3" if when.year >= 2024 else ("6.1.1" if when.year >= 2023 else ("5.9.3" if when.year == 2022 else "5.7.2"))
    return s


LABELS = {"tokens": "per-visit nonces (Elementor Pro, wpApiSettings, Crisp chat session id)",
          "courses": "'Cours populaires' sidebar rotated", "enrolled": "enrolment counters in course cards",
          "promo": "promo top bar / countdown changed", "ab": "A/B variant of the hero CTA",
          "elementor_css": "Elementor generated CSS ?ver= timestamp", "wp": "WordPress/plugin version strings"}


def toggle(secs, base_id):
    items = []
    for n, (title, bl) in enumerate(secs):
        tid = base_id + n + 1
        items.append('<div class="elementor-toggle-item">'
                     '<h2 id="elementor-tab-title-%d" class="elementor-tab-title" data-tab="%d" role="button" aria-controls="elementor-tab-content-%d" aria-expanded="false">'
                     '<span class="elementor-toggle-icon elementor-toggle-icon-right" aria-hidden="true"><span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened fas fa-minus"></i></span></span>'
                     '<a class="elementor-toggle-title" tabindex="0">%s</a></h2>'
                     '<div id="elementor-tab-content-%d" class="elementor-tab-content elementor-clearfix" data-tab="%d" role="region" aria-labelledby="elementor-tab-title-%d">%s</div></div>'
                     % (tid, n + 1, tid, C.inline_html(title), tid, n + 1, tid, C.blocks_html(bl)))
    return '<div class="elementor-toggle">' + "".join(items) + "</div>"


def render(s, blocks, when):
    n1, n2, crisp = s["tokens"]
    head, secs = C.split_sections(blocks[1:])
    promo, days = s["promo"]
    promo_txt = {"rentree": "Rentrée d'automne : 30 %% de rabais sur tous les cours — plus que %s jours!" % days,
                 "vendredi-fou": "Vendredi fou : 2 cours pour le prix d'un!",
                 "resolutions": "Nouvelle année, nouvelles compétences : essai gratuit de 14 jours",
                 "infolettre": "Abonnez-vous à notre infolettre et recevez un guide gratuit"}[promo]
    cards = "".join('<article class="course-card"><a href="/cours/%s/">%s</a><span class="course-card__enrolled">%s apprenants inscrits</span></article>'
                    % (COURSES[k][1], COURSES[k][0], "{:,}".format(e).replace(",", "\u00a0"))
                    for k, e in zip(s["courses"], s["enrolled"]))
    cta = "Commencer gratuitement" if s["ab"] == "A" else "Essayer un cours gratuit"
    ver = s["elementor_css"]
    return ('<!doctype html>\n<html lang="fr-CA">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Politique de confidentialité - Académie Nordia</title>\n'
            '<link rel="alternate" hreflang="en-ca" href="https://www.academienordia.ca/en/privacy-policy/">\n'
            '<link rel="stylesheet" id="elementor-frontend-css" href="https://www.academienordia.ca/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.%d.%d" media="all">\n'
            '<link rel="stylesheet" id="elementor-post-2817-css" href="https://www.academienordia.ca/wp-content/uploads/elementor/css/post-2817.css?ver=%s" media="all">\n'
            '<meta name="generator" content="WordPress %s">\n'
            '<script id="wp-api-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.academienordia.ca\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-2817 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2817">\n'
            '<div class="promo-bar promo-bar--%s"><p>%s</p><a href="/cours/">Voir les cours</a></div>\n'
            '<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">'
            '<div class="elementor-element elementor-element-3a1f2c4 e-flex e-con-boxed e-con e-parent" data-id="3a1f2c4" data-element_type="container">'
            '<div class="elementor-widget-theme-site-logo"><a href="https://www.academienordia.ca/"><img src="https://www.academienordia.ca/wp-content/uploads/2021/03/nordia-logo.svg" alt="Académie Nordia"></a></div>'
            '<nav class="elementor-nav-menu--main"><ul id="menu-1-7b2d" class="elementor-nav-menu">'
            '<li class="menu-item"><a href="/cours/">Cours</a><ul class="sub-menu"><li><a href="/cours/technologie/">Technologie</a></li><li><a href="/cours/gestion/">Gestion</a></li><li><a href="/cours/langues/">Langues</a></li></ul></li>'
            '<li class="menu-item"><a href="/entreprises/">Pour les entreprises</a></li><li class="menu-item"><a href="/blogue/">Blogue</a></li>'
            '<li class="menu-item"><a href="/aide/">Centre d\'aide</a></li></ul></nav>'
            '<div class="wpml-ls-statics-shortcode_actions wpml-ls"><ul><li class="wpml-ls-item wpml-ls-item-en"><a href="https://www.academienordia.ca/en/privacy-policy/" class="wpml-ls-link">English</a></li></ul></div>'
            '<a class="elementor-button" href="/inscription/" data-ab="%s">%s</a></div></header>\n'
            '<main id="content" class="site-main post-2817 page type-page status-publish hentry">\n'
            '<div data-elementor-type="wp-page" data-elementor-id="2817" class="elementor elementor-2817">\n'
            '<div class="elementor-element elementor-element-9c51e07 e-con-full e-flex e-con e-parent" data-id="9c51e07" data-element_type="container">'
            '<nav class="rank-math-breadcrumb"><p><a href="https://www.academienordia.ca/">Accueil</a><span class="separator"> » </span><span class="last">Politique de confidentialité</span></p></nav>'
            '<div class="elementor-element elementor-element-1d44b7a elementor-widget elementor-widget-heading" data-id="1d44b7a" data-widget_type="heading.default"><div class="elementor-widget-container">'
            '<h1 class="elementor-heading-title elementor-size-default">%s</h1></div></div></div>\n'
            '<div class="elementor-element elementor-element-58e0b3d e-con-boxed e-flex e-con e-parent politique-confidentialite" data-id="58e0b3d" data-element_type="container">\n'
            '<div class="elementor-element elementor-element-0f2a6c8 elementor-widget elementor-widget-text-editor" data-id="0f2a6c8" data-widget_type="text-editor.default"><div class="elementor-widget-container">\n%s\n</div></div>\n'
            '<div class="elementor-element elementor-element-7be41d2 elementor-widget elementor-widget-toggle" data-id="7be41d2" data-widget_type="toggle.default"><div class="elementor-widget-container">\n%s\n</div></div>\n'
            '</div>\n'
            '<div class="elementor-element elementor-element-c2e9a51 e-con-boxed e-flex e-con e-parent populaires" data-id="c2e9a51"><h3 class="elementor-heading-title">Cours populaires</h3><div class="course-grid">%s</div></div>\n'
            '</div>\n</main>\n'
            '<footer data-elementor-type="footer" data-elementor-id="35" class="elementor elementor-35 elementor-location-footer"><div class="elementor-element e-con">'
            '<p>© %d Académie Nordia inc. Tous droits réservés.</p><ul><li><a href="/politique-de-confidentialite/">Confidentialité</a></li><li><a href="/politique-de-temoins/">Témoins</a></li><li><a href="/conditions-utilisation/">Conditions d\'utilisation</a></li><li><a href="/accessibilite/">Accessibilité</a></li></ul></div></footer>\n'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" role="dialog">'
            '<div class="cmplz-header"><div class="cmplz-title">Gérer le consentement</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Nous utilisons des témoins pour optimiser notre site web et notre service.</p></div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>\n'
            '<script>window.$crisp=[];window.CRISP_WEBSITE_ID="8c0f3f7e-2b11-4c3e-9d0a-51b7c2e0d9aa";window.CRISP_TOKEN_ID="%s";</script>\n'
            '<script id="elementor-pro-frontend-js-before">var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.academienordia.ca\\/wp-admin\\/admin-ajax.php","nonce":"%s","urls":{"assets":"https:\\/\\/www.academienordia.ca\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/"}};</script>\n'
            '</body>\n</html>\n'
            % (when.year - 2010, when.month, ver, s["wp"], n1, promo, promo_txt, s["ab"], cta, C.inline_html(blocks[0][1]),
               C.blocks_html(head), toggle(secs, 2840), cards, when.year, crisp, n2))


PAGE = {
    "service": "Academie Nordia", "url": URL, "lang": "fr-CA", "platform": "WordPress + Elementor Pro",
    "content_type": "text/html; charset=UTF-8",
    "n": 29, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 7, 15), "hours": (6, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 29), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.elementor-heading-title", ".politique-confidentialite"]},
}
