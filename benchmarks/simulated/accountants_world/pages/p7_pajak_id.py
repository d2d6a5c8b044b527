"""KKP Wijaya & Rekan - id tax consultants (Jakarta) - Laravel 10 + Blade + Bootstrap 5, assets built by Vite: csrf
meta and form tokens, tax-calendar sidebar, latest articles, WhatsApp widget with office-hours status."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.kkpwijaya.co.id/kebijakan-privasi"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("id", d), d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kantor Konsultan Pajak Wijaya & Rekan ("KKP Wijaya", "kami") menghormati privasi setiap klien dan pengunjung situs
web kami. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, menyimpan, dan melindungi data
pribadi Anda sehubungan dengan layanan konsultasi pajak, pembukuan, dan penggajian yang kami berikan.

## Data yang Kami Kumpulkan

- identitas: nama lengkap, NIK, NPWP, tempat dan tanggal lahir;
- kontak: alamat, nomor telepon, dan alamat email;
- data keuangan: rekening koran, bukti potong, faktur pajak, laporan keuangan, dan daftar harta;
- data karyawan klien untuk penggajian: gaji, status PTKP, nomor BPJS Ketenagakerjaan dan BPJS Kesehatan;
- data akun DJP Online dan sertifikat elektronik, hanya jika Anda memberi kuasa kepada kami.

Sebagian besar data kami peroleh langsung dari Anda, baik melalui pertemuan, email, maupun unggahan dokumen ke
portal klien. Data karyawan klien kami terima dari pemberi kerja yang bertanggung jawab memastikan bahwa karyawannya
telah diberi tahu tentang pemrosesan tersebut. Dalam hal tertentu kami juga memperoleh data dari sistem Direktorat
Jenderal Pajak berdasarkan surat kuasa yang Anda berikan.

## Dasar Pemrosesan

Kami memproses data pribadi berdasarkan perjanjian jasa yang Anda tandatangani, kewajiban hukum yang berlaku bagi
kami sebagai konsultan pajak terdaftar, kepentingan yang sah untuk menjaga keamanan sistem dan mencegah penipuan,
serta persetujuan Anda untuk keperluan pemasaran. Persetujuan dapat ditarik kapan saja tanpa memengaruhi keabsahan
pemrosesan yang telah dilakukan sebelumnya.

## Tujuan Penggunaan Data

Kami menggunakan data pribadi Anda untuk menyusun dan melaporkan SPT Masa dan SPT Tahunan, membuat faktur pajak
melalui aplikasi e-Faktur, menghitung PPh Pasal 21 dan iuran BPJS, mendampingi Anda dalam pemeriksaan dan keberatan
pajak, serta untuk penagihan jasa kami. Dengan persetujuan Anda, kami juga mengirimkan buletin perpajakan bulanan.

## Pengungkapan kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Data hanya diungkapkan kepada Direktorat Jenderal Pajak, BPJS, bank, atau
instansi pemerintah lain sepanjang diperlukan untuk pelaksanaan layanan atau diwajibkan oleh peraturan
perundang-undangan. Kami juga menggunakan penyedia layanan berikut:

- layanan komputasi awan untuk situs web (Biznet Gio Cloud, Jakarta);
- perangkat lunak akuntansi dan penggajian (Accurate Online);
- layanan pesan WhatsApp Business (WhatsApp LLC) untuk komunikasi dengan klien.

## Penyimpanan dan Keamanan

Data disimpan di server yang berlokasi di Indonesia dan dilindungi dengan enkripsi, kata sandi, dan pembatasan akses.
Seluruh konsultan dan staf kami terikat kewajiban menjaga kerahasiaan sesuai Kode Etik Ikatan Konsultan Pajak
Indonesia (IKPI). Dokumen fisik disimpan dalam lemari terkunci di kantor kami.

Dokumen dan data klien kami simpan selama lima tahun setelah berakhirnya perikatan. Setelah jangka waktu tersebut
data akan dimusnahkan secara aman, kecuali jika peraturan perundang-undangan mewajibkan penyimpanan lebih lama.

## Cookie

Situs web kami menggunakan cookie sesi yang diperlukan agar formulir kontak dapat berfungsi dan cookie Google
Analytics untuk mengetahui jumlah pengunjung. Anda dapat menonaktifkan cookie melalui pengaturan peramban Anda.

## Data Anak

Layanan kami ditujukan bagi wajib pajak dewasa dan badan usaha. Data anak hanya kami proses sebagai bagian dari data
tanggungan keluarga yang diperlukan untuk menghitung penghasilan tidak kena pajak, dan data tersebut kami terima dari
orang tua atau wali yang bersangkutan. Kami tidak dengan sengaja mengumpulkan data pribadi langsung dari anak di
bawah umur melalui situs web ini.

## Hak Anda

Anda berhak meminta akses atas data pribadi Anda, meminta perbaikan data yang tidak akurat, menarik persetujuan untuk
menerima buletin, serta meminta penghapusan data yang tidak lagi wajib kami simpan. Permintaan dapat disampaikan
melalui email ke [privasi@kkpwijaya.co.id](mailto:privasi@kkpwijaya.co.id) dan akan kami tanggapi paling lambat
dalam 14 hari kerja.

## Hubungi Kami

@ KKP Wijaya & Rekan
@ Gedung Graha Mampang Lt. 5, Jl. Mampang Prapatan Raya No. 100
@ Jakarta Selatan 12760
@ Telepon: (021) 7984 3210

## Perubahan Kebijakan

Kebijakan ini dapat kami perbarui sewaktu-waktu. Perubahan akan diumumkan di halaman ini dengan mencantumkan tanggal
pembaruan terakhir.
"""

EDITS = [
    {"note": "processor list item added: Google Workspace for email and documents",
     "repl": [("- layanan pesan WhatsApp Business (WhatsApp LLC) untuk komunikasi dengan klien.",
               "- layanan pesan WhatsApp Business (WhatsApp LLC) untuk komunikasi dengan klien;\n"
               "- email dan penyimpanan dokumen (Google Workspace, Google Asia Pacific Pte. Ltd.).")]},
    {"note": "retention extended from five to ten years (Pasal 28 ayat 11 UU KUP)",
     "repl": [("Dokumen dan data klien kami simpan selama lima tahun setelah berakhirnya perikatan.",
               "Dokumen dan data klien kami simpan selama sepuluh tahun sesuai Pasal 28 ayat (11) Undang-Undang "
               "Ketentuan Umum dan Tata Cara Perpajakan.")]},
    {"note": "new section: rights and data protection officer under UU PDP No. 27/2022",
     "repl": [("## Hubungi Kami",
               "## Pelindungan Data Pribadi\n\nSesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
               "Pribadi, kami telah menunjuk Pejabat Pelindungan Data Pribadi yang dapat dihubungi melalui "
               "[dpo@kkpwijaya.co.id](mailto:dpo@kkpwijaya.co.id). Anda juga berhak mengajukan keberatan atas "
               "pemrosesan otomatis dan meminta salinan data pribadi Anda dalam format yang umum digunakan.\n\n"
               "## Hubungi Kami")]},
    {"note": "words inserted without new date: 'peramban (browser) Anda'", "bump": False,
     "repl": [("pengaturan peramban Anda.", "pengaturan peramban (browser) Anda.")]},
    {"note": "e-Faktur replaced by Coretax DJP in purposes (2025 system change)",
     "repl": [("membuat faktur pajak\nmelalui aplikasi e-Faktur,",
               "membuat faktur pajak\nmelalui sistem Coretax DJP,")]},
]

POSTS = K.make_posts(dt.date(2022, 1, 3), dt.date(2026, 6, 30), [
    "Batas Waktu Pelaporan SPT Tahunan Orang Pribadi", "Tarif Efektif Rata-rata PPh Pasal 21",
    "Kenaikan Tarif PPN menjadi 12 Persen", "Pemadanan NIK sebagai NPWP", "Panduan Registrasi Akun Coretax",
    "Insentif PPh Final UMKM 0,5 Persen", "Program Pengungkapan Sukarela", "Bukti Potong Unifikasi"],
    (21, 49), random.Random("wijaya-posts"))


def tax_calendar(when):
    d0 = when.date()
    setor = 15 if d0 >= dt.date(2024, 1, 1) else 10
    out = []
    for k in range(3):
        y, m = d0.year + (d0.month - 1 + k) // 12, (d0.month - 1 + k) % 12 + 1
        out += [(dt.date(y, m, setor), "Batas setor PPh Pasal 21/23/26"),
                (dt.date(y, m, 20), "Batas lapor SPT Masa PPh")]
        out.append((dt.date(y, m, 28) if m == 2 else dt.date(y, m, 30), "Batas lapor SPT Masa PPN"))
        if m == 3:
            out.append((dt.date(y, 3, 31), "Batas lapor SPT Tahunan Orang Pribadi"))
        if m == 4:
            out.append((dt.date(y, 4, 30), "Batas lapor SPT Tahunan Badan"))
    return tuple(sorted(x for x in out if x[0] >= d0)[:4])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 40)
    s["vite"] = K.sticky(rng, prev.get("vite"), 0.35, lambda: (C.alnum(rng, 8), C.alnum(rng, 8)))
    s["calendar"] = tax_calendar(when)
    s["posts"] = K.posts_until(POSTS, when, 4)
    wib = when + dt.timedelta(hours=7)
    s["wa"] = "online" if wib.weekday() < 5 and 8 <= wib.hour < 17 else "offline"
    return s


LABELS = {"csrf": "Laravel csrf-token meta and form _token (per session)", "vite": "Vite asset hashes (deploys)",
          "calendar": "sidebar 'Kalender Pajak' next deadlines", "posts": "sidebar 'Artikel Terbaru'",
          "wa": "WhatsApp widget online/offline by office hours (WIB)"}


def render(s, blocks, when):
    css, js = s["vite"]
    body = C.render_blocks(blocks, tags={"h1": ' class="h2 mb-3"', "h2": ' class="h4 mt-4"',
                                         "addr": ' class="mb-0"'}, sep="\n")
    cal = "".join('<li class="list-group-item d-flex justify-content-between"><span>%s</span><span class="badge '
                  'bg-primary">%s</span></li>' % (C.esc(t), fmt_date(d)) for d, t in s["calendar"])
    posts = "".join('<li><a href="/artikel/%s">%s</a><small class="d-block text-muted">%s</small></li>'
                    % (slug, C.esc(t), fmt_date(d)) for d, t, slug in s["posts"])
    wa = ("Online – balas dalam beberapa menit" if s["wa"] == "online" else
          "Offline – kami akan membalas pada jam kerja (Senin–Jumat 08.00–17.00 WIB)")
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="'
        'width=device-width, initial-scale=1">\n    <meta name="csrf-token" content="%s">\n    <title>Kebijakan '
        'Privasi - KKP Wijaya &amp; Rekan</title>\n    <link rel="preload" as="style" href="https://www.kkpwijaya.co.'
        'id/build/assets/app-%s.css" /><link rel="modulepreload" href="https://www.kkpwijaya.co.id/build/assets/app-%s'
        '.js" /><link rel="stylesheet" href="https://www.kkpwijaya.co.id/build/assets/app-%s.css" /><script type="'
        'module" src="https://www.kkpwijaya.co.id/build/assets/app-%s.js"></script>\n</head>\n<body class="page-'
        'kebijakan-privasi">\n<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm sticky-top"><div '
        'class="container"><a class="navbar-brand" href="https://www.kkpwijaya.co.id"><img src="https://www.kkpwijaya.'
        'co.id/images/logo-kkp-wijaya.svg" alt="KKP Wijaya &amp; Rekan" height="40"></a><div class="collapse navbar-'
        'collapse" id="navbarMain"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">'
        'Beranda</a></li><li class="nav-item"><a class="nav-link" href="/layanan">Layanan</a></li><li class="nav-item">'
        '<a class="nav-link" href="/artikel">Artikel</a></li><li class="nav-item"><a class="nav-link" href="/tentang-'
        'kami">Tentang Kami</a></li><li class="nav-item"><a class="btn btn-primary ms-lg-3" href="/konsultasi">'
        'Konsultasi Gratis</a></li></ul></div></div></nav>\n'
        '<main class="py-5"><div class="container"><div class="row g-5">\n<div class="col-lg-8"><article class="'
        'policy-content card border-0 shadow-sm p-4">\n%s\n</article></div>\n'
        '<aside class="col-lg-4"><div class="card mb-4"><div class="card-header fw-semibold">Kalender Pajak</div><ul '
        'class="list-group list-group-flush">%s</ul></div><div class="card"><div class="card-header fw-semibold">'
        'Artikel Terbaru</div><div class="card-body"><ul class="list-unstyled mb-0">%s</ul></div></div></aside>\n'
        '</div></div></main>\n<footer class="bg-dark text-light py-4"><div class="container"><div class="row"><div '
        'class="col-md-6"><form method="POST" action="https://www.kkpwijaya.co.id/newsletter"><input type="hidden" '
        'name="_token" value="%s" autocomplete="off"><label class="form-label" for="nl-email">Berlang'
        'ganan buletin pajak'
        '</label><div class="input-group"><input type="email" class="form-control" id="nl-email" name="email"><button '
        'class="btn btn-primary" type="submit">Daftar</button></div></form></div><div class="col-md-6 text-md-end">'
        '<small>&copy; %d KKP Wijaya &amp; Rekan. Izin Kuasa Hukum Pajak & Izin Praktik KKP No. KEP-123/IP.C/PJ/2019.'
        '</small></div></div></div></footer>\n<div class="wa-widget wa-%s" id="wa-widget"><a href="https://wa.me/'
        '6281211223344" target="_blank" rel="noopener"><span class="wa-status">%s</span></a></div>\n</body>\n</html>\n'
        % (s["csrf"], css, js, css, js, body, cal, posts, s["csrf"], when.year, s["wa"], wa))


PAGE = {
    "service": "KKP Wijaya & Rekan", "url": URL, "lang": "id-ID", "platform": "Laravel 10 + Bootstrap 5 (Vite)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 5, 2), "end": dt.date(2026, 6, 1), "hours": (0, 3, 9, 21),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.policy-content"]},
}
