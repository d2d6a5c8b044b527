"""Vltava Motors - cs automotive maker - Adobe Experience Manager (Core Components), Adobe Target/Launch, OneTrust.
Redesign 2024-06: tabs layout -> single legal-document layout (declaration history)."""
import datetime as dt
import common as C

URL = "https://www.vltava-motors.cz/cs/ochrana-osobnich-udaju.html"
MES = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
       "prosince"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Zásady ochrany osobních údajů

Platné od {UPDATED}

Společnost Vltava Motors a.s. zpracovává osobní údaje zákazníků, zájemců o vozy a návštěvníků webových stránek v souladu s nařízením (EU) 2016/679 (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů.

## Správce osobních údajů

Správcem je Vltava Motors a.s., IČO 27451823, se sídlem Průmyslová 1450, 293 01 Mladá Boleslav. Pověřence pro ochranu osobních údajů můžete kontaktovat na adrese [poverenec@vltava-motors.cz](mailto:poverenec@vltava-motors.cz).

## Jaké údaje zpracováváme

- identifikační a kontaktní údaje (jméno, příjmení, e-mail, telefon, adresa);
- údaje o vozidle (VIN, model, datum prvního uvedení do provozu, servisní historie);
- údaje z konfigurátoru a z poptávek zkušebních jízd;
- údaje o používání webu získané prostřednictvím cookies.

## Účely zpracování

Osobní údaje zpracováváme za účelem vyřízení poptávky zkušební jízdy, uzavření kupní smlouvy, zajištění servisních a svolávacích akcí a, s vaším souhlasem, zasílání obchodních sdělení.

## Příjemci

Údaje předáváme autorizovaným prodejcům a servisním partnerům, finančním společnostem v případě financování vozu a poskytovatelům IT služeb, kteří pro nás zajišťují provoz systémů.

## Doba uložení

Údaje z poptávek zkušebních jízd uchováváme 24 měsíců. Údaje související s kupní smlouvou a zárukou uchováváme po dobu trvání záruky a dále 10 let.

## Vaše práva

Máte právo na přístup, opravu, výmaz, omezení zpracování, přenositelnost údajů a právo vznést námitku. Stížnost můžete podat u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7.
"""

EDITS = [
    {"note": "new section 'Vltava Connect' on connected-car data (location, driving data)",
     "repl": [("## Příjemci", "## Služby Vltava Connect\n\nPokud ve voze aktivujete služby Vltava Connect, zpracováváme údaje o poloze vozidla, stavu paliva nebo baterie a chybových hlášeních. Údaje o poloze se ukládají nejvýše 30 dní a službu můžete kdykoli deaktivovat v aplikaci nebo ve vozidle.\n\n## Příjemci")]},
    {"note": "test-drive lead retention shortened from 24 to 12 months",
     "repl": [("uchováváme 24 měsíců.", "uchováváme 12 měsíců.")]},
    {"note": "DPO contact e-mail changed to dpo@vltava-motors.cz", "bump": False,
     "repl": [("na adrese [poverenec@vltava-motors.cz](mailto:poverenec@vltava-motors.cz).", "na adrese [dpo@vltava-motors.cz](mailto:dpo@vltava-motors.cz) nebo písemně na adrese sídla.")]},
    {"note": "recipients: transfer to parent company in Germany for warranty claims added",
     "repl": [("kteří pro nás zajišťují provoz systémů.", "kteří pro nás zajišťují provoz systémů. Pro účely vyřizování záručních nároků předáváme údaje o vozidle mateřské společnosti Vltava Automotive GmbH se sídlem v Mnichově.")]},
    {"note": "data-categories list: cookies bullet reworded, new bullet for call recordings of customer line",
     "repl": [("- údaje o používání webu získané prostřednictvím cookies.", "- záznamy hovorů se zákaznickou linkou, pokud k nahrávání udělíte souhlas;\n- údaje o používání webu získané prostřednictvím cookies a obdobných technologií.")]},
    {"note": "complaint sentence: link to the supervisory authority website uoou.cz added",
     "repl": [("Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7.", "Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, nebo prostřednictvím jeho webu [www.uoou.cz](https://www.uoou.cz).")]},
]
REDESIGN = dt.datetime(2024, 6, 18, 9, 0, 0)
MODELS = [("Sázava", 529900), ("Lužnice", 689900), ("Otava", 849900), ("Berounka iV", 1149900)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": (C.hexs(rng, 32), C.uuid4(rng))}
    s["clientlib"] = C.keep_or(rng, prev.get("clientlib"), 0.4, lambda: C.hexs(rng, 32))
    s["target"] = rng.choice(["default", "exp-a", "exp-b"])
    s["prices"] = tuple(p + 10000 * ((when.year - 2021) * 2 + rng.choice([0, 0, 1])) for _, p in MODELS)
    s["offer"] = C.keep_or(rng, prev.get("offer"), 0.5, lambda: rng.choice(["Zvýhodnění až 120 000 Kč na skladové vozy", "Financování s 0% navýšením",
                                                                           "Servisní balíček na 4 roky zdarma", "Zimní pneumatiky jako dárek"]))
    s["launch"] = C.keep_or(rng, prev.get("launch"), 0.5, lambda: (when - dt.timedelta(days=rng.randint(0, 9))).strftime("%Y%m%d") + C.hexs(rng, 4))
    s["design"] = "v2" if when >= REDESIGN else "v1"
    return s


LABELS = {"tokens": "per-visit ids (digitalData pageInstanceID, OneTrust consent id)",
          "clientlib": "AEM clientlib content hashes (deployment)", "target": "Adobe Target A/B hero variant",
          "prices": "model prices in 'Naše modely' teaser", "offer": "promo offer banner", "launch": "Adobe Launch build id",
          "design": "template redesign: tabs layout -> single legal-document layout, new header/footer"}


def render(s, blocks, when):
    pid, otid = s["tokens"]
    cl = s["clientlib"]
    head, secs = C.split_sections(blocks[1:])
    models = "".join('<div class="cmp-teaser model-teaser"><h3 class="cmp-teaser__title">%s</h3><p class="cmp-teaser__price">od %s Kč</p></div>'
                     % (m[0], "{:,}".format(p).replace(",", "\u00a0")) for m, p in zip(MODELS, s["prices"]))
    hero = {"default": "Objevte nové modely", "exp-a": "Vyzkoušejte elektromobilitu", "exp-b": "Sjednejte si zkušební jízdu"}[s["target"]]
    if s["design"] == "v1":
        tabs = [("Úvod", C.blocks_html(head))] + [(t, "<h2>%s</h2>%s" % (C.inline_html(t), C.blocks_html(b))) for t, b in secs]
        tid = "tabs-5f1a0c2e9b"
        tablist = "".join('<li id="%s-item-%d-tab" class="cmp-tabs__tab%s" role="tab" aria-controls="%s-item-%d-tabpanel">%s</li>'
                          % (tid, n, " cmp-tabs__tab--active" if n == 0 else "", tid, n, C.inline_html(t)) for n, (t, _) in enumerate(tabs))
        panels = "".join('<div id="%s-item-%d-tabpanel" role="tabpanel" class="cmp-tabs__tabpanel%s"><div class="text"><div class="cmp-text">%s</div></div></div>'
                         % (tid, n, " cmp-tabs__tabpanel--active" if n == 0 else "", h) for n, (_, h) in enumerate(tabs))
        content = ('<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>'
                   '<div class="tabs panelcontainer"><div id="%s" class="cmp-tabs" data-cmp-is="tabs"><ol role="tablist" class="cmp-tabs__tablist">%s</ol>%s</div></div>'
                   % (C.inline_html(blocks[0][1]), tid, tablist, panels))
        header = ('<header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="navigation">'
                  '<nav class="cmp-navigation"><ul class="cmp-navigation__group"><li class="cmp-navigation__item"><a href="/cs/modely.html">Modely</a></li>'
                  '<li class="cmp-navigation__item"><a href="/cs/nakup.html">Nákup</a></li><li class="cmp-navigation__item"><a href="/cs/servis.html">Servis</a></li>'
                  '<li class="cmp-navigation__item"><a href="/cs/prodejci.html">Prodejci</a></li></ul></nav></div></div></header>')
        footer = '<footer class="experiencefragment"><div class="cmp-experiencefragment--footer"><p>© %d Vltava Motors a.s.</p></div></footer>' % when.year
    else:
        content = ('<article class="legal-document"><header class="legal-document__header"><h1>%s</h1><button class="legal-document__print" onclick="window.print()">Tisk</button></header>'
                   '<div class="legal-document__content">%s</div></article>'
                   % (C.inline_html(blocks[0][1]), C.blocks_html(blocks[1:])))
        mega = "".join('<li class="vm-mega__item"><button>%s</button><div class="vm-mega__panel">%s</div></li>' % (t, p) for t, p in [
            ("Modely", models), ("Nákup", '<a href="/cs/nakup/financovani.html">Financování</a><a href="/cs/nakup/skladove-vozy.html">Skladové vozy</a><a href="/cs/nakup/konfigurator.html">Konfigurátor</a>'),
            ("Vlastníci", '<a href="/cs/vlastnici/servis.html">Servis</a><a href="/cs/vlastnici/connect.html">Vltava Connect</a><a href="/cs/vlastnici/svolavaci-akce.html">Svolávací akce</a>')])
        header = ('<header class="vm-header"><a class="vm-header__logo" href="/cs.html"><img src="/content/dam/vltava/brand/logo-2024.svg" alt="Vltava Motors"></a>'
                  '<nav class="vm-mega"><ul>%s</ul></nav><a class="vm-btn" href="/cs/zkusebni-jizda.html">Zkušební jízda</a></header>' % mega)
        footer = ('<footer class="vm-footer"><div class="vm-footer__links"><a href="/cs/ochrana-osobnich-udaju.html">Ochrana osobních údajů</a><a href="/cs/cookies.html">Cookies</a>'
                  '<a href="/cs/pravni-informace.html">Právní informace</a><a href="/cs/kontakty.html">Kontakty</a></div><p>© %d Vltava Motors a.s. Všechna práva vyhrazena.</p></footer>' % when.year)
    return ('<!DOCTYPE HTML>\n<html lang="cs-CZ">\n<head>\n<meta charset="UTF-8"/>\n<title>Zásady ochrany osobních údajů | Vltava Motors</title>\n'
            '<link rel="stylesheet" href="/etc.clientlibs/vltava/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">\n'
            '<script src="https://assets.adobedtm.com/5d1c2e3f4a5b/1a2b3c4d5e6f/launch-%s.min.js" async></script>\n'
            '<script>window.digitalData={"page":{"pageInfo":{"pageID":"/content/vltava/cs/ochrana-osobnich-udaju","pageInstanceID":"%s","language":"cs"}}};</script>\n'
            '</head>\n<body class="page basicpage" id="page-8f3a1c2d7e">\n<div class="root container responsivegrid"><div id="container-1" class="cmp-container">\n'
            '%s\n<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Drobečková navigace"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/cs.html">Úvod</a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Ochrana osobních údajů</li></ol></nav></div>\n'
            '<div class="offer-banner"><p>%s</p></div>\n'
            '<main class="container responsivegrid">\n%s\n</main>\n'
            '<div class="at-element-marker" data-mbox="hero-legal" data-variant="%s"><div class="cmp-teaser cmp-teaser--hero"><p class="cmp-teaser__title">%s</p></div></div>\n'
            '<section class="models-teaser"><h2 class="models-teaser__title">Naše modely</h2>%s</section>\n'
            '%s\n</div></div>\n'
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">Tento web používá soubory cookie.</p><button id="onetrust-accept-btn-handler">Přijmout vše</button></div><input type="hidden" name="otConsentId" value="%s"></div>\n'
            '<script src="/etc.clientlibs/vltava/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>\n</body>\n</html>\n'
            % (cl, s["launch"], pid, header, s["offer"], content, s["target"], hero, models, footer, otid, cl[::-1]))


PAGE = {
    "service": "Vltava Motors", "url": URL, "lang": "cs-CZ", "platform": "Adobe Experience Manager",
    "content_type": "text/html;charset=utf-8",
    "n": 33, "start": dt.date(2021, 3, 15), "end": dt.date(2026, 9, 1),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-document h1", ".legal-document__content"]},
    "history": [{"fetch": URL, "select": ["h1.cmp-title__text", ".cmp-tabs"], "remove": [".cmp-tabs__tablist"],
                 "validUntil": "2024-06-18T09:00:00Z"}],
}
