"""Apklausų klubas - lt paid-survey panel - Drupal 7 (Bartik-based theme, statistics module) migrated to Drupal 10
(Olivero sub-theme) in March 2024; the node shows its view counter in its links; views blocks of latest surveys."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.apklausuklubas.lt/privatumo-politika"
MIGRATION = dt.datetime(2024, 3, 1)

POLICY = K.unwrap("""
# Privatumo politika

Atnaujinta {UPDATED}

Ši privatumo politika paaiškina, kaip UAB „Nuomonių tyrimai“ tvarko Apklausų klubo narių, apklausų dalyvių ir svetainės
    lankytojų asmens duomenis. Duomenis tvarkome laikydamiesi Bendrojo duomenų apsaugos reglamento (BDAR), Lietuvos
    Respublikos asmens duomenų teisinės apsaugos įstatymo ir ESOMAR rinkos tyrimų etikos kodekso.

## 1. Duomenų valdytojas

@ UAB „Nuomonių tyrimai“, įmonės kodas 304512876
@ Konstitucijos pr. 7, LT-09308 Vilnius
@ El. paštas: [privatumas@apklausuklubas.lt](mailto:privatumas@apklausuklubas.lt)
@ Tel. +370 5 219 4410

## 2. Kokius asmens duomenis tvarkome

- registracijos duomenis: vardą, pavardę, el. pašto adresą, gimimo metus, lytį ir gyvenamąją vietovę;
- profilio duomenis: išsilavinimą, užimtumą, namų ūkio dydį ir pajamų grupę;
- apklausų atsakymus;
- sukauptus taškus, išmokų istoriją ir banko sąskaitos numerį arba Paysera sąskaitą išmokoms;
- techninius duomenis: IP adresą, naršyklės tipą ir įrenginio identifikatorių, kad užkirstume kelią sukčiavimui.

Duomenis gauname tiesiogiai iš Jūsų, kai registruojatės, pildote profilio ir tyrimų anketas, taip pat automatiškai,
    kai naudojatės svetaine. Informaciją apie išmokų būseną gauname iš mokėjimų paslaugų teikėjo.

## 3. Tvarkymo tikslai ir teisiniai pagrindai

| Tikslas | Teisinis pagrindas | Saugojimo terminas |
| Narystės klube administravimas | Sutarties vykdymas | Narystės laikotarpiu |
| Apklausų vykdymas ir rezultatų analizė | Sutikimas | 2 metai po tyrimo pabaigos |
| Atlygio išmokėjimas | Sutarties vykdymas ir teisinė prievolė | 10 metų (buhalterinė apskaita) |
| Sukčiavimo prevencija | Teisėtas interesas | 1 metai |
| Naujienlaiškiai | Sutikimas | Iki sutikimo atšaukimo |

## 4. Apklausų atsakymai

Užsakovams perduodame tik apibendrintus arba nuasmenintus rezultatus, iš kurių negalima nustatyti Jūsų tapatybės.
    Jūsų vardo, kontaktų ar kitų tiesiogiai identifikuojančių asmens duomenu užsakovams neperduodame be atskiro Jūsų
    sutikimo, pavyzdžiui, kai dalyvaujate produkto testavime namuose.

Kai kuriose apklausose klausiama apie sveikatą, politines pažiūras ar kitus specialių kategorijų duomenis. Į tokius
    klausimus atsakyti neprivaloma, o atsakymus tvarkome tik gavę Jūsų aiškų sutikimą.

## 5. Atlygis už apklausas

Už kiekvieną užpildytą apklausą gaunate taškų. Sukaupę ne mažiau kaip 1 000 taškų, galite juos išsimokėti į banko ar
    Paysera sąskaitą arba iškeisti į dovanų kuponus. Išmokoms atlikti Jūsų vardą, pavardę ir sąskaitos numerį
    perduodame mokėjimų paslaugų teikėjui.

## 6. Loterijos ir prizų žaidimai

Kiekvieno mėnesio pabaigoje tarp aktyvių narių traukiame prizus. Laimėtojų vardus ir miesto pavadinimą skelbiame
    svetainėje, jeigu laimėtojas tam neprieštarauja.

## 7. Duomenų gavėjai ir tvarkytojai

| Tvarkytojas | Paslauga | Šalis |
| UAB „Interneto vizija“ | Serverių nuoma | Lietuva |
| Paysera LT, UAB | Išmokos | Lietuva |
| The Rocket Science Group LLC (Mailchimp) | Naujienlaiškiai ir kvietimai į apklausas | JAV |
| Google Ireland Limited | Svetainės lankomumo statistika (Google Analytics) | Airija |

Su visais duomenų tvarkytojais esame sudarę duomenų tvarkymo sutartis, įpareigojančias juos tvarkyti duomenis tik
    pagal mūsų nurodymus ir užtikrinti tinkamą jų saugumą.

## 8. Duomenų perdavimas už EEE ribų

Jei duomenis tvarko už Europos ekonominės erdvės ribų esantis tvarkytojas, perdavimas grindžiamas Europos Komisijos
    patvirtintomis standartinėmis sutarčių sąlygomis arba ES ir JAV duomenų privatumo sistema.

## 9. Saugojimo terminai

Narių duomenis saugome narystės laikotarpiu. Jei narys 3 metus nedalyvauja apklausose ir neprisijungia prie paskyros,
    paskyrą kartu su duomenimis ištriname, prieš tai informavę el. paštu.

## 10. Jūsų teisės

- susipažinti su savo asmens duomenimis;
- reikalauti ištaisyti netikslius duomenis;
- reikalauti ištrinti duomenis („teisė būti pamirštam“);
- apriboti duomenų tvarkymą;
- nesutikti su duomenų tvarkymu teisėto intereso pagrindu;
- į duomenų perkeliamumą;
- bet kada atšaukti duotą sutikimą.

Savo teises galite įgyvendinti paskyros nustatymuose arba parašę mums el. paštu. Į prašymus atsakome ne vėliau kaip
    per vieną mėnesį nuo jų gavimo; prireikus šis terminas gali būti pratęstas dar dviem mėnesiams, apie tai Jus
    informavus.

## 11. Slapukai

Svetainėje naudojame būtinuosius slapukus, o analitinius slapukus – tik gavę Jūsų sutikimą. Daugiau informacijos
    rasite [Slapukų politikoje](/slapuku-politika). Slapukų nustatymus galite bet kada pakeisti paspaudę nuorodą
    „Slapukų nustatymai“ svetainės apačioje.

## 12. Duomenų apsaugos pareigūnas

Mūsų duomenų apsaugos pareigūnas – Rasa Kazlauskienė, el. paštas
    [dap@apklausuklubas.lt](mailto:dap@apklausuklubas.lt).

## 13. Skundai

Jei manote, kad Jūsų duomenys tvarkomi pažeidžiant teisės aktų reikalavimus, galite kreiptis į Valstybinę duomenų
    apsaugos inspekciją (L. Sapiegos g. 17, 10312 Vilnius, [www.vdai.lrv.lt](https://vdai.lrv.lt)).

## 14. Duomenų saugumas

Taikome organizacines ir technines priemones: duomenys perduodami šifruotu ryšiu, prieiga prie jų suteikiama tik
    darbuotojams, kuriems jų reikia darbui, o atsarginės kopijos saugomos Lietuvoje esančiuose duomenų centruose.

## 15. Privatumo politikos keitimas

Šią politiką galime atnaujinti. Apie esminius pakeitimus klubo narius informuosime el. paštu ne vėliau kaip prieš
    14 dienų.
""")

EDITS = [
    {"note": "processor replaced: Mailchimp -> UAB „MailerLite“ (Lithuania) for newsletters and invitations",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Naujienlaiškiai ir kvietimai į apklausas | JAV |",
               "| UAB „MailerLite“ | Naujienlaiškiai ir kvietimai į apklausas | Lietuva |")]},
    {"note": "retention: inactive accounts deleted after 2 instead of 3 years",
     "repl": [("Jei narys 3 metus nedalyvauja", "Jei narys 2 metus nedalyvauja")]},
    {"note": "section removed: monthly prize draws discontinued ('Loterijos ir prizų žaidimai'); renumbered",
     "repl": [("## 6. Loterijos ir prizų žaidimai\n\nKiekvieno mėnesio pabaigoje tarp aktyvių narių traukiame prizus. "
               "Laimėtojų vardus ir miesto pavadinimą skelbiame svetainėje, jeigu laimėtojas tam neprieštarauja.\n\n"
               "", "")]
     + [("## %d. " % n, "## %d. " % (n - 1)) for n in range(7, 16)]},
    {"note": "typo fixed ('asmens duomenu' -> 'asmens duomenų'), no new date", "bump": False,
     "repl": [("identifikuojančių asmens duomenu užsakovams", "identifikuojančių asmens duomenų užsakovams")]},
    {"note": "data protection officer changed (Rasa Kazlauskienė -> Tomas Petrauskas, new address)",
     "repl": [("Rasa Kazlauskienė, el. paštas [dap@apklausuklubas.lt](mailto:dap@apklausuklubas.lt).",
               "Tomas Petrauskas, el. paštas [dpo@nuomoniutyrimai.lt](mailto:dpo@nuomoniutyrimai.lt).")]},
    {"note": "processor table: new row Microsoft Ireland (Azure OpenAI) for analysing open answers",
     "repl": [("| Paysera LT, UAB | Išmokos | Lietuva |",
               "| Paysera LT, UAB | Išmokos | Lietuva |\n"
               "| Microsoft Ireland Operations Limited | Atvirų atsakymų analizė (Azure OpenAI) | Švedija |")]},
]

SURVEYS = ["Apsipirkimas internetu", "Kelionės po Lietuvą", "Elektromobiliai", "Mobilusis ryšys",
           "Maisto prekių kainos", "Sporto klubai", "Bankų programėlės", "Kavos gėrimo įpročiai", "Šildymo sezonas"]
SEASONS = {"kaledos": "Kalėdinis žaidimas: atsakyk į 5 apklausas ir laimėk 100 € dovanų kuponą!",
           "vasara": "Vasaros iššūkis: dvigubi taškai už profilio apklausas iki rugpjūčio 31 d."}


def views_plural(n, forms=("peržiūra", "peržiūros", "peržiūrų")):
    """Lithuanian plural of the counter (D7's translation says 'skaitymas', D10's 'peržiūra')."""
    if n % 10 == 1 and n % 100 != 11:
        return "%d %s" % (n, forms[0])
    if 2 <= n % 10 <= 9 and not 12 <= n % 100 <= 19:
        return "%d %s" % (n, forms[1])
    return "%d %s" % (n, forms[2])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"drupal": "d7" if when < MIGRATION else "d10"}
    same = prev.get("drupal") == s["drupal"]
    s["views"] = K.grow(when, dt.datetime(2021, 1, 1), 2210, 2.35)
    if s["drupal"] == "d7":
        s["assets"] = C.keep_or(rng, prev.get("assets") if same else None, 0.45,
                                lambda: C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
        s["theme_token"] = C.keep_or(rng, prev.get("theme_token") if same else None, 0.75,
                                     lambda: C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="))
    else:
        s["assets"] = C.keep_or(rng, prev.get("assets") if same else None, 0.3, lambda: tuple(
            C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=") for _ in range(3)))
    s["form_build_id"] = "form-" + C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")
    s["members"] = K.grow(when, dt.datetime(2022, 1, 1), 81240, 9.3)
    s["latest"] = C.keep_or(rng, prev.get("latest"), 0.5, lambda: tuple(rng.sample(range(len(SURVEYS)), 3)))
    s["season"] = K.season(when, [((12, 1), (12, 31), "kaledos"), ((7, 1), (8, 31), "vasara")])
    return s


LABELS = {"drupal": "Drupal 7 -> Drupal 10 migration (March 2024)",
          "views": "statistics counter in the node links (inside, removed)",
          "assets": "css/js query string (D7) / aggregate hashes (D10) after cache clears",
          "theme_token": "D7 ajaxPageState theme_token", "form_build_id": "form_build_id of the login/newsletter form",
          "members": "header member counter block", "latest": "latest surveys views block",
          "season": "seasonal campaign block"}


def body(blocks):
    return C.render_blocks(blocks)


def render_d7(s, blocks, when):
    qs = s["assets"]
    latest = "".join('<li class="views-row views-row-%d"><a href="/apklausos/%d">%s</a></li>'
                     % (n + 1, 3100 + k * 17, C.esc(SURVEYS[k])) for n, k in enumerate(s["latest"]))
    camp = ('<div id="block-block-7" class="block block-block"><div class="content"><p class="kampanija">%s</p></div>'
            '</div>' % C.esc(SEASONS[s["season"]])) if s["season"] else ""
    css = "".join('@import url("https://www.apklausuklubas.lt/%s?%s");\n' % (p, qs) for p in (
        "modules/system/system.base.css", "modules/system/system.menus.css", "modules/system/system.messages.css",
        "modules/field/theme/field.css", "modules/node/node.css", "modules/user/user.css",
        "sites/all/themes/apklausos/css/layout.css", "sites/all/themes/apklausos/css/style.css"))
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="lt" version="XHTML+RDFa 1.0" dir="ltr"\n  xmlns:content='
        '"http://purl.org/rss/1.0/modules/content/"\n  xmlns:dc="http://purl.org/dc/terms/"\n  xmlns:foaf="http://'
        'xmlns.com/foaf/0.1/"\n  xmlns:og="http://ogp.me/ns#"\n  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"\n'
        '  xmlns:sioc="http://rdfs.org/sioc/ns#"\n  xmlns:sioct="http://rdfs.org/sioc/types#"\n  xmlns:skos="http://'
        'www.w3.org/2004/02/skos/core#"\n  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">\n\n<head profile="http://'
        'www.w3.org/1999/xhtml/vocab">\n  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<link rel="shortcut icon" href="https://www.apklausuklubas.lt/sites/all/themes/apklausos/favicon.ico" '
        'type="image/vnd.microsoft.icon" />\n<meta name="generator" content="Drupal 7 (http://drupal.org)" />\n'
        '<link rel="canonical" href="https://www.apklausuklubas.lt/privatumo-politika" />\n<link rel="shortlink" '
        'href="https://www.apklausuklubas.lt/node/12" />\n  <title>Privatumo politika | Apklausų klubas</title>\n'
        '  <style type="text/css" media="all">\n%s</style>\n  <script type="text/javascript" src="https://www.apklausu'
        'klubas.lt/misc/jquery.js?v=1.4.4"></script>\n<script type="text/javascript" src="https://www.apklausuklubas.'
        'lt/misc/drupal.js?%s"></script>\n<script type="text/javascript" src="https://www.apklausuklubas.lt/sites/'
        'default/files/languages/lt_Xy3kR0aLq1dXJmzE9hW2vT8bNcUoPg4sFiAe6YlM5w.js?%s"></script>\n<script type="text/'
        'javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"",'
        '"ajaxPageState":{"theme":"apklausos","theme_token":"%s","js":{"misc\\/jquery.js":1,"misc\\/jquery.once.js":1,'
        '"misc\\/drupal.js":1,"public:\\/\\/languages\\/lt_Xy3kR0aLq1dXJmzE9hW2vT8bNcUoPg4sFiAe6YlM5w.js":1,"sites\\/'
        'all\\/modules\\/google_analytics\\/googleanalytics.js":1,"0":1},"css":{"modules\\/system\\/system.base.css":1,'
        '"modules\\/node\\/node.css":1,"sites\\/all\\/themes\\/apklausos\\/css\\/style.css":1}},"googleanalytics":'
        '{"trackOutbound":1,"trackMailto":1,"trackDownload":1}});\n//--><!]]>\n</script>\n</head>\n<body class="html '
        'not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-12 node-type-page i18n-lt" '
        '>\n  <div id="skip-link">\n    <a href="#main-content" class="element-invisible element-focusable">Pereiti '
        'į pagrindinį turinį</a>\n  </div>\n    <div id="page-wrapper"><div id="page">\n\n  <div id="header" '
        'class="without-secondary-menu"><div class="section clearfix">\n\n        <a href="/" title="Pradžia" '
        'rel="home" id="logo">\n        <img src="https://www.apklausuklubas.lt/sites/all/themes/apklausos/logo.png" '
        'alt="Pradžia" />\n      </a>\n\n          <div class="region region-header">\n    <div id="block-views-nariu-'
        'skaicius-block" class="block block-views">\n\n    \n  <div class="content">\n    <div class="view view-nariu-'
        'skaicius view-id-nariu_skaicius view-display-id-block"><div class="view-content">Klube jau <strong>%s</strong>'
        ' '
        'narių</div></div>  </div>\n</div>\n  </div>\n\n          <div id="main-menu" class="navigation">\n        <h2 '
        'class="element-invisible">Pagrindinis meniu</h2><ul id="main-menu-links" class="links clearfix"><li class='
        '"menu-218 first"><a href="/">Pradžia</a></li><li class="menu-412"><a href="/kaip-tai-veikia">Kaip tai veikia'
        '</a></li><li class="menu-413"><a href="/prizai">Prizai ir išmokos</a></li><li class="menu-414 last"><a href='
        '"/duk">DUK</a></li></ul>      </div> <!-- /#main-menu -->\n  </div></div> <!-- /.section, /#header -->\n\n'
        '  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">\n\n    <div id="content" class='
        '"column"><div class="section">\n            <a id="main-content"></a>\n                    <h1 class="title" '
        'id="page-title">\n          %s        </h1>\n                          <div class="tabs">\n                  '
        '</div>\n                          <div class="region region-content">\n    <div id="block-system-main" '
        'class="block block-system">\n\n    \n  <div class="content">\n    <div id="node-12" class="node node-page" '
        'about="/privatumo-politika" typeof="foaf:Document">\n\n      <span property="dc:title" content="Privatumo '
        'politika" class="rdf-meta element-hidden"></span>\n  \n  <div class="content clearfix">\n    <div class="field'
        ' '
        'field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-'
        'item even" property="content:encoded">%s</div></div></div>  </div>\n\n      <div class="link-wrapper">\n    '
        '<ul class="links inline"><li class="statistics_counter first last"><span>%s</span></li>\n</ul>  </div>\n  \n'
        '  \n</div>\n  </div>\n</div>\n  </div>\n      </div></div> <!-- /.section, /#content -->\n\n          <div '
        'id="sidebar-second" class="column sidebar"><div class="section">\n          <div class="region region-sidebar-'
        'second">\n    %s<div id="block-views-naujausios-apklausos-block" class="block block-views">\n\n        <h2>'
        'Naujausios apklausos</h2>\n    \n  <div class="content">\n    <div class="view view-naujausios-apklausos">'
        '<div class="item-list"><ul>%s</ul></div></div>  </div>\n</div>\n<div id="block-user-login" class="block '
        'block-user">\n\n        <h2>Prisijungimas</h2>\n    \n  <div class="content">\n    <form action="/privatumo-'
        'politika?destination=node/12" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-'
        'item form-type-textfield form-item-name">\n  <label for="edit-name">El. paštas <span class="form-required" '
        'title="Šis laukas yra privalomas.">*</span></label>\n <input type="text" id="edit-name" name="name" value="" '
        'size="15" maxlength="60" class="form-text required" />\n</div>\n<div class="form-item form-type-password '
        'form-item-pass">\n  <label for="edit-pass">Slaptažodis <span class="form-required" title="Šis laukas yra '
        'privalomas.">*</span></label>\n <input type="password" id="edit-pass" name="pass" size="15" maxlength="128" '
        'class="form-text required" />\n</div>\n<input type="hidden" name="form_build_id" value="%s" />\n<input '
        'type="hidden" name="form_id" value="user_login_block" />\n<div class="form-actions form-wrapper" id="edit-'
        'actions"><input type="submit" id="edit-submit" name="op" value="Prisijungti" class="form-submit" /></div>'
        '</div></form>  </div>\n</div>\n  </div>\n      </div></div> <!-- /.section, /#sidebar-second -->\n    \n  '
        '</div></div> <!-- /#main, /#main-wrapper -->\n\n  <div id="footer-wrapper"><div class="section">\n      '
        '<div id="footer" class="clearfix">\n        <div class="region region-footer">\n    <div id="block-block-2" '
        'class="block block-block">\n\n    \n  <div class="content">\n    <p>© UAB „Nuomonių tyrimai“ · <a href="/'
        'privatumo-politika">Privatumo politika</a> · <a href="/slapuku-politika">Slapukų politika</a> · <a href="/'
        'taisykles">Taisyklės</a></p>  </div>\n</div>\n  </div>\n      </div> <!-- /#footer -->\n  </div></div> '
        '<!-- /.section, /#footer-wrapper -->\n\n</div></div> <!-- /#page, /#page-wrapper -->\n  <script type="text/'
        'javascript">\n<!--//--><![CDATA[//><!--\n(function(i,s,o,g,r,a,m){i["GoogleAnalyticsObject"]=r;i[r]=i[r]||'
        'function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.'
        'getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,"script",'
        '"https://www.google-analytics.com/analytics.js","ga");ga("create", "UA-38817204-1", {"cookieDomain":"auto"});'
        'ga("set", "anonymizeIp", true);ga("send", "pageview");\n//--><!]]>\n</script>\n</body>\n</html>\n'
        % (css, qs, qs, s["theme_token"], K.group(s["members"], " "), C.esc(blocks[0][1]), body(blocks[1:]),
           views_plural(s["views"], ("skaitymas", "skaitymai", "skaitymų")), camp, latest, s["form_build_id"]))


def render_d10(s, blocks, when):
    h_css1, h_css2, h_js = s["assets"]
    latest = "".join('<div class="views-row"><a href="/apklausos/%d" hreflang="lt">%s</a></div>'
                     % (3100 + k * 17, C.esc(SURVEYS[k])) for k in s["latest"])
    camp = ('<div id="block-apklausos-kampanija" class="block block-block-content block-block-content8f3e2a1c-'
            '9b47-4d2e-a5c6-1e0f7b3d9a24"><div class="block__content"><div class="text-content clearfix field field--'
            'name-body field--type-text-with-summary field--label-hidden field__item"><p class="kampanija">%s</p>'
            '</div></div></div>' % C.esc(SEASONS[s["season"]])) if s["season"] else ""
    return (
        '<!DOCTYPE html>\n<html lang="lt" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:54%%;'
        '--color--primary-lightness:34">\n  <head>\n    <meta charset="utf-8" />\n<meta name="Generator" content='
        '"Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n<meta name='
        '"HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" '
        '/>\n<link rel="icon" href="/themes/custom/apklausos/favicon.ico" type="image/vnd.microsoft.icon" />\n<link '
        'rel="canonical" href="https://www.apklausuklubas.lt/privatumo-politika" />\n<link rel="shortlink" href="https'
        '://www.apklausuklubas.lt/node/12" />\n\n    <title>Privatumo politika | Apklausų klubas</title>\n    <link '
        'rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=lt&amp;theme='
        'apklausos&amp;include=eJxdjEEOwyAMBD9E8JMig12C4tgIk1b9fZV3r9oRyOtIU3-Xu-NBAExLhE" />\n<link rel="stylesheet" '
        'media="all" href="/sites/default/files/css/css_%s.css?delta=1&amp;language=lt&amp;theme=apklausos&amp;include='
        'eJxdjEEOwyAMBD9E8JMig12C4tgIk1b9fZV3r9oRyOtIU3-Xu-NBAExLhE" />\n\n    <script type="application/json" data-'
        'drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/12",'
        '"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"lt"},"pluralDelimiter":"\\u0003","suppressDeprec'
        'ationErrors":true,"ajaxPageState":{"libraries":"eJx1jlEOgzAMQy9U6JFQ2oZSLSQoaRnc","theme":"apklausos",'
        '"theme_token":null},"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true},'
        '"statistics":{"data":{"nid":"12"},"url":"\\/core\\/modules\\/statistics\\/statistics.php"},"user":{"uid":0,'
        '"permissionsHash":"c1d0fe5b1c0c7d2b8a7e4f1f0a9e36c6b0f3d2e1a4b5c6d7e8f9a0b1c2d3e4f5"}}</script>\n<script '
        'src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=lt&amp;theme=apklausos&amp;'
        'include=eJxdjEEOwyAMBD9E8JMig12C4tgIk1b9fZV3r9oRyOtIU3-Xu-NBAExLhE"></script>\n  </head>\n  <body class="path-'
        'node page-node-type-page">\n        <a href="#main-content" class="visually-hidden focusable skip-link">\n    '
        '  '
        'Pereiti į pagrindinį turinį\n    </a>\n    \n      <div class="dialog-off-canvas-main-canvas" data-off-canvas-'
        'main-canvas>\n    \n<div id="page-wrapper" class="page-wrapper">\n  <div id="page">\n\n          <header '
        'id="header" class="site-header" data-drupal-selector="site-header" role="banner">\n\n        <div class="site-'
        'header__fixable" data-drupal-selector="site-header-fixable">\n          <div class="site-header__initial">\n'
        '            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" '
        'aria-controls="site-header__inner" aria-label="Prilipusi antraštė" aria-checked="false">\n              <span '
        'class="sticky-header-toggle__icon">\n                <span></span>\n                <span></span>\n          '
        '      <span></span>\n              </span>\n            </button>\n          </div>\n\n          <div id="site'
        '-'
        'header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">\n            <div class="'
        'container site-header__inner__container">\n\n              \n<div id="block-apklausos-site-branding" class='
        '"site-branding--bg-white site-branding block block-system block-system-branding-block">\n  \n    \n    <div '
        'class="site-branding__inner">\n          <a href="/" rel="home" class="site-branding__logo">\n        <img '
        'src="/themes/custom/apklausos/logo.svg" alt="Pradžia" fetchpriority="high" />\n      </a>\n              <div '
        'class="site-branding__text">\n        <div class="site-branding__name">\n          <a href="/" title="Pradžia"'
        ' '
        'rel="home">Apklausų klubas</a>\n        </div>\n      </div>\n      </div>\n</div>\n<div id="block-apklausos-'
        'nariu-skaicius" class="block block-views block-views-blocknariu-skaicius-block-1">\n  <div class="block__'
        'content"><div class="views-element-container"><div class="view view-nariu-skaicius view-id-nariu_skaicius '
        'view-display-id-block_1 js-view-dom-id-%s">Klube jau <strong>%s</strong> narių</div></div></div>\n</div>\n'
        '<nav  id="block-apklausos-main-menu" class="block block-menu navigation menu--main" aria-labelledby="block-'
        'apklausos-main-menu-menu" role="navigation">\n  <h2 class="visually-hidden block__title" id="block-apklausos-'
        'main-menu-menu">Pagrindinė navigacija</h2>\n  <ul  class="menu menu--level-1">\n    <li class="menu__item '
        'menu__item--link menu__item--level-1"><a href="/kaip-tai-veikia" class="menu__link menu__link--link menu__'
        'link--level-1" data-drupal-link-system-path="node/3">Kaip tai veikia</a></li>\n    <li class="menu__item '
        'menu__item--link menu__item--level-1"><a href="/prizai" class="menu__link menu__link--link menu__link--level-'
        '1" data-drupal-link-system-path="node/4">Prizai ir išmokos</a></li>\n    <li class="menu__item menu__item--'
        'link menu__item--level-1"><a href="/duk" class="menu__link menu__link--link menu__link--level-1" data-drupal-'
        'link-system-path="node/5">DUK</a></li>\n  </ul>\n</nav>\n\n            </div>\n          </div>\n        '
        '</div>\n      </header>\n    \n    <div id="main-wrapper" class="layout-main-wrapper layout-container">\n     '
        ' '
        '<div id="main" class="layout-main">\n        <div class="main-content">\n          <a id="main-content" '
        'tabindex="-1"></a>\n          \n          <div class="main-content__container container">\n            \n  '
        '<div class="region region--highlighted grid-full layout--pass--content-medium">\n    <div data-drupal-messages'
        '-'
        'fallback class="hidden messages-list"></div>\n%s\n  </div>\n\n            \n  <div class="region region--'
        'breadcrumb grid-full layout--pass--content-medium">\n    <div id="block-apklausos-breadcrumbs" class="block '
        'block-system block-system-breadcrumb-block">\n  \n    \n      <div class="block__content">\n        <nav '
        'class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n    <h2 id="system-breadcrumb" '
        'class="visually-hidden">Naršymo kelias</h2>\n    <div class="breadcrumb__content">\n      <ol class="'
        'breadcrumb__list">\n                  <li class="breadcrumb__item">\n                      <a href="/" class="'
        'breadcrumb__link">Pradžia</a>\n                  </li>\n              </ol>\n    </div>\n  </nav>\n\n      '
        '</div>\n  </div>\n\n  </div>\n\n                          <main role="main" class="site-main">\n            '
        '    \n  <div class="region region--content-above grid-full layout--pass--content-medium">\n    <div id="block-'
        'apklausos-page-title" class="block block-core block-page-title-block">\n  \n  \n\n  <h1 class="title page-'
        'title">\n<span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n\n\n'
        '</div>\n\n  </div>\n\n                \n  <div class="region region--content grid-full layout--pass--content-'
        'medium" id="content">\n    <div id="block-apklausos-content" class="block block-system block-system-main-'
        'block">\n  \n    \n      <div class="block__content">\n        \n<article data-history-node-id="12" class="nod'
        'e '
        'node--type-page node--view-mode-full">\n  <header class="">\n    \n          \n      </header>\n  <div class='
        '"node__content">\n        \n            <div class="text-content clearfix field field--name-body field--type-'
        'text-with-summary field--label-hidden field__item">%s</div>\n      \n      <div class="node__links">\n    <ul '
        'class="links inline"><li class="statistics-counter">%s</li></ul>  </div>\n\n  </div>\n</article>\n\n      '
        '</div>\n  </div>\n\n  </div>\n\n              </main>\n            \n          </div>\n        </div>\n       '
        ' '
        '<div class="social-bar">\n          \n        </div>\n      </div>\n    </div>\n\n    <footer class="site-'
        'footer">\n      <div class="site-footer__inner container">\n        \n  <div class="region region--footer-top '
        'grid-full">\n    <div class="region--footer_top__inner">\n      <div class="views-element-container block '
        'block-views block-views-blocknaujausios-apklausos-block-1" id="block-apklausos-naujausios-apklausos">\n  \n   '
        '   '
        '<h2 class="block__title">Naujausios apklausos</h2>\n      <div class="block__content">\n      <div><div class='
        '"view view-naujausios-apklausos view-id-naujausios_apklausos view-display-id-block_1 js-view-dom-id-%s">\n'
        '      <div class="view-content">%s</div>\n</div>\n</div>\n\n    </div>\n  </div>\n<div id="block-apklausos-'
        'naujienlaiskis" class="block block-simplenews block-simplenews-subscription-block">\n      <h2 class="block__'
        'title">Naujienlaiškis</h2>\n    <div class="block__content">\n      <form class="simplenews-subscriber-form" '
        'data-drupal-selector="simplenews-subscriptions-block-naujienlaiskis" action="/privatumo-politika" method="post'
        '" '
        'id="simplenews-subscriptions-block-naujienlaiskis" accept-charset="UTF-8">\n  <input autocomplete="off" '
        'data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" />\n<input data-drupal-selector='
        '"edit-simplenews-subscriptions-block-naujienlaiskis" type="hidden" name="form_id" value="simplenews_'
        'subscriptions_block_naujienlaiskis" />\n<div class="js-form-item form-item js-form-type-email form-item-mail '
        'js-form-item-mail form-no-label">\n        <input placeholder="El. pašto adresas" data-drupal-selector="edit-'
        'mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required '
        'form-element form-element--type-email form-element--api-email" required="required" aria-required="true" />\n'
        '        </div>\n<div data-drupal-selector="edit-actions" class="form-actions element-container-wrapper js-form'
        '-'
        'wrapper form-wrapper" id="edit-actions"><input class="button button--primary js-form-submit form-submit" data-'
        'drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Užsiprenumeruoti" />\n</div>\n\n'
        '</form>\n\n    </div>\n  </div>\n\n    </div>\n  </div>\n\n        \n  <div class="region region--footer-botto'
        'm '
        'grid-full">\n    <div class="region--footer_bottom__inner">\n      <div id="block-apklausos-poraste" class='
        '"block block-block-content block-block-content2c1e8f04-6d3a-4b59-9e27-7a0d5c4b8f13">\n      <div class="block_'
        '_'
        'content">\n      <div class="text-content clearfix field field--name-body field--type-text-with-summary field-'
        '-'
        'label-hidden field__item"><p>© UAB „Nuomonių tyrimai“ · <a href="/privatumo-politika">Privatumo politika</a> '
        '· <a href="/slapuku-politika">Slapukų politika</a> · <a href="/taisykles">Taisyklės</a></p></div>\n    </div>'
        '\n'
        '  </div>\n\n    </div>\n  </div>\n\n      </div>\n    </footer>\n\n    <div class="overlay" data-drupal-select'
        'or='
        '"overlay"></div>\n\n  </div>\n</div>\n\n  </div>\n\n    \n    <script src="/sites/default/files/js/js_%s.js?'
        'scope=footer&amp;delta=0&amp;language=lt&amp;theme=apklausos&amp;include=eJxdjEEOwyAMBD9E8JMig12C4tgIk1b9fZV3r'
        '9'
        'oRyOtIU3-Xu-NBAExLhE"></script>\n\n  </body>\n</html>\n'
        % (h_css1, h_css2, h_js, C.det_sha("dom", s["form_build_id"])[:64], K.group(s["members"], " "), camp,
           C.esc(blocks[0][1]), body(blocks[1:]), views_plural(s["views"]),
           C.det_sha("dom2", s["form_build_id"])[:64], latest, s["form_build_id"].lower().replace("_", "-"),
           s["form_build_id"], C.det_sha("js2", h_js)[:43]))


def render(s, blocks, when):
    return (render_d7 if s["drupal"] == "d7" else render_d10)(s, blocks, when)


PAGE = {
    "service": "Apklausu klubas", "url": URL, "lang": "lt-LT", "platform": "Drupal 7 -> Drupal 10 (Olivero sub-theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 4, 2), "end": dt.date(2026, 11, 20), "hours": (5, 11, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 6), "fmt_date": K.lt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".block-page-title-block h1", "article.node--type-page"],
                    "remove": [".node__links"]},
    "history": [{"fetch": URL, "select": ["#page-title", "#node-12"], "remove": [".link-wrapper"],
                 "validUntil": "2024-03-01T00:00:00Z"}],
}
