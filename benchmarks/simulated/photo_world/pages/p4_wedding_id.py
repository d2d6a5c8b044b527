"""Abadikan (Indonesian wedding-photographer booking marketplace), Laravel 10 + Livewire 3 + Alpine.js, Tailwind via
Vite; the policy's sections are Alpine accordion items inside a Livewire component."""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Abadikan adalah platform yang mempertemukan calon pengantin dengan fotografer, videografer, dan vendor pernikahan di seluruh Indonesia. Kebijakan Privasi ini menjelaskan bagaimana PT Abadikan Momen Nusantara ("Abadikan" atau "kami") mengumpulkan, menggunakan, menyimpan, membagikan, dan melindungi data pribadi Anda ketika Anda menggunakan situs web abadikan.id, aplikasi Abadikan, dan layanan terkait. Dengan mendaftar atau menggunakan layanan kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.

## 1. Data Pribadi yang Kami Kumpulkan

Kami mengumpulkan data berikut:

- **Data akun:** nama lengkap, alamat email, nomor telepon atau WhatsApp, kata sandi, dan foto profil.
- **Data acara:** tanggal dan lokasi pernikahan, perkiraan jumlah tamu, anggaran, serta gaya foto yang Anda sukai.
- **Data pemesanan dan pembayaran:** paket yang dipesan, uang muka (DP), riwayat transaksi, dan nomor rekening untuk pengembalian dana. Data kartu kredit diproses langsung oleh mitra pembayaran kami dan tidak kami simpan.
- **Percakapan:** pesan, foto referensi, dan dokumen yang Anda kirim kepada vendor melalui fitur Chat Abadikan.
- **Data vendor:** bagi fotografer dan vendor, kami juga mengumpulkan nama usaha, NPWP, KTP penanggung jawab, portofolio, dan data rekening bank untuk pencairan dana.
- **Data teknis:** alamat IP, jenis perangkat, sistem operasi, versi aplikasi, dan aktivitas Anda di situs dan aplikasi.
- **Data lokasi:** perkiraan lokasi berdasarkan alamat IP atau, jika Anda mengizinkan, lokasi GPS perangkat untuk menampilkan vendor terdekat.

## 2. Bagaimana Kami Menggunakan Data Anda

Kami menggunakan data pribadi Anda untuk:

- membuat, memverifikasi, dan mengelola akun Anda;
- menampilkan rekomendasi fotografer sesuai tanggal, lokasi, dan anggaran Anda;
- memproses pemesanan, pembayaran DP, pelunasan, dan pengembalian dana;
- menyimpan dana Anda di rekening bersama (escrow) hingga acara selesai;
- membantu menyelesaikan sengketa antara pengguna dan vendor;
- mengirimkan pengingat jadwal, promo, dan informasi pameran pernikahan, jika Anda menyetujuinya;
- mencegah penipuan, akun palsu, dan penyalahgunaan layanan;
- memenuhi kewajiban hukum yang berlaku.

Kami juga dapat menggunakan data yang telah dianonimkan untuk menyusun laporan tren pernikahan, misalnya rata-rata anggaran fotografi per kota. Laporan tersebut tidak memuat informasi yang dapat mengidentifikasi Anda.

Untuk menjaga keamanan transaksi, setiap vendor melewati proses verifikasi. Kami memeriksa KTP penanggung jawab, NPWP, dan rekening bank atas nama yang sama, serta dapat meminta swafoto sambil memegang KTP. Dokumen verifikasi hanya dapat diakses oleh tim verifikasi kami dan disimpan selama vendor terdaftar di Abadikan ditambah 5 tahun.

## 3. Foto Portofolio dan Ulasan

Fotografer dapat mengunggah foto dari acara yang mereka liput ke halaman portofolio. Vendor wajib memperoleh izin dari pasangan pengantin sebelum mengunggah foto tersebut. Jika Anda menemukan foto diri Anda di portofolio vendor tanpa persetujuan, Anda dapat melaporkannya melalui tombol Laporkan pada foto tersebut, dan kami akan menurunkannya dalam 2 x 24 jam selama proses peninjauan.

Ulasan yang Anda tulis setelah acara akan ditampilkan secara publik bersama nama depan dan inisial nama belakang Anda.

## 4. Berbagi Data dengan Pihak Lain

Saat Anda memesan, kami membagikan nama, nomor telepon, tanggal, dan lokasi acara Anda kepada vendor yang Anda pilih agar mereka dapat memberikan layanan. Kami juga bekerja sama dengan penyedia layanan berikut:

| Penyedia | Layanan | Lokasi Server |
| Midtrans | Pembayaran dan virtual account | Indonesia |
| Google Cloud | Penyimpanan data dan portofolio | Jakarta, Indonesia |
| Qiscus | Fitur chat | Indonesia |
| Meta (WhatsApp Business) | Notifikasi pemesanan | Singapura |
| Mixpanel | Analitik aplikasi | Amerika Serikat |

Kami tidak menjual data pribadi Anda kepada pihak mana pun. Jika Anda mendaftar ke pameran pernikahan yang kami selenggarakan bersama mitra, kami membagikan nama dan nomor telepon Anda kepada penyelenggara pameran hanya setelah Anda memberikan persetujuan di formulir pendaftaran. Kami dapat mengungkapkan data kepada aparat penegak hukum atau instansi pemerintah apabila diwajibkan oleh peraturan perundang-undangan.

## 5. Transfer Data ke Luar Negeri

Sebagian penyedia layanan kami memproses data di luar wilayah Indonesia. Dalam hal ini, kami memastikan bahwa penyedia tersebut memberikan tingkat pelindungan data yang setara atau lebih tinggi, dan kami menuangkannya dalam perjanjian tertulis.

## 6. Penyimpanan Data

Data pribadi Anda disimpan selama akun Anda aktif. Riwayat transaksi kami simpan selama 10 tahun sesuai ketentuan perpajakan dan dokumen perusahaan. Isi percakapan dengan vendor kami simpan selama 1 tahun setelah tanggal acara untuk keperluan penyelesaian sengketa. Jika akun Anda dihapus, data lainnya akan kami hapus atau anonimkan dalam 30 hari. Foto portofolio yang diunggah vendor akan dihapus dalam 90 hari setelah vendor menutup akunnya.

## 7. Keamanan Data

Kami menggunakan enkripsi SSL/TLS, pembatasan akses berbasis peran, dan pemantauan sistem selama 24 jam. Meskipun demikian, tidak ada sistem yang sepenuhnya aman. Jangan pernah membagikan kode OTP Anda kepada siapa pun, termasuk kepada pihak yang mengaku sebagai tim Abadikan. Lakukan pembayaran hanya melalui aplikasi atau situs Abadikan, bukan melalui transfer langsung ke rekening vendor.

## 8. Hak Anda

Anda berhak untuk:

- mengakses dan memperoleh salinan data pribadi Anda;
- memperbarui atau memperbaiki data yang tidak akurat;
- menghapus akun dan data pribadi Anda;
- menarik kembali persetujuan untuk menerima promosi;
- mengajukan keberatan atas pemrosesan data tertentu.

Anda dapat menggunakan hak-hak tersebut melalui menu Pengaturan Akun atau dengan menghubungi kami. Kami akan menanggapi permintaan Anda dalam waktu 3 x 24 jam pada hari kerja.

## 9. Data Anak

Layanan kami ditujukan bagi pengguna berusia 18 tahun ke atas atau yang sudah menikah. Kami tidak dengan sengaja mengumpulkan data pribadi anak.

## 10. Cookie

Situs web kami menggunakan cookie untuk menjaga sesi login, mengingat preferensi, dan menganalisis penggunaan situs. Anda dapat menonaktifkan cookie melalui pengaturan browser, namun beberapa fitur mungkin tidak berfungsi dengan baik. Kami juga menggunakan piksel Meta dan Google Ads untuk mengukur efektivitas iklan kami. Anda dapat berhenti menerima pesan promosi kapan saja dengan membalas BERHENTI pada pesan WhatsApp kami atau melalui tautan berhenti berlangganan di email.

## 11. Perubahan Kebijakan

Kami dapat memperbarui Kebijakan Privasi ini dari waktu ke waktu. Perubahan penting akan kami beritahukan melalui email atau notifkasi aplikasi sebelum berlaku.

## 12. Hubungi Kami

Jika Anda memiliki pertanyaan tentang Kebijakan Privasi ini, silakan hubungi:

@ PT Abadikan Momen Nusantara
@ Menara Kuningan Lt. 17
@ Jl. H.R. Rasuna Said Blok X-7 Kav. 5
@ Jakarta Selatan 12940
@ Email: privasi@abadikan.id
@ WhatsApp: +62 811 1900 2024
"""

EDITS = [
    {"note": "payment processor Xendit added to the table",
     "repl": [("| Midtrans | Pembayaran dan virtual account | Indonesia |",
               "| Midtrans | Pembayaran dan virtual account | Indonesia |\n"
               "| Xendit | Pembayaran kartu kredit dan e-wallet | Indonesia |")]},
    {"note": "chat retention extended from 1 to 2 years after the event",
     "repl": [("selama 1 tahun setelah tanggal acara", "selama 2 tahun setelah tanggal acara")]},
    {"note": "typo fixed (notifkasi), date unchanged", "bump": False,
     "repl": [("atau notifkasi aplikasi", "atau notifikasi aplikasi")]},
    {"note": "UU PDP sentence added to the rights section and a new accordion section on the data protection officer",
     "repl": [("Kami akan menanggapi permintaan Anda dalam waktu 3 x 24 jam pada hari kerja.",
               "Kami akan menanggapi permintaan Anda dalam waktu 3 x 24 jam pada hari kerja. Hak-hak tersebut "
               "diberikan sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."),
              ("## 12. Hubungi Kami",
               "## 12. Pejabat Pelindungan Data Pribadi\n\nKami telah menunjuk Pejabat Pelindungan Data Pribadi "
               "yang bertugas mengawasi kepatuhan kami terhadap peraturan pelindungan data. Anda dapat "
               "menghubunginya melalui email dpo@abadikan.id.\n\n## 13. Hubungi Kami")]},
    {"note": "WhatsApp contact number changed",
     "repl": [("@ WhatsApp: +62 811 1900 2024", "@ WhatsApp: +62 811 1900 2525")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["id"][d.month - 1], d.year)


VENDORS = [("Lensa Senja Photography", "Bali", "4.9", "lensa-senja"), ("Kinara Wedding Story", "Bandung", "4.8",
                                                                       "kinara-wedding-story"),
           ("Arunika Visual", "Yogyakarta", "5.0", "arunika-visual"), ("Teduh Frame", "Jakarta", "4.9", "teduh-frame"),
           ("Rumah Cahaya Studio", "Surabaya", "4.7", "rumah-cahaya"), ("Sekala Pictures", "Malang", "4.9",
                                                                       "sekala-pictures"),
           ("Nirmala Moments", "Semarang", "4.8", "nirmala-moments"), ("Bumi Rasa Films", "Medan", "4.8",
                                                                       "bumi-rasa-films"),
           ("Sinar Pagi Wedding", "Makassar", "4.9", "sinar-pagi"), ("Pelangi Kisah", "Bogor", "4.7", "pelangi-kisah")]


def _lwid(rng):
    return C.alnum(rng, 20)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "id")
    yr, wk, _ = loc.isocalendar()
    wrng = random.Random("abadikan-week-%d-%d" % (yr, wk))
    booked = int(40 + (loc.hour * 60 + loc.minute) / 1440 * 160 + rng.randint(0, 25))
    return {
        "vite": C.keep_or(rng, p.get("vite"), 0.18, lambda: (C.alnum(rng, 8), C.alnum(rng, 8))),
        "csrf": C.alnum(rng, 40),
        "livewire": (_lwid(rng), C.hexs(rng, 64), _lwid(rng), C.hexs(rng, 64)),
        "booked": booked,
        "featured": tuple(wrng.sample(range(len(VENDORS)), 4)),
        "livewire_js": C.keep_or(rng, p.get("livewire_js"), 0.1, lambda: C.hexs(rng, 8)),
    }


LABELS = {
    "vite": "Vite build hashes (deploy)",
    "csrf": "Laravel CSRF token (meta and Livewire data-csrf)",
    "livewire": "Livewire wire:id and snapshot checksums (the accordion's on the selected article)",
    "booked": "'N pasangan memesan fotografer hari ini' live counter",
    "featured": "weekly featured-photographer carousel",
    "livewire_js": "livewire.min.js ?id= (package update)",
}


def _prose(blocks):
    return K.render_blocks(blocks, link=lambda url, label: '<a href="%s" class="text-rose-600 underline">%s</a>'
                           % (K.attr(url), K.esc(label)),
                           table=lambda rows, inl: '<div class="overflow-x-auto"><table class="min-w-full text-sm">'
                           '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
                               "".join('<th class="px-3 py-2 text-left">%s</th>' % inl(c) for c in rows[0]),
                               "".join("<tr>%s</tr>" % "".join('<td class="px-3 py-2">%s</td>' % inl(c) for c in r)
                                       for r in rows[1:])))


def _snapshot(data, wid, name, checksum):
    snap = {"data": data, "memo": {"id": wid, "name": name, "path": "kebijakan-privasi", "method": "GET",
                                   "children": [], "scripts": [], "assets": [], "errors": [], "locale": "id"},
            "checksum": checksum}
    return K.attr(json.dumps(snap, separators=(",", ":")))


def render(state, blocks, when):
    title, intro, secs = K.groups(blocks)
    css, js = state["vite"]
    csrf = state["csrf"]
    acc_id, acc_sum, ctr_id, ctr_sum = state["livewire"]
    items = []
    for n, (h, body) in enumerate(secs, 1):
        items.append(
            '<div class="rounded-2xl border border-rose-100 bg-white" wire:key="section-%d">\n'
            '    <button type="button" @click="active = (active === %d ? null : %d)" :aria-expanded="active === %d" '
            'aria-expanded="false" aria-controls="bagian-%d" class="flex w-full items-center justify-between gap-4 '
            'px-5 py-4 text-left">\n        <h2 class="text-base font-semibold text-stone-800">%s</h2>\n'
            '        <svg class="h-5 w-5 shrink-0 text-rose-500 transition-transform" :class="active === %d &amp;&amp; '
            '\'rotate-180\'" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" '
            'd="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 '
            '0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"/></svg>\n    </button>\n'
            '    <div id="bagian-%d" x-show="active === %d" x-collapse x-cloak style="display: none;" '
            'class="prose prose-stone max-w-none px-5 pb-5">\n%s\n    </div>\n</div>'
            % (n, n, n, n, n, K.esc(h), n, n, n, _prose(body)))
    cards = []
    for k in state["featured"]:
        name, city, rating, slug = VENDORS[k]
        cards.append('<a href="/vendor/%s" class="w-64 shrink-0 snap-start rounded-2xl bg-white shadow-sm">'
                     '<img src="https://cdn.abadikan.id/vendors/%s/cover-640.webp" alt="%s" class="h-40 w-full '
                     'rounded-t-2xl object-cover" loading="lazy"><div class="p-4"><p class="font-semibold">%s</p>'
                     '<p class="text-sm text-stone-500">%s · ★ %s</p></div></a>' % (slug, slug, K.attr(name),
                                                                                   K.esc(name), city, rating))
    acc_snap = _snapshot({"active": None}, acc_id, "legal.policy-accordion", acc_sum)
    ctr_snap = _snapshot({"count": state["booked"]}, ctr_id, "home.booking-counter", ctr_sum)
    return """<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="%(csrf)s">
    <title>Kebijakan Privasi - Abadikan</title>
    <meta name="description" content="Kebijakan Privasi Abadikan, marketplace fotografer pernikahan di Indonesia.">
    <link rel="canonical" href="https://abadikan.id/kebijakan-privasi">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=plus-jakarta-sans:400,500,600,700&display=swap" rel="stylesheet" />
    <link rel="preload" as="style" href="https://abadikan.id/build/assets/app-%(css)s.css" /><link rel="modulepreload" href="https://abadikan.id/build/assets/app-%(js)s.js" /><link rel="stylesheet" href="https://abadikan.id/build/assets/app-%(css)s.css" /><script type="module" src="https://abadikan.id/build/assets/app-%(js)s.js"></script>
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-K7Q2M9X');</script>
    <!-- End Google Tag Manager -->
<!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], [wire\\:loading\\.inline-block][wire\\:loading\\.inline-block], [wire\\:loading\\.inline][wire\\:loading\\.inline], [wire\\:loading\\.block][wire\\:loading\\.block], [wire\\:loading\\.flex][wire\\:loading\\.flex], [wire\\:loading\\.table][wire\\:loading\\.table], [wire\\:loading\\.grid][wire\\:loading\\.grid], [wire\\:loading\\.inline-flex][wire\\:loading\\.inline-flex] {display: none;}[wire\\:loading\\.delay\\.none][wire\\:loading\\.delay\\.none], [wire\\:loading\\.delay\\.shortest][wire\\:loading\\.delay\\.shortest], [wire\\:loading\\.delay\\.shorter][wire\\:loading\\.delay\\.shorter], [wire\\:loading\\.delay\\.short][wire\\:loading\\.delay\\.short], [wire\\:loading\\.delay\\.default][wire\\:loading\\.delay\\.default], [wire\\:loading\\.delay\\.long][wire\\:loading\\.delay\\.long], [wire\\:loading\\.delay\\.longer][wire\\:loading\\.delay\\.longer], [wire\\:loading\\.delay\\.longest][wire\\:loading\\.delay\\.longest] {display: none;}[wire\\:offline][wire\\:offline] {display: none;}[wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}:root {--livewire-progress-bar-color: #2299dd;}[x-cloak] {display: none !important;}</style>
</head>
<body class="bg-rose-50/40 font-sans text-stone-700 antialiased">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2M9X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
    <header class="sticky top-0 z-40 border-b border-rose-100 bg-white/90 backdrop-blur" x-data="{ menu: false }">
        <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
            <a href="https://abadikan.id" class="flex items-center gap-2"><img src="https://abadikan.id/images/logo-abadikan.svg" alt="Abadikan" class="h-8"></a>
            <nav class="hidden gap-6 text-sm font-medium md:flex">
                <a href="https://abadikan.id/fotografer">Fotografer</a>
                <a href="https://abadikan.id/videografer">Videografer</a>
                <a href="https://abadikan.id/prewedding">Prewedding</a>
                <a href="https://abadikan.id/inspirasi">Inspirasi</a>
                <a href="https://abadikan.id/gabung-vendor">Gabung Jadi Vendor</a>
            </nav>
            <div class="flex items-center gap-3"><a href="https://abadikan.id/login" class="text-sm font-semibold">Masuk</a><a href="https://abadikan.id/register" class="rounded-full bg-rose-600 px-4 py-2 text-sm font-semibold text-white">Daftar</a></div>
        </div>
        <div class="bg-rose-600 py-1.5 text-center text-xs text-white">
            <div wire:snapshot="%(ctr_snap)s" wire:effects="[]" wire:id="%(ctr_id)s" wire:poll.60s>
                <span class="font-semibold">%(booked)d pasangan</span> memesan fotografer hari ini
            </div>
        </div>
    </header>

    <main class="mx-auto max-w-6xl px-4 py-10">
        <nav class="mb-6 text-sm text-stone-500" aria-label="Breadcrumb"><a href="https://abadikan.id">Beranda</a> / <span>Kebijakan Privasi</span></nav>
        <div class="grid gap-10 lg:grid-cols-[1fr_280px]">
            <article class="legal-content mx-auto max-w-3xl">
                <h1 class="mb-2 text-3xl font-bold text-stone-900">%(title)s</h1>
                <div class="prose prose-stone max-w-none">
%(intro)s
                </div>
                <div wire:snapshot="%(acc_snap)s" wire:effects="[]" wire:id="%(acc_id)s" x-data="{ active: null }" class="mt-8 space-y-3">
%(items)s
                </div>
            </article>
            <aside class="space-y-4 text-sm">
                <div class="rounded-2xl bg-white p-5 shadow-sm"><p class="font-semibold text-stone-900">Butuh bantuan?</p><p class="mt-1">Tim kami siap membantu setiap hari pukul 08.00–21.00 WIB.</p><a href="https://abadikan.id/bantuan" class="mt-3 inline-block font-semibold text-rose-600">Pusat Bantuan</a></div>
                <div class="rounded-2xl bg-white p-5 shadow-sm"><p class="font-semibold text-stone-900">Dokumen lainnya</p><ul class="mt-2 space-y-1"><li><a href="https://abadikan.id/syarat-dan-ketentuan">Syarat dan Ketentuan</a></li><li><a href="https://abadikan.id/ketentuan-vendor">Ketentuan Vendor</a></li><li><a href="https://abadikan.id/kebijakan-refund">Kebijakan Refund</a></li></ul></div>
            </aside>
        </div>
    </main>

    <section class="bg-white py-10" aria-labelledby="fotografer-pilihan">
        <div class="mx-auto max-w-6xl px-4">
            <h2 id="fotografer-pilihan" class="text-xl font-bold text-stone-900">Fotografer Pilihan Minggu Ini</h2>
            <div class="mt-4 flex snap-x gap-4 overflow-x-auto pb-2">
                %(cards)s
            </div>
        </div>
    </section>

    <footer class="bg-stone-900 py-10 text-sm text-stone-300">
        <div class="mx-auto max-w-6xl px-4">
            <p>&copy; %(year)d PT Abadikan Momen Nusantara. Hak cipta dilindungi.</p>
            <p class="mt-2"><a href="https://abadikan.id/tentang-kami">Tentang Kami</a> · <a href="https://abadikan.id/karier">Karier</a> · <a href="https://abadikan.id/kebijakan-privasi">Kebijakan Privasi</a> · <a href="https://abadikan.id/syarat-dan-ketentuan">Syarat dan Ketentuan</a></p>
        </div>
    </footer>
<script src="/livewire/livewire.min.js?id=%(lwjs)s"   data-csrf="%(csrf)s" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""" % {"csrf": csrf, "css": css, "js": js, "ctr_snap": ctr_snap, "ctr_id": ctr_id, "booked": state["booked"],
       "title": K.esc(title), "intro": _prose(intro), "acc_snap": acc_snap, "acc_id": acc_id,
       "items": "\n".join(items), "cards": "\n                ".join(cards), "year": when.year,
       "lwjs": state["livewire_js"]}


PAGE = {
    "service": "Abadikan",
    "url": "https://abadikan.id/kebijakan-privasi",
    "lang": "id",
    "platform": "Laravel 10 + Livewire 3 + Alpine.js (Vite, Tailwind)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-cache, private")],
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 6, 30),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://abadikan.id/kebijakan-privasi",
        "select": "article.legal-content",
    },
}
