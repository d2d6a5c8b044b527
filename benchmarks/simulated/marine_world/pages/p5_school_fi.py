"""Saariston Purjehduskoulu (Finnish), a sailing school in Helsinki: Drupal 10 with an agency-built theme
('saaristo'), Paragraphs and Views, Simplenews in the footer, EU Cookie Compliance. The privacy statement is a basic
page node; its title is the page-title block, and its body is followed, inside the node content, by an 'upcoming
courses' paragraph (a Views block listing the next courses and their free places) that editors add to every page."""
import base64
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste kertoo, miten Saariston Purjehduskoulu Oy käsittelee kurssilaisten, asiakkaiden ja verkkosivujen käyttäjien henkilötietoja. Seloste on laadittu EU:n yleisen tietosuoja-asetuksen (2016/679) ja tietosuojalain (1050/2018) mukaisesti.

## 1. Rekisterinpitäjä

@ Saariston Purjehduskoulu Oy (Y-tunnus 2871456-3)
@ Merisatamanranta 10
@ 00150 Helsinki
@ Puhelin 040 718 2290
@ [toimisto@saaristonpurjehduskoulu.fi](mailto:toimisto@saaristonpurjehduskoulu.fi)

## 2. Yhteyshenkilö tietosuoja-asioissa

Tietosuojaan liittyvissä kysymyksissä voit ottaa yhteyttä koulun toiminnanjohtajaan osoitteessa [tietosuoja@saaristonpurjehduskoulu.fi](mailto:tietosuoja@saaristonpurjehduskoulu.fi).

## 3. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste

Käsittelemme henkilötietoja purjehduskurssien, yritystapahtumien ja venevuokrauksen järjestämiseksi, kurssimaksujen laskuttamiseksi, kurssitodistusten myöntämiseksi sekä asiakasviestintään. Käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen. Laskutustietoja säilytämme kirjanpitolain velvoitteiden vuoksi.

Uutiskirjeen lähetämme vain niille, jotka ovat antaneet siihen suostumuksensa. Kursseilla otettuja valokuvia julkaisemme verkkosivuilla ja sosiaalisessa mediassa vain kuvattavan luvalla.

## 4. Käsiteltävät henkilötiedot

- nimi, syntymäaika, osoite, puhelinnumero ja sähköpostiosoite
- alaikäisen kurssilaisen huoltajan nimi ja yhteystiedot
- tiedot aiemmasta purjehduskokemuksesta ja suoritetuista kursseista
- ilmoittautumis-, maksu- ja laskutustiedot
- suoritettujen tutkintojen ja todistusten (esim. Saaristolaivuri, ICC) tiedot
- verkkosivujen käyttöä koskevat tiedot evästeiden avulla

## 5. Säännönmukaiset tietolähteet

Tiedot saadaan asiakkaalta itseltään ilmoittautumisen yhteydessä, kurssin aikana sekä verkkosivujen kautta. Yritystapahtumien osallistujatiedot saadaan tilaajayritykseltä.

## 6. Tietojen säännönmukaiset luovutukset ja käsittelijät

Tietoja ei luovuteta ulkopuolisille markkinointitarkoituksiin. Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuumme:

- Holvi Payment Services Oy (laskutus ja maksut)
- Mailchimp, The Rocket Science Group LLC (uutiskirje)
- Wunder Finland Oy (verkkosivujen ylläpito)
- Visma Solutions Oy (kirjanpito)

Suomen Purjehdus ja Veneily ry:lle ilmoitetaan suoritetut Saaristolaivuri- ja ICC-kurssit todistusten myöntämistä varten.

## 7. Tietojen siirto EU:n tai ETA:n ulkopuolelle

Uutiskirjepalvelumme Mailchimp käsittelee tietoja Yhdysvalloissa. Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (EU–US Data Privacy Framework).

## 8. Tietojen säilytysaika

Ilmoittautumistiedot poistetaan 3 vuoden kuluttua viimeisestä kurssista. Kurssitodistusten tiedot säilytetään pysyvästi, jotta voimme tarvittaessa antaa todistuksesta kopion. Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti 6 vuotta.

## 9. Rekisterin suojauksen periaatteet

Sähköisesti käsiteltävät tiedot on suojattu käyttäjätunnuksin ja salasanoin, ja niihin on pääsy vain niillä rekisterinpitjän työntekijöillä, jotka tarvitsevat tietoja työssään. Paperiset ilmoittautumislomakkeet säilytetään lukitussa tilassa.

## 10. Rekisteröidyn oikeudet

Sinulla on oikeus tarkastaa sinusta tallennetut tiedot, vaatia virheellisten tietojen korjaamista ja tietojesi poistamista, rajoittaa tietojen käsittelyä sekä siirtää tietosi järjestelmästä toiseen. Voit peruuttaa antamasi suostumuksen milloin tahansa. Pyynnöt voi lähettää yllä mainittuun sähköpostiosoitteeseen.

Sinulla on myös oikeus tehdä valitus tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).
"""

EDITS = [
    {"note": "processor list item added: Eventilla (course registrations)",
     "repl": [("- Holvi Payment Services Oy (laskutus ja maksut)",
               "- Eventilla Oy (kurssi-ilmoittautumiset)\n- Holvi Payment Services Oy (laskutus ja maksut)")]},
    {"note": "words inserted in a list item: the junior sailor's swimming ability",
     "repl": [("- alaikäisen kurssilaisen huoltajan nimi ja yhteystiedot",
               "- alaikäisen kurssilaisen huoltajan nimi ja yhteystiedot sekä tieto kurssilaisen uimataidosta")]},
    {"note": "typo fixed (rekisterinpitjän), date unchanged", "bump": False,
     "repl": [("niillä rekisterinpitjän työntekijöillä", "niillä rekisterinpitäjän työntekijöillä")]},
    {"note": "registration data retention shortened from 3 to 2 years",
     "repl": [("poistetaan 3 vuoden kuluttua", "poistetaan 2 vuoden kuluttua")]},
    {"note": "controller's phone number changed",
     "repl": [("@ Puhelin 040 718 2290", "@ Puhelin 09 4150 2210")]},
    {"note": "newsletter processor replaced (Mailchimp -> LianaMailer), section 7 rewritten: no transfers",
     "repl": [("- Mailchimp, The Rocket Science Group LLC (uutiskirje)", "- Liana Technologies Oy (uutiskirje)"),
              ("Uutiskirjepalvelumme Mailchimp käsittelee tietoja Yhdysvalloissa. Siirto perustuu EU:n ja "
               "Yhdysvaltojen väliseen tietosuojakehykseen (EU–US Data Privacy Framework).",
               "Emme siirrä henkilötietoja EU:n tai ETA:n ulkopuolelle. Kaikki käyttämämme palveluntarjoajat "
               "käsittelevät tietoja EU:n alueella.")]},
]


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


SUMMER = [("Purjehduksen peruskurssi", "3 päivää", 8, 490), ("Peruskurssi iltaisin", "5 iltaa", 8, 420),
          ("Purjehduksen jatkokurssi", "3 päivää", 6, 540), ("Juniorileiri 10–15-vuotiaille", "5 päivää", 12, 395),
          ("Naisten purjehduskurssi", "2 päivää", 6, 360), ("Saaristolaivuri, käytännön kurssi", "4 päivää", 5, 690),
          ("Spinaakkerikurssi", "1 päivä", 6, 180)]
WINTER = [("Saaristolaivuri-teoriakurssi", "10 iltaa, etäopetus", 30, 260),
          ("Rannikkolaivuri-teoriakurssi", "12 iltaa, etäopetus", 30, 320),
          ("VHF-radiokurssi (SRC)", "2 iltaa", 16, 140), ("Ensiapukurssi veneilijöille", "1 päivä", 16, 150),
          ("Talvipurjehdusklinikka", "1 ilta", 40, 35)]
PLACES = ["Merisatama", "Suomenlinna", "Lauttasaari", "Etä (Teams)"]


def _courses(rng, loc):
    d = loc.date()
    out = []
    start = d + dt.timedelta(days=rng.randint(3, 9))
    for n in range(3):
        summer = 5 <= start.month <= 8 or (start.month == 9 and start.day < 15)
        name, dur, cap, price = rng.choice(SUMMER if summer else WINTER)
        place = "Etä (Teams)" if "etä" in dur else rng.choice(PLACES[:3])
        free = max(0, min(cap, int(rng.gauss(cap * 0.35, cap * 0.25))))
        out.append((start.isoformat(), name, dur, place, free, cap, price))
        start += dt.timedelta(days=rng.randint(2, 10))
    return tuple(out)


def _notice(loc):
    d = loc.date()
    y = d.year
    if dt.date(y, 12, 10) <= d or d <= dt.date(y, 1, 6):
        return ("Toimisto on suljettu 22.12.–6.1. Hyvää joulua ja purjehduskautta %d!" % (y + (d.month == 12)),
                "/yhteystiedot")
    if dt.date(y, 1, 20) <= d <= dt.date(y, 3, 31):
        return ("Kesän %d kurssit on julkaistu – varaa paikkasi ajoissa!" % y, "/kurssit")
    if dt.date(y, 5, 1) <= d <= dt.date(y, 5, 20):
        return ("Veneet vesille lauantaina 11.5. – tervetuloa talkoisiin!", "/ajankohtaista")
    if dt.date(y, 11, 1) <= d <= dt.date(y, 12, 9):
        return ("Anna lahjaksi purjehduskurssi – lahjakortit verkkokaupasta", "/lahjakortit")
    return None


def _b64url(rng, n):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "eet")
    return {
        "form_build_id": "form-" + _b64url(rng, 32),
        "view_dom_id": C.hexs(rng, 64),
        "courses": _courses(rng, loc),
        "notice": _notice(loc),
        "aggregates": C.keep_or(rng, p.get("aggregates"), 0.2, lambda: (_b64url(rng, 32), _b64url(rng, 32))),
        "year": loc.year,
    }


LABELS = {
    "form_build_id": "Simplenews footer form's form_build_id per request",
    "view_dom_id": "Views js-view-dom-id / drupalSettings views_dom_id per render",
    "courses": "'Tulevat kurssit' paragraph (next courses, free places) inside the node",
    "notice": "site-wide notice block in the highlighted region",
    "aggregates": "CSS/JS aggregate hashes (cache rebuild, deploy)",
    "year": "footer copyright year",
}

WEEKDAY = ["ma", "ti", "ke", "to", "pe", "la", "su"]


def _course_rows(courses):
    rows = []
    for n, (start, name, dur, place, free, cap, price) in enumerate(courses):
        d = dt.date.fromisoformat(start)
        status = ('<span class="kurssi__paikat kurssi__paikat--taynna">Täynnä – ilmoittaudu jonoon</span>'
                  if free == 0 else '<span class="kurssi__paikat">Vapaita paikkoja %d/%d</span>' % (free, cap))
        rows.append("""<div class="views-row"><article class="kurssi kurssi--teaser">
  <h3 class="kurssi__otsikko"><a href="/kurssit/%(slug)s-%(ymd)s" hreflang="fi">%(name)s</a></h3>
  <div class="kurssi__tiedot"><time datetime="%(start)sT12:00:00Z">%(wd)s %(d)d.%(m)d.%(y)d</time> · %(dur)s · %(place)s · %(price)d €</div>
  %(status)s
</article></div>""" % {"slug": K.slug(name), "ymd": d.strftime("%Y%m%d"), "name": K.esc(name), "start": start,
                       "wd": WEEKDAY[d.weekday()], "d": d.day, "m": d.month, "y": d.year, "dur": K.esc(dur),
                       "place": K.esc(place), "price": price, "status": status})
    return "\n".join(rows)


def render(state, blocks, when):
    css_h, js_h = state["aggregates"]
    fbid = state["form_build_id"]
    dom = state["view_dom_id"]
    title, rest = K.title_and_rest(blocks)
    addr = [b for b in rest if b[0] == "addr"][0][1]
    phone = [x for x in addr if x.startswith("Puhelin")][0]
    body = K.render_blocks(rest, addr=lambda lines, inl: "<p>%s</p>" % "<br>\n".join(inl(x) for x in lines))
    notice = ""
    if state["notice"]:
        text, url = state["notice"]
        notice = """  <div class="region region-highlighted">
    <div id="block-saaristo-tiedote" class="block block-block-content block-block-content-4f1e2d3c-5b6a-4798-8a1b-2c3d4e5f6a7b">
      <div class="tiedote"><p><a href="%s">%s</a></p></div>
    </div>
  </div>
""" % (url, K.esc(text))
    include = "eJxdjlEKwyAQRC9k9EiyxokR1lRcbfT2FUpC6M8M85gHwyjhJzgLc4YcvSu-7TXfL9Bu3NuJAq8ytvYdt0Ys2GmkHm8gW22jZMiUbbVUOCtu_SW8F9HRPqwsjnZrWnCw_ouYdOxf8GxYzLCc"
    doc = """<!DOCTYPE html>
<html lang="fi" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="https://www.saaristonpurjehduskoulu.fi/tietosuojaseloste" />
<meta property="og:site_name" content="Saariston Purjehduskoulu" />
<meta property="og:title" content="Tietosuojaseloste" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/saaristo/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>Tietosuojaseloste | Saariston Purjehduskoulu</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css_h)s.css?delta=0&amp;language=fi&amp;theme=saaristo&amp;include=%(include)s" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css_h2)s.css?delta=1&amp;language=fi&amp;theme=saaristo&amp;include=%(include)s" />

    <script src="https://plausible.io/js/script.js" data-domain="saaristonpurjehduskoulu.fi" defer></script>
  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Siirry pääsisältöön
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
%(notice)s
  <header role="banner" class="site-header">
    <div class="region region-header">
    <div id="block-saaristo-site-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/saaristo/logo.svg" alt="Etusivu" fetchpriority="high" /></a>
  </div>
<nav role="navigation" aria-labelledby="block-saaristo-main-menu-menu" id="block-saaristo-main-menu" class="block block-menu navigation menu--main">
  <h2 class="visually-hidden" id="block-saaristo-main-menu-menu">Päävalikko</h2>
  <ul class="menu">
    <li class="menu-item menu-item--expanded"><a href="/kurssit" data-drupal-link-system-path="node/4">Kurssit</a></li>
    <li class="menu-item"><a href="/juniorit" data-drupal-link-system-path="node/5">Juniorit</a></li>
    <li class="menu-item"><a href="/yritystapahtumat" data-drupal-link-system-path="node/6">Yritystapahtumat</a></li>
    <li class="menu-item"><a href="/veneet" data-drupal-link-system-path="node/7">Veneet</a></li>
    <li class="menu-item"><a href="/lahjakortit" data-drupal-link-system-path="node/8">Lahjakortit</a></li>
    <li class="menu-item"><a href="/yhteystiedot" data-drupal-link-system-path="node/9">Yhteystiedot</a></li>
  </ul>
</nav>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-saaristo-kielivalitsin" role="navigation">
  <ul class="links"><li hreflang="fi" data-drupal-link-system-path="node/27" class="fi is-active" aria-current="page"><a href="/tietosuojaseloste" class="language-link is-active" hreflang="fi" data-drupal-link-system-path="node/27" aria-current="page">FI</a></li><li hreflang="sv" data-drupal-link-system-path="node/27" class="sv"><a href="/sv/dataskyddsbeskrivning" class="language-link" hreflang="sv" data-drupal-link-system-path="node/27">SV</a></li><li hreflang="en" data-drupal-link-system-path="node/27" class="en"><a href="/en/privacy-notice" class="language-link" hreflang="en" data-drupal-link-system-path="node/27">EN</a></li></ul>
</div>

  </div>

  </header>

  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-saaristo-page-title" class="block block-core block-page-title-block">
  
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(title)s</span>
</h1>


  </div>
<div id="block-saaristo-content" class="block block-system block-system-main-block">
  
<article data-history-node-id="27" class="node node--type-page node--view-mode-full">

  
    

  
  <div class="node__content">
    
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%(body)s</div>
      
      <div class="field field--name-field-nostot field--type-entity-reference-revisions field--label-hidden field__items">
              <div class="field__item">  <div class="paragraph paragraph--type--tulevat-kurssit paragraph--view-mode--default">
          <h2 class="paragraph__otsikko">Tulevat kurssit</h2>
      <div class="views-element-container"><div class="view view-kurssikalenteri view-id-kurssikalenteri view-display-id-block_2 js-view-dom-id-%(dom)s">
  
    
      
      <div class="view-content">
%(courses)s
    </div>
  
          <div class="more-link"><a href="/kurssit">Kaikki kurssit</a></div>

      </div>
</div>

      </div>
</div>
          </div>
  
  </div>

</article>

  </div>

  </div>

    </div>
  </main>

    <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
    <div id="block-saaristo-yhteystiedot" class="block block-block-content block-block-content-9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f">
  <h2>Ota yhteyttä</h2>
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Saariston Purjehduskoulu Oy<br>Merisatamanranta 10, 00150 Helsinki<br>%(phone)s</p></div>
  </div>
<div id="block-saaristo-uutiskirje" class="block block-simplenews block-simplenews-subscription-block">
  <h2>Tilaa uutiskirje</h2>
      <form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-0b8e1a52-ef7a-4b31-9d0e-3c6f4a2b1d98" action="/tietosuojaseloste" method="post" id="simplenews-subscriptions-block-0b8e1a52-ef7a-4b31-9d0e-3c6f4a2b1d98" accept-charset="UTF-8">
  <div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-item-mail-0-value js-form-item-mail-0-value">
      <label for="edit-mail-0-value" class="js-form-required form-required">Sähköposti</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="" class="form-email required" required="required" aria-required="true" />
        </div>
  </div>
<input autocomplete="off" data-drupal-selector="%(fbid_sel)s" type="hidden" name="form_build_id" value="%(fbid)s" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-0b8e1a52-ef7a-4b31-9d0e-3c6f4a2b1d98" type="hidden" name="form_id" value="simplenews_subscriptions_block_0b8e1a52-ef7a-4b31-9d0e-3c6f4a2b1d98" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Tilaa" class="button js-form-submit form-submit" />
</div>

</form>

  </div>
<nav role="navigation" aria-labelledby="block-saaristo-footer-menu" id="block-saaristo-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-saaristo-footer-menu">Alatunniste</h2>
  <ul class="menu">
    <li class="menu-item"><a href="/kurssiehdot" data-drupal-link-system-path="node/31">Kurssiehdot</a></li>
    <li class="menu-item menu-item--active-trail"><a href="/tietosuojaseloste" data-drupal-link-system-path="node/27" class="is-active" aria-current="page">Tietosuojaseloste</a></li>
    <li class="menu-item"><a href="/evasteet" data-drupal-link-system-path="node/32">Evästeet</a></li>
  </ul>
</nav>
<div class="copyright">© %(year)d Saariston Purjehduskoulu Oy</div>
  </div>

    </footer>
  
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eJxdjlEKwyAQRC9k9EiyxokR1lRcbfT2FUpC6M8M85gHwyjhJzgLc4YcvSu-7TXfL9Bu3NuJAq8ytvYdt0Ys2GmkHm8gW22jZMiUbbVUOCtu","theme":"saaristo","theme_token":null},"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true,"\\/views\\/ajax":true},"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv role=\\u0022alertdialog\\u0022 aria-labelledby=\\u0022popup-text\\u0022 class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--categories\\u0022\\u003E\\n  \\u003Cdiv class=\\u0022popup-content info eu-cookie-compliance-content\\u0022\\u003E\\n    \\u003Cdiv id=\\u0022popup-text\\u0022 class=\\u0022eu-cookie-compliance-message\\u0022 role=\\u0022document\\u0022\\u003E\\n      \\u003Cp\\u003EK\\u00e4yt\\u00e4mme ev\\u00e4steit\\u00e4 sivuston toimivuuden varmistamiseen ja k\\u00e4yt\\u00f6n analysointiin.\\u003C\\/p\\u003E\\n    \\u003C\\/div\\u003E\\n  \\u003C\\/div\\u003E\\n\\u003C\\/div\\u003E","method":"categories","cookie_categories":["valttamattomat","tilastot"],"cookie_lifetime":"100","cookie_session":0,"set_cookie_session_zero_on_disagree":0,"containing_element":"body","reload_page":false,"cookie_name":""},"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:%(dom)s":{"view_name":"kurssikalenteri","view_display_id":"block_2","view_args":"","view_path":"\\/node\\/27","view_base_path":"kurssit","view_dom_id":"%(dom)s","pager_element":0}}},"user":{"uid":0,"permissionsHash":"9f6c2e0b8d1a4c7e5b3f2a1d0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c"}}</script>
<script src="/sites/default/files/js/js_%(js_h)s.js?scope=footer&amp;delta=0&amp;language=fi&amp;theme=saaristo&amp;include=%(include)s"></script>

  </body>
</html>
""" % {"css_h": css_h, "css_h2": K.hex_hash(css_h, 8) + css_h[8:], "include": include, "notice": notice,
       "title": K.esc(title), "body": body, "dom": dom, "courses": _course_rows(state["courses"]),
       "phone": K.esc(phone), "fbid": fbid, "fbid_sel": fbid.lower().replace("_", "-"), "year": state["year"],
       "js_h": js_h}
    return doc


PAGE = {
    "service": "Saariston Purjehduskoulu",
    "url": "https://www.saaristonpurjehduskoulu.fi/tietosuojaseloste",
    "lang": "fi",
    "platform": "Drupal 10 (custom theme, Paragraphs, Views, Simplenews, EU Cookie Compliance)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Drupal-Cache", "MISS"), ("X-Drupal-Dynamic-Cache", "HIT"),
                      ("Cache-Control", "max-age=300, public"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Content-Language", "fi")],
    "n": 28,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2024, 12, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.saaristonpurjehduskoulu.fi/tietosuojaseloste",
        "select": [".page-title", ".node--type-page .node__content"],
        "remove": ".paragraph--type--tulevat-kurssit",
    },
}
