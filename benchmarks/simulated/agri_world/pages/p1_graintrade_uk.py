"""ZernoHub: a Ukrainian grain-trading platform (B2B marketplace for wheat, corn, sunflower), Angular Universal SSR.

Per visit: the exchange-price ticker in the header (CPT/FCA quotes in UAH/t and the NBU dollar rate, a random walk)
and its copy in the `ng-state` TransferState script; the presigned S3 link of the icon-only "download PDF" button
*inside* the declared `.legal-content` (X-Amz-Date/Signature, attributes only, no words). Sticky: the build
(hashed bundles, `_ngcontent` attribute ids inside the container too), with Angular upgrades 15 -> 16 -> 17 (esbuild
bundles, hydration `ngh` attributes) -> 18 over the years. Declaration `.legal-content` stays valid throughout.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://zernohub.com.ua/uk/polityka-konfidentsiinosti"

MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Політика конфіденційності

Дата останнього оновлення: {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «Зернохаб» (далі — «ZernoHub», «ми») збирає, використовує, зберігає та захищає персональні дані користувачів онлайн-платформи для торгівлі зерновими та олійними культурами ZernoHub, мобільних застосунків ZernoHub для Android та iOS і пов’язаних сервісів (разом — «Платформа»).

Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних», а щодо користувачів із держав Європейського Союзу — також відповідно до Загального регламенту про захист даних (ЄС) 2016/679 (GDPR).

## 1. Хто ми

Володільцем персональних даних є:

@ ТОВ «Зернохаб»
@ код ЄДРПОУ 43912876
@ вул. Велика Васильківська, 72, м. Київ, 03150, Україна
@ e-mail: privacy@zernohub.com.ua
@ тел.: +380 44 390 27 15

З питань захисту персональних даних ви можете звернутися до нашої відповідальної особи за адресою [dpo@zernohub.com.ua](mailto:dpo@zernohub.com.ua).

## 2. Чиї дані ми обробляємо

Платформа призначена для юридичних осіб і фізичних осіб — підприємців: сільськогосподарських виробників, трейдерів, елеваторів, переробних підприємств та експедиторів. Ми обробляємо персональні дані:

- представників і підписантів компаній-користувачів (директорів, менеджерів із закупівель і продажу, бухгалтерів);
- фермерів — фізичних осіб — підприємців та членів фермерських господарств;
- водіїв і експедиторів, яких зазначають у заявках на перевезення;
- відвідувачів нашого сайту та осіб, які звертаються до служби підтримки.

## 3. Які дані ми збираємо

| Категорія даних | Приклади | Джерело |
| Ідентифікаційні дані | прізвище, ім’я, по батькові, посада, РНОКПП (для ФОП) | від вас або вашої компанії |
| Контактні дані | номер телефону, e-mail, адреса господарства | від вас |
| Дані перевірки | виписка з ЄДР, довіреності, дані кваліфікованого електронного підпису | від вас, з Єдиного державного реєстру |
| Торговельні дані | заявки, цінові пропозиції, обсяги, базиси поставки, укладені угоди | створюються під час користування Платформою |
| Логістичні дані | ПІБ водія, номер автомобіля та причепа, номер ТТН | від вас або перевізника |
| Технічні дані | IP-адреса, тип пристрою, журнали входу, файли cookie | автоматично |

Ми не збираємо спеціальних категорій персональних даних (наприклад, даних про здоров’я чи релігійні переконання) і просимо не надсилати їх нам.

## 4. Для чого ми використовуємо дані

- реєстрація облікового запису та перевірка контрагента (процедура KYC);
- розміщення та пошук заявок на купівлю і продаж зернових, олійних та бобових культур;
- формування, підписання та зберігання договорів, специфікацій і актів;
- організація логістики: передача даних водіїв елеваторам і портовим терміналам для допуску транспорту;
- надсилання цінових сповіщень, аналітики ринку та щоденного огляду цін (за вашою згодою);
- запобігання шахрайству, легалізації доходів, одержаних злочинним шляхом, та порушенню санкційного законодавства;
- виконання вимог податкового і бухгалтерського законодавства;
- поліпшення роботи Платформи та статистичний аналіз.

## 5. Правові підстави обробки

Ми обробляємо дані на таких підставах: укладення та виконання договору з вами або вашою компанією; виконання обов’язків, передбачених законом, зокрема законодавством про фінансовий моніторинг; наш законний інтерес у забезпеченні безпеки Платформи та запобіганні шахрайству; ваша згода — для маркетингових розсилок і аналітичних файлів cookie. Згоду можна відкликати будь-коли в налаштуваннях профілю.

## 6. Кому ми передаємо дані

Ми не продаємо персональні дані. Контактні дані представника стають доступними контрагенту лише після того, як сторони погодили угоду на Платформі. Ми також залучаємо розпорядників, які обробляють дані за нашим дорученням:

| Розпорядник | Послуга | Місце обробки |
| Amazon Web Services EMEA SARL | хостинг і резервне копіювання | ЄС (Франкфурт) |
| ТОВ «Бінотел» | IP-телефонія, запис дзвінків служби підтримки | Україна |
| ТОВ «Турбо СМС» | SMS-сповіщення та коди підтвердження | Україна |
| Google Ireland Limited | Google Analytics, Google Workspace | ЄС, США |
| Intercom R&D Unlimited Company | онлайн-чат служби підтримки | ЄС, США |

Дані водіїв і транспортних засобів передаються елеваторам, портовим терміналам і лабораторіям, які беруть участь у виконанні конкретної угоди. Ми можемо розкривати дані державним органам, якщо цього вимагає закон.

## 7. Транскордонна передача

Частина наших розпорядників розташована за межами України. Ми передаємо дані лише до держав, що забезпечують належний рівень захисту персональних даних, або на підставі стандартних договірних умов, затверджених Європейською Комісією.

## 8. Строк зберігання

| Дані | Строк |
| Дані облікового запису | протягом дії облікового запису та 3 роки після його закриття |
| Договори та первинні документи | 5 років після завершення угоди |
| Дані перевірки контрагента (KYC) | 5 років після припинення ділових відносин |
| Записи дзвінків | 6 місяців |
| Журнали входу | 12 місяців |

## 9. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати про джерела збирання, місцезнаходження своїх даних і мету їх обробки;
- отримувати інформацію про умови доступу до даних та про третіх осіб, яким вони передаються;
- вимагати виправлення або знищення своїх даних, якщо вони обробляються незаконно чи є недостовірними;
- заперечувати проти обробки своїх даних;
- відкликати згоду на обробку;
- звертатися зі скаргами до Уповноваженого Верховної Ради України з прав людини або до суду.

Ми відповідаємо на запити протягом 30 календарних днів. Щоб підтвердити вашу особу, ми можемо попросити надіслати запит з електронної пошти, зазначеної в профілі, або підписати його кваліфікованим електронним підписом.

## 10. Файли cookie

Ми використовуємо необхідні файли cookie для входу в обліковий запис і збереження мови інтерфейсу, а також — за вашою згодою — аналітичні файли cookie Google Analytics. Налаштуватии свій вибір можна у вікні «Налаштування cookie» внизу сторінки.

Перелік файлів cookie, які ми використовуємо:

| Назва | Призначення | Строк дії |
| zh-session | підтримання сеансу після входу | до закриття браузера |
| zh-lang | збереження обраної мови | 1 рік |
| zh-consent | збереження вашого вибору щодо cookie | 6 місяців |
| _ga | Google Analytics, розрізнення відвідувачів | 2 роки |

## 11. Безпека

Доступ до даних мають лише працівники, яким він потрібен для виконання обов’язків. Ми застосовуємо шифрування під час передачі (TLS) та зберігання, двофакторну автентифікацію для входу в Платформу та регулярно перевіряємо журнали доступу.

## 12. Дані, які ви надаєте про інших осіб

Якщо ви додаєте до облікового запису компанії інших працівників або вказуєте в заявці дані водія чи експедитора, ви підтверджуєте, що поінформували цих осіб про передачу їхніх даних ZernoHub і про цю Політику. Водії отримують від нас SMS лише з інформацією про черговість розвантаження та номер заявки.

## 13. Діти

Платформа не призначена для осіб, молодших 18 років. Ми свідомо не збираємо їхніх даних, а якщо дізнаємося про таку обробку, видалимо ці дані.

## 14. Зміни до Політики

Ми можемо оновлювати цю Політику. Про суттєві зміни ми повідомимо вас електронною поштою або повідомленням у Платформі щонайменше за 14 днів до набрання ними чинності. Попередні редакції Політики надаємо на запит.
"""

EDITS = [
    {"note": "sentence added: backups kept only in EU data centres under martial law",
     "repl": [("затверджених Європейською Комісією.",
               "затверджених Європейською Комісією. На час дії воєнного стану резервні копії бази даних Платформи "
               "зберігаються виключно в дата-центрах на території Європейського Союзу.")]},
    {"note": "processor added to the table: Vchasno e-document exchange",
     "repl": [("| ТОВ «Турбо СМС» | SMS-сповіщення та коди підтвердження | Україна |",
               "| ТОВ «Турбо СМС» | SMS-сповіщення та коди підтвердження | Україна |\n"
               "| ТОВ «Вчасно Сервіс» | електронний документообіг: договори, специфікації, акти | Україна |")]},
    {"note": "typo fixed in the cookie section (Налаштуватии -> Налаштувати)", "bump": False,
     "repl": [("Налаштуватии свій вибір", "Налаштувати свій вибір")]},
    {"note": "office address changed (Velyka Vasylkivska 72 -> Dilova 5, office 1204)",
     "repl": [("@ вул. Велика Васильківська, 72, м. Київ, 03150, Україна",
               "@ вул. Ділова, 5, офіс 1204, м. Київ, 03150, Україна")]},
    {"note": "subsection added: automated counterparty reliability rating",
     "repl": [("- поліпшення роботи Платформи та статистичний аналіз.",
               "- поліпшення роботи Платформи та статистичний аналіз.\n\n"
               "### Рейтинг надійності контрагента\n\n"
               "Для кожної компанії Платформа автоматично розраховує рейтинг надійності на основі історії угод: "
               "частки виконаних контрактів, своєчасності оплат і відвантажень, кількості відкритих спорів. Рейтинг "
               "бачать інші користувачі. Він не є остаточним рішенням щодо вас: ви можете оскаржити його, "
               "написавши на support@zernohub.com.ua, і ваше звернення розгляне працівник ZernoHub.")]},
    {"note": "retention of call recordings shortened (6 -> 3 months)",
     "repl": [("| Записи дзвінків | 6 місяців |", "| Записи дзвінків | 3 місяці |")]},
]

# ---------------------------------------------------------------- noise

COMMODITIES = [  # name, basis, start price UAH/t
    ("Пшениця 2 кл.", "CPT Одеса", 7450),
    ("Пшениця 3 кл.", "CPT Одеса", 7100),
    ("Кукурудза", "CPT Ізмаїл", 6900),
    ("Ячмінь", "CPT Одеса", 6350),
    ("Соняшник", "FCA Полтава", 16800),
    ("Соя", "FCA Вінниця", 14900),
    ("Ріпак", "CPT Рені", 18700),
]


def _b32(rng, n):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _angular(when):
    if when < dt.datetime(2023, 5, 20):
        return "15.2.9"
    if when < dt.datetime(2024, 1, 25):
        return "16.2.12"
    if when < dt.datetime(2024, 9, 10):
        return "17.3.8"
    return "18.2.9"


def _new_build(rng, ver):
    major = int(ver.split(".")[0])
    b = {"ng": ver}
    if major >= 17:  # application builder (esbuild): 8-char base32 names
        b["main"] = "main-%s.js" % _b32(rng, 8)
        b["poly"] = "polyfills-%s.js" % _b32(rng, 8)
        b["css"] = "styles-%s.css" % _b32(rng, 8)
        b["runtime"] = None
    else:  # browser builder (webpack): 16 hex
        b["main"] = "main.%s.js" % C.hexs(rng, 16)
        b["poly"] = "polyfills.%s.js" % C.hexs(rng, 16)
        b["css"] = "styles.%s.css" % C.hexs(rng, 16)
        b["runtime"] = "runtime.%s.js" % C.hexs(rng, 16)
    if major >= 16:
        b["ids"] = ["ng-c%d" % rng.randint(10 ** 8, 4 * 10 ** 9) for _ in range(8)]
    else:
        b["ids"] = ["sc%d" % rng.randint(10, 240) for _ in range(8)]
    b["gtm"] = "GTM-K7Q2ZJ4"
    return b


def _usd(rng, when):
    """The NBU's official dollar rate: pegged at 36.5686 until the float of 3 October 2023, then drifting up."""
    if when < dt.datetime(2023, 10, 3):
        return 36.57
    pts = [(dt.datetime(2023, 10, 3), 36.9), (dt.datetime(2024, 3, 1), 37.9), (dt.datetime(2024, 10, 1), 41.2),
           (dt.datetime(2025, 3, 1), 41.6), (dt.datetime(2025, 12, 31), 41.8)]
    for (a, ra), (b, rb) in zip(pts, pts[1:]):
        if a <= when <= b:
            base = ra + (rb - ra) * (when - a).total_seconds() / (b - a).total_seconds()
            return round(base + rng.gauss(0, 0.12), 2)
    return round(41.8 + rng.gauss(0, 0.12), 2)


def noise(rng, when, i, prev):
    ver = _angular(when)
    pb = prev and prev["build"]
    if pb is None or pb["ng"] != ver or rng.random() < 0.22:
        build = _new_build(rng, ver)
    else:
        build = pb
    old = dict((t[0], t[2]) for t in prev["ticker"]) if prev else {}
    ticker = []
    for name, basis, p0 in COMMODITIES:
        last = old.get(name, p0 * rng.uniform(0.93, 1.07))
        new = round(last * (1 + rng.gauss(0, 0.012)) / 5) * 5
        ticker.append((name, basis, new, (new - last) / last * 100 if last else 0.0))
    usd = _usd(rng, when)
    return {"ticker": ticker, "usd": usd, "build": build,
            "pdf": {"date": when.strftime("%Y%m%dT%H%M%SZ"), "sig": C.hexs(rng, 64),
                    "cred": "AKIA%s" % _b32(rng, 16)}}


LABELS = {"ticker": "grain price ticker in the header (+ ng-state)", "usd": "NBU USD/UAH rate in the ticker",
          "build": "Angular build hashes / _ngcontent ids (inside the container too) / Angular upgrades",
          "pdf": "presigned PDF link inside .legal-content (attributes only)"}

# ---------------------------------------------------------------- render


def _num(x):
    s = "{:,}".format(int(x)).replace(",", "\u202f")
    return s


def _pct(x):
    return ("+" if x >= 0 else "\u2212") + ("%.1f" % abs(x)).replace(".", ",") + "%"


def render(state, blocks, when):
    b = state["build"]
    ids = b["ids"]
    major = int(b["ng"].split(".")[0])

    def host(k):
        return "_nghost-%s" % ids[k]

    def cont(k):
        return "_ngcontent-%s" % ids[k]

    def ngh(n):
        return ' ngh="%d"' % n if major >= 17 else ""

    app_attr = 'ng-version="%s"%s' % (b["ng"], ' ng-server-context="ssr"' if major >= 16 else "")
    title_block, rest = blocks[0], blocks[1:]
    body_parts = []
    for blk in rest:
        if blk[0] == "table":
            body_parts.append('<div class="table-wrap">%s</div>' % C.block_html(blk))
        else:
            body_parts.append(C.block_html(blk))
    body_html = "".join(body_parts)
    tick_items = []
    for name, basis, price, delta in state["ticker"]:
        cls = "up" if delta >= 0 else "down"
        tick_items.append(
            '<li %s class="ticker__item"><span %s class="ticker__name">%s</span> <span %s class="ticker__basis">%s'
            '</span> <span %s class="ticker__price">%s\u00a0грн/т</span> <span %s class="ticker__delta '
            'ticker__delta--%s">%s</span></li>' % (cont(1), cont(1), html.escape(name), cont(1), html.escape(basis),
                                                   cont(1), _num(price), cont(1), cls, _pct(delta)))
    stamp = when + dt.timedelta(hours=3 if 4 <= when.month <= 10 else 2) - dt.timedelta(minutes=when.minute % 15)
    ticker = ('<app-price-ticker %s %s%s><div %s class="ticker" aria-label="Ціни на зерно"><ul %s class="ticker__track">'
              '%s<li %s class="ticker__item ticker__item--fx"><span %s class="ticker__name">USD/UAH</span> '
              '<span %s class="ticker__price">%s</span> <span %s class="ticker__basis">НБУ</span></li></ul>'
              '<span %s class="ticker__updated">Оновлено %s</span></div></app-price-ticker>'
              % (cont(0), host(1), ngh(1), cont(1), cont(1), "".join(tick_items), cont(1), cont(1), cont(1),
                 ("%.2f" % state["usd"]).replace(".", ","), cont(1), cont(1), stamp.strftime("%d.%m.%Y о %H:%M")))
    pdf = state["pdf"]
    pdf_href = ("https://files.zernohub.com.ua/legal/privacy-policy-uk.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                "&X-Amz-Credential=%s%%2F%s%%2Feu-central-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900"
                "&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (pdf["cred"], pdf["date"][:8], pdf["date"],
                                                                 pdf["sig"]))
    nav = [("/uk/torgy", "Торги"), ("/uk/tsiny", "Ціни"), ("/uk/logistyka", "Логістика"),
           ("/uk/elevatory", "Елеватори"), ("/uk/analityka", "Аналітика"), ("/uk/pro-nas", "Про нас")]
    nav_html = "".join('<li %s class="nav__item"><a %s class="nav__link" href="%s">%s</a></li>' % (cont(2), cont(2), u, t)
                       for u, t in nav)
    year = when.year
    runtime = '<script src="%s" type="module"></script>' % b["runtime"] if b["runtime"] else ""
    state_json = {
        "prices-ticker": {"b": [{"commodity": n, "basis": bs, "price": p, "changePct": round(d, 2)}
                                for n, bs, p, d in state["ticker"]], "usd": state["usd"]},
        "cms:legal/privacy-policy?lang=uk": {"b": {"slug": "privacy-policy", "title": title_block[1],
                                                   "html": body_html}},
    }
    if major >= 17:
        state_json["__nghData__"] = [{"t": {"2": "t0"}, "c": {"2": []}}, {}, {"n": {"3": "0f"}}]
    sj = json.dumps(state_json, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    return """<!DOCTYPE html><html lang="uk"><head>
  <meta charset="utf-8">
  <title>Політика конфіденційності — ZernoHub</title>
  <base href="/uk/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Як ZernoHub обробляє та захищає персональні дані користувачів платформи торгівлі зерном.">
  <link rel="canonical" href="%(url)s">
  <link rel="alternate" hreflang="uk" href="https://zernohub.com.ua/uk/polityka-konfidentsiinosti">
  <link rel="alternate" hreflang="en" href="https://zernohub.com.ua/en/privacy-policy">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
  <!-- Google Tag Manager -->
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
  new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
  j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
  'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  })(window,document,'script','dataLayer','%(gtm)s');</script>
  <!-- End Google Tag Manager -->
<style>:root{--zh-green:#1f6f3f;--zh-wheat:#e9c46a}body{margin:0;font-family:Manrope,system-ui,sans-serif}</style><link rel="stylesheet" href="%(css)s" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="%(css)s"></noscript><style ng-app-id="ng">.ticker[%(c1)s]{display:flex;overflow:hidden;background:#0f3d22;color:#fff;font-size:13px}.ticker__delta--up[%(c1)s]{color:#7bd88f}.ticker__delta--down[%(c1)s]{color:#ff8a80}.legal-content[%(c3)s]{max-width:820px;margin:0 auto 64px}.legal-toolbar[%(c3)s]{float:right}</style></head>
<body class="mat-typography">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=%(gtm)s" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<app-root %(h0)s %(app)s%(ngh0)s><app-header %(c0)s %(h2)s%(ngh2)s>%(ticker)s<header %(c2)s class="site-header"><div %(c2)s class="container site-header__inner"><a %(c2)s href="/uk" class="logo" aria-label="ZernoHub — головна"><img %(c2)s src="assets/img/logo-zernohub.svg" alt="ZernoHub" width="148" height="32"></a><nav %(c2)s class="nav"><ul %(c2)s class="nav__list">%(nav)s</ul></nav><div %(c2)s class="site-header__actions"><a %(c2)s class="btn btn--ghost" href="/uk/uvijty">Увійти</a><a %(c2)s class="btn btn--primary" href="/uk/reiestratsiia">Зареєструватися</a><button %(c2)s class="lang-switch" type="button">UA</button></div></div></header></app-header><main %(c0)s class="main"><router-outlet %(c0)s></router-outlet><app-legal-page %(h3)s%(ngh3)s><div %(c3)s class="container"><nav %(c3)s class="breadcrumbs" aria-label="breadcrumbs"><a %(c3)s href="/uk">Головна</a><span %(c3)s class="breadcrumbs__sep">/</span><span %(c3)s>Політика конфіденційності</span></nav><article %(c3)s class="legal-content"><div %(c3)s class="legal-toolbar"><a %(c3)s class="btn-icon" target="_blank" rel="noopener" aria-label="Завантажити PDF" href="%(pdf)s"><svg %(c3)s width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path %(c3)s d="M5 20h14v-2H5v2zm7-18l-7 7h4v6h6v-6h4l-7-7z"></path></svg></a><button %(c3)s class="btn-icon" type="button" aria-label="Друкувати" onclick="window.print()"><svg %(c3)s width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path %(c3)s d="M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3z"></path></svg></button></div><h1 %(c3)s class="legal-content__title">%(title)s</h1><div %(c3)s class="legal-content__body">%(body)s</div></article></div></app-legal-page><!--container--></main><app-footer %(c0)s %(h4)s%(ngh4)s><footer %(c4)s class="site-footer"><div %(c4)s class="container site-footer__grid"><div %(c4)s class="site-footer__col"><p %(c4)s class="site-footer__title">ZernoHub</p><p %(c4)s>Онлайн-платформа для торгівлі зерном, олійними та бобовими культурами.</p></div><div %(c4)s class="site-footer__col"><a %(c4)s href="/uk/umovy-korystuvannia">Умови користування</a><a %(c4)s href="/uk/polityka-konfidentsiinosti">Політика конфіденційності</a><a %(c4)s href="/uk/cookies">Налаштування cookie</a></div><div %(c4)s class="site-footer__col"><a %(c4)s href="tel:+380443902715">+380 44 390 27 15</a><a %(c4)s href="mailto:support@zernohub.com.ua">support@zernohub.com.ua</a></div><div %(c4)s class="site-footer__apps"><a %(c4)s href="https://play.google.com/store/apps/details?id=ua.zernohub.app"><img %(c4)s src="assets/img/google-play-uk.svg" alt="Завантажити з Google Play"></a><a %(c4)s href="https://apps.apple.com/ua/app/zernohub/id1619023457"><img %(c4)s src="assets/img/app-store-uk.svg" alt="Завантажити в App Store"></a></div></div><p %(c4)s class="site-footer__copy">© 2021–%(year)d ZernoHub. Усі права захищено.</p></footer></app-footer><app-cookie-banner %(c0)s %(h5)s%(ngh5)s><!--container--></app-cookie-banner></app-root>
%(runtime)s<script src="%(poly)s" type="module"></script><script src="%(main)s" type="module"></script>

<script id="ng-state" type="application/json">%(state)s</script></body></html>""" % {
        "url": URL, "gtm": b["gtm"], "css": b["css"], "poly": b["poly"], "main": b["main"], "runtime": runtime,
        "app": app_attr, "h0": host(0), "c0": cont(0), "c1": cont(1), "h2": host(2), "c2": cont(2),
        "h3": host(3), "c3": cont(3), "h4": host(4), "c4": cont(4), "h5": host(5),
        "ngh0": ngh(0), "ngh2": ngh(1), "ngh3": ngh(2), "ngh4": ngh(3), "ngh5": ngh(4),
        "ticker": ticker, "nav": nav_html, "pdf": html.escape(pdf_href), "title": C.inline_html(title_block[1]),
        "body": body_html, "year": year, "state": sj}


PAGE = {
    "service": "ZernoHub",
    "url": URL,
    "lang": "uk",
    "platform": "Angular Universal (SSR, 15 -> 18) behind CloudFront",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "CloudFront"), ("Cache-Control", "no-cache"), ("Vary", "Accept-Encoding"),
                      ("X-Cache", "Miss from cloudfront")),
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 7, 10),
    "hours": (0, 1, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-content"},
}
