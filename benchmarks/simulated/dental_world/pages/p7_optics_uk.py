"""Optyka Pohliad (Оптика «Погляд», Ukrainian optician chain with an online shop for frames, sunglasses and contact
lenses), OpenCart 3.0.3.8 with a child of the default theme. The policy is an information page: OpenCart prints the
content_top modules, the h1 and the description (Summernote HTML, without a wrapper) straight into #content, then the
content_bottom modules; here a banner slideshow above (with its inline Swiper script) and the Bestsellers module
below (its h3 and .row also bare children of #content)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# Політика конфіденційності

Дата останнього оновлення: {UPDATED}

Ця Політика конфіденційності визначає порядок обробки та захисту персональних даних покупців інтернет-магазину pohliad.ua та клієнтів салонів мережі «Оптика Погляд». Оформлюючи замовлення, записуючись на перевірку зору або реєструючись на сайті, ви погоджуєтеся з умовами цієї Політики. Обробка персональних даних здійснюється відповідно до Закону України «Про захист персональних даних».

## 1. Володілець персональних даних

Володільцем ваших персональних даних є ТОВ «Оптика Погляд» (код ЄДРПОУ 41852307), місцезнаходження: 01033, м. Київ, вул. Саксаганського, 58, офіс 12. Електронна пошта для звернень щодо персональних даних: [privacy@pohliad.ua](mailto:privacy@pohliad.ua).

## 2. Які дані ми обробляємо

- прізвище, ім'я, по батькові;
- номер телефону та адреса електронної пошти;
- адреса доставки або номер відділення служби доставки;
- дані рецепта на окуляри чи контактні лінзи (діоптрії, астигматизм, міжзіничну відстань), якщо ви їх надаєте;
- результати перевірки зору в наших салонах;
- історія замовлень і бонусний рахунок програми лояльності;
- технічні дані: IP-адреса, тип браузера, файли cookie.

## 3. Мета обробки

Ми обробляємо персональні дані для оформлення та доставки замовлень, виготовлення окулярів за рецептом, запису на перевірку зору, ведення програми лояльності, надсилання інформації про стан замовлення, а також – за вашою згодою – для надсилання інформації про акції та новинки.

## 4. Передача даних третім особам

Ми не продаємо і не передаємо ваші персональних дані третім особам, крім випадків, необхідних для виконання замовлення:

- ТОВ «Нова Пошта» – для доставки замовлень;
- АТ КБ «ПриватБанк» (сервіс LiqPay) – для приймання онлайн-оплати;
- ТОВ «Бінотел» – для обробки дзвінків до контакт-центру;
- ТОВ «Есп'ютнік» (eSputnik) – для розсилки листів і SMS;
- Google Ireland Limited (Google Analytics) – для аналізу відвідуваності сайту.

Дані також можуть бути передані органам державної влади у випадках, передбачених законодавством України.

## 5. Строки зберігання

Дані про замовлення та дані рецептів зберігаються протягом 3 років з дати останнього замовлення. Якщо ви відкликаєте згоду на отримання розсилок, ми припиняємо використовувати ваші контактні дані з цією метою протягом 10 робочих днів.

## 6. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право знати про джерела збирання та місцезнаходження своїх персональних даних, отримувати інформацію про умови доступу до них, вимагати виправлення або знищення своїх даних, відкликати згоду на обробку та звертатися зі скаргами до Уповноваженого Верховної Ради України з прав людини або до суду.

Щоб скористатися своїми правами, напишіть нам на електронну пошту [privacy@pohliad.ua](mailto:privacy@pohliad.ua) або зверніться до будь-якого салону мережі. Ми відповімо протягом 30 календарних днів.

## 7. Файли cookie

Сайт використовує файли cookie для збереження кошика, входу в особистий кабінет та аналізу відвідуваності. Ви можете вимкнути cookie в налаштуваннях браузера, проте деякі функції сайту можуть стати недоступними.

## 8. Контакти

З питань щодо цієї Політики звертайтеся за телефоном 0 800 33 12 45 (безкоштовно по Україні) або електронною поштою.
"""

EDITS = [
    {"note": "delivery processor added to the list: Ukrposhta",
     "repl": [("- ТОВ «Нова Пошта» – для доставки замовлень;",
               "- ТОВ «Нова Пошта» та АТ «Укрпошта» – для доставки замовлень;")]},
    {"note": "typo fixed (персональних -> персональні), date unchanged", "bump": False,
     "repl": [("не передаємо ваші персональних дані", "не передаємо ваші персональні дані")]},
    {"note": "list item added: monobank 'Pay in parts' instalments",
     "repl": [("- АТ КБ «ПриватБанк» (сервіс LiqPay) – для приймання онлайн-оплати;",
               "- АТ КБ «ПриватБанк» (сервіс LiqPay) – для приймання онлайн-оплати;\n"
               "- АТ «Універсал Банк» (monobank, сервіс «Покупка частинами») – для оформлення оплати частинами;")]},
    {"note": "retention of orders and prescriptions extended from 3 to 5 years",
     "repl": [("зберігаються протягом 3 років з дати", "зберігаються протягом 5 років з дати")]},
    {"note": "registered office moved (вул. Саксаганського, 58 -> вул. Велика Васильківська, 72)",
     "repl": [("01033, м. Київ, вул. Саксаганського, 58, офіс 12",
               "03150, м. Київ, вул. Велика Васильківська, 72, офіс 304")]},
    {"note": "words inserted: requests also accepted via Viber, date unchanged", "bump": False,
     "repl": [("напишіть нам на електронну пошту [privacy@pohliad.ua](mailto:privacy@pohliad.ua) або",
               "напишіть нам на електронну пошту [privacy@pohliad.ua](mailto:privacy@pohliad.ua), у Viber або")]},
]


def fmt_date(d):
    return "%d %s %d р." % (d.day, K.MONTHS["uk"][d.month - 1], d.year)


PRODUCTS = [(412, "Контактні лінзи Acuvue Oasys (6 шт.)", "acuvue-oasys-6", 899),
            (418, "Контактні лінзи Dailies Total1 (30 шт.)", "dailies-total1-30", 1349),
            (233, "Сонцезахисні окуляри Ray-Ban RB2140 Wayfarer", "ray-ban-rb2140-wayfarer", 6490),
            (251, "Оправа Pohliad Basic PB-1021 (титан)", "pohliad-basic-pb-1021", 1890),
            (502, "Розчин Opti-Free PureMoist 300 мл", "opti-free-puremoist-300", 389),
            (264, "Окуляри для комп'ютера з фільтром Blue Control", "blue-control-pc", 1150),
            (430, "Контактні лінзи Biofinity (3 шт.)", "biofinity-3", 749),
            (277, "Дитяча оправа Pohliad Kids K-07", "pohliad-kids-k-07", 990),
            (238, "Сонцезахисні окуляри Polaroid PLD 2106/S", "polaroid-pld-2106-s", 2350),
            (515, "Краплі Хіло-Комод 10 мл", "hylo-comod-10", 495)]

SLIDES = {"sun": ("akciya-soncezahysni", "Знижка до -30% на сонцезахисні окуляри"),
          "test": ("perevirka-zoru", "Безкоштовна перевірка зору при замовленні окулярів"),
          "lens": ("linzy-1-plus-1", "Контактні лінзи: друга упаковка -50%"),
          "school": ("do-shkoly", "До школи: дитячі окуляри з лінзами від 990 грн"),
          "bf": ("black-friday", "Black Friday: -40% на оправи"),
          "ny": ("podarunkovi-sertyfikaty", "Подарункові сертифікати до свят"),
          "power": ("pracyuyemo", "Працюємо під час відключень: салони з генераторами та Starlink")}


def _slides(loc):
    d = loc.date()
    m = d.month
    out = ["test"]
    if 4 <= m <= 8:
        out.insert(0, "sun")
    if dt.date(d.year, 8, 1) <= d <= dt.date(d.year, 9, 15):
        out.insert(0, "school")
    if dt.date(d.year, 11, 15) <= d <= dt.date(d.year, 11, 30):
        out.insert(0, "bf")
    if m == 12:
        out.insert(0, "ny")
    out.append("lens")
    return tuple(out)


# rolling blackouts: the header notice and a slide were up while they lasted
OUTAGES = [(dt.date(2022, 10, 20), dt.date(2023, 2, 20)), (dt.date(2024, 5, 20), dt.date(2024, 9, 10))]


def _outage(loc):
    return any(a <= loc.date() <= b for a, b in OUTAGES)


def _best(rng, prev):
    """Bestsellers by recent sales: mostly the same products, ranks swapping, specials on and off."""
    if prev is None:
        picks = rng.sample(range(len(PRODUCTS)), 4)
        specials = {}
    else:
        picks = [x[0] for x in prev]
        specials = {x[0]: x[1] for x in prev}
        if rng.random() < 0.5:
            a, b = rng.sample(range(4), 2)
            picks[a], picks[b] = picks[b], picks[a]
        if rng.random() < 0.4:
            picks[rng.randrange(4)] = rng.choice([k for k in range(len(PRODUCTS)) if k not in picks])
    out = []
    for k in picks:
        sp = specials.get(k)
        if rng.random() < 0.3:
            sp = None if sp else int(PRODUCTS[k][3] * rng.choice([0.7, 0.8, 0.85, 0.9]))
        out.append((k, sp, rng.random() < 0.5))
    return tuple(out)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "uk")
    best = _best(rng, p.get("best"))
    while p.get("best") == best:
        best = _best(rng, best)
    sl = _slides(loc)
    if _outage(loc):
        sl = ("power",) + sl
    return {
        "best": best,
        "slides": sl,
        "notice": _outage(loc),
        "css": C.keep_or(rng, p.get("css"), 0.1, lambda: (when - dt.timedelta(days=rng.randint(1, 20))).strftime(
            "%Y%m%d")),
    }


LABELS = {
    "best": "Bestsellers module in content_bottom (ranks, specials, ratings; bare h3/.row inside #content)",
    "slides": "banner slideshow in content_top (inside #content)",
    "notice": "power-outage notice above the header",
    "css": "theme stylesheet ?v= (theme update)",
}


def _summernote(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<td><b>%s</b></td>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table class="table table-bordered"><tbody>%s%s</tbody></table>' % (head, body)
    return K.render_blocks(blocks, table=table, sep="",
                           heading=lambda kind, v, inl: "<h2><b>%s</b></h2>" % inl(v),
                           para=lambda v, inl: '<p><span style="font-size: 14px;">%s</span></p>' % inl(v))


def _price(n):
    return "%s грн" % "{:,}".format(n).replace(",", " ")


def render(state, blocks, when):
    title = blocks[0][1]
    desc = _summernote(blocks[1:])
    slides = "\n".join('<div class="swiper-slide text-center"><a href="https://pohliad.ua/%s"><img src="https://pohliad.'
                       'ua/image/cache/catalog/banners/%s-1140x380.jpg" alt="%s" class="img-responsive" /></a></div>'
                       % (SLIDES[k][0], SLIDES[k][0], K.attr(SLIDES[k][1])) for k in state["slides"])
    prods = []
    for k, sp, rated in state["best"]:
        pid, name, slug, price = PRODUCTS[k]
        pr = ('<span class="price-new">%s</span> <span class="price-old">%s</span>' % (_price(sp), _price(price))
              if sp else _price(price))
        stars = ('<div class="rating">%s</div>' % "".join(
            '<span class="fa fa-stack"><i class="fa fa-star fa-stack-1x"></i><i class="fa fa-star-o fa-stack-1x">'
            '</i></span>' if s < 4 + (pid % 2) else '<span class="fa fa-stack"><i class="fa fa-star-o fa-stack-1x">'
            '</i></span>' for s in range(5))) if rated else ""
        prods.append("""  <div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12">
    <div class="product-thumb transition">
      <div class="image"><a href="https://pohliad.ua/%(slug)s"><img src="https://pohliad.ua/image/cache/catalog/products/%(slug)s-200x200.jpg" alt="%(name)s" title="%(name)s" class="img-responsive" /></a></div>
      <div class="caption">
        <h4><a href="https://pohliad.ua/%(slug)s">%(name)s</a></h4>
        <p>..</p>
        %(stars)s
        <p class="price">
          %(pr)s
        </p>
      </div>
      <div class="button-group">
        <button type="button" onclick="cart.add('%(pid)d');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Купити</span></button>
        <button type="button" data-toggle="tooltip" title="В закладки" onclick="wishlist.add('%(pid)d');"><i class="fa fa-heart"></i></button>
        <button type="button" data-toggle="tooltip" title="До порівняння" onclick="compare.add('%(pid)d');"><i class="fa fa-exchange"></i></button>
      </div>
    </div>
  </div>""" % {"slug": slug, "name": K.esc(name), "stars": stars, "pr": pr, "pid": pid})
    notice = ('<div class="alert alert-warning top-notice"><div class="container"><i class="fa fa-bolt"></i> '
              'Через планові відключення світла інтернет-замовлення обробляються з 9:00 до 20:00. Графік роботи '
              'салонів уточнюйте за телефоном 0 800 33 12 45.</div></div>\n') if state["notice"] else ""
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="uk" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="uk" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="uk">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Політика конфіденційності</title>
<base href="https://pohliad.ua/" />
<meta name="description" content="Політика конфіденційності інтернет-магазину та салонів «Оптика Погляд»" />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="//fonts.googleapis.com/css?family=Open+Sans:400,400i,300,700&amp;subset=cyrillic" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/pohliad/stylesheet/stylesheet.css?v=%(css)s" rel="stylesheet">
<link href="catalog/view/javascript/jquery/swiper/css/swiper.min.css" type="text/css" rel="stylesheet" media="screen" />
<link href="catalog/view/javascript/jquery/swiper/css/opencart.css" type="text/css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/jquery/swiper/js/swiper.jquery.js" type="text/javascript"></script>
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
<link href="https://pohliad.ua/polityka-konfidentsiynosti" rel="canonical" />
<link href="https://pohliad.ua/image/catalog/favicon.png" rel="icon" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-P7H2QX4N1L"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-P7H2QX4N1L');
</script>
</head>
<body>
%(notice)s<nav id="top">
  <div class="container"> 
    <div class="pull-left">
  <form action="https://pohliad.ua/index.php?route=common/currency/currency" method="post" enctype="multipart/form-data" id="form-currency">
    <div class="btn-group">
      <button class="btn btn-link dropdown-toggle" data-toggle="dropdown"> <strong>₴</strong> <span class="hidden-xs hidden-sm hidden-md">Валюта</span>&nbsp;<i class="fa fa-caret-down"></i></button>
    </div>
    <input type="hidden" name="code" value="" />
    <input type="hidden" name="redirect" value="https://pohliad.ua/polityka-konfidentsiynosti" />
  </form>
</div>
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="https://pohliad.ua/kontakty"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">0 800 33 12 45</span></li>
        <li class="dropdown"><a href="https://pohliad.ua/index.php?route=account/account" title="Особистий кабінет" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Особистий кабінет</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
            <li><a href="https://pohliad.ua/index.php?route=account/register">Реєстрація</a></li>
            <li><a href="https://pohliad.ua/index.php?route=account/login">Авторизація</a></li>
          </ul>
        </li>
        <li><a href="https://pohliad.ua/index.php?route=account/wishlist" id="wishlist-total" title="Закладки (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Закладки (0)</span></a></li>
        <li><a href="https://pohliad.ua/index.php?route=checkout/cart" title="Кошик"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Кошик</span></a></li>
        <li><a href="https://pohliad.ua/index.php?route=checkout/checkout" title="Оформлення замовлення"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Оформлення замовлення</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="https://pohliad.ua/"><img src="https://pohliad.ua/image/catalog/logo-pohliad.png" title="Оптика Погляд" alt="Оптика Погляд" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Пошук" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Завантаження..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">Товарів 0 (0 грн)</span></button>
  <ul class="dropdown-menu pull-right">
        <li>
      <p class="text-center">Ваш кошик порожній!</p>
    </li>
      </ul>
</div>
</div>
    </div>
  </div>
</header>
<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Категорії</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
        <li><a href="https://pohliad.ua/opravy">Оправи</a></li>
        <li><a href="https://pohliad.ua/sontsezakhysni-okuliary">Сонцезахисні окуляри</a></li>
        <li><a href="https://pohliad.ua/kontaktni-linzy">Контактні лінзи</a></li>
        <li><a href="https://pohliad.ua/okuliarni-linzy">Окулярні лінзи</a></li>
        <li><a href="https://pohliad.ua/aksesuary">Аксесуари</a></li>
        <li><a href="https://pohliad.ua/perevirka-zoru">Перевірка зору</a></li>
        <li><a href="https://pohliad.ua/salony">Салони</a></li>
      </ul>
    </div>
  </nav>
</div>
<div id="information-information" class="container">
  <ul class="breadcrumb">
        <li><a href="https://pohliad.ua/"><i class="fa fa-home"></i></a></li>
        <li><a href="https://pohliad.ua/polityka-konfidentsiynosti">Політика конфіденційності</a></li>
      </ul>
  <div class="row">
                <div id="content" class="col-sm-12"><div class="swiper-viewport">
  <div id="slideshow0" class="swiper-container">
    <div class="swiper-wrapper">
%(slides)s
    </div>
  </div>
  <div class="swiper-pagination slideshow0"></div>
  <div class="swiper-pager">
    <div class="swiper-button-next"></div>
    <div class="swiper-button-prev"></div>
  </div>
</div>
<script type="text/javascript"><!--
$('#slideshow0').swiper({
	mode: 'horizontal',
	slidesPerView: 1,
	pagination: '.slideshow0',
	paginationClickable: true,
	nextButton: '.swiper-button-next',
	prevButton: '.swiper-button-prev',
	spaceBetween: 30,
	autoplay: 5000,
	autoplayDisableOnInteraction: true,
	loop: true
});
--></script>
      <h1>%(title)s</h1>
      %(desc)s<h3>Хіти продажу</h3>
<div class="row">
%(prods)s
</div>
</div>
    </div>
</div>
<footer>
  <div class="container">
    <div class="row">
            <div class="col-sm-3">
        <h5>Інформація</h5>
        <ul class="list-unstyled">
                   <li><a href="https://pohliad.ua/pro-nas">Про нас</a></li>
                    <li><a href="https://pohliad.ua/dostavka-ta-oplata">Доставка та оплата</a></li>
                    <li><a href="https://pohliad.ua/obmin-ta-povernennia">Обмін та повернення</a></li>
                    <li><a href="https://pohliad.ua/polityka-konfidentsiynosti">Політика конфіденційності</a></li>
                  </ul>
      </div>
            <div class="col-sm-3">
        <h5>Служба підтримки</h5>
        <ul class="list-unstyled">
          <li><a href="https://pohliad.ua/index.php?route=information/contact">Зв'язатися з нами</a></li>
          <li><a href="https://pohliad.ua/index.php?route=account/return/add">Повернення товару</a></li>
          <li><a href="https://pohliad.ua/index.php?route=information/sitemap">Мапа сайту</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Додатково</h5>
        <ul class="list-unstyled">
          <li><a href="https://pohliad.ua/index.php?route=product/manufacturer">Виробники</a></li>
          <li><a href="https://pohliad.ua/index.php?route=account/voucher">Подарункові сертифікати</a></li>
          <li><a href="https://pohliad.ua/index.php?route=product/special">Акції</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Особистий кабінет</h5>
        <ul class="list-unstyled">
          <li><a href="https://pohliad.ua/index.php?route=account/account">Особистий кабінет</a></li>
          <li><a href="https://pohliad.ua/index.php?route=account/order">Історія замовлень</a></li>
          <li><a href="https://pohliad.ua/index.php?route=account/wishlist">Закладки</a></li>
          <li><a href="https://pohliad.ua/index.php?route=account/newsletter">Розсилка</a></li>
        </ul>
      </div>
    </div>
    <hr>
    <p>ТОВ «Оптика Погляд» &copy; %(year)d</p>
  </div>
</footer>
<script type="text/javascript">
(function(d, w, s) {
	var widgetHash = 'k3x9q2m7w1p5z8r4t6y0', gcw = d.createElement(s); gcw.type = 'text/javascript'; gcw.async = true;
	gcw.src = '//widgets.binotel.com/getcall/widgets/' + widgetHash + '.js';
	var sn = d.getElementsByTagName(s)[0]; sn.parentNode.insertBefore(gcw, sn);
})(document, window, 'script');
</script>
</body></html>
""" % {"css": state["css"], "notice": notice, "slides": slides, "title": K.esc(title), "desc": desc,
       "prods": "\n".join(prods), "year": when.year}


PAGE = {
    "service": "Optyka Pohliad",
    "url": "https://pohliad.ua/polityka-konfidentsiynosti",
    "lang": "uk",
    "platform": "OpenCart 3.0.3.8 (default-theme child), nginx + PHP-FPM",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")],
    "n": 31,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2024, 9, 15),
    "hours": (3, 7, 11, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://pohliad.ua/polityka-konfidentsiynosti",
        "select": "#content",
        "remove": [".swiper-viewport", "#content > script", "#content > h3", "#content > .row"],
    },
}
