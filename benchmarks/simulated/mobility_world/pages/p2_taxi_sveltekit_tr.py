"""Turkish taxi-hailing app on SvelteKit (Svelte 4, adapter-node SSR) with Contentful rich text rendered through
{@html} (HTML_TAG_START/END markers, <p> inside list items and table cells as Contentful's renderer emits them).
The "Yasal Metinler" page holds three tab panels (Gizlilik Politikası, KVKK Aydınlatma Metni, Çerez Politikası),
all in the HTML, the inactive ones `hidden`; the declaration selects the privacy panel. Noise: immutable asset and
svelte-class hashes per deployment (the class hashes also sit on elements inside the panel), a live "drivers
online" counter in the header, the other two documents revised on their own, and the per-request fetchedAt in
the serialized load data."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]

POLICY = """
# Gizlilik Politikası

Son güncelleme: {UPDATED}

YolTaksi Teknoloji A.Ş. ("YolTaksi", "biz") olarak, YolTaksi mobil uygulaması ve yoltaksi.com.tr internet sitesi üzerinden sunduğumuz taksi çağırma hizmetlerinde kişisel verilerinizin güvenliğine önem veriyoruz. Bu Gizlilik Politikası, yolcu ve sürücü kullanıcılarımızın hangi verilerini, hangi amaçlarla işlediğimizi ve haklarınızı açıklar. 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamındaki aydınlatma yükümlülüğümüz ayrıca KVKK Aydınlatma Metni'nde yerine getirilmektedir.

## 1. Veri Sorumlusu

@ YolTaksi Teknoloji A.Ş.
@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza Kat: 7
@ 34485 Sarıyer / İstanbul
@ Mersis No: 0946052781500017

Kişisel verilerinizle ilgili tüm sorularınız için [kvkk@yoltaksi.com.tr](mailto:kvkk@yoltaksi.com.tr) adresinden bize ulaşabilirsiniz.

## 2. Topladığımız Veriler

Hizmetlerimizi kullandığınızda aşağıdaki verileri topluyoruz:

- **Kimlik ve iletişim bilgileri:** ad, soyad, cep telefonu numarası, e-posta adresi.
- **Konum verileri:** uygulama açıkken ve yolculuk süresince cihazınızın GPS konumu, alış ve varış noktaları, güzergâh bilgisi.
- **Yolculuk bilgileri:** yolculuk tarihi ve saati, mesafe, süre, ücret, seçilen ödeme yöntemi, bahşiş ve değerlendirmeler.
- **Ödeme bilgileri:** kart numarasının yalnızca son dört hanesi ve ödeme kuruluşunun verdiği anonim kart anahtarı. Kart bilgilerinizin tamamı tarafımızca saklanmaz.
- **Cihaz bilgileri:** cihaz modeli, işletim sistemi sürümü, uygulama sürümü, reklam kimliği ve IP adresi.
- **Sürücüler için ek olarak:** ehliyet, taksi plakası, ruhsat, taksi durağı bilgileri, adli sicil kaydı ve banka hesap bilgileri.

## 3. Verilerin İşlenme Amaçları

Kişisel verilerinizi şu amaçlarla işleriz: yolcu ile en yakın uygun taksiyi eşleştirmek; yolculuk ücretini hesaplamak ve tahsil etmek; yolculuk sırasında güvenliğinizi sağlamak; kayıp eşya ve şikâyet başvurularını sonuçlandırmak; dolandırıcılığı ve kötüye kullanımı önlemek; mevzuattan kaynaklanan saklama ve bildirim yükümlülüklerimizi yerine getirmek; açık rızanız bulunması hâlinde size kampanya ve indirim bildirimleri göndermek.

Sürücü adaylarının başvuruları değerlendirilirken ehliyet, ruhsat ve adli sicil kaydı belgeleri, ilgili mevzuatta taksi şoförleri için aranan şartların karşılanıp karşılanmadığını kontrol etmek amacıyla incelenir. Sürücü puanları, yolcu değerlendirmeleri ve iptal oranları; hizmet kalitesini ölçmek, sürücülere geri bildirim vermek ve gerekli durumlarda hesabı geçici olarak askıya almak için kullanılır. Hesabın kapatılmasına yol açabilecek kararlar, otomatik olarak değil, operasyon ekibimizin değerlendirmesiyle verilir.

Konum verileriniz, uygulama kapalıyken toplanmaz. Sürücü uygulaması ise vardiya boyunca, sürücü "çevrimiçi" durumdayken konum paylaşır.

## 4. Hukuki Sebepler

Verilerinizi KVKK'nın 5. maddesinde sayılan şu hukuki sebeplere dayanarak işliyoruz: bir sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması; hukuki yükümlülüğümüzü yerine getirebilmemiz için zorunlu olması; temel hak ve özgürlüklerinize zarar vermemek kaydıyla meşru menfaatlerimiz için zorunlu olması. Pazarlama iletişimi ve yurt dışına aktarım gibi durumlarda açık rızanıza başvururuz.

## 5. Verilerin Aktarılması

Verilerinizi satmayız. Yolculuğun gerçekleşmesi için gerekli olduğu ölçüde yolcu ve sürücü bilgileri karşılıklı olarak paylaşılır: sürücü, adınızı ve alış noktanızı; siz ise sürücünün adını, fotoğrafını, plakasını ve anlık konumunu görürsünüz. Telefon numaraları taraflar arasında maskelenir.

Hizmet sağlayıcılarımız ve aktarım yapılan ülkeler aşağıdaki tabloda yer almaktadır:

| Hizmet sağlayıcı | Hizmet | Ülke |
| Amazon Web Services EMEA SARL | Sunucu ve veri barındırma | Almanya |
| Google LLC | Harita, rota ve mesafe hesaplama | ABD |
| İyzi Ödeme ve Elektronik Para Hizmetleri A.Ş. | Kartlı ödeme altyapısı | Türkiye |
| Netgsm İletişim A.Ş. | SMS ile doğrulama kodu gönderimi | Türkiye |
| Firebase (Google LLC) | Anlık bildirimler ve hata raporları | ABD |

Kurumsal hesaplar üzerinden yapılan yolculuklarda; yolculuk tarihi, güzergâhı ve ücreti, faturalandırma amacıyla çalıştığınız şirketin yetkili kullanıcılarıyla paylaşılır. Havalimanı transferleri gibi iş ortaklarımızın kampanyaları kapsamında yapılan yolculuklarda ise yalnızca kampanya kodunun kullanıldığı bilgisi iş ortağına iletilir.

Yetkili kamu kurum ve kuruluşlarının (emniyet birimleri, savcılıklar, İstanbul Büyükşehir Belediyesi UKOME) talepleri hâlinde ve kanunen zorunlu olan ölçüde bilgi paylaşılabilir.

## 6. Saklama Süreleri

Yolculuk kayıtlarını, 213 sayılı Vergi Usul Kanunu ve 6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun gereğince 10 yıl süreyle saklarız. Ayrıntılı konum verileri yolculuğun bitiminden itibaren 2 yıl saklanır, ardından yalnızca il ve ilçe düzeyinde anonim hâle getirilir. Hesabınızı silmeniz hâlinde, yasal saklama yükümlülüğü bulunmayan verileriniz 30 gün içinde silinir veya anonimleştirilir.

## 7. Güvenlik

Verileriniz aktarım sırasında TLS ile, depolama sırasında AES-256 ile şifrelenir. Ödeme işlemleri, 6493 sayılı Kanun kapsamında lisanslı ödeme kuruluşu tarafından, PCI DSS standartlarına uygun altyapıda gerçekleştirilir. Uygulamaya girişte SMS ile tek kullanımlık doğrulama kodu kullanılır ve şüpheli oturum açma denemeleri otomatik olarak engellenir. Sürücü uygulamasında, sürücünün kimliği vardiya başında yüz doğrulamasıyla teyit edilebilir; bu doğrulamada kullanılan görüntüler yalnızca eşleştirme amacıyla işlenir ve eşleştirme sonrasında saklanmaz. Verilere erişim, görevi gereği erişmesi gereken çalışanlarla sınırlıdır ve tüm erişimler kayıt altına alınır. Bir veri ihlali hâlinde Kişisel Verileri Koruma Kurulu'na ve etkilenen kişilere 72 saat içinde bildirimde bulunuruz.

## 8. Haklarınız

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse bilgi talep etme, işlenme amacını öğrenme, aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini ve silinmesini isteme, otomatik sistemlerle analiz sonucu aleyhinize bir sonuç çıkmasına itiraz etme ve zararın giderilmesini talep etme haklarına sahipsiniz.

Başvurunuzda adınızı, soyadınızı, T.C. kimlik numaranızı (yabancılar için uyruk ve pasaport numarasını), tebligata esas adresinizi ve talebinizi açıkça belirtmeniz gerekmektedir. Başvurunuzun sonuçlandırılması ayrıca bir maliyet gerektirirse, Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir. Başvurunuzun reddedilmesi, verilen cevabın yetersiz bulunması veya süresinde cevap verilmemesi hâlinde Kurul'a şikâyette bulunabilirsiniz.

Başvurularınızı uygulamadaki **Hesabım > Yardım > Kişisel Verilerim** menüsünden veya [kvkk@yoltaksi.com.tr](mailto:kvkk@yoltaksi.com.tr) adresine göndereceğiniz e-posta ile iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.

## 9. Çocuklar

YolTaksi hesabı yalnızca 18 yaşını doldurmuş kişiler tarafından açılabilir. Refakatsiz çocuklar için taksi çağrılmasına izin verilmez.

## 10. Değişiklikler

Bu politikayı zaman zaman güncelleyebiliriz. Önemli değişiklikleri uygulama içi bildirimle duyururuz. Güncel metin her zaman bu sayfada ve uygulamanın Yasal Metinler bölümünde yayımlanır; önceki sürümleri talep etmeniz hâlinde size e-posta ile iletiriz.
"""

EDITS = [
    {"note": "processor added to the table (Twilio number masking)",
     "repl": [("| Netgsm İletişim A.Ş. | SMS ile doğrulama kodu gönderimi | Türkiye |",
               "| Netgsm İletişim A.Ş. | SMS ile doğrulama kodu gönderimi | Türkiye |\n"
               "| Twilio Inc. | Yolcu ve sürücü arasında numara maskeleme | ABD |")]},
    {"note": "location-data retention shortened from 2 years to 1 year",
     "repl": [("Ayrıntılı konum verileri yolculuğun bitiminden itibaren 2 yıl saklanır",
               "Ayrıntılı konum verileri yolculuğun bitiminden itibaren 1 yıl saklanır")]},
    {"note": "section added: in-ride audio recording safety feature",
     "repl": [("## 7. Güvenlik",
               "## 7. Yolculuk Ses Kaydı\n\n"
               "Güvenlik menüsünden \"Ses Kaydı\" özelliğini açtığınızda, yolculuk boyunca telefonunuz ortam sesini "
               "şifreli olarak kaydeder. Kayıt cihazınızda saklanır; yalnızca siz bir şikâyet ile birlikte "
               "göndermeyi seçerseniz güvenlik ekibimize iletilir ve inceleme tamamlandıktan sonra 90 gün içinde "
               "silinir. Kayda ne YolTaksi ne de sürücü, sizin göndermeniz olmadan erişemez.\n\n"
               "## 8. Güvenlik"),
              ("## 8. Haklarınız", "## 9. Haklarınız"), ("## 9. Çocuklar", "## 10. Çocuklar"),
              ("## 10. Değişiklikler", "## 11. Değişiklikler")]},
    {"note": "registered office address changed",
     "repl": [("@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza Kat: 7\n@ 34485 Sarıyer / İstanbul",
               "@ Esentepe Mah. Büyükdere Cad. No: 199 Levent 199 Kat: 14\n@ 34394 Şişli / İstanbul")]},
    {"note": "word inserted: 'açık rızanıza' -> 'ayrıca açık rızanıza'", "bump": False,
     "repl": [("yurt dışına aktarım gibi durumlarda açık rızanıza", "yurt dışına aktarım gibi durumlarda ayrıca açık rızanıza")]},
]

KVKK = [
    "YolTaksi Teknoloji A.Ş. veri sorumlusu sıfatıyla, yolcu ve sürücü kullanıcılarının kişisel verilerini KVKK'nın 10. maddesi uyarınca aşağıda açıklanan şekilde işlemektedir. Kimlik, iletişim, konum ve işlem güvenliği verileriniz; yolculuk hizmetinin sunulması, ödeme işlemlerinin yürütülmesi ve yasal yükümlülüklerin yerine getirilmesi amaçlarıyla, otomatik yollarla toplanmaktadır.",
    "Verileriniz, iş ortaklarımıza, hizmet sağlayıcılarımıza ve yetkili kamu kurumlarına, KVKK'nın 8. ve 9. maddelerinde belirtilen şartlar çerçevesinde aktarılabilir. Başvurularınızı Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ'e uygun olarak iletebilirsiniz.",
]
KVKK_REVS = [
    "Sürücü adaylarının adli sicil kayıtları yalnızca başvurunun değerlendirilmesi amacıyla işlenir.",
    "Sürücü adaylarının adli sicil kayıtları yalnızca başvurunun değerlendirilmesi ve UKOME bildirimleri amacıyla işlenir.",
    "Sürücü adaylarının adli sicil kayıtları, başvurunun değerlendirilmesi ve UKOME bildirimleri amacıyla işlenir ve 2 yıl saklanır.",
]
COOKIE_REVS = [
    ("Zorunlu, işlevsel ve analitik çerezler kullanıyoruz.", "Mart 2021"),
    ("Zorunlu, işlevsel, analitik ve pazarlama çerezleri kullanıyoruz.", "Ekim 2022"),
    ("Zorunlu, işlevsel, analitik ve pazarlama çerezleri kullanıyoruz; tercihlerinizi çerez panelinden değiştirebilirsiniz.", "Ocak 2024"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "build": C.keep_or(rng, prev.get("build"), 0.25, lambda: [C.hexs(rng, 8) for _ in range(6)]
                           + [C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3)]),
        "drivers": rng.randint(640, 2400),
        "kvkk": C.keep_or(rng, prev.get("kvkk"), 0.12, lambda: rng.randrange(len(KVKK_REVS))),
        "cookie": min(len(COOKIE_REVS) - 1, (when.year - 2021) + (1 if when.month > 9 else 0) - 1) if when.year > 2021 else 0,
        "fetched": C.iso(when)[:-1] + ".%03dZ" % rng.randint(0, 999),
    }


LABELS = {"build": "immutable asset + svelte class hashes (deployment)", "drivers": "live drivers-online counter",
          "kvkk": "KVKK Aydınlatma Metni tab revised", "cookie": "Çerez Politikası tab revised",
          "fetched": "fetchedAt in serialized load data"}


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _rt(blocks):
    """Contentful rich-text renderer output: <p> inside list items and table cells."""
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % C.inline_html(v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(x) for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(x) for x in r) for r in v[1:]]
            out.append("<table><tbody>%s</tbody></table>" % "".join(rows))
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    sv, sv2, sv3 = "svelte-" + b[6], "svelte-" + b[7], "svelte-" + b[8]
    h1 = blocks[0][1]
    body = _rt(blocks[1:])
    kv = "".join("<p>%s</p>" % html.escape(p) for p in KVKK) + "<p>%s</p>" % html.escape(KVKK_REVS[state["kvkk"]])
    ck_text, ck_date = COOKIE_REVS[state["cookie"]]
    ck = ("<p>Son güncelleme: %s</p><p>yoltaksi.com.tr internet sitesinde deneyiminizi iyileştirmek için çerezler "
          "kullanılmaktadır. %s Çerezler, tarayıcınız aracılığıyla cihazınıza yerleştirilen küçük metin "
          "dosyalarıdır.</p><table><tbody><tr><th><p>Çerez</p></th><th><p>Süre</p></th></tr><tr><td><p>yt-session</p></td>"
          "<td><p>Oturum</p></td></tr><tr><td><p>yt-consent</p></td><td><p>12 ay</p></td></tr></tbody></table>"
          % (ck_date, html.escape(ck_text)))
    drivers = "{:,}".format(state["drivers"]).replace(",", ".")
    data = [None, {"type": "data", "data": {"locale": "tr-TR", "nav": None}, "uses": {}},
            {"type": "data", "data": {"slug": "gizlilik-politikasi", "entries": ["6mHq2sYbXl1c0f7iE4TgVx",
                                                                                  "3Rk8ZpN0dWc5aLq1uJ2yBh",
                                                                                  "1aFv9oT3eGs6hKm8xQw4Zr"],
                                      "fetchedAt": state["fetched"]}, "uses": {"params": ["slug"]}}]
    tabs = [("gizlilik", "Gizlilik Politikası", True), ("kvkk", "KVKK Aydınlatma Metni", False),
            ("cerez", "Çerez Politikası", False)]
    tabh = "".join('<button role="tab" id="tab-%s" aria-controls="panel-%s" aria-selected="%s" tabindex="%s" class="tab %s%s">%s</button>'
                   % (k, k, "true" if a else "false", "0" if a else "-1", "active " if a else "", sv2, t)
                   for k, t, a in tabs)
    return """<!doctype html>
<html lang="tr">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.%s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/7.%s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%s.js"><title>Yasal Metinler | YolTaksi</title><!-- HEAD_%s_START --><meta name="description" content="YolTaksi gizlilik politikası, KVKK aydınlatma metni ve çerez politikası."/><link rel="canonical" href="https://www.yoltaksi.com.tr/gizlilik-politikasi"/><!-- HEAD_%s_END -->
		<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7W2QZ9"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">  <header class="site-header %s"><a href="/" class="logo %s"><img src="/logo-yoltaksi.svg" alt="YolTaksi" class="%s"></a> <nav class="%s"><a href="/yolcular" class="%s">Yolcular</a> <a href="/suruculer" class="%s">Sürücüler</a> <a href="/kurumsal" class="%s">Kurumsal</a> <a href="/yardim" class="%s">Yardım</a></nav> <div class="live %s" aria-live="polite"><span class="dot %s"></span> İstanbul'da şu an <strong class="%s">%s</strong> taksi çevrimiçi</div> <a class="cta %s" href="https://yoltaksi.onelink.me/Xk2p/web">Uygulamayı İndir</a></header> <main class="legal %s"><h1 class="%s">Yasal Metinler</h1> <div class="tabs %s" role="tablist">%s</div> <section id="panel-gizlilik" role="tabpanel" aria-labelledby="tab-gizlilik" class="panel %s"><h2 class="doc-title %s">%s</h2> <div class="rich-text %s"><!-- HTML_TAG_START -->%s<!-- HTML_TAG_END --></div></section> <section id="panel-kvkk" role="tabpanel" aria-labelledby="tab-kvkk" class="panel %s" hidden><h2 class="doc-title %s">KVKK Aydınlatma Metni</h2> <div class="rich-text %s"><!-- HTML_TAG_START -->%s<!-- HTML_TAG_END --></div></section> <section id="panel-cerez" role="tabpanel" aria-labelledby="tab-cerez" class="panel %s" hidden><h2 class="doc-title %s">Çerez Politikası</h2> <div class="rich-text %s"><!-- HTML_TAG_START -->%s<!-- HTML_TAG_END --></div></section></main> <footer class="%s"><div class="cols %s"><div class="%s"><h4 class="%s">YolTaksi</h4><a href="/hakkimizda" class="%s">Hakkımızda</a><a href="/kariyer" class="%s">Kariyer</a><a href="/basin" class="%s">Basın</a></div><div class="%s"><h4 class="%s">Destek</h4><a href="/yardim" class="%s">Yardım Merkezi</a><a href="/gizlilik-politikasi" class="%s">Yasal Metinler</a><a href="tel:4449658" class="%s">444 96 58</a></div></div> <p class="copy %s">© 2024 YolTaksi Teknoloji A.Ş.</p></footer> 
			<script>
				{
					__sveltekit_%s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_CTF_SPACE":"x9k2m4q7r1tz","PUBLIC_CTF_ENV":"master"}
					};

					const element = document.currentScript.parentElement;

					const data = %s;

					Promise.all([
						import("./_app/immutable/entry/start.%s.js"),
						import("./_app/immutable/entry/app.%s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2, 7],
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
""" % (b[0], b[1], b[2], b[3], b[4], b[5], sv3, sv3,
       sv, sv, sv, sv, sv, sv, sv, sv, sv, sv, sv, drivers, sv,
       sv2, sv2, sv2, tabh, sv2, sv2, html.escape(h1), sv2, body,
       sv2, sv2, sv2, kv, sv2, sv2, sv2, ck,
       sv, sv, sv, sv, sv, sv, sv, sv, sv, sv, sv, sv, sv,
       C.det_sha("kit", b[0])[:6], json.dumps(data, ensure_ascii=False), b[2], b[4])


PAGE = {
    "service": "YolTaksi",
    "url": "https://www.yoltaksi.com.tr/gizlilik-politikasi",
    "lang": "tr",
    "platform": "SvelteKit (Svelte 4, adapter-node) + Contentful",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Vary", "Accept-Encoding"), ("X-Sveltekit-Page", "true"), ("Cache-Control", "private, no-store")),
    "n": 30,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2024, 12, 15),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.yoltaksi.com.tr/gizlilik-politikasi", "select": "#panel-gizlilik"},
}
