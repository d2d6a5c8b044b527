"""A Serbian moving company on ASP.NET WebForms (master page, Web Forms 4.8), in Serbian Cyrillic.

One page, /Privatnost.aspx, holds two documents one after the other in the content placeholder: the privacy policy
and the general terms of moving (revised twice in the window, a change beside the policy). The declaration is an
OTA range: from the policy's heading (`#politika`) to the terms' heading (`#uslovi`). Per visit: `__VIEWSTATE` and
`__EVENTVALIDATION` (the free-slots calendar and the review widget are server controls), the cookieless session id in
the master page's app-relative links (`/(S(...))/`), the free moving slots for the next two weeks, the review score
and count in the sidebar, and WebResource.axd/ScriptResource.axd `d=`/`t=` values after a server move.
"""
import datetime as dt
import html
import random

import common as C

MONTHS = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
          "новембра", "децембра"]


def fmt_date(d):
    return "%d. %s %d. године" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Политика приватности

Датум последње измене: {UPDATED}

Брза селидба д.о.о. (у даљем тексту: „Брза селидба”, „ми”) пружа услуге селидбе станова, кућа и пословних простора, паковања, демонтаже и монтаже намештаја и складиштења ствари. Ова политика објашњава које податке о личности прикупљамо када затражите процену или понуду, закажете селидбу или користите наш сајт, у које сврхе их користимо и која права имате у складу са Законом о заштити података о личности („Службени гласник РС”, бр. 87/2018).

## 1. Руковалац подацима

@ Брза селидба д.о.о.
@ Булевар Зорана Ђинђића 64а, 11070 Нови Београд
@ Матични број: 21345678, ПИБ: 109876543
@ Телефон: +381 11 414 22 00
@ Имејл: privatnost@brzaselidba.rs

За сва питања о заштити података можете нам се обратити имејлом или писмом на адресу седишта.

## 2. Које податке прикупљамо

- име и презиме, број телефона и имејл адресу;
- адресу са које се селите и адресу на коју се селите, спрат, постојање лифта и могућност паркирања камиона;
- списак ствари за селидбу, фотографије и видео снимке просторија које нам пошаљете ради процене;
- датум и термин селидбе, договорену цену и начин плаћања;
- податке о оштећењу ствари, ако пријавите штету;
- податке о стварима које захтевају нарочиту пажњу (клавир, сеф, уметничка дела, антиквитети);
- податке за издавање рачуна, а за правна лица и назив, ПИБ и матични број.

## 3. Сврха и правни основ обраде

Податке користимо да бисмо припремили процену и понуду, организовали селидбу и екипу, издали рачун и решили евентуалне рекламације. Правни основ је извршење уговора или предузимање радњи на ваш захтев пре закључења уговора. Рачуне и пословне књиге чувамо јер нас на то обавезују прописи о рачуноводству. Ако сте дали пристанак, шаљемо вам и обавештења о сезонским попустима.

Када вам шаљемо понуду или потврду термина путем Viber-а или SMS-а, користимо број телефона који сте нам дали. Обавештења о попустима можете одјавити у сваком тренутку одговором „СТОП” или кликом на линк у имејлу.

## 4. Процена путем видео позива

Уместо доласка процењивача, можете нам послати фотографије или видео снимак просторија путем Viber-а или WhatsApp-а. Снимке користимо само за процену обима посла и потребне опреме. Видео позиве не снимамо. Снимке чувамо 90 дана од дана селидбе, а затим их бришемо.

## 5. Заузеће јавне површине

Када је за паркирање камиона потребно решење о заузећу јавне површине, захтев надлежном органу градске општине подносимо у ваше име. У захтеву наводимо ваше име, адресу и датум селидбе. Решење о заузећу јавне површине чувамо заједно са радним налогом.

## 6. Складиштење ствари

Ако користите услугу складиштења, водимо попис ускладиштених ствари, датум пријема и предаје и податке особа које сте овластили да преузму ствари. Складиште је под видео-надзором, а снимке чувамо 30 дана. Складиште можете посетити само уз најаву и личну карту, коју проверавамо на улазу без копирања. Податке о складиштењу чувамо још 3 године по престанку уговора.

## 7. Кључеви и приступ објекту

Када селидба почиње или се завршава у вашем одсуству, кључеве преузима вођа екипе уз потписан записник. Кључеве не обележавамо вашим именом ни адресом, већ бројем радног налога. Записник о примопредаји кључева чувамо заједно са уговором.

## 8. Подаци других лица

Ако нам дате податке особе која ће примити ствари на новој адреси или присуствовати процени, потребно је да је о томе обавестите. Те податке користимо само за организацију селидбе. Ако нам шаљете фотографије на којима се виде друга лица, молимо вас да их пре слања замутите или изрежете.

## 9. Рокови чувања

| Врста података | Рок чувања |
| Упити и понуде за које није закључен уговор | 6 месеци |
| Уговори, радни налози и спискови ствари | 3 године од дана селидбе |
| Рачуни и рачуноводствене исправе | 10 година |
| Пријаве штете и рекламације | 3 године од решавања |
| Подаци за обавештења о попустима | до опозива пристанка |

По истеку рокова чувања податке бришемо, а папирну документацију уништавамо.

## 10. Примаоци података

Ваше податке не продајемо. Достављамо их само онима којима су потребни за пружање услуге:

| Прималац | Сврха |
| Дунав осигурање а.д.о. | осигурање ствари током превоза и решавање штета |
| подизвођачи за превоз (партнерске превозничке фирме) | обављање селидбе у периодима највеће потражње |
| СБ Софт д.о.о. | одржавање сајта и пословног софтвера |
| надлежни органи градских општина | решења о заузећу јавне површине |

Са свим примаоцима који податке обрађују у наше име закључили смо уговоре којима се обавезују да податке чувају као поверљиве. Податке не износимо из Републике Србије.

## 11. Колачићи

Сајт користи колачиће неопходне за рад обрасца за упит и колачиће Google Analytics-а за праћење посећености. Аналитичке колачиће постављамо само ако то прихватите у обавештењу о колачићима. Колачиће можете обрисати и у подешавањима прегледача.

## 12. Безбедност података

Податке чувамо на серверима у Србији и у пословном софтверу којем приступају само запослени којима су потребни за рад. Радни налози које екипа носи на терену садрже само податке неопходне за селидбу и враћају се у канцеларију по завршетку посла.

## 13. Ваша права

Имате право да затражите приступ својим подацима, исправку, брисање или ограничење обраде, право на преносивост података и право на приговор. Пристанак можете опозвати у сваком тренутку, без утицаја на законитост обраде пре опозива. Захтев можете послати на privatnost@brzaselidba.rs, а одговорићемо најкасније у року од 30 дана. Пре него што поступимо по захтеву, можемо затражити да потврдите свој идентитет. Остваривање права је бесплатно.

Ако сматрате да обрада ваших података није у складу са законом, можете поднети притужбу Поверенику:

@ Повереник за информације од јавног значаја и заштиту података о личности
@ Булевар краља Александра 15, 11120 Београд
@ office@poverenik.rs
@ +381 11 3408 900

## 14. Измене политике

Ову политику можемо повремено мењати. Важећа верзија је увек објављена на овој страници. О битним изменама обавестићемо клијенте са којима имамо закључен уговор."""

EDITS = [
    {"note": "a word inserted: 'нашег' before 'процењивача' (no date bump)",
     "repl": [("Уместо доласка процењивача,", "Уместо доласка нашег процењивача,")], "bump": False},
    {"note": "video-estimate recordings kept 30 days instead of 90",
     "repl": [("Снимке чувамо 90 дана од дана селидбе,", "Снимке чувамо 30 дана од дана селидбе,")]},
    {"note": "paragraph on vehicle GPS tracking added to the purposes section",
     "repl": [("шаљемо вам и обавештења о сезонским попустима.",
               "шаљемо вам и обавештења о сезонским попустима.\n\n"
               "Наша возила су опремљена ГПС уређајима. На дан селидбе можете добити СМС са линком на коме пратите "
               "долазак екипе; линк престаје да важи по завршетку селидбе, а податке о локацији возила чувамо 60 дана.")]},
    {"note": "main phone number changed",
     "repl": [("@ Телефон: +381 11 414 22 00", "@ Телефон: +381 11 414 22 50, +381 64 414 22 50")]},
    {"note": "insurer changed in the recipients table",
     "repl": [("| Дунав осигурање а.д.о. | осигурање ствари током превоза и решавање штета |",
               "| Generali Osiguranje Srbija а.д.о. | осигурање ствари током превоза и решавање штета |")]},
]

TERMS = [
    ["Цена селидбе утврђује се на основу процене и обухвата рад екипе, превоз и основни материјал за паковање.",
     "Ствари се осигуравају до износа од 500.000 динара по селидби. Штету је потребно пријавити у року од 48 сати од завршетка селидбе.",
     "Отказивање селидбе без накнаде могуће је најкасније 48 сати пре договореног термина."],
    ["Цена селидбе утврђује се на основу процене и обухвата рад екипе, превоз и основни материјал за паковање.",
     "Ствари се осигуравају до износа од 1.000.000 динара по селидби. Штету је потребно пријавити у року од 48 сати од завршетка селидбе.",
     "Отказивање селидбе без накнаде могуће је најкасније 48 сати пре договореног термина."],
    ["Цена селидбе утврђује се на основу процене и обухвата рад екипе, превоз и основни материјал за паковање. Ношење клавира и сефова наплаћује се посебно.",
     "Ствари се осигуравају до износа од 1.000.000 динара по селидби. Штету је потребно пријавити у року од 72 сата од завршетка селидбе.",
     "Отказивање селидбе без накнаде могуће је најкасније 72 сата пре договореног термина."],
]

DAYS = ["пон", "уто", "сре", "чет", "пет", "суб", "нед"]


def _local(when):
    return when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["viewstate"] = C.b64tok(rng, rng.randint(1400, 1700))
    st["eventvalidation"] = C.b64tok(rng, rng.randint(180, 240))
    st["session"] = C.alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz012345")
    loc = _local(when).date()
    slots = []
    for k in range(1, 15):
        d = loc + dt.timedelta(days=k)
        if d.weekday() == 6:
            continue
        r = rng.random()
        if r < 0.45:
            continue
        slots.append((d.isoformat(), "пре подне" if r < 0.6 else ("после подне" if r < 0.75 else "цео дан")))
    st["slots"] = slots[:8]
    days = (when.date() - dt.date(2021, 1, 1)).days
    st["reviews"] = (204 + days // 5, 4.9 if days % 7 else 4.8)
    st["axd"] = C.keep_or(rng, p.get("axd"), 0.1, lambda: [C.b64tok(rng, 60).replace("+", "-").replace("/", "_")
                                                          .rstrip("=") for _ in range(3)] + [str(637000000000000000 + rng.randint(0, 10 ** 15))])
    st["terms"] = 0 if when < dt.datetime(2023, 5, 1) else (1 if when < dt.datetime(2024, 9, 1) else 2)
    return st


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION", "session": "cookieless session id in links",
          "slots": "free moving slots calendar", "reviews": "review score and count",
          "axd": "WebResource/ScriptResource d= and t= (server move)",
          "terms": "general terms of moving (a document beside the policy) revised"}


def gold_md(blocks):
    """On the page the policy's title is an h2 and its sections h3 (the page's h1 is above both documents)."""
    out = []
    for k, v in blocks:
        out.append({"h1": ("h2", v), "h2": ("h3", v)}.get(k, (k, v)))
    return C.blocks_md(out, "https://www.brzaselidba.rs/Privatnost.aspx")


def _inline(t):
    return C.inline_html(t)


def _block(b, first):
    kind, v = b
    if kind == "h1":
        return '<h2 id="politika">%s</h2>' % _inline(v)
    if kind == "h2":
        return "<h3>%s</h3>" % _inline(v)
    if kind == "p":
        return "<p>%s</p>" % _inline(v)
    if kind == "ul":
        return "<ul>\n%s\n</ul>" % "\n".join("    <li>%s</li>" % _inline(x) for x in v)
    if kind == "addr":
        return "<p>%s</p>" % "<br />\n".join(_inline(x) for x in v)
    if kind == "table":
        head = "\n".join("            <th>%s</th>" % _inline(x) for x in v[0])
        rows = "\n".join("        <tr>\n%s\n        </tr>" % "\n".join("            <td>%s</td>" % _inline(x) for x in r)
                         for r in v[1:])
        return ('<table class="table table-bordered">\n    <thead>\n        <tr>\n%s\n        </tr>\n    </thead>\n'
                '    <tbody>\n%s\n    </tbody>\n</table>' % (head, rows))
    raise ValueError(kind)


def render(st, blocks, when):
    s = "/(S(%s))" % st["session"]
    policy = "\n".join("            " + _block(b, k == 0) for k, b in enumerate(blocks))
    terms = "\n".join("            <p>%s</p>" % html.escape(x) for x in TERMS[st["terms"]])
    nrev, score = st["reviews"]
    slots = "\n".join('                    <li><span class="dan">%s %s</span> <span class="deo">%s</span></li>'
                      % (DAYS[dt.date.fromisoformat(d).weekday()], "%d.%d." % (dt.date.fromisoformat(d).day,
                                                                               dt.date.fromisoformat(d).month), t)
                      for d, t in st["slots"]) or '                    <li>Нема слободних термина.</li>'
    a = st["axd"]
    nav = [("Почетна", "Default.aspx"), ("Селидбе станова", "SelidbeStanova.aspx"),
           ("Пословне селидбе", "PoslovneSelidbe.aspx"), ("Складиштење", "Skladistenje.aspx"),
           ("Ценовник", "Cenovnik.aspx"), ("Контакт", "Kontakt.aspx")]
    navh = "\n".join('                <li><a id="ctl00_lnk%s" href="%s/%s">%s</a></li>' % (u[:-5], s, u, html.escape(t))
                     for t, u in nav)
    return """

<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" lang="sr">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>
	Приватност и општи услови | Брза селидба Београд
</title><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/site.css?v=2.3" rel="stylesheet" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-Q4RZ8N2XKV"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent','default',{'analytics_storage':'denied'}); gtag('js', new Date()); gtag('config', 'G-Q4RZ8N2XKV');</script>
<meta name="description" content="Политика приватности и општи услови пружања услуга селидбе компаније Брза селидба д.о.о." /></head>
<body>
    <form method="post" action="./Privatnost.aspx" id="ctl01">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['ctl01'];
if (!theForm) {
    theForm = document.ctl01;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="%(s)s/WebResource.axd?d=%(a0)s&amp;t=%(at)s" type="text/javascript"></script>


<script src="%(s)s/ScriptResource.axd?d=%(a1)s&amp;t=%(at)s" type="text/javascript"></script>
<script src="%(s)s/ScriptResource.axd?d=%(a2)s&amp;t=%(at)s" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7D3E1F2A" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'ctl01', ['tctl00$upSlobodniTermini','upSlobodniTermini'], [], [], 90, 'ctl00');
//]]>
</script>

        <div class="top-bar">
            <div class="container">
                <span class="top-phone">☎ 011 414 22 00</span>
                <span class="top-hours">Радним данима 8–20, суботом 8–16</span>
            </div>
        </div>
        <nav class="navbar navbar-default">
            <div class="container">
                <a id="ctl00_hlLogo" class="navbar-brand" href="%(s)s/Default.aspx"><img src="%(s)s/Images/logo-brza-selidba.png" alt="Брза селидба" /></a>
                <ul class="nav navbar-nav">
%(nav)s
                </ul>
                <a id="ctl00_btnZakazi" class="btn btn-warning navbar-btn" href="javascript:__doPostBack(&#39;ctl00$btnZakazi&#39;,&#39;&#39;)">Закажи процену</a>
            </div>
        </nav>

        <div class="container body-content">
            <div class="row">
                <div class="col-md-8">
    <div id="MainContent_pnlSadrzaj" class="sadrzaj">
	
        <h1>Приватност и општи услови</h1>
        <p class="skok"><a href="#politika">Политика приватности</a> | <a href="#uslovi">Општи услови пружања услуга</a></p>
        <div class="dokument">
%(policy)s
        </div>
        <div class="dokument">
            <h2 id="uslovi">Општи услови пружања услуга селидбе</h2>
%(terms)s
        </div>
    
</div>

                </div>
                <div class="col-md-4">
                    <div id="upSlobodniTermini">
	
                    <div class="panel panel-default termini">
                        <div class="panel-heading">Слободни термини у наредне две недеље</div>
                        <ul class="list-unstyled">
%(slots)s
                        </ul>
                        <a id="ctl00_lnkSviTermini" href="%(s)s/Zakazivanje.aspx">Сви термини и заказивање →</a>
                    </div>
                    
</div>
                    <div class="panel panel-default ocene">
                        <div class="panel-body"><span class="zvezdice" title="%(score)s од 5">★★★★★</span> <strong>%(score)s</strong> од 5 · <span id="ctl00_lblBrojOcena">%(nrev)d оцена</span> на Google-у</div>
                    </div>
                </div>
            </div>
            <hr />
            <footer>
                <p>&copy; 2012–%(year)d Брза селидба д.о.о. · Булевар Зорана Ђинђића 64а, Нови Београд · ПИБ 109876543</p>
                <p><a id="ctl00_lnkPrivatnost" href="%(s)s/Privatnost.aspx">Приватност и општи услови</a></p>
            </footer>
        </div>
        <div id="cookieBar" class="cookie-bar">Овај сајт користи колачиће. <a href="#politika">Сазнајте више</a> <a href="javascript:prihvatiKolacice()" class="btn btn-xs btn-primary">Прихватам</a></div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
    <script src="/Scripts/jquery-3.6.0.min.js"></script>
    <script src="/Scripts/bootstrap.min.js"></script>
    <script src="/Scripts/site.js?v=2.3"></script>
</body>
</html>
""" % {"vs": st["viewstate"], "ev": st["eventvalidation"], "s": s, "a0": a[0], "a1": a[1], "a2": a[2], "at": a[3],
       "nav": navh, "policy": policy, "terms": terms, "slots": slots, "score": ("%.1f" % score).replace(".", ","),
       "nrev": nrev, "year": when.year}


PAGE = {
    "service": "Brza Selidba",
    "url": "https://www.brzaselidba.rs/Privatnost.aspx",
    "lang": "sr-Cyrl",
    "platform": "ASP.NET Web Forms 4.8 (master page, cookieless session, UpdatePanel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")],
    "n": 30,
    "start": dt.date(2022, 6, 20),
    "end": dt.date(2025, 5, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": gold_md,
    "declaration": {"fetch": "https://www.brzaselidba.rs/Privatnost.aspx",
                    "select": [{"startBefore": "#politika", "endBefore": "#uslovi"}]},
}
