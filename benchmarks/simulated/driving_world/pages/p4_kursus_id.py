"""Cakra Mandiri Kursus Mengemudi - id driving school - Laravel (Blade, Tailwind typography, Vite), Livewire 2
upgraded to Livewire 3 / Vite 5 in November 2023. Clean: the policy in `article.prose` holds nothing volatile."""
import datetime as dt
import html
import json

import common as C
import dwkit as K

URL = "https://www.cakramandiri.co.id/kebijakan-privasi"
BASE = "https://www.cakramandiri.co.id"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
Terakhir diperbarui: {UPDATED}

PT Cakra Mandiri Sejahtera (“Cakra Mandiri”, “kami”) menyelenggarakan kursus mengemudi mobil manual dan matic di
wilayah Bekasi dan Jakarta Timur. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan,
menyimpan, dan melindungi data pribadi Anda ketika Anda mengunjungi situs web kami, menghubungi kami melalui WhatsApp,
atau mendaftar sebagai peserta kursus. Kebijakan ini disusun dengan memperhatikan Peraturan Pemerintah Nomor 71 Tahun
2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik.

## 1. Data Pribadi yang Kami Kumpulkan

- Identitas: nama lengkap, NIK, tempat dan tanggal lahir, foto KTP atau kartu pelajar;
- Kontak: nomor telepon/WhatsApp, alamat email, alamat penjemputan;
- Data kursus: paket yang dipilih, jadwal latihan, catatan instruktur, dan hasil evaluasi akhir;
- Data pembayaran: metode pembayaran, nomor referensi transaksi, dan bukti transfer;
- Data perangkat: alamat IP, jenis peramban, cookie, dan halaman yang Anda kunjungi.

Kami tidak meminta data mengenai kesehatan Anda, kecuali keterangan sehat jasmani dan rohani yang Anda sampaikan
sendiri apabila Anda meminta bantuan kami untuk mempersiapkan pendaftaran ujian SIM.

## 2. Tujuan Penggunaan Data

Kami menggunakan data pribadi Anda untuk:

- memproses pendaftaran dan menyusun jadwal latihan sesuai ketersediaan instruktur dan kendaraan;
- mengatur penjemputan dan pengantaran peserta;
- memproses pembayaran dan mengirimkan kuitansi;
- mengirimkan pengingat jadwal, perubahan jadwal, dan informasi promo melalui WhatsApp atau email;
- menerbitkan sertifikat kursus;
- meningkatkan kualitas layanan dan keamanan situs web kami.

Kami tidak menggunakan data pribadi Anda untuk pengambilan keputusan yang sepenuhnya otomatis. Penilaian kesiapan
Anda untuk berlatih di jalan raya dilakukan oleh instruktur berdasarkan hasil latihan.

## 3. Dasar Pemrosesan

Kami memproses data pribadi Anda berdasarkan persetujuan yang Anda berikan saat mendaftar, untuk memenuhi perjanjian
kursus antara Anda dan kami, untuk memenuhi kewajiban hukum kami (misalnya kewajiban perpajakan), serta untuk
kepentingan yang sah dalam menjaga keselamatan peserta dan instruktur selama latihan.

## 4. Pembagian Data kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Kami hanya membagikan data kepada pihak berikut sepanjang diperlukan:

| Pihak | Tujuan |
| PT Midtrans | Pemrosesan pembayaran online (virtual account, QRIS, kartu kredit) |
| Google LLC | Analisis kunjungan situs web (Google Analytics) |
| Penyedia layanan hosting dan email | Penyimpanan data situs web dan pengiriman email |
| Instansi pemerintah atau aparat penegak hukum | Apabila diwajibkan oleh peraturan perundang-undangan |

Ujian SIM diselenggarakan oleh Satpas Kepolisian Negara Republik Indonesia. Kami tidak meneruskan data Anda kepada
Satpas kecuali Anda secara khusus meminta kami membantu proses pendaftaran ujian.

## 5. Penyimpanan dan Keamanan Data

Data pribadi Anda disimpan pada server di Indonesia dan hanya dapat diakses oleh staf administrasi yang berwenang.
Kami menggunakan koneksi terenkripsi (HTTPS), pembatasan hak akses, dan pencadangan berkala. Data peserta kami simpan
selama 3 tahun setelah kursus selesai, sedangkan data keuangan kami simpan selama 10 tahun sesuai ketentuan
perpajakan.

## 6. Hak Anda

Anda berhak untuk mengakses, memperbarui, dan memperbaiki data pribadi Anda, menarik kembali persetujuan yang telah
Anda berikan, serta meminta penghapusan data pribadi Anda sepanjang tidak bertentangan dengan kewajiban hukum kami.
Permintaan dapat Anda sampaikan melalui email atau WhatsApp di bawah ini dan akan kami tanggapi paling lambat 14 hari
kerja.

## 7. Peserta di Bawah Umur

Usia minimal untuk memperoleh SIM A adalah 17 tahun. Calon peserta yang belum berusia 17 tahun hanya dapat mengikuti
kursus dengan persetujuan tertulis dari orang tua atau wali, dan latihan dilakukan di area tertutup.

## 8. Cookie

Situs web kami menggunakan cookie yang diperlukan agar situs berfungsi, serta cookie analitik untuk memahami cara
pengunjung menggunakan situs. Anda dapat menghapus atau memblokir cookie melalui pengaturan peramban Anda.

## 9. Perubahan Kebijakan

Kami dapat memperbarui Kebijakan Privasi ini dari waktu ke waktu. Perubahan akan kami umumkan di halaman ini dengan
mencantumkan tanggal pembaruan terakhir.

## 10. Hubungi Kami

@ PT Cakra Mandiri Sejahtera
@ Jl. Jend. Ahmad Yani No. 88, Kayuringin Jaya, Bekasi Selatan, Kota Bekasi 17144
@ Email: [privasi@cakramandiri.co.id](mailto:privasi@cakramandiri.co.id)
@ WhatsApp: 0812-8000-4455
"""

EDITS = [
    {"note": "third-party table: WhatsApp Business provider added (Qontak)",
     "repl": [("| Google LLC | Analisis kunjungan situs web (Google Analytics) |",
               "| PT Mekari (Qontak) | Layanan pesan WhatsApp Business untuk pengingat jadwal |\n"
               "| Google LLC | Analisis kunjungan situs web (Google Analytics) |")]},
    {"note": "legal basis now cites the Personal Data Protection Law (UU 27/2022) next to PP 71/2019",
     "repl": [("Kebijakan ini disusun dengan memperhatikan Peraturan Pemerintah Nomor 71 Tahun\n2019 tentang "
               "Penyelenggaraan Sistem dan Transaksi Elektronik.",
               "Kebijakan ini disusun dengan memperhatikan Undang-Undang Nomor 27 Tahun 2022 tentang\nPelindungan "
               "Data Pribadi dan Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan\n"
               "Transaksi Elektronik.")]},
    {"note": "payment processor replaced (PT Midtrans -> PT Xendit)",
     "repl": [("| PT Midtrans | Pemrosesan pembayaran online (virtual account, QRIS, kartu kredit) |",
               "| PT Xendit Indonesia | Pemrosesan pembayaran online (virtual account, QRIS, kartu kredit) |")]},
    {"note": "word inserted (kuitansi -> kuitansi elektronik), no new date", "bump": False,
     "repl": [("- memproses pembayaran dan mengirimkan kuitansi;",
               "- memproses pembayaran dan mengirimkan kuitansi elektronik;")]},
    {"note": "participant data kept 5 years instead of 3; rights section adds the 3x24-hour breach notice",
     "repl": [("Data peserta kami simpan\nselama 3 tahun", "Data peserta kami simpan\nselama 5 tahun"),
              ("akan kami tanggapi paling lambat 14 hari\nkerja.",
               "akan kami tanggapi paling lambat 14 hari\nkerja. Apabila terjadi kegagalan pelindungan data "
               "pribadi, kami akan memberitahukan Anda secara tertulis\npaling lambat 3 x 24 jam.")]},
    {"note": "office moved (Jl. Ahmad Yani -> Jl. KH. Noer Ali, Summarecon Bekasi)",
     "repl": [("@ Jl. Jend. Ahmad Yani No. 88, Kayuringin Jaya, Bekasi Selatan, Kota Bekasi 17144",
               "@ Ruko Sentra Niaga Blok B No. 12, Jl. KH. Noer Ali, Bekasi Utara, Kota Bekasi 17142")]},
]

# (date, (livewire major, css asset, js asset, livewire.js id))
BUILDS = [(dt.date(2021, 10, 1), (2, "app-4ed993c7.css", "app-1b6f3d2a.js", "de3fca26689cb5a39af4")),
          (dt.date(2022, 5, 23), (2, "app-9a2c7e41.css", "app-5f8e0c13.js", "de3fca26689cb5a39af4")),
          (dt.date(2022, 12, 12), (2, "app-c31b8f90.css", "app-7d24a9e6.js", "90730a3b0e7144480175")),
          (dt.date(2023, 6, 5), (2, "app-2e7d51ab.css", "app-b09c43f1.js", "90730a3b0e7144480175")),
          (dt.date(2023, 11, 20), (3, "app-BQ2x9kYf.css", "app-Dk3LzP1a.js", "cc800bf4")),
          (dt.date(2024, 7, 8), (3, "app-C7nR4tWm.css", "app-Bv81QxZe.js", "df3a17f2")),
          (dt.date(2025, 2, 17), (3, "app-DhX2p9Lq.css", "app-CqZ4m0Ht.js", "951e6947")),
          (dt.date(2025, 9, 29), (3, "app-B4wYk7Ns.css", "app-D02rTfVu.js", "13b7c601")),
          (dt.date(2026, 5, 4), (3, "app-Cz8Lr2Vd.css", "app-BxP5n1Kg.js", "13b7c601"))]

LEBARAN = [dt.date(2022, 5, 2), dt.date(2023, 4, 22), dt.date(2024, 4, 10), dt.date(2025, 3, 31), dt.date(2026, 3, 20)]
ADMINS = [("Rina", "6281280004455"), ("Dewi", "6281280004466"), ("Sari", "6281280004477"), ("Putri", "6281280004488")]
TESTI = [("Ayu, Bekasi Timur", "Instrukturnya sabar banget, 8 kali latihan sudah berani ke jalan raya."),
         ("Fajar, Cibubur", "Jadwal fleksibel, bisa latihan sepulang kerja."),
         ("Nadia, Jatiasih", "Mobil matic-nya bersih dan terawat, dijemput tepat waktu."),
         ("Hendra, Duren Sawit", "Paket 10 jam cukup untuk yang belum pernah nyetir sama sekali."),
         ("Melati, Bekasi Barat", "Belajar parkir paralel sampai benar-benar bisa. Recommended!"),
         ("Rizky, Pondok Gede", "Admin responsif di WhatsApp, reschedule gampang."),
         ("Sinta, Cikarang", "Senang bisa latihan tanjakan di Jonggol bareng instruktur."),
         ("Bayu, Kalimalang", "Harga jelas, tidak ada biaya tambahan.")]
SLOTS = ["Senin 08.00", "Senin 15.00", "Selasa 10.00", "Rabu 13.00", "Rabu 16.00", "Kamis 08.00", "Jumat 14.00",
         "Sabtu 07.00", "Sabtu 10.00", "Minggu 08.00"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.alnum(rng, 40), C.alnum(rng, 20), C.hexs(rng, 64))
    s["build"] = K.phase(when, BUILDS)
    s["slots"] = tuple(sorted(rng.sample(range(len(SLOTS)), rng.randint(2, 4))))
    s["admin"] = rng.randrange(len(ADMINS))
    d = when.date()
    if K.around(when, LEBARAN, 30, 7):
        s["promo"] = "ramadan"
    elif d.month == 8:
        s["promo"] = "merdeka"
    elif d.month == 12 and 4 <= d.day <= 12:
        s["promo"] = "harbolnas"
    else:
        s["promo"] = "antar-jemput"
    s["testi"] = C.keep_or(rng, prev.get("testi"), 0.5, lambda: tuple(rng.sample(range(len(TESTI)), 3)))
    s["alumni"] = 12480 + (d - dt.date(2022, 1, 1)).days * 4
    return s


LABELS = {"csrf": "csrf-token meta / _token input and Livewire component id and checksum (per request)",
          "build": "Vite asset hashes and livewire.js id on deploys (Livewire 3 from November 2023)",
          "slots": "Livewire 'Jadwal tersedia' free slots", "admin": "WhatsApp CTA admin rotator",
          "promo": "promo strip (Ramadan, 17 Agustus, Harbolnas, default pick-up offer)",
          "testi": "testimonial picks", "alumni": "footer alumni counter"}

PROMO = {"ramadan": "Promo Ramadan: diskon 15% semua paket matic, berlaku sampai H+7 Lebaran!",
         "merdeka": "Promo Kemerdekaan: paket 10 jam hanya Rp1.700.000 selama bulan Agustus.",
         "harbolnas": "Harbolnas 12.12: voucher Rp120.000 untuk pendaftaran online.",
         "antar-jemput": "Gratis antar-jemput area Bekasi & Jakarta Timur."}


def livewire(major, lwid, checksum, slots, csrf):
    inner = ('<div class="rounded-xl border border-slate-200 p-5"><h3 class="font-semibold text-slate-900">'
             'Jadwal tersedia minggu ini</h3><ul class="mt-3 space-y-1 text-sm">%s</ul><a href="/daftar" '
             'class="mt-4 inline-flex rounded-lg bg-amber-500 px-4 py-2 text-sm font-semibold text-white">Daftar '
             'sekarang</a></div>' % "".join('<li wire:key="slot-%d">%s</li>' % (n, SLOTS[n]) for n in slots))
    if major == 2:
        data = {"fingerprint": {"id": lwid, "name": "jadwal-tersedia", "locale": "id", "path": "kebijakan-privasi",
                                "method": "GET", "v": "acj"}, "effects": {"listeners": []},
                "serverMemo": {"children": [], "errors": [], "htmlHash": checksum[:8], "data": {"cabang": "bekasi"},
                               "dataMeta": [], "checksum": checksum}}
        return ('<div wire:id="%s" wire:initial-data="%s">%s</div>\n<!-- Livewire Component wire-end:%s -->'
                % (lwid, html.escape(json.dumps(data, separators=(",", ":"))), inner, lwid))
    snap = {"data": {"cabang": "bekasi"}, "memo": {"id": lwid, "name": "jadwal-tersedia", "path": "kebijakan-privasi",
                                                   "method": "GET", "children": [], "scripts": [], "assets": [],
                                                   "errors": [], "locale": "id"}, "checksum": checksum}
    return ('<div wire:snapshot="%s" wire:effects="[]" wire:id="%s">%s</div>'
            % (html.escape(json.dumps(snap, separators=(",", ":"))), lwid, inner))


def render(s, blocks, when):
    csrf, lwid, checksum = s["csrf"]
    major, css, js, lwjs = s["build"]
    body = C.render_blocks(blocks, sep="\n            ")
    name, wa = ADMINS[s["admin"]]
    testi = "".join('<figure class="rounded-xl bg-white p-5 shadow-sm"><blockquote class="text-slate-700">“%s”'
                    '</blockquote><figcaption class="mt-3 text-sm font-semibold text-slate-900">%s</figcaption>'
                    '</figure>' % (C.esc(TESTI[n][1]), C.esc(TESTI[n][0])) for n in s["testi"])
    if major == 2:
        lw_head = ('<style >[wire\\:loading], [wire\\:loading\\.delay], [wire\\:loading\\.inline-block], '
                   '[wire\\:loading\\.inline], [wire\\:loading\\.block], [wire\\:loading\\.flex], '
                   '[wire\\:loading\\.table], [wire\\:loading\\.grid], [wire\\:loading\\.inline-flex] {display: none;}'
                   '[wire\\:offline] {display: none;}[wire\\:dirty]:not(textarea):not(input):not(select) {display: '
                   'none;}input:-webkit-autofill, select:-webkit-autofill, textarea:-webkit-autofill {animation-'
                   'duration: 50000s;animation-name: livewireautofill;}@keyframes livewireautofill { from {} }</style>')
        lw_foot = ('<script src="/livewire/livewire.js?id=%s" data-turbo-eval="false" data-turbolinks-eval="false" >'
                   '</script><script data-turbo-eval="false" data-turbolinks-eval="false" >window.livewire = new '
                   'Livewire();window.Livewire = window.livewire;window.livewire_app_url = \'\';window.livewire_token'
                   ' = \'%s\';window.deferLoadingAlpine = function (callback) {window.addEventListener(\'livewire:load'
                   '\', function () {callback();});};</script>' % (lwjs, csrf))
    else:
        lw_head = ('<style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], '
                   '[wire\\:loading\\.list-item][wire\\:loading\\.list-item] {display: none;}[wire\\:offline]'
                   '[wire\\:offline] {display: none;}[wire\\:dirty]:not(textarea):not(input):not(select) {display: '
                   'none;}:root {--livewire-progress-bar-color: #2299dd;}[x-cloak] {display: none !important;}'
                   '</style>')
        lw_foot = ('<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" '
                   'data-navigate-once="true"></script>' % (lwjs, csrf))
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n    <meta charset="utf-8">\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '    <meta name="csrf-token" content="%s">\n\n'
        '    <title>Kebijakan Privasi - Cakra Mandiri Kursus Mengemudi</title>\n'
        '    <meta name="description" content="Kebijakan privasi Cakra Mandiri Kursus Mengemudi Bekasi.">\n'
        '    <link rel="canonical" href="%s">\n'
        '    <link rel="icon" type="image/png" href="%s/favicon.png">\n'
        '    <link rel="preconnect" href="https://fonts.bunny.net">\n'
        '    <link href="https://fonts.bunny.net/css?family=figtree:400,500,600,700&display=swap" rel="stylesheet" />'
        '\n    <link rel="preload" as="style" href="%s/build/assets/%s" /><link rel="modulepreload" '
        'href="%s/build/assets/%s" /><link rel="stylesheet" href="%s/build/assets/%s" /><script type="module" '
        'src="%s/build/assets/%s"></script>    %s\n'
        '    <!-- Google Tag Manager -->\n    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':'
        'new Date().getTime(),event:\'gtm.js\'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='
        '\'dataLayer\'?\'&l=\'+l:\'\';j.async=true;j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i+dl;f.'
        'parentNode.insertBefore(j,f);})(window,document,\'script\',\'dataLayer\',\'GTM-K7CM2QX\');</script>\n'
        '</head>\n<body class="font-sans antialiased bg-slate-50 text-slate-800">\n'
        '    <div class="bg-amber-500 text-center text-sm font-medium text-white py-2 px-4">%s</div>\n'
        '    <header class="bg-white shadow-sm">\n        <nav class="mx-auto flex max-w-7xl items-center '
        'justify-between px-4 py-4 sm:px-6 lg:px-8">\n            <a href="%s" class="flex items-center gap-2">'
        '<img src="%s/images/logo-cakra.svg" alt="Cakra Mandiri" class="h-10 w-auto"></a>\n'
        '            <div class="hidden gap-8 text-sm font-semibold md:flex"><a href="%s/paket-kursus">Paket Kursus'
        '</a><a href="%s/instruktur">Instruktur</a><a href="%s/area-layanan">Area Layanan</a><a href="%s/blog">Blog'
        '</a><a href="%s/kontak">Kontak</a></div>\n            <a href="%s/daftar" class="rounded-lg bg-slate-900 '
        'px-4 py-2 text-sm font-semibold text-white">Daftar</a>\n        </nav>\n    </header>\n\n'
        '    <section class="bg-slate-900 py-12"><div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">'
        '<p class="text-sm text-amber-400"><a href="%s">Beranda</a> / Kebijakan Privasi</p>'
        '<h1 class="mt-2 text-3xl font-bold tracking-tight text-white">Kebijakan Privasi</h1></div></section>\n\n'
        '    <main class="mx-auto grid max-w-7xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-3 lg:px-8">\n'
        '        <article class="prose prose-slate max-w-none lg:col-span-2">\n            %s\n        </article>\n'
        '        <aside class="space-y-6">\n            %s\n'
        '            <div class="rounded-xl bg-emerald-50 p-5"><p class="text-sm text-emerald-900">Ada pertanyaan? '
        'Chat dengan Admin %s</p><a href="https://wa.me/%s?text=Halo%%20Admin%%20%s%%2C%%20saya%%20mau%%20tanya" '
        'class="mt-3 inline-flex rounded-lg bg-emerald-600 px-4 py-2 text-sm font-semibold text-white" '
        'target="_blank" rel="noopener">WhatsApp Admin %s</a></div>\n        </aside>\n    </main>\n\n'
        '    <section class="bg-slate-100 py-12"><div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8"><h2 '
        'class="text-xl font-bold">Kata Alumni</h2><div class="mt-6 grid gap-6 md:grid-cols-3">%s</div></div>'
        '</section>\n\n'
        '    <footer class="bg-slate-900 text-slate-300"><div class="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">'
        '<p class="text-lg font-semibold text-white">Lebih dari %s alumni sudah lancar menyetir bersama kami.</p>'
        '<form method="POST" action="%s/newsletter" class="mt-6 flex gap-2"><input type="hidden" name="_token" '
        'value="%s" autocomplete="off"><input type="email" name="email" placeholder="Email Anda" class="rounded-lg '
        'px-3 py-2 text-slate-900" required><button type="submit" class="rounded-lg bg-amber-500 px-4 py-2 '
        'font-semibold text-white">Langganan</button></form><div class="mt-8 flex flex-wrap gap-6 text-sm"><a '
        'href="%s">Kebijakan Privasi</a><a href="%s/syarat-ketentuan">Syarat &amp; Ketentuan</a></div>'
        '<p class="mt-6 text-xs">&copy; %d PT Cakra Mandiri Sejahtera. All rights reserved.</p></div></footer>\n'
        '    %s\n</body>\n</html>\n'
        % (csrf, URL, BASE, BASE, css, BASE, js, BASE, css, BASE, js, lw_head, C.esc(PROMO[s["promo"]]),
           BASE, BASE, BASE, BASE, BASE, BASE, BASE, BASE, BASE, body,
           livewire(major, lwid, checksum, s["slots"], csrf), name, wa, name, name, testi,
           K.digits_group(s["alumni"], "."), BASE, csrf, URL, BASE, K.local(when, "WIB").year, lw_foot))


PAGE = {
    "service": "Cakra Mandiri Kursus Mengemudi", "url": URL, "lang": "id-ID", "platform": "Laravel + Livewire",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2022, 1, 15), "end": dt.date(2026, 10, 15), "hours": (1, 7, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "main article.prose"},
}
