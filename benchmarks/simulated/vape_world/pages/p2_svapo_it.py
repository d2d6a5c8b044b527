"""Svapo Nuvola - it e-cigarette and e-liquid online shop (ADM-licensed) - PrestaShop 1.7.8 classic-based theme,
CMS page; Feedaty reviews module hooked on displayCMSDisputeInformation INSIDE #content."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://www.svaponuvola.it/content/7-informativa-privacy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("it", d), d.year)


POLICY = """
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR) agli utenti
del sito svaponuvola.it e ai clienti del nostro negozio online di sigarette elettroniche, liquidi e accessori.

## Titolare del trattamento

@ Nuvola Distribuzione S.r.l.
@ Via Emilia Ponente 231
@ 40133 Bologna (BO)
@ P. IVA 03987650371
@ [privacy@svaponuvola.it](mailto:privacy@svaponuvola.it)

## Dati trattati

- dati anagrafici e di contatto (nome, cognome, indirizzo, e-mail, telefono);
- data di nascita e documento d'identità, per la verifica della maggiore età;
- dati relativi agli ordini, ai pagamenti e alle spedizioni;
- punti fedeltà accumulati e buoni sconto utilizzati;
- dati di navigazione e cookie.

## Verifica della maggiore età

La vendita di prodotti da inalazione senza combustione contenenti nicotina è riservata ai maggiorenni e soggetta
alla normativa dell'Agenzia delle Dogane e dei Monopoli (ADM). Al primo ordine ti chiediamo la data di nascita e,
se necessario, una copia del documento d'identità. Il documento viene cancellato dopo la verifica; conserviamo
solo l'esito del controllo.

## Finalità e basi giuridiche

- Gestione dell'account, degli ordini e delle spedizioni (esecuzione del contratto).
- Adempimenti fiscali, contabili e verso l'ADM (obbligo di legge).
- Programma fedeltà "Nuvola Club" (esecuzione del regolamento del programma).
- Invio di newsletter e offerte promozionali (consenso, revocabile in ogni momento).
- Prevenzione delle frodi nei pagamenti (legittimo interesse).

## Destinatari e responsabili del trattamento

I dati sono trattati dal personale autorizzato e dai seguenti responsabili esterni:

| Fornitore | Attività | Paese |
| Aruba S.p.A. | Hosting del sito | Italia |
| BRT S.p.A. | Spedizioni | Italia |
| PayPal (Europe) S.à r.l. | Pagamenti | Lussemburgo |
| Stripe Payments Europe Ltd | Pagamenti con carta | Irlanda |
| Feedaty (Zoorate S.r.l.) | Raccolta recensioni | Italia |

## Conservazione dei dati

I dati degli ordini sono conservati per 10 anni per obblighi fiscali. I dati per finalità di marketing sono
conservati fino alla revoca del consenso e comunque non oltre 24 mesi dall'ultimo acquisto. I punti fedeltà
scadono dopo 12 mesi senza acquisti e i relativi dati vengono cancellati.

## Diritti dell'interessato

Puoi chiedere in qualsiasi momento l'accesso ai tuoi dati, la rettifica, la cancellazione, la limitazione del
trattamento, la portabilità e opporti al trattamento scrivendo a
[privacy@svaponuvola.it](mailto:privacy@svaponuvola.it). Hai inoltre il diritto di proporre reclamo al Garante per
la protezione dei dati personali ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## Cookie

Per informazioni sui cookie utilizzati consulta la nostra [Cookie Policy](/content/8-cookie-policy).
"""

EDITS = [
    {"note": "processor added: Klaviyo (newsletter) row in the table",
     "repl": [("| Feedaty (Zoorate S.r.l.) |", "| Klaviyo Inc. | Invio newsletter | Stati Uniti |\n"
               "| Feedaty (Zoorate S.r.l.) |")]},
    {"note": "DPO appointed: new paragraph with RPD contact under the controller",
     "repl": [("@ [privacy@svaponuvola.it](mailto:privacy@svaponuvola.it)\n",
               "@ [privacy@svaponuvola.it](mailto:privacy@svaponuvola.it)\n\nIl Responsabile della protezione dei "
               "dati (RPD) è l'avv. Giulia Ferretti, contattabile all'indirizzo "
               "[dpo@svaponuvola.it](mailto:dpo@svaponuvola.it).\n")]},
    {"note": "marketing retention 24 -> 18 months (no new date)", "bump": False,
     "repl": [("non oltre 24 mesi dall'ultimo acquisto", "non oltre 18 mesi dall'ultimo acquisto")]},
    {"note": "courier replaced: BRT -> GLS Italy",
     "repl": [("| BRT S.p.A. | Spedizioni | Italia |",
               "| General Logistics Systems Italy S.p.A. | Spedizioni | Italia |")]},
    {"note": "list item removed (identity document) and age-check sentence rewritten (SPID/CIE check)",
     "repl": [("- data di nascita e documento d'identità, per la verifica della maggiore età;\n",
               "- data di nascita, per la verifica della maggiore età;\n"),
              ("Al primo ordine ti chiediamo la data di nascita e,\nse necessario, una copia del documento d'identità. "
               "Il documento viene cancellato dopo la verifica; conserviamo\nsolo l'esito del controllo.",
               "Al primo ordine ti chiediamo la data di nascita e\nla verifichiamo tramite il servizio di un "
               "fornitore certificato; conserviamo solo l'esito del controllo.")]},
    {"note": "controller moved (Via Emilia Ponente 231 -> Via del Lavoro 18, Casalecchio di Reno)",
     "repl": [("@ Via Emilia Ponente 231\n@ 40133 Bologna (BO)",
               "@ Via del Lavoro 18\n@ 40033 Casalecchio di Reno (BO)")]},
]

REVIEWS = [("Marco", "Spedizione velocissima, liquidi ben imballati."),
           ("Elena", "Ottimi prezzi e assistenza gentile."),
           ("Davide", "Il pod è arrivato in 24 ore, consigliato."), ("Sara", "Buona scelta di aromi tabaccosi."),
           ("Luca", "Punti fedeltà comodi, tornerò."), ("Chiara", "Tutto perfetto, come sempre."),
           ("Paolo", "Un ordine arrivato con un giorno di ritardo, ma ok."), ("Anna", "Servizio clienti rapido.")]
DEPLOYS = K.deploys("svaponuvola", dt.date(2021, 10, 1), 30, 50)
PROMO = {"bf": "BLACK FRIDAY: -25% su tutti i kit", "xmas": "Spedizione gratuita a Natale da 39 €",
         "summer": "Saldi estivi sugli aromi", "sales": "Saldi invernali fino al -40%",
         None: "Spedizione gratuita da 49 €"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tok": (C.hexs(rng, 32), C.hexs(rng, 32), rng.randint(180000, 260000) + i * 900)}
    base = 2100 + int((when.date() - dt.date(2022, 1, 1)).days * 1.6)
    s["fdt"] = (base + rng.randint(0, 9), rng.choice(["4,7", "4,8", "4,8", "4,6"]),
                tuple(rng.sample(range(len(REVIEWS)), 2)))
    s["ccc"] = K.deploy(DEPLOYS, when)
    s["promo"] = K.season(when)
    return s


LABELS = {"tok": "prestashop static_token / token / guest id per request",
          "fdt": "Feedaty widget INSIDE #content (review count, average, latest 2 reviews)",
          "ccc": "CCC combined asset hashes per deploy", "promo": "header promo strip by season"}


def render(s, blocks, when):
    stok, tok, guest = s["tok"]
    cnt, avg, picks = s["fdt"]
    revs = "".join('<li class="fdt-review"><span class="fdt-stars" data-stars="5"></span><strong>%s</strong> '
                   '<span class="fdt-text">%s</span></li>' %
                   (C.esc(REVIEWS[k][0]), C.esc(REVIEWS[k][1])) for k in picks)
    fdt = ('<div class="feedaty_widget feedaty_sfm_cms" data-ver="%s"><div class="fdt-rating"><span class="fdt-avg">'
           '%s/5</span> su <span class="fdt-count">%s</span> recensioni verificate</div><ul>%s</ul></div>'
           % (s["ccc"][:6], avg, C.group_digits(cnt, "."), revs))
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest, tags={"table": ' class="table table-bordered"'})
    ccc = s["ccc"]
    return ('<!doctype html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="x-ua-compatible" content="ie=edge">\n<title>Informativa privacy</title>\n'
            '<meta name="description" content="Informativa sul trattamento dei dati personali">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="https://www.svaponuvola.it/themes/nuvola/assets/cache/theme-%s.css" '
            'type="text/css" media="all">\n'
            '<script type="text/javascript">var prestashop = {"cart":{"products":[],"totals":{"total":{"type":"total",'
            '"label":"Totale","amount":0,"value":"0,00\\u00a0\\u20ac"}}},"currency":{"id":1,"name":"Euro","iso_code":'
            '"EUR","sign":"\\u20ac"},"customer":{"is_logged":false,"id_guest":%d},"language":{"id":1,"iso_code":"it",'
            '"locale":"it-IT"},"page":{"page_name":"cms","body_classes":{"cms-id-7":true}},"static_token":"%s",'
            '"token":"%s","urls":{"base_url":"https:\\/\\/www.svaponuvola.it\\/"}};\n'
            'var feedaty_merchant = "10214587";</script>\n</head>\n'
            '<body id="cms" class="lang-it country-it currency-eur layout-left-column page-cms cms-id-7">\n'
            '<main>\n<header id="header"><nav class="header-nav"><div class="container"><div class="row">'
            '<div class="promo-strip col-md-6">%s</div><div id="_desktop_contact_link"><div id="contact-link">'
            '<a href="https://www.svaponuvola.it/contattaci">Contattaci</a></div></div><div id="_desktop_user_info">'
            '<div class="user-info"><a href="https://www.svaponuvola.it/il-mio-account" rel="nofollow">Accedi</a>'
            '</div></div><div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url='
            '"//www.svaponuvola.it/module/ps_shoppingcart/ajax"><span class="cart-products-count">(0)</span></div>'
            '</div></div></div></nav><div class="header-top"><div class="container">'
            '<a href="https://www.svaponuvola.it/">'
            '<img class="logo img-responsive" src="https://www.svaponuvola.it/img/svapo-nuvola-logo-1640000000.jpg" '
            'alt="Svapo Nuvola"></a><div class="menu js-top-menu"><ul class="top-menu" id="top-menu" data-depth="0">'
            '<li class="category"><a class="dropdown-item" href="/3-sigarette-elettroniche">Sigarette elettroniche</a>'
            '</li><li class="category"><a class="dropdown-item" href="/6-liquidi">Liquidi</a></li><li class="category">'
            '<a class="dropdown-item" href="/9-aromi">Aromi</a></li><li class="category"><a class="dropdown-item" '
            'href="/12-ricambi">Ricambi</a></li><li class="cms-page"><a class="dropdown-item" href="/content/11-'
            'nuvola-club">Nuvola Club</a></li></ul></div></div></div></header>\n'
            '<section id="wrapper"><div class="container"><nav data-depth="2" class="breadcrumb hidden-sm-down"><ol>'
            '<li><a href="https://www.svaponuvola.it/"><span>Home</span></a></li><li><a href="%s"><span>Informativa '
            'privacy</span></a></li></ol></nav>\n'
            '<div id="left-column" class="col-xs-12 col-sm-4 col-md-3"><div class="block-cms"><h4>Informazioni</h4>'
            '<ul><li><a href="/content/1-consegna">Consegna</a></li><li><a href="/content/3-termini-e-condizioni">'
            'Termini e condizioni</a></li><li><a href="/content/7-informativa-privacy">Informativa privacy</a></li>'
            '</ul></div></div>\n'
            '<div id="content-wrapper" class="left-column col-xs-12 col-sm-8 col-md-9">\n'
            '<section id="main">\n<header class="page-header"><h1>%s</h1></header>\n'
            '<section id="content" class="page-content page-cms page-cms-7">\n%s\n%s\n</section>\n'
            '<footer class="page-footer"></footer>\n</section>\n</div></div></section>\n'
            '<footer id="footer"><div class="container"><div class="block_newsletter"><form action="https://www.'
            'svaponuvola.it/#footer" method="post"><input name="email" type="email" placeholder="Il tuo indirizzo '
            'email"><input type="hidden" name="blockHookName" value="displayFooterBefore"><input type="hidden" '
            'name="action" value="0"></form></div><p class="text-sm-center">Vendita riservata ai maggiori di 18 anni. '
            'Rivendita autorizzata ADM. © %d Nuvola Distribuzione S.r.l.</p></div></footer>\n</main>\n'
            '<script type="text/javascript" src="https://www.svaponuvola.it/themes/nuvola/assets/cache/bottom-%s.js">'
            '</script>\n</body>\n</html>\n'
            % (URL, ccc, guest, stok, tok, C.esc(PROMO[s["promo"]]), URL, C.inline_html(title[1]), body, fdt,
               when.year, ccc[::-1]))


PAGE = {
    "service": "Svapo Nuvola", "url": URL, "lang": "it-IT", "platform": "PrestaShop 1.7",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 4, 30), "hours": (1, 5, 9, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main"], "remove": [".feedaty_widget", ".page-footer"]},
}
