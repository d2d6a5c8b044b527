"""Kaimynas (supermarket chain, Vilnius) - lt-LT - Optimizely CMS 11 (Episerver, ASP.NET MVC) article page: the
h1.article-page__title and the XhtmlString body in div.article-page__body, a sub-menu of the legal pages in the
sidebar, a content area with a contact teaser block below the article; the header's weekly leaflet ("Savaitės
leidinys") strip with its validity dates, and the Episerver Forms newsletter block in the footer with a per-visit
__RequestVerificationToken. The loyalty card (Kaimyno kortelė) has its own section and retention table. Fairly clean:
two noise features."""
import datetime as dt
import html
import common as C

URL = "https://www.kaimynas.lt/privatumo-politika/"
MEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
       "lapkričio", "gruodžio"]


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, MEN[d.month - 1], d.day)


POLICY = """
# Privatumo politika

Atnaujinta {UPDATED}

UAB „Kaimyno prekyba“ (toliau – „Kaimynas“, „mes“) valdo „Kaimynas“ prekybos centrų tinklą, elektroninę parduotuvę e.kaimynas.lt, programėlę „Kaimynas“ ir lojalumo programą „Kaimyno kortelė“. Šioje privatumo politikoje paaiškiname, kokius Jūsų asmens duomenis tvarkome, kodėl ir kaip ilgai juos saugome, kam juos perduodame ir kokias teises turite pagal Bendrąjį duomenų apsaugos reglamentą (BDAR) ir Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymą.

## Duomenų valdytojas

@ UAB „Kaimyno prekyba“
@ Juridinio asmens kodas 302518476
@ Ukmergės g. 241, LT-07114 Vilnius
@ Tel. 8 700 55 100
@ El. paštas [info@kaimynas.lt](mailto:info@kaimynas.lt)

Mūsų duomenų apsaugos pareigūną galite pasiekti el. paštu [dap@kaimynas.lt](mailto:dap@kaimynas.lt) arba paštu aukščiau nurodytu adresu, nurodydami „Duomenų apsaugos pareigūnui“.

## Kokius duomenis renkame

Renkame tik tuos duomenis, kurių reikia konkrečiam tikslui pasiekti:

- tapatybės ir kontaktiniai duomenys: vardas, pavardė, gimimo data, el. pašto adresas, telefono numeris, pristatymo adresas;
- Kaimyno kortelės duomenys: kortelės numeris, sukaupti ir panaudoti taškai, gauti asmeniniai pasiūlymai;
- pirkimų duomenys: įsigytos prekės, pirkimo data, vieta ir suma, mokėjimo būdas (be mokėjimo kortelės numerio);
- e. parduotuvės užsakymų duomenys: užsakymo turinys, pasirinktas pristatymo laikas, pakeitimai ir grąžinimai;
- komunikacijos duomenys: Jūsų užklausos, skundai ir pokalbių su klientų aptarnavimo centru įrašai;
- vaizdo duomenys: prekybos centruose įrengtų vaizdo stebėjimo kamerų įrašai;
- techniniai duomenys: IP adresas, įrenginio ir naršyklės informacija, slapukų identifikatoriai.

## Kaimyno kortelė

Tapę Kaimyno kortelės nariu, už pirkinius kaupiate taškus ir gaunate asmeninius pasiūlymus. Tam tvarkome Jūsų registracijos duomenis ir pirkimų istoriją. Asmeninius pasiūlymus parenkame pagal tai, kokias prekių grupes perkate dažniausiai; tokia analizė nesukelia Jums teisinių pasekmių.

Kortelę galite naudoti ir neužsiregistravę. Tokiu atveju tvarkome tik kortelės numerį ir su ja atliktus pirkimus, o asmeninių pasiūlymų nesiunčiame.

Jei kortelės nenaudojate 24 mėnesius, Jūsų narystė nutraukiama, o duomenys ištrinami arba nuasmeninami.

## Tvarkymo tikslai ir teisiniai pagrindai

| Tikslas | Teisinis pagrindas | Saugojimo terminas |
| Lojalumo programos administravimas | sutarties vykdymas | narystės laikotarpiu ir 24 mėnesius po paskutinio pirkimo |
| Tiesioginė rinkodara | Jūsų sutikimas | kol atšauksite sutikimą, bet ne ilgiau kaip 3 metus nuo paskutinio pirkimo |
| E. parduotuvės užsakymų vykdymas | sutarties vykdymas | 5 metus nuo užsakymo įvykdymo |
| Buhalterinė apskaita | teisinė prievolė | 10 metų |
| Vaizdo stebėjimas prekybos centruose | teisėtas interesas užtikrinti saugumą | 30 dienų |
| Klientų užklausų ir skundų nagrinėjimas | teisinė prievolė ir teisėtas interesas | 1 metus po atsakymo pateikimo |

## Tiesioginė rinkodara

Naujienlaiškius, SMS žinutes ir programėlės pranešimus apie akcijas siunčiame tik gavę Jūsų sutikimą. Sutikimą galite bet kada atšaukti paspaudę nuorodą naujienlaiškio apačioje, savo paskyroje arba paskambinę klientų aptarnavimo centrui. Sutikimo atšaukimas neturi įtakos taškų kaupimui.

## Vaizdo stebėjimas

Prekybos centrų salėse, prie kasų, įėjimų ir automobilių stovėjimo aikštelėse vykdome vaizdo stebėjimą, kad apsaugotume klientus, darbuotojus ir turtą. Apie vaizdo stebėjimą informuojame lipdukais prie įėjimų. Garso neįrašome. Įrašus saugome 30 dienų, išskyrus atvejus, kai jie reikalingi incidentui tirti.

## Elektroninė parduotuvė ir programėlė

Užsakydami prekes e.kaimynas.lt ar programėlėje „Kaimynas“, turite susikurti paskyrą. Užsakymui įvykdyti tvarkome Jūsų kontaktinius duomenis, pristatymo adresą ir pasirinktą pristatymo laiką. Jei kurios nors prekės neturime, surinkėjas gali pasiūlyti pakaitalą; apie tai informuojame SMS žinute arba skambučiu.

Programėlėje galite laikyti skaitmeninę Kaimyno kortelę, matyti savo pirkimų čekius ir asmeninius pasiūlymus. Jei leisite, programėlė naudos Jūsų įrenginio buvimo vietą, kad parodytų artimiausią prekybos centrą ir jo darbo laiką. Buvimo vietos duomenų nesaugome ir neperduodame kitiems.

Mokėjimus e. parduotuvėje apdoroja mokėjimo paslaugų teikėjai. Mes gauname tik informaciją apie tai, ar mokėjimas pavyko, bet ne Jūsų mokėjimo kortelės duomenis.

## Žaidimai, loterijos ir apklausos

Organizuodami žaidimus ir akcijas, tvarkome dalyvių vardą, kontaktinius duomenis ir, jei reikia, pirkimo čekio numerį. Laimėtojų vardus ir miestus galime paskelbti svetainėje ir socialiniuose tinkluose, jei tai numatyta žaidimo taisyklėse. Dalyvių duomenis saugome 6 mėnesius po žaidimo pabaigos, o laimėtojų – 10 metų, nes to reikalauja mokesčių teisės aktai.

Kartais klientų prašome įvertinti apsipirkimo patirtį trumpoje apklausoje. Dalyvauti apklausose nėra privaloma, o atsakymus analizuojame apibendrintai.

## Duomenų saugumas

Taikome tinkamas organizacines ir technines priemones, kad apsaugotume Jūsų duomenis nuo neteisėtos prieigos, praradimo ar sunaikinimo: duomenis šifruojame, prieigą suteikiame tik tiems darbuotojams, kuriems jos reikia darbui, reguliariai tikriname savo sistemas ir mokome darbuotojus. Jei įvyktų duomenų saugumo pažeidimas, kuris galėtų sukelti didelį pavojų Jūsų teisėms, Jus nedelsdami informuosime.

## Duomenų gavėjai

Jūsų duomenis galime perduoti:

- duomenų tvarkytojams, teikiantiems mums IT infrastruktūros, debesijos ir programinės įrangos paslaugas, įskaitant Microsoft Ireland Operations Ltd.;
- kurjerių tarnyboms, pristatančioms e. parduotuvės užsakymus;
- rinkodaros paslaugų teikėjams, siunčiantiems naujienlaiškius mūsų vardu;
- apsaugos paslaugų įmonėms, prižiūrinčioms vaizdo stebėjimo sistemą;
- teisėsaugos institucijoms ir kitoms valstybės institucijoms, kai to reikalauja teisės aktai.

Jūsų duomenų neparduodame ir neperduodame trečiosioms šalims jų pačių rinkodaros tikslais.

## Socialiniai tinklai

„Kaimynas“ turi paskyras socialiniuose tinkluose „Facebook“, „Instagram“ ir „TikTok“. Kai rašote mums žinutę ar komentuojate mūsų įrašus, matome Jūsų viešą profilio informaciją ir Jūsų pateiktą turinį. Už duomenų tvarkymą socialiniuose tinkluose kartu su mumis atsako ir tų tinklų valdytojai, todėl rekomenduojame susipažinti ir su jų privatumo politikomis.

Socialiniuose tinkluose mūsų reklama gali būti rodoma pagal bendras auditorijos savybes, pavyzdžiui, amžių ir gyvenamąją vietovę. Jūsų el. pašto adresą reklamos platformoms perduodame tik užšifruotą ir tik tada, kai esate davę sutikimą gauti tiesioginės rinkodaros pranešimus.

## Kandidatų į darbo vietas duomenys

Jei kandidatuojate į darbo vietą „Kaimynas“ prekybos centruose, logistikos centre ar biure, tvarkome Jūsų gyvenimo aprašymą, kontaktinius duomenis ir pokalbio metu pateiktą informaciją, kad galėtume įvertinti Jūsų kandidatūrą. Kandidatų duomenis saugome iki atrankos pabaigos. Jei sutiksite, Jūsų gyvenimo aprašymą saugosime dar 12 mėnesių ir pasiūlysime Jums kitas tinkamas darbo vietas.

Dalyvauti atrankoje galite ir per darbo skelbimų portalus. Tokiu atveju duomenis iš portalo gauname tik tada, kai patys paspaudžiate „Kandidatuoti“.

## Duomenų perdavimas už ES ribų

Paprastai Jūsų duomenis tvarkome Europos ekonominėje erdvėje. Jei duomenų tvarkytojas duomenis tvarko už jos ribų, užtikriname tinkamas apsaugos priemones, pavyzdžiui, Europos Komisijos patvirtintas standartines sutarčių sąlygas.

## Slapukai

Svetainėje ir programėlėje naudojame slapukus. Būtinieji slapukai reikalingi svetainės veikimui, o analitiniai ir rinkodaros slapukai naudojami tik gavus Jūsų sutikimą. Daugiau informacijos rasite [slapukų politikoje](/slapuku-politika/).

## Jūsų teisės

Turite teisę:

- susipažinti su savo asmens duomenimis;
- reikalauti ištaisyti netikslius duomenis;
- reikalauti ištrinti duomenis („teisė būti pamirštam“);
- apriboti duomenų tvarkymą;
- į duomenų perkeliamumą;
- nesutikti, kad duomenys būtų tvarkomi teisėto intereso pagrindu;
- bet kada atšaukti duomenų tvarkymo sutikimą.

Prašymą galite pateikti el. paštu, savo paskyroje arba bet kuriame „Kaimynas“ prekybos centre, pateikę asmens tapatybę patvirtinantį dokumentą. Atsakysime ne vėliau kaip per 30 dienų.

Jei manote, kad Jūsų duomenys tvarkomi pažeidžiant teisės aktus, galite pateikti skundą [Valstybinei duomenų apsaugos inspekcijai](https://vdai.lrv.lt) (L. Sapiegos g. 17, LT-10312 Vilnius).

## Profiliavimas ir automatizuoti sprendimai

Kaimyno kortelės narių pirkimų duomenis analizuojame, kad galėtume pasiūlyti aktualias nuolaidas, pavyzdžiui, kūdikių prekėms ar ekologiškiems produktams. Tokia analizė atliekama automatiškai, tačiau ji neturi Jums teisinių pasekmių ir nedaro panašaus reikšmingo poveikio: visi nariai gali įsigyti tas pačias prekes tomis pačiomis bendrosiomis kainomis. Profiliavimui galite bet kada nepritarti savo paskyroje arba parašę mums – tuomet gausite tik visiems nariams skirtus pasiūlymus.

## Vaikų duomenys

Kaimyno kortelės nariais gali tapti asmenys nuo 16 metų. Sąmoningai nerenkame jaunesnių vaikų duomenų. Jei sužinotume, kad tokie duomenys buvo pateikti be tėvų sutikimo, juos nedelsdami ištrintume.

## Kaip su mumis susisiekti

Jei turite klausimų apie tai, kaip tvarkome Jūsų asmens duomenis, arba norite pasinaudoti savo teisėmis, kreipkitės į klientų aptarnavimo centrą telefonu 8 700 55 100, el. paštu arba užpildę užklausos formą svetainėje. Jūsų užklausą perduosime duomenų apsaugos pareigūnui, kuris ją išnagrinės ir pateiks atsakymą raštu.

## Politikos pakeitimai

Šią politiką galime atnaujinti, kai keičiasi mūsų paslaugos, teisės aktai ar duomenų tvarkymo būdai. Ankstesnes šios politikos versijas galite gauti paprašę el. paštu. Apie esminius pakeitimus informuosime svetainėje, programėlėje arba el. paštu.
"""

EDITS = [
    {"note": "loyalty: inactivity period before membership ends raised from 24 to 36 months (paragraph and table)",
     "repl": [("Jei kortelės nenaudojate 24 mėnesius", "Jei kortelės nenaudojate 36 mėnesius"),
              ("narystės laikotarpiu ir 24 mėnesius", "narystės laikotarpiu ir 36 mėnesius")]},
    {"note": "new section: self-checkout age verification with the app",
     "repl": [("## Tiesioginė rinkodara", "## Savitarnos kasos ir amžiaus patikra\n\nPerkant alkoholį ar tabaką savitarnos kasoje, amžių galite patvirtinti programėle „Kaimynas“, prisijungę per Smart-ID. Tvarkome tik patikros rezultatą (ar Jums yra 20 metų) ir jo laiką; asmens kodo nesaugome. Patikros įrašus saugome 6 mėnesius.\n\n## Tiesioginė rinkodara")]},
    {"note": "video retention shortened in the video section only (table left at 30 days)",
     "repl": [("Įrašus saugome 30 dienų, išskyrus", "Įrašus saugome 14 dienų, išskyrus")]},
    {"note": "processor named: Salesforce Marketing Cloud for newsletters",
     "repl": [("- rinkodaros paslaugų teikėjams, siunčiantiems naujienlaiškius mūsų vardu;",
               "- rinkodaros paslaugų teikėjams, siunčiantiems naujienlaiškius mūsų vardu, įskaitant salesforce.com Germany GmbH (Marketing Cloud);")]},
    {"note": "sentence deleted: 'we do not record sound' (silent, date kept)", "bump": False,
     "repl": [(" Garso neįrašome.", "")]},
]


def leaflet(when):
    """The weekly leaflet runs Tuesday to Monday."""
    d = when.date()
    start = d - dt.timedelta(days=(d.weekday() - 1) % 7)
    return start, start + dt.timedelta(days=6)


def noise(rng, when, i, prev):
    a, b = leaflet(when)
    return {"token": C.b64tok(rng, 68).replace("+", "-").replace("/", "_").rstrip("=") + "1",
            "leaflet": (a.isoformat(), b.isoformat())}


LABELS = {"token": "per-visit __RequestVerificationToken of the footer newsletter form (Episerver Forms)",
          "leaflet": "weekly leaflet strip in the header (validity dates)"}

MENU = [("Apie mus", "/apie-mus/"), ("Akcijos", "/akcijos/"), ("Kaimyno kortelė", "/kaimyno-kortele/"),
        ("Receptai", "/receptai/"), ("Parduotuvės", "/parduotuves/"), ("Karjera", "/karjera/")]
LEGAL = [("Pirkimo taisyklės", "/pirkimo-taisykles/"), ("Kaimyno kortelės taisyklės", "/kaimyno-korteles-taisykles/"),
         ("Privatumo politika", "/privatumo-politika/"), ("Slapukų politika", "/slapuku-politika/"),
         ("Vaizdo stebėjimas", "/vaizdo-stebejimas/")]


def render(s, blocks, when):
    a, b = (dt.date.fromisoformat(x) for x in s["leaflet"])
    menu = "\n".join('<li class="main-nav__item"><a class="main-nav__link" href="%s">%s</a></li>' % (u, t) for t, u in MENU)
    side = "\n".join('<li class="sub-nav__item%s"><a href="%s"%s>%s</a></li>'
                     % (" sub-nav__item--active" if u == "/privatumo-politika/" else "", u,
                        ' aria-current="page"' if u == "/privatumo-politika/" else "", t) for t, u in LEGAL)
    body = C.blocks_html(blocks[1:], sep="\n")
    return """<!DOCTYPE html>
<html lang="lt">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Privatumo politika | Kaimynas</title>
    <meta name="description" content="Kaip „Kaimynas“ tvarko Jūsų asmens duomenis." />
    <meta property="og:title" content="Privatumo politika" />
    <meta property="og:image" content="https://www.kaimynas.lt/globalassets/og/kaimynas-og.jpg" />
    <link rel="canonical" href="%(url)s" />
    <link rel="stylesheet" href="/dist/css/main.min.css?v=4.12.0.1" />
    <link rel="preload" href="/dist/fonts/Kaimynas-Sans-Bold.woff2" as="font" type="font/woff2" crossorigin />
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7N2QX4');</script>
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="LT" type="text/javascript"></script>
</head>
<body class="page page--article">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7N2QX4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main-content">Pereiti prie turinio</a>
    <header class="site-header">
        <div class="leaflet-strip">
            <div class="container">
                <a class="leaflet-strip__link" href="/leidiniai/">
                    <span class="leaflet-strip__label">Savaitės leidinys</span>
                    <span class="leaflet-strip__dates">%(la)s–%(lb)s</span>
                    <span class="leaflet-strip__cta">Žiūrėti pasiūlymus</span>
                </a>
            </div>
        </div>
        <div class="site-header__main container">
            <a class="site-header__logo" href="/"><img src="/globalassets/logo/kaimynas-logo.svg" alt="Kaimynas" width="168" height="40" /></a>
            <nav class="main-nav" aria-label="Pagrindinis meniu">
                <ul class="main-nav__list">
%(menu)s
                </ul>
            </nav>
            <div class="site-header__actions">
                <a class="btn btn--outline" href="https://e.kaimynas.lt/">E. parduotuvė</a>
                <a class="btn btn--primary" href="/mano-kortele/">Mano kortelė</a>
            </div>
        </div>
    </header>
    <main id="main-content" class="main">
        <div class="container">
            <nav class="breadcrumbs" aria-label="Naršymo kelias">
                <ol class="breadcrumbs__list">
                    <li class="breadcrumbs__item"><a href="/">Pradžia</a></li>
                    <li class="breadcrumbs__item"><a href="/teisine-informacija/">Teisinė informacija</a></li>
                    <li class="breadcrumbs__item" aria-current="page">Privatumo politika</li>
                </ol>
            </nav>
            <div class="row">
                <aside class="col-lg-3 sidebar">
                    <nav class="sub-nav" aria-label="Teisinė informacija">
                        <ul class="sub-nav__list">
%(side)s
                        </ul>
                    </nav>
                </aside>
                <article class="col-lg-9 article-page">
                    <h1 class="article-page__title">%(h1)s</h1>
                    <div class="article-page__body rich-text">
%(body)s
                    </div>
                    <div class="content-area">
                        <div class="block contactteaserblock col-12">
                            <div class="contact-teaser">
                                <h2 class="contact-teaser__title">Turite klausimų?</h2>
                                <p class="contact-teaser__text">Klientų aptarnavimo centras dirba I–VII 8–21 val.</p>
                                <a class="contact-teaser__phone" href="tel:+37070055100">8 700 55 100</a>
                            </div>
                        </div>
                    </div>
                </article>
            </div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="row">
                <div class="col-md-6 site-footer__newsletter">
                    <form method="post" novalidate="novalidate" data-f-metadata="" aria-labelledby="3f0d6c1e-8a47-4b52-9c0e-71a5d2e48b90_label" enctype="multipart/form-data" class="EPiServerForms" data-f-type="form" id="3f0d6c1e-8a47-4b52-9c0e-71a5d2e48b90">
                        <script type="text/javascript" src="/EPiServer.Forms/DataAnnotations.js"></script>
                        <script type="text/javascript" src="/EPiServer.Forms/Messages.js"></script>
                        <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormGuid" value="3f0d6c1e-8a47-4b52-9c0e-71a5d2e48b90" data-f-type="hidden" />
                        <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormHostedPage" value="1187" data-f-type="hidden" />
                        <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormLanguage" value="lt" data-f-type="hidden" />
                        <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormCurrentStepIndex" value="" data-f-type="hidden" />
                        <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormSubmissionId" value="" data-f-type="hidden" />
                        <input name="__RequestVerificationToken" type="hidden" value="%(token)s" />
                        <h2 class="Form__Title" id="3f0d6c1e-8a47-4b52-9c0e-71a5d2e48b90_label">Gaukite savaitės pasiūlymus el. paštu</h2>
                        <div class="Form__MainBody">
                            <section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData " data-f-stepindex="0" data-f-element-nondata>
                            </section>
                            <div class="FormStep__Container">
                                <div class="Form__Element FormTextbox FormTextbox--Email ValidationRequired" data-f-element-name="__field_1204" data-f-type="textbox" data-f-modifier="email">
                                    <label for="a1c9e5d2-6b7f-4e0a-8d13-5f2b9c4e7a01" class="Form__Element__Caption">El. paštas</label>
                                    <input name="__field_1204" id="a1c9e5d2-6b7f-4e0a-8d13-5f2b9c4e7a01" type="email" class="FormTextbox__Input" aria-describedby="__field_1204_desc" placeholder="vardas@pastas.lt" data-f-datainput required aria-required="true" autocomplete="email" />
                                    <span data-f-linked-name="__field_1204" data-f-validationerror="" class="Form__Element__ValidationError" aria-live="polite" id="__field_1204_desc" role="alert" style="display:none;">*</span>
                                </div>
                                <button id="c0e4b8a2-3d91-4f6c-a5e7-29b1d8f0c3e6" name="submit" type="submit" value="c0e4b8a2-3d91-4f6c-a5e7-29b1d8f0c3e6" data-f-is-finalized="false" data-f-is-progressive-submit="true" data-f-type="submitbutton" data-f-element-name="__field_1205" class="Form__Element FormExcludeDataRebind FormSubmitButton">Prenumeruoti</button>
                            </div>
                        </div>
                    </form>
                </div>
                <div class="col-md-6 site-footer__links">
                    <ul class="footer-links">
                        <li><a href="/kontaktai/">Kontaktai</a></li>
                        <li><a href="/duk/">DUK</a></li>
                        <li><a href="/privatumo-politika/">Privatumo politika</a></li>
                        <li><a href="/slapuku-politika/">Slapukų politika</a></li>
                        <li><a href="javascript:CookieConsent.renew();">Slapukų nustatymai</a></li>
                    </ul>
                    <p class="site-footer__copy">&copy; %(year)d UAB „Kaimyno prekyba“</p>
                </div>
            </div>
        </div>
    </footer>
    <script src="/dist/js/vendor.min.js?v=4.12.0.1"></script>
    <script src="/dist/js/main.min.js?v=4.12.0.1"></script>
    <script type="text/javascript" src="/Util/Find/epi-util/find.js"></script>
    <script type="text/javascript">
if(typeof FindApi === 'function'){var api = new FindApi();api.setApplicationUrl('/');api.setServiceApiBaseUrl('/find_v2/');api.processEventFromCurrentUri();api.bindWindowEvents();api.bindAClickEvent();api.sendBufferedEvents();}
</script>
</body>
</html>
""" % {"url": URL, "la": a.strftime("%m.%d"), "lb": b.strftime("%m.%d"), "menu": menu, "side": side,
       "h1": html.escape(blocks[0][1]), "body": body, "token": s["token"], "year": when.year}


PAGE = {
    "service": "Kaimynas", "url": URL, "lang": "lt-LT", "platform": "Optimizely CMS 11 (Episerver)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2025, 6, 30), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-page__title", ".article-page__body"]},
}
