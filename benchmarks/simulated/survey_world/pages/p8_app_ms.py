"""SuaraKu - ms survey rewards app (Malaysia) - website in Angular 17 with server-side rendering (Angular Universal,
hydration), CSP nonce on app-root, esbuild hashed bundles, a popular-surveys carousel and TransferState JSON."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.suaraku.my/notis-privasi"

POLICY = K.unwrap("""
# Notis Privasi

Dikemas kini: {UPDATED}

Notis Privasi ini menerangkan bagaimana SuaraKu Insights Sdn. Bhd. (No. Pendaftaran 202101018842 (1418210-K)) mengumpul,
    menggunakan dan melindungi data peribadi anda apabila anda menggunakan aplikasi dan laman web SuaraKu,
    selaras dengan
    Akta Perlindugan Data Peribadi 2010 (“PDPA”). Notis ini juga tersedia dalam Bahasa Inggeris; sekiranya terdapat
    percanggahan, versi Bahasa Malaysia akan terpakai.

## 1. Siapa kami

SuaraKu ialah aplikasi tinjauan berganjaran. Kami menjemput ahli untuk menjawab tinjauan bagi pihak jenama, agensi
    penyelidikan dan institusi akademik, dan memberi mata ganjaran bagi setiap tinjauan yang dilengkapkan.

## 2. Data peribadi yang kami kumpul

- nama, alamat e-mel dan nombor telefon bimbit;
- tarikh lahir, jantina, bangsa, negeri dan poskod;
- tahap pendidikan, pekerjaan dan pendapatan isi rumah;
- jawapan anda kepada tinjauan;
- butiran e-dompet atau akaun bank untuk penebusan ganjaran;
- maklumat peranti seperti model, sistem pengendalian, pengecam iklan dan alamat IP.

Kami mengumpul data ini terus daripada anda semasa pendaftaran dan apabila anda menjawab tinjauan, serta secara
    automatik daripada peranti anda apabila anda menggunakan aplikasi. Pemberian data profil adalah secara sukarela,
    tetapi tanpanya kami mungkin tidak dapat menjemput anda ke tinjauan yang sesuai.

## 3. Tujuan pemprosesan

- mendaftar dan mengurus akaun anda;
- memadankan anda dengan tinjauan yang sesuai dengan profil anda;
- menyediakan laporan agregat kepada pelanggan kami;
- memproses penebusan mata ganjaran;
- mengesan penipuan, akaun berganda dan jawapan berkualiti rendah;
- menghantar pemberitahuan dan bahan pemasaran, jika anda bersetuju.

## 4. Jawapan tinjauan anda

Jawapan anda hanya dikongsi dengan pelanggan dalam bentuk agregat atau tanpa nama. Kami tidak akan mendedahkan nama,
    nombor telefon atau e-mel anda kepada pelanggan tanpa persetujuan jelas anda, contohnya bagi temu bual susulan atau
    ujian produk di rumah.

Sesetengah tinjauan mungkin bertanya tentang kesihatan, agama atau pandangan politik anda. Soalan sebegini adalah
    pilihan dan hanya diproses dengan persetujuan nyata anda. Kami juga menggunakan semakan automatik, seperti masa
    menjawab yang terlalu singkat, untuk mengesan jawapan berkualiti rendah; anda boleh meminta semakan semula oleh
    kakitangan kami jika mata anda tidak dikreditkan.

## 5. Ganjaran

Mata yang dikumpul boleh ditebus sebagai tambah nilai Touch 'n Go eWallet, baucar Shopee atau GrabGift. Untuk
    memproses penebusan, kami berkongsi nombor telefon anda dengan penyedia ganjaran yang berkenaan. Mata yang tidak
    digunakan akan luput sekiranya akaun tidak aktif selama 24 bulan.

## 6. Pendedahan kepada pihak ketiga

| Pihak | Tujuan | Lokasi |
| Amazon Web Services | Pengehosan pelayan dan pangkalan data | Singapura |
| Google LLC (Firebase) | Pemberitahuan tolak dan analitik aplikasi | Amerika Syarikat |
| Touch 'n Go Digital Sdn. Bhd. | Penebusan ganjaran e-dompet | Malaysia |
| Twilio Inc. | Penghantaran kod OTP melalui SMS | Amerika Syarikat |

## 7. Pemindahan data ke luar Malaysia

Sesetengah penyedia perkhidmatan kami memproses data di luar Malaysia. Kami memastikan pemindahan tersebut dilindungi
    melalui perjanjian bertulis yang mewajibkan tahap perlindungan yang setara dengan PDPA.

## 8. Tempoh penyimpanan

Kami menyimpan data anda selagi akaun anda aktif. Akaun yang tidak aktif selama 24 bulan akan dipadamkan selepas notis
    melalui e-mel. Rekod transaksi ganjaran disimpan selama tujuh tahun bagi tujuan perakaunan dan cukai.

## 9. Hak anda

- hak untuk mengakses data peribadi anda;
- hak untuk membetulkan data yang tidak tepat;
- hak untuk menarik balik persetujuan;
- hak untuk menghalang pemprosesan bagi tujuan pemasaran langsung.

Permintaan akses akan diproses dalam tempoh 21 hari dan mungkin dikenakan fi seperti yang dibenarkan oleh
    peraturan-peraturan di bawah PDPA.

## 10. Kuki dan teknologi serupa

Laman web kami menggunakan kuki yang perlu untuk log masuk dan keselamatan, serta kuki analitik untuk memahami cara
    pelawat menggunakan laman web. Aplikasi SuaraKu menggunakan pengecam peranti bagi tujuan yang sama. Anda boleh
    menyekat kuki melalui tetapan pelayar atau menetapkan semula pengecam iklan dalam tetapan telefon anda.

## 11. Keselamatan

Data anda disulitkan semasa penghantaran dan penyimpanan. Akses kakitangan dihadkan mengikut keperluan tugas dan
    direkodkan.

## 12. Kanak-kanak

Perkhidmatan SuaraKu hanya untuk individu berumur 18 tahun ke atas. Kami tidak mengumpul data kanak-kanak dengan
    sengaja.

## 13. Hubungi kami

@ SuaraKu Insights Sdn. Bhd.
@ Level 12, Menara Prestige, No. 1, Jalan Pinang, 50450 Kuala Lumpur
@ E-mel: [privasi@suaraku.my](mailto:privasi@suaraku.my)
@ Telefon: +603-2181 4460
""")

EDITS = [
    {"note": "processor replaced: Twilio -> Macrokiosk Berhad (OTP SMS, Malaysia)",
     "repl": [("| Twilio Inc. | Penghantaran kod OTP melalui SMS | Amerika Syarikat |",
               "| Macrokiosk Berhad | Penghantaran kod OTP melalui SMS | Malaysia |")]},
    {"note": "retention: inactive accounts deleted after 12 instead of 24 months",
     "repl": [("Akaun yang tidak aktif selama 24 bulan akan dipadamkan",
               "Akaun yang tidak aktif selama 12 bulan akan dipadamkan")]},
    {"note": "typo fixed ('Akta Perlindugan' -> 'Akta Perlindungan'), no new date", "bump": False,
     "repl": [("Akta Perlindugan Data Peribadi", "Akta Perlindungan Data Peribadi")]},
    {"note": "hosting moved from AWS Singapore to the AWS Asia Pacific (Malaysia) region",
     "repl": [("| Amazon Web Services | Pengehosan pelayan dan pangkalan data | Singapura |",
               "| Amazon Web Services | Pengehosan pelayan dan pangkalan data | Malaysia |")]},
    {"note": "new section: data protection officer appointed (PDPA amendment 2024), contact section renumbered",
     "repl": [("## 13. Hubungi kami", "## 13. Pegawai Perlindungan Data\n\n"
               "Kami telah melantik Pegawai Perlindungan Data (DPO) yang boleh dihubungi di\n"
               "    [dpo@suaraku.my](mailto:dpo@suaraku.my) bagi sebarang pertanyaan atau aduan berkaitan data "
               "peribadi anda.\n    Sekiranya berlaku pelanggaran data yang boleh menyebabkan kemudaratan ketara, "
               "kami akan memaklumkan\n    anda tanpa kelewatan yang tidak wajar.\n\n## 14. Hubungi kami")]},
    {"note": "rights list: data portability right added (PDPA amendment in force June 2025)",
     "repl": [("- hak untuk menarik balik persetujuan;", "- hak untuk menarik balik persetujuan;\n"
               "- hak mudah alih data, iaitu meminta data anda dipindahkan kepada pengawal data lain;")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]

SURVEYS = [("Tabiat membeli-belah dalam talian", 10, 150), ("Kopi atau teh tarik?", 5, 60),
           ("Pengalaman menggunakan e-dompet", 12, 180), ("Perancangan cuti sekolah", 8, 100),
           ("Penjagaan kulit harian", 9, 120), ("Perkhidmatan penghantaran makanan", 11, 160),
           ("Kereta elektrik di Malaysia", 15, 220), ("Insurans kesihatan", 14, 200), ("Tontonan drama Melayu", 7, 90)]
FESTIVE = {"raya": "Selamat Hari Raya Aidilfitri! Mata x2 untuk semua tinjauan minggu ini 🌙",
           "merdeka": "Sempena Hari Merdeka: tebus baucar dengan 31% kurang mata 🇲🇾",
           "cny": "Gong Xi Fa Cai! Ang pau digital 888 mata untuk 88 pemenang 🧧",
           "deepavali": "Selamat Hari Deepavali! Bonus 200 mata untuk tinjauan profil 🪔",
           "1111": "11.11: semua baucar Shopee diskaun 11% 🛒"}
RAYA = {2022: dt.date(2022, 5, 2), 2023: dt.date(2023, 4, 22), 2024: dt.date(2024, 4, 10), 2025: dt.date(2025, 3, 31),
        2026: dt.date(2026, 3, 20)}
CNY = {2022: dt.date(2022, 2, 1), 2023: dt.date(2023, 1, 22), 2024: dt.date(2024, 2, 10), 2025: dt.date(2025, 1, 29),
       2026: dt.date(2026, 2, 17)}
DEEPAVALI = {2022: dt.date(2022, 10, 24), 2023: dt.date(2023, 11, 12), 2024: dt.date(2024, 10, 31),
             2025: dt.date(2025, 10, 20), 2026: dt.date(2026, 11, 8)}


def festive(when):
    d = when.date()
    for key, table, before, after in (("raya", RAYA, 7, 10), ("cny", CNY, 10, 7), ("deepavali", DEEPAVALI, 7, 3)):
        if -before <= (d - table[d.year]).days <= after:
            return key
    return K.season(when, [((8, 20), (9, 1), "merdeka"), ((11, 1), (11, 11), "1111")])


UPGRADE = dt.datetime(2024, 2, 5)  # Angular 15 (webpack, no hydration) -> Angular 17 (esbuild, hydration, CSP nonce)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"angular": "15" if when < UPGRADE else "17"}
    same = prev.get("angular") == s["angular"]
    if s["angular"] == "17":
        s["nonce"] = C.b64tok(rng, 18).replace("+", "").replace("/", "")
        s["bundle"] = K.deploy_hash(rng, prev.get("bundle") if same else None, 0.3, lambda: (
            "main-" + K.upper_hash(rng), "polyfills-" + K.upper_hash(rng), "styles-" + K.upper_hash(rng),
            "ng-c%d" % rng.randint(10 ** 9, 10 ** 10 - 1), "ng-c%d" % rng.randint(10 ** 9, 10 ** 10 - 1),
            "17.%d.%d" % (rng.randint(0, 3), rng.randint(0, 12))))
    else:
        s["bundle"] = K.deploy_hash(rng, prev.get("bundle") if same else None, 0.3, lambda: (
            "main." + C.hexs(rng, 16), "polyfills." + C.hexs(rng, 16), "styles." + C.hexs(rng, 16),
            "serverApp-c%d" % rng.randint(5, 40), "serverApp-c%d" % rng.randint(41, 90),
            "15.2.%d" % rng.randint(0, 10)))
    s["popular"] = C.keep_or(rng, prev.get("popular"), 0.6, lambda: tuple(rng.sample(range(len(SURVEYS)), 4)))
    s["done"] = K.grow(when, dt.datetime(2022, 1, 1), 1200, 18.3)
    s["server_time"] = when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)
    s["festive"] = festive(when)
    s["rating"] = K.grow(when, dt.datetime(2022, 1, 1), 5120, 4.1)
    return s


LABELS = {"angular": "Angular 15 -> 17 upgrade (hydration, esbuild, CSP nonce; February 2024)",
          "nonce": "ngCspNonce on app-root and style/script nonces (per request, Angular 17)",
          "bundle": "bundle names, _ngcontent/_nghost ids and Angular version (per deploy)",
          "popular": "'Tinjauan popular' carousel under the policy", "done": "completion counts in the carousel",
          "server_time": "TransferState serverTime (per request)",
          "festive": "festive banner (Raya, CNY, Deepavali, Merdeka, 11.11)", "rating": "Google Play rating count"}


def render(s, blocks, when):
    v17 = s["angular"] == "17"
    main_h, poly_h, css_h, c_app, c_page, ngv = s["bundle"]
    na = ' nonce="%s"' % s["nonce"] if v17 else ""
    ngh = (lambda n: ' ngh="%d"' % n) if v17 else (lambda n: "")
    ng = "_ngcontent-" + c_page
    ap = "_ngcontent-" + c_app
    art = C.render_blocks(blocks, tags={k: " " + ng for k in ("h1", "h2", "p", "ul", "li", "table", "addr")}, sep="")
    cards = "".join(
        '<app-survey-card %s _nghost-%s%s><div %s class="card"><p %s class="card__title">%s</p><p %s class="card__meta"'
        '>'
        '%d min · %s orang telah menjawab</p><span %s class="card__points">+%d mata</span></div></app-survey-card>'
        % (ng, c_app, ngh(1), ap, ap, C.esc(SURVEYS[k][0]), ap, SURVEYS[k][1],
           K.group(s["done"] // (n + 1) + 53 * k), ap, SURVEYS[k][2]) for n, k in enumerate(s["popular"]))
    banner = ('<div %s class="festive">%s</div>' % (ap, C.esc(FESTIVE[s["festive"]]))
              if s["festive"] else ("<!--ngtns-->" if v17 else "<!---->"))
    data = {"policy-ms": {"b": {"slug": "notis-privasi", "locale": "ms", "serverTime": s["server_time"]},
                          "h"
                          "": {}, "s": 200, "st": "OK", "u": "https://cms.suaraku.my/api/pages/notis-privasi?locale=ms",
                          "rt": "json"},
            "popular-surveys": {"b": [{"id": 9100 + k, "title": SURVEYS[k][0], "points": SURVEYS[k][2]}
                                      for k in s["popular"]], "h": {}, "s": 200, "st": "OK",
                                "u": "https://api.suaraku.my/v2/surveys/popular", "rt": "json"}}
    if v17:
        hyd = [{"t": {"0": "t0"}, "c": {"0": []}}, {}, {"n": {"3": "0f"}}]
        data = dict([("__nghData__", hyd)] + list(data.items()))
        state = '<script id="ng-state" type="application/json"%s>%s</script>' % (
            na, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        styles = ('<link rel="stylesheet" href="%s.css" media="print" onload="this.media=\'all\'"><noscript><link '
                  'rel="stylesheet" href="%s.css"></noscript>' % (css_h, css_h))
        root = '<app-root _nghost-%s ngCspNonce="%s" ng-version="%s" ngh="3" ng-server-context="ssr">' % (
            c_app, s["nonce"], ngv)
        tail = ('<script src="%s.js" type="module"%s></script><script src="%s.js" type="module"%s></script>'
                % (poly_h, na, main_h, na))
        stl = "ng-app-id=\"ng\""
    else:
        state = '<script id="serverApp-state" type="application/json">%s</script>' % json.dumps(
            data, ensure_ascii=False, separators=(",", ":")).replace('"', "&q;")
        styles = '<link rel="stylesheet" href="%s.css">' % css_h
        root = '<app-root _nghost-%s ng-version="%s">' % (c_app, ngv)
        tail = ('<script src="runtime.%s.js" type="module"></script><script src="%s.js" type="module"></script>'
                '<script src="%s.js" type="module"></script>' % (C.det_sha("rt", main_h)[:16], poly_h, main_h))
        stl = 'ng-transition="serverApp"'
    return (
        '<!DOCTYPE html><html lang="ms"><head>\n  <meta charset="utf-8">\n  <title>Notis Privasi | SuaraKu</title>\n'
        '  <base href="/">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <meta '
        'name="description" content="Notis Privasi SuaraKu: bagaimana kami mengumpul dan melindungi data peribadi '
        'anda.">\n  <link rel="icon" type="image/x-icon" href="favicon.ico">\n  <link rel="preconnect" href="https://'
        'fonts.gstatic.com">\n<style%s>body{margin:0;font-family:Inter,system-ui,sans-serif;color:#1f2933}</style>%s'
        '<style%s %s>.policy[%s]{max-width:760px;margin:0 auto;padding:32px 16px}.policy[%s] table[%s]{width:100%%;'
        'border-collapse:collapse}</style><style%s %s>.card[%s]{border-radius:12px;padding:16px;background:#fff}'
        '</style></head>\n<body>%s<app-header %s%s><header %s class="hdr"><a %s routerlink="/" href="/" '
        'class="hdr__logo"><img %s src="assets/suaraku-logo.svg" alt="SuaraKu"></a><nav %s class="hdr__nav"><a %s '
        'href="/cara-ia-berfungsi">Cara ia berfungsi</a><a %s href="/ganjaran">Ganjaran</a><a %s href="/untuk-'
        'perniagaan">Untuk perniagaan</a><a %s href="/soalan-lazim">Soalan lazim</a></nav></header></app-header>%s'
        '<router-outlet %s></router-outlet><app-legal-page _nghost-%s%s><main %s class="legal"><article %s '
        'class="policy">%s</article><section %s class="popular"><h2 %s>Tinjauan popular minggu ini</h2><div %s '
        'class="popular__track">%s</div><a %s class="popular__cta" href="https://suaraku.onelink.me/aB3x/web">Muat '
        'turun SuaraKu</a></section></main></app-legal-page><app-footer %s%s><footer %s class="ftr"><p %s>Google Play '
        '★ 4.6 (%s ulasan) · App Store ★ 4.7</p><p %s><a %s href="/terma">Terma Penggunaan</a> · <a %s href="/notis-'
        'privasi">Notis Privasi</a> · <a %s href="/privacy-notice">Privacy Notice (English)</a></p><p %s>© %d SuaraKu '
        'Insights Sdn. Bhd.</p></footer></app-footer></app-root>\n%s\n\n%s</body></html>'
        % (na, styles, na, stl, ng, ng, ng, na, stl, ap, root, ap, ngh(0), ap, ap, ap, ap, ap, ap, ap, ap,
           banner, ap, c_page, ngh(2), ng, ng, art, ng, ng, ng, cards, ng, ap, ngh(0), ap, ap,
           K.group(s["rating"]), ap, ap, ap, ap, ap, when.year, tail, state))


PAGE = {
    "service": "SuaraKu", "url": URL, "lang": "ms-MY", "platform": "Angular Universal SSR (15 -> 17)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 15), "end": dt.date(2026, 11, 25), "hours": (1, 5, 9),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 8), "fmt_date": K.ms_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.policy"]},
}
