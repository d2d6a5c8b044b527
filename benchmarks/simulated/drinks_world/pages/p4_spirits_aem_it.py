"""Italian amaro and grappa distillery's brand site on Adobe Experience Manager as a Cloud Service (Core
Components, editable template "content-page"): the policy is a title component and a run of text components in
the page's `<main>` container, its cookie chapter's three kinds of cookies in a Core Components accordion with
collapsed panels. The template puts the "Il cocktail del giorno" teaser (a different recipe every day) at the end
of the same `<main>` container, so the curators select `main.cmp-container` and remove the teaser. Around it: the
age gate (date of birth), OneTrust, Adobe Launch, the Adobe Client Data Layer, versioned clientlibs whose
lc-hash moves with every Cloud Manager deployment, and Akamai's per-request bot-manager pixel in a <noscript>."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.amaroferraguti.it/it/privacy-policy.html"
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (“GDPR”) e del D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018, a coloro che visitano il sito www.amaroferraguti.it, si iscrivono alla newsletter, prenotano una visita in distilleria o acquistano nel nostro shop online. Ti invitiamo a leggerla con attenzione.

## 1. Titolare del trattamento

@ Distilleria Ferraguti S.p.A.
@ Via Vicenza 48, 36061 Bassano del Grappa (VI)
@ P.IVA e C.F. 01234560249
@ E-mail: [privacy@ferraguti.it](mailto:privacy@ferraguti.it)

Il Titolare ha nominato un Responsabile della protezione dei dati (DPO), contattabile all'indirizzo [dpo@ferraguti.it](mailto:dpo@ferraguti.it).

## 2. Età minima

Il sito promuove bevande alcoliche ed è riservato a persone che hanno compiuto 18 anni. All'ingresso ti chiediamo di indicare la tua data di nascita; la risposta viene memorizzata in un cookie tecnico per 30 giorni e non viene associata alla tua identità. Non raccogliamo consapevolmente dati di minori: se ci accorgiamo di averlo fatto, li cancelliamo immediatamente.

## 3. Quali dati trattiamo

- dati di navigazione: indirizzo IP, tipo di browser, pagine visitate, orario della richiesta;
- dati forniti volontariamente: nome, cognome, e-mail, data di nascita e città, quando ti iscrivi alla newsletter o compili il modulo contatti;
- dati relativi agli acquisti nello shop online: indirizzo di spedizione e di fatturazione, telefono, prodotti acquistati, dati di pagamento (trattati direttamente dai gestori dei pagamenti);
- dati relativi a concorsi a premi e visite in distilleria: dati anagrafici, recapiti, eventuali allergie o intolleranze comunicate per le degustazioni;
- immagini e video raccolti durante gli eventi pubblici, previa informativa esposta nel luogo dell'evento.

Se accedi o interagisci con le nostre pagine sui social network (Instagram, Facebook), possiamo ricevere le informazioni del tuo profilo pubblico e i contenuti che condividi con noi, ad esempio in occasione di concorsi o campagne con hashtag dedicati.

## 4. Finalità e basi giuridiche

| Finalità | Base giuridica | Conservazione |
| Gestione del sito e sicurezza informatica | legittimo interesse | 6 mesi (log) |
| Riscontro a richieste di informazioni | esecuzione di misure precontrattuali | 12 mesi |
| Vendita online e spedizione | esecuzione del contratto | 10 anni per gli obblighi fiscali |
| Newsletter e comunicazioni promozionali | consenso | fino alla revoca, con verifica ogni 24 mesi |
| Profilazione delle preferenze di consumo | consenso | 12 mesi |
| Prenotazione di visite e degustazioni in distilleria | esecuzione del contratto | 24 mesi |
| Concorsi a premi | obbligo di legge (D.P.R. 430/2001) | 12 mesi dalla chiusura del concorso |

Il trattamento è effettuato con strumenti elettronici e, in misura limitata, cartacei, secondo logiche strettamente correlate alle finalità indicate e adottando misure di sicurezza adeguate a prevenire la perdita dei dati, usi illeciti o non corretti e accessi non autorizzati.

Il conferimento dei dati contrassegnati come obbligatori è necesario; in mancanza non potremo dare seguito alla tua richiesta. Il consenso al marketing e alla profilazione è facoltativo e puoi revocarlo in qualsiasi momento, senza pregiudicare la liceità del trattamento basata sul consenso prestato prima della revoca.

## 5. Destinatari

I dati possono essere comunicati a soggetti che agiscono come responsabili del trattamento ai sensi dell'art. 28 GDPR:

- Adobe Systems Software Ireland Ltd. (hosting del sito e analisi statistiche);
- Salesforce.com EMEA Ltd. (invio della newsletter tramite Marketing Cloud);
- OneTrust Technology Ltd. (gestione dei consensi);
- Shopify International Ltd. (shop online);
- BRT S.p.A. (spedizioni);
- agenzie di comunicazione incaricate dell'organizzazione di eventi e concorsi.

All'interno della Distilleria i dati sono trattati dal personale degli uffici marketing, commerciale, amministrazione e sistemi informativi, espressamente autorizzato e istruito. L'elenco aggiornato dei responsabili è disponibile su richiesta. I dati potranno inoltre essere comunicati ad autorità pubbliche quando richiesto dalla legge e non saranno in alcun caso diffusi.

## 6. Trasferimenti extra UE

Alcuni fornitori hanno sede o server negli Stati Uniti. In tali casi il trasferimento avviene sulla base della decisione di adeguatezza relativa all'EU-U.S. Data Privacy Framework o, in mancanza, delle clausole contrattuali standard approvate dalla Commissione europea.

## 7. Cookie e tecnologie simili

Utilizziamo cookie e strumenti simili. Puoi gestire le tue preferenze in ogni momento dal link “Impostazioni cookie” presente in fondo a ogni pagina.

### Cookie tecnici

Sono necessari al funzionamento del sito, ad esempio per ricordare la verifica dell'età, la lingua scelta e le tue preferenze sui cookie. Non richiedono il consenso.

### Cookie analitici

Ci aiutano a capire come viene utilizzato il sito tramite Adobe Analytics. Li installiamo solo con il tuo consenso e i dati sono raccolti in forma aggregata.

### Cookie di profilazione e di terze parti

Meta Platforms Ireland Ltd. e Google Ireland Ltd. possono installare cookie per mostrarti pubblicità in linea con i tuoi interessi, soltanto previo consenso. Per maggiori informazioni consulta le informative di tali soggetti.

## 8. I tuoi diritti

In qualità di interessato puoi esercitare in qualsiasi momento i diritti previsti dagli articoli da 15 a 22 del GDPR:

- accesso ai dati;
- rettifica;
- cancellazione (“diritto all'oblio”);
- limitazione del trattamento;
- portabilità;
- opposizione, anche al trattamento per finalità di marketing diretto;
- revoca del consenso.

Puoi esercitare i tuoi diritti scrivendo a privacy@ferraguti.it. Ti risponderemo entro un mese dal ricevimento della richiesta, termine prorogabile di due mesi in caso di particolare complessità; per verificare la tua identità potremmo chiederti ulteriori informazioni. Hai inoltre il diritto di proporre reclamo all'autorità di controllo:

@ Garante per la protezione dei dati personali
@ Piazza Venezia 11, 00187 Roma
@ [www.garanteprivacy.it](https://www.garanteprivacy.it)

## 9. Modifiche

Ci riserviamo di modificare la presente informativa in qualsiasi momento, dandone adeguata pubblicità sul sito. Ti invitiamo a consultare periodicamente questa pagina.
"""

EDITS = [
    {"note": "typo fixed (necesario -> necessario), date not bumped", "bump": False,
     "repl": [("è necesario;", "è necessario;")]},
    {"note": "Typeform added to the processors list",
     "repl": [("- BRT S.p.A. (spedizioni);",
               "- BRT S.p.A. (spedizioni);\n- Typeform S.L. (moduli di prenotazione delle visite in distilleria);")]},
    {"note": "log retention 90 days instead of 6 months",
     "repl": [("| legittimo interesse | 6 mesi (log) |", "| legittimo interesse | 90 giorni (log) |")]},
    {"note": "section 9 on video surveillance in the distillery added, Modifiche renumbered 10",
     "repl": [("## 9. Modifiche", "## 9. Videosorveglianza\n\n"
               "Gli spazi della distilleria aperti al pubblico, il punto vendita e il parcheggio sono "
               "videosorvegliati per la tutela del patrimonio aziendale e la sicurezza dei visitatori. Le aree "
               "sono segnalate da appositi cartelli. Le immagini sono conservate per 72 ore, salvo richieste "
               "dell'autorità giudiziaria, e sono visionate solo da personale autorizzato.\n\n## 10. Modifiche")]},
    {"note": "age-verification cookie kept 90 days instead of 30",
     "repl": [("in un cookie tecnico per 30 giorni", "in un cookie tecnico per 90 giorni")]},
    {"note": "DPO e-mail address changed",
     "repl": [("[dpo@ferraguti.it](mailto:dpo@ferraguti.it)", "[dpo@ferragutigroup.com](mailto:dpo@ferragutigroup.com)")]},
]

COCKTAILS = [
    ("Ferraguti Tonic", "5 cl Amaro Ferraguti, 15 cl acqua tonica, una fetta d'arancia e tanto ghiaccio."),
    ("Negroni Bassanese", "3 cl gin, 3 cl vermouth rosso, 3 cl Amaro Ferraguti, scorza d'arancia."),
    ("Grappa Sour", "5 cl Grappa Ferraguti Riserva, 2,5 cl succo di limone, 1,5 cl sciroppo di zucchero, albume."),
    ("Spritz Ferraguti", "6 cl prosecco, 4 cl Amaro Ferraguti, uno spruzzo di soda, oliva verde."),
    ("Amaro Mule", "5 cl Amaro Ferraguti, 12 cl ginger beer, 1 cl succo di lime, menta fresca."),
    ("Ferraguti Old Fashioned", "6 cl Grappa Barricata, 1 zolletta di zucchero, 2 dash di bitter, scorza d'arancia."),
    ("Caffè del Brenta", "3 cl Amaro Ferraguti, 1 espresso, 1 cl sciroppo d'acero, shakerato con ghiaccio."),
    ("Bassano Highball", "4 cl Grappa Ferraguti Bianca, 12 cl soda al pompelmo rosa, rosmarino."),
    ("Boulevardier Veneto", "3 cl bourbon, 3 cl vermouth rosso, 3 cl Amaro Ferraguti, ciliegia amarena."),
    ("Hugo alle erbe", "10 cl prosecco, 2 cl Amaro Ferraguti, 1 cl sciroppo di sambuco, menta e lime."),
    ("Ferraguti Julep", "6 cl Amaro Ferraguti, 1 cl sciroppo di zucchero, foglie di menta, ghiaccio tritato."),
    ("Mi-To Ferraguti", "4 cl Amaro Ferraguti, 4 cl vermouth rosso, una fetta di limone."),
    ("Grappa Collins", "5 cl Grappa Ferraguti Bianca, 3 cl succo di limone, 2 cl sciroppo, soda."),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "akamai": C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("="),
        "clientlibs": C.keep_or(rng, prev.get("clientlibs"), 0.16, lambda: (C.hexs(rng, 32), C.hexs(rng, 32),
                                                                           C.hexs(rng, 32))),
        "cocktail": when.date().toordinal() % len(COCKTAILS),
    }


LABELS = {"akamai": "Akamai bot-manager pixel token (per request)",
          "clientlibs": "clientlib lc-hashes (Cloud Manager deployment)",
          "cocktail": "cocktail of the day teaser (inside main, removed by the declaration)"}


def cid(kind, key):
    return "%s-%s" % (kind, C.det_sha("aem", kind, key)[:10])


def il(t):
    return C.inline_html(t)


def rte(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, il(v), kind)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>\n" + "\n".join("<li>%s</li>" % il(x) for x in v) + "\n</ul>"
    if kind == "addr":
        return "<p>" + "<br>\n".join(il(x) for x in v) + "</p>"
    if kind == "table":
        head = "".join("<th>%s</th>" % il(c) for c in v[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % il(c) for c in r) for r in v[1:])
        return '<table class="cmp-text__table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)
    raise ValueError(kind)


MOD = ["2021-06-30T15:02:11Z"]


def modify_date(blocks):
    """repo:modifyDate of the page: the day before the printed date, at a time the author's last save gives."""
    day, month, year = blocks[1][1].split(": ", 1)[1].split()
    d = dt.date(int(year), MONTHS.index(month) + 1, int(day)) - dt.timedelta(days=1)
    h = int(C.det_sha("save", repr(blocks))[:6], 16)
    return "%sT%02d:%02d:%02dZ" % (d.isoformat(), 8 + h % 9, h // 9 % 60, h // 540 % 60)


def dl(idv, typ, extra):
    d = {idv: dict({"@type": "ferraguti/components/" + typ, "repo:modifyDate": MOD[0]}, **extra)}
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True)


def text_cmp(key, inner):
    i = cid("text", key)
    return ('<div class="text aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" id="%s" '
            'class="cmp-text">\n%s\n</div>\n\n    \n</div>\n' % (dl(i, "text", {"xdm:text": inner}), i, inner))


def accordion(key, items):
    a = cid("accordion", key)
    out = ['<div class="accordion panelcontainer aem-GridColumn aem-GridColumn--default--12">\n<div id="%s" class="cmp-accordion" '
           'data-cmp-is="accordion" data-cmp-data-layer="%s" data-placeholder-text="false">' % (
               a, dl(a, "accordion", {"dc:title": "Cookie"}))]
    for title, blocks in items:
        it = "%s-item-%s" % (a, C.det_sha("item", title)[:10])
        inner = "\n".join(rte(b) for b in blocks)
        out.append('<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s">\n'
                   '<h3 class="cmp-accordion__header">\n<button id="%s-button" class="cmp-accordion__button" '
                   'type="button" aria-controls="%s-panel" data-cmp-hook-accordion="button">\n'
                   '<span class="cmp-accordion__title">%s</span>\n<span class="cmp-accordion__icon"></span>\n'
                   '</button>\n</h3>\n<div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel '
                   'cmp-accordion__panel--hidden" role="region" aria-labelledby="%s-button">\n'
                   '<div class="text"><div id="%s" class="cmp-text">%s</div></div>\n</div>\n</div>'
                   % (dl(it, "accordion/item", {"dc:title": title}), it, it, it, il(title), it, it,
                      cid("text", title), inner))
    out.append("</div>\n</div>\n")
    return "\n".join(out)


def main_grid(blocks):
    out = []
    head, secs = C.split_sections(blocks)
    t = cid("title", "h1")
    out.append('<div class="title aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" id="%s" '
               'class="cmp-title">\n    <h1 class="cmp-title__text">%s</h1>\n</div>\n\n    \n</div>\n'
               % (dl(t, "title", {"dc:title": head[0][1]}), t, il(head[0][1])))
    out.append(text_cmp("intro", "\n".join(rte(b) for b in head[1:])))
    for h, bl in secs:
        subs = [b for b in bl if b[0] == "h3"]
        if subs:
            k = bl.index(subs[0])
            out.append(text_cmp(h, "\n".join(rte(b) for b in [("h2", h)] + bl[:k])))
            out.append(accordion(h, C.under_headings(bl[k:], "h3")))
        else:
            out.append(text_cmp(h, "\n".join(rte(b) for b in [("h2", h)] + bl)))
    return "".join(out)


def render(s, blocks, when):
    base, site, deps = s["clientlibs"]
    MOD[0] = modify_date(blocks)
    name, recipe = COCKTAILS[s["cocktail"]]
    tz = cid("teaser", "cocktail")
    return """<!DOCTYPE HTML>
<html lang="it-IT">
    <head>
    <meta charset="UTF-8"/>
    <title>Informativa sulla privacy | Amaro Ferraguti</title>
    
    <meta name="description" content="Informativa sul trattamento dei dati personali di Distilleria Ferraguti S.p.A."/>
    <meta name="template" content="content-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    

    
<script defer="defer" type="text/javascript" src="/.rum/@adobe/helix-rum-js@%%5E2/dist/rum-standalone.js"></script>
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="en" href="https://www.amaroferraguti.it/en/privacy-policy.html"/>

    <meta property="og:title" content="Informativa sulla privacy"/>
    <meta property="og:url" content="%(url)s"/>
    <meta property="og:type" content="website"/>
    <meta property="og:site_name" content="Amaro Ferraguti"/>

<!-- OneTrust Cookies Consent Notice start for amaroferraguti.it -->
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0190c3a4-7d2e-7b51-a8e6-3f52c1d09e47"></script>
<script type="text/javascript">
function OptanonWrapper() { }
</script>
<!-- OneTrust Cookies Consent Notice end for amaroferraguti.it -->
<script src="https://assets.adobedtm.com/5e8a1c2f94b7/3d1f0a6c72e9/launch-EN4b0f9e2c1a7d46c3b85f2d71e0a9c6b3.min.js" async></script>

    
    
<link rel="stylesheet" href="/etc.clientlibs/ferraguti/clientlibs/clientlib-base.lc-%(base)s-lc.min.css" type="text/css">

    
    
<link rel="stylesheet" href="/etc.clientlibs/ferraguti/clientlibs/clientlib-site.lc-%(site)s-lc.min.css" type="text/css">
<script type="text/javascript" src="/etc.clientlibs/ferraguti/clientlibs/clientlib-dependencies.lc-%(deps)s-lc.min.js"></script>

    
    
    

</head>
    <body class="page basicpage" id="page-7c1d2e9f40" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="apre in una nuova scheda" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({
              page: JSON.parse("{\\x22page\\u002D7c1d2e9f40\\x22:{\\x22@type\\x22:\\x22ferraguti\\/components\\/page\\x22,\\x22repo:modifyDate\\x22:\\x22%(mod)s\\x22,\\x22dc:title\\x22:\\x22Informativa sulla privacy\\x22,\\x22xdm:template\\x22:\\x22\\/conf\\/ferraguti\\/settings\\/wcm\\/templates\\/content\\u002Dpage\\x22,\\x22xdm:language\\x22:\\x22it\\u002DIT\\x22,\\x22xdm:tags\\x22:[],\\x22repo:path\\x22:\\x22\\/content\\/ferraguti\\/it\\/privacy\\u002Dpolicy.html\\x22}}"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.page\\u002D7c1d2e9f40'
              }
          });
        </script>
        
        
            




            
<div class="root container responsivegrid">

    
    <div id="container-0e6a2b7c41" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    <div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-4a7b2d0c9e" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height">
    <header class="cmp-header">
        <a class="cmp-header__logo" href="/it.html"><img src="/content/dam/ferraguti/logo/ferraguti-logo.svg" alt="Distilleria Ferraguti dal 1887" width="160" height="64"/></a>
        <nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Navigazione principale">
            <ul class="cmp-navigation__group">
                <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/prodotti.html" class="cmp-navigation__item-link">I nostri prodotti</a></li>
                <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/cocktail.html" class="cmp-navigation__item-link">Cocktail</a></li>
                <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/distilleria.html" class="cmp-navigation__item-link">La distilleria</a></li>
                <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/it/visite.html" class="cmp-navigation__item-link">Visite e degustazioni</a></li>
                <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="https://shop.amaroferraguti.it/" class="cmp-navigation__item-link">Shop</a></li>
            </ul>
        </nav>
        <div class="cmp-languagenavigation"><a href="/en/privacy-policy.html" hreflang="en" lang="en">EN</a></div>
    </header>
</div>
</div>

    
</div>
<div class="container responsivegrid main-container aem-GridColumn aem-GridColumn--default--12">

    
    <main id="container-3f6a1d9b0c" class="cmp-container">
        


<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    
    %(main)s<div class="teaser cocktail-of-the-day aem-GridColumn aem-GridColumn--default--12"><div id="%(tz)s" data-cmp-data-layer="%(tzdl)s" class="cmp-teaser">
    <div class="cmp-teaser__image"><div data-cmp-is="image" data-cmp-src="/content/ferraguti/it/privacy-policy/_jcr_content/root/main/teaser.coreimg{.width}.jpeg/1707730867000/cocktail-%(ck)d.jpeg" data-cmp-widths="320,640,960" data-asset-id="%(asset)s" id="image-%(asset)s" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/ferraguti/it/privacy-policy/_jcr_content/root/main/teaser.coreimg.jpeg/1707730867000/cocktail-%(ck)d.jpeg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" width="960" height="640" alt=""/></div></div>
    <div class="cmp-teaser__content">
        <p class="cmp-teaser__pretitle">Il cocktail del giorno</p>
        <h2 class="cmp-teaser__title">%(cname)s</h2>
        <div class="cmp-teaser__description"><p>%(recipe)s</p></div>
        <div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/it/cocktail.html">Scopri tutte le ricette</a></div>
    </div>
</div>

    
</div>

    
</div>

    </main>

    
</div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-9d3c1b7e20" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height">
    <footer class="cmp-footer">
        <p class="cmp-footer__responsible">Bevi responsabilmente. Il consumo di alcol è vietato ai minori di 18 anni. <a href="https://www.alcol.it/">www.alcol.it</a></p>
        <ul class="cmp-footer__links">
            <li><a href="/it/note-legali.html">Note legali</a></li>
            <li><a href="/it/privacy-policy.html">Privacy policy</a></li>
            <li><a href="/it/cookie-policy.html">Cookie policy</a></li>
            <li><a href="#" class="ot-sdk-show-settings">Impostazioni cookie</a></li>
        </ul>
        <p class="cmp-footer__legal">&copy; %(year)d Distilleria Ferraguti S.p.A. &ndash; Via Vicenza 48, 36061 Bassano del Grappa (VI) &ndash; P.IVA 01234560249</p>
    </footer>
</div>
</div>

    
</div>

    
</div>

    </div>

    
</div>
<div class="agegate">
<div class="cmp-agegate" data-cmp-is="agegate" data-cookie-name="ferraguti-age" data-min-age="18" role="dialog" aria-modal="true" aria-labelledby="agegate-title" hidden>
    <div class="cmp-agegate__inner">
        <img src="/content/dam/ferraguti/logo/ferraguti-logo-white.svg" alt="" width="160" height="64"/>
        <p id="agegate-title" class="cmp-agegate__title">Benvenuto. Per entrare inserisci la tua data di nascita.</p>
        <form class="cmp-agegate__form" novalidate>
            <input type="text" inputmode="numeric" name="dd" placeholder="GG" maxlength="2" aria-label="Giorno"/>
            <input type="text" inputmode="numeric" name="mm" placeholder="MM" maxlength="2" aria-label="Mese"/>
            <input type="text" inputmode="numeric" name="yyyy" placeholder="AAAA" maxlength="4" aria-label="Anno"/>
            <button type="submit" class="cmp-agegate__submit">Entra</button>
        </form>
        <p class="cmp-agegate__note">Entrando nel sito accetti i termini d'uso e l'informativa privacy. Bevi responsabilmente.</p>
    </div>
</div>
</div>


            
    
    
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/ferraguti/clientlibs/clientlib-site.lc-%(site)s-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>


    

    

    
    
    

            
        
    <noscript><img src="https://www.amaroferraguti.it/akam/13/pixel_4f1a9c2e?a=%(akamai)s" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript></body>
</html>
""" % {"url": URL, "base": base, "site": site, "deps": deps, "main": main_grid(blocks), "tz": tz,
       "tzdl": dl(tz, "teaser", {"dc:title": name}), "ck": s["cocktail"], "asset": C.det_sha("asset", name)[:10],
       "cname": html.escape(name), "recipe": html.escape(recipe), "year": when.year, "akamai": s["akamai"],
       "mod": MOD[0].replace("-", "\\u002D")}


PAGE = {
    "service": "Amaro Ferraguti",
    "url": URL,
    "lang": "it",
    "platform": "Adobe Experience Manager as a Cloud Service (Core Components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Vhost", "publish"), ("Cache-Control", "max-age=300"),
                      ("Server-Timing", "cdn-cache; desc=HIT, edge; dur=1"), ("Content-Language", "it-IT")),
    "n": 30,
    "start": dt.date(2021, 11, 15),
    "end": dt.date(2024, 12, 6),
    "policy": POLICY,
    "first_updated": dt.date(2021, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["main.cmp-container"], "remove": [".cocktail-of-the-day"]},
}
