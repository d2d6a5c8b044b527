"""Bārdas Kalve - lv barbershop chain (Riga) - Wix (Thunderbolt renderer), Wix Bookings, Wix rich-text element."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://www.bardaskalve.lv/privatuma-politika"


def fmt_date(d):
    return "%d. gada %d. %s" % (d.year, d.day, K.MONTHS["lv"][d.month - 1])


POLICY = """
# Privātuma politika

Pēdējās izmaiņas: {UPDATED}

SIA "Bārdas Kalve" rūpējas par savu klientu privātumu. Šajā privātuma politikā skaidrojam, kādus personas datus mēs apstrādājam, kad jūs piesakāties vizītei pie mūsu bārddziņiem, apmeklējat mūsu salonus vai lietojat mūsu tīmekļa vietni bardaskalve.lv.

## Pārzinis

@ SIA "Bārdas Kalve", reģ. Nr. 40203123456
@ Tērbatas iela 14, Rīga, LV-1011
@ Tālrunis: +371 26 123 456
@ E-pasts: [privatums@bardaskalve.lv](mailto:privatums@bardaskalve.lv)

## Kādus datus mēs apstrādājam

- vārdu, uzvārdu, tālruņa numuru un e-pasta adresi, ko norādāt, piesakoties vizītei;
- vizīšu vēsturi: izvēlētos pakalpojumus, bārddzini, datumu un laiku;
- jūsu norādītās vēlmes, piemēram, par matu griezuma garumu vai ādas jutīgumu;
- maksājumu informāciju, ja par pakalpojumu maksājat tiešsaistē;
- tehniskos datus par vietnes apmeklējumu, piemēram, IP adresi un pārlūkprogrammas veidu.

## Apstrādes nolūki un tiesiskais pamats

Datus par vizītēm apstrādājam, lai noslēgtu un izpildītu līgumu par pakalpojuma sniegšanu. Atgādinājumus par vizīti sūtām īsziņā vai e-pastā, pamatojoties uz mūsu leģitīmajām interesēm nodrošināt, ka rezervētais laiks tiek izmantots. Jaunumus un īpašos piedāvājumus sūtām tikai ar jūsu piekrišanu, ko varat jebkurā brīdī atsaukt. Grāmatvedības dokumentus glabājam, lai izpildītu mums piemērojamās juridiskās prasības.

## Datu saņēmēji

Jūsu datus var apstrādāt mūsu pakalpojumu sniedzēji, ar kuriem esam noslēguši datu apstrādes līgumus:

- Wix.com Ltd. (vietnes un rezervāciju sistēmas uzturēšana);
- Twilio Inc. (īsziņu atgādinājumu nosūtīšana);
- Stripe Payments Europe Ltd. (tiešsaistes maksājumi);
- mūsu grāmatvedības pakalpojumu sniedzējs SIA "Skaitļu Birojs".

Daži pakalpojumu sniedzēji atrodas ārpus Eiropas Ekonomikas zonas. Šādos gadījumos datu nosūtīšana notiek, pamatojoties uz Eiropas Komisijas apstiprinātām līguma standartklauzulām.

## Cik ilgi glabājam datus

Klienta profilu un vizīšu vēsturi glabājam 3 gadus pēc pēdējās vizītes. Grāmatvedības dokumentus glabājam 5 gadus, kā to nosaka likums "Par grāmatvedību". Ja atsaucat piekrišanu jaunumu saņemšanai, jūsu e-pasta adresi dzēšam no adresātu saraksta nekavējoties.

## Sīkdatnes

Mūsu vietne izmanto sīkdatnes, kas nepieciešamas tās darbībai un rezervāciju veikšanai. Analītikas un mārketinga sīkdatnes izmantojam tikai ar jūsu piekrišanu, ko varat mainīt sīkdatņu iestatījumos vietnes apakšā.

## Jūsu tiesības

Jums ir tiesības piekļūt saviem datiem, pieprasīt to labošanu vai dzēšanu, ierobežot apstrādi, iebilst pret apstrādi un saņemt savus datus pārnesamā formātā. Lai izmantotu savas tiesības, rakstiet mums uz iepriekš norādīto e-pasta adresi. Mēs atbildēsim viena mēneša laikā.

Ja uzskatāt, ka jūsu dati tiek apstrādāti nelikumīgi, varat iesniegt sūdzību Datu valsts inspekcijā ([www.dvi.gov.lv](https://www.dvi.gov.lv)).

## Izmaiņas politikā

Šo privātuma politiku varam laiku pa laikam atjaunināt. Aktuālā versija vienmēr ir pieejama šajā lapā.
"""

EDITS = [
    {"note": "processor replaced: Twilio -> Infobip for SMS reminders",
     "repl": [("- Twilio Inc. (īsziņu atgādinājumu nosūtīšana);", "- Infobip Ltd. (īsziņu atgādinājumu nosūtīšana);")]},
    {"note": "controller address moved (Tērbatas iela 14 -> Brīvības iela 88)",
     "repl": [("@ Tērbatas iela 14, Rīga, LV-1011", "@ Brīvības iela 88, Rīga, LV-1001")]},
    {"note": "retention of client profile shortened from 3 years to 2 years", "bump": False,
     "repl": [("vizīšu vēsturi glabājam 3 gadus", "vizīšu vēsturi glabājam 2 gadus")]},
    {"note": "list item added: photos of haircuts for portfolio with consent",
     "repl": [("- maksājumu informāciju, ja par pakalpojumu maksājat tiešsaistē;",
               "- maksājumu informāciju, ja par pakalpojumu maksājat tiešsaistē;\n- matu griezuma fotoattēlus, ja "
               "esat devis piekrišanu to publicēšanai mūsu Instagram kontā;")]},
    {"note": "phone number changed",
     "repl": [("@ Tālrunis: +371 26 123 456", "@ Tālrunis: +371 67 555 012")]},
    {"note": "new section: gift cards (dāvanu kartes) data",
     "repl": [("## Sīkdatnes", "## Dāvanu kartes\n\nJa iegādājaties dāvanu karti, apstrādājam pircēja vārdu, e-pasta "
               "adresi un dāvanu kartes numuru, lai nodrošinātu kartes izmantošanu un uzskaiti. Šos datus glabājam "
               "līdz dāvanu kartes derīguma termiņa beigām un vēl 12 mēnešus.\n\n## Sīkdatnes")]},
]

SERVICES = [("Vīriešu matu griezums", 28), ("Bārdas korekcija", 18), ("Griezums + bārda", 40),
            ("Karstā dvieļa skūšana", 25), ("Bērnu matu griezums", 20), ("Tēvs + dēls", 45)]
PROMOS = {12: "Dāvanu kartes Ziemassvētkiem - 10% atlaide!", 11: "Movember: bārdas korekcija -20%",
          6: "Vasaras griezums pirms Jāņiem - piesakies laicīgi", 5: "Izlaidumu sezona: pieraksties jau tagad"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"request": (C.hexs(rng, 10), rng.randint(100000000, 999999999), C.uuid4(rng))}
    s["revision"] = C.keep_or(rng, prev.get("revision"), 0.25, lambda: (prev.get("revision") or (41, 0))[0]
                              + rng.randint(1, 3))
    s["revision"] = s["revision"] if isinstance(s["revision"], tuple) else (s["revision"], 0)
    s["bundle"] = C.keep_or(rng, prev.get("bundle"), 0.35, lambda: "1.%d.0" % rng.randint(12000, 16000))
    s["promo"] = PROMOS.get(K.local(when, 2, 3).month, "")
    s["prices"] = C.keep_or(rng, prev.get("prices"), 0.15, lambda: tuple(p + rng.choice([0, 0, 2, 3])
                                                                        for _, p in SERVICES))
    s["insta"] = C.keep_or(rng, prev.get("insta"), 0.8, lambda: tuple(C.alnum(rng, 11) for _ in range(4)))
    return s


LABELS = {"request": "per-request ids (Wix requestId, fedops session id)", "revision": "site revision on publish",
          "bundle": "Thunderbolt renderer bundle version", "promo": "seasonal strip above the header",
          "prices": "Wix Bookings service list prices in the footer strip", "insta": "Instagram feed posts"}


def _p(t, inl):
    return ('<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">'
            '%s</span></p>' % inl(t))


def render(s, blocks, when):
    req, sess, vid = s["request"]
    body = C.render_blocks(
        blocks,
        heading=lambda k, t, inl: '<%s class="font_%s wixui-rich-text__text"><span class="wixui-rich-text__text">%s'
                                  '</span></%s>' % (k, {"h1": 0, "h2": 2, "h3": 4}[k], inl(t), k),
        para=_p,
        lst=lambda k, items, inl: '<%s class="font_8 wixui-rich-text__text">%s</%s>' % (
            k, "".join('<li class="wixui-rich-text__text">%s</li>' % _p(x, inl) for x in items), k),
        addr=lambda lines, inl: "".join(_p(x, inl) for x in lines))
    svc = "".join('<li class="bk-svc"><span>%s</span> <span class="bk-price">€%d</span></li>' % (C.esc(n), p)
                  for (n, _), p in zip(SERVICES, s["prices"]))
    insta = "".join('<a href="https://www.instagram.com/p/%s/"><wow-image><img src="https://scontent.cdninstagram.com/'
                    'v/t51.29350-15/%s_n.jpg" alt="bardaskalve"></wow-image></a>' % (x, x) for x in s["insta"])
    promo = ('<section id="comp-promo" class="wixui-section"><p class="font_9">%s</p></section>' % C.esc(s["promo"])
             if s["promo"] else "")
    return (
        '<!DOCTYPE html>\n<html lang="lv" dir="ltr"><head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Wix.com'
        ' Website Builder">\n<title>Privātuma politika | Bārdas Kalve</title>\n'
        '<link rel="canonical" href="%s">\n'
        '<script type="application/json" id="wix-fedops">{"data":{"site":{"metaSiteId":"7b1e2f4a-0c3d-4e5f-9a8b-1c2d3e'
        '4f5a6b","userId":"0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e","siteRevision":"%d","sessionId":"%s"}}}</script>\n'
        '<script type="application/json" id="wix-viewer-model">{"requestId":"%d.%s","siteRevision":%d,'
        '"language":"lv","viewMode":"desktop","ssrRequestId":"%s"}</script>\n'
        '<link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.min.css">\n'
        '</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">\n%s'
        '<header id="SITE_HEADER" class="wixui-header"><a href="/"><img src="https://static.wixstatic.com/media/'
        'a1b2c3_logo~mv2.png" alt="Bārdas Kalve"></a><nav id="comp-menu" class="wixui-horizontal-menu"><ul>'
        '<li><a href="/">Sākums</a></li><li><a href="/pakalpojumi">Pakalpojumi</a></li><li><a href="/bardzini">'
        'Bārddziņi</a></li><li><a href="/book-online">Pieteikties</a></li></ul></nav></header>\n'
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="Containerk4pvc" class="wixui-page">'
        '<section id="comp-lk2x8f0c" class="wixui-section"><div id="comp-lk2x9a1b" class="HcOXKn SxM0TO QxJLC3 '
        'comp-lk2x9a1b wixui-rich-text" data-testid="richTextElement">%s</div></section>\n'
        '<section id="comp-lk2xbook" class="wixui-section"><h3 class="font_5">Mūsu pakalpojumi</h3><ul>%s</ul>'
        '<a class="wixui-button" href="/book-online">Pieteikties vizītei</a></section>\n'
        '<section id="comp-insta" class="wixui-section"><div class="instagram-feed">%s</div></section>\n'
        '</div></div></main>\n<footer id="SITE_FOOTER" class="wixui-footer"><p>© %d Bārdas Kalve. '
        'Visas tiesības aizsargātas.'
        '</p></footer>\n</div></div></div>\n'
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/clientWorker.%s.bundle.min.js" '
        'async></script>\n<script>window.fedops={"vsi":"%s"};</script>\n</body></html>\n'
        % (URL, s["revision"][0], sess, C.epoch(when), req, s["revision"][0], vid, s["bundle"], promo, body, svc,
           insta, K.local(when, 2, 3).year, s["bundle"], vid))


PAGE = {
    "service": "Bārdas Kalve", "url": URL, "lang": "lv", "platform": "Wix (Thunderbolt) + Wix Bookings",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 3, 31), "hours": (3, 9, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-lk2x9a1b"]},
}
