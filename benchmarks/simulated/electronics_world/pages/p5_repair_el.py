"""RepairLab (phone and laptop repair network, 12 stores), Greek, OpenCart 3.0.3.8 with a child of the default
theme: the policy is an Information page (`information/information`).

OpenCart prints the information page's `content_top`, title `<h1>`, description and `content_bottom` inside
`#content`; the shop put its booking module in `content_bottom`, so a "Κλείστε ραντεβού επισκευής" panel with the
next free slot and the average repair time sits *inside* the declared `#content` (the curator removes it:
`.module-booking`). In `#column-left`: the stores module with "Ανοιχτό τώρα"/"Κλειστό" badges by the Athens
clock and the "Σήμερα επισκευάσαμε N συσκευές" counter. No tokens, no asset hashes (OpenCart 3 has none).
"""
import datetime as dt
import html

import common as C

URL = "https://www.repairlab.gr/politiki-aporritou"
BASE = "https://www.repairlab.gr/"

POLICY = """# Πολιτική Απορρήτου

Τελευταία ενημέρωση: {UPDATED}

Η RepairLab Ελλάς Ι.Κ.Ε. («RepairLab», «εμείς») σέβεται την ιδιωτικότητά σας. Η παρούσα Πολιτική εξηγεί ποια προσωπικά δεδομένα συλλέγουμε όταν επισκέπτεστε το repairlab.gr, όταν αγοράζετε αξεσουάρ από το ηλεκτρονικό μας κατάστημα ή όταν μας εμπιστεύεστε τη συσκευή σας για επισκευή σε ένα από τα καταστήματά μας, πώς τα χρησιμοποιούμε και ποια δικαιώματα έχετε σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

@ RepairLab Ελλάς Ι.Κ.Ε.
@ Λεωφ. Συγγρού 143, 171 21 Νέα Σμύρνη
@ ΑΦΜ 801234567, ΔΟΥ Νέας Σμύρνης, ΓΕΜΗ 145678901000
@ Τηλ. 210 9012 345, e-mail: info@repairlab.gr

## 2. Ποια δεδομένα συλλέγουμε

- **Στοιχεία ταυτότητας και επικοινωνίας**: ονοματεπώνυμο, τηλέφωνο, διεύθυνση e-mail, διεύθυνση αποστολής και τιμολόγισης, ΑΦΜ (για έκδοση τιμολογίου).
- **Στοιχεία της συσκευής**: μάρκα, μοντέλο, σειριακός αριθμός ή IMEI, περιγραφή της βλάβης, φωτογραφίες της κατάστασης της συσκευής κατά την παραλαβή.
- **Κωδικός ξεκλειδώματος**: μόνο εφόσον μας τον δώσετε οικειοθελώς, ώστε να ελέγξουμε τη λειτουργία της συσκευής μετά την επισκευή.
- **Στοιχεία συναλλαγών**: παραστατικά αγοράς, τρόπος πληρωμής, ιστορικό επισκευών και εγγυήσεων.
- **Δεδομένα πλοήγησης**: διεύθυνση IP, τύπος φυλλομετρητή, σελίδες που επισκεφθήκατε και cookies, σύμφωνα με την [Πολιτική Cookies](https://www.repairlab.gr/politiki-cookies).

## 3. Σκοποί και νομική βάση της επεξεργασίας

| Σκοπός | Νομική βάση |
| Παραλαβή, διάγνωση, επισκευή και παράδοση της συσκευής σας | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ) |
| Ενημέρωση για την πορεία της επισκευής με SMS ή e-mail | Εκτέλεση σύμβασης |
| Εκτέλεση παραγγελιών του ηλεκτρονικού καταστήματος | Εκτέλεση σύμβασης |
| Έκδοση παραστατικών και τήρηση λογιστικών βιβλίων | Νομική υποχρέωση (άρθρο 6 παρ. 1 στ. γ΄ ΓΚΠΔ) |
| Διαχείριση της εγγύησης επισκευής | Εκτέλεση σύμβασης και έννομο συμφέρον |
| Αποστολή ενημερωτικών δελτίων και προσφορών | Συγκατάθεση (άρθρο 6 παρ. 1 στ. α΄ ΓΚΠΔ) |
| Βιντεοεπιτήρηση των καταστημάτων για την προστασία προσώπων και αγαθών | Έννομο συμφέρον (άρθρο 6 παρ. 1 στ. στ΄ ΓΚΠΔ) |

## 4. Τα δεδομένα μέσα στη συσκευή σας

Οι τεχνικοί μας δεν έχουν πρόσβαση στις φωτογραφίες, τα μηνύματα ή άλλα αρχεία σας και δεν αντιγράφουν περιεχόμενο από τη συσκευή σας. Ορισμένες επισκευές, όπως η αντικατάσταση μητρικής πλακέτας ή η επαναφορά λογισμικού, ενδέχεται να οδηγήσουν σε απώλεια δεδομένων· για τον λόγο αυτό σας συνιστούμε να δημιουργείτε αντίγραφο ασφαλείας πριν από την παράδοση της συσκευής.

Εάν μας ζητήσετε μεταφορά δεδομένων σε νέα συσκευή, αυτή πραγματοποιείται παρουσία σας ή με ρητή γραπτή εντολή σας, και τα προσωρινά αντίγραφα διαγράφονται αμέσως μετά την ολοκλήρωσή της.

Όταν μας πουλάτε ή ανταλλάσσετε μια παλιά συσκευή στο πρόγραμμα «Ανακατασκευασμένα», ελέγχουμε το IMEI σε βάσεις δεδομένων κλεμμένων συσκευών, αφαιρούμε τον λογαριασμό iCloud ή Google μόνο με τη δική σας συνδρομή και διαγράφουμε με ασφάλεια όλο το περιεχόμενο με πιστοποιημένο λογισμικό πριν από τη μεταπώληση ή την ανακύκλωσή της. Κρατάμε αντίγραφο του εγγράφου ταυτότητάς σας για την τήρηση του βιβλίου αγοράς μεταχειρισμένων ειδών, όπως απαιτεί η νομοθεσία.

## 5. Αποδέκτες των δεδομένων

Τα δεδομένα σας γνωστοποιούνται, στο μέτρο που είναι απαραίτητο, στους εξής αποδέκτες:

- εταιρείες ταχυμεταφορών (ACS Courier, ΕΛΤΑ Courier) για την παραλαβή και επιστροφή συσκευών,
- εξουσιοδοτημένα κέντρα επισκευής κατασκευαστών, όταν η επισκευή καλύπτεται από την εγγύηση του κατασκευαστή,
- πάροχοι υπηρεσιών πληρωμών (Viva Wallet, PayPal),
- πάροχος αποστολής SMS (Apifon),
- λογιστικό γραφείο και πάροχος ηλεκτρονικής τιμολόγησης, για τη διαβίβαση παραστατικών στην ΑΑΔΕ (myDATA),
- δημόσιες αρχές, όταν αυτό επιβάλλεται από τον νόμο.

Όλοι οι εκτελούντες την επεξεργασία δεσμεύονται με σύμβαση να τηρούν το απόρρητο και να χρησιμοποιούν τα δεδομένα μόνο σύμφωνα με τις οδηγίες μας.

## 6. Διαβιβάσεις εκτός ΕΟΧ

Ορισμένοι πάροχοί μας (π.χ. Google Ireland για τα στατιστικά επισκεψιμότητας και Mailchimp για τα ενημερωτικά δελτία) ενδέχεται να διαβιβάζουν δεδομένα στις ΗΠΑ. Στις περιπτώσεις αυτές η διαβίβαση βασίζεται στο Πλαίσιο Προστασίας Δεδομένων ΕΕ-ΗΠΑ ή στις Τυποποιημένες Συμβατικές Ρήτρες της Ευρωπαϊκής Επιτροπής.

## 7. Χρόνος διατήρησης

| Κατηγορία | Διάρκεια |
| Δελτία παραλαβής και ιστορικό επισκευών | 3 χρόνια από την παράδοση της συσκευής |
| Φωτογραφίες κατάστασης συσκευής | 6 μήνες από την παράδοση |
| Παραστατικά και λογιστικά στοιχεία | 5 χρόνια από το τέλος της διαχειριστικής χρήσης |
| Υλικό βιντεοεπιτήρησης | 15 ημέρες |
| Στοιχεία ενημερωτικού δελτίου | Μέχρι την ανάκληση της συγκατάθεσης |

Οι κωδικοί ξεκλειδώματος που μας δίνετε διαγράφονται από το δελτίο παραλαβής αμέσως μετά την παράδοση της συσκευής.

## 8. Τα δικαιώματά σας

Έχετε δικαίωμα:

- πρόσβασης στα δεδομένα σας,
- διόρθωσης ανακριβών δεδομένων,
- διαγραφής («δικαίωμα στη λήθη»),
- περιορισμού της επεξεργασίας,
- φορητότητας των δεδομένων,
- εναντίωσης στην επεξεργασία που βασίζεται σε έννομο συμφέρον,
- ανάκλησης της συγκατάθεσής σας οποτεδήποτε.

Για να ασκήσετε τα δικαιώματά σας, στείλτε e-mail στο privacy@repairlab.gr ή επιστολή στη διεύθυνσή μας. Θα σας απαντήσουμε εντός ενός μηνός. Πριν ικανοποιήσουμε ένα αίτημα ενδέχεται να σας ζητήσουμε στοιχεία για την επιβεβαίωση της ταυτότητάς σας, ώστε να μη δοθούν τα δεδομένα σας σε τρίτο πρόσωπο. Η άσκηση των δικαιωμάτων σας είναι δωρεάν. Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 9. Cookies

Το κατάστημά μας χρησιμοποιεί απαραίτητα cookies για τη λειτουργία του καλαθιού αγορών και, μόνο με τη συγκατάθεσή σας, cookies στατιστικών και διαφήμισης. Μπορείτε να αλλάξετε τις επιλογές σας από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας.

## 10. Ασφάλεια

Λαμβάνουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των δεδομένων σας: τα δελτία παραλαβής φυλάσσονται σε κλειδωμένους χώρους, η πρόσβαση στο σύστημα διαχείρισης επισκευών γίνεται με προσωπικούς κωδικούς και έλεγχο ταυτότητας δύο παραγόντων, και οι συσκευές που περιμένουν παραλαβή αποθηκεύονται σε χώρο χωρίς πρόσβαση κοινού.

## 11. Επικοινωνία

Για οποιοδήποτε ερώτημα σχετικά με την προστασία των δεδομένων σας μπορείτε να επικοινωνήσετε με τον Υπεύθυνο Προστασίας Δεδομένων (DPO) της εταιρείας στο privacy@repairlab.gr ή στο τηλέφωνο 210 9012 349."""

EDITS = [
    {"note": "typo fixed (τιμολόγισης → τιμολόγησης), no new date", "bump": False,
     "repl": [("αποστολής και τιμολόγισης,", "αποστολής και τιμολόγησης,")]},
    {"note": "BOX NOW lockers added to the recipients",
     "repl": [("- εταιρείες ταχυμεταφορών (ACS Courier, ΕΛΤΑ Courier) για την παραλαβή και επιστροφή συσκευών,\n",
               "- εταιρείες ταχυμεταφορών (ACS Courier, ΕΛΤΑ Courier) για την παραλαβή και επιστροφή συσκευών,\n"
               "- BOX NOW, όταν επιλέγετε αποστολή ή παραλαβή της συσκευής σας μέσω αυτόματων θυρίδων,\n")]},
    {"note": "photo retention changed from 6 to 12 months",
     "repl": [("| Φωτογραφίες κατάστασης συσκευής | 6 μήνες από την παράδοση |",
               "| Φωτογραφίες κατάστασης συσκευής | 12 μήνες από την παράδοση |")]},
    {"note": "head office moved: address and tax office changed",
     "repl": [("@ Λεωφ. Συγγρού 143, 171 21 Νέα Σμύρνη", "@ Λεωφ. Κηφισίας 280, 152 32 Χαλάνδρι"),
              ("ΔΟΥ Νέας Σμύρνης", "ΔΟΥ Χαλανδρίου")]},
    {"note": "section 12 on changes to the policy added",
     "repl": [("ή στο τηλέφωνο 210 9012 349.",
               "ή στο τηλέφωνο 210 9012 349.\n\n## 12. Αλλαγές στην παρούσα Πολιτική\n\n"
               "Ενδέχεται να τροποποιούμε την παρούσα Πολιτική όταν αλλάζουν οι υπηρεσίες μας ή η νομοθεσία. "
               "Η ισχύουσα έκδοση είναι πάντα διαθέσιμη σε αυτή τη σελίδα, με την ημερομηνία της τελευταίας ενημέρωσης "
               "στην αρχή της. Για ουσιώδεις αλλαγές θα ενημερώνουμε με e-mail τους εγγεγραμμένους πελάτες μας.")]},
]

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]

# name, address, (weekday open, close), (saturday open, close) or None
STORES = [
    ("Σύνταγμα", "Ερμού 12, Αθήνα", (9, 21), (9, 18)),
    ("Μαρούσι", "Λεωφ. Κηφισίας 37, Μαρούσι", (10, 21), (10, 19)),
    ("Πειραιάς", "Ηρώων Πολυτεχνείου 54, Πειραιάς", (9, 20), (9, 15)),
    ("Γλυφάδα", "Λαζαράκη 18, Γλυφάδα", (10, 21), (10, 18)),
    ("Θεσσαλονίκη", "Τσιμισκή 45, Θεσσαλονίκη", (9, 21), (9, 18)),
    ("Πάτρα", "Ρήγα Φεραίου 88, Πάτρα", (9, 20), (9, 15)),
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _last_sunday(year, month):
    d = dt.date(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def athens(when):
    start = dt.datetime.combine(_last_sunday(when.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(when.year, 10), dt.time(1))
    return when + dt.timedelta(hours=3 if start <= when < end else 2)


def _is_open(store, local):
    wd = local.weekday()
    hours = store[2] if wd < 5 else store[3] if wd == 5 else None
    return bool(hours) and hours[0] <= local.hour < hours[1]


def noise(rng, when, i, prev):
    local = athens(when)
    opened = tuple(_is_open(s, local) for s in STORES)
    # the booking module offers the next free slot of the busiest store, 1-3 days ahead
    days = rng.randint(0, 3) if local.hour < 18 else rng.randint(1, 3)
    slot_day = (local + dt.timedelta(days=days)).date()
    if slot_day.weekday() == 6:
        slot_day += dt.timedelta(days=1)
    slot = (slot_day.isoformat(), rng.choice(["10:00", "10:30", "11:30", "12:00", "13:30", "15:00", "16:30", "17:30"]),
            rng.randrange(len(STORES)), rng.choice([35, 40, 45, 45, 50, 60]))
    repaired = max(0, int((local.hour - 9) * rng.uniform(8, 14))) if 9 <= local.hour else 0
    return {"stores": opened, "booking": slot, "counter": (local.date().isoformat(), repaired)}


LABELS = {
    "stores": "#column-left stores module: Ανοιχτό τώρα/Κλειστό badges (Athens clock)",
    "booking": "content_bottom booking module inside #content: next free slot, average repair time",
    "counter": "#column-left 'Σήμερα επισκευάσαμε N συσκευές' counter",
}


def render(state, blocks, when):
    title = blocks[0][1]
    desc = C.blocks_html(blocks[1:], sep="")
    slot_day, slot_time, store_i, avg = state["booking"]
    sd = dt.date.fromisoformat(slot_day)
    stores = "\n".join(
        '<li class="store-item"><strong>%s</strong> <span class="label %s">%s</span><br><small>%s</small></li>'
        % (html.escape(s[0]), "label-success" if o else "label-default", "Ανοιχτό τώρα" if o else "Κλειστό",
           html.escape(s[1])) for s, o in zip(STORES, state["stores"]))
    return f"""<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="el" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="el" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="el">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Πολιτική Απορρήτου</title>
<base href="{BASE}" />
<meta name="description" content="Πώς η RepairLab προστατεύει τα προσωπικά σας δεδομένα όταν επισκευάζουμε τη συσκευή σας." />
<meta name="keywords" content="πολιτική απορρήτου, GDPR, επισκευή κινητών" />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="//fonts.googleapis.com/css?family=Open+Sans:400,400i,300,700" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/repairlab/stylesheet/stylesheet.css" rel="stylesheet">
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
<link href="{URL}" rel="canonical" />
<link href="{BASE}image/catalog/favicon.png" rel="icon" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8YV2KD0R1M"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('consent', 'default', {{'ad_storage': 'denied', 'analytics_storage': 'denied'}});
  gtag('js', new Date());
  gtag('config', 'G-8YV2KD0R1M');
</script>
</head>
<body>
<nav id="top">
  <div class="container">
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="{BASE}index.php?route=information/contact"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">210 9012 345</span></li>
        <li class="dropdown"><a href="{BASE}index.php?route=account/account" title="Ο λογαριασμός μου" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Ο λογαριασμός μου</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
            <li><a href="{BASE}index.php?route=account/register">Εγγραφή</a></li>
            <li><a href="{BASE}index.php?route=account/login">Σύνδεση</a></li>
          </ul>
        </li>
        <li><a href="{BASE}index.php?route=account/wishlist" id="wishlist-total" title="Λίστα επιθυμιών (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Λίστα επιθυμιών (0)</span></a></li>
        <li><a href="{BASE}index.php?route=checkout/cart" title="Καλάθι αγορών"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Καλάθι αγορών</span></a></li>
        <li><a href="{BASE}index.php?route=checkout/checkout" title="Ολοκλήρωση αγοράς"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Ολοκλήρωση αγοράς</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="{BASE}"><img src="{BASE}image/catalog/repairlab-logo.png" title="RepairLab" alt="RepairLab" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Αναζήτηση" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Φόρτωση..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">0 προϊόν(τα) - 0,00€</span></button>
  <ul class="dropdown-menu pull-right">
    <li>
      <p class="text-center">Το καλάθι αγορών σας είναι άδειο!</p>
    </li>
  </ul>
</div>
</div>
    </div>
  </div>
</header>
<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Κατηγορίες</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
        <li><a href="{BASE}episkeves-kinitwn">Επισκευές κινητών</a></li>
        <li><a href="{BASE}episkeves-laptop">Επισκευές laptop</a></li>
        <li><a href="{BASE}episkeves-tablet">Επισκευές tablet</a></li>
        <li><a href="{BASE}axesouar">Αξεσουάρ</a></li>
        <li><a href="{BASE}anaktimena">Ανακατασκευασμένα</a></li>
        <li><a href="{BASE}katastimata">Καταστήματα</a></li>
      </ul>
    </div>
  </nav>
</div>
<div id="information-information" class="container">
  <ul class="breadcrumb">
        <li><a href="{BASE}index.php?route=common/home"><i class="fa fa-home"></i></a></li>
        <li><a href="{URL}">Πολιτική Απορρήτου</a></li>
      </ul>
  <div class="row"><aside id="column-left" class="col-sm-3 hidden-xs">
    <div class="list-group">
      <a href="{BASE}sxetika-me-emas" class="list-group-item">Σχετικά με εμάς</a>
      <a href="{BASE}oroi-episkevis" class="list-group-item">Όροι επισκευής &amp; εγγύηση</a>
      <a href="{BASE}oroi-xrisis" class="list-group-item">Όροι χρήσης</a>
      <a href="{URL}" class="list-group-item active">Πολιτική Απορρήτου</a>
      <a href="{BASE}politiki-cookies" class="list-group-item">Πολιτική Cookies</a>
    </div>
    <div class="module-stores panel panel-default">
      <div class="panel-heading"><h3 class="panel-title"><i class="fa fa-map-marker"></i> Τα καταστήματά μας</h3></div>
      <ul class="list-unstyled panel-body">
{stores}
      </ul>
      <div class="panel-footer"><i class="fa fa-wrench"></i> Σήμερα επισκευάσαμε <strong>{state["counter"][1]}</strong> συσκευές</div>
    </div>
  </aside>
                <div id="content" class="col-sm-9">      <h1>{html.escape(title)}</h1>
      {desc}
      <div class="module-booking panel panel-primary">
  <div class="panel-heading"><h3 class="panel-title"><i class="fa fa-calendar"></i> Κλείστε ραντεβού επισκευής</h3></div>
  <div class="panel-body">
    <p>Επόμενο διαθέσιμο ραντεβού: <strong>{DAYS[sd.weekday()]} {sd.strftime("%d/%m")}, {slot_time}</strong> · Κατάστημα {html.escape(STORES[store_i][0])}</p>
    <p class="text-muted">Μέσος χρόνος αλλαγής οθόνης: {avg} λεπτά</p>
    <a href="{BASE}index.php?route=extension/module/booking&amp;store_id={store_i + 1}" class="btn btn-primary">Κλείστε τώρα</a>
  </div>
</div>
</div>
    </div>
</div>
<footer>
  <div class="container">
    <div class="row">
            <div class="col-sm-3">
        <h5>Πληροφορίες</h5>
        <ul class="list-unstyled">
                    <li><a href="{BASE}sxetika-me-emas">Σχετικά με εμάς</a></li>
                    <li><a href="{BASE}oroi-episkevis">Όροι επισκευής &amp; εγγύηση</a></li>
                    <li><a href="{BASE}oroi-xrisis">Όροι χρήσης</a></li>
                    <li><a href="{URL}">Πολιτική Απορρήτου</a></li>
                  </ul>
      </div>
            <div class="col-sm-3">
        <h5>Εξυπηρέτηση πελατών</h5>
        <ul class="list-unstyled">
          <li><a href="{BASE}index.php?route=information/contact">Επικοινωνία</a></li>
          <li><a href="{BASE}index.php?route=account/return/add">Επιστροφές</a></li>
          <li><a href="{BASE}index.php?route=information/sitemap">Χάρτης ιστοτόπου</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Ο λογαριασμός μου</h5>
        <ul class="list-unstyled">
          <li><a href="{BASE}index.php?route=account/account">Ο λογαριασμός μου</a></li>
          <li><a href="{BASE}index.php?route=account/order">Ιστορικό παραγγελιών</a></li>
          <li><a href="{BASE}index.php?route=account/newsletter">Ενημερωτικό δελτίο</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Ρυθμίσεις</h5>
        <ul class="list-unstyled">
          <li><a href="#" class="cookie-settings">Ρυθμίσεις cookies</a></li>
        </ul>
      </div>
    </div>
    <hr>
    <p>Powered By <a href="http://www.opencart.com">OpenCart</a><br /> RepairLab &copy; {when.year}</p>
  </div>
</footer>
</body></html>
"""


PAGE = {
    "service": "RepairLab",
    "url": URL,
    "lang": "el",
    "platform": "OpenCart 3.0.3.8 (information page, default-theme child)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33")),
    "n": 30,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (6, 10, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#content", "remove": ".module-booking"},
}
