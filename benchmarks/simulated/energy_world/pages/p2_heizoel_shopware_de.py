"""German heating-oil and wood-pellet dealer's Shopware 6 shop: the policy is the CMS text element of the
"Datenschutz" shop page (Erlebniswelt layout); top bar with the dealer's live "Heizölpreis heute" / pellet price
ticker (a plugin), per-visit Twig CSRF tokens in the price-alert and newsletter forms (Shopware 6.4), theme hash
and asset timestamp per theme compile, and an upgrade 6.4 -> 6.5 in spring 2024 (Bootstrap 5 attributes, CSRF
tokens gone, new script tags)."""
import datetime as dt
import html
import math

import common as C

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

POLICY = """
## Datenschutzerklärung

Stand: {UPDATED}

Wir freuen uns über Ihr Interesse an unserem Onlineshop für Heizöl, Holzpellets, Diesel und Schmierstoffe. Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir beim Besuch unseres Shops, bei Bestellungen und bei der Belieferung erheben und wofür wir sie verwenden.

### 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung ist:

@ Lindner Energiehandel GmbH & Co. KG
@ Mainaustraße 24
@ 97082 Würzburg
@ Telefon: 0931 40 71 80
@ E-Mail: info@lindner-energie.de

### 2. Datenschutzbeauftragter

Wir haben einen externen Datenschutzbeauftragten bestellt. Sie erreichen ihn unter:

@ Datenschutz Mainfranken GmbH
@ Herr Tobias Ebert
@ Pleicherkirchplatz 11, 97070 Würzburg
@ E-Mail: datenschutz@lindner-energie.de

### 3. Welche Daten wir verarbeiten

Je nachdem, wie Sie unseren Shop nutzen, verarbeiten wir folgende Kategorien personenbezogener Daten:

- **Bestandsdaten**: Name, Rechnungsanschrift, Lieferanschrift, Telefonnummer und E-Mail-Adresse;
- **Lieferdaten**: Angaben zur Entladestelle, Art und Größe des Tanks oder Lagerraums, benötigte Schlauchlänge, Zufahrtsbeschränkungen (z. B. zulässiges Gesamtgewicht) und Hinweise für den Fahrer;
- **Vertrags- und Zahlungsdaten**: bestelltes Produkt, Menge, Preis, gewählte Zahlungsart und bei Lastschrift Ihre Bankverbindung;
- **Bonitätsdaten**, wenn Sie auf Rechnung oder in Raten bezahlen möchten;
- **Nutzungsdaten**: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seiten, verwendeter Browser und Betriebssystem;
- **Preisalarm**: E-Mail-Adresse, Postleitzahl, gewünschte Liefermenge und Ihr Wunschpreis.

Wenn Sie ein Kundenkonto anlegen, speichern wir zusätzlich Ihre Zugangsdaten und Ihre Bestellhistorie, damit Sie Nachbestellungen schneller aufgeben können. Sie können Ihr Kundenkonto jederzeit selbst löschen oder uns um Löschung bitten; Daten, die wir gesetzlich aufbewahren müssen, sperren wir in diesem Fall bis zum Ablauf der Fristen.

### 4. Zwecke und Rechtsgrundlagen

| Zweck der Verarbeitung | Rechtsgrundlage |
| Bestellung, Lieferung und Abrechnung | Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung) |
| Aufbewahrung von Rechnungen und Lieferscheinen | Art. 6 Abs. 1 lit. c DSGVO i. V. m. § 147 AO und § 257 HGB |
| Bonitätsprüfung bei Kauf auf Rechnung und Ratenkauf | Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an der Vermeidung von Zahlungausfällen) |
| Preisalarm und Newsletter | Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |
| Betrieb, Stabilität und Sicherheit des Shops | Art. 6 Abs. 1 lit. f DSGVO |
| Reichweitenmessung mit Cookies | § 25 Abs. 1 TTDSG und Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |

### 5. Bestellung und Lieferung

Wenn Sie im Shop bestellen, verwenden wir Ihre Angaben, um den Vertrag abzuschließen, die Lieferung zu planen und die Rechnung zu erstellen. Heizöl und lose Pellets liefern wir mit eigenen Tankwagen und Silofahrzeugen. Unsere Disposition übermittelt dem Fahrer Ihren Namen, die Lieferanschrift, Ihre Telefonnummer und Ihre Hinweise zur Entladestelle. Die abgegebene Menge wird vom geeichten Zählwerk des Fahrzeugs erfasst; den Lieferschein unterschreiben Sie digital auf dem Tablet des Fahrers. Ihre Unterschrift speichern wir zusammen mit dem Lieferschein.

Sackware und Zubehör versenden wir über eine Spedition. Dafür geben wir Ihren Namen, Ihre Lieferanschrift und Ihre Telefonnummer an die beauftragte Spedition weiter, damit diese den Liefertermin mit Ihnen abstimmen kann.

Bei einer Sammelbestellung mit Nachbarn erfahren die übrigen Teilnehmer nur Straße und Ort der weiteren Abladestellen, nicht aber Namen, Mengen oder Preise.

### 6. Zahlung und Bonitätsprüfung

Sie können per Vorkasse, Lastschrift, PayPal, bar beim Fahrer, auf Rechnung oder in Raten bezahlen. Bei Zahlung über PayPal werden Ihre Zahlungsdaten an die PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg, übermittelt.

Wählen Sie Kauf auf Rechnung, prüfen wir Ihre Bonität. Dazu übermitteln wir Ihren Namen, Ihre Anschrift und gegebenenfalls Ihr Geburtsdatum an die Creditreform Boniversum GmbH, Hellersbergstraße 11, 41460 Neuss. Die Auskunft kann einen Wahrscheinlichkeitswert (Score) enthalten. Auf Grundlage der Auskunft entscheidet ein Mitarbeiter, ob wir Ihnen diese Zahlungsart anbieten können; eine ausschließlich automatisierte Entscheidung findet nicht statt.

Für die Ratenzahlung arbeiten wir mit der TeamBank AG, Beuthener Straße 25, 90471 Nürnberg (easyCredit), zusammen. Die TeamBank verarbeitet Ihre Angaben in eigener Verantwortung; es gelten deren Datenschutzhinweise.

### 7. Preisalarm und Newsletter

Mit unserem Preisalarm informieren wir Sie per E-Mail, sobald der Heizöl- oder Pelletpreis für Ihre Postleitzahl und Menge Ihren Wunschpreis erreicht. Für den Preisalarm und unseren Newsletter verwenden wir das Double-Opt-in-Verfahren: Sie erhalten nach der Anmeldung eine E-Mail, in der Sie Ihre Anmeldung bestätigen. Den Versand übernimmt die Sendinblue GmbH (Brevo), Köpenicker Straße 126, 10179 Berlin. Sie können Ihre Einwilligung jederzeit widerrufen, zum Beispiel über den Abmeldelink in jeder E-Mail.

### 8. Cookies und Reichweitenmessung

Unser Shop verwendet technisch notwendige Cookies, etwa für den Warenkorb, die Sitzung und Ihre Cookie-Einstellungen. Mit Ihrer Einwilligung setzen wir zusätzlich Google Analytics 4 der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland, ein, um die Nutzung unseres Shops auszuwerten. Eine Übermittlung in die USA ist dabei nicht ausgeschlossen; Google LLC ist unter dem EU-US Data Privacy Framework zertifiziert. Ihre Einwilligung können Sie jederzeit in den Cookie-Einstellungen am Ende jeder Seite widerrufen.

### 9. Empfänger Ihrer Daten

Wir geben Ihre Daten nur weiter, soweit dies für die genannten Zwecke erforderlich ist:

| Empfänger | Zweck |
| Speditionen | Zustellung von Sackware und Zubehör |
| Zahlungsdienstleister und Kreditinstitute | Abwicklung von Zahlungen und Ratenkäufen |
| Creditreform Boniversum GmbH | Bonitätsprüfung bei Kauf auf Rechnung |
| Hosting-Dienstleister | Betrieb des Shops in einem Rechenzentrum in Nürnberg |
| Steuerberater | Finanzbuchhaltung und Jahresabschluss |

Mit unseren Dienstleistern haben wir Verträge zur Auftragsverarbeitung nach Art. 28 DSGVO geschlossen.

### 10. Speicherdauer

Wir speichern Ihre Daten nur so lange, wie es für den jeweiligen Zweck erforderlich ist. Rechnungen und Buchungsbelege bewahren wir aufgrund handels- und steuerrechtlicher Vorgaben zehn Jahre, Handels- und Geschäftsbriefe sechs Jahre auf. Daten für den Preisalarm und den Newsletter löschen wir, sobald Sie sich abmelden. Die Protokolldateien unseres Webservers werden nach 14 Tagen gelöscht.

### 11. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Für die Ausübung Ihrer Rechte genügt eine formlose Nachricht an die oben genannten Kontaktdaten.

**Widerspruchsrecht**: Soweit wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch gegen die Verarbeitung einlegen (Art. 21 DSGVO).

### 12. Beschwerderecht

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist das Bayerische Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach.

### 13. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unser Shop, unsere Lieferprozesse oder die rechtlichen Vorgaben ändern. Es gilt die jeweils hier veröffentlichte Fassung.
"""

EDITS = [
    {"note": "typo fixed: 'Zahlungausfällen' -> 'Zahlungsausfällen'", "bump": False,
     "repl": [("Vermeidung von Zahlungausfällen", "Vermeidung von Zahlungsausfällen")]},
    {"note": "external data-protection officer replaced (new name)",
     "repl": [("Sie erreichen ihn unter:", "Sie erreichen sie unter:"),
              ("@ Herr Tobias Ebert", "@ Frau Miriam Haas")]},
    {"note": "paragraph added: SMS delivery notice with time window via an SMS provider; recipients table row",
     "repl": [("Ihre Unterschrift speichern wir zusammen mit dem Lieferschein.",
               "Ihre Unterschrift speichern wir zusammen mit dem Lieferschein.\n\n"
               "Am Vortag der Lieferung erhalten Sie von uns eine SMS mit dem voraussichtlichen Lieferzeitfenster. "
               "Dafür übermitteln wir Ihre Mobilfunknummer an die LINK Mobility GmbH, Düsseldorf, die die SMS in "
               "unserem Auftrag versendet."),
              ("| Steuerberater | Finanzbuchhaltung und Jahresabschluss |",
               "| Steuerberater | Finanzbuchhaltung und Jahresabschluss |\n"
               "| LINK Mobility GmbH | Versand der Liefer-SMS |")]},
    {"note": "TTDSG renamed TDDDG",
     "repl": [("§ 25 Abs. 1 TTDSG", "§ 25 Abs. 1 TDDDG")]},
    {"note": "retention of accounting records cut from ten to eight years (BEG IV)",
     "repl": [("Rechnungen und Buchungsbelege bewahren wir aufgrund handels- und steuerrechtlicher Vorgaben zehn "
               "Jahre, Handels- und Geschäftsbriefe sechs Jahre auf.",
               "Rechnungen und Buchungsbelege bewahren wir aufgrund handels- und steuerrechtlicher Vorgaben acht "
               "Jahre, Jahresabschlüsse zehn Jahre und Handels- und Geschäftsbriefe sechs Jahre auf.")]},
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


UPGRADE = dt.datetime(2024, 3, 20)


def _base_price(when):
    # a rough heating-oil price path (EUR per 100 l at 3,000 l, incl. VAT), 2022 spike then down
    t = (when - dt.datetime(2022, 1, 1)).days
    spike = 70 * math.exp(-((t - 120) / 90.0) ** 2) + 35 * math.exp(-((t - 290) / 60.0) ** 2)
    return 92 + spike + 8 * math.sin(t / 47.0)


def noise(rng, when, i, prev):
    prev = prev or {}
    v65 = when >= UPGRADE
    st = {}
    ver = "6.5.8.7" if v65 else "6.4.20.2"

    def theme():
        back = dt.timedelta(days=rng.randint(0, 25), seconds=rng.randint(0, 86399))
        return {"ver": ver, "hash": C.hexs(rng, 32), "ts": C.epoch(when - back)}
    pt = prev.get("theme")
    st["theme"] = theme() if (pt is None or pt["ver"] != ver) else C.keep_or(rng, pt, 0.1, theme)
    oil = _base_price(when) + rng.uniform(-2.5, 2.5)
    pel = 240 + 0.9 * (_base_price(when) - 92) * 2.2 + rng.uniform(-6, 6)
    stamp = when.replace(hour=rng.choice([6, 7, 7, 8]), minute=rng.choice([0, 15, 30, 45]))
    if stamp > when:
        stamp -= dt.timedelta(days=1)
    st["ticker"] = {"oil": "%.2f" % oil, "pellets": "%d" % round(pel), "stamp": stamp.strftime("%d.%m.%Y, %H:%M"),
                    "trend": rng.choice(["up", "down", "down", "flat"])}
    if not v65:
        st["csrf"] = [C.hexs(rng, 24) + "." + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                      + "." + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                      for _ in range(2)]
    return st


LABELS = {"theme": "Shopware theme hash / asset timestamp (theme compile, 6.4 -> 6.5 upgrade)",
          "ticker": "'Heizölpreis heute' and pellet price ticker in the top bar",
          "csrf": "Twig _csrf_token in the price-alert and newsletter forms (6.4 only)"}

SC = "0189c2e0b7e14d6a9f3c5a1e2d7b4c98"
NAV = "0189c2e0b8f0712b8a4d1c3e5f6a7b09"
PAGE_ID = "0189c2e0c4127a3e9b6f0d2c8e1a5b74"
ELEM = "0189c2e0c41d7b5f8e3a2c1d9f6b0e43"


def _text(blocks):
    return C.blocks_html(blocks, sep="")


def render(state, blocks, when):
    th = state["theme"]
    v65 = th["ver"].startswith("6.5")
    base = "https://shop.lindner-energie.de"
    asset = "%s/theme/%s" % (base, th["hash"])
    tk = state["ticker"]
    arrow = {"up": "icon-arrow-up", "down": "icon-arrow-down", "flat": "icon-arrow-right"}[tk["trend"]]
    tog = "data-bs-toggle" if v65 else "data-toggle"
    csrf = state.get("csrf")
    csrf_in = (lambda k: '<input type="hidden" name="_csrf_token" value="%s">' % csrf[k]) if csrf else (lambda k: "")
    features = ('{"V6_5_0_0":true,"v6.5.0.0":true,"V6_6_0_0":false,"v6.6.0.0":false,"PERFORMANCE_TWEAKS":false,'
                '"FEATURE_NEXT_1797":false,"FEATURE_NEXT_16710":false,"FEATURE_NEXT_13810":false,'
                '"FEATURE_NEXT_13250":false,"FEATURE_NEXT_17276":false,"FEATURE_NEXT_16151":false,'
                '"FEATURE_NEXT_16155":false,"FEATURE_NEXT_19501":false,"FEATURE_NEXT_15053":false,'
                '"FEATURE_NEXT_18215":false,"FEATURE_NEXT_15815":false,"FEATURE_NEXT_14699":false,'
                '"FEATURE_NEXT_15707":false,"FEATURE_NEXT_14360":false,"FEATURE_NEXT_15172":false,'
                '"FEATURE_NEXT_14001":false,"FEATURE_NEXT_7739":false,"FEATURE_NEXT_16200":false,'
                '"FEATURE_NEXT_13410":false,"FEATURE_NEXT_15917":false,"FEATURE_NEXT_15957":false,'
                '"FEATURE_NEXT_13601":false,"FEATURE_NEXT_16992":false,"FEATURE_NEXT_7530":false,'
                '"FEATURE_NEXT_16824":false,"FEATURE_NEXT_16271":false,"FEATURE_NEXT_15381":false,'
                '"FEATURE_NEXT_17275":false,"FEATURE_NEXT_17016":false,"FEATURE_NEXT_16236":false,'
                '"FEATURE_NEXT_16640":false,"FEATURE_NEXT_17858":false,"FEATURE_NEXT_6758":false,'
                '"FEATURE_NEXT_19048":false,"FEATURE_NEXT_19822":false,"FEATURE_NEXT_18129":false,'
                '"FEATURE_NEXT_19163":false,"FEATURE_NEXT_18187":false,"FEATURE_NEXT_17978":false,'
                '"FEATURE_NEXT_11634":false,"FEATURE_NEXT_21547":false,"FEATURE_NEXT_22900":false}')
    if not v65:
        features = features.replace('"V6_5_0_0":true,"v6.5.0.0":true', '"V6_5_0_0":false,"v6.5.0.0":false')
    head_js = ('<script src="%s/assets/js/jquery-3.5.1.slim.min.js?%d"></script>\n' % (asset, th["ts"])
               if not v65 else "")
    foot_js = ('<script src="%s/js/all.js?%d"></script>' % (asset, th["ts"]) if not v65 else
               '<script type="text/javascript" src="%s/js/storefront/storefront.js?%d" defer></script>\n'
               '    <script type="text/javascript" src="%s/js/swag-pay-pal/swag-pay-pal.js?%d" defer></script>\n'
               '    <script type="text/javascript" src="%s/js/lindner-heizoel-rechner/lindner-heizoel-rechner.js?%d" defer></script>'
               % (asset, th["ts"], asset, th["ts"], asset, th["ts"]))
    csrf_js = "<script>\n        window.csrf = {\n            'enabled': '1',\n            'mode': 'twig'\n        }\n    </script>\n    " if not v65 else ""
    nav = "".join(
        '<a class="nav-link main-navigation-link" href="%s/%s/" itemprop="url" data-flyout-menu-trigger="%s" title="%s">'
        '<div class="main-navigation-link-text"><span itemprop="name">%s</span></div></a>\n'
        % (base, slug, C.det_sha("nav", slug)[:32], lab, lab)
        for slug, lab in [("Heizoel", "Heizöl"), ("Pellets", "Pellets"), ("Diesel-AdBlue", "Diesel &amp; AdBlue"),
                          ("Schmierstoffe", "Schmierstoffe"), ("Tankservice", "Tankservice"),
                          ("Preisalarm", "Preisalarm")])
    return """<!DOCTYPE html>
<html lang="de-DE"
      itemscope="itemscope"
      itemtype="https://schema.org/WebPage">

    <head>
                <meta charset="utf-8">
                    <meta name="viewport"
                      content="width=device-width, initial-scale=1, shrink-to-fit=no">
                            <meta name="author"
                      content="">
                <meta name="robots"
                      content="index,follow">
                <meta name="revisit-after"
                      content="15 days">
                <meta name="keywords"
                      content="">
                <meta name="description"
                      content="Datenschutzerklärung der Lindner Energiehandel GmbH &amp; Co. KG">
                <meta property="og:url"
                  content="%(base)s/Datenschutz/">
            <meta property="og:type"
                  content="website">
            <meta property="og:site_name"
                  content="Lindner Energie">
            <meta property="og:title"
                  content="Datenschutz">
            <meta property="og:image"
                  content="%(base)s/media/7c/a1/0e/1650962417/lindner-logo.png">
                <meta itemprop="copyrightHolder"
                      content="Lindner Energie">
                <meta itemprop="copyrightYear"
                      content="">
                <meta itemprop="isFamilyFriendly"
                      content="true">
                <meta name="theme-color"
                      content="#fff">
                    <link rel="shortcut icon"
                  href="%(base)s/media/2e/4b/91/1650962488/favicon.png">
                    <link rel="canonical" href="%(base)s/Datenschutz/">
                    <title itemprop="name">Datenschutz</title>
                                                                                <link rel="stylesheet"
                      href="%(asset)s/css/all.css?%(ts)d">
        <script>
        window.features = %(features)s;
    </script>
        <script>
            window.activeNavigationId = '%(nav_id)s';
            window.router = {
                'frontend.cart.offcanvas': '/checkout/offcanvas',
                'frontend.cookie.offcanvas': '/cookie/offcanvas',
                'frontend.checkout.finish.page': '/checkout/finish',
                'frontend.checkout.info': '/widgets/checkout/info',
                'frontend.menu.offcanvas': '/widgets/menu/offcanvas',
                'frontend.cms.page': '/widgets/cms',
                'frontend.cms.navigation.page': '/widgets/cms/navigation',
                'frontend.account.addressbook': '/widgets/account/address-book',
                'frontend.country.country-data': '/country/country-state-data',
            };
            window.salesChannelId = '%(sc)s';
        </script>
        <script>
            window.breakpoints = {"xs":0,"sm":576,"md":768,"lg":992,"xl":1200%(xxl)s};
        </script>
    %(csrf_js)s<script>
            window.customerLoggedInState = 0;
            window.wishlistEnabled = 0;
        </script>
        %(head_js)s<script>window.dataLayer = window.dataLayer || [];</script>
        <script>window.gtagActive = true; window.gtagURL = 'https://www.googletagmanager.com/gtag/js?id=G-8LQ2W7XK4N';</script>
    </head>

    <body class="is-ctl-navigation is-act-index">

                <noscript class="noscript-main">
            <div role="alert" class="alert alert-info alert-has-icon">
                <span class="icon icon-info"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><use xlink:href="#icons-default-info" fill="#758CA3" fill-rule="evenodd"></use></svg></span>
                <div class="alert-content-container">
                    <div class="alert-content">
                        Um unseren Shop in vollem Umfang nutzen zu können, empfehlen wir Ihnen Javascript in Ihrem Browser zu aktivieren.
                    </div>
                </div>
            </div>
        </noscript>

        <header class="header-main">
            <div class="container">
                <div class="top-bar d-none d-lg-block">
                    <nav class="top-bar-nav">
                        <div class="top-bar-nav-item lindner-price-ticker" data-price-ticker="true">
                            <span class="icon icon-%(arrow)s"></span>
                            Heizölpreis heute: <strong>%(oil)s €</strong> je 100 l inkl. MwSt. (bei 3.000 l, PLZ 97082)
                            <span class="ticker-sep">|</span> Holzpellets lose: <strong>%(pellets)s €</strong> je t
                            <span class="ticker-stamp">Stand: %(stamp)s Uhr</span>
                        </div>
                        <div class="top-bar-nav-item top-bar-hotline">
                            Bestell-Hotline <a href="tel:+49931407180">0931 40 71 80</a> (Mo–Fr 7–18 Uhr)
                        </div>
                    </nav>
                </div>
                <div class="row align-items-center header-row">
                    <div class="col-12 col-lg-auto header-logo-col">
                        <div class="header-logo-main">
                            <a class="header-logo-main-link" href="%(base)s/" title="Zur Startseite gehen">
                                <picture class="header-logo-picture">
                                    <img src="%(base)s/media/7c/a1/0e/1650962417/lindner-logo.png" alt="Zur Startseite gehen" class="img-fluid header-logo-main-img">
                                </picture>
                            </a>
                        </div>
                    </div>
                    <div class="col-12 order-2 col-sm order-sm-1 header-search-col">
                        <div class="collapse" id="searchCollapse">
                            <div class="header-search">
                                <form action="/search" method="get" data-search-form="true" data-url="/suggest?search=" class="header-search-form">
                                    <div class="input-group">
                                        <input type="search" name="search" class="form-control header-search-input" autocomplete="off" autocapitalize="off" placeholder="Suchbegriff eingeben ..." aria-label="Suchbegriff eingeben ..." value="">
                                        <button type="submit" class="btn header-search-btn" aria-label="Suchen"><span class="header-search-icon"><span class="icon icon-search"></span></span></button>
                                    </div>
                                </form>
                            </div>
                        </div>
                    </div>
                    <div class="col-12 order-1 col-sm-auto order-sm-2 header-actions-col">
                        <div class="row g-0">
                            <div class="col-auto">
                                <div class="account-menu">
                                    <div class="dropdown">
                                        <button class="btn account-menu-btn header-actions-btn" type="button" id="accountWidget" %(tog)s="offcanvas" aria-haspopup="true" aria-expanded="false" aria-label="Ihr Konto" title="Ihr Konto"><span class="icon icon-avatar"></span></button>
                                    </div>
                                </div>
                            </div>
                            <div class="col-auto">
                                <div class="header-cart" data-offcanvas-cart="true">
                                    <a class="btn header-cart-btn header-actions-btn" href="/checkout/cart" data-cart-widget="true" title="Warenkorb" aria-label="Warenkorb">
                                        <span class="header-cart-icon"><span class="icon icon-bag"></span></span>
                                        <span class="header-cart-total">0,00 €*</span>
                                    </a>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </header>

        <div class="nav-main">
            <div class="main-navigation" id="mainNavigation" data-flyout-menu="true">
                <div class="container">
                    <nav class="nav main-navigation-menu" itemscope="itemscope" itemtype="http://schema.org/SiteNavigationElement">
                        <a class="nav-link main-navigation-link home-link" href="%(base)s/" itemprop="url" title="Home"><div class="main-navigation-link-text"><span itemprop="name">Home</span></div></a>
%(nav)s                    </nav>
                </div>
            </div>
        </div>

        <main class="content-main">
            <div class="flashbags container"></div>
            <div class="container-main">
                <div class="cms-page">
                    <div class="cms-sections">
                        <div class="cms-section  pos-0 cms-section-default" style="">
                            <div class="cms-section-default boxed">
                                <div class="cms-block  pos-0 cms-block-text" style="">
                                    <div class="cms-block-container" style="padding: 20px 0 20px 0;">
                                        <div class="cms-block-container-row row cms-row ">
                                            <div class="col-12" data-cms-element-id="%(elem)s">
                                                <div class="cms-element-text">
                                                    %(policy)s
                                                </div>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                                <div class="cms-block  pos-1 cms-block-lindner-preisalarm" style="">
                                    <div class="cms-block-container" style="padding: 20px 0 40px 0;">
                                        <div class="cms-block-container-row row cms-row ">
                                            <div class="col-12">
                                                <div class="lindner-preisalarm-teaser">
                                                    <form action="/preisalarm/subscribe" method="post" class="preisalarm-form" data-form-validation="true">
                                                        %(csrf0)s<h3 class="preisalarm-title">Preisalarm einrichten</h3>
                                                        <p>Wir benachrichtigen Sie per E-Mail, sobald Ihr Wunschpreis erreicht ist.</p>
                                                        <input type="email" name="email" class="form-control" placeholder="Ihre E-Mail-Adresse*" required="required">
                                                        <input type="text" name="zipcode" class="form-control" placeholder="PLZ*" required="required">
                                                        <button type="submit" class="btn btn-primary">Preisalarm aktivieren</button>
                                                    </form>
                                                </div>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </main>

        <footer class="footer-main">
            <div class="container">
                <div id="footerColumns" class="row footer-columns" data-collapse-footer="true">
                    <div class="col-md-4 footer-column js-footer-column">
                        <div class="footer-column-headline footer-headline js-footer-column-headline js-collapse-footer-column-trigger" id="collapseFooterTitle1" %(tog)s="collapse" data-%(bs)starget="#collapseFooter1" aria-expanded="true" aria-controls="collapseFooter1">Service-Hotline</div>
                        <div id="collapseFooter1" class="footer-column-content collapse js-footer-column-content footer-contact" aria-labelledby="collapseFooterTitle1">
                            <div class="footer-column-content-inner">
                                <p class="footer-contact-hotline">Unterstützung und Beratung unter:<br><a href="tel:+49931407180">0931 40 71 80</a><br>Mo-Fr, 07:00 - 18:00 Uhr</p>
                            </div>
                        </div>
                    </div>
                    <div class="col-md-4 footer-column js-footer-column">
                        <div class="footer-column-headline footer-headline js-footer-column-headline js-collapse-footer-column-trigger" id="collapseFooterTitle2" %(tog)s="collapse" data-%(bs)starget="#collapseFooter2" aria-expanded="true" aria-controls="collapseFooter2">Informationen</div>
                        <div id="collapseFooter2" class="footer-column-content collapse js-footer-column-content" aria-labelledby="collapseFooterTitle2">
                            <div class="footer-column-content-inner">
                                <ul class="list-unstyled">
                                    <li class="footer-link-item"><a class="footer-link" href="%(base)s/Impressum/" title="Impressum">Impressum</a></li>
                                    <li class="footer-link-item"><a class="footer-link" href="%(base)s/AGB/" title="AGB">AGB</a></li>
                                    <li class="footer-link-item"><a class="footer-link" href="%(base)s/Datenschutz/" title="Datenschutz">Datenschutz</a></li>
                                    <li class="footer-link-item"><a class="footer-link" href="%(base)s/Widerrufsrecht/" title="Widerrufsrecht">Widerrufsrecht</a></li>
                                    <li class="footer-link-item"><a class="footer-link" href="#" data-cookie-permission-trigger="true" title="Cookie-Einstellungen">Cookie-Einstellungen</a></li>
                                </ul>
                            </div>
                        </div>
                    </div>
                    <div class="col-md-4 footer-column js-footer-column">
                        <div class="footer-column-headline footer-headline">Newsletter</div>
                        <form action="/newsletter/configure" method="post" class="footer-newsletter-form" data-form-ajax-submit="true">
                            %(csrf1)s<input type="email" name="email" class="form-control" placeholder="E-Mail-Adresse*" aria-label="E-Mail-Adresse">
                            <input type="hidden" name="option" value="subscribe">
                            <button type="submit" class="btn btn-secondary">Anmelden</button>
                        </form>
                    </div>
                </div>
                <div class="footer-bottom">
                    <div class="footer-vat"><p>* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten, wenn nicht anders beschrieben</p></div>
                    <div class="footer-copyright">Realisiert mit Shopware</div>
                </div>
            </div>
        </footer>

        <div class="cookie-permission-container" data-cookie-permission="true">
            <div class="container">
                <div class="row align-items-center">
                    <div class="col-defined cookie-permission-content">
                        Diese Website verwendet Cookies, um eine bestmögliche Erfahrung bieten zu können. <a data-url="/widgets/cms/%(cookie_page)s" href="%(base)s/Datenschutz/" title="Mehr Informationen">Mehr Informationen ...</a>
                    </div>
                    <div class="col-defined cookie-permission-actions">
                        <span class="cookie-permission-button js-cookie-permission-button"><button type="submit" class="btn btn-primary">Nur technisch notwendige</button></span>
                        <span class="cookie-permission-button js-cookie-configuration-button"><button type="submit" class="btn btn-primary">Konfigurieren</button></span>
                        <span class="cookie-permission-button js-cookie-accept-all-button"><button type="submit" class="btn btn-primary">Alle Cookies akzeptieren</button></span>
                    </div>
                </div>
            </div>
        </div>

    %(foot_js)s
    </body>
</html>
""" % {"base": base, "asset": asset, "ts": th["ts"], "features": features, "nav_id": NAV, "sc": SC,
       "xxl": ',"xxl":1400' if v65 else "", "csrf_js": csrf_js, "head_js": head_js, "arrow": arrow,
       "oil": tk["oil"].replace(".", ","), "pellets": tk["pellets"], "stamp": tk["stamp"], "tog": tog,
       "bs": "bs-" if v65 else "", "nav": nav, "elem": ELEM, "policy": _text(blocks), "csrf0": csrf_in(0),
       "csrf1": csrf_in(1), "cookie_page": PAGE_ID, "foot_js": foot_js}


PAGE = {
    "service": "Lindner Energie",
    "url": "https://shop.lindner-energie.de/Datenschutz/",
    "lang": "de",
    "platform": "Shopware 6.4 -> 6.5 (Storefront, CMS shop page with a text element)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Cache-Control", "no-cache, private"), ("X-Frame-Options", "deny"),
                      ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")),
    "n": 31,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 5, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://shop.lindner-energie.de/Datenschutz/", "select": ".cms-element-text"},
}
