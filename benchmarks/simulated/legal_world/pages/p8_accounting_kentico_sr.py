"""A Belgrade accountancy and tax-advisory firm on Kentico: Kentico 12 Portal Engine (ASP.NET WebForms) until
December 2023, then Kentico Xperience 13 (ASP.NET Core MVC, page builder sections), Serbian (Latin script).

Portal Engine period: the whole page is one WebForms <form> with __CMSCsrfToken and __VIEWSTATE per request, the
policy in the editable-text region (.main-content .text-content). Xperience 13 period: a new template, the policy
in a rich-text page-builder section (.rich-text-section .rich-text), the newsletter Form Builder form with its
__RequestVerificationToken per request; the declaration changed with it (history, validUntil the relaunch day).
Fairly clean otherwise: the sidebar's "Poreski kalendar" lists the next tax deadlines (moves with the date),
?v= / WebResource stamps per deploy.
"""
import datetime as dt
import html

import common as C

POLICY = """# Politika privatnosti

Poslednje ažuriranje: {UPDATED}

Bilans Plus d.o.o. pruža usluge vođenja poslovnih knjiga, obračuna zarada, poreskog savetovanja i pripreme poreskih prijava za privredna društva, preduzetnike i fizička lica. U okviru tih usluga obrađujemo podatke o ličnosti naših klijenata, njihovih zaposlenih i zastupnika, kao i posetilaca našeg sajta. Ovom politikom vas obaveštavamo o tome koje podatke obradjujemo, u koje svrhe, koliko dugo ih čuvamo i koja prava imate, u skladu sa Zakonom o zaštiti podataka o ličnosti ("Službeni glasnik RS", br. 87/2018, u daljem tekstu: Zakon).

## 1. Rukovalac podacima

@ Bilans Plus d.o.o. Beograd
@ Bulevar Mihajla Pupina 10b, 11070 Novi Beograd
@ Matični broj: 21345678, PIB: 110987654
@ Telefon: +381 11 311 45 20
@ E-pošta: privatnost@bilansplus.rs

Imenovali smo lice za zaštitu podataka o ličnosti, kojem se možete obratiti na adresu e-pošte dpo@bilansplus.rs.

## 2. Čije podatke obrađujemo

- klijenata koji su preduzetnici ili fizička lica
- zakonskih zastupnika, osnivača i kontakt osoba naših klijenata koji su pravna lica
- zaposlenih i radno angažovanih lica kod naših klijenata, za koje obračunavamo zarade
- posetilaca našeg sajta i primalaca našeg biltena
- kandidata za posao

## 3. Koje podatke obrađujemo

| Kategorija podataka | Primeri |
| Identifikacioni podaci | ime i prezime, JMBG, broj lične karte, adresa prebivališta |
| Podaci o zaradama | bruto i neto zarada, radni staž, odsustva i bolovanja, doprinosi, krediti i obustave |
| Finansijski podaci | broj tekućeg računa, fakture, izvodi, poreske prijave i rešenja |
| Kontakt podaci | broj telefona, adresa e-pošte |
| Podaci o korišćenju sajta | IP adresa, podaci iz kolačića |

Ne obrađujemo posebne vrste podataka o ličnosti, osim podataka o zdravstvenom stanju koji proističu iz doznaka za bolovanje, i to samo u meri u kojoj je to neophodno za obračun naknade zarade.

## 4. Svrha i pravni osnov obrade

- **Izvršenje ugovora.** Podatke klijenata obrađujemo radi pružanja ugovorenih računovodstvenih i poreskih usluga (član 12. stav 1. tačka 2) Zakona).
- **Zakonske obaveze.** Određene podatke moramo da obrađujemo i čuvamo na osnovu Zakona o računovodstvu, Zakona o poreskom postupku i poreskoj administraciji i Zakona o sprečavanju pranja novca i finansiranja terorizma, uključujući utvrđivanje i proveru identiteta klijenta.
- **Legitimni interes.** Podatke o korišćenju sajta koristimo radi njegove bezbednosti i unapređenja.
- **Pristanak.** Bilten sa poreskim novostima šaljemo samo uz vaš pristanak, koji možete opozvati u svakom trenutku.

Kada za klijenta obračunavamo zarade ili vodimo kadrovsku evidenciju, klijent je rukovalac podacima svojih zaposlenih, a mi postupamo kao obrađivač u njegovo ime, na osnovu ugovora o obradi podataka u skladu sa članom 45. Zakona. Podatke o zaposlenima dobijamo od klijenta, a ne direktno od zaposlenih, pa je klijent dužan da svoje zaposlene obavesti o tome da je obračun zarada poverio računovodstvenoj agenciji.

## 5. Primaoci podataka i obrađivači

U ime klijenata podatke dostavljamo Poreskoj upravi putem portala ePorezi, Agenciji za privredne registre, Centralnom registru obaveznog socijalnog osiguranja i, kada to zakon zahteva, Upravi za sprečavanje pranja novca. Pored toga, koristimo usluge sledećih obrađivača:

| Obrađivač | Usluga | Sedište |
| Datalab SR d.o.o. | knjigovodstveni softver Pantheon | Beograd, Srbija |
| Microsoft Ireland Operations Ltd. | e-pošta i Microsoft 365 | Dublin, Irska |
| Mainstream d.o.o. | hosting sajta i rezervne kopije | Beograd, Srbija |
| UAB MailerLite | slanje biltena | Vilnius, Litvanija |

Sa svim obrađivačima zaključili smo ugovore kojima se obavezuju da podatke obrađuju samo po našim uputstvima i da primenjuju odgovarajuće mere zaštite.

Podaci se iznose samo u države članice Evropske unije, za koje se smatra da obezbeđuju primeren nivo zaštite u skladu sa članom 64. Zakona.

## 6. Rok čuvanja podataka

| Podaci | Rok čuvanja |
| Poslovne knjige i knjigovodstvene isprave klijenata | u rokovima propisanim Zakonom o računovodstvu, od 5 do 20 godina |
| Evidencije o zaradama | do predaje klijentu po prestanku ugovora |
| Podaci prikupljeni radi sprečavanja pranja novca | 10 godina od prestanka poslovnog odnosa |
| Prijave kandidata za posao | 6 meseci od završetka konkursa |
| Podaci primalaca biltena | do opoziva pristanka |

## 7. Vaša prava

U skladu sa Zakonom imate pravo:

- da zahtevate pristup podacima i kopiju podataka koje obrađujemo
- da zahtevate ispravku netačnih ili dopunu nepotpunih podataka
- da zahtevate brisanje podataka, osim kada smo zakonom obavezani da ih čuvamo
- da zahtevate ograničenje obrade
- na prenosivost podataka
- da podnesete prigovor na obradu zasnovanu na legitimnom interesu
- da u svakom trenutku opozovete pristanak, bez uticaja na zakonitost obrade pre opoziva
- da se na vas ne primenjuje odluka zasnovana isključivo na automatizovanoj obradi

Zahtev možete poslati na privatnost@bilansplus.rs. Odgovorićemo bez odlaganja, a najkasnije u roku od 30 dana od prijema zahteva.

## 8. Bezbednost podataka

Primenjujemo odgovarajuće tehničke, organizacione i kadrovske mere zaštite. Pristup podacima klijenata imaju samo zaposleni koji rade na konkretnom predmetu, svi zaposleni su potpisali izjavu o poverljivosti, a računari i serveri zaštićeni su lozinkama, šifrovanjem i redovnim rezervnim kopijama. Papirna dokumentacija čuva se u zaključanim ormarima u prostorijama kancelarije. O povredi podataka o ličnosti koja može da predstavlja rizik po vaša prava obavestićemo Poverenika najkasnije u roku od 72 sata od saznanja, a vas bez nepotrebnog odlaganja.

## 9. Pritužba Povereniku

Ako smatrate da obrada vaših podataka nije u skladu sa Zakonom, imate pravo da podnesete pritužbu:

@ Poverenik za informacije od javnog značaja i zaštitu podataka o ličnosti
@ Bulevar kralja Aleksandra 15
@ 11120 Beograd
@ [www.poverenik.rs](https://www.poverenik.rs)

## 10. Kolačići

Naš sajt koristi neophodne kolačiće (CMSCsrfCookie, CMSPreferredCulture, CMSCookieLevel) i, uz vaš pristanak, kolačiće servisa Google Analytics za statistiku poseta. Kolačići servisa Google Analytics čuvaju se najduže 14 meseci. Podešavanja možete promeniti u traci za kolačiće na dnu stranice.

## 11. Izmene politike privatnosti

Ovu politiku povremeno usklađujemo sa izmenama propisa i naših usluga. Važeća verzija uvek je objavljena na ovoj stranici."""

EDITS = [
    {"note": "spelling fixed: 'obradjujemo' -> 'obrađujemo' (date not bumped)", "bump": False,
     "repl": [("koje podatke obradjujemo, u koje svrhe", "koje podatke obrađujemo, u koje svrhe")]},
    {"note": "processor added to the table: Elbi d.o.o. (Moj-eRačun, e-invoices via SEF)",
     "repl": [("| Datalab SR d.o.o. | knjigovodstveni softver Pantheon | Beograd, Srbija |",
               "| Datalab SR d.o.o. | knjigovodstveni softver Pantheon | Beograd, Srbija |\n"
               "| Elbi d.o.o. | razmena elektronskih faktura sa Sistemom elektronskih faktura (SEF) | Beograd, Srbija |")]},
    {"note": "subsection added: power of attorney for ePorezi and the firm's qualified certificate",
     "repl": [("Pored toga, koristimo usluge sledećih obrađivača:",
               "Pored toga, koristimo usluge sledećih obrađivača:\n\n"
               "### Punomoćje za portal ePorezi\n\n"
               "Poreske prijave za klijente podnosimo na osnovu punomoćja evidentiranog u Poreskoj upravi, "
               "potpisujući ih kvalifikovanim elektronskim sertifikatom ovlašćenog lica naše kancelarije. Uz "
               "prijave dostavljamo samo podatke koji su propisani za odgovarajući obrazac. Punomoćje možete "
               "opozvati u svakom trenutku.")]},
    {"note": "retention of job applications extended from 6 to 12 months",
     "repl": [("| Prijave kandidata za posao | 6 meseci od završetka konkursa |",
               "| Prijave kandidata za posao | 12 meseci od završetka konkursa |")]},
    {"note": "telephone number of the controller changed",
     "repl": [("@ Telefon: +381 11 311 45 20", "@ Telefon: +381 11 404 88 70")]},
]

MONTHS = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


RELAUNCH = dt.datetime(2023, 12, 4)


def deadlines(day):
    out = []
    for y in (day.year, day.year + 1):
        for m in range(1, 13):
            out.append((dt.date(y, m, 15), "Rok za podnošenje PP PDV i POPDV za prethodni mesec"))
            out.append((dt.date(y, m, 15), "Rok za PPP-PD za zarade isplaćene u prethodnom mesecu"))
        out.append((dt.date(y, 2, 14), "Rok za plaćanje poreza na imovinu za I kvartal (pravna lica)"))
        out.append((dt.date(y, 2, 28), "Rok za dostavljanje finansijskih izveštaja za statističke potrebe"))
        out.append((dt.date(y, 6, 30), "Rok za redovne godišnje finansijske izveštaje (APR)"))
        out.append((dt.date(y, 6, 29), "Rok za PP PDO i poreski bilans za prethodnu godinu"))
        out.append((dt.date(y, 5, 15), "Rok za godišnji porez na dohodak građana (PPDG-2R)"))
    out.sort()
    return [o for o in out if o[0] >= day][:4]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    k13 = when >= RELAUNCH
    s["platform"] = "Xperience 13" if k13 else "Kentico 12 PE"
    if k13:
        s["token"] = ("CfDJ8" + C.b64tok(rng, 114).replace("+", "-").replace("/", "_").rstrip("="),)
    else:
        s["token"] = (C.b64tok(rng, 27), C.b64tok(rng, rng.randint(440, 470)), C.b64tok(rng, 84))
    s["calendar"] = tuple(deadlines(when.date()))
    same = prev.get("platform") == s["platform"]
    s["assets"] = C.keep_or(rng, prev.get("assets") if same else None, 0.1,
                            lambda: C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                            if k13 else rng.randint(637700000000000000, 638300000000000000))
    return s


LABELS = {"platform": "relaunch: Kentico 12 Portal Engine -> Xperience 13 MVC (new template, new selector)",
          "token": "__CMSCsrfToken/__VIEWSTATE or __RequestVerificationToken (per request)",
          "calendar": "'Poreski kalendar' next tax deadlines in the sidebar", "assets": "asset stamps (deploy)"}


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append('<table class="table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % ("".join("<th>%s</th>" % C.inline_html(x) for x in v[0]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                                  for r in v[1:])))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


NAV = (("/", "Početna"), ("/usluge/racunovodstvo", "Računovodstvo"), ("/usluge/obracun-zarada", "Obračun zarada"),
       ("/usluge/poreski-saveti", "Poreski saveti"), ("/usluge/revizija", "Revizija"), ("/vesti", "Vesti"),
       ("/o-nama", "O nama"), ("/kontakt", "Kontakt"))


def calendar_html(cal):
    return "".join('<li><span class="date">%s</span> %s</li>' % (d.strftime("%d.%m.%Y."), html.escape(t)) for d, t in cal)


def render(state, blocks, when):
    cal = state["calendar"]
    a = state["assets"]
    phone = next(x for k, v in blocks if k == "addr" for x in v if x.startswith("Telefon: ")).split(": ")[1]
    state["phone"] = phone
    H = []
    if state["platform"] == "Kentico 12 PE":
        csrf, vs, ev = state["token"]
        H.append('\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="sr-latn-rs">\n<head id="head"><title>\n'
                 '\tPolitika privatnosti | Bilans Plus - računovodstvena agencija Beograd\n</title><meta name="description" '
                 'content="Politika privatnosti agencije Bilans Plus." /> \n<meta charset="UTF-8" /> \n<meta name="keywords" '
                 'content="računovodstvo, knjigovodstvo, poreski savetnik, Beograd" /> \n<link href="/CMSPages/GetResource.'
                 'ashx?stylesheetname=BilansPlus" type="text/css" rel="stylesheet"/>\n<link href="/App_Themes/BilansPlus/'
                 'css/main.css?v=%d" type="text/css" rel="stylesheet"/>\n<link href="/favicon.ico" type="image/x-icon" rel='
                 '"shortcut icon"/>\n<script async src="https://www.googletagmanager.com/gtag/js?id=UA-63320711-1"></script>'
                 '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag(\'js\','
                 ' new Date());gtag(\'config\', \'UA-63320711-1\', { \'anonymize_ip\': true });</script>\n</head>\n'
                 '<body class="LTR Chrome RSLATNRS ContentBody" >\n    \n    <form method="post" action="/politika-'
                 'privatnosti" onsubmit="javascript:return WebForm_OnSubmit();" id="form">\n<div class="aspNetHidden">\n'
                 '<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="%s" />\n<input type="hidden" name="'
                 '__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="'
                 '__EVENTARGUMENT" value="" />\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n'
                 '</div>\n\n<script src="/WebResource.axd?d=x2nkrMJGXkMELz33nwnakEbL2KNh2Mk0Ylr7gpbxIKL0J_xBuDLYzv2yENvHmY'
                 'tsv7qNQJdXwVdQtlqWdvZ1LsXBT-Mx1&amp;t=%d" type="text/javascript"></script>\n<script type="text/javascript">'
                 '\n//<![CDATA[\nfunction WebForm_OnSubmit() {\nif (typeof(ValidatorOnSubmit) == "function" && '
                 'ValidatorOnSubmit() == false) return false;\nreturn true;\n}\n//]]>\n</script>\n\n<div class="aspNetHidden">'
                 '\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />\n\t'
                 '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>\n'
                 % (a % 10 ** 9, csrf, vs, a, ev))
        H.append('    <div id="ctxM"></div>\n<header class="header"><div class="topbar"><div class="container"><span>'
                 'Telefon: %s</span><span>E-pošta: office@bilansplus.rs</span></div></div><div class="container"><a href="/" '
                 'class="logo"><img id="p_lt_ctl01_EditableImage_ucEditableImage_imgImage" src="/BilansPlus/media/'
                 'Logotipi/bilansplus-logo.png" alt="Bilans Plus" /></a><nav class="main-menu"><ul id="menuElem" class='
                 '"CMSListMenuUL">' % phone)
        for href, t in NAV:
            H.append('<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="%s">%s</a></li>' % (href, t))
        H.append('</ul></nav></div></header>\n<div class="content-area"><div class="container"><div class="row">'
                 '<div class="col-md-8 main-content">\n<div class="text-content">\n%s\n</div>\n</div>\n' % rte(blocks))
        H.append('<div class="col-md-4 sidebar"><div class="widget tax-calendar"><h3>Poreski kalendar</h3><ul>%s</ul>'
                 '<a href="/poreski-kalendar">Ceo kalendar</a></div><div class="widget cta"><h3>Besplatne konsultacije'
                 '</h3><p>Zakažite prvi sastanak sa našim poreskim savetnikom.</p><a class="btn" href="/kontakt">Zakažite'
                 '</a></div></div></div></div></div>\n' % calendar_html(cal))
        H.append('<footer class="footer"><div class="container"><p>&copy; %d Bilans Plus d.o.o. Beograd · Bulevar '
                 'Mihajla Pupina 10b, Novi Beograd · PIB 110987654</p><p><a href="/politika-privatnosti">Politika '
                 'privatnosti</a> | <a href="/uslovi-koriscenja">Uslovi korišćenja</a></p></div></footer>\n'
                 '<div id="p_lt_ctl09_CookieLawAndTrackingConsent_pnlCookieLaw" class="cookie-bar"><span>Ovaj sajt koristi '
                 'kolačiće.</span> <input type="submit" name="p_lt$ctl09$CookieLawAndTrackingConsent$btnAccept" value='
                 '"Prihvatam" id="p_lt_ctl09_CookieLawAndTrackingConsent_btnAccept" class="btn" /></div>\n\n'
                 '<script type="text/javascript">\n//<![CDATA[\nWebForm_InitCallback();//]]>\n</script>\n  </form>\n'
                 '</body>\n</html>\n' % when.year)
    else:
        tok = state["token"][0]
        H.append('<!DOCTYPE html>\n<html lang="sr-Latn-RS">\n<head>\n    <meta charset="utf-8" />\n    <meta name='
                 '"viewport" content="width=device-width, initial-scale=1.0" />\n    <title>Politika privatnosti - Bilans '
                 'Plus</title>\n    <meta name="description" content="Politika privatnosti agencije Bilans Plus." />\n    '
                 '<link rel="canonical" href="https://www.bilansplus.rs/politika-privatnosti" />\n    <link href="/dist/'
                 'css/site.min.css?v=%s" rel="stylesheet" />\n    <link href="/Content/Bundles/Public/pageComponents.min.'
                 'css" rel="stylesheet" />\n    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2LM4RXK9">'
                 '</script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}'
                 'gtag(\'js\', new Date());gtag(\'config\', \'G-7Q2LM4RXK9\');</script>\n</head>\n<body>\n' % a)
        H.append('<header class="site-header"><div class="site-header__top"><div class="container"><a href="tel:%s">%s'
                 '</a><a href="mailto:office@bilansplus.rs">office@bilansplus.rs</a></div></div><div class="container '
                 'site-header__main"><a class="site-header__logo" href="/"><img src="/getmedia/6f1d2c3b-8a9e-4f7d-b2c1-'
                 '0e9d8c7b6a54/bilansplus-logo.svg?width=180&amp;height=48&amp;ext=.svg" alt="Bilans Plus" /></a><nav '
                 'class="site-nav" aria-label="Glavni meni"><ul>' % (phone.replace(" ", ""), phone))
        for href, t in NAV:
            H.append('<li><a href="%s">%s</a></li>' % (href, t))
        H.append('</ul></nav></div></header>\n<main>\n<section class="page-hero page-hero--small"><div class="container">'
                 '<nav class="breadcrumbs"><a href="/">Početna</a> / <span>Politika privatnosti</span></nav></div></section>'
                 '\n<section class="rich-text-section"><div class="container"><div class="row"><div class="col-lg-8"><div '
                 'class="rich-text">\n%s\n</div></div><aside class="col-lg-4"><div class="tax-calendar-widget"><h3>Poreski '
                 'kalendar</h3><ul>%s</ul><a href="/poreski-kalendar">Ceo kalendar</a></div></aside></div></div></section>\n'
                 % (rte(blocks), calendar_html(cal)))
        H.append('<section class="newsletter-section"><div class="container"><h2>Poreske novosti na vašu e-poštu</h2>'
                 '<div id="newsletter-form-wrapper"><form action="/Kentico.FormBuilder/Form/Submit?formId=3" data-ktc-ajax-'
                 'update="newsletter-form-wrapper" enctype="multipart/form-data" id="form-BilansNewsletter" method="post" '
                 'name="form-BilansNewsletter"><input name="__RequestVerificationToken" type="hidden" value="%s" /><div '
                 'class="form-field"><label class="control-label" for="Email">E-pošta</label><div class="editing-form-'
                 'control-nested-control"><input class="form-control" id="Email" name="Email" type="email" value="" /></div>'
                 '</div><input type="submit" value="Prijavite se" /></form></div></div></section>\n</main>\n' % tok)
        H.append('<footer class="site-footer"><div class="container"><p>&copy; %d Bilans Plus d.o.o. Beograd · PIB '
                 '110987654 · MB 21345678</p><ul><li><a href="/politika-privatnosti">Politika privatnosti</a></li><li><a '
                 'href="/uslovi-koriscenja">Uslovi korišćenja</a></li></ul></div></footer>\n<script src="/dist/js/site.min.'
                 'js?v=%s"></script>\n<script src="/_content/Kentico.Content.Web.Rcl/Scripts/jquery.unobtrusive-ajax.js">'
                 '</script>\n</body>\n</html>\n' % (when.year, a))
    return "".join(H)


PAGE = {
    "service": "Bilans Plus",
    "url": "https://www.bilansplus.rs/politika-privatnosti",
    "lang": "sr-Latn",
    "platform": "Kentico 12 Portal Engine (WebForms) -> Kentico Xperience 13 (ASP.NET Core MVC)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": dict(LABELS, phone="telephone number in the header"),
    "render": render,
    "declaration": {"fetch": "https://www.bilansplus.rs/politika-privatnosti", "select": ".rich-text-section .rich-text"},
    "history": [{"fetch": "https://www.bilansplus.rs/politika-privatnosti", "select": ".main-content .text-content",
                 "validUntil": C.iso(RELAUNCH)}],
}
