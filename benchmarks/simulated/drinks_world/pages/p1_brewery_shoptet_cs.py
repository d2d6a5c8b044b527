"""Czech craft brewery's e-shop on Shoptet (template 11 "Classic"): the policy is a Shoptet article page
("Podmínky ochrany osobních údajů") written in the admin's CKEditor, with the non-breaking spaces after one-letter
prepositions that Czech editors type. Around it: the age-verification popup (an add-on), Shoptet's cookie bar, the
information bar with the limited edition's presale countdown and "bottles left" stock, the tasting and brewery-tour
calendar in the footer, today's taproom hours, a per-visit CSRF token in shoptet.config and the forms, the CDN
build parameter that moves with Shoptet releases. Nothing volatile inside the declared `.pageArticleDetail`."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.pivovarkamennymost.cz/podminky-ochrany-osobnich-udaju/"
MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]
DAYS = ["po", "út", "st", "čt", "pá", "so", "ne"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Zásady zpracování osobních údajů

Aktualizováno dne {UPDATED}

Vážení zákazníci a přátelé piva, v této informaci vám vysvětlujeme, jak v našem e-shopu, v pivovarské prodejně a při akcích v pivovaru zpracováváme vaše osobní údaje. Postupujeme podle nařízení Evropského parlamentu a Rady (EU) 2016/679, obecného nařízení o ochraně osobních údajů (dále jen „GDPR“), a zákona č. 110/2019 Sb., o zpracování osobních údajů.

## 1. Kdo je správcem

Správcem vašich osobních údajů je společnost:

@ Pivovar Kamenný Most s.r.o.
@ Náměstí Míru 18, 592 31 Nové Město na Moravě
@ IČO: 07412589, DIČ: CZ07412589
@ zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 109874

Kontaktovat nás můžete e-mailem na [osobniudaje@pivovarkamennymost.cz](mailto:osobniudaje@pivovarkamennymost.cz), telefonicky na čísle +420 566 617 240 (po–pá 8–15 h) nebo dopisem na adresu sídla. Pověřence pro ochranu osobních údajů jsme nejmenovali, protože nám to právní předpisy neukládají.

## 2. Jaké údaje zpracováváme

Zpracováváme jen ty údaje, které nám sami poskytnete nebo které vznikají při používání našeho e-shopu:

- identifikační a kontaktní údaje: jméno, příjmení, doručovací a fakturační adresa, e-mail, telefon, u firem IČO a DIČ;
- údaje o objednávkách: zakoupené zboží, cena, způsob platby a dopravy, stav vratných lahví a přepravek;
- potvrzení, že jste dosáhli věku 18 let, které udělujete při vstupu do e-shopu a při převzetí zásilky;
- údaje o komunikaci s námi: dotazy, reklamace a recenze;
- technické údaje: IP adresa, typ prohlížeče, cookies a údaje o chování na webu, pokud k tomu dáte souhlas.

Většinu údajů získáváme přímo od vás. Pokud nám objednávku předá partnerská prodejna nebo firma, která u nás objednává pivo pro své zaměstnance, získáváme kontaktní údaje příjemce od ní.

Alkoholické nápoje prodáváme výhradně osobám starším 18 let. Pokud kurýr při předání zjistí, že příjemce zletilý není, zásilku nevydá a vrátí ji zpět do pivovaru.

## 3. Proč údaje zpracováváme a na jakém právním základě

| Účel | Právní základ | Doba uložení |
| Vyřízení objednávky, doručení a platba | plnění smlouvy | po dobu trvání smlouvy a 3 roky po jejím skončení |
| Vedení účetnictví a daňové evidence | právní povinnost | 10 let od konce zdaňovacího období |
| Ověření věku kupujícího | právní povinnost podle zákona č. 65/2017 Sb. | po dobu vyřízení objednávky |
| Vyřízení reklamací a uplatnění nároků | oprávněný zájem | 4 roky od převzetí zboží |
| Zasílání novinek a pozvánek na akce | souhlas, u stávajících zákazníků oprávněný zájem | do odvolání souhlasu nebo odhlášení |
| Registrace na degustace a prohlídky pivovaru | plnění smlouvy | 1 rok od konání akce |
| Analytické a marketingové cookies | souhlas | podle nastavení cookies, nejdéle 13 měsíců |

## 4. Komu údaje předáváme

Vaše údaje neprodáváme. Předáváme je jen zpracovatelům a dalším příjemcům, bez kterých bychom objednávku nemohli vyřídit:

| Příjemce | Účel |
| Shoptet, a.s., Praha | provoz e-shopu a hosting |
| Zásilkovna s.r.o. (Packeta) | doručení na výdejní místa a do Z-BOXů |
| PPL CZ s.r.o. | doručení kurýrem |
| Comgate, a.s. | platby kartou a bankovním převodem |
| Ecomail.cz s.r.o. | rozesílání newsletteru |
| Heureka Group a.s. | dotazník spokojenosti Ověřeno zákazníky, jen se souhlasem |
| Google Ireland Ltd. | měření návštěvnosti (Google Analytics 4) |

Pokud využijete platbu přes Google Pay nebo Apple Pay, zpracovávjí vaše údaje také tito poskytovatelé jako samostatní správci podle svých zásad.

Pokud pošlete pivo nebo dárkový poukaz jako dárek, zpracováváme jméno, adresu a telefon obdarovaného výhradně za účelem doručení zásilky. Obdarovaného neoslovujeme s nabídkami a jeho údaje po doručení a uplynutí lhůty pro reklamaci vymažeme.

Údaje mimo Evropskou unii nepředáváme, s výjimkou služeb společnosti Google, u nichž je předání zajištěno standardními smluvními doložkami a rámcem EU–USA pro ochranu osobních údajů.

## 5. Cookies

Nezbytné cookies používáme k tomu, aby fungoval košík, přihlášení a ověření věku. Analytické a marketingové cookies ukládáme jen s vaším souhlasem, který udělujete v cookie liště. Souhlas můžete kdykoli změnit odkazem Nastavení cookies v patičce webu.

| Cookie | Účel | Platnost |
| PHPSESSID | udržení relace, košíku a přihlášení | do zavření prohlížeče |
| CookiesOK | uložení vaší volby v cookie liště | 6 měsíců |
| ageVerified | potvrzení, že je vám 18 let | 30 dní |
| _ga | statistika návštěvnosti Google Analytics, jen se souhlasem | 13 měsíců |

## 6. Newsletter a Pivní klub

Pokud se přihlásíte k odběru novinek nebo do Pivního klubu, posíláme vám zhruba dvakrát měsíčně informace o nových várkách, limitovaných edicích a akcích v pivovaru. Z odběru se odhlásíte jedním kliknutím v každém e-mailu. Členům Pivního klubu evidujeme nasbírané body a historii nákupů, abychom jim mohli poskytovat slevy a předprodej limitovaných edic.

Na veřejných akcích v pivovaru, jako jsou Pivovarské slavnosti nebo Den otevřených dveří, pořizujeme fotografie a krátká videa, která zveřejňujeme na webu a na sociálních sítích pivovaru. O fotografování vás informujeme u vstupu. Pokud nechcete být na fotografiích, řekněte to prosím fotografovi nebo nám napište a snímek odstraníme.

## 7. Vaše práva

V souvislosti se zpracováním osobních údajů máte právo:

- požadovat přístup ke svým údajům a jejich kopii;
- na opravu nepřesných nebo neúplných údajů;
- na výmaz, pokud údaje již nepotřebujeme nebo jste odvolali souhlas;
- na omezení zpracování;
- na přenositelnost údajů;
- vznést námitku proti zpracování na základě oprávněného zájmu, včetně přímého marketingu;
- kdykoli odvolat udělený souhlas.

Žádost můžete poslat na výše uvedený e-mail nebo ji podat osobně v pivovarské prodejně. Odpovíme vám nejpozději do jednoho měsíce.

Pokud se domníváte, že údaje zpracováváme v rozporu s právními předpisy, můžete podat stížnost u dozorového úřadu:

@ Úřad pro ochranu osobních údajů
@ Pplk. Sochora 27, 170 00 Praha 7
@ [www.uoou.cz](https://www.uoou.cz)

## 8. Zabezpečení

Údaje chráníme technickými i organizačními opatřeními: přístup do administrace e-shopu mají jen pověření zaměstnanci, komunikace s e-shopem probíhá šifrovaně a platební údaje z karet neukládáme, zpracovává je výhradně platební brána.

## 9. Změny těchto zásad

Tyto zásady můžeme průběžně aktualizovat, zejména když přidáme novou službu nebo změníme dopravce. Aktuální znění najdete vždy na této stránce a o podstatných změnách vás informujeme e-mailem.
"""

EDITS = [
    {"note": "Balíkovna added to the recipients table",
     "repl": [("| PPL CZ s.r.o. | doručení kurýrem |",
               "| PPL CZ s.r.o. | doručení kurýrem |\n| Česká pošta, s.p. | doručení na výdejní místa Balíkovna |")]},
    {"note": "typo fixed (zpracovávjí -> zpracovávají), date not bumped", "bump": False,
     "repl": [("zpracovávjí vaše údaje", "zpracovávají vaše údaje")]},
    {"note": "customer phone number and hours changed",
     "repl": [("+420 566 617 240 (po–pá 8–15 h)", "+420 566 617 255 (po–pá 9–16 h)")]},
    {"note": "section 9 on the CCTV in the shop and taproom added, changes section renumbered to 10",
     "repl": [("## 9. Změny těchto zásad", "## 9. Kamerový systém\n\n"
               "V pivovarské prodejně a ve výčepu provozujeme kamerový systém se záznamem, a to z důvodu ochrany "
               "majetku a bezpečnosti hostů i zaměstnanců (oprávněný zájem). Kamery nesnímají toalety ani "
               "zázemí zaměstnanců. Záznamy uchováváme 7 dní, poté se automaticky přemazávají; déle je uchováme "
               "jen tehdy, pokud zachytí incident, který je třeba řešit s policií nebo pojišťovnou.\n\n"
               "## 10. Změny těchto zásad")]},
    {"note": "tasting registrations kept 2 years instead of 1",
     "repl": [("| Registrace na degustace a prohlídky pivovaru | plnění smlouvy | 1 rok od konání akce |",
               "| Registrace na degustace a prohlídky pivovaru | plnění smlouvy | 2 roky od konání akce |")]},
    {"note": "word inserted: 'nikomu' neprodáváme",
     "repl": [("Vaše údaje neprodáváme.", "Vaše údaje nikomu neprodáváme.")]},
]

EDITIONS = ["Vlčí Imperial Stout", "Medvědí Baltic Porter", "Podzimní IPA s chmelem Kazbek",
            "Zimní speciál 16° s višněmi", "Barrel Aged Barley Wine (sud od rumu)", "Sour Ale s meruňkami",
            "Dubový Doppelbock 18°", "Hoppy Lager Vysočina"]


def cz_plural(n, one, few, many):
    return one if n == 1 else few if 2 <= n <= 4 else many


def edition_of(when):
    period = when.date().toordinal() // 41
    end = dt.datetime.fromordinal((period + 1) * 41) + dt.timedelta(hours=23, minutes=59)
    return period, EDITIONS[period % len(EDITIONS)], end


def events_from(when):
    """The next tour (every Saturday) and the next tasting (first Thursday of a month, or the one after)."""
    d = when.date() + dt.timedelta(days=1)
    out = []
    sat = d + dt.timedelta(days=(5 - d.weekday()) % 7)
    out.append(("Komentovaná prohlídka pivovaru", sat, "14:00"))
    m = d.replace(day=1)
    while True:
        thu = m + dt.timedelta(days=(3 - m.weekday()) % 7)
        if thu >= d:
            break
        m = (m + dt.timedelta(days=32)).replace(day=1)
    out.append(("Degustace se sládkem: nové várky", thu, "18:00"))
    out.sort(key=lambda e: e[1])
    return tuple("%s|%s %d. %d.|%s" % (t, DAYS[x.weekday()], x.day, x.month, h) for t, x, h in out)


def taproom(when):
    wd = when.weekday()
    return {0: "zavřeno", 1: "15–22 h", 2: "15–22 h", 3: "15–23 h", 4: "14–24 h", 5: "11–24 h", 6: "11–20 h"}[wd]


def noise(rng, when, i, prev):
    prev = prev or {}
    period, name, end = edition_of(when)
    pe = prev.get("edition")
    if pe and pe[0] == period:
        left = max(12, pe[2] - rng.randint(8, 70))
    else:
        left = rng.randint(280, 620)
    delta = end - when
    return {
        "csrf": C.hexs(rng, 40),
        "cdn": C.keep_or(rng, prev.get("cdn"), 0.2, lambda: "%d.%d.%d" % (rng.randint(3, 4), rng.randint(0, 9),
                                                                        rng.randint(100, 999))),
        "edition": (period, name, left),
        "countdown": (delta.days, delta.seconds // 3600),
        "events": events_from(when),
        "taproom": taproom(when),
    }


LABELS = {"csrf": "per-visit CSRF token (shoptet.config, forms)", "cdn": "Shoptet CDN build parameter",
          "edition": "limited-edition bar: edition and bottles left", "countdown": "presale countdown (days, hours)",
          "events": "tasting and brewery-tour calendar in the footer", "taproom": "today's taproom hours"}

NBSP = re.compile(r"(?<![\w.])([kvszouaiKVSZOUAI]) ")


def cz_text(raw):
    return NBSP.sub(lambda m: m.group(1) + "&nbsp;", html.escape(raw, quote=False))


def il(t):
    return C.inline_html(t, text=cz_text)


def ck_block(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>\n" % (kind, il(v), kind)
    if kind == "p":
        return "<p>%s</p>\n" % il(v)
    if kind == "ul":
        return "<ul>\n" + "".join("\t<li>%s</li>\n" % il(x) for x in v) + "</ul>\n"
    if kind == "addr":
        return "<p>" + "<br />\n".join(il(x) for x in v) + "</p>\n"
    if kind == "table":
        rows = ["\t\t<tr>\n" + "".join("\t\t\t<td><strong>%s</strong></td>\n" % il(c) for c in v[0]) + "\t\t</tr>\n"]
        for r in v[1:]:
            rows.append("\t\t<tr>\n" + "".join("\t\t\t<td>%s</td>\n" % il(c) for c in r) + "\t\t</tr>\n")
        return ('<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n\t<tbody>\n'
                + "".join(rows) + "\t</tbody>\n</table>\n")
    raise ValueError(kind)


MENU = [("701", "/pivo/", "Pivo"), ("702", "/limitovane-edice/", "Limitované edice"),
        ("703", "/darkove-baleni/", "Dárková balení"), ("704", "/merch/", "Merch a sklo"),
        ("705", "/poukazy/", "Dárkové poukazy"), ("706", "/akce-v-pivovaru/", "Akce v pivovaru"),
        ("707", "/o-pivovaru/", "O pivovaru")]


def render(s, blocks, when):
    title = blocks[0][1]
    body = "".join(ck_block(b) for b in blocks[1:])
    period, name, left = s["edition"]
    days, hours = s["countdown"]
    cdn = s["cdn"]
    cd = "%d %s %d %s" % (days, cz_plural(days, "den", "dny", "dní"), hours,
                          cz_plural(hours, "hodina", "hodiny", "hodin"))
    ev = "".join('<li><span class="event-date">%s %s</span> <a href="/akce-v-pivovaru/">%s</a></li>\n'
                 % (e.split("|")[1], e.split("|")[2], html.escape(e.split("|")[0])) for e in s["events"])
    menu = "".join('<li class="menu-item-%s"><a href="%s" data-testid="headerMenuItem" role="menuitem" '
                   'aria-expanded="false"><b>%s</b></a></li>\n' % m for m in MENU)
    cfg = ('{"cartInfo":{"id":null,"freeShipping":false,"freeShippingFrom":1500,"leftToFreeShipping":{"priceLeft":1500,'
           '"formattedPrice":"1 500 Kč"},"discountCoupon":[],"getNoBillingShippingPrice":{"withoutVat":0,"vat":0,'
           '"withVat":0},"cartItems":[],"taxMode":"ORDINARY"},"pageType":"article","currency":"CZK","language":"cs",'
           '"projectId":548213,"pageId":27}')
    return """<!doctype html>
<html lang="cs" class="no-js desktop" data-template="11">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="pivovarkamennymost.cz" />
<meta property="og:url" content="%(url)s" />
<meta property="og:title" content="%(title)s - Pivovar Kamenný Most" />
<meta name="author" content="Pivovar Kamenný Most" />
<meta name="web_author" content="Shoptet.cz" />
<meta name="dcterms.rightsHolder" content="www.pivovarkamennymost.cz" />
<meta name="robots" content="index,follow" />
<meta name="description" content="%(title)s, Pivovar Kamenný Most" />
<title>%(title)s - Pivovar Kamenný Most</title>
<link rel="preconnect" href="https://cdn.myshoptet.com" />
<link rel="dns-prefetch" href="https://cdn.myshoptet.com" />
<link rel="preload" href="https://cdn.myshoptet.com/prj/dist/master/cms/libs/jquery/jquery-1.11.3.min.js" as="script" />
<link href="https://cdn.myshoptet.com/prj/dist/master/cms/templates/frontend_templates/shared/css/font-shoptet.css" rel="stylesheet">
<link rel="stylesheet" href="https://cdn.myshoptet.com/usr/www.pivovarkamennymost.cz/user/documents/upload/sablona/style.css?v=%(cdn)s" />
<link rel="stylesheet" href="https://cdn.myshoptet.com/tpl/2c8e4b1f/11/master/templates/frontend_templates/11/css/modules.min.css?v=%(cdn)s" />
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<link rel="canonical" href="%(url)s" />
<script>
dataLayer = [];
dataLayer.push({'shoptet' : %(cfg)s});
dataLayer.push({'cookie_consent' : {"marketing": "denied", "analytics": "denied"}});
</script>
<script>
var shoptet = shoptet || {};
shoptet.abilities = {"about":{"generation":2,"id":"11"},"config":{"category":{"product":{"image_size":"detail"}},"navigation_breakpoint":767,"number_of_active_related_products":4,"product_slider":{"autoplay":false,"autoplay_speed":3000,"loop":true,"navigation":true,"pagination":true,"shadow_size":0}},"elements":{"recapitulation_in_checkout":true},"feature":{"directional_thumbnails":false,"extended_ajax_cart":false,"extended_search_whisperer":false,"fixed_header":false,"images_in_menu":true,"product_slider":false,"simple_ajax_cart":true,"smart_labels":false,"tabs_accordion":false,"tabs_responsive":true,"top_navigation_menu":true,"user_action_fullscreen":false}};
shoptet.config = shoptet.config || {};
shoptet.config.csrfToken = "%(csrf)s";
shoptet.config.cdnPath = "https://cdn.myshoptet.com/usr/www.pivovarkamennymost.cz";
shoptet.config.ageVerification = true;
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XW1B"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {"ad_storage":"denied","analytics_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","wait_for_update":500});
gtag('js', new Date());
gtag('config', 'G-7QK2M4XW1B', {"groups":"GA4","send_page_view":false,"content_group":"article"});
</script>
</head>
<body class="desktop id-27 in-podminky-ochrany-osobnich-udaju template-11 type-page type-article one-column-body columns-3 blank-mode blank-mode-css ums_forms_redesign--off ums_a11y_category_page--on ums_discussion_rating_forms--off ums_flags_display_unification--on ums_a11y_login--on mobile-header-version-0">
<div id="shoptet-age-verification" class="age-verification" role="dialog" aria-modal="true" data-testid="ageVerificationPopup" style="display:none">
<div class="age-verification-inner">
<img src="https://cdn.myshoptet.com/usr/www.pivovarkamennymost.cz/user/logos/logo-kamenny-most.svg" alt="Pivovar Kamenný Most" width="180" />
<p class="age-verification-question">Je vám více než 18 let?</p>
<p class="age-verification-note">Prodej alkoholu osobám mladším 18 let je zakázán.</p>
<button type="button" class="btn btn-primary js-age-verification-confirm">Ano, je mi 18+</button>
<a href="https://www.google.cz" class="btn btn-secondary">Ne, odejít</a>
</div>
</div>
<div class="overall-wrapper">
<div class="site-msg information" data-testid="informationBar">
<div class="container">
<div class="text">Limitovaná edice <strong>%(edition)s</strong> &ndash; předprodej končí za <span class="countdown" data-end="%(end)s">%(cd)s</span> &middot; skladem posledních <strong>%(left)d lahví</strong> &middot; <a href="/limitovane-edice/">Chci ochutnat</a></div>
<div class="close js-close-information-msg"></div>
</div>
</div>
<div class="user-action">
<div class="container">
<div class="user-action-in">
<div id="login" class="user-action-login popup-widget login-widget" role="dialog" aria-labelledby="loginHeading">
<div class="popup-widget-inner">
<h2 id="loginHeading">Přihlášení k vašemu účtu</h2>
<div id="customerLogin">
<form action="/action/Customer/Login/" method="post" id="formLoginIncluded" class="csrf-enabled formLogin" data-testid="formLogin">
<input type="hidden" name="referer" value="" />
<input type="hidden" name="__csrf__" value="%(csrf)s" />
<div class="form-group"><div class="input-wrapper email js-validated-element-wrapper no-label"><input type="email" name="email" class="form-control" autofocus placeholder="E-mailová adresa (např. jan@novak.cz)" data-testid="inputEmail" autocomplete="email" required /></div></div>
<div class="form-group"><div class="input-wrapper password"><input type="password" name="password" class="form-control" placeholder="Heslo" data-testid="inputPassword" autocomplete="current-password" required /><span class="no-display">Nemůžete vyplnit toto pole</span><input type="text" name="surname" value="" class="no-display" /></div></div>
<div class="form-group"><div class="login-wrapper"><button type="submit" class="btn btn-secondary btn-text btn-login" data-testid="buttonSubmit">Přihlásit se</button><div class="password-helper"><a href="/registrace/" data-testid="signup" rel="nofollow">Nová registrace</a><a href="/klient/zapomenute-heslo/" rel="nofollow">Zapomenuté heslo</a></div></div></div>
</form>
</div>
</div>
</div>
</div>
</div>
</div>
<div id="header" class="header" data-testid="header">
<div class="top-navigation-bar" data-testid="topNavigationBar">
<div class="container">
<div class="top-navigation-contacts"><strong>Zákaznická podpora:</strong><a href="tel:+420566617240" class="project-phone" aria-label="Zavolat na +420 566 617 240" data-testid="contactboxPhone"><span>+420 566 617 240</span></a><a href="mailto:eshop@pivovarkamennymost.cz" class="project-email" data-testid="contactboxEmail"><span>eshop@pivovarkamennymost.cz</span></a></div>
<div class="top-navigation-menu"><ul class="top-navigation-bar-menu">
<li class="cropped"><a href="/obchodni-podminky/" title="Obchodní podmínky">Obchodní podmínky</a></li>
<li class="cropped"><a href="/podminky-ochrany-osobnich-udaju/" title="Podmínky ochrany osobních údajů">Podmínky ochrany osobních údajů</a></li>
<li class="cropped"><a href="/doprava-a-platba/" title="Doprava a platba">Doprava a platba</a></li>
<li class="cropped"><a href="/vratne-lahve-a-prepravky/" title="Vratné lahve a přepravky">Vratné lahve a přepravky</a></li>
<li class="cropped"><a href="/kontakty/" title="Kontakty">Kontakty</a></li>
</ul></div>
<div class="top-navigation-tools"><a href="/login/?backTo=%%2Fpodminky-ochrany-osobnich-udaju%%2F" class="top-nav-button top-nav-button-login primary login toggle-window" data-target="login" data-testid="signin" rel="nofollow"><span>Přihlášení</span></a></div>
</div>
</div>
<div class="header-top">
<div class="container navigation-wrapper">
<div class="site-name-wrapper"><div class="site-name"><a href="/" data-testid="linkWebsiteLogo"><img src="https://cdn.myshoptet.com/usr/www.pivovarkamennymost.cz/user/logos/logo-kamenny-most.svg" alt="Pivovar Kamenný Most" fetchpriority="low" /></a></div></div>
<div class="search" itemscope itemtype="https://schema.org/WebSite">
<meta itemprop="headline" content="Podmínky ochrany osobních údajů" /><meta itemprop="url" content="https://www.pivovarkamennymost.cz" />
<form action="/action/ProductSearch/prepareString/" method="post" id="formSearchForm" class="search-form compact-form js-search-main" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction" data-testid="searchForm">
<fieldset>
<meta itemprop="target" content="https://www.pivovarkamennymost.cz/vyhledavani/?string={string}" />
<input type="hidden" name="language" value="cs" />
<input type="search" name="string" class="query-input form-control search-input js-search-input" placeholder="Napište, co hledáte" autocomplete="off" required itemprop="query-input" aria-label="Hledat" data-testid="searchInput" />
<button type="submit" class="btn btn-default" data-testid="searchBtn">Hledat</button>
</fieldset>
</form>
</div>
<div class="navigation-buttons">
<a href="/kosik/" class="btn btn-icon toggle-window cart-count" data-target="cart" data-hover="true" data-redirect="true" data-testid="headerCart" rel="nofollow" aria-haspopup="dialog" aria-expanded="false" aria-controls="cart-widget"><span class="sr-only">Nákupní košík</span><span class="cart-price visible-lg-inline-block" data-testid="headerCartPrice">Prázdný košík</span></a>
</div>
</div>
</div>
<nav id="navigation" aria-label="Hlavní menu" data-collapsible="true"><div class="navigation-in menu"><ul class="menu-level-1" role="menubar" data-testid="headerMenuItems">
%(menu)s</ul></div><span class="navigation-close"></span></nav>
</div>
<div id="content-wrapper" class="container content-wrapper">
<div class="breadcrumbs navigation-home-icon-wrapper" itemscope itemtype="https://schema.org/BreadcrumbList">
<span id="navigation-first" data-basetitle="Pivovar Kamenný Most" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" class="navigation-home-icon"><span class="sr-only" itemprop="name">Domů</span></a><meta itemprop="position" content="1" /><span class="navigation-bullet">&nbsp;&rsaquo;&nbsp;</span></span>
<span id="navigation-1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" data-testid="breadcrumbsLastLevel"><meta itemprop="item" content="%(url)s" /><meta itemprop="position" content="2" /><span itemprop="name" data-title="%(title)s">%(title)s</span></span>
</div>
<div class="content-wrapper-in">
<main id="content" class="content wide">
<div class="content-inner">
<article itemscope itemtype="https://schema.org/Article" class="pageArticleDetail">
<header itemprop="headline"><h1>%(h1)s</h1></header>
<div itemprop="about" class="text">
%(body)s</div>
</article>
</div>
</main>
</div>
</div>
<footer id="footer" data-testid="footer">
<div class="container footer-rows">
<div class="custom-footer elements-4">
<div class="custom-footer__contact"><h4><span>Pivovar a prodejna</span></h4>
<div class="contact-box no-image" data-testid="contactbox"><ul>
<li><span class="mail" data-testid="contactboxEmail"><a href="mailto:eshop@pivovarkamennymost.cz">eshop@pivovarkamennymost.cz</a></span></li>
<li><span class="tel"><a href="tel:+420566617240" aria-label="Zavolat na +420 566 617 240" data-testid="contactboxPhone">+420 566 617 240</a></span></li>
</ul></div></div>
<div class="custom-footer__banner12"><div class="banner"><div class="banner-wrapper"><span data-ec-promo-id="22"><h4>Výčep v pivovaru</h4><p>Dnes máme otevřeno: <strong>%(taproom)s</strong></p><p>Náměstí Míru 18, Nové Město na Moravě</p></span></div></div></div>
<div class="custom-footer__banner14"><div class="banner"><div class="banner-wrapper"><span data-ec-promo-id="24"><h4>Akce v pivovaru</h4><ul class="events-list">
%(events)s</ul></span></div></div></div>
<div class="custom-footer__newsletter"><div id="newsletter" class="newsletter-wrapper">
<h4><span>Novinky z pivovaru</span></h4>
<form action="/action/MailForm/subscribeToNewsletters/" method="post" id="formNewsletterWidget" class="subscribe-form compact-form">
<fieldset>
<input type="hidden" name="formId" value="2" />
<input type="hidden" name="__csrf__" value="%(csrf)s" />
<span class="no-display">Prosím, nevyplňujte toto pole:</span><input type="text" name="surname" class="no-display" />
<div class="validator-msg-holder js-validated-element-wrapper"><input type="email" name="email" class="form-control" placeholder="Vaše e-mailová adresa" required /></div>
<button type="submit" class="btn btn-default btn-arrow-right"><span class="sr-only">Přihlásit se</span></button>
</fieldset>
</form>
</div></div>
</div>
</div>
<div class="container footer-bottom">
<span id="signature" style="display: inline-block !important; visibility: visible !important;"><a href="https://www.shoptet.cz/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="image" target="_blank"><img src="https://cdn.myshoptet.com/prj/dist/master/cms/img/common/logo/shoptetLogo.svg" width="17" height="17" alt="Shoptet" class="vam" fetchpriority="low" /></a><a href="https://www.shoptet.cz/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="title" target="_blank">Vytvořil Shoptet</a></span>
<span class="copyright" data-testid="textCopyright">Copyright %(year)d <strong>Pivovar Kamenný Most</strong>. Všechna práva vyhrazena.</span>
<span class="responsible">Pijte zodpovědně. Prodej alkoholu osobám mladším 18 let zakázán.</span>
<a href="#" class="cookies-settings js-cookies-settings" data-testid="cookiesSettings">Nastavení cookies</a>
</div>
</footer>
</div>
<div class="siteCookies siteCookies--bottom siteCookies--dark js-siteCookies" role="dialog" data-testid="cookiesPopup" data-nosnippet>
<div class="siteCookies__form"><div class="siteCookies__content"><div class="siteCookies__text">Tento web používá soubory cookie. Dalším procházením tohoto webu vyjadřujete souhlas s jejich používáním. <a href="/podminky-ochrany-osobnich-udaju/">Více informací</a></div>
<p class="siteCookies__links"><button class="siteCookies__link js-cookies-settings" aria-label="Nastavení cookies" data-testid="cookiesSettings">Nastavení</button></p></div>
<div class="siteCookies__buttonWrap"><button class="siteCookies__button js-cookiesConsentSubmit" value="reject" aria-label="Odmítnout cookies" data-testid="buttonCookiesReject">Odmítnout</button><button class="siteCookies__button js-cookiesConsentSubmit" value="all" aria-label="Přijmout cookies" data-testid="buttonCookiesAccept">Souhlasím</button></div></div>
</div>
<script src="https://cdn.myshoptet.com/prj/dist/master/cms/libs/jquery/jquery-1.11.3.min.js"></script>
<script src="https://cdn.myshoptet.com/prj/dist/master/shop/dist/main-11.js?v=%(cdn)s"></script>
<script src="https://cdn.myshoptet.com/usr/www.pivovarkamennymost.cz/user/documents/upload/sablona/age-gate.js?v=%(cdn)s"></script>
</body>
</html>
""" % {"url": URL, "title": html.escape(title), "h1": il(title), "body": body, "cdn": cdn, "csrf": s["csrf"],
       "cfg": cfg, "edition": html.escape(name), "left": left, "cd": cd,
       "end": edition_of(when)[2].strftime("%Y-%m-%dT%H:%M:00") + ("+02:00" if 4 <= edition_of(when)[2].month <= 10
                                                                     else "+01:00"),
       "events": ev, "menu": menu, "taproom": html.escape(s["taproom"]), "year": when.year}


PAGE = {
    "service": "Pivovar Kamenný Most",
    "url": URL,
    "lang": "cs",
    "platform": "Shoptet (template 11 Classic)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("X-Powered-By", "Shoptet"), ("Content-Language", "cs")),
    "n": 31,
    "start": dt.date(2022, 3, 14),
    "end": dt.date(2025, 2, 20),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".pageArticleDetail"]},
}
