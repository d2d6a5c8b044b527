"""CBD Raj - sk CBD, hemp and e-cigarette e-shop - Shoptet (template Disco), article page 'Ochrana osobných údajov'."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://www.cbdraj.sk/ochrana-osobnych-udajov/"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.month("sk", d), d.year)


POLICY = """
# Ochrana osobných údajov

Účinné od {UPDATED}

Tieto zásady vysvetľujú, ako spoločnosť Zelený Raj s.r.o. spracúva osobné údaje zákazníkov internetového obchodu
cbdraj.sk a návštevníkov našej predajne v Trnave. Predávame CBD oleje, kozmetiku z konopy, elektronické cigarety
a náplne. Tovar s obsahom nikotínu predávame len osobám starším ako 18 rokov.

## Prevádzkovateľ

@ Zelený Raj s.r.o.
@ Hlavná 14
@ 917 01 Trnava
@ IČO: 52 418 771
@ E-mail: [info@cbdraj.sk](mailto:info@cbdraj.sk)
@ Telefón: +421 905 318 442

## Aké údaje spracúvame

- identifikačné a kontaktné údaje: meno, priezvisko, adresa doručenia, e-mail, telefónne číslo;
- údaje o objednávkach a platbách;
- potvrdenie veku pri nákupe tovaru s obsahom nikotínu;
- údaje o zákazníckom účte a vernostných bodoch;
- údaje o správaní na webe získané prostredníctvom cookies.

## Účely a právny základ spracúvania

Údaje spracúvame na vybavenie objednávky a doručenie tovaru (plnenie zmluvy), na vedenie účtovníctva (zákonná
povinnosť), na zasielanie noviniek e-mailom (súhlas, ktorý môžete kedykoľvek odvolať) a na ochranu pred
podvodmi a vymáhanie pohľadávok (oprávnený záujem).

## Vernostný program

Za každé euro nákupu získate jeden vernostný bod. Body evidujeme vo vašom zákazníckom účte a zanikajú, ak počas
12 mesiacov neuskutočníte žiadny nákup.

## Príjemcovia osobných údajov

| Príjemca | Účel | Krajina |
| Shoptet, a.s. | prevádzka e-shopu | Česká republika |
| Packeta Slovakia s.r.o. | doručenie zásielok na výdajné miesta | Slovensko |
| Slovak Parcel Service s.r.o. | doručenie kuriérom | Slovensko |
| GoPay s.r.o. | platobná brána | Česká republika |
| Heureka Group a.s. | dotazník spokojnosti Overené zákazníkmi | Česká republika |

Údaje neprenášame do krajín mimo Európskeho hospodárskeho priestoru.

## Doba uchovávania

Údaje o objednávkach uchovávame 10 rokov z dôvodu účtovných predpisov. Údaje na marketingové účely uchovávame do
odvolania súhlasu, najdlhšie 5 rokov. Zákaznícky účet môžete kedykoľvek zrušiť.

## Vaše práva

Máte právo na prístup k údajom, ich opravu, vymazanie, obmedzenie spracúvania, prenosnosť a právo namietať.
Žiadosť nám pošlite e-mailom. Ak sa domnievate, že spracúvanie porušuje predpisy, môžete podať návrh na začatie
konania na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava.
"""

EDITS = [
    {"note": "courier added: DPD row in recipients table",
     "repl": [("| GoPay s.r.o. |", "| DPD SK s.r.o. | doručenie kuriérom | Slovensko |\n| GoPay s.r.o. |")]},
    {"note": "phone number changed",
     "repl": [("@ Telefón: +421 905 318 442", "@ Telefón: +421 33 381 2290")]},
    {"note": "marketing retention 5 -> 3 years, sentence added on unsubscribing link",
     "repl": [("najdlhšie 5 rokov.", "najdlhšie 3 roky. Z odberu noviniek sa môžete odhlásiť odkazom v každom "
               "e-maile.")]},
    {"note": "typo fix 'Predávame' sentence: 'náplne' -> 'náplne do nich' (no new date)", "bump": False,
     "repl": [("elektronické cigarety\na náplne.", "elektronické cigarety\na náplne do nich.")]},
    {"note": "loyalty points expiry changed 12 -> 24 months, payment gateway GoPay replaced by Comgate",
     "repl": [("12 mesiacov neuskutočníte", "24 mesiacov neuskutočníte"),
              ("| GoPay s.r.o. | platobná brána | Česká republika |",
               "| Comgate, a.s. | platobná brána | Česká republika |")]},
]

TOP = [("CBD olej 10 % 10 ml", 34.9), ("Elf Bar 600 Blueberry", 6.9), ("Konopná masť 50 ml", 12.5),
       ("Vaporesso XROS 3 Mini", 24.9), ("CBD kvety Lemon Haze 2 g", 15.9), ("Náplň Vozol Star 6000", 11.9),
       ("CBD gumové medvedíky", 19.9), ("Konopný čaj 50 g", 4.9)]
DEPLOYS = K.deploys("cbdraj", dt.date(2021, 8, 1), 40, 38)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.b64tok(rng, 30), "visit": C.uuid4(rng)}
    s["top"] = C.keep_or(rng, prev.get("top"), 0.5, lambda: tuple(rng.sample(range(len(TOP)), 3)))
    s["stock"] = tuple(rng.choice(["Skladom", "Skladom > 5 ks", "Posledné kusy", "Na objednávku"]) for _ in range(3))
    s["heureka"] = 800 + (when.date() - dt.date(2022, 1, 1)).days // 2 + rng.randint(0, 3)
    s["tpl"] = K.deploy(DEPLOYS, when)
    return s


LABELS = {"csrf": "shoptet.csrf token", "visit": "dataLayer visitor id", "top": "'Najpredávanejšie' sidebar products",
          "stock": "stock badges of sidebar products", "heureka": "Heureka 'Overené zákazníkmi' review count in footer",
          "tpl": "template asset ?v= version"}


def render(s, blocks, when):
    v = int(s["tpl"][:7], 16)
    side = "".join('<div class="product"><a href="/%s/" class="name">%s</a><div class="availability"><span>%s</span>'
                   '</div><div class="price">%s €</div></div>'
                   % (C.det_sha(TOP[k][0])[:8], C.esc(TOP[k][0]), st, ("%.2f" % TOP[k][1]).replace(".", ","))
                   for k, st in zip(s["top"], s["stock"]))
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest, sep="")
    return ('<!doctype html>\n<html lang="sk" class="no-js desktop">\n<head>\n<meta charset="utf-8">\n'
            '<title>Ochrana osobných údajov - CBD Raj</title>\n<meta name="csrf-token" content="%s">\n'
            '<link rel="stylesheet" href="https://cdn.myshoptet.com/tpl/6a1c8b7e/11/master/css/main.css?v=%d">\n'
            '<link rel="stylesheet" href="https://cdn.myshoptet.com/usr/www.cbdraj.sk/user/'
            'documents/upravy.css?v=%d">\n'
            '<script>var dataLayer = [];dataLayer.push({"shoptet":{"pageType":"article","currency":"EUR",'
            '"language":"sk","projectId":418771,"visitorId":"%s","cartInfo":{"itemsCount":0,"freeShipping":false,'
            '"leftToFreeShipping":{"priceLeft":40}}}});</script>\n'
            '<script>var shoptet = shoptet || {};shoptet.csrf = {token: "%s", invalidTokenModal: "<div>Platnosť '
            'stránky vypršala.</div>"};</script>\n</head>\n'
            '<body class="desktop id-1064 in-ochrana-osobnych-udajov template-11 type-page one-column-body">\n'
            '<div class="overall-wrapper"><div class="site-msg information"><div class="container">Doprava zdarma pri '
            'nákupe nad 40 €. Tovar s nikotínom predávame iba osobám starším ako 18 rokov.</div></div>\n'
            '<div class="user-action"></div><header id="header"><div class="container navigation-wrapper">'
            '<div class="site-name"><a href="/"><img src="https://cdn.myshoptet.com/usr/www.cbdraj.sk/user/logos/'
            'cbdraj-logo.png" alt="CBD Raj"></a></div><nav id="navigation"><ul class="menu-level-1"><li><a href='
            '"/cbd-oleje/">CBD oleje</a></li><li><a href="/konopna-kozmetika/">Kozmetika</a></li><li><a href="/'
            'elektronicke-cigarety/">E-cigarety</a></li><li><a href="/napln/">Náplne</a></li><li><a href="/'
            'vernostny-program/">Vernostný program</a></li><li><a href="/predajna-trnava/">Predajňa</a></li></ul>'
            '</nav></div></header>\n'
            '<div id="content-wrapper" class="container content-wrapper"><div class="breadcrumbs navigation-home-icon'
            '-wrapper"><span><a href="/" title="Domov">Domov</a></span> <span>Ochrana osobných údajov</span></div>\n'
            '<div class="content-wrapper-in"><aside class="sidebar sidebar-left"><div class="box box-bg-variant '
            'box-sm box-topProducts"><h4><span>Najpredávanejšie</span></h4>%s</div></aside>\n'
            '<main id="content" class="content narrow"><div class="content-inner">\n<article itemscope itemtype='
            '"https://schema.org/Article" class="pageArticleDetail">\n'
            '<header itemprop="headline"><h1>%s</h1></header>\n'
            '<div itemprop="about" class="text">%s</div>\n</article>\n</div></main></div></div>\n'
            '<footer id="footer"><div class="container footer-rows"><div class="custom-footer"><div class="'
            'footer-item"><h4>Kontakt</h4><p>Hlavná 14, Trnava<br>Po - Pia 9:00 - 18:00</p></div><div class="'
            'footer-item"><div id="showHeurekaBadgeHere-11"><a href="https://obchody.heureka.sk/cbdraj-sk/'
            'recenze/overene">Overené zákazníkmi - %d hodnotení</a></div></div></div>'
            '<div class="copyright">© %d CBD Raj. Všetky práva vyhradené. <span id="signature"><a href="https://'
            'www.shoptet.sk" rel="nofollow">Vytvorené na Shoptete</a></span></div></div></footer></div>\n'
            '<script src="https://cdn.myshoptet.com/tpl/6a1c8b7e/11/master/js/shoptet.min.js?v=%d"></script>\n'
            '</body>\n</html>\n'
            % (s["csrf"], v, v + 17, s["visit"], s["csrf"], side, C.inline_html(title[1]), body, s["heureka"],
               when.year, v))


PAGE = {
    "service": "CBD Raj", "url": URL, "lang": "sk-SK", "platform": "Shoptet",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 3), "end": dt.date(2026, 2, 27), "hours": (3, 4, 11, 19),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".pageArticleDetail"]},
}
