"""Revontuli Games (Helsinki indie studio) - fi - Ghost (Source theme), Lexical editor migration 2023."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://www.revontuligames.fi/tietosuojaseloste/"
KK = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
      "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, KK[d.month - 1], d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tässä tietosuojaselosteessa kerromme, miten Revontuli Games Oy käsittelee pelaajiensa, verkkosivustonsa kävijöiden ja uutiskirjeen tilaajien henkilötietoja. Seloste koskee pelejämme Tähtilaivue, Tähtilaivue 2 ja Kuurankantaja sekä sivustoa revontuligames.fi.

## 1. Rekisterinpitäjä

Rekisterinpitäjä on Revontuli Games Oy (Y-tunnus 2987654-3), Hämeentie 19, 00500 Helsinki.

Tietosuojaan liittyvissä asioissa voit ottaa yhteyttä osoitteeseen [privacy@revontuligames.fi](mailto:privacy@revontuligames.fi).

## 2. Mitä tietoja keräämme

- Pelitilin tiedot: käyttäjänimi, sähköpostiosoite ja alustan tunniste (Steam, PlayStation Network, Xbox tai Nintendo).
- Pelin telemetria: pelisessioiden kesto, edistyminen, kaatumisraportit ja laitteen tekniset tiedot.
- Ostotiedot: pelin sisäiset ostot ja niiden ajankohdat. Maksukorttitietoja emme käsittele, vaan maksut hoitaa kauppa-alusta.
- Yhteydenotot: asiakastukeen ja Discord-palvelimellemme lähettämäsi viestit.

## 3. Käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme pelitilin ja ostojen tietoja sopimuksen täytäntöönpanemiseksi, jotta voit pelata ja säilyttää edistymisesi.

Telemetriaa käytämme oikeutetun etumme perusteella pelien virheiden korjaamiseen ja pelitasapainon parantamiseen.

Uutiskirjeen lähetämme vain suostumuksesi perusteella. Voit perua tilauksen jokaisen viestin lopussa olevasta linkistä.

## 4. Pelikohtaiset tiedot

### Tähtilaivue

Tähtilaivueen moninpeli käyttää vertaisverkkoyhteyksiä, jolloin IP-osoitteesi näkyy muille saman ottelun pelaajille. Ottelutuloksia säilytetään tulostaulukossa niin kauan kuin peliä ylläpidetään.

### Tähtilaivue 2

Tähtilaivue 2 käyttää omia palvelimiamme Suomessa. Tulostaulukossa näytetään käyttäjänimesi ja pisteesi, ellet piilota niitä asetuksista.

### Kuurankantaja

Kuurankantaja on yksinpeli. Siitä kerätään ainoastaan vapaaehtoisia kaatumisraportteja.

## 5. Tietojen vastaanottajat

Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuumme:

- GameAnalytics ApS (Tanska): pelin telemetria;
- Amazon Web Services EMEA SARL (Irlanti): pelipalvelimet ja tallennus;
- Zendesk Inc.: asiakastuki;
- Mailchimp (Intuit Inc., Yhdysvallat): uutiskirje.

Yhdysvaltoihin tapahtuvat siirrot perustuvat Euroopan komission vakiosopimuslausekkeisiin.

## 6. Säilytysajat

Pelitili ja siihen liittyvä edistyminen poistetaan, kun tili on ollut käyttämättä 36 kuukautta.

Telemetria säilytetään yksilöivässä muodossa 13 kuukautta, minkä jälkeen se yhdistetään tilastoiksi.

Asiakastuen viestit poistetaan kahden vuoden kuluttua tapauksen sulkemisesta.

## 7. Oikeutesi

Sinulla on oikeus saada pääsy tietoihisi, oikaista ja poistaa niitä, rajoittaa niiden käsittelyä, vastustaa käsittelyä sekä siirtää tiedot järjestelmästä toiseen. Voit poistaa pelitilisi myös pelin asetuksista kohdasta Tili > Poista tili.

Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).

## 8. Evästeet

Sivustomme käyttää vain välttämättömiä evästeitä sekä Plausible-analytiikkaa, joka ei tallenna evästeitä eikä henkilötietoja.
"""

EDITS = [
    {"note": "processor added: Sentry (Functional Software Inc.) for crash reports in the recipients list",
     "repl": [("- Zendesk Inc.: asiakastuki;", "- Functional Software Inc. (Sentry, Yhdysvallat): kaatumisraportit;\n- Zendesk Inc.: asiakastuki;")]},
    {"note": "edit inside a collapsed Ghost toggle card: Tähtilaivue multiplayer moved from peer-to-peer to relay servers (date not bumped)",
     "bump": False,
     "repl": [("Tähtilaivueen moninpeli käyttää vertaisverkkoyhteyksiä, jolloin IP-osoitteesi näkyy muille saman ottelun pelaajille.",
               "Tähtilaivueen moninpeli kulkee välityspalvelimiemme kautta, joten IP-osoitteesi ei näy muille pelaajille.")]},
    {"note": "retention: inactive game accounts deleted after 24 months instead of 36",
     "repl": [("käyttämättä 36 kuukautta.", "käyttämättä 24 kuukautta.")]},
    {"note": "new section 'Turnaukset ja striimaus' (tournament sign-ups, broadcast of player names) before recipients; sections renumbered",
     "repl": [("## 5. Tietojen vastaanottajat", "## 5. Turnaukset ja striimaus\n\nJos ilmoittaudut järjestämäämme turnaukseen, käsittelemme nimeäsi, käyttäjänimeäsi ja ikääsi osallistumisoikeuden tarkistamiseksi. Turnausotteluita lähetetään Twitchissä ja YouTubessa, ja lähetyksissä näytetään pelaajien käyttäjänimet.\n\n## 6. Tietojen vastaanottajat"),
              ("## 6. Säilytysajat", "## 7. Säilytysajat"),
              ("## 7. Oikeutesi", "## 8. Oikeutesi"),
              ("## 8. Evästeet", "## 9. Evästeet")]},
    {"note": "contact changed: privacy contact now the appointed data protection officer (tietosuojavastaava@) and new street address",
     "repl": [("Hämeentie 19, 00500 Helsinki.", "Työpajankatu 2, 00580 Helsinki."),
              ("Tietosuojaan liittyvissä asioissa voit ottaa yhteyttä osoitteeseen [privacy@revontuligames.fi](mailto:privacy@revontuligames.fi).",
               "Tietosuojavastaavamme tavoitat osoitteesta [tietosuojavastaava@revontuligames.fi](mailto:tietosuojavastaava@revontuligames.fi).")]},
]

PATCHES = [
    ("Tähtilaivue 2 – päivitys 1.4: uusi kampanja", "tahtilaivue-2-paivitys-1-4"),
    ("Kuurankantaja saapuu Nintendo Switchille", "kuurankantaja-switch"),
    ("Kehittäjäpäiväkirja #12: äänimaailma", "kehittajapaivakirja-12"),
    ("Tähtilaivue 2 – hotfix 1.3.2", "tahtilaivue-2-hotfix-1-3-2"),
    ("Revontuli Games Assemblyssä 2024", "assembly-2024"),
    ("Kehittäjäpäiväkirja #13: vihollisten tekoäly", "kehittajapaivakirja-13"),
    ("Kuurankantaja – päivitys 2.0 ja uusi vaikeustaso", "kuurankantaja-2-0"),
    ("Haemme: Senior Gameplay Programmer", "rekry-senior-gameplay"),
]
LEXICAL = dt.datetime(2023, 6, 14)


def ghost_version(when):
    if when < dt.datetime(2022, 5, 1):
        return "4.%d" % (20 + (when - dt.datetime(2021, 1, 1)).days // 25)
    return "5.%d" % min(98, (when - dt.datetime(2022, 5, 1)).days // 16)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["players"] = (rng.randint(900, 5200), rng.randint(40, 900))
    s["live"] = rng.random() < 0.3
    s["sale"] = C.keep_or(rng, prev.get("sale"), 0.7, lambda: rng.choice(
        [None, None, (rng.choice([25, 30, 40, 50]), rng.randint(0, 9), rng.randint(0, 23))]))
    s["patches"] = C.keep_or(rng, prev.get("patches"), 0.5, lambda: tuple(rng.sample(range(len(PATCHES)), 3)))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.25, lambda: C.hexs(rng, 10))
    s["ghost"] = ghost_version(when)
    s["lexical"] = when >= LEXICAL
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.3,
                              lambda: (when - dt.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 900))))
    s["uuid"] = C.uuid4(rng)
    return s


LABELS = {
    "players": "live player counts (Tähtilaivue 2 / Kuurankantaja) in the nav bar",
    "live": "Twitch 'LIVE' badge in the nav",
    "sale": "Steam sale countdown / wishlist HTML card pinned at the top of the content (.rg-steam)",
    "patches": "patch-note teasers in the pre-footer rotated",
    "theme": "theme asset hash (?v=) on css/js",
    "ghost": "Ghost version in generator meta / portal script",
    "lexical": "Lexical editor migration (text runs wrapped in <span style=white-space:pre-wrap>)",
    "modified": "JSON-LD dateModified / article:modified_time restamped on republish",
    "uuid": "per-response member attribution id",
}


def slug(t):
    t = t.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def render(s, blocks, when):
    lex = s["lexical"]
    span = (lambda raw: '<span style="white-space: pre-wrap;">%s</span>' % html.escape(raw, quote=False) if raw else "") if lex else None
    bold = (lambda raw: '<strong style="white-space: pre-wrap;">%s</strong>' % html.escape(raw, quote=False)) if lex else None
    link = ((lambda u, l: '<a href="%s" rel="noreferrer"><span style="white-space: pre-wrap;">%s</span></a>'
             % (html.escape(u), html.escape(l, quote=False))) if lex else None)

    def inl(t):
        return C.inline_html(t, text=span, bold=bold, link=link)

    def blk(b):
        k, v = b
        if k == "h2":
            return '<h2 id="%s">%s</h2>' % (slug(v), inl(v))
        if k == "p":
            return "<p>%s</p>" % inl(v)
        if k == "ul":
            return "<ul>%s</ul>" % "".join(("<li value=\"%d\">%s</li>" % (n + 1, inl(x))) if lex else "<li>%s</li>" % inl(x)
                                          for n, x in enumerate(v))
        raise ValueError(k)

    out, n = [], 1
    while n < len(blocks):
        b = blocks[n]
        if b[0] == "h3":
            inner = []
            n += 1
            while n < len(blocks) and blocks[n][0] not in ("h2", "h3"):
                inner.append(blk(blocks[n]))
                n += 1
            out.append('<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading">'
                       '<h4 class="kg-toggle-heading-text">%s</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">'
                       '<svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg>'
                       '</button></div><div class="kg-toggle-content">%s</div></div>' % (inl(b[1]), "".join(inner)))
            continue
        out.append(blk(b))
        n += 1
    body = "\n".join(out)
    if s["sale"]:
        pct, d, h = s["sale"]
        card = ('<div class="rg-steam rg-steam--sale"><img src="/content/images/2023/11/tahtilaivue2-capsule.jpg" alt="">'
                '<p class="rg-steam__title">Tähtilaivue 2 −%d %% Steamissa</p><p class="rg-steam__timer" data-ends="%s">Ale päättyy %d pv %d h</p>'
                '<a class="rg-steam__btn" href="https://store.steampowered.com/app/2345670/">Osta nyt</a></div>'
                % (pct, (when + dt.timedelta(days=d, hours=h)).strftime("%Y-%m-%dT%H:00:00Z"), d, h))
    else:
        card = ('<div class="rg-steam"><p class="rg-steam__title">Lisää Tähtilaivue 2 toivelistallesi</p>'
                '<a class="rg-steam__btn" href="https://store.steampowered.com/app/2345670/">Steam-kauppaan</a></div>')
    card = "<!--kg-card-begin: html-->\n%s\n<!--kg-card-end: html-->" % card
    p1, p2 = s["players"]
    live = ('<a class="rg-live" href="https://www.twitch.tv/revontuligames"><span class="rg-live__dot"></span>LIVE</a>'
            if s["live"] else "")
    v = s["theme"]
    gv = s["ghost"]
    mod = s["modified"].strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article",
                     "publisher": {"@type": "Organization", "name": "Revontuli Games", "url": "https://www.revontuligames.fi/",
                                   "logo": {"@type": "ImageObject", "url": "https://www.revontuligames.fi/content/images/2021/03/logo.png"}},
                     "author": {"@type": "Person", "name": "Aino Lehtonen", "url": "https://www.revontuligames.fi/author/aino/"},
                     "headline": "Tietosuojaseloste", "url": URL, "datePublished": "2019-05-21T09:12:44.000Z",
                     "dateModified": mod, "mainEntityOfPage": URL}, indent=4, ensure_ascii=False)
    teasers = "".join('<article class="gh-card post"><a class="gh-card-link" href="/%s/"><h3 class="gh-card-title is-title">%s</h3>'
                      '<time class="gh-card-date" datetime="%s">%s</time></a></article>'
                      % (PATCHES[k][1], PATCHES[k][0], (when - dt.timedelta(days=9 * (j + 1))).strftime("%Y-%m-%d"),
                         fmt_date((when - dt.timedelta(days=9 * (j + 1))).date()))
                      for j, k in enumerate(s["patches"]))
    portal = "2.%d" % (20 + int(gv.split(".")[1]) // 4) if gv.startswith("5") else "1.%d" % (int(gv.split(".")[1]) // 2)
    return ('<!DOCTYPE html>\n<html lang="fi">\n<head>\n\n    <title>Tietosuojaseloste</title>\n    <meta charset="utf-8">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '    <link rel="preload" as="style" href="/assets/built/screen.css?v=%s">\n'
            '    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">\n\n'
            '    <link rel="icon" href="https://www.revontuligames.fi/content/images/size/w256h256/2021/03/favicon.png" type="image/png">\n'
            '    <link rel="canonical" href="%s">\n    <meta name="referrer" content="no-referrer-when-downgrade">\n\n'
            '    <meta property="og:site_name" content="Revontuli Games">\n    <meta property="og:type" content="website">\n'
            '    <meta property="og:title" content="Tietosuojaseloste">\n    <meta property="og:url" content="%s">\n'
            '    <meta property="article:published_time" content="2019-05-21T09:12:44.000Z">\n'
            '    <meta property="article:modified_time" content="%s">\n'
            '    <script type="application/ld+json">\n%s\n    </script>\n\n'
            '    <meta name="generator" content="Ghost %s">\n'
            '    <link rel="alternate" type="application/rss+xml" title="Revontuli Games" href="https://www.revontuligames.fi/rss/">\n'
            '    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~%s/umd/portal.min.js" data-i18n="true" data-ghost="https://www.revontuligames.fi/" data-key="3b8f1c2d9e4a7b6c5d0e1f2a3b" data-api="https://revontuli-games.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>'
            '<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>\n'
            '    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3b8f1c2d9e4a7b6c5d0e1f2a3b" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://revontuli-games.ghost.io/" crossorigin="anonymous"></script>\n'
            '    <link href="https://www.revontuligames.fi/webmentions/receive/" rel="webmention">\n'
            '    <script defer src="/public/cards.min.js?v=%s"></script>\n'
            '    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=%s">\n'
            '    <script defer src="/public/member-attribution.min.js?v=%s"></script>\n'
            '    <script defer data-domain="revontuligames.fi" src="https://plausible.io/js/script.js"></script>\n'
            '<style>:root {--ghost-accent-color: #3ad29f;}</style>\n</head>\n'
            '<body class="page-template page-tietosuojaseloste has-sans-title has-sans-body">\n\n'
            '<div class="gh-viewport">\n    \n<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">\n'
            '    <div class="gh-navigation-inner gh-inner">\n        <div class="gh-navigation-brand">\n'
            '            <a class="gh-navigation-logo is-title" href="https://www.revontuligames.fi">\n'
            '                <img src="https://www.revontuligames.fi/content/images/2021/03/logo.png" alt="Revontuli Games">\n            </a>\n'
            '        </div>\n        <nav class="gh-navigation-menu">\n            <ul class="nav">\n'
            '    <li class="nav-pelit"><a href="https://www.revontuligames.fi/pelit/">Pelit</a></li>\n'
            '    <li class="nav-uutiset"><a href="https://www.revontuligames.fi/uutiset/">Uutiset</a></li>\n'
            '    <li class="nav-rekry"><a href="https://www.revontuligames.fi/rekry/">Rekry</a></li>\n'
            '    <li class="nav-tuki"><a href="https://tuki.revontuligames.fi/">Tuki</a></li>\n</ul>\n\n'
            '        </nav>\n        <div class="gh-navigation-actions">\n'
            '            <div class="rg-players" data-refresh="60"><span>Tähtilaivue 2: <b>%s</b> pelaajaa</span> <span>Kuurankantaja: <b>%s</b></span></div>%s\n'
            '            <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>\n'
            '        </div>\n    </div>\n</header>\n\n'
            '    \n<main id="gh-main" class="gh-main">\n    <article class="gh-article post page no-image">\n\n'
            '        <header class="gh-article-header gh-canvas">\n            <h1 class="gh-article-title is-title" id="gh-article-title">%s</h1>\n'
            '        </header>\n\n        <section class="gh-content gh-canvas is-body">\n%s\n%s\n        </section>\n\n'
            '    </article>\n</main>\n\n'
            '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Uusimmat</h2>'
            '<main class="gh-main"><div class="gh-feed">%s</div></main></div></section>\n\n'
            '    <footer class="gh-footer gh-outer">\n    <div class="gh-footer-inner gh-inner">\n'
            '        <div class="gh-footer-bar"><span class="gh-footer-logo is-title">Revontuli Games</span>\n'
            '            <nav class="gh-footer-menu"><ul class="nav"><li class="nav-tietosuojaseloste nav-current"><a href="https://www.revontuligames.fi/tietosuojaseloste/">Tietosuojaseloste</a></li>'
            '<li class="nav-lehdistolle"><a href="https://www.revontuligames.fi/lehdistolle/">Lehdistölle</a></li></ul></nav>\n'
            '            <div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div>\n'
            '        </div>\n        <section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Tilaa uutiskirje</h2>'
            '<p class="gh-footer-signup-subhead is-body">Uudet pelit, päivitykset ja kulissien takaa – suoraan sähköpostiisi.</p>'
            '<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="sähköpostiosoitteesi" required data-members-email>'
            '<button class="gh-button" type="submit" aria-label="Tilaa">Tilaa</button></form></section>\n'
            '    </div>\n</footer>\n    \n</div>\n\n'
            '<script src="https://www.revontuligames.fi/assets/built/source.js?v=%s"></script>\n'
            '<script>window.ghostAttribution={"id":"%s","url":"/tietosuojaseloste/","type":"page","referrer":null};</script>\n'
            '</body>\n</html>\n'
            % (v, v, URL, URL, mod, ld, gv, portal, v, v, v, f"{p1:,}".replace(",", "\u00a0"), f"{p2:,}".replace(",", "\u00a0"),
               live, html.escape(blocks[0][1]), card, body, teasers, v, s["uuid"]))


PAGE = {
    "service": "Revontuli Games", "url": URL, "lang": "fi", "platform": "Ghost",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Cache-Control", "public, max-age=0"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".gh-article-title", ".gh-content"], "remove": [".rg-steam"]},
}
