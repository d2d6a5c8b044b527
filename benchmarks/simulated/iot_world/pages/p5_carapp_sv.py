"""Connected-car app, Swedish, a plain static page served to the app's webview from a CDN bucket (CloudFront).

Hand-written HTML: one inline <style> and one inline bridge <script>, both carrying a CSP nonce that the edge
function writes on every request (the only per-visit change); the policy's sections are collapsed <details>
accordions (the app's "tap to expand" pattern); the intro, title and date above them. Clean otherwise: the bridge
script's document version changes only when the policy is re-published.
"""
import datetime as dt

import common as C

POLICY = """# Integritetspolicy för Nordvik Connect

Senast uppdaterad: {UPDATED}

Nordvik Connect är appen och de uppkopplade tjänsterna för din Nordvik-bil. Här beskriver vi hur Nordvik Bil AB behandlar dina personuppgifter när du använder appen, fjärrtjänsterna och bilens uppkopplade funktioner. Vi följer dataskyddsförordningen (GDPR) och kompletterande svensk lagstiftning.

## Vem ansvarar för dina personuppgifter?

Personuppgiftsansvarig är:

@ Nordvik Bil AB (org.nr 556987-1234)
@ Lindholmspiren 7
@ 417 56 Göteborg
@ E-post: integritet@nordvikbil.se

Vi har utsett ett dataskyddsombud som du når på dataskyddsombud@nordvikbil.se.

## Vilka personuppgifter behandlar vi?

| Kategori | Exempel | Källa |
| Kontouppgifter | Namn, e-postadress, mobilnummer, språk | Du själv |
| Fordonsuppgifter | Chassinummer (VIN), registreringsnummer, modell, mjukvaruversion | Bilen och återförsäljaren |
| Positionsdata | Bilens GPS-position, parkeringsplats | Bilen |
| Körbeteende och status | Batterinivå, räckvidd, laddstatus, däcktryck, felkoder, mätarställning | Bilen |
| Användningsdata | Vilka funktioner i appen du använder, kraschrapporter | Appen |
| Betalningsuppgifter | Laddabonnemang, fakturor (kortnummer hanteras av vår betalleverantör) | Du själv |

## Positionsdata och fjärrtjänster

Bilens position skickas till oss endast när du använder en funktion som kräver det, till exempel ”Hitta min bil”, stöldspårning, förvärmning med geofence eller planering av laddstopp. Du kan stänga av delning av position i bilens mittskärm under Inställningar > Integritet. Om du gör det fungerar inte de funktioner som kräver position, men bilens nödsamtalstjänst eCall påverkas inte.

Flera förare kan använda samma bil. Den som är registrerad som huvudanvändare i appen bestämmer vilka andra förare som får se bilens position.

## Varför behandlar vi dina uppgifter och med vilken rättslig grund?

| Ändamål | Rättslig grund |
| Tillhandahålla appen och fjärrtjänsterna (lås, klimat, laddning) | Avtal |
| Skicka mjukvaruuppdateringar över luften (OTA) och säkerhetsåtgärder | Rättslig förpliktelse och berättigat intresse |
| Felsökning och service på verkstad | Berättigat intresse |
| Stöldspårning efter polisanmälan | Avtal |
| Produktutveckling baserad på avidentifierade fordonsdata | Berättigat intresse |
| Marknadsföring via e-post och push-notiser | Samtycke |

## Vem delar vi uppgifterna med?

Vi säljer inte dina personuppgifter. Vi delar uppgifter med:

- auktoriserade Nordvik-verkstäder och återförsäljare som du har valt, när bilen behöver service;
- vår leverantör av molntjänster, Amazon Web Services EMEA SARL (datacenter i Stockholm och Irland);
- Plugsurfing GmbH, när du laddar med Nordviks laddabonnemang;
- Adyen N.V., som hanterar betalningar;
- polis och andra myndigheter när lagen kräver det, till exempel vid stöld.

## Överföring utanför EU/EES

Vi behandlar i huvudsak dina uppgifter inom EU/EES. Kraschrapporter från appen behandlas av Google LLC (Firebase Crashlytics) i USA. Överföringen sker med stöd av EU-kommissionens beslut om EU-U.S. Data Privacy Framework.

## Hur länge sparar vi uppgifterna?

- Kontouppgifter sparas så länge du har ett konto och raderas tolv månader efter att du senast använde appen.
- Positionsdata sparas i 30 dagar, därefter raderas de eller avidentifieras.
- Felkoder och servicehistorik sparas så länge du äger bilen, dock högst tio år.
- Bokföringsunderlag sparas i sju år enligt bokföringslagen.

## Hur skyddar vi dina uppgifter?

Kommunikationen mellan bilen, appen och våra servrar är krypterad. Fjärrkommandon som att låsa upp bilen kräver att du är inloggad med tvåstegsverifiering och att din telefon är kopplad som digital nyckel. Vi loggar alla fjärrkommandon så att du i appen kan se vem som har låst, låst upp eller startat klimatanläggningen och när. Våra medarbetare har bara tillgång till de uppgifter de behöver för sitt arbete, och all åtkomst loggas.

Om vi upptäcker en personuppgiftsincident som kan medföra en risk för dig informerar vi dig och Integritetsskyddsmyndigheten enligt dataskyddsförordningen.

## Barn

Nordvik Connect riktar sig till personer som har fyllt 18 år. Ett barn kan finnas med i bilen när fjärrtjänster används, men vi behandlar inga uppgifter om barnet. Om du använder kupékameran för att se baksätet behandlas bilden bara i realtid och sparas inte.

## Cookies på nordvikbil.se

Den här sidan visas i appen och använder inga cookies. På vår webbplats nordvikbil.se använder vi nödvändiga cookies och, om du samtycker, cookies för statistik och marknadsföring. Du kan när som helst ändra ditt val via länken ”Cookieinställningar” längst ned på webbplatsen.

## Automatiserade beslut

Vi fattar inga beslut som enbart grundas på automatiserad behandling och som har rättsliga följder för dig. Räckviddsprognoser och förslag på laddstopp beräknas automatiskt men är bara förslag som du själv väljer om du vill följa.

## När bilen byter ägare eller lämnas på verkstad

När bilen lämnas in på en auktoriserad verkstad kan verkstaden läsa ut felkoder och mjukvaruversion direkt ur bilen. Verkstaden får inte tillgång till din position, din körjournal eller ditt konto i appen. Om du lånar ut bilen kan du tillfälligt dela en digital nyckel med en annan person; den personen ser då bara bilens status och kan låsa och låsa upp bilen under den tid du har valt.

Vid ett ägarbyte tas den tidigare ägarens konto bort från bilen automatiskt när den nya ägaren registrerar bilen i appen och ägarbytet har bekräftats i vägtrafikregistret.

## Dina rättigheter

Du har rätt att begära tillgång till, rättelse eller radering av dina personuppgifter, att begära begränsning av behandlingen, att invända mot behandling som grundas på berättigat intresse och att få ut uppgifter som du själv lämnat i ett maskinläsbart format (dataportabilitet). Samtycken kan du när som helst återkalla i appen under Profil > Integritet.

När du säljer bilen ska du ta bort den från ditt konto i appen och återställa bilen till fabriksinställningar. Då kopplas dina uppgifter bort från bilen.

## Kontakt och klagomål

Har du frågor om hur vi behandlar dina personuppgifter kan du kontakta Nordvik Kundservice på 0771-45 45 00 (vardagar 8–18) eller via chatten i appen. Om du är missnöjd med vår behandling har du rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), [www.imy.se](https://www.imy.se)."""

EDITS = [
    {"note": "phrase inserted: 'and do not rent out' in the sharing section",
     "repl": [("Vi säljer inte dina personuppgifter.", "Vi säljer inte och hyr inte ut dina personuppgifter.")]},
    {"note": "map/traffic processor HERE added to the sharing list",
     "repl": [("- Adyen N.V., som hanterar betalningar;",
               "- Adyen N.V., som hanterar betalningar;\n- HERE Europe B.V., som tillhandahåller kartor och trafikinformation för ruttplanering;")]},
    {"note": "position data retention shortened from 30 to 14 days",
     "repl": [("- Positionsdata sparas i 30 dagar,", "- Positionsdata sparas i 14 dagar,")]},
    {"note": "paragraph added on the new digital trip log (körjournal) feature",
     "repl": [("bestämmer vilka andra förare som får se bilens position.",
               "bestämmer vilka andra förare som får se bilens position.\n\n"
               "Om du aktiverar den digitala körjournalen sparar vi start- och slutposition, tid och sträcka för varje resa så att du kan redovisa tjänsteresor till Skatteverket. "
               "Körjournalen sparas tills du själv raderar den, dock högst sju år.")]},
    {"note": "customer service phone number changed",
     "repl": [("Nordvik Kundservice på 0771-45 45 00 (vardagar 8–18)", "Nordvik Kundservice på 010-459 00 00 (vardagar 8–17)")]},
]


def noise(rng, when, i, prev):
    return {"nonce": C.b64tok(rng, 16)}


LABELS = {"nonce": "CSP nonce on inline style and script"}

CSS = """:root{color-scheme:light dark;--fg:#1d1d1f;--muted:#6e6e73;--accent:#0a84ff}
@media (prefers-color-scheme:dark){:root{--fg:#f5f5f7;--muted:#a1a1a6}}
body{margin:0;font:16px/1.5 -apple-system,"Nordvik Sans",Roboto,sans-serif;color:var(--fg);-webkit-text-size-adjust:100%}
main.legal{padding:16px 20px 48px}h1{font-size:24px;margin:8px 0 4px}.updated{color:var(--muted);font-size:14px}
details{border-bottom:1px solid rgba(127,127,127,.3)}summary{list-style:none;padding:14px 0;cursor:pointer}
summary h2{display:inline;font-size:17px;margin:0}table{border-collapse:collapse;width:100%;font-size:14px}
td,th{border:1px solid rgba(127,127,127,.3);padding:6px;text-align:left;vertical-align:top}a{color:var(--accent)}"""


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    top = []
    for b in head:
        if b[0] == "p" and b[1].startswith("Senast uppdaterad"):
            top.append('<p class="updated">%s</p>' % C.inline_html(b[1]))
        else:
            top.append(C.block_html(b))
    parts = ['<details class="section"><summary><h2>%s</h2></summary>\n<div class="section__body">\n%s\n</div></details>'
             % (C.inline_html(h), C.blocks_html(body)) for h, body in secs]
    docver = C.det_sha("docver", "".join(str(b) for b in blocks))[:12]
    n = s["nonce"]
    return """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<title>Integritetspolicy</title>
<style nonce="%(n)s">%(css)s</style>
</head>
<body>
<main class="legal" id="content">
%(top)s
%(parts)s
</main>
<script nonce="%(n)s">
(function () {
  var msg = {type: "legalDocumentLoaded", doc: "privacy", locale: "sv-SE", version: "%(docver)s"};
  if (window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.nordvik) {
    window.webkit.messageHandlers.nordvik.postMessage(msg);
  } else if (window.NordvikBridge) {
    window.NordvikBridge.postMessage(JSON.stringify(msg));
  }
  document.querySelectorAll('a[href^="http"]').forEach(function (a) { a.setAttribute("target", "_blank"); });
})();
</script>
</body>
</html>
""" % {"n": n, "css": CSS, "top": "\n".join(top), "parts": "\n".join(parts), "docver": docver}


PAGE = {
    "service": "Nordvik Connect",
    "url": "https://app-content.nordvikbil.se/legal/sv-SE/privacy.html",
    "lang": "sv",
    "platform": "static HTML for the app's webview (S3 + CloudFront)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "AmazonS3"), ("X-Cache", "Hit from cloudfront"), ("Via", "1.1 5d3c0b1e.cloudfront.net (CloudFront)")),
    "encoding": "utf-8",
    "n": 28,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 10, 1),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 12),
    "fmt_date": lambda d: "%d %s %d" % (d.day, ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                               "september", "oktober", "november", "december"][d.month - 1], d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://app-content.nordvikbil.se/legal/sv-SE/privacy.html", "select": "main.legal"},
}
