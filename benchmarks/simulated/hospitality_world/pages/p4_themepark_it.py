"""Italian theme and water park on Nuxt with Storyblok as headless CMS: Nuxt 2 (vue-server-renderer, `window.__NUXT__`
IIFE payload) until March 2024, then a redesigned Nuxt 3 site (`__NUXT_DATA__` JSON payload, Vite chunk names).

The declaration changes with the relaunch (history: `section.legal-page` until the switch, then
`article.legal-article`). Inside both containers the scoped-style `data-v-*` attributes change with every build
(attribute-only noise inside the selection); Storyblok's richtext wraps list items in <p>. Beside: the live queue
times ("Tempi di attesa", only while the park is open), today's opening hours and weather, the Storyblok cache
version `cv` in the payload after each publication anywhere in the space, and the build's chunk hashes."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def fmt_date(d):
    return "%s %s %d" % ("1°" if d.day == 1 else str(d.day), MESI[d.month - 1], d.year)


POLICY = """
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa, resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 («GDPR») e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018, descrive come Acquaterra S.r.l. tratta i dati personali dei visitatori del parco, degli acquirenti di biglietti e abbonamenti online, degli ospiti dei nostri hotel e degli utenti di questo sito e della app Acquaterra Park.

## 1. Titolare del trattamento

@ Acquaterra S.r.l.
@ Via dei Pini 12
@ 37012 Bussolengo (VR)
@ P.IVA 04567890231
@ Tel. +39 045 715 2200

Il Titolare ha nominato un Responsabile della protezione dei dati (DPO), contattabile all'indirizzo [dpo@acquaterrapark.it](mailto:dpo@acquaterrapark.it).

## 2. Dati trattati

- **Dati anagrafici e di contatto:** nome, cognome, data di nascita, indirizzo email, numero di telefono.
- **Dati di acquisto:** biglietti, abbonamenti, pacchetti hotel, importi e modalità di pagamento.
- **Fotografia dell'abbonato:** necessaria per rendere nominativo l'abbonamento stagionale.
- **Immagini:** riprese del sistema di videosorveglianza e foto ricordo scattate sulle attrazioni.
- **Dati relativi alla salute:** informazioni su disabilità o patologie, fornite solo per richiedere l'accesso facilitato alle attrazioni.
- **Dati di navigazione:** indirizzo IP, tipo di dispositivo, pagine visitate, cookie e tecnologie simili.

## 3. Finalità, base giuridica e tempi di conservazione

| Finalità | Base giuridica | Conservazione |
| Vendita di biglietti, abbonamenti e pacchetti | Esecuzione del contratto (art. 6.1.b GDPR) | 10 anni per i documenti fiscali |
| Gestione dell'abbonamento stagionale e verifica all'ingresso | Esecuzione del contratto | Fino alla fine della stagione e per i 12 mesi successivi |
| Accesso facilitato per ospiti con disabilità | Consenso esplicito (art. 9.2.a GDPR) | Fino alla fine della stagione |
| Videosorveglianza per la sicurezza di ospiti e beni | Legittimo interesse (art. 6.1.f GDPR) | 72 ore, salvo richieste dell'autorità giudiziaria |
| Foto ricordo sulle attrazioni | Esecuzione del contratto di acquisto | Le foto non acquistate sono cancellate a fine giornata |
| Newsletter e comunicazioni promozionali | Consenso (art. 6.1.a GDPR) | 24 mesi dall'ultimo contatto |
| Assistenza clienti e reclami | Legittimo interesse | 2 anni |

## 4. Abbonamento stagionale

Per rendere nominativo l'abbonamento ti chiediamo di caricare una foto o di farla scattare alla prima visita presso l'Ufficio Abbonamenti. Agli ingressi il personale confronta la foto visualizzata sul terminale con il titolare dell'abbonamento. La foto non viene utilizzata per altre finalità.

## 5. Ospiti con disabilità

Per richiedere il pass di accesso facilitato puoi presentare all'Ufficio Ospiti la documentazione che attesta la tua condizione. Il personale ne verifica la validità e registra soltanto il tipo di agevolazione concessa e la data di scadenza; non conserviamo copia dei certificati medici.

## 6. Videosorveglianza

Il parco, i parcheggi e gli hotel sono dotati di un sistema di videosorveglianza segnalato da appositi cartelli. Le telecamere non riprendono spogliatoi, servizi igienici e aree di primo soccorso. Le immagini sono visionate solo dal personale di sicurezza autorizzatto e possono essere comunicate alle Forze dell'ordine su loro richiesta.

## 7. Ospiti degli hotel del parco

Se soggiorni in uno dei nostri hotel, al check-in ti chiediamo un documento d'identità valido per te e per ciascun accompagnatore. Come previsto dall'art. 109 del Testo unico delle leggi di pubblica sicurezza, comunichiamo le generalità degli ospiti alla Questura tramite il servizio Alloggiati Web entro 24 ore dall'arrivo; non conserviamo copia dei documenti. Per gli ospiti soggetti all'imposta di soggiorno trasmettiamo al Comune solo i dati aggregati richiesti dal regolamento comunale.

## 8. Minori

I biglietti possono essere acquistati online solo da maggiorenni. I dati dei minori (ad esempio la data di nascita per le tariffe ridotte) sono forniti dal genitore o da chi ne fa le veci e trattati solo per l'erogazione del servizio.

## 9. Destinatari dei dati

I dati sono trattati dal personale autorizzato e dai seguenti fornitori, nominati responsabili del trattamento ai sensi dell'art. 28 GDPR:

| Fornitore | Servizio | Sede |
| Vivaticket S.p.A. | Biglietteria online e controllo accessi | Italia |
| Nexi Payments S.p.A. | Pagamenti con carta | Italia |
| Salesforce, Inc. | Invio della newsletter (Marketing Cloud) | UE e Stati Uniti |
| Storyblok GmbH | Gestione dei contenuti del sito | Austria |
| Picsolve International Ltd | Foto ricordo sulle attrazioni | Regno Unito |

I dati possono inoltre essere comunicati a consulenti, compagnie assicurative e autorità pubbliche quando previsto dalla legge.

## 10. Trasferimenti extra UE

Alcuni fornitori hanno sede o server fuori dall'Unione europea. In questi casi il trasferimento avviene sulla base di una decisione di adeguatezza della Commissione europea (come per il Regno Unito) o delle clausole contrattuali standard.

## 11. I tuoi diritti

In qualsiasi momento puoi esercitare i diritti previsti dagli articoli 15-22 del GDPR:

- accesso ai dati e richiesta di copia;
- rettifica dei dati inesatti;
- cancellazione dei dati;
- limitazione del trattamento;
- portabilità dei dati;
- opposizione al trattamento basato sul legittimo interesse e al marketing diretto;
- revoca del consenso, senza pregiudicare la liceità del trattamento precedente.

Per esercitarli scrivi a [privacy@acquaterrapark.it](mailto:privacy@acquaterrapark.it). Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## 12. Cookie

Per le informazioni sui cookie utilizzati da questo sito e per modificare in qualsiasi momento le tue preferenze consulta la nostra [Cookie Policy](/it/cookie-policy).

## 13. Modifiche all'informativa

Potremo aggiornare questa informativa, ad esempio all'apertura di una nuova stagione o quando introduciamo nuovi servizi nella app. La data dell'ultimo aggiornamento è sempre indicata all'inizio della pagina; in caso di modifiche rilevanti ne daremo notizia anche agli abbonati via email.
"""

EDITS = [
    {"note": "typo fixed (autorizzatto -> autorizzato)", "bump": False,
     "repl": [("personale di sicurezza autorizzatto", "personale di sicurezza autorizzato")]},
    {"note": "processor added to the table (accesso virtual queue)",
     "repl": [("| Nexi Payments S.p.A. | Pagamenti con carta | Italia |",
               "| Nexi Payments S.p.A. | Pagamenti con carta | Italia |\n"
               "| accesso Technology Group plc | Coda virtuale Fast Lane nella app | Regno Unito |")]},
    {"note": "CCTV retention extended from 72 hours to 7 days",
     "repl": [("| 72 ore, salvo richieste dell'autorità giudiziaria |", "| 7 giorni, salvo richieste dell'autorità giudiziaria |")]},
    {"note": "season-pass section rewritten for optional facial verification (paragraph added)",
     "repl": [("La foto non viene utilizzata per altre finalità.",
               "La foto non viene utilizzata per altre finalità.\n\n"
               "Dalla stagione 2025 puoi scegliere, in alternativa, l'ingresso rapido con verifica del volto: ai "
               "tornelli una telecamera confronta il tuo viso con il modello biometrico ricavato dalla foto "
               "dell'abbonamento. Questo trattamento si basa esclusivamente sul tuo consenso esplicito, revocabile in "
               "ogni momento dalla app o presso l'Ufficio Abbonamenti; il modello biometrico è cancellato alla "
               "scadenza dell'abbonamento e l'ingresso tradizionale resta sempre disponibile.")]},
    {"note": "customer service phone number changed",
     "repl": [("@ Tel. +39 045 715 2200", "@ Tel. +39 045 644 9000")]},
]

SWITCH = dt.datetime(2024, 3, 20)
RIDES = ["Vortex", "Rapide del Garda", "Kraken Coaster", "Torre Gigante", "Onda Anomala", "Il Galeone",
         "Fiume Lento", "Twister"]


def park_open(d):
    if d.month in (4, 5, 9, 10):
        return d.weekday() >= 5 or d.month == 9 and d.day < 15
    return d.month in (6, 7, 8)


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    new = when >= SWITCH
    st["platform"] = "nuxt3" if new else "nuxt2"
    if prev.get("platform") != st["platform"]:
        st["build"] = None
    mk = (lambda: (C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                   [C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(4)],
                   C.uuid4(rng), [C.hexs(rng, 8) for _ in range(3)])) if new else \
        (lambda: (C.hexs(rng, 7), [C.hexs(rng, 7) for _ in range(4)], None, [C.hexs(rng, 8) for _ in range(3)]))
    st["build"] = C.keep_or(rng, prev.get("build") if prev.get("platform") == st["platform"] else None, 0.2, mk)
    st["cv"] = C.keep_or(rng, prev.get("cv"), 0.6, lambda: C.epoch(when) - rng.randint(600, 20 * 86400))
    local = when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)
    d = local.date()
    if park_open(d) and 10 <= local.hour < 18:
        st["queues"] = ("open", local.strftime("%H:%M"), tuple((r, rng.choice([0, 5, 5, 10, 15, 20, 25, 30, 40, 45, 60, 75]))
                                                               for r in rng.sample(RIDES, 6)))
    else:
        nxt = d + dt.timedelta(days=1)
        while not park_open(nxt):
            nxt += dt.timedelta(days=1)
        st["queues"] = ("closed", nxt.isoformat())
    st["weather"] = (rng.randint(4, 33) if 4 <= d.month <= 10 else rng.randint(-2, 14),
                     rng.choice(["sereno", "poco nuvoloso", "nuvoloso", "pioggia", "temporale"]))
    if prev and all(st[k] == prev.get(k) for k in st):
        st["cv"] = st["cv"] + rng.randint(60, 3600)
    return st


LABELS = {"platform": "Nuxt 2 -> Nuxt 3 relaunch", "build": "build chunk hashes and data-v scopes (inside container)",
          "cv": "Storyblok cache version in payload", "queues": "live queue times / next opening (header)",
          "weather": "today's weather (header)"}


def richtext(blocks, dv):
    a = ' data-v-%s=""' % dv
    out = []
    for kind, v in blocks:
        if kind in ("ul", "ol"):
            out.append("<ul%s>%s</ul>" % (a, "".join("<li%s><p%s>%s</p></li>" % (a, a, C.inline_html(x)) for x in v)))
        elif kind == "table":
            head = "".join("<th%s>%s</th>" % (a, C.inline_html(x)) for x in v[0])
            body = "".join("<tr%s>%s</tr>" % (a, "".join("<td%s>%s</td>" % (a, C.inline_html(x)) for x in r)) for r in v[1:])
            out.append('<div class="sb-table"%s><table%s><thead%s><tr%s>%s</tr></thead><tbody%s>%s</tbody></table></div>'
                       % (a, a, a, a, head, a, body))
        elif kind == "addr":
            out.append("<p%s>%s</p>" % (a, "<br>".join(C.inline_html(x) for x in v)))
        else:
            out.append("<%s%s>%s</%s>" % ("p" if kind == "p" else kind, a, C.inline_html(v), "p" if kind == "p" else kind))
    return "".join(out)


def sb_json(blocks):
    content = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            content.append({"type": "heading", "attrs": {"level": int(kind[1])}, "content": [{"text": v, "type": "text"}]})
        elif kind in ("ul", "ol"):
            content.append({"type": "bullet_list", "content": [{"type": "list_item", "content": [
                {"type": "paragraph", "content": [{"text": x, "type": "text"}]}]} for x in v]})
        elif kind == "table":
            content.append({"type": "blok", "attrs": {"body": [{"component": "table", "table": {"thead": [{"value": x} for x in v[0]],
                            "tbody": [{"body": [{"value": x} for x in r]} for r in v[1:]]}}]}})
        elif kind == "addr":
            content.append({"type": "paragraph", "content": [{"text": x, "type": "text"} for x in v]})
        elif kind == "p":
            content.append({"type": "paragraph", "content": [{"text": v, "type": "text"}]})
    return {"type": "doc", "content": content}


def queue_html(state, new):
    q = state["queues"]
    t, sky = state["weather"]
    if q[0] == "open":
        items = "".join('<li class="queue__item"><span class="queue__ride">%s</span><span class="queue__time%s">%s</span></li>'
                        % (r, " queue__time--short" if m <= 10 else "", "%d min" % m if m else "Accesso immediato")
                        for r, m in q[2])
        body = ('<p class="queue__status">Parco aperto oggi 10:00–18:00 · %d° %s</p><ul class="queue__list">%s</ul>'
                '<p class="queue__updated">Aggiornato alle %s</p>' % (t, sky, items, q[1]))
    else:
        d = dt.date.fromisoformat(q[1])
        body = ('<p class="queue__status">Il parco è chiuso · %d° %s</p><p class="queue__next">Prossima apertura: %s %d %s, ore 10:00</p>'
                % (t, sky, GIORNI[d.weekday()], d.day, MESI[d.month - 1]))
    return '<div class="%s"><span class="queue__title">Tempi di attesa live</span>%s</div>' % (
        "live-pill queue" if new else "header-queue queue", body)


def render(state, blocks, when):
    new = state["platform"] == "nuxt3"
    b0, chunks, build_id, dvs = state["build"]
    title = blocks[0][1]
    body = blocks[1:]
    cv = state["cv"]
    story = {"name": "Informativa sulla privacy", "slug": "privacy-policy", "full_slug": "it/privacy-policy",
             "id": 318774512, "uuid": "a1c4e2b8-7d3f-4a9e-9c21-6b0f2e8d7c45", "lang": "default",
             "content": {"component": "legal_page", "title": title, "body": sb_json(body), "_uid": "5f0e2d1c-9a8b-4c7d-8e6f-1a2b3c4d5e6f"}}
    nav = [("Biglietti", "/it/biglietti"), ("Abbonamenti", "/it/abbonamenti"), ("Attrazioni", "/it/attrazioni"),
           ("Acquapark", "/it/acquapark"), ("Hotel", "/it/hotel"), ("Orari e calendario", "/it/calendario"),
           ("Info", "/it/info")]
    if not new:
        dv0, dv1, dv2 = dvs
        a0, a1 = ' data-v-%s' % dv0, ' data-v-%s' % dv1
        navh = "".join('<li class="main-nav__item"%s><a href="%s" class="main-nav__link"%s>%s</a></li>' % (a0, u, a0, t) for t, u in nav)
        payload = json.dumps({"layout": "default", "data": [{"story": story}], "fetch": {}, "error": None,
                              "state": {"i18n": {"locale": "it"}, "storyblok": {"cv": cv}},
                              "serverRendered": True, "routePath": "/it/privacy-policy",
                              "config": {"storyblokToken": "Xq3v8RkP2mW7nT1a", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}},
                             ensure_ascii=False)
        return """<!doctype html>
<html lang="it" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22it%%22%%7D%%7D">
  <head >
    <title>Informativa sulla privacy | Acquaterra Park</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Informativa sul trattamento dei dati personali di Acquaterra Park."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Informativa sulla privacy | Acquaterra Park"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://www.acquaterrapark.it/it/privacy-policy"><link data-n-head="ssr" rel="alternate" hreflang="en" href="https://www.acquaterrapark.it/en/privacy-policy"><link data-n-head="ssr" rel="alternate" hreflang="de" href="https://www.acquaterrapark.it/de/datenschutz"><script data-n-head="ssr" src="https://cs.iubenda.com/autoblocking/2874563.js"></script><script data-n-head="ssr" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script><link rel="preload" href="/_nuxt/%(r)s.js" as="script"><link rel="preload" href="/_nuxt/%(c0)s.js" as="script"><link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script"><link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><style data-vue-ssr-id="%(c0)s:0 %(c1)s:0">.legal-page[data-v-%(dv2)s]{max-width:820px;margin:0 auto;padding:48px 16px}.rich-text h2[data-v-%(dv2)s]{font-family:Baloo 2,sans-serif;color:#0b6e8c}.sb-table table[data-v-%(dv2)s]{width:100%%;border-collapse:collapse}</style>
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout-default"%(a0)s><header class="site-header"%(a0)s><a href="/it" class="site-header__logo nuxt-link-active"%(a0)s><img src="/img/acquaterra-logo.svg" alt="Acquaterra Park"%(a0)s></a> <nav class="main-nav"%(a0)s><ul class="main-nav__list"%(a0)s>%(nav)s</ul></nav> %(queue)s <a href="https://shop.acquaterrapark.it/it/" class="btn btn--yellow"%(a0)s>Acquista biglietti</a></header> <main class="page-privacy"%(a1)s><section class="legal-page container" data-v-%(dv2)s><h1 class="legal-page__title" data-v-%(dv2)s>%(title)s</h1> <div class="rich-text" data-v-%(dv2)s>%(body)s</div></section></main> <footer class="site-footer"%(a0)s><div class="site-footer__cols"%(a0)s><p%(a0)s>Acquaterra S.r.l. · Via dei Pini 12, 37012 Bussolengo (VR) · P.IVA 04567890231</p> <ul%(a0)s><li%(a0)s><a href="/it/privacy-policy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active"%(a0)s>Privacy</a></li> <li%(a0)s><a href="/it/cookie-policy"%(a0)s>Cookie Policy</a></li> <li%(a0)s><a href="/it/regolamento-parco"%(a0)s>Regolamento del parco</a></li> <li%(a0)s><a href="#" class="iubenda-cs-preferences-link"%(a0)s>Preferenze cookie</a></li></ul></div></footer></div></div></div><script>window.__NUXT__=(function(a,b,c){return %(payload)s}(null,false,true));</script><script src="/_nuxt/%(r)s.js" defer></script><script src="/_nuxt/%(c0)s.js" defer></script><script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script>
  </body>
</html>
""" % {"r": b0, "c0": chunks[0], "c1": chunks[1], "c2": chunks[2], "c3": chunks[3], "dv2": dv2, "a0": a0, "a1": a1,
       "nav": navh, "queue": queue_html(state, False), "title": html.escape(title), "body": richtext(body, dv2),
       "payload": payload.replace("</", "\\u003C/")}
    dv0, dv1, dv2 = dvs
    a0 = ' data-v-%s=""' % dv0
    navh = "".join('<li class="nav__item"%s><a href="%s" class="nav__link"%s>%s</a></li>' % (a0, u, a0, t) for t, u in nav)
    data = json.dumps([{"data": 1, "state": 3, "once": 5, "_errors": 6, "serverRendered": 8, "path": 9},
                       ["ShallowReactive", 2], {"story-it/privacy-policy": story, "cv": cv}, ["Reactive", 4], {},
                       ["Set"], ["ShallowReactive", 7], {}, True, "/it/privacy-policy"], ensure_ascii=False)
    return """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Informativa sulla privacy · Acquaterra Park</title>
<link rel="stylesheet" href="/_nuxt/entry.%(r)s.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/default.%(c0)s.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c1)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c2)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c3)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo-acquaterra.%(c0)s.svg">
<script src="https://cs.iubenda.com/autoblocking/2874563.js"></script>
<script src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>
<meta name="description" content="Come Acquaterra Park tratta i tuoi dati personali.">
<link rel="canonical" href="https://www.acquaterrapark.it/it/privacy-policy">
<link rel="alternate" hreflang="en" href="https://www.acquaterrapark.it/en/privacy-policy">
<link rel="alternate" hreflang="de" href="https://www.acquaterrapark.it/de/datenschutz">
<script type="module" src="/_nuxt/%(c1)s.js" crossorigin></script></head><body><div id="__nuxt"><!--[--><div class="app"%(a0)s><header class="header"%(a0)s><div class="header__inner"%(a0)s><a href="/it" class="header__logo"%(a0)s><img src="/_nuxt/logo-acquaterra.%(c0)s.svg" alt="Acquaterra Park" width="168" height="48"%(a0)s></a><nav class="nav"%(a0)s><ul class="nav__list"%(a0)s>%(nav)s</ul></nav><!--[-->%(queue)s<!--]--><a href="https://shop.acquaterrapark.it/it/" class="btn btn--primary"%(a0)s>Biglietti</a></div></header><main class="main"%(a0)s><!--[--><article class="legal-article" data-v-%(dv1)s=""><header class="legal-article__header" data-v-%(dv1)s=""><h1 class="legal-article__title" data-v-%(dv1)s="">%(title)s</h1></header><div class="legal-article__body sb-richtext" data-v-%(dv1)s="">%(body)s</div></article><!--]--></main><footer class="footer"%(a0)s><div class="footer__grid"%(a0)s><div%(a0)s><p%(a0)s>Acquaterra S.r.l. · Via dei Pini 12 · 37012 Bussolengo (VR)</p><p%(a0)s>P.IVA 04567890231</p></div><ul class="footer__links"%(a0)s><li%(a0)s><a href="/it/privacy-policy" class="router-link-active router-link-exact-active" aria-current="page"%(a0)s>Privacy</a></li><li%(a0)s><a href="/it/cookie-policy"%(a0)s>Cookie Policy</a></li><li%(a0)s><a href="/it/regolamento-parco"%(a0)s>Regolamento del parco</a></li><li%(a0)s><a href="#" class="iubenda-cs-preferences-link"%(a0)s>Preferenze cookie</a></li></ul></div></footer></div><!--]--></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%(data)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblok:{accessToken:"Xq3v8RkP2mW7nT1a",region:"eu"}},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>""" % {
        "r": b0, "c0": chunks[0], "c1": chunks[1], "c2": chunks[2], "c3": chunks[3], "a0": a0, "dv1": dv1, "nav": navh,
        "queue": queue_html(state, True), "title": html.escape(title), "body": richtext(body, dv1),
        "data": data.replace("</", "\\u003C/"), "bid": build_id}


PAGE = {
    "service": "Acquaterra Park",
    "url": "https://www.acquaterrapark.it/it/privacy-policy",
    "lang": "it",
    "platform": "Nuxt 2 -> Nuxt 3 with Storyblok (relaunch March 2024)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 30,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "article.legal-article"},
    "history": [{"select": "section.legal-page", "validUntil": "2024-03-20T00:00:00Z"}],
}
