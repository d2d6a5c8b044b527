"""Sloepie (Dutch), an app for renting electric sloops without a boating licence in Amsterdam, Utrecht and Leiden:
the marketing site is Next.js (pages router, incremental static regeneration every 10 minutes) on Vercel with
Storyblok as headless CMS. The privacy statement is a Storyblok `legal_page` story: rich-text blocks and a table
block rendered into `<article>`, with a table of contents beside it; __NEXT_DATA__ carries the story JSON."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Privacyverklaring

Laatst bijgewerkt: {UPDATED}

Sloepie is een app waarmee je zonder vaarbewijs een elektrische sloep huurt in Amsterdam, Utrecht en Leiden. In deze privacyverklaring lees je welke persoonsgegegevens Sloepie B.V. verwerkt wanneer je onze website bezoekt, de app gebruikt en met een van onze sloepen vaart, waarom we dat doen en welke rechten je hebt.

## 1. Wie zijn wij?

Sloepie B.V. is verantwoordelijk voor de verwerking van je persoonsgegevens zoals beschreven in deze privacyverklaring.

@ Sloepie B.V.
@ Westerdoksdijk 40
@ 1013 AE Amsterdam
@ KvK-nummer 81234567
@ [privacy@sloepie.nl](mailto:privacy@sloepie.nl)

## 2. Welke gegevens verwerken wij?

- Accountgegevens: je naam, e-mailadres, telefoonnummer en geboortedatum.
- Identiteitsverificatie: een foto van je identiteitsbewijs en een selfie, om te controleren dat je 18 jaar of ouder bent.
- Boekingsgegevens: de locatie, datum en duur van je vaartocht, het aantal opvarenden en eventuele extra's.
- Betaalgegevens: de betaalmethode, het transactienummer en de borg die we reserveren.
- Locatiegegevens van de sloep tijdens je vaartocht, via de gps-tracker aan boord.
- Gegevens over het gebruik van de digitale sleutel: wanneer je de sloep ontgrendelt, start en weer afsluit.
- Schademeldingen en berichten aan onze klantenservice.

## 3. Waarom verwerken wij je gegevens?

We gebruiken je gegevens om je account aan te maken, je boeking uit te voeren en te betalen, en om je via de app toegang te geven tot de sloep. Dit is nodig voor de uitvoering van de huurovereenkomst. Je identiteit en leeftijd controleren we omdat alleen volwassenen een sloep mogen huren en we moeten kunnen vaststellen wie verantwoordelijk is voor de sloep.

Met je toestemming sturen we je nieuwsbrieven en aanbiedingen. Je kunt je op elk moment afmelden via de link onderaan elke e-mail of in de app onder Instellingen.

## 4. Locatiegegevens tijdens het varen

Elke sloep heeft een gps-tracker. Tijdens je vaartocht slaan we elke 30 seconden de positie van de sloep op. Zo kunnen we je helpen als je pech hebt, controleren of je binnen het toegestane vaargebied blijft (de sloepen mogen bijvoorbeeld niet op het IJ varen) en de sloep terugvinden als die niet op tijd wordt teruggebracht. Buiten je vaartocht koppelen we de locatie van de sloep niet aan jou. Vaartochtgegevens bewaren we 90 dagen na afloop van je vaartocht, tenzij er een schademelding of een boete van de gemeente is.

## 5. Met wie delen wij gegevens?

We verkopen je gegevens nooit. We delen ze alleen met partijen die ons helpen de dienst te leveren:

| Partij | Doel | Locatie |
| Onfido Ltd. | Identiteitsverificatie | Verenigd Koninkrijk |
| Mollie B.V. | Betalingen en borg | Nederland |
| Amazon Web Services EMEA SARL | Hosting van de app en de website | Ierland |
| Twilio Ireland Ltd. | Sms-verificatiecodes | Ierland |
| Zendesk Inc. | Klantenservice | Verenigde Staten |

Krijgen we een boete of een verzoek van de gemeente, de politie of de havendienst dat betrekking heeft op jouw vaartocht, dan kunnen we je gegevens aan hen doorgeven. Het Verenigd Koninkrijk heeft volgens de Europese Commissie een passend beschermingsniveau; voor Zendesk maken we gebruik van het EU-VS Data Privacy Framework.

## 6. Hoe lang bewaren wij je gegevens?

- Accountgegevens: tot 2 jaar na je laatste boeking, of tot je je account verwijdert.
- Identiteitsverificatie: de foto's worden 30 dagen na de verificatie verwijderd; we bewaren alleen de uitkomst.
- Vaartochtgegevens: 90 dagen na afloop van de vaartocht.
- Facturen en betaalgegevens: 7 jaar, vanwege de fiscale bewaarplicht.

## 7. Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar maken tegen het gebruik van je gegevens, de verwerking laten beperken en je gegevens laten overdragen. Stuur je verzoek naar [privacy@sloepie.nl](mailto:privacy@sloepie.nl). We reageren binnen een maand.

Ben je niet tevreden over hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## 8. Cookies

Op onze website gebruiken we functionele en analytische cookies. Marketingcookies plaatsen we alleen als je daarvoor toestemming geeft. Je kunt je keuze altijd wijzigen via de link Cookie-instellingen onderaan de pagina.
"""

EDITS = [
    {"note": "list item added: photos of the sloop taken in the app at check-in (damage inspection)",
     "repl": [("- Schademeldingen en berichten aan onze klantenservice.",
               "- Foto's van de sloep die je bij het inleveren in de app maakt, zodat we schade kunnen vaststellen.\n"
               "- Schademeldingen en berichten aan onze klantenservice.")]},
    {"note": "trip (GPS) data retention shortened from 90 to 30 days, in two places",
     "repl": [("Vaartochtgegevens bewaren we 90 dagen na afloop", "Vaartochtgegevens bewaren we 30 dagen na afloop"),
              ("- Vaartochtgegevens: 90 dagen na afloop", "- Vaartochtgegevens: 30 dagen na afloop")]},
    {"note": "typo fixed (persoonsgegegevens), date unchanged", "bump": False,
     "repl": [("welke persoonsgegegevens Sloepie", "welke persoonsgegevens Sloepie")]},
    {"note": "processor renamed in the table: Onfido Ltd. -> Entrust (voorheen Onfido)",
     "repl": [("| Onfido Ltd. | Identiteitsverificatie |", "| Entrust (voorheen Onfido) | Identiteitsverificatie |")]},
    {"note": "table row added: the yacht insurer handling damage claims",
     "repl": [("| Zendesk Inc. | Klantenservice | Verenigde Staten |",
               "| Zendesk Inc. | Klantenservice | Verenigde Staten |\n"
               "| Pantaenius Jachtverzekeringen B.V. | Afhandeling van schade aan sloepen | Nederland |")]},
    {"note": "section 9 added: changes to this statement",
     "repl": [("via de link Cookie-instellingen onderaan de pagina.",
               "via de link Cookie-instellingen onderaan de pagina.\n\n"
               "## 9. Wijzigingen\n\n"
               "We passen deze privacyverklaring aan als onze dienst of de wet verandert. De datum bovenaan laat zien "
               "wanneer de tekst voor het laatst is gewijzigd. Bij belangrijke wijzigingen sturen we je vooraf een "
               "bericht in de app.")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


TEMP = [5, 5, 8, 11, 15, 18, 20, 20, 17, 13, 9, 6]
DIRS = ["N", "NO", "O", "ZO", "Z", "ZW", "W", "NW"]
SKY = ["droog", "zonnig", "half bewolkt", "bewolkt", "lichte regen", "buien"]


def _weather(rng, loc):
    return (TEMP[loc.month - 1] + rng.randint(-4, 5), max(1, min(6, int(rng.gauss(3, 1.2)))), rng.choice(DIRS),
            rng.choice(SKY))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    season = 4 <= loc.month <= 10
    day = (when.date() - dt.date(2020, 1, 1)).days
    if p.get("reviews"):
        cnt, pday = p["reviews"]
        cnt += sum(rng.randint(0, 4 if season else 1) for _ in range(day - pday))
    else:
        cnt = 1480 + rng.randint(0, 60)
    st = {
        "weather": _weather(rng, loc),
        # after closing time (21:00) and before the first trips every sloop is free
        "fleet": (None if not season else 41 if not 9 <= loc.hour < 21 else rng.randint(6, 34)),
        "build": C.keep_or(rng, p.get("build"), 0.3, lambda: (C.alnum(rng, 21, C.alnum.__defaults__[0] + "-_"),
                                                               C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16))),
        "cv": C.keep_or(rng, p.get("cv"), 0.75, lambda: C.epoch(when) - rng.randint(300, 5 * 86400)),
        "reviews": (cnt, day),
        "year": loc.year,
    }
    return K.ensure_change(st, prev, "weather", lambda: _weather(rng, loc))


LABELS = {
    "weather": "'Vaarweer' in the top bar (ISR every 10 min)",
    "fleet": "'Nu N van 41 sloepen vrij' availability counter / winter-stop notice",
    "build": "Vercel deploy: buildId and chunk hashes",
    "cv": "Storyblok cache version (cv) in __NEXT_DATA__",
    "reviews": "review count in the footer badge",
    "year": "footer copyright year",
    "published": "story re-published: published_at in __NEXT_DATA__",
}

# ------------------------------------------------------------------ Storyblok JSON and rendering


def _sb_inline(t):
    out, pos = [], 0
    for m in C.INLINE.finditer(t):
        if m.start() > pos:
            out.append({"text": t[pos:m.start()], "type": "text"})
        if m.group(1) is not None:
            out.append({"text": m.group(1), "type": "text", "marks": [{"type": "bold"}]})
        else:
            href = m.group(3)
            out.append({"text": m.group(2), "type": "text", "marks": [{"type": "link", "attrs": {
                "href": href.replace("mailto:", ""), "uuid": None, "anchor": None, "target": "_blank" if
                href.startswith("http") else "_self", "linktype": "email" if href.startswith("mailto:") else "url"}}]})
        pos = m.end()
    if pos < len(t):
        out.append({"text": t[pos:], "type": "text"})
    return out


def _sb_body(blocks):
    """The story's body: rich_text bloks split around table bloks."""
    body, cur = [], []

    def flush():
        if cur:
            body.append({"_uid": C.det_uuid("sb", len(body)), "component": "rich_text",
                         "text": {"type": "doc", "content": list(cur)}})
            del cur[:]

    for kind, v in blocks:
        if kind in ("h2", "h3"):
            cur.append({"type": "heading", "attrs": {"level": int(kind[1])}, "content": _sb_inline(v)})
        elif kind == "p":
            cur.append({"type": "paragraph", "content": _sb_inline(v)})
        elif kind == "ul":
            cur.append({"type": "bullet_list", "content": [
                {"type": "list_item", "content": [{"type": "paragraph", "content": _sb_inline(x)}]} for x in v]})
        elif kind == "addr":
            content = []
            for n, line in enumerate(v):
                if n:
                    content.append({"type": "hard_break"})
                content.extend(_sb_inline(line))
            cur.append({"type": "paragraph", "content": content})
        elif kind == "table":
            flush()
            body.append({"_uid": C.det_uuid("sbt", len(body)), "component": "table", "table": {
                "thead": [{"_uid": C.det_uuid("th", n), "value": K.plain(x), "component": "_table_head"}
                          for n, x in enumerate(v[0])],
                "tbody": [{"_uid": C.det_uuid("tr", r), "body": [{"_uid": C.det_uuid("td", r, n), "value": K.plain(x),
                                                                  "component": "_table_col"}
                                                                 for n, x in enumerate(row)],
                           "component": "_table_row"} for r, row in enumerate(v[1:])]}})
    flush()
    return body


def _link(url, label):
    if url.startswith("http"):
        return '<a href="%s" target="_blank" rel="noopener noreferrer">%s</a>' % (K.attr(url), K.esc(label))
    return '<a href="%s">%s</a>' % (K.attr(url), K.esc(label))


def _inl(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % K.esc(raw), link=_link)


def _article(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append('<%s id="%s">%s</%s>' % (kind, K.slug(v), _inl(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inl(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % _inl(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(_inl(x) for x in v))
        elif kind == "table":
            head = "".join("<th>%s</th>" % _inl(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _inl(x) for x in r) for r in v[1:])
            out.append('</div><div class="Table_wrapper__Wv7Qa"><table class="Table_table__c1Hn0"><thead><tr>%s</tr>'
                       '</thead><tbody>%s</tbody></table></div><div class="RichText_root__nX5bW">' % (head, rows))
    return '<div class="RichText_root__nX5bW">%s</div>' % "".join(out)


def _jsonesc(obj):
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028")


def render(state, blocks, when):
    build_id, h_app, h_page, h_css = state["build"]
    published = K.saved_at("Sloepie", blocks, when, dt.datetime(2023, 4, 11, 13, 2, 51))
    state["published"] = published.isoformat()
    title, rest = K.title_and_rest(blocks)
    updated_line, body = rest[0], rest[1:]
    temp, bft, wdir, sky = state["weather"]
    cnt, _ = state["reviews"]
    fleet = state["fleet"]
    toc = "".join('<li><a href="#%s">%s</a></li>' % (K.slug(v), K.esc(K.plain(v))) for k, v in body if k == "h2")
    if fleet is None:
        avail = ('<a class="TopBar_cta__Zz81Q" href="/boeken">Winterstop: vanaf 1 april varen we weer. '
                 'Reserveer nu met vroegboekkorting</a>')
    else:
        avail = '<a class="TopBar_cta__Zz81Q" href="/boeken">Nu %d van 41 sloepen vrij – boek direct</a>' % fleet
    story = {"name": "Privacy", "created_at": "2022-03-14T10:22:31.412Z",
             "published_at": published.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (published.second * 17 % 1000),
             "id": 187654321, "uuid": "3f0c2b6e-8a41-4d57-9b2e-c6a1f07d5e93",
             "content": {"_uid": "b7e2d0a4-1c9f-4e38-a6d5-0f2c9e81b347", "title": K.plain(title),
                         "updated": updated_line[1], "body": _sb_body(body), "component": "legal_page",
                         "seo_description": "Lees hoe Sloepie omgaat met je persoonsgegevens."},
             "slug": "privacy", "full_slug": "privacy", "lang": "default", "path": None, "is_startpage": False,
             "parent_id": 0, "group_id": "8d1a5f3c-2e7b-4c90-b1d4-7a6e93f0c528", "first_published_at":
             "2022-03-14T10:31:07.000Z", "tag_list": [], "default_full_slug": None, "translated_slugs": None}
    data = {"props": {"pageProps": {"story": story, "weather": {"place": "Amsterdam", "temp": temp, "bft": bft,
                                                                  "dir": wdir, "summary": sky},
                                    "fleet": {"available": fleet, "total": 41}, "reviews": {"score": 4.7,
                                                                                            "count": cnt},
                                    "cv": state["cv"]}, "__N_SSG": True},
            "page": "/[[...slug]]", "query": {"slug": ["privacy"]}, "buildId": build_id, "isFallback": False,
            "gsp": True, "locale": "nl", "locales": ["nl", "en"], "defaultLocale": "nl", "scriptLoader": []}
    head = ('<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, '
            'initial-scale=1"/><title>Privacyverklaring | Sloepie</title><meta name="description" content="Lees hoe '
            'Sloepie omgaat met je persoonsgegevens."/><meta property="og:title" content="Privacyverklaring | Sloepie"/>'
            '<meta property="og:type" content="website"/><meta property="og:image" content="https://a.storyblok.com/f/'
            '187654/1200x630/4e1d2c9a7b/og-sloepie.jpg"/><link rel="canonical" href="https://www.sloepie.nl/privacy"/>'
            '<link rel="alternate" hrefLang="en" href="https://www.sloepie.nl/en/privacy"/><link rel="icon" '
            'href="/favicon.ico"/><meta name="next-head-count" content="11"/><link rel="preconnect" '
            'href="https://a.storyblok.com"/><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" '
            'data-cbid="7f3e1a90-2c4d-4b8e-9a61-5d0c8e2f4b17" data-blockingmode="auto" type="text/javascript"></script>'
            '<link rel="preload" href="/_next/static/css/%(css)s.css" as="style"/><link rel="stylesheet" '
            'href="/_next/static/css/%(css)s.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" '
            'nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script '
            'src="/_next/static/chunks/webpack-%(wp)s.js" defer=""></script><script '
            'src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script '
            'src="/_next/static/chunks/main-%(main)s.js" defer=""></script><script '
            'src="/_next/static/chunks/pages/_app-%(app)s.js" defer=""></script><script '
            'src="/_next/static/chunks/pages/%%5B%%5B...slug%%5D%%5D-%(page)s.js" defer=""></script><script '
            'src="/_next/static/%(bid)s/_buildManifest.js" defer=""></script><script '
            'src="/_next/static/%(bid)s/_ssgManifest.js" defer=""></script></head>'
            % {"css": h_css, "wp": K.hex_hash(build_id + "wp"), "main": K.hex_hash(build_id[:3] + "main"),
               "app": h_app, "page": h_page, "bid": build_id})
    nav = "".join('<li><a class="Header_link__r4Tq1" href="/%s">%s</a></li>' % (u, t) for t, u in (
        ("Sloep huren", "boeken"), ("Locaties", "locaties"), ("Prijzen", "prijzen"), ("Zakelijk", "zakelijk"),
        ("Veelgestelde vragen", "veelgestelde-vragen")))
    body_html = (
        '<body><div id="__next"><div class="Layout_wrapper__Xq2kP"><div class="TopBar_bar__a1B2c"><span '
        'class="TopBar_weather__k9L0m">Vaarweer Amsterdam: %(temp)d°C · windkracht %(bft)d %(dir)s · %(sky)s</span>'
        '%(avail)s</div><header class="Header_header__m3Npq"><a class="Header_logo__p2Ls8" href="/" '
        'aria-label="Sloepie home"><svg width="132" height="32" viewBox="0 0 132 32" aria-hidden="true"><use '
        'href="#logo"></use></svg></a><nav class="Header_nav__f8Yw3"><ul>%(nav)s</ul></nav><a '
        'class="Button_button__Hq8s1 Button_primary__v2Zp0" href="https://app.sloepie.nl/download">Download de app</a>'
        '</header><main class="Layout_main__pR8tY"><div class="LegalPage_grid__4Hk2s"><aside '
        'class="LegalPage_toc__Qw3rT"><p class="LegalPage_tocTitle__y6Dn2">Op deze pagina</p><ol>%(toc)s</ol>'
        '</aside><article class="LegalPage_article__8uJ1d"><h1 class="LegalPage_title__Lb0Vc">%(title)s</h1><p '
        'class="LegalPage_updated__tF5oE">%(updated)s</p>%(article)s</article></div></main><footer '
        'class="Footer_footer__J3x9b"><div class="Footer_cols__Gz2mQ"><div><p class="Footer_heading__eR1tc">Sloepie'
        '</p><ul><li><a href="/over-ons">Over ons</a></li><li><a href="/vacatures">Vacatures</a></li><li><a '
        'href="/pers">Pers</a></li></ul></div><div><p class="Footer_heading__eR1tc">Service</p><ul><li><a '
        'href="/veelgestelde-vragen">Veelgestelde vragen</a></li><li><a href="/huurvoorwaarden">Huurvoorwaarden'
        '</a></li><li><a href="/privacy" aria-current="page">Privacy</a></li><li><a href="javascript: '
        'Cookiebot.renew()">Cookie-instellingen</a></li></ul></div><div class="Footer_reviews__Pq7sX"><p>Klanten '
        'geven ons een <strong>4,7</strong> uit 5</p><p class="Footer_reviewCount__Wb2cR">op basis van %(cnt)s '
        'beoordelingen</p></div></div><p class="Footer_copy__s8Hk1">© %(year)d Sloepie B.V. · KvK 81234567</p>'
        '</footer></div></div><script id="__NEXT_DATA__" type="application/json">%(data)s</script></body></html>'
        % {"temp": temp, "bft": bft, "dir": wdir, "sky": sky, "avail": avail, "nav": nav, "toc": toc,
           "title": K.esc(title), "updated": _inl(updated_line[1]), "article": _article(body),
           "cnt": "{:,}".format(cnt).replace(",", "."), "year": state["year"], "data": _jsonesc(data)})
    return head + body_html


PAGE = {
    "service": "Sloepie",
    "url": "https://www.sloepie.nl/privacy",
    "lang": "nl",
    "platform": "Next.js 13 (pages router, ISR) on Vercel, Storyblok headless CMS, Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Powered-By", "Next.js"), ("X-Nextjs-Cache", "HIT"),
                      ("Cache-Control", "s-maxage=600, stale-while-revalidate"),
                      ("Strict-Transport-Security", "max-age=63072000")],
    "n": 32,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 4, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.sloepie.nl/privacy",
        "select": "article",
    },
}
