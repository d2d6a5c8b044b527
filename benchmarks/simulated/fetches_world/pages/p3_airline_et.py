"""An airline (Estonian), Angular 17 with server-side rendering behind Akamai: the policy is an article beside a
table of contents; three sections are collapsed Material expansion panels.

Volatile: the header's fare teaser (a route and a price per visit), the TransferState blob's request id, the CSP
nonce, and the build's hashes and `_ngcontent` ids at each deploy.

Faults: the SSR server timing out and the edge serving Angular's client-only shell (`<app-root></app-root>`
and bundles, 200); Akamai's "Access Denied" with a reference number (403); and the English version served at
the Estonian address for one visit (a geo-IP rule at the edge, 200, `Content-Language: en`)."""
import datetime as dt

import common as C
import faults as FX

URL = "https://www.pilvelend.ee/et/privaatsuspoliitika"
MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
          "november", "detsember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Pilvelend AS (edaspidi „Pilvelend“ või „meie“) hoolib teie privaatsusest. Käesolevas privaatsuspoliitikas selgitame, milliseid isikuandmeid me broneeringu tegemisel, lennureisi ajal ning meie veebilehe ja mobiilirakenduse kasutamisel kogume, miks me neid töötleme, kellele neid edastame ja millised õigused teil on.

## 1. Vastutav töötleja

@ Pilvelend AS, registrikood 14823310
@ Lennujaama tee 2, 11101 Tallinn
@ E-post: [privaatsus@pilvelend.ee](mailto:privaatsus@pilvelend.ee)

Meie andmekaitsespetsialistiga saate ühendust võtta aadressil [dpo@pilvelend.ee](mailto:dpo@pilvelend.ee).

## 2. Milliseid andmeid me kogume

- isiku- ja kontaktandmed: nimi, sünniaeg, sugu, e-posti aadress ja telefoninumber;
- reisidokumendi andmed: passi või isikutunnistuse number, kehtivusaeg ja kodakondsus (API-andmed);
- broneeringu andmed: lennud, istekohad, pagas, lisateenused ja makse üksikasjad;
- püsikliendiprogrammi „Pilvepunktid“ andmed: liikmenumber, kogutud ja kasutatud punktid;
- eriliigilised andmed, kui te need ise esitate, näiteks teave liikumispuude või toiduallergia kohta, et saaksime pakkuda eritoitu või abi lennujaamas;
- tehnilised andmed: IP-aadress, seadme tüüp, küpsised ja veebilehe kasutamise andmed.

Kui broneerite reisi reisibüroo või partnerlennufirma kaudu, saame teie andmed neilt. Kui broneerite reisi teise inimese eest, palume teil teavitada teda käesolevast privaatsuspoliitikast ja hankida tema nõusolek eriliigiliste andmete esitamiseks.

## 3. Miks me andmeid töötleme

| Eesmärk | Õiguslik alus |
| Broneeringu ja lennureisi teostamine | lepingu täitmine |
| Reisijate andmete edastamine piiri- ja tolliasutustele (API ja PNR) | juriidiline kohustus |
| Lennuohutuse ja turvalisuse tagamine | juriidiline kohustus |
| Abivajavate reisijate teenindamine | teie nõusolek ja lepingu täitmine |
| Püsikliendiprogrammi haldamine | lepingu täitmine |
| Otseturundus ja personaalsed pakkumised | nõusolek või õigustatud huvi |

## 4. Kellele me andmeid edastame

Teie andmeid edastatakse ainult ulatuses, mis on vajalik teie reisi teenindamiseks:

- lennujaamad ja maapealse teeninduse ettevõtted;
- koodijagamis- ja partnerlennufirmad, kui teie reis sisaldab nende lende;
- riikide piiri-, tolli- ja immigratsiooniasutused vastavalt sihtriigi nõuetele;
- globaalsed broneerimissüsteemid ja makseteenuse pakkujad;
- IT-teenuste ja klienditoe teenusepakkujad, kes tegutsevad meie volitatud töötlejatena.

## 5. Andmete edastamine väljapoole Euroopa Majanduspiirkonda

Kui lendate riiki, mis asub väljaspool Euroopa Majanduspiirkonda, peame sihtriigi õigusaktide alusel edastama reisijate andmed selle riigi ametiasutustele. Muudel juhtudel kasutame Euroopa Komisjoni heaks kiidetud lepingu tüüptingimusi või tugineme Euroopa Komisjoni kaitse piisavuse otsusele.

## 6. Säilitamise tähtajad

Broneeringu andmeid säilitame 3 aastat pärast reisi toimumist ja raamatupidamisdokumente 7 aastat vastavalt raamatupidamise seadusele. PNR-andmeid säilitame nii kaua, kui seda nõuab asjakohane õigusakt. Püsikliendiprogrammi andmeid säilitame liikmesuse kehtivuse ajal ja 2 aastat pärast selle lõppemist. Kui esitate kaebuse või nõude, säilitame sellega seotud andmeid kuni nõude aegumiseni.

## 7. Teie õigused

- õigus tutvuda oma andmetega;
- õigus nõuda ebaõigete andmete parandamist;
- õigus nõuda andmete kustutamist;
- õigus piirata andmete töötlemist;
- õigus esitada vastuväiteid õigustatud huvil põhineva töötlemise suhtes;
- õigus andmete ülekandmisele.

Taotluse saate esitada e-posti teel või iseteeninduses „Minu Pilvelend“. Kui leiate, et teie õigusi on rikutud, võite pöörduda Andmekaitse Inspektsiooni poole (Tatari 39, 10134 Tallinn, [www.aki.ee](https://www.aki.ee)).

## 8. Küpsised

Kasutame veebilehel vajalikke küpsiseid ning teie nõusolekul analüütika- ja turundusküpsiseid. Nõusolekut saate igal ajal muuta lehe jaluses asuva lingi „Küpsiste seaded“ kaudu.

- vajalikud küpsised: sessiooni ja broneerimisprotsessi toimimiseks;
- analüütikaküpsised: veebilehe kasutamise statistika kogumiseks;
- turundusküpsised: personaalsete pakkumiste kuvamiseks ja reklaamikampaaniate mõõtmiseks.

## 9. Muudatused

Võime seda privaatsuspoliitikat aeg-ajalt muuta. Olulistest muudatustest teavitame teid veebilehel või e-posti teel."""

VARIANT = """# Privacy policy

Last updated: 2 February 2023

Pilvelend AS ("Pilvelend", "we") cares about your privacy. This policy explains which personal data we collect when you book, when you fly with us and when you use our website and app, why we process it, who we share it with and which rights you have.

## 1. Controller

@ Pilvelend AS, registry code 14823310
@ Lennujaama tee 2, 11101 Tallinn, Estonia
@ E-mail: [privacy@pilvelend.ee](mailto:privacy@pilvelend.ee)

## 2. Data we collect

- identity and contact details: name, date of birth, gender, e-mail address and phone number;
- travel document data (API data);
- booking data: flights, seats, baggage, extras and payment details;
- data you give us about special assistance or dietary needs;
- technical data: IP address, device type, cookies.

## 3. Why we process your data

We process your data to carry out your booking and flight (contract), to pass passenger data to border and customs authorities (legal obligation), for safety and security (legal obligation) and, with your consent or on the basis of our legitimate interest, for marketing.

## 4. Sharing and transfers

We share your data with airports, ground handlers, partner airlines, authorities of the countries you travel to, reservation systems, payment providers and our processors. Transfers outside the EEA are based on the destination country's law, standard contractual clauses or adequacy decisions.

## 5. Your rights

You may ask for access, rectification, erasure, restriction, portability and object to processing based on legitimate interest. You can complain to the Estonian Data Protection Inspectorate ([www.aki.ee](https://www.aki.ee))."""

EDITS = [
    {"note": "a word removed: 'sugu' (gender) no longer collected",
     "repl": [("nimi, sünniaeg, sugu, e-posti aadress", "nimi, sünniaeg, e-posti aadress")]},
    {"note": "a sentence added to section 5 (copy of the safeguards on request)",
     "repl": [("kaitse piisavuse otsusele.",
               "kaitse piisavuse otsusele. Rakendatud kaitsemeetmete koopia saate taotleda meie "
               "andmekaitsespetsialistilt.")], "bump": False},
    {"note": "inside the collapsed panel 'Säilitamise tähtajad': bookings kept 5 years instead of 3",
     "repl": [("Broneeringu andmeid säilitame 3 aastat", "Broneeringu andmeid säilitame 5 aastat")]},
    {"note": "a new section 9 on AI in customer support; 'Muudatused' renumbered 10",
     "repl": [("## 9. Muudatused",
               "## 9. Tehisintellekti kasutamine klienditoes\n\nMeie veebilehe ja rakenduse vestlusabiline "
               "kasutab tehisintellekti, et vastata korduma kippuvatele küsimustele ja aidata broneeringut "
               "muuta. Vestluse sisu säilitame 90 päeva teeninduse kvaliteedi parandamiseks. Vestlusabiline ei "
               "tee teie kohta otsuseid, millel oleks õiguslikke tagajärgi, ja soovi korral suunatakse teid "
               "klienditeenindaja juurde.\n\n## 10. Muudatused")]},
    {"note": "the date of last update only", "repl": []},
]

COLLAPSED = ("Säilitamise tähtajad", "Teie õigused", "Küpsised")
BUILDS = [(dt.datetime(2023, 1, 1), "a1f3c9e2d07b4e11", 3101), (dt.datetime(2023, 10, 3), "5e0b7d2a9c41f836", 4412),
          (dt.datetime(2024, 6, 18), "c84d1e6f20a7b953", 5530), (dt.datetime(2025, 2, 25), "0f9a3b57e6d2c148", 6627)]
ROUTES = [("Tallinn", "Stockholm", 39), ("Tallinn", "London", 59), ("Tartu", "Helsingi", 29), ("Tallinn", "Pariis", 79),
          ("Tallinn", "Barcelona", 89), ("Kuressaare", "Tallinn", 25), ("Tallinn", "Berliin", 49)]
UI = {
    "et": {"lang": "et", "title": "Privaatsuspoliitika | Pilvelend", "nav": ["Lennud", "Minu broneering", "Registreerimine",
           "Pilvepunktid", "Abi"], "toc": "Sisukord", "print": "Prindi", "from": "alates",
           "foot": ["Privaatsuspoliitika", "Veoreeglid", "Küpsiste seaded", "Kontakt"]},
    "en": {"lang": "en", "title": "Privacy policy | Pilvelend", "nav": ["Flights", "My booking", "Check-in",
           "Pilvepunktid", "Help"], "toc": "Contents", "print": "Print", "from": "from",
           "foot": ["Privacy policy", "Conditions of carriage", "Cookie settings", "Contact"]},
}


def noise(rng, when, i, prev):
    build = max(b for b in BUILDS if b[0] <= when)
    a, b, price = rng.choice(ROUTES)
    return {"build": build[1:], "fare": (a, b, price + rng.choice([0, 0, 10, 20])), "req": C.uuid4(rng),
            "nonce": C.b64tok(rng, 16), "lang": "et"}


LABELS = {"build": "bundle hashes and _ngcontent ids (per deploy)", "fare": "fare teaser in the header (per visit)",
          "req": "TransferState request id (per visit)", "nonce": "CSP nonce (per visit)", "lang": "language"}


def article(blocks, c):
    head, secs = C.split_sections(blocks)
    out = ['<article _ngcontent-ng-%s class="legal-document"><div _ngcontent-ng-%s class="legal-document__actions">'
           '<button _ngcontent-ng-%s type="button" class="btn-link">{PRINT}</button></div>' % (c, c, c),
           C.blocks_html(head)]
    for k, (title, body) in enumerate(secs):
        sid = "s%d" % (k + 1)
        if any(title.endswith(t) for t in COLLAPSED):
            out.append('<mat-expansion-panel _ngcontent-ng-%s class="mat-expansion-panel legal-panel" id="%s">'
                       '<mat-expansion-panel-header role="button" class="mat-expansion-panel-header" '
                       'aria-expanded="false" aria-controls="cdk-accordion-child-%d"><span class="mat-content">'
                       '<mat-panel-title class="mat-expansion-panel-header-title"><h2 class="legal-panel__title">%s</h2>'
                       '</mat-panel-title></span><span class="mat-expansion-indicator"></span></mat-expansion-panel-header>'
                       '<div role="region" class="mat-expansion-panel-content" id="cdk-accordion-child-%d" '
                       'style="visibility: hidden;"><div class="mat-expansion-panel-body">%s</div></div>'
                       '</mat-expansion-panel>' % (c, sid, k, C.inline_html(title), k, C.blocks_html(body)))
        else:
            out.append('<section _ngcontent-ng-%s id="%s"><h2>%s</h2>%s</section>'
                       % (c, sid, C.inline_html(title), C.blocks_html(body)))
    out.append("</article>")
    return "\n".join(out), [t for t, _ in secs]


def render(state, blocks, when):
    (bhash, cid), ui = state["build"], UI[state["lang"]]
    c = "c%d" % cid
    art, titles = article(blocks, c)
    art = art.replace("{PRINT}", ui["print"])
    toc = "".join('<li _ngcontent-ng-%s><a _ngcontent-ng-%s href="/%s/privaatsuspoliitika#s%d">%s</a></li>'
                  % (c, c, ui["lang"], k + 1, C.inline_html(t)) for k, t in enumerate(titles))
    a, b, price = state["fare"]
    nav = "".join('<li><a href="/%s/%d">%s</a></li>' % (ui["lang"], k, x) for k, x in enumerate(ui["nav"]))
    foot = "".join("<li><a href=\"/%s/f%d\">%s</a></li>" % (ui["lang"], k, x) for k, x in enumerate(ui["foot"]))
    return """<!DOCTYPE html><html lang="%(lang)s" data-beasties-container><head>
  <meta charset="utf-8">
  <title>%(title)s</title>
  <base href="/%(lang)s/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="alternate" hreflang="et" href="https://www.pilvelend.ee/et/privaatsuspoliitika">
  <link rel="alternate" hreflang="en" href="https://www.pilvelend.ee/en/privacy-policy">
<style ngCspNonce="%(nonce)s">:root{--pl-blue:#0a3d91;--pl-sky:#e8f1ff}body{margin:0;font-family:Inter,Arial,sans-serif}</style><link rel="stylesheet" href="styles-%(h8)s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-%(h8)s.css"></noscript><style ng-app-id="ng" nonce="%(nonce)s">.legal-layout[_ngcontent-ng-%(c)s]{display:grid;grid-template-columns:260px 1fr;gap:48px}</style></head>
<body><!--nghm--><script type="text/javascript" id="ng-event-dispatch-contract" nonce="%(nonce)s">(()=>{function p(t,n,r,o,e,i,f,m){return{eventType:t,event:n,targetElement:r,eic:o,timeStamp:e,eia:i,eirp:f,eiack:m}}})();</script>
<app-root ng-version="17.3.12" ngh="3" ng-server-context="ssr" ngCspNonce="%(nonce)s"><pl-header _nghost-ng-%(c)s ngh="0"><header _ngcontent-ng-%(c)s class="site-header"><a _ngcontent-ng-%(c)s href="/%(lang)s" class="logo"><img _ngcontent-ng-%(c)s src="assets/logo-pilvelend.svg" alt="Pilvelend"></a><nav _ngcontent-ng-%(c)s><ul _ngcontent-ng-%(c)s>%(nav)s</ul></nav><div _ngcontent-ng-%(c)s class="fare-teaser"><span _ngcontent-ng-%(c)s class="fare-teaser__route">%(a)s – %(b)s</span> <span _ngcontent-ng-%(c)s class="fare-teaser__price">%(from)s %(price)d €</span></div></header></pl-header><main class="page"><router-outlet></router-outlet><app-legal-page _nghost-ng-%(c)s ngh="1"><div _ngcontent-ng-%(c)s class="legal-layout"><aside _ngcontent-ng-%(c)s class="legal-toc"><nav _ngcontent-ng-%(c)s aria-label="%(toc)s"><p _ngcontent-ng-%(c)s class="legal-toc__title">%(toc)s</p><ol _ngcontent-ng-%(c)s>%(tocl)s</ol></nav></aside>
%(art)s
</div></app-legal-page><!--container--></main><pl-footer _nghost-ng-%(c)s ngh="2"><footer _ngcontent-ng-%(c)s class="site-footer"><ul _ngcontent-ng-%(c)s>%(foot)s</ul><p _ngcontent-ng-%(c)s>© Pilvelend AS</p></footer></pl-footer></app-root>
<script src="polyfills-%(h8)s.js" type="module"></script><script src="main-%(bhash)s.js" type="module"></script>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"}},{"c":{"0":[]}}],"legal-doc":{"slug":"privaatsuspoliitika","locale":"%(lang)s"},"requestId":"%(req)s","fare":{"from":"%(a)s","to":"%(b)s","price":%(price)d}}</script></body></html>
""" % {"lang": ui["lang"], "title": ui["title"], "nonce": state["nonce"], "h8": bhash[:8], "bhash": bhash, "c": c,
       "nav": nav, "a": a, "b": b, "from": ui["from"], "price": price, "toc": ui["toc"], "tocl": toc, "art": art,
       "foot": foot, "req": state["req"]}


def csr_shell(state):
    bhash = state["build"][0]
    return """<!doctype html>
<html lang="et" data-beasties-container>
<head>
  <meta charset="utf-8">
  <title>Pilvelend</title>
  <base href="/et/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles-%s.css"></head>
<body>
  <app-root></app-root>
  <noscript>Pilvelennu veebilehe kasutamiseks lubage oma brauseris JavaScript.</noscript>
<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script></body>
</html>
""" % (bhash[:8], bhash[:8], bhash)


def fault(kind, rng, ctx):
    when = ctx["when"]
    if kind == "csr_shell":
        return FX.fault(200, "OK", csr_shell(ctx["state"]), "text/html; charset=utf-8",
                        [("Server", "AkamaiNetStorage"), ("X-SSR-Fallback", "timeout"), ("Cache-Control", "no-cache"),
                         ("Date", FX.http_date(when))])
    if kind == "akamai_denied":
        return FX.akamai_denied(rng, URL, when)
    if kind == "en_variant":
        st = dict(ctx["state"], lang="en")
        return FX.fault(200, "OK", ctx["render"](st, C.parse_src(VARIANT), when), "text/html; charset=utf-8",
                        [("Content-Language", "en"), ("Vary", "Accept-Language"), ("X-Edge-Geo", "country=SE"),
                         ("Date", FX.http_date(when))])
    raise ValueError(kind)


PAGE = {
    "service": "Pilvelend",
    "url": URL,
    "n": 29,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 10, 15),
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Content-Language", "et"), ("Vary", "Accept-Encoding"), ("Cache-Control", "no-cache"),
                      ("X-Powered-By", "Express")],
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal-document", "remove": ".legal-document__actions"},
    "faults": [{"kind": "csr_shell", "count": 2}, {"kind": "akamai_denied", "count": 1},
               {"kind": "en_variant", "count": 1}],
    "fault": fault,
    "fault_notes": {
        "csr_shell": "Angular's client-only shell (the SSR server timed out; <app-root></app-root> and bundles), 200; "
                     "no article, the selector matches nothing: no version",
        "akamai_denied": "Akamai 'Access Denied' with a reference number, 403: no version",
        "en_variant": "the English version served at the Estonian address for one visit (geo-IP at the edge), "
                      "200, same template: the selector matches other words. OTA would have recorded it and the "
                      "Estonian text again at the next capture; a careful curator records neither, since the "
                      "Estonian policy did not change (the scorer's oracle would call a version there real: new "
                      "words; and the return to Estonian a false one: an earlier state)",
    },
}
