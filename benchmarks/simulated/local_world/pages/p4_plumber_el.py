"""Papadopoulos plumbing and heating, Marousi (Athens): a one-man plumber's site on Duda (sold through a reseller
agency), Greek. The policy page is one responsive row: a column of `dmNewParagraph` text widgets (one per
section, text wrapped in Duda's `<span style="display: initial;">`) and two table widgets. The declaration
selects the column by its numeric Duda id (`[id="1739204131"]`: an id starting with a digit, so not `#...`).
Clean inside. Noise: Duda's runtime build (`/mnlt/production/NNNN/` asset paths and `d_version`) moves with
Duda's near-daily deploys, `Parameters.PublicationDate` and the site's revision on each republish, the header
strip with the technician on emergency duty today, and the Google-reviews row under the policy (rating, count,
latest review).
"""
import datetime as dt
import html

import common as C

MHNES = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def fmt_date(d):
    return "Τελευταία ενημέρωση: %d %s %d" % (d.day, MHNES[d.month - 1], d.year)


POLICY = """
# Πολιτική Απορρήτου

{UPDATED}

Η επιχείρηση «Παπαδόπουλος Υδραυλικές Εγκαταστάσεις» σέβεται την ιδιωτικότητα των πελατών της και των επισκεπτών της ιστοσελίδας της. Η παρούσα Πολιτική Απορρήτου εξηγεί ποια προσωπικά δεδομένα συλλέγουμε όταν μας καλείτε για μια βλάβη, όταν ζητάτε προσφορά μέσω της φόρμας επικοινωνίας ή όταν επισκέπτεστε την ιστοσελίδα μας, για ποιο σκοπό τα χρησιμοποιούμε και ποια δικαιώματα έχετε σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

@ Γεώργιος Παπαδόπουλος – Υδραυλικές Εγκαταστάσεις
@ Λεωφόρος Κηφισίας 218
@ 151 24 Μαρούσι
@ Τηλ.: 210 612 3456 – Κινητό: 694 412 3456
@ Email: info@ydravlikos-papadopoulos.gr
@ ΑΦΜ: 045678912 – ΔΟΥ Αμαρουσίου

## 2. Ποια δεδομένα συλλέγουμε

Συλλέγουμε μόνο τα δεδομένα που χρειαζόμαστε για να σας εξυπηρετήσουμε:

- Στοιχεία επικοινωνίας: ονοματεπώνυμο, τηλέφωνο και διεύθυνση email
- Διεύθυνση του ακινήτου όπου θα γίνει η εργασία, όροφος και πληροφορίες πρόσβασης (π.χ. κουδούνι ή κωδικός εισόδου)
- Περιγραφή της βλάβης ή της εργασίας και φωτογραφίες που μας στέλνετε μέσω Viber, WhatsApp ή email
- Στοιχεία τιμολόγησης: ΑΦΜ, ΔΟΥ και επωνυμία, εφόσον ζητάτε τιμολόγιο
- Ιστορικό εργασιών, εγγυήσεις ανταλλακτικών και συντηρήσεων (π.χ. ετήσιο σέρβις λέβητα)
- Τεχνικά δεδομένα από την επίσκεψή σας στην ιστοσελίδα (διεύθυνση IP, τύπος συσκευής και φυλλομετρητή, σελίδες που επισκεφθήκατε)

Δεν ζητάμε και δεν επεξεργαζόμαστε ειδικές κατηγορίες δεδομένων, όπως δεδομένα υγείας. Αν μας καλέσετε για επείγουσα βλάβη, ενδέχεται να σημειώσουμε πρόσθετες πληροφορίες, για παράδειγμα αν στο σπίτι υπάρχουν ηλικιωμένοι ή μικρά παιδιά, αποκλειστικά για να δώσουμε προτεραιότητα στην επίσκεψη.

Όταν μας στέλνετε φωτογραφίες ή βίντεο της βλάβης μέσω Viber ή WhatsApp, τα αρχεία αποθηκεύονται στο επαγγελματικό μας κινητό. Σας παρακαλούμε να μη φωτογραφίζετε πρόσωπα, έγγραφα ή άλλα προσωπικά αντικείμενα. Τα μηνύματα αυτά τα χρησιμοποιούμε μόνο για να εκτιμήσουμε τη βλάβη, να σας δώσουμε προσφορά και να φέρουμε τα σωστά ανταλλακτικά ήδη από την πρώτη επίσκεψη.

## 3. Σκοποί και νομική βάση

| Σκοπός | Νομική βάση |
| Επικοινωνία, προγραμματισμός επίσκεψης και εκτέλεση της εργασίας | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στ. β ΓΚΠΔ) |
| Έκδοση αποδείξεων και τιμολογίων, τήρηση βιβλίων | Νομική υποχρέωση (άρθρο 6 παρ. 1 στ. γ ΓΚΠΔ) |
| Υπενθύμιση ετήσιας συντήρησης λέβητα ή θερμοσίφωνα | Συγκατάθεση (άρθρο 6 παρ. 1 στ. α ΓΚΠΔ) |
| Διαχείριση εγγυήσεων και παραπόνων | Έννομο συμφέρον (άρθρο 6 παρ. 1 στ. στ ΓΚΠΔ) |
| Στατιστικά επισκεψιμότητας της ιστοσελίδας | Συγκατάθεση μέσω του banner cookies |

## 4. Σε ποιους κοινοποιούμε τα δεδομένα σας

Δεν πουλάμε και δεν νοικιάζουμε τα δεδομένα σας. Μπορεί να τα κοινοποιήσουμε μόνο:

- στον λογιστή μας, για τη φορολογική και λογιστική μας τήρηση
- στην ΑΑΔΕ μέσω της πλατφόρμας myDATA, για τη διαβίβαση των παραστατικών
- σε συνεργάτες τεχνικούς (π.χ. ηλεκτρολόγο ή τεχνικό αερίου), μόνο όταν η εργασία το απαιτεί και αφού σας ενημερώσουμε
- στους παρόχους που φιλοξενούν την ιστοσελίδα και την αλληλογραφία μας, σύμφωνα με τον παρακάτω πίνακα

| Πάροχος | Υπηρεσία | Χώρα |
| Duda Inc. | Κατασκευή και φιλοξενία ιστοσελίδας | ΗΠΑ |
| Google Ireland Ltd | Email (Google Workspace) και Google Analytics | Ιρλανδία / ΗΠΑ |
| Viber Media S.à r.l. | Επικοινωνία με μηνύματα | Λουξεμβούργο |

Η διαβίβαση δεδομένων στις ΗΠΑ γίνεται με βάση τις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.

## 5. Πόσο καιρό κρατάμε τα δεδομένα

- Τα στοιχεία των εργασιών και τα παραστατικά τα διατηρούμε για 5 χρόνια από το τέλος της χρήσης, όπως ορίζει η φορολογική νομοθεσία.
- Τα αιτήματα προσφοράς που δεν κατέληξαν σε εργασία τα διαγράφουμε μετά από 12 μήνες.
- Τις φωτογραφίες βλαβών τις διαγράφουμε μετά την ολοκλήρωση της εργασίας και τη λήξη της εγγύησης.
- Τα στοιχεία για την υπενθύμιση συντήρησης τα κρατάμε μέχρι να ανακαλέσετε τη συγκατάθεσή σας.

## 6. Cookies

Η ιστοσελίδα χρησιμοποιεί απαραίτητα cookies για τη λειτουργία της και, μόνο με τη συγκατάθεσή σας, cookies του Google Analytics για στατιστικά επισκεψιμότητας. Τα cookies του Google Analytics διατηρούνται έως 14 μήνες και η διεύθυνση IP σας δεν αποθηκεύεται ολόκληρη. Μπορείτε να αλλάξετε τις επιλογές σας οποιαδήποτε στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος της σελίδας.

## 7. Τα δικαιώματά σας

Έχετε δικαίωμα:

- πρόσβασης στα δεδομένα σας και λήψης αντιγράφου
- διόρθωσης ανακριβών ή ελλιπών δεδομένων
- διαγραφής, όταν δεν υπάρχει νόμιμος λόγος διατήρησης
- περιορισμού της επεξεργασίας και εναντίωσης σε αυτήν
- φορητότητας των δεδομένων που μας δώσατε
- ανάκλησης της συγκατάθεσής σας οποτεδήποτε, χωρίς να θίγεται η νομιμότητα της επεξεργασίας πριν από την ανάκληση

Για να ασκήσετε τα δικαιώματά σας, στείλτε μας email στο info@ydravlikos-papadopoulos.gr ή καλέστε μας. Θα σας απαντήσουμε εντός ενός μήνα. Αν θεωρείτε ότι παραβιάζονται τα δικαιώματά σας, μπορείτε να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 8. Ασφάλεια

Τηρούμε τα στοιχεία των πελατών μας σε λογισμικό τιμολόγησης που προστατεύεται με κωδικό και σε κινητά τηλέφωνα με κλείδωμα οθόνης. Τα έντυπα δελτία εργασίας φυλάσσονται στο γραφείο μας σε κλειδωμένο ερμαριο. Η ιστοσελίδα λειτουργεί αποκλειστικά μέσω κρυπτογραφημένης σύνδεσης HTTPS. Σε περίπτωση παραβίασης δεδομένων που ενδέχεται να σας επηρεάσει, θα σας ενημερώσουμε χωρίς καθυστέρηση και θα ειδοποιήσουμε την Αρχή εντός 72 ωρών, όπως προβλέπει ο ΓΚΠΔ.

## 9. Αλλαγές

Ενδέχεται να τροποποιήσουμε την παρούσα πολιτική, για παράδειγμα όταν αλλάζουμε συνεργάτες ή όταν αλλάζει η νομοθεσία. Την τρέχουσα έκδοση θα τη βρίσκετε πάντα σε αυτή τη σελίδα, με την ημερομηνία τελευταίας ενημέρωσης στην αρχή.
"""

EDITS = [
    {"note": "WhatsApp Business (Meta) added to the processors table",
     "repl": [("| Viber Media S.à r.l. | Επικοινωνία με μηνύματα | Λουξεμβούργο |",
               "| Viber Media S.à r.l. | Επικοινωνία με μηνύματα | Λουξεμβούργο |\n"
               "| Meta Platforms Ireland Ltd | Επικοινωνία μέσω WhatsApp Business | Ιρλανδία |")]},
    {"note": "typo fixed: 'ερμαριο' -> 'ερμάριο' (no new date)", "bump": False,
     "repl": [("κλειδωμένο ερμαριο.", "κλειδωμένο ερμάριο.")]},
    {"note": "quote requests deleted after 6 months instead of 12",
     "repl": [("τα διαγράφουμε μετά από 12 μήνες.", "τα διαγράφουμε μετά από 6 μήνες.")]},
    {"note": "card payments on site: Viva Wallet POS paragraph and table row added",
     "repl": [("| Meta Platforms Ireland Ltd | Επικοινωνία μέσω WhatsApp Business | Ιρλανδία |",
               "| Meta Platforms Ireland Ltd | Επικοινωνία μέσω WhatsApp Business | Ιρλανδία |\n"
               "| Viva Wallet S.A. | Πληρωμές με κάρτα στο φορητό τερματικό POS | Ελλάδα |"),
              ("Η διαβίβαση δεδομένων στις ΗΠΑ",
               "Για πληρωμές με κάρτα στο σημείο της εργασίας χρησιμοποιούμε φορητό τερματικό POS της Viva "
               "Wallet. Τα στοιχεία της κάρτας σας τα επεξεργάζεται αποκλειστικά η Viva Wallet και δεν "
               "αποθηκεύονται από εμάς.\n\nΗ διαβίβαση δεδομένων στις ΗΠΑ")]},
    {"note": "US transfers: EU-US Data Privacy Framework added",
     "repl": [("γίνεται με βάση τις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.",
               "γίνεται με βάση το Πλαίσιο Προστασίας Δεδομένων ΕΕ-ΗΠΑ (Data Privacy Framework) ή, όπου αυτό "
               "δεν εφαρμόζεται, με βάση τις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.")]},
    {"note": "office moved: new street address",
     "repl": [("@ Λεωφόρος Κηφισίας 218", "@ Αγίου Κωνσταντίνου 40")]},
]

TECHS = ["Γιώργος", "Νίκος", "Γιώργος", "Σταύρος", "Νίκος", "Σταύρος", "Γιώργος"]
REVIEWERS = [("Μαρία Κ.", "Ήρθε μέσα σε μία ώρα για διαρροή στο μπάνιο. Καθαρή δουλειά και λογικές τιμές!"),
             ("Δημήτρης Α.", "Άλλαξε τον θερμοσίφωνα την ίδια μέρα. Πολύ συνεπής, τον συστήνω."),
             ("Ελένη Π.", "Εξαιρετικός επαγγελματίας, εξήγησε τα πάντα και άφησε τον χώρο πεντακάθαρο."),
             ("Κώστας Μ.", "Σέρβις λέβητα χωρίς καθυστερήσεις. Θα τον ξαναφωνάξω σίγουρα."),
             ("Άννα Σ.", "Ξεβούλωσε την αποχέτευση Κυριακή πρωί. Σωτήρας!"),
             ("Παναγιώτης Λ.", "Τίμιος και γρήγορος. Έδωσε προσφορά από την αρχή και την τήρησε."),
             ("Σοφία Β.", "Πολύ ευγενικός, ήρθε ακριβώς στην ώρα που είπε.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    days = (when - dt.datetime(2020, 1, 1)).days
    st["duda_build"] = max((prev.get("duda_build") or 0) + 1, 4100 + int(days * 0.72) + rng.randint(0, 3))
    st["publish"] = C.keep_or(rng, prev.get("publish"), 0.18, lambda: [
        (when - dt.timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 1400))).strftime(
            "%a %b %d %H:%M:%S UTC %Y"), rng.randint(180, 990)])
    st["duty"] = TECHS[when.date().toordinal() % 7]

    def rev():
        base = 96 + int(days * 0.09)
        who = rng.randrange(len(REVIEWERS))
        return [base + rng.randint(0, 4), who, rng.choice([4.8, 4.9, 4.9, 4.9])]
    r = C.keep_or(rng, prev.get("reviews"), 0.5, rev)
    if prev.get("reviews") and r[0] < prev["reviews"][0]:
        r = [prev["reviews"][0]] + r[1:]
    st["reviews"] = r
    return st


LABELS = {"duda_build": "Duda runtime build in asset paths (near-daily deploys)",
          "publish": "site republished: PublicationDate, revision",
          "duty": "header strip: technician on emergency duty today",
          "reviews": "Google-reviews row under the policy (count, rating, latest review)",
          "page_css": "the page's CSS bundle version (rebuilt when the page is republished)"}


def _span(inner):
    return '<span style="display: initial;">%s</span>' % inner


def _widget_id(n):
    return 1847391028 + 7919 * n


def column_html(blocks):
    """One dmNewParagraph per section (heading + its text), a table widget per table."""
    out, cur = [], []
    n = [0]

    def flush():
        if cur:
            n[0] += 1
            out.append('<div class="dmNewParagraph" data-element-type="paragraph" id="%d" '
                       'style="transition: none 0s ease 0s; text-align: left; display: block;" data-version="5">'
                       '%s</div>' % (_widget_id(n[0]), "".join(cur)))
            del cur[:]

    for kind, v in blocks:
        if kind in ("h1", "h2"):
            flush()
            tag, cls = ("h1", "m-size-26 size-34") if kind == "h1" else ("h3", "m-size-20 size-24")
            cur.append('<%s class="%s">%s</%s>' % (tag, cls, _span(C.inline_html(v)), tag))
        elif kind == "p":
            cur.append('<p class="m-size-14 size-16 text-align-justify">%s</p>' % _span(C.inline_html(v)))
        elif kind == "addr":
            cur.append('<p class="m-size-14 size-16">%s</p>' % "<br/>".join(_span(C.inline_html(x)) for x in v))
        elif kind == "ul":
            cur.append('<ul class="defaultList bullet">%s</ul>' % "".join(
                '<li>%s</li>' % _span(C.inline_html(x)) for x in v))
        elif kind == "table":
            flush()
            n[0] += 1
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="dmCustomWidget widget-table" data-element-type="custom" data-widget-type="table" '
                       'id="%d"><div class="dmTableWrapper"><table class="dmTable striped"><thead><tr>%s</tr>'
                       '</thead><tbody>%s</tbody></table></div></div>' % (_widget_id(n[0]), head, body))
        else:
            raise ValueError(kind)
    flush()
    return "".join(out)


def render(state, blocks, when):
    build = state["duda_build"]
    pubdate, rev = state["publish"]
    state["page_css"] = C.det_sha(repr(blocks))[:10]  # the page's own CSS bundle is rebuilt when it is republished
    count, who, rating = state["reviews"]
    rname, rtext = REVIEWERS[who]
    static = "https://static.cdn-website.com/mnlt/production/%d" % build
    menu = [("Αρχική", "/"), ("Υπηρεσίες", "/ypiresies"), ("Λέβητες & Θέρμανση", "/levites-thermansi"),
            ("Αποφράξεις", "/apofraxeis"), ("Επικοινωνία", "/epikoinonia")]
    nav = "".join('<li class="dmUDNavigationItem_00 unifiednav__item-wrap"><a href="%s" class="unifiednav__item" '
                  'target="" data-target-page-alias=""><span class="nav-item-text">%s</span></a></li>' % (u, t)
                  for t, u in menu)
    return """<!DOCTYPE html>
<html lang="el" class="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<meta name="HandheldFriendly" content="true">
<title>Πολιτική Απορρήτου | Υδραυλικός Μαρούσι - Παπαδόπουλος</title>
<meta name="description" content="Πολιτική απορρήτου της επιχείρησης Παπαδόπουλος Υδραυλικές Εγκαταστάσεις, Μαρούσι.">
<meta property="og:type" content="website">
<meta property="og:title" content="Πολιτική Απορρήτου">
<link rel="canonical" href="https://www.ydravlikos-papadopoulos.gr/politiki-aporritou">
<link rel="preconnect" href="https://lirp.cdn-website.com/">
<link rel="preconnect" href="https://static.cdn-website.com/">
<script>
var _dm_gaq = {};
var _gaq = _gaq || [];
var _dm_insite = [];
</script>
<script type="text/javascript" id="d-js-params">
window.Parameters = window.Parameters || {
    AjaxContainer: 'div.dmBody',
    WrappingContainer: 'div.dmOuter',
    HeaderContainer: 'div.dmHeaderContainer',
    menuSelector: 'nav:not(.unifiednav) ul.dmNav',
    SiteAlias: 'f3a81c2d',
    SiteType: atob('RElZ'),
    PublicationDate: '%(pub)s',
    ExternalUid: null,
    SiteId: '2089513',
    IsSiteMultilingual: false,
    InitialPostAlias: '',
    InitialDynamicItem: '',
    DynamicPageInfo: null,
    SiteRevision: %(rev)d,
    isAppVersion: false,
    isMobileWeb: false,
    StaticCdnHost: 'https://static.cdn-website.com'
};
var d_version = "production_%(build)d";
</script>
<link rel="stylesheet" href="%(static)s/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css">
<link rel="stylesheet" href="https://irp.cdn-website.com/f3a81c2d/files/f3a81c2d_1.min.css?v=%(rev)d" id="siteGlobalCss">
<link rel="stylesheet" href="https://irp.cdn-website.com/f3a81c2d/files/f3a81c2d_politiki-aporritou.min.css?v=%(pcss)s" id="homeCssLink">
<script src="%(static)s/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js" defer></script>
<script src="%(static)s/_dm/s/rt/dist/scripts/d-js-jquery-migrate.min.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Plumber","name":"Παπαδόπουλος Υδραυλικές Εγκαταστάσεις","telephone":"+30 210 612 3456","address":{"@type":"PostalAddress","addressLocality":"Μαρούσι","postalCode":"15124","addressCountry":"GR"},"openingHours":"Mo-Sa 08:00-20:00"}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QX8R2LM5T1"></script>
</head>
<body id="dmRoot" data-page-alias="politiki-aporritou" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet" style="padding:0;margin:0;">
<div id="dm" class="dmwr">
<div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true">
<div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations rows-1200 hamburger-reverse dmPageBody d-page-1716942098 inputs-css-clean dmFreeHeader" id="dm-outer-wrapper" data-page-class="1716942098" data-soch="true" data-background-parallax-selector=".dmHomeSection1, .dmSectionParallex">
<div id="dmStyle_outerContainer" class="dmOuter">
<div id="dmStyle_innerContainer" class="dmInner">
<div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="site_content">
<div class="p_hfcontainer showOnMedium showOnLarge">
<div id="hcontainer" class="u_hcontainer dmHeaderContainer fHeader d-header-wrapper">
<div id="hcontainer-strip" class="dmRespRow u_1592837430 fullBleedChanged fullBleedMode" style="text-align:center;"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12"><div class="dmNewParagraph" data-element-type="paragraph" id="1592837431" data-version="5"><p class="text-align-center"><span style="display: initial;">Επείγουσα βλάβη; Εφημερία 24/7 – σήμερα εφημερεύει ο %(duty)s · <a href="tel:+306944123456">694 412 3456</a></span></p></div></div></div></div>
<div dm:templateorder="85" class="dmHeader u_hcontainer" id="1709005236"><div class="dmRespRow"><div class="dmRespColsWrapper"><div class="dmRespCol large-4 medium-4 small-12"><div class="imageWidget align-center" data-element-type="image" data-widget-type="image" id="1155834126"><a href="/" id="1497206316"><img src="https://lirp.cdn-website.com/f3a81c2d/dms3rep/multi/opt/logo-papadopoulos-1920w.png" alt="Παπαδόπουλος Υδραυλικές Εγκαταστάσεις" id="1960328174" class=""></a></div></div><div class="dmRespCol large-8 medium-8 small-12"><nav class="u_1377285430 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation" layout-main="horizontal_nav_layout_2" data-nav-structure="HORIZONTAL" id="1377285430"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">%(nav)s</ul></nav></div></div></div></div>
</div>
</div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_politiki-aporritou dm-home-page">
<div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent" role="main">
<div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="1716942098">
<div class="innerPageTmplBox dmDefaultPage dmAboutListPage dmRespRowsWrapper" id="1208742451">
<div class="dmRespRow u_1423719024" id="1423719024" style="padding-top:60px;padding-bottom:40px;"><div class="dmRespColsWrapper" id="1371824012"><div class="dmRespCol large-12 medium-12 small-12 u_1739204131" id="1739204131">%(policy)s</div></div></div>
<div class="dmRespRow u_1566023874 dmSectionNoParallax" id="1566023874" style="background-color:rgba(240,244,248,1);"><div class="dmRespColsWrapper" id="1402817316"><div class="dmRespCol large-4 medium-4 small-12" id="1838117244"><div class="dmNewParagraph" data-element-type="paragraph" id="1188345602" data-version="5"><h4><span style="display: initial;">Τι λένε οι πελάτες μας</span></h4><p><span style="display: initial;">%(rating)s ★★★★★ · %(count)d κριτικές Google</span></p></div></div><div class="dmRespCol large-8 medium-8 small-12" id="1246902130"><div class="dmNewParagraph" data-element-type="paragraph" id="1093877245" data-version="5"><p><span style="display: initial;">«%(rtext)s»</span></p><p><span style="display: initial;">– %(rname)s</span></p></div></div></div></div>
</div>
</div>
</div>
</div>
</div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div dm:templateorder="250" class="dmFooterResp generalFooter" id="1943048428"><div class="dmRespRow" id="1396554950"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12"><div class="dmNewParagraph" data-element-type="paragraph" id="1290173625" data-version="5"><p class="text-align-center"><span style="display: initial;">© %(year)d Παπαδόπουλος Υδραυλικές Εγκαταστάσεις · Μαρούσι · <a href="/politiki-aporritou">Πολιτική Απορρήτου</a> · <a href="#" class="dmCookiesSettings">Ρυθμίσεις cookies</a></span></p></div></div></div></div></div></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
<div id="dm-cookie-notification" class="cookie-notification-light" style="display:none;" data-cookie-notification="true"><span class="cookie-text">Χρησιμοποιούμε cookies για τη λειτουργία της ιστοσελίδας και, με τη συγκατάθεσή σας, για στατιστικά.</span><a class="cookie-accept" href="#">Αποδοχή</a><a class="cookie-reject" href="#">Απόρριψη</a></div>
<a href="tel:+302106123456" class="dmCall voipReplacement showOnMobile" id="floatingCallButton"><span class="icon"></span><span class="text">Κλήση</span></a>
</body>
</html>
""" % {"pub": pubdate, "pcss": state["page_css"], "rev": rev, "build": build, "bdate": when.strftime("%Y-%m-%dT%H_%M_%S"), "static": static,
       "duty": state["duty"], "nav": nav, "policy": column_html(blocks), "rating": ("%.1f" % rating).replace(".", ","),
       "count": count, "rtext": html.escape(rtext), "rname": html.escape(rname), "year": when.year}


PAGE = {
    "service": "Papadopoulos Ydravlikos",
    "url": "https://www.ydravlikos-papadopoulos.gr/politiki-aporritou",
    "lang": "el",
    "platform": "Duda",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Server", "Apache"), ("X-Cache", "Miss from cloudfront"), ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2021, 11, 15),
    "end": dt.date(2024, 12, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": '[id="1739204131"]'},
}
