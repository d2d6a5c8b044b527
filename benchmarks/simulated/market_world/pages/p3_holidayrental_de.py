"""Hüttenzeit (holiday-rental platform, Hamburg) - de-DE - Nuxt 3 SSR over Contentful (rich text), Usercentrics.

The Datenschutzerklärung is a Contentful "legalPage" entry rendered by Nuxt: Vue scoped-style attributes
(data-v-xxxxxxxx) on every element change with each deploy, the page's toolbar has "Drucken" and "PDF herunterladen"
(a Contentful asset URL whose hash changes when a new PDF is uploaded) and under the text a "Frühere Versionen" list
that grows by the previous date whenever a dated new version is published. Both sit inside the document container,
so the curator removes them. window.__NUXT__ carries the entry (sys.revision goes up on every republish, also
without text changes), destination teasers with prices, a Trustpilot badge and a seasonal banner change between
visits.
"""
import datetime as dt
import json
import re
import common as C

URL = "https://www.huettenzeit.de/datenschutz"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Mit dieser Datenschutzerklärung informieren wir Sie darüber, welche personenbezogenen Daten wir verarbeiten, wenn Sie auf huettenzeit.de oder in unserer App eine Ferienunterkunft suchen und buchen oder als Gastgeberin oder Gastgeber eine Unterkunft anbieten, zu welchen Zwecken dies geschieht und welche Rechte Ihnen nach der Datenschutz-Grundverordnung (DSGVO) zustehen.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlich für die Datenverarbeitung ist die Hüttenzeit GmbH, Große Elbstraße 145, 22767 Hamburg, E-Mail: [datenschutz@huettenzeit.de](mailto:datenschutz@huettenzeit.de), vertreten durch die Geschäftsführer Jana Petersen und Malte Brandt.

Unseren Datenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“ oder per E-Mail an [dsb@huettenzeit.de](mailto:dsb@huettenzeit.de).

## 2. Rolle von Hüttenzeit

Hüttenzeit betreibt einen Online-Marktplatz, auf dem Gastgeber Ferienunterkünfte anbieten und Gäste diese buchen. Der Mietvertrag kommt unmittelbar zwischen Gast und Gastgeber zustande. Für die Daten, die wir für den Betrieb des Marktplatzes verarbeiten, sind wir Verantwortlicher; Gastgeber sind für die Verarbeitung der Daten ihrer Gäste nach Übermittlung der Buchung selbst verantwortlich.

## 3. Datenverarbeitung bei Suche und Buchung

Wenn Sie Unterkünfte suchen, verarbeiten wir Ihre Suchangaben (Reiseziel, Zeitraum, Anzahl der Reisenden, Haustiere) sowie technische Daten wie IP-Adresse, Browser und Gerät, um Ihnen passende Ergebnisse anzuzeigen (Art. 6 Abs. 1 lit. b DSGVO).

Bei einer Buchung verarbeiten wir Ihren Namen, Ihre Anschrift, E-Mail-Adresse, Telefonnummer, die Namen und das Alter der Mitreisenden, soweit der Gastgeber dies für die Meldepflicht nach dem Bundesmeldegesetz benötigt, Ihre Nachrichten an den Gastgeber sowie die Zahlungsdaten. Diese Daten benötigen wir zur Vermittlung und Abwicklung der Buchung (Art. 6 Abs. 1 lit. b DSGVO). Wir übermitteln sie an den Gastgeber, damit dieser den Mietvertrag erfüllen kann.

Wenn Sie bei der Buchung eine Reiserücktrittsversicherung abschließen, übermitteln wir Ihren Namen, Ihre Anschrift, die Reisedaten und den Reisepreis an die HanseMerkur Reiseversicherung AG, Hamburg, die als eigenständiger Verantwortlicher den Versicherungsvertrag abschließt. Die Übermittlung erfolgt nur, wenn Sie die Versicherung ausdrücklich auswählen.

Wenn Sie unseren Newsletter abonnieren, verwenden wir Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO) im Double-Opt-in-Verfahren. Wir werten Öffnungs- und Klickraten aus, um den Newsletter zu verbessern. Sie können sich jederzeit über den Link am Ende jeder E-Mail abmelden.

## 4. Gastgeberkonto und Identitätsprüfung

Wenn Sie als Gastgeber eine Unterkunft inserieren, verarbeiten wir Ihre Kontaktdaten, Ihre Bankverbindung, die Angaben zur Unterkunft (Adresse, Fotos, Ausstattung, Preise, Verfügbarkeiten) und, soweit Sie gewerblich vermieten, Ihre Handelsregister- und Umsatzsteuer-Identifikationsnummer.

Zur Überprüfung der Identität laden Sie ein amtliches Ausweisdokument hoch, das unser Dienstleister IDnow GmbH, München, mit einem Foto von Ihnen abgleicht. Das Ergebnis der Prüfung wird uns übermittelt; die Ausweiskopie wird nach Abschluss der Prüfung gelöscht.

## 5. Zahlungsabwicklung

Zahlungen der Gäste werden über die Adyen N.V., Amsterdam, abgewickelt, die die Beträge bis zur Anreise treuhänderisch verwahrt und anschließend an den Gastgeber auszahlt. Adyen ist für die Verarbeitung der Zahlungsdaten eigenständig verantwortlich, soweit sie gesetzliche Pflichten, etwa nach dem Geldwäschegesetz, erfüllt.

Zum Schutz vor Betrug bewerten wir Buchungen anhand von Merkmalen wie Zahlungsart, Gerätedaten, Buchungshistorie und auffälligen Nachrichteninhalten (z. B. Aufforderungen zur Zahlung außerhalb der Plattform). Auffällige Buchungen werden von unserem Trust-&-Safety-Team manuell geprüft, bevor sie bestätigt werden. Rechtsgrundlage ist unser berechtigtes Interesse an einem sicheren Marktplatz (Art. 6 Abs. 1 lit. f DSGVO).

## 6. Bewertungen

Nach Ihrem Aufenthalt können Sie die Unterkunft bewerten. Ihre Bewertung wird mit Ihrem Vornamen, dem Anfangsbuchstaben Ihres Nachnamens und dem Reisemonat veröffentlicht. Wir prüfen Bewertungen vor der Veröffentlichung darauf, ob ihnen eine tatsächliche Buchung zugrunde liegt, und weisen darauf auf der Inseratsseite hin.

## 7. Reihenfolge der Suchergebnisse

Die Reihenfolge der Unterkünfte in den Suchergebnissen richtet sich vor allem nach der Übereinstimmung mit Ihren Suchkriterien, dem Gesamtpreis, den Bewertungen, der Stornierungsquote des Gastgebers und der Qualität des Inserats. Gastgeber können gegen eine höhere Provision eine bessere Platzierung erhalten; solche Inserate kennzeichnen wir mit „Hervorgehoben“.

## 8. Empfänger

Neben den Gastgebern erhalten Ihre Daten nur Dienstleister, die wir sorgfältig ausgewählt und nach Art. 28 DSGVO vertraglich verpflichtet haben, etwa für Hosting (Amazon Web Services EMEA SARL, Rechenzentrum Frankfurt am Main), Kundenservice (Zendesk), Content-Verwaltung (Contentful GmbH, Berlin) und den Versand von E-Mails. Behörden erhalten Daten nur, wenn wir hierzu gesetzlich verpflichtet sind.

## 9. Übermittlung in Drittländer

Soweit Dienstleister Daten in den USA verarbeiten, stützen wir die Übermittlung auf Standardvertragsklauseln nach Art. 46 Abs. 2 lit. c DSGVO und treffen, soweit erforderlich, zusätzliche Schutzmaßnahmen wie eine Verschlüsselung der Daten.

## 10. Speicherdauer

Buchungsdaten speichern wir für die Dauer der gesetzlichen Aufbewahrungsfristen nach § 147 AO und § 257 HGB, also bis zu zehn Jahre. Nachrichten zwischen Gästen und Gastgebern löschen wir drei Jahre nach dem Ende der Reise. Ihr Kundenkonto löschen wir, wenn Sie es schließen oder es drei Jahre lang nicht genutzt haben.

## 11. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

**Widerspruchsrecht:** Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie der Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (Art. 21 DSGVO). Der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.

Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit, Ludwig-Erhard-Straße 22, 20459 Hamburg.

## 12. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Datenverarbeitung oder die Rechtslage ändert. Frühere Fassungen können Sie unten auf dieser Seite abrufen.
"""

EDITS = [
    {"note": "identity verification provider changed from IDnow to Veriff; selfie check wording (silent, no new Stand)", "bump": False,
     "repl": [("das unser Dienstleister IDnow GmbH, München, mit einem Foto von Ihnen abgleicht.",
               "das unser Dienstleister Veriff OÜ, Tallinn (Estland), mit einem Selfie-Video von Ihnen abgleicht.")]},
    {"note": "section 2 typo fix 'Gastgeber sind ... selbst verantwortlich' -> 'eigenständig verantwortlich' (silent)", "bump": False,
     "repl": [("nach Übermittlung der Buchung selbst verantwortlich.", "nach Übermittlung der Buchung eigenständig verantwortlich.")]},
    {"note": "new section on DAC7 / Plattformen-Steuertransparenzgesetz: reporting hosts' income to the Bundeszentralamt für Steuern",
     "repl": [("## 6. Bewertungen",
               "## 6. Meldungen an die Finanzverwaltung\n\n"
               "Nach dem Plattformen-Steuertransparenzgesetz (PStTG), mit dem Deutschland die Richtlinie (EU) 2021/514 (DAC7) umgesetzt hat, sind wir verpflichtet, bestimmte Angaben über Gastgeber an das Bundeszentralamt für Steuern zu melden. Dazu gehören Name, Anschrift, Geburtsdatum, Steueridentifikationsnummer, Bankverbindung, die Adresse jeder vermieteten Unterkunft sowie die im Kalenderjahr gezahlten Vergütungen und einbehaltenen Provisionen. Die Daten werden bis zum 31. Januar des Folgejahres gemeldet und zehn Jahre aufbewahrt. Rechtsgrundlage ist Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit §§ 13 ff. PStTG.\n\n"
               "## 7. Bewertungen"),
              ("## 7. Reihenfolge", "## 8. Reihenfolge"), ("## 8. Empfänger", "## 9. Empfänger"),
              ("## 9. Übermittlung", "## 10. Übermittlung"), ("## 10. Speicherdauer", "## 11. Speicherdauer"),
              ("## 11. Ihre Rechte", "## 12. Ihre Rechte"), ("## 12. Änderungen", "## 13. Änderungen")]},
    {"note": "Digital Services Act update: traders' traceability paragraph (Art. 30 DSA) in the hosts section; personalised ranking / recommender system explained (Art. 27 DSA) with opt-out",
     "repl": [("Zur Überprüfung der Identität laden Sie",
               "Gewerbliche Gastgeber sind Unternehmer im Sinne von Art. 30 der Verordnung (EU) 2022/2065 (Digital Services Act). Wir sind verpflichtet, ihre Identität vor der Freischaltung zu überprüfen und die Angaben zu Name, Anschrift, Telefonnummer, E-Mail-Adresse und Registernummer auf der Inseratsseite anzuzeigen.\n\nZur Überprüfung der Identität laden Sie"),
              ("solche Inserate kennzeichnen wir mit „Hervorgehoben“.",
               "solche Inserate kennzeichnen wir mit „Hervorgehoben“.\n\n"
               "Wenn Sie eingeloggt sind, berücksichtigen wir zusätzlich Ihre früheren Suchen, angesehenen Unterkünfte und Buchungen, um Ihnen unter „Für Sie ausgewählt“ ähnliche Unterkünfte vorzuschlagen (Art. 27 DSA). Sie können diese personalisierte Sortierung in Ihrem Konto unter „Einstellungen > Privatsphäre“ abschalten; die Ergebnisse werden dann ausschließlich nach den oben genannten Kriterien sortiert.")]},
    {"note": "retention: messages kept 2 years instead of 3; inactive accounts deleted after 2 years with notice",
     "repl": [("Nachrichten zwischen Gästen und Gastgebern löschen wir drei Jahre nach dem Ende der Reise. Ihr Kundenkonto löschen wir, wenn Sie es schließen oder es drei Jahre lang nicht genutzt haben.",
               "Nachrichten zwischen Gästen und Gastgebern löschen wir zwei Jahre nach dem Ende der Reise. Ihr Kundenkonto löschen wir, wenn Sie es schließen oder es zwei Jahre lang nicht genutzt haben; vorher erinnern wir Sie per E-Mail.")]},
    {"note": "transfers: EU-US Data Privacy Framework adequacy decision added as basis (silent, no new Stand)", "bump": False,
     "repl": [("stützen wir die Übermittlung auf Standardvertragsklauseln nach Art. 46 Abs. 2 lit. c DSGVO und treffen",
               "stützen wir die Übermittlung auf den Angemessenheitsbeschluss der Europäischen Kommission zum EU-US Data Privacy Framework oder, wo dieser nicht greift, auf Standardvertragsklauseln nach Art. 46 Abs. 2 lit. c DSGVO und treffen")]},
    {"note": "DPO is now an external DPO (named firm) and the right-to-complain paragraph adds the address of the Hamburg authority's online form",
     "repl": [("Unseren Datenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“ oder per E-Mail an [dsb@huettenzeit.de](mailto:dsb@huettenzeit.de).",
               "Als externen Datenschutzbeauftragten haben wir die Nordlicht Datenschutz GmbH, Ballindamm 3, 20095 Hamburg, benannt. Sie erreichen ihn per E-Mail an [dsb@huettenzeit.de](mailto:dsb@huettenzeit.de)."),
              ("Ludwig-Erhard-Straße 22, 20459 Hamburg.",
               "Ludwig-Erhard-Straße 22, 20459 Hamburg, [www.datenschutz-hamburg.de](https://datenschutz-hamburg.de).")]},
]

OLD_VERSIONS = [dt.date(2019, 5, 2), dt.date(2020, 2, 17)]
DESTS = [("Ostsee", 89), ("Nordsee", 94), ("Allgäu", 112), ("Harz", 76), ("Schwarzwald", 98), ("Bayerischer Wald", 71),
         ("Mecklenburgische Seenplatte", 83), ("Sylt", 189), ("Südtirol", 121), ("Gardasee", 134)]
_SEEN = []


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.35, lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.alnum(rng, 8)))
    rev = (prev.get("entry") or (37, when))[0]
    s["entry"] = (rev + rng.choice([0, 0, 1, 2]), when) if prev else (rev, when)
    s["teasers"] = C.keep_or(rng, prev.get("teasers"), 0.7,
                             lambda: tuple((k, DESTS[k][1] + rng.randint(-9, 14)) for k in rng.sample(range(len(DESTS)), 4)))
    s["trust"] = ("4,%d" % rng.choice([5, 6, 6, 7]), 12000 + (when - dt.datetime(2021, 1, 1)).days * 9 + rng.randint(0, 30))
    s["season"] = ("Frühbucher-Rabatt: bis zu 15 % auf Sommerreisen" if when.month in (1, 2, 3)
                   else "Last-Minute-Angebote für die Herbstferien" if when.month in (8, 9, 10)
                   else "Jetzt Weihnachten in der Hütte sichern" if when.month in (11, 12) else None)
    s["uc"] = C.uuid4(rng)
    return s


LABELS = {
    "deploy": "Nuxt build (/_nuxt/ asset hashes, Vue scoped data-v attributes on every element)",
    "entry": "Contentful entry sys.revision / fetch time in window.__NUXT__",
    "teasers": "'Beliebte Reiseziele' teasers with prices",
    "trust": "Trustpilot badge (score, review count)",
    "season": "seasonal banner",
    "uc": "Usercentrics controller id",
}

STAND = re.compile(r"^Stand: (.+)$")


def render(s, blocks, when):
    h_app, h_page, css = s["deploy"]
    dv = 'data-v-%s=""' % h_page
    dva = 'data-v-%s=""' % h_app
    # the version list: dates this page has shown before (kept across captures of one build)
    cur = next(STAND.match(b[1]).group(1) for b in blocks if b[0] == "p" and STAND.match(b[1]))
    if _SEEN and _SEEN[-1][0] > when:
        del _SEEN[:]
    if not _SEEN or _SEEN[-1][1] != cur:
        _SEEN.append((when, cur))
    older = [fmt_date(d) for d in OLD_VERSIONS] + [x[1] for x in _SEEN[:-1]]

    def num(label):
        d, m, y = label.split(" ")
        return "%02d.%02d.%s" % (int(d[:-1]), MONATE.index(m) + 1, y)
    pdf_hash = C.det_sha("pdf", cur)[:32]
    body = "".join(re.sub(r"^<(\w+)", r"<\1 " + dv, C.block_html(b), count=1) for b in blocks)
    toolbar = ('<div %s class="legal-actions"><button %s type="button" class="btn btn--ghost" onclick="window.print()">'
               '<svg %s class="icon"><use href="#icon-print"></use></svg>Drucken</button>'
               '<a %s class="btn btn--ghost" href="https://assets.ctfassets.net/k3n9wq0t2x1m/5Ys7d0kLq8Pz3fGh2aR1bN/%s/Datenschutzerklaerung_Huettenzeit.pdf" target="_blank" rel="noopener" download>'
               'PDF herunterladen</a></div>' % (dv, dv, dv, dv, pdf_hash))
    versions = ('<div %s class="legal-versions"><h2 %s class="legal-versions__title">Frühere Versionen</h2><ul %s>%s</ul></div>'
                % (dv, dv, dv, "".join('<li %s><a %s href="/datenschutz/archiv/%s">Fassung vom %s</a></li>'
                                       % (dv, dv, "-".join(reversed(num(x).split("."))), num(x)) for x in reversed(older))))
    teasers = "".join('<a %s class="teaser-card" href="/ferienhaeuser/%s"><span %s class="teaser-card__title">%s</span>'
                      '<span %s class="teaser-card__price">ab %d € / Nacht</span></a>'
                      % (dva, DESTS[k][0].lower().replace(" ", "-").replace("ä", "ae").replace("ü", "ue"), dva, DESTS[k][0], dva, p)
                      for k, p in s["teasers"])
    banner = ('<div %s class="promo-banner"><a %s href="/angebote">%s</a></div>' % (dva, dva, s["season"])) if s["season"] else ""
    tp, tn = s["trust"]
    header = ('%s<header %s class="site-header"><a %s href="/" class="site-header__logo" aria-label="Hüttenzeit Startseite"></a>'
              '<nav %s class="site-header__nav"><a %s href="/ferienhaeuser">Ferienhäuser</a><a %s href="/ferienwohnungen">Ferienwohnungen</a>'
              '<a %s href="/gastgeber-werden">Gastgeber werden</a><a %s href="/merkliste">Merkliste</a><a %s href="/login">Anmelden</a></nav></header>'
              % (banner, dva, dva, dva, dva, dva, dva, dva, dva))
    main = ('<main %s class="legal-page"><nav %s class="breadcrumb" aria-label="Brotkrumen"><a %s href="/">Startseite</a> › <span %s>Datenschutz</span></nav>'
            '<article %s class="legal-document">%s<div %s class="legal-document__body rich-text">%s</div>%s</article></main>'
            % (dv, dv, dv, dv, dv, toolbar, dv, body, versions))
    aside = ('<section %s class="popular-destinations"><h2 %s>Beliebte Reiseziele</h2><div %s class="teaser-grid">%s</div></section>'
             % (dva, dva, dva, teasers))
    footer = ('<footer %s class="site-footer"><div %s class="trustpilot-widget" data-locale="de-DE" data-template-id="5419b6a8b0d04a076446a9ad">'
              'Hervorragend %s von 5 · %s Bewertungen auf Trustpilot</div>'
              '<ul %s><li><a %s href="/impressum">Impressum</a></li><li><a %s href="/agb">AGB</a></li><li><a %s href="/datenschutz">Datenschutz</a></li>'
              '<li><a %s href="#uc-central-modal-show">Cookie-Einstellungen</a></li><li><a %s href="/dsa">Digital Services Act</a></li></ul>'
              '<p %s>© %d Hüttenzeit GmbH</p></footer>'
              % (dva, dva, tp, "{:,}".format(tn).replace(",", "."), dva, dva, dva, dva, dva, dva, dva, when.year))
    rev, _ = s["entry"]
    entry = {"sys": {"id": "5Ys7d0kLq8Pz3fGh2aR1bN", "type": "Entry", "revision": rev,
                     "updatedAt": (when - dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                     "contentType": {"sys": {"id": "legalPage"}}, "locale": "de-DE"},
             "fields": {"slug": "datenschutz", "title": blocks[0][1], "stand": cur,
                        "previousVersions": [num(x) for x in older]}}
    nuxt = {"serverRendered": True, "config": {"public": {"contentfulSpace": "k3n9wq0t2x1m", "buildId": css}},
            "data": {"legal-datenschutz": entry}, "state": {"$sconsent": {"ucId": s["uc"]}}}
    return ('<!DOCTYPE html><html lang="de" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>Datenschutzerklärung | Hüttenzeit</title><link rel="canonical" href="%s">'
            '<link rel="stylesheet" href="/_nuxt/entry.%s.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.%s.js">'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/datenschutz.%s.js">'
            '<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="Xk2p9_Qw7" async></script>'
            '</head><body><div id="__nuxt"><div %s class="layout">%s%s%s%s</div></div><div id="teleports"></div>'
            '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>'
            '<script type="module" src="/_nuxt/entry.%s.js" crossorigin></script></body></html>'
            % (URL, css, h_app, h_page, dva, header, main, aside, footer,
               json.dumps(nuxt, ensure_ascii=False).replace("</", "<\\/"), h_app))


PAGE = {
    "service": "Hüttenzeit", "url": URL, "lang": "de-DE", "platform": "Nuxt 3 + Contentful",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("x-powered-by", "Nuxt"), ("x-vercel-cache", "MISS")),
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-document"], "remove": [".legal-actions", ".legal-versions"]},
}
