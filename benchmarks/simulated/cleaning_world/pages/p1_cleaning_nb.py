"""Rentfint - nb home cleaning subscription - Enonic XP 7 site app (no.rentfint.web), Cookie Information, GTM.

Redesign on 2024-06-11 (new page template and parts): declaration history."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

URL = "https://www.rentfint.no/personvern"
REDESIGN = dt.datetime(2024, 6, 11)
APP = "no.rentfint.web"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["nb"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Personvernerklæring

Sist oppdatert: {UPDATED}

Rentfint AS («Rentfint», «vi») leverer fast renhold, flyttevask og vindusvask til privatpersoner i Oslo, Bergen og
Trondheim. Denne erklæringen forklarer hvilke personopplysninger vi behandler når du bruker nettsiden vår, bestiller
renhold i appen eller har et abonnement hos oss, og hvilke rettigheter du har.

## Behandlingsansvarlig

Rentfint AS er behandlingsansvarlig for personopplysningene som beskrives her. Daglig leder har det overordnede
ansvaret, mens kundeserviceleder følger opp henvendelser om personvern.

@ Rentfint AS (org.nr. 918 442 907)
@ Storgata 12
@ 0184 Oslo
@ [personvern@rentfint.no](mailto:personvern@rentfint.no)

## Hvilke opplysninger vi behandler

Når du oppretter en kundekonto eller bestiller renhold, behandler vi:

- navn, adresse, e-postadresse og telefonnummer;
- opplysninger om boligen, som størrelse, antall rom, adkomst og eventuelle kjæledyr;
- bestillingshistorikk, valgt renholder og tidspunkter for oppdrag;
- betalingsopplysninger, som faktura- og betalingsstatus (kortnummer lagres ikke hos oss);
- meldinger du sender til kundeservice, og opptak av telefonsamtaler dersom du har fått beskjed om det på
  forhånd;
- vurderinger du gir av utført renhold.

Vi ber deg ikke om å oppgi sensitive opplysninger. Hvis du likevel skriver slike opplysninger i kommentarfeltet, for
eksempel om sykdom i husstanden, bruker vi dem bare for å tilpasse oppdraget og sletter dem når oppdraget er utført.

Når du besøker nettsiden, registrerer vi i tillegg tekniske opplysninger som IP-adresse, nettlesertype og hvilke sider
du har besøkt. Se avsnittet om informasjonskapsler nedenfor.

## Formål og rettslig grunnlag

| Formål | Rettslig grunnlag |
| Levere renhold og administrere abonnementet | Avtale (personvernforordningen art. 6 nr. 1 bokstav b) |
| Fakturering og regnskap | Rettslig forpliktelse (art. 6 nr. 1 bokstav c og bokføringsloven) |
| Kvalitetsoppfølging og håndtering av klager | Berettiget interesse (art. 6 nr. 1 bokstav f) |
| Nyhetsbrev og tilbud på e-post | Samtykke (art. 6 nr. 1 bokstav a) |

Vår berettigede interesse i kvalitetsoppfølging er å sikre at renholdet blir utført slik det er avtalt, og å kunne
dokumentere hva som skjedde dersom noe blir skadet eller borte under et oppdrag.

## Nøkler og adgang til boligen

Mange kunder gir oss en nøkkel eller en kode til døren. Nøkler merkes bare med et internt nummer, aldri med navn eller
adresse, og oppbevares i et låst nøkkelskap på kontoret vårt. Koder og adkomstinformasjon lagres kryptert og vises bare
for renholderen som har oppdraget, og bare på oppdragsdagen.

## Renholdere

Renholderne våre er ansatt hos Rentfint. De får tilgang til navn, adresse, adkomstinformasjon og opplysninger om
oppdraget, men ikke til betalingsopplysningene dine. Alle ansatte har signert en taushetserklæring og får opplæring i
personvern før de begynner.

## Databehandlere

Vi bruker følgende leverandører, som behandler personopplysninger på våre vegne etter skriftlige databehandleravtaler:

| Leverandør | Formål | Lokasjon |
| Microsoft Ireland Operations Ltd | E-post, dokumenter og kundedatabase (Azure) | Irland og Nederland |
| Stripe Payments Europe Ltd | Kortbetaling | Irland |
| Twilio Ireland Ltd | SMS-varsler før og etter oppdrag | Irland / USA |
| Tripletex AS | Regnskap og fakturering | Norge |
| Zendesk Inc. | Kundeservice | Irland / USA |

Når en leverandør overfører opplysninger til et land utenfor EØS, skjer det på grunnlag av EU-kommisjonens
standardkontrakter eller rammeverket EU–US Data Privacy Framework.

## Lagringstid

Vi sletter eller anonymiserer opplysninger når vi ikke lenger trenger dem:

- kundekonto og bestillingshistorikk: til 12 måneder etter at abonnementet er avsluttet;
- regnskapsmateriale: 5 år etter regnskapsårets slutt, slik bokføringsloven krever;
- opptak av telefonsamtaler: 90 dager;
- nøkler leveres tilbake eller makuleres senest 14 dager etter at avtalen er avsluttet.

## Informasjonskapsler

Nettsiden bruker informasjonskapsler (cookies) for at siden skal fungere, for statistikk og, hvis du samtykker, for
markedsføring. Du kan når som helst endre samtykket ditt via lenken «Informasjonskapsler» nederst på siden. Mer
informasjon finner du i [oversikten over informasjonskapsler](/informasjonskapsler).

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å kreve retting eller sletting av opplysningene. Du kan
også kreve begrensning av behandlingen, protestere mot behandling basert på berettiget interesse og be om å få utlevert
opplysningene dine i et maskinlesbart format (dataportabilitet). Et samtykke kan trekkes tilbake når som helst, uten at
det påvirker behandlingen som skjedde før du trakk det tilbake.

Vi svarer på henvendelsen din så raskt som mulig, og senest innen 30 dager.

## Klage

Hvis du mener at vi behandler opplysingene dine i strid med regelverket, kan du klage til Datatilsynet. Vi setter pris
på om du tar kontakt med oss først, slik at vi kan rette opp i eventuelle feil.

## Kontakt

Spørsmål om personvern kan sendes til [personvern@rentfint.no](mailto:personvern@rentfint.no) eller rettes til
kundeservice på telefon 22 90 44 10 (hverdager 08–16).
""")

EDITS = [
    {"note": "processor table: Vipps MobilePay AS added (payment with Vipps)",
     "repl": [("| Stripe Payments Europe Ltd | Kortbetaling | Irland |",
               "| Stripe Payments Europe Ltd | Kortbetaling | Irland |\n"
               "| Vipps MobilePay AS | Betaling med Vipps | Norge |")]},
    {"note": "retention of call recordings shortened from 90 to 30 days",
     "repl": [("- opptak av telefonsamtaler: 90 dager;", "- opptak av telefonsamtaler: 30 dager;")]},
    {"note": "controller address moved (Storgata 12, 0184 -> Økernveien 94, 0579 Oslo)",
     "repl": [("@ Storgata 12\n@ 0184 Oslo", "@ Økernveien 94\n@ 0579 Oslo")]},
    {"note": "typo fixed: 'opplysingene' -> 'opplysningene' (no new date)", "bump": False,
     "repl": [("behandler opplysingene dine", "behandler opplysningene dine")]},
    {"note": "SMS processor replaced: Twilio Ireland -> LINK Mobility AS (Norway)",
     "repl": [("| Twilio Ireland Ltd | SMS-varsler før og etter oppdrag | Irland / USA |",
               "| LINK Mobility AS | SMS-varsler før og etter oppdrag | Norge |")]},
    {"note": "new section 'Kundeanmeldelser' (Trustpilot review invitations) before the cookies section",
     "repl": [("## Informasjonskapsler",
               "## Kundeanmeldelser\n\nEtter et utført oppdrag kan vi sende deg en invitasjon til å skrive en "
               "anmeldelse på Trustpilot. Vi deler da navnet ditt, e-postadressen din og et referansenummer med "
               "Trustpilot A/S, som er selvstendig behandlingsansvarlig for anmeldelsen. Du kan reservere deg mot "
               "slike invitasjoner under «Varsler» i appen.\n\n## Informasjonskapsler")]},
]

SAVES = K.Saves(dt.datetime(2021, 11, 23, 9, 14, 5))

CITIES = ["Oslo", "Bergen", "Trondheim"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": K.b64(rng, 16)}
    s["app"] = K.deploy(rng, prev.get("app"), 0.35,
                        lambda: K.ms(when - dt.timedelta(hours=rng.randint(2, 300))))
    city = rng.choice(CITIES)
    s["slot"] = (city, rng.randint(1, 9), rng.choice(["08:00", "09:00", "10:30", "12:00", "13:00"]))
    days = (when - dt.datetime(2022, 1, 1)).days
    s["tp"] = (rng.choice([4.6, 4.7, 4.7, 4.8]), 2140 + days * 3 + rng.randint(0, 9))
    s["image"] = K.deploy(rng, prev.get("image"), 0.1, lambda: C.hexs(rng, 40))
    s["gtm"] = C.uuid4(rng)
    return s


LABELS = {"nonce": "CSP nonce on every inline script (per response)",
          "app": "Enonic asset URL fingerprint /_/asset/no.rentfint.web:<ms>/ (deploys)",
          "slot": "header teaser 'Første ledige tid' (next free cleaning slot, city)",
          "tp": "footer Trustpilot TrustScore and review count", "image": "hero image scale hash (/_/image/)",
          "gtm": "dataLayer pageview id", "season": "seasonal campaign banner (vårrengjøring, flyttevask, julevask)",
          "design": "page template (redesign June 2024)"}

NAV = [("/fast-renhold", "Fast renhold"), ("/flyttevask", "Flyttevask"), ("/vindusvask", "Vindusvask"),
       ("/priser", "Priser"), ("/bedrift", "For bedrift"), ("/om-oss", "Om oss")]


def campaign(when):
    m = when.month
    if m in (3, 4):
        return ("var", "Vårrengjøring: 20 % rabatt på første besøk ut april", "/varrengjoring")
    if m in (6, 7, 8):
        return ("flytt", "Skal du flytte? Flyttevask med garanti – bestill i god tid", "/flyttevask")
    if m in (11, 12):
        return ("jul", "Julevask før høytiden – ledige tider til og med 20. desember", "/julevask")
    return None


def table(rows, inl):
    head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
    return ('<table border="1" cellpadding="1" cellspacing="1" style="width:100%%"><thead><tr>%s</tr></thead>'
            "<tbody>%s</tbody></table>" % (head, body))


def addr(lines, inl):
    return "<p>%s</p>" % "<br>\n".join(inl(x) for x in lines)


def render(s, blocks, when):
    nonce = s["nonce"]
    asset = "/_/asset/%s:%d" % (APP, s["app"])
    new = when >= REDESIGN
    s["design"] = "2024" if new else "2021"
    camp = campaign(when)
    s["season"] = camp[0] if camp else None
    saved = SAVES.saved(blocks, when)
    city, dplus, hour = s["slot"]
    sd = (when + dt.timedelta(days=dplus)).date()
    while sd.weekday() > 4:  # no cleaning at weekends
        sd += dt.timedelta(days=1)
    slot = "Første ledige tid i %s: %s %d. %s kl. %s" % (city, K.WEEKDAYS["nb"][sd.weekday()], sd.day,
                                                         K.MONTHS["nb"][sd.month - 1], hour)
    score, count = s["tp"]
    ids = iter(range(1, 100))

    def heading(kind, v, inl):
        if new and kind == "h2":
            return '<h2 id="s%d">%s</h2>' % (next(ids), inl(v))
        return "<%s>%s</%s>" % (kind, inl(v), kind)

    body = C.render_blocks(blocks[1:], table=table, addr=addr, heading=heading)
    title = C.esc(blocks[0][1])
    head = ('<!DOCTYPE html>\n<html lang="no">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>%s | Rentfint</title>\n"
            '<meta name="description" content="Slik behandler Rentfint personopplysningene dine.">\n'
            '<link rel="canonical" href="%s">\n'
            '<meta property="article:modified_time" content="%s">\n'
            '<meta property="og:image" content="https://www.rentfint.no/_/image/8c1f2a7e-3b0d-4d55-9d61-2f0a6b7c1e9a:%s'
            '/block-1200-630/rentfint-og.jpg">\n'
            '<link rel="stylesheet" href="%s/css/%s.css">\n'
            '<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="NB" '
            'data-gcm-version="2.0" type="text/javascript"></script>\n'
            '<script nonce="%s">window.dataLayer=window.dataLayer||[];window.dataLayer.push({"event":"pageview",'
            '"pageId":"%s","contentType":"%s:legal-page","language":"no"});</script>\n'
            "<script nonce=\"%s\">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
            "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';"
            "j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
            "})(window,document,'script','dataLayer','GTM-K7R2XQ9');</script>\n"
            "</head>\n"
            % (title, URL, saved.strftime("%Y-%m-%dT%H:%M:%S.000Z"), s["image"], asset, "main" if new else "styles",
               nonce, s["gtm"], APP, nonce))
    if camp:
        banner = ('<div class="campaign-banner campaign-banner--%s" role="region" aria-label="Kampanje">'
                  '<a href="%s">%s</a></div>\n' % (camp[0], camp[2], C.esc(camp[1])))
    else:
        banner = ""
    navl = "".join('<li class="main-nav__item"><a href="%s">%s</a></li>' % (h, t) for h, t in NAV)
    if not new:
        page = ('<body class="legal-page">\n<a class="skip-link" href="#innhold">Hopp til innhold</a>\n%s'
                '<header class="site-header" data-portal-component-type="part">'
                '<a class="site-header__logo" href="/"><img src="%s/img/logo.svg" alt="Rentfint"></a>'
                '<nav class="main-nav"><ul>%s</ul></nav>'
                '<p class="site-header__slot">%s</p>'
                '<a class="btn btn--primary" href="/bestill">Bestill renhold</a></header>\n'
                '<main id="innhold" class="main" data-portal-region="main">\n'
                '<div data-portal-component-type="part" class="breadcrumbs"><a href="/">Forsiden</a> › '
                "<span>%s</span></div>\n"
                '<article class="article">\n'
                '<div data-portal-component-type="part" class="article-header"><h1>%s</h1></div>\n'
                '<div data-portal-component-type="part" class="rich-text">\n%s\n</div>\n'
                "</article>\n"
                '<div data-portal-component-type="part" class="cta-box"><h2>Har du spørsmål?</h2>'
                '<p>Kundeservice svarer hverdager 08–16.</p><a href="/kontakt">Kontakt oss</a></div>\n'
                "</main>\n"
                % (banner, asset, navl, C.esc(slot), title, title, body))
    else:
        h2s = [v for k, v in blocks if k == "h2"]
        toc = "".join('<li><a href="#s%d">%s</a></li>' % (n + 1, C.esc(t)) for n, t in enumerate(h2s))
        page = ('<body class="tpl-legal">\n<a class="skip-link" href="#main">Hopp til hovedinnhold</a>\n'
                '<div class="topbar"><p class="topbar__slot"><svg class="icon"><use href="%s/icons.svg#calendar"/>'
                "</svg>%s</p>%s</div>\n"
                '<header class="header"><div class="header__inner"><a class="header__logo" href="/">'
                '<img src="%s/img/rentfint-logo-2024.svg" alt="Rentfint" width="132" height="32"></a>'
                '<nav class="header__nav" aria-label="Hovedmeny"><ul>%s</ul></nav>'
                '<a class="header__login" href="https://app.rentfint.no/login">Logg inn</a>'
                '<a class="button button--cta" href="/bestill">Få pris</a></div></header>\n'
                '<main id="main" data-portal-region="main">\n'
                '<section data-portal-component-type="part" class="legal-hero"><div class="legal-hero__inner">'
                '<nav class="legal-hero__crumbs"><a href="/">Hjem</a> / <a href="/om-oss">Om oss</a> / '
                '<span aria-current="page">%s</span></nav><h1 class="legal-hero__title">%s</h1></div></section>\n'
                '<div data-portal-component-type="layout" class="layout layout--aside-left">'
                '<div data-portal-region="aside"><nav data-portal-component-type="part" class="legal-toc" '
                'aria-label="Innhold"><h2 class="legal-toc__title">Innhold</h2><ol>%s</ol></nav></div>'
                '<div data-portal-region="content"><div data-portal-component-type="part" class="legal-body">\n%s\n'
                "</div></div></div>\n"
                "</main>\n"
                % (asset, C.esc(slot), banner, asset, navl, title, title, toc, body))
    foot = ('<footer class="%s">'
            '<div class="trustscore" data-businessunit-id="5d1f0c6a8e2b3f0001a4c7d2"><a href="https://'
            'no.trustpilot.com/'
            'review/rentfint.no">Utmerket <strong>%s</strong> av 5 basert på <span>%s</span> anmeldelser på '
            "Trustpilot</a></div>"
            '<ul class="footer__links"><li><a href="/personvern">Personvern</a></li><li><a href="/informasjonskapsler">'
            'Informasjonskapsler</a></li><li><a href="/vilkar">Vilkår</a></li><li><a href="/jobb">Jobb hos oss</a>'
            "</li></ul>"
            "<p>Rentfint AS · Org.nr. 918 442 907 · © %d</p></footer>\n"
            '<script nonce="%s" src="%s/js/%s.js" defer></script>\n'
            "</body>\n</html>\n"
            % ("footer" if new else "site-footer", ("%.1f" % score).replace(".", ","), K.grp(count), when.year,
               nonce, asset, "main" if new else "bundle"))
    return head + page + foot


PAGE = {
    "service": "Rentfint", "url": URL, "lang": "nb-NO", "platform": "Enonic XP 7",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 3, 20), "hours": (4, 5, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-hero__title", ".legal-body"]},
    "history": [{"fetch": URL, "select": [".article-header h1", ".rich-text"],
                 "validUntil": "2024-06-11T00:00:00Z"}],
}
