"""Optica Lumen (Romanian optician and eyewear chain, Cluj-Napoca) - Romanian - Umbraco 9 with the legacy Grid
Layout, upgraded to Umbraco 13 with the Block Grid editor in February 2024; Cookiebot, GTM, Hotjar.

The page template prints a hero (h1 and date) and the grid inside `div.page-content`; the declaration selects it.
Inside the grid, between the health-data section and the purposes table, the content editors put an appointment
call-to-action block (`.block-appointment-cta`) that shows the next free slot of the booking system for the eye
exam ("Următorul interval liber: mâine, 10:30, Lumen Iulius Mall") - curators drop it with `remove`. Outside the
container: the top promo strip (second pair of sunglasses, back to school, Black Friday...), the header's nearest
store status (open now until 22:00 / closed, opens at 10:00), and the footer newsletter's Umbraco Forms
`__RequestVerificationToken` and `ufprt` (new per request).
"""
import datetime as dt

import common as C

URL = "https://www.opticalumen.ro/politica-de-confidentialitate/"
UMB13_FROM = dt.datetime(2024, 2, 12)

POLICY = """
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Lumen Optic Retail S.R.L. („Optica Lumen”, „noi”) respectă confidențialitatea datelor dumneavoastră cu caracter personal. Această politică explică modul în care prelucrăm datele atunci când vizitați magazinele noastre sau site-ul opticalumen.ro, când vă programați la un consult optometric, când cumpărați ochelari sau lentile de contact ori când vă abonați la newsletter.

## 1. Cine suntem

Operatorul datelor este:

@ Lumen Optic Retail S.R.L.
@ Str. Memorandumului nr. 28, 400114 Cluj-Napoca, România
@ CUI RO31245876, J12/2841/2013
@ E-mail: dpo@opticalumen.ro | Telefon: 0364 401 220

Am desemnat un responsabil cu protecția datelor (DPO), pe care îl puteți contacta la adresa de e-mail de mai sus pentru orice întrebare privind prelucrarea datelor dumneavoastră.

## 2. Ce date prelucrăm

- date de identificare și contact: nume, prenume, telefon, e-mail, adresă de livrare;
- date despre sănătatea ochilor: rezultatele consultului optometric sau oftalmologic, dioptriile, prescripția medicală, istoricul purtării lentilelor de contact, eventualele afecțiuni oculare declarate;
- date despre achiziții: produsele cumpărate, garanțiile, comenzile de lentile personalizate, decontările prin casa de asigurări sau prin asigurarea privată de sănătate;
- date din contul de client și din programul de fidelitate Lumen Club: puncte acumulate, vouchere, preferințe de comunicare;
- date tehnice: adresa IP, tipul dispozitivului, cookie-uri și identificatori similari, conform Politicii de cookie-uri.

### Date privind copiii

Efectuăm consulturi optometrice și pentru copii. În cazul minorilor sub 16 ani, datele sunt furnizate, iar consimțământul, acolo unde este necesar, este exprimat de părintele sau tutorele legal care însoțește copilul la consult. Rezultatele consultului și recomandările optometristului sunt comunicate părintelui sau tutorelui.

## 3. Date privind sănătatea

Datele din fișa optometrică sunt date privind sănătatea, adică o categorie specială de date în sensul art. 9 din Regulamentul (UE) 2016/679 (GDPR). Le prelucrăm numai în măsura necesară pentru efectuarea consultului, realizarea și adaptarea ochelarilor și a lentilelor de contact și pentru monitorizarea evoluției vederii dumneavoastră, în baza art. 9 alin. (2) lit. h) din GDPR, de către optometriști și medici oftalmologi supuși obligației de secret profesional. Accesul la fișa optometrică este permis doar personalului de specialitate.

## 4. Scopurile și temeiurile prelucrării

| Scop | Temei legal | Perioada de păstrare |
| Programarea și efectuarea consultului optometric | Executarea contractului; art. 9 alin. (2) lit. h) GDPR | 5 ani de la ultimul consult |
| Vânzarea produselor, livrarea și garanția | Executarea contractului | Pe durata garanției, plus 3 ani |
| Documente financiar-contabile | Obligație legală | 10 ani |
| Programul de fidelitate Lumen Club | Executarea contractului de fidelitate | Până la retragerea din program, plus 1 an |
| Mesaje de marketing (e-mail, SMS) | Consimțământ | Până la retragerea consimțământului |
| Reamintiri pentru controlul periodic al vederii | Interes legitim | 2 ani de la ultimul consult |
| Supraveghere video în magazine | Interes legitim (siguranța persoanelor și a bunurilor) | 30 de zile |

## 5. Cui transmitem datele

Nu vindem datele dumneavoastră. Le putem transmite, strict în scopurile de mai sus, către:

- laboratoarele partenere care produc lentilele comandate (doar prescripția și parametrii de montaj);
- firmele de curierat (Fan Courier, Sameday) pentru livrarea comenzilor online;
- procesatorii de plăți (Netopia Payments, Banca Transilvania) și partenerii pentru plata în rate;
- furnizorii de servicii IT: găzduirea site-ului, sistemul de programări, platforma de e-mail marketing;
- casele de asigurări de sănătate, atunci când solicitați decontarea;
- autoritățile publice, atunci când legea ne obligă.

### Lumen Club și comunicările comerciale

Înscrierea în programul Lumen Club este gratuită și opțională. Pe baza achizițiilor acumulați puncte pe care le puteți folosi la cumpărăturile următoare. Dacă ați optat pentru primirea comunicărilor comerciale, vă putem trimite oferte adaptate istoricului dumneavoastră de cumpărături; vă puteți dezabona oricând, folosind linkul din fiecare e-mail sau răspunzând STOP la mesajele SMS.

Furnizorii noștri acționează ca persoane împuternicite și au obligația contractuală de a păstra confidentialitatea și securitatea datelor.

## 6. Transferuri în afara Spațiului Economic European

Datele dumneavoastră sunt stocate pe servere situate în Uniunea Europeană. Dacă un furnizor trebuie să acceseze date din afara SEE, transferul se face numai pe baza unei decizii de adecvare a Comisiei Europene sau a clauzelor contractuale standard.

## 7. Drepturile dumneavoastră

Conform GDPR, aveți următoarele drepturi:

- dreptul de acces la date;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de opoziție, inclusiv față de marketingul direct;
- dreptul de a vă retrage consimțământul în orice moment.

Puteți exercita aceste drepturi printr-o cerere trimisă la dpo@opticalumen.ro sau depusă în orice magazin Optica Lumen. Vom răspunde în termen de cel mult o lună de la primirea cererii.

Aveți, de asemenea, dreptul de a depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1, București, [www.dataprotection.ro](https://www.dataprotection.ro).

## 8. Securitatea datelor

Aplicăm măsuri tehnice și organizatorice adecvate: criptarea conexiunilor, acces pe bază de roluri la fișa optometrică, copii de siguranță zilnice și instruirea periodică a angajaților din magazine.

## 9. Cookie-uri

Site-ul folosește cookie-uri strict necesare pentru funcționarea coșului de cumpărături și a programărilor online, iar, numai cu acordul dumneavoastră, cookie-uri de analiză și de marketing. Vă puteți modifica oricând opțiunile din linkul „Setări cookie-uri” aflat în subsolul fiecărei pagini. Detalii găsiți în Politica de cookie-uri.

## 10. Modificări ale acestei politici

Putem actualiza periodic această politică. Versiunea în vigoare este întotdeauna cea publicată pe această pagină, iar data ultimei actualizări este indicată la început.
"""

EDITS = [
    {"note": "a courier added (Cargus)",
     "repl": [("- firmele de curierat (Fan Courier, Sameday) pentru", "- firmele de curierat (Fan Courier, Sameday, Cargus) pentru")]},
    {"note": "diacritics fixed: confidentialitatea -> confidențialitatea (date not changed)", "bump": False,
     "repl": [("de a păstra confidentialitatea și", "de a păstra confidențialitatea și")]},
    {"note": "DPO phone number changed",
     "repl": [("@ E-mail: dpo@opticalumen.ro | Telefon: 0364 401 220", "@ E-mail: dpo@opticalumen.ro | Telefon: 0372 730 440")]},
    {"note": "new subsection on the virtual try-on of frames",
     "repl": [("Accesul la fișa optometrică este permis doar personalului de specialitate.",
               "Accesul la fișa optometrică este permis doar personalului de specialitate.\n\n"
               "### Proba virtuală a ramelor\n\n"
               "Funcția „Probează virtual” de pe site folosește camera dispozitivului dumneavoastră pentru a afișa rama "
               "aleasă pe imaginea feței. Imaginea este procesată exclusiv în browser, nu este transmisă serverelor "
               "noastre și nu este stocată. Nu creăm șabloane biometrice și nu folosim această funcție pentru a vă "
               "identifica. Dacă salvați o captură cu rama probată, aceasta rămâne doar pe dispozitivul dumneavoastră.")]},
    {"note": "retention of the optometric file: 5 -> 7 years after the last exam",
     "repl": [("art. 9 alin. (2) lit. h) GDPR | 5 ani de la ultimul consult |",
               "art. 9 alin. (2) lit. h) GDPR | 7 ani de la ultimul consult |")]},
]

LUNI = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]
ZILE = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]


def fmt_date(d):
    return "%d %s %d" % (d.day, LUNI[d.month - 1], d.year)


STORES = ["Lumen Iulius Mall", "Lumen Centru (Str. Memorandumului)", "Lumen Vivo! Cluj", "Lumen Sibiu Shopping City"]


def _promo(when):
    m = when.month
    if m in (6, 7, 8):
        return "Ochelari de soare: -30% la a doua pereche, doar în magazine"
    if m == 9:
        return "Înapoi la școală: consult optometric gratuit pentru copii și lentile cu filtru de lumină albastră -20%"
    if m == 11:
        return "Black Friday Lumen: -40% la rame selectate și lentile progresive"
    if m in (12, 1):
        return "Abonament lentile de contact: a 4-a cutie cadou"
    return "Consult optometric gratuit la achiziția ochelarilor de vedere"


def _store_status(when):
    local = when + dt.timedelta(hours=3 if 4 <= when.month <= 10 else 2)  # Romania: UTC+3 in summer
    open_h, close_h = (10, 22) if local.weekday() < 6 else (10, 20)
    if open_h <= local.hour < close_h:
        return "Deschis acum, până la %d:00" % close_h
    nxt = "mâine" if local.hour >= close_h else "azi"
    return "Închis acum, se deschide %s la 10:00" % nxt


def noise(rng, when, i, prev):
    p = prev or {}
    umb = 13 if when >= UMB13_FROM else 9
    local = when + dt.timedelta(hours=3 if 4 <= when.month <= 10 else 2)
    # next free slot in the booking system (cached a few minutes): usually later today or tomorrow
    day = rng.choice([0, 1, 1, 1, 2]) if local.hour < 18 else rng.choice([1, 1, 2])
    slot_day = local.date() + dt.timedelta(days=day)
    hour = rng.randint(max(10, local.hour + 1) if day == 0 else 10, 20)
    label = "azi" if day == 0 else "mâine" if day == 1 else "%s, %d %s" % (ZILE[slot_day.weekday()], slot_day.day,
                                                                            LUNI[slot_day.month - 1])
    slot = ("%s, %d:%s" % (label, min(hour, 20), rng.choice(["00", "30"])), rng.choice(STORES))
    return {
        "umbraco": umb,
        "assets": C.keep_or(rng, p.get("assets") if p.get("umbraco") == umb else None, 0.15,
                            lambda: (C.hexs(rng, 10), C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))),
        "slot": slot,
        "promo": _promo(when),
        "store": _store_status(when),
        "forms": (C.alnum(rng, 155, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  C.hexs(rng, 192).upper()),
    }


LABELS = {"umbraco": "Umbraco 9 legacy grid -> Umbraco 13 Block Grid", "assets": "bundle ?v= hashes (deploy)",
          "slot": "appointment CTA's next free exam slot (inside the container, removed by the declaration)",
          "promo": "top promo strip", "store": "header store status (open now / closed)",
          "forms": "Umbraco Forms __RequestVerificationToken / ufprt (per request)"}


def _rte(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            rows = b[1]
            out.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s</tbody></table>' % "".join(
                "<tr>%s</tr>" % "".join(("<td><strong>%s</strong></td>" if j == 0 else "<td>%s</td>") % C.inline_html(c)
                                       for c in r) for j, r in enumerate(rows)))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def _cta(s, umb):
    slot, store = s["slot"]
    inner = ('<div class="block-appointment-cta">\n<div class="block-appointment-cta__text">\n'
             '<h3>Programează-te la un consult optometric gratuit</h3>\n'
             '<p>Următorul interval liber: <strong>%s</strong>, %s</p>\n</div>\n'
             '<a class="btn btn-primary" href="/programare-consult/?magazin=%s">Alege ora</a>\n</div>' % (
                 slot, store, C.det_sha(store)[:6]))
    return inner


def render(s, blocks, when):
    title = blocks[0][1]
    date_line = blocks[1][1]
    body = blocks[2:]
    cut = next(j for j, b in enumerate(body) if b[0] == "h2" and b[1].startswith("4."))
    part1, part2 = body[:cut], body[cut:]
    umb = s["umbraco"]
    if umb == 13:
        def item(alias, key, udi, span, html_):
            return ('<div class="umb-block-grid__layout-item"\n             data-content-element-type-alias="%s"\n'
                    '             data-content-element-type-key="%s"\n             data-element-udi="umb://element/%s"\n'
                    '             data-col-span="%d"\n             data-row-span="1"\n'
                    '             style=" --umb-block-grid--item-column-span: %d; --umb-block-grid--item-row-span: 1; ">\n'
                    '%s\n</div>' % (alias, key, udi, span, span, html_))
        grid = ('<div class="umb-block-grid"\n     data-grid-columns="12"\n     style="--umb-block-grid--grid-columns: 12;">\n'
                '<div class="umb-block-grid__layout-container">\n%s\n%s\n%s\n</div>\n</div>' % (
                    item("richTextBlock", "c4a1e5c2-7d3b-4f0e-a8f1-2b6d9e0c1a47", "5e2b8c1d9a7f4e3c8b0d6a2f1e9c7b35", 12,
                         '<div class="rich-text-block">\n%s\n</div>' % _rte(part1)),
                    item("appointmentCtaBlock", "8b7f2d10-3e4c-4a9b-b5d6-0f1e2a3c4d5e", "a91c3f0e7b2d48e6b1c5d0f9e8a7b6c4", 12,
                         _cta(s, umb)),
                    item("richTextBlock", "c4a1e5c2-7d3b-4f0e-a8f1-2b6d9e0c1a47", "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a", 12,
                         '<div class="rich-text-block">\n%s\n</div>' % _rte(part2))))
    else:
        def sec(html_):
            return ('<div class="grid-section">\n    <div >\n      <div class=\'container\'>\n'
                    '        <div class="row clearfix">\n          <div class="col-md-12 column">\n'
                    '            <div >\n%s\n            </div>\n          </div>\n        </div>\n      </div>\n'
                    '    </div>\n</div>' % html_)
        grid = '<div class="umb-grid">\n%s\n%s\n%s\n</div>' % (sec(_rte(part1)), sec(_cta(s, umb)), sec(_rte(part2)))
    v, bundle = s["assets"]
    rvt, ufprt = s["forms"]
    store_name = STORES[0]
    return """<!DOCTYPE html>
<html lang="ro">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Politica de confidențialitate | Optica Lumen</title>
    <meta name="description" content="Află cum prelucrează Optica Lumen datele tale personale, inclusiv datele din fișa optometrică." />
    <link rel="canonical" href="{url}" />
    <meta property="og:title" content="Politica de confidențialitate | Optica Lumen" />
    <meta property="og:image" content="https://www.opticalumen.ro/media/k2lbwq0x/og-lumen.jpg" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3f7a9c21-5b8e-4d0a-9e6f-1c2b3a4d5e6f" data-blockingmode="auto" data-culture="RO" type="text/javascript"></script>
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-NV3C8TQ');</script>
    <link rel="stylesheet" href="/css/site.min.css?v={v}" />
    <link rel="preload" href="/fonts/lumen-sans.woff2" as="font" type="font/woff2" crossorigin />
</head>
<body class="page-textpage">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NV3C8TQ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div class="promo-strip" role="region" aria-label="Promoție">
        <a href="/promotii/">{promo}</a>
    </div>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/"><img src="/media/1r3dpgyq/logo-optica-lumen.svg" alt="Optica Lumen" width="168" height="40" /></a>
            <nav class="main-nav" aria-label="Navigație principală">
                <ul>
                    <li><a href="/ochelari-de-vedere/">Ochelari de vedere</a></li>
                    <li><a href="/ochelari-de-soare/">Ochelari de soare</a></li>
                    <li><a href="/lentile-de-contact/">Lentile de contact</a></li>
                    <li><a href="/consult-optometric/">Consult optometric</a></li>
                    <li><a href="/magazine/">Magazine</a></li>
                    <li><a href="/lumen-club/">Lumen Club</a></li>
                </ul>
            </nav>
            <div class="site-header__store">
                <span class="site-header__store-name">{store_name}</span>
                <span class="site-header__store-status">{store}</span>
            </div>
            <a class="btn btn-outline site-header__cta" href="/programare-consult/">Programare</a>
            <a class="site-header__cart" href="/cos/">Coș <span class="site-header__cart-count">0</span></a>
        </div>
    </header>
    <main id="main-content">
        <nav class="breadcrumbs container" aria-label="breadcrumb"><ol><li><a href="/">Acasă</a></li><li aria-current="page">Politica de confidențialitate</li></ol></nav>
        <div class="page-content container">
            <section class="page-hero">
                <h1 class="page-hero__title">{title}</h1>
                <p class="page-hero__meta">{date_line}</p>
            </section>
{grid}
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="site-footer__newsletter">
                <h2 class="site-footer__title">Abonează-te la newsletter</h2>
                <form action="/politica-de-confidentialitate/" enctype="multipart/form-data" id="form2b6e1f0c94a74e3fa2d8a1c5b7e9d403" method="post"><div class="umbraco-forms-form newsletter umbraco-forms-bootstrap3-horizontal">
                    <input type="hidden" name="FormId" value="2b6e1f0c-94a7-4e3f-a2d8-a1c5b7e9d403" />
                    <input type="hidden" name="FormName" value="Newsletter" />
                    <input type="hidden" name="RecordId" value="00000000-0000-0000-0000-000000000000" />
                    <input type="hidden" name="PreviousClicked" value="" />
                    <input type="hidden" name="Theme" value="bootstrap3-horizontal" />
                    <div class="umbraco-forms-field email shortanswer mandatory">
                        <label for="9c4b2a1d-0e8f-4a7b-b6c5-d4e3f2a1b0c9" class="umbraco-forms-label">E-mail</label>
                        <input type="email" name="9c4b2a1d-0e8f-4a7b-b6c5-d4e3f2a1b0c9" id="9c4b2a1d-0e8f-4a7b-b6c5-d4e3f2a1b0c9" class="text" value="" maxlength="500" data-val="true" data-val-required="Introdu adresa de e-mail" />
                    </div>
                    <input type="submit" class="btn primary" value="Mă abonez" name="__next" />
                </div><input name="__RequestVerificationToken" type="hidden" value="CfDJ8{rvt}" /><input name="ufprt" type="hidden" value="{ufprt}" /></form>
            </div>
            <div class="site-footer__cols">
                <div><h3>Optica Lumen</h3><ul><li><a href="/despre-noi/">Despre noi</a></li><li><a href="/cariere/">Cariere</a></li><li><a href="/magazine/">Magazine</a></li></ul></div>
                <div><h3>Informații</h3><ul><li><a href="/termeni-si-conditii/">Termeni și condiții</a></li><li><a href="/politica-de-confidentialitate/">Politica de confidențialitate</a></li><li><a href="/politica-de-cookie-uri/">Politica de cookie-uri</a></li><li><a href="https://anpc.ro/ce-este-sal/" rel="nofollow">ANPC - SAL</a></li><li><a href="https://ec.europa.eu/consumers/odr" rel="nofollow">Soluționarea online a litigiilor</a></li></ul></div>
                <div><h3>Contact</h3><p>0364 401 200<br />contact@opticalumen.ro<br />Luni-Vineri 9:00-18:00</p></div>
            </div>
            <p class="site-footer__legal">&copy; {year} Lumen Optic Retail S.R.L. | CUI RO31245876 | J12/2841/2013</p>
        </div>
    </footer>
    <script src="/scripts/site.min.js?v={v}"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js?v={bundle}" type="application/javascript"></script>
    <script>(function(h,o,t,j,a,r){{h.hj=h.hj||function(){{(h.hj.q=h.hj.q||[]).push(arguments)}};h._hjSettings={{hjid:2871304,hjsv:6}};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);}})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>
</body>
</html>
""".format(url=URL, v=v, promo=s["promo"], store_name=store_name, store=s["store"], title=C.inline_html(title),
           date_line=C.inline_html(date_line), grid=grid, rvt=rvt, ufprt=ufprt, year=when.year, bundle=bundle[:12])


PAGE = {
    "service": "Optica Lumen",
    "url": URL,
    "lang": "ro",
    "platform": "Umbraco 9 (Grid Layout) -> Umbraco 13 (Block Grid), Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("Cache-Control", "no-cache"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (5, 11, 17),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".page-content", "remove": ".block-appointment-cta"},
}
