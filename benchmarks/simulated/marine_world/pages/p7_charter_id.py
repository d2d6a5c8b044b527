"""Layar Komodo (Indonesian), open and private phinisi trips from Labuan Bajo into Komodo National Park: a Nuxt 3
SSR site (Vue, Tailwind typography) on a VPS, content from a Strapi CMS. The privacy policy is a Strapi page whose
rich text is rendered with v-html into `article.prose`; the page's dynamic zone adds the month's promo card
(`.cta-promo`, with the cabins left on the next departure) after the third section, inside the article. A running
promo ticker with the day's USD rate sits above the header; the Nuxt payload carries the fetched data."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

PT Layar Komodo Wisata ("Layar Komodo" atau "kami") menyelenggarakan open trip dan private trip kapal pinisi di Taman Nasional Komodo, Labuan Bajo. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi Anda saat Anda menggunakan situs web layarkomodo.co.id, menghubungi kami melalui WhatsApp, atau mengikuti perjalanan bersama kami, sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.

## 1. Tentang Kami

@ PT Layar Komodo Wisata
@ Jl. Soekarno-Hatta No. 12, Labuan Bajo
@ Kecamatan Komodo, Kabupaten Manggarai Barat
@ Nusa Tenggara Timur 86763
@ Email: [privasi@layarkomodo.co.id](mailto:privasi@layarkomodo.co.id)

## 2. Data Pribadi yang Kami Kumpulkan

- Data identitas: nama lengkap, tanggal lahir, kewarganegaraan, serta nomor KTP atau paspor setiap peserta trip.
- Data kontak: nomor WhatsApp, alamat email, dan kontak darurat.
- Data pemesanan: paket trip, tanggal keberangkatan, tipe kabin, permintaan khusus, serta riwayat pembayaran.
- Informasi kesehatan yang Anda sampaikan secara sukarela, misalnya alergi makanan atau kondisi yang perlu diketahui kru selama snorkeling dan trekking.
- Foto dan video yang diambil oleh kru dokumentasi selama trip.
- Data teknis: alamat IP, jenis perangkat, dan cookie saat Anda mengunjungi situs web kami.

## 3. Tujuan Pemrosesan Data

Kami memproses data pribadi Anda untuk:

- memproses pemesanan dan pembayaran trip;
- menyusun manifes penumpang dan mengurus tiket masuk Taman Nasional Komodo;
- menghubungi Anda terkait jadwal keberangkatan, perubahan cuaca, atau pembatalan;
- menjaga keselamatan peserta selama perjalanan;
- mengirimkan promo dan informasi trip terbaru, apabila Anda telah memberikan persetujuan.

## 4. Manifes Penumpang dan Tiket Taman Nasional

Setiap kapal yang berlayar dari Labuan Bajo wajib melaporkan manifes penumpang kepada Syahbandar. Untuk itu kami meneruskan nama, kewarganegaraan, dan nomor identitas peserta kepada Kantor Kesyahbandaran dan Otoritas Pelabuhan Labuan Bajo. Data yang sama diperlukan untuk pembelian tiket masuk Taman Nasional Komodo melalui sistem Balai Taman Nasional Komodo. Data manifes kami simpan selama 1 (satu) tahun setelah trip selesai.

## 5. Pembagian Data kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Data hanya kami bagikan kepada pihak berikut sejauh diperlukan:

| Pihak | Tujuan |
| Pemilik dan kru kapal pinisi mitra | Pelaksanaan trip dan keselamatan penumpang |
| Midtrans (PT Midtrans) | Pemrosesan pembayaran kartu kredit dan transfer bank |
| Perusahaan asuransi perjalanan | Perlindungan peserta selama trip |
| Google dan Meta | Analitik situs web dan iklan, berdasarkan persetujuan cookie |

Kami juga dapat mengungkapkan data apabila diwajibkan oleh peraturan perundang-undangan atau atas permintaan instansi yang berwenang.

## 6. Penyimpanan dan Keamanan Data

Data pemesanan disimpan pada server yang dilindungi enkripsi dan hanya dapat diakses oleh staf yang berwenag. Data transaksi kami simpan selama 10 (sepuluh) tahun sesuai ketentuan perpajakan. Foto dokumentasi trip kami simpan selama 2 (dua) tahun dan hanya kami gunakan untuk media sosial kami dengan izin Anda.

## 7. Hak Anda sebagai Subjek Data Pribadi

Sesuai Undang-Undang Pelindungan Data Pribadi, Anda berhak untuk:

- mendapatkan informasi dan mengakses data pribadi Anda;
- memperbarui atau memperbaiki data yang tidak akurat;
- meminta penghapusan data pribadi Anda;
- menarik kembali persetujuan pemrosesan data;
- mengajukan keberatan atas pemrosesan untuk tujuan pemasaran.

Permintaan dapat dikirim melalui email ke [privasi@layarkomodo.co.id](mailto:privasi@layarkomodo.co.id). Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan diterima.

## 8. Cookie

Situs web kami menggunakan cookie untuk mengingat preferensi bahasa dan mata uang, serta untuk analitik. Anda dapat mengatur penggunaan cookie melalui pengaturan peramban Anda.

## 9. Hubungi Kami

Jika ada pertanyaan tentang Kebijakan Privasi ini, silakan hubungi kami melalui WhatsApp +62 812-3845-7710 atau email [privasi@layarkomodo.co.id](mailto:privasi@layarkomodo.co.id).
"""

EDITS = [
    {"note": "table row added: Xendit as a second payment processor (virtual accounts, QRIS)",
     "repl": [("| Midtrans (PT Midtrans) | Pemrosesan pembayaran kartu kredit dan transfer bank |",
               "| Midtrans (PT Midtrans) | Pemrosesan pembayaran kartu kredit dan transfer bank |\n"
               "| Xendit (PT Sinar Digital Terdepan) | Pemrosesan pembayaran melalui virtual account dan QRIS |")]},
    {"note": "typo fixed (berwenag), date unchanged", "bump": False,
     "repl": [("oleh staf yang berwenag.", "oleh staf yang berwenang.")]},
    {"note": "passenger manifest retention extended from 1 to 2 years",
     "repl": [("Data manifes kami simpan selama 1 (satu) tahun", "Data manifes kami simpan selama 2 (dua) tahun")]},
    {"note": "office address changed",
     "repl": [("@ Jl. Soekarno-Hatta No. 12, Labuan Bajo", "@ Jl. Pantai Pede No. 5, Labuan Bajo")]},
    {"note": "subsection added: transfers of personal data outside Indonesia (UU PDP in force)",
     "repl": [("hanya kami gunakan untuk media sosial kami dengan izin Anda.",
               "hanya kami gunakan untuk media sosial kami dengan izin Anda.\n\n"
               "### Transfer Data ke Luar Wilayah Indonesia\n\n"
               "Sebagian penyedia layanan kami, seperti penyedia email dan analitik, menyimpan data di luar wilayah "
               "Indonesia. Transfer tersebut hanya kami lakukan ke negara atau penyedia yang memiliki tingkat "
               "pelindungan data pribadi yang setara atau lebih tinggi, atau dengan perjanjian yang mengikat, sesuai "
               "Pasal 56 Undang-Undang Pelindungan Data Pribadi.")]},
    {"note": "words inserted: name and number of the emergency contact",
     "repl": [("alamat email, dan kontak darurat.", "alamat email, serta nama dan nomor kontak darurat.")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["id"][d.month - 1], d.year)


# USD/IDR around the dates (monthly anchors), the ticker shows the day's rate
RATE = [(dt.date(2023, 8, 1), 15150), (dt.date(2023, 11, 1), 15900), (dt.date(2024, 1, 1), 15450),
        (dt.date(2024, 4, 15), 16250), (dt.date(2024, 6, 20), 16450), (dt.date(2024, 9, 25), 15150),
        (dt.date(2025, 1, 10), 16250), (dt.date(2025, 4, 8), 16900), (dt.date(2025, 6, 30), 16250)]


def _rate(rng, d):
    for (a, ra), (b, rb) in zip(RATE, RATE[1:]):
        if a <= d <= b:
            base = ra + (rb - ra) * (d - a).days / float((b - a).days)
            return int(round((base + rng.gauss(0, 60)) / 5.0)) * 5
    return RATE[-1][1]


def _promo(loc):
    d = loc.date()
    y, m = d.year, d.month
    if m == 8 and d.day <= 20:
        return ("Promo Kemerdekaan: diskon 17% semua open trip", "MERDEKA17", 17, dt.date(y, 8, 20))
    if m == 12 and d.day <= 12:
        return ("Harbolnas 12.12: diskon 12% trip 3H2M", "HARBOLNAS12", 12, dt.date(y, 12, 12))
    if m in (12, 1):
        return ("Liburan akhir tahun di Komodo: diskon 10% private trip", "AKHIRTAHUN", 10,
                dt.date(y + (m == 12), 1, 31))
    if m in (2, 3):
        return ("Early bird musim kemarau: diskon 15% untuk keberangkatan Juni–September", "EARLYBIRD15", 15,
                dt.date(y, 3, 31))
    if m in (4, 5):
        return ("Trip 3H2M Padar – Pink Beach – Manta Point, hemat Rp 500.000", "KOMODO500", 0, dt.date(y, 5, 31))
    if m in (6, 7):
        return ("Liburan sekolah: anak di bawah 10 tahun diskon 50%", "ANAKHEMAT", 50, dt.date(y, 7, 31))
    return ("Diskon 15% Sailing Trip 3H2M", "KOMODO15", 15,
            dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "wita")
    dep = loc.date() + dt.timedelta(days=rng.randint(2, 9))
    st = {
        "promo": _promo(loc) + (rng.randint(1, 6),),
        "ticker": (dep.isoformat(), rng.randint(1, 7)),
        "rate": _rate(rng, loc.date()),
        "build": C.keep_or(rng, p.get("build"), 0.25, lambda: (C.uuid4(rng), C.alnum(rng, 8), C.alnum(rng, 8),
                                                                C.alnum(rng, 8))),
        "year": loc.year,
    }
    return K.ensure_change(st, prev, "rate", lambda: _rate(rng, loc.date()))


LABELS = {
    "promo": "promo card of the month (dynamic zone) INSIDE the article, with cabins left",
    "ticker": "running ticker: next open-trip departure and cabins left",
    "rate": "USD/IDR rate of the day (ticker, Nuxt payload)",
    "build": "Nuxt build: buildId, hashed _nuxt chunk names",
    "year": "footer copyright year",
}


def _devalue(root):
    """Nuxt's payload format: a flat array, objects and arrays holding the indexes of their values."""
    out = [["ShallowReactive", 1]]

    def add(v):
        n = len(out)
        out.append(None)
        if isinstance(v, dict):
            out[n] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[n] = [add(x) for x in v]
        else:
            out[n] = v
        return n

    add(root)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")


def _rp(n):
    return "Rp " + "{:,}".format(n).replace(",", ".")


def render(state, blocks, when):
    build_id, h_entry, h_page, h_css = state["build"]
    title, rest = K.title_and_rest(blocks)
    loc, _ = K.local(when, "wita")
    ptitle, code, pct, until, sisa = state["promo"]
    dep, cabins = state["ticker"]
    dep = dt.date.fromisoformat(dep)
    rate = state["rate"]
    addr = [b for b in rest if b[0] == "addr"][0][1]
    promo = ('<div class="cta-promo not-prose my-10 rounded-2xl border border-sky-200 bg-sky-50 p-6" data-v-5c0e9a14>'
             '<p class="text-xs font-semibold uppercase tracking-wide text-sky-700" data-v-5c0e9a14>Promo bulan ini</p>'
             '<p class="mt-1 text-lg font-bold text-slate-900" data-v-5c0e9a14>%s</p><p class="mt-2 text-sm '
             'text-slate-600" data-v-5c0e9a14>Gunakan kode <strong data-v-5c0e9a14>%s</strong> sebelum %s. Sisa %d '
             'kabin untuk keberangkatan terdekat.</p><a href="/open-trip?promo=%s" class="mt-4 inline-flex '
             'rounded-full bg-sky-600 px-5 py-2 text-sm font-semibold text-white" data-v-5c0e9a14>Lihat paket trip</a>'
             '</div>' % (K.esc(ptitle), code, fmt_date(until), sisa, code))
    # the rich text before the 4th section, the promo component, the rest
    cut = [n for n, b in enumerate(rest) if b[0] == "h2" and b[1].startswith("4.")][0]
    upd, first, second = rest[0], rest[1:cut], rest[cut:]
    inner = (K.render_blocks(first, sep="") + promo + K.render_blocks(second, sep=""))
    ticker = ("Open trip 3H2M berangkat %s: sisa %d kabin &nbsp;•&nbsp; Private trip mulai %s/kapal &nbsp;•&nbsp; "
              "Kurs hari ini: 1 USD = %s" % (fmt_date(dep), cabins, _rp(18500000), _rp(rate)))
    payload = {"data": {"page-kebijakan-privasi": {"id": 7, "attributes": {
        "judul": K.plain(title), "slug": "kebijakan-privasi", "diperbarui": upd[1],
        "konten": C.blocks_md(rest, "https://www.layarkomodo.co.id/kebijakan-privasi"),
        "publishedAt": "2023-06-19T03:12:44.512Z", "locale": "id",
        "zona": [{"__component": "shared.promo", "id": 41}]}},
        "promo-aktif": {"judul": ptitle, "kode": code, "diskon": pct, "berlakuHingga": until.isoformat(),
                        "sisaKabin": sisa},
        "ticker": {"keberangkatan": dep.isoformat(), "sisaKabin": cabins}},
        "state": {"$skurs": {"USD": rate, "diperbarui": loc.date().isoformat()}, "$smataUang": "IDR"},
        "once": ["$s"], "_errors": {}, "serverRendered": True, "path": "/kebijakan-privasi"}
    nav = "".join('<a href="/%s" class="text-sm font-medium text-slate-700 hover:text-sky-600" data-v-1a7f3c2d>%s</a>'
                  % (u, t) for t, u in (("Open Trip", "open-trip"), ("Private Trip", "private-trip"),
                                        ("Kapal Kami", "kapal"), ("Galeri", "galeri"), ("Blog", "blog"),
                                        ("Kontak", "kontak")))
    doc = ('<!DOCTYPE html><html lang="id" data-capo=""><head><meta charset="utf-8">\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           '<title>Kebijakan Privasi | Layar Komodo – Open Trip &amp; Private Trip Labuan Bajo</title>\n'
           '<link rel="preconnect" href="https://cms.layarkomodo.co.id">\n'
           '<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css">\n'
           '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(entry)s.js">\n'
           '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(page)s.js">\n'
           '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(layout)s.js">\n'
           '<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo-layar.%(logo)s.svg">\n'
           '<script type="module" src="/_nuxt/%(entry)s.js" crossorigin></script>\n'
           '<meta name="description" content="Kebijakan privasi PT Layar Komodo Wisata, penyelenggara open trip dan '
           'private trip kapal pinisi di Labuan Bajo.">\n'
           '<meta property="og:title" content="Kebijakan Privasi | Layar Komodo">\n'
           '<link rel="icon" type="image/png" href="/favicon.png">\n'
           '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Y3KQ2PXLM"></script>\n'
           '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'
           'gtag("js",new Date);gtag("config","G-7Y3KQ2PXLM");</script>\n'
           '<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?'
           'n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;'
           'n.version="2.0";n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];'
           's.parentNode.insertBefore(t,s)}(window,document,"script","https://connect.facebook.net/en_US/fbevents.js");'
           'fbq("init","918273645501234");fbq("track","PageView");</script></head>'
           '<body><div id="__nuxt"><div class="flex min-h-screen flex-col" data-v-1a7f3c2d>'
           '<div class="promo-ticker overflow-hidden bg-amber-400 py-1.5 text-sm text-slate-900" data-v-3e1b5a7c>'
           '<div class="marquee whitespace-nowrap" data-v-3e1b5a7c><span data-v-3e1b5a7c>%(ticker)s</span></div></div>'
           '<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur" data-v-1a7f3c2d>'
           '<div class="container mx-auto flex items-center justify-between px-4 py-3" data-v-1a7f3c2d><a href="/" '
           'class="flex items-center gap-2" data-v-1a7f3c2d><img src="/_nuxt/logo-layar.%(logo)s.svg" alt="Layar Komodo" '
           'width="148" height="40" data-v-1a7f3c2d></a><nav class="hidden gap-6 lg:flex" data-v-1a7f3c2d>%(nav)s</nav>'
           '<div class="flex items-center gap-3" data-v-1a7f3c2d><div class="currency-switch text-xs" data-v-1a7f3c2d>'
           '<button class="font-bold" data-v-1a7f3c2d>IDR</button> | <button data-v-1a7f3c2d>USD</button></div>'
           '<a href="/open-trip" class="rounded-full bg-sky-600 px-4 py-2 text-sm font-semibold text-white" '
           'data-v-1a7f3c2d>Pesan Sekarang</a></div></div></header>'
           '<main class="container mx-auto flex-1 px-4 py-10" data-v-1a7f3c2d><nav class="mb-6 text-sm text-slate-500" '
           'aria-label="Breadcrumb" data-v-8b1d3e2f><a href="/" data-v-8b1d3e2f>Beranda</a> / <span '
           'data-v-8b1d3e2f>Kebijakan Privasi</span></nav><article class="prose prose-slate mx-auto max-w-3xl '
           'lg:prose-lg" data-v-8b1d3e2f><h1 data-v-8b1d3e2f>%(title)s</h1><p class="text-sm text-slate-500" '
           'data-v-8b1d3e2f>%(upd)s</p><div class="legal-body" data-v-8b1d3e2f>%(inner)s</div></article></main>'
           '<footer class="bg-slate-900 py-10 text-slate-300" data-v-1a7f3c2d><div class="container mx-auto grid '
           'gap-8 px-4 md:grid-cols-3" data-v-1a7f3c2d><div data-v-1a7f3c2d><p class="font-semibold text-white" '
           'data-v-1a7f3c2d>PT Layar Komodo Wisata</p><p class="text-sm" data-v-1a7f3c2d>%(street)s<br '
           'data-v-1a7f3c2d>Manggarai Barat, NTT</p></div><div data-v-1a7f3c2d><p class="font-semibold text-white" '
           'data-v-1a7f3c2d>Informasi</p><ul class="text-sm" data-v-1a7f3c2d><li data-v-1a7f3c2d><a '
           'href="/syarat-dan-ketentuan" data-v-1a7f3c2d>Syarat &amp; Ketentuan</a></li><li data-v-1a7f3c2d><a '
           'href="/kebijakan-privasi" class="router-link-active router-link-exact-active" aria-current="page" '
           'data-v-1a7f3c2d>Kebijakan Privasi</a></li><li data-v-1a7f3c2d><a href="/faq" data-v-1a7f3c2d>FAQ</a></li>'
           '</ul></div><div data-v-1a7f3c2d><p class="text-sm" data-v-1a7f3c2d>Terdaftar di Kemenparekraf · NIB '
           '9120301847562</p></div></div><p class="mt-8 text-center text-xs" data-v-1a7f3c2d>© %(year)d Layar Komodo. '
           'All rights reserved.</p></footer><a href="https://wa.me/6281238457710?text=Halo%%20Layar%%20Komodo" '
           'class="fixed bottom-5 right-5 z-50 rounded-full bg-green-500 p-4 shadow-lg" aria-label="Chat WhatsApp" '
           'data-v-1a7f3c2d><svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" data-v-1a7f3c2d><path '
           'fill="currentColor" d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2z" data-v-1a7f3c2d></path>'
           '</svg></a></div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" '
           'data-ssr="true" id="__NUXT_DATA__">%(payload)s</script>\n<script>window.__NUXT__={};window.__NUXT__.config='
           '{public:{apiBase:"https://cms.layarkomodo.co.id/api",gtagId:"G-7Y3KQ2PXLM"},app:{baseURL:"/",'
           'buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>'
           % {"css": h_css, "entry": h_entry, "page": h_page, "layout": K.hex_hash(h_entry + "layout", 8),
              "logo": "Dk3v9QaE", "ticker": ticker, "nav": nav, "title": K.esc(title),
              "upd": K.esc(upd[1]), "inner": inner, "street": K.esc(addr[1]), "year": state["year"],
              "payload": _devalue(payload), "bid": build_id})
    return doc


PAGE = {
    "service": "Layar Komodo",
    "url": "https://www.layarkomodo.co.id/kebijakan-privasi",
    "lang": "id",
    "platform": "Nuxt 3 SSR (Vue 3, Tailwind), Strapi headless CMS, nginx",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "nginx/1.24.0"), ("X-Powered-By", "Nuxt"), ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2023, 8, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 6, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.layarkomodo.co.id/kebijakan-privasi",
        "select": "article",
        "remove": ".cta-promo",
    },
}
