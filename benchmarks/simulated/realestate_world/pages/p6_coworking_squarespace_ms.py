"""KongsiSpace: a Malaysian co-working operator on Squarespace 7.1 (Fluid Engine), in Malay.

The notice sits in the first page section as Fluid Engine blocks: Text blocks (.sqs-block-html > .sqs-html-content,
Squarespace's <p style="white-space:pre-wrap;"> and data-rte-list lists) and two Code blocks the editor pasted
HTML tables into (.sqs-block-code > .sqs-block-content), in document order; the curator selects both kinds inside
#page. Fairly clean: the Static.SQUARESPACE_CONTEXT and SQUARESPACE_ROLLUPS carry platform asset hashes that
change with every Squarespace deploy, the site-wide contentModifiedOn stamp (any page edit) and the announcement
bar text (Merdeka, Chinese New Year, new outlet), which Squarespace renders client-side from that JSON.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.kongsispace.my/notis-privasi"

POLICY = """# Notis Privasi

Dikemas kini: {UPDATED}

Notis Privasi ini dikeluarkan oleh KongsiSpace Sdn. Bhd. (No. Syarikat 201801012345 (1273456-X)) («KongsiSpace» atau «kami») selaras dengan Akta Perlindungan Data Peribadi 2010 («Akta»). Notis ini menerangkan bagaimana kami mengumpul, menggunakan, mendedahkan dan melindungi data peribadi anda apabila anda melawat ruang kerja bersama kami, menjadi ahli, menempah bilik mesyuarat atau menggunakan laman web dan aplikasi mudah alih KongsiSpace.

Notis ini disediakan dalam Bahasa Malaysia dan Bahasa Inggeris. Sekiranya terdapat sebarang percanggahan antara kedua-dua versi, versi Bahasa Malaysia akan diguna pakai.

## 1. Data peribadi yang kami kumpul

- **Maklumat pengenalan:** nama, nombor kad pengenalan (MyKad) atau pasport, tarikh lahir dan gambar untuk kad akses ahli.
- **Maklumat perhubungan:** nombor telefon bimbit, alamat e-mel dan alamat surat-menyurat.
- **Maklumat syarikat:** nama syarikat, nombor pendaftaran SSM, jawatan anda dan butiran pengebilan.
- **Maklumat pembayaran:** butiran kad atau akaun bank yang diproses oleh penyedia gerbang pembayaran kami. Kami tidak menyimpan nombor kad penuh.
- **Maklumat penggunaan:** rekod keluar masuk pintu, tempahan bilik mesyuarat, penggunaan Wi-Fi dan pencetak.
- **Rakaman CCTV** di kawasan umum premis kami, termasuk lobi, ruang hot desk dan pantri.

## 2. Bagaimana kami mengumpul data anda

Kami mengumpul data peribadi apabila anda mengisi borang di laman web kami, mendaftar sebagai ahli atau tetamu, menandatangani perjanjian keahlian, menghubungi pasukan kami melalui WhatsApp, e-mel atau telefon, dan apabila anda memasuki premis kami. Jika majikan anda mendaftarkan anda sebagai ahli, kami menerima data anda daripada majikan tersebut.

## 3. Tujuan kami memproses data anda

- menyediakan keahlian, ruang pejabat persendirian, hot desk dan tempahan bilik mesyuarat;
- mengeluarkan kad akses dan mengawal keselamatan premis;
- memproses pembayaran, mengeluarkan invois dan mengutip tunggakan;
- menerima surat dan bungkusan bagi pihak ahli yang melanggan perkhidmatan alamat perniagaan;
- menghantar maklumat tentang acara komuniti, promosi dan lokasi baharu, jika anda bersetuju;
- mematuhi kehendak undang-undang dan permintaan pihak berkuasa.

Kami juga mungkin menggunakan gambar dan video yang dirakam semasa acara komuniti di premis kami untuk media sosial dan bahan pemasaran. Papan tanda akan dipamerkan semasa acara tersebut, dan anda boleh memaklumkan jurugambar kami jika anda tidak mahu dirakam.

## 4. Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda. Kami hanya mendedahkannya kepada pihak berikut:

| Pihak ketiga | Tujuan |
| Pemilik dan pengurusan bangunan | Pendaftaran pelawat dan pengeluaran pas masuk bangunan |
| Penyedia sistem pengurusan ruang kerja dan kawalan akses | Tempahan, keahlian dan kad akses |
| Penyedia gerbang pembayaran (iPay88, Stripe) | Pemprosesan pembayaran |
| Penyedia perkhidmatan awan dan e-mel | Penyimpanan data dan komunikasi |
| Juruaudit, peguam dan penasihat profesional | Audit dan nasihat undang-undang |
| Pihak berkuasa kerajaan | Apabila dikehendaki oleh undang-undang |

## 5. Pemindahan data ke luar Malaysia

Sesetengah penyedia perkhidmatan kami menyimpan data di pusat data di Singapura, Eropah atau Amerika Syarikat. Kami hanya memindahkan data ke luar Malaysia sebagaimana dibenarkan oleh Akta, dan memastikan penyedia tersebut terikat dengan kewajipan kontrak untuk melindungi data anda.

## 6. Tempoh penyimpanan

| Jenis data | Tempoh penyimpanan |
| Rakaman CCTV | 30 hari, kecuali diperlukan untuk siasatan |
| Rekod keluar masuk pintu | 12 bulan |
| Perjanjian keahlian dan invois | 7 tahun selepas keahlian tamat |
| Data pelawat dan tetamu | 6 bulan |

Sekiranya anda menggunakan perkhidmatan alamat perniagaan kami, nama syarikat dan alamat berdaftar anda di premis kami boleh dilihat oleh orang awam dalam rekod Suruhanjaya Syarikat Malaysia. Kami akan memaklumkan anda melalui e-mel setiap kali surat atau bungkusan diterima bagi pihak anda.

## 7. Keselamatan data

Kami mengambil langkah praktikal untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan, pengubahsuaian atau pendedahan tanpa kebenaran, termasuk kawalan akses berdasarkan peranan, penyulitan dan latihan kakitangan.

Kad akses ahli adalah peribadi dan tidak boleh dipindahkan. Jika kad anda hilang, sila maklumkan kepada pasukan komuniti dengan segera supaya kami dapat menyahaktifkannya dan mengeluarkan kad baharu. Rekod akses hanya boleh dilihat oleh pengurus lokasi dan pasukan keselamatan kami.

## 8. Hak anda

Tertakluk kepada Akta, anda berhak:

- meminta akses kepada data peribadi anda (fi pemprosesan sebanyak RM10 mungkin dikenakan);
- meminta pembetulan data yang tidak tepat, tidak lengkap atau mengelirukan;
- menarik balik persetujuan atau mengehadkan pemprosesan data anda, termasuk untuk tujuan pemasaran langsung.

Kami akan menjawab permintaan anda dalam tempoh 21 hari dari tarikh penerimaan.

## 9. Kuki dan rangkaian Wi-Fi

Laman web kami menggunakan kuki yang diperlukan untuk fungsinya, dan kuki analitik serta pemasaran hanya jika anda bersetuju melalui sepanduk kuki. Apabila anda menggunakan rangkaian Wi-Fi di premis kami, sistem kami merekodkan alamat MAC peranti anda, masa sambungan dan jumlah data yang digunakan untuk tujuan keselamatan rangkaian. Kami tidak memantau kandungan komunikasi anda.

## 10. Pemasaran langsung

Kami hanya akan menghantar e-mel atau mesej WhatsApp tentang promosi dan acara jika anda telah bersetuju. Anda boleh berhenti melanggan pada bila-bila masa melalui pautan dalam e-mel kami atau dengan memaklumkan pasukan komuniti di mana-mana lokasi.

## 11. Data yang wajib diberikan

Maklumat pengenalan dan perhubungan adalah wajib untuk keahlian dan kad akses. Jika anda tidak memberikannya, kami tidak dapat memproses keahlian anda atau membenarkan anda memasuki premis kami.

## 12. Pautan ke laman web lain

Laman web dan aplikasi kami mungkin mengandungi pautan ke laman web pihak ketiga, seperti rakan kongsi acara atau penyedia perkhidmatan ahli. Kami tidak bertanggungjawab terhadap amalan privasi laman web tersebut dan menggalakkan anda membaca notis privasi mereka.

## 13. Perubahan kepada notis ini

Kami boleh mengemas kini notis ini dari semasa ke semasa. Versi terkini akan sentiasa disiarkan di halaman ini, dan ahli akan dimaklumkan melalui e-mel sekiranya terdapat perubahan penting.

## 14. Hubungi kami

Sebarang pertanyaan, permintaan atau aduan berhubung data peribadi anda boleh dikemukakan kepada:

@ Pegawai Privasi, KongsiSpace Sdn. Bhd.
@ Level 8, Vertical Corporate Tower B, Bangsar South, No. 8 Jalan Kerinchi, 59200 Kuala Lumpur
@ E-mel: privasi@kongsispace.my
@ Telefon: +603 2242 1180"""

EDITS = [
    {"note": "CCTV retention changed 30 -> 60 days",
     "repl": [("| Rakaman CCTV | 30 hari, kecuali diperlukan untuk siasatan |",
               "| Rakaman CCTV | 60 hari, kecuali diperlukan untuk siasatan |")]},
    {"note": "processor added to the disclosure table: Xero (accounting and invoicing)",
     "repl": [("| Penyedia perkhidmatan awan dan e-mel | Penyimpanan data dan komunikasi |",
               "| Penyedia perkhidmatan awan dan e-mel | Penyimpanan data dan komunikasi |\n"
               "| Xero Limited | Perakaunan dan pengeluaran invois |")]},
    {"note": "sentence added: guests register in the app with a one-time QR code",
     "repl": [("Jika majikan anda mendaftarkan anda sebagai ahli, kami menerima data anda daripada majikan tersebut.",
               "Jika majikan anda mendaftarkan anda sebagai ahli, kami menerima data anda daripada majikan tersebut. "
               "Tetamu ahli perlu didaftarkan terlebih dahulu melalui aplikasi KongsiSpace, yang akan menghantar kod QR "
               "sekali guna kepada tetamu melalui e-mel atau WhatsApp.")]},
    {"note": "head office moved: Bangsar South -> Menara Hap Seng 3, Jalan P. Ramlee; new phone",
     "repl": [("@ Level 8, Vertical Corporate Tower B, Bangsar South, No. 8 Jalan Kerinchi, 59200 Kuala Lumpur",
               "@ Level 15, Menara Hap Seng 3, Jalan P. Ramlee, 50250 Kuala Lumpur"),
              ("@ Telefon: +603 2242 1180", "@ Telefon: +603 2781 6650")]},
    {"note": "new section 15: Data Protection Officer appointed (PDPA amendment 2024)",
     "repl": [("@ Telefon: +603 2781 6650",
               "@ Telefon: +603 2781 6650\n\n"
               "## 15. Pegawai Perlindungan Data\n\n"
               "Selaras dengan Akta Perlindungan Data Peribadi (Pindaan) 2024, kami telah melantik seorang Pegawai "
               "Perlindungan Data. Anda boleh menghubungi beliau secara terus di [dpo@kongsispace.my](mailto:dpo@kongsispace.my). "
               "Kami juga akan memaklumkan Pesuruhjaya Perlindungan Data Peribadi dan anda sendiri tanpa kelewatan "
               "yang tidak wajar sekiranya berlaku pelanggaran data peribadi yang boleh menyebabkan kemudaratan ketara.")]},
]

MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
          "Disember"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


ROLLUPS = ["squarespace-extract_css_runtime", "squarespace-cldr_resource_pack", "squarespace-common_vendors_stable",
           "squarespace-common_vendors", "squarespace-common", "squarespace-performance", "squarespace-announcement-bar"]
ROLLUP_FILES = {"squarespace-extract_css_runtime": "extract-css-runtime", "squarespace-cldr_resource_pack": "cldr-resource-pack",
                "squarespace-common_vendors_stable": "common-vendors-stable", "squarespace-common_vendors": "common-vendors",
                "squarespace-common": "common", "squarespace-performance": "performance",
                "squarespace-announcement-bar": "announcement-bar"}


def _announce(d):
    if (d.month == 8 and d.day >= 15) or (d.month == 9 and d.day <= 16):
        return "Promosi Merdeka: diskaun 31% untuk pas hot desk bulanan. Tempah sebelum Hari Malaysia!"
    if (d.month == 1 and d.day >= 10) or (d.month == 2 and d.day <= 20):
        return "Gong Xi Fa Cai! Percuma 2 jam bilik mesyuarat untuk setiap keahlian baharu."
    if d >= dt.date(2023, 10, 1) and d < dt.date(2024, 1, 10):
        return "Lokasi baharu: KongsiSpace Johor Bahru kini dibuka di Menara Landmark. Tempah lawatan percuma."
    if d.month in (4, 5):
        return "Pejabat persendirian untuk 4 hingga 20 orang: sewa fleksibel dari 3 bulan."
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    old = p.get("rollups") or {}
    # every Squarespace deploy touches some bundles; captures days apart always see some of them changed
    changed = set(rng.sample(ROLLUPS, rng.randint(1, 4)))
    st["rollups"] = {k: (C.hexs(rng, 16) if (k in changed or k not in old) else old[k]) for k in ROLLUPS}
    st["modified"] = C.keep_or(rng, p.get("modified"), 0.5,
                               lambda: C.epoch(when - dt.timedelta(days=rng.randint(0, 12), minutes=rng.randint(0, 1440))) * 1000 + rng.randint(0, 999))
    st["announce"] = _announce(when.date())
    return st


LABELS = {"rollups": "Squarespace rollup asset hashes", "modified": "website contentModifiedOn",
          "announce": "announcement bar text (in the context JSON)"}


def sqs_p(t):
    return '<p class="" style="white-space:pre-wrap;">%s</p>' % C.inline_html(t)


def text_block(bid, blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append(sqs_p(v))
        elif kind == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join("<li>%s</li>" % sqs_p(x) for x in v))
        elif kind == "addr":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % "<br>".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    return ('<div class="fe-block fe-block-%s"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" '
            'data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" '
            'id="block-%s"><div class="sqs-block-content"><div class="sqs-html-content">%s</div></div></div></div>'
            % (bid, bid, "".join(out)))


def code_block(bid, table):
    head = "".join("<th>%s</th>" % C.inline_html(c) for c in table[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in table[1:])
    return ('<div class="fe-block fe-block-%s"><div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-%s">'
            '<div class="sqs-block-content"><table class="ks-table">\n<thead><tr>%s</tr></thead>\n<tbody>%s</tbody>\n</table></div></div></div>'
            % (bid, bid, head, body))


BLOCK_IDS = ["yui_3_17_2_1_1697611842310_4471", "yui_3_17_2_1_1697611842310_5203", "yui_3_17_2_1_1697611842310_6120",
             "yui_3_17_2_1_1697611842310_7384", "yui_3_17_2_1_1697611842310_8015", "yui_3_17_2_1_1697611842310_9242",
             "yui_3_17_2_1_1697611842310_10118", "yui_3_17_2_1_1697611842310_11260"]


def render(state, blocks, when):
    R = state["rollups"]
    # saving this page is a site content change: contentModifiedOn is at least the notice's own date
    d_, m_, y_ = blocks[1][1].split(": ", 1)[1].split(" ")
    saved = C.epoch(dt.datetime(int(y_), MONTHS.index(m_) + 1, int(d_), 11, 47)) * 1000 + 318
    if state["modified"] < saved:
        state["modified"] = saved
    fe = []
    cur = []
    n = 0
    for b in blocks:
        if b[0] == "table":
            if cur:
                fe.append(text_block(BLOCK_IDS[n], cur))
                n += 1
                cur = []
            fe.append(code_block(BLOCK_IDS[n], b[1]))
            n += 1
        else:
            cur.append(b)
    if cur:
        fe.append(text_block(BLOCK_IDS[n], cur))
    rollup_js = "".join(
        '<script>(function(rollups, name) {{ if (!rollups[name]) {{ rollups[name] = {{}}; }} rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/{f}-{h}-min.ms-MY.js"]; }})(SQUARESPACE_ROLLUPS, \'{k}\');</script>\n'
        '<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/{f}-{h}-min.ms-MY.js" defer ></script>'
        .format(f=ROLLUP_FILES[k], h=R[k], k=k) for k in ROLLUPS[:6])
    ctx = {"betaFeatureFlags": ["section-sdk-plp-list-view-atc-button-enabled", "campaigns_new_image_layout_picker", "contacts_and_campaigns_redesign", "scripts_defer", "nested_categories", "enable_form_submission_trigger", "i18n_beta_website_locales", "member_areas_feature"],
           "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
           "rollups": {k: {"js": "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.ms-MY.js" % (ROLLUP_FILES[k], R[k])} for k in ROLLUPS},
           "pageType": 2,
           "website": {"id": "5f8a1c2b3d4e5f6a7b8c9d0e", "identifier": "kongsispace", "websiteType": 1, "contentModifiedOn": state["modified"],
                       "cloneable": False, "hasBeenCloneable": False, "siteStatus": {}, "language": "ms-MY", "translationLocale": "ms-MY",
                       "timeZone": "Asia/Kuala_Lumpur", "machineTimeZoneOffset": 28800000, "timeZoneOffset": 28800000, "timeZoneAbbr": "MYT",
                       "siteTitle": "KongsiSpace", "fullSiteTitle": "Notis Privasi \u2014 KongsiSpace", "siteDescription": "",
                       "location": {}, "logoImageId": "5f8a1d9e0a1b2c3d4e5f6a7b",
                       "shareButtonOptions": {}, "authenticUrl": "https://www.kongsispace.my", "internalUrl": "https://kongsispace.squarespace.com",
                       "baseUrl": "https://www.kongsispace.my", "primaryDomain": "www.kongsispace.my", "sslSetting": 3, "isHstsEnabled": True,
                       "socialAccounts": [{"serviceId": 64, "screenname": "Instagram", "profileUrl": "https://www.instagram.com/kongsispace"}],
                       "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False, "captchaSettings": {"enabledForDonations": False},
                       "showOwnerLogin": False},
           "websiteSettings": {"id": "5f8a1c2b3d4e5f6a7b8c9d11", "websiteId": "5f8a1c2b3d4e5f6a7b8c9d0e", "subjects": [], "country": "MY", "state": "14",
                               "simpleLikingEnabled": True, "mobileInfoBarSettings": {"isContactEmailEnabled": False, "isContactPhoneNumberEnabled": False, "isLocationEnabled": False, "isBusinessHoursEnabled": False},
                               "announcementBarSettings": ({"style": 2, "text": "<p data-rte-preserve-empty=\"true\" style=\"white-space:pre-wrap;\">%s</p>" % html.escape(state["announce"]), "clickthroughUrl": {"url": "/tempah-lawatan", "newWindow": False}} if state["announce"] else {}),
                               "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True, "commentApprovalRequired": False, "commentAvatarsOn": True,
                               "commentSortType": 2, "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True, "commentDisableAfterDaysDefault": 0,
                               "disqusShortname": "", "commentsEnabled": False, "contactPhoneNumber": "+60322421180", "businessHours": {},
                               "storeSettings": {}, "useEscapeKeyToLogin": False, "ssBadgeType": 1, "ssBadgePosition": 4, "ssBadgeVisibility": 1, "ssBadgeDevices": 1,
                               "pinterestOverlayOptions": {"mode": "disabled"}, "userAccountsSettings": {"loginAllowed": False, "signupAllowed": False}},
           "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True, "cookieBannerText": "<p>Kami menggunakan kuki untuk meningkatkan pengalaman anda.</p>",
                              "cookieBannerTheme": "DARK", "cookieBannerVariant": "BAR", "cookieBannerPosition": "BOTTOM", "cookieBannerCtaVariant": "TEXT",
                              "cookieBannerCtaText": "Terima", "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "Tolak", "cookieBannerHasOptOut": True,
                              "cookieBannerHasManageCookies": True, "cookieBannerManageCookiesLabel": "Urus kuki", "cookieBannerSavedPreferencesText": "Pilihan kuki",
                              "cookieBannerSavedPreferencesLayout": "PILL"},
           "websiteCloneable": False, "collection": {"title": "Notis Privasi", "id": "6512f0b7a1b2c34d5e6f7071", "fullUrl": "/notis-privasi", "type": 10, "permissionType": 1},
           "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
           "tweakJSON": {"form-use-theme-colors": "true", "header-logo-height": "44px", "header-mobile-logo-max-height": "30px", "header-vert-padding": "1.4vw", "header-width": "Full", "maxPageWidth": "1400px", "pagePadding": "3vw", "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square"},
           "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
           "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4", "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
           "impersonatedSession": False, "tzData": {"zones": [[480, None, "MYT", None]], "rules": {}},
           "showAnnouncementBar": bool(state["announce"]), "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
           "i18nContext": {"timeZoneData": {"id": "Asia/Kuala_Lumpur", "name": "Malaysia Time"}}, "env": "PRODUCTION"}
    ctx_js = json.dumps(ctx, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    nav = [("Lokasi", "/lokasi"), ("Hot Desk", "/hot-desk"), ("Pejabat Persendirian", "/pejabat-persendirian"), ("Bilik Mesyuarat", "/bilik-mesyuarat"),
           ("Alamat Perniagaan", "/alamat-perniagaan"), ("Komuniti", "/komuniti")]
    nav_html = "".join('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-element">%s</a></div>' % (u, t) for t, u in nav)
    doc = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="ms-MY"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- kongsispace -->
<base href="">
<meta charset="utf-8" />
<title>Notis Privasi &mdash; KongsiSpace</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f8a1c2b3d4e5f6a7b8c9d0e/7b2e4c1a-9d3f-4e8a-b5c6-0d1e2f3a4b5c/favicon.ico?format=100w"/>
<link rel="canonical" href="{URL}"/>
<meta property="og:site_name" content="KongsiSpace"/>
<meta property="og:title" content="Notis Privasi &mdash; KongsiSpace"/>
<meta property="og:url" content="{URL}"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Notis Privasi — KongsiSpace"/>
<meta itemprop="url" content="{URL}"/>
<meta name="twitter:title" content="Notis Privasi — KongsiSpace"/>
<meta name="twitter:url" content="{URL}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Poppins:ital,wght@0,400;0,500;0,700;1,400&family=Inter:ital,wght@0,400;0,500;0,700;1,400"><script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
{rollup_js}
<script data-name="static-context">Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {ctx_js};</script><script type="application/ld+json">{{"url":"https://www.kongsispace.my","name":"KongsiSpace","@context":"http://schema.org","@type":"WebSite"}}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f8a1c2b3d4e5f6a7b8c9d0e/{state["modified"] // 1000 % 997}/5c5a519771c10ba3470d8101/5f8a1c2b3d4e5f6a7b8c9d12/1520/site.css"/><!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-KS7M2Q9R1T"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-KS7M2Q9R1T');</script><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
    <link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/versioned-assets/{R["squarespace-performance"][:13]}-X2E4N8P0Q6R3/static.css">
  </head>

  <body id="collection-6512f0b7a1b2c34d5e6f7071" class="primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-outline tertiary-button-shape-underline form-field-style-solid form-field-shape-square form-field-border-all form-field-checkbox-type-icon form-field-checkbox-fill-solid form-field-checkbox-color-inverted form-field-checkbox-shape-square form-field-checkbox-layout-stack form-field-radio-type-icon form-field-radio-fill-solid form-field-radio-color-normal form-field-radio-shape-pill form-field-radio-layout-stack form-field-survey-fill-solid form-field-survey-color-normal form-field-survey-shape-pill form-field-hover-focus-outline form-submit-button-style-label header-overlay-alignment-center header-width-full   tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square tweak-blog-alternating-side-by-side-text-alignment-left tweak-blog-alternating-side-by-side-read-more-style-show tweak-blog-alternating-side-by-side-image-text-alignment-middle tweak-blog-alternating-side-by-side-delimiter-bullet tweak-blog-alternating-side-by-side-meta-position-top tweak-blog-alternating-side-by-side-primary-meta-categories tweak-blog-alternating-side-by-side-secondary-meta-date tweak-blog-alternating-side-by-side-excerpt-show primary-button-style-solid primary-button-shape-pill image-block-poster-text-alignment-left image-block-card-content-position-center image-block-card-text-alignment-left image-block-overlap-content-position-center image-block-overlap-text-alignment-left image-block-collage-content-position-center image-block-collage-text-alignment-left image-block-stack-text-alignment-left hide-opentable-icons opentable-style-dark tweak-product-quick-view-button-style-floating tweak-product-quick-view-button-position-bottom tweak-product-quick-view-lightbox-excerpt-display-truncate tweak-product-quick-view-lightbox-show-arrows tweak-product-quick-view-lightbox-show-close-button tweak-product-quick-view-lightbox-controls-weight-light native-currency-code-myr collection-type-page collection-layout-default collection-6512f0b7a1b2c34d5e6f7071 mobile-style-available sqs-seven-one show-cart-on-all-pages" data-controller="AnnouncementBar, HeaderOverlay, SiteLoader" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
      <div class="sqs-announcement-bar-dropzone"></div>
      <header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {{&quot;href&quot;: &quot;/tempah-lawatan&quot;, &quot;buttonText&quot;: &quot;Tempah Lawatan&quot;, &quot;newWindow&quot;: false}}}}" data-section-id="header" data-header-theme="" data-menu-overlay-theme="" data-header-style="solid" data-language-picker="{{}}" data-first-focusable-element tabindex="-1">
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f8a1c2b3d4e5f6a7b8c9d0e/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d/kongsispace-logo.png?format=1500w" alt="KongsiSpace" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
                <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav_html}</nav></div></div>
              </div>
              <div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tempah-lawatan">Tempah Lawatan</a></div></div>
            </div>
          </div>
        </div>
      </header>
      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="6512f0c3a1b2c34d5e6f7080">
  <section data-test="page-section" data-section-theme="white" class='page-section layout-engine-section background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle white' data-section-id="6512f0c3a1b2c34d5e6f7081" data-controller="SectionWrapperController" data-current-styles="{{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--medium&quot;, &quot;customSectionHeight&quot;: 10, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--middle&quot;, &quot;contentWidth&quot;: &quot;content-width--narrow&quot;, &quot;sectionTheme&quot;: &quot;white&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}}" data-current-context="{{&quot;video&quot;: {{&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;page&quot;}}" data-animation="none" >
  <div class="section-border" ><div class="section-background"></div></div>
  <div class='content-wrapper' style=''>
    <div class="content" >
      <div data-fluid-engine="true"><style>.fe-6512f0c3a1b2c34d5e6f7082 {{ --grid-gutter: calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px); --cell-max-width: calc( ( var(--sqs-site-max-width, 1500px) - (11.0px * (8 - 1)) ) / 8 ); display: grid; position: relative; grid-area: 1/1/-1/-1; grid-template-rows: repeat(40,minmax(24px, auto)); }}</style><div class="fluid-engine fe-6512f0c3a1b2c34d5e6f7082">{"".join(fe)}</div></div>
    </div>
  </div>
  </section>
        </article>
      </main>
      <footer class="sections" id="footer-sections" data-footer-sections>
  <section data-test="page-section" data-section-theme="black" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black' data-section-id="5f8a1e2b3c4d5e6f7a8b9c0f" data-controller="SectionWrapperController">
  <div class='content-wrapper' style=''><div class="content" ><div data-fluid-engine="true"><div class="fluid-engine fe-5f8a1e2b3c4d5e6f7a8b9c10"><div class="fe-block fe-block-yui_3_17_2_1_1602845312204_2231"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1602845312204_2231"><div class="sqs-block-content"><div class="sqs-html-content"><h4 style="white-space:pre-wrap;">KongsiSpace</h4><p class="" style="white-space:pre-wrap;">Bangsar South · Mont Kiara · Cyberjaya · Johor Bahru</p><p class="" style="white-space:pre-wrap;"><a href="/notis-privasi">Notis Privasi</a> · <a href="/terma">Terma Keahlian</a> · <a href="#" class="sqs-cookie-banner-manage">Urus kuki</a></p><p class="" style="white-space:pre-wrap;">© {when.year} KongsiSpace Sdn. Bhd.</p></div></div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1602845312204_3318"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1602845312204_3318"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="5f8a1f0c1d2e3f4a5b6c7d8e" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '5f8a1f0c1d2e3f4a5b6c7d8e', collectionId: '6512f0b7a1b2c34d5e6f7071', objectName: 'page-section-5f8a1e2b3c4d5e6f7a8b9c0f' }}); }}); return false; }})(this);"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sertai komuniti kami</h2></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="5f8a1f0c-email"><label class="newsletter-form-field-label title" for="5f8a1f0c-email-field">E-mel</label><input id="5f8a1f0c-email-field" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="E-mel" /></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Langgan"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Langgan</span><span class="newsletter-form-button-icon"></span></button></div></div></form></div></div></div></div></div></div></div></div>
  </section>
      </footer>
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.{R["squarespace-common"][:8]}.js" type="text/javascript"></script>
    <svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641c-0.383-0.986-0.896-1.823-1.73-2.657c-0.834-0.834-1.67-1.347-2.657-1.73 c-0.954-0.371-2.045-0.624-3.641-0.697C36.585,16.017,36.074,16,32,16s-4.585,0.017-6.184,0.09"/></symbol></svg>
  </body>
</html>
"""
    return doc


PAGE = {
    "service": "KongsiSpace",
    "url": URL,
    "lang": "ms",
    "platform": "Squarespace 7.1 (Fluid Engine: Text and Code blocks)",
    "content_type": "text/html; charset=utf-8",
    "n": 29,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 6, 15),
    "hours": (1, 4, 9, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL,
                    "select": ["#page .sqs-block-html .sqs-html-content", "#page .sqs-block-code .sqs-block-content"]},
}
