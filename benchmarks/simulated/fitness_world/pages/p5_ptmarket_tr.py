"""Turkish personal-training marketplace on Angular Universal (SSR). The legal page holds three documents in tabs
(KVKK notice, explicit consent text, cookie policy); the declaration selects the notice's tab panel. Noise: a
rotating featured-trainer carousel and a weekly bookings counter (outside), transfer state per visit, and the
`_ngcontent-*` ids on every element inside the panel, which change on deploys and on the Angular 15 -> 16
upgrade (serverApp-state with &q; escapes -> ng-state)."""
import datetime as dt
import html
import json

import common as C

MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]

POLICY = """# Kişisel Verilerin Korunması Kanunu Kapsamında Aydınlatma Metni

Son güncelleme tarihi: {UPDATED}

FitEşleş Teknoloji A.Ş. ("FitEşleş" veya "Şirket") olarak, fiteslesh.com.tr internet sitesi ve FitEşleş mobil uygulaması (birlikte "Platform") üzerinden kişisel antrenör arayan danışanlar ile hizmet veren eğitmenlere ait kişisel verileri, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca veri sorumlusu sıfatıyla işlemekteyiz. Bu aydınlatma metni, hangi kişisel verilerinizi hangi amaçlarla işlediğimizi, kimlere aktardığımızı ve haklarınızı açıklamaktadır.

## 1. Veri Sorumlusu

@ FitEşleş Teknoloji A.Ş.
@ Esentepe Mah. Büyükdere Cad. No: 201 Kat: 8
@ 34394 Şişli / İstanbul
@ Mersis No: 0388 1204 7720 0015
@ KEP: fiteslesh@hs03.kep.tr

## 2. İşlenen Kişisel Veri Kategorileri

| Veri Kategorisi | Danışanlar | Eğitmenler |
| Kimlik | Ad, soyad, doğum tarihi | Ad, soyad, T.C. kimlik numarası, doğum tarihi |
| İletişim | Telefon numarası, e-posta adresi, ilçe | Telefon numarası, e-posta adresi, adres |
| Mesleki deneyim | - | Sertifikalar, uzmanlık alanları, diploma bilgileri |
| Müşteri işlem | Rezervasyon geçmişi, ders paketleri, değerlendirmeler | Ders takvimi, hakediş bilgileri, puanlar |
| Finans | Ödeme tutarı, kartın son dört hanesi | IBAN, fatura bilgileri |
| Sağlık | Sakatlık, kronik rahatsızlık, hamilelik bilgisi (yalnızca açık rıza ile) | - |
| İşlem güvenliği | IP adresi, cihaz bilgisi, oturum kayıtları | IP adresi, cihaz bilgisi, oturum kayıtları |
| Görsel | Profil fotoğrafı (isteğe bağlı) | Profil fotoğrafı ve tanıtım videosu |

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Danışanlar ile eğitmenlerin eşleştirilmesi, ders rezervasyonlarının oluşturulması ve yönetilmesi,
- Ödemelerin alınması, eğitmen hakedişlerinin hesaplanması ve fatura düzenlenmesi,
- Eğitmen başvurularının değerlendirilmesi ve sertifikaların doğrulanması,
- Antrenman programının danışanın sağlık durumuna uygun olarak hazırlanması,
- Platform güvenliğinin sağlanması, dolandırıcılığın önlenmesi ve hukuki uyuşmazlıkların çözümü,
- Müşteri memnuniyeti anketlerinin yürütülmesi ve hizmet kalitesinin artırılması,
- Açık rızanız bulunması halinde kampanya ve indirimlere ilişkin ticari elektronik ileti gönderilmesi.

## 4. Kişisel Veri Toplamanın Yöntemi ve Hukuki Sebebi

Kişisel verileriniz; Platform'a üye olmanız, profil ve ankete ilişkin formları doldurmanız, rezervasyon yapmanız, müşteri hizmetleri ile iletişime geçmeniz ve çerezler aracılığıyla elektronik ortamda toplanmaktadır. Bu veriler KVKK'nın 5. maddesinin 2. fıkrasında yer alan "bir sözleşmenin kurulması veya ifası", "veri sorumlusunun hukuki yükümlülüğünü yerine getirmesi", "bir hakkın tesisi, kullanılması veya korunması" ve "ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla veri sorumlusunun meşru menfaati" hukuki sebeplerine dayanılarak işlenmektedir. Sağlık verileriniz ise yalnızca KVKK'nın 6. maddesi uyarınca açık rızanıza dayanılarak işlenir.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcılara aktarılabilir:

- Rezervasyon yaptığınız eğitmene (ad, soyad, telefon numarası ve antrenman için gerekli sağlık bilgileri),
- Ödeme hizmetlerini yürüten iyzico Ödeme Hizmetleri A.Ş.'ye,
- SMS gönderimi için Netgsm İletişim ve Bilgi Teknolojileri A.Ş.'ye,
- Muhasebe ve hukuk danışmanlığı aldığımız iş ortaklarımıza,
- Talep halinde yetkili kamu kurum ve kuruluşlarına.

Platform'un barındırma hizmetleri Amazon Web Services EMEA SARL tarafından Frankfurt (Almanya) veri merkezinde sağlanmaktadır. Yurt dışına aktarım, KVKK'nın 9. maddesine uygun olarak standart sözleşme imzalanması ve Kişisel Verileri Koruma Kurumu'na bildirilmesi suretiyle gerçekleştirilmektedir.

## 6. Saklama Süreleri

Kişisel verileriniz, üyeliğiniz devam ettiği sürece ve üyeliğin sona ermesinden itibaren ilgili mevzuatta öngörülen zamanaşımı süreleri boyunca (genel olarak 10 yıl) saklanır. Fatura ve muhasebe kayıtları Vergi Usul Kanunu uyarınca 5 yıl, işlem güvenliği kayıtları 5651 sayılı Kanun uyarınca 2 yıl saklanır. Sağlık verileriniz, açık rızanızı geri almanız veya üyeliğinizi sonlandırmanız halinde en geç 30 gün içinde silinir.

## 6a. Eğitmenlerin Sorumluluğu

Platform üzerinden hizmet veren eğitmenler, danışanların kendileriyle paylaşılan kişisel verilerini yalnızca ders hizmetinin sunulması amacıyla kullanmakla ve bu verileri üçüncü kişilerle paylaşmamakla yükümlüdür. Eğitmenlerin danışan bilgilerini Platform dışında saklaması, danışanlarla Platform dışında ticari iletişim kurması veya danışan fotoğraflarını izinsiz olarak sosyal medyada paylaşması eğitmen sözleşmesine aykırılık teşkil eder. Bu tür durumları destek@fiteslesh.com.tr adresine bildirebilirsiniz.

## 6b. Veri Güvenliği

Şirket, kişisel verilerin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek amacıyla gerekli teknik ve idari tedbirleri almaktadır. Bu kapsamda veriler şifreli olarak iletilmekte, yetkilendirme matrisi ile erişim sınırlandırılmakta, sızma testleri düzenli olarak yaptırılmakta ve çalışanlara yılda en az bir kez KVKK eğitimi verilmektedir.

## 7. İlgili Kişi Olarak Haklarınız

KVKK'nın 11. maddesi uyarınca, Şirket'e başvurarak:

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- işlenmişse buna ilişkin bilgi talep etme,
- işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme,
- eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK'nın 7. maddesinde öngörülen şartlar çerçevesinde silinmesini veya yok edilmesini isteme,
- düzeltme, silme ve yok etme işlemlerinin verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- işlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 7a. Otomatik Karar Verme ve Eşleştirme

Platform, danışanlara uygun eğitmenleri önerirken hedef, konum, bütçe ve uygunluk bilgilerini kullanan otomatik bir eşleştirme algoritmasından yararlanmaktadır. Bu öneriler yalnızca bir sıralama niteliğindedir; eğitmen seçimi her zaman danışan tarafından yapılır. Eğitmenlerin Platform'daki görünürlüğü ise danışan değerlendirmeleri, iptal oranları ve yanıt süreleri dikkate alınarak belirlenir. Bu sonuçlara itiraz etmek isteyen eğitmenler, egitmen@fiteslesh.com.tr adresine başvurarak değerlendirmenin bir çalışanımız tarafından yeniden yapılmasını talep edebilir.

## 8. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ'e uygun olarak; kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese yazılı olarak, KEP adresimize güvenli elektronik imzalı olarak veya Platform'a kayıtlı e-posta adresinizden kvkk@fiteslesh.com.tr adresine iletebilirsiniz. Başvurunuz, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılacaktır."""

CONSENT = """Açık Rıza Metni

FitEşleş Teknoloji A.Ş. tarafından, Aydınlatma Metni'nde belirtilen amaçlarla; sakatlık, kronik rahatsızlık ve hamilelik bilgisi gibi sağlık verilerimin, antrenman programımın güvenli şekilde hazırlanması amacıyla işlenmesine ve rezervasyon yaptığım eğitmen ile paylaşılmasına açık rıza veriyorum.

Kampanya, indirim ve yeni hizmetlere ilişkin ticari elektronik iletilerin tarafıma SMS, e-posta ve bildirim yoluyla gönderilmesine onay veriyorum. Onayımı dilediğim zaman Hesabım > İletişim Tercihleri menüsünden geri alabilirim."""

COOKIES = """Çerez Politikası

Platform'da oturumunuzu sürdürmek için zorunlu çerezler, site kullanımını ölçmek için Google Analytics çerezleri ve reklam performansını ölçmek için Meta Pixel çerezleri kullanılmaktadır. Zorunlu çerezler dışındaki çerezler yalnızca onayınızla yerleştirilir.

Çerez tercihlerinizi sayfanın alt kısmındaki Çerez Ayarları bağlantısından dilediğiniz zaman değiştirebilirsiniz. Tarayıcınızın ayarlarından da çerezleri silebilir veya engelleyebilirsiniz."""

EDITS = [
    {"note": "SMS provider replaced (Netgsm -> İleti Merkezi)",
     "repl": [("- SMS gönderimi için Netgsm İletişim ve Bilgi Teknolojileri A.Ş.'ye,",
               "- SMS gönderimi için Efilli İleti Merkezi Bilişim A.Ş.'ye,")]},
    {"note": "new table row: location data for outdoor sessions",
     "repl": [("| Görsel | Profil fotoğrafı (isteğe bağlı) | Profil fotoğrafı ve tanıtım videosu |",
               "| Görsel | Profil fotoğrafı (isteğe bağlı) | Profil fotoğrafı ve tanıtım videosu |\n"
               "| Konum | Açık hava dersleri için buluşma noktası | Hizmet verilen ilçeler ve anlık konum (yalnızca ders sırasında) |")]},
    {"note": "address change (office moved to Maslak)",
     "repl": [("@ Esentepe Mah. Büyükdere Cad. No: 201 Kat: 8\n@ 34394 Şişli / İstanbul",
               "@ Maslak Mah. Eski Büyükdere Cad. No: 27 Kat: 14\n@ 34485 Sarıyer / İstanbul")]},
    {"note": "new paragraph on 2024 KVKK amendment (cross-border transfer on standard contract)",
     "repl": [("Yurt dışına aktarım, KVKK'nın 9. maddesine uygun olarak standart sözleşme imzalanması ve Kişisel "
               "Verileri Koruma Kurumu'na bildirilmesi suretiyle gerçekleştirilmektedir.",
               "Yurt dışına aktarım, 7499 sayılı Kanun ile değişik KVKK'nın 9. maddesine uygun olarak standart "
               "sözleşme imzalanması ve bu sözleşmenin imzalanmasından itibaren beş iş günü içinde Kişisel Verileri "
               "Koruma Kurumu'na bildirilmesi suretiyle gerçekleştirilmektedir. Eğitmenlerin ders sırasında "
               "kullandığı akıllı saat uygulamaları aracılığıyla yapılan aktarımlar bu kapsamda değildir.")]},
    {"note": "transaction-security log retention corrected 2 -> 1 year, no date bump", "bump": False,
     "repl": [("5651 sayılı Kanun uyarınca 2 yıl saklanır", "5651 sayılı Kanun uyarınca 1 yıl saklanır")]},
]

TRAINERS = [("Ece Yalçın", "Pilates, Postür", "Kadıköy", "4,9"), ("Burak Aydın", "Kuvvet, Powerlifting", "Beşiktaş", "4,8"),
            ("Selin Koç", "Fonksiyonel Antrenman", "Ataşehir", "5,0"), ("Mert Demir", "Boks, Kondisyon", "Şişli", "4,7"),
            ("Zeynep Arslan", "Hamilelik Sonrası Egzersiz", "Bakırköy", "4,9"), ("Kaan Öztürk", "Vücut Geliştirme", "Ankara Çankaya", "4,8"),
            ("Deniz Şahin", "Yoga, Esneme", "İzmir Karşıyaka", "4,9"), ("Emre Kılıç", "Koşu Koçluğu", "Sarıyer", "4,6"),
            ("Ayşe Çelik", "Kilo Yönetimi", "Üsküdar", "4,8"), ("Can Yıldız", "CrossFit", "Maltepe", "4,7"),
            ("Elif Aksoy", "Reformer Pilates", "Bursa Nilüfer", "5,0"), ("Oğuz Tekin", "Rehabilitasyon Egzersizleri", "Antalya Muratpaşa", "4,9")]

UPGRADE = dt.datetime(2023, 6, 20)


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    build = C.keep_or(rng, prev.get("build"), 0.2, lambda: C.hexs(rng, 16))
    if prev and (prev.get("ng") == "15") != (when < UPGRADE):
        build = C.hexs(rng, 16)
    carousel = tuple(rng.sample(range(len(TRAINERS)), 4))
    bookings = rng.randint(1800, 4200)
    return {"ng": "15" if when < UPGRADE else "16", "build": build, "carousel": carousel, "bookings": bookings,
            "transfer": C.uuid4(rng)}


LABELS = {"ng": "Angular major version", "build": "deploy (bundle hashes, _ngcontent ids inside the panel)",
          "carousel": "featured trainer carousel", "bookings": "weekly bookings counter",
          "transfer": "transfer state request id"}


def ids(state, comp):
    h = int(C.det_sha(state["build"], comp)[:8], 16)
    if state["ng"] == "15":
        return "_ngcontent-serverapp-c%d" % (h % 180 + 20), "_nghost-serverapp-c%d" % (h % 180 + 20)
    return "_ngcontent-ng-c%d" % (h % 4000000000), "_nghost-ng-c%d" % (h % 4000000000)


def ng_blocks(blocks, a):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s %s class="legal-doc__%s">%s</%s>' % (kind, a, kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append('<p %s>%s</p>' % (a, C.inline_html(v)))
        elif kind == "ul":
            out.append('<ul %s>%s</ul>' % (a, "".join('<li %s>%s</li>' % (a, C.inline_html(x)) for x in v)))
        elif kind == "table":
            head = "".join('<th %s>%s</th>' % (a, C.inline_html(x)) for x in v[0])
            body = "".join('<tr %s>%s</tr>' % (a, "".join('<td %s>%s</td>' % (a, C.inline_html(x)) for x in r))
                           for r in v[1:])
            out.append('<div %s class="table-responsive"><table %s class="table table-bordered"><thead %s><tr %s>%s'
                       '</tr></thead><tbody %s>%s</tbody></table></div>' % (a, a, a, a, head, a, body))
        elif kind == "addr":
            out.append('<address %s>%s</address>' % (a, ("<br %s>" % a).join(C.inline_html(x) for x in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    c_app, h_app = ids(state, "app")
    c_hdr, h_hdr = ids(state, "header")
    c_leg, h_leg = ids(state, "legal")
    c_doc, h_doc = ids(state, "doc")
    c_car, h_car = ids(state, "carousel")
    ver = "15.2.9" if state["ng"] == "15" else "16.2.12"
    b = state["build"]
    docs = [("aydinlatma", "Aydınlatma Metni", ng_blocks(blocks, c_doc)),
            ("acik-riza", "Açık Rıza Metni", ng_blocks(C.parse_src(CONSENT.replace("Açık Rıza Metni\n", "# Açık Rıza Metni\n", 1)), c_doc)),
            ("cerez", "Çerez Politikası", ng_blocks(C.parse_src(COOKIES.replace("Çerez Politikası\n", "# Çerez Politikası\n", 1)), c_doc))]
    tabs = "".join('<button %s type="button" role="tab" class="legal-tabs__tab%s" id="tab-%s" aria-controls="panel-%s" '
                   'aria-selected="%s" tabindex="%s">%s</button>'
                   % (c_leg, " legal-tabs__tab--active" if n == 0 else "", k, k, "true" if n == 0 else "false",
                      "0" if n == 0 else "-1", t) for n, (k, t, _) in enumerate(docs))
    panels = "".join('<section %s role="tabpanel" class="legal-doc" id="panel-%s" aria-labelledby="tab-%s"%s>'
                     '<app-legal-document %s %s>%s</app-legal-document></section>'
                     % (c_leg, k, k, "" if n == 0 else " hidden", c_leg, h_doc, body)
                     for n, (k, t, body) in enumerate(docs))
    cards = "".join(
        '<div %s class="trainer-card swiper-slide"><img %s src="https://cdn.fiteslesh.com.tr/trainers/%s.webp?w=320" '
        'alt="%s" loading="lazy" width="160" height="160"><div %s class="trainer-card__body"><h3 %s>%s</h3><p %s>%s</p>'
        '<p %s class="trainer-card__meta"><span %s>%s</span> · <span %s class="rating">★ %s</span></p>'
        '<a %s class="btn btn-sm btn-primary" href="/egitmen/%s">Ders Ayırt</a></div></div>'
        % (c_car, c_car, C.det_sha("t", TRAINERS[k][0])[:12], html.escape(TRAINERS[k][0]), c_car, c_car,
           html.escape(TRAINERS[k][0]), c_car, html.escape(TRAINERS[k][1]), c_car, c_car, html.escape(TRAINERS[k][2]),
           c_car, TRAINERS[k][3], c_car, C.det_sha("s", TRAINERS[k][0])[:8]) for k in state["carousel"])
    tstate = {"legal-page": {"slug": "kvkk", "requestId": state["transfer"], "ts": C.epoch(when) * 1000},
              "featured-trainers": [C.det_sha("s", TRAINERS[k][0])[:8] for k in state["carousel"]],
              "weekly-bookings": state["bookings"]}
    if state["ng"] == "15":
        ts = '<script id="serverApp-state" type="application/json">%s</script>' % (
            json.dumps(tstate, ensure_ascii=False).replace('"', "&q;"))
    else:
        ts = '<script id="ng-state" type="application/json">%s</script>' % json.dumps(tstate, ensure_ascii=False)
    return """<!DOCTYPE html><html lang="tr"><head>
  <meta charset="utf-8">
  <title>KVKK Aydınlatma Metni | FitEşleş - Sana Uygun Kişisel Antrenörü Bul</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="FitEşleş kişisel verilerin korunması aydınlatma metni, açık rıza metni ve çerez politikası.">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <link rel="apple-touch-icon" href="assets/icons/apple-touch-icon.png">
  <meta name="apple-itunes-app" content="app-id=1581240769">
<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.%s.css"></noscript><style ng-app-id="serverApp">.legal-tabs[%s]{display:flex;gap:8px;border-bottom:1px solid #e5e7eb}.legal-tabs__tab--active[%s]{border-bottom:3px solid #ff6b00;color:#ff6b00}.trainer-card[%s]{min-width:220px}</style>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-W4R9FQ2"></script>
</head>
<body>
  <app-root %s ng-version="%s"><app-header %s %s><header %s class="navbar navbar-expand-lg"><a %s class="navbar-brand" href="/"><img %s src="assets/img/logo-fiteslesh.svg" alt="FitEşleş" width="132" height="32"></a><nav %s class="navbar-nav"><a %s class="nav-link" href="/egitmenler">Eğitmen Bul</a><a %s class="nav-link" href="/online-dersler">Online Dersler</a><a %s class="nav-link" href="/egitmen-ol">Eğitmen Ol</a><a %s class="nav-link" href="/blog">Blog</a></nav><div %s class="navbar-actions"><a %s class="btn btn-outline-dark" href="/giris">Giriş Yap</a><a %s class="btn btn-primary" href="/kayit">Üye Ol</a></div></header></app-header>
  <router-outlet %s></router-outlet><app-legal-page %s %s><main %s class="legal container">
  <div %s class="legal__stats"><span %s class="legal__stats-count">Bu hafta <strong %s>%s</strong> ders rezerve edildi</span></div>
  <div %s class="legal-tabs" role="tablist" aria-label="Yasal metinler">%s</div>
  %s
  <aside %s class="legal__featured"><h2 %s>Öne Çıkan Eğitmenler</h2><app-trainer-carousel %s %s><div %s class="swiper"><div %s class="swiper-wrapper">%s</div><button %s type="button" class="swiper-button-prev" aria-label="Önceki"></button><button %s type="button" class="swiper-button-next" aria-label="Sonraki"></button></div></app-trainer-carousel></aside>
  </main></app-legal-page>
  <app-footer %s><footer %s class="footer"><div %s class="footer__apps"><a %s href="https://apps.apple.com/tr/app/fiteslesh/id1581240769"><img %s src="assets/img/app-store-tr.svg" alt="App Store'dan İndirin"></a><a %s href="https://play.google.com/store/apps/details?id=com.fiteslesh.app"><img %s src="assets/img/google-play-tr.svg" alt="Google Play'den Alın"></a></div><ul %s class="footer__links"><li %s><a %s href="/kvkk">KVKK</a></li><li %s><a %s href="/kullanim-kosullari">Kullanım Koşulları</a></li><li %s><a %s href="/cerez-ayarlari">Çerez Ayarları</a></li></ul><p %s>© %d FitEşleş Teknoloji A.Ş. Tüm hakları saklıdır.</p></footer></app-footer></app-root>
<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module"></script><script src="main.%s.js" type="module"></script>
%s
</body></html>""" % (
        b[:16], b[:16], c_leg, c_leg, c_car,
        h_app, ver, c_app, h_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr, c_hdr,
        c_app, c_app, h_leg, c_leg, c_leg, c_leg, c_leg, "{:,}".format(state["bookings"]).replace(",", "."),
        c_leg, tabs, panels,
        c_leg, c_leg, c_leg, h_car, c_car, c_car, cards, c_car, c_car,
        c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app, c_app,
        when.year, C.det_sha(b, "rt")[:16], C.det_sha(b, "pf")[:16], C.det_sha(b, "main")[:16], ts)


PAGE = {
    "service": "FitEşleş",
    "url": "https://www.fiteslesh.com.tr/kvkk",
    "lang": "tr",
    "platform": "Angular Universal (SSR, Express)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Vary", "Accept-Encoding"), ("Cache-Control", "no-store")),
    "n": 30,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2025, 2, 28),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.fiteslesh.com.tr/kvkk", "select": "#panel-aydinlatma"},
}
