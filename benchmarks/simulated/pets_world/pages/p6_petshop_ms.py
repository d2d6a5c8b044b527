"""Malaysian pet-supplies online shop on Magento Open Source 2.4 (Luma child theme, Page Builder): /dasar-privasi.

A CMS page: the title in `.page-title-wrapper`, the content one Page Builder row in `.column.main` (after the
form_key input and the authentication-popup scripts). Inside the row, between two text elements, marketing put a
"Catalog Products List" widget ("Pilihan Minggu Ini"): prices, promo prices, star ratings and review counts,
stock badges ("Tinggal 3 unit sahaja") and each product's add-to-cart form with the per-session form_key; the
declaration removes `[data-content-type=products]`. Per deploy: `static/versionNNNNNNNNNN`; per visit: form_key;
the header strip promotes free shipping or double loyalty points ("Mata Bulu").
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
          "Disember"]
BASE = "https://www.kedaibulu.com.my/"

POLICY = """
Dikemas kini pada: {UPDATED}

Kedai Bulu Sdn. Bhd. (No. Pendaftaran Syarikat: 201801023456 (1284477-K)) ("Kedai Bulu", "kami") menghormati privasi anda. Notis ini menerangkan bagaimana kami mengumpul, menggunakan, mendedahkan dan melindungi data peribadi anda apabila anda membeli-belah di laman web dan aplikasi Kedai Bulu, menyertai program Mata Bulu atau menghubungi khidmat pelanggan kami, selaras dengan Akta Perlindungan Data Peribadi 2010 ("APDP").

Dengan menggunakan laman web kami atau memberikan data peribadi anda kepada kami, anda bersetuju bahawa data peribadi anda akan diproses menurut notis ini.

## 1. Data peribadi yang kami kumpul

Kami mungkin mengumpul jenis data peribadi yang berikut:

- nama, nombor kad pengenalan (hanya untuk tuntutan waranti dan pemulangan bernilai tinggi), tarikh lahir dan jantina;
- alamat penghantaran dan alamat bil, nombor telefon bimbit dan alamat e-mel;
- maklumat haiwan peliharaan anda seperti nama, jenis, baka, umur dan keperluan makanan khas, jika anda mendaftarkannya dalam akaun anda;
- sejarah pesanan, senarai hajat, ulasan produk dan baki mata ganjaran;
- maklumat pembayaran yang diproses oleh rakan pembayaran kami (kami tidak menyimpan nombor kad kredit atau debit penuh);
- alamat IP, jenis peranti, pelayar dan data penggunaan laman web yang dikumpul melalui kuki.

## 2. Tujuan pemprosessan

Kami memproses data peribadi anda untuk tujuan berikut:

- memproses, menghantar dan menjejaki pesanan anda serta mengurus pemulangan dan bayaran balik;
- mengurus akaun anda dan program kesetiaan Mata Bulu;
- memberikan cadangan produk yang sesuai dengan haiwan peliharaan anda;
- menghantar maklumat promosi, baucar dan peringatan stok makanan, sekiranya anda telah memberikan persetujuan;
- menjawab pertanyaan dan aduan anda;
- mencegah penipuan dan menyalahgunaan baucar;
- mematuhi kehendak undang-undang, termasuk keperluan cukai dan perakaunan.

Pemberian data peribadi adalah secara sukarela. Walau bagaimanapun, jika anda tidak memberikan maklumat yang diperlukan seperti alamat penghantaran dan nombor telefon, kami tidak dapat memproses pesanan anda.

## 3. Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda. Kami hanya mendedahkannya kepada pihak berikut setakat yang perlu:

| Pihak | Tujuan | Lokasi |
| Pos Malaysia Berhad (Pos Laju) | Penghantaran bungkusan | Malaysia |
| J&T Express (Malaysia) Sdn. Bhd. | Penghantaran bungkusan | Malaysia |
| iPay88 (M) Sdn. Bhd. | Pemprosesan pembayaran kad, FPX dan e-dompet | Malaysia |
| Amazon Web Services | Pengehosan laman web dan pangkalan data | Singapura |
| Google LLC | Analitik laman web | Amerika Syarikat |
| Meta Platforms Ireland Ltd. | Pengiklanan di Facebook dan Instagram | Ireland |

Kami juga boleh mendedahkan data peribadi anda kepada pihak berkuasa kerajaan atau pengawal selia jika dikehendaki oleh undang-undang, atau kepada penasihat profesional kami seperti juruaudit dan peguam.

## 4. Pemindahan data ke luar Malaysia

Sesetengah penyedia perkhidmatan kami menyimpan data di luar Malaysia, contohnya di Singapura dan Amerika Syarikat. Dalam keadaan sedemikian, kami akan mengambil langkah yang munasabah untuk memastikan data peribadi anda dilindungi pada tahap yang setara dengan perlindungan di bawah APDP.

## 5. Program Mata Bulu

Setiap RM1 yang dibelanjakan memberi anda 1 Mata Bulu. Untuk mengurus program ini, kami merekodkan transaksi anda, mata yang dikumpul dan ditebus serta peringkat keahlian anda. Mata ganjaran luput selepas 12 bulan dari tarikh ia diperoleh. Jika anda menutup akaun anda, baki mata ganjaran akan dibatalkan dan rekod program akan dipadam dalam tempoh 90 hari.

## 6. Kuki

Laman web kami menggunakan kuki untuk menyimpan troli belanja anda, mengingati log masuk anda dan memahami cara pelawat menggunakan laman web kami. Anda boleh menyekat atau memadam kuki melalui tetapan pelayar anda, tetapi sesetengah fungsi seperti troli belanja mungkin tidak berfungsi dengan betul. Laman web kami juga mungkin mengandungi pautan ke laman web pihak ketiga, seperti laman jenama makanan haiwan. Kami tidak bertanggungjawab terhadap amalan privasi laman web tersebut.

## 7. Keselamatan dan penyimpanan data

Kami mengambil langkah keselamatan yang munasabah untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan, pengubahsuaian dan akses tanpa kebenaran, termasuk penyulitan SSL dan kawalan akses kakitangan. Kami hanya menyimpan data peribadi anda selama yang diperlukan untuk memenuhi tujuan yang dinyatakan dalam notis ini atau seperti yang dikehendaki oleh undang-undang. Rekod transaksi disimpan selama tujuh tahun bagi memenuhi keperluan cukai.

## 8. Hak anda

Tertakluk kepada APDP, anda berhak untuk:

- meminta akses kepada data peribadi anda dan mendapatkan salinannya;
- meminta pembetulan data peribadi yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan anda untuk menerima bahan pemasaran pada bila-bila masa;
- meminta kami mengehadkan pemprosesan data peribadi anda.

Permintaan akses data mungkin dikenakan fi yang dibenarkan oleh peraturan di bawah APDP. Kami akan menjawab permintaan anda dalam tempoh 21 hari dari tarikh penerimaan.

## 9. Ulasan produk

Jika anda menulis ulasan produk, nama paparan anda, penilaian bintang, ulasan dan gambar yang anda muat naik akan dipaparkan secara umum di laman produk berkenaan. Jangan sertakan maklumat peribadi seperti nombor telefon atau alamat dalam ulasan anda. Kami berhak untuk tidak menyiarkan atau memadam ulasan yang mengandungi data peribadi pihak lain, bahasa kesat atau pengiklanan.

## 10. Kanak-kanak

Laman web kami tidak ditujukan kepada kanak-kanak di bawah umur 18 tahun. Kami tidak dengan sengaja mengumpul data peribadi kanak-kanak tanpa persetujuan ibu bapa atau penjaga mereka. Jika anda percaya anak anda telah memberikan data peribadi kepada kami, sila hubungi kami dan kami akan memadamkannya.

## 11. Hubungi kami

Sebarang pertanyaan, permintaan atau aduan berkenaan data peribadi anda boleh diajukan kepada:

@ Pegawai Privasi, Kedai Bulu Sdn. Bhd.
@ No. 12, Jalan SS 13/3, Subang Jaya Industrial Estate
@ 47500 Subang Jaya, Selangor
@ Tel: 03-5612 8890 (Isnin hingga Jumaat, 9 pagi hingga 6 petang)
@ E-mel: privasi@kedaibulu.com.my

Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat sebarang percanggahan, versi Bahasa Malaysia akan diguna pakai.
"""

EDITS = [
    {"note": "courier table: Ninja Van added",
     "repl": [("| J&T Express (Malaysia) Sdn. Bhd. | Penghantaran bungkusan | Malaysia |",
               "| J&T Express (Malaysia) Sdn. Bhd. | Penghantaran bungkusan | Malaysia |\n"
               "| Ninja Logistics Sdn. Bhd. (Ninja Van) | Penghantaran bungkusan ke Sabah dan Sarawak | Malaysia |")]},
    {"note": "typo fixed in heading: 'pemprosessan' -> 'pemprosesan' (no new date)",
     "repl": [("## 2. Tujuan pemprosessan", "## 2. Tujuan pemprosesan")], "bump": False},
    {"note": "sentence added: order updates via WhatsApp",
     "repl": [("- menjawab pertanyaan dan aduan anda;",
               "- menjawab pertanyaan dan aduan anda, termasuk melalui WhatsApp jika anda menghubungi kami atau "
               "memilih untuk menerima kemas kini status pesanan melalui WhatsApp;")]},
    {"note": "loyalty points expiry extended from 12 to 18 months",
     "repl": [("Mata ganjaran luput selepas 12 bulan", "Mata ganjaran luput selepas 18 bulan")]},
    {"note": "office moved from Subang Jaya to Shah Alam",
     "repl": [("@ No. 12, Jalan SS 13/3, Subang Jaya Industrial Estate\n@ 47500 Subang Jaya, Selangor",
               "@ Lot 8, Jalan Pelabur 23/1, Seksyen 23\n@ 40300 Shah Alam, Selangor")]},
    {"note": "PDPA 2024 amendment: DPO appointed, portability right and breach notification added",
     "repl": [("- meminta kami mengehadkan pemprosesan data peribadi anda.",
               "- meminta kami mengehadkan pemprosesan data peribadi anda;\n"
               "- meminta data peribadi yang anda berikan kepada kami dipindahkan kepada pihak lain "
               "(kemudahalihan data).\n\nSekiranya berlaku pelanggaran data peribadi yang mungkin menyebabkan "
               "kemudaratan yang ketara kepada anda, kami akan memaklumkan anda dan Pesuruhjaya Perlindungan Data "
               "Peribadi tanpa kelewatan yang tidak wajar."),
              ("@ Pegawai Privasi, Kedai Bulu Sdn. Bhd.", "@ Pegawai Perlindungan Data, Kedai Bulu Sdn. Bhd.")]},
]

PRODUCTS = [
    (1184, "Royal Canin Mini Adult Makanan Anjing 2kg", 89.90, None, 92, 41),
    (2210, "Pasir Kucing Tofu Original 6L", 22.90, 18.90, 88, 213),
    (1532, "Smartheart Gold Lamb & Rice 3kg", 74.50, None, 86, 17),
    (3046, "Catit Pixi Pancutan Air Minuman 2.5L", 129.00, 109.00, 90, 58),
    (2875, "Whiskas Tuna Pouch 85g x 12", 28.80, 25.90, 94, 326),
    (1920, "Kolar Reflektif Anjing Saiz M", 19.90, None, 80, 9),
    (3311, "Me-O Makanan Kucing Seafood 7kg", 96.00, 89.00, 90, 144),
    (2044, "Tempat Tidur Haiwan Donut Lembut 60cm", 59.90, 45.90, 84, 77),
]
PROMOS = ["PENGHANTARAN PERCUMA untuk pesanan melebihi RM150 (Semenanjung Malaysia)",
          "Hujung minggu ini sahaja: Mata Bulu 2X untuk semua makanan kucing!",
          "Guna kod BULU10 untuk diskaun RM10 pembelian pertama di aplikasi",
          "Jualan 11.11: sehingga 40% diskaun makanan anjing", "Pesan sebelum 2 petang, sampai esok di Lembah Klang"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    picks = C.keep_or(rng, prev.get("picks"), 0.4, lambda: rng.sample(range(len(PRODUCTS)), 4))
    stock = [rng.choice([None, None, None, 2, 3, 5, 8, 0]) for _ in picks]
    revs = prev.get("revs") or {}
    revs = {str(k): revs.get(str(k), PRODUCTS[k][5]) + (rng.randint(0, 3) if rng.random() < 0.5 else 0)
            for k in range(len(PRODUCTS))}
    return {
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.2, lambda: int(C.epoch(when)) - rng.randint(3600, 86400 * 25)),
        "form_key": C.alnum(rng, 16),
        "picks": picks,
        "stock": stock,
        "revs": revs,
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.choice(PROMOS)),
    }


LABELS = {"deploy": "Magento static/version deploy stamp",
          "form_key": "per-session form_key (column.main and product add-to-cart forms)",
          "picks": "'Pilihan Minggu Ini' product widget selection (inside the row, removed)",
          "stock": "stock badges in the product widget (inside the row, removed)",
          "revs": "review counts in the product widget (inside the row, removed)",
          "promo": "header promo strip"}


def _text_el(blocks):
    cls = {"table": ""}
    out = []
    for b in blocks:
        if b[0] == "table":
            head = "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (100 // len(b[1][0]), C.inline_html(x))
                           for x in b[1][0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in b[1][1:])
            out.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody><tr>%s</tr>%s'
                       '</tbody></table>' % (head, rows))
        else:
            out.append(C.block_html(b, cls))
    return '<div data-content-type="text" data-appearance="default" data-element="main">%s</div>' % "\n".join(out)


def _price(v):
    return "RM%.2f" % v


def _products(state):
    items = []
    for k, st in zip(state["picks"], state["stock"]):
        pid, name, price, special, rating, _ = PRODUCTS[k]
        nrev = state["revs"][str(k)]
        slug = name.lower().replace(" & ", "-").replace(" ", "-").replace(".", "")
        uenc = "aHR0cHM6Ly93d3cua2VkYWlidWx1LmNvbS5teS9kYXNhci1wcml2YXNp"
        if special:
            pbox = ('<span class="special-price"><span class="price-container price-final_price tax weee">'
                    '<span class="price-label">Harga Istimewa</span><span id="product-price-%d" data-price-amount="%s" '
                    'data-price-type="finalPrice" class="price-wrapper "><span class="price">%s</span></span></span></span>'
                    '<span class="old-price"><span class="price-container price-final_price tax weee">'
                    '<span class="price-label">Harga Biasa</span><span id="old-price-%d" data-price-amount="%s" '
                    'data-price-type="oldPrice" class="price-wrapper "><span class="price">%s</span></span></span></span>'
                    % (pid, special, _price(special), pid, price, _price(price)))
        else:
            pbox = ('<span class="price-container price-final_price tax weee"><span id="product-price-%d" '
                    'data-price-amount="%s" data-price-type="finalPrice" class="price-wrapper "><span class="price">'
                    '%s</span></span></span>' % (pid, price, _price(price)))
        if st is None:
            badge = '<div class="stock available" title="Ketersediaan"><span>Ada stok</span></div>'
        elif st == 0:
            badge = '<div class="stock unavailable" title="Ketersediaan"><span>Kehabisan stok</span></div>'
        else:
            badge = ('<div class="stock available low-stock" title="Ketersediaan"><span>Tinggal %d unit sahaja</span>'
                     '</div>' % st)
        action = ('<form data-role="tocart-form" data-product-sku="KB-%d" action="%scheckout/cart/add/uenc/%s/product/%d/" '
                  'method="post"><input type="hidden" name="product" value="%d"><input type="hidden" name="uenc" '
                  'value="%s"><input name="form_key" type="hidden" value="%s" /><button type="submit" '
                  'title="Tambah ke Troli" class="action tocart primary"><span>Tambah ke Troli</span></button></form>'
                  % (pid, BASE, uenc, pid, pid, uenc, state["form_key"])) if st != 0 else \
            '<div class="stock unavailable"><span>Maklumkan saya</span></div>'
        items.append(
            '<li class="product-item"><div class="product-item-info"><a href="%s%s.html" class="product-item-photo">'
            '<span class="product-image-container product-image-container-%d"><span class="product-image-wrapper">'
            '<img class="product-image-photo" src="%smedia/catalog/product/cache/7f1c0a3e9b2d5c4a8e6f1b0d3c2a9e7f/k/b/kb-%d.jpg" '
            'loading="lazy" width="240" height="300" alt="%s"/></span></span></a><div class="product details product-item-details">'
            '<strong class="product-item-name"><a title="%s" href="%s%s.html" class="product-item-link">%s</a></strong>'
            '<div class="product-reviews-summary short"><div class="rating-summary"><span class="label"><span>Penilaian:</span>'
            '</span><div class="rating-result" id="rating-result_%d" title="%d%%"><span style="width:%d%%"><span>%d%%</span>'
            '</span></div></div><div class="reviews-actions"><a class="action view" href="%s%s.html#reviews">%d&nbsp;'
            '<span>Ulasan</span></a></div></div><div class="price-box price-final_price" data-role="priceBox" '
            'data-product-id="%d" data-price-box="product-id-%d">%s</div>%s<div class="product-item-inner">'
            '<div class="product actions product-item-actions"><div class="actions-primary">%s</div></div></div></div></div></li>'
            % (BASE, slug, pid, BASE, pid, html.escape(name), html.escape(name), BASE, slug, html.escape(name), pid,
               rating, rating, rating, BASE, slug, nrev, pid, pid, pbox, badge, action))
    return ('<div data-content-type="products" data-appearance="carousel" data-autoplay="false" data-autoplay-speed="4000" '
            'data-infinite-loop="false" data-show-arrows="true" data-show-dots="true" data-carousel-mode="default" '
            'data-center-padding="90px" data-element="main"><div class="block widget block-products-list grid">'
            '<div class="block-title"><strong>Pilihan Minggu Ini</strong></div><div class="block-content">'
            '<!-- product_list_widget--><div class="products-grid grid"><ol class="product-items widget-product-carousel">'
            '%s</ol></div></div></div></div>' % "".join(items))


def render(state, blocks, when):
    ver = "version%d" % state["deploy"]
    st = BASE + "static/%s/frontend/Kedaibulu/luma_child/ms_MY/" % ver
    cut = next(k for k, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("5."))
    pb = "KB%s" % C.det_sha(repr(blocks))[:5].upper()
    row = ('<style>#html-body [data-pb-style=%s]{justify-content:flex-start;display:flex;flex-direction:column;'
           'background-position:left top;background-size:cover;background-repeat:no-repeat;'
           'background-attachment:scroll}</style><div data-content-type="row" data-appearance="contained" '
           'data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" '
           'data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" '
           'data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%s">%s%s%s'
           '</div></div>' % (pb, pb, _text_el(blocks[:cut]), _products(state), _text_el(blocks[cut:])))
    return """<!doctype html>
<html lang="ms">
    <head >
        <script>
    var LOCALE = 'ms\\u002DMY';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.kedaibulu.com.my\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.kedaibulu.com.my\\u002Fstatic\\u002F%s\\u002Ffrontend\\u002FKedaibulu\\u002Fluma_child\\u002Fms_MY'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Dasar Privasi | Kedai Bulu"/>
<meta name="description" content="Notis privasi Kedai Bulu - kedai dalam talian untuk makanan dan keperluan haiwan peliharaan di Malaysia."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Dasar Privasi | Kedai Bulu</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%smage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%scss/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%sjquery/uppy/dist/uppy-custom.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%scss/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%scss/print.css" />
<script  type="text/javascript"  src="%srequirejs/require.js"></script>
<script  type="text/javascript"  src="%smage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%srequirejs-config.js"></script>
<link rel="preload" as="font" crossorigin="anonymous" href="%sfonts/opensans/regular/opensans-400.woff2" />
<link  rel="icon" type="image/x-icon" href="%sMagento_Theme/favicon.ico" />
<link  rel="canonical" href="https://www.kedaibulu.com.my/dasar-privasi" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NX8T2KD');</script>
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%simages/loader-2.gif"}}'
        id="html-body" class="cms-dasar-privasi cms-page-view page-layout-1column">

<div class="cookie-status-message" id="cookie-status">
    Kedai tidak akan berfungsi dengan betul sekiranya kuki dinyahdayakan.</div>
<script type="text/x-magento-init">{"*": {"cookieStatus": {}}}</script>
<script type="text/x-magento-init">{"*": {"mage/cookies": {"expires": null,"path": "\\u002F","domain": ".www.kedaibulu.com.my","secure": true,"lifetime": "3600"}}}</script>
    <noscript>
        <div class="message global noscript"><div class="content"><p><strong>JavaScript nampaknya dinyahdayakan dalam pelayar anda.</strong> Untuk pengalaman terbaik di laman web kami, pastikan anda menghidupkan Javascript dalam pelayar anda.</p></div></div>
    </noscript>
<div class="widget block block-static-block"><div class="top-promo-strip"><p>%s</p></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>Langkau ke Kandungan</span></a>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in" data-bind="text: new String('Selamat datang, %%1!').replace('%%1', customer().fullname)"></span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in" data-bind="html: 'Selamat datang ke Kedai Bulu! Kumpul Mata Bulu setiap kali membeli-belah.'"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"customer": {"component": "Magento_Customer/js/view/customer"}}}}}</script>
<li class="link authorization-link" data-label="atau"><a href="%scustomer/account/login/referer/aHR0cHM6Ly93d3cua2VkYWlidWx1LmNvbS5teS9kYXNhci1wcml2YXNp/">Log Masuk</a></li><li><a href="%scustomer/account/create/" id="idXk3bD0qP" >Daftar Akaun</a></li></ul></div></div><div class="header content">
<span data-action="toggle-nav" class="action nav-toggle"><span>Togol Nav</span></span>
<a class="logo" href="%s" title="Kedai Bulu" aria-label="store logo"><img src="%simages/logo.svg" title="Kedai Bulu" alt="Kedai Bulu" width="170" height="52" /></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="%scheckout/cart/" data-bind="scope: 'minicart_content'"><span class="text">Troli Saya</span><span class="counter qty empty" data-bind="css: { empty: !!getCartParam('summary_count') == false &amp;&amp; !isLoading() }, blockLoader: isLoading"><span class="counter-number"><!-- ko text: getCartParam('summary_count') --><!-- /ko --></span></span></a></div>
<div class="block block-search"><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="%scatalogsearch/result/" method="get"><div class="field search"><label class="label" for="search" data-role="minisearch-label"><span>Cari</span></label><div class="control"><input id="search" type="text" name="q" value="" placeholder="Cari makanan, mainan, aksesori..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/></div></div></form></div></div>
</div></header>    <div class="sections nav-sections"><div class="section-items nav-sections-items"><div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content">
<nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'><li  class="level0 nav-1 category-item first level-top"><a href="%sanjing.html"  class="level-top" ><span>Anjing</span></a></li><li  class="level0 nav-2 category-item level-top"><a href="%skucing.html"  class="level-top" ><span>Kucing</span></a></li><li  class="level0 nav-3 category-item level-top"><a href="%sarnab-hamster.html"  class="level-top" ><span>Arnab &amp; Hamster</span></a></li><li  class="level0 nav-4 category-item level-top"><a href="%sburung-ikan.html"  class="level-top" ><span>Burung &amp; Ikan</span></a></li><li  class="level0 nav-5 category-item last level-top"><a href="%spromosi.html"  class="level-top" ><span>Promosi</span></a></li></ul></nav></div></div></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >Dasar Privasi</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 --><div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages"><div data-bind="attr: {class: 'message-' + message.type + ' ' + message.type + ' message', 'data-ui-id': 'message-' + message.type}"><div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div></div></div><!-- /ko -->
</div>
<script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"messages": {"component": "Magento_Theme/js/view/messages"}}}}}</script>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.kedaibulu.com.my\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.kedaibulu.com.my\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.kedaibulu.com.my\\/","customerLoginUrl":"https:\\/\\/www.kedaibulu.com.my\\/customer\\/ajax\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">{"#authenticationPopup": {"Magento_Ui/js/core/app": {"components":{"authenticationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Magento_Ui\\/js\\/view\\/messages","displayArea":"messages"},"captcha":{"component":"Magento_Captcha\\/js\\/view\\/checkout\\/loginCaptcha","displayArea":"additional-login-form-fields","formId":"user_login","configSource":"checkout"}}}}}}}</script>
    </div>
<script type="text/x-magento-init">{"*": {"Magento_Customer/js/section-config": {"sections": {"stores\\/store\\/switch":["*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product","recently_compared_product","persistent"],"checkout\\/cart\\/add":["cart","directory-data"]},"clientSideSections": ["checkout-data","cart-data"],"baseUrls": ["https:\\/\\/www.kedaibulu.com.my\\/"],"sectionNames": ["messages","customer","compare-products","last-ordered-items","cart","directory-data","captcha","wishlist","loggedAsCustomer","persistent","review","recently_viewed_product","recently_compared_product","product_data_storage","paypal-billing-agreement"]}}}</script>
%s</div></div></main><footer class="page-footer"><div class="footer content"><div class="widget block block-static-block"><div class="footer-columns"><div class="footer-col"><h4>Khidmat Pelanggan</h4><ul><li><a href="%shubungi-kami">Hubungi Kami</a></li><li><a href="%spenghantaran">Penghantaran</a></li><li><a href="%spemulangan">Dasar Pemulangan</a></li></ul></div><div class="footer-col"><h4>Maklumat</h4><ul><li><a href="%sterma-dan-syarat">Terma &amp; Syarat</a></li><li><a href="%sdasar-privasi">Dasar Privasi</a></li><li><a href="%smata-bulu">Program Mata Bulu</a></li></ul></div><div class="footer-col"><h4>Bayar dengan</h4><p>FPX · Visa · Mastercard · Touch 'n Go eWallet · GrabPay · Boost</p></div></div></div>
<div class="block newsletter"><div class="title"><strong>Langgan Surat Berita</strong></div><div class="content"><form class="form subscribe" novalidate action="%snewsletter/subscriber/new/" method="post" data-mage-init='{"validation": {"errorClass": "mage-error"}}' id="newsletter-validate-detail"><div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Daftar untuk surat berita kami:</span><input name="email" type="email" id="newsletter" placeholder="Masukkan alamat e-mel anda" data-mage-init='{"mage/trim-input":{}}' data-validate="{required:true, 'validate-email':true}"/></label></div></div><div class="actions"><button class="action subscribe primary" title="Langgan" type="submit" aria-label="Subscribe"><span>Langgan</span></button></div></form></div></div>
</div></footer><script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"storage-manager": {"component": "Magento_Catalog/js/storage-manager","appendTo": "","storagesConfiguration" : {"recently_viewed": {"requestConfig": {"syncUrl": "https:\\/\\/www.kedaibulu.com.my\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime": "1000","allowToSendRequest": null},"recently_compared": {"requestConfig": {"syncUrl": "https:\\/\\/www.kedaibulu.com.my\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime": "1000","allowToSendRequest": null}}}}}}}</script>
<small class="copyright"><span>Hak Cipta &copy; %d Kedai Bulu Sdn. Bhd. Hak cipta terpelihara.</span></small>
</div>    </body>
</html>
""" % ((ver,) + (st,) * 11 + (state["promo"],) + (BASE,) * 3 + (st, BASE, BASE) + (BASE,) * 5 +
       (state["form_key"], row) + (BASE,) * 7 + (when.year,))


PAGE = {
    "service": "Kedai Bulu",
    "url": "https://www.kedaibulu.com.my/dasar-privasi",
    "lang": "ms",
    "platform": "Magento Open Source 2.4 (Luma child theme, Page Builder)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Magento-Tags", "cms_p_14,cms_b_top_promo,cat_p,cat_p_1184"),
                      ("X-Magento-Cache-Debug", "MISS"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("X-Content-Type-Options", "nosniff"), ("Pragma", "no-cache"),
                      ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store")],
    "n": 30,
    "start": dt.date(2022, 4, 11),
    "end": dt.date(2025, 9, 22),
    "hours": (16, 4),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.kedaibulu.com.my/dasar-privasi",
                    "select": ".column.main > [data-content-type=\"row\"]",
                    "remove": "[data-content-type=\"products\"]"},
}
