"""Трофей: a Bulgarian fishing and hunting shop (Plovdiv) on OpenCart 3.0.3.8 with a Bootstrap 3 theme, behind
Cloudflare. The policy is an OpenCart "information" page: the theme puts `heading_title` and the description in
`#content` (the declared container) and then the `content_bottom` modules, here a "Промоции" specials box
(`.box-special`: four discounted products with prices, drawn each visit) *inside* `#content`, which the declaration
removes. Also inside `#content`, not removed: Cloudflare's email obfuscation rewrites the policy's two `mailto:`
links to `/cdn-cgi/l/email-protection#<hex>` with a new key on every response (link targets only, words unchanged).
Outside: the Cloudflare Insights beacon's rayId (per request) and the top bar's seasonal notice (spring fishing
ban, hunting season, free delivery)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://trofei-shop.bg/politika-za-poveritelnost"

POLICY = """
# Политика за поверителност

Последна актуализация: {UPDATED}

„Трофей Спорт“ ЕООД (наричано по-долу „Трофей“ или „ние“) е собственик на онлайн магазина trofei-shop.bg и на магазините за риболовни и ловни принадлежности в Пловдив и Пазарджик. Настоящата политика описва как събираме, използваме и защитаваме личните Ви данни, когато пазарувате при нас онлайн или в магазин, в съответствие с Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните, ОРЗД) и Закона за защита на личните данни.

## 1. Администратор на лични данни

@ „Трофей Спорт“ ЕООД
@ ЕИК: 204512376
@ Седалище и адрес на управление: гр. Пловдив 4000, ул. „Иван Вазов“ № 38
@ Телефон: 032 64 18 90
@ Имейл: [пишете ни тук](mailto:privacy@trofei-shop.bg)

## 2. Какви данни събираме

- **При регистрация и поръчка:** име и фамилия, имейл адрес, телефон, адрес за доставка, а когато желаете фактура, и наименование на фирмата, ЕИК и адрес по регистрация.
- **При покупка на оръжие, боеприпаси и барут:** три имена, ЕГН, номер и дата на разрешителното за придобиване или за носене и съхранение, издадено от МВР, както и номер на ловния билет. Тези данни изискваме по силата на Закона за оръжията, боеприпасите, взривните вещества и пиротехническите изделия. Продажбата на такива стоки се извършва само в магазин, след проверка на документите.
- **При покупка на билет за любителски риболов:** три имена, ЕГН и адрес, които подаваме към Изпълнителната агенция по рибарство и аквакултури (ИАРА) за издаване на билета.
- **При плащане:** сума, дата и статус на плащането. Данните от банковата карта се обработват единствено от платежния оператор и не достигат до нас.
- **При посещение на сайта:** IP адрес, тип браузър, посетени страници и бисквитки.
- **Видеонаблюдение:** в търговските ни обекти има видеонаблюдение, обозначено с информационни табели.

Не събираме данни за здравословното състояние, освен ако сами не ни ги предоставите при рекламация на облекло или обувки, и не вземаме решения въз основа единствено на автоматизирано обработване.

## 3. Цели, правни основания и срокове

| Цел | Правно основание | Срок на съхранение |
| Изпълнение на поръчка и доставка | договор (чл. 6, пар. 1, б. „б“ от ОРЗД) | 5 години от поръчката |
| Издаване на фактури и счетоводство | законово задължение (Закон за счетоводството) | 10 години |
| Регистър на продадените оръжия и боеприпаси | законово задължение (ЗОБВВПИ) | срока, определен в закона |
| Издаване на билет за любителски риболов | законово задължение (Закон за рибарството и аквакултурите) | срока на валидност на билета и 1 година след него |
| Бюлетин и промоции | съгласие (чл. 6, пар. 1, б. „а“ от ОРЗД) | до оттегляне на съгласието |
| Видеонаблюдение в магазините | легитимен интерес (охрана на хората и имуществото) | 30 дни |
| Рекламации и гаранционно обслужване | законово задължение (Закон за защита на потребителите) | 5 години |

## 4. На кого предоставяме данните

Предоставяме данни само на лица, които ни помагат да изпълним поръчката Ви или на които сме длъжни по закон:

| Получател | Цел |
| „Еконт Експрес“ ООД | доставка на пратки до адрес и до офис |
| „Спиди“ АД | доставка на пратки до адрес и до офис |
| „Борика“ АД | обработка на плащания с банкова карта |
| „Изипей“ АД | плащане на каса EasyPay |
| Изпълнителна агенция по рибарство и аквакултури | издаване на билети за любителски риболов |
| „Баланс-М“ ООД | счетоводно обслужване |
| „СуперХостинг.БГ“ ЕООД | хостинг на онлайн магазина |

При поискване от компетентни органи, например МВР, НАП или съд, предоставяме данни, когато това е предвидено в закон. Не предаваме лични данни извън Европейския съюз, с изключение на услугите на Google и Meta, описани в раздел 6.

## 5. Вашите права

Имате право:

- на достъп до личните си данни и на копие от тях;
- да поискате коригиране на неточни или непълни данни;
- на изтриване, освен когато сме длъжни по закон да ги съхраняваме;
- на ограничаване на обработването;
- на преносимост на данните, които сте ни предоставили;
- да възразите срещу обработване въз основа на легитимен интерес;
- да оттеглите съгласието си по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.

Можете да упражните правата си, като [ни изпратите имейл](mailto:privacy@trofei-shop.bg) или подадете писмено искане в някой от магазините ни. Ще Ви отговорим в срок до един месец от получаване на искането.

Ако смятате, че нарушаваме правата Ви, можете да подадете жалба до надзорния орган:

@ Комисия за защита на личните даннни
@ гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2
@ Телефон: 02 915 3518
@ Уебсайт: [www.cpdp.bg](https://www.cpdp.bg)

## 6. Бисквитки

Сайтът използва:

- задължителни бисквитки, необходими за кошницата, входа в профила и избора на валута;
- аналитични бисквитки (Google Analytics), само с Ваше съгласие;
- маркетингови бисквитки (Meta Pixel и Google Ads), само с Ваше съгласие.

Можете да промените избора си по всяко време чрез връзката „Настройки на бисквитките“ в долната част на всяка страница.

## 7. Защита на данните

Данните се пренасят по криптирана връзка. Достъп до данните за оръжия и разрешителни имат само упълномощените продавачи-консултанти, а копията на документите се съхраняват в заключен шкаф в магазина. Служителите ни са преминали обучение и са подписали декларации за поверителност.

## 8. Непълнолетни

Не продаваме оръжие, боеприпаси и ножове на лица под 18 години. Регистрация в онлайн магазина могат да направят само пълнолетни лица.

## 9. Промени в политиката

Можем да променяме тази политика при промяна в законодателството или в услугите ни. Актуалната версия винаги е публикувана на тази страница, а при съществени промени ще уведомим регистрираните клиенти по имейл.
"""


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


EDITS = [
    {"note": "typo fixed: 'даннни' -> 'данни' in the supervisory authority's name (no new date)", "bump": False,
     "repl": [("@ Комисия за защита на личните даннни", "@ Комисия за защита на личните данни")]},
    {"note": "new subsection: the Трофей Клуб loyalty card",
     "repl": [("Не събираме данни за здравословното състояние,",
               "### Програма за лоялност „Трофей Клуб“\n\n"
               "Ако се включите в програмата за лоялност, обработваме името, телефона, датата на раждане и "
               "историята на покупките Ви, за да начисляваме отстъпки и да Ви изпращаме персонални предложения. "
               "Участието е доброволно и можете да се откажете по всяко време в магазин или по имейл; данните се "
               "изтриват 2 години след последната покупка с картата.\n\n"
               "Не събираме данни за здравословното състояние,")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("(охрана на хората и имуществото) | 30 дни |", "(охрана на хората и имуществото) | 14 дни |")]},
    {"note": "BOX NOW added to the recipients (parcel lockers)",
     "repl": [("| „Спиди“ АД | доставка на пратки до адрес и до офис |",
               "| „Спиди“ АД | доставка на пратки до адрес и до офис |\n"
               "| „Бокс Нау България“ ЕООД | доставка до автомати BOX NOW |")]},
    {"note": "registered office moved; new phone number",
     "repl": [("гр. Пловдив 4000, ул. „Иван Вазов“ № 38", "гр. Пловдив 4003, бул. „Марица“ № 122"),
              ("@ Телефон: 032 64 18 90", "@ Телефон: 0888 412 390")]},
]

PRODUCTS = [
    (412, "Макара Shimano Sienna 2500 FG", "Лека въртяща макара с предна аварийна спирачка.", "119.00", "catalog/products/shimano-sienna"),
    (388, "Шаранджийска въдица Trabucco 3.60 м", "Въдица от въглеродни влакна, 3 lbs.", "139.90", "catalog/products/trabucco-carp"),
    (501, "Ловно яке Seeland Avail", "Водоустойчиво, безшумна материя, камуфлаж.", "329.00", "catalog/products/seeland-avail"),
    (277, "Патрони Fiocchi 12/70 32 г", "Кутия от 25 броя, сачми № 7.", "24.90", "catalog/products/fiocchi-12-70"),
    (615, "Челник Led Lenser MH5", "400 лумена, презареждаем.", "119.00", "catalog/products/ledlenser-mh5"),
    (348, "Гащеризон за риболов Behr", "Неопренов, с ботуши, размери 41–46.", "189.00", "catalog/products/behr-waders"),
    (702, "Бинокъл Bushnell 10x42", "Водоустойчив, с азотно пълнене.", "279.00", "catalog/products/bushnell-10x42"),
    (233, "Комплект блесни Mepps Aglia", "5 броя, размери 2–4.", "34.90", "catalog/products/mepps-aglia"),
    (559, "Раница Tatonka Hunting 35", "Тиха материя, държач за оръжие.", "229.00", "catalog/products/tatonka-35"),
    (460, "Влакно Sufix 832 0.16 мм", "Плетено влакно, 150 м, зелено.", "54.90", "catalog/products/sufix-832"),
]

NOTICES = {
    "spring": "Пролетна забрана за улов на риба във вътрешните водоеми: 15 април – 31 май. Билети за риболов се продават във всички наши магазини.",
    "hunt": "Ловен сезон: нови партиди ловни патрони и облекло в магазина в Пловдив.",
    "other": "Безплатна доставка до офис на Еконт при поръчка над 100 лв.",
}


def noise(rng, when, i, prev):
    prev = prev or {}
    m = when.month
    notice = "spring" if m in (3, 4, 5) else ("hunt" if m in (8, 9, 10, 11, 12) else "other")
    specials = []
    for pid, name, desc, price, img in sorted(rng.sample(PRODUCTS, 4), key=lambda p: p[0]):
        old = float(price)
        new = round(old * (1 - rng.choice([0.1, 0.15, 0.2, 0.25, 0.3])), 1) - 0.1
        specials.append((pid, name, desc, "%.2f" % old, "%.2f" % new, img))
    return {"specials": specials, "cfkey": rng.randint(16, 255), "ray": C.hexs(rng, 16),
            "notice": notice, "cfver": C.keep_or(rng, prev.get("cfver"), 0.2,
                                                  lambda: "v%s" % C.hexs(rng, 36))}


LABELS = {"specials": "content_bottom specials box inside #content (removed by the declaration)",
          "cfkey": "Cloudflare email-protection key of the policy's mailto links (inside #content)",
          "ray": "Cloudflare Insights beacon rayId", "notice": "seasonal top-bar notice",
          "cfver": "Cloudflare beacon version"}


def cf_email(addr, key):
    return "%02x" % key + "".join("%02x" % (ord(ch) ^ key) for ch in addr)


def description(blocks, key):
    def link(url, label):
        if url.startswith("mailto:"):
            return '<a href="/cdn-cgi/l/email-protection#%s">%s</a>' % (cf_email(url[7:], key), html.escape(label))
        return '<a href="%s" target="_blank">%s</a>' % (html.escape(url), html.escape(label))

    def inl(t):
        return C.inline_html(t, link=link)
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, inl(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % inl(v))
        elif kind == "ul":
            out.append("<ul>\r\n%s\r\n</ul>" % "\r\n".join("\t<li>%s</li>" % inl(i) for i in v))
        elif kind == "table":
            head = "".join("<th>%s</th>" % inl(c) for c in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in v[1:])
            out.append('<table class="table table-bordered table-striped"><thead><tr>%s</tr></thead><tbody>%s'
                       '</tbody></table>' % (head, body))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\r\n".join(inl(l) for l in v))
    return "\r\n".join(out)


def specials_html(specials):
    items = []
    for pid, name, desc, old, new, img in specials:
        href = "https://trofei-shop.bg/index.php?route=product/product&amp;product_id=%d" % pid
        items.append("""    <div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12">
      <div class="product-thumb transition">
        <div class="image"><a href="%s"><img src="https://trofei-shop.bg/image/cache/%s-228x228.jpg" alt="%s" title="%s" class="img-responsive" /></a></div>
        <div class="caption">
          <h4><a href="%s">%s</a></h4>
          <p>%s</p>
          <p class="price">
            <span class="price-new">%sлв.</span> <span class="price-old">%sлв.</span>
            <span class="price-tax">Без ДДС: %.2fлв.</span>
          </p>
        </div>
        <div class="button-group">
          <button type="button" onclick="cart.add('%d');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Добави в количката</span></button>
          <button type="button" data-toggle="tooltip" title="Добави в желани" onclick="wishlist.add('%d');"><i class="fa fa-heart"></i></button>
          <button type="button" data-toggle="tooltip" title="Сравни продукта" onclick="compare.add('%d');"><i class="fa fa-exchange"></i></button>
        </div>
      </div>
    </div>""" % (href, img, html.escape(name), html.escape(name), href, html.escape(name), html.escape(desc), new, old,
             float(new) / 1.2, pid, pid, pid))
    return """<div class="box box-special">
  <div class="box-heading"><h3>Промоции</h3></div>
  <div class="box-content">
  <div class="row">
%s
  </div>
  </div>
</div>""" % "\n".join(items)


def render(state, blocks, when):
    title, body = blocks[0], blocks[1:]
    cats = [("ribolov", "Риболов", ["Въдици", "Макари", "Влакна", "Изкуствени примамки", "Захранки"]),
            ("lov", "Лов", ["Ловно облекло", "Патрони", "Оптика", "Ножове", "Аксесоари за оръжие"]),
            ("obleklo", "Облекло и обувки", []), ("kamping", "Къмпинг", []), ("bileti", "Билети за риболов", [])]
    menu = []
    for slug, name, subs in cats:
        if subs:
            sub = "".join('<li><a href="https://trofei-shop.bg/%s/%d">%s</a></li>' % (slug, n + 1, s)
                          for n, s in enumerate(subs))
            menu.append('<li class="dropdown"><a href="https://trofei-shop.bg/%s" class="dropdown-toggle" '
                        'data-toggle="dropdown">%s</a>\n          <div class="dropdown-menu">\n            <div class="'
                        'dropdown-inner">\n              <ul class="list-unstyled">%s</ul>\n            </div>\n'
                        '            <a href="https://trofei-shop.bg/%s" class="see-all">Всички в %s</a> </div>\n'
                        '        </li>' % (slug, name, sub, slug, name))
        else:
            menu.append('<li><a href="https://trofei-shop.bg/%s">%s</a></li>' % (slug, name))
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="bg" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="bg" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="bg">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Политика за поверителност</title>
<base href="https://trofei-shop.bg/" />
<meta name="description" content="Политика за поверителност на онлайн магазин Трофей – риболов и лов." />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="//fonts.googleapis.com/css?family=Open+Sans:400,400i,300,700&amp;subset=cyrillic" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/trofei/stylesheet/stylesheet.css" rel="stylesheet">
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
<link href="https://trofei-shop.bg/politika-za-poveritelnost" rel="canonical" />
<link href="https://trofei-shop.bg/image/catalog/favicon.png" rel="icon" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-2VQ8L1K7ZR"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-2VQ8L1K7ZR');
</script>
</head>
<body>
<div class="top-notice"><div class="container"><i class="fa fa-info-circle"></i> %(notice)s</div></div>
<nav id="top">
  <div class="container"><div class="pull-left">
  <form action="https://trofei-shop.bg/index.php?route=common/currency/currency" method="post" enctype="multipart/form-data" id="form-currency">
  <div class="btn-group">
    <button class="btn btn-link dropdown-toggle" data-toggle="dropdown"> <strong>лв.</strong> <span class="hidden-xs hidden-sm hidden-md">Валута</span>&nbsp;<i class="fa fa-caret-down"></i></button>
    <ul class="dropdown-menu">
      <li><button class="currency-select btn btn-link btn-block" type="button" name="EUR">€ Euro</button></li>
      <li><button class="currency-select btn btn-link btn-block" type="button" name="BGN">лв. Лев</button></li>
    </ul>
  </div>
  <input type="hidden" name="code" value="" />
  <input type="hidden" name="redirect" value="https://trofei-shop.bg/politika-za-poveritelnost" />
</form>
</div>
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="https://trofei-shop.bg/kontakti"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">032 64 18 90</span></li>
        <li class="dropdown"><a href="https://trofei-shop.bg/index.php?route=account/account" title="Моят профил" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Моят профил</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
            <li><a href="https://trofei-shop.bg/index.php?route=account/register">Регистрация</a></li>
            <li><a href="https://trofei-shop.bg/index.php?route=account/login">Вход</a></li>
          </ul>
        </li>
        <li><a href="https://trofei-shop.bg/index.php?route=account/wishlist" id="wishlist-total" title="Любими (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Любими (0)</span></a></li>
        <li><a href="https://trofei-shop.bg/index.php?route=checkout/cart" title="Количка"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Количка</span></a></li>
        <li><a href="https://trofei-shop.bg/index.php?route=checkout/checkout" title="Поръчка"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Поръчка</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="https://trofei-shop.bg/"><img src="https://trofei-shop.bg/image/catalog/logo-trofei.png" title="Трофей – риболов и лов" alt="Трофей – риболов и лов" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Търсене" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Зареждане..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">0 продукт(а) - 0.00лв.</span></button>
  <ul class="dropdown-menu pull-right">
        <li>
      <p class="text-center">Вашата количка е празна!</p>
    </li>
      </ul>
</div>
</div>
    </div>
  </div>
</header>
<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Категории</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
        %(menu)s
      </ul>
    </div>
  </nav>
</div>
<div id="information-information" class="container">
  <ul class="breadcrumb">
        <li><a href="https://trofei-shop.bg/"><i class="fa fa-home"></i></a></li>
        <li><a href="https://trofei-shop.bg/politika-za-poveritelnost">Политика за поверителност</a></li>
      </ul>
  <div class="row">
                <div id="content" class="col-sm-12">
      <h1>%(title)s</h1>
      %(description)s
      %(specials)s
    </div>
    </div>
</div>
<footer>
  <div class="container">
    <div class="row">
            <div class="col-sm-3">
        <h5>Информация</h5>
        <ul class="list-unstyled">
                    <li><a href="https://trofei-shop.bg/za-nas">За нас</a></li>
                    <li><a href="https://trofei-shop.bg/dostavka">Доставка и плащане</a></li>
                    <li><a href="https://trofei-shop.bg/politika-za-poveritelnost">Политика за поверителност</a></li>
                    <li><a href="https://trofei-shop.bg/obshti-usloviya">Общи условия</a></li>
                    <li><a href="https://trofei-shop.bg/prodazhba-na-oruzhie">Продажба на оръжие и боеприпаси</a></li>
                  </ul>
      </div>
            <div class="col-sm-3">
        <h5>Обслужване на клиенти</h5>
        <ul class="list-unstyled">
          <li><a href="https://trofei-shop.bg/index.php?route=information/contact">Контакти</a></li>
          <li><a href="https://trofei-shop.bg/index.php?route=account/return/add">Връщане на стоки</a></li>
          <li><a href="https://trofei-shop.bg/index.php?route=information/sitemap">Карта на сайта</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Магазини</h5>
        <ul class="list-unstyled">
          <li>Пловдив, Понеделник – Събота 9:00 – 19:00</li>
          <li>Пазарджик, Понеделник – Петък 9:30 – 18:30</li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Моят профил</h5>
        <ul class="list-unstyled">
          <li><a href="https://trofei-shop.bg/index.php?route=account/account">Моят профил</a></li>
          <li><a href="https://trofei-shop.bg/index.php?route=account/order">История на поръчките</a></li>
          <li><a href="https://trofei-shop.bg/index.php?route=account/newsletter">Бюлетин</a></li>
          <li><a href="#" class="cc-settings">Настройки на бисквитките</a></li>
        </ul>
      </div>
    </div>
    <hr>
    <p>Трофей – риболов и лов &copy; %(year)d<br>Работи с <a href="https://www.opencart.com">OpenCart</a></p>
  </div>
</footer>
<script src="catalog/view/javascript/cookieconsent/cookieconsent.min.js" type="text/javascript"></script>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script><script defer src="https://static.cloudflareinsights.com/beacon.min.js/%(cfver)s" integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6VaAw1EQ==" data-cf-beacon='{"rayId":"%(ray)s","version":"2024.11.0","r":1,"token":"5f1d8b2a9c7e4d3f8a6b1c0e2d4f6a8b","serverTiming":{"name":{"cfExtPri":true,"cfL4":true,"cfSpeedBrain":true,"cfCacheStatus":true}}}' crossorigin="anonymous"></script>
</body></html>
""" % {"notice": html.escape(NOTICES[state["notice"]]), "menu": "\n        ".join(menu),
       "title": C.inline_html(title[1]), "description": description(body, state["cfkey"]),
       "specials": specials_html(state["specials"]), "year": when.year, "cfver": state["cfver"],
       "ray": state["ray"]}


PAGE = {
    "service": "Trofei Shop",
    "url": URL,
    "lang": "bg",
    "platform": "OpenCart 3.0.3.8 (Bootstrap 3 theme) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"), ("X-Powered-By", "PHP/7.4.33")),
    "n": 29,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 12, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#content", "remove": ".box-special"},
}
