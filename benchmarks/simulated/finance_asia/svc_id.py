# Indonesian telecom: Adobe Experience Manager core components. One page with two tabs: Kebijakan Privasi and
# Syarat & Ketentuan (terms edited once). Mega-menu with package prices, Adobe Target A/B hero, OneTrust banner,
# data-cmp-data-layer JSON with modify dates. Redesign at c17 (new components, new ids), same text.
import copy, json
from build_common import *

URL = "https://www.telnusa.co.id/id/kebijakan-privasi.html"
SERVICE = "Telnusa"


def policy0():
    return {
        "title": "Kebijakan Privasi Telnusa",
        "sections": [
            {"id": "p1", "title": "Pendahuluan", "body": [
                ("p", "PT Telekomunikasi Nusantara Tbk (\"Telnusa\" atau \"Kami\") berkomitmen untuk melindungi data pribadi pelanggan. Kebijakan Privasi ini menjelaskan bagaimana Kami mengumpulkan, menggunakan, mengungkapkan, menyimpan, dan melindungi data pribadi Anda ketika Anda menggunakan layanan seluler, internet rumah, aplikasi MyTelnusa, dan situs web Kami."),
            ]},
            {"id": "p2", "title": "Data Pribadi yang Kami Kumpulkan", "body": [
                ("table", ["Kategori", "Contoh Data"], [
                    ["Data identitas", "Nama, Nomor Induk Kependudukan (NIK), Nomor Kartu Keluarga (KK), tanggal lahir"],
                    ["Data kontak", "Nomor MSISDN, alamat email, alamat penagihan"],
                    ["Data penggunaan layanan", "Catatan panggilan (CDR), pemakaian data, lokasi BTS"],
                    ["Data perangkat", "IMEI, jenis perangkat, sistem operasi, alamat IP"],
                ]),
            ]},
            {"id": "p3", "title": "Penggunaan Data Pribadi", "body": [
                ("ul", ["Melakukan registrasi kartu prabayar sesuai Peraturan Menteri Komunikasi dan Informatika;",
                        "Menyediakan, memelihara, dan meningkatkan kualitas layanan;",
                        "Memproses tagihan dan pembayaran;",
                        "Mengirimkan penawaran produk dan promosi apabila Anda telah memberikan persetujuan."]),
            ]},
            {"id": "p4", "title": "Pengungkapan Data Pribadi", "body": [
                ("p", "Kami dapat mengungkapkan data pribadi Anda kepada afiliasi Kami, mitra penyedia layanan yang bekerja atas nama Kami, serta instansi pemerintah dan aparat penegak hukum sesuai ketentuan peraturan perundang-undangan. Informasi lebih lanjut mengenai cookie dapat dibaca pada <a href=\"/id/cookie.html\">Kebijakan Cookie</a>."),
            ]},
            {"id": "p5", "title": "Penyimpanan dan Keamanan", "body": [
                ("p", "Kami menyimpan data pribadi Anda selama Anda menjadi pelanggan dan paling lama 5 (lima) tahun setelah layanan berakhir, kecuali ditentukan lain oleh peraturan perundang-undangan. Kami menerapkan langkah-langkah keamanan teknis dan organisasi, termasuk enkripsi dan kontrol akses, untuk melindungi data pribadi Anda."),
            ]},
            {"id": "p6", "title": "Hak Anda", "body": [
                ("p", "Anda berhak untuk mengakses, memperbarui, memperbaiki, menghapus data pribadi Anda, serta menarik kembali persetujuan yang telah diberikan. Permintaan dapat diajukan melalui aplikasi MyTelnusa atau Pusat Layanan Pelanggan 188."),
            ]},
            {"id": "p7", "title": "Hubungi Kami", "body": [
                ("p", "Pejabat Pelindungan Data Pribadi, PT Telekomunikasi Nusantara Tbk, Menara Telnusa Lt. 12, Jl. Jend. Gatot Subroto Kav. 52, Jakarta Selatan 12950. Email: privasi@telnusa.co.id"),
            ]},
        ],
        "terms": [
            ("h3", "Syarat dan Ketentuan Umum"),
            ("p", "Dengan menggunakan layanan Telnusa, Anda menyetujui Syarat dan Ketentuan ini. Masa aktif kartu prabayar mengikuti masa aktif paket yang dibeli, dengan masa tenggang selama 30 hari."),
            ("p", "Telnusa berhak mengubah tarif dan ketentuan layanan dengan pemberitahuan terlebih dahulu melalui SMS atau situs web Telnusa."),
        ],
    }


def edits():
    def e1(p):
        replace_text(p, "dengan masa tenggang selama 30 hari.", "dengan masa tenggang selama 15 hari.")
    def e2(p):
        find_section(p, "p2")["body"][0][2].append(["Data biometrik", "Foto wajah untuk verifikasi registrasi kartu (face recognition)"])
    def e3(p):
        replace_text(p, "<a href=\"/id/cookie.html\">Kebijakan Cookie</a>", "<a href=\"/id/kebijakan-cookie.html\">Kebijakan Cookie</a>")
    def e4(p):
        p["design"] = 2
    def e5(p):
        find_section(p, "p1")["body"].append(("p", "Kebijakan Privasi ini disusun dengan mengacu pada Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."))
    def e6(p):
        replace_text(p, "paling lama 5 (lima) tahun setelah layanan berakhir", "paling lama 5 (lima) tahun setelah layanan diakhiri")
    return {5: ("terms tab edited (not policy)", e1, False), 8: ("table row added", e2, True), 13: ("link target changed", e3, True),
            17: ("AEM redesign, same text", e4, False), 21: ("sentence added (UU PDP)", e5, True), 26: ("one word berakhir->diakhiri", e6, True)}


def dl(kind, mod):
    return esc(json.dumps({kind: {"@type": "telnusa/components/" + kind.split("-")[0], "repo:modifyDate": mod}}))


def render_v1(p, mod):
    tid = "tabs-8a7c3b5d01"
    pol = [f'<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">{p["title"]}</h2></div></div>']
    for s in p["sections"]:
        pol.append(f'<div class="title"><div class="cmp-title"><h3 class="cmp-title__text">{s["title"]}</h3></div></div>')
        pol.append(f'<div class="text"><div id="text-{hexs(random.Random(s["id"]), 10)}" class="cmp-text" data-cmp-data-layer="{dl("text-" + s["id"], mod)}">' + blocks_html(s["body"], table_attrs=' class="table-striped"') + '</div></div>')
    return (f'<div class="tabs panelcontainer"><div id="{tid}" class="cmp-tabs" data-cmp-is="tabs" data-placeholder-text="false">'
            f'<ol role="tablist" class="cmp-tabs__tablist" aria-label="Pilih tab" aria-multiselectable="false">'
            f'<li role="tab" id="{tid}-item-1-tab" class="cmp-tabs__tab cmp-tabs__tab--active" aria-controls="{tid}-item-1-tabpanel" tabindex="0" data-cmp-hook-tabs="tab">Kebijakan Privasi</li>'
            f'<li role="tab" id="{tid}-item-2-tab" class="cmp-tabs__tab" aria-controls="{tid}-item-2-tabpanel" tabindex="-1" data-cmp-hook-tabs="tab">Syarat &amp; Ketentuan</li></ol>'
            f'<div id="{tid}-item-1-tabpanel" role="tabpanel" aria-labelledby="{tid}-item-1-tab" tabindex="0" class="cmp-tabs__tabpanel cmp-tabs__tabpanel--active" data-cmp-hook-tabs="tabpanel"><div class="responsivegrid"><div class="aem-Grid aem-Grid--12">' + "\n".join(pol) + '</div></div></div>'
            f'<div id="{tid}-item-2-tabpanel" role="tabpanel" aria-labelledby="{tid}-item-2-tab" tabindex="0" class="cmp-tabs__tabpanel" aria-hidden="true" data-cmp-hook-tabs="tabpanel"><div class="text"><div class="cmp-text">' + blocks_html(p["terms"]) + '</div></div></div>'
            '</div></div>')


def render_v2(p, mod):
    pol = [f'<h1 class="legal-hero__title">{p["title"]}</h1>']
    for s in p["sections"]:
        pol.append(f'<div class="legal-section"><h2 class="legal-section__heading">{s["title"]}</h2><div class="legal-section__body">' + blocks_html(s["body"], table_attrs=' class="tn-table"') + '</div></div>')
    return ('<div class="legal-switcher" data-component="LegalSwitcher"><div class="legal-switcher__nav" role="tablist"><button role="tab" aria-selected="true" aria-controls="kebijakan-privasi">Kebijakan Privasi</button><button role="tab" aria-selected="false" aria-controls="syarat-ketentuan">Syarat &amp; Ketentuan</button></div>'
            '<section id="kebijakan-privasi" role="tabpanel" class="legal-doc is-active">' + "\n".join(pol) + '</section>'
            '<section id="syarat-ketentuan" role="tabpanel" class="legal-doc" hidden>' + blocks_html(p["terms"]) + '</section></div>')


HERO = {"A": ("Internet Cepat Tanpa Batas", "Paket OMG! mulai Rp 75.000"), "B": ("Makin Hemat dengan Telnusa", "Kuota 25GB hanya Rp 65.000")}


def page(p, i, date, rng):
    mod = date.strftime("%Y-%m-%dT%H:%M:%SZ")
    v = rng.choice("AB")
    price = rng.choice(["Rp 75.000", "Rp 70.000", "Rp 85.000", "Rp 99.000"])
    body = render_v1(p, mod) if p.get("design", 1) == 1 else render_v2(p, mod)
    return f"""<!DOCTYPE HTML>
<html lang="id-ID">
<head>
<meta charset="UTF-8"/>
<title>Kebijakan Privasi | Telnusa</title>
<meta name="template" content="legal-page"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta property="og:site_name" content="Telnusa"/>
<link rel="canonical" href="{URL}"/>
<script src="https://assets.adobedtm.com/launch-EN{hexs(random.Random(2), 32)}.min.js" async></script>
<link rel="stylesheet" href="/etc.clientlibs/telnusa/clientlibs/clientlib-site.lc-{hexs(random.Random(i // 4), 32)}-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({{page: {{pageInfo: {{pageName: "id:kebijakan-privasi", server: "publish-p{rng.randint(10000, 99999)}-e{rng.randint(100000, 999999)}"}}}}, event: "cmp:show"}});</script>
</head>
<body class="page basicpage" id="page-{hexs(random.Random(5), 10)}" data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-{hexs(random.Random(6), 10)}" class="cmp-container">
<div class="header experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="tn-header">
<a class="tn-header__logo" href="/id.html"><img src="/content/dam/telnusa/logo.svg" alt="Telnusa"/></a>
<nav class="tn-megamenu"><ul><li><a href="/id/prabayar.html">Prabayar</a><div class="tn-megamenu__panel"><a href="/id/prabayar/paket-internet.html">Paket Internet OMG! 25GB {price}</a><a href="/id/prabayar/paket-nelpon.html">Paket Nelpon</a><a href="/id/prabayar/roaming.html">Roaming</a></div></li>
<li><a href="/id/pascabayar.html">Pascabayar</a><div class="tn-megamenu__panel"><a href="/id/pascabayar/halo.html">Telnusa Halo+ mulai Rp 150.000/bulan</a></div></li><li><a href="/id/internet-rumah.html">Internet Rumah</a></li><li><a href="/id/bantuan.html">Bantuan</a></li></ul></nav>
<a class="tn-header__login" href="/id/login.html">Masuk / Daftar</a></header></div></div>
<div class="hero teaser" data-at-variant="{v}"><div class="cmp-teaser"><div class="cmp-teaser__content"><h2 class="cmp-teaser__title">{HERO[v][0]}</h2><div class="cmp-teaser__description"><p>{HERO[v][1]}</p></div></div></div></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/id.html" class="cmp-breadcrumb__item-link"><span>Beranda</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Kebijakan Privasi</span></li></ol></nav></div>
<main class="tn-main">
{body}
</main>
<div class="footer experiencefragment"><footer class="tn-footer"><ul><li><a href="/id/tentang-kami.html">Tentang Kami</a></li><li><a href="/id/kebijakan-privasi.html">Kebijakan Privasi</a></li><li><a href="/id/kebijakan-cookie.html">Kebijakan Cookie</a></li><li><a href="/id/karir.html">Karir</a></li></ul><p>© 2025 PT Telekomunikasi Nusantara Tbk. Hak cipta dilindungi undang-undang.</p><p>Telnusa berizin dan diawasi oleh Kementerian Komunikasi dan Digital.</p></footer></div>
</div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Banner Cookie"><div id="onetrust-policy"><div id="onetrust-policy-text">Kami menggunakan cookie untuk meningkatkan pengalaman Anda, menganalisis lalu lintas situs, dan menampilkan iklan yang relevan. Dengan mengklik "Terima Semua Cookie", Anda menyetujui penyimpanan cookie di perangkat Anda.</div></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Pengaturan Cookie</button><button id="onetrust-accept-btn-handler">Terima Semua Cookie</button></div></div></div>
<script src="/etc.clientlibs/telnusa/clientlibs/clientlib-site.lc-{hexs(random.Random(i // 4 + 9), 32)}-lc.min.js"></script>
</body>
</html>
"""


def build(rng):
    dates = capture_dates(rng, 30, "2022-03-01", "2026-05-28")
    p = policy0(); E = edits(); caps = []
    redesign = None
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
            if E[i][0].startswith("AEM redesign"):
                redesign = d
        caps.append({"date": d, "body": page(p, i, d, rng).encode("utf-8"), "ctype": "text/html;charset=utf-8", "real": real, "note": note})
    before = redesign - datetime.timedelta(seconds=1)
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": "#kebijakan-privasi"}}}
    hist = {"Privacy Policy": [{"fetch": URL, "select": "#tabs-8a7c3b5d01-item-1-tabpanel", "validUntil": before.strftime("%Y-%m-%dT%H:%M:%SZ")}]}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl, "history": hist}
