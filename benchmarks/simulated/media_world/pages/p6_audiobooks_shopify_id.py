"""Indonesian audiobook and e-book shop on Shopify (Online Store 2.0, Dawn theme), policy at /policies/privacy-policy.

Shopify's own policy template: `.shopify-policy__container` > `.shopify-policy__title` (the title, set by Shopify)
and `.shopify-policy__body > .rte` (the merchant's text); the curators select `.shopify-policy__body`. Fairly clean:
per visit the ShopifyAnalytics `requestId` and the web-pixels `sessionId`; the announcement-bar promotion rotates
(flash sale, Ramadan, free shipping on printed books); the Dawn theme is updated twice (12.0.0 -> 13.0.1 ->
15.0.0: new theme id, asset `?v=` numbers). Everything volatile is outside the declared body.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://dengarbaca.id/policies/privacy-policy"

POLICY = """Terakhir diperbarui: {UPDATED}

Dengarbaca ("kami") mengoperasikan toko daring dengarbaca.id yang menjual buku audio, buku elektronik, dan buku cetak, serta aplikasi pemutar Dengarbaca. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, dan mengungkapkan informasi pribadi Anda ketika Anda mengunjungi situs, menggunakan aplikasi, atau melakukan pembelian dari kami.

## Informasi yang Kami Kumpulkan

Kami mengumpulkan informasi berikut:

- **Informasi kontak**: nama, alamat email, nomor telepon, dan alamat pengiriman (untuk buku cetak).
- **Informasi pesanan**: judul yang dibeli, nilai transaksi, metode pembayaran, dan riwayat pesanan. Data kartu dan rekening Anda diproses langsung oleh penyedia pembayaran dan tidak kami simpan.
- **Informasi akun**: nama pengguna, kata sandi (dalam bentuk terenkripsi), dan daftar keinginan.
- **Informasi penggunaan aplikasi**: judul yang Anda dengarkan atau baca, posisi terakhir, kecepatan putar, penanda, dan catatan.
- **Informasi perangkat**: alamat IP, jenis peramban dan perangkat, sistem operasi, serta informasi yang dikumpulkan melalui cookie.

## Bagaimana Kami Menggunakan Informasi Anda

Kami menggunakan informasi pribadi Anda untuk:

- memproses pesanan, mengirimkan tautan unduhan dan membuka akses judul di aplikasi;
- mengirim buku cetak melalui jasa ekspedisi;
- menyinkronkan posisi dengar dan baca di semua perangkat Anda;
- memberikan rekomendasi judul berdasarkan riwayat pembelian dan bacaan Anda;
- mengirimkan buletin dan promo, jika Anda telah menyetujuinya;
- mencegah penipuan dan penyalahgunaan akun, termasuk berbagi akun di luar batas perangkat yang diizinkan;
- memenuhi kewajiban hukum, misalnya pencatatan transaksi untuk keperluan perpajakan.

## Pihak yang Menerima Informasi Anda

Kami membagikan informasi pribadi Anda hanya sejauh diperlukan kepada pihak-pihak berikut:

| Pihak | Tujuan | Lokasi |
| Shopify Inc. | platform toko daring dan penyimpanan data pesanan | Kanada, Amerika Serikat |
| Xendit (PT Sinar Digital Terdepan) | pemrosesan pembayaran kartu, virtual account, dan dompet digital | Indonesia |
| JNE dan SiCepat Ekspres | pengiriman buku cetak | Indonesia |
| Findaway (Spotify) | distribusi dan pemutaran berkas buku audio | Amerika Serikat |
| Klaviyo Inc. | pengiriman email dan buletin | Amerika Serikat |

Penerbit dan penulis hanya menerima laporan penjualan agregat yang tidak mengidentifikasi Anda. Kami tidak menjual informasi pribadi Anda.

## Ulasan dan Komunitas

Jika Anda menulis ulasan atau memberi rating pada sebuah judul, nama tampilan, foto profil, dan isi ulasan Anda akan terlihat oleh pengunjung lain. Jangan mencantumkan informasi pribadi seperti nomor telepon atau alamat di dalam ulasan. Kami dapat menyembunyikan ulasan yang melanggar pedoman komunitas, dan Anda dapat menghapus ulasan Anda sendiri kapan saja dari halaman akun.

## Transfer Data ke Luar Negeri

Sebagian penyedia layanan kami, termasuk Shopify dan penyedia email, menyimpan dan memproses data di luar wilayah Indonesia. Dalam hal ini kami memastikan bahwa negara tujuan atau penerima data memiliki tingkat pelindungan data pribadi yang setara atau lebih tinggi, atau bahwa terdapat pelindungan yang memadai dan mengikat, misalnya melalui perjanjian pemrosesan data dengan klausul kontraktual standar.

## Informasi yang Dikumpulkan Secara Otomatis

Saat Anda menjelajahi situs, kami dan Shopify secara otomatis mengumpulkan informasi tentang perangkat Anda, halaman yang Anda lihat, judul yang Anda cari, situs web yang merujuk Anda, dan bagaimana Anda berinteraksi dengan situs. Aplikasi pemutar juga mencatat laporan kerusakan dan kualitas unduhan agar kami dapat memperbaiki masalah teknis. Informasi ini digunakan dalam bentuk gabungan untuk meningkatkan situs dan aplikasi kami.

## Cookie

Kami menggunakan cookie untuk menjalankan keranjang belanja, mengingat preferensi Anda, dan memahami cara pengunjung menggunakan situs kami. Anda dapat mengatur peramban untuk menolak cookie, tetapi beberapa fitur situs mungkin tidak berfungsi dengan baik. Untuk informasi tentang cookie yang digunakan oleh Shopify, lihat [Kebijakan Cookie Shopify](https://www.shopify.com/legal/cookies).

## Penyimpanan Data

Data pesanan kami simpan selama 10 tahun sesuai ketentuan perpajakan dan dokumen perusahaan. Data akun dan riwayat dengar disimpan selama akun Anda aktif dan dihapus dalam waktu 90 hari setelah Anda menutup akun. Jika Anda tidak membuat akun, data checkout disimpan selama 2 tahun.

## Hak Anda

Anda berhak untuk meminta akses atas informasi pribadi Anda, meminta perbaikan data yang tidak akurat, meminta penghapusan data, menarik persetujuan pemasaran, dan meminta salinan data dalam format yang umum digunakan. Untuk mengajukan permintaan, hubungi kami melalui kontak di bawah ini. Kami akan memverifikasi identitas Anda sebelum memproses permintaan.

## Pemasaran

Kami hanya mengirimkan buletin, rekomendasi judul baru, dan kode promo melalui email atau WhatsApp apabila Anda telah mencentang kotak persetujuan saat checkout atau mendaftar akun. Anda dapat berhenti berlangganan kapan saja dengan mengeklik tautan "berhenti berlangganan" di bagian bawah setiap email atau membalas "STOP" pada pesan WhatsApp kami. Penarikan persetujuan tidak memengaruhi pesanan yang sedang berjalan.

## Keamanan

Kami menerapkan langkah-langkah teknis dan organisasi yang wajar untuk melindungi informasi Anda, termasuk enkripsi saat data dikirimkan dan pembatasan akses karyawan. Namun, tidak ada metode transmisi melalui internet yang sepenuhnya aman.

## Pemberitahuan Kegagalan Pelindungan Data

Apabila terjadi kegagalan pelindungan data pribadi yang berdampak pada Anda, kami akan memberitahukan kepada Anda secara tertulis paling lambat 3 x 24 jam sejak kami mengetahuinya. Pemberitahuan tersebut memuat data pribadi yang terungkap, kapan dan bagaimana data tersebut terungkap, serta upaya penanganan dan pemulihan yang kami lakukan.

## Anak-anak

Layanan kami tidak ditujukan untuk anak-anak di bawah usia 13 tahun. Katalog buku anak dapat dibeli oleh orang tua atau wali melalui akun mereka sendiri.

## Perubahan Kebijakan

Kami dapat memperbarui Kebijakan Privasi ini dari waktu ke waktu untuk mencerminkan perubahan praktik kami atau karena alasan operasional, hukum, atau peraturan.

## Hubungi Kami

Jika Anda memiliki pertanyaan tentang kebijakan privasi kami, silakan hubungi kami melalui email privasi@dengarbaca.id, WhatsApp +62 811-1920-4455, atau surat ke:

@ PT Dengar Baca Nusantara
@ Jl. Kemang Raya No. 8B
@ Jakarta Selatan 12730
@ Indonesia"""

EDITS = [
    {"note": "Midtrans added as second payment processor",
     "repl": [("| JNE dan SiCepat Ekspres | pengiriman buku cetak | Indonesia |",
               "| Midtrans (PT Midtrans) | pemrosesan pembayaran QRIS dan GoPay | Indonesia |\n"
               "| JNE dan SiCepat Ekspres | pengiriman buku cetak | Indonesia |")]},
    {"note": "typo: 'diperlukan kepada' -> 'diperlukan, kepada' (date not bumped)", "bump": False,
     "repl": [("hanya sejauh diperlukan kepada", "hanya sejauh diperlukan, kepada")]},
    {"note": "sentence citing UU PDP No. 27/2022 added to the rights section",
     "repl": [("Kami akan memverifikasi identitas Anda sebelum memproses permintaan.",
               "Kami akan memverifikasi identitas Anda sebelum memproses permintaan dan menanggapinya paling lambat "
               "3 x 24 jam sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.")]},
    {"note": "closed-account deletion period shortened from 90 to 30 days",
     "repl": [("dihapus dalam waktu 90 hari setelah", "dihapus dalam waktu 30 hari setelah")]},
    {"note": "WhatsApp number and office address changed",
     "repl": [("WhatsApp +62 811-1920-4455", "WhatsApp +62 812-8100-2277"),
              ("@ Jl. Kemang Raya No. 8B\n@ Jakarta Selatan 12730",
               "@ Jl. Wijaya I No. 61, Kebayoran Baru\n@ Jakarta Selatan 12170")]},
]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


THEMES = [("12.0.0", 132456789012, 14), ("13.0.1", 136789012345, 17), ("15.0.0", 141203456789, 21)]

PROMOS = ["Flash Sale Audiobook: diskon hingga 50% sampai tengah malam!",
          "Gratis ongkir buku cetak untuk pembelian di atas Rp150.000",
          "Baru: 200+ judul buku audio berbahasa Indonesia dibacakan narator profesional",
          "Langganan Dengarbaca Premium Rp49.000/bulan, coba gratis 14 hari",
          "Promo Harbolnas 12.12: kode HARBOL12 potongan Rp25.000"]


def noise(rng, when, i, prev):
    p = prev or {}
    theme = p.get("theme", 0)
    if i > 0 and theme < 2 and rng.random() < 0.09:
        theme += 1
    promo = C.keep_or(rng, p.get("promo"), 0.35,
                      lambda: tuple(sorted(rng.sample(range(len(PROMOS)), 2))))
    v = C.keep_or(rng, p.get("v") if p.get("theme") == theme else None, 0.1,
                  lambda: [str(rng.randint(10 ** 19, 10 ** 20 - 1)) for _ in range(6)])
    return {"request": C.uuid4(rng), "session": C.uuid4(rng), "theme": theme, "v": v, "promo": promo}


LABELS = {"request": "ShopifyAnalytics requestId", "session": "web-pixels sessionId",
          "theme": "Dawn theme update (theme id, asset paths)", "v": "theme asset ?v= numbers (theme edit)",
          "promo": "announcement bar promotions"}


def render(s, blocks, when):
    name, tid, tn = THEMES[s["theme"]]
    v = s["v"]
    cdn = "//dengarbaca.id/cdn/shop/t/%d/assets/" % tn
    body = "".join(C.block_html(b) for b in blocks)
    promos = "".join(
        '<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-sections--%d__announcement-bar-%d" '
        'role="group" aria-roledescription="Pengumuman" aria-label="%d dari %d" tabindex="-1"><div class="announcement-bar '
        'color-scheme-4 gradient" role="region" aria-label="Pengumuman"><p class="announcement-bar__message h5">'
        '<span>%s</span></p></div></div>' % (tid, n + 1, n + 1, len(s["promo"]), html.escape(PROMOS[k]))
        for n, k in enumerate(s["promo"]))
    features = {"accessToken": "4f0c2a7d9e1b3c5a8d6f2e0b7c9a1d3e", "betas": ["rich-media-storefront-analytics"],
                "domain": "dengarbaca.id", "predictiveSearch": True, "shopId": 61234567890, "locale": "id"}
    theme = {"name": "Dawn", "id": tid, "schema_name": "Dawn", "schema_version": name, "theme_store_id": 887,
             "role": "main"}
    return """<!doctype html>
<html class="js" lang="id">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="%(url)s"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//dengarbaca.id/cdn/shop/files/favicon-dengarbaca.png?crop=center&height=32&v=1671502211&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title>
      Kebijakan privasi
 &ndash; Dengarbaca</title>

<meta property="og:site_name" content="Dengarbaca">
<meta property="og:url" content="%(url)s">
<meta property="og:title" content="Kebijakan privasi">
<meta property="og:type" content="website">
<meta property="og:description" content="Toko buku audio dan buku elektronik berbahasa Indonesia.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%(cdn)sconstants.js?v=%(v0)s" defer="defer"></script>
    <script src="%(cdn)spubsub.js?v=%(v1)s" defer="defer"></script>
    <script src="%(cdn)sglobal.js?v=%(v2)s" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="shopify-checkout-api-token" content="9b7e3c1f5a2d4e6b8c0a1f3e5d7b9c2a">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=id-ID"></script>
<script id="shopify-features" type="application/json">%(features)s</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "dengarbaca.myshopify.com";
Shopify.locale = "id";
Shopify.currency = {"active":"IDR","rate":"1.0"};
Shopify.country = "ID";
Shopify.theme = %(theme)s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "dengarbaca.id/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o,i){if(void 0===i&&(i={}),!Boolean(null===(t=null===(a=window.Shopify)||void 0===a?void 0:a.analytics)||void 0===t?void 0:t.replayQueue)){var a,t;window.Shopify=window.Shopify||{};var s=window.Shopify;s.analytics=s.analytics||{};var l=s.analytics;l.replayQueue=[],l.publish=function(e,d,r){return l.replayQueue.push([e,d,r]),!0}}})({shopId: 61234567890,storefrontBaseUrl: "https://dengarbaca.id",extensionsBaseUrl: "https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager",surface: "storefront-renderer",enabledBetaFlags: [],webPixelsConfigList: [{"id":"shopify-app-pixel","configuration":"{}","eventPayloadVersion":"v1","runtimeContext":"STRICT","scriptVersion":"0450","apiClientId":"shopify-pixel","type":"APP"},{"id":"shopify-custom-pixel","eventPayloadVersion":"v1","runtimeContext":"LAX","scriptVersion":"0450","apiClientId":"shopify-pixel","type":"CUSTOM"}],isMerchantRequest: false,initData: {"shop":{"name":"Dengarbaca","paymentSettings":{"currencyCode":"IDR"},"myshopifyDomain":"dengarbaca.myshopify.com","countryCode":"ID","storefrontUrl":"https://dengarbaca.id"},"customerPrivacy":{"analyticsProcessingAllowed":false,"marketingAllowed":false,"preferencesProcessingAllowed":false,"saleOfDataAllowed":false},"cart":null,"checkout":null,"productVariants":[],"purchasingCompany":null},},"https://dengarbaca.id/cdn","%(session)s");</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'IDR';
  var meta = {"page":{"pageType":"policy","requestId":"%(request)s"}};
  for (var attr in meta) {
    window.ShopifyAnalytics.meta[attr] = meta[attr];
  }
</script>
<script class="boomerang">
(function () {
  window.BOOMR = window.BOOMR || {};
  window.BOOMR.themeName = "Dawn";
  window.BOOMR.themeVersion = "%(tver)s";
  window.BOOMR.shopId = 61234567890;
  window.BOOMR.themeId = %(tid)d;
  window.BOOMR.renderRegion = "gcp-asia-southeast1";
  window.BOOMR.url = "https://dengarbaca.id/cdn/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js";
})();
</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <link href="%(cdn)sbase.css?v=%(v3)s" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="%(cdn)scomponent-predictive-search.css?v=%(v4)s" media="print" onload="this.media='all'"><script>
      if (Shopify.designMode) {
        document.documentElement.classList.add('shopify-design-mode');
      }
    </script>
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Langsung ke konten
    </a><!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--%(tid)d__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Carousel" aria-label="Bilah pengumuman"><div class="announcement-bar-slider slider-buttons"><div class="grid grid--1-col slider slider--everywhere" id="Slider-sections--%(tid)d__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">%(promos)s</div></div></slideshow-component></div></div></div>
<div id="shopify-section-sections--%(tid)d__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//dengarbaca.id/cdn/shop/files/logo-dengarbaca.png?v=1671502188&amp;width=300" alt="Dengarbaca" srcset="//dengarbaca.id/cdn/shop/files/logo-dengarbaca.png?v=1671502188&amp;width=150 150w, //dengarbaca.id/cdn/shop/files/logo-dengarbaca.png?v=1671502188&amp;width=300 300w" width="150" height="40.5" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 300px) 50vw, 150px"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a id="HeaderMenu-buku-audio" href="/collections/buku-audio" class="header__menu-item list-menu__item link link--text focus-inset"><span>Buku Audio</span></a></li><li><a id="HeaderMenu-ebook" href="/collections/ebook" class="header__menu-item list-menu__item link link--text focus-inset"><span>E-book</span></a></li><li><a id="HeaderMenu-buku-cetak" href="/collections/buku-cetak" class="header__menu-item list-menu__item link link--text focus-inset"><span>Buku Cetak</span></a></li><li><a id="HeaderMenu-premium" href="/pages/premium" class="header__menu-item list-menu__item link link--text focus-inset"><span>Premium</span></a></li><li><a id="HeaderMenu-aplikasi" href="/pages/aplikasi" class="header__menu-item list-menu__item link link--text focus-inset"><span>Aplikasi</span></a></li></ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Cari"><span><svg class="icon icon-search" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 19" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 112.85 3.5a5.784 5.784 0 018.18 8.18zm.26 1.12a6.78 6.78 0 11.72-.7l5.4 5.4a.5.5 0 11-.71.7l-5.41-5.4z" fill="currentColor"/></svg></span></summary></details></details-modal><a href="https://shopify.com/61234567890/account?locale=id&region_country=ID" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Masuk</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Keranjang</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>Kebijakan privasi</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
                %(body)s
          </div>
        </div>
      </div>
    </main>

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--%(tid)d__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--%(tid)d__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Bantuan</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/faq" class="link link--text list-menu__item list-menu__item--link">FAQ</a></li><li><a href="/pages/cara-mendengarkan" class="link link--text list-menu__item list-menu__item--link">Cara mendengarkan buku audio</a></li><li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">Kebijakan pengembalian dana</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">Kebijakan privasi</a></li><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">Ketentuan layanan</a></li></ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Dengarbaca</h2><div class="footer-block__details-content rte"><p>Buku audio dan e-book karya penulis Indonesia, dibacakan oleh narator terbaik.</p></div></div></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Berlangganan email kami</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--%(tid)d__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--%(tid)d__footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">Dengarbaca</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Diberdayakan oleh Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Kebijakan pengembalian dana</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Kebijakan privasi</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Ketentuan layanan</a></small></li><li><small class="copyright__content"><a href="/policies/contact-information">Informasi kontak</a></small></li></ul></div></div></div></footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden>
      <li id="a11y-refresh-page-message">Memilih salah satu pilihan akan memuat ulang halaman secara keseluruhan.</li>
      <li id="a11y-new-window-message">Membuka di jendela baru.</li>
    </ul>

    <script>
      window.shopUrl = 'https://dengarbaca.id';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `Terjadi kesalahan saat memperbarui keranjang. Silakan coba lagi.`,
        quantityError: `Anda hanya dapat menambahkan [quantity] item ini ke keranjang.`,
      };
    </script>
    <script src="%(cdn)spredictive-search.js?v=%(v5)s" defer="defer"></script>
  </body>
</html>
""" % {"url": URL, "cdn": cdn, "v0": v[0], "v1": v[1], "v2": v[2], "v3": v[3], "v4": v[4], "v5": v[5],
       "features": json.dumps(features, separators=(",", ":")), "theme": json.dumps(theme, separators=(",", ":")),
       "session": s["session"], "request": s["request"], "tver": name, "tid": tid, "promos": promos,
       "body": body, "year": when.year}


PAGE = {
    "service": "Dengarbaca",
    "url": URL,
    "lang": "id",
    "platform": "Shopify Online Store 2.0, Dawn theme",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Shopify-Stage", "production"),
                      ("Powered-By", "Shopify"), ("Vary", "Accept")),
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 8, 14),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__body"},
}
