"""Orbitnet Satelit (Kuala Lumpur) - ms-MY - TYPO3 (v10 with bootstrap_package 11, upgraded to v12 with
bootstrap_package 14 in March 2024), a satellite-internet provider serving rural Sabah and Sarawak.

One content element per policy section (`<div id="c412" class="frame ... frame-type-text">`, header + bodytext),
the first with the page's h1; among them, in the same column, a coverage-check plugin element (frame-type-list,
Extbase form: __referrer/__trustedProperties, and the v12 __RequestToken) and an editor's promo text element
in a "well" frame (also frame-type-text); a network-status plugin (rain-fade per state) and packages/news in the
sidebar; TYPO3 header comment with the copyright year, typo3temp merged-asset hashes and timestamps; after the
upgrade new frame markup (frame-container/frame-inner, frame-background-*), CSP nonces."""
import datetime as dt
import common as C

URL = "https://www.orbitnet.com.my/ms/dasar-privasi"
BULAN = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
         "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Dasar Privasi

Tarikh kemas kini: {UPDATED}

Orbitnet Satelit Sdn. Bhd. (No. Pendaftaran 201501023456) menyediakan perkhidmatan Internet satelit jalur lebar kepada pelanggan kediaman, perniagaan dan agensi kerajaan di seluruh Malaysia, termasuk kawasan pedalaman Sabah dan Sarawak. Dasar ini menerangkan cara kami memproses data peribadi anda selaras dengan Akta Perlindungan Data Peribadi 2010.

## Data peribadi yang kami kumpul

- nama, nombor kad pengenalan atau pasport, alamat pemasangan dan koordinat GPS lokasi antena;
- nombor telefon dan alamat e-mel;
- maklumat pembayaran dan sejarah bil;
- data teknikal terminal satelit, termasuk nombor siri modem, kekuatan isyarat dan penggunaan data.

## Tujuan pemprosesan

Kami memproses data peribadi anda untuk menilai liputan di lokasi anda, memasang dan menyelenggara peralatan, mengebil perkhidmatan, memberikan sokongan teknikal dan mematuhi keperluan Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC).

## Pendedahan kepada pihak ketiga

Kami mungkin mendedahkan data peribadi anda kepada kontraktor pemasangan bertauliah, pengendali stesen bumi dan pembekal kapasiti satelit, serta kepada pihak berkuasa apabila dikehendaki oleh undang-undang.

## Pemindahan data ke luar Malaysia

Data teknikal terminal anda mungkin diproses oleh pengendali satelit kami di Singapura dan Luxembourg untuk tujuan pengurusan rangkaian.

## Tempoh penyimpanan

Kami menyimpan data peribadi anda selama tempoh kontrak perkhidmatan dan 7 tahun selepas itu bagi memenuhi keperluan perakaunan dan cukai.

## Hak anda

Anda berhak untuk mengakses dan membetulkan data peribadi anda serta menarik balik persetujuan anda. Sila hubungi kami di [privasi@orbitnet.com.my](mailto:privasi@orbitnet.com.my).

Untuk maklumat lanjut tentang Akta Perlindungan Data Peribadi 2010, sila layari laman web [Jabatan Perlindungan Data Peribadi](https://www.pdp.gov.my/).
"""

EDITS = [
    {"note": "transfers: customer-support records hosted on Microsoft Azure (Southeast Asia region, Singapore) added",
     "repl": [("di Singapura dan Luxembourg untuk tujuan pengurusan rangkaian.", "di Singapura dan Luxembourg untuk tujuan pengurusan rangkaian. Rekod sokongan pelanggan disimpan dalam perkhidmatan awan Microsoft Azure di rantau Asia Tenggara (Singapura).")]},
    {"note": "retention: terminal telemetry kept 12 months (new sentence, silent)", "bump": False,
     "repl": [("bagi memenuhi keperluan perakaunan dan cukai.", "bagi memenuhi keperluan perakaunan dan cukai. Data teknikal terminal satelit disimpan selama 12 bulan.")]},
    {"note": "JPDP link target changed to the department's new portal path, date bumped",
     "repl": [("(https://www.pdp.gov.my/)", "(https://www.pdp.gov.my/ppdpv1/)")]},
    {"note": "new section 'Pegawai Perlindungan Data' (DPO appointed, contact)",
     "repl": [("## Hak anda", "## Pegawai Perlindungan Data\n\nKami telah melantik seorang Pegawai Perlindungan Data yang boleh dihubungi di [dpo@orbitnet.com.my](mailto:dpo@orbitnet.com.my) atau melalui pos ke alamat berdaftar kami.\n\n## Hak anda")]},
    {"note": "rights: data portability added (PDPA amendments in force 2025)",
     "repl": [("mengakses dan membetulkan data peribadi anda serta menarik balik", "mengakses dan membetulkan data peribadi anda, meminta data anda dipindahkan kepada pengawal data lain serta menarik balik")]},
]

UPGRADE = dt.datetime(2024, 3, 11)
STATES = ["Sabah", "Sarawak", "Pahang", "Kelantan", "Terengganu", "Perak"]
NEWS = [("Orbitnet sambung 120 sekolah luar bandar di Sarawak", "/ms/berita/120-sekolah-sarawak"),
        ("Pakej Orbit Usahawan untuk perniagaan kecil", "/ms/berita/orbit-usahawan"),
        ("Terminal generasi baharu dengan antena lebih kecil", "/ms/berita/terminal-baharu"),
        ("Panduan memasang antena ketika musim tengkujuh", "/ms/berita/panduan-tengkujuh"),
        ("Orbitnet di Pesta Kaamatan 2024", "/ms/berita/kaamatan-2024"),
        ("Kelajuan muat turun meningkat hingga 100 Mbps", "/ms/berita/100mbps")]
PROMOS = ["Pakej Orbit 50 kini RM169 sebulan dengan pemasangan percuma.",
          "Tukar ke pelan tahunan dan jimat dua bulan langganan.",
          "Pelanggan baharu di Sabah dan Sarawak layak menerima rebat peralatan RM300.",
          "Tawaran Hari Malaysia: data tanpa had pada waktu malam."]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["version"] = "v12" if when >= UPGRADE else "v10"
    s["nonce"] = C.b64tok(rng, 24) if s["version"] == "v12" else ""
    s["request_token"] = "" if s["version"] == "v10" else ("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImtpZCI6IntcInR5cGVcIjpcIm5vbmNlXCJ9In0." +
                          C.b64tok(rng, 90).replace("+", "-").replace("/", "_").rstrip("=") + "." +
                          C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="))
    s["merged"] = C.keep_or(rng, prev.get("merged") if prev.get("version") == s["version"] else None, 0.25,
                            lambda: (C.hexs(rng, 32), int(C.epoch(when)) - rng.randint(0, 9 * 86400)))
    s["status"] = tuple((st, rng.choice(["ok", "ok", "ok", "rain", "maint"])) for st in STATES)
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.4, lambda: rng.randrange(len(PROMOS)))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["prices"] = (149 + 10 * (when.year - 2021), 199 + 10 * (when.year - 2021))
    s["year"] = when.year
    return s


LABELS = {
    "version": "TYPO3 v10 -> v12 upgrade (frame markup, asset paths)",
    "nonce": "CSP nonce (v12)",
    "request_token": "coverage-check form request token (plugin element between sections)",
    "merged": "typo3temp merged asset hash and timestamp",
    "status": "network status per state (rain fade, maintenance) in sidebar",
    "promo": "promo text element in a 'well' frame among the section elements",
    "news": "news list rotated",
    "prices": "package prices in sidebar",
    "year": "copyright year in TYPO3 header comment and footer",
}


def _uid(key):
    return 520 + int(C.det_sha("uid", key)[:6], 16) % 900


def _frame(v, uid, ftype, inner, frame_class="default"):
    if v == "v10":
        return ('<div id="c%d" class="frame frame-%s frame-type-%s frame-layout-0">%s</div>'
                % (uid, frame_class, ftype, inner))
    return ('<div id="c%d" class="frame frame-%s frame-type-%s frame-layout-default frame-size-default frame-height-default '
            'frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-group-container">'
            '<div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">%s'
            '</div></div></div></div></div>' % (uid, frame_class, ftype, inner))


def render(s, blocks, when):
    v = s["version"]
    head, secs = C.split_sections(blocks)
    hdr = (lambda tag, t: '<header class="frame-header"><%s class="element-header"><span>%s</span></%s></header>' % (tag, C.inline_html(t), tag)) \
        if v == "v12" else (lambda tag, t: '<header><%s class="">%s</%s></header>' % (tag, C.inline_html(t), tag))
    els = [_frame(v, _uid("intro"), "text", hdr("h1", head[0][1]) + "\n" + C.blocks_html(head[1:]))]
    ext = "OrbitCoverage"
    token = ('<input type="hidden" name="__RequestToken" value="%s">' % s["request_token"]) if v == "v12" else ""
    coverage = ('<form method="post" name="check" class="coverage-form" action="/ms/semak-liputan?tx_orbitcoverage_check%%5Baction%%5D=result&amp;'
                'tx_orbitcoverage_check%%5Bcontroller%%5D=Check&amp;cHash=%s">\n<div>\n'
                '<input type="hidden" name="tx_orbitcoverage_check[__referrer][@extension]" value="%s">\n'
                '<input type="hidden" name="tx_orbitcoverage_check[__referrer][@controller]" value="Check">\n'
                '<input type="hidden" name="tx_orbitcoverage_check[__referrer][@action]" value="form">\n'
                '<input type="hidden" name="tx_orbitcoverage_check[__trustedProperties]" value="{&quot;postcode&quot;:1}%s">\n%s\n</div>\n'
                '<h3>Semak liputan di kawasan anda</h3><label for="postcode">Poskod</label><input id="postcode" type="text" name="tx_orbitcoverage_check[postcode]">'
                '<button type="submit" class="btn btn-primary">Semak</button>\n</form>'
                % (C.det_sha("chash")[:32], ext, C.det_sha("trusted")[:40], token))
    promo = '<p><strong>Tawaran semasa:</strong> %s <a href="/ms/pakej">Lihat pakej</a></p>' % PROMOS[s["promo"]]
    for n, (h, bl) in enumerate(secs):
        els.append(_frame(v, _uid(h), "text", hdr("h2", h) + "\n" + C.blocks_html(bl)))
        if n == 0:
            els.append(_frame(v, 388, "list", coverage))
        if n == 2:
            els.append(_frame(v, 391, "text", promo, "well"))
    stat_txt = {"ok": "Normal", "rain": "Kelajuan terjejas akibat hujan lebat (rain fade)", "maint": "Penyelenggaraan stesen bumi dijadualkan malam ini"}
    status = "".join('<li class="status status--%s"><span class="status__state">%s</span> %s</li>' % (k, st, stat_txt[k])
                     for st, k in s["status"])
    news = "".join('<li><a href="%s">%s</a></li>' % (NEWS[k][1], NEWS[k][0]) for k in s["news"])
    p1, p2 = s["prices"]
    h, ts = s["merged"]
    nonce = (' nonce="%s"' % s["nonce"]) if s["nonce"] else ""
    if v == "v10":
        css = '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%s-min.css.gzip?%d" media="all">' % (h, ts)
        js = '<script src="/typo3temp/assets/compressed/merged-%s-min.js.gzip?%d"></script>' % (h[::-1], ts)
    else:
        css = '<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-%s.css?%d" media="all"%s>' % (h, ts, nonce)
        js = '<script src="/_assets/9b1e2c7d4a5f6e3b8c0d1a2f/JavaScript/Dist/bootstrap.min.js?%d"%s></script>' % (ts, nonce)
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="ms-MY">\n<head>\n\n<meta charset="utf-8">\n<!-- \n'
            '\tThis website is powered by TYPO3 - inspiring people to share!\n'
            '\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n'
            '\tTYPO3 is copyright 1998-%d of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n'
            '\tInformation and contribution at https://typo3.org/\n-->\n\n'
            '<title>Dasar Privasi: Orbitnet Satelit</title>\n<meta name="generator" content="TYPO3 CMS">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n'
            '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="en-MY" href="https://www.orbitnet.com.my/en/privacy-policy">\n'
            '</head>\n<body id="p57" class="page-57 pagelevel-2 language-1 backendlayout-subnavigation_right layout-default">\n'
            '<div class="body-bg">\n<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Langkau ke kandungan utama</span></a>\n'
            '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">'
            '<div class="container"><a class="navbar-brand navbar-brand-image" href="/ms/"><img class="navbar-brand-logo-normal" src="/fileadmin/orbitnet/logo.svg" alt="Orbitnet" height="52" width="180"></a>'
            '<nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/ms/pakej">Pakej</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/ms/liputan">Liputan</a></li><li class="nav-item"><a class="nav-link" href="/ms/sokongan">Sokongan</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/ms/perniagaan">Perniagaan</a></li></ul></nav>'
            '<ul class="language-menu"><li class="active"><a href="/ms/dasar-privasi" hreflang="ms-MY">BM</a></li><li><a href="/en/privacy-policy" hreflang="en-MY">EN</a></li></ul></div></header>\n'
            '<div id="page-content" class="bp-page-content main-section">\n<div class="container"><div class="row">\n'
            '<main class="col-md-8 maincontent-wrap" id="page-main" role="main">\n<!--TYPO3SEARCH_begin-->\n%s\n<!--TYPO3SEARCH_end-->\n</main>\n'
            '<aside class="col-md-4 subcontent-wrap" role="complementary">\n'
            '<div id="c402" class="frame frame-default frame-type-list"><h3>Status rangkaian</h3><ul class="network-status">%s</ul>'
            '<p class="small">Dikemas kini %s MYT</p></div>\n'
            '<div id="c403" class="frame frame-default frame-type-table"><h3>Pakej kediaman</h3><table class="table"><tr><td>Orbit 30</td><td>RM%d/bulan</td></tr>'
            '<tr><td>Orbit 100</td><td>RM%d/bulan</td></tr></table></div>\n'
            '<div id="c404" class="frame frame-default frame-type-news_pi1"><h3>Berita terkini</h3><ul>%s</ul></div>\n'
            '</aside>\n</div></div>\n</div>\n'
            '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-meta"><div class="container">'
            '<p>&copy; %d Orbitnet Satelit Sdn. Bhd. Pemegang lesen MCMC NFP/NSP.</p>'
            '<ul class="footer-links"><li><a href="/ms/dasar-privasi">Dasar Privasi</a></li><li><a href="/ms/terma-dan-syarat">Terma dan Syarat</a></li>'
            '<li><a href="/ms/piagam-pelanggan">Piagam Pelanggan</a></li></ul></div></section></footer>\n</div>\n'
            '%s\n</body>\n</html>\n'
            % (s["year"], css, URL, "\n".join(els), status, (when + dt.timedelta(hours=8)).strftime("%d/%m/%Y %H:%M"),
               p1, p2, news, s["year"], js))


PAGE = {
    "service": "Orbitnet Satelit", "url": URL, "lang": "ms-MY", "platform": "TYPO3",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 8, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#page-main .frame-type-text"], "remove": ["#page-main .frame-well"]},
}
