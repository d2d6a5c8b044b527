"""Katsastus Kaira - fi vehicle inspection (katsastus) chain - WordPress on a Sage/Bedrock theme with ACF blocks,
WP Rocket page cache, Cookiebot, a booking teaser (free slots today per station) in the header."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.kairakatsastus.fi/tietosuojaseloste/"


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste kertoo, miten Katsastus Kaira Oy käsittelee asiakkaidensa, verkkosivujen käyttäjien ja ajanvarausjärjestelmän käyttäjien henkilötietoja EU:n yleisen tietosuoja-asetuksen (2016/679) mukaisesti.

## 1. Rekisterinpitäjä

@ Katsastus Kaira Oy (Y-tunnus 2891234-5)
@ Teknologiantie 6
@ 90590 Oulu
@ puh. 08 555 1200

## 2. Yhteyshenkilö tietosuoja-asioissa

Tietosuoja-asioissa voit ottaa yhteyttä talouspäällikkö Jari Niemeen, [tietosuoja@kairakatsastus.fi](mailto:tietosuoja@kairakatsastus.fi).

## 3. Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme henkilötietoja seuraaviin tarkoituksiin:

- katsastusten, kuntotarkastusten ja rekisteröintien suorittaminen sekä niihin liittyvä ajanvaraus;
- katsastustulosten ilmoittaminen Liikenne- ja viestintävirasto Traficomin ajoneuvoliikennerekisteriin;
- maksujen käsittely ja laskutus;
- muistutukset seuraavan määräaikaiskatsastuksen ajankohdasta;
- asiakaspalautteen käsittely ja palvelujen kehittäminen;
- suoramarkkinointi, jos olet antanut siihen suostumuksesi.

Katsastuksen suorittaminen ja tulosten ilmoittaminen perustuvat ajoneuvolakiin ja lakiin ajoneuvojen katsastustoiminnasta, eli lakisääteisen velvoitteen noudattamiseen. Ajanvaraus ja laskutus perustuvat sopimukseen, muistutukset ja palvelujen kehittäminen oikeutettuun etuumme ja suoramarkkinointi suostumukseen.

## 4. Käsiteltävät henkilötiedot

- nimi, puhelinnumero ja sähköpostiosoite;
- ajoneuvon rekisteritunnus, valmistenumero ja ajoneuvon tiedot;
- katsastuksen tai tarkastuksen tulokset, havaitut viat ja mittarilukema;
- varaus- ja maksutiedot;
- asiakaspalautteet ja yhteydenotot;
- verkkosivujen käytöstä evästeillä kerättävät tiedot.

## 5. Säännönmukaiset tietolähteet

Tiedot saadaan asiakkaalta itseltään ajanvarauksen ja asioinnin yhteydessä sekä Traficomin ajoneuvoliikennerekisteristä rekisteritunnuksen perusteella.

## 6. Tietojen luovutukset ja käsittelijät

Katsastustulokset luovutetaan Traficomille lain edellyttämällä tavalla. Tietoja voidaan luovuttaa viranomaisille lain sallimissa rajoissa. Käytämme lisäksi seuraavia henkilötietojen käsittelijöitä:

| Käsittelijä | Tehtävä | Sijainti |
| Timma Oy | Ajanvarausjärjestelmä | Suomi |
| Paytrail Oyj | Verkkomaksut | Suomi |
| Microsoft Ireland Operations Ltd | Sähköposti ja toimisto-ohjelmistot | EU/ETA |
| The Rocket Science Group LLC (Mailchimp) | Uutiskirjeet | Yhdysvallat |

Tietoja siirretään EU:n tai ETA:n ulkopuolelle vain, jos siirrolle on tietosuoja-asetuksen mukainen peruste, kuten Euroopan komission vakiosopimuslausekkeet tai EU–Yhdysvallat-tietosuojakehys.

## 7. Tietojen säilytysaika

Katsastustietoja säilytetään 5 vuotta katsastuksesta. Ajanvaraustiedot poistetaan 12 kuukauden kuluttua varatusta ajasta. Kirjanpitoaineistoa säilytetään kirjanpitolain mukaisesti 10 vuotta. Markkinointirekisterin tiedot poistetaan, kun peruutat suostumuksesi.

## 8. Tietojen suojaus

Henkilötietoja käsittelevät vain ne työntekijämme, jotka tarvitsevat tietoja työtehtävissään. Järjestelmät on suojattu palomuurein, salasanoin ja käyttöoikeuksien hallinnalla, ja tietoliikenne on salattu.

## 9. Rekisteröidyn oikeudet

Sinulla on oikeus tarkastaa itseäsi koskevat tiedot, vaatia virheellisten tietojen oikaisemista, vaatia tietojen poistamista tai käsittelyn rajoittamista, vastustaa käsittelyä sekä siirtää tiedot järjestelmästä toiseen. Lakisääteisesti Traficomille ilmoitettuja katsastustietoja emme voi poistaa.

Pyynnöt voi lähettää sähköpostitse osoitteeseen [tietosuoja@kairakatsastus.fi](mailto:tietosuoja@kairakatsastus.fi). Sinulla on myös oikeus tehdä valitus [tietosuojavaltuutetun toimistolle](https://tietosuoja.fi).
"""

EDITS = [
    {"note": "privacy contact person changed (Jari Niemi -> Sanna Laaksonen), no new date", "bump": False,
     "repl": [("talouspäällikkö Jari Niemeen", "laatupäällikkö Sanna Laaksoseen")]},
    {"note": "new section on recording camera surveillance in the inspection halls",
     "repl": [("## 8. Tietojen suojaus",
               "## 7 a. Kameravalvonta\n\nKatsastusasemiemme halleissa ja pihoilla on tallentava kameravalvonta "
               "henkilöiden ja omaisuuden turvaamiseksi sekä katsastuksen laadun varmistamiseksi. Tallenteita "
               "säilytetään enintään 30 päivää, ellei niitä tarvita rikoksen tai vahingon selvittämiseen.\n\n"
               "## 8. Tietojen suojaus")]},
    {"note": "processor replaced: Mailchimp (US) -> Brevo (France)",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Uutiskirjeet | Yhdysvallat |",
               "| Sendinblue SAS (Brevo) | Uutiskirjeet | Ranska |")]},
    {"note": "inspection data retention 5 -> 6 years",
     "repl": [("Katsastustietoja säilytetään 5 vuotta katsastuksesta.",
               "Katsastustietoja säilytetään 6 vuotta katsastuksesta.")]},
    {"note": "controller moved within Oulu, new phone number",
     "repl": [("@ Teknologiantie 6\n@ 90590 Oulu\n@ puh. 08 555 1200",
               "@ Äimäkuja 3\n@ 90400 Oulu\n@ puh. 020 741 2200")]},
]

STATIONS = ["Oulu Limingantulli", "Oulu Ritaharju", "Kempele", "Kemi", "Raahe"]
NEWS = ["Katsastusvälit muuttuivat – tarkista omasi", "Kesäajan aukioloajat asemillamme",
        "Uusi asema avattu Kempeleeseen", "Sähköauton katsastus – mitä tarkastetaan?",
        "Talvirenkaat pakolliset 1.12. alkaen", "Mopoauton katsastus keväällä",
        "Kuntotarkastus ennen auton ostoa kannattaa", "Ajanvaraus nyt myös lauantaisin"]


def campaign(when):
    d = when.date()
    if d.month in (4, 5):
        return "kevat", "Kevätkampanja: henkilöauton määräaikaiskatsastus 59 € (norm. 69 €)"
    if d.month in (9, 10):
        return "syksy", "Ennen talvea: katsastus + pakokaasumittaus samalla käynnillä"
    return "", ""


def noise(rng, when, i, prev):
    prev = prev or {}
    cached = when - dt.timedelta(minutes=rng.randint(3, 590))
    s = {"rocket": (C.epoch(cached), C.hexs(rng, 10))}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.2, lambda: (C.hexs(rng, 8), C.hexs(rng, 8)))
    loc, _ = K.local(cached, "fi")
    if loc.hour >= 17 or loc.weekday() == 6:
        s["slots"] = None
    else:
        s["slots"] = tuple(rng.choice([0, 0, 1, 2, 3, 4, 6]) for _ in STATIONS[:3])
    s["campaign"] = campaign(when)
    s["news"] = C.keep_or(rng, prev.get("news"), 0.4, lambda: K.pick(rng, NEWS, 3))
    return s


LABELS = {"rocket": "WP Rocket 'cached@' time and the wpApiSettings nonce baked into each cached copy",
          "build": "Sage theme asset hashes (app.*.js / app.*.css) on deploys",
          "slots": "header teaser: free inspection slots today per station",
          "campaign": "seasonal campaign ribbon", "news": "footer 'Ajankohtaista' latest posts"}


def render(s, blocks, when):
    cached_at, nonce = s["rocket"]
    hjs, hcss = s["build"]
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:], tags={"table": ' class="has-fixed-layout"'},
                           table=lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
                               "".join("<th>%s</th>" % inl(x) for x in rows[0]),
                               "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])),
                           heading=lambda k, t, inl: '<%s class="wp-block-heading">%s</%s>' % (k, inl(t), k),
                           lst=lambda k, items, inl: '<%s class="wp-block-list">%s</%s>' % (
                               k, "".join("<li>%s</li>" % inl(x) for x in items), k))
    if s["slots"] is None:
        slots = '<p class="booking-teaser__closed">Asemat ovat kiinni. Varaa aika huomiselle verkossa.</p>'
    else:
        slots = '<ul class="booking-teaser__list">%s</ul>' % "".join(
            '<li><span class="station">%s</span> <span class="count">%s</span></li>'
            % (STATIONS[n], "%d vapaata aikaa" % c if c else "täynnä") for n, c in enumerate(s["slots"]))
    ck, ctext = s["campaign"]
    ribbon = ('<div class="campaign-ribbon campaign-ribbon--%s"><p>%s</p><a href="/ajanvaraus/">Varaa aika</a></div>'
              % (ck, C.esc(ctext))) if ck else ""
    news = "".join('<li><a href="/ajankohtaista/%d/">%s</a></li>' % (k + 40, C.esc(NEWS[k])) for k in s["news"])
    return ('<!doctype html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="x-ua-compatible" content="ie=edge">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5c0e1a7b-2f3d-4e5a-9b8c-7d6e5f4a3b2c" data-blockingmode="auto" type="text/javascript"></script>\n'
            '<title>Tietosuojaseloste - Katsastus Kaira</title>\n<meta name="robots" content="index, follow, max-image-preview:large">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" id="sage/app.css-css" href="https://www.kairakatsastus.fi/app/themes/kaira/dist/styles/app.%s.css" media="all">\n'
            '<script id="wp-api-request-js-extra">\nvar wpApiSettings = {"root":"https:\\/\\/www.kairakatsastus.fi\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};\n</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive tietosuojaseloste">\n'
            '<a class="sr-only focus:not-sr-only" href="#main">Siirry sisältöön</a>\n%s'
            '<header class="banner"><div class="container banner__inner"><a class="brand" href="https://www.kairakatsastus.fi/">'
            '<img src="/app/themes/kaira/dist/images/kaira-logo.svg" alt="Katsastus Kaira"></a>'
            '<nav class="nav-primary" aria-label="Päävalikko"><ul id="menu-paavalikko" class="nav"><li class="menu-item"><a href="/katsastus/">Katsastus</a></li>'
            '<li class="menu-item"><a href="/hinnasto/">Hinnasto</a></li><li class="menu-item"><a href="/asemat/">Asemat</a></li>'
            '<li class="menu-item"><a href="/yrityksille/">Yrityksille</a></li><li class="menu-item"><a href="/ota-yhteytta/">Ota yhteyttä</a></li></ul></nav>'
            '<div class="booking-teaser"><p class="booking-teaser__title">Vapaat ajat tänään</p>%s<a class="btn btn--primary" href="/ajanvaraus/">Varaa aika</a></div>'
            '</div></header>\n<div class="wrap container" role="document"><div class="content"><main class="main" id="main">\n'
            '<article class="post-3 page type-page status-publish hentry">\n<header class="entry-header"><h1 class="entry-title">%s</h1></header>\n'
            '<div class="entry-content">\n%s\n</div>\n</article>\n</main></div></div>\n'
            '<footer class="content-info"><div class="container"><section class="widget latest-posts"><h3>Ajankohtaista</h3><ul>%s</ul></section>'
            '<section class="widget contact"><h3>Asiakaspalvelu</h3><p>ma–pe 8–17</p></section>'
            '<p class="copyright">© %d Katsastus Kaira Oy · <a href="/tietosuojaseloste/">Tietosuojaseloste</a> · '
            '<a href="javascript:Cookiebot.renew()">Evästeasetukset</a></p></div></footer>\n'
            '<script src="https://www.kairakatsastus.fi/app/themes/kaira/dist/scripts/app.%s.js" id="sage/app.js-js"></script>\n'
            '</body>\n</html>\n<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. '
            'Learn more: https://wp-rocket.me - Debug: cached@%d -->\n'
            % (URL, hcss, nonce, ribbon, slots, C.esc(title), body, news, when.year, hjs, cached_at))


PAGE = {
    "service": "Katsastus Kaira", "url": URL, "lang": "fi-FI", "platform": "WordPress (Sage theme, ACF) + WP Rocket",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 6, 30), "hours": (3, 9, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.page .entry-title", "article.page .entry-content"]},
}
