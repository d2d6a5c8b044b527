"""Bayarnanti PayLater (Jakarta) - id - Laravel 10 + Livewire 3 + Alpine.js (Vite build). The policy's sections are
accordion panels (x-show/x-collapse, all text in the HTML, only the first open); the accordion is a Livewire component
whose wire:snapshot (checksum, per-request id) sits on the tracked container; instalment-simulator component in the
sidebar with rotating promo rates; CSRF meta; seasonal promo ribbon; OJK licence line."""
import datetime as dt
import html
import json
import common as C

URL = "https://www.bayarnanti.co.id/kebijakan-privasi"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Bayarnanti Multifinance Indonesia ("Bayarnanti", "kami") mengumpulkan, menggunakan, mengungkapkan, dan melindungi data pribadi Anda ketika Anda menggunakan aplikasi Bayarnanti, layanan PayLater, dan situs web kami. Dengan mendaftar, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.

## 1. Data yang Kami Kumpulkan

- Data identitas: nama lengkap, Nomor Induk Kependudukan (NIK), foto KTP, foto swafoto, tanggal lahir, dan nama ibu kandung;
- Data kontak: nomor telepon seluler, alamat email, dan alamat tempat tinggal;
- Data pekerjaan dan keuangan: pekerjaan, penghasilan bulanan, dan rekening bank;
- Data transaksi: riwayat belanja PayLater, tagihan, pembayaran, dan keterlambatan;
- Data perangkat: model perangkat, sistem operasi, alamat IP, dan lokasi perangkat.

Kami dapat menggunakan data lokasi Anda untuk mencegah penipuan.

## 2. Cara Kami Menggunakan Data

Kami menggunakan data pribadi Anda untuk memverifikasi identitas Anda, menilai kelayakan kredit dan menentukan limit PayLater, memproses transaksi dan penagihan, mencegah penipuan dan pencucian uang, serta mengirimkan informasi promosi apabila Anda menyetujuinya.

## 3. Pengungkapan kepada Pihak Ketiga

Kami dapat mengungkapkan data pribadi Anda kepada:

- Otoritas Jasa Keuangan melalui Sistem Layanan Informasi Keuangan (SLIK) dan lembaga pengelola informasi perkreditan;
- mitra merchant tempat Anda bertransaksi, sebatas data yang diperlukan untuk memproses pesanan;
- penyedia gerbang pembayaran dan bank mitra untuk memproses pembayaran tagihan;
- pihak ketiga penagihan yang terdaftar, apabila terdapat tagihan yang menunggak;
- aparat penegak hukum apabila diwajibkan oleh peraturan perundang-undangan.

## 4. Penyimpanan dan Retensi

Data pribadi Anda disimpan pada pusat data di wilayah Indonesia. Kami menyimpan data Anda selama Anda menjadi pengguna dan selama 5 (lima) tahun setelah perjanjian pembiayaan terakhir Anda berakhir.

## 5. Hak Anda

Anda berhak mengakses, memperbarui, dan memperbaiki data pribadi Anda, menarik kembali persetujuan pemrosesan data, serta meminta penghapusan data pribadi Anda sepanjang tidak bertentangan dengan kewajiban hukum kami.

## 6. Keamanan Data

Kami menerapkan enkripsi, kontrol akses berlapis, dan pemantauan sistem selama 24 jam untuk melindungi data pribadi Anda. Karyawan kami wajib menjaga kerahasiaan data nasabah.

## 7. Hubungi Kami

Pertanyaan dan pengaduan terkait data pribadi dapat disampaikan melalui email [privasi@bayarnanti.co.id](mailto:privasi@bayarnanti.co.id) atau WhatsApp Layanan Pelanggan di 0811-1500-226.

@ PT Bayarnanti Multifinance Indonesia
@ Menara Astra Lantai 27, Jl. Jenderal Sudirman Kav. 5-6
@ Jakarta Pusat 10220
"""

EDITS = [
    {"note": "disclosure list (collapsed panel 3): new bullet for electronic identity verification / e-signature providers",
     "repl": [("- mitra merchant tempat Anda bertransaksi",
               "- penyelenggara sertifikasi elektronik untuk verifikasi identitas dan tanda tangan elektronik perjanjian pembiayaan;\n- mitra merchant tempat Anda bertransaksi")]},
    {"note": "location-data sentence reworded (only while the app is in use), date not bumped", "bump": False,
     "repl": [("Kami dapat menggunakan data lokasi Anda untuk mencegah penipuan.",
               "Kami hanya mengakses data lokasi perangkat Anda ketika aplikasi sedang digunakan, untuk mencegah penipuan.")]},
    {"note": "retention period (collapsed panel 4) changed from 5 to 10 years after the last financing agreement",
     "repl": [("selama 5 (lima) tahun setelah", "selama 10 (sepuluh) tahun setelah")]},
    {"note": "new section 'Petugas Pelindungan Data Pribadi' (UU PDP) before contact section; contact renumbered",
     "repl": [("## 7. Hubungi Kami", "## 7. Petugas Pelindungan Data Pribadi\n\nSesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, kami telah menunjuk Petugas Pelindungan Data Pribadi yang dapat dihubungi melalui email [dpo@bayarnanti.co.id](mailto:dpo@bayarnanti.co.id).\n\n## 8. Hubungi Kami")]},
    {"note": "customer-service WhatsApp number changed",
     "repl": [("WhatsApp Layanan Pelanggan di 0811-1500-226.", "WhatsApp Layanan Pelanggan di 0811-8800-226 (setiap hari, 08.00-21.00 WIB).")]},
]

PROMOS = [("Cicilan 0% hingga 3 bulan", "0"), ("Bunga 1,75% per bulan untuk tenor 6 bulan", "1,75"),
          ("Cashback 10% transaksi pertama", "2,95"), ("Bunga spesial 0,99% di merchant pilihan", "0,99")]


def season(when):
    # rough Ramadan windows 2021-2026 (promo ribbon)
    ram = {2021: (4, 13), 2022: (4, 2), 2023: (3, 23), 2024: (3, 11), 2025: (3, 1), 2026: (2, 18)}
    m, d = ram[when.year]
    st = dt.datetime(when.year, m, d) - dt.timedelta(days=14)
    if st <= when <= st + dt.timedelta(days=50):
        return "ramadan"
    if (when.month, when.day) >= (11, 25) and (when.month, when.day) <= (12, 14):
        return "harbolnas"
    if when.month == 8 and when.day <= 20:
        return "merdeka"
    return "umum"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 40)
    s["wire"] = (C.alnum(rng, 20), C.alnum(rng, 20), C.hexs(rng, 64), C.hexs(rng, 64))
    s["vite"] = C.keep_or(rng, prev.get("vite"), 0.35, lambda: (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                                                                 C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), C.hexs(rng, 8)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    s["season"] = season(when)
    s["sim_price"] = rng.choice([1500000, 2500000, 3000000, 5000000])
    return s


LABELS = {
    "csrf": "Laravel CSRF token (meta + hidden inputs)",
    "wire": "Livewire wire:id / wire:snapshot memo ids and checksums (one on the tracked accordion container)",
    "vite": "Vite asset hashes and livewire.js ?id (deploy)",
    "promo": "instalment-simulator promo rate rotated",
    "season": "seasonal promo ribbon (Ramadan / Harbolnas / Merdeka)",
    "sim_price": "simulator default price",
}

RIBBON = {"ramadan": "Promo Ramadan: cicilan 0% untuk belanja kebutuhan Lebaran!", "harbolnas": "Harbolnas 12.12: limit naik & cicilan 0%",
          "merdeka": "Merdeka Sale: diskon 17% untuk transaksi pertama", "umum": "Belanja sekarang, bayar nanti. Tanpa kartu kredit."}


def snapshot(data, wid, name, checksum):
    return html.escape(json.dumps({"data": data, "memo": {"id": wid, "name": name, "path": "kebijakan-privasi", "method": "GET",
                                                          "children": [], "scripts": [], "assets": [], "errors": [], "locale": "id"},
                                   "checksum": checksum}, separators=(",", ":")), quote=True)


def render(s, blocks, when):
    wid1, wid2, ck1, ck2 = s["wire"]
    app, css, lw = s["vite"]
    head, secs = C.split_sections(blocks)
    items = []
    for n, (title, bl) in enumerate(secs, 1):
        items.append(
            '<div class="border-b border-slate-200" x-data="{ id: %d }">'
            '<h2 class="m-0"><button type="button" class="flex w-full items-center justify-between py-4 text-left text-lg font-semibold text-slate-900" '
            '@click="active = (active === id ? null : id)" :aria-expanded="active === id" aria-controls="kp-panel-%d" wire:click="track(%d)">'
            '%s<svg class="h-5 w-5 shrink-0 transition-transform" :class="{ \'rotate-180\': active === id }" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">'
            '<path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"/></svg></button></h2>'
            '<div id="kp-panel-%d" x-show="active === id" x-collapse %s class="prose prose-slate max-w-none pb-6">%s</div></div>'
            % (n, n, n, C.inline_html(title), n, "" if n == 1 else 'x-cloak style="display: none;"', C.blocks_html(bl)))
    intro = C.blocks_html(head[1:])
    acc_snap = snapshot({"active": 1, "sections": len(secs)}, wid1, "legal.privacy-accordion", ck1)
    sim_snap = snapshot({"price": s["sim_price"], "tenor": 3, "promoRate": PROMOS[s["promo"]][1]}, wid2, "installment-simulator", ck2)
    price = "{:,}".format(s["sim_price"]).replace(",", ".")
    monthly = "{:,}".format(s["sim_price"] // 3).replace(",", ".")
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="csrf-token" content="%s">\n<title>Kebijakan Privasi - Bayarnanti PayLater</title>\n'
            '<link rel="canonical" href="%s">\n<link rel="preload" as="style" href="https://www.bayarnanti.co.id/build/assets/app-%s.css" />'
            '<link rel="modulepreload" href="https://www.bayarnanti.co.id/build/assets/app-%s.js" /><link rel="stylesheet" href="https://www.bayarnanti.co.id/build/assets/app-%s.css" />'
            '<script type="module" src="https://www.bayarnanti.co.id/build/assets/app-%s.js"></script>\n'
            '<style>[x-cloak]{display:none !important;}</style>\n</head>\n'
            '<body class="font-sans antialiased bg-white text-slate-700">\n'
            '<div class="bg-emerald-600 text-white text-sm text-center py-2" data-season="%s">%s <a class="underline" href="/promo">Lihat promo</a></div>\n'
            '<header class="sticky top-0 z-40 bg-white/90 backdrop-blur border-b"><div class="mx-auto max-w-7xl px-4 flex h-16 items-center justify-between">'
            '<a href="/" class="flex items-center gap-2"><img src="/images/logo-bayarnanti.svg" alt="Bayarnanti" class="h-8"></a>'
            '<nav class="hidden md:flex gap-6 text-sm font-medium"><a href="/paylater">PayLater</a><a href="/merchant">Untuk Merchant</a><a href="/bantuan">Bantuan</a><a href="/karier">Karier</a></nav>'
            '<a href="https://bayarnanti.onelink.me/x2Rk/web" class="rounded-full bg-emerald-600 px-4 py-2 text-white text-sm">Download Aplikasi</a></div></header>\n'
            '<main class="mx-auto max-w-7xl px-4 py-12 grid gap-12 lg:grid-cols-[1fr_320px]">\n'
            '<section id="kebijakan-privasi" wire:snapshot="%s" wire:effects="[]" wire:id="%s" x-data="{ active: 1 }">\n'
            '<h1 class="text-3xl font-bold text-slate-900 mb-2">%s</h1>\n<div class="prose prose-slate max-w-none mb-8">%s</div>\n'
            '<div class="divide-y divide-slate-200 border-t border-slate-200">%s</div>\n</section>\n'
            '<aside class="space-y-6"><div wire:snapshot="%s" wire:effects="[]" wire:id="%s" class="rounded-2xl border p-6 shadow-sm">'
            '<h3 class="font-semibold text-slate-900">Simulasi Cicilan</h3>'
            '<label class="block mt-4 text-sm">Harga barang<input type="text" wire:model.live="price" value="Rp %s" class="mt-1 w-full rounded-lg border-slate-300"></label>'
            '<div class="mt-4 flex gap-2"><button wire:click="$set(\'tenor\', 1)" class="px-3 py-1 rounded-full border">1 bln</button><button wire:click="$set(\'tenor\', 3)" class="px-3 py-1 rounded-full border bg-emerald-50">3 bln</button>'
            '<button wire:click="$set(\'tenor\', 6)" class="px-3 py-1 rounded-full border">6 bln</button><button wire:click="$set(\'tenor\', 12)" class="px-3 py-1 rounded-full border">12 bln</button></div>'
            '<p class="mt-4 text-2xl font-bold text-emerald-700">Rp %s<span class="text-sm font-normal text-slate-500">/bulan</span></p>'
            '<p class="text-xs text-emerald-700 mt-1">%s</p><p class="mt-2 text-xs text-slate-500">Simulasi hanya ilustrasi. Bunga dan biaya mengikuti ketentuan yang berlaku.</p></div>'
            '<div class="rounded-2xl bg-slate-50 p-6 text-sm"><p class="font-semibold">Download aplikasi Bayarnanti</p><img src="/images/qr-download.png" alt="QR download" class="mt-3 h-32 w-32">'
            '<div class="mt-3 flex gap-2"><a href="https://apps.apple.com/id/app/bayarnanti/id1567891234"><img src="/images/badge-appstore-id.svg" alt="App Store" class="h-10"></a>'
            '<a href="https://play.google.com/store/apps/details?id=id.bayarnanti.app"><img src="/images/badge-googleplay-id.svg" alt="Google Play" class="h-10"></a></div></div></aside>\n</main>\n'
            '<footer class="bg-slate-900 text-slate-300 text-sm"><div class="mx-auto max-w-7xl px-4 py-10 grid gap-6 md:grid-cols-3">'
            '<div><img src="/images/logo-bayarnanti-white.svg" alt="Bayarnanti" class="h-8"><p class="mt-3">PT Bayarnanti Multifinance Indonesia berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK).</p>'
            '<img src="/images/logo-ojk.png" alt="OJK" class="h-10 mt-3"></div>'
            '<div><p class="font-semibold text-white">Layanan Pengaduan Konsumen</p><p>Email: cs@bayarnanti.co.id</p><p>Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga, Kementerian Perdagangan RI: 0853 1111 1010</p></div>'
            '<div><a href="/syarat-dan-ketentuan">Syarat dan Ketentuan</a><br><a href="/kebijakan-privasi">Kebijakan Privasi</a><br><a href="/bantuan">Pusat Bantuan</a></div></div>'
            '<p class="border-t border-slate-800 py-4 text-center">&copy; %d Bayarnanti. Hak cipta dilindungi.</p></footer>\n'
            '<form id="logout-form" method="POST" action="/logout" class="hidden"><input type="hidden" name="_token" value="%s" autocomplete="off"></form>\n'
            '<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-once="true"></script>\n'
            '<script>window.qontakWidget={channelId:"b3f5a1c2-7d9e-4f60-8a1b-2c3d4e5f6a7b",position:"bottom-right",greeting:"Halo! Ada yang bisa kami bantu?"};</script>\n'
            '<script async src="https://webchat.qontak.com/qchatInitialize.js"></script>\n'
            '</body>\n</html>\n'
            % (s["csrf"], URL, css, app, css, app, s["season"], RIBBON[s["season"]], acc_snap, wid1, blocks[0][1], intro,
               "".join(items), sim_snap, wid2, price, monthly, PROMOS[s["promo"]][0], when.year, s["csrf"], lw, s["csrf"]))


PAGE = {
    "service": "Bayarnanti", "url": URL, "lang": "id", "platform": "Laravel + Livewire 3 + Alpine.js",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2021, 2, 20), "end": dt.date(2026, 6, 20), "hours": (1, 5, 11),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#kebijakan-privasi"]},
}
