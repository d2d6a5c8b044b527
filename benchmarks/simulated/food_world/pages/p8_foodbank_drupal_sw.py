"""Chakula kwa Wote (Nairobi) - sw-KE - a food-bank charity on Drupal 9 with a Bootstrap Barrio sub-theme and
Paragraphs: the page node's body holds the introduction, a text paragraph the general sections, an accordion
paragraph (Bootstrap 5, every item collapsed) the notices for donors, volunteers, beneficiaries and partner
organisations, and a last text paragraph the rest. Fairly clean: the sidebar's donation block carries Drupal's
per-visit form_build_id and the campaign's progress (amount raised, donors, campaign changing over the year);
the CSS/JS aggregate file names change when caches are rebuilt."""
import datetime as dt
import html
import common as C

URL = "https://www.chakulakwawote.or.ke/sera-ya-faragha"
MIEZI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MIEZI[d.month - 1], d.year)


POLICY = """
# Sera ya Faragha

Ilisasishwa mara ya mwisho: {UPDATED}

Chakula kwa Wote Trust ("Chakula kwa Wote", "sisi") ni shirika la hisani lililosajiliwa nchini Kenya linalokusanya chakula cha ziada kutoka kwa wakulima, maduka makubwa na watengenezaji wa vyakula na kukigawa kwa familia zenye uhitaji, shule na vituo vya watoto kupitia mashirika washirika. Tunaheshimu faragha yako na tunashughulikia taarifa zako binafsi kwa mujibu wa Sheria ya Ulinzi wa Data ya mwaka 2019 (Data Protection Act, 2019) na kanuni zake.

Sera hii inaeleza taarifa tunazokusanya unapotembelea tovuti yetu, unapotoa mchango, unapojitolea, unapopokea msaada wa chakula au unaposhirikiana nasi kama shirika, jinsi tunavyozitumia na haki zako.

## Sisi ni nani

Chakula kwa Wote Trust ni mdhibiti wa data (data controller) na amesajiliwa na Ofisi ya Kamishna wa Ulinzi wa Data (ODPC). Ofisi yetu kuu iko Industrial Area, Nairobi.

## Taarifa tunazokusanya

Kulingana na jinsi unavyoshirikiana nasi, tunaweza kukusanya:

- jina, nambari ya simu, anwani ya barua pepe na anwani ya posta;
- taarifa za michango: kiasi, tarehe, njia ya malipo na nambari ya muamala ya M-Pesa au kadi;
- taarifa za wanaojitolea: umri, ujuzi, upatikanaji na mtu wa kuwasiliana naye wakati wa dharura;
- taarifa za wanufaika zinazokusanywa na mashirika washirika, kama idadi ya watu katika familia na mahali wanapoishi;
- picha na video zinazopigwa katika matukio yetu ya ugawaji wa chakula;
- taarifa za kiufundi kama anwani ya IP, aina ya kivinjari na vidakuzi (cookies).

## Jinsi tunavyotumia taarifa zako

Tunatumia taarifa zako ili:

- kupokea na kuthibitisha michango na kukutumia risiti;
- kukushukuru na kukujulisha kuhusu kazi yetu, ikiwa umekubali;
- kupanga zamu za wanaojitolea na kuhakikisha usalama wao;
- kupanga ugawaji wa chakula kwa haki na kuepuka kurudiwa kwa msaada;
- kutoa ripoti kwa wafadhili wetu na kwa mamlaka husika kama inavyotakiwa na sheria;
- kuboresha tovuti na huduma zetu.

Tunachakata taarifa zako kwa misingi ya idhini yako, utekelezaji wa makubaliano nawe, wajibu wa kisheria, au maslahi halali ya shirika, kama kuzuia udanganyifu.

%% accordion

## Wafadhili

Unapotoa mchango kupitia tovuti, malipo ya M-Pesa yanachakatwa na Safaricom PLC na malipo ya kadi yanachakatwa na Pesapal Limited. Hatuhifadhi nambari kamili ya kadi yako. Wafadhili wanaotoa zaidi ya KSh 100,000 kwa mwaka wanaweza kuorodheshwa katika ripoti yetu ya mwaka, isipokuwa kama wameomba kutotajwa.

## Wanaojitolea

Tunahifadhi taarifa za wanaojitolea kwa muda wote wanaojitolea nasi na kwa miaka miwili baada ya zamu yao ya mwisho. Wanaojitolea wanaofanya kazi na watoto hutakiwa kuwasilisha cheti cha maadili mema (Certificate of Good Conduct), ambacho tunakiangalia lakini hatuhifadhi nakala yake.

## Wanufaika

Taarifa za familia zinazopokea msaada hukusanywa na mashirika washirika na kushirikiwa nasi kwa kiwango cha chini kinachohitajika, kwa kawaida idadi ya watu na eneo. Hatuchapishi majina wala picha za wanufaika bila idhini yao ya maandishi. Taarifa za wanufaika hufutwa baada ya miaka miwili.

## Mashirika washirika

Tunahifadhi majina na mawasiliano ya wafanyakazi wa mashirika washirika, shule na wasambazaji wa chakula kwa ajili ya kupanga usafirishaji na kutoa ripoti. Mashirika washirika yanawajibika kwa taarifa wanazokusanya kutoka kwa wanufaika.

%% tail

## Vyanzo vya taarifa

Taarifa nyingi tunazopata hutolewa na wewe moja kwa moja, kwa mfano unapojaza fomu ya mchango, unapojiandikisha kujitolea au unapotuandikia. Taarifa nyingine tunazipata kutoka kwa watoa huduma wa malipo, ambao hutujulisha kama malipo yamefanikiwa, na kutoka kwa mashirika washirika yanayotuletea takwimu za familia zinazohudumiwa. Taarifa za kiufundi hukusanywa kiotomatiki unapotembelea tovuti.

## Matukio na picha

Katika matukio yetu ya ugawaji wa chakula na ya kuchangisha fedha tunaweza kupiga picha na video kwa ajili ya tovuti, mitandao ya kijamii na ripoti kwa wafadhili. Tunaweka matangazo mahali pa tukio kuhusu upigaji picha. Ikiwa hutaki kupigwa picha, tafadhali mjulishe mpiga picha au mfanyakazi wetu. Hatupigi picha za watoto wanaopokea msaada bila idhini ya maandishi ya mzazi au mlezi.

## Ujumbe mfupi na WhatsApp

Tunatuma ujumbe mfupi (SMS) wa kuthibitisha michango ya M-Pesa na kuwakumbusha wanaojitolea kuhusu zamu zao. Tunatumia pia WhatsApp kuwasiliana na vikundi vya wanaojitolea. Ukijiunga na kikundi cha WhatsApp, nambari yako ya simu itaonekana kwa wanachama wengine wa kikundi. Unaweza kujiondoa kwenye kikundi wakati wowote.

## Kushiriki taarifa

Hatuuzi taarifa zako binafsi. Tunashiriki taarifa na watoa huduma wanaotusaidia, chini ya mikataba inayowataka kulinda taarifa hizo:

- Safaricom PLC (malipo ya M-Pesa na ujumbe mfupi);
- Pesapal Limited (malipo ya kadi);
- Mailchimp (barua pepe za habari);
- Google Ireland Limited (Google Workspace na takwimu za tovuti).

Tunaweza pia kutoa taarifa kwa mamlaka za serikali pale sheria inapotutaka kufanya hivyo.

## Uhamisho wa taarifa nje ya Kenya

Baadhi ya watoa huduma wetu huhifadhi taarifa nje ya Kenya, kwa mfano katika Umoja wa Ulaya na Marekani. Tunahakikisha kuna kinga zinazofaa kama inavyotakiwa na kifungu cha 48 cha Sheria ya Ulinzi wa Data.

## Muda wa kuhifadhi taarifa

| Aina ya taarifa | Muda wa kuhifadhi |
| Rekodi za michango na risiti | Miaka saba |
| Taarifa za wanaojitolea | Miaka miwili baada ya zamu ya mwisho |
| Orodha ya barua pepe za habari | Hadi utakapojiondoa |
| Ujumbe wa fomu ya mawasiliano | Mwaka mmoja |

## Vidakuzi

Tovuti yetu hutumia vidakuzi muhimu ili ifanye kazi, na vidakuzi vya takwimu (Google Analytics) ikiwa umekubali. Unaweza kubadilisha chaguo lako wakati wowote kupitia kiungo cha "Mipangilio ya vidakuzi" chini ya ukurasa.

## Haki zako

Chini ya Sheria ya Ulinzi wa Data, una haki ya:

- kujulishwa jinsi taarifa zako zinavyotumiwa;
- kupata taarifa zako tunazohifadhi;
- kupinga uchakataji wa taarifa zako;
- kurekebisha taarifa zisizo sahihi;
- kufuta taarifa za uongo au zinazopotosha;
- kuhamisha taarifa zako kwa mdhibiti mwingine.

Ili kutumia haki zako, wasiliana na Afisa wetu wa Ulinzi wa Data kupitia anwani iliyo hapa chini. Tutajibu ombi lako ndani ya siku saba za kazi. Ikiwa haujaridhika, unaweza kuwasilisha malalamiko kwa Ofisi ya Kamishna wa Ulinzi wa Data ([www.odpc.go.ke](https://www.odpc.go.ke)).

## Usalama

Tunatumia hatua za kiufundi na za kiutawala kulinda taarifa zako, ikiwa ni pamoja na usimbaji fiche, nywila imara na mafunzo kwa wafanyakazi na wanaojitolea.

## Kufanya maamuzi kiotomatiki

Hatufanyi maamuzi yanayokuhusu kwa njia ya kiotomatiki pekee ambayo yana athari za kisheria au athari nyingine kubwa kwako. Uamuzi kuhusu nani anapokea msaada wa chakula hufanywa na wafanyakazi wa mashirika washirika kwa kushirikiana nasi.

## Ukiukaji wa usalama wa data

Ikitokea ukiukaji wa usalama wa taarifa binafsi unaoweza kukuletea madhara, tutamjulisha Kamishna wa Ulinzi wa Data ndani ya saa 72 tangu tulipoufahamu, na tutakujulisha wewe bila kuchelewa pale inapowezekana.

## Viungo vya tovuti nyingine

Tovuti yetu ina viungo vya tovuti za washirika na mashirika mengine. Hatuwajibiki kwa jinsi tovuti hizo zinavyoshughulikia taarifa binafsi, kwa hivyo tunakushauri usome sera zao za faragha kabla ya kutoa taarifa zako.



## Ripoti kwa wafadhili wa kitaasisi

Wafadhili wa kitaasisi, kama mashirika ya kimataifa na kampuni zinazotoa misaada, hupokea ripoti kuhusu matumizi ya michango yao. Ripoti hizi zinaonyesha takwimu za jumla kama idadi ya milo iliyotolewa, kaunti zilizohudumiwa na idadi ya familia, bila majina ya wanufaika. Ikiwa mfadhili anahitaji kukagua rekodi zetu, ukaguzi hufanywa katika ofisi zetu na taarifa binafsi huonyeshwa kwa kiwango cha chini kinachohitajika.

## Maombi ya kazi

Ukiomba kazi au nafasi ya mafunzo kwetu, tunachakata taarifa zilizo kwenye barua yako ya maombi na wasifu wako ili kutathmini ombi lako. Taarifa za waombaji ambao hawakufanikiwa hufutwa baada ya miezi sita.

## Watoto

Hatukusanyi taarifa za watoto walio chini ya umri wa miaka 18 moja kwa moja bila idhini ya mzazi au mlezi. Watoto wanaopata chakula shuleni kupitia mpango wetu hawasajiliwi kwa majina nasi.

## Mabadiliko ya sera hii

Tunaweza kusasisha sera hii mara kwa mara. Tarehe ya sasisho la mwisho imeonyeshwa juu ya ukurasa huu.

## Wasiliana nasi

@ Afisa wa Ulinzi wa Data, Chakula kwa Wote Trust
@ Enterprise Road, Industrial Area
@ S.L.P. 45678-00100, Nairobi
@ Barua pepe: faragha@chakulakwawote.or.ke
@ Simu: +254 709 123 456
"""

EDITS = [
    {"note": "edit inside a collapsed accordion item: beneficiaries' data now deleted after one year instead of two",
     "repl": [("Taarifa za wanufaika hufutwa baada ya miaka miwili.", "Taarifa za wanufaika hufutwa baada ya mwaka mmoja.")]},
    {"note": "processor added (Flutterwave for international card donations)",
     "repl": [("- Pesapal Limited (malipo ya kadi);", "- Pesapal Limited (malipo ya kadi);\n- Flutterwave Kenya Limited (michango ya kadi kutoka nje ya Kenya);")]},
    {"note": "table row added: photos and videos kept five years",
     "repl": [("| Ujumbe wa fomu ya mawasiliano | Mwaka mmoja |",
               "| Ujumbe wa fomu ya mawasiliano | Mwaka mmoja |\n| Picha na video za matukio | Miaka mitano |")]},
    {"note": "sentence deleted (certificate of good conduct not copied)",
     "repl": [(" Wanaojitolea wanaofanya kazi na watoto hutakiwa kuwasilisha cheti cha maadili mema (Certificate of Good Conduct), ambacho tunakiangalia lakini hatuhifadhi nakala yake.", "")]},
    {"note": "DPO's postal address and phone changed (office moved)",
     "repl": [("@ Enterprise Road, Industrial Area\n@ S.L.P. 45678-00100, Nairobi", "@ Mombasa Road, Sameer Business Park, Block B\n@ S.L.P. 60211-00200, Nairobi"),
              ("@ Simu: +254 709 123 456", "@ Simu: +254 709 123 789")]},
]

CAMPAIGNS = [((1, 2, 3), "Chakula cha Shule: Mwanzo wa Mwaka", 4000000),
             ((4, 5), "Msaada wa Ramadhani na Pasaka", 3000000),
             ((6, 7, 8), "Ukame Kaskazini mwa Kenya", 6000000),
             ((9, 10), "Benki ya Chakula kwa Kila Kaunti", 5000000),
             ((11, 12), "Krismasi Bila Njaa", 3500000)]


def campaign(when):
    for months, name, goal in CAMPAIGNS:
        if when.month in months:
            start = dt.date(when.year, months[0], 1)
            return name, goal, (when.date() - start).days, len(months) * 30
    raise ValueError


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form_build_id"] = "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    name, goal, day, span = campaign(when)
    frac = min(0.98, (day + 3) / span * rng.uniform(0.7, 1.05))
    s["donations"] = (name, int(goal * frac) // 50 * 50, int(900 * frac) + rng.randint(0, 40))
    s["aggregates"] = C.keep_or(rng, prev.get("aggregates"), 0.25,
                                lambda: (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                         C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")))
    return s


LABELS = {
    "form_build_id": "donation form's per-visit form_build_id",
    "donations": "donation campaign progress block in the sidebar (amount, donors, campaign)",
    "aggregates": "CSS/JS aggregate file names (caches rebuilt)",
}


def text_field(blocks, field="field--name-field-body"):
    return ('<div class="clearfix text-formatted field %s field--type-text-long field--label-hidden field__item">%s</div>'
            % (field, "\n".join(C.block_html(b) for b in blocks)))


def render(s, blocks, when):
    segs = C.segments(blocks)
    head = segs["head"]
    title = head[0][1]
    # body field: the date line and the introduction (up to the first h2); the general sections as a text paragraph
    first_h2 = next(n for n, b in enumerate(head) if b[0] == "h2")
    body = ('<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
            % "\n".join(C.block_html(b) for b in head[1:first_h2]))
    p1 = ('<div class="paragraph paragraph--type--text paragraph--view-mode--default">%s</div>' % text_field(head[first_h2:]))
    _, secs = C.split_sections(segs["accordion"])
    items = []
    for n, (h, bl) in enumerate(secs):
        k = 41 + n
        items.append('<div class="accordion-item"><h2 class="accordion-header" id="heading-%d"><button class="accordion-button collapsed" type="button" '
                     'data-bs-toggle="collapse" data-bs-target="#collapse-%d" aria-expanded="false" aria-controls="collapse-%d">%s</button></h2>'
                     '<div id="collapse-%d" class="accordion-collapse collapse" aria-labelledby="heading-%d" data-bs-parent="#accordion-40">'
                     '<div class="accordion-body">%s</div></div></div>' % (k, k, k, C.inline_html(h), k, k, text_field(bl)))
    p2 = ('<div class="paragraph paragraph--type--accordion paragraph--view-mode--default"><div class="accordion" id="accordion-40">%s</div></div>'
          % "".join(items))
    p3 = ('<div class="paragraph paragraph--type--text paragraph--view-mode--default">%s</div>' % text_field(segs["tail"]))
    paragraphs = ('<div class="field field--name-field-sections field--type-entity-reference-revisions field--label-hidden field__items">'
                  '<div class="field__item">%s</div><div class="field__item">%s</div><div class="field__item">%s</div></div>' % (p1, p2, p3))
    name, goal, _, _ = campaign(when)
    _, raised, donors = s["donations"]
    pct = int(100 * raised / goal)
    css, js = s["aggregates"]
    widget = ('<div id="block-chakula-donationwidget" class="block block-chakula-donate block-chakula-donate-widget">'
              '<h2>Changia sasa</h2><div class="content"><div class="donate-campaign"><h3 class="donate-campaign__title">%s</h3>'
              '<div class="progress" role="progressbar" aria-label="Maendeleo ya kampeni" aria-valuenow="%d" aria-valuemin="0" aria-valuemax="100">'
              '<div class="progress-bar bg-success" style="width: %d%%"></div></div>'
              '<p class="donate-campaign__stats"><strong>KSh %s</strong> zimechangwa kati ya lengo la KSh %s &middot; wafadhili %d</p></div>'
              '<form class="chakula-donate-form" data-drupal-selector="chakula-donate-form" action="/sera-ya-faragha" method="post" id="chakula-donate-form" accept-charset="UTF-8">'
              '<fieldset class="js-form-item form-item js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">Kiasi (KSh)</span></legend>'
              '<div class="btn-group" role="group"><input type="radio" class="btn-check" name="amount" id="amount-500" value="500"><label class="btn btn-outline-success" for="amount-500">500</label>'
              '<input type="radio" class="btn-check" name="amount" id="amount-1000" value="1000" checked><label class="btn btn-outline-success" for="amount-1000">1,000</label>'
              '<input type="radio" class="btn-check" name="amount" id="amount-2500" value="2500"><label class="btn btn-outline-success" for="amount-2500">2,500</label></div></fieldset>'
              '<div class="js-form-item form-item js-form-type-tel form-type-tel js-form-item-phone form-item-phone"><label for="edit-phone">Nambari ya M-Pesa</label>'
              '<input data-drupal-selector="edit-phone" type="tel" id="edit-phone" name="phone" value="" size="30" maxlength="13" placeholder="07XX XXX XXX" class="form-tel form-control" /></div>'
              '<input autocomplete="off" data-drupal-selector="%s" type="hidden" name="form_build_id" value="%s" />'
              '<input data-drupal-selector="edit-chakula-donate-form" type="hidden" name="form_id" value="chakula_donate_form" />'
              '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Changia" class="button js-form-submit form-submit btn btn-success" /></div>'
              '</form></div></div>'
              % (html.escape(name), pct, pct, "{:,}".format(raised), "{:,}".format(goal), donors,
                 s["form_build_id"].lower().replace("_", "-"), s["form_build_id"]))
    return (
        '<!DOCTYPE html>\n<html lang="sw" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">\n'
        '  <head>\n    <meta charset="utf-8" />\n<link rel="canonical" href="%s" />\n<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<link rel="icon" href="/themes/custom/chakula/favicon.ico" type="image/vnd.microsoft.icon" />\n'
        '    <title>Sera ya Faragha | Chakula kwa Wote</title>\n'
        '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n'
        '    <script src="/sites/default/files/js/js_%s.js"></script>\n  </head>\n'
        '  <body class="layout-one-sidebar layout-sidebar-second page-node-12 path-node page-node-type-page">\n'
        '    <a href="#main-content" class="visually-hidden focusable skip-link">\n      Ruka hadi maudhui makuu\n    </a>\n    \n'
        '      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n    <div id="page-wrapper">\n  <div id="page">\n'
        '    <header id="header" class="header" role="banner" aria-label="Kichwa cha tovuti">\n'
        '<nav class="navbar navbar-expand-lg navbar-light bg-white" id="navbar-main"><div class="container">'
        '<a href="/" title="Mwanzo" rel="home" class="navbar-brand"><img src="/themes/custom/chakula/logo.svg" alt="Mwanzo" class="img-fluid d-inline-block align-top" /> Chakula kwa Wote</a>'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar"><nav role="navigation" aria-labelledby="block-chakula-main-menu-menu" id="block-chakula-main-menu" class="block block-menu navigation menu--main">'
        '<h2 class="visually-hidden" id="block-chakula-main-menu-menu">Urambazaji mkuu</h2><ul class="clearfix nav navbar-nav">'
        '<li class="nav-item"><a href="/kuhusu-sisi" class="nav-link nav-link--kuhusu-sisi" data-drupal-link-system-path="node/2">Kuhusu sisi</a></li>'
        '<li class="nav-item"><a href="/kazi-yetu" class="nav-link nav-link--kazi-yetu" data-drupal-link-system-path="node/3">Kazi yetu</a></li>'
        '<li class="nav-item"><a href="/jitolee" class="nav-link nav-link--jitolee" data-drupal-link-system-path="node/4">Jitolee</a></li>'
        '<li class="nav-item"><a href="/habari" class="nav-link nav-link--habari" data-drupal-link-system-path="habari">Habari</a></li>'
        '<li class="nav-item"><a href="/changia" class="nav-link btn btn-success text-white nav-link--changia" data-drupal-link-system-path="node/5">Changia</a></li></ul></nav></div></div></nav>\n'
        '    </header>\n'
        '    <div id="main-wrapper" class="layout-main-wrapper clearfix">\n      <div id="main" class="container">\n'
        '        <div class="row row-offcanvas row-offcanvas-left clearfix">\n            <main class="main-content col" id="content" role="main">\n'
        '              <section class="section">\n                <a id="main-content" tabindex="-1"></a>\n                  <div data-drupal-messages-fallback class="hidden"></div>'
        '<div id="block-chakula-page-title" class="block block-core block-page-title-block">\n  \n    \n      <div class="content">\n      \n  <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n\n\n    </div>\n  </div>\n'
        '<div id="block-chakula-content" class="block block-system block-system-main-block">\n  \n    \n      <div class="content">\n      \n\n'
        '<article role="article" about="/sera-ya-faragha" class="node node--type-page node--view-mode-full clearfix">\n  <header>\n    \n        \n      </header>\n'
        '  <div class="node__content clearfix">\n    %s%s\n  </div>\n</article>\n\n    </div>\n  </div>\n\n              </section>\n            </main>\n'
        '                                      <div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">\n              <aside class="section" role="complementary">\n'
        '                  %s\n              </aside>\n            </div>\n                  </div>\n      </div>\n    </div>\n'
        '        <footer class="site-footer">\n              <div class="container">\n                  <div class="site-footer__top clearfix">\n'
        '<div id="block-chakula-footer" class="block block-block-content"><div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        '<p>Chakula kwa Wote Trust &middot; Shirika la hisani lililosajiliwa nchini Kenya &middot; PBO Na. 2147</p>'
        '<p><a href="/sera-ya-faragha">Sera ya Faragha</a> | <a href="/masharti">Masharti ya Matumizi</a> | <a href="#" class="eu-cookie-withdraw">Mipangilio ya vidakuzi</a></p>'
        '<p>&copy; %d Chakula kwa Wote</p></div></div></div>\n'
        '                  </div>\n                              </div>\n          </footer>\n  </div>\n</div>\n\n  </div>\n\n'
        '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/12","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"sw"},'
        '"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,'
        '"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv aria-labelledby=\\u0022popup-text\\u0022  class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in\\u0022\\u003E\\u003Cdiv class=\\u0022popup-content info eu-cookie-compliance-content\\u0022\\u003E\\u003Cdiv id=\\u0022popup-text\\u0022 class=\\u0022eu-cookie-compliance-message\\u0022 role=\\u0022document\\u0022\\u003E\\u003Cp\\u003ETunatumia vidakuzi kuboresha tovuti hii.\\u003C\\/p\\u003E\\u003C\\/div\\u003E\\u003C\\/div\\u003E\\u003C\\/div\\u003E",'
        '"method":"opt_in","cookie_name":"","domain":"","cookie_lifetime":100},"ajaxTrustedUrl":{"\\/sera-ya-faragha":true},"user":{"uid":0,"permissionsHash":"6f1e0c2b9d8a7e5f4c3b2a19087f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5"}}</script>\n'
        '<script src="/sites/default/files/js/js_%s.js"></script>\n'
        '  </body>\n</html>\n'
        % (URL, css, js, html.escape(title), body, paragraphs, widget, when.year, js[::-1]))


PAGE = {
    "service": "Chakula kwa Wote", "url": URL, "lang": "sw-KE", "platform": "Drupal 9 (Bootstrap Barrio, Paragraphs)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Generator", "Drupal 9 (https://www.drupal.org)"), ("X-Drupal-Dynamic-Cache", "UNCACHEABLE"),
                      ("Cache-Control", "must-revalidate, no-cache, private")),
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2024, 12, 20), "hours": (3, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["#block-chakula-page-title h1", "article.node--type-page .node__content"]},
}
