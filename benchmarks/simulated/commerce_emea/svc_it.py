"""Volaria (Italy): airline, Angular SSR, sections in Material expansion panels; redesign to plain sections."""
import json, datetime
from common import *

NAME = "Volaria"
URL = "https://www.volaria.it/it-it/informativa-privacy"
N = 36
SPAN = ("2021-01-15", "2025-12-01")
REDESIGN = 24
DECL = {"select": [".vl-legal-body"], "remove": [".vl-legal-toolbar"]}
HISTORY = [{"select": ["vl-privacy-page .privacy-content"], "remove": [".mat-expansion-indicator"], "validUntil": None}]  # filled by build

TEXT = """
# Informativa sulla privacy dei passeggeri

Versione in vigore dal 1° gennaio 2021

Volaria S.p.A., con sede legale in Via Lucio Gaetano Bassi 12, 00144 Roma, in qualità di titolare del trattamento, ti informa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") su come tratta i tuoi dati personali quando acquisti un biglietto, viaggi con noi o utilizzi il nostro sito e la nostra app.

## Quali dati raccogliamo

Raccogliamo i dati anagrafici dei passeggeri (nome, cognome, data di nascita, nazionalità), i dati di contatto, gli estremi del documento di viaggio, i dati di pagamento e le informazioni relative alla prenotazione, come tratte, posti, bagagli e pasti speciali.

Le richieste di assistenza speciale (ad esempio sedia a rotelle o accompagnamento di minori) possono rivelare informazioni sulla salute: tali dati sono trattati solo con il tuo consenso esplicito e per il tempo strettamente necessario al servizio.

## Finalità e basi giuridiche

- Esecuzione del contratto di trasporto e gestione della prenotazione (art. 6.1.b GDPR).
- Adempimento di obblighi di legge, tra cui la trasmissione dei dati API/PNR alle autorità di frontiera (art. 6.1.c GDPR).
- Programma fedeltà VolariaClub e invio di offerte, previo consenso (art. 6.1.a GDPR).
- Prevenzione delle frodi nei pagamenti, sulla base del nostro legittimo interesse (art. 6.1.f GDPR).

## Tempi di conservazione

| Categoria di dati | Periodo di conservazione |
| Dati della prenotazione | 10 anni dalla data del volo |
| Dati API/PNR | 5 anni, come previsto dalla Direttiva (UE) 2016/681 |
| Registrazioni delle chiamate al call center | 90 giorni |
| Dati di marketing | fino alla revoca del consenso e comunque non oltre 24 mesi dall'ultima interazione |

## Destinatari e trasferimenti

I dati possono essere comunicati ad aeroporti, società di handling, compagnie partner in code-share, autorità doganali e di pubblica sicurezza, nonché ai fornitori che ci supportano nella gestione dei sistemi informativi. Alcuni destinatari si trovano fuori dallo Spazio Economico Europeo: in tal caso il trasferimento avviene sulla base delle clausole contrattuali standard approvate dalla Commissione europea.

## I tuoi diritti

Puoi chiedere in qualsiasi momento l'accesso ai tuoi dati, la rettifica, la cancellazione, la limitazione del trattamento, la portabilità e opporti al trattamento. Hai inoltre il diritto di proporre reclamo al [Garante per la protezione dei dati personali](https://www.garanteprivacy.it).

## Contatti

Il Responsabile della protezione dei dati (DPO) può essere contattato all'indirizzo [dpo@volaria.it](mailto:dpo@volaria.it) o per posta ordinaria a Volaria S.p.A., Ufficio Privacy, Via Lucio Gaetano Bassi 12, 00144 Roma.
"""

EDITS = {
    6: [("e per il tempo strettamente necessario al servizio.", "e per il tempo strettamente necessario al servizio, dopodiché sono cancellati entro 30 giorni dal volo.")],
    11: [("| Registrazioni delle chiamate al call center | 90 giorni |", "| Registrazioni delle chiamate al call center | 90 giorni |\n| Dati biometrici per l'imbarco con riconoscimento facciale | 24 ore dalla partenza del volo |"),
         ("Versione in vigore dal 1° gennaio 2021", "Versione in vigore dal 15 marzo 2022")],
    17: [("| Dati della prenotazione | 10 anni dalla data del volo |", "| Dati della prenotazione | 7 anni dalla data del volo |")],
    28: [("Volaria S.p.A., Ufficio Privacy, Via Lucio Gaetano Bassi 12, 00144 Roma.", "Volaria S.p.A., Ufficio Privacy, Viale Certosa 218, 20156 Milano."),
         ("con sede legale in Via Lucio Gaetano Bassi 12, 00144 Roma", "con sede legale in Viale Certosa 218, 20156 Milano"),
         ("Versione in vigore dal 15 marzo 2022", "Versione in vigore dal 1° luglio 2024")],
    33: [("- Prevenzione delle frodi nei pagamenti, sulla base del nostro legittimo interesse (art. 6.1.f GDPR).",
          "- Prevenzione delle frodi nei pagamenti, sulla base del nostro legittimo interesse (art. 6.1.f GDPR).\n- Miglioramento dei servizi tramite analisi statistiche aggregate delle prenotazioni (art. 6.1.f GDPR).")],
}

CITIES = [("FCO", "Roma Fiumicino"), ("MXP", "Milano Malpensa"), ("NAP", "Napoli"), ("CTA", "Catania"), ("PMO", "Palermo"),
          ("BCN", "Barcellona"), ("CDG", "Parigi"), ("AMS", "Amsterdam"), ("TIA", "Tirana"), ("OTP", "Bucarest"), ("LIS", "Lisbona")]


def render(text, i, rng, when):
    blocks = parse(text)
    head, secs = sections(blocks[1:])
    ngv = ["12.2.16", "14.2.12", "15.2.9", "16.1.0", "17.3.4"][min(4, i // 8)]
    ngc = f"ng-c{random.Random(f'it-ngc-{i // 4}').randint(10**9, 4 * 10**9)}"
    dep = (when + datetime.timedelta(days=7)).strftime("%d/%m/%Y")
    offers = rng.sample(CITIES, 6)
    offers_html = "".join(f'<a _ngcontent-{ngc} class="vl-offer" href="/it-it/voli/{a.lower()}-{b.lower()}?cid=HP_OFFERS_{k}&amp;tid={hx(rng, 10)}">'
                          f'<span class="vl-offer__route">{ca} → {cb}</span><span class="vl-offer__price">da {rng.randint(19, 129)},{rng.choice(["99", "49", "00"])} €</span></a>'
                          for k, ((a, ca), (b, cb)) in enumerate(zip(offers[::2], offers[1::2])))
    intro = "".join(block_html(b) for b in head)
    if i < REDESIGN:
        panels = "".join(
            f'<mat-expansion-panel _ngcontent-{ngc} class="mat-expansion-panel{" mat-expanded" if k == 0 else ""}">'
            f'<mat-expansion-panel-header _ngcontent-{ngc} role="button" aria-expanded="{"true" if k == 0 else "false"}" id="mat-expansion-panel-header-{k}" aria-controls="cdk-accordion-child-{k}" class="mat-expansion-panel-header">'
            f'<span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title"><h2 class="vl-h2">{inline(t)}</h2></mat-panel-title></span><span class="mat-expansion-indicator"></span></mat-expansion-panel-header>'
            f'<div class="mat-expansion-panel-content" role="region" id="cdk-accordion-child-{k}" aria-labelledby="mat-expansion-panel-header-{k}" style="{"visibility: visible;" if k == 0 else "height: 0px; visibility: hidden;"}">'
            f'<div class="mat-expansion-panel-body">{"".join(block_html(b) for b in bl)}</div></div></mat-expansion-panel>'
            for k, (t, bl) in enumerate(secs))
        main = (f'<vl-privacy-page _nghost-{ngc}><div _ngcontent-{ngc} class="privacy-content"><h1 _ngcontent-{ngc}>{inline(blocks[0][1])}</h1>{intro}'
                f'<mat-accordion _ngcontent-{ngc} class="mat-accordion" displayMode="flat">{panels}</mat-accordion></div></vl-privacy-page>')
    else:
        body = "".join(f'<section class="vl-legal-section" id="s{k}"><h2>{inline(t)}</h2>{"".join(block_html(b) for b in bl)}</section>' for k, (t, bl) in enumerate(secs))
        toc = "".join(f'<li><a href="#s{k}">{inline(t)}</a></li>' for k, (t, _) in enumerate(secs))
        main = (f'<vl-legal-page _nghost-{ngc}><div class="vl-legal-grid"><aside class="vl-legal-toc"><p>In questa pagina</p><ol>{toc}</ol></aside>'
                f'<div class="vl-legal-body"><div class="vl-legal-toolbar"><button>Stampa</button><button>Scarica PDF</button></div>'
                f'<h1>{inline(blocks[0][1])}</h1>{intro}{body}</div></div></vl-legal-page>')
    state = {"flight-search": {"origin": "FCO", "departureDate": (when + datetime.timedelta(days=7)).date().isoformat(), "pax": {"ADT": 1}},
             "offers": [{"o": a, "d": b, "p": rng.randint(19, 129)} for (a, _), (b, _) in zip(offers[::2], offers[1::2])],
             "ssr": {"ts": int(when.timestamp() * 1000), "nonce": tok(rng, 22)}, "session": tok(rng, 32)}
    didomi = ('<div id="didomi-host" data-nosnippet="true" aria-hidden="true"><div class="didomi-popup-notice didomi-notice-banner" role="dialog">'
              '<div class="didomi-notice-text">Noi e i nostri 312 partner utilizziamo cookie e tecnologie simili per finalità tecniche e, con il tuo consenso, per misurare il traffico e mostrarti pubblicità personalizzata. '
              'Puoi liberamente prestare, rifiutare o revocare il consenso in qualsiasi momento.</div><button id="didomi-notice-agree-button">Accetta e chiudi</button>'
              '<button id="didomi-notice-disagree-button">Continua senza accettare</button><button>Scopri di più</button></div></div>')
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Informativa privacy | Volaria</title>
<base href="/it-it/"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="styles.{hx(random.Random(f'it-css-{i // 4}'), 16)}.css" media="print" onload="this.media='all'">
<style ng-app-id="ng">.vl-offer[_ngcontent-{ngc}]{{display:flex}}</style>
<script>window.didomiConfig={{"app":{{"apiKey":"a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6","vendors":{{"iab":{{"all":true}}}}}}}};</script>
</head><body><app-root ng-version="{ngv}" ng-server-context="ssr">
<div class="vl-app-banner"><img src="assets/img/app-icon.png" alt=""><p>Scarica l'app Volaria: carta d'imbarco sempre con te</p><a href="https://volaria.page.link/?link=https%3A%2F%2Fwww.volaria.it%2F&amp;utm_source=web&amp;utm_campaign=smartbanner_{tok(rng, 6)}">Apri</a></div>
<header class="vl-header"><a href="/it-it" class="vl-logo">Volaria</a><nav><a href="voli">Voli</a><a href="offerte">Offerte</a><a href="checkin">Check-in</a><a href="le-mie-prenotazioni">Le mie prenotazioni</a><a href="volariaclub">VolariaClub</a></nav>
<div class="vl-lang"><button aria-haspopup="listbox">Italia - Italiano</button><ul role="listbox" hidden><li>Italia - English</li><li>Albania - Shqip</li><li>Romania - Română</li><li>España - Español</li></ul></div></header>
<section class="vl-search" _ngcontent-{ngc}><form><input type="hidden" name="_csrf" value="{tok(rng, 36)}"><label>Da<input value="Roma Fiumicino (FCO)"></label><label>A<input placeholder="Destinazione"></label>
<label>Andata<input value="{dep}"></label><label>Passeggeri<input value="1 adulto"></label><button>Cerca voli</button></form></section>
<main class="vl-main">{main}</main>
<section class="vl-offers" _ngcontent-{ngc}><h2>Le nostre offerte</h2><p>Prezzi a persona, solo andata, tasse incluse. Aggiornato alle {when.strftime('%H:%M')}</p>{offers_html}</section>
<footer class="vl-footer"><a href="condizioni-generali-di-trasporto">Condizioni generali di trasporto</a><a href="informativa-privacy">Privacy</a><a href="cookie-policy">Cookie policy</a><a href="#" onclick="Didomi.preferences.show()">Preferenze cookie</a>
<p>© {when.year} Volaria S.p.A. - P.IVA 01234567890</p></footer>
<div class="vl-chat"><button aria-label="Chatta con Giulia, l'assistente virtuale">Hai bisogno di aiuto?</button></div>
</app-root>{didomi}
<script id="ng-state" type="application/json">{json.dumps(state)}</script>
<script src="runtime.{hx(random.Random(f'it-rt-{i // 4}'), 16)}.js" type="module"></script><script src="main.{hx(random.Random(f'it-main-{i // 4}'), 16)}.js" type="module"></script>
</body></html>"""
