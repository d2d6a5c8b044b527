"""Bulutay (Turkish regional cloud provider): Craft CMS 4 (Twig templates, SEOmatic, Alpine.js tabs). The legal page
holds two documents in tabs: "Gizlilik Politikası" (the tracked policy) and "Çerez Politikası" (hidden panel, its
own cookie table and date, which change on their own). Noise: CRAFT_CSRF_TOKEN and a reCAPTCHA site key in the KVKK
application form INSIDE the declared #gizlilik-politikasi panel (the declaration removes the form), the TRY price
table with campaign prices in the footer (prices rise with inflation), the sidebar's data-centre region list with
live status and latency, the status-page pill in the header, SEOmatic's JSON-LD dateModified."""
import datetime as dt

import common as C

URL = "https://www.bulutay.com.tr/yasal/gizlilik-politikasi"

AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
         "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """## Gizlilik ve Kişisel Verilerin Korunması Politikası

Son güncelleme: {UPDATED}

Bulutay Bulut Bilişim A.Ş. (“Bulutay”) olarak, bulut sunucu, nesne depolama, yönetilen veritabanı ve alan adı hizmetlerimizi kullanan müşterilerimizin, web sitemizi ziyaret edenlerin ve iş ortaklarımızın kişisel verilerinin güvenliğine önem veriyoruz. Bu politika, 6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) kapsamında veri sorumlusu sıfatıyla hangi kişisel verileri, hangi amaçlarla ve hangi hukuki sebeplere dayanarak işlediğimizi açıklamaktadır.

### 1. Veri Sorumlusu

@ Bulutay Bulut Bilişim A.Ş.
@ Maslak Mah. Büyükdere Cad. No: 237 Kat: 9
@ 34485 Sarıyer / İstanbul
@ Mersis No: 0187 0543 2190 0014
@ Telefon: 0850 302 44 90
@ E-posta: kvkk@bulutay.com.tr

### 2. İşlenen Kişisel Veriler

Hizmetlerimiz kapsamında aşağıdaki kişisel veri kategorilerini işlemekteyiz:

| Veri Kategorisi | Açıklama |
| Kimlik | Ad, soyad, T.C. kimlik numarası (bireysel fatura için), vergi numarası |
| İletişim | E-posta adresi, telefon numarası, fatura adresi |
| Müşteri İşlem | Sipariş, fatura ve ödeme kayıtları, destek talepleri |
| İşlem Güvenliği | IP adresi, oturum kayıtları, iki adımlı doğrulama bilgileri, API anahtarı kullanım kayıtları |
| Trafik Bilgisi | 5651 sayılı Kanun kapsamında tutulan erişim kayıtları |
| Pazarlama | Çerez kayıtları, ticari elektronik ileti izinleri |

Müşterilerimizin bulut sunucularında ve depolama alanlarında sakladığı içerikler bakımından Bulutay veri işleyen konumundadır; bu verilere müşterinin talimatı veya yasal zorunluluk olmadıkça erişilmez.

### 3. Kişisel Verilerin İşlenme Amaçları

- Hizmet sözleşmesinin kurulması ve ifası, hesap yönetimi
- Faturalandırma ve muhasebe süreçlerinin yürütülmesi
- Teknik destek taleplerinin karşılanması
- Bilgi güvenliği süreçlerinin yürütülmesi, kötüye kullanım ve siber saldırıların önlenmesi
- 5651 sayılı Kanun ve ilgili mevzuattan doğan yer sağlayıcı yükümlülüklerinin yerine getirilmesi
- Yetkili kamu kurum ve kuruluşlarına bilgi verilmesi
- Açık rızanız bulunması halinde kampanya ve duyuruların iletilmesi

### 4. Hukuki Sebepler

Kişisel verileriniz, KVKK'nın 5. maddesinin 2. fıkrasında yer alan “bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması”, “veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması” ve “ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla, veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması” hukuki sebeplerine dayanılarak işlenmektedir. Ticari elektronik iletiler ise yalnızca açık rızanız ile gönderilmektedir.

### 5. Verilerin Saklandığı Yerler

Müşteri verileri ve hizmet altyapımız, Türkiye'de bulunan İstanbul ve Ankara veri merkezlerimizde barındırılmaktadır. Müşteriler, sunucularının hangi bölgede çalışacağını kendileri seçer ve seçilen bölge dışına müşteri içeriği aktarılmaz.

### 6. Kişisel Verilerin Aktarılması

Kişisel verileriniz; yasal yükümlülüklerimiz kapsamında yetkili kamu kurum ve kuruluşlarına (Bilgi Teknolojileri ve İletişim Kurumu, vergi daireleri, yargı mercileri), ödeme hizmetlerinin sunulabilmesi için ödeme kuruluşlarına (iyzico Ödeme Hizmetleri A.Ş.), fatura düzenlenmesi için e-fatura entegratörümüze (Logo Yazılım) ve alan adı tescili için ilgili kayıt kuruluşlarına (TRABİS, ICANN akreditasyonlu kayıt operatörleri) aktarılabilmektedir.

Alan adı tescili ve bazı destek araçları nedeniyle kişisel veriler yurt dışına aktarılabilmektedir. Bu aktarımlar KVKK'nın 9. maddesi uyarınca açık rızanıza dayanılarak gerçekleştirilir.

### 7. Saklama Süreleri

| Veri | Saklama Süresi |
| Müşteri hesap ve sözleşme bilgileri | Sözleşme sona erdikten sonra 10 yıl |
| Trafik bilgisi (erişim kayıtları) | 2 yıl |
| Destek talepleri | 3 yıl |
| Pazarlama izinleri | İzin geri alınana kadar ve sonrasında 3 yıl |

Süresi dolan kişisel veriler, Kişisel Veri Saklama ve İmha Politikamız uyarınca periyodik imha süreçlerinde silinir, yok edilir veya anonim hale getirilir.

### 8. Veri Güvenliği

Bulutay, ISO/IEC 27001 ve ISO/IEC 27018 sertifikalarına sahiptir. Veri merkezlerimizde fiziksel erişim biyometrik kontrol ile sınırlandırılmakta, yönetim ağlarına erişim çok faktörlü kimlik doğrulama ile sağlanmakta ve tüm yönetici işlemleri kayıt altına alınmaktadır.

### 9. Veri İşleyen Sıfatıyla Bulutay

Müşterilerimiz, bulut sunucularında kendi müşterilerine veya çalışanlarına ait kişisel verileri işleyebilir. Bu durumda veri sorumlusu müşterimizdir; Bulutay ise Veri İşleme Sözleşmesi çerçevesinde yalnızca altyapı hizmeti sunar. Müşteri içeriğine erişim; yalnızca müşterinin yazılı talebi, bir güvenlik olayının incelenmesi veya yetkili makamların usulüne uygun kararı halinde ve kayıt altına alınarak mümkündür. Müşteri hesabı kapatıldığında sunucu disk görüntüleri ve yedekler 30 gün içinde geri döndürülemeyecek şekilde silinir.

### 10. Veri İhlalleri

Kişisel verilerinizin kanuni olmayan yollarla başkaları tarafından elde edildiğini öğrenmemiz halinde, durumu en kısa sürede ve en geç 72 saat içinde Kişisel Verileri Koruma Kurulu'na bildirir, etkilenen kişileri makul yollarla bilgilendiririz. Veri işleyen sıfatıyla tespit ettiğimiz ihlalleri ise gecikmeksizin ilgili müşterimize iletiriz.

### 11. Politikadaki Değişiklikler

Bu politikayı mevzuattaki değişikliklere ve hizmetlerimizdeki gelişmelere göre güncelleyebiliriz. Önemli değişiklikler, yürürlüğe girmeden önce müşteri panelinde duyurulur ve kayıtlı e-posta adresinize bildirilir.

### 12. İlgili Kişinin Hakları

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse bilgi talep etme, işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini isteme, silinmesini veya yok edilmesini isteme, otomatik sistemlerle analiz edilmesi sonucu aleyhinize bir sonuç çıkmasına itiraz etme ve kanuna aykırı işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme haklarına sahipsiniz.

Başvurularınızı aşağıdaki form aracılığıyla, kvkk@bulutay.com.tr adresine güvenli elektronik imzalı olarak ya da yukarıdaki adresimize yazılı olarak iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır."""

EDITS = [
    {"note": "cross-border transfer paragraph rewritten for the 2024 KVKK amendment (standard contracts)",
     "repl": [("Bu aktarımlar KVKK'nın 9. maddesi uyarınca açık rızanıza dayanılarak gerçekleştirilir.",
               "Bu aktarımlar, 7499 sayılı Kanun ile değişik KVKK'nın 9. maddesi uyarınca, Kurul tarafından ilan edilen standart sözleşmeler imzalanarak ve bu sözleşmeler imzalandıktan sonra beş iş günü içinde Kurum'a bildirilerek gerçekleştirilir.")]},
    {"note": "new İzmir data centre added (words inserted)",
     "repl": [("Türkiye'de bulunan İstanbul ve Ankara veri merkezlerimizde", "Türkiye'de bulunan İstanbul, Ankara ve İzmir veri merkezlerimizde")]},
    {"note": "support ticket retention 3 -> 2 years (table row)",
     "repl": [("| Destek talepleri | 3 yıl |", "| Destek talepleri | 2 yıl |")]},
    {"note": "KEP address added to the controller block",
     "repl": [("@ E-posta: kvkk@bulutay.com.tr", "@ E-posta: kvkk@bulutay.com.tr\n@ KEP: bulutay@hs01.kep.tr")]},
    {"note": "new data category row (Görsel ve İşitsel: call-centre recordings) added to the table",
     "repl": [("| Pazarlama | Çerez kayıtları, ticari elektronik ileti izinleri |",
               "| Pazarlama | Çerez kayıtları, ticari elektronik ileti izinleri |\n| Görsel ve İşitsel Kayıtlar | Çağrı merkezi ses kayıtları, veri merkezi ziyaretlerinde kamera kayıtları |")]},
    {"note": "phone number changed",
     "repl": [("@ Telefon: 0850 302 44 90", "@ Telefon: 0850 811 28 28")]},
]

COOKIES = [
    (dt.date(2020, 1, 1), "CraftSessionId", "Oturum yönetimi", "Oturum"),
    (dt.date(2020, 1, 1), "CRAFT_CSRF_TOKEN", "Form güvenliği", "Oturum"),
    (dt.date(2020, 1, 1), "_ga, _ga_*", "Google Analytics istatistikleri", "2 yıl"),
    (dt.date(2023, 6, 1), "_gcl_au", "Google Ads dönüşüm ölçümü", "90 gün"),
    (dt.date(2024, 3, 1), "_clck, _clsk", "Microsoft Clarity kullanım analizi", "1 yıl"),
    (dt.date(2024, 10, 1), "hubspotutk", "HubSpot form ve pazarlama takibi", "6 ay"),
]

REGIONS = [(dt.date(2020, 1, 1), "İstanbul-1", "ist1"), (dt.date(2020, 1, 1), "İstanbul-2", "ist2"),
           (dt.date(2020, 1, 1), "Ankara-1", "ank1"), (dt.date(2023, 9, 1), "İzmir-1", "izm1"),
           (dt.date(2024, 6, 1), "Frankfurt-1 (yakında)", "fra1")]

PLANS = [("Bulut Sunucu S", "1 vCPU · 2 GB RAM · 40 GB NVMe", 189),
         ("Bulut Sunucu M", "2 vCPU · 4 GB RAM · 80 GB NVMe", 349),
         ("Bulut Sunucu L", "4 vCPU · 8 GB RAM · 160 GB NVMe", 649)]


def noise(rng, when, i, prev):
    prev = prev or {}
    months = (when.year - 2022) * 12 + when.month
    return {
        "csrf": C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ,
        "infl": round(1.0 + 0.035 * months, 2),
        "campaign": C.keep_or(rng, prev.get("campaign"), 0.35, lambda: rng.choice([None, 20, 25, 30, 40])),
        "regions": [(rng.choice(["Aktif"] * 8 + ["Bakımda", "Yoğun"]), rng.randint(2, 19)) for _ in REGIONS],
        "status": C.keep_or(rng, prev.get("status"), 0.4, lambda: rng.choice(["ok"] * 5 + ["minor", "maint"])),
    }


LABELS = {"csrf": "CRAFT_CSRF_TOKEN (form inside the panel, removed; also the newsletter form)",
          "infl": "TRY list prices (inflation)", "campaign": "campaign discount on the price table",
          "regions": "data-centre region status and latency list", "status": "status-page pill in the header"}


def _tl(x):
    return "₺" + "{:,.0f}".format(x).replace(",", ".")


def render(s, blocks, when):
    policy = "\n".join(C.block_html(b) for b in blocks)
    cookies = [c for c in COOKIES if c[0] <= when.date()]
    cupd = max(c[0] for c in cookies)
    crow = "".join("<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>" % (n, p, d) for _, n, p, d in cookies)
    regs = []
    for (since, name, code), (st, ms) in zip(REGIONS, s["regions"]):
        if since <= when.date():
            regs.append('<li class="flex justify-between py-1" data-region="%s"><span>%s</span><span class="region-status region-status--%s">%s · %d ms</span></li>'
                        % (code, name, "ok" if st == "Aktif" else "warn", st, ms))
    plans = []
    for name, spec, base in PLANS:
        price = base * s["infl"]
        if s["campaign"]:
            p = '<span class="line-through text-slate-400">%s</span> <strong class="text-2xl">%s</strong><span class="badge-campaign">%%%d indirim</span>' % (_tl(price), _tl(price * (100 - s["campaign"]) / 100), s["campaign"])
        else:
            p = '<strong class="text-2xl">%s</strong>' % _tl(price)
        plans.append('<div class="price-card"><h3>%s</h3><p class="text-sm">%s</p><p class="price">%s<span class="text-sm">/ay + KDV</span></p><a class="btn" href="https://panel.bulutay.com.tr/kayit?plan=%s">Hemen başla</a></div>'
                     % (name, spec, p, name.split()[-1].lower()))
    st = {"ok": ("Tüm sistemler çalışıyor", "bg-green-500"), "minor": ("Kısmi performans düşüşü", "bg-yellow-500"),
          "maint": ("Planlı bakım sürüyor", "bg-blue-500")}[s["status"]]
    csrf = s["csrf"]
    return """<!DOCTYPE html>
<html lang="tr-TR">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" href="/dist/css/app.css?v=%(v)s">
    <script defer src="/dist/js/alpine.min.js?v=%(v)s"></script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-BLT4Y2K9XQ"></script>
<title>Gizlilik Politikası | Bulutay</title>
<meta name="description" content="Bulutay Bulut Bilişim A.Ş. gizlilik ve kişisel verilerin korunması politikası.">
<meta name="generator" content="SEOmatic">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all">
<meta content="tr_TR" property="og:locale">
<meta content="Bulutay" property="og:site_name">
<meta content="website" property="og:type">
<meta content="%(url)s" property="og:url">
<link href="%(url)s" rel="canonical">
<link href="https://www.bulutay.com.tr/" rel="home">
<link type="text/plain" href="https://www.bulutay.com.tr/humans.txt" rel="author">
</head>
<body class="page-yasal" x-data="{ mobileNav: false }"><script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"WebPage","author":{"@id":"https://www.bulutay.com.tr/#identity"},"dateModified":"%(mod)s","datePublished":"2020-02-03T10:14:00+03:00","inLanguage":"tr-tr","mainEntityOfPage":"%(url)s","name":"Gizlilik Politikası","url":"%(url)s"},{"@id":"https://www.bulutay.com.tr/#identity","@type":"Corporation","name":"Bulutay Bulut Bilişim A.Ş."}]}</script>
<header class="site-header border-b">
  <div class="container mx-auto flex items-center justify-between py-4">
    <a href="https://www.bulutay.com.tr/" class="logo"><img src="https://www.bulutay.com.tr/uploads/logo/bulutay-logo.svg" alt="Bulutay" width="160" height="36"></a>
    <nav class="main-nav hidden lg:flex gap-6">
      <a href="https://www.bulutay.com.tr/bulut-sunucu">Bulut Sunucu</a>
      <a href="https://www.bulutay.com.tr/nesne-depolama">Nesne Depolama</a>
      <a href="https://www.bulutay.com.tr/yonetilen-veritabani">Veritabanı</a>
      <a href="https://www.bulutay.com.tr/alan-adi">Alan Adı</a>
      <a href="https://www.bulutay.com.tr/fiyatlar">Fiyatlar</a>
      <a href="https://docs.bulutay.com.tr/">Dokümantasyon</a>
    </nav>
    <a href="https://durum.bulutay.com.tr/" class="status-pill" data-statuspage="x4b2kq9m7d1c"><span class="dot %(stc)s"></span>%(stt)s</a>
    <a href="https://panel.bulutay.com.tr/" class="btn btn-primary">Giriş Yap</a>
  </div>
</header>
<main class="container mx-auto py-12">
  <h1 class="text-3xl font-bold mb-8">Yasal Bilgiler</h1>
  <div class="grid lg:grid-cols-4 gap-10">
  <div class="lg:col-span-3" x-data="{ tab: 'gizlilik' }">
    <div class="tabs flex gap-2 border-b mb-8" role="tablist">
      <button type="button" role="tab" @click="tab = 'gizlilik'" :class="{ 'tab-active': tab === 'gizlilik' }" class="tab tab-active">Gizlilik Politikası</button>
      <button type="button" role="tab" @click="tab = 'cerez'" :class="{ 'tab-active': tab === 'cerez' }" class="tab">Çerez Politikası</button>
    </div>
    <div id="gizlilik-politikasi" class="rich-text prose max-w-none" role="tabpanel" x-show="tab === 'gizlilik'">
%(policy)s
      <div class="kvkk-basvuru mt-10 rounded-xl border p-6">
        <h3>İlgili Kişi Başvuru Formu</h3>
        <form method="post" accept-charset="UTF-8" action="/yasal/gizlilik-politikasi" class="space-y-4">
          <input type="hidden" name="CRAFT_CSRF_TOKEN" value="%(csrf)s">
          <input type="hidden" name="action" value="contact-form/send">
          <input type="hidden" name="redirect" value="%(redir)s">
          <input type="hidden" name="toEmail" value="%(toemail)s">
          <label for="from-name">Ad Soyad</label><input id="from-name" type="text" name="fromName" required>
          <label for="from-email">E-posta</label><input id="from-email" type="email" name="fromEmail" required>
          <label for="tckn">T.C. Kimlik No</label><input id="tckn" type="text" name="message[TCKN]" maxlength="11">
          <label for="message">Talebiniz</label><textarea id="message" name="message[body]" rows="5" required></textarea>
          <div class="g-recaptcha" data-sitekey="6LcB3xkpAAAAAE9kTq1y8hZ3vYwQmR2nPzLs4tXa"></div>
          <button type="submit" class="btn btn-primary">Başvuruyu Gönder</button>
        </form>
      </div>
    </div>
    <div id="cerez-politikasi" class="rich-text prose max-w-none" role="tabpanel" x-show="tab === 'cerez'" style="display: none;">
      <h2>Çerez Politikası</h2>
      <p>Son güncelleme: %(cupd)s</p>
      <p>Bu Çerez Politikası, bulutay.com.tr alan adlı web sitemizde kullanılan çerezler hakkında sizi bilgilendirmek amacıyla hazırlanmıştır. Zorunlu çerezler dışındaki çerezler yalnızca açık rızanız ile kullanılır; tercihlerinizi sayfanın altındaki “Çerez Tercihleri” bağlantısından değiştirebilirsiniz.</p>
      <table><thead><tr><th>Çerez</th><th>Amaç</th><th>Süre</th></tr></thead><tbody>%(crow)s</tbody></table>
    </div>
  </div>
  <aside class="sidebar">
    <div class="card">
      <h2 class="card-title">Veri Merkezlerimiz</h2>
      <ul class="regions text-sm divide-y">%(regs)s</ul>
      <a class="text-sm underline" href="https://durum.bulutay.com.tr/">Canlı durum sayfası</a>
    </div>
    <div class="card">
      <h2 class="card-title">Yasal Belgeler</h2>
      <ul class="text-sm"><li><a href="https://www.bulutay.com.tr/yasal/hizmet-sozlesmesi">Hizmet Sözleşmesi</a></li><li><a href="https://www.bulutay.com.tr/yasal/gizlilik-politikasi">Gizlilik Politikası</a></li><li><a href="https://www.bulutay.com.tr/yasal/saklama-ve-imha-politikasi">Saklama ve İmha Politikası</a></li><li><a href="https://www.bulutay.com.tr/yasal/veri-isleme-sozlesmesi">Veri İşleme Sözleşmesi</a></li></ul>
    </div>
  </aside>
  </div>
</main>
<section class="pricing-strip bg-slate-50 py-12">
  <div class="container mx-auto">
    <h2 class="text-2xl font-bold mb-6">Popüler Bulut Sunucu Paketleri</h2>
    <div class="grid md:grid-cols-3 gap-6">%(plans)s</div>
    <p class="text-xs mt-4">Fiyatlara KDV dahil değildir. Kampanyalı fiyatlar ilk 3 ay için geçerlidir.</p>
  </div>
</section>
<footer class="site-footer bg-slate-900 text-slate-300 py-10">
  <div class="container mx-auto grid md:grid-cols-3 gap-8">
    <div><p>Bulutay Bulut Bilişim A.Ş.</p><p>BTK Yetkilendirme No: 2020/İHS-112</p></div>
    <form method="post" accept-charset="UTF-8" class="newsletter"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="%(csrf)s"><input type="hidden" name="action" value="newsletter/subscribe"><label for="nl-email">Bülten</label><input id="nl-email" type="email" name="email" placeholder="E-posta adresiniz"><button type="submit">Abone Ol</button></form>
    <ul><li><a href="https://www.bulutay.com.tr/yasal/gizlilik-politikasi">Gizlilik</a></li><li><a href="#" onclick="CookieConsent.showPreferences();return false;">Çerez Tercihleri</a></li><li><a href="https://www.bulutay.com.tr/iletisim">İletişim</a></li></ul>
  </div>
  <p class="text-center text-xs mt-8">© %(year)d Bulutay. Tüm hakları saklıdır.</p>
</footer>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script src="/dist/js/cookieconsent.umd.js?v=%(v)s"></script>
<script src="/dist/js/app.js?v=%(v)s"></script>
</body>
</html>
""" % dict(v=C.det_sha("craft", when.year, when.month // 4)[:10], url=URL, mod="%sT11:20:00+03:00" % fmt_iso(blocks),
           stc=st[1], stt=st[0], policy=policy, csrf=csrf, redir=C.det_sha("redir")[:64] + "yasal/tesekkurler",
           toemail=C.det_sha("toemail")[:64] + "kvkk@bulutay.com.tr", cupd=fmt_date(cupd), crow=crow,
           regs="".join(regs), plans="".join(plans), year=when.year)


def fmt_iso(blocks):
    """The policy's own date (SEOmatic's dateModified follows the entry's last save)."""
    for b in blocks:
        if b[0] == "p" and b[1].startswith("Son güncelleme: "):
            day, mon, year = b[1][len("Son güncelleme: "):].split()
            return "%s-%02d-%02d" % (year, AYLAR.index(mon) + 1, int(day))
    return "2020-02-03"


PAGE = {
    "service": "Bulutay",
    "url": URL,
    "lang": "tr",
    "platform": "Craft CMS 4 (Twig, SEOmatic, Alpine.js tabs, Contact Form plugin)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "Craft CMS"), ("Set-Cookie", "CraftSessionId=deleted; path=/; secure; HttpOnly")],
    "n": 30,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2025, 6, 15),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#gizlilik-politikasi", "remove": ".kvkk-basvuru"},
}
