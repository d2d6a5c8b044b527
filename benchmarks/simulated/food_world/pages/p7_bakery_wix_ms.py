"""Roti Sayang Bakeri (Shah Alam) - ms-MY - a bakery franchise on Wix (Thunderbolt renderer). The privacy notice is
two Wix rich-text boxes (the editor split the long text), and the online pre-order terms ("Terma & Syarat Tempahan
Dalam Talian") are a third rich-text box in the next strip: the declaration selects the two policy boxes by their
`comp-` ids. Noisy: per-visit requestId/sessionId in the viewer model and fedops JSON, Thunderbolt releases that
rename the short CSS-hash classes, siteRevision bumps on each publish, the weekly promo strip from a CMS dataset,
seasonal banners (Ramadan/Hari Raya kuih orders, Chinese New Year, Deepavali, Christmas cakes). In April 2024 the
owner rebuilds the page (new section and text-box ids), so the declaration has a history."""
import datetime as dt
import html
import common as C

URL = "https://www.rotisayang.com.my/dasar-privasi"
BULAN = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
         "Disember"]
REBUILD = dt.datetime(2024, 4, 15)
IDS_OLD = {"page": "ivx2r", "sec1": "comp-kxq8n2a1", "col1": "comp-kxq8n2a4", "t1": "comp-kxq8p7m3", "t2": "comp-kxq8r1v9",
           "sec2": "comp-kxq8t0c2", "col2": "comp-kxq8t0c5", "t3": "comp-kxq8u4d7"}
IDS_NEW = {"page": "ivx2r", "sec1": "comp-lv1f3a0b", "col1": "comp-lv1f3a0e", "t1": "comp-lv1f5k2p", "t2": "comp-lv1f6q8s",
           "sec2": "comp-lv1f8c1d", "col2": "comp-lv1f8c1g", "t3": "comp-lv1f9x4z"}


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


POLICY = """
# Dasar Privasi

Tarikh kemas kini: {UPDATED}

Roti Sayang Bakeri Sdn. Bhd. (No. Pendaftaran Syarikat 201601012345 (1183456-K)) ("Roti Sayang", "kami") menghormati privasi anda. Notis ini menerangkan bagaimana kami mengumpul, menggunakan, mendedahkan dan melindungi data peribadi anda apabila anda membeli di kedai-kedai kami, membuat tempahan kek dan kuih secara dalam talian, menyertai program Sayang Rewards atau melayari laman web ini, selaras dengan Akta Perlindungan Data Peribadi 2010 ("PDPA").

Notis ini disediakan dalam Bahasa Melayu dan Bahasa Inggeris. Sekiranya terdapat sebarang percanggahan antara kedua-dua versi, versi Bahasa Melayu akan diguna pakai.

## Data peribadi yang kami kumpul

Kami mungkin mengumpul data peribadi berikut daripada anda:

- nama, nombor telefon bimbit, alamat e-mel dan tarikh lahir;
- alamat penghantaran dan arahan penghantaran;
- butiran tempahan, termasuk jenis kek, mesej pada kek, tarikh dan cawangan pengambilan;
- maklumat pembayaran seperti jenis kad dan nombor rujukan transaksi (kami tidak menyimpan nombor kad penuh anda);
- maklumat keahlian Sayang Rewards, termasuk mata ganjaran dan sejarah pembelian;
- maklum balas, aduan dan komunikasi anda dengan khidmat pelanggan kami;
- maklumat teknikal seperti alamat IP, jenis pelayar dan kuki apabila anda melayari laman web kami.

## Sumber data peribadi

Kebanyakan data peribadi yang kami simpan diberikan oleh anda sendiri apabila anda membuat tempahan, mendaftar sebagai ahli Sayang Rewards, menghubungi kami atau mengisi borang di laman web. Sesetengah data diperoleh daripada pemegang francais yang mengendalikan cawangan di mana anda membeli, daripada rakan kongsi penghantaran tentang status penghantaran, dan daripada penyedia pembayaran tentang status pembayaran anda.

## Sama ada wajib atau sukarela

Data peribadi yang ditandakan sebagai wajib dalam borang tempahan dan pendaftaran ahli adalah perlu untuk kami memproses tempahan atau keahlian anda. Jika anda tidak memberikan data tersebut, kami mungkin tidak dapat menerima tempahan anda, menghantar pesanan anda atau memberikan mata ganjaran. Pemberian data lain, seperti tarikh lahir untuk hadiah hari jadi, adalah secara sukarela.

## Tujuan kami memproses data peribadi anda

Kami memproses data peribadi anda untuk tujuan berikut:

- memproses dan menyediakan tempahan anda, termasuk menghubungi anda jika ada pertanyaan tentang tempahan;
- menguruskan penghantaran atau pengambilan di cawangan;
- menguruskan keahlian Sayang Rewards dan memberikan ganjaran hari jadi;
- menghantar promosi dan tawaran istimewa, jika anda telah bersetuju;
- menjawab pertanyaan dan menyelesaikan aduan;
- mematuhi kehendak undang-undang, termasuk keperluan cukai dan perakaunan;
- menambah baik produk, perkhidmatan dan laman web kami.

## Program Sayang Rewards

Apabila anda mendaftar sebagai ahli Sayang Rewards, anda akan menerima satu (1) mata bagi setiap RM1 yang dibelanjakan di mana-mana cawangan yang mengambil bahagian. Mata ganjaran luput selepas 12 bulan dari tarikh ia diperoleh. Kami menggunakan sejarah pembelian anda untuk menghantar tawaran yang sesuai dengan citarasa anda. Anda boleh menamatkan keahlian pada bila-bila masa dengan menghubungi kami.

## Tempahan dalam talian dan penghantaran

Tempahan dalam talian diproses melalui sistem tempahan di laman web ini. Untuk penghantaran, kami berkongsi nama, nombor telefon dan alamat penghantaran anda dengan rakan kongsi penghantaran kami, iaitu Lalamove dan pemandu penghantaran cawangan. Pembayaran diproses oleh penyedia pembayaran kami, iaitu iPay88 dan Wix Payments, dan kami tidak menyimpan butiran kad anda.

%% box2

## Tempahan korporat dan majlis

Bagi tempahan korporat dan majlis, kami memproses nama, jawatan, nombor telefon dan alamat e-mel wakil syarikat, serta butiran invois, untuk menyediakan sebut harga, memproses tempahan dan menuntut bayaran. Data ini disimpan bersama rekod transaksi kami.

## Permohonan francais dan jawatan kosong

Jika anda memohon untuk menjadi pemegang francais atau memohon jawatan di Roti Sayang, kami akan memproses maklumat dalam borang permohonan, resume dan dokumen sokongan anda untuk menilai permohonan tersebut. Maklumat pemohon yang tidak berjaya disimpan selama enam (6) bulan dan kemudian dipadam, melainkan anda bersetuju untuk kami menyimpannya lebih lama.

## Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda. Kami mungkin mendedahkan data peribadi anda kepada:

- pemegang francais Roti Sayang yang mengendalikan cawangan di mana anda membuat pembelian atau tempahan;
- syarikat induk dan syarikat berkaitan kami;
- penyedia perkhidmatan seperti pengehosan laman web (Wix.com Ltd.), sistem tempahan, penghantaran, pemasaran e-mel dan WhatsApp Business;
- pihak berkuasa kerajaan atau penguat kuasa undang-undang apabila dikehendaki oleh undang-undang.

Semua pemegang francais dan penyedia perkhidmatan kami diwajibkan melindungi data peribadi anda dan menggunakannya hanya bagi tujuan yang dinyatakan.

## Pemindahan data ke luar Malaysia

Sebahagian penyedia perkhidmatan kami, termasuk penyedia pengehosan laman web, menyimpan data di luar Malaysia, seperti di Amerika Syarikat dan Eropah. Kami akan memastikan data peribadi anda diberikan tahap perlindungan yang setara dengan PDPA.

## Keselamatan data

Kami mengambil langkah praktikal untuk melindungi data peribadi anda daripada kehilangan, penyalahgunaan, pengubahsuaian, akses tanpa kebenaran atau pendedahan. Hanya kakitangan yang diberi kuasa boleh mengakses data anda.

Jika berlaku pelanggaran data yang boleh menjejaskan anda, kami akan memaklumkan Pesuruhjaya Perlindungan Data Peribadi dan anda tanpa kelewatan yang tidak wajar, sebagaimana dikehendaki oleh undang-undang. Kakitangan dan pemegang francais kami menerima latihan perlindungan data secara berkala dan terikat dengan kewajipan kerahsiaan.

## Tempoh penyimpanan

Kami menyimpan data peribadi anda selama mana diperlukan untuk memenuhi tujuan pengumpulannya. Rekod transaksi disimpan selama tujuh (7) tahun bagi memenuhi kehendak undang-undang cukai. Data keahlian Sayang Rewards dipadam dalam tempoh enam (6) bulan selepas keahlian ditamatkan.

## Hak anda

Tertakluk kepada PDPA, anda berhak untuk:

- meminta akses kepada data peribadi anda;
- meminta pembetulan data peribadi yang tidak tepat atau tidak lengkap;
- menarik balik persetujuan anda terhadap pemprosesan data peribadi;
- mengehadkan pemprosesan data peribadi anda, termasuk bagi tujuan pemasaran langsung.

Kami mungkin mengenakan fi yang dibenarkan di bawah PDPA bagi permintaan akses data. Kami akan menjawab permintaan anda dalam tempoh 21 hari.

## Pemasaran langsung

Kami hanya akan menghantar bahan pemasaran melalui e-mel, SMS atau WhatsApp jika anda telah memberikan persetujuan. Anda boleh berhenti melanggan pada bila-bila masa dengan membalas BERHENTI atau mengklik pautan nyah langgan.

## Peraduan dan cabutan bertuah

Dari semasa ke semasa, kami menganjurkan peraduan dan cabutan bertuah di cawangan dan di media sosial. Data peserta digunakan untuk menguruskan peraduan, memilih pemenang dan menghantar hadiah. Nama dan gambar pemenang mungkin disiarkan di laman web dan media sosial kami dengan persetujuan pemenang. Terma setiap peraduan akan menerangkan butiran lanjut.

## Media sosial dan WhatsApp

Kami mempunyai akaun di Facebook, Instagram dan TikTok serta menggunakan WhatsApp Business untuk menerima tempahan dan menjawab pertanyaan. Apabila anda menghubungi kami melalui platform ini, data anda turut diproses oleh penyedia platform mengikut dasar privasi mereka sendiri. Kami tidak akan menambah nombor anda ke senarai siaran WhatsApp tanpa persetujuan anda.

## Pautan ke laman web lain

Laman web kami mungkin mengandungi pautan ke laman web pihak ketiga, seperti platform penghantaran makanan. Kami tidak bertanggungjawab terhadap amalan privasi laman web tersebut dan menggalakkan anda membaca dasar privasi mereka.

## Kuki

Laman web kami menggunakan kuki untuk memastikan laman web berfungsi dengan baik, mengingati troli tempahan anda dan memahami cara pelawat menggunakan laman web. Anda boleh menguruskan kuki melalui tetapan pelayar anda.

## Kanak-kanak

Perkhidmatan kami tidak ditujukan kepada kanak-kanak di bawah umur 13 tahun. Jika anda berumur di bawah 18 tahun, sila dapatkan persetujuan ibu bapa atau penjaga sebelum memberikan data peribadi kepada kami.

## Perubahan kepada notis ini

Kami boleh mengemas kini notis ini dari semasa ke semasa. Sebarang perubahan akan disiarkan di halaman ini bersama tarikh kemas kini yang baharu.

## Hubungi kami

Sebarang pertanyaan, permintaan atau aduan berkaitan data peribadi anda boleh diajukan kepada:

Pegawai Perlindungan Data, Roti Sayang Bakeri Sdn. Bhd., Lot 12, Jalan Perusahaan 3, Seksyen 15, 40200 Shah Alam, Selangor. Telefon: 03-5511 2288. E-mel: [privasi@rotisayang.com.my](mailto:privasi@rotisayang.com.my)
"""

EDITS = [
    {"note": "delivery partner added (GrabFood and foodpanda)",
     "repl": [("iaitu Lalamove dan pemandu penghantaran cawangan.",
               "iaitu Lalamove, GrabFood, foodpanda dan pemandu penghantaran cawangan.")]},
    {"note": "rewards points expiry changed from 12 to 18 months (small number edit)",
     "repl": [("Mata ganjaran luput selepas 12 bulan", "Mata ganjaran luput selepas 18 bulan")]},
    {"note": "new section on CCTV in the outlets",
     "repl": [("## Keselamatan data",
               "## Rakaman CCTV di cawangan\n\nCawangan kami dilengkapi kamera litar tertutup (CCTV) untuk keselamatan pelanggan, kakitangan dan harta benda. Rakaman disimpan selama 30 hari dan hanya dilihat apabila berlaku insiden.\n\n## Keselamatan data")]},
    {"note": "sentence deleted (fee for data access requests)",
     "repl": [("Kami mungkin mengenakan fi yang dibenarkan di bawah PDPA bagi permintaan akses data. ", "")]},
    {"note": "DPO contact changed (new head office and phone)",
     "repl": [("Lot 12, Jalan Perusahaan 3, Seksyen 15, 40200 Shah Alam, Selangor. Telefon: 03-5511 2288.",
               "No. 8, Jalan Astaka U8/83, Bukit Jelutong, 40150 Shah Alam, Selangor. Telefon: 03-7845 9900.")]},
]

PROMOS = ["Promosi minggu ini: Beli 3 roti kaya, percuma 1!", "Kek Batik Premium kini RM49 sahaja (harga asal RM59)",
          "Ahli Sayang Rewards: mata berganda setiap Rabu", "Roti Sosej Keju baharu di semua cawangan",
          "Percuma penghantaran untuk tempahan melebihi RM80", "Set Minum Petang: 4 pastri + teh tarik RM15"]
THUNDERBOLT = [("HcOXKn SxM0TO QxJLC3", "xU8fqS", "JsJXaX", "dBAkHi", "Oqnisf", "YzqVVZ"),
               ("KcpHeO tz5f0K", "xU8fqS", "JsJXaX", "dBAkHi", "Oqnisf", "MaNZVy"),
               ("KcpHeO tz5f0K", "HlRz5e", "JsJXaX", "dkukWC", "xGDs5y", "YzqVVZ"),
               ("wixui-rt-a1 HcOXKn", "HlRz5e", "XFtjQk", "dkukWC", "xGDs5y", "MaNZVy")]


def seasonal(when):
    y, m, d = when.year, when.month, when.day
    ramadan = {2022: (dt.date(2022, 3, 20), dt.date(2022, 5, 2)), 2023: (dt.date(2023, 3, 10), dt.date(2023, 4, 21)),
               2024: (dt.date(2024, 2, 28), dt.date(2024, 4, 9)), 2025: (dt.date(2025, 2, 17), dt.date(2025, 3, 30))}
    r = ramadan.get(y)
    if r and r[0] <= when.date() <= r[1]:
        return "Tempahan kuih raya kini dibuka! Ambil sebelum Hari Raya."
    if m == 1 or (m == 2 and d < 10):
        return "Kek Tahun Baru Cina & Kuih Kapit - tempah sekarang"
    if m == 10 or (m == 11 and d < 5):
        return "Muruku dan kuih Deepavali kini di cawangan terpilih"
    if m == 12:
        return "Kek Krismas & Log Cake - tempahan ditutup 20 Disember"
    return ""


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = ("%d.%s" % (C.epoch(when), "".join(rng.choice("0123456789") for _ in range(19))), C.uuid4(rng))
    s["viewer"] = C.keep_or(rng, prev.get("viewer"), 0.35, lambda: (rng.randint(0, len(THUNDERBOLT) - 1), "1.%d.0" % rng.randint(11000, 14999)))
    s["promo"] = PROMOS[(when.isocalendar()[1] + when.year) % len(PROMOS)]
    s["season"] = seasonal(when)
    s["layout"] = "rebuilt" if when >= REBUILD else "original"
    pr = prev.get("revision") or 812
    s["revision"] = pr + (1 if (s["promo"] != prev.get("promo") or s["season"] != prev.get("season")) else 0) + rng.choice([0, 0, 1, 2])
    return s


LABELS = {
    "request": "per-visit requestId and sessionId in the viewer model and fedops JSON",
    "viewer": "Thunderbolt release (CSS-hash class names, viewer version)",
    "promo": "weekly promo strip (CMS dataset)",
    "season": "seasonal banner (Ramadan/Hari Raya, CNY, Deepavali, Christmas)",
    "layout": "page rebuilt in the editor (new comp ids)",
    "revision": "siteRevision (site republished)",
}


def rt_inline(t):
    return C.inline_html(
        t, text=lambda r: html.escape(r, quote=False),
        bold=lambda r: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(r, quote=False),
        link=lambda u, l: '<span style="text-decoration:underline;" class="wixui-rich-text__text"><a href="%s" target="_self" class="wixui-rich-text__text">%s</a></span>'
        % (html.escape(u), html.escape(l, quote=False)))


SPACER = '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&nbsp;</span></p>'


def rt_block(b):
    kind, v = b
    if kind == "h1":
        return '<h1 class="font_0 wixui-rich-text__text"><span style="color:#7A3E1D;" class="wixui-rich-text__text">%s</span></h1>' % rt_inline(v)
    if kind == "h2":
        return SPACER + '<h2 class="font_2 wixui-rich-text__text"><span style="font-size:22px;" class="wixui-rich-text__text">%s</span></h2>' % rt_inline(v)
    if kind == "p":
        return '<p class="font_8 wixui-rich-text__text"><span style="font-size:15px;" class="wixui-rich-text__text">%s</span></p>' % rt_inline(v)
    if kind == "ul":
        return '<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
            '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span style="font-size:15px;" class="wixui-rich-text__text">%s</span></p></li>'
            % rt_inline(it) for it in v)
    raise ValueError(kind)


def render(s, blocks, when):
    segs = C.segments(blocks)
    ids = IDS_NEW if s["layout"] == "rebuilt" else IDS_OLD
    rt_cls, hdr_cls, pages_cls, page_cls, sec_cls, col_cls = THUNDERBOLT[s["viewer"][0]]
    viewer_ver = s["viewer"][1]
    req, sess = s["request"]

    def rich(cid, inner):
        return ('<div id="%s" class="%s %s wixui-rich-text" data-testid="richTextElement">%s</div>' % (cid, rt_cls, cid, inner))

    def mesh(cid, inner):
        return ('<div data-mesh-id="%sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="%sinlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div>'
                % (cid, cid, inner))

    def section(sid, cid, inner):
        return ('<section id="%s" tabindex="-1" class="%s %s wixui-section" data-block-level-container="ClassicSection">'
                '<div id="bgLayers_%s" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>'
                '<div id="bgMedia_%s" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div><div data-testid="columns" class="V5AUxf">'
                '<div id="%s" class="%s %s wixui-column-strip__column"><div id="bgLayers_%s" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV">'
                '<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>%s</div></div></section>'
                % (sid, sec_cls, sid, sid, sid, cid, cid, col_cls, cid, mesh(cid, inner)))

    t1 = rich(ids["t1"], "".join(rt_block(b) for b in segs["head"]))
    t2 = rich(ids["t2"], "".join(rt_block(b) for b in segs["box2"]))
    terms = rich(ids["t3"], '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Terma &amp; Syarat Tempahan Dalam Talian</span></h2>'
                 + "".join('<p class="font_8 wixui-rich-text__text"><span style="font-size:15px;" class="wixui-rich-text__text">%s</span></p>' % html.escape(p) for p in [
                     "Tempahan kek hendaklah dibuat sekurang-kurangnya tiga (3) hari sebelum tarikh pengambilan atau penghantaran.",
                     "Pembatalan tempahan yang dibuat kurang daripada 48 jam sebelum tarikh pengambilan tidak layak untuk bayaran balik.",
                     "Warna dan hiasan kek mungkin berbeza sedikit daripada gambar di laman web.",
                     "Semua produk kami dihasilkan di dapur yang telah mendapat pensijilan halal JAKIM.",
                     "Caj penghantaran dikira berdasarkan jarak dari cawangan yang dipilih."]))
    divider = ('<div id="comp-kxq8q2b0" class="WGkPcR comp-kxq8q2b0 wixui-horizontal-line" data-testid="horizontal-line"><div class="a4Kq2w"></div></div>'
               if s["layout"] == "original" else "")
    page = section(ids["sec1"], ids["col1"], t1 + divider + t2) + section(ids["sec2"], ids["col2"], terms)
    season = s["season"]
    banner = ('<div id="comp-kxq9b1a2" class="%s comp-kxq9b1a2 wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text" style="text-align:center;">'
              '<span style="color:#FFFFFF;" class="wixui-rich-text__text">%s</span></p></div>' % (rt_cls, html.escape(season))) if season else ""
    promo = ('<div id="comp-kxq9a7c4" class="%s comp-kxq9a7c4 wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text" style="text-align:center;">'
             '<span class="wixui-rich-text__text">%s</span></p></div>' % (rt_cls, html.escape(s["promo"])))
    essential = ('{"fleetConfig":{"fleetName":"thunderbolt-renderer-user-code","type":"GA","code":0},"mode":{"qa":false,"enableTestApi":false,"debug":false,"ssrIndicator":false,'
                 '"ssrOnly":false,"siteAssetsFallback":"enable","versionIndicator":false},"componentsLibrariesTopology":[{"artifactId":"editor-elements","namespace":"wixui",'
                 '"url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.%d.0"}],"siteFeaturesConfigs":{"sessionManager":{"isRunningInDifferentSiteContext":false}},'
                 '"language":{"userLanguage":"ms"},"siteAssets":{"clientTopology":{"mediaRootUrl":"https:\\/\\/static.wixstatic.com","staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media",'
                 '"moduleRepoUrl":"https:\\/\\/static.parastorage.com\\/unpkg","fileRepoUrl":"https:\\/\\/static.parastorage.com\\/services","siteAssetsUrl":"https:\\/\\/siteassets.parastorage.com",'
                 '"pageJsonServerUrls":["https:\\/\\/pages.parastorage.com","https:\\/\\/staticorigin.wixstatic.com","https:\\/\\/www.rotisayang.com.my","https:\\/\\/fallback.wix.com\\/wix-html-editor-pages-webapp\\/page"],'
                 '"pathOfTBModulesInFileRepoForFallback":"wix-thunderbolt\\/dist\\/"}},"siteFeatures":["accessibility","assetsLoader","businessLogger","captcha","clickHandlerRegistrar",'
                 '"commonConfig","componentsLoader","componentsRegistry","consentPolicy","cyclicTabbing","domSelectors","environmentWixCodeSdk","environment","locationWixCodeSdk",'
                 '"mpaNavigation","navigationManager","navigationPhases","ooi","pages","panorama","renderer","reporter","routerFetch","router","scrollRestoration","seoWixCodeSdk","seo",'
                 '"sessionManager","siteMembersWixCodeSdk","siteMembers","siteScrollBlocker","siteWixCodeSdk","stores","structureApi","thunderboltInitializer","tpaCommons","translations",'
                 '"usedPlatformApis","warmupData","windowMessageRegistrar","windowWixCodeSdk","wixEmbedsApi","componentsReact","platform"],"site":{"externalBaseUrl":"https:\\/\\/www.rotisayang.com.my",'
                 '"isSEO":false},"media":{"staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","mediaRootUrl":"https:\\/\\/static.wixstatic.com\\/","staticVideoUrl":"https:\\/\\/video.wixstatic.com\\/"},'
                 '"requestUrl":"https:\\/\\/www.rotisayang.com.my\\/dasar-privasi","rollout":{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false},'
                 '"commonConfig":{"brand":"wix","host":"VIEWER","bsi":"","consentPolicy":{},"consentPolicyHeader":{},"siteRevision":"%d","renderingFlow":"NONE","language":"ms",'
                 '"locale":"ms-my"},"interactionSampleRatio":0.01,"dynamicModelUrl":"https:\\/\\/www.rotisayang.com.my\\/_api\\/v2\\/dynamicmodel","accessTokensUrl":"https:\\/\\/www.rotisayang.com.my\\/_api\\/v1\\/access-tokens",'
                 '"isExcludedFromSecurityExperiments":false,"requestId":"%s"}'
                 % (int(viewer_ver.split(".")[1]) // 10, s["revision"], req))
    fedops = ('{"data":{"site":{"metaSiteId":"7c0e6c1a-3b44-4c8e-9d6e-0b7c4f2a9e15","isHttps":true,"isWixSite":false,"isPremium":true,"isEditor":false,"pageId":"%s",'
              '"siteId":"b8f2e1d4-5a6c-4f3e-8a1b-2c3d4e5f6a7b","dc":"84","isPremiumDomain":true,"sessionId":"%s","isMobileFriendly":true,"isMobileFriendlySite":true,'
              '"viewerVersion":"%s","siteRevision":"%d","isDacRollout":0},"rollout":{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false},'
              '"fleet":{"fleetName":"thunderbolt-renderer-user-code","type":"GA","code":0},"requestUrl":"https:\\/\\/www.rotisayang.com.my\\/dasar-privasi","isInSEO":false,"platformOnSite":true}}'
              % (ids["page"], sess, viewer_ver, s["revision"]))
    return (
        '<!DOCTYPE html>\n<html lang="ms" dir="ltr">\n<head>\n  \n  <meta charset=\'utf-8\'>\n  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
        '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n  <meta name="generator" content="Wix.com Website Builder"/>\n\n'
        '  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/9b2f1e_4c3a0d7e8f1b4a2c9d6e5f0a1b2c3d4e~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/9b2f1e_4c3a0d7e8f1b4a2c9d6e5f0a1b2c3d4e~mv2.png" type="image/png"/>\n'
        '  <!-- Legacy Polyfills -->\n  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>\n'
        '  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>\n\n'
        '  <!-- Essential Viewer Model -->\n  <script type="application/json" id="wix-essential-viewer-model">%s</script>\n\n'
        '  <!-- Fedops -->\n  <script type="application/json" id="wix-fedops">%s</script>\n\n'
        '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async></script>\n'
        '  <title>Dasar Privasi | Roti Sayang Bakeri</title>\n  <meta name="description" content="Notis privasi Roti Sayang Bakeri di bawah Akta Perlindungan Data Peribadi 2010."/>\n'
        '  <link rel="canonical" href="%s"/>\n  <meta property="og:title" content="Dasar Privasi | Roti Sayang Bakeri"/>\n  <meta property="og:site_name" content="Roti Sayang Bakeri"/>\n'
        '<style id="css_%s">#%s{--padding:0px}#%s{width:980px;--rich-text-height:auto}</style>\n'
        '</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">'
        '<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>'
        '<div id="BACKGROUND_GROUP" class="tiqPwT BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_%s" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_%s BmZ5pC">'
        '<div id="bgLayers_pageBackground_%s" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div>'
        '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">'
        '<header id="SITE_HEADER" class="%s SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>'
        '<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2">'
        '<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">'
        '%s%s'
        '<div id="comp-kxq7z0l1" class="YaLMrE comp-kxq7z0l1 wixui-image"><a data-testid="linkElement" href="https://www.rotisayang.com.my" target="_self" class="j7pOnl">'
        '<img src="https://static.wixstatic.com/media/9b2f1e_0a1b2c3d4e5f4a6b8c7d9e0f1a2b3c4d~mv2.png/v1/fill/w_180,h_72,al_c,q_85,enc_auto/logo-roti-sayang.png" alt="Roti Sayang Bakeri" width="180" height="72"/></a></div>'
        '<nav id="comp-kxq7z4m2" aria-label="Site" class="comp-kxq7z4m2 wixui-dropdown-menu hidden-during-prewarmup"><ul class="ZXWqAb" role="menubar">'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rotisayang.com.my" class="UiHgGh"><p class="wixui-dropdown-menu__item">Utama</p></a></li>'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rotisayang.com.my/menu" class="UiHgGh"><p class="wixui-dropdown-menu__item">Menu</p></a></li>'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rotisayang.com.my/tempah-kek" class="UiHgGh"><p class="wixui-dropdown-menu__item">Tempah Kek</p></a></li>'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rotisayang.com.my/cawangan" class="UiHgGh"><p class="wixui-dropdown-menu__item">Cawangan</p></a></li>'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rotisayang.com.my/francais" class="UiHgGh"><p class="wixui-dropdown-menu__item">Peluang Francais</p></a></li></ul></nav>'
        '</div></div></div></div></header>'
        '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="%s SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">'
        '<div id="%s" class="%s theme-vars %s"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Container%s" class="Container%s SPY_vo">%s</div></div></div>'
        '</div></div></main>'
        '<footer id="SITE_FOOTER" class="%s SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">'
        '<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">'
        '<div id="comp-kxq8a1b2" class="%s comp-kxq8a1b2 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">'
        '© %d Roti Sayang Bakeri Sdn. Bhd. | <a href="https://www.rotisayang.com.my/dasar-privasi" target="_self" class="wixui-rich-text__text">Dasar Privasi</a> | '
        '<a href="https://www.rotisayang.com.my/privacy-notice" target="_self" class="wixui-rich-text__text">Privacy Notice (English)</a> | Halal JAKIM</span></p></div>'
        '</div></div></div></div></footer>'
        '</div></div></div></div>\n'
        '<div id="WIX_ADS" class="ytGGBw ows1Eo"></div>\n'
        '<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[],"ssrStructureUpdates":[]},"ooi":{"failedInSsr":{}},"pages":{"pageId":"%s"}}</script>\n'
        '</body>\n</html>\n'
        % (essential, fedops, viewer_ver, URL, ids["page"], ids["t1"], ids["t2"], ids["page"], ids["page"], ids["page"],
           hdr_cls, banner, promo, pages_cls, ids["page"], page_cls, ids["page"], ids["page"], ids["page"],
           mesh("Container" + ids["page"], page), hdr_cls, rt_cls, when.year, ids["page"]))


PAGE = {
    "service": "Roti Sayang Bakeri", "url": URL, "lang": "ms-MY", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Seen-By", "yvSunuo/8ld62ehjr5B7kA==")),
    "n": 30, "start": dt.date(2022, 7, 1), "end": dt.date(2025, 7, 15), "hours": (0, 9),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["#" + IDS_NEW["t1"], "#" + IDS_NEW["t2"]]},
    "history": [{"fetch": URL, "select": ["#" + IDS_OLD["t1"], "#" + IDS_OLD["t2"]], "validUntil": "2024-04-15T00:00:00Z"}],
}
