"""An Italian petitions platform's privacy notice, a Laravel 10/11 app (Blade + Tailwind, Vite build, Livewire 3):
the policy in <article class="prose"> inside <main>; beside it a "Petizioni in evidenza" rail with live signature
counts and progress bars toward each petition's goal (the featured petitions rotate); above the footer a
Livewire-polled ticker "Giulia da Torino ha appena firmato ..." (wire:snapshot with checksum per render); the
CSRF token in <meta name="csrf-token">, in the newsletter form's _token and in Livewire's data-csrf; Vite asset
hashes change on each deploy."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

FirmaAdesso è la piattaforma che permette a chiunque di lanciare una petizione e di raccogliere firme per una causa civica, sociale o ambientale. Questa informativa, resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, spiega come trattiamo i dati personali di chi firma, di chi promuove una petizione e di chi visita il sito.

## 1. Titolare del trattamento

Il titolare del trattamento è:

@ FirmaAdesso Impresa Sociale S.r.l.
@ Via Cesare Battisti 12, 40123 Bologna
@ P. IVA 03987650372
@ privacy@firmadesso.it

Abbiamo nominato un Responsabile della protezione dei dati (RPD/DPO), contattabile all'indirizzo dpo@firmadesso.it.

## 2. Quali dati trattiamo

**Se firmi una petizione** raccogliamo nome, cognome, indirizzo e-mail, comune e CAP, e facoltativamente un commento. Poiché la firma di una petizione può rivelare le tue opinioni politiche, filosofiche o religiose, trattiamo questi dati solo sulla base del tuo consenso esplicito, che presti spuntando l'apposita casella.

**Se promuovi una petizione** trattiamo, oltre ai dati di contatto, il testo e le immagini della petizione, il destinatario indicato e le comunicazioni che scambi con il nostro staff.

**Se fai una donazione** per sostenere la piattaforma o per promuovere una petizione, trattiamo l'importo, la data e i dati necessari all'emissione della ricevuta. I dati della carta di pagamento sono trattati esclusivamente dal fornitore del servizio di pagamento e non transitano sui nostri server.

**Se crei un account** trattiamo anche la password, conservata in forma cifrata, e lo storico delle petizioni che hai firmato o lanciato, così che tu possa ritrovarle nel tuo profilo.

Non è consentito firmare le petizioni ai minori di 14 anni. Se ci accorgiamo che una firma è stata apposta da un minore, la cancelliamo.

**Quando navighi** sul sito raccogliamo l'indirizzo IP, il tipo di dispositivo e di browser e le pagine visitate, anche tramite cookie, come descritto nella [Cookie policy](/cookie-policy).

## 3. Finalità e basi giuridiche

| Finalità | Base giuridica | Conservazione |
| --- | --- | --- |
| Registrare la tua firma e mostrarla sulla pagina della petizione (solo nome e comune, se lo scegli) | Consenso esplicito (art. 9, par. 2, lett. a GDPR) | 24 mesi dalla chiusura della petizione |
| Consegnare le firme al destinatario della petizione | Consenso esplicito | Fino alla consegna |
| Inviarti aggiornamenti sulla petizione firmata | Consenso | Fino alla revoca |
| Inviarti la newsletter con nuove petizioni | Consenso | Fino alla revoca |
| Gestire donazioni e ricevute | Contratto e obblighi di legge | 10 anni |
| Prevenire firme false, abusi e spam | Legittimo interesse | 12 mesi |

## 4. Condivisione con i promotori delle petizioni

Al momento della firma puoi scegliere di condividere il tuo nome e il tuo indirizzo e-mail con il promotore della petizione, ad esempio un'associazione o un comitato locale. In tal caso il promotore diventa titolare autonomo del trattamento e tratterà i tuoi dati secondo la propria informativa. Se non spunti la casella, il promotore riceverà soltanto il numero complessivo delle firme e, al momento della consegna, l'elenco di nomi e comuni.

### Petizioni rivolte a enti pubblici

Quando una petizione è indirizzata a un Comune, a una Regione, al Parlamento o a un altro ente pubblico, l'elenco delle firme consegnato può diventare parte di un atto amministrativo ed essere soggetto alle regole sull'accesso agli atti dell'ente destinatario. In questi casi ti avvisiamo prima della consegna, così che tu possa ritirare la firma se non desideri comparire nell'elenco.

### Verifica delle firme

Per garantire l'affidabilità dei risultati ti chiediamo di confermare la firma cliccando sul link che ricevi via e-mail. Le firme non confermate entro 30 giorni non vengono conteggiate e sono cancellate. Analizziamo inoltre indirizzi IP e tempi di compilazione per individuare firme massive o automatizzate.

## 5. Destinatari e responsabili del trattamento

I tuoi dati sono trattati dal personale autorizzato di FirmaAdesso e dai seguenti fornitori, nominati responsabili del trattamento ai sensi dell'art. 28 GDPR:

| Fornitore | Servizio | Sede dei dati |
| --- | --- | --- |
| Hetzner Online GmbH | Hosting dei server | Germania |
| Mailgun Technologies Inc. | Invio delle e-mail transazionali | Unione europea |
| Stripe Payments Europe Ltd | Pagamenti online | Irlanda |
| Google Ireland Ltd (reCAPTCHA) | Protezione dalle firme automatizzate | Unione europea e Stati Uniti |

I trasferimenti verso paesi terzi avvengono sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali standard.

## 6. I tuoi diritti

Puoi in ogni momento chiederci l'accesso ai tuoi dati, la rettifica, la cancellazione, la limitazione del trattamento, la portabilità e opporti al trattamento basato sul legittimo interesse. Puoi revocare il consenso senza pregiudicare la liceità del trattamento effettuato prima della revoca. Per ritirare la tua firma da una petizione ancora aperta scrivi a privacy@firmadesso.it indicando la petizione e l'indirizzo e-mail utilizzato.

Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali:

@ Garante per la protezione dei dati personali
@ Piazza Venezia 11, 00187 Roma
@ [www.garanteprivacy.it](https://www.garanteprivacy.it)

## 7. Sicurezza

Adottiamo misure tecniche e organizzative adeguate, tra cui la cifratura delle connessioni, l'accesso ai dati limitato al personale che ne ha necessità e il monitoraggio degli accessi ai sistemi.

## 8. Modifiche

Potremo aggiornare questa informativa. Le modifiche sostanziali saranno comunicate agli utenti registrati via e-mail e segnalate su questa pagina."""

EDITS = [
    {"note": "processor row added (Cloudflare)",
     "repl": [("| Hetzner Online GmbH | Hosting dei server | Germania |",
               "| Hetzner Online GmbH | Hosting dei server | Germania |\n"
               "| Cloudflare Inc. | Rete di distribuzione dei contenuti e protezione da attacchi | Unione europea e Stati Uniti |")]},
    {"note": "two words inserted: 'personale autorizzato e formato' (no date change)",
     "bump": False,
     "repl": [("dal personale autorizzato di FirmaAdesso", "dal personale autorizzato e formato di FirmaAdesso")]},
    {"note": "new section on content moderation (Digital Services Act) before 'I tuoi diritti'",
     "repl": [("## 6. I tuoi diritti", "## 6. Moderazione dei contenuti\n\n"
               "Per rispettare il Regolamento (UE) 2022/2065 sui servizi digitali verifichiamo le petizioni e i "
               "commenti segnalati dagli utenti. Se rimuoviamo un contenuto o limitiamo un account, conserviamo "
               "per 6 mesi i dati relativi alla segnalazione e alla decisione, e ti informiamo dei motivi e "
               "della possibilità di presentare reclamo.\n\n## 7. I tuoi diritti"),
              ("## 7. Sicurezza", "## 8. Sicurezza"), ("## 8. Modifiche", "## 9. Modifiche")]},
    {"note": "retention of signatures extended from 24 to 36 months after closing",
     "repl": [("| 24 mesi dalla chiusura della petizione |", "| 36 mesi dalla chiusura della petizione |")]},
    {"note": "registered office moved (address line changed)",
     "repl": [("@ Via Cesare Battisti 12, 40123 Bologna", "@ Via del Pratello 38, 40122 Bologna")]},
]

PETITIONS = [
    ("salviamo-il-bosco-di-monte-san-pietro", "Salviamo il bosco di Monte San Pietro dal nuovo svincolo", 50000),
    ("piu-treni-regionali-in-val-di-susa", "Più treni regionali in Val di Susa, subito", 25000),
    ("mense-scolastiche-biologiche-napoli", "Mense scolastiche biologiche per tutte le scuole di Napoli", 15000),
    ("stop-ai-tagli-al-consultorio-di-lecce", "Stop ai tagli al consultorio di Lecce", 10000),
    ("pista-ciclabile-via-emilia", "Una pista ciclabile sicura lungo la via Emilia", 30000),
    ("riapriamo-il-cinema-odeon", "Riapriamo il cinema Odeon: è un bene comune", 20000),
    ("acqua-pubblica-in-sicilia", "Acqua pubblica e bollette giuste in Sicilia", 100000),
    ("diritto-allo-studio-fuorisede", "Alloggi per studenti fuorisede a prezzi accessibili", 75000),
]
NAMES = ["Giulia da Torino", "Marco da Bari", "Francesca da Padova", "Luca da Palermo", "Sara da Firenze",
         "Andrea da Genova", "Chiara da Trento", "Davide da Cagliari", "Elena da Perugia", "Matteo da Ancona"]


def noise(rng, when, i, prev):
    prev = prev or {}
    day = (when.date() - dt.date(2023, 1, 1)).days
    feat = C.keep_or(rng, prev.get("featured"), 0.6, lambda: tuple(sorted(rng.sample(range(len(PETITIONS)), 3))))
    counts = tuple(int(PETITIONS[k][2] * min(0.99, 0.15 + ((day * 37 + k * 101) % 400) / 460.0)) + rng.randint(0, 900)
                   for k in feat)
    return {
        "csrf": C.alnum(rng, 40),
        "vite": C.keep_or(rng, prev.get("vite"), 0.3, lambda: (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                                                                C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"))),
        "featured": feat, "counts": counts,
        "ticker": (rng.choice(NAMES), rng.choice(range(len(PETITIONS))), rng.randint(1, 59)),
        "wire_id": C.alnum(rng, 20),
    }


LABELS = {"csrf": "csrf-token (meta, _token, Livewire data-csrf)", "vite": "Vite asset hashes",
          "featured": "featured petitions rail", "counts": "live signature counts", "ticker": "live signing ticker",
          "wire_id": "Livewire wire:id / snapshot checksum"}


def _n(x):
    return "{:,}".format(x).replace(",", ".")


def render(s, blocks, when):
    rail = []
    for k, cnt in zip(s["featured"], s["counts"]):
        slug, title, goal = PETITIONS[k]
        pct = min(100, cnt * 100 // goal)
        rail.append("""        <li class="rounded-xl border border-slate-200 p-4">
          <a href="/petizioni/%s" class="font-semibold text-slate-900 hover:text-rose-600">%s</a>
          <div class="mt-2 h-2 w-full rounded-full bg-slate-100"><div class="h-2 rounded-full bg-rose-500" style="width: %d%%"></div></div>
          <p class="mt-1 text-sm text-slate-600"><strong>%s</strong> firme su %s</p>
          <a href="/petizioni/%s#firma" class="mt-2 inline-flex text-sm font-medium text-rose-600">Firma anche tu →</a>
        </li>""" % (slug, title, pct, _n(cnt), _n(goal), slug))
    who, pk, mins = s["ticker"]
    snap = {"data": {"recent": [{"name": who, "petition": PETITIONS[pk][0], "ago": mins}]},
            "memo": {"id": s["wire_id"], "name": "live-signatures", "path": "privacy", "method": "GET",
                     "children": [], "scripts": [], "assets": [], "errors": [], "locale": "it"},
            "checksum": C.det_sha("lw", s["wire_id"], who, mins) + C.det_sha("lw2", s["wire_id"])[:24]}
    wsnap = json.dumps(snap, separators=(",", ":")).replace('"', "&quot;")
    body = C.blocks_html(blocks)
    v1, v2 = s["vite"]
    return """<!DOCTYPE html>
<html lang="it">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="%(csrf)s">
    <title>Informativa sulla privacy · FirmaAdesso</title>
    <meta name="description" content="Come FirmaAdesso tratta i dati di chi firma e di chi promuove una petizione.">
    <link rel="canonical" href="https://www.firmadesso.it/privacy">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=figtree:400,500,600,700&display=swap" rel="stylesheet" />
    <link rel="preload" as="style" href="https://www.firmadesso.it/build/assets/app-%(v1)s.css" /><link rel="modulepreload" href="https://www.firmadesso.it/build/assets/app-%(v2)s.js" /><link rel="stylesheet" href="https://www.firmadesso.it/build/assets/app-%(v1)s.css" /><script type="module" src="https://www.firmadesso.it/build/assets/app-%(v2)s.js"></script>
    <!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] { display: none; } [wire\\:offline][wire\\:offline] { display: none; } [wire\\:dirty]:not(textarea):not(input):not(select) { display: none; } :root { --livewire-progress-bar-color: #2299dd; } [x-cloak] { display: none !important; }</style>
    <script defer data-domain="firmadesso.it" src="https://plausible.io/js/script.js"></script>
</head>
<body class="font-sans antialiased bg-white text-slate-800">
<div class="min-h-screen flex flex-col">
    <header class="border-b border-slate-200 bg-white">
        <nav x-data="{ open: false }" class="mx-auto flex max-w-7xl items-center justify-between px-4 py-4 sm:px-6 lg:px-8">
            <a href="https://www.firmadesso.it" class="flex items-center gap-2"><img src="https://www.firmadesso.it/img/logo.svg" alt="FirmaAdesso" class="h-8 w-auto"></a>
            <div class="hidden md:flex md:items-center md:gap-8">
                <a href="https://www.firmadesso.it/petizioni" class="text-sm font-medium text-slate-700 hover:text-rose-600">Scopri le petizioni</a>
                <a href="https://www.firmadesso.it/vittorie" class="text-sm font-medium text-slate-700 hover:text-rose-600">Vittorie</a>
                <a href="https://www.firmadesso.it/come-funziona" class="text-sm font-medium text-slate-700 hover:text-rose-600">Come funziona</a>
                <a href="https://www.firmadesso.it/login" class="text-sm font-medium text-slate-700">Accedi</a>
                <a href="https://www.firmadesso.it/petizioni/crea" class="rounded-full bg-rose-600 px-4 py-2 text-sm font-semibold text-white hover:bg-rose-500">Lancia una petizione</a>
            </div>
        </nav>
    </header>

    <main class="flex-1">
        <div class="mx-auto grid max-w-7xl gap-12 px-4 py-12 sm:px-6 lg:grid-cols-3 lg:px-8">
            <article class="prose prose-slate max-w-none lg:col-span-2">
%(body)s
            </article>
            <aside class="space-y-6" aria-label="Petizioni in evidenza">
                <h2 class="text-lg font-bold text-slate-900">Petizioni in evidenza</h2>
                <ul class="space-y-4">
%(rail)s
                </ul>
            </aside>
        </div>
    </main>

    <div wire:snapshot="%(wsnap)s" wire:effects="{&quot;listeners&quot;:[]}" wire:id="%(wid)s" wire:poll.15s class="bg-rose-50 border-t border-rose-100">
        <div class="mx-auto max-w-7xl px-4 py-3 text-sm text-rose-900 sm:px-6 lg:px-8">
            <span class="inline-flex h-2 w-2 rounded-full bg-rose-500 animate-pulse"></span>
            <strong>%(who)s</strong> ha appena firmato «<a href="/petizioni/%(pslug)s" class="underline">%(ptitle)s</a>» · %(mins)d min fa
        </div>
    </div>

    <footer class="bg-slate-900 text-slate-300">
        <div class="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">
            <form method="POST" action="https://www.firmadesso.it/newsletter" class="flex max-w-md gap-2">
                <input type="hidden" name="_token" value="%(csrf)s" autocomplete="off">
                <label for="nl-email" class="sr-only">E-mail</label>
                <input id="nl-email" name="email" type="email" required placeholder="La tua e-mail" class="w-full rounded-md border-0 px-3 py-2 text-slate-900">
                <button type="submit" class="rounded-md bg-rose-600 px-4 py-2 font-semibold text-white">Iscriviti</button>
            </form>
            <nav class="mt-8 flex flex-wrap gap-6 text-sm">
                <a href="https://www.firmadesso.it/chi-siamo">Chi siamo</a>
                <a href="https://www.firmadesso.it/termini">Termini di utilizzo</a>
                <a href="https://www.firmadesso.it/privacy" aria-current="page">Privacy</a>
                <a href="https://www.firmadesso.it/cookie-policy">Cookie policy</a>
                <a href="https://www.firmadesso.it/sostienici">Sostienici</a>
            </nav>
            <p class="mt-6 text-xs text-slate-500">© FirmaAdesso Impresa Sociale S.r.l. · P. IVA 03987650372</p>
        </div>
    </footer>
</div>
<script src="/livewire/livewire.min.js?id=%(lwid)s" data-csrf="%(csrf)s" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""" % {"csrf": s["csrf"], "v1": v1, "v2": v2, "body": body, "rail": "\n".join(rail), "wsnap": wsnap,
       "wid": s["wire_id"], "who": who, "pslug": PETITIONS[pk][0], "ptitle": PETITIONS[pk][1], "mins": mins,
       "lwid": C.det_sha("lw", v2)[:8]}


PAGE = {
    "service": "FirmaAdesso",
    "url": "https://www.firmadesso.it/privacy",
    "lang": "it",
    "platform": "Laravel (Blade, Tailwind, Vite, Livewire 3)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-cache, private"), ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 12, 10),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.firmadesso.it/privacy", "select": "article.prose"},
}
