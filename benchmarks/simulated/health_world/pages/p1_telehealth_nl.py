"""Artsenlijn (online huisarts) - nl-NL - Contentful + Next.js on Vercel. The policy is a Contentful "legalPage"
entry whose rich text holds an embedded-entry CTA ("Nu een arts spreken?", A/B-tested, live count of doctors
online) between sections 3 and 4; a mobile "Inhoudsopgave" built from the h2s sits inside the <article>; the
article footer shows Contentful's sys.updatedAt (moves on every republish). Pages router with __NEXT_DATA__ until
the App Router migration (RSC flight payload, new CSS-module hashes, new header) in September 2023."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.artsenlijn.nl/privacy"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Versie van {UPDATED}

Artsenlijn B.V. biedt online consulten met BIG-geregistreerde huisartsen via onze app en website. In deze privacyverklaring leggen we uit welke persoonsgegevens we verwerken, waarom we dat doen en welke rechten je hebt.

## 1. Wie zijn wij?

Artsenlijn B.V. (KvK 81234567), Stationsplein 45, 3511 ED Utrecht, is verwerkingsverantwoordelijke voor de verwerking van je persoonsgegevens. Onze functionaris gegevensbescherming (FG) is bereikbaar via [fg@artsenlijn.nl](mailto:fg@artsenlijn.nl).

## 2. Welke gegevens verwerken we?

- Identificatiegegevens: naam, geboortedatum, BSN, adres, e-mailadres en telefoonnummer.
- Gezondheidsgegevens: je klachten, de inhoud van het consult, foto's die je uploadt, diagnoses, verwijzingen en voorschriften.
- Gegevens over je zorgverzekering, zoals je verzekeraar en polisnummer.
- Technische gegevens, zoals het type apparaat, de app-versie en crashrapporten.

## 3. Waarvoor gebruiken we je gegevens?

We verwerken je gezondheidsgegevens om je een consult te kunnen geven en om je medisch dossier bij te houden, zoals de Wet op de geneeskundige behandelingsovereenkomst (WGBO) voorschrijft. Met jouw toestemming sturen we een samenvatting van het consult naar je eigen huisarts.

Je verzekeringsgegevens gebruiken we om het consult rechtstreeks bij je zorgverzekeraar te declareren.

## 4. Met wie delen we gegevens?

We werken met de volgende verwerkers, met wie we een verwerkersovereenkomst hebben gesloten:

| Verwerker | Doel | Locatie |
| Microsoft Azure | Hosting van het platform en het medisch dossier | Nederland |
| Twilio | Videoverbindingen tijdens het consult | Ierland |
| Mollie | Betalingen voor consulten die niet worden vergoed | Nederland |

Wij verkopen je gegevens nooit aan derden.

## 5. Hoe lang bewaren we je gegevens?

Je medisch dossier bewaren we 20 jaar na het laatste consult, zoals de WGBO vereist. Chatberichten met onze klantenservice bewaren we 2 jaar. Videobeelden van consulten worden niet opgeslagen.

## 6. Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen, en om bezwaar te maken tegen de verwerking. Stuur je verzoek naar [privacy@artsenlijn.nl](mailto:privacy@artsenlijn.nl). We reageren binnen een maand.

Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## 7. Beveiliging

Alle verbindingen zijn versleuteld en toegang tot dossiers is beperkt tot de behandelend arts en daartoe bevoegde medewerkers. We voldoen aan de NEN 7510-norm voor informatiebeveiliging in de zorg.
"""

EDITS = [
    {"note": "processor table: row added for Zendesk (klantenservice, Ierland)",
     "repl": [("| Mollie | Betalingen voor consulten die niet worden vergoed | Nederland |",
               "| Mollie | Betalingen voor consulten die niet worden vergoed | Nederland |\n| Zendesk | Afhandeling van vragen aan onze klantenservice | Ierland |")]},
    {"note": "retention of customer-service chats shortened from 2 years to 1 year",
     "repl": [("Chatberichten met onze klantenservice bewaren we 2 jaar.", "Chatberichten met onze klantenservice bewaren we 1 jaar.")]},
    {"note": "rights: response-time sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("We reageren binnen een maand.", "We reageren uiterlijk binnen een maand na ontvangst van je verzoek.")]},
    {"note": "new section 8 on AI-assisted intake (triage questionnaire, doctor decides)",
     "repl": [("informatiebeveiliging in de zorg.", "informatiebeveiliging in de zorg.\n\n## 8. Slimme intake\n\nVoordat je een arts spreekt, vul je een digitale vragenlijst in. Een algoritme zet je antwoorden op een rij en stelt voor hoe snel je gezien moet worden. De arts beoordeelt dit voorstel altijd zelf; er worden geen beslissingen genomen zonder menselijke tussenkomst.")]},
    {"note": "link target of 'Autoriteit Persoonsgegevens' changed to the AP complaint page (same words, date not bumped)",
     "bump": False,
     "repl": [("(https://autoriteitpersoonsgegevens.nl)", "(https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap)")]},
]

APP_ROUTER = dt.datetime(2023, 9, 12)
PROMOS = ["Nieuw: ook 's nachts een huisarts via video", "Vergoed door alle zorgverzekeraars",
          "Download de app en spreek binnen 15 minuten een arts", "Recepten direct naar je eigen apotheek"]
CTA = {"A": ("Nu een arts spreken?", "Start een videoconsult", "%d huisartsen nu online"),
       "B": ("Klachten die niet kunnen wachten?", "Plan direct een consult", "Gemiddelde wachttijd %d minuten")}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45,
                           lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                                    C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["router"] = "app" if when >= APP_ROUTER else "pages"
    s["cms"] = C.keep_or(rng, prev.get("cms"), 0.3,
                         lambda: (when - dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 900)),
                                  rng.randint(12, 99)))
    s["cta"] = (rng.choice("AB"), rng.randint(4, 31))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    s["vercel"] = "fra1::iad1::" + C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + str(rng.randint(10 ** 12, 10 ** 13)) + "-" + C.hexs(rng, 12)
    return s


LABELS = {
    "nonce": "per-request CSP nonce on every script tag",
    "build": "Next.js buildId and chunk hashes (deploy)",
    "router": "Pages router -> App Router migration (RSC payload, new CSS-module hashes, new header/footer)",
    "cms": "Contentful sys.updatedAt/revision shown as 'Laatst gepubliceerd' in the article footer",
    "cta": "embedded-entry CTA inside the rich text: A/B variant and live doctors-online / waiting-time figure",
    "promo": "top promo bar rotated",
    "vercel": "x-vercel-id request id echoed in a meta tag",
}


def _plain(t):
    return re.sub(r"\*\*(.+?)\*\*", r"\1", re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", t))


def _rt_text(t):
    nodes = []
    pos = 0
    for m in C.INLINE.finditer(t):
        if m.start() > pos:
            nodes.append({"nodeType": "text", "value": t[pos:m.start()], "marks": [], "data": {}})
        if m.group(1) is not None:
            nodes.append({"nodeType": "text", "value": m.group(1), "marks": [{"type": "bold"}], "data": {}})
        else:
            nodes.append({"nodeType": "hyperlink", "data": {"uri": m.group(3)},
                          "content": [{"nodeType": "text", "value": m.group(2), "marks": [], "data": {}}]})
        pos = m.end()
    if pos < len(t):
        nodes.append({"nodeType": "text", "value": t[pos:], "marks": [], "data": {}})
    return nodes


def _para(t):
    return {"nodeType": "paragraph", "data": {}, "content": _rt_text(t)}


def rich_text_json(blocks, cta_id):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append({"nodeType": "heading-" + kind[1], "data": {}, "content": _rt_text(v)})
            if kind == "h2" and v.startswith("4."):
                out.insert(len(out) - 1, {"nodeType": "embedded-entry-block", "content": [],
                                          "data": {"target": {"sys": {"id": cta_id, "type": "Link", "linkType": "Entry"}}}})
        elif kind == "p":
            out.append(_para(v))
        elif kind == "ul":
            out.append({"nodeType": "unordered-list", "data": {},
                        "content": [{"nodeType": "list-item", "data": {}, "content": [_para(x)]} for x in v]})
        elif kind == "table":
            rows = []
            for n, r in enumerate(v):
                rows.append({"nodeType": "table-row", "data": {},
                             "content": [{"nodeType": "table-header-cell" if n == 0 else "table-cell", "data": {},
                                          "content": [_para(c)]} for c in r]})
            out.append({"nodeType": "table", "data": {}, "content": rows})
    return {"nodeType": "document", "data": {}, "content": out}


def slug(t):
    t = re.sub(r"^\d+\.\s*", "", _plain(t)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def rt_html(blocks, cta_html):
    out = []
    for b in blocks:
        kind, v = b
        if kind == "h2":
            if v.startswith("4."):
                out.append(cta_html)
            out.append('<h2 id="%s">%s</h2>' % (slug(v), C.inline_html(v)))
        elif kind == "p":
            out.append("<p>%s</p>" % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(c) for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(c) for c in r) for r in v[1:]]
            out.append('<div class="RichText_tableWrap__Vb81q"><table><tbody>%s</tbody></table></div>' % "".join(rows))
        else:
            out.append(C.block_html(b))
    return "".join(out)


def render(s, blocks, when):
    nonce = s["nonce"]
    build_id, ch1, ch2, ch3 = s["build"]
    app = s["router"] == "app"
    upd, rev = s["cms"]
    variant, live = s["cta"]
    title, button, fig = CTA[variant]
    h = {"art": "LegalPage_article__b7Kx1" if app else "LegalPage_article__Qw3Er",
         "toc": "LegalPage_toc__Jm2sA" if app else "LegalPage_toc__3kLpz",
         "meta": "LegalPage_meta__Tr0vW" if app else "LegalPage_meta__x9Qe2",
         "rt": "RichText_richText__pQ4sd" if app else "RichText_richText__Lm4Np",
         "emb": "RichText_embeddedEntry__c2VvN" if app else "RichText_embeddedEntry__Zp0Yt"}
    cta_id = "5Kq2xW8vUeT1nR9bLpA3cD"
    cta_html = ('<aside class="%s" data-entry-type="ctaBlock" data-variant="%s"><div class="CtaBlock_root__Hn3kT">'
                '<p class="CtaBlock_title__Ue1mP">%s</p><p class="CtaBlock_live__r0Dw2"><span class="CtaBlock_dot__k2Lq8"></span>%s</p>'
                '<a class="Button_primary__aZ8xq" href="/consult/start?utm_source=privacy&amp;utm_content=%s">%s</a></div></aside>'
                % (h["emb"], variant, title, fig % live, variant.lower(), button))
    h2s = [v for k, v in blocks if k == "h2"]
    toc = ('<details class="%s" open=""><summary>Inhoudsopgave</summary><ol>%s</ol></details>'
           % (h["toc"], "".join('<li><a href="#%s">%s</a></li>' % (slug(t), html.escape(_plain(t))) for t in h2s)))
    updiso = upd.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (rev * 7 % 1000)
    article = ('<article class="%s" data-contentful-entry-id="3hTzG0pX8sWc1qYbKm6N2e" data-contentful-field-id="body">'
               '<h1 class="LegalPage_title__d1Mx5">%s</h1>%s<div class="%s">%s</div>'
               '<footer class="%s"><p>Laatst gepubliceerd op <time dateTime="%s">%s</time></p></footer></article>'
               % (h["art"], C.inline_html(blocks[0][1]), toc, h["rt"], rt_html(blocks[1:], cta_html), h["meta"],
                  updiso, fmt_date(upd.date())))
    promo = PROMOS[s["promo"]]
    if app:
        header = ('<header class="SiteHeader_root__W3pQz"><div class="SiteHeader_bar__b0XkR"><p>%s</p></div>'
                  '<nav class="SiteHeader_nav__m1Ncv" aria-label="Hoofdmenu"><a class="SiteHeader_logo__Gq9tT" href="/"><img alt="Artsenlijn" src="/_next/static/media/logo.4f1c2a9e.svg" width="148" height="32"/></a>'
                  '<ul><li><a href="/klachten">Klachten</a></li><li><a href="/zo-werkt-het">Zo werkt het</a></li><li><a href="/vergoeding">Vergoeding</a></li><li><a href="/voor-werkgevers">Voor werkgevers</a></li></ul>'
                  '<a class="Button_primary__aZ8xq" href="/consult/start">Start consult</a></nav></header>' % promo)
        footer = ('<footer class="SiteFooter_root__P8wXs"><div class="SiteFooter_cols__q7RkL"><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/voorwaarden">Voorwaarden</a></li><li><a href="/klachtenregeling">Klachtenregeling</a></li></ul>'
                  '<p>Artsenlijn is aangesloten bij de Geschillencommissie Zorg. &#169; %d Artsenlijn B.V.</p></div></footer>' % when.year)
        css = '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next" nonce="%s"/>' % (ch1, nonce)
        flight = json.dumps('2:I["%s",["app/[locale]/(legal)/[slug]/page-%s.js"],"default"]\n' % (ch3[:5], ch2))
        scripts = ('<script src="/_next/static/chunks/webpack-%s.js" async="" nonce="%s"></script>'
                   '<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
                   '<script nonce="%s">self.__next_f.push([1,%s])</script>'
                   '<script nonce="%s">self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"buildId\\":\\"%s\\",\\"assetPrefix\\":\\"\\",\\"initialCanonicalUrl\\":\\"/privacy\\"}]\\n"])</script>'
                   % (ch3, nonce, nonce, nonce, flight, nonce, build_id))
        body = '<div class="Layout_root__k7GmZ">%s<main class="LegalPage_main__Zc0Qa"><div class="Container_root__uV5nB">%s</div></main>%s</div>%s' % (header, article, footer, scripts)
    else:
        header = ('<div class="PromoBar_root__9aB1c"><p>%s</p></div><header class="Header_header__3fHq1"><a href="/" class="Header_logo__1xQkP"><img alt="Artsenlijn" src="/images/logo.svg" width="140" height="30"/></a>'
                  '<nav><a href="/klachten">Klachten</a><a href="/zo-werkt-het">Zo werkt het</a><a href="/vergoeding">Vergoeding</a></nav>'
                  '<a class="Header_cta__p0QwE" href="/consult/start">Start consult</a></header>' % promo)
        footer = ('<footer class="Footer_footer__kQ2x8"><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/voorwaarden">Voorwaarden</a></li></ul>'
                  '<p>&#169; %d Artsenlijn B.V. &#8211; KvK 81234567</p></footer>' % when.year)
        css = '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>' % (ch1, nonce, ch1, nonce)
        data = {"props": {"pageProps": {"page": {"sys": {"id": "3hTzG0pX8sWc1qYbKm6N2e", "revision": rev,
                                                          "updatedAt": updiso, "locale": "nl-NL"},
                                                  "fields": {"title": blocks[0][1], "slug": "privacy",
                                                             "body": rich_text_json(blocks[1:], cta_id)}},
                                         "cta": {"sys": {"id": cta_id}, "variant": variant}},
                          "__N_SSG": True},
                "page": "/[slug]", "query": {"slug": "privacy"}, "buildId": build_id, "isFallback": False,
                "gsp": True, "locale": "nl", "locales": ["nl", "en"], "defaultLocale": "nl", "scriptLoader": []}
        scripts = ('<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>'
                   '<script src="/_next/static/chunks/framework-%s.js" nonce="%s" defer=""></script>'
                   '<script src="/_next/static/chunks/pages/%%5Bslug%%5D-%s.js" nonce="%s" defer=""></script>'
                   '<script src="/_next/static/%s/_buildManifest.js" nonce="%s" defer=""></script>'
                   % (nonce, json.dumps(data, ensure_ascii=False).replace("</", "<\\/"), ch2, nonce, ch3, nonce,
                      build_id, nonce))
        body = '<div id="__next"><div class="Layout_wrapper__a1B2c">%s<main class="LegalPage_main__9QmZt"><div class="Container_container__aB1cD">%s</div></main>%s</div></div>%s' % (header, article, footer, scripts)
    return ('<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>Privacyverklaring | Artsenlijn</title><meta name="description" content="Lees hoe Artsenlijn omgaat met je persoonsgegevens en medische gegevens."/>'
            '<link rel="canonical" href="%s"/><link rel="alternate" hrefLang="en" href="https://www.artsenlijn.nl/en/privacy"/>'
            '<meta name="x-vercel-id" content="%s"/>%s'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="b3a1f0d2-7c4e-4e59-9a8b-2d6f1e0c3a57" data-blockingmode="auto" nonce="%s"></script>'
            '</head><body>%s</body></html>' % (URL, s["vercel"], css, nonce, body))


PAGE = {
    "service": "Artsenlijn", "url": URL, "lang": "nl-NL", "platform": "Contentful + Next.js",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 7), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article[class*='LegalPage_article']"],
                    "remove": ["[class*='LegalPage_toc']", "[data-entry-type='ctaBlock']", "article > footer"]},
}
