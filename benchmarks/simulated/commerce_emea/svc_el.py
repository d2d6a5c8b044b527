"""Odysseia Travel (Greece): travel booking on WordPress; classic theme, then Elementor redesign (selector changes)."""
import json
from common import *

NAME = "Odysseia Travel"
URL = "https://www.odysseiatravel.gr/politiki-aporritou/"
N = 26
SPAN = ("2021-05-20", "2025-10-10")
REDESIGN = 15
DECL = {"select": [".elementor-widget-theme-post-content"], "remove": [".printfriendly"]}
HISTORY = [{"select": ["article .entry-content"], "remove": [".printfriendly", ".sharedaddy"], "validUntil": None}]

TEXT = """
# Πολιτική Απορρήτου

Τελευταία ενημέρωση: 10 Μαΐου 2021

Η εταιρεία «ΟΔΥΣΣΕΙΑ ΤΑΞΙΔΙΩΤΙΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.» (εφεξής «Odysseia Travel»), με έδρα στην Αθήνα, οδός Φιλελλήνων 18, Τ.Κ. 105 57, ενεργεί ως υπεύθυνος επεξεργασίας των προσωπικών σας δεδομένων σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679 και τον Ν. 4624/2019.

## Ποια δεδομένα συλλέγουμε

Κατά την κράτηση πτήσεων, ξενοδοχείων, ακτοπλοϊκών εισιτηρίων ή πακέτων διακοπών συλλέγουμε το ονοματεπώνυμο, τα στοιχεία επικοινωνίας, τα στοιχεία διαβατηρίου ή ταυτότητας όταν απαιτούνται από τον μεταφορέα, καθώς και τα στοιχεία πληρωμής.

Εάν ζητήσετε ειδική εξυπηρέτηση, π.χ. για άτομα με αναπηρία, ενδέχεται να επεξεργαστούμε δεδομένα υγείας μόνο με τη ρητή συγκατάθεσή σας.

## Για ποιους σκοπούς τα χρησιμοποιούμε

- Για την ολοκλήρωση και διαχείριση των κρατήσεών σας.
- Για την έκδοση παραστατικών και την εκπλήρωση φορολογικών υποχρεώσεων.
- Για την αποστολή ενημερωτικού δελτίου (newsletter) με προσφορές, εφόσον έχετε εγγραφεί.
- Για την ασφάλεια των συναλλαγών και την πρόληψη απάτης.

## Ενημερωτικό δελτίο

Μπορείτε να διαγραφείτε από το ενημερωτικό δελτίο ανά πάσα στιγμή μέσω του συνδέσμου που υπάρχει στο κάτω μέρος κάθε μηνύματος. Τα στοιχεία σας διατηρούνται στη λίστα αποστολής μέχρι τη διαγραφή σας.

## Αποδέκτες

Τα δεδομένα σας διαβιβάζονται στους παρόχους των ταξιδιωτικών υπηρεσιών που κρατάτε (αεροπορικές εταιρείες, ακτοπλοΐες, ξενοδοχεία), στα συστήματα κρατήσεων (GDS) και στους παρόχους πληρωμών.

## Ασφάλεια και παραβιάσεις

Εφαρμόζουμε κατάλληλα τεχνικά και οργανωτικά μέτρα. Σε περίπτωση παραβίασης δεδομένων θα ενημερώσουμε την Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα εντός 72 ωρών.

## Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης. Για την άσκησή τους επικοινωνήστε μαζί μας στο [privacy@odysseiatravel.gr](mailto:privacy@odysseiatravel.gr). Έχετε επίσης δικαίωμα καταγγελίας στην [Αρχή Προστασίας Δεδομένων](https://www.dpa.gr).
"""

EDITS = {
    7: [("## Ενημερωτικό δελτίο\n\nΜπορείτε να διαγραφείτε από το ενημερωτικό δελτίο ανά πάσα στιγμή μέσω του συνδέσμου που υπάρχει στο κάτω μέρος κάθε μηνύματος. Τα στοιχεία σας διατηρούνται στη λίστα αποστολής μέχρι τη διαγραφή σας.\n\n", ""),
        ("Τελευταία ενημέρωση: 10 Μαΐου 2021", "Τελευταία ενημέρωση: 3 Φεβρουαρίου 2022")],
    12: [("στα συστήματα κρατήσεων (GDS) και στους παρόχους πληρωμών.", "στα συστήματα κρατήσεων (GDS), στους παρόχους πληρωμών και σε ασφαλιστικές εταιρείες όταν αγοράζετε ταξιδιωτική ασφάλιση.")],
    18: [("## Ασφάλεια και παραβιάσεις", "## Διαβιβάσεις εκτός ΕΟΧ\n\nΌταν κρατάτε ταξίδι προς χώρα εκτός του Ευρωπαϊκού Οικονομικού Χώρου, τα δεδομένα σας διαβιβάζονται στους τοπικούς παρόχους, καθώς αυτό είναι απαραίτητο για την εκτέλεση της σύμβασης (άρθρο 49 παρ. 1 στοιχ. β ΓΚΠΔ).\n\n## Ασφάλεια και παραβιάσεις"),
         ("Τελευταία ενημέρωση: 3 Φεβρουαρίου 2022", "Τελευταία ενημέρωση: 21 Σεπτεμβρίου 2024")],
    23: [("Φιλελλήνων 18, Τ.Κ. 105 57", "Λεωφ. Συγγρού 112, Τ.Κ. 117 41")],
}

DEALS = [("Σαντορίνη", "Ξενοδοχείο Caldera View 4*", 89), ("Κέρκυρα", "Ionian Blue Resort", 72), ("Ρόδος", "Lindos Bay Hotel", 95),
         ("Νάξος", "Chora Studios", 48), ("Κρήτη", "Elounda Palm 5*", 160), ("Μύκονος", "Ornos Suites", 140), ("Ζάκυνθος", "Laganas Sun", 39)]


def render(text, i, rng, when):
    blocks = parse(text)
    body = "".join(block_html(b, {"p": "has-text-align-justify" if i >= REDESIGN else ""}).replace(' class=""', "") for b in blocks[1:])
    nonce = hx(rng, 10)
    deals = rng.sample(DEALS, 3)
    ver = ["5.7.2", "5.8.1", "5.9.3", "6.0.2", "6.1.1", "6.2.2", "6.3.1", "6.4.3", "6.5.2", "6.6.2", "6.7.1"][min(10, i * 11 // N)]
    deals_html = "".join(f'<div class="deal"><a href="/hotel/{hx(rng, 6)}/?checkin={(when.date()).isoformat()}&amp;nights=3"><strong>{d}</strong> – {h}<br>από <b>{p + rng.randint(-10, 30)}€</b>/νύχτα</a></div>' for d, h, p in deals)
    uc = ('<div id="usercentrics-root" data-testid="uc-app-container"></div><script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="Xy9_kL2mN" async></script>')
    pf = '<div class="printfriendly pf-button pf-alignright"><a href="#" rel="nofollow" onclick="window.print();return false;" title="Printer Friendly, PDF & Email">Εκτύπωση / PDF</a></div>'
    if i < REDESIGN:
        page = f"""<body class="page-template-default page page-id-{311} wp-custom-logo theme-travelwp">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.odysseiatravel.gr/" rel="home"><img src="/wp-content/uploads/2020/03/logo.png" alt="Odysseia Travel"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/ptiseis/">Πτήσεις</a></li><li class="menu-item"><a href="/ksenodoxeia/">Ξενοδοχεία</a></li><li class="menu-item"><a href="/ploia/">Πλοία</a></li><li class="menu-item"><a href="/paketa/">Πακέτα</a></li><li class="menu-item"><a href="/epikoinonia/">Επικοινωνία</a></li></ul></nav>
<div class="header-phone">📞 210 123 4567 (Δευ–Παρ 09:00–18:00)</div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-311" class="post-311 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{inline(blocks[0][1])}</h1></header>
<div class="entry-content">{pf}{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Κοινοποίηση:</h3><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.odysseiatravel.gr%2Fpolitiki-aporritou%2F&amp;nb=1">Facebook</a></div>
</div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_deals"><h2 class="widget-title">Προσφορές της εβδομάδας</h2>{deals_html}</section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Πρόσφατα άρθρα</h2><ul><li><a href="/blog/{rng.randint(100, 999)}/">{rng.choice(["10 νησιά για διακοπές χωρίς κόσμο", "Οδηγός για Βαλκάνια οδικώς", "Πάσχα στην Κέρκυρα", "Φθινοπωρινές αποδράσεις στα Ζαγόρια"])}</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© {when.year} Odysseia Travel · ΜΗΤΕ 0206Ε60000123456 · <a href="/oroi-xrisis/">Όροι χρήσης</a> · <a href="/politiki-aporritou/">Πολιτική απορρήτου</a></div></footer></div>"""
    else:
        eid = lambda n: hx(random.Random(f"el-{n}"), 7)
        page = f"""<body class="page-template page-template-elementor_header_footer page page-id-311 elementor-default elementor-kit-7 elementor-page elementor-page-311">
<div data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header"><div class="elementor-element elementor-element-{eid('h')} e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="https://www.odysseiatravel.gr"><img src="/wp-content/uploads/2024/06/odysseia-logo-2024.svg" alt=""></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/ptiseis/">Πτήσεις</a></li><li><a href="/ksenodoxeia/">Διαμονή</a></li><li><a href="/ploia/">Ακτοπλοϊκά</a></li><li><a href="/paketa/">Πακέτα</a></li><li><a href="/en/">EN</a></li></ul></nav></div></div></div>
<div data-elementor-type="single-page" data-elementor-id="4410" class="elementor elementor-4410 elementor-location-single post-311 page type-page">
<div class="elementor-element elementor-element-{eid('t')} e-con-full e-flex e-con e-parent"><div class="elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title elementor-size-default">{inline(blocks[0][1])}</h1></div>
<div class="elementor-element elementor-element-{eid('c')} elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">{pf}{body}</div></div></div>
<div class="elementor-element elementor-element-{eid('d')} elementor-widget elementor-widget-loop-carousel"><h2>Προσφορές της εβδομάδας</h2><div class="swiper">{deals_html}</div></div>
<div class="elementor-widget elementor-widget-form"><form class="elementor-form"><input type="hidden" name="form_id" value="{eid('f')}"><input type="hidden" name="_wpnonce" value="{nonce}"><label>Εγγραφείτε στο newsletter</label><input type="email" name="email"><button>Εγγραφή</button></form></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><p>© {when.year} Odysseia Travel · ΜΗΤΕ 0206Ε60000123456 · Μέλος HATTA</p><a href="/oroi-xrisis/">Όροι χρήσης</a> <a href="/politiki-aporritou/">Πολιτική απορρήτου</a> <a href="/cookies/">Cookies</a></div>"""
    return f"""<!DOCTYPE html>
<html lang="el" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Πολιτική Απορρήτου - Odysseia Travel</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="Πολιτική Απορρήτου - Odysseia Travel"><meta property="article:modified_time" content="{when.isoformat()}">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver={ver}" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"{URL}","dateModified":"{when.isoformat()}"}}]}}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"\\u03a0\\u03c1\\u03bf\\u03b2\\u03bf\\u03bb\\u03ae \\u03ba\\u03b1\\u03bb\\u03b1\\u03b8\\u03b9\\u03bf\\u03cd","nonce":"{nonce}"}};</script>
{uc}</head>
{page}
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ver":"{ver}"}}</script>
<!-- Page cached by LiteSpeed Cache 6.{rng.randint(0, 5)} on {when.strftime('%Y-%m-%d %H:%M:%S')} -->
</body></html>"""
