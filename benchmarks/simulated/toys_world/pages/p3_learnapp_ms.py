"""Cerdik Cilik (Malaysian kids' learning app) legal centre on Nuxt 2 (SSR) + Contentful, Malay.

The legal centre renders three documents in tabs (Vue `v-show` panels, the inactive ones `display:none`): the
privacy policy (selected), the children's privacy notice and the terms of use (which get their own update).
Per visit: the sentry-trace/baggage meta of @nuxtjs/sentry; per deploy: `/_nuxt/` chunk hashes and the scoped
`data-v-` ids, also on every element of the policy's rich text; a live Google Play rating counter beside the
tabs; and, INSIDE the selected panel, the "Adakah halaman ini membantu?" feedback widget with live counts, which
the declaration removes."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.cerdikcilik.my/undang-undang/dasar-privasi"

POLICY = """
## Dasar Privasi

Dikemas kini: {UPDATED}

Cerdik Cilik Sdn. Bhd. ("Cerdik Cilik", "kami") menghormati privasi anda dan anak-anak anda. Dasar Privasi ini menerangkan bagaimana kami mengumpul, menggunakan, mendedahkan dan melindungi data peribadi apabila anda menggunakan aplikasi Cerdik Cilik, laman web cerdikcilik.my dan perkhidmatan berkaitan, selaras dengan Akta Perlindungan Data Peribadi 2010 ("Akta"). Dasar ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat sebarang percanggahan, versi Bahasa Malaysia hendaklah diguna pakai.

### Siapa kami

Cerdik Cilik ialah aplikasi pembelajaran awal untuk kanak-kanak berumur 3 hingga 9 tahun, merangkumi membaca, matematik, sains dan Jawi. Akaun dibuka dan diurus oleh ibu bapa atau penjaga, manakala kanak-kanak menggunakan profil pelajar di bawah akaun tersebut.

@ Cerdik Cilik Sdn. Bhd. (No. Pendaftaran: 201901023456 (1331234-K))
@ Aras 5, Blok 3730, Persiaran APEC
@ 63000 Cyberjaya, Selangor
@ Tel: +603-8320 1188
@ E-mel: privasi@cerdikcilik.my

### Data peribadi yang kami kumpul

| Kategori | Contoh | Sumber |
| Maklumat akaun ibu bapa | Nama, alamat e-mel, nombor telefon, kata laluan yang disulitkan | Anda |
| Maklumat profil pelajar | Nama panggilan, tahun lahir, tahap pembelajaran, avatar | Anda |
| Kemajuan pembelajaran | Aktiviti yang diselesaikan, markah, masa penggunaan, lencana | Aplikasi |
| Maklumat langganan | Pelan langganan, tarikh pembaharuan, sejarah pembayaran (tanpa butiran penuh kad) | Anda dan penyedia pembayaran |
| Maklumat peranti | Model peranti, versi sistem pengendalian, bahasa, pengecam aplikasi | Aplikasi |
| Komunikasi | Pertanyaan kepada khidmat pelanggan dan maklum balas | Anda |

Kami tidak meminta nama penuh, gambar, lokasi tepat atau maklumat sekolah kanak-kanak. Pilih nama panggilan dan bukan nama sebenar anak anda untuk profil pelajar.

### Privasi kanak-kanak

Kami hanya memproses data kanak-kanak dengan persetujuan ibu bapa atau penjaga yang membuka akaun. Kanak-kanak tidak boleh membuat pembelian, berbual dengan pengguna lain atau berkongsi kandungan di luar aplikasi. Semua pautan keluar, pembelian dan tetapan dilindungi oleh "pintu ibu bapa" yang memerlukan jawapan kepada soalan matematik mudah.

Aplikasi Cerdik Cilik tidak memaparkan iklan pihak ketiga kepada kanak-kanak, dan kami tidak menggunakan data kanak-kanak untuk pengiklanan bersasar atau untuk membina profil pemasaran. Butiran lanjut terdapat dalam Notis Privasi Kanak-kanak kami.

### Tujuan kami menggunakan data peribadi

Kami menggunakan data peribadi anda untuk:

- membuka dan mengurus akaun serta profil pelajar;
- menyediakan pelajaran yang sesuai dengan tahap anak anda dan menghantar laporan kemajuan mingguan kepada anda;
- memproses langganan, pembaharuan dan bayaran balik;
- menjawab pertanyaan dan aduan anda;
- menambah baik kandungan dan prestasi aplikasi berdasarkan statistik agregat;
- menghantar berita dan tawaran tentang Cerdik Cilik, jika anda bersetuju menerimanya;
- mematuhi kewajipan undang-undang dan permintaan pihak berkuasa yang sah.

### Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda atau anak anda. Kami berkongsi data hanya dengan penyedia perkhidmatan yang membantu kami mengendalikan perkhidmatan, di bawah perjanjian bertulis yang mewajibkan mereka melindungi data tersebut:

| Pihak ketiga | Tujuan | Lokasi |
| Amazon Web Services | Pengehosan pelayan dan pangkalan data | Singapura |
| Google Firebase | Pengesahan log masuk dan laporan ranap aplikasi | Amerika Syarikat |
| Apple App Store dan Google Play | Pembelian dalam aplikasi | Amerika Syarikat |
| Contentful | Pengurusan kandungan laman web (tiada data kanak-kanak) | Jerman |
| Freshdesk | Khidmat pelanggan | India |

Kami juga boleh mendedahkan data peribadi jika dikehendaki oleh undang-undang, perintah mahkamah atau pihak berkuasa kerajaan.

### Kuki dan teknologi serupa

Laman web cerdikcilik.my menggunakan kuki yang diperlukan untuk log masuk dan keselamatan, serta kuki analitik dan pemasaran jika anda memberikan persetujuan melalui sepanduk kuki. Anda boleh menukar pilihan anda pada bila-bila masa melalui pautan Tetapan Kuki di bahagian bawah laman. Aplikasi Cerdik Cilik untuk kanak-kanak tidak menggunakan kuki pengiklanan atau pengecam pengiklanan peranti.

### Pemasaran

Jika anda bersetuju, kami akan menghantar buletin e-mel tentang ciri baharu, tip pembelajaran di rumah dan tawaran langganan. Anda boleh berhenti melanggan pada bila-bila masa dengan menekan pautan dalam setiap e-mel atau melalui Tetapan dalam aplikasi. Kami tidak akan sekali-kali menghantar bahan pemasaran kepada kanak-kanak atau melalui profil pelajar.

### Pemindahan data ke luar Malaysia

Sebahagian penyedia perkhidmatan kami menyimpan data di luar Malaysia. Kami hanya memindahkan data ke luar Malaysia mengikut kehendak Akta dan memastikan penerima menyediakan tahap perlindungan yang setara, termasuk melalui klausa kontrak perlindungan data.

### Tempoh penyimpanan

Kami menyimpan data peribadi selama akaun anda aktif. Jika akaun tidak digunakan selama 24 bulan, kami akan menghantar notis kepada anda dan memadam akaun serta semua profil pelajar selepas 30 hari. Rekod transaksi disimpan selama tujuh tahun untuk tujuan percukaian.

### Keselamatan

Kami melindungi maklumat peribadi anda secara selamt dengan penyulitan semasa penghantaran dan semasa penyimpanan, kawalan akses berdasarkan peranan dan semakan keselamatan berkala. Kakitangan dan penyedia perkhidmatan yang mempunyai akses kepada data peribadi terikat dengan kewajipan kerahsiaan secara bertulis. Walaupun begitu, tiada sistem yang selamat sepenuhnya, dan kami menggalakkan anda menggunakan kata laluan yang kuat dan tidak berkongsinya dengan anak anda.

### Hak anda

Tertakluk kepada Akta, anda berhak untuk:

- meminta akses kepada data peribadi anda dan anak anda;
- meminta pembetulan data yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan anda pada bila-bila masa, termasuk persetujuan untuk pemasaran;
- meminta kami menghadkan pemprosesan data peribadi anda;
- memadam profil pelajar atau keseluruhan akaun melalui menu Tetapan dalam aplikasi.

Permintaan akses boleh dikenakan fi seperti yang dibenarkan oleh peraturan di bawah Akta. Kami akan menjawab permintaan anda dalam tempoh 21 hari.

### Hubungi kami

Sebarang pertanyaan, permintaan atau aduan mengenai data peribadi boleh dihantar kepada kami melalui privasi@cerdikcilik.my atau ke alamat di atas. Jika anda tidak berpuas hati dengan jawapan kami, anda boleh mengemukakan aduan kepada Jabatan Perlindungan Data Peribadi.

### Perubahan kepada Dasar Privasi ini

Kami mungkin mengemas kini Dasar Privasi ini dari semasa ke semasa. Perubahan penting akan dimaklumkan melalui e-mel atau pemberitahuan dalam aplikasi sebelum ia berkuat kuasa.
"""

MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
          "November", "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'selamt' -> 'selamat'", "bump": False,
     "repl": [("secara selamt dengan", "secara selamat dengan")]},
    {"note": "processor added to the third-party table: Billplz (FPX payments for web subscriptions)",
     "repl": [("| Apple App Store dan Google Play | Pembelian dalam aplikasi | Amerika Syarikat |",
               "| Apple App Store dan Google Play | Pembelian dalam aplikasi | Amerika Syarikat |\n"
               "| Billplz | Pembayaran FPX dan kad untuk langganan melalui laman web | Malaysia |")]},
    {"note": "sentence added: pronunciation recordings processed on the device",
     "repl": [("untuk pengiklanan bersasar atau untuk membina profil pemasaran.",
               "untuk pengiklanan bersasar atau untuk membina profil pemasaran. Rakaman suara untuk latihan sebutan "
               "diproses di dalam peranti sahaja dan tidak dihantar ke pelayan kami.")]},
    {"note": "inactive-account retention 24 -> 12 months",
     "repl": [("Jika akaun tidak digunakan selama 24 bulan", "Jika akaun tidak digunakan selama 12 bulan")]},
    {"note": "phone number changed",
     "repl": [("@ Tel: +603-8320 1188", "@ Tel: +603-8322 5500")]},
    {"note": "section added: data protection officer (PDPA amendment 2024)",
     "repl": [("### Hubungi kami\n",
               "### Pegawai Perlindungan Data\n\n"
               "Selaras dengan pindaan kepada Akta yang berkuat kuasa pada tahun 2025, kami telah melantik seorang "
               "Pegawai Perlindungan Data yang bertanggungjawab memantau pematuhan kami. Pegawai tersebut boleh "
               "dihubungi melalui dpo@cerdikcilik.my. Kami juga akan memaklumkan Pesuruhjaya Perlindungan Data "
               "Peribadi dan pengguna yang terjejas sekiranya berlaku pelanggaran data peribadi yang ketara.\n\n"
               "### Hubungi kami\n")]},
]

KIDS_NOTICE = [
    ("h2", "Notis Privasi Kanak-kanak"),
    ("p", "Notis ini menerangkan dengan ringkas bagaimana Cerdik Cilik melindungi anak anda semasa belajar."),
    ("ul", ["Kami hanya meminta nama panggilan dan tahun lahir anak anda.",
            "Tiada iklan, tiada sembang dan tiada pembelian tanpa pintu ibu bapa.",
            "Laporan kemajuan dihantar kepada ibu bapa sahaja.",
            "Ibu bapa boleh memadam profil pelajar pada bila-bila masa."]),
]

TERMS_V = [
    (dt.datetime(2000, 1, 1), "1 Mac 2022", "Langganan diperbaharui secara automatik melainkan dibatalkan sekurang-"
     "kurangnya 24 jam sebelum tarikh pembaharuan."),
    (dt.datetime(2024, 2, 19), "12 Februari 2024", "Langganan diperbaharui secara automatik melainkan dibatalkan "
     "sekurang-kurangnya 24 jam sebelum tarikh pembaharuan. Langganan tahunan yang dibeli melalui laman web boleh "
     "dibatalkan dengan bayaran balik penuh dalam tempoh 14 hari."),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["sentry"] = (C.hexs(rng, 32), C.hexs(rng, 16))

    def build():
        return {"chunks": [C.hexs(rng, 7) for _ in range(5)], "release": C.hexs(rng, 12),
                "v": {k: C.hexs(rng, 8) for k in ("layout", "header", "legal", "rich", "feedback", "footer",
                                                  "app")}}
    old = p.get("build")
    st["build"] = C.keep_or(rng, old, 0.25, build)
    # the app rating and its count as Google Play reports them (grows over time)
    days = (when - dt.datetime(2022, 1, 1)).days
    st["rating"] = (C.keep_or(rng, (p.get("rating") or (None,))[0], 0.2, lambda: rng.choice(["4.7", "4.8", "4.8"])),
                    18200 + days * 9 + rng.randint(0, 30))
    fb = p.get("feedback") or (260, 31)
    st["feedback"] = (fb[0] + rng.randint(0, 6), fb[1] + rng.randint(0, 2))
    st["terms"] = max(k for k, v in enumerate(TERMS_V) if v[0] <= when)
    return st


LABELS = {
    "sentry": "sentry-trace / baggage meta of @nuxtjs/sentry (per request)",
    "build": "deploy: /_nuxt/ chunk hashes, sentry release, scoped data-v ids (also on the policy's elements)",
    "rating": "live Google Play rating and review count in the app-download box beside the tabs",
    "feedback": "'Adakah halaman ini membantu?' counts INSIDE the policy panel (declaration removes .page-feedback)",
    "terms": "Terma Penggunaan tab (another document, hidden panel) updated",
}


def scoped(markup, vid):
    return re.sub(r"<([a-z][a-z0-9]*)(?=[\s>/])", r"<\1 data-v-%s" % vid, markup)


def render(st, blocks, when):
    b = st["build"]
    v = b["v"]
    ch = b["chunks"]
    rich = scoped(C.blocks_html(blocks, cls={"table": "rich-text__table"}), v["rich"])
    kids = scoped(C.blocks_html(KIDS_NOTICE), v["rich"])
    tdate, ttext = TERMS_V[st["terms"]][1:]
    terms = scoped(C.blocks_html([("h2", "Terma Penggunaan"), ("p", "Dikemas kini: " + tdate),
                                  ("p", "Dengan memuat turun atau menggunakan Cerdik Cilik, anda bersetuju dengan terma "
                                        "ini bagi pihak anda dan anak anda."),
                                  ("p", ttext)]), v["rich"])
    up, down = st["feedback"]
    rating, count = st["rating"]
    lv, hv, fv, fbv = v["layout"], v["legal"], v["footer"], v["feedback"]
    trace, span = st["sentry"]
    tabs = [("dasar-privasi", "Dasar Privasi"), ("notis-kanak-kanak", "Notis Privasi Kanak-kanak"),
            ("terma-penggunaan", "Terma Penggunaan")]
    tabbar = "".join('<button data-v-%s role="tab" id="tab-%s" aria-controls="panel-%s" aria-selected="%s" '
                     'class="legal-tabs__tab%s">%s</button>'
                     % (hv, k, k, "true" if n == 0 else "false", " legal-tabs__tab--active" if n == 0 else "", t)
                     for n, (k, t) in enumerate(tabs))
    feedback = ('<div data-v-%s data-v-%s class="page-feedback"><p data-v-%s class="page-feedback__q">Adakah halaman '
                'ini membantu?</p><button data-v-%s type="button" class="page-feedback__btn">👍 Ya <span data-v-%s>(%d)'
                '</span></button><button data-v-%s type="button" class="page-feedback__btn">👎 Tidak <span data-v-%s>'
                '(%d)</span></button></div>' % (fbv, hv, fbv, fbv, fbv, up, fbv, fbv, down))
    panels = ('<section data-v-%(h)s id="panel-dasar-privasi" role="tabpanel" aria-labelledby="tab-dasar-privasi" '
              'class="legal-tabs__panel"><article data-v-%(r)s class="rich-text">%(rich)s</article>%(fb)s</section>'
              '<section data-v-%(h)s id="panel-notis-kanak-kanak" role="tabpanel" aria-labelledby="tab-notis-kanak-'
              'kanak" class="legal-tabs__panel" style="display:none;"><article data-v-%(r)s class="rich-text">%(kids)s'
              '</article></section>'
              '<section data-v-%(h)s id="panel-terma-penggunaan" role="tabpanel" aria-labelledby="tab-terma-'
              'penggunaan" class="legal-tabs__panel" style="display:none;"><article data-v-%(r)s class="rich-text">'
              '%(terms)s</article></section>' % dict(h=hv, r=v["rich"], rich=rich, fb=feedback, kids=kids,
                                                     terms=terms))
    payload = ('window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{entry:{sys:{id:"5pQkR8nWc1vH2'
               'oLxYz3TbA",type:a,contentType:{sys:{id:"legalDocument"}}},fields:{title:"Pusat Undang-undang",slug:'
               '"dasar-privasi",tabs:[b,c,d]}},activeTab:b}],fetch:{},error:null,state:{auth:{loggedIn:false,user:'
               'null},i18n:{routeParams:{}},app:{locale:"ms",store:{rating:"%s",count:%d}}},serverRendered:true,'
               'routePath:"\\u002Fundang-undang\\u002Fdasar-privasi",config:{sentry:{config:{release:e}},_app:'
               '{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:null}}}}("Entry","dasar-privasi",'
               '"notis-kanak-kanak","terma-penggunaan","%s"));' % (rating, count, b["release"]))
    count_s = "{:,}".format(count)
    return """<!doctype html>
<html data-n-head-ssr lang="ms" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22ms%%22%%7D%%7D">
  <head >
    <title>Dasar Privasi | Cerdik Cilik</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Dasar Privasi, Notis Privasi Kanak-kanak dan Terma Penggunaan aplikasi Cerdik Cilik."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Dasar Privasi | Cerdik Cilik"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://images.ctfassets.net/q8v3kd2lz7xw/3Yc0bKfQm1/9d1c0f7e2a/og-cerdik-cilik.png"><meta data-n-head="ssr" data-hid="sentry-trace" name="sentry-trace" content="%(trace)s-%(span)s-0"><meta data-n-head="ssr" data-hid="baggage" name="baggage" content="sentry-environment=production,sentry-release=%(release)s,sentry-public_key=8c1f0e5b2d9a4c7e93a1f6b0d2e4c8a7,sentry-trace_id=%(trace)s,sentry-sample_rate=0.05,sentry-sampled=false"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="%(url)s"><link data-n-head="ssr" rel="alternate" hreflang="en" href="https://www.cerdikcilik.my/en/legal/privacy-policy"><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){if(w.doNotTrack||w[x][i])return;w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')}</script><link rel="preload" href="/_nuxt/%(c0)s.js" as="script"><link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script"><link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><link rel="preload" href="/_nuxt/%(c4)s.js" as="script"><style data-vue-ssr-id="%(lv)s:0 %(hv)s:0 %(fbv)s:0">.legal-tabs__tab[data-v-%(hv)s]{padding:.75rem 1.25rem;border-radius:999px;font-weight:700}.legal-tabs__tab--active[data-v-%(hv)s]{background:#ffcf3f;color:#2b1d5c}.page-feedback[data-v-%(fbv)s]{margin-top:2.5rem;display:flex;gap:.75rem;align-items:center}</style>
  </head>
  <body >
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-T5R2M9H&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(lv)s class="layout-default"><header data-v-%(hdv)s data-v-%(lv)s class="site-header"><a data-v-%(hdv)s href="/" aria-label="Cerdik Cilik" class="nuxt-link-active site-header__logo"><img data-v-%(hdv)s src="/_nuxt/img/logo-cerdik-cilik.4f2c1a9.svg" alt="Cerdik Cilik" width="148" height="40"></a> <nav data-v-%(hdv)s aria-label="Menu utama" class="site-header__nav"><a data-v-%(hdv)s href="/ciri-ciri" class="site-header__link">Ciri-ciri</a><a data-v-%(hdv)s href="/harga" class="site-header__link">Harga</a><a data-v-%(hdv)s href="/untuk-sekolah" class="site-header__link">Untuk Sekolah</a><a data-v-%(hdv)s href="/blog" class="site-header__link">Blog</a><a data-v-%(hdv)s href="/en/legal/privacy-policy" hreflang="en" class="site-header__lang">EN</a></nav> <a data-v-%(hdv)s href="https://app.cerdikcilik.my/daftar" class="btn btn--primary site-header__cta">Cuba percuma 7 hari</a></header> <main data-v-%(lv)s class="site-main"><div data-v-%(hv)s data-v-%(lv)s class="legal-centre"><div data-v-%(hv)s class="legal-centre__hero"><h1 data-v-%(hv)s>Pusat Undang-undang</h1> <p data-v-%(hv)s>Semua yang ibu bapa perlu tahu tentang privasi dan penggunaan Cerdik Cilik.</p></div> <div data-v-%(hv)s class="legal-centre__grid"><div data-v-%(hv)s class="legal-centre__main"><div data-v-%(hv)s role="tablist" aria-label="Dokumen" class="legal-tabs">%(tabbar)s</div> %(panels)s</div> <aside data-v-%(hv)s class="legal-centre__aside"><div data-v-%(av)s data-v-%(hv)s class="app-box"><img data-v-%(av)s src="/_nuxt/img/app-icon.8e1d0b3.png" alt="" width="64" height="64"> <p data-v-%(av)s class="app-box__title">Muat turun Cerdik Cilik</p> <p data-v-%(av)s class="app-box__rating"><span data-v-%(av)s class="stars" aria-hidden="true">★★★★★</span> %(rating)s · %(count)s ulasan di Google Play</p> <a data-v-%(av)s href="https://play.google.com/store/apps/details?id=my.cerdikcilik.app" rel="noopener" target="_blank" class="app-box__badge"><img data-v-%(av)s src="/_nuxt/img/google-play-ms.2a7c9f1.svg" alt="Dapatkan di Google Play"></a> <a data-v-%(av)s href="https://apps.apple.com/my/app/cerdik-cilik/id1584123456" rel="noopener" target="_blank" class="app-box__badge"><img data-v-%(av)s src="/_nuxt/img/app-store-ms.6b3e0d4.svg" alt="Muat turun di App Store"></a></div></aside></div></div></main> <footer data-v-%(fv)s data-v-%(lv)s class="site-footer"><div data-v-%(fv)s class="site-footer__cols"><div data-v-%(fv)s><p data-v-%(fv)s class="site-footer__heading">Cerdik Cilik</p><a data-v-%(fv)s href="/tentang-kami">Tentang kami</a><a data-v-%(fv)s href="/kerjaya">Kerjaya</a><a data-v-%(fv)s href="/hubungi-kami">Hubungi kami</a></div><div data-v-%(fv)s><p data-v-%(fv)s class="site-footer__heading">Undang-undang</p><a data-v-%(fv)s href="/undang-undang/dasar-privasi" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">Dasar Privasi</a><a data-v-%(fv)s href="/undang-undang/notis-kanak-kanak">Notis Privasi Kanak-kanak</a><a data-v-%(fv)s href="/undang-undang/terma-penggunaan">Terma Penggunaan</a></div></div> <p data-v-%(fv)s class="site-footer__copy">© Cerdik Cilik Sdn. Bhd. (1331234-K). Hak cipta terpelihara.</p></footer></div></div></div><script>%(payload)s</script><script src="/_nuxt/%(c0)s.js" defer></script><script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script><script src="/_nuxt/%(c4)s.js" defer></script>
  </body>
</html>
""" % dict(url=URL, trace=trace, span=span, release=b["release"], c0=ch[0], c1=ch[1], c2=ch[2], c3=ch[3], c4=ch[4],
           lv=lv, hv=hv, fbv=fbv, hdv=v["header"], fv=fv, av=v["app"], tabbar=tabbar, panels=panels,
           rating=rating, count=count_s, payload=payload)


PAGE = {
    "service": "Cerdik Cilik",
    "url": URL,
    "lang": "ms",
    "platform": "Nuxt 2 (SSR) + Contentful",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "Nuxt"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 30,
    "start": dt.date(2022, 4, 4),
    "end": dt.date(2025, 10, 15),
    "hours": (0, 8, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#panel-dasar-privasi", "remove": ".page-feedback"},
}
