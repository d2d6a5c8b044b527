"""Kuku Cantik Nail Studio - id nail studio chain (Jakarta, Bandung, Surabaya) - Next.js 14 app router on Vercel,
Tailwind; the policy page's <main> holds the article and a sticky booking card with the next free slot."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://kukucantik.co.id/kebijakan-privasi"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["id"][d.month - 1], d.year)


POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

PT Kuku Cantik Indonesia ("Kuku Cantik", "kami") menghormati privasi Anda. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi Anda ketika Anda memesan layanan manicure, pedicure, nail art, atau eyelash extension melalui situs web, aplikasi, WhatsApp, maupun secara langsung di studio kami, sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.

## Data yang Kami Kumpulkan

- nama lengkap, nomor WhatsApp, dan alamat email;
- tanggal lahir, untuk program ulang tahun member;
- riwayat pemesanan, layanan yang dipilih, nail artist, dan studio;
- catatan kondisi kuku atau alergi yang Anda sampaikan kepada kami;
- foto hasil nail art, apabila Anda mengizinkan;
- data pembayaran yang diproses oleh mitra pembayaran kami.

## Tujuan Penggunaan Data

Kami menggunakan data pribadi Anda untuk memproses dan mengonfirmasi pemesanan, mengirimkan pengingat jadwal melalui WhatsApp, memberikan layanan yang aman sesuai kondisi kuku Anda, mengelola poin member dan voucher, serta menanggapi pertanyaan dan keluhan. Dengan persetujuan Anda, kami juga mengirimkan informasi promo dan produk baru.

## Pihak Ketiga yang Memproses Data

Kami bekerja sama dengan mitra berikut yang memproses data atas nama kami:

| Mitra | Layanan | Lokasi server |
| Vercel Inc. | Hosting situs web | Singapura |
| Meta Platforms (WhatsApp Business API) | Konfirmasi dan pengingat jadwal | Singapura |
| PT Midtrans | Pembayaran online | Indonesia |
| Google LLC (Google Analytics) | Analitik situs | Amerika Serikat |

Kami tidak menjual data pribadi Anda kepada pihak mana pun.

## Penyimpanan Data

Data akun dan riwayat pemesanan kami simpan selama akun Anda aktif dan paling lama 3 tahun setelah kunjungan terakhir Anda. Data transaksi disimpan selama 10 tahun sesuai ketentuan perpajakan. Foto hasil nail art dihapus apabila Anda mencabut persetujuan.

## Keamanan

Kami menerapkan langkah keamanan teknis dan organisasi yang wajar, antara lain enkripsi koneksi, pembatasan akses bagi karyawan, dan pencadangan data secara berkala. Namun, tidak ada sistem yang sepenuhnya aman, sehingga kami tidak dapat menjamin keamanan mutlak.

## Hak Anda

Sebagai subjek data pribadi, Anda berhak untuk:

- mendapatkan informasi dan mengakses data pribadi Anda;
- memperbaiki data yang tidak akurat;
- meminta penghapusan data;
- menarik kembali persetujuan yang telah diberikan;
- mengajukan keberatan atas pemrosesan untuk tujuan pemasaran.

Permintaan dapat dikirimkan melalui email dan akan kami tanggapi paling lambat 3 x 24 jam hari kerja untuk konfirmasi penerimaan.

## Hubungi Kami

@ PT Kuku Cantik Indonesia
@ Jl. Senopati No. 45, Kebayoran Baru, Jakarta Selatan 12190
@ Email: [privasi@kukucantik.co.id](mailto:privasi@kukucantik.co.id)
@ WhatsApp: +62 811 9000 456
"""

EDITS = [
    {"note": "processor added: Qontak (Mekari) CRM for WhatsApp chats",
     "repl": [("| PT Midtrans | Pembayaran online | Indonesia |",
               "| PT Midtrans | Pembayaran online | Indonesia |\n| PT Mekari (Qontak) | Pengelolaan percakapan "
               "WhatsApp | Indonesia |")]},
    {"note": "words inserted without a new date: 'nail artist' -> 'nail artist pilihan'", "bump": False,
     "repl": [("layanan yang dipilih, nail artist, dan studio;", "layanan yang dipilih, nail artist pilihan, dan "
               "studio;")]},
    {"note": "retention: account data 3 -> 2 years after last visit",
     "repl": [("paling lama 3 tahun setelah kunjungan terakhir", "paling lama 2 tahun setelah kunjungan terakhir")]},
    {"note": "Vercel hosting region moved from Singapore to Jakarta (Indonesia data localisation)",
     "repl": [("| Vercel Inc. | Hosting situs web | Singapura |", "| Vercel Inc. | Hosting situs web | Indonesia |")]},
    {"note": "new section on children under 17 added",
     "repl": [("## Keamanan", "## Data Anak\n\nLayanan kami untuk pelanggan berusia di bawah 17 tahun hanya dapat "
               "dipesan oleh orang tua atau wali, yang memberikan persetujuan atas pemrosesan data anak.\n\n"
               "## Keamanan")]},
    {"note": "contact address moved to Jl. Wijaya I No. 12",
     "repl": [("@ Jl. Senopati No. 45, Kebayoran Baru, Jakarta Selatan 12190",
               "@ Jl. Wijaya I No. 12, Kebayoran Baru, Jakarta Selatan 12170")]},
]

STUDIOS = ["Senopati", "Kelapa Gading", "PIK 2", "Dago Bandung", "Galaxy Mall Surabaya"]
PROMOS = ["Promo Gajian: diskon 25% gel polish tgl 25-28", "Ramadan Glow: paket mani-pedi hemat",
          "Harbolnas 12.12 - voucher Rp50.000", "Member baru: nail art gratis 2 jari", "Promo Kemerdekaan 17%"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"trace": (C.hexs(rng, 32), C.alnum(rng, 12))}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    t = K.local(when, 7)
    days = rng.choice([0, 0, 1, 1, 2])
    slot = t.replace(minute=0, second=0) + dt.timedelta(days=days, hours=rng.randint(1, 6))
    s["slot"] = (rng.choice(STUDIOS), fmt_date(slot.date()), "%02d.%02d" % (min(max(slot.hour, 10), 20),
                                                                            rng.choice([0, 30])), rng.randint(1, 9))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.choice(PROMOS))
    s["rating"] = C.keep_or(rng, prev.get("rating"), 0.5, lambda: (rng.choice(["4,8", "4,9"]),
                                                                   2800 + i * 41 + rng.randint(0, 40)))
    return s


LABELS = {"trace": "per-request ids (x-vercel-id, RSC request nonce)", "build": "Next.js buildId and chunk hashes",
          "slot": "booking card 'slot terdekat' (next free slot) INSIDE <main>", "promo": "promo top bar",
          "rating": "Google rating and review count in the booking card (INSIDE <main>)"}


def render(s, blocks, when):
    trace, nonce = s["trace"]
    bid, c1, c2 = s["build"]
    art = C.render_blocks(blocks, tags={"h1": ' class="font-display text-3xl font-bold text-rose-900 md:text-4xl"',
                                        "h2": ' class="mt-10 text-xl font-semibold text-rose-900"',
                                        "table": ' class="w-full text-left text-sm"'})
    studio, day, hour, left = s["slot"]
    rsc = json.dumps(["$", "main", None, {"className": "container", "children": "$L%d" % (len(blocks) % 7 + 2)}],
                     ensure_ascii=False)
    return (
        '<!DOCTYPE html><html lang="id" class="__variable_2a9c1b __variable_8e4f0d"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>'
        '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js"/>'
        '<title>Kebijakan Privasi | Kuku Cantik Nail Studio</title>'
        '<meta name="description" content="Kebijakan privasi Kuku Cantik Nail Studio"/>'
        '<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>'
        '<body class="bg-rose-50 font-sans antialiased">'
        '<div class="bg-rose-900 py-2 text-center text-xs text-white">%s <a class="underline" href="/promo">'
        'Lihat promo</a></div>'
        '<header class="sticky top-0 z-40 bg-white/90 backdrop-blur"><nav class="mx-auto flex max-w-6xl items-center '
        'justify-between px-4 py-3"><a href="/"><img alt="Kuku Cantik" src="/logo.svg" width="120" height="32"/></a>'
        '<ul class="hidden gap-6 md:flex"><li><a href="/layanan">Layanan</a></li><li><a href="/studio">Studio</a></li>'
        '<li><a href="/galeri">Galeri</a></li><li><a href="/member">Member</a></li></ul>'
        '<a class="rounded-full bg-rose-600 px-4 py-2 text-white" href="/booking">Booking</a></nav></header>'
        '<main class="mx-auto grid max-w-6xl gap-10 px-4 py-12 lg:grid-cols-[1fr_320px]">'
        '<nav aria-label="breadcrumb" class="text-sm text-rose-700 lg:col-span-2"><ol class="flex gap-2"><li>'
        '<a href="/">Beranda</a></li><li>/</li><li>Kebijakan Privasi</li></ol></nav>'
        '<article class="prose prose-rose max-w-none">%s</article>'
        '<aside class="h-fit rounded-2xl bg-white p-6 shadow lg:sticky lg:top-24"><p class="text-sm font-semibold">'
        'Slot terdekat di %s</p><p class="text-lg">%s, pukul %s WIB</p><p class="text-xs text-rose-700">Sisa %d slot '
        'hari ini</p><p class="text-xs">★ %s dari %s ulasan Google</p><a class="mt-4 block rounded-full bg-rose-600 '
        'py-2 text-center text-white" href="/booking">Booking sekarang</a></aside></main>'
        '<footer class="bg-rose-900 py-10 text-rose-100"><div class="mx-auto max-w-6xl px-4 text-sm">© %d PT Kuku '
        'Cantik Indonesia · <a href="/kebijakan-privasi">Kebijakan Privasi</a> · <a href="/syarat">Syarat &amp; '
        'Ketentuan</a></div></footer>'
        '<a href="https://wa.me/628119000456" class="fixed bottom-5 right-5 rounded-full bg-green-500 p-3" '
        'aria-label="WhatsApp"></a>'
        '<script src="/_next/static/chunks/webpack-%s.js" async=""></script>'
        '<script src="/_next/static/chunks/app/kebijakan-privasi/page-%s.js" async=""></script>'
        '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
        '<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"buildId\\":\\"%s\\"}]\\n"])</script>'
        '<script>self.__next_f.push([1,%s])</script>'
        '<script>window.__VERCEL_ID="sin1::iad1::%s";window.__nonce="%s"</script></body></html>'
        % (c1[:16], c2, C.esc(s["promo"]), art, C.esc(studio), C.esc(day), hour, left, s["rating"][0],
           C.group_digits(s["rating"][1], "."), K.local(when, 7).year, c2, c1, bid, json.dumps(rsc), trace[:20], nonce))


PAGE = {
    "service": "Kuku Cantik Nail Studio", "url": URL, "lang": "id", "platform": "Next.js 14 app router on Vercel",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 4, 30), "hours": (1, 7, 13),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main"], "remove": ["aside", "nav[aria-label=\"breadcrumb\"]"]},
}
