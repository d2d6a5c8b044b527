"""An Indonesian online legal-consultation platform on Angular Universal (SSR), Indonesian.

The policy is the <article class="legal-article"> of the app-privacy-policy route component: the title and the
"Terakhir diperbarui" line from the component's template, the body from the CMS through [innerHTML]; the
declaration selects .legal-article. Per request: the "advokat sedang online" counter in the header and the
server transfer state (the stats API response with its timestamp; the CMS response again, outside the
article). Sticky: the promo bar (Ramadan and 12.12 campaigns, an A/B first-consultation offer), the bundle
hashes per deploy. In January 2024 the app moves from Angular 15 (serverApp-state with &q; escapes,
_ngcontent-serverapp-cNN) to Angular 17 (application builder chunk names, ng-state JSON, hydration ngh
attributes, _ngcontent-ng-cNNNNNNNNNN): the attributes on the selected article itself change with the build.
"""
import datetime as dt
import html
import json

import common as C

POLICY = """# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Solusi Hukum Nusantara ("Advokatku" atau "kami") memperoleh, mengumpulkan, mengolah, menganalisis, menyimpan, menampilkan, mengirimkan, dan menghapus data pribadi Anda ketika Anda menggunakan situs web, aplikasi seluler, dan layanan konsultasi hukum Advokatku. Kebijakan ini disusun berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP) serta peraturan perundang-undangan terkait. Dengan menggunakan layanan kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.

## 1. Tentang Kami

Advokatku adalah platform teknologi yang menghubungkan Anda dengan advokat mitra untuk konsultasi hukum melalui chat, telepon, dan panggilan video, serta untuk pembuatan dokumen hukum. Advokat mitra adalah advokat independen yang terdaftar dan telah diambil sumpahnya sesuai Undang-Undang Nomor 18 Tahun 2003 tentang Advokat. Dalam pemrosesan data pribadi untuk layanan platform, kami bertindak sebagai pengendali data pribadi.

@ PT Solusi Hukum Nusantara
@ Menara Kuningan Lantai 12
@ Jl. H.R. Rasuna Said Blok X-7 Kav. 5
@ Jakarta Selatan 12940
@ Email: privasi@advokatku.id

## 2. Data Pribadi yang Kami Kumpulkan

### Data yang Anda berikan kepada kami

- nama lengkap, alamat email, dan nomor ponsel saat Anda mendaftar
- nomor induk kependudukan (NIK) dan foto KTP untuk verifikasi identitas sebelum penandatanganan surat kuasa
- isi konsultasi, kronologi permasalahan, dan dokumen yang Anda unggah
- data pembayaran, seperti metode pembayaran dan nomor referensi transaksi
- ulasan dan penilaian yang Anda berikan kepada advokat

### Data yang kami kumpulkan secara otomatis

- jenis perangkat, sistem operasi, dan versi aplikasi
- alamat IP, log akses, serta waktu dan durasi penggunaan layanan
- perkiraan lokasi berdasarkan alamat IP, untuk merekomendasikan advokat di kota Anda
- informasi dari cookie dan teknologi serupa

### Data dari pihak ketiga

Jika Anda masuk menggunakan akun Google, kami menerima nama dan alamat email Anda dari Google. Mitra pembayaran kami mengirimkan status transaksi kepada kami.

## 3. Tujuan Pemrosesan Data

Kami memproses data pribadi Anda untuk:

- membuat dan mengelola akun Anda
- mencocokkan permasalahan Anda dengan advokat mitra yang sesuai dengan bidang hukum dan lokasi Anda
- menyelenggarakan sesi konsultasi dan menyimpan riwayatnya agar dapat Anda akses kembali
- memproses pembayaran, pengembalian dana, dan penagihan
- memverifikasi identitas dan mencegah penipuan serta penyalahgunaan layanan
- mengirimkan pemberitahuan layanan dan, dengan persetujuan Anda, informasi promosi
- menganalisis penggunaan layanan untuk meningkatkan kualitas platform
- memenuhi kewajiban hukum dan permintaan instansi yang berwenang

## 4. Dasar Pemrosesan

Sesuai Pasal 20 UU PDP, kami memproses data pribadi Anda berdasarkan persetujuan yang sah, pemenuhan kewajiban perjanjian dengan Anda, pemenuhan kewajiban hukum, dan kepentingan yang sah dari kami, misalnya untuk menjaga keamanan platform. Untuk data pribadi yang bersifat spesifik, seperti data yang berkaitan dengan perkara pidana atau kesehatan yang Anda sampaikan dalam konsultasi, kami hanya memprosesnya atas persetujuan eksplisit Anda.

## 5. Kerahasiaan Konsultasi

Isi konsultasi antara Anda dan advokat mitra dilindungi oleh kewajiban kerahasiaan advokat sebagaimana diatur dalam Pasal 19 Undang-Undang Advokat. Tim Advokatku tidak membaca isi konsultasi Anda, kecuali jika diperlukan untuk menangani keluhan yang Anda ajukan, untuk menyelidiki pelanggaran ketentuan layanan, atau karena diwajibkan oleh hukum. Setiap akses semacam itu dicatat dan dibatasi pada staf yang berwenang.

## 6. Pengungkapan Data kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Kami hanya membagikan data pribadi kepada pihak-pihak berikut sejauh diperlukan:

| Penerima | Tujuan | Lokasi |
| Advokat mitra | memberikan konsultasi dan pendampingan hukum | Indonesia |
| PT Midtrans | pemrosesan pembayaran | Jakarta, Indonesia |
| PT Privy Identitas Digital | verifikasi identitas dan tanda tangan elektronik | Jakarta, Indonesia |
| Amazon Web Services, Inc. | penyimpanan data dan infrastruktur server | Jakarta, Indonesia |
| Google LLC | analitik aplikasi dan notifikasi (Firebase) | Amerika Serikat |

Kami juga dapat mengungkapkan data pribadi kepada aparat penegak hukum atau instansi pemerintah apabila diwajibkan oleh peraturan perundang-undangan atau putusan pengadilan.

## 7. Penyimpanan dan Masa Retensi

Data pribadi Anda disimpan pada server di wilayah Indonesia. Kami menyimpan data pribadi selama diperlukan untuk tujuan pemrosesan atau selama diwajibkan oleh peraturan.

| Jenis data | Masa retensi |
| Data akun | selama akun aktif dan 1 tahun setelah akun ditutup |
| Riwayat konsultasi dan dokumen | 5 tahun sejak konsultasi terakhir |
| Rekaman panggilan video | 1 tahun sejak sesi berlangsung |
| Data transaksi | 10 tahun sesuai ketentuan dokumen perusahaan dan perpajakan |
| Log akses | 6 bulan |

Setelah masa retensi berakhir, data pribadi akan dihapus atau dianonimkan sehingga tidak dapat lagi mengidentifikasi Anda.

## 8. Keamanan Data

Kami menerapkan langkah-langkah teknis dan organisasi untuk melindungi data pribadi Anda, termasuk enkripsi data saat dikirim dan disimpan, pembatasan akses berdasarkan peran, autentikasi dua faktor bagi staf, serta pengujian keamanan secara berkala. Apabila terjadi kegagalan pelindungan data pribadi, kami akan memberitahukannya kepada Anda dan kepada lembaga yang berwenang paling lambat 3 x 24 jam sesuai Pasal 46 UU PDP.

## 9. Hak Anda sebagai Subjek Data Pribadi

Sesuai UU PDP, Anda berhak untuk:

- mendapatkan informasi tentang kejelasan identitas, dasar kepentingan hukum, dan tujuan pemrosesan data pribadi Anda
- melengkapi, memperbarui, dan memperbaiki data pribadi Anda
- mengakses dan memperoleh salinan data pribadi Anda
- mengakhiri pemrosesan, menghapus, dan/atau memusnahkan data pribadi Anda
- menarik kembali persetujuan yang telah Anda berikan
- mengajukan keberatan atas pengambilan keputusan yang hanya didasarkan pada pemrosesan secara otomatis
- menunda atau membatasi pemrosesan data pribadi Anda
- mendapatkan dan/atau menggunakan data pribadi Anda dalam format yang umum digunakan

Anda dapat menggunakan hak-hak tersebut melalui menu Pengaturan Akun di aplikasi atau dengan mengirim email ke privasi@advokatku.id. Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan diterima.

## 10. Data Pribadi Anak

Layanan kami ditujukan bagi pengguna berusia 18 tahun ke atas. Konsultasi mengenai anak, misalnya dalam perkara hak asuh, harus dilakukan oleh orang tua atau wali. Jika kami mengetahui bahwa kami memproses data pribadi anak tanpa persetujuan orang tua atau wali, kami akan menghapusnya.

## 11. Perubahan Kebijakan Privasi

Kami dapat mengubah Kebijakan Privasi ini dari waktu ke waktu. Perubahan yang penting akan kami beritahukan melalui aplikasi atau email sebelum berlaku.

## 12. Hubungi Kami

Jika Anda memiliki pertanyaan tentang Kebijakan Privasi ini, silakan hubungi Pejabat Pelindungan Data Pribadi kami melalui email dpo@advokatku.id atau melalui [halaman bantuan](/bantuan)."""

EDITS = [
    {"note": "word inserted: partner advocates 'berlisensi' (date not bumped)", "bump": False,
     "repl": [("yang menghubungkan Anda dengan advokat mitra untuk",
               "yang menghubungkan Anda dengan advokat mitra berlisensi untuk")]},
    {"note": "processor added to the table: PT Xendit (payments and advocates' fee payouts)",
     "repl": [("| PT Midtrans | pemrosesan pembayaran | Jakarta, Indonesia |",
               "| PT Midtrans | pemrosesan pembayaran | Jakarta, Indonesia |\n"
               "| PT Xendit | pemrosesan pembayaran dan pencairan honorarium advokat | Jakarta, Indonesia |")]},
    {"note": "section added: cross-border transfers (UU PDP Pasal 56)",
     "repl": [("Kami juga dapat mengungkapkan data pribadi kepada aparat penegak hukum",
               "### Transfer Data Pribadi ke Luar Negeri\n\n"
               "Sebagian data, seperti data analitik aplikasi, diproses oleh penyedia layanan di luar wilayah "
               "Indonesia. Sesuai Pasal 56 UU PDP, kami memastikan bahwa negara tujuan memiliki tingkat pelindungan "
               "data pribadi yang setara atau lebih tinggi, atau bahwa terdapat pelindungan data pribadi yang memadai "
               "dan bersifat mengikat, atau kami meminta persetujuan Anda terlebih dahulu.\n\n"
               "Kami juga dapat mengungkapkan data pribadi kepada aparat penegak hukum")]},
    {"note": "retention of video-call recordings shortened from 1 year to 90 days",
     "repl": [("| Rekaman panggilan video | 1 tahun sejak sesi berlangsung |",
               "| Rekaman panggilan video | 90 hari sejak sesi berlangsung |")]},
    {"note": "the company moved: new office address",
     "repl": [("@ Menara Kuningan Lantai 12\n@ Jl. H.R. Rasuna Said Blok X-7 Kav. 5\n@ Jakarta Selatan 12940",
               "@ Graha CIMB Niaga Lantai 8\n@ Jl. Jend. Sudirman Kav. 58\n@ Jakarta Selatan 12190")]},
]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


NG17 = dt.datetime(2024, 1, 22)
RAMADAN = [(dt.date(2022, 4, 2), dt.date(2022, 5, 1)), (dt.date(2023, 3, 23), dt.date(2023, 4, 21)),
           (dt.date(2024, 3, 11), dt.date(2024, 4, 9)), (dt.date(2025, 3, 1), dt.date(2025, 3, 30))]
PROMOS = ["Konsultasi pertama hanya Rp29.000 dengan kode HUKUMPERTAMA",
          "Gratis 15 menit konsultasi untuk pengguna baru",
          "Buat surat perjanjian sewa mulai Rp99.000, langsung ditinjau advokat"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    v17 = when >= NG17
    s["angular"] = "17.1.2" if v17 else "15.2.9"
    same = prev.get("angular") == s["angular"]

    def build():
        if v17:
            return ("ng", C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                    C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), rng.randint(1000000000, 4294967295),
                    rng.randint(1000000000, 4294967295))
        return ("sa", C.hexs(rng, 16), C.hexs(rng, 16), rng.randint(40, 140), rng.randint(40, 140))
    s["build"] = C.keep_or(rng, prev.get("build") if same else None, 0.25, build)
    d = when.date()
    ram = any(a <= d <= b for a, b in RAMADAN)
    if ram:
        s["promo"] = "Promo Ramadan: konsultasi waris dan hibah diskon 40% sampai Lebaran"
    elif d.month == 12 and 5 <= d.day <= 14:
        s["promo"] = "Promo 12.12: semua paket dokumen hukum diskon 50%"
    else:
        s["promo"] = C.keep_or(rng, prev.get("promo") if prev.get("promo") in PROMOS else None, 0.3,
                               lambda: rng.choice(PROMOS))
    local_h = (when.hour + 7) % 24
    base = 40 if local_h < 7 else 130
    s["online"] = base + rng.randint(0, 60)
    s["stamp"] = C.epoch(when) * 1000 + rng.randint(0, 999)
    return s


LABELS = {"angular": "Angular 15 -> 17 upgrade", "build": "bundle hashes and _ngcontent ids (deploy)",
          "promo": "promo bar in the header", "online": "'advokat sedang online' counter (per request)",
          "stamp": "transfer state: stats API timestamp (per request)"}


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append('<div class="table-wrap"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                       % ("".join("<th>%s</th>" % C.inline_html(x) for x in v[0]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                                  for r in v[1:])))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "".join(out)


def render(state, blocks, when):
    kind, h1, h2, ca, cb = state["build"]
    v17 = kind == "ng"
    if v17:
        host, cont = "_nghost-ng-c%d" % ca, "_ngcontent-ng-c%d" % ca
        hh, hc = "_nghost-ng-c%d" % cb, "_ngcontent-ng-c%d" % cb
        ngh = lambda n: ' ngh="%d"' % n
    else:
        host, cont = "_nghost-serverapp-c%d" % ca, "_ngcontent-serverapp-c%d" % ca
        hh, hc = "_nghost-serverapp-c%d" % cb, "_ngcontent-serverapp-c%d" % cb
        ngh = lambda n: ""
    updated = blocks[1]
    body = body_html(blocks[2:])
    H = []
    H.append('<!DOCTYPE html><html lang="id"><head>\n  <meta charset="utf-8">\n  <title>Kebijakan Privasi | Advokatku'
             '</title>\n  <base href="/">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n  '
             '<link rel="icon" type="image/x-icon" href="favicon.ico">\n  <link rel="preconnect" href="https://fonts.'
             'gstatic.com">\n  <meta name="theme-color" content="#0b3d91">\n')
    if v17:
        H.append('<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'"><noscript>'
                 '<link rel="stylesheet" href="styles-%s.css"></noscript>' % (h2[:8], h2[:8]))
    else:
        H.append('<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'"><noscript>'
                 '<link rel="stylesheet" href="styles.%s.css"></noscript>' % (h2, h2))
    H.append('<style ng-app-id="%s">.legal-article[%s]{max-width:760px;margin:0 auto;padding:32px 16px 64px}'
             '.legal-article[%s]   h2{font-size:1.25rem;margin-top:2rem}.table-wrap{overflow-x:auto}</style>'
             % ("ng" if v17 else "serverApp", cont, cont))
    H.append('<meta name="description" content="Kebijakan Privasi Advokatku: bagaimana kami melindungi data pribadi '
             'Anda."><meta property="og:title" content="Kebijakan Privasi | Advokatku"><link rel="canonical" href="'
             'https://www.advokatku.id/kebijakan-privasi">\n<script async src="https://www.googletagmanager.com/gtag/js?'
             'id=G-4KX2QH7B9N"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push('
             'arguments);}gtag(\'js\', new Date());gtag(\'config\', \'G-4KX2QH7B9N\');</script>\n</head>\n')
    H.append('<body><!--nghm-->' if v17 else '<body>')
    H.append('\n  <app-root %s="" ng-version="%s"%s%s>' % ("_nghost-ng-c1907614411" if v17 else "_nghost-serverapp-c8",
                                                         state["angular"], ' ngh="3"' if v17 else "",
                                                         ' ng-server-context="ssr"' if v17 else ""))
    rc = "_ngcontent-ng-c1907614411" if v17 else "_ngcontent-serverapp-c8"
    H.append('<app-header %s="" %s=""%s><div %s="" class="promo-bar"><span %s="">%s</span><a %s="" href="/promo">'
             'Lihat promo</a></div>' % (rc, hh, ngh(0), hc, hc, html.escape(state["promo"]), hc))
    H.append('<header %s="" class="site-header"><a %s="" routerlink="/" class="brand" href="/"><img %s="" src="assets/'
             'img/logo-advokatku.svg" alt="Advokatku" width="148" height="36"></a><nav %s="" class="main-nav">' % (hc, hc, hc, hc))
    for href, t in (("/konsultasi", "Konsultasi"), ("/dokumen", "Dokumen Hukum"), ("/advokat", "Cari Advokat"),
                    ("/artikel", "Artikel"), ("/untuk-advokat", "Untuk Advokat")):
        H.append('<a %s="" routerlinkactive="active" href="%s">%s</a>' % (hc, href, t))
    H.append('</nav><div %s="" class="online-now"><span %s="" class="dot"></span> <strong %s="">%d</strong> advokat '
             'sedang online</div><a %s="" class="btn btn-primary" href="/masuk">Masuk</a></header></app-header>'
             % (hc, hc, hc, state["online"], hc))
    H.append('<main %s="" class="main"><router-outlet %s=""></router-outlet><app-privacy-policy %s=""%s>'
             % (rc, rc, host, ngh(1)))
    H.append('<section %s="" class="legal-page"><nav %s="" class="legal-tabs"><a %s="" href="/syarat-ketentuan">'
             'Syarat &amp; Ketentuan</a><a %s="" href="/kebijakan-privasi" class="active">Kebijakan Privasi</a><a %s="" '
             'href="/kebijakan-cookie">Kebijakan Cookie</a></nav>' % (cont, cont, cont, cont, cont))
    H.append('<article %s="" class="legal-article"><h1 %s="">%s</h1><p %s="" class="legal-updated">%s</p><!---->'
             '<div %s="" class="legal-body">%s</div></article>'
             % (cont, cont, C.inline_html(blocks[0][1]), cont, C.inline_html(updated[1]), cont, body))
    H.append('</section></app-privacy-policy><!----></main>')
    H.append('<app-footer %s=""%s><footer class="site-footer"><div class="footer-cols"><div><h4>Advokatku</h4><p>PT '
             'Solusi Hukum Nusantara</p><p>Terdaftar sebagai Penyelenggara Sistem Elektronik Lingkup Privat di '
             'Kementerian Komunikasi dan Informatika</p></div><div><h4>Layanan</h4><a href="/konsultasi">Konsultasi '
             'Online</a><a href="/dokumen">Dokumen Hukum</a><a href="/pendampingan">Pendampingan Perkara</a></div><div>'
             '<h4>Unduh Aplikasi</h4><a href="https://play.google.com/store/apps/details?id=id.advokatku.app">Google '
             'Play</a><a href="https://apps.apple.com/id/app/advokatku/id1588123456">App Store</a></div></div><p '
             'class="copyright">&copy; %d Advokatku. Hak cipta dilindungi undang-undang.</p></footer></app-footer>'
             % (rc, ngh(2), when.year))
    H.append('</app-root>\n')
    stats_url = "https://api.advokatku.id/v1/stats/online"
    page_url = "https://cms.advokatku.id/api/pages/kebijakan-privasi?locale=id"
    st = {"G.%s" % stats_url: {"body": {"online": state["online"], "serverTime": state["stamp"]}, "headers": {},
                               "status": 200, "statusText": "OK", "url": stats_url, "responseType": "json"},
          "G.%s" % page_url: {"body": {"data": {"id": 7, "attributes": {"title": blocks[0][1], "slug": "kebijakan-privasi",
                                                                       "updated": updated[1], "body": body}}},
                              "headers": {}, "status": 200, "statusText": "OK", "url": page_url, "responseType": "json"}}
    if v17:
        st["__nghData__"] = [{"t": {"2": "t0"}, "c": {"2": []}}, {}, {}, {"n": {"4": "0f"}}]
        js = json.dumps(st, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(">", "\\u003E")
        H.append('<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script>\n'
                 '<link rel="modulepreload" href="chunk-%s.js">\n<script id="ng-state" type="application/json">%s'
                 '</script></body></html>' % ("RK3SLV7Q", h1, C.det_sha(h1)[:8].upper(), js))
    else:
        js = json.dumps(st, ensure_ascii=False, separators=(",", ":"))
        for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
            js = js.replace(a, b)
        H.append('<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module">'
                 '</script><script src="main.%s.js" type="module"></script>\n\n<script id="serverApp-state" type="'
                 'application/json">%s</script></body></html>' % (C.det_sha(h1, "r")[:16], "5c8f1b0e2a9d7c34", h1, js))
    return "".join(H)


PAGE = {
    "service": "Advokatku",
    "url": "https://www.advokatku.id/kebijakan-privasi",
    "lang": "id",
    "platform": "Angular Universal SSR (Angular 15 -> 17 with hydration), Strapi CMS behind it",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "Express"), ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.advokatku.id/kebijakan-privasi", "select": ".legal-article"},
}
