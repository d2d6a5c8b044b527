"""Účetnictví Horáková - cs accounting and payroll office (Brno) - Webnode (site builder): the policy in one text
block of a basic section, a contact-form section below it, a blog block 'Aktuality' in the footer."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.ucetnictvi-horakova.cz/ochrana-osobnich-udaju/"


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Zásady zpracování osobních údajů

Platné od {UPDATED}

Společnost Účetnictví Horáková s.r.o. zpracovává osobní údaje v souladu s nařízením Evropského parlamentu a Rady
(EU) 2016/679 (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů. V těchto zásadách vysvětlujeme, jaké
údaje zpracovávame, proč to děláme a jaká máte práva.

## Správce osobních údajů

@ Účetnictví Horáková s.r.o., IČO 04518273
@ Údolní 567/33, 602 00 Brno
@ zapsaná v obchodním rejstříku u Krajského soudu v Brně, oddíl C, vložka 90312
@ tel.: +420 541 213 870
@ e-mail: [kancelar@ucetnictvi-horakova.cz](mailto:kancelar@ucetnictvi-horakova.cz)

Pověřence pro ochranu osobních údajů jsme nejmenovali, protože nám tato povinnost ze zákona nevzniká. Se všemi
dotazy se obracejte na výše uvedený e-mail.

## Jaké osobní údaje zpracováváme

Při vedení účetnictví, daňové evidence a mezd zpracováváme zejména:

- identifikační údaje (jméno, příjmení, datum narození, rodné číslo, IČO, DIČ);
- kontaktní údaje (adresa, telefon, e-mail);
- kopie občanského průkazu pro účely identifikace klienta;
- údaje o příjmech, výdajích, majetku a bankovních účtech;
- mzdové údaje zaměstnanců klienta včetně údajů o zdravotní pojišťovně, srážkách ze mzdy a pracovní neschopnosti;
- údaje o dětech a manželovi nebo manželce pro uplatnění slev na dani.

Osobní údaje získáváme především přímo od vás nebo od vašeho zaměstnavatele, pokud pro něj zpracováváme mzdy.
Některé údaje ověřujeme ve veřejných rejstřících, například v obchodním rejstříku, v evidenci skutečných majitelů a
v registru plátců DPH. Zvláštní kategorie osobních údajů zpracováváme jen v nezbytném rozsahu, typicky údaje o
pracovní neschopnosti a zdravotní pojišťovně zaměstnanců pro výpočet mzdy.

## Účel a právní základ zpracování

Osobní údaje zpracováváme za účelem plnění smlouvy o vedení účetnictví, zpracování mezd a daňových přiznání (čl. 6
odst. 1 písm. b GDPR) a za účelem splnění právních povinností, které nám ukládá zejména zákon o účetnictví, zákon o
daních z příjmů, zákon o dani z přidané hodnoty a zákon č. 253/2008 Sb., o některých opatřeních proti legalizaci
výnosů z trestné činnosti (čl. 6 odst. 1 písm. c GDPR). Pokud nám udělíte souhlas, zasíláme vám také přehled
daňových novinek e-mailem; souhlas můžete kdykoli odvolat.

Při zpracování mezd vystupujeme vůči údajům zaměstnanců klienta jako zpracovatel a klient jako správce. Tento vztah
upravuje smlouva o zpracování osobních údajů, která je součástí smlouvy o vedení účetnictví.

## Příjemci a zpracovatelé

Osobní údaje předáváme orgánům veřejné moci, pokud to vyžaduje zákon, zejména finančnímu úřadu, okresní správě
sociálního zabezpečení, zdravotním pojišťovnám a úřadu práce. Dále využíváme tyto zpracovatele:

- účetní software Money S3 (Solitea Česká republika, a.s.);
- zálohování dat a e-mail (Seznam.cz, a.s.);
- webové stránky (Webnode AG).

Do třetích zemí mimo Evropskou unii osobní údaje nepředáváme.

## Doba uložení

Účetní záznamy uchováváme po dobu 10 let od konce účetního období. Podklady, které nám předáte, vracíme po skončení
zpracování. Smlouvy a korespondenci uchováváme po dobu trvání smluvního vztahu a dále po dobu 4 let kvůli možným
nárokům. Údaje k identifikaci klienta podle zákona proti praní peněz uchováváme 10 let od ukončení obchodního vztahu.

## Zabezpečení

Přístup k údajům mají pouze naše účetní, které jsou vázány mlčenlivostí. Počítače jsou chráněny heslem a šifrováním
disků, papírové doklady uchováváme v uzamčených skříních a po skončení doby uložení je skartujeme.

## Cookies

Naše webové stránky používají pouze nezbytné cookies provozovatele platformy Webnode a se souhlasem návštěvníka
analytické cookies služby Google Analytics. Souhlas můžete kdykoli změnit v nastavení cookies v patičce webu.

## Vaše práva

Máte právo na přístup ke svým osobním údajům, na jejich opravu nebo výmaz, na omezení zpracování, na přenositelnost
údajů a právo vznést námitku proti zpracování. Výmaz údajů není možný, dokud trvá zákonná povinnost jejich
uchování. Stížnost můžete podat u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7,
[www.uoou.cz](https://www.uoou.cz).
"""

EDITS = [
    {"note": "accounting software processor replaced: Money S3 -> POHODA (STORMWARE)",
     "repl": [("- účetní software Money S3 (Solitea Česká republika, a.s.);",
               "- účetní software POHODA (STORMWARE s.r.o.);")]},
    {"note": "retention: payroll sheets kept 30 years for pension insurance purposes (sentence added)",
     "repl": [("Účetní záznamy uchováváme po dobu 10 let od konce účetního období.",
               "Účetní záznamy uchováváme po dobu 10 let od konce účetního období. Mzdové listy a evidenční listy "
               "důchodového pojištění uchováváme 30 let po roce, kterého se týkají.")]},
    {"note": "list item removed: copy of identity card no longer kept",
     "repl": [("- kopie občanského průkazu pro účely identifikace klienta;\n", "")]},
    {"note": "new section: data box (datová schránka) communication with authorities",
     "repl": [("## Doba uložení",
               "## Komunikace s úřady\n\nNa základě plné moci za vás komunikujeme s finančním úřadem a dalšími "
               "úřady prostřednictvím datové schránky a daňového portálu MOJE daně. Údaje předáváme pouze v rozsahu "
               "nezbytném pro podání přiznání, hlášení a přehledů.\n\n## Doba uložení")]},
    {"note": "office phone number changed",
     "repl": [("@ tel.: +420 541 213 870", "@ tel.: +420 734 551 902")]},
    {"note": "typo fixed without new date: zpracovávame -> zpracováváme", "bump": False,
     "repl": [("údaje zpracovávame, proč", "údaje zpracováváme, proč")]},
]

NEWS = K.make_posts(dt.date(2021, 12, 10), dt.date(2026, 6, 30), [
    "Změny v DPH od 1. ledna", "Paušální daň: přihlášky do 10. ledna", "Minimální mzda a zálohy OSVČ",
    "Daňové přiznání: termíny pro tento rok", "Elektronická evidence tržeb zrušena", "Nové limity pro paušální výdaje",
    "Slevy na dani za umístění dítěte", "Konsolidační balíček: co se mění", "Zálohy na sociální pojištění"],
    (30, 70), random.Random("horakova-news"))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form"] = (C.alnum(rng, 32), str(rng.randint(10 ** 9, 10 ** 10)))
    s["ph"] = K.sticky(rng, prev.get("ph"), 0.35, lambda: C.alnum(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789"))
    s["skin"] = "v13" if when < dt.datetime(2024, 2, 1) else "v14"
    s["news"] = K.posts_until(NEWS, when)
    return s


LABELS = {"form": "contact form's per-request token and timestamp", "ph": "?ph= asset hash on every re-publish",
          "skin": "Webnode skin version in system asset paths", "news": "footer blog block 'Aktuality' (3 latest)"}

MENU = [("/", "Úvod"), ("/sluzby/", "Služby"), ("/cenik/", "Ceník"), ("/o-nas/", "O nás"), ("/kontakt/", "Kontakt")]


def render(s, blocks, when):
    tok, ts = s["form"]
    body = C.render_blocks(blocks, tags={"h1": ' class="wnd-align-left"', "h2": ' class="wnd-align-left"'}, sep="")
    menu = "".join('<li class="menu-li%s"><a class="menu-item" href="%s"><span class="menu-item-text">%s</span></a>'
                   '</li>' % (" wnd-active-path" if u == "" else "", u, t) for u, t in MENU)
    news = "".join('<article class="blog-item"><h3 class="blog-title"><a href="/l/%s/">%s</a></h3><span class="blog-'
                   'date">%s</span></article>' % (slug, C.esc(t), fmt_date(d)) for d, t, slug in s["news"])
    sys_ = "https://d11bh4d8fhuq47.cloudfront.net/_system/skins/%s/50001516" % s["skin"]
    return (
        '<!DOCTYPE html>\n<html class="no-js" prefix="og: https://ogp.me/ns#" lang="cs">\n<head>\n<me'
        'ta charset="utf-8">\n'
        '<title>Ochrana osobních údajů :: Účetnictví Horáková</title>\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="generator" content="Webnode 2">\n'
        '<link rel="stylesheet" href="%s/css/style.css?ph=%s" />\n'
        '<link rel="stylesheet" href="https://www.ucetnictvi-horakova.cz/css/custom.css?ph=%s" />\n'
        '<script>(function(){window.wnd = window.wnd || {}; wnd.$system = {"fileSystemType":"aws_s3","localFilesPath":'
        '"https://www.ucetnictvi-horakova.cz/_files/","awsS3FilesPath":"https://ucetnictvi-horakova.w'
        'ebnode.cz/_files/",'
        '"staticFilesPath":"%s","isCms":false,"staticCDNServers":["https://d11bh4d8fhuq47.cloudfront.net/"],"fileUpload'
        'AllowExtension":[],"projectId":"4019512","lang":"cs"};})();</script>\n'
        '</head>\n<body class="l wt-page ac-i ac-n l-default l-d-none b-btn-r b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n '
        'img-t-o img-h-z line-solid b-e-ds lbox-d c-s-n wnd-fe">\n'
        '<div class="wnd-page l-page cs-gray ac-none t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-s-fw-m t-p-fs-s '
        't-p-fw-m t-h-fs-m t-h-fw-m t-btn-fw-l t-nav-fw-l">\n<div class="l-w t cf t-18">\n<div class="l-bg cf">'
        '<div class="s-bg-l"></div></div>\n'
        '<header class="l-h cf"><div class="sw cf"><div class="sw-c cf"><section data-space="true" class="s s-hn '
        's-hn-default wnd-mt-classic wnd-na-c logo-classic sc-w wnd-w-wider wnd-nh-m hm-hidden wnd-nav-border menu-'
        'default-underline-grow"><div class="s-w"><div class="s-o"><div class="s-bg"><div class="s-bg-l"></div></div>'
        '<div class="h-w h-f wnd-fixed"><div class="n-l"><div class="s-c menu-nav"><div class="logo-block"><div class='
        '"b b-l logo logo-default logo-nb proxima-nova wnd-logo-with-text logo-25 b-ls-m"><div class="b-l-c logo-'
        'content"><a class="b-l-link logo-link" href="/"><div class="b-l-br logo-br"></div><div class="b-l-text logo-'
        'text-wrapper"><div class="b-l-text-w logo-text"><span class="b-l-text-c logo-text-cell">Účetnictví Horáková'
        '</span></div></div></a></div></div></div><div id="menu-slider"><div id="menu-block"><nav id="menu"><div '
        'class="menu-font menu-wrapper"><ul role="menubar" aria-label="Menu" class="level-1">%s</ul></div></nav></div>'
        '</div></div></div></div></div></div></section></div></div></header>\n'
        '<main class="l-m cf"><div class="sw cf"><div class="sw-c cf">\n'
        '<section class="s s-basic cf sc-w wnd-background-solid wnd-w-default wnd-s-normal wnd-h-auto"><div class="s-w '
        'cf"><div class="s-o s-fs cf"><div class="s-bg cf"><div class="s-bg-l"></div></div><div class="s-c s-fs cf">'
        '<div class="ez cf wnd-no-cols"><div class="ez-c"><div class="b b-text cf"><div class="b-c b-text-c b-s '
        'b-s-t60 b-s-b60 b-cs cf">%s</div></div></div></div></div></div></div></section>\n'
        '<section class="s s-basic cf sc-ml wnd-background-solid wnd-w-narrow wnd-s-normal wnd-h-auto"><div class="s-w '
        'cf"><div class="s-o s-fs cf"><div class="s-c s-fs cf"><div class="ez cf wnd-no-cols"><div class="ez-c">'
        '<div class="b b-form cf"><form class="b-form-c form-default form-w-normal" action="/ochrana-osobnich-udaju/" '
        'method="post" data-wnd-form="wnd_FormBlock_77021"><fieldset><legend class="form-legend">Máte dotaz k '
        'ochraně osobních údajů?</legend><div class="form-input"><label for="f-name">Jméno</label><input id="f-name" '
        'name="wnd_ShortTextField_51" type="text"></div><div class="form-input"><label for="f-mail">E-mail</label>'
        '<input id="f-mail" name="wnd_EmailField_52" type="email"></div><div class="form-input"><label for="f-msg">'
        'Zpráva</label><textarea id="f-msg" name="wnd_LongTextField_53"></textarea></div><input type="hidden" '
        'name="wnd_FormBlock_77021_token" value="%s"><input type="hidden" name="wnd_ts" value="%s"><button class="'
        'b-btn b-btn-1" type="submit"><span class="b-btn-t">Odeslat</span></button></fieldset></form></div></div>'
        '</div></div></div></div></section>\n'
        '</div></div></main>\n'
        '<footer class="l-f cf"><div class="sw cf"><div class="sw-c cf"><section data-wn-border-element="s-f-border" '
        'class="s s-f s-f-basic s-f-simple sc-w wnd-background-dark wnd-w-default wnd-s-higher"><div class="s-w"><div '
        'class="s-o"><div class="s-f-ez"><div class="s-c s-f-l-w"><div class="ez cf"><div class="ez-c"><div class="b '
        'b-blog cf"><h2 class="b-blog-title">Aktuality</h2>%s</div><div class="b b-text cf"><div class="b-c b-text-c '
        'b-s b-s-t60 b-s-b60 b-cs cf"><p>Účetnictví Horáková s.r.o.<br>Údolní 567/33, Brno</p></div></div></div></div>'
        '</div></div><div class="s-f-sf"><span class="sf b"><span class="s-f-copy">© %d Účetnictví Horáková</span> '
        '<span class="sf-cbr link"><a href="#" rel="nofollow">Cookies</a></span> <span class="sf-sbr link"><a href="'
        'https://www.webnode.cz?utm_source=text&amp;utm_medium=footer&amp;utm_campaign=free" rel="nofollow">Vytvořeno '
        'službou Webnode</a></span></span></div></div></div></section></div></div></footer>\n'
        '</div>\n</div>\n<div id="cookie-bar" class="cookie-bar cookie-bar--bottom" data-version="2"><p>Tento web '
        'používá soubory cookie.</p><button class="cookie-bar-accept">Přijmout vše</button><button class="cookie-bar-'
        'settings">Nastavení</button></div>\n<script src="%s/js/script.min.js?ph=%s"></script>\n</body>\n</html>\n'
        % (sys_, s["ph"], s["ph"], sys_, menu, body, tok, ts, news, when.year, sys_, s["ph"]))


PAGE = {
    "service": "Účetnictví Horáková", "url": URL, "lang": "cs-CZ", "platform": "Webnode",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 3, 31), "hours": (2, 8, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main .b-text-c"]},
}
