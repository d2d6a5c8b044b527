"""Baby-monitor app, Italian, a Knowledge article on a Salesforce Experience Cloud (Aura, Customer Service template)
help site, captured as the rendered DOM.

The policy is the article: its title in the article header's h1, its body in the Knowledge rich-text field
inside .forceCommunityArticleBody. The declaration selects the h1 and the body and removes the field label
("Dettagli") a curator sees in the body block. Inside the selected body: the Aura wrappers' data-aura-rendered-by
counters, which differ on every load (word-free, left in). Around it: the article's view counter and "last
modified" line, the vote component, app-store badges with ratings in the footer, and the Aura framework uid that
changes with each Salesforce seasonal release.
"""
import datetime as dt

import common as C

POLICY = """# Informativa sulla privacy dell'app Nido Baby Monitor

Ultimo aggiornamento: {UPDATED}

La presente informativa descrive come Nido Baby S.r.l. tratta i dati personali degli utenti dell'app Nido Baby Monitor, delle videocamere Nido Cam e Nido Cam Plus e del sensore di movimento Nido Breeze (di seguito, i "Prodotti"), ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 196/2003 e successive modifiche.

## 1. Titolare del trattamento

@ Nido Baby S.r.l.
@ Via Tortona 31
@ 20144 Milano (MI)
@ P. IVA 10987654321
@ Email: privacy@nidobaby.it

## 2. Responsabile della protezione dei dati

Il Titolare ha nominato un Responsabile della protezione dei dati (DPO), contattabile all'indirizzo dpo@nidobaby.it.

## 3. Quali dati trattiamo

- **Dati dell'account:** nome, cognome, indirizzo email, numero di telefono, password cifrata, lingua.
- **Dati del bambino:** nome o soprannome, data di nascita e sesso, se da te inseriti nel profilo.
- **Flussi audio e video:** le immagini e i suoni ripresi dalla videocamera, trasmessi in tempo reale al tuo smartphone.
- **Dati del sonno e dell'ambiente:** orari di sonno e di risveglio, movimenti rilevati dal sensore, temperatura e umidità della cameretta.
- **Dati del dispositivo:** modello, numero di serie, versione del firmware, indirizzo IP, rete Wi-Fi a cui è collegato.
- **Dati di utilizzo dell'app:** funzioni utilizzate, notifiche ricevute, rapporti sugli arresti anomali.

Non chiediamo mai fotografie del volto del bambino per creare profili biometrici.

## 4. Finalità e basi giuridiche

| Finalità | Base giuridica |
| Fornire l'app e le funzioni di monitoraggio, incluse le notifiche di pianto e di movimento | Esecuzione del contratto (art. 6.1.b GDPR) |
| Registrare e conservare le clip video (abbonamento Nido Plus) | Esecuzione del contratto |
| Analizzare i dati del sonno per mostrarti statistiche e consigli | Consenso (art. 6.1.a GDPR) |
| Aggiornare il firmware e garantire la sicurezza dei Prodotti | Legittimo interesse (art. 6.1.f GDPR) |
| Rispondere alle richieste di assistenza | Esecuzione del contratto |
| Inviarti comunicazioni promozionali | Consenso |
| Adempiere a obblighi di legge, fiscali e contabili | Obbligo legale (art. 6.1.c GDPR) |

## 5. Dati relativi ai minori

I dati del bambino sono inseriti dal genitore o da chi esercita la responsabilità genitoriale, che ne è responsabile. Trattiamo questi dati esclusivamente per fornire le funzioni dell'app e non li utilizziamo mai per finalità di marketing o di profilazione. Puoi modificare o cancellare il profilo del bambino in qualsiasi momento dalle impostazioni dell'app.

I Prodotti non sono dispositivi medici e non sostituiscono la sorveglianza di un adulto.

## 6. Destinatari dei dati

I dati possono essere comunicati a fornitori che agiscono come responsabili del trattamento ai sensi dell'art. 28 GDPR:

| Responsabile | Attività | Sede |
| Amazon Web Services EMEA SARL | Hosting e archiviazione delle clip | UE (Francoforte, Milano) |
| Salesforce, Inc. | Gestione delle richieste di assistenza | UE e USA |
| Google Ireland Limited (Firebase) | Notifiche push e rapporti sugli arresti anomali | Irlanda |
| Mailchimp (Intuit Inc.) | Invio della newsletter | USA |

Gli utenti che condividono l'accesso alla videocamera con altri familiari o con la baby-sitter rendono visibili a questi ultimi i flussi video e le clip. Puoi revocare la condivisione in qualsiasi momento.

## 7. Trasferimento dei dati fuori dallo Spazio Economico Europeo

Quando un fornitore tratta i dati negli Stati Uniti, il trasferimento avviene sulla base della decisione di adeguatezza relativa all'EU-U.S. Data Privacy Framework o delle clausole contrattuali standard approvate dalla Commissione europea. I flussi video e le clip restano sempre su server situati nell'Unione europea.

## 8. Periodo di conservazione

| Dati | Periodo di conservazione |
| Dati dell'account | Per tutta la durata dell'account e per 30 giorni dopo la sua cancellazione |
| Clip video (Nido Plus) | 7 giorni, poi cancellate automaticamente |
| Dati del sonno e dell'ambiente | 24 mesi o fino alla revoca del consenso |
| Richieste di assistenza | 3 anni dalla chiusura della richiesta |
| Dati di fatturazione | 10 anni, come previsto dalla normativa fiscale |

I flussi video in tempo reale non vengono registrati sui nostri server se non hai attivato l'abbonamento Nido Plus.

## 8-bis. Sicurezza dei dati

Adottiamo misure tecniche e organizzative adeguate per proteggere i tuoi dati: i flussi video sono cifrati durante la trasmissione e le clip sono cifrate anche sui nostri server; l'accesso all'account può essere protetto con l'autenticazione a due fattori; il personale di assistenza può visualizzare le clip solo se tu lo autorizzi espressamente per risolvere un problema tecnico. In caso di violazione dei dati personali che presenti un rischio elevato per i tuoi diritti, ti informeremo senza ingiustificato ritardo.

## 9. I tuoi diritti

Puoi esercitare in qualsiasi momento i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione previsti dagli articoli 15-22 del GDPR, e revocare il consenso prestato senza pregiudicare la liceità del trattamento basato sul consenso prima della revoca. Per esercitare i tuoi diritti scrivi a privacy@nidobaby.it oppure usa la funzione "Scarica i miei dati" nell'app. Ti risponderemo entro un mese dalla richiesta, perchè la legge ci impone tempi certi.

## 10. Reclamo all'autorità di controllo

Se ritieni che il trattamento dei tuoi dati violi il GDPR, puoi proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## 11. Modifiche all'informativa

Potremo aggiornare questa informativa per riflettere nuove funzioni dei Prodotti o modifiche normative. In caso di modifiche sostanziali ti avviseremo tramite una notifica nell'app prima che entrino in vigore."""

EDITS = [
    {"note": "typo fixed: 'perchè' -> 'perché'", "bump": False,
     "repl": [("perchè la legge ci impone tempi certi", "perché la legge ci impone tempi certi")]},
    {"note": "sentence added: breathing alerts are not a medical device feature, keep the SIDS advice",
     "repl": [("I Prodotti non sono dispositivi medici e non sostituiscono la sorveglianza di un adulto.",
               "I Prodotti non sono dispositivi medici e non sostituiscono la sorveglianza di un adulto. "
               "Gli avvisi di movimento del sensore Nido Breeze non sono pensati per prevenire la sindrome della morte improvvisa del lattante (SIDS).")]},
    {"note": "processor added: Agora for live video relay",
     "repl": [("| Salesforce, Inc. | Gestione delle richieste di assistenza | UE e USA |",
               "| Agora Lab, Inc. | Instradamento dei flussi video in tempo reale quando sei fuori casa | UE (Francoforte) e USA |\n| Salesforce, Inc. | Gestione delle richieste di assistenza | UE e USA |")]},
    {"note": "clip retention extended from 7 to 30 days",
     "repl": [("| Clip video (Nido Plus) | 7 giorni, poi cancellate automaticamente |",
               "| Clip video (Nido Plus) | 30 giorni, poi cancellate automaticamente |")]},
    {"note": "controller moved: address changed",
     "repl": [("@ Via Tortona 31\n@ 20144 Milano (MI)", "@ Viale Monza 259\n@ 20126 Milano (MI)")]},
]

RELEASES = [(dt.datetime(2022, 1, 1), "Spring '22", "dDIdorNC3N22LxQDeRmcXw"),
            (dt.datetime(2022, 5, 20), "Summer '22", "QPQi8lbYE8YujG6og6Dqgw"),
            (dt.datetime(2022, 9, 16), "Winter '23", "tr2UlkrAHzi37ijzEeD2UA"),
            (dt.datetime(2023, 1, 20), "Spring '23", "Yc9M7DXhpu9Xj-aB8xFfKw"),
            (dt.datetime(2023, 5, 19), "Summer '23", "Zm5mYkF0Y2hfU3VtbWVyMjM"),
            (dt.datetime(2023, 9, 15), "Winter '24", "aHBhRjJFdXhDeFlBbVhBRg"),
            (dt.datetime(2024, 1, 19), "Spring '24", "TR-N1iO2mdOUvQVC3NuPcw"),
            (dt.datetime(2024, 5, 17), "Summer '24", "K2m3ZkNvZ0hXQUtUZ0lyY1"),
            (dt.datetime(2024, 9, 13), "Winter '25", "MDBfOnRydWVfZnd1aWRfVzI"),
            (dt.datetime(2025, 1, 17), "Spring '25", "c3ByaW5nMjVfZnd1aWRfeA"),
            (dt.datetime(2025, 5, 16), "Summer '25", "c3VtbWVyMjVfZnd1aWRfeQ")]


def noise(rng, when, i, prev):
    p = prev or {}
    fw = [r for r in RELEASES if r[0] <= when][-1][2]
    views = (p.get("views") or rng.randint(8000, 9000)) + rng.randint(40, 400)
    return {
        "fwuid": fw,
        "app": C.keep_or(rng, p.get("app"), 0.25, lambda: C.alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
        "rendered": rng.randint(120, 460),
        "views": views,
        "modified": C.keep_or(rng, p.get("modified"), 0.15, lambda: (when - dt.timedelta(days=rng.randint(1, 25))).date()),
        "ratings": C.keep_or(rng, p.get("ratings"), 0.3, lambda: (rng.choice(["4,6", "4,7", "4,8"]), rng.choice(["4,2", "4,3", "4,4", "4,5"]))),
    }


LABELS = {"fwuid": "Aura framework uid (Salesforce seasonal release)", "app": "siteforce app hash (site publish)",
          "rendered": "data-aura-rendered-by counters (inside the article body)", "views": "article view counter",
          "modified": "article 'last modified' date (re-publish)",
          "ratings": "app-store ratings in footer"}


def render(s, blocks, when):
    r0 = s["rendered"]

    def rb(k):
        return "%d:0" % (r0 + k)

    title = blocks[0][1]
    body = blocks[1:]
    mod = s["modified"]
    ios, gp = s["ratings"]
    ctx = ('%7B%22mode%22%3A%22PROD%22%2C%22app%22%3A%22siteforce%3AcommunityApp%22%2C%22fwuid%22%3A%22' + s["fwuid"] +
           '%22%2C%22loaded%22%3A%7B%22APPLICATION%40markup%3A%2F%2Fsiteforce%3AcommunityApp%22%3A%22' + s["app"] + '%22%7D%7D')
    return """<!DOCTYPE html>
<html lang="it"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Informativa sulla privacy dell'app Nido Baby Monitor</title>
<link rel="stylesheet" href="/s/sfsites/l/%(ctx)s/app.css?2=">
<link rel="stylesheet" href="/s/sfsites/c/resource/NidoBranding/nido-theme.css?v=3">
<link rel="canonical" href="https://assistenza.nidobaby.it/s/article/informativa-privacy-app">
<script src="/s/sfsites/auraFW/javascript/%(fwuid)s/aura_prod.js"></script>
<script src="/s/sfsites/l/%(ctx)s/app.js?2="></script>
<script src="/s/sfsites/l/%(ctx)s/bootstrap.js?aura.attributes=%%7B%%22schema%%22%%3A%%22Published%%22%%2C%%22brandingSetId%%22%%3A%%22a1b2c3d4-e5f6%%22%%2C%%22authenticated%%22%%3A%%22false%%22%%2C%%22formFactor%%22%%3A%%22LARGE%%22%%2C%%22language%%22%%3A%%22it%%22%%7D"></script>
</head>
<body class="comm-page-custom-article" data-aura-rendered-by="%(r1)s">
<div class="siteforceServiceBody siteforceHelpCenter" data-aura-rendered-by="%(r2)s">
<div class="cHeaderPanel" data-region-name="header" data-aura-rendered-by="%(r3)s">
<div class="forceCommunityThemeHeader" data-aura-class="forceCommunityThemeHeader"><div class="themeLogo"><a href="/s/" class="logoContainer"><img class="logoImage" src="/s/sfsites/c/file-asset/NidoLogo?v=1" alt="Nido Baby Assistenza"></a></div>
<nav class="forceCommunityThemeNav" aria-label="Navigazione globale"><ul class="comm-navigation__list"><li><a class="comm-navigation__top-level-item-link" href="/s/">Home</a></li><li><a class="comm-navigation__top-level-item-link" href="/s/topic/0TO5I000000XyZ1WAK/nido-cam">Nido Cam</a></li><li><a class="comm-navigation__top-level-item-link" href="/s/topic/0TO5I000000XyZ2WAK/nido-breeze">Nido Breeze</a></li><li><a class="comm-navigation__top-level-item-link" href="/s/topic/0TO5I000000XyZ3WAK/app">App</a></li><li><a class="comm-navigation__top-level-item-link" href="/s/contactsupport">Contatta l'assistenza</a></li></ul></nav>
<div class="forceCommunityLanguagePicker"><button class="slds-button" aria-haspopup="listbox" title="Lingua">Italiano</button></div>
<div class="forceCommunityThemeProfileMenu"><a href="/s/login/" class="comm-login-button slds-button slds-button_brand">Accedi</a></div></div>
</div>
<div class="cCenterPanel slds-m-top--x-large" data-region-name="content" data-aura-rendered-by="%(r4)s">
<div class="forceCommunityArticleDetail" data-aura-class="forceCommunityArticleDetail" data-aura-rendered-by="%(r5)s">
<div class="article-head selfServiceArticleHeaderDetail" data-aura-class="selfServiceArticleHeaderDetail" data-aura-rendered-by="%(r6)s">
<h1 class="article-head slds-text-heading_large" data-aura-rendered-by="%(r7)s">%(title)s</h1>
<div class="slds-text-body_small slds-text-color_weak" data-aura-rendered-by="%(r8)s"><span class="uiOutputDate">Data ultima modifica %(mod)s</span> · <span class="article-views">%(views)s visualizzazioni</span></div>
</div>
<div class="forceCommunityArticleBody" data-aura-class="forceCommunityArticleBody" data-aura-rendered-by="%(r9)s">
<div class="slds-form-element slds-form-element_readonly slds-form-element_stacked test-id__output-root" data-aura-rendered-by="%(r10)s">
<div class="test-id__field-label-container slds-form-element__label" data-aura-rendered-by="%(r11)s"><span class="test-id__field-label">Dettagli</span></div>
<div class="slds-form-element__control" data-aura-rendered-by="%(r12)s"><span class="test-id__field-value slds-form-element__static slds-grow word-break-ie11" data-aura-rendered-by="%(r13)s">
<lightning-formatted-rich-text class="slds-rich-text-editor__output"><span part="formatted-rich-text">%(body)s</span></lightning-formatted-rich-text>
</span></div>
</div>
</div>
<div class="selfServiceArticleVote" data-aura-class="selfServiceArticleVote" data-aura-rendered-by="%(r14)s"><p class="slds-text-heading_small">Questo articolo ti è stato utile?</p><button class="slds-button slds-button_neutral" title="Sì">Sì</button><button class="slds-button slds-button_neutral" title="No">No</button></div>
</div>
<div class="forceCommunityRelatedArticles" data-aura-rendered-by="%(r15)s"><h2 class="slds-text-heading_small">Articoli correlati</h2><ul><li><a href="/s/article/condividere-accesso-videocamera">Condividere l'accesso alla videocamera con familiari</a></li><li><a href="/s/article/eliminare-account-nido">Come eliminare il tuo account Nido</a></li><li><a href="/s/article/note-di-rilascio-firmware-nido-cam">Note di rilascio firmware Nido Cam</a></li></ul></div>
</div>
<div class="cFooterPanel" data-region-name="footer" data-aura-rendered-by="%(r16)s">
<div class="nido-footer"><div class="nido-footer__apps"><a href="https://apps.apple.com/it/app/nido-baby-monitor/id1523456789"><img src="/s/sfsites/c/file-asset/AppStoreBadgeIT?v=1" alt="Scarica su App Store"></a><span class="nido-footer__rating">%(ios)s ★ su App Store</span>
<a href="https://play.google.com/store/apps/details?id=it.nidobaby.monitor"><img src="/s/sfsites/c/file-asset/GooglePlayBadgeIT?v=1" alt="Disponibile su Google Play"></a><span class="nido-footer__rating">%(gp)s ★ su Google Play</span></div>
<p>© %(year)d Nido Baby S.r.l. · P. IVA 10987654321 · <a href="https://www.nidobaby.it/cookie-policy">Cookie policy</a> · <a href="https://www.nidobaby.it/termini">Termini e condizioni</a></p></div>
</div>
</div>
<script>window.Sfdc = window.Sfdc || {}; Sfdc.siteforce = {"fwuid":"%(fwuid)s","appHash":"%(app)s","language":"it","pageId":"a1b5I00000XyZabQAF"};</script>
</body></html>
""" % {"ctx": ctx, "fwuid": s["fwuid"], "app": s["app"], "title": C.inline_html(title),
       "mod": mod.strftime("%d/%m/%Y"), "views": "{:,}".format(s["views"]).replace(",", "."),
       "body": C.blocks_html(body, sep=""), "ios": ios, "gp": gp, "year": when.year,
       **{"r%d" % k: rb(k * 3) for k in range(1, 17)}}


PAGE = {
    "service": "Nido Baby",
    "url": "https://assistenza.nidobaby.it/s/article/informativa-privacy-app",
    "lang": "it",
    "platform": "Salesforce Experience Cloud (Aura, Knowledge article)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "sfdcedge"), ("X-SFDC-Request-Id", "0000000000000000000000000000000"),
                      ("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private")),
    "n": 30,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 8, 30),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 14),
    "fmt_date": lambda d: "%d %s %d" % (d.day, ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                               "agosto", "settembre", "ottobre", "novembre", "dicembre"][d.month - 1], d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://assistenza.nidobaby.it/s/article/informativa-privacy-app",
                    "select": [".selfServiceArticleHeaderDetail h1", ".forceCommunityArticleBody"],
                    "remove": ".test-id__field-label-container"},
}
