"""Malaysian crypto exchange (Tokenku) privacy notice, published as an article of its Intercom Help Center
(Next.js help centre), in Malay.

Volatile feature next to the policy container: the article's author line "Ditulis oleh ... / Dikemas kini
<relative time>" right under the title, which moves with the crawl date ("minggu ini" -> "lebih seminggu yang
lalu" -> "lebih sebulan yang lalu" ...), and the author changes when another admin publishes.
Common noise: CSP nonce on every script, __NEXT_DATA__ buildId after Intercom deploys, the Intercom
messenger boot settings, copyright year.
"""
import datetime as dt
import hashlib
import html
import json

import common as C

URL = "https://help.tokenku.my/ms/articles/8123456-notis-privasi-tokenku"

MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
          "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Notis Privasi Tokenku

Tarikh berkuat kuasa: {UPDATED}

Tokenku Digital Sdn. Bhd. (No. Pendaftaran 202101023456 (1423456-X)) ("Tokenku", "kami") ialah pengendali bursa aset digital yang berdaftar dengan Suruhanjaya Sekuriti Malaysia. Notis ini dikeluarkan menurut Akta Perlindungan Data Peribadi 2010 ("PDPA") dan menerangkan bagaimana kami mengumpul, menggunakan, menzahirkan dan melindungi data peribadi anda apabila anda menggunakan laman web, aplikasi mudah alih dan perkhidmatan dagangan Tokenku.

## 1. Data peribadi yang kami kumpul

Kami mengumpul data peribadi berikut, bergantung kepada perkhidmatan yang anda gunakan:

| Kategori | Contoh | Sumber |
| Maklumat identiti | Nama penuh, nombor MyKad atau pasport, tarikh lahir, kewarganegaraan, gambar swafoto | Anda, semasa proses eKYC |
| Maklumat hubungan | Alamat e-mel, nombor telefon bimbit, alamat kediaman | Anda |
| Maklumat kewangan | Butiran akaun bank, sumber dana, sumber kekayaan, pekerjaan | Anda dan bank anda |
| Maklumat transaksi | Deposit, pengeluaran, pesanan dagangan, alamat dompet | Platform Tokenku |
| Maklumat teknikal | Alamat IP, ID peranti, log masuk, lokasi anggaran | Peranti anda |

## 2. Tujuan pemprosesan

Data peribadi anda diproses untuk tujuan berikut:

- membuka dan menyelenggara akaun dagangan anda;
- mengesahkan identiti anda dan menjalankan usaha wajar pelanggan (CDD) seperti yang dikehendaki oleh Akta Pencegahan Pengubahan Wang Haram, Pencegahan Pembiayaan Keganasan dan Hasil daripada Aktiviti Haram 2001 (AMLA);
- memproses deposit, pengeluaran dan pesanan dagangan;
- mengesan dan mencegah penipuan, pengambilalihan akaun dan aktiviti yang mencurigakan;
- menjawab pertanyaan dan aduan anda;
- menghantar maklumat pemasaran tentang produk baharu, tertakluk kepada persetujuan anda.

Kami juga boleh menggunakan data transaksi anda dalam bentuk agregat dan tanpa nama untuk menganalisis penggunaan platform dan membangunkan produk baharu. Data sedemikian tidak lagi mengenal pasti anda secara peribadi.

Pemberian data identiti dan kewangan adalah wajib. Jika anda tidak memberikannya, kami tidak dapat membuka akaun untuk anda.

## 3. Penzahiran data peribadi

Kami boleh menzahirkan data peribadi anda kepada pihak berikut:

- penyedia perkhidmatan pengesahan identiti elektronik (eKYC) dan pemeriksaan senarai sekatan;
- bank berlesen di Malaysia yang memproses deposit dan pengeluaran dalam Ringgit;
- penyedia pengkomputeran awan yang menyimpan data kami di rantau Asia Pasifik;
- juruaudit, penasihat undang-undang dan syarikat berkaitan dalam kumpulan Tokenku;
- Suruhanjaya Sekuriti Malaysia, Bank Negara Malaysia, Lembaga Hasil Dalam Negeri dan pihak berkuasa lain apabila dikehendaki oleh undang-undang.

Sesetengah penyedia perkhidmatan kami berada di luar Malaysia. Dalam keadaan sedemikian, kami memastikan data anda dilindungi pada tahap yang setara dengan PDPA melalui perjanjian bertulis.

## 4. Tempoh penyimpanan

Rekod identiti dan transaksi disimpan selama tujuh (7) tahun selepas akaun anda ditutup, sebagaimana dikehendaki oleh AMLA dan garis panduan Suruhanjaya Sekuriti. Data pemasaran disimpan sehingga anda menarik balik persetujuan. Rakaman panggilan khidmat pelanggan disimpan selama 12 bulan.

## 5. Keselamatan

Kami menggunakan penyulitan, pengesahan dua faktor, storan sejuk bagi sebahagian besar aset pelanggan dan kawalan akses berdasarkan peranan. Kakitangan kami terikat dengan kewajipan kerahsiaan. Walaupun kami mengambil langkah yang munasabah, tiada sistem yang selamat sepenuhnya. Anda bertanggungjawab untuk menjaga kerahsiaan kata laluan anda dan memaklumkan kami dengan segera jika anda mengesyaki akaun anda telah diceroboh. Kami tidak akan sekali-kali meminta kata laluan atau kod 2FA anda melalui e-mel, telefon atau media sosial.

## 6. Hak anda

Tertakluk kepada PDPA, anda berhak untuk:

- meminta akses kepada data peribadi anda dan mendapatkan salinannya;
- meminta pembetulan data yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan atau mengehadkan pemprosesan data anda bagi tujuan pemasaran langsung.

Kami mungkin mengenakan fi yang dibenarkan oleh undang-undang bagi permintaan akses data. Kami akan menjawab permintaan anda dalam tempoh 21 hari.

## 7. Hubungi kami

Sebarang pertanyaan, permintaan atau aduan berkaitan data peribadi boleh dihantar kepada:

@ Pegawai Perlindungan Data
@ Tokenku Digital Sdn. Bhd.
@ Aras 12, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur
@ E-mel: privasi@tokenku.my

Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat percanggahan, versi Bahasa Inggeris akan digunakan.
"""

EDITS = [
    {"note": "new row in the data categories table (Travel Rule information)",
     "repl": [("| Maklumat teknikal | Alamat IP, ID peranti, log masuk, lokasi anggaran | Peranti anda |",
               "| Maklumat teknikal | Alamat IP, ID peranti, log masuk, lokasi anggaran | Peranti anda |\n| Maklumat Travel Rule | Nama dan alamat dompet pengirim atau penerima pindahan aset digital | Penyedia perkhidmatan aset digital lain |")]},
    {"note": "retention of identity and transaction records: 7 years -> at least 6 years after closure (wording)",
     "repl": [("disimpan selama tujuh (7) tahun selepas akaun anda ditutup,",
               "disimpan sekurang-kurangnya enam (6) tahun selepas akaun anda ditutup atau transaksi terakhir anda, mengikut mana-mana yang lebih lewat,")]},
    {"note": "new section on data breach notification",
     "repl": [("## 6. Hak anda", """## 6. Pemberitahuan pelanggaran data

Sekiranya berlaku pelanggaran data peribadi yang mungkin menyebabkan kemudaratan yang ketara kepada anda, kami akan memberitahu Pesuruhjaya Perlindungan Data Peribadi dalam tempoh 72 jam dan memaklumkan anda tanpa kelewatan yang tidak wajar, sebagaimana dikehendaki oleh PDPA.

## 7. Hak anda"""), ("## 7. Hubungi kami", "## 8. Hubungi kami")]},
    {"note": "DPO contact changed (new e-mail and phone)",
     "repl": [("@ E-mel: privasi@tokenku.my", "@ E-mel: dpo@tokenku.my\n@ Telefon: +603 2788 1212")]},
    {"note": "data portability right added to the rights list",
     "repl": [("- menarik balik persetujuan atau mengehadkan pemprosesan data anda bagi tujuan pemasaran langsung.",
               "- menarik balik persetujuan atau mengehadkan pemprosesan data anda bagi tujuan pemasaran langsung;\n- meminta data peribadi anda dipindahkan kepada pengawal data lain dalam format yang boleh dibaca mesin.")]},
]

AUTHORS = [("Nurul Aina", "https://static.intercomassets.com/avatars/6234517/square_128/nurul-1690012345.jpg"),
           ("Daniel Lim", "https://static.intercomassets.com/avatars/6234588/square_128/daniel-1688012345.png"),
           ("Hafiz Rahman", "https://static.intercomassets.com/avatars/7011223/square_128/hafiz-1701112345.jpg")]

_first_seen = {}


def relative(now, then):
    d = (now - then).days
    if d < 1 and now.date() == then.date():
        return "Dikemas kini hari ini"
    if d < 2:
        return "Dikemas kini semalam"
    if d < 7:
        return "Dikemas kini minggu ini"
    if d < 30:
        return "Dikemas kini lebih seminggu yang lalu"
    if d < 60:
        return "Dikemas kini lebih sebulan yang lalu"
    if d < 365:
        return "Dikemas kini lebih %d bulan yang lalu" % (d // 30)
    if d < 730:
        return "Dikemas kini lebih setahun yang lalu"
    return "Dikemas kini lebih %d tahun yang lalu" % (d // 365)


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["build"] = C.keep_or(rng, p.get("build"), 0.35, lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["author_pick"] = C.keep_or(rng, p.get("author_pick"), 0.0, lambda: rng.randint(0, 99))
    s["year"] = when.year
    return s


LABELS = {"nonce": "CSP nonce on scripts", "build": "Intercom help-centre deploy (buildId, chunk hashes)",
          "author_pick": "author seed", "year": "copyright year", "relative": "relative 'Dikemas kini' line"}


def ib(b):
    kind, v = b
    P = '<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>%s</p></div>'
    if kind == "h2":
        return '<div class="intercom-interblocks-heading"><h2 id="h_%s">%s</h2></div>' % (hashlib.md5(v.encode()).hexdigest()[:10], C.inline_html(v))
    if kind == "p":
        return P % C.inline_html(v)
    if kind == "addr":
        return P % "<br>".join(C.inline_html(l) for l in v)
    if kind == "ul":
        return '<div class="intercom-interblocks-unordered-nested-list"><ul>%s</ul></div>' % "".join("<li>%s</li>" % (P % C.inline_html(x)) for x in v)
    if kind == "table":
        rows = []
        for r_i, r in enumerate(v):
            cells = "".join('<td><div class="intercom-interblocks-table-cell"><p>%s</p></div></td>' % ("<b>%s</b>" % C.inline_html(c) if r_i == 0 else C.inline_html(c)) for c in r)
            rows.append("<tr>%s</tr>" % cells)
        return '<div class="intercom-interblocks-table-container"><table role="presentation"><tbody>%s</tbody></table></div>' % "".join(rows)
    raise ValueError(kind)


def render(s, blocks, when):
    key = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if key not in _first_seen:
        n = len(_first_seen)
        # the article was published some days before we first see it
        _first_seen[key] = (when - dt.timedelta(days=(n * 7 + s["author_pick"]) % 9, hours=3), AUTHORS[(n + s["author_pick"]) % len(AUTHORS)])
    upd, (author, avatar) = _first_seen[key]
    rel = relative(when, upd)
    s["relative"] = rel  # recorded for the truth note
    nonce = s["nonce"]
    bid, c1, c2 = s["build"]
    title = blocks[0][1]
    body = "".join(ib(b) for b in blocks[1:])
    nd = json.dumps({"props": {"pageProps": {"app": {"id": "k3x9q2lm", "messengerUrl": "https://widget.intercom.io/widget/k3x9q2lm", "name": "Tokenku", "poweredByIntercom": True, "features": {"consentBannerBeta": False}},
                                              "theme": {"color": "0F6BFF", "siteName": "Pusat Bantuan Tokenku", "headerFontColor": "FFFFFF", "locale": "ms"},
                                              "articleId": "8123456", "articleUpdatedAt": upd.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                              "localeLinks": [{"id": "en", "absoluteUrl": "https://help.tokenku.my/en/articles/8123456-tokenku-privacy-notice", "title": "English", "locale": "en"}, {"id": "ms", "absoluteUrl": URL, "title": "Bahasa Melayu", "locale": "ms"}]},
                                "__N_SSP": True},
                      "page": "/[helpCenterIdentifier]/articles/[articleSlug]", "query": {"helpCenterIdentifier": "tokenku", "articleSlug": "8123456-notis-privasi-tokenku", "locale": "ms"},
                      "buildId": bid, "assetPrefix": "https://static.intercomassets.com", "isFallback": False, "gssp": True, "locale": "ms", "locales": ["en", "ms"], "defaultLocale": "en", "scriptLoader": []},
                     ensure_ascii=False, separators=(",", ":"))
    return f"""<!DOCTYPE html><html lang="ms"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Notis Privasi Tokenku | Pusat Bantuan Tokenku</title><meta property="og:description" content="Bagaimana kami mengumpul, menggunakan dan melindungi data peribadi anda"/><meta name="description" content="Bagaimana kami mengumpul, menggunakan dan melindungi data peribadi anda"/><meta property="og:type" content="article"/><meta name="intercom:trackingEvent" content="{{&quot;name&quot;:&quot;Viewed Help Center Page&quot;,&quot;metadata&quot;:{{&quot;action&quot;:&quot;viewed&quot;,&quot;object&quot;:&quot;educate_article&quot;,&quot;place&quot;:&quot;help_center&quot;,&quot;owner&quot;:&quot;educate&quot;,&quot;article_id&quot;:8123456,&quot;locale&quot;:&quot;ms&quot;}}}}"/><link rel="canonical" href="{URL}"/><link rel="alternate" href="https://help.tokenku.my/en/articles/8123456-tokenku-privacy-notice" hrefLang="en"/><link rel="alternate" href="{URL}" hrefLang="ms"/><link nonce="{nonce}" rel="preload" href="https://static.intercomassets.com/_next/static/css/{c1}.css" as="style"/><link nonce="{nonce}" rel="stylesheet" href="https://static.intercomassets.com/_next/static/css/{c1}.css" data-n-g=""/><script defer="" nonce="{nonce}" nomodule="" src="https://static.intercomassets.com/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="https://static.intercomassets.com/_next/static/chunks/webpack-{c2}.js" nonce="{nonce}" defer=""></script><script src="https://static.intercomassets.com/_next/static/chunks/framework-f66176bb897dc684.js" nonce="{nonce}" defer=""></script><script src="https://static.intercomassets.com/_next/static/chunks/pages/%5BhelpCenterIdentifier%5D/articles/%5BarticleSlug%5D-{c2[::-1]}.js" nonce="{nonce}" defer=""></script><script src="https://static.intercomassets.com/_next/static/{bid}/_buildManifest.js" nonce="{nonce}" defer=""></script><style id="__jsx-3447445977">:root{{--body-bg-color:#ffffff;--header-color:#FFFFFF;--link-color:#0F6BFF;}}</style></head><body><div id="__next"><div dir="ltr" class="h-full w-full"><a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50" aria-roledescription="Link, Press control-option-right-arrow to exit">Langkau ke kandungan utama</a><main class="header__lite"><header id="header" data-testid="header" class="jsx-2336695410 flex flex-col text-header-color"><div class="jsx-2336695410 relative flex grow flex-col mb-9 bg-header-bg-color"><div class="jsx-2336695410 flex h-full flex-col items-center marker:shrink-0"><section class="relative flex w-full flex-col mb-6 pb-6"><div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10"><div class="flex items-center w-240" data-testid="subheader-container"><div class="mo o__centered o__reversed header__meta_wrapper"><div class="mo__body header__site_name"><div class="header__logo"><a href="/ms/"><img src="https://downloads.intercomcdn.com/i/o/512345/tokenku-logo.png" height="130" alt="Pusat Bantuan Tokenku"/></a></div></div><div class="mo__aside"><div class="flex items-center"><a href="https://tokenku.my" class="text-header-color">Ke Tokenku</a><div class="relative cursor-pointer has-[:focus]:outline" data-testid="language-picker"><select aria-label="Change language" class="peer absolute z-10 cursor-pointer opacity-0"><option value="en">English</option><option value="ms" selected="">Bahasa Melayu</option></select></div></div></div></div></div></div><div class="relative mx-5 mt-9 xl:mx-0"><div class="header__form search"><input aria-label="Cari artikel..." placeholder="Cari artikel..." class="search__input" type="text" value=""/></div></div></section></div></div></header><div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240"><section data-testid="article-section" class="section section__article"><div class="justify-center flex"><div class="relative z-3 w-full lg:max-w-160 "><div class="flex pb-6 max-md:pb-2 lg:max-w-160"><div tabindex="-1" class="focus:outline-none"><div class="flex flex-wrap items-baseline pb-4 text-base" tabindex="0" role="navigation" aria-label="Breadcrumb"><a href="/ms/" class="pr-2 text-body-primary-color">Semua Koleksi</a><div class="pr-2" aria-hidden="true">›</div><a href="/ms/collections/3345678-akaun-dan-keselamatan" class="pr-2 text-body-primary-color">Akaun dan Keselamatan</a><div class="pr-2" aria-hidden="true">›</div><div class="text-body-secondary-color">Notis Privasi Tokenku</div></div></div></div><div class=""><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col"><h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">{C.inline_html(title)}</h1><div class="text-md font-normal leading-normal text-body-secondary-color"><p>Bagaimana kami mengumpul, menggunakan dan melindungi data peribadi anda</p></div></div><div class="avatar"><div class="avatar__photo"><img width="24" height="24" src="{avatar}" alt="{html.escape(author)} avatar" class="inline-flex items-center justify-center rounded-full bg-primary text-lg font-bold leading-6 text-primary-text shadow-solid-2 shadow-body-bg [&amp;:nth-child(n+2)]:hidden lg:[&amp;:nth-child(n+2)]:flex h-8 w-8 sm:h-10 sm:w-10"/></div><div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color"><div>Ditulis oleh <span>{html.escape(author)}</span></div> <!-- -->{rel}</span></div></div></div></div><div class="jsx-adf13b22ea5b5c59 "><div class="article_body"><article class="jsx-adf13b22ea5b5c59 ">{body}<section class="jsx-62724fba150252e0 related_articles my-6"><hr class="jsx-62724fba150252e0 my-6 sm:my-8"/><div class="jsx-62724fba150252e0 mb-3 text-xl font-bold">Artikel berkaitan</div><section class="flex flex-col rounded-card border border-solid border-card-border bg-card-bg p-2 sm:p-3"><a class="duration-250 group/article flex flex-row justify-between gap-2 py-2 no-underline transition ease-linear hover:bg-primary-alpha-10 hover:text-primary sm:rounded-card-inner sm:py-3 rounded-card-inner px-3" href="https://help.tokenku.my/ms/articles/8123401-syarat-penggunaan"><div class="flex flex-col p-0"><span class="m-0 text-md text-body-primary-color group-hover/article:text-primary">Syarat Penggunaan</span></div></a><a class="duration-250 group/article flex flex-row justify-between gap-2 py-2 no-underline transition ease-linear hover:bg-primary-alpha-10 hover:text-primary sm:rounded-card-inner sm:py-3 rounded-card-inner px-3" href="https://help.tokenku.my/ms/articles/8123499-dasar-kuki"><div class="flex flex-col p-0"><span class="m-0 text-md text-body-primary-color group-hover/article:text-primary">Dasar Kuki</span></div></a><a class="duration-250 group/article flex flex-row justify-between gap-2 py-2 no-underline transition ease-linear hover:bg-primary-alpha-10 hover:text-primary sm:rounded-card-inner sm:py-3 rounded-card-inner px-3" href="https://help.tokenku.my/ms/articles/8200017-cara-mengaktifkan-2fa"><div class="flex flex-col p-0"><span class="m-0 text-md text-body-primary-color group-hover/article:text-primary">Cara mengaktifkan pengesahan dua faktor (2FA)</span></div></a></section></section></article></div></div></div></div><div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1 sm:mt-8" role="group" aria-label="feedback form"><div class="intercom-reaction-prompt">Adakah ini menjawab soalan anda?</div><button class="intercom-reaction" aria-label="Kecewa Reaksi" tabindex="0" data-reaction-text="disappointed" aria-pressed="false"><span title="Kecewa">😞</span></button><button class="intercom-reaction" aria-label="Neutral Reaksi" tabindex="0" data-reaction-text="neutral" aria-pressed="false"><span title="Neutral">😐</span></button><button class="intercom-reaction" aria-label="Gembira Reaksi" tabindex="0" data-reaction-text="smiley" aria-pressed="false"><span title="Gembira">😃</span></button></div></div></div></section></section></div><footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-auto px-5 sm:px-10"><div class="mx-auto max-w-240 sm:w-auto"><div class="text-center"><a href="/ms/"><img src="https://downloads.intercomcdn.com/i/o/512346/tokenku-footer.png" alt="Pusat Bantuan Tokenku" class="max-h-8 contrast-80 inline"/></a><div class="mt-10 text-footer-color">© {s['year']} Tokenku Digital Sdn. Bhd.</div></div></div></div></footer></main></div></div><script id="__NEXT_DATA__" type="application/json" nonce="{nonce}">{nd}</script><script nonce="{nonce}">window.intercomSettings = {{"app_id":"k3x9q2lm","help_center_locale":"ms"}};</script></body></html>"""


PAGE = {
    "service": "Tokenku",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("X-Request-Id", "a3f1c9e7b2d04f58"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")],
    "n": 30,
    "start": dt.date(2022, 7, 1),
    "end": dt.date(2024, 12, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".article h1", ".article_body"],
        "remove": ".related_articles",
    },
}
