"""Alam Hijau Kitar Semula (Malay; recyclables buy-back centre and scrap collection in Shah Alam), Wix (Thunderbolt
renderer): comp-* ids, data-testid="richTextElement", wix-warmup-data. Well built: everything volatile is outside the
selected rich-text element: today's buy-back prices strip (copper, aluminium, paper, per kg), the Wix viewer
requestId, visitorId and build version, the Hari Raya / Deepavali / Merdeka banner, the Wix Chat state."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.alamhijau.com.my/notis-privasi"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ms"][d.month - 1], d.year)


POLICY = """
# Notis Privasi

Dikemas kini pada {UPDATED}

Alam Hijau Kitar Semula Sdn. Bhd. (No. Syarikat 201801023456) menjalankan pusat belian semula barang kitar semula di Shah Alam dan Klang serta perkhidmatan kutipan kertas, plastik, logam dan sisa elektronik dari rumah, pejabat dan kilang. Notis ini diberikan menurut Akta Perlindungan Data Peribadi 2010 dan menerangkan bagaimana kami mengumpul dan menggunakan data peribadi anda.

## Data peribadi yang kami kumpul

- nama, nombor kad pengenalan dan nombor telefon apabila anda menjual barang kitar semula di kaunter kami;
- alamat kutipan dan gambar barang yang anda hantar melalui WhatsApp;
- butiran akaun bank atau e-dompet untuk pembayaran;
- rekod timbangan, jenis bahan dan jumlah bayaran;
- rakaman CCTV di pusat belian kami.

## Tujuan pemprosesan

Kami memproses data anda untuk membeli dan membayar barang kitar semula, mengatur kutipan, menyimpan rekod urus niaga seperti yang dikehendaki oleh Akta Pemeriksaan Logam Lusuh dan peraturan pihak berkuasa tempatan, mencegah jenayah seperti kecurian kabel dan penutup longkang, serta menghubungi anda tentang promosi jika anda bersetuju.

## Pendedahan kepada pihak ketiga

Kami tidak menjual data anda. Data anda mungkin didedahkan kepada:

| Pihak | Tujuan |
| Polis Diraja Malaysia | Pemeriksaan rekod belian logam lusuh |
| Majlis Bandaraya Shah Alam | Laporan lesen dan kitar semula |
| Wix.com Ltd. | Pengehosan laman web |
| Meta Platforms (WhatsApp Business) | Komunikasi dengan pelanggan |

## Tempoh penyimpanan

Rekod belian disimpan selama 7 tahun. Rakaman CCTV disimpan selama 30 hari kecuali diperlukan untuk siasatan. Gambar yang dihantar melalui WhatsApp dipadam selepas kutipan selesai.

## Hak anda

Anda berhak meminta akses kepada data peribadi anda, membetulkan data yang tidak tepat dan menarik balik persetujuan untuk pemasaran. Permintaan boleh dihantar kepada pegawai perlindungan data kami.

## Hubungi kami

@ Pegawai Perlindungan Data
@ Alam Hijau Kitar Semula Sdn. Bhd.
@ Lot 12, Jalan Perusahaan 3, Seksyen 15, 40200 Shah Alam, Selangor
@ Tel: 03-5511 2233
@ E-mel: [privasi@alamhijau.com.my](mailto:privasi@alamhijau.com.my)

Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat percanggahan, versi Bahasa Malaysia akan diguna pakai.
"""

EDITS = [
    {"note": "processor added: Billplz (DuitNow payments)",
     "repl": [("| Meta Platforms (WhatsApp Business) | Komunikasi dengan pelanggan |",
               "| Meta Platforms (WhatsApp Business) | Komunikasi dengan pelanggan |\n"
               "| Billplz Sdn. Bhd. | Pembayaran DuitNow |")]},
    {"note": "CCTV retention 30 -> 90 days",
     "repl": [("Rakaman CCTV disimpan selama 30 hari", "Rakaman CCTV disimpan selama 90 hari")]},
    {"note": "address moved to Klang; phone changed",
     "repl": [("@ Lot 12, Jalan Perusahaan 3, Seksyen 15, 40200 Shah Alam, Selangor\n@ Tel: 03-5511 2233",
               "@ No. 8, Jalan Kapar Industri 2, 42100 Klang, Selangor\n@ Tel: 03-3290 4455")]},
    {"note": "rights: data portability sentence added (PDPA amendment 2024)",
     "repl": [("menarik balik persetujuan untuk pemasaran.",
               "menarik balik persetujuan untuk pemasaran. Mulai 1 Jun 2025, anda juga berhak meminta data anda "
               "dipindahkan kepada pihak lain.")]},
    {"note": "wording fixed (laman web -> laman sesawang), no new date", "bump": False,
     "repl": [("| Wix.com Ltd. | Pengehosan laman web |", "| Wix.com Ltd. | Pengehosan laman sesawang |")]},
]

BANNERS = [((8, 20), (9, 16), "Selamat Hari Kebangsaan! Bonus 5% untuk tin aluminium."),
           ((10, 15), (11, 5), "Selamat Hari Deepavali – pusat tutup pada hari cuti umum."),
           ((3, 20), (4, 20), "Salam Aidilfitri – waktu operasi khas sepanjang cuti perayaan.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": "%d.%d" % (C.epoch(when), rng.randint(10**6, 10**7)), "visitor": C.uuid4(rng)}
    s["prices"] = (round(rng.uniform(28, 38), 2), round(rng.uniform(4.5, 7.2), 2), round(rng.uniform(0.25, 0.45), 2))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.6, lambda: "1.%d.0" % rng.randint(13000, 16000))
    s["banner"] = next((t for (a, b, t) in [(x[0], x[1], x[2]) for x in BANNERS]
                        if a <= (when.month, when.day) <= b), None)
    s["chat"] = rng.choice(["online", "away"])
    return s


LABELS = {"req": "Wix requestId", "visitor": "Wix visitorId in warmup data", "prices": "today's buy-back prices strip",
          "build": "Thunderbolt viewer version", "banner": "festival banner", "chat": "Wix Chat status"}


def render(s, blocks, when):
    lt, _ = K.local(when, "ms")
    cu, al, pp = s["prices"]
    body = K.render_blocks(blocks, tags={"h1": ' class="font_0 wixui-rich-text__text"',
                                         "h2": ' class="font_2 wixui-rich-text__text"',
                                         "p": ' class="font_8 wixui-rich-text__text"',
                                         "ul": ' class="font_8 wixui-rich-text__text"',
                                         "li": ' class="wixui-rich-text__text"'})
    warm = json.dumps({"platform": {"ssrPropsUpdates": [], "siteFeaturesConfigs": {"visitorId": s["visitor"]}},
                       "requestId": s["req"]}, separators=(",", ":"))
    banner = ('<section id="comp-lb7x2kq1" class="banner"><p>%s</p></section>' % K.esc(s["banner"])
              if s["banner"] else "")
    return """<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset='utf-8'>
<meta name="generator" content="Wix.com Website Builder">
<title>Notis Privasi | Alam Hijau Kitar Semula</title>
<script>window.viewerModel = {"site":{"siteRevision":412},"requestUrl":"%(url)s","fleetConfig":{"fleetName":"thunderbolt-renderer-user-code","code":0},"viewerVersion":"%(build)s","requestId":"%(req)s"};</script>
<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(bh)s.bundle.min.js" as="script">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="wixui-header">%(banner)s
<div id="comp-kx3prc01" class="price-strip"><p>Harga belian hari ini (%(d)s): Tembaga RM%(cu).2f/kg · Aluminium RM%(al).2f/kg · Kertas RM%(pp).2f/kg</p></div>
<nav id="comp-kx3nav12" aria-label="Tapak"><ul><li><a href="/">Utama</a></li><li><a href="/harga">Harga</a></li><li><a href="/kutipan">Kutipan</a></li><li><a href="/hubungi">Hubungi</a></li></ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp"><section id="comp-lmq0r7x2"><div data-mesh-id="comp-lmq0r7x2inlineContent">
<div id="comp-lmq0r7x3" class="wixui-rich-text" data-testid="richTextElement">%(body)s</div>
</div></section></div></div></main>
<footer id="SITE_FOOTER"><p class="font_9">© %(year)d Alam Hijau Kitar Semula Sdn. Bhd.</p></footer>
</div></div></div>
<div id="wix-chat" data-state="%(chat)s"></div>
<script type="application/json" id="wix-warmup-data">%(warm)s</script>
</body>
</html>
""" % {"url": URL, "build": s["build"], "req": s["req"], "bh": C.det_sha(s["build"])[:20], "banner": banner,
       "d": "%02d/%02d/%d" % (lt.day, lt.month, lt.year), "cu": cu, "al": al, "pp": pp, "body": body,
       "year": lt.year, "chat": s["chat"], "warm": warm}


PAGE = {
    "service": "Alam Hijau Kitar Semula", "url": URL, "lang": "ms", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 5, 15), "hours": (18, 20, 22),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-lmq0r7x3"]},
}
