"""Bulgarian pet-microchip database, a home-grown PHP site served in windows-1251: /poveritelnost.

PHP's `session.use_trans_sid` is on, so every relative link, also the ones inside the policy, carries
`?PHPSESSID=…` and every form a hidden PHPSESSID input: a new id on each crawl (26 chars [0-9a-v] on the old
stack, 32 hex after). Beside the policy: the registry's counters ("В регистъра: N животни", "Върнати у дома"),
the "Последно регистрирани" list (live) and the chip-search form with a captcha URL. In March 2024 the site was
redesigned (XHTML div layout -> Bootstrap 5): the policy moved from `#content .text` to `article.static-page`;
the declaration's history keeps the old selector until the redesign.
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
          "декември"]
REDESIGN = dt.datetime(2024, 3, 11)
URL = "https://www.chipregister.bg/poveritelnost"

POLICY = """
# Политика за поверителност

Последна актуализация: {UPDATED}

„ЧипРегистър“ ЕООД поддържа онлайн регистър на микрочипирани домашни любимци, чрез който изгубени кучета, котки и порове могат бързо да бъдат върнати на стопаните си. За да работи регистърът, ние обработваме лични данни на собствениците на животните, на ветеринарните лекари, които ги регистрират, и на хората, които съобщават за намерено животно. В тази политика обясняваме какви данни събираме, защо го правим и какви права имате съгласно Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) и Закона за защита на личните данни.

## 1. Администратор на лични данни

@ „ЧипРегистър“ ЕООД
@ ЕИК: 204578123
@ гр. София 1407, ул. „Кричим“ № 46, ет. 3
@ Телефон: +359 2 962 14 30
@ Електронна поща: dpo@chipregister.bg

## 2. Какви данни обработваме

### Собственици на животни

- три имена, постоянен адрес, телефон и адрес на електронна поща;
- данни за животното: вид, порода, пол, цвят, дата на раждане, номер на микрочипа, номер на ветеринарномедицинския паспорт и снимка;
- данни за ветеринарния лекар, който е поставил микрочипа или е извършил регистрацията;
- сигнали за изгубено животно: дата, населено място и обстоятелства на изчезването.

### Лица, съобщили за намерено животно

- име и телефон, за да може собственикът да се свърже с вас;
- мястото и времето, където сте намерили животното, и номерът на микрочипа, ако е разчетен от ветеринарен лекар.

### Ветеринарни лекари

- име, наименование и адрес на ветеринарната клиника, телефон и електронна поща;
- регистрационен номер в Българския ветеринарен съюз, който проверяваме при създаване на профил за ветеринарен лекар;
- история на регистрациите и промените, които лекарят е въвел в регистъра.

Не изискваме и не обработваме ЕГН на собствениците. Ако ни изпратите копие от документ за самоличност, например при спор за собствеността на животно, ще го използваме само за проверка и ще го изтрием веднага след приключване на случая.

## 3. Цели и правни основания

| Цел | Правно основание |
| Вписване на животното в регистъра и издаване на регистрационна карта | Изпълнение на договор (чл. 6, пар. 1, буква „б“ от Регламента) |
| Свързване на собственика с лицето, намерило животното | Изпълнение на договор и легитимен интерес за връщане на животното |
| Публикуване на сигнали за изгубени животни на нашия сайт | Съгласие на собственика |
| Плащане на таксата за доживотна регистрация | Изпълнение на договор |
| Счетоводство и данъчни задължения | Законово задължение (Закон за счетоводството) |
| Изпращане на напомняния за ваксинации и обезпаразитяване | Съгласие, което можете да оттеглите по всяко време |

## 4. Търсене по номер на микрочип

Всеки посетител на сайта може да провери дали даден номер на микрочип е вписан в регистъра. При търсене се показват само видът и породата на животното и дали то е обявено за изгубено. Личните данни на собственика не се показват. Лицето, което е намерило животното, може да остави своя телефон чрез [формата за намерено животно](/nameren-lyubimets), след което ние уведомяваме собственика с SMS и електронно писмо. Собственикът сам решава дали да се свърже с намерилия.

За да предотвратим масово извличане на данни от регистъра, търсенето е защитено с код за проверка, а броят на търсенията от един IP адрес е ограничен. IP адресите, от които се извършват търсения, се пазят в дневниците на сървъра 30 дни и след това се изтриват автоматично. Ние не използваме данните от търсенията, за да правим профили на посетителите.

## 5. Получатели на данните

Ние не продаваме и не предоставяме личните ви данни за рекламни цели. Данните могат да бъдат предоставени на:

- ветеринарните лекари и клиники – партньори на регистъра, които въвеждат и актуализират данните за животните;
- Българската агенция по безопасност на храните, когато данните са необходими за контрол на заразни болести или при проверка на ветеринарномедицински паспорт;
- общините, във връзка с таксата за притежаване на куче, само по тяхно писмено искане и при наличие на законово основание;
- органите на Министерството на вътрешните работи и съда, когато това е предвидено в закон.

Използваме и следните обработващи лични данни: хостинг доставчик с центрове за данни в България, ePay.bg и БОРИКА АД за онлайн плащанията, както и доставчик на услуги за изпращане на електронна поща.

## 6. Срок на съхранение

- Данните за животното и собственика се пазят, докато животното е вписано в регистъра, и 3 години след отбелязване на смъртта му или прехвърляне на собствеността.
- Сигналите за изгубени и намерени животни се съхраняват 1 година след затварянето им.
- Счетоводните документи се пазят 10 години съгласно Закона за счетоводството.

## 7. Вашите права

Имате право на достъп до личните си данни, на коригиране, на изтриване („право да бъдеш забравен“), на ограничаване на обработването, на преносимост на данните и на възражение срещу обработване, основано на легитимен интерес. Когато обработването се основава на съгласие, можете да го оттеглите по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.

Можете да упражните правата си с писмено искане на адреса на дружеството или на dpo@chipregister.bg. Ще отговорим в срок от един месец. Много от данните можете да промените и сами в [профила си](/profil).

## 8. Бисквитки

Сайтът използва сесийна бисквитка, за да работи формата за търсене и вашият профил, както и бисквитки на Google Analytics за статистика на посещенията. Повече информация ще намерите в [Политиката за бисквитки](/biskvitki).

## 9. Право на жалба

Ако смятате, че обработваме личните ви данни в нарушение на закона, имате право да подадете жалба до надзорния орган:

@ Комисия за защита на личните данни
@ гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2
@ [www.cpdp.bg](https://www.cpdp.bg)
"""

EDITS = [
    {"note": "typo fixed: 'с SMS' -> 'със SMS' (no new date)",
     "repl": [("ние уведомяваме собственика с SMS", "ние уведомяваме собственика със SMS")], "bump": False},
    {"note": "SMS provider added to processors",
     "repl": [("ePay.bg и БОРИКА АД за онлайн плащанията, както и доставчик на услуги за изпращане на електронна поща.",
               "ePay.bg и БОРИКА АД за онлайн плащанията, доставчик на услуги за изпращане на електронна поща, както "
               "и мобилен оператор, чрез който изпращаме SMS известия.")]},
    {"note": "lost/found reports retention extended from 1 to 2 years",
     "repl": [("Сигналите за изгубени и намерени животни се съхраняват 1 година",
               "Сигналите за изгубени и намерени животни се съхраняват 2 години")]},
    {"note": "section added on sharing lost-pet alerts to the Facebook group",
     "repl": [("## 5. Получатели на данните",
               "### Споделяне на сигнали в социалните мрежи\n\nАко при подаване на сигнал за изгубено животно "
               "изберете „Сподели във Facebook“, ние публикуваме снимката на животното, населеното място и датата на "
               "изчезване в нашата група „Изгубени и намерени любимци“. Вашите имена и телефон не се публикуват. "
               "Можете да поискате премахване на публикацията по всяко време.\n\n## 5. Получатели на данните")]},
    {"note": "phone number changed",
     "repl": [("@ Телефон: +359 2 962 14 30", "@ Телефон: +359 2 443 80 12")]},
    {"note": "office moved to a new address in Sofia",
     "repl": [("@ гр. София 1407, ул. „Кричим“ № 46, ет. 3", "@ гр. София 1784, бул. „Цариградско шосе“ № 133, ет. 5")]},
]

LAST = [("куче", "немска овчарка", "Пловдив"), ("котка", "британска късокосместа", "София"),
        ("куче", "мелез", "Варна"), ("куче", "лабрадор ретривър", "Бургас"), ("котка", "мелез", "Русе"),
        ("куче", "каракачанско куче", "Смолян"), ("куче", "френски булдог", "София"), ("пор", "—", "Стара Загора"),
        ("котка", "мейн кун", "Плевен"), ("куче", "бигъл", "Велико Търново"), ("куче", "шпиц", "Благоевград"),
        ("котка", "сиамска", "Шумен")]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MONTHS[d.month - 1], d.year)


def _sp(n):
    s = "{:,}".format(n)
    return s.replace(",", "&nbsp;")


def noise(rng, when, i, prev):
    prev = prev or {}
    new = when >= REDESIGN
    sid = C.hexs(rng, 32) if new else C.alnum(rng, 26, "0123456789abcdefghijklmnopqrstuv")
    return {
        "design": "bootstrap5" if new else "xhtml",
        "sid": sid,
        "captcha": "%.8f" % rng.random(),
        "animals": prev.get("animals", 398000 + rng.randint(0, 3000)) + rng.randint(200, 1800),
        "returned": prev.get("returned", 2840 + rng.randint(0, 40)) + rng.randint(0, 12),
        "last": sorted(zip(rng.sample(range(len(LAST)), 5), rng.sample(range(1, 60), 5)), key=lambda x: x[1]),
        "assets": C.keep_or(rng, prev.get("assets") if prev.get("design") == ("bootstrap5" if new else "xhtml")
                            else None, 0.15, lambda: (when - dt.timedelta(days=rng.randint(1, 90))).strftime("%Y%m%d")),
    }


LABELS = {"design": "site redesign XHTML -> Bootstrap 5 (container moved; declaration history)",
          "sid": "PHPSESSID in every link (also inside the policy) and forms",
          "captcha": "captcha image URL in chip-search form",
          "animals": "'В регистъра' animals counter", "returned": "'Върнати у дома' counter",
          "last": "'Последно регистрирани' live list", "assets": "CSS/JS ?v= date stamps"}


def _policy(blocks, sid, cls=None):
    def link(u, label):
        if u.startswith("/"):
            u = "%s?PHPSESSID=%s" % (u, sid)
        return '<a href="%s">%s</a>' % (html.escape(u), html.escape(label, quote=False))
    out = []
    for kind, v in blocks:
        il = lambda t: C.inline_html(t, link=link)
        if kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, il(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % il(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % il(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />".join(il(x) for x in v))
        elif kind == "table":
            tc = ' class="%s"' % cls if cls else ' border="1" cellpadding="5" cellspacing="0" width="100%"'
            out.append("<table%s><tr>%s</tr>%s</table>" % (
                tc, "".join("<th>%s</th>" % il(x) for x in v[0]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % il(x) for x in r) for r in v[1:])))
    return "\n".join(out)


def _last(state, tag="li"):
    out = []
    for k, mins in state["last"]:
        kind, breed, town = LAST[k]
        b = "" if breed == "—" else ", " + breed
        out.append("<%s>%s%s, гр. %s <small>(преди %d мин.)</small></%s>" % (tag, kind.capitalize(), b, town, mins, tag))
    return "".join(out)


def render(state, blocks, when):
    sid = state["sid"]
    q = "?PHPSESSID=" + sid
    menu = [("/", "Начало"), ("/registratsiya", "Регистрация"), ("/tarsene", "Търсене по микрочип"),
            ("/izgubeni", "Изгубени"), ("/nameren-lyubimets", "Намерени"), ("/veterinari", "За ветеринари"),
            ("/kontakti", "Контакти")]
    a = state["assets"]
    if state["design"] == "xhtml":
        nav = "".join('<li><a href="%s%s">%s</a></li>' % (u, q, t) for u, t in menu)
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="bg" lang="bg">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Политика за поверителност - ЧипРегистър - Национален регистър на домашни любимци</title>
<meta name="keywords" content="микрочип, регистър, куче, котка, изгубено куче, намерено куче" />
<meta name="description" content="Регистрирайте микрочипа на вашия любимец. Търсене по номер на микрочип." />
<link rel="stylesheet" type="text/css" href="/css/style.css?v=%s" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/main.js?v=%s"></script>
</head>
<body>
<div id="wrapper">
	<div id="header">
		<a href="/%s" id="logo"><img src="/images/logo_chipregister.gif" width="260" height="70" alt="ЧипРегистър" /></a>
		<div id="counter">В регистъра: <b>%s</b> животни &nbsp;|&nbsp; Върнати у дома: <b>%s</b></div>
	</div>
	<div id="menu"><ul>%s</ul></div>
	<div id="main">
		<div id="left">
			<div class="box">
				<h3>Търсене по микрочип</h3>
				<form action="/tarsene" method="get"><input type="hidden" name="PHPSESSID" value="%s" />
					<input type="text" name="chip" maxlength="15" class="inp" /><br />
					<img src="/captcha.php?PHPSESSID=%s&amp;r=%s" width="90" height="30" alt="" /> <input type="text" name="code" size="5" class="inp" />
					<input type="submit" value="Търси" class="btn" />
				</form>
			</div>
			<div class="box">
				<h3>Последно регистрирани</h3>
				<ul class="last">%s</ul>
			</div>
			<div class="box banner"><a href="/veterinari%s"><img src="/images/banner_vet.gif" width="200" height="120" alt="Ветеринарни клиники партньори" /></a></div>
		</div>
		<div id="content">
			<div class="text">
%s
			</div>
		</div>
		<div class="clear"></div>
	</div>
	<div id="footer">&copy; 2009-%d „ЧипРегистър“ ЕООД &nbsp;|&nbsp; <a href="/usloviya%s">Общи условия</a> &nbsp;|&nbsp; <a href="/poveritelnost%s">Поверителност</a> &nbsp;|&nbsp; <a href="/biskvitki%s">Бисквитки</a></div>
</div>
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-18472219-1', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>
""" % (a, a, q, _sp(state["animals"]), _sp(state["returned"]), nav, sid, sid, state["captcha"], _last(state), q,
       _policy(blocks, sid), when.year, q, q, q)
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s%s">%s</a></li>' % (u, q, t) for u, t in menu)
    return """<!doctype html>
<html lang="bg">
<head>
	<meta charset="windows-1251">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Политика за поверителност | ЧипРегистър</title>
	<meta name="description" content="Национален регистър на микрочипирани домашни любимци. Търсене по номер на микрочип.">
	<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-T3c6CoIi6uLrA9TneNEoa7RxnatzjcDSCmG1MXxSR1GAsXEV/Dwwykc2MPK8M2HN" crossorigin="anonymous">
	<link href="/assets/css/site.css?v=%s" rel="stylesheet">
	<link rel="icon" href="/favicon.ico">
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q8RZ3C1T6M"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-Q8RZ3C1T6M');</script>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
	<div class="container">
		<a class="navbar-brand" href="/%s"><img src="/assets/img/logo-white.svg" width="180" height="40" alt="ЧипРегистър"></a>
		<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Меню"><span class="navbar-toggler-icon"></span></button>
		<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">%s</ul></div>
	</div>
</nav>
<div class="bg-light border-bottom py-2">
	<div class="container small text-muted">В регистъра: <strong>%s</strong> животни &middot; Върнати у дома: <strong>%s</strong></div>
</div>
<main class="container py-4">
	<div class="row g-4">
		<div class="col-lg-8">
			<article class="static-page">
%s
			</article>
		</div>
		<aside class="col-lg-4">
			<div class="card mb-4">
				<div class="card-header fw-bold">Търсене по микрочип</div>
				<div class="card-body">
					<form action="/tarsene" method="get"><input type="hidden" name="PHPSESSID" value="%s" />
						<input type="text" name="chip" class="form-control mb-2" maxlength="15" placeholder="15-цифрен номер">
						<div class="d-flex gap-2 mb-2"><img src="/captcha.php?PHPSESSID=%s&amp;r=%s" width="110" height="38" alt="Код"><input type="text" name="code" class="form-control" placeholder="Код"></div>
						<button type="submit" class="btn btn-primary w-100">Търси</button>
					</form>
				</div>
			</div>
			<div class="card">
				<div class="card-header fw-bold">Последно регистрирани</div>
				<ul class="list-group list-group-flush">%s</ul>
			</div>
		</aside>
	</div>
</main>
<footer class="bg-dark text-white-50 py-4">
	<div class="container d-md-flex justify-content-between small">
		<div>&copy; 2009-%d „ЧипРегистър“ ЕООД</div>
		<div><a class="link-light" href="/usloviya%s">Общи условия</a> &middot; <a class="link-light" href="/poveritelnost%s">Поверителност</a> &middot; <a class="link-light" href="/biskvitki%s">Бисквитки</a></div>
	</div>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-C6RzsynM9kWDrMNeT87bh95OGNyZPhcTNXj1NW7RuBCsyN/o0jlpcV8Qyq46cDfL" crossorigin="anonymous"></script>
<script src="/assets/js/site.js?v=%s"></script>
</body>
</html>
""" % (a, q, nav, _sp(state["animals"]), _sp(state["returned"]), _policy(blocks, sid, "table table-bordered"),
       sid, sid, state["captcha"], _last(state, "li").replace("<li>", '<li class="list-group-item">'),
       when.year, q, q, q, a)


PAGE = {
    "service": "ChipRegister",
    "url": URL,
    "lang": "bg",
    "platform": "home-grown PHP (XHTML div layout, then Bootstrap 5), windows-1251, trans_sid sessions",
    "content_type": "text/html; charset=windows-1251",
    "encoding": "windows-1251",
    "extra_headers": [("Server", "Apache/2.4.57 (Debian)"), ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2021, 11, 8),
    "end": dt.date(2025, 6, 30),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.static-page"},
    "history": [{"fetch": URL, "select": "#content .text", "validUntil": "2024-03-11T00:00:00Z"}],
}
