"""Krematorium Podbrdí (Czech municipal crematorium and urn grove, Příbram), Drupal (custom theme 'podbrdi'),
upgraded from 9.5 to 10.1 in September 2023 (new aggregated-asset URL scheme, Generator meta). The node's links
carry the core Statistics module's view counter and the theme prints the node's 'changed' date under the body,
both inside the selected article."""
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Informace o zpracování osobních údajů

Účinnost od {UPDATED}

Společnost Krematorium Podbrdí s.r.o. provozuje krematorium, obřadní síně a urnový háj v Příbrami a poskytuje pohřební služby. V tomto dokumentu vás v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a se zákonem č. 110/2019 Sb., o zpracování osobních údajů, informujeme o tom, jak zpracováváme osobní údaje objednatelů pohřbů, pozůstalých, nájemců hrobových míst a návštěvníků našich webových stránek.

## Správce osobních údajů

@ Krematorium Podbrdí s.r.o.
@ Pod Svatou Horou 412
@ 261 01 Příbram
@ IČO: 26714521

Společnost je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 91422. Jediným společníkem je město Příbram.

## Pověřenec pro ochranu osobních údajů

Pověřencem pro ochranu osobních údajů je Mgr. Lucie Benešová, e-mail [poverenec@krematorium-podbrdi.cz](mailto:poverenec@krematorium-podbrdi.cz), tel. 318 625 140.

## Jaké osobní údaje zpracováváme

| Účel zpracování | Kategorie údajů | Právní základ | Doba uložení |
| Sjednání a vypravení pohřbu, zpopelnění | jméno, příjmení, datum narození, adresa, telefon a e-mail objednatele; údaje zemřelého uvedené v listu o prohlídce zemřelého | plnění smlouvy, právní povinnost podle zákona o pohřebnictví | 10 let |
| Evidence zpopelněných lidských pozůstatků a uložení uren | údaje zemřelého, datum zpopelnění, číslo urny, údaje osoby, které byla urna vydána | právní povinnost podle zákona č. 256/2001 Sb., o pohřebnictví | po dobu stanovenou zákonem o pohřebnictví |
| Nájem hrobových míst v urnovém háji | jméno, příjmení, adresa a datum narození nájemce, údaje o platbách nájemného | plnění smlouvy, právní povinnost | po dobu nájmu a 10 let po jeho skončení |
| Účetnictví a daně | údaje na daňových dokladech | právní povinnost | 10 let |
| Kamerový systém v areálu | záznam obrazu osob v areálu krematoria | oprávněný zájem na ochraně majetku a bezpečnosti osob | 7 dní |
| Zveřejnění rozpisu obřadů na webu | jméno a příjmení zemřelého, datum a čas obřadu | souhlas objednatele pohřbu | do konce dne obřadu |

Údaje zemřelých nejsou osobními údaji ve smyslu GDPR; pracujeme s nimi však se stejnou péčí jako s údaji žijícich osob.

## Příjemci osobních údajů

Osobní údaje předáváme pouze v nezbytném rozsahu:

- matričním úřadům, krajské hygienické stanici a dalším orgánům veřejné moci, pokud nám to ukládá zákon,
- pohřebním službám, které u nás objednaly zpopelnění jménem pozůstalých,
- správcům jiných pohřebišť při převozu uren,
- dodavateli evidenčního softwaru pro správu pohřebišť,
- bance a poskytovateli platebního terminálu,
- poskytovateli webhostingu.

Osobní údaje nepředáváme do třetích zemí.

## Vaše práva

Máte právo požadovat přístup ke svým osobním údajům, jejich opravu nebo výmaz, omezení zpracování, právo vznést námitku proti zpracování a právo na přenositelnost údajů. Souhlas se zveřejněním údajů v rozpisu obřadů můžete kdykoli odvolat telefonicky nebo e-mailem; údaje pak z webu neprodleně odstraníme. Písemné žádosti nám můžete zaslat také faxem na číslo 318 625 149.

Pokud se domníváte, že zpracováním porušujeme právní předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, [www.uoou.cz](https://www.uoou.cz).

## Cookies

Naše webové stránky používají pouze technické cookies nezbytné pro jejich fungování a – s vaším souhlasem – analytické cookies služby Google Analytics. Souhlas můžete změnit v patičce stránky odkazem „Nastavení cookies“.
"""

EDITS = [
    {"note": "CCTV retention raised from 7 to 14 days (table cell)",
     "repl": [("bezpečnosti osob | 7 dní |", "bezpečnosti osob | 14 dní |")]},
    {"note": "fax sentence removed",
     "repl": [(" Písemné žádosti nám můžete zaslat také faxem na číslo 318 625 149.", "")]},
    {"note": "typo fixed (žijícich), date unchanged", "bump": False,
     "repl": [("s údaji žijícich osob", "s údaji žijících osob")]},
    {"note": "recipient added: online ceremony streaming provider",
     "repl": [("- dodavateli evidenčního softwaru pro správu pohřebišť,",
               "- dodavateli evidenčního softwaru pro správu pohřebišť,\n"
               "- dodavateli služby online přenosu obřadů, pokud si přenos obřadu objednáte,")]},
    {"note": "new data protection officer",
     "repl": [("je Mgr. Lucie Benešová, e-mail", "je JUDr. Tomáš Hrubý, e-mail"),
              ("tel. 318 625 140.", "tel. 318 625 147.")]},
    {"note": "word inserted: technical and preference cookies",
     "repl": [("používají pouze technické cookies", "používají pouze technické a preferenční cookies")]},
]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


UPGRADE = dt.datetime(2023, 9, 18, 6, 0, 0)  # Drupal 9.5 -> 10.1

MEN = [("Josefem", "Novákem"), ("Janem", "Svobodou"), ("Jiřím", "Dvořákem"), ("Jaroslavem", "Černým"),
       ("Václavem", "Procházkou"), ("Miroslavem", "Kučerou"), ("Zdeňkem", "Veselým"), ("Františkem", "Horákem"),
       ("Karlem", "Němcem"), ("Vladimírem", "Pokorným"), ("Milanem", "Markem"), ("Stanislavem", "Pospíšilem")]
WOMEN = [("Marií", "Novákovou"), ("Janou", "Svobodovou"), ("Evou", "Dvořákovou"), ("Annou", "Černou"),
         ("Hanou", "Procházkovou"), ("Věrou", "Kučerovou"), ("Alenou", "Veselou"), ("Jaroslavou", "Horákovou"),
         ("Ludmilou", "Němcovou"), ("Zdeňkou", "Pokornou"), ("Libuší", "Markovou"), ("Boženou", "Pospíšilovou")]
HALLS = ["Velká obřadní síň", "Malá obřadní síň"]

NEWS = [(dt.date(2022, 12, 12), "Provoz kanceláře o vánočních svátcích", "provoz-kancelare-o-vanocnich-svatcich-2022"),
        (dt.date(2023, 2, 20), "Nové ceny nájmu hrobových míst od 1. dubna 2023", "nove-ceny-najmu-2023"),
        (dt.date(2023, 4, 3), "Velikonoční provoz krematoria", "velikonocni-provoz-2023"),
        (dt.date(2023, 6, 12), "Oprava cest v urnovém háji", "oprava-cest-v-urnovem-haji"),
        (dt.date(2023, 9, 4), "Nová vsypová loučka v urnovém háji", "nova-vsypova-loucka"),
        (dt.date(2023, 10, 16), "Památka zesnulých 2023: prodloužená otevírací doba", "pamatka-zesnulych-2023"),
        (dt.date(2023, 12, 11), "Provoz o vánočních svátcích 2023", "provoz-o-vanocnich-svatcich-2023"),
        (dt.date(2024, 1, 22), "Upozornění na splatnost nájemného za hrobová místa", "splatnost-najemneho-2024"),
        (dt.date(2024, 3, 18), "Velikonoční provoz krematoria 2024", "velikonocni-provoz-2024"),
        (dt.date(2024, 5, 6), "Online přenosy obřadů nově i z Malé obřadní síně", "online-prenosy-obradu"),
        (dt.date(2024, 7, 1), "Letní provozní doba kanceláře", "letni-provozni-doba-2024"),
        (dt.date(2024, 10, 14), "Památka zesnulých 2024: prodloužená otevírací doba", "pamatka-zesnulych-2024"),
        (dt.date(2024, 12, 9), "Provoz o vánočních svátcích 2024", "provoz-o-vanocnich-svatcich-2024")]


def _obrady(day):
    if day.weekday() >= 5:
        return ()
    r = K.day_rng("podbrdi-obrady", day.isoformat())
    n = r.choice([0, 1, 2, 2, 3, 3, 4, 5])
    slots = sorted(r.sample(["9:00", "9:45", "10:30", "11:15", "12:00", "13:00", "13:45", "14:30"], n),
                   key=lambda t: (len(t), t))
    out = []
    for t in slots:
        w = r.random() < 0.5
        first, sur = r.choice(WOMEN if w else MEN)
        out.append((t, "poslední rozloučení s %s %s %s" % ("paní" if w else "panem", first, sur), r.choice(HALLS)))
    return tuple(out)


def _b64u(rng, n):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    d10 = when >= UPGRADE
    assets = C.keep_or(rng, p.get("assets") if (p.get("drupal") == ("10" if d10 else "9")) else None, 0.2,
                       lambda: (_b64u(rng, 43), _b64u(rng, 43), _b64u(rng, 43)))
    days = (loc.date() - dt.date(2022, 6, 1)).days
    return {
        "obrady": (loc.date().isoformat(), _obrady(loc.date())),
        "viewdom": C.hexs(rng, 64),
        "drupal": "10" if d10 else "9",
        "assets": assets,
        "views": 1862 + int(days * 4.6) + rng.randint(0, 9),
        "resave": C.keep_or(rng, p.get("resave"), 0.06, lambda: (loc - dt.timedelta(days=rng.randint(0, 3))).date()),
        "news": tuple(n for n in NEWS if n[0] <= loc.date())[-3:],
    }


LABELS = {
    "obrady": "sidebar view: today's ceremonies (names, times, halls)",
    "viewdom": "views js-view-dom-id (per render)",
    "drupal": "Drupal 9.5 -> 10.1 upgrade (Generator meta, asset URL scheme)",
    "assets": "aggregated CSS/JS file hashes (cache rebuild)",
    "views": "Statistics module view counter in the node links",
    "resave": "node re-saved without text change (changed date under the body)",
    "news": "sidebar: latest news items",
    "changed": "node 'Aktualizováno' (changed) date under the body",
}

_MEM = {}


def _changed(state, blocks, when):
    """The node's 'changed' date: the last capture at which the body differed, or a later plain re-save."""
    h = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if _MEM.get("when") is None or when <= _MEM["when"]:
        _MEM.clear()
        _MEM["changed"] = dt.date(2022, 11, 28)
    elif _MEM["hash"] != h:
        _MEM["changed"] = K.local(when, "cet")[0].date() - dt.timedelta(days=1)
    _MEM["when"], _MEM["hash"] = when, h
    return max(_MEM["changed"], state["resave"])


MENU = [("Krematorium", "krematorium"), ("Obřadní síně", "obradni-sine"), ("Urnový háj", "urnovy-haj"),
        ("Rozpis obřadů", "rozpis-obradu"), ("Ceník", "cenik"), ("Aktuality", "aktuality"), ("Kontakt", "kontakt")]


def _body(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<figure class="table"><table><thead>%s</thead><tbody>%s</tbody></table></figure>' % (head, body)

    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    loc, _ = K.local(when, "cet")
    title, rest = K.title_and_rest(blocks)
    changed = _changed(state, blocks, when)
    state["changed"] = changed
    c1, c2, j1 = state["assets"]
    if state["drupal"] == "10":
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=cs&amp;'
               'theme=podbrdi&amp;include=eJxdjEEOwyAMBD9E4EnIgEOsGhthk7S_b6Sql1x2RrPSdtXCPGyDBqGeunPkSkw1Vmi9kxn1Ayt2VWK'
               'Dny_s_LcRIa1qsYf-s" />\n    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?'
               'delta=1&amp;language=cs&amp;theme=podbrdi&amp;include=eJxdjEEOwyAMBD9E4EnIgEOsGhthk7S_b6Sql1x2RrPSdtXCPGy'
               'DBqGeunPkSkw1Vmi9kxn1Ayt2VWKDny_s_LcRIa1qsYf-s" />' % (c1, c2))
        js = ('<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=cs&amp;theme=podbrdi'
              '&amp;include=eJxdi1EKwCAMQy80PJIUDVpWrdjq2O2HH4PtJ-ElJA7RPaFKoaVh4orKGL5Rhk6bRoNpJcVvN_-s"></script>' % j1)
    else:
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n'
               '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % (c1, c2))
        js = '<script src="/sites/default/files/js/js_%s.js"></script>' % j1
    day, obrady = state["obrady"]
    if obrady:
        rows = "\n".join("""    <div class="views-row"><div class="views-field views-field-field-cas-obradu"><span class="field-content"><time datetime="%sT%s:00+0%d:00">%s</time></span></div><div class="views-field views-field-title"><span class="field-content">%s</span></div><div class="views-field views-field-field-obradni-sin"><span class="field-content">%s</span></div></div>"""
                         % (day, t.zfill(5), K.local(when, "cet")[1] // 60, t, K.esc(n), h)
                         for t, n, h in obrady)
        view = '<div class="view-content">\n%s\n  </div>' % rows
    else:
        view = '<div class="view-empty">\n      <p>Dnes se v krematoriu nekonají žádné obřady.</p>\n    </div>'
    wd = K.WEEKDAYS["cs"][loc.weekday()]
    news = "\n".join('<div class="views-row"><span class="views-field views-field-created"><span class="field-content">'
                     '<time datetime="%sT12:00:00Z">%s</time></span></span> <span class="views-field views-field-title">'
                     '<span class="field-content"><a href="/aktuality/%s" hreflang="cs">%s</a></span></span></div>'
                     % (d.isoformat(), fmt_date(d), slug, K.esc(t)) for d, t, slug in reversed(state["news"]))
    menu = "\n".join('<li class="menu-item"><a href="/%s" data-drupal-link-system-path="node/%d">%s</a></li>'
                     % (u, 10 + n, K.esc(t)) for n, (t, u) in enumerate(MENU))
    vd = state["viewdom"]
    return """<!DOCTYPE html>
<html lang="cs" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="Informace o zpracování osobních údajů společnosti Krematorium Podbrdí s.r.o." />
<link rel="canonical" href="https://www.krematorium-podbrdi.cz/ochrana-osobnich-udaju" />
<meta name="Generator" content="Drupal %(drupal)s (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/podbrdi/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>Informace o zpracování osobních údajů | Krematorium Podbrdí</title>
    %(css)s

  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Přejít k hlavnímu obsahu
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">

  <header role="banner" class="site-header">
      <div class="region region-header">
    <div id="block-podbrdi-branding" class="block block-system block-system-branding-block">
  
    
        <a href="/" rel="home" class="site-logo">
      <img src="/themes/custom/podbrdi/logo.svg" alt="Domů" fetchpriority="high" />
    </a>
        <div class="site-name">
      <a href="/" rel="home">Krematorium Podbrdí</a>
    </div>
    </div>
<nav role="navigation" aria-labelledby="block-podbrdi-main-menu-menu" id="block-podbrdi-main-menu" class="block block-menu navigation menu--main">
            
  <h2 class="visually-hidden" id="block-podbrdi-main-menu-menu">Hlavní navigace</h2>
  

        <ul class="menu">
%(menu)s
  </ul>
  </nav>

  </div>

  </header>

    <div class="region region-breadcrumb">
    <div id="block-podbrdi-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Drobečková navigace</h2>
    <ol>
          <li>
                  <a href="/">Domů</a>
              </li>
          <li>
                  Informace o zpracování osobních údajů
              </li>
        </ol>
  </nav>

  </div>

  </div>

  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-podbrdi-page-title" class="block block-core block-page-title-block">
  
    
      
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(title)s</span>
</h1>


  </div>
<div id="block-podbrdi-content" class="block block-system block-system-main-block">
  
    
      
<article data-history-node-id="27" class="node node--type-page node--view-mode-full">

  
    

  
  <div class="node__content">
    
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%(body)s</div>
      
  </div>

  <footer class="node__meta">
    <span class="node__changed">Aktualizováno: <time datetime="%(changed_iso)sT10:00:00+01:00">%(changed)s</time></span>
  </footer>
  <div class="node__links">
    <ul class="links inline"><li class="statistics-counter">%(views)d zobrazení</li></ul>  </div>

</article>

  </div>

  </div>

    </div>
          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div class="views-element-container block block-views block-views-blockrozpis-obradu-block-1" id="block-podbrdi-views-block-rozpis-obradu-block-1">
  
      <h2>Rozpis obřadů – %(wd)s %(today)s</h2>
    
      <div><div class="view view-rozpis-obradu view-id-rozpis_obradu view-display-id-block_1 js-view-dom-id-%(vd)s">
  
    
      
      %(view)s
    
          <div class="more-link"><a href="/rozpis-obradu">Celý rozpis obřadů</a></div>

      </div>
</div>

  </div>
<div class="views-element-container block block-views block-views-blockaktuality-block-1" id="block-podbrdi-views-block-aktuality-block-1">
  
      <h2>Aktuality</h2>
    
      <div><div class="view view-aktuality view-id-aktuality view-display-id-block_1">
      <div class="view-content">
%(news)s
    </div>
  </div>
</div>

  </div>

  </div>

      </aside>
    
  </main>

      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
    <div id="block-podbrdi-kontakt" class="block block-block-content block-block-content3b5c1e0a-7d2f-4e91-9c6a-51b7d2e0f8a3">
  
      <h2>Kontakt</h2>
    
      
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Krematorium Podbrdí s.r.o., Pod Svatou Horou 412, 261 01 Příbram<br>Kancelář: po–pá 7:00–15:30, tel. 318 625 111<br>Nonstop převozy: 602 318 318</p></div>
      
  </div>
<nav role="navigation" aria-labelledby="block-podbrdi-footer-menu" id="block-podbrdi-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-podbrdi-footer-menu">Patička</h2>
        <ul class="menu">
          <li class="menu-item menu-item--active-trail"><a href="/ochrana-osobnich-udaju" data-drupal-link-system-path="node/27" class="is-active" aria-current="page">Ochrana osobních údajů</a></li>
          <li class="menu-item"><a href="/prohlaseni-o-pristupnosti" data-drupal-link-system-path="node/31">Prohlášení o přístupnosti</a></li>
          <li class="menu-item"><a href="#sliding-popup" class="eu-cookie-compliance-toggle-withdraw-banner">Nastavení cookies</a></li>
        </ul>
  </nav>

  </div>

    </footer>
  
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"cs"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eu_cookie_compliance\\/eu_cookie_compliance_default,podbrdi\\/global-styling,statistics\\/drupal.statistics,system\\/base,views\\/views.module","theme":"podbrdi","theme_token":null},"ajaxTrustedUrl":[],"eu_cookie_compliance":{"cookie_policy_version":"1.0.1","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info\\u0022\\u003E\\n  \\u003Cdiv class=\\u0022popup-content info\\u0022\\u003E\\n    \\u003Cdiv id=\\u0022popup-text\\u0022\\u003E\\u003Cp\\u003EPou\\u017e\\u00edv\\u00e1me soubory cookies.\\u003C\\/p\\u003E\\u003C\\/div\\u003E\\n  \\u003C\\/div\\u003E\\n\\u003C\\/div\\u003E","method":"categories","cookie_name":"","domain":"","cookie_categories":["nezbytne","analyticke"],"enable_save_preferences_button":true,"cookie_session":0,"store_consent":false},"statistics":{"data":{"nid":"27"},"url":"\\/core\\/modules\\/statistics\\/statistics.php"},"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:%(vd)s":{"view_name":"rozpis_obradu","view_display_id":"block_1","view_args":"","view_path":"\\/node\\/27","view_base_path":"rozpis-obradu","view_dom_id":"%(vd)s","pager_element":0}}},"user":{"uid":0,"permissionsHash":"7f8c1a9d2e4b60f3a5c8d1e7b9f2a4c6d8e0b1f3a5c7d9e1f3b5d7f9a1c3e5b7"}}</script>
%(js)s

  </body>
</html>
""" % {"drupal": state["drupal"], "css": css, "js": js, "menu": menu, "title": K.esc(title), "body": _body(rest),
       "changed": fmt_date(changed), "changed_iso": changed.isoformat(), "views": state["views"], "wd": wd,
       "today": fmt_date(loc.date()), "vd": vd, "view": view, "news": news}


PAGE = {
    "service": "Krematorium Podbrdi",
    "url": "https://www.krematorium-podbrdi.cz/ochrana-osobnich-udaju",
    "lang": "cs",
    "platform": "Drupal 9.5 -> 10.1 (custom theme), Statistics module, EU Cookie Compliance",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Drupal-Cache", "MISS"), ("X-Drupal-Dynamic-Cache", "HIT"),
                      ("X-Generator", "Drupal (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=300, public")],
    "n": 29,
    "start": dt.date(2023, 2, 6),
    "end": dt.date(2024, 12, 20),
    "hours": (5, 11, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.krematorium-podbrdi.cz/ochrana-osobnich-udaju",
        "select": ["#block-podbrdi-page-title h1", "article.node--type-page"],
        "remove": [".node__meta", ".node__links"],
    },
}
