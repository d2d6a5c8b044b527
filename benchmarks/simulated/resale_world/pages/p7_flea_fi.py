"""Kirppis Kiertokulma - fi self-service flea market chain (myyntipöytien vuokraus) - WordPress + GeneratePress,
Jetpack (sharing buttons and related posts appended inside .entry-content), a table-booking shortcode widget in
the page content, Cookiebot."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://kiertokulma.fi/tietosuojaseloste/"


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä on EU:n yleisen tietosuoja-asetuksen (GDPR) mukainen rekisteri- ja tietosuojaseloste Kirppis Kiertokulman myyjä- ja asiakasrekisteristä. Kiertokulma on itsepalvelukirpputori, jossa myyjät vuokraavat myyntipöydän ja me hoidamme myynnin ja tilitykset.

## Rekisterinpitäjä

@ Kiertokulma Oy (Y-tunnus 2984417-5)
@ Hatanpään valtatie 34
@ 33100 Tampere
@ puh. 03 225 7710

## Yhteyshenkilö rekisteriä koskevissa asioissa

Rekisteriä koskevissa asioissa voit olla yhteydessä sähköpostitse osoitteeseen [tietosuoja@kiertokulma.fi](mailto:tietosuoja@kiertokulma.fi). Yhteyshenkilönä toimii toimitusjohtaja Sari Lehtinen.

## Rekisterin nimi

Kiertokulman myyjärekisteri ja verkkokaupan asiakasrekisteri.

## Henkilötietojen käsittelyn tarkoitus ja oikeusperuste

Käsittelemme henkilötietoja myyntipöytävarausten hallintaan, myyjien myyntien seurantaan ja tilityksiin, asiakasviestintään sekä lakisääteisten kirjanpitovelvoitteiden täyttämiseen. Käsittely perustuu myyjän kanssa tehtyyn sopimukseen, lakisääteiseen velvoitteeseen ja uutiskirjeen osalta suostumukseen.

## Rekisterin tietosisältö

Rekisteriin tallennetaan seuraavat tiedot:

- nimi, puhelinnumero ja sähköpostiosoite;
- pankkitilinumero tilityksiä varten;
- pöytävaraukset, myyjätunnus ja myyntitapahtumat;
- asiakaspalveluun lähetetyt viestit;
- verkkosivuston käyttöä koskevat tiedot, kuten IP-osoite ja evästetiedot.

## Säännönmukaiset tietolähteet

Tiedot saadaan myyjältä itseltään varauksen ja myyjäksi rekisteröitymisen yhteydessä sekä kassajärjestelmästä myyntien yhteydessä.

## Tietojen luovutukset ja siirrot

Tietoja ei luovuteta ulkopuolisille muutoin kuin lain edellyttämissä tapauksissa. Käytämme henkilötietojen käsittelyssä seuraavia palveluntarjoajia:

| Palveluntarjoaja | Käyttötarkoitus |
| Vilkas Group Oy | Kassajärjestelmä ja myyjäportaali |
| Zoner Oy | Verkkosivujen ja sähköpostin palvelin |
| Paytrail Oyj | Verkkomaksut |
| The Rocket Science Group LLC (Mailchimp) | Uutiskirje |

Mailchimpin osalta tietoja siirretään Yhdysvaltoihin. Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.

## Tietojen säilytys

Myyjätietoja säilytetään niin kauan kuin myyjätunnus on käytössä ja sen jälkeen kaksi vuotta. Kirjanpitoon liittyviä tositteita säilytetään kirjanpitolain mukaisesti kuusi vuotta. Kameravalvonnan tallenteita säilytetään enintään 30 vuorokautta.

## Rekisterin suojaus

Sähköiset tiedot on suojattu käyttäjätunnuksin ja salasanoin, ja niihin on pääsy vain niillä työntekijöillä, jotka tarvitsevat tietoja työssään. Paperiset sopimukset säilytetään lukitussa tilassa.

## Rekisteröidyn oikeudet

Sinulla on oikeus tarkastaa itseäsi koskevat tiedot, vaatia virheellisten tietojen korjaamista ja tietojen poistamista sekä peruuttaa antamasi suostumus. Sinulla on myös oikeus tehdä valitus tietosuojavaltuutetun toimistolle.

## Evästeet

Verkkosivustollamme käytetään evästeitä sivuston toiminnan varmistamiseen ja kävijämäärien seurantaan. Analytiikka- ja markkinointievästeitä käytetään vain, jos olet antanut niihin suostumuksesi evästebannerissa. Voit muuttaa evästeasetuksiasi milloin tahansa sivun alalaidan linkistä.

## Myyjäportaali

Myyjäportaaliin kirjaudutaan myyjätunnuksella ja salasanalla. Portaalissa näet myyntisi reaaliajassa, voit tulostaa hintalaput ja pyytää tilitystä. Portaalin lokitietoja säilytetään kuusi kuukautta väärinkäytösten selvittämiseksi.
"""

EDITS = [
    {"note": "contact person changed (Sari Lehtinen -> Jukka Mäkelä, tietosuojavastaava)",
     "repl": [("Yhteyshenkilönä toimii toimitusjohtaja Sari Lehtinen.",
               "Yhteyshenkilönä toimii tietosuojavastaava Jukka Mäkelä.")]},
    {"note": "processor replaced: Mailchimp -> Flowdesk (Finnish), US transfer paragraph removed",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Uutiskirje |", "| Flowdesk Oy | Uutiskirje |"),
              ("\n\nMailchimpin osalta tietoja siirretään Yhdysvaltoihin. Siirto perustuu EU:n ja Yhdysvaltojen "
               "väliseen tietosuojakehykseen.", "")]},
    {"note": "sellers' data retention 2 -> 3 years",
     "repl": [("on käytössä ja sen jälkeen kaksi vuotta.", "on käytössä ja sen jälkeen kolme vuotta.")]},
    {"note": "list item added: MobilePay number for settlements",
     "repl": [("- pankkitilinumero tilityksiä varten;", "- pankkitilinumero tilityksiä varten;\n"
               "- MobilePay-puhelinnumero, jos valitset tilityksen MobilePayhin;")]},
    {"note": "new section on CCTV (the retention sentence existed without a section)",
     "repl": [("## Rekisterin suojaus", "## Kameravalvonta\n\nMyymälöissämme on tallentava kameravalvonta "
               "varkauksien ehkäisemiseksi ja myyjien tavaroiden suojaamiseksi. Kameravalvonnasta ilmoitetaan "
               "myymälän sisäänkäynnillä.\n\n## Rekisterin suojaus")]},
    {"note": "words inserted without a new date (data collected from sellers and customers)", "bump": False,
     "repl": [("Rekisteriin tallennetaan seuraavat tiedot:", "Rekisteriin tallennetaan myyjistä ja asiakkaista "
               "seuraavat tiedot:")]},
]

POSTS = [("Joulukirppis avautuu", "joulukirppis"), ("Uusi myymälä Lielahteen", "uusi-myymala-lielahti"),
         ("Näin hinnoittelet lastenvaatteet", "hinnoittelu-lastenvaatteet"), ("Kevään pöytäkampanja", "kevatkampanja"),
         ("Kiertokulma täyttää 10 vuotta", "10-vuotta"), ("Myyjäportaali uudistui", "myyjaportaali"),
         ("Kesän aukioloajat", "kesan-aukioloajat"), ("Kierrätysviikko: tuo tekstiilit", "kierratysviikko")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["ver"] = K.stamp(rng, prev.get("ver"), 0.25, when)
    s["tables"] = (rng.randint(0, 14), rng.randint(0, 9), rng.randint(2, 22))
    nposts = min(len(POSTS), 3 + (when.year - 2022) + (1 if when.month > 6 else 0))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.5, lambda: tuple(rng.sample(range(nposts), 3)))
    s["hours"] = "10-19" if when.weekday() < 5 else ("10-16" if when.weekday() == 5 else "12-16")
    return s


LABELS = {"nonce": "wpApiSettings / jetpack nonces", "ver": "plugin and theme ?ver after updates",
          "tables": "'Vapaat myyntipöydät' booking widget (INSIDE .entry-content)",
          "related": "Jetpack related posts (INSIDE .entry-content)", "hours": "header 'Avoinna tänään' hours"}


def render(s, blocks, when):
    t1, t2, t3 = s["tables"]
    body = C.render_blocks(blocks[1:], sep="\n")
    widget = ('<div class="kk-poytavaraus-tilanne"><h3>Vapaat myyntipöydät ensi viikolla</h3><ul><li>Hervanta: %d</li>'
              '<li>Lielahti: %d</li><li>Hatanpää: %d</li></ul><p><a class="wp-block-button__link" href="/varaa-poyta/">'
              'Varaa pöytä</a></p></div>' % (t1, t2, t3))
    rel = "".join('<div class="jp-relatedposts-post jp-relatedposts-post%d" data-post-id="%d" data-post-format="false">'
                  '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/%s/">%s</a></h4>'
                  '</div>' % (n, 300 + k, POSTS[k][1], C.esc(POSTS[k][0])) for n, k in enumerate(s["related"]))
    n1, n2 = s["nonce"]
    ver = s["ver"]
    return ('<!DOCTYPE html>\n<html lang="fi">\n<head>\n<meta charset="UTF-8">\n'
            '<title>Tietosuojaseloste &#8211; Kirppis Kiertokulma</title>\n'
            '<link rel="stylesheet" id="generate-style-css" href="https://kiertokulma.fi/wp-content/themes/generate'
            'press/assets/css/main.min.css?ver=%s" media="all" />\n'
            '<link rel="stylesheet" id="jetpack_css-css" href="https://kiertokulma.fi/wp-content/plugins/jetpack/css/'
            'jetpack.css?ver=%s" media="all" />\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8f1d6a44-2c1b-4b7e-9d0a-'
            '3b5e7c2a1f90" data-blockingmode="auto" type="text/javascript"></script>\n</head>\n'
            '<body class="page-template-default page page-id-212 wp-embed-responsive right-sidebar nav-float-right '
            'separate-containers header-aligned-left" itemtype="https://schema.org/WebPage" itemscope>\n'
            '<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="text-3" '
            'class="widget inner-padding widget_text"><div class="textwidget"><p>Avoinna tänään %s</p></div></aside>'
            '</div></div>\n<header class="site-header" id="masthead"><div class="inside-header grid-container">'
            '<div class="site-logo"><a href="https://kiertokulma.fi/" rel="home"><img class="header-image" alt="Kirppis'
            ' Kiertokulma" src="/wp-content/uploads/2021/03/kiertokulma-logo.png" /></a></div>'
            '<nav class="main-navigation'
            '" id="site-navigation"><div class="inside-navigation"><ul id="menu-paavalikko" class="menu sf-menu"><li>'
            '<a href="/varaa-poyta/">Varaa pöytä</a></li><li><a href="/myymalat/">Myymälät</a></li><li><a href="/'
            'hinnasto/">Hinnasto</a></li><li><a href="/ajankohtaista/">Ajankohtaista</a></li></ul></div></nav></div>'
            '</header>\n<div class="site grid-container container hfeed" id="page"><div class="site-content" '
            'id="content"><div class="content-area" id="primary"><main class="site-main" id="main">\n'
            '<article id="post-212" class="post-212 page type-page status-publish" itemtype="https://schema.org/'
            'CreativeWork" itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" '
            'itemprop="headline">%s</h1></header>\n<div class="entry-content" itemprop="text">\n%s\n%s\n'
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon'
            '-text sd-sharing"><h3 class="sd-title">Jaa tämä:</h3><div class="sd-content"><ul><li class="share-facebook'
            '"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://kierto'
            'kulma.fi/tietosuojaseloste/?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="'
            'share-end"></li></ul></div></div></div>\n'
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Aiheeseen '
            'liittyy</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">%s</div></div>\n'
            '</div></div></article>\n</main></div>\n'
            '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
            '<aside id="block-4" class="widget inner-padding widget_block"><p>Myyntipöytä alkaen 19 € / viikko</p>'
            '</aside></div></div></div></div>\n'
            '<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div '
            'class="copyright-bar">&copy; %d Kiertokulma Oy</div></div></footer></div>\n'
            '<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );'
            '</script>\n'
            '<script id="jetpack-stats-js-before">_stq = window._stq || [];_stq.push([ "view", JSON.parse("{\\"v\\":'
            '\\"ext\\",\\"blog\\":\\"198733215\\",\\"post\\":\\"212\\",\\"tz\\":\\"2\\",\\"srv\\":\\"kiertokulma.fi\\",'
            '\\"j\\":\\"1:13.1\\"}") ]);</script>\n'
            '<script src="https://kiertokulma.fi/wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.'
            'js?ver=%s" id="jetpack_related-posts-js"></script>\n'
            '<script id="sharing-js-js-extra">var sharing_js_options = {"lang":"fi","counts":"1","is_stats_active":"1",'
            '"nonce":"%s"};</script>\n</body>\n</html>\n'
            % (ver, ver, s["hours"], C.esc(blocks[0][1]), body, widget, rel, when.year, n1, ver, n2))


PAGE = {
    "service": "Kirppis Kiertokulma", "url": URL, "lang": "fi-FI", "platform": "WordPress + GeneratePress + Jetpack",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 3, 31), "hours": (4, 10, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.entry-title", ".entry-content"],
                    "remove": [".kk-poytavaraus-tilanne", ".sharedaddy", "#jp-relatedposts"]},
}
