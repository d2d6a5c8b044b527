"""Kiekjesboek (Dutch photobook maker), Adobe Experience Manager Sites with Core Components (editable template,
experience fragments for header, footer and promotions), Akamai in front, OneTrust and Adobe Launch."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

Bij Kiekjesboek maak je fotoboeken, kalenders, wanddecoratie en fotoprints van je eigen foto's. Om je bestelling te kunnen maken en bij je te bezorgen, verwerken we je foto's en een aantal persoonsgegevns. In deze privacyverklaring leggen we uit welke gegevens dat zijn, waarvoor we ze gebruiken, met wie we ze delen en welke rechten je hebt. We houden het graag overzichtelijk, maar heb je toch een vraag? Neem dan contact met ons op via de gegevens onderaan deze pagina.

## 1. Wie zijn wij?

Kiekjesboek B.V. is verantwoordelijk voor de verwerking van je persoonsgegevens zoals beschreven in deze privacyverklaring. We ontwerpen onze software zelf en drukken al onze producten in onze eigen drukkerij in Deventer.

@ Kiekjesboek B.V.
@ Zutphenseweg 112
@ 7418 AJ Deventer
@ KvK-nummer 67812345

We hebben een functionaris voor gegevensbescherming (FG) aangesteld. Je bereikt onze FG via [privacy@kiekjesboek.nl](mailto:privacy@kiekjesboek.nl).

## 2. Welke gegevens verzamelen we?

We verwerken alleen gegevens die je zelf aan ons geeft of die ontstaan wanneer je onze website en app gebruikt:

- **Accountgegevens:** je naam, e-mailadres, wachtwoord (versleuteld opgeslagen) en eventueel je geboortedatum, als je ons die geeft voor een verjaardagsattentie.
- **Bestelgegevens:** factuur- en bezorgadres, telefoonnummer, bestelde producten, betaalmethode en betaalstatus.
- **Foto's en projecten:** de foto's die je uploadt, de teksten die je in je fotoboek zet en de ontwerpen die je opslaat. Foto's kunnen metadata bevatten, zoals de datum en de locatie waar ze zijn gemaakt.
- **Contact met de klantenservice:** de inhoud van je e-mails, chatgesprekken en telefoongesprekken.
- **Gebruiksgegevens:** je IP-adres, apparaat- en browsertype, de pagina's die je bezoekt en hoe je onze ontwerpsoftware gebruikt.

We vragen nooit om bijzondere persoonsgegevens. Staan er mensen op je foto's, dan zijn hun gezichten natuurlijk ook te zien. We bekijken je foto's alleen als dat nodig is voor het drukken of als je ons om hulp vraagt.

## 3. Waarvoor gebruiken we je gegevens?

| Doel | Gegevens | Grondslag |
| Je bestelling maken, drukken en bezorgen | Bestelgegevens, foto's en projecten | Uitvoering van de overeenkomst |
| Je account beheren en je projecten bewaren | Accountgegevens, foto's en projecten | Uitvoering van de overeenkomst |
| Betalingen verwerken en fraude voorkomen | Bestelgegevens, IP-adres | Wettelijke verplichting en gerechtvaardigd belang |
| Je vragen beantwoorden | Contactgegevens, inhoud van het contact | Uitvoering van de overeenkomst |
| Nieuwsbrief en persoonlijke aanbiedingen sturen | Naam, e-mailadres, bestelhistorie | Toestemming |
| Onze website en ontwerpsoftware verbeteren | Gebruiksgegevens | Gerechtvaardigd belang |
| Voldoen aan de fiscale bewaarplicht | Factuurgegevens | Wettelijke verplichting |

Je kunt je op elk moment afmelden voor de nieuwsbrief via de link onderaan iedere e-mail of in je account onder Mijn gegevens.

## 4. Je foto's en projecten

Je foto's blijven van jou. We gebruiken ze alleen om jouw bestelling te maken. We delen je foto's niet met anderen en gebruiken ze nooit voor reclame, tenzij je ons daar uitdrukkelijk toestemming voor geeft, bijvoorbeeld wanneer je meedoet aan een fotowedstrijd.

Foto's die je uploadt en projecten die je opslaat, bewaren we 12 maanden na je laatste login. Daarna verwijderen we ze automatisch. Twee weken van tevoren sturen we je een e-mail, zodat je je project nog kunt bestellen of je foto's kunt downloaden. Van bestelde fotoboeken bewaren we de drukbestanden 3 maanden na levering, zodat we een beschadigd of zoekgeraakt exemplaar opnieuw kunnen drukken.

Onze ontwerpsoftware kan je foto's automatisch verbeteren en rode ogen verwijderen. Die bewerkingen gebeuren op onze eigen servers in de Europese Unie.

## 5. Hoe lang bewaren we je gegevens?

We bewaren je gegevens niet langer dan nodig is voor de doelen waarvoor we ze verzamelen:

| Gegevens | Bewaartermijn |
| Accountgegevens | Tot je je account verwijdert, of na 3 jaar zonder login |
| Bestel- en factuurgegevens | 7 jaar (fiscale bewaarplicht) |
| Foto's en opgeslagen projecten | 12 maanden na je laatste login |
| Contact met de klantenservice | 2 jaar na het laatste contact |
| Opnames van telefoongesprekken | 30 dagen |

## 6. Met wie delen we je gegevens?

We verkopen je gegevens nooit. We delen ze alleen met partijen die ons helpen onze diensten te leveren. Met deze verwerkers hebben we een verwerkersovereenkomst gesloten.

| Partij | Waarvoor | Locatie |
| PostNL en DHL Parcel | Bezorgen van je bestelling | Nederland |
| Adyen | Betalingen | Nederland |
| Google Cloud | Opslag van foto's en projecten | België (EU) |
| Salesforce Marketing Cloud | Versturen van e-mails | Duitsland (EU) |
| Zendesk | Klantenservice en chat | Ierland (EU) |

Soms zijn we wettelijk verplicht gegevens te verstrekken, bijvoorbeeld aan de Belastingdienst of de politie. Dat doen we alleen als de wet dat van ons vraagt.

## 7. Cookies

We gebruiken functionele en analytische cookies en, als je daar toestemming voor geeft, marketingcookies. Meer hierover lees je in onze [cookieverklaring](/cookies). Je kunt je keuze altijd aanpassen via Cookie-instellingen onderaan elke pagina.

## 8. Hoe beveiligen we je gegevens?

We nemen passende technische en organisatorische maatregelen om je gegevens te beschermen, zoals versleutelde verbindingen (TLS), versleutelde opslag, tweestapsverificatie voor onze medewerkers en regelmatige beveiligingstests. Alleen medewerkers die je gegevens nodig hebben voor hun werk, hebben er toegang toe.

## 9. Je rechten

Je hebt het recht om:

- je gegevens in te zien;
- onjuiste gegevens te laten corrigeren;
- je gegevens te laten verwijderen;
- de verwerking van je gegevens te laten beperken;
- bezwaar te maken tegen verwerking op grond van ons gerechtvaardigd belang;
- je gegevens in een gangbaar formaat te ontvangen (dataportabiliteit);
- je toestemming in te trekken.

Een verzoek kun je sturen naar [privacy@kiekjesboek.nl](mailto:privacy@kiekjesboek.nl). We reageren binnen een maand. Om zeker te weten dat het verzoek van jou komt, kunnen we je vragen je identiteit aan te tonen.

## 10. Klachten

Ben je niet tevreden over hoe we met je gegevens omgaan? Laat het ons dan eerst weten, dan zoeken we samen naar een oplossing. Je hebt ook altijd het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.

## 11. Contact

Heb je een vraag over deze privacyverklaring? Onze klantenservice is op werkdagen bereikbaar van 9.00 tot 17.30 uur via 020 808 12 34 of via de chat op onze website.

## 12. Wijzigingen

We kunnen deze privacyverklaring aanpassen, bijvoorbeeld als onze diensten veranderen. De meest actuele versie vind je altijd op deze pagina. Bij belangrijke wijzigingen laten we het je per e-mail weten.
"""

EDITS = [
    {"note": "processor added to the table: Trustpilot for review invitations",
     "repl": [("| Zendesk | Klantenservice en chat | Ierland (EU) |",
               "| Zendesk | Klantenservice en chat | Ierland (EU) |\n"
               "| Trustpilot | Uitnodigingen voor reviews | Denemarken (EU) |")]},
    {"note": "retention of uploads and saved projects changed from 12 to 18 months (text and table)",
     "repl": [("bewaren we 12 maanden na je laatste login", "bewaren we 18 maanden na je laatste login"),
              ("| Foto's en opgeslagen projecten | 12 maanden na je laatste login |",
               "| Foto's en opgeslagen projecten | 18 maanden na je laatste login |")]},
    {"note": "paragraph added on the 'Slimme selectie' feature (automatic photo selection)",
     "repl": [("op onze eigen servers in de Europese Unie.",
               "op onze eigen servers in de Europese Unie.\n\n"
               "Gebruik je de functie Slimme selectie, dan kiest onze software automatisch de scherpste en best "
               "belichte foto's voor je fotoboek en legt foto's die op elkaar lijken bij elkaar. Daarvoor "
               "analyseren we je foto's, maar we herkennen geen personen en maken geen gezichtsprofielen. Je kunt "
               "Slimme selectie in je account uitzetten.")]},
    {"note": "customer service phone number changed",
     "repl": [("via 020 808 12 34 of via", "via 085 303 40 50 of via")]},
    {"note": "typo fixed (persoonsgegevns), date not changed", "bump": False,
     "repl": [("een aantal persoonsgegevns.", "een aantal persoonsgegevens.")]},
    {"note": "word inserted: 'nooit aan derden'",
     "repl": [("We verkopen je gegevens nooit. We delen", "We verkopen je gegevens nooit aan derden. We delen")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _promo(loc, rng, prev):
    """Seasonal promotion experience fragment the marketing team puts on every content page."""
    d = loc.date()
    y = d.year

    def nth_sunday(m, n):
        x = dt.date(y, m, 1)
        while x.weekday() != 6:
            x += dt.timedelta(days=1)
        return x + dt.timedelta(days=7 * (n - 1))

    mother, father = nth_sunday(5, 2), nth_sunday(6, 3)
    season = None
    if dt.date(y, 1, 2) <= d <= dt.date(y, 1, 31):
        season = ("januari", "Januari-sale", "Tot 50% korting op fotokalenders", "Alleen deze maand.",
                  "/kalenders?cid=xf-januarisale")
    elif dt.date(y, 2, 1) <= d <= dt.date(y, 2, 14):
        season = ("valentijn", "Valentijn", "25% korting op fotoboeken met code LIEFDE25",
                  "Geldig t/m 14 februari.", "/fotoboeken?cid=xf-valentijn")
    elif mother - dt.timedelta(days=21) <= d <= mother:
        season = ("moederdag", "Moederdag", "%d%% korting op alle fotoboeken",
                  "Bestel uiterlijk %d mei, dan ligt het op tijd in huis." % (mother.day - 4),
                  "/fotoboeken?cid=xf-moederdag")
    elif father - dt.timedelta(days=18) <= d <= father:
        season = ("vaderdag", "Vaderdag", "%d%% korting op wanddecoratie", "Op tijd in huis voor Vaderdag.",
                  "/wanddecoratie?cid=xf-vaderdag")
    elif dt.date(y, 8, 12) <= d <= dt.date(y, 9, 15):
        season = ("vakantie", "Vakantiefotoboek", "%d%% korting op je vakantiefotoboek", "T/m 15 september.",
                  "/fotoboeken/vakantie?cid=xf-zomer")
    elif dt.date(y, 11, 20) <= d <= dt.date(y, 11, 30):
        season = ("blackfriday", "Black Friday", "%d%% korting op alles", "Alleen deze week.",
                  "/acties?cid=xf-blackfriday")
    elif dt.date(y, 12, 1) <= d <= dt.date(y, 12, 18):
        season = ("kerst", "Kerstdeal", "%d%% korting op fotokalenders en fotoboeken",
                  "Bestel voor 18 december, dan is het op tijd voor de kerst.", "/kalenders?cid=xf-kerst")
    if season is None:
        return None
    if prev is not None and prev[0] == season[0] and rng.random() < 0.6:
        return prev
    pct = rng.choice([30, 35, 40, 40, 50])
    title = season[2] % pct if "%d" in season[2] else season[2]
    return (season[0], season[1], title, season[3], season[4], C.hexs(rng, 10))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, off = K.local(when, "nl")
    deadline, h, m = K.cutoff(loc, 22)
    deliver = deadline.date() + dt.timedelta(days=1)
    if deliver.weekday() == 6:
        deliver += dt.timedelta(days=1)
    day = "morgen" if deliver == loc.date() + dt.timedelta(days=1) else DAYS[deliver.weekday()]
    return {
        "clientlibs": C.keep_or(rng, p.get("clientlibs"), 0.15,
                                lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32))),
        "launch": C.keep_or(rng, p.get("launch"), 0.1, lambda: C.hexs(rng, 12)),
        "countdown": (deadline.strftime("%Y-%m-%dT%H:%M:00") + "+0%d:00" % off, h, m, day),
        "promo": _promo(loc, rng, p.get("promo")),
        "republished": C.keep_or(rng, p.get("republished"), 0.12,
                                 lambda: C.iso(when - dt.timedelta(hours=rng.randint(2, 400)))),
        "akamai": (C.hexs(rng, 8), C.b64tok(rng, 36)),
    }


LABELS = {
    "clientlibs": "AEM clientlib hashes (deploy)",
    "launch": "Adobe Launch library build",
    "countdown": "'vóór 22:00 besteld' cut-off countdown in the USP bar",
    "promo": "seasonal promotion experience fragment inside the policy container (removed by the declaration)",
    "republished": "text components re-published (repo:modifyDate in data-cmp-data-layer)",
    "akamai": "Akamai Bot Manager pixel token",
}

NAV = [("Fotoboeken", "/fotoboeken"), ("Fotoprints", "/fotoprints"), ("Wanddecoratie", "/wanddecoratie"),
       ("Kalenders", "/kalenders"), ("Kaarten", "/kaarten"), ("Cadeaus", "/cadeaus")]


def _cid(kind, n):
    return "%s-%s" % (kind, C.det_sha("kiekjesboek", kind, n)[:10])


def _text_component(n, html_body, mod):
    cid = _cid("text", n)
    layer = json.dumps({cid: {"@type": "kiekjesboek/components/text", "repo:modifyDate": mod,
                              "xdm:text": html_body}}, ensure_ascii=False, separators=(",", ":"))
    return ('<div class="text aem-GridColumn aem-GridColumn--default--12">\n'
            '<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
            % (K.attr(layer), cid, html_body))


def _rte(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table class="kb-table" width="100%%" cellspacing="0" cellpadding="0" border="0">'
                '<tbody>%s%s</tbody></table>' % (head, body))

    return K.render_blocks(blocks, bold=lambda raw: "<b>%s</b>" % K.esc(raw), table=table,
                           link=lambda url, label: '<a href="%s"%s>%s</a>' % (
                               K.attr(url), "" if url.startswith("mailto:") else ' target="_self"', K.esc(label)))


def render(state, blocks, when):
    base, site, core, js = state["clientlibs"]
    title, intro, secs = K.groups(blocks)
    mod = state["republished"]
    for kind, v in intro:  # a text edit re-publishes the page: modifyDate never before the printed date
        if kind == "p" and v.startswith("Laatst bijgewerkt op "):
            d, mon, y = v.split()[-3:]
            upd = "%s-%02d-%02dT08:%02d:17Z" % (y, K.MONTHS["nl"].index(mon) + 1, int(d), int(d) + 11)
            mod = max(mod, upd)
    comps = []
    tid = _cid("title", 0)
    comps.append('<div class="title aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" '
                 'id="%s" class="cmp-title">\n    <h1 class="cmp-title__text">%s</h1>\n</div>\n\n    \n</div>'
                 % (K.attr(json.dumps({tid: {"@type": "kiekjesboek/components/title", "repo:modifyDate": mod,
                                              "dc:title": title}}, ensure_ascii=False, separators=(",", ":"))),
                    tid, K.esc(title)))
    comps.append(_text_component(0, _rte(intro), mod))
    pr = state["promo"]
    if pr:
        _, pre, head, desc, href, xid = pr
        comps.append(
            '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">\n'
            '<div id="experiencefragment-%s" class="cmp-experiencefragment cmp-experiencefragment--promo">'
            '<div class="xf-content-height">\n<div class="root container responsivegrid">\n'
            '<div id="container-%s" class="cmp-container">\n<div class="teaser kb-teaser--promo">'
            '<div class="cmp-teaser" data-cmp-data-layer="{&#34;teaser-%s&#34;:{&#34;@type&#34;:'
            '&#34;kiekjesboek/components/teaser&#34;}}">\n<div class="cmp-teaser__content">\n'
            '<p class="cmp-teaser__pretitle">%s</p>\n<h2 class="cmp-teaser__title">%s</h2>\n'
            '<div class="cmp-teaser__description"><p>%s</p></div>\n<div class="cmp-teaser__action-container">'
            '<a class="cmp-teaser__action-link" href="%s">Maak het nu</a></div>\n</div>\n</div></div>\n'
            '</div>\n</div>\n</div></div>\n\n    \n</div>'
            % (xid, xid[::-1], xid[:6], K.esc(pre), K.esc(head), K.esc(desc), K.attr(href)))
    for n, (h, body) in enumerate(secs, 1):
        comps.append(_text_component(n, "<h2>%s</h2>\n%s" % (K.esc(h), _rte(body)), mod))
    dl, h, m, day = state["countdown"]
    ak, akt = state["akamai"]
    year = when.year
    nav = "\n".join('<li class="cmp-navigation__item cmp-navigation__item--level-0">'
                    '<a href="%s" class="cmp-navigation__item-link">%s</a></li>' % (u, t) for t, u in NAV)
    page_layer = json.dumps({"page-9a3e1b2c4d": {"@type": "kiekjesboek/components/page",
                                                 "repo:modifyDate": mod, "dc:title": "Privacyverklaring",
                                                 "xdm:template": "/conf/kiekjesboek/settings/wcm/templates/legal-page",
                                                 "xdm:language": "nl-NL",
                                                 "repo:path": "/content/kiekjesboek/nl/nl/service/privacy.html"}},
                            separators=(",", ":"))
    return """<!DOCTYPE HTML>
<html lang="nl-NL">
    <head>
    <meta charset="UTF-8"/>
    <title>Privacyverklaring | Kiekjesboek</title>
    <meta name="description" content="Lees hoe Kiekjesboek omgaat met je foto&#39;s en persoonsgegevens."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="https://www.kiekjesboek.nl/privacy"/>
    <link rel="alternate" hreflang="nl-NL" href="https://www.kiekjesboek.nl/privacy"/>
    <link rel="alternate" hreflang="nl-BE" href="https://www.kiekjesboek.be/privacy"/>
    <meta property="og:title" content="Privacyverklaring"/>
    <meta property="og:url" content="https://www.kiekjesboek.nl/privacy"/>
    <meta property="og:image" content="https://www.kiekjesboek.nl/content/dam/kiekjesboek/og/kiekjesboek-og.jpg"/>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="3f7b2c1e-9d4a-4e8b-b2f6-5a1c0d9e7f31"></script>
    <script type="text/javascript">function OptanonWrapper() { window.adobeDataLayer.push({event: "consent:update"}); }</script>
    <script src="https://assets.adobedtm.com/8c2b7f1d4e5a/3b9e1f7c2a6d/launch-%(launch)s.min.js" async></script>
    <link rel="preload" href="/etc.clientlibs/kiekjesboek/clientlibs/clientlib-site/resources/fonts/Nunito-Variable.woff2" as="font" type="font/woff2" crossorigin/>
    <link rel="stylesheet" href="/etc.clientlibs/kiekjesboek/clientlibs/clientlib-base.lc-%(base)s-lc.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/kiekjesboek/clientlibs/clientlib-site.lc-%(site)s-lc.min.css" type="text/css">
    <script>
        window.adobeDataLayer = window.adobeDataLayer || [];
        window.adobeDataLayer.push({"page": %(page_layer)s, "event": "cmp:show", "eventInfo": {"path": "page.page-9a3e1b2c4d"}});
    </script>
</head>
    <body class="page basicpage" id="page-9a3e1b2c4d" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="opent in een nieuw tabblad" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <a class="cmp-skip-link" href="#main">Naar de inhoud</a>
        <div class="root container responsivegrid">
<div id="container-0e4c7a1b9f" class="cmp-container">
<header class="experiencefragment">
<div id="experiencefragment-6d1e0f3a2b" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height">
<div class="root container responsivegrid kb-header">
<div id="container-71c3d2a9e8" class="cmp-container">
<div class="kb-uspbar" role="region" aria-label="Voordelen">
<ul class="kb-uspbar__list">
<li class="kb-uspbar__item kb-uspbar__item--countdown" data-deadline="%(dl)s">Vóór 22:00 besteld, %(day)s in huis <span class="kb-countdown">nog %(h)d uur en %(m)d min</span></li>
<li class="kb-uspbar__item">Gedrukt in onze eigen drukkerij in Deventer</li>
<li class="kb-uspbar__item">Klanten geven ons een 9,1</li>
</ul>
</div>
<div class="image kb-header__logo"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><a class="cmp-image__link" href="/"><img src="/content/dam/kiekjesboek/logo/kiekjesboek-logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="Kiekjesboek" width="168" height="40"/></a></div></div>
<div class="navigation"><nav id="navigation-5e2a" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Hoofdmenu">
<ul class="cmp-navigation__group">
%(nav)s
</ul>
</nav></div>
<div class="kb-header__actions"><a href="/account" class="kb-header__account">Inloggen</a> <a href="/winkelmandje" class="kb-header__cart" aria-label="Winkelmandje"><span class="kb-header__cart-count" data-kb-cart-count></span></a></div>
<div class="breadcrumb"><nav id="breadcrumb-3a9c" class="cmp-breadcrumb" aria-label="Kruimelpad"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/service" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Klantenservice</span></a><meta itemprop="position" content="1"></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Privacyverklaring</span><meta itemprop="position" content="2"></li></ol></nav></div>
</div>
</div>
</div>
</div>
</header>
<main class="container responsivegrid legal-page" id="main">
<div id="container-5b1e7d90c2" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
%(comps)s
</div>
</div>
</main>
<footer class="experiencefragment">
<div id="experiencefragment-9b0a4c2d1e" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height">
<div class="root container responsivegrid kb-footer">
<div id="container-2f8e6b4d0a" class="cmp-container">
<div class="text"><div id="text-f00ter0001" class="cmp-text"><p><b>Klantenservice</b><br><a href="/service">Veelgestelde vragen</a><br><a href="/service/bezorging">Bezorging</a><br><a href="/service/contact">Contact</a></p></div></div>
<div class="text"><div id="text-f00ter0002" class="cmp-text"><p><b>Over Kiekjesboek</b><br><a href="/over-ons">Over ons</a><br><a href="/werken-bij">Werken bij</a><br><a href="/duurzaamheid">Duurzaam drukken</a></p></div></div>
<div class="text"><div id="text-f00ter0003" class="cmp-text"><p><a href="/algemene-voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <button id="ot-sdk-btn" class="ot-sdk-show-settings">Cookie-instellingen</button></p><p>© %(year)d Kiekjesboek B.V.</p></div></div>
</div>
</div>
</div>
</div>
</footer>
</div>
</div>
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-%(core)s-lc.min.js"></script>
<script src="/etc.clientlibs/kiekjesboek/clientlibs/clientlib-site.lc-%(js)s-lc.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
<script type="text/javascript"  src="/akam/13/%(ak)s"  defer></script><noscript><img src="https://www.kiekjesboek.nl/akam/13/pixel_%(ak)s?a=%(akt)s" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript></body>
</html>
""" % {"launch": state["launch"], "base": base, "site": site, "core": core, "js": js, "page_layer": page_layer,
       "dl": dl, "day": day, "h": h, "m": m, "nav": nav, "comps": "\n".join(comps), "year": year, "ak": ak,
       "akt": K.attr(akt)}


PAGE = {
    "service": "Kiekjesboek",
    "url": "https://www.kiekjesboek.nl/privacy",
    "lang": "nl",
    "platform": "Adobe Experience Manager (Core Components), Akamai",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Dispatcher", "dispatcher2euwest1"), ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.kiekjesboek.nl/privacy",
        "select": "#main > .cmp-container",
        "remove": ".cmp-experiencefragment--promo",
    },
}
