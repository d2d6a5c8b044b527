"""Daugavas maratons, a Latvian city marathon: 1C-Bitrix site management (template `marathon`, static page edited in
the visual editor, composite-cache frames). Per visit: `bitrix_sessid` and `SERVER_TIME` in `BX.message`, the
registration widget in the header (participants registered, days to the start, or "Reģistrācija slēgta" with the
results link after the race) inside composite frames, the partners carousel (`SORT_BY1 => RAND`); per deploy/cache
reset the `/bitrix/cache/css|js/...` file hashes and `?timestamp` suffixes. All outside the declared `.text-content`
(the page title is an <h1> above it, not in the gold)."""
import datetime as dt
import html

import common as C

URL = "https://www.daugavasmaratons.lv/privatuma-politika/"

MENESI = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
          "novembrī", "decembrī"]


def fmt_date(d):
    return "%d. gada %d. %s" % (d.year, d.day, MENESI[d.month - 1])


POLICY = """
Pēdējās izmaiņas veiktas {UPDATED}.

Šī privātuma politika apraksta, kā SIA "Rīgas Skriešanas centrs" apstrādā sacensību "Daugavas maratons" dalībnieku, brīvprātīgo, skatītāju un tīmekļa vietnes apmeklētāju personas datus. Mēs apstrādajam personas datus saskaņā ar Vispārīgo datu aizsardzības regulu (VDAR) un Fizisko personu datu apstrādes likumu.

## 1. Pārzinis un kontaktinformācija

@ SIA "Rīgas Skriešanas centrs"
@ Reģistrācijas Nr. 40103987654
@ Krišjāņa Valdemāra iela 21, Rīga, LV-1010
@ E-pasts: dati@daugavasmaratons.lv
@ Tālrunis: +371 67 208 450

Jautājumos par personas datu apstrādi vari sazināties ar mums rakstiski, izmantojot iepriekš minēto e-pasta adresi, vai ierasties mūsu birojā darba dienās no plkst. 10.00 līdz 17.00.

## 2. Kādus personas datus mēs apstrādājam

Reģistrējoties sacensībām, tu mums sniedz šādus datus:

- vārds, uzvārds, dzimums un dzimšanas datums, kas nepieciešami, lai iedalītu tevi vecuma grupā;
- valsts, pilsēta un sporta klubs vai komanda, ja to norādi;
- e-pasta adrese un tālruņa numurs saziņai par sacensībām;
- ārkārtas kontaktpersonas vārds un tālruņa numurs;
- T-krekla izmērs un izvēlētā distance;
- apliecinājums par veselības stāvokli un piekrišana sacensību nolikumam.

Sacensību laikā mēs iegūstam arī datus no laika uzskaites čipa (starta, starpfinišu un finiša laiki), kā arī fotogrāfijas un video, kuros tu vari būt redzams. Ja sacensību laikā tev nepieciešama medicīniskā palīdzība, mediķi reģistrē sniegto palīdzību un ar to saistītos veselības datus.

## 3. Datu apstrādes nolūki un tiesiskais pamats

| Nolūks | Tiesiskais pamats |
| Dalībnieka reģistrācija, starta numura izsniegšana un laika uzskaite | Līguma izpilde (VDAR 6. panta 1. punkta b apakšpunkts) |
| Rezultātu publicēšana tīmekļa vietnē un rezultātu arhīvā | Leģitīmās intereses (VDAR 6. panta 1. punkta f apakšpunkts) |
| Drošības nodrošināšana un medicīniskā palīdzība trasē | Vitālas intereses un juridisks pienākums |
| Saziņa ar ārkārtas kontaktpersonu negadījuma gadījumā | Vitālas intereses |
| Sacensību fotografēšana un filmēšana | Leģitīmās intereses |
| Jaunumu un piedāvājumu sūtīšana | Piekrišana (VDAR 6. panta 1. punkta a apakšpunkts) |
| Grāmatvedības uzskaite par dalības maksām | Juridisks pienākums |

## 4. Rezultātu publicēšana

Sacensību rezultāti ir publiski. Rezultātu tabulā mēs publicējam tavu vārdu, uzvārdu, dzimšanas gadu, valsti, klubu, starta numuru, vecuma grupu un sasniegto laiku. Rezultāti tiek nodoti arī Latvijas Vieglatlētikas savienībai un starptautiskajām skriešanas statistikas datubāzēm. Ja nevēlies, lai tavs vārds būtu redzams rezultātos, vari reģistrācijas laikā izvēlēties anonīmu dalību – tad rezultātu tabulā tiks norādīts tikai starta numurs.

## 5. Fotogrāfijas un video

Sacensību laikā oficiālie fotogrāfi un video operatori fiksē notikumus trasē, starta un finiša zonā. Fotogrāfijas tiek publicētas mūsu tīmekļa vietnē un sociālajos tīklos, kā arī fotogrāfiju meklēšanas platformā, kur fotogrāfijas var atrast pēc starta numura. Ja vēlies, lai kāda fotogrāfija tiktu izņemta no publiskas piekļuves, raksti mums uz dati@daugavasmaratons.lv. Lūdzu, norādi starta numuru un fotogrāfijas saiti, lai mēs to varētu ātrāk atrast un izņemt.

## 6. Datu saņēmēji

Mēs nenododam tavus datus trešajām personām, izņemot gadījumus, kad tas nepieciešams sacensību rīkošanai vai to paredz normatīvie akti. Mūsu sadarbības partneri, kas apstrādā datus mūsu vārdā:

| Saņēmējs | Apstrādes mērķis |
| SIA "Laika Mērītājs" | Laika uzskaite un rezultātu apstrāde |
| Latvijas Sarkanais Krusts | Medicīniskā palīdzība sacensību laikā |
| SIA "Apsardzes Serviss" | Drošība sacensību norises vietā |
| Mailchimp (Intuit Inc.) | Jaunumu e-pastu izsūtīšana |
| Maksājumu pakalpojumu sniedzēji | Dalības maksas apmaksa |

Pēc pieprasījuma dati var tikt nodoti valsts un pašvaldības iestādēm, piemēram, policijai. Ja dati tiek nodoti uz valstīm ārpus Eiropas Ekonomikas zonas, mēs nodrošinām atbilstošus aizsardzības pasākumus, piemēram, Eiropas Komisijas apstiprinātās līguma standartklauzulas.

### Bērnu skrējieni

Bērnu un jauniešu skrējienos, kuros piedalās dalībnieki līdz 14 gadu vecumam, reģistrāciju veic vecāks vai likumiskais pārstāvis. Mēs apstrādājam bērna vārdu, uzvārdu, dzimšanas gadu un vecāka kontaktinformāciju. Bērnu skrējienu rezultātos publicējam tikai vārdu, uzvārda pirmo burtu un vecuma grupu.

### Brīvprātīgie

Ja piesakies par brīvprātīgo, mēs apstrādājam tavu vārdu, uzvārdu, vecumu, kontaktinformāciju, apģērba izmēru un norādītās priekšrocības attiecībā uz darba vietu trasē. Šos datus izmantojam brīvprātīgo darba plānošanai un ēdināšanas nodrošināšanai, un tie tiek dzēsti sešu mēnešu laikā pēc sacensībām, ja vien neesi piekritis, ka sazināmies ar tevi arī nākamajā gadā.

## 7. Datu glabāšanas termiņi

- Reģistrācijas dati tiek glabāti 3 gadus pēc sacensībām, lai izskatītu iespējamās pretenzijas.
- Ārkārtas kontaktpersonas dati tiek dzēsti 30 dienu laikā pēc sacensībām.
- Veselības dati, kas reģistrēti medicīniskās palīdzības sniegšanas laikā, tiek glabāti normatīvajos aktos noteiktajā termiņā.
- Rezultāti tiek glabāti rezultātu arhīvā neierobežotu laiku, jo tiem ir vēsturiska un statistiska nozīme.
- Grāmatvedības dokumenti tiek glabāti 5 gadus.

## 8. Tavas tiesības

Tev ir tiesības piekļūt saviem personas datiem, pieprasīt to labošanu vai dzēšanu, ierobežot apstrādi, iebilst pret apstrādi, kuras pamatā ir leģitīmās intereses, kā arī saņemt savus datus strukturētā formātā. Ja datu apstrāde notiek, pamatojoties uz piekrišanu, tu vari to jebkurā laikā atsaukt. Pieprasījumus izskatām viena mēneša laikā.

Pieprasījumu vari iesniegt, rakstot uz dati@daugavasmaratons.lv no e-pasta adreses, kuru norādīji reģistrācijā, vai personīgi mūsu birojā, uzrādot personu apliecinošu dokumentu. Ja nevarēsim pārliecināties par tavu identitāti, mēs varam lūgt papildu informāciju, pirms sniedzam atbildi.

Ja uzskati, ka tavas tiesības ir pārkāptas, tu vari iesniegt sūdzību Datu valsts inspekcijai (Elijas iela 17, Rīga, LV-1050, [www.dvi.gov.lv](https://www.dvi.gov.lv)).

Mēs izmantojam atbilstošus tehniskos un organizatoriskos drošības pasākumus, lai aizsargātu tavus personas datus pret nejaušu vai nelikumīgu iznīcināšanu, nozaudēšanu, pārveidošanu vai neatļautu piekļuvi. Piekļuve dalībnieku datiem ir tikai tiem darbiniekiem un partneriem, kuriem tā nepieciešama sacensību organizēšanai.

## 9. Sīkdatnes

Mūsu tīmekļa vietne izmanto sīkdatnes, lai nodrošinātu vietnes darbību, atcerētos tavu valodas izvēli un apkopotu apmeklējumu statistiku. Analītiskās un mārketinga sīkdatnes tiek izmantotas tikai ar tavu piekrišanu, ko vari mainīt jebkurā laikā, noklikšķinot uz saites "Sīkdatņu iestatījumi" lapas apakšā.

## 10. Izmaiņas privātuma politikā

Mēs varam mainīt šo privātuma politiku, ja mainās sacensību organizēšanas kārtība vai normatīvie akti. Aktuālā versija vienmēr ir pieejama šajā lapā. Par būtiskām izmaiņām reģistrētos dalībniekus informēsim pa e-pastu.
"""

EDITS = [
    {"note": "photo search partner added to the recipients table",
     "repl": [("| Mailchimp (Intuit Inc.) |",
               "| SIA \"Sportfoto\" | Fotogrāfiju publicēšana un meklēšana pēc starta numura |\n| Mailchimp (Intuit Inc.) |")]},
    {"note": "emergency contact retention shortened from 30 to 14 days",
     "repl": [("dati tiek dzēsti 30 dienu laikā pēc sacensībām.", "dati tiek dzēsti 14 dienu laikā pēc sacensībām.")]},
    {"note": "typo fixed: 'apstrādajam' -> 'apstrādājam' (no date change)", "bump": False,
     "repl": [("Mēs apstrādajam personas datus saskaņā", "Mēs apstrādājam personas datus saskaņā")]},
    {"note": "new section on the virtual run and the mobile app (GPS tracks)",
     "repl": [("## 6. Datu saņēmēji",
               "## 5.1. Virtuālais skrējiens un mobilā lietotne\n\n"
               "Ja piedalies virtuālajā skrējienā, mobilā lietotne ar tavu atļauju reģistrē tavas skriešanas maršrutu, "
               "distanci un laiku, izmantojot tālruņa GPS. Maršruta dati tiek izmantoti tikai rezultāta "
               "apstiprināšanai un tiek dzēsti 60 dienu laikā pēc virtuālā skrējiena beigām. Lietotnē vari arī "
               "sekot līdzi draugiem trasē sacensību dienā, ja viņi tam ir devuši piekrišanu.\n\n"
               "## 6. Datu saņēmēji")]},
    {"note": "office phone number changed",
     "repl": [("@ Tālrunis: +371 67 208 450", "@ Tālrunis: +371 25 904 417")]},
]

PARTNERS = ["rimi", "airbaltic", "swedbank", "lmt", "cido", "venden", "latvijas-finieris", "neste", "delfi",
            "riga-city", "sportland", "ergo"]
RACE_DAY = {2021: dt.date(2021, 5, 16), 2022: dt.date(2022, 5, 22), 2023: dt.date(2023, 5, 21), 2024: dt.date(2024, 5, 19),
            2025: dt.date(2025, 5, 18), 2026: dt.date(2026, 5, 17)}


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["sessid"] = C.hexs(rng, 32)
    s["server_time"] = C.epoch(when) + rng.randint(0, 2)
    race = RACE_DAY[when.year] if when.date() <= RACE_DAY[when.year] else RACE_DAY[when.year + 1]
    days = (race - when.date()).days
    since = (when.date() - RACE_DAY[when.year - 1 if when.date() <= RACE_DAY[when.year] else when.year]).days
    if since < 25:
        s["registration"] = ("closed", when.year if when.date() > RACE_DAY[when.year] else when.year - 1, 0)
    else:
        s["registration"] = ("open", days, max(120, int((365 - days) ** 1.35 * 4.1) + rng.randint(0, 60)))
    s["partners"] = tuple(rng.sample(range(len(PARTNERS)), len(PARTNERS)))
    s["cache"] = C.keep_or(rng, p.get("cache"), 0.2,
                           lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32), C.epoch(when) * 1000 + rng.randint(0, 999)))
    return s


LABELS = {"sessid": "bitrix_sessid in BX.message", "server_time": "SERVER_TIME in BX.message",
          "registration": "header registration widget (registered count, days to start)",
          "partners": "partners carousel order (random sort)", "cache": "bitrix cache file hashes and ?timestamps"}


def editor_html(blocks):
    # Bitrix visual editor: plain paragraphs, tables with a border, addresses with <br>
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join("<td><b>%s</b></td>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table class="table-bordered" cellpadding="5" cellspacing="0" border="1">\n<tbody>\n<tr>%s</tr>\n%s\n</tbody>\n</table>'
                       % (head, rows))
        elif kind == "addr":
            out.append("<p>\n\t %s\n</p>" % "<br>\n\t ".join(C.inline_html(l) for l in v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("\t<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, C.inline_html(v), kind))
        else:
            out.append("<p>\n\t %s\n</p>" % C.inline_html(v))
    return "\n".join(out)


def render(state, blocks, when):
    page_css, tpl_css, js, stamp = state["cache"]
    kind, a, b = state["registration"]
    if kind == "open":
        widget = ('<div class="reg-widget">\n\t<div class="reg-widget__item"><span class="reg-widget__num">%d</span> '
                  '<span class="reg-widget__label">dienas līdz startam</span></div>\n\t<div class="reg-widget__item">'
                  '<span class="reg-widget__num">%s</span> <span class="reg-widget__label">reģistrējušies dalībnieki</span></div>\n\t'
                  '<a class="btn btn-primary reg-widget__btn" href="/registracija/">Reģistrēties</a>\n</div>'
                  % (a, "{:,}".format(b).replace(",", "&nbsp;")))
    else:
        widget = ('<div class="reg-widget reg-widget--closed">\n\t<div class="reg-widget__item"><span class="reg-widget__label">'
                  'Reģistrācija slēgta</span></div>\n\t<a class="btn btn-primary reg-widget__btn" href="/rezultati/%d/">'
                  'Rezultāti %d</a>\n</div>' % (a, a))
    partners = "\n".join('\t\t<div class="partners__item"><a href="/partneri/%s/"><img src="/upload/iblock/%s/%s.png" alt="%s" loading="lazy"></a></div>'
                         % (PARTNERS[j], C.det_sha(PARTNERS[j])[:3], PARTNERS[j], PARTNERS[j]) for j in state["partners"])
    ts = stamp // 1000
    return """<!DOCTYPE html>
<html lang="lv">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
	<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
	<title>Privātuma politika | Daugavas maratons</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="description" content="Daugavas maratona privātuma politika: kā mēs apstrādājam dalībnieku personas datus." />
<script data-skip-moving="true">(function(w, d, n) {var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){return;}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){cl += " bx-ios";}else if (/Windows/i.test(ua)){cl += ' bx-win';}else if (/Macintosh/i.test(ua)){cl += " bx-mac";}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){cl += " bx-linux";}else if (/Android/i.test(ua)){cl += " bx-android";}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";var ieVersion = -1;if (/AppleWebKit/.test(ua)){cl += " bx-chrome";}else if (/Opera/.test(ua)){cl += " bx-opera";}else if (/Firefox/.test(ua)){cl += " bx-firefox";}ht.className = htc ? htc + " " + cl : cl;})(window, document, navigator);</script>


<link href="/bitrix/cache/css/s1/marathon/page_%(pc)s/page_%(pc)s_v1.css?%(ts)d2841" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/marathon/template_%(tc)s/template_%(tc)s_v1.css?%(ts)d51204" type="text/css"  data-template-style="true" rel="stylesheet" />
<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script>(window.BX||top.BX).message({"JS_CORE_LOADING":"Ielāde...","JS_CORE_NO_DATA":"- Nav datu -","JS_CORE_WINDOW_CLOSE":"Aizvērt","JS_CORE_WINDOW_EXPAND":"Izvērst","JS_CORE_WINDOW_NARROW":"Minimizēt","JS_CORE_WINDOW_SAVE":"Saglabāt","JS_CORE_WINDOW_CANCEL":"Atcelt","JS_CORE_WINDOW_CONTINUE":"Turpināt","JS_CORE_H":"st","JS_CORE_M":"m","JS_CORE_S":"s","JSADM_AI_HIDE_EXTRA":"Slēpt papildu vienumus","JSADM_AI_ALL_NOTIF":"Rādīt visus","JSADM_AUTH_REQ":"Nepieciešama autentifikācija!","JS_CORE_WINDOW_AUTH":"Pieteikties","JS_CORE_IMAGE_FULL":"Pilns izmērs"});</script>

<script src="/bitrix/js/main/core/core.min.js?%(ts)d223197"></script>

<script>BX.Runtime.registerExtension({"name":"main.core","namespace":"BX","loaded":true});</script>
<script>BX.setJSList(["\\/bitrix\\/js\\/main\\/core\\/core_ajax.js","\\/bitrix\\/js\\/main\\/core\\/core_promise.js","\\/bitrix\\/js\\/main\\/polyfill\\/promise\\/js\\/promise.js","\\/bitrix\\/js\\/main\\/loadext\\/loadext.js","\\/bitrix\\/js\\/main\\/loadext\\/extension.js"]);</script>
<script>(window.BX||top.BX).message({"LANGUAGE_ID":"lv","FORMAT_DATE":"DD.MM.YYYY","FORMAT_DATETIME":"DD.MM.YYYY HH:MI:SS","COOKIE_PREFIX":"BITRIX_SM","SERVER_TZ_OFFSET":"10800","UTF_MODE":"Y","SITE_ID":"s1","SITE_DIR":"\\/","USER_ID":"","SERVER_TIME":%(server_time)d,"USER_TZ_OFFSET":0,"USER_TZ_AUTO":"Y","bitrix_sessid":"%(sessid)s"});</script>


<script src="/bitrix/cache/js/s1/marathon/kernel_main/kernel_main_v1.js?%(ts)d196442"></script>
<script>BX.setJSList(["\\/local\\/templates\\/marathon\\/js\\/jquery-3.6.0.min.js","\\/local\\/templates\\/marathon\\/js\\/owl.carousel.min.js","\\/local\\/templates\\/marathon\\/js\\/main.js"]);</script>
<script>BX.setCSSList(["\\/local\\/templates\\/marathon\\/css\\/bootstrap.min.css","\\/local\\/templates\\/marathon\\/css\\/owl.carousel.min.css","\\/local\\/templates\\/marathon\\/styles.css","\\/local\\/templates\\/marathon\\/template_styles.css"]);</script>
<script src="/bitrix/cache/js/s1/marathon/template_%(js)s/template_%(js)s_v1.js?%(ts)d88120"></script>
<script>var _ba = _ba || []; _ba.push(["aid", "5f1c0a7e3b9d2e4c6a8f0b1d3e5c7a9b"]); _ba.push(["host", "www.daugavasmaratons.lv"]); (function() {var ba = document.createElement("script"); ba.type = "text/javascript"; ba.async = true;ba.src = (document.location.protocol == "https:" ? "https://" : "http://") + "bitrix.info/ba.js";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ba, s);})();</script>


	<script async src="https://www.googletagmanager.com/gtag/js?id=G-R2B8D5LQ0X"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-R2B8D5LQ0X');</script>
	<script src="https://cdn.cookiehub.eu/c2/8a41d7c2.js"></script>
</head>
<body class="page-inner">
<div id="panel"></div>
<header class="header">
	<div class="header__top">
		<div class="container d-flex justify-content-between align-items-center">
			<a class="header__logo" href="/"><img src="/local/templates/marathon/images/logo.svg" alt="Daugavas maratons" width="190" height="48"></a>
			<div id="bxdynamic_reg_widget_start" style="display:none"></div><!--'start_frame_cache_reg_widget'-->%(widget)s<!--'end_frame_cache_reg_widget'--><div id="bxdynamic_reg_widget_end" style="display:none"></div>
			<div class="header__lang"><a href="/privatuma-politika/" class="active">LV</a> <a href="/en/privacy-policy/">EN</a> <a href="/ru/politika-konfidencialnosti/">RU</a></div>
		</div>
	</div>
	<nav class="header__nav">
		<div class="container">
			<ul id="horizontal-multilevel-menu">
				<li><a href="/distances/" class="root-item">Distances</a></li>
				<li><a href="/registracija/" class="root-item">Reģistrācija</a></li>
				<li><a href="/trase/" class="root-item">Trase</a></li>
				<li><a href="/rezultati/" class="root-item">Rezultāti</a></li>
				<li><a href="/brivpratigie/" class="root-item">Brīvprātīgie</a></li>
				<li><a href="/kontakti/" class="root-item">Kontakti</a></li>
			</ul>
			<div class="menu-clear-left"></div>
		</div>
	</nav>
</header>
<div class="page-wrapper">
	<div class="container">
		<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				<a href="/" title="Sākums" itemprop="item">
					<span itemprop="name">Sākums</span>
				</a>
				<meta itemprop="position" content="1" />
			</div>
			<div class="bx-breadcrumb-item">
				<i class="bx-breadcrumb-item-angle fa fa-angle-right"></i>
				<span>Privātuma politika</span>
			</div><div style="clear:both"></div></div>
		<div class="row">
			<main class="col-lg-9 page-main">
				<h1 class="page-title">Privātuma politika</h1>
				<div class="text-content">
%(body)s
				</div>
			</main>
			<aside class="col-lg-3 page-aside">
				<div class="aside-box">
					<p class="aside-box__title">Noderīgi</p>
					<ul class="aside-menu">
						<li><a href="/nolikums/">Sacensību nolikums</a></li>
						<li><a href="/privatuma-politika/" class="selected">Privātuma politika</a></li>
						<li><a href="/sikdatnes/">Sīkdatņu politika</a></li>
						<li><a href="/biezak-uzdotie-jautajumi/">Biežāk uzdotie jautājumi</a></li>
					</ul>
				</div>
			</aside>
		</div>
	</div>
	<section class="partners">
		<div class="container">
			<p class="partners__title">Partneri</p>
			<div class="partners__list owl-carousel">
%(partners)s
			</div>
		</div>
	</section>
</div>
<footer class="footer">
	<div class="container">
		<div class="footer__row">
			<div class="footer__col">© 2014–%(year)d SIA "Rīgas Skriešanas centrs"</div>
			<div class="footer__col"><a href="mailto:info@daugavasmaratons.lv">info@daugavasmaratons.lv</a></div>
			<div class="footer__col"><a href="#" onclick="window.cookiehub.openSettings(); return false;">Sīkdatņu iestatījumi</a></div>
		</div>
	</div>
</footer>
</body>
</html>""" % {"pc": page_css, "tc": tpl_css, "js": js, "ts": ts, "server_time": state["server_time"],
              "sessid": state["sessid"], "widget": widget, "body": editor_html(blocks), "partners": partners,
              "year": when.year}


PAGE = {
    "service": "Daugavas maratons",
    "url": URL,
    "lang": "lv",
    "platform": "1C-Bitrix site management (composite cache, visual-editor static page)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (5b7d3e1f0a2c4e6a8b0d2f4a6c8e0a2b)"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 1, 15),
    "end": dt.date(2025, 6, 15),
    "hours": (5, 11, 17, 23),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".text-content"},
}
