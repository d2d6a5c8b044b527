"""Barya: a Philippine e-wallet with crypto trading (BSP-registered EMI and VASP), in Filipino, on Adobe Experience
Manager as a Cloud Service with Core Components. The legal page holds two documents in a Core Components tabs
component: "Patakaran sa Privacy" (the tracked policy: a title component and one text component per section) and
"Patakaran sa Cookie" beside it in the second, hidden tab panel; the declaration selects the privacy tab panel
by its generated id. Noise: a crypto price strip in PHP (Sling Dynamic Include, fresh on every request) in the
header, the cookie tab's own updates (cookie list, its date), clientlib `lc-<md5>-lc` hashes on each release, and
`repo:modifyDate` in the data-layer attributes of the text components (only when a section is re-authored)."""
import datetime as dt
import html
import json
import math

import common as C

URL = "https://www.barya.ph/fil/legal/privacy.html"
TABS = "tabs-5c1e7a9b30"
ITEM_PRIV = TABS + "-item-0b8a1c2d3e"
ITEM_COOKIE = TABS + "-item-7f6e5d4c3b"

POLICY = """
# Patakaran sa Privacy ng Barya

Huling na-update: {UPDATED}

Pinahahalagahan ng Barya Digital Philippines, Inc. ("Barya" o "kami") ang iyong privacy. Ipinapaliwanag ng Patakarang ito kung paano namin kinokolekta, ginagamit, ibinabahagi, at pinoprotektahan ang iyong personal na impormasyon kapag ginagamit mo ang Barya app, ang aming website, at ang aming mga serbisyo sa e-wallet at cryptocurrency, alinsunod sa Data Privacy Act of 2012 (Republic Act No. 10173) at sa mga patakaran ng National Privacy Commission (NPC).

Ang Barya ay rehistrado sa Bangko Sentral ng Pilipinas (BSP) bilang Electronic Money Issuer at Virtual Asset Service Provider.

## 1. Anong Impormasyon ang Kinokolekta Namin

- **Impormasyon sa pagkakakilanlan:** buong pangalan, petsa at lugar ng kapanganakan, nasyonalidad, kasarian, larawan ng iyong valid ID, at selfie para sa pag-verify.
- **Impormasyon sa pakikipag-ugnayan:** mobile number, email address, at kasalukuyan at permanenteng address.
- **Impormasyong pinansyal:** pinagmulan ng pondo, trabaho at employer, tinatayang buwanang kita, at mga naka-link na bank account o card.
- **Impormasyon sa transaksyon:** cash-in at cash-out, pagbili at pagbenta ng crypto, pagpapadala sa ibang wallet address, pagbabayad ng bills, at pagbili ng load.
- **Impormasyon sa device:** modelo ng telepono, operating system, IP address, device ID, at lokasyon kung papayagan mo.

## 2. Paano Namin Ginagamit ang Iyong Impormasyon

| Layunin | Batayang legal |
| Pagbukas at pag-verify ng iyong account (KYC) | Legal na obligasyon sa ilalim ng Anti-Money Laundering Act |
| Pagproseso ng cash-in, cash-out, at crypto na transaksyon | Pagtupad ng kontrata |
| Pagtuklas at pagpigil ng pandaraya at scam | Lehitimong interes |
| Pagsagot sa iyong mga tanong at reklamo | Pagtupad ng kontrata |
| Pagpapadala ng mga promo at alok | Iyong pahintulot |

## 3. Pagbabahagi ng Impormasyon

Hindi namin ibinebenta ang iyong personal na impormasyon. Ibinabahagi lamang namin ito sa mga sumusunod:

| Tagatanggap | Layunin | Lokasyon |
| Mga partner na bangko at payment processor | Cash-in, cash-out at bills payment | Pilipinas |
| Jumio | Pag-verify ng pagkakakilanlan | Estados Unidos |
| Amazon Web Services | Cloud hosting | Singapore |
| Chainalysis | Pagsusuri ng mga transaksyon sa blockchain | Estados Unidos |
| Infobip | Pagpapadala ng SMS at OTP | Croatia |

Maaari rin naming ibahagi ang iyong impormasyon sa BSP, sa Anti-Money Laundering Council (AMLC), sa Bureau of Internal Revenue, o sa korte kapag hinihingi ng batas.

## 4. Mga Menor de Edad

Ang Barya wallet ay para lamang sa mga Pilipino at residenteng labing-walong (18) taong gulang pataas. Ang mga crypto feature ay hindi available sa mga account na hindi pa fully verified. Kung malaman naming may account ang isang menor de edad, isasara namin ito at buburahin ang impormasyong hindi namin kailangang itago ayon sa batas.

## 5. Paglilipat ng Impormasyon sa Labas ng Pilipinas

Ang ilan sa aming mga service provider ay nasa labas ng Pilipinas. Tinitiyak namin sa pamamagitan ng mga kontrata na pinoprotektahan nila ang iyong impormasyon sa antas na katumbas ng hinihingi ng Data Privacy Act.

## 6. Gaano Katagal Namin Itinatago ang Iyong Impormasyon

- Mga record ng pagkakakilanlan at transaksyon: limang (5) taon mula sa pagsasara ng iyong account, ayon sa Anti-Money Laundering Act.
- Mga recording ng tawag sa customer support: isang (1) taon.
- Impormasyon para sa marketing: hanggang bawiin mo ang iyong pahintulot.

## 7. Ang Iyong mga Karapatan

Bilang data subject, may karapatan kang:

- maabisuhan kung paano pinoproseso ang iyong personal na impormasyon;
- ma-access at makakuha ng kopya ng iyong impormasyon;
- tumutol sa pagproseso, lalo na para sa direct marketing;
- ipabura o ipaharang ang impormasyong hindi na kailangan o ilegal na nakuha;
- ipaitama ang maling impormasyon;
- makuha ang iyong impormasyon sa format na magagamit sa ibang serbisyo (data portability);
- magsampa ng reklamo sa National Privacy Commission; at
- humingi ng danyos kung napinsala ka dahil sa maling pagproseso.

Para gamitin ang mga karapatang ito, mag-email sa aming Data Protection Officer sa [dpo@barya.ph](mailto:dpo@barya.ph). Sasagutin namin ang iyong kahilingan sa loob ng labinlimang (15) araw ng trabaho.

## 8. Seguridad

Gumagamit kami ng encryption, multi-factor authentication, at 24/7 na pagmamanman ng seguridad. Karamihan sa crypto ng aming mga customer ay nakatago sa cold storge. Hindi kailanman hihingin ng Barya ang iyong MPIN, OTP, o password sa tawag, text, o social media.

Kung sa tingin mo ay nakompromiso ang iyong account, agad na i-lock ito sa app o tumawag sa aming hotline. Susuriin namin ang insidente at aabisuhan ka namin at ang National Privacy Commission kung kinakailangan, ayon sa mga patakaran ng NPC sa personal data breach.

Gumagamit ang aming website ng cookies para gumana ito nang maayos, matandaan ang iyong mga setting, at, kung papayag ka, masukat kung paano ginagamit ang site at makapagpakita ng mga alok ng Barya sa ibang platform. Makikita ang buong listahan ng cookies sa tab na "Cookies" ng pahinang ito, at maaari mong baguhin ang iyong pahintulot anumang oras sa "Mga Setting ng Cookie" sa ibaba ng pahina.

## 9. Mga Pagbabago sa Patakarang Ito

Maaari naming i-update ang Patakarang ito paminsan-minsan. Aabisuhan ka namin sa app bago magkabisa ang anumang mahalagang pagbabago.

## 10. Makipag-ugnayan sa Amin

@ Data Protection Officer
@ Barya Digital Philippines, Inc.
@ 18th Floor, Ayala Triangle Gardens Tower Two, Paseo de Roxas cor. Makati Avenue, Makati City 1226
@ Hotline: (02) 8888-2279
@ Email: dpo@barya.ph
"""

EDITS = [
    {"note": "typo fixed: 'cold storge' -> 'cold storage', date not bumped",
     "repl": [("sa cold storge.", "sa cold storage.")], "bump": False},
    {"note": "BSP Travel Rule: sentence added on sharing sender data with the receiving VASP, Notabene added to the "
             "recipients table",
     "repl": [("| Infobip | Pagpapadala ng SMS at OTP | Croatia |",
               "| Infobip | Pagpapadala ng SMS at OTP | Croatia |\n| Notabene | Pagsunod sa Travel Rule | Estados Unidos |"),
              ("o sa korte kapag hinihingi ng batas.",
               "o sa korte kapag hinihingi ng batas. Kapag nagpapadala ka ng crypto sa wallet na hawak ng ibang VASP, "
               "ibinabahagi namin ang iyong pangalan at account number sa tumatanggap na VASP alinsunod sa Travel Rule ng BSP.")]},
    {"note": "retention of support call recordings extended from 1 to 2 years",
     "repl": [("- Mga recording ng tawag sa customer support: isang (1) taon.",
               "- Mga recording ng tawag sa customer support: dalawang (2) taon.")]},
    {"note": "section added on automated decisions (fraud scoring), later sections renumbered",
     "repl": [("## 9. Mga Pagbabago sa Patakarang Ito",
               "## 9. Awtomatikong Pagpapasya\n\n"
               "Gumagamit kami ng mga automated na sistema para suriin ang panganib ng pandaraya sa bawat transaksyon. "
               "Kung pansamantalang na-hold ang iyong transaksyon dahil dito, maaari kang humiling na suriin ito ng "
               "isang empleyado ng Barya sa pamamagitan ng Help Center.\n\n"
               "## 10. Mga Pagbabago sa Patakarang Ito"),
              ("## 10. Makipag-ugnayan sa Amin", "## 11. Makipag-ugnayan sa Amin")]},
    {"note": "hotline number changed in the contact block",
     "repl": [("@ Hotline: (02) 8888-2279", "@ Hotline: (02) 7917-2279 o #2279 mula sa anumang mobile network")]},
]

BUWAN = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
         "Nobyembre", "Disyembre"]


def fmt_fil(d):
    return "%s %d, %d" % (BUWAN[d.month - 1], d.day, d.year)


COOKIE_ROWS = [
    ("OptanonConsent", "OneTrust", "Mahigpit na kailangan", "1 taon"),
    ("AWSALB", "Amazon Web Services", "Mahigpit na kailangan", "7 araw"),
    ("_ga", "Google Analytics", "Analytics", "2 taon"),
    ("_gid", "Google Analytics", "Analytics", "24 oras"),
    ("_fbp", "Meta", "Marketing", "3 buwan"),
    ("AMCV_###@AdobeOrg", "Adobe Analytics", "Analytics", "2 taon"),
    ("_ttp", "TikTok", "Marketing", "13 buwan"),
    ("_hjSessionUser", "Hotjar", "Analytics", "1 taon"),
]

COINS = [("BTC", 3.4e6), ("ETH", 1.8e5), ("USDT", 56.5), ("XRP", 32.0), ("SOL", 8500.0)]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2023, 1, 1)).days
    prices = []
    for k, (sym, base) in enumerate(COINS):
        amp = 0.0 if sym == "USDT" else 0.25
        p = base * (1 + days / 1400.0 * (sym != "USDT")) * (1 + amp * math.sin(days / (70.0 + 25 * k))) * (1 + rng.gauss(0, 0.015 if sym != "USDT" else 0.003))
        prices.append([sym, round(p, 2), round(rng.gauss(0, 2.5 if sym != "USDT" else 0.1), 2)])

    def mk_cookie():
        rows = [r for k, r in enumerate(COOKIE_ROWS) if k < 4 or rng.random() < 0.6]
        d = when.date() - dt.timedelta(days=rng.randint(2, 40))
        return {"rows": [list(r) for r in rows], "date": d.isoformat()}
    cookie = C.keep_or(rng, prev.get("cookie_tab"), 0.12, mk_cookie)
    clientlib = C.keep_or(rng, prev.get("clientlib"), 0.2, lambda: {"site": C.hexs(rng, 32), "base": C.hexs(rng, 32),
                                                                   "deps": C.hexs(rng, 32)})
    return {"prices": prices, "cookie_tab": cookie, "clientlib": clientlib}


LABELS = {
    "prices": "crypto price strip in Philippine pesos (SDI include, per request) in the header",
    "cookie_tab": "cookie policy in the second tab beside the privacy policy (its own updates)",
    "clientlib": "AEM release: clientlib lc-<md5>-lc hashes",
}

_MODIFY = {}  # text component content hash -> first time seen (AEM repo:modifyDate)


def _modify(key, when):
    if key not in _MODIFY:
        _MODIFY[key] = (when - dt.timedelta(days=3, hours=int(key[:2], 16) % 20, minutes=int(key[2:4], 16) % 60))
    return C.iso(_MODIFY[key]).replace("Z", ".%03dZ" % (int(key[4:7], 16) % 1000))


def _dl(obj):
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")


def _text_cmp(blocks, path, when):
    inner = C.blocks_html(blocks)
    key = C.det_sha(path, inner)
    cid = "text-" + C.det_sha(path)[:10]
    dl = {cid: {"@type": "barya/components/text", "repo:modifyDate": _modify(key, when), "xdm:text": inner}}
    return ('<div class="text">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n    %s\n</div>\n\n    \n</div>'
            % (_dl(dl), cid, inner))


def render(s, blocks, when):
    cl = s["clientlib"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    base = "/content/barya/ph/fil/legal/privacy/jcr:content/root/container/tabs/item_privacy"
    tid = "title-" + C.det_sha(base, "title")[:10]
    parts = ['<div class="title">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-title">\n    <h1 class="cmp-title__text">%s</h1>\n</div>\n\n    \n</div>'
             % (_dl({tid: {"@type": "barya/components/title", "repo:modifyDate": "2023-02-14T03:12:44.518Z", "dc:title": title}}),
                tid, C.inline_html(title))]
    parts.append(_text_cmp(head[1:], base + "/text_intro", when))
    for k, (h, body) in enumerate(secs):
        parts.append(_text_cmp([("h2", h)] + body, base + "/text_%d" % k, when))
    priv = "\n".join(parts)
    ck = s["cookie_tab"]
    cd = dt.date.fromisoformat(ck["date"])
    cookie_rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(html.escape(x) for x in r)
                          for r in ck["rows"])
    cookie_html = ("<h2>Patakaran sa Cookie</h2><p>Huling na-update: %s</p><p>Gumagamit ang barya.ph ng cookies at katulad na "
                   "teknolohiya para gumana nang maayos ang website, maunawaan kung paano ito ginagamit, at magpakita ng mga "
                   "angkop na alok. Maaari mong baguhin ang iyong mga pahintulot anumang oras sa pamamagitan ng "
                   "&quot;Mga Setting ng Cookie&quot; sa ibaba ng pahina.</p><table><thead><tr><th>Cookie</th><th>Provider</th>"
                   "<th>Kategorya</th><th>Tagal</th></tr></thead><tbody>%s</tbody></table>" % (fmt_fil(cd), cookie_rows))
    prices = "".join(
        '<li class="price-strip__item"><span class="price-strip__sym">%s</span> <span class="price-strip__val">&#8369;%s</span> '
        '<span class="price-strip__chg price-strip__chg--%s">%s%.2f%%</span></li>'
        % (sym, "{:,.2f}".format(p), "up" if c >= 0 else "down", "+" if c >= 0 else "", c) for sym, p, c in s["prices"])
    page_dl = _dl({"page-8d3c1b2a94": {"@type": "barya/components/page", "repo:modifyDate": "2023-02-14T03:15:02.114Z",
                                       "dc:title": "Patakaran sa Privacy", "xdm:template": "/conf/barya/settings/wcm/templates/legal-page",
                                       "xdm:language": "fil-PH", "xdm:tags": [], "repo:path": "/content/barya/ph/fil/legal/privacy.html"}})
    return f"""<!DOCTYPE HTML>
<html lang="fil-PH">
    <head>
    <meta charset="UTF-8"/>
    <title>Patakaran sa Privacy | Barya</title>
    <meta name="description" content="Alamin kung paano kinokolekta, ginagamit at pinoprotektahan ng Barya ang iyong personal na impormasyon."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="{URL}"/>
    <link rel="alternate" hreflang="en-PH" href="https://www.barya.ph/en/legal/privacy.html"/>
    <link rel="alternate" hreflang="fil-PH" href="{URL}"/>
<script defer="defer" type="text/javascript" src="https://rum.hlx.page/.rum/@adobe/helix-rum-js@%5E2/dist/rum-standalone.js" data-routing="env=prod,tier=publish,ams=Barya Digital Philippines"></script>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0190a7c2-5e3b-7d1f-9a6c-2b8e4f0d1c37" data-document-language="true"></script>
    <script type="text/javascript">function OptanonWrapper() {{ }}</script>
    <script src="https://assets.adobedtm.com/5a9c3e1b7d2f/0e4d8b6a1c3f/launch-9b2e7c4a1d6f.min.js" async></script>
<link rel="stylesheet" href="/etc.clientlibs/barya/clientlibs/clientlib-base.lc-{cl['base']}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/barya/clientlibs/clientlib-site.lc-{cl['site']}-lc.min.css" type="text/css">
<script type="text/javascript" src="/etc.clientlibs/barya/clientlibs/clientlib-dependencies.lc-{cl['deps']}-lc.min.js"></script>
    <link rel="icon" sizes="192x192" href="/etc.clientlibs/barya/clientlibs/clientlib-site/resources/icon-192x192.png"/>
</head>
    <body class="page basicpage" id="page-8d3c1b2a94" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="bubukas sa bagong tab" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({{
              page: JSON.parse("{page_dl.replace('&#34;', chr(92) + 'x22')}"),
              event:'cmp:show',
              eventInfo: {{
                  path: 'page.page\\u002D8d3c1b2a94'
              }}
          }});
        </script>
        <div class="root container responsivegrid">
<div id="container-3a7e9c1f02" class="cmp-container">
<div class="experiencefragment">
<div id="experiencefragment-1b2c3d4e5f" class="cmp-experiencefragment cmp-experiencefragment--header">
<div id="container-9f8e7d6c5b" class="cmp-container">
<div class="sdi-include price-strip"><!-- SDI include (path: /content/experience-fragments/barya/ph/fil/site/header/master/jcr:content/root/price_strip.nocache.html/barya/components/price-strip, resourceType: barya/components/price-strip) -->
<div class="price-strip"><span class="price-strip__label">Presyo ngayon</span><ul class="price-strip__list">{prices}</ul></div>
</div>
<div class="image"><div data-cmp-is="image" data-cmp-src="/content/experience-fragments/barya/ph/fil/site/header/master/_jcr_content/root/image.coreimg{{.width}}.svg/1676341234567/logo.svg" data-asset-id="3b1f4c2d-8e7a-4f6b-9c0d-1e2f3a4b5c6d" id="image-0e1d2c3b4a" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><a class="cmp-image__link" href="/fil.html"><img src="/content/dam/barya/brand/logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="Barya"/></a></div></div>
<div class="navigation"><nav id="navigation-5e4d3c2b1a" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Pangunahing navigation">
    <ul class="cmp-navigation__group">
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/fil/personal.html" title="Personal" class="cmp-navigation__item-link">Personal</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/fil/crypto.html" title="Crypto" class="cmp-navigation__item-link">Crypto</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/fil/negosyo.html" title="Negosyo" class="cmp-navigation__item-link">Negosyo</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/fil/tulong.html" title="Tulong" class="cmp-navigation__item-link">Tulong</a></li>
    </ul>
</nav></div>
<div class="button"><a id="button-2a3b4c5d6e" class="cmp-button" href="https://app.barya.ph/download"><span class="cmp-button__text">I-download ang app</span></a></div>
</div>
</div>
</div>
<div class="title"><div id="title-7a6b5c4d3e" class="cmp-title"><h2 class="cmp-title__text">Mga Legal na Dokumento</h2></div></div>
<div class="tabs panelcontainer">
<div id="{TABS}" class="cmp-tabs" data-cmp-is="tabs" data-cmp-data-layer="{_dl({TABS: {'@type': 'barya/components/tabs', 'repo:modifyDate': '2023-02-14T03:11:09.871Z', 'shownItems': [ITEM_PRIV]}})}" data-placeholder-text="false">
    <ol role="tablist" class="cmp-tabs__tablist" aria-label="Mga Legal na Dokumento" aria-multiselectable="false">
        <li role="tab" id="{ITEM_PRIV}-tab" class="cmp-tabs__tab cmp-tabs__tab--active" aria-controls="{ITEM_PRIV}-tabpanel" tabindex="0" data-cmp-hook-tabs="tab">Privacy</li>
        <li role="tab" id="{ITEM_COOKIE}-tab" class="cmp-tabs__tab" aria-controls="{ITEM_COOKIE}-tabpanel" tabindex="-1" data-cmp-hook-tabs="tab">Cookies</li>
    </ol>
    <div id="{ITEM_PRIV}-tabpanel" role="tabpanel" aria-labelledby="{ITEM_PRIV}-tab" tabindex="0" class="cmp-tabs__tabpanel cmp-tabs__tabpanel--active" data-cmp-hook-tabs="tabpanel" data-cmp-data-layer="{_dl({ITEM_PRIV: {'@type': 'barya/components/container', 'repo:modifyDate': '2023-02-14T03:11:09.871Z', 'dc:title': 'Privacy'}})}"><div class="container responsivegrid">
<div id="container-6d5c4b3a29" class="cmp-container">
{priv}
</div>
</div></div>
    <div id="{ITEM_COOKIE}-tabpanel" role="tabpanel" aria-labelledby="{ITEM_COOKIE}-tab" tabindex="0" class="cmp-tabs__tabpanel" aria-hidden="true" data-cmp-hook-tabs="tabpanel" data-cmp-data-layer="{_dl({ITEM_COOKIE: {'@type': 'barya/components/container', 'repo:modifyDate': '2023-02-14T03:11:09.871Z', 'dc:title': 'Cookies'}})}"><div class="container responsivegrid">
<div id="container-1c2d3e4f5a" class="cmp-container">
<div class="text"><div id="text-c00c1e0a11" class="cmp-text">{cookie_html}</div></div>
</div>
</div></div>
</div>
</div>
<div class="experiencefragment">
<div id="experiencefragment-6f5e4d3c2b" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div id="container-4b3a2c1d0e" class="cmp-container">
<div class="text"><div id="text-f00t3r0001" class="cmp-text"><p>Ang Barya Digital Philippines, Inc. ay pinangangasiwaan ng Bangko Sentral ng Pilipinas (<a href="https://www.bsp.gov.ph">www.bsp.gov.ph</a>). Para sa mga reklamo, makipag-ugnayan sa BSP Online Buddy (BOB) sa <a href="https://www.bsp.gov.ph/Pages/InclusiveFinance/ConsumerAssistanceMechanism.aspx">BSP Consumer Assistance Mechanism</a>.</p><p>Ang mga virtual asset ay hindi legal tender, hindi garantisado ng BSP, at maaaring magbago nang malaki ang halaga. Mag-invest lamang ng halagang kaya mong mawala.</p><p>&copy; {when.year} Barya Digital Philippines, Inc. | <a href="#" class="ot-sdk-show-settings">Mga Setting ng Cookie</a></p></div></div>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js" async></script>
<script type="text/javascript" src="/etc.clientlibs/barya/clientlibs/clientlib-site.lc-{cl['site']}-lc.min.js"></script>
<script type="text/javascript">_satellite && _satellite.pageBottom && _satellite.pageBottom();</script>
    </body>
</html>
"""


PAGE = {
    "service": "Barya",
    "url": URL,
    "lang": "fil",
    "platform": "Adobe Experience Manager as a Cloud Service, Core Components (tabs, title, text, SDI include)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Vhost", "publish"), ("Via", "1.1 varnish"), ("X-Cache", "MISS"),
                      ("Cache-Control", "max-age=0")),
    "n": 29,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 9, 12),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_fil,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#%s-tabpanel" % ITEM_PRIV},
}
