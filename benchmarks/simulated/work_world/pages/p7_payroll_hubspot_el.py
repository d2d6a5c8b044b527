"""Ergasis (Greek payroll and HR SaaS) - el-GR - HubSpot CMS (drag-and-drop template, EU data centre): one Rich Text
module holds two documents one after the other, the privacy policy (with its sub-processor table, which grows) and
then the cookie policy after an anchor, so the curator tracks the privacy policy with a range. A fairly clean page:
what HubSpot renders per request (hsVars render_id and ticks) and the template assets' publish timestamps."""
import datetime as dt
import re
import common as C

BASE = "https://www.ergasis.gr"
URL = BASE + "/politiki-aporritou"
PORTAL = 25871402
MODULE = "widget_1679412083517"
MINES = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
         "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MINES[d.month - 1], d.year)


POLICY = """
# Πολιτική Απορρήτου

Τελευταία ενημέρωση: {UPDATED}

Η εταιρεία Ergasis Λογισμικό Ανθρώπινου Δυναμικού Μονοπρόσωπη Α.Ε. («Ergasis», «εμείς») αναπτύσσει και παρέχει την πλατφόρμα μισθοδοσίας και διαχείρισης ανθρώπινου δυναμικού Ergasis Cloud. Με την παρούσα πολιτική σας ενημερώνουμε, σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019, για τον τρόπο με τον οποίο επεξεργαζόμαστε δεδομένα προσωπικού χαρακτήρα.

## 1. Ποιοι είμαστε

Ergasis Λογισμικό Ανθρώπινου Δυναμικού Μονοπρόσωπη Α.Ε., Λεωφόρος Κηφισίας 124, 115 26 Αθήνα, ΑΦΜ 801234567, ΓΕΜΗ 158732301000. Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνήσετε στο [dpo@ergasis.gr](mailto:dpo@ergasis.gr).

## 2. Ο ρόλος μας: υπεύθυνος ή εκτελών την επεξεργασία

Για τα δεδομένα των επισκεπτών του ιστότοπού μας, των υποψήφιων και υφιστάμενων πελατών μας και των χρηστών που συνδέονται στην πλατφόρμα ενεργούμε ως **υπεύθυνος επεξεργασίας**.

Για τα δεδομένα των εργαζομένων των πελατών μας, τα οποία οι πελάτες μας καταχωρίζουν στο Ergasis Cloud για να υπολογίσουν τη μισθοδοσία και να υποβάλουν δηλώσεις, ενεργούμε ως **εκτελών την επεξεργασία** για λογαριασμό του εργοδότη. Ο εργοδότης σας είναι ο υπεύθυνος επεξεργασίας και σε αυτόν πρέπει να απευθύνεστε πρώτα για τα δικαιώματά σας. Η επεξεργασία αυτή διέπεται από τη Σύμβαση Επεξεργασίας Δεδομένων που υπογράφουμε με κάθε πελάτη.

## 3. Ποια δεδομένα επεξεργαζόμαστε

### Επισκέπτες, πελάτες και χρήστες

- στοιχεία επικοινωνίας: ονοματεπώνυμο, εταιρεία, θέση, email, τηλέφωνο·
- δεδομένα που μας δίνετε όταν ζητάτε επίδειξη ή προσφορά (αριθμός εργαζομένων, κλάδος, τρέχον σύστημα μισθοδοσίας)·
- στοιχεία τιμολόγησης της επιχείρησης·
- στοιχεία λογαριασμού χρήστη, αρχεία καταγραφής σύνδεσης και ενεργειών στην πλατφόρμα·
- δεδομένα περιήγησης στον ιστότοπο μέσω cookies, εφόσον έχετε συναινέσει.

### Εργαζόμενοι των πελατών μας

- στοιχεία ταυτότητας και επικοινωνίας, ΑΦΜ, ΑΜΚΑ, ΑΜΑ, αριθμός ταυτότητας·
- στοιχεία σύμβασης εργασίας, ειδικότητα, ωράριο, αποδοχές, IBAN μισθοδοσίας·
- ωράρια και κινήσεις της ψηφιακής κάρτας εργασίας, άδειες και υπερωρίες·
- οικογενειακή κατάσταση και προστατευόμενα μέλη, όπου απαιτείται για τον υπολογισμό επιδομάτων και φόρου·
- βεβαιώσεις ασθενείας, μόνο στον βαθμό που απαιτούνται για τον υπολογισμό των αποδοχών ασθενείας.

## 4. Σκοποί και νομικές βάσεις

Ως υπεύθυνος επεξεργασίας επεξεργαζόμαστε δεδομένα:

- για τη σύναψη και εκτέλεση της σύμβασης με τους πελάτες μας και την παροχή υποστήριξης (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ)·
- για την τήρηση φορολογικών και λογιστικών υποχρεώσεων (άρθρο 6 παρ. 1 στ. γ΄ ΓΚΠΔ)·
- για την ασφάλεια της πλατφόρμας και την πρόληψη καταχρήσεων, με βάση το έννομο συμφέρον μας (άρθρο 6 παρ. 1 στ. στ΄ ΓΚΠΔ)·
- για την αποστολή ενημερωτικών δελτίων σχετικά με αλλαγές στην εργατική και ασφαλιστική νομοθεσία, με τη συγκατάθεσή σας (άρθρο 6 παρ. 1 στ. α΄ ΓΚΠΔ).

Ως εκτελών την επεξεργασία επεξεργαζόμαστε τα δεδομένα των εργαζομένων αποκλειστικά σύμφωνα με τις εντολές του εργοδότη, για τον υπολογισμό της μισθοδοσίας, την υποβολή δηλώσεων στο ΠΣ ΕΡΓΑΝΗ, στον e-ΕΦΚΑ και στην ΑΑΔΕ, και την έκδοση βεβαιώσεων αποδοχών.

## 4α. Ψηφιακή κάρτα εργασίας και εφαρμογή εργαζομένων

Όταν ο εργοδότης σας χρησιμοποιεί την εφαρμογή Ergasis για την ψηφιακή κάρτα εργασίας, η εφαρμογή καταγράφει την ώρα έναρξης και λήξης της εργασίας σας και τη διαβιβάζει στο ΠΣ ΕΡΓΑΝΗ. Αν ο εργοδότης έχει ενεργοποιήσει τη λειτουργία ελέγχου τοποθεσίας, η εφαρμογή ελέγχει μόνο τη στιγμή του χτυπήματος της κάρτας αν βρίσκεστε εντός της περιοχής του καταστήματος· δεν παρακολουθεί συνεχώς τη θέση σας και δεν αποθηκεύει ιστορικό διαδρομών.

Η εφαρμογή δεν χρησιμοποιεί βιομετρικά δεδομένα. Ο εργοδότης σας οφείλει να σας ενημερώσει για την επεξεργασία αυτή σύμφωνα με τη δική του πολιτική απορρήτου.

## 4β. Αυτοματοποιημένες αποφάσεις

Η πλατφόρμα υπολογίζει αυτόματα αποδοχές, κρατήσεις και εισφορές με βάση τους κανόνες που ορίζει ο νόμος και τις παραμέτρους που καταχωρίζει ο εργοδότης. Οι υπολογισμοί αυτοί ελέγχονται και εγκρίνονται από τον εργοδότη ή τον λογιστή του πριν από την πληρωμή και δεν αποτελούν αποφάσεις που λαμβάνονται αποκλειστικά με αυτοματοποιημένη επεξεργασία κατά την έννοια του άρθρου 22 ΓΚΠΔ.

## 5. Αποδέκτες και υπεκτελούντες την επεξεργασία

Δεν πωλούμε δεδομένα προσωπικού χαρακτήρα. Για την παροχή των υπηρεσιών μας χρησιμοποιούμε τους παρακάτω υπεκτελούντες, με τους οποίους έχουμε συνάψει συμβάσεις που προβλέπουν τις ίδιες υποχρεώσεις προστασίας δεδομένων:

| Υπεκτελών | Υπηρεσία | Τοποθεσία δεδομένων |
| Microsoft Ireland Operations Ltd | Φιλοξενία της πλατφόρμας (Azure) | Ολλανδία |
| HubSpot Ireland Ltd | Διαχείριση πελατειακών σχέσεων, ιστότοπος | Γερμανία |
| Zendesk Inc. | Υποστήριξη πελατών | ΕΕ |
| Yuboto Ltd | Αποστολή SMS για διπλή επαλήθευση | Ελλάδα |

Δεδομένα μπορεί επίσης να διαβιβαστούν σε δημόσιες αρχές (ΑΑΔΕ, e-ΕΦΚΑ, Υπουργείο Εργασίας μέσω ΕΡΓΑΝΗ) όταν αυτό ζητείται από τον πελάτη μας ή επιβάλλεται από τον νόμο.

Θα ενημερώνουμε τους πελάτες μας τουλάχιστον 30 ημέρες πριν από την προσθήκη ή αντικατάσταση υπεκτελούντος, ώστε να μπορούν να αντιταχθούν.

Οι λογιστές και τα λογιστικά γραφεία που εξυπηρετούν τους πελάτες μας αποκτούν πρόσβαση στην πλατφόρμα μόνο με εξουσιοδότηση του πελάτη και βλέπουν μόνο τις εταιρείες για τις οποίες έχουν εξουσιοδοτηθεί. Κάθε πρόσβαση καταγράφεται στο αρχείο ενεργειών του πελάτη.

Όταν ο πελάτης ζητά τη μεταφορά δεδομένων από άλλο σύστημα μισθοδοσίας, η ομάδα μετάπτωσης δεδομένων επεξεργάζεται τα αρχεία που μας παραδίδει μόνο για τον σκοπό αυτό και τα διαγράφει το αργότερο 30 ημέρες μετά την ολοκλήρωση της μετάπτωσης.

## 6. Διαβιβάσεις εκτός ΕΟΧ

Τα δεδομένα της πλατφόρμας αποθηκεύονται αποκλειστικά σε κέντρα δεδομένων εντός της Ευρωπαϊκής Ένωσης. Ορισμένοι υπεκτελούντες ενδέχεται να παρέχουν απομακρυσμένη υποστήριξη από τρίτες χώρες· στις περιπτώσεις αυτές οι διαβιβάσεις βασίζονται στο Πλαίσιο Προστασίας Δεδομένων ΕΕ-ΗΠΑ ή σε τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.

## 7. Χρόνος διατήρησης

Τα δεδομένα πελατών διατηρούνται για όσο διαρκεί η σύμβαση και για πέντε έτη μετά τη λήξη της, για την τήρηση των φορολογικών μας υποχρεώσεων. Τα αρχεία καταγραφής της πλατφόρμας διατηρούνται για 12 μήνες.

Τα δεδομένα εργαζομένων των πελατών μας διατηρούνται όσο διαρκεί η σύμβαση με τον πελάτη. Μετά τη λήξη της, ο πελάτης μπορεί να εξαγάγει τα δεδομένα του εντός 90 ημερών· στη συνέχεια διαγράφονται, εκτός αν ο πελάτης έχει επιλέξει την υπηρεσία αρχειοθέτησης μισθοδοσίας.

## 8. Ασφάλεια

Η Ergasis είναι πιστοποιημένη κατά ISO/IEC 27001:2013. Τα δεδομένα κρυπτογραφούνται κατά τη μεταφορά και την αποθήκευση, η πρόσβαση στην πλατφόρμα απαιτεί διπλή επαλήθευση για τους διαχειριστές, και το προσωπικό μας έχει πρόσβαση σε δεδομένα εργαζομένων μόνο όταν ο πελάτης το ζητήσει για την επίλυση αιτήματος υποστήριξης.

## 8α. Ανήλικοι

Οι υπηρεσίες μας απευθύνονται σε επιχειρήσεις και δεν προορίζονται για ανηλίκους. Δεδομένα ανηλίκων επεξεργαζόμαστε μόνο ως εκτελών την επεξεργασία, όταν ο εργοδότης καταχωρίζει ανήλικο εργαζόμενο σύμφωνα με την εργατική νομοθεσία ή προστατευόμενα τέκνα για τον υπολογισμό επιδομάτων.

## 9. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε οποτεδήποτε τη συγκατάθεσή σας. Αν είστε εργαζόμενος πελάτη μας, απευθυνθείτε στον εργοδότη σας· αν λάβουμε απευθείας το αίτημά σας, θα το προωθήσουμε χωρίς καθυστέρηση.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr).

Τα αιτήματά σας απαντώνται εντός ενός μηνός από την παραλαβή τους. Η προθεσμία αυτή μπορεί να παραταθεί κατά δύο ακόμη μήνες, εφόσον απαιτείται λόγω της πολυπλοκότητας του αιτήματος ή του αριθμού των αιτημάτων, οπότε θα σας ενημερώσουμε για την παράταση και τους λόγους της. Για να προστατεύσουμε τα δεδομένα σας, ενδέχεται να σας ζητήσουμε στοιχεία που επιβεβαιώνουν την ταυτότητά σας.

## 10. Επικοινωνία

Για οποιοδήποτε ερώτημα σχετικά με την παρούσα πολιτική μπορείτε να επικοινωνήσετε μαζί μας στο [privacy@ergasis.gr](mailto:privacy@ergasis.gr) ή στο 210 6178 400.
"""

EDITS = [
    {"note": "sub-processor table: row added (OpenAI via Azure for the payroll assistant)",
     "repl": [("| Yuboto Ltd | Αποστολή SMS για διπλή επαλήθευση | Ελλάδα |",
               "| Yuboto Ltd | Αποστολή SMS για διπλή επαλήθευση | Ελλάδα |\n| Microsoft Ireland Operations Ltd | Βοηθός μισθοδοσίας τεχνητής νοημοσύνης (Azure OpenAI Service) | Σουηδία |")]},
    {"note": "platform log retention 12 -> 24 months",
     "repl": [("Τα αρχεία καταγραφής της πλατφόρμας διατηρούνται για 12 μήνες.", "Τα αρχεία καταγραφής της πλατφόρμας διατηρούνται για 24 μήνες.")]},
    {"note": "sub-processor table: Zendesk replaced by Freshworks (row changed), not dated",
     "bump": False,
     "repl": [("| Zendesk Inc. | Υποστήριξη πελατών | ΕΕ |", "| Freshworks Inc. | Υποστήριξη πελατών (Freshdesk) | Γερμανία |")]},
    {"note": "ISO 27001:2013 -> 2022 and a sentence on SOC 2 report added",
     "repl": [("Η Ergasis είναι πιστοποιημένη κατά ISO/IEC 27001:2013.",
               "Η Ergasis είναι πιστοποιημένη κατά ISO/IEC 27001:2022 και διαθέτει έκθεση ελέγχου SOC 2 Type II, την οποία διαθέτουμε στους πελάτες μας κατόπιν αιτήματος.")]},
    {"note": "sentence deleted: sick-leave certificates item removed from the employee-data list",
     "repl": [("- οικογενειακή κατάσταση και προστατευόμενα μέλη, όπου απαιτείται για τον υπολογισμό επιδομάτων και φόρου·\n- βεβαιώσεις ασθενείας, μόνο στον βαθμό που απαιτούνται για τον υπολογισμό των αποδοχών ασθενείας.",
               "- οικογενειακή κατάσταση και προστατευόμενα μέλη, όπου απαιτείται για τον υπολογισμό επιδομάτων και φόρου.")]},
]

COOKIES = """<a id="politiki-cookies" data-hs-anchor="true"></a>
<h1>Πολιτική Cookies</h1>
<p>Ο ιστότοπος www.ergasis.gr χρησιμοποιεί cookies. Τα απολύτως απαραίτητα cookies ενεργοποιούνται πάντα· τα cookies ανάλυσης και διαφήμισης μόνο με τη συγκατάθεσή σας, την οποία μπορείτε να αλλάξετε από το κουμπί «Ρυθμίσεις cookies» στο κάτω μέρος της σελίδας.</p>
<table><thead><tr><th>Cookie</th><th>Πάροχος</th><th>Σκοπός</th><th>Διάρκεια</th></tr></thead><tbody>
<tr><td>__hs_cookie_cat_pref</td><td>HubSpot</td><td>Αποθήκευση των επιλογών σας για τα cookies</td><td>6 μήνες</td></tr>
<tr><td>hubspotutk</td><td>HubSpot</td><td>Αναγνώριση επισκεπτών για τις φόρμες επικοινωνίας</td><td>6 μήνες</td></tr>
<tr><td>__hstc, __hssc, __hssrc</td><td>HubSpot</td><td>Στατιστικά επισκέψεων</td><td>έως 6 μήνες</td></tr>
<tr><td>_ga, _ga_*</td><td>Google</td><td>Google Analytics</td><td>13 μήνες</td></tr>
<tr><td>li_sugr, bcookie</td><td>LinkedIn</td><td>Μέτρηση διαφημιστικών καμπανιών</td><td>3 μήνες</td></tr>
</tbody></table>"""


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["render"] = (C.uuid4(rng), int(C.epoch(when)) * 1000 + rng.randint(0, 999))
    s["tpl"] = C.keep_or(rng, prev.get("tpl"), 0.35, lambda: (int(C.epoch(when)) - rng.randint(86400, 86400 * 60)) * 1000 + rng.randint(0, 999))
    return s


LABELS = {
    "render": "HubSpot hsVars render_id and ticks (every request)",
    "tpl": "template assets' publish timestamps (hub_generated/template_assets)",
}


def render(s, blocks, when):
    rid, ticks = s["render"]
    tpl = s["tpl"]
    # TinyMCE's source formatting: a line break after every cell, row and list item
    rich = re.sub(r"(<(?:/td|/th|/tr|/li|thead|tbody|/thead|/tbody|tr|ul|ol)>)(?=<)", "\\1\n", C.blocks_html(blocks, sep="\n"))
    fs = "https://%d.fs1.hubspotusercontent-eu1.net/hubfs/%d" % (PORTAL, PORTAL)
    tcss = lambda n, i: "%s/hub_generated/template_assets/1/%d/%d/template_%s.min.css" % (fs, 109466831200 + i, tpl + i * 7, n)  # noqa: E731
    hsvars = ('var hsVars = {render_id: "%s", ticks: %d, page_id: 109471220645, content_group_id: 0, portal_id: %d, '
              'app_hs_base_url: "https://app-eu1.hubspot.com", cp_hs_base_url: "https://cp-eu1.hubspot.com", language: "el", '
              'analytics_page_type: "standard-page", scp_content_type: "", analytics_page_id: "109471220645", category_id: 1, '
              'folder_id: 0, is_hubspot_user: false}' % (rid, ticks, PORTAL))
    return ('<!doctype html><html lang="el"><head>\n    <meta charset="utf-8">\n    <title>Πολιτική Απορρήτου | Ergasis</title>\n'
            '    <link rel="shortcut icon" href="%s/ergasis-favicon.png">\n'
            '    <meta name="description" content="Πώς η Ergasis επεξεργάζεται δεδομένα προσωπικού χαρακτήρα.">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1">\n\n'
            '    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>\n'
            '<script>hsjQuery = window[\'jQuery\'];</script>\n'
            '    <meta property="og:description" content="Πώς η Ergasis επεξεργάζεται δεδομένα προσωπικού χαρακτήρα.">\n'
            '    <meta property="og:title" content="Πολιτική Απορρήτου | Ergasis">\n    <meta name="twitter:card" content="summary">\n'
            '    <style>\na.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}\n'
            '.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}\n.hs-breadcrumb-menu-item{float:left;padding:10px 0px 10px 10px}\n</style>\n\n'
            '<link rel="stylesheet" href="%s">\n<link rel="stylesheet" href="%s">\n<link rel="stylesheet" href="%s">\n'
            '<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">\n'
            '    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Ergasis","url":"https://www.ergasis.gr"}</script>\n\n'
            '<link rel="canonical" href="%s">\n\n<meta property="og:url" content="%s">\n<meta http-equiv="content-language" content="el">\n\n'
            '    <meta name="generator" content="HubSpot"></head>\n    <body>\n'
            '<div class="body-wrapper   hs-content-id-109471220645 hs-site-page page ">\n\n'
            '<div data-global-resource-path="ergasis-theme/templates/partials/header.html"><header class="header">\n'
            '<a href="#main-content" class="header__skip">Μετάβαση στο περιεχόμενο</a>\n'
            '<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="%s/ergasis-logo.svg" alt="Ergasis" width="160" height="40"></a></div>\n'
            '<div class="header__menu"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">'
            '<li class="has-submenu menu-item"><a href="/lyseis" class="menu-link">Λύσεις</a></li><li class="menu-item"><a href="/misthodosia" class="menu-link">Μισθοδοσία</a></li>'
            '<li class="menu-item"><a href="/psifiaki-karta-ergasias" class="menu-link">Ψηφιακή Κάρτα Εργασίας</a></li><li class="menu-item"><a href="/times" class="menu-link">Τιμές</a></li>'
            '<li class="menu-item"><a href="/blog" class="menu-link">Blog</a></li></ul></nav></div>\n'
            '<div class="header__button"><a class="button" href="/zitiste-epideixi">Ζητήστε επίδειξη</a><a class="button button--secondary" href="https://app.ergasis.gr/login">Σύνδεση</a></div>'
            '</div></header></div>\n\n'
            '<main id="main-content" class="body-container-wrapper">\n<div class="container-fluid body-container body-container--legal">\n'
            '<div class="row-fluid-wrapper">\n<div class="row-fluid">\n<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">\n\n'
            '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">\n<div class="row-fluid ">\n'
            '<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
            '<div id="hs_cos_wrapper_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            '<span id="hs_cos_wrapper_%s_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">'
            '%s\n%s</span></div>\n\n</div><!--end widget-span -->\n</div><!--end row-->\n</div><!--end row-wrapper -->\n\n'
            '</div><!--end widget-span -->\n</div>\n</div>\n</div>\n</main>\n\n'
            '<div data-global-resource-path="ergasis-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">'
            '<div class="footer__col"><p><strong>Ergasis Α.Ε.</strong><br>Λεωφόρος Κηφισίας 124, 115 26 Αθήνα<br>210 6178 400</p></div>'
            '<div class="footer__col"><ul><li><a href="/oroi-chrisis">Όροι Χρήσης</a></li><li><a href="/politiki-aporritou">Πολιτική Απορρήτου</a></li>'
            '<li><a href="/politiki-aporritou#politiki-cookies">Πολιτική Cookies</a></li><li><a href="/symvasi-epexergasias-dedomenon">Σύμβαση Επεξεργασίας Δεδομένων (DPA)</a></li></ul></div>'
            '<div class="footer__col"><button type="button" id="hs_show_banner_button" onclick="(function(){var _hsp = window._hsp = window._hsp || [];_hsp.push([\'showBanner\']);})()">Ρυθμίσεις cookies</button></div>'
            '<p class="footer__copyright">© %d Ergasis. Με την επιφύλαξη παντός δικαιώματος.</p></div></footer></div>\n\n'
            '</div>\n\n<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>\n'
            '<script src="%s/hub_generated/template_assets/1/109466831305/%d/template_main.min.js"></script>\n'
            '<script>\nvar hsVars = hsVars || {}; hsVars[\'language\'] = \'el\';\n</script>\n\n'
            '<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>\n\n'
            '<!-- Start of HubSpot Analytics Code -->\n<script type="text/javascript">\nvar _hsq = _hsq || [];\n'
            '_hsq.push(["setContentType", "standard-page"]);\n_hsq.push(["setCanonicalUrl", "%s"]);\n_hsq.push(["setPageId", "109471220645"]);\n'
            '_hsq.push(["setContentMetadata", {\n    "contentPageId": 109471220645,\n    "legacyPageId": "109471220645",\n    "contentFolderId": null,\n'
            '    "contentGroupId": null,\n    "abTestId": null,\n    "languageVariantId": 109471220645,\n    "languageCode": "el",\n\n\n}]);\n</script>\n\n'
            '<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/%d.js"></script>\n<!-- End of HubSpot Analytics Code -->\n\n\n'
            '<script type="text/javascript">\n%s;\n</script>\n\n<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>\n\n'
            '</body></html>'
            % (fs, tcss("main", 0), tcss("theme-overrides", 1), tcss("module_rich_text", 2), URL, URL, fs, MODULE, MODULE,
               rich, COOKIES, when.year, fs, tpl + 21, URL, PORTAL, hsvars))


PAGE = {
    "service": "Ergasis", "url": URL, "lang": "el-GR", "platform": "HubSpot CMS (EU)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Cache-Control", "s-maxage=10800, max-age=0"), ("Content-Language", "el"), ("X-HS-Cache-Config", "BrowserCache-5s-EdgeCache-0s"),
                      ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2022, 9, 1), "end": dt.date(2025, 12, 10), "hours": (7, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#hs_cos_wrapper_%s_ > h1" % MODULE, "endBefore": "#politiki-cookies"}]},
}
