"""Kuzey (TV and home-appliance brand), Turkish, SAP Commerce Cloud 2105 -> 2211 accelerator storefront (JSP,
responsive B2C theme).

The KVKK Aydınlatma Metni is one CMSParagraphComponent (`.yCmsComponent > .content`) in the content page's slot.
The crawler brings no cookie, so Tomcat rewrites every JSP link with `;jsessionid=<id>.accstorefront-<pod>` and
the page carries a fresh `CSRFToken` (ACC.config and the newsletter/login forms): per visit. The header's live-
support badge ("Canlı Destek çevrim içi · ortalama bekleme 3 dk" / "şu an kapalı") follows the Istanbul clock;
the notice bar shows the latest Smart TV software-update announcement; `?v=` theme stamps change with each
deploy and the platform upgrade (Nov 2023). Inside the declared component: nothing volatile.
"""
import datetime as dt
import html

import common as C

URL = "https://www.kuzey.com.tr/tr/kvkk-aydinlatma-metni"

POLICY = """# Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Kuzey Elektronik Ev Aletleri Sanayi ve Ticaret A.Ş. (“Kuzey” veya “Şirket”) olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) uyarınca veri sorumlusu sıfatıyla; kuzey.com.tr internet sitesi, Kuzey Akıllı Ev mobil uygulaması, çağrı merkezimiz, yetkili satıcılarımız ve yetkili servislerimiz aracılığıyla işlediğimiz kişisel verileriniz hakkında sizi bilgilendirmek isteriz.

## 1. Veri Sorumlusu

@ Kuzey Elektronik Ev Aletleri Sanayi ve Ticaret A.Ş.
@ Adres: Barbaros Mah. Kardelen Sok. No: 2, 34746 Ataşehir / İstanbul
@ Mersis No: 0582 0031 7740 0015
@ KEP: kuzeyelektronik@hs01.kep.tr

## 2. İşlenen Kişisel Veri Kategorileri

| Veri Kategorisi | Açıklama |
| Kimlik | Ad, soyad, T.C. kimlik numarası (fatura ve kurulum için gerekli olduğu hâllerde), doğum tarihi |
| İletişim | Telefon numarası, e-posta adresi, teslimat ve fatura adresi |
| Müşteri İşlem | Sipariş bilgileri, fatura bilgileri, talep ve şikâyet kayıtları |
| Ürün ve Cihaz | Ürün seri numarası, model bilgisi, satın alma tarihi, garanti başlangıç tarihi, Smart TV ve akıllı cihaz yazılım sürümü |
| İşlem Güvenliği | IP adresi, çerez kayıtları, oturum bilgileri, şifre ve doğrulama kodu kayıtları |
| Finans | Kart sahibinin adı, kart numarasının ilk altı ve son dört hanesi, banka hesap bilgileri (iade işlemlerinde) |
| Pazarlama | Alışveriş geçmişi, kampanya katılım bilgileri, ilgi alanları (açık rızanız bulunması hâlinde) |
| Görsel ve İşitsel | Servis kayıtlarına eklenen ürün fotoğrafları, çağrı merkezi görüşme kayıtları |

### Akıllı Ürünlerden Elde Edilen Veriler

Smart TV, akıllı klima, bulaşık ve çamaşır makinesi gibi internete bağlanabilen ürünlerimizi Kuzey Akıllı Ev uygulamasına eşleştirmeniz hâlinde; cihazın model ve seri numarası, yazılım sürümü, çalışma programı, enerji tüketimi, hata kodları ve cihazın bağlı olduğu kablosuz ağın adı işlenir. Bu veriler arıza teşhisi, uzaktan yazılım güncellemesi ve enerji tüketimi raporlarının size sunulması için kullanılır. Smart TV’lerde izleme alışkanlıklarınıza ilişkin içerik tanıma (ACR) özelliği yalnızca kurulum sırasında açık rızanızı vermeniz hâlinde etkinleşir; bu tercihinizi televizyonunuzun Ayarlar > Gizlilik menüsünden dilediğiniz zaman değiştirebilirsiniz. Sesli asistan komutları cihazınızda işlenir ve sunucularımıza kaydedilmez.

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Satış sözleşmesinin kurulması ve ifası, siparişlerin teslimi ve faturalandırlması,
- Ürün kurulumu, garanti ve yetkili servis hizmetlerinin yürütülmesi,
- Ürün güvenliği ve geri çağırma süreçlerinin yürütülmesi, Smart TV ve akıllı ev cihazları için yazılım güncellemelerinin sağlanması,
- Talep ve şikâyetlerin takibi, müşteri memnuniyeti araştırmalarının yapılması,
- Bilgi güvenliği süreçlerinin yürütülmesi, 5651 sayılı Kanun kapsamındaki yükümlülüklerin yerine getirilmesi,
- Yetkili kişi, kurum ve kuruluşlara bilgi verilmesi, hukuki uyuşmazlıkların takibi,
- Açık rızanızın bulunması hâlinde kampanya, indirim ve yeni ürünler hakkında ticari elektronik ileti gönderilmesi.

## 4. Kişisel Veri Toplamanın Yöntemi ve Hukuki Sebebi

Kişisel verileriniz; internet sitemiz, mobil uygulamamız, çağrı merkezimiz, yetkili satıcı ve yetkili servislerimiz, sosyal medya hesaplarımız ile ürünlerinizin akıllı bağlantı özellikleri aracılığıyla elektronik veya fiziki ortamda toplanmaktadır. Bu veriler KVKK’nın 5. maddesinin 2. fıkrasında yer alan aşağıdaki hukuki sebeplere dayanılarak işlenmektedir:

- Kanunlarda açıkça öngörülmesi (md. 5/2-a),
- Bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması (md. 5/2-c),
- Veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması (md. 5/2-ç),
- Bir hakkın tesisi, kullanılması veya korunması için veri işlemenin zorunlu olması (md. 5/2-e),
- İlgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla, veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması (md. 5/2-f).

Ticari elektronik ileti gönderimi ve yurt dışına aktarım gibi açık rıza gerektiren işlemler ise yalnızca açık rızanıza dayanılarak (md. 5/1) gerçekleştirilir.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla ve KVKK’nın 8. ve 9. maddelerine uygun olarak aşağıdaki alıcı gruplarına aktarılabilmektedir:

| Alıcı Grubu | Aktarım Amacı |
| Yetkili servisler ve yetkili satıcılar | Kurulum, bakım, onarım ve teslimat hizmetlerinin sunulması |
| Kargo ve lojistik firmaları | Siparişlerin teslimi ve iade ürünlerin toplanması |
| Ödeme kuruluşları ve bankalar | Ödeme ve iade işlemlerinin gerçekleştirilmesi |
| Çağrı merkezi ve bilgi teknolojileri hizmet sağlayıcıları | Müşteri hizmetlerinin ve altyapının işletilmesi |
| Grup şirketlerimiz | Ürün geliştirme, raporlama ve garanti süreçlerinin yürütülmesi |
| Yetkili kamu kurum ve kuruluşları | Hukuki yükümlülüklerin yerine getirilmesi |

Smart TV ve Kuzey Akıllı Ev uygulamasına ilişkin cihaz verileriniz, bulut altyapımızın Almanya’da bulunan sunucularda barındırılması nedeniyle açık rızanıza dayanılarak yurt dışına aktarılmaktadır.

## 6. Kişisel Verilerin Saklanma Süreleri

| Veri | Saklama Süresi |
| Satış ve fatura kayıtları | 10 yıl (6102 sayılı Türk Ticaret Kanunu ve 213 sayılı Vergi Usul Kanunu) |
| Garanti ve servis kayıtları | Garanti süresinin bitiminden itibaren 10 yıl |
| Çağrı merkezi ses kayıtları | 2 yıl |
| Trafik verileri (log kayıtları) | 2 yıl (5651 sayılı Kanun) |
| Ticari elektronik ileti onay kayıtları | Onayın geri alınmasından itibaren 3 yıl |
| Pazarlama verileri | Açık rızanın geri alınmasına kadar |

Saklama süresinin sona ermesiyle kişisel verileriniz, Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale Getirilmesi Hakkında Yönetmelik uyarınca ilk periyodik imha işleminde silinir, yok edilir veya anonim hâle getirilir.

## 7. İlgili Kişinin Hakları

KVKK’nın 11. maddesi uyarınca veri sorumlusuna başvurarak kendinizle ilgili;

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- kişisel verilerinizin eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK’nın 7. maddesinde öngörülen şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- düzeltme, silme ve yok etme işlemlerinin kişisel verilerinizin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- işlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 8. Başvuru Yöntemi

Yukarıda belirtilen haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ’e uygun olarak; kimliğinizi tespit edici belgelerle birlikte ıslak imzalı bir dilekçe ile aşağıdaki adrese şahsen veya noter aracılığıyla iletebilir, güvenli elektronik imza ile imzalanmış olarak KEP adresimize gönderebilir ya da sistemimizde kayıtlı e-posta adresinizden kvkk@kuzey.com.tr adresine iletebilirsiniz. Başvurunuzu kolaylaştırmak için [KVKK Başvuru Formu](https://www.kuzey.com.tr/tr/kvkk-basvuru-formu)’nu kullanabilirsiniz.

@ Kuzey Elektronik Ev Aletleri Sanayi ve Ticaret A.Ş.
@ Kişisel Verilerin Korunması Birimi
@ Barbaros Mahallesi, Kardelen Sokak No: 2, 34746 Ataşehir / İstanbul

Başvurularınız, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılacaktır. İşlemin ayrıca bir maliyet gerektirmesi hâlinde, Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir. Ürünleriniz ve servis kayıtlarınızla ilgili diğer sorularınız için Kuzey Çağrı Merkezi’ni 0850 210 58 93 numaralı telefondan arayabilirsiniz.

Son güncelleme: {UPDATED}"""

EDITS = [
    {"note": "recipient group added to the transfer table (auditors and consultants)",
     "repl": [("| Grup şirketlerimiz | Ürün geliştirme, raporlama ve garanti süreçlerinin yürütülmesi |\n",
               "| Grup şirketlerimiz | Ürün geliştirme, raporlama ve garanti süreçlerinin yürütülmesi |\n"
               "| Bağımsız denetim ve hukuk danışmanlığı firmaları | Mali ve hukuki denetim süreçlerinin yürütülmesi |\n")]},
    {"note": "typo fixed (faturalandırlması → faturalandırılması), no new date", "bump": False,
     "repl": [("teslimi ve faturalandırlması,", "teslimi ve faturalandırılması,")]},
    {"note": "cross-border paragraph rewritten for the 2024 amendment of KVKK art. 9 (standard contract)",
     "repl": [("Smart TV ve Kuzey Akıllı Ev uygulamasına ilişkin cihaz verileriniz, bulut altyapımızın Almanya’da bulunan "
               "sunucularda barındırılması nedeniyle açık rızanıza dayanılarak yurt dışına aktarılmaktadır.",
               "Smart TV ve Kuzey Akıllı Ev uygulamasına ilişkin cihaz verileriniz, bulut altyapımızın Almanya’da bulunan "
               "sunucularda barındırılması nedeniyle, 7499 sayılı Kanun ile değişik KVKK’nın 9. maddesi uyarınca Kişisel "
               "Verileri Koruma Kurulu tarafından ilan edilen standart sözleşme imzalanarak ve sözleşme beş iş günü içinde "
               "Kişisel Verileri Koruma Kurumu’na bildirilerek yurt dışına aktarılmaktadır.")]},
    {"note": "retention of call-centre recordings cut from 2 years to 1 year",
     "repl": [("| Çağrı merkezi ses kayıtları | 2 yıl |", "| Çağrı merkezi ses kayıtları | 1 yıl |")]},
    {"note": "head office moved: address changed in sections 1 and 8",
     "repl": [("@ Adres: Barbaros Mah. Kardelen Sok. No: 2, 34746 Ataşehir / İstanbul",
               "@ Adres: Küçükbakkalköy Mah. Kayışdağı Cad. No: 3, 34750 Ataşehir / İstanbul"),
              ("@ Barbaros Mahallesi, Kardelen Sokak No: 2, 34746 Ataşehir / İstanbul",
               "@ Küçükbakkalköy Mahallesi, Kayışdağı Caddesi No: 3, 34750 Ataşehir / İstanbul")]},
]

NOTICES = [
    (dt.date(2022, 9, 1), "Smart TV yazılım güncellemesi V8-2209 yayınlandı", "/tr/destek/yazilim-guncellemeleri/smart-tv"),
    (dt.date(2023, 3, 20), "Smart TV için V8-2303 güncellemesi: YouTube ve Netflix uygulamaları yenilendi",
     "/tr/destek/yazilim-guncellemeleri/smart-tv"),
    (dt.date(2023, 9, 11), "Kuzey Akıllı Ev uygulaması 4.0 yayında: çamaşır makinenizi uzaktan başlatın",
     "/tr/akilli-ev/uygulama"),
    (dt.date(2024, 2, 5), "Smart TV V9-2402 güncellemesi: ses senkronizasyonu sorunu giderildi",
     "/tr/destek/yazilim-guncellemeleri/smart-tv"),
    (dt.date(2024, 8, 19), "Google TV modelleri için Ağustos 2024 güvenlik güncellemesi",
     "/tr/destek/yazilim-guncellemeleri/google-tv"),
    (dt.date(2025, 1, 27), "Smart TV V9-2501 güncellemesi: yeni enerji tasarrufu modu",
     "/tr/destek/yazilim-guncellemeleri/smart-tv"),
    (dt.date(2025, 6, 16), "Bulaşık makinelerinde yazılım güncellemesi: AutoDose ayarları iyileştirildi",
     "/tr/destek/yazilim-guncellemeleri/beyaz-esya"),
]

UPGRADE = dt.date(2023, 11, 13)


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def noise(rng, when, i, prev):
    p = prev or {}
    local = when + dt.timedelta(hours=3)
    open_ = 9 <= local.hour < 22
    d = when.date()
    ver = "2211.18" if d >= UPGRADE else "2105.31"
    return {
        "session": (C.hexs(rng, 32).upper(), rng.choice(["7c9fb4d6d8", "7c9fb4d6d8", "5f6d8b9c47"]) + "-" +
                    C.alnum(rng, 5, "bcdfghjklmnpqrstvwxz0123456789"), C.uuid4(rng)),
        "support": ("open", rng.choice([1, 2, 2, 3, 4, 6])) if open_ else ("closed", 0),
        "notice": [n for n in NOTICES if n[0] <= d][-1][1],
        "build": C.keep_or(rng, p.get("build") if p.get("build", ("",))[0] == ver else None, 0.12,
                           lambda: (ver, "%s%02d%02d%02d%02d" % (when.year, when.month, when.day, rng.randint(6, 20),
                                                               rng.randint(0, 59)))),
    }


LABELS = {
    "session": "jsessionid in every link + CSRFToken (per visit)",
    "support": "Canlı Destek badge (Istanbul clock, waiting time)",
    "notice": "notice bar: latest Smart TV software-update announcement",
    "build": "theme ?v= deploy stamp / platform version",
}


def render(state, blocks, when):
    sid, pod, csrf = state["session"]
    js = ";jsessionid=%s.accstorefront-%s" % (sid, pod)
    ver, stamp = state["build"]
    notice = [n for n in NOTICES if n[1] == state["notice"]][0]
    if state["support"][0] == "open":
        support = ('<span class="live-support__status live-support__status--online"></span>'
                   '<span class="live-support__text">Canlı Destek çevrim içi · ortalama bekleme %d dk</span>'
                   % state["support"][1])
    else:
        support = ('<span class="live-support__status live-support__status--offline"></span>'
                   '<span class="live-support__text">Canlı Destek şu an kapalı (09:00-22:00)</span>')

    def a(path, label, cls=""):
        c = ' class="%s"' % cls if cls else ""
        return '<a href="%s%s"%s title="%s">%s</a>' % (path, js, c, html.escape(label), html.escape(label))

    nav = [("/tr/televizyonlar/c/tv", "Televizyon"), ("/tr/beyaz-esya/c/beyaz-esya", "Beyaz Eşya"),
           ("/tr/ankastre/c/ankastre", "Ankastre"), ("/tr/kucuk-ev-aletleri/c/kea", "Küçük Ev Aletleri"),
           ("/tr/klima/c/klima", "Klima"), ("/tr/kampanyalar", "Kampanyalar"), ("/tr/destek", "Destek")]
    navhtml = "\n".join(
        '<li class="auto nav__links--primary nav__links--primary-has__sub js-enquire-has-sub">'
        '<span class="yCmsComponent nav__link js_nav__link">%s</span></li>' % a(p, l, "") for p, l in nav)
    body = C.blocks_html(blocks)
    cfg_upgrade = ('\n\t\t\tACC.config.isB2B = false;\n\t\t\tACC.config.headlessCheckout = false;'
                   if ver.startswith("2211") else "")
    jquery = "jquery-3.6.4.min.js" if ver.startswith("2211") else "jquery-3.5.1.min.js"
    return f"""<!DOCTYPE html>
<html lang="tr">
<head>
	<title>KVKK Aydınlatma Metni | Kuzey</title>

	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">

	<meta name="keywords">
<meta name="description" content="Kuzey Elektronik kişisel verilerin korunması hakkında aydınlatma metni">
<meta name="robots" content="index,follow">
<link rel="shortcut icon" type="image/x-icon" media="all" href="/_ui/responsive/theme-kuzey/images/favicon.ico" />
		<link rel="stylesheet" type="text/css" media="all" href="/_ui/responsive/theme-kuzey/css/style.css?v={stamp}"/>
		<link rel="stylesheet" type="text/css" media="all" href="/_ui/addons/smarteditaddon/responsive/common/css/smarteditaddon.css?v={stamp}"/>
		<link rel="stylesheet" type="text/css" media="all" href="/_ui/addons/kuzeyserviceaddon/responsive/common/css/kuzeyserviceaddon.css?v={stamp}"/>
<script type="text/javascript" src="/_ui/shared/js/analyticsmediator.js"></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-K7Z2QXN');</script>
<link rel="canonical" href="{URL}"/>
<link rel="alternate" hreflang="tr" href="{URL}"/>
</head>

<body class="page-kvkk pageType-ContentPage template-pages-layout-contentLayout1Page pageLabel-kvkk language-tr">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Z2QXN" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>

	<main data-currency-iso-code="TRY">
			<a href="#skip-to-content" class="skiptocontent" data-role="none">İçeriğe geç</a>
			<a href="#skiptonavigation" class="skiptonavigation" data-role="none">Gezinmeye geç</a>

			<header class="js-mainHeader">
	<div class="yCmsContentSlot notice-bar">
		<div class="yCmsComponent notice-bar__item">
			<a href="{notice[2]}{js}" class="notice-bar__link"><span class="notice-bar__icon glyphicon glyphicon-refresh"></span> {html.escape(notice[1])}</a>
		</div>
	</div>
	<nav class="navigation navigation--top hidden-xs hidden-sm">
		<div class="row">
			<div class="col-sm-12 col-md-4">
				<div class="nav__left js-site-logo">
					<div class="yCmsComponent yComponentWrapper">
<div class="banner__component simple-banner">
	<a href="/tr{js}"><img title="Kuzey" alt="Kuzey" src="/medias/kuzey-logo.svg?context=bWFzdGVyfGltYWdlc3wzMTI0fGltYWdlL3N2Zyt4bWx8aDFmL2g0Yy84ODAxNzg5NTk4MTEwLnN2Z3w2YzFhM2M"></a>
</div>
</div>
				</div>
			</div>
			<div class="col-sm-12 col-md-8">
				<div class="nav__right">
					<ul class="nav__links nav__links--account">
						<li class="liOffcanvas live-support">{support}</li>
						<li class="liOffcanvas"><a href="/tr/servis-talebi{js}">Servis Talebi</a></li>
						<li class="liOffcanvas"><a href="/tr/yetkili-servisler{js}">Yetkili Servis Bul</a></li>
						<li class="liOffcanvas"><a href="/tr/login{js}">Giriş Yap / Üye Ol</a></li>
					</ul>
				</div>
			</div>
		</div>
	</nav>
	<div class="hidden-xs hidden-sm js-secondaryNavAccount collapse" id="accNavComponentDesktopOne">
		<ul class="nav__links"></ul>
	</div>
	<div class="navigation navigation--middle js-navigation--middle">
		<div class="container-fluid">
			<div class="row desktop__nav">
				<div class="nav__left col-xs-12 col-sm-6">
					<div class="site-search">
						<div class="yCmsComponent">
<div class="ui-front">
	<form name="search_form_SearchBox" method="get" action="/tr/search/{js}">
		<div class="input-group">
			<input type="text" id="js-site-search-input" class="form-control js-site-search-input" name="text" value="" maxlength="100" placeholder="Ürün, model veya kategori ara" data-options='{{"autocompleteUrl" : "/tr/search/autocomplete/SearchBox","minCharactersBeforeRequest" : "3","waitTimeBeforeRequest" : "500","displayProductImages" : true}}'>
			<span class="input-group-btn"> <button class="btn btn-link js_search_button" type="submit" disabled="true"><span class="glyphicon glyphicon-search"></span></button></span>
		</div>
	</form>
</div>
</div>
					</div>
				</div>
				<div class="nav__right col-xs-6 col-xs-6 hidden-xs">
					<ul class="nav__links nav__links--shop_info">
						<li><div class="yCmsComponent">
<div class="nav-cart">
	<a href="/tr/cart{js}" class="mini-cart-link js-mini-cart-link" data-mini-cart-url="/tr/cart/rollover/MiniCart" data-mini-cart-refresh-url="/tr/cart/miniCart/SUBTOTAL" data-mini-cart-name="Sepetim" data-mini-cart-empty-name="Sepetiniz boş" data-mini-cart-items-text="ürün">
		<div class="mini-cart-icon"><span class="glyphicon glyphicon-shopping-cart "></span></div>
		<div class="mini-cart-price js-mini-cart-price hidden-xs hidden-sm">0,00 TL</div>
		<div class="mini-cart-count js-mini-cart-count"><span class="nav-items-total">0</span></div>
	</a>
</div>
<div class="mini-cart-container js-mini-cart-container"></div>
</div></li>
					</ul>
				</div>
			</div>
		</div>
	</div>
	<a id="skiptonavigation"></a>
	<nav class="navigation navigation--bottom js_navigation--bottom js-enquire-offcanvas-navigation" role="navigation">
		<ul class="sticky-nav-top hidden-lg hidden-md js-sticky-user-group hidden-md hidden-lg"></ul>
		<div class="navigation__overflow">
			<ul data-trigger="#signedInUserOptionsToggle" class="nav__links nav__links--products js-offcanvas-links">
{navhtml}
			</ul>
		</div>
	</nav>
</header>
<div class="yCmsContentSlot container-fluid">
</div>
<a id="skip-to-content"></a>

		<div class="main__inner-wrapper">
			<div class="breadcrumb-section">
	<ol class="breadcrumb">
		<li><a href="/tr{js}">Ana Sayfa</a></li>
		<li class="active">KVKK Aydınlatma Metni</li>
	</ol>
</div>
<div class="yCmsContentSlot container">
<div class="yCmsComponent">
<div class="content">{body}</div></div></div>
</div>

		<footer>
	<div class="footer__top">
		<div class="container">
			<div class="footer__newsletter">
				<form id="newsletterForm" action="/tr/newsletter/subscribe{js}" method="post"><label for="newsletter.email">Kampanyalardan ilk siz haberdar olun</label>
					<input id="newsletter.email" name="email" class="form-control" type="email" value="" placeholder="E-posta adresiniz"/>
					<button type="submit" class="btn btn-primary">Abone Ol</button>
				<div>
<input type="hidden" name="CSRFToken" value="{csrf}" />
</div></form>
			</div>
		</div>
	</div>
	<div class="footer__nav container">
		<div class="row">
			<div class="footer__nav--container col-xs-12 col-sm-3">
				<div class="title">Kurumsal</div>
				<ul class="footer__nav--links">
					<li class="yCmsComponent footer__link">{a("/tr/hakkimizda", "Hakkımızda")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/kariyer", "Kariyer")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/yatirimci-iliskileri", "Yatırımcı İlişkileri")}</li>
				</ul>
			</div>
			<div class="footer__nav--container col-xs-12 col-sm-3">
				<div class="title">Destek</div>
				<ul class="footer__nav--links">
					<li class="yCmsComponent footer__link">{a("/tr/destek/kullanim-kilavuzlari", "Kullanım Kılavuzları")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/destek/yazilim-guncellemeleri", "Yazılım Güncellemeleri")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/destek/garanti-sorgulama", "Garanti Sorgulama")}</li>
				</ul>
			</div>
			<div class="footer__nav--container col-xs-12 col-sm-3">
				<div class="title">Yasal</div>
				<ul class="footer__nav--links">
					<li class="yCmsComponent footer__link">{a("/tr/kvkk-aydinlatma-metni", "KVKK Aydınlatma Metni")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/cerez-politikasi", "Çerez Politikası")}</li>
					<li class="yCmsComponent footer__link">{a("/tr/mesafeli-satis-sozlesmesi", "Mesafeli Satış Sözleşmesi")}</li>
				</ul>
			</div>
		</div>
	</div>
	<div class="footer__bottom">
		<div class="container"><div class="footer__copyright">© {when.year} Kuzey Elektronik Ev Aletleri Sanayi ve Ticaret A.Ş. Tüm hakları saklıdır.</div></div>
	</div>
</footer>

	</main>

	<form name="accessiblityForm">
		<input type="hidden" id="accesibility_refreshScreenReaderBufferField" name="accesibility_refreshScreenReaderBufferField" value=""/>
	</form>
	<div id="ariaStatusMsg" class="skip" role="status" aria-relevant="text" aria-live="polite"></div>

	<script type="text/javascript">
		/*<![CDATA[*/
		var ACC = {{ config: {{}} }};
			ACC.config.contextPath = "";
			ACC.config.encodedContextPath = "/tr";
			ACC.config.commonResourcePath = "/_ui/responsive/common";
			ACC.config.themeResourcePath = "/_ui/responsive/theme-kuzey";
			ACC.config.siteResourcePath = "/_ui/responsive/site-kuzey";
			ACC.config.rootPath = "/_ui/responsive";
			ACC.config.CSRFToken = "{csrf}";
			ACC.pwdStrengthVeryWeak = 'password.strength.veryweak';
			ACC.pwdStrengthWeak = 'password.strength.weak';
			ACC.pwdStrengthMedium = 'password.strength.medium';
			ACC.pwdStrengthStrong = 'password.strength.strong';
			ACC.pwdStrengthVeryStrong = 'password.strength.verystrong';
			ACC.pwdStrengthUnsafePwd = 'password.strength.unsafepwd';
			ACC.pwdStrengthTooShortPwd = 'password.strength.tooshortpwd';
			ACC.pwdStrengthMinCharText = 'password.strength.minchartext';
			ACC.accessibilityLoading = 'Yükleniyor... Lütfen bekleyin...';
			ACC.accessibilityStoresLoaded = 'Mağazalar yüklendi';
			ACC.config.googleApiKey="";
			ACC.config.googleApiVersion="3.7";
			ACC.config.language = "tr";
			ACC.config.authenticationStatus = false;{cfg_upgrade}
			ACC.autocompleteUrl = '/tr/search/autocompleteSecure';
		/*]]>*/
	</script>
	<script type="text/javascript">
		/*<![CDATA[*/
		ACC.addons = {{}};	//JS holder for addons properties
		ACC.addons.smarteditaddon = [];
		ACC.addons.kuzeyserviceaddon = [];
		/*]]>*/
	</script>
	<script type="text/javascript" src="/_ui/responsive/common/js/{jquery}"></script>
	<script type="text/javascript" src="/_ui/responsive/common/js/jquery.tabs.custom.js"></script>
	<script type="text/javascript" src="/_ui/responsive/common/js/acc.global.js"></script>
	<script type="text/javascript" src="/_ui/responsive/common/js/acc.cms.js"></script>
	<script type="text/javascript" src="/_ui/responsive/common/js/acc.navigation.js"></script>
	<script type="text/javascript" src="/_ui/responsive/theme-kuzey/js/kuzey.site.js?v={stamp}"></script>
	<script type="text/javascript" src="/_ui/addons/smarteditaddon/responsive/common/js/smarteditaddon.js"></script>
	<script type="text/javascript" src="/_ui/shared/js/generatedVariables.js"></script>
</body>

</html>
"""


PAGE = {
    "service": "Kuzey",
    "url": URL,
    "lang": "tr",
    "platform": "SAP Commerce Cloud accelerator (JSP)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 31,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".main__inner-wrapper .yCmsComponent > .content"},
}
