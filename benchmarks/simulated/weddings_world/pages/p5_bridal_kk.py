"""Kazakh bridal-wear boutique on Tilda: a T015 title record and a T004 text record hold the policy (headings as
<strong>, paragraphs split by <br />, no tables: Tilda's text field has none), a T396 zero-block header, a T657
cookie bar and a T898 messenger widget.

Fairly clean: every kept capture is a republish (tilda-blocks-page*.min.css/js ?t= stamps move); the header's
promo line follows the season (Nauryz, wedding season, qyz uzatu autumn, New Year), changed on a republish.
"""
import datetime as dt
import html

import common as C

MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]


def fmt_date(d):
    return "%d жылғы %d %s" % (d.year, d.day, MONTHS[d.month - 1])


POLICY = """# Құпиялылық саясаты

Соңғы жаңартылған күні: {UPDATED}

Осы Құпиялылық саясаты Aqqu Bridal үйлену көйлектері салонының (бұдан әрі – «Салон», «біз») aqqubridal.kz сайтына кірушілердің, салонға өлшеп көруге жазылатын, көйлек сатып алатын немесе жалға алатын клиенттердің дербес деректерін жинау, өңдеу және қорғау тәртібін айқындайды. Біз Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Заңын басшылыққа аламыз. Сайттағы нысанды толтыру немесе бізге WhatsApp арқылы жазу арқылы сіз деректеріңізді осы саясатта көрсетілген мақсаттарда өңдеуге келісім бересіз.

## 1. Дерекқордың меншік иесі және операторы

@ «Aqqu Bridal» ЖШС
@ БСН: 190840012345
@ Алматы қ., Абай даңғылы 150/230, 2-қабат
@ Телефон: +7 727 355 18 40
@ E-mail: info@aqqubridal.kz

## 2. Қандай деректерді жинаймыз

- аты-жөніңіз, телефон нөміріңіз және WhatsApp нөміріңіз;
- той немесе қыз ұзату күні, ұнаған көйлек үлгілері және жоспарланған бюджет;
- өлшеп көру кезінде алынатын дене өлшемдері (кеуде, бел, жамбас, бой ұзындығы);
- көйлекті жалға алған кезде жеке куәліктің деректері және кепіл сомасы;
- төлем туралы мәліметтер: төлем күні, сомасы және тәсілі (банк картасының деректерін біз көрмейміз);
- сайттағы әрекеттеріңіз туралы техникалық деректер: IP-мекенжай, браузер түрі, құрылғы, қаралған беттер.

## 3. Деректерді не үшін пайдаланамыз

- өлшеп көруге жазу және кездесу уақытын еске салу;
- көйлекті тапсырыс бойынша тігу, пішінін түзету және жеткізушіден тапсырыс беру;
- жалға беру шартын жасау және көйлектің уақытында қайтарылуын бақылау;
- төлемдерді қабылдау, чек беру және бухгалтерлік есеп жүргізу;
- жаңа коллекциялар, сынама күндері және жеңілдіктер туралы хабарлау (тек келісіміңіз болса);
- сайттың жұмысын талдау және жақсарту.

## 4. Өлшеп көру және фотосуреттер

Өлшеп көру кезінде стилистіміз дене өлшемдеріңізді арнайы карточкаға жазады. Бұл деректер тек көйлекті таңдау және пішінін түзету үшін қолданылады және тігін шеберінен басқа ешкімге берілмейді. Салонда өзіңізді суретке түсіруге болады, бірақ басқа қалыңдықтардың суретін түсіруге рұқсат етілмейді. Көйлек киген суретіңізді Instagram парақшамызда тек жазбаша келісіміңізбен жариялаймыз, ал келісімді кез келген уақытта кері қайтарып ала аласыз.

## 5. Көйлекті жалға алу

Көйлекті жалға берген кезде шарт жасалады. Шартқа жеке куәлігіңіздің нөмірі, берілген күні, тұрғылықты мекенжайыңыз және кепіл сомасы жазылады. Жеке куәліктің көшірмесін жасамаймыз және суретке түсірмейміз. Көйлек қайтарылып, кепіл толық есептелгеннен кейін шарт мұрағатта 3 жыл сақталады. Көйлек зақымдалған немесе уақытында қайтарылмаған жағдайда шартта көрсетілген телефон нөміріңізге хабарласамыз, ал дау туындаса, шарт деректерін заңгерімізге береміз. Кепіл сомасы Kaspi арқылы қайтарылса, аударым туралы мәлімет банктің есебінде де сақталады.

## 6. Деректерді кімге береміз

Деректеріңізді сатпаймыз және жарнама үшін үшінші тұлғаларға бермейміз. Оларды тек қызмет көрсетуге қажетті серіктестерге береміз:

- Kaspi Bank АҚ – төлемдерді қабылдау (Kaspi Pay, Kaspi QR);
- Tilda Publishing – сайттың жұмысы және өтінім нысандары;
- amoCRM – клиенттердің өтінімдері мен жазылуларын жүргізу;
- Meta Platforms, Inc. – WhatsApp Business арқылы хат алмасу;
- Google LLC және «Яндекс» – сайтқа кірушілер статистикасы;
- «Қазпошта» АҚ және курьерлік қызметтер – көйлекті басқа қалаларға жеткізу.

Заңда көзделген жағдайларда деректер уәкілетті мемлекеттік органдарға берілуі мүмкін.

## 7. Деректерді сақтау мерзімдері

Дербес деректеріңізді Қазақстан Республикасының аумағында орналасқан дерекқорда сақтаймыз. Деректерді мақсатқа жету үшін қажетті мерзімде ғана сақтаймыз:

- өтінімдер мен жазылулар – соңғы хабарласудан кейін 1 жыл;
- дене өлшемдері – той күнінен кейін 6 ай;
- жалға беру шарттары – 3 жыл;
- бухгалтерлік құжаттар – заңнамада белгіленген мерзімде, 5 жыл.

## 8. Деректерді шетелге беру

Сайт платформасы, WhatsApp және статистика қызметтері шетелдегі серверлерді пайдаланады, сондықтан нысанға енгізілген деректердің бір бөлігі Қазақстаннан тыс жерге берілуі мүмкін. Мұндай трансшекаралық беру тек заңда рұқсат етілген жағдайларда және сіздің келісіміңізбен жүзеге асырылады. Дене өлшемдері мен жеке куәлік деректері шетелге берілмейді және тек салонның ішкі дерекқорында сақталады.

## 9. Жарнамалық хабарламалар

Жаңа коллекциялар, ашық есік күндері және маусымдық жеңілдіктер туралы хабарламаларды WhatsApp немесе SMS арқылы тек сіз келісім бергеннен кейін жібереміз. Хабарламалардан бас тарту үшін «STOP» деп жауап жазсаңыз жеткілікті. Бас тартқаннан кейін нөміріңіз тарату тізімінен бір жұмыс күні ішінде алынып тасталады.

## 10. Кәмелетке толмағандар

Салонның қызметтері 18 жасқа толған тұлғаларға арналған. Кәмелетке толмаған қыздарға арналған кештік немесе бітіру көйлектерін ата-анасы немесе заңды өкілі қатысқанда ғана жалға береміз, ал шартқа ата-ананың деректері жазылады.

## 11. Cookie файлдары

Сайт дұрыс жұмыс істеуі және кірушілер статистикасын жинау үшін cookie файлдарын пайдаланады. Сайтқа алғаш кіргенде экранның төменгі бөлігінде хабарлама шығады. Сайтта Яндекс.Метрика мен Google Analytics есептегіштері орнатылған: олар кірушілердің санын, қай жерден келгенін және беттерде қанша уақыт болғанын жинақтап көрсетеді, бірақ сіздің атыңызды немесе телефон нөміріңізді білмейді. Cookie файлдарын браузер баптауларында өшіруге болады, бірақ бұл жағдайда сайттың кейбір функциялары, мысалы өлшеп көруге жазылу нысаны, дұрыс жұмыс істемеуі мүмкін.

## 12. Сіздің құқықтарыңыз

Заңға сәйкес сіз:

- салонда өзіңіз туралы қандай деректер бар екенін білуге;
- деректеріңізді өзгертуді және толықтыруды талап етуге;
- заңға қайшы жиналған деректерді жоюды талап етуге;
- хабарландыру хаттарынан кез келген уақытта бас тартуға;
- деректерді өңдеуге берілген келісімді кері қайтарып алуға;
- құқықтарыңыз бұзылды деп санасаңыз, уәкілетті органға немесе сотқа жүгінуге құқылысыз.

Өтінішіңізді info@aqqubridal.kz мекенжайына жіберіңіз немесе салонға келіп жазбаша беріңіз. Біз үш жұмыс күні ішінде жауап береміз.

## 13. Деректерді қорғау

Клиенттер базасына тек салон әкімшісі мен стилистердің қол жеткізуі бар. Өлшем карточкалары құлыпталатын шкафта сақталады, ал электрондық деректер құпия сөзбен қорғалған. Қызметкерлеріміз құпиялылық туралы міндеттеме қабылдайды. Деректердің рұқсатсыз таралуы анықталса, оны тоқтату шараларын дереу қабылдаймыз және заңда белгіленген тәртіппен уәкілетті органға, ал қажет болса сізге де хабарлаймыз.

## 14. Саясатқа өзгерістер

Біз бұл саясатты қызметтеріміз немесе заңнама өзгергенде жаңартып отырамыз. Жаңа редакция осы бетте жарияланған сәттен бастап күшіне енеді. Соңғы өзгерістің күні беттің жоғарғы жағында көрсетілген.

## 15. Байланыс

Дербес деректерге қатысты барлық сұрақтар бойынша бізге хабарласыңыз: info@aqqubridal.kz, +7 727 355 18 40. Жұмыс уақыты: күн сайын 10:00-ден 20:00-ге дейін, өлшеп көру алдын ала жазылу бойынша.
"""

EDITS = [
    {"note": "typo fixed: 'қалыңдықтардың' was 'қалындықтардың' (no new date)",
     "repl": [("басқа қалындықтардың суретін", "басқа қалыңдықтардың суретін")], "bump": False},
    {"note": "sentence added: Kaspi instalments processed by the bank",
     "repl": [("Оларды тек қызмет көрсетуге қажетті серіктестерге береміз:",
               "Оларды тек қызмет көрсетуге қажетті серіктестерге береміз. Көйлекті Kaspi Red немесе бөліп төлеу "
               "арқылы сатып алсаңыз, банк деректеріңізді өз ережелері бойынша өңдейді:")]},
    {"note": "retention of body measurements shortened from 6 to 3 months",
     "repl": [("дене өлшемдері – той күнінен кейін 6 ай;", "дене өлшемдері – той күнінен кейін 3 ай;")]},
    {"note": "processor added to the list: Wazzup24 (WhatsApp to amoCRM)",
     "repl": [("- Meta Platforms, Inc. – WhatsApp Business арқылы хат алмасу;",
               "- Meta Platforms, Inc. – WhatsApp Business арқылы хат алмасу;\n"
               "- Wazzup24 – WhatsApp хат алмасуын amoCRM жүйесіне қосу;")]},
    {"note": "salon moved: address and phone number changed (twice)",
     "repl": [("@ Алматы қ., Абай даңғылы 150/230, 2-қабат\n@ Телефон: +7 727 355 18 40",
               "@ Алматы қ., Достық даңғылы 180, «Ақ Жол» бизнес орталығы, 5-қабат\n@ Телефон: +7 708 355 18 40"),
              ("info@aqqubridal.kz, +7 727 355 18 40.", "info@aqqubridal.kz, +7 708 355 18 40.")]},
]
POLICY = POLICY.replace("басқа қалыңдықтардың суретін", "басқа қалындықтардың суретін")

PROMOS = [((3, 4), "Наурыз жеңілдігі: барлық көйлектерге −15%"),
          ((5, 6, 7, 8), "Той маусымы: өлшеп көруге алдын ала жазылыңыз"),
          ((9, 10, 11), "Қыз ұзатуға арналған жаңа коллекция салонда"),
          ((12, 1, 2), "Жаңа жыл сыйлығы: фата мен аяқ киімге −20%")]


def promo(d):
    for months, text in PROMOS:
        if d.month in months:
            return text


def tilda_text(blocks):
    out = []
    for k, (kind, v) in enumerate(blocks):
        if kind in ("h2", "h3"):
            out.append("<strong>%s</strong><br />" % C.inline_html(v))
        elif kind == "p":
            out.append(C.inline_html(v) + "<br /><br />")
        elif kind == "addr":
            out.append("<br />".join(C.inline_html(x) for x in v) + "<br /><br />")
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    s = "".join(out)
    while s.endswith("<br />"):
        s = s[:-6]
    return s


def noise(rng, when, i, prev):
    prev = prev or {}
    t = C.epoch(when) - rng.randint(3600, 6 * 86400)
    if prev.get("t") and t <= prev["t"]:
        t = prev["t"] + rng.randint(600, 7200)
    return {"t": t, "promo": promo(when.date())}


LABELS = {"t": "Tilda republish (?t= stamps)", "promo": "zero-block header promo line"}

PID, PAGE_ID = 6123456, 35123456


def render(state, blocks, when):
    t = state["t"]
    return """<!DOCTYPE html> <html lang="kk"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Құпиялылық саясаты | Aqqu Bridal</title> <meta property="og:url" content="https://aqqubridal.kz/privacy" /> <meta property="og:title" content="Құпиялылық саясаты | Aqqu Bridal" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <link rel="canonical" href="https://aqqubridal.kz/privacy"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild6134-3861-4431-b339-316263646231/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project%(pid)d/tilda-blocks-page%(page)d.min.css?t=%(t)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="preconnect" href="https://fonts.gstatic.com"> <link href="https://fonts.googleapis.com/css2?family=Montserrat:wght@300;400;500;600;700&subset=latin,cyrillic" rel="stylesheet"> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-cookiepolicy-1.0.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if(document.readyState!='loading') {func();} else {document.addEventListener('DOMContentLoaded',func);}}
function t_onFuncLoad(funcName,okFunc,time) {if(typeof window[funcName]==='function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName,okFunc,time);},(time||100));}}function t_throttle(fn,threshhold,scope) {return function() {fn.apply(scope||this,arguments);};}</script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project%(pid)d/tilda-blocks-page%(page)d.min.js?t=%(t)d" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-zero-1.1.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr,function(el) {el.classList.add("t-records_animated");});setTimeout(function () {Array.prototype.forEach.call(alr,function(el) {el.classList.add("t-records_visible");});sessionStorage.setItem("visited","y");},400);}
document.addEventListener('DOMContentLoaded',t_setvisRecs);}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(pid)d" data-tilda-page-id="%(page)d" data-tilda-page-alias="privacy" data-tilda-formskey="5c0d7e1f3a9b2c4d6e8f0a1b3c5d7e9f" data-tilda-cookie="no" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes"><div id="rec612345001" class="r t-rec" style=" " data-animationappear="off" data-record-type="396"> <!-- T396 --> <style>#rec612345001 .t396__artboard {height: 90px; background-color: #fbf8f4;}#rec612345001 .t396__filter {height: 90px;}#rec612345001 .t396__carrier{height: 90px;background-position: center center;background-attachment: scroll;background-size: cover;background-repeat: no-repeat;}@media screen and (max-width: 639px) {#rec612345001 .t396__artboard,#rec612345001 .t396__filter,#rec612345001 .t396__carrier {height: 70px;}}</style> <div class='t396'><div class="t396__artboard" data-artboard-recid="612345001" data-artboard-screens="320,480,640,960,1200" data-artboard-height="90" data-artboard-valign="center" data-artboard-upscale="grid" data-artboard-height-res-320="70"> <div class="t396__carrier" data-artboard-recid="612345001"></div> <div class="t396__filter" data-artboard-recid="612345001"></div> <div class='t396__elem tn-elem tn-elem__6123450011690012345678' data-elem-id='1690012345678' data-elem-type='image' data-field-top-value="22" data-field-left-value="20" data-field-width-value="150" data-field-axisy-value="top" data-field-axisx-value="left" data-field-container-value="grid" data-field-filewidth-value="300" data-field-fileheight-value="92"> <a class='tn-atom' href="/"> <img class='tn-atom__img' src='https://static.tildacdn.com/tild3162-6637-4837-a331-643732306538/aqqu_logo.svg' alt='Aqqu Bridal' imgfield='tn_img_1690012345678' /> </a> </div> <div class='t396__elem tn-elem tn-elem__6123450011690012345680' data-elem-id='1690012345680' data-elem-type='text' data-field-top-value="35" data-field-left-value="260" data-field-width-value="420" data-field-axisy-value="top" data-field-axisx-value="left" data-field-container-value="grid"> <div class='tn-atom' field='tn_text_1690012345680'>%(promo)s</div> </div> <div class='t396__elem tn-elem tn-elem__6123450011690012345681' data-elem-id='1690012345681' data-elem-type='text' data-field-top-value="35" data-field-left-value="760" data-field-width-value="420" data-field-axisy-value="top" data-field-axisx-value="left" data-field-container-value="grid"> <div class='tn-atom' field='tn_text_1690012345681'><a href="/catalog" style="color: inherit">Каталог</a>   <a href="/arenda" style="color: inherit">Жалға алу</a>   <a href="/#zapis" style="color: inherit">Өлшеп көруге жазылу</a>   <a href="/kontakty" style="color: inherit">Байланыс</a></div> </div> </div> </div> <script>t_onReady(function () {t_onFuncLoad('t396_init',function () {t396_init('612345001');});});</script> <!-- /T396 --> </div><div id="rec612345002" class="r t-rec t-rec_pt_75 t-rec_pb_15" style="padding-top:75px;padding-bottom:15px; " data-record-type="30"> <!-- T015 --> <div class="t015"> <div class="t-container t-align_left"> <div class="t-col t-col_10 t-prefix_1"> <h1 class="t015__title t-title t-title_lg" field="title">%(title)s</h1> </div> </div> </div> </div><div id="rec612345003" class="r t-rec t-rec_pt_15 t-rec_pb_75" style="padding-top:15px;padding-bottom:75px; " data-record-type="106"> <!-- T004 --> <div class="t004"> <div class="t-container "> <div class="t-col t-col_10 t-prefix_1"> <div field="text" class="t-text t-text_md ">%(text)s</div> </div> </div> </div> </div><div id="rec612345004" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;background-color:#2b2522; " data-record-type="345" data-bg-color="#2b2522"> <!-- T345 --> <div class="t345" id="footer_612345004"> <div class="t345-wrapper"> <div class="t345-container t-container"> <div class="t345-col t-col t-col_12"> <div class="t345-content"> <div class="t345-text t-descr t-descr_xxs" field="text">© Aqqu Bridal, 2019–%(year)d. Алматы, Абай даңғылы 150/230<br /><a href="/privacy" style="color:#d8c3a5">Құпиялылық саясаты</a> · <a href="/oferta" style="color:#d8c3a5">Жария оферта</a></div> </div> </div> </div> </div> </div> </div><div id="rec612345005" class="r t-rec" style=" " data-animationappear="off" data-record-type="657"> <!-- T657 --> <div class="t657 t657_closed" data-storage-item="t657cookiename_612345005_aqqu" style="display:none"> <div class="t657__wrapper t657__wrapper_mobile"> <div class="t657__text t-descr t-descr_xxs" field="text">Біз cookie файлдарын пайдаланамыз. Сайтты пайдалануды жалғастыра отырып, сіз оларды қолдануға келісесіз.</div> <a href="#" class="t657__btn t-btn t-btn_sm" style="color:#ffffff;background-color:#b08d57;border-radius:20px;"><span class="t657__btn-text">Жарайды</span></a> </div> </div> <script type="text/javascript">t_onReady(function () {t_onFuncLoad('t657_init',function () {t657_init('612345005');});});</script> </div><div id="rec612345006" class="r t-rec" style=" " data-animationappear="off" data-record-type="898"> <!-- t898 --> <div class="t898"> <div class="t898__btn"> <div class="t898__icon t898__icon-whatsapp_wrapper" data-messenger="whatsapp"><a class="t898__icon-link" href="https://wa.me/77073551840" target="_blank" rel="nofollow noopener"><svg class="t898__icon-whatsapp" width="60" height="60" viewBox="0 0 60 60" fill="none" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M30 60C46.5685 60 60 46.5685 60 30C60 13.4315 46.5685 0 30 0C13.4315 0 0 13.4315 0 30C0 46.5685 13.4315 60 30 60Z" fill="#27D061"/></svg></a></div> </div> </div> <script type="text/javascript">t_onReady(function () {t_onFuncLoad('t898_init',function () {t898_init('612345006');});});</script> </div></div> <!--/allrecords--> <!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="%(pid)d#%(page)d"><a href="https://tilda.cc/" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div> <!-- Stat --> <!-- Yandex.Metrika counter 91234567 --> <script type="text/javascript" data-tilda-cookie-type="analytics"> setTimeout(function(){ (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)}; m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}) (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym"); window.mainMetrikaId = '91234567'; ym(window.mainMetrikaId , "init", { clickmap:false, trackLinks:true, accurateTrackBounce:true, webvisor:true,ecommerce:"dataLayer" }); }, 2000);</script> <noscript><div><img src="https://mc.yandex.ru/watch/91234567" style="position:absolute; left:-9999px;" alt="" /></div></noscript> <!-- /Yandex.Metrika counter --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; } setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, 'a3b9c2d8e1f7a4b6c0d5e9f3a2b8c1d7','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }, 2000);</script> </body> </html>""" % {
        "pid": PID, "page": PAGE_ID, "t": t, "promo": html.escape(state["promo"]),
        "title": html.escape(blocks[0][1]), "text": tilda_text(blocks[1:]), "year": when.year}


PAGE = {
    "service": "Aqqu Bridal",
    "url": "https://aqqubridal.kz/privacy",
    "lang": "kk",
    "platform": "Tilda (T015 + T004 records)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Tilda-Server", "21"), ("Cache-Control", "max-age=300"),
                      ("Vary", "Accept-Encoding")),
    "n": 28,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2025, 6, 30),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://aqqubridal.kz/privacy",
                    "select": ["#rec612345002 .t015__title", "#rec612345003 .t-text"]},
}
