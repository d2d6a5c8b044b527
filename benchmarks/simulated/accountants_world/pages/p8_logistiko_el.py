"""Papadopoulos & Synergates - el accounting and payroll office (Thessaloniki) - Drupal 10 with a Bootstrap Barrio
subtheme: page title block, basic page node whose content region also prints the node links (statistics counter)."""
import base64
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.papadopoulos-logistiki.gr/politiki-aporritou"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("el", d), d.year)


POLICY = """
# Πολιτική Απορρήτου και Προστασίας Προσωπικών Δεδομένων

Τελευταία ενημέρωση: {UPDATED}

Το λογιστικό γραφείο «Παπαδόπουλος & Συνεργάτες Ο.Ε.» σέβεται την ιδιωτικότητα των πελατών του και επεξεργάζεται
προσωπικά δεδομένα σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν.
4624/2019. Με την παρούσα πολιτική σας ενημερώνουμε για το ποια δεδομένα συλλέγουμε, για ποιο σκοπό και ποια
δικαιώματα έχετε.

## Υπεύθυνος επεξεργασίας

@ Παπαδόπουλος & Συνεργάτες Ο.Ε. (ΑΦΜ 800123456, ΔΟΥ Ε΄ Θεσσαλονίκης)
@ Τσιμισκή 45, 546 23 Θεσσαλονίκη
@ Τηλ.: 2310 234 567
@ Email: [info@papadopoulos-logistiki.gr](mailto:info@papadopoulos-logistiki.gr)

Υπεύθυνη Προστασίας Δεδομένων (DPO): κ. Μαρία Κωνσταντινίδου,
[dpo@papadopoulos-logistiki.gr](mailto:dpo@papadopoulos-logistiki.gr).

## Ποια δεδομένα συλλέγουμε

- ονοματεπώνυμο, πατρώνυμο, ΑΔΤ, ΑΦΜ, ΑΜΚΑ και ΑΜΑ;
- διεύθυνση κατοικίας, τηλέφωνο, αριθμός τηλεομοιοτυπίας (fax) και email;
- κωδικούς πρόσβασης TAXISnet, μόνο εφόσον μας εξουσιοδοτήσετε ρητά;
- οικονομικά στοιχεία, όπως εισοδήματα, τραπεζικούς λογαριασμούς, ακίνητη περιουσία (Ε9) και παραστατικά;
- στοιχεία μισθοδοσίας των εργαζομένων των πελατών μας.

Τα δεδομένα τα λαμβάνουμε κυρίως από εσάς ή από τον εργοδότη σας, όταν αναλαμβάνουμε τη μισθοδοσία της
επιχείρησης. Ορισμένα στοιχεία αντλούμε, με την εξουσιοδότησή σας, από τις ηλεκτρονικές υπηρεσίες της ΑΑΔΕ και του
e-ΕΦΚΑ, καθώς και από δημόσια μητρώα όπως το Γ.Ε.ΜΗ. και το Μητρώο Πραγματικών Δικαιούχων. Δεν επεξεργαζόμαστε
ειδικές κατηγορίες δεδομένων, εκτός από στοιχεία αναρρωτικών αδειών που απαιτούνται για τη μισθοδοσία.

## Σκοποί και νομική βάση της επεξεργασίας

Επεξεργαζόμαστε τα δεδομένα σας για την τήρηση βιβλίων, τη σύνταξη και υποβολή φορολογικών δηλώσεων, την
έκδοση μισθοδοσίας και τις δηλώσεις στο σύστημα ΕΡΓΑΝΗ και στον e-ΕΦΚΑ, καθώς και για τη διαβίβαση
παραστατικών στην πλατφόρμα myDATA της ΑΑΔΕ. Η επεξεργασία είναι απαραίτητη για την εκτέλεση της σύμβασης
παροχής λογιστικών υπηρεσιών (άρθρο 6 παρ. 1 στοιχ. β ΓΚΠΔ) και για τη συμμόρφωση με έννομες υποχρεώσεις μας,
ιδίως από τον Κώδικα Φορολογικής Διαδικασίας και τον ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων από
παράνομες δραστηριότητες (άρθρο 6 παρ. 1 στοιχ. γ ΓΚΠΔ).

## Αποδέκτες των δεδομένων

Τα δεδομένα σας διαβιβάζονται, στο μέτρο που απαιτείται, στην Ανεξάρτητη Αρχή Δημοσίων Εσόδων (ΑΑΔΕ), στον
e-ΕΦΚΑ, στο Υπουργείο Εργασίας (ΕΡΓΑΝΗ), στο Γενικό Εμπορικό Μητρώο (Γ.Ε.ΜΗ.) και σε τράπεζες. Επίσης,
χρησιμοποιούμε τους εξής εκτελούντες την επεξεργασία:

- πάροχο λογιστικού λογισμικού και λογισμικού μισθοδοσίας (SoftOne Technologies Α.Ε.);
- πάροχο φιλοξενίας ιστοσελίδας (Hostinger International Ltd, με διακομιστές στην Ευρωπαϊκή Ένωση).

## Χρόνος τήρησης

Τα βιβλία και τα στοιχεία τηρούνται για πέντε (5) έτη από τη λήξη της διαχειριστικής χρήσης, σύμφωνα με τον
Κώδικα Φορολογικής Διαδικασίας, και σε κάθε περίπτωση όσο διαρκεί ο χρόνος παραγραφής των αξιώσεων του Δημοσίου.
Τα στοιχεία μισθοδοσίας τηρούνται για όσο χρόνο ορίζει η ασφαλιστική νομοθεσία. Μετά τη λήξη των προθεσμιών τα
δεδομένα διαγράφονται ή καταστρέφονται με ασφάλεια.

## Ασφάλεια

Λαμβάνουμε κατάλληλα τεχνικά και οργανωτικά μέτρα για την προστασία των δεδομένων, όπως κρυπτογράφηση,
περιορισμένη πρόσβαση μόνο σε εξουσιοδοτημένους υπαλλήλους, αντίγραφα ασφαλείας και υποχρέωση εχεμύθειας του
προσωπικού. Τα έντυπα αρχεία φυλάσσονται σε κλειδωμένους χώρους του γραφείου μας.

## Cookies

Ο ιστότοπός μας χρησιμοποιεί μόνο τα απαραίτητα cookies για τη λειτουργία του και, εφόσον το αποδεχθείτε, cookies
στατιστικής ανάλυσης. Μπορείτε να αλλάξετε τις προτιμήσεις σας οποτεδήποτε από τον σύνδεσμο «Ρυθμίσεις cookies»
στο κάτω μέρος της σελίδας.

## Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης. Το
δικαίωμα διαγραφής δεν ισχύει για δεδομένα που υποχρεούμαστε να τηρούμε βάσει νόμου. Για την άσκηση των
δικαιωμάτων σας μπορείτε να επικοινωνήσετε μαζί μας στο email του γραφείου. Θα απαντήσουμε εντός ενός μηνός.
Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, Κηφισίας 1-3,
115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr).

## Τροποποιήσεις

Διατηρούμε το δικαίωμα να τροποποιούμε την παρούσα πολιτική. Κάθε αλλαγή θα δημοσιεύεται σε αυτή τη σελίδα με
ενημέρωση της ημερομηνίας στην αρχή του κειμένου.
"""

EDITS = [
    {"note": "list item removed: fax number no longer collected",
     "repl": [("- διεύθυνση κατοικίας, τηλέφωνο, αριθμός τηλεομοιοτυπίας (fax) και email;",
               "- διεύθυνση κατοικίας, τηλέφωνο και email;")]},
    {"note": "processor added: Epsilon Net client portal (myDATA e-invoicing)",
     "repl": [("- πάροχο φιλοξενίας ιστοσελίδας (Hostinger International Ltd, με διακομιστές στην Ευρωπαϊκή Ένωση).",
               "- πάροχο φιλοξενίας ιστοσελίδας (Hostinger International Ltd, με διακομιστές στην Ευρωπαϊκή Ένωση);\n"
               "- πάροχο ηλεκτρονικής τιμολόγησης και πύλης πελατών (Epsilon Net Α.Ε., πάροχος myDATA).")]},
    {"note": "data protection officer changed (Konstantinidou -> Georgiou)",
     "repl": [("κ. Μαρία Κωνσταντινίδου", "κ. Νικόλαος Γεωργίου")]},
    {"note": "new section: video surveillance at the office entrance",
     "repl": [("## Ασφάλεια",
               "## Βιντεοεπιτήρηση\n\nΣτην είσοδο του γραφείου λειτουργεί σύστημα βιντεοεπιτήρησης για την "
               "προστασία προσώπων και αγαθών. Οι εικόνες τηρούνται για δεκαπέντε (15) ημέρες και στη συνέχεια "
               "διαγράφονται αυτόματα, εκτός εάν απαιτούνται για τη διερεύνηση συμβάντος.\n\n## Ασφάλεια")]},
    {"note": "retention of books extended from five to seven years",
     "repl": [("τηρούνται για πέντε (5) έτη από τη λήξη", "τηρούνται για επτά (7) έτη από τη λήξη")]},
    {"note": "words inserted without new date: 'Τα έντυπα αρχεία και οι φάκελοι πελατών'", "bump": False,
     "repl": [("Τα έντυπα αρχεία φυλάσσονται", "Τα έντυπα αρχεία και οι φάκελοι πελατών φυλάσσονται")]},
]

NEWS = K.make_posts(dt.date(2021, 12, 15), dt.date(2026, 6, 30), [
    "Παράταση προθεσμίας υποβολής φορολογικών δηλώσεων", "Ψηφιακή κάρτα εργασίας: νέοι κλάδοι",
    "Ηλεκτρονική τιμολόγηση: υποχρεωτική εφαρμογή", "Τεκμαρτό εισόδημα ελεύθερων επαγγελματιών",
    "Νέα ποσά κατώτατου μισθού", "ΕΝΦΙΑ: δόσεις και εκπτώσεις", "Σύνδεση POS με ταμειακές μηχανές",
    "Ρύθμιση οφειλών σε 120 δόσεις"], (20, 50), random.Random("papadopoulos-news"))


def banner(when):
    if 3 <= when.month <= 7:
        return "Φορολογικές δηλώσεις %d: στείλτε μας τα δικαιολογητικά σας έως τις 15 Ιουνίου." % when.year
    if when.month in (8, 12):
        return "Το γραφείο θα παραμείνει κλειστό για τις γιορτές. Επείγοντα: info@papadopoulos-logistiki.gr"
    return ""


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form"] = "form-" + base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    s["agg"] = K.sticky(rng, prev.get("agg"), 0.3, lambda: (C.b64tok(rng, 32).replace("+", "-").replace("/", "_")
                                                          .rstrip("="), C.b64tok(rng, 32).replace("+", "-")
                                                          .replace("/", "_").rstrip("=")))
    s["views"] = (prev.get("views") or 2310) + rng.randint(20, 300)
    s["news"] = K.posts_until(NEWS, when)
    s["banner"] = banner(when)
    s["core"] = "10.%d.%d" % (min(4, max(0, (when.year - 2023) * 2 + when.month // 7)), rng.randint(0, 9)) \
        if when.year >= 2023 else "9.4.%d" % rng.randint(5, 9)
    return s


LABELS = {"form": "contact form form_build_id (per request)", "agg": "CSS/JS aggregate file hashes (cache clears)",
          "views": "statistics counter in the node links (INSIDE .node__content, removed)",
          "news": "views block 'Νέα & Εγκύκλιοι' (latest three)", "banner": "seasonal site-wide message block",
          "core": "Drupal core version in the generator meta and ajaxPageState"}


def render(s, blocks, when):
    cssh, jsh = s["agg"]
    body = C.render_blocks(blocks[1:], sep="\n")
    news = "".join('<div class="views-row"><span class="views-field views-field-title"><span class="field-content">'
                   '<a href="/nea/%s" hreflang="el">%s</a></span></span><span class="views-field views-field-created">'
                   '<span class="field-content"><time datetime="%sT09:00:00+02:00">%02d/%02d/%d</time></span></span>'
                   '</div>' % (slug, C.esc(t), d.isoformat(), d.day, d.month, d.year) for d, t, slug in s["news"])
    ban = ('<div id="block-sitemessage" class="block block-block-content alert alert-info" role="status">%s</div>'
           % C.esc(s["banner"])) if s["banner"] else ""
    return (
        '<!DOCTYPE html>\n<html lang="el" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: '
        'http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">\n  <head>\n    <meta charset='
        '"utf-8" />\n<meta name="Generator" content="Drupal %s (https://www.drupal.org)" />\n<meta na'
        'me="MobileOptimized"'
        ' content="width" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<link rel="canonical" href="%s" />\n    <title>Πολιτική Απορρήτου | Παπαδόπουλος &amp; Συνεργάτες</title>\n'
        '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=el&amp;'
        'theme=logistiki&amp;include=eJxtjEEKwzAMBD-k2E8Ksq2oAsUqkpyS35dAIJdel5lhR3pMt" />\n'
        '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
        '"pathPrefix":"","currentPath":"node\\/12","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"el"},'
        '"pluralDelimiter":"\\u0003","ajaxPageState":{"libraries":"eJxtjEEKwzAMBD","theme":"logistiki","theme_token":'
        'null},"statistics":{"data":{"nid":"12"},"url":"\\/core\\/modules\\/statistics\\/statistics.php"},"user":{'
        '"uid":0,"permissionsHash":"9c5e1f3b2a7d4e8f0a6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"}}</script>\n'
        '  </head>\n  <body class="layout-no-sidebars page-node-12 path-node node--type-page">\n'
        '    <a href="#main-content" class="visually-hidden-focusable">Μετάβαση στο κύριο περιεχόμενο</a>\n'
        '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div id="page-wrapper"><div id="'
        'page">\n<header id="header" class="header" role="banner" aria-label="Κεφαλίδα ιστότοπου"><nav class="navbar '
        'navbar-expand-lg" id="navbar-main"><a href="/" title="Αρχική" rel="home" class="navbar-brand'
        '"><img src="/themes'
        '/custom/logistiki/logo.svg" alt="Αρχική" class="img-fluid d-inline-block align-top" /> Παπαδόπουλος &amp; '
        'Συνεργάτες</a><div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar"><nav role="'
        'navigation" aria-labelledby="block-logistiki-main-menu-menu" id="block-logistiki-main-menu" '
        'class="block block-'
        'menu navigation menu--main"><ul class="clearfix nav navbar-nav"><li class="nav-item"><a href="/" class="nav-'
        'link">Αρχική</a></li><li class="nav-item"><a href="/ypiresies" class="nav-link">Υπηρεσίες</a></li><li class="'
        'nav-item"><a href="/nea" class="nav-link">Νέα</a></li><li class="nav-item"><a href="/epikoinonia" class="nav-'
        'link">Επικοινωνία</a></li></ul></nav></div></nav></header>\n%s\n'
        '<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container"><div class="row '
        'row-offcanvas row-offcanvas-left clearfix"><main class="main-content col" id="content" role="main"><section '
        'class="section"><a href="#main-content" id="main-content" tabindex="-1"></a>\n'
        '<div id="block-logistiki-page-title" class="block block-core block-page-title-block"><h1 class="title page-'
        'title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>\n'
        '<div id="block-logistiki-content" class="block block-system block-system-main-block">\n'
        '<article data-history-node-id="12" class="node node--type-page node--view-mode-full">\n'
        '  <div class="node__content clearfix">\n<div class="clearfix text-formatted field field--nam'
        'e-body field--type-'
        'text-with-summary field--label-hidden field__item">%s</div>\n<div class="node__links">\n<ul class="links '
        'inline list-inline"><li class="statistics-counter list-inline-item">%s προβολές</li></ul>\n</div>\n  </div>\n'
        '</article>\n</div>\n</section></main></div></div></div>\n'
        '<footer class="site-footer"><div class="container"><div class="site-footer__top clearfix"><section class="row '
        'region region-footer-first"><div class="views-element-container block block-views block-views-blocknea-block-1'
        '" id="block-views-block-nea-block-1"><h2>Νέα &amp; Εγκύκλιοι</h2><div class="view view-nea view-id-nea view-'
        'display-id-block_1">%s</div></div></section><section class="row region region-footer-second"><form class="'
        'contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-'
        'feedback-form" action="/politiki-aporritou" method="post" id="contact-message-feedback-form" accept-charset="'
        'UTF-8"><div class="js-form-item form-item"><label for="edit-mail">Email</label><input data-drupal-selector="'
        'edit-mail" type="email" id="edit-mail" name="mail" class="form-email required form-control"></div><input '
        'autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" /><input '
        'data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_'
        'feedback_form" /><button class="button button--primary js-form-submit form-submit btn btn-primary" type="'
        'submit" id="edit-submit" name="op" value="Αποστολή">Αποστολή</button></form></section></div><div class="site-'
        'footer__bottom"><p>© %d Παπαδόπουλος &amp; Συνεργάτες Ο.Ε. · <a href="/politiki-aporritou">Πολιτική '
        'Απορρήτου</a> · <a href="#" class="eu-cookie-compliance-settings">Ρυθμίσεις cookies</a></p></div></div>'
        '</footer>\n</div></div>\n    </div>\n    <script src="/sites/default/files/js/js_%s.js?scope=footer&amp;'
        'delta=0&amp;language=el&amp;theme=logistiki"></script>\n  </body>\n</html>\n'
        % (s["core"], URL, cssh, ban, C.inline_html(blocks[0][1]), body, K.C.group_digits(s["views"], "."), news,
           s["form"][5:].lower(), s["form"], when.year, jsh))


PAGE = {
    "service": "Papadopoulos Logistiki", "url": URL, "lang": "el-GR", "platform": "Drupal 10 (Bootstrap Barrio)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 31), "hours": (4, 10, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", "article.node--type-page .node__content"],
                    "remove": [".node__links"]},
}
