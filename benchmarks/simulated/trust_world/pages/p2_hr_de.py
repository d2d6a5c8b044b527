"""Kadenz (München) - de-DE - HR/Personalverwaltung für KMU, Website auf Framer: Hero mit H1, RichTextContainer,
Logo-Ticker (Framer Ticker, Position zur Aufnahmezeit), G2-Badges mit Bewertungszahl, A/B-getesteter "Demo
buchen"-Button, Intercom-Launcher, Usercentrics; jede Veröffentlichung ändert Framer-Bundles und released-at."""
import datetime as dt
import common as C

URL = "https://www.kadenz.hr/datenschutz"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Mit dieser Datenschutzerklärung informieren wir Sie nach Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir beim Besuch unserer Website www.kadenz.hr, bei Demo-Anfragen, im Live-Chat, beim Newsletter-Versand und im Bewerbungsverfahren verarbeiten. Für die Verarbeitung von Beschäftigtendaten in der Kadenz-Software durch unsere Kunden gilt Abschnitt 10.

## 1. Verantwortlicher

@ Kadenz Software GmbH
@ Leopoldstraße 244
@ 80807 München
@ Telefon: +49 89 2153 8870
@ E-Mail: [privacy@kadenz.hr](mailto:privacy@kadenz.hr)

Vertreten durch die Geschäftsführer Jana Albrecht und Felix Wendt. Registergericht: Amtsgericht München, HRB 265432.

## 2. Datenschutzbeauftragter

Wir haben einen externen Datenschutzbeauftragten benannt. Sie erreichen ihn unter:

@ Dr. Katrin Lorenz, lorenz datenschutz GmbH
@ Sendlinger Straße 7, 80331 München
@ [dsb@lorenz-datenschutz.de](mailto:dsb@lorenz-datenschutz.de)

## 3. Rechtsgrundlagen

Soweit wir für Verarbeitungsvorgänge eine Einwilligung einholen, ist Art. 6 Abs. 1 lit. a DSGVO die Rechtsgrundlage. Verarbeitungen, die zur Erfüllung eines Vertrages oder zur Durchführung vorvertraglicher Maßnahmen erforderlich sind, stützen wir auf Art. 6 Abs. 1 lit. b DSGVO, Verarbeitungen zur Erfüllung rechtlicher Pflichten auf Art. 6 Abs. 1 lit. c DSGVO. Ist die Verarbeitung zur Wahrung unserer berechtigten Interessen erforderlich und überwiegen Ihre Interessen nicht, ist Art. 6 Abs. 1 lit. f DSGVO die Rechtsgrundlage.

## 4. Bereitstellung der Website und Server-Logfiles

Unsere Website wird bei Framer B.V., Rozengracht 207B, 1016 LZ Amsterdam, Niederlande, gehostet. Bei jedem Aufruf werden automatisch Informationen erfasst, die Ihr Browser übermittelt: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, Referrer-URL, Browsertyp und Betriebssystem. Diese Daten sind technisch erforderlich, um die Website auszuliefern und ihre Sicherheit zu gewährleisten (Art. 6 Abs. 1 lit. f DSGVO). Die Logfiles werden nach 14 Tagen gelöscht. Mit Framer besteht ein Vertrag über die Auftragsverarbeitung.

## 5. Cookies und Einwilligungsverwaltung

Wir setzen technisch notwendige Cookies ein, ohne die unsere Website nicht funktioniert. Alle anderen Cookies und vergleichbaren Technologien nutzen wir nur mit Ihrer Einwilligung nach § 25 Abs. 1 TTDSG in Verbindung mit Art. 6 Abs. 1 lit. a DSGVO. Ihre Einwilligung verwalten wir mit der Consent-Management-Plattform der Usercentrics GmbH, Sendlinger Straße 7, 80331 München. Dabei werden Ihre Einwilligungsentscheidung, eine pseudonyme Nutzer-ID und der Zeitpunkt der Entscheidung gespeichert. Sie können Ihre Einwilligung jederzeit über den Link „Privatsphäre-Einstellungen“ im Footer widerrufen.

## 6. Webanalyse mit Google Analytics

Mit Ihrer Einwilligung nutzen wir Google Analytics 4, einen Dienst der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland. Google Analytics verwendet Cookies, die eine Analyse Ihrer Nutzung unserer Website ermöglichen. IP-Adressen werden in der EU gekürzt und nicht gespeichert. Eine Übermittlung an Google LLC in den USA kann nicht ausgeschlossen werden; sie erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission. Die Daten werden nach 14 Monaten gelöscht.

## 7. Demo-Anfragen und Kontaktformular

Wenn Sie eine Demo buchen oder uns über das Kontaktformular schreiben, verarbeiten wir Ihren Namen, Ihre geschäftliche E-Mail-Adresse, Ihr Unternehmen, die Anzahl der Mitarbeitenden und Ihre Nachricht, um Ihre Anfrage zu beantworten und einen Termin zu vereinbaren (Art. 6 Abs. 1 lit. b DSGVO). Formulare und unser CRM betreiben wir mit HubSpot, einem Dienst der HubSpot Ireland Ltd., 1 Sir John Rogerson's Quay, Dublin 2, Irland. Termine werden über den HubSpot-Meetings-Kalender vereinbart. Ihre Daten werden gelöscht, wenn innerhalb von 24 Monaten kein Vertrag zustande kommt, sofern keine gesetzlichen Aufbewahrungspflichten bestehen.

## 8. Live-Chat

Für unseren Live-Chat nutzen wir Intercom, einen Dienst der Intercom R&D Unlimited Company, 2nd Floor, Stephen Court, 18-21 St. Stephen's Green, Dublin 2, Irland. Der Chat wird erst geladen, wenn Sie in den Privatsphäre-Einstellungen eingewilligt haben. Wir verarbeiten die Inhalte Ihrer Nachrichten, Ihren Namen und Ihre E-Mail-Adresse, sofern Sie diese angeben. Chatverläufe löschen wir nach 12 Monaten.

## 9. Newsletter

Unseren Newsletter mit Produkt-Updates und Tipps zur Personalarbeit versenden wir nur mit Ihrer Einwilligung im Double-Opt-in-Verfahren (Art. 6 Abs. 1 lit. a DSGVO). Für den Versand nutzen wir Mailchimp, einen Dienst der Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043, USA. Wir werten aus, ob ein Newsletter geöffnet und welche Links angeklickt wurden. Sie können den Newsletter jederzeit über den Abmeldelink in jeder E-Mail abbestellen.

## 10. Nutzung der Kadenz-Software

Wenn unsere Kunden die Kadenz-Software zur Personalverwaltung, Abwesenheitsplanung und Lohnvorbereitung einsetzen, verarbeiten wir Beschäftigtendaten ausschließlich im Auftrag unserer Kunden nach Art. 28 DSGVO. Verantwortlicher ist in diesem Fall der jeweilige Arbeitgeber; Grundlage ist unser [Auftragsverarbeitungsvertrag (AVV)](/legal/avv). Die Kadenz-Software wird ausschließlich in Rechenzentren der Amazon Web Services EMEA SARL in Frankfurt am Main betrieben. Eine aktuelle Liste unserer Unterauftragsverarbeiter finden Sie im [Trust Center](https://trust.kadenz.hr).

Für die Verwaltung der Kundenkonten, die Abrechnung und den Support verarbeiten wir die Kontaktdaten der Ansprechpersonen unserer Kunden zur Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO).

## 11. Bewerbungen

Bewerbungsunterlagen, die Sie uns über unsere Karriereseite senden, verarbeiten wir zur Durchführung des Bewerbungsverfahrens auf Grundlage von § 26 Abs. 1 BDSG. Kommt kein Arbeitsverhältnis zustande, löschen wir Ihre Unterlagen sechs Monate nach Abschluss des Verfahrens, es sei denn, Sie haben in eine längere Speicherung für unseren Talentpool eingewilligt.

## 12. Übermittlung in Drittländer

Soweit wir Dienstleister mit Sitz außerhalb des Europäischen Wirtschaftsraums einsetzen oder Dienstleister Daten an Konzerngesellschaften in Drittländern übermitteln, stellen wir ein angemessenes Datenschutzniveau durch die Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO) und ergänzende Maßnahmen sicher.

## 13. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

**Widerspruchsrecht:** Verarbeiten wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO). Der Verarbeitung zu Zwecken der Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.

## 14. Beschwerderecht

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Zuständig für uns ist das Bayerische Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach.

## 15. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitungen oder die Rechtslage ändern. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung.
"""

EDITS = [
    {"note": "web analytics switched from Google Analytics 4 to self-hosted Matomo (consent, no US transfer); section 6 rewritten",
     "repl": [("## 6. Webanalyse mit Google Analytics\n\nMit Ihrer Einwilligung nutzen wir Google Analytics 4, einen Dienst der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland. Google Analytics verwendet Cookies, die eine Analyse Ihrer Nutzung unserer Website ermöglichen. IP-Adressen werden in der EU gekürzt und nicht gespeichert. Eine Übermittlung an Google LLC in den USA kann nicht ausgeschlossen werden; sie erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission. Die Daten werden nach 14 Monaten gelöscht.",
               "## 6. Webanalyse mit Matomo\n\nMit Ihrer Einwilligung nutzen wir die Open-Source-Software Matomo, die wir selbst auf Servern in Frankfurt am Main betreiben. Matomo erfasst aufgerufene Seiten, Verweildauer, Gerätetyp und die um zwei Bytes gekürzte IP-Adresse. Eine Weitergabe an Dritte findet nicht statt. Die Analysedaten werden nach 13 Monaten gelöscht.")]},
    {"note": "applications: legal basis changed from § 26 BDSG to Art. 6(1)(b) GDPR after CJEU C-34/21; talent pool retention 24 months added",
     "repl": [("auf Grundlage von § 26 Abs. 1 BDSG.", "auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO in Verbindung mit Art. 88 DSGVO."),
              ("in eine längere Speicherung für unseren Talentpool eingewilligt.", "in eine längere Speicherung für unseren Talentpool eingewilligt. Im Talentpool speichern wir Ihre Unterlagen höchstens 24 Monate.")]},
    {"note": "external DPO moved offices and changed e-mail (silent edit, Stand not updated)", "bump": False,
     "repl": [("@ Sendlinger Straße 7, 80331 München\n@ [dsb@lorenz-datenschutz.de](mailto:dsb@lorenz-datenschutz.de)",
               "@ Theresienhöhe 12, 80339 München\n@ [kadenz@lorenz-dsb.de](mailto:kadenz@lorenz-dsb.de)")]},
    {"note": "TTDSG renamed TDDDG (May 2024); HubSpot/Intercom US transfers now under the EU-U.S. Data Privacy Framework",
     "repl": [("nach § 25 Abs. 1 TTDSG in Verbindung", "nach § 25 Abs. 1 TDDDG in Verbindung"),
              ("stellen wir ein angemessenes Datenschutzniveau durch die Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO) und ergänzende Maßnahmen sicher.",
               "stützen wir die Übermittlung auf den Angemessenheitsbeschluss der EU-Kommission zum EU-U.S. Data Privacy Framework (Art. 45 DSGVO), sofern der Empfänger zertifiziert ist (dies gilt für HubSpot, Inc. und Intercom, Inc.). In allen anderen Fällen stellen wir ein angemessenes Datenschutzniveau durch die Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO) und ergänzende Maßnahmen sicher.")]},
    {"note": "new AI features (Kadenz Assist on Azure OpenAI, EU Data Boundary, no training) in section 10; newsletter moved from Mailchimp to Brevo",
     "repl": [("Eine aktuelle Liste unserer Unterauftragsverarbeiter finden Sie im [Trust Center](https://trust.kadenz.hr).",
               "Eine aktuelle Liste unserer Unterauftragsverarbeiter finden Sie im [Trust Center](https://trust.kadenz.hr).\n\nAktivieren Kunden die KI-Funktionen von Kadenz Assist (z. B. Entwürfe für Stellenanzeigen und Zeugnisse oder Zusammenfassungen von Feedbackgesprächen), werden die dafür eingegebenen Inhalte an den Azure OpenAI Service der Microsoft Ireland Operations Limited übermittelt und ausschließlich in Rechenzentren innerhalb der EU (EU Data Boundary) verarbeitet. Die Inhalte werden nicht zum Training von KI-Modellen verwendet und nach der Verarbeitung nicht gespeichert. Automatisierte Entscheidungen im Sinne von Art. 22 DSGVO trifft Kadenz Assist nicht."),
              ("Für den Versand nutzen wir Mailchimp, einen Dienst der Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043, USA.",
               "Für den Versand nutzen wir Brevo, einen Dienst der Sendinblue GmbH, Köpenicker Straße 126, 10179 Berlin.")]},
]

LOGOS = ["Bergmann Logistik", "Haus am Wald", "Lindner Bau", "Gasthof Post", "Kita Sonnenschein", "Meyer & Söhne",
         "Optik Fuchs", "Stadtwerke Murnau", "Brauerei Hirsch", "Pflegedienst Kranich", "Autohaus Seidl", "Zahnwerk"]
CTA = ["Demo buchen", "Kostenlose Demo vereinbaren", "Jetzt 14 Tage kostenlos testen"]
GREET = ["Hallo 👋 Fragen zu Kadenz? Wir helfen gern.", "Hi! Möchten Sie eine kurze Produkttour?",
         "Sie suchen eine HR-Software? Schreiben Sie uns."]


def season(d):
    if d.month in (12, 1, 2):
        return "Winter %d" % (d.year + (1 if d.month == 12 else 0))
    return {3: "Frühling", 4: "Frühling", 5: "Frühling", 6: "Sommer", 7: "Sommer", 8: "Sommer"}.get(d.month, "Herbst") + " %d" % d.year


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.45,
                             lambda: ((when - dt.timedelta(hours=rng.randint(2, 200))).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999),
                                      C.alnum(rng, 8), C.alnum(rng, 8), C.hexs(rng, 7)))
    s["ticker"] = "%.2f" % -rng.uniform(0, 2400)
    s["logos"] = C.keep_or(rng, prev.get("logos"), 0.25, lambda: tuple(rng.sample(range(len(LOGOS)), 8)))
    days = (when.date() - dt.date(2021, 1, 1)).days
    s["g2"] = ("4,%d" % (6 if days < 900 else 7), 310 + days + rng.randint(0, 4), season(when.date()))
    s["cta"] = rng.randrange(len(CTA))
    s["chat"] = (rng.random() < 0.7, rng.randrange(len(GREET)))
    return s


LABELS = {
    "publish": "Framer publish (ssr-released-at, module bundle hashes, generator version)",
    "ticker": "logo ticker animation offset at capture time",
    "logos": "customer logos in ticker changed/reordered",
    "g2": "G2 badge season and review count",
    "cta": "A/B variant of the 'Demo buchen' button copy",
    "chat": "Intercom launcher greeting bubble",
}


def render(s, blocks, when):
    rel, site, mod, gen = s["publish"]
    h1, rest = blocks[0], blocks[1:]
    cls = {"h2": "framer-text framer-styles-preset-1wicq5s", "h3": "framer-text framer-styles-preset-ci2ngw",
           "p": "framer-text framer-styles-preset-21ogod", "ul": "framer-text", "ol": "framer-text"}
    body = C.blocks_html(rest, cls, sep="")
    cta = CTA[s["cta"]]
    logos = "".join('<li aria-hidden="%s" style="display:contents"><div class="framer-1c8wl0m" data-framer-name="Logo"><img decoding="async" src="https://framerusercontent.com/images/%s.svg" alt="%s"></div></li>'
                    % ("true" if n >= 4 else "false", C.det_sha("logo", LOGOS[k])[:27], LOGOS[k]) for n, k in enumerate(s["logos"] * 2))
    score, reviews, seas = s["g2"]
    g2 = ('<div class="framer-14l0wm5" data-framer-name="G2 Badges"><a href="https://www.g2.com/products/kadenz/reviews" target="_blank" rel="noopener" class="framer-text">'
          '<img src="https://images.g2crowd.com/uploads/report_medal/image/leader-%s.svg" alt="G2 Leader %s">'
          '<img src="https://images.g2crowd.com/uploads/report_medal/image/easiest-to-use-%s.svg" alt="Easiest To Use %s"></a>'
          '<p class="framer-text">%s/5 aus %s Bewertungen auf G2</p></div>'
          % (seas.split()[1], seas, seas.split()[1], seas, score, "{:,}".format(reviews).replace(",", ".")))
    chat_on, g = s["chat"]
    chat = ('<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite">'
            '<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"><svg viewBox="0 0 28 32"><path d="M28 32s-4.7-1.8-8.5-3.3H3.5C1.6 28.7 0 27.1 0 25.2V3.5C0 1.6 1.6 0 3.5 0h21C26.4 0 28 1.6 28 3.5v17.1V32z"/></svg></div></div>'
            '%s</div>' % ('<div class="intercom-lightweight-app-messenger-preview" role="dialog"><p>%s</p></div>' % GREET[g] if chat_on else ""))
    nav = ('<nav class="framer-1yz2x3k" data-framer-name="Navigation"><a class="framer-1x9kaow framer-lux5qc" href="./" data-framer-page-link-current="false"><img src="https://framerusercontent.com/images/kadenzlogo.svg" alt="Kadenz"></a>'
           '<div class="framer-6v1oqd" data-framer-name="Links"><a class="framer-text" href="./produkt">Produkt</a><a class="framer-text" href="./loesungen">Lösungen</a>'
           '<a class="framer-text" href="./preise">Preise</a><a class="framer-text" href="./kunden">Kunden</a><a class="framer-text" href="./ressourcen">Ressourcen</a></div>'
           '<a class="framer-text" href="https://app.kadenz.hr">Login</a><a class="framer-15hv3pa" data-framer-name="CTA" data-variant="%s" href="./demo"><p class="framer-text">%s</p></a></nav>'
           % (s["cta"], cta))
    main = ('<div class="framer-Ph7rT framer-72rtr7" style="min-height:100vh;width:auto">%s'
            '<section class="framer-1ldqc9k" data-framer-name="Legal Hero"><p class="framer-text framer-styles-preset-kyrqdd">Rechtliches</p><h1 class="framer-text framer-styles-preset-1lgha58" data-styles-preset="mCbN8Gc1s">%s</h1></section>'
            '<section class="framer-1trp0kh" data-framer-name="Legal Body"><div class="framer-1tq8j9n" data-framer-name="Legal Content" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">%s</div></section>'
            '<section class="framer-q8h4sy" data-framer-name="CTA Band"><h2 class="framer-text">Personalarbeit, die einfach läuft.</h2><p class="framer-text">Über 3.000 kleine und mittlere Unternehmen arbeiten mit Kadenz.</p>'
            '<a class="framer-15hv3pa" data-framer-name="CTA" href="./demo"><p class="framer-text">%s</p></a>%s'
            '<section class="framer-b2m9zt" data-framer-name="Logo Ticker"><ul style="display:flex;width:100%%;height:100%%;max-width:100%%;max-height:100%%;place-items:center;margin:0px;padding:0px;list-style-type:none;gap:64px;position:relative;flex-direction:row;will-change:transform;transform:translateX(%spx)">%s</ul></section></section>'
            '<footer class="framer-1jz7kfx" data-framer-name="Footer"><div class="framer-text"><p class="framer-text">© %d Kadenz Software GmbH</p>'
            '<a class="framer-text" href="./impressum">Impressum</a> <a class="framer-text" href="./datenschutz">Datenschutz</a> <a class="framer-text" href="./agb">AGB</a> '
            '<a class="framer-text" href="https://trust.kadenz.hr">Trust Center</a> <a class="framer-text" href="#uc-privacy-settings">Privatsphäre-Einstellungen</a></div>'
            '<div class="framer-1p7lq2m" data-framer-name="Badges"><img src="https://framerusercontent.com/images/iso27001.png" alt="ISO 27001 zertifiziert"><img src="https://framerusercontent.com/images/hosted-in-germany.png" alt="Hosted in Germany"></div></footer></div>'
            % (nav, C.inline_html(h1[1]), body, cta, g2, s["ticker"], logos, when.year))
    hydrate = '{"routeId":"mF1bq0V2x","localeId":"default","breakpoints":[{"hash":"72rtr7","mediaQuery":"(min-width: 1200px)"},{"hash":"1f6rjcn","mediaQuery":"(min-width: 810px) and (max-width: 1199px)"},{"hash":"v3pbum","mediaQuery":"(max-width: 809px)"}]}'
    return ('<!doctype html>\n<!-- Made in Framer · framer.com ✨ -->\n<!-- Published %s -->\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<meta name="generator" content="Framer %s"><title>Datenschutzerklärung | Kadenz – HR-Software für den Mittelstand</title>'
            '<meta name="description" content="Datenschutzerklärung der Kadenz Software GmbH."><meta name="framer-search-index" content="https://framerusercontent.com/sites/4qWb9bC2kVe1rD/searchIndex-%s.json">'
            '<link rel="canonical" href="%s"><link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/4qWb9bC2kVe1rD/script_main.%s.mjs">'
            '<style data-framer-breakpoint-css>@media(min-width:1200px){.hidden-72rtr7{display:none!important}}</style>'
            '<script type="text/javascript" id="usercentrics-cmp" data-settings-id="kQ3xHw9Lm" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" async></script></head>'
            '<body><div id="main" data-framer-hydrate-v2=\'%s\' data-framer-ssr-released-at="%s" data-framer-page-optimized-at="%s">%s</div>'
            '<div id="__framer-badge-container"></div><div id="usercentrics-root" data-testid="uc-app-container"></div>%s'
            '<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/4qWb9bC2kVe1rD/script_main.%s.mjs"></script>'
            '<script>window.intercomSettings={api_base:"https://api-iam.eu.intercom.io",app_id:"h7k2qz1m"};</script></body></html>\n'
            % (rel, gen, site, URL, mod, hydrate, rel, rel, main, chat, mod))


PAGE = {
    "service": "Kadenz", "url": URL, "lang": "de-DE", "platform": "Framer",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-framer-name='Legal Hero'] h1", "[data-framer-name='Legal Content']"]},
}
