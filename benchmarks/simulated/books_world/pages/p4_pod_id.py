"""TerbitKita: an Indonesian self-publishing and print-on-demand service (Yogyakarta) on a CodeIgniter 3 site with
a Bootstrap 4 / jQuery theme and Font Awesome.

The policy is a CMS page rendered into `.card-body#page-content` (the declaration's container). Inside it, after
the policy, the "Ada pertanyaan?" WhatsApp box shows which admin is on duty and whether they are online (by WIB
hour and day), removed by the declaration (`.wa-cta`). Outside: CodeIgniter's CSRF hash per request (the newsletter
form's hidden input and the JS globals), the "naskah telah terbit" counter in the hero (grows daily), the
testimonial carousel starting at a random slide, the monthly promo top bar ("Promo Cetak Hemat", Harbolnas 12.12,
Ramadan), and the theme's ?v= asset version.
"""
import datetime as dt
import html

import common as C

URL = "https://terbitkita.id/halaman/kebijakan-privasi"

POLICY = """
# Kebijakan Privasi TerbitKita

Terakhir diperbarui: {UPDATED}

TerbitKita (terbitkita.id) adalah layanan penerbitan mandiri dan cetak sesuai pesanan (print on demand) yang dikelola oleh PT Terbit Kita Nusantara ("TerbitKita" atau "kami"). Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi penulis, pembeli, dan pengunjung situs kami. Dengan mendaftar atau menggunakan layanan kami, Anda menyatakan telah membaca dan memahami kebijakan ini.

## 1. Data yang Kami Kumpulkan

### Data penulis

- nama lengkap dan nama pena;
- alamat email, nomor WhatsApp, dan alamat surat-menyurat;
- Nomor Induk Kependudukan (NIK) dan foto KTP, yang diperlukan untuk pengajuan ISBN dan penandatanganan perjanjian penerbitan;
- NPWP dan nomor rekening bank untuk pembayaran royalti;
- naskah, desain sampul, biodata penulis, dan foto penulis yang Anda unggah.

### Data pembeli

- nama penerima, alamat pengirman, nomor telepon, dan alamat email;
- riwayat pesanan dan status pembayaran.

### Data yang terkumpul secara otomatis

Saat Anda mengunjungi situs kami, sistem mencatat alamat IP, jenis perangkat dan peramban, halaman yang dikunjungi, serta informasi dari cookie.

## 2. Tujuan Penggunaan Data

| Tujuan | Data yang digunakan | Dasar pemrosesan |
| Membuat dan mengelola akun | nama, email, nomor WhatsApp | pelaksanaan perjanjian |
| Menyunting, menata letak, dan mencetak naskah | naskah, sampul, biodata | pelaksanaan perjanjian |
| Pengajuan ISBN ke Perpustakaan Nasional RI | nama, NIK, judul dan sinopsis buku | kewajiban hukum dan pelaksanaan perjanjian |
| Pengiriman pesanan | nama, alamat, nomor telepon | pelaksanaan perjanjian |
| Pembayaran royalti dan pemotongan pajak | NPWP, nomor rekening, data penjualan | kewajiban hukum |
| Mengirim info promo, lomba menulis, dan kelas kepenulisan | email, nomor WhatsApp | persetujuan |
| Analisis dan keamanan situs | alamat IP, data perangkat, cookie | kepentingan yang sah |

## 3. Naskah dan Hak Cipta

Hak cipta atas naskah tetap sepenuhnya milik Anda. Kami hanya menggunakan naskah Anda untuk proses penerbitan yang Anda pesan. Editor dan penata letak kami mengakses naskah sesuai kebutuhan pekerjaan dan terikat perjanjian kerahasiaan. Naskah yang ditolak atau dibatalkan kami hapus dari server paling lambat 6 bulan setelah pembatalan.

## 4. Lomba Menulis dan Kelas Kepenulisan

Jika Anda mengikuti lomba menulis atau kelas kepenulisan yang kami selenggarakan, kami mengumpulkan nama, asal kota, nomor WhatsApp, dan karya yang Anda kirimkan. Nama, asal kota, dan karya para pemenang akan kami umumkan di situs, Instagram, dan TikTok TerbitKita. Karya peserta lomba yang tidak menang tidak akan kami publikasikan tanpa izin penulisnya. Rekaman kelas daring dapat menampilkan nama dan wajah peserta yang menyalakan kamera; rekaman tersebut hanya dibagikan kepada peserta kelas yang sama.

## 5. Pihak yang Menerima Data

Kami tidak menjual data pribadi Anda. Data hanya kami bagikan kepada pihak berikut sesuai keperluannya:

| Pihak penerima | Keperluan |
| Perpustakaan Nasional Republik Indonesia | pengajuan ISBN dan serah simpan karya cetak |
| PT Midtrans | pemrosesan pembayaran melalui transfer bank, kartu, dan dompet digital |
| JNE, J&T Express, SiCepat Ekspres | pengiriman buku |
| Percetakan mitra di Yogyakarta dan Bekasi | pencetakan buku pesanan |
| Google LLC | Google Analytics dan Google Workspace (email) |

Nama pena, biodata, dan foto penulis ditampilkan secara publik di halaman buku pada toko kami dan dapat dicantumkan di marketplace mitra (Tokopedia dan Shopee) tempat kami menjual buku Anda. Kami juga dapat memberikan data kepada aparat penegak hukum apabila diwajibkan oleh peraturan perundang-undangan.

## 6. Penyimpanan dan Keamanan Data

Data disimpan di server yang berlokasi di pusat data di Jakarta. Akses ke data dibatasi hanya untuk karyawan yang membutuhkannya, dan seluruh koneksi ke situs kami dienkripsi menggunakan HTTPS. Kata sandi akun disimpan dalam bentuk terenkripsi, dan kami melakukan pencadangan data secara berkala. Tim kami tidak akan pernah meminta kata sandi atau kode OTP Anda melalui telepon maupun WhatsApp.

Data akun kami simpan selama akun Anda aktif. Foto KTP kami hapus paling lambat 90 hari setelah ISBN buku Anda terbit. Data transaksi dan royalti kami simpan selama 10 tahun sesuai ketentuan perpajakan.

## 7. Tautan ke Situs Lain

Situs kami memuat tautan ke situs pihak lain, seperti marketplace, media sosial, dan layanan pembayaran. Kebijakan Privasi ini tidak berlaku untuk situs-situs tersebut. Kami menyarankan Anda membaca kebijakan privasi setiap situs yang Anda kunjungi.

## 8. Cookie

Kami menggunakan cookie untuk menjaga sesi login, menyimpan isi keranjang belanja, dan memahami cara pengunjung menggunakan situs (Google Analytics). Anda dapat menghapus atau memblokir cookie melalui pengaturan peramban, tetapi beberapa fitur situs mungkin tidak berfungsi dengan baik.

## 9. Hak Anda

Sesuai Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik, Anda berhak untuk:

- mengakses dan memperoleh salinan data pribadi Anda;
- memperbaiki data yang tidak akurat melalui menu Profil atau dengan menghubungi kami;
- meminta penghapusan akun dan data pribadi Anda, kecuali data yang wajib kami simpan menurut hukum;
- menarik kembali persetujuan untuk menerima info promo kapan saja.

Permintaan akan kami tanggapi paling lambat 14 hari kerja sejak permintaan diterima.

## 10. Penulis di Bawah Umur

Penulis yang belum berusia 17 tahun dapat menerbitkan buku di TerbitKita dengan persetujuan orang tua atau wali. Perjanjian penerbitan ditandatangani oleh orang tua atau wali, dan data KTP yang kami minta adalah milik orang tua atau wali tersebut.

## 11. Perubahan Kebijakan

Kebijakan ini dapat kami ubah sewaktu-waktu. Perubahan penting akan kami umumkan melalui email atau pemberitahuan di dasbor penulis. Tanggal pembaruan terakhir selalu tercantum di bagian atas halaman ini.

## 12. Hubungi Kami

Jika Anda memiliki pertanyaan mengenai kebijakan ini atau ingin menggunakan hak Anda, silakan hubungi kami:

@ PT Terbit Kita Nusantara
@ Jl. Kaliurang Km 5,6 No. 12, Caturtunggal, Depok, Sleman
@ Daerah Istimewa Yogyakarta 55281
@ Email: privasi@terbitkita.id
@ WhatsApp: 0812-2700-4455
"""

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'pengirman' -> 'pengiriman' (no new date)",
     "repl": [("alamat pengirman, nomor telepon", "alamat pengiriman, nomor telepon")], "bump": False},
    {"note": "sentence added: manuscripts are not used to train artificial-intelligence systems",
     "repl": [("terikat perjanjian kerahasiaan. Naskah yang ditolak",
               "terikat perjanjian kerahasiaan. Kami tidak menggunakan naskah Anda untuk melatih sistem kecerdasan "
               "buatan (AI) dan tidak mengizinkan pihak lain melakukannya. Naskah yang ditolak")]},
    {"note": "payment processor Xendit added to the recipients table",
     "repl": [("| JNE, J&T Express, SiCepat Ekspres | pengiriman buku |",
               "| PT Xendit Teknologi Indonesia | pemrosesan pembayaran melalui QRIS dan virtual account |\n"
               "| JNE, J&T Express, SiCepat Ekspres | pengiriman buku |")]},
    {"note": "WhatsApp number changed in the contact block",
     "repl": [("@ WhatsApp: 0812-2700-4455", "@ WhatsApp: 0811-2650-7788")]},
    {"note": "rights section rewritten for the Personal Data Protection Law (UU No. 27 Tahun 2022): legal reference "
             "replaced, three rights added, response time 3x24 hours; KTP photos deleted after 30 instead of 90 days",
     "repl": [("Sesuai Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data "
               "Pribadi dalam Sistem Elektronik, Anda berhak untuk:",
               "Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda sebagai subjek data "
               "pribadi berhak untuk:"),
              ("- menarik kembali persetujuan untuk menerima info promo kapan saja.",
               "- menarik kembali persetujuan untuk menerima info promo kapan saja;\n"
               "- meminta penundaan atau pembatasan pemrosesan data pribadi Anda;\n"
               "- mendapatkan data pribadi Anda dalam format yang umum digunakan dan dapat dibaca sistem elektronik;\n"
               "- mengajukan keberatan atas keputusan yang hanya didasarkan pada pemrosesan secara otomatis."),
              ("Permintaan akan kami tanggapi paling lambat 14 hari kerja sejak permintaan diterima.",
               "Permintaan akan kami tanggapi paling lambat 3 x 24 jam sejak permintaan diterima."),
              ("Foto KTP kami hapus paling lambat 90 hari", "Foto KTP kami hapus paling lambat 30 hari")]},
]

ADMINS = ["Rina", "Dimas", "Sari", "Yoga", "Nadia"]
TESTI = [("Ayu Lestari", "Novel pertama saya terbit dalam 3 minggu. Proses ISBN-nya diurus sampai beres."),
         ("Pak Hendro Wibowo", "Buku kumpulan khotbah kami dicetak 100 eksemplar, hasilnya rapi dan tepat waktu."),
         ("Nurul Hidayah", "Editornya sabar sekali membimbing penulis pemula seperti saya."),
         ("Komunitas Puisi Senja", "Antologi kami akhirnya punya ISBN dan dijual di Shopee juga."),
         ("Dr. Bambang S.", "Cetak buku ajar untuk mahasiswa jadi mudah, bisa pesan sedikit-sedikit."),
         ("Fajar Ramadhan", "Sampulnya didesain ulang gratis sampai saya puas. Mantap!")]


def _promo(when):
    m = when.month
    if m == 12:
        return "Harbolnas 12.12: gratis ongkir cetak buku ke seluruh Indonesia s.d. 15 Desember"
    if m in (3, 4) and when.year in (2023, 2024, 2025):
        return "Promo Ramadan: paket Terbit Hemat mulai Rp 399.000, bonus 5 eksemplar"
    if m in (7, 8):
        return "Promo Cetak Hemat Kemerdekaan: diskon 17% untuk cetak minimal 50 eksemplar s.d. 31 Agustus"
    if m in (10, 11):
        return "Lomba Menulis Cerpen TerbitKita %d: total hadiah Rp 15 juta, naskah ditunggu s.d. 30 November" % when.year
    return "Terbitkan bukumu mulai Rp 499.000 sudah termasuk ISBN, layout, dan desain sampul"


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["csrf"] = C.hexs(rng, 32)
    days = (when.date() - dt.date(2022, 1, 1)).days
    st["published"] = 9200 + int(days * 4.3) + (rng.randint(0, 3) if when.hour > 6 else 0)
    wib = (when.hour + 7) % 24
    day_admin = ADMINS[(when.toordinal() + (1 if wib >= 15 else 0)) % len(ADMINS)]
    st["wa_admin"] = (day_admin, 8 <= wib < 21)
    st["testi_start"] = rng.randrange(len(TESTI))
    st["promo"] = _promo(when)
    st["asset_v"] = C.keep_or(rng, p.get("asset_v"), 0.2,
                              lambda: "2.%d.%d" % (rng.randint(3, 9), rng.randint(0, 14)))
    return st


LABELS = {"csrf": "CodeIgniter CSRF hash (newsletter form, JS globals)", "published": "'naskah telah terbit' counter",
          "wa_admin": "WhatsApp admin-on-duty box inside the container (removed by the declaration)",
          "testi_start": "testimonial carousel start slide", "promo": "promo top bar", "asset_v": "theme ?v= version"}


def _num(n):
    return "{:,}".format(n).replace(",", ".")


def render(state, blocks, when):
    admin, online = state["wa_admin"]
    if online:
        wa = ('Admin <strong>%s</strong> sedang online <span class="badge badge-success">● Online</span> · '
              'biasanya membalas dalam 5 menit' % admin)
    else:
        wa = 'Admin sedang offline. Pesan Anda akan dibalas mulai pukul 08.00 WIB'
    body = C.blocks_html(blocks, {"table": "table table-bordered table-sm"})
    body = body.replace("<table", '<div class="table-responsive"><table').replace("</table>", "</table></div>")
    n = len(TESTI)
    items = []
    for k in range(n):
        name, text = TESTI[k]
        items.append('<div class="carousel-item%s"><blockquote class="blockquote mb-0"><p class="small">"%s"</p>'
                     '<footer class="blockquote-footer">%s</footer></blockquote></div>'
                     % (" active" if k == state["testi_start"] else "", html.escape(text), html.escape(name)))
    wa_no = "0812-2700-4455"
    for kind, val in blocks:
        if kind == "addr":
            for line in val:
                if line.startswith("WhatsApp: "):
                    wa_no = line[len("WhatsApp: "):]
    wa_link = "62" + wa_no.replace("-", "")[1:]
    v = state["asset_v"]
    csrf = state["csrf"]
    return """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Kebijakan Privasi - TerbitKita | Penerbit Indie &amp; Cetak Buku Satuan</title>
<meta name="description" content="Kebijakan Privasi TerbitKita: bagaimana kami mengelola data pribadi penulis dan pembeli.">
<meta name="keywords" content="penerbit indie, self publishing, cetak buku satuan, ISBN, print on demand, Jogja">
<link rel="canonical" href="{url}">
<link rel="shortcut icon" href="https://terbitkita.id/assets/img/favicon.png">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/5.15.4/css/all.min.css">
<link rel="stylesheet" href="https://terbitkita.id/assets/css/style.css?v={v}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7HQ2K8TNW1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7HQ2K8TNW1');</script>
<script>var BASE_URL = "https://terbitkita.id/"; var CSRF_NAME = "csrf_terbitkita"; var CSRF_HASH = "{csrf}";</script>
</head>
<body class="page-halaman">
<div class="promo-bar bg-warning text-dark text-center small py-2"><i class="fas fa-bullhorn mr-1"></i> {promo} <a href="https://terbitkita.id/promo" class="font-weight-bold text-dark">Lihat promo</a></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm sticky-top">
  <div class="container">
    <a class="navbar-brand" href="https://terbitkita.id/"><img src="https://terbitkita.id/assets/img/logo-terbitkita.png" alt="TerbitKita" height="38"></a>
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="navbarMain">
      <ul class="navbar-nav ml-auto">
        <li class="nav-item"><a class="nav-link" href="https://terbitkita.id/">Beranda</a></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dropLayanan" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">Layanan</a>
          <div class="dropdown-menu" aria-labelledby="dropLayanan"><a class="dropdown-item" href="https://terbitkita.id/paket-terbit">Paket Terbit</a><a class="dropdown-item" href="https://terbitkita.id/cetak-satuan">Cetak Satuan</a><a class="dropdown-item" href="https://terbitkita.id/isbn">Pengurusan ISBN</a><a class="dropdown-item" href="https://terbitkita.id/desain-sampul">Desain Sampul</a></div></li>
        <li class="nav-item"><a class="nav-link" href="https://terbitkita.id/toko">Toko Buku</a></li>
        <li class="nav-item"><a class="nav-link" href="https://terbitkita.id/lomba">Lomba Menulis</a></li>
        <li class="nav-item"><a class="nav-link" href="https://terbitkita.id/blog">Blog</a></li>
        <li class="nav-item"><a class="btn btn-primary btn-sm ml-lg-3 mt-1" href="https://terbitkita.id/auth/login">Masuk / Daftar</a></li>
      </ul>
    </div>
  </div>
</nav>
<section class="page-hero bg-primary text-white py-4">
  <div class="container"><h1 class="h3 mb-1">Kebijakan Privasi</h1><p class="mb-0 small"><i class="fas fa-book-open mr-1"></i> <strong>{published}</strong> naskah telah terbit bersama TerbitKita</p></div>
</section>
<div class="container my-4">
  <nav aria-label="breadcrumb"><ol class="breadcrumb bg-transparent px-0"><li class="breadcrumb-item"><a href="https://terbitkita.id/">Beranda</a></li><li class="breadcrumb-item"><a href="https://terbitkita.id/bantuan">Bantuan</a></li><li class="breadcrumb-item active" aria-current="page">Kebijakan Privasi</li></ol></nav>
  <div class="row">
    <div class="col-lg-8">
      <div class="card border-0 shadow-sm">
        <div class="card-body page-content" id="page-content">
{body}
<div class="wa-cta alert alert-success d-flex align-items-center mt-4" role="alert"><i class="fab fa-whatsapp fa-2x mr-3"></i><div><strong>Ada pertanyaan?</strong><br>{wa}<br><a href="https://wa.me/{wa_link}?text=Halo%20admin%20TerbitKita" class="alert-link" target="_blank" rel="noopener">Chat via WhatsApp</a></div></div>
        </div>
      </div>
    </div>
    <div class="col-lg-4 mt-4 mt-lg-0">
      <div class="card border-0 shadow-sm mb-4"><div class="card-body"><h5 class="card-title">Halaman Bantuan</h5><ul class="list-unstyled mb-0"><li><a href="https://terbitkita.id/halaman/syarat-dan-ketentuan">Syarat dan Ketentuan</a></li><li><a href="https://terbitkita.id/halaman/kebijakan-privasi">Kebijakan Privasi</a></li><li><a href="https://terbitkita.id/halaman/panduan-naskah">Panduan Naskah</a></li><li><a href="https://terbitkita.id/halaman/royalti">Sistem Royalti</a></li><li><a href="https://terbitkita.id/halaman/faq">FAQ</a></li></ul></div></div>
      <div class="card border-0 shadow-sm"><div class="card-body"><h5 class="card-title">Kata Penulis Kami</h5><div id="carouselTesti" class="carousel slide" data-ride="carousel" data-interval="6000"><div class="carousel-inner">{testi}</div></div></div></div>
    </div>
  </div>
</div>
<footer class="bg-dark text-white-50 pt-5 pb-3">
  <div class="container">
    <div class="row">
      <div class="col-md-5"><h6 class="text-white">TerbitKita</h6><p class="small">Penerbit indie dan layanan cetak buku satuan. Anggota IKAPI No. 112/DIY/2019.</p><p class="small">Jl. Kaliurang Km 5,6 No. 12, Sleman, Yogyakarta</p></div>
      <div class="col-md-3"><h6 class="text-white">Ikuti Kami</h6><a href="https://www.instagram.com/terbitkita.id" class="text-white-50 mr-2"><i class="fab fa-instagram fa-lg"></i></a><a href="https://www.tiktok.com/@terbitkita" class="text-white-50 mr-2"><i class="fab fa-tiktok fa-lg"></i></a><a href="https://www.facebook.com/terbitkita.id" class="text-white-50"><i class="fab fa-facebook fa-lg"></i></a></div>
      <div class="col-md-4"><h6 class="text-white">Newsletter</h6>
        <form action="https://terbitkita.id/newsletter/subscribe" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_terbitkita" value="{csrf}" />
          <div class="input-group input-group-sm"><input type="email" name="email" class="form-control" placeholder="Alamat email" required><div class="input-group-append"><button class="btn btn-primary" type="submit">Langganan</button></div></div>
        </form>
      </div>
    </div>
    <hr class="border-secondary">
    <p class="small text-center mb-0">&copy; 2019 - {year} PT Terbit Kita Nusantara. All rights reserved.</p>
  </div>
</footer>
<script src="https://code.jquery.com/jquery-3.6.4.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/js/bootstrap.bundle.min.js"></script>
<script src="https://terbitkita.id/assets/js/main.js?v={v}"></script>
</body>
</html>
""".format(url=URL, v=v, csrf=csrf, promo=html.escape(state["promo"]), published=_num(state["published"]),
           body=body, wa=wa, wa_link=wa_link, testi="".join(items), year=when.year)


PAGE = {
    "service": "TerbitKita",
    "url": URL,
    "lang": "id",
    "platform": "CodeIgniter 3 + Bootstrap 4 (jQuery) CMS page",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-Powered-By", "PHP/7.4.33")],
    "n": 30,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#page-content", "remove": ".wa-cta"},
}
