"""FK Rīgas Bulta - lv football club - ASP.NET WebForms (master page, .aspx), served as windows-1257.

Noise (a noisy page, two volatile features): the WebForms hidden fields __VIEWSTATE / __EVENTVALIDATION are new on
every request (the master page binds the fixtures panel), and the header's "next match" panel with a server-side
countdown to kick-off and the club's league position. The policy sits in the content placeholder's panel.

Real edits (6): a number (CCTV retention 30 -> 14 days); a processor row added to a <table>; the supervisory
authority's link target changed, anchor unchanged, date not bumped; the "last updated" date bumped alone; a
one-letter typo fixed (date not bumped); a cookie row removed from the cookie <table>.
"""
import datetime as dt
import common as C

URL = "https://www.fkbulta.lv/privatuma-politika.aspx"
MENESI = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
          "novembrī", "decembrī"]


def fmt_date(d):
    return "%d. gada %d. %s" % (d.year, d.day, MENESI[d.month - 1])


POLICY = """
# Privātuma politika

Pēdējoreiz atjaunināta: {UPDATED}

Biedrība „Futbola klubs Rīgas Bulta” (turpmāk – Klubs) ciena savu līdzjutēju, biļešu pircēju, akadēmijas audzēkņu un vietnes apmeklētāju privātumu. Šajā politikā skaidrojam, kādus personas datus apstrādājam, kādiem nolūkiem un kādas ir jūsu tiesības saskaņā ar Vispārīgo datu aizsardzības regulu (VDAR) un Fizisko personu datu apstrādes likumu.

## 1. Pārzinis un kontaktinformācija

@ Biedrība „Futbola klubs Rīgas Bulta”
@ Reģ. Nr. 40008012345
@ Skanstes iela 21, Rīga, LV-1013
@ E-pasts: [dati@fkbulta.lv](mailto:dati@fkbulta.lv)

Klubs ir iecēlis datu aizsardzības speciālistu, ar kuru varat sazināties, rakstot uz iepriekš norādīto e-pasta adresi vai pa pastu ar norādi „Datu aizsardzības speciālistam”.

## 2. Kādus datus mēs apstrādājam

- Identifikācijas un kontaktdati: vārds, uzvārds, e-pasta adrese, tālruņa numurs.
- Biļešu un abonementu dati: iegādātās biļetes, sektors, vieta un apmeklētās spēles.
- Maksājumu dati: darījuma summa un statuss (bankas kartes datus apstrādā maksājumu pakalpojumu sniedzējs, Klubs tos neredz).
- Fanu kartes dati: kartes numurs, fotoattēls un ieejas reģistrācijas laiks.
- Videonovērošanas ieraksti stadionā un tā teritorijā.
- Tehniskie dati: IP adrese, pārlūkprogrammas veids un sīkdatņu identifikatori.

## 3. Biļetes, fanu kartes un stadiona apmeklējums

Personalizētas biļetes un fanu kartes tiek izsniegtas, lai nodrošinātu drošību sporta pasākumos un izpildītu Sporta likumā un Latvijas Futbola federācijas noteikumos paredzētos pienākumus. Ieejas kontroles laikā mēs pārbaudām, vai biļetes turētājam nav piemērots stadiona apmeklējuma aizliegums.

Stadionā un tā teritorijā notiek videonovērošana sabiedriskās kārtības un drošības nodrošināšanai. Ieraksti tiek glabāti 30 dienas, ja vien tie nav nepieciešami incidenta izmeklēšanai; tādā gadījumā tos nodod Valsts policijai.

## 4. Jaunatnes akadēmija

Akadēmijas audzēkņu datus (vārds, uzvārds, dzimšanas datums, ārsta izziņa par veselības stāvokli, treniņu apmeklējums) mēs apstrādājam, pamatojoties uz līgumu ar audzēkņa likumisko pārstāvi. Fotogrāfijas un video no treniņiem un spēlēm publicējam tikai ar vecāku piekrišanu, kuru var jebkurā laikā atsaukt.

## 5. Jaunumu vēstules un fanu piedāvājumi

Ja esat pieteicies jaunumu vēstulei, mēs jums sūtām informāciju par spēlēm, biļešu pārdošanas sākumu un fanu veikala piedāvājumiem. Atteikties varat jebkurā brīdī, noklikšķinot uz saites katras vēstules beigās vai rakstot mums.

## 6. Datu apstrādātāji

Klubs izmanto uzticamus pakalpojumu sniedzējus, kas datus apstrādā tikai saskaņā ar mūsu rakstiskiem norādijumiem:

| Pakalpojums | Apstrādātājs | Atrašanās vieta |
| Biļešu tirdzniecība | SIA „Biļešu Serviss” | Latvija |
| Maksājumu apstrāde | Maksekeskus AS | Igaunija |
| E-pasta izsūtne | The Rocket Science Group LLC (Mailchimp) | ASV |
| Videonovērošanas sistēma | SIA „Drošības Tehnoloģijas” | Latvija |

Datu nodošana uz ASV notiek, pamatojoties uz Eiropas Komisijas apstiprinātām līguma standartklauzulām.

## 7. Sīkdatnes

Mūsu vietnē tiek izmantotas šādas sīkdatnes. Statistikas un mārketinga sīkdatnes tiek izmantotas tikai ar jūsu piekrišanu, ko varat mainīt sīkdatņu iestatījumos lapas apakšā.

| Sīkdatne | Nolūks | Glabāšanas ilgums |
| ASP.NET sesijas identifikators | Sesijas uzturēšana | Līdz pārlūka aizvēršanai |
| CookieConsent | Jūsu sīkdatņu izvēles saglabāšana | 12 mēneši |
| _ga | Google Analytics apmeklējuma statistika | 2 gadi |
| _fbp | Meta reklāmu efektivitātes mērīšana | 3 mēneši |

## 8. Glabāšanas termiņi

Biļešu pirkumu datus glabājam 5 gadus grāmatvedības vajadzībām. Fanu kartes datus dzēšam 12 mēnešu laikā pēc kartes derīguma beigām. Jaunumu vēstules saņēmēju datus glabājam, līdz jūs atsakāties no vēstulēm.

## 9. Jūsu tiesības

Jums ir tiesības:

- piekļūt saviem personas datiem un saņemt to kopiju;
- pieprasīt neprecīzu datu labošanu;
- pieprasīt datu dzēšanu vai apstrādes ierobežošanu;
- iebilst pret apstrādi, kas balstīta uz leģitīmām interesēm;
- saņemt savus datus strukturētā formātā (datu pārnesamība);
- jebkurā brīdī atsaukt sniegto piekrišanu.

Pieprasījumus izskatām viena mēneša laikā. Ja uzskatāt, ka jūsu dati tiek apstrādāti nelikumīgi, varat iesniegt sūdzību [Datu valsts inspekcijai](https://www.dvi.gov.lv).
"""

EDITS = [
    {"note": "number: CCTV recordings kept 14 days instead of 30",
     "repl": [("Ieraksti tiek glabāti 30 dienas,", "Ieraksti tiek glabāti 14 dienas,")]},
    {"note": "table: processor row added (fan app, Fanbase Technologies OÜ, Estonia)",
     "repl": [("| Maksājumu apstrāde | Maksekeskus AS | Igaunija |\n",
               "| Maksājumu apstrāde | Maksekeskus AS | Igaunija |\n| Fanu lietotne un lojalitātes programma | Fanbase Technologies OÜ | Igaunija |\n")]},
    {"note": "link target only: complaint link to the Data State Inspectorate moved to its new site (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://www.dvi.gov.lv).", "(https://www.dvi.gov.lv/lv/sudzibas-iesniegsana).")]},
    {"note": "'last updated' date bumped alone (no other change)", "repl": []},
    {"note": "typo fixed, one letter: 'norādijumiem' -> 'norādījumiem' (date not bumped)", "bump": False,
     "repl": [("rakstiskiem norādijumiem:", "rakstiskiem norādījumiem:")]},
    {"note": "table: cookie row _fbp (Meta pixel) removed from the cookie table",
     "repl": [("| _fbp | Meta reklāmu efektivitātes mērīšana | 3 mēneši |\n", "")]},
]

OPPONENTS = ["FK RFS", "Riga FC", "Valmiera FC", "FK Liepāja", "FK Auda", "FK Metta", "JDFS Alberts",
             "BFC Daugavpils", "FK Tukums 2000", "Grobiņas SC"]
VENUES = ["Skanstes stadions", "LNK Sporta parks", "Daugavas stadions", "Jelgavas pilsētas stadions"]


def noise(rng, when, i, prev):
    s = {}
    s["webforms"] = (C.b64tok(rng, 612), C.b64tok(rng, 96))
    kick = dt.datetime(when.year, when.month, when.day, 19, 0) + dt.timedelta(days=rng.randint(1, 9))
    s["nextmatch"] = (rng.randrange(len(OPPONENTS)), rng.random() < 0.5, kick, rng.randrange(len(VENUES)),
                      rng.randint(1, 9))
    return s


LABELS = {"webforms": "ASP.NET __VIEWSTATE/__EVENTVALIDATION (new every request)",
          "nextmatch": "header 'next match' panel: opponent, kick-off countdown, league position"}


def render(s, blocks, when):
    vs, ev = s["webforms"]
    opp, home, kick, venue, pos = s["nextmatch"]
    left = kick - when
    days, hours = left.days, left.seconds // 3600
    teams = ("FK Rīgas Bulta", OPPONENTS[opp]) if home else (OPPONENTS[opp], "FK Rīgas Bulta")
    body = C.blocks_html(blocks, {"table": "table-data"})
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="lv">\n<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1257" />'
            '<title>\r\n\tPrivātuma politika | FK Rīgas Bulta\r\n</title>'
            '<link href="/css/site.css?v=20190412" rel="stylesheet" type="text/css" />'
            '<link href="/css/tables.css" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>'
            '<meta name="description" content="FK Rīgas Bulta privātuma politika" /></head>\n'
            '<body class="inner">\n'
            '<form method="post" action="./privatuma-politika.aspx" id="form1">\n'
            '<div class="aspNetHidden">\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n'
            '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'form1\'];\n'
            'function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n'
            '        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n'
            '<div class="aspNetHidden">\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" />\n'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>\n'
            '<div id="wrapper">\n<div id="top">\n'
            '<a href="/" id="logo"><img src="/images/bulta-logo.png" alt="FK Rīgas Bulta" width="96" height="110" /></a>\n'
            '<ul id="menu"><li><a href="/jaunumi.aspx">Jaunumi</a></li><li><a href="/komanda.aspx">Komanda</a></li>'
            '<li><a href="/speles.aspx">Spēles</a></li><li><a href="/biletes.aspx">Biļetes</a></li>'
            '<li><a href="https://veikals.fkbulta.lv/">Fanu veikals</a></li><li><a href="/akademija.aspx">Akadēmija</a></li>'
            '<li><a href="/klubs.aspx">Klubs</a></li></ul>\n'
            '<div id="ctl00_NextMatch_pnlNext" class="next-match">\n'
            '<span class="nm-title">Nākamā spēle</span>\n'
            '<span id="ctl00_NextMatch_lblTeams" class="nm-teams">%s – %s</span>\n'
            '<span id="ctl00_NextMatch_lblWhen" class="nm-when">%02d.%02d.%d. %s, %s</span>\n'
            '<span id="ctl00_NextMatch_lblCountdown" class="nm-countdown">Līdz spēlei: %d d. %d st.</span>\n'
            '<span id="ctl00_NextMatch_lblTable" class="nm-table">Virslīgā: %d. vieta</span>\n'
            '<a id="ctl00_NextMatch_lnkTickets" href="/biletes.aspx">Pirkt biļetes</a>\n</div>\n'
            '</div>\n'
            '<div id="main">\n<div id="breadcrumbs"><a href="/">Sākums</a> &raquo; <a href="/klubs.aspx">Klubs</a> &raquo; Privātuma politika</div>\n'
            '<div id="ContentPlaceHolder1_pnlContent" class="content-text">\n%s\n</div>\n'
            '<div id="sidebar"><div class="box"><h3>Sponsori</h3><a href="https://www.example-bank.lv/"><img src="/images/sponsors/banka.png" alt="Ģenerālsponsors" /></a>'
            '<a href="https://www.example-alus.lv/"><img src="/images/sponsors/alus.png" alt="Oficiālais partneris" /></a></div></div>\n'
            '</div>\n'
            '<div id="footer"><p>© 2006–%d Biedrība „Futbola klubs Rīgas Bulta”. Visas tiesības aizsargātas.</p>'
            '<p><a href="/privatuma-politika.aspx">Privātuma politika</a> | <a href="javascript:void(0)" onclick="CookieConsent.show()">Sīkdatņu iestatījumi</a> | '
            '<a href="/kontakti.aspx">Kontakti</a></p>'
            '<p class="social"><a href="https://www.facebook.com/fkbulta">Facebook</a> <a href="https://www.instagram.com/fkbulta">Instagram</a></p></div>\n'
            '</div>\n</form>\n'
            '<script type="text/javascript" src="/js/cookieconsent.js?v=3"></script>\n'
            '</body>\n</html>\n') % (
        vs, ev, teams[0], teams[1], kick.day, kick.month, kick.year, kick.strftime("%H:%M"), VENUES[venue],
        days, hours, pos, body, when.year)


PAGE = {
    "service": "FK Rigas Bulta", "url": URL, "lang": "lv", "platform": "ASP.NET WebForms",
    "content_type": "text/html; charset=windows-1257", "encoding": "windows-1257",
    "n": 30, "start": dt.date(2021, 3, 2), "end": dt.date(2025, 11, 28),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#ContentPlaceHolder1_pnlContent"]},
}
