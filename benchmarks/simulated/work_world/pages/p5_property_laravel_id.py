"""Hunianku (Indonesian real-estate portal) - id-ID - Laravel + Blade (Tailwind, Alpine.js), moved from Laravel Mix
(app.css?id=) to Vite (build/assets/app-HASH.css) in 2023: the "Kebijakan Privasi" page holds two documents, the
privacy policy and the cookie policy (a separate document with its own changes), each in its own <section>, with a
sticky table of contents beside them. Noisy: the per-request CSRF token (meta, search form, newsletter form), the KPR
mortgage-rate ticker (banks' promotional rates change), "Properti Terbaru" listing teasers (prices, photos, views),
a "pengguna sedang mencari" live counter, the property-expo popup in season, and the cookie policy's own updates."""
import datetime as dt
import html
import re
import common as C

BASE = "https://www.hunianku.co.id"
URL = BASE + "/kebijakan-privasi"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
         "Desember"]
VITE = dt.datetime(2023, 7, 24)


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Hunian Digital Nusantara ("Hunianku", "kami") mengumpulkan, menggunakan, menyimpan, mengungkapkan, dan melindungi data pribadi Anda ketika Anda menggunakan situs web www.hunianku.co.id, aplikasi Hunianku, dan layanan terkait (bersama-sama disebut "Layanan"). Kebijakan ini disusun dengan mengacu pada Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi serta peraturan pelaksananya.

Dengan menggunakan Layanan, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini. Jika Anda tidak setuju, mohon untuk tidak menggunakan Layanan.

## 1. Data Pribadi yang Kami Kumpulkan

Kami mengumpulkan data pribadi berikut:

- **Data akun:** nama lengkap, alamat email, nomor telepon seluler, kata sandi (tersimpan dalam bentuk terenkripsi), dan foto profil;
- **Data pencarian properti:** lokasi yang dicari, rentang harga, jenis properti, properti yang disimpan, dan riwayat pencarian;
- **Data pengiklan:** untuk pemilik properti dan agen, nomor KTP, NPWP, nomor registrasi agen (jika ada), alamat properti, foto dan dokumen properti;
- **Data simulasi KPR:** penghasilan bulanan, status pekerjaan, jumlah uang muka, dan tenor yang Anda masukkan ke kalkulator KPR;
- **Data komunikasi:** pesan yang Anda kirim kepada pengiklan melalui Layanan, termasuk melalui tombol WhatsApp;
- **Data teknis:** alamat IP, jenis perangkat, sistem operasi, pengenal iklan, data lokasi perkiraan, dan catatan aktivitas.

## 2. Cara Kami Menggunakan Data Pribadi

Kami menggunakan data pribadi Anda untuk:

- membuat dan mengelola akun Anda;
- menampilkan iklan properti yang relevan dan mengirimkan notifikasi properti baru yang sesuai dengan pencarian Anda;
- meneruskan pertanyaan Anda kepada pemilik properti atau agen yang Anda hubungi;
- memverifikasi identitas pengiklan dan mencegah iklan palsu atau penipuan;
- meneruskan pengajuan KPR kepada bank mitra apabila Anda memintanya;
- menganalisis penggunaan Layanan untuk meningkatkan fitur dan menyusun laporan tren harga properti dalam bentuk agregat;
- mengirimkan informasi promosi dan pameran properti, apabila Anda telah memberikan persetujuan;
- memenuhi kewajiban hukum dan permintaan dari instansi yang berwenang.

## 3. Dasar Pemrosesan

Kami memproses data pribadi berdasarkan persetujuan Anda, pelaksanaan perjanjian penggunaan Layanan, pemenuhan kewajiban hukum, serta kepentingan yang sah untuk menjaga keamanan Layanan dan mencegah penipuan.

## 4. Pengungkapan kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Data pribadi dapat kami bagikan kepada:

- pemilik properti, agen, atau pengembang yang Anda hubungi melalui Layanan;
- bank mitra KPR, hanya jika Anda mengajukan KPR atau meminta dihubungi oleh bank;
- penyedia layanan yang membantu kami menjalankan Layanan, seperti penyedia pusat data, pengiriman email dan SMS, serta analitik;
- instansi pemerintah atau aparat penegak hukum, apabila diwajibkan oleh peraturan perundang-undangan.

Bank mitra yang saat ini dapat menerima pengajuan KPR melalui Hunianku adalah:

| Bank | Data yang diteruskan | Tujuan |
| PT Bank Central Asia Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses KPR |
| PT Bank Mandiri (Persero) Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses KPR |
| PT Bank Tabungan Negara (Persero) Tbk | Nama, nomor telepon, data simulasi KPR, lokasi properti | Penawaran KPR dan KPR subsidi |
| PT Bank CIMB Niaga Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses KPR |

Pengiklan yang menerima data Anda bertanggung jawab sendiri atas penggunaan data tersebut. Kami mewajibkan pengiklan untuk menggunakan data Anda hanya untuk menanggapi pertanyaan Anda tentang properti yang diiklankan.

## 4A. Agen dan Pengembang

Apabila Anda menggunakan Layanan sebagai agen properti atau pengembang, nama, foto, nomor telepon, nama kantor agensi, dan wilayah kerja Anda akan ditampilkan secara publik pada profil dan iklan Anda. Kami juga dapat menampilkan penilaian dan ulasan yang diberikan pengguna lain. Data statistik iklan, seperti jumlah tayangan dan jumlah pertanyaan, hanya dapat dilihat oleh Anda dan kantor agensi Anda.

## 5. Transfer Data ke Luar Negeri

Data pribadi Anda disimpan di pusat data di Jakarta. Beberapa penyedia layanan kami, misalnya penyedia analitik dan email, dapat memproses data di luar wilayah Indonesia. Dalam hal tersebut, kami memastikan negara tujuan memiliki tingkat pelindungan data yang setara atau lebih tinggi, atau kami menerapkan perlindungan kontraktual yang memadai.

Apabila Anda menggunakan fitur "Hubungi via WhatsApp", percakapan selanjutnya terjadi langsung di aplikasi WhatsApp antara Anda dan pengiklan. Kami hanya mencatat bahwa Anda menekan tombol tersebut, waktu, dan iklan yang bersangkutan, untuk keperluan statistik pengiklan dan pencegahan penyalahgunaan. Kebijakan privasi WhatsApp berlaku untuk percakapan tersebut.

Laporan tren harga properti yang kami terbitkan, seperti indeks harga rumah per kota, disusun dari data iklan dan data pencarian dalam bentuk agregat sehingga tidak dapat digunakan untuk mengidentifikasi Anda.

## 6. Penyimpanan Data

Kami menyimpan data pribadi Anda selama akun Anda aktif. Apabila akun tidak aktif selama 5 tahun atau Anda menghapus akun, data akan dihapus atau dianonimkan dalam waktu 30 hari, kecuali data yang wajib kami simpan lebih lama berdasarkan peraturan perundang-undangan, seperti data transaksi iklan berbayar yang kami simpan selama 10 tahun.

## 7. Keamanan Data

Kami menerapkan langkah-langkah teknis dan organisasi yang wajar untuk melindungi data pribadi Anda, termasuk enkripsi TLS, enkripsi data sensitif seperti nomor KTP, pembatasan akses karyawan, dan pemantauan keamanan sistem. Namun, tidak ada metode transmisi melalui internet yang sepenuhnya aman. Jangan pernah membagikan kode OTP Anda kepada siapa pun, termasuk kepada pihak yang mengaku sebagai karyawan Hunianku.

## 7A. Kegagalan Pelindungan Data Pribadi

Apabila terjadi kegagalan pelindungan data pribadi yang berdampak pada Anda, kami akan memberitahukan secara tertulis kepada Anda dan kepada lembaga yang berwenang paling lambat 3 x 24 jam, termasuk data pribadi yang terungkap, kapan dan bagaimana data tersebut terungkap, serta upaya penanganan dan pemulihan yang kami lakukan.

## 7B. Tautan ke Situs Pihak Ketiga

Layanan dapat memuat tautan ke situs web pengembang, bank, atau pihak ketiga lainnya. Kebijakan Privasi ini tidak berlaku untuk situs-situs tersebut, dan kami menyarankan Anda membaca kebijakan privasi masing-masing situs sebelum memberikan data pribadi.

## 8. Hak-Hak Anda

Sesuai dengan UU Pelindungan Data Pribadi, Anda berhak untuk:

- mendapatkan informasi tentang pemrosesan data pribadi Anda;
- mengakses dan memperoleh salinan data pribadi Anda;
- memperbarui atau memperbaiki data pribadi yang tidak akurat;
- menghapus data pribadi Anda dan menutup akun;
- menarik kembali persetujuan yang telah Anda berikan;
- mengajukan keberatan atas pengambilan keputusan yang hanya didasarkan pada pemrosesan otomatis.

Anda dapat menggunakan hak-hak tersebut melalui menu "Pengaturan Akun" atau dengan menghubungi kami. Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan diterima sesuai ketentuan UU Pelindungan Data Pribadi.

Untuk melindungi akun Anda, kami dapat meminta verifikasi identitas sebelum memproses permintaan akses atau penghapusan data, misalnya dengan mengirimkan kode verifikasi ke nomor telepon yang terdaftar.

## 9. Data Pribadi Anak

Layanan tidak ditujukan untuk anak di bawah usia 18 tahun. Kami tidak dengan sengaja mengumpulkan data pribadi anak. Apabila kami mengetahui bahwa kami telah mengumpulkan data anak tanpa persetujuan orang tua atau wali, kami akan segera menghapusnya.

## 10. Perubahan Kebijakan Privasi

Kami dapat memperbarui Kebijakan Privasi ini dari waktu ke waktu. Perubahan material akan kami beritahukan melalui email atau notifikasi di aplikasi sebelum berlaku. Tanggal pembaruan terakhir tercantum di bagian atas halaman ini.

## 11. Hubungi Kami

Jika Anda memiliki pertanyaan atau keluhan mengenai Kebijakan Privasi ini, silakan hubungi Pejabat Pelindungan Data Pribadi kami:

@ PT Hunian Digital Nusantara
@ Gedung Menara Kuningan Lt. 17, Jl. H.R. Rasuna Said Blok X-7 Kav. 5, Jakarta Selatan 12940
@ Email: [privasi@hunianku.co.id](mailto:privasi@hunianku.co.id)
@ Telepon: (021) 5089 7712
"""

EDITS = [
    {"note": "table row added: Bank Syariah Indonesia as KPR partner",
     "repl": [("| PT Bank CIMB Niaga Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses KPR |",
               "| PT Bank CIMB Niaga Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses KPR |\n| PT Bank Syariah Indonesia Tbk | Nama, nomor telepon, data simulasi KPR | Penawaran dan proses pembiayaan rumah syariah |")]},
    {"note": "inactive-account retention 5 -> 3 years",
     "repl": [("Apabila akun tidak aktif selama 5 tahun", "Apabila akun tidak aktif selama 3 tahun")]},
    {"note": "section added: virtual tours and video calls with agents",
     "repl": [("## 3. Dasar Pemrosesan", "## 2A. Tur Virtual dan Panggilan Video\n\nJika Anda menggunakan fitur tur virtual bersama agen, panggilan video diproses oleh penyedia layanan kami dan tidak direkam. Kami hanya menyimpan waktu, durasi, dan peserta panggilan selama 90 hari untuk menangani keluhan.\n\n## 3. Dasar Pemrosesan")]},
    {"note": "sentence deleted (OTP warning) in the security section",
     "repl": [(" Jangan pernah membagikan kode OTP Anda kepada siapa pun, termasuk kepada pihak yang mengaku sebagai karyawan Hunianku.", "")]},
    {"note": "contact changed: office moved and new phone number (not dated)",
     "bump": False,
     "repl": [("@ Gedung Menara Kuningan Lt. 17, Jl. H.R. Rasuna Said Blok X-7 Kav. 5, Jakarta Selatan 12940",
               "@ Treasury Tower Lt. 29, District 8 SCBD Lot 28, Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190"),
              ("@ Telepon: (021) 5089 7712", "@ Telepon: (021) 3972 4400")]},
]

COOKIE_ROWS = [
    ("XSRF-TOKEN, hunianku_session", "Wajib", "Menjaga sesi login dan keamanan formulir", "2 jam"),
    ("_ga, _ga_*", "Analitik", "Google Analytics, statistik kunjungan", "13 bulan"),
    ("_fbp", "Pemasaran", "Meta Pixel, mengukur iklan", "3 bulan"),
    ("hk_recent", "Fungsional", "Menyimpan properti yang terakhir dilihat", "30 hari"),
]
COOKIE_EXTRA = [(dt.datetime(2023, 2, 6), ("_tt_enable_cookie, _ttp", "Pemasaran", "TikTok Pixel, mengukur iklan", "13 bulan")),
                (dt.datetime(2024, 10, 14), ("_clck, _clsk", "Analitik", "Microsoft Clarity, peta panas halaman", "1 tahun"))]

BANKS = [("BCA", [3.65, 3.79, 3.99, 4.25]), ("Mandiri", [3.88, 3.99, 4.35, 4.5]), ("BTN", [3.47, 4.0, 4.25, 5.0]),
         ("BRI", [3.75, 3.88, 4.5]), ("CIMB Niaga", [3.68, 3.99, 4.1]), ("BSI", [4.25, 4.75, 5.25])]
AREAS = ["BSD City, Tangerang", "Cibubur, Bekasi", "Sleman, Yogyakarta", "Citraland, Surabaya", "Jatiasih, Bekasi",
         "Depok, Jawa Barat", "Denpasar Selatan, Bali", "Medan Johor, Medan", "Bintaro, Tangerang Selatan", "Ungaran, Semarang"]
KINDS = ["Rumah 2 lantai", "Rumah minimalis", "Apartemen 2BR", "Ruko 3 lantai", "Rumah cluster", "Tanah kavling"]
EXPO = [(dt.date(2023, 2, 18), dt.date(2023, 2, 26)), (dt.date(2023, 8, 12), dt.date(2023, 8, 20)),
        (dt.date(2024, 2, 17), dt.date(2024, 2, 25)), (dt.date(2024, 8, 10), dt.date(2024, 8, 18)),
        (dt.date(2025, 2, 15), dt.date(2025, 2, 23))]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 40)
    s["build"] = ("vite" if when >= VITE else "mix", C.keep_or(rng, (prev.get("build") or (None, None))[1], 0.4, lambda: C.hexs(rng, 32)))
    s["rates"] = C.keep_or(rng, prev.get("rates"), 0.7, lambda: tuple((k, rng.choice(r), rng.choice([1, 2, 3, 5])) for k, (_, r) in enumerate(BANKS)))
    s["listings"] = tuple((rng.randrange(len(KINDS)), rng.randrange(len(AREAS)), rng.randint(45, 420) * 10, rng.randint(80000, 999999),
                           rng.randint(3, 480)) for _ in range(4))
    s["live"] = rng.randint(1800, 9400)
    d = when.date()
    s["expo"] = next(("expo%d" % a.year + ("a" if a.month < 6 else "b") for a, b in EXPO if a - dt.timedelta(days=10) <= d <= b), "")
    s["cookies"] = sum(1 for x, _ in COOKIE_EXTRA if when >= x)
    return s


LABELS = {
    "csrf": "per-request CSRF token (meta, search form, newsletter form)",
    "build": "asset hashes (Laravel Mix ?id=, then Vite build/assets after the 2023 switch)",
    "rates": "KPR mortgage-rate ticker",
    "listings": "'Properti Terbaru' listing teasers",
    "live": "'pengguna sedang mencari' live counter",
    "expo": "property-expo popup (in season)",
    "cookies": "cookie policy (other document on the page) updated",
}


def idr(n):
    return format(n, ",").replace(",", ".")


def render(s, blocks, when):
    kind, h = s["build"]
    csrf = s["csrf"]
    if kind == "mix":
        assets = ('<link rel="stylesheet" href="%s/css/app.css?id=%s">\n<script src="%s/js/app.js?id=%s" defer></script>'
                  % (BASE, h, BASE, h[::-1]))
    else:
        assets = ('<link rel="preload" as="style" href="%s/build/assets/app-%s.css" /><link rel="modulepreload" href="%s/build/assets/app-%s.js" />'
                  '<link rel="stylesheet" href="%s/build/assets/app-%s.css" /><script type="module" src="%s/build/assets/app-%s.js"></script>'
                  % (BASE, h[:8], BASE, h[8:16], BASE, h[:8], BASE, h[8:16]))
    # ids on the headings, as the Blade template's markdown renderer writes them
    def slug(t):
        return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    heads = [b[1] for b in blocks if b[0] == "h2"]
    parts = []
    for b in blocks:
        if b[0] == "h2":
            parts.append('<h2 id="%s">%s</h2>' % (slug(b[1]), html.escape(b[1])))
        elif b[0] == "table":
            parts.append('<div class="overflow-x-auto">%s</div>' % C.block_html(b, {"table": "min-w-full text-sm"}))
        else:
            parts.append(C.block_html(b))
    privacy = "\n".join(parts)
    rows = COOKIE_ROWS + [r for _, r in COOKIE_EXTRA[:s["cookies"]]]
    cookie_upd = ["10 Januari 2022", "6 Februari 2023", "14 Oktober 2024"][s["cookies"]]
    cookie = ('<h1>Kebijakan Cookie</h1>\n<p>Terakhir diperbarui: %s</p>\n'
              '<p>Situs web Hunianku menggunakan cookie dan teknologi serupa. Cookie wajib selalu aktif; cookie lainnya hanya kami gunakan setelah Anda memberikan persetujuan melalui banner cookie.</p>\n'
              '<div class="overflow-x-auto"><table class="min-w-full text-sm"><thead><tr><th>Nama cookie</th><th>Kategori</th><th>Tujuan</th><th>Masa berlaku</th></tr></thead><tbody>%s</tbody></table></div>\n'
              '<p>Anda dapat mengubah pilihan Anda kapan saja melalui tautan "Pengaturan Cookie" di bagian bawah halaman atau menghapus cookie melalui pengaturan browser.</p>'
              % (cookie_upd, "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in rows)))
    toc = "".join('<li><a href="#%s" class="block py-1 hover:text-emerald-700">%s</a></li>' % (slug(t), html.escape(t)) for t in heads)
    ticker = "".join('<span class="inline-flex items-center gap-1 px-4"><img src="%s/images/bank/%s.svg" alt="" class="h-4">%s <b>%s%%</b> fix %d thn</span>'
                     % (BASE, BANKS[k][0].lower().replace(" ", "-"), BANKS[k][0], ("%.2f" % r).replace(".", ","), y) for k, r, y in s["rates"])
    listings = "".join('<a href="%s/properti/%d" class="block rounded-lg border p-3 hover:shadow"><img src="https://img.hunianku.co.id/listing/%d/thumb.webp" alt="" loading="lazy" class="rounded">'
                       '<p class="mt-2 font-semibold text-emerald-700">Rp %s jt</p><p class="text-sm">%s di %s</p><p class="text-xs text-gray-500">%d kali dilihat</p></a>'
                       % (BASE, lid, lid, idr(price), KINDS[ki], AREAS[ai], views) for ki, ai, price, lid, views in s["listings"])
    expo = ""
    if s["expo"]:
        expo = ('<div x-data="{open: true}" x-show="open" class="fixed inset-0 z-50 flex items-center justify-center bg-black/50" id="expo-popup">'
                '<div class="rounded-xl bg-white p-6 max-w-md"><button @click="open = false" class="float-right" aria-label="Tutup">×</button>'
                '<p class="text-lg font-bold">Hunianku Property Expo %s</p><p>DP mulai 0%% dan bunga KPR spesial selama pameran. Daftar sekarang, gratis!</p>'
                '<a href="%s/expo?utm_source=popup&amp;utm_campaign=%s" class="btn-primary">Daftar gratis</a></div></div>' % (s["expo"][4:8], BASE, s["expo"]))
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '    <meta name="csrf-token" content="%s">\n    <title>Kebijakan Privasi | Hunianku - Jual Beli Sewa Rumah &amp; Apartemen</title>\n'
            '    <meta name="description" content="Kebijakan Privasi dan Kebijakan Cookie Hunianku.">\n    <link rel="canonical" href="%s">\n'
            '    <link rel="icon" href="%s/favicon.ico">\n    %s\n'
            '    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':new Date().getTime(),event:\'gtm.js\'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!=\'dataLayer\'?\'&l=\'+l:\'\';j.async=true;j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i+dl;f.parentNode.insertBefore(j,f);})(window,document,\'script\',\'dataLayer\',\'GTM-K7R2QXH\');</script>\n'
            '</head>\n<body class="font-sans antialiased text-gray-800">\n'
            '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7R2QXH" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n'
            '<div class="kpr-ticker overflow-hidden whitespace-nowrap bg-emerald-900 py-1 text-xs text-white" x-data="ticker()"><div class="animate-marquee inline-block">'
            '<span class="px-4 font-semibold">Suku bunga KPR hari ini:</span>%s</div></div>\n'
            '<header class="border-b bg-white"><div class="container mx-auto flex items-center justify-between px-4 py-3">'
            '<a href="%s/"><img src="%s/images/logo-hunianku.svg" alt="Hunianku" class="h-8"></a>'
            '<nav class="hidden gap-6 md:flex"><a href="%s/jual">Dijual</a><a href="%s/sewa">Disewa</a><a href="%s/properti-baru">Properti Baru</a>'
            '<a href="%s/kpr">Simulasi KPR</a><a href="%s/agen">Cari Agen</a><a href="%s/berita">Berita</a></nav>'
            '<form action="%s/cari" method="GET" class="hidden lg:block"><input type="hidden" name="_token" value="%s" autocomplete="off"><input type="search" name="q" placeholder="Cari lokasi, nama proyek..." class="rounded border px-3 py-1"></form>'
            '<div class="flex gap-2"><a href="%s/login" class="btn-outline">Masuk</a><a href="%s/pasang-iklan" class="btn-primary">Pasang Iklan</a></div></div></header>\n'
            '<div class="bg-emerald-50 py-2 text-center text-sm"><span class="live-dot"></span> <b>%s</b> pengguna sedang mencari properti di Hunianku</div>\n'
            '<main class="container mx-auto grid grid-cols-1 gap-8 px-4 py-10 lg:grid-cols-4">\n'
            '<aside class="hidden lg:block"><nav class="sticky top-24 text-sm" aria-label="Daftar isi"><p class="mb-2 font-bold">Daftar Isi</p><ul>%s'
            '<li><a href="#kebijakan-cookie" class="block py-1 hover:text-emerald-700">Kebijakan Cookie</a></li></ul></nav></aside>\n'
            '<div class="legal-content prose max-w-none lg:col-span-3">\n<section id="kebijakan-privasi" class="legal-doc">\n%s\n</section>\n<hr class="my-12">\n'
            '<section id="kebijakan-cookie" class="legal-doc">\n%s\n</section>\n</div>\n</main>\n'
            '<section class="bg-gray-50 py-10"><div class="container mx-auto px-4"><h2 class="mb-4 text-xl font-bold">Properti Terbaru</h2>'
            '<div class="grid grid-cols-2 gap-4 md:grid-cols-4">%s</div></div></section>\n'
            '<footer class="bg-emerald-950 py-10 text-sm text-emerald-100"><div class="container mx-auto grid gap-6 px-4 md:grid-cols-4">'
            '<div><img src="%s/images/logo-hunianku-white.svg" alt="Hunianku" class="h-8"><p class="mt-2">PT Hunian Digital Nusantara</p></div>'
            '<div><p class="font-bold">Hunianku</p><ul><li><a href="%s/tentang-kami">Tentang Kami</a></li><li><a href="%s/karir">Karir</a></li><li><a href="%s/kontak">Hubungi Kami</a></li></ul></div>'
            '<div><p class="font-bold">Bantuan</p><ul><li><a href="%s/syarat-ketentuan">Syarat &amp; Ketentuan</a></li><li><a href="%s/kebijakan-privasi">Kebijakan Privasi</a></li>'
            '<li><a href="#" onclick="klaro.show();return false;">Pengaturan Cookie</a></li></ul></div>'
            '<div><p class="font-bold">Berlangganan info properti</p><form method="POST" action="%s/newsletter"><input type="hidden" name="_token" value="%s" autocomplete="off">'
            '<input type="email" name="email" placeholder="Email Anda" class="rounded px-2 py-1 text-gray-800"><button type="submit" class="btn-primary">Daftar</button></form></div>'
            '</div><p class="mt-8 text-center">© %d Hunianku. Hak cipta dilindungi.</p></footer>\n'
            '<a href="https://wa.me/6281119008800" class="fixed bottom-4 right-4 rounded-full bg-green-500 p-3" aria-label="Chat WhatsApp"><img src="%s/images/wa.svg" alt=""></a>\n%s\n'
            '<script>window.klaroConfig={privacyPolicy:"/kebijakan-privasi#kebijakan-cookie",lang:"id",mustConsent:false};</script><script defer src="%s/vendor/klaro/klaro.js"></script>\n'
            '</body>\n</html>\n'
            % (csrf, URL, BASE, assets, ticker, BASE, BASE, BASE, BASE, BASE, BASE, BASE, BASE, BASE, csrf, BASE, BASE, idr(s["live"]), toc, privacy,
               cookie, listings, BASE, BASE, BASE, BASE, BASE, BASE, BASE, csrf, when.year, BASE, expo, BASE))


PAGE = {
    "service": "Hunianku", "url": URL, "lang": "id-ID", "platform": "Laravel + Blade (Mix, then Vite)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2025, 9, 30), "hours": (1, 13),
    "policy": POLICY, "first_updated": dt.date(2022, 4, 19), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#kebijakan-privasi"]},
}
