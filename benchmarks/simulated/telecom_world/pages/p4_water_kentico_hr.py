"""Vodovod Jadran (Split) - hr-HR - Kentico (portal engine, ASP.NET WebForms), a municipal water utility.

One <form id="form"> around the whole page with __CMSCsrfToken, __VIEWSTATE and WebResource.axd (t= changes at
deploys); a repeater of supply-interruption notices ("Obavijest o prekidu vodoopskrbe") above the content; the
main zone holds, in order, a breadcrumb web part, a print/share/font-size toolbar, the EditableText web part with
the policy, the document's "Zadnja izmjena" (DocumentModifiedWhen) stamp, and a downloads repeater whose PDF
sizes and entries change; water-quality readings (chlorine, pH, turbidity) in the right zone. The contributor
takes the main zone and removes the four non-policy web parts."""
import datetime as dt
import common as C

URL = "https://www.vodovod-jadran.hr/o-nama/zastita-osobnih-podataka"
MJ = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
      "studenoga", "prosinca"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MJ[d.month - 1], d.year)


POLICY = """
# Izjava o zaštiti osobnih podataka

Datum posljednje izmjene: {UPDATED}

Vodovod Jadran d.o.o. javni je isporučitelj vodnih usluga vodoopskrbe i odvodnje na području Splita, Solina, Kaštela i Podstrane. Ovom izjavom obavještavamo korisnike vodnih usluga o obradi njihovih osobnih podataka.

## Voditelj obrade

Vodovod Jadran d.o.o., Biokovska 3, 21000 Split, OIB 56826139047.

Službenik za zaštitu osobnih podataka dostupan je na adresi [szop@vodovod-jadran.hr](mailto:szop@vodovod-jadran.hr) i na telefonu 021 407 333.

## Koje podatke obrađujemo

- ime i prezime, OIB i adresu obračunskog mjesta;
- broj vodomjera i očitanja potrošnje;
- podatke o plaćanju i dugovanjima;
- sadržaj prijava kvarova i reklamacija.

## Svrhe i pravna osnova

Podatke obrađujemo radi pružanja vodnih usluga i obračuna potrošnje na temelju Zakona o vodnim uslugama, radi naplate potraživanja te radi rješavanja prigovora potrošača.

## Rokovi čuvanja

| Podaci | Rok čuvanja |
| Ugovori i računi | 11 godina |
| Očitanja vodomjera | 5 godina |
| Prijave kvarova | 2 godine |

## Prava ispitanika

Imate pravo na pristup, ispravak, brisanje, ograničenje obrade i prigovor. Pritužbu možete podnijeti [Agenciji za zaštitu osobnih podataka](https://azop.hr/prava-ispitanika/).
"""

EDITS = [
    {"note": "purposes: e-invoices delivered through Fina's e-Račun service acting as processor (new paragraph)",
     "repl": [("te radi rješavanja prigovora potrošača.", "te radi rješavanja prigovora potrošača.\n\nRačune u elektroničkom obliku dostavljamo putem servisa e-Račun Financijske agencije (Fina), koja pritom djeluje kao naš izvršitelj obrade.")]},
    {"note": "new section 'Videonadzor' (CCTV at pumping stations and the customer office) and a retention-table row for it",
     "repl": [("## Rokovi čuvanja", "## Videonadzor\n\nCrpne stanice, vodospreme i korisnički centar u Biokovskoj ulici pod videonadzorom su radi zaštite imovine i sigurnosti vodoopskrbe.\n\n## Rokovi čuvanja"),
              ("| Prijave kvarova | 2 godine |", "| Prijave kvarova | 2 godine |\n| Snimke videonadzora | 30 dana |")]},
    {"note": "meter-reading retention 5 -> 3 years (silent, date not bumped)", "bump": False,
     "repl": [("| Očitanja vodomjera | 5 godina |", "| Očitanja vodomjera | 3 godine |")]},
    {"note": "complaint sentence reworded and AZOP link target changed",
     "repl": [("Pritužbu možete podnijeti [Agenciji za zaštitu osobnih podataka](https://azop.hr/prava-ispitanika/).",
               "Zahtjev za utvrđivanje povrede prava možete podnijeti [Agenciji za zaštitu osobnih podataka](https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/).")]},
    {"note": "DPO contact changed (new e-mail address and phone number)",
     "repl": [("dostupan je na adresi [szop@vodovod-jadran.hr](mailto:szop@vodovod-jadran.hr) i na telefonu 021 407 333.",
               "dostupan je na adresi [zastita.podataka@vodovod-jadran.hr](mailto:zastita.podataka@vodovod-jadran.hr) i na telefonu 021 407 300.")]},
]

STREETS = ["Put Brodarice", "Ulica Domovinskog rata", "Kaštel Sućurac, Cesta dr. Franje Tuđmana", "Solin, Zvonimirova",
           "Podstrana, Put Grljevca", "Mejaši", "Žnjan, Put Trstenika", "Kaštel Stari, Obala kralja Tomislava"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 30), "/wEPDwULLTE" + C.b64tok(rng, rng.randint(180, 260)))
    s["webresource"] = C.keep_or(rng, prev.get("webresource"), 0.25,
                                 lambda: (C.b64tok(rng, 60).replace("+", "-").replace("/", "_").rstrip("="),
                                          rng.randint(637000000000000000, 638500000000000000)))
    k = rng.choice([0, 0, 1, 1, 2, 3])
    s["interruptions"] = tuple((st, (when + dt.timedelta(days=rng.randint(0, 3))).strftime("%d.%m.%Y."),
                                "%02d:00 - %02d:00" % (h, h + rng.randint(2, 6)))
                               for st, h in zip(rng.sample(STREETS, k), [rng.randint(7, 12) for _ in range(k)]))
    s["quality"] = ("%.2f" % rng.uniform(0.18, 0.45), "%.1f" % rng.uniform(7.2, 7.9), "%.2f" % rng.uniform(0.05, 0.6))
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.35,
                              lambda: (when - dt.timedelta(days=rng.randint(0, 30), minutes=rng.randint(0, 600))))
    s["downloads"] = C.keep_or(rng, prev.get("downloads"), 0.25,
                               lambda: (rng.randint(120, 160), rng.randint(80, 99), rng.random() < 0.5 or when.year >= 2024))
    return s


LABELS = {
    "tokens": "per-visit __CMSCsrfToken and __VIEWSTATE",
    "webresource": "WebResource.axd d=/t= (deploys)",
    "interruptions": "supply-interruption notices repeater",
    "quality": "water-quality readings in right zone",
    "modified": "'Zadnja izmjena' DocumentModifiedWhen stamp (main zone, removed)",
    "downloads": "downloads repeater in main zone (file sizes, new form; removed)",
}


def render(s, blocks, when):
    csrf, vs = s["tokens"]
    wd, wt = s["webresource"]
    body = C.blocks_html(blocks, {"table": "tablica"})
    if s["interruptions"]:
        notes = "".join('<div class="obavijest"><span class="obavijest-datum">%s</span> <a href="/obavijesti/prekid-vodoopskrbe-%s">'
                        'Prekid vodoopskrbe: %s, od %s</a></div>' % (d, C.det_sha(st, d)[:6], st, h)
                        for st, d, h in s["interruptions"])
    else:
        notes = '<div class="obavijest obavijest-nema">Trenutačno nema najavljenih prekida vodoopskrbe.</div>'
    kb1, kb2, new = s["downloads"]
    dl = ['<li><a href="/getmedia/3f1c9b2e-5a7d-4e61-8c0f-2b9d4a6e1f73/Zahtjev-za-ostvarivanje-prava.pdf.aspx">Zahtjev za ostvarivanje prava ispitanika</a> <span class="size">(PDF, %d kB)</span></li>' % kb1,
          '<li><a href="/getmedia/a7e2d4c1-9b3f-4a58-b6d2-0e1c8f5a3b97/Privola-e-racun.pdf.aspx">Privola za dostavu e-računa</a> <span class="size">(PDF, %d kB)</span></li>' % kb2]
    if new:
        dl.append('<li><a href="/getmedia/c2b8f6a4-1d3e-4f79-a0b5-7e9d2c4f6a18/Pravilnik-o-videonadzoru.pdf.aspx">Pravilnik o videonadzoru</a> <span class="size">(PDF, 211 kB)</span></li>')
    cl, ph, mu = s["quality"]
    wp = "p_lt_ctl04_pageplaceholder_p_lt_ctl0%d"
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="hr-HR">\n<head id="head"><title>\n\tZaštita osobnih podataka - Vodovod Jadran d.o.o.\n</title>'
            '<meta http-equiv="content-type" content="text/html; charset=UTF-8" /> \n<meta http-equiv="pragma" content="no-cache" /> \n'
            '<meta http-equiv="content-style-type" content="text/css" /> \n<meta http-equiv="content-script-type" content="text/javascript" /> \n'
            '<link href="/CMSPages/GetResource.ashx?stylesheetname=VJ_Main" type="text/css" rel="stylesheet"/>\n'
            '<link href="/App_Themes/VodovodJadran/favicon.ico" type="image/x-icon" rel="shortcut icon"/>\n</head>\n'
            '<body class="LTR Chrome HRHR ContentBody" >\n    \n    <form method="post" action="/o-nama/zastita-osobnih-podataka" id="form">\n'
            '<div class="aspNetHidden">\n<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="%s" />\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n\n'
            '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'form\'];\nif (!theForm) {\n    theForm = document.form;\n}\n'
            'function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n'
            '        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n'
            '<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>\n\n'
            '<input type="hidden" name="lng" id="lng" value="hr-HR" />\n'
            '<script type="text/javascript">\n\t//<![CDATA[\nfunction PM_Postback(param) { if (window.top.HideScreenLockWarningAndSync) { window.top.HideScreenLockWarningAndSync(1080); } '
            'if(window.CMSContentManager) { CMSContentManager.allowSubmit = true; }; __doPostBack(\'m$am\',param); }\n//]]>\n</script>\n'
            '<div class="aspNetHidden">\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />\n</div>\n'
            '    <div id="ctxM">\n\n    </div>\n    \n'
            '<div class="header"><div class="container"><a href="/" class="logo"><img id="p_lt_ctl00_EditableImage_ucEditableImage_imgImage" '
            'src="/getmedia/9e4d2b1a-6c3f-4f8e-b7a0-1d5c3e2f4a6b/logo-vodovod-jadran.png.aspx?width=220&amp;height=64&amp;ext=.png" alt="Vodovod Jadran" /></a>'
            '<ul id="menuElem" class="CMSListMenuUL"><li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/korisnici">Korisnici</a></li>'
            '<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/obavijesti">Obavijesti</a></li><li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/kakvoca-vode">Kakvoća vode</a></li>'
            '<li class="CMSListMenuHighlightedLI"><a class="CMSListMenuLinkHighlighted" href="/o-nama">O nama</a></li></ul>'
            '<div class="dezurna">Dežurna služba 0-24: <a href="tel:+38521407999">021 407 999</a></div></div></div>\n'
            '<div class="obavijesti-prekid" id="p_lt_ctl02_Repeater_repItems">%s</div>\n'
            '<div class="container content-wrap">\n'
            '<div class="zoneLeft"><ul class="CMSListMenuUL submenu"><li><a href="/o-nama/o-drustvu">O društvu</a></li><li><a href="/o-nama/pravo-na-pristup-informacijama">Pravo na pristup informacijama</a></li>'
            '<li class="active"><a href="/o-nama/zastita-osobnih-podataka">Zaštita osobnih podataka</a></li><li><a href="/o-nama/natjecaji">Natječaji</a></li></ul></div>\n'
            '<div class="zoneMain">\n'
            '<div id="%s_Breadcrumbs" class="breadcrumbs"><a href="/" class="CMSBreadCrumbsLink">Naslovnica</a> &gt; <a href="/o-nama" class="CMSBreadCrumbsLink">O nama</a> &gt; '
            '<span  class="CMSBreadCrumbsCurrentItem">Zaštita osobnih podataka</span></div>\n'
            '<div class="print-toolbar"><a href="javascript:window.print();" class="print">Ispiši</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s" class="share">Podijeli</a> '
            '<a href="#" class="font-plus">A+</a> <a href="#" class="font-minus">A-</a></div>\n'
            '<div id="%s_EditableText_ucEditableText" class="text-content">\n%s\n</div>\n'
            '<div class="doc-modified">Zadnja izmjena: %s</div>\n'
            '<div class="downloads"><h3>Dokumenti za preuzimanje</h3><ul>%s</ul></div>\n'
            '</div>\n'
            '<div class="zoneRight"><div class="kakvoca"><h3>Kakvoća vode</h3><p>Slobodni klor: <strong>%s mg/l</strong><br />pH: <strong>%s</strong><br />'
            'Mutnoća: <strong>%s NTU</strong></p><p class="small">Uzorkovano %s, Laboratorij Vodovoda Jadran</p>'
            '<a href="/kakvoca-vode">Rezultati analiza</a></div>'
            '<div class="e-racun"><a href="/korisnici/e-racun"><img src="/getmedia/5b2a7c3d-8e1f-4a69-9c0d-3f6e1b2a4c5d/banner-e-racun.jpg.aspx" alt="Prijavite se za e-račun" /></a></div></div>\n'
            '</div>\n'
            '<div class="footer"><div class="container"><p>Vodovod Jadran d.o.o. · Biokovska 3 · 21000 Split · OIB 56826139047</p>'
            '<p>Korisnička služba: 021 407 333 · <a href="/o-nama/zastita-osobnih-podataka">Zaštita osobnih podataka</a> · <a href="/kolacici">Kolačići</a></p>'
            '<p>© %d Vodovod Jadran d.o.o.</p></div></div>\n'
            '<script type="text/javascript">\n//<![CDATA[\nWebServiceCall(\'/cmsapi/webanalytics\', \'LogHit\', JSON.stringify({"NodeAliasPath":"/O-nama/Zastita-osobnih-podataka",'
            '"DocumentCultureCode":"hr-HR","UrlReferrer":""}))\n//]]>\n</script>\n'
            '</form>\n</body>\n</html>\n'
            % (csrf, vs, wd, wt, notes, wp % 0, URL, wp % 1, body, s["modified"].strftime("%d.%m.%Y. %H:%M"), "".join(dl),
               cl, ph, mu, when.strftime("%d.%m.%Y."), when.year))


PAGE = {
    "service": "Vodovod Jadran", "url": URL, "lang": "hr-HR", "platform": "Kentico Xperience",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 29, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 8, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".zoneMain"],
                    "remove": [".zoneMain .breadcrumbs", ".print-toolbar", ".doc-modified", ".zoneMain .downloads"]},
}
