"""Pargime (Estonian mobile-parking app, Tallinn), marketing site on Webflow: the privacy policy is an item of a
"Legal" CMS collection (title in the hero, body in a rich-text element whose tables are HTML embeds), Finsweet cookie
consent, a CMS news list in the footer. Static hosting: the HTML only changes when the site is re-published, and then
always carries a new "Last Published" stamp."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Käesolev privaatsuspoliitika selgitab, kuidas Pargime OÜ (edaspidi „Pargime“ või „meie“) töötleb mobiilse parkimise rakenduse Pargime, veebilehe www.pargime.ee ja äriklientide iseteeninduskeskonna kasutajate isikuandmeid. Pargime on teie isikuandmete vastutav töötleja.

## 1. Kontaktandmed

@ Pargime OÜ
@ Registrikood 14829301
@ Telliskivi 60a/3, 10412 Tallinn
@ E-post: [privaatsus@pargime.ee](mailto:privaatsus@pargime.ee)

Meie andmekaitsespetsialistiga saate ühendust võtta aadressil [dpo@pargime.ee](mailto:dpo@pargime.ee).

## 2. Milliseid andmeid me kogume

- **Kontoandmed:** nimi, telefoninumber, e-posti aadress ja keele-eelistus.
- **Sõiduki andmed:** sõiduki registreerimisnumber ning soovi korral sõiduki mark ja värv.
- **Parkimisandmed:** parkimistsoon või parkla, parkimise algus- ja lõpuaeg, tasu suurus ja parkimisloa number.
- **Asukohaandmed:** seadme asukoht parkimise alustamise hetkel, kui olete selleks rakenduses loa andnud.
- **Makseandmed:** makseviis, kaardi neli viimast numbrit ja kehtivusaeg ning arvete ja maksete ajalugu. Täielikke kaardiandmeid me ei näe ega säilita.
- **Ettevõtte andmed:** ärikliendi nimi, registrikood, arveldusandmed ja töötajatele määratud parkimislimiidid.
- **Tehnilised andmed:** seadme tüüp, operatsioonisüsteemi ja rakenduse versioon, IP-aadress ja veateated.

## 3. Milleks me andmeid kasutame

| Eesmärk | Õiguslik alus |
| Parkimise alustamine, lõpetamine ja tasu arvestamine | Lepingu täitmine |
| Parkimisõiguse edastamine parkla omanikule või kohalikule omavalitsusele kontrolliks | Lepingu täitmine |
| Arvete koostamine ja maksete vastuvõtmine | Lepingu täitmine, raamatupidamise seadus |
| Meeldetuletused parkimise lõppemise kohta | Lepingu täitmine |
| Klienditoe pakkumine ja pretensioonide lahendamine | Lepingu täitmine, õigustatud huvi |
| Pettuste ja maksete kuritarvitamise tõkestamine | Õigustatud huvi |
| Rakenduse arendamine ja kasutusstatistika | Õigustatud huvi |
| Uudiskirjad ja pakkumised | Nõusolek |

## 4. Kellele me andmeid edastame

Parkimise kontrolliks edastame sõiduki registreerimisnumbri ning parkimise alguse ja lõpu aja parkla omanikule või kohaliku omavalitsuse parkimiskorraldajale (näiteks Tallinna Transpordiametile või Tartu Linnavalitsusele). Nemad kasutavad neid andmeid üksnes selleks, et kontrollida, kas parkimise eest on tasutud.

Kasutame järgmisi volitatud töötlejaid:

| Töötleja | Teenus | Asukoht |
| Amazon Web Services EMEA SARL | Serverid ja andmebaasid | EL (Frankfurt) |
| Maksekeskus AS | Kaardimaksed | Eesti |
| Montonio Finance OÜ | Pangalingid | Eesti |
| Telia Eesti AS | SMS-teated | Eesti |
| Google Ireland Ltd (Firebase) | Tõuketeated ja veaaruanded | EL, USA |
| Zendesk Inc. | Klienditugi | USA |

Kui andmeid edastatakse väljapoole Euroopa Majanduspiirkonda, tugineme Euroopa Komisjoni tüüplepingutingimustele või ELi-USA andmekaitse raamistikule (EU-US Data Privacy Framework).

## 5. Kui kaua me andmeid säilitame

Kontoandmeid säilitame konto kehtivuse ajal. Parkimisandmeid säilitame 3 aastat pärast parkimise lõppu, et lahendada võimalikke pretensioone ja leppetasu nõudeid. Raamatupidamisdokumente säilitame raamatupidamise seaduse alusel 7 aastat. Asukohaandmeid pärast parkimise lõppemist ei säilitata. Kui kustutate oma konto, anonüümime ülejäänud andmed 30 päeva jooksul.

## 6. Teie õigused

Teil on õigus:

- tutvuda enda kohta kogutud andmetega;
- nõuda ebaõigete andmete parandamist;
- nõuda andmete kustutamist, kui nende säilitamiseks puudub alus;
- piirata andmete töötlemist või esitada töötlemise suhtes vastuväide;
- saada oma andmed masinloetaval kujul (andmete ülekandmine);
- võtta igal ajal tagasi oma nõusolek.

Taotluse saate esitada rakenduse menüüs „Konto“ või e-posti teel. Vastame hiljemalt ühe kuu jooksul. Kui leiate, et rikume teie õigusi, võite pöörduda Andmekaitse Inspektsiooni poole ([www.aki.ee](https://www.aki.ee)).

## 7. Küpsised

Veebilehel kasutame vajalikke küpsiseid ning teie nõusolekul analüütika- ja turundusküpsiseid (Google Analytics, Meta Pixel). Nõusolekut saate muuta lehe jaluses oleva lingi „Küpsiste seaded“ kaudu.

## 8. Muudatused

Võime privaatsuspoliitikat aeg-ajalt muuta. Olulistest muudatustest teavitame rakenduses või e-posti teel vähemalt 14 päeva ette.
"""

EDITS = [
    {"note": "processor row added: Merit Tarkvara AS (accounting, e-invoices)",
     "repl": [("| Telia Eesti AS | SMS-teated | Eesti |",
               "| Telia Eesti AS | SMS-teated | Eesti |\n| Merit Tarkvara AS | Raamatupidamine ja e-arved | Eesti |")]},
    {"note": "typo fixed (iseteeninduskeskonna), date unchanged", "bump": False,
     "repl": [("iseteeninduskeskonna", "iseteeninduskeskkonna")]},
    {"note": "list item added: EV charging data (charging launched in the app)",
     "repl": [("parkimisloa number.\n",
               "parkimisloa number.\n- **Laadimisandmed:** laadimisjaama asukoht, laadimise algus- ja lõpuaeg ning "
               "tarbitud energia (kWh), kui kasutate rakenduses elektriauto laadimist.\n")]},
    {"note": "parking data retention shortened from 3 to 2 years",
     "repl": [("Parkimisandmeid säilitame 3 aastat", "Parkimisandmeid säilitame 2 aastat")]},
    {"note": "registered address changed (office moved to Ülemiste)",
     "repl": [("@ Telliskivi 60a/3, 10412 Tallinn", "@ Lõõtsa 5, 11415 Tallinn")]},
    {"note": "customer-support processor replaced: Zendesk Inc. -> Intercom R&D Unlimited Company (Ireland)",
     "repl": [("| Zendesk Inc. | Klienditugi | USA |", "| Intercom R&D Unlimited Company | Klienditugi | Iirimaa |")]},
]

SITE = "6502f1c4a9d3b27e18c40a12"
PAGE_ID = "6502f1c4a9d3b27e18c40a57"
COLL = "6502f1c4a9d3b27e18c40a6b"

NEWS = [
    (dt.date(2022, 11, 8), "pargime-tartus", "Pargime nüüd ka Tartu tänavatel"),
    (dt.date(2023, 1, 17), "arikliendi-portaal", "Uus ärikliendi portaal: parkimislimiidid töötajatele"),
    (dt.date(2023, 3, 28), "suvi-parnus", "Pärnu rannaparklad ootavad – maksa rakendusega"),
    (dt.date(2023, 6, 9), "apple-pay", "Apple Pay ja Google Pay on nüüd toetatud"),
    (dt.date(2023, 9, 21), "ulemiste-parklad", "Lisandusid Ülemiste City parklad"),
    (dt.date(2023, 12, 4), "joulud-kesklinnas", "Jõuluostud kesklinnas: esimesed 15 minutit tasuta"),
    (dt.date(2024, 2, 15), "laadimine", "Elektriauto laadimine jõudis Pargime rakendusse"),
    (dt.date(2024, 4, 30), "viljandi", "Pargime laieneb Viljandisse"),
    (dt.date(2024, 7, 2), "uus-rakendus", "Uuenenud rakendus: kiirem parkimise alustamine"),
    (dt.date(2024, 9, 12), "sadama-parklad", "Tallinna Sadama parklad nüüd Pargimes"),
    (dt.date(2024, 11, 19), "talv", "Talvine parkimine: kuidas vältida leppetasu"),
    (dt.date(2025, 1, 14), "hinnad-2025", "Tallinna parkimistasud muutusid 2025. aastal"),
]

DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def _stamp(t):
    return "%s %s %02d %d %s GMT+0000 (Coordinated Universal Time)" % (
        DAYS[(t.weekday() + 1) % 7], MON[t.month - 1], t.day, t.year, t.strftime("%H:%M:%S"))


def _promo(loc):
    d = loc.date()
    if dt.date(d.year, 12, 1) <= d <= dt.date(d.year, 12, 24):
        return ("Jõuluostud kesklinnas? Esimesed 15 minutit parkimist on Pargimega tasuta.", "/uudised/joulud-kesklinnas")
    if 6 <= d.month <= 8:
        return ("Suvi Pärnus: rannaparklate tasu saad maksta Pargime rakendusega.", "/uudised/suvi-parnus")
    if d >= dt.date(2024, 2, 15) and d.month in (2, 3, 4, 5):
        return ("Uus: laadi elektriautot ja maksa samas rakenduses.", "/uudised/laadimine")
    return ("Kutsu sõber Pargimesse – mõlemad saavad 5 € parkimiskrediiti.", "/soovita-sobrale")


def noise(rng, when, i, prev):
    p = prev or {}
    lo = 12
    pub = when - dt.timedelta(minutes=rng.randint(lo, 60 * 24 * 5))
    if p.get("published"):
        last = dt.datetime.strptime(p["published"], "%Y-%m-%d %H:%M:%S")
        if pub <= last:
            pub = min(when - dt.timedelta(minutes=3), last + dt.timedelta(minutes=rng.randint(7, 600)))
    days = (when.date() - dt.date(2023, 1, 1)).days
    return {
        "published": pub.strftime("%Y-%m-%d %H:%M:%S"),
        "css": C.keep_or(rng, p.get("css"), 0.35, lambda: C.hexs(rng, 9)),
        "wfjs": C.keep_or(rng, p.get("wfjs"), 0.12, lambda: (C.hexs(rng, 9), C.hexs(rng, 16), C.hexs(rng, 16))),
        "rating": C.keep_or(rng, p.get("rating"), 0.2, lambda: (rng.choice(["4,7", "4,8", "4,8"]),
                                                                 (9800 + days * 9 + rng.randint(0, 80)) // 100 * 100)),
    }


LABELS = {
    "published": "Webflow 'Last Published' stamp (site re-published)",
    "css": "pargime.webflow.<hash>.min.css (style change)",
    "wfjs": "webflow.js bundle hash (Webflow platform update)",
    "rating": "app rating and review count in the sidebar download box",
    "promo": "announcement bar text (by season)",
    "news": "footer CMS news list (latest 3 posts)",
    "jsmode": "webflow.js split into webflow.schunk.* chunks (Webflow platform change, autumn 2024)",
    "cdn": "Webflow asset CDN host (assets-global -> cdn.prod.website-files.com, 2024)",
}


def _rich(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="w-embed"><table class="legal-table"><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                '</table></div>' % (head, body))

    def heading(kind, v, inl):
        return "<p>\u200d</p><%s>%s</%s>" % (kind, inl(v), kind)

    def lst(kind, items, inl):
        return '<%s role="list">%s</%s>' % (kind, "".join("<li>%s</li>" % inl(i) for i in items), kind)

    return K.render_blocks(blocks, table=table, heading=heading, lst=lst, sep="")


def render(state, blocks, when):
    loc, _ = K.local(when, "eet")
    assert blocks[0][0] == "h1"
    title, body = blocks[0][1], blocks[1:]
    pub = dt.datetime.strptime(state["published"], "%Y-%m-%d %H:%M:%S")
    cdn = "https://cdn.prod.website-files.com" if pub.date() >= dt.date(2024, 5, 21) else \
        "https://assets-global.website-files.com"
    state["cdn"] = cdn
    wf, s1, s2 = state["wfjs"]
    if pub.date() >= dt.date(2024, 9, 3):
        js = ('<script src="%s/%s/js/webflow.schunk.%s.js" type="text/javascript"></script>'
              '<script src="%s/%s/js/webflow.schunk.%s.js" type="text/javascript"></script>'
              '<script src="%s/%s/js/webflow.%s.%s.js" type="text/javascript"></script>'
              % (cdn, SITE, s1, cdn, SITE, s2, cdn, SITE, s1[:8], wf))
    else:
        js = '<script src="%s/%s/js/webflow.%s.js" type="text/javascript"></script>' % (cdn, SITE, wf)
    state["jsmode"] = "schunk" if "schunk" in js else "single"
    ptext, plink = _promo(loc)
    state["promo"] = ptext
    news = K.latest(NEWS, pub, 3)
    state["news"] = tuple(n[1] for n in news)
    news_html = "".join(
        '<div role="listitem" class="footer-news-item w-dyn-item"><a href="/uudised/%s" class="footer-news-link">%s</a>'
        '<div class="footer-news-date">%s</div></div>' % (slug, K.esc(t), d.strftime("%d.%m.%Y"))
        for d, slug, t in news)
    rating, count = state["rating"]
    return """<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: %(stamp)s  --><html data-wf-domain="www.pargime.ee" data-wf-page="%(page)s" data-wf-site="%(site)s" lang="et" data-wf-collection="%(coll)s" data-wf-item-slug="privaatsuspoliitika"><head><meta charset="utf-8"/><title>Privaatsuspoliitika | Pargime</title><meta content="Kuidas Pargime kogub, kasutab ja kaitseb sinu isikuandmeid." name="description"/><meta content="Privaatsuspoliitika | Pargime" property="og:title"/><meta content="Kuidas Pargime kogub, kasutab ja kaitseb sinu isikuandmeid." property="og:description"/><meta content="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40b90_og-pargime.png" property="og:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="%(cdn)s/%(site)s/css/pargime.webflow.%(css)s.min.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({  google: {    families: ["Inter:regular,500,600,700"]  }});</script><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40b88_favicon-32.png" rel="shortcut icon" type="image/x-icon"/><link href="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40b8c_webclip.png" rel="apple-touch-icon"/><link href="https://www.pargime.ee/privaatsuspoliitika" rel="canonical"/><script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<!-- Google Tag Manager -->
<script type="fs-cc" fs-cc-categories="analytics">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-N7K4PX2');</script>
<!-- End Google Tag Manager --></head><body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">Kasutame küpsiseid, et veebileht töötaks ja et mõista, kuidas seda kasutatakse. Loe lähemalt meie <a href="/privaatsuspoliitika" class="fs-cc-banner_text-link">privaatsuspoliitikast</a>.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Seaded</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Keeldu</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Nõustun</a></div></div></div><div class="announcement-bar"><div class="announcement-text">%(promo)s</div><a href="%(plink)s" class="announcement-link">Loe lähemalt →</a></div><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40a9e_pargime-logo.svg" loading="lazy" width="132" alt="Pargime"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/kuidas-see-tootab" class="nav-link w-nav-link">Kuidas see töötab</a><a href="/parklad" class="nav-link w-nav-link">Parklad ja tsoonid</a><a href="/ariklientidele" class="nav-link w-nav-link">Äriklientidele</a><a href="/laadimine" class="nav-link w-nav-link">Laadimine</a><a href="https://abi.pargime.ee" class="nav-link w-nav-link">Abi</a><a href="https://ari.pargime.ee/login" class="nav-button w-button">Logi sisse</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-legal-hero"><div class="container w-container"><div class="legal-breadcrumb"><a href="/" class="breadcrumb-link">Avaleht</a><div class="breadcrumb-divider">/</div><div>Õiguslik teave</div></div><h1 class="legal-title">%(title)s</h1></div></section><section class="section-legal"><div class="container w-container"><div class="legal-grid"><div class="legal-rich-text w-richtext">%(body)s</div><div class="legal-sidebar"><div class="sidebar-card"><div class="sidebar-heading">Õiguslik teave</div><a href="/kasutustingimused" class="sidebar-link">Kasutustingimused</a><a href="/privaatsuspoliitika" aria-current="page" class="sidebar-link w--current">Privaatsuspoliitika</a><a href="/kupsised" class="sidebar-link">Küpsiste poliitika</a><a href="/hinnakiri" class="sidebar-link">Teenustasud</a></div><div class="sidebar-card download-card"><div class="sidebar-heading">Laadi alla Pargime</div><div class="rating-row"><div class="rating-score">%(rating)s</div><div class="rating-stars">★★★★★</div></div><div class="rating-count">%(count)s+ hinnangut App Store'is ja Google Plays</div><a href="https://apps.apple.com/ee/app/pargime/id1582045731" class="store-badge w-inline-block"><img src="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40aa1_app-store-et.svg" loading="lazy" alt="Laadi alla App Store'ist"/></a><a href="https://play.google.com/store/apps/details?id=ee.pargime.app" class="store-badge w-inline-block"><img src="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40aa3_google-play-et.svg" loading="lazy" alt="Hangi see Google Playst"/></a></div></div></div></div></section><footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><img src="%(cdn)s/%(site)s/6502f1c4a9d3b27e18c40a9f_pargime-logo-white.svg" loading="lazy" width="120" alt="Pargime"/><p class="footer-text">Parkimine ja laadimine ühes rakenduses. Tallinnas, Tartus, Pärnus ja mujal.</p></div><div class="footer-col"><div class="footer-heading">Uudised</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">%(news)s</div></div></div><div class="footer-col"><div class="footer-heading">Pargime</div><a href="/meist" class="footer-link">Meist</a><a href="/karjaar" class="footer-link">Karjäär</a><a href="/kontakt" class="footer-link">Kontakt</a><a href="#" fs-cc="open-preferences" class="footer-link">Küpsiste seaded</a></div></div><div class="footer-bottom"><div>© Pargime OÜ</div><div class="footer-lang"><a href="/privaatsuspoliitika" class="lang-link w--current">ET</a><a href="/en/privacy-policy" class="lang-link">EN</a><a href="/ru/politika-konfidencialnosti" class="lang-link">RU</a></div></div></div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%(site)s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>%(js)s</body></html>""" % {
        "stamp": _stamp(pub), "page": PAGE_ID, "site": SITE, "coll": COLL, "cdn": cdn, "css": state["css"],
        "promo": K.esc(ptext), "plink": plink, "title": K.esc(title), "body": _rich(body), "rating": rating,
        "count": K.group_thousands(count, " "), "news": news_html, "js": js}


PAGE = {
    "service": "Pargime",
    "url": "https://www.pargime.ee/privaatsuspoliitika",
    "lang": "et",
    "platform": "Webflow (CMS collection template, Finsweet cookie consent)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Lambda-Id", "3c2f8a1e-webflow"), ("Cache-Control", "max-age=0"),
                      ("X-Cluster-Name", "eu-central-1-prod-hosting-red")],
    "n": 30,
    "start": dt.date(2023, 3, 6),
    "end": dt.date(2025, 2, 20),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.pargime.ee/privaatsuspoliitika",
        "select": ["h1.legal-title", ".legal-rich-text"],
    },
}
