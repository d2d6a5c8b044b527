"""Masa Mewah (Kuala Lumpur dealer in pre-owned luxury watches: buys, trades in, services and sells online), a
Shopify store on the Dawn theme, upgraded from Dawn 12 to Dawn 15 in October 2024. The privacy policy is Shopify's
own policy page (/policies/privacy-policy: `.shopify-policy__container` with the title and an `.rte` body, nothing
else), so everything volatile is around it: Shopify's per-request `__st.reqid`, the announcement-bar slides, a "Baru
Tiba" featured collection the owner added to the footer group, the Judge.me all-reviews badge."""
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
# Dasar privasi

Dikemas kini terakhir: {UPDATED}

Masa Mewah Sdn. Bhd. (No. Pendaftaran: 201801034567 (1295432-X)) ("Masa Mewah", "kami") menghormati privasi anda. Notis privasi ini menerangkan bagaimana kami mengumpul, menggunakan, mendedahkan dan melindungi data peribadi anda apabila anda melayari kedai dalam talian kami, membeli atau menjual jam tangan kepada kami, atau menghantar jam tangan anda untuk diservis, selaras dengan Akta Perlindungan Data Peribadi 2010 ("APDP").

## 1. Data peribadi yang kami kumpul

- Maklumat pengenalan: nama penuh dan nombor MyKad atau pasport, apabila anda menjual atau menukar beli (trade-in) jam tangan kepada kami atau membuat pembelian bernilai tinggi.
- Maklumat perhubungan: alamat penghantaran dan pengebilan, alamat e-mel, nombor telefon dan WhatsApp.
- Maklumat transaksi: jam tangan yang dibeli atau dijual, nombor siri dan nombor rujukan, dokumen pemilikan seperti kotak dan kad jaminan, harga dan kaedah pembayaran.
- Maklumat servis: jenama, model, keadaan jam tangan, gambar semasa penerimaan dan anggaran kos pembaikan.
- Maklumat teknikal: alamat IP, jenis pelayar dan peranti, serta kuki yang ditetapkan oleh kedai Shopify kami.

## 2. Tujuan pemprosesan

Kami memproses data peribad anda untuk:

- memproses pesanan, pembayaran dan penghantaran berinsurans;
- menilai dan membeli jam tangan terpakai, termasuk menyemak nombor siri dengan pangkalan data jam tangan yang dilaporkan hilang atau dicuri;
- menguruskan servis, pembaikan dan tuntutan jaminan;
- mematuhi kewajipan di bawah Akta Pencegahan Pengubahan Wang Haram, Pencegahan Pembiayaan Keganasan dan Hasil daripada Aktiviti Haram 2001 serta undang-undang cukai;
- menghantar berita koleksi baharu dan promosi, hanya jika anda memberikan persetujuan.

## 3. Pendedahan kepada pihak ketiga

Kami hanya mendedahkan data peribadi anda kepada pihak berikut setakat yang perlu:

- Shopify International Limited, penyedia platform kedai dalam talian kami;
- iPay88 (M) Sdn. Bhd. dan Atome, untuk pembayaran kad, FPX dan ansuran;
- Pos Malaysia Berhad (Pos Laju), untuk penghantaran berinsurans;
- The Watch Register, untuk semakan nombor siri jam tangan terpakai;
- juruaudit, penasihat cukai dan pihak berkuasa kerajaan apabila dikehendaki oleh undang-undang.

Kami tidak menjual data peribadi anda kepada mana-mana pihak.

## 4. Pemindahan data ke luar Malaysia

Shopify dan sesetengah penyedia perkhidmatan kami menyimpan data di pelayan di luar Malaysia, termasuk di Kanada, Amerika Syarikat dan Singapura. Kami memastikan pemindahan tersebut dilindungi dengan langkah perlindungan yang setara dengan APDP.

## 5. Tempoh penyimpanan

Rekod transaksi, salinan dokumen pengenalan dan dokumen pemilikan jam tangan disimpan selama 6 tahun selepas transaksi terakhir. Rekod servis disimpan selama 3 tahun. Data pemasaran dipadam apabila anda menarik balik persetujuan.

## 6. Keselamatan data

Kami mengambil langkah teknikal dan organisasi yang munasabah untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan dan akses tanpa kebenaran. Dokumen pengenalan disimpan dalam sistem yang hanya boleh dicapai oleh kakitangan yang diberi kuasa.

## 7. Hak anda

Anda berhak meminta akses kepada data peribadi anda, meminta pembetulan data yang tidak tepat, menarik balik persetujuan dan meminta kami menghentikan pemprosesan bagi tujuan pemasaran langsung. Kami akan menjawab permintaan anda dalam tempoh 21 hari. Kami boleh mengenakan fi yang dibenarkan oleh undang-undang bagi permintaan akses.

## 8. Hubungi kami

@ Masa Mewah Sdn. Bhd.
@ Suite 12-3, Menara Ampang, Jalan Ampang, 50450 Kuala Lumpur
@ E-mel: [privasi@masamewah.com.my](mailto:privasi@masamewah.com.my)
@ Telefon / WhatsApp: +60 12-338 7721
"""

EDITS = [
    {"note": "typo fixed (peribad -> peribadi), date unchanged", "bump": False,
     "repl": [("Kami memproses data peribad anda untuk:", "Kami memproses data peribadi anda untuk:")]},
    {"note": "list item added: GDEX courier",
     "repl": [("- Pos Malaysia Berhad (Pos Laju), untuk penghantaran berinsurans;",
               "- Pos Malaysia Berhad (Pos Laju) dan GD Express Sdn. Bhd. (GDEX), untuk penghantaran berinsurans;")]},
    {"note": "retention of transaction and ID records extended from 6 to 7 years",
     "repl": [("disimpan selama 6 tahun selepas transaksi terakhir", "disimpan selama 7 tahun selepas transaksi terakhir")]},
    {"note": "showroom address changed",
     "repl": [("@ Suite 12-3, Menara Ampang, Jalan Ampang, 50450 Kuala Lumpur",
               "@ Lot 1-07, Wisma Jam, Jalan Sultan Ismail, 50250 Kuala Lumpur")]},
    {"note": "section added: data protection officer (PDPA amendment 2024)",
     "repl": [("## 8. Hubungi kami",
               "## 8. Pegawai Perlindungan Data\n\n"
               "Selaras dengan Akta Perlindungan Data Peribadi (Pindaan) 2024, kami telah melantik seorang Pegawai "
               "Perlindungan Data. Sebarang pertanyaan atau aduan berkenaan data peribadi anda boleh dihantar kepada "
               "beliau di [dpo@masamewah.com.my](mailto:dpo@masamewah.com.my).\n\n"
               "## 9. Hubungi kami")]},
    {"note": "sentence added: data breach notification",
     "repl": [("hanya boleh dicapai oleh kakitangan yang diberi kuasa.",
               "hanya boleh dicapai oleh kakitangan yang diberi kuasa. Sekiranya berlaku pelanggaran data peribadi "
               "yang boleh menyebabkan kemudaratan yang ketara, kami akan memaklumkan Pesuruhjaya Perlindungan Data "
               "Peribadi dan anda tanpa kelewatan yang tidak wajar.")]},
]

STOCK = [
    ("rolex-datejust-36-126234", "Rolex Datejust 36 126234 Blue Dial (2021, Lengkap Kotak &amp; Kad)", 58900),
    ("omega-speedmaster-moonwatch-310-30-42", "Omega Speedmaster Moonwatch Professional 310.30.42 (2022)", 26500),
    ("tudor-black-bay-58-79030b", "Tudor Black Bay 58 Navy Blue 79030B (2020)", 14200),
    ("rolex-oyster-perpetual-41-124300", "Rolex Oyster Perpetual 41 124300 Silver (2022)", 39800),
    ("cartier-santos-medium-wssa0029", "Cartier Santos Medium WSSA0029 (2021)", 27800),
    ("grand-seiko-sbga413-shunbun", "Grand Seiko SBGA413 Shunbun Spring Drive (2020)", 21900),
    ("iwc-portugieser-chronograph-iw371605", "IWC Portugieser Chronograph IW371605 (2021)", 32500),
    ("rolex-gmt-master-ii-126710blro", "Rolex GMT-Master II Pepsi 126710BLRO Jubilee (2019)", 88500),
    ("tag-heuer-monaco-cbl2111", "TAG Heuer Monaco Calibre Heuer 02 CBL2111 (2021)", 19800),
    ("omega-seamaster-300m-210-30-42", "Omega Seamaster Diver 300M 210.30.42 Blue (2023)", 20400),
    ("panerai-luminor-marina-pam01312", "Panerai Luminor Marina PAM01312 (2019)", 24300),
    ("tudor-pelagos-fxd-25707b", "Tudor Pelagos FXD Marine Nationale 25707B (2022)", 17600),
]

DAWN_15 = dt.datetime(2024, 10, 8, 2, 0)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ms"][d.month - 1], d.year)


def _slides(loc):
    d = loc.date()
    base = ["Penghantaran percuma &amp; berinsurans ke seluruh Malaysia",
            "Kami membeli jam tangan mewah anda &mdash; sebut harga dalam 24 jam"]
    spans = [
        (dt.date(2024, 1, 25), dt.date(2024, 2, 24), "Gong Xi Fa Cai! Tali jam kulit percuma untuk setiap pembelian"),
        (dt.date(2024, 3, 25), dt.date(2024, 4, 20), "Salam Aidilfitri &mdash; bilik pameran tutup 10 hingga 12 April"),
        (dt.date(2024, 8, 20), dt.date(2024, 9, 16), "Jualan Merdeka: servis penuh pada harga istimewa"),
        (dt.date(2024, 11, 1), dt.date(2024, 11, 12), "11.11: ansuran 0%% dengan Atome sehingga 12 bulan".replace("%%", "%")),
        (dt.date(2025, 1, 15), dt.date(2025, 2, 12), "Gong Xi Fa Cai! Tali jam kulit percuma untuk setiap pembelian"),
        (dt.date(2025, 3, 15), dt.date(2025, 4, 8), "Salam Aidilfitri &mdash; bilik pameran tutup 31 Mac hingga 2 April"),
        (dt.date(2025, 8, 20), dt.date(2025, 9, 16), "Jualan Merdeka: servis penuh pada harga istimewa"),
        (dt.date(2025, 11, 1), dt.date(2025, 11, 12), "11.11: ansuran 0% dengan Atome sehingga 12 bulan"),
    ]
    for a, b, text in spans:
        if a <= d <= b:
            return tuple([text] + base)
    return tuple(base)


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "my")
    dawn15 = when >= DAWN_15

    def assets():
        return (C.epoch(when) - rng.randint(3600, 1200000), str(rng.randint(10 ** 18, 10 ** 19)))

    a = p.get("assets")
    if a is None or (p.get("theme") == "Dawn 12.0.0") == dawn15 or rng.random() < 0.15:
        a = assets()

    def shelf():
        picks = rng.sample(range(len(STOCK)), 4)
        return tuple((k, rng.random() < 0.3) for k in picks)

    old_shelf = p.get("shelf")
    if old_shelf is None or rng.random() < 0.6:
        new = shelf()
    else:  # same pieces, some sold in the meantime
        new = tuple((k, sold or rng.random() < 0.3) for k, sold in old_shelf)
    jd = p.get("judgeme", (587, "4.93"))
    n = jd[0] + rng.randint(0, 9)
    return {
        "reqid": "%s-%d" % (C.uuid4(rng), C.epoch(when)),
        "theme": "Dawn 15.2.0" if dawn15 else "Dawn 12.0.0",
        "assets": a,
        "slides": _slides(loc),
        "shelf": new,
        "judgeme": (n, rng.choice(["4.92", "4.93", "4.93", "4.94"])),
    }


LABELS = {
    "reqid": "Shopify __st.reqid (per request)",
    "theme": "theme version (Dawn 12.0.0, then Dawn 15.2.0 from October 2024: theme id and markup)",
    "assets": "theme asset ?v= stamps (theme edited / published)",
    "slides": "announcement-bar slides (Chinese New Year, Hari Raya, Merdeka, 11.11)",
    "shelf": "'Baru Tiba' featured collection in the footer group (new stock, sold badges)",
    "judgeme": "Judge.me all-reviews badge in the footer (count, average)",
}


def _rte(blocks):
    return K.render_blocks(blocks, sep="\n", addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    dawn15 = state["theme"].startswith("Dawn 15")
    tid = "t/19" if dawn15 else "t/12"
    theme_id = 136781234567 if dawn15 else 132456789012
    schema = state["theme"].split()[1]
    stamp, vh = state["assets"]
    cdn = "//masamewah.com.my/cdn/shop/%s/assets/" % tid

    def asset(name):
        h = hashlib.sha1((name + vh).encode()).hexdigest()
        return "%s%s?v=%d%d" % (cdn, name, int(h[:10], 16) % 10 ** 11, stamp)

    sec = "sections--17829123456789" if dawn15 else "sections--16543210987654"
    slides = "".join(
        """<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-%(sec)s__announcement-bar-%(n)d" role="group" aria-roledescription="Pengumuman" aria-label="%(n)d daripada %(t)d" tabindex="-1"><div class="announcement-bar__announcement" role="region" aria-label="Pengumuman"><p class="announcement-bar__message h5"><span>%(text)s</span></p></div></div>""" % {
            "sec": sec, "n": n + 1, "t": len(state["slides"]), "text": s} for n, s in enumerate(state["slides"]))
    cards = []
    for k, sold in state["shelf"]:
        handle, name, price = STOCK[k]
        pid = 7000000000000 + (int(hashlib.sha1(handle.encode()).hexdigest()[:8], 16) % 10 ** 9)
        badge = ('<span id="Badge-%s-%d" class="badge badge--bottom-left color-scheme-3">Habis dijual</span>' % (sec, pid)
                 if sold else "")
        cards.append("""<li id="Slide-%(sec)s__featured_collection-%(pid)d" class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media" style="--ratio-percent: 100.0%%;"><div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100.0%%;"><div class="card__media"><div class="media media--transparent media--hover-effect"><img src="//masamewah.com.my/cdn/shop/files/%(handle)s-1.jpg?v=%(stamp)d&amp;width=533" alt="%(name)s" class="motion-reduce" loading="lazy" width="1200" height="1200"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-%(sec)s__featured_collection-%(pid)d"><a href="/products/%(handle)s" id="CardLink-%(sec)s__featured_collection-%(pid)d" class="full-unstyled-link" aria-labelledby="CardLink-%(sec)s__featured_collection-%(pid)d %(badge_id)s">%(name)s</a></h3><div class="card-information"><span class="caption-large light"></span><div class="price%(soldcls)s"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Harga biasa</span><span class="price-item price-item--regular">RM%(price)s.00 MYR</span></div></div></div></div></div><div class="card__badge bottom left">%(badge)s</div></div></div></div></li>""" % {
            "sec": sec, "pid": pid, "handle": handle, "stamp": stamp, "name": name, "price": K.thousands(price, ","),
            "badge": badge, "badge_id": ("Badge-%s-%d" % (sec, pid)) if sold else "",
            "soldcls": " price--sold-out" if sold else ""})
    jn, jscore = state["judgeme"]
    header_open = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">'
                   if not dawn15 else
                   '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><div class="header-wrapper__inner">')
    header_close = "</sticky-header>" if not dawn15 else "</div></sticky-header>"
    doc = """<!doctype html>
<html class="js" lang="ms">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://masamewah.com.my/policies/privacy-policy">
    <link rel="icon" type="image/png" href="//masamewah.com.my/cdn/shop/files/favicon-mm.png?crop=center&height=32&v=1683012345&width=32">
    <title>
      Dasar privasi
 &ndash; Masa Mewah</title>
<meta property="og:site_name" content="Masa Mewah">
<meta property="og:url" content="https://masamewah.com.my/policies/privacy-policy">
<meta property="og:title" content="Dasar privasi">
<meta property="og:type" content="website">
<meta property="og:description" content="Jam tangan mewah terpakai yang disahkan tulen di Kuala Lumpur.">
    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="shopify-checkout-api-token" content="0f7b51b2d9e4c8a63e1f20d5b7c94a18">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=ms-MY"></script>
<script id="shopify-features" type="application/json">{"accessToken":"0f7b51b2d9e4c8a63e1f20d5b7c94a18","betas":["rich-media-storefront-analytics"],"domain":"masamewah.com.my","predictiveSearch":true,"shopId":61234567890,"locale":"ms"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "masa-mewah.myshopify.com";
Shopify.locale = "ms";
Shopify.currency = {"active":"MYR","rate":"1.0"};
Shopify.country = "MY";
Shopify.theme = {"name":"Dawn","id":%(theme_id)d,"schema_name":"Dawn","schema_version":"%(schema)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "masamewah.com.my/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script id="__st">var __st={"a":61234567890,"offset":28800,"reqid":"%(reqid)s","pageurl":"masamewah.com.my\\/policies\\/privacy-policy","u":"5e9a0c3b7d21","p":"policy"};</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(base_css)s" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="%(jdgm_css)s" media="print" onload="this.media='all'">
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Langkau ke kandungan
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-%(sec)s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="%(slide_css)s" rel="stylesheet" type="text/css" media="all" />
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border" ><div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Karusel" aria-label="Bar pengumuman"><div class="announcement-bar-slider slider-buttons"><button type="button" class="slider-button slider-button--prev" name="previous" aria-label="Pengumuman sebelumnya" aria-controls="Slider-%(sec)s__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg></button><div class="grid grid--1-col slider slider--everywhere" id="Slider-%(sec)s__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">%(slides)s</div><button type="button" class="slider-button slider-button--next" name="next" aria-label="Pengumuman seterusnya" aria-controls="Slider-%(sec)s__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg></button></div></slideshow-component><div class="localization-wrapper"></div></div></div>
</div><div id="shopify-section-%(sec)s__header" class="shopify-section shopify-section-group-header-group section-header">%(header_open)s<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//masamewah.com.my/cdn/shop/files/masa-mewah-logo.png?v=1683012345&amp;width=600" alt="Masa Mewah" width="180" height="48.0" loading="eager" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a id="HeaderMenu-rolex" href="/collections/rolex" class="header__menu-item list-menu__item link link--text focus-inset"><span>Rolex</span></a></li><li><a id="HeaderMenu-semua-jam-tangan" href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset"><span>Semua Jam Tangan</span></a></li><li><a id="HeaderMenu-jual-jam-anda" href="/pages/jual-jam-anda" class="header__menu-item list-menu__item link link--text focus-inset"><span>Jual Jam Anda</span></a></li><li><a id="HeaderMenu-servis" href="/pages/servis" class="header__menu-item list-menu__item link link--text focus-inset"><span>Servis</span></a></li><li><a id="HeaderMenu-hubungi-kami" href="/pages/hubungi-kami" class="header__menu-item list-menu__item link link--text focus-inset"><span>Hubungi Kami</span></a></li></ul></nav>
<div class="header__icons"><a href="/search" class="header__icon header__icon--search link focus-inset"><span class="visually-hidden">Cari</span></a><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log masuk</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Troli</span></a></div>
</header>%(header_close)s
</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
              %(rte)s
          </div>
        </div>
      </div>

    </main>

<!-- BEGIN sections: footer-group -->
<div id="shopify-section-%(sec)s__featured_collection" class="shopify-section shopify-section-group-footer-group section"><div class="color-scheme-1 gradient"><div class="collection section-%(sec)s__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Baru Tiba</h2></div><slider-component class="slider-mobile-gutter page-width page-width-desktop scroll-trigger animate--slide-in"><ul id="Slider-%(sec)s__featured_collection" class="grid product-grid contains-card contains-card--product contains-card--standard grid--4-col-desktop grid--2-col-tablet-down" role="list" aria-label="Gelangsar">%(cards)s</ul></slider-component><div class="center collection__view-all"><a href="/collections/baru-tiba" class="button" aria-labelledby="ViewAll-%(sec)s__featured_collection">Lihat semua</a></div></div></div></div>
<div id="shopify-section-%(sec)s__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-%(sec)s__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Langgan berita kami</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--%(sec)s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mel" required><label class="field__label" for="NewsletterForm--%(sec)s__footer">E-mel</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-controls="Newsletter-subscription" aria-label="Langgan"></button></div></div></form></div></div>
<div class="jdgm-widget jdgm-all-reviews-rating-wrapper"><a href="/pages/ulasan" class="jdgm-all-reviews-rating" data-score="%(jscore)s" data-number-of-reviews="%(jn)d"><span class="jdgm-prev-badge__stars" data-score="%(jscore)s" tabindex="0" aria-label="%(jscore)s bintang" role="button"></span><span class="jdgm-all-reviews-text__text">Daripada %(jn)d ulasan</span></a></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/">Masa Mewah</a></small><small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Dikuasakan oleh Shopify</a></small><ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Dasar bayaran balik</a></li><li><a href="/policies/privacy-policy">Dasar privasi</a></li><li><a href="/policies/terms-of-service">Terma perkhidmatan</a></li><li><a href="/policies/shipping-policy">Dasar penghantaran</a></li></ul></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
    <script>
      window.shopUrl = 'https://masamewah.com.my';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `Terdapat ralat semasa mengemaskinikan troli anda. Sila cuba lagi.`,
        quantityError: `Anda hanya boleh menambah [quantity] item ini ke dalam troli anda.`,
      };
    </script>
    <script src="%(jdgm_js)s" defer="defer"></script>
    <div id="wa-chat-btn-root" data-phone="60123387721" data-text="Salam, saya berminat dengan jam tangan di laman web anda"></div>
  </body>
</html>
""" % {"constants": asset("constants.js"), "pubsub": asset("pubsub.js"), "global": asset("global.js"),
       "base_css": asset("base.css"), "slide_css": asset("component-slideshow.css"),
       "jdgm_css": asset("judgeme_widgets.css"), "jdgm_js": asset("judgeme_loader.js"),
       "theme_id": theme_id, "schema": schema, "reqid": state["reqid"], "sec": sec, "slides": slides,
       "header_open": header_open, "header_close": header_close, "title": K.esc(title), "rte": _rte(rest),
       "cards": "".join(cards), "jscore": jscore, "jn": jn, "year": when.year}
    return doc


PAGE = {
    "service": "Masa Mewah",
    "url": "https://masamewah.com.my/policies/privacy-policy",
    "lang": "ms",
    "platform": "Shopify, Dawn theme (12.0.0, then 15.2.0), Judge.me",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff"),
                      ("Powered-By", "Shopify"), ("Vary", "Accept")],
    "n": 30,
    "start": dt.date(2024, 3, 4),
    "end": dt.date(2025, 11, 20),
    "hours": (0, 4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 10, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://masamewah.com.my/policies/privacy-policy",
        "select": ".shopify-policy__container",
    },
}
