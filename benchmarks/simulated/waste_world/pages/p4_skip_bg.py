"""Kontejneri Sofia (Bulgarian skip hire and construction-waste removal), WordPress with WPBakery Page Builder
(js_composer) on a ThemeForest theme, WooCommerce for skip orders, Viber chat button. Volatile INSIDE the selected
.vc_row area: an order CTA box (.skip-cta) with today's free skips counter and the price from (leva, then leva and
euro from August 2025, euro only from January 2026), removed by the declaration. Outside: WooCommerce cart fragment
hash and wc nonce, js_composer ?ver, the weather-based 'storm' notice."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://kontejneri-sofia.bg/politika-za-poveritelnost/"


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


POLICY = """
# Политика за поверителност

Последна актуализация: {UPDATED}

„Контейнери София“ ЕООД предоставя под наем контейнери за строителни и едрогабаритни отпадъци, извозва отпадъци от ремонти и събаряне и предава отпадъците за оползотворяване на лицензирани площадки. Тази политика описва как обработваме личните данни на клиентите, посетителите на сайта и лицата, които ни се обаждат.

## Администратор на лични данни

@ „Контейнери София“ ЕООД, ЕИК 204567891
@ гр. София 1528, ул. „Искърско шосе“ 7
@ тел. 0888 123 456
@ имейл: [gdpr@kontejneri-sofia.bg](mailto:gdpr@kontejneri-sofia.bg)

## Какви данни събираме

- име, телефон и имейл на лицето, което поръчва контейнера;
- адрес на обекта, на който се поставя контейнерът, и снимка на мястото, ако ни я изпратите;
- данни за фактуриране: име на фирма, ЕИК, МОЛ и адрес;
- номер на разрешението от районната администрация за поставяне на контейнер на улицата;
- записи от GPS системата на камионите, които показват кога контейнерът е доставен и извозен.

## За какво използваме данните

Използваме данните, за да приемем и изпълним поръчката, да доставим и извозим контейнера, да издадем фактура и да водим отчетност на отпадъците съгласно Закона за управление на отпадъците. Данните за превозените отпадъци подаваме в Националната информационна система за отпадъците (НИСО).

Ако сте се съгласили, ще ви изпращаме SMS с напомняне за края на срока на наема.

## На кого предаваме данни

| Получател | Цел | Държава |
| СуперХостинг.БГ ЕООД | Хостинг на сайта | България |
| Микроинвест ООД | Счетоводен софтуер | България |
| Mobica Telematics | GPS проследяване на камионите | България |
| Rakuten Viber | Чат с клиенти | Люксембург |

Данни предаваме и на държавни органи, когато законът го изисква, например на РИОСВ и на Столична община.

## Срок на съхранение

Фактурите и свързаните с тях данни пазим 10 години съгласно Закона за счетоводството. Данните от GPS системата пазим 6 месеца. Снимките на обектите изтриваме след приключване на поръчката.

## Вашите права

Имате право на достъп, коригиране, изтриване и ограничаване на обработването, право на преносимост и право на възражение. Можете да подадете жалба до Комисията за защита на личните данни, гр. София 1592, бул. „Проф. Цветан Лазаров“ 2.

## Бисквитки

Сайтът използва бисквитки за работа на количката за поръчки и, с ваше съгласие, Google Analytics и Meta Pixel.
"""

EDITS = [
    {"note": "processor added: Speedy (delivery of skip bags)",
     "repl": [("| Rakuten Viber | Чат с клиенти | Люксембург |",
               "| Rakuten Viber | Чат с клиенти | Люксембург |\n"
               "| Спиди АД | Доставка на чували тип биг бег | България |")]},
    {"note": "GPS retention 6 -> 12 months",
     "repl": [("Данните от GPS системата пазим 6 месеца.", "Данните от GPS системата пазим 12 месеца.")]},
    {"note": "phone number changed",
     "repl": [("@ тел. 0888 123 456", "@ тел. 0700 20 345")]},
    {"note": "wording fixed ('събаряне' -> 'разрушаване'), no new date", "bump": False,
     "repl": [("от ремонти и събаряне", "от ремонти и разрушаване")]},
    {"note": "Meta Pixel removed from cookies sentence",
     "repl": [("Google Analytics и Meta Pixel.", "Google Analytics.")]},
    {"note": "new section: video surveillance at the yard",
     "repl": [("## Вашите права", "## Видеонаблюдение\n\nНа площадката ни на ул. „Искърско шосе“ 7 има "
               "видеонаблюдение. Записите се пазят 30 дни и се използват само за охрана.\n\n## Вашите права")]},
]

STORM = [(dt.date(2023, 1, 16), dt.date(2023, 1, 22)), (dt.date(2024, 7, 14), dt.date(2024, 7, 20)),
         (dt.date(2025, 12, 1), dt.date(2025, 12, 9))]


def price(when, rng):
    lev = rng.choice([180, 190, 200, 220])
    if when.date() >= dt.date(2026, 1, 1):
        return "от %.2f €" % (lev / 1.95583)
    if when.date() >= dt.date(2025, 8, 8):
        return "от %d лв. / %.2f €" % (lev, lev / 1.95583)
    return "от %d лв." % lev


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"wc": (C.hexs(rng, 10), C.hexs(rng, 32))}
    s["free"] = rng.randint(0, 14)
    s["price"] = C.keep_or(rng, prev.get("price"), 0.3, lambda: price(when, rng))
    if when.date() >= dt.date(2025, 8, 8) and "€" not in s["price"]:
        s["price"] = price(when, rng)
    if when.date() >= dt.date(2026, 1, 1) and "лв" in s["price"]:
        s["price"] = price(when, rng)
    s["vc"] = C.versioned([(dt.date(2021, 1, 1), "6.7.0"), (dt.date(2022, 10, 1), "6.10.0"),
                           (dt.date(2023, 9, 1), "7.0"), (dt.date(2024, 9, 1), "7.8"), (dt.date(2025, 6, 1), "8.4.1")],
                          when)
    s["storm"] = any(a <= when.date() <= b for a, b in STORM)
    return s


LABELS = {"wc": "WooCommerce cart-fragments hash and store-api nonce", "free": "INSIDE: free skips today (removed)",
          "price": "INSIDE: CTA price from (removed)", "vc": "js_composer ?ver", "storm": "weather notice bar"}


def render(s, blocks, when):
    lt, _ = K.local(when, "bg")
    cut = next(n for n, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("За какво"))
    first = K.render_blocks(blocks[:cut])
    rest = K.render_blocks(blocks[cut:])
    col = '<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">%s</div></div>'
    cta = ('<div class="skip-cta vc_cta3-container"><div class="vc_general vc_cta3 vc_cta3-color-green"><h4>Поръчайте '
           'контейнер днес</h4><p>Свободни контейнери за днес: <strong>%d</strong> · Цена %s</p><a class="vc_btn3" '
           'href="/poruchka/">Поръчай</a></div></div>' % (s["free"], K.esc(s["price"])))
    storm = ('<div class="top-notice">Поради лошото време е възможно забавяне на доставките.</div>'
             if s["storm"] else "")
    h, nonce = s["wc"]
    return """<!DOCTYPE html>
<html lang="bg-BG">
<head>
<meta charset="UTF-8">
<title>Политика за поверителност &#8211; Контейнери София</title>
<link rel="stylesheet" id="js_composer_front-css" href="https://kontejneri-sofia.bg/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=%(vc)s" media="all">
<link rel="stylesheet" id="woocommerce-general-css" href="https://kontejneri-sofia.bg/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.2.1" media="all">
<script id="wc-cart-fragments-js-extra">var wc_cart_fragments_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","cart_hash_key":"wc_cart_hash_%(h)s","fragment_name":"wc_fragments_%(h)s","request_timeout":"5000"};</script>
<script>var wcSettings = {"storeApiNonce":"%(nonce)s"};</script>
</head>
<body class="privacy-policy page-template-default page page-id-3 theme-bauer woocommerce-no-js wpb-js-composer js-comp-ver-%(vc)s vc_responsive">
%(storm)s
<header id="masthead" class="site-header"><div class="container"><a class="logo" href="/"><img src="/wp-content/uploads/2020/05/logo-kontejneri.png" alt="Контейнери София"></a>
<ul id="menu-main" class="menu"><li><a href="/kontejneri/">Контейнери</a></li><li><a href="/ceni/">Цени</a></li><li><a href="/izvozvane/">Извозване на отпадъци</a></li><li><a href="/kontakti/">Контакти</a></li></ul>
<a class="header-phone" href="tel:0888123456">0888 123 456</a></div></header>
<div id="main" class="site-main"><div class="container"><div class="entry-content">
<div class="vc_row wpb_row vc_row-fluid policy-row"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
%(first)s
%(cta)s
%(rest)s
</div></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="container"><p>© %(year)d Контейнери София ЕООД. Всички права запазени.</p></div></footer>
<a class="viber-chat-button" href="viber://chat?number=%%2B359888123456">Viber</a>
<script src="https://kontejneri-sofia.bg/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=%(vc)s"></script>
</body>
</html>
""" % {"vc": s["vc"], "h": h, "nonce": nonce, "storm": storm, "first": col % first, "cta": cta,
       "rest": col % rest, "year": lt.year}


PAGE = {
    "service": "Kontejneri Sofia", "url": URL, "lang": "bg", "platform": "WordPress + WPBakery + WooCommerce",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 6, 15), "hours": (0, 2, 4),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".policy-row .vc_column-inner"],
                    "remove": [".skip-cta"]},
}
