"""Ege Yıldız Sigorta (İstanbul) - tr-TR - Next.js 13 (pages router) on a headless CMS, CSS Modules, Insider,
Genesys chat.

An insurer's KVKK "Aydınlatma Metni" in layered form: an "Özet" layer of cards (each a shortened restatement of a
section) above the full text; the editors change cards together with the text, and once a card alone. Harder:
the CSS-module class names (`SummaryCard_card__x1Y2z`) and the Next.js buildId / chunk hashes change at each
deploy, and the full page content is repeated in `__NEXT_DATA__`; the declaration uses the stable
`data-section` attributes. Per-request CSP nonces make every capture's bytes differ."""
import datetime as dt
import json
import common as C

URL = "https://www.egeyildizsigorta.com.tr/kvkk/aydinlatma-metni"
AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Son güncelleme tarihi: {UPDATED}

%% summary

## Bir bakışta

### Veri sorumlusu kimdir?

Ege Yıldız Sigorta A.Ş., sigorta ve hasar süreçlerinde kişisel verilerinizin veri sorumlusudur.

### Hangi verilerinizi işliyoruz?

Kimlik, iletişim, poliçe, hasar ve ödeme bilgileriniz ile sağlık sigortalarında sağlık verileriniz.

### Neden işliyoruz?

Teklif vermek, poliçe düzenlemek, hasar ödemek ve yasal yükümlülüklerimizi yerine getirmek için.

### Kimlerle paylaşıyoruz?

SBM, SEDDK, reasürörler, acenteler, anlaşmalı servis ve sağlık kurumları gibi sigortacılık zincirindeki taraflarla.

### Yurt dışına aktarım

Yalnızca reasürans ve yurt dışı seyahat sağlık sigortası asistans hizmetleri için, açık rızanızla.

### Haklarınız

Verilerinize erişebilir, düzeltilmesini veya silinmesini isteyebilir, başvurunuza 30 gün içinde yanıt alırsınız.

%% full

## 1. Veri Sorumlusu

6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca, kişisel verileriniz veri sorumlusu sıfatıyla Ege Yıldız Sigorta A.Ş. ("Şirket") tarafından aşağıda açıklanan kapsamda işlenmektedir.

@ Ege Yıldız Sigorta A.Ş.
@ Büyükdere Caddesi No: 171, Metrocity İş Merkezi A Blok, 34394 Levent, Şişli / İstanbul
@ Mersis No: 0325 0041 7230 0017
@ KEP: [egeyildizsigorta@hs03.kep.tr](mailto:egeyildizsigorta@hs03.kep.tr)

Şirketimiz, Veri Sorumluları Siciline (VERBİS) kayıtlıdır.

## 2. İşlenen Kişisel Veri Kategorileri

Sigorta ilişkisinin türüne göre aşağıdaki kişisel verileriniz işlenebilmektedir:

- **Kimlik bilgileri:** ad, soyad, T.C. kimlik numarası, yabancılar için vergi veya pasaport numarası, doğum tarihi, cinsiyet;
- **İletişim bilgileri:** adres, cep telefonu, e-posta adresi;
- **Sigorta işlem bilgileri:** teklif ve poliçe bilgileri, prim ödeme bilgileri, sigortalı araç veya konut bilgileri, hasar geçmişi ve hasarsızlık indirimi kademesi;
- **Finansal bilgiler:** IBAN, kredi kartı bilgileri (yalnızca ödeme kuruluşu aracılığıyla), borç ve alacak bilgileri;
- **Hasar bilgileri:** hasar ihbarı, ekspertiz raporları, kaza tespit tutanağı, fotoğraf ve görüntü kayıtları;
- **Özel nitelikli kişisel veriler:** sağlık ve hayat sigortalarında sağlık beyanı, tedavi ve fatura bilgileri, engellilik durumu; mevzuatın gerektirdiği hallerde ceza mahkûmiyeti ve güvenlik tedbirlerine ilişkin veriler;
- **Müşteri işlem ve işlem güvenliği bilgileri:** çağrı merkezi ses kayıtları, internet sitesi ve mobil uygulama kullanım kayıtları, IP adresi.

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz; sigorta teklifinin hazırlanması, risk değerlendirmesinin yapılması, sigorta sözleşmesinin kurulması ve yenilenmesi, primlerin tahsili, hasar ihbarlarının alınması ve değerlendirilmesi, tazminatların ödenmesi, rücu ve sovtaj süreçlerinin yürütülmesi, sigortacılık dolandırıcılığının önlenmesi, müşteri şikâyetlerinin yönetilmesi, 5684 sayılı Sigortacılık Kanunu ve ilgili mevzuattan kaynaklanan yükümlülüklerin yerine getirilmesi, yetkili kurum ve kuruluşlara bilgi verilmesi ile açık rızanızın bulunması halinde ürün ve hizmetlerimize ilişkin ticari elektronik ileti gönderilmesi amaçlarıyla işlenmektedir.

## 4. Kişisel Verilerin Toplanma Yöntemi ve Hukuki Sebebi

Kişisel verileriniz; acentelerimiz, bankalar ve sigorta brokerleri, çağrı merkezimiz, internet sitemiz ve mobil uygulamamız, anlaşmalı servis ve sağlık kurumları ile Sigorta Bilgi ve Gözetim Merkezi ("SBM") aracılığıyla sözlü, yazılı veya elektronik ortamda toplanmaktadır.

Kişisel verileriniz KVKK'nın 5. maddesinin 2. fıkrasında yer alan "bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması", "veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması", "bir hakkın tesisi, kullanılması veya korunması için veri işlemenin zorunlu olması" ve "ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla, veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması" hukuki sebeplerine dayanılarak işlenmektedir.

Sağlık verileriniz, KVKK'nın 6. maddesi uyarınca açık rızanıza dayanılarak veya kanunlarda öngörülen hallerde işlenmektedir. Ticari elektronik ileti gönderimi ise yalnızca 6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun kapsamında vereceğiniz onaya dayanır.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla ve KVKK'nın 8. maddesine uygun olarak şu alıcı gruplarına aktarılabilmektedir:

- Sigortacılık ve Özel Emeklilik Düzenleme ve Denetleme Kurumu (SEDDK), Hazine ve Maliye Bakanlığı ve diğer yetkili kamu kurum ve kuruluşları;
- Sigorta Bilgi ve Gözetim Merkezi ve Türkiye Sigorta Birliği;
- Güvence Hesabı ve Türkiye Motorlu Taşıtlar Bürosu;
- acenteler, bankalar ve brokerler gibi aracılar;
- reasürans şirketleri ve koasürans kapsamında diğer sigorta şirketleri;
- eksperler, anlaşmalı servisler, çekici ve ikame araç hizmeti sağlayıcıları;
- anlaşmalı sağlık kurumları ve sağlık provizyon hizmeti veren şirketler;
- hukuk büroları, bağımsız denetim şirketleri ve bilgi teknolojileri hizmet sağlayıcıları;
- talep edilmesi halinde yargı mercileri.

## 6. Kişisel Verilerin Yurt Dışına Aktarılması

Reasürans anlaşmalarının yürütülmesi ile yurt dışı seyahat sağlık sigortalarında asistans hizmetlerinin sunulabilmesi amacıyla kişisel verileriniz, KVKK'nın 9. maddesi uyarınca açık rızanızın bulunması halinde yurt dışında yerleşik reasürans şirketlerine ve asistans firmalarına aktarılabilmektedir.

## 7. Saklama Süreleri

Kişisel verileriniz, ilgili mevzuatta öngörülen veya işlendikleri amaç için gerekli olan süre kadar saklanmaktadır. Sigorta sözleşmesine ilişkin kayıtlar, Sigortacılık Kanunu ve 6102 sayılı Türk Ticaret Kanunu uyarınca sözleşmenin sona ermesinden itibaren en az 10 yıl süreyle saklanır. Çağrı merkezi ses kayıtları 2 yıl süreyle saklanır. Saklama süresi sona eren veriler, Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale Getirilmesi Hakkında Yönetmelik uyarınca periyodik imha süreleri içinde silinir, yok edilir veya anonim hale getirilir.

## 8. İlgili Kişinin Hakları

KVKK'nın 11. maddesi uyarınca, Şirketimize başvurarak:

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- işlenmişse buna ilişkin bilgi talep etme,
- işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme,
- eksik veya yanlış işlenmiş olması halinde bunların düzeltilmesini isteme,
- KVKK'nın 7. maddesinde öngörülen şartlar çerçevesinde silinmesini veya yok edilmesini isteme,
- düzeltme, silme veya yok etme işlemlerinin, verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- işlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 9. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ uyarınca; kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese ıslak imzalı dilekçe ile şahsen veya noter aracılığıyla, KEP adresimize güvenli elektronik imzalı olarak ya da Şirketimize daha önce bildirdiğiniz ve sistemimizde kayıtlı e-posta adresinizden [kvkk@egeyildizsigorta.com.tr](mailto:kvkk@egeyildizsigorta.com.tr) adresine iletebilirsiniz. Başvurunuz, talebin niteliğine göre en kısa sürede ve en geç 30 gün içinde ücretsiz olarak sonuçlandırılır. İşlemin ayrıca bir maliyet gerektirmesi halinde, Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir.

Başvurunuzun reddedilmesi, verilen cevabı yetersiz bulmanız veya süresinde cevap verilmemesi halinde, cevabı öğrendiğiniz tarihten itibaren 30 gün ve her halde başvuru tarihinden itibaren 60 gün içinde Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsiniz.
"""

EDITS = [
    {"note": "retention: call-centre recordings 2 -> 3 years; new sentence on video claim inspection recordings (full text only)",
     "repl": [("Çağrı merkezi ses kayıtları 2 yıl süreyle saklanır.",
               "Çağrı merkezi ses kayıtları 3 yıl süreyle saklanır. Görüntülü ekspertiz görüşmelerinin kayıtları, hasar dosyasının kapanmasından itibaren 5 yıl süreyle saklanır.")]},
    {"note": "summary card 'Haklarınız' reworded to mention the complaint to the KVK Kurulu (card only; silent, date not bumped)", "bump": False,
     "repl": [("Verilerinize erişebilir, düzeltilmesini veya silinmesini isteyebilir, başvurunuza 30 gün içinde yanıt alırsınız.",
               "Verilerinize erişebilir, düzeltilmesini veya silinmesini isteyebilirsiniz. Başvurunuza 30 gün içinde yanıt veririz; yanıtı yetersiz bulursanız Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsiniz.")]},
    {"note": "new data category (vehicle telematics for usage-based motor insurance) in list and summary card; new recipient (telematics device provider)",
     "repl": [("- **Müşteri işlem ve işlem güvenliği bilgileri:**",
               "- **Araç kullanım verileri:** kullanıma dayalı kasko ürününü seçmeniz halinde araç içi cihaz veya mobil uygulama aracılığıyla toplanan sürüş mesafesi, hız, ani fren ve konum bilgileri;\n- **Müşteri işlem ve işlem güvenliği bilgileri:**"),
              ("Kimlik, iletişim, poliçe, hasar ve ödeme bilgileriniz ile sağlık sigortalarında sağlık verileriniz.",
               "Kimlik, iletişim, poliçe, hasar ve ödeme bilgileriniz; sağlık sigortalarında sağlık verileriniz, kullanıma dayalı kaskoda sürüş verileriniz."),
              ("- eksperler, anlaşmalı servisler, çekici ve ikame araç hizmeti sağlayıcıları;",
               "- eksperler, anlaşmalı servisler, çekici ve ikame araç hizmeti sağlayıcıları;\n- kullanıma dayalı kasko için telematik cihaz ve veri analizi hizmeti sağlayıcıları;")]},
    {"note": "contact: application section adds the online application form; KEP address changed",
     "repl": [("[egeyildizsigorta@hs03.kep.tr](mailto:egeyildizsigorta@hs03.kep.tr)", "[egeyildizsigorta@hs02.kep.tr](mailto:egeyildizsigorta@hs02.kep.tr)"),
              ("adresine iletebilirsiniz.", "adresine ya da internet sitemizdeki [KVKK başvuru formu](/kvkk/basvuru-formu) aracılığıyla iletebilirsiniz.")]},
    {"note": "KVKK amendment (Law 7499, 2024): cross-border transfer section rewritten (adequacy, standard contracts notified to the Board, explicit consent only as exception); card 'Yurt dışına aktarım' rewritten; health-data legal basis sentence updated",
     "repl": [("Reasürans anlaşmalarının yürütülmesi ile yurt dışı seyahat sağlık sigortalarında asistans hizmetlerinin sunulabilmesi amacıyla kişisel verileriniz, KVKK'nın 9. maddesi uyarınca açık rızanızın bulunması halinde yurt dışında yerleşik reasürans şirketlerine ve asistans firmalarına aktarılabilmektedir.",
               "Reasürans anlaşmalarının yürütülmesi ile yurt dışı seyahat sağlık sigortalarında asistans hizmetlerinin sunulabilmesi amacıyla kişisel verileriniz, 7499 sayılı Kanun ile değişik KVKK'nın 9. maddesi uyarınca yurt dışında yerleşik reasürans şirketlerine ve asistans firmalarına aktarılabilmektedir.\n\nAktarım; öncelikle Kişisel Verileri Koruma Kurulu tarafından yeterlilik kararı verilen ülkelere, yeterlilik kararı bulunmayan hallerde ise Kurul tarafından ilan edilen standart sözleşmelerin imzalanması ve imza tarihinden itibaren beş iş günü içinde Kurum'a bildirilmesi suretiyle yapılır. Bu güvencelerin sağlanamadığı arızi hallerde aktarım, ancak açık rızanıza dayanılarak gerçekleştirilir."),
              ("Yalnızca reasürans ve yurt dışı seyahat sağlık sigortası asistans hizmetleri için, açık rızanızla.",
               "Reasürans ve seyahat sağlık sigortası asistansı için; Kurul'un yeterlilik kararı veya standart sözleşme güvencesiyle."),
              ("Sağlık verileriniz, KVKK'nın 6. maddesi uyarınca açık rızanıza dayanılarak veya kanunlarda öngörülen hallerde işlenmektedir.",
               "Sağlık verileriniz, KVKK'nın 6. maddesinin 3. fıkrası uyarınca kanunlarda açıkça öngörülmesi, sigorta sözleşmesinin kurulması ve ifası için zorunlu olması veya açık rızanızın bulunması hallerinde işlenmektedir.")]},
]

CAMPAIGNS = [("Kasko'da peşin fiyatına 9 taksit", "/kasko"), ("Tamamlayıcı Sağlık Sigortası'nda %20 indirim", "/saglik/tamamlayici"),
             ("Zorunlu Deprem Sigortası (DASK) 2 dakikada", "/dask"), ("Yurt dışı seyahat sağlık sigortası 89 TL'den başlayan fiyatlarla", "/seyahat")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.35, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.alnum(rng, 5), C.hexs(rng, 8)))
    s["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.5, lambda: rng.randrange(len(CAMPAIGNS)))
    s["chat"] = rng.random() < 0.3
    return s


LABELS = {
    "nonce": "per-request CSP nonce on every script tag",
    "deploy": "deploy: Next.js buildId, chunk hashes and CSS-module class-name hashes",
    "campaign": "header campaign strip rotated",
    "chat": "chat launcher proactive greeting bubble",
}


def render(s, blocks, when):
    nonce = s["nonce"]
    build, chunk, mod, css = s["deploy"]

    def cm(comp, el):
        return "%s_%s__%s" % (comp, el, C.det_sha(mod, comp, el)[:5])

    segs = C.segments(blocks)
    h1 = segs["head"][0]
    head_rest = segs["head"][1:]
    summ = segs["summary"]
    cards = C.under_headings(summ[1:], "h3")
    cards_html = "".join('<li class="%s"><h3 class="%s">%s</h3>%s</li>' % (cm("SummaryCard", "card"), cm("SummaryCard", "title"), C.inline_html(t),
                         "".join('<p class="%s">%s</p>' % (cm("SummaryCard", "text"), C.inline_html(b[1])) for b in bl)) for t, bl in cards)
    summary = ('<section class="%s" data-section="summary" aria-labelledby="ozet"><h2 id="ozet" class="%s">%s</h2><ul class="%s">%s</ul>'
               '<a class="%s" href="#tam-metin">Metnin tamamını okuyun</a></section>'
               % (cm("PrivacyPage", "summary"), cm("PrivacyPage", "sectionTitle"), C.inline_html(summ[0][1]), cm("PrivacyPage", "cardGrid"), cards_html, cm("PrivacyPage", "jump")))
    full = ('<section class="%s" data-section="full-text" id="tam-metin"><div class="%s">%s</div></section>'
            % (cm("PrivacyPage", "full"), cm("RichText", "root"), C.blocks_html(segs["full"])))
    camp = CAMPAIGNS[s["campaign"]]
    next_data = json.dumps({"props": {"pageProps": {"page": {"slug": "aydinlatma-metni", "title": h1[1],
                            "blocks": [[k, v] for k, v in C.without_markers(blocks)]}}, "__N_SSG": True},
                            "page": "/kvkk/[slug]", "query": {"slug": "aydinlatma-metni"}, "buildId": build, "isFallback": False,
                            "gsp": True, "locale": "tr", "locales": ["tr", "en"], "defaultLocale": "tr", "scriptLoader": []},
                           ensure_ascii=False, separators=(",", ":"))
    bubble = ('<div class="%s">Merhaba! Poliçenizle ilgili yardıma mı ihtiyacınız var?</div>' % cm("ChatLauncher", "bubble")) if s["chat"] else ""
    return ('<!DOCTYPE html><html lang="tr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>KVKK Aydınlatma Metni | Ege Yıldız Sigorta</title><meta name="description" content="Ege Yıldız Sigorta kişisel verilerin korunması aydınlatma metni."/>'
            '<link rel="canonical" href="%s"/><meta name="next-head-count" content="5"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/chunks/pages/kvkk/%%5Bslug%%5D-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/%s/_buildManifest.js" nonce="%s" defer=""></script>'
            '</head><body><div id="__next">'
            '<div class="%s"><a href="%s">%s</a></div>'
            '<header class="%s"><a href="/" class="%s"><img alt="Ege Yıldız Sigorta" src="/images/logo.svg" width="176" height="40"/></a>'
            '<nav class="%s"><a href="/kasko">Kasko</a><a href="/trafik">Trafik</a><a href="/saglik">Sağlık</a><a href="/konut">Konut & DASK</a><a href="/seyahat">Seyahat</a></nav>'
            '<a class="%s" href="/teklif-al">Hemen Teklif Al</a><a class="%s" href="/online-islemler">Online İşlemler</a></header>'
            '<main id="main-content" class="%s"><nav aria-label="breadcrumb" class="%s"><ol><li><a href="/">Ana Sayfa</a></li><li><a href="/kvkk">KVKK</a></li><li>Aydınlatma Metni</li></ol></nav>'
            '<article class="%s" data-section="policy"><header class="%s">%s%s</header>%s%s</article></main>'
            '<footer class="%s"><p>Ege Yıldız Sigorta A.Ş. bir SEDDK denetimine tabi sigorta şirketidir. Çağrı Merkezi: 0850 222 44 55</p>'
            '<ul><li><a href="/kvkk/aydinlatma-metni">KVKK Aydınlatma Metni</a></li><li><a href="/kvkk/cerez-politikasi">Çerez Politikası</a></li><li><a href="/kvkk/basvuru-formu">KVKK Başvuru Formu</a></li></ul>'
            '<p>© %d Ege Yıldız Sigorta A.Ş.</p></footer>'
            '<div class="%s"><button aria-label="Canlı Destek">Canlı Destek</button>%s</div>'
            '</div><script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script></body></html>'
            % (URL, css, nonce, css, nonce, nonce, chunk, nonce, C.det_sha(chunk, "page")[:16], nonce, build, nonce,
               cm("CampaignBar", "root"), camp[1], camp[0], cm("Header", "root"), cm("Header", "logo"), cm("Header", "nav"), cm("Header", "cta"), cm("Header", "login"),
               cm("Layout", "main"), cm("Breadcrumb", "root"), cm("PrivacyPage", "root"), cm("PrivacyPage", "header"),
               C.block_html(h1, {"h1": cm("PrivacyPage", "title")}), "".join(C.block_html(b, {"p": cm("PrivacyPage", "updated")}) for b in head_rest),
               summary, full, cm("Footer", "root"), when.year, cm("ChatLauncher", "root"), bubble, nonce, next_data))


PAGE = {
    "service": "Ege Yıldız Sigorta", "url": URL, "lang": "tr-TR", "platform": "Next.js 13 (pages router), headless CMS",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2021, 7, 5), "end": dt.date(2026, 8, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "declaration": {"fetch": URL, "select": ["article[data-section=\"policy\"]"], "remove": ["a[href=\"#tam-metin\"]"]},
}
