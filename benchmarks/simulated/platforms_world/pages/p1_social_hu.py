"""Hungarian social network (Kapocs) whose privacy centre is a React app rendered on the server.

Noisy page. Every external link inside the policy goes through the outbound link shim
(l.kapocs.hu/l.php?u=<target>&h=<per-visit signature>). Between deploys the atomic CSS class names, the number
of wrapper divs around the policy and the client revision in the inline bootstrap JSON change; the mount id and
the LSD token change on every visit. Inside the main region: the privacy-centre navigation (grows over time) and
a "Hasznos volt?" feedback box that an A/B test switches on and off; the curator removes both.
"""
import datetime as dt
import hashlib
import html
import json
import random
import re
from urllib.parse import quote

import common as C

URL = "https://www.kapocs.hu/privacy/policy/"

MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, MONTHS[d.month - 1], d.day)


POLICY = """# Adatvédelmi szabályzat

Hatályos: {UPDATED}

Ez az Adatvédelmi szabályzat azt ismerteti, hogyan gyűjti, használja fel és osztja meg a Kapocs Technologies Kft. (a továbbiakban: „Kapocs”, „mi”) az információidat, amikor a Kapocs közösségi oldalt, a Kapocs mobilalkalmazást, a Kapocs Üzenetek szolgáltatást és a kapcsolódó funkciókat (együtt: „Termékek”) használod. A szabályzat leírja azt is, milyen lehetőségeid vannak arra, hogy ellenőrizd és kezeld a rólad tárolt adatokat.

## Milyen információkat gyűjtünk?

Az általunk gyűjtött információk attól függenek, hogyan használod a Termékeket. Gyűjtjük például a következőket:

- a regisztrációkor megadott adatokat, így a nevedet, e-mail-címedet vagy telefonszámodat, születési dátumodat és nemedet;
- az általad létrehozott vagy megosztott tartalmakat, például bejegyzéseket, fényképeket, videókat, hozzászólásokat és üzeneteket, valamint ezek metaadatait;
- a kapcsolataidra vonatkozó információkat, például hogy kiket jelölsz ismerősnek, mely csoportoknak és oldalaknak vagy tagja;
- a Termékek használatára vonatkozó adatokat, például hogy milyen tartalmakat nézel meg, mennyi ideig és milyen funkciókat használsz;
- az eszközeidre vonatkozó információkat, például az operációs rendszert, a hardver verzióját, az eszközazonosítókat, az IP-címet és a hálózati kapcsolat típusát;
- a vásárlásokkal és tranzakciókkal kapcsolatos adatokat, ha a Termékeken keresztül fizetsz.

Egyes adatokat, például a vallási vagy politikai meggyőződésre, egészségi állapotra vagy szexuális irányultságra vonatkozó információkat, a jogszabályok különleges védelemben részesítenek. Ilyen adatokat csak akkor kezelünk, ha azokat te magad adod meg a profilodban vagy a bejegyzéseidben, és ezekre az adatokra nem alapítunk hirdetési célzást.

### Partnerektől kapott információk

Hirdetők, alkalmazásfejlesztők és kiadók a Kapocs üzleti eszközei, például a Kapocs-képpont vagy az SDK segítségével információkat küldhetnek nekünk a weboldalukon vagy alkalmazásukban végzett tevékenységeidről, akkor is, ha nem vagy bejelentkezve a Kapocsba. A partnereinktől kapott adatokat a [hirdetési beállításaidban](https://www.kapocs.hu/adpreferences/) tekintheted meg és kapcsolhatod le.

## Hogyan használjuk fel az információkat?

Az információidat a Termékek működtetéséhez, személyre szabásához és fejlesztéséhez használjuk fel. Ennek keretében megjelenítjük a hírfolyamodat, ismerős- és csoportjavaslatokat teszünk, valamint nyelvi beállításaidnak megfelelően fordítást kínálunk.

Az adataid alapján személyre szabott hirdetéseket jelenítünk meg. Ehhez nem adjuk át a hirdetőknek a nevedet vagy az elérhetőségeidet; a hirdetők csak azt határozzák meg, milyen közönségnek szeretnék megjeleníteni a hirdetéseiket, és összesített jelentéseket kapnak a hirdetések teljesítményéről.

Az adatokat a biztonság, az integritás és a védelem érdekében is felhasználjuk: hamis fiókok felderítésére, kéretlen üzenetek kiszűrésére, a szabályainkat sértő tartalmak eltávolítására, valamint arra, hogy szükség esetén együttműködjünk a bűnüldöző hatóságokkal.

## Hogyan osztjuk meg az információkat?

A nyilvánosként megjelölt tartalmaidat bárki láthatja, a Termékeken kívül is, például keresőmotorokban. A többi tartalmadat azok láthatják, akikkel megosztod. Az üzeneteidet csak a beszélgetés résztvevői látják.

Az információidat a következő harmadik felekkel oszthatjuk meg:

- hirdetőkkel, kizárólag összesített és személyazonosításra alkalmatlan formában;
- mérési és elemzési partnerekkel, akik segítenek felmérni a hirdetések és a tartalmak eredményességét;
- szolgáltatókkal, akik adatközpont-, ügyfélszolgálati, fizetési és tartalommoderálási szolgáltatásokat nyújtanak számunkra;
- kutatókkal és tudományos intézményekkel, kizárólag megfelelő adatvédelmi garanciák mellett;
- hatóságokkal, ha erre jogszabály kötelez bennünket.

Az érdeklődésen alapuló hirdetésekről további információt a [Digital Advertising Alliance](https://youradchoices.com/) és az [European Interactive Digital Advertising Alliance](https://www.youronlinechoices.eu/) oldalán találsz.

## Milyen jogalapokra támaszkodunk?

Az adatkezelés jogalapja attól függ, milyen célból kezeljük az információidat.

| Cél | Jogalap |
| A Termékek nyújtása és a hírfolyam személyre szabása | Szerződés teljesítése |
| Személyre szabott hirdetések megjelenítése | Hozzájárulás |
| Biztonság, hamis fiókok és visszaélések felderítése | Jogos érdek |
| Hatósági megkeresések teljesítése | Jogi kötelezettség teljesítése |

Ha az adatkezelés a hozzájárulásodon alapul, azt bármikor visszavonhatod a beállításokban. A visszavonás nem érinti a korábbi adatkezelés jogszerűségét.

## Cookie-k és hasonló technológiák

Cookie-kat, képpontokat és helyi tárolást használunk a bejelentkezés fenntartására, a biztonsági funkciókhoz, a beállításaid megjegyzéséhez, valamint a hirdetések megjelenítéséhez és méréséhez. Az Európai Unióban a nem feltétlenül szükséges cookie-kat csak a hozzájárulásoddal helyezzük el, amelyet a cookie-beállításokban bármikor módosíthatsz. A más weboldalakon elhelyezett Kapocs-képpontok és közösségi beépülő modulok akkor is küldhetnek nekünk információt a látogatásodról, ha nincs Kapocs-fiókod; ezeket az adatokat legfeljebb 90 napig őrizzük meg, és nem használjuk fel a rólad készített profil bővítésére. A böngésződ beállításaiban a cookie-kat le is tilthatod, ilyenkor azonban a Termékek egyes funkciói nem fognak megfelelően működni.

## Hogyan gyakorolhatod a jogaidat?

Az általános adatvédelmi rendelet (GDPR) alapján jogosult vagy arra, hogy hozzáférj az adataidhoz, helyesbítsd, töröld vagy hordozható formában letöltsd azokat, valamint hogy tiltakozz bizonyos adatkezelések ellen, vagy kérd azok korlátozását. A legtöbb jogodat közvetlenül a Fiókközpontban gyakorolhatod, a többi kérelmet az alábbi elérhetőségeken fogadjuk.

Ha úgy érzed, hogy megsértettük az adatvédelmi jogaidat, panaszt tehetsz a [Nemzeti Adatvédelmi és Információszabadság Hatóságnál](https://naih.hu/) vagy a lakóhelyed szerinti felügyeleti hatóságnál, illetve bírósághoz fordulhatsz.

## Meddig őrizzük meg az adataidat?

Az adatokat addig őrizzük meg, amíg azok a Termékek nyújtásához szükségesek, vagy amíg a fiókodat nem törlöd. Ha törlöd a fiókodat, a bejegyzéseidet, fényképeidet és az állapotfrissítéseidet töröljük, és a fiók törlését követően legfeljebb 90 napon belül a biztonsági mentésekből is eltávolítjuk őket. Az ismerőseidnek küldött üzenetek azonban a címzetteknél megmaradnak.

Bizonyos adatokat hosszabb ideig is megőrizhetünk, ha azt jogszabály írja elő, vagy ha az adatok egy folyamatban lévő jogi eljáráshoz, hatósági vizsgálathoz vagy a Termékek biztonságát fenyegető visszaélés kivizsgálásához szükségesek.

## Hogyan továbbítjuk az adatokat nemzetközileg?

A Kapocs globális infrastruktúrát használ, ezért az információidat az Európai Gazdasági Térségen kívüli országokba is továbbíthatjuk, például az Egyesült Államokban és Szingapúrban található adatközpontjainkba. Ilyen esetben az Európai Bizottság megfelelőségi határozataira vagy az [általános szerződési feltételekre](https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/standard-contractual-clauses-scc-en) támaszkodunk, és kiegészítő technikai intézkedéseket alkalmazunk.

## Kiskorúak

A Kapocs regisztrációjának alsó korhatára 13 év. A 16 év alatti felhasználók fiókja alapértelmezés szerint privát, számukra nem jelenítünk meg érdeklődésen alapuló hirdetéseket, és a felnőtt felhasználók nem küldhetnek nekik üzenetet, ha nem ismerősök.

## Hogyan léphetsz kapcsolatba velünk?

Az adatkezelő a Kapocs Technologies Kft. Adatvédelmi kérdéseiddel a Súgóközpontban található űrlapon vagy postai úton fordulhatsz hozzánk. Adatvédelmi tisztviselőnket a dpo@kapocs.hu címen érheted el.

@ Kapocs Technologies Kft.
@ Adatvédelmi tisztviselő
@ Váci út 47.
@ 1134 Budapest

## Értesítés a szabályzat módosításáról

Ha módosítjuk ezt a szabályzatot, a módosítás hatálybalépése előtt értesítünk, és lehetőséget adunk arra, hogy a módosított szabályzatot áttekintsd, mielőtt tovább használnád a Termékeket.
"""

EDITS = [
    {"note": "new partner category (trust & safety fact-checkers) added to the sharing list",
     "repl": [("- kutatókkal és tudományos intézményekkel, kizárólag megfelelő adatvédelmi garanciák mellett;",
               "- kutatókkal és tudományos intézményekkel, kizárólag megfelelő adatvédelmi garanciák mellett;\n"
               "- független tényellenőrző szervezetekkel, amelyek a hamis hírként megjelölt nyilvános tartalmakat vizsgálják;")]},
    {"note": "whole new section on generative AI features inserted before 'Kiskorúak'",
     "repl": [("## Kiskorúak", """## Mesterséges intelligencia és generatív funkciók

A Kapocs mesterségesintelligencia-alapú funkciókat kínál, például képszerkesztést, szövegjavaslatokat és a Kapocs Asszisztens csevegőt. Ezeknek a funkcióknak a fejlesztéséhez felhasználhatjuk a 18 éven felüli felhasználók nyilvános bejegyzéseit, fényképeit és hozzászólásait. Privát üzeneteidet és az ismerőseiddel megosztott tartalmaidat nem használjuk fel a modellek tanításához.

Ha nem szeretnéd, hogy a nyilvános tartalmaidat a mesterséges intelligencia fejlesztésére használjuk, a Fiókközpontban található űrlapon tiltakozhatsz. A tiltakozást indoklás nélkül elfogadjuk, és az a jövőben létrehozott modellekre vonatkozik.

## Kiskorúak""")]},
    {"note": "one word deep in the retention section: backup deletion window 90 -> 120 days (date not bumped)",
     "bump": False,
     "repl": [("legfeljebb 90 napon belül a biztonsági mentésekből", "legfeljebb 120 napon belül a biztonsági mentésekből")]},
    {"note": "'Hatályos' date bumped alone", "repl": []},
    {"note": "controller moved to a new Budapest office; DPO contact changed",
     "repl": [("@ Váci út 47.\n@ 1134 Budapest", "@ Bártfai utca 34/A\n@ 1119 Budapest"),
              ("Adatvédelmi tisztviselőnket a dpo@kapocs.hu címen érheted el.",
               "Adatvédelmi tisztviselőnket a Súgóközpont „Adatvédelmi kérdés” űrlapján vagy a privacy@kapocs.hu címen érheted el.")]},
]

NAV_ITEMS = [
    (dt.datetime(2000, 1, 1), "Adatvédelmi szabályzat", "/privacy/policy/"),
    (dt.datetime(2000, 1, 1), "Cookie-szabályzat", "/privacy/policies/cookies/"),
    (dt.datetime(2000, 1, 1), "Adatvédelmi ellenőrzés", "/privacy/checkup/"),
    (dt.datetime(2023, 6, 1), "Generatív MI a Kapocson", "/privacy/genai/"),
    (dt.datetime(2023, 11, 15), "Előfizetés hirdetések nélkül", "/privacy/ad-free/"),
    (dt.datetime(2024, 5, 20), "Tizenéves felhasználók", "/privacy/teens/"),
]

LABELS = {"deploy": "React deploy (atomic class names, wrapper divs, client revision, haste hashes)",
          "mount": "per-visit mount id", "lsd": "per-visit LSD token in bootstrap JSON",
          "shim": "per-visit link-shim signatures on external policy links",
          "nav": "privacy-centre navigation entries", "feedback": "A/B 'Hasznos volt?' feedback box"}


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, p.get("deploy"), 0.35,
                            lambda: {"rev": rng.randint(1007000000, 1019999999), "seed": C.alnum(rng, 12),
                                     "wrappers": rng.randint(1, 3), "css": C.alnum(rng, 11), "js": C.alnum(rng, 11)})
    s["mount"] = C.alnum(rng, 2)
    s["lsd"] = C.alnum(rng, 22)
    s["shim"] = C.alnum(rng, 26)
    s["nav"] = sum(1 for d, _, _ in NAV_ITEMS if d <= when)
    s["feedback"] = C.keep_or(rng, p.get("feedback"), 0.3, lambda: rng.random() < 0.5)
    return s


def _atomic(r, n):
    return " ".join("x" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(6, 8)))
                    for _ in range(n))


def _shim(m, key):
    target = html.unescape(m.group(1))
    if target.startswith("https://www.kapocs.hu/"):
        return m.group(0)
    sig = "AT" + hashlib.sha1((key + target).encode()).hexdigest()[:24]
    return 'href="https://l.kapocs.hu/l.php?u=%s&amp;h=%s" target="_blank" rel="nofollow noreferrer"' % (
        quote(target, safe=""), sig)


def render(s, blocks, when):
    d = s["deploy"]
    r = random.Random(d["seed"])
    cls = {k: _atomic(r, n) for k, n in (("h1", 6), ("h2", 5), ("h3", 5), ("p", 4), ("ul", 3), ("table", 3),
                                         ("addr", 4))}
    sec_c, wrap_c, main_c, col_c = _atomic(r, 3), [_atomic(r, 4) for _ in range(3)], _atomic(r, 5), _atomic(r, 4)
    head, secs = C.split_sections(blocks)
    out = []
    for b in head:
        if b[0] == "p" and b[1].startswith("Hatályos: "):
            out.append('<span class="%s">Hatályos: <!-- -->%s</span>' % (cls["p"], html.escape(b[1][10:], quote=False)))
        else:
            out.append(C.block_html(b, cls))
    for title, bl in secs:
        out.append('<div class="%s"><h2 class="%s">%s</h2>%s</div>' % (
            sec_c, cls["h2"], C.inline_html(title), C.blocks_html(bl, cls, sep="")))
    body = re.sub(r'href="([^"]+)"', lambda m: _shim(m, s["shim"]), "".join(out))
    inner = '<!--$-->%s<!--/$-->' % body
    for k in range(d["wrappers"]):
        inner = '<div class="%s">%s</div>' % (wrap_c[k], inner)
    nav = "".join('<a class="%s" href="%s" role="link" tabindex="0"><span dir="auto">%s</span></a>' % (col_c, h, t)
                  for _, t, h in NAV_ITEMS[:s["nav"]])
    fb = ""
    if s["feedback"]:
        fb = ('<div data-testid="policy-feedback" aria-label="Visszajelzés" class="%s"><span dir="auto">Hasznos volt ez az oldal?</span>'
              '<div role="button" tabindex="0" aria-label="Igen">Igen</div><div role="button" tabindex="0" aria-label="Nem">Nem</div></div>') % col_c
    bootstrap = json.dumps({"require": [["ServerJS", "handleWithCustomApplyEach", [], [{"define": [
        ["SiteData", [], {"client_revision": d["rev"], "server_revision": d["rev"], "haste_session": "%d.HYP:privacy_center_pkg.2.1..0.0" % (d["rev"] // 1000),
                          "locale": "hu_HU", "is_rtl": False}, 317],
        ["LSD", [], {"token": s["lsd"]}, 323],
        ["CurrentUserInitialData", [], {"ACCOUNT_ID": "0", "USER_ID": "0", "IS_LOGGED_IN": False}, 270]]}]]]},
        separators=(",", ":"), ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html id="kapocs" class="_9dls" lang="hu" dir="ltr"><head><meta charset="utf-8"><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<title>Adatvédelmi szabályzat | Kapocs Adatvédelmi központ</title>
<meta property="og:title" content="Adatvédelmi szabályzat">
<link rel="canonical" href="{URL}">
<link rel="alternate" hreflang="en" href="https://www.kapocs.hu/privacy/policy/?locale=en_GB">
<link type="text/css" rel="stylesheet" href="https://static.kapocs.hu/rsrc.php/v3/{d['css']}.css" data-bootloader-hash="{d['css'][:5]}" crossorigin="anonymous">
<link rel="preload" href="https://static.kapocs.hu/rsrc.php/v3/{d['js']}.js" as="script" crossorigin="anonymous">
</head><body class="_6s5d _71pn system-fonts--body" dir="ltr">
<div id="mount_0_0_{s['mount']}"><div class="{_atomic(random.Random(d['seed'] + 'r'), 3)}"><div class="{col_c}"><div role="banner" class="{col_c}"><a href="https://www.kapocs.hu/" aria-label="Kapocs"><svg viewBox="0 0 36 36" height="40" width="40"><path d="M20.2 35.8v-12h4l.6-4.7h-4.6v-3c0-1.3.4-2.3 2.3-2.3h2.5V9.7c-.4-.1-1.9-.2-3.6-.2-3.6 0-6 2.2-6 6.2v3.5h-4v4.7h4v12"></path></svg></a><span dir="auto">Adatvédelmi központ</span></div>
<div role="main" class="{main_c}"><nav aria-label="Adatvédelmi központ" class="{col_c}">{nav}</nav>{inner}{fb}</div>
<div role="contentinfo" class="{col_c}"><a href="/privacy/policy/">Adatvédelem</a> · <a href="/policies/terms/">Feltételek</a> · <a href="/policies/cookies/">Cookie-k</a> · <span>Kapocs © {when.year}</span></div></div></div></div>
<script type="application/json" data-content-len="{len(bootstrap)}" data-sjs>{bootstrap}</script>
<script src="https://static.kapocs.hu/rsrc.php/v3/{d['js']}.js" data-bootloader-hash="{d['js'][:5]}" async crossorigin="anonymous"></script>
</body></html>
"""


PAGE = {
    "service": "Kapocs",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("X-Frame-Options", "DENY"),
                      ("Strict-Transport-Security", "max-age=15552000; preload")],
    "n": 32,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 26),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "div[role=\"main\"]",
        "remove": ["nav[aria-label=\"Adatvédelmi központ\"]", "[data-testid=\"policy-feedback\"]"],
    },
}
