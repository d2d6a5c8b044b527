"""Ukrainian parcel carrier (Shvydka Poshta) on Nuxt 3 (SSR).

Well-built page. Common noise: /_nuxt/ hashed chunks and buildId after each deploy, __NUXT_DATA__ payload
with a per-visit request id and IP-geolocated city, Cloudflare beacon token, rotating promo banner in the
header, copyright year. One template redesign (new Vue components, new class names, no text change) on
REDESIGN: the declaration's history keeps the old selectors until then.
"""
import datetime as dt
import json

import common as C

URL = "https://shvydkaposhta.ua/uk/privacy-policy"
REDESIGN = dt.datetime(2023, 10, 3)
REDESIGN_ISO = "2023-10-03T00:00:00Z"

MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
              "жовтня", "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d року" % (d.day, MONTHS_GEN[d.month - 1], d.year)


POLICY = """# Політика конфіденційності

Редакція від {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «Швидка Пошта» (далі – «Компанія», «ми») збирає, використовує та захищає персональні дані клієнтів, які відправляють і отримують відправлення, користуються сайтом shvydkaposhta.ua, мобільним застосунком та поштоматами Компанії. Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних» та, у відповідних випадках, Загального регламенту ЄС про захист даних (GDPR).

## 1. Володілець персональних даних

Володільцем персональних даних є ТОВ «Швидка Пошта», код ЄДРПОУ 41827364, місцезнаходження: 03150, м. Київ, вул. Велика Васильківська, 139. З питань обробки персональних даних ви можете звернутися на адресу privacy@shvydkaposhta.ua або за телефоном контакт-центру 0 800 30 45 45.

## 2. Які дані ми обробляємо

Залежно від того, як ви користуєтеся нашими послугами, ми можемо обробляти такі категорії даних:

- прізвище, ім’я та по батькові відправника й одержувача, номер мобільного телефону;
- адреса доставки, номер відділення або поштомата;
- опис вмісту відправлення, оголошена вартість, вага та габарити;
- дані документа, що посвідчує особу, під час видачі відправлень з оголошеною вартістю понад 5000 гривень;
- історія відправлень, дані про оплату та накладений платіж;
- дані облікового запису в застосунку, ідентифікатор пристрою та налаштування сповіщень;
- технічні дані: IP-адреса, тип браузера, файли cookie та відомості про використання сайту.

Більшість даних ми отримуємо безпосередньо від вас під час оформлення відправлення у відділенні, на сайті чи в застосунку. Дані одержувача зазвичай надає відправник, тому він зобов’язаний переконатися, що має право передати нам ці дані. Якщо ви оформлюєте відправлення від імені юридичної особи, ми обробляємо також дані представника, зазначені в договорі.

## 3. Мета обробки

Ми використовуємо персональні дані для того, щоб:

- укласти та виконати договір про надання послуг з доставки відправлень;
- інформувати вас про статус відправлення SMS-повідомленнями, push-сповіщеннями або у месенджерах;
- здійснювати розрахунки, зокрема переказ коштів за накладеним платежем;
- розглядати претензії та звернення, а також забезпечувати якість обслуговування;
- виконувати вимоги податкового, митного та валютного законодавства;
- за вашою згодою надсилати інформацію про акції та нові послуги.

## 4. Передача даних третім особам

Ми не продаємо ваші персональні дані. Ми можемо передавати їх лише в обсязі, необхідному для надання послуг: партнерам з доставки «останньої милі», банкам і платіжним сервісам для переказу коштів, операторам SMS-розсилок, а також митним органам у разі міжнародних відправлень. Дані також можуть бути передані органам державної влади на їхній законний запит.

Для міжнародних відправлень дані відправника й одержувача передаються поштовим та кур’єрським операторам країни призначення в обсязі, необхідному для митного оформлення та доставки.

## 5. Строк зберігання

Дані про відправлення зберігаються протягом 3 років з моменту їх доставки, якщо довший строк не вимагається законодавством. Записи розмов з контакт-центром зберігаються 6 місяців. Дані облікового запису зберігаються до його видалення вами, а після видалення знеособлюються протягом 30 днів.

## 6. Захист даних

Ми застосовуємо організаційні та технічні заходи захисту: шифрування з’єднань, розмежування доступу працівників, журналювання дій з персональними даними та регулярний аудит інформаційних систем. Доступ до даних мають лише працівники, яким він потрібен для виконання службових обов’язків.

## 7. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право знати, які дані про вас обробляються, отримувати доступ до них, вимагати їх виправлення або видалення, відкликати згоду на обробку, заперечувати проти обробки, а також звертатися зі скаргами до Уповноваженого Верховної Ради України з прав людини або до суду.

Ми не ухвалюємо щодо вас рішень, які ґрунтуються виключно на автоматизованій обробці та мають для вас юридичні наслідки.

Щоб скористатися своїми правами, надішліть запит на privacy@shvydkaposhta.ua. Ми відповімо протягом 30 календарних днів.

## 8. Файли cookie

Сайт використовує файли cookie, необхідні для його роботи, а також аналітичні та рекламні cookie, які встановлюються лише за вашою згодою. Керувати згодою можна в налаштуваннях cookie внизу сторінки.

## 9. Зміни до Політики

Ми можемо оновлювати цю Політику. Нова редакція набирає чинності з моменту її опублікування на сайті, якщо інше не передбачено в самій редакції.
"""

EDITS = [
    {"note": "retention of shipment data extended from 3 to 5 years",
     "repl": [("зберігаються протягом 3 років з моменту їх доставки", "зберігаються протягом 5 років з моменту їх доставки")]},
    {"note": "new section on CCTV in branches and parcel lockers",
     "repl": [("## 6. Захист даних", """## 6. Відеоспостереження

У відділеннях, на сортувальних терміналах та на поштоматах Компанії ведеться відеоспостереження з метою захисту майна, безпеки клієнтів і працівників та розгляду претензій щодо відправлень. Про відеоспостереження повідомляють відповідні знаки. Записи зберігаються до 30 днів, а у разі розгляду претензії чи інциденту – до його завершення.

## 7. Захист даних"""),
              ("## 7. Ваші права", "## 8. Ваші права"), ("## 8. Файли cookie", "## 9. Файли cookie"),
              ("## 9. Зміни до Політики", "## 10. Зміни до Політики")]},
    {"note": "new data category: Diia app data for identification at pickup",
     "repl": [("- дані документа, що посвідчує особу, під час видачі відправлень з оголошеною вартістю понад 5000 гривень;",
               "- дані документа, що посвідчує особу, під час видачі відправлень з оголошеною вартістю понад 5000 гривень, зокрема цифрового документа у застосунку «Дія»;")]},
    {"note": "edition date bumped alone", "repl": []},
    {"note": "international transfers: new paragraph on the Polish subsidiary",
     "repl": [("в обсязі, необхідному для митного оформлення та доставки.",
               "в обсязі, необхідному для митного оформлення та доставки.\n\nДля доставки відправлень до країн Європейського Союзу ми передаємо дані нашій дочірній компанії Shvydka Poshta Polska sp. z o.o. (Варшава, Польща), яка обробляє їх відповідно до GDPR.")]},
]

PROMOS = ["Відправляйте посилки до 30 кг за єдиним тарифом", "Доставка в Польщу від 3 днів",
          "Нові поштомати у вашому місті", "Кешбек 10% за першу відправку в застосунку",
          "Безкоштовне пакування документів", "Відстежуйте відправлення в Telegram"]
CITIES = ["Київ", "Львів", "Харків", "Одеса", "Дніпро", "Вінниця", "Полтава", "Ужгород", "Чернівці"]

_chunks = ["C7fH1kQp", "D2mZp9Lx", "Bq3xY7aZ", "CkT0b2Rw", "DlW8qYeS", "B1nU4VfM"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, p.get("build"), 0.25,
                           lambda: {"id": C.uuid4(rng), "entry": C.alnum(rng, 8), "css": C.alnum(rng, 8),
                                    "page": C.alnum(rng, 8), "vendor": C.alnum(rng, 8)})
    s["req"] = C.uuid4(rng)
    s["city"] = rng.choice(CITIES)
    s["cfbeacon"] = C.hexs(rng, 32)
    s["promo"] = rng.choice(PROMOS)
    s["template"] = 2 if when >= REDESIGN else 1
    s["year"] = when.year
    return s


LABELS = {"build": "Nuxt deploy (buildId, hashed /_nuxt/ chunks)", "req": "__NUXT_DATA__ request id",
          "city": "geolocated city in __NUXT_DATA__ and header", "cfbeacon": "Cloudflare insights beacon token",
          "promo": "rotating header promo", "template": "TEMPLATE REDESIGN (new components/classes, no text change)",
          "year": "copyright year"}


def body_v1(blocks, dv):
    return "".join('<!--[-->%s<!--]-->' % C.block_html(b).replace(">", " %s>" % dv, 1) for b in blocks)


def render(s, blocks, when):
    b = s["build"]
    title = blocks[0][1]
    rest = blocks[1:]
    payload = json.dumps([["ShallowReactive", 1], {"data": 2, "state": 4, "once": 8, "_errors": 9, "serverRendered": 11, "path": 12, "pinia": 13},
                          ["ShallowReactive", 3], {"legal-privacy-policy": 14}, ["Reactive", 5], {"$sgeo": 6, "$srequestId": 7},
                          {"city": s["city"], "country": "UA"}, s["req"], ["Set"], ["ShallowReactive", 10], {"legal-privacy-policy": None},
                          True, "/uk/privacy-policy", {"cart": {"items": []}, "user": None, "locale": "uk"},
                          {"slug": "privacy-policy", "seo": {"title": "Політика конфіденційності | Швидка Пошта", "noindex": False}}],
                         ensure_ascii=False, separators=(",", ":"))
    if s["template"] == 1:
        dv = "data-v-4a1c2e6f"
        main = f"""<main class="page-main" data-v-0d8b3a52><div class="container" {dv}><nav class="breadcrumbs" {dv}><a href="/uk" class="breadcrumbs__link" {dv}>Головна</a><span class="breadcrumbs__sep" {dv}>/</span><span class="breadcrumbs__current" {dv}>Політика конфіденційності</span></nav><article class="legal-page" {dv}><h1 class="legal-page__title" {dv}>{C.inline_html(title)}</h1><div class="legal-page__content" {dv}>{body_v1(rest, dv)}</div><a class="legal-page__pdf" href="/docs/privacy-policy.pdf" target="_blank" {dv}>Завантажити PDF</a></article></div></main>"""
        header = f"""<header class="header" data-v-7e21c9b0><div class="header__promo" data-v-7e21c9b0>{s['promo']}</div><div class="header__inner container" data-v-7e21c9b0><a href="/uk" class="header__logo" aria-label="Швидка Пошта" data-v-7e21c9b0><svg width="148" height="32" data-v-7e21c9b0><use href="#logo"></use></svg></a><nav class="header__nav" data-v-7e21c9b0><a href="/uk/tracking" data-v-7e21c9b0>Відстежити</a><a href="/uk/send" data-v-7e21c9b0>Відправити</a><a href="/uk/branches" data-v-7e21c9b0>Відділення</a><a href="/uk/business" data-v-7e21c9b0>Бізнесу</a></nav><span class="header__city" data-v-7e21c9b0>{s['city']}</span><a href="/uk/login" class="btn btn--outline" data-v-7e21c9b0>Увійти</a></div></header>"""
    else:
        body = "".join(C.block_html(b, {"h2": "document__h2", "p": "document__p", "ul": "document__list", "ol": "document__list document__list--ordered"}) for b in rest)
        main = f"""<main id="main" class="layout-main"><!--[--><section class="document"><div class="document__container"><header class="document__header"><ol class="crumbs"><li class="crumbs__item"><a href="/uk">Головна</a></li><li class="crumbs__item" aria-current="page">Політика конфіденційності</li></ol><h1 class="document__title">{C.inline_html(title)}</h1><div class="document__actions"><a class="ui-button ui-button--ghost ui-button--sm" href="/docs/privacy-policy.pdf" download><span class="ui-icon ui-icon--download"></span>Завантажити PDF</a><button class="ui-button ui-button--ghost ui-button--sm" type="button" onclick="window.print()"><span class="ui-icon ui-icon--print"></span>Друкувати</button></div></header><div class="document__body prose">{body}</div></div></section><!--]--></main>"""
        header = f"""<div class="promo-strip"><p class="promo-strip__text">{s['promo']}</p></div><header class="app-header"><div class="app-header__container"><a href="/uk" class="app-header__logo" aria-label="Швидка Пошта"><img src="/_nuxt/logo.{b['css'][:6].lower()}.svg" width="152" height="34" alt=""></a><nav class="app-header__menu"><ul><li><a href="/uk/tracking">Відстежити</a></li><li><a href="/uk/send">Відправити</a></li><li><a href="/uk/branches">Відділення і поштомати</a></li><li><a href="/uk/business">Бізнесу</a></li></ul></nav><button class="app-header__city" type="button"><span class="ui-icon ui-icon--pin"></span>{s['city']}</button><a href="/uk/login" class="ui-button ui-button--primary">Особистий кабінет</a></div></header>"""
    return f"""<!DOCTYPE html><html lang="uk" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Політика конфіденційності | Швидка Пошта</title>
<link rel="stylesheet" href="/_nuxt/entry.{b['css']}.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{b['entry']}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{b['page']}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{b['vendor']}.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/sprite.{b['css'][:7]}.svg">
<script type="module" src="/_nuxt/{b['entry']}.js" crossorigin></script>
<meta name="description" content="Як Швидка Пошта обробляє та захищає ваші персональні дані">
<meta property="og:title" content="Політика конфіденційності | Швидка Пошта">
<link rel="alternate" hreflang="en" href="https://shvydkaposhta.ua/en/privacy-policy">
<link rel="alternate" hreflang="uk" href="https://shvydkaposhta.ua/uk/privacy-policy">
<link rel="canonical" href="{URL}"></head><body><div id="__nuxt"><div class="app">{header}{main}<footer class="app-footer"><div class="app-footer__container"><div class="app-footer__contacts"><a href="tel:0800304545">0 800 30 45 45</a><span>Безкоштовно по Україні</span></div><ul class="app-footer__links"><li><a href="/uk/terms">Публічний договір</a></li><li><a href="/uk/privacy-policy">Політика конфіденційності</a></li><li><a href="/uk/cookies">Налаштування cookie</a></li></ul><p class="app-footer__copy">© 2017–{s['year']} ТОВ «Швидка Пошта»</p></div></footer></div></div><div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">{payload}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{apiBase:"https://api.shvydkaposhta.ua/v2",gtmId:"GTM-5WQ8P3M",i18n:{{baseUrl:"https://shvydkaposhta.ua",defaultLocale:"uk"}}}},app:{{baseURL:"/",buildId:"{b['id']}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
<script defer src="https://static.cloudflareinsights.com/beacon.min.js/v84a3a4012de94ce1a686ba8c167c359c1696973893317" integrity="sha512-euoFGowhlaLqXsPWQ48qSkBSCFs3DPRyiwVu3FjR96cMPx+Fr+gpWRhIafcHwqwCqWS42RZhIudOvEI+Ckf6MA==" data-cf-beacon='{{"rayId":"{s['cfbeacon'][:16]}","version":"2024.3.0","token":"{s['cfbeacon']}","r":1,"server_timing":{{"name":{{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true}},"location_startswith":null}}}}' crossorigin="anonymous"></script>
</body></html>"""


PAGE = {
    "service": "Shvydka Poshta",
    "url": URL,
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC")],
    "n": 33,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2024, 12, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".document__title", ".document__body"],
    },
    "history": [{
        "fetch": URL,
        "select": [".legal-page__title", ".legal-page__content"],
        "validUntil": REDESIGN_ISO,
    }],
}
