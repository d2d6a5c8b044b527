"""Frantoio Bellavista (Bitonto, BA), olive-oil shop - it-IT - PrestaShop 8 (classic child theme), lgcookieslaw.

One CMS page "Privacy, note legali e condizioni di vendita": a "Vai a" list, then the TinyMCE content as one flat
text with three h2 documents, each with an anchor: "Privacy e Cookie Policy" first (cookies are a part of it),
then "Note legali", then "Termini di vendita". The privacy policy is the range from its anchor to the "Note legali"
anchor; edits of the legal notes and the sales terms (shipping prices) are not privacy changes.
"""
import datetime as dt
import common as C

URL = "https://www.frantoiobellavista.it/content/7-privacy-note-legali-condizioni-vendita"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
## Privacy e Cookie Policy

Informativa sul trattamento dei dati personali ai sensi dell'art. 13 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 30 giugno 2003, n. 196 ("Codice Privacy"), come modificato dal D.Lgs. 10 agosto 2018, n. 101.

Ultimo aggiornamento: {UPDATED}

### 1. Titolare del trattamento

Titolare del trattamento è Bellavista Oleari S.r.l., con sede legale in Contrada Lama di Grazia s.n., 70032 Bitonto (BA), P.IVA 07834120725, e-mail [privacy@frantoiobellavista.it](mailto:privacy@frantoiobellavista.it), telefono 080 375 4412.

### 2. Dati trattati

**Dati di navigazione.** I sistemi informatici preposti al funzionamento del sito acquisiscono, nel corso del loro normale esercizio, alcuni dati la cui trasmissione è implicita nell'uso dei protocolli di comunicazione di Internet: indirizzi IP, tipo di browser, sistema operativo, orario della richiesta. Tali dati sono utilizzati al solo fine di garantire il corretto funzionamento del sito e la sua sicurezza e vengono cancellati dopo 30 giorni, salvo eventuali accertamenti di reati informatici.

**Dati forniti volontariamente.** Nome, cognome, indirizzo di spedizione e di fatturazione, codice fiscale o partita IVA, indirizzo e-mail e numero di telefono che l'utente inserisce per registrarsi, effettuare un ordine, iscriversi alla newsletter o contattarci.

**Dati di pagamento.** I dati della carta di pagamento sono inseriti direttamente nelle pagine sicure dei gestori dei pagamenti e non sono in alcun modo conosciuti né conservati dal Titolare.

### 3. Finalità e basi giuridiche del trattamento

| Finalità | Base giuridica |
| Gestione dell'account cliente, degli ordini, delle spedizioni e dell'assistenza post-vendita | Esecuzione del contratto (art. 6.1.b GDPR) |
| Adempimenti fiscali e contabili | Obbligo di legge (art. 6.1.c GDPR) |
| Invio di comunicazioni commerciali relative a prodotti analoghi a quelli acquistati (soft spam) | Legittimo interesse (art. 6.1.f GDPR e art. 130, comma 4, Codice Privacy) |
| Invio della newsletter con offerte, ricette e notizie dal frantoio | Consenso (art. 6.1.a GDPR) |
| Tutela dei diritti del Titolare in sede giudiziaria | Legittimo interesse (art. 6.1.f GDPR) |

Il conferimento dei dati necessari all'esecuzione dell'ordine è obbligatorio; in mancanza non sarà possibile dar corso all'acquisto. Il conferimento dei dati per la newsletter è facoltativo e il consenso può essere revocato in ogni momento tramite il link presente in ogni e-mail.

### 3-bis. Dati di terzi e minori

Se l'utente indica come destinatario della spedizione una persona diversa da sé (ad esempio per una confezione regalo), garantisce di averla informata e di poterne comunicare i dati. La vendita di prodotti tramite il sito è riservata ai maggiorenni e il Titolare non raccoglie consapevolmente dati di minori di 18 anni.

### 4. Modalità del trattamento

Il trattamento è effettuato con strumenti informatici e, in parte, cartacei, da personale autorizzato e istruito dal Titolare, adottando misure di sicurezza adeguate a prevenire la perdita dei dati, usi illeciti o non corretti e accessi non autorizzati. Non viene effettuato alcun processo decisionale automatizzato.

### 5. Destinatari dei dati

I dati possono essere comunicati, nei limiti strettamente necessari, a:

- corrieri e spedizionieri (BRT S.p.A.) per la consegna dei prodotti;
- gestori dei pagamenti (PayPal Europe, Nexi Payments S.p.A.) per la gestione delle transazioni;
- fornitore dei servizi di hosting e di manutenzione della piattaforma e-commerce;
- fornitore del servizio di invio della newsletter (Brevo);
- studio commercialista incaricato della tenuta della contabilità;
- autorità pubbliche, ove previsto dalla legge.

I fornitori che trattano dati per conto del Titolare sono nominati responsabili del trattamento ai sensi dell'art. 28 GDPR. L'elenco aggiornato dei responsabili è disponibile su richiesta. I dati non sono diffusi.

### 6. Trasferimento dei dati fuori dall'Unione europea

Alcuni fornitori potrebbero trattare dati al di fuori dello Spazio economico europeo. In tal caso il trasferimento avviene sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali standard approvate dalla Commissione.

### 7. Periodo di conservazione

I dati relativi agli ordini e alle fatture sono conservati per 10 anni, come previsto dall'art. 2220 del Codice civile. I dati dell'account sono conservati fino alla richiesta di cancellazione dell'account o dopo 24 mesi di inattività. I dati trattati per finalità di marketing sono conservati fino alla revoca del consenso o all'opposizione e, in ogni caso, non oltre 24 mesi dall'ultima interazione.

### 8. Diritti dell'interessato

L'interessato può esercitare in qualsiasi momento i diritti di cui agli artt. 15-22 GDPR: accesso, rettifica, cancellazione, limitazione, portabilità, opposizione al trattamento, nonché revocare il consenso prestato, scrivendo a [privacy@frantoiobellavista.it](mailto:privacy@frantoiobellavista.it).

L'interessato ha inoltre diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

### 9. Cookie Policy

Il sito utilizza cookie tecnici, necessari al funzionamento del negozio (sessione, carrello, lingua), che non richiedono il consenso dell'utente.

Il sito utilizza inoltre Google Analytics, fornito da Google Ireland Limited, con indirizzo IP anonimizzato, per raccogliere statistiche aggregate sull'uso del sito. Proseguendo nella navigazione o scorrendo la pagina, l'utente acconsente all'uso di tali cookie.

| Cookie | Fornitore | Finalità | Durata |
| PrestaShop-# | Frantoio Bellavista | Sessione e carrello | 480 ore |
| lgcookieslaw | Frantoio Bellavista | Memorizza le scelte sui cookie | 1 anno |
| _ga | Google | Statistiche | 2 anni |
| _gid | Google | Statistiche | 24 ore |

L'utente può gestire le proprie preferenze dal pannello "Preferenze cookie" presente in fondo a ogni pagina, oppure attraverso le impostazioni del proprio browser.

Il sito contiene pulsanti e collegamenti ai profili social di Frantoio Bellavista (Facebook, Instagram) e video incorporati da YouTube in modalità di privacy avanzata: i contenuti di terze parti vengono caricati solo dopo che l'utente vi ha acconsentito o ha fatto clic per visualizzarli.

### 10. Modifiche alla presente informativa

Il Titolare si riserva di modificare la presente informativa. Le modifiche saranno pubblicate su questa pagina con indicazione della data di aggiornamento.
"""

EDITS = [
    {"note": "cookie policy rewritten after the Garante's Linee guida cookie of 10 June 2021: scrolling is no longer consent, banner with X, analytics only with consent",
     "repl": [("Il sito utilizza inoltre Google Analytics, fornito da Google Ireland Limited, con indirizzo IP anonimizzato, per raccogliere statistiche aggregate sull'uso del sito. Proseguendo nella navigazione o scorrendo la pagina, l'utente acconsente all'uso di tali cookie.",
               "Il sito utilizza inoltre Google Analytics, fornito da Google Ireland Limited, con indirizzo IP anonimizzato, per raccogliere statistiche aggregate sull'uso del sito. Tali cookie sono installati solo previo consenso dell'utente, espresso tramite il banner mostrato al primo accesso, in conformità alle Linee guida cookie e altri strumenti di tracciamento del Garante del 10 giugno 2021. La chiusura del banner mediante la X o il semplice scorrimento della pagina non comportano il consenso: in tal caso sono utilizzati solo i cookie tecnici. La scelta dell'utente è conservata per 6 mesi, trascorsi i quali il banner viene riproposto.")]},
    {"note": "carriers list: SDA/Poste Italiane added next to BRT (silent edit)", "bump": False,
     "repl": [("- corrieri e spedizionieri (BRT S.p.A.) per la consegna dei prodotti;",
               "- corrieri e spedizionieri (BRT S.p.A., SDA Express Courier S.p.A. - Gruppo Poste Italiane) per la consegna dei prodotti;")]},
    {"note": "Meta Pixel added: marketing purpose with consent in the purposes table, cookie table row _fbp",
     "repl": [("| Invio della newsletter con offerte, ricette e notizie dal frantoio | Consenso (art. 6.1.a GDPR) |",
               "| Invio della newsletter con offerte, ricette e notizie dal frantoio | Consenso (art. 6.1.a GDPR) |\n| Misurazione e personalizzazione delle campagne pubblicitarie su Facebook e Instagram (Meta Pixel) | Consenso (art. 6.1.a GDPR) |"),
              ("| _gid | Google | Statistiche | 24 ore |", "| _gid | Google | Statistiche | 24 ore |\n| _fbp | Meta Platforms Ireland | Marketing e remarketing | 3 mesi |")]},
    {"note": "Universal Analytics replaced by Google Analytics 4; US transfers under the EU-US Data Privacy Framework; cookie table updated",
     "repl": [("Il sito utilizza inoltre Google Analytics, fornito da Google Ireland Limited, con indirizzo IP anonimizzato, per raccogliere statistiche aggregate sull'uso del sito.",
               "Il sito utilizza inoltre Google Analytics 4, fornito da Google Ireland Limited, per raccogliere statistiche aggregate sull'uso del sito; i dati possono essere trasferiti a Google LLC negli Stati Uniti, società certificata ai sensi dell'EU-US Data Privacy Framework."),
              ("| _ga | Google | Statistiche | 2 anni |\n| _gid | Google | Statistiche | 24 ore |\n", "| _ga | Google | Statistiche (Google Analytics 4: identificativo utente e stato della sessione) | 2 anni |\n"),
              ("Alcuni fornitori potrebbero trattare dati al di fuori dello Spazio economico europeo. In tal caso il trasferimento avviene sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali standard approvate dalla Commissione.",
               "Alcuni fornitori (Google, Meta) potrebbero trattare dati al di fuori dello Spazio economico europeo. In tal caso il trasferimento avviene sulla base della decisione di adeguatezza della Commissione europea del 10 luglio 2023 relativa all'EU-US Data Privacy Framework o delle clausole contrattuali standard approvate dalla Commissione.")]},
    {"note": "new purpose: post-purchase review invitations via Trustpilot (legitimate interest), Trustpilot added to recipients",
     "repl": [("| Tutela dei diritti del Titolare in sede giudiziaria |",
               "| Invio, dopo la consegna, di un invito a recensire l'acquisto su Trustpilot | Legittimo interesse (art. 6.1.f GDPR) |\n| Tutela dei diritti del Titolare in sede giudiziaria |"),
              ("- studio commercialista incaricato", "- Trustpilot A/S, per l'invio degli inviti a lasciare una recensione (nome, e-mail e numero d'ordine);\n- studio commercialista incaricato")]},
]

# ---------------------------------------------------------------- other documents (noise)

CAPITALE = [(dt.datetime(2000, 1, 1), "10.000,00"), (dt.datetime(2023, 1, 16), "50.000,00")]
PEC = [(dt.datetime(2000, 1, 1), "bellavistaoleari@pec.it"), (dt.datetime(2024, 6, 3), "bellavistaoleari@legalmail.it")]
SPED = [(dt.datetime(2000, 1, 1), "7,90", "59", "12,90"), (dt.datetime(2022, 3, 7), "8,90", "69", "14,90"),
        (dt.datetime(2023, 9, 11), "9,90", "79", "16,90"), (dt.datetime(2025, 2, 3), "9,90", "89", "17,90")]
PS = [(dt.datetime(2000, 1, 1), "1.7.8.5"), (dt.datetime(2022, 11, 14), "1.7.8.8"), (dt.datetime(2024, 2, 19), "8.1.4"),
      (dt.datetime(2025, 5, 5), "8.2.1")]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def others_src(s):
    cap, pec = s["capitale"], s["pec"]
    std, free, isole = s["spedizione"]
    return """
## Note legali

@ Bellavista Oleari S.r.l.
@ Contrada Lama di Grazia s.n. - 70032 Bitonto (BA)
@ P.IVA e C.F. 07834120725 - REA BA-588412
@ Capitale sociale € %s i.v.
@ PEC: %s

I contenuti del sito (testi, fotografie, marchio "Frantoio Bellavista" e logo) sono di proprietà di Bellavista Oleari S.r.l. e non possono essere riprodotti senza autorizzazione scritta. Le immagini dei prodotti hanno valore illustrativo.

Il Titolare non risponde di eventuali danni derivanti dall'uso del sito o dall'impossibilità di accedervi, né del contenuto dei siti esterni collegati.

## Termini di vendita

### Oggetto e conclusione del contratto

Le presenti condizioni regolano la vendita a distanza dei prodotti presenti sul sito, ai sensi del D.Lgs. 206/2005 (Codice del Consumo). Il contratto si conclude con l'invio della conferma d'ordine via e-mail.

### Prezzi e spedizioni

Tutti i prezzi sono espressi in euro e comprensivi di IVA. Le spese di spedizione per l'Italia ammontano a € %s per ordine; la spedizione è gratuita per ordini superiori a € %s. Per Sicilia, Sardegna e isole minori il costo è di € %s. La consegna avviene in 2-4 giorni lavorativi dalla conferma del pagamento.

### Diritto di recesso

Il consumatore ha diritto di recedere dal contratto entro 14 giorni dal ricevimento della merce, senza indicarne le ragioni, comunicandolo a [ordini@frantoiobellavista.it](mailto:ordini@frantoiobellavista.it). Le spese di restituzione sono a carico del cliente. Il recesso è escluso per i prodotti sigillati aperti dopo la consegna.

### Garanzia legale e reclami

Si applica la garanzia legale di conformità prevista dagli artt. 128 e seguenti del Codice del Consumo. Eventuali reclami possono essere inviati a [ordini@frantoiobellavista.it](mailto:ordini@frantoiobellavista.it).
""" % (cap, pec, std, free, isole)


ANCHORS = {"Privacy e Cookie Policy": "privacy", "Note legali": "note-legali", "Termini di vendita": "termini-di-vendita"}


def pshtml(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2><a id="%s"></a>%s</h2>' % (ANCHORS[v], C.inline_html(v)))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(l) for l in v))
        elif kind == "table":
            rows = ["<tr>\n%s</tr>\n" % "".join("<td>%s</td>\n" % (("<strong>%s</strong>" if n == 0 else "%s") % C.inline_html(x)) for x in r) for n, r in enumerate(v)]
            out.append('<table class="table table-bordered" style="width: 100%%;" border="1">\n<tbody>\n%s</tbody>\n</table>' % "".join(rows))
        elif kind == "ul":
            out.append("<ul>\n%s</ul>" % "".join("<li>%s</li>\n" % C.inline_html(i) for i in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def gold_md(blocks):
    # the first table row is plain cells in bold on the page: curated as a table whose header is that row
    return C.blocks_md(blocks, URL)


BANNERS = [("novello", "Olio nuovo %d: prenota il tuo extravergine appena franto"), ("sped", "Spedizione gratuita in Italia sopra i %s €"),
           ("regalo", "Confezioni regalo per Natale: ordina entro il 15 dicembre"), ("ricette", "Scopri le ricette pugliesi sul nostro blog")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["capitale"] = at(CAPITALE, when)[1]
    s["pec"] = at(PEC, when)[1]
    s["spedizione"] = at(SPED, when)[1:]
    s["ps"] = at(PS, when)[1]
    s["tokens"] = (C.hexs(rng, 32), C.hexs(rng, 32), rng.randint(0, 3))
    s["ccc"] = C.keep_or(rng, prev.get("ccc"), 0.35, lambda: C.hexs(rng, 6))
    m = when.month
    s["banner"] = "novello" if m in (10, 11) else ("regalo" if m == 12 else C.keep_or(rng, prev.get("banner") if prev.get("banner") in ("sped", "ricette") else None, 0.5, lambda: rng.choice(["sped", "ricette"])))
    s["lgcookieslaw"] = C.keep_or(rng, prev.get("lgcookieslaw"), 0.1, lambda: rng.choice(["1.5.4", "2.0.7", "2.1.3"]))
    return s


LABELS = {
    "capitale": "other document: note legali's share capital",
    "pec": "other document: note legali's PEC address",
    "spedizione": "other document: sales terms' shipping prices and free-shipping threshold",
    "ps": "PrestaShop version (generator meta, asset paths)",
    "tokens": "PrestaShop static_token / token and cart count in the prestashop JS object",
    "ccc": "PrestaShop CCC theme cache file names",
    "banner": "seasonal header banner",
    "lgcookieslaw": "lgcookieslaw consent module version",
}


def render(s, blocks, when):
    static_tok, tok, cart = s["tokens"]
    ccc = s["ccc"]
    std, free, isole = s["spedizione"]
    ban = s["banner"]
    btxt = {"novello": "Olio nuovo %d: prenota il tuo extravergine appena franto" % when.year,
            "sped": "Spedizione gratuita in Italia sopra i %s €" % free,
            "regalo": "Confezioni regalo per Natale: ordina entro il 15 dicembre",
            "ricette": "Scopri le ricette pugliesi sul nostro blog"}[ban]
    content = pshtml(blocks + C.parse_src(others_src(s)))
    vai = ('<p class="vai-a"><strong>Vai a:</strong> <a href="#privacy">Privacy e Cookie Policy</a> | <a href="#note-legali">Note legali</a> | '
           '<a href="#termini-di-vendita">Termini di vendita</a></p>')
    js = ('var prestashop = {"cart":{"products":[],"products_count":%d,"subtotals":{"shipping":{"type":"shipping","label":"Spedizione","amount":0,"value":"Gratis"}}},'
          '"currency":{"id":1,"name":"Euro","iso_code":"EUR","sign":"\\u20ac"},"customer":{"is_logged":false,"is_guest":false},"language":{"name":"Italiano (Italian)","iso_code":"it","locale":"it-IT"},'
          '"page":{"title":"","canonical":"%s","meta":{"title":"Privacy, note legali e condizioni di vendita"},"page_name":"cms","body_classes":{"lang-it":true,"cms-id-7":true}},'
          '"static_token":"%s","token":"%s","urls":{"base_url":"https:\\/\\/www.frantoiobellavista.it\\/"},"configuration":{"display_taxes_label":true,"is_catalog":false}};'
          % (cart, URL, static_tok, tok))
    return ('<!doctype html>\n<html lang="it-IT">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="x-ua-compatible" content="ie=edge">\n'
            '<title>Privacy, note legali e condizioni di vendita</title>\n<meta name="description" content="Informativa privacy e cookie, note legali e termini di vendita di Frantoio Bellavista">\n'
            '<link rel="canonical" href="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="https://www.frantoiobellavista.it/themes/bellavista/assets/cache/theme-%s.css" type="text/css" media="all">\n'
            '<script>%s</script>\n'
            '<script src="https://www.frantoiobellavista.it/modules/lgcookieslaw/views/js/front.js?v=%s"></script>\n'
            '</head>\n<body id="cms" class="lang-it country-it currency-eur layout-full-width page-cms tax-display-enabled cms-id-7">\n<main>\n'
            '<header id="header"><div class="header-banner"><div class="banner-%s">%s</div></div>'
            '<nav class="header-nav"><div class="container"><div class="row"><div class="col-md-5 col-xs-12"><div id="_desktop_contact_link"><div id="contact-link"><a href="https://www.frantoiobellavista.it/contattaci">Contattaci</a></div></div></div>'
            '<div class="col-md-7 right-nav"><div id="_desktop_user_info"><div class="user-info"><a href="https://www.frantoiobellavista.it/il-mio-account" title="Accedi al tuo account cliente" rel="nofollow"><span class="hidden-sm-down">Accedi</span></a></div></div>'
            '<div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url="//www.frantoiobellavista.it/module/ps_shoppingcart/ajax"><div class="header"><span class="hidden-sm-down">Carrello</span> <span class="cart-products-count">(%d)</span></div></div></div></div></div></div></nav>'
            '<div class="header-top"><div class="container"><div id="_desktop_logo"><a href="https://www.frantoiobellavista.it/"><img class="logo img-fluid" src="https://www.frantoiobellavista.it/img/logo-1652789014.jpg" alt="Frantoio Bellavista" width="250" height="90"></a></div>'
            '<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu"><ul class="top-menu" id="top-menu" data-depth="0">'
            '<li class="category"><a class="dropdown-item" href="/3-olio-extravergine">Olio extravergine</a></li><li class="category"><a class="dropdown-item" href="/4-olive-e-conserve">Olive e conserve</a></li>'
            '<li class="category"><a class="dropdown-item" href="/5-confezioni-regalo">Confezioni regalo</a></li><li class="cms-page"><a class="dropdown-item" href="/content/4-il-frantoio">Il frantoio</a></li></ul></div>'
            '<div id="search_widget" class="search-widget" data-search-controller-url="//www.frantoiobellavista.it/ricerca"><form method="get" action="//www.frantoiobellavista.it/ricerca"><input type="hidden" name="controller" value="search"><input type="text" name="s" placeholder="Cerca nel catalogo"></form></div></div></div></header>\n'
            '<section id="wrapper"><div class="container"><nav data-depth="2" class="breadcrumb hidden-sm-down"><ol itemscope itemtype="http://schema.org/BreadcrumbList">'
            '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="https://www.frantoiobellavista.it/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>'
            '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Privacy, note legali e condizioni di vendita</span><meta itemprop="position" content="2"></li></ol></nav>\n'
            '<div id="content-wrapper"><section id="main"><header class="page-header"><h1>Privacy, note legali e condizioni di vendita</h1></header>\n'
            '<section id="content" class="page-content page-cms page-cms-7">\n%s\n%s\n</section>\n<footer class="page-footer"></footer></section></div></div></section>\n'
            '<footer id="footer"><div class="footer-container"><div class="container"><div class="row"><div class="col-md-4 links"><p class="h3">Informazioni</p><ul>'
            '<li><a href="/content/1-consegna">Consegna</a></li><li><a href="/content/7-privacy-note-legali-condizioni-vendita#privacy">Privacy e cookie</a></li><li><a href="/content/7-privacy-note-legali-condizioni-vendita#termini-di-vendita">Termini di vendita</a></li>'
            '<li><a href="#" class="lgcookieslaw-link">Preferenze cookie</a></li></ul></div><div class="col-md-4"><p>Bellavista Oleari S.r.l. - P.IVA 07834120725</p></div></div>'
            '<p class="text-sm-center">&copy; %d - Frantoio Bellavista - E-commerce realizzato con PrestaShop&trade; %s</p></div></div></footer>\n</main>\n'
            '<div id="lgcookieslaw_banner" class="lgcookieslaw-banner lgcookieslaw-banner-bottom lgcookieslaw-reject-button-enabled"><div class="lgcookieslaw-banner-message">'
            '<p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie analitici e di profilazione di terze parti. Puoi chiudere il banner con la X per continuare senza accettare.</p></div>'
            '<div class="lgcookieslaw-button-container"><button class="lgcookieslaw-button lgcookieslaw-reject-button">Rifiuta</button><button class="lgcookieslaw-button lgcookieslaw-accept-button">Accetta</button></div>'
            '<div id="lgcookieslaw-close"><button class="lgcookieslaw-close-button" aria-label="Chiudi">&times;</button></div></div>\n'
            '<script src="https://www.frantoiobellavista.it/themes/bellavista/assets/cache/bottom-%s.js"></script>\n'
            '</body>\n</html>\n'
            % (URL, ccc, js, s["lgcookieslaw"], ban, btxt, cart, vai, content, when.year, s["ps"], ccc[::-1]))


PAGE = {
    "service": "Frantoio Bellavista", "url": URL, "lang": "it-IT", "platform": "PrestaShop 1.7/8",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 4, 12), "end": dt.date(2026, 7, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#privacy", "endBefore": "#note-legali"}]},
}
