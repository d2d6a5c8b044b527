"""Payapa Memorial Plans (Philippine pre-need memorial plan company, Pasig City), Webflow: a static page republished
whenever the marketing team publishes the site (the 'Last Published' comment), CMS collection lists for the monthly
promo bar and the latest blog articles; the recipients table is an HTML embed inside the rich text. In 2024 Webflow
moved its asset CDN from assets-global.website-files.com to cdn.prod.website-files.com."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Paunawa sa Privacy

Huling binago: {UPDATED}

Pinahahalagahan ng Payapa Memorial Plans, Inc. ("Payapa" o "kami") ang inyong privacy. Ipinapaliwanag ng paunawang ito kung paano namin kinokolekta, ginagamit, iniimbak at pinoprotektahan ang inyong personal na impormasyon bilang planholder, benepisyaryo o bisita ng aming website, alinsunod sa Data Privacy Act of 2012 (Republic Act No. 10173) at sa mga patakaran ng National Privacy Commission (NPC).

## Sino kami

Ang Payapa Memorial Plans, Inc. ay isang pre-need company na lisensyado ng Insurance Commission. Nag-aalok kami ng mga memorial plan at cremation plan sa pakikipagtulungan sa mga accredited na punerarya at memorial park sa buong Luzon.

@ Payapa Memorial Plans, Inc.
@ 12F Tektite Tower 2, Exchange Road
@ Ortigas Center, Pasig City 1605

## Anong impormasyon ang kinokolekta namin

- Personal na detalye ng planholder: buong pangalan, petsa at lugar ng kapanganakan, kasarian, civil status, address, numero ng telepono, email address at TIN.
- Kopya ng valid ID at pirma.
- Impormasyon tungkol sa mga benepisyaryo: pangalan, kaugnayan sa planholder at numero ng telepono.
- Detalye ng pagbabayad: paraan ng pagbabayad, numero ng account para sa auto-debit at kasaysayan ng mga hulog.
- Kapag ginamit na ang plano: death certificate ng yumao, burial permit at mga detalye ng serbisyo (lugar ng lamay, petsa ng libing o cremation).
- Impormasyon mula sa website: IP address, uri ng browser at cookies.

## Paano namin ginagamit ang impormasyon

- Para iproseso ang inyong aplikasyon at ilabas ang kontrata ng plano.
- Para singilin at tanggapin ang inyong mga hulog at magpadla ng paalala bago ang due date.
- Para ayusin ang serbisyo ng lamay, libing o cremation kapag ginamit na ang plano.
- Para sumunod sa mga kinakailangan ng Insurance Commission, Bureau of Internal Revenue at Anti-Money Laundering Council.
- Para magpadala ng balita at promo, kung pumayag kayo.

## Kanino namin ibinabahagi ang impormasyon

| Tatanggap | Layunin |
| Trustee bank ng aming trust fund | pangangasiwa ng trust fund para sa mga plano |
| Mga accredited na punerarya, chapel at memorial park | pagbibigay ng serbisyo kapag ginamit na ang plano |
| Mga sales counselor at ahensya | pagproseso ng aplikasyon at koleksyon ng hulog |
| Mga payment partner (GCash at mga bangko) | pagtanggap ng bayad |
| Insurance Commission at iba pang ahensya ng pamahalaan | pagsunod sa batas |

Hindi namin ibinebenta ang inyong personal na impormasyon.

## Gaano katagal namin itinatago ang impormasyon

Itinatago namin ang mga rekord ng plano habang aktibo ang kontrata at sa loob ng sampung (10) taon matapos itong ganap na magamit, ma-terminate o ma-surrender, ayon sa mga patakaran ng Insurance Commission. Ang mga aplikasyong hindi naaprubahan ay binubura sa loob ng isang (1) taon.

## Ang inyong mga karapatan

Bilang data subject, may karapatan kayong malaman kung paano pinoproseso ang inyong datos, i-access ito, ipatama ang maling impormasyon, tumutol sa pagproseso, ipabura o ipa-block ang datos, at magsampa ng reklamo sa National Privacy Commission.

## Data Protection Officer

Para sa anumang tanong o kahilingan tungkol sa inyong personal na impormasyon, makipag-ugnayan sa aming Data Protection Officer sa [dpo@payapaplans.com.ph](mailto:dpo@payapaplans.com.ph) o tumawag sa (02) 8631 7720.
"""

EDITS = [
    {"note": "payment partner added (Maya) in the recipients table",
     "repl": [("| Mga payment partner (GCash at mga bangko) |", "| Mga payment partner (GCash, Maya at mga bangko) |")]},
    {"note": "typo fixed (magpadla), date unchanged", "bump": False,
     "repl": [("at magpadla ng paalala", "at magpadala ng paalala")]},
    {"note": "list item added: identity verification and fraud prevention",
     "repl": [("- Para ayusin ang serbisyo ng lamay,",
               "- Para beripikahin ang inyong pagkakakilanlan at maiwasan ang panloloko.\n"
               "- Para ayusin ang serbisyo ng lamay,")]},
    {"note": "rejected applications deleted within 6 months instead of 1 year",
     "repl": [("binubura sa loob ng isang (1) taon.", "binubura sa loob ng anim (6) na buwan.")]},
    {"note": "word inserted in a table row: crematorium",
     "repl": [("| Mga accredited na punerarya, chapel at memorial park |",
               "| Mga accredited na punerarya, chapel, crematorium at memorial park |")]},
    {"note": "DPO contact changed (e-mail and phone)",
     "repl": [("[dpo@payapaplans.com.ph](mailto:dpo@payapaplans.com.ph) o tumawag sa (02) 8631 7720.",
               "[privacy@payapaplans.com.ph](mailto:privacy@payapaplans.com.ph) o tumawag sa (02) 8631 7788.")]},
]


def fmt_date(d):
    return "%s %d, %d" % (K.MONTHS["tl"][d.month - 1], d.day, d.year)


SITE = "64b0c1d2e3f4a5b6c7d8e9a0"
PAGEID = "64b0c1d2e3f4a5b6c7d8ea17"
CDN_MOVE = dt.datetime(2024, 4, 16)

BLOG = [(dt.date(2023, 5, 2), "Ano ang pre-need memorial plan at paano ito gumagana?", "ano-ang-pre-need-memorial-plan"),
        (dt.date(2023, 6, 20), "5 bagay na dapat gawin kapag may namatay sa pamilya", "5-bagay-kapag-may-namatay"),
        (dt.date(2023, 8, 8), "Cremation o libing: alin ang tama para sa inyong pamilya?", "cremation-o-libing"),
        (dt.date(2023, 10, 17), "Paghahanda para sa Undas: gabay sa pagbisita sa sementeryo", "gabay-sa-undas-2023"),
        (dt.date(2023, 12, 5), "Paano mag-claim ng SSS funeral benefit", "paano-mag-claim-ng-sss-funeral-benefit"),
        (dt.date(2024, 2, 13), "Magkano ang karaniwang gastos sa burol at libing ngayong 2024?", "gastos-sa-burol-2024"),
        (dt.date(2024, 4, 9), "Bakit mas mura ang memorial plan habang bata pa", "bakit-mas-mura-habang-bata-pa"),
        (dt.date(2024, 6, 18), "Ano ang dapat itanong sa punerarya bago pumirma", "itanong-sa-punerarya"),
        (dt.date(2024, 8, 27), "Paano pumili ng benepisyaryo sa inyong memorial plan", "paano-pumili-ng-benepisyaryo"),
        (dt.date(2024, 10, 22), "Undas 2024: mga paalala bago pumunta sa memorial park", "undas-2024-mga-paalala"),
        (dt.date(2024, 12, 10), "Paano ilipat ang memorial plan sa ibang miyembro ng pamilya", "paano-ilipat-ang-plano"),
        (dt.date(2025, 2, 18), "PhilHealth, SSS at GSIS: mga benepisyo para sa gastos sa libing", "benepisyo-para-sa-libing")]

PROMOS = {1: "Bagong Taon promo: libre ang unang buwan ng hulog sa piling plano",
          2: "Buwan ng pag-ibig: 10% diskwento kapag binayaran nang buo",
          3: "Summer promo: libreng upgrade sa Cremation Plan Plus", 4: "Summer promo: libreng upgrade sa Cremation Plan Plus",
          5: "Para kay Nanay: 5% diskwento sa mga planong binili ngayong Mayo",
          10: "Undas promo: libreng memorial lot viewing at 8% diskwento",
          11: "Undas promo: libreng memorial lot viewing at 8% diskwento",
          12: "Pamaskong handog: dagdag na 1 taon sa installment nang walang interes"}


def _promo(day):
    text = PROMOS.get(day.month, "Flexible na hulog mula ₱1,150 kada buwan")
    return (text, "/promo/%s-%d" % (K.MONTHS["tl"][day.month - 1].lower(), day.year))


_PREV = {}


def noise(rng, when, i, prev):
    """Every capture follows a publish made after the previous capture (a static site changes only then)."""
    p = prev or {}
    loc, _ = K.local(when, "ph")
    last = _PREV["when"] if i and _PREV.get("when") else when - dt.timedelta(days=30)
    _PREV["when"] = when
    gap = (when - last).total_seconds()
    pub = when - dt.timedelta(seconds=rng.randint(600, int(max(1200, min(gap - 60, 10 * 86400)))))
    return {
        "published": pub.strftime("%Y-%m-%dT%H:%M:%S"),
        "promo": _promo(loc.date()),
        "blog": tuple(b for b in BLOG if b[0] <= loc.date())[-3:],
        "css": C.keep_or(rng, p.get("css"), 0.35, lambda: C.hexs(rng, 9)),
        "js": C.keep_or(rng, p.get("js"), 0.1, lambda: C.hexs(rng, 8)),
        "cdn": "cdn.prod.website-files.com" if when >= CDN_MOVE else "assets-global.website-files.com",
        "year": loc.year,
    }


LABELS = {
    "published": "'Last Published' comment (site republished)",
    "promo": "promo bar CMS item (monthly promo)",
    "blog": "latest articles CMS collection list",
    "css": "site CSS file hash (style changes published)",
    "js": "webflow.js bundle hash",
    "cdn": "Webflow asset CDN host moved",
    "year": "footer copyright year",
}


def _pubstr(s):
    d = dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")
    return d.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"


def _richtext(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="w-embed"><table class="legal-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                % (head, body))

    return K.render_blocks(blocks, table=table, tags={"ul": ' role="list"', "ol": ' role="list"'},
                           addr=lambda lines, inl: "<p>%s</p>" % "<br/>".join(inl(x) for x in lines), sep="")


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    cdn = "https://%s/%s" % (state["cdn"], SITE)
    ptext, purl = state["promo"]
    blog = "".join('<div role="listitem" class="blog-card w-dyn-item"><a href="/blog/%s" class="blog-link w-inline-block">'
                   '<div class="blog-date">%s</div><h3 class="blog-title">%s</h3></a></div>'
                   % (slug, fmt_date(d), K.esc(t)) for d, t, slug in reversed(state["blog"]))
    return ("""<!DOCTYPE html><!--  Last Published: %(pub)s  --><html data-wf-domain="www.payapaplans.com.ph" data-wf-page="%(page)s" data-wf-site="%(site)s" lang="fil"><head><meta charset="utf-8"/><title>Paunawa sa Privacy | Payapa Memorial Plans</title><meta content="Alamin kung paano pinoprotektahan ng Payapa Memorial Plans ang inyong personal na impormasyon." name="description"/><meta content="Paunawa sa Privacy | Payapa Memorial Plans" property="og:title"/><meta content="Paunawa sa Privacy | Payapa Memorial Plans" property="twitter:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="%(cdn)s/css/payapa-plans.webflow.%(css)s.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({  google: {    families: ["Lora:regular,700","Montserrat:300,regular,500,600,700"]  }});</script><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="%(cdn)s/64b0c2f1a9d8e7b6c5a4f301_favicon-32.png" rel="shortcut icon" type="image/x-icon"/><link href="%(cdn)s/64b0c2f9b8a7c6d5e4f3a202_webclip.png" rel="apple-touch-icon"/><!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PYP4L7M2QX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-PYP4L7M2QX');
</script></head><body><div class="promo-bar"><div class="w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="%(purl)s" class="promo-link">%(ptext)s</a></div></div></div></div><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="%(cdn)s/64b0c3a7d6e5f4a3b2c1d003_payapa-logo.svg" loading="lazy" alt="Payapa Memorial Plans" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/mga-plano" class="nav-link w-nav-link">Mga Plano</a><a href="/memorial-parks" class="nav-link w-nav-link">Memorial Parks</a><a href="/mag-claim" class="nav-link w-nav-link">Mag-claim</a><a href="/blog" class="nav-link w-nav-link">Blog</a><a href="/tungkol-sa-amin" class="nav-link w-nav-link">Tungkol sa Amin</a><a href="/humingi-ng-quote" class="nav-button w-button">Humingi ng Quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">%(title)s</h1><div class="rich-text-legal w-richtext">%(rich)s</div></div></section><section class="section-blog-latest"><div class="w-container"><h2 class="heading-section">Mga Pinakabagong Artikulo</h2><div class="w-dyn-list"><div role="list" class="blog-grid w-dyn-items">%(blog)s</div></div></div></section><footer class="footer"><div class="footer-container w-container"><div class="footer-grid"><div class="footer-col"><img src="%(cdn)s/64b0c3b2e1f0a9b8c7d6e004_payapa-logo-white.svg" loading="lazy" alt="" class="footer-logo"/><p class="footer-text">Ang Payapa Memorial Plans, Inc. ay lisensyado ng Insurance Commission bilang pre-need company (CA No. PN-2023-07-R). Ang mga plano ay hindi deposito at hindi sakop ng PDIC.</p></div><div class="footer-col"><a href="/patakaran-sa-privacy" aria-current="page" class="footer-link w--current">Paunawa sa Privacy</a><a href="/mga-tuntunin" class="footer-link">Mga Tuntunin at Kundisyon</a><a href="tel:+63286317700" class="footer-link">(02) 8631 7700</a></div></div><div class="footer-copyright">© %(year)d Payapa Memorial Plans, Inc. Lahat ng karapatan ay nakalaan.</div></div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%(site)s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="%(cdn)s/js/webflow.%(js)s.js" type="text/javascript"></script><!-- Messenger Chat Plugin Code -->
    <div id="fb-root"></div>
    <div id="fb-customer-chat" class="fb-customerchat"></div>
    <script>
      var chatbox = document.getElementById('fb-customer-chat');
      chatbox.setAttribute("page_id", "104512398765432");
      chatbox.setAttribute("attribution", "biz_inbox");
    </script>
    <script>
      window.fbAsyncInit = function() { FB.init({ xfbml : true, version : 'v18.0' }); };
      (function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = 'https://connect.facebook.net/fil_PH/sdk/xfbml.customerchat.js'; fjs.parentNode.insertBefore(js, fjs); }(document, 'script', 'facebook-jssdk'));
    </script></body></html>""" % {
        "pub": _pubstr(state["published"]), "page": PAGEID, "site": SITE, "cdn": cdn, "css": state["css"],
        "js": state["js"], "purl": purl, "ptext": K.esc(ptext), "title": K.esc(title), "rich": _richtext(rest),
        "blog": blog, "year": state["year"]})


PAGE = {
    "service": "Payapa Memorial Plans",
    "url": "https://www.payapaplans.com.ph/patakaran-sa-privacy",
    "lang": "tl",
    "platform": "Webflow (static hosting, CMS collection lists, rich text with HTML embed)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("x-wf-region", "us-east-1"), ("x-cluster-name", "us-east-1-prod-hosting-red"),
                      ("Cache-Control", "max-age=60"), ("Content-Language", "fil")],
    "n": 29,
    "start": dt.date(2023, 7, 10),
    "end": dt.date(2025, 6, 20),
    "hours": (0, 4, 8, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 4, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.payapaplans.com.ph/patakaran-sa-privacy",
        "select": [".section-legal .heading-legal", ".rich-text-legal"],
    },
}
