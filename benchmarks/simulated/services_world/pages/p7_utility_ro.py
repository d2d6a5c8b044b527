"""Apa Carpati - ro water utility (municipal operator) - hand-built ASP.NET WebForms site, windows-1250, table layout."""
import datetime as dt
import common as C

URL = "https://www.apacarpati.ro/Pagini/PoliticaConfidentialitate.aspx"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


# legacy site: cedilla forms ş ţ (windows-1250), as such sites typically have
POLICY = """
# Politica de confidenţialitate

Actualizată la data de {UPDATED}

S.C. Apa Carpaţi S.A., operator regional al serviciului public de alimentare cu apă şi de canalizare, prelucrează datele cu caracter personal ale utilizatorilor în conformitate cu Regulamentul (UE) 2016/679.

## Operatorul de date

S.C. Apa Carpaţi S.A., cu sediul în Braşov, str. Vlad Ţepeş nr. 15, CUI RO1102256, telefon 0268 405 000, e-mail [protectiadatelor@apacarpati.ro](mailto:protectiadatelor@apacarpati.ro).

## Categorii de date prelucrate

- nume, prenume, CNP (pentru persoane fizice), adresa locului de consum;
- codul de client şi indexul contorului;
- date privind facturarea şi plăţile;
- numărul de telefon şi adresa de e-mail, dacă le comunicaţi.

## Scopul prelucrării

Datele sunt prelucrate pentru încheierea şi executarea contractului de furnizare/prestare a serviciului, emiterea facturilor, recuperarea debitelor şi soluţionarea sesizărilor privind avariile.

## Durata stocării

Datele aferente contractului se păstrează pe durata contractului şi 10 ani după încetarea acestuia, conform legislaţiei financiar-contabile.

## Drepturile dumneavoastră

Aveţi dreptul de acces, rectificare, ştergere, restricţionare, portabilitate şi opoziţie. Cererile se depun la registratura societăţii sau prin e-mail. Aveţi dreptul să depuneţi plângere la Autoritatea Naţională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).
"""

EDITS = [
    {"note": "new section on the online customer portal 'Contul meu' and e-invoice",
     "repl": [("## Durata stocării", "## Contul meu şi factura electronică\n\nDacă vă creaţi un cont în portalul „Contul meu”, prelucrăm adresa de e-mail, parola (stocată criptat) şi istoricul autocitirilor transmise. Factura electronică se transmite numai la cererea dumneavoastră.\n\n## Durata stocării")]},
    {"note": "categories: smart-meter (telecitire) consumption data bullet added",
     "repl": [("- codul de client şi indexul contorului;", "- codul de client şi indexul contorului;\n- datele de consum transmise automat de contoarele cu citire la distanţă;")]},
    {"note": "DPO appointed: DPO contact sentence added to controller section",
     "repl": [("e-mail [protectiadatelor@apacarpati.ro](mailto:protectiadatelor@apacarpati.ro).", "e-mail [protectiadatelor@apacarpati.ro](mailto:protectiadatelor@apacarpati.ro).\n\nResponsabilul cu protecţia datelor poate fi contactat la adresa [dpo@apacarpati.ro](mailto:dpo@apacarpati.ro).")]},
    {"note": "call-centre recordings: retention sentence added (30 days)",
     "repl": [("conform legislaţiei financiar-contabile.", "conform legislaţiei financiar-contabile. Înregistrările convorbirilor cu dispeceratul se păstrează 30 de zile.")]},
    {"note": "rights: ANSPDCP address and website added; requests can also be made online",
     "repl": [("Cererile se depun la registratura societăţii sau prin e-mail.", "Cererile se depun la registratura societăţii, prin e-mail sau prin formularul online din portalul „Contul meu”."),
              ("(ANSPDCP).", "(ANSPDCP), B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, Bucureşti, [www.dataprotection.ro](https://www.dataprotection.ro).")]},
]
STREETS = ["str. Lungă", "B-dul Eroilor", "str. Mureşenilor", "Calea Bucureşti", "str. Zizinului", "Aleea Carpaţilor",
           "str. Iuliu Maniu", "B-dul 15 Noiembrie", "str. Toamnei", "Şos. Cristianului"]
LOCS = ["Braşov", "Săcele", "Codlea", "Râşnov", "Ghimbav", "Zărneşti"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"viewstate": C.b64tok(rng, rng.randint(600, 900)), "evval": C.b64tok(rng, 60)}
    s["outages"] = tuple((rng.choice(STREETS), rng.choice(LOCS), rng.randint(8, 14), rng.randint(2, 9)) for _ in range(rng.randint(1, 4)))
    s["counter"] = 1184223 + i * 4211 + rng.randint(0, 3000)
    s["today"] = when.date().isoformat()
    s["bulletin"] = C.keep_or(rng, prev.get("bulletin"), 0.6, lambda: (when - dt.timedelta(days=rng.randint(1, 6))).date().isoformat())
    return s


LABELS = {"viewstate": "ASP.NET __VIEWSTATE (per request)", "evval": "__EVENTVALIDATION (per request)",
          "outages": "'Avarii şi întreruperi' outage list in left column", "counter": "visitor counter",
          "today": "current date in header", "bulletin": "water-quality bulletin date"}


def render(s, blocks, when):
    d = when.date()
    outs = "".join('<tr><td class="txtMic">%s, %s</td><td class="txtMic">%02d:00 - %02d:00</td></tr>' % (st, loc, h, h + dur)
                   for st, loc, h, dur in s["outages"])
    bdate = dt.date.fromisoformat(s["bulletin"])
    cls = {"h1": "titluPagina", "h2": "subtitlu", "p": "text"}
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250" /><title>\r\n\tPolitica de confidenţialitate - Apa Carpaţi S.A.\r\n</title>'
            '<link href="../css/stil.css" rel="stylesheet" type="text/css" /></head>\r\n'
            '<body>\r\n<form name="aspnetForm" method="post" action="./PoliticaConfidentialitate.aspx" id="aspnetForm">\r\n'
            '<div>\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\r\n</div>\r\n'
            '<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nfunction __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }\r\n//]]>\r\n</script>\r\n'
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="tblPrincipal">\r\n'
            '<tr><td colspan="3" class="antet"><img src="../imagini/antet.jpg" width="980" height="140" alt="Apa Carpaţi" /><div class="data">Astăzi: %02d.%02d.%d</div></td></tr>\r\n'
            '<tr><td colspan="3" class="meniu"><a href="../Default.aspx">Acasă</a> | <a href="Despre.aspx">Despre noi</a> | <a href="Clienti.aspx">Clienţi</a> | <a href="Autocitire.aspx">Autocitire</a> | '
            '<a href="Tarife.aspx">Tarife</a> | <a href="Achizitii.aspx">Achiziţii publice</a> | <a href="Informatii.aspx">Informaţii de interes public</a> | <a href="Contact.aspx">Contact</a></td></tr>\r\n'
            '<tr><td width="200" valign="top" class="coloanaStanga">'
            '<div class="caseta"><div class="casetaTitlu">Dispecerat non-stop</div><p class="txtMare">0268 405 000</p></div>'
            '<div class="caseta"><div class="casetaTitlu">Avarii şi întreruperi programate</div><table id="ctl00_gvAvarii" class="grila" cellspacing="0" border="0">%s</table>'
            '<a href="Avarii.aspx">Toate anunţurile</a></div>'
            '<div class="caseta"><a href="CalitateApa.aspx">Buletin calitate apă din %02d.%02d.%d</a></div></td>\r\n'
            '<td width="20">&nbsp;</td>\r\n<td valign="top">\r\n'
            '<div id="ctl00_ContentPlaceHolder1_divContinut" class="continut">\r\n%s\r\n</div>\r\n'
            '<p class="txtMic"><a href="javascript:window.print()">Tipăreşte pagina</a></p>\r\n</td></tr>\r\n'
            '<tr><td colspan="3" class="subsol">© %d Apa Carpaţi S.A. | <a href="PoliticaConfidentialitate.aspx">Politica de confidenţialitate</a> | <a href="Cookies.aspx">Cookies</a> | '
            '<a href="http://www.anpc.ro/">ANPC</a><br />Vizitatori: <span id="ctl00_lblContor">%s</span></td></tr>\r\n</table>\r\n'
            '<div id="cookieBar" style="position:fixed;bottom:0"><span>Acest site foloseşte cookie-uri.</span> <a href="Cookies.aspx">Detalii</a> <input type="submit" name="ctl00$btnAccept" value="Accept" id="ctl00_btnAccept" /></div>\r\n'
            '<div>\r\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1B7E4F2A" />\r\n'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\r\n</div></form>\r\n'
            '<script type="text/javascript">var _gaq = _gaq || []; _gaq.push([\'_setAccount\', \'UA-1234567-1\']); _gaq.push([\'_trackPageview\']);</script>\r\n'
            '</body>\r\n</html>\r\n'
            % (s["viewstate"], d.day, d.month, d.year, outs, bdate.day, bdate.month, bdate.year,
               C.blocks_html(blocks, cls, "\r\n"), when.year, "{:,}".format(s["counter"]).replace(",", "."), s["evval"]))


PAGE = {
    "service": "Apa Carpati", "url": URL, "lang": "ro-RO", "platform": "hand-built ASP.NET WebForms (windows-1250)",
    "content_type": "text/html; charset=windows-1250", "encoding": "cp1250",
    "extra_headers": (("Server", "Microsoft-IIS/8.5"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 25, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2018, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#ctl00_ContentPlaceHolder1_divContinut"]},
}
