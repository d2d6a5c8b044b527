"""Aranyfészek Zálogház (Hungarian pawnbroker and gold buyer, four branches), a home-grown PHP site from about 2009
(FCKeditor-edited pages in MySQL, PHP sessions with session.use_trans_sid, so a client without cookies gets
?PHPSESSID=... appended to every relative link), served as ISO-8859-2 by Apache. The left column shows the day's
gold buying prices; the footer has the old visitor counter."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
# Adatkezelési tájékoztató

Hatályos: {UPDATED}

Az Aranyfészek Zálogház Zrt. (a továbbiakban: Zálogház) elkötelezett ügyfelei személyes adatainak védelme iránt. Ez a tájékoztató bemutatja, hogy zálogkölcsön-szerződések megkötésekor, arany- és ezüstfelvásárláskor, fiókjaink kamerás megfigyelése során és weboldalunk használatakor milyen személyes adatokat kezelünk, milyen célból és jogalapon, mennyi ideig, valamint hogy milyen jogok illetik meg Önt az Európai Parlament és a Tanács (EU) 2016/679 rendelete (GDPR) és az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján.

## 1. Az adatkezelő

@ Aranyfészek Zálogház Zrt.
@ Székhely: 1072 Budapest, Rákóczi út 42.
@ Cégjegyzékszám: 01-10-047812
@ Adószám: 14283516-2-42
@ Telefon: +36 1 321 4455
@ E-mail: [adatvedelem@aranyfeszekzalog.hu](mailto:adatvedelem@aranyfeszekzalog.hu)

A Zálogház a Magyar Nemzeti Bank engedélyével és felügyelete alatt működő pénzügyi vállalkozás. Adatvédelmi tisztviselőnk dr. Szalai Eszter, aki a fenti e-mail-címen és levélben, a székhely címén érhető el.

## 2. Zálogkölcsön-szerződések

A zálogkölcsön nyújtásához a hitelintézetekről és a pénzügyi vállalkozásokról szóló 2013. évi CCXXXVII. törvény (Hpt.), valamint a pénzmosás és a terrorizmus finanszírozása megelőzéséről és megakadályozásáról szóló 2017. évi LIII. törvény (Pmt.) alapján az alábbi adatokat kezeljük:

- családi és utónév, születési név,
- anyja születési neve,
- születési hely és idő, állampolgárság,
- lakcím, tartózkodási hely,
- szemelyazonosító okmány típusa és száma, lakcímkártya száma,
- a zálogtárgy leírása, finomsága, tömege és becsült értéke,
- a kölcsön összege, kamata, lejárata és a zálogjegy sorszáma.

Az adatkezelés jogalapja a szerződés teljesítése és a jogi kötelezettség teljesítése. A Pmt. szerinti ügyfél-átvilágítás során az okmányokról másolatot készítünk. Az adatokat az üzleti kapcsolat megszűnésétől számított 8 évig őrizzük meg. A lejárt és ki nem váltott zálogtárgyakat nyilvános árverésen értékesítjük; az árverési listán személyes adat nem szerepel.

## 3. Arany- és ezüstfelvásárlás

Nemesfém felvásárlásakor az eladó személyazonosságát a Pmt. és a nemesfémtárgyak vizsgálatáról és hitelesítéséről szóló jogszabályok alapján ellenőrizzük. Rögzítjük az eladó nevét, lakcímét, okmányának számát, a felvásárolt tárgyak leírását, tömegét, finomságát és a kifizetett összeget. Az adatokat 8 évig őrizzük meg. Gyanús ügylet esetén a Pmt. alapján bejelentést teszünk a Nemzeti Adó- és Vámhivatal Pénzügyi Információs Egységének.

## 4. Kamerás megfigyelés

Fiókjainkban az ügyfelek és munkatársaink életének, testi épségének és vagyonának védelme érdekében elektronikus megfigyelőrendszert üzemeltetünk. A kamerák elhelyezéséről a bejáratnál kihelyezett tábla tájékoztat. A felvételeket felhasználás hiányában 30 nap elteltével töröljük. A kamerás megfigyelés jogalapja a Zálogház jogos érdeke.

| Fiók | Cím | Telefon |
| Rákóczi úti fiók (központ) | 1072 Budapest, Rákóczi út 42. | +36 1 321 4455 |
| Újpesti fiók | 1042 Budapest, István út 17. | +36 1 369 2210 |
| Kispesti fiók | 1191 Budapest, Üllői út 201. | +36 1 282 0947 |
| Debreceni fiók | 4025 Debrecen, Piac utca 31. | +36 52 412 660 |

## 5. A weboldal használata és a sütik

Weboldalunk a munkamenet azonosításához egy ideiglenes munkamenet-sütit használ, amely a böngésző bezárásakor törlődik. A látogatottsági adatok méréséhez a Google Analytics szolgáltatást használjuk, amely az IP-címet rövidített formában kezeli. A weboldalon keresztül személyes adatot csak akkor kapunk, ha Ön a kapcsolatfelvételi űrlapon üzenetet küld nekünk; ilyenkor nevét, e-mail-címét és üzenetét a kérdés megválaszolásáig, legfeljebb egy évig őrizzük.

## 6. Adatfeldolgozók és címzettek

Személyes adatait az alábbi adatfeldolgozók ismerhetik meg:

- Rackhost Zrt. – a weboldal és a levelezés tárhelyszolgáltatása,
- Zálog-Soft Kft. – a zálogkezelő nyilvántartó rendszer üzemeltetése és karbantartása,
- Mérleg-Pont Könyvelőiroda Kft. – könyvelés és bérszámfejtés,
- Securitas Zrt. – a kamerarendszer és a riasztórendszer üzemeltetése,
- Google Ireland Ltd. – látogatottsági statisztika (Google Analytics).

Jogszabályi kötelezettség alapján adatot továbbítunk a Magyar Nemzeti Banknak, a Nemzeti Adó- és Vámhivatalnak, valamint megkeresésre a nyomozó hatóságoknak és a bíróságoknak.

## 7. Az Ön jogai

Ön kérelmezheti a személyes adataihoz való hozzáférést, azok helyesbítését, törlését vagy kezelésének korlátozását, valamint tiltakozhat a jogos érdeken alapuló adatkezelés ellen. A jogszabályban előírt megőrzési idő alatt a Pmt. és a Hpt. szerinti adatokat nem törölhetjük. Kérelmére legkésőbb egy hónapon belül válaszolunk.

## 8. Jogorvoslat

Panaszával a Nemzeti Adatvédelmi és Információszabadság Hatósághoz fordulhat (1055 Budapest, Falk Miksa utca 9-11., postacím: 1363 Budapest, Pf. 9., telefon: +36 1 391 1400, [www.naih.hu](https://www.naih.hu)), illetve lakóhelye szerinti törvényszékhez fordulhat.
"""

EDITS = [
    {"note": "typo fixed in a list item (szemelyazonosító), date unchanged", "bump": False,
     "repl": [("- szemelyazonosító okmány", "- személyazonosító okmány")]},
    {"note": "CCTV retention changed from 30 to 60 days",
     "repl": [("felhasználás hiányában 30 nap elteltével", "felhasználás hiányában 60 nap elteltével")]},
    {"note": "list item added: Számlázz.hu invoicing processor",
     "repl": [("- Mérleg-Pont Könyvelőiroda Kft. – könyvelés és bérszámfejtés,",
               "- Mérleg-Pont Könyvelőiroda Kft. – könyvelés és bérszámfejtés,\n"
               "- KBOSS.hu Kft. (Számlázz.hu) – elektronikus számlák kiállítása és megőrzése,")]},
    {"note": "branch table row changed: the Újpest branch moved",
     "repl": [("| Újpesti fiók | 1042 Budapest, István út 17. | +36 1 369 2210 |",
               "| Újpesti fiók | 1042 Budapest, Árpád út 51. | +36 1 369 2210 |")]},
    {"note": "section added: online preliminary valuation by photo upload",
     "repl": [("## 8. Jogorvoslat",
               "## 8. Online előzetes értékbecslés\n\n"
               "Weboldalunkon fényképek feltöltésével előzetes értékbecslést kérhet ékszereiről és nemesfém "
               "tárgyairól. Ehhez nevét, telefonszámát, e-mail-címét és a feltöltött fényképeket kezeljük, az Ön "
               "hozzájárulása alapján. A fényképeket és az adatokat az értékbecslés megküldését követő 30 nap "
               "elteltével töröljük, kivéve ha ezt követően zálogkölcsön-szerződést köt vagy felvásárlásra kerül "
               "sor. Az előzetes értékbecslés nem minősül ajánlatnak.\n\n"
               "## 9. Jogorvoslat")]},
    {"note": "head-office phone number changed (address block and branch table)",
     "repl": [("@ Telefon: +36 1 321 4455", "@ Telefon: +36 1 700 4455"),
              ("| 1072 Budapest, Rákóczi út 42. | +36 1 321 4455 |", "| 1072 Budapest, Rákóczi út 42. | +36 1 700 4455 |")]},
]

GA4_FROM = dt.date(2023, 6, 28)  # the UA property stopped on 1 July 2023; the webmaster pasted the gtag snippet


def fmt_date(d):
    return "%d. %s %d." % (d.year, K.MONTHS["hu"][d.month - 1], d.day)


def _prices(loc):
    """The day's buying prices in Ft/g; the owner types them in on weekday mornings around 8:30."""
    d = loc.date()
    if loc.weekday() < 5 and (loc.hour, loc.minute) < (8, 30):
        d -= dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    huf_usd = 395 - 40 * min(1.0, max(0.0, (d - dt.date(2022, 11, 1)).days / 240.0)) + \
        20 * min(1.0, max(0.0, (d - dt.date(2024, 3, 1)).days / 300.0))
    fine = K.gold_usd_oz(d) / 31.1035 * huf_usd  # Ft per gram of fine gold
    r = random.Random("hu-prices|%s" % d)
    up = r.choice(["08:2", "08:3", "08:4", "09:0"]) + str(r.randint(0, 9))
    rows = []
    for label, share in (("8 karát", 0.333), ("14 karát", 0.585), ("18 karát", 0.750), ("24 karát", 0.999)):
        rows.append((label, int(fine * share * 0.84 / 10) * 10))
    silver = int(fine / 82.0 * 0.80)
    return d, up, tuple(rows), silver


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "cet")
    cnt = p.get("counter")
    if cnt is None:
        total = 1384220
    else:
        days = max(1, (when - cnt[2]).days)
        total = cnt[0] + days * rng.randint(170, 320)
    today = rng.randint(40, 110) + int(loc.hour * 14)
    return {
        "sid": C.alnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
        "today": (loc.strftime("%Y"), loc.month, loc.day, loc.weekday()),
        "prices": _prices(loc),
        "counter": (total, today, when),
        "analytics": "gtag" if loc.date() >= GA4_FROM else "ga.js",
    }


LABELS = {
    "sid": "PHPSESSID appended to every relative link (session.use_trans_sid, no cookie)",
    "today": "today's date and weekday in the header",
    "prices": "gold and silver buying prices box in the left column (updated on weekday mornings)",
    "counter": "visitor counter in the footer (total and today)",
    "analytics": "analytics snippet (ga.js until June 2023, then gtag.js GA4)",
}

MENU = [("Főoldal", "index.php"), ("Zálogkölcsön", "zalogkolcson.php"), ("Aranyfelvásárlás", "aranyfelvasarlas.php"),
        ("Napi árfolyamok", "arfolyamok.php"), ("Árverések", "arveres.php"), ("Fiókjaink", "fiokok.php"),
        ("Kapcsolat", "kapcsolat.php")]


def _fck(blocks):
    """FCKeditor 2.6 HTML as the owner's nephew saved it into the `oldalak` table."""
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<td bgcolor="#f3e7c4"><strong>%s</strong></td>' % inl(c) for c in rows[0])
        body = "\r\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table border="1" cellspacing="0" cellpadding="3" width="100%%">\r\n<tbody>\r\n%s\r\n%s\r\n'
                '</tbody>\r\n</table>' % (head, body))

    def heading(kind, v, inl):
        if kind == "h1":
            return '<h1 class="oldalcim">%s</h1>' % inl(v)
        return "<h2>%s</h2>" % inl(v)

    return K.render_blocks(blocks, tags={"p": ' style="text-align: justify;"'}, table=table, heading=heading,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\r\n".join(inl(x) for x in lines),
                           sep="\r\n")


def render(state, blocks, when):
    sid = state["sid"]

    def link(u):
        return "%s%sPHPSESSID=%s" % (u, "&amp;" if "?" in u else "?", sid)

    menu = "\r\n".join('\t<li%s><a href="%s">%s</a></li>' % (' class="aktiv"' if u == "adatkezeles.php" else "",
                                                             link(u), K.esc(t)) for t, u in MENU)
    y, m, d, wd = state["today"]
    pday, pup, rows, silver = state["prices"]
    prow = "\r\n".join('<tr><td>%s</td><td align="right"><b>%s Ft</b></td></tr>' % (K.esc(l), K.thousands(v, " "))
                       for l, v in rows)
    total, today, _ = state["counter"]
    phone = "+36 1 700 4455" if any("700 4455" in str(v) for _, v in blocks) else "+36 1 321 4455"
    if state["analytics"] == "gtag":
        analytics = """<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-3LQ8W1HZ5T"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-3LQ8W1HZ5T');
</script>"""
    else:
        analytics = """<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">
try {
var pageTracker = _gat._getTracker("UA-8841207-1");
pageTracker._trackPageview();
} catch(err) {}</script>"""
    doc = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="hu" lang="hu">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2" />
<title>Aranyfészek Zálogház - Adatkezelési tájékoztató</title>
<meta name="keywords" content="zálogház, zálog, zálogkölcsön, aranyfelvásárlás, arany felvásárlás, Budapest, Debrecen" />
<meta name="description" content="Aranyfészek Zálogház - zálogkölcsön és aranyfelvásárlás Budapesten és Debrecenben." />
<link href="css/stilus.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/menu.js"></script>
</head>
<body>
<a name="top"></a>
<div id="keret">
<div id="fejlec">
	<a href="%(home)s"><img src="kepek/logo.gif" width="380" height="96" border="0" alt="Aranyfészek Zálogház" /></a>
	<div id="datum">%(y)s. %(mon)s %(d)d., %(wd)s</div>
	<div id="fejlec_tel">Központi telefonszám: <b>%(phone)s</b></div>
</div>
<div id="menu">
<ul>
%(menu)s
</ul>
</div>
<div id="kozep">
<div id="bal">
	<div class="doboz">
		<div class="doboz_cim">Mai felvásárlási áraink</div>
		<table width="100%%" cellspacing="0" cellpadding="2" class="artabla">
%(prow)s
<tr><td>Ezüst (800&#8240;)</td><td align="right"><b>%(silver)s Ft</b></td></tr>
		</table>
		<div class="kicsi">Ft/gramm, frissítve: %(pday)s %(pup)s<br />Az árak tájékoztató jellegűek.</div>
		<a href="%(arak)s" class="tovabb">Részletes árfolyamok &raquo;</a>
	</div>
	<div class="doboz">
		<div class="doboz_cim">Nyitvatartás</div>
		Hétfő - Péntek: 8:30 - 17:30<br />Szombat: 9:00 - 13:00<br />Vasárnap: zárva
	</div>
	<div class="doboz"><a href="%(kapcs)s"><img src="kepek/becsles_banner.jpg" width="190" height="120" border="0" alt="Kérjen értékbecslést!" /></a></div>
</div>
<div id="tartalom">
%(policy)s
<div class="nyomtat"><a href="%(print)s" target="_blank"><img src="kepek/nyomtato.gif" width="16" height="16" border="0" alt="" /> Nyomtatható változat</a> | <a href="#top">Az oldal tetejére</a></div>
</div>
<div class="clear"></div>
</div>
<div id="lablec">
	&copy; 2009-%(year)d Aranyfészek Zálogház Zrt. | <a href="%(impr)s">Impresszum</a> | <a href="%(adat)s">Adatkezelés</a> | MNB engedélyszám: H-EN-II-112/2014<br />
	<span class="szamlalo">Látogatók száma: %(total)s | Ma: %(today)d</span>
</div>
</div>
<div id="suti_sav">Weboldalunk sütiket használ a munkamenet kezeléséhez és a látogatottság méréséhez. <a href="%(adat)s">Bővebben</a> <a href="javascript:void(0)" onclick="document.getElementById('suti_sav').style.display='none';document.cookie='suti_ok=1; path=/; max-age=31536000';">Rendben</a></div>
%(analytics)s
</body>
</html>
""" % {"home": link("index.php"), "y": y, "mon": K.MONTHS["hu"][m - 1], "d": d, "wd": K.WEEKDAYS["hu"][wd],
       "menu": menu, "prow": prow, "silver": K.thousands(silver, " "),
       "pday": pday.strftime("%Y.%m.%d."), "pup": pup, "arak": link("arfolyamok.php"), "kapcs": link("kapcsolat.php"),
       "policy": _fck(blocks), "print": link("nyomtat.php?oldal=adatkezeles"), "year": when.year,
       "impr": link("impresszum.php"), "adat": link("adatkezeles.php"), "total": K.thousands(total, "."),
       "today": today, "analytics": analytics, "phone": phone}
    doc = doc.replace("\r\n", "\n").replace("\n", "\r\n")
    return doc.encode("iso-8859-2", "xmlcharrefreplace").decode("iso-8859-2")


PAGE = {
    "service": "Aranyfeszek Zaloghaz",
    "url": "https://www.aranyfeszekzalog.hu/adatkezeles.php",
    "lang": "hu",
    "platform": "home-grown PHP 5.4 site (FCKeditor, trans-sid sessions), Apache, ISO-8859-2",
    "content_type": "text/html; charset=iso-8859-2",
    "encoding": "iso-8859-2",
    "extra_headers": [("Server", "Apache/2.2.22 (Debian)"), ("X-Powered-By", "PHP/5.4.45-0+deb7u14"),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache"), ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2023, 1, 16),
    "end": dt.date(2024, 12, 10),
    "hours": (5, 9, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.aranyfeszekzalog.hu/adatkezeles.php",
        "select": "#tartalom",
        "remove": ".nyomtat",
    },
}
