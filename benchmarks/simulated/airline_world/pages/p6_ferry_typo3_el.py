"""A Greek ferry line's privacy policy (Greek, GDPR and Law 4624/2019) on TYPO3 12 LTS (fluid_styled_content, a
Bootstrap site package): one text content element per section (`frame frame-default frame-type-text`, ids
`c<uid>`) in `<main id="content">`. Inside that container, when the Ministry issues a sailing ban or a strike is
announced, an editor-placed alert element (`frame-type-sailing_alert`, "Απαγορευτικό απόπλου ... 9 Μποφόρ")
appears above the policy; the declaration removes it (`.sailing-alert`). Beside it: a "today's departures"
sidebar (per visit); the "Cached page generated" comment; merged/compressed asset hashes per deploy."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η ναυτιλιακή εταιρεία «Κυανές Γραμμές Κυκλάδων Ναυτική Εταιρεία» (εφεξής «η Εταιρεία» ή «εμείς») σέβεται την ιδιωτικότητα των επιβατών της και επεξεργάζεται τα προσωπικά τους δεδομένα σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019. Η παρούσα πολιτική εξηγεί ποια δεδομένα συλλέγουμε όταν κλείνετε εισιτήριο μέσω της ιστοσελίδας μας, της εφαρμογής μας, των πρακτορείων ή των εκδοτηρίων στα λιμάνια, για ποιους σκοπούς τα χρησιμοποιούμε και ποια δικαιώματα έχετε.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι η Κυανές Γραμμές Κυκλάδων Ναυτική Εταιρεία, με έδρα στον Πειραιά, Ακτή Μιαούλη 47, ΤΚ 185 36, ΑΦΜ 099876543. Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνείτε στο [dpo@cycladesblue.gr](mailto:dpo@cycladesblue.gr).

## 2. Ποια δεδομένα συλλέγουμε

- Στοιχεία ταυτότητας: ονοματεπώνυμο, φύλο, ηλικία ή ημερομηνία γέννησης, ιθαγένεια και αριθμός ταυτότητας ή διαβατηρίου.
- Στοιχεία επικοινωνίας: κινητό τηλέφωνο και διεύθυνση ηλεκτρονικού ταχυδρομείου.
- Στοιχεία ταξιδιού: δρομολόγιο, ημερομηνία, κατηγορία θέσης ή καμπίνας, αριθμός εισιτηρίου.
- Στοιχεία οχήματος: τύπος, μήκος και αριθμός κυκλοφορίας του οχήματος που επιβιβάζεται.
- Στοιχεία πληρωμής: τα τέσσερα τελευταία ψηφία της κάρτας και το αποτέλεσμα της συναλλαγής. Τα πλήρη στοιχεία της κάρτας τα επεξεργάζεται αποκλειστικά ο πάροχος πληρωμών.
- Στοιχεία υγείας, μόνο εφόσον μας τα γνωστοποιήσετε για την παροχή βοήθειας σε άτομα με αναπηρία ή μειωμένη κινητικότητα, σύμφωνα με τον Κανονισμό (ΕΕ) 1177/2010.
- Στοιχεία εκπτώσεων: ιδιότητα φοιτητή, πολύτεκνου ή ατόμου με αναπηρία, εφόσον ζητήσετε μειωμένο εισιτήριο.
- Δεδομένα πλοήγησης: διεύθυνση IP, τύπος συσκευής και cookies, σύμφωνα με την Πολιτική Cookies.

Όταν η κράτηση γίνεται μέσω ταξιδιωτικού πρακτορείου ή από άλλο πρόσωπο για λογαριασμό σας, λαμβάνουμε τα στοιχεία σας από αυτόν που πραγματοποίησε την κράτηση, ο οποίος οφείλει να σας ενημερώσει για την παρούσα πολιτική.

## 3. Σκοποί και νομικές βάσεις

| Σκοπός | Νομική βάση |
| Έκδοση εισιτηρίου και εκτέλεση της θαλάσσιας μεταφοράς | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ) |
| Καταγραφή επιβατών και διαβίβαση στο Λιμενικό Σώμα | Νομική υποχρέωση (ν. 4150/2013 και Οδηγία 98/41/ΕΚ) |
| Παροχή βοήθειας σε άτομα με μειωμένη κινητικότητα | Ρητή συγκατάθεση |
| Ενημέρωση για αλλαγές δρομολογίων και απαγορευτικά απόπλου | Εκτέλεση σύμβασης |
| Πρόγραμμα επιβράβευσης και προωθητικά μηνύματα | Συγκατάθεση |
| Πρόληψη απάτης στις ηλεκτρονικές πληρωμές | Έννομο συμφέρον |

Εφόσον είστε μέλος του προγράμματος επιβράβευσης Blue Card, χρησιμοποιούμε το ιστορικό των ταξιδιών σας για να υπολογίζουμε τους πόντους και την κατηγορία μέλους σας. Με τη συγκατάθεσή σας, μπορούμε επίσης να σας στέλνουμε εξατομικευμένες προσφορές για δρομολόγια που σας ενδιαφέρουν. Μπορείτε να ανακαλέσετε τη συγκατάθεσή σας για την αποστολή προωθητικών μηνυμάτων από τις ρυθμίσεις του λογαριασμού σας ή μέσω του συνδέσμου σε κάθε μήνυμα.

## 4. Καταγραφή επιβατών

Σύμφωνα με την ισχύουσα νομοθεσία, κάθε επιβάτης πρέπει να επιδεικνύει έγγραφο ταυτοπροσωπίας κατά την επιβίβαση. Το ονοματεπώνυμο, το φύλο, η ηλικία και η ιθαγένεια όλων των επιβατών καταχωρίζονται στην κατάσταση επιβατών, η οποία διαβιβάζεται ηλεκτρονικά στις λιμενικές αρχές πριν από τον απόπλου, ώστε να είναι διαθέσιμη σε περίπτωση έρευνας και διάσωσης.

## 5. Αποδέκτες των δεδομένων

Τα δεδομένα σας μπορεί να διαβιβαστούν, μόνο στον απολύτως αναγκαίο βαθμό, σε:

- Λιμενικό Σώμα - Ελληνική Ακτοφυλακή και λοιπές δημόσιες αρχές,
- εξουσιοδοτημένα ταξιδιωτικά πρακτορεία και το σύστημα κρατήσεων που χρησιμοποιούμε,
- τράπεζες και παρόχους υπηρεσιών πληρωμών,
- ασφαλιστικές εταιρείες, σε περίπτωση ατυχήματος ή αποζημίωσης,
- παρόχους υπηρεσιών πληροφορικής, φιλοξενίας και αποστολής SMS που ενεργούν για λογαριασμό μας.

Δεν πωλούμε ούτε εκμισθώνουμε τα δεδομένα σας σε τρίτους.

## 6. Διαβίβαση εκτός ΕΟΧ

Κατά κανόνα, τα δεδομένα σας αποθηκεύονται σε διακομιστές εντός της Ευρωπαϊκής Ένωσης. Στις γραμμές μας προς την Τουρκία, τα στοιχεία της κατάστασης επιβατών διαβιβάζονται και στις τουρκικές λιμενικές αρχές, όπως απαιτεί η εκτέλεση της διεθνούς μεταφοράς (άρθρο 49 παρ. 1 στοιχ. β΄ ΓΚΠΔ).

## 7. Χρόνος τήρησης

| Κατηγορία δεδομένων | Διάρκεια τήρησης |
| Κρατήσεις και εισιτήρια | 5 έτη από το τέλος του έτους έκδοσης |
| Καταστάσεις επιβατών | 2 έτη |
| Στοιχεία υγείας για βοήθεια | Διαγράφονται 30 ημέρες μετά το ταξίδι |
| Καταγραφές κλειστού κυκλώματος τηλεόρασης στα πλοία | 15 ημέρες |
| Λογαριασμός μέλους | Έως τη διαγραφή του λογαριασμού |

## 8. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας οποτεδήποτε, χωρίς να θίγεται η νομιμότητα της επεξεργασίας που προηγήθηκε. Μπορείτε να ασκήσετε τα δικαιώματά σας με αίτημα στο [dpo@cycladesblue.gr](mailto:dpo@cycladesblue.gr) ή με επιστολή στη διεύθυνση της έδρας μας. Θα απαντήσουμε εντός ενός μηνός.

Για ανήλικους επιβάτες κάτω των 15 ετών, τα δικαιώματα ασκούνται από τους γονείς ή τους νόμιμους επιτρόπους τους. Οι ανήλικοι που ταξιδεύουν χωρίς συνοδεία χρειάζονται έγγραφη άδεια του γονέα, τα στοιχεία της οποίας τηρούνται μαζί με την κατάσταση επιβατών.

Αν θεωρείτε ότι η επεξεργασία παραβιάζει τη νομοθεσία, έχετε δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 9. Ασφάλεια

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα, όπως κρυπτογράφηση, διαβαθμισμένη πρόσβαση του προσωπικού στο σύστημα κρατήσεων και τακτικούς ελέγχους ασφάλειας, για να προστατεύσουμε τα δεδομένα σας από απώλεια ή μη εξουσιοδοτημένη πρόσβαση.

Σε περίπτωση παραβίασης δεδομένων προσωπικού χαρακτήρα, θα ενημερώσουμε την Αρχή Προστασίας Δεδομένων εντός 72 ωρών και, όταν η παραβίαση ενδέχεται να θέσει σε υψηλό κίνδυνο τα δικαιώματά σας, θα σας ενημερώσουμε και εσάς χωρίς αδικαιολόγητη καθυστέρηση.

## 10. Επικοινωνία

@ Κυανές Γραμμές Κυκλάδων Ναυτική Εταιρεία
@ Υπόψη Υπευθύνου Προστασίας Δεδομένων
@ Ακτή Μιαούλη 47, 185 36 Πειραιάς
@ Τηλ.: 210 4198 800
"""

EDITS = [
    {"note": "a recipient added (Blue Card loyalty partner hotels)",
     "repl": [("- ασφαλιστικές εταιρείες, σε περίπτωση ατυχήματος ή αποζημίωσης,",
               "- ασφαλιστικές εταιρείες, σε περίπτωση ατυχήματος ή αποζημίωσης,\n"
               "- συνεργαζόμενα ξενοδοχεία και εταιρείες ενοικίασης αυτοκινήτων του προγράμματος επιβράβευσης, "
               "μόνο με τη συγκατάθεσή σας,")]},
    {"note": "CCTV retention on board changed from 15 to 30 days",
     "repl": [("| Καταγραφές κλειστού κυκλώματος τηλεόρασης στα πλοία | 15 ημέρες |",
               "| Καταγραφές κλειστού κυκλώματος τηλεόρασης στα πλοία | 30 ημέρες |")]},
    {"note": "typo fixed: 'τον απόπλου' -> 'τον απόπλουν' (no date bump)", "bump": False,
     "repl": [("πριν από τον απόπλου,", "πριν από τον απόπλουν,")]},
    {"note": "new section on electronic boarding (e-ticket QR and ID scan) added",
     "repl": [("## 5. Αποδέκτες των δεδομένων", "## 5. Ηλεκτρονική επιβίβαση\n\n"
               "Στα λιμάνια όπου λειτουργεί σύστημα ηλεκτρονικής επιβίβασης, σαρώνουμε τον κωδικό QR του "
               "ηλεκτρονικού σας εισιτηρίου και, προαιρετικά, τη ζώνη μηχανικής ανάγνωσης του διαβατηρίου ή της "
               "ταυτότητάς σας, ώστε να επιβεβαιωθεί η ταυτοπροσωπία χωρίς χειρόγραφο έλεγχο. Δεν αποθηκεύουμε "
               "εικόνα του εγγράφου.\n\n## 6. Αποδέκτες των δεδομένων"),
              ("## 6. Διαβίβαση εκτός ΕΟΧ", "## 7. Διαβίβαση εκτός ΕΟΧ"), ("## 7. Χρόνος τήρησης", "## 8. Χρόνος τήρησης"),
              ("## 8. Τα δικαιώματά σας", "## 9. Τα δικαιώματά σας"), ("## 9. Ασφάλεια", "## 10. Ασφάλεια"),
              ("## 10. Επικοινωνία", "## 11. Επικοινωνία")]},
    {"note": "phone number of the DPO changed",
     "repl": [("@ Τηλ.: 210 4198 800", "@ Τηλ.: 210 4198 870")]},
]

ALERTS = [None, None, None, None, None, None, None,
          "Απαγορευτικό απόπλου: Λόγω ανέμων εντάσεως 9 Μποφόρ στο Αιγαίο, τα δρομολόγια από Πειραιά και Ραφήνα δεν "
          "πραγματοποιούνται μέχρι νεωτέρας. Παρακαλούμε επικοινωνήστε με το τηλεφωνικό μας κέντρο.",
          "Απεργία ΠΝΟ: Λόγω της 24ωρης απεργίας της Πανελλήνιας Ναυτικής Ομοσπονδίας, τα πλοία μας θα παραμείνουν "
          "δεμένα στα λιμάνια. Τα εισιτήρια ισχύουν για οποιοδήποτε επόμενο δρομολόγιο.",
          "Τροποποίηση δρομολογίων: Λόγω δυσμενών καιρικών συνθηκών (8 Μποφόρ) το δρομολόγιο προς Αμοργό θα "
          "αναχωρήσει με καθυστέρηση."]
SAILINGS = [("Πειραιάς", "Σύρος - Τήνος - Μύκονος", "Cyclades Star"), ("Πειραιάς", "Πάρος - Νάξος - Σαντορίνη", "Blue Aegean"),
            ("Ραφήνα", "Άνδρος - Τήνος", "Cyclades Wind"), ("Πειραιάς", "Σίφνος - Μήλος", "Blue Aegean"),
            ("Λαύριο", "Κέα - Κύθνος", "Cyclades Wind"), ("Πειραιάς", "Αμοργός", "Cyclades Star")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["assets"] = C.keep_or(rng, prev.get("assets"), 0.12, lambda: (C.hexs(rng, 32), C.hexs(rng, 32),
                                                                   C.epoch(when) - rng.randint(3600, 900000)))
    st["alert"] = rng.choice([a for a in ALERTS if a]) if rng.random() < 0.25 else None
    gen = when - dt.timedelta(minutes=rng.randint(1, 1400))
    st["cached"] = gen.strftime("%d-%m-%y %H:%M")
    st["sailings"] = [(p, d, s, "%02d:%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45])),
                       rng.choice(["Διαθέσιμο", "Διαθέσιμο", "Λίγες θέσεις", "Πλήρες για οχήματα"]))
                      for p, d, s in rng.sample(SAILINGS, 4)]
    return st


LABELS = {"assets": "merged asset hashes (deploy)", "alert": "sailing-ban / strike alert (inside #content, removed)",
          "cached": "Cached page generated comment", "sailings": "today's departures sidebar"}


def frames(blocks):
    head, secs = C.split_sections(blocks)
    out = ['<div id="c412" class="frame frame-default frame-type-header frame-layout-0">%s</div>'
           % "".join('<header><h1 class="">%s</h1></header>' % C.inline_html(b[1]) if b[0] == "h1" else C.block_html(b)
                     for b in head)]
    for n, (h, bs) in enumerate(secs):
        out.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">%s'
                   '</h2></header>%s</div>' % (413 + n, C.inline_html(h),
                                               "".join(C.block_html(b, {"table": "ce-table table"}) for b in bs)))
    return "\n\n".join(out)


def render(st, blocks, when):
    css, js, ts = st["assets"]
    alert = ""
    if st["alert"]:
        alert = ('<div id="c98" class="frame frame-default frame-type-sailing_alert frame-layout-0">'
                 '<div class="alert alert-danger sailing-alert" role="alert"><span class="sailing-alert__icon"></span>'
                 '<p>%s</p></div></div>\n\n' % st["alert"])
    side = "\n".join('<li><span class="time">%s</span> %s → %s <em>%s</em> <span class="avail">%s</span></li>'
                     % (t, p, d, s, a) for p, d, s, t, a in st["sailings"])
    return """<!DOCTYPE html>
<html lang="el-GR">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-%(year)d of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.cycladesblue.gr/">

<title>Πολιτική Απορρήτου - Κυανές Γραμμές Κυκλάδων</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index,follow">
<meta property="og:title" content="Πολιτική Απορρήτου">
<meta name="twitter:card" content="summary">


<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%(css)s-min.css.gzip?%(ts)d" media="all">



<script src="/typo3temp/assets/compressed/merged-%(js)s-min.js.gzip?%(ts)d"></script>

<link rel="canonical" href="https://www.cycladesblue.gr/el/politiki-aporritoy"/>

<link rel="alternate" hreflang="el-GR" href="https://www.cycladesblue.gr/el/politiki-aporritoy"/>
<link rel="alternate" hreflang="en-GB" href="https://www.cycladesblue.gr/en/privacy-policy"/>
<link rel="alternate" hreflang="x-default" href="https://www.cycladesblue.gr/el/politiki-aporritoy"/>
</head>
<body id="p27" class="page-27 pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div><div class="body-bg">
<a class="visually-hidden-focusable page-skipnav" href="#page-content"><span>Μετάβαση στο κύριο περιεχόμενο</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container">
<a class="navbar-brand navbar-brand-image" title="Κυανές Γραμμές Κυκλάδων" href="/el/"><img class="navbar-brand-logo-normal" src="/_assets/5d2c7b1e8f0a9d3c/Images/logo-cycladesblue.svg" alt="Κυανές Γραμμές Κυκλάδων logo" height="52" width="180"></a>
<nav aria-label="Κύρια πλοήγηση" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a href="/el/kratiseis" class="nav-link"><span class="nav-link-text">Κρατήσεις</span></a></li>
<li class="nav-item"><a href="/el/dromologia" class="nav-link"><span class="nav-link-text">Δρομολόγια</span></a></li>
<li class="nav-item"><a href="/el/stolos" class="nav-link"><span class="nav-link-text">Στόλος</span></a></li>
<li class="nav-item"><a href="/el/prosfores" class="nav-link"><span class="nav-link-text">Προσφορές</span></a></li>
<li class="nav-item"><a href="/el/blue-card" class="nav-link"><span class="nav-link-text">Blue Card</span></a></li>
</ul></nav>
<ul id="language_menu" class="language-menu"><li class="active"><a href="/el/politiki-aporritoy" hreflang="el-GR" title="Ελληνικά"><span>EL</span></a></li><li><a href="/en/privacy-policy" hreflang="en-GB" title="English"><span>EN</span></a></li></ul>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/el/" title="Αρχική">Αρχική</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/el/nomika" title="Νομικά">Νομικά</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Πολιτική Απορρήτου</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default"><div class="container"><div class="section-row">
<main id="content" class="section-column maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
%(alert)s%(frames)s
<!--TYPO3SEARCH_end-->
</main>
<aside class="section-column subcontent-wrap" role="complementary">
<div id="c12" class="frame frame-default frame-type-list frame-layout-0"><header><h3 class="">Σημερινά δρομολόγια</h3></header>
<ul class="today-sailings">
%(side)s
</ul><a href="/el/dromologia" class="btn btn-primary">Όλα τα δρομολόγια</a></div>
<div id="c13" class="frame frame-default frame-type-text frame-layout-0"><header><h3 class="">Σχετικά έγγραφα</h3></header><ul><li><a href="/el/oroi-metaforas">Γενικοί όροι μεταφοράς</a></li><li><a href="/el/politiki-cookies">Πολιτική Cookies</a></li><li><a href="/el/dikaiomata-epivaton">Δικαιώματα επιβατών</a></li></ul></div>
</aside>
</div></div></div>
</div>
<footer id="page-footer" class="bp-page-footer"><section class="footer-section"><div class="container">
<p>Κυανές Γραμμές Κυκλάδων · Ακτή Μιαούλη 47, Πειραιάς · Κέντρο κρατήσεων 210 4198 800 · Αρ. Μ.Η.Τ.Ε. 0206Ε60000300201</p>
<ul class="footer-meta"><li><a href="/el/politiki-aporritoy">Πολιτική Απορρήτου</a></li><li><a href="/el/politiki-cookies">Πολιτική Cookies</a></li><li><a href="#" data-cc="show-preferencesModal">Ρυθμίσεις cookies</a></li></ul>
<p class="copyright">© %(year)d Κυανές Γραμμές Κυκλάδων</p>
</div></section></footer>
</div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap/dist/js/bootstrap.bundle.min.js?%(ts)d"></script>
<script src="https://www.googletagmanager.com/gtag/js?id=G-CYBLUE2023" async></script>
</body>
</html>
<!-- Cached page generated %(cached)s. Expires %(exp)s -->""" % {
        "year": when.year, "css": css, "js": js, "ts": ts, "alert": alert, "frames": frames(blocks), "side": side,
        "cached": st["cached"],
        "exp": (dt.datetime.strptime(st["cached"], "%d-%m-%y %H:%M") + dt.timedelta(days=1)).strftime("%d-%m-%y %H:%M")}


PAGE = {
    "service": "Cyclades Blue Ferries",
    "url": "https://www.cycladesblue.gr/el/politiki-aporritoy",
    "lang": "el",
    "platform": "TYPO3 12 LTS (bootstrap_package, fluid_styled_content)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Content-Language", "el")),
    "n": 31,
    "start": dt.date(2021, 11, 1),
    "end": dt.date(2025, 7, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.cycladesblue.gr/el/politiki-aporritoy", "select": "#content",
                    "remove": ".sailing-alert"},
}
