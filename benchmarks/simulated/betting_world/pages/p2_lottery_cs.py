"""Korunní loterie (Czech national lottery operator), Sitecore 10 with SXA (Experience Accelerator).

Noise: the jackpot bar in the header (Eurojackpot and Loto amounts and the next draw, new after every draw); the
ASP.NET __RequestVerificationToken of the header's login form on every response; media ?rev=/&hash= values after
media re-publishing; an editor-placed "jackpot teaser" promo component dropped into the page-content placeholder,
i.e. inside the declared .legal-article container, showing the current jackpot (the declaration removes it).
"""
import datetime as dt

import common as C

URL = "https://www.korunniloterie.cz/ochrana-osobnich-udaju"

POLICY = """# Zásady zpracování osobních údajů

Platné od {UPDATED}

Společnost Korunní loterie a.s. (dále jen „Korunní loterie“ nebo „my“) je provozovatelem loterií a dalších hazardních her na základě základního povolení vydaného Ministerstvem financí. Ochrana vašich osobních údajů je pro nás prioritou. V tomto dokumentu vysvětlujeme, jaké osobní údaje zpracováváme, proč to děláme, jak dlouho je uchováváme a jaká máte práva podle nařízení Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a zákona č. 110/2019 Sb., o zpracování osobních údajů.

## 1. Správce osobních údajů

Správcem vašich osobních údajů je:

@ Korunní loterie a.s.
@ Na Florenci 2116/15, 110 00 Praha 1
@ IČO: 27412345, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B, vložka 10234

Jmenovali jsme pověřence pro ochranu osobních údajů, kterého můžete kontaktovat e-mailem na adrese [dpo@korunniloterie.cz](mailto:dpo@korunniloterie.cz) nebo písemně na adrese sídla společnosti s označením „K rukám pověřence“.

## 2. Jaké osobní údaje zpracováváme

Podle toho, jak naše služby využíváte, zpracováváme zejména tyto kategorie údajů:

- **identifikační údaje**: jméno, příjmení, datum narození, rodné číslo, číslo a platnost dokladu totožnosti, státní občanství;
- **kontaktní údaje**: adresa trvalého bydliště, e-mail, telefonní číslo;
- **údaje o herním účtu**: číslo herního účtu, vklady, výběry, sázky, výhry, nastavené limity a sebevyloučení;
- **platební údaje**: číslo bankovního účtu, údaje o platební kartě v rozsahu poskytnutém platební bránou;
- **technické údaje**: IP adresa, identifikátor zařízení, typ prohlížeče, údaje o přihlášení;
- **údaje z komunikace**: záznamy hovorů se zákaznickou linkou a e-mailová korespondence.

Účast na hazardních hrách je podle zákona č. 186/2016 Sb., o hazardních hrách, povolena pouze osobám starším 18 let. Před zřízením herního účtu proto vždy ověřujeme vaši totožnost a věk.

Osobní údaje získáváme především přímo od vás při registraci a při používání herního účtu. Další údaje získáváme od bank v rámci služby bankovní identity, z rejstříku vyloučených osob, od prodejců v naší obchodní síti (například při výplatě výhry nad 10 000 Kč na pobočce) a z veřejně dostupných seznamů politicky exponovaných osob a osob, vůči nimž jsou uplatňovány mezinárodní sankce.

## 3. Účely a právní základy zpracování

| Účel zpracování | Právní základ | Doba uložení |
| Zřízení a vedení herního účtu, účast ve hře | plnění smlouvy | po dobu trvání účtu a 3 roky po jeho zrušení |
| Identifikace a kontrola klienta podle zákona č. 253/2008 Sb. | právní povinnost | 10 let od ukončení obchodního vztahu |
| Kontrola v rejstříku vyloučených osob | právní povinnost | po dobu trvání účtu |
| Výplata výher a daňové povinnosti | právní povinnost | 10 let |
| Zasílání obchodních sdělení | souhlas nebo oprávněný zájem | do odvolání souhlasu nebo podání námitky |
| Zabezpečení služeb a prevence podvodů | oprávněný zájem | 2 roky |

## 4. Rejstřík fyzických osob vyloučených z účasti na hazardních hrách

Jako provozovatel hazardních her jsme ze zákona povinni ověřovat, zda nejste zapsáni v rejstříku fyzických osob vyloučených z účasti na hazardních hrách, který vede Ministerstvo financí. Ověření probíhá při registraci a poté pravidelně po celou dobu existence herního účtu. Pokud je osoba v rejstříku zapsána, nesmíme jí účast na hazardní hře umožnit. Pokud o zápis do rejstříku požádáte sami prostřednictvím nás, předáme vaši žádost Ministerstvu financí spolu s údaji nezbytnými k vaší identifikaci.

## 5. Příjemci osobních údajů

Vaše osobní údaje předáváme pouze v nezbytném rozsahu, a to:

- orgánům veřejné moci, zejména Ministerstvu financí, Finančnímu analytickému úřadu, Celní správě a orgánům činným v trestním řízení, pokud nám to ukládá zákon;
- prodejcům v obchodní síti, pokud u nich vyplácíte výhru;
- zpracovatelům, kteří pro nás zajišťují provoz služeb.

| Zpracovatel | Činnost | Sídlo |
| ČSOB a.s. | platební brána a výplaty výher | Česká republika |
| Bankovní identita, a.s. | ověření totožnosti přes bankovní identitu | Česká republika |
| Salesforce Inc. | zákaznická podpora a CRM | EU / USA |
| Mailkit s.r.o. | rozesílání e-mailů | Česká republika |

## 6. Předávání údajů mimo Evropskou unii

Osobní údaje zpracováváme především v rámci Evropské unie. Pokud některý zpracovatel sídlí mimo EU, předáváme údaje pouze na základě rozhodnutí Evropské komise o odpovídající ochraně (včetně rámce EU–USA pro ochranu osobních údajů) nebo standardních smluvních doložek.

## 7. Cookies a měření návštěvnosti

Na našem webu a v mobilní aplikaci používáme soubory cookies. Nezbytné cookies používáme bez vašeho souhlasu, analytické a marketingové pouze s ním. Svůj souhlas můžete kdykoli změnit v nastavení cookies v patičce webu.

Pokud nám k tomu udělíte souhlas, zasíláme vám informace o aktuálních jackpotech, výsledcích losování a nových hrách. Obchodní sdělení vám nikdy nezasíláme v době, kdy máte nastaveno sebevyloučení nebo časový limit. Odběr můžete kdykoli zrušit odkazem v každém e-mailu nebo v nastavení herního účtu.

## 8. Vaše práva

V souvislosti se zpracováním osobních údajů máte právo:

- na přístup k osobním údajům;
- na opravu nepřesných údajů;
- na výmaz, pokud nám jej nebrání zákonná povinnost údaje uchovávat;
- na omezení zpracování;
- na přenositelnost údajů;
- vznést námitku proti zpracování na základě oprávněného zájmu, včetně přímého marketingu;
- kdykoli odvolat souhlas, aniž by tím byla dotčena zákonnost dřívějšího zpracování.

Žádost můžete podat e-mailem na [dpo@korunniloterie.cz](mailto:dpo@korunniloterie.cz), prostřednictvím svého herního účtu nebo písemně. Vyřídíme ji bez zbytečného odkladu, nejpozději do jednoho měsíce. Ve složitějších případech můžeme lhůtu prodloužit o další dva měsíce; o prodloužení vás vždy informujeme. Abychom vaše údaje nevydali neoprávněné osobě, můžeme vás před vyřízením žádosti požádat o ověření totožnosti, například přihlášením do herního účtu.

Máte také právo podat stížnost u dozorového úřadu:

@ Úřad pro ochranu osobních údajů
@ Pplk. Sochora 27, 170 00 Praha 7
@ www.uoou.gov.cz

## 9. Zabezpečení

Přijali jsme technická a organizační opatření, abychom vaše údaje chránili před neoprávněným přístupem, ztrátou či zneužitím. Přístup k údajům mají pouze pověření zaměstnanci, kteří jsou vázáni mlčenlivostí. Naše systémy jsou certifikovány podle normy ISO/IEC 27001.

## 10. Změny těchto zásad

Tyto zásady můžeme průběžně aktualizovat. Aktuální znění je vždy k dispozici na této stránce. O podstatných změnách vás budeme informovat e-mailem nebo oznámením ve vašem herním účtu."""

EDITS = [
    {"note": "processor added (Infobip SMS) to the processors table",
     "repl": [("| Mailkit s.r.o. | rozesílání e-mailů | Česká republika |",
               "| Mailkit s.r.o. | rozesílání e-mailů | Česká republika |\n"
               "| Infobip Ltd. | zasílání SMS a ověřovacích kódů | EU |")]},
    {"note": "security retention shortened from 2 years to 18 months", "bump": False,
     "repl": [("| Zabezpečení služeb a prevence podvodů | oprávněný zájem | 2 roky |",
               "| Zabezpečení služeb a prevence podvodů | oprávněný zájem | 18 měsíců |")]},
    {"note": "sentence added on the mobile app's push notifications and location for the Czech-only check",
     "repl": [("Svůj souhlas můžete kdykoli změnit v nastavení cookies v patičce webu.",
               "Svůj souhlas můžete kdykoli změnit v nastavení cookies v patičce webu. Mobilní aplikace navíc "
               "s vaším svolením zpracovává údaj o poloze, abychom ověřili, že sázku podáváte z území České "
               "republiky, a zasílá oznámení o výsledcích losování.")]},
    {"note": "DPO e-mail address changed (both occurrences) and company seat moved",
     "repl": [("kontaktovat e-mailem na adrese [dpo@korunniloterie.cz](mailto:dpo@korunniloterie.cz)",
               "kontaktovat e-mailem na adrese [poverenec@korunniloterie.cz](mailto:poverenec@korunniloterie.cz)"),
              ("Žádost můžete podat e-mailem na [dpo@korunniloterie.cz](mailto:dpo@korunniloterie.cz)",
               "Žádost můžete podat e-mailem na [poverenec@korunniloterie.cz](mailto:poverenec@korunniloterie.cz)"),
              ("@ Na Florenci 2116/15, 110 00 Praha 1", "@ Vinohradská 2828/151, 130 00 Praha 3")]},
    {"note": "new section on automated decision-making (player-protection risk scoring)",
     "repl": [("## 9. Zabezpečení", "## 9. Automatizované rozhodování a profilování\n\n"
               "Abychom včas rozpoznali rizikové hraní, vyhodnocujeme automaticky vaši herní aktivitu (výši a "
               "četnost vkladů, délku hraní, opakované zvyšování limitů). Pokud systém vyhodnotí zvýšené riziko, "
               "kontaktuje vás náš tým odpovědného hraní. Rozhodnutí o omezení účtu vždy přezkoumá člověk.\n\n"
               "## 10. Zabezpečení"),
              ("## 10. Změny těchto zásad", "## 11. Změny těchto zásad")]},
]

MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def czk(n):
    s = "{:,}".format(n).replace(",", "\u00a0")
    return s + "\u00a0Kč"


def next_draw(when, weekdays):
    d = when.date()
    while True:
        d += dt.timedelta(days=1)
        if d.weekday() in weekdays:
            return d


DAYS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]


def noise(rng, when, i, prev):
    prev = prev or {}
    ej = rng.choice([10, 12, 15, 20, 25, 32, 40, 47, 55, 61, 70, 82, 90, 100, 120]) * 10_000_000 * 25 // 10
    loto = rng.randint(30, 220) * 1_000_000
    return {
        "token": C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("="),
        "jackpot": (ej, loto, str(next_draw(when, (1, 4))), str(next_draw(when, (2, 4, 6)))),
        "rev": C.keep_or(rng, prev.get("rev"), 0.15, lambda: (C.hexs(rng, 32), C.hexs(rng, 32).upper())),
    }


LABELS = {"token": "ASP.NET __RequestVerificationToken (login form)", "jackpot":
          "jackpot bar in the header and the jackpot teaser inside the content placeholder",
          "rev": "Sitecore media ?rev= / hash values"}


def render(s, blocks, when):
    ej, loto, ejd, lotod = s["jackpot"]
    rev, hsh = s["rev"]
    ejd = dt.date.fromisoformat(ejd)
    lotod = dt.date.fromisoformat(lotod)
    tok = s["token"]
    head_blocks, rest = blocks[:2], blocks[2:]
    # split the body after its third section: the editors dropped the promo component there
    cut = [k for k, b in enumerate(rest) if b[0] == "h2"][3]
    title = C.blocks_html(head_blocks[:1], {"h1": "field-title"})
    date = C.blocks_html(head_blocks[1:], {"p": "legal-date"})
    rich1 = C.blocks_html(rest[:cut])
    rich2 = C.blocks_html(rest[cut:])
    rich1 = rich1.replace("<table>", '<table class="table-legal">')
    rich2 = rich2.replace("<table>", '<table class="table-legal">')
    media = "?rev=%s&amp;hash=%s" % (rev, hsh)
    teaser = ('<div class="component promo jackpot-teaser col-12">\n<div class="component-content">'
              '<div class="promo-icon"><img src="/-/media/project/korunni/hry/eurojackpot-logo.svg%s" alt="Eurojackpot" /></div>'
              '<div class="promo-text"><div class="field-promotext"><p>Aktuální jackpot <strong>%s</strong></p>'
              '<p>Nejbližší slosování: %s %d. %d. ve 20:00</p></div></div>'
              '<div class="promo-link"><a href="/hry/eurojackpot" class="btn btn-primary">Vsadit online</a></div>'
              '</div>\n</div>' % (media, czk(ej), DAYS[ejd.weekday()], ejd.day, ejd.month))
    bar = ('<div class="component jackpot-bar"><div class="component-content"><ul>'
           '<li class="jackpot-bar__item jackpot-bar__item--eurojackpot"><span class="name">Eurojackpot</span> '
           '<span class="amount">%s</span> <span class="draw">%s %d. %d.</span></li>'
           '<li class="jackpot-bar__item jackpot-bar__item--loto"><span class="name">Loto</span> '
           '<span class="amount">%s</span> <span class="draw">%s %d. %d.</span></li></ul></div></div>'
           % (czk(ej), DAYS[ejd.weekday()], ejd.day, ejd.month, czk(loto), DAYS[lotod.weekday()], lotod.day, lotod.month))
    login = ('<div class="component login-form"><div class="component-content">'
             '<form action="/api/sitecore/Account/Login" method="post"><input name="__RequestVerificationToken" '
             'type="hidden" value="%s" /><input type="text" name="Username" placeholder="E-mail nebo číslo účtu" />'
             '<input type="password" name="Password" placeholder="Heslo" /><button type="submit">Přihlásit</button>'
             '<a href="/registrace" class="btn-register">Registrace</a></form></div></div>' % tok)
    nav = "".join('<li class="level1 item%d rel-level1"><div class="navigation-title field-navigationtitle">'
                  '<a title="%s" href="%s">%s</a></div></li>' % (k, t, h, t)
                  for k, (h, t) in enumerate((("/hry/eurojackpot", "Eurojackpot"), ("/hry/loto", "Loto"),
                                               ("/hry/stirací-losy", "Stírací losy"), ("/sazky", "Sázky"),
                                               ("/vysledky", "Výsledky"), ("/odpovedne-hrani", "Odpovědné hraní"))))
    header = ('<header>\n<div id="header" class="container">\n<div class="row">\n%s\n'
              '<div class="component image file-type-icon-media-link col-2 logo"><div class="component-content">'
              '<a title="Korunní loterie" href="/"><img src="/-/media/project/korunni/shared/logo.svg%s" alt="Korunní loterie" '
              'width="180" height="48" /></a></div></div>\n'
              '<nav class="component navigation navigation-main navigation-main-horizontal col-8"><div class="component-content">'
              '<ul class="clearfix">%s</ul></div></nav>\n%s\n</div>\n</div>\n</header>' % (bar, media, nav, login))
    main = ('<main>\n<div id="content" class="container">\n'
            '<div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>'
            '<li class="breadcrumb-item home"><a href="/">Úvod</a></li>'
            '<li class="breadcrumb-item last"><a href="/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li></ol></nav></div></div>\n'
            '<div class="row component column-splitter">\n<div class="col-12 col-lg-9">\n'
            '<div class="legal-article" data-ph="page-content">\n'
            '<div class="component title"><div class="component-content">%s</div></div>\n'
            '<div class="component rich-text legal-date-box"><div class="component-content">%s</div></div>\n'
            '<div class="component rich-text"><div class="component-content">\n%s\n</div></div>\n%s\n'
            '<div class="component rich-text"><div class="component-content">\n%s\n</div></div>\n'
            '</div>\n</div>\n<div class="col-12 col-lg-3">\n<div class="component link-list side-nav"><div class="component-content">'
            '<h3>Právní informace</h3><ul><li><a href="/herni-plan">Herní plány</a></li><li><a href="/ochrana-osobnich-udaju">'
            'Ochrana osobních údajů</a></li><li><a href="/cookies">Zásady cookies</a></li><li><a href="/reklamace">Reklamační řád</a></li>'
            '<li><a href="/povoleni">Povolení k provozování</a></li></ul></div></div>\n</div>\n</div>\n</div>\n</main>'
            % (title, date, rich1, teaser, rich2))
    footer = ('<footer>\n<div id="footer" class="container">\n<div class="component rich-text footer-legal"><div class="component-content">'
              '<p><img src="/-/media/project/korunni/shared/18plus.svg%s" alt="18+" /> Účast na hazardních hrách osobám mladším '
              '18 let zakázána. Hazardní hry mohou vést ke vzniku závislosti. Pomoc: <a href="tel:+420800350000">800 350 000</a>.</p>'
              '<p>Korunní loterie a.s. je provozovatelem hazardních her na základě základního povolení MF ČR č. j. MF-2741/2017/34-3.</p>'
              '<p>&copy; %d Korunní loterie a.s. | <a href="#" class="ot-sdk-show-settings">Nastavení cookies</a></p>'
              '</div></div>\n</div>\n</footer>' % (media, when.year))
    return ('<!DOCTYPE html>\n<html lang="cs">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<title>Ochrana osobních údajů | Korunní loterie</title>\n'
            '<link rel="canonical" href="%s" />\n'
            '<link href="/-/media/base-themes/main-theme/styles/optimized-min.css%s" rel="stylesheet" />\n'
            '<link href="/-/media/themes/korunni/korunni/styles/pre-optimized-min.css%s" rel="stylesheet" />\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" '
            'data-domain-script="3c1f2a7e-55d0-4c1b-9b7e-8f0e2d1a6c44"></script>\n'
            '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':new Date().getTime(),event:\'gtm.js\'});'
            'var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i;'
            'f.parentNode.insertBefore(j,f);})(window,document,\'script\',\'dataLayer\',\'GTM-PQ4ZL2X\');</script>\n'
            '</head>\n<body class="default-device bodyclass">\n<!-- #wrapper -->\n<div id="wrapper">\n%s\n%s\n%s\n</div>\n'
            '<!-- /#wrapper -->\n<script src="/-/media/base-themes/main-theme/scripts/optimized-min.js%s"></script>\n'
            '</body>\n</html>\n' % (URL, media, media, header, main, footer, media))


PAGE = {
    "service": "Korunní loterie",
    "url": URL,
    "lang": "cs",
    "platform": "Sitecore 10 SXA",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 30,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 8, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-article", "remove": ".jackpot-teaser"},
}
