"""GharMitra (ઘરમિત્ર) - smart-home / IoT device maker (plugs, cameras, doorbells) - Gujarati - Drupal 10 with a
Bootstrap 5 sub-theme; legal pages built from Paragraphs (a "just-in-time notices" paragraph, a call-to-action
paragraph, accordion items).

Layering: intro, then a just-in-time block quoting the in-app permission prompts (camera, location, microphone),
then a privacy-dashboard call-to-action card, then "Expand all / Collapse all" controls and the numbered sections
as Bootstrap accordion items, all collapsed on load (`accordion-collapse collapse`).
Curator: the page title and the node content; the just-in-time block is part of the notice (it is the first layer
the user actually sees, quoted in the policy); the dashboard CTA card (a promotion of a tool, with a button; the
rights section already describes the dashboard) and the expand/collapse buttons are removed. Accordion headings
(numbered section titles inside the toggle buttons) and the collapsed bodies are kept.
Noise (quiet page): Drupal's per-response theme_token and the aggregated CSS/JS file hashes (change when caches
are rebuilt). Outside the region.
Edits: inside a collapsed accordion item (free-plan clip retention 7 -> 14 days); just-in-time block only (location
prompt tells how to revoke, date not bumped); both layers (familiar-face recognition: new prompt + paragraph in
section 4); a section added (children, contact renumbered 10); full text only (rights under the DPDP Act 2023);
full text only (new grievance officer, reply within 15 days).
"""
import datetime as dt
import html
import common as C

URL = "https://www.gharmitra.in/gu/privacy-policy"
MAHINA = ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર",
          "ડિસેમ્બર"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAHINA[d.month - 1], d.year)


def parse_date(t):
    day, month, year = t.split(" ")
    return dt.date(int(year), MAHINA.index(month) + 1, int(day))


POLICY = """
# ગોપનીયતા નીતિ

છેલ્લું અપડેટ: {UPDATED}

ઘરમિત્રના સ્માર્ટ પ્લગ, કૅમેરા, ડોરબેલ અને સેન્સર તમારા ઘરમાં કામ કરે છે, તેથી તમારી ગોપનીયતા અમારા માટે ખૂબ મહત્ત્વની છે. આ નીતિ જણાવે છે કે ઘરમિત્ર ઍપ અને ઉપકરણો કઈ માહિતી એકત્ર કરે છે, શા માટે કરે છે અને તમે તેને કેવી રીતે નિયંત્રિત કરી શકો છો. દરેક વિભાગની વિગતો જોવા માટે તેના શીર્ષક પર ક્લિક કરો.

%% jit

## ઍપમાં તમને દેખાતી સૂચનાઓ

જ્યારે કોઈ સુવિધાને નવી પરવાનગીની જરૂર પડે, ત્યારે ઍપ તે જ ક્ષણે તમને ટૂંકી સૂચના બતાવે છે. આ સૂચનાઓ આ નીતિનો ભાગ છે:

- **કૅમેરા લાઇવ વ્યૂ:** “તમારા કૅમેરાનું લાઇવ દૃશ્ય એન્ક્રિપ્ટ કરીને ફક્ત તમારા ફોન પર મોકલવામાં આવે છે. રેકોર્ડિંગ ત્યારે જ સચવાય છે જ્યારે તમે ક્લાઉડ સ્ટોરેજ ચાલુ કરો.”
- **સ્થાન:** “તમે ઘરે પહોંચો ત્યારે લાઇટ આપોઆપ ચાલુ કરવા માટે ઍપને તમારા અંદાજિત સ્થાનની જરૂર છે. તમારા સ્થાનનો ઇતિહાસ સાચવવામાં આવતો નથી.”
- **માઇક્રોફોન:** “ડોરબેલ દ્વારા મુલાકાતી સાથે વાત કરવા માટે માઇક્રોફોનની જરૂર છે. અવાજ ફક્ત વાતચીત દરમિયાન મોકલાય છે અને સચવાતો નથી.”

%% sections

## 1. અમે કોણ છીએ

આ નીતિ ઘરમિત્ર ટેક્નોલૉજીસ પ્રાઇવેટ લિમિટેડ (“ઘરમિત્ર”, “અમે”) દ્વારા પ્રકાશિત કરવામાં આવી છે, જે ઘરમિત્ર ઉપકરણો, ઍપ અને ક્લાઉડ સેવાઓ ચલાવે છે.

@ ઘરમિત્ર ટેક્નોલૉજીસ પ્રાઇવેટ લિમિટેડ
@ 7મો માળ, શિલ્પ ઍવન્યૂ, સી. જી. રોડ
@ અમદાવાદ 380009, ગુજરાત
@ ઇમેઇલ: [privacy@gharmitra.in](mailto:privacy@gharmitra.in)

## 2. અમે કઈ માહિતી એકત્ર કરીએ છીએ

- **એકાઉન્ટની માહિતી:** નામ, મોબાઇલ નંબર અને ઇમેઇલ સરનામું.
- **ઉપકરણની માહિતી:** મૉડલ, સીરિયલ નંબર, ફર્મવેર સંસ્કરણ, Wi-Fi સિગ્નલની મજબૂતી અને ઉપકરણ ક્યારે ઑનલાઇન કે ઑફલાઇન થયું.
- **ઉપયોગની માહિતી:** ઉપકરણ ક્યારે ચાલુ કે બંધ થયું, તમે બનાવેલાં ઑટોમેશન અને શેડ્યૂલ, તથા વીજળીના વપરાશના આંકડા.
- **વીડિયો અને ઑડિયો:** કૅમેરા અને ડોરબેલનાં રેકોર્ડિંગ, ફક્ત ત્યારે જ્યારે તમે ક્લાઉડ સ્ટોરેજ ચાલુ કર્યું હોય.
- **અવાજના આદેશો:** જો તમે ઘરમિત્રને Alexa અથવા Google Assistant સાથે જોડો, તો તે સેવાઓ દ્વારા મોકલાયેલા આદેશો.

## 3. અમે માહિતીનો ઉપયોગ કેવી રીતે કરીએ છીએ

અમે આ માહિતીનો ઉપયોગ તમારાં ઉપકરણો ચલાવવા, તમને ચેતવણીઓ મોકલવા, ફર્મવેર અપડેટ પહોંચાડવા, ખામીઓ શોધીને સુધારવા અને ગ્રાહક સહાય આપવા માટે કરીએ છીએ. અમે તમારા વીડિયો કે ઑડિયોનો ઉપયોગ જાહેરાત માટે કરતા નથી અને તમારી માહિતી વેચતા નથી.

## 4. કૅમેરા અને ડોરબેલ રેકોર્ડિંગ

મફત યોજનામાં હલનચલન શોધાય ત્યારે બનેલી ક્લિપ્સ 7 દિવસ સુધી ક્લાઉડમાં રાખવામાં આવે છે. ઘરમિત્ર પ્લસ યોજનામાં રેકોર્ડિંગ 30 દિવસ સુધી રાખવામાં આવે છે. તમે કોઈ પણ ક્લિપ ગમે ત્યારે કાઢી શકો છો. દરેક કૅમેરા માટે ગોપનીયતા ઝોન સેટ કરી શકાય છે, જેથી તે વિસ્તાર રેકોર્ડ ન થાય.

## 5. માહિતી કોની સાથે શેર કરીએ છીએ

- ક્લાઉડ સેવા પ્રદાતા, જે ભારતમાં (મુંબઈ ક્ષેત્ર) અમારો ડેટા સંગ્રહ કરે છે;
- Amazon અને Google, ફક્ત ત્યારે જ્યારે તમે તેમના અવાજ સહાયક સાથે જોડાણ કરો;
- અધિકૃત ઇન્સ્ટોલેશન ભાગીદારો, જ્યારે તમે ઇન્સ્ટોલેશન માટે વિનંતી કરો;
- સરકારી અધિકારીઓ, જ્યારે કાયદા દ્વારા જરૂરી હોય.

## 6. માહિતી કેટલો સમય રાખીએ છીએ

એકાઉન્ટની માહિતી તમારું એકાઉન્ટ સક્રિય હોય ત્યાં સુધી રાખવામાં આવે છે. ઉપયોગ અને વીજળી વપરાશના આંકડા 24 મહિના સુધી રાખવામાં આવે છે. એકાઉન્ટ કાઢી નાખ્યા પછી 30 દિવસમાં તમામ માહિતી કાઢી નાખવામાં આવે છે, સિવાય કે કાયદા મુજબ તેને વધુ સમય રાખવી પડે.

## 7. સુરક્ષા

ઉપકરણ અને ક્લાઉડ વચ્ચેનો તમામ સંચાર એન્ક્રિપ્ટેડ છે. દરેક ઉપકરણમાં અલગ સુરક્ષા પ્રમાણપત્ર હોય છે અને ફર્મવેર અપડેટ ડિજિટલ સહીથી ચકાસવામાં આવે છે. અમે તમને બે-પગલાંની ચકાસણી ચાલુ કરવાની ભલામણ કરીએ છીએ.

## 8. તમારા અધિકારો

તમે ઍપના ગોપનીયતા ડેશબોર્ડમાંથી તમારી માહિતી જોઈ, ડાઉનલોડ કરી અથવા કાઢી શકો છો. તમે કોઈ પણ સમયે તમારી સંમતિ પાછી ખેંચી શકો છો, ઉદાહરણ તરીકે ક્લાઉડ સ્ટોરેજ અથવા અવાજ સહાયક સાથેનું જોડાણ બંધ કરીને.

## 9. સંપર્ક અને ફરિયાદ અધિકારી

ગોપનીયતા સંબંધિત પ્રશ્નો કે ફરિયાદો માટે અમારા ફરિયાદ અધિકારી શ્રી હાર્દિક પટેલનો [grievance@gharmitra.in](mailto:grievance@gharmitra.in) પર સંપર્ક કરો. અમે 30 દિવસમાં જવાબ આપીશું.
"""

EDITS = [
    {"note": "inside a collapsed accordion item: free-plan motion clips kept 14 days instead of 7",
     "repl": [("ક્લિપ્સ 7 દિવસ સુધી ક્લાઉડમાં", "ક્લિપ્સ 14 દિવસ સુધી ક્લાઉડમાં")]},
    {"note": "just-in-time block only: the location prompt now says how to revoke the permission; date not bumped",
     "bump": False,
     "repl": [("તમારા સ્થાનનો ઇતિહાસ સાચવવામાં આવતો નથી.”",
               "તમારા સ્થાનનો ઇતિહાસ સાચવવામાં આવતો નથી. તમે આ પરવાનગી ગમે ત્યારે ફોનનાં સેટિંગ્સમાંથી બંધ કરી શકો છો.”")]},
    {"note": "both layers: familiar-face recognition on the doorbell (new just-in-time prompt + paragraph in section 4)",
     "repl": [("- **માઇક્રોફોન:**",
               "- **પરિચિત ચહેરા:** “ડોરબેલ ઓળખીતા લોકોને ઓળખી શકે તે માટે, તમે ઉમેરેલા ચહેરાઓનો ગાણિતિક નમૂનો ફક્ત તમારા એકાઉન્ટમાં સાચવવામાં આવે છે. આ સુવિધા બંધ કરતાં જ તે કાઢી નાખવામાં આવે છે.”\n- **માઇક્રોફોન:**"),
              ("જેથી તે વિસ્તાર રેકોર્ડ ન થાય.",
               "જેથી તે વિસ્તાર રેકોર્ડ ન થાય.\n\nપરિચિત ચહેરા ઓળખવાની સુવિધા ડિફૉલ્ટ રૂપે બંધ હોય છે. તમે તેને ચાલુ કરો, તો તમે નામ આપેલા ચહેરાઓના ગાણિતિક નમૂના (ફેસ ટેમ્પ્લેટ) અમે ફક્ત તમારા એકાઉન્ટમાં સાચવીએ છીએ. આ નમૂના બીજા કોઈ એકાઉન્ટ સાથે શેર થતા નથી અને સુવિધા બંધ કર્યાના 24 કલાકમાં કાઢી નાખવામાં આવે છે.")]},
    {"note": "section added: '9. children's privacy' (contact renumbered 10)",
     "repl": [("## 9. સંપર્ક અને ફરિયાદ અધિકારી",
               "## 9. બાળકોની ગોપનીયતા\n\nઘરમિત્ર એકાઉન્ટ ફક્ત 18 વર્ષ કે તેથી વધુ ઉંમરના લોકો બનાવી શકે છે. ઘરના સભ્ય તરીકે ઉમેરાયેલાં બાળકો માટે અમે તેમના નામ સિવાય કોઈ વ્યક્તિગત માહિતી એકત્ર કરતા નથી, અને તેમની માહિતીનો ઉપયોગ ક્યારેય જાહેરાત કે વર્તન પર નજર રાખવા માટે કરતા નથી.\n\n## 10. સંપર્ક અને ફરિયાદ અધિકારી")]},
    {"note": "full text only: rights section under the Digital Personal Data Protection Act 2023 (nominee, Data Protection Board)",
     "repl": [("અવાજ સહાયક સાથેનું જોડાણ બંધ કરીને.",
               "અવાજ સહાયક સાથેનું જોડાણ બંધ કરીને.\n\nડિજિટલ વ્યક્તિગત ડેટા સંરક્ષણ અધિનિયમ, 2023 હેઠળ, તમારા મૃત્યુ કે અસમર્થતાના કિસ્સામાં તમારા અધિકારોનો ઉપયોગ કરવા માટે તમે કોઈ વ્યક્તિને નામાંકિત કરી શકો છો. જો અમારા જવાબથી તમને સંતોષ ન થાય, તો તમે ભારતના ડેટા પ્રોટેક્શન બોર્ડ સમક્ષ ફરિયાદ કરી શકો છો.")]},
    {"note": "full text only: new grievance officer, replies within 15 days instead of 30",
     "repl": [("અમારા ફરિયાદ અધિકારી શ્રી હાર્દિક પટેલનો", "અમારાં ફરિયાદ અધિકારી શ્રીમતી નેહા દેસાઈનો"),
              ("અમે 30 દિવસમાં જવાબ આપીશું.", "અમે 15 દિવસમાં જવાબ આપીશું.")]},
]


def gold_md(blocks):
    bl = C.without_markers(blocks)
    label, date_txt = bl[1][1].split(": ", 1)  # rendered as a Drupal inline field: label and value are two blocks
    return C.blocks_md(bl[:1] + [("p", label), ("p", date_txt)] + bl[2:], URL)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["theme_token"] = C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    s["aggregates"] = C.keep_or(rng, prev.get("aggregates"), 0.3, lambda: (
        C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"),
        C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")))
    return s


LABELS = {"theme_token": "drupalSettings ajaxPageState.theme_token", "aggregates": "aggregated CSS/JS file hashes"}


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    label, date_txt = head[1][1].split(": ", 1)
    upd = parse_date(date_txt)
    css, js = s["aggregates"]
    jit = seg["jit"]
    jit_html = ('<div class="paragraph paragraph--type--jit-notices paragraph--view-mode--default jit-notices border rounded-3 p-4 mb-4">'
                '<h2 class="h4">%s</h2>%s</div>' % (C.inline_html(jit[0][1]), C.blocks_html(jit[1:], {"ul": "jit-list list-unstyled"})))
    cta = ('<div class="paragraph paragraph--type--cta cta-dashboard d-flex align-items-center gap-3 bg-light rounded-3 p-4 mb-4">'
           '<img src="/themes/custom/gharmitra/images/dashboard.svg" alt="" width="64" height="64" loading="lazy" />'
           '<div><h3 class="h5">તમારો ડેટા, તમારું નિયંત્રણ</h3><p>ઍપમાં ગોપનીયતા ડેશબોર્ડ ખોલીને તમારો ડેટા જુઓ, ડાઉનલોડ કરો અથવા કાઢી નાખો.</p>'
           '<a class="btn btn-primary" href="https://app.gharmitra.in/privacy-dashboard">ડેશબોર્ડ ખોલો</a></div></div>')
    _, secs = C.split_sections(seg["sections"])
    items = []
    for n, (t, bl) in enumerate(secs):
        k = n + 1
        items.append('<div class="accordion-item paragraph paragraph--type--policy-section"><h2 class="accordion-header" id="heading-%d">'
                     '<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-%d" '
                     'aria-expanded="false" aria-controls="collapse-%d">%s</button></h2>'
                     '<div id="collapse-%d" class="accordion-collapse collapse" aria-labelledby="heading-%d">'
                     '<div class="accordion-body">%s</div></div></div>' % (k, k, k, C.inline_html(t), k, k, C.blocks_html(bl)))
    controls = ('<div class="accordion-controls d-flex justify-content-end gap-2 mb-2">'
                '<button type="button" class="btn btn-link btn-sm" data-accordion-expand-all="#policyAccordion">બધું ખોલો</button>'
                '<button type="button" class="btn btn-link btn-sm" data-accordion-collapse-all="#policyAccordion">બધું બંધ કરો</button></div>')
    content = ('<div class="field field--name-field-last-updated field--type-datetime field--label-inline clearfix">'
               '<div class="field__label">%s</div><div class="field__item"><time datetime="%sT12:00:00Z" class="datetime">%s</time></div></div>\n'
               '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>\n'
               '<div class="field field--name-field-layers field--type-entity-reference-revisions field--label-hidden field__items">%s\n%s</div>\n'
               '%s\n<div class="accordion" id="policyAccordion">\n%s\n</div>'
               % (html.escape(label), upd.isoformat(), html.escape(date_txt), C.blocks_html(head[2:]), jit_html, cta, controls,
                  "\n".join(items)))
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"gu\\/","currentPath":"node\\/42","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"gu"},'
                '"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eJxLz0nSz8nMS9VPLi7O0U9OLCrRzUvNTUxP1U9JLc7RS8pPLqgvyI",'
                '"theme":"gharmitra","theme_token":"%s"},"ajaxTrustedUrl":[],"bootstrap5":{"accordion_controls":true},"user":{"uid":0,"permissionsHash":"c1f9a2e04b7d6853e0f4a9c2b1d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9"}}'
                % s["theme_token"])
    return ('<!DOCTYPE html>\n<html lang="gu" dir="ltr" class="h-100">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<link rel="canonical" href="%s" />\n'
            '<link rel="alternate" hreflang="en" href="https://www.gharmitra.in/privacy-policy" />\n<link rel="alternate" hreflang="hi" href="https://www.gharmitra.in/hi/privacy-policy" />\n'
            '<title>%s | ઘરમિત્ર</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=gu&amp;theme=gharmitra&amp;include=eJxLz0nSz8nMS9VPLi7O0U9OLCrRzUvNTUxP1U9JLc7RS8pPLqgvyI" />\n'
            '</head>\n<body class="path-node page-node-type-legal-page d-flex flex-column h-100">\n'
            '<a href="#main-content" class="visually-hidden-focusable">મુખ્ય સામગ્રી પર જાઓ</a>\n'
            '<div class="dialog-off-canvas-main-canvas d-flex flex-column h-100" data-off-canvas-main-canvas>\n'
            '<header><nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container">'
            '<a href="/gu" title="મુખ્ય પૃષ્ઠ" rel="home" class="navbar-brand"><img src="/themes/custom/gharmitra/logo.svg" alt="ઘરમિત્ર" /></a>'
            '<ul class="navbar-nav"><li class="nav-item"><a href="/gu/products" class="nav-link">ઉત્પાદનો</a></li>'
            '<li class="nav-item"><a href="/gu/app" class="nav-link">ઘરમિત્ર ઍપ</a></li><li class="nav-item"><a href="/gu/support" class="nav-link">સહાય</a></li>'
            '<li class="nav-item"><a href="/gu/where-to-buy" class="nav-link">ક્યાંથી ખરીદવું</a></li></ul>'
            '<div class="language-switcher"><a href="/privacy-policy" hreflang="en">English</a> <a href="/hi/privacy-policy" hreflang="hi">हिन्दी</a></div>'
            '</div></nav></header>\n<main role="main" class="flex-shrink-0"><a id="main-content" tabindex="-1"></a>\n<div class="container py-5">\n'
            '<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
            '<div id="block-gharmitra-page-title" class="block block-core block-page-title-block">\n<h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>\n</div>\n'
            '<div id="block-gharmitra-content" class="block block-system block-system-main-block">\n'
            '<article data-history-node-id="42" class="node node--type-legal-page node--view-mode-full">\n<div class="node__content">\n%s\n</div>\n</article>\n</div>\n'
            '</div>\n</div>\n</main>\n'
            '<footer class="mt-auto py-4 bg-dark text-white"><div class="container"><ul class="nav"><li class="nav-item"><a href="/gu/terms" class="nav-link">ઉપયોગની શરતો</a></li>'
            '<li class="nav-item"><a href="/gu/privacy-policy" class="nav-link is-active" aria-current="page">ગોપનીયતા નીતિ</a></li>'
            '<li class="nav-item"><a href="/gu/warranty" class="nav-link">વૉરંટી</a></li></ul>'
            '<p class="small">© ઘરમિત્ર ટેક્નોલૉજીસ પ્રાઇવેટ લિમિટેડ. સર્વ હક સ્વાધીન.</p></div></footer>\n</div>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=gu&amp;theme=gharmitra&amp;include=eJxLz0nSz8nMS9VPLi7O0U9OLCrRzUvNTUxP1U9JLc7RS8pPLqgvyI"></script>\n'
            '</body>\n</html>\n'
            % (URL, html.escape(head[0][1]), css, C.inline_html(head[0][1]), content, settings, js))


PAGE = {
    "service": "GharMitra", "url": URL, "lang": "gu", "platform": "Drupal 10 (Bootstrap 5 sub-theme, Paragraphs)",
    "content_type": "text/html; charset=UTF-8",
    "n": 28, "start": dt.date(2021, 9, 6), "end": dt.date(2025, 8, 29),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 21), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["h1.title", ".node--type-legal-page .node__content"],
                    "remove": [".cta-dashboard", ".accordion-controls"]},
}
