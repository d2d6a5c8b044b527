"""RK Galeb Zadar - hr handball club (Premijer liga, youth school, tickets) - WordPress + WPBakery Page Builder on
Qode's Bridge theme, WP Fastest Cache, Smash Balloon Instagram feed; a ticket teaser row inside the page content."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://rkgalebzadar.hr/politika-privatnosti/"


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["hr"][d.month - 1], d.year)


POLICY = """
# Politika privatnosti

Datum posljednje izmjene: {UPDATED}

Rukometni klub Galeb Zadar (u daljnjem tekstu: Klub) poštuje privatnost svojih članova, igrača, roditelja, navijača i posjetitelja internetske stranice. Ovom politikom privatnosti objašnjavamo koje osobne podatke prikupljamo, u koje svrhe ih obrađujemo i koja su vaša prava u skladu s Općom uredbom o zaštiti podataka (EU) 2016/679 i Zakonom o provedbi Opće uredbe o zaštiti podataka.

## Voditelj obrade

@ Rukometni klub Galeb Zadar
@ Ulica Ivana Mažuranića 2, 23000 Zadar
@ OIB: 48193027465
@ E-pošta: [info@rkgalebzadar.hr](mailto:info@rkgalebzadar.hr)

Klub je imenovao službenika za zaštitu podataka, gospođu Anu Šarić, dostupnu na adresi [zastita.podataka@rkgalebzadar.hr](mailto:zastita.podataka@rkgalebzadar.hr).

## Koje podatke prikupljamo

- ime i prezime, datum rođenja i OIB člana ili igrača;
- kontakt podatke (adresa, broj telefona, e-pošta) člana, odnosno roditelja ili skrbnika maloljetnog igrača;
- podatke potrebne za registraciju igrača u Hrvatskom rukometnom savezu;
- podatke o plaćanju članarine i školarine rukometne škole;
- podatke o kupnji ulaznica i sezonskih karata;
- fotografije i video zapise nastale na utakmicama i treninzima.

## Svrhe i pravne osnove obrade

Osobne podatke obrađujemo radi učlanjenja i vođenja evidencije članova (izvršenje ugovora i Zakon o sportu), registracije igrača i prijave na natjecanja (pravna obveza), naplate članarine, prodaje ulaznica te slanja obavijesti o utakmicama i aktivnostima Kluba, za što tražimo vašu privolu.

Klub fotografira i snima utakmice te ih objavljuje na internetskoj stranici i društvenim mrežama radi promocije sporta i Kluba. Igrači i roditelji mogu u svakom trenutku zatražiti uklanjanje fotografije.

## Primatelji osobnih podatka

Podatke dostavljamo Hrvatskom rukometnom savezu i Županijskom rukometnom savezu radi registracije igrača, a u opsegu nužnom za pružanje usluga i sljedećim izvršiteljima obrade:

| Izvršitelj obrade | Usluga | Sjedište |
| Plus Hosting d.o.o. | Smještaj internetske stranice | Hrvatska |
| Corvus Pay d.o.o. | Naplata članarine karticama | Hrvatska |
| Meta Platforms Ireland Ltd. | Objave na društvenim mrežama | Irska |

## Razdoblje čuvanja

Podatke o članovima čuvamo za vrijeme trajanja članstva i pet godina nakon prestanka članstva. Računovodstvene isprave čuvamo jedanaest godina u skladu sa Zakonom o računovodstvu. Snimke videonadzora sportske dvorane čuvaju se 30 dana.

## Vaša prava

Imate pravo na pristup svojim podacima, ispravak, brisanje, ograničenje obrade, prenosivost podataka i prigovor na obradu. Privolu možete povući u bilo kojem trenutku, bez utjecaja na zakonitost obrade prije povlačenja. Zahtjev možete poslati na adresu službenika za zaštitu podataka. Ako smatrate da je obradom povrijeđeno vaše pravo, možete podnijeti prigovor [Agenciji za zaštitu osobnih podataka](https://azop.hr).

## Maloljetni igrači

Većina igrača rukometne škole mlađa je od 16 godina. Njihove osobne podatke prikupljamo isključivo od roditelja ili skrbnika, koji potpisuju pristupnicu i daju privolu za obradu podataka koji nisu nužni za registraciju. Trener i tajnik Kluba imaju pristup samo onim podacima koji su im potrebni za organizaciju treninga, natjecanja i putovanja.

## Sigurnost podataka

Klub primjenjuje odgovarajuće tehničke i organizacijske mjere zaštite: pristup evidenciji članova zaštićen je lozinkom i ograničen na ovlaštene osobe, papirnate pristupnice čuvaju se u zaključanom ormaru u uredu Kluba, a internetska stranica koristi šifriranu vezu (HTTPS). Podatke ne prenosimo u treće zemlje izvan Europskog gospodarskog prostora, osim ako je to nužno radi korištenja usluga navedenih izvršitelja obrade, i to uz primjerene zaštitne mjere kao što su standardne ugovorne klauzule Europske komisije. Klub ne donosi odluke isključivo na temelju automatizirane obrade, uključujući izradu profila.

## Kolačići

Internetska stranica koristi nužne kolačiće te, uz vašu privolu, analitičke kolačiće Google Analyticsa. Postavke kolačića možete promijeniti u bilo kojem trenutku putem poveznice u podnožju stranice.

## Izmjene politike privatnosti

Klub može povremeno izmijeniti ovu politiku privatnosti. Izmjene objavljujemo na ovoj stranici, a o bitnim izmjenama obavještavamo članove i putem e-pošte.
"""

EDITS = [
    {"note": "processor table: new row (Entrio, online ticket sales)",
     "repl": [("| Corvus Pay d.o.o. | Naplata članarine karticama | Hrvatska |",
               "| Corvus Pay d.o.o. | Naplata članarine karticama | Hrvatska |\n"
               "| Entrio d.o.o. | Online prodaja ulaznica | Hrvatska |")]},
    {"note": "typo fixed without a new date: 'osobnih podatka' -> 'osobnih podataka' (heading)", "bump": False,
     "repl": [("## Primatelji osobnih podatka", "## Primatelji osobnih podataka")]},
    {"note": "data protection officer changed (Ana Šarić -> Marko Jurić, new address)",
     "repl": [("gospođu Anu Šarić, dostupnu na adresi [zastita.podataka@rkgalebzadar.hr]"
               "(mailto:zastita.podataka@rkgalebzadar.hr)",
               "gospodina Marka Jurića, dostupnog na adresi [szp@rkgalebzadar.hr](mailto:szp@rkgalebzadar.hr)")]},
    {"note": "list item added: medical fitness certificates of players",
     "repl": [("- podatke potrebne za registraciju igrača u Hrvatskom rukometnom savezu;",
               "- podatke potrebne za registraciju igrača u Hrvatskom rukometnom savezu;\n"
               "- podatke o zdravstvenoj sposobnosti igrača (potvrda o obavljenom sportskom liječničkom pregledu);")]},
    {"note": "CCTV retention changed from 30 days to 15 days; accounting sentence reworded",
     "repl": [("Snimke videonadzora sportske dvorane čuvaju se 30 dana.",
               "Snimke videonadzora sportske dvorane čuvaju se 15 dana, osim ako su potrebne kao dokaz u postupku.")]},
    {"note": "paragraph on match photos removed from purposes section; Meta row removed from processors",
     "repl": [("\n\nKlub fotografira i snima utakmice te ih objavljuje na internetskoj stranici i"
               " društvenim mrežama radi"
               " promocije sporta i Kluba. Igrači i roditelji mogu u svakom trenutku zatražiti uklanjanje fotografije.",
               ""),
              ("\n| Meta Platforms Ireland Ltd. | Objave na društvenim mrežama | Irska |", "")]},
]

CLUBS = ["RK Nexe", "RK Zagreb", "RK Poreč", "RK Dubrava", "RK Sesvete", "RK Trogir", "RK Varaždin 1930",
         "RK Umag", "RK Gorica", "RK Spačva Vinkovci", "MRK Sesvete", "RK Split"]
INSTA = ["Pobjeda u derbiju! 💪", "Trening mlađih kategorija 🤾", "Nova sezona, novi dresovi",
         "Hvala navijačima na podršci!", "Kamp rukometne škole 2024", "Zagrijavanje prije utakmice",
         "Zadar je rukometni grad", "Naši kadeti prvaci Dalmacije"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cache"] = K.local(when - dt.timedelta(minutes=rng.randint(3, 900)), "hr")[0].strftime("%d-%m-%y %H:%M:%S")
    s["assets"] = K.deploy(rng, prev.get("assets"), 0.2, lambda: (rng.choice(["7.2", "7.5", "7.6", "7.8"]),
                                                                  rng.choice(["29.2", "30.1", "30.3"])))
    s["insta"] = C.keep_or(rng, prev.get("insta"), 0.6, lambda: tuple(rng.sample(range(len(INSTA)), 4)))
    s["likes"] = tuple(rng.randint(40, 900) for _ in range(4))
    s["match"] = C.keep_or(rng, prev.get("match"), 0.85, lambda: (rng.randrange(len(CLUBS)), rng.choice([0, 1, 2])))
    s["tickets"] = rng.randint(40, 1400)
    return s


LABELS = {"cache": "WP Fastest Cache creation time comment", "assets": "WPBakery / Bridge asset ?ver",
          "insta": "footer Instagram feed posts", "likes": "Instagram feed like counts",
          "match": "ticket teaser's next match (INSIDE content, removed)",
          "tickets": "ticket teaser's remaining-tickets count (INSIDE content, removed)"}


def teaser(s, when):
    opp, wd = s["match"]
    d = K.next_weekday(when.date() + dt.timedelta(days=1), (2, 5, 6)[wd])
    if when.month in (6, 7):
        return ('<div class="vc_row wpb_row section vc_row-fluid ulaznice-cta"><div class="full_section_inner '
                'clearfix">'
                '<div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div '
                'class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
                '<h3>Sezonske ulaznice %d./%d.</h3><p>Prodaja sezonskih ulaznica počinje 1. kolovoza.</p></div></div>'
                '</div></div></div></div></div>' % (when.year, when.year + 1))
    return ('<div class="vc_row wpb_row section vc_row-fluid ulaznice-cta"><div class="full_section_inner clearfix">'
            '<div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div '
            'class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
            '<h3>Sljedeća utakmica: RK Galeb Zadar – %s</h3><p>%d. %d. %d. u 19:30, Dvorana Višnjik. '
            'Preostalo ulaznica: <strong>%d</strong>.</p></div></div><div class="vc_btn3-container vc_btn3-left">'
            '<a class="vc_general vc_btn3 vc_btn3-color-blue" href="https://www.entrio.hr/event/rk-galeb-zadar-%d">'
            'Kupi ulaznicu</a></div></div></div></div></div></div>'
            % (C.esc(CLUBS[opp]), d.day, d.month, d.year, s["tickets"], 18000 + opp * 31 + d.toordinal() % 997))


def render(s, blocks, when):
    vcv, brv = s["assets"]
    head, secs = C.split_sections(blocks)
    rows = []

    def row(bl):
        return ('<div class="vc_row wpb_row section vc_row-fluid" style="text-align:left;"><div class="full_se'
                'ction_inner '
                'clearfix"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner">'
                '<div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
                '\n%s\n</div></div></div></div></div></div></div>' % C.render_blocks(bl))
    rows.append(row(head))
    for t, bl in secs:
        rows.append(row([("h2", t)] + bl))
    rows.append(teaser(s, when))
    insta = "".join('<div class="sbi_item sbi_type_image"><div class="sbi_photo_wrap"><a class="sbi_photo" hre'
                    'f="https://'
                    'www.instagram.com/p/%s/"><img src="/wp-content/uploads/sb-instagram-feed-images/%s.webp" alt="%s">'
                    '</a></div><span class="sbi_likes">%d</span></div>'
                    % (C.det_sha(k)[:11], C.det_sha("i", k)[:20], C.attr(INSTA[k]), s["likes"][n])
                    for n, k in enumerate(s["insta"]))
    return ('<!DOCTYPE html>\n<html lang="hr">\n<head>\n<meta charset="UTF-8" />\n'
            '<title>Politika privatnosti | RK Galeb Zadar</title>\n'
            '<link rel="stylesheet" id="js_composer_front-css" href="https://rkgalebzadar.hr/wp-content/plugins/'
            'js_composer/assets/css/js_composer.min.css?ver=%s" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="bridge-default-style-css" href="https://rkgalebzadar.hr/wp-content/themes/'
            'bridge/style.css?ver=%s" type="text/css" media="all" />\n</head>\n'
            '<body class="privacy-policy page-template-default page page-id-3 bridge-core-3.0.%s qode-title-hidden '
            'qode_grid_1300 qode-theme-ver-%s qode-theme-bridge wpb-js-composer js-comp-ver-%s vc_responsive">\n'
            '<div class="wrapper"><div class="wrapper_inner"><header class=" scroll_header_top_area fixed '
            'page_header"><div class="header_inner clearfix"><div class="header_top_bottom_holder"><div '
            'class="header_bottom clearfix"><div class="container"><div class="container_inner clearfix">'
            '<div class="header_inner_left"><div class="logo_wrapper"><div class="q_logo"><a href="https://'
            'rkgalebzadar.hr/"><img class="normal" src="https://rkgalebzadar.hr/wp-content/uploads/2020/09/'
            'galeb-grb.png" alt="RK Galeb Zadar"/></a></div></div></div><nav class="main_menu drop_down right">'
            '<ul id="menu-glavni" class=""><li><a href="/klub/"><span>Klub</span></a></li><li><a href="/momcad/">'
            '<span>Momčad</span></a></li><li><a href="/rukometna-skola/"><span>Rukometna škola</span></a></li>'
            '<li><a href="/ulaznice/"><span>Ulaznice</span></a></li><li><a href="/kontakt/"><span>Kontakt</span>'
            '</a></li></ul></nav></div></div></div></div></div></header>\n'
            '<div class="content content_top_margin_none"><div class="content_inner  "><div class="container">'
            '<div class="container_inner default_template_holder clearfix page_container_inner">\n%s\n'
            '</div></div></div></div>\n'
            '<footer><div class="footer_inner clearfix"><div class="footer_top_holder"><div class="footer_top">'
            '<div class="container"><div class="container_inner"><div class="four_columns clearfix"><div '
            'class="column1 footer_col1"><div class="column_inner"><div id="sb_instagram" class="sbi sbi_mob_col_1 '
            'sbi_col_4" data-feedid="*1" data-res="auto" data-cols="4"><div id="sbi_images">%s</div></div></div>'
            '</div></div></div></div></div></div><div class="footer_bottom_holder"><div class="footer_bottom">'
            '<p>© %d RK Galeb Zadar · <a href="/politika-privatnosti/">Politika privatnosti</a></p></div></div>'
            '</div></footer></div></div>\n'
            '<script type="text/javascript" src="https://rkgalebzadar.hr/wp-content/plugins/js_composer/assets/js/'
            'dist/js_composer_front.min.js?ver=%s" id="wpb_composer_front_js-js"></script>\n</body>\n</html>\n'
            '<!-- WP Fastest Cache file was created in 0.41 seconds, on %s -->\n'
            % (vcv, brv, brv[-1], brv, vcv, "\n".join(rows), insta, when.year, vcv, s["cache"]))


PAGE = {
    "service": "RK Galeb Zadar", "url": URL, "lang": "hr-HR", "platform": "WordPress + WPBakery (Bridge)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 3, 20), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".default_template_holder"], "remove": [".ulaznice-cta"]},
}
