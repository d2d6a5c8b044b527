"""Cyklia (period and fertility tracker) - da-DK - Framer site. The legal page is a frame named "Legal Content"
holding three rich-text containers (title, "Senest opdateret", body) and an "App Banner" component with a live App
Store rating count between date and body; every publish re-hashes the framer-* layer classes, the module script
and the SSR release stamps; the App Banner's appear animation is captured either before or after it ran; the
navigation is server-rendered twice (desktop and phone ssr-variants); a German locale joins in 2024."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.cyklia.app/privatlivspolitik"
MDR = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MDR[d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Cyklia tager vi dit privatliv alvorligt. Oplysninger om din menstruation, dine symptomer og din fertilitet er helbredsoplysninger, og vi behandler dem derefter. Her kan du læse, hvilke oplysninger vi indsamler, hvorfor, og hvilke rettigheder du har.

## Dataansvarlig

Cyklia ApS, CVR-nr. 41 23 45 67, Njalsgade 76, 2300 København S, er dataansvarlig for behandlingen af dine personoplysninger. Du kan kontakte os på [privacy@cyklia.app](mailto:privacy@cyklia.app).

## Hvilke oplysninger indsamler vi?

- Kontooplysninger: e-mailadresse, fødselsår og det sprog, du har valgt.
- Cyklusdata: datoer for din menstruation, blødningens styrke, symptomer, humør, temperatur og resultater af ægløsningstest, som du selv registrerer.
- Oplysninger fra Apple Health eller Google Fit, hvis du giver tilladelse til det.
- Tekniske oplysninger: enhedstype, styresystem, appversion og nedbrudsrapporter.

## Formål og retsgrundlag

Vi bruger dine cyklusdata til at beregne forudsigelser om din næste menstruation og dit frugtbare vindue. Da der er tale om helbredsoplysninger, behandler vi dem kun med dit udtrykkelige samtykke, jf. databeskyttelsesforordningens artikel 9, stk. 2, litra a. Du kan til enhver tid trække dit samtykke tilbage i appens indstillinger.

Tekniske oplysninger behandler vi på grundlag af vores legitime interesse i at holde appen stabil og sikker.

Vi sælger aldrig dine data.

## Databehandlere

Vi bruger følgende databehandlere, som kun må behandle dine oplysninger efter vores instruks:

- Google Cloud (hosting, datacenter i Belgien)
- Firebase Crashlytics (nedbrudsrapporter)
- Mixpanel (anonymiseret brugsstatistik, data opbevaret i EU)

## Opbevaring og sletning

Når du sletter din konto, sletter vi dine cyklusdata og kontooplysninger inden for 30 dage. Sikkerhedskopier overskrives efter yderligere 35 dage.

## Dine rettigheder

Du har ret til indsigt, berigtigelse, sletning, begrænsning af behandlingen og dataportabilitet. Du kan eksportere alle dine data direkte fra appen under Indstillinger > Mine data.

Hvis du er utilfreds med vores behandling af dine oplysninger, kan du klage til [Datatilsynet](https://www.datatilsynet.dk).
"""

EDITS = [
    {"note": "processor added to list: RevenueCat (subscriptions, USA, Data Privacy Framework)",
     "repl": [("- Mixpanel (anonymiseret brugsstatistik, data opbevaret i EU)",
               "- Mixpanel (anonymiseret brugsstatistik, data opbevaret i EU)\n- RevenueCat (håndtering af abonnementer, USA; overførsel sker under EU-US Data Privacy Framework)")]},
    {"note": "deletion after account closure shortened from 30 to 14 days",
     "repl": [("inden for 30 dage.", "inden for 14 dage.")]},
    {"note": "new section 'Graviditetstilstand' after 'Formål og retsgrundlag'",
     "repl": [("## Databehandlere", "## Graviditetstilstand\n\nHvis du slår graviditetstilstand til, registrerer vi din terminsdato og de graviditetsuger, du logger. Disse oplysninger bruges kun til at vise indhold om din graviditet og slettes, når du slår funktionen fra.\n\n## Databehandlere")]},
    {"note": "'we never sell your data' sentence extended (silent, date not bumped)", "bump": False,
     "repl": [("Vi sælger aldrig dine data.", "Vi sælger aldrig dine data, og vi deler dem aldrig med annoncører.")]},
    {"note": "controller moved (Njalsgade -> Vesterbrogade) and new DPO contact address",
     "repl": [("Njalsgade 76, 2300 København S", "Vesterbrogade 149, 1620 København V"),
              ("Du kan kontakte os på [privacy@cyklia.app](mailto:privacy@cyklia.app).",
               "Du kan kontakte vores databeskyttelsesrådgiver på [dpo@cyklia.app](mailto:dpo@cyklia.app).")]},
]

SITE = "4xH2kPq9TfWm7Zs1Lr0Bvn"
GERMAN = dt.datetime(2024, 2, 20)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}

    def publish():
        rel = when - dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86399))
        return {"rel": rel.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999),
                "cls": [C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)],
                "main": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                "gen": C.hexs(rng, 7), "search": C.alnum(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
                "route": C.alnum(rng, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.5, publish)
    s["optimized"] = C.keep_or(rng, prev.get("optimized") if prev.get("publish") == s["publish"] else None, 0.4,
                               lambda: (when - dt.timedelta(hours=rng.randint(0, 200), seconds=rng.randint(0, 3599))).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")
    s["appear"] = rng.random() < 0.55
    days = (when - dt.datetime(2021, 1, 1)).days
    s["rating"] = (rng.choice(["4,7", "4,8", "4,8", "4,8"]), 8200 + days * 9 + rng.randint(0, 30))
    s["locales"] = ("da", "en", "de") if when >= GERMAN else ("da", "en")
    s["trailing"] = C.keep_or(rng, prev.get("trailing"), 0.2, lambda: rng.random() < 0.5)
    return s


LABELS = {
    "publish": "Framer publish: framer-* layer class hashes, script_main/chunk hashes, ssr-released-at, route id",
    "optimized": "data-framer-page-optimized-at stamp",
    "appear": "App Banner appear-animation captured before/after it ran (inline opacity/transform)",
    "rating": "live App Store rating and review count in the App Banner (inside the Legal Content frame)",
    "locales": "German locale added to the locale switcher and hreflang links",
    "trailing": "empty trailing paragraph (<br class=trailing-break>) in the body rich text, added/removed on re-save",
}

P_H1, P_H2, P_BODY, P_LINK = ("framer-styles-preset-1ykkp6c", "y6bDp4yF"), ("framer-styles-preset-kkr3ws", "Hq2mN1xZ"), \
    ("framer-styles-preset-21ogod", "tqU1Yz9S"), ("framer-styles-preset-1wicq5s", "kHb3T5Rp")


def _inl(t):
    return C.inline_html(t, link=lambda url, label: '<a class="framer-text %s" data-styles-preset="%s" href="%s" rel="noopener">%s</a>'
                         % (P_LINK[0], P_LINK[1], html.escape(url), html.escape(label, quote=False)))


def _p(t):
    return '<p class="framer-text %s" data-styles-preset="%s">%s</p>' % (P_BODY[0], P_BODY[1], _inl(t))


def body_html(blocks):
    out = []
    for k, v in blocks:
        if k == "h2":
            out.append('<h2 class="framer-text %s" data-styles-preset="%s">%s</h2>' % (P_H2[0], P_H2[1], _inl(v)))
        elif k == "p":
            out.append(_p(v))
        elif k == "ul":
            out.append('<ul class="framer-text">%s</ul>' % "".join('<li class="framer-text" data-preset-tag="p">%s</li>' % _p(x) for x in v))
        else:
            raise ValueError(k)
    return "".join(out)


def render(s, blocks, when):
    pb = s["publish"]
    c = pb["cls"]
    title, date_p, rest = blocks[0], blocks[1], blocks[2:]
    stars, count = s["rating"]
    style = 'style="opacity:0.001;transform:translateY(24px)"' if s["appear"] else 'style="opacity:1;transform:none"'
    banner = ('<div class="framer-%s" data-framer-name="App Banner" data-framer-appear-id="%s" %s>'
              '<div class="framer-%s" data-framer-component-type="RichTextContainer" style="transform:none"><p class="framer-text %s" data-styles-preset="%s">Hent Cyklia gratis</p></div>'
              '<div class="framer-%s" data-framer-name="Rating" data-framer-component-type="RichTextContainer" style="transform:none"><p class="framer-text">&#9733; %s &#183; %s bedømmelser i App Store</p></div>'
              '<a class="framer-%s framer-lux5qc" data-framer-name="Button" href="https://apps.apple.com/dk/app/cyklia/id1541234567" rel="noopener"><div class="framer-text">Download</div></a></div>'
              % (c[3], c[4][:5] + "x", style, c[5], P_BODY[0], P_BODY[1], c[6], stars, "{:,}".format(count).replace(",", "."), c[7]))
    trailing = '<p class="framer-text %s" data-styles-preset="%s"><br class="trailing-break"/></p>' % P_BODY if s["trailing"] else ""
    legal = ('<div class="framer-%s" data-framer-name="Legal Content">'
             '<div class="framer-%s" data-framer-name="Title" data-framer-component-type="RichTextContainer" style="transform:none"><h1 class="framer-text %s" data-styles-preset="%s">%s</h1></div>'
             '<div class="framer-%s" data-framer-name="Updated" data-framer-component-type="RichTextContainer" style="--framer-paragraph-spacing:0px;transform:none">%s</div>'
             '%s<div class="framer-%s" data-framer-name="Body" data-framer-component-type="RichTextContainer" style="transform:none">%s%s</div></div>'
             % (c[0], c[1], P_H1[0], P_H1[1], _inl(title[1]), c[2], _p(date_p[1]), banner, c[8], body_html(rest), trailing))
    names = {"da": "Dansk", "en": "English", "de": "Deutsch"}
    langs = "".join('<a class="framer-text" href="%s" hreflang="%s">%s</a>' % ("/" if l == "da" else "/" + l + "/", l, names[l]) for l in s["locales"])
    nav_desk = ('<nav class="framer-1q2w3e framer-v-1q2w3e" data-framer-name="Desktop" data-border="true">'
                '<a class="framer-text" href="./">Cyklia</a><a class="framer-text" href="./funktioner">Funktioner</a>'
                '<a class="framer-text" href="./blog">Blog</a><a class="framer-text" href="./support">Support</a>'
                '<div class="framer-lang" data-framer-name="Locale Selector">%s</div></nav>' % langs)
    nav_phone = ('<nav class="framer-1q2w3e framer-v-9xk2l0" data-framer-name="Phone Closed"><a class="framer-text" href="./">Cyklia</a>'
                 '<div class="framer-1e3wkm" data-framer-name="Menu Icon"></div></nav>')
    hyd = {"routeId": pb["route"], "localeId": "default", "breakpoints": [{"hash": "72rtr7", "mediaQuery": "(min-width: 1200px)"},
                                                                          {"hash": "1v2t3ax", "mediaQuery": "(max-width: 809px)"}]}
    alts = "".join('<link rel="alternate" hreflang="%s" href="https://www.cyklia.app%s">' % (l, "/privatlivspolitik" if l == "da" else "/%s/privatlivspolitik" % l) for l in s["locales"])
    appear = json.dumps({c[4][:5] + "x": {"default": {"initial": {"opacity": 0.001, "y": 24}, "animate": {"opacity": 1, "y": 0, "transition": {"delay": 0.2, "duration": 0.6, "type": "spring"}}}}})
    return ('<!doctype html>\n<!-- Made in Framer · framer.com ✨ -->\n<!-- Published %s -->\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n<meta name="generator" content="Framer %s">\n'
            '<title>Privatlivspolitik – Cyklia</title>\n<meta name="description" content="Sådan behandler Cyklia dine oplysninger.">\n'
            '<meta name="framer-search-index" content="https://framerusercontent.com/sites/%s/searchIndex-%s.json">\n'
            '<link rel="canonical" href="%s">\n%s\n'
            '<link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/%s/script_main.%s.mjs">\n'
            '<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-%s PropertyOverrides">'
            'html,body,#main{margin:0;padding:0;box-sizing:border-box}.framer-%s{display:flex;flex-direction:column;gap:32px;max-width:760px}'
            '.framer-%s{display:flex;gap:16px;border-radius:20px;background:#fbe9ef}.hidden-72rtr7{display:none!important}</style>\n'
            '</head>\n<body>\n<script>try{if(localStorage.get&&localStorage.getItem("__framer_force_showing_editorbar_since")){const n=document.createElement("link");n.rel="modulepreload";n.href="https://framer.com/edit/init.mjs";document.head.appendChild(n)}}catch(e){}</script>\n'
            '<div id="main" data-framer-hydrate-v2="%s" data-framer-ssr-released-at="%s" data-framer-page-optimized-at="%s">'
            '<!--$--><div class="framer-Mk4Qz framer-72rtr7" style="min-height:100vh;width:auto">'
            '<div class="ssr-variant hidden-1v2t3ax">%s</div><div class="ssr-variant hidden-72rtr7">%s</div>'
            '<main class="framer-1h8v2pd" data-framer-name="Main">%s</main>'
            '<footer class="framer-zq0m1r" data-framer-name="Footer"><p class="framer-text">© %d Cyklia ApS · CVR 41234567</p>'
            '<a class="framer-text" href="./privatlivspolitik">Privatlivspolitik</a><a class="framer-text" href="./vilkaar">Vilkår</a><a class="framer-text" href="./cookies">Cookies</a></footer>'
            '</div><!--/$--></div>\n<div id="svg-templates" style="position:absolute;overflow:hidden;bottom:0;left:0;width:0;height:0;z-index:0;contain:strict" aria-hidden="true"></div>\n'
            '<div id="__framer-badge-container"></div>\n'
            '<script type="framer/appear" id="__framer__appearAnimationsContent">%s</script>\n'
            '<script type="framer/handover" id="__framer__handoverData">[{"%s":1},"%s",{"locale":"da"}]</script>\n'
            '<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/%s/script_main.%s.mjs"></script>\n'
            '</body>\n</html>\n'
            % (pb["rel"][:10], pb["gen"], SITE, pb["search"], URL, alts, SITE, pb["main"], c[0], c[0], c[3],
               html.escape(json.dumps(hyd, separators=(",", ":"))), pb["rel"], s["optimized"], nav_desk, nav_phone,
               legal, when.year, appear, pb["route"], pb["main"], SITE, pb["main"]))


PAGE = {
    "service": "Cyklia", "url": URL, "lang": "da-DK", "platform": "Framer",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Framer/6f2a1c4"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 29, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 19), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-framer-name='Legal Content']"],
                    "remove": ["[data-framer-name='App Banner']"]},
}
