"""KoinRupiah: an Indonesian rupiah-backed stablecoin issuer (IDRK), a Nuxt 3 site on Contentful (rich text rendered
by @contentful/rich-text-html-renderer into a scoped `<article class="legal-content">` via v-html). The live
"Transparansi" box beside the policy shows the circulating supply per chain and the reserve ratio (also in the
`__NUXT_DATA__` payload), a monthly reserve-attestation stamp in the site-wide bar under the header, and every
deploy renames the `/_nuxt/` chunks and the build id in `window.__NUXT__.config`."""
import datetime as dt
import html
import json
import math

import common as C

URL = "https://www.koinrupiah.co.id/kebijakan-privasi"

POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Koin Rupiah Nusantara ("KoinRupiah", "kami") memperoleh, mengumpulkan, mengolah, menganalisis, menyimpan, memperbaiki, memperbarui, menampilkan, mengumumkan, mentransfer, menyebarluaskan, mengungkapkan, menghapus, dan memusnahkan Data Pribadi Anda ketika Anda mengakses situs web koinrupiah.co.id, menggunakan aplikasi KoinRupiah, atau melakukan penerbitan dan penebusan token IDRK.

KoinRupiah adalah penerbit IDRK, aset kripto yang nilainya dipatok 1:1 terhadap Rupiah dan dijamin oleh cadangan berupa kas dan Surat Berharga Negara yang disimpan di bank kustodian. Kegiatan usaha kami diawasi oleh Badan Pengawas Perdagangan Berjangka Komoditi (Bappebti). Kebijakan ini disusun berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi ("UU PDP") dan peraturan pelaksanaannya.

## 1. Data Pribadi yang Kami Kumpulkan

Kami hanya mengumpulkan Data Pribadi yang diperlukan untuk menyediakan layanan kami, yaitu:

- **Data identitas:** nama lengkap, Nomor Induk Kependudukan (NIK), foto KTP atau paspor, tempat dan tanggal lahir, kewarganegaraan, dan pekerjaan.
- **Data kontak:** alamat email, nomor telepon seluler, dan alamat domisili.
- **Data keuangan:** nomor rekening bank yang terdaftar atas nama Anda, sumber dana, serta riwayat penerbitan dan penebusan IDRK.
- **Data biometrik:** rekaman wajah dan hasil uji keaktifan (liveness) untuk verifikasi identitas elektronik.
- **Alamat dompet:** alamat dompet kripto yang Anda daftarkan untuk menerima atau mengirim IDRK.
- **Data teknis:** alamat IP, jenis perangkat, sistem operasi, pengenal perangkat, dan log aktivitas di aplikasi.

Situs web kami juga menggunakan cookie yang diperlukan agar situs berfungsi dan, dengan persetujuan Anda, cookie analitik untuk memahami cara pengunjung menggunakan situs.

Data biometrik termasuk Data Pribadi yang bersifat spesifik menurut UU PDP. Kami memprosesnya hanya dengan persetujuan eksplisit Anda dan hanya untuk keperluan verifikasi identitas.

## 2. Tujuan dan Dasar Pemrosesan

| Tujuan | Dasar pemrosesan |
| Pendaftaran akun dan verifikasi identitas (eKYC) | Pemenuhan kewajiban hukum dan persetujuan untuk data biometrik |
| Penerbitan dan penebusan IDRK ke rekening bank Anda | Pemenuhan perjanjian |
| Penerapan program Anti Pencucian Uang dan Pencegahan Pendanaan Terorisme (APU-PPT) | Pemenuhan kewajiban hukum |
| Pemantauan transaksi on-chain dan penilaian risiko alamat dompet | Kepentingan yang sah dan kewajiban hukum |
| Layanan pelanggan dan penanganan pengaduan | Pemenuhan perjanjian |
| Pengiriman informasi produk dan promosi | Persetujuan Anda, yang dapat ditarik kapan saja |

## 3. Penerbitan dan Penebusan IDRK

Penerbitan (minting) dan penebusan (redemption) IDRK secara langsung hanya dapat dilakukan oleh pengguna terverifikasi. Setelah IDRK beredar di jaringan blockchain publik, perpindahan token antaralamat dompet tercatat secara permanen dan dapat dilihat oleh siapa pun. Kami tidak dapat mengubah atau menghapus catatan tersebut. Pemegang IDRK yang memperoleh token melalui pihak ketiga, seperti bursa atau dompet lain, tidak kami identifikasi kecuali mereka mengajukan penebusn langsung kepada kami.

## 4. Pengungkapan kepada Pihak Ketiga

Kami tidak menjual Data Pribadi Anda. Kami mengungkapkan Data Pribadi hanya kepada pihak-pihak berikut, berdasarkan perjanjian yang mewajibkan mereka menjaga kerahasiaan dan keamanan data:

| Pihak penerima | Layanan | Lokasi pemrosesan |
| Bank kustodian cadangan | Penyimpanan dana cadangan dan transfer penebusan | Indonesia |
| Penyedia verifikasi identitas elektronik | Pencocokan NIK dan biometrik dengan data Dukcapil | Indonesia |
| Amazon Web Services | Komputasi awan (wilayah Jakarta) | Indonesia |
| Chainalysis | Analisis risiko transaksi blockchain | Amerika Serikat |
| Kantor Akuntan Publik | Atestasi bulanan atas cadangan | Indonesia |
| Freshworks | Sistem tiket layanan pelanggan | India |

Kami juga dapat mengungkapkan Data Pribadi kepada Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK), otoritas pengawas, aparat penegak hukum, atau pengadilan apabila diwajibkan oleh peraturan perundang-undangan.

## 5. Transfer Data Pribadi ke Luar Negeri

Sebagian penyedia layanan kami memproses data di luar wilayah Indonesia. Sebelum melakukan transfer, kami memastikan bahwa negara tujuan memiliki tingkat pelindungan Data Pribadi yang setara atau lebih tinggi, atau bahwa terdapat pelindungan yang memadai dan mengikat sebagaimana diatur dalam Pasal 56 UU PDP.

## 6. Masa Retensi

- Data identitas, data keuangan, dan riwayat transaksi disimpan paling singkat 5 tahun sejak berakhirnya hubungan usaha, sesuai ketentuan APU-PPT.
- Rekaman video verifikasi wajah disimpan selama 1 tahun sejak verifikasi berhasil, kemudian dimusnahkan.
- Log teknis disimpan selama 12 bulan.
- Data untuk keperluan pemasaran disimpan sampai Anda menarik persetujuan.

## 7. Hak Anda sebagai Subjek Data Pribadi

Sesuai UU PDP, Anda berhak untuk:

- mendapatkan informasi tentang identitas kami, tujuan, dan dasar pemrosesan Data Pribadi Anda;
- mengakses dan memperoleh salinan Data Pribadi Anda;
- melengkapi, memperbarui, dan memperbaiki kesalahan atau ketidakakuratan Data Pribadi Anda;
- mengakhiri pemrosesan, menghapus, atau memusnahkan Data Pribadi Anda, sepanjang tidak bertentangan dengan kewajiban retensi kami;
- menarik kembali persetujuan yang telah Anda berikan;
- mengajukan keberatan atas pengambilan keputusan yang hanya didasarkan pada pemrosesan secara otomatis;
- menunda atau membatasi pemrosesan Data Pribadi Anda; dan
- menggugat dan menerima ganti rugi atas pelanggaran pemrosesan Data Pribadi Anda.

Permintaan dapat diajukan melalui menu Bantuan di aplikasi atau email ke [privasi@koinrupiah.co.id](mailto:privasi@koinrupiah.co.id). Kami akan menanggapi paling lambat 3 x 24 jam sejak permintaan diterima, dan menindaklanjutinya sesuai jangka waktu yang ditetapkan UU PDP.

## 8. Keamanan Data

Kami menerapkan enkripsi, kontrol akses berbasis peran, autentikasi dua faktor bagi karyawan, dan pemantauan keamanan selama 24 jam. Sistem manajemen keamanan informasi kami telah tersertifikasi ISO/IEC 27001. Jika terjadi kegagalan pelindungan Data Pribadi, kami akan memberitahukan Anda dan lembaga yang berwenang paling lambat 3 x 24 jam.

KoinRupiah tidak akan pernah meminta kata sandi, PIN, kode OTP, atau frasa pemulihan dompet Anda melalui telepon, email, WhatsApp, maupun media sosial. Waspadalah terhadap pihak yang mengatasnamakan KoinRupiah.

## 9. Perubahan Kebijakan

Kami dapat memperbarui Kebijakan Privasi ini dari waktu ke waktu. Perubahan yang material akan kami informasikan melalui email atau notifikasi di aplikasi sebelum berlaku.

## 10. Hubungi Kami

@ PT Koin Rupiah Nusantara
@ Equity Tower Lantai 25, Jl. Jend. Sudirman Kav. 52-53, SCBD
@ Jakarta Selatan 12190, Indonesia
@ Telepon: (021) 5098 7700
@ Email: privasi@koinrupiah.co.id
"""

EDITS = [
    {"note": "typo fixed: 'penebusn' -> 'penebusan', date not bumped",
     "repl": [("mengajukan penebusn langsung", "mengajukan penebusan langsung")], "bump": False},
    {"note": "processor added to the disclosure table: Google Cloud (reCAPTCHA Enterprise, USA)",
     "repl": [("| Freshworks | Sistem tiket layanan pelanggan | India |",
               "| Freshworks | Sistem tiket layanan pelanggan | India |\n"
               "| Google Cloud | reCAPTCHA Enterprise untuk pencegahan penipuan | Amerika Serikat |")]},
    {"note": "retention of face-verification videos extended from 1 to 2 years",
     "repl": [("disimpan selama 1 tahun sejak verifikasi", "disimpan selama 2 tahun sejak verifikasi")]},
    {"note": "section added: Data Protection Officer (Pejabat Pelindung Data Pribadi) with contact",
     "repl": [("## 9. Perubahan Kebijakan",
               "## 9. Pejabat Pelindung Data Pribadi\n\n"
               "Kami telah menunjuk Pejabat Pelindung Data Pribadi yang bertugas mengawasi kepatuhan kami terhadap "
               "UU PDP. Anda dapat menghubunginya melalui [dpo@koinrupiah.co.id](mailto:dpo@koinrupiah.co.id) untuk "
               "setiap pertanyaan tentang pemrosesan Data Pribadi Anda.\n\n"
               "## 10. Perubahan Kebijakan"),
              ("## 10. Hubungi Kami", "## 11. Hubungi Kami")]},
    {"note": "supervisor changed: Bappebti -> OJK (crypto supervision moved to OJK in January 2025)",
     "repl": [("Kegiatan usaha kami diawasi oleh Badan Pengawas Perdagangan Berjangka Komoditi (Bappebti).",
               "Kegiatan usaha kami diawasi oleh Otoritas Jasa Keuangan (OJK).")]},
    {"note": "phone number changed in the contact block",
     "repl": [("@ Telepon: (021) 5098 7700", "@ Telepon: (021) 3970 1188")]},
]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def fmt_id(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _attestation(when):
    """Latest monthly attestation: the report on month M's last day is published on the 14th of M+1."""
    d = when.date()
    y, m = d.year, d.month
    if d.day < 14:
        m -= 1
    m -= 1  # report month
    while m < 1:
        m += 12
        y -= 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return last.isoformat()


CHAINS = [("Ethereum", 0.44), ("BNB Smart Chain", 0.27), ("Polygon", 0.19), ("Solana", 0.10)]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2023, 1, 1)).days
    total = (420e9 + days * 1.15e9) * (1 + 0.08 * math.sin(days / 45.0)) * (1 + rng.gauss(0, 0.01))
    shares = [w * (1 + rng.gauss(0, 0.05)) for _, w in CHAINS]
    ssum = sum(shares)
    supply = {"total": int(total), "chains": [int(total * x / ssum) for x in shares],
              "ratio": round(100.6 + abs(rng.gauss(0.9, 0.4)), 2),
              "holders": 18000 + days * 21 + rng.randint(0, 90)}
    build = C.keep_or(rng, prev.get("build"), 0.3, lambda: {
        "id": C.uuid4(rng), "entry": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "css": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "page": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "chunks": [C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)]})
    return {"supply": supply, "attestation": _attestation(when), "build": build}


LABELS = {
    "supply": "Transparansi box beside the policy: IDRK supply per chain, reserve ratio, holders (+ __NUXT_DATA__)",
    "attestation": "monthly reserve-attestation stamp in the bar under the header",
    "build": "Nuxt deploy: /_nuxt/ chunk names, build id in window.__NUXT__.config",
}


def _idn(x):
    return "{:,}".format(int(x)).replace(",", ".")


def _inl(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False))


def _contentful(blocks):
    """HTML as @contentful/rich-text-html-renderer writes a Rich Text document: <b> marks, list items and table
    cells wrapping a paragraph, header row cells as <th> in the same <tbody>, soft line breaks as <br/>."""
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, _inl(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inl(v))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % _inl(x) for x in v), kind))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % _inl(x) for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % _inl(x) for x in r) for r in v[1:]]
            out.append("<table><tbody>%s</tbody></table>" % "".join(rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(_inl(x) for x in v))
    return "".join(out)


def render(s, blocks, when):
    b = s["build"]
    sp = s["supply"]
    att = dt.date.fromisoformat(s["attestation"])
    rich = _contentful(blocks)
    chains = "".join('<li class="supply__row" data-v-8b1d2f7e><span data-v-8b1d2f7e>%s</span><span class="supply__val" '
                     'data-v-8b1d2f7e>%s IDRK</span></li>' % (n, _idn(v)) for (n, _), v in zip(CHAINS, sp["chains"]))
    payload = ["Reactive", {"data": 1, "state": 18, "once": 20, "_errors": 21, "serverRendered": 22, "path": 23},
               {"legal-kebijakan-privasi": 2, "supply": 9},
               {"slug": 3, "title": 4, "updatedAt": 5}, "kebijakan-privasi", "Kebijakan Privasi",
               blocks[1][1] if len(blocks) > 1 else "",
               {"total": sp["total"], "reserveRatio": sp["ratio"], "holders": sp["holders"],
                "byChain": dict((n, v) for (n, _), v in zip(CHAINS, sp["chains"]))},
               s["attestation"], {}, {}, {}, True, "/kebijakan-privasi"]
    nuxt_data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    nav = [("/", "Beranda"), ("/idrk", "Tentang IDRK"), ("/transparansi", "Transparansi"), ("/bisnis", "Untuk Bisnis"),
           ("/developer", "Developer"), ("/bantuan", "Bantuan")]
    navh = "".join('<li data-v-2f6a9c31><a href="%s" class="nav__link" data-v-2f6a9c31>%s</a></li>' % x for x in nav)
    chunk_links = "".join('<link rel="prefetch" as="script" crossorigin href="/_nuxt/%s.js">' % c for c in b["chunks"])
    att_txt = "Laporan atestasi cadangan per %s telah terbit" % fmt_id(att)
    return f"""<!DOCTYPE html><html lang="id" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kebijakan Privasi - KoinRupiah</title>
<link rel="stylesheet" href="/_nuxt/entry.{b['css']}.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{b['entry']}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{b['page']}.js">
{chunk_links}
<script type="module" src="/_nuxt/{b['entry']}.js" crossorigin></script>
<link rel="icon" type="image/png" href="/favicon-32x32.png">
<link rel="canonical" href="{URL}">
<meta name="description" content="Bagaimana PT Koin Rupiah Nusantara mengelola dan melindungi Data Pribadi pengguna IDRK.">
<meta property="og:title" content="Kebijakan Privasi - KoinRupiah">
<meta property="og:image" content="https://images.ctfassets.net/k9r2xq7p1m4z/6Ab1c2D3e4F5g6H7i8J9k0/3f0e1d2c4b5a69788796a5b4c3d2e1f0/og-koinrupiah.png">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-PZ4R8XN');</script>
</head><body><div id="__nuxt"><div class="layout" data-v-6f3c2a1e><div class="announce" data-v-4a0d9b52><div class="announce__inner container" data-v-4a0d9b52><span class="announce__icon" data-v-4a0d9b52></span><span data-v-4a0d9b52>{att_txt}</span><a href="/transparansi#atestasi" class="announce__link" data-v-4a0d9b52>Lihat laporan</a></div></div><header class="header" data-v-2f6a9c31><div class="container header__inner" data-v-2f6a9c31><a href="/" class="header__logo router-link-active" aria-label="KoinRupiah" data-v-2f6a9c31><img src="/img/logo-koinrupiah.svg" alt="KoinRupiah" width="152" height="34" data-v-2f6a9c31></a><nav class="nav" data-v-2f6a9c31><ul class="nav__list" data-v-2f6a9c31>{navh}</ul></nav><div class="header__cta" data-v-2f6a9c31><a href="/masuk" class="btn btn--ghost" data-v-2f6a9c31>Masuk</a><a href="https://app.koinrupiah.co.id/daftar" class="btn btn--primary" data-v-2f6a9c31>Daftar</a></div></div></header><main class="page-legal" data-v-91c4e7d0><div class="container page-legal__grid" data-v-91c4e7d0><article class="legal-content prose" data-v-91c4e7d0>{rich}</article><aside class="legal-aside" data-v-91c4e7d0><nav class="legal-aside__nav" aria-label="Dokumen legal" data-v-91c4e7d0><a href="/syarat-dan-ketentuan" data-v-91c4e7d0>Syarat dan Ketentuan</a><a href="/kebijakan-privasi" class="router-link-active router-link-exact-active" aria-current="page" data-v-91c4e7d0>Kebijakan Privasi</a><a href="/kebijakan-cookie" data-v-91c4e7d0>Kebijakan Cookie</a><a href="/pengungkapan-risiko" data-v-91c4e7d0>Pengungkapan Risiko</a></nav><div class="supply" data-v-8b1d2f7e><h3 class="supply__title" data-v-8b1d2f7e>Transparansi IDRK</h3><p class="supply__total" data-v-8b1d2f7e><span data-v-8b1d2f7e>Total beredar</span><strong data-v-8b1d2f7e>{_idn(sp['total'])} IDRK</strong></p><ul class="supply__list" data-v-8b1d2f7e>{chains}</ul><p class="supply__ratio" data-v-8b1d2f7e>Rasio cadangan <strong data-v-8b1d2f7e>{str(sp['ratio']).replace('.', ',')}%</strong></p><p class="supply__holders" data-v-8b1d2f7e>{_idn(sp['holders'])} alamat pemegang</p><a href="/transparansi" class="supply__more" data-v-8b1d2f7e>Lihat dasbor cadangan</a></div></aside></div></main><footer class="footer" data-v-5e7b1c08><div class="container footer__grid" data-v-5e7b1c08><div data-v-5e7b1c08><img src="/img/logo-koinrupiah-white.svg" alt="KoinRupiah" width="140" height="31" data-v-5e7b1c08><p class="footer__addr" data-v-5e7b1c08>Equity Tower Lt. 25, SCBD, Jakarta Selatan</p></div><div data-v-5e7b1c08><h4 data-v-5e7b1c08>Perusahaan</h4><a href="/tentang-kami" data-v-5e7b1c08>Tentang Kami</a><a href="/karier" data-v-5e7b1c08>Karier</a><a href="/media" data-v-5e7b1c08>Media</a></div><div data-v-5e7b1c08><h4 data-v-5e7b1c08>Legal</h4><a href="/syarat-dan-ketentuan" data-v-5e7b1c08>Syarat dan Ketentuan</a><a href="/kebijakan-privasi" data-v-5e7b1c08>Kebijakan Privasi</a></div></div><p class="footer__risk" data-v-5e7b1c08>Perdagangan aset kripto merupakan kegiatan berisiko tinggi. Harga aset kripto sangat fluktuatif. IDRK bukan simpanan bank dan tidak dijamin oleh Lembaga Penjamin Simpanan.</p><p class="footer__copy" data-v-5e7b1c08>© {when.year} PT Koin Rupiah Nusantara</p></footer></div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{nuxt_data}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{ctfSpace:"k9r2xq7p1m4z",gtm:"GTM-PZ4R8XN",apiBase:"https://api.koinrupiah.co.id"}},app:{{baseURL:"/",buildId:"{b['id']}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>"""


PAGE = {
    "service": "KoinRupiah",
    "url": URL,
    "lang": "id",
    "platform": "Nuxt 3 (SSR on Vercel) + Contentful rich text",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 31,
    "start": dt.date(2023, 5, 10),
    "end": dt.date(2025, 9, 30),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 1),
    "fmt_date": fmt_id,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-content"},
}
