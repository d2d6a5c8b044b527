"""Indonesian ride-hailing (ojek/car) app whose privacy policy is a Zendesk Guide help-centre article (Copenhagen
theme: article-sidebar "Artikel di bagian ini", article-header with the author block and a relative "Diperbarui"
time, article-body, article-votes, related articles). Volatile around the tracked `.article-body`: the csrf-token
meta per visit, the hc build comment and theme asset hash, the relative update time ("5 bulan yang lalu") that
ages with every crawl, the helpfulness vote counter, and the rotating related-articles list."""
import datetime as dt
import html
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]

POLICY = """
Terakhir diperbarui: {UPDATED}

Kebijakan Privasi ini menjelaskan bagaimana PT Kilat Mobilitas Nusantara ("Kilat", "kami") mengumpulkan, menggunakan, menyimpan, membagikan, dan melindungi data pribadi Anda ketika Anda menggunakan aplikasi Kilat, termasuk layanan KilatRide, KilatCar, dan KilatAntar, baik sebagai pengguna maupun sebagai Mitra Pengemudi. Dengan menggunakan layanan kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.

## Data Pribadi yang Kami Kumpulkan

Kami mengumpulkan data pribadi berikut:

- **Data yang Anda berikan:** nama, nomor telepon, alamat email, foto profil, alamat yang disimpan (misalnya "Rumah" dan "Kantor"), serta kontak darurat.
- **Data lokasi:** lokasi penjemputan dan tujuan, serta lokasi perangkat Anda selama perjalanan berlangsung. Bagi Mitra Pengemudi, lokasi dikumpulkan selama status aplikasi "Aktif".
- **Data transaksi:** rincian perjalanan dan pesanan, tarif, metode pembayaran yang digunakan (KilatPay, tunai, atau dompet digital lain), promo yang digunakan, serta rating dan ulasan.
- **Data perangkat:** model perangkat, sistem operasi, pengenal iklan, alamat IP, dan log kerusakan aplikasi.
- **Data Mitra Pengemudi:** KTP, SIM, STNK, SKCK, foto kendaraan, nomor rekening bank, dan swafoto untuk verifikasi wajah sebelum mulai menerima order.

## Data dari Pihak Ketiga

Kami juga dapat menerima data pribadi Anda dari pihak lain, misalnya ketika Anda masuk menggunakan akun Google atau Apple, ketika mitra merchant KilatAntar mengirimkan rincian pesanan Anda, atau ketika penyedia dompet digital mengonfirmasi status pembayaran. Bagi calon Mitra Pengemudi, kami dapat menerima hasil pemeriksaan latar belakang dari lembaga yang berwenang dan hasil verifikasi data kependudukan.

## Penggunaan Data Pribadi

Kami menggunakan data pribadi Anda untuk:

- menghubungkan Anda dengan Mitra Pengemudi terdekat dan menampilkan perkiraan waktu kedatangan;
- menghitung tarif dan memproses pembayaran;
- menjaga keselamatan, termasuk fitur Tombol Darurat dan Bagikan Perjalanan;
- memverifikasi identitas Mitra Pengemudi dan mencegah penggunaan akun oleh orang lain;
- mendeteksi dan mencegah penipuan, termasuk penyalahgunaan promo;
- menangani keluhan, barang tertinggal, dan permintaan bantuan;
- mengirimkan informasi promo, apabila Anda tidak menonaktifkannya di pengaturan notifikasi.

## Pembagian Data Pribadi

Kami tidak menjual data pribadi Anda. Kami dapat membagikan data pribadi Anda kepada pihak-pihak berikut:

| Pihak penerima | Tujuan |
| Mitra Pengemudi | Nama depan, foto profil, dan lokasi penjemputan agar perjalanan dapat dilakukan |
| Penyedia pembayaran dan bank | Memproses pembayaran dan penarikan pendapatan Mitra Pengemudi |
| Penyedia layanan cloud dan peta | Menyimpan data dan menghitung rute |
| Perusahaan asuransi rekanan | Memproses klaim asuransi perjalanan |
| Aparat penegak hukum | Memenuhi permintaan yang sah berdasarkan peraturan perundang-undangan |

Nomor telepon Anda dan nomor telepon Mitra Pengemudi disamarkan ketika Anda saling menghubungi melalui aplikasi.

## Pemasaran dan Iklan

Dengan persetujuan Anda, kami dapat menggunakan riwayat perjalanan dan pesanan Anda untuk menampilkan promo yang relevan, misalnya potongan harga untuk rute yang sering Anda gunakan. Kami dapat bekerja sama dengan platform periklanan untuk mengukur efektivitas iklan aplikasi Kilat, dengan menggunakan pengenal iklan perangkat Anda. Anda dapat mereset atau membatasi pengenal iklan melalui pengaturan perangkat dan menonaktifkan notifikasi promo melalui menu **Akun > Notifikasi**.

## Rekaman Perjalanan untuk Keselamatan

Apabila Anda atau Mitra Pengemudi mengaktifkan fitur Rekam Perjalanan, aplikasi akan merekam audio selama perjalanan berlangsung. Rekaman disimpan dalam bentuk terenkripsi di perangkat dan hanya dikirimkan kepada kami apabila Anda melampirkannya pada laporan keselamatan. Tim kami hanya mendengarkan rekaman untuk menindaklanjuti laporan tersebut.

## Penyimpanan dan Transfer Data

Data pribadi Anda disimpan pada pusat data di Indonesia dan Singapura. Data perjalanan disimpan selama 5 (lima) tahun sejak perjalanan selesai untuk keperluan penyelesaian sengketa dan kewajiban perpajakan, kemudian dihapus atau dianonimkan. Rekaman swafoto verifikasi wajah disimpan selama 90 (sembilan puluh) hari.

## Keamanan Data

Kami menerapkan langkah-langkah teknis dan organisasi untuk melindungi data pribadi Anda, antara lain enkripsi, pembatasan akses berdasarkan kebutuhan, dan pemantauan sistem selama 24 jam. Namun, tidak ada sistem yang sepenuhnya aman, sehingga kami juga meminta Anda menjaga kerahasiaan kode OTP dan PIN KilatPay Anda.

## Hak Anda

Anda berhak untuk mengakses dan memperoleh salinan data pribadi Anda, memperbarui atau memperbaiki data yang tidak akurat, menarik kembali persetujuan, meminta penghapusan akun dan data pribadi Anda, serta mengajukan keberatan atas pemrosesan tertentu. Permintaan dapat diajukan melalui menu **Akun > Privasi** di aplikasi. Kami akan menanggapi permintaan Anda paling lambat 3 x 24 jam sejak permintaan lengkap kami terima.

## Penghapusan Akun

Anda dapat meminta penghapusan akun melalui menu **Akun > Privasi > Hapus Akun**. Sebelum akun dihapus, pastikan tidak ada perjalanan atau pesanan yang sedang berlangsung dan saldo KilatPay Anda telah digunakan atau ditarik. Setelah permintaan kami terima, akun Anda akan dinonaktifkan dan data pribadi Anda akan dihapus atau dianonimkan dalam waktu 30 (tiga puluh) hari, kecuali data yang wajib kami simpan berdasarkan ketentuan peraturan perundang-undangan, misalnya data transaksi untuk keperluan perpajakan.

## Anak-anak

Layanan kami tidak ditujukan untuk anak-anak di bawah usia 17 tahun. Pengguna di bawah usia tersebut hanya dapat menggunakan layanan dengan pendampingan dan persetujuan orang tua atau wali.

## Tautan ke Layanan Pihak Ketiga

Aplikasi Kilat dapat memuat tautan ke layanan pihak ketiga, misalnya merchant, penyedia dompet digital, atau mitra asuransi. Kebijakan Privasi ini tidak berlaku untuk layanan tersebut, sehingga kami menyarankan Anda membaca kebijakan privasi masing-masing pihak sebelum memberikan data pribadi Anda.

## Perubahan Kebijakan Privasi

Kami dapat mengubah Kebijakan Privasi ini dari waktu ke waktu. Perubahan material akan kami beritahukan melalui aplikasi atau email sebelum berlaku.

## Hubungi Kami

Jika Anda memiliki pertanyaan mengenai Kebijakan Privasi ini, silakan hubungi kami melalui fitur Bantuan di aplikasi, email [privasi@kilat.id](mailto:privasi@kilat.id), atau Layanan Pelanggan (021) 5091 8800.

@ PT Kilat Mobilitas Nusantara
@ Menara Kuningan Lt. 12
@ Jl. H.R. Rasuna Said Blok X-7 Kav. 5
@ Jakarta Selatan 12940
"""

EDITS = [
    {"note": "sentence added: reference to Law 27/2022 on Personal Data Protection",
     "repl": [("Dengan menggunakan layanan kami, Anda menyatakan telah membaca dan memahami Kebijakan Privasi ini.",
               "Kebijakan Privasi ini disusun sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
               "Data Pribadi dan peraturan pelaksananya. Dengan menggunakan layanan kami, Anda menyatakan telah "
               "membaca dan memahami Kebijakan Privasi ini.")]},
    {"note": "recipient added to the table (identity-verification provider)",
     "repl": [("| Perusahaan asuransi rekanan | Memproses klaim asuransi perjalanan |",
               "| Perusahaan asuransi rekanan | Memproses klaim asuransi perjalanan |\n"
               "| Penyedia layanan verifikasi identitas | Mencocokkan swafoto Mitra Pengemudi dengan data kependudukan |")]},
    {"note": "trip-data retention shortened from 5 to 3 years",
     "repl": [("Data perjalanan disimpan selama 5 (lima) tahun", "Data perjalanan disimpan selama 3 (tiga) tahun")]},
    {"note": "customer-service phone number changed", "bump": False,
     "repl": [("Layanan Pelanggan (021) 5091 8800", "Layanan Pelanggan (021) 3970 1500")]},
    {"note": "section added: Data Protection Officer (UU PDP)",
     "repl": [("## Hubungi Kami",
               "## Pejabat Pelindungan Data Pribadi\n\n"
               "Kami telah menunjuk Pejabat Pelindungan Data Pribadi yang bertugas mengawasi kepatuhan kami "
               "terhadap peraturan pelindungan data pribadi. Anda dapat menghubungi pejabat tersebut melalui email "
               "[dpo@kilat.id](mailto:dpo@kilat.id).\n\n"
               "## Hubungi Kami")]},
]

RELATED = [("Cara menghapus akun Kilat", "4403318820113"), ("Syarat dan Ketentuan Penggunaan", "4402719281025"),
           ("Bagaimana Kilat menjaga keselamatan perjalanan?", "4408820137745"),
           ("Kebijakan Cookie", "4402719283771"), ("Mengapa aplikasi meminta akses lokasi?", "4410018265329"),
           ("Cara melaporkan barang tertinggal", "4403901127805"), ("Tentang fitur Bagikan Perjalanan", "4417730015881")]


def noise(rng, when, i, prev):
    prev = prev or {}
    up, tot = prev.get("votes", (212, 388))
    if prev and rng.random() < 0.6:
        add = rng.randint(1, 14)
        yes = sum(rng.random() < 0.45 for _ in range(add))
        up, tot = up + yes, tot + add
    return {
        "csrf": "hc:meta:server:" + C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"),
        "hcv": C.keep_or(rng, prev.get("hcv"), 0.35, lambda: rng.randint(24100, 29900)),
        "theme": C.keep_or(rng, prev.get("theme"), 0.12, lambda: C.hexs(rng, 40)),
        "votes": (up, tot),
        "related": C.keep_or(rng, prev.get("related"), 0.25, lambda: rng.sample(range(len(RELATED)), 4)),
        "age": None,  # set by render: the relative "Diperbarui" text
    }


LABELS = {"csrf": "csrf-token meta", "hcv": "hc build comment", "theme": "theme asset hash",
          "votes": "helpfulness vote counter", "related": "related articles rotation",
          "age": "relative update time text"}


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _relative(delta_days):
    if delta_days < 1:
        return "beberapa jam yang lalu"
    if delta_days < 30:
        return "%d hari yang lalu" % delta_days
    if delta_days < 365:
        m = max(1, round(delta_days / 30.4))
        return "%d bulan yang lalu" % m if m < 12 else "1 tahun yang lalu"
    return "%d tahun yang lalu" % (delta_days // 365)


def render(state, blocks, when):
    m = re.search(r"(\d+) (\w+) (\d{4})", blocks[0][1])
    upd = dt.datetime(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)), 3, 11, 45)
    age = _relative((when - upd).days)
    state["age"] = age
    up, tot = state["votes"]
    body = C.blocks_html(blocks)
    base = "https://bantuan.kilat.id/hc/id/articles/"
    rel = "".join('<li><a href="/hc/id/related/click?data=%s" rel="nofollow">%s</a></li>'
                  % (C.b64tok(__import__("random").Random(state["csrf"] + str(k)), 48), html.escape(RELATED[k][0]))
                  for k in state["related"])
    side = ["Kebijakan Privasi", "Syarat dan Ketentuan Penggunaan", "Kebijakan Cookie", "Kode Etik Mitra Pengemudi",
            "Kebijakan Anti-Diskriminasi"]
    sideh = "".join('<li><a href="%s%s" class="sidenav-item%s">%s</a></li>'
                    % (base, C.det_sha(s)[:13], ' current-article" aria-current="page' if j == 0 else "", html.escape(s))
                    for j, s in enumerate(side))
    return """<!DOCTYPE html>
<html dir="ltr" lang="id">
<head>
  <meta charset="utf-8" />
  <!-- v%d -->


  <title>Kebijakan Privasi &ndash; Pusat Bantuan Kilat</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%s">
  <link rel="canonical" href="https://bantuan.kilat.id/hc/id/articles/4402719283345-Kebijakan-Privasi">
<link rel="alternate" hreflang="en-us" href="https://bantuan.kilat.id/hc/en-us/articles/4402719283345-Privacy-Policy">
<link rel="alternate" hreflang="id" href="https://bantuan.kilat.id/hc/id/articles/4402719283345-Kebijakan-Privasi">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />
    <!-- Entypo pictograms by Daniel Bruce — www.entypo.com -->
    <link rel="stylesheet" href="//static.zdassets.com/hc/assets/theming_v1_support-%s.css" media="all" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/9081726/360004218713/style.css?digest=%s">

  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/9081726/8c2e4f1a6b3d5c7e9f0a1b2c3d4e5f6a7b8c9d0e.png">

    <script async src="https://www.googletagmanager.com/gtag/js?id=G-4XK9P2QW7M"></script>


  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap" />
</head>
<body class="">


  <a class="skip-navigation" tabindex="1" href="#main-content">Langsung ke konten utama</a>

<header class="header">
  <div class="logo">
    <a title="Beranda" href="/hc/id">
      <img src="//theme.zdassets.com/theme_assets/9081726/1f2e3d4c5b6a79880716253443526170f1e2d3c4.svg" alt="Beranda Pusat Bantuan Kilat">
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Navigasi pengguna">
      <ul class="user-nav-list">
        <li><a class="submit-a-request" href="/hc/id/requests/new">Kirim permintaan</a></li>
        <li>
            <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Membuka dialog" role="button" href="/hc/id/signin?return_to=https%%3A%%2F%%2Fbantuan.kilat.id%%2Fhc%%2Fid%%2Farticles%%2F4402719283345-Kebijakan-Privasi">
              Masuk
            </a>
        </li>
      </ul>
    </nav>
  </div>
</header>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Jalur saat ini">
  <ol class="breadcrumbs">
      <li title="Pusat Bantuan Kilat"><a href="/hc/id">Pusat Bantuan Kilat</a></li>
      <li title="Kebijakan dan Ketentuan"><a href="/hc/id/categories/360002118734-Kebijakan-dan-Ketentuan">Kebijakan dan Ketentuan</a></li>
      <li title="Privasi dan Keamanan Data"><a href="/hc/id/sections/360004470912-Privasi-dan-Keamanan-Data">Privasi dan Keamanan Data</a></li>
  </ol>
</nav>

    <div class="search-container">
      <form role="search" class="search" data-search="" action="/hc/id/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Cari" aria-label="Cari" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Artikel di bagian ini
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>%s</ul>
          </div>
        </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="Kebijakan Privasi" class="article-title">
          Kebijakan Privasi
        </h1>

        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://bantuan.kilat.id/system/photos/360192837465/tim-privasi.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
            Tim Privasi Kilat

            <ul class="meta-group">
                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>
                <li class="meta-data">Diperbarui</li>
            </ul>
          </div>
        </div>

      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%s</div>

        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Kebijakan+Privasi&u=https%%3A%%2F%%2Fbantuan.kilat.id%%2Fhc%%2Fid%%2Farticles%%2F4402719283345-Kebijakan-Privasi" class="share-facebook" aria-label="Facebook">Facebook</a></li>
    <li><a href="https://twitter.com/share?lang=id&text=Kebijakan+Privasi&url=https%%3A%%2F%%2Fbantuan.kilat.id%%2Fhc%%2Fid%%2Farticles%%2F4402719283345-Kebijakan-Privasi" class="share-twitter" aria-label="X Corp">X Corp</a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Apakah artikel ini membantu?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Artikel ini membantu" aria-pressed="false">Ya</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Artikel ini tidak membantu" aria-pressed="false">Tidak</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">%d dari %d merasa ini membantu</span>
            </small>
          </div>

        <div class="article-more-questions">
          Ada pertanyaan lain? <a href="/hc/id/requests/new">Kirim permintaan</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">Kembali ke atas<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-return-to-top-icon" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3.5 9.5l4-4 4 4"/></svg></a>
        </div>
      </footer>

      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
  <h2 class="related-articles-title">Artikel terkait</h2>
  <ul>%s</ul>
</section>
      </div>
    </article>
  </div>
</div>

  </main>

<footer class="footer">
  <div class="footer-inner">
    <a title="Beranda" href="/hc/id">Pusat Bantuan Kilat</a>
    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">Bahasa Indonesia</button>
          <span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F4402719283345-Privacy-Policy" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span>
        </div>
    </div>
  </div>
</footer>

  <!-- / -->

  <script src="//static.zdassets.com/hc/assets/id.%s.js"></script>

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"kilatid","environment":"production","name":"Kilat"};
  HelpCenter.user = {"identifier":"%s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"id","csrf_token":null,"shared_csrf_token":null},"settings":{"zopim_enabled":false,"spam_filter_enabled":true},"current_record_id":"4402719283345","current_record_url":"/hc/id/articles/4402719283345-Kebijakan-Privasi","current_record_title":"Kebijakan Privasi","search_results":[],"current_text_direction":"ltr","current_brand_id":360001873914,"current_brand_name":"Kilat","current_brand_url":"https://kilatid.zendesk.com","current_host_mapping":"bantuan.kilat.id","current_path":"/hc/id/articles/4402719283345-Kebijakan-Privasi","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":false,"has_multi_language_help_center":true,"mobile_device":false,"mobile_site_enabled":false,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":false,"embeddables_connect_ipms":false},"base_locale":"id","login_url":"https://kilatid.zendesk.com/access?brand_id=360001873914\\u0026return_to=https%%3A%%2F%%2Fbantuan.kilat.id%%2Fhc%%2Fid%%2Farticles%%2F4402719283345-Kebijakan-Privasi","has_alternate_templates":false,"arrange_articles_enabled":true,"article_verification_enabled":false,"theming_api_version":2,"theming_cookie_key":"hc-da-theme","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":2,"theming_settings":{"brand_color":"#00A859","brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#007A40","background_color":"#FFFFFF","heading_font":"Inter, sans-serif","text_font":"Inter, sans-serif","logo":"//theme.zdassets.com/theme_assets/9081726/1f2e3d4c5b6a79880716253443526170f1e2d3c4.svg","show_brand_name":false},"has_pci_credit_card_custom_field":true,"help_center_restricted":false,"current_user_has_no_organizations":true};
</script>

  <script src="//static.zdassets.com/hc/assets/moment-%s.js"></script>
  <script type="text/javascript" src="/hc/theming_assets/9081726/360004218713/script.js?digest=%s"></script>
</body>
</html>
""" % (state["hcv"], state["csrf"], C.det_sha("app", state["hcv"])[:32], C.det_sha("tv1", state["hcv"])[:32],
       state["theme"], sideh, upd.strftime("%Y-%m-%dT%H:%M:%SZ"), upd.strftime("%Y-%m-%d %H:%M"), age, body,
       up, tot, rel, C.det_sha("loc", state["hcv"])[:20], C.det_sha("anon", state["csrf"])[:40],
       C.det_sha("mom", state["hcv"])[:32], state["theme"])


PAGE = {
    "service": "Kilat",
    "url": "https://bantuan.kilat.id/hc/id/articles/4402719283345-Kebijakan-Privasi",
    "lang": "id",
    "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7c9d8f6b4-qzx2m"),
                      ("Cache-Control", "max-age=0, public")),
    "n": 31,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (1, 9),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://bantuan.kilat.id/hc/id/articles/4402719283345-Kebijakan-Privasi",
                    "select": ".article-body"},
}
