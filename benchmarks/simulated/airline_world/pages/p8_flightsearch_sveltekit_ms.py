"""A Malaysian flight-search and booking site's privacy notice (Malay, Akta Perlindungan Data Peribadi 2010) on
SvelteKit (adapter-node, SSR): the page component renders the notice from the CMS as `{@html}` parts, with a
`<FareInline>` component between two sections ("Tambang terendah minggu ini: KUL → LGK dari RM89 · N orang
sedang mencari", per visit) inside the declared `article.notis-privasi`; a curator removes it (`.fare-inline`).
Also per visit: the site-wide "orang sedang mencari penerbangan" counter; per deploy: `/_app/immutable/` hashes,
the `__sveltekit_<id>` global and the `svelte-<hash>` scoped classes (also on the article's own elements,
wordless); sticky: a price-alert promo banner."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
          "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Notis Privasi

Dikemas kini pada {UPDATED}

Notis Privasi ini dikeluarkan oleh JimatTerbang Sdn. Bhd. (No. Pendaftaran 201801034567 (1295431-K)) ("JimatTerbang", "kami") menurut Akta Perlindungan Data Peribadi 2010 ("Akta"). Notis ini menerangkan bagaimana kami mengumpul, menggunakan, menyimpan dan mendedahkan data peribadi anda apabila anda mencari, membanding dan menempah tiket penerbangan, hotel dan insurans perjalanan melalui laman web dan aplikasi mudah alih JimatTerbang.

Dengan menggunakan perkhidmatan kami, anda bersetuju dengan pemprosesan data peribadi anda seperti yang diterangkan dalam Notis ini. Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat percanggahan, versi Bahasa Inggeris akan diguna pakai.

## 1. Data peribadi yang kami kumpul

Data peribadi yang kami kumpul termasuk:

- nama penuh seperti dalam pasport atau MyKad, tarikh lahir, jantina dan kewarganegaraan;
- nombor pasport, tarikh luput dan negara pengeluar (untuk penerbangan antarabangsa);
- alamat e-mel, nombor telefon bimbit dan alamat surat-menyurat;
- butiran tempahan seperti destinasi, tarikh perjalanan, syarikat penerbangan, bagasi tambahan dan pilihan tempat duduk;
- maklumat pembayaran, yang diproses terus oleh penyedia pembayaran kami; kami tidak menyimpan nombor kad penuh;
- sejarah carian, amaran harga yang anda tetapkan dan destinasi kegemaran;
- maklumat peranti, alamat IP, lokasi anggaran dan kuki.

Pemberian data peribadi adalah secara sukarela. Walau bagaimanapun, jika anda tidak memberikan data yang diperlukan oleh syarikat penerbangan, kami tidak dapat melengkapkan tempahan anda.

## 2. Tujuan pemprosesan

Kami memproses data peribadi anda untuk tujuan berikut:

- membuat tempahan dengan syarikat penerbangan, hotel dan penyedia insurans bagi pihak anda;
- menghantar e-tiket, pengesahan tempahan dan pemberitahuan perubahan jadual penerbangan;
- memproses pembayaran, bayaran balik dan tuntutan;
- menghantar amaran harga yang anda minta;
- memberikan khidmat pelanggan melalui telefon, e-mel dan sembang langsung;
- mencegah penipuan dan penyalahgunaan kad pembayaran;
- menganalisis penggunaan laman web untuk menambah baik hasil carian;
- menghantar promosi dan tawaran, jika anda telah memberikan persetujuan.

## 3. Pendedahan kepada pihak ketiga

Kami hanya mendedahkan data peribadi anda setakat yang perlu kepada:

| Penerima | Tujuan |
| Syarikat penerbangan dan sistem pengedaran global (GDS) | Membuat dan mengurus tempahan |
| Hotel dan penyedia penginapan | Tempahan penginapan |
| Syarikat insurans perjalanan | Mengeluarkan polisi dan memproses tuntutan |
| Penyedia pembayaran (iPay88, Stripe) | Memproses pembayaran |
| Penyedia perkhidmatan awan dan e-mel | Menyimpan data dan menghantar e-mel |
| Pihak berkuasa kerajaan | Apabila dikehendaki oleh undang-undang |

Syarikat penerbangan dan hotel merupakan pengawal data yang berasingan dan akan memproses data anda menurut notis privasi mereka sendiri.

## 4. Pemindahan data ke luar Malaysia

Oleh kerana tempahan penerbangan antarabangsa melibatkan syarikat penerbangan dan sistem tempahan di luar negara, data peribadi anda mungkin dipindahkan ke luar Malaysia, termasuk ke Singapura, Eropah dan Amerika Syarikat. Kami mengambil langkah yang munasabah untuk memastikan data anda dilindungi pada tahap yang setanding dengan Akta. Bagi penyedia perkhidmatan yang kami lantik sendiri, seperti penyedia awan dan e-mel, kami memasukkan klausa perlindungan data dalam kontrak yang mewajibkan mereka memproses data anda hanya mengikut arahan kami dan menjaga kerahsiaannya.

%% fare

## 5. Penyimpanan data

Kami menyimpan data tempahan selama tujuh tahun selepas tarikh perjalanan bagi memenuhi keperluan perakaunan dan cukai. Sejarah carian dan amaran harga disimpan selama 12 bulan dari penggunaan terakhir. Akaun yang tidak aktif selama tiga tahun akan dipadamkan selepas kami menghantar notis kepada anda.

## 6. Kuki dan teknologi penjejakan

Kami menggunakan kuki yang diperlukan untuk fungsi carian dan tempahan, serta kuki analitik dan pengiklanan daripada pihak ketiga seperti Google dan Meta. Anda boleh mengurus pilihan kuki anda melalui pautan "Tetapan Kuki" di bahagian bawah laman.

## 7. Hak anda

Tertakluk kepada Akta, anda berhak untuk:

- meminta akses kepada data peribadi anda;
- meminta pembetulan data yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan anda bagi pemprosesan untuk tujuan pemasaran langsung;
- mengehadkan pemprosesan data peribadi anda.

Permintaan akses data boleh dikenakan fi pentadbiran tidak melebihi RM10 seperti yang dibenarkan oleh peraturan di bawah Akta. Kami akan menjawab permintaan anda dalam tempoh 21 hari.

Bagi permintaan akses atau pembetulan, sila sertakan nombor tempahan atau alamat e-mel akaun anda supaya kami dapat mengesahkan identiti anda. Kami boleh menolak permintaan dalam keadaan yang dibenarkan oleh Akta, contohnya jika kami tidak dapat mengesahkan identiti peminta, dan kami akan memaklumkan sebab penolakan secara bertulis.

## 8. Data kanak-kanak

Perkhidmatan kami tidak ditujukan kepada individu di bawah umur 18 tahun. Data peribadi kanak-kanak dan bayi hanya diproses apabila ibu bapa atau penjaga menempah penerbangan untuk mereka, dan hanya setakat yang dikehendaki oleh syarikat penerbangan, seperti nama, tarikh lahir dan butiran pasport.

## 9. Pemasaran langsung

Kami hanya menghantar e-mel promosi, pemberitahuan tolak dan mesej WhatsApp tentang tawaran jika anda telah bersetuju menerimanya. Anda boleh berhenti melanggan pada bila-bila masa dengan menekan pautan "Berhenti melanggan" dalam setiap e-mel atau melalui tetapan pemberitahuan dalam aplikasi. Amaran harga yang anda tetapkan sendiri bukan pemasaran langsung dan akan terus dihantar sehingga anda memadamkannya.

## 10. Keselamatan

Kami melindungi data peribadi anda dengan penyulitan TLS, kawalan akses berasaskan peranan dan pematuhan PCI DSS bagi data pembayaran. Walau bagaimanapun, tiada kaedah penghantaran melalui Internet yang selamat sepenuhnya.

## 11. Hubungi kami

Sebarang pertanyaan, permintaan atau aduan berkaitan data peribadi anda boleh dikemukakan kepada:

@ Pegawai Perlindungan Data, JimatTerbang Sdn. Bhd.
@ Tingkat 12, Menara Jimat, Jalan Tun Razak
@ 50400 Kuala Lumpur, Malaysia
@ E-mel: privasi@jimatterbang.my
@ Telefon: +603 2118 7700
"""

EDITS = [
    {"note": "search-history retention changed from 12 to 24 months",
     "repl": [("disimpan selama 12 bulan dari penggunaan terakhir", "disimpan selama 24 bulan dari penggunaan terakhir")]},
    {"note": "payment provider added (Touch 'n Go eWallet) in the recipients table",
     "repl": [("| Penyedia pembayaran (iPay88, Stripe) |", "| Penyedia pembayaran (iPay88, Stripe, Touch 'n Go eWallet) |")]},
    {"note": "a sentence added on data breach notification (PDPA amendment 2024)",
     "repl": [("tiada kaedah penghantaran melalui Internet yang selamat sepenuhnya.",
               "tiada kaedah penghantaran melalui Internet yang selamat sepenuhnya. Sekiranya berlaku pelanggaran data "
               "peribadi, kami akan memberitahu Pesuruhjaya Perlindungan Data Peribadi dalam tempoh 72 jam dan "
               "memaklumkan anda tanpa kelewatan yang tidak wajar jika pelanggaran itu mungkin menyebabkan kemudaratan "
               "yang ketara.")]},
    {"note": "a list item added to the rights (data portability)",
     "repl": [("- mengehadkan pemprosesan data peribadi anda.",
               "- mengehadkan pemprosesan data peribadi anda;\n"
               "- meminta data peribadi anda dipindahkan kepada pengawal data lain (kemudahalihan data).")]},
    {"note": "office address and phone changed",
     "repl": [("@ Tingkat 12, Menara Jimat, Jalan Tun Razak\n@ 50400 Kuala Lumpur, Malaysia",
               "@ Aras 8, Menara Jimat 2, Jalan Stesen Sentral 5\n@ 50470 Kuala Lumpur, Malaysia"),
              ("@ Telefon: +603 2118 7700", "@ Telefon: +603 2260 1188")]},
]

DEALS = [("KUL", "LGK", "Langkawi", 89), ("KUL", "PEN", "Pulau Pinang", 79), ("KUL", "BKI", "Kota Kinabalu", 159),
         ("KUL", "KCH", "Kuching", 139), ("JHB", "KUL", "Kuala Lumpur", 69), ("KUL", "SIN", "Singapura", 99),
         ("KUL", "DPS", "Bali", 249), ("PEN", "BKK", "Bangkok", 199)]
PROMOS = [None, "Tetapkan amaran harga dan kami akan beritahu anda apabila tambang turun.",
          "Jualan Merdeka: diskaun tambahan RM20 untuk tempahan pertama di aplikasi!",
          "Tempah penerbangan + hotel dan jimat sehingga 30%."]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["build"] = C.keep_or(rng, prev.get("build"), 0.15, lambda: {
        "v": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), "start": C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
        "app": C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
        "node": C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
        "cls": ["svelte-" + C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3)]})
    st["searching"] = rng.randint(180, 2400)
    d = rng.choice(DEALS)
    st["fare"] = (d, d[3] + rng.choice([0, 0, 10, -10, 20]), rng.randint(40, 900))
    st["promo"] = C.keep_or(rng, prev.get("promo"), 0.3, lambda: rng.choice(PROMOS))
    return st


LABELS = {"build": "SvelteKit immutable hashes / svelte- classes (deploy)", "searching": "live searchers counter",
          "fare": "inline fare card (inside article, removed)", "promo": "price-alert promo banner"}


def render(st, blocks, when):
    b = st["build"]
    c_lay, c_art, c_fare = b["cls"]
    segs = C.segments(blocks)
    head = segs["head"]
    h1, upd, part1 = head[0], head[1], head[2:]
    part2 = segs["fare"]
    (o, dcode, dname, _), price, viewers = st["fare"]
    promo = ('<div class="promo-bar %s"><p class="%s">%s</p><button class="%s" aria-label="Tutup">×</button></div>'
             % (c_lay, c_lay, st["promo"], c_lay)) if st["promo"] else "<!---->"
    return """<!doctype html>
<html lang="ms">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.%(node)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/notis-privasi.%(app)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(node)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(node)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/14.%(app)s.js"><!--[--><title>Notis Privasi | JimatTerbang</title><meta name="description" content="Notis Privasi JimatTerbang menurut Akta Perlindungan Data Peribadi 2010."><link rel="canonical" href="https://www.jimatterbang.my/notis-privasi"><!--]-->
		<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-JT8MY21"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><div class="app %(c_lay)s"><header class="topbar %(c_lay)s"><a href="/" class="logo %(c_lay)s"><img src="/images/jimatterbang-logo.svg" alt="JimatTerbang" class="%(c_lay)s"></a> <nav class="%(c_lay)s"><a href="/penerbangan" class="%(c_lay)s">Penerbangan</a> <a href="/hotel" class="%(c_lay)s">Hotel</a> <a href="/penerbangan-hotel" class="%(c_lay)s">Penerbangan + Hotel</a> <a href="/amaran-harga" class="%(c_lay)s">Amaran Harga</a> <a href="/tempahan-saya" class="%(c_lay)s">Tempahan Saya</a></nav> <a href="/en/privacy-notice" class="lang %(c_lay)s">EN</a></header> <div class="live-count %(c_lay)s"><span class="dot %(c_lay)s"></span> <span class="%(c_lay)s">%(searching)s orang sedang mencari penerbangan sekarang</span></div> %(promo)s <main class="%(c_lay)s"><!--[--><!----><div class="legal-layout %(c_art)s"><article class="notis-privasi %(c_art)s"><h1 class="%(c_art)s">%(h1)s</h1> <p class="updated %(c_art)s">%(upd)s</p> <div class="prose %(c_art)s"><!---->%(part1)s<!----></div> <aside class="fare-inline %(c_fare)s"><p class="fare-inline__label %(c_fare)s">Tambang terendah minggu ini</p> <a href="/penerbangan/%(o)s-%(dcode)s?ref=notis" class="fare-inline__deal %(c_fare)s"><span class="%(c_fare)s">%(o)s → %(dcode)s (%(dname)s)</span> <strong class="%(c_fare)s">dari RM%(price)d</strong></a> <p class="fare-inline__viewers %(c_fare)s">%(viewers)d orang sedang mencari laluan ini</p></aside> <div class="prose %(c_art)s"><!---->%(part2)s<!----></div></article> <nav class="legal-nav %(c_art)s" aria-label="Dokumen undang-undang"><a href="/terma-penggunaan" class="%(c_art)s">Terma Penggunaan</a> <a href="/notis-privasi" aria-current="page" class="%(c_art)s">Notis Privasi</a> <a href="/dasar-kuki" class="%(c_art)s">Dasar Kuki</a></nav></div><!----><!--]--></main> <footer class="%(c_lay)s"><div class="app-badges %(c_lay)s"><a href="https://apps.apple.com/my/app/jimatterbang/id1562345678" class="%(c_lay)s">App Store</a> <a href="https://play.google.com/store/apps/details?id=my.jimatterbang.app" class="%(c_lay)s">Google Play</a></div> <p class="%(c_lay)s">© %(year)d JimatTerbang Sdn. Bhd. (1295431-K). Berlesen MOTAC KPK/LN: 10245.</p> <button class="cookie-link %(c_lay)s">Tetapan Kuki</button></footer></div><!----><!--]--> <!--[!--><!--]--><!--]-->
			
			<script>
				{
					__sveltekit_%(v)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_API_BASE":"https://api.jimatterbang.my","PUBLIC_GTM_ID":"GTM-JT8MY21"}
					};

					const element = document.currentScript.parentElement;

					const data = [{"type":"data","data":{"locale":"ms"},"uses":{}},{"type":"data","data":{slug:"notis-privasi",fare:{origin:"%(o)s",dest:"%(dcode)s",price:%(price)d,viewers:%(viewers)d}},"uses":{"params":["slug"]}}];

					Promise.all([
						import("/_app/immutable/entry/start.%(start)s.js"),
						import("/_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 14],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"node": b["node"], "app": b["app"], "start": b["start"], "v": b["v"], "c_lay": c_lay, "c_art": c_art,
       "c_fare": c_fare, "searching": "{:,}".format(st["searching"]), "promo": promo, "h1": C.inline_html(h1[1]),
       "upd": C.inline_html(upd[1]), "part1": C.blocks_html(part1, sep=""), "part2": C.blocks_html(part2, sep=""),
       "o": o, "dcode": dcode, "dname": dname, "price": price, "viewers": viewers, "year": when.year}


PAGE = {
    "service": "JimatTerbang",
    "url": "https://www.jimatterbang.my/notis-privasi",
    "lang": "ms",
    "platform": "SvelteKit (adapter-node, SSR)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-SvelteKit-Page", "true"), ("Cache-Control", "private, no-store")),
    "n": 29,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), "https://www.jimatterbang.my/notis-privasi"),
    "declaration": {"fetch": "https://www.jimatterbang.my/notis-privasi", "select": "article.notis-privasi",
                    "remove": ".fare-inline"},
}
