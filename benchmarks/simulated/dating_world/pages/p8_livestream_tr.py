"""Yakamoz - tr-TR - a Turkish livestream / social-discovery app with gifts and coins (jeton); its site is a Nuxt 2
SSR app whose legal page renders four documents as tabs (Kullanım Koşulları, Gizlilik Politikası, KVKK Aydınlatma
Metni, Çerez Politikası), all in the HTML, the route choosing the visible one (v-show). The curators track the
Gizlilik Politikası panel: edits of the other three documents (coin refund rules, a new cookie, the Aydınlatma
Metni's own wording) are noise for this document. Noise also: live-stream counter, weekly top-streamer board,
coin promo, Nuxt build hash and __NUXT__ state, app ratings, Freshchat."""
import datetime as dt
import html

import common as C

URL = "https://www.yakamoz.live/tr/yasal/gizlilik"
AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# Gizlilik Politikası

Son güncelleme: {UPDATED}

Yakamoz, canlı yayın yapabileceğin, yeni insanlarla tanışabileceğin ve sevdiğin yayıncılara hediye gönderebileceğin bir sosyal keşif uygulamasıdır. Bu Gizlilik Politikası, Yakamoz mobil uygulamasını ve yakamoz.live internet sitesini kullanırken kişisel verilerinin nasıl işlendiğini, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") ve ilgili mevzuat çerçevesinde açıklamaktadır.

## 1. Veri Sorumlusu

Kişisel verilerin, veri sorumlusu sıfatıyla Yakamoz Dijital Teknoloji A.Ş. (Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza, 34398 Sarıyer/İstanbul; Mersis No: 0946123456700015) tarafından işlenmektedir. Şirketimiz Veri Sorumluları Sicil Bilgi Sistemi'ne (VERBİS) kayıtlıdır.

## 2. Hangi Kişisel Verileri İşliyoruz?

- **Kimlik ve iletişim verileri:** kullanıcı adı, ad, doğum tarihi, cinsiyet, cep telefonu numarası, e-posta adresi.
- **Profil verileri:** profil fotoğrafı, biyografi, ilgi alanları, şehir, takip ettiğin ve seni takip eden kullanıcılar.
- **Canlı yayın ve içerik verileri:** yaptığın canlı yayınların görüntü ve sesi, yayın başlıkları, yayınlara yazdığın yorumlar, özel mesajlar, paylaştığın fotoğraf ve videolar.
- **Jeton ve hediye verileri:** satın aldığın jeton paketleri, gönderdiğin ve aldığın hediyeler, bakiye ve işlem geçmişi.
- **Konum verisi:** izin vermen halinde "Yakınımdakiler" özelliği için yaklaşık konumun. Diğer kullanıcılara yalnızca şehir veya yaklaşık mesafe gösterilir.
- **İşlem güvenliği verileri:** IP adresi, cihaz kimliği, cihaz modeli, işletim sistemi, uygulama sürümü, oturum ve giriş kayıtları.
- **Müşteri işlem verileri:** destek talepleri, şikâyet ve bildirimler.

Bir canlı yayını izlediğinde, yayına katıldığın, yorum yaptığın veya hediye gönderdiğin bilgisi yayıncı ve yayını izleyen diğer kullanıcılar tarafından görülebilir. Yayıncılar, yayınlarını izleyen kullanıcıların kullanıcı adlarını ve gönderilen hediyelerin toplamını görebilir; senin iletişim bilgilerini veya konumunu göremez. Özel mesajların yalnızca alıcısı tarafından görülür; ancak bir mesaj bildirildiğinde moderasyon ekibimiz tarafından incelenebilir.

Cinsel yönelim, din veya sağlık gibi özel nitelikli kişisel verileri profilinde paylaşmanı istemiyoruz. Buna rağmen bu tür bilgileri kendi isteğinle paylaşırsan, bu veriler yalnızca senin açık rızana dayanılarak ve KVKK'nın 6. maddesine uygun olarak işlenir.

## 3. Kişisel Verilerini Hangi Amaçlarla İşliyoruz?

- Üyelik hesabını oluşturmak ve yönetmek, canlı yayın, mesajlaşma ve keşfet özelliklerini sunmak;
- sana ilgini çekebilecek yayınları ve kullanıcıları önermek; öneri sistemimiz izlediğin yayınları, etkileşimlerini, dil ve konum tercihlerini dikkate alır;
- jeton satın alma ve hediye gönderme işlemlerini gerçekleştirmek, faturalandırmak ve iade taleplerini değerlendirmek;
- topluluk kurallarına aykırı içerikleri, sahte hesapları, dolandırıcılığı ve taciz girişimlerini tespit etmek ve engellemek;
- 5651 sayılı İnternet Ortamında Yapılan Yayınların Düzenlenmesi ve Bu Yayınlar Yoluyla İşlenen Suçlarla Mücadele Edilmesi Hakkında Kanun ve ilgili mevzuattan doğan yükümlülükleri yerine getirmek;
- yetkili kamu kurum ve kuruluşlarının bilgi taleplerini karşılamak;
- açık rızan bulunması halinde kampanya ve tanıtım iletileri göndermek.

## 4. Hukuki Sebepler

Kişisel verilerin, KVKK'nın 5. maddesinde yer alan bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması, bir hakkın tesisi, kullanılması veya korunması için veri işlemenin zorunlu olması ve temel hak ve özgürlüklerine zarar vermemek kaydıyla meşru menfaatlerimiz için veri işlenmesinin zorunlu olması hukuki sebeplerine dayanılarak işlenir. Ticari elektronik ileti gönderimi ve konum verisinin işlenmesi ise açık rızana bağlıdır.

## 5. Canlı Yayınların Denetimi

Canlı yayınlar herkese açık olduğundan, topluluk kurallarımıza uyulup uyulmadığını denetlemek amacıyla moderasyon ekibimiz yayınları anlık olarak izleyebilir. Kullanıcılar tarafından bildirilen yayınların kayıtları, bildirimin incelenmesi için 30 gün süreyle saklanır. Kurallara aykırı yayınlar sonlandırılabilir ve hesaplar askıya alınabilir.

## 6. Kişisel Verilerin Aktarılması

Kişisel verilerin; hizmetin sunulması için destek aldığımız barındırma, bulut, SMS, e-posta, müşteri destek ve analiz hizmeti sağlayıcılarına; ödeme işlemleri için Apple, Google ve ödeme kuruluşlarına; hukuki yükümlülüklerimiz kapsamında yetkili kamu kurum ve kuruluşlarına ve adli makamlara aktarılabilir. Profilin ve herkese açık yayınların diğer kullanıcılar tarafından görülebilir.

Bazı hizmet sağlayıcılarımızın sunucuları yurt dışında bulunmaktadır. Bu hizmet sağlayıcılara yapılan aktarımlar, KVKK'nın 9. maddesi uyarınca açık rızana dayanılarak gerçekleştirilir.

## 7. Saklama Süreleri

Kişisel verilerin, hesabın açık olduğu süre boyunca ve ilgili mevzuatta öngörülen süreler kadar saklanır. Hesabını sildiğinde profilin yayından kaldırılır ve verilerin 30 gün içinde silinir, yok edilir veya anonim hale getirilir. Trafik bilgileri 5651 sayılı Kanun uyarınca iki yıl, jeton satın alma ve fatura kayıtları vergi mevzuatı uyarınca on yıl saklanır.

## 8. KVKK Kapsamındaki Hakların

KVKK'nın 11. maddesi uyarınca; kişisel verilerinin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini, silinmesini veya yok edilmesini isteme, münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhine bir sonucun ortaya çıkmasına itiraz etme ve kanuna aykırı işleme sebebiyle zarara uğraman halinde zararın giderilmesini talep etme haklarına sahipsin.

Başvurularını [kvkk@yakamoz.live](mailto:kvkk@yakamoz.live) adresine kayıtlı e-posta adresinden ya da Şirket adresimize yazılı olarak iletebilirsin. Başvurular en geç 30 gün içinde ücretsiz olarak sonuçlandırılır. Başvurunun reddedilmesi veya yanıtı yetersiz bulman halinde Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsin.

## 9. Veri Güvenliği ve Çerezler

Kişisel verilerinin güvenliğini sağlamak için KVKK'nın 12. maddesi ve Kişisel Verileri Koruma Kurulu'nun kararları doğrultusunda gerekli teknik ve idari tedbirleri alıyoruz: veriler aktarım sırasında ve sunucularımızda şifrelenir, çalışanlarımızın verilere erişimi görev tanımlarıyla sınırlandırılır ve kayıt altına alınır, sistemlerimiz düzenli olarak sızma testlerinden geçirilir. Verilerinin yetkisiz kişilerce ele geçirildiğini tespit etmemiz halinde, durumu en kısa sürede Kurul'a ve sana bildiririz.

İnternet sitemizde zorunlu çerezlerin yanı sıra, onay vermen halinde analitik ve pazarlama çerezleri kullanılır. Çerezlere ilişkin ayrıntılı bilgiye Çerez Politikamızdan ulaşabilir, tercihlerini sayfanın altındaki "Çerez Tercihleri" bağlantısından dilediğin zaman değiştirebilirsin.

Hesabının güvenliği için şifreni kimseyle paylaşma; Yakamoz çalışanları senden hiçbir zaman şifre, doğrulama kodu veya jeton transferi talep etmez. Jeton veya hediye karşılığında uygulama dışında ödeme isteyen kullanıcıları lütfen bize bildir.

## 10. Çocukların Gizliliği

Yakamoz'u kullanmak için en az 18 yaşında olmalısın. 18 yaşından küçük olduğunu tespit ettiğimiz hesapları kapatırız.

## 11. Değişiklikler

Bu Gizlilik Politikası'nı zaman zaman güncelleyebiliriz. Önemli değişiklikleri uygulama içi bildirim yoluyla duyururuz.
"""

EDITS = [
    {"note": "streamer programme: gift earnings ('elmas') paid out; IBAN, T.C. kimlik no and tax data of streamers processed",
     "repl": [("- **Konum verisi:**",
               "- **Yayıncı ödeme verileri:** Yayıncı Programı'na katılırsan, aldığın hediyelerin karşılığı olan elmasların nakde çevrilmesi için T.C. kimlik numaran, IBAN bilgin, vergi mükellefiyetine ilişkin bilgilerin ve ödeme geçmişin.\n- **Konum verisi:**"),
              ("- topluluk kurallarına aykırı içerikleri,",
               "- Yayıncı Programı kapsamında yayıncılara hediye gelirlerini ödemek ve vergi mevzuatından doğan yükümlülükleri yerine getirmek;\n- topluluk kurallarına aykırı içerikleri,")]},
    {"note": "AI moderation of live streams (automatic image/audio analysis, human review) rewrites section 5; retention 30 -> 90 days for reported streams",
     "repl": [("Canlı yayınlar herkese açık olduğundan, topluluk kurallarımıza uyulup uyulmadığını denetlemek amacıyla moderasyon ekibimiz yayınları anlık olarak izleyebilir. Kullanıcılar tarafından bildirilen yayınların kayıtları, bildirimin incelenmesi için 30 gün süreyle saklanır.",
               "Canlı yayınlar herkese açık olduğundan, topluluk kurallarımıza uyulup uyulmadığını denetlemek amacıyla yayınlar yapay zekâ destekli sistemlerimiz tarafından otomatik olarak analiz edilir. Bu sistemler yayın görüntüsünden belirli aralıklarla alınan kareleri ve yayın sesini çıplaklık, şiddet ve reşit olmayan kişilerin varlığı gibi risklere karşı tarar; riskli bulunan yayınlar moderasyon ekibimiz tarafından incelenir. Bir yayının yalnızca otomatik sistem kararıyla kalıcı olarak kapatılması söz konusu değildir. Kullanıcılar tarafından bildirilen veya sistemlerimizce işaretlenen yayınların kayıtları, incelenmesi için 90 gün süreyle saklanır.")]},
    {"note": "silent: face-verification provider added to the recipients sentence (date not bumped)", "bump": False,
     "repl": [("barındırma, bulut, SMS, e-posta, müşteri destek ve analiz hizmeti sağlayıcılarına;",
               "barındırma, bulut, SMS, e-posta, müşteri destek, yüz doğrulama ve analiz hizmeti sağlayıcılarına;")]},
    {"note": "age assurance: 18+ checked with selfie age estimation before going live or buying coins; ID fallback",
     "repl": [("Yakamoz'u kullanmak için en az 18 yaşında olmalısın. 18 yaşından küçük olduğunu tespit ettiğimiz hesapları kapatırız.",
               "Yakamoz'u kullanmak için en az 18 yaşında olmalısın. İlk canlı yayınını başlatmadan veya ilk jeton satın alımından önce, bir selfie üzerinden yapay zekâ ile yaş tahmini yapılarak 18 yaşından büyük olduğun doğrulanır. Tahmin yeterli olmazsa kimlik kartınla doğrulama yapman istenir; kimlik görüntüsü doğrulama tamamlandıktan sonra silinir ve yalnızca doğrulama sonucu saklanır. 18 yaşından küçük olduğunu tespit ettiğimiz hesapları kapatırız.")]},
    {"note": "transfers abroad: KVKK art. 9 as amended (Law 7499, June 2024): standard contracts notified to the Authority, explicit consent only as fallback",
     "repl": [("Bu hizmet sağlayıcılara yapılan aktarımlar, KVKK'nın 9. maddesi uyarınca açık rızana dayanılarak gerçekleştirilir.",
               "1 Haziran 2024 tarihinde yürürlüğe giren değişiklikle birlikte, bu hizmet sağlayıcılara yapılan aktarımlar KVKK'nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurulu tarafından ilan edilen standart sözleşmeler imzalanarak gerçekleştirilir ve bu sözleşmeler imzadan itibaren beş iş günü içinde Kişisel Verileri Koruma Kurumu'na bildirilir. Aktarımların başlıca yapıldığı ülkeler İrlanda, Almanya ve Amerika Birleşik Devletleri'dir.")]},
]

# the other documents of the page, with their own (noise, for this document) versions
TOS = [
    """<h1>Kullanım Koşulları</h1><p>Son güncelleme: 3 Mart 2021</p><p>Bu Kullanım Koşulları, Yakamoz uygulamasını kullanımına ilişkin kuralları belirler. Uygulamayı kullanarak bu koşulları kabul etmiş sayılırsın.</p><h2>1. Üyelik</h2><p>Üye olmak için 18 yaşını doldurmuş olman gerekir. Hesap bilgilerinin doğruluğundan ve şifrenin gizliliğinden sen sorumlusun.</p><h2>2. Jeton ve Hediyeler</h2><p>Jetonlar yalnızca uygulama içinde hediye göndermek için kullanılabilir, nakde çevrilemez ve başka hesaba devredilemez. Satın alınan jetonlar için iade yapılmaz; ancak 6502 sayılı Tüketicinin Korunması Hakkında Kanun'dan doğan hakların saklıdır.</p><h2>3. Yasaklı Davranışlar</h2><p>Çıplaklık, taciz, nefret söylemi, şiddet, reşit olmayanlara ilişkin her türlü içerik ve dolandırıcılık kesinlikle yasaktır.</p><h2>4. Uyuşmazlıklar</h2><p>Bu koşullardan doğan uyuşmazlıklarda İstanbul (Çağlayan) Mahkemeleri ve İcra Daireleri yetkilidir.</p>""",
    """<h1>Kullanım Koşulları</h1><p>Son güncelleme: 19 Eylül 2022</p><p>Bu Kullanım Koşulları, Yakamoz uygulamasını kullanımına ilişkin kuralları belirler. Uygulamayı kullanarak bu koşulları kabul etmiş sayılırsın.</p><h2>1. Üyelik</h2><p>Üye olmak için 18 yaşını doldurmuş olman gerekir. Hesap bilgilerinin doğruluğundan ve şifrenin gizliliğinden sen sorumlusun.</p><h2>2. Jeton ve Hediyeler</h2><p>Jetonlar yalnızca uygulama içinde hediye göndermek için kullanılabilir, nakde çevrilemez ve başka hesaba devredilemez. Kullanılmamış jetonlar için satın alma tarihinden itibaren 14 gün içinde iade talep edebilirsin; kullanılmış jetonlar iade edilmez.</p><h2>3. Yayıncı Programı</h2><p>Yayıncılar, aldıkları hediyelerin karşılığı olan elmasları Yayıncı Programı Koşulları'na göre nakde çevirebilir.</p><h2>4. Yasaklı Davranışlar</h2><p>Çıplaklık, taciz, nefret söylemi, şiddet, reşit olmayanlara ilişkin her türlü içerik ve dolandırıcılık kesinlikle yasaktır.</p><h2>5. Uyuşmazlıklar</h2><p>Bu koşullardan doğan uyuşmazlıklarda tüketici hakem heyetleri ve tüketici mahkemeleri ile İstanbul (Çağlayan) Mahkemeleri yetkilidir.</p>""",
    """<h1>Kullanım Koşulları</h1><p>Son güncelleme: 7 Ekim 2024</p><p>Bu Kullanım Koşulları, Yakamoz uygulamasını kullanımına ilişkin kuralları belirler. Uygulamayı kullanarak bu koşulları kabul etmiş sayılırsın.</p><h2>1. Üyelik</h2><p>Üye olmak için 18 yaşını doldurmuş olman ve yaş doğrulamasını tamamlaman gerekir. Hesap bilgilerinin doğruluğundan ve şifrenin gizliliğinden sen sorumlusun.</p><h2>2. Jeton ve Hediyeler</h2><p>Jetonlar yalnızca uygulama içinde hediye göndermek için kullanılabilir, nakde çevrilemez ve başka hesaba devredilemez. Kullanılmamış jetonlar için satın alma tarihinden itibaren 14 gün içinde iade talep edebilirsin; kullanılmış jetonlar iade edilmez. Bir günde gönderilebilecek hediye tutarına üst sınır uygulanabilir.</p><h2>3. Yayıncı Programı</h2><p>Yayıncılar, aldıkları hediyelerin karşılığı olan elmasları Yayıncı Programı Koşulları'na göre nakde çevirebilir.</p><h2>4. Yasaklı Davranışlar</h2><p>Çıplaklık, taciz, nefret söylemi, şiddet, reşit olmayanlara ilişkin her türlü içerik, kumar ve dolandırıcılık kesinlikle yasaktır.</p><h2>5. Uyuşmazlıklar</h2><p>Bu koşullardan doğan uyuşmazlıklarda tüketici hakem heyetleri ve tüketici mahkemeleri ile İstanbul (Çağlayan) Mahkemeleri yetkilidir.</p>""",
]
TOS_AT = [dt.datetime(2022, 9, 20), dt.datetime(2024, 10, 8)]
AYD = [
    """<h1>KVKK Aydınlatma Metni</h1><p>Yakamoz Dijital Teknoloji A.Ş. olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 10. maddesi uyarınca, üyelik sürecinde ve uygulamanın kullanımı sırasında elde edilen kişisel verilerin hakkında seni bilgilendirmek isteriz.</p><p>Kimlik, iletişim, işlem güvenliği ve müşteri işlem verilerin; üyelik sözleşmesinin kurulması ve ifası, hukuki yükümlülüklerimizin yerine getirilmesi ve meşru menfaatlerimiz hukuki sebeplerine dayanarak, elektronik ortamda otomatik yollarla toplanmaktadır.</p><p>Ayrıntılı bilgi için Gizlilik Politikamızı inceleyebilir, KVKK'nın 11. maddesindeki haklarını kullanmak için kvkk@yakamoz.live adresine başvurabilirsin.</p>""",
    """<h1>KVKK Aydınlatma Metni</h1><p>Yakamoz Dijital Teknoloji A.Ş. olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 10. maddesi ve Aydınlatma Yükümlülüğünün Yerine Getirilmesinde Uyulacak Usul ve Esaslar Hakkında Tebliğ uyarınca, üyelik sürecinde ve uygulamanın kullanımı sırasında elde edilen kişisel verilerin hakkında seni bilgilendirmek isteriz.</p><p>Kimlik, iletişim, işlem güvenliği, müşteri işlem, görsel ve işitsel kayıtlar ile finans verilerin; üyelik sözleşmesinin kurulması ve ifası, hukuki yükümlülüklerimizin yerine getirilmesi ve meşru menfaatlerimiz hukuki sebeplerine dayanarak, elektronik ortamda otomatik yollarla toplanmaktadır.</p><p>Ayrıntılı bilgi için Gizlilik Politikamızı inceleyebilir, KVKK'nın 11. maddesindeki haklarını kullanmak için kvkk@yakamoz.live adresine veya KEP adresimiz yakamozdijital@hs01.kep.tr üzerinden başvurabilirsin.</p>""",
]
AYD_AT = [dt.datetime(2023, 4, 3)]
CEREZ = [
    [("yakamoz_session", "Zorunlu", "Oturum"), ("lang", "Zorunlu", "1 yıl"), ("_ga", "Analitik", "2 yıl")],
    [("yakamoz_session", "Zorunlu", "Oturum"), ("lang", "Zorunlu", "1 yıl"), ("_ga", "Analitik", "2 yıl"), ("_fbp", "Pazarlama", "3 ay")],
    [("yakamoz_session", "Zorunlu", "Oturum"), ("lang", "Zorunlu", "1 yıl"), ("cookie_consent", "Zorunlu", "6 ay"), ("_ga", "Analitik", "2 yıl"), ("_fbp", "Pazarlama", "3 ay"), ("_ttp", "Pazarlama", "13 ay")],
]
CEREZ_AT = [dt.datetime(2022, 2, 14), dt.datetime(2025, 1, 27)]

STREAMERS = ["melis.sahne", "kuzeyden_selam", "DJ_Baran", "ezgi_gitar", "kahve_ve_sohbet", "Aslı Yıldız", "mert.oyunda",
             "NazlıDans", "karadeniz_uşağı", "seda_mutfakta", "gece_kuşu34", "Bora Akustik"]


def version_at(when, ats):
    return sum(1 for a in ats if when >= a)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["live"] = rng.randint(1800, 6400) if when.hour >= 12 else rng.randint(600, 2200)
    s["board"] = tuple((k, rng.randint(20000, 900000)) for k in rng.sample(range(len(STREAMERS)), 5))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 7), C.hexs(rng, 7), C.hexs(rng, 20)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.choice([None, 30, 50, 100]))
    r0 = prev.get("ratings") or (38000, 151000)
    s["ratings"] = (r0[0] + rng.randint(40, 600), r0[1] + rng.randint(100, 2500))
    s["docs"] = (version_at(when, TOS_AT), version_at(when, AYD_AT), version_at(when, CEREZ_AT))
    s["fc"] = C.uuid4(rng)
    return s


LABELS = {
    "live": "'şu an canlı' stream counter",
    "board": "weekly top-streamer leaderboard",
    "build": "Nuxt build hashes (_nuxt/*.js)",
    "promo": "coin bonus promo banner",
    "ratings": "app ratings counts",
    "docs": "OTHER TAB DOCUMENTS edited (Kullanım Koşulları / KVKK Aydınlatma Metni / Çerez Politikası)",
    "fc": "Freshchat widget uuid / __NUXT__ state",
}

DV = "data-v-6b1e4f2a"


def render(s, blocks, when):
    tos, ayd, cer = s["docs"]
    b1, b2, b3 = s["build"]
    gizlilik = C.blocks_html(blocks, sep="")
    cerez = ('<h1>Çerez Politikası</h1><p>Yakamoz internet sitesinde, sitenin çalışması için zorunlu çerezler ile, onay vermen halinde analitik ve pazarlama çerezleri kullanılır. Tercihlerini sayfanın altındaki "Çerez Tercihleri" bağlantısından değiştirebilirsin.</p>'
             '<table><thead><tr><th>Çerez</th><th>Tür</th><th>Süre</th></tr></thead><tbody>%s</tbody></table>'
             % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in CEREZ[cer]))
    tabs = [("kosullar", "kullanim-kosullari", "Kullanım Koşulları", TOS[tos]),
            ("gizlilik", "gizlilik-politikasi", "Gizlilik Politikası", gizlilik),
            ("aydinlatma", "kvkk-aydinlatma-metni", "KVKK Aydınlatma Metni", AYD[ayd]),
            ("cerez", "cerez-politikasi", "Çerez Politikası", cerez)]
    tablist = "".join('<a %s href="/tr/yasal/%s" role="tab" id="tab-%s" aria-controls="%s" aria-selected="%s" class="legal-tabs__tab%s">%s</a>'
                      % (DV, k, k, pid, "true" if k == "gizlilik" else "false", " legal-tabs__tab--active nuxt-link-exact-active nuxt-link-active" if k == "gizlilik" else "", t)
                      for k, pid, t, _ in tabs)
    panels = "".join('<section %s id="%s" role="tabpanel" aria-labelledby="tab-%s" class="legal-doc"%s>%s</section>'
                     % (DV, pid, k, "" if k == "gizlilik" else ' style="display:none;"', body) for k, pid, t, body in tabs)
    board = "".join('<li data-v-2c9d7e31 class="board__item"><span data-v-2c9d7e31 class="board__rank">%d</span><span data-v-2c9d7e31 class="board__name">%s</span><span data-v-2c9d7e31 class="board__coins">%s 💎</span></li>'
                    % (n + 1, html.escape(STREAMERS[k]), "{:,}".format(c).replace(",", ".")) for n, (k, c) in enumerate(sorted(s["board"], key=lambda x: -x[1])))
    promo = ('<div data-v-4e0b9a12 class="promo-banner">İlk jeton yüklemene özel <b>%%%d bonus jeton</b>! <a data-v-4e0b9a12 href="/tr/jeton">Hemen yükle</a></div>' % s["promo"]) if s["promo"] else ""
    ios, andr = s["ratings"]
    nuxt = ('window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{activeTab:"gizlilik",docs:["kosullar","gizlilik","aydinlatma","cerez"]}],fetch:{},error:null,'
            'state:{auth:{loggedIn:b,user:c},live:{count:%d,topWeekly:[%s]},i18n:{locale:"tr"},widget:{fcUuid:"%s"}},serverRendered:true,routePath:"\\u002Ftr\\u002Fyasal\\u002Fgizlilik",'
            'config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:a}}}}("https:\\u002F\\u002Fcdn.yakamoz.live\\u002F_nuxt\\u002F",false,null,void 0));'
            % (s["live"], ",".join('"%s"' % STREAMERS[k] for k, _ in s["board"]), s["fc"]))
    return ('<!doctype html>\n<html lang="tr" data-n-head="%%7B%%22lang%%22:%%7B%%221%%22:%%22tr%%22%%7D%%7D">\n<head>\n'
            '<title>Gizlilik Politikası | Yakamoz</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
            '<meta data-n-head="ssr" data-hid="description" name="description" content="Yakamoz Gizlilik Politikası, Kullanım Koşulları, KVKK Aydınlatma Metni ve Çerez Politikası">'
            '<link data-n-head="ssr" rel="canonical" href="%s">'
            '<link rel="preload" href="https://cdn.yakamoz.live/_nuxt/%s.js" as="script"><link rel="preload" href="https://cdn.yakamoz.live/_nuxt/%s.js" as="script">'
            '<link rel="stylesheet" href="https://cdn.yakamoz.live/_nuxt/css/%s.css">\n</head>\n<body>\n'
            '<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-1f3a5c7e class="layout">'
            '<header data-v-1f3a5c7e class="site-header"><a data-v-1f3a5c7e href="/tr" class="site-header__logo nuxt-link-active"><img data-v-1f3a5c7e src="/logo-yakamoz.svg" alt="Yakamoz"></a>'
            '<nav data-v-1f3a5c7e class="site-header__nav"><a data-v-1f3a5c7e href="/tr/kesfet">Keşfet</a><a data-v-1f3a5c7e href="/tr/yayinci-ol">Yayıncı Ol</a><a data-v-1f3a5c7e href="/tr/jeton">Jeton Al</a><a data-v-1f3a5c7e href="/tr/guvenlik">Güvenlik</a><a data-v-1f3a5c7e href="https://destek.yakamoz.live">Destek</a></nav>'
            '<div data-v-1f3a5c7e class="site-header__live"><span data-v-1f3a5c7e class="pulse"></span> Şu an <b data-v-1f3a5c7e>%s</b> canlı yayın</div>'
            '<a data-v-1f3a5c7e href="https://yakamoz.onelink.me/aB3x/web" class="btn btn--primary">Uygulamayı İndir</a></header>%s'
            '<main %s class="legal"><div %s class="legal__container"><nav %s role="tablist" aria-label="Yasal metinler" class="legal-tabs">%s</nav>'
            '<div %s class="legal__content">%s</div></div>'
            '<aside data-v-2c9d7e31 class="board"><h3 data-v-2c9d7e31>Haftanın Yıldızları</h3><ol data-v-2c9d7e31>%s</ol></aside></main>'
            '<footer data-v-1f3a5c7e class="site-footer"><div data-v-1f3a5c7e class="site-footer__apps"><span data-v-1f3a5c7e>App Store 4,6 ★ (%s)</span><span data-v-1f3a5c7e>Google Play 4,4 ★ (%s)</span></div>'
            '<ul data-v-1f3a5c7e class="site-footer__links"><li data-v-1f3a5c7e><a data-v-1f3a5c7e href="/tr/yasal/kosullar">Kullanım Koşulları</a></li><li data-v-1f3a5c7e><a data-v-1f3a5c7e href="/tr/yasal/gizlilik" class="nuxt-link-exact-active nuxt-link-active">Gizlilik Politikası</a></li>'
            '<li data-v-1f3a5c7e><a data-v-1f3a5c7e href="/tr/yasal/aydinlatma">KVKK Aydınlatma Metni</a></li><li data-v-1f3a5c7e><a data-v-1f3a5c7e href="/tr/yasal/cerez">Çerez Politikası</a></li>'
            '<li data-v-1f3a5c7e><a data-v-1f3a5c7e href="#" class="js-cookie-prefs">Çerez Tercihleri</a></li></ul>'
            '<p data-v-1f3a5c7e class="site-footer__copy">© %d Yakamoz Dijital Teknoloji A.Ş.</p></footer></div></div></div>'
            '<script>%s</script><script src="https://cdn.yakamoz.live/_nuxt/%s.js" defer></script><script src="https://cdn.yakamoz.live/_nuxt/%s.js" defer></script>'
            '<script src="https://wchat.freshchat.com/js/widget.js" async></script>\n</body>\n</html>\n'
            % (URL, b1, b2, b3, "{:,}".format(s["live"]).replace(",", "."), promo, DV, DV, DV, tablist, DV, panels, board,
               "{:,}".format(ios).replace(",", "."), "{:,}".format(andr).replace(",", "."), when.year, nuxt, b1, b2))


PAGE = {
    "service": "Yakamoz", "url": URL, "lang": "tr-TR", "platform": "Nuxt 2 SSR (legal page with four documents in tabs)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 22), "end": dt.date(2026, 4, 8),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#gizlilik-politikasi"]},
}
