"""Σταυρίδης Ωρολογοποιία (Greek authorised watch retailer and service centre: boutiques in Kolonaki and, in
season, Mykonos; e-shop for the brands that allow online sales), Magento Open Source 2.4 with Page Builder on a Luma
child theme. The policy is a CMS page built with Page Builder (row > text, with the inline <style> of data-pb-style
ids that Page Builder writes again on every save); a "Catalog Products List" widget ("Νέες αφίξεις") is placed on
all CMS pages in the Main Content Bottom container, so it renders inside `.column.main` after the text."""
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
Τελευταία ενημέρωση: {UPDATED}

Η εταιρεία «Σταυρίδης Ωρολογοποιία Μονοπρόσωπη Ι.Κ.Ε.» σέβεται την ιδιωτικότητά σας. Στην παρούσα Πολιτική Απορρήτου εξηγούμε ποια προσωπικά δεδομένα συλλεγουμε όταν επισκέπτεστε το κατάστημα www.stavridis-watches.gr, όταν αγοράζετε από τις μπουτίκ μας ή μας εμπιστεύεστε το ρολόι σας για σέρβις, για ποιους σκοπούς τα επεξεργαζόμαστε και ποια δικαιώματα έχετε σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

@ Σταυρίδης Ωρολογοποιία Μονοπρόσωπη Ι.Κ.Ε.
@ Σκουφά 24, 106 73 Αθήνα
@ ΑΦΜ 801245367, Δ.Ο.Υ. Α' Αθηνών, Αρ. ΓΕΜΗ 132847501000
@ Τηλ. +30 210 361 2480, e-mail: [privacy@stavridis-watches.gr](mailto:privacy@stavridis-watches.gr)

## 2. Ποια δεδομένα συλλέγουμε

- Στοιχεία ταυτότητας και επικοινωνίας: ονοματεπώνυμο, διεύθυνση αποστολής και τιμολόγησης, τηλέφωνο, e-mail.
- Στοιχεία παραγγελίας και πληρωμής: προϊόντα, ποσά, τρόπος πληρωμής, αριθμός δόσεων. Τα στοιχεία της κάρτας σας δεν αποθηκεύονται από εμάς.
- Στοιχεία σέρβις: μάρκα, μοντέλο και σειριακός αριθμός του ρολογιού, περιγραφή της βλάβης, φωτογραφίες κατά την παραλαβή, ιστορικό επισκευών.
- Στοιχεία εγγύησης: ημερομηνία αγοράς και στοιχεία του κατόχου που καταχωρίζονται στην ηλεκτρονική κάρτα εγγύησης του κατασκευαστή.
- Δεδομένα πλοήγησης: διεύθυνση IP, τύπος συσκευής, σελίδες που επισκεφθήκατε και cookies, σύμφωνα με τις επιλογές σας.

## 3. Σκοποί και νομικές βάσεις

Επεξεργαζόμαστε τα δεδομένα σας για την εκτέλεση της σύμβασης πώλησης ή επισκευής, για τη συμμόρφωση με φορολογικές και λογιστικές υποχρεώσεις, για την ενεργοποίηση της διεθνούς εγγύησης του κατασκευαστή και, μόνο εφόσον έχετε συναινέσει, για την αποστολή ενημερωτικού δελτίου και προσκλήσεων σε εκδηλώσεις. Για αγορές άνω των 10.000 ευρώ με μετρητά ή για πληρωμές που εμπίπτουν στον ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες, ζητάμε και διατηρούμε αντίγραφο του δελτίου ταυτότητας ή του διαβατηρίου σας.

## 4. Αποδέκτες των δεδομένων

Τα δεδομένα σας κοινοποιούνται μόνο στο μέτρο που είναι απαραίτητο στους παρακάτω αποδέκτες:

| Αποδέκτης | Σκοπός |
| ACS Courier Α.Ε. | Ασφαλισμένη αποστολή παραγγελιών και ρολογιών σέρβις |
| Viva Wallet Α.Ε. | Επεξεργασία πληρωμών με κάρτα και άτοκες δόσεις |
| Εξουσιοδοτημένα κέντρα σέρβις των κατασκευαστών | Επισκευές που απαιτούν αποστολή στο εργοστάσιο |
| Κατασκευαστές των ρολογιών | Καταχώριση της ηλεκτρονικής κάρτας εγγύησης |
| Mailchimp (Intuit Inc.) | Αποστολή ενημερωτικού δελτίου |
| Λογιστικό γραφείο | Τήρηση βιβλίων και φορολογικές δηλώσεις |

Ορισμένοι κατασκευαστές έχουν έδρα στην Ελβετία, η οποία κατά την Ευρωπαϊκή Επιτροπή παρέχει επαρκές επίπεδο προστασίας. Η διαβίβαση προς τις Ηνωμένες Πολιτείες γίνεται βάσει των τυποποιημένων συμβατικών ρητρών της Ευρωπαϊκής Επιτροπής.

## 5. Χρόνος τήρησης

Τα στοιχεία των παραγγελιών και τα τιμολόγια τηρούνται για όσο χρόνο ορίζει η φορολογική νομοθεσία, κατά κανόνα πέντε έτη από τη λήξη της διαχειριστικής χρήσης. Το ιστορικό σέρβις κάθε ρολογιού τηρείται για 5 έτη από την τελευταία επισκευή, ώστε να μπορούμε να καλύψουμε την εγγύηση της επισκευής και να σας ενημερώσουμε για το επόμενο προγραμματισμένο σέρβις. Τα δεδομένα του ενημερωτικού δελτίου διαγράφονται μόλις ανακαλέσετε τη συγκατάθεσή σας.

## 6. Cookies

Χρησιμοποιούμε απαραίτητα cookies για τη λειτουργία του καλαθιού και της σύνδεσης, καθώς και cookies στατιστικής και διαφήμισης μόνο εφόσον τα αποδεχθείτε. Μπορείτε να αλλάξετε τις επιλογές σας οποιαδήποτε στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας.

## 7. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας οποιαδήποτε στιγμή. Για την άσκηση των δικαιωμάτων σας επικοινωνήστε μαζί μας στο [privacy@stavridis-watches.gr](mailto:privacy@stavridis-watches.gr). Θα απαντήσουμε εντός ενός μηνός. Εάν θεωρείτε ότι η επεξεργασία των δεδομένων σας παραβιάζει τη νομοθεσία, μπορείτε να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).
"""

EDITS = [
    {"note": "newsletter processor renamed: Mailchimp -> Klaviyo",
     "repl": [("| Mailchimp (Intuit Inc.) | Αποστολή ενημερωτικού δελτίου |",
               "| Klaviyo Inc. | Αποστολή ενημερωτικού δελτίου και εξατομικευμένων ενημερώσεων |")]},
    {"note": "typo fixed in the introduction (συλλεγουμε, missing accent), date unchanged", "bump": False,
     "repl": [("ποια προσωπικά δεδομένα συλλεγουμε", "ποια προσωπικά δεδομένα συλλέγουμε")]},
    {"note": "table row added: BOX NOW parcel lockers",
     "repl": [("| ACS Courier Α.Ε. | Ασφαλισμένη αποστολή παραγγελιών και ρολογιών σέρβις |",
               "| ACS Courier Α.Ε. | Ασφαλισμένη αποστολή παραγγελιών και ρολογιών σέρβις |\n"
               "| BOX NOW Hellas Α.Ε. | Παράδοση αξεσουάρ και λουριών σε αυτόματα lockers |")]},
    {"note": "service history retention extended from 5 to 10 years",
     "repl": [("τηρείται για 5 έτη από την τελευταία επισκευή", "τηρείται για 10 έτη από την τελευταία επισκευή")]},
    {"note": "section added: CCTV in the boutiques",
     "repl": [("## 6. Cookies", "## 6. Βιντεοεπιτήρηση στις μπουτίκ\n\n"
               "Για την προστασία προσώπων και αγαθών, οι μπουτίκ μας στο Κολωνάκι και στη Μύκονο διαθέτουν "
               "σύστημα βιντεοεπιτήρησης, η ύπαρξη του οποίου επισημαίνεται με πινακίδες στην είσοδο. Οι εικόνες "
               "τηρούνται για 15 ημέρες και στη συνέχεια διαγράφονται αυτόματα, εκτός αν απαιτούνται για τη "
               "διερεύνηση συμβάντος. Νομική βάση είναι το έννομο συμφέρον μας.\n\n## 7. Cookies"),
              ("## 7. Τα δικαιώματά σας", "## 8. Τα δικαιώματά σας")]},
    {"note": "controller phone number changed",
     "repl": [("@ Τηλ. +30 210 361 2480,", "@ Τηλ. +30 210 364 0090,")]},
]

CATALOGUE = [
    ("tudor-black-bay-58-m79030n", "TUDOR Black Bay 58 39mm", 4290, "M79030N-0001"),
    ("longines-spirit-zulu-time", "LONGINES Spirit Zulu Time 42mm", 3550, "L3.812.4.63.6"),
    ("tag-heuer-carrera-chronograph", "TAG HEUER Carrera Chronograph 42mm", 6650, "CBN2A1B.BA0643"),
    ("oris-aquis-date-calibre-400", "ORIS Aquis Date Calibre 400", 3600, "01 400 7763 4135-07 8 22 09PEB"),
    ("breitling-navitimer-b01-41", "BREITLING Navitimer B01 Chronograph 41", 9100, "AB0139211B1P1"),
    ("nomos-tangente-38-date", "NOMOS Glashütte Tangente 38 Datum", 2680, "130"),
    ("tudor-pelagos-39", "TUDOR Pelagos 39", 5210, "M25407N-0001"),
    ("longines-master-collection-moonphase", "LONGINES Master Collection Moonphase 40mm", 3180, "L2.909.4.78.3"),
    ("frederique-constant-classics-manufacture", "FREDERIQUE CONSTANT Classics Manufacture", 2895, "FC-710MS4H6"),
    ("tag-heuer-aquaracer-professional-200", "TAG HEUER Aquaracer Professional 200", 3300, "WBP2110.BA0627"),
    ("oris-big-crown-pointer-date", "ORIS Big Crown Pointer Date 40mm", 2200, "01 754 7741 4065-07 5 20 64"),
    ("breitling-superocean-heritage-b31", "BREITLING Superocean Heritage B31 Automatic 42", 5750, "AB2030121B1A1"),
    ("tudor-royal-41-day-date", "TUDOR Royal 41mm Day-Date", 3240, "M28600-0003"),
    ("longines-hydroconquest-gmt", "LONGINES HydroConquest GMT 41mm", 2470, "L3.790.4.96.6"),
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["el"][d.month - 1], d.year)


def _notice(loc):
    d = loc.date()
    y = d.year
    if dt.date(y, 12, 10) <= d <= dt.date(y, 12, 31):
        return ("xmas", "Εορταστικό ωράριο Κολωνακίου: καθημερινά 10:00–21:00, Κυριακή 11:00–18:00")
    if dt.date(y, 5, 1) <= d <= dt.date(y, 10, 20):
        return ("mykonos-open", "Η μπουτίκ μας στη Μύκονο είναι ανοιχτή καθημερινά 10:00–00:30")
    return ("mykonos-closed", "Η μπουτίκ της Μυκόνου θα υποδεχτεί ξανά τους επισκέπτες της τον Μάιο")


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "eet")

    def deploy():
        return str(C.epoch(when - dt.timedelta(hours=rng.randint(3, 400))))

    def arrivals():
        picks = rng.sample(range(len(CATALOGUE)), 4)
        return tuple(picks)

    return {
        "form_key": C.alnum(rng, 16),
        "static": C.keep_or(rng, p.get("static"), 0.18, deploy),
        "arrivals": C.keep_or(rng, p.get("arrivals"), 0.55, arrivals),
        "notice": _notice(loc),
    }


LABELS = {
    "form_key": "Magento form_key (hidden inputs, inside .column.main and in the widget's add-to-cart forms)",
    "static": "static content version in every asset URL (deploy)",
    "arrivals": "'Νέες αφίξεις' product list widget inside .column.main (new stock, sold pieces)",
    "notice": "header notice strip (Mykonos boutique season, holiday hours)",
}


def _pb_id(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "".join(c for c in h if c.isalpha() or c.isdigit())[:7]


def _policy_html(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody><tr>%s</tr>%s</tbody>'
                '</table>' % (head, body))

    return K.render_blocks(blocks, table=table, sep="\n",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    base = "https://www.stavridis-watches.gr/"
    static = "%sstatic/version%s/frontend/Stavridis/luxury/el_GR/" % (base, state["static"])
    fk = state["form_key"]
    seed = repr(blocks)
    pa, pb = _pb_id("row" + seed), _pb_id("text" + seed)
    items = []
    for k in state["arrivals"]:
        slug, name, price, sku = CATALOGUE[k]
        pid = 2100 + k * 7
        uenc = "aHR0cHM6Ly93d3cuc3RhdnJpZGlzLXdhdGNoZXMuZ3IvcG9saXRpa2ktYXBvcnJpdG91"
        items.append("""<li class="product-item"><div class="product-item-info"><a href="%(base)s%(slug)s.html" class="product-item-photo"><span class="product-image-container product-image-container-%(pid)d"><span class="product-image-wrapper"><img class="product-image-photo" src="%(base)smedia/catalog/product/cache/8f3c2e1a7b5d9c4e6f0a1b2c3d4e5f6a/%(slug)s.jpg" loading="lazy" width="240" height="300" alt="%(name)s"/></span></span></a>
<div class="product-item-details"><strong class="product-item-name"><a title="%(name)s" href="%(base)s%(slug)s.html" class="product-item-link">%(name)s</a></strong>
<div class="price-box price-final_price" data-role="priceBox" data-product-id="%(pid)d" data-price-box="product-id-%(pid)d"><span class="price-container price-final_price tax weee"><span id="price-including-tax-product-price-%(pid)d" data-label="Με ΦΠΑ" data-price-amount="%(price)d" data-price-type="finalPrice" class="price-wrapper price-including-tax"><span class="price">%(fprice)s,00&nbsp;€</span></span></span></div>
<div class="product-item-inner"><div class="product-item-actions"><div class="actions-primary"><form data-role="tocart-form" data-product-sku="%(sku)s" action="%(base)scheckout/cart/add/uenc/%(uenc)s/product/%(pid)d/" method="post"><input type="hidden" name="product" value="%(pid)d"><input type="hidden" name="uenc" value="%(uenc)s"><input name="form_key" type="hidden" value="%(fk)s" /><button type="submit" title="Στο καλάθι" class="action tocart primary"><span>Στο καλάθι</span></button></form></div></div></div>
</div></div></li>""" % {"base": base, "slug": slug, "pid": pid, "name": K.attr(name), "price": price,
                        "fprice": K.thousands(price, "."), "sku": K.attr(sku), "uenc": uenc, "fk": fk})
    nkey, ntext = state["notice"]
    doc = """<!doctype html>
<html lang="el">
    <head >
        <script>
    var LOCALE = 'el\\u002DGR';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.stavridis\\u002Dwatches.gr\\u002F';
    var require = {
        'baseUrl': '%(static_js)s'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Πολιτική Απορρήτου"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Πολιτική Απορρήτου | Σταυρίδης Ωρολογοποιία</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)smage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)scss/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)sAmasty_GdprFrontendUi/css/amgdprcookie.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(static)scss/styles-l.css" />
<script  type="text/javascript"  src="%(static)srequirejs/require.js"></script>
<script  type="text/javascript"  src="%(static)smage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(static)srequirejs-config.js"></script>
<link rel="preload" as="font" crossorigin="anonymous" href="%(static)sfonts/Didot/didot-regular.woff2" />
<link  rel="icon" type="image/x-icon" href="%(static)sMagento_Theme/favicon.ico" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-P4Z8R2K');</script>
<!-- End Google Tag Manager -->
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(static)simages\\/loader-2.gif"}}'
        id="html-body" class="cms-politiki-aporritou cms-page-view page-layout-1column">

<script type="text/x-magento-init">
    {
        "*": {
            "Magento_PageBuilder/js/widget-initializer": {
                "config": {"[data-content-type=\\"slider\\"][data-appearance=\\"default\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/slider\\/appearance\\/default\\/widget":false},"[data-content-type=\\"map\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/map\\/appearance\\/default\\/widget":false},"[data-content-type=\\"row\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/row\\/appearance\\/default\\/widget":false},"[data-content-type=\\"tabs\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/tabs\\/appearance\\/default\\/widget":false},"[data-content-type=\\"products\\"][data-appearance=\\"carousel\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/products\\/appearance\\/carousel\\/widget":false}},
                "breakpoints": {"desktop":{"label":"Desktop","stage":true,"default":true,"class":"desktop-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-desktop.svg","conditions":{"min-width":"1024px"},"options":{"products":{"default":{"slidesToShow":"5"}}}},"tablet":{"conditions":{"max-width":"1024px","min-width":"768px"},"options":{"products":{"default":{"slidesToShow":"4"},"continuous":{"slidesToShow":"3"}}}},"mobile":{"label":"Mobile","stage":true,"class":"mobile-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-mobile.svg","media":"only screen and (max-width: 768px)","conditions":{"max-width":"768px","min-width":"640px"},"options":{"products":{"default":{"slidesToShow":"3"}}}}}            }
        }
    }
</script>

<div class="cookie-status-message" id="cookie-status">
    The store will not work correctly when cookies are disabled.</div>
<script type="text&#x2F;javascript">document.querySelector("#cookie-status").style.display = "none";</script>
<script type="text/x-magento-init">
    {
        "*": {
            "cookieStatus": {}
        }
    }
</script>

<script type="text/x-magento-init">
    {
        "*": {
            "mage/cookies": {
                "expires": null,
                "path": "\\u002F",
                "domain": ".www.stavridis\\u002Dwatches.gr",
                "secure": true,
                "lifetime": "3600"
            }
        }
    }
</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>Η JavaScript φαίνεται να είναι απενεργοποιημένη στον περιηγητή σας.</strong>
                    <span>
                        Για την καλύτερη εμπειρία στον ιστότοπό μας, φροντίστε να ενεργοποιήσετε τη Javascript στον περιηγητή σας.                    </span>
                </p>
            </div>
        </div>
    </noscript>
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-P4Z8R2K" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="page-wrapper"><div class="top-notice" data-notice="%(nkey)s"><div class="top-notice__inner">%(ntext)s</div></div><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
   href="#contentarea">
    <span>
        Μετάβαση στο περιεχόμενο    </span>
</a>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in"
              data-bind="text: new String('Καλώς ήρθατε, %%1!').replace('%%1', customer().fullname)">
        </span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in"
              data-bind="html: 'Ραντεβού στην μπουτίκ: +30 210 361 2480'"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "customer": {
                            "component": "Magento_Customer/js/view/customer"
                        }
                    }
                }
            }
        }
        </script>
<li class="link authorization-link" data-label="ή">
    <a href="%(base)scustomer/account/login/referer/aHR0cHM6Ly93d3cuc3RhdnJpZGlzLXdhdGNoZXMuZ3IvcG9saXRpa2ktYXBvcnJpdG91/"        >Σύνδεση</a>
</li>
</ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Εναλλαγή πλοήγησης</span></span>
<a
    class="logo"
    href="%(base)s"
    title="Σταυρίδης Ωρολογοποιία"
    aria-label="store logo">
    <img src="%(static)simages/logo.svg"
         title="Σταυρίδης Ωρολογοποιία"
         alt="Σταυρίδης Ωρολογοποιία"
            width="220"            height="48"    />
</a>
<div class="rolex-retailer-clock"></div>

<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="%(base)scheckout/cart/"
       data-bind="scope: 'minicart_content'">
        <span class="text">Το καλάθι μου</span>
        <span class="counter qty empty"
              data-bind="css: { empty: !!getCartParam('summary_count') == false && !isLoading() },
               blockLoader: isLoading">
            <span class="counter-number">
                <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- /ko -->
            </span>
            <span class="counter-label">
            <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- ko i18n: 'items' --><!-- /ko -->
            <!-- /ko -->
            </span>
        </span>
    </a>
</div>
<div class="block block-search">
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form"
              action="%(base)scatalogsearch/result/" method="get">
            <div class="field search">
                <label class="label" for="search" data-role="minisearch-label">
                    <span>Αναζήτηση</span>
                </label>
                <div class="control">
                    <input id="search" type="text" name="q" value="" placeholder="Αναζήτηση σε ολόκληρο το κατάστημα εδώ..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/>
                </div>
            </div>
            <div class="actions">
                <button type="submit" title="Αναζήτηση" class="action search" aria-label="Search">
                    <span>Αναζήτηση</span>
                </button>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
        <li  class="level0 nav-1 category-item first level-top"><a href="%(base)srologia.html"  class="level-top" ><span>Ρολόγια</span></a></li><li  class="level0 nav-2 category-item level-top"><a href="%(base)smarkes.html"  class="level-top" ><span>Μάρκες</span></a></li><li  class="level0 nav-3 category-item level-top"><a href="%(base)skosmimata.html"  class="level-top" ><span>Κοσμήματα</span></a></li><li  class="level0 nav-4 category-item level-top"><a href="%(base)sservice.html"  class="level-top" ><span>Σέρβις</span></a></li><li  class="level0 nav-5 category-item last level-top"><a href="%(base)smpoutik.html"  class="level-top" ><span>Οι μπουτίκ μας</span></a></li>    </ul>
</nav>
    </div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >Πολιτική Απορρήτου</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->
    <div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages">
        <div data-bind="attr: {
            class: 'message-' + message.type + ' ' + message.type + ' message',
            'data-ui-id': 'message-' + message.type
        }">
            <div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div>
        </div>
    </div>
    <!-- /ko -->
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Ui/js/core/app": {
                "components": {
                        "messages": {
                            "component": "Magento_Theme/js/view/messages"
                        }
                    }
                }
            }
    }
</script>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.stavridis-watches.gr\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.stavridis-watches.gr\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.stavridis-watches.gr\\/","customerLoginUrl":"https:\\/\\/www.stavridis-watches.gr\\/customer\\/ajax\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">
        {
            "#authenticationPopup": {
                "Magento_Ui/js/core/app": {"components":{"authenticationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Magento_Ui\\/js\\/view\\/messages","displayArea":"messages"},"captcha":{"component":"Magento_Captcha\\/js\\/view\\/checkout\\/loginCaptcha","displayArea":"additional-login-form-fields","formId":"user_login","configSource":"checkout"}}}}}            },
            "*": {
                "Magento_Ui/js/block-loader": "%(static_js)s\\u002Fimages\\u002Floader\\u002D1.gif"
            }
        }
    </script>
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/customer-data": {
                "sectionLoadUrl": "https\\u003A\\u002F\\u002Fwww.stavridis\\u002Dwatches.gr\\u002Fcustomer\\u002Fsection\\u002Fload\\u002F",
                "expirableSectionLifetime": 60,
                "expirableSectionNames": ["cart","persistent"],
                "cookieLifeTime": "3600",
                "updateSessionUrl": "https\\u003A\\u002F\\u002Fwww.stavridis\\u002Dwatches.gr\\u002Fcustomer\\u002Faccount\\u002FupdateSession\\u002F"
            }
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "body": {
            "pageCache": {"url":"https:\\/\\/www.stavridis-watches.gr\\/page_cache\\/block\\/render\\/page_id\\/14\\/","handles":["default","cms_page_view","cms_page_view_id_politiki-aporritou"],"originalRequest":{"route":"cms","controller":"page","action":"view","uri":"\\/politiki-aporritou"},"versionCookieName":"private_content_version"}        }
    }
</script>
<style>#html-body [data-pb-style=%(pa)s]{justify-content:flex-start;display:flex;flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll}#html-body [data-pb-style=%(pb)s]{margin-bottom:40px}</style><div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%(pa)s"><div data-content-type="text" data-appearance="default" data-element="main" data-pb-style="%(pb)s">%(policy)s</div></div></div><div class="widget block block-products-list grid">
    <div class="block-title">
        <strong role="heading" aria-level="2">Νέες αφίξεις</strong>
    </div>
    <div class="block-content">
        <div class="products-grid grid">
            <ol class="product-items widget-product-grid">
%(items)s
            </ol>
        </div>
    </div>
</div>
</div></div></main><footer class="page-footer"><div class="footer content"><div class="block newsletter">
    <div class="title"><strong>Newsletter</strong></div>
    <div class="content">
        <form class="form subscribe"
            novalidate
            action="%(base)snewsletter/subscriber/new/"
            method="post"
            data-mage-init='{"validation": {"errorClass": "mage-error"}}'
            id="newsletter-validate-detail">
            <div class="field newsletter">
                <div class="control">
                    <label for="newsletter">
                        <span class="label">
                            Εγγραφή στο newsletter:                        </span>
                        <input name="email" type="email" id="newsletter"
                               placeholder="Εισάγετε τη διεύθυνση email σας"
                               data-mage-init='{"mage/trim-input":{}}'
                               data-validate="{required:true, 'validate-email':true}"
                        />
                    </label>
                </div>
            </div>
            <div class="actions">
                <button class="action subscribe primary"
                        title="Εγγραφή"
                        type="submit"
                        aria-label="Subscribe">
                    <span>Εγγραφή</span>
                </button>
            </div>
        </form>
    </div>
</div>
<ul class="footer links"><li class="nav item"><a href="%(base)sorous-xrisis">Όροι χρήσης</a></li><li class="nav item current"><strong>Πολιτική Απορρήτου</strong></li><li class="nav item"><a href="%(base)scookie-policy">Πολιτική Cookies</a></li><li class="nav item"><a href="#" data-amcookie-js="footer-link">Ρυθμίσεις cookies</a></li><li class="nav item"><a href="%(base)sepikoinonia">Επικοινωνία</a></li></ul></div></footer><div class="copyright"><span>© %(year)d Σταυρίδης Ωρολογοποιία Μον. Ι.Κ.Ε. Με επιφύλαξη παντός δικαιώματος.</span></div>
<div class="amgdprcookie-bar-container -classic" data-amcookie-js="bar" role="alertdialog" tabindex="-1"><div class="amgdprcookie-bar-block"><div class="amgdprcookie-policy">Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Μπορείτε να επιλέξετε ποια cookies αποδέχεστε στις <a href="#" data-amcookie-js="settings">Ρυθμίσεις</a>.</div><div class="amgdprcookie-buttons-block"><button class="amgdprcookie-button -allow" data-amcookie-js="allow">Αποδοχή όλων</button><button class="amgdprcookie-button -decline" data-amcookie-js="decline">Απόρριψη</button></div></div></div>
<script type="text/x-magento-init">
    {
        "*": {
            "Amasty_GdprFrontendUi/js/cookies": {"cookieGroups":[{"groupId":"1","isEssential":true,"name":"Απαραίτητα"},{"groupId":"2","isEssential":false,"name":"Στατιστικά"},{"groupId":"3","isEssential":false,"name":"Διαφήμιση"}],"firstShowProcess":"1","cookiePolicyCmsPage":"politiki-aporritou","consentMode":true}
        }
    }
</script>
<script src="https://static.rolex.com/retailers/clock/retailercall.js?colour=gold&amp;apiKey=0a7f5c3d2e9b41f6a8c1d3e5f7092b4c&amp;lang=el_GR"></script>
</div>    </body>
</html>
""" % {"base": base, "static": static, "static_js": static.rstrip("/").replace(":", "\\u003A").replace("/", "\\u002F").replace("-", "\\u002D"),
       "fk": fk, "pa": pa, "pb": pb, "policy": _policy_html(blocks), "items": "\n".join(items),
       "nkey": nkey, "ntext": K.esc(ntext), "year": when.year}
    return doc


PAGE = {
    "service": "Stavridis Orologopoiia",
    "url": "https://www.stavridis-watches.gr/politiki-aporritou",
    "lang": "el",
    "platform": "Magento Open Source 2.4 + Page Builder (Luma child theme), Amasty GDPR cookie bar",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Magento-Cache-Debug", "MISS"), ("X-Content-Type-Options", "nosniff"),
                      ("X-XSS-Protection", "1; mode=block"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store"), ("Pragma", "no-cache")],
    "n": 31,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.stavridis-watches.gr/politiki-aporritou",
        "select": ".column.main",
        "remove": ["#authenticationPopup", ".column.main > script", ".column.main > style", ".block-products-list"],
    },
}
