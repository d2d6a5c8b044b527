"""Cenoskop.cz (price-comparison site, Praha) - cs-CZ - Nette (Latte templates), Seznam SSP ads, own CMP.

A flat static page: the policy's h1, paragraphs, headings and lists are direct children of div.static-page, with
no wrapper of their own; the same container holds, between the sections, Seznam SSP ad slots (labelled "Reklama",
their number and places an A/B test of the ad layout) and a sponsored "Tip" offer box with live prices, and after
the text a "Mohlo by vás zajímat" box and a newsletter form. The curator uses an OTA range (from the h1 to the
related box) and removes the ad slots and the offer box. Noise besides: the Nette CSRF token, the asset version,
the offers count in the header and the consent bar's id.
"""
import datetime as dt
import common as C

URL = "https://www.cenoskop.cz/informace/ochrana-osobnich-udaju"
MESICE = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MESICE[d.month - 1], d.year)


POLICY = """
# Zásady zpracování osobních údajů

Platné od {UPDATED}

Na Cenoskopu porovnáváte ceny zboží z tisíců českých e-shopů. Vážíme si vaší důvěry, a proto se snažíme osobní údaje zpracovávat jen v nezbytném rozsahu. V těchto zásadách vysvětlujeme, jaké údaje o vás zpracováváme, proč to děláme a jaká máte práva podle nařízení Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a zákona č. 110/2019 Sb., o zpracování osobních údajů.

## 1. Kdo je správcem vašich údajů

Správcem osobních údajů je společnost Cenoskop s.r.o., IČO 08412377, se sídlem Karolinská 654/2, 186 00 Praha 8, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 318422. S dotazy ohledně ochrany osobních údajů se na nás můžete obrátit na e-mailu [osobniudaje@cenoskop.cz](mailto:osobniudaje@cenoskop.cz).

## 2. Jaké údaje zpracováváme

- identifikační a kontaktní údaje, pokud si založíte účet (jméno, e-mail, případně telefon);
- údaje o tom, jak používáte Cenoskop (hledané výrazy, prohlížené produkty, prokliky do obchodů, nastavení filtrů);
- obsah, který sami vložíte (recenze produktů a obchodů, hodnocení, dotazy v diskusi);
- údaje o nákupech, které nám předají zapojené obchody v rámci programu Ověřeno zákazníky;
- technické údaje (IP adresa, identifikátory cookies, typ zařízení a prohlížeče).

## 3. Proč údaje zpracováváme

| Účel | Právní základ |
| --- | --- |
| Provoz srovnávače a zobrazování nabídek | oprávněný zájem |
| Uživatelský účet, oblíbené produkty a hlídací pes ceny | plnění smlouvy |
| Zasílání dotazníků spokojenosti po nákupu | oprávněný zájem |
| Zveřejňování recenzí | plnění smlouvy |
| Měření prokliků a vyúčtování obchodům | oprávněný zájem |
| Personalizovaná reklama a analytika | souhlas |
| Obchodní sdělení (newsletter) | souhlas nebo oprávněný zájem u stávajících uživatelů |

## 4. Uživatelský účet a hlídací pes

Účet si můžete založit pomocí e-mailu nebo přes Seznam, Google či Apple. Pokud u produktu nastavíte hlídání ceny, pošleme vám e-mail, jakmile cena klesne pod zvolenou hranici. Hlídání můžete kdykoli zrušit v nastavení účtu.

V účtu si můžete ukládat oblíbené produkty a vytvářet seznamy, například seznam dárků, který můžete sdílet odkazem s dalšími lidmi. Sdílený seznam uvidí každý, kdo odkaz zná, proto do názvu seznamu nevkládejte osobní údaje. Pokud účet 3 roky nepoužijete, upozorníme vás e-mailem a po dalších 30 dnech jej zrušíme.

## 5. Recenze a program Ověřeno zákazníky

Obchody zapojené do programu Ověřeno zákazníky nám po dokončení vaší objednávky předají e-mailovou adresu, číslo objednávky a seznam zakoupeného zboží. Na tuto adresu vám zašleme krátký dotazník, ve kterém můžete obchod a zboží ohodnotit. Pokud na dotazník neodpovíte, e-mail smažeme do 30 dnů. Z dotazníku se můžete kdykoli odhlásit odkazem v e-mailu; obchod se o vaší odpovědi dozví jen v anonymizované podobě.

Recenze zveřejňujeme pod přezdívkou nebo křestním jménem. U recenzí z programu Ověřeno zákazníky uvádíme, že recenzent zboží skutečně zakoupil. Recenze, které porušují naše pravidla, odstraňujeme.

## 6. Řazení nabídek

Nabídky obchodů u produktu řadíme ve výchozím nastavení podle ceny včetně dopravy. Na pořadí má vliv také dostupnost zboží, hodnocení obchodu zákazníky a výše platby za proklik, kterou nám obchod platí; nabídky, jejichž pozice je ovlivněna platbou, označujeme jako „Zvýhodněná nabídka“. Hlavní parametry řazení zveřejňujeme v souladu se zákonem č. 634/1992 Sb., o ochraně spotřebitele.

## 7. Prokliky do obchodů a reklama

Když kliknete na nabídku, přesměrujeme vás do obchodu a zaznamenáme identifikátor prokliku, abychom mohli obchodu vyúčtovat poplatek a vyhodnotit, zda nákup proběhl. Obchod nám přitom nepředává vaše jméno ani adresu.

Abychom mohli obchodům doložit, kolik objednávek jim Cenoskop přinesl, mohou obchody na stránce potvrzení objednávky použít náš měřicí kód konverzí. Ten nám předá číslo objednávky, její hodnotu a identifikátor prokliku, nikoli však údaje o vás jako kupujícím. Měření konverzí probíhá jen tehdy, pokud jste v obchodě udělili souhlas s analytickými cookies.

Na stránkách zobrazujeme reklamu prostřednictvím reklamního systému Seznam.cz, a.s. Personalizovanou reklamu zobrazujeme pouze s vaším souhlasem, který udělujete v liště pro nastavení cookies.

## 8. Komu údaje předáváme

Údaje předáváme zpracovatelům, kteří pro nás zajišťují hosting (Seznam.cz datová centra, a.s.), rozesílání e-mailů a zákaznickou podporu, a to na základě smlouvy o zpracování osobních údajů. Zapojeným obchodům předáváme jen souhrnné a anonymizované výsledky dotazníků. Orgánům veřejné moci údaje poskytujeme, pokud nám to ukládá zákon.

## 9. Předávání mimo EU

Vaše údaje zpracováváme na serverech v České republice. Pokud některý zpracovatel zpracovává údaje mimo Evropský hospodářský prostor, zajistíme ochranu údajů standardními smluvními doložkami schválenými Evropskou komisí.

## 10. Jak dlouho údaje uchováváme

- údaje o účtu po dobu jeho existence a 1 rok po jeho zrušení;
- odpovědi z dotazníků a recenze 3 roky od odeslání, zveřejněné recenze po dobu jejich zveřejnění;
- záznamy o proklicích 13 měsíců;
- cookies nejdéle 13 měsíců.

## 11. Vaše práva

Máte právo na přístup ke svým údajům, na jejich opravu nebo výmaz, na omezení zpracování, na přenositelnost údajů a právo vznést námitku proti zpracování na základě oprávněného zájmu. Souhlas můžete kdykoli odvolat. Žádost nám pošlete na [osobniudaje@cenoskop.cz](mailto:osobniudaje@cenoskop.cz).

Pokud se domníváte, že údaje zpracováváme v rozporu s předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, [www.uoou.cz](https://www.uoou.cz).

## 12. Zabezpečení údajů

Osobní údaje chráníme technickými a organizačními opatřeními odpovídajícími riziku. Přístup k nim mají jen zaměstnanci, kteří je potřebují ke své práci a jsou vázáni mlčenlivostí. Hesla ukládáme výhradně v zašifrované podobě, komunikace mezi vaším prohlížečem a našimi servery je šifrována a pravidelně testujeme odolnost našich systémů. Pokud by přesto došlo k porušení zabezpečení, které by pro vás mohlo představovat vysoké riziko, budeme vás o tom bez zbytečného odkladu informovat.

## 13. Cookies

Cookies, které nejsou nezbytné pro fungování webu, ukládáme jen s vaším souhlasem podle § 89 odst. 3 zákona č. 127/2005 Sb., o elektronických komunikacích. Nastavení můžete kdykoli změnit odkazem „Nastavení cookies“ v patičce webu.
"""

EDITS = [
    {"note": "retention: questionnaire answers and reviews kept 2 years instead of 3 (silent, date not bumped)", "bump": False,
     "repl": [("odpovědi z dotazníků a recenze 3 roky od odeslání", "odpovědi z dotazníků a recenze 2 roky od odeslání")]},
    {"note": "price watch: push notifications in the new mobile app and the device token (new sentences)",
     "repl": [("pošleme vám e-mail, jakmile cena klesne pod zvolenou hranici.",
               "pošleme vám e-mail nebo oznámení v mobilní aplikaci Cenoskop, jakmile cena klesne pod zvolenou hranici. Pro zasílání oznámení uchováváme identifikátor vašeho zařízení, který smažeme, jakmile oznámení v aplikaci vypnete nebo aplikaci odinstalujete.")]},
    {"note": "advertising: Google Ad Manager added next to Seznam (silent)", "bump": False,
     "repl": [("prostřednictvím reklamního systému Seznam.cz, a.s.", "prostřednictvím reklamních systémů Seznam.cz, a.s. a Google Ireland Limited (Google Ad Manager).")]},
    {"note": "reviews: AI-generated summaries of reviews (labelled), reviewers not identified",
     "repl": [("Recenze, které porušují naše pravidla, odstraňujeme.",
               "Recenze, které porušují naše pravidla, odstraňujeme.\n\n"
               "U oblíbených produktů zobrazujeme shrnutí recenzí, které automaticky vytváří jazykový model z veřejně zveřejněných recenzí. Shrnutí je označeno jako „Shrnutí vytvořené umělou inteligencí“, neobsahuje jména recenzentů a model se na vašich recenzích netrénuje.")]},
    {"note": "new section 'Kontaktní místo a oznamování nezákonného obsahu' (DSA single point of contact, notices, statements of reasons)",
     "repl": [("## 13. Cookies",
               "## 13. Oznámení nezákonného obsahu\n\n"
               "Podle nařízení (EU) 2022/2065 o digitálních službách nám můžete oznámit recenzi, dotaz nebo nabídku, kterou považujete za nezákonnou, prostřednictvím formuláře u každého příspěvku. Zpracováváme přitom vaše jméno, e-mail a obsah oznámení, abychom je mohli posoudit a informovat vás o výsledku. Autorovi odstraněného příspěvku zašleme odůvodnění. Jednotným kontaktním místem pro orgány a uživatele je e-mail [dsa@cenoskop.cz](mailto:dsa@cenoskop.cz).\n\n"
               "## 14. Cookies")]},
]

OFFERS = [("Apple iPhone 15 128GB", 17990, 54), ("Samsung Galaxy S24 256GB", 19490, 61), ("Dyson V15 Detect Absolute", 15990, 38),
          ("Philips Series 5400 EP5447/90", 11490, 47), ("Sony WH-1000XM5", 7290, 72), ("Lego Technic 42156 Peugeot 9X8", 4399, 33),
          ("Xiaomi Robot Vacuum X10+", 12990, 29), ("Garmin Forerunner 265", 9990, 41)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = (C.alnum(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789") + C.b64tok(rng, 15), C.hexs(rng, 26))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.35, lambda: str(rng.randint(1600000000, 1800000000)))
    s["ads"] = C.keep_or(rng, prev.get("ads"), 0.5, lambda: rng.choice([(3, 7), (2, 5, 9), (4, 8), (2, 6, 10)]))
    k = rng.randrange(len(OFFERS))
    s["tip"] = (k, OFFERS[k][1] + rng.choice([-500, -300, -200, 0, 0, 100, 200]), OFFERS[k][2] + rng.randint(-4, 6),
                rng.choice([4, 5]))
    s["offers"] = 38_000_000 + (when - dt.datetime(2021, 1, 1)).days * 4100 + rng.randint(0, 9999)
    s["cmp"] = C.uuid4(rng)
    return s


LABELS = {
    "token": "Nette CSRF token (_token_) and session id",
    "assets": "asset version query string (?v=)",
    "ads": "Seznam SSP ad slots between sections (A/B layout)",
    "tip": "sponsored 'Tip' offer box with live price and shop count",
    "offers": "header 'N nabídek z M obchodů' counter",
    "cmp": "consent bar id",
}


def render(s, blocks, when):
    tok, sess = s["token"]
    v = s["assets"]
    k, price, shops, stars = s["tip"]
    out = []
    n_h2 = 0
    for b in blocks:
        if b[0] == "h2":
            n_h2 += 1
            if n_h2 in s["ads"]:
                z = 284700 + n_h2
                out.append('<div class="adsbox adsbox--leaderboard"><span class="adsbox__label">Reklama</span>'
                           '<div id="ssp-zone-%d" class="ssp-zone" data-width="728" data-height="90"></div>'
                           '<script>sssp.getAds([{"zoneId":%d,"id":"ssp-zone-%d","width":728,"height":90}]);</script></div>' % (z, z, z))
            if n_h2 == 5:
                out.append('<div class="offer-tip"><span class="offer-tip__label">Tip</span><a href="/produkt/%d">%s</a>'
                           '<span class="offer-tip__price">od %s Kč</span><span class="offer-tip__shops">v %d obchodech</span>'
                           '<span class="stars stars--%d" title="Hodnocení %d z 5"></span></div>'
                           % (7700000 + k * 37, OFFERS[k][0], "{:,}".format(price).replace(",", "&nbsp;"), shops, stars, stars))
        out.append(C.block_html(b))
    content = "\n".join(out)
    for tag in ("</li>", "</th>", "</td>", "</tr>", "<tbody>"):
        content = content.replace(tag, tag + "\n")
    return ('<!DOCTYPE html>\n<html lang="cs">\n<head>\n\t<meta charset="utf-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '\t<title>Ochrana osobních údajů | Cenoskop.cz</title>\n\t<link rel="canonical" href="%s">\n'
            '\t<link rel="stylesheet" href="/assets/dist/main.css?v=%s">\n'
            '\t<script src="https://ssp.seznam.cz/static/js/ssp.js"></script>\n'
            '\t<script src="/assets/dist/cmp.js?v=%s" defer></script>\n</head>\n<body class="page-static">\n'
            '<header class="header"><div class="header__inner"><a href="/" class="header__logo"><img src="/assets/img/cenoskop.svg?v=%s" alt="Cenoskop.cz"></a>'
            '<form action="/hledat" method="get" class="search"><input type="text" name="q" placeholder="Hledejte mezi %s nabídkami" class="search__input"><button class="btn btn--search">Hledat</button></form>'
            '<div class="header__badge"><a href="/overeno-zakazniky">Ověřeno zákazníky</a></div>'
            '<a href="/prihlaseni" class="header__login">Přihlásit</a></div>'
            '<nav class="menu"><ul><li><a href="/elektronika">Elektronika</a></li><li><a href="/bile-zbozi">Bílé zboží</a></li>'
            '<li><a href="/dum-a-zahrada">Dům a zahrada</a></li><li><a href="/sport">Sport</a></li><li><a href="/deti">Děti</a></li><li><a href="/obchody">Obchody</a></li></ul></nav></header>\n'
            '<div class="breadcrumbs"><a href="/">Cenoskop</a> › <a href="/informace">Informace</a> › <span>Ochrana osobních údajů</span></div>\n'
            '<div class="layout"><aside class="layout__side"><ul class="side-menu"><li><a href="/informace/o-nas">O nás</a></li>'
            '<li><a href="/informace/obchodni-podminky">Obchodní podmínky</a></li><li class="active"><a href="/informace/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li>'
            '<li><a href="/informace/cookies">Cookies</a></li><li><a href="/informace/razeni-nabidek">Jak řadíme nabídky</a></li><li><a href="/informace/kontakt">Kontakt</a></li></ul></aside>\n'
            '<div class="layout__main"><div class="content-box static-page">\n%s\n'
            '<div class="related-info"><h2>Mohlo by vás zajímat</h2><ul><li><a href="/informace/razeni-nabidek">Jak řadíme nabídky</a></li>'
            '<li><a href="/overeno-zakazniky">Program Ověřeno zákazníky</a></li><li><a href="/informace/cookies">Zásady používání cookies</a></li></ul></div>\n'
            '<form action="/informace/ochrana-osobnich-udaju" method="post" id="frm-newsletterForm" class="newsletter">'
            '<label for="frm-newsletterForm-email">Chcete dostávat tipy na nejlepší slevy?</label><input type="email" name="email" id="frm-newsletterForm-email" required>'
            '<input type="submit" name="send" value="Odebírat" class="btn"><input type="hidden" name="_token_" value="%s"><input type="hidden" name="_do" value="newsletterForm-submit"></form>\n'
            '</div></div></div>\n'
            '<footer class="footer"><p>&copy; 2012–%d Cenoskop s.r.o. Ceny jsou uvedeny včetně DPH.</p><p><a href="#" data-cmp-open>Nastavení cookies</a> · '
            '<a href="/informace/ochrana-osobnich-udaju">Ochrana osobních údajů</a> · <a href="/informace/dsa">Digital Services Act</a></p></footer>\n'
            '<div class="cmp-bar" id="cmp" data-cmp-id="%s" hidden><p>Cenoskop.cz a partneři potřebují váš souhlas k využití cookies pro personalizaci obsahu a reklam.</p>'
            '<button data-cmp-accept>Souhlasím</button><button data-cmp-settings>Nastavení</button></div>\n'
            '<script src="/assets/dist/main.js?v=%s"></script>\n<script>window.cenoskop={"sid":"%s","page":"static","ads":%d};</script>\n'
            '</body>\n</html>\n'
            % (URL, v, v, v, "{:,}".format(s["offers"]).replace(",", " "), content, tok, when.year, s["cmp"], v, sess, len(s["ads"])))


PAGE = {
    "service": "Cenoskop", "url": URL, "lang": "cs-CZ", "platform": "Nette (Latte), flat static page",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Nette Framework 3"), ("Vary", "X-Requested-With")),
    "n": 30, "start": dt.date(2021, 3, 22), "end": dt.date(2026, 6, 10),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": ".static-page > h1", "endBefore": ".static-page > .related-info"}],
                    "remove": [".adsbox", ".offer-tip"]},
}
