"""Greek private TV broadcaster's catch-up / streaming player site on Liferay DXP, upgraded mid-history.

Until 2024-03 a Liferay 7.2 widget page (custom theme, journal-content portlet in a portlet-boundary); from then on a
Liferay 7.4 content page (fragments, lfr-layout-structure-item wrappers, new theme, Senna permanent scripts).
The web content article renders in `.journal-content-article` in both, which the declaration selects, so it stays
valid. Per visit: `Liferay.authToken` and p_auth in the logout/portlet URLs; the combo servlet `t=` stamp changes
with every deployment; a "Τώρα στον αέρα" strip shows the programme on air at capture time (outside the article).
"""
import datetime as dt
import html

import common as C

URL = "https://www.orizonplay.gr/web/guest/politiki-aporritou"

POLICY = """## Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η ανώνυμη εταιρεία «ΟΡΙΖΩΝ ΤΗΛΕΟΡΑΣΗ Α.Ε.» (εφεξής «Ορίζων» ή «εμείς») σέβεται την ιδιωτικότητα των τηλεθεατών και των χρηστών των ψηφιακών της υπηρεσιών. Η παρούσα Πολιτική εξηγεί πώς επεξεργαζόμαστε τα προσωπικά σας δεδομένα όταν χρησιμοποιείτε την πλατφόρμα Orizon Play (ιστότοπος, εφαρμογές για κινητά και Smart TV), παρακολουθείτε το πρόγραμμά μας μέσω υβριδικής τηλεόρασης ή συμμετέχετε σε διαγωνισμούς και εκπομπές μας.

### 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι η ΟΡΙΖΩΝ ΤΗΛΕΟΡΑΣΗ Α.Ε., Λεωφόρος Μεσογείων 402, 153 42 Αγία Παρασκευή, Αττική, ΑΦΜ 099871234, ΓΕΜΗ 004215301000. Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνείτε στη διεύθυνση dpo@orizontv.gr.

### 2. Ποια δεδομένα συλλέγουμε

- **Δεδομένα λογαριασμού**: ονοματεπώνυμο, διεύθυνση ηλεκτρονικού ταχυδρομείου, κωδικός πρόσβασης (κρυπτογραφημένος), έτος γέννησης και φύλο, εφόσον τα δηλώσετε.
- **Δεδομένα θέασης**: εκπομπές και επεισόδια που παρακολουθείτε, σημείο διακοπής, λίστα «Τα αγαπημένα μου», προφίλ χρήστη του νοικοκυριού.
- **Τεχνικά δεδομένα**: διεύθυνση IP, αναγνωριστικά συσκευής και διαφήμισης, τύπος συσκευής και λειτουργικού συστήματος, ποιότητα σύνδεσης και σφάλματα αναπαραγωγής.
- **Δεδομένα συμμετοχής**: στοιχεία που μας δίνετε όταν δηλώνετε συμμετοχή σε τηλεπαιχνίδι, ριάλιτι ή διαγωνισμό, καθώς και βίντεο ή φωτογραφίες που μας αποστέλλετε.
- **Δεδομένα επικοινωνίας**: μηνύματα προς την εξυπηρέτηση τηλεθεατών.

### 3. Σκοποί και νομικές βάσεις

| Σκοπός | Νομική βάση |
| Δημιουργία λογαριασμού και παροχή της υπηρεσίας Orizon Play | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ) |
| Συνέχιση θέασης και προτάσεις περιεχομένου | Εκτέλεση σύμβασης |
| Προβολή διαφημίσεων πριν και κατά τη διάρκεια του περιεχομένου | Έννομο συμφέρον· για εξατομικευμένη διαφήμιση, συγκατάθεση |
| Μέτρηση τηλεθέασης και στατιστικά | Έννομο συμφέρον |
| Διαχείριση συμμετοχών σε εκπομπές και διαγωνισμούς | Συγκατάθεση και εκτέλεση σύμβασης |
| Αποστολή ενημερωτικού δελτίου | Συγκατάθεση |
| Τήρηση υποχρεώσεων από τη νομοθεσία για τα οπτικοακουστικά μέσα και την προστασία ανηλίκων | Έννομη υποχρέωση |

Η πρόσβαση σε ορισμένο περιεχόμενο περιορίζεται γεωγραφικά στην Ελλάδα και την Κύπρο λόγω δικαιωμάτων μετάδοσης· για τον σκοπό αυτό ελέγχουμε τη χώρα από τη διεύθυνση IP σας χωρίς να την αποθηκεύουμε.

### 4. Αποδέκτες των δεδομένων

Κοινοποιούμε δεδομένα μόνο σε εκτελούντες την επεξεργασία που ενεργούν για λογαριασμό μας και δεσμεύονται συμβατικά:

| Αποδέκτης | Υπηρεσία |
| Amazon Web Services EMEA SARL | φιλοξενία και διανομή βίντεο (CDN) |
| Google Ireland Limited | διαχείριση διαφημίσεων (Google Ad Manager) και στατιστικά |
| Nielsen Audience Measurement Hellas | μέτρηση τηλεθέασης |
| Mailchimp (Intuit Inc.) | ενημερωτικό δελτίο |
| OneTrust LLC | διαχείριση συγκαταθέσεων |

Δεδομένα συμμετοχής σε εκπομπές μπορεί να διαβιβαστούν στην εταιρεία παραγωγής της εκάστοτε εκπομπής, η οποία ενεργεί ως από κοινού υπεύθυνος επεξεργασίας. Δεν πωλούμε τα δεδομένα σας.

### 5. Διαβιβάσεις εκτός ΕΟΧ

Όταν πάροχοί μας επεξεργάζονται δεδομένα στις Ηνωμένες Πολιτείες, η διαβίβαση βασίζεται στο Πλαίσιο Προστασίας Δεδομένων ΕΕ-ΗΠΑ ή στις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.

### 6. Χρόνος διατήρησης

Τα δεδομένα λογαριασμού διατηρούνται όσο ο λογαριασμός είναι ενεργός. Το ιστορικό θέασης διατηρείται για 24 μήνες και στη συνέχεια ανωνυμοποιείται. Λογαριασμοί χωρίς σύνδεση για τρία χρόνια διαγράφονται, αφού σας ειδοποιήσουμε. Οι αιτήσεις συμμετοχής σε εκπομπές που δεν επιλέχθηκαν διαγράφονται εντός 6 μηνών από τη λήξη των γυρισμάτων.

### 6α. Ψηφοφορίες, SMS και συμμετοχή κοινού

Σε ορισμένες εκπομπές οι τηλεθεατές ψηφίζουν μέσω της εφαρμογής Orizon Play ή με αποστολή SMS σε πενταψήφιο αριθμό. Για τις ψηφοφορίες μέσω εφαρμογής καταγράφουμε τον λογαριασμό σας και την ώρα της ψήφου, ώστε να εφαρμόζεται το όριο ψήφων ανά χρήστη και να αποτρέπεται η χειραγώγηση του αποτελέσματος. Για τις ψηφοφορίες μέσω SMS, ο αριθμός του κινητού σας τηλεφώνου επεξεργάζεται από τον πάροχο υπηρεσιών SMS και από εμάς μόνο για την καταμέτρηση και την τιμολόγηση και διαγράφεται εντός 90 ημερών από το τέλος της σεζόν.

Όταν παρακολουθείτε εκπομπή ως κοινό στο στούντιο, ενδέχεται να εμφανιστείτε στο πλάνο. Θα ενημερωθείτε σχετικά πριν από την είσοδό σας στο στούντιο με ειδικές πινακίδες και έντυπο ενημέρωσης.

### 6β. Ασφάλεια

Λαμβάνουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των δεδομένων σας, όπως κρυπτογράφηση των επικοινωνιών, έλεγχο πρόσβασης με βάση τον ρόλο και τακτικούς ελέγχους ασφαλείας της πλατφόρμας. Σε περίπτωση παραβίασης που ενδέχεται να θέσει σε υψηλό κίνδυνο τα δικαιώματά σας, θα σας ενημερώσουμε χωρίς αδικαιολόγητη καθυστέρηση.

### 7. Ανήλικοι

Για τη δημιουργία λογαριασμού απαιτείται ηλικία τουλάχιστον 15 ετών. Οι γονείς μπορούν να δημιουργήσουν παιδικό προφίλ, στο οποίο εμφανίζεται μόνο περιεχόμενο κατάλληλο για όλους και δεν προβάλλονται εξατομικευμένες διαφημίσεις. Συμμετοχή ανηλίκων σε εκπομπές προϋποθέτει έγγραφη συναίνεση των γονέων.

### 8. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή. Μπορείτε να ασκήσετε τα δικαιώματά σας από τις ρυθμίσεις του λογαριασμού σας ή με email στο dpo@orizontv.gr. Απαντάμε εντός ενός μηνός.

Αν θεωρείτε ότι η επεξεργασία παραβιάζει τη νομοθεσία, μπορείτε να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, Λεωφόρος Κηφισίας 1-3, 115 23 Αθήνα, www.dpa.gr.

### 8α. Αυτοματοποιημένες αποφάσεις

Οι προτάσεις περιεχομένου στην αρχική σελίδα του Orizon Play προκύπτουν αυτόματα από το ιστορικό θέασής σας και τις προτιμήσεις άλλων τηλεθεατών με παρόμοιο ιστορικό. Οι προτάσεις αυτές δεν παράγουν έννομα αποτελέσματα και δεν σας επηρεάζουν σημαντικά με παρόμοιο τρόπο. Μπορείτε να απενεργοποιήσετε τις εξατομικευμένες προτάσεις από τις ρυθμίσεις του προφίλ σας, οπότε θα βλέπετε τις δημοφιλέστερες εκπομπές της εβδομάδας.

### 9. Cookies

Χρησιμοποιούμε cookies και παρόμοιες τεχνολογίες. Τα απαραίτητα cookies τοποθετούνται πάντα· τα cookies στατιστικών και διαφήμισης μόνο με τη συγκατάθεσή σας, την οποία μπορείτε να τροποποιήσετε από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας.

### 10. Αλλαγές

Ενδέχεται να τροποποιούμε την παρούσα Πολιτική. Την ισχύουσα έκδοση θα βρίσκετε πάντα σε αυτή τη σελίδα."""

EDITS = [
    {"note": "new paragraph on HbbTV (red button) data in section 2",
     "repl": [("- **Δεδομένα επικοινωνίας**: μηνύματα προς την εξυπηρέτηση τηλεθεατών.",
               "- **Δεδομένα επικοινωνίας**: μηνύματα προς την εξυπηρέτηση τηλεθεατών.\n\n"
               "Όταν παρακολουθείτε το κανάλι μας σε τηλεόραση συνδεδεμένη στο διαδίκτυο, η εφαρμογή HbbTV («κόκκινο "
               "κουμπί») φορτώνεται μόνο αφού δώσετε τη συγκατάθεσή σας στην οθόνη της τηλεόρασης. Στην περίπτωση αυτή "
               "συλλέγουμε τη διεύθυνση IP, τον κατασκευαστή και το μοντέλο της τηλεόρασης και το κανάλι που "
               "παρακολουθείτε, για στατιστικούς σκοπούς και για την προβολή διαφημίσεων.")]},
    {"note": "viewing history retention cut from 24 to 12 months",
     "repl": [("Το ιστορικό θέασης διατηρείται για 24 μήνες", "Το ιστορικό θέασης διατηρείται για 12 μήνες")]},
    {"note": "typo fix: 'ενεργούν για λογαριασμό μας' -> 'ενεργούν αποκλειστικά για λογαριασμό μας' (date not bumped)",
     "bump": False,
     "repl": [("που ενεργούν για λογαριασμό μας", "που ενεργούν αποκλειστικά για λογαριασμό μας")]},
    {"note": "processor added (Bitmovin player analytics)",
     "repl": [("| OneTrust LLC | διαχείριση συγκαταθέσεων |",
               "| OneTrust LLC | διαχείριση συγκαταθέσεων |\n| Bitmovin GmbH | αναλυτικά στοιχεία ποιότητας αναπαραγωγής |")]},
    {"note": "DPO e-mail changed in sections 1 and 8",
     "repl": [("στη διεύθυνση dpo@orizontv.gr.", "στη διεύθυνση privacy@orizonplay.gr."),
              ("με email στο dpo@orizontv.gr.", "με email στο privacy@orizonplay.gr.")]},
]

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


UPGRADE = dt.date(2024, 3, 11)

SCHEDULE = [(6, "Καλημέρα Ελλάδα με τον Ορίζοντα"), (10, "Το πρωινό μας"), (13, "Μεσημεριανό δελτίο ειδήσεων"),
            (14, "Η Λάμψη του Αιγαίου (Ε)"), (16, "Μαγειρεύοντας με τη Νεφέλη"), (18, "Ο Τροχός της Τύχης"),
            (20, "Κεντρικό Δελτίο Ειδήσεων"), (21, "Σπίτι μας (νέο επεισόδιο)"), (23, "Late Night με τον Άρη"),
            (1, "Ταινία: Η Κάλπικη Λίρα")]


def on_air(when):
    h = (when.hour + 2) % 24  # Athens time (roughly)
    cur = None
    order = sorted(SCHEDULE)
    for start, title in order:
        if h >= start:
            cur = (start, title)
    if cur is None:
        cur = order[-1]
    nxt = order[(order.index(cur) + 1) % len(order)]
    return cur, nxt


def noise(rng, when, i, prev):
    p = prev or {}
    ver = "7.4" if when.date() >= UPGRADE else "7.2"
    t = C.keep_or(rng, p.get("deploy") if p.get("ver") == ver else None, 0.15,
                  lambda: C.epoch(when - dt.timedelta(days=rng.randint(1, 40))) * 1000)
    return {"ver": ver, "deploy": t, "auth": C.alnum(rng, 8), "onair": on_air(when)}


LABELS = {"ver": "Liferay 7.2 -> 7.4 upgrade (content page, new theme)", "deploy": "combo servlet t= stamp (deploy)",
          "auth": "Liferay.authToken / p_auth", "onair": "'Τώρα στον αέρα' strip"}


def render(s, blocks, when):
    new = s["ver"] == "7.4"
    t, auth = s["deploy"], s["auth"]
    b = "7413" if new else "7210"
    theme = "orizon2024-theme" if new else "orizon-theme"
    article = C.blocks_html(blocks)
    (h1, c1), (h2, c2) = s["onair"]
    onair = ('<div class="on-air-strip"><span class="badge badge-danger">LIVE</span> <strong>Τώρα στον αέρα:</strong> '
             '<a href="/web/guest/live">%s</a> <span class="on-air-next">Στις %02d:00: %s</span></div>'
             % (html.escape(c1), h2, html.escape(c2)))
    inst = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xK2mR9aLpQ7c"
    js = ("/combo?browserId=other&amp;minifierType=js&amp;languageId=el_GR&amp;b=%s&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js"
          "&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js"
          % (b, t))
    portlet = """<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(inst)s_">
<span id="p_%(inst)s"></span>
<section class="portlet" id="portlet_%(inst)s">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div>
</div>
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries">
</div>
<div class="clearfix journal-content-article " data-analytics-asset-id="41207" data-analytics-asset-title="Πολιτική Απορρήτου" data-analytics-asset-type="web-content">
%(article)s
</div>
<div class="content-metadata-asset-addon-entries">
</div>
</div>
</div>
</div>
</section>
</div>""" % {"inst": inst, "article": article}
    if new:
        main = """<div class="layout-content portlet-layout" id="main-content" role="main">
<div class="lfr-layout-structure-item-container lfr-layout-structure-item-b7e0c2f4-6a1d-9c83-2f5e-0d4a7b91e6c3 " >
<div class="container-fluid container-fluid-max-xl">
<div class="lfr-layout-structure-item-com-liferay-fragment-renderer-react-internal-fragmententrylinkreactrenderer lfr-layout-structure-item-5c2d9e71-0b4f-3a68-e1d7-94f2c6a8b0e5 " >
<div id="fragment-4021-heal"><div class="component-heading"><p class="text-uppercase small text-muted">Orizon Play</p></div></div>
</div>
<div class="lfr-layout-structure-item-com-liferay-journal-content-web-portlet-journalcontentportlet lfr-layout-structure-item-e3a8f1b6-2c7d-4e90-b5a1-7d6c03f9e218 " >
<div id="fragment-4022-tuvo" >%s</div>
</div>
</div>
</div>
</div>""" % portlet
        body_cls = "controls-visible chrome signed-out public-page site has-control-menu"
        header = """<header class="orz-header" id="banner" role="banner">
<div class="orz-header__bar container-fluid container-fluid-max-xl d-flex align-items-center">
<a class="orz-header__logo" href="https://www.orizonplay.gr/web/guest" title="Μετάβαση στο Orizon Play"><img alt="Orizon Play" height="36" src="/o/orizon2024-theme/images/orizon-play-logo.svg" /></a>
<nav class="orz-nav" aria-label="Κύρια πλοήγηση" id="navigation" role="navigation">
<ul class="navbar-nav orz-nav__list" role="menubar">
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.orizonplay.gr/web/guest/live" role="menuitem">Live</a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.orizonplay.gr/web/guest/seires" role="menuitem">Σειρές</a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.orizonplay.gr/web/guest/psychagogia" role="menuitem">Ψυχαγωγία</a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.orizonplay.gr/web/guest/eidiseis" role="menuitem">Ειδήσεις</a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.orizonplay.gr/web/guest/paidika" role="menuitem">Παιδικά</a></li>
</ul></nav>
<a class="btn btn-primary orz-header__login" href="https://www.orizonplay.gr/c/portal/login?p_l_id=38">Σύνδεση</a>
</div>
%s
</header>""" % onair
    else:
        main = """<section id="content">
<div class="columns-1" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-12 portlet-column portlet-column-only" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
%s
</div>
</div>
</div>
</div>
</section>""" % portlet
        body_cls = "controls-visible  yui3-skin-sam signed-out public-page site"
        header = """%s
<header id="banner" role="banner">
<div id="heading"><div aria-level="1" class="site-title" role="heading">
<a class="logo custom-logo" href="https://www.orizonplay.gr/web/guest" title="Μετάβαση στο Orizon Play"><img alt="Orizon Play" height="48" src="/image/layout_set_logo?img_id=36214&amp;t=1571204117652" width="180" /></a>
</div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="Σελίδες ιστότοπου" role="menubar">
<li class="" id="layout_12" role="presentation"><a aria-labelledby="layout_12" href="https://www.orizonplay.gr/web/guest/live" role="menuitem"><span>Live</span></a></li>
<li class="" id="layout_4" role="presentation"><a aria-labelledby="layout_4" href="https://www.orizonplay.gr/web/guest/seires" role="menuitem"><span>Σειρές</span></a></li>
<li class="" id="layout_5" role="presentation"><a aria-labelledby="layout_5" href="https://www.orizonplay.gr/web/guest/psychagogia" role="menuitem"><span>Ψυχαγωγία</span></a></li>
<li class="" id="layout_6" role="presentation"><a aria-labelledby="layout_6" href="https://www.orizonplay.gr/web/guest/eidiseis" role="menuitem"><span>Ειδήσεις</span></a></li>
</ul>
</nav>
</header>""" % onair
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="el-GR">

<head>
	<title>Πολιτική Απορρήτου - Orizon Play</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="https://www.orizonplay.gr/o/%(theme)s/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="https://www.orizonplay.gr/web/guest/politiki-aporritou" rel="canonical" />
<link data-senna-track="temporary" href="https://www.orizonplay.gr/en/web/guest/politiki-aporritou" hreflang="en-US" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.orizonplay.gr/o/%(theme)s/css/clay.css?browserId=other&amp;themeId=%(themeid)s&amp;minifierType=css&amp;languageId=el_GR&amp;b=%(b)s&amp;t=%(t)d" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=%(themeid)s&amp;minifierType=css&amp;languageId=el_GR&amp;b=%(b)s&amp;t=%(t0)d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="1c8e5f3a-7b2d-4e90-a6f1-3d9c0b2e7a45" charset="UTF-8"></script>
<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {};

		Liferay.Browser = {
			acceptsGzip: function() {return true;},
			getMajorVersion: function() {return 131.0;},
			getRevision: function() {return '537.36';},
			getVersion: function() {return '131.0';},
			isAir: function() {return false;},
			isChrome: function() {return true;},
			isEdge: function() {return false;},
			isFirefox: function() {return false;},
			isGecko: function() {return true;},
			isIe: function() {return false;},
			isIphone: function() {return false;},
			isLinux: function() {return true;},
			isMac: function() {return false;},
			isMobile: function() {return false;},
			isMozilla: function() {return false;},
			isOpera: function() {return false;},
			isRtf: function() {return true;},
			isSafari: function() {return true;},
			isSun: function() {return false;},
			isWebKit: function() {return true;},
			isWindows: function() {return false;}
		};

		Liferay.Data = Liferay.Data || {};
		Liferay.Data.ICONS_INLINE_SVG = true;
		Liferay.Data.NAV_SELECTOR = '#navigation';
		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
		Liferay.Data.isCustomizationView = function() {return false;};
		Liferay.Data.notices = [];

		Liferay.ThemeDisplay = {
			getLayoutId: function() {return '14';},
			getLayoutRelativeControlPanelURL: function() {return '/group/guest/~/control_panel/manage';},
			getLayoutRelativeURL: function() {return '/web/guest/politiki-aporritou';},
			getLayoutURL: function() {return 'https://www.orizonplay.gr/web/guest/politiki-aporritou';},
			getParentLayoutId: function() {return '0';},
			isControlPanel: function() {return false;},
			isPrivateLayout: function() {return 'false';},
			isVirtualLayout: function() {return false;},
			getBCP47LanguageId: function() {return 'el-GR';},
			getCanonicalURL: function() {return 'https\\x3a\\x2f\\x2fwww\\x2eorizonplay\\x2egr\\x2fweb\\x2fguest\\x2fpolitiki-aporritou';},
			getCDNBaseURL: function() {return 'https://www.orizonplay.gr';},
			getCDNDynamicResourcesHost: function() {return '';},
			getCDNHost: function() {return '';},
			getCompanyGroupId: function() {return '20128';},
			getCompanyId: function() {return '20101';},
			getDefaultLanguageId: function() {return 'el_GR';},
			getDoAsUserIdEncoded: function() {return '';},
			getLanguageId: function() {return 'el_GR';},
			getParentGroupId: function() {return '20124';},
			getPathContext: function() {return '';},
			getPathImage: function() {return '/image';},
			getPathJavaScript: function() {return '/o/frontend-js-web';},
			getPathMain: function() {return '/c';},
			getPathThemeImages: function() {return 'https://www.orizonplay.gr/o/%(theme)s/images';},
			getPathThemeRoot: function() {return '/o/%(theme)s';},
			getPlid: function() {return '38';},
			getPortalURL: function() {return 'https://www.orizonplay.gr';},
			getScopeGroupId: function() {return '20124';},
			getScopeGroupIdOrLiveGroupId: function() {return '20124';},
			getSessionId: function() {return '';},
			getSiteAdminURL: function() {return 'https://www.orizonplay.gr/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20124&p_p_auth=%(auth)s';},
			getSiteGroupId: function() {return '20124';},
			getURLControlPanel: function() {return '/group/control_panel?refererPlid=38';},
			getURLHome: function() {return 'https\\x3a\\x2f\\x2fwww\\x2eorizonplay\\x2egr\\x2fweb\\x2fguest';},
			getUserEmailAddress: function() {return '';},
			getUserId: function() {return '20105';},
			getUserName: function() {return '';},
			isAddSessionIdToURL: function() {return false;},
			isImpersonated: function() {return false;},
			isSignedIn: function() {return false;},
			isStagedPortlet: function() {return false;},
			isStateExclusive: function() {return false;},
			isStateMaximized: function() {return false;},
			isStatePopUp: function() {return false;}
		};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {
			getCombine: function() {return true;},
			getComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=el_GR&b=%(b)s&t=%(t)d&';},
			getDateFormat: function() {return '%%d/%%m/%%Y';},
			getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},
			getFilter: function() {return 'min';},
			getFilterConfig: function() {return null;},
			getJavaScriptRootPath: function() {return '/o/frontend-js-web';},
			getPortletRootPath: function() {return '/html/portlet';},
			getStaticResourceURLParams: function() {return '?browserId=other&minifierType=&languageId=el_GR&b=%(b)s&t=%(t)d';}
		};

		Liferay.authToken = '%(auth)s';

		Liferay.currentURL = '\\x2fweb\\x2fguest\\x2fpolitiki-aporritou';
		Liferay.currentURLEncoded = '\\x252Fweb\\x252Fguest\\x252Fpolitiki-aporritou';
	// ]]>
</script>
<script data-senna-track="permanent" src="%(js)s" type="text/javascript"></script>
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.orizonplay.gr/o/%(theme)s/css/main.css?browserId=other&amp;themeId=%(themeid)s&amp;minifierType=css&amp;languageId=el_GR&amp;b=%(b)s&amp;t=%(t)d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ORZ4PL8Y2K"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-ORZ4PL8Y2K');</script>
</head>

<body class="%(bodycls)s">

<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
%(header)s
%(main)s
<footer id="footer" role="contentinfo">
<div class="container-fluid container-fluid-max-xl">
<ul class="footer-links">
<li><a href="https://www.orizonplay.gr/web/guest/oroi-chrisis">Όροι Χρήσης</a></li>
<li><a href="https://www.orizonplay.gr/web/guest/politiki-aporritou">Πολιτική Απορρήτου</a></li>
<li><a href="https://www.orizonplay.gr/web/guest/politiki-cookies">Πολιτική Cookies</a></li>
<li><a class="ot-sdk-show-settings" href="javascript:void(0);">Ρυθμίσεις cookies</a></li>
<li><a href="https://www.orizontv.gr/diafimisi">Διαφήμιση</a></li>
</ul>
<p class="powered-by">© %(year)d ΟΡΙΖΩΝ ΤΗΛΕΟΡΑΣΗ Α.Ε. Με την επιφύλαξη παντός δικαιώματος. Αρ. αδείας ΕΣΡ 1/2018.</p>
</div>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
	Liferay.Portlet.register('%(inst)s');
	Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_%(inst)s_', portletId: '%(inst)s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d38\\x26p_p_id\\x3d%(inst)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fweb\\x252Fguest\\x252Fpolitiki-aporritou\\x26p_p_auth\\x3d%(auth)s', refreshURLData: {}});
	Liferay.on('allPortletsReady', function() { Liferay.fire('orizon:policy-page'); });
// ]]>
</script>
<script src="https://www.orizonplay.gr/o/%(theme)s/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=el_GR&amp;b=%(b)s&amp;t=%(t)d" type="text/javascript"></script>
</body>

</html>
""" % {"theme": theme, "themeid": theme.replace("-", "") + "_WAR_" + theme.replace("-", ""), "b": b, "t": t,
       "t0": t - 86400000 * 3, "auth": auth, "js": js, "bodycls": body_cls, "header": header, "main": main,
       "year": when.year, "inst": inst}


PAGE = {
    "service": "Orizon Play",
    "url": URL,
    "lang": "el",
    "platform": "Liferay DXP 7.2 (widget page) -> 7.4 (content page) in 2024",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Content-Type-Options", "nosniff"), ("Liferay-Portal",
                      "Liferay Digital Experience Platform"), ("Cache-Control", "private, no-cache, no-store, must-revalidate")),
    "n": 30,
    "start": dt.date(2022, 10, 4),
    "end": dt.date(2025, 5, 27),
    "hours": (4, 9, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".journal-content-article"},
}
