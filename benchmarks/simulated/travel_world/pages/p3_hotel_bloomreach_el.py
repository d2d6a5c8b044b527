"""Helios Blue Hotels & Resorts - el-GR - Bloomreach Experience Manager (Hippo CMS).

Until September 2024 the classic FreeMarker delivery tier: `;jsessionid=` URL rewriting on every generated link (the
crawler sends no cookies), /webfiles/<timestamp>/ resources, component-rendering URLs, a Helios Club promo inside the
article. Then the Bloomreach SPA SDK (Next.js, server-rendered): br-container-box/item markup, __NEXT_DATA__ page
model, a generated table of contents inside the document section; the selector changes (declaration history).
Booking widget with "N people are looking", weather box, currency switcher. Greek genitive month names."""
import datetime as dt
import json
import common as C

URL = "https://www.heliosblue.gr/el/politiki-prostasias-dedomenon"
MINES = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MINES[d.month - 1], d.year)


POLICY = """
# Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η Helios Blue Ξενοδοχειακή Α.Ε. σέβεται την ιδιωτικότητα των επισκεπτών των ξενοδοχείων της και των χρηστών του ιστότοπου. Η παρούσα Πολιτική εξηγεί ποια προσωπικά δεδομένα συλλέγουμε, για ποιο σκοπό και ποια δικαιώματα έχετε σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ) και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι η «Helios Blue Ξενοδοχειακή Α.Ε.», Λεωφόρος Συγγρού 112, 117 41 Αθήνα, ΑΦΜ 099812345.

Για κάθε θέμα σχετικό με τα προσωπικά σας δεδομένα μπορείτε να επικοινωνήσετε με τον Υπεύθυνο Προστασίας Δεδομένων στο [dpo@heliosblue.gr](mailto:dpo@heliosblue.gr).

## 2. Ποια δεδομένα συλλέγουμε

- στοιχεία ταυτότητας και επικοινωνίας (ονοματεπώνυμο, διεύθυνση, τηλέφωνο, email)
- στοιχεία κράτησης (ημερομηνίες διαμονής, τύπος δωματίου, αριθμός επισκεπτών, ειδικά αιτήματα)
- στοιχεία διαβατηρίου ή ταυτότητας, όπως απαιτείται από την ελληνική νομοθεσία για την καταγραφή των επισκεπτών
- στοιχεία πληρωμής, τα οποία επεξεργάζεται ο πάροχος πληρωμών μας
- στοιχεία μέλους του προγράμματος Helios Club (πόντοι, επίπεδο, ιστορικό διαμονών)

## 3. Σκοποί και νομική βάση

Επεξεργαζόμαστε τα δεδομένα σας για την εκτέλεση της κράτησης και της σύμβασης φιλοξενίας, για τη συμμόρφωση με τις φορολογικές και αστυνομικές υποχρεώσεις μας και, εφόσον το επιθυμείτε, για την αποστολή προσφορών με βάση τη συγκατάθεσή σας.

## 4. Αποδέκτες

Διαβιβάζουμε δεδομένα μόνο όπου είναι απαραίτητο:

- στα ξενοδοχεία του ομίλου στα οποία έχετε πραγματοποιήσει κράτηση
- στον πάροχο της μηχανής κρατήσεων SynXis (Sabre Hospitality Solutions)
- στον πάροχο πληρωμών Viva Wallet
- σε δημόσιες αρχές, όταν αυτό απαιτείται από τον νόμο

## 5. Χρόνος διατήρησης

Τα δεδομένα κρατήσεων διατηρούνται για πέντε (5) έτη από το τέλος της διαμονής, όπως προβλέπει η φορολογική νομοθεσία. Τα δεδομένα των μελών Helios Club διατηρούνται όσο διαρκεί η συμμετοχή σας και για δύο (2) έτη μετά τη λήξη της.

Το υλικό των συστημάτων βιντεοεπιτήρησης των ξενοδοχείων διαγράφεται αυτόματα μετά από δεκαπέντε (15) ημέρες.

## 6. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης. Μπορείτε να ασκήσετε τα δικαιώματά σας με email στον Υπεύθυνο Προστασίας Δεδομένων. Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην [Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα](https://www.dpa.gr).
"""

EDITS = [
    {"note": "recipients: new bullet for the property-management system provider (Oracle OPERA Cloud)",
     "repl": [("- στον πάροχο πληρωμών Viva Wallet",
               "- στον πάροχο πληρωμών Viva Wallet\n- στον πάροχο του συστήματος διαχείρισης ξενοδοχείων OPERA Cloud (Oracle Hospitality)")]},
    {"note": "retention of booking data 5 -> 10 years",
     "repl": [("διατηρούνται για πέντε (5) έτη από το τέλος της διαμονής", "διατηρούνται για δέκα (10) έτη από το τέλος της διαμονής")]},
    {"note": "DPO e-mail changed to privacy@heliosblue.com (link text and mailto target; date not bumped)", "bump": False,
     "repl": [("[dpo@heliosblue.gr](mailto:dpo@heliosblue.gr)", "[privacy@heliosblue.com](mailto:privacy@heliosblue.com)")]},
    {"note": "rights section reworded: one-month answer period and identity check added",
     "repl": [("Μπορείτε να ασκήσετε τα δικαιώματά σας με email στον Υπεύθυνο Προστασίας Δεδομένων.",
               "Μπορείτε να ασκήσετε τα δικαιώματά σας με email στον Υπεύθυνο Προστασίας Δεδομένων. Θα απαντήσουμε εντός ενός μηνός από την παραλαβή του αιτήματος, αφού επιβεβαιώσουμε την ταυτότητά σας.")]},
    {"note": "new section 7 'Guest Wi-Fi' appended",
     "repl": [("[Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα](https://www.dpa.gr).",
               "[Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα](https://www.dpa.gr).\n\n## 7. Wi-Fi επισκεπτών\n\n"
               "Κατά τη χρήση του δωρεάν Wi-Fi των ξενοδοχείων καταγράφουμε τον αριθμό δωματίου, τη διεύθυνση MAC της συσκευής σας και τον χρόνο σύνδεσης. Τα δεδομένα αυτά διατηρούνται για έξι (6) μήνες για λόγους ασφάλειας του δικτύου.")]},
]

HOTELS = [("santorini", "Helios Blue Santorini", "Σαντορίνη", 240), ("crete", "Helios Blue Elounda", "Κρήτη", 185),
          ("rhodes", "Helios Blue Lindos", "Ρόδος", 160), ("mykonos", "Helios Blue Mykonos Town", "Μύκονος", 290),
          ("halkidiki", "Helios Blue Kassandra", "Χαλκιδική", 135), ("athens", "Helios Blue Athens Riviera", "Αθήνα", 150)]
CUR = {"EUR": ("€", 1.0), "USD": ("$", 1.09), "GBP": ("£", 0.86)}
SKY = ["Ηλιοφάνεια", "Λίγα σύννεφα", "Συννεφιά", "Βροχή", "Ισχυροί άνεμοι"]
PROMOS = [("Γίνετε μέλος του Helios Club και κερδίστε 10% έκπτωση στην πρώτη σας κράτηση.", "club-join"),
          ("Διπλοί πόντοι Helios Club για διαμονές έως τις 30 Ιουνίου.", "double-points"),
          ("Early Booking: έως 25% έκπτωση για καλοκαιρινές διακοπές.", "early-booking")]
SPA = dt.datetime(2024, 9, 10)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.hexs(rng, 32).upper(), C.uuid4(rng), C.b64tok(rng, 18))
    s["currency"] = rng.choice(["EUR", "EUR", "EUR", "USD", "GBP"])
    h = rng.randrange(len(HOTELS))
    s["booking"] = (h, rng.randint(3, 41), HOTELS[h][3] + rng.randint(-30, 60))
    s["weather"] = tuple((k, rng.randint(8, 33), rng.randrange(len(SKY))) for k in (0, 1, 5))
    s["webfiles"] = C.keep_or(rng, prev.get("webfiles"), 0.3,
                              lambda: 1000 * (C.epoch(when) - rng.randint(3600, 40 * 86400)) + rng.randint(0, 999))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.45, lambda: rng.randrange(len(PROMOS)))
    s["design"] = "spa" if when >= SPA else "ftl"
    return s


LABELS = {
    "tokens": "per-visit tokens (jsessionid rewritten into links, Bloomreach Engagement cookie id, CSRF)",
    "currency": "currency switcher selection (prices re-rendered)",
    "booking": "booking widget: featured hotel, 'N άτομα βλέπουν' counter, price",
    "weather": "weather box temperatures",
    "webfiles": "/webfiles/<timestamp>/ resource fingerprint",
    "promo": "Helios Club promo (inside the article before the redesign)",
    "design": "redesign: FreeMarker site -> Bloomreach SPA SDK (Next.js); selector changes",
}


def render(s, blocks, when):
    jsid, exp, csrf = s["tokens"]
    spa = s["design"] == "spa"
    j = "" if spa else ";jsessionid=" + jsid
    wf = "/webfiles/%d" % s["webfiles"]
    sym, rate = CUR[s["currency"]]
    h, viewers, price = s["booking"]
    hid, hname, hplace, _ = HOTELS[h]
    head, secs = C.split_sections(blocks)
    h1, lead = head[0], head[1:]
    secs_html = "\n".join('<h2 id="section-%d">%s</h2>\n%s' % (n, C.inline_html(t), C.blocks_html(bl)) for n, (t, bl) in enumerate(secs, 1))
    weather = "".join('<li class="weather__item"><span class="weather__place">%s</span> <span class="weather__temp">%d°C</span> '
                      '<span class="weather__sky">%s</span></li>' % (HOTELS[k][2], t, SKY[c]) for k, t, c in s["weather"])
    booking = ('<div class="booking-widget" data-ajax-url="/el/politiki-prostasias-dedomenon?_hn:type=component-rendering&amp;_hn:ref=r46_r1_r3">'
               '<p class="booking-widget__hotel">%s</p><p class="booking-widget__price">από <strong>%s%d</strong> / νύχτα</p>'
               '<p class="booking-widget__live">%d άτομα βλέπουν αυτό το ξενοδοχείο τώρα</p>'
               '<form action="https://be.synxis.com/" method="get"><input type="hidden" name="chain" value="28711"><input type="hidden" name="hotel" value="%s">'
               '<input type="date" name="arrive" value="%s"><input type="date" name="depart" value="%s"><input type="hidden" name="currency" value="%s">'
               '<button type="submit">Κράτηση</button></form></div>'
               % (hname, sym, round(price * rate), viewers, hid, (when + dt.timedelta(days=1)).strftime("%Y-%m-%d"),
                  (when + dt.timedelta(days=3)).strftime("%Y-%m-%d"), s["currency"]))
    cur = "".join('<option value="%s"%s>%s %s</option>' % (c, " selected" if c == s["currency"] else "", CUR[c][0], c) for c in CUR)
    promo_t, promo_id = PROMOS[s["promo"]]
    nav = [("/el/xenodocheia", "Ξενοδοχεία"), ("/el/prosfores", "Προσφορές"), ("/el/helios-club", "Helios Club"),
           ("/el/ekdiloseis", "Εκδηλώσεις"), ("/el/epikoinonia", "Επικοινωνία")]
    if not spa:
        navh = "".join('<li><a href="%s%s">%s</a></li>' % (u, j, t) for u, t in nav)
        body = ('<header class="site-header"><a class="logo" href="/el%s"><img src="%s/images/logo-heliosblue.svg" alt="Helios Blue"></a>'
                '<nav class="main-nav"><ul>%s</ul></nav><div class="lang-switch"><a href="/el/politiki-prostasias-dedomenon%s" class="active">ΕΛ</a> '
                '<a href="/en/privacy-policy%s">EN</a></div><form class="currency-switch" action="/el/politiki-prostasias-dedomenon%s" method="post">'
                '<input type="hidden" name="_csrf" value="%s"><select name="currency">%s</select></form></header>\n'
                '<div class="container"><div class="row">\n<div class="col-md-8">\n'
                '<article class="legal-page">\n%s\n<div class="rich-text">\n%s\n</div>\n'
                '<aside class="club-promo club-promo--%s"><p>%s</p><a href="/el/helios-club%s" class="btn">Εγγραφή</a></aside>\n'
                '<div class="rich-text">\n%s\n</div>\n</article>\n</div>\n'
                '<div class="col-md-4 sidebar">%s<div class="weather"><h3>Ο καιρός στους προορισμούς μας</h3><ul>%s</ul></div></div>\n'
                '</div></div>\n'
                '<footer class="site-footer"><ul><li><a href="/el/oroi-xrisis%s">Όροι χρήσης</a></li><li><a href="/el/politiki-prostasias-dedomenon%s">Προσωπικά δεδομένα</a></li>'
                '<li><a href="/el/politiki-cookies%s">Cookies</a></li></ul><p>&copy; %d Helios Blue Hotels &amp; Resorts</p></footer>\n'
                '<script src="%s/js/main.js"></script>\n'
                % (j, wf, navh, j, j, j, csrf, cur, C.block_html(h1), C.blocks_html(lead), promo_id, promo_t, j, secs_html,
                   booking, weather, j, j, j, when.year, wf))
        return ('<!DOCTYPE html>\n<html lang="el">\n<head>\n<meta charset="utf-8">\n<title>Πολιτική Προστασίας Προσωπικών Δεδομένων | Helios Blue Hotels</title>\n'
                '<link rel="stylesheet" href="%s/css/style.css">\n'
                '<script src="https://api.exponea.com/js/exponea.min.js" data-cookie-id="%s"></script>\n'
                '</head>\n<body class="page-legal">\n%s</body>\n</html>\n' % (wf, exp, body))
    toc = "".join('<li><a href="#section-%d">%s</a></li>' % (n, C.inline_html(t)) for n, (t, _) in enumerate(secs, 1))
    navh = "".join('<li class="nav__item"><a class="nav__link" href="%s">%s</a></li>' % (u, t) for u, t in nav)
    model = {"page": {"id": "r46", "name": "politiki-prostasias-dedomenon", "type": "component"},
             "meta": {"visitor": {"id": exp, "new": True}, "branch": "master", "currency": s["currency"]},
             "document": {"title": h1[1], "updated": blocks[1][1]}}
    nd = json.dumps({"props": {"pageProps": {"configuration": {"path": "/el/politiki-prostasias-dedomenon"}, "page": model}},
                     "page": "/[[...route]]", "query": {"route": ["el", "politiki-prostasias-dedomenon"]},
                     "buildId": "hb-%d" % (s["webfiles"] // 1000), "isFallback": False, "gssp": True}, ensure_ascii=False)
    body = ('<div id="__next"><div class="br-page">\n'
            '<div class="br-container-box header"><div class="br-container-item"><header class="header">'
            '<a class="header__logo" href="/el"><img src="/_next/static/media/logo.%s.svg" alt="Helios Blue"></a>'
            '<nav class="nav"><ul class="nav__list">%s</ul></nav><div class="header__tools"><select class="currency-select" aria-label="Νόμισμα">%s</select>'
            '<a class="header__lang" href="/en/privacy-policy">EN</a><a class="btn btn--primary" href="/el/kratisi">Κάντε κράτηση</a></div></header></div></div>\n'
            '<div class="br-container-box main"><div class="br-container-item">\n'
            '<section class="legal-document">\n%s\n<nav class="legal-document__toc" aria-label="Περιεχόμενα"><p class="legal-document__toc-title">Περιεχόμενα</p><ol>%s</ol></nav>\n'
            '<div class="legal-document__body">\n%s\n%s\n</div>\n</section>\n</div>\n'
            '<div class="br-container-item">%s</div>\n'
            '<div class="br-container-item"><div class="club-banner club-banner--%s"><p>%s</p><a href="/el/helios-club">Εγγραφή</a></div></div>\n'
            '<div class="br-container-item"><div class="weather-card"><p class="weather-card__title">Ο καιρός τώρα</p><ul>%s</ul></div></div>\n'
            '</div>\n'
            '<div class="br-container-box footer"><div class="br-container-item"><footer class="footer"><ul><li><a href="/el/oroi-xrisis">Όροι χρήσης</a></li>'
            '<li><a href="/el/politiki-prostasias-dedomenon">Προσωπικά δεδομένα</a></li><li><a href="/el/politiki-cookies">Cookies</a></li></ul>'
            '<p>&copy; %d Helios Blue Hotels &amp; Resorts</p></footer></div></div>\n'
            '</div></div>\n'
            % (C.hexs(__import__("random").Random(s["webfiles"]), 8), navh, cur, C.block_html(h1, {"h1": "legal-document__title"}), toc,
               C.blocks_html(lead), secs_html, booking, promo_id, promo_t, weather, when.year))
    return ('<!DOCTYPE html>\n<html lang="el">\n<head>\n<meta charSet="utf-8"/>\n<title>Πολιτική Προστασίας Προσωπικών Δεδομένων | Helios Blue Hotels</title>\n'
            '<meta name="viewport" content="width=device-width"/>\n'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>\n'
            '</head>\n<body>\n%s'
            '<script id="__NEXT_DATA__" type="application/json">%s</script>\n'
            '<script src="https://api.exponea.com/js/exponea.min.js" data-cookie-id="%s"></script>\n'
            '</body>\n</html>\n' % (s["webfiles"] % 99991, s["webfiles"] % 99991, body, nd.replace("</", "<\\/"), exp))


PAGE = {
    "service": "Helios Blue Hotels", "url": URL, "lang": "el-GR", "platform": "Bloomreach Experience Manager (Hippo)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Set-Cookie", "serverid=hb-delivery-2; Path=/")),
    "n": 29, "start": dt.date(2021, 4, 10), "end": dt.date(2026, 5, 20), "hours": (2, 8, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".br-container-item .legal-document"], "remove": [".legal-document__toc"]},
    "history": [{"fetch": URL, "select": ["article.legal-page"], "remove": [".club-promo"],
                 "validUntil": "2024-09-10T00:00:00Z"}],
}
