"""Ættarbrunnur - is genealogy records service - Moya CMS (Stefna) page template, news box and 'Nýjast' list."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.aettarbrunnur.is/is/um-okkur/personuvernd"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["is"][d.month - 1], d.year)


POLICY = """
# Persónuverndarstefna Ættarbrunns

Síðast uppfært {UPDATED}

Ættarbrunnur ehf. rekur ættfræðigrunn sem byggir á manntölum, kirkjubókum og framlögum notenda. Í þessari stefnu kemur fram hvaða persónuupplýsingar við vinnum, í hvaða tilgangi og hver réttindi þín eru samkvæmt lögum nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga.

## Ábyrgðaraðili

@ Ættarbrunnur ehf., kt. 540319-1230
@ Laugavegi 26
@ 101 Reykjavík
@ Sími: 511 2040
@ [personuvernd@aettarbrunnur.is](mailto:personuvernd@aettarbrunnur.is)

Persónuverndarfulltrúi félagsins er Guðrún Hallgrímsdóttir.

## Hvaða upplýsingar vinnum við

- Nafn, kennitala, netfang og símanúmer áskrifenda.
- Ættartengsl, fæðingar- og dánardagar og búseta einstaklinga í ættfræðigrunninum.
- Upplýsingar sem notendur senda inn, svo sem ljósmyndir og æviágrip.
- Greiðsluupplýsingar vegna áskriftar.

Upplýsingar um núlifandi einstaklinga eru aðeins sýnilegar skyldmennum sem hafa staðfest auðkenni sitt með rafrænum skilríkjum.

## Tilgangur og lagagrundvöllur

Við vinnum upplýsingarnar til að veita áskrifendum aðgang að ættfræðigrunninum, til að sýna skyldleika milli notenda og til að innheimta áskriftargjöld. Vinnslan byggir á samningi við áskrifendur og á lögmætum hagsmunum félagsins af því að varðveita sögulegar heimildir.

## Vinnsluaðilar

| Vinnsluaðili | Hlutverk | Staðsetning |
| Stefna ehf. | Vefumsjónarkerfi og hýsing vefs | Ísland |
| Advania Ísland ehf. | Hýsing gagnagrunns | Ísland |
| Rapyd Europe hf. | Greiðslumiðlun | Ísland |
| Auðkenni hf. | Rafræn skilríki | Ísland |

## Varðveisla

Upplýsingar um áskrifendur eru varðveittar á meðan áskrift er virk og í 2 ár eftir að henni lýkur. Bókhaldsgögn eru varðveitt í 7 ár samkvæmt lögum um bókhald.

## Réttindi þín

Þú átt rétt á aðgangi að upplýsingum um þig, leiðréttingu og í vissum tilvikum eyðingu þeirra. Þú getur lagt fram kvörtun hjá Persónuvernd ([personuvernd.is](https://www.personuvernd.is)).
"""

EDITS = [
    {"note": "DPO changed (Guðrún Hallgrímsdóttir -> Einar Þórðarson)",
     "repl": [("er Guðrún Hallgrímsdóttir.", "er Einar Þórðarson.")]},
    {"note": "processor row added: island.is login via Stafrænt Ísland",
     "repl": [("| Auðkenni hf. | Rafræn skilríki | Ísland |", "| Auðkenni hf. | Rafræn skilríki | Ísland |\n"
               "| Stafrænt Ísland | Innskráning með Ísland.is | Ísland |")]},
    {"note": "subscriber retention 2 years -> 12 months",
     "repl": [("og í 2 ár eftir að henni lýkur.", "og í 12 mánuði eftir að henni lýkur.")]},
    {"note": "paragraph added: DNA matches are not offered",
     "repl": [("## Vinnsluaðilar", "Ættarbrunnur vinnur ekki með erfðaupplýsingar og býður ekki upp á "
               "DNA-samanburð.\n\n## Vinnsluaðilar")]},
    {"note": "typo fixed without a new date (Laugavegi -> Laugavegur)", "bump": False,
     "repl": [("@ Laugavegi 26", "@ Laugavegur 26")]},
]

NEWS = ["Manntalið 1920 komið í grunninn", "Nýir prestþjónustubækur frá Vestfjörðum", "Ættarmót sumarsins",
        "Vefurinn liggur niðri vegna uppfærslu", "Skráning kirkjugarða í Árnessýslu", "Jólagjafabréf í áskrift"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.hexs(rng, 40)}
    s["news"] = C.keep_or(rng, prev.get("news"), 0.7, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["count"] = 1480000 + i * 3100 + rng.randint(0, 900)
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: str(rng.randint(1600000000, 1780000000)))
    return s


LABELS = {"csrf": "Moya login form token", "news": "'Nýjast' news list",
          "count": "'einstaklingar í grunninum' counter in the header", "css": "theme CSS ?v= timestamp"}


def render(s, blocks, when):
    body = C.render_blocks(blocks[1:])
    news = "".join('<li><a href="/is/frettir/%d">%s</a></li>' % (k, C.esc(NEWS[k])) for k in s["news"])
    return ('<!DOCTYPE html>\n<html lang="is">\n<head>\n<meta charset="utf-8">\n'
            '<title>Persónuvernd | Ættarbrunnur</title>\n<meta name="generator" content="Moya - Stefna">\n'
            '<link rel="stylesheet" href="/static/themes/2022/theme.css?v=%s">\n</head>\n'
            '<body class="subpage" id="moya"><div id="page"><header id="header"><a id="logo" href="/is">Ættarbrunnur'
            '</a><p class="counter">%s einstaklingar í grunninum</p><form id="loginForm" method="post" action="/is/'
            'innskraning"><input type="hidden" name="csrf_token" value="%s"></form></header>\n'
            '<div id="main"><div class="contentWrap"><div id="article" class="pageEntry"><h1>%s</h1>'
            '<div class="entryContent">\n%s\n</div></div>\n'
            '<aside id="sidebar"><div class="box news"><h2 class="boxTitle">Nýjast</h2><ul>%s</ul></div></aside>'
            '</div></div>\n<footer id="footer"><p>Ættarbrunnur ehf. · Laugavegur 26 · 101 Reykjavík</p></footer>'
            '</div>\n<script src="/static/moya/js/moya.min.js?v=%s"></script>\n</body>\n</html>\n'
            % (s["css"], C.group_digits(s["count"], "."), s["csrf"], C.esc(blocks[0][1]), body, news, s["css"]))


PAGE = {
    "service": "Aettarbrunnur", "url": URL, "lang": "is", "platform": "Moya CMS (Stefna)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 5, 25), "hours": (0, 8, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(b[1:], URL),
    "declaration": {"fetch": URL, "select": ["#article .entryContent"]},
}
