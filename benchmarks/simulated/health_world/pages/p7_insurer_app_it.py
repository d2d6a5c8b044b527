"""Salvia (digital health-insurance policy, app and web app) - it-IT - Bubble. The policy page is a Bubble page
captured after it rendered: a Group with ID attribute "informativa-privacy" holds the title and date Text elements
(HTML tag h1 / div), an intro Text, an assistance box ("box-assistenza", live operator count or offline note) and a
RepeatingGroup whose cells are the policy sections stored in Bubble's database (each a Text with tag h2 and a
BBCode-rendered Text). Noise: bubble_session_uid and page-load ids, app_last_change and the hashed /package/
script URLs on every deploy, element heights recomputed after web-font load, a header promo, the migration to
Bubble's new responsive engine in October 2022 (new element class names, flex containers)."""
import datetime as dt
import html
import json

import common as C

URL = "https://app.salviasalute.it/privacy"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR) agli utenti dell'app Salvia, la polizza salute digitale distribuita da Salvia Insurtech S.r.l., intermediario iscritto al Registro Unico degli Intermediari assicurativi (RUI) con il numero A000712345.

## Titolare del trattamento

Titolare del trattamento è Salvia Insurtech S.r.l., Via Tortona 27, 20144 Milano. Il Responsabile della protezione dei dati (DPO) è contattabile all'indirizzo [dpo@salviasalute.it](mailto:dpo@salviasalute.it).

## Dati trattati

- dati anagrafici e di contatto;
- codice fiscale e dati di pagamento;
- dati relativi alla salute contenuti nel questionario sanitario e nella documentazione medica che carichi per i rimborsi;
- dati di utilizzo dell'app.

## Finalità e basi giuridiche

Trattiamo i tuoi dati per emettere e gestire la polizza, per liquidare i rimborsi (esecuzione del contratto) e per adempiere agli obblighi di legge e alle disposizioni dell'IVASS. I dati relativi alla salute sono trattati solo con il tuo consenso esplicito, ai sensi dell'art. 9, par. 2, lett. a) del GDPR.

Con il tuo consenso, facoltativo, possiamo inviarti comunicazioni commerciali su nuovi prodotti.

## Destinatari

I tuoi dati possono essere comunicati alla compagnia che emette la polizza, ai medici fiduciari, ai riassicuratori e ai fornitori che ci supportano, tra cui Stripe (pagamenti) e Amazon Web Services (hosting, Francoforte).

## Conservazione

Conserviamo i dati per tutta la durata della polizza e per i 10 anni successivi alla sua cessazione, salvo diversi obblighi di legge. I dati trattati per finalità di marketing sono conservati per 24 mesi.

## I tuoi diritti

Puoi esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR scrivendo a [privacy@salviasalute.it](mailto:privacy@salviasalute.it). Hai inoltre il diritto di proporre reclamo al [Garante per la protezione dei dati personali](https://www.garanteprivacy.it).
"""

EDITS = [
    {"note": "recipients: Zendesk (customer support) added to the named suppliers",
     "repl": [("tra cui Stripe (pagamenti) e Amazon Web Services", "tra cui Stripe (pagamenti), Zendesk (assistenza clienti) e Amazon Web Services")]},
    {"note": "marketing-data retention shortened from 24 to 12 months",
     "repl": [("conservati per 24 mesi.", "conservati per 12 mesi.")]},
    {"note": "marketing-consent sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("Con il tuo consenso, facoltativo, possiamo inviarti comunicazioni commerciali su nuovi prodotti.",
               "Solo con il tuo consenso, che è facoltativo, possiamo inviarti comunicazioni commerciali sui nostri nuovi prodotti.")]},
    {"note": "new section 'Teleconsulto medico' (a new database record: new repeating-group cell before 'Conservazione')",
     "repl": [("## Conservazione", "## Teleconsulto medico\n\nSe prenoti un teleconsulto incluso nella polizza, condividiamo con il medico della centrale salute il tuo nome, la tua età e il motivo della richiesta. Il medico è titolare autonomo dei dati raccolti durante la visita.\n\n## Conservazione")]},
    {"note": "DPO contact address changed",
     "repl": [("[dpo@salviasalute.it](mailto:dpo@salviasalute.it)", "[dpo@salviainsurtech.it](mailto:dpo@salviainsurtech.it)")]},
]

NEW_ENGINE = dt.datetime(2022, 10, 4)
PROMOS = ["Primo mese gratis fino al 31 del mese", "Nuovo: rimborso fisioterapia incluso", "Porta un amico: 20 € di sconto per te",
          "Preventivo in 2 minuti, senza visite mediche"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    ms = int(C.epoch(when)) * 1000 + rng.randint(0, 999)
    s["session"] = ("%dx%d" % (ms, rng.randint(10 ** 17, 10 ** 18 - 1)), "%dx%d" % (ms + rng.randint(3, 90), rng.randint(10 ** 5, 10 ** 6 - 1)))
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.45,
                            lambda: (str(rng.randint(28000000000, 31000000000)), C.hexs(rng, 64), C.hexs(rng, 64), C.hexs(rng, 64)))
    s["engine"] = "flex" if when >= NEW_ENGINE else "fixed"
    s["fonts"] = rng.random() < 0.6
    office = when.weekday() < 5 and 8 <= (when.hour + 2) % 24 < 19
    s["assist"] = rng.randint(1, 6) if office else 0
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    return s


LABELS = {
    "session": "bubble_session_uid and page-load id (per visit)",
    "deploy": "Bubble deploy: app_last_change and hashed /package/ script and CSS URLs",
    "engine": "migration to Bubble's new responsive engine (new element class names, flex containers, inline styles)",
    "fonts": "element heights recomputed before/after web-font load (inline styles inside the policy group)",
    "assist": "assistance box inside the policy group: live operators online, or offline note",
    "promo": "header promo rotated",
}


def _bb(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False),
                         link=lambda url, label: '<a href="%s" target="_blank">%s</a>' % (html.escape(url), html.escape(label, quote=False)))


def bbcode(blocks):
    out = []
    for n, (k, v) in enumerate(blocks):
        if k == "p":
            if out and not out[-1].endswith("</ul>"):
                out.append("<br><br>")
            out.append(_bb(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % _bb(x) for x in v))
        else:
            raise ValueError(k)
    return "".join(out)


def render(s, blocks, when):
    uid, load = s["session"]
    alc, h1, h2, h3 = s["deploy"]
    flex = s["engine"] == "flex"
    cls = (lambda n: "cmaa" + "FGHJKLMNPQRS"[n] + "aC") if flex else (lambda n: "baTaHa" + "DEFGHJKLMNPQ"[n] + "a")
    head, secs = C.split_sections(blocks)
    f = 1.0 if s["fonts"] else 0.94

    def hgt(txt):
        return int((len(txt) // 95 + 1) * 26 * f) + 4

    def style(kind, txt="", extra=""):
        if flex:
            base = "align-self: flex-start; min-width: 0px; order: %d; min-height: %dpx; height: max-content; flex-grow: 0; flex-shrink: 0; width: calc(100%% - 0px); margin: 0px; z-index: 3;" % (kind, hgt(txt))
        else:
            base = "position: absolute; left: 0px; top: %dpx; width: 760px; height: %dpx; z-index: 3;" % (kind * 40, hgt(txt))
        return base + " white-space: pre-wrap; overflow: visible; font-family: Poppins; font-size: 15px; font-weight: 400; color: rgb(33, 37, 41); line-height: 1.6;" + extra

    title = '<h1 class="bubble-element Text %s" style="%s">%s</h1>' % (cls(0), style(0, head[0][1], " font-size: 32px;"), html.escape(head[0][1], quote=False))
    date = '<div class="bubble-element Text %s" style="%s">%s</div>' % (cls(1), style(1, head[1][1]), _bb(head[1][1]))
    intro = '<div class="bubble-element Text %s" style="%s">%s</div>' % (cls(2), style(2, head[2][1]), bbcode(head[2:]))
    n_on = s["assist"]
    assist_txt = ("Hai dubbi sulla privacy? %d operatori sono online ora." % n_on) if n_on else "Siamo offline: ti risponderemo entro 24 ore lavorative."
    assist = ('<div class="bubble-element Group %s%s" id="box-assistenza" style="%s background-color: rgb(234, 246, 240); border-radius: 12px;">'
              '<div class="bubble-element Text %s" style="%s">%s</div><button class="bubble-element Button %s" style="%s">%s</button></div>'
              % (cls(3), " bubble-r-container flex row" if flex else "", style(3), cls(4), style(0, assist_txt), assist_txt, cls(5), style(1), "Apri la chat" if n_on else "Scrivici"))
    cells = []
    for n, (h, body) in enumerate(secs):
        btxt = " ".join(v if isinstance(v, str) else " ".join(v) for _, v in body)
        cells.append('<div class="bubble-element group-item%s" style="%s"><div class="bubble-element Group %s%s" style="%s">'
                     '<h2 class="bubble-element Text %s" style="%s">%s</h2><div class="bubble-element Text %s" style="%s">%s</div></div></div>'
                     % (" bubble-r-container flex column" if flex else "", "min-height: 0px; order: %d;" % n if flex else "position: relative; height: %dpx;" % (hgt(btxt) + 60),
                        cls(7), " bubble-r-container flex column" if flex else "", style(0), cls(8), style(0, h, " font-size: 20px; font-weight: 600;"),
                        html.escape(h, quote=False), cls(9), style(1, btxt), bbcode(body)))
    rg = ('<div class="bubble-element RepeatingGroup %s" style="%s">%s</div>'
          % (cls(6), style(4, "x" * 2000), "".join(cells)))
    group = ('<div class="bubble-element Group %s%s" id="informativa-privacy" style="%s">%s%s%s%s%s</div>'
             % (cls(10), " bubble-r-container flex column" if flex else "", style(2), title, date, intro, assist, rg))
    header = ('<div class="bubble-element CustomElement %s" style="%s"><div class="bubble-element Image %s"><img src="https://d1muf25xaso8hp.cloudfront.net/https%%3A%%2F%%2Fs3.amazonaws.com%%2Fappforest_uf%%2Ff1651234567890x123456789012345678%%2Fsalvia-logo.svg?w=128&amp;h=32&amp;auto=compress&amp;dpr=1&amp;fit=max" alt="Salvia"></div>'
              '<div class="bubble-element Text %s">%s</div><a class="bubble-element Link %s" href="/preventivo">Calcola il preventivo</a><a class="bubble-element Link %s" href="/login">Accedi</a></div>'
              % (cls(11) + "0", style(0), cls(11) + "1", cls(11) + "2", PROMOS[s["promo"]], cls(11) + "3", cls(11) + "4"))
    pld = {"app_last_change": alc, "app_version": "live", "bubble_version": "33" if flex else "27", "page_name": "privacy", "page_id": "bTGbC",
           "is_test_version": False, "app_id": "salvia", "translation": "it", "responsive": "new" if flex else "legacy"}
    cdn = "https://dhtiece9044ep.cloudfront.net/package"
    return ('<!DOCTYPE html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<title>Informativa privacy | Salvia</title>\n<meta property="og:title" content="Informativa privacy | Salvia">\n'
            '<meta name="description" content="Come Salvia tratta i tuoi dati personali e sanitari.">\n<link rel="canonical" href="%s">\n'
            '<script type="text/javascript">window.bubble_session_uid = \'%s\';</script>\n'
            '<script type="text/javascript">window.bubble_page_load_id = \'%s\';</script>\n'
            '<script type="text/javascript">window._bubble_page_load_data = %s;</script>\n'
            '<link type="text/css" rel="stylesheet" href="%s/run_css/%s/salvia/live/privacy/xnull/xfalse/xfalse/it_it/xfalse/xtrue/run.css">\n'
            '<script type="text/javascript" src="%s/early_js/%s/early.js"></script>\n'
            '<script type="text/javascript" src="%s/run_js/%s/xfalse/x33/run.js"></script>\n'
            '<script type="text/javascript">var _iub = _iub || [];_iub.csConfiguration = {"askConsentAtCookiePolicyUpdate":true,"enableFadp":false,"siteId":2891234,"cookiePolicyId":71234567,"lang":"it","banner":{"acceptButtonDisplay":true,"closeButtonRejects":true,"position":"float-bottom-center"}};</script>\n'
            '<script type="text/javascript" src="https://cs.iubenda.com/autoblocking/2891234.js"></script>\n'
            '</head>\n<body style="background-color: rgb(250, 250, 247);">\n'
            '<div class="main-page bubble-element Page %s" style="%s">%s%s'
            '<div class="bubble-element Group %s" style="%s"><div class="bubble-element Text %s">© %d Salvia Insurtech S.r.l. · P.IVA 11223344556 · RUI A000712345</div>'
            '<a class="bubble-element Link %s" href="/termini">Termini</a><a class="bubble-element Link %s" href="/privacy">Privacy</a><a class="bubble-element Link %s" href="/reclami">Reclami</a></div></div>\n'
            '<div class="bubble-element Popup %s" style="display: none; z-index: 1000;"><div class="bubble-element Text %s">Sessione scaduta. Accedi di nuovo per continuare.</div></div>\n'
            '</body>\n</html>\n'
            % (URL, uid, load, json.dumps(pld, separators=(",", ":")), cdn, h1, cdn, h2, cdn, h3,
               cls(11), "min-height: 100vh; background-color: rgb(250, 250, 247);" if flex else "height: 3600px; width: 1200px;",
               header, group, cls(11) + "5", style(5), cls(11) + "6", when.year, cls(11) + "7", cls(11) + "8", cls(11) + "9",
               cls(11) + "A", cls(11) + "B"))


PAGE = {
    "service": "Salvia", "url": URL, "lang": "it-IT", "platform": "Bubble",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "no-cache")),
    "n": 28, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 7, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#informativa-privacy"], "remove": ["#box-assistenza"]},
}
