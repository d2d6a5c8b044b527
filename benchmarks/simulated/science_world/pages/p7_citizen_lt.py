"""Biomatas, a Lithuanian citizen-science platform for recording observations of plants, animals and fungi:
Ruby on Rails, redesigned in June 2023 (Rails 6.1 + Bootstrap 4 + Webpacker/Turbolinks -> Rails 7.1 + Tailwind +
Turbo/importmap), Lithuanian.

The policy page shows, *inside* the declared container, a server-rendered relative time ("Atnaujinta prieš 3
mėnesius", `time_ago_in_words` of the page's date) that moves on without any edit; the declaration removes it
(`.updated-ago`). The redesign moves the policy from `div#privacy` to `article.legal-doc` and adds a table of
contents beside it: the old selector is kept in a history entry valid until the relaunch. Per visit: the Rails
`csrf-token` meta, the live "observations today / observers online" counter in the header and the "latest
observations" feed beside the policy. Sticky: asset digests (Webpacker pack hashes, then Propshaft digests).
"""
import datetime as dt
import html
import re

import common as C

MENESIU = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
           "spalio", "lapkričio", "gruodžio"]
REDESIGN = dt.datetime(2023, 6, 13)


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, MENESIU[d.month - 1], d.day)


def plural(n, one, few, other):
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 9 and not 11 <= n % 100 <= 19:
        return few
    return other


POLICY = """
# Privatumo politika

Paskutinį kartą atnaujinta {UPDATED}

Biomatas – tai piliečių mokslo platforma, kurioje gamtos mylėtojai, mokiniai ir mokslininkai registruoja augalų, gyvūnų ir grybų stebėjimus Lietuvoje. Ši privatumo politika paaiškina, kokius asmens duomenis tvarkome, kai naudojatės svetaine biomatas.lt ir mobiliąja programėle, kodėl tai darome ir kokias teises turite pagal Bendrąjį duomenų apsaugos reglamentą (BDAR).

## 1. Duomenų valdytojas

@ VšĮ „Biomatas“
@ Juridinio asmens kodas 305412789
@ Žirmūnų g. 68-12, LT-09124 Vilnius
@ El. paštas: privatumas@biomatas.lt

Duomenų apsaugos pareigūną galite pasiekti el. paštu [dap@biomatas.lt](mailto:dap@biomatas.lt). Platformą kartu su partneriais kuria ir prižiūri nedidelė mūsų komanda bei savanoriai ekspertai.

## 2. Kokius duomenis renkame

### Paskyros duomenys

- vardas ir pavardė arba pasirinktas slapyvardis, el. pašto adresas;
- slaptažodžio maiša (pats slaptažodis nesaugomas);
- profilio nuotrauka ir trumpas aprašymas, jei juos pateikiate;
- prisijungimo per „Google“ ar „Apple“ paskyrą atveju – šių paslaugų perduotas identifikatorius ir el. pašto adresas.

### Stebėjimų duomenys

- rūšis, stebėjimo data ir laikas, vietos koordinatės ir jų tikslumas;
- nuotraukos, garso įrašai ir komentarai;
- jūsų pasiūlyti rūšių nustatymai ir dalyvavimas projektuose.

Įkeltų nuotraukų EXIF metaduomenis naudojame tik stebėjimo datai ir vietai užpildyti. Viešai rodomos nuotraukų kopijos saugomos be EXIF metaduomenų, o originalūs failai prieinami tik jums ir platformos administratoriams. Komentarai ir rūšių nustatymai yra vieši ir susieti su jūsų vardu arba slapyvardžiu.

### Techniniai duomenys

- IP adresas, naršyklės ir įrenginio tipas, programėlės versija;
- prisijungimų ir klaidų žurnalai.

### Mobilioji programėlė

Programėlė prašo leidimo naudotis vietos nustatymo paslaugomis, kamera ir mikrofonu tik tada, kai kuriate stebėjimą. Vietą nustatome tik registruojant stebėjimą, o ne fone. Neprisijungus prie interneto, stebėjimai laikinai saugomi jūsų įrenginyje ir išsiunčiami, kai atsiranda ryšys. Pranešimus apie komentarus ir rūšių patvirtinimus siunčiame tik tuomet, jei juos įjungėte.

## 3. Tvarkymo tikslai ir teisiniai pagrindai

| Tikslas | Teisinis pagrindas |
| Paskyros sukūrimas ir platformos teikimas | Sutarties vykdymas (BDAR 6 str. 1 d. b p.) |
| Stebėjimų skelbimas ir dalijimasis jais su mokslininkais | Sutarties vykdymas ir teisėtas interesas remti mokslinius tyrimus bei gamtos apsaugą (f p.) |
| Saugomų rūšių radaviečių perdavimas valstybės institucijoms | Teisėtas interesas ir viešasis interesas (e ir f p.) |
| Naujienlaiškis apie projektus ir renginius | Sutikimas (a p.) |
| Platformos saugumas ir piktnaudžiavimo prevencija | Teisėtas interesas (f p.) |

Jei tvarkome duomenis remdamiesi teisėtu interesu, įvertiname, ar jis nenusveria jūsų teisių ir laisvių. Mokslininkai, kuriems perduodame stebėjimų duomenis, juos gali naudoti rūšių paplitimo tyrimams, raudonųjų sąrašų vertinimams ir invazinių rūšių stebėsenai.

## 4. Stebėjimų viešumas ir licencijos

Jūsų stebėjimai pagal nutylėjimą yra vieši ir rodomi kartu su jūsų vardu arba slapyvardžiu. Kiekvienam stebėjimui ir nuotraukai galite pasirinkti licenciją: CC0, CC BY 4.0 arba CC BY-NC 4.0. Stebėjimai su atvira licencija kartą per savaitę perduodami Pasaulinei biologinės įvairovės informacijos sistemai (GBIF), nurodant stebėtojo vardą arba slapyvardį.

Saugomų rūšių radaviečių koordinatės viešai rodomos apibendrintos iki 10 × 10 km kvadrato. Tikslios koordinatės prieinamos tik patvirtintiems ekspertams ir Valstybinei saugomų teritorijų tarnybai. Bet kurio stebėjimo tikslią vietą galite paslėpti ir patys, pavyzdžiui, jei stebėjote savo sodyboje.

Projektų organizatoriai (mokslininkai, mokyklos ar gamtos apsaugos organizacijos) mato projektui pateiktų stebėjimų paslėptas koordinates tik tuo atveju, jei prisijungdami prie projekto jiems tai leidote. Bendruomenės lentelėse ir reitinguose rodomas jūsų slapyvardis ir stebėjimų skaičius; šias lenteles galite išjungti paskyros nustatymuose.

## 5. Duomenų gavėjai

| Gavėjas | Paskirtis | Šalis |
| Amazon Web Services EMEA SARL | Serveriai ir nuotraukų saugykla (Frankfurto regionas) | Vokietija |
| Mailgun Technologies, Inc. | Sisteminiai el. laiškai | JAV (ES duomenų centras) |
| Google Ireland Limited | Pranešimai mobiliojoje programėlėje (Firebase) | Airija |
| GBIF sekretoriatas | Atvirų stebėjimų duomenų publikavimas | Danija |
| Valstybinė saugomų teritorijų tarnyba | Saugomų rūšių radaviečių duomenys | Lietuva |

Jūsų duomenų neparduodame ir nenaudojame reklamai. Su visais duomenų tvarkytojais sudarytos BDAR 28 straipsnio reikalavimus atitinkančios sutartys. Duomenys už Europos ekonominės erdvės ribų perduodami tik taikant Europos Komisijos patvirtintas standartines sutarčių sąlygas arba ES ir JAV duomenų privatumo sistemą.

## 6. Kiek laiko saugome duomenis

- Paskyros duomenys saugomi, kol paskyra aktyvi, ir ištrinami per 30 dienų nuo paskyros ištrynimo.
- Ištrindami paskyrą galite pasirinkti, ar jūsų stebėjimus su atvira licencija anonimizuoti ir palikti mokslui, ar ištrinti visus.
- Serverio žurnalai saugomi 90 dienų.
- Naujienlaiškio prenumeratos duomenys saugomi, kol atšauksite sutikimą.

Atsargines duomenų bazės kopijas saugome 35 dienas, todėl ištrinti duomenys iš jų išnyksta praėjus šiam laikotarpiui.

## 7. Vaikai

Platforma skirta 14 metų ir vyresniems asmenims. Registruodamiesi patvirtinate, kad jums yra bent 14 metų. Jaunesni mokiniai gali dalyvauti tik mokyklu projektuose, kai paskyrą sukuria ir už ją atsako mokytojas; tokių mokinių stebėjimai rodomi be vardų.

## 8. Slapukai

Naudojame tik būtinuosius slapukus: sesijos slapuką, kuris palaiko prisijungimą, ir apsaugos nuo užklausų klastojimo (CSRF) slapuką. Lankomumo statistiką renkame naudodami „Plausible Analytics“, kuri nenaudoja slapukų ir nesaugo IP adresų. Todėl slapukų sutikimo lango nerodome. Jei ateityje pradėsime naudoti kitus slapukus, apie tai informuosime ir paprašysime jūsų sutikimo.

## 9. Jūsų teisės

Jūs turite teisę:

- susipažinti su savo duomenimis ir gauti jų kopiją;
- reikalauti ištaisyti netikslius duomenis;
- reikalauti ištrinti duomenis arba apriboti jų tvarkymą;
- nesutikti, kad duomenys būtų tvarkomi remiantis teisėtu interesu;
- gauti savo stebėjimus CSV arba Darwin Core formatu (duomenų perkeliamumas);
- bet kada atšaukti sutikimą.

Prašymus siųskite adresu [privatumas@biomatas.lt](mailto:privatumas@biomatas.lt); atsakysime per 30 dienų. Daugumą veiksmų galite atlikti ir patys: paskyros nustatymuose galite pakeisti vardą ar slapyvardį, atsisiųsti visus savo stebėjimus, pakeisti licencijas arba ištrinti paskyrą. Prieš vykdydami prašymą galime paprašyti patvirtinti tapatybę, pavyzdžiui, atsakant iš paskyroje nurodyto el. pašto adreso. Skundą galite pateikti Valstybinei duomenų apsaugos inspekcijai:

@ Valstybinė duomenų apsaugos inspekcija
@ L. Sapiegos g. 17, LT-10312 Vilnius
@ [vdai.lrv.lt](https://vdai.lrv.lt)

## 10. Politikos pakeitimai

Apie esminius šios politikos pakeitimus pranešime el. paštu ir pranešimu platformoje ne vėliau kaip prieš 14 dienų iki jų įsigaliojimo. Ankstesnes šios politikos versijas pateikiame paprašius.
"""

EDITS = [
    {"note": "typo fixed (mokyklu -> mokyklų), date kept", "bump": False,
     "repl": [("tik mokyklu projektuose", "tik mokyklų projektuose")]},
    {"note": "Cloudflare added to the recipients table",
     "repl": [("| GBIF sekretoriatas | Atvirų stebėjimų duomenų publikavimas | Danija |",
               "| Cloudflare, Inc. | Turinio pristatymo tinklas ir apsauga nuo atakų | JAV |\n"
               "| GBIF sekretoriatas | Atvirų stebėjimų duomenų publikavimas | Danija |")]},
    {"note": "stricter generalisation for the most sensitive species (sentence added)",
     "repl": [("apibendrintos iki 10 × 10 km kvadrato.",
               "apibendrintos iki 10 × 10 km kvadrato, o ypač jautrių rūšių, pavyzdžiui, erelių, juodųjų gandrų ir "
               "kurtinių, – iki 50 × 50 km kvadrato.")]},
    {"note": "new section on automatic species recognition (AI), later sections renumbered",
     "repl": [("## 10. Politikos pakeitimai", "## 11. Politikos pakeitimai"),
              ("## 9. Jūsų teisės", "## 10. Jūsų teisės"),
              ("## 8. Slapukai", "## 9. Slapukai"),
              ("## 7. Vaikai", "## 8. Vaikai"),
              ("## 6. Kiek laiko saugome duomenis", "## 7. Kiek laiko saugome duomenis"),
              ("## 5. Duomenų gavėjai",
               "## 5. Automatinis rūšių atpažinimas\n\n"
               "Įkėlus nuotrauką, platforma pasiūlo galimas rūšis naudodama mašininio mokymosi modelį. Nuotrauka ir "
               "apytikslė vieta apdorojamos mūsų serveriuose ES ir neperduodamos trečiosioms šalims. Pasiūlymas "
               "nėra automatinis sprendimas: rūšį patvirtinate jūs arba bendruomenės ekspertai. Modelį apmokome "
               "tik nuotraukomis, kurioms pasirinkta atvira licencija.\n\n"
               "## 6. Duomenų gavėjai")]},
    {"note": "server log retention extended from 90 to 180 days",
     "repl": [("- Serverio žurnalai saugomi 90 dienų.", "- Serverio žurnalai saugomi 180 dienų.")]},
    {"note": "controller moved: new address",
     "repl": [("@ Žirmūnų g. 68-12, LT-09124 Vilnius", "@ Saulėtekio al. 15, LT-10224 Vilnius")]},
]
SPECIES = [
    ("Baltasis gandras", "Ciconia ciconia"), ("Paprastoji žydrė", "Hepatica nobilis"),
    ("Raudonoji voverė", "Sciurus vulgaris"), ("Kanadinė konyza", "Erigeron canadensis"),
    ("Didysis dygliakiaulis", "Lucanus cervus"), ("Paprastasis baravykas", "Boletus edulis"),
    ("Mažoji kiauliabalsė", "Corvus monedula"), ("Pievinė kiškiakopūstė", "Oxalis acetosella"),
    ("Juodasis gandras", "Ciconia nigra"), ("Europinė stirna", "Capreolus capreolus"),
    ("Dilgėlinis dieninis", "Aglais urticae"), ("Paprastoji rupūžė", "Bufo bufo"),
    ("Sosnovskio barštis", "Heracleum sosnowskyi"), ("Žalioji meleta", "Picus viridis"),
    ("Musmirė raudonoji", "Amanita muscaria"), ("Ūdra", "Lutra lutra"),
]
PLACES = ["Vilnius, Pavilnių regioninis parkas", "Kaunas, Ąžuolynas", "Neringa, Juodkrantė", "Trakai",
          "Anykščių r., Šventosios slėnis", "Klaipėda, Smiltynė", "Dzūkijos nacionalinis parkas", "Šiauliai, Talša",
          "Biržų giria", "Kuršių marių pakrantė, Ventė", "Panevėžys", "Žuvinto biosferos rezervatas"]
USERS = ["gintare.m", "paukstininkas", "jonas_b", "R. Kazlauskaitė", "zalias_kampas", "mokykla_ukmerge",
         "entomologas", "V. Petrauskas", "laumžirgis", "Birutė G."]


def noise(rng, when, i, prev):
    prev = prev or {}
    new = when >= REDESIGN
    local = when + dt.timedelta(hours=2 if when.month in (11, 12, 1, 2, 3) else 3)
    season = [0.15, 0.2, 0.4, 0.8, 1.0, 1.0, 0.95, 0.85, 0.6, 0.35, 0.2, 0.12][when.month - 1]
    today = int((40 + rng.randint(0, 60)) * season * (local.hour + 1) / 3) + rng.randint(0, 9)
    online = int(15 + 220 * season * rng.random())
    feed = tuple((rng.randrange(len(SPECIES)), rng.randrange(len(PLACES)), rng.randrange(len(USERS)),
                  rng.randint(1, 59)) for _ in range(5))
    st = {
        "csrf": (C.b64tok(rng, 64) if not new else
                 C.b64tok(rng, 64).rstrip("=").replace("+", "-").replace("/", "_")),
        "live": (today, online),
        "feed": feed,
        "design": "rails7" if new else "rails6",
    }
    same = prev.get("design") == st["design"]
    st["assets"] = C.keep_or(rng, prev.get("assets") if same else None, 0.15,
                             lambda: (C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 8)) if not new else
                             (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)))
    return st


LABELS = {"csrf": "Rails csrf-token meta", "live": "live observations counter", "feed": "latest observations feed",
          "design": "Rails 6 / Bootstrap -> Rails 7 / Tailwind redesign", "assets": "asset digests",
          "ago": "relative 'updated ... ago' line inside the container (removed)"}


def ago(blocks, when):
    m = re.search(r"(\d{4}) m\. (\w+) (\d+) d\.", blocks[1][1])
    d = dt.date(int(m.group(1)), MENESIU.index(m.group(2)) + 1, int(m.group(3)))
    days = (when.date() - d).days
    if days < 1:
        return "šiandien", d
    if days < 30:
        return "prieš %d %s" % (days, plural(days, "dieną", "dienas", "dienų")), d
    months = round(days / 30.4)
    if months < 12:
        return "prieš %d %s" % (months, plural(months, "mėnesį", "mėnesius", "mėnesių")), d
    years = days // 365
    return "daugiau nei prieš %d %s" % (years, plural(years, "metus", "metus", "metų")), d


def feed_items(s, cls_li, cls_meta):
    out = []
    for sp, pl, us, mins in s["feed"]:
        lt, la = SPECIES[sp]
        out.append('<li class="%s"><a href="/stebejimai/%d"><strong>%s</strong> <em>%s</em></a>'
                   '<span class="%s">%s · %s · prieš %d min.</span></li>'
                   % (cls_li, 400000 + sp * 977 + pl * 31 + us, lt, la, cls_meta, html.escape(PLACES[pl]),
                      html.escape(USERS[us]), mins))
    return "\n".join(out)


def render(s, blocks, when):
    rel, upd = ago(blocks, when)
    s["ago"] = rel
    title = html.escape(blocks[0][1])
    today, online = s["live"]
    a1, a2, a3 = s["assets"]
    if s["design"] == "rails6":
        body = C.blocks_html(blocks[1:], cls={"table": "table table-sm table-bordered"})
        return """<!DOCTYPE html>
<html lang="lt">
  <head>
    <title>%(title)s | Biomatas</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="%(csrf)s" />
    <link rel="stylesheet" media="all" href="/packs/css/application-%(a3)s.css" data-turbolinks-track="reload" />
    <script src="/packs/js/application-%(a1)s.js" data-turbolinks-track="reload"></script>
    <script src="/packs/js/observations-%(a2)s.js" data-turbolinks-track="reload"></script>
    <script defer data-domain="biomatas.lt" src="https://plausible.io/js/script.js"></script>
  </head>
  <body class="pages privacy">
    <nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
      <div class="container">
        <a class="navbar-brand" href="/"><img src="/assets/logo-biomatas.svg" alt="Biomatas" height="36"></a>
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Meniu"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="navbarMain">
          <ul class="navbar-nav mr-auto">
            <li class="nav-item"><a class="nav-link" href="/stebejimai">Stebėjimai</a></li>
            <li class="nav-item"><a class="nav-link" href="/rusys">Rūšys</a></li>
            <li class="nav-item"><a class="nav-link" href="/projektai">Projektai</a></li>
            <li class="nav-item"><a class="nav-link" href="/bendruomene">Bendruomenė</a></li>
            <li class="nav-item"><a class="nav-link" href="/pagalba">Pagalba</a></li>
          </ul>
          <span class="navbar-text live-counter mr-3">Šiandien: <strong>%(today)s</strong> %(today_w)s · prisijungę: %(online)d</span>
          <a class="btn btn-outline-success btn-sm mr-2" href="/users/sign_in">Prisijungti</a>
          <a class="btn btn-success btn-sm" href="/users/sign_up">Registruotis</a>
        </div>
      </div>
    </nav>
    <main class="container py-4">
      <div class="row">
        <div class="col-lg-9">
          <div class="static-page" id="privacy">
            <h1>%(title)s</h1>
            <p class="updated-ago text-muted small">Atnaujinta %(rel)s</p>
%(body)s
          </div>
        </div>
        <div class="col-lg-3">
          <div class="card latest-observations">
            <div class="card-header">Naujausi stebėjimai</div>
            <ul class="list-group list-group-flush">
%(feed)s
            </ul>
            <div class="card-footer"><a href="/stebejimai">Visi stebėjimai</a></div>
          </div>
        </div>
      </div>
    </main>
    <footer class="footer bg-light border-top py-4">
      <div class="container small text-muted">
        <a href="/apie">Apie Biomatą</a> · <a href="/privatumo-politika">Privatumo politika</a> · <a href="/naudojimosi-taisykles">Naudojimosi taisyklės</a> · <a href="/duomenys">Duomenys ir GBIF</a>
        <p class="mt-2 mb-0">© VšĮ „Biomatas“. Stebėjimų duomenys – pagal stebėtojų pasirinktas Creative Commons licencijas.</p>
      </div>
    </footer>
  </body>
</html>
""" % {"title": title, "csrf": s["csrf"], "a1": a1, "a2": a2, "a3": a3, "today": "{:,}".format(today).replace(",", "\u00a0"),
           "today_w": plural(today, "stebėjimas", "stebėjimai", "stebėjimų"), "online": online, "rel": rel,
           "body": body, "feed": feed_items(s, "list-group-item small", "d-block text-muted")}
    body = C.blocks_html(blocks[1:])
    head, secs = C.split_sections(blocks)
    toc = "\n".join('<li><a href="#skyrius-%d" class="block py-1 hover:text-emerald-700">%s</a></li>'
                    % (n, html.escape(h)) for n, (h, _) in enumerate(secs, 1))
    return """<!DOCTYPE html>
<html lang="lt" class="h-full">
  <head>
    <title>%(title)s | Biomatas</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="%(csrf)s" />
    <meta name="turbo-prefetch" content="true">
    <link rel="stylesheet" href="/assets/tailwind-%(a1)s.css" data-turbo-track="reload" />
<link rel="stylesheet" href="/assets/application-%(a2)s.css" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{
  "imports": {
    "application": "/assets/application-%(a3)s.js",
    "@hotwired/turbo-rails": "/assets/turbo.min-%(a2)s.js",
    "@hotwired/stimulus": "/assets/stimulus.min-%(a1)s.js",
    "@hotwired/stimulus-loading": "/assets/stimulus-loading-%(a3)s.js",
    "leaflet": "https://ga.jspm.io/npm:leaflet@1.9.4/dist/leaflet-src.js"
  }
}</script>
<link rel="modulepreload" href="/assets/application-%(a3)s.js">
<script type="module">import "application"</script>
    <script defer data-domain="biomatas.lt" src="https://plausible.io/js/script.js"></script>
  </head>
  <body class="h-full bg-stone-50 text-stone-800">
    <header class="sticky top-0 z-40 border-b border-emerald-100 bg-white/90 backdrop-blur">
      <div class="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
        <a href="/" class="shrink-0"><img src="/assets/logo-biomatas-%(a1)s.svg" alt="Biomatas" class="h-9 w-auto"></a>
        <nav class="hidden gap-5 text-sm font-medium md:flex">
          <a href="/stebejimai" class="hover:text-emerald-700">Stebėjimai</a>
          <a href="/rusys" class="hover:text-emerald-700">Rūšys</a>
          <a href="/projektai" class="hover:text-emerald-700">Projektai</a>
          <a href="/bendruomene" class="hover:text-emerald-700">Bendruomenė</a>
          <a href="/pagalba" class="hover:text-emerald-700">Pagalba</a>
        </nav>
        <turbo-frame id="live_counter" class="ml-auto hidden text-xs text-stone-500 lg:block">
          <span class="inline-flex items-center gap-1"><span class="h-2 w-2 animate-pulse rounded-full bg-emerald-500"></span>Šiandien <strong class="text-stone-800">%(today)s</strong> %(today_w)s · prisijungę: %(online)d</span>
        </turbo-frame>
        <a href="/users/sign_in" class="rounded-full border border-emerald-600 px-4 py-1.5 text-sm text-emerald-700">Prisijungti</a>
      </div>
    </header>
    <main id="main" class="mx-auto grid max-w-7xl gap-10 px-4 py-10 lg:grid-cols-[14rem_1fr_18rem]">
      <nav class="hidden text-sm lg:block" aria-label="Turinys" data-controller="toc">
        <p class="mb-2 font-semibold uppercase tracking-wide text-stone-500">Turinys</p>
        <ol class="space-y-1">
%(toc)s
        </ol>
      </nav>
      <article class="legal-doc prose prose-stone max-w-none prose-headings:scroll-mt-24">
        <header class="not-prose mb-8">
          <h1 class="text-3xl font-bold tracking-tight">%(title)s</h1>
          <p class="updated-ago mt-2 text-sm text-stone-500"><time datetime="%(iso)s">Atnaujinta %(rel)s</time></p>
        </header>
%(body)s
      </article>
      <aside class="space-y-4">
        <turbo-frame id="latest_observations" src="/stebejimai/naujausi" loading="lazy">
          <h2 class="text-sm font-semibold uppercase tracking-wide text-stone-500">Naujausi stebėjimai</h2>
          <ul class="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
%(feed)s
          </ul>
        </turbo-frame>
      </aside>
    </main>
    <footer class="border-t border-stone-200 bg-white">
      <div class="mx-auto max-w-7xl px-4 py-8 text-sm text-stone-500">
        <nav class="flex flex-wrap gap-4"><a href="/apie">Apie Biomatą</a><a href="/privatumo-politika">Privatumo politika</a><a href="/naudojimosi-taisykles">Naudojimosi taisyklės</a><a href="/duomenys">Duomenys ir GBIF</a></nav>
        <p class="mt-4">© VšĮ „Biomatas“. Stebėjimų duomenys – pagal stebėtojų pasirinktas Creative Commons licencijas.</p>
      </div>
    </footer>
  </body>
</html>
""" % {"title": title, "csrf": s["csrf"], "a1": a1, "a2": a2, "a3": a3,
       "today": "{:,}".format(today).replace(",", "\u00a0"),
       "today_w": plural(today, "stebėjimas", "stebėjimai", "stebėjimų"), "online": online,
       "rel": rel, "toc": toc,
       "iso": upd.isoformat(), "body": body,
       "feed": feed_items(s, "px-4 py-3 text-sm", "block text-xs text-stone-500")}


URL = "https://www.biomatas.lt/privatumo-politika"

PAGE = {
    "service": "Biomatas",
    "url": URL,
    "lang": "lt",
    "platform": "Ruby on Rails 6.1 (Bootstrap 4, Webpacker) -> Rails 7.1 (Tailwind, Turbo, importmap)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff"),
                      ("Referrer-Policy", "strict-origin-when-cross-origin"),
                      ("Cache-Control", "max-age=0, private, must-revalidate"), ("Vary", "Accept")),
    "n": 32,
    "start": dt.date(2021, 2, 1),
    "end": dt.date(2025, 1, 31),
    "policy": POLICY,
    "first_updated": dt.date(2020, 12, 7),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal-doc", "remove": ".updated-ago"},
    "history": [{"fetch": URL, "select": "#privacy", "remove": ".updated-ago", "validUntil": "2023-06-13T00:00:00Z"}],
}
