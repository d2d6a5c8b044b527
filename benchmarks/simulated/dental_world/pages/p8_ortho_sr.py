"""Ortodontski centar Osmeh (Serbian orthodontics practice, Belgrade; Cyrillic site), built and hosted on Webflow.
The page is static: a capture differs from the previous one only because the site was re-published (every publish
stamps the "Last Published" comment; publishing blog posts refreshes the CMS collection list of latest posts; style
edits rename the hashed CSS file; Webflow's own releases rename webflow.js chunks, and in 2024 Webflow moved its asset
CDN from assets.website-files.com to cdn.prod.website-files.com). The policy is one Rich Text element
(.legal-rich-text.w-richtext); the page title is a separate heading in the hero section."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
Последње ажурирање: {UPDATED}

Ортодонтски центар „Осмех” д.о.о. (у даљем тексту: Центар, ми) посвећен је заштити ваше приватности. Овом политиком објашњавамо које податке о личности прикупљамо када заказујете преглед, долазите на терапију или користите наш сајт, у које сврхе их обрађујемо и која права имате у складу са Законом о заштити података о личности („Службени гласник РС”, бр. 87/2018).

## 1. Руковалац подацима

@ Ортодонтски центар „Осмех” д.о.о.
@ Његошева 51, 11000 Београд
@ ПИБ: 109876543, МБ: 21345678
@ Имејл: [privatnost@osmeh-ortodoncija.rs](mailto:privatnost@osmeh-ortodoncija.rs)
@ Телефон: 011 344 55 66

## 2. Које податке прикупљамо

- основне податке: име и презиме, датум рођења, ЈМБГ (ради вођења медицинске документације), адресу;
- контакт податке: број телефона и имејл адресу;
- податке о здравственом стању: анамнезу, ортодонтски налаз, рендгенске снимке (ОПГ и телерендген), дигиталне отиске (3Д скенове) зуба и план терапије;
- за малолетне пацијенте: име и контакт податке родитеља или старатеља;
- податке о плаћању: износе, начин плаћања и рате.

## 3. Сврхе и правни основ обраде

Податке о здравственом стању обрађујемо ради пружања ортодонтске здравствене заштите и вођења медицинске документације, како то прописује закон. Контакт податке користимо да бисмо вас подсетили на заказане контроле путем СМС-а или имејла. Уз ваш пристанак, шаљемо вам обавештења о новостима и понудама Центра.

## 4. Примаоци података

Ваше податке можемо учинити доступним само у мери у којој је то неопходно:

- зуботехничкој лабораторији која израђује протезе и ретејнере;
- радиолошком центру коме вас упућујемо на снимање;
- књиговодственој агенцији која води наше пословне књиге;
- пружаоцима ИТ услуга који одржавају наш софтвер за вођење картона и заказивање.

Податке не продајемо и не уступамо трећим лицима у маркетиншке сврхе.

## 5. Рок чувања

Медицинску документацију чувамо у роковима прописаним законом који уређује медицинску документацију, а најмање 10 година од последњег прегледа. Фотографије лица и зуба које правимо ради праћења терапије чувамо 5 година по завршетку терапије. Податке које обрађјемо на основу пристанка чувамо до опозива пристанка.

## 6. Ваша права

Имате право да затражите приступ својим подацима, исправку, брисање и ограничење обраде, као и право на преносивост података и право на приговор. Пристанак можете опозвати у сваком тренутку, без утицаја на законитост обраде пре опозива. Захтев можете послати на имејл [privatnost@osmeh-ortodoncija.rs](mailto:privatnost@osmeh-ortodoncija.rs) или га предати лично на рецепцији. Ако сматрате да обрађујемо ваше податке супротно закону, имате право да поднесете притужбу Поверенику за информације од јавног значаја и заштиту података о личности.

## 7. Колачићи

Наш сајт користи неопходне колачиће и, уз ваш пристанак, колачиће Google Analytics и Meta Pixel-а. Подешавања можете променити у сваком тренутку кликом на „Подешавања колачића” у подножју странице.
"""

EDITS = [
    {"note": "list item added to the data collected: before/after photos with consent",
     "repl": [("- податке о плаћању: износе, начин плаћања и рате.",
               "- податке о плаћању: износе, начин плаћања и рате;\n"
               "- фотографије пре и после терапије, које уз ваш посебан писани пристанак можемо објавити на сајту и "
               "друштвеним мрежама.")]},
    {"note": "typo fixed (обрађјемо -> обрађујемо), date unchanged", "bump": False,
     "repl": [("Податке које обрађјемо на основу пристанка", "Податке које обрађујемо на основу пристанка")]},
    {"note": "paragraph added: scans sent to Align Technology for Invisalign (transfer outside Serbia)",
     "repl": [("Податке не продајемо и не уступамо трећим лицима у маркетиншке сврхе.",
               "Ако се одлучите за терапију провидним фолијама Invisalign, ваше дигиталне отиске, фотографије и "
               "рендгенске снимке шаљемо компанији Align Technology B.V. (Амстердам, Холандија), која на основу њих "
               "израђује план терапије и фолије. Подаци се могу обрађивати и у Сједињеним Америчким Државама и Костарици, "
               "уз примену стандардних уговорних клаузула које је усвојио Повереник.\n\n"
               "Податке не продајемо и не уступамо трећим лицима у маркетиншке сврхе.")]},
    {"note": "practice moved (Његошева 51 -> Краља Милана 22)",
     "repl": [("@ Његошева 51, 11000 Београд", "@ Краља Милана 22, 11000 Београд")]},
    {"note": "retention of treatment photos cut from 5 to 3 years",
     "repl": [("чувамо 5 година по завршетку терапије", "чувамо 3 године по завршетку терапије")]},
]


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["sr"][d.month - 1], d.year)


SITE = "6512c8e4f1a2b30019d4e7a1"
PAGE_ID = "6512c8e4f1a2b30019d4e7c5"

POSTS = [(dt.datetime(2023, 9, 18), "kada-prvi-pregled", "Када је право време за први преглед код ортодонта?"),
         (dt.datetime(2023, 10, 30), "fiksna-ili-folije", "Фиксна протеза или провидне фолије: шта изабрати?"),
         (dt.datetime(2023, 12, 11), "pranje-zuba-proteza", "Како правилно прати зубе са фиксном протезом"),
         (dt.datetime(2024, 1, 22), "retejner-posle-terapije", "Ретејнер после терапије: зашто је важан"),
         (dt.datetime(2024, 3, 4), "ortodoncija-odrasli", "Ортодонција за одрасле: никад није касно"),
         (dt.datetime(2024, 4, 15), "ishrana-proteza", "Шта јести (а шта не) док носите протезу"),
         (dt.datetime(2024, 6, 3), "digitalni-otisci", "Дигитални отисци уместо отисне масе"),
         (dt.datetime(2024, 7, 15), "leto-i-proteza", "Летовање са протезом: мали подсетник"),
         (dt.datetime(2024, 9, 2), "deca-disanje-na-usta", "Дисање на уста код деце и развој вилица"),
         (dt.datetime(2024, 10, 21), "invisalign-teen", "Invisalign за тинејџере: искуства наших пацијената"),
         (dt.datetime(2024, 12, 9), "bol-posle-kontrole", "Зашто зуби боле после контроле и шта помаже"),
         (dt.datetime(2025, 2, 3), "ortodoncija-i-sport", "Ортодонтска терапија и спорт"),
         (dt.datetime(2025, 3, 24), "nosenje-gumica", "Ношење гумица: кратко упутство"),
         (dt.datetime(2025, 5, 5), "zubni-razmak", "Размак између зуба (дијастема): узроци и решења")]

CDN_MOVE = dt.datetime(2024, 5, 22)
SHARED_CSS = dt.datetime(2024, 10, 8)


def noise(rng, when, i, prev):
    p = prev or {}
    # every capture is a publish: between the previous publish and a little before this visit
    lo = (dt.datetime.strptime(p["published"], "%Y-%m-%d %H:%M:%S") if p.get("published")
          else when - dt.timedelta(days=6))
    lo = max(lo + dt.timedelta(minutes=5), when - dt.timedelta(days=9))
    span = max(60, int((when - lo).total_seconds()) - 300)
    pub = lo + dt.timedelta(seconds=rng.randint(0, span))
    wf = C.keep_or(rng, p.get("webflow_js"), 0.3, lambda: (C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 9)))
    css = C.keep_or(rng, p.get("css"), 0.35, lambda: C.hexs(rng, 9 if when < SHARED_CSS else 16))
    if p.get("css") and (len(p["css"]) == 9) != (when < SHARED_CSS):
        css = C.hexs(rng, 9 if when < SHARED_CSS else 16)
    return {
        "published": pub.strftime("%Y-%m-%d %H:%M:%S"),
        "css": css,
        "webflow_js": wf,
        "cdn": "cdn.prod.website-files.com" if when >= CDN_MOVE else "assets.website-files.com",
        "posts": tuple(slug for d, slug, t in POSTS if d <= pub)[-3:],
        "year": K.local(pub, "sr")[0].year,
    }


LABELS = {
    "published": "'Last Published' comment (every re-publish of the site)",
    "css": "hashed site CSS file name (style edits; .shared.*.min.css scheme from October 2024)",
    "webflow_js": "webflow.js chunk hashes (Webflow releases)",
    "cdn": "asset CDN host (assets.website-files.com -> cdn.prod.website-files.com)",
    "posts": "CMS collection list of the three latest blog posts",
    "year": "copyright year in the footer",
}


def _rich(blocks):
    return K.render_blocks(blocks, sep="", addr=lambda lines, inl: "<p>%s</p>" % "<br/>".join(inl(x) for x in lines),
                           lst=lambda kind, items, inl: "<%s role=\"list\">%s</%s>" % (
                               kind, "".join("<li>%s</li>" % inl(x) for x in items), kind))


def render(state, blocks, when):
    pub = dt.datetime.strptime(state["published"], "%Y-%m-%d %H:%M:%S")
    stamp = pub.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"
    cdn = state["cdn"]
    css = state["css"]
    css_url = ("https://%s/%s/css/osmeh-ortodoncija.webflow.%s.css" % (cdn, SITE, css) if len(css) == 9
               else "https://%s/%s/css/osmeh-ortodoncija.shared.%s.min.css" % (cdn, SITE, css))
    j1, j2, j3 = state["webflow_js"]
    posts = {slug: (d, t) for d, slug, t in POSTS}
    cards = "".join(
        '<div role="listitem" class="blog-item w-dyn-item"><a href="/blog/%s" class="blog-card w-inline-block"><img '
        'src="https://%s/%s/%s_%s.jpg" loading="lazy" alt="" class="blog-image"/><div class="blog-date">%s</div><h3 '
        'class="blog-title">%s</h3></a></div>'
        % (slug, cdn, "6512c8e4f1a2b30019d4e7d0", C.det_sha("img", slug)[:24], slug, fmt_date(posts[slug][0].date()),
           K.esc(posts[slug][1])) for slug in reversed(state["posts"]))
    address = "Краља Милана 22" if any("Краља Милана 22" in str(b) for b in blocks) else "Његошева 51"
    return ("<!DOCTYPE html><!-- Last Published: %(stamp)s --><html data-wf-domain=\"www.osmeh-ortodoncija.rs\" "
            "data-wf-page=\"%(page)s\" data-wf-site=\"%(site)s\" lang=\"sr\"><head><meta charset=\"utf-8\"/><title>"
            "Политика приватности | Ортодонтски центар Осмех</title><meta content=\"Како Ортодонтски центар Осмех "
            "обрађује и штити ваше податке о личности.\" name=\"description\"/><meta content=\"Политика приватности | "
            "Ортодонтски центар Осмех\" property=\"og:title\"/><meta content=\"summary_large_image\" name=\"twitter:"
            "card\"/><meta content=\"width=device-width, initial-scale=1\" name=\"viewport\"/><meta content=\"Webflow\""
            " name=\"generator\"/><link href=\"%(css_url)s\" rel=\"stylesheet\" type=\"text/css\"/><link href=\"https:"
            "//fonts.googleapis.com\" rel=\"preconnect\"/><link href=\"https://fonts.gstatic.com\" rel=\"preconnect\" "
            "crossorigin=\"anonymous\"/><script src=\"https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js\""
            " type=\"text/javascript\"></script><script type=\"text/javascript\">WebFont.load({  google: {    families:"
            " [\"Montserrat:300,400,500,600,700:cyrillic,latin\",\"Lora:400,500:cyrillic,latin\"]  }});</script>"
            "<script type=\"text/javascript\">!function(o,c){var n=c.documentElement,t=\" w-mod-\";n.className+=t+\"js"
            "\",(\"ontouchstart\"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+\"touch\")}"
            "(window,document);</script><link href=\"https://%(cdn)s/%(site)s/6512c8e4f1a2b30019d4e8f2_favicon-32.png\""
            " rel=\"shortcut icon\" type=\"image/x-icon\"/><link href=\"https://%(cdn)s/%(site)s/6512c8e4f1a2b30019d4e8f3"
            "_webclip.png\" rel=\"apple-touch-icon\"/><link href=\"https://www.osmeh-ortodoncija.rs/politika-privatnosti"
            "\" rel=\"canonical\"/><script async=\"\" src=\"https://www.googletagmanager.com/gtag/js?id=G-8QW3RT2ZLM\">"
            "</script><script type=\"text/javascript\">window.dataLayer = window.dataLayer || [];function gtag(){"
            "dataLayer.push(arguments);}gtag('set', 'developer_id.dZGVlNj', true);gtag('consent', 'default', {'ad_"
            "storage': 'denied', 'analytics_storage': 'denied'});gtag('js', new Date());gtag('config', 'G-8QW3RT2ZLM');"
            "</script><script async src=\"https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js\" fs-cc-mode"
            "=\"opt-in\"></script></head><body><div fs-cc=\"banner\" class=\"fs-cc-banner_component\"><div class=\"fs-"
            "cc-banner_container\"><div class=\"fs-cc-banner_text\">Користимо колачиће да бисмо побољшали ваше "
            "искуство на сајту.</div><div class=\"fs-cc-banner_buttons-wrapper\"><a fs-cc=\"open-preferences\" href=\"#"
            "\" class=\"fs-cc-banner_text-link\">Подешавања</a><a fs-cc=\"deny\" href=\"#\" class=\"fs-cc-banner_button "
            "fs-cc-button-alt w-button\">Одбиј</a><a fs-cc=\"allow\" href=\"#\" class=\"fs-cc-banner_button w-button\">"
            "Прихвати</a></div></div></div><div data-animation=\"default\" data-collapse=\"medium\" data-duration=\"400"
            "\" data-easing=\"ease\" data-easing2=\"ease\" role=\"banner\" class=\"navbar w-nav\"><div class=\"nav-"
            "container w-container\"><a href=\"/\" class=\"brand w-nav-brand\"><img src=\"https://%(cdn)s/%(site)s/"
            "6512c8e4f1a2b30019d4e901_osmeh-logo.svg\" loading=\"lazy\" width=\"148\" alt=\"Ортодонтски центар Осмех\""
            "/></a><nav role=\"navigation\" class=\"nav-menu w-nav-menu\"><a href=\"/terapije\" class=\"nav-link w-nav-"
            "link\">Терапије</a><a href=\"/invisalign\" class=\"nav-link w-nav-link\">Invisalign</a><a href=\"/tim\" "
            "class=\"nav-link w-nav-link\">Тим</a><a href=\"/cene\" class=\"nav-link w-nav-link\">Цене</a><a href=\""
            "/blog\" class=\"nav-link w-nav-link\">Блог</a><a href=\"/kontakt\" class=\"nav-link w-nav-link\">Контакт"
            "</a><a href=\"/zakazivanje\" class=\"button-nav w-button\">Закажите преглед</a></nav><div class=\"menu-"
            "button w-nav-button\"><div class=\"w-icon-nav-menu\"></div></div></div></div><section class=\"section-hero"
            "-small\"><div class=\"container w-container\"><h1 class=\"heading-page\">Политика приватности</h1></div>"
            "</section><section class=\"section-legal\"><div class=\"container-narrow w-container\"><div class=\"legal-"
            "rich-text w-richtext\">%(policy)s</div></div></section><section class=\"section-blog-teaser\"><div class="
            "\"container w-container\"><h2 class=\"heading-section\">Из нашег блога</h2><div class=\"w-dyn-list\"><div "
            "role=\"list\" class=\"blog-grid w-dyn-items\">%(cards)s</div></div></div></section><footer class=\"footer"
            "\"><div class=\"container w-container\"><div class=\"footer-grid\"><div><img src=\"https://%(cdn)s/%(site)s"
            "/6512c8e4f1a2b30019d4e902_osmeh-logo-white.svg\" loading=\"lazy\" width=\"120\" alt=\"\"/><p class=\""
            "footer-text\">%(address)s, Београд<br/>011 344 55 66</p></div><div><div class=\"footer-heading\">Радно "
            "време</div><p class=\"footer-text\">Понедељак–петак: 9–20 ч<br/>Субота: 9–14 ч</p></div><div><a href=\"/"
            "politika-privatnosti\" aria-current=\"page\" class=\"footer-link w--current\">Политика приватности</a><a "
            "fs-cc=\"open-preferences\" href=\"#\" class=\"footer-link\">Подешавања колачића</a></div></div><div class="
            "\"footer-copyright\">© %(year)d Ортодонтски центар Осмех д.о.о.</div></div></footer><script src=\"https:"
            "//d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%(site)s\" type=\"text/javascript\" "
            "integrity=\"sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=\" crossorigin=\"anonymous\"></script>"
            "<script src=\"https://%(cdn)s/%(site)s/js/webflow.schunk.%(j1)s.js\" type=\"text/javascript\"></script>"
            "<script src=\"https://%(cdn)s/%(site)s/js/webflow.schunk.%(j2)s.js\" type=\"text/javascript\"></script>"
            "<script src=\"https://%(cdn)s/%(site)s/js/webflow.%(j3)s.js\" type=\"text/javascript\"></script></body>"
            "</html>") % {"stamp": stamp, "page": PAGE_ID, "site": SITE, "css_url": css_url, "cdn": cdn,
                          "policy": _rich(blocks), "cards": cards, "address": address, "year": state["year"],
                          "j1": j1, "j2": j2, "j3": j3}


PAGE = {
    "service": "Ortodontski centar Osmeh",
    "url": "https://www.osmeh-ortodoncija.rs/politika-privatnosti",
    "lang": "sr-Cyrl",
    "platform": "Webflow (hosted), Finsweet Cookie Consent",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Cache-Control", "public, max-age=0"),
                      ("Surrogate-Key", "www.osmeh-ortodoncija.rs 6512c8e4f1a2b30019d4e7c5")],
    "n": 29,
    "start": dt.date(2023, 11, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (5, 10, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 9, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.osmeh-ortodoncija.rs/politika-privatnosti",
        "select": ".legal-rich-text",
    },
}
