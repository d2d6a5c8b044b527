"""Ξαναφορεμένα (Xanaforemena) - el consignment store for pre-owned designer fashion (Athens) - Shopify, Dawn-based
theme, the built-in /policies/privacy-policy page."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://xanaforemena.gr/policies/privacy-policy"


def fmt_date(d):
    return K.dmy(d, "el")


POLICY = """
# Πολιτική απορρήτου

Τελευταία ενημέρωση: {UPDATED}

Το Ξαναφορεμένα είναι κατάστημα παρακαταθήκης (consignment) μεταχειρισμένων ρούχων, τσαντών και αξεσουάρ επώνυμων οίκων, με φυσικό κατάστημα στο Κολωνάκι και ηλεκτρονικό κατάστημα. Η παρούσα Πολιτική απορρήτου περιγράφει πώς συλλέγουμε, χρησιμοποιούμε και κοινοποιούμε τα προσωπικά σας δεδομένα όταν επισκέπτεστε τον ιστότοπό μας, αγοράζετε ή μας εμπιστεύεστε κομμάτια προς πώληση.

## Υπεύθυνος επεξεργασίας

@ ΞΑΝΑΦΟΡΕΜΕΝΑ Ι.Κ.Ε.
@ Σκουφά 38, 106 73 Αθήνα
@ ΑΦΜ 801245771, ΓΕΜΗ 158334201000
@ [privacy@xanaforemena.gr](mailto:privacy@xanaforemena.gr)

## Ποια δεδομένα συλλέγουμε

- Στοιχεία επικοινωνίας: ονοματεπώνυμο, διεύθυνση, τηλέφωνο και email.
- Στοιχεία παραγγελιών: προϊόντα που αγοράσατε, διεύθυνση αποστολής, τρόπος πληρωμής.
- Στοιχεία παρακαταθέτη: αριθμός ταυτότητας, IBAN για την απόδοση του ποσού της πώλησης και τα κομμάτια που μας παραδώσατε.
- Πληροφορίες συσκευής: πρόγραμμα περιήγησης, διεύθυνση IP, ζώνη ώρας και cookies.

## Πώς χρησιμοποιούμε τα δεδομένα σας

Χρησιμοποιούμε τα δεδομένα σας για να εκτελούμε τις παραγγελίες σας, να διαχειριζόμαστε τις συμβάσεις παρακαταθήκης και να σας ενημερώνουμε όταν πωληθεί ένα κομμάτι σας, να αποδίδουμε τα ποσά που σας αναλογούν, να εκδίδουμε παραστατικά σύμφωνα με τη φορολογική νομοθεσία και, με τη συγκατάθεσή σας, να σας στέλνουμε ενημερωτικό δελτίο με νέες αφίξεις.

## Με ποιους τα μοιραζόμαστε

Το ηλεκτρονικό μας κατάστημα φιλοξενείται από τη Shopify. Μοιραζόμαστε επίσης δεδομένα με τους παρακάτω συνεργάτες:

| Συνεργάτης | Σκοπός |
| Shopify International Ltd | Πλατφόρμα ηλεκτρονικού καταστήματος |
| Viva Wallet | Πληρωμές με κάρτα |
| ACS Courier | Αποστολή παραγγελιών |
| Klaviyo | Ενημερωτικό δελτίο |

Ενδέχεται επίσης να κοινοποιήσουμε δεδομένα για να συμμορφωθούμε με την ισχύουσα νομοθεσία ή με αίτημα δημόσιας αρχής.

## Πιστοποίηση γνησιότητας

Για τις τσάντες και τα αξεσουάρ πολυτελείας συνεργαζόμαστε με ανεξάρτητη υπηρεσία πιστοποίησης γνησιότητας, στην οποία διαβιβάζονται φωτογραφίες του αντικειμένου και ο κωδικός της παρακαταθήκης, χωρίς το όνομά σας.

## Διατήρηση δεδομένων

Τα φορολογικά παραστατικά διατηρούνται για πέντε έτη από τη λήξη της διαχειριστικής χρήσης. Τα στοιχεία των συμβάσεων παρακαταθήκης διατηρούνται για τρία έτη από την απόδοση του τελευταίου ποσού.

## Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης. Μπορείτε να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή. Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην [Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα](https://www.dpa.gr).

## Επικοινωνία

Για οποιαδήποτε ερώτηση σχετικά με την παρούσα πολιτική, επικοινωνήστε μαζί μας στο email παραπάνω ή στο τηλέφωνο 210 361 2290.

## Cookies

Χρησιμοποιούμε cookies που είναι απαραίτητα για τη λειτουργία του καλαθιού και της ολοκλήρωσης αγοράς, καθώς και, με τη συγκατάθεσή σας, cookies στατιστικής και διαφήμισης. Μπορείτε να αλλάξετε τις επιλογές σας ανά πάσα στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος της σελίδας.

## Παρακαταθέτες

Όταν μας φέρνετε κομμάτια προς πώληση, υπογράφουμε σύμβαση παρακαταθήκης στην οποία καταγράφονται τα στοιχεία σας, η περιγραφή και η τιμή κάθε κομματιού και το ποσοστό προμήθειας. Μέσω του λογαριασμού παρακαταθέτη μπορείτε να βλέπετε ποια κομμάτια έχουν πωληθεί και πότε θα σας αποδοθεί το ποσό.

## Ανήλικοι

Οι υπηρεσίες μας δεν απευθύνονται σε άτομα κάτω των 16 ετών και δεν συλλέγουμε εν γνώσει μας δεδομένα ανηλίκων.
"""

EDITS = [
    {"note": "processor replaced: Klaviyo -> Shopify Email for the newsletter",
     "repl": [("| Klaviyo | Ενημερωτικό δελτίο |", "| Shopify Email | Ενημερωτικό δελτίο |")]},
    {"note": "carrier row added (BOX NOW lockers)",
     "repl": [("| ACS Courier | Αποστολή παραγγελιών |", "| ACS Courier | Αποστολή παραγγελιών |\n"
               "| BOX NOW | Παράδοση σε αυτόματα ερμάρια |")]},
    {"note": "authentication paragraph names the service (Entrupy) and adds retention of photos",
     "repl": [("συνεργαζόμαστε με ανεξάρτητη υπηρεσία πιστοποίησης γνησιότητας,",
               "συνεργαζόμαστε με την ανεξάρτητη υπηρεσία πιστοποίησης γνησιότητας Entrupy,"),
              ("ο κωδικός της παρακαταθήκης, χωρίς το όνομά σας.", "ο κωδικός της παρακαταθήκης, χωρίς το όνομά σας. "
               "Οι φωτογραφίες διατηρούνται για δύο έτη.")]},
    {"note": "phone number changed, no new date", "bump": False,
     "repl": [("στο τηλέφωνο 210 361 2290.", "στο τηλέφωνο 210 364 7781 (Δευτέρα έως Σάββατο, 10:00-18:00).")]},
    {"note": "consignment retention 3 -> 6 years; device-info list item removed 'ζώνη ώρας'",
     "repl": [("διατηρούνται για τρία έτη από την απόδοση", "διατηρούνται για έξι έτη από την απόδοση"),
              ("διεύθυνση IP, ζώνη ώρας και cookies.", "διεύθυνση IP και cookies.")]},
]

ANNOUNCE = [(1, 8, 2, 28, "Χειμερινές εκπτώσεις: έως -40% σε επιλεγμένα κομμάτια"),
            (7, 10, 8, 31, "Θερινές εκπτώσεις: έως -30%"),
            (11, 20, 11, 30, "Black Friday: -20% σε όλες τις τσάντες"),
            (12, 1, 12, 24, "Δωροκάρτες για τις γιορτές - παράδοση με email")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.uuid4(rng), C.uuid4(rng), rng.randint(10 ** 9, 10 ** 10))}
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.2, lambda: (rng.randint(130000000000, 180000000000),
                                                                  rng.randint(1640000000, 1780000000)))
    s["announce"] = K.season(when, ANNOUNCE, "Δωρεάν αποστολή για αγορές άνω των 80 €")
    s["cart"] = rng.choice([0, 0, 0, 0, 1])
    return s


LABELS = {"req": "Shopify per-request ids (web pixels page id, trekkie pageview, serverRequestId)",
          "theme": "Shopify.theme id and cdn asset ?v= after theme publishes", "announce": "announcement bar by season",
          "cart": "cart bubble count (session cookie)"}


def render(s, blocks, when):
    tid, av = s["theme"]
    pv, wp, srv = s["req"]
    body = C.render_blocks(blocks[1:], sep="\n")
    meta = json.dumps({"page": {"pageType": "policy", "requestId": pv}, "serverRequestId": srv},
                      separators=(",", ":"))
    cart = ('<div class="cart-count-bubble"><span aria-hidden="true">1</span></div>' if s["cart"] else "")
    return ('<!doctype html>\n<html class="js" lang="el">\n<head>\n<meta charset="utf-8">\n'
            '<title>Πολιτική απορρήτου &ndash; Ξαναφορεμένα</title>\n'
            '<link href="//xanaforemena.gr/cdn/shop/t/7/assets/base.css?v=%d" rel="stylesheet" type="text/css" '
            'media="all" />\n'
            '<script>var Shopify = Shopify || {};Shopify.shop = "xanaforemena.myshopify.com";Shopify.locale = "el";'
            'Shopify.currency = {"active":"EUR","rate":"1.0"};Shopify.country = "GR";Shopify.theme = {"name":'
            '"Dawn","id":%d,"schema_name":"Dawn","schema_version":"15.0.0","theme_store_id":887,"role":"main"};'
            '</script>\n<script id="web-pixels-manager-setup">window.webPixelsManager && webPixelsManager.init({'
            '"pageId":"%s","shopId":61844127901});</script>\n'
            '<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = %s;'
            '</script>\n</head>\n<body class="gradient">\n'
            '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Μετάβαση στο περιεχόμενο</a>\n'
            '<div id="shopify-section-sections--18234--announcement-bar" class="shopify-section shopify-section-group-'
            'header-group announcement-bar-section"><div class="announcement-bar color-scheme-4 gradient"><p class="'
            'announcement-bar__message h5"><span>%s</span></p></div></div>\n'
            '<div id="shopify-section-sections--18234--header" class="shopify-section shopify-section-group-header-'
            'group section-header"><header class="header header--middle-left page-width"><a href="/" class="header__'
            'heading-link"><span class="h2">Ξαναφορεμένα</span></a><nav class="header__inline-menu"><ul class="list-'
            'menu list-menu--inline"><li><a href="/collections/nees-afikseis" class="header__menu-item">Νέες αφίξεις'
            '</a></li><li><a href="/collections/tsantes" class="header__menu-item">Τσάντες</a></li><li><a href="/pages'
            '/parakatathiki" class="header__menu-item">Παρακαταθήκη</a></li></ul></nav><a href="/cart" class="header'
            '__icon header__icon--cart link focus-inset" id="cart-icon-bubble">Καλάθι%s</a></header></div>\n'
            '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n'
            '<div class="shopify-policy__container">\n<div class="shopify-policy__title">\n<h1>%s</h1>\n</div>\n\n'
            '<div class="shopify-policy__body">\n<div class="rte">\n%s\n</div>\n</div>\n</div>\n</main>\n'
            '<div id="shopify-section-sections--18234--footer" class="shopify-section shopify-section-group-footer-'
            'group"><footer class="footer color-scheme-1 gradient section-sections--18234--footer-padding"><div '
            'class="footer-block__newsletter"><form method="post" action="/contact#contact_form" id="contact_form" '
            'accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" '
            'value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]"'
            ' value="newsletter"><input type="email" name="contact[email]"></form></div><small class="copyright__'
            'content">&copy; %d, <a href="/" title="">Ξαναφορεμένα</a></small><ul class="policies list-unstyled"><li>'
            '<a href="/policies/refund-policy">Πολιτική επιστροφής χρημάτων</a></li><li><a href="/policies/privacy-'
            'policy">Πολιτική απορρήτου</a></li></ul></footer></div>\n'
            '<script src="//xanaforemena.gr/cdn/shop/t/7/assets/global.js?v=%d" defer="defer"></script>\n'
            '</body>\n</html>\n'
            % (av, tid, wp, meta, C.esc(s["announce"]), cart, C.esc(blocks[0][1]), body, when.year, av + 17))


PAGE = {
    "service": "Xanaforemena", "url": URL, "lang": "el-GR", "platform": "Shopify (Dawn)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 1, 31), "hours": (5, 11, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".shopify-policy__container"]},
}
