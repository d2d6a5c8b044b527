"""Greek pharmacy chain's e-pharmacy on OpenCart 3.0.3 (a child of the default theme): the policy is an
Information page (`information/information`, SEO URL), whose Summernote description is printed straight into
`#content` after the `<h1>` heading title.

The layout puts the Featured module ("Προσφορές της εβδομάδας") in `content_bottom`, i.e. inside `#content`, right
after the policy: its `<h3>` and `.row` of `.product-layout` cards (products, prices, discount badges) change with
the weekly offers; the curator removes both. Outside `#content`: the top bar's "today" line with the chain's
on-duty (εφημερεύον) branch and its hours, and the header's weekday date. OpenCart's own markup is otherwise
stable.
"""
import datetime as dt
import html

import common as C

URL = "https://www.farmaplus.gr/politiki-aporritou"

POLICY = """
# Πολιτική Απορρήτου

Τελευταία ενημέρωση: {UPDATED}

Η εταιρεία «ΦΑΡΜΑΠΛΑΣ ΦΑΡΜΑΚΕΙΑ Ι.Κ.Ε.» με διακριτικό τίτλο «FarmaPlus» (εφεξής «η Εταιρεία» ή «εμείς») σέβεται την ιδιωτικότητα των επισκεπτών και των πελατών της. Η παρούσα Πολιτική Απορρήτου περιγράφει πώς συλλέγουμε, χρησιμοποιούμε και προστατεύουμε τα προσωπικά σας δεδομένα όταν αγοράζετε από το ηλεκρονικό μας φαρμακείο www.farmaplus.gr ή από τα φυσικά μας καταστήματα, σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 («ΓΚΠΔ») και τον ν. 4624/2019.

## 1. Υπεύθυνος επεξεργασίας

Υπεύθυνος επεξεργασίας είναι η ΦΑΡΜΑΠΛΑΣ ΦΑΡΜΑΚΕΙΑ Ι.Κ.Ε., Λεωφ. Κηφισίας 268, 152 32 Χαλάνδρι, ΑΦΜ 801234567, ΔΟΥ Χαλανδρίου, ΓΕΜΗ 145678901000, τηλ. 210 6800 123, email: info@farmaplus.gr. Το ηλεκτρονικό φαρμακείο λειτουργεί ως προέκταση του φυσικού φαρμακείου της κ. Ελένης Παπαδοπούλου, φαρμακοποιού, στο Χαλάνδρι, και είναι καταχωρισμένο στον κατάλογο νόμιμων ηλεκτρονικών φαρμακείων του Εθνικού Οργανισμού Φαρμάκων (ΕΟΦ).

## 2. Ποια δεδομένα συλλέγουμε

- Στοιχεία ταυτοποίησης και επικοινωνίας: ονοματεπώνυμο, διεύθυνση αποστολής και χρέωσης, τηλέφωνο, email.
- Στοιχεία παραγγελιών: προϊόντα, ποσά, τρόπος πληρωμής και αποστολής, ιστορικό αγορών.
- Στοιχεία τιμολόγησης: επωνυμία, ΑΦΜ και ΔΟΥ, εφόσον ζητήσετε τιμολόγιο.
- Δεδομένα υγείας: στοιχεία ηλεκτρονικής συνταγής και ερωτήσεις που μας απευθύνετε για φάρμακα ή συμπληρώματα διατροφής.
- Στοιχεία πλοήγησης: διεύθυνση IP, τύπος συσκευής και προγράμματος περιήγησης, cookies, σελίδες που επισκεφθήκατε.

Τα δεδομένα αυτά τα λαμβάνουμε απευθείας από εσάς, όταν δημιουργείτε λογαριασμό, ολοκληρώνετε μια παραγγελία, επικοινωνείτε μαζί μας ή επισκέπτεστε τα καταστήματά μας. Δεν συλλέγουμε εν γνώσει μας δεδομένα ανηλίκων κάτω των 15 ετών· οι παραγγελίες για παιδιά γίνονται από τους γονείς ή τους κηδεμόνες τους.

## 3. Σκοποί και νομική βάση της επεξεργασίας

| Σκοπός | Νομική βάση |
| Εκτέλεση και αποστολή παραγγελιών, διαχείριση επιστροφών | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 β ΓΚΠΔ) |
| Εκτέλεση ηλεκτρονικής συνταγής και φαρμακευτική συμβουλή | Παροχή υπηρεσιών υγείας (άρθρο 9 παρ. 2 η ΓΚΠΔ) |
| Έκδοση παραστατικών και τήρηση λογιστικών βιβλίων | Συμμόρφωση με νομική υποχρέωση (άρθρο 6 παρ. 1 γ ΓΚΠΔ) |
| Αποστολή newsletter και εξατομικευμένων προσφορών | Συγκατάθεση (άρθρο 6 παρ. 1 α ΓΚΠΔ) |
| Πρόγραμμα επιβράβευσης FarmaPlus Club | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 β ΓΚΠΔ) |
| Ασφάλεια του ιστότοπου και πρόληψη απάτης | Έννομο συμφέρον (άρθρο 6 παρ. 1 στ ΓΚΠΔ) |

Όταν η επεξεργασία βασίζεται στη συγκατάθεσή σας, μπορείτε να την ανακαλέσετε ανά πάσα στιγμή, χωρίς να θίγεται η νομιμότητα της επεξεργασίας που προηγήθηκε. Για τη διακοπή του newsletter αρκεί να πατήσετε τον σύνδεσμο διαγραφής που υπάρχει σε κάθε μήνυμα.

## 4. Ηλεκτρονική συνταγή και δεδομένα υγείας

Για την εκτέλεση ηλεκτρονικής συνταγής μας δίνετε τον ΑΜΚΑ σας και τον κωδικό της συνταγής (barcode). Οι φαρμακοποιοί μας έχουν πρόσβαση στη συνταγή μέσω του Συστήματος Ηλεκτρονικής Συνταγογράφησης της ΗΔΙΚΑ Α.Ε. αποκλειστικά για την εκτέλεσή της. Τα δεδομένα υγείας δεν χρησιμοποιούνται ποτέ για διαφημιστικούς σκοπούς και δεν κοινοποιούνται σε τρίτους, πλην του ΕΟΠΥΥ και των ασφαλιστικών φορέων, όπου απαιτείται για την απόδοση της συμμετοχής σας.

Μέσω του ηλεκτρονικού καταστήματος διατίθενται μόνο μη συνταγογραφούμενα φάρμακα (ΜΗΣΥΦΑ), σύμφωνα με την ισχύουσα νομοθεσία. Οι ερωτήσεις σας προς τον φαρμακοποιό μέσω της φόρμας «Ρωτήστε τον φαρμακοποιό» διατηρούνται μόνο για όσο διάστημα χρειάζεται για να σας απαντήσουμε. Κατά την παραλαβή φαρμάκων από κατάστημα, ο φαρμακοποιός μπορεί να ζητήσει την επίδειξη της αστυνομικής σας ταυτότητας ή άλλου εγγράφου, χωρίς να κρατήσει αντίγραφό του.

## 5. Αποδέκτες των δεδομένων

| Αποδέκτης | Σκοπός |
| ACS Courier, BOX NOW | Παράδοση παραγγελιών |
| Viva Wallet, PayPal | Διεκπεραίωση πληρωμών |
| Epsilon Net | Έκδοση ηλεκτρονικών παραστατικών και διαβίβαση στην ΑΑΔΕ (myDATA) |
| Mailchimp (Intuit Inc.) | Αποστολή newsletter |
| Πάροχος φιλοξενίας ιστότοπου | Φιλοξενία και τεχνική υποστήριξη του ηλεκτρονικού καταστήματος |

Δεν πωλούμε ούτε εκμισθώνουμε τα προσωπικά σας δεδομένα σε τρίτους. Όλοι οι εκτελούντες την επεξεργασία δεσμεύονται με σύμβαση να τηρούν την εμπιστευτικότητα και να εφαρμόζουν κατάλληλα μέτρα ασφαλείας. Όπου οι πάροχοι μας βρίσκονται εκτός Ευρωπαϊκού Οικονομικού Χώρου, η διαβίβαση γίνεται με τις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής.

## 6. Χρόνος διατήρησης

- Στοιχεία λογαριασμού πελάτη: έως τη διαγραφή του λογαριασμού.
- Στοιχεία παραγγελιών και παραστατικά: 5 έτη από το τέλος της διαχειριστικής χρήσης, όπως ορίζει η φορολογική νομοθεσία.
- Στοιχεία εκτέλεσης συνταγών: για όσο διάστημα ορίζει η νομοθεσία για τα φαρμακεία.
- Email για newsletter: έως την ανάκληση της συγκατάθεσής σας.

## 7. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε οποτεδήποτε τη συγκατάθεσή σας. Για να ασκήσετε τα δικαιώματά σας, στείλτε email στο privacy@farmaplus.gr. Θα σας απαντήσουμε εντός ενός μηνός από την παραλαβή του αιτήματος. Σε περίπτωση που ζητήσετε τη διαγραφή των δεδομένων σας, ενδέχεται να διατηρήσουμε ορισμένα στοιχεία, όπως τα παραστατικά πώλησης και τα στοιχεία εκτέλεσης συνταγών, για όσο χρονικό διάστημα μας υποχρεώνει ο νόμος. Για την ταυτοποίησή σας ενδέχεται να σας ζητήσουμε πρόσθετα στοιχεία πριν ικανοποιήσουμε το αίτημά σας.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

## 8. Cookies

Χρησιμοποιούμε απαραίτητα cookies για τη λειτουργία του καλαθιού αγορών και, με τη συγκατάθεσή σας, cookies στατιστικής (Google Analytics 4) και διαφήμισης (Meta Pixel, Google Ads). Μπορείτε να αλλάξετε τις επιλογές σας από το κουμπί «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας. Τα cookies στατιστικής και διαφήμισης ενεργοποιούνται μόνο αφού πατήσετε «Αποδοχή» στο σχετικό μήνυμα. Αν επιλέξετε «Απόρριψη», η λειτουργία του καταστήματος δεν επηρεάζεται. Οι επιλογές σας αποθηκεύονται για 6 μήνες και στη συνέχεια θα σας ζητηθούν ξανά.

## 9. Επικοινωνία

@ FarmaPlus - ΦΑΡΜΑΠΛΑΣ ΦΑΡΜΑΚΕΙΑ Ι.Κ.Ε.
@ Λεωφ. Κηφισίας 268, 152 32 Χαλάνδρι
@ Τηλ.: 210 6800 123
@ Email: privacy@farmaplus.gr
"""

SECURITY = """## 9. Ασφάλεια των δεδομένων

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των δεδομένων σας, όπως κρυπτογράφηση της σύνδεσης (TLS), περιορισμένη πρόσβαση του προσωπικού ανάλογα με τον ρόλο του, τακτικά αντίγραφα ασφαλείας και εκπαίδευση των εργαζομένων μας. Τα στοιχεία των καρτών πληρωμής δεν αποθηκεύονται στους διακομιστές μας, αλλά καταχωρίζονται απευθείας στο ασφαλές περιβάλλον του παρόχου πληρωμών.

## 10. Επικοινωνία"""

EDITS = [
    {"note": "typo fixed in the intro: ηλεκρονικό -> ηλεκτρονικό (no new date)", "bump": False,
     "repl": [("από το ηλεκρονικό μας φαρμακείο", "από το ηλεκτρονικό μας φαρμακείο")]},
    {"note": "Skroutz (marketplace orders and Skroutz Analytics) added as a recipient row",
     "repl": [("| Mailchimp (Intuit Inc.) | Αποστολή newsletter |",
               "| Mailchimp (Intuit Inc.) | Αποστολή newsletter |\n| Skroutz Α.Ε. | Εκτέλεση παραγγελιών μέσω Skroutz Marketplace και μέτρηση απόδοσης (Skroutz Analytics) |")]},
    {"note": "third courier (Γενική Ταχυδρομική) inserted in the delivery row",
     "repl": [("| ACS Courier, BOX NOW |", "| ACS Courier, BOX NOW, Γενική Ταχυδρομική |")]},
    {"note": "new section 9 on data security; contact renumbered 10",
     "repl": [("## 9. Επικοινωνία", SECURITY)]},
    {"note": "order records retention changed from 5 to 10 years",
     "repl": [("παραστατικά: 5 έτη από το τέλος", "παραστατικά: 10 έτη από το τέλος")]},
    {"note": "phone number changed in section 1 and in the contact block",
     "repl": [("τηλ. 210 6800 123", "τηλ. 210 6801 900"), ("@ Τηλ.: 210 6800 123", "@ Τηλ.: 210 6801 900")]},
]

EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
EL_DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]


def fmt_date(d):
    return "%d %s %d" % (d.day, EL_MONTHS[d.month - 1], d.year)


BRANCHES = ["Χαλανδρίου", "Αμπελοκήπων", "Κηφισιάς", "Γλυφάδας", "Περιστερίου", "Πειραιά", "Νέας Σμύρνης", "Μαρουσίου"]
PRODUCTS = [
    (412, "La Roche-Posay Anthelios UVMune 400 Invisible Fluid SPF50+ 50ml", 21.90),
    (1288, "Vichy Minéral 89 Booster Ενυδάτωσης 50ml", 29.50),
    (733, "Korres Αφρόλουτρο Άγριο Τριαντάφυλλο 250ml", 9.90),
    (2051, "Apivita Bee Radiant Κρέμα Λάμψης 50ml", 34.00),
    (918, "Solgar Vitamin D3 4000IU 60 κάψουλες", 19.80),
    (1502, "Avène Cicalfate+ Επανορθωτική Κρέμα 40ml", 14.60),
    (377, "Frezyderm Sebo Cream 50ml", 16.20),
    (2210, "Bioderma Sensibio H2O Micellar 500ml", 18.90),
    (640, "Lanes Multi Vit 30 αναβράζοντα δισκία", 11.40),
    (1755, "Mustela Hydra Bébé Γαλάκτωμα Σώματος 500ml", 17.30),
    (808, "Eucerin Hyaluron-Filler Κρέμα Νύχτας 50ml", 36.70),
    (1933, "Oral-B Pro Expert Οδοντόκρεμα 75ml", 4.90),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["today"] = when.date().isoformat()
    st["duty"] = (rng.choice(BRANCHES), rng.choice(["21:00", "23:00", "08:00 (24ωρο)"]))

    def offers():
        picks = rng.sample(range(len(PRODUCTS)), 4)
        return [(k, rng.choice([10, 15, 20, 25, 30, 35])) for k in picks]
    st["offers"] = C.keep_or(rng, p.get("offers"), 0.55, offers)
    return st


LABELS = {"today": "top bar weekday/date", "duty": "on-duty (εφημερεύον) branch line",
          "offers": "Featured module 'Προσφορές της εβδομάδας' (inside #content)"}


def esc(s):
    return html.escape(s, quote=False)


def euro(x):
    return ("%.2f" % x).replace(".", ",") + "€"


def policy_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table class="table table-bordered"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % (head, rows))
        elif kind == "h1":
            out.append("<h1>%s</h1>" % C.inline_html(v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out[:1]) + "\n      " + "".join(out[1:])


def featured(offers):
    cards = []
    for k, pct in offers:
        pid, name, price = PRODUCTS[k]
        new = round(price * (100 - pct) / 100, 2)
        slug = "product-%d" % pid
        cards.append("""    <div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12">
    <div class="product-thumb transition">
      <div class="image"><a href="https://www.farmaplus.gr/%s"><img src="https://www.farmaplus.gr/image/cache/catalog/products/%d-228x228.jpg" alt="%s" title="%s" class="img-responsive" /></a><span class="badge-sale">-%d%%</span></div>
      <div class="caption">
        <h4><a href="https://www.farmaplus.gr/%s">%s</a></h4>
                        <p class="price">
                    <span class="price-new">%s</span> <span class="price-old">%s</span>
                            </p>
              </div>
      <div class="button-group">
        <button type="button" onclick="cart.add('%d');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Στο καλάθι</span></button>
        <button type="button" data-toggle="tooltip" title="Προσθήκη στη Λίστα Επιθυμιών" onclick="wishlist.add('%d');"><i class="fa fa-heart"></i></button>
        <button type="button" data-toggle="tooltip" title="Σύγκριση προϊόντος" onclick="compare.add('%d');"><i class="fa fa-exchange"></i></button>
      </div>
    </div>
  </div>""" % (slug, pid, esc(name), esc(name), pct, slug, esc(name), euro(new), euro(price), pid, pid, pid))
    return '<h3>Προσφορές της εβδομάδας</h3>\n<div class="row">\n%s\n</div>\n' % "\n".join(cards)


CATS = [("Δερμοκαλλυντικά", "dermokallyntika"), ("Αντηλιακά", "antiliaka"), ("Συμπληρώματα Διατροφής", "symplirwmata"),
        ("Μητέρα &amp; Παιδί", "mitera-paidi"), ("Στοματική Υγιεινή", "stomatiki-ygieini"), ("ΜΗΣΥΦΑ", "misyfa"),
        ("Ορθοπεδικά", "orthopedika")]


def render(st, blocks, when):
    d = dt.date.fromisoformat(st["today"])
    branch, until = st["duty"]
    menu = "\n".join('        <li><a href="https://www.farmaplus.gr/%s">%s</a></li>' % (u, t) for t, u in CATS)
    return """<!DOCTYPE html>
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
<base href="https://www.farmaplus.gr/" />
<meta name="description" content="Πολιτική Απορρήτου του ηλεκτρονικού φαρμακείου FarmaPlus" />
<meta name="keywords" content="πολιτική απορρήτου, προσωπικά δεδομένα, GDPR" />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="//fonts.googleapis.com/css?family=Open+Sans:400,400i,300,700&amp;subset=greek" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/farmaplus/stylesheet/stylesheet.css" rel="stylesheet">
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
<link href="https://www.farmaplus.gr/politiki-aporritou" rel="canonical" />
<link href="https://www.farmaplus.gr/image/catalog/favicon.png" rel="icon" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QXH3L2M9D"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied', 'ad_user_data': 'denied', 'ad_personalization': 'denied'});
  gtag('js', new Date());

  gtag('config', 'G-7QXH3L2M9D');
</script>
<script>
    (function(a,b,c,d,e,f,g){a['SkroutzAnalyticsObject']=e;a[e]= a[e] || function(){
      (a[e].q = a[e].q || []).push(arguments);};f=b.createElement(c);f.async=true;
      f.src=d;g=b.getElementsByTagName(c)[0];g.parentNode.insertBefore(f,g);
    })(window,document,'script','https://skroutza.skroutz.gr/skroutza.min.js','skroutz_analytics');
    skroutz_analytics('session', 'connect', 'SA-4417-8806');
</script>
</head>
<body>
<div class="topbar-info">
  <div class="container">
    <span class="today"><i class="fa fa-calendar"></i> %s %02d/%02d</span>
    <span class="on-duty"><i class="fa fa-plus-square"></i> Σήμερα εφημερεύει το φαρμακείο <strong>FarmaPlus %s</strong> έως %s</span>
    <span class="free-shipping"><i class="fa fa-truck"></i> Δωρεάν αποστολή για αγορές άνω των 39€</span>
  </div>
</div>
<nav id="top">
  <div class="container">
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="https://www.farmaplus.gr/index.php?route=information/contact"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">210 6800 123</span></li>
        <li class="dropdown"><a href="https://www.farmaplus.gr/index.php?route=account/account" title="Ο Λογαριασμός μου" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Ο Λογαριασμός μου</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
            <li><a href="https://www.farmaplus.gr/index.php?route=account/register">Εγγραφή</a></li>
            <li><a href="https://www.farmaplus.gr/index.php?route=account/login">Σύνδεση</a></li>
          </ul>
        </li>
        <li><a href="https://www.farmaplus.gr/index.php?route=account/wishlist" id="wishlist-total" title="Λίστα Επιθυμιών (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Λίστα Επιθυμιών (0)</span></a></li>
        <li><a href="https://www.farmaplus.gr/index.php?route=checkout/cart" title="Καλάθι Αγορών"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Καλάθι Αγορών</span></a></li>
        <li><a href="https://www.farmaplus.gr/index.php?route=checkout/checkout" title="Ολοκλήρωση Παραγγελίας"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Ολοκλήρωση Παραγγελίας</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="https://www.farmaplus.gr/index.php?route=common/home"><img src="https://www.farmaplus.gr/image/catalog/logo-farmaplus.png" title="FarmaPlus" alt="FarmaPlus" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Αναζήτηση προϊόντος ή μάρκας" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Φόρτωση..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">0 τεμάχιο(α) - 0,00€</span></button>
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
%s
      </ul>
    </div>
  </nav>
</div>
<div id="information-information" class="container">
  <ul class="breadcrumb">
        <li><a href="https://www.farmaplus.gr/index.php?route=common/home"><i class="fa fa-home"></i></a></li>
        <li><a href="https://www.farmaplus.gr/politiki-aporritou">Πολιτική Απορρήτου</a></li>
      </ul>
  <div class="row">
                <div id="content" class="col-sm-12">
      %s%s</div>
    </div>
</div>
<footer>
  <div class="container">
    <div class="row">
            <div class="col-sm-3">
        <h5>Πληροφορίες</h5>
        <ul class="list-unstyled">
                    <li><a href="https://www.farmaplus.gr/about-us">Η εταιρεία</a></li>
                    <li><a href="https://www.farmaplus.gr/tropoi-apostolis">Τρόποι αποστολής &amp; πληρωμής</a></li>
                    <li><a href="https://www.farmaplus.gr/politiki-aporritou">Πολιτική Απορρήτου</a></li>
                    <li><a href="https://www.farmaplus.gr/oroi-xrisis">Όροι Χρήσης</a></li>
                  </ul>
      </div>
            <div class="col-sm-3">
        <h5>Εξυπηρέτηση Πελατών</h5>
        <ul class="list-unstyled">
          <li><a href="https://www.farmaplus.gr/index.php?route=information/contact">Επικοινωνία</a></li>
          <li><a href="https://www.farmaplus.gr/index.php?route=account/return/add">Επιστροφές</a></li>
          <li><a href="https://www.farmaplus.gr/katastimata">Τα καταστήματά μας</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Ο Λογαριασμός μου</h5>
        <ul class="list-unstyled">
          <li><a href="https://www.farmaplus.gr/index.php?route=account/account">Ο Λογαριασμός μου</a></li>
          <li><a href="https://www.farmaplus.gr/index.php?route=account/order">Ιστορικό Παραγγελιών</a></li>
          <li><a href="https://www.farmaplus.gr/index.php?route=account/newsletter">Ενημερωτικό Δελτίο</a></li>
        </ul>
      </div>
      <div class="col-sm-3 eof-logo">
        <a href="https://www.eof.gr/web/guest/eshops" target="_blank" rel="noopener"><img src="https://www.farmaplus.gr/image/catalog/eof/common-logo-gr.png" alt="Κοινό λογότυπο για τα νόμιμα ηλεκτρονικά φαρμακεία" width="110" /></a>
        <p class="small">Υπεύθυνη φαρμακοποιός: Ελένη Παπαδοπούλου, ΑΜ ΦΣΑ 6721</p>
      </div>
    </div>
    <hr>
    <p><a href="#" onclick="cookieconsent.openPreferencesCenter(); return false;">Ρυθμίσεις cookies</a> | Powered By <a href="https://www.opencart.com">OpenCart</a><br /> FarmaPlus &copy; %d</p>
  </div>
</footer>
<script type="text/javascript" src="catalog/view/javascript/cookie-consent/cookie-consent.js" charset="UTF-8"></script>
</body></html>
""" % (EL_DAYS[d.weekday()], d.day, d.month, esc(branch), until, menu, policy_html(blocks), featured(st["offers"]),
       when.year)


PAGE = {
    "service": "FarmaPlus",
    "url": URL,
    "lang": "el",
    "platform": "OpenCart 3.0.3.8 (default theme child; Information page + Featured module in content_bottom)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Cache-Control", "no-store, no-cache, must-revalidate")),
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 11, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#content", "remove": ["#content > h3", "#content > .row"]},
}
