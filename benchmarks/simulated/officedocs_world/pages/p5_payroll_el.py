"""Ergasio (Thessaloniki) - el-GR - a Confluence Server / Data Center page with anonymous access, in the vendor's
public documentation space ("Νομικά").

Ordinary with one harder feature: the Table of Contents macro renders inside #main-content with a render-time
class (toc-macro rbtoc<epoch ms>) and repeats every heading; heading ids are Confluence's PageTitle-HeadingText
slugs. Noise: the atl_token and request ids in the ajs-* meta tags, the page version and "last modified by ... on"
line (minor saves that change no text: macro settings, restrictions), likes and labels, the space page tree,
Confluence upgrades (7.13 -> 7.19 -> 8.5: superbatch resource hashes, header markup), a system announcement banner.
"""
import datetime as dt
import html
import re
import urllib.parse

import common as C

TITLE = "Πολιτική Απορρήτου"
HOST = "https://docs.ergasio.gr"
URL = HOST + "/display/LEGAL/" + urllib.parse.quote(TITLE.replace(" ", "+"), safe="+")
MHNES = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
MON = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MHNES[d.month - 1], d.year)


POLICY = """
# Πολιτική Απορρήτου

Τελευταία ενημέρωση: {UPDATED}

%% info

Η παρούσα Πολιτική αφορά τους χρήστες της πλατφόρμας Ergasio και τους επισκέπτες του ergasio.gr. Για τα δεδομένα των εργαζομένων που καταχωρίζουν οι πελάτες μας στην πλατφόρμα, η Ergasio ενεργεί ως εκτελούσα την επεξεργασία, σύμφωνα με τη Σύμβαση Επεξεργασίας Δεδομένων (DPA) που έχει υπογραφεί με κάθε πελάτη.

%% body

## 1. Ποιοι είμαστε

Η εταιρεία «Ergasio Software Μονοπρόσωπη Ι.Κ.» (εφεξής «Ergasio» ή «εμείς»), με έδρα στη Θεσσαλονίκη, οδός Εγνατίας 128, Τ.Κ. 546 22, ΑΦΜ 801245367, ΓΕΜΗ 147823906000, παρέχει υπηρεσία λογισμικού μισθοδοσίας και διαχείρισης προσωπικού μέσω διαδικτύου. Η Ergasio είναι υπεύθυνη επεξεργασίας για τα δεδομένα που περιγράφονται στην παρούσα Πολιτική, κατά την έννοια του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και του ν. 4624/2019.

## 2. Ποια δεδομένα συλλέγουμε

- στοιχεία λογαριασμού: ονοματεπώνυμο, επαγγελματικό email, τηλέφωνο, επωνυμία και ΑΦΜ της επιχείρησης·
- στοιχεία τιμολόγησης και συναλλαγών με την Ergasio·
- αιτήματα υποστήριξης και την επικοινωνία σας με την ομάδα μας·
- δεδομένα χρήσης της πλατφόρμας: ημερομηνία και ώρα σύνδεσης, διεύθυνση IP, ενέργειες στην εφαρμογή και αρχεία καταγραφής σφαλμάτων.

## 3. Σκοποί και νομικές βάσεις

| Σκοπός επεξεργασίας | Νομική βάση |
| Δημιουργία και διαχείριση λογαριασμού, παροχή της υπηρεσίας | Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στοιχ. β ΓΚΠΔ) |
| Έκδοση παραστατικών και διαβίβαση στην ΑΑΔΕ (myDATA) | Έννομη υποχρέωση (άρθρο 6 παρ. 1 στοιχ. γ ΓΚΠΔ) |
| Τεχνική υποστήριξη και βελτίωση της υπηρεσίας | Έννομο συμφέρον (άρθρο 6 παρ. 1 στοιχ. στ ΓΚΠΔ) |
| Αποστολή ενημερωτικού δελτίου για αλλαγές στην εργατική νομοθεσία | Συγκατάθεση (άρθρο 6 παρ. 1 στοιχ. α ΓΚΠΔ) |

## 4. Δεδομένα εργαζομένων των πελατών μας

Οι πελάτες μας καταχωρίζουν στην πλατφόρμα δεδομένα των εργαζομένων τους, όπως στοιχεία ταυτότητας, ΑΜΚΑ, ΑΦΜ, αποδοχές, άδειες και ωράρια, προκειμένου να υπολογίσουν τη μισθοδοσία και να υποβάλουν τις σχετικές δηλώσεις στο πληροφοριακό σύστημα ΕΡΓΑΝΗ και στον e-ΕΦΚΑ. Για τα δεδομένα αυτά υπεύθυνος επεξεργασίας είναι ο εργοδότης. Η Ergasio τα επεξεργάζεται μόνο κατ' εντολή του και δεν τα χρησιμοποιεί για δικούς της σκοπούς.

## 5. Αποδέκτες και υπεκτελούντες

Δεν πωλούμε δεδομένα προσωπικού χαρακτήρα. Χρησιμοποιούμε τους εξής υπεκτελούντες την επεξεργασία:

| Υπεκτελών | Υπηρεσία | Τόπος επεξεργασίας |
| Hetzner Online GmbH | φιλοξενία διακομιστών και αντίγραφα ασφαλείας | Γερμανία |
| Atlassian Pty Ltd | σύστημα εξυπηρέτησης πελατών (Jira Service Management) | ΕΕ / ΗΠΑ |
| Viva Wallet Holdings S.A. | πληρωμές συνδρομών | Ελλάδα |
| Brevo (Sendinblue SAS) | αποστολή email | Γαλλία |

Δεδομένα μπορεί επίσης να διαβιβαστούν σε δημόσιες αρχές, όταν αυτό προβλέπεται από τον νόμο.

## 6. Διαβιβάσεις εκτός ΕΟΧ

Όπου υπεκτελών επεξεργάζεται δεδομένα εκτός του Ευρωπαϊκού Οικονομικού Χώρου, η διαβίβαση βασίζεται στις τυποποιημένες συμβατικές ρήτρες της Ευρωπαϊκής Επιτροπής ή σε απόφαση επάρκειας.

## 7. Χρόνος διατήρησης

Τα στοιχεία του λογαριασμού διατηρούνται για όσο διαρκεί η συνδρομή και για 6 μήνες μετά τη λήξη της, ώστε ο πελάτης να μπορεί να εξαγάγει τα δεδομένα του. Τα φορολογικά παραστατικά διατηρούνται για όσο απαιτεί η φορολογική νομοθεσία. Τα αρχεία καταγραφής χρήσης διατηρούνται για 12 μήνες.

## 8. Τα δικαιώματά σας

Έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς και δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας οποτεδήποτε. Τα αιτήματα που αφορούν δεδομένα εργαζομένων διαβιβάζονται στον αντίστοιχο εργοδότη.

Έχετε επίσης δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Κηφισίας 1-3, 115 23 Αθήνα, [www.dpa.gr](https://www.dpa.gr)).

Για να απαντήσουμε σε αίτημά σας ενδέχεται να ζητήσουμε στοιχεία που επιβεβαιώνουν την ταυτότητά σας. Απαντούμε χωρίς καθυστέρηση και σε κάθε περίπτωση εντός ενός μήνα από την παραλαβή του αιτήματος. Η προθεσμία αυτή μπορεί να παραταθεί κατά δύο ακόμη μήνες, εφόσον είναι απαραίτητο λόγω της πολυπλοκότητας του αιτήματος, οπότε θα σας ενημερώσουμε σχετικά.

## 9. Cookies

Ο ιστότοπος ergasio.gr χρησιμοποιεί απολύτως απαραίτητα cookies για τη λειτουργία του και, μόνο με τη συγκατάθεσή σας, cookies στατιστικής ανάλυσης, σύμφωνα με το άρθρο 4 παρ. 5 του ν. 3471/2006. Μπορείτε να αλλάξετε τις επιλογές σας οποτεδήποτε από τον σύνδεσμο «Ρυθμίσεις cookies» στο κάτω μέρος κάθε σελίδας. Η πλατφόρμα της υπηρεσίας χρησιμοποιεί μόνο cookies συνεδρίας.

## 10. Αυτοματοποιημένες αποφάσεις

Η πλατφόρμα υπολογίζει αυτόματα αποδοχές, κρατήσεις και εισφορές με βάση τα στοιχεία που καταχωρίζει ο εργοδότης και την ισχύουσα νομοθεσία. Οι υπολογισμοί αυτοί ελέγχονται και εγκρίνονται από τον εργοδότη ή τον λογιστή του πριν από την υποβολή τους. Η Ergasio δεν λαμβάνει αποφάσεις που βασίζονται αποκλειστικά σε αυτοματοποιημένη επεξεργασία και παράγουν έννομα αποτελέσματα για εσάς.

## 11. Ανήλικοι

Η υπηρεσία απευθύνεται σε επιχειρήσεις και επαγγελματίες. Δεν συλλέγουμε εν γνώσει μας δεδομένα ανηλίκων ως χρηστών της πλατφόρμας.

## 12. Ασφάλεια

Τα δεδομένα κρυπτογραφούνται κατά τη μεταφορά και την αποθήκευση. Η πρόσβαση του προσωπικού μας γίνεται με έλεγχο ταυτότητας δύο παραγόντων και καταγράφεται. Η Ergasio είναι πιστοποιημένη κατά ISO/IEC 27001.

## 13. Επικοινωνία

Για κάθε ερώτημα σχετικά με την προστασία των δεδομένων σας μπορείτε να επικοινωνήσετε με τον Υπεύθυνο Προστασίας Δεδομένων στο [dpo@ergasio.gr](mailto:dpo@ergasio.gr) ή ταχυδρομικά στη διεύθυνση της έδρας μας.
"""

EDITS = [
    {"note": "section 4: digital work card (ψηφιακή κάρτα εργασίας) clock-in data added",
     "repl": [("και δεν τα χρησιμοποιεί για δικούς της σκοπούς.",
               "και δεν τα χρησιμοποιεί για δικούς της σκοπούς.\n\nΣτους πελάτες που χρησιμοποιούν την ψηφιακή κάρτα εργασίας (ν. 4808/2021), η πλατφόρμα λαμβάνει από το ΕΡΓΑΝΗ ΙΙ τις χτυπήσεις έναρξης και λήξης εργασίας των εργαζομένων, ώστε να συγκρίνει τον πραγματικό χρόνο εργασίας με το δηλωμένο ωράριο. Η Ergasio δεν επεξεργάζεται δεδομένα γεωεντοπισμού.")]},
    {"note": "hosting moved from Hetzner (Germany) to Microsoft Azure (West Europe, Netherlands)",
     "repl": [("| Hetzner Online GmbH | φιλοξενία διακομιστών και αντίγραφα ασφαλείας | Γερμανία |",
               "| Microsoft Ireland Operations Ltd (Azure) | φιλοξενία διακομιστών και αντίγραφα ασφαλείας | Ολλανδία |")]},
    {"note": "DPO contact address changed to privacy@ergasio.gr (silent, date not bumped)", "bump": False,
     "repl": [("[dpo@ergasio.gr](mailto:dpo@ergasio.gr)", "[privacy@ergasio.gr](mailto:privacy@ergasio.gr)")]},
    {"note": "usage logs retention cut from 12 to 6 months",
     "repl": [("Τα αρχεία καταγραφής χρήσης διατηρούνται για 12 μήνες.", "Τα αρχεία καταγραφής χρήσης διατηρούνται για 6 μήνες.")]},
    {"note": "new section 'Βοηθός τεχνητής νοημοσύνης' (AI assistant, queries not used for training); later sections renumbered",
     "repl": [("## 12. Ασφάλεια", "## 12. Βοηθός τεχνητής νοημοσύνης\n\nΟ βοηθός «Ergasio AI» απαντά σε ερωτήσεις για την εργατική νομοθεσία και τη χρήση της πλατφόρμας. Οι ερωτήσεις σας επεξεργάζονται μέσω της υπηρεσίας Azure OpenAI στην ΕΕ, δεν χρησιμοποιούνται για την εκπαίδευση μοντέλων και διαγράφονται μετά από 30 ημέρες. Μην εισάγετε στον βοηθό δεδομένα εργαζομένων.\n\n## 13. Ασφάλεια"),
              ("## 13. Επικοινωνία", "## 14. Επικοινωνία")]},
]

def inl(t):
    return C.inline_html(t, link=lambda u, label: '<a href="%s"%s>%s</a>' % (
        html.escape(u), ' class="external-link" rel="nofollow"' if u.startswith("http") else "",
        html.escape(label, quote=False)))


def hid(text):
    return TITLE.replace(" ", "") + "-" + re.sub(r"[\s'«»()]", "", text)


def main_content(s, blocks):
    segs = C.segments(blocks)
    out = []
    heads = [v for k, v in segs["body"] if k == "h2"]
    toc = '<div class="toc-macro rbtoc%d"><ul class="toc-indentation">%s</ul></div>' % (
        s["rbtoc"], "".join('<li><a href="#%s">%s</a></li>' % (html.escape(hid(h)), html.escape(h, quote=False)) for h in heads))
    for k, v in segs["head"][1:]:
        out.append("<p>%s</p>" % inl(v))
    out.append('<div class="confluence-information-macro confluence-information-macro-information">'
               '<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
               '<div class="confluence-information-macro-body">%s</div></div>' % "".join("<p>%s</p>" % inl(v) for k, v in segs["info"]))
    out.append(toc)
    for k, v in segs["body"]:
        if k == "h2":
            out.append('<h2 id="%s">%s</h2>' % (html.escape(hid(v)), inl(v)))
        elif k == "p":
            out.append("<p>%s</p>" % inl(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % inl(i) for i in v))
        elif k == "table":
            head = "".join('<th class="confluenceTh">%s</th>' % inl(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join('<td class="confluenceTd">%s</td>' % inl(x) for x in r) for r in v[1:])
            out.append('<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup>%s</colgroup><tbody><tr>%s</tr>%s</tbody></table></div>'
                       % ("<col/>" * len(v[0]), head, rows))
        else:
            raise ValueError(k)
    return "".join(out)


TREE = ["Όροι Χρήσης", "Πολιτική Απορρήτου", "Πολιτική Cookies", "Σύμβαση Επεξεργασίας Δεδομένων (DPA)",
        "Κατάλογος Υπεκτελούντων", "Συμφωνία Επιπέδου Υπηρεσιών (SLA)", "Πολιτική Αποδεκτής Χρήσης"]
EDITORS = [("mpapadopoulou", "Μαρία Παπαδοπούλου"), ("gnikolaou", "Γιώργος Νικολάου"), ("ktheodorou", "Κατερίνα Θεοδώρου")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = C.hexs(rng, 40)
    s["rbtoc"] = C.epoch(when) * 1000 + rng.randint(0, 999)
    s["reqid"] = C.hexs(rng, 16)
    if prev.get("version") is None:
        s["version"] = (11, when - dt.timedelta(days=rng.randint(20, 60)), rng.randrange(3))
    elif rng.random() < 0.3:
        s["version"] = (prev["version"][0] + rng.randint(1, 2), when - dt.timedelta(hours=rng.randint(3, 200)), rng.randrange(3))
    else:
        s["version"] = prev["version"]
    s["likes"] = min(9, (prev.get("likes") or 0) + (1 if rng.random() < 0.15 else 0))
    s["labels"] = ("gdpr", "legal") if when < dt.datetime(2023, 3, 1) else ("gdpr", "legal", "privacy", "public")
    s["tree"] = 5 if when < dt.datetime(2022, 10, 1) else (6 if when < dt.datetime(2024, 5, 1) else 7)
    s["conf"] = ("7.13.7", "8703") if when < dt.datetime(2022, 11, 1) else (("7.19.8", "8804") if when < dt.datetime(2024, 6, 1) else ("8.5.11", "9012"))
    s["banner"] = rng.random() < 0.15
    return s


LABELS = {
    "token": "ajs-atl-token (per session)",
    "rbtoc": "Table of Contents macro render timestamp class (rbtoc...)",
    "reqid": "ajs-request-id / correlation id",
    "version": "page version and 'last modified by ... on' (minor saves without text change)",
    "likes": "like count",
    "labels": "page labels added",
    "tree": "space page tree (new sibling pages)",
    "conf": "Confluence upgrade (build number, superbatch hashes, header markup)",
    "banner": "system announcement banner (maintenance window)",
}


def render(s, blocks, when):
    ver, vnum = s["conf"]
    pv, mod, ed = s["version"]
    sb = C.det_sha("superbatch", ver)[:32]
    likes = "Be the first to like this" if not s["likes"] else ("%d people like this" % s["likes"] if s["likes"] > 1 else "1 person likes this")
    tree = "".join('<li class="%s"><a href="/display/LEGAL/%s">%s</a></li>' % ("current" if t == TITLE else "", urllib.parse.quote(t.replace(" ", "+"), safe="+"),
                                                                              html.escape(t, quote=False)) for t in TREE[:s["tree"]])
    banner = ('<div id="announcement-banner" class="aui-message aui-message-warning"><p>Προγραμματισμένη συντήρηση: '
              'το Σάββατο 02:00–04:00 η τεκμηρίωση ενδέχεται να μην είναι διαθέσιμη.</p></div>') if s["banner"] else ""
    hdr = ('<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner">'
           '<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/"><img src="/download/attachments/327681/atl.site.logo?version=3&amp;modificationDate=1612345678123&amp;api=v2" alt="Ergasio Docs"></a></span>'
           '<ul class="aui-nav"><li><a href="/dashboard.action" class="aui-nav-link">Spaces</a></li></ul></div>'
           '<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch" action="/dosearchsite.action"><input id="quick-search-query" class="quick-search-query" type="text" name="queryString" placeholder="Search"></form></li>'
           '<li><a href="/login.action?os_destination=%%2Fdisplay%%2FLEGAL" class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>')
    if ver.startswith("8"):
        hdr = hdr.replace('<nav class="aui-header aui-dropdown2-trigger-group"', '<nav class="aui-header aui-dropdown2-trigger-group aui-header--v8" data-aui-responsive="true"')
    return ('<!DOCTYPE html>\n<html>\n<head>\n<title>%s - Νομικά - Ergasio Docs</title>\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">\n<meta charset="UTF-8">\n'
            '<meta id="confluence-context-path" name="confluence-context-path" content="">\n'
            '<meta name="ajs-page-id" content="4980737">\n<meta name="ajs-page-version" content="%d">\n'
            '<meta name="ajs-space-key" content="LEGAL">\n<meta name="ajs-atl-token" content="%s">\n'
            '<meta name="ajs-request-id" content="%s">\n<meta name="ajs-build-number" content="%s">\n'
            '<meta name="ajs-version-number" content="%s">\n<meta name="ajs-remote-user" content="">\n'
            '<link type="text/css" rel="stylesheet" href="/s/%s/%s/1/_/download/superbatch/css/batch.css" media="all">\n'
            '<script type="text/javascript" src="/s/%s/%s/1/_/download/superbatch/js/batch.js?locale=el-GR" data-wrm-key="superbatch-default" data-initially-rendered></script>\n'
            '</head>\n<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">\n'
            '<div id="page"><div id="full-height-container">%s%s\n'
            '<div class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar ia-scrollable-section">'
            '<div class="acs-side-bar-space-info"><a href="/display/LEGAL">Νομικά</a></div><div class="plugin_pagetree"><ul class="plugin_pagetree_children_list">%s</ul></div></div></div></div>\n'
            '<div id="main" class="aui-page-panel"><div id="main-header"><div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">'
            '<li class="first"><span><a href="/collector/pages.action?key=LEGAL">Νομικά</a></span></li></ol></nav></div>'
            '<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="%s">%s</a></span></h1></div>\n'
            '<div id="content" class="page view"><div class="page-metadata"><ul><li class="page-metadata-modification-info">'
            '<span class="author">Created by <a href="/display/~mpapadopoulou" class="url fn">Μαρία Παπαδοπούλου</a></span>, last modified by '
            '<span class="editor"><a href="/display/~%s" class="url fn">%s</a></span> '
            '<a class="last-modified" title="Show changes" href="/pages/diffpagesbyversion.action?pageId=4980737&amp;selectedPageVersions=%d&amp;selectedPageVersions=%d">on %s %02d, %d</a>'
            '</li></ul></div>\n<div id="main-content" class="wiki-content">\n%s\n</div>\n'
            '<div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span>Like</span></a>'
            '<div class="like-summary">%s</div></div><div id="labels-section" class="pageSection group"><ul class="label-list">%s</ul></div></div>'
            '<div id="comments-section" class="pageSection group"></div></div></div></div>\n'
            '<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by '
            '<a href="https://www.atlassian.com/software/confluence" class="hover-footer-link">Atlassian Confluence</a> <span id="footer-build-information">%s</span></li>'
            '<li class="print-only">Printed by Atlassian Confluence %s</li></ul><div id="footer-logo"><a href="https://www.atlassian.com/">Atlassian</a></div></section></div>'
            '</div></div>\n</body>\n</html>\n'
            % (TITLE, pv, s["token"], s["reqid"], vnum, ver, sb, vnum, sb, vnum, hdr, banner, tree, URL, html.escape(blocks[0][1], quote=False),
               EDITORS[ed][0], EDITORS[ed][1], pv - 1, pv, MON[mod.month - 1], mod.day, mod.year, main_content(s, blocks), likes,
               "".join('<li class="aui-label"><a class="aui-label-split-main" href="/label/LEGAL/%s" rel="tag">%s</a></li>' % (l, l) for l in s["labels"]),
               ver, ver))


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


PAGE = {
    "service": "Ergasio", "url": URL, "lang": "el-GR", "platform": "Confluence Server/Data Center (anonymous access)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("X-Confluence-Request-Time", "1"), ("X-ASEN", "SEN-L18437722")),
    "n": 30, "start": dt.date(2021, 5, 3), "end": dt.date(2026, 8, 10),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#title-text", "#main-content"], "remove": [".toc-macro"]},
}
