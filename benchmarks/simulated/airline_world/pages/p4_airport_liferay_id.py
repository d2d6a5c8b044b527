"""An Indonesian airport operator's privacy policy (Indonesian, UU PDP No. 27/2022) on Liferay DXP 7.4 (Classic-
derived theme): two Web Content Display portlets on one page, the privacy policy and, below it, the separate
cookie policy (which gets its own revisions: a second document beside the policy); a "Jadwal Penerbangan"
departures portlet in the right column (per visit), an occasional weather/disruption alert portlet above the
content, `Liferay.authToken` and `p_auth` in the sign-in link (per visit), combo-servlet `t=` stamps (per
deploy). The declaration selects the policy portlet's `.journal-content-article` only."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Kebijakan Privasi

Terakhir diperbarui: {UPDATED}

PT Gerbang Udara Nusantara (Persero) ("GUN", "kami") mengelola bandar udara di wilayah Indonesia bagian barat dan tengah. Kami menghormati privasi Anda dan berkomitmen melindungi data pribadi setiap penumpang, pengantar dan penjemput, penyewa ruang usaha, serta pengguna situs web dan aplikasi GUN Travel sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.

Kebijakan Privasi ini menjelaskan data apa saja yang kami kumpulkan, untuk apa data tersebut digunakan, kepada siapa data dapat dibagikan, dan bagaimana Anda dapat menggunakan hak-hak Anda sebagai subjek data pribadi. Dengan menggunakan layanan bandara, situs web, atau aplikasi kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini. Kebijakan ini tidak berlaku untuk layanan maskapai, tenant, atau pihak ketiga lain yang beroperasi di bandara, yang memiliki kebijakan privasinya sendiri.

## Data Pribadi yang Kami Kumpulkan

Tergantung pada layanan yang Anda gunakan, kami dapat mengumpulkan:

- **Data identitas**, seperti nama lengkap, nomor Kartu Tanda Penduduk atau paspor, dan tanggal lahir, misalnya saat Anda memesan layanan lounge, porter, atau fast track.
- **Data kontak**, seperti nomor telepon seluler dan alamat surel.
- **Data perjalanan**, seperti nomor penerbangan, maskapai, dan kode pemesanan yang Anda masukkan di aplikasi untuk memantau status penerbangan.
- **Data kendaraan**, seperti nomor polisi kendaraan yang terekam oleh sistem parkir otomatis di area bandara.
- **Rekaman CCTV** di terminal, area parkir, dan area publik bandara untuk keperluan keamanan penerbangan.
- **Data perangkat dan penggunaan**, seperti alamat IP, jenis perangkat, lokasi perkiraan saat Anda terhubung ke Wi-Fi bandara, dan kuki.

## Tujuan Pemrosesan

Kami memproses data pribadi Anda untuk:

- menyediakan layanan bandara yang Anda pesan, seperti lounge, porter, parkir inap, dan layanan bantuan bagi penumpang berkebutuhan khusus;
- menjaga keamanan dan keselamatan penerbangan sesuai peraturan perundang-undangan di bidang penerbangan;
- mengirimkan notifikasi perubahan jadwal, gerbang keberangkatan, dan informasi bagasi melalui aplikasi;
- menangani pengaduan, barang hilang dan temuan, serta klaim;
- menyusun statistik arus penumpang dan meningkatkan kualitas layanan;
- mengirimkan promosi dari tenant dan mitra bandara, jika Anda telah memberikan persetujuan.

## Dasar Pemrosesan

| Kegiatan | Dasar pemrosesan |
| Pemesanan layanan lounge, porter, dan parkir | Pemenuhan kewajiban perjanjian |
| Rekaman CCTV dan pemeriksaan keamanan | Pemenuhan kewajiban hukum |
| Layanan Wi-Fi bandara | Persetujuan |
| Promosi dan program loyalitas | Persetujuan |
| Analisis arus penumpang | Kepentingan yang sah |

## Pengungkapan Data

Kami tidak menjual data pribadi Anda. Data dapat kami bagikan kepada:

- maskapai penerbangan dan badan usaha pelayanan darat (ground handling) yang terkait dengan penerbangan Anda;
- instansi pemerintah seperti Direktorat Jenderal Perhubungan Udara, Direktorat Jenderal Imigrasi, Bea dan Cukai, Kepolisian, dan Badan Karantina Indonesia;
- penyedia layanan teknologi informasi, pusat data, dan layanan pesan singkat yang bekerja atas nama kami;
- penyedia layanan pembayaran untuk transaksi di aplikasi.

## Transfer Data ke Luar Negeri

Sebagian penyedia layanan kami dapat menyimpan data di luar wilayah Indonesia. Dalam hal demikian, kami memastikan negara tujuan memiliki tingkat pelindungan data pribadi yang setara atau lebih tinggi, atau menerapkan pelindungan yang memadai dan mengikat sesuai ketentuan Undang-Undang Pelindungan Data Pribadi.

## Masa Retensi

| Jenis data | Masa retensi |
| Pemesanan layanan bandara | 5 tahun |
| Rekaman CCTV | 30 hari, kecuali diperlukan untuk penyelidikan |
| Data parkir kendaraan | 1 tahun |
| Log Wi-Fi bandara | 6 bulan |

## Hak Anda

Sebagai subjek data pribadi, Anda berhak untuk:

- mendapatkan informasi tentang pemrosesan data pribadi Anda;
- mengakses dan memperoleh salinan data pribadi Anda;
- memperbarui dan memperbaiki data yang tidak akurat;
- mengakhiri pemrosesan, menghapus, atau memusnahkan data pribadi Anda;
- menarik kembali persetujuan yang telah diberikan;
- mengajukan keberatan atas pengambilan keputusan yang hanya didasarkan pada pemrosesan otomatis.

Permintaan dapat diajukan melalui surel ke [privasi@gerbangudara.co.id](mailto:privasi@gerbangudara.co.id). Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan diterima dan diverifikasi.

## Keamanan Data

Kami menerapkan langkah teknis dan organisasi untuk melindungi data pribadi Anda, termasuk enkripsi, pembatasan hak akses, pemantauan sistem selama 24 jam, serta sertifikasi ISO/IEC 27001 untuk sistem informasi bandara.

## Layanan Wi-Fi Bandara dan Aplikasi GUN Travel

Untuk menggunakan Wi-Fi gratis di terminal, Anda diminta memasukkan nomor telepon seluler atau alamat surel dan memverifikasi kode sekali pakai. Kami mencatat waktu koneksi, alamat MAC perangkat, dan titik akses yang digunakan untuk keperluan keamanan jaringan dan pemenuhan kewajiban hukum di bidang telekomunikasi. Aplikasi GUN Travel dapat meminta izin lokasi untuk menampilkan peta terminal dan petunjuk arah ke gerbang keberangkatan; izin ini dapat Anda cabut kapan saja melalui pengaturan perangkat.

## Data Pribadi Anak

Layanan kami tidak ditujukan untuk anak di bawah usia 18 tahun tanpa pendampingan. Pemrosesan data pribadi anak, misalnya dalam layanan pendampingan anak yang bepergian tanpa orang tua, hanya dilakukan dengan persetujuan orang tua atau wali yang sah.

## Kegagalan Pelindungan Data Pribadi

Apabila terjadi kegagalan pelindungan data pribadi yang berdampak pada Anda, kami akan memberitahukan secara tertulis kepada Anda dan lembaga yang berwenang paling lambat 3 x 24 jam, termasuk data yang terungkap, waktu dan cara terjadinya, serta upaya penanganan dan pemulihan yang telah kami lakukan.

## Perubahan Kebijakan Privasi

Kami dapat memperbarui Kebijakan Privasi ini sewaktu-waktu untuk menyesuaikan dengan perubahan layanan atau peraturan perundang-undangan. Versi terbaru selalu tersedia di halaman ini dengan tanggal pembaruan terakhir. Jika perubahan bersifat material, kami akan memberitahukannya melalui aplikasi atau situs web kami.

## Hubungi Kami

Jika Anda memiliki pertanyaan mengenai Kebijakan Privasi ini, silakan hubungi Pejabat Pelindungan Data Pribadi kami:

@ PT Gerbang Udara Nusantara (Persero)
@ Gedung Nusantara, Jalan Raya Bandara No. 1
@ Tangerang, Banten 15126
@ Contact center: 172
"""

EDITS = [
    {"note": "Wi-Fi log retention changed from 6 months to 1 year",
     "repl": [("| Log Wi-Fi bandara | 6 bulan |", "| Log Wi-Fi bandara | 1 tahun |")]},
    {"note": "a recipient added: partner airports in the group",
     "repl": [("- penyedia layanan pembayaran untuk transaksi di aplikasi.",
               "- penyedia layanan pembayaran untuk transaksi di aplikasi;\n"
               "- bandar udara mitra dalam kelompok usaha kami, untuk layanan transit dan transfer.")]},
    {"note": "a row added to the legal-basis table (biometric e-boarding)",
     "repl": [("| Analisis arus penumpang | Kepentingan yang sah |",
               "| Analisis arus penumpang | Kepentingan yang sah |\n"
               "| Boarding dengan pengenalan wajah (e-boarding) | Persetujuan eksplisit |")]},
    {"note": "words inserted: 'surat elektronik (surel)' in the requests sentence (no date bump)", "bump": False,
     "repl": [("Permintaan dapat diajukan melalui surel ke", "Permintaan dapat diajukan melalui surat elektronik (surel) ke")]},
    {"note": "address changed (head office moved)",
     "repl": [("@ Gedung Nusantara, Jalan Raya Bandara No. 1\n@ Tangerang, Banten 15126",
               "@ Menara Gerbang Udara Lantai 12, Jalan Gatot Subroto Kav. 52\n@ Jakarta Selatan 12950")]},
]

COOKIE_V = [
    """<h2>Kebijakan Kuki</h2><p>Situs web ini menggunakan kuki yang sangat diperlukan untuk fungsi dasar, serta kuki analitik (Google Analytics) setelah Anda memberikan persetujuan.</p><table><thead><tr><th>Kuki</th><th>Tujuan</th><th>Masa berlaku</th></tr></thead><tbody><tr><td>JSESSIONID</td><td>Sesi Liferay</td><td>Sesi</td></tr><tr><td>GUEST_LANGUAGE_ID</td><td>Bahasa pilihan</td><td>1 tahun</td></tr><tr><td>_ga</td><td>Analitik</td><td>2 tahun</td></tr></tbody></table>""",
    """<h2>Kebijakan Kuki</h2><p>Situs web ini menggunakan kuki yang sangat diperlukan untuk fungsi dasar, serta kuki analitik dan pemasaran setelah Anda memberikan persetujuan melalui panel preferensi kuki.</p><table><thead><tr><th>Kuki</th><th>Tujuan</th><th>Masa berlaku</th></tr></thead><tbody><tr><td>JSESSIONID</td><td>Sesi Liferay</td><td>Sesi</td></tr><tr><td>GUEST_LANGUAGE_ID</td><td>Bahasa pilihan</td><td>1 tahun</td></tr><tr><td>_ga</td><td>Analitik</td><td>2 tahun</td></tr><tr><td>_fbp</td><td>Pemasaran</td><td>3 bulan</td></tr></tbody></table>""",
    """<h2>Kebijakan Kuki</h2><p>Kami menggunakan kuki yang sangat diperlukan, kuki fungsional, kuki analitik, dan kuki pemasaran. Kuki selain yang sangat diperlukan hanya aktif setelah Anda menyetujuinya melalui panel preferensi kuki.</p><table><thead><tr><th>Kuki</th><th>Tujuan</th><th>Masa berlaku</th></tr></thead><tbody><tr><td>JSESSIONID</td><td>Sesi Liferay</td><td>Sesi</td></tr><tr><td>COOKIE_SUPPORT</td><td>Dukungan kuki</td><td>1 tahun</td></tr><tr><td>GUEST_LANGUAGE_ID</td><td>Bahasa pilihan</td><td>1 tahun</td></tr><tr><td>_ga</td><td>Analitik</td><td>2 tahun</td></tr><tr><td>_fbp</td><td>Pemasaran</td><td>3 bulan</td></tr></tbody></table>""",
]

FLIGHTS = [("GA 404", "Garuda Indonesia", "Denpasar"), ("JT 692", "Lion Air", "Kualanamu"),
           ("QG 150", "Citilink", "Yogyakarta"), ("ID 6570", "Batik Air", "Makassar"),
           ("QZ 7510", "Indonesia AirAsia", "Denpasar"), ("SQ 951", "Singapore Airlines", "Singapura"),
           ("IU 742", "Super Air Jet", "Batam"), ("GA 870", "Garuda Indonesia", "Tokyo Haneda"),
           ("IW 1880", "Wings Air", "Semarang"), ("MH 724", "Malaysia Airlines", "Kuala Lumpur")]
STAT = ["Sesuai jadwal", "Sesuai jadwal", "Boarding", "Terlambat", "Berangkat", "Gerbang dibuka", "Panggilan terakhir"]
ALERTS = [None, None, None, "Peringatan cuaca: hujan lebat disertai angin kencang berpotensi menyebabkan keterlambatan "
          "penerbangan. Mohon periksa status penerbangan Anda secara berkala.",
          "Info lalu lintas: terjadi kepadatan di akses tol menuju bandara. Penumpang disarankan berangkat lebih awal.",
          "Abu vulkanik: beberapa penerbangan ke wilayah timur dialihkan. Hubungi maskapai Anda untuk informasi lebih "
          "lanjut."]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["authtoken"] = C.alnum(rng, 8)
    st["combo"] = C.keep_or(rng, prev.get("combo"), 0.1, lambda: str(C.epoch(when) * 1000 - rng.randint(0, 9 ** 9)))
    st["alert"] = C.keep_or(rng, prev.get("alert"), 0.35, lambda: rng.choice(ALERTS))
    st["cookiedoc"] = max(prev.get("cookiedoc", 0), 0 if i < 9 else (1 if i < 21 else 2))
    flights = []
    for fn, al, dest in rng.sample(FLIGHTS, 6):
        h = (when.hour + 7 + rng.randint(0, 3)) % 24
        flights.append((fn, al, dest, "%02d:%02d" % (h, rng.choice(range(0, 60, 5))), rng.choice(STAT),
                        rng.choice("ABCDEF") + str(rng.randint(1, 9))))
    st["departures"] = sorted(flights, key=lambda f: f[3])
    return st


LABELS = {"authtoken": "Liferay.authToken / p_auth", "combo": "combo servlet t= stamp (deploy)",
          "alert": "weather/disruption alert portlet", "cookiedoc": "cookie policy revision (other document)",
          "departures": "departures board portlet"}

PFX = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"


def portlet(inst, title, body, asset):
    return """<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(p)s%(i)s_">
<span id="p_%(p)s%(i)s"></span>
<section class="portlet" id="portlet_%(p)s%(i)s">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="journal-content-article " data-analytics-asset-id="%(a)s" data-analytics-asset-title="%(t)s" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="%(pk)s">
%(b)s
</div>
</div>
</div>
</div>
</section>
</div>""" % {"p": PFX, "i": inst, "a": asset, "t": title, "pk": int(asset) + 7, "b": body}


def render(st, blocks, when):
    tok = st["authtoken"]
    t = st["combo"]
    dep = "\n".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td><span class="badge">%s</span></td></tr>'
                    % (f[3], f[0], f[1], f[2], f[5], f[4]) for f in st["departures"])
    alert = ""
    if st["alert"]:
        alert = ('<div class="portlet-boundary portlet-boundary_com_gun_alert_web_portlet_AlertPortlet_ portlet-static '
                 'portlet-alert" id="p_p_id_com_gun_alert_web_portlet_AlertPortlet_"><div class="alert alert-warning '
                 'gun-alert" role="alert"><strong>Informasi:</strong> %s</div></div>' % st["alert"])
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="id-ID">

<head>
	<title>Kebijakan Privasi - Gerbang Udara Nusantara</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="https://www.gerbangudara.co.id/o/gun-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.gerbangudara.co.id/o/gun-theme/css/clay.css?browserId=chrome&amp;themeId=gun_WAR_guntheme&amp;minifierType=css&amp;languageId=in_ID&amp;t=%(t)s" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=gun_WAR_guntheme&amp;minifierType=css&amp;languageId=in_ID&amp;t=%(t)s" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=gun_WAR_guntheme&amp;languageId=in_ID&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_kebijakanprivasi:%%2Fcss%%2Fmain.css&amp;t=%(t)s" id="%(cid)s" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {};
Liferay.Data = {NAV_SELECTOR: '#navigation', NAV_SELECTOR_MOBILE: '#navigationCollapse', isCustomizationView: function() {return false;}, notices: [null]};
Liferay.authToken = '%(tok)s';
Liferay.currentURL = '\\x2fweb\\x2fguest\\x2fkebijakan-privasi';
Liferay.currentURLEncoded = '\\x252Fweb\\x252Fguest\\x252Fkebijakan-privasi';
Liferay.ThemeDisplay = {getLanguageId: function() {return 'in_ID';}, getPlid: function() {return '1187';}, getScopeGroupId: function() {return '20121';}, isSignedIn: function() {return false;}};
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=in_ID&amp;t=%(t)s&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js" type="text/javascript"></script>
<script data-senna-track="temporary" src="https://www.googletagmanager.com/gtag/js?id=G-GUNAIRPORT1" async></script>
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.gerbangudara.co.id/o/gun-theme/css/main.css?browserId=chrome&amp;themeId=gun_WAR_guntheme&amp;minifierType=css&amp;languageId=in_ID&amp;t=%(t)s" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Tautan Cepat" class="quick-access-nav" id="%(qid)s_quickAccessNav"><ul><li><a href="#main-content">Lewati ke Konten Utama</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header id="banner">
			<div class="navbar navbar-classic navbar-top py-3"><div class="container-fluid container-fluid-max-xl user-personal-bar">
				<a class="logo custom-logo align-items-center d-flex mr-2" href="https://www.gerbangudara.co.id/web/guest" title="Pergi ke Gerbang Udara Nusantara"><img alt="Gerbang Udara Nusantara" height="56" src="/image/layout_set_logo?img_id=20345&amp;t=%(t)s" width="180" /></a>
				<ul class="navbar-nav"><li class="lfr-nav-item nav-item"><a class="nav-link" href="/web/guest/penerbangan"><span>Informasi Penerbangan</span></a></li><li class="lfr-nav-item nav-item"><a class="nav-link" href="/web/guest/layanan"><span>Layanan Bandara</span></a></li><li class="lfr-nav-item nav-item"><a class="nav-link" href="/web/guest/parkir"><span>Parkir &amp; Transportasi</span></a></li><li class="lfr-nav-item nav-item"><a class="nav-link" href="/web/guest/bisnis"><span>Peluang Bisnis</span></a></li></ul>
				<a class="btn btn-sm btn-primary" data-redirect="true" href="https://www.gerbangudara.co.id/c/portal/login?p_l_id=1187&amp;p_auth=%(tok)s">Masuk</a>
				<a class="lang" href="/web/guest/privacy-policy?languageId=en_US">EN</a>
			</div></div>
		</header>
		<section class="container-fluid-max-xl flex-fill" id="content">
			<div class="columns-2-70-30" id="main-content" role="main">
				<div class="portlet-layout row">
					<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
						<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
%(alert)s
%(policy)s
%(cookie)s
						</div>
					</div>
					<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
						<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_com_gun_flight_web_portlet_DeparturesPortlet_ portlet-static" id="p_p_id_com_gun_flight_web_portlet_DeparturesPortlet_">
<section class="portlet" id="portlet_com_gun_flight_web_portlet_DeparturesPortlet_"><div class="portlet-content"><h2 class="portlet-title-text">Jadwal Penerbangan - Keberangkatan</h2>
<table class="table table-sm departures"><thead><tr><th>Waktu</th><th>Penerbangan</th><th>Maskapai</th><th>Tujuan</th><th>Gerbang</th><th>Status</th></tr></thead><tbody>
%(dep)s
</tbody></table>
<p class="small">Diperbarui %(hm)s WIB</p></div></section></div>
						</div>
					</div>
				</div>
			</div>
		</section>
		<footer id="footer" role="contentinfo">
			<div class="container-fluid-max-xl"><p>Contact Center 172 &middot; <a href="/web/guest/syarat-dan-ketentuan">Syarat dan Ketentuan</a> &middot; <a href="/web/guest/kebijakan-privasi">Kebijakan Privasi</a></p>
			<p>&copy; %(year)d PT Gerbang Udara Nusantara (Persero). Powered by Liferay</p></div>
		</footer>
	</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('%(p)skebijakanprivasi');
Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 1, isStatic: 'end', namespacedId: 'p_p_id_%(p)skebijakanprivasi_', portletId: '%(p)skebijakanprivasi', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d1187\\x26p_p_id\\x3d%(p)skebijakanprivasi\\x26p_p_lifecycle\\x3d0\\x26p_auth\\x3d%(tok)s'});
// ]]>
</script>
</body>

</html>""" % {"t": t, "tok": tok, "cid": C.det_sha("cid", t)[:4], "qid": C.det_sha("q", "x")[:4],
              "alert": alert, "p": PFX,
              "policy": portlet("kebijakanprivasi", "Kebijakan Privasi", C.blocks_html(blocks), "45213"),
              "cookie": portlet("kebijakankuki", "Kebijakan Kuki", COOKIE_V[st["cookiedoc"]], "45290"),
              "dep": dep, "hm": "%02d:%02d" % ((when.hour + 7) % 24, when.minute), "year": when.year}


PAGE = {
    "service": "Gerbang Udara Nusantara",
    "url": "https://www.gerbangudara.co.id/web/guest/kebijakan-privasi",
    "lang": "id",
    "platform": "Liferay DXP 7.4 (Web Content Display portlets)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.gerbangudara.co.id/web/guest/kebijakan-privasi",
                    "select": "#portlet_" + PFX + "kebijakanprivasi .journal-content-article"},
}
