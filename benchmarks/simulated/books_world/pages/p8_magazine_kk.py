"""«Қаламгер»: an Almaty literary magazine (print and e-subscriptions, a manuscript inbox, writing contests) whose
site is built on Tilda Publishing, in Kazakh.

The policy is two Tilda records: a T030 heading record (title and the update line) and a T004 text record whose
`field="text"` div holds the policy as Tilda's editor stores it: `<strong>` lines for section headings, paragraphs
separated by `<br /><br />`, `<ul>` lists; no tables (Tilda's text field has none). The declaration selects both
records by id. Fairly clean: every republish of the project (the editors republish all pages when they post news)
changes the `?t=` stamps of the page's tilda-blocks css/js; the header's zero block announces the current issue
(quarterly) and the footer year turns.
"""
import datetime as dt
import html

import common as C

URL = "https://qalamger.kz/privacy"

POLICY = """
# Құпиялылық саясаты

Соңғы жаңарту: {UPDATED}

Осы Құпиялылық саясаты «Қаламгер» әдеби журналының qalamger.kz сайтына кірушілердің, журнал жазылушыларының және редакцияға шығармаларын жіберетін авторлардың дербес деректерін жинау, өңдеу және қорғау тәртібін айқындайды. Саясат Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес әзірленген. Сайтты пайдалану және сайттағы нысандарды толтыру арқылы Сіз осы Саясатпен келісетініңізді растайсыз.

## 1. Негізгі ұғымдар

Осы Саясатта мынадай ұғымдар пайдаланылады:

- дербес деректер — электрондық, қағаз және (немесе) өзге де материалдық жеткізгіште тіркелген, белгілі бір немесе айқындалатын дербес деректер субъектісіне жататын мәліметтер;
- дербес деректерді өңдеу — дербес деректерді жинауға, жинақтауға, өзгертуге, толықтыруға, пайдалануға, таратуға, иесіздендіруге, бұғаттауға және жоюға бағытталған әрекеттер;
- дербес деректер субъектісі — дербес деректері өңделетін жеке тұлға, яғни сайтқа кіруші, журнал жазылушысы немесе автор;
- оператор — дербес деректерді жинауды, өңдеуді және қорғауды жүзеге асыратын тұлға.

## 2. Дербес деректердің операторы

Дербес деректердің меншік иесі және операторы — «Қаламгер баспа үйі» жауапкершілігі шектеулі серіктестігі:

@ «Қаламгер баспа үйі» ЖШС
@ БСН 180940012345
@ Алматы қ., Абай даңғылы, 52, 3-қабат
@ Телефон: +7 (727) 339-12-40
@ E-mail: info@qalamger.kz

Оператор дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны тағайындады; оған info@qalamger.kz мекенжайы арқылы хабарласуға болады.

## 3. Біз қандай деректерді жинаймыз

- журналға жазылу кезінде: аты-жөніңіз, телефон нөміріңіз, электрондық пошта мекенжайыңыз және журнал жеткізілетін пошта мекенжайы;
- редакцияға шығарма жіберген кезде: аты-жөніңіз, бүркеншік атыңыз (болса), байланыс деректеріңіз, қысқаша өмірбаяныңыз және шығарманың мәтіні;
- әдеби байқауларға қатысқан кезде: жоғарыда аталған деректерге қоса, туған жылыңыз бен тұратын қалаңыз (жас авторлар санатын анықтау үшін);
- сайтты пайдаланған кезде: IP-мекенжай, браузердің түрі, кірген беттер туралы мәліметтер және cookie-файлдар.

Егер Сіз журналды басқа адамға сыйлық ретінде жазылсаңыз, сол адамның аты-жөні мен мекенжайын бізге беруге оның келісімін алғаныңызды растайсыз.

## 4. Деректерді өңдеу мақсаттары

Біз дербес деректеріңізді мынадай мақсаттарда ғана өңдейміз:

- жазылымды ресімдеу және журналды «Қазпошта» АҚ арқылы жеткізу;
- редакцияға түскен шығармаларды қарау және авторлармен хат алмасу;
- әдеби байқаулардың жеңімпаздарын анықтау және марапаттау;
- жаңа нөмірлер, кітап таныстырылымдары мен әдеби кештер туралы хабарлама жіберу (тек Сіздің келісіміңіз болған жағдайда);
- сайттың жұмысын талдау және жақсарту.

Біз деректеріңізді осы Саясатта көрсетілмеген мақсаттарда пайдаланбаймыз.

## 5. Деректерді өңдеудің құқықтық негіздері

Біз дербес деректеріңізді мына негіздер бойынша өңдейміз:

- Сіздің келісіміңіз: ол сайттағы нысанды толтырған кезде «Дербес деректерді жинауға және өңдеуге келісемін» деген белгіні қою арқылы беріледі;
- жазылу шартын немесе авторлық шартты орындау қажеттілігі;
- Қазақстан Республикасының заңнамасында, соның ішінде салық және бухгалтерлік есеп туралы заңнамада көзделген міндеттерді орындау.

Біз Сізден нәсілдік немесе этникалық шығу тегіңіз, саяси көзқарастарыңыз, діни нанымдарыңыз және денсаулығыңыз туралы деректерді сұрамаймыз. Егер мұндай мәліметтер Сіз жіберген шығарманың мәтінінде кездессе, біз оларды тек шығарманы редакциялық қарау үшін пайдаланамыз.

## 6. Деректерді сақтау

Дербес деректеріңіз Қазақстан Республикасының аумағында орналасқан дерекқорларда сақталады. Деректерді сақтау мерзімдері:

- жазылушылардың деректері — жазылым мерзімі аяқталғаннан кейін 3 жыл;
- жарияланбаған шығармалар мен олардың авторларының деректері — қолжазба түскен күннен бастап 1 жыл;
- жарияланған шығармалар авторларының деректері — авторлық шарттың қолданылу мерзімі ішінде;
- хабарлама таратуға арналған деректер — келісім кері қайтарылғанға дейін.

Мерзім аяқталғаннан кейін деректер жойылады.

## 7. Деректерді үшінші тұлғаларға беру

Біз дербес деректеріңізді сатпаймыз және жарнама мақсатында ешкімге бермейміз. Деректер тек мынадай жағдайларда беріледі:

- журналды жеткізу үшін — «Қазпошта» АҚ-ға;
- төлемді қабылдау үшін — «Kaspi Bank» АҚ-ға (Kaspi Pay қызметі), бұл ретте төлем картасының деректерін біз көрмейміз;
- электрондық хат тарату үшін — Unisender қызметіне;
- Қазақстан Республикасының заңнамасында көзделген жағдайларда — уәкілетті мемлекеттік органдарға.

Google Analytics және Яндекс Метрика қызметтері иесіздендірілген статистикалық деректерді Қазақстаннан тыс жерлерде орналасқан серверлерде өңдеуі мүмкін.

## 8. Деректерді қорғау шаралары

Дербес деректердің қауіпсіздігін қамтамасыз ету үшін біз:

- деректерге қол жеткізу құқығын тек өз міндеттерін орындау үшін қажет қызметкерлерге ғана береміз;
- сайт пен оқырмандар арасындағы байланысты SSL-сертификат арқылы шифрлаймыз;
- қолжазбаларды редакцияның жабық пошта жәшігінде және қорғалған қоймада сақтаймыз;
- қызметкерлерді дербес деректерді қорғау талаптарымен таныстырамыз;
- дерекқорлардың сақтық көшірмелерін тұрақты түрде жасаймыз.

Дербес деректердің заңсыз таралу фактісі анықталған жағдайда біз бұл туралы Сізге және уәкілетті органға хабарлаймыз.

## 9. Cookie-файлдар және сайт статистикасы

Сайт Tilda Publishing платформасында жұмыс істейді. Сайттың дұрыс жұмыс істеуі және кірушілер санын есептеу үшін біз cookie-файлдарды, сондай-ақ Яндекс Метрика және Google Analytics қызметтерін пайдаланамыз. Cookie-файлдарды браузердің баптауларында өшіруге болады, бірақ бұл жағдайда сайттың кейбір мүмкіндіктері жұмыс істемеуі мүмкін. Сайтқа алғаш кірген кезде шығатын хабарламадағы «Келісемін» батырмасын басу арқылы Сіз статистикалық cookie-файлдарды пайдалануға келісім бересіз. Бұл келісімді кез келген уақытта браузердегі cookie-файлдарды тазалау арқылы кері қайтарып алуға болады.

## 10. Сіздің құқықтарыңыз

Заңның 24-бабына сәйкес Сіз:

- өз дербес деректеріңіздің бар-жоғы және олардың мазмұны туралы ақпарат алуға;
- деректеріңізді өзгертуді және толықтыруды талап етуге;
- деректерді жинауға және өңдеуге берген келісіміңізді кері қайтарып алуға;
- деректеріңзді жоюды талап етуге;
- өз құқықтарыңызды қорғау үшін уәкілетті органға немесе сотқа жүгінуге құқылысыз.

Сұрау салуды info@qalamger.kz мекенжайына жіберіңіз. Сұрау салуда аты-жөніңізді және байланыс деректеріңізді көрсетіңіз; Сіздің жеке басыңызды растау үшін біз қосымша мәлімет сұрауымыз мүмкін. Біз сұрау салуға заңнамада белгіленген мерзімде жауап береміз.

## 11. Жас авторлар

«Жас қалам» байқауына 14 бен 17 жас аралығындағы қатысушылар ата-анасының немесе өзге заңды өкілінің жазбаша келісімімен ғана қатыса алады. Келісім нысаны байқау ережесіне қоса беріледі. Жас авторлардың жарияланған шығармаларымен бірге тек аты-жөні мен тұратын қаласы көрсетіледі, ал олардың байланыс деректері ешқашан жарияланбайды.

## 12. Саясатқа өзгерістер енгізу

Редакция осы Саясатқа өзгерістер енгізуге құқылы. Саясаттың жаңа редакциясы сайтта жарияланған сәттен бастап күшіне енеді. Соңғы жаңарту күні беттің жоғарғы жағында көрсетіледі. Елеулі өзгерістер туралы жазылушыларға электрондық пошта арқылы қосымша хабарлаймыз.

## 13. Байланыс

Осы Саясатқа қатысты сұрақтарыңыз болса, редакцияға info@qalamger.kz мекенжайы бойынша хат жазыңыз немесе жұмыс күндері сағат 10:00-ден 18:00-ге дейін редакцияның телефонына хабарласыңыз.
"""

MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
          "желтоқсан"]


def fmt_date(d):
    return "%d жылғы %d %s" % (d.year, d.day, MONTHS[d.month - 1])


EDITS = [
    {"note": "typo fixed: 'деректеріңзді' -> 'деректеріңізді' (no new date)",
     "repl": [("- деректеріңзді жоюды талап етуге;", "- деректеріңізді жоюды талап етуге;")], "bump": False},
    {"note": "card payments via CloudPayments Kazakhstan added to the recipients",
     "repl": [("бұл ретте төлем картасының деректерін біз көрмейміз;",
               "бұл ретте төлем картасының деректерін біз көрмейміз;\n"
               "- банк картасымен төлеу үшін — «CloudPayments Kazakhstan» ЖШС-ға;")]},
    {"note": "new section on the magazine's e-version (personal account, reading data), later sections renumbered",
     "repl": [("## 9. Cookie-файлдар және сайт статистикасы",
               "## 9. Журналдың электрондық нұсқасы\n\n"
               "Журналдың электрондық нұсқасына жазылған кезде біз жеке кабинетіңізді ашамыз. Жеке кабинетте "
               "электрондық пошта мекенжайыңыз, жазылым мерзімі және қай нөмірлерді оқығаныңыз туралы мәлімет "
               "сақталады. Бұл мәліметтер тек жазылымды қамтамасыз ету және оқырмандарға ұнаған материалдарды "
               "талдау үшін жалпылама түрде пайдаланылады.\n\n"
               "## 10. Cookie-файлдар және сайт статистикасы"),
              ("## 10. Сіздің құқықтарыңыз", "## 11. Сіздің құқықтарыңыз"),
              ("## 11. Жас авторлар", "## 12. Жас авторлар"),
              ("## 12. Саясатқа өзгерістер енгізу", "## 13. Саясатқа өзгерістер енгізу"),
              ("## 13. Байланыс", "## 14. Байланыс")]},
    {"note": "editorial office moved: new address and phone number",
     "repl": [("@ Алматы қ., Абай даңғылы, 52, 3-қабат\n@ Телефон: +7 (727) 339-12-40",
               "@ Алматы қ., Сәтбаев көшесі, 30/8, 12-кеңсе\n@ Телефон: +7 (727) 355-07-18")]},
    {"note": "unpublished manuscripts kept 6 months instead of 1 year; a sentence on the Telegram submissions bot added",
     "repl": [("— қолжазба түскен күннен бастап 1 жыл;", "— қолжазба түскен күннен бастап 6 ай;"),
              ("- редакцияға шығарма жіберген кезде: аты-жөніңіз,",
               "- редакцияға шығарма жіберген кезде (сайттағы нысан немесе @QalamgerBot Telegram-боты арқылы): "
               "аты-жөніңіз,")]},
]

ISSUES = ["«Дала әуені» — жас ақындардың поэзия топтамасы", "Абай оқулары: жаңа зерттеулер",
          "Көктемгі проза: бес жаңа әңгіме", "Аударма әлемі: әлем әдебиетінен таңдамалы шығармалар",
          "Мұхтар Әуезов мұрасы: мақалалар мен естеліктер", "Қаламгер сұхбаты: ұлы даланың заманауи прозасы",
          "Балалар әдебиеті арнайы нөмірі", "Жас қалам байқауының жеңімпаздары"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    prev_pub = p.get("republish") or 0
    st["republish"] = max(prev_pub + 60, C.epoch(when) - rng.randint(600, 86400 * 3))
    q = (when.month - 1) // 3 + 1
    st["issue"] = (when.year, q, ISSUES[(when.year * 4 + q) % len(ISSUES)])
    st["year"] = when.year
    return st


LABELS = {"republish": "tilda-blocks ?t= republish stamps", "issue": "header zero block: current issue",
          "year": "footer year"}


def _inline(t):
    return C.inline_html(t)


def _text_field(blocks):
    parts = []
    for kind, v in blocks:
        if kind == "h2":
            parts.append(("blk", "<strong>%s</strong>" % _inline(v)))
        elif kind == "p":
            parts.append(("txt", _inline(v)))
        elif kind == "addr":
            parts.append(("txt", "<br />".join(_inline(x) for x in v)))
        elif kind == "ul":
            parts.append(("list", "<ul>%s</ul>" % "".join("<li>%s</li>" % _inline(x) for x in v)))
        else:
            raise ValueError(kind)
    out = ""
    for n, (k, h) in enumerate(parts):
        if n:
            prevk = parts[n - 1][0]
            if k == "list" or prevk == "list":
                out += ""
            elif prevk == "blk":
                out += "<br />"
            else:
                out += "<br /><br />"
        out += h
    return out


def render(state, blocks, when):
    t = state["republish"]
    yr, q, theme = state["issue"]
    title = blocks[0][1]
    updated = blocks[1][1]
    text = _text_field(blocks[2:])
    return """<!DOCTYPE html> <html lang="kk"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Құпиялылық саясаты — «Қаламгер» әдеби журналы</title> <meta name="description" content="«Қаламгер» әдеби журналының дербес деректерді өңдеу саясаты" /> <meta property="og:url" content="{url}" /> <meta property="og:title" content="Құпиялылық саясаты" /> <meta property="og:description" content="«Қаламгер» әдеби журналының дербес деректерді өңдеу саясаты" /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.com/tild6431-3964-4134-b336-616331353936/qalamger_og.jpg" /> <link rel="canonical" href="{url}"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3662-6433-4737-a431-623064613165/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="/tilda-blocks-page38412345.min.css?t={t}" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-menusub-1.0.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=PT+Serif:wght@400;700&amp;family=Montserrat:wght@400;600&amp;display=swap" type="text/css" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {{if (document.readyState != 'loading') {{func();}} else {{document.addEventListener('DOMContentLoaded', func);}}}}
function t_onFuncLoad(funcName, okFunc, time) {{if (typeof window[funcName] === 'function') {{okFunc();}} else {{setTimeout(function() {{t_onFuncLoad(funcName, okFunc, time);}},(time || 100));}}}}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="/tilda-blocks-page38412345.min.js?t={t}" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-animation-2.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menusub-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-zero-1.1.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {{if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){{var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {{.t-records {{opacity: 0;}}.t-records_animated {{-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}}.t-records.t-records_visible {{opacity: 1;}}}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){{var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr, function(el) {{el.classList.add("t-records_animated");}});setTimeout(function () {{Array.prototype.forEach.call(alr, function(el) {{el.classList.add("t-records_visible");}});sessionStorage.setItem("visited", "y");}}, 400);}} document.addEventListener('DOMContentLoaded', t_setvisRecs);}}}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6123456" data-tilda-page-id="38412345" data-tilda-page-alias="privacy" data-tilda-formskey="5b1e0f8a3c7d9e2f4a6b8c0d1e3f5a7b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-lang="KK"> <!--header--> <header id="t-header" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6123456" data-tilda-page-id="38400001" data-tilda-page-alias="header" data-tilda-formskey="5b1e0f8a3c7d9e2f4a6b8c0d1e3f5a7b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-lang="KK"> <div id="rec612340001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257"> <!-- T228 --> <div id="nav612340001marker"></div> <div class="tmenu-mobile"> <div class="tmenu-mobile__container"> <div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">«Қаламгер»</div> <button type="button" class="t-menuburger t-menuburger_first" aria-label="Навигациялық мәзір" aria-expanded="false"> <span style="background-color:#111;"></span> <span style="background-color:#111;"></span> <span style="background-color:#111;"></span> <span style="background-color:#111;"></span> </button> </div> </div> <div id="nav612340001" class="t228 t228__positionstatic tmenu-mobile__menucontent_static" style="background-color: rgba(255,255,255,1); height:80px; " data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav612340001marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"> <div class="t228__maincontainer " style="height:80px;"> <div class="t228__padding40px"></div> <div class="t228__leftside"> <div class="t228__leftcontainer"> <a href="/" class="t228__imgwrapper"> <img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild3431-6162-4465-b538-313736623539/qalamger_logo.svg" imgfield="img" style="max-width: 170px; width: 170px; min-width: 170px; height: auto; display: block;" alt="«Қаламгер» әдеби журналы"> </a> </div> </div> <div class="t228__centerside "> <nav class="t228__centercontainer"> <ul role="list" class="t228__list t-menu__list t228__list_hidden"> <li class="t228__list_item" style="padding:0 15px 0 0;"> <a class="t-menu__link-item" href="/nomir" data-menu-submenu-hook="" data-menu-item-number="1">Жаңа нөмір</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/muragat" data-menu-submenu-hook="" data-menu-item-number="2">Мұрағат</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/avtorlar" data-menu-submenu-hook="" data-menu-item-number="3">Авторлар</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/baiqau" data-menu-submenu-hook="" data-menu-item-number="4">Байқаулар</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/qoljazba" data-menu-submenu-hook="" data-menu-item-number="5">Қолжазба жіберу</a> </li><li class="t228__list_item" style="padding:0 0 0 15px;"> <a class="t-menu__link-item" href="/redakciya" data-menu-submenu-hook="" data-menu-item-number="6">Редакция</a> </li> </ul> </nav> </div> <div class="t228__rightside"> <div class="t228__rightcontainer"> <div class="t228__right_buttons"> <div class="t228__right_buttons_wrap"> <div class="t228__right_buttons_but"> <a href="/jazylu" target="" class="t-btn t-btnflex t-btnflex_type_button t-btnflex_md" data-buttonfieldset="button"><span class="t-btnflex__text">Жазылу</span></a> </div> </div> </div> </div> </div> <div class="t228__padding40px"></div> </div> </div> <script>t_onReady(function() {{t_onFuncLoad('t228_setWidth', function() {{t228_setWidth('612340001');}});}});</script> </div> <div id="rec612340002" class="r t-rec" style=" " data-animationappear="off" data-record-type="396"> <!-- T396 --> <div class='t396'> <div class="t396__artboard" data-artboard-recid="612340002" data-artboard-screens="320,480,640,960,1200" data-artboard-height="56" data-artboard-valign="center" data-artboard-upscale="grid"> <div class="t396__carrier" data-artboard-recid="612340002"></div> <div class="t396__filter" data-artboard-recid="612340002"></div> <div class='t396__elem tn-elem tn-elem__6123400021700000000001' data-elem-id='1700000000001' data-elem-type='text' data-field-top-value="18" data-field-left-value="20" data-field-width-value="760" data-field-axisy-value="top" data-field-axisx-value="center"> <div class='tn-atom' field='tn_text_1700000000001'>Жаңа нөмір: {yr} жыл, №{q} — {theme}</div> </div> <div class='t396__elem tn-elem tn-elem__6123400021700000000002' data-elem-id='1700000000002' data-elem-type='button' data-field-top-value="12" data-field-left-value="800"> <a class='tn-atom' href="/nomir">Оқу</a> </div> </div> </div> <script>t_onReady(function () {{t_onFuncLoad('t396_init', function () {{t396_init('612340002');}});}});</script> </div> </header> <!--/header--> <div id="rec612345671" class="r t-rec t-rec_pt_75 t-rec_pb_0" style="padding-top:75px;padding-bottom:0px; " data-animationappear="off" data-record-type="30"> <!-- T030 --> <div class="t030"> <div class="t-container t-align_center"> <div class="t-col t-col_10 t-prefix_1"> <h1 class="t030__title t-title t-title_xxs" field="title">{title}</h1> <div class="t030__descr t-descr t-descr_md" field="descr">{updated}</div> </div> </div> </div> </div> <div id="rec612345678" class="r t-rec t-rec_pt_30 t-rec_pb_75" style="padding-top:30px;padding-bottom:75px; " data-record-type="106"> <!-- T004 --> <div class="t004"> <div class="t-container "> <div class="t-col t-col_8 t-prefix_2"> <div field="text" class="t-text t-text_md ">{text}</div> </div> </div> </div> </div> <!--footer--> <footer id="t-footer" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6123456" data-tilda-page-id="38400002" data-tilda-page-alias="footer" data-tilda-formskey="5b1e0f8a3c7d9e2f4a6b8c0d1e3f5a7b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-lang="KK"> <div id="rec612340090" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;background-color:#1a1a1a; " data-record-type="420" data-bg-color="#1a1a1a"> <!-- T420 --> <div class="t420"> <div class="t-container t-align_left"> <div class="t420__col t-col t-col_3"> <div class="t420__text t-descr t-descr_xxs" field="text" style="color:#ffffff;">© {year} «Қаламгер» әдеби журналы<br />Басылым 2019 жылдан бері шығады</div> </div> <div class="t420__col t-col t-col_3"> <div class="t420__text t-descr t-descr_xxs" field="text2" style="color:#ffffff;"><a href="/privacy" style="color:#ffffff;">Құпиялылық саясаты</a><br /><a href="/oferta" style="color:#ffffff;">Жазылу шарттары (оферта)</a><br /><a href="/baiqau-erejesi" style="color:#ffffff;">Байқау ережесі</a></div> </div> <div class="t420__col t-col t-col_3"> <div class="t420__text t-descr t-descr_xxs" field="text3" style="color:#ffffff;"><a href="https://www.instagram.com/qalamger.kz" style="color:#ffffff;">Instagram</a><br /><a href="https://t.me/qalamger" style="color:#ffffff;">Telegram</a><br /><a href="https://www.youtube.com/@qalamger" style="color:#ffffff;">YouTube</a></div> </div> </div> </div> </div> </footer> <!--/footer--> </div> <!--/allrecords--> <!-- Stat --> <!-- Yandex.Metrika counter 91548732 --> <script type="text/javascript" data-tilda-cookie-type="analytics"> setTimeout(function(){{ (function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}}; m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}}) (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym"); window.mainMetrikaId = '91548732'; ym(window.mainMetrikaId , "init", {{ clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true,ecommerce:"dataLayer" }}); }}, 2000);</script> <noscript><div><img src="https://mc.yandex.ru/watch/91548732" style="position:absolute; left:-9999px;" alt="" /></div></noscript> <!-- /Yandex.Metrika counter --> <script type="text/javascript">if (! window.mainTracker) {{ window.mainTracker = 'tilda'; }} setTimeout(function(){{ (function (d, w, k, o, g) {{ var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){{n.parentNode.insertBefore(s,n);}}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {{d.addEventListener("DOMContentLoaded", f, false);}} else {{ f(); }} }})(document, window, '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }}, 2000);</script> </body> </html>""".format(
        url=URL, t=t, yr=yr, q=q, theme=html.escape(theme), title=_inline(title), updated=_inline(updated),
        text=text, year=state["year"])


PAGE = {
    "service": "Qalamger",
    "url": URL,
    "lang": "kk",
    "platform": "Tilda Publishing (T030 heading + T004 text records)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx")],
    "n": 28,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2024, 12, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#rec612345671", "#rec612345678"]},
}
