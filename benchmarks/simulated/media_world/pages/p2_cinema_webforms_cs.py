"""Czech multiplex cinema chain on ASP.NET WebForms (.NET Framework 4.8, master page, ScriptManager + UpdatePanel).

The policy is the body of an asp:Panel (`#ctl00_cphObsah_pnlText`, class `textova-stranka`) inside the one
server <form>. Per visit: __VIEWSTATE and __EVENTVALIDATION (new per request, the page holds a postback
cinema picker), the UpdatePanel "Dnes hrajeme" sidebar with the day's programme of the selected cinema (changes
every day), WebResource.axd/ScriptResource.axd `t=` stamps that change when the site is redeployed.
All noise sits outside the declared panel.
"""
import base64
import datetime as dt
import html
import random

import common as C

URL = "https://www.kinaaurora.cz/Stranky/OchranaOsobnichUdaju.aspx"

POLICY = """# Zásady zpracování osobních údajů

Účinné od {UPDATED}

Společnost Kina Aurora s.r.o. provozuje multikina v Praze, Brně, Ostravě, Olomouci a Hradci Králové, webové stránky www.kinaaurora.cz a mobilní aplikaci Aurora. V těchto zásadách vysvětlujeme, jak nakládáme s vašimi osobními údaji, když si u nás kupujete vstupenky, jste členem věrnostního programu Aurora Klub nebo navštívíte některé z našich kin.

## Správce osobních údajů

Správcem vašich osobních údajů je:

@ Kina Aurora s.r.o.
@ Na Florenci 2116/15
@ 110 00 Praha 1
@ IČO: 05839214, zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 271845

S dotazy k ochraně osobních údajů se můžete obrátit na našeho pověřence pro ochranu osobních údajů na e-mailu gdpr@kinaaurora.cz nebo na telefonu +420 234 567 890 (v pracovní dny 9:00–17:00).

## Jaké osobní údaje zpracováváme

- **identifikační a kontaktní údaje**: jméno, příjmení, e-mail a telefonní číslo, pokud je uvedete při nákupu nebo registraci;
- **údaje o nákupech**: zakoupené vstupenky, zvolené kino, film, čas představení a místa v sále, nákupy na baru a uplatněné slevy či vouchery;
- **platební údaje**: způsob platby a identifikátor transakce; údaje o platební kartě zpracovává výhradně platební brána a my k nim nemáme přístup;
- **údaje věrnostního programu**: číslo členské karty, nasbírané a uplatněné body, datum narození (pro narozeninový bonus) a oblíbené žánry;
- **záznamy z kamerového systému** v prostorách kin;
- **technické údaje**: IP adresa, typ prohlížeče a zařízení, soubory cookie a údaje o používání webu a aplikace.

## Proč vaše údaje zpracováváme

| Účel | Právní základ | Doba uložení |
| Prodej a rezervace vstupenek, zaslání vstupenky e-mailem | plnění smlouvy | 3 roky od představení |
| Vedení účtu a věrnostního programu Aurora Klub | plnění smlouvy | po dobu členství a 1 rok po jeho ukončení |
| Vedení účetnictví a daňové evidence | plnění právní povinnosti | 10 let od konce účetního období |
| Zasílání novinek z programu a nabídek | oprávněný zájem (zákazníci) nebo souhlas | do odhlášení nebo odvolání souhlasu |
| Ochrana majetku a bezpečnost návštěvníků (kamerový systém) | oprávněný zájem | 7 dnů |
| Vyřizování reklamací a dotazů | plnění smlouvy a právní povinnosti | 3 roky od vyřízení |

Obchodní sdělení vám zasíláme jen tehdy, pokud jste u nás nakoupili nebo jste k tomu dali souhlas. Z odběru se můžete kdykoli odhlásit odkazem v každém e-mailu nebo v nastavení účtu.

## Kamerový systém

Vstupní prostory, pokladny, bar a chodby před sály jsou monitorovány kamerovým systémem se záznamem. Sály samotné během promítání nesnímáme, s výjimkou infračervených kamer určených výhradně k odhalování nelegálního pořizování záznamů filmů, které vyžadují distributoři. Záznamy jsou přístupné jen pověřeným zaměstnancům a na vyžádání Policii České republiky. Každé monitorované místo je označeno informační tabulkou.

## Věrnostní program Aurora Klub

Členství v Aurora Klubu je dobrovolné a zdarma. Za každou zakoupenou vstupenku a nákup na baru získáváte body, které můžete vyměnit za vstupenky, popcorn nebo slevy na prémiové sály. Abychom vám mohli nabízet filmy, které vás skutečně zajímají, vyhodnocujeme vaši historii návštěv a oblíbené žánry a podle nich vám zasíláme doporučení a pozvánky na předpremiéry. Toto vyhodnocení nemá pro vás žádné právní účinky ani vás jinak významně neovlivňuje. Pokud si doporučení nepřejete, můžete je vypnout v nastavení účtu; členství tím nezanikne.

Narozeninový bonus vám připíšeme v měsíci vašich narozenin. Rok narození nepotřebujeme, stačí den a měsíc. Pokud členství zrušíte, nevyčerpané body propadnou a vaše údaje z programu vymažeme nejpozději do jednoho roku, nestanoví-li zákon delší lhůtu.

## Soutěže a akce pro diváky

Při soutěžích na sociálních sítích a v kinech zpracováváme jméno, kontaktní údaje a soutěžní odpověď výherců, abychom jim mohli předat výhru. Jména výherců můžeme se souhlasem zveřejnit na našem webu nebo na Facebooku. Údaje soutěžících, kteří nevyhráli, mažeme do 30 dnů od skončení soutěže.

## Zabezpečení

Vaše údaje chráníme odpovídajícími technickými a organizačními opatřeními: komunikace s webem a aplikací je šifrována, přístup k systémům mají jen pověření zaměstnanci s individuálními účty a pravidelně testujeme zabezpečení nákupního systému. Pokud by přesto došlo k porušení zabezpečení, které by pro vás představovalo vysoké riziko, budeme vás bez zbytečného odkladu informovat.

## Komu údaje předáváme

Vaše údaje předáváme pouze zpracovatelům, kteří pro nás zajišťují jednotlivé služby a jsou vázáni smlouvou o zpracování osobních údajů:

| Zpracovatel | Činnost | Země |
| GoPay s.r.o. | platební brána | Česká republika |
| Comgate, a.s. | platby v mobilní aplikaci | Česká republika |
| Ecomail.cz s.r.o. | rozesílání newsletterů | Česká republika |
| Microsoft Ireland Operations Ltd | hosting webu a e-mailové služby | Irsko, Nizozemsko |
| ALVEN Security s.r.o. | provoz kamerového systému | Česká republika |

Distributorům filmů předáváme pouze souhrnné statistiky návštěvnosti, které neobsahují osobní údaje. Údaje neprodáváme a nepředáváme je mimo Evropský hospodářský prostor, není-li výše uvedeno jinak.

## Vaše práva

Podle nařízení GDPR máte právo:

- požadovat přístup ke svým osobním údajům;
- požadovat opravu nepřesných údajů;
- požadovat výmaz údajů, pokud již nejsou potřeba nebo byly zpracovány neoprávněně;
- požadovat omezení zpracování;
- na přenositelnost údajů, které jste nám poskytli;
- vznést námitku proti zpracování na základě oprávněného zájmu, včetně přímého marketingu;
- kdykoli odvolat udělený souhlas.

Žádost můžete podat e-mailem, poštou na adresu sídla nebo osobně na pokladně kteréhokoli kina. Vyřídíme ji do jednoho měsíce. Pokud se domníváte, že zpracováním porušujeme právní předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, www.uoou.cz.

## Soubory cookie

Na webu používáme nezbytné cookies pro fungování nákupního košíku a přihlášení. Analytické a marketingové cookies (Google Analytics 4, Meta Pixel) ukládáme pouze s vaším souhlasem, který můžete kdykoli změnit v nastavení cookies v patičce webu.

## Změny zásad

Tyto zásady můžeme průběžně aktualizovat. Aktuální znění je vždy zveřejněno na této stránce a o podstatných změnách budeme členy Aurora Klubu informovat e-mailem."""

EDITS = [
    {"note": "DPO phone number changed",
     "repl": [("+420 234 567 890", "+420 225 331 700")]},
    {"note": "Vista Entertainment Solutions (ticketing system, New Zealand) added to the processors table",
     "repl": [("| GoPay s.r.o. | platební brána | Česká republika |",
               "| Vista Entertainment Solutions Ltd | rezervační a pokladní systém | Nový Zéland (rozhodnutí Komise o odpovídající ochraně) |\n"
               "| GoPay s.r.o. | platební brána | Česká republika |")]},
    {"note": "word inserted: requests handled 'bezplatně' (date not bumped)", "bump": False,
     "repl": [("Vyřídíme ji do jednoho měsíce.", "Vyřídíme ji bezplatně do jednoho měsíce.")]},
    {"note": "CCTV retention cut from 7 days to 72 hours",
     "repl": [("| oprávněný zájem | 7 dnů |", "| oprávněný zájem | 72 hodin |")]},
    {"note": "sentence added on ID checks for 18+ screenings",
     "repl": [("Každé monitorované místo je označeno informační tabulkou.",
               "Každé monitorované místo je označeno informační tabulkou.\n\n"
               "Na představení filmů nepřístupných osobám mladším 18 let může personál při vstupu do sálu požádat o "
               "předložení průkazu totožnosti. Údaje z dokladu si nezaznamenáváme ani nekopírujeme.")]},
]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


FILMS = ["Duna: Část druhá", "Vlny", "Pelíšky", "Inside Out 2", "Oppenheimer", "Bídníci", "Vyšehrad: Fylm",
         "Volha", "Gladiátor II", "Wicked", "Ledové království", "Mimoni 4", "Tancuj, tancuj", "Zápisník alkoholičky",
         "Deadpool & Wolverine", "Na Západě klid", "Bratři", "Amélie z Montmartru (Projekt 100)"]
KINA = [("1", "Praha – Palladium"), ("2", "Brno – Vaňkovka"), ("3", "Ostrava – Forum Nová Karolina"),
        ("4", "Olomouc – Šantovka"), ("5", "Hradec Králové – Futurum")]


def vs_blob(rng, n):
    return "/wEPDwUKMTY0NzQ3NzA5Mw9kFgJmD2QWAgIDD2QWBAIB" + base64.b64encode(
        bytes(rng.getrandbits(8) for _ in range(n))).decode()


def noise(rng, when, i, prev):
    p = prev or {}
    deploy = C.keep_or(rng, p.get("deploy"), 0.12,
                       lambda: (str(638000000000000000 + rng.randint(0, 10 ** 15)), C.hexs(rng, 8)))
    return {
        "viewstate": vs_blob(rng, 210),
        "eventvalidation": "/wEdAAd" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(96))).decode(),
        "deploy": deploy,
        "programme": when.date().isoformat(),
    }


LABELS = {"viewstate": "__VIEWSTATE (per request)", "eventvalidation": "__EVENTVALIDATION (per request)",
          "deploy": "WebResource/ScriptResource t= stamps (redeploy)", "programme": "Dnes hrajeme sidebar (daily)"}

DAYS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]


def programme(day):
    r = random.Random("aurora-program-" + day.isoformat())
    films = r.sample(FILMS, 5)
    rows = []
    for k, f in enumerate(films):
        times = sorted(r.sample(["13:20", "14:40", "15:50", "17:10", "18:00", "19:30", "20:15", "21:00", "22:10"],
                                r.randint(2, 4)))
        rows.append('<tr class="%s"><td class="film"><a id="ctl00_cphBocni_rptProgram_ctl%02d_hlFilm" href="/Filmy/'
                    'Detail.aspx?id=%d">%s</a></td><td class="casy">%s</td></tr>'
                    % ("lichy" if k % 2 == 0 else "sudy", k, 4100 + FILMS.index(f), html.escape(f),
                       " ".join('<a class="cas" href="/Nakup/Vyber.aspx?predstaveni=%d">%s</a>'
                                % (r.randint(600000, 999999), t) for t in times)))
    return "\n".join(rows)


def render(s, blocks, when):
    t_wr, h_sr = s["deploy"]
    head, body = blocks[0], blocks[1:]
    day = when.date()
    opts = "\n".join('\t\t<option %svalue="%s">%s</option>' % ('selected="selected" ' if k == "1" else "", k, n)
                     for k, n in KINA)
    return """

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="cs" lang="cs">
<head id="ctl00_Head1"><title>
	Ochrana osobních údajů | Kina Aurora
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="shortcut icon" href="/favicon.ico" /><link href="../App_Themes/Aurora2019/bootstrap.min.css" type="text/css" rel="stylesheet" /><link href="../App_Themes/Aurora2019/aurora.css" type="text/css" rel="stylesheet" /><meta name="description" content="Informace o zpracování osobních údajů zákazníků multikin Aurora." />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7W3QZP');</script>
<!-- End Google Tag Manager -->
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3b9f6e2a-1c4d-4e8b-a0f7-5d2c9e1b8a63" data-blockingmode="auto" type="text/javascript"></script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7W3QZP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <form name="aspnetForm" method="post" action="./OchranaOsobnichUdaju.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZ3mHn6vkEtNKTZx2fQgOSuFMXlHSx0&amp;t=%(twr)s" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILs3F1o0XF_4TgUyg7F2zDx8ObSDVXv2tKhO0&amp;t=%(hsr)s" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>

<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OGnQ0L5rpB8HhTfdWJRIuCr3FdgSnBDTtQbJB1JgWmXx0&amp;t=%(hsr)s" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C8F7E4A2" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$cphBocni$upProgram','ctl00_cphBocni_upProgram'], ['ctl00$cphBocni$ddlKino','ctl00_cphBocni_ddlKino'], [], 90, 'ctl00');
//]]>
</script>

        <div id="hlavicka" class="navbar navbar-expand-lg navbar-dark bg-aurora">
            <div class="container">
                <a id="ctl00_hlLogo" class="navbar-brand" href="../Default.aspx"><img id="ctl00_imgLogo" src="../Images/logo-aurora.svg" alt="Kina Aurora" style="height:42px;" /></a>
                <ul class="navbar-nav mr-auto">
                    <li class="nav-item"><a id="ctl00_hlProgram" class="nav-link" href="../Program.aspx">Program</a></li>
                    <li class="nav-item"><a id="ctl00_hlPripravujeme" class="nav-link" href="../Pripravujeme.aspx">Připravujeme</a></li>
                    <li class="nav-item"><a id="ctl00_hlKlub" class="nav-link" href="../AuroraKlub.aspx">Aurora Klub</a></li>
                    <li class="nav-item"><a id="ctl00_hlVouchery" class="nav-link" href="../Vouchery.aspx">Dárkové poukazy</a></li>
                    <li class="nav-item"><a id="ctl00_hlFirmy" class="nav-link" href="../ProFirmy.aspx">Pro firmy</a></li>
                </ul>
                <a id="ctl00_hlPrihlaseni" class="btn btn-outline-light" href="../Ucet/Prihlaseni.aspx?ReturnUrl=%%2fStranky%%2fOchranaOsobnichUdaju.aspx">Přihlásit se</a>
            </div>
        </div>
        <div class="container obsah">
            <div class="row">
                <div class="col-lg-8">
                    <ol class="breadcrumb"><li class="breadcrumb-item"><a href="../Default.aspx">Úvod</a></li><li class="breadcrumb-item active">Ochrana osobních údajů</li></ol>
                    <h1 id="ctl00_cphObsah_lblNadpis" class="nadpis-stranky">%(h1)s</h1>
                    <div id="ctl00_cphObsah_pnlText" class="textova-stranka">
	
%(body)s

</div>
                    <p class="tisk"><a id="ctl00_cphObsah_hlTisk" href="javascript:window.print();">Vytisknout stránku</a> | <a id="ctl00_cphObsah_hlPdf" href="../Dokumenty/zasady-ochrany-osobnich-udaju.pdf">Stáhnout PDF</a></p>
                </div>
                <div class="col-lg-4 bocni-panel">
                    <div id="ctl00_cphBocni_upProgram">
	
                            <div class="dnes-hrajeme card">
                                <div class="card-header"><h3>Dnes hrajeme</h3><span id="ctl00_cphBocni_lblDatum" class="datum">%(den)s %(datum)s</span></div>
                                <select name="ctl00$cphBocni$ddlKino" onchange="javascript:setTimeout(&#39;__doPostBack(\\&#39;ctl00$cphBocni$ddlKino\\&#39;,\\&#39;\\&#39;)&#39;, 0)" id="ctl00_cphBocni_ddlKino" class="form-control">
%(opts)s

	</select>
                                <table class="table table-sm program" cellspacing="0" rules="all" border="1" id="ctl00_cphBocni_gvProgram" style="border-collapse:collapse;">
%(prog)s
                                </table>
                                <a id="ctl00_cphBocni_hlCelyProgram" class="btn btn-aurora btn-block" href="../Program.aspx?kino=1">Celý program</a>
                            </div>
                        
</div>
                    <div class="card aplikace"><div class="card-body"><h3>Vstupenky v mobilu</h3><p>Stáhněte si aplikaci Aurora a kupujte vstupenky bez front.</p><a href="https://apps.apple.com/cz/app/kina-aurora/id1459210377"><img src="../Images/app-store-cz.svg" alt="App Store" /></a> <a href="https://play.google.com/store/apps/details?id=cz.kinaaurora.app"><img src="../Images/google-play-cz.svg" alt="Google Play" /></a></div></div>
                </div>
            </div>
        </div>
        <div id="paticka" class="paticka">
            <div class="container">
                <div class="row">
                    <div class="col-md-4"><h4>Kina Aurora</h4><p>Na Florenci 2116/15<br />110 00 Praha 1</p></div>
                    <div class="col-md-4"><h4>Informace</h4><ul><li><a href="../Stranky/ObchodniPodminky.aspx">Obchodní podmínky</a></li><li><a href="../Stranky/OchranaOsobnichUdaju.aspx">Ochrana osobních údajů</a></li><li><a href="javascript: Cookiebot.renew()">Nastavení cookies</a></li><li><a href="../Stranky/Kontakt.aspx">Kontakt</a></li></ul></div>
                    <div class="col-md-4"><h4>Sledujte nás</h4><p><a href="https://www.facebook.com/kinaaurora">Facebook</a> · <a href="https://www.instagram.com/kinaaurora">Instagram</a></p></div>
                </div>
                <p class="copyright">&copy; 2016–%(year)d Kina Aurora s.r.o.</p>
            </div>
        </div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":"ctl00_cphBocni_upProgram","displayAfter":500,"dynamicLayout":true}, null, null, $get("ctl00_cphBocni_uprProgram"));
});
//]]>
</script>
</form>
    <script src="../Scripts/jquery-3.5.1.min.js"></script>
    <script src="../Scripts/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % {"vs": s["viewstate"], "ev": s["eventvalidation"], "twr": t_wr, "hsr": h_sr, "h1": C.inline_html(head[1]),
       "body": "\n".join("\t" + C.block_html(b) for b in body), "den": DAYS[day.weekday()],
       "datum": "%d. %d." % (day.day, day.month), "opts": opts, "prog": programme(day), "year": when.year}


PAGE = {
    "service": "Kina Aurora",
    "url": URL,
    "lang": "cs",
    "platform": "ASP.NET WebForms 4.8 (master page, UpdatePanel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 29,
    "start": dt.date(2021, 9, 6),
    "end": dt.date(2024, 11, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#ctl00_cphObsah_lblNadpis", "#ctl00_cphObsah_pnlText"]},
}
