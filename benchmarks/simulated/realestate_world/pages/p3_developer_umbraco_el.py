"""Aktí Developments: a Greek new-build residential developer on Umbraco (10 LTS, then 13 LTS from 2024; agency-built
templates, Block List).

One legal page holds two documents: the privacy policy (section#privacy-policy, what OTA tracks) and the cookie
policy beside it (section#cookie-policy, with Cookiebot's CookieDeclaration script inside), behind an in-page
table of contents. Fairly clean: per visit only the ASP.NET Core antiforgery token and Umbraco Forms' ufprt in the
"Ενδιαφέρομαι" form; sticky: the cookie policy's own revisions (its own date, text and a row of its table), Smidge
bundle versions and ImageSharp ?v= cache busters of the hero image and the project teasers in the footer.
"""
import datetime as dt
import html

import common as C

URL = "https://www.aktidevelopments.gr/politiki-aporritou"

POLICY = """## Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η προστασία των προσωπικών σας δεδομένων είναι για εμάς υποχρέωση και δέσμευση. Με την παρούσα πολιτική σας ενημερώνουμε, σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019, για τον τρόπο με τον οποίο συλλέγουμε και επεξεργαζόμαστε τα δεδομένα των επισκεπτών του ιστότοπού μας, των ενδιαφερόμενων αγοραστών και των πελατών μας.

### 1. Ποιοι είμαστε

Υπεύθυνος επεξεργασίας είναι η ανώνυμη εταιρεία με την επωνυμία «ΑΚΤΗ ΑΝΑΠΤΥΞΙΑΚΗ ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ ΑΚΙΝΗΤΩΝ» και τον διακριτικό τίτλο «Aktí Developments», η οποία αναπτύσσει και πωλεί νεόδμητες κατοικίες στην Αττική και στη Θεσσαλονίκη.

@ ΑΚΤΗ ΑΝΑΠΤΥΞΙΑΚΗ Α.Ε.
@ Λεωφ. Βουλιαγμένης 128, 166 74 Γλυφάδα
@ ΑΦΜ 801245370, ΔΟΥ ΦΑΕ Πειραιά, Αρ. ΓΕΜΗ 148875301000
@ Τηλ. 210 960 4400

Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνείτε στο [dpo@aktidevelopments.gr](mailto:dpo@aktidevelopments.gr).

### 2. Ποια δεδομένα συλλέγουμε

Ανάλογα με τη σχέση σας με την εταιρεία, επεξεργαζόμαστε τις ακόλουθες κατηγορίες δεδομένων:

- **Ενδιαφερόμενοι αγοραστές:** ονοματεπώνυμο, τηλέφωνο, e-mail, το έργο και ο τύπος κατοικίας που σας ενδιαφέρει, ο προϋπολογισμός σας και οι σημειώσεις από τις επισκέψεις στο εκθεσιακό μας κέντρο ή στα δείγματα διαμερισμάτων.
- **Αγοραστές:** στοιχεία ταυτότητας ή διαβατηρίου, ΑΦΜ και ΔΟΥ, διεύθυνση κατοικίας, οικογενειακή κατάσταση όπου απαιτείται για τη σύνταξη του συμβολαίου, στοιχεία τραπεζικής χρηματοδότησης και πληρωμών, καθώς και επιλογές υλικών και διαρρυθμίσεων της κατοικίας.
- **Επισκέπτες του ιστότοπου:** διεύθυνση IP, τύπος συσκευής και φυλλομετρητή, σελίδες που επισκεφθήκατε και, εφόσον το επιτρέψετε, δεδομένα από cookies ανάλυσης και διαφήμισης.
- **Συνεργάτες και προμηθευτές:** στοιχεία επικοινωνίας των εκπροσώπων τους και στοιχεία τιμολόγησης.

Δεν ζητάμε ούτε επεξεργαζόμαστε ειδικές κατηγορίες δεδομένων (π.χ. δεδομένα υγείας), εκτός εάν μας τα γνωστοποιήσετε εσείς για την προσαρμογή της κατοικίας σε άτομα με αναπηρία.

### 3. Σκοποί και νομική βάση της επεξεργασίας

| Σκοπός | Νομική βάση |
| Απάντηση σε αιτήματα πληροφοριών και οργάνωση επισκέψεων σε έργα | Λήψη μέτρων πριν από τη σύναψη σύμβασης (άρθρο 6 παρ. 1 στ. β ΓΚΠΔ) |
| Σύνταξη προσυμφώνου και συμβολαίου αγοραπωλησίας, παράδοση της κατοικίας | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στ. β ΓΚΠΔ) |
| Φορολογικές υποχρεώσεις και έλεγχος κατά της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018) | Έννομη υποχρέωση (άρθρο 6 παρ. 1 στ. γ ΓΚΠΔ) |
| Εξυπηρέτηση μετά την παράδοση και διαχείριση εγγυήσεων | Εκτέλεση σύμβασης και έννομο συμφέρον |
| Αποστολή ενημερωτικού δελτίου για νέα έργα | Συγκατάθεση (άρθρο 6 παρ. 1 στ. α ΓΚΠΔ) |
| Στατιστική ανάλυση της επισκεψιμότητας του ιστότοπου | Συγκατάθεση μέσω του εργαλείου διαχείρισης cookies |

### 4. Πόσο χρόνο διατηρούμε τα δεδομένα

| Κατηγορία δεδομένων | Διάρκεια τήρησης |
| Αιτήματα πληροφοριών χωρίς σύναψη σύμβασης | 3 έτη από την τελευταία επικοινωνία |
| Φάκελος αγοραστή και συμβόλαια | 20 έτη από την παράδοση της κατοικίας |
| Φορολογικά και λογιστικά στοιχεία | όπως ορίζει η φορολογική νομοθεσία, κατά κανόνα 5 έτη από τη λήξη της διαχειριστικής περιόδου |
| Ενημερωτικό δελτίο | έως την ανάκληση της συγκατάθεσης |

Μετά τη λήξη των παραπάνω διαστημάτων τα δεδομένα διαγράφονται ή ανωνυμοποιούνται με ασφάλεια.

### 5. Σε ποιους διαβιβάζουμε τα δεδομένα

Τα δεδομένα σας είναι προσβάσιμα μόνο στο προσωπικό που τα χρειάζεται για την εκτέλεση των καθηκόντων του. Επιπλέον, μπορεί να διαβιβάζονται:

- σε συμβολαιογράφους, δικηγόρους και μηχανικούς που συμμετέχουν στη μεταβίβαση της κατοικίας·
- σε πιστωτικά ιδρύματα, όταν αγοράζετε με στεγαστικό δάνειο και μας το ζητήσετε·
- σε συνεργαζόμενα μεσιτικά γραφεία, μόνο εφόσον η επικοινωνία σας έγινε μέσω αυτών·
- σε παρόχους υπηρεσιών πληροφορικής και φιλοξενίας, όπως η Microsoft Ireland Operations Ltd (Microsoft 365 και Azure)·
- σε δημόσιες αρχές, όπως η ΑΑΔΕ και το Ελληνικό Κτηματολόγιο, όταν το επιβάλλει ο νόμος.

Εάν εγγραφείτε στο ενημερωτικό μας δελτίο, θα λαμβάνετε ενημερώσεις για νέα έργα, ημέρες ανοιχτών επισκέψεων και διαθέσιμες κατοικίες. Μπορείτε να διαγραφείτε οποιαδήποτε στιγμή από τον σύνδεσμο που υπάρχει στο τέλος κάθε μηνύματος, χωρίς καμία επίπτωση στη σχέση σας με την εταιρεία.

Όλοι οι εκτελούντες την επεξεργασία δεσμεύονται με σύμβαση σύμφωνα με το άρθρο 28 ΓΚΠΔ.

### 6. Διαβιβάσεις εκτός Ευρωπαϊκού Οικονομικού Χώρου

Κατά κανόνα τα δεδομένα σας φιλοξενούνται σε κέντρα δεδομένων εντός της Ευρωπαϊκής Ένωσης. Εάν κάποιος πάροχος επεξεργάζεται δεδομένα εκτός ΕΟΧ, η διαβίβαση γίνεται βάσει απόφασης επάρκειας της Ευρωπαϊκής Επιτροπής ή τυποποιημένων συμβατικών ρητρών.

### 7. Ασφάλεια

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα, όπως κρυπτογράφηση, διαχείριση δικαιωμάτων πρόσβασης, τακτικά αντίγραφα ασφαλείας και εκπαίδευση του προσωπικού μας, για να προστατεύσουμε τα δεδομένα σας από απώλεια, αλλοίωση ή μη εξουσιοδοτημένη πρόσβαση.

Για την ανάλυση της επισκεψιμότητας και την προβολή διαφημίσεων χρησιμοποιούμε cookies και παρόμοιες τεχνολογίες μόνο εφόσον τις αποδεχθείτε. Περισσότερες πληροφορίες θα βρείτε στην Πολιτική Cookies που ακολουθεί στην ίδια σελίδα.

Δεν λαμβάνουμε αποφάσεις που βασίζονται αποκλειστικά σε αυτοματοποιημένη επεξεργασία, συμπεριλαμβανομένης της κατάρτισης προφίλ, οι οποίες παράγουν έννομα αποτελέσματα για εσάς. Ο ιστότοπός μας δεν απευθύνεται σε ανηλίκους κάτω των 15 ετών και δεν συλλέγουμε εν γνώσει μας δεδομένα τους.

### 8. Τα δικαιώματά σας

Έχετε δικαίωμα:

- πρόσβασης στα δεδομένα σας και λήψης αντιγράφου τους·
- διόρθωσης ανακριβών ή ελλιπών δεδομένων·
- διαγραφής, όταν δεν υπάρχει πλέον λόγος διατήρησής τους·
- περιορισμού της επεξεργασίας·
- φορητότητας των δεδομένων που μας παρείχατε·
- εναντίωσης στην επεξεργασία που βασίζεται στο έννομο συμφέρον μας·
- ανάκλησης της συγκατάθεσής σας ανά πάσα στιγμή.

Για να ασκήσετε τα δικαιώματά σας, απευθυνθείτε στον DPO μας. Θα σας απαντήσουμε εντός ενός μηνός, ο οποίος μπορεί να παραταθεί κατά δύο ακόμη μήνες σε περίπτωση πολύπλοκων αιτημάτων.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Λεωφ. Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

### 9. Επικοινωνία

Για οποιαδήποτε ερώτηση σχετικά με την παρούσα πολιτική μπορείτε να μας γράψετε στο [privacy@aktidevelopments.gr](mailto:privacy@aktidevelopments.gr) ή να μας επισκεφθείτε στο εκθεσιακό μας κέντρο, Λεωφ. Βουλιαγμένης 128, Γλυφάδα, Δευτέρα έως Παρασκευή 09:00–17:00.

### 10. Αλλαγές της πολιτικής

Ενδέχεται να τροποποιούμε την παρούσα πολιτική, για παράδειγμα όταν ξεκινάμε νέα έργα ή αλλάζει η νομοθεσία. Η ισχύουσα έκδοση είναι πάντοτε διαθέσιμη στη σελίδα αυτή."""

EDITS = [
    {"note": "processor added: HubSpot CRM in the recipients list",
     "repl": [("(Microsoft 365 και Azure)·",
               "(Microsoft 365 και Azure) και η HubSpot Ireland Ltd (σύστημα διαχείρισης πελατειακών σχέσεων)·")]},
    {"note": "retention of enquiries without a contract changed 3 -> 2 years",
     "repl": [("| 3 έτη από την τελευταία επικοινωνία |", "| 2 έτη από την τελευταία επικοινωνία |")]},
    {"note": "new section 10 on CCTV at the show flats and construction sites; 'Αλλαγές' renumbered 11",
     "repl": [("### 10. Αλλαγές της πολιτικής", "### 10. Βιντεοεπιτήρηση\n\n"
               "Στο εκθεσιακό μας κέντρο, στα δείγματα διαμερισμάτων και στα εργοτάξια λειτουργεί σύστημα "
               "βιντεοεπιτήρησης για την προστασία προσώπων και αγαθών. Οι κάμερες δεν καταγράφουν ήχο και δεν "
               "στρέφονται σε χώρους εργασίας ή σε γειτονικές ιδιοκτησίες. Τα αρχεία τηρούνται για 15 ημέρες και "
               "στη συνέχεια διαγράφονται αυτόματα, εκτός εάν απαιτούνται για τη διερεύνηση συγκεκριμένου "
               "περιστατικού. Νομική βάση είναι το έννομο συμφέρον μας (άρθρο 6 παρ. 1 στ. στ ΓΚΠΔ).\n\n"
               "### 11. Αλλαγές της πολιτικής")]},
    {"note": "word inserted: rights requests 'εγγράφως' to the DPO",
     "repl": [("Για να ασκήσετε τα δικαιώματά σας, απευθυνθείτε στον DPO μας.",
               "Για να ασκήσετε τα δικαιώματά σας, απευθυνθείτε εγγράφως στον DPO μας.")]},
    {"note": "showroom moved and opening hours changed in 'Επικοινωνία'",
     "repl": [("εκθεσιακό μας κέντρο, Λεωφ. Βουλιαγμένης 128, Γλυφάδα, Δευτέρα έως Παρασκευή 09:00–17:00.",
               "εκθεσιακό μας κέντρο, Λεωφ. Ποσειδώνος 64, Άλιμος, Δευτέρα έως Παρασκευή 09:00–18:00 και Σάββατο "
               "10:00–14:00.")]},
]

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


COOKIE_VERSIONS = [
    (dt.date(2021, 6, 2), [("Απαραίτητα", "Cookiebot, Umbraco (ASP.NET Core)", "Λειτουργία του ιστότοπου και αποθήκευση των επιλογών σας"),
                           ("Στατιστικά", "Google Analytics 4", "Μέτρηση επισκεψιμότητας"),
                           ("Marketing", "Meta Pixel, Google Ads", "Προβολή διαφημίσεων για τα έργα μας")]),
    (dt.date(2023, 2, 17), [("Απαραίτητα", "Cookiebot, Umbraco (ASP.NET Core)", "Λειτουργία του ιστότοπου και αποθήκευση των επιλογών σας"),
                            ("Προτιμήσεις", "Vimeo, Google Maps", "Αναπαραγωγή βίντεο και χάρτες των έργων"),
                            ("Στατιστικά", "Google Analytics 4, Hotjar", "Μέτρηση επισκεψιμότητας και χρηστικότητας"),
                            ("Marketing", "Meta Pixel, Google Ads", "Προβολή διαφημίσεων για τα έργα μας")]),
    (dt.date(2024, 5, 9), [("Απαραίτητα", "Cookiebot, Umbraco (ASP.NET Core)", "Λειτουργία του ιστότοπου και αποθήκευση των επιλογών σας"),
                           ("Προτιμήσεις", "Vimeo, Google Maps", "Αναπαραγωγή βίντεο και χάρτες των έργων"),
                           ("Στατιστικά", "Google Analytics 4", "Μέτρηση επισκεψιμότητας"),
                           ("Marketing", "Meta Pixel, Google Ads, LinkedIn Insight Tag", "Προβολή διαφημίσεων για τα έργα μας")]),
]

PROJECTS = [("Akti Residences", "Βούλα", "/erga/akti-residences"), ("Ορίζοντας", "Καλαμαριά, Θεσσαλονίκη", "/erga/orizontas"),
            ("Pefkos Living", "Κηφισιά", "/erga/pefkos-living")]


def _tok(rng, n):
    return "CfDJ8" + C.b64tok(rng, n).replace("+", "-").replace("/", "").replace("=", "")


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["antiforgery"] = (_tok(rng, 114), _tok(rng, 180))
    # the cookie policy version in force (editors publish it some days after its date)
    k = max(j for j, (d, _) in enumerate(COOKIE_VERSIONS) if d + dt.timedelta(days=6) <= when.date())
    st["cookies"] = k
    st["umbraco"] = "10.5.3" if when < dt.datetime(2024, 1, 22) else "13.2.2"  # Umbraco 10 LTS -> 13 LTS (Forms version)
    st["smidge"] = C.keep_or(rng, p.get("smidge"), 0.2, lambda: "%d" % rng.randint(638000000000000000, 638600000000000000))
    st["media"] = C.keep_or(rng, p.get("media"), 0.1, lambda: [C.hexs(rng, 15) for _ in range(4)])
    return st


LABELS = {"antiforgery": "antiforgery token and ufprt in the contact form", "cookies": "cookie policy revision beside the policy",
          "smidge": "Smidge bundle version", "umbraco": "Umbraco upgrade 10 -> 13 (Forms asset versions)", "media": "ImageSharp ?v= cache busters"}


def render(state, blocks, when):
    tok, ufprt = state["antiforgery"]
    cdate, crows = COOKIE_VERSIONS[state["cookies"]]
    sm = state["smidge"]
    mv = state["media"]
    fv = state["umbraco"]
    pol = C.blocks_html(blocks, cls={"h2": "legal-doc__title", "table": "table table--legal"})
    ctable = ("<table class=\"table table--legal\"><thead><tr><th>Κατηγορία</th><th>Πάροχοι</th><th>Σκοπός</th></tr></thead><tbody>%s</tbody></table>"
              % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in crows))
    cookie_doc = (
        '<section id="cookie-policy" class="legal-doc" aria-labelledby="cookie-policy-title">\n'
        '<h2 id="cookie-policy-title" class="legal-doc__title">Πολιτική Cookies</h2>\n'
        '<p>Τελευταία ενημέρωση: %s</p>\n'
        '<p>Τα cookies είναι μικρά αρχεία κειμένου που αποθηκεύονται στη συσκευή σας όταν επισκέπτεστε τον ιστότοπό μας. '
        'Χρησιμοποιούμε απαραίτητα cookies χωρίς τη συγκατάθεσή σας και όλες τις υπόλοιπες κατηγορίες μόνο εφόσον τις αποδεχθείτε '
        'στο παράθυρο διαχείρισης cookies.</p>\n%s\n'
        '<p>Μπορείτε να αλλάξετε ή να ανακαλέσετε τη συγκατάθεσή σας οποιαδήποτε στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας. '
        'Ακολουθεί η αναλυτική δήλωση cookies του ιστότοπου:</p>\n'
        '<script id="CookieDeclaration" src="https://consent.cookiebot.com/5b8e2f17-94c3-4a6e-b0d1-3f7a9c2e6d41/cd.js" type="text/javascript" async></script>\n'
        '</section>' % (fmt_date(cdate), ctable))
    teasers = "".join(
        '<li class="project-teaser"><a href="%s"><img src="/media/%s/%s.jpg?width=480&amp;height=320&amp;rmode=crop&amp;v=%s" alt="%s" loading="lazy" width="480" height="320">'
        '<span class="project-teaser__name">%s</span><span class="project-teaser__area">%s</span></a></li>'
        % (u, mv[k + 1][:8], u.split("/")[-1], mv[k + 1], html.escape(n), html.escape(n), html.escape(a))
        for k, (n, a, u) in enumerate(PROJECTS))
    nav = [("Έργα", "/erga"), ("Η εταιρεία", "/etaireia"), ("Βιωσιμότητα", "/viosimotita"), ("Νέα", "/nea"),
           ("Επικοινωνία", "/epikoinonia")]
    nav_html = "".join('<li class="site-nav__item"><a class="site-nav__link" href="%s">%s</a></li>' % (u, t) for t, u in nav)
    form = (
        '<form action="/politiki-aporritou" enctype="multipart/form-data" id="form4f2c9e8a1b3d4e5f8a7b6c5d4e3f2a1b" method="post" class="umbraco-forms-form contactinterest umbraco-forms-akti">'
        '<input type="hidden" name="FormId" value="4f2c9e8a-1b3d-4e5f-8a7b-6c5d4e3f2a1b"><input type="hidden" name="FormName" value="Contact interest">'
        '<input type="hidden" name="RecordId" value=""><input type="hidden" name="PreviousClicked" value="">'
        '<input type="hidden" name="Theme" value="akti"><input type="hidden" name="RedirectToPageId" value="">'
        '<div class="umbraco-forms-page" id="3a9c1e55-0f8b-4c21-9d4e-71a2b6c8d903"><fieldset class="umbraco-forms-fieldset" id="b1d0c7e2-6a4f-4e39-8f21-0c5d7a9e3b64">'
        '<div class="umbraco-forms-field onoma shortanswer mandatory"><label for="e3c1a0b2-9f74-4d3e-a2b1-5c6d7e8f9a01" class="umbraco-forms-label">Ονοματεπώνυμο <span class="umbraco-forms-indicator">*</span></label>'
        '<div class="umbraco-forms-field-wrapper"><input type="text" name="e3c1a0b2-9f74-4d3e-a2b1-5c6d7e8f9a01" id="e3c1a0b2-9f74-4d3e-a2b1-5c6d7e8f9a01" class="text" maxlength="255" data-val="true" data-val-required="Συμπληρώστε το ονοματεπώνυμό σας"></div></div>'
        '<div class="umbraco-forms-field tilefono shortanswer mandatory"><label for="f4d2b1c3-0a85-4e4f-b3c2-6d7e8f9a0b12" class="umbraco-forms-label">Τηλέφωνο <span class="umbraco-forms-indicator">*</span></label>'
        '<div class="umbraco-forms-field-wrapper"><input type="tel" name="f4d2b1c3-0a85-4e4f-b3c2-6d7e8f9a0b12" id="f4d2b1c3-0a85-4e4f-b3c2-6d7e8f9a0b12" class="text" maxlength="255"></div></div>'
        '<div class="umbraco-forms-field ergo dropdown"><label for="a5e3c2d4-1b96-4f50-c4d3-7e8f9a0b1c23" class="umbraco-forms-label">Έργο</label>'
        '<div class="umbraco-forms-field-wrapper"><select name="a5e3c2d4-1b96-4f50-c4d3-7e8f9a0b1c23" id="a5e3c2d4-1b96-4f50-c4d3-7e8f9a0b1c23"><option value=""></option>'
        + "".join('<option value="%s">%s</option>' % (n, n) for n, _, _ in PROJECTS) +
        '</select></div></div></fieldset><div class="umbraco-forms-navigation row-fluid"><div class="col-md-12">'
        '<button type="submit" class="btn primary" name="__next" data-form-navigate="next">Ενδιαφέρομαι</button></div></div></div>'
        '<input name="__RequestVerificationToken" type="hidden" value="%s"><input name="ufprt" type="hidden" value="%s"></form>'
        % (tok, ufprt))
    doc = f"""<!DOCTYPE html>
<html lang="el">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Πολιτική Απορρήτου &amp; Cookies | Aktí Developments</title>
    <meta name="description" content="Πώς η Aktí Developments επεξεργάζεται τα προσωπικά δεδομένα ενδιαφερόμενων αγοραστών, πελατών και επισκεπτών του ιστότοπου.">
    <link rel="canonical" href="{URL}">
    <link rel="alternate" hreflang="el" href="{URL}">
    <link rel="alternate" hreflang="en" href="https://www.aktidevelopments.gr/en/privacy-policy">
    <meta property="og:image" content="https://www.aktidevelopments.gr/media/{mv[0][:8]}/legal-hero.jpg?width=1200&amp;height=630&amp;v={mv[0]}">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5b8e2f17-94c3-4a6e-b0d1-3f7a9c2e6d41" data-culture="EL" data-blockingmode="auto" type="text/javascript"></script>
    <script data-cookieconsent="ignore">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag("consent","default",{{ad_personalization:"denied",ad_storage:"denied",ad_user_data:"denied",analytics_storage:"denied",functionality_storage:"denied",personalization_storage:"denied",security_storage:"granted",wait_for_update:500}});gtag("set","ads_data_redaction",true);</script>
    <script data-cookieconsent="ignore">(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-W8K3N6P');</script>
    <link href="/sb/main-css.css.v{sm}" rel="stylesheet" />
    <link rel="preload" href="/fonts/manrope-greek-variable.woff2" as="font" type="font/woff2" crossorigin>
</head>
<body class="page-legal" data-page-id="1284" data-culture="el-GR">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W8K3N6P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">Μετάβαση στο περιεχόμενο</a>
    <header class="site-header" data-sticky-header>
        <div class="site-header__inner container">
            <a class="site-header__logo" href="/" aria-label="Aktí Developments – Αρχική"><img src="/assets/img/akti-logo.svg" alt="Aktí Developments" width="168" height="40"></a>
            <nav class="site-nav" aria-label="Κύριο μενού"><ul class="site-nav__list">{nav_html}</ul></nav>
            <div class="site-header__tools"><a class="lang-switch" href="/en/privacy-policy" hreflang="en" lang="en">EN</a><a class="btn btn--outline" href="tel:+302109604400">210 960 4400</a></div>
        </div>
    </header>
    <main id="main">
        <section class="page-hero page-hero--compact" style="background-image:url('/media/{mv[0][:8]}/legal-hero.jpg?width=1920&amp;height=480&amp;rmode=crop&amp;v={mv[0]}')">
            <div class="container">
                <nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Αρχική</a></li><li aria-current="page">Πολιτική Απορρήτου &amp; Cookies</li></ol></nav>
                <h1 class="page-hero__title">Πολιτική Απορρήτου &amp; Cookies</h1>
            </div>
        </section>
        <div class="legal-page container">
            <nav class="legal-page__toc" aria-label="Περιεχόμενα σελίδας">
                <a class="legal-page__toc-link" href="#privacy-policy">Πολιτική Απορρήτου</a>
                <a class="legal-page__toc-link" href="#cookie-policy">Πολιτική Cookies</a>
            </nav>
            <div class="legal-page__body umb-block-list">
<section id="privacy-policy" class="legal-doc" aria-labelledby="privacy-policy-title">
{pol}
</section>
{cookie_doc}
            </div>
        </div>
        <section class="cta-contact">
            <div class="container cta-contact__inner">
                <h2 class="cta-contact__title">Θέλετε να δείτε ένα από τα έργα μας;</h2>
                <p class="cta-contact__lead">Αφήστε μας τα στοιχεία σας και ένας σύμβουλος πωλήσεων θα σας καλέσει για να κλείσετε ραντεβού.</p>
                <div class="umbraco-forms-akti umbraco-forms-container">{form}</div>
            </div>
        </section>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="site-footer__col"><h3>Τα έργα μας</h3><ul class="project-teasers">{teasers}</ul></div>
            <div class="site-footer__col"><h3>Επικοινωνία</h3><address>Λεωφ. Βουλιαγμένης 128<br>166 74 Γλυφάδα<br><a href="tel:+302109604400">210 960 4400</a><br><a href="mailto:info@aktidevelopments.gr">info@aktidevelopments.gr</a></address></div>
        </div>
        <div class="container site-footer__bottom">
            <p>© {when.year} ΑΚΤΗ ΑΝΑΠΤΥΞΙΑΚΗ Α.Ε. Με επιφύλαξη παντός δικαιώματος.</p>
            <ul class="site-footer__legal"><li><a href="/politiki-aporritou">Πολιτική Απορρήτου</a></li><li><a href="javascript:Cookiebot.renew()">Ρυθμίσεις cookies</a></li><li><a href="/oroi-chrisis">Όροι χρήσης</a></li></ul>
        </div>
    </footer>
    <script src="/App_Plugins/UmbracoForms/Assets/promise-polyfill/dist/polyfill.min.js?v={fv}" type="application/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/aspnet-client-validation/dist/aspnet-validation.min.js?v={fv}" type="application/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js?v={fv}" type="application/javascript"></script>
    <script src="/sb/main-js.js.v{sm}" type="text/javascript"></script>
</body>
</html>"""
    return doc


PAGE = {
    "service": "Akti Developments",
    "url": URL,
    "lang": "el",
    "platform": "Umbraco 10 -> 13 (agency templates, Block List, Umbraco Forms, Smidge, ImageSharp), Cookiebot, GTM",
    "content_type": "text/html; charset=utf-8",
    "n": 28,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2025, 3, 28),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#privacy-policy"},
}
