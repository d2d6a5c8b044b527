"""Їдьмо (QR tickets for city public transport: Lviv, Ivano-Frankivsk, Ternopil) - uk + en - Webflow site. The one
privacy page given to both stores holds the policy twice: the Ukrainian text, then an English translation
below it ("In English" anchor). The curators track the Ukrainian one (#uk).

The English block is another document for this purpose: it is retranslated on its own schedule (lagging the
Ukrainian edits, with its own "Last updated" line), so its edits are noise here. Other noise: Webflow's
"Last Published" comment (every publish), the asset CDN host move (assets-global -> cdn.prod.website-files.com)
and CSS hash, the app's store rating and version in the hero, a Finsweet cookie banner's copy.
"""
import datetime as dt
import html
import common as C

URL = "https://yidmo.app/privacy"
MISIATSI = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MISIATSI[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Дата оновлення: {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «Їдьмо Тех» обробляє персональні дані користувачів мобільного застосунку «Їдьмо» та сайту yidmo.app. Ми дотримуємося Закону України «Про захист персональних даних» від 1 червня 2010 року № 2297-VI та обробляємо лише ті дані, без яких неможливо купити та перевірити квиток.

Встановлюючи застосунок і реєструючись у ньому, ви підтверджуєте, що ознайомилися з цією Політикою.

## 1. Володілець персональних даних

Володільцем ваших персональних даних є ТОВ «Їдьмо Тех», код ЄДРПОУ 43918276, місцезнаходження: 79041, м. Львів, вул. Городоцька, 120.

## 2. Які дані ми обробляємо

- **Дані облікового запису:** номер мобільного телефону, ім'я (за бажанням), адреса електронної пошти для отримання чеків.
- **Дані про квитки та поїздки:** придбані квитки й проїзні, місто, маршрут і номер транспортного засобу, час валідації квитка.
- **Платіжні дані:** сума, дата та статус платежу, маскований номер картки. Повні реквізити картки обробляє платіжний провайдер, ми їх не отримуємо і не зберігаємо.
- **Технічні дані:** модель пристрою, версія операційної системи та застосунку, ідентифікатор пристрою для push-повідомлень, журнали помилок.
- **Звернення до підтримки:** листування з нами та вкладені файли.

## 3. Мета та підстави обробки

Ми обробляємо ваші дані для того, щоб:

- продавати квитки та проїзні й показувати їх контролеру у вигляді QR-коду;
- надсилати фіскальні чеки відповідно до законодавства про РРО;
- повертати кошти за невикористані квитки та розглядати скарги;
- запобігати шахрайству з квитками, зокрема повторному використанню QR-кодів;
- покращувати застосунок на основі знеособленої статистики.

Підставами обробки є укладення та виконання договору перевезення і договору про використання застосунку, виконання обов'язків, покладених на нас законом, а також ваша згода — для надсилання новин і спеціальних пропозицій (статті 11 Закону України «Про захист персональних даних»).

## 4. Кому ми передаємо дані

Ми не продаємо ваші персональні дані. Доступ до них можуть отримати лише:

- **перевізники та комунальні підприємства міст**, з якими ми співпрацюємо, — знеособлені дані про валідацію квитків для розрахунків і планування маршрутів;
- **платіжний провайдер LiqPay (АТ КБ «ПриватБанк»)** — для проведення оплати та повернення коштів;
- **постачальники технічних послуг** — хмарний хостинг, надсилання SMS і push-повідомлень, збирання звітів про збої (Google Firebase);
- **органи державної влади** — у випадках і в порядку, передбачених законом.

## 5. Строк зберігання

Дані облікового запису зберігаються, доки ви користуєтеся застосунком. Історію поїздок ми зберігаємо 3 роки, після чого знеособлюємо. Платіжні документи та фіскальні чеки зберігаються протягом строків, встановлених податковим законодавством.

## 6. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати, які ваші дані ми обробляємо, з якою метою і кому їх передаємо;
- отримати доступ до своїх персональних даних;
- вимагати виправлення неточних даних або їх видалення;
- відкликати згоду на обробку даних, що обробляються на підставі згоди;
- заперечити проти обробки своїх персональних даних;
- звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини або до суду.

Видалити обліковий запис можна в застосунку: «Профіль» → «Налаштування» → «Видалити акаунт». Ми відповімо на ваш запит протягом 30 календарних днів.

### Перевірка квитків

Під час перевірки контролер сканує QR-код квитка своїм пристроєм. Контролер бачить лише тип квитка, строк його дії та маршрут, але не ваш номер телефону чи ім'я. Результат перевірки (час, маршрут, номер пристрою контролера) зберігається разом із квитком, щоб ми могли розглянути вашу скаргу, якщо ви не погоджуєтеся зі штрафом.

### Автоматичне блокування підозрілих квитків

Щоб запобігти підробці квитків, система автоматично блокує QR-код, якщо він використовується одночасно на кількох пристроях або на різних маршрутах. Якщо ваш квиток заблоковано помилково, зверніться до служби підтримки: кожне таке звернення розглядає працівник, а не алгоритм, і ми повертаємо кошти за квиток, якщо блокування було безпідставним.

## 7. Захист даних

Дані передаються зашифрованими каналами, доступ до них мають лише працівники, яким він потрібен для роботи. QR-коди квитків підписуються криптографічно й оновлюються щохвилини, тому скриншот квитка не можна використати повторно.

## Файли cookie на сайті

Сайт yidmo.app використовує необхідні файли cookie для роботи сайту та, лише за вашою згодою, аналітичні файли cookie Google Analytics для підрахунку відвідувань. Згоду можна змінити будь-коли в банері cookie внизу сторінки. Застосунок «Їдьмо» не використовує рекламних ідентифікаторів і не показує рекламу.

## 8. Діти

Застосунок можуть використовувати особи, яким виповнилося 14 років. Учнівські проїзні для дітей молодшого віку оформлюють батьки у своєму обліковому записі.

## 9. Зміни до Політики

Ми можемо оновлювати цю Політику. Нова редакція публікується на цій сторінці із зазначенням дати оновлення; про суттєві зміни ми повідомимо в застосунку.

## 10. Контакти

@ ТОВ «Їдьмо Тех»
@ 79041, м. Львів, вул. Городоцька, 120
@ [privacy@yidmo.app](mailto:privacy@yidmo.app)
"""

EDITS = [
    {"note": "geolocation permission explained (nearest stops, city auto-detect), new bullet",
     "repl": [("- **Технічні дані:**",
               "- **Геолокація:** якщо ви надали дозвіл, застосунок використовує місцезнаходження пристрою, щоб визначити місто і показати найближчі зупинки. Геолокація обробляється лише під час роботи застосунку і не зберігається в історії поїздок.\n- **Технічні дані:**")]},
    {"note": "martial law: encrypted backups and hosting moved to the EU (Google Cloud, Frankfurt)",
     "repl": [("## 6. Ваші права",
               "### Зберігання даних за межами України\n\nУ зв'язку із запровадженням воєнного стану основні сервери та зашифровані резервні копії даних розміщено в хмарі Google Cloud у Франкфурті (Німеччина). Німеччина забезпечує належний рівень захисту персональних даних, тому окрема згода на таку передачу не вимагається.\n\n## 6. Ваші права")]},
    {"note": "Diia integration: discounted-fare eligibility checked via Diia sharing (new data category and purpose)",
     "repl": [("- **Платіжні дані:**",
               "- **Дані про пільгу:** якщо ви оформлюєте пільговий проїзд, ми отримуємо з застосунку «Дія» (за вашим запитом через сервіс «Дія.Шеринг») прізвище, ім'я, по батькові, категорію пільги та строк її дії. Копії посвідчень ми не зберігаємо.\n- **Платіжні дані:**"),
              ("- надсилати фіскальні чеки відповідно до законодавства про РРО;",
               "- перевіряти право на пільговий проїзд;\n- надсилати фіскальні чеки відповідно до законодавства про РРО;")]},
    {"note": "contact e-mail changed (silent, date not bumped)", "bump": False,
     "repl": [("@ [privacy@yidmo.app](mailto:privacy@yidmo.app)", "@ [dpo@yidmo.app](mailto:dpo@yidmo.app)")]},
    {"note": "payment provider: LiqPay replaced by Plata by mono; Apple Pay / Google Pay tokens",
     "repl": [("- **платіжний провайдер LiqPay (АТ КБ «ПриватБанк»)** — для проведення оплати та повернення коштів;",
               "- **платіжний провайдер Plata by mono (АТ «Універсал Банк»)** — для проведення оплати та повернення коштів, зокрема через Apple Pay і Google Pay, коли ми отримуємо лише токен картки;")]},
    {"note": "trip history retention shortened from 3 years to 1 year",
     "repl": [("Історію поїздок ми зберігаємо 3 роки, після чого знеособлюємо.",
               "Історію поїздок ми зберігаємо 1 рік, після чого знеособлюємо; знеособлені дані використовуються лише для статистики пасажиропотоку.")]},
]

EN_BASE = """Privacy Policy

Last updated: {D}

This Privacy Policy explains how Yidmo Tech LLC processes the personal data of users of the Yidmo mobile app and the yidmo.app website. We comply with the Law of Ukraine "On Personal Data Protection" No. 2297-VI and only process the data needed to buy and check a ticket.

1. Data controller

Yidmo Tech LLC, EDRPOU code 43918276, 120 Horodotska St., Lviv 79041, Ukraine.

2. Data we process

Account data (mobile phone number, optional name, e-mail address for receipts); ticket and trip data (tickets and passes, city, route and vehicle number, validation time); payment data (amount, date, status and masked card number; full card details are handled by the payment provider); technical data (device model, OS and app version, push token, crash logs); support requests.

3. Purposes and legal grounds

We use your data to sell tickets and show them as QR codes, to send fiscal receipts, to refund unused tickets, to prevent ticket fraud and to improve the app. The legal grounds are the performance of the contract, our legal obligations and, for newsletters, your consent.

4. Recipients

We do not sell your data. It may be accessed only by partner carriers and municipal transport companies (anonymised validation data), our payment provider LiqPay (PrivatBank), technical service providers (hosting, SMS and push, Google Firebase crash reports) and public authorities where the law requires it.

5. Retention

Account data is kept while you use the app. Trip history is kept for 3 years and then anonymised. Payment records are kept for the periods required by tax law.

6. Your rights

You may access, correct or delete your data, withdraw consent, object to processing and complain to the Ukrainian Parliament Commissioner for Human Rights. You can delete your account under Profile, Settings, Delete account.

7. Children

The app may be used from the age of 14. Student passes for younger children are managed by parents.

8. Contact

privacy@yidmo.app"""

# the English copy is retranslated on its own schedule: (from, [(old, new)])
EN_REVS = [
    (dt.datetime(2023, 1, 16), [("support requests.", "support requests. With your permission the app uses the device location to detect the city and show nearby stops; location is not stored."),
                                ("Payment records are kept", "Because of martial law, servers and encrypted backups are hosted in Google Cloud in Frankfurt, Germany. Payment records are kept")]),
    (dt.datetime(2024, 7, 8), [("support requests.", "support requests; discount eligibility received from the Diia app (name, category and validity of the discount)."),
                               ("privacy@yidmo.app", "dpo@yidmo.app")]),
    (dt.datetime(2025, 9, 22), [("LiqPay (PrivatBank)", "Plata by mono (Universal Bank), including Apple Pay and Google Pay tokens")]),
]
EN_DATES = [dt.date(2021, 6, 2), dt.date(2023, 1, 12), dt.date(2024, 7, 3), dt.date(2025, 9, 18)]
COOKIES = ["Ми використовуємо файли cookie для аналітики. Натискаючи «Прийняти», ви погоджуєтеся з цим.",
           "Цей сайт використовує cookie. Детальніше — у Політиці конфіденційності."]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    pub = when - dt.timedelta(hours=rng.randint(1, 24 * 20), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    if prev.get("published") and pub <= dt.datetime.strptime(prev["published"], "%a %b %d %Y %H:%M:%S"):
        pub = when - dt.timedelta(minutes=rng.randint(5, 50))
    s["published"] = pub.strftime("%a %b %d %Y %H:%M:%S")
    s["en"] = sum(1 for d, _ in EN_REVS if when >= d)
    s["cdn"] = "assets-global.website-files.com" if when < dt.datetime(2024, 3, 11) else "cdn.prod.website-files.com"
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: C.hexs(rng, 9))
    s["hero"] = C.keep_or(rng, prev.get("hero"), 0.5,
                          lambda: ("4.%d" % rng.randint(6, 8), "%d.%d.%d" % (1 + (when.year - 2021), when.month % 6, rng.randint(0, 9))))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.1, lambda: rng.randrange(len(COOKIES)))
    return s


LABELS = {
    "published": "Webflow 'Last Published' comment (site republished)",
    "en": "English translation block retranslated (another document on the page)",
    "cdn": "Webflow asset CDN host moved",
    "css": "Webflow CSS file hash",
    "hero": "store rating and app version in the hero",
    "cookie": "cookie banner copy",
}


def _en_html(rev):
    t = EN_BASE
    for _, repl in EN_REVS[:rev]:
        for a, b in repl:
            t = t.replace(a, b)
    d = EN_DATES[rev]
    t = t.replace("{D}", "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year))
    paras = t.split("\n\n")
    out = ['<h1 class="legal-heading">%s</h1>' % paras[0]]
    for p in paras[1:]:
        if p[:2].rstrip(".").isdigit() and len(p) < 40:
            out.append("<h2>%s</h2>" % html.escape(p, quote=False))
        else:
            out.append("<p>%s</p>" % html.escape(p, quote=False))
    return out[0] + '<div class="legal-rich-text w-richtext">%s</div>' % "".join(out[1:])


def render(s, blocks, when):
    site = "64b7c2f19a0e3d5c8f21a7b4"
    cdn = s["cdn"]
    stars, ver = s["hero"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    return ('<!DOCTYPE html><!--  Last Published: %s GMT+0000 (Coordinated Universal Time)  -->'
            '<html data-wf-domain="yidmo.app" data-wf-page="64b7c2f19a0e3d5c8f21a7e9" data-wf-site="%s" lang="uk">'
            '<head><meta charset="utf-8"/><title>Політика конфіденційності | Їдьмо</title>'
            '<meta content="Політика конфіденційності застосунку Їдьмо / Yidmo app privacy policy" name="description"/>'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>'
            '<link href="https://%s/%s/css/yidmo.webflow.%s.css" rel="stylesheet" type="text/css"/>'
            '<link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="https://%s/%s/64b7c3a0e1f2d4b6a8c9e0f1_favicon-32.png" rel="shortcut icon" type="image/x-icon"/>'
            '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XW1R"></script>'
            '<script src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>'
            '<body class="body">'
            '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">'
            '<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://%s/%s/64b7c3a0e1f2d4b6a8c9e0a2_yidmo-logo.svg" loading="lazy" alt="Їдьмо" class="logo"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/#how" class="nav-link w-nav-link">Як це працює</a><a href="/cities" class="nav-link w-nav-link">Міста</a>'
            '<a href="/help" class="nav-link w-nav-link">Допомога</a><a href="/en" class="nav-link lang w-nav-link">EN</a></nav>'
            '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
            '<section class="section-hero-small"><div class="w-container"><div class="hero-small-text">Їдьмо %s · ★ %s в App Store і Google Play</div>'
            '<div class="store-badges"><a href="https://apps.apple.com/ua/app/yidmo/id1572839011" class="w-inline-block"><img src="https://%s/%s/64b7c3a0e1f2d4b6a8c9e0b3_app-store-ua.svg" alt="App Store"/></a>'
            '<a href="https://play.google.com/store/apps/details?id=app.yidmo" class="w-inline-block"><img src="https://%s/%s/64b7c3a0e1f2d4b6a8c9e0b4_google-play-ua.png" alt="Google Play"/></a></div></div></section>'
            '<section class="section-legal"><div class="container-legal w-container">'
            '<div class="legal-lang-switch"><a href="#uk" class="lang-link w--current">Українською</a><a href="#en" class="lang-link">In English</a></div>'
            '<div id="uk" class="legal-block"><h1 class="legal-heading">%s</h1><div class="legal-rich-text w-richtext">%s</div></div>'
            '<div class="legal-divider"></div>'
            '<div id="en" class="legal-block" lang="en">%s</div>'
            '</div></section>'
            '<footer class="footer"><div class="w-container"><div class="footer-grid"><div>ТОВ «Їдьмо Тех», ЄДРПОУ 43918276</div>'
            '<div><a href="/privacy" aria-current="page" class="footer-link w--current">Конфіденційність</a><a href="/terms" class="footer-link">Умови використання</a><a href="/oferta" class="footer-link">Публічна оферта</a></div>'
            '<div>© %d Їдьмо</div></div></div></footer>'
            '<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">%s</div>'
            '<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Відхилити</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Прийняти</a></div></div></div>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="https://%s/%s/js/webflow.%s.js" type="text/javascript"></script></body></html>'
            % (s["published"], site, cdn, site, s["css"], cdn, site, cdn, site, ver, stars, cdn, site, cdn, site,
               C.inline_html(title), body, _en_html(s["en"]), when.year, COOKIES[s["cookie"]], site, cdn, site, s["css"][::-1]))


PAGE = {
    "service": "Yidmo", "url": URL, "lang": "uk", "platform": "Webflow (policy in Ukrainian then English)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Lambda-Id", "a9e4c1d2-7b3f-4e8a-9c0d-5f6e7a8b9c0d")),
    "n": 31, "start": dt.date(2021, 8, 2), "end": dt.date(2026, 2, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#uk"]},
}
