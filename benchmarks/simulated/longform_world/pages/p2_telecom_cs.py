"""Telemost (Praha) - cs-CZ - Drupal 10 (custom theme "telemost_2023"), Genesys chat, EU Cookie Compliance.

A mobile operator's "Zásady zpracování osobních údajů" with a sticky table of contents beside the text whose
scroll-spy script marks the section in view ("is-active", "aria-current") and a "is-stuck" class once the
reader scrolled: the capture saves whatever state the browser had. The TOC sits inside the curated container and
is removed by the declaration. Sub-processors are listed per country; they are what changes most."""
import datetime as dt
import re
import common as C

URL = "https://www.telemost.cz/o-nas/ochrana-osobnich-udaju/zasady-zpracovani"


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Zásady zpracování osobních údajů

Účinné od {UPDATED}

Ochrana vašeho soukromí a důvěrnost komunikace patří k základním povinnostem každého operátora. V těchto zásadách vysvětlujeme, jaké osobní údaje o vás jako o zákaznících, uživatelích našich služeb a návštěvnících našich webových stránek a prodejen zpracováváme, proč to děláme, komu je předáváme a jaká máte práva. Zásady vycházejí z nařízení Evropského parlamentu a Rady (EU) 2016/679 (obecné nařízení o ochraně osobních údajů, GDPR), ze zákona č. 110/2019 Sb., o zpracování osobních údajů, a ze zákona č. 127/2005 Sb., o elektronických komunikacích.

## 1. Kdo jsme a jak nás kontaktovat

Správcem vašich osobních údajů je společnost Telemost a.s., IČO 271 94 155, se sídlem Na Pankráci 1724/129, 140 00 Praha 4, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B, vložka 11482.

Jmenovali jsme pověřence pro ochranu osobních údajů, na kterého se můžete obracet ve všech záležitostech souvisejících se zpracováním vašich údajů:

@ Pověřenec pro ochranu osobních údajů
@ Telemost a.s.
@ Na Pankráci 1724/129, 140 00 Praha 4
@ [dpo@telemost.cz](mailto:dpo@telemost.cz)

Obecné dotazy vám zodpoví také zákaznická linka 800 123 456, chat na našem webu nebo kterákoli z našich prodejen.

## 2. Jaké osobní údaje zpracováváme

Rozsah zpracovávaných údajů závisí na tom, jaké služby od nás odebíráte a jakým způsobem je používáte. Zpracováváme zejména tyto kategorie údajů.

### Identifikační a kontaktní údaje

Jméno a příjmení, datum narození, rodné číslo (pokud jej poskytnete), číslo a typ dokladu totožnosti, adresa trvalého bydliště a doručovací adresa, telefonní číslo, e-mailová adresa, u podnikatelů také IČO a DIČ. Tyto údaje potřebujeme k uzavření smlouvy a k tomu, abychom vás mohli kontaktovat.

### Provozní a lokalizační údaje

Provozní údaje vznikají při přenosu zpráv a hovorů v naší síti: volané a volající číslo, datum, čas a délka hovoru, objem přenesených dat, identifikátor přidělené IP adresy, údaje o roamingu. Lokalizační údaje určují polohu koncového zařízení, zpravidla s přesností na buňku základnové stanice. Tyto údaje jsou chráněny zvláštní povinností mlčenlivosti podle § 87 a násl. zákona o elektronických komunikacích.

### Údaje o službách a platbách

Informace o objednaných tarifech a službách, vyúčtování, platební historie, číslo bankovního účtu, případné dluhy a informace o jejich vymáhání.

### Údaje z komunikace s námi

Záznamy hovorů se zákaznickou linkou, přepisy chatu, e-maily, stížnosti a reklamace a poznámky z jednání na prodejnách.

### Údaje o chování na webu a v aplikaci

Údaje o tom, jak používáte web a aplikaci Můj Telemost, například zobrazené stránky, typ zařízení a operačního systému a identifikátory cookies. Tyto údaje zpracováváme v rozsahu, který odpovídá vašemu nastavení cookies.

## 3. Proč vaše údaje zpracováváme

Vaše osobní údaje zpracováváme vždy jen k určitému účelu a na základě některého z právních důvodů, které stanoví článek 6 GDPR.

### Plnění smlouvy

- uzavření smlouvy o poskytování služeb elektronických komunikací a její změny;
- zřízení, aktivace a provoz služeb, přenos čísla k jinému operátorovi;
- vyúčtování služeb a vymáhání pohledávek;
- vyřizování reklamací a péče o zákazníky.

### Plnění právních povinností

- uchovávání provozních a lokalizačních údajů a jejich poskytování oprávněným orgánům (Policie České republiky, Bezpečnostní informační služba, Vojenské zpravodajství, Česká národní banka a soudy) podle § 97 zákona o elektronických komunikacích;
- vedení účetnictví a daňové evidence;
- plnění povinností podle zákona č. 253/2008 Sb., o některých opatřeních proti legalizaci výnosů z trestné činnosti a financování terorismu, při prodeji zařízení na splátky;
- poskytování údajů Českému telekomunikačnímu úřadu a provozovatelům tísňových linek.

### Oprávněný zájem

- ochrana před podvody a zneužitím služeb, včetně odhalování podvodných hovorů a zpráv (tzv. spoofing a smishing);
- zajištění bezpečnosti a integrity sítě;
- přímý marketing vlastních obdobných služeb stávajícím zákazníkům;
- sdílení údajů o neplatičích v registru SOLUS;
- kamerové záznamy na prodejnách;
- statistiky a zlepšování služeb na základě anonymizovaných údajů.

### Souhlas

- zasílání obchodních sdělení zákazníkům, kteří nejsou našimi zákazníky, a nabídky produktů partnerů;
- zpracování lokalizačních údajů pro služby s přidanou hodnotou, například při sdílení polohy s rodinou;
- analytické a marketingové cookies;
- uveřejnění čísla v telefonním seznamu.

Souhlas můžete kdykoli odvolat v aplikaci Můj Telemost, na zákaznické lince nebo na prodejně. Odvolání souhlasu nemá vliv na zákonnost zpracování před jeho odvoláním.

## 4. Jak dlouho údaje uchováváme

Osobní údaje uchováváme jen po dobu nezbytnou k naplnění účelu, pro který byly shromážděny, nebo po dobu, kterou nám ukládá zákon.

| Údaje | Doba uchování |
| Smlouvy a údaje o zákaznících | Po dobu trvání smlouvy a 4 roky po jejím ukončení |
| Provozní a lokalizační údaje pro potřeby orgánů veřejné moci | 6 měsíců |
| Provozní údaje pro účely vyúčtování | Do konce lhůty, ve které lze vyúčtování reklamovat nebo uplatnit nárok na úhradu, nejdéle 3 roky |
| Účetní doklady a daňové doklady | 10 let od konce zdaňovacího období |
| Záznamy hovorů se zákaznickou linkou | 3 měsíce |
| Přepisy chatu a e-mailová komunikace | 2 roky |
| Kamerové záznamy z prodejen | 7 dní |
| Údaje zpracovávané na základě souhlasu | Do odvolání souhlasu, nejdéle 5 let od jeho udělení |

Po uplynutí doby uchování údaje vymažeme nebo anonymizujeme. Pokud probíhá soudní, správní či jiné řízení, můžeme údaje uchovat až do jeho pravomocného skončení.

## 5. Marketing a profilování

Stávajícím zákazníkům zasíláme nabídky našich vlastních služeb, které se podobají službám, jež již využívají. Činíme tak na základě oprávněného zájmu a § 7 odst. 3 zákona č. 480/2004 Sb., o některých službách informační společnosti. Zasílání můžete kdykoli odmítnout odkazem v každé zprávě nebo v aplikaci Můj Telemost.

Abychom vám mohli nabízet vhodné tarify, vytváříme na základě údajů o využívání služeb, například objemu spotřebovaných dat nebo počtu provolaných minut, zákaznické segmenty. Provozní a lokalizační údaje pro marketing nepoužíváme bez vašeho souhlasu. Nepřijímáme o vás rozhodnutí založená výhradně na automatizovaném zpracování, která by pro vás měla právní účinky, s výjimkou automatického posouzení úvěruschopnosti při prodeji zařízení na splátky. V takovém případě máte právo na lidský přezkum rozhodnutí.

## 6. Komu údaje předáváme

Vaše údaje mohou být zpřístupněny těmto příjemcům:

- orgánům veřejné moci, pokud nám to ukládá zákon;
- jiným operátorům v rozsahu nutném pro propojení sítí, přenesení čísla a roaming;
- provozovatelům tísňových linek 112, 150, 155 a 158 při volání na tísňová čísla, včetně údajů o poloze;
- registru SOLUS, zájmové sdružení právnických osob, v případě neplacení;
- advokátním kancelářím a inkasním agenturám při vymáhání pohledávek;
- našim obchodním partnerům, kteří za nás uzavírají smlouvy (autorizovaní prodejci);
- zpracovatelům uvedeným v následujícím oddílu.

## 7. Zpracovatelé

Některé činnosti za nás vykonávají specializované společnosti, které vaše údaje zpracovávají jako naši zpracovatelé podle článku 28 GDPR. Se všemi zpracovateli máme uzavřenou smlouvu, která jim zakazuje používat údaje k jiným účelům. Seznam zpracovatelů pravidelně aktualizujeme. Uvádíme jej podle země, ve které zpracování probíhá.

### Česká republika

- Telemost Services s.r.o., Praha – provoz zákaznické linky a back office;
- Česká pošta, s.p., Praha – tisk a doručování vyúčtování;
- Konica Minolta Business Solutions Czech, spol. s r.o., Praha – skenování a archivace smluv;
- Direct Mail s.r.o., Brno – rozesílání obchodních sdělení;
- KRUK Česká a Slovenská republika s.r.o., Praha – vymáhání pohledávek.

### Slovensko

- Telemost Slovakia s.r.o., Bratislava – provoz zákaznické linky ve slovenštině;
- Ness KDC s.r.o., Košice – vývoj a podpora aplikace Můj Telemost;
- Datacentrum Bratislava a.s., Bratislava – záložní datové centrum.

### Německo

- Amazon Web Services EMEA SARL, datové centrum Frankfurt nad Mohanem – hosting webu a aplikace;
- Genesys Cloud Services B.V., datové centrum Frankfurt nad Mohanem – systém pro kontaktní centrum a chat.

### Irsko

- Microsoft Ireland Operations Ltd., Dublin – kancelářské aplikace a e-mail;
- Salesforce.com EMEA Ltd., Dublin – systém pro správu vztahů se zákazníky.

### Indie

- Tech Mahindra Ltd., Puné – podpora fakturačního systému (vzdálený přístup).

Zpracovatelé v zemích mimo Evropský hospodářský prostor mají k údajům přístup jen na základě záruk uvedených v následujícím oddílu.

## 8. Předávání údajů mimo Evropský hospodářský prostor

Údaje předáváme mimo EHP jen tehdy, je-li zajištěna odpovídající úroveň ochrany. Pro předání do Indie používáme standardní smluvní doložky přijaté Evropskou komisí (rozhodnutí (EU) 2021/914) doplněné o technická opatření, zejména šifrování a pseudonymizaci. Při roamingu se vaše údaje nezbytně předávají zahraničnímu operátorovi, u kterého se přihlásíte do sítě; jde o předání nezbytné pro splnění smlouvy.

## 9. Ochrana před podvody a bezpečnost sítě

Abychom chránili vás i naši síť, automaticky vyhodnocujeme provozní údaje a hledáme neobvyklé vzorce, které mohou signalizovat podvod. Jde například o hromadné volání na zahraniční čísla se zvýšenou sazbou, zprávy obsahující odkazy na podvodné stránky, náhlou výměnu SIM karty následovanou pokusy o přihlášení do internetového bankovnictví nebo hovory, u kterých je číslo volajícího podvrženo tak, aby se tvářilo jako číslo banky či úřadu. Podezřelé zprávy a hovory můžeme zablokovat a v odůvodněných případech vás budeme kontaktovat.

Obsah hovorů nenahráváme ani neposloucháme. Při vyhodnocování zpráv pracujeme pouze s odkazy a technickými znaky zprávy, nikoli s jejím obsahem jako celkem. Údaje o zjištěných podvodných číslech a odkazech sdílíme s ostatními operátory a s Národním úřadem pro kybernetickou a informační bezpečnost, aby je bylo možné blokovat i v jiných sítích.

Při výměně SIM karty, přenosu čísla a změně držitele služby ověřujeme vaši totožnost. K ověření můžeme použít jednorázový kód zaslaný na vaše číslo, bankovní identitu nebo kontrolu dokladu totožnosti na prodejně.

## 10. Prodej zařízení na splátky

Pokud si u nás koupíte telefon nebo jiné zařízení na splátky, jsme vůči vám v postavení poskytovatele spotřebitelského úvěru. Zákon č. 257/2016 Sb., o spotřebitelském úvěru, nám ukládá posoudit vaši úvěruschopnost. Zpracováváme proto údaje o vašich příjmech a výdajích, které nám sdělíte, a nahlížíme do registru SOLUS a do Nebankovního registru klientských informací (NRKI). Výsledek posouzení je generován automaticky; pokud je zamítavý, můžete požádat o přezkoumání pracovníkem. Údaje o úvěru uchováváme po dobu trvání úvěru a poté po dobu 4 let.

## 11. Firemní zákazníci a kontaktní osoby

U firemních zákazníků zpracováváme osobní údaje statutárních zástupců, zmocněnců a kontaktních osob, které nám zákazník sdělí, a to v rozsahu jméno, funkce, telefon a e-mail. U služeb, které firma poskytuje svým zaměstnancům, například firemních mobilních tarifů, zpracováváme provozní údaje uživatelů. Rozpis vyúčtování s úplnými čísly volaných stanic poskytujeme firmě jen tehdy, pokud prohlásí, že uživatele o této skutečnosti informovala.

## 12. Aplikace Můj Telemost a televizní služba

V aplikaci Můj Telemost zpracováváme přihlašovací údaje, údaje o zařízení a záznamy o přihlášení. Aplikace může se souhlasem zasílat oznámení a využívat polohu zařízení pro vyhledání nejbližší prodejny nebo měření kvality signálu. Oprávnění můžete kdykoli odebrat v nastavení telefonu.

U televizní služby Telemost TV zpracováváme údaje o sledování jednotlivých kanálů a pořadů, abychom vám mohli nabídnout funkce jako zpětné zhlédnutí nebo nahrávání. Se souhlasem tyto údaje využíváme také k doporučování pořadů. Souhrnné a anonymizované údaje o sledovanosti předáváme provozovatelům vysílání, nikdy však údaje o konkrétní domácnosti.

## 13. Děti

Smlouvu o poskytování služeb může uzavřít pouze zletilá osoba. Pokud zákonný zástupce pořídí službu pro dítě, například dětský tarif s rodičovskou kontrolou, zpracováváme údaje o užívání služby dítětem v nezbytném rozsahu a zákonnému zástupci zpřístupňujeme pouze informace potřebné k nastavení limitů. Dětem nezasíláme obchodní sdělení.

## 14. Zabezpečení údajů

Přijali jsme technická a organizační opatření odpovídající riziku, zejména řízení přístupových oprávnění, šifrování přenášených i uložených dat, oddělení provozních údajů od ostatních systémů, pravidelné testování zranitelností a školení zaměstnanců. Jako provozovatel základní služby plníme také povinnosti podle zákona č. 181/2014 Sb., o kybernetické bezpečnosti. O případném porušení zabezpečení, které by pro vás znamenalo vysoké riziko, vás budeme bez zbytečného odkladu informovat.

## 15. Telefonní seznam a identifikace volajícího

Vaše číslo uveřejníme v telefonním seznamu nebo poskytneme informační službě jen s vaším souhlasem a v rozsahu, který si zvolíte. Zobrazení vašeho čísla volanému můžete kdykoli bezplatně zakázat pro jednotlivý hovor i trvale. Při volání na tísňová čísla se číslo zobrazí vždy.

## 16. Kamerové záznamy na prodejnách

Naše prodejny jsou z důvodu ochrany majetku a bezpečnosti zákazníků a zaměstnanců monitorovány kamerovým systémem se záznamem. Záznamy jsou uchovávány 7 dní a poté jsou automaticky přemazány, ledaže jsou potřebné pro vyšetření konkrétní události. Přístup k nim mají jen pověření zaměstnanci bezpečnostního oddělení.

## 17. Cookies

Na webu telemost.cz a v aplikaci Můj Telemost používáme nezbytné cookies, které zajišťují fungování stránek, a s vaším souhlasem také analytické a marketingové cookies. Podrobnosti a možnost změnit nastavení najdete v [zásadách používání cookies](/o-nas/ochrana-osobnich-udaju/cookies).

## 18. Vaše práva

V souvislosti se zpracováním osobních údajů máte tato práva:

- právo na přístup k osobním údajům a na kopii údajů, které zpracováváme;
- právo na opravu nepřesných nebo neúplných údajů;
- právo na výmaz, pokud údaje již nepotřebujeme nebo je zpracováváme protiprávně;
- právo na omezení zpracování;
- právo na přenositelnost údajů, které jste nám poskytli na základě smlouvy nebo souhlasu;
- právo vznést námitku proti zpracování na základě oprávněného zájmu, včetně profilování a přímého marketingu;
- právo odvolat souhlas.

Žádost můžete podat v aplikaci Můj Telemost, na prodejně po prokázání totožnosti nebo písemně na adrese pověřence. Odpovíme vám bez zbytečného odkladu, nejpozději do jednoho měsíce. Tuto lhůtu můžeme ve výjimečných případech prodloužit o další dva měsíce, o čemž vás budeme informovat.

## 19. Stížnost u dozorového úřadu

Pokud se domníváte, že vaše údaje zpracováváme v rozporu s právními předpisy, máte právo podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, [www.uoou.cz](https://www.uoou.cz). Ve věcech ochrany soukromí v elektronických komunikacích je příslušný také Český telekomunikační úřad.

## 20. Změny těchto zásad

Zásady průběžně aktualizujeme, zejména při zavádění nových služeb nebo při změně právních předpisů. O podstatných změnách vás budeme informovat e-mailem nebo ve vyúčtování. Aktuální znění je vždy k dispozici na této stránce; předchozí znění vám na požádání zašleme.
"""

HEADS = re.findall(r"^## (\d+)\. (.+)$", POLICY, re.M)

EDITS = [
    {"note": "sub-processors, India: second processor added (Wipro, customer-care analytics)",
     "repl": [("- Tech Mahindra Ltd., Puné – podpora fakturačního systému (vzdálený přístup).",
               "- Tech Mahindra Ltd., Puné – podpora fakturačního systému (vzdálený přístup);\n- Wipro Ltd., Bengalúru – analýza kvality zákaznické péče (vzdálený přístup k pseudonymizovaným přepisům).")]},
    {"note": "sub-processors, Ireland: Salesforce entity renamed (silent, date not bumped)", "bump": False,
     "repl": [("- Salesforce.com EMEA Ltd., Dublin", "- Salesforce Ireland Ltd., Dublin")]},
    {"note": "retention table: customer-line call recordings 3 -> 6 months; new country section 'Filipíny' with a call-centre processor; transfer section names the Philippines",
     "repl": [("| Záznamy hovorů se zákaznickou linkou | 3 měsíce |", "| Záznamy hovorů se zákaznickou linkou | 6 měsíců |"),
              ("Zpracovatelé v zemích mimo Evropský hospodářský prostor",
               "### Filipíny\n\n- Concentrix CVG Philippines, Inc., Manila – anglicky mluvící zákaznická podpora pro cizince (noční směny).\n\nZpracovatelé v zemích mimo Evropský hospodářský prostor"),
              ("Pro předání do Indie používáme", "Pro předání do Indie a na Filipíny používáme")]},
    {"note": "new section 6 'Umělá inteligence v zákaznické péči' inserted; sections 6-20 renumbered 7-21 (TOC follows)",
     "repl": [("## 6. Komu údaje předáváme", "## 6. Umělá inteligence v zákaznické péči\n\nOd letošního roku využíváme při vyřizování hovorů a chatů nástroje umělé inteligence. Hovory na zákaznické lince jsou automaticky přepisovány do textu a systém operátorovi navrhuje odpověď nebo shrnutí požadavku. Ve chatu vás nejprve obslouží virtuální asistent Tonik, který umí odpovědět na běžné dotazy, například na stav vyúčtování nebo nastavení roamingu. O tom, že komunikujete s virtuálním asistentem, vás vždy informujeme a kdykoli můžete požádat o spojení s živým operátorem.\n\nPřepisy a shrnutí uchováváme stejně dlouho jako záznamy hovorů. K trénování jazykových modelů třetích stran je nepoužíváme. Modely provozujeme v datovém centru ve Frankfurtu nad Mohanem a jejich dodavatel nemá k obsahu komunikace přístup.\n\n## 7. Komu údaje předáváme"),
             ] + [("## %s. %s" % (n, t), "## %d. %s" % (int(n) + 1, t)) for n, t in HEADS if int(n) > 6]},
    {"note": "sub-processors, Slovakia: backup data centre removed (silent, date not bumped)", "bump": False,
     "repl": [("- Ness KDC s.r.o., Košice – vývoj a podpora aplikace Můj Telemost;\n- Datacentrum Bratislava a.s., Bratislava – záložní datové centrum.",
               "- Ness KDC s.r.o., Košice – vývoj a podpora aplikace Můj Telemost.")]},
]

PROMOS = [("Neomezená data za 599 Kč měsíčně", "/tarify/neomezene"), ("iPhone s tarifem od 1 Kč", "/telefony/apple"),
          ("Internet na doma 5G – první 3 měsíce zdarma", "/internet/5g-doma"), ("Přejděte k nám i s číslem", "/prenos-cisla")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = ("form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 32))
    s["spy"] = (rng.choice([0, 0, 0, 1, 2, 3, 5, 7, 11]), rng.random() < 0.6)
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    local = when.hour + (2 if 4 <= when.month <= 10 else 1)
    s["chat"] = ("online" if 7 <= local < 21 else "offline", rng.random() < 0.2)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.25, lambda: (C.alnum(rng, 43), C.alnum(rng, 43)))
    return s


LABELS = {
    "tokens": "Drupal form_build_id of the search form, Genesys session id",
    "spy": "scroll-spy: active TOC item and sticky state of the table of contents",
    "promo": "header promo strip rotated",
    "chat": "chat launcher online/offline and unread-badge",
    "assets": "Drupal aggregated CSS/JS file hashes",
}


def slug(t):
    return "cast-" + re.match(r"(\d+)", t).group(1)


def render(s, blocks, when):
    form_id, gen = s["tokens"]
    css, js = s["assets"]
    h1 = blocks[0]
    heads = [b[1] for b in blocks if b[0] == "h2"]
    active, stuck = s["spy"]
    active = min(active, len(heads) - 1)
    toc = "".join('<li class="toc__item"><a class="toc__link%s" href="#%s"%s>%s</a></li>'
                  % (" is-active" if n == active else "", slug(t), ' aria-current="true"' if n == active else "", t)
                  for n, t in enumerate(heads))
    parts = []
    for b in blocks[1:]:
        if b[0] == "h2":
            parts.append('<h2 id="%s" class="policy__heading">%s</h2>' % (slug(b[1]), C.inline_html(b[1])))
        else:
            parts.append(C.block_html(b, {"table": "table table--bordered", "h3": "policy__subheading"}))
    body = "\n".join(parts)
    promo = PROMOS[s["promo"]]
    ch, badge = s["chat"]
    return ('<!DOCTYPE html>\n<html lang="cs" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n<meta charset="utf-8">\n'
            '<title>Zásady zpracování osobních údajů | Telemost</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<link rel="canonical" href="%s">\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=cs&amp;theme=telemost_2023&amp;include=eJxdjEEOgzAM">\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2211","currentLanguage":"cs"},"eu_cookie_compliance":{"popup_enabled":true,"cookie_name":"tm-consent"},"user":{"uid":0,"permissionsHash":"%s"}}</script>\n'
            '</head>\n<body class="path-node page-node-type-legal-page">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Přejít k hlavnímu obsahu</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="promo-strip"><a href="%s">%s</a></div>\n'
            '<header class="site-header" role="banner"><div class="container"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/telemost_2023/logo.svg" alt="Telemost"></a>'
            '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Hlavní navigace</h2>'
            '<ul class="menu menu--main"><li class="menu-item"><a href="/tarify">Tarify</a></li><li class="menu-item"><a href="/telefony">Telefony</a></li>'
            '<li class="menu-item"><a href="/internet">Internet</a></li><li class="menu-item"><a href="/televize">Televize</a></li><li class="menu-item"><a href="/podpora">Podpora</a></li></ul></nav>'
            '<form class="search-block-form" data-drupal-selector="search-block-form" action="/hledat" method="get" accept-charset="UTF-8">'
            '<input type="search" name="keys" placeholder="Hledat"><input autocomplete="off" data-drupal-selector="form-build-id" type="hidden" name="form_build_id" value="%s">'
            '<input type="hidden" name="form_id" value="search_block_form"></form>'
            '<a class="btn btn--outline" href="https://muj.telemost.cz">Můj Telemost</a></div></header>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Drobečková navigace</h2>'
            '<ol><li><a href="/">Úvod</a></li><li><a href="/o-nas">O nás</a></li><li><a href="/o-nas/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li></ol></nav></div>\n'
            '<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>\n'
            '<article data-history-node-id="2211" class="node node--type-legal-page node--view-mode-full">\n'
            '<div class="legal-hero">%s</div>\n'
            '<div class="legal-layout">\n'
            '<nav class="toc js-scrollspy%s" aria-label="Obsah stránky" data-offset="120"><p class="toc__title">Obsah</p><ol class="toc__list">%s</ol></nav>\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>\n'
            '</div>\n</article>\n</div>\n</main>\n'
            '<footer class="site-footer"><div class="container"><div class="site-footer__cols"><div><h3>Zákaznická linka</h3><p>800 123 456 (zdarma)<br>*11 z mobilu Telemost</p></div>'
            '<div><h3>Dokumenty</h3><ul><li><a href="/dokumenty/vseobecne-podminky">Všeobecné podmínky</a></li><li><a href="/o-nas/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li>'
            '<li><a href="/o-nas/ochrana-osobnich-udaju/cookies">Cookies</a></li><li><a href="/dokumenty/cenik">Ceník</a></li></ul></div></div>'
            '<p class="site-footer__copy">© %d Telemost a.s. Všechna práva vyhrazena.</p></div></footer>\n'
            '</div>\n'
            '<div id="genesys-launcher" class="gc-launcher gc-launcher--%s" data-session="%s"><button aria-label="Chat s Tonikem">Chat%s</button></div>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=cs&amp;theme=telemost_2023"></script>\n'
            '</body>\n</html>\n'
            % (URL, css, C.hexs(__import__("random").Random(css), 64), promo[1], promo[0], form_id,
               C.block_html(h1, {"h1": "page-title"}), " is-stuck" if stuck else "", toc, body, when.year,
               ch, gen, '<span class="gc-badge">1</span>' if badge else "", js))


PAGE = {
    "service": "Telemost", "url": URL, "lang": "cs-CZ", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "n": 31, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 7, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.node--type-legal-page"], "remove": ["nav.toc"]},
}
