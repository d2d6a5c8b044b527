"""Liga E-Sukan Nusantara (LEN), a Malaysian esports league (Malay): Ghost 5 (Ghost(Pro), a Casper-based theme)
until April 2024, then a relaunch on SvelteKit 2 with a live-match bar. Ghost period: the "Berita terkini" strip
under the page changes with each new post, Ghost(Pro) upgrades change the generator version, Portal/Search script
versions and the theme's `?v=` asset hash; declaration `h1.article-title` + `section.gh-content` (a `history`
entry valid until the relaunch). SvelteKit period: the live bar (match, score, viewers) server-rendered and
repeated in the hydration data, the `__sveltekit_*` version and `/_app/immutable/` hashes per build, and the
`svelte-*` scoping classes on the elements of the declared `article.legal` (no text; its `{@html}` body framed by
`<!-- HTML_TAG_START -->` comments)."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.len.gg/privasi/"

BULAN = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
         "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Notis Privasi

Dikemas kini pada: {UPDATED}

Nusantara Esports Sdn. Bhd. ("kami") ialah penganjur Liga E-Sukan Nusantara (LEN). Notis Privasi ini menerangkan bagaimana kami mengumpul, menggunakan, menyimpan dan mendedahkan data peribadi pemain, pengurus pasukan, penonton dan pengguna laman web kami, selaras dengan Akta Perlindugan Data Peribadi 2010 ("APDP"). Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat percanggahan antara kedua-dua versi, versi Bahasa Inggeris akan diguna pakai.

## 1. Data peribadi yang kami kumpul

Kami mengumpul data peribadi berikut, bergantung kepada cara anda berinteraksi dengan kami:

- **Pemain dan pengurus pasukan:** nama penuh, nama dalam permainan (IGN), ID akaun permainan, nombor MyKad atau pasport, tarikh lahir, kewarganegaraan, alamat e-mel, nombor telefon, gambar profil dan butiran akaun bank untuk pembayaran hadiah.
- **Penonton di arena:** nama, alamat e-mel dan butiran tiket yang dibeli, serta rakaman kamera litar tertutup (CCTV) di arena.
- **Pengguna laman web dan aplikasi:** alamat IP, jenis peranti, data kuki, ramalan perlawanan yang anda hantar dan penyertaan dalam peraduan.
- **Pelanggan surat berita:** alamat e-mel dan pilihan permainan yang anda minati.

## 2. Tujuan pemprosesan

| Tujuan | Data yang terlibat |
| Pendaftaran pasukan dan pengesahan kelayakan pemain | Data pengenalan, ID akaun permainan, tarikh lahir |
| Penganjuran perlawanan dan penyiaran secara langsung | Nama dalam permainan, gambar profil, rakaman video dan audio |
| Pembayaran hadiah dan pematuhan cukai | Nama penuh, nombor MyKad, butiran akaun bank |
| Jualan tiket dan kawalan masuk ke arena | Nama, e-mel, kod tiket |
| Keselamatan di arena | Rakaman CCTV |
| Pemasaran dan surat berita | E-mel dan pilihan permainan, dengan persetujuan anda |

Perlawanan LEN disiarkan secara langsung di platform penstriman. Dengan menyertai liga, pemain memahami bahawa nama dalam permainan, wajah dan suara mereka semasa perlawanan akan disiarkan dan dirakam.

### Ramalan perlawanan dan peraduan

Jika anda menyertai permainan ramalan perlawanan atau peraduan di laman web dan aplikasi kami, kami akan memproses nama pengguna, ramalan yang dihantar dan mata yang dikumpul untuk memaparkan papan pendahulu. Papan pendahulu memaparkan nama pengguna anda sahaja, bukan nama penuh. Pemenang peraduan akan dihubungi melalui e-mel dan perlu memberikan nama penuh, nombor telefon dan alamat penghantaran dalam tempoh 14 hari untuk menuntut hadiah.

### Acara di arena

Semasa acara langsung seperti perlawanan akhir, jurugambar dan kru penyiaran kami akan merakam gambar serta video penonton di arena. Rakaman ini mungkin digunakan dalam siaran langsung, media sosial dan bahan promosi liga. Jika anda tidak mahu dirakam, sila maklumkan kepada petugas kami di kaunter pertanyaan dan kami akan cuba mengelakkan rakaman wajah anda sejauh yang munasabah.

## 3. Pendedahan data peribadi

Kami tidak menjual data peribadi anda. Kami mungkin mendedahkan data peribadi kepada pihak berikut:

| Penerima | Tujuan |
| Penerbit permainan | Pengesahan akaun permainan dan sekatan akaun yang melanggar peraturan |
| Rakan penyiaran dan platform penstriman | Siaran langsung dan kandungan sorotan |
| Penaja rasmi liga | Penghantaran hadiah peraduan yang anda menangi |
| Penyedia tiket dan pembayaran | Jualan tiket dan pembayaran hadiah |
| Lembaga Hasil Dalam Negeri Malaysia | Pematuhan cukai bagi pemenang hadiah |

Semua penyedia perkhidmatan kami terikat dengan perjanjian bertulis untuk melindungi data peribadi anda dan menggunakannya hanya bagi tujuan yang ditetapkan oleh kami.

## 4. Pemindahan data ke luar Malaysia

Sesetengah penyedia perkhidmatan kami, termasuk penerbit permainan dan penyedia pengkomputeran awan, menyimpan data di luar Malaysia, contohnya di Singapura, Amerika Syarikat dan China. Kami hanya memindahkan data peribadi ke luar Malaysia jika terdapat perlindungan yang mencukupi sebagaimana dikehendaki oleh APDP.

## 5. Tempoh penyimpanan

Kami menyimpan data peribadi hanya selama yang perlu untuk tujuan ia dikumpul. Data pendaftaran pemain disimpan selama pemain itu aktif dalam liga dan dipadam 3 tahun selepas musim terakhir penyertaannya. Rekod pembayaran hadiah disimpan selama 7 tahun untuk tujuan cukai. Rakaman CCTV disimpan selama 30 hari. Rakaman siaran perlawanan disimpan secara kekal sebagai arkib liga.

## 6. Pemain bawah umur

Pemain berumur bawah 18 tahun hanya boleh mendaftar dengan persetujuan bertulis ibu bapa atau penjaga yang sah. Ibu bapa atau penjaga akan dihubungi untuk mengesahkan persetujuan tersebut sebelum pemain dibenarkan bertanding, dan hadiah wang tunai bagi pemain bawah umur akan dibayar ke akaun ibu bapa atau penjaga.

## 7. Hak anda

Di bawah APDP, anda berhak untuk:

- meminta akses kepada data peribadi anda yang kami simpan;
- meminta pembetulan data peribadi yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan anda untuk pemprosesan data bagi tujuan pemasaran;
- meminta kami menghadkan pemprosesan data peribadi anda.

Permintaan akses mungkin dikenakan fi yang dibenarkan oleh undang-undang. Kami akan menjawab permintaan anda dalam tempoh 21 hari dari tarikh permintaan diterima.

Untuk melindungi data anda, kami mungkin meminta anda mengesahkan identiti sebelum memproses sebarang permintaan, contohnya dengan menghantar permintaan daripada alamat e-mel yang didaftarkan atau melalui akaun pemain anda. Jika kami tidak dapat memenuhi permintaan anda, kami akan memaklumkan sebabnya secara bertulis.

## 8. Kuki

Laman web kami menggunakan kuki untuk memastikan laman web berfungsi dengan baik, mengingati pilihan bahasa anda, mengukur trafik dan memaparkan iklan yang berkaitan. Anda boleh menguruskan pilihan kuki melalui tetapan pelayar anda atau sepanduk kuki di laman web kami.

## 9. Keselamatan

Kami mengambil langkah teknikal dan organisasi yang munasabah untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan, pengubahsuaian atau akses tanpa kebenaran, termasuk penyulitan data dan kawalan akses yang ketat kepada sistem pendaftaran pemain.

## 10. Hubungi kami

Sebarang pertanyaan, aduan atau permintaan berkaitan data peribadi boleh diajukan kepada:

@ Pegawai Perlindungan Data
@ Nusantara Esports Sdn. Bhd. (202101034567)
@ Tingkat 18, Menara Arena Digital, Jalan Tun Razak, 50400 Kuala Lumpur
@ E-mel: privasi@len.gg
@ Telefon: +603 2181 7700

Kami berhak mengubah Notis Privasi ini dari semasa ke semasa. Versi terkini akan sentiasa disiarkan di halaman ini, dan perubahan penting akan dimaklumkan kepada pemain berdaftar melalui e-mel.
"""

EDITS = [
    {"note": "typo fixed: 'Perlindugan' -> 'Perlindungan' (no date change)", "bump": False,
     "repl": [("Akta Perlindugan Data Peribadi 2010", "Akta Perlindungan Data Peribadi 2010")]},
    {"note": "tournament operations platform added to the recipients table",
     "repl": [("| Rakan penyiaran dan platform penstriman |",
               "| Penyedia platform pengurusan kejohanan | Pendaftaran pasukan, jadual dan keputusan perlawanan |\n"
               "| Rakan penyiaran dan platform penstriman |")]},
    {"note": "new section on anti-cheat software and competitive integrity",
     "repl": [("## 6. Pemain bawah umur",
               "## 5A. Integriti pertandingan dan perisian anti-penipuan\n\n"
               "Untuk memastikan pertandingan yang adil, pemain dikehendaki memasang perisian anti-penipuan yang "
               "ditetapkan oleh kami pada peranti yang digunakan semasa perlawanan dalam talian. Perisian ini "
               "mengumpul maklumat peranti, proses yang sedang berjalan dan tangkapan skrin semasa perlawanan "
               "sahaja. Data ini disimpan selama 90 hari, atau lebih lama jika diperlukan untuk siasatan "
               "pelanggaran peraturan.\n\n"
               "## 6. Pemain bawah umur")]},
    {"note": "player registration data retention shortened from 3 to 2 years",
     "repl": [("dan dipadam 3 tahun selepas musim terakhir", "dan dipadam 2 tahun selepas musim terakhir")]},
    {"note": "office address and phone number changed",
     "repl": [("@ Tingkat 18, Menara Arena Digital, Jalan Tun Razak, 50400 Kuala Lumpur",
               "@ Unit 7-2, Block B, Pusat Kreatif Cyberjaya, Persiaran Multimedia, 63000 Cyberjaya, Selangor"),
              ("@ Telefon: +603 2181 7700", "@ Telefon: +603 8320 4455")]},
]

TEAMS = ["Harimau Esports", "Team Rimba", "Kuasa Gaming", "Garuda Five", "Samudera EVOS", "Naga Merah",
         "Bintang Timur", "Pahlawan Siber", "Tempur Esports", "Kilat Gaming"]
GAMES = ["MLBB", "Valorant", "PUBG Mobile", "Free Fire"]
NEWS = ["Jadual Minggu %d LEN Musim %d diumumkan", "%d pemain terbaik Minggu %d", "Rekap: Minggu %d, hari %d",
        "Pasukan baharu sertai LEN Musim %d (%d)", "Tiket Grand Final Musim %d kini dijual (fasa %d)",
        "Temu bual: kapten pasukan selepas Minggu %d (%d)", "Patch %d.%d: apa yang berubah untuk liga"]
MIG = dt.datetime(2024, 4, 9)


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    if when < MIG:
        s["news"] = tuple((rng.randrange(len(NEWS)), rng.randint(1, 12), rng.randint(1, 9), C.hexs(rng, 6))
                          for _ in range(3))
        s["ghost"] = C.keep_or(rng, p.get("ghost"), 0.3,
                               lambda: (rng.randint(20, 80), rng.randint(18, 40), C.hexs(rng, 10)))
    else:
        s["live"] = (rng.randrange(len(GAMES)), tuple(rng.sample(range(len(TEAMS)), 2)), rng.randint(0, 2),
                     rng.randint(0, 2), rng.randint(800, 48000), rng.random() < 0.6)
        lower = "abcdefghijklmnopqrstuvwxyz0123456789"
        s["build"] = C.keep_or(rng, p.get("build"), 0.3,
                               lambda: (C.alnum(rng, 8), C.alnum(rng, 8), C.alnum(rng, 8), C.alnum(rng, 8),
                                        C.alnum(rng, 6, lower), "1" + C.alnum(rng, 6, lower),
                                        "1" + C.alnum(rng, 6, lower)))
    return s


LABELS = {"news": "'Berita terkini' strip (new posts)", "ghost": "Ghost(Pro) version, Portal and asset ?v= hash",
          "live": "live-match bar and hydration data (SvelteKit)", "build": "SvelteKit build hashes and svelte-* classes",
          "platform": "platform (Ghost -> SvelteKit relaunch)"}


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def ghost_content(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append("<!--kg-card-begin: html-->\n" + C.block_html((kind, v)) + "\n<!--kg-card-end: html-->")
        elif kind in ("h2", "h3"):
            out.append('<%s id="%s">%s</%s>' % (kind, slug(v), C.inline_html(v), kind))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "".join(out)


def render_ghost(state, blocks, when):
    gv, pv, vh = state["ghost"]
    title = blocks[0][1]
    cards = []
    for k, (ni, a, b, h) in enumerate(state["news"]):
        t = NEWS[ni] % (a, b)
        d = when - dt.timedelta(hours=3 + 9 * k)
        cards.append("""<article class="post-card post tag-berita">
    <a class="post-card-image-link" href="/%s-%s/"><img class="post-card-image" srcset="/content/images/size/w300/%d/%02d/%s.jpg 300w, /content/images/size/w600/%d/%02d/%s.jpg 600w" sizes="(max-width: 1000px) 400px, 800px" src="/content/images/size/w600/%d/%02d/%s.jpg" alt="%s" loading="lazy"></a>
    <div class="post-card-content"><a class="post-card-content-link" href="/%s-%s/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Berita</span></div><h2 class="post-card-title">%s</h2></header></a>
    <footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%d %s %d</time></footer></div>
</article>""" % (slug(t), h, d.year, d.month, h, d.year, d.month, h, d.year, d.month, h, html.escape(t), slug(t), h,
                 html.escape(t), d.strftime("%Y-%m-%d"), d.day, BULAN[d.month - 1][:3], d.year))
    return """<!DOCTYPE html>
<html lang="ms">
<head>

    <title>Notis Privasi</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="/assets/built/screen.css?v=%(vh)s" />
    <link rel="preload" as="script" href="/assets/built/casper.js?v=%(vh)s" />

    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%(vh)s" />

    <link rel="icon" href="https://www.len.gg/content/images/size/w256h256/2022/05/len-favicon.png" type="image/png">
    <link rel="canonical" href="%(url)s">
    <meta name="referrer" content="no-referrer-when-downgrade">
    
    <meta property="og:site_name" content="Liga E-Sukan Nusantara">
    <meta property="og:type" content="website">
    <meta property="og:title" content="Notis Privasi">
    <meta property="og:url" content="%(url)s">
    <meta property="og:image" content="https://www.len.gg/content/images/size/w1200/2022/05/len-cover.jpg">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="Notis Privasi">
    <meta name="twitter:url" content="%(url)s">
    <meta name="twitter:site" content="@LEN_esports">
    
    <script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {
        "@type": "Organization",
        "name": "Liga E-Sukan Nusantara",
        "url": "https://www.len.gg/",
        "logo": {
            "@type": "ImageObject",
            "url": "https://www.len.gg/content/images/2022/05/len-logo.png"
        }
    },
    "headline": "Notis Privasi",
    "url": "%(url)s",
    "mainEntityOfPage": "%(url)s"
}
    </script>

    <meta name="generator" content="Ghost 5.%(gv)d">
    <link rel="alternate" type="application/rss+xml" title="Liga E-Sukan Nusantara" href="https://www.len.gg/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.%(pv)d/umd/portal.min.js" data-i18n="false" data-ghost="https://www.len.gg/" data-key="9c1e4b7a2f5d8e0c3a6b9d2e5f" data-api="https://len-esports.ghost.io/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {
    display: flex;
    flex-direction: column;
    align-items: center;
    font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif;
    text-align: center;
    width: 100%%;
    color: #ffffff;
    font-size: 16px;
}
</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="9c1e4b7a2f5d8e0c3a6b9d2e5f" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://len-esports.ghost.io/" crossorigin="anonymous"></script>
    
    <link href="https://www.len.gg/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=%(vh)s"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=%(vh)s">
    <script defer src="/public/member-attribution.min.js?v=%(vh)s"></script><style>:root {--ghost-accent-color: #e4002b;}</style>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-LENGG2022X"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-LENGG2022X');</script>

</head>
<body class="page-template page-privasi is-head-left-logo has-sans-body">
<div class="viewport">

    <header id="gh-head" class="gh-head outer is-header-hidden">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="https://www.len.gg">
                        <img src="https://www.len.gg/content/images/2022/05/len-logo.png" alt="Liga E-Sukan Nusantara">
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-berita"><a href="https://www.len.gg/berita/">Berita</a></li>
    <li class="nav-jadual"><a href="https://www.len.gg/jadual/">Jadual</a></li>
    <li class="nav-kedudukan"><a href="https://www.len.gg/kedudukan/">Kedudukan</a></li>
    <li class="nav-pasukan"><a href="https://www.len.gg/pasukan/">Pasukan</a></li>
    <li class="nav-tiket"><a href="https://www.len.gg/tiket/">Tiket</a></li>
</ul>

            </nav>

            <div class="gh-head-actions">
                    <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Log masuk</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Langgan</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
        



<main id="site-main" class="site-main">
<article class="article page no-image">

    <header class="article-header gh-canvas">
        <h1 class="article-title">%(title)s</h1>
    </header>

    <section class="gh-content gh-canvas">
        %(content)s
    </section>

</article>
</main>

<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <h3 class="read-more-title">Berita terkini</h3>
        %(cards)s
    </div>
</aside>

    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://www.len.gg">Liga E-Sukan Nusantara</a> &copy; %(year)d</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-notis-privasi nav-current"><a href="https://www.len.gg/privasi/">Notis Privasi</a></li>
    <li class="nav-terma-penggunaan"><a href="https://www.len.gg/terma/">Terma Penggunaan</a></li>
    <li class="nav-peraturan-liga"><a href="https://www.len.gg/peraturan/">Peraturan Liga</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<script
    src="https://code.jquery.com/jquery-3.5.1.min.js"
    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
    crossorigin="anonymous">
</script>
<script src="/assets/built/casper.js?v=%(vh)s"></script>

</body>
</html>
""" % {"vh": vh, "url": URL, "gv": gv, "pv": pv, "title": html.escape(title), "content": ghost_content(blocks[1:]),
       "cards": "\n        ".join(cards), "year": when.year}


def svelte_body(blocks):
    out = []
    for kind, v in blocks:
        if kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render_svelte(state, blocks, when):
    start, app, css0, cssp, kv, sl, sp = state["build"]
    gi, (t1, t2), a, b, viewers, live = state["live"]
    if live:
        bar = ('<div class="live-bar svelte-%s"><span class="live-bar__dot svelte-%s"></span> <span class="live-bar__label svelte-%s">LANGSUNG</span> '
               '<span class="live-bar__game svelte-%s">%s</span> <span class="live-bar__match svelte-%s">%s %d - %d %s</span> '
               '<span class="live-bar__viewers svelte-%s">%s penonton</span> <a href="/tonton" class="live-bar__cta svelte-%s">Tonton</a></div>'
               % (sl, sl, sl, sl, GAMES[gi], sl, html.escape(TEAMS[t1]), a, b, html.escape(TEAMS[t2]), sl,
                  "{:,}".format(viewers), sl))
        live_data = {"live": True, "game": GAMES[gi], "home": TEAMS[t1], "away": TEAMS[t2], "score": [a, b],
                     "viewers": viewers}
    else:
        ko = when + dt.timedelta(hours=2 + viewers % 40)
        bar = ('<div class="live-bar live-bar--next svelte-%s"><span class="live-bar__label svelte-%s">SETERUSNYA</span> '
               '<span class="live-bar__game svelte-%s">%s</span> <span class="live-bar__match svelte-%s">%s lwn %s</span> '
               '<time datetime="%s" class="svelte-%s">%s, %s</time></div>'
               % (sl, sl, sl, GAMES[gi], sl, html.escape(TEAMS[t1]), html.escape(TEAMS[t2]), C.iso(ko), sl,
                  "%d %s" % (ko.day, BULAN[ko.month - 1][:3]), ko.strftime("%H:%M")))
        live_data = {"live": False, "game": GAMES[gi], "home": TEAMS[t1], "away": TEAMS[t2], "kickoff": C.iso(ko)}
    title = blocks[0][1]
    body = svelte_body(blocks[1:])
    data = [None, {"type": "data", "data": {"live": live_data, "page": {"slug": "privasi", "title": title,
                                                                      "locale": "ms-MY"}}, "uses": {"url": 1}}]
    return """<!doctype html>
<html lang="ms">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		
		<link href="/_app/immutable/assets/0.%(css0)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/7.%(cssp)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(css0)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%(cssp)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%(app)s.js"><title>Notis Privasi | LEN</title><!-- HEAD_svelte-1fk0b2x_START --><meta name="description" content="Notis Privasi Liga E-Sukan Nusantara"><meta property="og:title" content="Notis Privasi | LEN"><link rel="canonical" href="%(url)s"><!-- HEAD_svelte-1fk0b2x_END -->
		<script async src="https://www.googletagmanager.com/gtag/js?id=G-LENGG2024X"></script>
		<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-LENGG2024X');</script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   %(bar)s <header class="site-header svelte-%(sl)s"><a href="/" class="logo svelte-%(sl)s" aria-label="LEN"><img src="/logo-len.svg" alt="" width="96" height="32" class="svelte-%(sl)s"></a> <nav class="svelte-%(sl)s"><a href="/berita" class="svelte-%(sl)s">Berita</a> <a href="/jadual" class="svelte-%(sl)s">Jadual</a> <a href="/kedudukan" class="svelte-%(sl)s">Kedudukan</a> <a href="/pasukan" class="svelte-%(sl)s">Pasukan</a> <a href="/tiket" class="svelte-%(sl)s">Tiket</a></nav> <a href="/log-masuk" class="btn btn-primary svelte-%(sl)s">Log masuk</a></header> <main class="svelte-%(sl)s"><article class="legal svelte-%(sp)s"><h1 class="svelte-%(sp)s">%(title)s</h1> <div class="legal-body svelte-%(sp)s"><!-- HTML_TAG_START -->%(body)s<!-- HTML_TAG_END --></div></article></main> <footer class="site-footer svelte-%(sl)s"><p class="svelte-%(sl)s">© %(year)d Nusantara Esports Sdn. Bhd.</p> <nav class="svelte-%(sl)s"><a href="/privasi" aria-current="page" class="svelte-%(sl)s">Notis Privasi</a> <a href="/terma" class="svelte-%(sl)s">Terma Penggunaan</a> <a href="/peraturan" class="svelte-%(sl)s">Peraturan Liga</a></nav></footer> 
			
			<script>
				{
					__sveltekit_%(kv)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_API_BASE":"https://api.len.gg/v1","PUBLIC_STREAM":"https://tonton.len.gg"}
					};

					const element = document.currentScript.parentElement;

					const data = %(data)s;

					Promise.all([
						import("./_app/immutable/entry/start.%(start)s.js"),
						import("./_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
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
""" % {"css0": css0, "cssp": cssp, "start": start, "app": app, "url": URL, "bar": bar, "sl": sl, "sp": sp,
       "title": html.escape(title), "body": body, "year": when.year, "kv": kv,
       "data": json.dumps(data, ensure_ascii=False).replace("</", "<\\/")}


def render(state, blocks, when):
    if when < MIG:
        state["platform"] = "Ghost"
        return render_ghost(state, blocks, when)
    state["platform"] = "SvelteKit"
    return render_svelte(state, blocks, when)


PAGE = {
    "service": "Liga E-Sukan Nusantara",
    "url": URL,
    "lang": "ms",
    "platform": "Ghost 5 (Ghost(Pro), Casper-based theme) -> SvelteKit 2 (April 2024)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Vary", "Accept-Encoding"), ("Cache-Control", "public, max-age=0")),
    "n": 31,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal"},
    "history": [{"fetch": URL, "select": ["h1.article-title", "section.gh-content"],
                 "validUntil": C.iso(MIG)}],
}
