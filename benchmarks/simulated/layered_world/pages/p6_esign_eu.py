"""Sinatu - e-signature SaaS - Basque - Zendesk Guide help-centre article (Copenhagen theme), the policy pasted
into the article body.

Layering: intro, a "print / download PDF / previous versions" link row, a "Laburpena" summary callout (bullets
with bold labels), the full policy in numbered sections (one purpose / legal-basis table), a FAQ block ("Ohiko
galderak", questions as h3), and a version history table ("Bertsioen historia") at the foot. Previous versions'
PDFs are the article's attachments, below the body.
Curator: the article title and the article body; the summary callout, the FAQ and the version history table are
part of the notice (the history is written by the owner as part of the document and changes only when the policy
does: same choice as for Wortels DNA); the print/PDF/previous-versions link row is removed; the attachments list,
the votes box, the sidebar and the "related articles" are outside the selection.
Noise (quiet page): the per-visit CSRF token in <meta name="csrf-token"> and the Zendesk asset digests (sticky).
Edits: summary only (phone number added to the "what data" bullet, date not bumped); full text only (SMS provider
changed, + history row); both layers (retention 5 -> 10 years: summary bullet and section 6, + row); a new FAQ
question (identity verification, + row); full text only (EU-US Data Privacy Framework, + row); a section added
(9. AI features, + row). Every bumped edit adds a history row with the new date.
"""
import datetime as dt
import html
import common as C

URL = "https://laguntza.sinatu.eus/hc/eu/articles/360012345678-Pribatutasun-politika"
HILA = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
        "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]


def fmt_date(d):
    # genitive of the year: 2021eko, 2025eko (bat, bost: -eko), 2022ko, 2024ko, 2026ko ...
    y = d.year
    suffix = "eko" if y % 10 in (1, 5) or (y % 10 == 0 and (y // 10) % 2 == 1) else "ko"
    return "%d%s %s %da" % (y, suffix, HILA[d.month - 1], d.day)


def parse_date(t):
    y, m, d = t.split(" ")
    return dt.date(int(y[:4]), HILA.index(m) + 1, int(d[:-1]))


POLICY = """
# Pribatutasun-politika

Azken eguneratzea: {UPDATED}

Sinatu dokumentuak sinadura elektronikoz sinatzeko plataforma da. Politika honetan azaltzen dugu zer datu pertsonal tratatzen ditugun, zertarako eta zer eskubide dituzun. Lehenik laburpen bat duzu; ondoren, politika osoa eta ohiko galderak.

%% laburpena

## Laburpena

- **Nor gara:** Sinatu Teknologiak S.L., Donostian. Gu gara zure datuen tratamenduaren arduraduna.
- **Zer datu:** zure izena, helbide elektronikoa, sinatzen dituzun dokumentuak eta sinaduraren froga-datuak (IP helbidea, data eta ordua).
- **Zertarako:** sinadura elektronikoak sortzeko eta haien baliozkotasuna frogatzeko.
- **Zenbat denboraz:** sinatutako dokumentuak eta froga-txostenak 5 urtez gordetzen ditugu, kontuaren titularrak bestelakorik erabaki ezean.
- **Zure eskubideak:** datuak ikusi, zuzendu, ezabatu eta eraman ditzakezu, eta Datuak Babesteko Espainiako Agentzian erreklamazioa aurkez dezakezu.

%% osoa

## 1. Tratamenduaren arduraduna

@ Sinatu Teknologiak S.L. (IFK B75123456)
@ Miramon pasealekua 170
@ 20014 Donostia, Gipuzkoa
@ Posta elektronikoa: [pribatutasuna@sinatu.eus](mailto:pribatutasuna@sinatu.eus)

Datuak babesteko ordezkaria helbide berean duzu eskuragarri.

## 2. Zer datu biltzen ditugun

### Kontuaren titularrak

Izena, helbide elektronikoa, enpresa, fakturazio-datuak eta kontuaren ezarpenak.

### Sinatzaileak

Sinatzaileek ez dute konturik behar. Haien izena, helbide elektronikoa eta, SMS bidezko egiaztapena erabiltzen bada, telefono-zenbakia jasotzen ditugu. Sinatzean, froga-txosten bat sortzen dugu: IP helbidea, nabigatzailea, data eta ordua, eta dokumentuaren hash-a.

### Dokumentuak

Plataformara igotzen diren dokumentuak kontuaren titularrarenak dira. Guk haren izenean gordetzen eta prozesatzen ditugu, eta ez ditugu beste helburu batzuetarako erabiltzen.

## 3. Zertarako eta zein oinarri juridikorekin

| Helburua | Oinarri juridikoa |
| Sinadura-zerbitzua ematea eta froga-txostenak sortzea | Kontratua betetzea |
| Fakturazioa eta kontabilitatea | Lege-betebeharra |
| Zerbitzuaren segurtasuna eta iruzurraren prebentzioa | Interes legitimoa |
| Buletin komertzialak bidaltzea | Zure baimena |

## 4. Nori jakinarazten dizkiegun

Datuak ez dizkiegu hirugarrenei saltzen. Honako hornitzaile hauek erabiltzen ditugu, gure izenean eta gure jarraibideen arabera:

- Amazon Web Services (Irlanda), zerbitzua ostatatzeko;
- Twilio, SMS bidezko egiaztapen-kodeak bidaltzeko;
- Stripe, ordainketak kudeatzeko.

## 5. Nazioarteko transferentziak

Datuak Europar Batasunean gordetzen dira. Hornitzaileren batek Europatik kanpo datuetara sarbidea badu, Europako Batzordeak onartutako kontratu-klausula estandarrak erabiltzen ditugu.

## 6. Zenbat denboraz gordetzen ditugun

Sinatutako dokumentuak eta froga-txostenak 5 urtez gordetzen ditugu, sinaduraren baliozkotasuna frogatu ahal izateko, kontuaren titularrak beste epe bat aukeratzen ez badu. Kontuaren datuak kontua ixten denetik urtebetera ezabatzen dira, eta fakturazio-datuak legeak eskatzen duen denboran gordetzen dira.

## 7. Segurtasuna

Dokumentuak zifratuta gordetzen dira, eta sinatutako dokumentu bakoitza zigilu elektroniko aurreratu batekin babesten dugu, eIDAS Erregelamenduaren arabera. Sarbide guztiak erregistratzen dira.

## 8. Zure eskubideak

Zure datuak ikusteko, zuzentzeko, ezabatzeko, mugatzeko, eramateko eta tratamenduaren aurka egiteko eskubidea duzu. Idatzi [pribatutasuna@sinatu.eus](mailto:pribatutasuna@sinatu.eus) helbidera. Gure erantzunarekin ados ez bazaude, erreklamazioa aurkez dezakezu Datuak Babesteko Espainiako Agentzian ([www.aepd.es](https://www.aepd.es)).

%% galderak

## Ohiko galderak

### Sinatzaile batek kontua sortu behar al du?

Ez. Sinatzaileek posta elektronikoz jasotzen duten esteka batetik sinatzen dute. Haien datuak dokumentua bidali duen kontuaren titularraren izenean tratatzen ditugu.

### Nork ikus ditzake nire dokumentuak?

Dokumentua bidali duen pertsonak eta sinatzaileek soilik. Gure langileek ez dituzte dokumentuak irekitzen, zuk laguntza-eskaera batean baimena ematen ez badiguzu.

### Nola eska dezaket nire datuak ezabatzea?

Idatzi [pribatutasuna@sinatu.eus](mailto:pribatutasuna@sinatu.eus) helbidera. Sinatzaile bazara, kontuan izan dokumentua bidali zuenak froga-txostena gorde behar izan dezakeela, sinadura baliozkoa dela frogatzeko.

%% historia

## Bertsioen historia

| Bertsioa | Data | Aldaketak |
| 2.0 | 2020ko irailaren 15a | Politika berridatzia, laburpenarekin eta ohiko galderekin |
| 1.1 | 2019ko martxoaren 4a | Hornitzaileen zerrenda eguneratua |
| 1.0 | 2018ko maiatzaren 25a | Lehen bertsioa, DBEOra egokitua |
"""

HEAD_ROW = "| Bertsioa | Data | Aldaketak |"


def row(version, date, what):
    return (HEAD_ROW, HEAD_ROW + "\n| %s | %s | %s |" % (version, date, what))


EDITS = [
    {"note": "summary only: the 'what data' bullet now names the phone number used for SMS verification; date not bumped",
     "bump": False,
     "repl": [("- **Zer datu:** zure izena, helbide elektronikoa, sinatzen",
               "- **Zer datu:** zure izena, helbide elektronikoa, telefono-zenbakia (SMS bidezko egiaztapena erabiltzen bada), sinatzen")]},
    {"note": "full text only: SMS provider changed from Twilio to MessageBird; history row 2.1",
     "repl": [("- Twilio, SMS bidezko egiaztapen-kodeak bidaltzeko;", "- MessageBird (Herbehereak), SMS bidezko egiaztapen-kodeak bidaltzeko;"),
              row("2.1", "2021eko uztailaren 24a", "SMS hornitzailea aldatu da")]},
    {"note": "both layers: signed documents and audit trails kept 10 years instead of 5 (summary bullet and section 6); history row 2.2",
     "repl": [("froga-txostenak 5 urtez gordetzen ditugu, kontuaren titularrak bestelakorik", "froga-txostenak 10 urtez gordetzen ditugu, kontuaren titularrak bestelakorik"),
              ("froga-txostenak 5 urtez gordetzen ditugu, sinaduraren", "froga-txostenak 10 urtez gordetzen ditugu, sinaduraren"),
              row("2.2", "2022ko uztailaren 19a", "Gordetze-epea 10 urtera luzatu da")]},
    {"note": "new FAQ question: identity verification with an ID card and a selfie; history row 2.3",
     "repl": [("sinadura baliozkoa dela frogatzeko.",
               "sinadura baliozkoa dela frogatzeko.\n\n### Nire NANa eskatuko didazue sinatzeko?\n\nBidaltzaileak nortasun-egiaztapena aktibatzen badu soilik. Kasu horretan, NANaren argazki bat eta selfie bat eskatzen ditugu. Egiaztapena egin ondoren, irudiak 30 egunen buruan ezabatzen ditugu, eta emaitza bakarrik gordetzen dugu froga-txostenean."),
              row("2.3", "2023ko irailaren 7a", "Ohiko galdera berria: nortasun-egiaztapena")]},
    {"note": "full text only: transfers to US providers under the EU-US Data Privacy Framework; history row 2.4",
     "repl": [("kontratu-klausula estandarrak erabiltzen ditugu.",
               "kontratu-klausula estandarrak erabiltzen ditugu. Ameriketako Estatu Batuetako hornitzaileen kasuan, EB eta AEB arteko Datu Pribatutasun Esparruan ziurtatuta daudela egiaztatzen dugu."),
              row("2.4", "2024ko urtarrilaren 18a", "Nazioarteko transferentziak: Datu Pribatutasun Esparrua")]},
    {"note": "section added: '9. AI features' (document summaries, off by default, EU processing, no training); history row 3.0",
     "repl": [("Datuak Babesteko Espainiako Agentzian ([www.aepd.es](https://www.aepd.es)).",
               "Datuak Babesteko Espainiako Agentzian ([www.aepd.es](https://www.aepd.es)).\n\n## 9. Adimen artifizialeko funtzioak\n\nKontuaren titularrak hala aktibatzen badu, dokumentuen laburpenak sortzeko adimen artifizialeko eredu bat erabiltzen dugu. Funtzio hau lehenespenez desaktibatuta dago. Dokumentuak Europar Batasuneko zerbitzarietan prozesatzen dira, eta ez ditugu ereduak entrenatzeko erabiltzen."),
              row("3.0", "2024ko maiatzaren 30a", "Adimen artifizialeko funtzioei buruzko atal berria")]},
]


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.b64tok(rng, 64)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.25, lambda: (C.hexs(rng, 64), C.hexs(rng, 40), str(rng.randint(26800, 27900))))
    return s


LABELS = {"csrf": "per-visit CSRF token (meta csrf-token)", "assets": "Zendesk application/theme asset digests and build comment"}


def _ids(t):
    return t.split(".")[0] if t[0].isdigit() else {"Laburpena": "laburpena", "Ohiko galderak": "galderak",
                                                   "Bertsioen historia": "bertsioak"}.get(t, "x")


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    app, theme, ver = s["assets"]
    title = head[0][1]
    upd = parse_date(head[1][1].split(": ", 1)[1])
    lab = seg["laburpena"]
    callout = '<div class="callout callout--laburpena"><h2 id="laburpena">%s</h2>%s</div>' % (C.inline_html(lab[0][1]), C.blocks_html(lab[1:]))

    def sect(bl):
        out = []
        for b in bl:
            if b[0] == "h2":
                out.append('<h2 id="atala-%s">%s</h2>' % (_ids(b[1]), C.inline_html(b[1])))
            else:
                out.append(C.block_html(b))
        return "\n".join(out)
    hist = seg["historia"]
    body = ('<p class="azken-eguneratzea">%s</p>\n%s\n'
            '<p class="policy-actions"><a href="javascript:window.print()">Inprimatu</a> · '
            '<a href="/hc/article_attachments/14523698741236">Deskargatu PDFa</a> · <a href="#atala-bertsioak">Aurreko bertsioak</a></p>\n'
            '%s\n%s\n%s\n%s'
            % (C.inline_html(head[1][1]), C.blocks_html(head[2:]), callout, sect(seg["osoa"]), sect(seg["galderak"]), sect(hist)))
    rows = hist[1][1]
    attachments = "".join('<li class="attachment-item"><a href="/hc/eu/article_attachments/%d" class="attachment-name">pribatutasun-politika-v%s.pdf</a>'
                          '<div class="attachment-meta"><div class="attachment-meta-item">%d KB</div></div></li>'
                          % (14523698741300 + n, r[0], 180 + 7 * n) for n, r in enumerate(rows[2:]))
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="eu">\n<head>\n  <meta charset="utf-8" />\n  <!-- v%s -->\n'
            '  <title>%s &ndash; Sinatu Laguntza-zentroa</title>\n\n  <meta name="csrf-param" content="authenticity_token">\n'
            '<meta name="csrf-token" content="%s">\n  <link rel="canonical" href="%s">\n'
            '<link rel="alternate" hreflang="es" href="https://laguntza.sinatu.eus/hc/es/articles/360012345678-Pol%%C3%%ADtica-de-privacidad">\n'
            '<link rel="alternate" hreflang="eu" href="%s">\n'
            '  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />\n'
            '    <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HB2XK8Q4M7W2S3E9R6T1Y0UP/1500001234567/style.css?digest=%s">\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n</head>\n<body class="">\n'
            '  <a class="skip-navigation" tabindex="1" href="#main-content">Joan eduki nagusira</a>\n\n'
            '<header class="header">\n  <div class="logo">\n    <a title="Hasiera" href="/hc/eu">\n      <img src="/hc/theming_assets/01HB2XK8Q4M7W2S3E9R6T1Y0UP/logo.png" alt="Sinatu Laguntza-zentroaren hasierako orria">\n'
            '    </a>\n  </div>\n  <div class="nav-wrapper-desktop">\n    <nav class="user-nav" id="user-nav" aria-label="Erabiltzailearen nabigazioa">\n'
            '      <ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/eu/requests/new">Bidali eskaera bat</a></li></ul>\n    </nav>\n'
            '      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Ireki elkarrizketa-koadroa" role="button" href="/hc/eu/signin?return_to=%%2Fhc%%2Feu%%2Farticles%%2F360012345678">Hasi saioa</a>\n'
            '  </div>\n</header>\n\n  <main role="main">\n    <div class="container-divider"></div>\n<div class="container">\n  <nav class="sub-nav">\n'
            '    <ol class="breadcrumbs">\n      <li title="Sinatu Laguntza-zentroa"><a href="/hc/eu">Sinatu Laguntza-zentroa</a></li>\n'
            '      <li title="Legala"><a href="/hc/eu/categories/360001111111-Legala">Legala</a></li>\n'
            '      <li title="Pribatutasuna"><a href="/hc/eu/sections/360002222222-Pribatutasuna">Pribatutasuna</a></li>\n    </ol>\n'
            '    <div class="search-container"><form role="search" class="search" data-search="" action="/hc/eu/search" accept-charset="UTF-8" method="get">'
            '<input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Bilatu" aria-label="Bilatu" /></form></div>\n'
            '  </nav>\n\n  <div class="article-container" id="article-container">\n'
            '    <aside class="article-sidebar" aria-labelledby="section-articles-title">\n      <div class="collapsible-sidebar">\n'
            '        <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Atal honetako artikuluak</h2>\n'
            '        <ul><li><a href="/hc/eu/articles/360012345678-Pribatutasun-politika" class="sidenav-item current-article">Pribatutasun-politika</a></li>'
            '<li><a href="/hc/eu/articles/360012345690-Cookie-politika" class="sidenav-item">Cookie-politika</a></li>'
            '<li><a href="/hc/eu/articles/360012345702-Datuen-tratamendu-kontratua-DPA" class="sidenav-item">Datuen tratamendu-kontratua (DPA)</a></li>'
            '<li><a href="/hc/eu/articles/360012345714-Azpiarduradunak" class="sidenav-item">Azpiarduradunak</a></li></ul>\n      </div>\n    </aside>\n\n'
            '    <article id="main-content" class="article">\n      <header class="article-header">\n'
            '        <h1 title="%s" class="article-title">\n          %s\n        </h1>\n\n'
            '        <div class="article-author"><div class="article-meta"><ul class="meta-group"><li class="meta-data">'
            '<time datetime="%sT09:14:27Z" title="%sT09:14:27Z" data-datetime="calendar">%s</time></li><li class="meta-data">Eguneratua</li></ul></div></div>\n'
            '          <a class="article-subscribe button-secondary" title="Sakatu artikulu honetara harpidetzeko" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/eu/articles/360012345678-Pribatutasun-politika/subscription.html">Jarraitu</a>\n'
            '      </header>\n\n      <section class="article-info">\n        <div class="article-content">\n'
            '          <div class="article-body">%s</div>\n\n'
            '          <div class="article-attachments">\n            <ul class="attachments">\n              %s\n            </ul>\n          </div>\n'
            '        </div>\n      </section>\n\n      <footer>\n        <div class="article-footer">\n          <div class="article-share">'
            '<ul class="share"><li><a href="https://www.facebook.com/share.php?title=Pribatutasun-politika&u=%s" class="share-facebook">Facebook</a></li>'
            '<li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Sinatu&title=Pribatutasun-politika&url=%s" class="share-linkedin">LinkedIn</a></li></ul></div>\n'
            '        </div>\n          <div class="article-votes">\n            <h2 class="article-votes-question" id="article-votes-label">Artikulu hau lagungarria izan da?</h2>\n'
            '            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Artikulu hau lagungarria izan da" aria-pressed="false">Bai</button>'
            '<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Artikulu hau ez da lagungarria izan" aria-pressed="false">Ez</button></div>\n'
            '          </div>\n        <div class="article-more-questions">\n          Galdera gehiago dituzu? <a href="/hc/eu/requests/new">Bidali eskaera bat</a>\n        </div>\n'
            '      </footer>\n    </article>\n  </div>\n</div>\n  </main>\n\n'
            '<footer class="footer">\n  <div class="footer-inner">\n    <a title="Hasiera" href="/hc/eu">Sinatu Laguntza-zentroa</a>\n'
            '    <div class="footer-language-selector"><a href="/hc/change_language/es?return_to=%%2Fhc%%2Fes%%2Farticles%%2F360012345678" dir="ltr" rel="nofollow">Español</a></div>\n  </div>\n</footer>\n\n'
            '  <script src="//static.zdassets.com/hc/assets/eu.%s.js"></script>\n'
            '  <script type="text/javascript">\n  HelpCenter = {};\n  HelpCenter.account = {"subdomain":"sinatu","environment":"production","name":"Sinatu"};\n'
            '  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n'
            '  HelpCenter.internal = {"current_session":{"locale":"eu","csrf_token":null,"shared_csrf_token":null},"settings":{"zopim_enabled":false,"spam_filter_enabled":true},"current_record_id":"360012345678","current_record_url":"/hc/eu/articles/360012345678-Pribatutasun-politika","current_record_title":"Pribatutasun-politika","current_text_direction":"ltr","current_brand_id":360000987654,"current_brand_name":"Sinatu"};\n'
            '  </script>\n</body>\n</html>\n'
            % (ver, html.escape(title), s["csrf"], URL, URL, app, theme, html.escape(title, quote=True), C.inline_html(title),
               upd.isoformat(), upd.isoformat(), html.escape(head[1][1].split(": ", 1)[1]), body, attachments, URL, URL, theme[:20]))


PAGE = {
    "service": "Sinatu", "url": URL, "lang": "eu", "platform": "Zendesk Guide (help-centre article)",
    "content_type": "text/html; charset=utf-8",
    "n": 32, "start": dt.date(2020, 11, 2), "end": dt.date(2024, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"], "remove": [".policy-actions"]},
}
