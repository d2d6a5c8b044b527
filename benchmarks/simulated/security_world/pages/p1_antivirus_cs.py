"""Hradba Antivirus (Czech consumer antivirus), privacy policy on Adobe Experience Manager 6.5 with Core
Components (title + one Text component per section inside a layout container), Adobe Launch, OneTrust.

Noise: the header's "threats blocked today" counter (per visit, grows through the day), the footer's virus-
definitions version stamp (per visit), clientlib hashes (deploys), and the Text components' data-cmp-data-layer
JSON with "repo:modifyDate" (republishes and real edits) *inside* the declared `.legal-article` container
(attributes only; a curator leaves them)."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.hradba.com/cs-cz/legal/zasady-ochrany-soukromi.html"

MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Zásady ochrany soukromí

Poslední aktualizace: {UPDATED}

Společnost Hradba Software s.r.o. („Hradba“, „my“) vyvíjí bezpečnostní software pro domácnosti i firmy. Tyto zásady vysvětlují, jaké osobní údaje zpracováváme, když navštívíte naše webové stránky, stáhnete a používáte naše produkty (Hradba Free Antivirus, Hradba Premium Security, Hradba Ultimate a Hradba VPN) nebo se na nás obrátíte s žádostí o podporu. Pro firemní produkty platí samostatné [Zásady ochrany soukromí pro firemní řešení](/cs-cz/legal/zasady-ochrany-soukromi-business.html).

Ochrana vašeho soukromí je základem naší práce. Údaje zpracováváme jen v rozsahu, který potřebujeme k tomu, abychom vás mohli chránit před hrozbami, a nikdy je neprodáváme.

## 1. Kdo je správcem vašich osobních údajů

Správcem osobních údajů je:

@ Hradba Software s.r.o.
@ Vinohradská 2828/151
@ 130 00 Praha 3
@ IČO: 27458931
@ zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 118452

Jmenovali jsme pověřence pro ochranu osobních údajů, kterého můžete kontaktovat na adrese [dpo@hradba.com](mailto:dpo@hradba.com) nebo písemně na adrese sídla s označením „K rukám pověřence pro ochranu osobních údajů“.

## 2. Jaké údaje zpracováváme

Rozsah zpracovávaných údajů závisí na tom, které produkty používáte a jak jste je nastavili. Zpracováváme zejména tyto kategorie údajů:

- **Identifikační a kontaktní údaje:** jméno, příjmení, e-mailová adresa, fakturační adresa a telefonní číslo, pokud nám je sdělíte.
- **Údaje o účtu a licenci:** identifikátor účtu Hradba, licenční klíč, typ předplatného, datum aktivace a datum obnovy.
- **Platební údaje:** způsob platby, poslední čtyři číslice platební karty a historie transakcí. Úplná čísla karet zpracovává výhradně náš platební partner.
- **Údaje o zařízení:** typ a verze operačního systému, verze produktu a definic virů, jazyk, náhodný identifikátor instalace (GUID) a přibližná poloha odvozená z IP adresy na úrovni státu.
- **Údaje o hrozbách:** vzorky podezřelých souborů, adresy URL, na které se zařízení pokusilo přistoupit, otisky (hash) souborů a informace o zjištěném škodlivém kódu.
- **Údaje z komunikace:** obsah vašich dotazů na zákaznickou podporu, záznamy chatu a hodnocení spokojenosti.

Obsah vašich dokumentů, e-mailů ani zpráv neprohlížíme. Pokud produkt odešle vzorek podezřelého souboru k analýze do naší virové laboratoře, děje se tak pouze s vaším souhlasem, který můžete v nastavení produktu kdykoli odvolat.

Při používání Hradba VPN neukládáme informace o tom, které stránky navštěvujete, jaký obsah stahujete ani jaké DNS dotazy odesíláte. Pro provoz služby zpracováváme pouze čas zahájení a ukončení spojení, zvolený server a objem přenesených dat, a to nejdéle 30 dní.

## 3. Účely a právní základy zpracování

| Účel | Právní základ | Doba uchování |
| Poskytování ochrany, aktualizace a detekce hrozeb | plnění smlouvy (čl. 6 odst. 1 písm. b) GDPR) | po dobu trvání licence |
| Správa účtu, fakturace a obnova předplatného | plnění smlouvy a právní povinnost | 10 let od vystavení daňového dokladu |
| Analýza vzorků a zlepšování detekčních modelů | oprávněný zájem | 36 měsíců |
| Zákaznická podpora | plnění smlouvy | 3 roky od uzavření požadavku |
| Marketingová sdělení a nabídky | souhlas | do odvolání souhlasu |
| Statistiky používání produktu | oprávněný zájem | 24 měsíců v pseudonymizované podobě |

Pokud zpracování probíhá na základě oprávněného zájmu, pečlivě jsme posoudili, že naše zájmy nepřevažují nad vašimi právy. Proti takovému zpracování můžete kdykoli vznést námitku.

## 4. Komu údaje předáváme

Osobní údaje neprodáváme ani nepronajímáme. Předáváme je pouze zpracovatelům, kteří pro nás vykonávají určité činnosti a jsou smluvně vázáni mlčenlivostí:

| Zpracovatel | Činnost | Sídlo |
| Amazon Web Services EMEA SARL | hostování cloudové infrastruktury | Lucembursko |
| Adyen N.V. | zpracování plateb | Nizozemsko |
| Salesforce, Inc. | správa zákaznických vztahů | USA |
| Braze, Inc. | zasílání e-mailů a oznámení v aplikaci | USA |

Údaje můžeme poskytnout také orgánům veřejné moci, pokud nám to ukládá zákon, například Policii České republiky nebo Národnímu úřadu pro kybernetickou a informační bezpečnost. Každou takovou žádost pečlivě přezkoumáme a poskytujeme jen nezbytně nutný rozsah údajů.

## 5. Předávání údajů mimo EHP

Někteří naši zpracovatelé sídlí ve Spojených státech. Předávání do USA probíhá na základě rámce pro ochranu osobních údajů mezi EU a USA (EU-US Data Privacy Framework), případně na základě standardních smluvních doložek schválených Evropskou komisí, doplněných o technická opatření, jako je šifrování.

## 6. Jak dlouho údaje uchováváme

Údaje uchováváme jen po dobu nezbytnou pro účely uvedené v tabulce výše. Po skončení licence údaje o účtu uchováváme ještě 12 měsíců, abychom vám umožnili předplatné obnovit. Poté je vymažeme nebo nevratně anonymizujeme. Daňové doklady uchováváme po dobu stanovenou zákonem.

## 7. Zabezpečení údajů

Vaše údaje chráníme pomocí šifrování při přenosu i při ukládání, víceúrovňového řízení přístupu, pravidelných penetračních testů a nepřetržitého monitorigu. Naše procesy jsou certifikovány podle normy ISO/IEC 27001. K údajům mají přístup pouze zaměstnanci, kteří je nezbytně potřebují k výkonu své práce.

## 8. Vaše práva

Podle obecného nařízení o ochraně osobních údajů (GDPR) máte tato práva:

- právo na přístup k osobním údajům,
- právo na opravu nepřesných údajů,
- právo na výmaz („právo být zapomenut“),
- právo na omezení zpracování,
- právo na přenositelnost údajů,
- právo vznést námitku proti zpracování,
- právo kdykoli odvolat udělený souhlas.

Svá práva můžete uplatnit prostřednictvím [formuláře pro žádosti subjektů údajů](/cs-cz/legal/zadost-subjektu-udaju.html) nebo e-mailem na adrese [dpo@hradba.com](mailto:dpo@hradba.com). Odpovíme vám bez zbytečného odkladu, nejpozději do jednoho měsíce.

Máte také právo podat stížnost u dozorového úřadu:

@ Úřad pro ochranu osobních údajů
@ Pplk. Sochora 27
@ 170 00 Praha 7
@ [www.uoou.cz](https://www.uoou.cz)

## 9. Děti

Naše produkty nejsou určeny dětem mladším 15 let. Funkce rodičovské kontroly v produktu Hradba Ultimate zpracovává údaje o dětském zařízení pouze na pokyn rodiče, který je za toto zpracování odpovědný.

## 10. Soubory cookie

Na našich webových stránkách používáme soubory cookie a podobné technologie. Podrobnosti a možnost změnit nastavení najdete v [Zásadách používání souborů cookie](/cs-cz/legal/cookies.html).

## 11. Změny těchto zásad

Tyto zásady můžeme čas od času aktualizovat, například když uvedeme nový produkt nebo se změní právní předpisy. O podstatných změnách vás budeme informovat e-mailem nebo oznámením v produktu. Datum poslední aktualizace najdete v záhlaví tohoto dokumentu.
"""

EDITS = [
    {"note": "processor added to the recipients table (Zendesk for customer support)",
     "repl": [("| Braze, Inc. | zasílání e-mailů a oznámení v aplikaci | USA |",
               "| Braze, Inc. | zasílání e-mailů a oznámení v aplikaci | USA |\n"
               "| Zendesk, Inc. | systém zákaznické podpory a chat | USA |")]},
    {"note": "retention of threat samples shortened from 36 to 24 months",
     "repl": [("| Analýza vzorků a zlepšování detekčních modelů | oprávněný zájem | 36 měsíců |",
               "| Analýza vzorků a zlepšování detekčních modelů | oprávněný zájem | 24 měsíců |")]},
    {"note": "new section on the AI scam assistant inserted before the children section, later sections renumbered",
     "repl": [("## 9. Děti", "## 9. Asistent proti podvodům\n\n"
               "Funkce Asistent proti podvodům vám pomůže posoudit podezřelé zprávy, odkazy a nabídky. Text nebo "
               "snímek obrazovky, který do asistenta vložíte, zpracujeme výhradně za účelem vyhodnocení rizika. "
               "Vložený obsah neuchováváme déle než 30 dní a nepoužíváme ho k trénování modelů bez vašeho "
               "výslovného souhlasu.\n\n## 10. Děti"),
              ("## 10. Soubory cookie", "## 11. Soubory cookie"),
              ("## 11. Změny těchto zásad", "## 12. Změny těchto zásad")]},
    {"note": "typo fixed ('monitorigu' -> 'monitoringu'), no new date", "bump": False,
     "repl": [("nepřetržitého monitorigu", "nepřetržitého monitoringu")]},
    {"note": "registered office moved (address block changed)",
     "repl": [("@ Vinohradská 2828/151\n@ 130 00 Praha 3", "@ Na Florenci 2116/15\n@ 110 00 Praha 1")]},
]


def noise(rng, when, i, prev):
    p = prev or {}
    secs = when.hour * 3600 + when.minute * 60 + when.second
    rate = 15_200_000 + (when.toordinal() % 97) * 41_000  # threats per day, drifts day by day
    count = int(rate * secs / 86400) + rng.randint(0, 9_999)
    n_upd = 1 + (when.hour // 4)
    return {
        "counter": count,
        "defs": "%s-%d" % (when.strftime("%y%m%d"), n_upd),
        "clientlib": C.keep_or(rng, p.get("clientlib"), 0.12, lambda: (C.hexs(rng, 32), C.hexs(rng, 32))),
        "launch": C.keep_or(rng, p.get("launch"), 0.08, lambda: C.hexs(rng, 12)),
        "republish": C.keep_or(rng, p.get("republish"),
                               0.12, lambda: (when - dt.timedelta(hours=rng.randint(2, 200),
                                                                  minutes=rng.randint(0, 59))).strftime(
                                   "%Y-%m-%dT%H:%M:%SZ")),
    }


LABELS = {"counter": "header 'threats blocked today' counter", "defs": "footer virus-definitions stamp",
          "clientlib": "AEM clientlib hashes (deploy)", "launch": "Adobe Launch library build",
          "republish": "Text components' repo:modifyDate (author republish, inside the container)",
          "modified": "data layer modifyDate of changed components"}

_last = {}


def cz_num(n):
    s = "{:,}".format(n).replace(",", "\u00a0")
    return s


def _cmp_id(kind, key):
    return "%s-%s" % (kind, C.det_sha("hradba", kind, key)[:10])


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    intro = head[1:]
    comps = [("intro", intro)] + [(h, [("h2", h)] + bl) for h, bl in secs]
    mods = {}
    parts = []
    for key, bl in comps:
        inner = C.blocks_html(bl)
        cid = _cmp_id("text", key.split(".")[0] if key != "intro" else key)
        seen = _last.get(cid)
        if seen is None or seen[0] != inner:
            changed_at = (when - dt.timedelta(hours=3, minutes=17)).strftime("%Y-%m-%dT%H:%M:%SZ")
            _last[cid] = (inner, changed_at if seen else "2021-11-08T10:22:41Z")
        mod = max(_last[cid][1], s["republish"])
        mods[cid] = mod
        layer = {cid: {"@type": "hradba/components/text", "repo:modifyDate": mod, "xdm:text": inner,
                       "parentId": "container-7d1c0e5f93"}}
        parts.append('<div class="text aem-GridColumn aem-GridColumn--default--12">\n'
                     '<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
                     % (html.escape(json.dumps(layer, ensure_ascii=False, separators=(",", ":"))), cid, inner))
    s["modified"] = sorted(mods.items())
    tid = _cmp_id("title", "legal")
    tlayer = {tid: {"@type": "hradba/components/title", "repo:modifyDate": "2021-11-08T10:22:41Z",
                    "dc:title": title, "parentId": "container-7d1c0e5f93"}}
    cl1, cl2 = s["clientlib"]
    year = when.year
    return """<!DOCTYPE HTML>
<html lang="cs-CZ">
    <head>
    <meta charset="UTF-8"/>
    <title>Zásady ochrany soukromí | Hradba</title>
    
    <meta name="description" content="Jak Hradba zpracovává a chrání vaše osobní údaje."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta property="og:title" content="Zásady ochrany soukromí | Hradba"/>
    <meta property="og:url" content="{url}"/>
    <link rel="canonical" href="{url}"/>
    <link rel="alternate" hreflang="cs-cz" href="{url}"/>
    <link rel="alternate" hreflang="sk-sk" href="https://www.hradba.com/sk-sk/legal/zasady-ochrany-sukromia.html"/>
    <link rel="alternate" hreflang="en-us" href="https://www.hradba.com/en-us/legal/privacy-policy.html"/>
    <link rel="alternate" hreflang="x-default" href="https://www.hradba.com/en-ww/legal/privacy-policy.html"/>

<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0189a3c4-52d1-7b9e-a6f0-3c2b8e41d7a5" data-document-language="true"></script>
<script type="text/javascript">function OptanonWrapper() {{ window.adobeDataLayer.push({{event: "consentUpdated"}}); }}</script>
<script src="https://assets.adobedtm.com/7f3a91c2e0d4/{launch}/launch-{launch8}.min.js" async></script>
<script>
window.adobeDataLayer = window.adobeDataLayer || [];
adobeDataLayer.push({{"page":{{"page-4be2a0c7d1":{{"@type":"hradba/components/page","repo:modifyDate":"{pmod}","dc:title":"Zásady ochrany soukromí","xdm:template":"/conf/hradba/settings/wcm/templates/legal-page","xdm:language":"cs-CZ","repo:path":"/content/hradba/cs-cz/legal/zasady-ochrany-soukromi.html"}}}},"event":"cmp:show","eventInfo":{{"path":"page.page-4be2a0c7d1"}}}});
</script>

    
    
<link rel="stylesheet" href="/etc.clientlibs/hradba/clientlibs/clientlib-base.lc-{cl1}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/hradba/clientlibs/clientlib-site.lc-{cl2}-lc.min.css" type="text/css">



    
</head>
    <body class="page basicpage" id="page-4be2a0c7d1" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="otevře se na nové kartě" data-cmp-data-layer-enabled>
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({{
              page: JSON.parse("{{\\"page-4be2a0c7d1\\":{{\\"@type\\":\\"hradba/components/page\\",\\"dc:title\\":\\"Zásady ochrany soukromí\\"}}}}"),
              event:'cmp:show',
              eventInfo: {{
                  path: 'page.page\\u002D4be2a0c7d1'
              }}
          }});
        </script>
        
        
            
<div class="root container responsivegrid">

    
    <div id="container-a1f4c2d9e0" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    <div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-3e9b7d20a4" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="hr-header">
  <div class="hr-header__topbar">
    <div class="threat-counter" data-cmp-is="threatCounter" data-api="/bin/hradba/threatstats.json">
      <svg class="threat-counter__icon" aria-hidden="true"><use href="/etc.clientlibs/hradba/clientlibs/clientlib-site/resources/icons.svg#shield"></use></svg>
      <span class="threat-counter__label">Dnes jsme zablokovali</span>
      <span class="threat-counter__value">{count}</span>
      <span class="threat-counter__unit">hrozeb</span>
    </div>
    <nav class="hr-header__utility" aria-label="Pomocná navigace">
      <a href="/cs-cz/podpora">Podpora</a>
      <a href="https://id.hradba.com/sign-in?lang=cs-cz">Přihlásit se</a>
      <button class="hr-lang" type="button" aria-haspopup="true">CZ / Čeština</button>
    </nav>
  </div>
  <div class="hr-header__main">
    <a class="hr-logo" href="/cs-cz/"><img src="/content/dam/hradba/logos/hradba-logo.svg" alt="Hradba"></a>
    <nav class="hr-nav" aria-label="Hlavní navigace">
      <ul class="hr-nav__list">
        <li class="hr-nav__item"><a href="/cs-cz/pro-domacnosti">Pro domácnosti</a></li>
        <li class="hr-nav__item"><a href="/cs-cz/pro-firmy">Pro firmy</a></li>
        <li class="hr-nav__item"><a href="/cs-cz/vpn">VPN</a></li>
        <li class="hr-nav__item"><a href="/cs-cz/blog">Blog</a></li>
      </ul>
    </nav>
    <a class="hr-btn hr-btn--primary" href="/cs-cz/stahnout-antivirus" data-cta="header-download">Stáhnout zdarma</a>
  </div>
</header>

</div>

    
</div>
<div class="container responsivegrid legal-article aem-GridColumn aem-GridColumn--default--12">

    
    <div id="container-7d1c0e5f93" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    <div class="title aem-GridColumn aem-GridColumn--default--12">
<div data-cmp-data-layer="{tlayer}" id="{tid}" class="cmp-title">
    <h1 class="cmp-title__text">{title}</h1>
</div>

    
</div>
<div class="button aem-GridColumn aem-GridColumn--default--12">
<a id="button-58c1e0b2f7" class="cmp-button" href="/content/dam/hradba/legal/cs-cz/zasady-ochrany-soukromi.pdf" target="_blank" data-cmp-clickable>
    <span class="cmp-button__icon cmp-button__icon--download" aria-hidden="true"></span>
    <span class="cmp-button__text">Stáhnout PDF</span>
</a>
</div>
{parts}

    
</div>

    </div>

    
</div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-c0a7e18d52" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="hr-footer">
  <div class="hr-footer__cols">
    <div class="hr-footer__col"><h4>Produkty</h4><ul><li><a href="/cs-cz/free-antivirus">Hradba Free Antivirus</a></li><li><a href="/cs-cz/premium-security">Hradba Premium Security</a></li><li><a href="/cs-cz/ultimate">Hradba Ultimate</a></li><li><a href="/cs-cz/vpn">Hradba VPN</a></li></ul></div>
    <div class="hr-footer__col"><h4>Společnost</h4><ul><li><a href="/cs-cz/o-nas">O nás</a></li><li><a href="/cs-cz/kariera">Kariéra</a></li><li><a href="/cs-cz/pro-media">Pro média</a></li><li><a href="/cs-cz/virova-laborator">Virová laboratoř</a></li></ul></div>
    <div class="hr-footer__col"><h4>Podpora</h4><ul><li><a href="/cs-cz/podpora">Centrum podpory</a></li><li><a href="/cs-cz/komunita">Komunitní fórum</a></li><li><a href="/cs-cz/nahlasit-falesny-poplach">Nahlásit falešný poplach</a></li></ul></div>
  </div>
  <div class="hr-footer__defs" data-cmp-is="definitionsVersion">Aktuální verze virových definic: <span class="hr-footer__defs-version">{defs}</span></div>
  <div class="hr-footer__legal">
    <a href="/cs-cz/legal/zasady-ochrany-soukromi.html" aria-current="page">Zásady ochrany soukromí</a>
    <a href="/cs-cz/legal/cookies.html">Soubory cookie</a>
    <a href="/cs-cz/legal/licencni-smlouva.html">Licenční smlouva</a>
    <a href="#" class="ot-sdk-show-settings">Nastavení cookies</a>
    <p class="hr-footer__copy">© {year} Hradba Software s.r.o. Všechna práva vyhrazena.</p>
  </div>
</footer>

</div>

    
</div>

    
</div>

    </div>

    
</div>


            
    
    
<script src="/etc.clientlibs/clientlibs/granite/jquery.lc-7842899024219bcbdb5e72c946870b79-lc.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script src="/etc.clientlibs/hradba/clientlibs/clientlib-site.lc-{cl2}-lc.min.js"></script>



    
    
<script type="text/javascript">_satellite.pageBottom();</script>

        
    </body>
</html>
""".format(url=URL, launch=s["launch"], launch8=s["launch"][:8] + "d3a1b0f7e2c9", pmod=max(mods.values()),
           cl1=cl1, cl2=cl2, count=cz_num(s["counter"]), tlayer=html.escape(json.dumps(tlayer, ensure_ascii=False,
                                                                                       separators=(",", ":"))),
           tid=tid, title=html.escape(title), parts="\n".join(parts), defs=s["defs"], year=year)


PAGE = {
    "service": "Hradba Antivirus",
    "url": URL,
    "lang": "cs",
    "platform": "Adobe Experience Manager 6.5 (Core Components, Adobe Launch, OneTrust)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher2euwest1"),
                      ("Cache-Control", "max-age=300"), ("X-Vhost", "publish"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2022, 4, 10),
    "end": dt.date(2025, 3, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-article", "remove": ".legal-article .button"},
}
