"""Traktirin (Indonesian fan-funding / tipping for streamers and creators), Laravel app. Until June 2024 Blade
views with Bootstrap 4 and jQuery (policy in a card); from then a Tailwind + Livewire 3 redesign built with Vite."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://traktirin.id/kebijakan-privasi"
REDESIGN = dt.date(2024, 6, 18)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["id"][d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Traktirin adalah layanan yang memungkinkan kreator, streamer, dan penulis menerima dukungan langsung dari penggemarnya. Kebijakan Privasi ini menjelaskan bagaimana PT Traktir Kreator Nusantara mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi Anda sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.

## Data yang Kami Kumpulkan

- Data akun: nama, nama pengguna, alamat email, dan nomor telepon;
- Data kreator: nomor rekening bank, nama pemilik rekening, NPWP, dan foto KTP untuk verifikasi;
- Data transaksi: jumlah dukungan, pesan dukungan, metode pembayaran, dan waktu transaksi;
- Data perangkat: alamat IP, jenis peramban, sistem operasi, dan pengenal perangkat.

## Penggunaan Data

Kami menggunakan data Anda untuk memproses dukungan dan pencairan dana, memverifikasi identitas kreator, mencegah penipuan dan pencucian uang, menampilkan pesan dukungan di siaran langsung (overlay) sesuai pengaturan kreator, serta mengirimkan pemberitahuan terkait akun Anda.

Pesan dukungan yang Anda kirim dapat dibaca oleh kreator dan, jika kreator menampilkannya di siaran langsung, oleh penonton siaran tersebut. Jangan mencantumkan data pribadi dalam pesan dukungan.

## Pihak Ketiga

Kami membagikan data kepada mitra berikut hanya sejauh diperlukan:

| Mitra | Keperluan | Lokasi |
| PT Midtrans | Pemrosesan pembayaran | Indonesia |
| PT Dompet Anak Bangsa (GoPay) | Pembayaran dompet digital | Indonesia |
| Amazon Web Services (Jakarta) | Penyimpanan data dan server | Indonesia |
| Google Cloud (Firebase) | Notifikasi aplikasi | Singapura |

## Penyimpanan Data

Data akun disimpan selama akun Anda aktif. Data transaksi disimpan selama 5 tahun untuk memenuhi ketentuan perpajakan dan anti pencucian uang. Foto KTP dihapus 90 hari setelah verifikasi selesai.

## Keamanan

Kami menggunakan enkripsi TLS untuk semua koneksi, membatasi akses karyawan terhadap data pribadi, dan melakukan pengujian keamanan secara berkala. Namun, tidak ada sistem yang sepenuhnya aman.

## Hak Anda

Anda berhak mengakses, memperbaiki, menghapus, dan menarik persetujuan atas pemrosesan data pribadi Anda, serta berhak mengajukan keberatan. Kirimkan permintaan Anda ke [privasi@traktirin.id](mailto:privasi@traktirin.id). Kami akan menanggapi dalam waktu 3x24 jam.

## Hubungi Kami

@ PT Traktir Kreator Nusantara
@ Jl. Kemang Raya No. 45, Bangka, Mampang Prapatan
@ Jakarta Selatan 12730
@ WhatsApp: +62 811-1907-2244
"""

EDITS = [
    {"note": "table row added: DANA e-wallet",
     "repl": [("| PT Dompet Anak Bangsa (GoPay) | Pembayaran dompet digital | Indonesia |",
               "| PT Dompet Anak Bangsa (GoPay) | Pembayaran dompet digital | Indonesia |\n| PT Espay Debit Indonesia Koe (DANA) | Pembayaran dompet digital | Indonesia |")]},
    {"note": "KTP photo retention 90 -> 30 days",
     "repl": [("Foto KTP dihapus 90 hari setelah verifikasi selesai.", "Foto KTP dihapus 30 hari setelah verifikasi selesai.")]},
    {"note": "typo fix without new date: 'peramban' sentence gets 'versi aplikasi'",
     "bump": False,
     "repl": [("jenis peramban, sistem operasi,", "jenis peramban, versi aplikasi, sistem operasi,")]},
    {"note": "new section: children (minimum age 17)",
     "repl": [("## Keamanan", "## Pengguna di Bawah Umur\n\nLayanan kami tidak ditujukan bagi anak di bawah 17 tahun. Pengguna di bawah 17 tahun hanya dapat mengirim dukungan dengan persetujuan orang tua atau wali.\n\n## Keamanan")]},
    {"note": "office moved: Kemang -> Tebet; WhatsApp number changed",
     "repl": [("@ Jl. Kemang Raya No. 45, Bangka, Mampang Prapatan\n@ Jakarta Selatan 12730\n@ WhatsApp: +62 811-1907-2244",
               "@ Jl. Tebet Raya No. 12A, Tebet Timur\n@ Jakarta Selatan 12820\n@ WhatsApp: +62 811-1907-8800")]},
    {"note": "Firebase row replaced by OneSignal; response time sentence changed",
     "repl": [("| Google Cloud (Firebase) | Notifikasi aplikasi | Singapura |", "| OneSignal, Inc. | Notifikasi aplikasi | Amerika Serikat |"),
              ("Kami akan menanggapi dalam waktu 3x24 jam.", "Kami akan menanggapi paling lambat 3 x 24 jam sejak permintaan diterima.")]},
]

CREATORS = K.handles("traktirin|creators", 30, ["bangjago", "mbakvtuber", "rizkygaming", "dewisketsa", "kopipagi",
                                               "ucupstream", "nadiacover", "ojanplays", "laraillust", "tehmanis"])
DEPLOYS = K.deploys("traktirin|deploy", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 21, 8)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.alnum(rng, 40), "wire": C.hexs(rng, 64), "wid": C.alnum(rng, 20)}
    s["build"] = K.deploy(when, DEPLOYS)
    s["top"] = C.keep_or(rng, prev.get("top"), 0.8, lambda: tuple(rng.sample(range(len(CREATORS)), 5)))
    s["total"] = K.growing(when, dt.date(2021, 1, 1), 4.1e9, 5.8e6, rng, 9000000)
    # Ramadan banner (approximate periods)
    ram = [(dt.date(2022, 4, 2), dt.date(2022, 5, 2)), (dt.date(2023, 3, 23), dt.date(2023, 4, 22)),
           (dt.date(2024, 3, 11), dt.date(2024, 4, 10)), (dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
           (dt.date(2026, 2, 18), dt.date(2026, 3, 20))]
    s["ramadan"] = any(a <= when.date() <= b for a, b in ram)
    return s


LABELS = {"csrf": "Laravel csrf-token meta + XSRF form token", "wire": "Livewire snapshot checksum",
          "wid": "Livewire component id", "build": "asset build hash (mix ?id= / Vite manifest)",
          "top": "'Kreator teratas minggu ini' leaderboard", "total": "footer total support counter",
          "ramadan": "Ramadan banner"}


def render(s, blocks, when):
    b = s["build"]
    tops = "".join('<li><a href="/%s">@%s</a> <span>%s dukungan</span></li>' % (CREATORS[k], CREATORS[k], 40 + 7 * k)
                   for k in s["top"])
    total = "Rp" + C.group_digits(s["total"], ".")
    ram = ('<div class="promo-ramadan">Marhaban ya Ramadan! Fitur THR untuk kreator sudah tersedia.</div>'
           if s["ramadan"] else "")
    if when.date() < REDESIGN:
        body = K.render_blocks(blocks[2:], tags={"table": ' class="table table-bordered"'})
        return (
            '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<meta name="csrf-token" content="%s">\n'
            '<title>Kebijakan Privasi - Traktirin</title>\n<link href="/css/app.css?id=%s" rel="stylesheet">\n</head>\n'
            '<body>\n<div id="app">%s<nav class="navbar navbar-expand-md navbar-light bg-white shadow-sm"><div class='
            '"container"><a class="navbar-brand" href="/">Traktirin</a><ul class="navbar-nav ml-auto"'
            '><li class="nav-item">'
            '<a class="nav-link" href="/login">Masuk</a></li><li class="nav-item"><a class="nav-link btn btn-warning" '
            'href="/register">Daftar jadi kreator</a></li></ul></div></nav>\n<main class="py-4"><div class="container">'
            '<div class="row justify-content-center"><div class="col-md-9"><div class="card"><div class="card-header">'
            '<h1 class="h3 mb-0">%s</h1></div><div class="card-body policy"><p class="text-muted">%s<'
            '/p>\n%s\n</div></div>'
            '</div><div class="col-md-3"><div class="card"><div class="card-header">Kreator teratas minggu ini</div>'
            '<ul class="list-unstyled card-body">%s</ul></div></div></div></div></main>\n<footer class="footer bg-dark '
            'text-white py-3"><div class="container">Total dukungan tersalurkan: %s &middot; &copy; %d Traktirin</div>'
            '</footer></div>\n<script src="/js/app.js?id=%s"></script>\n</body>\n</html>\n'
            % (s["csrf"], b, ram, C.inline_html(blocks[0][1]), C.inline_html(blocks[1][1]), body, tops, total,
               when.year, b[::-1]))
    body = K.render_blocks(blocks, sep="\n")
    snap = ('{&quot;data&quot;:{&quot;email&quot;:&quot;&quot;},&quot;memo&quot;:{&quot;id&quot;:&quot;%s&quot;,'
            '&quot;name&quot;:&quot;newsletter-form&quot;,&quot;path&quot;:&quot;kebijakan-privasi&quot;,&quot;method'
            '&quot;:&quot;GET&quot;,&quot;locale&quot;:&quot;id&quot;},&quot;checksum&quot;:&quot;%s&quot;}'
            % (s["wid"], s["wire"]))
    return (
        '<!DOCTYPE html>\n<html lang="id" class="scroll-smooth">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="csrf-token" content="%s">\n<title>Kebijakan Privasi · Traktirin</title>\n'
        '<link rel="preload" as="style" href="https://traktirin.id/build/assets/app-%s.css">\n'
        '<link rel="stylesheet" href="https://traktirin.id/build/assets/app-%s.css">\n'
        '<script type="module" src="https://traktirin.id/build/assets/app-%s.js"></script>\n</head>\n'
        '<body class="bg-amber-50 font-sans antialiased text-slate-800">\n%s<header class="sticky top'
        '-0 z-40 bg-white/90 '
        'backdrop-blur border-b"><div class="mx-auto max-w-6xl flex items-center justify-between px-4 py-3">'
        '<a href="/" class="font-bold text-xl text-amber-600">Traktirin</a><nav class="hidden md:flex gap-6 text-sm">'
        '<a href="/jelajahi">Jelajahi</a><a href="/overlay">Overlay</a><a href="/harga">Biaya</a></na'
        'v></div></header>\n'
        '<main class="mx-auto max-w-6xl px-4 py-10 grid md:grid-cols-[1fr_18rem] gap-10">\n'
        '<article class="prose prose-slate max-w-none" id="policy">\n%s\n</article>\n'
        '<aside class="space-y-4"><div class="rounded-xl bg-white p-4 shadow"><h2 class="font-semibol'
        'd">Kreator teratas '
        'minggu ini</h2><ol class="mt-2 space-y-1 text-sm">%s</ol></div>\n<div wire:snapshot="%s" wire:effects="[]" '
        'wire:id="%s"><form wire:submit="subscribe"><input type="email" wire:model="email" placeholder="Email kamu">'
        '<button>Langganan</button></form></div></aside>\n</main>\n<footer class="border-t bg-white">'
        '<div class="mx-auto '
        'max-w-6xl px-4 py-6 text-sm">Total dukungan tersalurkan: <strong>%s</strong> &middot; &copy; %d PT Traktir '
        'Kreator Nusantara</div></footer>\n<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" '
        'data-update-uri="/livewire/update" data-navigate-once="true"></script>\n</body>\n</html>\n'
        % (s["csrf"], b, b, b[::-1], ram, body, tops, snap, s["wid"], total, when.year, b[:6] + "2f", s["csrf"]))


PAGE = {
    "service": "Traktirin", "url": URL, "lang": "id-ID", "platform": "Laravel (Blade/Bootstrap, then Tailwind+Livewire)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 31), "hours": (1, 10),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#policy"]},
    "history": [{"fetch": URL, "select": [".card-header h1", ".card-body.policy"], "validUntil": "2024-06-18T00:00:00Z"}],
}
