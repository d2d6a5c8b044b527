"""Serambi Coworking (Indonesian), coworking, private offices, meeting rooms and virtual offices in Jakarta, Bandung
and Canggu (Bali). Webflow site: the privacy page is a static page with an h1 and a rich-text element (the
processors table is an HTML embed inside the rich text, Webflow rich text has no tables). The HTML only changes on
a publish: the 'Last Published' comment, the site CSS file hash, the community-events CMS list (filtered on
'upcoming' at publish time) and the promotion bar (Independence Day, Ramadan, 12.12...). In June 2024 Webflow's CDN
moved from assets-global.website-files.com to cdn.prod.website-files.com with a split .shared CSS file. All of it
outside the declared `.container-legal`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

PT Serambi Ruang Kerja ("Serambi", "kami") mengelola ruang kerja bersama, kantor privat, ruang rapat, dan layanan kantor virtual di Jakarta, Bandung, dan Canggu, Bali. Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, menggunakan, menyimpan, dan melindungi data pribadi Anda ketika Anda mengunjungi situs web kami, menjadi anggota, memesan ruang rapat, atau menghadiri acara komunitas kami.

## Data yang Kami Kumpulkan

- Data identitas, seperti nama lengkap, nomor KTP atau paspor, dan NPWP untuk keperluan faktur pajak;
- Data kontak, seperti alamat email dan nomor WhatsApp;
- Data perusahaan, seperti nama badan usaha, NIB, dan alamat domisili, khususnya untuk layanan kantor virtual;
- Data transaksi, seperti paket keanggotaan, riwayat pemesanan ruang rapat, dan riwayat pembayaran;
- Data akses, seperti catatan keluar-masuk menggunakan kartu akses atau aplikasi;
- Data perangkat dan penggunaan situs web, termasuk alamat IP dan cookie.

## Penggunaan Data

Kami menggunakan data pribadi Anda untuk:

- Mengelola keanggotaan, pemesanan, dan tagihan Anda;
- Menyediakan akses ke lokasi kami dan menjaga keamanan gedung;
- Menerbitkan surat keterangan domsili usaha bagi pelanggan kantor virtual;
- Menerima surat dan paket atas nama Anda dan memberi tahu Anda melalui WhatsApp;
- Mengirimkan informasi tentang acara dan promo, jika Anda menyetujuinya.

## Pengungkapan kepada Pihak Ketiga

Kami tidak menjual data pribadi Anda. Kami dapat membagikan data Anda kepada penyedia layanan yang membantu kami menjalankan usaha, yaitu:

| Penyedia | Keperluan |
| Xendit | Pemrosesan pembayaran melalui transfer bank, e-wallet, dan kartu kredit |
| Optix | Sistem manajemen anggota dan pemesanan |
| Jurnal by Mekari | Akuntansi dan faktur pajak |
| Qontak | Pengiriman notifikasi WhatsApp |

Kami juga dapat mengungkapkan data pribadi Anda kepada instansi pemerintah yang berwenang, misalnya Direktorat Jenderal Pajak, apabila diwajibkan oleh peraturan perundang-undangan.

## Penyimpanan dan Keamanan Data

Data Anda disimpan selama Anda menjadi anggota dan hingga lima tahun setelah keanggotaan berakhir untuk memenuhi kewajiban perpajakan. Rekaman CCTV di lokasi kami disimpan selama 14 hari. Kami menerapkan langkah-langkah teknis dan organisasi yang wajar untuk melindungi data Anda dari akses yang tidak sah.

## Hak Anda

Anda berhak untuk mengakses, memperbarui, dan meminta penghapusan data pribadi Anda, serta menarik kembali persetujuan yang telah Anda berikan. Untuk menggunakan hak tersebut, silakan hubungi kami melalui [privasi@serambi.co.id](mailto:privasi@serambi.co.id).

## Hubungi Kami

@ PT Serambi Ruang Kerja
@ Jl. Kemang Raya No. 18, Bangka, Mampang Prapatan
@ Jakarta Selatan 12730
@ WhatsApp: +62 811 1960 2450
"""

EDITS = [
    {"note": "typo fixed (domsili), date unchanged", "bump": False,
     "repl": [("surat keterangan domsili usaha", "surat keterangan domisili usaha")]},
    {"note": "new location Yogyakarta inserted in the intro",
     "repl": [("di Jakarta, Bandung, dan Canggu, Bali.", "di Jakarta, Bandung, Yogyakarta, dan Canggu, Bali.")]},
    {"note": "WhatsApp notification provider renamed in the table: Qontak -> Wati",
     "repl": [("| Qontak | Pengiriman notifikasi WhatsApp |", "| Wati | Pengiriman notifikasi WhatsApp |")]},
    {"note": "list item added: website analytics",
     "repl": [("- Mengirimkan informasi tentang acara dan promo, jika Anda menyetujuinya.",
               "- Mengirimkan informasi tentang acara dan promo, jika Anda menyetujuinya;\n"
               "- Menganalisis penggunaan situs web untuk meningkatkan layanan kami.")]},
    {"note": "rights section extended for the Personal Data Protection Law (UU PDP) in force since October 2024",
     "repl": [("serta menarik kembali persetujuan yang telah Anda berikan.",
               "serta menarik kembali persetujuan yang telah Anda berikan. Sesuai dengan Undang-Undang Nomor 27 "
               "Tahun 2022 tentang Pelindungan Data Pribadi, Anda juga berhak untuk mengajukan keberatan atas "
               "pengambilan keputusan yang hanya didasarkan pada pemrosesan secara otomatis dan untuk memperoleh "
               "salinan data pribadi Anda dalam format yang umum digunakan.")]},
    {"note": "WhatsApp number changed (contact block)",
     "repl": [("@ WhatsApp: +62 811 1960 2450", "@ WhatsApp: +62 811 8800 7214")]},
]

CDN_MOVE = dt.datetime(2024, 6, 10, 0, 0)
SITE = "64f0e1d2c3b4a59687706152"
PAGE_WF = "65a1b2c3d4e5f6a7b8c9d0e1"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["id"][d.month - 1], d.year)


EVENTS = ["Coffee Cupping bersama Roaster Lokal", "Workshop Pajak untuk Freelancer", "Networking Night",
          "Yoga Pagi di Rooftop", "Demo Day Startup", "Kelas Bahasa Inggris Bisnis", "Sharing Session: Membangun UMKM",
          "Sunset Drinks di Canggu"]

RAMADAN = [(dt.date(2024, 3, 11), dt.date(2024, 4, 9)), (dt.date(2025, 3, 1), dt.date(2025, 3, 30))]


def _promo(day):
    for a, b in RAMADAN:
        if a <= day <= b:
            return ("ramadan", "Promo Ramadan: ruang rapat gratis takjil untuk pemesanan setelah pukul 16.00")
    if day.month == 8 and day.day <= 20:
        return ("merdeka", "Dirgahayu RI! Day pass hanya Rp 17.845 sampai 20 Agustus")
    if day.month == 12 and 5 <= day.day <= 15:
        return ("1212", "Promo 12.12: diskon 12% untuk keanggotaan tahunan")
    if day.month == 1 and day.day <= 15:
        return ("tahunbaru", "Tahun baru, kantor baru: gratis biaya pendaftaran kantor virtual")
    return ("coba", "Coba gratis satu hari di lokasi Serambi mana pun")


_PREV = {}


def noise(rng, when, i, prev):
    p = prev or {}
    last = _PREV.get("when")
    lo = (last + dt.timedelta(minutes=30)) if last else when - dt.timedelta(days=3)
    span = max(1, int((when - lo).total_seconds() // 60))
    published = when - dt.timedelta(minutes=rng.randint(1, min(span, 5 * 1440)))
    _PREV["when"] = when
    cdn = "prod" if published >= CDN_MOVE else "global"
    pub_local, _ = K.local(published, "jkt")
    return {
        "published": C.iso(published),
        "cdn": cdn,
        "css": C.hexs(rng, 9) if (prev is None or rng.random() < 0.6 or p.get("cdn") != cdn) else p["css"],
        "wfjs": C.keep_or(rng, p.get("wfjs") if p.get("cdn") == cdn else None, 0.12, lambda: C.hexs(rng, 16)),
        "events": K.upcoming(pub_local.date() + dt.timedelta(days=1), (2, 4, 5), EVENTS, 3, "serambi"),
        "promo": _promo(pub_local.date()),
    }


LABELS = {
    "published": "'Last Published' comment (every publish of the site)",
    "cdn": "Webflow CDN move to cdn.prod.website-files.com (shared CSS file)",
    "css": "site CSS file hash (publish)",
    "wfjs": "webflow.js chunk hash (Webflow release)",
    "events": "community events CMS list below the policy (upcoming at publish time)",
    "promo": "promotion bar above the navbar",
}


def _rich(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="w-embed"><table class="legal-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                '</div>' % (head, body))
    return K.render_blocks(blocks, table=table, tags={"ul": ' role="list"', "ol": ' role="list"'}, sep="",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br/>".join(inl(x) for x in lines))


def render(state, blocks, when):
    pub = dt.datetime.strptime(state["published"], "%Y-%m-%dT%H:%M:%SZ")
    pubtxt = pub.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"
    if state["cdn"] == "prod":
        base = "https://cdn.prod.website-files.com/" + SITE
        css = base + "/css/serambi-coworking.webflow.shared.%s.min.css" % state["css"]
    else:
        base = "https://assets-global.website-files.com/" + SITE
        css = base + "/css/serambi-coworking.webflow.%s.css" % state["css"]
    js = base + "/js/webflow.%s.js" % state["wfjs"]
    pkey, ptext = state["promo"]
    title = blocks[0][1]
    events = "".join('<div role="listitem" class="event-item w-dyn-item"><div class="event-date">%d %s</div><a href='
                     '"/acara/%s" class="event-link w-inline-block"><h3 class="event-title">%s</h3><div class="event-'
                     'location">%s</div></a></div>' % (d.day, K.MONTHS["id"][d.month - 1][:3], K.slug(t), K.esc(t),
                                                       K.hpick(["Kemang", "Bandung", "Canggu"], "loc", d.isoformat()))
                     for d, t in state["events"])
    nav = "".join('<a href="/%s" class="nav-link w-nav-link">%s</a>' % (u, t) for t, u in
                  [("Ruang Kerja", "ruang-kerja"), ("Kantor Virtual", "kantor-virtual"), ("Ruang Rapat", "ruang-rapat"),
                   ("Lokasi", "lokasi"), ("Acara", "acara")])
    return ("""<!DOCTYPE html><!--  Last Published: %(pub)s  --><html data-wf-domain="www.serambi.co.id" data-wf-page="%(wfpage)s" data-wf-site="%(site)s" lang="id"><head><meta charset="utf-8"/><title>Kebijakan Privasi | Serambi Coworking</title><meta content="Kebijakan privasi Serambi Coworking: data apa yang kami kumpulkan dan bagaimana kami melindunginya." name="description"/><meta content="Kebijakan Privasi | Serambi Coworking" property="og:title"/><meta content="Kebijakan privasi Serambi Coworking." property="og:description"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="%(css)s" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({  google: {    families: ["Plus Jakarta Sans:regular,500,600,700"]  }});</script><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="%(base)s/%(site)s_favicon-serambi.png" rel="shortcut icon" type="image/x-icon"/><link href="%(base)s/%(site)s_webclip-serambi.png" rel="apple-touch-icon"/><link href="https://www.serambi.co.id/kebijakan-privasi" rel="canonical"/><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-8SRB2C4WK1"></script><script type="text/javascript">window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('set', 'developer_id.dZGVlNj', true);gtag('js', new Date());gtag('config', 'G-8SRB2C4WK1');</script></head><body><div class="promo-bar promo-bar--%(pkey)s"><div class="promo-text">%(ptext)s</div><a href="/promo" class="promo-link">Lihat promo</a></div><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="%(base)s/64f0e1d2c3b4a596877061a0_serambi-logo.svg" loading="lazy" alt="Serambi Coworking" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">%(nav)s<a href="/booking" class="button-nav w-button">Pesan Sekarang</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">%(title)s</h1><div class="rich-text-legal w-richtext">%(rich)s</div></div></section><section class="section-events"><div class="container w-container"><h2 class="heading-events">Acara Komunitas</h2><div class="w-dyn-list"><div role="list" class="events-list w-dyn-items">%(events)s</div></div></div></section><footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div><img src="%(base)s/64f0e1d2c3b4a596877061a1_serambi-logo-white.svg" loading="lazy" alt="" class="footer-logo"/><p class="footer-text">Ruang kerja yang nyaman untuk bertumbuh bersama.</p></div><div><a href="/kebijakan-privasi" aria-current="page" class="footer-link w--current">Kebijakan Privasi</a><a href="/syarat-dan-ketentuan" class="footer-link">Syarat &amp; Ketentuan</a></div></div><div class="footer-copyright">© %(year)d PT Serambi Ruang Kerja</div></div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%(site)s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="%(js)s" type="text/javascript"></script></body></html>"""
            % {"pub": pubtxt, "wfpage": PAGE_WF, "site": SITE, "css": css, "base": base, "pkey": pkey,
               "ptext": K.esc(ptext), "nav": nav, "title": C.inline_html(title), "rich": _rich(blocks[1:]),
               "events": events, "year": pub.year, "js": js})


PAGE = {
    "service": "Serambi Coworking",
    "url": "https://www.serambi.co.id/kebijakan-privasi",
    "lang": "id",
    "platform": "Webflow (static page, rich text with an HTML embed), Webflow CDN",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("x-wf-region", "ap-southeast-1"), ("Vary", "Accept-Encoding"),
                      ("Cache-Control", "max-age=0, s-maxage=86400")],
    "n": 29,
    "start": dt.date(2023, 8, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (0, 3, 8, 11),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.serambi.co.id/kebijakan-privasi",
        "select": ".container-legal",
    },
}
