"""Scintilla - it-IT - the privacy notice is a route (/privacy) of the app's React single-page site that opens as a
modal (react-modal portal) over the landing page; OTA captures the rendered DOM. The text is one <div> of <p>s:
each section is a single <p> whose first line is a bold run, paragraphs inside it separated by <br><br>, list items
by <br> with a bullet; no headings. styled-components class names change at each deploy (the declaration uses the
data-testid). Around it: hero, App Store / Play ratings, success-story carousel, weekend Premium promo, A/B
sign-up button, iubenda banner, Intercom launcher."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.scintilla.app/privacy"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# INFORMATIVA SULLA PRIVACY DI SCINTILLA

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs. 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), come modificato dal D.Lgs. 10 agosto 2018, n. 101, a chi utilizza l'app Scintilla e il sito scintilla.app (di seguito, il "Servizio").

## 1. Titolare del trattamento

Il titolare del trattamento è Scintilla S.r.l., con sede legale in Via Tortona 31, 20144 Milano, P. IVA 10987654321, e-mail privacy@scintilla.app.

Il Responsabile della protezione dei dati (RPD/DPO) può essere contattato all'indirizzo dpo@scintilla.app.

## 2. Quali dati trattiamo

Dati che ci fornisci direttamente: nome, data di nascita, genere, genere delle persone che vuoi conoscere, numero di telefono, indirizzo e-mail, fotografie, descrizione personale, interessi, professione, titolo di studio, città.

Dati particolari (art. 9 GDPR): l'orientamento sessuale, le convinzioni religiose o l'appartenenza etnica, solo se scegli di indicarli nel profilo. Sono sempre facoltativi.

Dati relativi all'uso del Servizio:

- i profili che visualizzi, i "Mi piace" e i "No grazie" che esprimi, i match;
- i messaggi che scambi con altri utenti e le segnalazioni che invii o ricevi;
- data e ora degli accessi, funzionalità utilizzate, acquisti effettuati.

Dati di geolocalizzazione: con il tuo consenso, rilevato tramite le impostazioni del dispositivo, utilizziamo la tua posizione per mostrarti persone nelle vicinanze. Agli altri utenti mostriamo solo la distanza approssimativa, mai la posizione precisa.

Dati tecnici: indirizzo IP, identificativi del dispositivo e pubblicitari, modello e sistema operativo, lingua, dati di crash.

## 3. Finalità e basi giuridiche

Trattiamo i tuoi dati per le seguenti finalità:

- fornirti il Servizio, creare e gestire il tuo account, suggerirti profili e permetterti di chattare (esecuzione del contratto, art. 6.1.b GDPR);
- trattare i dati particolari che scegli di inserire nel profilo (consenso esplicito, art. 9.2.a GDPR);
- garantire la sicurezza degli utenti, prevenire frodi, profili falsi e abusi (legittimo interesse, art. 6.1.f GDPR);
- gestire abbonamenti Scintilla Premium e acquisti in-app (esecuzione del contratto);
- inviarti comunicazioni promozionali e mostrarti pubblicità personalizzata (consenso, che puoi revocare in ogni momento);
- adempiere a obblighi di legge e rispondere alle richieste delle autorità (obbligo legale, art. 6.1.c GDPR).

## 4. Come funzionano i suggerimenti

I profili che vedi sono ordinati da un algoritmo che considera le preferenze che hai impostato (età, distanza, genere), la tua attività e quella degli altri utenti e la probabilità di un interesse reciproco. Con Scintilla Premium puoi mettere in evidenza il tuo profilo per un periodo limitato. Non adottiamo decisioni basate unicamente su trattamenti automatizzati che producano effetti giuridici nei tuoi confronti.

## 5. Sicurezza e moderazione

Per tutelare la community, il nostro team esamina i profili e i contenuti segnalati dagli utenti e può leggere i messaggi oggetto di segnalazione. Utilizziamo inoltre strumenti automatici per individuare foto di nudo, spam e profili falsi. In caso di violazione delle nostre Linee guida possiamo sospendere o chiudere l'account.

## 6. Destinatari dei dati

Il tuo profilo è visibile agli altri utenti del Servizio. Non vendiamo i tuoi dati. Possiamo comunicarli a:

- fornitori di servizi che agiscono come responsabili del trattamento (art. 28 GDPR): hosting (Google Cloud, region europe-west8 Milano), invio di e-mail e notifiche, assistenza clienti (Intercom), analisi (Firebase, Adjust), pagamenti (Apple, Google);
- partner pubblicitari, solo previo tuo consenso: Meta Platforms Ireland Ltd e Google Ireland Ltd;
- autorità giudiziarie e forze dell'ordine, quando richiesto dalla legge o per proteggere l'incolumità di una persona;
- eventuali acquirenti in caso di cessione di azienda o di ramo d'azienda.

Alcuni fornitori possono trattare dati al di fuori dello Spazio economico europeo; in tal caso il trasferimento avviene sulla base delle clausole contrattuali standard approvate dalla Commissione europea.

## 7. Conservazione

Conserviamo i dati per tutta la durata dell'account. Quando elimini l'account, il profilo non è più visibile e i dati vengono cancellati entro 30 giorni, salvo:

- i dati relativi agli acquisti, conservati per 10 anni ai fini fiscali;
- i dati necessari a impedire la reiscrizione di utenti allontanati per gravi violazioni, conservati per 3 anni;
- i dati necessari per difendere un diritto in sede giudiziaria, per il tempo strettamente necessario.

Gli account inattivi da più di 2 anni vengono cancellati, previo avviso via e-mail.

## 8. I tuoi diritti

Puoi esercitare in qualsiasi momento i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione (artt. 15-22 GDPR) e revocare il consenso prestato, scrivendo a privacy@scintilla.app o dalla sezione Impostazioni > Privacy dell'app. Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).

## 9. Sicurezza dei dati

Adottiamo misure tecniche e organizzative adeguate ai sensi dell'art. 32 GDPR, tra cui la cifratura dei dati in transito e a riposo, l'accesso ai dati limitato al personale che ne ha bisogno per svolgere le proprie mansioni, il tracciamento degli accessi e test periodici di sicurezza. In caso di violazione dei dati personali che presenti un rischio elevato per i tuoi diritti, ti informeremo senza ingiustificato ritardo, come previsto dall'art. 34 GDPR.

Ti ricordiamo di non condividere mai con persone conosciute sul Servizio i tuoi dati bancari, i codici ricevuti via SMS o le credenziali di accesso: Scintilla non ti chiederà mai queste informazioni in chat.

## 10. Cookie e strumenti di tracciamento

Sul sito utilizziamo cookie tecnici, necessari al funzionamento, e, solo con il tuo consenso, cookie di analisi e di profilazione, nel rispetto delle Linee guida cookie e altri strumenti di tracciamento del Garante del 10 giugno 2021. Puoi modificare le tue scelte in qualsiasi momento dal link "Preferenze cookie" presente in fondo a ogni pagina. Nell'app, gli identificativi pubblicitari sono utilizzati solo se lo consenti nelle impostazioni del dispositivo.

## 11. Minori

Il Servizio è riservato ai maggiori di 18 anni. Eliminiamo gli account di cui veniamo a sapere che appartengono a minori.

## 12. Modifiche

Possiamo aggiornare questa informativa. In caso di modifiche sostanziali te lo comunicheremo tramite l'app o via e-mail.
"""

EDITS = [
    {"note": "selfie verification added to section 5 (video selfie, biometric data deleted within 24h, consent art. 9.2.a)",
     "repl": [("In caso di violazione delle nostre Linee guida possiamo sospendere o chiudere l'account.",
               "In caso di violazione delle nostre Linee guida possiamo sospendere o chiudere l'account.\n\n"
               "Verifica del profilo: se scegli di verificare il tuo profilo, ti chiediamo di registrare un breve video selfie che confrontiamo con le foto del profilo, anche tramite tecnologie di riconoscimento facciale. I dati biometrici sono trattati sulla base del tuo consenso esplicito (art. 9.2.a GDPR) e cancellati entro 24 ore dal completamento della verifica; conserviamo solo l'esito.")]},
    {"note": "silent: ad partners list adds AppLovin Corporation (date not bumped)", "bump": False,
     "repl": [("partner pubblicitari, solo previo tuo consenso: Meta Platforms Ireland Ltd e Google Ireland Ltd;",
               "partner pubblicitari, solo previo tuo consenso: Meta Platforms Ireland Ltd, Google Ireland Ltd e AppLovin Corporation;")]},
    {"note": "controller moved (Via Tortona 31 -> Corso Como 15) and new DPO address",
     "repl": [("con sede legale in Via Tortona 31, 20144 Milano,", "con sede legale in Corso Como 15, 20154 Milano,"),
              ("all'indirizzo dpo@scintilla.app.", "all'indirizzo dpo@scintilla.app o per posta presso la sede legale, all'attenzione del DPO.")]},
    {"note": "AI moderation of messages (pre-send warning, human review) replaces the automatic-tools sentence",
     "repl": [("Utilizziamo inoltre strumenti automatici per individuare foto di nudo, spam e profili falsi.",
               "Utilizziamo inoltre strumenti automatici, inclusi sistemi di intelligenza artificiale, per individuare foto di nudo, spam, profili falsi e tentativi di truffa. Questi sistemi analizzano anche il testo dei messaggi al momento dell'invio: se un messaggio sembra offensivo, ti chiediamo se vuoi davvero inviarlo. Nessun account viene chiuso sulla sola base di una decisione automatizzata: ogni provvedimento è verificato da una persona del nostro team.")]},
    {"note": "minors: age assurance (facial age estimation or ID via provider) rewrites section 9; retention of reports",
     "repl": [("Il Servizio è riservato ai maggiori di 18 anni. Eliminiamo gli account di cui veniamo a sapere che appartengono a minori.",
               "Il Servizio è riservato ai maggiori di 18 anni. Se abbiamo motivo di ritenere che un utente sia minorenne, gli chiediamo di confermare la propria età tramite una stima dell'età basata su un selfie o tramite un documento d'identità, con l'aiuto di un fornitore specializzato che agisce come nostro responsabile del trattamento. L'immagine del documento viene cancellata dopo la verifica. Se la maggiore età non viene confermata, l'account viene eliminato."),
              ("- i dati necessari per difendere un diritto in sede giudiziaria, per il tempo strettamente necessario.",
               "- le segnalazioni e i messaggi segnalati, conservati per 12 mesi dalla chiusura della segnalazione;\n- i dati necessari per difendere un diritto in sede giudiziaria, per il tempo strettamente necessario.")]},
]

STORIES = [("Giulia e Marco", "Bologna", "Ci siamo scritti per tre settimane prima del primo caffè. Ora viviamo insieme!"),
           ("Sara e Davide", "Torino", "Un match alle 23:40, il primo appuntamento al Valentino."),
           ("Luca e Matteo", "Milano", "Abbiamo scoperto di abitare nella stessa via."),
           ("Elena e Andrea", "Napoli", "Sposi a giugno: grazie Scintilla!"),
           ("Chiara e Stefano", "Roma", "Lo stesso libro preferito nel profilo. Il resto è storia."),
           ("Francesca e Paolo", "Firenze", "Primo appuntamento agli Uffizi, secondo in pizzeria.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sc"] = C.keep_or(rng, prev.get("sc"), 0.35, lambda: tuple(C.alnum(rng, 6) for _ in range(10)))
    s["chunk"] = C.det_sha("main.js", s["sc"])[:8]
    s["story"] = rng.randrange(len(STORIES))
    r0 = prev.get("ratings") or (4.5, 18211, 4.3, 40114)
    s["ratings"] = (r0[0], r0[1] + rng.randint(40, 900), round(min(4.6, max(4.1, r0[2] + rng.choice([-0.1, 0, 0, 0.1]))), 1),
                    r0[3] + rng.randint(60, 1500))
    s["promo"] = when.weekday() >= 4 and rng.random() < 0.8
    s["ab"] = rng.choice(["A", "B"])
    s["intercom"] = C.hexs(rng, 8)
    s["iubenda"] = C.keep_or(rng, prev.get("iubenda"), 0.15, lambda: "%d.%d.%d" % (1, rng.randint(50, 75), rng.randint(0, 9)))
    return s


LABELS = {
    "sc": "styled-components generated class names (deploy)",
    "chunk": "main.js chunk hash (deploy)",
    "story": "success-story carousel active slide",
    "ratings": "App Store / Google Play rating counts",
    "promo": "weekend 'Premium -50%' promo bar",
    "ab": "A/B sign-up button variant",
    "intercom": "Intercom launcher frame id",
    "iubenda": "iubenda cookie solution version",
}


def sections(blocks):
    """[(bold line or None, [blocks])]: the head paragraphs each alone, then one group per h2."""
    out = []
    for b in blocks:
        if b[0] == "h2":
            out.append((b[1], []))
        elif out and out[-1][0] is not None:
            out[-1][1].append(b)
        else:
            out.append((None, [b]))
    return out


def lines(b):
    kind, v = b
    if kind in ("ul", "ol"):
        return ["• " + x for x in v]
    if kind == "h1":
        return [v]
    return [v]


def section_html(head, bl):
    parts = []
    if head is not None:
        parts.append("<b>%s</b>" % html.escape(head))
    for j, b in enumerate(bl):
        ls = [C.inline_html(x) for x in lines(b)]
        if b[0] == "h1":
            ls = ["<b>%s</b>" % x for x in ls]
        parts.append(("<br>" if head is not None and j == 0 else "<br><br>" if parts else "") + "<br>".join(ls))
    return "<p>%s</p>" % "".join(parts)


def gold_md(blocks):
    """What OTA's HTML-to-Markdown gives for these <p>s: bold runs, <br> as a hard break ("  \n")."""
    out = []
    for head, bl in sections(blocks):
        segs = []
        for b in bl:
            ls = [C.inline_md(x, URL) for x in lines(b)]
            if b[0] == "h1":
                ls = ["**%s**" % x for x in ls]
            segs.append("  \n".join(ls))
        txt = "  \n  \n".join(segs)
        if head is not None:
            txt = "**%s**" % re.sub(r"^(\d+)\\\. ", r"\1. ", C.inline_md(head, URL)) + ("  \n" + txt if txt else "")
        out.append(txt)
    return "\n\n".join(out)


def render(s, blocks, when):
    sc = s["sc"]
    ch = s["chunk"]
    legal = "".join(section_html(h, bl) for h, bl in sections(blocks))
    name, city, quote = STORIES[s["story"]]
    ios, nios, andr, nandr = s["ratings"]
    fmt = lambda n: "{:,}".format(n).replace(",", ".")
    promo = ('<div class="sc-%s %s" role="status">🔥 Solo questo weekend: Scintilla Premium a metà prezzo <a href="/premium?utm_source=web&amp;utm_campaign=weekend50">Scopri</a></div>'
             % (sc[0], sc[1])) if s["promo"] else ""
    cta = ('<a data-testid="signup-cta" data-variant="A" class="sc-%s %s" href="https://app.scintilla.app/signup">Iscriviti gratis</a>' % (sc[2], sc[3])
           if s["ab"] == "A" else
           '<a data-testid="signup-cta" data-variant="B" class="sc-%s %s" href="https://app.scintilla.app/signup?v=b">Inizia ora, è gratis</a>' % (sc[2], sc[4]))
    return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<meta name="theme-color" content="#ff4f5a"><title>Informativa sulla privacy · Scintilla</title>'
            '<link rel="manifest" href="/manifest.json"><link rel="icon" href="/favicon.ico">'
            '<script defer="defer" src="/static/js/main.%s.js"></script><link href="/static/css/main.%s.css" rel="stylesheet">'
            '<style data-styled="active" data-styled-version="5.3.6"></style>'
            '<script type="text/javascript">var _iub = _iub || []; _iub.csConfiguration = {"siteId":2874413,"cookiePolicyId":51820977,"lang":"it","perPurposeConsent":true};</script>'
            '<script type="text/javascript" src="https://cs.iubenda.com/autoblocking/2874413.js"></script>'
            '<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js?v=%s" charset="UTF-8" async></script>'
            '</head><body><noscript>Per usare Scintilla devi abilitare JavaScript.</noscript><div id="root">'
            '<div class="sc-%s %s">%s<header class="sc-%s %s"><a href="/" aria-label="Scintilla"><svg width="120" height="32" viewBox="0 0 120 32"><path d="M8 2 L16 30 L24 2z"></path></svg></a>'
            '<nav><a href="/come-funziona">Come funziona</a><a href="/premium">Premium</a><a href="/sicurezza">Sicurezza</a><a href="/blog">Blog</a><a href="https://app.scintilla.app/login">Accedi</a></nav></header>'
            '<main><section class="sc-%s %s"><h1>Trova la tua scintilla.</h1><p>Persone vere, vicino a te. Profili verificati e chat sicure.</p>%s'
            '<div class="sc-%s %s"><a href="https://apps.apple.com/it/app/scintilla/id1523344871"><img alt="Scarica su App Store" src="/static/media/appstore-it.svg"></a>'
            '<span>%s ★ · %s recensioni</span><a href="https://play.google.com/store/apps/details?id=app.scintilla.android"><img alt="Disponibile su Google Play" src="/static/media/googleplay-it.svg"></a><span>%s ★ · %s recensioni</span></div></section>'
            '<section class="sc-%s %s" aria-roledescription="carousel"><h2>Storie di Scintilla</h2><figure aria-roledescription="slide"><blockquote>“%s”</blockquote><figcaption>%s, %s</figcaption></figure>'
            '<div role="tablist">%s</div></section></main>'
            '<footer class="sc-%s %s"><a href="/termini">Termini e condizioni</a><a href="/privacy">Privacy</a><a href="/cookie">Cookie</a><a href="/linee-guida">Linee guida della community</a>'
            '<span>© Scintilla S.r.l. · P. IVA 10987654321</span></footer></div></div>'
            '<div class="ReactModalPortal"><div class="ReactModal__Overlay ReactModal__Overlay--after-open" style="position: fixed; inset: 0px; background-color: rgba(20, 12, 30, 0.6);">'
            '<div class="ReactModal__Content ReactModal__Content--after-open" tabindex="-1" role="dialog" aria-label="Informativa sulla privacy" aria-modal="true">'
            '<div class="sc-%s %s"><button type="button" aria-label="Chiudi" class="sc-%s %s">×</button>'
            '<div data-testid="legal-text" class="sc-%s %s">%s</div></div></div></div></div>'
            '<div id="iubenda-cs-banner" class="iubenda-cs-default-floating iubenda-cs-bottom iubenda-cs-visible" role="alertdialog" aria-labelledby="iubenda-cs-title">'
            '<div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale"><div id="iubenda-cs-title" role="heading" aria-level="2">Informativa</div>'
            '<div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella <a href="/cookie" class="iubenda-cs-cookie-policy-lnk">cookie policy</a>.</p></div></div>'
            '<div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn iubenda-cs-btn-primary">Rifiuta</button><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary">Accetta</button></div></div></div></div>'
            '<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite">'
            '<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"></div></div></div>'
            '<iframe id="intercom-frame" style="position: absolute !important; opacity: 0 !important; width: 1px !important; height: 1px !important;" aria-hidden="true" tabindex="-1" title="Intercom" data-intercom-frame="%s"></iframe>'
            '</body></html>'
            % (ch, ch[:6] + ch[-2:], s["iubenda"], sc[5], sc[6], promo, sc[7], sc[8], sc[9], sc[0], cta, sc[1], sc[2],
               str(ios).replace(".", ","), fmt(nios), str(andr).replace(".", ","), fmt(nandr),
               sc[3], sc[4], html.escape(quote), name, city,
               "".join('<button role="tab" aria-selected="%s" aria-label="Storia %d"></button>' % ("true" if k == s["story"] else "false", k + 1) for k in range(len(STORIES))),
               sc[5], sc[7], sc[8], sc[9], sc[6], sc[0], sc[1], sc[3], legal, s["intercom"]))


PAGE = {
    "service": "Scintilla", "url": URL, "lang": "it-IT", "platform": "React SPA (CRA, styled-components, react-modal) rendered DOM",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 2, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"legal-text\"]"], "executeClientScripts": True},
}
