"""Léman Sourire (dental clinic chain) - fr-CH - Wix (Thunderbolt renderer), rebuilt in Wix Studio in March 2025.
The policy is one rich-text element (comp-…) on a page that also holds a Wix Bookings "next availability" strip
and a clinics strip. Noise: the wix-viewer-model JSON (requestId, bsi session, siteRevision that grows with every
publish), Thunderbolt bundle and CSS-class hashes on each renderer release, and the Wix editor's re-save habits
inside the text element itself: wixGuard spacer paragraphs (zero-width spaces) and span style attributes that come
and go without any change to the words. The Studio rebuild recreates the text element: new comp id, new page
structure, so the declaration's selector changes (a history file)."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.lemansourire.ch/protection-des-donnees"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de protection des données

Version du {UPDATED}

Les Cliniques dentaires Léman Sourire SA (ci-après « Léman Sourire ») exploitent des cabinets dentaires à Lausanne, Genève, Fribourg et Neuchâtel. La présente politique explique comment nous traitons vos données personnelles conformément à la loi fédérale sur la protection des données (LPD) et, lorsqu'il s'applique, au Règlement général sur la protection des données (RGPD).

## Responsable du traitement

Cliniques dentaires Léman Sourire SA, avenue de la Gare 17, 1003 Lausanne. Pour toute question relative à la protection des données : [protection.donnees@lemansourire.ch](mailto:protection.donnees@lemansourire.ch).

## Données traitées

- données d'identité et de contact (nom, date de naissance, adresse, téléphone, e-mail) ;
- données relatives à votre assurance (assurance complémentaire, numéro d'assuré) ;
- données de santé : anamnèse, radiographies, plans de traitement et devis ;
- données de prise de rendez-vous en ligne.

## Finalités

Nous traitons vos données pour planifier vos rendez-vous, vous soigner, tenir votre dossier médical, établir nos factures et, le cas échéant, transmettre les documents nécessaires à votre assurance.

## Communication à des tiers

Vos données peuvent être transmises à des laboratoires dentaires partenaires, à des radiologues, à votre assurance ainsi qu'à notre société de recouvrement. Notre système de prise de rendez-vous en ligne est fourni par Wix.com Ltd. ; les données sont hébergées en Suisse et dans l'Union européenne.

## Durée de conservation

Le dossier médical est conservé pendant 20 ans après le dernier traitement, conformément au droit cantonal.

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, dans les limites prévues par la loi. Vous pouvez également vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT).
"""

EDITS = [
    {"note": "recipients: SMS reminder provider (ASPSMS, Switzerland) added",
     "repl": [("ainsi qu'à notre société de recouvrement.", "à notre prestataire d'envoi de rappels par SMS (ASPSMS, Suisse) ainsi qu'à notre société de recouvrement.")]},
    {"note": "controller address changed (avenue de la Gare 17 -> rue du Petit-Chêne 38)",
     "repl": [("avenue de la Gare 17, 1003 Lausanne", "rue du Petit-Chêne 38, 1003 Lausanne")]},
    {"note": "updated for the revised Swiss data protection act (nLPD in force 1 September 2023)",
     "repl": [("conformément à la loi fédérale sur la protection des données (LPD)",
               "conformément à la nouvelle loi fédérale sur la protection des données (nLPD), en vigueur depuis le 1er septembre 2023,")]},
    {"note": "rights: FDPIC sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("Vous pouvez également vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT).",
               "Vous avez également la possibilité de vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT), à Berne.")]},
    {"note": "new section on intra-oral photos and remote second opinions, before 'Durée de conservation'",
     "repl": [("## Durée de conservation", "## Photographies et second avis à distance\n\nAvec votre accord, nous pouvons transmettre des photographies intra-orales et des radiographies à un spécialiste d'une autre de nos cliniques afin d'obtenir un second avis. Ces échanges passent par une messagerie sécurisée hébergée en Suisse.\n\n## Durée de conservation")]},
]

STUDIO = dt.datetime(2025, 3, 18)
OLD_COMP, NEW_COMP = "comp-kx1q9w3d", "comp-m7f3k2p1"
CLINICS = ["Lausanne-Gare", "Genève-Plainpalais", "Fribourg", "Neuchâtel"]
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = ("%d.%d" % (int(C.epoch(when)), rng.randint(10 ** 15, 10 ** 16 - 1)),
                    "%s|%d" % (C.uuid4(rng), rng.randint(1, 9)))
    rev0 = prev.get("revision", 143)
    s["revision"] = rev0 + (rng.randint(1, 4) if rng.random() < 0.45 else 0)
    s["renderer"] = C.keep_or(rng, prev.get("renderer"), 0.4,
                              lambda: (C.hexs(rng, 8), C.alnum(rng, 6), C.alnum(rng, 6), C.alnum(rng, 6)))
    s["studio"] = when >= STUDIO
    s["resave"] = C.keep_or(rng, prev.get("resave"), 0.3, lambda: (rng.random() < 0.5, rng.choice(["font-size:16px;", "letter-spacing:normal;", ""])))
    s["slots"] = tuple((c, rng.choice(JOURS), "%02d:%s" % (rng.randint(8, 17), rng.choice(["00", "15", "30", "45"]))) for c in CLINICS)
    return s


LABELS = {
    "request": "wix-viewer-model requestId and bsi session id (per visit)",
    "revision": "siteRevision (grows with every publish of the site)",
    "renderer": "Thunderbolt bundle hash and hashed CSS classes (renderer release)",
    "studio": "site rebuilt in Wix Studio (new page structure, text element recreated with a new comp id)",
    "resave": "editor re-save inside the text element: wixGuard spacer paragraphs and span style attributes",
    "slots": "Wix Bookings next-availability strip",
}


def _t(raw):
    return html.escape(raw, quote=False)


def _lnk(url, label):
    if url.startswith("mailto:"):
        return ('<a data-auto-recognition="true" href="%s" class="wixui-rich-text__text">%s</a>' % (html.escape(url), _t(label)))
    return ('<a href="%s" target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">%s</span></a>'
            % (html.escape(url), _t(label)))


def rich(blocks, spacers, span_style):
    def sp(inner):
        if span_style:
            return '<span style="%s" class="wixui-rich-text__text">%s</span>' % (span_style, inner)
        return inner
    guard = '<p class="font_8 wixui-rich-text__text"><span class="wixGuard wixui-rich-text__text">&#8203;</span></p>'
    out = []
    for k, v in blocks:
        if k == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text">%s</h1>' % C.inline_html(v, text=_t, link=_lnk))
        elif k == "h2":
            if spacers:
                out.append(guard)
            out.append('<h2 class="font_2 wixui-rich-text__text">%s</h2>' % sp(C.inline_html(v, text=_t, link=_lnk)))
        elif k == "p":
            out.append('<p class="font_8 wixui-rich-text__text">%s</p>' % sp(C.inline_html(v, text=_t, link=_lnk)))
        elif k == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">%s</p></li>' % sp(C.inline_html(x, text=_t, link=_lnk)) for x in v))
        else:
            raise ValueError(k)
    if spacers:
        out.append(guard)
    return "".join(out)


def render(s, blocks, when):
    req, bsi = s["request"]
    bundle, c1, c2, c3 = s["renderer"]
    spacers, span_style = s["resave"]
    studio = s["studio"]
    comp = NEW_COMP if studio else OLD_COMP
    text = ('<div id="%s" class="%s %s %s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (comp, c1, c2, comp, rich(blocks, spacers, span_style)))
    slots = "".join('<li class="%s wixui-repeater__item"><span>%s</span> <span>%s %s</span></li>' % (c3, c, d, h) for c, d, h in s["slots"])
    booking = ('<section id="comp-lbk2x8f4" class="%s wixui-section"><div data-testid="columns" class="%s"><h2 class="font_2 wixui-rich-text__text">Prochaines disponibilités</h2>'
               '<ul class="%s wixui-repeater">%s</ul><a data-testid="linkElement" href="https://www.lemansourire.ch/reserver" class="%s wixui-button"><span class="%s wixui-button__label">Prendre rendez-vous</span></a></div></section>'
               % (c1, c2, c3, slots, c1, c2))
    clinics = ('<section id="comp-lbk2x9a1" class="%s wixui-section"><div data-testid="richTextElement" class="%s wixui-rich-text" id="comp-lbk2x9a7">'
               '<p class="font_8 wixui-rich-text__text">Lausanne-Gare · Genève-Plainpalais · Fribourg · Neuchâtel · Urgences dentaires : 021 555 01 10</p></div></section>' % (c1, c2))
    if studio:
        main = ('<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="%s"><div id="lx8p2" class="%s wixui-page">'
                '<div id="Containerlx8p2" class="Containerlx8p2 %s"><section id="comp-m7f3k1z0" class="%s comp-m7f3k1z0 wixui-section" tabindex="-1">'
                '<div id="bgLayers_comp-m7f3k1z0" data-hook="bgLayers" class="%s"><div data-testid="colorUnderlay" class="%s"></div></div>'
                '<div data-testid="columns" class="%s"><div id="comp-m7f3k1z4" class="%s comp-m7f3k1z4 wixui-column-strip__column"><div data-testid="inline-content" class="">'
                '<div data-mesh-id="comp-m7f3k1z4inlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div></div></div></section>%s%s</div></div></div></main>'
                % (c1, c2, c3, c1, c2, c3, c1, c2, text, booking, clinics))
    else:
        main = ('<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="%s"><div id="cgqwe" class="%s">'
                '<div class="HT5ybB"><div id="Containercgqwe" class="Containercgqwe SPY_vo"><div data-mesh-id="ContainercgqweinlineContent" data-testid="inline-content" class="">'
                '<div data-mesh-id="ContainercgqweinlineContent-gridContainer" data-testid="mesh-container-content">'
                '<section id="comp-kx1q9v7c" tabindex="-1" class="%s wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-kx1q9v7cinlineContent" data-testid="inline-content" class="">'
                '<div data-mesh-id="comp-kx1q9v7cinlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div></section>%s%s</div></div></div></div></div></div></main>'
                % (c1, c2, c3, text, booking, clinics))
    vm = {"site": {"metaSiteId": "5f3b2a1c-9d8e-4f7a-b6c5-0e1d2c3b4a59", "userId": "8c7b6a59-4e3d-4c2b-a190-f8e7d6c5b4a3",
                   "siteId": "2a1b0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d", "externalBaseUrl": "https://www.lemansourire.ch",
                   "siteRevision": s["revision"], "isPremiumDomain": True, "isWixSite": False, "isEditor": False},
          "requestId": req, "fleetConfig": {"fleetName": "thunderbolt-renderer-%s" % ("studio" if studio else "user-code"), "type": "GA", "code": 0},
          "commonConfig": {"brand": "studio" if studio else "wix", "host": "VIEWER", "bsi": bsi, "consentPolicy": {}, "consentPolicyHeader": {},
                           "siteRevision": str(s["revision"]), "renderingFlow": "NONE", "language": "fr", "locale": "fr-ch"},
          "language": {"userLanguage": "fr", "siteLanguage": "fr"}, "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com",
                                                                                                        "staticMediaUrl": "https://static.wixstatic.com/media"}}}
    return ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n  <meta charset=\'utf-8\'>\n  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
            '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n  <meta name="generator" content="%s"/>\n'
            '  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c7b6a_3f2e1d0c9b8a4f7e.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/8c7b6a_3f2e1d0c9b8a4f7e.png" type="image/png"/>\n'
            '  <title>Protection des données | Léman Sourire</title>\n  <link rel="canonical" href="%s"/>\n'
            '  <meta property="og:title" content="Protection des données | Léman Sourire"/>\n'
            '  <script type="application/json" id="wix-viewer-model">%s</script>\n'
            '  <script>window.viewerModel = JSON.parse(document.getElementById(\'wix-viewer-model\').textContent)</script>\n'
            '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async></script>\n'
            '  <style id="css_masterPage">.%s{--rd:0px;--shd:none}.%s{display:grid}</style>\n'
            '</head>\n<body class="">\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>'
            '<div id="site-root" class="site-root"><div id="masterPage" class="%s mesh-layout">'
            '<header id="SITE_HEADER" class="%s SITE_HEADER wixui-header" tabindex="-1"><div class="%s"><nav aria-label="Site"><ul><li><a href="https://www.lemansourire.ch">Accueil</a></li>'
            '<li><a href="https://www.lemansourire.ch/soins">Nos soins</a></li><li><a href="https://www.lemansourire.ch/cliniques">Nos cliniques</a></li><li><a href="https://www.lemansourire.ch/tarifs">Tarifs</a></li>'
            '<li><a href="https://www.lemansourire.ch/reserver">Prendre rendez-vous</a></li></ul></nav></div></header>\n%s\n'
            '<footer id="SITE_FOOTER" class="%s SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="richTextElement" class="%s wixui-rich-text" id="comp-kx1qa0b2"><p class="font_9 wixui-rich-text__text">© %d Cliniques dentaires Léman Sourire SA · '
            '<a href="https://www.lemansourire.ch/protection-des-donnees" class="wixui-rich-text__text">Protection des données</a> · <a href="https://www.lemansourire.ch/mentions-legales" class="wixui-rich-text__text">Mentions légales</a></p></div></footer>'
            '</div></div></div></div>\n<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>\n'
            '<div id="consent-banner-root"></div>\n</body>\n</html>\n'
            % ("Wix Studio" if studio else "Wix.com Website Builder", URL, json.dumps(vm, separators=(",", ":")), bundle, c1, c2,
               c3, c1, c2, main, c1, c2, when.year))


PAGE = {
    "service": "Leman Sourire", "url": URL, "lang": "fr-CH", "platform": "Wix",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("Cache-Control", "no-cache")),
    "n": 31, "start": dt.date(2021, 2, 1), "end": dt.date(2026, 6, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#" + NEW_COMP]},
    "history": [{"fetch": URL, "select": ["#" + OLD_COMP], "validUntil": "2025-03-18T00:00:00Z"}],
}
