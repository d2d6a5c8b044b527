"""Lirlou (reading app for 4-10 year olds, Brussels) - fr-BE - Next.js (pages router, Vercel) + Sanity Portable
Text. CSS-module class names whose hashes change at the 2023 and 2025 redesigns, __NEXT_DATA__ with the Portable
Text JSON, build ids and chunk hashes per deploy, an A/B hero line, a promo card the front end injects between the
policy's sections (inside the article), a kids' summary box beside the policy, a COPPA notice for US parents as a
separate section (its own document), Axeptio consent."""
import datetime as dt
import hashlib
import html
import json
import common as C

URL = "https://www.lirlou.be/fr/confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Lirlou est une application de lecture pour les enfants de 4 à 10 ans. Elle est conçue pour être utilisée par les enfants sous la responsabilité d'un parent, qui crée le compte familial. Cette politique explique quelles données nous traitons, pourquoi et comment vous pouvez exercer vos droits.

## Qui sommes-nous ?

Le responsable du traitement est Lirlou SRL, rue de la Loi 42, 1040 Bruxelles, numéro d'entreprise BE 0745.612.908.

## Données du compte parent

Lors de l'inscription, nous traitons l'adresse e-mail du parent, son pays, sa langue et les informations d'abonnement. Le paiement est géré par l'App Store ou Google Play : nous ne recevons jamais vos données de carte bancaire.

## Données des enfants

Pour chaque profil enfant, nous ne demandons qu'un prénom ou un pseudonyme, une tranche d'âge et un avatar. Nous ne demandons jamais le nom de famille, la photo ni l'adresse de l'enfant.

L'application enregistre les histoires lues, les badges obtenus et le niveau de lecture afin de proposer des livres adaptés.

Quand la fonction « Je lis à voix haute » est activée par le parent, l'enregistrement de la voix de l'enfant est conservé 30 jours pour que le parent puisse l'écouter, puis supprimé.

## Pas de publicité

Lirlou ne contient aucune publicité et ne partage aucune donnée avec des annonceurs. Les liens vers l'extérieur et les achats sont protégés par un contrôle parental.

## Sous-traitants

- Google Cloud (hébergement, région Belgique) ;
- Sanity (gestion des contenus éditoriaux, sans données d'enfants) ;
- Postmark (envoi des e-mails aux parents).

## Vos droits

Le parent peut consulter, corriger ou supprimer le compte familial et chaque profil enfant depuis l'espace parent, ou nous écrire à [privacy@lirlou.be](mailto:privacy@lirlou.be). Vous pouvez introduire une plainte auprès de l'[Autorité de protection des données](https://www.autoriteprotectiondonnees.be).
"""

EDITS = [
    {"note": "processor added (Firebase Crashlytics crash reports)",
     "repl": [("- Postmark (envoi des e-mails aux parents).", "- Postmark (envoi des e-mails aux parents) ;\n- Google Firebase Crashlytics (rapports de plantage, sans identifiant publicitaire).")]},
    {"note": "retention of the child's read-aloud recordings shortened from 30 to 7 days",
     "repl": [("est conservé 30 jours pour que", "est conservé 7 jours pour que")]},
    {"note": "parental-gate sentence reworded (silent, date kept)", "bump": False,
     "repl": [("Les liens vers l'extérieur et les achats sont protégés par un contrôle parental.",
               "Les liens vers l'extérieur, les réglages et les achats sont protégés par une barrière parentale (une question à laquelle seul un adulte peut répondre).")]},
    {"note": "new section on on-device speech recognition",
     "repl": [("## Pas de publicité", "## Reconnaissance vocale\n\nDepuis la version 4, l'application aide l'enfant à lire grâce à une reconnaissance vocale qui fonctionne entièrement sur l'appareil. Le son n'est pas envoyé sur nos serveurs.\n\n## Pas de publicité")]},
    {"note": "controller address changed and APD link now points to the complaint page",
     "repl": [("rue de la Loi 42, 1040 Bruxelles", "avenue Louise 231, 1050 Ixelles"),
              ("(https://www.autoriteprotectiondonnees.be)", "(https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte)")]},
]

DESIGNS = [(dt.datetime(2000, 1, 1), "a"), (dt.datetime(2023, 9, 5), "b"), (dt.datetime(2025, 3, 18), "c")]
PROMOS = [("Nouveau : 200 histoires audio", "Écoutez les histoires lues par des comédiens belges.", "/fr/histoires-audio"),
          ("Offre rentrée : 1 mois offert", "Pour tout abonnement annuel souscrit en septembre.", "/fr/abonnement"),
          ("Lirlou en classe", "Découvrez notre offre pour les écoles fondamentales.", "/fr/ecoles"),
          ("Le défi lecture de l'été", "Lisez 20 histoires et gagnez le badge Soleil.", "/fr/defi-ete")]
KIDS = [["Tu peux lire sans que personne ne voie tes histoires, sauf tes parents.",
         "On ne te demande jamais ton vrai nom ni ta photo.", "Il n'y a pas de pub dans Lirlou."],
        ["Tu peux lire sans que personne ne voie tes histoires, sauf tes parents.",
         "On ne te demande jamais ton vrai nom ni ta photo.", "Il n'y a pas de pub dans Lirlou.",
         "Si quelque chose te dérange, parles-en à un adulte."]]


def cls(design, comp, local):
    h = hashlib.sha1(("%s|%s|%s" % (design, comp, local)).encode()).digest()
    import base64
    return "%s_%s__%s" % (comp, local, base64.urlsafe_b64encode(h).decode()[:5].replace("-", "x").replace("_", "Z"))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["design"] = [d for t, d in DESIGNS if when >= t][-1]
    s["build"] = C.keep_or(rng, prev.get("build"), 0.6, lambda: C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    s["chunks"] = C.keep_or(rng, prev.get("chunks") if s["build"] == prev.get("build") else None, 0.0,
                            lambda: tuple(C.hexs(rng, 16) for _ in range(5)))
    s["ab"] = rng.choice(["control", "variant-b"])
    s["nonce"] = C.b64tok(rng, 16)
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    s["kids"] = 1 if when >= dt.datetime(2022, 10, 3) else 0
    s["coppa"] = C.keep_or(rng, prev.get("coppa"), 0.1, lambda: (when - dt.timedelta(days=rng.randint(3, 30))).date())
    s["axeptio"] = "lirlou-fr-be-%d" % (1 + (when.year - 2021))
    return s


LABELS = {
    "design": "redesign (new layout markup, CSS-module class hashes change)",
    "build": "Next.js buildId (deploy)",
    "chunks": "JS chunk hashes (deploy)",
    "ab": "A/B test of the hero line (per visit)",
    "nonce": "per-request CSP nonce on every script tag (middleware)",
    "promo": "promo card injected between the policy's sections (inside the article)",
    "kids": "kids' summary box beside the policy gains a line",
    "coppa": "COPPA notice for US parents (separate section) re-dated",
    "axeptio": "Axeptio cookiesVersion",
}


def portable(blocks):
    """Sanity Portable Text of the blocks (what __NEXT_DATA__ carries)."""
    out = []
    for kind, v in blocks:
        items = v if kind in ("ul", "ol") else [v]
        for it in items:
            k = hashlib.md5(it.encode()).hexdigest()[:12]
            out.append({"_key": k, "_type": "block", "style": kind if kind.startswith("h") else "normal",
                        **({"listItem": "bullet", "level": 1} if kind == "ul" else {}),
                        "markDefs": [], "children": [{"_key": k[::-1], "_type": "span", "marks": [], "text": it}]})
    return out


def render(s, blocks, when):
    d = s["design"]
    c = lambda comp, local: cls(d, comp, local)  # noqa: E731
    head, secs = C.split_sections(blocks)
    title = blocks[0][1]
    art = [C.blocks_html(head[1:], sep="")]
    pr = PROMOS[s["promo"]]
    promo = ('<aside class="%s"><img alt="" loading="lazy" width="96" height="96" decoding="async" data-nimg="1" '
             'src="/_next/image?url=https%%3A%%2F%%2Fcdn.sanity.io%%2Fimages%%2Fk7m2q9xe%%2Fproduction%%2F%s-192x192.png&amp;w=256&amp;q=75"/>'
             '<div><p class="%s">%s</p><p>%s</p><a class="%s" href="%s">Découvrir</a></div></aside>'
             % (c("PromoCard", "root"), C.det_sha(pr[2])[:40], c("PromoCard", "title"), html.escape(pr[0]), html.escape(pr[1]),
                c("PromoCard", "cta"), pr[2]))
    for n, (h, bl) in enumerate(secs):
        art.append("<h2>%s</h2>%s" % (C.inline_html(h), C.blocks_html(bl, sep="")))
        if n == 2:
            art.append(promo)
    art = "".join(art)
    kids = ('<aside class="%s" aria-labelledby="kids-title"><h2 id="kids-title" class="%s">La confidentialité expliquée aux enfants</h2>'
            '<ul>%s</ul></aside>' % (c("KidsSummary", "root"), c("KidsSummary", "title"),
                                     "".join("<li>%s</li>" % html.escape(x) for x in KIDS[s["kids"]])))
    cd = s["coppa"]
    coppa = ('<section id="coppa" class="%s" lang="en-US"><h2>Notice to U.S. parents (COPPA)</h2>'
             '<p>Effective %s %d, %d. Lirlou SRL collects a child\'s first name or nickname, age range and reading activity only with verifiable parental consent obtained in the parent area. '
             'Parents may review or delete their child\'s information at any time by writing to <a href="mailto:privacy@lirlou.be">privacy@lirlou.be</a>.</p></section>'
             % (c("LegalPage", "coppa"), ["January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December"][cd.month - 1], cd.day, cd.year))
    hero_line = ("Des histoires qui font grandir, en toute sécurité." if s["ab"] == "variant-b"
                 else "Lire, c'est grandir. Protéger vos données, c'est notre promesse.")
    hero = ('<header class="%s" data-ab="legal-hero:%s"><p class="%s">Informations légales</p><h1 class="%s">%s</h1><p class="%s">%s</p></header>'
            % (c("Hero", "root"), s["ab"], c("Hero", "eyebrow"), c("Hero", "title"), html.escape(title), c("Hero", "lead"),
               html.escape(hero_line)))
    nav = ('<nav class="%s"><a href="/fr"><img alt="Lirlou" src="/_next/static/media/logo.%s.svg" width="120" height="36"/></a>'
           '<ul><li><a href="/fr/histoires">Histoires</a></li><li><a href="/fr/parents">Parents</a></li><li><a href="/fr/ecoles">Écoles</a></li>'
           '<li><a href="/fr/abonnement">Abonnement</a></li></ul><a class="%s" href="/nl/privacy" hreflang="nl-BE">NL</a></nav>'
           % (c("Nav", "root"), s["chunks"][0][:8], c("Nav", "lang")))
    if d == "a":
        main = ('<main class="%s">%s<div class="%s"><article class="%s">%s</article>%s</div>%s</main>'
                % (c("LegalPage", "main"), hero, c("LegalPage", "grid"), c("LegalPage", "body"), art, kids, coppa))
    elif d == "b":
        main = ('<main class="%s">%s<div class="%s"><div class="%s">%s</div><article class="%s">%s</article></div>%s</main>'
                % (c("LegalPage", "main"), hero, c("LegalPage", "grid"), c("LegalPage", "sidebar"), kids,
                   c("LegalPage", "body"), art, coppa))
    else:
        main = ('<main class="%s" id="contenu"><div class="%s">%s</div><section class="%s"><article class="%s">%s</article>'
                '<div class="%s">%s%s</div></section></main>'
                % (c("LegalPage", "main"), c("LegalPage", "heroWrap"), hero, c("LegalPage", "layout"),
                   c("LegalPage", "body"), art, c("LegalPage", "aside"), kids, coppa))
    footer = ('<footer class="%s"><p>© %d Lirlou SRL</p><ul><li><a href="/fr/confidentialite">Confidentialité</a></li>'
              '<li><a href="/fr/conditions">Conditions d\'utilisation</a></li><li><a href="/fr/cookies">Cookies</a></li></ul></footer>'
              % (c("Footer", "root"), when.year))
    b = s["build"]
    ch = s["chunks"]
    data = {"props": {"pageProps": {"page": {"_id": "legal-privacy-fr", "_type": "legalPage", "title": title,
                                             "slug": {"current": "confidentialite"}, "body": portable(blocks[1:])},
                                    "locale": "fr-BE", "abVariant": s["ab"]}, "__N_SSG": True},
            "page": "/[locale]/[slug]", "query": {"locale": "fr", "slug": "confidentialite"}, "buildId": b,
            "isFallback": False, "gsp": True, "locale": "fr", "locales": ["fr", "nl"], "defaultLocale": "fr",
            "scriptLoader": []}
    nn = s["nonce"]
    nd = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    doc = ('<!DOCTYPE html><html lang="fr-BE"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Politique de confidentialité — Lirlou</title><meta name="description" content="Comment Lirlou protège les données des familles."/>'
            '<link rel="canonical" href="%s"/><link rel="alternate" hrefLang="nl-BE" href="https://www.lirlou.be/nl/privacy"/>'
            '<meta name="next-head-count" content="7"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<noscript data-n-css=""></noscript>'
            '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-%s.js" defer=""></script><script src="/_next/static/chunks/framework-%s.js" defer=""></script>'
            '<script src="/_next/static/chunks/main-%s.js" defer=""></script><script src="/_next/static/chunks/pages/_app-%s.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/%%5Blocale%%5D/%%5Bslug%%5D-%s.js" defer=""></script>'
            '<script src="/_next/static/%s/_buildManifest.js" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script>'
            '<script>window.axeptioSettings={clientId:"62b0c7e4d1a9f3001a2b4c5d",cookiesVersion:"%s",userCookiesDomain:"lirlou.be"};</script>'
            '</head><body><div id="__next">%s%s%s</div>'
            '<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget" role="dialog" aria-label="Gestion des cookies">'
            '<p>Ce site utilise des cookies pour mesurer l\'audience. Vous pouvez les accepter ou les refuser.</p>'
            '<button class="ButtonGroup__BtnStyle-sc-1usw1pe-0">Non merci</button><button class="ButtonGroup__BtnStyle-sc-1usw1pe-0">OK pour moi</button></div></div>'
            '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>'
            % (URL, ch[4], ch[4], ch[0], ch[1], ch[2], ch[3], ch[4][::-1], b, b, s["axeptio"], nav, main, footer, nd))
    return doc.replace("<script", '<script nonce="%s"' % nn)


PAGE = {
    "service": "Lirlou", "url": URL, "lang": "fr-BE", "platform": "Next.js + Sanity",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("X-Vercel-Cache", "HIT"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 8, 31), "hours": (5, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": ["main h1[class*=\"Hero_title__\"]", "article[class*=\"LegalPage_body__\"]"],
                    "remove": ["[class*=\"PromoCard_root__\"]"]},
}
