"""DOMOV reality: a Czech estate agency chain on Joomla with the JoomShaper Helix Ultimate template, upgraded from
Joomla 3.10 (Helix Ultimate 1.x) to Joomla 4.4 (Helix Ultimate 2.x) during the window.

The policy is a com_content article: .article-details holds the headline, the article-info bar (published,
modified, author and the hits counter "Zobrazeno: N" that grows at every visit) and the articleBody, then a
social-share bar. The curator selects .article-details and removes the info bar and the share bar.
Per visit: the hits counter, the Joomla CSRF token (joomla-script-options and the AcyMailing form in the side
column); sticky: "Nejnovější nabídky" (newest offers with Novinka / Rezervováno badges and prices) in the side
column, the "Aktualizováno" stamp (editors re-save the article), media version hashes, the Joomla upgrade.
"""
import datetime as dt
import html

import common as C

URL = "https://www.domovreality.cz/ochrana-osobnich-udaju"

POLICY = """# Zásady zpracování osobních údajů

Platné od {UPDATED}

Společnost DOMOV reality s.r.o. provozuje síť realitních kanceláří DOMOV a webové stránky www.domovreality.cz. V těchto zásadách vysvětlujeme, jak zpracováváme osobní údaje prodávajících, pronajímatelů, zájemců o koupi či nájem nemovitostí a návštěvníků našeho webu v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů.

## Kdo je správcem osobních údajů

@ DOMOV reality s.r.o.
@ Vinohradská 1511/230, 100 00 Praha 10
@ IČO: 27412356, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 112845
@ E-mail: gdpr@domovreality.cz, telefon: +420 222 540 180

Správci jsou také jednotlivé pobočky provozované na základě franšízové smlouvy, pokud s vámi uzavírají zprostředkovatelskou smlouvu svým jménem. Seznam poboček a jejich provozovatelů najdete na stránce [Pobočky](/pobocky).

## Jaké osobní údaje zpracováváme

- **identifikační údaje** – jméno, příjmení, datum narození, rodné číslo (jen pokud to vyžaduje zákon, např. pro zápis do katastru nemovitostí nebo kontrolu podle zákona proti praní špinavých peněz), číslo a kopie průkazu totožnosti;
- **kontaktní údaje** – adresa bydliště, e-mail, telefonní číslo;
- **údaje o nemovitosti** – adresa, list vlastnictví, fotografie, půdorysy, průkaz energetické náročnosti budovy, výše nájemného nebo kupní ceny;
- **finanční údaje** – číslo bankovního účtu, informace o financování koupě (hypoteční úvěr), údaje o úschově kupní ceny;
- **údaje o komunikaci** – záznamy o prohlídkách, e-mailová a písemná korespondence, poznámky makléře;
- **údaje z webu** – IP adresa, cookies, údaje z formulářů a z hlídacího psa nabídek.

## Proč údaje zpracováváme a na jakém právním základě

| Účel | Právní základ | Doba uchování |
| Zprostředkování prodeje nebo pronájmu nemovitosti | plnění smlouvy | po dobu trvání smlouvy a 4 roky po jejím skončení |
| Identifikace a kontrola klienta podle zákona č. 253/2008 Sb. | právní povinnost | 10 let od ukončení obchodního vztahu |
| Vedení účetnictví a daňové evidence | právní povinnost | 10 let |
| Organizace prohlídek a odpovědi na dotazy k nabídkám | oprávněný zájem, případně kroky před uzavřením smlouvy | 2 roky od posledního kontaktu |
| Hlídací pes nabídek a newsletter | souhlas | do odvolání souhlasu |
| Odhad ceny nemovitosti zdarma | kroky před uzavřením smlouvy | 1 rok |
| Ochrana právních nároků | oprávněný zájem | po dobu promlčecí lhůty, nejdéle 10 let |

## Prohlídky nemovitostí

Při prohlídce vás makléř může požádat o předložení průkazu totožnosti. Činí tak z bezpečnostních důvodů a na ochranu majetku prodávajícího nebo pronajímatele; kopii dokladu si nepořizuje. Údaje o tom, kdo a kdy nemovitost navštívil, uchováváme v našem realitním systému po dobu 2 let.

Pokud nabídka obsahuje virtuální prohlídku, pořizujeme ji tak, aby na ní nebyly zachyceny osoby, osobní doklady ani jiné předměty, z nichž by bylo možné identifikovat obyvatele nemovitosti.

## Odhad ceny nemovitosti

Pokud si na našem webu objednáte odhad ceny zdarma, zpracováváme adresu a parametry nemovitosti, vaše kontaktní údaje a informace, které nám o nemovitosti sdělíte. K odhadu používáme také veřejně dostupné údaje z katastru nemovitostí a anonymizované údaje o cenách, za které jsme v okolí v minulosti prodali podobné nemovitosti. Odhad připravuje makléř příslušné pobočky; nejde o automatizované rozhodování s právními účinky vůči vám.

## Zprostředkování hypotéky

Pokud o to požádáte, předáme vaše kontaktní údaje a základní informace o plánované koupi našemu partnerskému hypotečnímu poradci, který je samostatným správcem vašich osobních údajů a vázaným zástupcem registrovaným u České národní banky. Bez vašeho výslovného požadavku údaje hypotečním poradcům nepředáváme. Za doporučení klienta můžeme od partnera obdržet odměnu; výši odměny vám na požádání sdělíme.

## Kamerové systémy na pobočkách

Na některých pobočkách monitorujeme vstupní prostory kamerovým systémem bez záznamu zvuku, a to z důvodu ochrany majetku a bezpečnosti klientů i zaměstnanců. Záznamy uchováváme nejdéle 7 dní, pokud nejsou potřeba k vyšetření konkrétní události. Informační tabulky o kamerovém systému jsou umístěny u vstupu.

## Komu údaje předáváme

Osobní údaje předáváme jen v nezbytném rozsahu, a to:

- druhé smluvní straně (kupujícímu, prodávajícímu, nájemci nebo pronajímateli);
- advokátům a notářům, kteří připravují kupní smlouvy a zajišťují úschovu kupní ceny;
- bankám a hypotečním poradcům, pokud o zprostředkování financování sami požádáte;
- katastrálnímu úřadu a dalším orgánům veřejné moci, pokud to vyžaduje zákon;
- našim zpracovatelům uvedeným v tabulce níže.

| Zpracovatel | Činnost |
| Realitní software s.r.o. | provoz realitního systému a evidence zakázek |
| Seznam.cz, a.s. | inzerce nabídek na portálu Sreality.cz |
| Ecomail.cz s.r.o. | rozesílání newsletteru a hlídacího psa |
| Google Ireland Limited | analytika webu (Google Analytics 4) |
| ACTIVE 24, s.r.o. | hosting webových stránek |

## Předávání do třetích zemí

Údaje zpracováváme v rámci Evropské unie. Pokud některý náš dodavatel zpracovává údaje mimo EU (například Google LLC v USA), děje se tak na základě rozhodnutí Evropské komise o odpovídající ochraně nebo standardních smluvních doložek.

## Zabezpečení osobních údajů

Osobní údaje chráníme technickými a organizačními opatřeními odpovídajícími možným rizikům: přístup do realitního systému mají jen pověření zaměstnanci a makléři, kteří se přihlašují dvoufázovým ověřením, listinné dokumenty uchováváme v uzamčených skříních a všichni makléři jsou vázáni mlčenlivostí.

## Cookies

Nezbytné cookies používáme vždy, analytické a marketingové jen s vaším souhlasem, který udělujete v cookie liště. Souhlas můžete kdykoli změnit odkazem „Nastavení cookies“ v patičce webu.

## Vaše práva

Máte právo:

- požadovat přístup ke svým osobním údajům;
- na opravu nepřesných údajů;
- na výmaz, pokud pominul účel zpracování;
- na omezení zpracování;
- na přenositelnost údajů;
- vznést námitku proti zpracování na základě oprávněného zájmu;
- kdykoli odvolat souhlas se zpracováním.

Svá práva můžete uplatnit e-mailem na gdpr@domovreality.cz, dopisem na adresu sídla nebo osobně na kterékoli pobočce. Na žádost odpovíme nejpozději do jednoho měsíce.

Tyto zásady můžeme průběžně aktualizovat. Aktuální znění je vždy zveřejněno na této stránce; o podstatných změnách budeme stávající klienty informovat e-mailem.

Pokud se domníváte, že zpracováním porušujeme právní předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajú, Pplk. Sochora 27, 170 00 Praha 7, [www.uoou.cz](https://www.uoou.cz)."""

EDITS = [
    {"note": "sentence added in 'Prohlídky': online video viewings are not recorded",
     "repl": [("identifikovat obyvatele nemovitosti.",
               "identifikovat obyvatele nemovitosti. Prohlídky, které probíhají online přes videohovor, nenahráváme.")]},
    {"note": "processor added to the table: Matterport (3D virtual tours)",
     "repl": [("| Ecomail.cz s.r.o. | rozesílání newsletteru a hlídacího psa |",
               "| Ecomail.cz s.r.o. | rozesílání newsletteru a hlídacího psa |\n"
               "| Matterport, Inc. | tvorba a hostování virtuálních 3D prohlídek |")]},
    {"note": "typo fixed: 'údajú' -> 'údajů' (no new date)", "bump": False,
     "repl": [("Úřadu pro ochranu osobních údajú", "Úřadu pro ochranu osobních údajů")]},
    {"note": "registered office moved: Vinohradská, Praha 10 -> Na Pankráci, Praha 4; new phone number",
     "repl": [("@ Vinohradská 1511/230, 100 00 Praha 10", "@ Na Pankráci 1683/127, 140 00 Praha 4"),
              ("telefon: +420 222 540 180", "telefon: +420 225 090 410")]},
    {"note": "retention for viewings and enquiries changed 2 -> 3 years (table and viewings paragraph)",
     "repl": [("| 2 roky od posledního kontaktu |", "| 3 roky od posledního kontaktu |"),
              ("v našem realitním systému po dobu 2 let.", "v našem realitním systému po dobu 3 let.")]},
]

MONTHS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
              "listopadu", "prosince"]
MONTHS_NOM = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen",
              "listopad", "prosinec"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS_GEN[d.month - 1], d.year)


def nbsp_int(n):
    return "{:,}".format(n).replace(",", "\u00a0")


UPGRADE = dt.datetime(2023, 9, 12)

OFFERS = [
    ("Prodej bytu 2+kk, 54 m²", "Praha 5 – Smíchov", 128000, "byty"),
    ("Prodej bytu 3+1, 78 m²", "Brno – Královo Pole", 86000, "byty"),
    ("Prodej rodinného domu 5+kk, 164 m²", "Říčany, okres Praha-východ", 58000, "domy"),
    ("Pronájem bytu 1+kk, 31 m²", "Praha 7 – Holešovice", 560, "pronajem"),
    ("Prodej bytu 2+1, 61 m²", "Ostrava – Poruba", 41000, "byty"),
    ("Prodej pozemku pro bydlení, 980 m²", "Plzeň – Lhota", 4900, "pozemky"),
    ("Prodej bytu 4+kk, 102 m²", "Olomouc – Nová Ulice", 69000, "byty"),
    ("Pronájem bytu 2+kk, 49 m²", "Brno – Žabovřesky", 410, "pronajem"),
    ("Prodej chaty, 45 m²", "Sázava, okres Benešov", 62000, "chaty"),
    ("Prodej bytu 3+kk, 83 m²", "Praha 9 – Letňany", 121000, "byty"),
]


def _area(title):
    import re
    return int(re.search(r"(\d+) m²", title).group(1))


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    j4 = when >= UPGRADE
    old = p.get("joomla")
    if old is None or old["j4"] != j4 or rng.random() < 0.12:
        st["joomla"] = {"j4": j4, "ver": ("4.4.%d" % rng.randint(1, 9)) if j4 else "3.10.%d" % rng.randint(11, 12),
                        "media": C.hexs(rng, 32), "helix": rng.choice(["2.0.14", "2.0.16", "2.1.1"]) if j4 else "1.2.1",
                        "tpl": C.hexs(rng, 32)}
    else:
        st["joomla"] = old
    st["token"] = C.hexs(rng, 32)
    days = (when - dt.datetime(2021, 3, 12)).days
    st["hits"] = max(2100 + days * 11 + rng.randint(0, 9), (p.get("hits") or 0) + rng.randint(1, 4))
    st["modified"] = C.keep_or(rng, p.get("modified"), 0.15,
                               lambda: when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 20),
                                                           minutes=rng.randint(0, 59)))

    def latest():
        picks = rng.sample(range(len(OFFERS)), 3)
        out = []
        for k in picks:
            t, loc, ppm, cat = OFFERS[k]
            price = int(_area(t) * ppm * rng.uniform(0.85, 1.2) / 1000) * 1000
            if cat == "pronajem":
                price = int(_area(t) * ppm * rng.uniform(0.9, 1.15) / 100) * 100
            out.append({"k": k, "price": price, "id": rng.randint(18000, 29999),
                        "badge": rng.choice(["Novinka", "Novinka", "Novinka", "Rezervováno", "Sleva"]),
                        "img": C.hexs(rng, 12)})
        return out
    st["latest"] = C.keep_or(rng, p.get("latest"), 0.6, latest)
    return st


LABELS = {"joomla": "Joomla/Helix version and media hashes", "token": "Joomla CSRF token",
          "hits": "hits counter in .article-info (removed)", "modified": "'Aktualizováno' stamp in .article-info (removed)",
          "latest": "'Nejnovější nabídky' module in the side column"}


def _czdt(d, long=False):
    return "%02d. %s %d" % (d.day, MONTHS_NOM[d.month - 1], d.year) + (" %d:%02d" % (d.hour, d.minute) if long else "")


def render(state, blocks, when):
    J = state["joomla"]
    j4 = J["j4"]
    tok = state["token"]
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:])
    published = dt.datetime(2018, 5, 24, 14, 2)
    # the "Aktualizováno" stamp is at least the save that put the current "Platné od" date in
    import re
    m = re.match(r"Platné od (\d+)\. (\S+) (\d{4})", blocks[1][1])
    eff = dt.datetime(int(m.group(3)), MONTHS_GEN.index(m.group(2)) + 1, int(m.group(1)), 9, 14)
    if state["modified"] < eff:
        state["modified"] = eff + dt.timedelta(hours=state["token"].count("a") % 7, minutes=int(state["token"][:2], 16) % 60)
    mod = state["modified"]
    if j4:
        head_assets = (
            '<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />\n'
            '<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />\n'
            '<link href="/media/com_acym/css/module.min.css?v=%s" rel="stylesheet" />\n'
            '<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"csrf.token":"%s","system.paths":{"root":"","rootFull":"https:\\/\\/www.domovreality.cz\\/","base":"","baseFull":"https:\\/\\/www.domovreality.cz\\/"},"joomla.jtext":{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Formulář nelze odeslat, protože mu chybí požadovaná data.<br>Opravte označená pole a zkuste to znovu.","JLIB_FORM_FIELD_REQUIRED_VALUE":"Vyplňte toto pole","JLIB_FORM_FIELD_INVALID_VALUE":"Tato hodnota není platná"}}</script>\n'
            '<script src="/media/system/js/core.min.js?%s"></script>\n'
            '<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>\n'
            '<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>\n'
            '<script src="/media/legacy/js/jquery-noconflict.min.js?%s"></script>\n'
            '<script src="/templates/shaper_helixultimate/js/main.js"></script>\n'
            '<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>\n'
            % (J["media"][:20], J["tpl"][:10], tok, J["media"][:20], J["media"][8:28]))
        body_cls = "site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-142 cs-cz ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right"
    else:
        head_assets = (
            '<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/font-awesome.min.css" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />\n'
            '<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />\n'
            '<link href="/media/com_acym/css/module.min.css?v=%s" rel="stylesheet" />\n'
            '<script type="application/json" class="joomla-script-options new">{"csrf.token":"%s","system.paths":{"root":"","base":""}}</script>\n'
            '<script src="/media/jui/js/jquery.min.js?%s"></script>\n'
            '<script src="/media/jui/js/jquery-noconflict.js?%s"></script>\n'
            '<script src="/media/jui/js/jquery-migrate.min.js?%s"></script>\n'
            '<script src="/media/system/js/caption.js?%s"></script>\n'
            '<script src="/templates/shaper_helixultimate/js/popper.min.js"></script>\n'
            '<script src="/templates/shaper_helixultimate/js/bootstrap.min.js"></script>\n'
            '<script src="/templates/shaper_helixultimate/js/main.js"></script>\n'
            '<script src="/media/system/js/core.js?%s"></script>\n'
            '<script>jQuery(window).on(\'load\',  function() {\n\t\t\t\tnew JCaption(\'img.caption\');\n\t\t\t});template="shaper_helixultimate";</script>\n'
            % (J["tpl"][:10], tok, J["media"], J["media"], J["media"], J["media"], J["media"]))
        body_cls = "site helix-ultimate com-content view-article layout-default task-none itemid-142 cs-cz ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right"
    menu = [("Nabídky", "/nabidky"), ("Prodat nemovitost", "/prodat-nemovitost"), ("Odhad ceny zdarma", "/odhad-ceny"),
            ("Hypotéky", "/hypoteky"), ("Pobočky", "/pobocky"), ("Kariéra makléře", "/kariera"), ("Kontakt", "/kontakt")]
    menu_html = "".join('<li class="sp-menu-item%s"><a %shref="%s">%s</a></li>'
                        % (" current-item active" if False else "", "", u, t) for t, u in menu)
    offers = []
    for o in state["latest"]:
        t, loc, _, cat = OFFERS[o["k"]]
        unit = " Kč/měsíc" if cat == "pronajem" else " Kč"
        badge_cls = {"Novinka": "badge bg-success", "Rezervováno": "badge bg-warning text-dark", "Sleva": "badge bg-danger"}[o["badge"]]
        offers.append(
            '<li class="re-latest__item"><a href="/nabidky/%s/%d" class="re-latest__link">'
            '<img src="/images/nabidky/%d/thumb_%s.jpg" alt="%s" width="120" height="90" loading="lazy">'
            '<span class="%s">%s</span><span class="re-latest__title">%s</span>'
            '<span class="re-latest__loc">%s</span><span class="re-latest__price">%s%s</span></a></li>'
            % (cat, o["id"], o["id"], o["img"], html.escape(t), badge_cls, o["badge"], html.escape(t), html.escape(loc),
               nbsp_int(o["price"]), unit))
    acy_form = (
        '<form id="formAcym%d" name="formAcym%d" action="/index.php?option=com_acym&amp;ctrl=frontusers&amp;tmpl=component" method="post" class="acym-module-form">'
        '<div class="acym-module-title">Hlídací pes nabídek</div>'
        '<input id="user_email_formAcym%d" type="email" name="user[email]" placeholder="Váš e-mail" class="cell acym__user__edit__email">'
        '<label class="acym-module-consent"><input type="checkbox" name="acy_consent" required> Souhlasím se <a href="/ochrana-osobnich-udaju">zpracováním osobních údajů</a></label>'
        '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="notask">'
        '<input type="hidden" name="option" value="com_acym"><input type="hidden" name="%s" value="1">'
        '<button type="submit" class="btn btn-primary button subbutton">Odebírat</button></form>'
        % (31, 31, 31, tok))
    info = (
        '<div class="article-info">\n\t\t'
        '<span class="createdby" title="Napsal: Redakce" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Redakce</span></span>\n\t\t'
        '<span class="published" title="Publikováno: %s"><time datetime="%s" itemprop="datePublished">%s</time></span>\n\t\t'
        '<span class="modified" title="Aktualizováno: %s"><time datetime="%s" itemprop="dateModified">Aktualizováno: %s</time></span>\n\t\t'
        '<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:%d">Zobrazeno: %d</span>\n\t'
        '</div>'
        % (_czdt(published), published.strftime("%Y-%m-%dT%H:%M:%S+02:00"), _czdt(published),
           _czdt(mod), mod.strftime("%Y-%m-%dT%H:%M:%S+01:00"), _czdt(mod, True), state["hits"], state["hits"]))
    share = ('<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div>'
             '<div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>'
             '<li><a class="facebook" onClick="window.open(\'https://www.facebook.com/sharer.php?u=%s\',\'Facebook\',\'width=600,height=300\'); return false;" href="https://www.facebook.com/sharer.php?u=%s" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>'
             '<li><a class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s" title="LinkedIn" target="_blank"><span class="fab fa-linkedin" aria-hidden="true"></span></a></li>'
             '<li><a class="email" href="mailto:?subject=Z%%C3%%A1sady&amp;body=%s" title="E-mail"><span class="far fa-envelope" aria-hidden="true"></span></a></li>'
             '</ul></div></div></div></div>' % (URL, URL, URL, URL))
    article = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">\n\t'
        '<meta itemprop="inLanguage" content="cs-CZ">\n\t'
        '<div class="article-header">\n\t\t<h1 itemprop="headline">\n\t\t\t%s\t\t</h1>\n\t</div>\n\t'
        '<div class="article-can-edit d-flex flex-wrap justify-content-between">\n\t\t\t\t</div>\n\t%s\n\t'
        '<div itemprop="articleBody">\n\t\t%s\t</div>\n\n\t%s\n</div>'
        % (C.inline_html(h1[1]), info, body, share))
    year = when.year
    doc = f"""<!doctype html>
<html lang="cs-cz" dir="ltr">
\t<head>
\t\t<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
\t\t<meta charset="utf-8" />
\t<base href="{URL}" />
\t<meta name="keywords" content="realitní kancelář, prodej bytu, pronájem, odhad ceny nemovitosti" />
\t<meta name="author" content="Redakce" />
\t<meta name="description" content="Jak realitní kanceláře DOMOV zpracovávají osobní údaje klientů a návštěvníků webu." />
\t<meta name="generator" content="{'Joomla! - Open Source Content Management' if j4 else 'Joomla! - Open Source Content Management'}" />
\t<title>Zásady zpracování osobních údajů - DOMOV reality</title>
\t<link href="/images/favicon.png" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="//fonts.googleapis.com/css?family=Open+Sans:100,100i,200,200i,300,300i,400,400i,500,500i,600,600i,700,700i,800,800i,900,900i&amp;subset=latin-ext&amp;display=swap" rel="stylesheet" media="none" onload="media=&quot;all&quot;" />
{head_assets}\t<script src="https://cdn.jsdelivr.net/gh/orestbida/cookieconsent@v2.9.2/dist/cookieconsent.js" defer></script>
\t<script src="/templates/shaper_helixultimate/js/cookieconsent-init.js?v=7" defer></script>
\t<script type="text/plain" data-cookiecategory="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-8MZ2R4T0QD"></script>
\t<script type="text/plain" data-cookiecategory="analytics">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-8MZ2R4T0QD');</script>
\t<script type="text/plain" data-cookiecategory="targeting" src="https://c.seznam.cz/js/rc.js"></script>
\t<script type="text/plain" data-cookiecategory="targeting">window.sznIVA.IS.updateIdentities({{eid: null}});var retargetingConf = {{rtgId: 1487563, consent: 1}};if (window.rc && window.rc.retargetingHit) {{window.rc.retargetingHit(retargetingConf);}}</script>
\t</head>
\t<body class="{body_cls}">
\t<div class="body-wrapper">
\t\t<div class="body-innerwrapper">
\t\t\t<section id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" href="https://www.facebook.com/domovreality" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-instagram"><a target="_blank" href="https://www.instagram.com/domovreality" aria-label="Instagram"><span class="fab fa-instagram" aria-hidden="true"></span></a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+420800366866">800 366 866</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:info@domovreality.cz">info@domovreality.cz</a></li><li class="sp-contact-time"><span class="far fa-clock" aria-hidden="true"></span> Po–Pá 8:00–18:00</li></ul></div></div></div></div></div></section>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo-domov-reality.svg" alt="DOMOV reality"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{menu_html}</ul></nav></div></div></div></div></div></header>
\t\t\t<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Domů</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">Ochrana osobních údajů</span><meta itemprop="position" content="2"></li></ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
{article}
</div></main>
<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module re-latest"><h3 class="sp-module-title">Nejnovější nabídky</h3><div class="sp-module-content"><ul class="re-latest__list">{"".join(offers)}</ul><a class="btn btn-outline-primary btn-sm" href="/nabidky">Všechny nabídky</a></div></div><div class="sp-module "><div class="sp-module-content"><div class="acym_module " id="acym_module_formAcym31"><div class="acym_fulldiv" id="acym_fulldiv_formAcym31">{acy_form}</div></div></div></div></div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-6 "><div class="sp-column "><span class="sp-copyright">© {year} DOMOV reality s.r.o. | Člen Asociace realitních kanceláří České republiky</span></div></div><div id="sp-footer2" class="col-lg-6 "><div class="sp-column "><ul class="menu"><li class="item-142 current active"><a href="/ochrana-osobnich-udaju" aria-current="page">Ochrana osobních údajů</a></li><li class="item-143"><a href="#" data-cc="c-settings">Nastavení cookies</a></li><li class="item-144"><a href="/reklamacni-rad">Reklamační řád</a></li></ul></div></div></div></div></div></footer>
\t\t</div>
\t</div>
\t<div class="offcanvas-overlay"></div>
\t<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
\t</body>
</html>"""
    return doc


PAGE = {
    "service": "DOMOV reality",
    "url": URL,
    "lang": "cs",
    "platform": "Joomla 3.10 -> 4.4, JoomShaper Helix Ultimate, AcyMailing, orestbida cookieconsent, GA4, Sklik",
    "content_type": "text/html; charset=utf-8",
    "n": 29,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2024, 9, 30),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".article-details",
                    "remove": [".article-info", ".article-ratings-social-share"]},
}
