"""Dukungin - id - creator-subscription / tipping platform on Laravel (Blade + Livewire + Alpine.js, Tailwind).

The policy is a Blade view: `<article id="kebijakan-privasi">` with one `<section>` per heading, each ending in a
"↑ Kembali ke atas" link, the FAQ part rendered as Alpine accordions (`x-data="{ open: false }"`, answers in
collapsed `x-show` panels that are in the HTML all the same). Around it: the csrf meta tag, `_token` fields and the
Livewire script's data-csrf (all per visit); a Livewire "Dukungan terbaru" ticker (supporters, amounts in
Rupiah, "2 menit yang lalu") whose wire:snapshot carries a per-render checksum; a creator spotlight; a promo
bar. Livewire 2 (wire:initial-data, window.livewire_token) became Livewire 3 (wire:snapshot, morph markers
`<!--[if BLOCK]><![endif]-->`) in Oct 2023; Laravel Mix (`app.css?id=`) became Vite (`build/assets/app-XXXX.css`)
in 2022."""
import datetime as dt
import html
import json

import common as C

URL = "https://dukungin.id/kebijakan-privasi"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
         "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Dukung Karya Nusantara ("Dukungin", "kami") mengumpulkan, menggunakan, dan melindungi data pribadi kreator dan pendukung yang menggunakan situs dan aplikasi Dukungin, sesuai Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik.

## 1. Data yang kami kumpulkan

Dari kreator kami mengumpulkan nama lengkap, nama pengguna, alamat e-mail, nomor telepon, nomor rekening bank untuk pencairan dana, serta NIK dan foto KTP untuk verifikasi identitas.

Dari pendukung kami mengumpulkan nama atau nama samaran, alamat e-mail, pesan dukungan, dan data transaksi. Kami tidak menyimpan nomor kartu kredit; data kartu diproses langsung oleh mitra pembayaran.

## 2. Penggunaan data

Data digunakan untuk memproses dukungan dan langganan, mencairkan dana ke rekening kreator, mencegah penipuan dan pencucian uang, serta mengirimkan notifikasi transaksi. Kami tidak menjual data pribadi Anda kepada pihak mana pun.

## 3. Mitra pembayaran

| Mitra | Data yang dibagikan | Tujuan |
| PT Midtrans | Nama, e-mail, nominal transaksi | Pemrosesan kartu, transfer bank, dan e-wallet |
| PT Fliptech Lentera Inspirasi Pertiwi (Flip) | Nama dan nomor rekening kreator | Pencairan dana ke rekening bank |

## 4. Penyimpanan dan retensi

Data disimpan di pusat data Google Cloud wilayah Jakarta. Data transaksi disimpan selama 5 tahun setelah transaksi untuk keperluan pembukuan. Foto KTP dihapus 30 hari setelah verifikasi selesai.

## 5. Pertanyaan umum

### Apakah kreator bisa melihat e-mail saya?

Tidak. Kreator hanya melihat nama atau nama samaran dan pesan yang Anda tulis saat memberi dukungan.

### Bagaimana cara menghapus akun?

Buka Pengaturan, lalu Akun, lalu pilih Hapus Akun. Saldo yang belum dicairkan harus ditarik terlebih dahulu.

### Apakah dukungan anonim benar-benar anonim?

Nama Anda tidak ditampilkan kepada kreator maupun publik, tetapi kami tetap menyimpan data transaksi sesuai kewajiban hukum.

## 6. Hubungi kami

Pertanyaan tentang kebijakan ini dapat dikirim ke [privasi@dukungin.id](mailto:privasi@dukungin.id) atau melalui WhatsApp di +62 811-2000-4567 (Senin sampai Jumat, 09.00 sampai 17.00 WIB).
"""

EDITS = [
    {"note": "payment partners table: new row Xendit (QRIS and e-wallet)",
     "repl": [("| PT Fliptech Lentera", "| PT Sinar Digital Terdepan (Xendit) | Nama, e-mail, nomor telepon, nominal transaksi | Pemrosesan QRIS dan e-wallet |\n| PT Fliptech Lentera")]},
    {"note": "transaction data kept 10 years (tax rules) instead of 5",
     "repl": [("Data transaksi disimpan selama 5 tahun setelah transaksi untuk keperluan pembukuan.",
               "Data transaksi disimpan selama 10 tahun setelah transaksi sesuai ketentuan perpajakan dan pembukuan.")]},
    {"note": "inside a collapsed FAQ panel: creators may now see the e-mail of supporters who opt in (date left)", "bump": False,
     "repl": [("Tidak. Kreator hanya melihat nama atau nama samaran dan pesan yang Anda tulis saat memberi dukungan.",
               "Tidak, kecuali Anda mencentang kotak \"Bagikan e-mail saya ke kreator\" saat memberi dukungan. Tanpa itu, kreator hanya melihat nama atau nama samaran dan pesan yang Anda tulis.")]},
    {"note": "legal basis updated to the PDP Law (UU 27/2022), date bumped",
     "repl": [("sesuai Peraturan Menteri Komunikasi dan Informatika Nomor 20 Tahun 2016 tentang Perlindungan Data Pribadi dalam Sistem Elektronik.",
               "sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.")]},
    {"note": "contact changed: DPO e-mail and new WhatsApp number",
     "repl": [("[privasi@dukungin.id](mailto:privasi@dukungin.id) atau melalui WhatsApp di +62 811-2000-4567",
               "Petugas Pelindungan Data Pribadi kami di [dpo@dukungin.id](mailto:dpo@dukungin.id) atau melalui WhatsApp di +62 811-9100-2233")]},
]

SUPPORTERS = ["Seseorang", "Rina", "Budi S.", "Anonim", "kak_ayu", "Dimas", "Putri", "Seseorang", "Fajar", "Wulan", "Andi", "Sari"]
CREATORS = [("@nadiagambar", "Nadia Gambar", "ilustrator"), ("@podkesmas", "Podkesmas", "podcast"),
            ("@resepmamah", "Resep Mamah", "masak"), ("@gamedevjogja", "Gamedev Jogja", "game"),
            ("@puisisenja", "Puisi Senja", "penulis"), ("@vtuber.kirana", "Kirana Ch.", "vtuber"),
            ("@belajarcoding", "Belajar Coding", "edukasi"), ("@komikpendek", "Komik Pendek", "komik")]
PROMOS = [("Biaya layanan 0% untuk kreator baru sampai akhir bulan!", "/daftar?promo=nol"),
          ("Sekarang bisa dukung pakai QRIS dari aplikasi bank apa pun.", "/blog/qris"),
          ("Dukungin Awards 2024: nominasikan kreator favoritmu!", "/awards"),
          ("Fitur baru: langganan bulanan dengan konten eksklusif.", "/blog/langganan")]
LW3 = dt.datetime(2023, 10, 9)
VITE = dt.datetime(2022, 8, 22)


def rupiah(n):
    return "Rp" + "{:,}".format(n).replace(",", ".")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 40)
    s["livewire"] = (C.alnum(rng, 20), C.hexs(rng, 64), C.alnum(rng, 20))
    s["ticker"] = tuple((rng.randrange(len(SUPPORTERS)), rng.randrange(len(CREATORS)),
                         rng.choice([5000, 10000, 15000, 20000, 25000, 50000, 100000, 150000]), rng.randint(1, 170))
                        for _ in range(5))
    s["spotlight"] = C.keep_or(rng, prev.get("spotlight"), 0.4, lambda: tuple(rng.sample(range(len(CREATORS)), 3)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.45, lambda: rng.randrange(len(PROMOS)))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.35, lambda: (C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                                                    C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                                                    C.hexs(rng, 32), C.hexs(rng, 8)))
    s["stack"] = ("lw3" if when >= LW3 else "lw2", "vite" if when >= VITE else "mix")
    return s


LABELS = {
    "csrf": "per-visit csrf token (meta, _token fields, Livewire data-csrf)",
    "livewire": "Livewire component ids and snapshot checksum (per render)",
    "ticker": "Livewire 'Dukungan terbaru' ticker (supporters, amounts, relative times)",
    "spotlight": "'Kreator pilihan' spotlight rotated",
    "promo": "promo bar rotated",
    "assets": "Vite / Mix asset hashes after deploys",
    "stack": "Livewire 2 -> 3 and Laravel Mix -> Vite migrations (markup of scripts and components)",
}


def ago(m):
    if m < 60:
        return "%d menit yang lalu" % m
    return "%d jam yang lalu" % (m // 60)


def policy_article(blocks, upd_line):
    h1 = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    parts = ['<header class="mb-8 border-b border-gray-100 pb-6">',
             '<h1 class="text-3xl font-extrabold tracking-tight text-gray-900">%s</h1>' % html.escape(h1)]
    for kind, v in head:
        if kind == "p" and v == upd_line:
            parts.append('<p class="mt-2 text-sm text-gray-500">%s</p>' % html.escape(v))
    parts.append("</header>")
    parts.append('<div class="legal-body prose prose-slate max-w-none prose-a:text-rose-600">')
    for kind, v in head:
        if not (kind == "p" and v == upd_line):
            parts.append(C.block_html((kind, v)))
    for n, (title, bl) in enumerate(secs, 1):
        parts.append('<section id="bagian-%d" class="scroll-mt-24">' % n)
        parts.append('<h2>%s</h2>' % C.inline_html(title))
        faq = C.under_headings(bl) if bl and bl[0][0] == "h3" else None
        if faq:
            parts.append('<div class="not-prose space-y-3">')
            for q, ans in faq:
                parts.append('<div x-data="{ open: false }" class="rounded-xl border border-gray-200 bg-white">'
                             '<button type="button" @click="open = !open" :aria-expanded="open.toString()" class="flex w-full items-center justify-between px-5 py-4 text-left font-semibold text-gray-800">'
                             '<span>%s</span><svg class="h-5 w-5 shrink-0 transition-transform" :class="{ \'rotate-180\': open }" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"/></svg></button>'
                             '<div x-show="open" x-collapse x-cloak class="px-5 pb-5 text-gray-600">%s</div></div>'
                             % (C.inline_html(q), "".join(C.block_html(b) for b in ans)))
            parts.append("</div>")
        else:
            parts.extend(C.block_html(b, {"table": "min-w-full text-sm"}) for b in bl)
        parts.append('<a href="#kebijakan-privasi" class="back-to-top mt-4 inline-block text-xs text-gray-400 hover:text-rose-600">↑ Kembali ke atas</a>')
        parts.append("</section>")
    parts.append("</div>")
    return "\n".join(parts)


def render(s, blocks, when):
    csrf = s["csrf"]
    lw_id, checksum, lw_id2 = s["livewire"]
    lw, bundler = s["stack"]
    css_h, js_h, mix_css, mix_js = s["assets"]
    upd_line = blocks[1][1]
    art = policy_article(blocks, upd_line)
    items = [{"supporter": SUPPORTERS[a], "creator": CREATORS[b][0], "amount": amt, "minutes": m} for a, b, amt, m in s["ticker"]]
    if lw == "lw3":
        li = "".join('<!--[if BLOCK]><![endif]--><li class="flex items-start gap-3 py-3" wire:key="support-%d"><span class="mt-1 h-2 w-2 rounded-full bg-rose-500"></span>'
                     '<p class="text-sm"><strong>%s</strong> baru saja mendukung <a href="/%s" class="text-rose-600">%s</a> sebesar <strong>%s</strong><br><span class="text-xs text-gray-400">%s</span></p></li>'
                     % (k, html.escape(it["supporter"]), it["creator"][1:], it["creator"], rupiah(it["amount"]), ago(it["minutes"])) for k, it in enumerate(items))
        snap = {"data": {"items": [[{k: v for k, v in it.items()}, {"s": "arr"}] for it in items]},
                "memo": {"id": lw_id, "name": "support-ticker", "path": "kebijakan-privasi", "method": "GET", "children": [],
                         "scripts": [], "assets": [], "errors": [], "locale": "id"}, "checksum": checksum}
        ticker = ('<div wire:snapshot="%s" wire:effects="[]" wire:id="%s" wire:poll.30s class="rounded-2xl bg-white p-5 shadow-sm">'
                  '<h3 class="text-sm font-bold uppercase tracking-wide text-gray-500">Dukungan terbaru</h3><ul class="divide-y divide-gray-100">%s<!--[if ENDBLOCK]><![endif]--></ul></div>'
                  % (html.escape(json.dumps(snap, separators=(",", ":"))), lw_id, li))
        lw_scripts = ('<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-once="true"></script>'
                      % (mix_js, csrf))
        lw_styles = '<!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {display: none !important;} [x-cloak] {display: none !important;}</style>'
    else:
        li = "".join('<li class="flex items-start gap-3 py-3"><span class="mt-1 h-2 w-2 rounded-full bg-rose-500"></span>'
                     '<p class="text-sm"><strong>%s</strong> baru saja mendukung <a href="/%s" class="text-rose-600">%s</a> sebesar <strong>%s</strong><br><span class="text-xs text-gray-400">%s</span></p></li>'
                     % (html.escape(it["supporter"]), it["creator"][1:], it["creator"], rupiah(it["amount"]), ago(it["minutes"])) for it in items)
        init = {"fingerprint": {"id": lw_id, "name": "support-ticker", "locale": "id", "path": "kebijakan-privasi", "method": "GET", "v": "acj"},
                "effects": {"listeners": []}, "serverMemo": {"children": [], "errors": [], "htmlHash": checksum[:8], "data": {"items": items},
                                                              "dataMeta": [], "checksum": checksum}}
        ticker = ('<div wire:id="%s" wire:initial-data="%s" wire:poll.30s class="rounded-2xl bg-white p-5 shadow-sm">'
                  '<h3 class="text-sm font-bold uppercase tracking-wide text-gray-500">Dukungan terbaru</h3><ul class="divide-y divide-gray-100">%s</ul></div>'
                  % (lw_id, html.escape(json.dumps(init, separators=(",", ":"))), li))
        lw_scripts = ('<script src="/livewire/livewire.js?id=%s" data-turbo-eval="false" data-turbolinks-eval="false" ></script>'
                      '<script data-turbo-eval="false" data-turbolinks-eval="false" >window.livewire = new Livewire();window.Livewire = window.livewire;'
                      'window.livewire_app_url = \'\';window.livewire_token = \'%s\';window.deferLoadingAlpine = function (callback) {window.addEventListener(\'livewire:load\', function () {callback();});};'
                      'document.addEventListener("DOMContentLoaded", function () {window.livewire.start();});</script>' % (mix_js + mix_css[:12], csrf))
        lw_styles = '<style>[wire\\:loading], [wire\\:loading\\.delay], [wire\\:offline], [wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}</style>'
    if bundler == "vite":
        assets = ('<link rel="preload" as="style" href="https://dukungin.id/build/assets/app-%s.css" /><link rel="modulepreload" href="https://dukungin.id/build/assets/app-%s.js" />'
                  '<link rel="stylesheet" href="https://dukungin.id/build/assets/app-%s.css" data-navigate-track="reload" /><script type="module" src="https://dukungin.id/build/assets/app-%s.js" data-navigate-track="reload"></script>'
                  % (css_h, js_h, css_h, js_h))
    else:
        assets = ('<link rel="stylesheet" href="/css/app.css?id=%s">\n<script src="/js/app.js?id=%s" defer></script>' % (mix_css[:20], mix_css[12:32]))
    spot = "".join('<li class="flex items-center gap-3"><img src="https://cdn.dukungin.id/avatars/%s.webp" class="h-10 w-10 rounded-full" alt="">'
                   '<div><a href="/%s" class="font-semibold">%s</a><p class="text-xs text-gray-500">#%s</p></div></li>'
                   % (C.det_sha("av", CREATORS[k][0])[:12], CREATORS[k][0][1:], html.escape(CREATORS[k][1]), CREATORS[k][2]) for k in s["spotlight"])
    promo = PROMOS[s["promo"]]
    return """<!DOCTYPE html>
<html lang="id">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="%(csrf)s">

        <title>Kebijakan Privasi - Dukungin</title>
        <meta name="description" content="Bagaimana Dukungin mengumpulkan, menggunakan, dan melindungi data pribadi kreator dan pendukung.">
        <link rel="icon" href="/favicon.ico">
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=plus-jakarta-sans:400,600,800&display=swap" rel="stylesheet" />
        %(assets)s
        %(lw_styles)s
    </head>
    <body class="font-sans antialiased bg-gray-50 text-gray-800">
        <div class="bg-rose-600 text-white text-center text-sm py-2 px-4" id="promo-bar"><a href="%(promo_url)s" class="underline underline-offset-2">%(promo)s</a></div>
        <nav x-data="{ open: false }" class="bg-white border-b border-gray-100">
            <div class="max-w-7xl mx-auto px-4 sm:px-6 lg:px-8">
                <div class="flex justify-between h-16">
                    <div class="flex items-center gap-8">
                        <a href="https://dukungin.id" class="shrink-0"><img src="/images/logo-dukungin.svg" class="block h-8 w-auto" alt="Dukungin"></a>
                        <div class="hidden sm:flex sm:gap-6">
                            <a class="text-sm font-medium text-gray-600 hover:text-gray-900" href="https://dukungin.id/jelajahi">Jelajahi Kreator</a>
                            <a class="text-sm font-medium text-gray-600 hover:text-gray-900" href="https://dukungin.id/harga">Biaya</a>
                            <a class="text-sm font-medium text-gray-600 hover:text-gray-900" href="https://dukungin.id/blog">Blog</a>
                        </div>
                    </div>
                    <div class="hidden sm:flex sm:items-center sm:gap-3">
                        <a href="https://dukungin.id/masuk" class="text-sm font-semibold">Masuk</a>
                        <a href="https://dukungin.id/daftar" class="rounded-full bg-rose-600 px-4 py-2 text-sm font-semibold text-white">Mulai sebagai kreator</a>
                    </div>
                    <div class="-me-2 flex items-center sm:hidden">
                        <button @click="open = ! open" class="inline-flex items-center justify-center p-2 rounded-md text-gray-400"><svg class="h-6 w-6" stroke="currentColor" fill="none" viewBox="0 0 24 24"><path :class="{'hidden': open, 'inline-flex': ! open }" class="inline-flex" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M4 6h16M4 12h16M4 18h16" /></svg></button>
                    </div>
                </div>
            </div>
        </nav>

        <main class="py-10">
            <div class="max-w-7xl mx-auto px-4 sm:px-6 lg:px-8 grid grid-cols-12 gap-8">
                <aside class="col-span-12 lg:col-span-3">
                    <nav class="sticky top-6 space-y-1 text-sm" aria-label="Dokumen hukum">
                        <a href="https://dukungin.id/syarat-dan-ketentuan" class="block rounded-lg px-3 py-2 text-gray-600 hover:bg-white">Syarat dan Ketentuan</a>
                        <a href="https://dukungin.id/kebijakan-privasi" class="block rounded-lg px-3 py-2 bg-white font-semibold text-rose-600" aria-current="page">Kebijakan Privasi</a>
                        <a href="https://dukungin.id/kebijakan-pengembalian-dana" class="block rounded-lg px-3 py-2 text-gray-600 hover:bg-white">Kebijakan Pengembalian Dana</a>
                        <a href="https://dukungin.id/pedoman-komunitas" class="block rounded-lg px-3 py-2 text-gray-600 hover:bg-white">Pedoman Komunitas</a>
                    </nav>
                </aside>
                <article id="kebijakan-privasi" class="col-span-12 lg:col-span-6 rounded-2xl bg-white p-8 shadow-sm">
%(article)s
                </article>
                <aside class="col-span-12 lg:col-span-3 space-y-6">
                    %(ticker)s
                    <div class="rounded-2xl bg-white p-5 shadow-sm">
                        <h3 class="text-sm font-bold uppercase tracking-wide text-gray-500">Kreator pilihan minggu ini</h3>
                        <ul class="mt-4 space-y-4">%(spot)s</ul>
                    </div>
                </aside>
            </div>
        </main>

        <footer class="border-t border-gray-200 bg-white">
            <div class="max-w-7xl mx-auto px-4 py-10 sm:px-6 lg:px-8 grid gap-8 sm:grid-cols-3 text-sm text-gray-500">
                <div><img src="/images/logo-dukungin.svg" class="h-7" alt="Dukungin"><p class="mt-3">Platform dukungan untuk kreator Indonesia.</p></div>
                <form method="POST" action="https://dukungin.id/newsletter" class="flex gap-2"><input type="hidden" name="_token" value="%(csrf)s" autocomplete="off"><input type="email" name="email" placeholder="E-mail kamu" class="rounded-lg border-gray-300 text-sm"><button class="rounded-lg bg-gray-900 px-3 text-white">Langganan</button></form>
                <p>&copy; %(year)d PT Dukung Karya Nusantara. Terdaftar di Kominfo sebagai PSE Lingkup Privat.</p>
            </div>
        </footer>
        %(lw_scripts)s
    </body>
</html>
""" % {"csrf": csrf, "assets": assets, "lw_styles": lw_styles, "promo_url": promo[1], "promo": html.escape(promo[0]),
       "article": art, "ticker": ticker, "spot": spot, "year": when.year, "lw_scripts": lw_scripts}


PAGE = {
    "service": "Dukungin", "url": URL, "lang": "id", "platform": "Laravel Blade + Livewire + Alpine.js",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Cache-Control", "no-cache, private"), ("X-Powered-By", "PHP/8.2.12")),
    "n": 30, "start": dt.date(2021, 7, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#kebijakan-privasi"], "remove": [".back-to-top"]},
}
