"""Czech boutique yoga and pilates studio on Wix (Thunderbolt viewer). Fairly clean: the viewer model's requestId
and visitor session per visit, the Thunderbolt bundle version on Wix platform releases and the site revision on
every publish; all outside the rich-text component the declaration selects by id."""
import datetime as dt
import html
import json
import re

import common as C

MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]

POLICY = """# Zásady ochrany osobních údajů

Platné od: {UPDATED}

Vážíme si vaší důvěry. V těchto zásadách vysvětlujeme, jak ve studiu Jóga Loft Karlín zpracováváme osobní údaje klientů, návštěvníků webu jogaloftkarlin.cz a účastníků našich kurzů, lekcí a víkendových pobytů, a to v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů.

## Kdo je správcem vašich údajů

Správcem osobních údajů je společnost Jóga Loft s.r.o., IČO 06482931, se sídlem Sokolovská 112/84, 186 00 Praha 8 – Karlín, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 283104.

@ Jóga Loft s.r.o.
@ Sokolovská 112/84
@ 186 00 Praha 8 – Karlín
@ E-mail: ahoj@jogaloftkarlin.cz
@ Telefon: +420 603 418 227

Pověřence pro ochranu osobních údajů jsme nejmenovali, protože nám tato povinnost nevzniká. Se všemi dotazy se na nás můžete obrátit na výše uvedených kontaktech.

## Jaké údaje zpracováváme

- **Identifikační a kontaktní údaje:** jméno, příjmení, e-mail, telefonní číslo, případně fakturační adresu, IČO a DIČ, pokud nakupujete na firmu.
- **Údaje o rezervacích a permanentkách:** navštívené lekce, zakoupené permanentky a dárkové poukazy, historie plateb a storen.
- **Údaje o zdravotním stavu:** pouze pokud nám je sami sdělíte ve vstupním dotazníku nebo lektorovi před lekcí (například těhotenství, úrazy, bolesti zad), abychom mohli cvičení přizpůsobit.
- **Fotografie a videa:** z lekcí a akcí pořizujeme fotografie pouze s vaším předchozím souhlasem.
- **Technické údaje:** IP adresa, typ prohlížeče a údaje z cookies, pokud jste k nim udělili souhlas.

## Proč údaje zpracováváme

- Abychom mohli plnit smlouvu: rezervace lekcí, prodej permanentek, kurzů a pobytů, zasílání potvrzení a připomínek.
- Abychom splnili zákonné povinnosti, zejména v oblasti účetnictví a daní.
- Z oprávněného zájmu: ochrana našich práv, vymáhání pohledávek a zasílání novinek stávajícím klientům o podobných službách.
- Na základě vašeho souhlasu: zdravotní údaje ze vstupního dotazníku, fotografie z lekcí, marketingové a analytické cookies a newsletter pro ty, kdo u nás zatím nic nekoupili.

Souhlas můžete kdykoli odvolat e-mailem nebo odkazem v patičce každého newsletteru. Odvolání souhlasu nemá vliv na zákonnost zpracování před jeho odvoláním.

## Jak dlouho údaje uchováváme

Údaje o klientech uchováváme po dobu trvání smluvního vztahu a dále tři roky od poslední návštěvy studia. Účetní doklady archivujeme po dobu deseti let, jak vyžaduje zákon o dani z přidané hodnoty. Vstupní dotazník se zdravotními údaji skartujeme nejpozději šest měsíců po vaší poslední lekci. Údaje zpracovávané na základě souhlasu uchováváme do jeho odvolání.

## Kdo má k údajům přístup

K vašim údajům mají přístup naši lektoři a recepce v rozsahu nezbytném pro vedení lekcí. Dále využíváme tyto zpracovatele:

- Wix.com Ltd. (Izrael) – provoz webu, rezervační systém Wix Bookings a online platby;
- Reservio, s.r.o. – rezervační kalendář pro individuální lekce;
- Stripe Payments Europe Ltd. – zpracování plateb kartou;
- Ecomail.cz, s.r.o. – rozesílání newsletteru;
- Fakturoid s.r.o. – vystavování faktur;
- naše externí účetní kancelář.

Společnost Wix.com Ltd. sídlí ve státě Izrael, pro který Evropská komise vydala rozhodnutí o odpovídající ochraně osobních údajů. Některá data mohou být uložena u poskytovatelů cloudových služeb v USA; předání je v takovém případě zajištěno standardními smluvními doložkami.

Jiným subjektům údaje nepředáváme, s výjimkou orgánů veřejné moci, pokud nám to ukládá zákon.

## Partnerské karty

Pokud na lekce chodíte s kartou MultiSport nebo Benefit Plus, ověřujeme platnost vaší karty v systému jejího vydavatele a sdělujeme mu datum a čas vaší návštěvy. Vydavatel karty je samostatným správcem vašich osobních údajů.

## Děti a mládež

Lekce jógy pro děti a dospívající vedeme jen za účasti nebo se souhlasem zákonného zástupce. Osobní údaje dětí mladších 15 let (jméno, věk a případná zdravotní omezení) nám poskytuje rodič při registraci a zpracováváme je pouze pro účely vedení lekce. Fotografie dětí nezveřejňujeme bez písemného souhlasu rodiče.

## Zabezpečení údajů

Přístup k rezervačnímu systému mají pouze lektoři a recepce pod vlastními přihlašovacími údaji s dvoufázovým ověřením. Papírové vstupní dotazníky uchováváme v uzamčené skříni na recepci studia a po uplynutí doby uchování je skartujeme. Pokud by došlo k úniku údajů, který by pro vás představoval vysoké riziko, budeme vás o tom bez zbytečného odkladu informovat.

## Cookies

Náš web používá nezbytné cookies, bez kterých by nefungovala rezervace lekcí a košík. Analytické cookies (Wix Analytics, Google Analytics 4) a marketingové cookies (Meta Pixel) ukládáme jen s vaším souhlasem, který udělíte nebo odmítnete v liště při první návštěvě. Nastavení můžete kdykoli změnit pomocí odkazu Nastavení cookies v patičce webu.

## Vaše práva

Máte právo požadovat přístup ke svým osobním údajům, jejich opravu nebo výmaz, omezení zpracování a přenos údajů k jinému správci. Proti zpracování na základě oprávněného zájmu můžete vznést námitku. Pokud máte za to, že s vašimi údaji nakládáme v rozporu s předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, www.uoou.cz.

Na vaši žádost odpovíme bez zbytečného odkladu, nejpozději do jednoho měsíce. Abychom ochránili vaše údaje, můžeme vás požádat o ověření totožnosti.

## Automatizované rozhodování

Při zpracování vašich osobních údajů nedochází k automatizovanému rozhodování ani profilování, které by pro vás mělo právní účinky. Rezervační systém vám může připomínat lekce, které často navštěvujete, nebo upozornit na blížící se konec platnosti permanentky; tato upozornění můžete kdykoli vypnout ve svém klientském účtu. Údaje o vaší docházce využíváme také souhrnně, bez identifikace konkrétních osob, abychom mohli plánovat rozvrh a obsazenost jednotlivých lekcí.

## Změny zásad

Tyto zásady můžeme čas od času upravit. Aktuální verzi vždy najdete na této stránce; o podstatných změnách vás budeme informovat e-mailem."""

EDITS = [
    {"note": "new processor in the list (Google Workspace)",
     "repl": [("- Fakturoid s.r.o. – vystavování faktur;",
               "- Fakturoid s.r.o. – vystavování faktur;\n- Google Ireland Limited – e-mailová komunikace a sdílené "
               "dokumenty (Google Workspace);")]},
    {"note": "health questionnaire retention shortened from six to three months",
     "repl": [("skartujeme nejpozději šest měsíců po vaší poslední lekci",
               "skartujeme nejpozději tři měsíce po vaší poslední lekci")]},
    {"note": "phone number changed", "repl": [("+420 603 418 227", "+420 777 206 915")]},
    {"note": "new section on online lessons (Zoom recordings)",
     "repl": [("## Partnerské karty",
               "## Online lekce\n\nOnline lekce vysíláme přes platformu Zoom. Záznam lekce pořizujeme jen tehdy, "
               "když vás na to lektor předem upozorní; záznam zachycuje pouze lektora a je klientům s platnou "
               "online permanentkou dostupný po dobu 7 dní. Kameru ani mikrofon zapínat nemusíte.\n\n"
               "## Partnerské karty")]},
    {"note": "word inserted: 'písemně' (objection in writing), no date bump", "bump": False,
     "repl": [("můžete kdykoli odvolat e-mailem nebo", "můžete kdykoli odvolat písemně, e-mailem nebo")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    tb = C.keep_or(rng, prev.get("thunderbolt"), 0.35, lambda: "1.%d.0" % rng.randint(13800, 14900))
    rev = C.keep_or(rng, prev.get("site_revision"), 0.2, lambda: rng.randint(60, 400))
    return {"thunderbolt": tb, "site_revision": rev,
            "request": "%d.%s" % (C.epoch(when), "".join(rng.choice("0123456789") for _ in range(15))),
            "visitor": C.uuid4(rng)}


LABELS = {"thunderbolt": "Wix Thunderbolt bundle version", "site_revision": "Wix site revision (publish)",
          "request": "viewer model requestId", "visitor": "visitor/session id"}


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


RT = "wixui-rich-text__text"


def wix_inline(t):
    return C.inline_html(
        t,
        text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="%s">%s</span>' % (RT, html.escape(raw, quote=False)),
        link=lambda url, label: '<a href="%s" target="_self" class="%s"><span style="text-decoration:underline;" '
                                'class="%s">%s</span></a>' % (html.escape("https://www.jogaloftkarlin.cz" + url
                                                                          if url.startswith("/") else url),
                                                             RT, RT, html.escape(label, quote=False)))


def wix_blocks(blocks):
    guard = '<p class="font_8 %s" style="font-size:16px;"><span class="wixGuard %s">\u200b</span></p>' % (RT, RT)
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 %s" style="font-size:44px;"><span style="font-size:44px;" class="%s">%s'
                       '</span></h1>' % (RT, RT, wix_inline(v)))
        elif kind in ("h2", "h3"):
            out.append(guard)
            out.append('<h2 class="font_4 %s" style="font-size:24px;"><span style="font-size:24px;" class="%s">'
                       '<span style="font-weight:bold;" class="%s">%s</span></span></h2>' % (RT, RT, RT, wix_inline(v)))
        elif kind == "p":
            out.append('<p class="font_8 %s" style="font-size:16px;"><span style="font-size:16px;" class="%s">%s'
                       '</span></p>' % (RT, RT, wix_inline(v)))
        elif kind in ("ul", "ol"):
            out.append('<%s class="font_8 %s">%s</%s>' % (kind, RT, "".join(
                '<li class="%s"><p class="font_8 %s" style="font-size:16px;"><span style="font-size:16px;" '
                'class="%s">%s</span></p></li>' % (RT, RT, RT, wix_inline(x)) for x in v), kind))
        elif kind == "addr":
            out.append('<p class="font_8 %s" style="font-size:16px;"><span style="font-size:16px;" class="%s">%s'
                       '</span></p>' % (RT, RT, "<br>".join(wix_inline(x) for x in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    tb = state["thunderbolt"]
    tbh = C.det_sha("tb", tb)
    model = {"requestId": state["request"], "siteFeatures": ["assetsLoader", "businessLogger", "consentPolicy",
                                                            "cookiesManager", "dynamicPages", "bookings"],
             "site": {"metaSiteId": "5e0b7c1a-3d2f-4a86-9b10-c7e4f2a8d351", "siteId": "0fd8a2e4-61b9-4c3e-8a57-"
                      "2b9e14c7d0aa", "siteRevision": state["site_revision"], "externalBaseUrl":
                      "https://www.jogaloftkarlin.cz", "isHttps": True, "dc": "42", "language": "cs"},
             "fleetConfig": {"fleetName": "wix-thunderbolt", "type": "GA", "code": 0},
             "viewerVersion": tb, "visitorId": state["visitor"], "mode": {"ssrOnly": False},
             "language": {"userLanguage": "cs", "siteLanguage": "cs", "isMultilingualEnabled": False}}
    menu = "".join(
        '<li class="wixui-dropdown-menu__item" data-testid="%s"><a data-testid="linkElement" href="https://www.'
        'jogaloftkarlin.cz/%s" target="_self" class="UiHgGh"><div class="_pfxlW"><div class="_Uit1" id="comp-'
        'lq2wz8mi%dlabel">%s</div></div></a></li>' % (slug or "home", slug, n, label)
        for n, (slug, label) in enumerate((("", "Úvod"), ("rozvrh", "Rozvrh"), ("cenik", "Ceník"),
                                           ("lektori", "Lektoři"), ("kurzy-a-pobyty", "Kurzy a pobyty"),
                                           ("kontakt", "Kontakt"))))
    policy = wix_blocks(blocks)
    return """<!DOCTYPE html>
<html lang="cs" dir="ltr">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/6c2e4d_3b0f1a9e7c2d4b58a1e6f0c9d2b7a314%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/6c2e4d_3b0f1a9e7c2d4b58a1e6f0c9d2b7a314%%7Emv2.png" type="image/png"/>
<script>
  window.__browser_deprecation__ = window.navigator.userAgent.indexOf('MSIE') > -1 || window.navigator.userAgent.indexOf('Trident') > -1;
</script>
<script type="application/json" id="wix-viewer-model">%s</script>
<script>
  var viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)
  window.viewerModel = viewerModel
  window.commonConfig = viewerModel.siteFeaturesConfigs.commonConfig
</script>
<script>window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {}; window.fedops.apps['thunderbolt'] = {startLoadTime: Date.now()};</script>
<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" as="script" crossorigin="anonymous">
<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%s.bundle.min.js" as="script" crossorigin="anonymous">
<title>Zásady ochrany osobních údajů | Jóga Loft Karlín</title>
<meta name="description" content="Jóga, pilates a meditace v srdci Karlína. Lekce pro začátečníky i pokročilé."/>
<link rel="canonical" href="https://www.jogaloftkarlin.cz/ochrana-osobnich-udaju"/>
<meta property="og:title" content="Zásady ochrany osobních údajů | Jóga Loft Karlín"/>
<meta property="og:url" content="https://www.jogaloftkarlin.cz/ochrana-osobnich-udaju"/>
<meta property="og:site_name" content="Jóga Loft Karlín"/>
<style id="css_masterPage">#masterPage{left:0;margin-left:0;width:100%%;min-width:0}#SITE_HEADER{--shd:none;--brw:0px;--brd:0,0,0}#comp-lq2x9a1b{width:740px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_c1dmp BmZ5pC"><div id="bgLayers_pageBackground_c1dmp" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-testid="headerInlineContent" class="hPPMJd"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq2wz1k4" class="MazNVa comp-lq2wz1k4 wixui-image"><a data-testid="linkElement" href="https://www.jogaloftkarlin.cz" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/6c2e4d_8e1a4c2b90f34d7aa6b1e05c3f9d2e71%%7Emv2.png/v1/fill/w_160,h_64,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-jogaloft.png" alt="Jóga Loft Karlín" style="width:160px;height:64px;object-fit:cover" width="160" height="64"/></a></div>
<wix-dropdown-menu id="comp-lq2wz8mi" class="XwCBRN NHM1d1 comp-lq2wz8mi wixui-dropdown-menu hidden-during-prewarmup" tabIndex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="6" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center"><nav class="StylableHorizontalMenu" aria-label="Web"><ul class="wixui-dropdown-menu__items">%s</ul></nav></wix-dropdown-menu>
<div class="comp-lq2x02vb R6ex7N" id="comp-lq2x02vb" aria-disabled="false"><a data-testid="linkElement" href="https://www.jogaloftkarlin.cz/rozvrh" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Rezervovat lekci</span></a></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabIndex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq2x8yv3" tabindex="-1" class="Oqnisf comp-lq2x8yv3 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2x8yv3" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lq2x8yv3inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq2x8yv3inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq2x9a1b" class="HcOXKn c9GqVL QxJLC3 comp-lq2x9a1b wixui-rich-text" data-testid="richTextElement">%s</div>
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="footerInlineContent" class="hPPMJd"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq2x3c1n" class="HcOXKn c9GqVL QxJLC3 comp-lq2x3c1n wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="font-size:14px;"><span style="font-size:14px;" class="wixui-rich-text__text">Jóga Loft Karlín · Sokolovská 112/84, Praha 8 · ahoj@jogaloftkarlin.cz</span></p><p class="font_9 wixui-rich-text__text" style="font-size:14px;"><span class="wixui-rich-text__text"><a href="https://www.jogaloftkarlin.cz/obchodni-podminky" target="_self" class="wixui-rich-text__text">Obchodní podmínky</a> · <a href="https://www.jogaloftkarlin.cz/ochrana-osobnich-udaju" target="_self" class="wixui-rich-text__text">Ochrana osobních údajů</a> · Nastavení cookies</span></p><p class="font_9 wixui-rich-text__text" style="font-size:14px;"><span class="wixui-rich-text__text">© Jóga Loft s.r.o. Vytvořeno pomocí Wix.com</span></p></div>
<div id="comp-lq2x4ig0" class="comp-lq2x4ig0 wixui-social-bar"><ul class="wixui-social-bar__list" aria-label="Panel sociálních sítí"><li class="wixui-social-bar__item"><a href="https://www.instagram.com/jogaloftkarlin" target="_blank" rel="noreferrer noopener" aria-label="Instagram"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png/v1/fill/w_28,h_28,al_c,q_85,enc_auto/instagram.png" alt="Instagram"/></a></li><li class="wixui-social-bar__item"><a href="https://www.facebook.com/jogaloftkarlin" target="_blank" rel="noreferrer noopener" aria-label="Facebook"><img src="https://static.wixstatic.com/media/0fdef751204647a3bbd7eaa2827ed4f9.png/v1/fill/w_28,h_28,al_c,q_85,enc_auto/facebook.png" alt="Facebook"/></a></li></ul></div>
</div></div></div></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async></script>
<script id="consent-policy">window.consentPolicyManager=window.consentPolicyManager||{};window.consentPolicyManager._pending=[];</script>
<div id="consent-banner-root"></div>
</body>
</html>
""" % (json.dumps(model, ensure_ascii=False).replace("</", "<\\/"), tbh[:8], tbh[8:16], menu, policy, tbh[:8])


PAGE = {
    "service": "Jóga Loft Karlín",
    "url": "https://www.jogaloftkarlin.cz/ochrana-osobnich-udaju",
    "lang": "cs",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Wix-Request-Id", "redacted"), ("Content-Language", "cs"),
                      ("Cache-Control", "private,max-age=0,must-revalidate")),
    "n": 28,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2024, 12, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.jogaloftkarlin.cz/ochrana-osobnich-udaju", "select": "#comp-lq2x9a1b"},
}
