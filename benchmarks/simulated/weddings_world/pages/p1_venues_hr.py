"""Croatian wedding-venue directory on ASP.NET WebForms (master page, UpdatePanel, Telerik-edited content).

Per visit: __VIEWSTATE / __EVENTVALIDATION, a "n parova danas traži prostor" counter in the sidebar, a
"Generirano: ..." stamp the page template prints *inside* the content panel (the curator removes it), and a
sticky "Izdvojeni prostor tjedna" venue card with its rating; deployments change the ScriptResource/WebResource
`t=` stamps and the __VIEWSTATEGENERATOR.
"""
import datetime as dt
import html

import common as C

MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
          "listopada", "studenoga", "prosinca"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Politika privatnosti

Posljednja izmjena: {UPDATED}

Svadbeni prostori d.o.o. vodi internetski vodič svadbeni-prostori.hr u kojem parovi mogu pretraživati dvorane, restorane, vinarije, dvorce i druge prostore za vjenčanja te poslati upit izravno pružatelju. Zaštita vaših osobnih podataka za nas je važna, pa u ovoj politici objašnjavamo koje podatke prikupljamo, zašto ih obrađujemo, s kim ih dijelimo i koja prava imate prema Općoj uredbi o zaštiti podataka (EU) 2016/679 (GDPR) i Zakonu o provedbi Opće uredbe o zaštiti podataka.

## 1. Voditelj obrade

Voditelj obrade vaših osobnih podataka je:

@ Svadbeni prostori d.o.o.
@ Ulica grada Vukovara 271
@ 10000 Zagreb, Hrvatska
@ OIB: 48213975160
@ E-pošta: privatnost@svadbeni-prostori.hr

Imenovali smo službenika za zaštitu podataka kojem se možete obratiti za sva pitanja u vezi s obradom vaših podataka na adresi dpo@svadbeni-prostori.hr ili na broj telefona +385 1 6390 214, radnim danom od 9 do 16 sati.

## 2. Koje podatke prikupljamo

Podatke prikupljamo kada ih sami unesete na stranici, kada se registrirate kao par ili kao pružatelj usluga te automatski kada koristite naše stranice. Ovisno o tome kako se koristite vodičem, obrađujemo:

- **identifikacijske i kontaktne podatke**: ime i prezime, adresu e-pošte, broj mobitela;
- **podatke o vjenčanju**: okvirni datum, željenu lokaciju, broj uzvanika, budžet i posebne zahtjeve koje navedete u upitu;
- **podatke o korisničkom računu**: korisničko ime, lozinku u kriptiranom obliku, spremljene prostore i popise favorita;
- **sadržaj komunikacije**: poruke koje razmijenite s pružateljima putem našeg sustava za upite;
- **podatke o pružateljima usluga**: naziv tvrtke, OIB, kontakt osobu, podatke za naplatu i fotografije prostora;
- **tehničke podatke**: IP adresu, vrstu preglednika i uređaja, stranice koje ste posjetili i vrijeme posjeta.

Ne tražimo i ne želimo primati posebne kategorje osobnih podataka, primjerice podatke o zdravlju ili vjerskim uvjerenjima. Molimo vas da takve podatke ne upisujete u slobodna polja upita.

## 3. Svrhe i pravne osnove obrade

| Svrha obrade | Pravna osnova | Kategorije podataka |
| Prosljeđivanje vašeg upita odabranom prostoru | izvršenje ugovora o korištenju usluge (čl. 6. st. 1. t. (b) GDPR-a) | kontaktni podaci, podaci o vjenčanju, sadržaj poruke |
| Vođenje korisničkog računa i popisa favorita | izvršenje ugovora | podaci o računu |
| Slanje newslettera s inspiracijom i ponudama | privola (čl. 6. st. 1. t. (a) GDPR-a) | adresa e-pošte |
| Mjerenje posjećenosti i poboljšanje stranica | privola za analitičke kolačiće | tehnički podaci |
| Izdavanje računa pružateljima usluga | pravna obveza (čl. 6. st. 1. t. (c) GDPR-a) | podaci o pružateljima |
| Sprječavanje zlouporabe i lažnih upita | legitimni interes (čl. 6. st. 1. t. (f) GDPR-a) | tehnički podaci, sadržaj komunikacije |

Kada se obrada temelji na privoli, možete je u svakom trenutku povući, bez utjecaja na zakonitost obrade prije povlačenja.

## 4. Upiti prema pružateljima usluga

Kada putem obrasca „Pošalji upit” kontaktirate prostor, vaše ime, kontaktne podatke, okvirni datum, broj uzvanika i poruku prosljeđujemo tom pružatelju. Pružatelj vaše podatke obrađuje kao samostalni voditelj obrade kako bi vam odgovorio i pripremio ponudu, u skladu sa svojom politikom privatnosti. Preporučujemo da se s njom upoznate prije potpisivanja ugovora.

Ako jednim upitom kontaktirate više prostora, podatke dobiva svaki od odabranih pružatelja. Mi ne sudjelujemo u sklapanju ugovora između vas i pružatelja niti obrađujemo plaćanja kapara.

## 5. Kolačići i slične tehnologije

Na stranicama koristimo nužne kolačiće bez kojih stranica ne bi radila (primjerice za prijavu i za pamćenje vašeg izbora kolačića) te, uz vašu privolu, analitičke i marketinške kolačiće. Postavke možete promijeniti u bilo kojem trenutku putem poveznice „Postavke kolačića” u podnožju stranice. Popis svih kolačića s rokovima trajanja nalazi se u alatu za upravljanje privolama.

## 6. Primatelji podataka

Osim pružateljima kojima sami pošaljete upit, vaše podatke mogu obrađivati naši izvršitelji obrade na temelju ugovora o obradi podataka:

| Izvršitelj obrade | Usluga | Sjedište |
| Infobip d.o.o. | slanje SMS obavijesti o odgovorima na upit | Hrvatska |
| Microsoft Ireland Operations Ltd. | smještaj poslužitelja (Azure) i poslovna e-pošta | Irska |
| Google Ireland Ltd. | Google Analytics 4, mjerenje posjećenosti | Irska |
| Cybot A/S | upravljanje privolama (Cookiebot) | Danska |
| Financijska agencija (Fina) | fiskalizacija i e-računi | Hrvatska |

Podatke možemo dostaviti i nadležnim tijelima kada smo na to obvezni zakonom, primjerice na zahtjev suda ili Porezne uprave.

## 7. Prijenos podataka izvan EGP-a

Vaše podatke u pravilu obrađujemo unutar Europskog gospodarskog prostora. Ako neki izvršitelj obrade pristupa podacima iz treće zemlje, primjerice iz SAD-a radi tehničke podrške, prijenos se temelji na Okviru za privatnost podataka između EU-a i SAD-a ili na standardnim ugovornim klauzulama Europske komisije.

## 8. Koliko dugo čuvamo podatke

- upite i poruke razmijenjene s pružateljima čuvamo 24 mjeseca od slanja upita;
- podatke o korisničkom računu čuvamo dok račun ne izbrišete, a neaktivne račune brišemo nakon tri godine;
- adresu e-pošte za newsletter čuvamo do odjave;
- račune i poslovnu dokumentaciju s pružateljima čuvamo 11 godina, kako propisuje Zakon o računovodstvu;
- zapisnike poslužitelja čuvamo 90 dana.

## 9. Vaša prava

U vezi s obradom svojih podataka imate pravo:

- zatražiti pristup podacima i njihovu kopiju;
- zatražiti ispravak netočnih podataka;
- zatražiti brisanje podataka („pravo na zaborav”);
- zatražiti ograničenje obrade;
- na prenosivost podataka koje ste nam dali;
- uložiti prigovor na obradu koja se temelji na legitimnom interesu;
- povući privolu u bilo kojem trenutku.

Zahtjev nam možete poslati e-poštom na privatnost@svadbeni-prostori.hr ili poštom na adresu sjedišta. Odgovorit ćemo bez odgađanja, a najkasnije u roku od mjesec dana. Radi zaštite vaših podataka možemo zatražiti dodatnu potvrdu identiteta.

## 10. Sigurnost podataka

Primjenjujemo odgovarajuće tehničke i organizacijske mjere: šifriranu vezu (HTTPS), kontrolu pristupa po načelu najmanjih ovlasti, redovite sigurnosne kopije i edukaciju zaposlenika. Pružatelji usluga pristupaju samo upitima koji su upućeni njima.

## 11. Maloljetnici

Vodič je namijenjen punoljetnim osobama. Svjesno ne prikupljamo podatke osoba mlađih od 16 godina.

## 12. Izmjene politike privatnosti

Ovu politiku povremeno ažuriramo. O bitnim izmjenama obavijestit ćemo registrirane korisnike e-poštom, a datum posljednje izmjene uvijek je naveden na vrhu stranice.

## 13. Pritužbe

Ako smatrate da obrada vaših podataka krši propise, možete podnijeti pritužbu nadzornom tijelu:

@ Agencija za zaštitu osobnih podataka (AZOP)
@ Selska cesta 136
@ 10000 Zagreb
@ [www.azop.hr](https://azop.hr/)
"""

EDITS = [
    {"note": "typo fixed: 'kategorje' -> 'kategorije' (no new date)",
     "repl": [("posebne kategorje osobnih", "posebne kategorije osobnih")], "bump": False},
    {"note": "processor added to the table: Brevo for the newsletter",
     "repl": [("| Cybot A/S | upravljanje privolama (Cookiebot) | Danska |",
               "| Cybot A/S | upravljanje privolama (Cookiebot) | Danska |\n"
               "| Sendinblue SAS (Brevo) | slanje newslettera i obavijesti e-poštom | Francuska |")]},
    {"note": "retention of enquiries shortened from 24 to 12 months",
     "repl": [("čuvamo 24 mjeseca od slanja upita", "čuvamo 12 mjeseci od slanja upita")]},
    {"note": "subsection added: reviews and ratings of venues",
     "repl": [("niti obrađujemo plaćanja kapara.",
               "niti obrađujemo plaćanja kapara.\n\n### Recenzije i ocjene\n\n"
               "Nakon vjenčanja možemo vas pozvati da ocijenite prostor. Uz recenziju objavljujemo vaše ime i "
               "početno slovo prezimena te mjesec vjenčanja. Pružatelj može javno odgovoriti na recenziju. "
               "Recenziju možete urediti ili zatražiti njezino uklanjanje u bilo kojem trenutku.")]},
    {"note": "one word inserted: 'vašoj' (privoli)",
     "repl": [("Kada se obrada temelji na privoli,", "Kada se obrada temelji na vašoj privoli,")]},
    {"note": "office moved: controller address and DPO phone number changed",
     "repl": [("@ Ulica grada Vukovara 271\n", "@ Radnička cesta 80\n"),
              ("+385 1 6390 214", "+385 1 7757 030")]},
]

VENUES = [("Dvorac Mirnica", "Hrvatsko zagorje", "4,9", 212, "dvorac-mirnica"),
          ("Vinarija Vrhovec", "Momjan, Istra", "4,8", 96, "vinarija-vrhovec"),
          ("Restoran Zlatna Luka", "Split", "4,7", 158, "restoran-zlatna-luka"),
          ("Hotel Panorama – Kristalna dvorana", "Zagreb", "4,9", 301, "hotel-panorama-kristalna-dvorana"),
          ("Imanje Dolina Sunca", "Samobor", "4,6", 74, "imanje-dolina-sunca"),
          ("Ladanjska kuća Olea", "Poreč", "4,8", 63, "ladanjska-kuca-olea")]


def parova(n):
    if n % 10 == 1 and n % 100 != 11:
        return "par"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "para"
    return "parova"


def noise(rng, when, i, prev):
    prev = prev or {}
    season = 1.8 if when.month in (1, 2, 3, 4, 10, 11) else 1.0  # couples look for venues in winter/spring
    return {
        "viewstate": C.b64tok(rng, 1180),
        "eventvalidation": C.b64tok(rng, 212),
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.12,
                            lambda: (C.hexs(rng, 8).upper(), 638000000000000000 + rng.randint(0, 9 ** 17),
                                     "ffffffff" + C.hexs(rng, 8))),
        "counter": int(rng.randint(40, 190) * season),
        "featured": C.keep_or(rng, prev.get("featured"), 0.35, lambda: rng.randrange(len(VENUES))),
        "stamp": (when + dt.timedelta(seconds=rng.randint(0, 3))).strftime("%d.%m.%Y. %H:%M:%S").lstrip("0"),
    }


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION",
          "deploy": "deployment (ScriptResource t=, VIEWSTATEGENERATOR)",
          "counter": "'parova danas' counter (sidebar)", "featured": "featured venue card (sidebar)",
          "stamp": "'Generirano' stamp inside the content panel (removed by the declaration)"}


NAV = [("Prostori", "/Prostori/Pretraga.aspx"), ("Vinarije", "/Prostori/Vinarije.aspx"),
       ("Dvorci i imanja", "/Prostori/Dvorci.aspx"), ("Na otvorenom", "/Prostori/NaOtvorenom.aspx"),
       ("Inspiracija", "/Inspiracija/"), ("Za pružatelje", "/Pruzatelji/Prijava.aspx")]


def render(state, blocks, when):
    gen, ticks, srt = state["deploy"]
    v = VENUES[state["featured"]]
    n = state["counter"]
    nav = "\n".join('\t\t\t<li><a id="ctl00_ucIzbornik_rptIzbornik_ctl%02d_lnkStavka" href="%s">%s</a></li>'
                    % (k, u, html.escape(t)) for k, (t, u) in enumerate(NAV))
    body = C.blocks_html(blocks, {"table": "tablica", "ul": "popis"})
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="hr" xml:lang="hr">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	Politika privatnosti | Svadbeni prostori – vodič za vjenčanja
</title>
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="6a2f41d7-93c5-4e0b-b8f1-2d74c0e9a513" data-blockingmode="auto" data-culture="HR" type="text/javascript"></script>
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2HB4K1M"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-7QX2HB4K1M', { 'anonymize_ip': true });
    </script>
<link href="/App_Themes/Svadba/01_reset.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Svadba/02_stil.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Svadba/03_mobitel.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" /><meta name="description" content="Kako Svadbeni prostori d.o.o. prikuplja i štiti osobne podatke parova i pružatelja usluga." /></head>
<body class="podstranica">
    <form method="post" action="./Privatnost.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=%(ticks)d" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgu8m4m1mWdU2nE9QyG8ItztI6Zuy2V6p0WcZv7q3xF2i4CVsPzHfTGx5fLG0pRSqP6YwBlq5pS9H0h2D8Gx1k41&amp;t=%(srt)s" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OFdK9t0KzGZQYcQ8m0Fi4oB0nS0r6iP9cM2qgQvI5AyXl3kR8s7TbHnE1fWj2uZpDq4LxC0vYs6Ng3eKa7Mh5oJ81&amp;t=%(srt)s" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$smGlavni', 'aspnetForm', ['tctl00$upNewsletter','ctl00_upNewsletter'], [], [], 90, 'ctl00');
//]]>
</script>

        <div id="zaglavlje">
            <div class="omotac">
                <a id="ctl00_lnkLogo" class="logo" href="/"><img src="/App_Themes/Svadba/img/logo-svadbeni-prostori.png" alt="Svadbeni prostori" /></a>
                <ul id="izbornik">
%(nav)s
		</ul>
                <a id="ctl00_lnkPrijava" class="prijava" href="/Korisnik/Prijava.aspx">Prijava</a>
            </div>
        </div>
        <div id="mrvice" class="omotac"><a href="/">Naslovnica</a> &raquo; <span>Politika privatnosti</span></div>
        <div id="sadrzaj" class="omotac clearfix">
            <div id="lijevo" class="glavni">
                
    <div id="ctl00_cphSadrzaj_pnlTekst" class="tekst-stranice">
	
%(body)s
        <p class="osvjezeno"><span id="ctl00_cphSadrzaj_lblOsvjezeno">Generirano: %(stamp)s</span></p>
    
</div>

            </div>
            <div id="desno" class="sidebar">
                <div class="kutija brojac">
                    <span class="ikona-srce"></span>
                    <span id="ctl00_ucBrojac_lblBroj" class="broj">%(n)d</span> %(parova)s danas traži prostor za vjenčanje
                </div>
                <div class="kutija izdvojeno">
                    <h4>Izdvojeni prostor tjedna</h4>
                    <a id="ctl00_ucIzdvojeno_lnkProstor" href="/Prostor/%(vslug)s.aspx"><img src="/Slike/Prostori/%(vslug)s/naslovna_320x200.jpg" alt="%(vname)s" /></a>
                    <p class="naziv"><a href="/Prostor/%(vslug)s.aspx">%(vname)s</a></p>
                    <p class="mjesto">%(vplace)s</p>
                    <p class="ocjena"><span class="zvjezdice z%(vstars)s"></span> %(vrate)s (%(vrev)d recenzija)</p>
                </div>
                <div id="ctl00_upNewsletter">
	
                        <div class="kutija newsletter">
                            <h4>Inspiracija za vaše vjenčanje</h4>
                            <p>Prijavite se na newsletter i primajte nove prostore i savjete.</p>
                            <input name="ctl00$txtEmail" type="text" id="ctl00_txtEmail" class="polje" placeholder="vaša e-pošta" />
                            <input type="submit" name="ctl00$btnPrijava" value="Prijavi me" id="ctl00_btnPrijava" class="gumb" />
                        </div>
                    
</div>
            </div>
        </div>
        <div id="podnozje">
            <div class="omotac">
                <ul class="podnozje-poveznice">
                    <li><a href="/Stranice/UvjetiKoristenja.aspx">Uvjeti korištenja</a></li>
                    <li><a href="/Stranice/Privatnost.aspx">Politika privatnosti</a></li>
                    <li><a href="javascript: Cookiebot.renew()">Postavke kolačića</a></li>
                    <li><a href="/Stranice/Kontakt.aspx">Kontakt</a></li>
                </ul>
                <p>&copy; 2011&ndash;%(year)d Svadbeni prostori d.o.o. Sva prava pridržana.</p>
            </div>
        </div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":"ctl00_upNewsletter","displayAfter":500,"dynamicLayout":true}, null, null, $get("ctl00_upProgress"));
});
//]]>
</script>
</form>
</body>
</html>
""" % {"vs": state["viewstate"], "ev": state["eventvalidation"], "gen": gen, "ticks": ticks, "srt": srt,
       "nav": nav, "body": body, "stamp": state["stamp"], "n": n, "parova": parova(n),
       "vslug": v[4], "vname": html.escape(v[0]), "vplace": html.escape(v[1]), "vstars": v[2].replace(",", ""),
       "vrate": v[2], "vrev": v[3], "year": when.year}


PAGE = {
    "service": "Svadbeni prostori",
    "url": "https://www.svadbeni-prostori.hr/Stranice/Privatnost.aspx",
    "lang": "hr",
    "platform": "ASP.NET WebForms 4.8 (master page, UpdatePanel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2021, 3, 1),
    "end": dt.date(2024, 10, 30),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2020, 11, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.svadbeni-prostori.hr/Stranice/Privatnost.aspx",
                    "select": "#ctl00_cphSadrzaj_pnlTekst",
                    "remove": ".osvjezeno"},
}
