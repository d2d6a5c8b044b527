"""Courier network, Greek, on Joomla: a Joomla 3 site (Protostar-derived template) upgraded to Joomla 4 (Cassiopeia
child template) mid-history. Inside the declared `.item-page`: the article's hits counter (article info), which the
declaration removes with `.article-info`. Outside: the login module's form token and, on Joomla 4, the csrf token in
joomla-script-options (per visit); the fuel-surcharge notice in the sidebar (monthly); media version hashes (on
upgrades). `.item-page` holds on both Joomla versions."""
import datetime as dt
import html

import common as C

URL = "https://www.astrapicourier.gr/el/politiki-prostasias-dedomenon"
UPGRADE = dt.datetime(2022, 10, 3)

POLICY = """# Πολιτική Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Η εταιρεία «ΑΣΤΡΑΠΗ ΤΑΧΥΜΕΤΑΦΟΡΕΣ Α.Ε.» (εφεξής «Αστραπή Courier» ή «η Εταιρεία») σέβεται την ιδιωτικότητα των πελατών της και των παραληπτών των αποστολών που διακινεί. Με την παρούσα Πολιτική σας ενημερώνουμε, σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019, για τον τρόπο με τον οποίο συλλέγουμε και επεξεργαζόμαστε τα προσωπικά σας δεδομένα.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι η ΑΣΤΡΑΠΗ ΤΑΧΥΜΕΤΑΦΟΡΕΣ Α.Ε., ταχυδρομική επιχείρηση με Ειδική Άδεια της ΕΕΤΤ (αριθμός μητρώου 98-123), ΓΕΜΗ 001234501000, με έδρα:

@ Λεωφόρος Κηφισού 102
@ 122 41 Αιγάλεω, Αττική
@ Τηλ.: 210 5400 300

Έχουμε ορίσει Υπεύθυνο Προστασίας Δεδομένων (DPO), με τον οποίο μπορείτε να επικοινωνείτε στο dpo@astrapicourier.gr.

## 2. Ποια δεδομένα επεξεργαζόμαστε

- Στοιχεία αποστολέα και παραλήπτη: ονοματεπώνυμο, διεύθυνση, ταχυδρομικός κώδικας, τηλέφωνο, email.
- Στοιχεία αποστολής: αριθμός αποστολής (voucher), βάρος, διαστάσεις, περιεχόμενο όπως δηλώνεται, ποσό αντικαταβολής.
- Στοιχεία παράδοσης: ονοματεπώνυμο και υπογραφή του προσώπου που παρέλαβε, ημερομηνία, ώρα και γεωγραφικό στίγμα της παράδοσης.
- Οικονομικά στοιχεία: ΑΦΜ και στοιχεία τιμολόγησης για επαγγελματίες, IBAN για την απόδοση αντικαταβολών.
- Δεδομένα επικοινωνίας με το Τμήμα Εξυπηρέτησης Πελατών, συμπεριλαμβανομένων ηχογραφήσεων κλήσεων, εφόσον έχετε ενημερωθεί σχετικά.
- Δεδομένα πλοήγησης στον ιστότοπο: διεύθυνση IP, τύπος συσκευής, cookies.

## 3. Σκοποί και νομικές βάσεις

| Σκοπός | Νομική βάση |
| Παραλαβή, μεταφορά και επίδοση αποστολών | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 β ΓΚΠΔ) |
| Ενημέρωση για την πορεία της αποστολής με SMS ή email | Εκτέλεση σύμβασης και έννομο συμφέρον |
| Διαχείριση αντικαταβολών και τιμολόγηση | Νομική υποχρέωση (φορολογική νομοθεσία) |
| Διαχείριση παραπόνων και αποζημιώσεων | Εκτέλεση σύμβασης, νομική υποχρέωση (Κανονισμός ΕΕΤΤ) |
| Βιντεοεπιτήρηση στα κέντρα διαλογής | Έννομο συμφέρον για την προστασία προσώπων και αγαθών |
| Αποστολή ενημερωτικών δελτίων | Συγκατάθεση |

Όταν είστε παραλήπτης, τα στοιχεία σας μάς τα παρέχει ο αποστολέας (συνήθως ένα ηλεκτρονικό κατάστημα). Τα επεξεργαζόμαστε αποκλειστικά για να σας παραδώσουμε την αποστολή και να σας ενημερώσουμε για αυτήν.

Για την ταυτοποίηση του παραλήπτη κατά την παράδοση αποστολών υψηλής αξίας ή αποστολών με αντικαταβολή άνω των 500 ευρώ, ο διανομέας μπορεί να ζητήσει να δει αστυνομική ταυτότητα ή διαβατήριο. Ο διανομέας καταγράφει μόνο τα τελευταία ψηφία του αριθμού του εγγράφου και δεν φωτογραφίζει ούτε φυλάσσει αντίγραφό του.

Εάν ο παραλήπτης απουσιάζει, η αποστολή μπορεί να παραδοθεί σε πρόσωπο που βρίσκεται στην ίδια διεύθυνση ή σε γειτονικό κατάστημα, εφόσον ο αποστολέας το επιτρέπει. Στην περίπτωση αυτή καταγράφουμε το ονοματεπώνυμο και την υπογραφή του προσώπου που παρέλαβε και σας ενημερώνουμε με SMS για το πού βρίσκεται η αποστολή σας.

## 4. Αποδέκτες

Τα δεδομένα σας είναι προσβάσιμα μόνο στο προσωπικό που τα χρειάζεται για την εκτέλεση των καθηκόντων του. Μπορεί να διαβιβαστούν σε:

- συνεργαζόμενα πρακτορεία και διανομείς του δικτύου μας σε όλη την Ελλάδα·
- τον αποστολέα, για την ενημέρωσή του σχετικά με την παράδοση·
- παρόχους υπηρεσιών πληροφορικής, αποστολής SMS και τηλεφωνικού κέντρου, που ενεργούν ως εκτελούντες την επεξεργασία·
- τράπεζες και πάροχους πληρωμών για την απόδοση αντικαταβολών·
- δημόσιες αρχές (τελωνεία, φορολογικές αρχές, ΕΕΤΤ), όταν αυτό προβλέπεται από τον νόμο.

Για διεθνείς αποστολές εκτός ΕΕ, τα στοιχεία του παραλήπτη και η περιγραφή του περιεχομένου διαβιβάζονται στον συνεργάτη μας στη χώρα προορισμού και στις τελωνειακές αρχές, στο μέτρο που είναι απαραίτητο για την εκτέλεση της σύμβασης (άρθρο 49 παρ. 1 β ΓΚΠΔ).

## 5. Χρόνος διατήρησης

| Κατηγορία δεδομένων | Διάρκεια διατήρησης |
| Στοιχεία αποστολής και αποδεικτικά παράδοσης | 2 έτη από την παράδοση |
| Φορολογικά στοιχεία και παραστατικά | 5 έτη από τη λήξη της διαχειριστικής χρήσης |
| Ηχογραφήσεις κλήσεων | 6 μήνες |
| Υλικό βιντεοεπιτήρησης | 15 ημέρες, εκτός αν απαιτείται για τη διερεύνηση συμβάντος |
| Συνδρομή στο ενημερωτικό δελτίο | έως την ανάκληση της συγκατάθεσης |

## 6. Παιδιά

Οι υπηρεσίες μας απευθύνονται σε ενήλικες. Δεν συλλέγουμε εν γνώσει μας δεδομένα παιδιών κάτω των 15 ετών μέσω του ιστότοπου. Αποστολές προς ανηλίκους παραδίδονται μόνο σε ενήλικο μέλος της οικογένειας ή σε σημείο παραλαβής, σύμφωνα με τις οδηγίες του αποστολέα.

## 7. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε ανά πάσα στιγμή τη συγκατάθεσή σας. Για να ασκήσετε τα δικαιώματά σας, στείλτε email στο dpo@astrapicourier.gr ή επιστολή στη διεύθυνση της έδρας μας. Θα σας απαντήσουμε εντός ενός μηνός.

Εάν θεωρείτε ότι η επεξεργασία παραβιάζει τη νομοθεσία, μπορείτε να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα:

@ Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα
@ Κηφισίας 1-3, 115 23 Αθήνα
@ www.dpa.gr

## 8. Ασφάλεια

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα, όπως κρυπτογράφηση της επικοινωνίας, έλεγχο πρόσβασης στα συστήματα διαλογής και παρακολούθησης αποστολών, και δεσμεύσεις εμπιστευτικότητας για το προσωπικό και τους διανομείς. Στη σελίδα παρακολούθησης αποστολής εμφανίζονται μόνο τα αρχικά του ονόματος του παραλήπτη.

## 9. Cookies

Ο ιστότοπος χρησιμοποιεί απαραίτητα cookies για τη λειτουργία του και, με τη συγκατάθεσή σας, cookies στατιστικών (Google Analytics). Μπορείτε να αλλάξετε τις προτιμήσεις σας από το εικονίδιο cookies στο κάτω μέρος κάθε σελίδας.

## 10. Αλλαγές

Η Εταιρεία μπορεί να τροποποιεί την παρούσα Πολιτική. Η εκάστοτε ισχύουσα έκδοση αναρτάται σε αυτή τη σελίδα.
"""

MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
MONTHS_NOM = ["Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος",
              "Σεπτέμβριος", "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "call recordings retention changed from 6 to 3 months",
     "repl": [("| Ηχογραφήσεις κλήσεων | 6 μήνες |", "| Ηχογραφήσεις κλήσεων | 3 μήνες |")]},
    {"note": "smart lockers data added to the data list",
     "repl": [("- Οικονομικά στοιχεία:", "- Δεδομένα χρήσης των αυτόματων θυρίδων (lockers): κωδικός παραλαβής, "
               "θυρίδα και ώρα παραλαβής.\n- Οικονομικά στοιχεία:")]},
    {"note": "head office moved (address and phone changed)",
     "repl": [("@ Λεωφόρος Κηφισού 102\n@ 122 41 Αιγάλεω, Αττική\n@ Τηλ.: 210 5400 300",
               "@ Θηβών 228\n@ 182 33 Άγιος Ιωάννης Ρέντης\n@ Τηλ.: 210 4800 300")]},
    {"note": "new section on automated delivery-slot suggestions (profiling)",
     "repl": [("## 8. Ασφάλεια", "## 8. Αυτοματοποιημένες προτάσεις παράδοσης\n\nΜε βάση το ιστορικό παραδόσεων "
               "στη διεύθυνσή σας, το σύστημά μας μπορεί να προτείνει το πιθανότερο χρονικό παράθυρο παράδοσης ή το "
               "πλησιέστερο σημείο παραλαβής. Η πρόταση αυτή δεν παράγει έννομα αποτελέσματα και μπορείτε πάντοτε να "
               "επιλέξετε διαφορετικό τρόπο παράδοσης.\n\n## 9. Ασφάλεια"),
              ("## 9. Cookies", "## 10. Cookies"), ("## 10. Αλλαγές", "## 11. Αλλαγές")]},
    {"note": "typo fixed: 'πάροχους' -> 'παρόχους' (no date bump)", "bump": False,
     "repl": [("τράπεζες και πάροχους πληρωμών", "τράπεζες και παρόχους πληρωμών")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    j4 = when >= UPGRADE
    days = (when - dt.datetime(2019, 5, 1)).days
    return {
        "joomla": "4" if j4 else "3",
        "hits": 3100 + days * 19 + rng.randint(0, 40),
        "token": C.hexs(rng, 32),
        "surcharge": (when.year, when.month),
        "media": C.keep_or(rng, prev.get("media") if prev.get("joomla") == ("4" if j4 else "3") else None, 0.12,
                           lambda: C.hexs(rng, 32 if j4 else 32)),
    }


LABELS = {"joomla": "Joomla 3 -> 4 upgrade (template redesign)", "hits": "article hits counter",
          "token": "form/csrf token", "surcharge": "monthly fuel-surcharge notice", "media": "media version hash"}


def surcharge(ym):
    y, m = ym
    pct = 9 + int(C.det_sha("fuel", y, m)[:4], 16) % 90 / 10.0
    return "%s %d" % (MONTHS_NOM[m - 1], y), ("%.1f" % pct).replace(".", ",")


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


J3 = """<!DOCTYPE html>
<html lang="el-gr" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.astrapicourier.gr/el/politiki-prostasias-dedomenon" />
	<meta name="keywords" content="courier, ταχυμεταφορές, αποστολές, αντικαταβολή" />
	<meta name="author" content="Super User" />
	<meta name="description" content="Αστραπή Courier - Ταχυμεταφορές σε όλη την Ελλάδα" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Πολιτική Προστασίας Προσωπικών Δεδομένων - Αστραπή Courier</title>
	<link href="/templates/astrapi/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?{{media}}" rel="stylesheet" />
	<link href="/templates/astrapi/css/template.css?{{media}}" rel="stylesheet" />
	<link href="/media/plg_system_cookiesck/assets/front.css?ver=3.3.4" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"{{token}}","system.paths":{"root":"","base":""},"system.keepalive":{"interval":840000,"uri":"\\/index.php\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/jui/js/jquery.min.js?{{media}}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{{media}}"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?{{media}}"></script>
	<script src="/media/system/js/caption.js?{{media}}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{{media}}"></script>
	<script src="/media/system/js/core.js?{{media}}"></script>
	<script src="/media/system/js/keepalive.js?{{media}}"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=UA-40612345-1"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-40612345-1', { 'anonymize_ip': true });</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-142 fluid">
	<div class="body" id="top">
		<div class="container-fluid">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/el/">
						<img src="https://www.astrapicourier.gr/images/logo/astrapi-logo.png" alt="Αστραπή Courier" />
					</a>
					<div class="header-search pull-right">
						<div class="custom tracking-box">
	<form action="/el/anazitisi-apostolis" method="get" class="form-inline"><label for="voucher">Αναζήτηση αποστολής</label> <input id="voucher" name="voucher" type="text" placeholder="Αριθμός αποστολής" /> <button class="btn btn-danger" type="submit">Αναζήτηση</button></form></div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Toggle Navigation</span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/el/" >Αρχική</a></li><li class="item-120"><a href="/el/ypiresies" >Υπηρεσίες</a></li><li class="item-121"><a href="/el/timokatalogos" >Τιμοκατάλογος</a></li><li class="item-122"><a href="/el/katastimata" >Καταστήματα</a></li><li class="item-123"><a href="/el/epikoinonia" >Επικοινωνία</a></li></ul>

				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="el-GR" />
	
		
			<div class="page-header">
					<h2 itemprop="headline">
				{{title}}
			</h2>
									</div>
					
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Λεπτομέρειες							</dt>

			
			
			
			
			
		
					
			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:{{hits}}" />
					Εμφανίσεις: {{hits}}			</dd>						</dl>
	
	
				
								<div itemprop="articleBody">
		{{body}} 	</div>

	
							</div>

					<div class="clearfix"></div>
					
					<!-- End Content -->
				</main>
				<div id="aside" class="span3">
					<!-- Begin Right Sidebar -->
					<div class="well fuel-surcharge"><h3 class="page-header">Επίναυλος καυσίμων</h3>

<div class="custom fuel-surcharge"  >
	<p>Ο επίναυλος καυσίμων για τον μήνα <strong>{{smonth}}</strong> ανέρχεται σε <strong>{{spct}}%</strong> επί του βασικού ναύλου.</p></div>
</div><div class="well "><h3 class="page-header">Είσοδος πελατών</h3><form action="/el/politiki-prostasias-dedomenon" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-user hasTooltip" title="Όνομα χρήστη"></span>
							<label for="modlgn-username" class="element-invisible">Όνομα χρήστη</label>
						</span>
						<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Όνομα χρήστη" />
					</div>
							</div>
		</div>
		<div id="form-login-password" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-lock hasTooltip" title="Κωδικός">
							</span>
								<label for="modlgn-passwd" class="element-invisible">Κωδικός							</label>
						</span>
						<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Κωδικός" />
					</div>
							</div>
		</div>
				<div id="form-login-submit" class="control-group">
			<div class="controls">
				<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Σύνδεση</button>
			</div>
		</div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuYXN0cmFwaWNvdXJpZXIuZ3IvZWwvcG9saXRpa2ktcHJvc3Rhc2lhcy1kZWRvbWVub24=" />
		<input type="hidden" name="{{token}}" value="1" />	</div>
	</form>
</div>
					<!-- End Right Sidebar -->
				</div>
			</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container-fluid">
			<hr />
			<ul class="nav menu footer-menu mod-list">
<li class="item-140"><a href="/el/oroi-xrisis" >Όροι Χρήσης</a></li><li class="item-142 current active"><a href="/el/politiki-prostasias-dedomenon" >Πολιτική Προστασίας Δεδομένων</a></li><li class="item-143"><a href="/el/politiki-cookies" >Πολιτική Cookies</a></li></ul>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Επιστροφή στην κορυφή				</a>
			</p>
			<p>
				&copy; {{year}} Αστραπή Courier			</p>
		</div>
	</footer>
	<div id="cookiesck_interface"></div>
	<script src="/media/plg_system_cookiesck/assets/front.js?ver=3.3.4"></script>
</body>
</html>
"""

J4 = """<!DOCTYPE html>
<html lang="el-gr" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Αστραπή Courier - Ταχυμεταφορές σε όλη την Ελλάδα">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Πολιτική Προστασίας Προσωπικών Δεδομένων - Αστραπή Courier</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

    <link href="/media/system/css/joomla-fontawesome.min.css?{{media}}" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{{media}}" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{{media}}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{{media}}" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia_astrapi/css/user.css?{{media}}" rel="stylesheet" />
	<link href="/media/plg_system_cookiesck/assets/front.css?ver=3.4.1" rel="stylesheet" />
	<style>:root {
		--hue: 354;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #c8102e;
		--template-special-color: #001B4C;
	}</style>

    <script src="/media/mod_menu/js/menu-es5.min.js?{{media}}" nomodule defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Σφάλμα","MESSAGE":"Μήνυμα","NOTICE":"Ειδοποίηση","WARNING":"Προειδοποίηση","JCLOSE":"Κλείσιμο","JOK":"OK","JOPEN":"Άνοιγμα"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.astrapicourier.gr\\/","base":"","baseFull":"https:\\/\\/www.astrapicourier.gr\\/"},"csrf.token":"{{token}}","system.keepalive":{"interval":840000,"uri":"\\/index.php\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?{{media}}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{{media}}" defer></script>
	<script src="/media/system/js/keepalive-es5.min.js?{{media}}" defer nomodule></script>
	<script src="/media/system/js/keepalive.min.js?{{media}}" type="module"></script>
	<script src="/media/system/js/messages.min.js?{{media}}" type="module"></script>
	<script src="/media/plg_system_cookiesck/assets/front.js?ver=3.4.1"></script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-QH5W3N2K8D"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-QH5W3N2K8D');</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">
    <header class="header container-header full-width">

                    <div class="container-topbar">
                <div class="moduletable tracking-box">
        
<div id="mod-custom131" class="mod-custom custom">
    <form action="/el/anazitisi-apostolis" method="get" class="d-flex"><label class="visually-hidden" for="voucher">Αναζήτηση αποστολής</label> <input id="voucher" class="form-control" name="voucher" type="text" placeholder="Αριθμός αποστολής"> <button class="btn btn-danger" type="submit">Αναζήτηση</button></form></div>
</div>

            </div>
        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/el/">
                        <img loading="eager" decoding="async" src="https://www.astrapicourier.gr/images/logo/astrapi-logo-2022.svg" alt="Αστραπή Courier" width="220" height="56">                    </a>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/el/" >Αρχική</a></li><li class="nav-item item-120"><a href="/el/ypiresies" >Υπηρεσίες</a></li><li class="nav-item item-121"><a href="/el/timokatalogos" >Τιμοκατάλογος</a></li><li class="nav-item item-122"><a href="/el/katastimata" >Καταστήματα</a></li><li class="nav-item item-150"><a href="/el/smart-lockers" >Smart Lockers</a></li><li class="nav-item item-123"><a href="/el/epikoinonia" >Επικοινωνία</a></li></ul>

                                            </div>
            </header>

    <div class="site-grid">

        
        
        
        
        <div class="grid-child container-component">
            
            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="el-GR">
    
    
        <div class="page-header">
        <h1 itemprop="headline">
            {{title}}        </h1>
                            </div>
        
        
    
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Λεπτομέρειες                    </dt>

        
        
        
        
        
    
            
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{{hits}}">
    Εμφανίσεις: {{hits}}</dd>
            </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        {{body}}     </div>

        
                                        </div>

            </main>
            
        </div>

        
                <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card fuel-surcharge">
            <h3 class="card-header ">Επίναυλος καυσίμων</h3>        <div class="card-body">
                
<div id="mod-custom132" class="mod-custom custom">
    <p>Ο επίναυλος καυσίμων για τον μήνα <strong>{{smonth}}</strong> ανέρχεται σε <strong>{{spct}}%</strong> επί του βασικού ναύλου.</p></div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Είσοδος πελατών</h3>        <div class="card-body">
                <form id="login-form-16" class="mod-login" action="/el/politiki-prostasias-dedomenon" method="post">

    
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
                            <div class="input-group">
                    <input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Όνομα χρήστη">
                    <label for="modlgn-username-16" class="visually-hidden">Όνομα χρήστη</label>
                    <span class="input-group-text" title="Όνομα χρήστη">
                        <span class="icon-user icon-fw" aria-hidden="true"></span>
                    </span>
                </div>
                    </div>

        <div class="mod-login__password form-group">
                            <div class="input-group">
                    <input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Κωδικός">
                    <label for="modlgn-passwd-16" class="visually-hidden">Κωδικός</label>
                    <button type="button" class="btn btn-secondary input-password-toggle">
                        <span class="icon-eye icon-fw" aria-hidden="true"></span>
                        <span class="visually-hidden">Εμφάνιση κωδικού</span>
                    </button>
                </div>
                    </div>

        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Σύνδεση</button>
        </div>

        <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="aHR0cHM6Ly93d3cuYXN0cmFwaWNvdXJpZXIuZ3IvZWwvcG9saXRpa2ktcHJvc3Rhc2lhcy1kZWRvbWVub24=">
        <input type="hidden" name="{{token}}" value="1">    </div>
    </form>
    </div>
</div>

        </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <ul class="mod-menu mod-list nav ">
<li class="nav-item item-140"><a href="/el/oroi-xrisis" >Όροι Χρήσης</a></li><li class="nav-item item-142 current active"><a href="/el/politiki-prostasias-dedomenon" aria-current="page">Πολιτική Προστασίας Δεδομένων</a></li><li class="nav-item item-143"><a href="/el/politiki-cookies" >Πολιτική Cookies</a></li></ul>

<div id="mod-custom133" class="mod-custom custom">
    <p>© {{year}} ΑΣΤΡΑΠΗ ΤΑΧΥΜΕΤΑΦΟΡΕΣ Α.Ε. – Ταχυδρομική επιχείρηση με Ειδική Άδεια ΕΕΤΤ 98-123</p></div>

            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Επιστροφή στην κορυφή">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    <div id="cookiesck_interface"></div>
</body>
</html>
"""


def render(s, blocks, when):
    month, pct = surcharge(s["surcharge"])
    body = C.blocks_html(blocks[1:], sep=" ")
    return fill(J4 if s["joomla"] == "4" else J3, title=html.escape(blocks[0][1], quote=False), body=body,
                hits=s["hits"], token=s["token"], media=s["media"], smonth=month, spct=pct, year=when.year)


PAGE = {
    "service": "Astrapi Courier",
    "url": URL,
    "lang": "el",
    "platform": "Joomla 3 -> Joomla 4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0")),
    "n": 32,
    "start": dt.date(2021, 1, 15),
    "end": dt.date(2024, 6, 30),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2020, 10, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".item-page", "remove": ".article-info"},
}
