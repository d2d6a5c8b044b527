"""Bástya Hostel (Budapest) - hu-HU - a LibreOffice Writer document saved as HTML and uploaded as a static file,
served through Cloudflare.

Harder: Cloudflare's Email Address Obfuscation rewrites every mailto link to /cdn-cgi/l/email-protection#<hex>
with a fresh XOR key on every response and shows "[email protected]" as the link text (what OTA sees, having no
JavaScript); the Web Analytics beacon carries the request's rayId. The owner re-exports the .odt now and then
without changing the text: a newer LibreOffice (6.4 -> 7.3 -> 24.2) writes a different generator/changed meta and
a different font markup (<font face><font size> nesting vs none), and one re-export has the controller's address
as separate paragraphs instead of lines joined by <br/>.
"""
import datetime as dt
import html
import re

import common as C

HOST = "https://www.bastyahostel.hu"
URL = HOST + "/adatvedelem.html"
HONAP = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
         "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, HONAP[d.month - 1], d.day)


POLICY = """
# Adatkezelési tájékoztató

Hatályos: {UPDATED}

A Bástya Vendégház Kft. mint a Bástya Hostel üzemeltetője elkötelezett vendégei személyes adatainak védelme mellett. Jelen tájékoztató az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, a továbbiakban: GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján ismerteti, hogyan kezeljük a szállásfoglalás és a szálláshely igénybevétele során megadott személyes adatokat.

## 1. Az adatkezelő

@ Bástya Vendégház Kft.
@ Székhely: 1011 Budapest, Fő utca 32.
@ Cégjegyzékszám: 01-09-312458
@ Adószám: 25318746-2-41
@ E-mail: [info@bastyahostel.hu](mailto:info@bastyahostel.hu)
@ Telefon: +36 1 201 4473

## 2. A kezelt adatok köre és az adatkezelés célja

**Szállásfoglalás.** A közvetlen foglalás során kezeljük a vendég nevét, e-mail-címét, telefonszámát, az érkezés és távozás időpontját, a vendégek számát, valamint a foglaláshoz fűzött megjegyzéseket. Az adatkezelés célja a foglalás rögzítése, visszaigazolása és a szolgáltatás teljesítése.

**Vendégnyilvántartás.** Bejelentkezéskor a szálláshely-szolgáltató köteles nyilvántartani a vendég családi és utónevét, születési helyét és idejét, állampolgárságát, valamint személyazonosító okmányának azonosítóját. Az adatkezelés célja a jogszabályi kötelezettség teljesítése és az idegenforgalmi adó megállapítása.

**Számlázás.** A számla kiállításához a vendég vagy a megrendelő nevét és címét, illetve cég esetén adószámát kezeljük.

**Kapcsolattartás.** Az e-mailben vagy telefonon feltett kérdések megválaszolásához a megkereső nevét, elérhetőségét és az üzenet tartalmát kezeljük.

## 3. Az adatkezelés jogalapja

- a szállásfoglalás és a szolgáltatás teljesítése: szerződés teljesítése, GDPR 6. cikk (1) bekezdés b) pont;
- a vendégnyilvántartás és a számlázás: jogi kötelezettség teljesítése, GDPR 6. cikk (1) bekezdés c) pont, a turisztikai térségek fejlesztésének állami feladatairól szóló 2016. évi CLVI. törvény, valamint a számvitelről szóló 2000. évi C. törvény alapján;
- a kapcsolattartás: az adatkezelő jogos érdeke, GDPR 6. cikk (1) bekezdés f) pont.

## 4. Adatfeldolgozók és címzettek

A személyes adatokhoz kizárólag a Bástya Vendégház Kft. munkatársai férnek hozzá, akiknek munkájuk ellátásához erre szükségük van. Adatfeldolgozóként igénybe vesszük:

- a Cloudbeds foglaláskezelő rendszert (Cloudbeds, Inc.) a foglalások nyilvántartására;
- a Számlázz.hu szolgáltatást (KBOSS.hu Kft.) az elektronikus számlák kiállítására;
- a Rackhost Zrt. tárhelyszolgáltatását a weboldal és az e-mail-fiókok üzemeltetésére.

A Booking.com és a Hostelworld útján érkező foglalások esetén ezek a szolgáltatók önálló adatkezelőként járnak el; adatkezelésükről saját tájékoztatójukban olvashat.

## 5. Az adatkezelés időtartama

A foglalási adatokat a távozást követő 1 évig őrizzük meg. A számviteli bizonylatokat a számvitelről szóló törvény 169. §-a alapján 8 évig kötelesek vagyunk megőrizni. A vendégnyilvántartás adatait a szálláshely igénybevételét követő első év utolsó napjáig kezeljük. A kapcsolattartás során kezelt adatokat a megkeresés lezárását követő 6 hónap elteltével töröljük.

## 6. Az érintettek jogai

Ön bármikor kérhet tájékoztatást személyes adatai kezeléséről, kérheti azok helyesbítését, törlését vagy kezelésének korlátozását, és tiltakozhat a jogos érdeken alapuló adatkezelés ellen. Kérelmét az [info@bastyahostel.hu](mailto:info@bastyahostel.hu) címre küldheti el; arra legkésőbb egy hónapon belül válaszolunk.

Jogainak megsértése esetén panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál (NAIH, 1055 Budapest, Falk Miksa utca 9–11., [www.naih.hu](https://www.naih.hu)), illetve bírósághoz fordulhat. A per – választása szerint – a lakóhelye vagy tartózkodási helye szerint illetékes törvényszék előtt is megindítható.

## 7. Sütik

Weboldalunk csak a működéshez feltétlenül szükséges sütiket használja. Látogatottsági statisztikát a Cloudflare Web Analytics szolgáltatással készítünk, amely nem helyez el sütit a látogató eszközén.

## 8. Vezeték nélküli internet

A hostel vendégei ingyenesen használhatják a vezeték nélküli hálózatot. A hálózat használatához szobaszámot és egyszeri jelszót kérünk, a routerek pedig a csatlakozó eszközök MAC-címét és a csatlakozás idejét legfeljebb 30 napig naplózzák. A naplókat kizárólag hálózati hiba vagy visszaélés kivizsgálására használjuk, a vendégek böngészési előzményeit nem figyeljük.

## 9. Közösségi média

Facebook- és Instagram-oldalunkon a hozzászólások, üzenetek és kedvelések kezelésével kapcsolatban a Meta Platforms Ireland Ltd. és a Bástya Vendégház Kft. közös adatkezelőnek minősül. Ezekben az esetekben kérjük, olvassa el a Meta adatkezelési tájékoztatóját is. Üzenetben ne küldjön nekünk okmányképet vagy bankkártyaadatot.

## 10. Hírlevél

Hírlevelet kizárólag annak küldünk, aki foglaláskor vagy a honlapon ehhez kifejezetten hozzájárult (GDPR 6. cikk (1) bekezdés a) pont). A hozzájárulás bármikor visszavonható a hírlevél alján található leiratkozási linkkel; ezt követően az e-mail-címet a hírlevél-listáról haladéktalanul töröljük.

## 11. Adatbiztonság

A személyes adatokat jelszóval védett rendszerekben tároljuk, a recepción a papíralapú dokumentumokat zárható szekrényben őrizzük. Adatvédelmi incidens esetén a GDPR 33. cikke szerint járunk el.

## 12. Panaszkezelés

A szolgáltatással kapcsolatos panaszokat szóban a recepción, írásban e-mailben vagy postai úton fogadjuk. A panaszról jegyzőkönyvet veszünk fel, amely tartalmazza a panaszos nevét, lakcímét, a panasz leírását és az arra adott választ. A jegyzőkönyvet és a válasz másolatát a fogyasztóvédelemről szóló 1997. évi CLV. törvény 17/A. §-a alapján öt évig őrizzük meg, és kérésre bemutatjuk az ellenőrző hatóságoknak.
"""

EDITS = [
    {"note": "guest registration: ID scanning into the hotel software and storage in the state VIZA repository (Tht. 9/H. §)",
     "repl": [("Az adatkezelés célja a jogszabályi kötelezettség teljesítése és az idegenforgalmi adó megállapítása.",
               "Az okmányt a szálláshely-kezelő szoftverrel beolvassuk, az adatokat pedig a turisztikai törvény 9/H. §-a alapján a Vendégnyilvántartó Információs Zártláncú Adattárhelyen (VIZA) is tároljuk, ahová azokat a hatóságok csak jogszabályban meghatározott esetekben kérhetik le. Az adatkezelés célja a jogszabályi kötelezettség teljesítése, a vendégek jogainak és biztonságának védelme és az idegenforgalmi adó megállapítása."),
              ("A vendégnyilvántartás adatait a szálláshely igénybevételét követő első év utolsó napjáig kezeljük.",
               "A vendégnyilvántartás adatait, valamint a VIZA-ban tárolt adatokat a szálláshely igénybevételét követő első év utolsó napjáig kezeljük.")]},
    {"note": "invoicing processor changed from Számlázz.hu to Billingo",
     "repl": [("- a Számlázz.hu szolgáltatást (KBOSS.hu Kft.) az elektronikus számlák kiállítására;",
               "- a Billingo szolgáltatást (Billingo Technologies Zrt.) az elektronikus számlák kiállítására;")]},
    {"note": "booking data kept 2 years instead of 1 (silent, date not bumped)", "bump": False,
     "repl": [("A foglalási adatokat a távozást követő 1 évig őrizzük meg.", "A foglalási adatokat a távozást követő 2 évig őrizzük meg.")]},
    {"note": "new purpose: CCTV in the reception and common areas (retention 3 days) with legal basis bullet",
     "repl": [("**Kapcsolattartás.**", "**Kamerás megfigyelés.** A recepción, a bejáratnál és a közös helyiségekben (a szobák és a mosdók kivételével) a vagyon és a vendégek biztonságának védelme érdekében kamerás megfigyelőrendszert üzemeltetünk. A felvételeket 3 napig őrizzük meg, ha azokat hatósági eljárásban nem kérik.\n\n**Kapcsolattartás.**"),
              ("- a kapcsolattartás: az adatkezelő jogos érdeke,", "- a kamerás megfigyelés: az adatkezelő és a vendégek jogos érdeke, GDPR 6. cikk (1) bekezdés f) pont;\n- a kapcsolattartás: az adatkezelő jogos érdeke,")]},
    {"note": "controller moved its registered seat (Fő utca 32 -> Batthyány utca 14)",
     "repl": [("@ Székhely: 1011 Budapest, Fő utca 32.", "@ Székhely: 1011 Budapest, Batthyány utca 14.")]},
]

def cf_hex(email, key):
    return "%02x" % key + "".join("%02x" % (ord(ch) ^ key) for ch in email)


class Out:
    def __init__(self, s):
        self.s = s
        self.k = 0

    def key(self):
        self.k += 1
        return int(C.det_sha(self.s["cfkeys"], self.k)[:2], 16) | 0x11

    def inl(self, t):
        return C.inline_html(t, text=lambda raw: self.font(html.escape(raw, quote=False)),
                             bold=lambda raw: self.font("<b>%s</b>" % html.escape(raw, quote=False)), link=self.link)

    def link(self, url, txt):
        if not url.startswith("mailto:"):
            return '<a href="%s">%s</a>' % (html.escape(url), self.font(html.escape(txt, quote=False)))
        em = url[7:]
        inner = ('<span class="__cf_email__" data-cfemail="%s">[email&#160;protected]</span>' % cf_hex(em, self.key())
                 if txt == em else html.escape(txt, quote=False))
        return '<a href="/cdn-cgi/l/email-protection#%s">%s</a>' % (cf_hex(em, self.key()), inner)

    def font(self, x):
        if not x:
            return ""
        if self.s["export"][0] == "6.4":
            return '<font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">%s</font></font>' % x
        return x


PSTYLE = 'style="margin-bottom: 0.21cm; line-height: 115%"'


def body(s, blocks):
    o = Out(s)
    ver, _, split_addr = s["export"]
    cls = ' class="western"'
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1%s align="center">%s</h1>' % (cls, o.font(html.escape(v, quote=False)) if ver == "6.4" else html.escape(v, quote=False)))
        elif kind == "h2":
            out.append('<h2%s>%s</h2>' % (cls, html.escape(v, quote=False)))
        elif kind == "p":
            out.append('<p align="justify" %s>%s</p>' % (PSTYLE, o.inl(v)))
        elif kind == "addr":
            if split_addr:
                out.extend('<p style="margin-bottom: 0cm; line-height: 100%%">%s</p>' % o.inl(l) for l in v)
                out.append('<p %s><br/>\n\n</p>' % PSTYLE)
            else:
                out.append('<p %s>%s</p>' % (PSTYLE, "<br/>\n".join(o.inl(l) for l in v)))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join(
                '\t<li><p align="justify" style="margin-bottom: 0cm; line-height: 100%%">%s</p></li>' % o.inl(i) for i in v))
        else:
            raise ValueError(kind)
    return "\n".join(out)


GEN = {"6.4": "LibreOffice 6.4.7.2 (Windows)", "7.3": "LibreOffice 7.3.7.2 (Windows)", "24.2": "LibreOffice/24.2.5.2$Windows_X86_64 LibreOffice_project/bffef4ea93e59bebbeaf7f431bb02b1a39ee8a59"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["ray"] = C.hexs(rng, 16)
    s["cfkeys"] = C.hexs(rng, 8)
    ver = "6.4" if when < dt.datetime(2022, 9, 1) else ("7.3" if when < dt.datetime(2024, 10, 1) else "24.2")
    if prev.get("export") is None or prev["export"][0] != ver or rng.random() < 0.25:
        changed = when - dt.timedelta(hours=rng.randint(1, 300), seconds=rng.randint(0, 3599))
        split = (ver == "7.3" and rng.random() < 0.6)
        s["export"] = (ver, changed.strftime("%Y-%m-%dT%H:%M:%S.") + "%09d" % (rng.randint(0, 999) * 1000000), split)
    else:
        s["export"] = prev["export"]
    s["beacon"] = ("2021.12.0" if when < dt.datetime(2022, 6, 1) else "2023.3.0" if when < dt.datetime(2023, 11, 1)
                   else "2024.8.0" if when < dt.datetime(2025, 5, 1) else "2025.4.0-1")
    return s


LABELS = {
    "ray": "Cloudflare Web Analytics beacon rayId (per request)",
    "cfkeys": "Cloudflare email obfuscation keys (per request)",
    "export": "LibreOffice re-export (generator, changed timestamp, font markup, address as <br/> lines vs paragraphs)",
    "beacon": "Cloudflare beacon script version",
}


def render(s, blocks, when):
    ver, changed, _ = s["export"]
    style = ('\t\t@page { size: 21cm 29.7cm; margin: 2cm }\n'
             '\t\tp { margin-bottom: 0.25cm; line-height: 115%%; background: transparent }\n'
             '\t\th1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }\n'
             '\t\th1.western { font-family: "%s", sans-serif; font-size: 18pt; font-weight: bold }\n'
             '\t\th2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }\n'
             '\t\th2.western { font-family: "%s", sans-serif; font-size: 14pt; font-weight: bold }\n'
             '\t\ta:link { color: #000080; so-language: zxx; text-decoration: underline }\n'
             % (("Arial", "Arial") if ver == "6.4" else ("Liberation Sans", "Liberation Sans")))
    beacon = ('<script defer src="https://static.cloudflareinsights.com/beacon.min.js/v%s" '
              'data-cf-beacon=\'{"rayId":"%s","version":"%s","token":"9c2e41f07b3a4d55a1e6c0d8f27b9e13","r":1,"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true},"location_startswith":null}}\' '
              'crossorigin="anonymous"></script>' % (C.det_sha(s["beacon"])[:40], s["ray"], s["beacon"]))
    head = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n'
            '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n\t<title>Adatkezelési tájékoztató – Bástya Hostel</title>\n'
            '\t<meta name="generator" content="%s"/>\n\t<meta name="author" content="Szabó Eszter"/>\n'
            '\t<meta name="created" content="2019-05-14T09:41:00"/>\n\t<meta name="changedby" content="Szabó Eszter"/>\n'
            '\t<meta name="changed" content="%s"/>\n\t<style type="text/css">\n%s\t</style>\n</head>\n'
            % (GEN[ver], changed, style))
    return (head + '<body lang="hu-HU" link="#000080" vlink="#800000" dir="ltr">'
            + body(s, blocks)
            + '\n<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'
            + beacon + '</body>\n</html>')


def gold_md(blocks):
    md = C.blocks_md(blocks, URL)
    return re.sub(r"\[([^\]\[]*@[^\]\[]*)\]\(mailto:[^)]*\)",
                  lambda m: "[\\[email protected\\]](%s/cdn-cgi/l/email-protection)" % HOST
                  if "@" in m.group(1) else m.group(0), md)


PAGE = {
    "service": "Bástya Hostel", "url": URL, "lang": "hu-HU", "platform": "LibreOffice Writer HTML export, static file behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC")),
    "n": 30, "start": dt.date(2021, 4, 12), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["body"], "remove": ["script"]},
}
