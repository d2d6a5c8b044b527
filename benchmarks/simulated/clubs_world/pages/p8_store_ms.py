"""Sri Pantai FC Official Store - ms football club shop (jerseys, season passes) - Shopify Online Store 2.0 with the
Dawn theme; the policy lives at /policies/privacy-policy (the shop's legal page template), the announcement bar,
cart drawer, theme assets and the per-request analytics ids are outside it."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://store.sripantaifc.com.my/policies/privacy-policy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ms"][d.month - 1], d.year)


POLICY = """
# Dasar Privasi

Dikemas kini kali terakhir: {UPDATED}

Sri Pantai FC Sdn. Bhd. ("Kelab", "kami") mengendalikan kedai dalam talian rasmi kelab di store.sripantaifc.com.my ("Kedai"). Notis ini menerangkan cara kami mengumpul, menggunakan dan melindungi data peribadi anda apabila anda melayari Kedai, membuat pembelian, melanggan pas musim atau berhubung dengan kami, selaras dengan Akta Perlindungan Data Peribadi 2010 ("PDPA").

## Data peribadi yang kami kumpul

- Maklumat hubungan: nama, alamat e-mel, nombor telefon dan alamat penghantaran.
- Maklumat pesanan: produk yang dibeli, saiz jersi, nama dan nombor yang dicetak pada jersi, serta sejarah pembelian.
- Maklumat pas musim: nombor kad pengenalan (MyKad) atau pasport, gambar pemegang pas dan kategori tempat duduk.
- Maklumat peranti: alamat IP, jenis pelayar, zon waktu dan kuki yang dipasang pada peranti anda.

Maklumat kad pembayaran diproses terus oleh penyedia pembayaran kami dan tidak disimpan oleh Kelab.

## Tujuan penggunaan data

Kami menggunakan data peribadi anda untuk memproses dan menghantar pesanan, mengeluarkan pas musim dan mengawal kemasukan ke stadium, menghubungi anda berkenaan pesanan, mencegah penipuan, mematuhi kehendak undang-undang dan, jika anda bersetuju, menghantar maklumat tentang produk baharu, promosi dan perlawanan kelab.

## Pendedahan kepada pihak ketiga

Kami hanya berkongsi data peribadi anda dengan pihak ketiga yang membantu kami menjalankan Kedai:

- Shopify International Limited, platform e-dagang Kedai;
- iPay88 (M) Sdn. Bhd., pemprosesan pembayaran FPX dan kad;
- Pos Malaysia Berhad, penghantaran pesanan dalam negara;
- Meta Platforms, Inc., pengiklanan di Facebook dan Instagram, jika anda bersetuju dengan kuki pemasaran.

Kami juga boleh mendedahkan data kepada Liga Bolasepak Malaysia (MFL) dan pihak berkuasa jika dikehendaki oleh undang-undang atau peraturan pertandingan.

## Pemindahan data ke luar Malaysia

Sebahagian daripada penyedia perkhidmatan kami menyimpan data di luar Malaysia, termasuk di Kanada, Ireland dan Amerika Syarikat. Kami memastikan data anda dilindungi oleh perjanjian yang sewajarnya.

## Kuki

Kedai menggunakan kuki untuk mengingati troli anda, memahami cara pelawat menggunakan Kedai dan, dengan persetujuan anda, memaparkan iklan yang berkaitan. Anda boleh menukar pilihan kuki anda pada bila-bila masa melalui sepanduk kuki atau tetapan pelayar anda. Menyekat kuki tertentu mungkin menjejaskan fungsi Kedai seperti troli dan pembayaran.

## Keselamatan data

Kami mengambil langkah keselamatan yang munasabah untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan dan akses tanpa kebenaran. Semua sambungan ke Kedai disulitkan menggunakan SSL dan akses kepada rekod pelanggan dihadkan kepada kakitangan yang diberi kuasa sahaja.

## Kanak-kanak

Kedai tidak ditujukan kepada kanak-kanak di bawah umur 18 tahun. Pas musim kanak-kanak hendaklah dibeli oleh ibu bapa atau penjaga, yang memberikan data peribadi bagi pihak kanak-kanak tersebut.

## Tempoh penyimpanan

Rekod pesanan disimpan selama 7 tahun bagi tujuan perakaunan dan cukai. Data pas musim disimpan sehingga tamat musim berkenaan dan dipadamkan selepas 12 bulan.

## Hak anda

Anda berhak meminta akses kepada data peribadi anda, membetulkannya, menarik balik persetujuan atau mengehadkan pemprosesan. Sila hubungi kami:

@ Sri Pantai FC Sdn. Bhd.
@ Lot 12, Jalan Stadium, 20200 Kuala Terengganu, Terengganu
@ E-mel: [privasi@sripantaifc.com.my](mailto:privasi@sripantaifc.com.my)
@ Telefon: +60 9-622 4180

## Perubahan kepada dasar ini

Kami boleh mengemas kini dasar privasi ini dari semasa ke semasa untuk mencerminkan perubahan pada amalan kami atau atas sebab operasi, undang-undang atau peraturan. Versi terkini sentiasa disiarkan di halaman ini.
"""

EDITS = [
    {"note": "third-party list item added: J&T Express as second courier",
     "repl": [("- Pos Malaysia Berhad, penghantaran pesanan dalam negara;",
               "- Pos Malaysia Berhad, penghantaran pesanan dalam negara;\n"
               "- J&T Express (Malaysia) Sdn. Bhd., penghantaran pesanan dalam negara;")]},
    {"note": "season pass retention changed from 12 months to 6 months after season end",
     "repl": [("dipadamkan selepas 12 bulan.", "dipadamkan selepas 6 bulan.")]},
    {"note": "payment processor replaced (iPay88 -> Billplz)",
     "repl": [("- iPay88 (M) Sdn. Bhd., pemprosesan pembayaran FPX dan kad;",
               "- Billplz Sdn. Bhd., pemprosesan pembayaran FPX, DuitNow dan kad;")]},
    {"note": "club office moved (Lot 12 Jalan Stadium -> Wisma Sri Pantai, Jalan Sultan Zainal Abidin); new phone",
     "repl": [("@ Lot 12, Jalan Stadium, 20200 Kuala Terengganu, Terengganu\n@ E-mel: [privasi@sripantaifc.com.my]"
               "(mailto:privasi@sripantaifc.com.my)\n@ Telefon: +60 9-622 4180",
               "@ Wisma Sri Pantai, Jalan Sultan Zainal Abidin, 20000 Kuala Terengganu, Terengganu\n@ E-mel: "
               "[privasi@sripantaifc.com.my](mailto:privasi@sripantaifc.com.my)\n@ Telefon: +60 9-631 7755")]},
    {"note": "new section: data protection officer (PDPA amendment 2024) and data breach notification",
     "repl": [("## Hak anda",
               "## Pegawai Perlindungan Data\n\nSelaras dengan Akta Perlindungan Data Peribadi (Pindaan) 2024, Kelab"
               " telah melantik Pegawai Perlindungan Data yang boleh dihubungi di [dpo@sripantaifc.com.my]"
               "(mailto:dpo@sripantaifc.com.my). Sekiranya berlaku pelanggaran data peribadi, kami akan"
               " memaklumkan Pesuruhjaya Perlindungan Data Peribadi dan pihak yang terjejas seperti yang"
               " dikehendaki oleh undang-undang.\n\n## Hak anda")]},
    {"note": "rights section: right to data portability added (PDPA amendment)",
     "repl": [("menarik balik persetujuan atau mengehadkan pemprosesan.",
               "menarik balik persetujuan, mengehadkan pemprosesan atau meminta data anda dipindahkan kepada pengawal"
               " data lain.")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["reqid"] = C.uuid4(rng)
    s["theme"] = K.deploy(rng, prev.get("theme"), 0.25, lambda: (rng.randint(120000000000, 189999999999),
                                                                 str(rng.randint(1650000000, 1790000000))))
    s["trekkie"] = C.hexs(rng, 8)
    s["cart"] = C.keep_or(rng, prev.get("cart"), 0.5, lambda: rng.randint(3, 60))
    return s


LABELS = {"reqid": "__st reqid and ShopifyAnalytics page ids (per request)",
          "theme": "published theme id and asset ?v= timestamps (theme edits)", "trekkie": "trekkie loader hash",
          "cart": "footer free-shipping teaser amount", "announce": "announcement bar (jersey launch, Hari Raya, "
          "11.11, Merdeka sales)"}


def announce(when):
    m = when.month
    if m in (3, 4):
        return "Jualan Raya: diskaun 20% untuk semua barangan latihan"
    if m == 8:
        return "Sambutan Merdeka: jersi edisi khas kini dijual"
    if m == 11:
        return "11.11 Mega Sale bermula tengah malam ini!"
    if m in (1, 2):
        return "Pra-tempahan Jersi Utama %d kini dibuka" % when.year
    return "Penghantaran percuma ke seluruh Semenanjung untuk pesanan melebihi RM150"


def render(s, blocks, when):
    tid, tv = s["theme"]
    s["announce"] = announce(when)
    cdn = "//store.sripantaifc.com.my/cdn/shop/t/%d/assets" % (tid % 40 + 3)
    st = json.dumps({"a": 61839274021, "offset": 28800, "reqid": s["reqid"], "pageurl": "store.sripantaifc.com.my"
                     "/policies/privacy-policy", "u": C.det_sha(s["reqid"])[:12]})
    body = C.render_blocks(blocks[1:])
    return ('<!doctype html>\n<html class="no-js" lang="ms">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<link rel="canonical" href="https://store.sripantaifc.com.my/policies/privacy-policy">\n'
            '<title>Dasar Privasi &ndash; Sri Pantai FC Official Store</title>\n'
            '<script src="%s/constants.js?v=%s" defer="defer"></script>\n'
            '<script>window.Shopify = window.Shopify || {};\nShopify.shop = "sri-pantai-fc.myshopify.com";\n'
            'Shopify.locale = "ms";\nShopify.currency = {"active":"MYR","rate":"1.0"};\nShopify.country = "MY";\n'
            'Shopify.theme = {"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"15.0.0","theme_stor'
            'e_id":887,'
            '"role":"main"};\nShopify.routes = Shopify.routes || {};\nShopify.routes.root = "/";</script>\n'
            '<script id="__st">var __st=%s;</script>\n'
            '<link href="%s/base.css?v=%s" rel="stylesheet" type="text/css" media="all" />\n</head>\n'
            '<body class="gradient">\n<a class="skip-to-content-link button visually-hidden" href="#MainConten'
            't">Langkau '
            'ke kandungan</a>\n<div id="shopify-section-sections--1839_announcement-bar" class="shopify-section '
            'shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 '
            'gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" '
            'aria-label="Pengumuman"><p class="announcement-bar__message h5"><span>%s</span></p></div></div></div>'
            '</div>\n<div id="shopify-section-sections--1839_header" class="shopify-section shopify-section-group-'
            'header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper '
            'color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left '
            'header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link '
            'link--text focus-inset"><img src="//store.sripantaifc.com.my/cdn/shop/files/logo-sri-pantai.png?v=1683%d'
            '&amp;width=180" alt="Sri Pantai FC Official Store" class="header__heading-logo"></a><nav '
            'class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/'
            'jersi" class="header__menu-item list-menu__item link link--text focus-inset"><span>Jersi</span></a></li>'
            '<li><a href="/collections/latihan" class="header__menu-item list-menu__item link link--text focus-inset">'
            '<span>Latihan</span></a></li><li><a href="/collections/aksesori" class="header__menu-item list-menu__'
            'item link link--text focus-inset"><span>Aksesori</span></a></li><li><a href="/products/pas-musim" '
            'class="header__menu-item list-menu__item link link--text focus-inset"><span>Pas Musim</span></a></li>'
            '</ul></nav><div class="header__icons"><a href="/cart" class="header__icon header__icon--cart link '
            'focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Troli</span></a></div></header>'
            '</sticky-header></div>\n<main id="MainContent" class="content-for-layout focus-none" role="main" '
            'tabindex="-1">\n<div class="shopify-policy__container">\n  <div class="shopify-policy__title">\n    '
            '<h1>%s</h1>\n  </div>\n\n  <div class="shopify-policy__body">\n    <div class="rte">\n%s\n    </div>\n'
            '  </div>\n</div>\n</main>\n'
            '<div id="shopify-section-sections--1839_footer" class="shopify-section shopify-section-group-footer-'
            'group"><footer class="footer color-scheme-1 gradient section-sections--1839_footer-padding"><div '
            'class="footer__content-bottom"><div class="footer__column footer__column--info"><p class="free-shipping">'
            'Tambah RM%d lagi untuk penghantaran percuma</p><div class="footer__copyright caption"><small '
            'class="copyright__content">&copy; %d, <a href="/" title="">Sri Pantai FC Official Store</a></small>'
            '<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/'
            'my?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Dikuasakan oleh Shopify</a>'
            '</small><ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Polisi bayaran balik</a>'
            '</li><li><a href="/policies/privacy-policy">Dasar Privasi</a></li><li><a href="/policies/terms-of-'
            'service">Syarat Perkhidmatan</a></li></ul></div></div></div></footer></div>\n'
            '<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = '
            '{"currency":"MYR","page":{"pageType":"policy","requestId":"%s"}};</script>\n'
            '<script>(function(){var trekkie=window.ShopifyAnalytics.lib=window.trekkie=window.trekkie||[];'
            'trekkie.load=function(){var s=document.createElement("script");s.src="https://cdn.shopify.com/s/trekkie.'
            'storefront.%s.min.js";document.head.appendChild(s)};})();</script>\n'
            '<script src="%s/global.js?v=%s" defer="defer"></script>\n</body>\n</html>\n'
            % (cdn, tv, tid, st, cdn, tv, C.esc(s["announce"]), tid % 1000, C.esc(blocks[0][1]), body, s["cart"],
               when.year, s["reqid"], s["trekkie"], cdn, tv))


PAGE = {
    "service": "Sri Pantai FC Official Store", "url": URL, "lang": "ms-MY", "platform": "Shopify (Dawn)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 4, 20), "hours": (0, 12),
    "extra_headers": (("X-ShopId", "61839274021"), ("X-Shardid", "137"), ("Powered-By", "Shopify")),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".shopify-policy__container"]},
}
