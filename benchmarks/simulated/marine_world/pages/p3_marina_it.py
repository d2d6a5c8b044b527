"""Marina di Capo Vento (Italian), a Ligurian marina with 420 berths: Joomla 4 (5 from July 2024) with JoomShaper's
Helix Ultimate template; the privacy notice is a com_content article (`.article-details`: headline, the article-info
block, articleBody). Joomla's article info shows the hit counter ('Visite: N') and the modified date inside the
article; modules around it show the harbour weather, berth availability for transits and a webcam still, and the
reserved-area login form carries the session's CSRF token. Cookie banner by iubenda."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

Ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018, Marina di Capo Vento S.p.A. fornisce le seguenti informazioni a diportisti, ospiti in transito, titolari di contratti di ormeggio, fornitori e visitatori del sito www.marinacapovento.it.

## 1. Titolare del trattamento

@ Marina di Capo Vento S.p.A.
@ Molo di Levante 1, 19015 Levanto (SP)
@ P.IVA 01238740113
@ Tel. +39 0187 808 400
@ PEC: [marinacapovento@legalmail.it](mailto:marinacapovento@legalmail.it)

## 2. Responsabile della protezione dei dati

Il Titolare ha designato un Responsabile della protezione dei dati (DPO), contattabile all'indirizzo [dpo@marinacapovento.it](mailto:dpo@marinacapovento.it) o al numero +39 0187 808 419.

## 3. Dati trattati

- dati anagrafici e di contatto del proprietario, del comandante e dei componenti dell'equipaggio;
- dati dell'imbarcazione: nome, numero di iscrizione, bandiera, lunghezza fuori tutto, polizza assicurativa;
- dati relativi al contratto di ormeggio, ai transiti e ai consumi di acqua, energia elettrica e carburante;
- dati di pagamento e di fatturazione;
- immagini riprese dal sistema di videosorveglianza dell'area portuale;
- dati relativi all'accesso ai pontili tramite badge elettronico;
- dati tecnici di connessione alla rete Wi-Fi portuale.

## 4. Finalità, basi giuridiche e tempi di conservazione

| Finalità | Base giuridica | Conservazione |
| Gestione dei contratti di ormeggio annuali e stagionali | Esecuzione del contratto (art. 6.1.b GDPR) | 10 anni dalla cessazione del contratto |
| Accoglienza dei transiti e assegnazione del posto barca | Esecuzione del contratto (art. 6.1.b GDPR) | 10 anni per i dati contabili, 24 mesi per gli altri dati |
| Comunicazioni alla Capitaneria di Porto e all'autorità di pubblica sicurezza | Obbligo di legge (art. 6.1.c GDPR) | Per il periodo previsto dalla normativa |
| Videosorveglianza dell'area portuale e dei pontili | Legittimo interesse alla sicurezza di persone e imbarcazioni (art. 6.1.f GDPR) | 72 ore, salvo specifiche richieste dell'autorità giudiziaria |
| Controllo degli accessi ai pontili | Legittimo interesse (art. 6.1.f GDPR) | 12 mesi |
| Invio della newsletter e di comunicazioni promozionali | Consenso (art. 6.1.a GDPR) | Fino alla revoca del consenso |

Il conferimento dei dati necessari alla stipula del contratto e agli adempimenti di legge è obbligatorio; in mancanza non sarà possibile concedere l'ormeggio.

## 5. Videosorveglianza

L'area portuale, i pontili e il parcheggio sono videosorvegliati. La presenza delle telecamere è segnalata da appositi cartelli posti prima del relativo raggio d'azione. Le immagini sono visionate esclusivamente dal personale autorizzato e dagli ormeggiatorri in servizio notturno e non sono oggetto di diffusione.

## 6. Destinatari dei dati

I dati possono essere comunicati a:

- Capitaneria di Porto, Agenzia delle Dogane e forze dell'ordine, nei casi previsti dalla legge;
- cooperativa ormeggiatori e società incaricate dei servizi portuali;
- fornitore del software gestionale portuale e del servizio di fatturazione elettronica;
- istituti bancari e gestori dei pagamenti elettronici;
- consulenti fiscali e legali del Titolare.

I fornitori che trattano dati per conto del Titolare sono nominati responsabili del trattamento ai sensi dell'art. 28 GDPR. L'elenco aggiornato dei responsabili è disponibile su richiesta.

## 7. Trasferimenti verso Paesi terzi

I dati non sono trasferiti al di fuori dello Spazio Economico Europeo. Qualora alcuni fornitori di servizi informatici dovessero trattare dati in Paesi terzi, il trasferimento avverrà sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali standard.

## 8. Diritti dell'interessato

In qualsiasi momento l'interessato può esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR:

- accesso ai propri dati personali;
- rettifica dei dati inesatti;
- cancellazione dei dati;
- limitazione del trattamento;
- portabilità dei dati;
- opposizione al trattamento basato sul legittimo interesse;
- revoca del consenso, senza pregiudizio per la liceità del trattamento basato sul consenso prestato prima della revoca.

Le richieste possono essere inviate a [privacy@marinacapovento.it](mailto:privacy@marinacapovento.it) oppure a mezzo fax al numero +39 0187 808 401. L'interessato ha inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## 9. Cookie

Per informazioni sui cookie utilizzati dal sito si rinvia alla [Cookie Policy](/cookie-policy).
"""

EDITS = [
    {"note": "recipient list item added: the partner shipyard (hauling, launching, storage)",
     "repl": [("- cooperativa ormeggiatori e società incaricate dei servizi portuali;",
               "- cooperativa ormeggiatori e società incaricate dei servizi portuali;\n"
               "- cantiere navale convenzionato, per i servizi di alaggio, varo e rimessaggio;")]},
    {"note": "typo fixed (ormeggiatorri), date unchanged", "bump": False,
     "repl": [("dagli ormeggiatorri in servizio", "dagli ormeggiatori in servizio")]},
    {"note": "CCTV retention changed in the table from 72 hours to 7 days",
     "repl": [("| 72 ore, salvo specifiche", "| 7 giorni, salvo specifiche")]},
    {"note": "DPO phone number changed (external DPO appointed)",
     "repl": [("o al numero +39 0187 808 419.", "o al numero +39 0187 1865 220.")]},
    {"note": "table row added: online booking of transits through the website and the app",
     "repl": [("| Accoglienza dei transiti e assegnazione del posto barca |",
               "| Prenotazione online dei transiti tramite sito web e app | Misure precontrattuali "
               "(art. 6.1.b GDPR) | 24 mesi |\n"
               "| Accoglienza dei transiti e assegnazione del posto barca |")]},
    {"note": "sentence part removed: requests by fax no longer accepted",
     "repl": [("(mailto:privacy@marinacapovento.it) oppure a mezzo fax al numero +39 0187 808 401.",
               "(mailto:privacy@marinacapovento.it).")]},
]

MESI = ["Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto", "Settembre", "Ottobre",
        "Novembre", "Dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["it"][d.month - 1], d.year)


def _jdate(d):
    return "%02d %s %d" % (d.day, MESI[d.month - 1], d.year)


# (from, Joomla version, media version hash, Bootstrap version, Helix Ultimate version)
JOOMLA = [
    (dt.date(2022, 11, 1), "4.2.5", "5.2.3", "2.0.12"),
    (dt.date(2023, 5, 2), "4.3.1", "5.2.3", "2.0.13"),
    (dt.date(2023, 8, 22), "4.3.4", "5.3.1", "2.0.14"),
    (dt.date(2023, 12, 5), "4.4.1", "5.3.2", "2.0.16"),
    (dt.date(2024, 3, 12), "4.4.3", "5.3.2", "2.0.17"),
    (dt.date(2024, 7, 10), "5.1.2", "5.3.3", "2.1.1"),
    (dt.date(2024, 11, 26), "5.2.1", "5.3.3", "2.1.3"),
]

WIND = ["N", "NE", "E", "SE", "S", "SO", "O", "NO"]
SEA = ["calmo", "quasi calmo", "poco mosso", "mosso", "molto mosso", "agitato"]
TEMP = [11, 12, 14, 16, 20, 24, 27, 27, 24, 20, 15, 12]
SIZES = ["fino a 10 m", "10–15 m", "15–20 m", "20–30 m"]


def _joomla(d):
    cur = JOOMLA[0]
    for v in JOOMLA:
        if v[0] <= d:
            cur = v
    return cur[1:]


def _availability(rng, loc):
    m = loc.month
    busy = {6: 2, 7: 3, 8: 3, 9: 1}.get(m, 0)
    out = []
    for n, _ in enumerate(SIZES):
        lvl = max(0, min(3, busy + rng.choice([-1, 0, 0, 1]) - (1 if n >= 2 else 0)))
        out.append(["disponibile", "disponibilità limitata", "su richiesta", "esaurito"][lvl])
    upd = loc.date() - dt.timedelta(days=rng.randint(0, 4))
    return tuple(out), upd.isoformat()


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    day = (when.date() - dt.date(2021, 4, 14)).days
    if p.get("hits"):
        cnt, pday = p["hits"]
        per = 22 if 5 <= loc.month <= 9 else 7
        cnt += sum(max(0, int(rng.gauss(per, per / 3.0))) for _ in range(day - pday))
    else:
        cnt = 7000 + rng.randint(0, 400)
    m = loc.month - 1
    wind = (rng.choice(WIND), max(2, int(rng.gauss(9, 5))))
    sea = SEA[min(5, max(0, wind[1] // 5 + rng.choice([-1, 0, 0, 1])))]
    return {
        "token": C.hexs(rng, 32),
        "hits": (cnt, day),
        "meteo": (TEMP[m] + rng.randint(-3, 3), wind, sea, "%02d:00" % loc.hour),
        "transiti": C.keep_or(rng, p.get("transiti"), 0.6, lambda: _availability(rng, loc)),
        "webcam": (C.epoch(when) - rng.randint(0, 299)) // 300 * 300,
        "joomla": _joomla((when - dt.timedelta(days=2)).date()),
        "year": loc.year,
    }


LABELS = {
    "token": "Joomla CSRF token (login form, joomla-script-options) per session",
    "hits": "article hit counter 'Visite: N' in the article info",
    "meteo": "harbour weather in the top bar",
    "transiti": "berth availability for transits (sidebar module)",
    "webcam": "webcam still ?t= timestamp (sidebar)",
    "joomla": "Joomla / Helix Ultimate updates (media version hashes; 4 -> 5 in July 2024)",
    "year": "footer copyright year",
    "modified": "article re-saved: 'Ultima modifica' in the article info",
}


def _body(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table class="table table-bordered table-striped">\n<thead>\n%s\n</thead>\n<tbody>\n%s\n</tbody>'
                '\n</table>' % (head, body))
    return K.render_blocks(blocks, table=table, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(
        inl(x) for x in lines))


def render(state, blocks, when):
    jver, bsver, hxver = state["joomla"]
    j5 = jver.startswith("5")
    mv = lambda name: K.hex_hash("joomla%s/%s" % (jver, name), 40)  # noqa: E731
    modified = K.saved_at("MarinaCapoVento", blocks, when, dt.datetime(2022, 9, 27, 7, 48, 10))
    state["modified"] = modified.isoformat()
    loc_mod = modified + dt.timedelta(hours=2 if K.eu_summer(modified) else 1)
    title, rest = K.title_and_rest(blocks)
    cnt, _ = state["hits"]
    temp, (wdir, wkn), sea, upd = state["meteo"]
    avail, avd = state["transiti"]
    token = state["token"]
    rows = "\n".join('<tr><td>%s</td><td><span class="badge stato-%s">%s</span></td></tr>'
                     % (K.esc(s), K.slug(a), K.esc(a)) for s, a in zip(SIZES, avail))
    extra_j5 = ('\n\t<script src="/media/system/js/messages.min.js?%s" type="module"></script>' % mv("messages")
                if j5 else "")
    doc = """<!doctype html>
<html lang="it-it" dir="ltr">
	<head>
		<!-- add google analytics -->
		<!-- Global site tag (gtag.js) - Google Analytics -->
		<script async src='https://www.googletagmanager.com/gtag/js?id=G-QH2M8N4V1C'></script>
		<script>
			window.dataLayer = window.dataLayer || [];
			function gtag(){dataLayer.push(arguments);}
			gtag('js', new Date());
			gtag('config', 'G-QH2M8N4V1C');
		</script>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Redazione">
	<meta name="description" content="Informativa sul trattamento dei dati personali di Marina di Capo Vento S.p.A., porto turistico di Levanto.">
	<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
	<title>Informativa privacy - Marina di Capo Vento</title>
	<link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />
	<link href="/media/system/css/joomla-fontawesome.min.css?%(mv_fa)s" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/presets/preset4.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/custom.css" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"csrf.token":"%(token)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.marinacapovento.it\\/","base":"","baseFull":"https:\\/\\/www.marinacapovento.it\\/"},"system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%(mv_core)s"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?%(bs)s" nomodule defer></script>
	<script src="/media/system/js/keepalive-es5.min.js?%(mv_ka)s" defer nomodule></script>
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?%(mv_nc)s"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?%(bs)s" type="module"></script>
	<script src="/media/system/js/keepalive.min.js?%(mv_ka2)s" type="module"></script>%(extra_j5)s
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://www.marinacapovento.it/","name":"Home"}},{"@type":"ListItem","position":2,"item":{"@id":"https://www.marinacapovento.it/informativa-privacy","name":"Informativa privacy"}}]}</script>
	<script>template="shaper_helixultimate";</script>
	<script type="text/javascript">
var _iub = _iub || [];
_iub.csConfiguration = {"askConsentAtCookiePolicyUpdate":true,"enableFadp":true,"floatingPreferencesButtonDisplay":"bottom-left","lang":"it","perPurposeConsent":true,"siteId":2983514,"cookiePolicyId":41287736,"banner":{"acceptButtonDisplay":true,"closeButtonRejects":true,"customizeButtonDisplay":true,"explicitWithdrawal":true,"listPurposes":true,"position":"float-bottom-center"}};
</script>
<script type="text/javascript" src="https://cs.iubenda.com/autoblocking/2983514.js"></script>
<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>
			</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-137 it-it ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				
	<div class="sticky-header-placeholder"></div>
<div id="sp-top-bar">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-top1" class="col-lg-6">
					<div class="sp-column text-center text-lg-start">
													<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+390187808400">+39 0187 808 400</a></li><li class="sp-contact-mobile"><span class="fas fa-mobile-alt" aria-hidden="true"></span> VHF canale 9</li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:info@marinacapovento.it">info@marinacapovento.it</a></li></ul>												
					</div>
				</div>

				<div id="sp-top2" class="col-lg-6">
					<div class="sp-column text-center text-lg-end">
						<div class="sp-module meteo-porto"><div class="sp-module-content">
<div id="mod-custom121" class="mod-custom custom">
    <p class="meteo-riga"><span class="fas fa-temperature-half" aria-hidden="true"></span> Meteo in porto: %(temp)d °C · vento %(wdir)s %(wkn)d nodi · mare %(sea)s <small>(agg. ore %(upd)s)</small></p></div>
</div></div>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>

<header id="sp-header">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-logo" class="col-auto">
					<div class="sp-column">
						<div class="logo"><a href="/">
				<img class="logo-image  d-none d-lg-inline-block" srcset="https://www.marinacapovento.it/images/logo-marina-capo-vento.png 1x" src="https://www.marinacapovento.it/images/logo-marina-capo-vento.png" height="70" alt="Marina di Capo Vento" />
				<img class="logo-image-phone d-inline-block d-lg-none" src="https://www.marinacapovento.it/images/logo-marina-capo-vento.png" alt="Marina di Capo Vento" />
				</a></div>
					</div>
				</div>
				<div id="sp-menu" class="col-auto flex-auto">
					<div class="sp-column d-flex justify-content-end align-items-center">
						<nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/" >Home</a></li><li class="sp-menu-item"><a href="/il-porto" >Il porto</a></li><li class="sp-menu-item"><a href="/posti-barca" >Posti barca</a></li><li class="sp-menu-item"><a href="/transiti" >Transiti</a></li><li class="sp-menu-item"><a href="/servizi" >Servizi</a></li><li class="sp-menu-item"><a href="/cantiere" >Cantiere</a></li><li class="sp-menu-item"><a href="/contatti" >Contatti</a></li></ul></nav>
					</div>
				</div>
			</div>
		</div>
	</div>
</header>
				
<section id="sp-main-body" >

										<div class="container">
					<div class="container-inner">
						
	
<div class="row">
	
<main id="sp-component" class="col-lg-9 " role="main">
	<div class="sp-column ">
		<div id="system-message-container" aria-live="polite">
	</div>


		
		<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="it-IT">
	
	
					
		
		
		<div class="article-header">
					<h1 itemprop="headline">
				%(title)s			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
			<div class="article-info">

	
					<span class="createdby" title="Scritto da: Redazione">
	<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Redazione</span></span>	</span>
		
		
					<span class="category-name" title="Categoria: Informazioni legali">
			<a href="/informazioni-legali" itemprop="genre">Informazioni legali</a>
	</span>
		
		
					<span class="published" title="Pubblicato: 14 Aprile 2021">
	<time datetime="2021-04-14T08:12:33+02:00" itemprop="datePublished">
		14 Aprile 2021	</time>
</span>
		
					<span class="modified" title="Ultima modifica: %(mod)s">
	<time datetime="%(mod_iso)s" itemprop="dateModified">
		Ultima modifica: %(mod)s	</time>
</span>
		
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	Visite: %(hits_it)s</span>
				
			</div>
	
		
			
		
		
	
	<div itemprop="articleBody">
		%(body)s	</div>

	
	
	
			
		
	

	<div class="article-ratings-social-share d-flex justify-content-end">
		<div class="me-auto align-self-center">
					</div>
		<div class="social-share-block">
			<div class="article-social-share">
	<div class="social-share-icon">
		<ul>
											<li>
					<a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u=https://www.marinacapovento.it/informativa-privacy','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u=https://www.marinacapovento.it/informativa-privacy" title="Facebook">
						<span class="fab fa-facebook" aria-hidden="true"></span>
					</a>
				</li>
																											<li>
					<a class="whatsapp" href="whatsapp://send?text=https://www.marinacapovento.it/informativa-privacy" title="Whatsapp">
						<span class="fab fa-whatsapp" aria-hidden="true"></span>
					</a>
				</li>
		</ul>
		</div>
	</div>
		</div>
	</div>

	
				
	
	</div>



			</div>
</main>
<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module transiti"><h3 class="sp-module-title">Disponibilità transiti</h3><div class="sp-module-content">
<div id="mod-custom118" class="mod-custom custom">
    <table class="table table-sm disponibilita"><tbody>
%(rows)s
</tbody></table>
<p class="small">Aggiornato il %(avd)s. Per prenotare chiamate il VHF 9 o scrivete a <a href="mailto:transiti@marinacapovento.it">transiti@marinacapovento.it</a>.</p></div>
</div></div><div class="sp-module webcam"><h3 class="sp-module-title">Webcam</h3><div class="sp-module-content">
<div id="mod-custom119" class="mod-custom custom">
    <p><img src="/images/webcam/imboccatura.jpg?t=%(cam)d" alt="Webcam sull'imboccatura del porto" width="480" height="270" loading="lazy"></p></div>
</div></div><div class="sp-module area-riservata"><h3 class="sp-module-title">Area riservata diportisti</h3><div class="sp-module-content"><form id="login-form-16" class="mod-login" action="/informativa-privacy" method="post">

	
	<div class="mod-login__userdata userdata">
		<div class="mod-login__username form-group">
							<div class="input-group">
					<input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Nome utente">
					<label for="modlgn-username-16" class="visually-hidden">Nome utente</label>
				</div>
					</div>

		<div class="mod-login__password form-group">
							<div class="input-group">
					<input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Password">
					<label for="modlgn-passwd-16" class="visually-hidden">Password</label>
				</div>
					</div>

		<div class="mod-login__submit form-group">
			<button type="submit" name="Submit" class="btn btn-primary w-100">Accedi</button>
		</div>

		<input type="hidden" name="option" value="com_users">
		<input type="hidden" name="task" value="user.login">
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cubWFyaW5hY2Fwb3ZlbnRvLml0L2luZm9ybWF0aXZhLXByaXZhY3k=">
		<input type="hidden" name="%(token)s" value="1">	</div>
	</form>
</div></div></div></aside></div>
											</div>
				</div>
									
			</section>

<footer id="sp-footer">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-footer1" class="col-lg-12">
					<div class="sp-column text-center">
						<span class="sp-copyright">© %(year)d Marina di Capo Vento S.p.A. · Molo di Levante 1, 19015 Levanto (SP) · P.IVA 01238740113 · <a href="/informativa-privacy">Privacy</a> · <a href="/cookie-policy">Cookie policy</a> · <a href="#" class="iubenda-cs-preferences-link">Preferenze cookie</a></span>
					</div>
				</div>
			</div>
		</div>
	</div>
</footer>
			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<div class="offcanvas-menu">
			<div class="d-flex align-items-center p-3 pt-4">
				<a href="#" class="close-offcanvas" aria-label="Close Off-canvas"><div class="burger-icon"><span></span><span></span><span></span></div></a>
			</div>
			<div class="offcanvas-inner">
				<div class="d-flex header-modules mb-3"></div>
				<div class="sp-module "><div class="sp-module-content"><ul class="menu nav-pills"><li class="item-101 default"><a href="/" >Home</a></li><li class="item-131"><a href="/posti-barca" >Posti barca</a></li><li class="item-132"><a href="/transiti" >Transiti</a></li><li class="item-135"><a href="/contatti" >Contatti</a></li></ul></div></div>
			</div>
		</div>

		<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
	</body>
</html>""" % {"mv_fa": mv("fa"), "mv_core": mv("core"), "mv_ka": mv("ka"), "mv_ka2": mv("ka2"),
               "mv_nc": mv("nc"), "bs": bsver, "extra_j5": extra_j5, "token": token, "title": K.esc(title),
               "mod": _jdate(loc_mod), "mod_iso": loc_mod.strftime("%Y-%m-%dT%H:%M:%S") + (
                   "+02:00" if K.eu_summer(modified) else "+01:00"),
               "hits": cnt, "hits_it": "{:,}".format(cnt).replace(",", "."), "body": _body(rest),
               "temp": temp, "wdir": wdir, "wkn": wkn, "sea": sea, "upd": upd, "rows": rows,
               "avd": dt.date.fromisoformat(avd).strftime("%d/%m/%Y"), "cam": state["webcam"],
               "year": state["year"]}
    return doc


PAGE = {
    "service": "Marina di Capo Vento",
    "url": "https://www.marinacapovento.it/informativa-privacy",
    "lang": "it",
    "platform": "Joomla 4.x/5.x, JoomShaper Helix Ultimate template, iubenda",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("X-Content-Type-Options", "nosniff")],
    "n": 29,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 26),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.marinacapovento.it/informativa-privacy",
        "select": ".article-details",
        "remove": ".article-info",
    },
}
