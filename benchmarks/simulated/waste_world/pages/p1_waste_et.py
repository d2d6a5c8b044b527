"""Ringmaa Jäätmehooldus (Estonian private waste hauler), WordPress 6 with the Astra theme and Gutenberg blocks, WPML,
Cookiebot, LiteSpeed Cache. The policy is the page's .entry-content; everything volatile is outside it."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.ringmaa.ee/privaatsuspoliitika/"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """
# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Ringmaa Jäätmehooldus AS (edaspidi Ringmaa) osutab eraisikutele, korteriühistutele, ettevõtetele ja omavalitsustele olmejäätmete, pakendijäätmete, biojäätmete ja ehitusjäätmete veo teenust ning konteinerite rendi teenust. Käesolev privaatsuspoliitika selgitab, milliseid isikuandmeid me teenuse osutamisel töötleme, mis eesmärgil ja kui kaua neid säilitame.

## Vastutav töötleja

@ Ringmaa Jäätmehooldus AS
@ Registrikood 10987654
@ Betooni 28, 11415 Tallinn
@ Telefon: +372 640 2200
@ E-post: [info@ringmaa.ee](mailto:info@ringmaa.ee)

Andmekaitsega seotud küsimustes võid pöörduda meie andmekaitsespetsialisti Kadri Tamme poole aadressil [andmekaitse@ringmaa.ee](mailto:andmekaitse@ringmaa.ee).

## Milliseid andmeid me töötleme

- Kliendi kontaktandmed: nimi, isikukood või registrikood, aadress, telefoninumber ja e-posti aadress.
- Teenuse andmed: veoaadress, konteineri suurus ja arv, tühjendusgraafik, tehtud tühjendused ja nende kaal.
- Arveldusandmed: arved, maksed, võlgnevused ja e-arve nõusolek.
- Suhtlusandmed: klienditeenindusse saadetud kirjad, telefonikõnede salvestised ja iseteeninduses esitatud tellimused.
- Asukohaandmed: prügiautode GPS-andmed, mis näitavad, millal ja kus konteiner tühjendati.

## Töötlemise eesmärgid ja õiguslik alus

Töötleme isikuandmeid lepingu sõlmimiseks ja täitmiseks, sealhulgas vedude planeerimiseks, tühjenduste tõendamiseks ja arveldamiseks. Korraldatud jäätmeveo piirkondades edastab omavalitsus meile jäätmevaldajate andmed jäätmeseaduse alusel ning me esitame omavalitsusele aruandeid tehtud vedude kohta.

Telefonikõnesid salvestame õigustatud huvi alusel, et lahendada vaidlusi ja parandada teeninduse kvaliteeti. Kõne alguses teavitame sind salvestamissest.

Uudiskirja saadame ainult sinu nõusolekul. Nõusoleku saad igal ajal tagasi võtta uudiskirja lõpus oleva lingi kaudu.

## Volitatud töötlejad

Kasutame usaldusväärseid partnereid, kes töötlevad andmeid meie juhiste järgi:

| Volitatud töötleja | Teenus | Asukoht |
| Zone Media OÜ | Veebimajutus | Eesti |
| Telia Eesti AS | Kõnekeskus ja SMS-teavitused | Eesti |
| Microsoft Ireland Operations Ltd | E-post ja dokumendihaldus | EL |
| Mapon AS | Sõidukite GPS-jälgimine | Läti |

## Andmete säilitamine

Lepingu ja arveldusega seotud andmeid säilitame 7 aastat alates lepingu lõppemisest, nagu nõuab raamatupidamise seadus. Kõnesalvestisi säilitame 6 kuud. GPS-andmeid säilitame 12 kuud. Uudiskirja andmeid säilitame kuni nõusoleku tagasivõtmiseni.

## Andmete edastamine

Isikuandmeid ei müüda. Andmeid edastame omavalitsustele korraldatud jäätmeveo aruandluseks, inkassoettevõttele võlgnevuse korral ning riigiasutustele seadusest tuleneva kohustuse korral.

## Sinu õigused

Sul on õigus tutvuda oma andmetega, nõuda nende parandamist või kustutamist, piirata töötlemist ning esitada vastuväiteid õigustatud huvi alusel toimuvale töötlemisele. Kui leiad, et sinu õigusi on rikutud, võid pöörduda [Andmekaitse Inspektsiooni](https://www.aki.ee) poole.

## Andmete turvalisus

Isikuandmetele pääsevad ligi ainult need töötajad, kellel on seda tööülesannete täitmiseks vaja. Kasutame krüpteeritud ühendusi, kahefaktorilist autentimist ja regulaarseid varukoopiaid. Kui peaks juhtuma andmetega seotud intsident, teavitame sellest Andmekaitse Inspektsiooni 72 tunni jooksul ja vajaduse korral ka sind.

## Küpsised

Veebilehel kasutame küpsiseid, mille kohta saad täpsemat teavet [küpsiste lehelt](/kupsised/). Küpsiste eelistusi saad muuta igal ajal lehe allservas oleva lingi kaudu.
"""

EDITS = [
    {"note": "processor table: Twilio Ireland added for SMS pickup reminders",
     "repl": [("| Mapon AS | Sõidukite GPS-jälgimine | Läti |",
               "| Mapon AS | Sõidukite GPS-jälgimine | Läti |\n"
               "| Twilio Ireland Ltd | Tühjenduste SMS-meeldetuletused | EL |")]},
    {"note": "call recordings retention 6 -> 3 months",
     "repl": [("Kõnesalvestisi säilitame 6 kuud.", "Kõnesalvestisi säilitame 3 kuud.")]},
    {"note": "typo fixed (salvestamissest -> salvestamisest), no new date", "bump": False,
     "repl": [("teavitame sind salvestamissest.", "teavitame sind salvestamisest.")]},
    {"note": "head office moved: Betooni 28 -> Suur-Sõjamäe 50, 11415 -> 11415 Tallinn; new phone",
     "repl": [("@ Betooni 28, 11415 Tallinn\n@ Telefon: +372 640 2200",
               "@ Suur-Sõjamäe 50, 11415 Tallinn\n@ Telefon: +372 640 2222")]},
    {"note": "new section: video cameras on collection trucks",
     "repl": [("## Andmete säilitamine",
               "## Prügiautode kaamerad\n\nMeie prügiautodel on ohutuse tagamiseks tagurdus- ja külgkaamerad. "
               "Salvestisi kasutame ainult liiklusõnnetuste ja kahjujuhtumite uurimiseks ning need kustutatakse "
               "automaatselt 30 päeva jooksul.\n\n## Andmete säilitamine")]},
    {"note": "DPO changed (Kadri Tamm -> Martin Kask)",
     "repl": [("meie andmekaitsespetsialisti Kadri Tamme poole", "meie andmekaitsespetsialisti Martin Kase poole")]},
]

NEWS = ["Biojäätmete kogumine laieneb Harku valda", "Pühade ajal muutuvad vedude graafikud",
        "Uus konteinerite pesu teenus", "Pakendikonteinerite tühjendamine tihedamaks", "Ringmaa avas Tartus uue depoo",
        "Kuidas sorteerida ehitusjäätmeid?", "Jõulukuuskede äravedu jaanuaris", "Uued elektriprügiautod Tallinnas"]
NEWS_T = K.pool_dates("ringmaa-news", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 40)
ASTRA = [(dt.date(2021, 1, 1), "3.7.9"), (dt.date(2022, 9, 1), "3.9.2"), (dt.date(2023, 6, 1), "4.1.5"),
         (dt.date(2024, 3, 1), "4.6.8"), (dt.date(2025, 2, 1), "4.8.11"), (dt.date(2026, 1, 1), "4.11.1")]
WPV = [(dt.date(2021, 1, 1), "6.0.2"), (dt.date(2022, 11, 1), "6.1.1"), (dt.date(2023, 8, 10), "6.3"),
       (dt.date(2024, 4, 5), "6.5.2"), (dt.date(2025, 4, 20), "6.8"), (dt.date(2026, 1, 15), "6.9")]


def season(when):
    m, d = when.month, when.day
    if m == 1 and d <= 31:
        return "Jõulukuused viime ära tasuta kuni 31. jaanuarini!"
    if m in (4, 5):
        return "Aiajäätmete hooaeg on alanud – telli aiakott või lisatühjendus."
    if m in (10, 11):
        return "Lehtede ja oksade äravedu kuni 30. novembrini."
    if m == 12:
        return "Pühade ajal võivad vedude ajad muutuda – vaata graafikut."
    return None


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"lscache": when.strftime("%Y-%m-%d %H:%M:%S") + " " + C.hexs(rng, 6)}
    s["nonce"] = C.hexs(rng, 10)
    s["season"] = season(when)
    s["astra"] = C.versioned(ASTRA, when) + "|" + C.versioned(WPV, when)
    s["news"] = tuple(t for _, t in K.latest(NEWS_T, NEWS, when))
    s["chat"] = C.keep_or(rng, prev.get("chat"), 0.5, lambda: rng.choice(["online", "offline"]))
    return s


LABELS = {"lscache": "LiteSpeed Cache 'Page optimized' comment with build time and hash",
          "nonce": "wpApiSettings / astra nonce in inline scripts", "season": "seasonal header notice",
          "astra": "theme and WordPress versions in asset ?ver", "news": "footer latest-news list",
          "chat": "chat widget online/offline"}


def render(s, blocks, when):
    av, wv = s["astra"].split("|")
    body = K.render_blocks(blocks, tags={"h1": ' class="wp-block-heading"', "h2": ' class="wp-block-heading"',
                                         "table": ' class="has-fixed-layout"', "ul": ' class="wp-block-list"'},
                           table=lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout">'
                           '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
                               "".join("<th>%s</th>" % inl(x) for x in rows[0]),
                               "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])))
    notice = ('<div class="ast-above-header-bar"><div class="ast-builder-html-element"><p>%s</p></div></div>'
              % K.esc(s["season"])) if s["season"] else ""
    news = "".join('<li><a href="/uudised/%d/">%s</a></li>' % (NEWS.index(t) + 101, K.esc(t))
                   for n, t in enumerate(s["news"]))
    return """<!DOCTYPE html>
<html lang="et">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privaatsuspoliitika &#8211; Ringmaa Jäätmehooldus</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://www.ringmaa.ee/wp-content/themes/astra/assets/css/minified/main.min.css?ver=%(av)s" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="https://www.ringmaa.ee/wp-includes/css/dist/block-library/style.min.css?ver=%(wv)s" media="all">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5b3f1c2a-77d0-4e1b-9a55-2f0c9d1e8a41" data-culture="ET" type="text/javascript" async></script>
<script id="wp-api-request-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.ringmaa.ee\\/wp-json\\/","nonce":"%(nonce)s","versionString":"wp\\/v2\\/"};</script>
<meta name="generator" content="WordPress %(wv)s">
<meta name="generator" content="WPML ver:4.6.9 stt:15,1;">
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="privacy-policy page-template-default page page-id-3 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-%(av)s ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content">Liigu edasi sisu juurde</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
%(notice)s
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-branding ast-site-identity"><a href="https://www.ringmaa.ee/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://www.ringmaa.ee/wp-content/uploads/2021/03/ringmaa-logo.svg" class="custom-logo" alt="Ringmaa Jäätmehooldus"></a></div>
<nav class="main-header-bar-navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
<li class="menu-item"><a href="/eraklient/" class="menu-link">Eraklient</a></li><li class="menu-item"><a href="/arikliendile/" class="menu-link">Äriklient</a></li>
<li class="menu-item"><a href="/konteinerid/" class="menu-link">Konteinerite rent</a></li><li class="menu-item"><a href="/veograafik/" class="menu-link">Veograafik</a></li>
<li class="menu-item"><a href="/kontakt/" class="menu-link">Kontakt</a></li><li class="wpml-ls-menu-item"><a href="/en/privacy-policy/">EN</a></li><li class="wpml-ls-menu-item"><a href="/ru/politika-konfidencialnosti/">RU</a></li></ul></nav>
</div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="entry-content clear" itemprop="text">
%(body)s
</div>
</article>
</main></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack">
<div class="ast-builder-grid-row"><section class="footer-widget-area widget-area site-footer-focus-item"><aside class="widget widget_recent_entries"><h2 class="widget-title">Uudised</h2><ul>%(news)s</ul></aside></section>
<section class="footer-widget-area"><aside class="widget widget_text"><p>Klienditeenindus E–R 8.00–17.00<br>+372 640 2200</p></aside></section></div>
<div class="ast-footer-copyright"><p>© %(year)d Ringmaa Jäätmehooldus AS | <a href="/privaatsuspoliitika/">Privaatsuspoliitika</a> | <a href="/kupsised/">Küpsised</a></p></div></div></footer>
</div>
<div id="smartsupp-widget" class="smartsupp-widget-container" data-status="%(chat)s"></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1","nonce":"%(nonce2)s"};</script>
<script src="https://www.ringmaa.ee/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=%(av)s" id="astra-theme-js-js"></script>
<script src="https://www.ringmaa.ee/wp-includes/js/api-request.min.js?ver=%(wv)s" id="wp-api-request-js"></script>
</body>
</html>
<!-- Page optimized by LiteSpeed Cache @%(ls)s -->
<!-- Page supported by LiteSpeed Cache 6.1 on %(ls)s -->
""" % {"av": av, "wv": wv, "nonce": s["nonce"], "notice": notice, "body": body, "news": news, "year": when.year,
       "chat": s["chat"], "nonce2": s["nonce"][::-1], "ls": s["lscache"]}


PAGE = {
    "service": "Ringmaa Jäätmehooldus", "url": URL, "lang": "et", "platform": "WordPress + Astra + Gutenberg",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 4, 30), "hours": (1, 3, 5),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-content"]},
}
