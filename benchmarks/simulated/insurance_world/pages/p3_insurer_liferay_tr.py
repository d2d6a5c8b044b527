"""Turkish non-life insurer on Liferay DXP 7.4 (Classic-based custom theme, Web Content Display portlets).

The "KVKK Aydınlatma Metni" page holds two Web Content Display portlets: the information notice (the tracked
document) and, below it, the explicit-consent text ("Açık Rıza Metni"); the declaration selects the first
portlet's `.journal-content-article`. Per visit: `Liferay.authToken` and the `p_auth` token in the sign-in
portlet's links. Per deploy (sticky): the combo servlet's `t=` timestamps. Some weeks: a site-wide announcement
banner (earthquake-region claims hotline, holiday opening hours) above the content, outside the portlet.
"""
import datetime as dt

import common as C

POLICY = """
# Kişisel Verilerin Korunması Kanunu Kapsamında Aydınlatma Metni

Son güncelleme tarihi: {UPDATED}

Anadolu Kalkan Sigorta A.Ş. (“Şirket”) olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) uyarınca veri sorumlusu sıfatıyla, sigorta ettirenlerimizin, sigortalılarımızın, lehtarlarımızın, zarar görenlerin ve internet sitemizi ziyaret edenlerin kişisel verilerini aşağıda açıklanan kapsamda işlemekteyiz.

## 1. Veri Sorumlusu

@ Anadolu Kalkan Sigorta A.Ş.
@ Büyükdere Caddesi No: 185 Kat: 12
@ 34394 Levent / Şişli / İstanbul
@ Mersis No: 0068012345600017

## 2. İşlenen Kişisel Veri Kategorileri

| Veri kategorisi | Örnek veriler |
| Kimlik | ad, soyad, T.C. kimlik numarası, doğum tarihi, vergi kimlik numarası |
| İletişim | adres, telefon numarası, e-posta adresi |
| Sigorta işlem | poliçe bilgileri, prim ödeme bilgileri, hasar kayıtları |
| Araç ve gayrimenkul | plaka, ruhsat bilgileri, tapu ve adres kodu bilgileri |
| Finans | banka hesap numarası, IBAN, kredi kartı bilgileri |
| Sağlık | sağlık raporları, tedavi ve reçete bilgileri (yalnızca sağlık ve ferdi kaza sigortalarında) |
| Görsel ve işitsel kayıtlar | çağrı merkezi ses kayıtları, hasar fotoğrafları |

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- sigorta teklifinin hazırlanması, risk değerlendirmesi ve poliçenin düzenlenmesi;
- prim tahsilatı ve muhasebe işlemlerinin yürütülmesi;
- hasar ihbarlarının alınması, ekspertiz süreçlerinin yürütülmesi ve tazminat ödemelerinin yapılması;
- sigorta suistimallerinin önlenmesi ve tespiti;
- reasürans işlemlerinin yürütülmesi;
- mevzuattan kaynaklanan bilgi verme, saklama ve raporlama yükümlülüklerinin yerine getirilmesi;
- müşteri memnuniyeti ve şikâyet yönetimi süreçlerinin yürütülmesi;
- açık rızanızın bulunması halinde ürün ve hizmetlerimize ilişkin ticari elektronik ileti gönderilmesi.

## 4. Hukuki Sebepler

Kişisel verileriniz; KVKK’nın 5. maddesinin 2. fıkrasında yer alan “kanunlarda açıkça öngörülmesi”, “bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması”, “veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi”, “bir hakkın tesisi, kullanılması veya korunması” ve “veri sorumlusunun meşru menfaati” hukuki sebeplerine dayanılarak işlenmektedir. Sağlık verileriniz ise KVKK’nın 6. maddesi uyarınca, 5684 sayılı Sigortacılık Kanunu ve ilgili mevzuat çerçevesinde ya da açık rızanıza dayanılarak işlenmektedir.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcılara aktarılabilir:

- Sigortacılık ve Özel Emeklilik Düzenleme ve Denetleme Kurumu ve diğer yetkili kamu kurum ve kuruluşları;
- Sigorta Bilgi ve Gözetim Merkezi;
- Türkiye Sigorta Birliği ve Güvence Hesabı;
- reasürans şirketleri;
- sigorta acenteleri ve brokerler;
- eksperler, anlaşmalı servisler, hastaneler ve asistans hizmet sağlayıcıları;
- bilgi teknolojileri, arşivleme ve çağrı merkezi hizmeti aldığımız tedarikçiler;
- hukuki uyuşmazlıklarda avukatlar ve mahkemeler.

Kişisel verileriniz, reasürans işlemleri ve yurt dışı seyahat sağlık sigortası kapsamındaki asistans hizmetleri için KVKK’nın 9. maddesine uygun olarak yurt dışına aktarılabilir.

## 6. Kişisel Verilerin Toplanma Yöntemi

Kişisel verileriniz; acentelerimiz, brokerler, bankalar, çağrı merkezimiz, internet sitemiz, mobil uygulamamız, e-posta ve fiziki evrak aracılığıyla, otomatik veya kısmen otomatik yollarla toplanmaktadır. Ayrıca Sigorta Bilgi ve Gözetim Merkezi, Emniyet Genel Müdürlüğü ve Tapu ve Kadastro Genel Müdürlüğü gibi kurumlardan mevzuatın izin verdiği ölçüde veri alınmaktadır.

## 7. Saklama Süresi

Kişisel verileriniz, ilgili mevzuatta öngörülen süreler boyunca, mevzuatta bir süre öngörülmemişse işleme amacının gerektirdiği süre kadar saklanır. Sigorta sözleşmesine ilişkin kayıtlar, 6102 sayılı Türk Ticaret Kanunu ve 5684 sayılı Sigortacılık Kanunu uyarınca sözleşmenin sona ermesinden itibaren en az 10 yıl saklanmaktadır. Süre sonunda verileriniz Kişisel Veri Saklama ve İmha Politikamız uyarınca silinir, yok edilir veya anonim hale getirilir. Periyodik imha işlemleri altı ayda bir gerçekleştirilmekte ve kayıt altına alınmaktadır. Teklif aşamasında kalan ve poliçeye dönüşmeyen başvurulara ait veriler ise teklif tarihinden itibaren iki yıl sonra silinmektedir. Hasar dosyalarına ilişkin kayıtlar, dosyanın kapanmasından itibaren on yıl boyunca saklanır.

## 8. Otomatik Karar Alma ve Profilleme

İnternet sitemiz ve mobil uygulamamız üzerinden teklif aldığınızda, trafik sigortası ve kasko primleri; aracınızın marka, model ve kullanım tarzı, hasarsızlık basamağınız, ikamet ettiğiniz il ve Sigorta Bilgi ve Gözetim Merkezi’nden alınan hasar geçmişi gibi bilgiler esas alınarak otomatik olarak hesaplanmaktadır. Trafik sigortası primleri ayrıca mevzuatla belirlenen tavan fiyatlara tabidir. Otomatik olarak hesaplanan teklife itiraz etmek isterseniz çağrı merkezimiz veya acenteniz aracılığıyla teklifin bir çalışanımız tarafından yeniden değerlendirilmesini talep edebilirsiniz.

## 9. Çağrı Merkezi Kayıtları

Çağrı merkezimizle yaptığınız görüşmeler, hizmet kalitesinin artırılması, talep ve şikâyetlerinizin ispatı ve mevzuattan kaynaklanan yükümlülüklerimizin yerine getirilmesi amacıyla kayıt altına alınmaktadır. Görüşmenin başında bu konuda bilgilendirilirsiniz. Ses kayıtları iki yıl süreyle saklanır; bir uyuşmazlığa konu olması halinde uyuşmazlık sonuçlanıncaya kadar saklanmaya devam eder.

## 10. Veri Güvenliği

Kişisel verilerinizin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek için gerekli teknik ve idari tedbirleri almaktayız. Bu tedbirler arasında yetki matrisi ile erişim kontrolü, şifreleme, ağ güvenliği, sızma testleri, log kayıtlarının tutulması ve çalışanlarımızın düzenli olarak eğitilmesi yer almaktadır. Hizmet aldığımız tedarikçilerle gizlilik ve veri güvenliği taahhütlerini içeren sözleşmeler imzalamaktayız.

## 11. İlgili Kişi Olarak Haklarınız

KVKK’nın 11. maddesi uyarınca Şirketimize başvurarak:

- kişisel verilerinizin işlenip işlenmediğini öğrenme;
- işlenmişse buna ilişkin bilgi talep etme;
- işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme;
- yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme;
- eksik veya yanlış işlenmiş olması halinde düzeltilmesini isteme;
- KVKK’nın 7. maddesinde öngörülen şartlar çerçevesinde silinmesini veya yok edilmesini isteme;
- düzeltme, silme ve yok etme işlemlerinin verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme;
- münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme;
- kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 12. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ’e uygun olarak, kimliğinizi tespit edici belgelerle birlikte yukarıdaki adresimize şahsen veya noter aracılığıyla iletebilir, [anadolukalkansigorta@hs01.kep.tr](mailto:anadolukalkansigorta@hs01.kep.tr) kayıtlı elektronik posta adresimize güvenli elektronik imza ile gönderebilirsiniz. Başvurularınız, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılır. İşlemin ayrıca bir maliyet gerektirmesi halinde Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir. Başvurunuzun reddedilmesi, verilen cevabı yetersiz bulmanız veya süresinde cevap verilmemesi halinde Kişisel Verileri Koruma Kurulu’na şikâyette bulunabilirsiniz.

Çerezlere ilişkin bilgilere [Çerez Politikamızdan](/cerez-politikasi) ulaşabilirsiniz.
"""

CONSENT = """
## Açık Rıza Metni

Anadolu Kalkan Sigorta A.Ş. tarafından, sağlık sigortası ve ferdi kaza sigortası kapsamında sağlık verilerimin risk değerlendirmesi, poliçe düzenlenmesi ve tazminat ödemesi amaçlarıyla işlenmesine ve bu amaçlarla reasürans şirketlerine ve yurt dışındaki asistans hizmet sağlayıcılarına aktarılmasına açık rıza veriyorum.

Ürün ve hizmetlere ilişkin kampanya ve bilgilendirme amaçlı ticari elektronik iletilerin tarafıma SMS, e-posta ve telefon yoluyla gönderilmesine onay veriyorum. Onayımı dilediğim zaman 0850 222 55 66 numaralı çağrı merkezini arayarak veya internet sitesindeki formu doldurarak geri alabileceğimi biliyorum.
"""

EDITS = [
    {"note": "sentence added on claims and policy data shared with the Insurance Information and Monitoring Centre (SBM)",
     "repl": [("- Sigorta Bilgi ve Gözetim Merkezi;", "- Sigorta Bilgi ve Gözetim Merkezi (poliçe ve hasar bilgilerinin mevzuat gereği bildirilmesi amacıyla);")]},
    {"note": "cross-border transfer paragraph rewritten for the 2024 KVKK art. 9 amendment (standard contracts)",
     "repl": [("için KVKK’nın 9. maddesine uygun olarak yurt dışına aktarılabilir.",
               "için KVKK’nın 9. maddesine uygun olarak, Kurul tarafından ilan edilen standart sözleşmelerin imzalanması ve bu sözleşmelerin beş iş günü içinde Kurum’a bildirilmesi suretiyle yurt dışına aktarılabilir.")]},
    {"note": "new row in the data-categories table: vehicle telematics for usage-based motor insurance",
     "repl": [("| Finans | banka hesap numarası,", "| Araç telematik verileri | sürüş mesafesi, hız, konum ve sürüş davranışı bilgileri (yalnızca kullandıkça öde kasko ürününde) |\n| Finans | banka hesap numarası,")]},
    {"note": "wording: 'ekspertiz süreçlerinin' changed to 'eksper incelemelerinin', no new date",
     "bump": False,
     "repl": [("ekspertiz süreçlerinin yürütülmesi", "eksper incelemelerinin yürütülmesi")]},
    {"note": "KEP (registered e-mail) address changed",
     "repl": [("[anadolukalkansigorta@hs01.kep.tr](mailto:anadolukalkansigorta@hs01.kep.tr)",
               "[anadolukalkan@hs03.kep.tr](mailto:anadolukalkan@hs03.kep.tr)")]},
]

ANNOUNCEMENTS = [
    None, None, None,
    "Deprem bölgesindeki sigortalılarımız hasar ihbarlarını 7/24 0850 222 55 00 numaralı hattan iletebilir.",
    "Kurban Bayramı süresince çağrı merkezimiz 09.00–18.00 saatleri arasında hizmet vermektedir.",
    "Mobil uygulamamızın yeni sürümüyle kasko hasar ihbarınızı fotoğraf yükleyerek yapabilirsiniz.",
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "auth": C.alnum(rng, 8),
        "combo": C.keep_or(rng, prev.get("combo"), 0.1,
                           lambda: str(C.epoch(when - dt.timedelta(days=rng.randint(1, 30))) * 1000 + rng.randint(0, 999))),
        "announce": C.keep_or(rng, prev.get("announce"), 0.2, lambda: rng.choice(ANNOUNCEMENTS)),
    }


LABELS = {"auth": "Liferay.authToken / p_auth", "combo": "combo servlet t= (deploy)",
          "announce": "site announcement banner"}

P1 = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_kvkkaydinlatma"
P2 = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_acikriza"


def portlet(pid, title, inner, asset):
    return """<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(pid)s_" >
<span id="p_%(pid)s"></span>
<section class="portlet" id="portlet_%(pid)s">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-expand">
<h2 class="portlet-title-text">%(title)s</h2>
</div>
<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div>
</div>
<div class=" portlet-content-container" >
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="clearfix journal-content-article " data-analytics-asset-id="%(a)d" data-analytics-asset-title="%(title)s" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="%(b)d">
<div class="kalkan-legal">
%(inner)s
</div>
</div>
<div class="content-metadata-asset-addon-entries"></div>
</div>
</div>
</div>
</section>
</div>""" % {"pid": pid, "title": title, "inner": inner, "a": asset, "b": asset + 2}


def render(state, blocks, when):
    auth, t = state["auth"], state["combo"]
    ann = state["announce"]
    banner = ""
    if ann:
        banner = ('<div class="kalkan-announcement alert alert-warning alert-dismissible" role="alert">'
                  '<div class="container"><span class="kalkan-announcement__text">%s</span>'
                  '<button aria-label="Kapat" class="close" data-dismiss="alert" type="button"><span aria-hidden="true">×</span></button></div></div>' % ann)
    consent = C.blocks_html(C.parse_src(CONSENT))
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="tr-TR">

<head>
	<title>KVKK Aydınlatma Metni - Anadolu Kalkan Sigorta</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Anadolu Kalkan Sigorta kişisel verilerin korunması aydınlatma metni" lang="tr-TR" name="description" />
<link data-senna-track="temporary" href="https://www.anadolukalkan.com.tr/kvkk-aydinlatma-metni" rel="canonical" />
<link data-senna-track="temporary" href="https://www.anadolukalkan.com.tr/en/kvkk-information-notice" hreflang="en-US" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.anadolukalkan.com.tr/o/kalkan-theme/css/clay.css?browserId=chrome&amp;themeId=kalkantheme_WAR_kalkantheme&amp;minifierType=css&amp;languageId=tr_TR&amp;t=%(t)s" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=kalkantheme_WAR_kalkantheme&amp;minifierType=css&amp;languageId=tr_TR&amp;t=%(t)s" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=kalkantheme_WAR_kalkantheme&amp;languageId=tr_TR&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_kvkkaydinlatma:%%2Fcss%%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%%2Fcss%%2Fmain.css&amp;t=%(t)s" id="4a8b2c1f" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};

Liferay.Browser = {
	acceptsGzip: function() { return true; },
	getMajorVersion: function() { return 120.0; },
	isChrome: function() { return true; }
};

Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() { return false; };
Liferay.Data.notices = [null];

Liferay.PortletKeys = {
	DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
	DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
	ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
};

Liferay.PropsValues = {
	JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
	NTLM_AUTH_ENABLED: false,
	UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
};

Liferay.ThemeDisplay = {
	getLayoutId: function() { return '47'; },
	getLayoutRelativeControlPanelURL: function() { return '/group/guest/~/control_panel/manage'; },
	getLayoutRelativeURL: function() { return '/kvkk-aydinlatma-metni'; },
	getLayoutURL: function() { return 'https://www.anadolukalkan.com.tr/kvkk-aydinlatma-metni'; },
	getParentLayoutId: function() { return '0'; },
	isControlPanel: function() { return false; },
	isPrivateLayout: function() { return 'false'; },
	isVirtualLayout: function() { return false; },
	getBCP47LanguageId: function() { return 'tr-TR'; },
	getCanonicalURL: function() { return 'https\\x3a\\x2f\\x2fwww\\x2eanadolukalkan\\x2ecom\\x2etr\\x2fkvkk-aydinlatma-metni'; },
	getCDNBaseURL: function() { return 'https://www.anadolukalkan.com.tr'; },
	getCompanyGroupId: function() { return '20128'; },
	getCompanyId: function() { return '20101'; },
	getDefaultLanguageId: function() { return 'tr_TR'; },
	getDoAsUserIdEncoded: function() { return ''; },
	getLanguageId: function() { return 'tr_TR'; },
	getPathContext: function() { return ''; },
	getPathImage: function() { return '/image'; },
	getPathMain: function() { return '/c'; },
	getPathThemeImages: function() { return 'https://www.anadolukalkan.com.tr/o/kalkan-theme/images'; },
	getPathThemeRoot: function() { return '/o/kalkan-theme'; },
	getPlid: function() { return '1187'; },
	getPortalURL: function() { return 'https://www.anadolukalkan.com.tr'; },
	getRealUserId: function() { return '20105'; },
	getScopeGroupId: function() { return '20124'; },
	getScopeGroupIdOrLiveGroupId: function() { return '20124'; },
	getSessionId: function() { return ''; },
	getSiteAdminURL: function() { return 'https://www.anadolukalkan.com.tr/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20124'; },
	getSiteGroupId: function() { return '20124'; },
	getTimeZone: function() { return 'Europe/Istanbul'; },
	getUserEmailAddress: function() { return ''; },
	getUserId: function() { return '20105'; },
	getUserName: function() { return ''; },
	isAddSessionIdToURL: function() { return false; },
	isImpersonated: function() { return false; },
	isSignedIn: function() { return false; },
	isStagedPortlet: function() { return false; },
	isStateExclusive: function() { return false; },
	isStateMaximized: function() { return false; },
	isStatePopUp: function() { return false; }
};

var themeDisplay = Liferay.ThemeDisplay;

Liferay.AUI = {
	getCombine: function() { return true; },
	getComboPath: function() { return '/combo/?browserId=chrome&minifierType=&languageId=tr_TR&t=%(t)s&'; },
	getDateFormat: function() { return '%%d.%%m.%%Y'; },
	getEditorCKEditorPath: function() { return '/o/frontend-editor-ckeditor-web'; },
	getFilter: function() { return 'min'; },
	getFilterConfig: function() { return null; },
	getJavaScriptRootPath: function() { return '/o/frontend-js-web'; },
	getPortletRootPath: function() { return '/html/portlet'; },
	getStaticResourceURLParams: function() { return '?browserId=chrome&minifierType=&languageId=tr_TR&t=%(t)s'; }
};

Liferay.authToken = '%(auth)s';

Liferay.currentURL = '\\x2fkvkk-aydinlatma-metni';
Liferay.currentURLEncoded = '\\x252Fkvkk-aydinlatma-metni';
// ]]>
</script>
<script data-senna-track="temporary" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=tr_TR&amp;t=%(t)s&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js&amp;/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/js_loader_config?t=%(t)s" type="text/javascript"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2LW9ZRT"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QK2LW9ZRT');</script>
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.anadolukalkan.com.tr/o/kalkan-theme/css/main.css?browserId=chrome&amp;themeId=kalkantheme_WAR_kalkantheme&amp;minifierType=css&amp;languageId=tr_TR&amp;t=%(t)s" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<div class="lfr-spa-loading-bar"></div>
<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill" id="wrapper">
		<header id="banner" role="banner">
			<div class="kalkan-topbar"><div class="container"><a href="tel:08502225566" class="kalkan-topbar__phone">0850 222 55 66</a>
			<a href="/hasar-ihbar" class="kalkan-topbar__link">Hasar İhbarı</a>
			<a class="sign-in text-default" data-redirect="false" href="https://www.anadolukalkan.com.tr/c/portal/login?p_l_id=1187&amp;p_auth=%(auth)s" rel="nofollow">Giriş Yap</a></div></div>
			<div class="navbar navbar-classic navbar-top py-3"><div class="container user-personal-bar">
			<a class="logo custom-logo align-items-center d-flex" href="https://www.anadolukalkan.com.tr" title="Anasayfa">
			<img alt="Anadolu Kalkan Sigorta" class="mr-2" height="48" src="/image/layout_set_logo?img_id=41233&amp;t=1687251840117" /></a>
			<nav aria-label="Site Sayfaları" class="sort-pages modify-pages" id="navigation" role="navigation">
			<ul role="menubar">
			<li class="lfr-nav-item" id="layout_12" role="presentation"><a href="/kasko" role="menuitem"><span>Kasko</span></a></li>
			<li class="lfr-nav-item" id="layout_13" role="presentation"><a href="/trafik-sigortasi" role="menuitem"><span>Trafik Sigortası</span></a></li>
			<li class="lfr-nav-item" id="layout_14" role="presentation"><a href="/konut-sigortasi" role="menuitem"><span>Konut</span></a></li>
			<li class="lfr-nav-item" id="layout_15" role="presentation"><a href="/dask" role="menuitem"><span>DASK</span></a></li>
			<li class="lfr-nav-item" id="layout_16" role="presentation"><a href="/saglik-sigortasi" role="menuitem"><span>Sağlık</span></a></li>
			<li class="lfr-nav-item" id="layout_17" role="presentation"><a href="/seyahat-sigortasi" role="menuitem"><span>Seyahat</span></a></li>
			</ul></nav></div></div>
		</header>
		%(banner)s
		<section class="flex-fill" id="content">
			<h2 class="hide-accessible sr-only" role="heading" aria-level="1">KVKK Aydınlatma Metni</h2>
<div class="columns-1" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-12 portlet-column portlet-column-only" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
%(p1)s
%(p2)s
			</div>
		</div>
	</div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Gizli</button></form>
		</section>
		<footer id="footer" role="contentinfo">
			<div class="container"><div class="row">
			<div class="col-md-4"><p class="kalkan-footer__title">Kurumsal</p><ul><li><a href="/hakkimizda">Hakkımızda</a></li><li><a href="/yatirimci-iliskileri">Yatırımcı İlişkileri</a></li><li><a href="/kariyer">Kariyer</a></li></ul></div>
			<div class="col-md-4"><p class="kalkan-footer__title">Yasal</p><ul><li><a href="/kvkk-aydinlatma-metni">KVKK Aydınlatma Metni</a></li><li><a href="/cerez-politikasi">Çerez Politikası</a></li><li><a href="/bilgi-toplumu-hizmetleri">Bilgi Toplumu Hizmetleri</a></li></ul></div>
			<div class="col-md-4"><p class="kalkan-footer__title">Bize Ulaşın</p><p>Çağrı Merkezi: 0850 222 55 66</p></div>
			</div><p class="kalkan-footer__copy">© %(year)d Anadolu Kalkan Sigorta A.Ş. Tüm hakları saklıdır.</p></div>
		</footer>
	</div>
</div>
<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
	Liferay.Portlet.register('%(pid1)s');
	Liferay.Portlet.onLoad({ canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_%(pid1)s_', portletId: '%(pid1)s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d1187\\x26p_p_id\\x3d%(pid1)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d2\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fkvkk-aydinlatma-metni', refreshURLData: {} });
	Liferay.Portlet.register('%(pid2)s');
	Liferay.Portlet.onLoad({ canEditTitle: false, columnPos: 1, isStatic: 'end', namespacedId: 'p_p_id_%(pid2)s_', portletId: '%(pid2)s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d1187\\x26p_p_id\\x3d%(pid2)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d1\\x26p_p_col_count\\x3d2\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fkvkk-aydinlatma-metni', refreshURLData: {} });
// ]]>
</script>
<script src="https://www.anadolukalkan.com.tr/o/kalkan-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=tr_TR&amp;t=%(t)s" type="text/javascript"></script>
</body>

</html>
""" % {"t": t, "auth": auth, "banner": banner, "year": when.year, "pid1": P1, "pid2": P2,
       "p1": portlet(P1, "KVKK Aydınlatma Metni", C.blocks_html(blocks), 45123),
       "p2": portlet(P2, "Açık Rıza Metni", consent, 45188)}


PAGE = {
    "service": "Anadolu Kalkan Sigorta",
    "url": "https://www.anadolukalkan.com.tr/kvkk-aydinlatma-metni",
    "lang": "tr",
    "platform": "Liferay DXP 7.4 (Web Content Display portlets, custom Classic theme)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Liferay-Portal", "Liferay Digital Experience Platform 7.4"), ("X-Content-Type-Options", "nosniff"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate")],
    "n": 31,
    "start": dt.date(2022, 3, 10),
    "end": dt.date(2025, 6, 30),
    "hours": (3, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.anadolukalkan.com.tr/kvkk-aydinlatma-metni",
                    "select": "#portlet_%s .journal-content-article" % P1},
}
