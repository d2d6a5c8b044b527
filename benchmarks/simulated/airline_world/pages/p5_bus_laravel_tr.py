"""A Turkish intercity bus operator's KVKK disclosure (Turkish "Aydınlatma Metni") on a Laravel 10 site with
Livewire 3 and Bootstrap 5: the KVKK page holds three documents in tabs (Aydınlatma Metni, active; Açık Rıza
Metni and Çerez Politikası in hidden tab panes beside it). Per visit: the CSRF token (meta and the search form's
hidden `_token`), the Livewire `wire:snapshot` checksum of the trip-search component, seat counters ("Son 3
koltuk") in the popular-trips strip; sticky: a campaign banner ("549 TL'den başlayan fiyatlarla"), Vite asset
hashes per deploy. All outside the selected `#aydinlatma-metni` tab pane."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Son güncelleme: {UPDATED}

Anadolu Yıldızı Turizm ve Taşımacılık A.Ş. ("Anadolu Yıldızı" veya "Şirket") olarak, yolcularımızın, web sitemizi ve mobil uygulamamızı kullanan ziyaretçilerimizin ve kargo hizmetimizden yararlanan müşterilerimizin kişisel verilerinin güvenliğine büyük önem veriyoruz. Bu aydınlatma metni, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") madde 10 uyarınca, veri sorumlusu sıfatıyla kişisel verilerinizi hangi amaçlarla ve hangi hukuki sebeplere dayanarak işlediğimiz, kimlere aktardığımız ve KVKK kapsamındaki haklarınız hakkında sizi bilgilendirmek amacıyla hazırlanmıştır.

## 1. Veri Sorumlusu

@ Anadolu Yıldızı Turizm ve Taşımacılık A.Ş.
@ Mersis No: 0068 1234 5670 0015
@ Otogar Mah. Yıldız Cad. No: 12, 06560 Yenimahalle / Ankara

## 2. İşlenen Kişisel Veri Kategorileri

| Veri kategorisi | Örnek veriler |
| Kimlik | Ad, soyad, T.C. kimlik numarası, pasaport numarası (yabancı uyruklu yolcular için), doğum tarihi, cinsiyet |
| İletişim | Cep telefonu numarası, e-posta adresi |
| Müşteri işlem | Bilet numarası, PNR kodu, güzergâh, sefer tarihi ve saati, koltuk numarası, bilet iptal ve değişiklik kayıtları |
| Finans | Ödeme tutarı, kartın son dört hanesi, banka bilgisi (iade işlemlerinde IBAN) |
| Fiziksel mekân güvenliği | Otobüs içi ve yazıhane kamera kayıtları |
| İşlem güvenliği | IP adresi, cihaz bilgisi, internet sitesi giriş-çıkış kayıtları |
| Sağlık | Engelli yolcu indirimi için sunulan engellilik oranı bilgisi |

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Bilet satış, rezervasyon, iptal ve iade süreçlerinin yürütülmesi;
- Karayolu Taşıma Yönetmeliği uyarınca yolcu listelerinin düzenlenmesi ve yetkili mercilere bildirilmesi;
- Sefer saatinde değişiklik, gecikme veya iptal durumunda tarafınıza SMS ve e-posta ile bilgi verilmesi;
- Zorunlu karayolu yolcu taşımacılık koltuk ferdi kaza sigortası işlemlerinin yürütülmesi;
- Yolcu ve çalışan güvenliğinin sağlanması, kamera kayıtlarının tutulması;
- Müşteri şikâyet ve taleplerinin değerlendirilmesi;
- Açık rızanız bulunması hâlinde kampanya, indirim ve sadakat programı bildirimlerinin gönderilmesi.

## 4. Hukuki Sebepler

Kişisel verileriniz; KVKK madde 5/2 kapsamında bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması, bir hakkın tesisi, kullanılması veya korunması için veri işlemenin zorunlu olması ve ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması hukuki sebeplerine dayanılarak işlenmektedir. Engellilik bilgisi ve ticari elektronik ileti gönderimi ise yalnızca açık rızanıza dayanılarak işlenir.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcı gruplarına aktarılabilmektedir:

- Ulaştırma ve Altyapı Bakanlığı, Emniyet Genel Müdürlüğü ve diğer yetkili kamu kurum ve kuruluşları;
- Koltuk ferdi kaza sigortası poliçesinin düzenlendiği sigorta şirketi;
- Ödeme kuruluşları ve bankalar;
- Acente ve yazıhanelerimiz ile online bilet satış platformları;
- Bilgi teknolojileri, SMS ve e-posta hizmeti aldığımız tedarikçiler.

Web sitemizde kullanılan bazı analiz hizmetlerinin sunucuları yurt dışında bulunduğundan, bu hizmetler kapsamında işlenen verileriniz KVKK madde 9'da öngörülen usul ve esaslara uygun olarak yurt dışına aktarılabilmektedir.

## 6. Kargo Hizmeti Kapsamında İşlenen Veriler

Kargo gönderici ve alıcılarının ad, soyad, T.C. kimlik numarası, telefon numarası ve adres bilgileri; 6475 sayılı Posta Hizmetleri Kanunu ve ilgili ikincil mevzuat uyarınca gönderinin kabulü, taşınması, teslimi ve kayıt altına alınması amacıyla işlenir. Teslimat sırasında alıcının kimlik kartı ibraz etmesi istenebilir; kimlik kartının fotokopisi alınmaz, yalnızca kimlik numarası teslim kaydına işlenir.

## 7. Çocuklara Ait Kişisel Veriler

7 yaşından küçük çocuklar, koltuk almamaları hâlinde ebeveyni veya vasisiyle birlikte ücretsiz seyahat edebilir. Bu durumda çocuğun adı, soyadı ve T.C. kimlik numarası yolcu listesine kaydedilir. 18 yaşından küçük yolcuların refakatsiz seyahatinde, veli muvafakatnamesinde yer alan bilgiler yalnızca yolculuğun güvenli biçimde tamamlanması amacıyla işlenir.

## 8. Kişisel Verilerin Toplanma Yöntemi

Kişisel verileriniz; web sitemiz, mobil uygulamamız, çağrı merkezimiz, yazıhanelerimiz, acentelerimiz ve otobüslerimizdeki kamera sistemleri aracılığıyla, elektronik veya fiziki ortamda, otomatik ya da otomatik olmayan yöntemlerle toplanmaktadır.

## 9. Saklama Süreleri

| Veri | Saklama süresi |
| Bilet ve yolcu listesi kayıtları | 10 yıl |
| Otobüs içi kamera kayıtları | 30 gün |
| Çağrı merkezi ses kayıtları | 2 yıl |
| Site trafik bilgileri | 2 yıl |

Süresi dolan kişisel veriler, Kişisel Veri Saklama ve İmha Politikamız uyarınca periyodik imha süreçlerinde silinir, yok edilir veya anonim hâle getirilir.

## 10. İlgili Kişinin Hakları

KVKK madde 11 uyarınca Şirketimize başvurarak;

- Kişisel verilerinizin işlenip işlenmediğini öğrenme,
- Kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- Kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- Yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- Kişisel verilerinizin eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK madde 7'de öngörülen şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- İşlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- Kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 11. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, kimliğinizi tespit edici belgelerle birlikte ıslak imzalı dilekçe ile yukarıdaki adresimize şahsen veya noter aracılığıyla, ya da sistemimizde kayıtlı e-posta adresinizden [kvkk@anadoluyildizi.com.tr](mailto:kvkk@anadoluyildizi.com.tr) adresine iletebilirsiniz. Başvurunuz en geç otuz gün içinde ücretsiz olarak sonuçlandırılacaktır.

## 12. Veri Güvenliği

Kişisel verilerinizin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek amacıyla; ödeme sayfalarımızda 3D Secure ve TLS şifreleme kullanmakta, bilet satış sistemine erişimi yetki matrisine göre sınırlandırmakta, yazıhane çalışanlarımıza düzenli KVKK eğitimleri vermekte ve sızma testlerini yılda en az bir kez bağımsız firmalara yaptırmaktayız. Kişisel verilerinizin kanuni olmayan yollarla başkaları tarafından elde edilmesi hâlinde bu durum en kısa sürede Kişisel Verileri Koruma Kurulu'na ve tarafınıza bildirilecektir.

Bu aydınlatma metni, mevzuattaki değişiklikler ve hizmetlerimizdeki yenilikler doğrultusunda güncellenebilir. Güncel metne her zaman bu sayfadan ulaşabilirsiniz.
"""

EDITS = [
    {"note": "bus CCTV retention changed from 30 to 60 days",
     "repl": [("| Otobüs içi kamera kayıtları | 30 gün |", "| Otobüs içi kamera kayıtları | 60 gün |")]},
    {"note": "KEP address added to the application channels",
     "repl": [("adresine iletebilirsiniz.", "adresine ya da kayıtlı elektronik posta (KEP) adresimiz "
               "anadoluyildizi@hs01.kep.tr üzerinden iletebilirsiniz.")]},
    {"note": "Mersis number corrected (one digit, no date bump)",
     "repl": [("@ Mersis No: 0068 1234 5670 0015", "@ Mersis No: 0068 1234 5670 0016")], "bump": False},
    {"note": "new recipient (loyalty programme partner) and new purpose (Yıldız Puan) added",
     "repl": [("- Acente ve yazıhanelerimiz ile online bilet satış platformları;",
               "- Acente ve yazıhanelerimiz ile online bilet satış platformları;\n"
               "- Yıldız Puan sadakat programı kapsamında iş ortağımız olan anlaşmalı kuruluşlar;"),
              ("- Müşteri şikâyet ve taleplerinin değerlendirilmesi;",
               "- Müşteri şikâyet ve taleplerinin değerlendirilmesi;\n"
               "- Yıldız Puan sadakat programına üyeliğin ve puan kazanım işlemlerinin yürütülmesi;")]},
    {"note": "head office address changed",
     "repl": [("@ Otogar Mah. Yıldız Cad. No: 12, 06560 Yenimahalle / Ankara",
               "@ Mustafa Kemal Mah. Dumlupınar Bulvarı No: 274, 06530 Çankaya / Ankara")]},
]

RIZA = """<h2>Açık Rıza Metni</h2>
<p>6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında, Anadolu Yıldızı Turizm ve Taşımacılık A.Ş. tarafından tarafıma sunulan Aydınlatma Metni'ni okuduğumu ve anladığımı; kampanya, indirim ve Yıldız Puan bildirimlerinin SMS, e-posta ve anlık bildirim yoluyla tarafıma gönderilmesi amacıyla iletişim verilerimin işlenmesine açık rızam olduğunu kabul ederim.</p>
<p>Açık rızanızı dilediğiniz zaman üyelik hesabınızdaki İletişim Tercihleri bölümünden veya 444 0 626 numaralı çağrı merkezimizi arayarak geri alabilirsiniz.</p>"""

CEREZ = """<h2>Çerez Politikası</h2>
<p>İnternet sitemizde, sitenin düzgün çalışması için zorunlu çerezler ile ziyaretçi istatistikleri ve kişiselleştirilmiş reklamlar için performans ve hedefleme çerezleri kullanılmaktadır.</p>
<table class="table table-sm"><thead><tr><th>Çerez</th><th>Türü</th><th>Süresi</th></tr></thead><tbody>
<tr><td>XSRF-TOKEN</td><td>Zorunlu</td><td>2 saat</td></tr><tr><td>anadolu_yildizi_session</td><td>Zorunlu</td><td>Oturum</td></tr><tr><td>_ga</td><td>Performans</td><td>2 yıl</td></tr><tr><td>_fbp</td><td>Hedefleme</td><td>3 ay</td></tr></tbody></table>
<p>Çerez tercihlerinizi sayfanın altındaki "Çerez Ayarları" bağlantısından dilediğiniz zaman değiştirebilirsiniz.</p>"""

TRIPS = [("İstanbul", "Ankara", 549), ("Ankara", "İzmir", 629), ("İstanbul", "Bursa", 329), ("Ankara", "Antalya", 599),
         ("İstanbul", "Trabzon", 999), ("Kayseri", "Ankara", 349), ("İzmir", "Denizli", 299), ("Konya", "İstanbul", 699)]
CAMPAIGNS = [("Erken rezervasyon fırsatı", "İstanbul – Ankara 549 TL'den başlayan fiyatlarla!"),
             ("Öğrencilere özel", "Tüm seferlerde %15 indirim, Yıldız Puan kazanmaya devam."),
             ("Bayram seferleri satışta", "Ek seferlerle yerinizi şimdiden ayırtın."),
             ("Gidiş-dönüş al, kazan", "Dönüş biletinde %20 indirim.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["csrf"] = C.alnum(rng, 40)
    st["livewire"] = {"id": C.alnum(rng, 20), "checksum": C.hexs(rng, 64)}
    st["vite"] = C.keep_or(rng, prev.get("vite"), 0.12, lambda: (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                                                             C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")))
    st["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.3, lambda: rng.randrange(len(CAMPAIGNS)))
    st["seats"] = [(a, b, p, rng.choice([2, 3, 4, 5, 7, 9, 12, None, None])) for a, b, p in rng.sample(TRIPS, 4)]
    return st


LABELS = {"csrf": "CSRF token", "livewire": "Livewire wire:snapshot", "vite": "Vite asset hashes",
          "campaign": "campaign banner", "seats": "popular trips with seat counters"}


def render(st, blocks, when):
    tok = st["csrf"]
    lw = st["livewire"]
    snap = json.dumps({"data": {"kalkis": None, "varis": None, "tarih": when.strftime("%Y-%m-%d"), "tip": "tek-yon"},
                       "memo": {"id": lw["id"], "name": "sefer-ara", "path": "kvkk/aydinlatma-metni", "method": "GET",
                                "children": [], "scripts": [], "assets": [], "errors": [], "locale": "tr"},
                       "checksum": lw["checksum"]}, ensure_ascii=False, separators=(",", ":"))
    jsh, cssh = st["vite"]
    ch, ct = CAMPAIGNS[st["campaign"]]
    seats = "\n".join(
        '<div class="col-6 col-lg-3"><a class="trip-card" href="/sefer/%s-%s"><span class="trip-card__route">%s → %s</span>'
        '<span class="trip-card__price">%d TL\'den</span>%s</a></div>'
        % (C.det_sha(a)[:6], C.det_sha(b)[:6], a, b, p,
           ('<span class="trip-card__seats badge bg-danger">Son %d koltuk</span>' % s) if s else "")
        for a, b, p, s in st["seats"])
    return """<!DOCTYPE html>
<html lang="tr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="%(tok)s">
    <title>KVKK Aydınlatma Metni | Anadolu Yıldızı Turizm</title>
    <meta name="description" content="Anadolu Yıldızı Turizm kişisel verilerin korunması aydınlatma metni, açık rıza metni ve çerez politikası.">
    <link rel="preload" as="style" href="https://www.anadoluyildizi.com.tr/build/assets/app-%(cssh)s.css" /><link rel="modulepreload" href="https://www.anadoluyildizi.com.tr/build/assets/app-%(jsh)s.js" /><link rel="stylesheet" href="https://www.anadoluyildizi.com.tr/build/assets/app-%(cssh)s.css" /><script type="module" src="https://www.anadoluyildizi.com.tr/build/assets/app-%(jsh)s.js"></script>
    <!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], [wire\\:loading\\.inline-block][wire\\:loading\\.inline-block] {display: none;}[wire\\:offline][wire\\:offline] {display: none;}[wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}:root {--livewire-progress-bar-color: #2299dd;}[x-cloak] {display: none !important;}</style>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-AYT7WQ2K1M"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-AYT7WQ2K1M');</script>
</head>
<body class="page-kvkk">
<div class="campaign-bar bg-warning text-dark py-2 text-center"><strong>%(ch)s</strong> %(ct)s <a href="/kampanyalar" class="ms-2">Detaylar</a></div>
<header class="site-header border-bottom">
    <nav class="navbar navbar-expand-lg container">
        <a class="navbar-brand" href="https://www.anadoluyildizi.com.tr"><img src="/images/logo.svg" alt="Anadolu Yıldızı Turizm" height="42"></a>
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Menü"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="mainNav">
            <ul class="navbar-nav ms-auto">
                <li class="nav-item"><a class="nav-link" href="/bilet-al">Otobüs Bileti</a></li>
                <li class="nav-item"><a class="nav-link" href="/pnr-sorgula">PNR Sorgula</a></li>
                <li class="nav-item"><a class="nav-link" href="/kargo">Kargo</a></li>
                <li class="nav-item"><a class="nav-link" href="/yazihaneler">Yazıhaneler</a></li>
                <li class="nav-item"><a class="nav-link" href="/yildiz-puan">Yıldız Puan</a></li>
                <li class="nav-item"><a class="nav-link btn btn-outline-primary ms-lg-2" href="/giris">Üye Girişi</a></li>
            </ul>
        </div>
    </nav>
</header>
<section class="search-mini bg-light py-3">
    <div class="container">
        <div wire:snapshot="%(snap)s" wire:effects="[]" wire:id="%(lwid)s">
            <form wire:submit="ara" class="row g-2 align-items-end" method="POST" action="/sefer-ara">
                <input type="hidden" name="_token" value="%(tok)s" autocomplete="off">
                <div class="col-md-3"><label class="form-label" for="kalkis">Nereden</label><input wire:model="kalkis" id="kalkis" class="form-control" placeholder="Kalkış şehri"></div>
                <div class="col-md-3"><label class="form-label" for="varis">Nereye</label><input wire:model="varis" id="varis" class="form-control" placeholder="Varış şehri"></div>
                <div class="col-md-3"><label class="form-label" for="tarih">Tarih</label><input type="date" wire:model="tarih" id="tarih" class="form-control"></div>
                <div class="col-md-3"><button type="submit" class="btn btn-primary w-100">Sefer Ara</button></div>
            </form>
        </div>
    </div>
</section>
<main class="container py-4">
    <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Ana Sayfa</a></li><li class="breadcrumb-item active" aria-current="page">KVKK</li></ol></nav>
    <ul class="nav nav-tabs" id="kvkkTabs" role="tablist">
        <li class="nav-item" role="presentation"><button class="nav-link active" id="aydinlatma-tab" data-bs-toggle="tab" data-bs-target="#aydinlatma-metni" type="button" role="tab" aria-controls="aydinlatma-metni" aria-selected="true">Aydınlatma Metni</button></li>
        <li class="nav-item" role="presentation"><button class="nav-link" id="riza-tab" data-bs-toggle="tab" data-bs-target="#acik-riza-metni" type="button" role="tab" aria-controls="acik-riza-metni" aria-selected="false">Açık Rıza Metni</button></li>
        <li class="nav-item" role="presentation"><button class="nav-link" id="cerez-tab" data-bs-toggle="tab" data-bs-target="#cerez-politikasi" type="button" role="tab" aria-controls="cerez-politikasi" aria-selected="false">Çerez Politikası</button></li>
    </ul>
    <div class="tab-content border border-top-0 p-4 bg-white" id="kvkkTabsContent">
        <div class="tab-pane fade show active" id="aydinlatma-metni" role="tabpanel" aria-labelledby="aydinlatma-tab" tabindex="0">
%(body)s
        </div>
        <div class="tab-pane fade" id="acik-riza-metni" role="tabpanel" aria-labelledby="riza-tab" tabindex="0">
%(riza)s
        </div>
        <div class="tab-pane fade" id="cerez-politikasi" role="tabpanel" aria-labelledby="cerez-tab" tabindex="0">
%(cerez)s
        </div>
    </div>
    <section class="popular-trips mt-5">
        <h2 class="h5">Popüler Seferler</h2>
        <div class="row g-3">
%(seats)s
        </div>
    </section>
</main>
<footer class="site-footer bg-dark text-white-50 py-4">
    <div class="container">
        <div class="row">
            <div class="col-md-6"><p>Çağrı Merkezi: <a href="tel:4440626" class="text-white">444 0 626</a></p><p>Yolcu Hakları: <a href="/yolcu-haklari" class="text-white">Karayolu Yolcu Hakları</a></p></div>
            <div class="col-md-6 text-md-end"><a href="/kvkk/aydinlatma-metni" class="text-white">KVKK</a> · <a href="/tasima-sozlesmesi" class="text-white">Taşıma Sözleşmesi</a> · <a href="#" class="text-white" data-cookie-settings>Çerez Ayarları</a></div>
        </div>
        <p class="mt-3 small">© %(year)d Anadolu Yıldızı Turizm ve Taşımacılık A.Ş. Tüm hakları saklıdır. D2 Yetki Belgesi No: 4521</p>
    </div>
</footer>
<script src="/livewire/livewire.min.js?id=%(lwv)s" data-csrf="%(tok)s" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""" % {"tok": tok, "cssh": cssh, "jsh": jsh, "ch": ch, "ct": ct, "snap": html.escape(snap), "lwid": lw["id"],
       "body": C.blocks_html(blocks, {"table": "table table-bordered", "addr": "mb-3"}), "riza": RIZA, "cerez": CEREZ,
       "seats": seats, "year": when.year, "lwv": C.det_sha("lw", jsh)[:8]}


PAGE = {
    "service": "Anadolu Yildizi Turizm",
    "url": "https://www.anadoluyildizi.com.tr/kvkk/aydinlatma-metni",
    "lang": "tr",
    "platform": "Laravel 10 + Livewire 3 + Bootstrap 5 (tabs)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx/1.24.0"), ("Cache-Control", "no-cache, private"),
                      ("Set-Cookie", "XSRF-TOKEN=deleted; path=/; samesite=lax")),
    "n": 29,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.anadoluyildizi.com.tr/kvkk/aydinlatma-metni", "select": "#aydinlatma-metni"},
}
