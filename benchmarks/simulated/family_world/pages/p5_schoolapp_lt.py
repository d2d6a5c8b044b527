"""Mokykla+: a Lithuanian school-communication app's privacy policy as a Zendesk Guide help-centre article
(Copenhagen theme, upgraded from v2 to v4 in June 2024; the article markup stays). Per visit: the CSRF meta token;
the "vNNNNN" help-centre build comment and the theme asset hash per deploy; the vote tally ("N iš M manė, kad tai
naudinga") grows; the article's relative "updated" time ages. Title and body are two elements: the declaration
selects both. The children's privacy notice and the terms are listed beside it in the section's sidebar."""
import datetime as dt
import re

import common as C

URL = "https://pagalba.mokyklaplius.lt/hc/lt/articles/360014252791-Privatumo-politika"
THEME4 = dt.datetime(2024, 6, 3)

POLICY = """# Privatumo politika

Paskutinį kartą atnaujinta: {UPDATED}

Mokykla+ yra programėlė ir interneto svetainė, per kurią mokyklos, mokytojai, mokiniai ir tėvai keičiasi pranešimais, mato tvarkaraščius, namų darbus, pažymius ir renginių kalendorių. Šioje privatumo politikoje paaiškiname, kaip tvarkome asmens duomenis, kai naudojatės Mokykla+, ir kokias teises turite pagal Bendrąjį duomenų apsaugos reglamentą (BDAR).

## 1. Kas mes esame

Paslaugą teikia UAB „Mokyklos ryšiai“, juridinio asmens kodas 305512847, buveinės adresas:

@ UAB „Mokyklos ryšiai“
@ Gedimino pr. 44A, LT-01110 Vilnius
@ tel. +370 5 212 3456
@ el. paštas [privatumas@mokyklaplius.lt](mailto:privatumas@mokyklaplius.lt)

Duomenų apsaugos pareigūną galite pasiekti tuo pačiu el. pašto adresu, laiško temoje nurodę „DAP“.

## 2. Kas atsako už jūsų duomenis

Mokykla+ naudojasi dvi skirtingos šalys, todėl svarbu žinoti, kas už ką atsako:

- **Mokykla** yra duomenų valdytoja tų duomenų, kuriuos ji tvarko ugdymo tikslais: mokinių sąrašų, klasių, tvarkaraščių, pažymių, lankomumo ir mokytojų pranešimų. Šiuos duomenis mes tvarkome tik pagal mokyklos nurodymus, kaip duomenų tvarkytojas, pagal su mokykla sudarytą duomenų tvarkymo sutartį.
- **UAB „Mokyklos ryšiai“** yra duomenų valdytoja paskyrų duomenų, techninių duomenų, pagalbos užklausų ir mokamų papildomų paslaugų duomenų.

Jei turite klausimų apie pažymius, lankomumą ar kitus ugdymo duomenis, pirmiausia kreipkitės į savo mokyklą.

## 3. Kokius duomenis tvarkome

| Duomenų kategorija | Pavyzdžiai | Iš kur gauname |
| Paskyros duomenys | Vardas, pavardė, el. paštas, telefono numeris, vaidmuo (tėvas, mokinys, mokytojas) | Iš jūsų arba iš mokyklos |
| Ugdymo duomenys | Klasė, tvarkaraštis, namų darbai, pažymiai, lankomumas | Iš mokyklos |
| Pranešimai | Žinučių tekstas, pridėti failai, perskaitymo žymos | Iš naudotojų |
| Techniniai duomenys | IP adresas, įrenginio tipas, programėlės versija, klaidų žurnalai | Automatiškai |
| Pagalbos užklausos | Užklausos turinys ir susirašinėjimas su pagalbos komanda | Iš jūsų |

Mes nerenkame mokinių asmens kodų, sveikatos duomenų ar informacijos apie specialiuosius ugdymosi poreikius, nebent mokykla tokią informaciją pati įtrauktų į pranešimą. Rekomenduojame mokykloms per Mokykla+ tokių duomenų nesiųsti.

## 4. Kodėl tvarkome duomenis

- kad galėtume sukurti ir administruoti paskyras bei teikti paslaugą pagal sutartį su mokykla;
- kad galėtume išsiųsti pranešimus ir priminimus į programėlę, el. paštu arba SMS žinute;
- kad užtikrintume paslaugos saugumą, aptiktume piktnaudžiavimą ir ištaisytume klaidas;
- kad atsakytume į pagalbos užklausas;
- kad galėtume vykdyti teisines prievoles, pavyzdžiui, apskaitos.

Duomenų nenaudojame reklamai, neparduodame jų ir nekuriame mokinių profilių rinkodaros tikslais. Programėlėje nėra trečiųjų šalių reklamos.

## 5. Vaikų duomenys

Mokinių paskyras kuria mokykla. Mokiniai iki 14 metų programėle naudojasi tik su tėvų ar globėjų žinia, o jų paskyrose nėra galimybės rašyti žinučių kitiems mokiniams, išskyrus klasės grupes, kurias prižiūri mokytojas. Tėvai gali matyti savo vaiko paskyros informaciją ir bet kada kreiptis į mokyklą dėl jos ištaisymo ar ištrynimo.

### Tėvų ir globėjų paskyros

Tėvų paskyrą su vaiko paskyra susieja mokykla, remdamasi jos turimais duomenimis apie mokinio atstovus. Jei vaikas turi kelis atstovus, kiekvienas iš jų gauna atskirą paskyrą ir mato tą pačią informaciją. Jei teismas yra apribojęs vieno iš tėvų teises, apie tai turite informuoti mokyklą, kad ji galėtų atsieti paskyrą. Mes patys tėvų paskyrų su vaikais nesiejame ir nekeičiame.

## 6. Kam perduodame duomenis

Duomenis perduodame tik paslaugų teikėjams, kurie padeda mums teikti Mokykla+, ir tik tiek, kiek būtina:

| Gavėjas | Paskirtis | Duomenų vieta |
| Telia Lietuva, AB | Duomenų centras ir serveriai | Lietuva |
| Google Ireland Limited (Firebase Cloud Messaging) | Pranešimų į telefoną siuntimas | ES |
| Zendesk, Inc. | Pagalbos užklausų sistema | ES ir JAV |
| Twilio Ireland Limited | SMS žinučių siuntimas | ES |

Kai duomenys perduodami į JAV, remiamės ES ir JAV duomenų privatumo sistema arba Europos Komisijos patvirtintomis standartinėmis sutarčių sąlygomis.

### Programėlės leidimai

Programėlė prašo leidimo siųsti pranešimus, kad laiku gautumėte mokytojų žinutes ir priminimus apie namų darbus. Prieigos prie kameros ir nuotraukų programėlei reikia tik tada, kai pats pridedate failą prie žinutės. Programėlė neturi prieigos prie jūsų kontaktų ir nerenka vietos duomenų. Bet kurį leidimą galite atšaukti telefono nustatymuose; tuomet kai kurios funkcijos gali neveikti.

### Mokamos papildomos paslaugos

Tėvai gali užsisakyti mokamą planą „Mokykla+ Šeima“, kuriame yra išplėstinė pažymių statistika ir SMS priminimai. Mokėjimus apdoroja mokėjimų paslaugų teikėjas Paysera LT, UAB. Mes negauname ir nesaugome jūsų banko kortelės duomenų, tik informaciją apie mokėjimo būseną ir sąskaitos faktūros duomenis, kuriuos saugome 10 metų, kaip reikalauja apskaitos įstatymai.

## 7. Kiek laiko saugome duomenis

- Paskyros duomenys saugomi, kol mokykla naudojasi Mokykla+, ir ištrinami per 90 dienų nuo sutarties pabaigos arba nuo mokinio išvykimo iš mokyklos.
- Pranešimai saugomi 3 metus nuo jų išsiuntimo, nebent mokykla nustato trumpesnį terminą.
- Techniniai žurnalai saugomi 6 mėnesius.
- Pagalbos užklausos saugomos 2 metus nuo paskutinio susirašinėjimo.

## 8. Duomenų saugumas

Visi duomenys perduodami šifruotu ryšiu, o serveriuose saugomi užšifruoti. Prieiga prie duomenų suteikiama tik tiems mūsų darbuotojams, kuriems jos reikia darbui, ir kiekvienas prisijungimas registruojamas. Kasmet atliekame nepriklausomą saugumo testavimą.

## 9. Jūsų teisės

Jūs turite teisę susipažinti su savo duomenimis, reikalauti juos ištaisyti ar ištrinti, apriboti jų tvarkymą, nesutikti su tvarkymu ir gauti duomenis perkeliamu formatu. Jei duomenis tvarkome mokyklos vardu, jūsų prašymą perduosime mokyklai ir padėsime jai jį įvykdyti.

Prašymą galite pateikti el. paštu [privatumas@mokyklaplius.lt](mailto:privatumas@mokyklaplius.lt). Atsakysime ne vėliau kaip per vieną mėnesį.

Jei manote, kad jūsų duomenys tvarkomi netinkamai, turite teisę pateikti skundą priežiūros institucijai:

@ Valstybinė duomenų apsaugos inspekcija
@ L. Sapiegos g. 17, LT-10312 Vilnius
@ [vdai.lrv.lt](https://vdai.lrv.lt)

## 10. Slapukai

Mūsų svetainėje naudojami būtinieji slapukai, kad veiktų prisijungimas, ir, tik gavus jūsų sutikimą, analitiniai slapukai. Programėlėje slapukai nenaudojami, tačiau naudojamas anonimizuotas klaidų ataskaitų įrankis.

Analitiniams slapukams naudojame Google Analytics 4 su sutrumpintais IP adresais. Šie slapukai galioja ne ilgiau kaip 13 mėnesių. Sutikimą galite bet kada atšaukti paspaudę nuorodą „Slapukų nustatymai“ svetainės apačioje arba ištrynę slapukus naršyklėje.

## 11. Politikos pakeitimai

Apie esminius šios politikos pakeitimus informuosime programėlėje ir el. paštu ne vėliau kaip prieš 14 dienų iki jų įsigaliojimo."""

MONTHS = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
          "spalio", "lapkričio", "gruodžio"]


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, MONTHS[d.month - 1], d.day)


def parse_date(blocks):
    for kind, v in blocks:
        if kind == "p" and v.startswith("Paskutinį kartą atnaujinta:"):
            m = re.search(r"(\d{4}) m\. (\w+) (\d+) d\.", v)
            return dt.datetime(int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3)), 9, 14, 27)
    raise ValueError("no date line")


EDITS = [
    {"note": "wording fix (ištaisytume -> taisytume), no new date", "bump": False,
     "repl": [("aptiktume piktnaudžiavimą ir ištaisytume klaidas", "aptiktume piktnaudžiavimą ir taisytume klaidas")]},
    {"note": "processor row added: AWS in Frankfurt for file attachments",
     "repl": [("| Twilio Ireland Limited | SMS žinučių siuntimas | ES |",
               "| Twilio Ireland Limited | SMS žinučių siuntimas | ES |\n"
               "| Amazon Web Services EMEA SARL | Pridėtų failų saugojimas | Vokietija (Frankfurtas) |")]},
    {"note": "message retention cut from 3 to 2 years",
     "repl": [("Pranešimai saugomi 3 metus nuo jų išsiuntimo", "Pranešimai saugomi 2 metus nuo jų išsiuntimo")]},
    {"note": "support phone number changed",
     "repl": [("@ tel. +370 5 212 3456", "@ tel. +370 700 55 123")]},
    {"note": "new subsection on optional AI summaries of messages",
     "repl": [("Programėlėje nėra trečiųjų šalių reklamos.",
               "Programėlėje nėra trečiųjų šalių reklamos.\n\n"
               "### Dirbtinio intelekto funkcijos\n\n"
               "Nuo 2025 m. mokyklos gali įjungti funkciją, kuri tėvams trumpai apibendrina ilgus mokytojų "
               "pranešimus. Apibendrinimą sukuria kalbos modelis, veikiantis mūsų serveriuose Europos Sąjungoje. "
               "Pranešimų turinys nenaudojamas modeliams mokyti ir nėra perduodamas modelio kūrėjui. Funkciją "
               "galite išjungti programėlės nustatymuose.")]},
    {"note": "sentence added: children cannot share location",
     "repl": [("išskyrus klasės grupes, kurias prižiūri mokytojas.",
               "išskyrus klasės grupes, kurias prižiūri mokytojas. Mokinių paskyrose vietos nustatymo funkcija "
               "visada išjungta.")]},
]


def rel_lt(delta_days):
    if delta_days < 1:
        return "prieš kelias valandas"
    if delta_days < 2:
        return "prieš dieną"
    if delta_days < 26:
        return "prieš %d dienas" % delta_days if delta_days % 10 != 1 or delta_days == 11 else "prieš %d dieną" % delta_days
    months = round(delta_days / 30.4)
    if months < 2:
        return "prieš mėnesį"
    if months < 11:
        return "prieš %d mėnesius" % months
    years = round(delta_days / 365.25)
    return "prieš metus" if years < 2 else "prieš %d metus" % years


def noise(rng, when, i, prev):
    prev = prev or {}
    pv = prev.get("votes", (41, 63))
    up = pv[0] + rng.randint(0, 3) if i else pv[0]
    total = pv[1] + (up - pv[0]) + rng.randint(0, 2) if i else pv[1]
    theme4 = when >= THEME4
    return {
        "csrf": C.b64tok(rng, 64),
        "hcv": C.keep_or(rng, prev.get("hcv"), 0.5, lambda: "v%d" % (26000 + i * 37 + rng.randint(0, 30))),
        "theme_asset": C.keep_or(rng, prev.get("theme_asset") if prev.get("theme4") == theme4 else None, 0.1,
                                 lambda: C.hexs(rng, 40)),
        "theme4": theme4,
        "votes": (up, total),
    }


LABELS = {"csrf": "CSRF meta token", "hcv": "help-centre build comment", "theme_asset": "theme asset hash",
          "theme4": "Copenhagen theme v2 -> v4", "votes": "article vote tally", "reltime": "relative updated time"}

SIDEBAR = [("360014252791-Privatumo-politika", "Privatumo politika"),
           ("360014252811-Vaiku-privatumo-pranesimas", "Vaikų privatumo pranešimas"),
           ("360014252831-Naudojimo-salygos", "Naudojimo sąlygos"),
           ("360014252851-Slapuku-politika", "Slapukų politika"),
           ("4408123456789-Duomenu-tvarkymo-sutartis-mokykloms", "Duomenų tvarkymo sutartis mokykloms")]


def render(state, blocks, when):
    upd = parse_date(blocks)
    rel = rel_lt((when - upd).days)
    state["reltime"] = rel
    title, body = blocks[0], blocks[1:]
    aid = "360014252791"
    side = "".join('<li><a href="/hc/lt/articles/%s" class="sidenav-item%s">%s</a></li>'
                   % (slug, " current-article" if slug.startswith(aid) else "", t) for slug, t in SIDEBAR)
    up, total = state["votes"]
    if state["theme4"]:
        header = ('<header class="header"><div class="logo"><a title="Pagrindinis" href="/hc/lt">'
                  '<img src="//theme.zdassets.com/theme_assets/11872345/%s.svg" alt="Mokykla+ pagalbos centro pagrindinis puslapis"></a></div>'
                  '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="Naudotojo naršymas">'
                  '<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/lt/requests/new">Pateikti užklausą</a></li>'
                  '<li><a rel="nofollow" data-auth-action="signin" title="Atidaromas dialogo langas" role="button" href="/hc/lt/signin?return_to=%%2Fhc%%2Flt%%2Farticles%%2F%s">Prisijungti</a></li></ul></nav></div></header>'
                  % (state["theme_asset"][:12], aid))
        theme_css = "//theme.zdassets.com/theme_assets/11872345/%s.css" % state["theme_asset"]
    else:
        header = ('<header class="header"><div class="logo"><a title="Pagrindinis" href="/hc/lt">'
                  '<img src="//theme.zdassets.com/theme_assets/11872345/logo.png" alt="Logotipas"></a></div>'
                  '<div class="nav-wrapper"><button class="menu-button" aria-controls="user-nav" aria-expanded="false" aria-label="Perjungti naršymo meniu">'
                  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg></button>'
                  '<nav class="user-nav" id="user-nav"><a class="submit-a-request" href="/hc/lt/requests/new">Pateikti užklausą</a></nav>'
                  '<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Atidaromas dialogo langas" role="button" href="/hc/lt/signin?return_to=%%2Fhc%%2Flt%%2Farticles%%2F%s">Prisijungti</a></div></header>'
                  % aid)
        theme_css = "//theme.zdassets.com/theme_assets/11872345/%s.css" % state["theme_asset"]
    return """<!DOCTYPE html>
<html dir="ltr" lang="lt">
<head>
  <meta charset="utf-8" />
  <!-- %s -->
  <title>Privatumo politika &ndash; Mokykla+ pagalba</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%s">
  <link rel="canonical" href="%s">
<link rel="alternate" hreflang="en-us" href="https://pagalba.mokyklaplius.lt/hc/en-us/articles/360014252791-Privacy-Policy">
<link rel="alternate" hreflang="lt" href="%s">
<link rel="alternate" hreflang="x-default" href="%s">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab2d0c2b9bc4f1a4c2f.css" media="all" id="stylesheet" />
    <!-- Entypo pictograms by Daniel Bruce — www.entypo.com -->
    <link rel="stylesheet" href="//static.zdassets.com/hc/assets/theming_v1_support-e05586b61178dcde2a13a3d323525a18.css" media="all" />
  <link rel="stylesheet" type="text/css" href="%s" />

  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/11872345/favicon.ico" />

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<meta property="og:image" content="https://pagalba.mokyklaplius.lt/hc/theming_assets/01HZ4Q7X8N2B5C6D7E8F9G0H1J" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Mokykla+ pagalba" />
<meta property="og:title" content="Privatumo politika" />
<meta property="og:url" content="%s" />
<script id="ze-snippet" src="https://static.zdesk.com/ekr/snippet.js?key=8f2a6b1c-3d4e-5f60-7a8b-9c0d1e2f3a4b"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Pereiti prie pagrindinio turinio</a>
%s
  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <nav class="sub-nav">
    <ol class="breadcrumbs">
  <li title="Mokykla+ pagalba"><a href="/hc/lt">Mokykla+ pagalba</a></li>
  <li title="Teisinė informacija"><a href="/hc/lt/categories/360003114211-Teisin%%C4%%97-informacija">Teisinė informacija</a></li>
  <li title="Privatumas ir sąlygos"><a href="/hc/lt/sections/360005522171-Privatumas-ir-s%%C4%%85lygos">Privatumas ir sąlygos</a></li>
</ol>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/lt/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Ieškoti" autocomplete="off" aria-label="Ieškoti" /></form>
    </div>
  </nav>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Šios skilties straipsniai</h2>
          <div class="collapsible-sidebar-body"><ul>%s</ul></div>
        </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%s" class="article-title">
          %s
        </h1>
        <div class="article-author">
          <div class="avatar article-avatar"><img src="https://mokyklaplius.zendesk.com/system/photos/360122334455/mp-team.png" alt="" class="user-avatar"/></div>
          <div class="article-meta">
            Mokykla+ komanda
            <ul class="meta-group">
                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>
                <li class="meta-data">Atnaujinta</li>
            </ul>
          </div>
        </div>
          <a class="article-subscribe" title="Atidaromas prisijungimo dialogo langas" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/lt/articles/%s/subscription.json">Sekti</a>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%s</div>
        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Privatumo+politika&amp;u=https%%3A%%2F%%2Fpagalba.mokyklaplius.lt%%2Fhc%%2Flt%%2Farticles%%2F360014252791-Privatumo-politika" class="share-facebook" aria-label="Facebook">Facebook</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Mokykla%%2B&amp;title=Privatumo+politika&amp;url=https%%3A%%2F%%2Fpagalba.mokyklaplius.lt%%2Fhc%%2Flt%%2Farticles%%2F360014252791-Privatumo-politika" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Ar šis straipsnis buvo naudingas?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-modal-guard data-helper="vote" data-item="article" data-type="up" data-id="%s" data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/lt/articles/%s/vote" data-value="null" data-label="%d iš %d manė, kad tai naudinga" data-selected-class="button-primary" aria-label="Šis straipsnis buvo naudingas" aria-pressed="false">Taip</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-modal-guard data-helper="vote" data-item="article" data-type="down" data-id="%s" data-vote-url="/hc/lt/articles/%s/vote" data-value="null" data-selected-class="button-primary" aria-label="Šis straipsnis nebuvo naudingas" aria-pressed="false">Ne</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="%s">%d iš %d manė, kad tai naudinga</span>
            </small>
          </div>
        <div class="article-more-questions">
          Turite daugiau klausimų? <a href="/hc/lt/requests/new">Pateikite užklausą</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">Grįžti į viršų<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></a>
        </div>
      </footer>

      <div class="article-relatives">
          <section class="related-articles"><h2 class="related-articles-title">Susiję straipsniai</h2><ul>
  <li><a href="/hc/lt/articles/360014252811-Vaiku-privatumo-pranesimas" rel="nofollow">Vaikų privatumo pranešimas</a></li>
  <li><a href="/hc/lt/articles/360015119872-Kaip-istrinti-paskyra" rel="nofollow">Kaip ištrinti paskyrą?</a></li>
  <li><a href="/hc/lt/articles/360015119892-Kas-mato-mano-vaiko-pazymius" rel="nofollow">Kas mato mano vaiko pažymius?</a></li>
</ul></section>
      </div>
    </article>
  </div>
</div>
  </main>

<footer class="footer">
  <div class="footer-inner">
    <a title="Pagrindinis" href="/hc/lt">Mokykla+ pagalba</a>
    <div class="footer-language-selector"><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">Lietuvių</button><span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F360014252791-Privacy-Policy" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span></div></div>
  </div>
</footer>

  <!-- / -->

  <script src="//static.zdassets.com/hc/assets/lt.1b2c3d4e5f6a7b8c9d0e.js"></script>
  <script src="https://mokyklaplius.zendesk.com/auth/v2/host/without_iframe.js" data-brand-id="360001928172" data-return-to="%s" data-theme="hc" data-locale="lt" data-auth-origin="360001928172,true,true"></script>

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"mokyklaplius","environment":"production","name":"Mokykla+"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"lt","csrf_token":null,"shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"BAh7CDoLbG9jYWxlSSIHbHQGOgZFVDoPYXJ0aWNsZV9pZGwrCAc","url":"https://pagalba.mokyklaplius.lt/hc/activity"},"current_record_id":"%s","current_record_url":"/hc/lt/articles/%s-Privatumo-politika","current_record_title":"Privatumo politika","search_results":[],"current_text_direction":"ltr","current_brand_id":360001928172,"current_brand_name":"Mokykla+","current_brand_url":"https://mokyklaplius.zendesk.com","current_brand_active":true,"current_path":"/hc/lt/articles/360014252791-Privatumo-politika","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"mobile_device":false,"mobile_site_enabled":false,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":false,"embeddables_connect_ipms":false},"base_domain":"zendesk.com","theming_cookie_key":"hc-da39a3ee5e6b4b0d3255bfef95601890afd80709-2-preview","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":%d,"theming_settings":{"brand_color":"rgba(31, 115, 183, 1)","text_color":"rgba(47, 57, 65, 1)","link_color":"rgba(31, 115, 183, 1)"},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"current_user_can_access_request":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"has_docs_importer":false};
</script>
</body>
</html>
""" % (state["hcv"], state["csrf"], URL, URL, URL, theme_css, URL, header, side,
       title[1], C.inline_html(title[1]), C.iso(upd), upd.strftime("%Y-%m-%d %H:%M"), rel, aid,
       C.blocks_html(body), aid, up, total, 2 * up - total, aid, up, total, aid, aid, aid, up, total, URL, aid, aid,
       4 if state["theme4"] else 2)


PAGE = {
    "service": "Mokykla+",
    "url": URL,
    "lang": "lt",
    "platform": "Zendesk Guide (Copenhagen theme v2 -> v4)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7f9c6d"),
                      ("Cache-Control", "max-age=0, public")),
    "n": 30,
    "start": dt.date(2022, 8, 22),
    "end": dt.date(2025, 11, 10),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
