"""BitLira: a Turkish crypto-asset exchange whose KVKK notice (Aydınlatma Metni) lives as an article in its
Zendesk Guide help centre (Copenhagen theme). The curator selects `article.article` and removes what they saw
move inside it: the author/updated line, the follow button, the article footer (share), the "Bu makale faydalı
oldu mu?" votes box with its live count, the request callout, return-to-top and related articles. Fairly clean
otherwise: a CSRF token in the meta tag and in HelpCenter.internal per request, the theme's version comment and
asset digests when the theme is republished, and the help centre's announcement bar (maintenance windows, SPK
notices) that comes and goes in the header."""
import datetime as dt
import json

import common as C

URL = "https://destek.bitlira.com.tr/hc/tr/articles/4408372615953-KVKK-Aydinlatma-Metni"

POLICY = """
# KVKK Aydınlatma Metni

Son güncelleme: {UPDATED}

BitLira Kripto Varlık Alım Satım Platformu A.Ş. ("BitLira" veya "Şirket") olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca veri sorumlusu sıfatıyla kişisel verilerinizi aşağıda açıklanan kapsamda işlemekteyiz. Bu aydınlatma metni, BitLira mobil uygulaması ve www.bitlira.com.tr internet sitesi üzerinden sunduğumuz kripto varlık alım satım, transfer ve saklama hizmetlerini kullanan müşterilerimizi ve ziyaretçilerimizi kapsamaktadır.

## 1. Veri Sorumlusu

@ BitLira Kripto Varlık Alım Satım Platformu A.Ş.
@ Mersis No: 0187045612300019
@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza B Blok Kat: 12, 34485 Sarıyer/İstanbul

## 2. İşlenen Kişisel Veri Kategorileri

| Veri kategorisi | Örnek veriler |
| Kimlik | Ad, soyad, doğum tarihi, uyruk, kimlik kartı ön ve arka yüz görüntüsü |
| İletişim | Cep telefonu numarası, e-posta adresi, ikamet adresi |
| Müşteri işlem | Kripto varlık alım satım emirleri, yatırma ve çekme işlemleri, cüzdan adresleri |
| Finans | IBAN, banka hesap bilgileri, gelir düzeyi, mal varlığı kaynağı |
| İşlem güvenliği | IP adresi, cihaz bilgileri, oturum kayıtları, doğrulama kodu kayıtları |
| Görsel ve işitsel kayıtlar | Görüntülü görüşme ile kimlik doğrulama kayıtları, çağrı merkezi ses kayıtları |
| Biyometrik veri | Yüz tanıma ile uzaktan kimlik doğrulama sırasında elde edilen yüz verisi |

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Müşteri kabul süreçlerinin ve uzaktan kimlik tespitinin yürütülmesi,
- Kripto varlık alım satım, transfer ve saklama hizmetlerinin sunulması,
- 5549 sayılı Suç Gelirlerinin Aklanmasının Önlenmesi Hakkında Kanun kapsamındaki yükümlülülerimizin yerine getirilmesi,
- Şüpheli işlemlerin tespiti ve Mali Suçları Araştırma Kurulu'na (MASAK) bildirilmesi,
- Hesap güvenliğinin sağlanması ve dolandırıcılığın önlenmesi,
- Müşteri taleplerinin ve şikâyetlerinin yanıtlanması,
- Açık rızanızın bulunması hâlinde kampanya ve pazarlama faaliyetlerinin yürütülmesi.

## 4. Hukuki Sebepler

Kişisel verileriniz, KVKK'nın 5. maddesinin 2. fıkrasında yer alan "kanunlarda açıkça öngörülmesi", "bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması", "veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması" ve "ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla, veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması" hukuki sebeplerine dayanılarak işlenmektedir. Biyometrik verileriniz ise KVKK'nın 6. maddesi uyarınca yalnızca açık rızanıza dayanılarak işlenir.

Pazarlama amaçlı ticari elektronik iletiler, yalnızca 6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun kapsamında onay vermeniz ve İleti Yönetim Sistemi'ne (İYS) kaydedilmeniz hâlinde gönderilir. Onayınızı dilediğiniz zaman uygulama ayarlarından, İYS üzerinden veya iletilerdeki ret bağlantısını kullanarak geri alabilirsiniz. Açık rızanızı geri almanız, geri alma tarihinden önce rızaya dayanılarak yapılan işlemlerin hukuka uygunluğunu etkilemez.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcı gruplarına aktarılabilecektir:

- MASAK, Hazine ve Maliye Bakanlığı ve diğer yetkili kamu kurum ve kuruluşları,
- Yatırma ve çekme işlemlerinin gerçekleştirildiği anlaşmalı bankalar,
- Uzaktan kimlik doğrulama, SMS ve e-posta gönderimi ile çağrı merkezi hizmeti aldığımız tedarikçiler,
- Hukuki uyuşmazlıklarda avukatlarımız ve bağımsız denetim şirketleri.

## 6. Yurt Dışına Aktarım

Kripto varlık transferlerinde blokzincir analizi yapılabilmesi amacıyla cüzdan adresleri ve işlem özetleri, yurt dışında yerleşik blokzincir analiz hizmet sağlayıcımıza açık rızanıza dayanılarak aktarılmaktadır. Açık rıza vermemeniz hâlinde yurt dışındaki cüzdanlara transfer işlemlerini gerçekleştiremeyebilirsiniz.

## 7. Toplama Yöntemi

Kişisel verileriniz; mobil uygulama, internet sitesi, çağrı merkezi, görüntülü görüşme ve e-posta kanalları aracılığıyla, otomatik veya kısmen otomatik yollarla elektronik ortamda toplanmaktadır.

## 8. Saklama Süreleri

| Veri türü | Saklama süresi |
| Kimlik tespiti belgeleri ve işlem kayıtları | İş ilişkisinin sona ermesinden itibaren 8 yıl |
| Vergi mevzuatına tabi kayıtlar | 5 yıl |
| Çağrı merkezi ses kayıtları | 2 yıl |
| Pazarlama izinleri | İzin geri alınana kadar |

## 9. Veri Güvenliği

Kişisel verilerinizin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek amacıyla KVKK'nın 12. maddesi uyarınca gerekli teknik ve idari tedbirleri almaktayız. Bu kapsamda verileriniz şifreli olarak saklanmakta, yetkilendirme matrisleri ile yalnızca görevi gereği ihtiyaç duyan çalışanlarımızın erişimine açılmakta ve sistemlerimiz düzenli olarak sızma testlerine tabi tutulmaktadır. Müşterilerimize ait kripto varlıkların büyük bölümü soğuk cüzdanlarda muhafaza edilmektedir.

BitLira çalışanları hiçbir koşulda sizden şifrenizi, SMS doğrulama kodunuzu veya Google Authenticator kodunuzu talep etmez. Bu tür taleplerle karşılaşmanız hâlinde lütfen işlem yapmadan destek ekibimize bildirin.

## 10. Çerezler

İnternet sitemizde ve destek merkezimizde, oturumun sürdürülmesi ve güvenliğin sağlanması için zorunlu çerezler ile yalnızca onay vermeniz hâlinde kullanılan analitik çerezler yer almaktadır. Çerezlere ilişkin ayrıntılı bilgiye Çerez Politikamızdan ulaşabilirsiniz.

## 11. KVKK Kapsamındaki Haklarınız

KVKK'nın 11. maddesi uyarınca aşağıdaki haklara sahipsiniz:

- Kişisel verilerinizin işlenip işlenmediğini öğrenme,
- İşlenmişse buna ilişkin bilgi talep etme,
- İşlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- Yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme,
- Eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK'nın 7. maddesinde öngörülen şartlar çerçevesinde silinmesini veya yok edilmesini isteme,
- Düzeltme, silme veya yok etme işlemlerinin verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- İşlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- Kanuna aykırı işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme.

## 12. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ'e uygun olarak; ıslak imzalı dilekçe ile yukarıdaki adresimize şahsen veya noter aracılığıyla, bitlira@hs01.kep.tr kayıtlı elektronik posta (KEP) adresimize güvenli elektronik imzalı olarak ya da sistemimizde kayıtlı e-posta adresinizden [kvkk@bitlira.com.tr](mailto:kvkk@bitlira.com.tr) adresine iletebilirsiniz. Başvurularınız en geç 30 gün içinde ücretsiz olarak sonuçlandırılacaktır.
"""

EDITS = [
    {"note": "typo fixed: 'yükümlülülerimizin' -> 'yükümlülüklerimizin', date not bumped",
     "repl": [("kapsamındaki yükümlülülerimizin", "kapsamındaki yükümlülüklerimizin")], "bump": False},
    {"note": "words inserted in the identity row: 'T.C. kimlik numarası'",
     "repl": [("| Kimlik | Ad, soyad, doğum tarihi,", "| Kimlik | Ad, soyad, T.C. kimlik numarası, doğum tarihi,")]},
    {"note": "cross-border section rewritten after the June 2024 amendment of KVKK art. 9 (standard contract "
             "notified to the Authority instead of explicit consent)",
     "repl": [("yurt dışında yerleşik blokzincir analiz hizmet sağlayıcımıza açık rızanıza dayanılarak aktarılmaktadır. "
               "Açık rıza vermemeniz hâlinde yurt dışındaki cüzdanlara transfer işlemlerini gerçekleştiremeyebilirsiniz.",
               "yurt dışında yerleşik blokzincir analiz hizmet sağlayıcımıza, KVKK'nın 9. maddesi uyarınca Kişisel "
               "Verileri Koruma Kurulu tarafından ilan edilen standart sözleşme imzalanarak ve bu sözleşme beş iş günü "
               "içinde Kişisel Verileri Koruma Kurumu'na bildirilerek aktarılmaktadır.")]},
    {"note": "SPK sentence added to the introduction (listed under Law 7518) and SPK added to the recipients",
     "repl": [("kullanan müşterilerimizi ve ziyaretçilerimizi kapsamaktadır.",
               "kullanan müşterilerimizi ve ziyaretçilerimizi kapsamaktadır. Şirketimiz, 7518 sayılı Kanun ile 6362 "
               "sayılı Sermaye Piyasası Kanunu'nda yapılan değişiklikler kapsamında Sermaye Piyasası Kurulu tarafından "
               "yayımlanan faaliyette bulunanlar listesinde yer almaktadır."),
              ("- MASAK, Hazine ve Maliye Bakanlığı", "- MASAK, Sermaye Piyasası Kurulu, Hazine ve Maliye Bakanlığı")]},
    {"note": "row added to the retention table: video identification recordings, 8 years",
     "repl": [("| Vergi mevzuatına tabi kayıtlar | 5 yıl |",
               "| Görüntülü kimlik doğrulama kayıtları | İş ilişkisinin sona ermesinden itibaren 8 yıl |\n"
               "| Vergi mevzuatına tabi kayıtlar | 5 yıl |")]},
    {"note": "registered office moved (new address) and KEP address changed",
     "repl": [("@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza B Blok Kat: 12, 34485 Sarıyer/İstanbul",
               "@ Esentepe Mah. Büyükdere Cad. No: 199 Levent 199 Kat: 21, 34394 Şişli/İstanbul"),
              ("bitlira@hs01.kep.tr", "bitlira.kripto@hs03.kep.tr")]},
]


def fmt_tr(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]

NOTICES = [
    "Planlı bakım: {d} tarihinde 02:00-04:00 saatleri arasında TRY yatırma ve çekme işlemleri geçici olarak durdurulacaktır.",
    "BitLira çalışanları sizden asla şifrenizi veya SMS doğrulama kodunuzu istemez. Dolandırıcılık girişimlerine karşı dikkatli olun.",
    "Avalanche (AVAX) ağındaki yükseltme nedeniyle {d} tarihinde AVAX yatırma ve çekme işlemleri askıya alınacaktır.",
]

RELATED = [
    ("4408372598812-Hesap-Sozlesmesi", "Hesap Sözleşmesi"),
    ("4408372601234-Cerez-Politikasi", "Çerez Politikası"),
    ("4408372603377-Acik-Riza-Metni", "Açık Rıza Metni"),
    ("4408372609021-Uzaktan-Kimlik-Dogrulama-Nasil-Yapilir", "Uzaktan kimlik doğrulama nasıl yapılır?"),
    ("4408372611145-Risk-Bildirim-Formu", "Kripto Varlık Risk Bildirim Formu"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = C.keep_or(rng, prev.get("theme"), 0.2, lambda: {"v": rng.randint(20000, 40000), "digest": rng.randint(10 ** 10, 10 ** 11),
                                                           "app": C.hexs(rng, 32), "tid": C.alnum(rng, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")})
    old = prev.get("votes") or [9, 6]
    if rng.random() < 0.45:
        up = rng.randint(0, 4)
        votes = [old[0] + up + rng.randint(0, 2), old[1] + up]
    else:
        votes = old

    def mk_notice():
        if rng.random() < 0.55:
            return ""
        k = rng.randrange(len(NOTICES))
        d = when.date() + dt.timedelta(days=rng.randint(1, 5))
        return NOTICES[k].format(d="%d %s %d" % (d.day, AYLAR[d.month - 1], d.year))
    notice = C.keep_or(rng, prev.get("notice"), 0.5, mk_notice)
    related = C.keep_or(rng, prev.get("related"), 0.15, lambda: sorted(rng.sample(range(len(RELATED)), 3)))
    return {"csrf": "hc:meta:server:" + C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("="),
            "theme": theme, "votes": votes, "notice": notice, "related": related}


LABELS = {
    "csrf": "CSRF token in meta and HelpCenter.internal (per request)",
    "theme": "theme republished: version comment, theming asset digests",
    "votes": "article votes count (inside the selected article, removed by the declaration)",
    "notice": "help-centre announcement bar in the header",
    "related": "related articles list (inside the article, removed)",
}


def render(s, blocks, when):
    th = s["theme"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    up, total = s["votes"][1], s["votes"][0]
    notice = ""
    if s["notice"]:
        notice = ('<div class="notification-banner" role="status"><div class="container"><p>%s</p><button class="notification-banner-close" '
                  'aria-label="Kapat">&times;</button></div></div>' % s["notice"])
    rel = "".join('<li><a href="/hc/tr/articles/%s" class="related-article">%s</a></li>' % RELATED[k] for k in s["related"])
    upd = None
    for b in blocks:
        if b[0] == "p" and b[1].startswith("Son güncelleme: "):
            upd = b[1][len("Son güncelleme: "):]
    dd, mm, yy = [int(x) for x in upd.split(".")]
    upd_iso = "%04d-%02d-%02dT09:%02d:%02dZ" % (yy, mm, dd, (dd * 7) % 60, (mm * 13) % 60)
    upd_txt = "%d %s %d %02d:%02d" % (dd, AYLAR[mm - 1], yy, 12, (dd * 7) % 60)
    internal = {"asset_url": "//static.zdassets.com/hc/assets/", "current_session": {"locale": "tr", "csrf_token": s["csrf"],
                                                                                    "shared_csrf_token": None},
                "usage_tracking": {"event": "article_viewed", "data": "BAh7CDoLbG9jYWxlSSIHdHIGOgZFVDoPYXJ0aWNsZV9pZGwrCBHnV5MEBDoK",
                                   "url": "https://destek.bitlira.com.tr/hc/activity"},
                "current_record_id": "4408372615953", "current_record_url": "/hc/tr/articles/4408372615953-KVKK-Aydinlatma-Metni",
                "current_record_title": title, "search_results_count": None, "current_text_direction": "ltr",
                "current_brand_id": 360004187712, "current_brand_name": "BitLira", "current_brand_url": "https://bitlira.zendesk.com",
                "current_host_mapping": "destek.bitlira.com.tr", "current_path": "/hc/tr/articles/4408372615953-KVKK-Aydinlatma-Metni",
                "show_autocomplete_breadcrumbs": True, "user_info_changing_enabled": False, "has_user_profiles_enabled": False,
                "has_end_user_attachments": True, "user_aliases_enabled": False, "has_anonymous_kb_voting": True,
                "has_multi_language_help_center": True, "mobile_device": False, "mobile_site_enabled": False,
                "show_at_mentions": False, "embeddables_config": {"embeddables_web_widget": False,
                                                                  "embeddables_connect_ipms": False}}
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="tr">
<head>
  <meta charset="utf-8" />
  <!-- v{th['v']} -->


  <title>{title} &ndash; BitLira Destek Merkezi</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{s['csrf']}">

  <meta name="description" content="Son güncelleme: {upd} BitLira Kripto Varlık Alım Satım Platformu A.Ş. (&quot;BitLira&quot; veya &quot;Şirket&quot;) olarak, 6698 sayılı..." /><meta property="og:image" content="https://destek.bitlira.com.tr/hc/theming_assets/01{th['tid'][:24]}" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="BitLira Destek Merkezi" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{URL}" />
<link rel="canonical" href="{URL}">
<link rel="alternate" hreflang="en-us" href="https://destek.bitlira.com.tr/hc/en-us/articles/4408372615953-Privacy-Notice">
<link rel="alternate" hreflang="tr" href="{URL}">
<link rel="alternate" hreflang="x-default" href="{URL}">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-{th['app']}.css" media="all" id="stylesheet" />
    <!-- Entypo pictograms by Daniel Bruce — www.entypo.com -->
    <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01{th['tid']}/style.css?digest={th['digest']}" />

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01{th['tid'][:10]}FAVICON/favicon.ico">

    <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script type="text/javascript" src="/hc/theming_assets/01{th['tid']}/script.js?digest={th['digest']}"></script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-B7L1R4T2ZQ"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-B7L1R4T2ZQ');</script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Ana içeriğe atla</a>

  {notice}<header class="header">
  <div class="logo">
    <a title="Ana sayfa" href="/hc/tr">
      <img src="/hc/theming_assets/01{th['tid'][:12]}LOGO0000000000/logo.png" alt="BitLira Destek Merkezi Yardım Merkezi ana sayfası" />
    </a>
  </div>

  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Kullanıcı navigasyonu">
      <ul class="user-nav-list">
        <li><a href="https://www.bitlira.com.tr">bitlira.com.tr</a></li>
        <li><a class="submit-a-request" href="/hc/tr/requests/new">Talep gönder</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Oturum açmak için aç" role="button" href="https://destek.bitlira.com.tr/hc/tr/signin?return_to=https%3A%2F%2Fdestek.bitlira.com.tr%2Fhc%2Ftr%2Farticles%2F4408372615953-KVKK-Aydinlatma-Metni">
        Oturum aç
      </a>
  </div>
</header>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Geçerli konum">
  <ol class="breadcrumbs">
    <li title="BitLira Destek Merkezi">
        <a href="/hc/tr">BitLira Destek Merkezi</a>
    </li>
    <li title="Yasal Bilgilendirmeler">
        <a href="/hc/tr/categories/4408361234567-Yasal-Bilgilendirmeler">Yasal Bilgilendirmeler</a>
    </li>
    <li title="Sözleşmeler ve Metinler">
        <a href="/hc/tr/sections/4408368765432-S%C3%B6zle%C5%9Fmeler-ve-Metinler">Sözleşmeler ve Metinler</a>
    </li>
  </ol>
</nav>

    <div class="search-container">
      <form role="search" class="search" data-search="" action="/hc/tr/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Ara" autocomplete="off" aria-label="Ara" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Bu bölümdeki makaleler
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>
                <li><a href="/hc/tr/articles/4408372598812-Hesap-Sozlesmesi" class="sidenav-item ">Hesap Sözleşmesi</a></li>
                <li><a href="/hc/tr/articles/4408372615953-KVKK-Aydinlatma-Metni" class="sidenav-item current-article">KVKK Aydınlatma Metni</a></li>
                <li><a href="/hc/tr/articles/4408372603377-Acik-Riza-Metni" class="sidenav-item ">Açık Rıza Metni</a></li>
                <li><a href="/hc/tr/articles/4408372601234-Cerez-Politikasi" class="sidenav-item ">Çerez Politikası</a></li>
                <li><a href="/hc/tr/articles/4408372611145-Risk-Bildirim-Formu" class="sidenav-item ">Kripto Varlık Risk Bildirim Formu</a></li>
            </ul>
          </div>
        </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="{title}" class="article-title">
          {C.inline_html(title)}
        </h1>

        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://destek.bitlira.com.tr/system/photos/4408351112233/bitlira-avatar.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
              BitLira Destek

            <ul class="meta-group">
                <li class="meta-data"><time datetime="{upd_iso}" title="{upd_iso[:10]} {upd_iso[11:16]}" data-datetime="relative">{upd_txt}</time></li>
                <li class="meta-data">Güncellendi</li>
            </ul>
          </div>
        </div>

          <a class="article-subscribe button-secondary" title="Bu makaleye abone olun" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/tr/articles/4408372615953-KVKK-Aydinlatma-Metni/subscription.html">Takip et</a>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">{body}</div>

        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title={title}&u={URL}" class="share-facebook" target="_blank">Facebook</a></li>
    <li><a href="https://twitter.com/share?lang=tr&text={title}&url={URL}" class="share-twitter" target="_blank">X Corp</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=BitLira&title={title}&url={URL}" class="share-linkedin" target="_blank">LinkedIn</a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Bu makale faydalı oldu mu?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Bu makale faydalıydı" aria-pressed="false">Evet</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Bu makale faydalı değildi" aria-pressed="false">Hayır</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">{total} kişiden {up} kişi bunu faydalı buldu</span>
            </small>
          </div>

        <div class="article-more-questions">
          Başka sorunuz mu var? <a href="/hc/tr/requests/new">Talep gönderin</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Başa dön
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
    <h2 class="related-articles-title">Benzer makaleler</h2>
  <ul>
    {rel}
  </ul>
</section>

      </div>
    </article>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <p class="footer-risk">Kripto varlıklar yüksek risk içerir ve değerleri kısa sürede büyük ölçüde değişebilir. Kripto varlıklar mevduat güvencesi kapsamında değildir.</p>
    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">Türkçe</button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/en-us?return_to=%2Fhc%2Fen-us%2Farticles%2F4408372615953-Privacy-Notice" dir="ltr" rel="nofollow" role="menuitem">English (US)</a>
          </span>
        </div>
    </div>
  </div>
</footer>


  <!-- / -->

  
  <script src="//static.zdassets.com/hc/assets/tr.{th['app'][:20]}.js"></script>
  

  <script type="text/javascript">
  /*

    Hello,

    You're looking at the Zendesk Help Center with the default look and feel.
    Feel free to customize it!

  */
  HelpCenter = {{}};
  HelpCenter.account = {{"subdomain":"bitlira","environment":"production","name":"BitLira"}};
  HelpCenter.user = {{"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]}};
  HelpCenter.internal = {json.dumps(internal, ensure_ascii=False, separators=(",", ":"))};
</script>

  
  
  <script src="//static.zdassets.com/hc/assets/hc_enduser-{th['app'][::-1]}.js"></script>
  
  
</body>
</html>
"""


PAGE = {
    "service": "BitLira",
    "url": URL,
    "lang": "tr",
    "platform": "Zendesk Guide help centre, Copenhagen theme",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7b9c5d4f8-xk2lp"),
                      ("Cache-Control", "max-age=0, public"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 31,
    "start": dt.date(2023, 3, 20),
    "end": dt.date(2025, 10, 31),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 28),
    "fmt_date": fmt_tr,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".article",
                    "remove": [".article-author", ".article-subscribe", ".article-footer", ".article-votes",
                               ".article-more-questions", ".article-return-to-top", ".article-relatives"]},
}
