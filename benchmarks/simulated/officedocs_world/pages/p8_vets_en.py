"""Glenvale Veterinary Clinic (Naas, Co. Kildare) - en-IE - a Word document saved with "Save as Web Page"
(privacy.htm, windows-1252) and uploaded to the practice's small static site.

Ordinary with one harder feature: the whole file is Word's own HTML (xmlns:o/w/v, DocumentProperties and
WordDocument XML in conditional comments, a long <style> of font, style and @list definitions, div.WordSection1,
MsoListParagraphCxSp* bullets behind <![if !supportLists]>, <o:p></o:p>, unquoted attributes, source lines
wrapped at ~76 columns). Every capture is a re-save: o:Revision, o:TotalTime, o:LastSaved and o:LastAuthor move;
some re-saves re-create the lists (new mso-list-id, template ids, lfo numbers), toggle proofing state, or leave
runs tagged lang=EN-GB from text pasted out of an older document; an Office upgrade (Word 2010 -> Microsoft 365)
rewrites the head.
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.glenvalevets.ie/privacy.htm"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Glenvale Veterinary Clinic – Privacy Notice

Last updated: {UPDATED}

At Glenvale Veterinary Clinic we look after your animals, and we also look after the information you give us about yourself and them. This notice explains what personal data we collect, why we collect it, who we share it with and what your rights are under the General Data Protection Regulation (GDPR) and the Data Protection Act 2018.

## 1. Who we are

Glenvale Veterinary Clinic is the trading name of Glenvale Vets Limited (CRO 612873), whose registered office is at Dublin Road, Naas, Co. Kildare, W91 X2C7. We are the data controller for the personal data described in this notice. The practice is registered with the Veterinary Council of Ireland.

## 2. The information we collect

When you register with us or bring an animal to the clinic, we collect:

- your name, postal address, telephone numbers and email address;
- details of your animal, including its name, species, breed, date of birth and microchip number;
- clinical records, test results, X-rays and the notes our vets and nurses make during consultations;
- details of your pet insurance policy where you ask us to make a claim on your behalf;
- payment information and your account history with the practice;
- CCTV images of the car park, reception and waiting area.

We do not store full card numbers. Card payments are processed by our payment terminal provider.

## 3. Why we use your information

We use your information to provide veterinary care to your animal and to manage your account. This is necessary for the contract between us (Article 6(1)(b) GDPR).

We keep clinical records and report certain matters to the authorities because the law requires it (Article 6(1)(c) GDPR), including under the Veterinary Practice Act 2005, the Microchipping of Dogs Regulations 2015 and Revenue requirements.

We send vaccination, worming and check-up reminders because it is in the legitimate interests of your animal's health and of the practice (Article 6(1)(f) GDPR). We send our newsletter and offers only if you have opted in, and you can opt out at any time.

## 4. Who we share your information with

We only share your information where we need to, and only with:

- referral hospitals and specialists, when your animal is referred for further treatment;
- external laboratories that analyse samples taken at the clinic;
- the microchip database your animal is registered on (such as Fido or Animark), to keep ownership records up to date;
- your pet insurer, when you ask us to submit a claim;
- our practice management software provider, who hosts our records within the EU;
- a debt collection agency, if an account remains unpaid after reminders;
- the Department of Agriculture, Food and the Marine, An Garda Síochána or other authorities where the law requires it, for example for notifiable diseases.

## 5. Reminders and marketing

Reminders are sent by SMS or email. You can stop reminders or marketing messages at any time by replying STOP, by clicking the unsubscribe link or by telling reception.

## 6. How long we keep your information

We keep clinical records for seven years after your animal's last visit. Financial records are kept for six years, as required by Revenue. CCTV footage is kept for 30 days and then overwritten, unless it is needed to investigate an incident.

## 7. Keeping your information secure

Our records are held in a secure, password-protected practice management system, and only staff who need to see your information can access it. Paper consent forms are scanned into your animal's record and then shredded. If a data breach is likely to put you at risk, we will tell you and report it to the Data Protection Commission within 72 hours.

## 8. Our website

Our website does not use tracking or advertising cookies. If you send us a message through the contact form, it is delivered to the clinic's email inbox and handled in the same way as any other email. Please do not use the form for emergencies: call the clinic, or our out-of-hours number, instead.

## 9. Your rights

You have the right to access the personal data we hold about you, to have it corrected, to ask us to erase it or restrict its use, to object to processing based on our legitimate interests, and to receive your data in a portable format. We will respond within one month, and there is normally no charge.

Clinical records about your animal belong to the practice, but we will always provide copies to you or to another veterinary practice on request.

## 10. Complaints

If you are unhappy with how we have handled your information, please contact us first. You also have the right to lodge a complaint with the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, D02 RD28 ([www.dataprotection.ie](https://www.dataprotection.ie)).

## 11. Contact us

Please contact our Practice Manager at [privacy@glenvalevets.ie](mailto:privacy@glenvalevets.ie), by phone on 045 876 213 or by post at the address above.
"""

EDITS = [
    {"note": "online booking through Vetstoria added to the recipients list",
     "repl": [("- external laboratories that analyse", "- Vetstoria, the platform we use for online appointment booking;\n- external laboratories that analyse")]},
    {"note": "CCTV retention changed from 30 to 28 days",
     "repl": [("CCTV footage is kept for 30 days and then overwritten,", "CCTV footage is kept for 28 days and then overwritten,")]},
    {"note": "practice phone number changed (silent, date not bumped)", "bump": False,
     "repl": [("by phone on 045 876 213", "by phone on 045 901 440")]},
    {"note": "prescriptions recorded on the National Veterinary Prescription System (NVPS)",
     "repl": [("including under the Veterinary Practice Act 2005,", "including under the Veterinary Practice Act 2005, the Veterinary Medicinal Products Regulations 2022 (prescriptions for certain medicines are recorded on the Department of Agriculture, Food and the Marine's National Veterinary Prescription System),")]},
    {"note": "practice joined the VetPartners Ireland group: controller statement and group sharing",
     "repl": [("We are the data controller for the personal data described in this notice.",
               "Since 2025 Glenvale Vets Limited has been part of the VetPartners Ireland group. Glenvale Vets Limited remains the data controller for the personal data described in this notice."),
              ("- a debt collection agency,", "- VetPartners Ireland Limited, which provides IT, finance and support services to the practices in its group;\n- a debt collection agency,")]},
]

# typed in Word with AutoFormat: curly apostrophes in the document itself
POLICY = POLICY.replace("'", "’")
for _e in EDITS:
    _e["repl"] = [(a.replace("'", "’"), b.replace("'", "’")) for a, b in _e["repl"]]

def esc(t):
    t = html.escape(t, quote=False)
    return "".join(ch if ord(ch) < 128 or ch in "–’‘“”€" or _cp(ch) else "&#%d;" % ord(ch) for ch in t)


def _cp(ch):
    try:
        ch.encode("windows-1252")
        return True
    except UnicodeEncodeError:
        return False


def smart(t):
    return t


def inl(t, lang):
    x = C.inline_html(t, text=lambda raw: esc(smart(raw)), bold=lambda raw: "<b>%s</b>" % esc(smart(raw)),
                      link=lambda url, label: '<a href="%s">%s</a>' % (html.escape(url), esc(label)))
    return "<span lang=EN-GB>%s</span>" % x if lang else x


def section(s, blocks):
    out = []
    nlist = 0
    for bi, (k, v) in enumerate(blocks):
        lang = bi in s["gb"]
        if k == "h1":
            out.append("<h1>%s<o:p></o:p></h1>" % inl(v, False))
        elif k == "h2":
            out.append("<h2>%s<o:p></o:p></h2>" % inl(v, lang))
        elif k == "p":
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % inl(v, lang))
        elif k == "ul":
            lid, lfo = s["lists"][nlist]
            for j, it in enumerate(v):
                pos = "First" if j == 0 else ("Last" if j == len(v) - 1 else "Middle")
                out.append("<p class=MsoListParagraphCxSp%s style='text-indent:-18.0pt;mso-list:l%d level1 lfo%d'><![if !supportLists]><span "
                           "style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family: Symbol'><span "
                           "style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                           "</span></span></span><![endif]>%s<o:p></o:p></p>" % (pos, lid, lfo, inl(it, lang)))
            nlist += 1
        else:
            raise ValueError(k)
        if k in ("ul",) or (k == "p" and bi + 1 < len(blocks) and blocks[bi + 1][0] == "h2"):
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n\n".join(out)


def wrap(text, width=76):
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return "\n".join(lines)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    rev = (prev.get("props") or (5, 31, None, 0))[0] + rng.randint(1, 3)
    tt = (prev.get("props") or (5, 31, None, 0))[1] + rng.randint(1, 25)
    saved = when - dt.timedelta(days=rng.randint(0, 6), hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
    s["props"] = (rev, tt, saved.strftime("%Y-%m-%dT%H:%M:00Z"), rng.randrange(3))
    s["office"] = "14" if when < dt.datetime(2022, 4, 1) else "15"
    s["lists"] = C.keep_or(rng, prev.get("lists"), 0.25, lambda: tuple((k, k + 1) for k in rng.sample(range(0, 6), 2)))
    s["listids"] = C.keep_or(rng, prev.get("listids"), 0.25, lambda: tuple(rng.randint(100000000, 2100000000) for _ in range(8)))
    s["proof"] = rng.random() < 0.6
    s["gb"] = C.keep_or(rng, prev.get("gb"), 0.15, lambda: frozenset(rng.sample(range(4, 30), rng.randint(0, 5))))
    s["zoom"] = C.keep_or(rng, prev.get("zoom"), 0.2, lambda: rng.choice([100, 110, 120, 140]))
    return s


LABELS = {
    "props": "re-save: o:Revision, o:TotalTime, o:LastSaved, o:LastAuthor",
    "office": "Office upgrade (Word 2010 -> Microsoft 365 head and style definitions)",
    "lists": "lists re-created: l/lfo numbers",
    "listids": "lists re-created: mso-list-id and template ids",
    "proof": "w:SpellingState/GrammarState proofing flags",
    "gb": "runs tagged <span lang=EN-GB> (pasted from an older document)",
    "zoom": "w:Zoom view setting",
}


def render(s, blocks, when):
    rev, tt, saved, who = s["props"]
    words = sum(len(re.findall(r"\S+", v if isinstance(v, str) else " ".join(v))) for k, v in blocks)
    chars = sum(len(v if isinstance(v, str) else "".join(v)) for k, v in blocks)
    author = ["Reception Glenvale", "Siobhan Byrne", "Glenvale Vets"][who]
    gen = "Microsoft Word 15" if s["office"] == "15" else "Microsoft Word 14"
    ver = "16.00" if s["office"] == "15" else "14.00"
    proof = (" <w:SpellingState>Clean</w:SpellingState>\n  <w:GrammarState>Clean</w:GrammarState>\n" if s["proof"] else "")
    fonts = ('@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;\n\tmso-font-charset:0;\n\tmso-generic-font-family:roman;\n\tmso-font-pitch:variable;\n\tmso-font-signature:-536869121 1107305727 33554432 0 415 0;}\n'
             '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;\n\tmso-font-charset:0;\n\tmso-generic-font-family:swiss;\n\tmso-font-pitch:variable;\n\tmso-font-signature:-469750017 -1073732485 9 0 511 0;}\n')
    if s["office"] == "15":
        fonts += ('@font-face\n\t{font-family:"Calibri Light";\n\tpanose-1:2 15 3 2 2 2 4 3 2 4;\n\tmso-font-charset:0;\n\tmso-generic-font-family:swiss;\n\tmso-font-pitch:variable;\n\tmso-font-signature:-469750017 -1073732485 9 0 511 0;}\n')
    hfont = '"Calibri Light",sans-serif' if s["office"] == "15" else '"Cambria",serif'
    lists = "".join("@list l%d\n\t{mso-list-id:%d;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:%d 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}\n"
                    "@list l%d:level1\n\t{mso-level-number-format:bullet;\n\tmso-level-text:\\F0B7;\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\tmargin-left:36.0pt;\n\ttext-indent:-18.0pt;\n\tfont-family:Symbol;}\n"
                    % (l, s["listids"][n], s["listids"][n + 4], l) for n, (l, _) in enumerate(s["lists"]))
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
            'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n<meta name=ProgId content=Word.Document>\n'
            '<meta name=Generator content="%s">\n<meta name=Originator content="%s">\n<link rel=File-List href="privacy_files/filelist.xml">\n'
            '<title>Privacy Notice</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Siobhan Byrne</o:Author>\n'
            '  <o:LastAuthor>%s</o:LastAuthor>\n  <o:Revision>%d</o:Revision>\n  <o:TotalTime>%d</o:TotalTime>\n'
            '  <o:Created>2019-05-20T09:14:00Z</o:Created>\n  <o:LastSaved>%s</o:LastSaved>\n  <o:Pages>3</o:Pages>\n'
            '  <o:Words>%d</o:Words>\n  <o:Characters>%d</o:Characters>\n  <o:Company>Glenvale Veterinary Clinic</o:Company>\n'
            '  <o:Lines>%d</o:Lines>\n  <o:Paragraphs>%d</o:Paragraphs>\n  <o:CharactersWithSpaces>%d</o:CharactersWithSpaces>\n'
            '  <o:Version>%s</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n'
            '<link rel=themeData href="privacy_files/themedata.thmx">\n<link rel=colorSchemeMapping href="privacy_files/colorschememapping.xml">\n'
            '<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:Zoom>%d</w:Zoom>\n %s  <w:TrackMoves>false</w:TrackMoves>\n  <w:TrackFormatting/>\n'
            '  <w:PunctuationKerning/>\n  <w:ValidateAgainstSchemas/>\n  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\n'
            '  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>\n  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>\n'
            '  <w:DoNotPromoteQF/>\n  <w:LidThemeOther>EN-IE</w:LidThemeOther>\n  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>\n'
            '  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>\n </w:WordDocument>\n</xml><![endif]-->\n'
            '<style>\n<!--\n /* Font Definitions */\n%s /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{mso-style-unhide:no;\n\tmso-style-qformat:yes;\n\tmso-style-parent:"";\n\tmargin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:8.0pt;\n'
            '\tmargin-left:0cm;\n\tline-height:107%%;\n\tmso-pagination:widow-orphan;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n'
            '\tmso-ascii-font-family:Calibri;\n\tmso-fareast-language:EN-US;}\nh1\n\t{mso-style-priority:9;\n\tmso-style-qformat:yes;\n'
            '\tmso-style-link:"Heading 1 Char";\n\tmargin-top:12.0pt;\n\tmargin-bottom:0cm;\n\tfont-size:16.0pt;\n\tfont-family:%s;\n\tcolor:#2F5496;\n\tfont-weight:normal;}\n'
            'h2\n\t{mso-style-priority:9;\n\tmso-style-unhide:no;\n\tmso-style-qformat:yes;\n\tmso-style-link:"Heading 2 Char";\n\tmargin-top:2.0pt;\n'
            '\tmargin-bottom:0cm;\n\tfont-size:13.0pt;\n\tfont-family:%s;\n\tcolor:#2F5496;\n\tfont-weight:normal;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\tmso-themecolor:hyperlink;\n\ttext-decoration:underline;\n\ttext-underline:single;}\n'
            'p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst\n\t{mso-style-priority:34;\n\tmso-style-type:export-only;\n'
            '\tmargin-left:36.0pt;\n\tmso-add-space:auto;}\n@page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;\n'
            '\tmso-header-margin:35.4pt;\n\tmso-footer-margin:35.4pt;\n\tmso-paper-source:0;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            ' /* List Definitions */\n%sol\n\t{margin-bottom:0cm;}\nul\n\t{margin-bottom:0cm;}\n-->\n</style>\n'
            '<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n\t{mso-style-name:"Table Normal";\n\tmso-tstyle-rowband-size:0;\n'
            '\tmso-tstyle-colband-size:0;\n\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:"";\n\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n'
            '\tmso-para-margin-top:0cm;\n\tmso-para-margin-right:0cm;\n\tmso-para-margin-bottom:8.0pt;\n\tmso-para-margin-left:0cm;\n\tline-height:107%%;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n</style>\n<![endif]--><!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" spidmax="1026"/>\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout></xml><![endif]-->\n'
            '</head>\n\n' % (gen, gen, author, rev, tt, saved, words, chars, chars // 70, len(blocks), chars + words, ver, s["zoom"], proof,
                              fonts, hfont, hfont, lists))
    body = ("<body lang=EN-IE link=\"#0563C1\" vlink=\"#954F72\" style='tab-interval:36.0pt%s'>\n\n<div class=WordSection1>\n\n%s\n\n</div>\n\n</body>\n\n</html>\n"
            % (";word-wrap:break-word" if s["office"] == "15" else "", section(s, blocks)))
    return head + wrap(body)


PAGE = {
    "service": "Glenvale Veterinary Clinic", "url": URL, "lang": "en-IE", "platform": "Word 'Save as Web Page' (.htm, windows-1252)",
    "content_type": "text/html; charset=windows-1252", "encoding": "windows-1252",
    "extra_headers": (("Server", "Apache"), ("Accept-Ranges", "bytes")),
    "n": 30, "start": dt.date(2021, 1, 11), "end": dt.date(2026, 6, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["div.WordSection1"]},
}
