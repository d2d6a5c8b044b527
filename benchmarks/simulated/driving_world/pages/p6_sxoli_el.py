"""Σχολή Οδηγών Δρόμος - el driving school - WordPress + Divi 4 until the September 2023 redesign, then Kadence
theme with the block editor (declaration history). WP Fastest Cache. Clean in both designs: the volatile parts (Divi
nonces, cache stamps, blog and counter modules, holiday notice) are outside the selected text."""
import datetime as dt

import common as C
import dwkit as K

URL = "https://www.sxolidromos.gr/politiki-aporritou/"
BASE = "https://www.sxolidromos.gr"
REDESIGN = dt.datetime(2023, 9, 18, 0, 0, 0)
MINES = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MINES[d.month - 1], d.year)


POLICY = """
Τελευταία ενημέρωση: {UPDATED}

Η Σχολή Οδηγών «Δρόμος» (Γ. Αντωνίου & ΣΙΑ Ο.Ε.) σέβεται την ιδιωτικότητα των μαθητών της και των επισκεπτών του
ιστότοπού της. Η παρούσα Πολιτική Απορρήτου εξηγεί ποια προσωπικά δεδομένα συλλέγουμε κατά την εκπαίδευση υποψηφίων
οδηγών, για ποιους σκοπούς τα χρησιμοποιούμε, σε ποιους τα διαβιβάζουμε και ποια δικαιώματα έχετε, σύμφωνα με τον
Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

@ Σχολή Οδηγών «Δρόμος» – Γ. Αντωνίου & ΣΙΑ Ο.Ε.
@ Λεωφ. Συγγρού 214, 176 72 Καλλιθέα
@ Τηλ. 210 9812 345
@ Email: [info@sxolidromos.gr](mailto:info@sxolidromos.gr)

## 2. Ποια δεδομένα συλλέγουμε

- στοιχεία ταυτότητας: ονοματεπώνυμο, πατρώνυμο, ημερομηνία γέννησης, αριθμός ταυτότητας ή διαβατηρίου, ΑΦΜ,
- στοιχεία επικοινωνίας: διεύθυνση κατοικίας, τηλέφωνο, email,
- δικαιολογητικά για την άδεια οδήγησης: φωτογραφίες, γνωματεύσεις παθολόγου και οφθαλμιάτρου, παράβολα,
- στοιχεία εκπαίδευσης: ώρες θεωρίας και πρακτικής, πρόοδος, ημερομηνίες και αποτελέσματα εξετάσεων,
- οικονομικά στοιχεία: δίδακτρα, αποδείξεις πληρωμής, τιμολόγια,
- δεδομένα πλοήγησης στον ιστότοπο, μέσω cookies.

Τα ιατρικά πιστοποιητικά αποτελούν ειδκή κατηγορία δεδομένων και τα επεξεργαζόμαστε αποκλειστικά επειδή το απαιτεί η
νομοθεσία για τη χορήγηση άδειας οδήγησης.

## 3. Σκοποί και νομική βάση της επεξεργασίας

- Εκπαίδευση και προετοιμασία του φακέλου υποψηφίου οδηγού (εκτέλεση σύμβασης).
- Κατάθεση δικαιολογητικών και προσέλευση στις εξετάσεις θεωρίας και πορείας (νομική υποχρέωση).
- Έκδοση παραστατικών και τήρηση λογιστικών βιβλίων (νομική υποχρέωση).
- Ενημέρωση για το πρόγραμμα μαθημάτων και τις ημερομηνίες εξετάσεων (εκτέλεση σύμβασης).
- Στατιστική ανάλυση της επισκεψιμότητας του ιστότοπου (συγκατάθεση).

Δεν λαμβάνουμε αποφάσεις που βασίζονται αποκλειστικά σε αυτοματοποιημένη επεξεργασία, ούτε κατάρτιση προφίλ. Η
κατάταξη των μαθητών στα τμήματα και ο προγραμματισμός των εξετάσεων γίνονται από το προσωπικό της σχολής.

## 4. Αποδέκτες των δεδομένων

Τα δεδομένα σας διαβιβάζονται μόνο στο μέτρο που είναι απαραίτητο:

- στις Διευθύνσεις Μεταφορών και Επικοινωνιών των Περιφερειών, για τον φάκελο υποψηφίου και τις εξετάσεις,
- στον λογιστή της σχολής, για τη φορολογική και λογιστική υποστήριξη,
- στον πάροχο φιλοξενίας του ιστότοπου και του ηλεκτρονικού ταχυδρομείου,
- στη Google Ireland Limited (Google Analytics), μόνο εφόσον έχετε δώσει τη συγκατάθεσή σας.

Δεν διαβιβάζουμε δεδομένα σε τρίτες χώρες εκτός Ευρωπαϊκού Οικονομικού Χώρου.

## 5. Χρόνος διατήρησης

Τον φάκελο του μαθητή τον διατηρούμε για πέντε (5) έτη από την ολοκλήρωση της εκπαίδευσης ή την απόκτηση της άδειας
οδήγησης. Τα φορολογικά στοιχεία διατηρούνται για όσο χρόνο ορίζει η φορολογική νομοθεσία. Τα αιτήματα επικοινωνίας
μέσω της φόρμας του ιστότοπου διαγράφονται μετά από έξι (6) μήνες.

## 6. Ανήλικοι μαθητές

Για μαθητές που δεν έχουν συμπληρώσει το 18ο έτος της ηλικίας τους, η εγγραφή γίνεται με τη συγκατάθεση του γονέα ή
του κηδεμόνα, ο οποίος ενημερώνεται για την πρόοδο της εκπαίδευσης.

## 7. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και
δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας οποιαδήποτε στιγμή. Για την άσκηση των δικαιωμάτων σας επικοινωνήστε μαζί
μας στα παραπάνω στοιχεία· θα σας απαντήσουμε εντός ενός μηνός.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3,
115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 8. Cookies

Ο ιστότοπος χρησιμοποιεί απαραίτητα cookies για τη λειτουργία του και, με τη συγκατάθεσή σας, cookies στατιστικών.
Μπορείτε να αλλάξετε τις επιλογές σας από το εικονίδιο cookies στο κάτω μέρος της σελίδας.

## 9. Ασφάλεια των δεδομένων

Οι φάκελοι των μαθητών φυλάσσονται σε κλειδωμένα ερμάρια στη γραμματεία της σχολής. Τα ηλεκτρονικά αρχεία
τηρούνται σε υπολογιστές με κωδικούς πρόσβασης και αντίγραφα ασφαλείας, και πρόσβαση σε αυτά έχουν μόνο η
γραμματεία και οι εκπαιδευτές που χρειάζονται τα στοιχεία για το μάθημα. Οι εκπαιδευτές δεν διατηρούν στοιχεία
μαθητών σε προσωπικές συσκευές.

## 10. Αλλαγές στην πολιτική

Ενδέχεται να τροποποιούμε την παρούσα πολιτική όταν αλλάζει η νομοθεσία ή ο τρόπος λειτουργίας της σχολής. Η
ισχύουσα έκδοση δημοσιεύεται πάντα σε αυτή τη σελίδα, με την ημερομηνία της τελευταίας ενημέρωσης στην αρχή της.
"""

EDITS = [
    {"note": "new recipient: Viber / SMS provider for lesson reminders",
     "repl": [("- στον πάροχο φιλοξενίας του ιστότοπου και του ηλεκτρονικού ταχυδρομείου,",
               "- στον πάροχο φιλοξενίας του ιστότοπου και του ηλεκτρονικού ταχυδρομείου,\n"
               "- στην Apifon Α.Ε., για την αποστολή υπενθυμίσεων μαθημάτων μέσω SMS και Viber,")]},
    {"note": "phone number changed",
     "repl": [("@ Τηλ. 210 9812 345", "@ Τηλ. 210 9858 400")]},
    {"note": "typo fixed (ειδκή -> ειδική), no new date", "bump": False,
     "repl": [("αποτελούν ειδκή κατηγορία", "αποτελούν ειδική κατηγορία")]},
    {"note": "contact-form requests kept 12 months instead of 6",
     "repl": [("διαγράφονται μετά από έξι (6) μήνες.", "διαγράφονται μετά από δώδεκα (12) μήνες.")]},
    {"note": "minors section: accompanied driving from 17 under the new Highway Code",
     "repl": [("ο οποίος ενημερώνεται για την πρόοδο της εκπαίδευσης.",
               "ο οποίος ενημερώνεται για την πρόοδο της εκπαίδευσης. Για την άδεια συνοδευόμενης οδήγησης από "
               "το 17ο\nέτος, επεξεργαζόμαστε επιπλέον τα στοιχεία του συνοδού που δηλώνει ο γονέας.")]},
]

POSTS = [
    (dt.date(2021, 11, 15), "Νέα εξεταστέα ύλη θεωρίας: τι αλλάζει", "nea-exetastea-yli"),
    (dt.date(2022, 3, 7), "Δίπλωμα μοτοσυκλέτας: κατηγορίες Α1, Α2 και Α", "diploma-motosykletas"),
    (dt.date(2022, 7, 4), "Πόσα μαθήματα χρειάζομαι για δίπλωμα αυτοκινήτου;", "posa-mathimata"),
    (dt.date(2022, 11, 21), "Αυτόματο κιβώτιο: ο κωδικός 78 στο δίπλωμα", "aftomato-kivotio-78"),
    (dt.date(2023, 3, 13), "Ψηφιακή αίτηση για άδεια οδήγησης μέσω gov.gr", "psifiaki-aitisi-gov-gr"),
    (dt.date(2023, 9, 25), "Οι πιο συχνές αιτίες αποτυχίας στην εξέταση πορείας", "aities-apotyxias"),
    (dt.date(2024, 2, 5), "Εξετάσεις θεωρίας με κάμερες: τι πρέπει να ξέρετε", "exetaseis-kameres"),
    (dt.date(2024, 6, 17), "Καλοκαιρινά εντατικά τμήματα 2024", "kalokairina-tmimata-2024"),
    (dt.date(2024, 11, 11), "Νέος ΚΟΚ: τα πρόστιμα που αλλάζουν", "neos-kok-prostima"),
    (dt.date(2025, 6, 2), "Οδήγηση από τα 17 με συνοδό: πώς λειτουργεί", "odigisi-apo-17"),
    (dt.date(2025, 10, 6), "Ηλεκτρικά αυτοκίνητα στην εκπαίδευση", "ilektrika-ekpaideusi"),
    (dt.date(2026, 3, 9), "Πάσχα 2026: ωράριο σχολής", "pasxa-2026-orario"),
    (dt.date(2026, 8, 31), "Νέα τμήματα Σεπτεμβρίου", "nea-tmimata-septemvriou"),
]

EASTER = [dt.date(2022, 4, 24), dt.date(2023, 4, 16), dt.date(2024, 5, 5), dt.date(2025, 4, 20), dt.date(2026, 4, 12)]
CLOSED = [(e - dt.timedelta(days=2), e + dt.timedelta(days=1), "Η σχολή παραμένει κλειστή από Μεγάλη Παρασκευή έως "
           "Δευτέρα του Πάσχα. Καλή Ανάσταση!") for e in EASTER]


def notice_for(d):
    for a, b, t in CLOSED:
        if a - dt.timedelta(days=10) <= d <= b:
            return t
    if d.month == 8 and 1 <= d.day <= 22:
        return "Η γραμματεία παραμένει κλειστή 10–20 Αυγούστου. Καλό καλοκαίρι!"
    if (d.month == 12 and d.day >= 18) or (d.month == 1 and d.day <= 6):
        return "Χρόνια πολλά! Ωράριο γιορτών: 27–30 Δεκεμβρίου 10:00–14:00."
    return None


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["theme"] = "divi" if when < REDESIGN else "kadence"
    s["wpfc"] = (when - dt.timedelta(minutes=rng.randint(3, 600)), rng.randint(120, 980))
    if s["theme"] == "divi":
        s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10))
        s["etcache"] = C.keep_or(rng, prev.get("etcache"), 0.3, lambda: C.epoch(when) - rng.randint(3600, 40 * 86400))
    s["posts"] = tuple(p[2] for p in K.latest(POSTS, when, 3))
    m = K.local(when, "EET")
    s["success"] = 88 + (m.year * 12 + m.month) * 7 % 9
    s["notice"] = notice_for(m.date())
    s["versions"] = K.phase(when, VERSIONS)
    return s


LABELS = {"theme": "template redesign (Divi 4 -> Kadence block theme, September 2023)",
          "nonces": "Divi et_frontend_nonce / et_ab_log_nonce (WordPress nonces in the cached copy)",
          "wpfc": "WP Fastest Cache 'file was created' comment", "etcache": "Divi et-cache unified CSS ?ver= stamp",
          "posts": "latest blog posts module", "success": "exam success-rate counter (monthly)",
          "notice": "holiday notice (Easter, August, Christmas)",
          "versions": "Divi / Kadence / Kadence Blocks / WordPress versions in asset URLs"}


def blocks_divi(blocks):
    return C.render_blocks(blocks, sep="")


def blocks_gutenberg(blocks):
    return C.render_blocks(blocks, tags={"h2": ' class="wp-block-heading"', "ul": ' class="wp-block-list"'},
                           table=lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout">'
                           + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows)
                           + "</table></figure>", sep="\n\n\n\n")


def divi(s, blocks, when, posts, notice, year):
    n1, n2 = s["nonces"]
    phone = "210 9858 400" if "9858 400" in repr(blocks) else "210 9812 345"
    return (
        '<!DOCTYPE html>\n<html lang="el">\n<head>\n\t<meta charset="UTF-8" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n\t<link rel="pingback" href="%s/xmlrpc.php" />\n\n'
        '\t<script type="text/javascript">\n\t\tdocument.documentElement.className = \'js\';\n\t</script>\n\t\n'
        '\t<title>Πολιτική Απορρήτου | Σχολή Οδηγών Δρόμος</title>\n'
        '<meta name=\'robots\' content=\'max-image-preview:large\' />\n'
        '<link rel=\'stylesheet\' id=\'divi-style-parent-css\' href=\'%s/wp-content/themes/Divi/style-static.min.css?'
        'ver=%s\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'et-core-unified-deferred-3-css\' href=\'%s/wp-content/et-cache/3/et-core-'
        'unified-deferred-3.min.css?ver=%d\' type=\'text/css\' media=\'all\' />\n'
        '<link rel="canonical" href="%s" />\n<meta name="generator" content="Divi v.%s" />\n'
        '</head>\n<body class="privacy-policy page-template-default page page-id-3 et_pb_button_helper_class '
        'et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade '
        'et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background '
        'et_pb_gutter linux et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n'
        '\t<div id="page-container">\n\n\t\t\t<div id="top-header">\n\t\t\t<div class="container clearfix">\n'
        '\t\t\t\t<div id="et-info">\n\t\t\t\t\t<span id="et-info-phone">%s</span>\n'
        '\t\t\t\t\t<a href="mailto:info@sxolidromos.gr"><span id="et-info-email">info@sxolidromos.gr</span></a>\n'
        '\t\t\t\t</div>\n%s\t\t\t</div>\n\t\t</div>\n\n'
        '\t\t<header id="main-header" data-height-onload="66">\n\t\t\t<div class="container clearfix '
        'et_menu_container">\n\t\t\t\t<div class="logo_container">\n\t\t\t\t\t<span class="logo_helper"></span>\n'
        '\t\t\t\t\t<a href="%s/">\n\t\t\t\t\t\t<img src="%s/wp-content/uploads/2020/02/dromos-logo.png" width="300" '
        'height="90" alt="Σχολή Οδηγών Δρόμος" id="logo" data-height-percentage="54" />\n\t\t\t\t\t</a>\n'
        '\t\t\t\t</div>\n\t\t\t\t<div id="et-top-navigation" data-height="66" data-fixed-height="40">\n'
        '\t\t\t\t\t<nav id="top-menu-nav">\n\t\t\t\t\t<ul id="top-menu" class="nav"><li id="menu-item-25" '
        'class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="%s/diplomata/">'
        'Διπλώματα</a></li>\n<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page '
        'menu-item-26"><a href="%s/times/">Τιμές</a></li>\n<li id="menu-item-27" class="menu-item '
        'menu-item-type-post_type menu-item-object-page menu-item-27"><a href="%s/blog/">Blog</a></li>\n'
        '<li id="menu-item-28" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-28"><a '
        'href="%s/epikoinonia/">Επικοινωνία</a></li>\n</ul>\t\t\t\t\t</nav>\n\t\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t</header>\n\t\t\t<div id="et-main-area">\n\t\n<div id="main-content">\n\n\n\n\t\t\t\n'
        '\t\t\t\t<article id="post-3" class="post-3 page type-page status-publish hentry">\n\n\t\t\t\t\n'
        '\t\t\t\t\t<div class="entry-content">\n\t\t\t\t\t<div id="et-boc" class="et-boc">\n\t\t\t\n'
        '\t\t\t<div class="et-l et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">\n'
        '\t\t<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular" >\n'
        '\t\t\t\t<div class="et_pb_row et_pb_row_0">\n\t\t\t\t<div class="et_pb_column et_pb_column_4_4 '
        'et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">\n\t\t\t\t<div class="et_pb_module '
        'et_pb_text et_pb_text_0  et_pb_text_align_center et_pb_bg_layout_dark">\n\t\t\t\t<div class="et_pb_text_'
        'inner"><h1>Πολιτική Απορρήτου</h1></div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t<div class="et_pb_section et_pb_section_1 et_section_regular" >\n'
        '\t\t\t\t<div class="et_pb_row et_pb_row_1">\n\t\t\t\t<div class="et_pb_column et_pb_column_4_4 '
        'et_pb_column_1  et_pb_css_mix_blend_mode_passthrough et-last-child">\n\t\t\t\t<div class="et_pb_module '
        'et_pb_text et_pb_text_1  et_pb_text_align_left et_pb_bg_layout_light">\n\t\t\t\t<div class="et_pb_text_'
        'inner">%s</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular" >\n'
        '\t\t\t\t<div class="et_pb_row et_pb_row_2">\n\t\t\t\t<div class="et_pb_column et_pb_column_1_3 '
        'et_pb_column_2  et_pb_css_mix_blend_mode_passthrough">\n\t\t\t\t<div class="et_pb_with_border '
        'et_pb_module et_pb_number_counter et_pb_number_counter_0  et_pb_text_align_center et_pb_bg_layout_light '
        'et_pb_with_title" data-number-value="%d" data-number-separator="">\n\t\t\t\t<div class="percent" '
        'style=""><p><span class="percent-value"></span><span class="percent-sign">%%</span></p></div>\n'
        '\t\t\t\t<h3 class="title">Επιτυχία στις εξετάσεις πορείας</h3>\n\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t\t\t<div class="et_pb_column et_pb_column_2_3 et_pb_column_3  et_pb_css_mix_blend_mode_passthrough '
        'et-last-child">\n\t\t\t\t<div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper clearfix">\n'
        '\t\t\t\t\t<div class="et_pb_blog_grid clearfix et_pb_bg_layout_light ">\n\t\t\t\t\t<div class="et_pb_ajax_'
        'pagination_container">\n\t\t\t\t\t<div class="et_pb_salvattore_content" data-columns>%s</div>\n'
        '\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t</div>\n\t\t</div>\n\t\t\n\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\n\t\t\t\t</article>\n\n\t\t\t\n\n'
        '</div>\n\n\n\t\t\t<footer id="main-footer">\n\t\t\t\t<div id="footer-bottom">\n\t\t\t\t\t<div '
        'class="container clearfix">\n\t\t\t\t<div id="footer-info">© %d Σχολή Οδηγών Δρόμος · <a href="%s">'
        'Πολιτική Απορρήτου</a></div>\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</footer>\n\t\t</div>\n\n\n'
        '\t</div>\n\n\t<script type="text/javascript" id="divi-custom-script-js-extra">\n/* <![CDATA[ */\n'
        'var DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};\n'
        'var et_builder_utils_params = {"condition":{"diviTheme":true,"extraTheme":false},"scrollLocations":["app",'
        '"top"],"builderScrollLocations":{"desktop":"app","tablet":"app","phone":"app"},"onloadScrollLocation":'
        '"app","builderType":"fe"};\nvar et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc",'
        '"builderCssLayoutPrefix":"#et-boc .et-l"};\n'
        'var et_pb_custom = {"ajaxurl":"https:\\/\\/www.sxolidromos.gr\\/wp-admin\\/admin-ajax.php","images_uri":'
        '"https:\\/\\/www.sxolidromos.gr\\/wp-content\\/themes\\/Divi\\/images","builder_images_uri":"https:\\/\\/'
        'www.sxolidromos.gr\\/wp-content\\/themes\\/Divi\\/includes\\/builder\\/images","et_frontend_nonce":"%s",'
        '"subscription_failed":"Please, check the fields below to make sure you entered the correct information.",'
        '"et_ab_log_nonce":"%s","fill_message":"Please, fill in the following fields:","contact_error_message":'
        '"Please, fix the following errors:","invalid":"Invalid email","captcha":"Captcha","prev":"Prev",'
        '"previous":"Previous","next":"Next","wrong_captcha":"You entered the wrong number in captcha.",'
        '"wrong_checkbox":"Checkbox","ignore_ajax_for_external_links":"on","is_builder_plugin_used":"",'
        '"is_divi_theme_used":"1","widget_search_selector":".widget_search","ab_tests":[],"is_ab_testing_active":'
        '"","page_id":"3","unique_test_id":"","ab_bounce_rate":"5","is_cache_plugin_active":"yes",'
        '"is_shortcode_tracking":"","tinymce_uri":"","accent_color":"#e09900","waypoints_options":[]};\n'
        'var et_pb_box_shadow_elements = [];\n/* ]]> */\n</script>\n'
        '<script type="text/javascript" src="%s/wp-content/themes/Divi/js/scripts.min.js?ver=%s" '
        'id="divi-custom-script-js"></script>\n</body>\n</html>\n'
        % (BASE, BASE, s["versions"][0], BASE, s["etcache"], URL, s["versions"][0], phone, notice, BASE, BASE, BASE,
           BASE, BASE, BASE, blocks_divi(blocks), s["success"], posts, year, URL, n1, n2, BASE, s["versions"][0]))


def kadence(s, blocks, when, posts, notice, year):
    phone = "210 9858 400" if "9858 400" in repr(blocks) else "210 9812 345"
    return (
        '<!doctype html>\n<html lang="el" class="no-js" itemtype="https://schema.org/WebPage" itemscope>\n<head>\n'
        '\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1, '
        'minimum-scale=1">\n\t<title>Πολιτική Απορρήτου &#8211; Σχολή Οδηγών Δρόμος</title>\n'
        '<link rel=\'stylesheet\' id=\'kadence-global-css\' href=\'%s/wp-content/themes/kadence/assets/css/global.'
        'min.css?ver=%s\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'kadence-blocks-rowlayout-css\' href=\'%s/wp-content/plugins/kadence-blocks/'
        'dist/style-blocks-rowlayout.css?ver=%s\' media=\'all\' />\n'
        '<link rel="canonical" href="%s" />\n<meta name="generator" content="WordPress %s" />\n'
        '</head>\n\n<body class="privacy-policy wp-singular page-template-default page page-id-3 wp-embed-responsive '
        'footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal content-width-narrow '
        'content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">\n'
        '<div id="wrapper" class="site wp-site-blocks">\n\t\t\t<a class="skip-link screen-reader-text scroll-ignore" '
        'href="#main">Μετάβαση στο περιεχόμενο</a>\n\t\t%s'
        '<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>\n'
        '\t<div id="main-header" class="site-header-wrap">\n\t\t<div class="site-header-inner-wrap">\n'
        '\t\t\t<div class="site-header-upper-wrap">\n\t\t\t\t<div class="site-header-upper-inner-wrap">\n'
        '<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-'
        'standard" data-section="kadence_customizer_header_main">\n\t<div class="site-header-row-container-inner">\n'
        '\t\t<div class="site-container">\n\t\t\t<div class="site-main-header-inner-wrap site-header-row '
        'site-header-row-has-sides site-header-row-no-center">\n'
        '<div class="site-header-main-section-left site-header-section site-header-section-left">\n'
        '<div class="site-header-item site-header-focus-item" data-section="title_tagline">\n'
        '<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" '
        'href="%s/" rel="home"><img width="300" height="90" src="%s/wp-content/uploads/2024/09/dromos-logo-2024.svg" '
        'class="custom-logo" alt="Σχολή Οδηγών Δρόμος" decoding="async" /></a></div></div></div>\n'
        '<div class="site-header-main-section-right site-header-section site-header-section-right">\n'
        '<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-'
        'layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_'
        'navigation">\n\t<nav id="site-navigation" class="main-navigation header-navigation hover-to-open nav--'
        'toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" '
        'aria-label="Primary">\n\t\t\t<div class="primary-menu-container header-menu-container">\n'
        '\t<ul id="primary-menu" class="menu"><li id="menu-item-25" class="menu-item menu-item-type-post_type '
        'menu-item-object-page menu-item-25"><a href="%s/diplomata/">Διπλώματα</a></li><li id="menu-item-26" '
        'class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="%s/times/">Τιμές</a>'
        '</li><li id="menu-item-27" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-27">'
        '<a href="%s/blog/">Blog</a></li><li id="menu-item-28" class="menu-item menu-item-type-post_type '
        'menu-item-object-page menu-item-28"><a href="%s/epikoinonia/">Επικοινωνία</a></li></ul>\t\t</div>\n'
        '\t</nav>\n\t</div>\n<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_'
        'header_button">\n\t<div class="header-button-wrap"><div class="header-button-inner-wrap"><a href="tel:%s" '
        'class="button header-button button-size-medium button-style-filled">%s</a></div></div></div>\n'
        '</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n'
        '</header><!-- #masthead -->\n\n\t<main id="inner-wrap" class="wrap kt-clear" role="main">\n'
        '\t<div id="primary" class="content-area">\n\t<div class="content-container site-container">\n'
        '\t\t<div id="main" class="site-main">\n\t\t\t\t\t\t<div class="content-wrap">\n'
        '\t\t\t\t<article id="post-3" class="entry content-bg single-entry post-3 page type-page status-publish '
        'hentry">\n\t<div class="entry-content-wrap">\n\t\t<header class="entry-header page-title title-align-'
        'inherit title-tablet-align-inherit title-mobile-align-inherit">\n\t<h1 class="entry-title">Πολιτική '
        'Απορρήτου</h1></header><!-- .entry-header -->\n\n<div class="entry-content single-content">\n%s\n'
        '</div><!-- .entry-content -->\n\t</div>\n</article><!-- #post-3 -->\n\n'
        '<div class="kb-row-layout-wrap kb-row-layout-id3_7b2e91-4c alignnone wp-block-kadence-rowlayout dromos-'
        'after-content"><div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-equal kt-tab-layout-inherit '
        'kt-mobile-layout-row kt-row-valign-top"><div class="wp-block-kadence-column kadence-column3_1f0c4a-9e">'
        '<div class="kt-inside-inner-col"><p class="dromos-success"><strong>%d%%</strong> επιτυχία στις εξετάσεις '
        'πορείας</p></div></div><div class="wp-block-kadence-column kadence-column3_a83d25-71"><div '
        'class="kt-inside-inner-col"><ul class="wp-block-latest-posts__list wp-block-latest-posts">%s</ul></div>'
        '</div></div></div>\n'
        '\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t</div>\n\t</div>\n\t</main><!-- #inner-wrap -->\n'
        '\t<footer id="colophon" class="site-footer" role="contentinfo">\n\t<div class="site-footer-wrap">\n'
        '\t\t<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-'
        'layout-standard" data-section="kadence_customizer_footer_bottom">\n\t<div class="site-footer-row-container-'
        'inner">\n\t\t<div class="site-container">\n\t\t\t<div class="site-bottom-footer-inner-wrap site-footer-row '
        'site-footer-row-columns-1">\n\t\t\t\t<div class="site-footer-bottom-section-1 site-footer-section '
        'footer-section-inner-items-1">\n<div class="footer-widget-area site-info site-footer-focus-item '
        'content-align-default" data-section="kadence_customizer_footer_html">\n\t<div class="footer-widget-area-'
        'inner site-info-inner">\n\t\t<div class="footer-html inner-link-style-normal"><div class="footer-html-'
        'inner"><p>&copy; %d Σχολή Οδηγών Δρόμος · <a href="%s">Πολιτική Απορρήτου</a></p>\n</div></div>\t</div>\n'
        '</div>\n</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n\t</div>\n</footer><!-- #colophon -->\n\n'
        '</div><!-- #wrapper -->\n\n'
        '<script id="kadence-navigation-js-extra">\nvar kadenceConfig = {"screenReader":{"expand":"\\u0391\\u03bd'
        '\\u03ac\\u03c0\\u03c4\\u03c5\\u03be\\u03b7","collapse":"\\u03a3\\u03cd\\u03bc\\u03c0\\u03c4\\u03c5\\u03be'
        '\\u03b7"},"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};\n</script>\n'
        '<script src="%s/wp-content/themes/kadence/assets/js/navigation.min.js?ver=%s" id="kadence-navigation-js" '
        'async></script>\n</body>\n</html>\n'
        % (BASE, s["versions"][1], BASE, s["versions"][2], URL, s["versions"][3], notice, BASE, BASE, BASE, BASE,
           BASE, BASE,
           phone.replace(" ", ""), phone, blocks_gutenberg(blocks), s["success"], posts, year, URL, BASE,
           s["versions"][1]))


VERSIONS = [(dt.date(2021, 11, 1), ("4.14.1", "", "", "5.8.2")),
            (dt.date(2022, 8, 22), ("4.18.0", "", "", "6.0.1")),
            (dt.date(2023, 4, 3), ("4.20.2", "", "", "6.2")),
            (dt.date(2023, 9, 18), ("", "1.1.47", "3.1.15", "6.3.1")),
            (dt.date(2024, 4, 8), ("", "1.2.3", "3.2.34", "6.5")),
            (dt.date(2025, 4, 7), ("", "1.2.16", "3.4.12", "6.7.2")),
            (dt.date(2025, 11, 24), ("", "1.2.24", "3.5.21", "6.8.3")),
            (dt.date(2026, 6, 1), ("", "1.3.4", "3.6.2", "6.9.1"))]


def render(s, blocks, when):
    year = K.local(when, "EET").year
    made, secs = s["wpfc"]
    latest = [p for p in K.latest(POSTS, when, 3)]
    if s["theme"] == "divi":
        notice = ('\t\t\t\t<div id="et-secondary-menu"><div class="dromos-notice">%s</div></div>\n' % C.esc(s["notice"])
                  if s["notice"] else "")
        posts = "".join('<article id="post-%d" class="et_pb_post clearfix et_pb_blog_item_0_%d post-%d post '
                        'type-post status-publish format-standard hentry"><h2 class="entry-title"><a href="%s/%s/">%s'
                        '</a></h2><p class="post-meta"><span class="published">%s</span></p></article>'
                        % (400 + n, n, 400 + n, BASE, sl, C.esc(t), "%s %d, %d" % (MINES[d.month - 1][:3], d.day,
                                                                                   d.year))
                        for n, (d, t, sl) in enumerate(latest))
        out = divi(s, blocks, when, posts, notice, year)
    else:
        notice = ('<div class="dromos-notice-bar" role="status"><div class="site-container">%s</div></div>\n'
                  % C.esc(s["notice"]) if s["notice"] else "")
        posts = "".join('<li><a class="wp-block-latest-posts__post-title" href="%s/%s/">%s</a><time datetime="%s" '
                        'class="wp-block-latest-posts__post-date">%s</time></li>'
                        % (BASE, sl, C.esc(t), d.isoformat(), fmt_date(d)) for d, t, sl in latest)
        out = kadence(s, blocks, when, posts, notice, year)
    ml = K.local(made, "EET")
    return out + ("<!-- WP Fastest Cache file was created in 0.%d seconds, on %s -->"
                  % (secs, ml.strftime("%d-%m-%y %H:%M:%S")))


PAGE = {
    "service": "Sxoli Odigon Dromos", "url": URL, "lang": "el-GR", "platform": "WordPress + Divi, then Kadence",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Vary", "Accept-Encoding,Cookie"), ("Cache-Control", "max-age=3, "
                      "must-revalidate")),
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 10, 30), "hours": (3, 9, 15, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ".entry-content.single-content"},
    "history": [{"fetch": URL, "select": ".et_pb_text_1 .et_pb_text_inner",
                 "validUntil": REDESIGN.strftime("%Y-%m-%dT%H:%M:%SZ")}],
}
