"""Μεταφορές Αργυρίου (Greek; Athens removals, international moves and furniture storage), a Joomla site with the
Helix Ultimate template (JoomShaper), the policy a com_content article written in JCE. Joomla 3.10 until the summer
of 2024, then Joomla 4.4 with Helix Ultimate 2 (asset URLs, media version, joomla-script-options with csrf.token,
header markup); the article markup and the curators' selector survive the upgrade. Volatile: the article's hits
counter ('Εμφανίσεις: N') in `.article-info` INSIDE the selected `.article-details` (the declaration removes it);
outside it, the Joomla form token of the RSForm! Pro quote form in the footer (new session per visit), the top
bar's open/closed status by Athens time, the media version on updates."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.argyriou-metafores.gr/politiki-aporritou"
UPGRADE = dt.datetime(2024, 7, 2, 9, 0)

POLICY = """
# Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η εταιρεία «Γ. ΑΡΓΥΡΙΟΥ & ΣΙΑ Ο.Ε. – Μεταφορές Μετακομίσεις» (εφεξής «η Εταιρεία» ή «εμείς») σέβεται την ιδιωτικότητα των πελατών της. Με την παρούσα πολιτική σας ενημερώνουμε, σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019, για τον τρόπο με τον οποίο συλλέγουμε και επεξεργαζόμαστε τα προσωπικά σας δεδομένα όταν ζητάτε προσφορά, όταν μας αναθέτετε μετακόμιση, μεταφορά ή φύλαξη επίπλων, καθώς και όταν επισκέπτεστε την ιστοσελίδα μας.

## 1. Υπεύθυνος επεξεργασίας

@ Γ. ΑΡΓΥΡΙΟΥ & ΣΙΑ Ο.Ε.
@ Λεωφ. Αθηνών 214
@ 104 47 Αθήνα
@ ΑΦΜ 082417395 – ΔΟΥ Ζ΄ Αθηνών
@ Τηλ.: 210 5128 440

Για κάθε θέμα σχετικό με τα προσωπικά σας δεδομένα μπορείτε να επικοινωνείτε μαζί μας στο [privacy@argyriou-metafores.gr](mailto:privacy@argyriou-metafores.gr).

## 2. Ποια δεδομένα συλλέγουμε

- Στοιχεία ταυτότητας και επικοινωνίας: ονοματεπώνυμο, διεύθυνση φόρτωσης και παράδοσης, σταθερό ή κινητό τηλέφωνο, e-mail.
- Στοιχεία της μετακόμισης: όροφος, ύπαρξη ανελκυστήρα, ανάγκη για ανυψωτικό μηχάνημα, κατάλογος επίπλων και αντικειμένων, φωτογραφίες που μας αποστέλλετε μέσω Viber ή e-mail για την εκτίμηση του κόστους.
- Στοιχεία τιμολόγησης: ΑΦΜ και ΔΟΥ όταν ζητάτε τιμολόγιο, στοιχεία πληρωμής.
- Για διεθνείς μετακομίσεις: αντίγραφο διαβατηρίου ή δελτίου ταυτότητας και τα έγγραφα που απαιτούν οι τελωνειακές αρχές της χώρας προορισμού.
- Για τη φύλαξη επίπλων: σύμβαση φύλαξης, κατάλογος αποθηκευμένων αντικειμένων, ημερομηνίες παραλαβής και απόδοσης.
- Δεδομένα πλοήγησης στην ιστοσελίδα, όπως η διεύθυνση IP και τα cookies.

## 3. Σκοποί και νομική βάση της επεξεργασίας

- Σύνταξη προσφοράς και αυτοψία στον χώρο σας, κατόπιν αιτήματός σας (άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ).
- Εκτέλεση της σύμβασης μεταφοράς, μετακόμισης ή φύλαξης (άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ).
- Έκδοση παραστατικών και τήρηση βιβλίων, όπως ορίζει η φορολογική νομοθεσία (άρθρο 6 παρ. 1 στοιχ. γ΄ ΓΚΠΔ).
- Διαχείρηση ζημιών και αποζημιώσεων από την ασφάλιση του φορτίου (άρθρο 6 παρ. 1 στοιχ. στ΄ ΓΚΠΔ).
- Αποστολή ενημερωτικών μηνυμάτων και προσφορών, μόνο εφόσον έχετε δώσει τη συγκατάθεσή σας (άρθρο 6 παρ. 1 στοιχ. α΄ ΓΚΠΔ).

## 4. Αποδέκτες των δεδομένων

Δεν πωλούμε τα δεδομένα σας. Τα διαβιβάζουμε μόνο όπου είναι απαραίτητο:

- σε συνεργαζόμενες μεταφορικές εταιρείες του εξωτερικού, για τις διεθνείς μετακομίσεις·
- σε εκτελωνιστές και ναυτιλιακές εταιρείες·
- στην ασφαλιστική εταιρεία στην οποία είναι ασφαλισμένα τα φορτία·
- στον λογιστή μας και στον πάροχο ηλεκτρονικής τιμολόγησης·
- σε δημόσιες αρχές, όταν το προβλέπει ο νόμος.

## 5. Διαβιβάσεις εκτός Ευρωπαϊκής Ένωσης

Όταν η μετακόμιση γίνεται σε χώρα εκτός της Ευρωπαϊκής Ένωσης, όπως το Ηνωμένο Βασίλειο, οι ΗΠΑ ή η Αυστραλία, τα στοιχεία σας διαβιβάζονται στον συνεργάτη μας στη χώρα προορισμού, επειδή αυτό είναι απαραίτητο για την εκτέλεση της σύμβασης (άρθρο 49 παρ. 1 στοιχ. β΄ ΓΚΠΔ).

## 6. Χρόνος τήρησης

| Κατηγορία δεδομένων | Διάρκεια τήρησης |
| Αιτήματα προσφοράς που δεν οδήγησαν σε σύμβαση | 6 μήνες |
| Φωτογραφίες για την εκτίμηση του κόστους | 3 μήνες |
| Συμβάσεις και παραστατικά | 5 έτη από τη λήξη της διαχειριστικής χρήσης |
| Στοιχεία φύλαξης επίπλων | Διάρκεια της φύλαξης και 1 έτος μετά τη λήξη της |

## 7. Ασφάλεια

Λαμβάνουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των δεδομένων σας από απώλεια, αλλοίωση ή μη εξουσιοδοτημένη πρόσβαση. Η αποθήκη φύλαξης επίπλων διαθέτει σύστημα συναγερμού και πρόσβαση μόνο από εξουσιοδοτημένο προσωπικό.

## 8. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας οποιαδήποτε στιγμή. Για να ασκήσετε τα δικαιώματά σας, στείλτε μας e-mail στο [privacy@argyriou-metafores.gr](mailto:privacy@argyriou-metafores.gr). Θα σας απαντήσουμε εντός ενός μηνός.

Εάν θεωρείτε ότι η επεξεργασία παραβιάζει τη νομοθεσία, μπορείτε να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, Κηφισίας 1-3, 115 23 Αθήνα ([www.dpa.gr](https://www.dpa.gr)).

## 9. Cookies

Η ιστοσελίδα χρησιμοποιεί τα απολύτως απαραίτητα cookies για τη λειτουργία της και, μόνο με τη συγκατάθεσή σας, cookies του Google Analytics για στατιστικούς σκοπούς.

## 10. Αλλαγές της πολιτικής

Ενδέχεται να τροποποιήσουμε την παρούσα πολιτική. Η εκάστοτε ισχύουσα έκδοση είναι πάντα διαθέσιμη σε αυτή τη σελίδα.
"""

EDITS = [
    {"note": "word inserted: photos also received over WhatsApp",
     "repl": [("μέσω Viber ή e-mail", "μέσω Viber, WhatsApp ή e-mail")]},
    {"note": "typo fixed (Διαχείρηση -> Διαχείριση), date unchanged", "bump": False,
     "repl": [("- Διαχείρηση ζημιών", "- Διαχείριση ζημιών")]},
    {"note": "recipient detailed: e-invoicing provider named and AADE myDATA added",
     "repl": [("στον λογιστή μας και στον πάροχο ηλεκτρονικής τιμολόγησης·",
               "στον λογιστή μας, στον πάροχο ηλεκτρονικής τιμολόγησης (Epsilon Net) και στην πλατφόρμα myDATA "
               "της ΑΑΔΕ·")]},
    {"note": "retention of estimate photos extended from 3 to 6 months",
     "repl": [("| Φωτογραφίες για την εκτίμηση του κόστους | 3 μήνες |",
               "| Φωτογραφίες για την εκτίμηση του κόστους | 6 μήνες |")]},
    {"note": "table row added: CCTV of the storage warehouse, with a sentence in the security section",
     "repl": [("| Στοιχεία φύλαξης επίπλων | Διάρκεια της φύλαξης και 1 έτος μετά τη λήξη της |",
               "| Στοιχεία φύλαξης επίπλων | Διάρκεια της φύλαξης και 1 έτος μετά τη λήξη της |\n"
               "| Βίντεο από τις κάμερες ασφαλείας της αποθήκης | 15 ημέρες |"),
              ("πρόσβαση μόνο από εξουσιοδοτημένο προσωπικό.",
               "πρόσβαση μόνο από εξουσιοδοτημένο προσωπικό. Οι χώροι της αποθήκης παρακολουθούνται με κάμερες "
               "ασφαλείας, για τις οποίες υπάρχει σχετική ενημερωτική πινακίδα.")]},
    {"note": "registered address changed (moved to Aigaleo)",
     "repl": [("@ Λεωφ. Αθηνών 214\n@ 104 47 Αθήνα", "@ Θηβών 312\n@ 122 41 Αιγάλεω")]},
]


def fmt_date(d):
    return K.long_date(d, "el")


def _status(loc):
    """Mon-Fri 08:00-20:00, Sat 08:00-15:00, closed on Sunday."""
    wd, h = loc.weekday(), loc.hour + loc.minute / 60
    close = {5: 15}.get(wd, 20)
    if wd != 6 and 8 <= h < close:
        return ("open", "Ανοιχτά τώρα · έως %d:00" % close)
    if wd != 6 and h < 8:
        nxt = "σήμερα"
    elif wd == 5 or wd == 6:
        nxt = "Δευτέρα"
    else:
        nxt = "αύριο"
    return ("closed", "Κλειστά τώρα · Ανοίγουμε %s στις 08:00" % nxt)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "gr")
    j4 = when >= UPGRADE
    mv = p.get("mediaversion")
    if mv is None or (j4 != (p.get("joomla") == "4.4")) or rng.random() < 0.07:
        mv = C.hexs(rng, 32) if not j4 else C.hexs(rng, 40)
    if "hits" in p:
        hits = K.grow(rng, p["hits"][1], when, dt.datetime.fromisoformat(p["hits"][0]), 5.5)
    else:
        hits = 3126
    status = _status(loc)
    return {
        "joomla": "4.4" if j4 else "3.10",
        "mediaversion": mv,
        "token": C.hexs(rng, 32),
        "hits": (when.isoformat(), hits),
        "status": status,
    }


LABELS = {
    "joomla": "Joomla version: 3.10, then the 4.4 upgrade (Helix Ultimate 2 markup)",
    "mediaversion": "Joomla media version on asset URLs (updates)",
    "token": "Joomla form token of the RSForm quote form (per session)",
    "hits": "article hits counter 'Εμφανίσεις' (inside .article-details, removed)",
    "status": "open/closed status in the top bar (Athens time)",
}


def _jce(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "\n".join("<tr>\n<td>%s</td>\n</tr>" % "</td>\n<td>".join(inl(c) for c in r) for r in rows[1:])
        return ('<table class="table table-bordered table-striped" style="width: 100%%;">\n<thead>\n%s\n</thead>\n'
                '<tbody>\n%s\n</tbody>\n</table>' % (head, body))

    return K.render_blocks(blocks, tags={"p": ' style="text-align: justify;"'}, table=table,
                           addr=lambda lines, inl: "<p><strong>%s</strong><br />%s</p>" % (
                               inl(lines[0]), "<br />".join(inl(x) for x in lines[1:])))


MENU = [("Αρχική", "/"), ("Μετακομίσεις", "/metakomiseis"), ("Διεθνείς μετακομίσεις", "/diethneis-metakomiseis"),
        ("Φύλαξη επίπλων", "/fylaksi-epiplon"), ("Ανυψωτικό", "/anypsotiko"), ("Συσκευασία", "/syskevasia"),
        ("Επικοινωνία", "/epikoinonia")]


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    j4 = state["joomla"] == "4.4"
    mv = state["mediaversion"]
    _, hits = state["hits"]
    skey, stext = state["status"]
    moved = any(k == "addr" and any("Θηβών 312" in x for x in v) for k, v in blocks)
    street = "Θηβών 312, Αιγάλεω" if moved else "Λεωφ. Αθηνών 214, Αθήνα"
    body = _jce(rest)
    menu = "".join('<li class="sp-menu-item%s"><a %s href="%s" >%s</a></li>'
                   % (" current-item active" if u == "/politiki-aporritou" else "",
                      'aria-current="page"' if j4 and u == "/politiki-aporritou" else "", u, K.esc(t))
                   for t, u in MENU)
    if not j4:
        head = K.fill("""	<head>
		<meta http-equiv="X-UA-Compatible" content="IE=edge">
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8" />
	<base href="https://www.argyriou-metafores.gr/politiki-aporritou" />
	<meta name="author" content="Super User" />
	<meta name="description" content="Μεταφορές Αργυρίου: πώς επεξεργαζόμαστε τα προσωπικά σας δεδομένα." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Πολιτική Απορρήτου - Μεταφορές Αργυρίου</title>
	<link href="/images/favicon.png" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/components/com_rsform/assets/css/front.css?@@mv@@" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" type="text/css" />
	<script src="/media/jui/js/jquery.min.js?@@mv@@" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?@@mv@@" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?@@mv@@" type="text/javascript"></script>
	<script src="/media/system/js/caption.js?@@mv@@" type="text/javascript"></script>
	<script src="/components/com_rsform/assets/js/script.js?@@mv@@" type="text/javascript"></script>
	<script src="/templates/shaper_helixultimate/js/bootstrap.bundle.min.js" type="text/javascript"></script>
	<script src="/templates/shaper_helixultimate/js/main.js" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});template="shaper_helixultimate";
	</script>
	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48120337-1"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-48120337-1');</script>
	</head>""", mv=mv)
        body_cls = "site helix-ultimate com-content view-article layout-default task-none itemid-137 el-gr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right"
        share = ('<div class="article-social-share"><div class="social-share-icon"><ul><li class="list-inline-item">'
                 '<a class="facebook" onClick="window.open(\'https://www.facebook.com/sharer.php?u=https://www.argyriou-'
                 'metafores.gr/politiki-aporritou\',\'Facebook\',\'width=600,height=300,left=\'+(screen.availWidth/2-300)'
                 '+\',top=\'+(screen.availHeight/2-150)+\'\'); return false;" href="https://www.facebook.com/sharer.php?u='
                 'https://www.argyriou-metafores.gr/politiki-aporritou" title="Facebook"><span class="fa fa-facebook" '
                 'aria-hidden="true"></span></a></li><li class="list-inline-item"><a class="twitter" title="Twitter" '
                 'href="https://twitter.com/share?url=https://www.argyriou-metafores.gr/politiki-aporritou"><span '
                 'class="fa fa-twitter" aria-hidden="true"></span></a></li></ul></div></div>')
        token_field = '<input type="hidden" name="%s" value="1" />' % state["token"]
        scripts_end = ""
    else:
        head = K.fill("""	<head>
		<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
	<meta name="author" content="Super User">
	<meta name="description" content="Μεταφορές Αργυρίου: πώς επεξεργαζόμαστε τα προσωπικά σας δεδομένα.">
	<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
	<title>Πολιτική Απορρήτου - Μεταφορές Αργυρίου</title>
	<link href="/images/favicon.png" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/components/com_rsform/assets/css/front.min.css?@@mv8@@" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />
	<link href="/media/system/css/joomla-fontawesome.min.css?@@mv8@@" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d"></script>
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"csrf.token":"@@token@@","system.paths":{"root":"","rootFull":"https:\\/\\/www.argyriou-metafores.gr\\/","base":"","baseFull":"https:\\/\\/www.argyriou-metafores.gr\\/"},"joomla.jtext":{"ERROR":"Σφάλμα","MESSAGE":"Μήνυμα","NOTICE":"Ειδοποίηση","WARNING":"Προειδοποίηση","JCLOSE":"Κλείσιμο","JOK":"OK","JOPEN":"Ανοιχτό"}}</script>
	<script src="/media/system/js/core.min.js?@@mv@@"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
	<script src="/media/system/js/showon-es5.min.js?@@mv@@" defer nomodule></script>
	<script src="/media/system/js/messages.min.js?@@mv@@" type="module"></script>
	<script src="/components/com_rsform/assets/js/script.min.js?@@mv8@@"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script>template="shaper_helixultimate";</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7BRKQ2T9WE"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7BRKQ2T9WE');</script>
</head>""", mv=mv, mv8=mv[:8], token=state["token"])
        body_cls = "site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-137 el-gr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right"
        share = ('<div class="article-social-share"><div class="social-share-icon"><ul><li class="list-inline-item">'
                 '<a class="facebook" href="https://www.facebook.com/sharer.php?u=https://www.argyriou-metafores.gr/'
                 'politiki-aporritou" target="_blank" rel="noopener noreferrer" title="Facebook"><span class="fab '
                 'fa-facebook" aria-hidden="true"></span></a></li><li class="list-inline-item"><a class="twitter" '
                 'href="https://twitter.com/share?url=https://www.argyriou-metafores.gr/politiki-aporritou" '
                 'target="_blank" rel="noopener noreferrer" title="Twitter"><span class="fab fa-twitter" '
                 'aria-hidden="true"></span></a></li></ul></div></div>')
        token_field = '<input type="hidden" name="%s" value="1">' % state["token"]
        scripts_end = ""
    return K.fill("""<!doctype html>
<html lang="el-gr" dir="ltr">
@@head@@
	<body class="@@bcls@@">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fa fa-phone" aria-hidden="true"></span> <a href="tel:2105128440">210 5128 440</a></li><li class="sp-contact-mobile"><span class="fa fa-mobile" aria-hidden="true"></span> <a href="tel:6944812077">694 481 2077</a></li><li class="sp-contact-email"><span class="fa fa-envelope" aria-hidden="true"></span> <a href="mailto:info@argyriou-metafores.gr">info@argyriou-metafores.gr</a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><div class="sp-module "><div class="sp-module-content"><div class="custom"><p class="ores-leitourgias ores-@@skey@@"><span class="fa fa-clock-o" aria-hidden="true"></span> @@stext@@</p></div></div></div></div></div></div></div></div></div>
				<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-8 col-lg-3"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo-argyriou.png" alt="Μεταφορές Αργυρίου"></a></div></div></div><div id="sp-menu" class="col-4 col-lg-9"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">@@menu@@</ul></nav></div></div></div></div></div></header>
				<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">Πολιτική Απορρήτου</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fa fa-map-marker" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Αρχική</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">Πολιτική Απορρήτου</span><meta itemprop="position" content="2"></li></ol></div></div></div></div></div></section>
				<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-12 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>

<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="el-GR">
	
	
					
		<div class="article-header">
					<h1 itemprop="headline">
				@@title@@			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
				<div class="article-info">

	
		
		
		
					<span class="published" title="Δημοσιεύτηκε: 14 Μαΐου 2018">
	<time datetime="2018-05-14T09:12:44+03:00" itemprop="datePublished">
		14 Μαΐου 2018	</time>
</span>
				
		
	
			
		
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:@@hits@@">
	Εμφανίσεις: @@hits@@</span>
				</div>
		
		
	
		
		
	
	<div itemprop="articleBody">
		@@body@@	</div>

	
	
	
			
		
	

	@@share@@
	
	
	
	
</div>

</div></main></div></div></div></section>
				<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row"><div id="sp-bottom1" class="col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Μεταφορές Αργυρίου</h3><div class="sp-module-content"><div class="custom"><p>@@street@@<br>Δευτέρα - Παρασκευή 08:00 - 20:00, Σάββατο 08:00 - 15:00</p></div></div></div></div></div><div id="sp-bottom2" class="col-lg-8 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Ζητήστε δωρεάν προσφορά</h3><div class="sp-module-content"><div class="rsform">
	<form method="post" id="userForm" action="https://www.argyriou-metafores.gr/politiki-aporritou"><fieldset class="formContainer" id="rsform_3_page_0"><div class="form-group rsform-block rsform-block-onoma"><label class="control-label formControlLabel" for="onoma">Ονοματεπώνυμο<strong class="formRequired">(*)</strong></label><div class="formControls"><input type="text" value="" size="20" name="form[onoma]" id="onoma" class="rsform-input-box form-control" aria-required="true" /></div></div><div class="form-group rsform-block rsform-block-tilefono"><label class="control-label formControlLabel" for="tilefono">Τηλέφωνο<strong class="formRequired">(*)</strong></label><div class="formControls"><input type="tel" value="" size="20" name="form[tilefono]" id="tilefono" class="rsform-input-box form-control" aria-required="true" /></div></div><div class="form-group rsform-block rsform-block-apo"><label class="control-label formControlLabel" for="apo">Από (περιοχή)</label><div class="formControls"><input type="text" value="" size="20" name="form[apo]" id="apo" class="rsform-input-box form-control" /></div></div><div class="form-group rsform-block rsform-block-pros"><label class="control-label formControlLabel" for="pros">Προς (περιοχή)</label><div class="formControls"><input type="text" value="" size="20" name="form[pros]" id="pros" class="rsform-input-box form-control" /></div></div><div class="form-group rsform-block rsform-block-gdpr"><div class="formControls"><div class="form-check"><input type="checkbox" name="form[gdpr][]" value="Συμφωνώ" id="gdpr0" class="rsform-checkbox form-check-input" aria-required="true" /> <label id="gdpr0-lbl" for="gdpr0" class="form-check-label">Έχω διαβάσει την Πολιτική Απορρήτου</label></div></div></div><div class="form-group rsform-block rsform-block-apostoli"><div class="formControls"><button type="submit" name="form[apostoli]" id="apostoli" class="rsform-submit-button btn btn-primary">Αποστολή</button></div></div></fieldset>
		@@tokenfield@@
		<input type="hidden" name="form[formId]" value="3"/>
	</form>
</div></div></div></div></div></div></div></div></section>
				<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© @@year@@ Μεταφορές Αργυρίου. Με την επιφύλαξη παντός δικαιώματος. | <a href="/politiki-aporritou">Πολιτική Απορρήτου</a> | <a href="/oroi-xrisis">Όροι χρήσης</a></span></div></div></div></div></div></footer>
			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><div class="burger-icon"><span></span><span></span><span></span></div></a><div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content"><ul class="menu">@@menu@@</ul></div></div></div></div>

		@@scripts_end@@
		<!-- Go to top -->
		<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fa fa-angle-up" aria-hidden="true"></span></a>
	</body>
</html>
""", head=head, bcls=body_cls, skey=skey, stext=K.esc(stext), menu=menu, title=K.esc(title), hits=hits,
                  body=body, share=share, street=K.esc(street), tokenfield=token_field, year=when.year,
                  scripts_end=scripts_end)


PAGE = {
    "service": "Argyriou Metafores",
    "url": URL,
    "lang": "el",
    "platform": "Joomla 3.10 then 4.4 (Helix Ultimate template, JCE, RSForm! Pro)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, "
                      "pre-check=0"), ("Pragma", "no-cache"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")],
    "n": 29,
    "start": dt.date(2023, 9, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": ".article-details",
        "remove": [".article-info", ".article-social-share"],
    },
}
