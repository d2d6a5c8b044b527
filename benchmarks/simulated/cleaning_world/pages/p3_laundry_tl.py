"""LabaDali - tl laundry pick-up and delivery (Metro Manila) - Wix (Thunderbolt renderer), two rich-text elements."""
import datetime as dt
import json
import os
import random
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

URL = "https://www.labadali.ph/patakaran-sa-privacy"


def fmt_date(d):
    return "%s %d, %d" % (K.MONTHS["tl"][d.month - 1], d.day, d.year)


POLICY = K.unwrap("""
# Patakaran sa Privacy

Huling na-update: {UPDATED}

Ang LabaDali (pinapatakbo ng LabaDali Services Inc.) ay nagbibigay ng serbisyong pick-up at delivery ng labada, dry
cleaning at paglilinis ng sapatos sa Metro Manila at ilang bahagi ng Cavite, Laguna at Rizal. Pinahahalagan namin ang
iyong privacy. Ipinapaliwanag ng patakarang ito kung anong personal na impormasyon ang kinokolekta namin kapag
ginagamit mo ang aming website, app at Messenger page, kung paano namin ito ginagamit at pinoprotektahan, at kung ano
ang iyong mga karapatan sa ilalim ng Data Privacy Act of 2012 (Republic Act No. 10173).

## Anong impormasyon ang kinokolekta namin

Kapag nag-book ka ng pick-up o gumawa ng account, kinokolekta namin ang:

- iyong pangalan, mobile number at email address;
- address ng pick-up at delivery, kasama ang landmark at mga tagubilin para sa rider;
- detalye ng iyong order: bilang ng kilo, uri ng serbisyo, espesyal na tagubilin sa paglalaba at mga larawan ng
  damit na may mantsa o sira;
- impormasyon sa pagbabayad, gaya ng paraan ng pagbabayad at reference number ng transaksyon (hindi namin iniimbak ang
  buong numero ng iyong card);
- mga mensahe mo sa aming customer service sa chat, Messenger o telepono.

Kapag binisita mo ang aming website, awtomatikong nakokolekta ang ilang teknikal na impormasyon gaya ng IP address, uri
ng device at browser, at mga pahinang binisita mo.

## Paano namin ginagamit ang iyong impormasyon

Ginagamit namin ang iyong personal na impormasyon upang:

- tanggapin, iproseso at ihatid ang iyong order;
- ipaalam sa iyo sa SMS o Messenger kung papunta na ang rider at kung handa na ang iyong labada;
- singilin ang bayad at mag-isyu ng resibo;
- tugunan ang mga reklamo, halimbawa kung may nawala o nasirang damit;
- magpadala ng mga promo at diskwento, kung pumayag ka rito;
- pagbutihin ang aming serbisyo at website.

## Kanino namin ibinabahagi ang iyong impormasyon

Hindi namin ibinebenta ang iyong personal na impormasyon. Ibinabahagi lamang namin ito sa mga sumusunod, at tanging ang
kailangan lang nila para magawa ang kanilang trabaho:

- aming mga partner na laundry shop na naglalaba ng iyong order;
- mga rider at delivery partner, gaya ng Lalamove, na nagdadala ng iyong labada;
- mga payment provider: GCash (G-Xchange, Inc.) at PayMongo;
- Semaphore, para sa pagpapadala ng SMS;
- Google Cloud at Wix.com, kung saan naka-host ang aming mga system at website.

Kung hihingin ng batas o ng utos ng hukuman, maaari naming ibigay ang impormasyon sa mga awtoridad.

## Gaano katagal namin itinatago ang impormasyon

Itinatago namin ang detalye ng iyong account habang aktibo ito. Kapag hindi mo nagamit ang account nang 2 taon,
buburahin o gagawin naming anonymous ang iyong impormasyon. Ang mga resibo at rekord ng transaksyon ay itinatago namin
nang 10 taon ayon sa hinihingi ng Bureau of Internal Revenue. Ang mga larawan ng damit na may mantsa o sira ay binubura
namin 90 araw matapos maihatid ang order.

## Paano namin pinoprotektahan ang iyong impormasyon

Gumagamit kami ng encryption, mga password at two-factor authentication para sa aming mga system. Ang aming mga rider
ay nakakakita lamang ng iyong pangalan, address at mobile number habang aktibo ang iyong order. Lahat ng aming
empleyado at partner na laundry shop ay pumirma ng kasunduan sa pagiging kumpidensyal.

Kung magkaroon ng data breach na maaaring makaapekto sa iyo, aabisuhan ka namin at ang National Privacy Commission sa
loob ng 72 oras mula nang malaman namin ito.

## Ang iyong mga karapatan

Sa ilalim ng Data Privacy Act, may karapatan kang:

- malaman kung pinoproseso namin ang iyong personal na impormasyon;
- makita at makakuha ng kopya ng iyong impormasyon;
- ipatama ang mali o kulang na impormasyon;
- ipabura o ipa-block ang iyong impormasyon;
- tumutol sa pagproseso, kabilang ang pagtanggap ng mga promo;
- humingi ng danyos kung napinsala ka dahil sa maling paggamit ng iyong impormasyon;
- magsampa ng reklamo sa National Privacy Commission.

## Cookies

Gumagamit ang aming website ng cookies para gumana ito nang maayos at para maunawaan namin kung paano ito ginagamit.
Maaari mong baguhin ang iyong mga setting sa cookie banner o sa iyong browser.

## Data Protection Officer

Kung may tanong ka tungkol sa patakarang ito o gusto mong gamitin ang iyong mga karapatan, makipag-ugnayan sa aming
Data Protection Officer:

@ Bb. Maria Angelica Reyes
@ LabaDali Services Inc.
@ Unit 1203, The Trade and Financial Tower, 7th Avenue, Bonifacio Global City, Taguig City
@ [dpo@labadali.ph](mailto:dpo@labadali.ph)
@ 0917 555 0143
""")

EDITS = [
    {"note": "payment providers: Maya (Maya Philippines, Inc.) added next to GCash and PayMongo",
     "repl": [("- mga payment provider: GCash (G-Xchange, Inc.) at PayMongo;",
               "- mga payment provider: GCash (G-Xchange, Inc.), Maya (Maya Philippines, Inc.) at PayMongo;")]},
    {"note": "typo fixed: 'Pinahahalagan' -> 'Pinahahalagahan' (no new date)", "bump": False,
     "repl": [("Pinahahalagan namin", "Pinahahalagahan namin")]},
    {"note": "retention of photos of stained or damaged clothes shortened from 90 to 60 days",
     "repl": [("namin 90 araw matapos", "namin 60 araw matapos")]},
    {"note": "SMS provider replaced: Semaphore -> M360 (Globe)",
     "repl": [("- Semaphore, para sa pagpapadala ng SMS;", "- M360, para sa pagpapadala ng SMS at OTP;")]},
    {"note": "Data Protection Officer changed (Bb. Maria Angelica Reyes -> G. Jose Miguel Santos)",
     "repl": [("@ Bb. Maria Angelica Reyes", "@ G. Jose Miguel Santos")]},
]

SAVES = K.Saves(dt.datetime(2021, 8, 2, 3, 41, 10))

EXPERIMENTS = ["specs.thunderbolt.deprecateAppId", "specs.thunderbolt.useClassnameInResponsiveAppWidget",
               "specs.thunderbolt.breakingReactCompileWarnings", "specs.thunderbolt.dynamicLoadTpaFeature",
               "specs.thunderbolt.scrollToAnchorOnLoad", "specs.thunderbolt.inflateRichTextFonts",
               "specs.thunderbolt.lazyLoadVerticalMenus", "specs.thunderbolt.prefetchPageResourcesVeloApi",
               "specs.thunderbolt.svgImagesInSsr", "specs.thunderbolt.fixCustomElementInWidgetInRefComponent",
               "specs.thunderbolt.ooiCssAsLinkTag", "specs.thunderbolt.siteAssetsPageJsonFallback"]
FLEETS = ["thunderbolt-renderer-user-code", "thunderbolt-renderer-heavy-users", "thunderbolt-seo-renderer",
          "thunderbolt-renderer-gradual"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"session": C.uuid4(rng)}
    s["tb"] = K.deploy(rng, prev.get("tb"), 0.45, lambda: C.hexs(rng, 8))
    s["fleet"] = rng.choice(FLEETS)
    s["exps"] = tuple(sorted(rng.sample(range(len(EXPERIMENTS)), rng.randint(3, 7))))
    s["publish"] = (prev.get("publish") or 0) + (1 if rng.random() < 0.3 else 0)
    return s


LABELS = {"session": "fedops viewerSessionId (per request)",
          "tb": "Thunderbolt release: bundle hash and the hashed CSS class names on every element (also on the "
                "selected rich-text elements: attributes only)",
          "fleet": "serving renderer fleet in wix-essential-viewer-model", "exps": "rolled-out experiments map",
          "publish": "site republished (siteRevision)", "promo": "announcement strip (summer, tag-ulan, ber months)",
          "rev": "siteRevision (publishes, text edits included)"}


def cls(tb, name, n=4):
    """Thunderbolt's hashed CSS class names of a component (they change with the release)."""
    r = random.Random("%s|%s" % (tb, name))
    return " ".join(C.alnum(r, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + C.alnum(r, 5)
                    for _ in range(n))


def promo(when):
    m = when.month
    if m in (3, 4, 5):
        return ("summer", "Summer sale: 15% off sa comforter, kumot at kurtina hanggang Mayo 31!")
    if m in (6, 7, 8):
        return ("rain", "Tag-ulan na! Libreng pick-up at delivery para sa 6 kilo pataas.")
    if m in (9, 10, 11, 12):
        return ("ber", "Paskong Pinoy promo: Libreng fabric conditioner sa bawat order ngayong ber months.")
    return None


def rich(blocks):
    T = "wixui-rich-text__text"

    def text(raw):
        return C.esc(raw)

    def bold(raw):
        return '<span style="font-weight:bold;" class="%s">%s</span>' % (T, C.esc(raw))

    def link(url, label):
        return ('<a href="%s" target="_self" class="%s"><span style="text-decoration:underline;" class="%s">%s'
                "</span></a>" % (C.attr(url), T, T, C.esc(label)))

    def para(v, inl):
        return '<p class="font_8 %s"><span class="%s">%s</span></p>' % (T, T, inl(v))

    def heading(kind, v, inl):
        f = {"h1": "font_0", "h2": "font_5", "h3": "font_6"}[kind]
        return ('<p class="font_8 %s"><span class="%s">&nbsp;</span></p>\n<%s class="%s %s"><span class="%s">%s'
                "</span></%s>" % (T, T, kind, f, T, T, inl(v), kind)) if kind == "h2" else (
            '<%s class="%s %s"><span class="color_15 %s">%s</span></%s>' % (kind, f, T, T, inl(v), kind))

    def lst(kind, items, inl):
        return '<%s class="font_8 %s">%s</%s>' % (kind, T, "".join(
            '<li class="%s"><p class="font_8 %s"><span class="%s">%s</span></p></li>' % (T, T, T, inl(x))
            for x in items), kind)

    def addr(lines, inl):
        return "\n".join('<p class="font_8 %s"><span class="%s">%s</span></p>' % (T, T, inl(x)) for x in lines)

    return C.render_blocks(blocks, text=text, bold=bold, link=link, para=para, heading=heading, lst=lst, addr=addr)


def render(s, blocks, when):
    tb = s["tb"]
    saved = SAVES.saved(blocks, when)
    rev = 380 + SAVES.count() + s["publish"]
    s["rev"] = rev
    pr = promo(when)
    s["promo"] = pr[0] if pr else None
    exps = {EXPERIMENTS[k]: True for k in s["exps"]}
    model = {"fleetConfig": {"fleetName": s["fleet"], "type": "Rollout", "code": 1},
             "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False,
                      "siteAssetsFallback": "enable", "versionIndicator": False},
             "site": {"externalBaseUrl": "https://www.labadali.ph", "isSEO": False},
             "requestUrl": URL,
             "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {},
                              "consentPolicyHeader": {}, "siteRevision": str(rev), "renderingFlow": "NONE",
                              "language": "tl", "locale": "en-ph"},
             "interactionSampleRatio": 0.01,
             "dynamicModelUrl": "https://www.labadali.ph/_api/v2/dynamicmodel",
             "accessTokensUrl": "https://www.labadali.ph/_api/v1/access-tokens",
             "isExcludedFromSecurityExperiments": False, "experiments": exps}
    fedops = {"data": {"site": {"metaSiteId": "6f1d2a3b-8c9e-4f10-a2b3-c4d5e6f7a8b9",
                                "siteId": "0b7e3c2d-1a4f-4e5d-9c8b-7a6f5e4d3c2b",
                                "externalBaseUrl": "https://www.labadali.ph", "siteRevision": rev,
                                "siteType": "UGC", "isPremium": True},
                       "viewerSessionId": s["session"], "requestUrl": URL, "isInSEO": False,
                       "platformOnSite": True}}
    strip = ""
    if pr:
        strip = ('<div id="comp-kx9ann01" class="%s comp-kx9ann01 wixui-rich-text" data-testid="richTextElement">'
                 '<p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="color_11 '
                 'wixui-rich-text__text">%s</span></p></div>' % (cls(tb, "strip"), C.esc(pr[1])))
    nav = "".join('<li class="%s wixui-dropdown-menu__item"><a data-testid="linkElement" '
                  'href="https://www.labadali.ph/%s"'
                  ' class="%s"><div class="%s"><p class="%s">%s</p></div></a></li>'
                  % (cls(tb, "li", 2), u, cls(tb, "a", 1), cls(tb, "d", 1), cls(tb, "p", 1), t)
                  for u, t in (("", "Home"), ("serbisyo", "Mga Serbisyo"), ("presyo", "Presyo"),
                               ("book", "Mag-book"), ("faq", "FAQ"), ("contact", "Contact")))
    return ('<!DOCTYPE html>\n<html lang="tl" dir="ltr">\n<head>\n  <meta charset=\'utf-8\'>\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
            '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '  <meta name="generator" content="Wix.com Website Builder"/>\n'
            "  <title>Patakaran sa Privacy | LabaDali</title>\n"
            '  <link rel="canonical" href="%s"/>\n'
            '  <meta property="og:updated_time" content="%s"/>\n'
            '  <script type="application/json" id="wix-fedops">%s</script>\n'
            '  <script type="application/json" id="wix-essential-viewer-model">%s</script>\n'
            '  <script>window.viewerModel = JSON.parse(document.getElementById(\'wix-essential-viewer-model\')'
            ".textContent)</script>\n"
            '  <link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle'
            '.min.js" as="script">\n'
            '  <link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.min'
            '.css">\n'
            "</head>\n<body>\n"
            '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="%s" '
            'role="region" tabindex="-1" aria-label="top of page"></div><div id="site-root" class="site-root">'
            '<div id="masterPage" class="mesh-layout masterPage css-editing-scope">\n'
            '<header id="SITE_HEADER" class="%s SITE_HEADER wixui-header" tabindex="-1">%s'
            '<nav id="comp-kx9hdr07" aria-label="Site" class="%s comp-kx9hdr07 wixui-dropdown-menu"><ul>%s</ul></nav>'
            "</header>\n"
            '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">'
            '<div id="SITE_PAGES" class="%s"><div id="a1b2c" class="%s a1b2c wixui-page" data-testid="page-root">'
            '<div data-mesh-id="a1b2cinlineContent" data-testid="inline-content" class="">'
            '<div data-mesh-id="a1b2cinlineContent-gridContainer" data-testid="mesh-container-content">\n'
            '<section id="comp-lk3p5s00" tabindex="-1" class="%s wixui-section" data-block-level-container='
            '"ClassicSection"><div data-mesh-id="comp-lk3p5s00inlineContent" data-testid="inline-content" class="">'
            '<div data-mesh-id="comp-lk3p5s00inlineContent-gridContainer" data-testid="mesh-container-content">\n'
            '<div id="comp-lk3p7h1q" class="%s comp-lk3p7h1q wixui-rich-text" data-testid="richTextElement">%s</div>\n'
            '<div id="comp-lk3p9x2a" class="%s comp-lk3p9x2a wixui-rich-text" data-testid="richTextElement">\n%s\n'
            "</div>\n"
            '<div class="%s comp-lk3pbtn3 wixui-button" id="comp-lk3pbtn3" aria-disabled="false">'
            '<a data-testid="linkElement" href="https://www.labadali.ph/book" class="%s wixui-button"><span class="%s">'
            "Mag-book ng pick-up</span></a></div>\n"
            "</div></div></section>\n</div></div></div></div></main>\n"
            '<footer id="SITE_FOOTER" class="%s SITE_FOOTER wixui-footer" tabindex="-1">'
            '<div id="comp-kx9ftr02" class="%s comp-kx9ftr02 wixui-rich-text" data-testid="richTextElement">'
            '<p class="font_9 wixui-rich-text__text">© %d LabaDali Services Inc. Lahat ng karapatan ay nakalaan.</p>'
            '<p class="font_9 wixui-rich-text__text"><a href="https://www.labadali.ph/patakaran-sa-privacy">Patakaran '
            'sa Privacy</a> | <a href="https://www.labadali.ph/terms">Terms of Service</a></p></div></footer>\n'
            "</div></div></div></div>\n"
            '<div id="SITE_CONTAINER_TPAS"><iframe title="Wix Chat" id="comp-wixchat" class="%s" '
            'src="https://engage.wixapps.net/chat-widget-server/renderChatWidget/index?pageId=a1b2c&amp;compId='
            'comp-wixchat&amp;viewerCompId=comp-wixchat&amp;siteRevision=%d&amp;viewMode=site&amp;deviceType=desktop'
            '&amp;locale=tl&amp;tz=Asia%%2FManila&amp;regionalLanguage=tl&amp;width=0&amp;height=0"></iframe></div>\n'
            '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" '
            "async></script>\n</body>\n</html>\n"
            % (URL, saved.strftime("%Y-%m-%dT%H:%M:%S.000Z"), json.dumps(fedops, separators=(",", ":")),
               json.dumps(model, separators=(",", ":")), tb, tb, cls(tb, "top", 2), cls(tb, "hdr", 3), strip,
               cls(tb, "nav", 2), nav, cls(tb, "pages", 1), cls(tb, "page", 2), cls(tb, "sec", 3),
               cls(tb, "rt", 5), rich(blocks[:1]), cls(tb, "rt", 5), rich(blocks[1:]), cls(tb, "btn", 2),
               cls(tb, "btna", 2), cls(tb, "btns", 1), cls(tb, "ftr", 3), cls(tb, "rt", 5), when.year,
               cls(tb, "tpa", 1), rev, tb))


PAGE = {
    "service": "LabaDali", "url": URL, "lang": "tl-PH", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 4, 4), "end": dt.date(2026, 2, 27), "hours": (0, 1, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-lk3p7h1q", "#comp-lk3p9x2a"]},
}
