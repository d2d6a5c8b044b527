"""A streaming concert-hall archive's privacy policy on SvelteKit with Contentful rich text (Ukrainian): the legal
page holds two documents in tabs, the privacy policy (`#panel-privacy`, declared) and the cookie policy in a hidden
tab panel beside it. Per deploy: /_app/immutable hashes, `svelte-xxxx` scoped classes and the `__sveltekit_*`
global; per visit: the hydration data (fetchedAt), a "Наживо зараз" strip with the live concert's viewer count, a
donation banner with the amount raised; sticky: the "Нове в архіві" teaser."""
import datetime as dt
import json

import common as C

MIS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
       "листопада", "грудня"]

POLICY = """# Політика конфіденційності

Дата оновлення: {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «Орфей Лайв» обробляє персональні дані користувачів онлайн-архіву концертів «Орфей» (сайт orfei.live, застосунки для iOS, Android і Smart TV), глядачів прямих трансляцій, передплатників і благодійників. Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних» від 1 червня 2010 року № 2297-VI, а щодо користувачів з Європейського Союзу — також відповідно до Загального регламенту захисту даних (GDPR).

## 1. Хто ми

@ ТОВ «Орфей Лайв»
@ Код ЄДРПОУ 43876512
@ вул. Городецького, 12, офіс 41, м. Київ, 01001, Україна
@ Електронна пошта: privacy@orfei.live

Ми є володільцем персональних даних, які обробляються під час використання сервісу. Питання щодо захисту персональних даних можна надсилати відповідальній особі за адресою, зазначеною вище.

## 2. Які дані ми збираємо

### 2.1 Дані облікового запису

Під час реєстрації ми отримуємо ваше ім'я, адресу електронної пошти, пароль у зашифрованому вигляді, мову інтерфейсу та країну. Якщо ви входите через Google або Apple, ми отримуємо від цих сервісів ваше ім'я та адресу електронної пошти.

### 2.2 Передплата і платежі

Для оформлення передплати та купівлі онлайн-квитків на прямі трансляції ми обробляємо інформацію про тарифний план, дату і суму платежу та статус оплати. Дані платіжних карток обробляють виключно платіжні провайдери; ми отримуємо лише маскований номер картки.

### 2.3 Перегляди та вподобання

Ми зберігаємо історію переглядів, позначки «Улюблене», збережені плейлисти, позицію, на якій ви зупинили перегляд, а також технічні параметри відтворення (якість відео, тип пристрою, помилки програвача), щоб ви могли продовжити перегляд на іншому пристрої і щоб покращувати якість трансляцій.

### 2.4 Благодійні внески

Якщо ви підтримуєте музикантів через сторінку «Підтримати», ми обробляємо ваше ім'я (якщо ви не обрали анонімний внесок), суму та дату внеску і, за вашою згодою, публікуємо ваше ім'я у списку меценатів.

### 2.5 Чат під час трансляцій

Під час прямих трансляцій глядачі з обліковим записом можуть писати в чат. Повідомлення в чаті бачать усі глядачі трансляції разом з вашим ім'ям або псевдонімом, який ви обрали в профілі. Ми зберігаємо повідомлення чату протягом 30 днів після трансляції, щоб розглядати скарги на порушення правил спільноти, після чого видаляємо їх. Повідомлення, що порушують правила, модератори можуть приховати або видалити, а обліковий запис порушника — тимчасово заблокувати.

### 2.6 Технічні дані

IP-адреса, тип і версія браузера або застосунку, операційна система, приблизне місцезнаходження на рівні країни (для дотримання ліцензійних обмежень на показ записів) та файли cookie відповідно до Політики щодо файлів cookie.

## 3. Мета та підстави обробки

| Мета | Правова підстава |
| Надання доступу до архіву та прямих трансляцій | Виконання договору (публічної оферти) |
| Обробка платежів і повернення коштів | Виконання договору та вимоги законодавства |
| Дотримання територіальних обмежень ліцензій правовласників | Законний інтерес та договірні зобов'язання перед правовласниками |
| Персональні рекомендації концертів | Законний інтерес; ви можете вимкнути рекомендації в налаштуваннях |
| Розсилка новин, анонсів і запрошень | Ваша згода |
| Облік благодійних внесків і звітність | Вимоги законодавства та ваша згода на публікацію імені |

## 4. Кому ми передаємо дані

Ми не продаємо персональні дані. Ми залучаємо розпорядників, які обробляють дані від нашого імені та за нашими інструкціями:

| Розпорядник | Послуга | Країна |
| Mux, Inc. | Відеохостинг і потокове передавання | США |
| Contentful GmbH | Система керування вмістом | Німеччина |
| АТ КБ «ПриватБанк» (LiqPay) | Прийом платежів | Україна |
| Amazon Web Services EMEA SARL | Хмарна інфраструктура | Ірландія, Німеччина |
| Sendinblue SAS (Brevo) | Електронні розсилки | Франція |

Ми можемо розкривати дані державним органам лише у випадках і в порядку, передбачених законом. Записи концертів, у яких може бути видно глядачів у залі, публікуються відповідно до умов, про які повідомляється під час продажу квитків на концерт.

## 5. Транскордонна передача

Частина розпорядників розташована за межами України. Ми передаємо дані лише до держав, що забезпечують належний захист персональних даних, або на підставі договорів, які містять стандартні договірні положення, затверджені Європейською комісією.

## 6. Строки зберігання

- Дані облікового запису — до видалення облікового запису і ще 30 днів у резервних копіях.
- Платіжні документи — 3 роки відповідно до податкового законодавства.
- Історія переглядів — 24 місяці з моменту останнього перегляду.
- Технічні журнали серверів — 90 днів.
- Дані про благодійні внески — 5 років.

## 7. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право знати про джерела збирання і місцезнаходження своїх персональних даних, мету їх обробки, отримувати доступ до своїх даних, вимагати їх виправлення або знищення, відкликати згоду на обробку, заперечувати проти обробки та звертатися зі скаргами до Уповноваженого Верховної Ради України з прав людини або до суду. Користувачі з ЄС також мають право на перенесення даних і на скаргу до наглядового органу своєї держави.

Щоб скористатися своїми правами, напишіть нам на privacy@orfei.live з адреси, прив'язаної до облікового запису. Ми відповімо протягом 30 календарних днів.

@ Уповноважений Верховної Ради України з прав людини
@ вул. Інститутська, 21/8, м. Київ, 01008
@ Гаряча лінія: 0 800 50 17 20

## 8. Діти

Сервіс призначений для осіб віком від 14 років. Діти молодшого віку можуть користуватися сервісом лише за згодою та під наглядом батьків, які створюють для них дитячий профіль у своєму обліковому записі.

## 9. Безпека

Ми використовуємо шифрувння TLS, двофакторну автентифікацію для працівників, розмежування доступу та регулярне резервне копіювання. У разі витоку даних ми повідомимо постраждалих користувачів і, якщо цього вимагає закон, Уповноваженого.

## 10. Зміни до Політики

Ми можемо оновлювати цю Політику. Про суттєві зміни ми повідомимо електронною поштою або сповіщенням у застосунку не пізніше ніж за 14 днів до набрання ними чинності."""

COOKIES = """## Політика щодо файлів cookie

Ми використовуємо файли cookie та подібні технології, щоб сайт працював, щоб пам'ятати ваші налаштування та щоб розуміти, як відвідувачі користуються архівом.

| Файл cookie | Призначення | Строк |
| orfei_session | Вхід до облікового запису | 30 днів |
| orfei_consent | Ваш вибір щодо cookie | 12 місяців |
| mux_viewer_id | Статистика якості відтворення | 20 років |
| _ga | Google Analytics | 2 роки |

Аналітичні файли cookie встановлюються лише за вашою згодою, яку можна змінити в будь-який момент за посиланням «Налаштування cookie» внизу сторінки."""

EDITS = [
    {"note": "payment processor added (WayForPay) to the processors table",
     "repl": [("| АТ КБ «ПриватБанк» (LiqPay) | Прийом платежів | Україна |",
               "| АТ КБ «ПриватБанк» (LiqPay) | Прийом платежів | Україна |\n| ТОВ «ВейФорПей» (WayForPay) | Прийом платежів з карток іноземних банків | Україна |")]},
    {"note": "typo fixed: 'шифрувння' -> 'шифрування'", "bump": False,
     "repl": [("Ми використовуємо шифрувння TLS", "Ми використовуємо шифрування TLS")]},
    {"note": "office address changed",
     "repl": [("@ вул. Городецького, 12, офіс 41, м. Київ, 01001, Україна", "@ вул. Велика Васильківська, 72, офіс 308, м. Київ, 03150, Україна")]},
    {"note": "viewing-history retention cut from 24 to 12 months",
     "repl": [("- Історія переглядів — 24 місяці з моменту останнього перегляду.", "- Історія переглядів — 12 місяців з моменту останнього перегляду.")]},
    {"note": "new section on donations via monobank jars and the patrons list",
     "repl": [("## 3. Мета та підстави обробки",
               "### 2.7 Збори через «банку» monobank\n\nДля окремих зборів на підтримку музикантів і відновлення концертних залів ми використовуємо «банки» monobank. У цьому разі оператором платежу є АТ «Universal Bank», і ми отримуємо від нього лише суму, дату та коментар до внеску, якщо ви його залишили. Ім'я благодійника ми бачимо лише тоді, коли банк передає його відповідно до ваших налаштувань.\n\n## 3. Мета та підстави обробки")]},
]

HOST = "https://orfei.live"
LIVE = [("Національний симфонічний оркестр України", "Б. Лятошинський. Симфонія № 3"),
        ("Київська камерата", "В. Сильвестров. Тихі пісні"), ("Львівський органний зал", "Й. С. Бах. Токата і фуга ре мінор"),
        ("Харківська філармонія", "М. Скорик. Мелодія"), ("Одеський оперний театр", "Дж. Верді. Реквієм"),
        ("Ансамбль «Київ Камерата»", "Г. Гаваші. Прелюдії")]
NEW = ["Фестиваль «Віртуози» 2023: гала-концерт", "Kyiv Symphony Orchestra у Берліні", "Різдвяні колядки з Софії Київської",
       "Вечір української камерної музики", "Ніч органної музики у Львові", "Концерт пам'яті Мирослава Скорика"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MIS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    def mk_build():
        return {"start": C.alnum(rng, 8), "app": C.alnum(rng, 8), "css": C.alnum(rng, 8), "node": C.alnum(rng, 8),
                "svh": "svelte-" + C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "svp": "svelte-" + C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "kit": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")}
    live = rng.randrange(len(LIVE)) if rng.random() < 0.7 else None
    raised = p.get("raised", 214000) + rng.randint(1500, 38000)
    return {
        "build": C.keep_or(rng, p.get("build"), 0.3, mk_build),
        "live": (live, rng.randint(180, 4200)) if live is not None else None,
        "new": C.keep_or(rng, p.get("new"), 0.35, lambda: rng.sample(range(len(NEW)), 3)),
        "raised": raised,
        "fetched": C.iso(when - dt.timedelta(seconds=rng.randint(1, 300))),
    }


LABELS = {"build": "SvelteKit build: immutable hashes, svelte-* classes", "live": "'Наживо зараз' strip and viewers",
          "new": "'Нове в архіві' teaser", "raised": "donation banner amount raised", "fetched": "hydration data fetchedAt"}


def render(state, blocks, when):
    b = state["build"]
    sh, sp = b["svh"], b["svp"]
    priv = C.blocks_html(blocks)
    cook = C.blocks_html(C.parse_src(COOKIES))
    if state["live"]:
        who, what = LIVE[state["live"][0]]
        live = '<a href="/live" class="live-strip %s"><span class="live-dot %s"></span> <span class="live-label %s">Наживо зараз:</span> %s — %s <span class="viewers %s">%d глядачів онлайн</span></a>' % (
            sh, sh, sh, who, what, sh, state["live"][1])
    else:
        live = '<a href="/schedule" class="live-strip idle %s">Наступна трансляція — дивіться розклад</a>' % sh
    new = "".join('<li class="%s"><a href="/archive/%d" class="%s">%s</a></li>' % (sh, 700 + n, sh, NEW[n]) for n in state["new"])
    goal = 600000
    raised = min(state["raised"], goal)
    donate = '<aside class="donate %s"><p class="%s">Підтримайте українських музикантів: зібрано %s ₴ з %s ₴</p><progress max="%d" value="%d" class="%s"></progress><a href="/support" class="btn %s">Підтримати</a></aside>' % (
        sh, sh, format(raised, ",").replace(",", " "), format(goal, ",").replace(",", " "), goal, raised, sh, sh)
    data = [None, {"type": "data", "data": {"page": {"slug": "privacy", "title": "Правова інформація", "contentfulId": "4xPq1Zl8mWc2Rt", "revision": 17},
                                            "fetchedAt": state["fetched"]}, "uses": {"params": ["slug"]}}]
    return """<!doctype html>
<html lang="uk">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.%(css)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/7.%(node)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(node)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%(css)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%(node)s.js"><title>Політика конфіденційності — Орфей</title><!-- HEAD_svelte-1uha8ag_START --><meta name="description" content="Як онлайн-архів концертів «Орфей» обробляє персональні дані користувачів"><link rel="canonical" href="%(h)s/legal/privacy"><meta property="og:title" content="Політика конфіденційності — Орфей"><!-- HEAD_svelte-1uha8ag_END -->
		<script defer data-domain="orfei.live" src="https://plausible.io/js/script.js"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">  <header class="site-header %(sh)s"><a href="/" class="logo %(sh)s" aria-label="Орфей — на головну"><svg class="%(sh)s" width="120" height="28" viewBox="0 0 120 28" aria-hidden="true"><use href="/sprite.svg#logo"></use></svg></a> <nav class="%(sh)s"><a href="/archive" class="%(sh)s">Архів</a><a href="/live" class="%(sh)s">Трансляції</a><a href="/artists" class="%(sh)s">Виконавці</a><a href="/halls" class="%(sh)s">Концертні зали</a><a href="/subscribe" class="cta %(sh)s">Передплата</a></nav> <a href="/login" class="login %(sh)s">Увійти</a></header> %(live)s <main class="%(sh)s"><div class="legal %(sp)s"><h1 class="visually-hidden %(sp)s">Правова інформація</h1> <div class="tabs %(sp)s" role="tablist" aria-label="Документи"><button role="tab" id="tab-privacy" aria-selected="true" aria-controls="panel-privacy" class="tab active %(sp)s">Конфіденційність</button><button role="tab" id="tab-cookies" aria-selected="false" aria-controls="panel-cookies" tabindex="-1" class="tab %(sp)s">Файли cookie</button></div> <section id="panel-privacy" role="tabpanel" aria-labelledby="tab-privacy" class="panel rich-text %(sp)s"><!-- HTML_TAG_START -->%(priv)s<!-- HTML_TAG_END --></section> <section id="panel-cookies" role="tabpanel" aria-labelledby="tab-cookies" class="panel rich-text %(sp)s" hidden><!-- HTML_TAG_START -->%(cook)s<!-- HTML_TAG_END --></section></div> <section class="new-in-archive %(sh)s"><h2 class="%(sh)s">Нове в архіві</h2> <ul class="%(sh)s">%(new)s</ul></section> %(donate)s</main> <footer class="site-footer %(sh)s"><p class="%(sh)s">© ТОВ «Орфей Лайв»</p> <a href="/legal/privacy" class="%(sh)s">Політика конфіденційності</a> <a href="/legal/terms" class="%(sh)s">Публічна оферта</a> <button class="linklike %(sh)s" type="button">Налаштування cookie</button></footer> 
			
			<script>
				{
					__sveltekit_%(kit)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_CONTENTFUL_SPACE":"q8w2e5r7t1y3","PUBLIC_MUX_ENV":"prod-orfei"}
					};

					const element = document.currentScript.parentElement;

					const data = %(data)s;

					Promise.all([
						import("/_app/immutable/entry/start.%(start)s.js"),
						import("/_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"css": b["css"], "node": b["node"], "start": b["start"], "app": b["app"], "kit": b["kit"], "h": HOST, "sh": sh, "sp": sp,
       "live": live, "priv": priv, "cook": cook, "new": new, "donate": donate,
       "data": json.dumps(data, ensure_ascii=False)}


PAGE = {
    "service": "Orfei Live",
    "url": HOST + "/legal/privacy",
    "lang": "uk",
    "platform": "SvelteKit (adapter-node) with Contentful rich text",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "private, no-store"), ("X-SvelteKit-Page", "true"),
                      ("CF-Cache-Status", "DYNAMIC"), ("Vary", "Accept-Encoding")),
    "n": 31,
    "start": dt.date(2023, 5, 2),
    "end": dt.date(2025, 11, 25),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/legal/privacy", "select": "#panel-privacy"},
}
