"""Greek cruise line on Adobe Experience Manager as a Cloud Service (core components, editable template,
Adobe Client Data Layer, Adobe Launch, OneTrust, Akamai Bot Manager).

The policy is a title component and one text component per section inside a layout container with the style-system
class `cmp-container--legal`; between two sections the editors placed a "Kyma Club" teaser whose offer rotates
(inside the declared container; the declaration removes `.teaser`). Beside it: the early-booking offer bar, a "next
departures" strip with live cabins left, versioned clientlib hashes (`.lc-<md5>-lc.min.css`) that change with
each deployment, the Launch library build, and Akamai's per-request bot pixel token."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
DAYS = ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Πολιτική Απορρήτου

Τελευταία ενημέρωση: {UPDATED}

Η Kyma Cruises σέβεται την ιδιωτικότητα των επιβατών της, των επισκεπτών του ιστοτόπου της και των μελών του Kyma Club. Στην παρούσα Πολιτική Απορρήτου εξηγούμε ποια προσωπικά δεδομένα συλλέγουμε όταν κάνετε κράτηση για κρουαζιέρα, όταν ταξιδεύετε με τα πλοία μας ή όταν επικοινωνείτε μαζί μας, για ποιους σκοπούς τα χρησιμοποιούμε, με ποιους τα μοιραζόμαστε και ποια δικαιώματα έχετε σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας των δεδομένων σας είναι η εταιρεία:

@ Kyma Cruises Ναυτιλιακή Μονοπρόσωπη Α.Ε.
@ Ακτή Μιαούλη 47
@ 185 36 Πειραιάς
@ ΑΦΜ 801234567 – Αρ. ΓΕΜΗ 123456707000
@ Τηλ.: +30 210 458 2000

Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνείτε για κάθε ζήτημα που αφορά την επεξεργασία των δεδομένων σας στη διεύθυνση [dpo@kymacruises.com](mailto:dpo@kymacruises.com).

## 2. Ποια δεδομένα συλλέγουμε

Ανάλογα με τη σχέση σας μαζί μας, επεξεργαζόμαστε τις ακόλουθες κατηγορίες δεδομένων:

- **Στοιχεία ταυτότητας και ταξιδιωτικών εγγράφων:** ονοματεπώνυμο, ημερομηνία γέννησης, φύλο, ιθαγένεια, αριθμός διαβατηρίου ή δελτίου ταυτότητας και ημερομηνία λήξης του, καθώς και στοιχεία θεώρησης εισόδου (visa), όπου απαιτείται.
- **Στοιχεία επικοινωνίας:** ταχυδρομική διεύθυνση, αριθμός τηλεφώνου, διεύθυνση ηλεκτρονικού ταχυδρομείου και στοιχεία προσώπου επικοινωνίας για περίπτωση έκτακτης ανάγκης.
- **Στοιχεία κράτησης:** κρουαζιέρα, ημερομηνίες, κατηγορία καμπίνας, συνταξιδιώτες, προαιρετικές υπηρεσίες (εκδρομές, πακέτα ποτών, Wi-Fi) και ιστορικό ταξιδιών.
- **Οικονομικά στοιχεία:** τρόπος πληρωμής, τα τέσσερα τελευταία ψηφία της κάρτας, στοιχεία τιμολόγησης και χρεώσεις στον λογαριασμό της καμπίνας σας.
- **Δεδομένα επιβίβασης και ασφάλειας:** φωτογραφία που λαμβάνεται κατά την επιβίβαση για την κάρτα καμπίνας (Kyma Card) και καταγραφές αποβίβασης και επιβίβασης σε κάθε λιμάνι.
- **Δεδομένα χρήσης του ιστοτόπου και της εφαρμογής:** διεύθυνση IP, τύπος συσκευής, σελίδες που επισκεφθήκατε, cookies και παρόμοιες τεχνολογίες (βλ. ενότητα 8).

## 3. Σκοποί και νομικές βάσεις της επεξεργασίας

| Σκοπός | Νομική βάση | Χρόνος διατήρησης |
| Σύναψη και εκτέλεση της σύμβασης θαλάσσιας μεταφοράς και της κράτησής σας | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ) | 5 έτη από τη λήξη της κρουαζιέρας |
| Τήρηση καταλόγου επιβατών και διαβίβαση στοιχείων σε λιμενικές και μεταναστευτικές αρχές | Έννομη υποχρέωση (άρθρο 6 παρ. 1 στοιχ. γ΄ ΓΚΠΔ) | Όσο ορίζει η εκάστοτε νομοθεσία |
| Φορολογικές και λογιστικές υποχρεώσεις | Έννομη υποχρέωση | 5 έτη από τη λήξη της φορολογικής χρήσης |
| Εξυπηρέτηση πελατών και διαχείριση παραπόνων | Εκτέλεση σύμβασης και έννομο συμφέρον | 3 έτη από την τελευταία επικοινωνία |
| Αποστολή προσφορών και ενημερωτικών δελτίων | Συγκατάθεση (άρθρο 6 παρ. 1 στοιχ. α΄ ΓΚΠΔ) | Έως την ανάκληση της συγκατάθεσης |
| Διαχείριση του προγράμματος Kyma Club | Εκτέλεση σύμβασης | Όσο διαρκεί η συμμετοχή σας και 2 έτη μετά |
| Ασφάλεια επιβατών και πληρώματος (βιντεοεπιτήρηση) | Έννομο συμφέρον και Κώδικας ISPS | 30 ημέρες, εκτός αν απαιτούνται για τη διερεύνηση συμβάντος |

## 4. Δεδομένα υγείας και ειδικές ανάγκες

Για να ταξιδέψετε με ασφάλεια ενδέχεται να μας γνωστοποιήσετε πληροφορίες υγείας, όπως κινητικές δυσκολίες, ανάγκη για ιατρικό εξοπλισμό, εγκυμοσύνη ή τροφικές αλλεργίες. Τις πληροφορίες αυτές τις επεξεργαζόμαστε μόνο με τη ρητή συγκατάθεσή σας ή όταν είναι αναγκαίο για την προστασία ζωτικού σας συμφέροντος, και τις κοινοποιούμε μόνο στο ιατρικό προσωπικό και στα τμήματα του πλοίου που πρέπει να τις γνωρίζουν. Τα αρχεία του ιατρείου του πλοίου τηρούνται σύμφωνα με τον Κώδικα Ιατρικής Δεοντολογίας.

## 5. Αποδέκτες των δεδομένων

Τα δεδομένα σας είναι προσβάσιμα μόνο από εξουσιοδοτημένο προσωπικό μας. Επιπλέον, τα κοινοποιούμε:

- στις λιμενικές, τελωνειακές και μεταναστευτικές αρχές των χωρών που επισκέπτεται το πλοίο, όπως επιβάλλει η νομοθεσία·
- στους τοπικούς συνεργάτες που διοργανώνουν τις εκδρομές στην ξηρά που έχετε κλείσει·
- στο ταξιδιωτικό πρακτορείο σας, όταν η κράτηση έγινε μέσω αυτού·
- σε παρόχους υπηρεσιών που επεξεργάζονται δεδομένα για λογαριασμό μας, όπως οι ακόλουθοι:

| Πάροχος | Υπηρεσία | Τόπος επεξεργασίας |
| Amadeus IT Group S.A. | Κρατήσεις αεροπορικών εισιτηρίων για πακέτα Fly & Cruise | Ισπανία, Γερμανία |
| Adyen N.V. | Επεξεργασία πληρωμών με κάρτα | Ολλανδία |
| Salesforce Inc. | Εξυπηρέτηση πελατών και διαχείριση του Kyma Club | ΕΕ και ΗΠΑ |
| Adobe Systems Software Ireland Ltd | Φιλοξενία ιστοτόπου και στατιστικά επισκεψιμότητας | Ιρλανδία |
| Marlink SAS | Δορυφορική σύνδεση και Wi-Fi επί του πλοίου | Γαλλία |

## 6. Διαβιβάσεις εκτός ΕΟΧ

Ορισμένοι πάροχοι, καθώς και οι αρχές λιμένων εκτός Ευρωπαϊκής Ένωσης (για παράδειγμα στην Τουρκία, όταν το δρομολόγιο περιλαμβάνει το Κουσάντασι ή την Κωνσταντινούπολη), λαμβάνουν δεδομένα σε χώρες εκτός του Ευρωπαϊκού Οικονομικού Χώρου. Στις περιπτώσεις αυτές διασφαλίζουμε την προστασία τους με τις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής ή βάσει του άρθρου 49 ΓΚΠΔ, όταν η διαβίβαση είναι αναγκαία για την εκτέλεση της σύμβασης μεταφοράς σας.

## 7. Kyma Club

Τα μέλη του προγράμματος επιβράβευσης Kyma Club συγκεντρώνουν πόντους για κάθε κρουαζιέρα και για τις αγορές τους επί του πλοίου. Για τη διαχείριση του λογαριασμού σας επεξεργαζόμαστε το ιστορικό των ταξιδιών σας, τους πόντους και τις προτιμήσεις σας (π.χ. κατηγορία καμπίνας, διατροφικές προτιμήσεις), ώστε να σας προσφέρουμε αναβαθμίσεις και εξατομικευμένες προσφορές. Μπορείτε να αποχωρήσετε από το πρόγραμμα ανά πάσα στιγμή από τον λογαριασμό σας ή επικοινωνώντας μαζί μας.

## 8. Cookies

Ο ιστότοπός μας χρησιμοποιεί απολύτως απαραίτητα cookies και, μόνο με τη συγκατάθεσή σας, cookies ανάλυσης και διαφήμισης (Adobe Analytics, Google Ads, Meta Pixel). Μπορείτε να αλλάξετε τις επιλογές σας οποιαδήποτε στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας. Περισσότερες λεπτομέρειες θα βρείτε στην [Πολιτική Cookies](/el/legal/cookies.html).

## 9. Τα δικαιώματά σας

Έχετε δικαίωμα:

- πρόσβασης στα δεδομένα σας και λήψης αντιγράφου τους·
- διόρθωσης ανακριβών ή ελλιπών δεδομένων·
- διαγραφής, όταν τα δεδομένα δεν είναι πλέον αναγκαία·
- περιορισμού της επεξεργασίας·
- φορητότητας των δεδομένων που μας παρείχατε·
- εναντίωσης στην επεξεργασία που βασίζεται σε έννομο συμφέρον και στην απευθείας εμπορική προώθηση·
- ανάκλησης της συγκατάθεσής σας, χωρίς να θίγεται η νομιμότητα της επεξεργασίας πριν από την ανάκληση.

Για να ασκήσετε τα δικαιώματά σας, γράψτε μας στο [dpo@kymacruises.com](mailto:dpo@kymacruises.com) ή ταχυδρομικά στη διεύθυνση της έδρας μας. Θα σας απαντήσουμε εντός ενός μηνός. Αν θεωρείτε ότι η επεξεργασία παραβιάζει τη νομοθεσία, έχετε δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 10. Ασφάλεια

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των προσωπικών δεδομέων σας από τυχαία ή παράνομη καταστροφή, απώλεια, αλλοίωση ή μη εξουσιοδοτημένη πρόσβαση, όπως κρυπτογράφηση των συναλλαγών, διαβαθμισμένη πρόσβαση του προσωπικού και τακτική εκπαίδευση του πληρώματος.

## 11. Ανήλικοι

Κρατήσεις πραγματοποιούνται μόνο από ενήλικες. Τα δεδομένα ανήλικων επιβατών τα λαμβάνουμε από τον γονέα ή τον κηδεμόνα που κάνει την κράτηση και τα χρησιμοποιούμε μόνο για την εκτέλεση του ταξιδιού και για τη συμμετοχή των παιδιών στο Kids Club του πλοίου.

## 12. Αλλαγές της παρούσας πολιτικής

Ενδέχεται να τροποποιούμε την παρούσα πολιτική όταν αλλάζουν οι υπηρεσίες μας ή η νομοθεσία. Την εκάστοτε ισχύουσα έκδοση θα τη βρίσκετε πάντα σε αυτή τη σελίδα, με την ημερομηνία της τελευταίας ενημέρωσης στην αρχή της.

## 13. Επικοινωνία

Για ερωτήσεις σχετικά με την κράτησή σας απευθυνθείτε στο Τμήμα Εξυπηρέτησης Πελατών:

@ Kyma Cruises – Εξυπηρέτηση Πελατών
@ Τηλ.: +30 210 458 2100 (Δευτέρα–Παρασκευή 09:00–17:00)
@ E-mail: [reservations@kymacruises.com](mailto:reservations@kymacruises.com)
"""

EDITS = [
    {"note": "processor added to the recipients table (Versonix Seaware booking system)",
     "repl": [("| Adyen N.V. | Επεξεργασία πληρωμών με κάρτα | Ολλανδία |",
               "| Adyen N.V. | Επεξεργασία πληρωμών με κάρτα | Ολλανδία |\n"
               "| Versonix Corporation | Σύστημα κρατήσεων κρουαζιέρας (Seaware) | ΗΠΑ (τυποποιημένες συμβατικές ρήτρες) |")]},
    {"note": "typo fixed (δεδομέων -> δεδομένων)", "bump": False,
     "repl": [("προσωπικών δεδομέων σας", "προσωπικών δεδομένων σας")]},
    {"note": "CCTV retention shortened from 30 to 15 days",
     "repl": [("| 30 ημέρες, εκτός αν απαιτούνται", "| 15 ημέρες, εκτός αν απαιτούνται")]},
    {"note": "new section on CCTV on board (sections renumbered)",
     "repl": [("## 11. Ανήλικοι", "## 11. Βιντεοεπιτήρηση επί του πλοίου\n\n"
               "Στους κοινόχρηστους χώρους των πλοίων μας, στους διαδρόμους των καταστρωμάτων και στους χώρους "
               "επιβίβασης λειτουργούν κάμερες κλειστού κυκλώματος για την ασφάλεια επιβατών, πληρώματος και "
               "φορτίου, όπως προβλέπει ο Διεθνής Κώδικας για την Ασφάλεια Πλοίων και Λιμενικών Εγκαταστάσεων "
               "(ISPS). Δεν υπάρχουν κάμερες στις καμπίνες, στους χώρους υγιεινής ή στο ιατρείο. Πρόσβαση στο υλικό "
               "έχει μόνο ο Υπεύθυνος Ασφάλειας του πλοίου, ενώ αντίγραφα διαβιβάζονται μόνο σε δικαστικές ή "
               "λιμενικές αρχές, όταν το ζητήσουν.\n\n## 12. Ανήλικοι"),
              ("## 12. Αλλαγές της παρούσας πολιτικής", "## 13. Αλλαγές της παρούσας πολιτικής"),
              ("## 13. Επικοινωνία", "## 14. Επικοινωνία")]},
    {"note": "registered office moved (address lines changed)",
     "repl": [("@ Ακτή Μιαούλη 47\n@ 185 36 Πειραιάς", "@ Ακτή Κονδύλη 26\n@ 185 45 Πειραιάς")]},
    {"note": "phone hours of customer service extended to Saturday",
     "repl": [("(Δευτέρα–Παρασκευή 09:00–17:00)", "(Δευτέρα–Παρασκευή 09:00–19:00, Σάββατο 10:00–14:00)")]},
]

OFFERS = [
    ("Early Booking {y}", "Έως -40% και δωρεάν πακέτο ποτών για κρατήσεις έως 31/3"),
    ("Last minute Αιγαίο", "4 νύχτες από 399 € ανά άτομο – λιμενικά τέλη περιλαμβάνονται"),
    ("Kyma Kids", "Τα παιδιά έως 11 ετών ταξιδεύουν δωρεάν στην καμπίνα των γονέων"),
    ("Black Friday στη θάλασσα", "-25% σε όλες τις εξωτερικές καμπίνες και καμπίνες με μπαλκόνι"),
    ("Κρουαζιέρες {y}–{y1}", "Το νέο πρόγραμμα κυκλοφόρησε – κλείστε πρώτοι με προκαταβολή 10%"),
]
TEASERS = [
    ("Γίνετε μέλος του Kyma Club", "Κερδίστε 500 πόντους καλωσορίσματος με την πρώτη σας κρουαζιέρα.", "Εγγραφή"),
    ("Διπλοί πόντοι τον Νοέμβριο", "Όλα τα μέλη κερδίζουν διπλούς πόντους σε κρατήσεις για το {y}.", "Μάθετε περισσότερα"),
    ("Kyma Club Gold", "Δωρεάν αναβάθμιση καμπίνας και προτεραιότητα επιβίβασης για μέλη Gold.", "Τα προνόμια"),
    ("Εξαργυρώστε τους πόντους σας", "Χρησιμοποιήστε τους πόντους σας για εκδρομές στη Σαντορίνη και τη Μύκονο.", "Δείτε πώς"),
]
ITINS = ["Ειδυλλιακό Αιγαίο – 3 νύχτες", "Ειδυλλιακό Αιγαίο – 4 νύχτες", "Τρεις Ήπειροι – 7 νύχτες",
         "Ελληνικά νησιά & Τουρκία – 7 νύχτες", "Αδριατική – 7 νύχτες"]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["clientlib"] = C.keep_or(rng, prev.get("clientlib"), 0.15, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    st["launch"] = C.keep_or(rng, prev.get("launch"), 0.1, lambda: "EN" + C.hexs(rng, 32))
    st["offer"] = C.keep_or(rng, prev.get("offer"), 0.3, lambda: (rng.randrange(len(OFFERS)), when.year + 1))
    st["club_teaser"] = C.keep_or(rng, prev.get("club_teaser"), 0.4, lambda: (rng.randrange(len(TEASERS)), when.year + 1))
    deps = []
    d = when.date() + dt.timedelta(days=(5 - when.weekday()) % 7 or 7)
    for k in range(3):
        day = d + dt.timedelta(days=7 * k + rng.choice([0, 0, 1, 3]))
        deps.append((day.isoformat(), rng.randrange(len(ITINS)), rng.randint(2, 60), rng.choice([399, 449, 529, 689, 899, 1190])))
    st["departures"] = tuple(deps)
    st["akamai"] = C.b64tok(rng, 48)
    return st


LABELS = {"clientlib": "clientlib long-cache hashes (deployment)", "launch": "Adobe Launch library build",
          "offer": "early-booking offer bar", "club_teaser": "Kyma Club teaser between the sections (inside container)",
          "departures": "next departures strip with cabins left", "akamai": "Akamai bot-manager pixel token"}

NAV = [("Κρουαζιέρες", "/el/cruises.html"), ("Προορισμοί", "/el/destinations.html"),
       ("Τα πλοία μας", "/el/ships.html"), ("Προσφορές", "/el/offers.html"), ("Kyma Club", "/el/kyma-club.html"),
       ("Επικοινωνία", "/el/contact.html")]


def comp_id(kind, key):
    return "%s-%s" % (kind, C.det_sha("aem", kind, key)[:10])


def rte(b):
    kind, v = b
    if kind == "table":
        head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
        return ('<table width="100%%" cellspacing="0" cellpadding="1" border="1">\n<tbody><tr>%s</tr>\n%s\n'
                '</tbody></table>' % (head, body))
    return C.block_html(b)


def text_comp(key, blocks):
    inner = "\n".join(rte(b) for b in blocks)
    cid = comp_id("text", key)
    layer = {cid: {"@type": "kyma/components/text", "xdm:text": inner}}
    return ('<div class="text aem-GridColumn aem-GridColumn--default--12">\n'
            '<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
            % (html.escape(json.dumps(layer, ensure_ascii=False)), cid, inner))


def render(state, blocks, when):
    cl1, cl2 = state["clientlib"]
    title = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    comps = []
    tid = comp_id("title", "legal")
    comps.append('<div class="title aem-GridColumn aem-GridColumn--default--12">\n<div data-cmp-data-layer="%s" '
                 'id="%s" class="cmp-title">\n    <h1 class="cmp-title__text">%s</h1>\n</div>\n\n    \n</div>'
                 % (html.escape(json.dumps({tid: {"@type": "kyma/components/title", "dc:title": title}},
                                           ensure_ascii=False)), tid, html.escape(title)))
    comps.append(text_comp("intro", head))
    tz = [t.format(y=state["club_teaser"][1]) for t in TEASERS[state["club_teaser"][0]]]
    for n, (h, body) in enumerate(secs):
        comps.append(text_comp("sec%d" % n, [("h2", h)] + body))
        if n == 5:
            teid = comp_id("teaser", "club")
            comps.append(
                '<div class="teaser cmp-teaser--club aem-GridColumn--tablet--12 aem-GridColumn aem-GridColumn--default--12">'
                '\n<div id="%s" class="cmp-teaser" data-cmp-data-layer="%s">\n'
                '    <div class="cmp-teaser__image"><div data-cmp-is="image" data-cmp-src="/content/experience-fragments/kyma/el/club/_jcr_content/root/image.coreimg{.width}.jpeg/1698309212331/club-deck.jpeg" '
                'data-asset-id="3f1b8e5c-1a22-4c52-9f0e-6d2b7a8e4c10" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">'
                '<img src="/content/dam/kyma/club/club-deck.jpg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt=""/></div></div>\n'
                '    <div class="cmp-teaser__content">\n        <p class="cmp-teaser__pretitle">Kyma Club</p>\n'
                '        <h3 class="cmp-teaser__title">%s</h3>\n        <div class="cmp-teaser__description"><p>%s</p></div>\n'
                '        <div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/el/kyma-club.html" '
                'data-cmp-clickable>%s</a></div>\n    </div>\n</div>\n\n    \n</div>'
                % (teid, html.escape(json.dumps({teid: {"@type": "kyma/components/teaser", "dc:title": tz[0],
                                                         "xdm:linkURL": "/el/kyma-club.html"}}, ensure_ascii=False)),
                   html.escape(tz[0]), html.escape(tz[1]), html.escape(tz[2])))
    legal_id = comp_id("container", "legal")
    legal = ('<div class="container responsivegrid cmp-container--legal aem-GridColumn aem-GridColumn--default--12">\n'
             '<div id="%s" class="cmp-container">\n<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">\n%s\n'
             '</div>\n</div>\n</div>' % (legal_id, "\n".join(comps)))
    off = [t.format(y=state["offer"][1], y1=state["offer"][1] + 1) for t in OFFERS[state["offer"][0]]]
    deps = []
    for day, it, cabins, price in state["departures"]:
        d = dt.date.fromisoformat(day)
        deps.append('<li class="cmp-departures__item"><span class="cmp-departures__date">%s %02d/%02d</span> '
                    '<span class="cmp-departures__name">%s</span> <span class="cmp-departures__price">από %d €</span> '
                    '<span class="cmp-departures__cabins%s">%s</span></li>'
                    % (DAYS[d.weekday()], d.day, d.month, ITINS[it], price,
                       " cmp-departures__cabins--low" if cabins < 10 else "",
                       ("Μόνο %d καμπίνες!" % cabins) if cabins < 10 else ("%d διαθέσιμες καμπίνες" % cabins)))
    nav = "\n".join('<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="%s" '
                    'class="cmp-navigation__item-link">%s</a></li>' % (u, t) for t, u in NAV)
    page_id = comp_id("page", "privacy")
    page_layer = {page_id: {"@type": "kyma/components/page", "repo:modifyDate": "2021-09-14T08:03:11Z",
                            "dc:title": "Πολιτική Απορρήτου", "xdm:template": "/conf/kyma/settings/wcm/templates/legal-page",
                            "xdm:language": "el", "repo:path": "/content/kyma/el/legal/privacy-policy.html"}}
    return """<!DOCTYPE HTML>
<html lang="el">
    <head>
    <meta charset="UTF-8"/>
    <title>Πολιτική Απορρήτου | Kyma Cruises</title>
    <meta name="keywords" content="κρουαζιέρα, Kyma Cruises, απόρρητο, GDPR"/>
    <meta name="description" content="Πώς η Kyma Cruises επεξεργάζεται τα προσωπικά σας δεδομένα."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="https://www.kymacruises.com/el/legal/privacy-policy.html"/>
    <link rel="alternate" hreflang="en" href="https://www.kymacruises.com/en/legal/privacy-policy.html"/>
    <link rel="alternate" hreflang="de" href="https://www.kymacruises.com/de/legal/datenschutz.html"/>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="8e1d6c7a-3b2f-4f0e-9a41-52c0b7d3e9aa"></script>
    <script type="text/javascript">function OptanonWrapper() { }</script>
    <script src="https://assets.adobedtm.com/7f3a1c2b9d4e/5e0c1a2b3d4f/launch-%s.min.js" async></script>
    <link rel="stylesheet" href="/etc.clientlibs/kyma/clientlibs/clientlib-base.lc-%s-lc.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/kyma/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">
    <script type="text/javascript" src="/akam/13/5f8e2c1a" defer></script>
</head>
    <body class="page basicpage" id="%s" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="ανοίγει σε νέα καρτέλα" data-cmp-data-layer-enabled>
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({
              page: JSON.parse("%s"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.%s'
              }
          });
        </script>
        <div class="root container responsivegrid">
<div id="container-5a9e1b7c3d" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-0c6d4e2f1a" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="site-header">
  <a class="site-header__logo" href="/el.html"><img src="/content/dam/kyma/brand/kyma-logo.svg" alt="Kyma Cruises"/></a>
  <nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Κύρια πλοήγηση">
    <ul class="cmp-navigation__group">
%s
    </ul>
  </nav>
  <div class="cmp-languagenavigation"><ul class="cmp-languagenavigation__group"><li class="cmp-languagenavigation__item cmp-languagenavigation__item--active"><span>EL</span></li><li class="cmp-languagenavigation__item"><a href="/en/legal/privacy-policy.html" hreflang="en" lang="en" rel="alternate">EN</a></li><li class="cmp-languagenavigation__item"><a href="/de/legal/datenschutz.html" hreflang="de" lang="de" rel="alternate">DE</a></li></ul></div>
  <a class="button button--primary" href="/el/booking.html">Κράτηση</a>
</header>
</div>
</div>
<div class="offerbar aem-GridColumn aem-GridColumn--default--12"><div class="cmp-offerbar" role="region" aria-label="Προσφορά"><strong class="cmp-offerbar__title">%s</strong> <span class="cmp-offerbar__text">%s</span> <a class="cmp-offerbar__link" href="/el/offers.html">Δείτε την προσφορά</a></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-2e7a9c1d4b" class="cmp-breadcrumb" aria-label="Διαδρομή"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/el.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Αρχική</span></a><meta itemprop="position" content="1"/></li><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/el/legal.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Νομικές πληροφορίες</span></a><meta itemprop="position" content="2"/></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Πολιτική Απορρήτου</span><meta itemprop="position" content="3"/></li></ol></nav></div>
%s
<div class="departures aem-GridColumn aem-GridColumn--default--12"><section class="cmp-departures" data-endpoint="/content/kyma/el/legal/privacy-policy/_jcr_content/root/departures.model.json"><h2 class="cmp-departures__title">Επόμενες αναχωρήσεις</h2><ul class="cmp-departures__list">%s</ul><a class="cmp-departures__all" href="/el/cruises.html">Όλες οι κρουαζιέρες</a></section></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-9b3f7a2e6c" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer">
  <div class="site-footer__cols">
    <ul><li><a href="/el/about.html">Η εταιρεία</a></li><li><a href="/el/careers.html">Καριέρα</a></li><li><a href="/el/press.html">Τύπος</a></li></ul>
    <ul><li><a href="/el/legal/terms.html">Όροι μεταφοράς</a></li><li><a href="/el/legal/privacy-policy.html">Πολιτική Απορρήτου</a></li><li><a href="/el/legal/cookies.html">Πολιτική Cookies</a></li><li><a href="#" class="ot-sdk-show-settings">Ρυθμίσεις cookies</a></li></ul>
  </div>
  <p class="site-footer__copy">© Kyma Cruises Ναυτιλιακή Α.Ε. Με επιφύλαξη παντός δικαιώματος. Σημαία: Μάλτα · Αρ. Μητρώου Τουριστικού Γραφείου ΜΗΤΕ 0206Ε60000123400</p>
</footer>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/kyma/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
<noscript><img src="https://www.kymacruises.com/akam/13/pixel_5f8e2c1a?a=%s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
    </body>
</html>
""" % (state["launch"], cl1, cl2, page_id,
       json.dumps(page_layer, ensure_ascii=False).replace('"', "\\x22"),
       page_id, nav, html.escape(off[0]), html.escape(off[1]), legal, "".join(deps), cl2, state["akamai"])


PAGE = {
    "service": "Kyma Cruises",
    "url": "https://www.kymacruises.com/el/legal/privacy-policy.html",
    "lang": "el",
    "platform": "Adobe Experience Manager as a Cloud Service (core components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("X-Dispatcher", "dispatcher1euwest1"), ("X-Vhost", "publish"),
                      ("Cache-Control", "max-age=300"), ("Server", "AkamaiGHost")),
    "n": 30,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 2, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": ".cmp-container--legal", "remove": ".teaser"},
}
