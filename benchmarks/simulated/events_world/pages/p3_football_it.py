"""Calcio Brenta 1919, an Italian Serie C football club: Adobe Experience Manager (Cloud Service, WCM Core
Components v2, Adobe Client Data Layer, Launch). The header experience fragment holds the match bar (live score and
minute, or the next fixture with a countdown) refreshed by Sling Dynamic Include; inside the declared
`#legal-content` container the marketing team placed a "Biglietteria" experience fragment (next home match, seats
left per sector) that the declaration removes; each Core Component carries `data-cmp-data-layer` JSON with its
`repo:modifyDate` (re-saved by authors without changing the words: attributes, no text); clientlib `lc-…-lc`
hashes per deploy."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.brentacalcio.it/it/club/privacy.html"

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Informativa privacy

Informativa sul trattamento dei dati personali ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR"). Ultimo aggiornamento: {UPDATED}.

Calcio Brenta 1919 S.p.A. ti spiega in questa pagina come tratta i dati personali dei tifosi, degli abbonati, dei clienti dello store ufficiale e di chi visita il sito www.brentacalcio.it e l'app ufficiale del Club.

## 1. Titolare del trattamento e Responsabile della protezione dei dati

Il Titolare del trattamento è:

@ Calcio Brenta 1919 S.p.A.
@ Via del Plebiscito 18, 35133 Padova (PD)
@ P. IVA 04518270285
@ PEC: brentacalcio@legalmail.it

Il Club ha nominato un Responsabile della protezione dei dati (RPD/DPO), contattabile all'indirizzo [dpo@brentacalcio.it](mailto:dpo@brentacalcio.it) oppure per posta ordinaria all'indirizzo della sede, all'attenzione del DPO.

## 2. Quali dati trattiamo

A seconda del servizio che utilizzi, trattiamo le seguenti categorie di dati:

- dati anagrafici e di contatto (nome, cognome, luogo e data di nascita, codice fiscale, indirizzo, e-mail, telefono);
- estremi del documento d'identità, necessari per l'emissione di biglietti e abbonamenti nominativi;
- dati relativi agli acquisti (biglietti, abbonamenti, prodotti dello store, settore e posto assegnato);
- dati di pagamento, trattati esclusivamente dai gestori dei servizi di pagamento;
- immagini raccolte dal sistema di videosorveglianza dello stadio e dai fotografi accreditati;
- dati di navigazione e identificativi online raccolti tramite cookie, secondo quanto indicato nella Cookie Policy.

Non chiediamo dati appartenenti a categorie particolari. Se ci comunichi una disabilità per richiedere un posto riservato, tratteremo tale informazione solo per organizzare la tua accoglienza allo stadio.

## 3. Finalità e basi giuridiche

| Finalità | Base giuridica | Conservazione |
| Vendita di biglietti e abbonamenti nominativi, controllo accessi allo stadio | Esecuzione del contratto e obbligo di legge (art. 6, par. 1, lett. b e c GDPR) | 10 anni dall'evento |
| Verifica dell'assenza di provvedimenti di divieto di accesso (DASPO) | Obbligo di legge (normativa sulla sicurezza delle manifestazioni sportive) | Per la durata della stagione sportiva |
| Vendita di prodotti dello store online e assistenza clienti | Esecuzione del contratto | 10 anni per gli obblighi fiscali |
| Programma fedeltà Brenta Club Card | Esecuzione del contratto | Fino alla cancellazione dal programma |
| Videosorveglianza dello stadio per la sicurezza pubblica | Obbligo di legge e interesse pubblico | 7 giorni, salvo richieste dell'autorità giudiziaria |
| Newsletter e comunicazioni promozionali | Consenso (art. 6, par. 1, lett. a GDPR) | Fino alla revoca del consenso |
| Analisi delle preferenze dei tifosi (profilazione) | Consenso | 24 mesi dalla raccolta |

Il conferimento dei dati contrassegnati come obbligatori è necessario per emettere i titoli di accesso: in mancanza non potremo venderti biglietti o abbonamenti. Il consenso per le finalità promozionali e di profilazione è invece facoltativo e puoi revocarlo in ogni momento.

## 4. Biglietti nominativi e sicurezza dello stadio

La normativa italiana sulle manifestazioni sportive prevede che i titoli di accesso siano nominativi. Per questo, all'acquisto, trasmettiamo nome, cognome, data e luogo di nascita del titolare del biglietto ai sistemi di controllo previsti dalla legge, che verificano l'assenza di divieti di accesso. In caso di cambio nominativo, gli stessi controlli sono effettuati sul nuovo titolare.

All'ingresso, gli steward possono chiederti di esibire un documento d'identità per verificare la corrispondenza con il nominativo riportato sul biglietto. Non conserviamo copia del documento esibito ai tornelli.

## 5. Destinatari dei dati

I tuoi dati possono essere comunicati alle seguenti categorie di destinatari, che li trattano in qualità di responsabili del trattamento o di titolari autonomi:

| Destinatario | Ruolo | Attività |
| Questura e Forze dell'Ordine | Titolari autonomi | Sicurezza pubblica e prevenzione |
| Lega Italiana Calcio Professionistico | Titolare autonomo | Statistiche sugli spettatori e adempimenti federali |
| Gestori dei servizi di pagamento | Titolari autonomi | Pagamenti online e presso le biglietterie |
| Società di steward e vigilanza | Responsabile del trattamento | Controllo accessi e sicurezza allo stadio |
| Fornitori di servizi cloud e IT | Responsabili del trattamento | Hosting del sito, dell'app e del CRM |

I dati non sono diffusi. Alcuni fornitori possono trattare dati al di fuori dello Spazio Economico Europeo: in tal caso il trasferimento avviene sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali standard.

## 6. Diritti dell'interessato

In qualsiasi momento puoi esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR, e in particolare:

- accedere ai tuoi dati e ottenerne copia;
- chiederne la rettifica o l'aggiornamento;
- chiederne la cancellazione, nei limiti degli obblighi di legge;
- chiedere la limitazione del trattamento;
- opporti al trattamento fondato sul legittimo interesse;
- ricevere i dati in un formato strutturato (portabilità);
- revocare il consenso prestato, senza pregiudicare la liceità del trattamento svolto prima della revoca.

Per esercitare i tuoi diritti scrivi a [privacy@brentacalcio.it](mailto:privacy@brentacalcio.it). Ti risponderemo entro un mese dalla richiesta, prorogabile di due mesi nei casi più complessi; in tal caso ti spiegheremo perchè.

Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma, [www.garanteprivacy.it](https://www.garanteprivacy.it).

## 7. Minori

Per l'acquisto di biglietti ridotti "Under 14" sono richiesti i dati del minore, forniti dal genitore o da chi esercita la responsabilità genitoriale. L'iscrizione alla newsletter e al programma fedeltà è riservata a chi ha compiuto 14 anni.

## 8. Sicurezza dei dati

Adottiamo misure tecniche e organizzative adeguate per proteggere i dati da accessi non autorizzati, perdita o distruzione, tra cui la cifratura delle comunicazioni, il controllo degli accessi ai sistemi di biglietteria e la formazione del personale. Gli operatori autorizzati accedono ai dati solo nella misura necessaria alle loro mansioni.

## 9. Modifiche all'informativa

Il Club può aggiornare la presente informativa, ad esempio in caso di modifiche normative o di nuovi servizi. La versione aggiornata è sempre pubblicata su questa pagina, con l'indicazione della data dell'ultimo aggiornamento.
"""

EDITS = [
    {"note": "typo fixed: 'perchè' -> 'perché' (no date change)", "bump": False,
     "repl": [("in tal caso ti spiegheremo perchè.", "in tal caso ti spiegheremo perché.")]},
    {"note": "ticketing provider added to the recipients table",
     "repl": [("| Società di steward e vigilanza |",
               "| Vivaticket S.p.A. | Responsabile del trattamento | Gestione della biglietteria online e dei tornelli |\n"
               "| Società di steward e vigilanza |")]},
    {"note": "CCTV retention changed from 7 days to 72 hours",
     "repl": [("| 7 giorni, salvo richieste dell'autorità giudiziaria |",
               "| 72 ore, salvo richieste dell'autorità giudiziaria |")]},
    {"note": "new section on the digital ticket in the official app",
     "repl": [("## 5. Destinatari dei dati",
               "### Biglietto digitale nell'app ufficiale\n\n"
               "Dalla stagione 2024/2025 i biglietti e gli abbonamenti sono disponibili anche in formato digitale "
               "nell'app ufficiale del Club. Il QR code del biglietto si rigenera ogni 30 secondi per impedire la "
               "duplicazione: per questo l'app registra l'identificativo del dispositivo su cui il biglietto è "
               "attivato. Se trasferisci un biglietto a un amico, riceveremo il suo nome e il suo indirizzo e-mail "
               "per completare il cambio nominativo.\n\n"
               "## 5. Destinatari dei dati")]},
    {"note": "DPO contact changed (new address and a phone line)",
     "repl": [("contattabile all'indirizzo [dpo@brentacalcio.it](mailto:dpo@brentacalcio.it) oppure per posta",
               "contattabile all'indirizzo [rpd@brentacalcio.it](mailto:rpd@brentacalcio.it), al numero 049 876 5410 oppure per posta")]},
]

TEAMS = ["Vicenza", "Triestina", "Padova", "Trento", "Lecco", "Novara", "Pergolettese", "Pro Patria",
         "Renate", "Alcione Milano", "Arzignano", "Giana Erminio", "AlbinoLeffe", "Union Clodiense", "Feralpisalò"]
SECTORS = ["Curva Sud", "Tribuna Est", "Tribuna Ovest", "Distinti"]
GIORNI = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    kind = rng.choice(["live", "next", "next", "result"])
    opp = rng.randrange(len(TEAMS))
    if kind == "live":
        s["matchbar"] = ("live", opp, rng.randint(1, 93), rng.randint(0, 3), rng.randint(0, 2), rng.random() < 0.5)
    elif kind == "result":
        s["matchbar"] = ("result", opp, 90, rng.randint(0, 4), rng.randint(0, 3), rng.random() < 0.5)
    else:
        s["matchbar"] = ("next", opp, rng.randint(0, 6) * 24 * 60 + rng.randint(0, 1439), 0, 0, rng.random() < 0.5)
    s["box_office"] = (rng.randrange(len(TEAMS)), tuple(rng.choice([0, rng.randint(12, 2400)]) for _ in SECTORS),
                       (when + dt.timedelta(days=rng.randint(2, 14))).date().isoformat())
    s["clientlibs"] = C.keep_or(rng, p.get("clientlibs"), 0.25, lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32)))
    prev_md = dict(p.get("modify", ()))
    if not prev_md:
        base = when - dt.timedelta(days=rng.randint(30, 90))
        prev_md = {k: C.iso(base + dt.timedelta(minutes=rng.randint(0, 240))) for k in range(12)}
    elif rng.random() < 0.3:
        for k in rng.sample(range(12), rng.randint(1, 4)):
            prev_md[k] = C.iso(when - dt.timedelta(hours=rng.randint(2, 300)))
    s["modify"] = tuple(sorted(prev_md.items()))
    return s


LABELS = {"matchbar": "header match bar (live score / next fixture countdown)",
          "box_office": "'Biglietteria' fragment inside #legal-content (seats left)",
          "clientlibs": "clientlib lc-hashes (deploy)", "modify": "data-cmp-data-layer repo:modifyDate re-saves"}


def dl_attr(cid, typ, modify, extra):
    d = {cid: dict({"@type": "brenta/components/" + typ, "repo:modifyDate": modify}, **extra)}
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=False).replace('"', "&#34;")


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (t, C.inline_html(x), t) for x in r)
                           for r, t in zip(v, ["th"] + ["td"] * (len(v) - 1)))
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%%"><tbody>%s</tbody></table>' % rows)
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def box_office(state):
    opp, seats, d = state["box_office"]
    dd = dt.date.fromisoformat(d)
    items = []
    for sec, n in zip(SECTORS, seats):
        if n:
            items.append('<li class="cmp-boxoffice__sector"><span class="cmp-boxoffice__name">%s</span> '
                         '<span class="cmp-boxoffice__left">restano %s posti</span></li>' % (sec, "{:,}".format(n).replace(",", ".")))
        else:
            items.append('<li class="cmp-boxoffice__sector cmp-boxoffice__sector--soldout"><span class="cmp-boxoffice__name">%s</span> '
                         '<span class="cmp-boxoffice__left">ESAURITO</span></li>' % sec)
    return """<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-5c2e7a9d41" class="cmp-experiencefragment cmp-experiencefragment--biglietteria">
<div id="container-a41f0c6e2b" class="cmp-container">
    <div class="cmp-boxoffice" data-match-date="%s">
        <p class="cmp-boxoffice__kicker">Biglietteria</p>
        <p class="cmp-boxoffice__match">Brenta – %s · %s %d %s</p>
        <ul class="cmp-boxoffice__sectors">%s</ul>
        <a class="cmp-button" href="https://brentacalcio.vivaticket.it/?utm_source=sito&amp;utm_medium=xf-privacy"><span class="cmp-button__text">Acquista</span></a>
    </div>
</div>
</div>
</div>""" % (d, TEAMS[opp], GIORNI[dd.weekday()], dd.day, MESI[dd.month - 1][:3], "".join(items))


def matchbar(state, when):
    kind, opp, x, a, b, home = state["matchbar"]
    h, o = ("Brenta", TEAMS[opp]) if home else (TEAMS[opp], "Brenta")
    if kind == "live":
        return ('<div class="cmp-matchbar cmp-matchbar--live"><span class="cmp-matchbar__badge">LIVE</span> '
                '<span class="cmp-matchbar__minute">%d\'</span> <span class="cmp-matchbar__teams">%s %d - %d %s</span> '
                '<a href="/it/partite/live.html">Segui la diretta</a></div>' % (x, h, a, b, o))
    if kind == "result":
        return ('<div class="cmp-matchbar cmp-matchbar--result"><span class="cmp-matchbar__badge">Finale</span> '
                '<span class="cmp-matchbar__teams">%s %d - %d %s</span> <a href="/it/news/highlights.html">Highlights</a></div>'
                % (h, a, b, o))
    ko = when + dt.timedelta(minutes=x)
    return ('<div class="cmp-matchbar cmp-matchbar--next"><span class="cmp-matchbar__badge">Prossima partita</span> '
            '<span class="cmp-matchbar__teams">%s – %s</span> <time datetime="%s">%s %d %s, ore %s</time> '
            '<span class="cmp-matchbar__countdown" data-kickoff="%s">-%dg %02dh %02dm</span> <a href="/it/biglietti.html">Biglietti</a></div>'
            % (h, o, C.iso(ko), GIORNI[ko.weekday()], ko.day, MESI[ko.month - 1][:3], ko.strftime("%H:%M"), C.iso(ko),
               x // 1440, x % 1440 // 60, x % 60))


def render(state, blocks, when):
    base, site, dl = state["clientlibs"]
    modify = dict(state["modify"])
    head, secs = C.split_sections(blocks)
    comps = []
    k = 0
    # title component
    h1 = [b for b in head if b[0] == "h1"][0]
    cid = "title-" + C.det_sha("title", URL)[:10]
    comps.append('<div class="title aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-title">\n    <h1 class="cmp-title__text">%s</h1>\n</div>\n</div>'
                 % (dl_attr(cid, "title", modify[k], {"dc:title": h1[1]}), cid, html.escape(h1[1])))
    groups = [[b for b in head if b[0] != "h1"]] + [[("h2", t)] + bl for t, bl in secs]
    for gi, g in enumerate(groups):
        k = min(gi + 1, 11)
        cid = "text-" + C.det_sha("text", URL, gi)[:10]
        inner = rte(g)
        comps.append('<div class="text aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n    %s\n</div>\n\n    \n</div>'
                     % (dl_attr(cid, "text", modify[k], {"xdm:text": inner}), cid, inner))
        if gi == 0:
            comps.append(box_office(state))
    main = "\n".join(comps)
    page_dl = {"page-8a1f3c2b7e": {"@type": "brenta/components/page", "repo:modifyDate": max(modify.values()),
                                   "dc:title": "Informativa privacy", "xdm:template": "/conf/brenta/settings/wcm/templates/legal-page",
                                   "xdm:language": "it-IT", "xdm:tags": [], "repo:path": "/content/brenta/it/club/privacy.html"}}
    page_js = json.dumps(json.dumps(page_dl, separators=(",", ":"))).replace("-", "\\u002D").replace('\\"', "\\x22")
    return """<!DOCTYPE HTML>
<html lang="it-IT">
    <head>
    <meta charset="UTF-8"/>
    <title>Informativa privacy | Calcio Brenta 1919</title>
    
    
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    

    
    
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="it-IT" href="%(url)s"/>
<link rel="alternate" hreflang="en" href="https://www.brentacalcio.it/en/club/privacy.html"/>


    

<meta property="og:title" content="Informativa privacy"/>
<meta property="og:url" content="%(url)s"/>
<meta property="og:type" content="website"/>
<meta property="og:site_name" content="Calcio Brenta 1919"/>
<meta property="og:image" content="https://www.brentacalcio.it/content/dam/brenta/og/brenta-og.jpg"/>

    
    
<link rel="stylesheet" href="/etc.clientlibs/brenta/clientlibs/clientlib-base.lc-%(base)s-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/brenta/clientlibs/clientlib-site.lc-%(site)s-lc.min.css" type="text/css">

<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js"></script>

    
    <script src="https://cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>
    <script type="text/javascript">var _iub = _iub || []; _iub.csConfiguration = {"siteId":3192044,"cookiePolicyId":58273619,"lang":"it","countryDetection":true,"enableTcf":true,"banner":{"acceptButtonDisplay":true,"customizeButtonDisplay":true,"position":"float-bottom-center"}};</script>
    <script src="https://assets.adobedtm.com/5f2c1a9e0b7d/8e4a3c1f62d0/launch-1b7f0e3a9c5d.min.js" async></script>
    
    

    
    
    

    </head>
    <body class="page basicpage" id="page-8a1f3c2b7e" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="si apre in una nuova scheda" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        
        
        
            <script>
                window.adobeDataLayer = window.adobeDataLayer || [];
                adobeDataLayer.push({
                    page: JSON.parse(%(page_js)s),
                    event:'cmp:show',
                    eventInfo: {
                        path: 'page.page\\u002D8a1f3c2b7e'
                    }
                });
            </script>
            
            
                



                
<div class="root container responsivegrid">

    
    <div id="container-2f5d1a9b3c" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    <header class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-0d7b3e91f2" class="cmp-experiencefragment cmp-experiencefragment--header">
<div id="container-77c0a2e4d1" class="cmp-container">
    <div class="cmp-matchbar-wrapper" data-sdi="true">
        <!-- SDI include (path: /content/experience-fragments/brenta/it/site/header/master/_jcr_content/root/matchbar.nocache.html/brenta/components/matchbar, resourceType: brenta/components/matchbar) -->
        %(matchbar)s
    </div>
    <div class="navigation">
<nav id="navigation-3a5e0f9c1d" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Menu principale">
    <ul class="cmp-navigation__group">
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/news.html" class="cmp-navigation__item-link">News</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/squadra.html" class="cmp-navigation__item-link">Prima squadra</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/partite.html" class="cmp-navigation__item-link">Partite</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/biglietti.html" class="cmp-navigation__item-link">Biglietti e abbonamenti</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="https://store.brentacalcio.it" class="cmp-navigation__item-link">Store</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0 cmp-navigation__item--active"><a href="/it/club.html" class="cmp-navigation__item-link">Club</a></li>
    </ul>
</nav>
</div>
</div>
</div>
</header>
<main class="container responsivegrid aem-GridColumn aem-GridColumn--default--12">

    
    <div id="legal-content" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    %(main)s

    
</div>

    </div>

    
</main>
<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-e3a91c5b70" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div id="container-c5d2e8f013" class="cmp-container">
    <div class="cmp-sponsors"><p class="cmp-sponsors__title">Main sponsor</p>
        <ul class="cmp-sponsors__list">
            <li><a href="https://www.banca-euganea.it" rel="noopener"><img src="/content/dam/brenta/sponsor/banca-euganea.svg" alt="Banca Euganea"/></a></li>
            <li><a href="https://www.errea.com" rel="noopener"><img src="/content/dam/brenta/sponsor/errea.svg" alt="Erreà"/></a></li>
            <li><a href="https://www.acquevenete.it" rel="noopener"><img src="/content/dam/brenta/sponsor/acque-venete.svg" alt="Acque Venete"/></a></li>
        </ul>
    </div>
    <div class="text"><div class="cmp-text"><p>© Calcio Brenta 1919 S.p.A. – P. IVA 04518270285 – <a href="/it/club/privacy.html">Privacy</a> – <a href="/it/club/cookie-policy.html">Cookie policy</a> – <a href="/it/club/trasparenza.html">Società trasparente</a></p></div></div>
</div>
</div>
</footer>

    
</div>

    </div>

    
</div>


                
            
            
        
        
    
<script src="/etc.clientlibs/brenta/clientlibs/clientlib-site.lc-%(dl)s-lc.min.js"></script>

    

    <script type="text/javascript">_satellite.pageBottom();</script>
    </body>
</html>
""" % {"url": URL, "base": base, "site": site, "dl": dl, "main": main, "matchbar": matchbar(state, when),
       "page_js": page_js}


PAGE = {
    "service": "Calcio Brenta 1919",
    "url": URL,
    "lang": "it",
    "platform": "Adobe Experience Manager as a Cloud Service (WCM Core Components v2)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1euwest1"), ("X-Vhost", "publish"),
                      ("Cache-Control", "max-age=60"), ("Age", "17")),
    "n": 32,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#legal-content", "remove": [".experiencefragment"]},
}
