"""Wortels DNA - South African DNA-testing and genealogy service - Afrikaans - WordPress 6 block theme
(Twenty Twenty-Four child, "Regsblad" page template), Easy Table of Contents plugin, WP Super Cache.

Layering: a "Kortliks" summary group holding a "what / why / how long" table, then the full text in numbered
sections (anchors from the TOC plugin inside each heading, a "↑ Terug na bo" link after each section), one core
Details block ("Wat is 'n genotipe?", collapsed), a print / PDF button row at the top, a version history table
("Weergawegeskiedenis") at the foot and a "Vorige weergawes" list of PDF links below it.
Curator: post title + post content; the summary table and the version history table are part of the notice (the
history is written by the owner as part of the document, like the "Laas bygewerk" date, and changes only when the
policy does); the sticky TOC box, the "Terug na bo" links, the print/PDF buttons and the previous-versions link list
(navigation to other documents) are removed.
Noise (quiet page): WP Super Cache's generation comments on every capture; WordPress core and TOC plugin versions
(`?ver=`, the TOC container's version class, inside a removed element) moving with updates.
Edits: retention changed in the summary table only (+ history row); full text only (transparency report, + row);
both layers with a section added (research: table row + new section 9, sections renumbered, + row); inside the
collapsed Details block (700 000 -> 650 000 positions, date not bumped); full text only (new information officer,
+ row); both layers (own laboratory in Stellenbosch: table, section 3, partner removed from section 5, + row).
Every bumped edit adds a row to the version history with the new date.
"""
import datetime as dt
import html
import re
import common as C

URL = "https://www.wortelsdna.co.za/privaatheidsbeleid/"
MAANDE = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDE[d.month - 1], d.year)


POLICY = """
# Privaatheidsbeleid

Laas bygewerk: {UPDATED}

Hierdie beleid verduidelik hoe Wortels DNA jou persoonlike inligting, insluitend jou genetiese inligting, versamel, gebruik en beskerm wanneer jy ons DNA-toetse, webwerf en toep gebruik. Bo-aan vind jy 'n kort opsomming; die volledige beleid volg daarna.

%% kortliks

## Kortliks: wat ons versamel, hoekom en hoe lank

| Watter inligting | Hoekom ons dit gebruik | Hoe lank ons dit hou |
| Jou naam, e-posadres en afleweringsadres | Om jou toetsstel te stuur en jou rekening te bestuur | Tot 3 jaar ná jou laaste aanmelding |
| Jou speekselmonster | Om jou DNA in ons vennootlaboratorium te ontleed | Word binne 30 dae ná ontleding vernietig, tensy jy vra dat ons dit berg |
| Jou genetiese data (genotipe) | Om jou oorsprongsverslag en jou DNA-familielede te wys | Totdat jy dit uitvee |
| Jou stamboom en foto's wat jy oplaai | Om jou stamboom te bou en, as jy wil, met familie te deel | Totdat jy dit uitvee |
| Betalingsinligting | Om jou bestelling te verwerk | 5 jaar, soos belastingwetgewing vereis |

Ons verkoop nooit jou genetiese data nie, en ons deel dit nie met versekeraars of werkgewers nie.

%% volledig

## 1. Wie ons is

Wortels DNA (Edms.) Bpk. is die verantwoordelike party vir die verwerking van jou persoonlike inligting ingevolge die Wet op die Beskerming van Persoonlike Inligting, 2013 (POPIA).

@ Wortels DNA (Edms.) Bpk.
@ Breestraat 112
@ Kaapstad, 8001
@ E-pos: [privaatheid@wortelsdna.co.za](mailto:privaatheid@wortelsdna.co.za)

Ons inligtingsbeampte is Annelie Pretorius. Jy kan haar by bogenoemde e-posadres bereik.

## 2. Inligting wat ons versamel

Ons versamel die inligting wat in die opsomming hierbo gelys word. Jy gee die meeste daarvan self aan ons wanneer jy 'n toetsstel bestel, jou monster registreer of jou stamboom bou. Wanneer jy ons webwerf of toep gebruik, versamel ons ook tegniese inligting soos jou IP-adres, blaaier en die bladsye wat jy besoek.

## 3. Hoe ons jou DNA ontleed

Jou monster word met 'n strepieskode, sonder jou naam, na ons vennootlaboratorium in Pretoria gestuur. Die laboratorium sien nooit jou naam of kontakbesonderhede nie. Ná ontleding word jou genetiese data geënkripteer en apart van jou rekeninginligting gestoor.

::: details

### Wat is 'n genotipe?

Jou genotipe is 'n lys van die letters (A, C, G en T) op ongeveer 700 000 spesifieke posisies in jou DNA. Dit is nie jou volledige genoom nie, maar dit is genoeg om jou oorsprong te beraam en familielede te vind. Omdat dit uniek aan jou is, behandel ons dit as spesiale persoonlike inligting.

:::

## 4. DNA-familielede

Die DNA-familielede-funksie is af totdat jy dit self aanskakel. As jy dit aanskakel, kan ander gebruikers wat dit ook aangeskakel het, jou vertoonnaam, jou geskatte verwantskap en die hoeveelheid DNA wat julle deel, sien. Jy kan die funksie enige tyd in jou instellings afskakel.

## 5. Met wie ons jou inligting deel

- ons vennootlaboratorium, wat jou monster ontleed;
- koeriers, wat jou toetsstel aflewer (slegs jou naam, adres en telefoonnommer);
- ons betalingsverwerker, PayFast;
- ons wolkverskaffer, wat data in Johannesburg en Frankfurt stoor.

Ons deel nooit genetiese data met versekeraars, werkgewers of bemarkers nie.

## 6. Versoeke van wetstoepassers

Ons gee slegs genetiese data aan die polisie of ander owerhede as 'n hof dit beveel. Ons stel jou in kennis voordat ons so 'n bevel nakom, tensy die wet dit verbied.

## 7. Hoe lank ons jou inligting hou

Ons hou jou inligting vir die tydperke in die tabel "Kortliks" hierbo. Wanneer jy jou rekening uitvee, vee ons jou genetiese data en stamboom binne 30 dae uit.

## 8. Jou regte

Ingevolge POPIA het jy die reg om te vra watter persoonlike inligting ons oor jou hou, om dit te laat regstel of uitvee, en om beswaar te maak teen die verwerking daarvan. Jy kan jou rou DNA-data enige tyd in jou rekening aflaai. As jy nie tevrede is met hoe ons jou versoek hanteer nie, kan jy 'n klag by die Inligtingsreguleerder indien: [inforegulator.org.za](https://inforegulator.org.za/).

## 9. Kinders

Ons dienste is vir persone van 18 jaar en ouer. 'n Ouer of voog kan 'n toetsstel vir 'n kind registreer en bestuur dan die kind se profiel.

%% weergawes

## Weergawegeskiedenis

| Weergawe | Datum | Wat het verander |
| 3.0 | 3 November 2021 | Nuwe uitleg met 'n opsommingstabel; DNA-familielede is nou af totdat jy dit aanskakel |
| 2.1 | 1 Julie 2021 | Bygewerk vir die inwerkingtreding van POPIA |
| 2.0 | 25 Mei 2018 | Bygewerk vir die Europese Algemene Databeskermingsregulasie |
"""

HEAD_ROW = "| Weergawe | Datum | Wat het verander |"


def row(version, date, what):
    return (HEAD_ROW, HEAD_ROW + "\n| %s | %s | %s |" % (version, date, what))


EDITS = [
    {"note": "summary table only: account data kept up to 2 years (not 3) after the last sign-in; history row 3.1",
     "repl": [("| Tot 3 jaar ná jou laaste aanmelding |", "| Tot 2 jaar ná jou laaste aanmelding |"),
              row("3.1", "3 Junie 2022", "Bewaartydperk vir rekeninginligting verkort na 2 jaar")]},
    {"note": "full text only: yearly transparency report on law-enforcement requests; history row 3.2",
     "repl": [("tensy die wet dit verbied.", "tensy die wet dit verbied. Elke jaar publiseer ons 'n deursigtigheidsverslag met die aantal versoeke wat ons ontvang het en hoe ons daarop gereageer het."),
              row("3.2", "17 Mei 2023", "Deursigtigheidsverslag oor versoeke van wetstoepassers bygevoeg")]},
    {"note": "both layers + section added: research with consent (new summary-table row, new section 9, 'Kinders' renumbered 10); history row 4.0",
     "repl": [("| Betalingsinligting |", "| Jou genetiese data, as jy toestemming gee | Vir navorsing saam met universiteite, sonder jou naam | Totdat jy jou toestemming terugtrek |\n| Betalingsinligting |"),
              ("## 9. Kinders", "## 9. Navorsing\n\nAs jy toestemming gee, kan ons jou genetiese data, sonder jou naam en kontakbesonderhede, saam met dié van ander deelnemers gebruik vir navorsing oor oorerwing en die geskiedenis van Suider-Afrikaanse bevolkings, ook saam met universiteite. Ons deel nooit jou naam of kontakbesonderhede met navorsers nie. Jy kan jou toestemming enige tyd terugtrek; data wat reeds in 'n voltooide studie gebruik is, kan egter nie onttrek word nie.\n\n## 10. Kinders"),
              row("4.0", "21 Februarie 2024", "Nuwe afdeling oor navorsing; navorsing slegs met jou toestemming")]},
    {"note": "inside the collapsed Details block: genotype covers about 650 000 positions (new chip), date not bumped",
     "bump": False,
     "repl": [("op ongeveer 700 000 spesifieke posisies", "op ongeveer 650 000 spesifieke posisies")]},
    {"note": "full text only: new information officer (Thabo Nkosi); history row 4.1",
     "repl": [("Ons inligtingsbeampte is Annelie Pretorius. Jy kan haar by bogenoemde e-posadres bereik.",
               "Ons inligtingsbeampte is Thabo Nkosi. Jy kan hom by bogenoemde e-posadres bereik."),
              row("4.1", "31 Desember 2024", "Nuwe inligtingsbeampte")]},
    {"note": "both layers: samples now analysed in the company's own laboratory in Stellenbosch (summary table, section 3, partner lab dropped from section 5); history row 5.0",
     "repl": [("Om jou DNA in ons vennootlaboratorium te ontleed", "Om jou DNA in ons eie laboratorium in Stellenbosch te ontleed"),
              ("na ons vennootlaboratorium in Pretoria gestuur. Die laboratorium sien nooit",
               "na ons eie laboratorium in Stellenbosch gestuur. Die laboratoriumpersoneel sien nooit"),
              ("- ons vennootlaboratorium, wat jou monster ontleed;\n", ""),
              row("5.0", "17 April 2026", "Monsters word nou in ons eie laboratorium in Stellenbosch ontleed")]},
]


def _details(bl):
    """[(kind, payload)] with ('details', (summary, [blocks])) for the ::: details ... ::: groups."""
    out, i = [], 0
    while i < len(bl):
        if bl[i] == ("p", "::: details"):
            j = bl.index(("p", ":::"), i)
            out.append(("details", (bl[i + 1][1], bl[i + 2:j])))
            i = j + 1
        else:
            out.append(bl[i])
            i += 1
    return out


def gold_md(blocks):
    seg = C.segments(blocks)
    parts = [C.blocks_md(seg["head"], URL), C.blocks_md(seg["kortliks"], URL)]
    for b in _details(seg["volledig"]):
        if b[0] == "details":
            summ, inner = b[1]
            parts.append(C.block_md(("p", summ), URL))
            parts.append(C.blocks_md(inner, URL))
        else:
            parts.append(C.block_md(b, URL))
    parts.append(C.blocks_md(seg["weergawes"], URL))
    return "\n\n".join(parts)


WP_VERSIONS = [(dt.date(2022, 1, 1), "5.9.1"), (dt.date(2022, 4, 6), "5.9.3"), (dt.date(2022, 5, 25), "6.0"),
               (dt.date(2022, 9, 1), "6.0.2"), (dt.date(2022, 11, 2), "6.1.1"), (dt.date(2023, 3, 30), "6.2"),
               (dt.date(2023, 8, 9), "6.3.1"), (dt.date(2023, 11, 8), "6.4.2"), (dt.date(2024, 4, 3), "6.5.2"),
               (dt.date(2024, 7, 17), "6.6.1"), (dt.date(2024, 11, 13), "6.7.1"), (dt.date(2025, 4, 16), "6.8"),
               (dt.date(2025, 7, 16), "6.8.2"), (dt.date(2025, 12, 3), "6.9")]
TOC_VERSIONS = [(dt.date(2022, 1, 1), "2_0_20"), (dt.date(2022, 10, 1), "2_0_36"), (dt.date(2023, 6, 1), "2_0_51"),
                (dt.date(2024, 1, 20), "2_0_62"), (dt.date(2024, 9, 1), "2_0_68"), (dt.date(2025, 5, 1), "2_0_73")]


def _at(table, day):
    v = table[0][1]
    for d, x in table:
        if day >= d:
            v = x
    return v


def noise(rng, when, i, prev):
    s = {}
    gen = when - dt.timedelta(minutes=rng.randint(2, 600), seconds=rng.randint(0, 59))
    s["cache"] = ("%.3f" % rng.uniform(0.28, 1.9), gen.strftime("%Y-%m-%d %H:%M:%S"))
    s["wp"] = _at(WP_VERSIONS, when.date())
    s["toc"] = _at(TOC_VERSIONS, when.date())
    return s


LABELS = {"cache": "WP Super Cache comments (generation time and cache timestamp)",
          "wp": "WordPress core version in ?ver= asset URLs and generator meta",
          "toc": "Easy Table of Contents plugin version (class of the TOC box, ?ver=)"}


def _anchor(t):
    return re.sub(r"\W+", "_", t).strip("_")


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    wp, toc_v = s["wp"], s["toc"]
    kl = seg["kortliks"]
    kl_html = ('<div class="wp-block-group kortliks has-pale-cyan-blue-background-color has-background is-layout-constrained">'
               '<h2 class="wp-block-heading" id="kortliks"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></h2>\n'
               '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">%s</figure>\n%s</div>'
               % (_anchor(kl[0][1]), C.inline_html(kl[0][1]), C.block_html(kl[1])[len("<table>"):],
                  C.blocks_html(kl[2:])))
    _, secs = C.split_sections(seg["volledig"])
    toc_items = [(_anchor(kl[0][1]), kl[0][1])] + [(_anchor(t), t) for t, _ in secs] + [(_anchor(seg["weergawes"][0][1]), seg["weergawes"][0][1])]
    toc = ('<div id="ez-toc-container" class="ez-toc-v%s ez-toc-sticky counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">'
           '<div class="ez-toc-title-container"><p class="ez-toc-title">Inhoud</p><span class="ez-toc-title-toggle">'
           '<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Wissel inhoudsopgawe">'
           '<span class="ez-toc-js-icon-con"></span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">%s</ul></nav></div>'
           % (toc_v, "".join('<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-%d" href="#%s" title="%s">%s</a></li>'
                             % (n + 1, a, html.escape(t), C.inline_html(t)) for n, (a, t) in enumerate(toc_items))))
    sec_parts = []
    for t, bl in secs:
        inner = []
        for b in _details(bl):
            if b[0] == "details":
                summ, body = b[1]
                inner.append('<details class="wp-block-details is-layout-flow"><summary>%s</summary>%s</details>'
                             % (C.inline_html(summ), C.blocks_html(body)))
            else:
                inner.append(C.block_html(b, {"h3": "wp-block-heading", "ul": "wp-block-list"}))
        sec_parts.append('<h2 class="wp-block-heading" id="afdeling-%s"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></h2>\n%s\n'
                         '<p class="terug-na-bo has-small-font-size"><a href="#top">↑ Terug na bo</a></p>'
                         % (t.split(".")[0], _anchor(t), C.inline_html(t), "\n".join(inner)))
    wg = seg["weergawes"]
    hist_html = ('<h2 class="wp-block-heading" id="weergawes"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></h2>\n'
                 '<figure class="wp-block-table weergawegeskiedenis"><table class="has-fixed-layout">%s</figure>'
                 % (_anchor(wg[0][1]), C.inline_html(wg[0][1]), C.block_html(wg[1])[len("<table>"):]))
    older = wg[1][1][2:]  # versions before the current one
    prev_html = ('<div class="wp-block-group vorige-weergawes is-layout-flow"><h3 class="wp-block-heading">Vorige weergawes</h3>'
                 '<ul class="wp-block-list">%s</ul></div>'
                 % "".join('<li><a href="/wp-content/uploads/regs/privaatheidsbeleid-v%s.pdf">Weergawe %s (%s, PDF)</a></li>'
                           % (r[0].replace(".", "-"), r[0], r[1]) for r in older))
    content = ('<p class="laas-bygewerk has-small-font-size">%s</p>\n%s\n'
               '<div class="wp-block-buttons druk-knoppies is-layout-flex"><div class="wp-block-button is-style-outline">'
               '<a class="wp-block-button__link wp-element-button" href="javascript:window.print()">Druk hierdie beleid</a></div>'
               '<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" '
               'href="/wp-content/uploads/regs/privaatheidsbeleid.pdf">Laai as PDF af</a></div></div>\n%s\n%s\n%s\n%s\n%s'
               % (C.inline_html(head[1][1]), C.blocks_html(head[2:]), toc, kl_html, "\n".join(sec_parts), hist_html, prev_html))
    ver = "?ver=" + wp
    gen_time, cached = s["cache"]
    return ('<!DOCTYPE html>\n<html lang="af">\n<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<meta name=\'robots\' content=\'index, follow, max-image-preview:large\' />\n<title>%s &#8211; Wortels DNA</title>\n'
            '<link rel="alternate" type="application/rss+xml" title="Wortels DNA &raquo; Voer" href="https://www.wortelsdna.co.za/feed/" />\n'
            '<link rel=\'stylesheet\' id=\'wp-block-library-css\' href=\'https://www.wortelsdna.co.za/wp-includes/css/dist/block-library/style.min.css%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'ez-toc-css\' href=\'https://www.wortelsdna.co.za/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'wortels-style-css\' href=\'https://www.wortelsdna.co.za/wp-content/themes/wortels/style.css?ver=1.4.2\' media=\'all\' />\n'
            '<script src="https://www.wortelsdna.co.za/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n'
            '<link rel="https://api.w.org/" href="https://www.wortelsdna.co.za/wp-json/" /><link rel="alternate" type="application/json" href="https://www.wortelsdna.co.za/wp-json/wp/v2/pages/27" />\n'
            '<meta name="generator" content="WordPress %s" />\n<link rel="canonical" href="%s" />\n<link rel=\'shortlink\' href=\'https://www.wortelsdna.co.za/?p=27\' />\n'
            '</head>\n\n<body class="page-template page-template-regsblad page page-id-27 wp-embed-responsive">\n'
            '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignfull is-layout-flex" id="top">'
            '<p class="wp-block-site-title"><a href="https://www.wortelsdna.co.za" rel="home">Wortels DNA</a></p>'
            '<nav class="wp-block-navigation is-layout-flex" aria-label="Hoofkieslys"><ul class="wp-block-navigation__container">'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/toetse/"><span>DNA-toetse</span></a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/stamboom/"><span>Stamboom</span></a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/hoe-dit-werk/"><span>Hoe dit werk</span></a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/hulp/"><span>Hulp</span></a></li></ul></nav>'
            '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/winkel/">Bestel \'n toetsstel</a></div></div>'
            '</div></header>\n\n<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">\n'
            '<h1 style="margin-bottom:var(--wp--preset--spacing--20)" class="wp-block-post-title">%s</h1>\n\n'
            '<div class="entry-content wp-block-post-content is-layout-constrained">%s</div>\n</main>\n\n'
            '<footer class="wp-block-template-part"><div class="wp-block-group alignfull has-base-2-background-color is-layout-flow">'
            '<div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><p>Wortels DNA (Edms.) Bpk. · Breestraat, Kaapstad</p></div>'
            '<div class="wp-block-column"><ul class="wp-block-list"><li><a href="/privaatheidsbeleid/">Privaatheidsbeleid</a></li>'
            '<li><a href="/bepalings-en-voorwaardes/">Bepalings en voorwaardes</a></li><li><a href="/paia-handleiding/">PAIA-handleiding</a></li></ul></div></div>'
            '<p class="has-small-font-size">Ontwerp met <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>\n'
            '<script src="https://www.wortelsdna.co.za/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=%s" id="ez-toc-js-js"></script>\n'
            '<script src="https://www.wortelsdna.co.za/wp-includes/js/dist/interactivity.min.js%s" id="wp-interactivity-js"></script>\n'
            '</body>\n</html>\n<!-- Dynamic page generated in %s seconds. -->\n<!-- Cached page generated by WP-Super-Cache on %s -->\n\n'
            '<!-- super cache -->'
            % (html.escape(head[0][1]), ver, toc_v.replace("_", "."), wp, URL, C.inline_html(head[0][1]), content,
               toc_v.replace("_", "."), ver, gen_time, cached))


PAGE = {
    "service": "Wortels DNA", "url": URL, "lang": "af", "platform": "WordPress 6 block theme",
    "content_type": "text/html; charset=UTF-8",
    "n": 29, "start": dt.date(2022, 2, 21), "end": dt.date(2026, 5, 29),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["h1.wp-block-post-title", ".entry-content"],
                    "remove": ["#ez-toc-container", ".terug-na-bo", ".druk-knoppies", ".vorige-weergawes"]},
}
