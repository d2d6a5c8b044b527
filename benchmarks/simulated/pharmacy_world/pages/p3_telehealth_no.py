"""Legelinjen - Norwegian telehealth (video doctor, e-resept) - Next.js + Sanity; Pages Router until May 2024, then
App Router (redesign, declaration history)."""
import datetime as dt
import json
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.legelinjen.no/personvern"
MND = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
       "desember"]
REDESIGN = dt.datetime(2024, 5, 14)


def fmt_date(d):
    return "%d. %s %d" % (d.day, MND[d.month - 1], d.year)


POLICY = """
# Personvernerklæring for Legelinjen

Sist oppdatert {UPDATED}

Legelinjen AS tilbyr videokonsultasjoner med lege og psykolog, elektroniske resepter og sykmeldinger. Helseopplysninger er særlig beskyttede personopplysninger, og vi behandler dem i samsvar med personvernforordningen (GDPR), personopplysningsloven, helsepersonelloven og pasientjournalloven.

## Behandlingsansvarlig

@ Legelinjen AS, org.nr. 921 456 789
@ Akersgata 45, 0158 Oslo
@ E-post: [personvern@legelinjen.no](mailto:personvern@legelinjen.no)

Vårt personvernombud er Ingrid Solheim. Du når henne på [pvo@legelinjen.no](mailto:pvo@legelinjen.no).

## Hvilke opplysninger vi behandler

- Identitetsopplysninger fra innlogging med BankID: navn og fødselsnummer.
- Kontaktopplysninger: e-postadresse og mobilnummer.
- Helseopplysninger som du oppgir før og under konsultasjonen, og det legen dokumenterer i pasientjournalen.
- Betalingsopplysninger, som egenandel og om du har frikort.
- Tekniske opplysninger om enheten og appen din, som brukes til feilsøking.

## Formål og rettslig grunnlag

Vi behandler helseopplysninger for å yte helsehjelp, jf. personvernforordningen artikkel 6 nr. 1 bokstav c og artikkel 9 nr. 2 bokstav h. Helsepersonell har plikt til å føre journal etter helsepersonelloven § 39. Betalingsopplysninger behandles for å oppfylle avtalen med deg.

Vi bruker ikke helseopplysningene dine til markedsføring.

## Pasientjournal

Journalen føres i et journalsystem levert av CGM Norge. Journalopplysninger oppbevares i minst 10 år etter siste innføring, slik pasientjournalforskriften krever. Du kan be om innsyn i journalen din når som helst.

## Resepter og Kjernejournal

Når legen forskriver legemidler, sendes resepten elektronisk til Reseptformidleren hos Norsk helsenett SF, og du kan hente legemiddelet på et hvilket som helst apotek. Med ditt samtykke kan legen slå opp i Kjernejournal.

## Databehandlere

| Databehandler | Tjeneste | Lagringssted |
| Microsoft Ireland Operations Ltd | Skylagring (Azure) | Norge |
| Whereby AS | Videokonsultasjon | EU/EØS |
| Signicat AS | Innlogging med BankID | Norge |
| Stripe Payments Europe Ltd | Betaling | EU/EØS |

## Dine rettigheter

Du har rett til innsyn, retting og i noen tilfeller sletting av opplysninger. Opplysninger i pasientjournalen kan bare slettes etter vedtak fra Statsforvalteren. Du kan klage til Datatilsynet dersom du mener vi behandler opplysningene dine i strid med regelverket.

## Informasjonskapsler

Nettsiden bruker nødvendige informasjonskapsler og, med ditt samtykke, analyseverktøy. Du kan endre samtykket ditt når som helst.
"""

EDITS = [
    {"note": "processor table: Whereby replaced by Daily.co (video), location EU/EØS",
     "repl": [("| Whereby AS | Videokonsultasjon | EU/EØS |",
               "| Daily.co (Daily, Inc.) | Videokonsultasjon | EU/EØS |")]},
    {"note": "DPO changed (Ingrid Solheim -> Mads Kristoffersen)",
     "repl": [("Vårt personvernombud er Ingrid Solheim. Du når henne på",
               "Vårt personvernombud er Mads Kristoffersen. Du når ham på")]},
    {"note": "new list item: chat messages with the clinician",
     "repl": [("- Betalingsopplysninger, som egenandel og om du har frikort.",
               "- Meldinger du sender til helsepersonell i chatten.\n"
               "- Betalingsopplysninger, som egenandel og om du har frikort.")]},
    {"note": "address moved (Akersgata 45 -> Dronning Eufemias gate 16, 0191 Oslo)",
     "repl": [("@ Akersgata 45, 0158 Oslo", "@ Dronning Eufemias gate 16, 0191 Oslo")]},
    {"note": "new section on AI transcription (Noteless) with processor row",
     "repl": [("| Stripe Payments Europe Ltd | Betaling | EU/EØS |",
               "| Stripe Payments Europe Ltd | Betaling | EU/EØS |\n| Noteless AS | Talegjenkjenning av journalnotat "
               "| Norge |"),
              ("## Dine rettigheter", "## Talegjenkjenning\n\nMed ditt samtykke kan legen bruke talegjenkjenning for å "
               "skrive journalnotatet. Lydopptaket slettes straks notatet er godkjent av legen.\n\n"
               "## Dine rettigheter")]},
    {"note": "sentence removed: 'Vi bruker ikke helseopplysningene dine til markedsføring.' paragraph merged",
     "bump": False,
     "repl": [("Betalingsopplysninger behandles for å oppfylle avtalen med deg.\n\nVi bruker ikke helseopplysningene "
               "dine til markedsføring.", "Betalingsopplysninger behandles for å oppfylle avtalen med deg, og vi "
               "bruker "
               "aldri helseopplysningene dine til markedsføring.")]},
]
DEPLOYS = K.deploys("p3no", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (10, 40))


def noise(rng, when, i, prev):
    s = {"nonce": C.b64tok(rng, 16), "trace": C.hexs(rng, 32)}
    s["build"] = K.deploy(when, DEPLOYS)
    s["queue"] = (rng.randint(2, 14), rng.randint(1, 45))
    s["ab"] = rng.choice(["a", "b"]) if dt.datetime(2023, 2, 1) <= when < dt.datetime(2023, 9, 1) else None
    s["redesign"] = when >= REDESIGN
    return s


LABELS = {"nonce": "CSP nonce on every script per request", "trace": "Sentry trace id (sentry-trace meta)",
          "build": "Next.js buildId and chunk hashes per deploy",
          "queue": "header 'legers online / ventetid' live teaser", "ab": "GrowthBook A/B hero variant (2023)",
          "redesign": "Pages Router -> App Router redesign (May 2024)"}


def render(s, blocks, when):
    b = s["build"]
    nonce = s["nonce"]
    docs, wait = s["queue"]
    teaser = ('<div class="Header_live__pQ2sd"><span class="dot"></span>%d leger på vakt nå · ventetid ca. %d min</div>'
              % (docs, wait))
    body = C.render_blocks(blocks[1:])
    h1 = C.inline_html(blocks[0][1])
    if not s["redesign"]:
        cta = "Start konsultasjon" if s["ab"] != "b" else "Snakk med lege nå"
        data = {"props": {"pageProps": {"slug": "personvern", "_sentryTraceData": s["trace"] + "-" + b[:16] + "-1",
                                        "_sentryBaggage": "sentry-environment=production,sentry-release=" + b[:12]},
                          "__N_SSG": True}, "page": "/[slug]", "query": {"slug": "personvern"}, "buildId": b[:21],
                "isFallback": False, "gsp": True, "scriptLoader": []}
        return (
            '<!DOCTYPE html><html lang="nb"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-'
            'width"/><title>Personvern | Legelinjen</title><meta name="sentry-trace" content="%s-%s-1"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href='
            '"/_next/static/css/%s.css" nonce="%s" data-n-g=""/><script defer="" nonce="%s" src="/_next/static/chunks/'
            'main-%s.js"></script><script defer="" nonce="%s" src="/_next/static/%s/_buildManifest.js"></script></head>'
            '<body><div id="__next"><header class="Header_root__k3'
            'JqZ"><a href="/" class="Header_logo__Xy1aB">Legelinjen'
            '</a>%s<nav class="Header_nav__2bWQd"><a href="/priser">Priser</a><a href="/psykolog">Psykolog</a><a '
            'href="/logg-inn">Logg inn</a></nav><a class="Button_primary__c91nE" href="/start" data-variant="%s">%s</a>'
            '</header><main class="LegalPage_main__gh7Ka"><div class="LegalPage_body__a8Xk2"><h1 class="LegalPage_title'
            '__Jf0pL">%s</h1>%s</div><aside class="LegalPage_aside__2ma0D"><a href="/vilkar">Vilkår</a><a href="/'
            'informasjonskapsler">Informasjonskapsler</a></aside><'
            '/main><footer class="Footer_root__hP8sU"><p>Legelinjen'
            ' AS · Org.nr. 921 456 789</p><p>© %d</p></footer></div><script id="__NEXT_DATA__" type="application/json"'
            ' nonce="%s">%s</script></body></html>'
            % (s["trace"], b[:16], b[:16], nonce, b[:16], nonce, nonce, b[4:20], nonce, b[:21], teaser,
               s["ab"] or "none", cta, h1, body, when.year, nonce, json.dumps(data, separators=(",", ":"))))
    rsc = json.dumps(["$", "main", None, {"className": "legal", "children": [h1[:40]]}], ensure_ascii=False)
    return (
        '<!DOCTYPE html><html lang="nb" class="__variable_5a9d1c"><head><meta charSet="utf-8"/><meta name="viewport" '
        'content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/%s.css" '
        'data-precedence="next" nonce="%s"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/'
        'chunks/webpack-%s.js" nonce="%s"/><script src="/_next/static/chunks/main-app-%s.js" async="" nonce="%s">'
        '</script><title>Personvern | Legelinjen</title><meta name="sentry-trace" content="%s-%s-1"/></head>'
        '<body><header class="site-header"><a href="/" class="si'
        'te-header__logo">Legelinjen</a>%s<nav class="site-header'
        '__nav"><a href="/priser">Priser</a><a href="/psykolog">Psykolog</a><a href="/app">Last ned appen</a></nav>'
        '</header><main id="main" class="container mx-auto px-4"><article class="prose prose-slate legal-article">'
        '<h1>%s</h1>%s</article><nav class="legal-nav" aria-label="Juridisk"><a href="/vilkar">Vilkår</a><a href="'
        '/informasjonskapsler">Informasjonskapsler</a></nav></main><footer class="site-footer"><p>Legelinjen AS · '
        'Org.nr. 921 456 789 · © %d</p></footer><script nonce="%s">(self.__next_f=self.__next_f||[]).push([0])'
        '</script><script nonce="%s">self.__next_f.push([1,%s])</script></body></html>'
        % (b[:16], nonce, b[2:18], nonce, b[5:21], nonce, s["trace"], b[:16], teaser.replace("Header_live__pQ2sd",
           "live-status"), h1, body, when.year, nonce, nonce, json.dumps("2:" + rsc + "\n", ensure_ascii=False)))


PAGE = {
    "service": "Legelinjen", "url": URL, "lang": "nb-NO", "platform": "Next.js (Pages -> App Router) + Sanity",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 5, 31), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-article"]},
    "history": [{"fetch": URL, "select": ["[class^='LegalPage_body__']"], "validUntil": "2024-05-14T00:00:00Z"}],
}
