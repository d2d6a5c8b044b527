"""Réseau Kairo (console maker's online network, Canada) - fr-CA - Salesforce Experience Cloud (Aura), Knowledge article."""
import datetime as dt
import base64
import hashlib
import html
import json
import re
import common as C

URL = "https://soutien.kairo.ca/s/article/politique-confidentialite-reseau-kairo?language=fr_CA"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité du Réseau Kairo

Dernière mise à jour : {UPDATED}

La présente politique explique comment Kairo Interactive Canada inc. (« Kairo ») recueille, utilise et communique vos renseignements personnels lorsque vous utilisez le Réseau Kairo, la boutique Kairo et vos consoles Kairo branchées à Internet.

## Renseignements que nous recueillons

- Renseignements de compte : identifiant en ligne, adresse courriel, date de naissance, pays et province.
- Renseignements de paiement : mode de paiement enregistré et historique d'achats dans la boutique Kairo. Les numéros de carte complets sont conservés par notre fournisseur de paiement.
- Activité de jeu : jeux lancés, temps de jeu, trophées obtenus, parties en ligne et rapports de plantage de la console.
- Communications : messages et clavardage vocal entre joueurs, lorsqu'ils font l'objet d'un signalement.

## Utilisation de vos renseignements

Nous utilisons vos renseignements pour exploiter le Réseau Kairo, traiter vos achats, vous permettre de jouer en ligne avec vos amis, assurer la sécurité des joueurs et améliorer nos produits.

Nous ne vendons pas vos renseignements personnels.

## Communication à des tiers

Nous communiquons vos renseignements aux éditeurs des jeux auxquels vous jouez en ligne, dans la mesure nécessaire au fonctionnement de leurs services, ainsi qu'aux fournisseurs suivants :

- Adyen N.V. (traitement des paiements);
- Amazon Web Services, Inc. (hébergement du Réseau Kairo);
- Salesforce, Inc. (soutien à la clientèle).

Vos renseignements sont hébergés sur des serveurs situés au Canada et aux États-Unis.

## Conservation

Nous conservons les renseignements de votre compte tant que celui-ci est actif. L'historique de jeu est conservé pendant cinq ans, puis dépersonnalisé.

Les enregistrements de clavardage vocal signalés sont supprimés 30 jours après la fin de l'examen.

## Contrôle parental

Les comptes des enfants de moins de 14 ans sont créés et gérés par un parent, qui peut limiter les communications, les achats et le temps de jeu à partir de l'application Famille Kairo.

## Vos droits

Vous pouvez demander l'accès à vos renseignements personnels, leur rectification ou le retrait de votre consentement en écrivant à [confidentialite@kairo.ca](mailto:confidentialite@kairo.ca). Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser au Commissariat à la protection de la vie privée du Canada ou, au Québec, à la Commission d'accès à l'information.
"""

EDITS = [
    {"note": "processor added: Microsoft PlayFab (multiplayer matchmaking) in the providers list",
     "repl": [("- Salesforce, Inc. (soutien à la clientèle).", "- Microsoft Corporation (PlayFab, jumelage des parties en ligne);\n- Salesforce, Inc. (soutien à la clientèle).")]},
    {"note": "Law 25: new section naming the person in charge of the protection of personal information (title + contact) before 'Vos droits'",
     "repl": [("## Vos droits", "## Responsable de la protection des renseignements personnels\n\nConformément à la Loi 25 du Québec, la responsable de la protection des renseignements personnels de Kairo est Mme Isabelle Gagnon, directrice de la conformité.\n\n@ Kairo Interactive Canada inc.\n@ À l'attention de la responsable de la protection des renseignements personnels\n@ 1100, boulevard Robert-Bourassa, bureau 900, Montréal (Québec) H3B 3A5\n\n## Vos droits")]},
    {"note": "sentence reworded: 'Nous ne vendons pas...' now also excludes sharing for targeted advertising (date not bumped)", "bump": False,
     "repl": [("Nous ne vendons pas vos renseignements personnels.", "Nous ne vendons pas vos renseignements personnels et ne les communiquons pas à des fins de publicité ciblée.")]},
    {"note": "retention: game history depersonalised after three years instead of five",
     "repl": [("L'historique de jeu est conservé pendant cinq ans, puis dépersonnalisé.", "L'historique de jeu est conservé pendant trois ans, puis dépersonnalisé.")]},
    {"note": "hosting locations: Japan added (servers in Canada, the US and Japan)",
     "repl": [("situés au Canada et aux États-Unis.", "situés au Canada, aux États-Unis et au Japon.")]},
]

RELEASES = ["Spring '21", "Summer '21", "Winter '22", "Spring '22", "Summer '22", "Winter '23", "Spring '23", "Summer '23",
            "Winter '24", "Spring '24", "Summer '24", "Winter '25", "Spring '25", "Summer '25", "Winter '26", "Spring '26", "Summer '26"]
POPULAR = ["Réinitialiser le mot de passe de mon compte Kairo", "Annuler mon abonnement Kairo Plus", "Demander un remboursement dans la boutique",
           "Configurer le contrôle parental", "Codes d'erreur NW-2104 et NW-2107", "Transférer mes données vers une nouvelle console",
           "Activer la vérification en deux étapes", "Signaler un joueur"]


def release(when):
    k = (when.year - 2021) * 3 + (0 if when.month < 6 else 1 if when.month < 10 else 2) - 0
    return max(0, min(len(RELEASES) - 1, k))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["release"] = release(when)
    s["render"] = rng.randint(2, 40)
    s["token"] = (C.b64tok(rng, 90).rstrip("="), C.alnum(rng, 15))
    s["views"] = 12000 + 950 * i + rng.randint(0, 800)
    s["netstatus"] = (rng.choice(["ok"] * 5 + ["boutique", "multi"]), rng.randint(1, 14))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.6, lambda: (rng.choice(["soldes", "plus", "none"]), rng.randint(0, 6), rng.randint(0, 23)))
    s["chat"] = "online" if 13 <= when.hour + 0 <= 23 and rng.random() < 0.8 else "offline"
    s["popular"] = C.keep_or(rng, prev.get("popular"), 0.5, lambda: tuple(rng.sample(range(len(POPULAR)), 5)))
    s["published"] = C.keep_or(rng, prev.get("published"), 0.15, lambda: when - dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 1400)))
    return s


LABELS = {
    "release": "Salesforce release: Aura fwuid in script URLs/config, SLDS class spellings (--large/_large)",
    "render": "data-aura-rendered-by ids (component render order differs at every load)",
    "token": "per-visit Aura token and embedded-service session id",
    "views": "'Nombre de consultations' article view counter",
    "netstatus": "'État du Réseau Kairo' live status component in right panel",
    "promo": "store sale countdown bar in the header",
    "chat": "embedded chat button (agents available / offline)",
    "popular": "'Articles populaires' list",
    "published": "'Date de la dernière publication' (article republished)",
}


def render(s, blocks, when):
    rel = s["release"]
    fw = base64.b64encode(hashlib.sha1(("fw" + RELEASES[rel]).encode()).digest()).decode().rstrip("=").replace("+", "-").replace("/", "_")[:22]
    new_slds = rel >= 6
    large = "slds-text-heading_large" if new_slds else "slds-text-heading--large"
    ctr = [100 * s["render"] + 7]

    def rb():
        ctr[0] += 3 + (ctr[0] * 7) % 5
        return 'data-aura-rendered-by="%d:0"' % ctr[0]

    m = re.search(r"(\d+)(?:er)? (\S+) (\d{4})", blocks[1][1])
    upd = dt.datetime(int(m.group(3)), MOIS.index(m.group(2)) + 1, int(m.group(1)), 14, 5, 0)
    pub = s["published"] = max(s["published"], upd)

    def inl(t):
        return C.inline_html(t, bold=lambda r: "<b>%s</b>" % html.escape(r, quote=False),
                             link=lambda u, l: '<a href="%s" target="_blank">%s</a>' % (html.escape(u), html.escape(l, quote=False)))

    parts = []
    for k, v in blocks[1:]:
        if k == "h2":
            parts.append("<h2>%s</h2>" % inl(v))
        elif k == "p":
            parts.append("<p>%s</p>" % inl(v))
        elif k == "ul":
            parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % inl(x) for x in v))
        elif k == "addr":
            parts.append("<p>%s</p>" % "<br>".join(inl(x) for x in v))
    rich = "".join(parts)
    tok, sess = s["token"]
    st, mins = s["netstatus"]
    svc = [("Connexion et comptes", "ok"), ("Boutique Kairo", "deg" if st == "boutique" else "ok"),
           ("Parties en ligne", "deg" if st == "multi" else "ok"), ("Kairo Plus", "ok")]
    status = "".join('<li class="slds-item c-network-status__row"><span>%s</span><span class="slds-badge %s">%s</span></li>'
                     % (n, "slds-theme_success" if v == "ok" else "slds-theme_warning", "Opérationnel" if v == "ok" else "Perturbations")
                     for n, v in svc)
    pk, pd, ph = s["promo"]
    promo = {"soldes": '<div class="c-promo-bar" %s><a href="https://boutique.kairo.ca/fr/soldes">Soldes de la Boutique Kairo : jusqu\'à 60 %% de rabais</a> <span class="c-promo-bar__timer">Se termine dans %d j %02d h</span></div>' % (rb(), pd, ph),
             "plus": '<div class="c-promo-bar" %s><a href="https://www.kairo.ca/fr/plus">Kairo Plus : les jeux mensuels sont arrivés</a></div>' % rb(),
             "none": ""}[pk]
    pop = "".join('<li class="slds-item" %s><a href="/s/article/%s?language=fr_CA" %s>%s</a></li>'
                  % (rb(), re.sub(r"[^a-z0-9]+", "-", p.lower())[:40].strip("-"), rb(), html.escape(p))
                  for p in (POPULAR[k] for k in s["popular"]))
    chat = ('<div class="embeddedServiceHelpButton"><div class="helpButton"><button class="helpButtonEnabled uiButton" href="#"><span class="embeddedServiceIcon" aria-hidden="true"></span>'
            '<span class="helpButtonLabel" id="helpButtonSpan" aria-live="polite" aria-atomic="true"><span class="assistiveText">Clavarder avec un agent</span><span class="message">%s</span></span></button></div></div>'
            % ("Clavarder avec un agent" if s["chat"] == "online" else "Agents hors ligne"))
    title = html.escape(blocks[0][1])
    config = json.dumps({"context": {"mode": "PROD", "fwuid": fw, "app": "siteforce:communityApp",
                                     "loaded": {"APPLICATION@markup://siteforce:communityApp": "1%03d_%s" % (rel, fw[:18])},
                                     "dn": [], "globals": {}, "uad": True}, "pathPrefix": "", "token": tok,
                         "host": "/s/sfsites", "language": "fr_CA"}, separators=(",", ":"))
    return ('<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/s/sfsites/c/resource/KairoBrand/css/kairo.css?v=%d">'
            '<link rel="stylesheet" href="/s/sfsites/l/%%7B%%22mode%%22%%3A%%22PROD%%22%%2C%%22app%%22%%3A%%22siteforce%%3AcommunityApp%%22%%2C%%22fwuid%%22%%3A%%22%s%%22%%7D/app.css?3=">'
            '<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap || (window.Aura.bootstrap = {}); window.Aura.initConfig = %s;</script>'
            '<script src="/s/sfsites/auraFW/javascript/%s/aura_prod.js"></script>'
            '<script src="/s/sfsites/l/%%7B%%22mode%%22%%3A%%22PROD%%22%%2C%%22app%%22%%3A%%22siteforce%%3AcommunityApp%%22%%2C%%22fwuid%%22%%3A%%22%s%%22%%7D/app.js?2="></script>'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0187c2a1-kairo-ca"></script>'
            '</head><body class="comm-page-article"><div class="siteforceThemeLayoutStarter" %s data-aura-class="siteforceThemeLayoutStarter">'
            '<div class="themeLayoutStarterWrapper isHeroUnderHeader-false isHeaderPinned-false siteforceThemeLayoutStarter" %s>'
            '<div class="themeHeader" %s>%s<div class="themeHeaderInner" %s><div class="themeLogo" %s><a href="/s/?language=fr_CA" %s><img src="/s/sfsites/c/file-asset/KairoLogoFR?v=1" alt="Soutien Kairo" %s></a></div>'
            '<div class="themeNav" %s><nav class="comm-navigation" %s><ul class="comm-navigation__list" %s><li %s><a href="/s/topic/0TO5f000000kQx2GAE/comptes?language=fr_CA" %s>Comptes</a></li>'
            '<li %s><a href="/s/topic/0TO5f000000kQx3GAE/consoles?language=fr_CA" %s>Consoles</a></li><li %s><a href="/s/topic/0TO5f000000kQx4GAE/boutique?language=fr_CA" %s>Boutique et abonnements</a></li></ul></nav></div>'
            '<div class="themeProfileMenu" %s><a href="/s/login/?language=fr_CA" class="comm-user-profile-menu" %s>Ouvrir une session</a></div></div>'
            '<div class="themeSearch" %s><div class="forceCommunitySearchBox" %s><input type="search" placeholder="Rechercher dans l\'aide…" aria-label="Rechercher" %s></div></div></div>'
            '<div class="body isPageWidthFixed-true" %s><div class="slds-grid slds-wrap" %s>'
            '<div class="cCenterPanel slds-m-top--x-large slds-p-horizontal--medium slds-size--1-of-1 slds-large-size--2-of-3" %s>'
            '<div class="forceCommunityArticleDetail" %s data-aura-class="forceCommunityArticleDetail">'
            '<div class="selfServiceArticleHeaderDetail" %s data-aura-class="selfServiceArticleHeaderDetail"><div class="article-head" %s>'
            '<h1 class="article-head %s" %s>%s</h1>'
            '<div class="article-sub slds-grid" %s><div class="slds-m-right--large" %s><span class="article-subtext" %s>Numéro de l\'article</span><span class="article-value" %s>000001847</span></div>'
            '<div class="slds-m-right--large" %s><span class="article-subtext" %s>Date de la dernière publication</span><span class="article-value" %s><lightning-formatted-date-time %s>%s</lightning-formatted-date-time></span></div>'
            '<div %s><span class="article-subtext" %s>Nombre de consultations</span><span class="article-value" %s>%s</span></div></div></div></div>'
            '<div class="forceCommunityArticleView" %s data-aura-class="forceCommunityArticleView"><div class="slds-form" role="list" %s>'
            '<div class="slds-form-element slds-form-element_readonly" %s><span class="test-id__field-label slds-form-element__label" %s>Résumé</span>'
            '<div class="slds-form-element__control" %s><span class="uiOutputTextArea" %s data-aura-class="uiOutputTextArea">Comment Kairo recueille, utilise et protège vos renseignements personnels sur le Réseau Kairo.</span></div></div>'
            '<div class="slds-form-element slds-form-element_readonly" %s><span class="test-id__field-label slds-form-element__label" %s>Contenu</span>'
            '<div class="slds-form-element__control" %s><div class="slds-rich-text-editor__output uiOutputRichText forceOutputRichText" dir="ltr" %s data-aura-class="uiOutputRichText forceOutputRichText">%s</div></div></div>'
            '</div></div>'
            '<div class="selfServiceArticleLayout__vote" %s><div class="forceKnowledgeArticleVote" %s><p %s>Cet article vous a-t-il été utile?</p><button class="slds-button slds-button_neutral" %s>Oui</button><button class="slds-button slds-button_neutral" %s>Non</button></div></div>'
            '</div></div>'
            '<div class="cRightPanel slds-size--1-of-1 slds-large-size--1-of-3" %s>'
            '<div class="forceCommunityRichText" %s><div class="slds-rich-text-editor__output uiOutputRichText forceOutputRichText" dir="ltr" %s data-aura-class="uiOutputRichText forceOutputRichText"><p><b>Besoin d\'aide?</b> Nos agents vous répondent tous les jours de 9 h à 21 h (HE).</p></div></div>'
            '<c-network-status class="c-network-status" %s><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">État du Réseau Kairo</h2></div>'
            '<ul class="slds-has-dividers_bottom-space">%s</ul><p class="slds-text-body_small">Mis à jour il y a %d min</p></article></c-network-status>'
            '<div class="forceCommunityTrendingArticles" %s><h2 class="slds-text-heading--small" %s>Articles populaires</h2><ul class="slds-list" %s>%s</ul></div>'
            '</div></div></div>'
            '<div class="themeFooter" %s><div class="forceCommunityRichText" %s><div class="slds-rich-text-editor__output uiOutputRichText forceOutputRichText" dir="ltr" %s data-aura-class="uiOutputRichText forceOutputRichText">'
            '<p>© %d Kairo Interactive Canada inc. Tous droits réservés. <a href="https://www.kairo.ca/fr/legal/conditions">Conditions d\'utilisation</a> · <a href="https://www.kairo.ca/fr/legal/temoins">Témoins</a></p></div></div></div>'
            '</div></div>%s'
            '<script>embedded_svc.settings.language="fr";embedded_svc.settings.storageDomain="soutien.kairo.ca";embedded_svc.settings.chatSessionId="%s";</script>'
            '</body></html>'
            % (title, rel, fw, config, fw, fw,
               rb(), rb(), rb(), promo, rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(),
               rb(), rb(), rb(), rb(), rb(), rb(), large, rb(), title,
               rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), "%s %s" % (pub.day, MOIS[pub.month - 1] + " " + str(pub.year)),
               rb(), rb(), rb(), "{:,}".format(s["views"]).replace(",", "\u00a0"),
               rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rich,
               rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), rb(), status, mins, rb(), rb(), rb(), pop, rb(), rb(), rb(), when.year,
               chat, sess))


PAGE = {
    "service": "Kairo Network", "url": URL, "lang": "fr-CA", "platform": "Salesforce Experience Cloud",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "sfdcedge"), ("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private")),
    "n": 31, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 8, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [".selfServiceArticleHeaderDetail h1", ".forceCommunityArticleView .forceOutputRichText"]},
}
