"""Greek swimming and athletics club on Joomla, upgraded from Joomla 3 (Protostar-based club template) to Joomla 4
(Cassiopeia child template) midway. Inside the declared `.item-page`: the article hits counter ("Εμφανίσεις")
and, on Joomla 3, the print/e-mail icons, both removed by the declaration; outside: the login module's per-session
CSRF token (hidden input and joomla-script-options), media version hashes, an upcoming-meets module."""
import datetime as dt
import html

import common as C

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]

POLICY = """# Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Ο Αθλητικός Σύλλογος «Αργώ» Πειραιά (εφεξής «ο Σύλλογος») σέβεται την ιδιωτικότητα των αθλητών, των γονέων και κηδεμόνων, των μελών και των επισκεπτών της ιστοσελίδας του. Η παρούσα πολιτική εξηγεί ποια προσωπικά δεδομένα συλλέγουμε, για ποιο σκοπό τα επεξεργαζόμαστε και ποια δικαιώματα έχετε, σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι ο Αθλητικός Σύλλογος «Αργώ» Πειραιά, αναγνωρισμένο αθλητικό σωματείο με ειδική αθλητική αναγνώριση της Γενικής Γραμματείας Αθλητισμού.

@ Α.Σ. «Αργώ» Πειραιά
@ Κολυμβητήριο Πειραιά, Ακτή Θεμιστοκλέους 112
@ 185 37 Πειραιάς
@ Τηλ.: 210 45 28 113
@ Email: gdpr@argo-piraeus.gr

## 2. Ποια δεδομένα συλλέγουμε

Κατά την εγγραφή και τη συμμετοχή σας στα τμήματα του Συλλόγου (κολύμβηση, υδατοσφαίριση, στίβος, τμήματα εκμάθησης για παιδιά και ενήλικες) συλλέγουμε:

- στοιχεία ταυτότητας: ονοματεπώνυμο, πατρώνυμο, ημερομηνία γέννησης, αριθμό ταυτότητας ή διαβατηρίου, ΑΜΚΑ·
- στοιχεία επικοινωνίας: διεύθυνση, τηλέφωνο, email, καθώς και τα στοιχεία των γονέων ή κηδεμόνων για ανήλικους αθλητές·
- δεδομένα υγείας: την Κάρτα Υγείας Αθλητή και ιατρικές βεβαιώσεις καταλληλότητας, όπως απαιτεί η αθλητική νομοθεσία·
- αθλητικά δεδομένα: αριθμό δελτίου αθλητικής ιδιότητας, επιδόσεις, χρόνους και αποτελέσματα αγώνων·
- οικονομικά στοιχεία: συνδρομές, αποδείξεις πληρωμής, IBAN για επιστροφές·
- φωτογραφίες και βίντεο από προπονήσεις, αγώνες και εκδηλώσεις.

## 3. Σκοποί και νομική βάση

| Σκοπός | Νομική βάση | Διάρκεια τήρησης |
| Εγγραφή μελών και αθλητών, οργάνωση προπονήσεων | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 β ΓΚΠΔ) | Για όσο διαρκεί η ιδιότητα του μέλους και 5 έτη μετά |
| Έκδοση δελτίων αθλητικής ιδιότητας και δήλωση σε αγώνες | Νομική υποχρέωση (ν. 2725/1999) | Όπως ορίζει η αθλητική νομοθεσία |
| Τήρηση Κάρτας Υγείας Αθλητή | Νομική υποχρέωση και άρθρο 9 παρ. 2 η ΓΚΠΔ | Για όσο διαρκεί η αθλητική δραστηριότητα |
| Λογιστική και φορολογική τεκμηρίωση | Νομική υποχρέωση | 5 έτη από τη λήξη της διαχειριστικής χρήσης |
| Δημοσίευση αποτελεσμάτων και φωτογραφιών | Συγκατάθεση | Έως την ανάκληση της συγκατάθεσης |
| Ενημερωτικό δελτίο (newsletter) | Συγκατάθεση | Έως την απεγγραφή |

## 4. Ανήλικοι αθλητές

Για αθλητές κάτω των 15 ετών, η εγγραφή και κάθε συγκατάθεση δίνεται από τον γονέα ή τον νόμιμο κηδεμόνα. Φωτογραφίες ανηλίκων δημοσιεύονται στην ιστοσελίδα και στα μέσα κοινωνικής δικτύωσης του Συλλόγου μόνο εφόσον υπάρχει έγγραφη συγκατάθεση του γονέα, η οποία μπορεί να ανακληθεί ανά πάσα στιγμή.

## 5. Αποδέκτες των δεδομένων

Τα δεδομένα σας διαβιβάζονται μόνο όπου είναι απαραίτητο:

- στην Κολυμβητική Ομοσπονδία Ελλάδος (ΚΟΕ) και στον ΣΕΓΑΣ για την έκδοση δελτίων και τη συμμετοχή σε αγώνες·
- στη Γενική Γραμματεία Αθλητισμού, όταν το απαιτεί ο νόμος·
- στον λογιστή του Συλλόγου και στην τράπεζα για την είσπραξη συνδρομών·
- στον πάροχο φιλοξενίας της ιστοσελίδας και του ηλεκτρονικού ταχυδρομείου·
- στον ιατρό του Συλλόγου για την αξιολόγηση των ιατρικών βεβαιώσεων.

Ο Σύλλογος δεν διαβιβάζει δεδομένα εκτός Ευρωπαϊκού Οικονομικού Χώρου και δεν τα χρησιμοποιεί για εμπορικούς σκοπούς.

## 5α. Ιστοσελίδα και ηλεκτρονική επικοινωνία

Όταν επικοινωνείτε μαζί μας μέσω της φόρμας επικοινωνίας της ιστοσελίδας, συλλέγουμε το ονοματεπώνυμο, το email, το τηλέφωνο και το μήνυμά σας, αποκλειστικά για να απαντήσουμε στο αίτημά σας. Τα μηνύματα διατηρούνται για έως δύο έτη. Τα μέλη που διαθέτουν λογαριασμό στην ιστοσελίδα μπορούν να δουν το πρόγραμμα προπονήσεων, τις ανακοινώσεις του προπονητή και την κατάσταση της συνδρομής τους. Ο λογαριασμός απενεργοποιείται με τη λήξη της ιδιότητας του μέλους και διαγράφεται μετά από έξι μήνες.

## 5β. Αγώνες και αποτελέσματα

Κατά τη συμμετοχή σε αγώνες, το ονοματεπώνυμο, το έτος γέννησης, ο σύλλογος και οι επιδόσεις των αθλητών δημοσιεύονται από τις ομοσπονδίες και τους διοργανωτές στα επίσημα αποτελέσματα. Η δημοσίευση αυτή γίνεται με ευθύνη της εκάστοτε ομοσπονδίας, σύμφωνα με τους κανονισμούς της. Ο Σύλλογος αναδημοσιεύει στην ιστοσελίδα του μόνο αποτελέσματα και διακρίσεις των αθλητών του, εφόσον έχει δοθεί σχετική συγκατάθεση.

## 6. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα ανάκλησης της συγκατάθεσής σας. Για να ασκήσετε τα δικαιώματά σας μπορείτε να απευθυνθείτε στη γραμματεία του Συλλόγου ή στο gdpr@argo-piraeus.gr. Θα λάβετε απάντηση εντός ενός μηνός.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, www.dpa.gr).

## 6α. Πώς ασκείτε τα δικαιώματά σας για ανήλικους

Τα δικαιώματα των ανήλικων αθλητών ασκούνται από τους γονείς ή τους κηδεμόνες τους. Για λόγους ασφαλείας, πριν ικανοποιήσουμε ένα αίτημα ενδέχεται να ζητήσουμε στοιχεία που επιβεβαιώνουν την ταυτότητα του αιτούντος και τη σχέση του με τον αθλητή. Η διαγραφή δεδομένων δεν είναι δυνατή όταν η τήρησή τους επιβάλλεται από την αθλητική νομοθεσία, για παράδειγμα όσο ο αθλητής είναι εγγεγραμμένος στα μητρώα της ομοσπονδίας. Σε αυτή την περίπτωση θα σας ενημερώσουμε εγγράφως για τον λόγο και για το πότε θα είναι δυνατή η διαγραφή.

## 7. Ασφάλεια

Τα έντυπα αρχεία φυλάσσονται σε κλειδωμένο χώρο της γραμματείας. Τα ηλεκτρονικά αρχεία τηρούνται σε υπολογιστές με κωδικό πρόσβασης, στους οποίους έχουν πρόσβαση μόνο τα εξουσιοδοτημένα μέλη του Διοικητικού Συμβουλίου και η γραμματεία.

## 8. Cookies

Η ιστοσελίδα χρησιμοποιεί μόνο τα απαραίτητα cookies λειτουργίας του Joomla και, εφόσον το αποδεχθείτε, cookies της υπηρεσίας Google Analytics για στατιστικούς σκοπούς."""

EDITS = [
    {"note": "secretariat phone number changed", "repl": [("@ Τηλ.: 210 45 28 113", "@ Τηλ.: 210 41 17 590")]},
    {"note": "online registration platform added to recipients",
     "repl": [("- στον ιατρό του Συλλόγου για την αξιολόγηση των ιατρικών βεβαιώσεων.",
               "- στον ιατρό του Συλλόγου για την αξιολόγηση των ιατρικών βεβαιώσεων·\n"
               "- στην πλατφόρμα ηλεκτρονικών εγγραφών και πληρωμών Viva Wallet, μέσω της οποίας καταβάλλονται οι συνδρομές.")]},
    {"note": "age of consent for minors changed from 15 to 16",
     "repl": [("Για αθλητές κάτω των 15 ετών", "Για αθλητές κάτω των 16 ετών")]},
    {"note": "new section: video recording of training for technique analysis",
     "repl": [("## 5. Αποδέκτες των δεδομένων",
               "## 4α. Βιντεοσκόπηση προπονήσεων\n\nΟι προπονητές μπορεί να βιντεοσκοπούν προπονήσεις για την ανάλυση "
               "της τεχνικής των αθλητών. Τα βίντεο αυτά δεν δημοσιεύονται, χρησιμοποιούνται μόνο από το τεχνικό "
               "επιτελείο και διαγράφονται στο τέλος κάθε αγωνιστικής περιόδου.\n\n## 5. Αποδέκτες των δεδομένων")]},
    {"note": "typo fix (Google Analytics 4 named), no date bump", "bump": False,
     "repl": [("cookies της υπηρεσίας Google Analytics για", "cookies της υπηρεσίας Google Analytics 4 για")]},
]

UPGRADE = dt.datetime(2023, 3, 4)
MEETS = [("Χειμερινοί Αγώνες Παίδων-Κορασίδων", "ΟΑΚΑ"), ("Πανελλήνιο Πρωτάθλημα Ανοιχτής Θάλασσας", "Βουλιαγμένη"),
         ("Διασυλλογικοί Αγώνες Στίβου Κ16", "Στάδιο Καραϊσκάκη"), ("Κύπελλο Υδατοσφαίρισης Νέων", "Κολυμβητήριο Πειραιά"),
         ("Θερινοί Αγώνες Κολύμβησης Εφήβων", "Κολυμβητήριο Αγ. Κοσμά"), ("Πειραϊκός Ημιμαραθώνιος", "Μαρίνα Ζέας")]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    j4 = when >= UPGRADE
    media = C.keep_or(rng, prev.get("media") if prev.get("j4") == j4 else None, 0.15, lambda: C.hexs(rng, 32))
    base = (when - dt.datetime(2020, 1, 1)).days * 3
    hits = max(prev.get("hits", 0) + rng.randint(1, 40), base + 1400 + rng.randint(0, 60))
    return {"j4": j4, "media": media, "token": C.hexs(rng, 32), "hits": hits,
            "meets": (when.toordinal() // 45) % len(MEETS)}


LABELS = {"j4": "Joomla 3 -> 4 upgrade (template, markup)", "media": "media version hash",
          "token": "CSRF form token (login module)", "hits": "article hits counter (inside, removed)",
          "meets": "upcoming meets module"}


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append("<h3>%s</h3>" % C.inline_html(v))
        elif kind == "p":
            out.append('<p style="text-align: justify;">%s</p>' % C.inline_html(v))
        elif kind == "table":
            rows = "".join("<tr>%s</tr>" % "".join('<td style="width: %d%%;">%s</td>' % (100 // len(r), C.inline_html(x))
                                                   for x in r) for r in v[1:])
            head = "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (100 // len(v[0]), C.inline_html(x))
                           for x in v[0])
            out.append('<table class="table table-bordered" style="width: 100%%; border-collapse: collapse;">'
                       '<tbody><tr style="background-color: #e8f1fa;">%s</tr>%s</tbody></table>' % (head, rows))
        elif kind == "addr":
            out.append("<p><strong>%s</strong><br />%s</p>" % (C.inline_html(v[0]), "<br />".join(C.inline_html(x) for x in v[1:])))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    title = blocks[0][1]
    body = body_html(blocks[1:])
    tok, media, hits = state["token"], state["media"], state["hits"]
    ms = [MEETS[(state["meets"] + k) % len(MEETS)] for k in range(3)]
    mdate = [(when + dt.timedelta(days=9 + 13 * k)).date() for k in range(3)]
    meets_items = "".join('<li><span class="meet-date">%s</span> <a href="/agones/%d">%s</a> <small>%s</small></li>'
                          % (d.strftime("%d/%m/%Y"), 300 + (state["meets"] * 3 + k), html.escape(n), html.escape(p))
                          for k, ((n, p), d) in enumerate(zip(ms, mdate)))
    nav = [("/", "Αρχική"), ("/o-syllogos", "Ο Σύλλογος"), ("/kolymvisi", "Κολύμβηση"), ("/ydatosfairisi", "Υδατοσφαίριση"),
           ("/stivos", "Στίβος"), ("/tmimata-ekmathisis", "Τμήματα Εκμάθησης"), ("/epikoinonia", "Επικοινωνία")]
    if not state["j4"]:
        navh = "".join('<li class="item-%d"><a href="%s">%s</a></li>' % (101 + n, u, t) for n, (u, t) in enumerate(nav))
        return """<!DOCTYPE html>
<html lang="el-gr" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.argo-piraeus.gr/politiki-prostasias-dedomenon" />
	<meta name="keywords" content="κολύμβηση Πειραιάς, υδατοσφαίριση, στίβος, αθλητικός σύλλογος" />
	<meta name="author" content="Γραμματεία" />
	<meta name="description" content="Αθλητικός Σύλλογος Αργώ Πειραιά - Κολύμβηση, Υδατοσφαίριση, Στίβος" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Πολιτική Προστασίας Προσωπικών Δεδομένων - Α.Σ. Αργώ Πειραιά</title>
	<link href="/templates/argo/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/argo/css/template.css?%s" rel="stylesheet" />
	<link href="/media/plg_system_cookieconsent/css/cookieconsent.min.css?%s" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%s","system.paths":{"root":"","base":""},"system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/jui/js/jquery.min.js?%s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%s"></script>
	<script src="/media/system/js/core.js?%s"></script>
	<script src="/media/system/js/keepalive.js?%s"></script>
	<script>jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48213907-1"></script>
	<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'UA-48213907-1', { 'anonymize_ip': true });</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%s"></script><![endif]-->
</head>
<body class="site com_content view-article no-layout no-task itemid-142">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="https://www.argo-piraeus.gr/images/logo/argo-logo.png" alt="Α.Σ. Αργώ Πειραιά" /></a>
					<div class="header-search pull-right"><div class="custom"><p>Ίδρυση 1961 · Μέλος ΚΟΕ &amp; ΣΕΓΑΣ</p></div></div>
				</div>
			</header>
			<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Εναλλαγή πλοήγησης</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">%s</ul></div></nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container"></div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="el-GR" />
		<div class="page-header">
		<h2 itemprop="headline">%s</h2>
	</div>
		<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-23" aria-label="Εργαλεία χρήστη" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-23">
				<li class="print-icon"><a href="/politiki-prostasias-dedomenon?tmpl=component&amp;print=1" title="Εκτύπωση άρθρου" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>Εκτύπωση</a></li>
				<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=argo&amp;link=7c9a3e0b1f5d2c8a6e4b0d9f3a1c5e7b2d4f6a8c" title="Αποστολή του συνδέσμου σε φίλο" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li>
			</ul>
		</div>
	</div>
			<dl class="article-info muted">
		<dt class="article-info-term">Λεπτομέρειες</dt>
					<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%d" />
					Εμφανίσεις: %d			</dd>
			</dl>
		<div itemprop="articleBody">
		%s	</div>
	</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Επόμενοι αγώνες</h3><ul class="meets-list">%s</ul></div>
					<div class="well "><h3 class="page-header">Είσοδος μελών</h3><form action="/politiki-prostasias-dedomenon" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-user hasTooltip" title="Όνομα χρήστη"></span><label for="modlgn-username" class="element-invisible">Όνομα χρήστη</label></span><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Όνομα χρήστη" /></div></div></div><div id="form-login-password" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-lock hasTooltip" title="Κωδικός"></span><label for="modlgn-passwd" class="element-invisible">Κωδικός</label></span><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Κωδικός" /></div></div></div><div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Σύνδεση</button></div></div><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xNDI=" /><input type="hidden" name="%s" value="1" /></div></form></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"><p>© %d Α.Σ. Αργώ Πειραιά · Ακτή Θεμιστοκλέους 112, Πειραιάς · <a href="/politiki-prostasias-dedomenon">Προσωπικά Δεδομένα</a></p></div>
			<p class="pull-right"><a href="#top" id="back-top">Επιστροφή στην κορυφή</a></p>
		</div>
	</footer>
</body>
</html>
""" % (media, media, tok, media, media, media, media, media, media, navh, html.escape(title), hits, hits, body,
       meets_items, tok, when.year)
    navh = "".join('<li class="nav-item item-%d"><a href="%s">%s</a></li>' % (101 + n, u, t) for n, (u, t) in enumerate(nav))
    return """<!DOCTYPE html>
<html lang="el-gr" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Γραμματεία">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Αθλητικός Σύλλογος Αργώ Πειραιά - Κολύμβηση, Υδατοσφαίριση, Στίβος">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Πολιτική Προστασίας Προσωπικών Δεδομένων - Α.Σ. Αργώ Πειραιά</title>
	<link href="/media/templates/site/cassiopeia_argo/images/favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_argo/css/user.css?%s" rel="stylesheet">
	<style>:root {--hue: 214;--template-bg-light: #f0f4fb;--template-text-dark: #495057;--template-link-color: #0a4d8c;--cassiopeia-color-primary: #0a4d8c;--cassiopeia-color-link: #0a4d8c;}</style>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Σφάλμα","MESSAGE":"Μήνυμα","NOTICE":"Ειδοποίηση","WARNING":"Προειδοποίηση","JCLOSE":"Κλείσιμο","JOK":"OK","JOPEN":"Άνοιγμα"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.argo-piraeus.gr\\/","base":"","baseFull":"https:\\/\\/www.argo-piraeus.gr\\/"},"csrf.token":"%s","system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" defer></script>
	<script src="/media/system/js/keepalive.min.js?%s" type="module"></script>
	<script src="/media/system/js/messages.min.js?%s" type="module"></script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RKX2M9QZB"></script>
	<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-7RKX2M9QZB');</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://www.argo-piraeus.gr/images/logo/argo-logo-2023.svg" alt="Α.Σ. Αργώ Πειραιά" width="220" height="64"></a><div class="site-description">Κολύμβηση · Υδατοσφαίριση · Στίβος από το 1961</div></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Κύριο μενού"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Εναλλαγή πλοήγησης"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">%s</ul></div></nav></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<div id="system-message-container" aria-live="polite"></div>
			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="el-GR">
		<div class="page-header">
		<h1 itemprop="headline">%s</h1>
	</div>
			<dl class="article-info text-muted">
		<dt class="article-info-term">Λεπτομέρειες</dt>
			<dd class="hits">
	<span class="icon-eye icon-fw" aria-hidden="true"></span>
	<meta itemprop="interactionCount" content="UserPageVisits:%d">
	Εμφανίσεις: %d</dd>
			</dl>
		<div itemprop="articleBody" class="com-content-article__body">
		%s	</div>
	</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card "><h3 class="card-header ">Επόμενοι αγώνες</h3><div class="card-body"><ul class="meets-list">%s</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Είσοδος μελών</h3><div class="card-body"><form id="login-form-16" class="mod-login" action="/politiki-prostasias-dedomenon" method="post"><div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Όνομα χρήστη"><label for="modlgn-username-16" class="visually-hidden">Όνομα χρήστη</label><span class="input-group-text" title="Όνομα χρήστη"><span class="icon-user icon-fw" aria-hidden="true"></span></span></div></div><div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Κωδικός"><label for="modlgn-passwd-16" class="visually-hidden">Κωδικός</label><button type="button" class="btn btn-secondary input-password-toggle"><span class="icon-eye icon-fw" aria-hidden="true"></span><span class="visually-hidden">Εμφάνιση κωδικού</span></button></div></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Σύνδεση</button></div><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aHR0cHM6Ly93d3cuYXJnby1waXJhZXVzLmdyL3BvbGl0aWtpLXByb3N0YXNpYXMtZGVkb21lbm9u"><input type="hidden" name="%s" value="1"></div></form></div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width">
		<div class="grid-child"><div class="mod-custom custom"><p>© %d Α.Σ. Αργώ Πειραιά · Ακτή Θεμιστοκλέους 112, Πειραιάς · <a href="/politiki-prostasias-dedomenon">Προσωπικά Δεδομένα</a></p></div></div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Επιστροφή στην κορυφή"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
""" % (media, media, media, media, media, tok, media, media, media, media, navh, html.escape(title), hits, hits, body,
       meets_items, tok, when.year)


PAGE = {
    "service": "Argo Piraeus",
    "url": "https://www.argo-piraeus.gr/politiki-prostasias-dedomenon",
    "lang": "el",
    "platform": "Joomla 3 (Protostar-based) -> Joomla 4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("Pragma", "no-cache"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")),
    "n": 30,
    "start": dt.date(2021, 4, 1),
    "end": dt.date(2024, 12, 1),
    "policy": POLICY,
    "first_updated": dt.date(2019, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.argo-piraeus.gr/politiki-prostasias-dedomenon", "select": ".item-page",
                    "remove": [".article-info", ".icons"]},
}
