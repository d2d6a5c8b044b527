"""Kantenwerk (German CDN): Next.js (pages router, static generation) with Tailwind typography and Headless UI tabs
"Datenschutzerklärung | Unterauftragsverarbeiter": the sub-processor list (its own document, rows with dates) sits
beside the policy in a hidden tab panel. Noise: buildId and chunk hashes per deploy, a client-rendered live counter
("Anfragen/s", cache-hit ratio) in the hero above the tabs, a status badge and the PoP list in the footer (new
locations over the years), React useId ids of the tabs. Policy in article#datenschutzerklaerung."""
import datetime as dt
import json

import common as C

URL = "https://www.kantenwerk.de/rechtliches/datenschutz"

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """# Datenschutzerklärung

Stand: {UPDATED}

Mit dieser Datenschutzerklärung informieren wir Sie darüber, welche personenbezogenen Daten die Kantenwerk GmbH beim Besuch unserer Website, bei der Nutzung des Kundenportals und bei der Erbringung unserer Content-Delivery- und Sicherheitsdienste verarbeitet. Für die Inhalte, die unsere Kunden über unser Netzwerk ausliefern, sind die Kunden selbst verantwortlich; insoweit handeln wir als Auftragsverarbeiter nach Art. 28 DSGVO auf Grundlage unseres Auftragsverarbeitungsvertrags.

## 1. Verantwortlicher

@ Kantenwerk GmbH
@ Hanauer Landstraße 291
@ 60314 Frankfurt am Main
@ Telefon: +49 69 2578 3300
@ E-Mail: datenschutz@kantenwerk.de

Unseren Datenschutzbeauftragten erreichen Sie unter dsb@kantenwerk.de oder unter der oben genannten Postanschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.

## 2. Besuch unserer Website

Beim Aufruf unserer Website verarbeiten wir automatisch Informationen, die Ihr Browser übermittelt: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene URL, Referrer, Browsertyp und Betriebssystem. Diese Daten sind technisch erforderlich, um Ihnen die Website anzuzeigen und die Stabilität und Sicherheit zu gewährleisten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Die Logdaten werden nach 7 Tagen gelöscht.

Wir setzen keine Analyse- oder Marketing-Cookies ein. Für die Reichweitenmessung verwenden wir Plausible Analytics, ein cookieloses Verfahren, bei dem keine personenbezogenen Daten gespeichert werden.

## 3. Kundenkonto und Vertragsabwicklung

Wenn Sie ein Kundenkonto anlegen, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse, Firmendaten, Rechnungsanschrift, Umsatzsteuer-Identifikationsnummer und Zahlungsinformationen. Diese Daten benötigen wir zur Durchführung des Vertrags (Art. 6 Abs. 1 lit. b DSGVO) und zur Erfüllung handels- und steuerrechtlicher Aufbewahrungspflichten (Art. 6 Abs. 1 lit. c DSGVO).

### Kontaktaufnahme und Support

Wenn Sie uns per E-Mail, über das Kontaktformular oder über das Ticketsystem im Kundenportal kontaktieren, verarbeiten wir Ihre Angaben (Name, E-Mail-Adresse, Unternehmen, Inhalt der Anfrage und gegebenenfalls übermittelte Logauszüge oder Konfigurationsdateien), um Ihre Anfrage zu beantworten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, wenn die Anfrage mit einem Vertrag zusammenhängt, ansonsten unser berechtigtes Interesse an der Beantwortung von Anfragen nach Art. 6 Abs. 1 lit. f DSGVO.

### Newsletter und technische Mitteilungen

Unseren Newsletter erhalten Sie nur, wenn Sie sich ausdrücklich dafür angemeldet und Ihre Anmeldung über den Bestätigungslink bestätigt haben (Double-Opt-in). Sie können den Newsletter jederzeit über den Abmeldelink in jeder Ausgabe abbestellen. Technische Mitteilungen zu Wartungsarbeiten, Sicherheitsvorfällen und Vertragsänderungen senden wir Kunden unabhängig davon, da sie für die Vertragsdurchführung erforderlich sind.

### Bewerbungen

Bewerbungsunterlagen, die Sie uns über unser Karriereportal übermitteln, verarbeiten wir ausschließlich zur Durchführung des Bewerbungsverfahrens (§ 26 BDSG). Kommt kein Arbeitsverhältnis zustande, löschen wir Ihre Unterlagen sechs Monate nach Abschluss des Verfahrens, sofern Sie nicht in eine längere Speicherung eingewilligt haben.

## 4. Verarbeitung beim Betrieb des CDN

Bei der Auslieferung von Inhalten über unser Netzwerk verarbeiten unsere Edge-Server zwangsläufig Verbindungsdaten der Endnutzer unserer Kunden. Dazu gehören:

- IP-Adresse und Port des anfragenden Endgeräts
- angefragter Hostname, Pfad und HTTP-Methode
- User-Agent und Accept-Header
- Zeitpunkt der Anfrage, Antwortstatus und übertragene Datenmenge
- der Point of Presence (PoP), der die Anfrage beantwortet hat

Diese Daten verarbeiten wir im Auftrag unserer Kunden. Zusätzlich verwenden wir sie in eigener Verantwortung, soweit dies zur Abwehr von DDoS-Angriffen und zur Sicherstellung der Netzstabilität erforderlich ist (Art. 6 Abs. 1 lit. f DSGVO). IP-Adressen werden in unseren Auswertungen nach 24 Stunden gekürzt.

## 5. Speicherdauer

| Datenkategorie | Speicherdauer |
| Zugriffsprotokolle der Edge-Server | 7 Tage |
| Aggregierte Statistiken ohne IP-Adresse | 13 Monate |
| Sicherheitsereignisse (WAF, DDoS) | 90 Tage |
| Supportanfragen | 3 Jahre nach Abschluss |
| Rechnungen und Buchungsbelege | 10 Jahre |

## 6. Empfänger und Unterauftragsverarbeiter

Wir geben personenbezogene Daten nur weiter, wenn dies gesetzlich erlaubt ist. Für den Betrieb unserer Dienste setzen wir sorgfältig ausgewählte Dienstleister ein, die wir nach Art. 28 DSGVO vertraglich verpflichtet haben. Eine aktuelle Liste finden Sie im Reiter „Unterauftragsverarbeiter“ auf dieser Seite. Über Änderungen dieser Liste informieren wir Kunden mit Auftragsverarbeitungsvertrag mindestens 30 Tage im Voraus.

## 7. Übermittlung in Drittländer

Unser Netzwerk umfasst Standorte außerhalb der Europäischen Union. Kunden können in ihrem Konto festlegen, dass Inhalte ausschließlich über Standorte innerhalb der EU ausgeliefert werden („EU-only“-Routing). Ist diese Option deaktiviert, kann eine Anfrage eines Endnutzers aus einem Drittland von einem Standort in diesem Drittland beantwortet werden. Soweit dabei personenbezogene Daten in Drittländer ohne Angemessenheitsbeschluss übermittelt werden, stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission.

## 8. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO), Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht, der Verarbeitung zu widersprechen (Art. 21 DSGVO). Wenden Sie sich dazu an datenschutz@kantenwerk.de.

Bitte beachten Sie: Wenn Sie Endnutzer einer Website sind, die über unser Netzwerk ausgeliefert wird, wenden Sie sich bitte zunächst an den Betreiber dieser Website. Wir unterstützen unsere Kunden bei der Beantwortung solcher Anfragen.

Sie haben zudem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Zuständig für uns ist der [Hessische Beauftragte für Datenschutz und Informationsfreiheit](https://datenschutz.hessen.de/), Gustav-Stresemann-Ring 1, 65189 Wiesbaden.

## 9. Sicherheit

Unsere Systeme sind nach ISO/IEC 27001 zertifiziert. Die Verbindungen zwischen Edge-Servern und Ursprungsservern sind verschlüsselt, private Schlüssel von TLS-Zertifikaten werden in Hardware-Sicherheitsmodulen gespeichert. Der Zugriff unserer Mitarbeitenden auf Protokolldaten ist rollenbasiert beschränkt und wird protokolliert.

Sicherheitsvorfälle, die personenbezogene Daten betreffen, melden wir der zuständigen Aufsichtsbehörde innerhalb von 72 Stunden und informieren betroffene Kunden unverzüglich, damit diese ihren eigenen Meldepflichten nachkommen können. Regelmäßige Penetrationstests durch externe Prüfer ergänzen unsere internen Kontrollen.

## 10. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Dienste oder die Rechtslage ändern. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung."""

EDITS = [
    {"note": "edge access-log retention 7 -> 14 days (table row)",
     "repl": [("| Zugriffsprotokolle der Edge-Server | 7 Tage |", "| Zugriffsprotokolle der Edge-Server | 14 Tage |")]},
    {"note": "phone number changed",
     "repl": [("@ Telefon: +49 69 2578 3300", "@ Telefon: +49 69 9675 1200")]},
    {"note": "new section on bot management added after CDN processing",
     "repl": [("## 5. Speicherdauer", "## 5. Bot-Erkennung\n\nWenn ein Kunde unser Bot-Management aktiviert, berechnen unsere Edge-Server aus Merkmalen der Verbindung (zum Beispiel TLS-Handshake, Header-Reihenfolge und Anfragefrequenz) einen Wert, der angibt, wie wahrscheinlich eine Anfrage von einem automatisierten Programm stammt. Es werden dabei keine Cookies gesetzt und keine Profile über einzelne Personen gebildet. Der Wert wird nur für die Dauer der Anfrage und in den Sicherheitsereignissen gespeichert.\n\n## 6. Speicherdauer"),
              ("## 6. Empfänger und Unterauftragsverarbeiter", "## 7. Empfänger und Unterauftragsverarbeiter"),
              ("## 7. Übermittlung in Drittländer", "## 8. Übermittlung in Drittländer"),
              ("## 8. Ihre Rechte", "## 9. Ihre Rechte"), ("## 9. Sicherheit", "## 10. Sicherheit"),
              ("## 10. Änderungen dieser", "## 11. Änderungen dieser")]},
    {"note": "words inserted in the security section ('den ... unserer Kunden')",
     "repl": [("zwischen Edge-Servern und Ursprungsservern sind verschlüsselt",
               "zwischen Edge-Servern und den Ursprungsservern unserer Kunden sind verschlüsselt")]},
    {"note": "EU Data Privacy Framework added as transfer basis (sentence changed)",
     "repl": [("stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission.",
               "stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission oder, bei Empfängern in den USA, auf deren Zertifizierung nach dem EU-U.S. Data Privacy Framework.")]},
]

SUBPROC = [
    (dt.date(2021, 3, 1), "Hetzner Online GmbH", "Rechenzentrumsbetrieb (Falkenstein, Nürnberg)", "Deutschland"),
    (dt.date(2021, 3, 1), "Equinix (Germany) GmbH", "Colocation Frankfurt FR5", "Deutschland"),
    (dt.date(2021, 9, 14), "Stripe Payments Europe Ltd.", "Zahlungsabwicklung", "Irland"),
    (dt.date(2022, 1, 20), "Zendesk Inc.", "Kundensupport", "EU (Datenhaltung in Frankfurt)"),
    (dt.date(2023, 2, 6), "Datadog Inc.", "Monitoring der Infrastruktur", "EU (Frankfurt)"),
    (dt.date(2023, 10, 2), "Cyxtera / Interxion Deutschland GmbH", "Colocation Frankfurt FRA8", "Deutschland"),
    (dt.date(2024, 4, 15), "Equinix Singapore Pte. Ltd.", "PoP Singapur", "Singapur"),
    (dt.date(2024, 11, 4), "Postmark (ActiveCampaign LLC)", "Transaktions-E-Mails", "USA"),
]

POPS = [
    (dt.date(2020, 1, 1), "Frankfurt"), (dt.date(2020, 1, 1), "Amsterdam"), (dt.date(2020, 1, 1), "Paris"),
    (dt.date(2020, 1, 1), "Wien"), (dt.date(2020, 1, 1), "Zürich"), (dt.date(2020, 1, 1), "Warschau"),
    (dt.date(2020, 1, 1), "London"), (dt.date(2022, 11, 1), "Stockholm"), (dt.date(2023, 5, 1), "Madrid"),
    (dt.date(2023, 9, 1), "Mailand"), (dt.date(2024, 4, 15), "Singapur"), (dt.date(2024, 8, 1), "New York"),
    (dt.date(2025, 1, 10), "Hamburg"),
]

STATUS = [("operational", "Alle Systeme betriebsbereit", "bg-emerald-500")] * 6 + [
    ("degraded", "Eingeschränkte Leistung in Frankfurt", "bg-amber-500"),
    ("maintenance", "Geplante Wartung: Warschau", "bg-sky-500"),
    ("partial", "Teilweise Störung: Kundenportal", "bg-orange-500")]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "build": C.keep_or(rng, prev.get("build"), 0.55, lambda: C.alnum(rng, 21)),
        "rps": round(rng.uniform(1.6, 3.4), 2),
        "hit": round(rng.uniform(93.0, 97.9), 1),
        "status": C.keep_or(rng, prev.get("status"), 0.5, lambda: rng.randrange(len(STATUS))),
        "rid": C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
    }


LABELS = {"build": "Next.js buildId and chunk hashes", "rps": "live requests/s counter in the hero",
          "hit": "live cache-hit ratio in the hero", "status": "status-page badge in the footer",
          "rid": "React useId ids of the tabs"}


def _h(b):
    return C.block_html(b)


def render(s, blocks, when):
    b = s["build"]
    hh = lambda tag: C.det_sha(b, tag)[:16]
    rid = s["rid"]
    article = "".join(_h(x) for x in blocks)
    rows = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (n, p, l, d.strftime("%d.%m.%Y"))
                   for d, n, p, l in SUBPROC if d <= when.date())
    pops = "".join('<li class="flex items-center gap-1.5"><span class="h-1.5 w-1.5 rounded-full bg-emerald-500"></span>%s</li>' % n
                   for d, n in POPS if d <= when.date())
    npops = sum(1 for d, n in POPS if d <= when.date())
    st = STATUS[s["status"]]
    rps = ("%.2f" % s["rps"]).replace(".", ",")
    hit = ("%.1f" % s["hit"]).replace(".", ",")
    next_data = json.dumps({"props": {"pageProps": {"slug": "datenschutz", "locale": "de"}, "__N_SSG": True},
                            "page": "/rechtliches/[slug]", "query": {"slug": "datenschutz"}, "buildId": b,
                            "isFallback": False, "gsp": True, "locale": "de", "locales": ["de", "en"],
                            "defaultLocale": "de", "scriptLoader": []}, separators=(",", ":"))
    return ('<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>Datenschutzerklärung | Kantenwerk</title><meta name="description" content="Wie Kantenwerk personenbezogene Daten verarbeitet."/>'
            '<link rel="alternate" hrefLang="en" href="https://www.kantenwerk.de/en/legal/privacy"/>'
            '<meta name="next-head-count" content="6"/>'
            '<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>'
            '<link rel="preload" href="/_next/static/css/%(css)s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%(css)s.css" data-n-g=""/>'
            '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>'
            '<script src="/_next/static/chunks/webpack-%(wp)s.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script>'
            '<script src="/_next/static/chunks/main-%(main)s.js" defer=""></script><script src="/_next/static/chunks/pages/_app-%(app)s.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/rechtliches/%%5Bslug%%5D-%(pg)s.js" defer=""></script>'
            '<script src="/_next/static/%(b)s/_buildManifest.js" defer=""></script><script src="/_next/static/%(b)s/_ssgManifest.js" defer=""></script>'
            '<script defer data-domain="kantenwerk.de" src="https://plausible.io/js/script.js"></script></head>'
            '<body><div id="__next"><div class="flex min-h-screen flex-col bg-white text-slate-900">'
            '<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6 lg:px-8">'
            '<a class="flex items-center gap-2" href="/"><img alt="Kantenwerk" loading="lazy" width="148" height="28" decoding="async" data-nimg="1" style="color:transparent" src="/logo.svg"/></a>'
            '<nav class="hidden gap-8 text-sm font-medium md:flex"><a href="/cdn">CDN</a><a href="/sicherheit">DDoS &amp; WAF</a><a href="/storage">Edge Storage</a><a href="/preise">Preise</a><a href="/netzwerk">Netzwerk</a><a href="https://docs.kantenwerk.de">Doku</a></nav>'
            '<div class="flex items-center gap-3"><a class="text-sm" href="https://portal.kantenwerk.de/login">Anmelden</a><a class="rounded-md bg-orange-600 px-3 py-2 text-sm font-semibold text-white" href="https://portal.kantenwerk.de/signup">Kostenlos testen</a></div></div></header>'
            '<main class="flex-1"><section class="border-b border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">'
            '<p class="text-sm font-semibold uppercase tracking-wide text-orange-600">Rechtliches</p>'
            '<div class="mt-4 flex flex-wrap gap-6 text-sm text-slate-600" aria-live="polite"><span class="live-stat"><span class="font-mono text-lg font-semibold text-slate-900">%(rps)s Mio.</span> Anfragen/s gerade im Netz</span>'
            '<span class="live-stat"><span class="font-mono text-lg font-semibold text-slate-900">%(hit)s&nbsp;%%</span> Cache-Trefferquote</span>'
            '<span class="live-stat"><span class="font-mono text-lg font-semibold text-slate-900">%(npops)d</span> Standorte</span></div></div></section>'
            '<div class="mx-auto max-w-4xl px-4 py-12 sm:px-6 lg:px-8">'
            '<div class="flex gap-2 border-b border-slate-200" role="tablist" aria-orientation="horizontal">'
            '<button class="border-b-2 border-orange-600 px-4 py-2 text-sm font-semibold" id="headlessui-tabs-tab-:%(rid)s1:" role="tab" type="button" aria-selected="true" tabindex="0" data-headlessui-state="selected" aria-controls="headlessui-tabs-panel-:%(rid)s3:">Datenschutzerklärung</button>'
            '<button class="border-b-2 border-transparent px-4 py-2 text-sm text-slate-500" id="headlessui-tabs-tab-:%(rid)s2:" role="tab" type="button" aria-selected="false" tabindex="-1" data-headlessui-state="" aria-controls="headlessui-tabs-panel-:%(rid)s4:">Unterauftragsverarbeiter</button></div>'
            '<div class="mt-8"><div id="headlessui-tabs-panel-:%(rid)s3:" role="tabpanel" tabindex="0" data-headlessui-state="selected" aria-labelledby="headlessui-tabs-tab-:%(rid)s1:">'
            '<article id="datenschutzerklaerung" class="prose prose-slate max-w-none lg:prose-lg prose-headings:scroll-mt-24 prose-a:text-orange-700">%(article)s</article></div>'
            '<div id="headlessui-tabs-panel-:%(rid)s4:" role="tabpanel" tabindex="-1" hidden="" style="display:none" data-headlessui-state="" aria-labelledby="headlessui-tabs-tab-:%(rid)s2:">'
            '<div class="not-prose"><h2 class="text-2xl font-bold">Unterauftragsverarbeiter</h2><p class="mt-2 text-sm text-slate-600">Stand dieser Liste: %(asof)s. Kunden mit AV-Vertrag können Änderungen im Portal abonnieren.</p>'
            '<table class="mt-6 w-full text-left text-sm"><thead><tr><th>Unternehmen</th><th>Zweck</th><th>Standort</th><th>Seit</th></tr></thead><tbody>%(rows)s</tbody></table></div></div></div></div></main>'
            '<footer class="border-t border-slate-200 bg-slate-950 text-slate-300"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-12 sm:px-6 md:grid-cols-4 lg:px-8">'
            '<div><img alt="Kantenwerk" loading="lazy" width="148" height="28" decoding="async" data-nimg="1" style="color:transparent" src="/logo-white.svg"/>'
            '<a href="https://status.kantenwerk.de" class="mt-4 inline-flex items-center gap-2 rounded-full border border-slate-700 px-3 py-1 text-xs" data-status="%(stk)s"><span class="h-2 w-2 rounded-full %(stc)s"></span>%(stt)s</a></div>'
            '<div><h3 class="text-sm font-semibold text-white">Netzwerk</h3><ul class="mt-3 grid grid-cols-2 gap-1 text-sm">%(pops)s</ul></div>'
            '<div><h3 class="text-sm font-semibold text-white">Unternehmen</h3><ul class="mt-3 space-y-1 text-sm"><li><a href="/ueber-uns">Über uns</a></li><li><a href="/karriere">Karriere</a></li><li><a href="/presse">Presse</a></li></ul></div>'
            '<div><h3 class="text-sm font-semibold text-white">Rechtliches</h3><ul class="mt-3 space-y-1 text-sm"><li><a href="/rechtliches/impressum">Impressum</a></li><li><a href="/rechtliches/datenschutz">Datenschutz</a></li><li><a href="/rechtliches/agb">AGB</a></li><li><a href="/rechtliches/avv">AV-Vertrag</a></li></ul></div>'
            '</div><p class="border-t border-slate-800 py-6 text-center text-xs text-slate-500">© %(year)d Kantenwerk GmbH · Made in Frankfurt</p></footer></div></div>'
            '<script id="__NEXT_DATA__" type="application/json">%(nd)s</script></body></html>'
            ) % dict(css=hh("css"), wp=hh("wp"), main=hh("main"), app=hh("app"), pg=hh("pg"), b=b, rps=rps, hit=hit,
                     npops=npops, rid=rid, article=article, rows=rows, pops=pops, stk=st[0], stc=st[2], stt=st[1],
                     year=when.year, nd=next_data,
                     asof=fmt_date(max(d for d, *_ in SUBPROC if d <= when.date())))


PAGE = {
    "service": "Kantenwerk",
    "url": URL,
    "lang": "de",
    "platform": "Next.js 13 pages router (SSG) + Tailwind typography + Headless UI tabs, on Vercel",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Vercel-Cache", "HIT"), ("X-Powered-By", "Next.js"),
                      ("Strict-Transport-Security", "max-age=63072000")],
    "n": 32,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#datenschutzerklaerung"},
}
