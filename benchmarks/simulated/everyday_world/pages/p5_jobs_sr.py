"""Serbian job board (PosaoPlus) on Webflow, Serbian in Latin script.

Well-built page. Common noise: Webflow's "Last Published" comment and hashed css/js names after each publish
(the site is republished often for job landing pages), footer CMS collection list "Najnovije pozicije" with
relative ages and the live count of active ads, copyright year.
"""
import datetime as dt
import html

import common as C

URL = "https://www.posaoplus.rs/politika-privatnosti"
SITE = "64f1a2b3c4d5e6f708192a3b"
PAGEID = "64f1a2b3c4d5e6f708192a61"

MONTHS = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar",
          "novembar", "decembar"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Politika privatnosti

Poslednje ažuriranje: {UPDATED}

PosaoPlus d.o.o. Beograd („PosaoPlus“, „mi“) upravlja internet stranicom posaoplus.rs i mobilnom aplikacijom PosaoPlus, preko kojih kandidati traže posao, a poslodavci objavljuju oglase i pretražuju bazu biografija. Ova politika objašnjava koje podatke o ličnosti prikupljamo, zašto ih obrađujemo i koja prava imate u skladu sa Zakonom o zaštiti podataka o ličnosti („Službeni glasnik RS“, br. 87/2018).

## Rukovalac

Rukovalac podacima je PosaoPlus d.o.o. Beograd, Bulevar Mihajla Pupina 10b, 11070 Novi Beograd, matični broj 21784512, PIB 112457896. Za sva pitanja u vezi sa zaštitom podataka možete nam pisati na privatnost@posaoplus.rs.

Imenovali smo lice za zaštitu podataka o ličnosti, kome se možete obratiti na istoj adresi, sa naznakom „Za lice za zaštitu podataka“.

## Podaci koje prikupljamo

Kada otvorite kandidatski nalog i popunite profil, obrađujemo:

- ime i prezime, adresu e-pošte, broj telefona i grad u kome živite;
- podatke iz biografije: obrazovanje, radno iskustvo, veštine, znanje jezika i željenu poziciju;
- dokumente koje otpremite, kao što su CV, propratno pismo i sertifikati;
- istoriju prijava na oglase i sačuvane pretrage;
- podatke o korišćenju sajta i aplikacije, IP adresu i podatke o uređaju.

Kada poslodavac otvori nalog, obrađujemo podatke o kontakt osobama poslodavca: ime, prezime, radno mesto, poslovni telefon i e-poštu.

Molimo vas da u biografiju ne unosite podatke o zdravstvenom stanju, veroispovesti, političkom mišljenju ili članstvu u sindikatu, osim ako je to neophodno za konkretan oglas.

## Svrha i pravni osnov obrade

Vaše podatke obrađujemo radi izvršenja ugovora o korišćenju usluga (otvaranje naloga, slanje prijava poslodavcima, obaveštenja o novim oglasima), na osnovu vašeg pristanka (vidljivost biografije u bazi za poslodavce, marketinške poruke) i na osnovu našeg legitimnog interesa (sprečavanje zloupotreba, unapređenje usluge, statistika).

Ako ste uključili opciju „Vidljiv CV“, poslodavci koji su zakupili pristup bazi mogu da vide vašu biografiju i da vas kontaktiraju. Ovu opciju možete isključiti u bilo kom trenutku u podešavanjima naloga.

## Primaoci podataka

Kada se prijavite na oglas, vaša prijava i priložena dokumenta prosleđuju se poslodavcu koji je objavio oglas. Poslodavac postaje samostalni rukovalac tim podacima. Pored toga, podatke obrađuju i naši obrađivači:

- Amazon Web Services EMEA SARL, Luksemburg – hosting i čuvanje podataka;
- The Rocket Science Group LLC (Mailchimp), SAD – slanje obaveštenja i biltena;
- Google Ireland Limited – analitika korišćenja sajta, uz vaš pristanak.

Prenos podataka u SAD vrši se na osnovu standardnih ugovornih klauzula koje je usvojio Poverenik za informacije od javnog značaja i zaštitu podataka o ličnosti.

## Rok čuvanja

Podatke kandidatskog naloga čuvamo dok je nalog aktivan. Ako se na nalog ne prijavite 24 meseca, obavestićemo vas e-poštom, a zatim nalog i biografiju trajno obrisati. Prijave na oglase čuvamo 12 meseci od isteka oglasa. Podatke o poslodavcima čuvamo dok traje ugovorni odnos i još pet godina radi ispunjenja računovodstvenih obaveza.

## Vaša prava

Imate pravo da zahtevate pristup svojim podacima, njihovu ispravku ili brisanje, ograničenje obrade i prenosivost podataka, kao i pravo na prigovor. Pristanak možete opozvati u svakom trenutku, bez uticaja na zakonitost obrade pre opoziva. Većinu podataka možete sami izmeniti ili obrisati u podešavanjima naloga.

Ako smatrate da obrada vaših podataka nije u skladu sa zakonom, imate pravo da podnesete pritužbu Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti, Bulevar kralja Aleksandra 15, 11000 Beograd.

## Bezbednost podataka

Primenjujemo odgovarajuće tehničke i organizacione mere zaštite, uključujući šifrovanu vezu, ograničen pristup zaposlenih podacima kandidata i redovne bezbednosne provere. Poslodavci koji pristupaju bazi biografija ugovorom su obavezani da podatke kandidata koriste isključivo radi zapošljavanja i da ih ne prosleđuju trećim licima.

## Kolačići

Koristimo neophodne kolačiće za rad sajta i, uz vaš pristanak, analitičke i marketinške kolačiće. Detaljan spisak kolačića i podešavanja nalaze se na stranici [Politika kolačića](/politika-kolacica).

## Izmene politike

O bitnim izmenama ove politike obavestićemo registrovane korisnike e-poštom najmanje 15 dana pre njihove primene.
"""

EDITS = [
    {"note": "inactive-account retention shortened from 24 to 18 months",
     "repl": [("Ako se na nalog ne prijavite 24 meseca,", "Ako se na nalog ne prijavite 18 meseci,")]},
    {"note": "new processor (Intercom) added to the processors list",
     "repl": [("- Google Ireland Limited – analitika korišćenja sajta, uz vaš pristanak.",
               "- Google Ireland Limited – analitika korišćenja sajta, uz vaš pristanak;\n- Intercom R&D Unlimited Company, Irska – korisnička podrška putem četa.")]},
    {"note": "new section on automated job matching (AI recommendations)",
     "repl": [("## Primaoci podataka", """## Preporuke oglasa i automatizovana obrada

Na osnovu vašeg profila, pretraga i prijava automatski vam preporučujemo oglase i procenjujemo u kojoj meri vaša biografija odgovara zahtevima oglasa. Ova procena služi samo kao pomoć pri pretrazi i ne dovodi do odluke koja proizvodi pravne posledice po vas. Poslodavcu se ne prikazuje procenat podudarnosti bez vašeg pristanka.

## Primaoci podataka""")]},
    {"note": "Commissioner's address corrected/reworded",
     "repl": [("Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti, Bulevar kralja Aleksandra 15, 11000 Beograd.",
               "Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti, Bulevar kralja Aleksandra 15, 11120 Beograd, ili putem sajta www.poverenik.rs.")]},
    {"note": "changes clause reworded (notice period 15 -> 8 days, in-app notice)",
     "repl": [("O bitnim izmenama ove politike obavestićemo registrovane korisnike e-poštom najmanje 15 dana pre njihove primene.",
               "O bitnim izmenama ove politike obavestićemo registrovane korisnike e-poštom ili obaveštenjem u aplikaciji najmanje 8 dana pre njihove primene.")]},
]

JOBS = [("Senior Java programer", "Beograd"), ("Komercijalista na terenu", "Novi Sad"), ("Magacioner", "Šimanovci"),
        ("Knjigovođa", "Niš"), ("Frontend developer (React)", "Remote"), ("Vozač C kategorije", "Kragujevac"),
        ("Operater u kol centru", "Beograd"), ("Medicinska sestra", "Subotica"), ("HR generalista", "Beograd"),
        ("Prodavac u maloprodaji", "Čačak"), ("Kuvar", "Kopaonik"), ("QA inženjer", "Novi Sad"),
        ("Finansijski analitičar", "Beograd"), ("Elektrotehničar", "Pančevo")]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    if p.get("published") is None or rng.random() < 0.8:
        t = when - dt.timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        s["published"] = (t, C.hexs(rng, 9), C.hexs(rng, 9))
    else:
        s["published"] = p["published"]
    s["jobs"] = [(j, rng.randint(1, 23)) for j in rng.sample(JOBS, 4)]
    s["active"] = rng.randint(9800, 14800)
    s["year"] = when.year
    return s


LABELS = {"published": "Webflow 'Last Published' comment and hashed css/js", "jobs": "footer latest jobs list",
          "active": "active ads counter", "year": "copyright year"}


def render(s, blocks, when):
    t, hcss, hjs = s["published"]
    lp = "%s %s %02d %d %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)" % (WD[t.weekday()], MN[t.month - 1], t.day, t.year, t.hour, t.minute, t.second)
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    jobs = "".join('<div role="listitem" class="footer-job w-dyn-item"><a href="/oglasi/%s" class="footer-job-link w-inline-block"><div class="footer-job-title">%s</div><div class="footer-job-meta">%s · pre %d h</div></a></div>'
                   % (C.det_sha(j)[:10], html.escape(j), c, h) for (j, c), h in s["jobs"])
    active = "{:,}".format(s["active"]).replace(",", ".")
    return f"""<!DOCTYPE html><!-- Last Published: {lp} --><html data-wf-domain="www.posaoplus.rs" data-wf-page="{PAGEID}" data-wf-site="{SITE}" lang="sr"><head><meta charset="utf-8"/><title>Politika privatnosti | PosaoPlus</title><meta content="Kako PosaoPlus prikuplja i štiti podatke kandidata i poslodavaca." name="description"/><meta content="Politika privatnosti | PosaoPlus" property="og:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://assets-global.website-files.com/{SITE}/css/posaoplus.webflow.{hcss}.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{  google: {{    families: ["Inter:regular,500,600,700:latin,latin-ext"]  }}}});</script><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://assets-global.website-files.com/{SITE}/64f1a2b3c4d5e6f708192b10_favicon.png" rel="shortcut icon" type="image/x-icon"/><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-R2Y7KQ4ZXW"></script><script type="text/javascript">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('set', 'developer_id.dZGVlNj', true);gtag('js', new Date());gtag('config', 'G-R2Y7KQ4ZXW');</script></head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/{SITE}/64f1a2b3c4d5e6f708192b22_posaoplus-logo.svg" loading="lazy" alt="PosaoPlus" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/oglasi" class="nav-link w-nav-link">Oglasi za posao</a><a href="/poslodavci" class="nav-link w-nav-link">Za poslodavce</a><a href="/saveti" class="nav-link w-nav-link">Saveti za karijeru</a><a href="https://app.posaoplus.rs/prijava" class="button-nav w-button">Prijavi se</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">{C.inline_html(title)}</h1><div class="legal-rich-text w-richtext">{body}</div></div></section><section class="section-cta"><div class="w-container"><h2 class="cta-heading">Pronađi posao koji ti odgovara</h2><p class="cta-text">Trenutno {active} aktivnih oglasa</p><a href="/oglasi" class="button w-button">Pretraži oglase</a></div></section><footer class="footer"><div class="footer-container w-container"><div class="footer-col"><div class="footer-heading">Najnovije pozicije</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">{jobs}</div></div></div><div class="footer-col"><div class="footer-heading">PosaoPlus</div><a href="/o-nama" class="footer-link">O nama</a><a href="/uslovi-koriscenja" class="footer-link">Uslovi korišćenja</a><a href="/politika-privatnosti" aria-current="page" class="footer-link w--current">Politika privatnosti</a><a href="/politika-kolacica" class="footer-link">Politika kolačića</a></div><div class="footer-copy">© {s['year']} PosaoPlus d.o.o. Sva prava zadržana.</div></div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/{SITE}/js/webflow.{hjs}.js" type="text/javascript"></script></body></html>"""


PAGE = {
    "service": "PosaoPlus",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Lambda-Id", "a7d3e1f0-2b4c-4d5e-8f9a-0b1c2d3e4f5a"),
                      ("surrogate-key", "www.posaoplus.rs " + SITE + " pageId:" + PAGEID)],
    "n": 28,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2024, 12, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".heading-legal", ".legal-rich-text"],
    },
}
