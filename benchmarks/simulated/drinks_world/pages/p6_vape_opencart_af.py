"""Pretoria vape shop on OpenCart 3.0.3.8 (default theme, Afrikaans language pack): the policy is an OpenCart
information page, its h1 from the page title and the body as the Summernote editor saved it (<b>, Bootstrap
tables). OpenCart puts the layout's content_bottom modules inside `#content`, so the "Featured" products module
(popular devices and e-liquids, an "only n left" stock badge, the limited edition's ticking countdown, prices on
special) sits in the declared container: the curators select `#content` and remove the module's `h3` and `.row`.
Around it: the age-verification modal (18+, nicotine warning), the currency form, the empty cart, the store's
WhatsApp line. The module's products and title change now and then; its stock and countdown on every visit."""
import datetime as dt
import html

import common as C

URL = "https://www.wolkwerke.co.za/privaatheidsbeleid"
BASE = "https://www.wolkwerke.co.za/"
MONTHS = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privaatheidsbeleid

Laas bygewerk: {UPDATED}

Wolkwerke Vape (Edms.) Bpk. ("Wolkwerke", "ons") respekteer jou privaatheid. Hierdie beleid verduidelik hoe ons jou persoonlike inligting insamel, gebruik, bewaar en beskerm wanneer jy ons webwinkel besoek, by ons winkel in Lynnwood koop of by ons lojaliteitsprogram aansluit. Ons verwerk persoonlike inligting in ooreenstemming met die Wet op die Beskerming van Persoonlike Inligting, 4 van 2013 ("POPIA").

## Ouderdomsbeperking

Ons produkte bevat nikotien en is slegs bedoel vir volwassenes. Jy moet 18 jaar of ouer wees om hierdie webwerf te gebruik of by ons te koop. Ons vra jou om jou ouderdom te bevestig wanneer jy die webwerf betree, en ons koerier kan by aflewering 'n geldige identiteitsdokument of bestuurslisensie vra. Ons maak nie 'n afskrif van jou identiteitsdokument nie.

## Watter inligting ons insamel

- Kontakbesonderhede: naam, van, e-posadres en selfoonnommer.
- Aflewerings- en faktuuradres, insluitend kompleks- of eenheidsnommer.
- Bestelgeskiedenis, produkvoorkeure (soos nikotiensterkte en geure) en lojaliteitspunte.
- Betalingsinligting: ons stoor nie jou kaartbesonderhede nie; betalings word deur ons betaalverskaffers verwerk.
- Tegniese inligting: IP-adres, blaaiertipe, toestel en koekies.
- Korrespondensie met ons, byvoorbeeld WhatsApp-boodskappe en e-posse oor bestellings en waarborgeise.

Ons samel die meeste inligting direk by jou in, wanneer jy 'n rekening skep, 'n bestelling plaas, by die winkel koop of ons kontak. Sommige tegniese inligting word outomaties ingesamel wanneer jy ons webwerf gebruik. As 'n vriend jou na ons verwys, kry ons slegs jou naam en e-posadres van hom of haar.

## Hoekom ons jou inligting gebruik

- om jou bestelling te verwerk, af te lewer en jou daaroor op hoogte te hou;
- om jou ouderdom te bevestig;
- om waarborgeise en terugsendings van toestelle te hanteer;
- om jou lojaliteitsrekening ("Wolkpunte") te bestuur;
- om jou, met jou toestemming, nuus oor nuwe produkte, beperkte uitgawes en spesiale aanbiedinge te stuur;
- om bedrog te voorkom en ons webwerf te beveilig;
- om aan wetlike verpligtinge te voldoen, soos belasting- en rekeningkundige vereistes.

Ons stuur slegs bemarkingsboodskappe aan kliënte wat daarvoor ingeteken het, en elke boodskap bevat 'n maklike manier om uit te teken.

## Met wie ons jou inligting deel

Ons verkoop nooit jou persoonlke inligting nie. Ons deel dit slegs met diensverskaffers wat ons help om ons besigheid te bedryf en wat kontraktueel verplig is om dit vertroulik te hou en te beskerm:

| Diensverskaffer | Doel |
| PayFast (Edms.) Bpk. | aanlyn kaart- en EFT-betalings |
| Ozow (Edms.) Bpk. | onmiddellike EFT-betalings |
| The Courier Guy | koerieraflewerings |
| Pargo | afhaalpunte |
| Mailchimp (Intuit Inc.) | nuusbriewe |
| Google Ireland Ltd. | webwerfstatistiek (Google Analytics) |
| Xneelo (Edms.) Bpk. | webwerf-gasheer |

Ons kan ook inligting bekend maak as die wet dit vereis, byvoorbeeld aan die Suid-Afrikaanse Inkomstediens of die polisie.

## Oordrag buite Suid-Afrika

Sommige van ons diensverskaffers, soos Mailchimp en Google, stoor inligting buite Suid-Afrika. Ons maak slegs sulke oordragte waar die ontvanger onderworpe is aan wette, bindende korporatiewe reëls of ooreenkomste wat 'n soortgelyke vlak van beskerming as POPIA bied (artikel 72 van POPIA).

## Koekies

Ons gebruik koekies om jou mandjie te onthou, jou aan te meld en te verstaan hoe ons webwerf gebruik word. Die OpenCart-sessiekoekie (OCSESSID) is noodsaaklik vir die webwinkel, en 'n aparte koekie onthou dat jy jou ouderdom bevestig het. Jy kan koekies in jou blaaier afskakel, maar dan sal die webwinkel dalk nie behoorlik werk nie.

## Winkelbesoeke en kameras

Ons winkel in Lynnwood word met CCTV-kameras bewaak om ons personeel, kliënte en voorraad te beskerm. Kennisgewings by die ingang wys dat kameras in gebruik is. Opnames word slegs deur die bestuurder besigtig wanneer daar 'n voorval was, en word net aan die polisie of ons versekeraar oorhandig as dit nodig is.

## Hoe lank ons jou inligting hou

| Inligting | Bewaartydperk |
| Bestellings en fakture | 5 jaar (Wet op Belastingadministrasie) |
| Kliëntrekeninge | totdat jy jou rekening sluit |
| Nuusbriefintekening | totdat jy uitteken |
| WhatsApp- en e-poskorrespondensie | 2 jaar |
| CCTV-opnames in die winkel | 30 dae |

## Sekuriteit

Ons webwerf gebruik SSL-enkripsie, toegang tot kliëntinligting is beperk tot personeel wat dit nodig het, en ons hersien ons sekuriteitsmaatreëls gereeld. Indien daar 'n sekuriteitsinbreuk plaasvind wat jou inligting raak, sal ons jou en die Inligtingsreguleerder so gou moontlik in kennis stel.

## Jou regte

Ingevolge POPIA het jy die reg om:

- te vra watter persoonlike inligting ons oor jou hou en 'n afskrif daarvan te ontvang;
- te vra dat ons onakkurate of verouderde inligting regstel of verwyder;
- beswaar te maak teen die verwerking van jou inligting vir direkte bemarking;
- jou toestemming enige tyd terug te trek;
- 'n klagte by die Inligtingsreguleerder in te dien.

## Kinders

Ons webwerf en produkte is nie vir persone onder 18 jaar bedoel nie, en ons samel nie doelbewus persoonlike inligting van kinders in nie. As ons agterkom dat 'n minderjarige 'n rekening geskep of 'n bestelling geplaas het, kanselleer ons die bestelling, sluit ons die rekening en vee ons die inligting uit.

## Direkte bemarking

Ons stuur bemarkingsboodskappe per e-pos, SMS of WhatsApp slegs aan kliënte wat ingeteken het, of aan bestaande kliënte oor soortgelyke produkte soos POPIA toelaat. Jy kan enige tyd uitteken deur die skakel in die e-pos te gebruik, "STOP" op 'n SMS of WhatsApp-boodskap te antwoord, of ons te kontak.

## Veranderinge aan hierdie beleid

Ons kan hierdie beleid van tyd tot tyd bywerk, byvoorbeeld wanneer ons 'n nuwe diensverskaffer begin gebruik of wanneer die wet verander. Die datum bo-aan die bladsy wys wanneer die beleid laas bygewerk is. Belangrike veranderinge sal ons ook per e-pos aan geregistreerde kliënte meedeel.

## Inligtingsbeampte

@ Inligtingsbeampte: Ruan van der Merwe
@ Wolkwerke Vape (Edms.) Bpk.
@ Lynnwoodweg 412, Lynnwood, Pretoria, 0081
@ Tel: 012 348 5521
@ E-pos: [privaatheid@wolkwerke.co.za](mailto:privaatheid@wolkwerke.co.za)

As jy nie tevrede is met ons antwoord nie, kan jy die Inligtingsreguleerder kontak:

@ Die Inligtingsreguleerder (Suid-Afrika)
@ JD House, Stiemensstraat 27, Braamfontein, Johannesburg, 2001
@ [inforegulator.org.za](https://inforegulator.org.za)
@ E-pos: [POPIAComplaints@inforegulator.org.za](mailto:POPIAComplaints@inforegulator.org.za)
"""

EDITS = [
    {"note": "Yoco (card machine in the shop) added to the providers table",
     "repl": [("| Ozow (Edms.) Bpk. | onmiddellike EFT-betalings |",
               "| Ozow (Edms.) Bpk. | onmiddellike EFT-betalings |\n| Yoco Technologies (Edms.) Bpk. | kaartbetalings in die winkel |")]},
    {"note": "typo fixed (persoonlke -> persoonlike), date not bumped", "bump": False,
     "repl": [("jou persoonlke inligting", "jou persoonlike inligting")]},
    {"note": "WhatsApp and e-mail correspondence kept 1 year instead of 2",
     "repl": [("| WhatsApp- en e-poskorrespondensie | 2 jaar |", "| WhatsApp- en e-poskorrespondensie | 1 jaar |")]},
    {"note": "section on the Wolkpunte loyalty programme added",
     "repl": [("## Oordrag buite Suid-Afrika",
               "## Wolkpunte-lojaliteitsprogram\n\n"
               "As jy by Wolkpunte aansluit, koppel ons jou aankope in die winkel en aanlyn aan jou selfoonnommer "
               "sodat jy punte kan verdien en afslag kan kry. Ons gebruik jou aankoopgeskiedenis om jou "
               "aanbiedinge te stuur wat by jou voorkeure pas, maar slegs as jy ingeteken het vir bemarking. Jy "
               "kan jou lidmaatskap enige tyd by die toonbank of per e-pos kanselleer; jou punte verval dan.\n\n"
               "## Oordrag buite Suid-Afrika")]},
    {"note": "information officer's phone number changed, WhatsApp line added",
     "repl": [("@ Tel: 012 348 5521", "@ Tel: 012 348 5530\n@ WhatsApp: 072 614 2290")]},
    {"note": "sentence on what the courier records at delivery added",
     "repl": [("Ons maak nie 'n afskrif van jou identiteitsdokument nie.",
               "Ons maak nie 'n afskrif van jou identiteitsdokument nie. Die koerier teken slegs aan dat jou "
               "ouderdom by aflewering bevestig is.")]},
]

PRODUCTS = [
    (51, "Vaporesso XROS 3", "Pod-stelsel met 1000mAh battery en verstelbare lugvloei.", "R449.00", None),
    (64, "Wolkwerke Koejawel Ys 60ml", "Huismengsel: koejawel met 'n koel afwerking. 3mg of 6mg.", "R189.00", "R229.00"),
    (72, "Voopoo Drag S2", "Kompakte pod-mod, 60W, 2500mAh.", "R899.00", None),
    (80, "Bleuwolk Melktert 30ml Soutnik", "Melktert met kaneel, nikotiensout 20mg.", "R179.00", None),
    (93, "Oxva Xlim Pro", "Pod-stelsel met outomatiese trek en 1000mAh battery.", "R399.00", "R449.00"),
    (97, "Wolkwerke Naartjie Fizz 60ml", "Beperkte uitgawe: naartjie met 'n bruisende koeldrank-afwerking.", "R199.00", None),
    (101, "Uwell Caliburn G3", "Pod-stelsel, 900mAh, USB-C.", "R429.00", None),
    (108, "Wolkwerke Rooibos & Heuning 60ml", "Beperkte uitgawe: rooibostee, heuning en vanielje.", "R209.00", "R239.00"),
]
TITLES = ["Gewildste produkte", "Nuut in die winkel", "Beperkte uitgawes"]


def noise(rng, when, i, prev):
    prev = prev or {}
    prods = C.keep_or(rng, prev.get("products"), 0.22, lambda: tuple(sorted(rng.sample(range(len(PRODUCTS)), 4))))
    title = C.keep_or(rng, prev.get("title"), 0.1, lambda: rng.choice(TITLES))
    stock = tuple(rng.randint(1, 9) if rng.random() < 0.6 else 0 for _ in prods)
    # the limited edition's end: every second Sunday 23:59 from a fixed epoch
    start = dt.datetime(2021, 1, 3, 23, 59)
    k = (when - start).days // 14 + 1
    end = start + dt.timedelta(days=14 * k)
    left = end - when
    cd = "%dd %02d:%02d:%02d" % (left.days, left.seconds // 3600, left.seconds // 60 % 60, left.seconds % 60)
    return {"products": prods, "title": title, "stock": stock, "countdown": cd}


LABELS = {"products": "featured products module (inside #content, removed)",
          "title": "featured module's heading (inside #content, removed)",
          "stock": "'Net n oor!' stock badges (inside #content, removed)",
          "countdown": "limited-edition countdown (inside #content, removed)"}


def il(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False))


def summernote(b):
    kind, v = b
    if kind == "h2":
        return "<h2>%s</h2>" % il(v)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>" + "".join("<li>%s</li>" % il(x) for x in v) + "</ul>"
    if kind == "addr":
        return "<p>" + "<br>".join(il(x) for x in v) + "</p>"
    if kind == "table":
        rows = ["<tr>%s</tr>" % "".join("<td><b>%s</b></td>" % il(c) for c in v[0])]
        rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % il(c) for c in r) for r in v[1:]]
        return '<table class="table table-bordered"><tbody>%s</tbody></table>' % "".join(rows)
    raise ValueError(kind)


def product(p, stock, cd):
    pid, name, desc, price, old = PRODUCTS[p]
    href = BASE + "index.php?route=product/product&amp;product_id=%d" % pid
    slug = name.lower().replace(" ", "-").replace("&", "en")
    badge = ('<span class="stock-badge stock-badge--low">Net %d oor!</span>' % stock if stock else
             '<span class="stock-badge stock-badge--ok">In voorraad</span>')
    limited = ""
    if "Beperkte uitgawe" in desc:
        limited = '\n        <div class="special-countdown" data-countdown="1">Eindig oor <span>%s</span></div>' % cd
    pr = ('<span class="price-new">%s</span> <span class="price-old">%s</span>' % (price, old) if old else price)
    return """  <div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12">
    <div class="product-thumb transition">
      <div class="image"><a href="%(href)s"><img src="%(base)simage/cache/catalog/produkte/%(slug)s-200x200.jpg" alt="%(name)s" title="%(name)s" class="img-responsive" /></a>%(badge)s</div>
      <div class="caption">
        <h4><a href="%(href)s">%(name)s</a></h4>
        <p>%(desc)s</p>%(limited)s
                <p class="price">
                    %(pr)s
                            <span class="price-tax">Ex BTW: %(ex)s</span>
                  </p>
              </div>
      <div class="button-group">
        <button type="button" onclick="cart.add('%(pid)d', '1');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Voeg in mandjie</span></button>
        <button type="button" data-toggle="tooltip" title="Voeg by verlanglys" onclick="wishlist.add('%(pid)d');"><i class="fa fa-heart"></i></button>
        <button type="button" data-toggle="tooltip" title="Vergelyk hierdie produk" onclick="compare.add('%(pid)d');"><i class="fa fa-exchange"></i></button>
      </div>
    </div>
  </div>
""" % {"href": href, "base": BASE, "slug": html.escape(slug), "name": html.escape(name), "badge": badge,
       "desc": html.escape(desc), "limited": limited, "pr": pr, "pid": pid,
       "ex": "R%.2f" % (float(price[1:]) / 1.15)}


CATS = [(59, "Toestelle"), (60, "Pods en kolle"), (61, "E-vloeistof"), (62, "Nikotiensoute"), (63, "Bykomstighede"),
        (64, "Beperkte uitgawes")]


def render(s, blocks, when):
    title = blocks[0][1]
    desc = "".join(summernote(b) for b in blocks[1:])
    mod = "".join(product(p, st, s["countdown"]) for p, st in zip(s["products"], s["stock"]))
    cats = "\n".join('        <li><a href="%sindex.php?route=product/category&amp;path=%d">%s</a></li>' % (BASE, c, t)
                     for c, t in CATS)
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="af" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="af" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="af">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s</title>
<base href="%(base)s" />
<meta name="description" content="Wolkwerke Vape se privaatheidsbeleid ingevolge POPIA." />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="//fonts.googleapis.com/css?family=Open+Sans:400,400i,300,700" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">
<link href="catalog/view/theme/default/stylesheet/wolkwerke.css" rel="stylesheet">
<link href="catalog/view/javascript/age_verification/age_verification.css" type="text/css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
<script src="catalog/view/javascript/age_verification/age_verification.js" type="text/javascript"></script>
<link href="%(base)simage/catalog/wolkwerke-favicon.png" rel="icon" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-9XK4T2B7WQ"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-9XK4T2B7WQ');
</script>
</head>
<body>
<nav id="top">
  <div class="container">
    <div class="pull-left">
  <form action="%(base)sindex.php?route=common/currency/currency" method="post" enctype="multipart/form-data" id="form-currency">
    <div class="btn-group">
      <button class="btn btn-link dropdown-toggle" data-toggle="dropdown">                                 <strong>R</strong>                                 <span class="hidden-xs hidden-sm hidden-md">Geldeenheid</span>&nbsp;<i class="fa fa-caret-down"></i></button>
      <ul class="dropdown-menu">
                                <li>
          <button class="currency-select btn btn-link btn-block" type="button" name="ZAR">R Suid-Afrikaanse Rand</button>
        </li>
                      </ul>
    </div>
    <input type="hidden" name="code" value="" />
    <input type="hidden" name="redirect" value="%(url)s" />
  </form>
</div>
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="%(base)sindex.php?route=information/contact"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">012 348 5521</span></li>
        <li><a href="https://wa.me/27726142290"><i class="fa fa-whatsapp"></i></a> <span class="hidden-xs hidden-sm hidden-md">WhatsApp ons</span></li>
        <li class="dropdown"><a href="%(base)sindex.php?route=account/account" title="My Rekening" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">My Rekening</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
                        <li><a href="%(base)sindex.php?route=account/register">Registreer</a></li>
            <li><a href="%(base)sindex.php?route=account/login">Meld aan</a></li>
                      </ul>
        </li>
        <li><a href="%(base)sindex.php?route=account/wishlist" id="wishlist-total" title="Verlanglys (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Verlanglys (0)</span></a></li>
        <li><a href="%(base)sindex.php?route=checkout/cart" title="Mandjie"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Mandjie</span></a></li>
        <li><a href="%(base)sindex.php?route=checkout/checkout" title="Betaal"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Betaal</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="%(base)sindex.php?route=common/home"><img src="%(base)simage/catalog/wolkwerke-logo.png" title="Wolkwerke Vape" alt="Wolkwerke Vape" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Soek" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Laai..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">0 item(s) - R0.00</span></button>
  <ul class="dropdown-menu pull-right">
        <li>
      <p class="text-center">Jou mandjie is leeg!</p>
    </li>
      </ul>
</div>
</div>
    </div>
  </div>
</header>
<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Kategorieë</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
%(cats)s
      </ul>
    </div>
  </nav>
</div>
<div class="container free-delivery-bar"><p>Gratis aflewering op bestellings bo R750 &middot; Waarskuwing: hierdie produkte bevat nikotien, 'n hoogs verslawende middel. Slegs 18+.</p></div>
<div id="information-information" class="container">
  <ul class="breadcrumb">
        <li><a href="%(base)sindex.php?route=common/home"><i class="fa fa-home"></i></a></li>
        <li><a href="%(url)s">%(title)s</a></li>
      </ul>
  <div class="row">                <div id="content" class="col-sm-12">      <h1>%(h1)s</h1>
      %(desc)s<h3>%(mtitle)s</h3>
<div class="row">
%(mod)s</div>
</div>
    </div>
</div>
<footer>
  <div class="container">
    <div class="row">
            <div class="col-sm-3">
        <h5>Inligting</h5>
        <ul class="list-unstyled">
                    <li><a href="%(base)soor-ons">Oor ons</a></li>
                    <li><a href="%(base)saflewering">Aflewering</a></li>
                    <li><a href="%(base)sprivaatheidsbeleid">Privaatheidsbeleid</a></li>
                    <li><a href="%(base)sterme-en-voorwaardes">Terme en voorwaardes</a></li>
                  </ul>
      </div>
            <div class="col-sm-3">
        <h5>Kliëntediens</h5>
        <ul class="list-unstyled">
          <li><a href="%(base)sindex.php?route=information/contact">Kontak ons</a></li>
          <li><a href="%(base)sindex.php?route=account/return/add">Terugsendings</a></li>
          <li><a href="%(base)sindex.php?route=information/sitemap">Werfkaart</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Winkel</h5>
        <ul class="list-unstyled">
          <li>Lynnwoodweg 412, Lynnwood, Pretoria</li>
          <li>Ma&ndash;Vr 09:00&ndash;18:00, Sa 09:00&ndash;14:00</li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>My Rekening</h5>
        <ul class="list-unstyled">
          <li><a href="%(base)sindex.php?route=account/account">My Rekening</a></li>
          <li><a href="%(base)sindex.php?route=account/order">Bestelgeskiedenis</a></li>
          <li><a href="%(base)sindex.php?route=account/newsletter">Nuusbrief</a></li>
        </ul>
      </div>
    </div>
    <hr>
    <p>Aangedryf deur <a href="http://www.opencart.com">OpenCart</a><br /> Wolkwerke Vape &copy; %(year)d</p>
  </div>
</footer>
<div id="modal-age-verification" class="modal fade" tabindex="-1" role="dialog" data-backdrop="static" data-keyboard="false">
  <div class="modal-dialog modal-sm" role="document">
    <div class="modal-content">
      <div class="modal-body text-center">
        <img src="%(base)simage/catalog/wolkwerke-logo.png" alt="Wolkwerke Vape" class="img-responsive center-block" />
        <h4>Is jy 18 jaar of ouer?</h4>
        <p>Hierdie webwerf verkoop nikotienprodukte en is slegs vir volwassenes.</p>
        <button type="button" class="btn btn-primary" id="button-age-yes">Ja, ek is 18+</button>
        <a href="https://www.google.co.za" class="btn btn-default">Nee</a>
      </div>
    </div>
  </div>
</div>
<!--
OpenCart is open source software and you are free to remove the powered by OpenCart if you want, but its generally accepted practise to make a small donation.
Please donate via PayPal to donate@opencart.com
//-->
</body></html>
""" % {"title": html.escape(title), "h1": il(title), "base": BASE, "url": URL, "cats": cats, "desc": desc,
       "mtitle": html.escape(s["title"]), "mod": mod, "year": when.year}


PAGE = {
    "service": "Wolkwerke Vape",
    "url": URL,
    "lang": "af",
    "platform": "OpenCart 3.0.3.8 (default theme, Afrikaans language pack)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 5, 2),
    "end": dt.date(2024, 10, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#content"], "remove": ["#content > h3", "#content > .row"]},
}
