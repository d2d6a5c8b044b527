"""Kelas Kode (Jakarta) - id-ID - a Notion page published through Super.so on the school's own domain.

Ordinary: Super renders the Notion blocks server-side (notion-text / notion-heading / notion-bulleted-list /
notion-callout / notion-table, block-<id> anchors) inside a Next.js page. Noise: Super deploys (buildId, chunk
hashes), the Notion recordMap in __NEXT_DATA__ (last_edited_time moves on every touch of the page, comments
included), blocks re-created in Notion (new block ids for the same text), the announcement bar and the navbar's
batch call-to-action.
"""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.kelaskode.id/kebijakan-privasi"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi Kelas Kode

Terakhir diperbarui: {UPDATED}

Ringkasnya: kami hanya mengumpulkan data yang diperlukan untuk menjalankan kelas, kami tidak pernah menjual data Anda, dan Anda dapat meminta salinan atau penghapusan data Anda kapan saja.

Kebijakan Privasi ini menjelaskan bagaimana PT Kelas Kode Nusantara ("Kelas Kode", "kami") mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi peserta, calon peserta, dan pengunjung situs www.kelaskode.id serta aplikasi Kelas Kode. Dengan mendaftar atau menggunakan layanan kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.

## 1. Data yang Kami Kumpulkan

Kami mengumpulkan data berikut:

- data identitas dan kontak: nama lengkap, alamat email, nomor WhatsApp, kota domisili, dan tanggal lahir;
- data pendidikan dan karier: pendidikan terakhir, pekerjaan saat ini, CV, serta tautan GitHub atau portofolio yang Anda berikan;
- data pembelajaran: kehadiran di kelas langsung, hasil kuis, tugas, proyek akhir, dan komentar dari mentor;
- data pembayaran: metode pembayaran, status transaksi, dan nomor invoice (kami tidak menyimpan nomor kartu kredit Anda);
- data teknis: alamat IP, jenis perangkat dan peramban, serta data penggunaan aplikasi.

## 2. Bagaimana Kami Menggunakan Data

Data Anda kami gunakan untuk:

- memproses pendaftaran, seleksi, dan pembayaran kelas;
- menyelenggarakan kelas, memberikan penilaian, dan menerbitkan sertifikat;
- menghubungi Anda terkait jadwal kelas, perubahan jadwal, dan informasi penting lainnya melalui email atau WhatsApp;
- meningkatkan materi dan kualitas layanan berdasarkan umpan balik dan data penggunaan;
- mengirimkan informasi promosi, jika Anda telah memberikan persetujuan.

Kelas langsung melalui Zoom dapat kami rekam agar peserta yang berhalangan hadir dapat menonton ulang. Rekaman hanya dapat diakses oleh peserta dan mentor pada batch yang sama dan akan dihapus 6 (enam) bulan setelah batch berakhir. Jika Anda tidak ingin wajah Anda terekam, Anda dapat mematikan kamera selama kelas berlangsung.

## 3. Dasar Hukum Pemrosesan

Kami memproses data pribadi sesuai dengan Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik serta Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik. Pemrosesan dilakukan atas dasar persetujuan Anda atau untuk melaksanakan perjanjian antara Anda dan Kelas Kode.

## 4. Berbagi Data dengan Pihak Ketiga

Kami tidak menjual atau menyewakan data pribadi Anda. Kami hanya membagikan data kepada pihak ketiga berikut, sebatas yang diperlukan:

- penyedia layanan pembayaran (Midtrans) untuk memproses transaksi;
- penyedia layanan teknologi, seperti Google Workspace, Zoom, dan Amazon Web Services, untuk menjalankan kelas dan menyimpan data;
- mitra pembiayaan pendidikan, apabila Anda memilih skema cicilan atau Income Share Agreement;
- aparat penegak hukum atau instansi pemerintah, apabila diwajibkan oleh peraturan perundang-undangan.

## 5. Penyimpanan dan Keamanan Data

Data Anda disimpan di server Amazon Web Services di wilayah Singapura. Kami menerapkan enkripsi saat data dikirim dan disimpan, pembatasan akses berdasarkan peran, serta autentikasi dua faktor bagi seluruh tim internal. Meskipun demikian, tidak ada sistem yang sepenuhnya aman, sehingga kami juga meminta Anda menjaga kerahasiaan kata sandi akun Anda.

## 6. Jangka Waktu Penyimpanan

Data akun disimpan selama akun Anda aktif. Data pembelajaran dan proyek akhir alumni kami simpan selama 5 (lima) tahun setelah kelas berakhir untuk keperluan verifikasi sertifikat. Data transaksi disimpan selama 10 (sepuluh) tahun sesuai ketentuan perpajakan dan kearsipan.

## 7. Hak Anda

Anda berhak untuk:

- mengakses dan memperoleh salinan data pribadi Anda;
- memperbaiki data yang tidak akurat atau tidak lengkap;
- meminta penghapusan data, kecuali data yang wajib kami simpan menurut hukum;
- menarik persetujuan pemrosesan data untuk keperluan promosi.

Permintaan dapat dikirimkan ke [privasi@kelaskode.id](mailto:privasi@kelaskode.id). Kami akan menanggapi permintaan Anda paling lambat 14 (empat belas) hari kerja.

## 8. Data Anak

Layanan kami ditujukan bagi peserta berusia 17 tahun ke atas. Peserta yang berusia di bawah 17 tahun hanya dapat mendaftar dengan persetujuan orang tua atau wali.

## 9. Cookie dan Teknologi Serupa

Situs kami menggunakan cookie untuk menjaga Anda tetap masuk ke akun, mengingat preferensi bahasa, dan memahami bagaimana pengunjung menggunakan situs melalui Google Analytics. Anda dapat menghapus atau memblokir cookie melalui pengaturan peramban, tetapi beberapa fitur, seperti login ke dasbor belajar, mungkin tidak berfungsi dengan baik.

## 10. Tautan ke Situs Pihak Ketiga

Materi kelas dapat berisi tautan ke situs atau layanan pihak ketiga, seperti GitHub, Figma, atau dokumentasi bahasa pemrograman. Kebijakan Privasi ini tidak berlaku untuk situs-situs tersebut, sehingga kami menyarankan Anda membaca kebijakan privasi masing-masing layanan sebelum membuat akun.

## 11. Kegagalan Pelindungan Data

Apabila terjadi kegagalan pelindungan data pribadi yang berdampak pada Anda, kami akan memberitahukan kepada Anda secara tertulis paling lambat 3 x 24 jam, termasuk data apa saja yang terdampak, kapan dan bagaimana kejadian tersebut terjadi, serta upaya yang kami lakukan untuk menangani dan memulihkannya.

## 12. Perubahan Kebijakan Privasi

Kami dapat memperbarui Kebijakan Privasi ini sewaktu-waktu. Perubahan yang penting akan kami informasikan melalui email atau pengumuman di aplikasi.

## 13. Hubungi Kami

@ PT Kelas Kode Nusantara
@ Jl. Kemang Raya No. 8B, Bangka, Mampang Prapatan, Jakarta Selatan 12730
@ Email: [privasi@kelaskode.id](mailto:privasi@kelaskode.id)
@ WhatsApp: +62 811-9180-2244
"""

EDITS = [
    {"note": "hiring partners: CV and portfolio shared with partner companies, with the student's consent (new bullet)",
     "repl": [("- mitra pembiayaan pendidikan,",
               "- perusahaan mitra penyalur kerja (hiring partner), yaitu CV, portofolio, dan hasil proyek akhir Anda, hanya jika Anda telah menyetujuinya melalui fitur Career Hub;\n- mitra pembiayaan pendidikan,")]},
    {"note": "legal basis rewritten for Law 27/2022 on Personal Data Protection (UU PDP)",
     "repl": [("Kami memproses data pribadi sesuai dengan Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik serta Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik. Pemrosesan dilakukan atas dasar persetujuan Anda atau untuk melaksanakan perjanjian antara Anda dan Kelas Kode.",
               "Kami memproses data pribadi sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP) dan Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik. Dasar pemrosesan yang kami gunakan adalah persetujuan yang sah dari Anda, pemenuhan kewajiban perjanjian, pemenuhan kewajiban hukum, dan kepentingan yang sah dengan memperhatikan hak Anda sebagai subjek data pribadi.")]},
    {"note": "WhatsApp contact number changed (silent, date not bumped)", "bump": False,
     "repl": [("@ WhatsApp: +62 811-9180-2244", "@ WhatsApp: +62 812-1077-3050")]},
    {"note": "data moved from AWS Singapore to AWS Jakarta region",
     "repl": [("di server Amazon Web Services di wilayah Singapura.", "di server Amazon Web Services di wilayah Jakarta (Indonesia). Cadangan data terenkripsi disimpan di wilayah Singapura.")]},
    {"note": "alumni learning data kept 3 instead of 5 years; data protection officer named in rights section",
     "repl": [("selama 5 (lima) tahun setelah kelas berakhir", "selama 3 (tiga) tahun setelah kelas berakhir"),
              ("Kami akan menanggapi permintaan Anda paling lambat 14 (empat belas) hari kerja.",
               "Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan diterima, sebagaimana diatur dalam UU PDP.\n\nKami telah menunjuk Pejabat Pelindungan Data Pribadi yang dapat dihubungi melalui [dpo@kelaskode.id](mailto:dpo@kelaskode.id).")]},
]

def inl(t):
    return '<span class="notion-semantic-string">%s</span>' % C.inline_html(t, link=lambda url, label: (
        '<a class="notion-link link" href="%s">%s</a>' % (html.escape(url), html.escape(label, quote=False))))


def bid(s, key):
    salt = s["salts"][int(C.det_sha(key[:30])[:2], 16) % len(s["salts"])]
    h = C.det_sha("kelaskode", key[:60], salt)[:32]
    return h


def render_blocks(s, blocks):
    out = []
    for n, (kind, v) in enumerate(blocks):
        key = v if isinstance(v, str) else json.dumps(v[:1], ensure_ascii=False)
        b = bid(s, key)
        if kind == "h2":
            out.append('<h2 id="block-%s" class="notion-heading notion-semantic-string"><span class="notion-heading__anchor" id="%s"></span>%s</h2>'
                       % (b, b, inl(v)))
        elif kind == "p" and v.startswith("Ringkasnya:"):
            out.append('<div id="block-%s" class="notion-callout bg-blue-light border notion-block"><div class="notion-callout__icon">'
                       '<span class="notion-icon text" role="img" aria-label="pin">📌</span></div>'
                       '<div class="notion-callout__content">%s</div></div>' % (b, inl(v)))
        elif kind == "p":
            out.append('<p id="block-%s" class="notion-text notion-text__content notion-semantic-string">%s</p>' % (b, inl(v)))
        elif kind == "ul":
            out.append('<ul class="notion-bulleted-list">%s</ul>' % "".join(
                '<li id="block-%s" class="notion-list-item notion-semantic-string">%s</li>' % (bid(s, i), inl(i)) for i in v))
        elif kind == "addr":
            out.append('<p id="block-%s" class="notion-text notion-text__content notion-semantic-string">%s</p>'
                       % (b, "<br>".join(inl(l) for l in v)))
        else:
            raise ValueError(kind)
        if kind == "h2" and n > 0:
            pass
    return "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.6, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["edited"] = C.epoch(when - dt.timedelta(hours=rng.randint(2, 900))) * 1000
    s["salts"] = C.keep_or(rng, prev.get("salts"), 0.2, lambda: tuple(C.hexs(rng, 6) for _ in range(3)))
    if prev.get("salts") and s["salts"] != prev["salts"]:
        # only part of the blocks were re-created: keep two of the three salt groups
        keep = rng.randrange(3)
        s["salts"] = tuple(prev["salts"][k] if k != keep else s["salts"][k] for k in range(3))
    batch = 9 + ((when.year - 2021) * 12 + when.month) // 3
    s["cta"] = batch
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.5,
                              lambda: rng.choice(["batch", "webinar", "promo", "none"]))
    s["super"] = "2022" if when < dt.datetime(2023, 6, 1) else "2023"
    return s


LABELS = {
    "build": "Super.so deploy: Next.js buildId and chunk hashes",
    "edited": "Notion recordMap last_edited_time in __NEXT_DATA__",
    "salts": "some Notion blocks re-created (new block ids, same text)",
    "cta": "navbar call-to-action batch number",
    "announce": "announcement bar",
    "super": "Super.so renderer markup version (navbar/footer wrappers)",
}


def render(s, blocks, when):
    bld, c1, c2 = s["build"]
    title = blocks[0][1]
    body = render_blocks(s, blocks[1:])
    ann = {"batch": "🚀 Pendaftaran Full-Stack Web Batch %d dibuka! <a href=\"/bootcamp\">Daftar sekarang</a>" % s["cta"],
           "webinar": "Webinar gratis: Belajar Python dari Nol – Sabtu ini pukul 10.00 WIB. <a href=\"/webinar\">Ikuti</a>",
           "promo": "Diskon 25%% untuk pendaftar awal Batch %d. <a href=\"/promo\">Lihat promo</a>" % s["cta"],
           "none": ""}[s["announce"]]
    annbar = '<div class="super-announcement-bar"><p>%s</p></div>' % ann if ann else ""
    rm = {"block": {"page": {"value": {"type": "page", "last_edited_time": s["edited"], "properties": {"title": [[title]]}}}}}
    nd = json.dumps({"props": {"pageProps": {"recordMap": rm, "pageId": "kebijakan-privasi", "siteId": "3c1f7d"}},
                     "page": "/[[...slug]]", "buildId": bld, "isFallback": False, "gsp": True}, ensure_ascii=False)
    wrap = ("super-navbar", "super-footer") if s["super"] == "2022" else ("super-navbar super-navbar--v2", "super-footer super-footer--v2")
    return ('<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Kebijakan Privasi | Kelas Kode</title><meta name="description" content="Kebijakan Privasi Kelas Kode"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<script src="/_next/static/chunks/pages/_app-%s.js" defer=""></script><script src="/_next/static/%s/_buildManifest.js" defer=""></script>'
            '</head><body><div id="__next">%s'
            '<nav class="%s"><div class="super-navbar__content"><a class="super-navbar__logo" href="/"><img src="https://assets.super.so/3c1f7d/logo-kelaskode.png" alt="Kelas Kode"/></a>'
            '<div class="super-navbar__item-list"><a class="super-navbar__item" href="/bootcamp">Bootcamp</a><a class="super-navbar__item" href="/kelas-online">Kelas Online</a>'
            '<a class="super-navbar__item" href="/alumni">Alumni</a><a class="super-navbar__item" href="/blog">Blog</a></div>'
            '<a class="super-navbar__cta" href="/bootcamp">Daftar Batch %d</a></div></nav>'
            '<main class="super-root"><div class="super-content page__kebijakan-privasi parent-page__index">'
            '<div class="notion-header page"><div class="notion-header__cover no-cover no-icon"></div>'
            '<div class="notion-header__content max-width no-cover no-icon"><div class="notion-header__title-wrapper">'
            '<h1 class="notion-header__title">%s</h1></div></div></div>'
            '<article id="block-kebijakan-privasi" class="notion-root max-width has-footer">%s</article></div></main>'
            '<footer class="%s"><div class="super-footer__content"><p>© %d PT Kelas Kode Nusantara</p>'
            '<a href="/syarat-ketentuan">Syarat &amp; Ketentuan</a> · <a href="/kebijakan-privasi">Kebijakan Privasi</a>'
            ' · <a href="https://instagram.com/kelaskode.id">Instagram</a></div></footer></div>'
            '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>'
            % (c1, c1, c2, bld, annbar, wrap[0], s["cta"], html.escape(title, quote=False), body, wrap[1], when.year, nd))


PAGE = {
    "service": "Kelas Kode", "url": URL, "lang": "id-ID", "platform": "Notion page published with Super.so",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("Cache-Control", "s-maxage=60, stale-while-revalidate")),
    "n": 29, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 7, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".notion-header__title", ".notion-root"]},
}
