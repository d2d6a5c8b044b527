"""A national opera house's privacy policy as a Joomla article (Romanian): Joomla 3 with a Protostar-based template
until autumn 2023, then Joomla 4 with Cassiopeia. Per visit: the CSRF token (login-module hidden input in J3,
`csrf.token` script option in J4); the article's hits counter ("Accesări: N") in `.article-info` inside the
declared `.item-page`, which the curator removes; a sidebar "Diseară pe scenă" module with a premiere countdown;
media version hashes per deploy."""
import datetime as dt

import common as C

LUNI = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]

POLICY = """# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Opera Națională Transilvania, instituție publică de cultură aflată în subordinea Ministerului Culturii, respectă dreptul la viața privată al spectatorilor, abonaților, artiștilor invitați și al tuturor persoanelor care vizitează site-ul nostru. Prezenta politică explică ce date cu caracter personal prelucrăm, în ce scopuri, pe ce temei și care sunt drepturile dumneavoastră, în conformitate cu Regulamentul (UE) 2016/679 (GDPR) și cu Legea nr. 190/2018 privind măsuri de punere în aplicare a acestuia.

## 1. Cine suntem

Operatorul datelor cu caracter personal este:

@ Opera Națională Transilvania
@ Piața Avram Iancu nr. 2, 400089 Cluj-Napoca, jud. Cluj
@ Cod fiscal: 4288123
@ Telefon: 0264 595 363
@ E-mail: secretariat@operatransilvania.ro

Am desemnat un responsabil cu protecția datelor (DPO), pe care îl puteți contacta la adresa [dpo@operatransilvania.ro](mailto:dpo@operatransilvania.ro) sau prin poștă, la sediul instituției, cu mențiunea „În atenția responsabilului cu protecția datelor”.

## 2. Ce date prelucrăm

În funcție de modul în care interacționați cu noi, putem prelucra următoarele categorii de date:

- date de identificare și de contact: nume, prenume, adresă de e-mail, număr de telefon;
- date privind achiziția biletelor și abonamentelor: spectacolul, data, locul din sală, prețul, modalitatea de plată;
- date necesare acordării reducerilor: calitatea de elev, student sau pensionar, verificată la intrarea în sală pe baza legitimației;
- date furnizate prin formularele de contact și de înscriere la atelierele educaționale, inclusiv datele copiilor înscriși de părinți;
- imagini video înregistrate de sistemul de supraveghere din foaier, de la casa de bilete și de la intrarea artiștilor;
- date tehnice de navigare: adresa IP, tipul de browser, paginile vizitate și modulele cookie, conform Politicii de cookie-uri.

## 3. Scopurile și temeiurile prelucrării

| Scop | Temei juridic |
| Vânzarea biletelor și a abonamentelor, emiterea facturilor | Executarea contractului (art. 6 alin. (1) lit. b) GDPR) și obligație legală (art. 6 alin. (1) lit. c) GDPR) |
| Informarea spectatorilor despre modificarea sau anularea spectacolelor | Executarea contractului |
| Transmiterea newsletterului și a invitațiilor | Consimțământul dumneavoastră (art. 6 alin. (1) lit. a) GDPR) |
| Organizarea atelierelor educaționale pentru copii și tineri | Consimțământul părintelui sau al tutorelui legal |
| Supravegherea video a spațiilor | Interesul legitim de a proteja persoanele și bunurile (art. 6 alin. (1) lit. f) GDPR) |
| Statistici privind publicul și raportări către Ministerul Culturii | Îndeplinirea unei sarcini de interes public (art. 6 alin. (1) lit. e) GDPR) |

## 4. Cui divulgăm datele

Datele dumneavoastră sunt accesibile numai angajaților Operei care au nevoie de ele pentru îndeplinirea atribuțiilor de serviciu. Putem transmite date următorilor destinatari, cu care am încheiat acorduri de prelucrare conform art. 28 GDPR:

| Destinatar | Rolul |
| Bilet Online Transilvania SRL | Platforma de vânzare online a biletelor |
| Banca Transilvania S.A. | Procesarea plăților cu cardul |
| Hostinger Europe UAB | Găzduirea site-ului |
| Paza Profesional Security SRL | Administrarea sistemului de supraveghere video |

De asemenea, putem comunica date autorităților publice, atunci când legea ne obligă (de exemplu, organelor de cercetare penală sau ANAF). Nu vindem și nu închiriem datele dumneavoastră.

## 5. Transferuri în afara Spațiului Economic European

Ca regulă, datele sunt stocate pe servere situate în Uniunea Europeană. Dacă un furnizor transferă date în afara Spațiului Economic European, ne asigurăm că transferul se face în baza unei decizii de adecvare a Comisiei Europene sau a clauzelor contractuale standard.

## 6. Cât timp păstrăm datele

| Categorie de date | Durata păstrării |
| Date privind biletele și facturile | 10 ani, conform Legii contabilității nr. 82/1991 |
| Abonați la newsletter | Până la retragerea consimțământului |
| Înregistrări video | 30 de zile |
| Formulare de contact | 1 an de la ultima corespondență |
| Înscrieri la atelierele educaționale | 2 ani de la încheierea atelierului |

## 7. Drepturile dumneavoastră

În condițiile prevăzute de GDPR, beneficiați de următoarele drepturi:

- dreptul de acces la datele care vă privesc;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de opoziție, inclusiv față de prelucrarea în scop de marketing;
- dreptul de a vă retrage consimțământul în orice moment, fără a afecta legalitatea prelucrării anterioare.

Pentru exercitarea acestor drepturi ne puteți scrie la adresa de e-mail a responsabilului cu protecția datelor. Vom răspunde în termen de cel mult o lună de la primirea cererii. Dacă considerați că v-au fost încălcate drepturile, puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP):

@ B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, cod poștal 010336, București
@ Telefon: +40 318 059 211
@ E-mail: anspdcp@dataprotection.ro
@ www.dataprotection.ro

## 8. Date ale minorilor

Biletele pot fi cumpărate online numai de persoane care au împlinit 18 ani. Pentru atelierele educaționale și pentru programul „Opera pentru copii”, datele copiilor (nume, prenume, vârstă, școala) sunt furnizate de părinte sau de cadrul didactic însoțitor și sunt folosite exclusiv pentru organizarea activității. Nu folosim datele copiilor în scopuri de marketing.

Nu luăm decizii bazate exclusiv pe prelucrarea automată a datelor dumneavoastră, inclusiv crearea de profiluri, care să producă efecte juridice asupra dumneavoastră sau să vă afecteze în mod similar.

## 9. Securitatea datelor

Aplicăm măsuri tehnice și organizatorice adecvate pentru a proteja datele împotriva accesului neautorizat, pierderii sau distrugerii: conexiuni criptate, drepturi de acces diferențiate, instruirea periodică a personalului și proceduri de notificare a încălcărilor de securitate.

## 10. Fotografii și filmări în timpul spectacolelor

Fotografierea și înregistrarea spectacolelor de către public sunt interzise. Opera poate realiza fotografii și înregistrări ale spectacolelor, premierelor și evenimentelor, în scop de arhivă și de promovare; în aceste imagini spectatorii pot apărea doar ocazional, în planuri generale.

## 11. Modificări ale politicii

Putem actualiza periodic această politică. Versiunea în vigoare este întotdeauna cea publicată pe această pagină, cu data ultimei actualizări indicată mai sus."""

EDITS = [
    {"note": "online ticketing platform replaced (processor table)",
     "repl": [("| Bilet Online Transilvania SRL | Platforma de vânzare online a biletelor |",
               "| Eventim Romania SRL (iabilet.ro) | Platforma de vânzare online a biletelor |")]},
    {"note": "word inserted: 'atribuțiilor de serviciu' -> 'atribuțiilor lor de serviciu'", "bump": False,
     "repl": [("pentru îndeplinirea atribuțiilor de serviciu.", "pentru îndeplinirea atribuțiilor lor de serviciu.")]},
    {"note": "new section on live streams and broadcasts of performances",
     "repl": [("## 11. Modificări ale politicii",
               "## 11. Transmisiuni online și radio-TV\n\nUnele spectacole sunt transmise în direct pe site-ul nostru, pe canalul nostru de YouTube sau de către Societatea Română de Televiziune și Societatea Română de Radiodifuziune, în baza unor contracte de parteneriat. Spectacolele transmise sunt anunțate pe pagina evenimentului și pe bilete. În timpul transmisiunii, camerele sunt orientate spre scenă; spectatorii din primele rânduri și din loji pot apărea în imagini în planuri generale.\n\n## 12. Modificări ale politicii")]},
    {"note": "CCTV retention cut from 30 to 20 days",
     "repl": [("| Înregistrări video | 30 de zile |", "| Înregistrări video | 20 de zile |")]},
    {"note": "box-office phone number and e-mail changed",
     "repl": [("@ Telefon: 0264 595 363\n@ E-mail: secretariat@operatransilvania.ro",
               "@ Telefon: 0264 597 175\n@ E-mail: contact@operatransilvania.ro")]},
]

HOST = "https://www.operatransilvania.ro"
UPGRADE = dt.datetime(2023, 10, 2)
SHOWS = [("Tosca", "Giacomo Puccini"), ("Traviata", "Giuseppe Verdi"), ("Lacul lebedelor", "P. I. Ceaikovski"),
         ("Bărbierul din Sevilla", "Gioachino Rossini"), ("Oedipe", "George Enescu"), ("Nunta lui Figaro", "W. A. Mozart"),
         ("Spărgătorul de nuci", "P. I. Ceaikovski"), ("Carmen", "Georges Bizet")]
PREMIERES = [(dt.date(2023, 3, 24), "Oedipe"), (dt.date(2023, 11, 17), "Rusalka"), (dt.date(2024, 4, 12), "Macbeth"),
             (dt.date(2024, 12, 6), "Hänsel și Gretel"), (dt.date(2025, 5, 16), "Turandot"), (dt.date(2025, 11, 21), "Otello")]
MENU = [("Acasă", "/"), ("Program", "/program"), ("Spectacole", "/spectacole"), ("Bilete și abonamente", "/bilete"),
        ("Ansamblu", "/ansamblu"), ("Educațional", "/educational"), ("Despre noi", "/despre-noi"), ("Contact", "/contact")]


def fmt_date(d):
    return "%d %s %d" % (d.day, LUNI[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    j4 = when >= UPGRADE
    hits0 = p.get("hits", 3180)
    return {
        "csrf": C.hexs(rng, 32),
        "hits": hits0 + rng.randint(40, 420),
        "media": C.keep_or(rng, p.get("media") if p.get("j4") == j4 else None, 0.15, lambda: C.hexs(rng, 40 if j4 else 32)),
        "tonight": (rng.randrange(len(SHOWS)) if when.weekday() not in (0, 1) else None),
        "j4": j4,
    }


LABELS = {"csrf": "CSRF token (per visit)", "hits": "article hits counter (inside .item-page, removed)",
          "media": "media version hash (deploy)", "tonight": "'Diseară pe scenă' sidebar module", "j4": "Joomla 3 -> 4 upgrade"}


def sidebar(state, when):
    if state["tonight"] is None:
        ton = "<p>Astăzi nu avem spectacole. Casa de bilete este deschisă între orele 11:00 și 17:00.</p>"
    else:
        t, comp = SHOWS[state["tonight"]]
        ton = '<p><strong>%s</strong> – %s</p><p>Ora 18:30, Sala mare</p><p><a href="/bilete">Cumpără bilete</a></p>' % (t, comp)
    nxt = [(d, n) for d, n in PREMIERES if d >= when.date()]
    if nxt:
        d, n = nxt[0]
        days = (d - when.date()).days
        prem = "<p>Premiera <strong>%s</strong>: %s</p>" % (n, "astă-seară!" if days == 0 else "mai sunt %d zile" % days)
    else:
        prem = "<p>Stagiunea de premiere se anunță în curând.</p>"
    return ton, prem


def article(blocks, j4, hits):
    h1, rest = blocks[0], blocks[1:]
    body = C.blocks_html(rest, {"table": "table table-striped" if j4 else "table table-bordered"})
    if j4:
        return """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="ro-RO">
		<div class="page-header">
		<h1 itemprop="headline">
			%s		</h1>
							</div>
			<dl class="article-info text-muted">
            <dt class="article-info-term">
                        Detalii                    </dt>
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%d">
    Accesări: %d</dd>
            </dl>
						<div itemprop="articleBody" class="com-content-article__body">
		%s	</div>
				</div>""" % (h1[1], hits, hits, body)
    return """<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="ro-RO" />
		<div class="page-header">
		<h2 itemprop="headline">
			%s		</h2>
							</div>
			<dl class="article-info muted">
			<dt class="article-info-term">
									Detalii							</dt>
					<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%d" />
					Accesări: %d			</dd>
			</dl>
				<div itemprop="articleBody">
		%s	</div>
							</div>""" % (h1[1], hits, hits, body)


def render(state, blocks, when):
    j4, m, csrf = state["j4"], state["media"], state["csrf"]
    ton, prem = sidebar(state, when)
    art = article(blocks, j4, state["hits"])
    if not j4:
        menu = "".join('<li class="item-%d%s"><a href="%s">%s</a></li>' % (101 + n, " default" if n == 0 else "", u, lab) for n, (lab, u) in enumerate(MENU))
        return """<!DOCTYPE html>
<html lang="ro-ro" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%(h)s/politica-de-confidentialitate" />
	<meta name="keywords" content="opera, cluj, bilete, spectacole, balet" />
	<meta name="author" content="Webmaster" />
	<meta name="description" content="Opera Națională Transilvania - spectacole de operă și balet la Cluj-Napoca" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Politica de confidențialitate - Opera Națională Transilvania</title>
	<link href="/templates/operatr/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/operatr/css/template.css?%(m)s" rel="stylesheet" />
	<link href="/media/mod_languages/css/template.css?%(m)s" rel="stylesheet" />
	<link href="/plugins/system/cookiespolicynotificationbar/assets/css/cpnb-style.min.css" rel="stylesheet" media="all" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(c)s","system.paths":{"root":"","base":""},"system.keepalive":{"interval":840000,"uri":"\\/index.php?option=com_ajax&amp;format=json"}}</script>
	<script src="/media/jui/js/jquery.min.js?%(m)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(m)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(m)s"></script>
	<script src="/media/system/js/caption.js?%(m)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(m)s"></script>
	<script src="/media/system/js/core.js?%(m)s"></script>
	<script src="/templates/operatr/js/template.js?%(m)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RQ1BX4T2N"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7RQ1BX4T2N', { 'anonymize_ip': true });</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-187">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="%(h)s/images/sigla-opera-transilvania.png" alt="Opera Națională Transilvania" />											</a>
					<div class="header-search pull-right">
						<div class="search"><form action="/politica-de-confidentialitate" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Caută...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Caută..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="187" /></form></div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Comutare navigare</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">%(menu)s</ul>
				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
	</div>

					%(art)s
				</main>
				<div id="aside" class="span3">
					<div class="well diseara"><h3 class="page-header">Diseară pe scenă</h3>%(ton)s</div>
					<div class="well premiera"><h3 class="page-header">Următoarea premieră</h3>%(prem)s</div>
					<div class="well "><h3 class="page-header">Cont spectator</h3><form action="/politica-de-confidentialitate" method="post" id="login-form" class="form-inline">
	<div class="userdata">
		<div id="form-login-username" class="control-group"><div class="controls"><label for="modlgn-username" class="element-invisible">Nume de utilizator</label><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Nume de utilizator" /></div></div>
		<div id="form-login-password" class="control-group"><div class="controls"><label for="modlgn-passwd" class="element-invisible">Parolă</label><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Parolă" /></div></div>
		<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Autentificare</button></div></div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cub3BlcmF0cmFuc2lsdmFuaWEucm8vcG9saXRpY2EtZGUtY29uZmlkZW50aWFsaXRhdGU=" />
		<input type="hidden" name="%(c)s" value="1" />	</div>
</form></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<ul class="nav menu mod-list"><li class="item-201"><a href="/politica-de-confidentialitate">Politica de confidențialitate</a></li><li class="item-202"><a href="/politica-cookie">Politica de cookie-uri</a></li><li class="item-203"><a href="/informatii-de-interes-public">Informații de interes public</a></li><li class="item-204"><a href="https://anpc.ro/">ANPC</a></li></ul>
			<p class="pull-right"><a href="#top" id="back-top">Înapoi sus</a></p>
			<p>&copy; 2023 Opera Națională Transilvania</p>
		</div>
	</footer>
	<div id="cpnb" class="cpnb cpnb-bottom" data-cpnb-expiration="365"><div class="cpnb-inner"><span class="cpnb-message">Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună.</span><span class="cpnb-buttons"><a class="cpnb-button cpnb-accept-btn" href="javascript:void(0);">Accept</a><a class="cpnb-button cpnb-decline-btn" href="javascript:void(0);">Refuz</a><a class="cpnb-button cpnb-more-btn" href="/politica-cookie">Mai multe informații</a></span></div></div>
</body>
</html>
""" % {"h": HOST, "m": m, "c": csrf, "menu": menu, "art": art, "ton": ton, "prem": prem}
    menu = "".join('<li class="nav-item item-%d%s"><a href="%s"%s>%s</a></li>' % (101 + n, " default" if n == 0 else "", u, "", lab) for n, (lab, u) in enumerate(MENU))
    return """<!DOCTYPE html>
<html lang="ro-ro" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Webmaster">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Opera Națională Transilvania - spectacole de operă și balet la Cluj-Napoca">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Politica de confidențialitate - Opera Națională Transilvania</title>
	<link href="/media/templates/site/cassiopeia_operatr/images/favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

    <link href="/media/system/css/joomla-fontawesome.min.css?%(m)s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(m)s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(m)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(m)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_operatr/css/user.css?%(m)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<style>:root {
		--hue: 350;
		--template-bg-light: #f8f5f0;
		--template-text-dark: #2a1f1f;
		--template-text-light: #ffffff;
		--template-link-color: #7a1c2b;
		--template-special-color: #4a0f18;
	}</style>

    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?%(m)s" defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Eroare","MESSAGE":"Mesaj","NOTICE":"Notă","WARNING":"Avertisment","JCLOSE":"Închide","JOK":"OK","JOPEN":"Deschide"},"csrf.token":"%(c)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.operatransilvania.ro\\/","base":"","baseFull":"https:\\/\\/www.operatransilvania.ro\\/"},"system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%(m)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(m)s" type="module"></script>
	<script src="/media/system/js/keepalive.min.js?%(m)s" type="module"></script>
	<script src="/media/system/js/messages.min.js?%(m)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.operatransilvania.ro/#/schema/Organization/base","name":"Opera Națională Transilvania","url":"https://www.operatransilvania.ro/"},{"@type":"WebSite","@id":"https://www.operatransilvania.ro/#/schema/WebSite/base","url":"https://www.operatransilvania.ro/","name":"Opera Națională Transilvania","publisher":{"@id":"https://www.operatransilvania.ro/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.operatransilvania.ro/#/schema/WebPage/base","url":"https://www.operatransilvania.ro/politica-de-confidentialitate","name":"Politica de confidențialitate - Opera Națională Transilvania","isPartOf":{"@id":"https://www.operatransilvania.ro/#/schema/WebSite/base"},"about":{"@id":"https://www.operatransilvania.ro/#/schema/Organization/base"},"inLanguage":"ro-RO"},{"@type":"Article","@id":"https://www.operatransilvania.ro/#/schema/com_content/article/41","name":"Politica de confidențialitate","headline":"Politica de confidențialitate","inLanguage":"ro-RO","isPartOf":{"@id":"https://www.operatransilvania.ro/#/schema/WebPage/base"}}]}</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RQ1BX4T2N"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied', 'ad_storage': 'denied'}); gtag('js', new Date()); gtag('config', 'G-7RQ1BX4T2N');</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-187 has-sidebar-right">
    <header class="header container-header full-width">

        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="https://www.operatransilvania.ro/images/sigla-opera-transilvania.svg#joomlaImage://local-images/sigla-opera-transilvania.svg?width=240&height=72" alt="Opera Națională Transilvania" width="240" height="72">                    </a>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    <nav class="navbar navbar-expand-lg" aria-label="Meniu principal">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Comutare navigare">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">%(menu)s</ul>
    </div>
</nav>
                                                    <div class="container-search">
                        <form class="mod-finder js-finder-searchform form-search" action="/cautare" method="get" role="search"><label for="mod-finder-searchword94" class="visually-hidden finder">Căutare</label><input type="text" name="q" id="mod-finder-searchword94" class="js-finder-search-query form-control" value="" placeholder="Caută..."></form>
                    </div>
                            </div>
            </header>

    <div class="site-grid">
        
        
        
        
        <div class="grid-child container-component">
            
            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            %(art)s
            </main>
            
        </div>

                    <div class="grid-child container-sidebar-right">
                <div class="sidebar-right card diseara">
            <h3 class="card-header ">Diseară pe scenă</h3>        <div class="card-body">
                %(ton)s    </div>
</div>
<div class="sidebar-right card premiera">
            <h3 class="card-header ">Următoarea premieră</h3>        <div class="card-body">
                %(prem)s    </div>
</div>

            </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <ul class="mod-menu mod-list nav "><li class="nav-item item-201"><a href="/politica-de-confidentialitate">Politica de confidențialitate</a></li><li class="nav-item item-202"><a href="/politica-cookie">Politica de cookie-uri</a></li><li class="nav-item item-203"><a href="/informatii-de-interes-public">Informații de interes public</a></li><li class="nav-item item-204"><a href="https://anpc.ro/">ANPC</a></li></ul>
<div class="mod-custom custom"><p>© Opera Națională Transilvania · Instituție publică de cultură finanțată de Ministerul Culturii</p></div>
            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Înapoi sus">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
</body>
</html>
""" % {"m": m, "c": csrf, "menu": menu, "art": art, "ton": ton, "prem": prem}


PAGE = {
    "service": "Opera Nationala Transilvania",
    "url": HOST + "/politica-de-confidentialitate",
    "lang": "ro",
    "platform": "Joomla 3 (Protostar child) -> Joomla 4 (Cassiopeia child)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "PHP/8.1.27"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 9, 12),
    "end": dt.date(2025, 8, 28),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/politica-de-confidentialitate", "select": ".item-page", "remove": ".article-info"},
}
