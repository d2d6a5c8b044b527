"""Хмаринка - uk vape shop (pod systems, liquids, Kyiv and Lviv stores) - Horoshop; the info page's promo banner of
the week sits INSIDE the selected article (removed)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://hmarynka.ua/polityka-konfidentsiinosti/"


def fmt_date(d):
    return "%d %s %d р." % (d.day, K.month("uk", d), d.year)


POLICY = """
# Політика конфіденційності

Редакція від {UPDATED}

Ця політика описує, як ТОВ «Хмаринка Рітейл» збирає, використовує та захищає персональні дані покупців
інтернет-магазину hmarynka.ua та наших магазинів у Києві та Львові відповідно до Закону України «Про захист
персональних даних». Електронні сигарети, рідини та нагрівачі тютюну продаються лише особам, яким виповнилося
18 років.

## Хто обробляє ваші дані

@ ТОВ «Хмаринка Рітейл», код ЄДРПОУ 43918274
@ вул. Велика Васильківська, 72, м. Київ, 03150
@ Email: [privacy@hmarynka.ua](mailto:privacy@hmarynka.ua)
@ Телефон: 0 800 33 17 42

## Які дані ми збираємо

- прізвище, ім'я, номер телефону та email;
- місто та відділення «Нової пошти» або адресу доставки;
- історію замовлень і кешбек-бали програми лояльності «Хмаринка Клуб»;
- дані про вік, які ви підтверджуєте під час оформлення замовлення;
- IP-адресу, дані браузера та файли cookie.

## Навіщо ми використовуємо дані

Ми обробляємо ваші дані, щоб оформити та доставити замовлення, нарахувати й списати бали лояльності, надіслати
SMS або Viber-повідомлення про статус замовлення, відповісти на звернення та, за вашою згодою, надсилати новини
про акції.

## Перевірка віку

Під час отримання замовлення у відділенні «Нової пошти» працівник може попросити документ, що посвідчує особу.
Якщо одержувачу немає 18 років, посилку буде повернуто, а кошти — відшкодовано.

## Кому ми передаємо дані

| Отримувач | Мета | Країна |
| ТОВ «Нова Пошта» | доставка замовлень | Україна |
| АТ «Укрпошта» | доставка замовлень | Україна |
| ТОВ «Хорошоп» | робота інтернет-магазину | Україна |
| LiqPay (АТ КБ «ПриватБанк») | онлайн-оплата | Україна |
| TurboSMS | SMS-розсилки | Україна |

## Скільки ми зберігаємо дані

Дані про замовлення зберігаємо 3 роки. Дані облікового запису — доки ви його не видалите. Бали лояльності
згорають через 6 місяців без покупок.

## Ваші права

Ви маєте право знати, які ваші дані ми обробляємо, вимагати їх виправлення чи видалення, відкликати згоду та
звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини.
"""

EDITS = [
    {"note": "SMS provider replaced: TurboSMS -> eSputnik (SMS and Viber)",
     "repl": [("| TurboSMS | SMS-розсилки | Україна |", "| eSputnik | SMS і Viber-розсилки | Україна |")]},
    {"note": "order retention 3 -> 5 years",
     "repl": [("Дані про замовлення зберігаємо 3 роки.", "Дані про замовлення зберігаємо 5 років.")]},
    {"note": "payment row added: monobank (Universal Bank) 'Покупка частинами'",
     "repl": [("| eSputnik |", "| АТ «Універсал Банк» (monobank) | оплата частинами | Україна |\n| eSputnik |")]},
    {"note": "new section: video surveillance in the stores",
     "repl": [("## Ваші права", "## Відеоспостереження\n\nУ наших магазинах ведеться відеоспостереження. Записи "
               "зберігаються до 14 днів і використовуються лише для безпеки персоналу та покупців.\n\n## Ваші права")]},
    {"note": "second phone number added (no new date)", "bump": False,
     "repl": [("@ Телефон: 0 800 33 17 42", "@ Телефон: 0 800 33 17 42, +380 67 218 40 55")]},
    {"note": "Ukrposhta row removed; loyalty-points expiry sentence reworded",
     "repl": [("| АТ «Укрпошта» | доставка замовлень | Україна |\n", ""),
              ("згорають через 6 місяців без покупок.", "згорають, якщо протягом 6 місяців ви не зробили жодної "
               "покупки.")]},
]

PROMOS = ["-15% на всі рідини Chaser цього тижня", "Подарунок до кожного Vaporesso XROS", "Кешбек x2 на картриджі",
          "Знижка 20% на сольові рідини 30 мл", "Безкоштовна доставка від 800 грн", "3 рідини за ціною 2"]
DEPLOYS = K.deploys("hmarynka", dt.date(2021, 9, 1), 40, 36)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tok": C.alnum(rng, 40), "sess": C.hexs(rng, 26)}
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.7, lambda: rng.randrange(len(PROMOS)))
    s["asset"] = K.deploy(DEPLOYS, when)
    loc = K.local(when, 120)
    s["ship"] = "today" if loc.hour < 16 and loc.weekday() < 6 else "tomorrow"
    s["alert"] = (dt.date(2022, 10, 10) <= when.date() <= dt.date(2023, 2, 28)
                  or dt.date(2024, 5, 20) <= when.date() <= dt.date(2024, 8, 31))
    return s


LABELS = {"tok": "CSRF _token per request", "sess": "session id in analytics script",
          "promo": "'Акція тижня' promo banner INSIDE the article", "asset": "/_assets/ bundle hash per deploy",
          "ship": "header shipping teaser (today / tomorrow)", "alert": "power-outage / air-raid delivery notice bar"}


def render(s, blocks, when):
    title, rest = blocks[0], blocks[1:]
    k = s["promo"]
    promo = ('<div class="promo-banner j-promo-banner" data-id="%d"><a href="/aktsii/%d/"><img src="/content/'
             'banners/%s.webp" alt=""><span class="promo-banner__title">Акція тижня</span><span class="promo-banner__'
             'text">%s</span></a></div>' % (k + 100, k + 100, C.det_sha(PROMOS[k])[:12], C.esc(PROMOS[k])))
    body = C.render_blocks(rest, tags={"table": ' class="table"'})
    ship = ("Відправимо сьогодні «Новою поштою», якщо замовите до 16:00" if s["ship"] == "today"
            else "Відправимо завтра «Новою поштою»")
    alert = ('<div class="notice-bar notice-bar--warning">Через відключення електроенергії та повітряні тривоги '
             'відправлення можуть затримуватися. Дякуємо за розуміння!</div>' if s["alert"] else "")
    a = s["asset"]
    return ('<!DOCTYPE html>\n<html lang="uk">\n<head>\n<meta charset="UTF-8">\n'
            '<title>Політика конфіденційності — Хмаринка</title>\n<meta name="csrf-token" content="%s">\n'
            '<link rel="stylesheet" href="/_assets/%s/css/styles.min.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];window.SESSION_ID="%s";</script>\n</head>\n'
            '<body class="page-info">\n%s<div class="wrapper">\n<header class="header"><div class="header__top">'
            '<div class="header__shipping">%s</div><div class="header__phones"><a href="tel:0800331742">0 800 33 17 42'
            '</a></div></div><div class="header__main"><a class="header__logo" href="/"><img src="/content/logo.svg" '
            'alt="Хмаринка"></a><nav class="catalog-menu j-catalog-menu"><ul><li><a href="/pod-systemy/">Под-'
            'системи</a></li><li><a href="/ridyny/">Рідини</a></li><li><a href="/kartrydzhi/">Картриджі</a></li><li>'
            '<a href="/magazyny/">Магазини</a></li><li><a href="/khmarynka-klub/">Хмаринка Клуб</a></li></ul></nav>'
            '</div></header>\n<div class="layout"><div class="breadcrumbs"><a href="/">Головна</a> / <span>Політика '
            'конфіденційності</span></div>\n<div class="layout__content">\n<article class="article">\n<h1 class="h1">'
            '%s</h1>\n%s\n<div class="text">%s</div>\n</article>\n</div></div>\n'
            '<footer class="footer"><div class="footer__copy">© 2019–%d Хмаринка. Продаж лише особам від 18 років.'
            '</div><div class="footer__made"><a href="https://horoshop.ua/" rel="nofollow">Створено на Хорошоп</a>'
            '</div></footer>\n</div>\n<div class="age-verify j-age-verify" hidden><p>Вам вже виповнилося 18 років?'
            '</p><button class="btn j-age-yes">Так</button><button class="btn btn--ghost j-age-no">Ні</button></div>\n'
            '<form class="j-callback-form" hidden><input type="hidden" name="_token" value="%s"></form>\n'
            '<script src="/_assets/%s/js/app.min.js" defer></script>\n</body>\n</html>\n'
            % (s["tok"], a, s["sess"], alert, ship, C.inline_html(title[1]), promo, body, when.year, s["tok"], a))


PAGE = {
    "service": "Khmarynka", "url": URL, "lang": "uk-UA", "platform": "Horoshop",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 4, 1), "hours": (4, 8, 10, 15, 20),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.article"], "remove": [".promo-banner"]},
}
