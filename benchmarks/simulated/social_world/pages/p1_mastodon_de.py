"""norden.social - de - Mastodon 3.x (Rails/HAML, server-rendered public layout), the instance's /about/more page.

The admin keeps the instance's Datenschutzerklärung inside the "extended description" (one admin-written HTML
field), after the server's own introduction and rules; Mastodon renders it in `.box-widget .rich-formatting`,
gives every heading an id (TOCGenerator, `parameterize`: "Datenschutzerklärung" -> "datenschutzerklarung") and a
table of contents in `.column-4`, and appends the "Moderierte Server" domain-block tables *inside* the same
`.rich-formatting`. The policy is therefore a range: from its h1 to the domain-block heading."""
import datetime as dt
import html
import re

import common as C

URL = "https://norden.social/about/more"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Diese Datenschutzerklärung gilt für die Mastodon-Instanz norden.social. Sie erklärt, welche personenbezogenen Daten beim Besuch und bei der Nutzung der Instanz verarbeitet werden und welche Rechte du hast.

## 1. Verantwortlicher

@ Nordlicht Netz e. V.
@ Holstenstraße 112
@ 24103 Kiel
@ E-Mail: [datenschutz@norden.social](mailto:datenschutz@norden.social)

Der Verein wird durch den Vorstand vertreten. Einen Datenschutzbeauftragten haben wir nicht bestellt, da wir dazu nicht verpflichtet sind.

## 2. Welche Daten wir verarbeiten

### Kontodaten

Für ein Konto benötigen wir eine E-Mail-Adresse, einen Benutzernamen und ein Passwort. Das Passwort wird ausschließlich als Hash gespeichert. Anzeigename, Profilbild, Titelbild und Profilfelder sind freiwillig und öffentlich sichtbar.

### Beiträge und Interaktionen

Beiträge, Favoriten, Boosts und Umfrage-Stimmen werden auf dem Server gespeichert. Öffentliche und nicht gelistete Beiträge sind für alle sichtbar. Beiträge, die nur für Folgende sichtbar sind, und Direktnachrichten werden an die Server der Empfänger übermittelt, sind aber nicht Ende-zu-Ende-verschlüsselt.

### Protokolldaten

Beim Aufruf der Instanz speichert der Webserver die IP-Adresse, den Zeitpunkt des Zugriffs und den User-Agent des Browsers. Diese Protokolle werden nach 14 Tagen automatisch gelöscht.

## 3. Rechtsgrundlagen

Die Verarbeitung der Kontodaten und Beiträge erfolgt zur Erfüllung des Nutzungsverhältnisses (Art. 6 Abs. 1 lit. b DSGVO). Die Protokolldaten verarbeiten wir auf Grundlage unseres berechtigten Interesses an einem sicheren Betrieb (Art. 6 Abs. 1 lit. f DSGVO).

## 4. Hosting und Dienstleister

Wir setzen folgende Auftragsverarbeiter ein:

- Hetzner Online GmbH, Gunzenhausen: Betrieb der Server in Rechenzentren in Deutschland;
- Sendinblue GmbH, Berlin: Versand von Bestätigungs- und Benachrichtigungs-E-Mails.

Mit allen Dienstleistern haben wir Verträge zur Auftragsverarbeitung nach Art. 28 DSGVO geschlossen.

## 5. Föderation

Mastodon ist Teil eines dezentralen Netzwerks. Wenn andere Server dir folgen oder auf deine Beiträge antworten, werden deine öffentlichen Profildaten und Beiträge an diese Server übermittelt. Wenn du einen Beitrag löschst, senden wir eine Löschanfrage an diese Server, können aber nicht garantieren, dass sie ihr nachkommen.

## 6. Speicherdauer

Konten und Beiträge speichern wir, bis du sie löschst. Nach der Löschung eines Kontos werden die Daten innerhalb von 30 Tagen entfernt. Die IP-Adressen der Anmeldungen bewahren wir höchstens 12 Monate auf.

## 7. Deine Rechte

Du hast das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Einen Export deiner Daten kannst du jederzeit in den Einstellungen unter „Import und Export“ anfordern.

Du kannst dich außerdem beim Unabhängigen Landeszentrum für Datenschutz Schleswig-Holstein beschweren.
"""

EDITS = [
    {"note": "web-server logs kept 7 days instead of 14",
     "repl": [("Diese Protokolle werden nach 14 Tagen automatisch gelöscht.",
               "Diese Protokolle werden nach 7 Tagen automatisch gelöscht.")]},
    {"note": "processor added: bunny.net CDN for media files",
     "repl": [("- Sendinblue GmbH, Berlin:", "- BunnyWay d.o.o. (bunny.net), Ljubljana, Slowenien: Auslieferung von Bildern und Videos über ein Content Delivery Network;\n- Sendinblue GmbH, Berlin:")]},
    {"note": "federation paragraph reworded (deletion requests; date left unchanged)", "bump": False,
     "repl": [("Wenn du einen Beitrag löschst, senden wir eine Löschanfrage an diese Server, können aber nicht garantieren, dass sie ihr nachkommen.",
               "Löschst du einen Beitrag, schicken wir eine Löschanfrage an alle Server, die ihn erhalten haben. Ob diese Server der Anfrage nachkommen, liegt nicht in unserer Hand.")]},
    {"note": "new subsection 'Volltextsuche' under section 2",
     "repl": [("### Protokolldaten", "### Volltextsuche\n\nFür die Suche betreiben wir einen eigenen Elasticsearch-Index auf unseren Servern. Indexiert werden nur deine eigenen Beiträge sowie Beiträge, mit denen du interagiert hast; es werden keine Daten an Dritte übermittelt.\n\n### Protokolldaten")]},
    {"note": "association moved: new address of the controller",
     "repl": [("@ Holstenstraße 112\n@ 24103 Kiel", "@ Wall 55\n@ 24103 Kiel")]},
]

DOMAINS = [("gab.com", "suspend", "Hassrede, Belästigung"), ("spinster.xyz", "suspend", "Transfeindlichkeit"),
           ("freespeechextremist.com", "suspend", "Hassrede"), ("poa.st", "suspend", "Belästigung, Spam"),
           ("kiwifarms.cc", "suspend", "Doxxing"), ("mastodon.sdf.org", "silence", "Spam-Welle"),
           ("pawoo.net", "reject_media", "Illegale Inhalte"), ("baraag.net", "reject_media", "Illegale Inhalte"),
           ("social.exploit.example", "suspend", "Spam"), ("nicecrew.digital", "suspend", "Hassrede"),
           ("mstdn.foxfam.club", "silence", "Unmoderiert"), ("noagendasocial.com", "silence", "Belästigung"),
           ("detroitriotcity.com", "suspend", "Hassrede"), ("bae.st", "suspend", "Belästigung"),
           ("seal.cafe", "suspend", "Hassrede"), ("shitposter.club", "silence", "Belästigung"),
           ("neckbeard.xyz", "suspend", "Hassrede"), ("rage.love", "suspend", "Belästigung"),
           ("mstdn.jp", "reject_media", "Rechtlich problematische Medien"), ("sneed.social", "suspend", "Hassrede")]
INTROS = [
    ("Willkommen auf norden.social, der Mastodon-Instanz für Menschen aus Schleswig-Holstein, Hamburg und dem ganzen Norden.",
     ["Keine Diskriminierung, kein Rassismus, keine Queerfeindlichkeit.", "Keine Werbung und kein Spam.",
      "Inhaltswarnungen für Politik, Gewalt und Sensibles verwenden.", "Bilder bitte mit Bildbeschreibung."]),
    ("Moin! norden.social ist die Mastodon-Instanz für Menschen aus dem Norden. Der Betrieb wird vollständig durch Spenden finanziert.",
     ["Keine Diskriminierung, kein Rassismus, keine Queerfeindlichkeit.", "Keine Werbung und kein Spam.",
      "Inhaltswarnungen für Politik, Gewalt und Sensibles verwenden.", "Bilder bitte mit Bildbeschreibung.",
      "Automatisierte Konten (Bots) nur nach Absprache."]),
    ("Moin! norden.social ist die Mastodon-Instanz für Menschen aus dem Norden. Betrieben von Nordlicht Netz e. V., finanziert durch Spenden über Open Collective und Steady.",
     ["Keine Diskriminierung, kein Rassismus, keine Queerfeindlichkeit.", "Keine Werbung und kein Spam.",
      "Inhaltswarnungen für Politik, Gewalt, Essen und Sensibles verwenden.", "Bilder bitte mit Bildbeschreibung (Alt-Text).",
      "Automatisierte Konten (Bots) nur nach Absprache und nicht gelistet.", "Keine KI-generierten Bilder ohne Kennzeichnung."]),
]
ADMINS = [("lena", "Lena Petersen"), ("jannik", "Jannik 🌊"), ("admin", "norden.social Team")]
VERSIONS = [(dt.datetime(2021, 5, 13), "3.3.3"), (dt.datetime(2021, 11, 2), "3.4.1"), (dt.datetime(2022, 3, 30), "3.4.6"),
            (dt.datetime(2022, 12, 1), "3.5.3"), (dt.datetime(2023, 7, 6), "3.5.9"), (dt.datetime(2024, 2, 14), "3.5.14"),
            (dt.datetime(2025, 1, 20), "3.5.17"), (dt.datetime(2099, 1, 1), "3.5.19")]


def parameterize(s, used):
    s = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("é", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    base, n = s, 0
    while s in used:
        n += 1
        s = "%s-%d" % (base, n)
    used.add(s)
    return s


def inline(t):
    return C.inline_html(t)


def admin_html(blocks, used, toc):
    """The extended description as an admin types it into the settings textarea (newline-separated)."""
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            hid = parameterize(re.sub(r"\*\*|\[|\]\([^)]*\)", "", v), used)
            if kind != "h3":
                toc.append((kind, hid, v))
            out.append('<%s id="%s">%s</%s>' % (kind, hid, inline(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % inline(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % inline(i) for i in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(inline(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 64).replace("+", "-").replace("/", "_"), C.b64tok(rng, 16))
    ver = next(v for d, v in VERSIONS if when < d)
    packs = prev.get("version", (None, None))[1] if prev.get("version", (None,))[0] == ver else C.hexs(rng, 40)
    s["version"] = (ver, packs)
    base_u = 3100 + int((when - dt.datetime(2021, 1, 1)).days * 6.5)
    s["counts"] = (base_u + rng.randint(0, 40), base_u * 97 + rng.randint(0, 9000))
    k = min(len(DOMAINS), 7 + i // 2 + rng.randint(0, 1))
    s["blocks"] = tuple(range(k))
    s["intro"] = 0 if when < dt.datetime(2022, 6, 1) else (1 if when < dt.datetime(2024, 9, 1) else 2)
    s["contact"] = C.keep_or(rng, prev.get("contact"), 0.1, lambda: (rng.randrange(len(ADMINS)), C.hexs(rng, 16)))
    s["hero"] = C.keep_or(rng, prev.get("hero"), 0.12, lambda: (rng.randint(1, 9), C.hexs(rng, 16)))
    s["customcss"] = C.keep_or(rng, prev.get("customcss"), 0.2, lambda: C.hexs(rng, 64))
    return s


LABELS = {
    "tokens": "per-visit csrf-token and style-nonce",
    "version": "Mastodon upgrade / deploy (footer version, /packs asset hashes, SRI integrity)",
    "counts": "live user and post counters (information board)",
    "blocks": "'Moderierte Server' domain-block tables inside .rich-formatting (grow)",
    "intro": "admin edited the server introduction and rules in the same extended description",
    "contact": "'Administriert von' contact account / avatar changed",
    "hero": "hero image upload changed",
    "customcss": "admin custom.css digest",
}


def fmt_num(n):
    return "{:,}".format(n).replace(",", ".")


def render(s, blocks, when):
    csrf, nonce = s["tokens"]
    ver, packs = s["version"]
    users, posts = s["counts"]
    used, toc = set(), []
    intro_p, rules = INTROS[s["intro"]]
    intro = [("h1", "Über norden.social"), ("p", intro_p), ("h2", "Serverregeln"), ("ul", rules),
             ("h2", "Moderation"), ("p", "Das Moderationsteam ist ehrenamtlich tätig. Meldungen bearbeiten wir in der Regel innerhalb von 24 Stunden.")]
    contents = admin_html(intro, used, toc) + "\n" + admin_html(blocks, used, toc)
    doms = [DOMAINS[k] for k in s["blocks"]]
    groups = [("reject_media", "Server mit gefilterten Medien", "Mediendateien von diesen Servern werden nicht verarbeitet oder gespeichert."),
              ("silence", "Stummgeschaltete Server", "Beiträge von diesen Servern werden in öffentlichen Zeitleisten ausgeblendet."),
              ("suspend", "Gesperrte Server", "Es werden keine Daten mit diesen Servern verarbeitet, gespeichert oder ausgetauscht.")]
    mod = ['<h2 id="unavailable-content">Moderierte Server</h2>',
           "<p>Mastodon ermöglicht es dir grundsätzlich, Inhalte von Benutzer*innen auf jedem anderen Server im Fediversum zu betrachten. Dies sind die Ausnahmen, die auf diesem bestimmten Server gemacht wurden.</p>"]
    for sev, title, desc in groups:
        rows = [d for d in doms if d[1] == sev]
        if not rows:
            continue
        mod.append("<h3>%s</h3>\n<p>%s</p>" % (title, desc))
        mod.append('<table class="table domain-blocks">\n<thead>\n<tr>\n<th>Server</th>\n<th>Grund</th>\n</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>'
                   % "\n".join('<tr>\n<td class="nowrap"><span title="SHA-256: %s">%s</span></td>\n<td>%s</td>\n</tr>'
                               % (C.det_sha("dom", d[0])[:64], html.escape(d[0]), html.escape(d[2])) for d in rows))
    toc_html = []
    for kind, hid, text in toc:
        cls = "" if kind == "h1" else ' class="toc-sub"'
        toc_html.append('<li%s><a href="#%s">%s</a></li>' % (cls, hid, html.escape(re.sub(r"\*\*", "", text))))
    toc_html.append('<li><a href="#unavailable-content">Moderierte Server</a></li>')
    acct, avatar = ADMINS[s["contact"][0]][0], s["contact"][1]
    disp = ADMINS[s["contact"][0]][1]
    hero_n, hero_h = s["hero"]
    return """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/favicon.ico" rel="icon" type="image/x-icon">
<link href="/apple-touch-icon.png" rel="apple-touch-icon" sizes="180x180">
<link color="#6364FF" href="/mask-icon.svg" rel="mask-icon">
<link href="/manifest" rel="manifest">
<meta content="#191b22" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>Über diese Instanz - norden.social</title>
<link rel="stylesheet" media="all" href="/packs/css/common-%(p1)s.css" integrity="sha256-%(sri1)s" crossorigin="anonymous" />
<link rel="stylesheet" media="all" href="/packs/css/skins/glitch/mastodon-light-%(p2)s.chunk.css" integrity="sha256-%(sri2)s" crossorigin="anonymous" />
<script src="/packs/js/common-%(p3)s.js" crossorigin="anonymous" integrity="sha256-%(sri3)s"></script>
<script src="/packs/js/locale_de-%(p4)s.chunk.js" crossorigin="anonymous" integrity="sha256-%(sri4)s"></script>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="%(csrf)s" />
<meta content="%(nonce)s" name="style-nonce">
<link rel="stylesheet" media="all" href="/custom.css?%(customcss)s" />
<script src="/packs/js/public-%(p5)s.chunk.js" crossorigin="anonymous" integrity="sha256-%(sri5)s"></script>
<meta content="norden.social" property="og:site_name">
<meta content="website" property="og:type">
<meta content="norden.social" property="og:title">
<meta content="%(og)s" property="og:description">
<meta content="https://norden.social/system/site_uploads/files/000/000/00%(hero_n)d/@1x/%(hero_h)s.png" property="og:image">
<meta content="summary_large_image" property="twitter:card">
</head>
<body class="about-body theme-mastodon-light no-reduce-motion">
<div class="public-layout">
<div class="container">
<nav class="header">
<div class="nav-left">
<a class="brand" href="https://norden.social/"><svg viewBox="0 0 713.35878 175.8678"><use xlink:href="#mastodon-svg-logo-full"></use></svg></a>
<a class="nav-link optional" href="/explore">Profilverzeichnis</a>
<a class="nav-link optional" href="/about/more">Über</a>
<a class="nav-link optional" href="https://joinmastodon.org/apps">Apps</a>
</div>
<div class="nav-center"></div>
<div class="nav-right">
<a class="webapp-btn nav-link nav-button" href="/auth/sign_in">Anmelden</a>
<a class="webapp-btn nav-link nav-button" href="/auth/sign_up">Konto erstellen</a>
</div>
</nav>
</div>
<div class="container">
<div class="grid">
<div class="column-0">
<div class="public-account-header public-account-header--no-bar">
<div class="public-account-header__image">
<img alt="norden.social" class="parallax" src="https://norden.social/system/site_uploads/files/000/000/00%(hero_n)d/original/%(hero_h)s.png">
</div>
</div>
</div>
<div class="column-1">
<div class="landing-page__call-to-action" dir="ltr">
<div class="row">
<div class="row__information-board">
<div class="information-board__section">
<span>Hier zuhause für</span>
<strong>%(users)s</strong>
<span>Profile</span>
</div>
<div class="information-board__section">
<span>die</span>
<strong>%(posts)s</strong>
<span>Beiträge verfasst haben</span>
</div>
</div>
<div class="row__mascot">
<div class="landing-page__mascot">
<img alt="" src="/packs/media/images/elephant_ui_plane-%(p6)s.svg">
</div>
</div>
</div>
</div>
</div>
<div class="column-2">
<div class="contact-widget">
<h4>Administriert von:</h4>
<div class="account">
<div class="account__wrapper">
<a class="account__display-name" href="https://norden.social/@%(acct)s" title="%(disp)s">
<div class="account__avatar-wrapper"><div class="account__avatar" style="width: 36px; height: 36px; background-size: 36px 36px; background-image: url(https://norden.social/system/accounts/avatars/000/000/001/original/%(avatar)s.png)"></div></div>
<span class="display-name"><bdi><strong class="display-name__html emojify">%(disp)s</strong></bdi> <span class="display-name__account">@%(acct)s</span></span>
</a>
</div>
</div>
<h4>Kontakt:</h4>
<a href="mailto:moderation@norden.social" title="moderation@norden.social">moderation@norden.social</a>
</div>
</div>
<div class="column-3">
<div class="box-widget">
<div class="rich-formatting">
%(contents)s
%(mod)s
</div>
</div>
</div>
<div class="column-4">
<ul class="table-of-contents">
%(toc)s
</ul>
</div>
</div>
</div>
<div class="container">
<div class="footer">
<div class="grid">
<div class="column-0">
<h4>Ressourcen</h4>
<ul>
<li><a href="/terms">Nutzungsbedingungen</a></li>
<li><a href="/about/more">Über diese Instanz</a></li>
<li><a href="/explore">Profilverzeichnis</a></li>
</ul>
</div>
<div class="column-1">
<h4>Entwickler*innen</h4>
<ul>
<li><a href="https://docs.joinmastodon.org">Dokumentation</a></li>
<li><a href="/settings/applications">API</a></li>
</ul>
</div>
<div class="column-2">
<div class="legal-xs">
<a href="https://joinmastodon.org">Mastodon</a> (<a href="https://github.com/nordlicht-netz/mastodon">Quellcode</a>) · v%(ver)s+glitch
</div>
</div>
</div>
</div>
</div>
</div>
</body>
</html>
""" % {"p1": packs[:8], "p2": packs[8:16], "p3": packs[16:24], "p4": packs[24:32], "p5": packs[32:40],
       "p6": packs[4:12], "sri1": C.b64tok(C.random.Random(packs + "1"), 32), "sri2": C.b64tok(C.random.Random(packs + "2"), 32),
       "sri3": C.b64tok(C.random.Random(packs + "3"), 32), "sri4": C.b64tok(C.random.Random(packs + "4"), 32),
       "sri5": C.b64tok(C.random.Random(packs + "5"), 32),
       "csrf": csrf, "nonce": nonce, "customcss": s["customcss"], "og": html.escape(intro_p),
       "hero_n": hero_n, "hero_h": hero_h, "users": fmt_num(users), "posts": fmt_num(posts),
       "acct": acct, "disp": html.escape(disp), "avatar": avatar, "contents": contents, "mod": "\n".join(mod),
       "toc": "\n".join(toc_html), "ver": ver}


PAGE = {
    "service": "norden.social", "url": URL, "lang": "de", "platform": "Mastodon 3.x (Rails, HAML public layout)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Mastodon"), ("X-Frame-Options", "DENY"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#datenschutzerklarung", "endBefore": "#unavailable-content"}]},
}
