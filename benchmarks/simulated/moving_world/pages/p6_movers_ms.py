"""PindahMudah (Malay; Subang Jaya, Klang Valley): house moving, lorry rental and storage, with an online shop of
moving boxes, a Shopify store on the Dawn theme; the policy is Shopify's own policy page
(`/policies/privacy-policy`, `.shopify-policy__container`), nothing volatile inside it. Around it: Shopify's
per-request analytics ids (`__st` reqid and visitor id `u`, the web-pixels page id), the announcement bar's
campaigns (Hari Raya, Merdeka, 11.11, 12.12...), the theme's asset ?v= stamps when files are edited, and one theme
upgrade (Dawn 12 -> 15, new theme id in asset paths, header markup)."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://pindahmudah.my/policies/privacy-policy"
SHOP_ID = 61873402114
THEME_SWITCH = dt.datetime(2025, 3, 11, 4, 0)

POLICY = """
# Dasar Privasi

Tarikh kemas kini: {UPDATED}

PindahMudah Logistik Sdn. Bhd. ("PindahMudah" atau "kami") menghormati privasi anda. Notis Privasi ini menerangkan cara kami mengumpul, menggunakan dan melindungi data peribadi anda apabila anda melayari laman web pindahmudah.my, membeli kotak dan bahan pembungkusan di kedai dalam talian kami, atau menempah perkhidmatan pindah rumah, sewa lori dan simpanan barang kami, selaras dengan Akta Perlindungan Data Peribadi 2010 ("APDP").

## 1. Data peribadi yang kami kumpul

- Maklumat pengenalan dan perhubungan: nama, nombor telefon, alamat e-mel, alamat pengambilan dan alamat penghantaran;
- Butiran perpindahan: jenis kediaman, tingkat, akses lif, senarai barang, serta gambar atau video barang yang anda hantar melalui WhatsApp untuk mendapatkan sebut harga;
- Maklumat pesanan dan pembayaran: barang yang dibeli, jumlah bayaran dan kaedah pembayaran (FPX, kad kredit atau debit, atau e-dompet). Butiran kad anda diproses oleh penyedia pembayaran kami dan tidak disimpan oleh kami;
- Bagi perkhidmatan simpanan barang: nombor kad pengenalan (MyKad) atau pasport, senarai barang yang disimpan dan rekod akses ke stor;
- Maklumat peranti dan pelayaran: alamat IP, jenis pelayar, halaman yang dilawati dan kuki.

## 2. Tujuan pemprosesan

Kami menggunakan data peribadi anda untuk:

- menyediakan sebut harga dan menjadualkan perkhidmatan pindah rumah;
- memproses dan menghantar pesanan kotak dan bahan pembungkusan;
- menghubungi anda melalui panggilan telefon, SMS atau WhatsApp mengenai tempahan anda;
- mengurus tuntutan kerosakkan dan insurans barang;
- mematuhi kehendak undang-undang, termasuk penyimpanan rekod cukai;
- menghantar promosi dan tawaran, jika anda telah bersetuju untuk menerimanya.

## 3. Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda. Kami hanya mendedahkannya kepada:

- Shopify Inc., yang mengendalikan kedai dalam talian kami;
- penyedia pembayaran iPay88 dan Stripe;
- syarikat kurier J&T Express dan Pos Laju untuk penghantaran pesanan;
- kontraktor lori dan pekerja pindah yang dilantik oleh kami;
- syarikat insurans bagi barang dalam transit;
- pihak berkuasa kerajaan apabila dikehendaki oleh undang-undang.

## 4. Pemindahan data ke luar Malaysia

Shopify dan sesetengah penyedia perkhidmatan kami menyimpan data di pelayan yang terletak di luar Malaysia, termasuk di Kanada dan Amerika Syarikat. Kami memastikan penyedia tersebut melindungi data anda pada tahap yang setara dengan APDP.

## 5. Tempoh penyimpanan

- Rekod pesanan dan invois: 7 tahun, seperti yang dikehendaki oleh undang-undang cukai;
- Gambar dan video untuk sebut harga: 6 bulan selepas tarikh perpindahan;
- Rekod akses stor: 12 bulan selepas tamat kontrak simpanan;
- Data untuk tujuan pemasaran: sehingga anda menarik balik persetujuan.

## 6. Keselamatan

Kami mengambil langkah praktikal untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan, pengubahsuaian dan akses tanpa kebenaran. Akses kepada data anda terhad kepada kakitangan yang memerlukannya untuk menjalankan tugas mereka.

## 7. Hak anda

Di bawah APDP, anda berhak untuk mengakses dan membetulkan data peribadi anda, menarik balik persetujuan anda, dan menghalang pemprosesan data untuk tujuan pemasaran langsung. Untuk membuat permintaan, sila e-mel kepada [privasi@pindahmudah.my](mailto:privasi@pindahmudah.my). Kami akan membalas permintaan anda dalam tempoh 21 hari.

## 8. Kuki

Laman web kami menggunakan kuki untuk memastikan troli beli-belah berfungsi, mengingati pilihan anda dan, dengan persetujuan anda, untuk analitik dan pengiklanan (Google Analytics, Meta Pixel dan TikTok Pixel). Anda boleh menukar pilihan kuki melalui pautan "Tetapan kuki" di bahagian bawah laman.

## 9. Bahasa

Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat sebarang percanggahan, versi Bahasa Malaysia akan digunakan.

## 10. Hubungi kami

@ PindahMudah Logistik Sdn. Bhd. (201901023456)
@ No. 12, Jalan Industri USJ 1/8, Taman Perindustrian USJ 1
@ 47600 Subang Jaya, Selangor
@ Tel: +60 3-8011 2468
"""

EDITS = [
    {"note": "retention of quote photos and videos shortened from 6 to 3 months",
     "repl": [("- Gambar dan video untuk sebut harga: 6 bulan selepas tarikh perpindahan;",
               "- Gambar dan video untuk sebut harga: 3 bulan selepas tarikh perpindahan;")]},
    {"note": "typo fixed (kerosakkan -> kerosakan), date unchanged", "bump": False,
     "repl": [("mengurus tuntutan kerosakkan dan", "mengurus tuntutan kerosakan dan")]},
    {"note": "courier added to the recipients: Ninja Van",
     "repl": [("syarikat kurier J&T Express dan Pos Laju untuk", "syarikat kurier J&T Express, Ninja Van dan Pos "
               "Laju untuk")]},
    {"note": "data breach notification sentence added (PDPA amendment 2024)",
     "repl": [("kepada kakitangan yang memerlukannya untuk menjalankan tugas mereka.",
               "kepada kakitangan yang memerlukannya untuk menjalankan tugas mereka. Sekiranya berlaku "
               "pelanggaran data peribadi, kami akan memaklumkan Pesuruhjaya Perlindungan Data Peribadi dan, jika "
               "pelanggaran itu mungkin menyebabkan kemudaratan yang ketara, anda sendiri, seperti yang dikehendaki "
               "oleh undang-undang.")]},
    {"note": "section added: Data Protection Officer appointed",
     "repl": [("## 8. Kuki\n",
               "## 7A. Pegawai Perlindungan Data\n\n"
               "Kami telah melantik seorang Pegawai Perlindungan Data. Anda boleh menghubungi beliau di "
               "[dpo@pindahmudah.my](mailto:dpo@pindahmudah.my) bagi sebarang pertanyaan mengenai data peribadi "
               "anda.\n\n## 8. Kuki\n")]},
    {"note": "right to data portability added to the rights section",
     "repl": [("dan menghalang pemprosesan data untuk tujuan pemasaran langsung.",
               "menghalang pemprosesan data untuk tujuan pemasaran langsung, dan meminta data anda dipindahkan "
               "kepada pengawal data yang lain.")]},
]


def fmt_date(d):
    return K.long_date(d, "ms")


def _campaign(loc):
    d = loc.date()
    y = d.year
    raya = {2024: dt.date(2024, 4, 10), 2025: dt.date(2025, 3, 31), 2026: dt.date(2026, 3, 20)}[y]
    if raya - dt.timedelta(days=21) <= d <= raya + dt.timedelta(days=10):
        return ("raya", ["Balik kampung & pindah selepas Raya? Tempah awal, slot terhad!",
                         "Selamat Hari Raya Aidilfitri, maaf zahir dan batin"])
    if dt.date(y, 8, 20) <= d <= dt.date(y, 9, 16):
        return ("merdeka", ["Promosi Merdeka: diskaun 15% untuk pakej pindah rumah",
                            "Kotak Merdeka: beli 20 percuma 5"])
    if dt.date(y, 11, 4) <= d <= dt.date(y, 11, 12):
        return ("1111", ["Jualan 11.11: semua kotak dan pita pelekat 11% diskaun", "Kod: PINDAH1111"])
    if dt.date(y, 12, 5) <= d <= dt.date(y, 12, 13):
        return ("1212", ["Jualan 12.12: percuma bubble wrap untuk setiap pesanan kotak", "Kod: PINDAH1212"])
    return ("default", ["Percuma penghantaran untuk pesanan kotak melebihi RM150 di Lembah Klang",
                        "Sebut harga pindah rumah dalam 30 minit melalui WhatsApp"])


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "my")
    dawn15 = when >= THEME_SWITCH
    theme = (135702118530, "12.0.0", 7) if not dawn15 else (148250984578, "15.2.0", 9)
    assets = p.get("assets")
    if assets is None or theme != p.get("theme") or rng.random() < 0.14:
        assets = tuple(str(rng.randint(10 ** 19, 10 ** 20 - 1)) for _ in range(5))
    ts = int(C.epoch(when))
    return {
        "theme": theme,
        "assets": assets,
        "reqid": "%s-%d" % (C.uuid4(rng), ts),
        "visitor": C.hexs(rng, 12),
        "page_id": C.uuid4(rng),
        "campaign": _campaign(loc),
    }


LABELS = {
    "theme": "theme: Dawn 12, then Dawn 15 (new theme id, header markup)",
    "assets": "theme asset ?v= stamps (theme file edits)",
    "reqid": "Shopify __st reqid per request",
    "visitor": "Shopify __st visitor id u",
    "page_id": "web pixels manager page id",
    "campaign": "announcement bar campaigns",
}


def _rte(blocks):
    return K.render_blocks(blocks, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines),
                           sep="\n")


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    theme_id, dawn_ver, tnum = state["theme"]
    dawn15 = dawn_ver.startswith("15")
    a = state["assets"]
    ckey, msgs = state["campaign"]
    sec = "sections--%s" % ("16170836983987" if not dawn15 else "18004251197570")
    ann = "".join('<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-%s__announcement-bar-%d" '
                  'aria-roledescription="Announcement" aria-label="%d dari %d" tabindex="-1"><div class="announcement-bar '
                  'announcement-bar--%s" role="region" aria-label="Pengumuman"><p class="announcement-bar__message h5">'
                  '<span>%s</span></p></div></div>' % (sec, n + 1, n + 1, len(msgs), ckey, K.esc(m))
                  for n, m in enumerate(msgs))
    st = {"a": SHOP_ID, "offset": 28800, "reqid": state["reqid"], "pageurl": "pindahmudah.my/policies/privacy-policy",
          "u": state["visitor"], "p": "policy"}
    pixels = {"shopId": SHOP_ID, "storefrontBaseUrl": "https://pindahmudah.my", "extensionsBaseUrl":
              "https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager", "cdnBaseUrl":
              "https://pindahmudah.my/cdn", "surface": "storefront-renderer", "enabledBetaFlags": [],
              "webPixelsConfigList": [{"id": "shopify-app-pixel", "configuration": "{}", "eventPayloadVersion": "v1",
                                       "runtimeContext": "STRICT", "scriptVersion": "0450", "apiClientId":
                                       "shopify-pixel", "type": "APP", "privacyPurposes": ["ANALYTICS",
                                                                                          "MARKETING"]}],
              "isMerchantRequest": False, "initData": {"shop": {"name": "PindahMudah", "paymentSettings":
                                                                 {"currencyCode": "MYR"}, "myshopifyDomain":
                                                                 "pindahmudah.myshopify.com", "countryCode": "MY",
                                                                 "storefrontUrl": "https://pindahmudah.my"},
                                                        "customer": None, "cart": None, "checkout": None,
                                                        "productVariants": [], "purchasingCompany": None},
              "pageId": state["page_id"], "effectiveTopLevelDomain": "pindahmudah.my"}
    header_extra = ('<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-'
                    'drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link '
                    'focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" '
                    'focusable="false"></svg></span></summary></details></header-drawer>') if dawn15 else \
        ('<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-'
         'container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" '
         'aria-label="Menu"><span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" '
         'class="icon icon-hamburger" fill="none" viewBox="0 0 18 16"></svg></span></summary></details>'
         '</header-drawer>')
    nav = [("Pindah Rumah", "/pages/pindah-rumah"), ("Sewa Lori", "/pages/sewa-lori"),
           ("Simpanan Barang", "/pages/simpanan-barang"), ("Kedai Kotak", "/collections/kotak"),
           ("Soalan Lazim", "/pages/soalan-lazim"), ("Hubungi Kami", "/pages/hubungi-kami")]
    menu = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset"><span>%s'
                   '</span></a></li>' % (u, K.esc(t)) for t, u in nav)
    return K.fill("""<!doctype html>
<html class="js" lang="ms">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://pindahmudah.my/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//pindahmudah.my/cdn/shop/files/favicon-pm.png?crop=center&height=32&v=1689821147&width=32">
    <title>
      Dasar Privasi
 &ndash; PindahMudah</title>
    <meta name="description" content="Pindah rumah, sewa lori dan simpanan barang di Lembah Klang. Kotak pindah dan bahan pembungkusan dihantar ke rumah anda.">

<meta property="og:site_name" content="PindahMudah">
<meta property="og:url" content="https://pindahmudah.my/policies/privacy-policy">
<meta property="og:title" content="Dasar Privasi">
<meta property="og:type" content="website">
    <script src="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/constants.js?v=@@a0@@" defer="defer"></script>
    <script src="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/pubsub.js?v=@@a1@@" defer="defer"></script>
    <script src="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/global.js?v=@@a2@@" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/@@shop@@/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=ms-MY"></script>
<script id="shopify-features" type="application/json">{"accessToken":"8e1f3c0a7d5b92e46f18a2c3d4b5e6f7","betas":["rich-media-storefront-analytics"],"domain":"pindahmudah.my","predictiveSearch":true,"shopId":@@shop@@,"locale":"ms"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "pindahmudah.myshopify.com";
Shopify.locale = "ms";
Shopify.currency = {"active":"MYR","rate":"1.0"};
Shopify.country = "MY";
Shopify.theme = {"name":"Dawn","id":@@theme_id@@,"schema_name":"Dawn","schema_version":"@@dawn@@","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "pindahmudah.my/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o){})(@@pixels@@);</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'MYR';
var meta = {"page":{"pageType":"policy"}};
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
<script class="analytics">(function () {
    var customDocumentWrite = function(content) {};
    var trekkie = window.ShopifyAnalytics.lib = window.trekkie = window.trekkie || [];
    var __st=@@st@@;
    window.ShopifyAnalytics.lib.page(null,{"pageType":"policy","shopifyEmitted":true});
  })();</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/base.css?v=@@a3@@" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/component-cart-drawer.css?v=@@a4@@" media="print" onload="this.media='all'">
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Langkau ke kandungan
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-@@sec@@__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/component-slideshow.css?v=@@a1@@" rel="stylesheet" type="text/css" media="all" />
<div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border" ><div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Karusel" aria-label="Bar pengumuman"><div class="announcement-bar-slider slider-buttons"><div class="grid grid--1-col slider slider--everywhere" id="Slider-@@sec@@__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">@@ann@@</div></div></slideshow-component></div></div>
</div><div id="shopify-section-@@sec@@__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">@@header_extra@@<a href="/" class="header__heading-link link link--text focus-inset"><img src="//pindahmudah.my/cdn/shop/files/logo-pindahmudah.png?v=1689821147&amp;width=600" alt="PindahMudah" width="180" height="54" class="header__heading-logo motion-reduce"></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">@@menu@@</ul></nav><div class="header__icons header__icons--localization header-localization"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log masuk</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Troli</span></a></div></header></sticky-header></div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>@@title@@</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
              @@body@@
          </div>
        </div>
      </div>
    </main>

<!-- BEGIN sections: footer-group -->
<div id="shopify-section-@@sec@@__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-@@sec@@__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Langgan berita kami</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--@@sec@@__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mel" required><label class="field__label" for="NewsletterForm--@@sec@@__footer">E-mel</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Langgan">→</button></div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; @@year@@, <a href="/" title="">PindahMudah</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Dikuasakan oleh Shopify</a></small><ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Dasar bayaran balik</a></li><li><a href="/policies/privacy-policy">Dasar privasi</a></li><li><a href="/policies/terms-of-service">Syarat perkhidmatan</a></li><li><a href="/policies/shipping-policy">Dasar penghantaran</a></li></ul></div></div></div></footer></div>
<!-- END sections: footer-group -->
    <script src="//pindahmudah.my/cdn/shop/t/@@tnum@@/assets/cart-drawer.js?v=@@a4@@" defer="defer"></script>
  </body>
</html>
""", tnum=tnum, a0=a[0], a1=a[1], a2=a[2], a3=a[3], a4=a[4], shop=SHOP_ID, theme_id=theme_id, dawn=dawn_ver,
                  pixels=json.dumps(pixels, separators=(",", ":")), st=json.dumps(st, separators=(",", ":")).replace(
                      "/", "\\/"), sec=sec, ann=ann, header_extra=header_extra, menu=menu, title=K.esc(title),
                  body=_rte(rest), year=when.year)


PAGE = {
    "service": "PindahMudah",
    "url": URL,
    "lang": "ms",
    "platform": "Shopify (Online Store 2.0, Dawn 12 then Dawn 15), Shopify policy page",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Shopify-Stage", "production"), ("X-Frame-Options", "DENY"),
                      ("Content-Language", "ms"), ("Vary", "Accept")],
    "n": 31,
    "start": dt.date(2024, 5, 20),
    "end": dt.date(2025, 12, 31),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2024, 1, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": ".shopify-policy__container",
    },
}
