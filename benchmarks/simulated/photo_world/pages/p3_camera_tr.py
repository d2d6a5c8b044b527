"""Deklanşör (Turkish camera retailer, Sirkeci/İstanbul), a home-grown ASP.NET WebForms shop (master page, UpdatePanel
cart, __VIEWSTATE/__EVENTVALIDATION, WebResource.axd), served as windows-1254; the KVKK notice is CKEditor HTML in a
content panel."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Son güncelleme tarihi: {UPDATED}

Deklanşör Fotoğraf Ürünleri Ticaret Limited Şirketi ("Deklanşör" veya "Şirket") olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamında veri sorumlusu sıfatıyla kişisel verilerinizi aşağıda açıklanan amaçlar ve hukuki sebepler çerçevesinde işlemekteyiz. Bu aydınlatma metni; www.deklansor.com.tr internet sitemizi ziyaret eden, üye olan, alışveriş yapan ve mağazamızdan hizmet alan müşterilerimizi bilgilendirmek amacıyla hazırlanmıştır.

## 1. Veri Sorumlusu

@ Deklanşör Fotoğraf Ürünleri Tic. Ltd. Şti.
@ Hocapaşa Mah. Ankara Cad. No: 45 Kat: 2
@ 34110 Fatih / İstanbul
@ Mersis No: 0293 0517 8840 0015

## 2. İşlenen Kişisel Verileriniz

| Veri Kategorisi | Açıklama |
| Kimlik | Ad, soyad, T.C. kimlik numarası (yalnızca fatura ve garanti işlemleri için) |
| İletişim | Telefon numarası, e-posta adresi, teslimat ve fatura adresi |
| Müşteri İşlem | Sipariş geçmişi, sepet bilgileri, talep ve şikâyetler, garanti ve teknik servis kayıtları |
| Finans | Fatura bilgileri, taksit ve ödeme bilgileri (kart bilgileriniz tarafımızca saklanmaz) |
| İşlem Güvenliği | IP adresi, site içi hareketler, oturum ve çerez kayıtları |
| Pazarlama | Alışveriş alışkanlıkları, ilgi alanları, kampanya tercihleri |
| Görsel Kayıtlar | Mağaza içi güvenlik kamerası (CCTV) kayıtları |

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Siparişlerinizin alınması, faturalandırılması ve teslim edilmesi,
- Fotoğraf makinesi, objektif ve aksesuarlarınızın garanti, teknik servis ve sensör temizliği işlemlerinin yürütülmesi,
- Takas ve ikinci el ürün alım işlemlerinin yapılması,
- Teknik servise bırakılan cihazların durumu hakkında SMS ile bilgilendirme yapılması,
- Fotoğraf atölyelerimize ve fotoğraf gezilerimize katılım kayıtlarının alınması,
- Müşteri talep ve şikâyetlerinin sonuçlandırılması,
- Mesafeli satış sözleşmesinden doğan yükümlüklerin yerine getirilmesi,
- Mağaza ve internet sitesi güvenliğinin sağlanması,
- Açık rızanızın bulunması halinde kampanya, fotoğraf atölyesi ve etkinlik duyurularının yapılması.

Kişisel verileriniz, yukarıda sayılan amaçlar dışında ve bu amaçlarla bağdaşmayacak şekilde işlenmez; otomatik karar alma veya profilleme yoluyla hakkınızda hukuki sonuç doğuran bir karar verilmez.

## 4. Hukuki Sebepler

Kişisel verileriniz; KVKK'nın 5. maddesinde belirtilen sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi, bir hakkın tesisi, kullanılması veya korunması için zorunlu olması ve temel hak ve özgürlüklerinize zarar vermemek kaydıyla meşru menfaatlerimiz için zorunlu olması hukuki sebeplerine dayanılarak işlenmektedir. Ticari elektronik ileti gönderimi ve pazarlama faaliyetleri yalnızca açık rızanıza dayanılarak yapılır. Ticari elektronik ileti onayınızı İleti Yönetim Sistemi (İYS) üzerinden veya iletilerdeki ret bağlantısıyla dilediğiniz zaman geri alabilirsiniz. Üyelik oluşturmadan da alışveriş yapabilirsiniz; bu durumda yalnızca siparişin teslimi ve faturalandırılması için gerekli veriler işlenir. Üyeliğinizi dilediğiniz zaman Hesabım sayfasından veya müşteri hizmetlerimizi arayarak sonlandırabilirsiniz.

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıdaki amaçlarla sınırlı olarak aşağıdaki alıcı gruplarına aktarılabilir:

| Alıcı | Aktarım Amacı |
| Kargo şirketleri (Yurtiçi Kargo, Aras Kargo) | Siparişlerin teslimatı |
| Ödeme kuruluşları (iyzico) ve bankalar | Ödeme ve taksit işlemleri |
| Yetkili servisler ve distribütörler | Garanti ve teknik servis işlemleri |
| E-fatura hizmet sağlayıcısı | Elektronik fatura ve e-arşiv fatura düzenlenmesi |
| Yetkili kamu kurum ve kuruluşları | Kanuni yükümlülüklerin yerine getirilmesi |

Garanti işlemleri kapsamında bazı üreticilerin servis sistemleri yurt dışında bulunmaktadır. Bu durumda verileriniz, yalnızca açık rızanız alınarak yurt dışına aktarılır.

## 6. Kişisel Veri Toplamanın Yöntemi

Kişisel verileriniz; internet sitemiz, çağrı merkezimiz, WhatsApp hattımız, sosyal medya hesaplarımız ve Sirkeci'deki mağazamız aracılığıyla sözlü, yazılı veya elektronik ortamda, kısmen ya da tamamen otomatik yöntemlerle toplanmaktadır.

Mağazamızda güvenliğin sağlanması amacıyla kamera ile görüntü kaydı yapılmaktadır; kamera bulunan alanlar uyarı levhalarıyla belirtilmiştir. Kayıtlar yalnızca bir olayın incelenmesi gerektiğinde yetkili personel tarafından izlenir.

## 7. Teknik Servise Bırakılan Cihazlardaki Veriler

Teknik servis, sensör temizliği veya takas için teslim ettiğiniz fotoğraf makinesi, objektif ve drone'larda hafıza kartı bırakmamanızı rica ederiz. Cihazla birlikte hafıza kartı teslim edilmesi halinde kart, cihazdan çıkarılarak teslim tutanağına kaydedilir; içeriği hiçbir şekilde görüntülenmez ve kopyalanmaz. Cihazın dahili hafızasında kalan fotoğraf, video ve uçuş kayıtları yalnızca arıza tespiti için gerekli olduğu ölçüde incelenir. İkinci el olarak satın aldığımız cihazların hafızası ve ayarları, satışa sunulmadan önce fabrika ayarlarına döndürülerek silinir.

## 8. Saklama Süreleri

Kişisel verileriniz, ilgili mevzuatta öngörülen veya işleme amacının gerektirdiği süre boyunca saklanır. Fatura ve muhasebe kayıtları Vergi Usul Kanunu ve Türk Ticaret Kanunu uyarınca 10 yıl, mağaza kamera kayıtları 30 gün, site trafik kayıtları ise 5651 sayılı Kanun uyarınca 2 yıl süreyle saklanır. Süre sonunda verileriniz silinir, yok edilir veya anonim hale getirilir.

Çağrı merkezimizle yaptığınız görüşmeler, hizmet kalitesinin artırılması ve taleplerinizin ispatı amacıyla kayıt altına alınabilir; görüşmenin başında bu konuda bilgilendirilirsiniz. Ses kayıtları 1 yıl süreyle saklanır ve yalnızca yetkili kalite ekibimiz tarafından dinlenebilir. İkinci el cihaz alımlarında, mevzuat gereği satıcının kimlik bilgileri ve cihazın seri numarası kayıt altına alınır ve ilgili mevzuatta öngörülen süre boyunca saklanır.

## 9. İlgili Kişi Olarak Haklarınız

KVKK'nın 11. maddesi uyarınca veri sorumlusuna başvurarak;

- a) Kişisel verilerinizin işlenip işlenmediğini öğrenme,
- b) Kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- c) Kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- ç) Yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- d) Kişisel verilerinizin eksik veya yanlış işlenmiş olması halinde bunların düzeltilmesini isteme,
- e) KVKK'nın 7. maddesindeki şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- f) (d) ve (e) bentleri uyarınca yapılan işlemlerin, kişisel verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- g) İşlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- ğ) Kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 10. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ uyarınca, kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese şahsen veya noter aracılığıyla ya da kayıtlı elektronik posta (KEP) adresimiz [deklansor@hs01.kep.tr](mailto:deklansor@hs01.kep.tr) üzerinden iletebilirsiniz. Başvurularınız, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılır. Sorularınız için [kvkk@deklansor.com.tr](mailto:kvkk@deklansor.com.tr) adresine yazabilir veya 0212 513 44 90 numaralı müşteri hizmetlerimizi arayabilirsiniz. Başvurunuzun reddedilmesi, verilen cevabın yetersiz bulunması veya süresinde cevap verilmemesi hâllerinde Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsiniz.

## 11. Çerezler

İnternet sitemizde oturumunuzu sürdürmek, sepetinizi hatırlamak ve site trafiğini ölçmek için çerezler kullanılmaktadır. Zorunlu olmayan çerezler yalnızca onayınızla kullanılır. Tarayıcınızın ayarlarından çerezleri dilediğiniz zaman silebilir veya engelleyebilirsiniz. Site trafiğini ölçmek için kullandığımız Google Analytics hizmeti kapsamında çerez verileri yurt dışındaki sunuculara aktarılabilir. Ayrıntılı bilgiye [Çerez Politikası](/cerez-politikasi.aspx) sayfamızdan ulaşabilirsiniz.
"""

EDITS = [
    {"note": "recipient row added to the transfers table: cloud and e-mail providers",
     "repl": [("| E-fatura hizmet sağlayıcısı | Elektronik fatura ve e-arşiv fatura düzenlenmesi |",
               "| E-fatura hizmet sağlayıcısı | Elektronik fatura ve e-arşiv fatura düzenlenmesi |\n"
               "| Bulut ve e-posta hizmet sağlayıcıları | Bilgi sistemlerinin barındırılması ve bildirim "
               "e-postalarının gönderilmesi |")]},
    {"note": "CCTV retention changed from 30 to 60 days",
     "repl": [("mağaza kamera kayıtları 30 gün", "mağaza kamera kayıtları 60 gün")]},
    {"note": "typo fixed (yükümlüklerin), date unchanged", "bump": False,
     "repl": [("doğan yükümlüklerin yerine", "doğan yükümlülüklerin yerine")]},
    {"note": "transfers abroad rewritten after the 2024 KVKK amendment (standard contracts)",
     "repl": [("Bu durumda verileriniz, yalnızca açık rızanız alınarak yurt dışına aktarılır.",
               "Bu durumda verileriniz, KVKK'nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurulu'na "
               "bildirilen standart sözleşmeler kapsamında veya bunun mümkün olmadığı hallerde açık rızanız "
               "alınarak yurt dışına aktarılır.")]},
    {"note": "registered address changed (shop moved within Sirkeci)",
     "repl": [("@ Hocapaşa Mah. Ankara Cad. No: 45 Kat: 2\n@ 34110 Fatih / İstanbul",
               "@ Hobyar Mah. Aşirefendi Cad. No: 18\n@ 34112 Fatih / İstanbul")]},
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def _campaign(loc):
    d = loc.date()
    y = d.year

    def nth_sunday(m, n):
        x = dt.date(y, m, 1)
        while x.weekday() != 6:
            x += dt.timedelta(days=1)
        return x + dt.timedelta(days=7 * (n - 1))

    if dt.date(y, 11, 10) <= d <= dt.date(y, 11, 30):
        return ("efsane", "Efsane Kasım: Seçili aynasız fotoğraf makinelerinde peşin fiyatına 12 taksit!",
                "/kampanyalar/efsane-kasim.aspx")
    if d >= dt.date(y, 12, 15) or d <= dt.date(y, 1, 5):
        return ("yilbasi", "Yeni yıla yeni objektif: Seçili objektiflerde %15'e varan indirim",
                "/kampanyalar/yilbasi.aspx")
    if dt.date(y, 2, 1) <= d <= dt.date(y, 2, 14):
        return ("sevgililer", "Sevgililer Günü'ne özel: Instax fotoğraf makinelerinde 2 paket film hediye",
                "/kampanyalar/sevgililer-gunu.aspx")
    if nth_sunday(5, 2) - dt.timedelta(days=14) <= d <= nth_sunday(5, 2):
        return ("anneler", "Anneler Günü'ne özel kompakt fotoğraf makinelerinde %10 indirim",
                "/kampanyalar/anneler-gunu.aspx")
    if nth_sunday(6, 3) - dt.timedelta(days=14) <= d <= nth_sunday(6, 3):
        return ("babalar", "Babalar Günü: Drone ve aksiyon kameralarında 9 taksit fırsatı",
                "/kampanyalar/babalar-gunu.aspx")
    if dt.date(y, 8, 15) <= d <= dt.date(y, 9, 15):
        return ("dugun", "Düğün sezonu: Flaş, tripod ve gimballarda %20 indirim",
                "/kampanyalar/dugun-sezonu.aspx")
    return ("kargo", "Saat 16:00'ya kadar verilen siparişler aynı gün kargoda!", "/kargo-ve-teslimat.aspx")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "tr")
    return {
        "viewstate": "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW" + C.b64tok(rng, 1400),
        "eventvalidation": "/wEdAA" + C.b64tok(rng, 141),
        "axd": C.keep_or(rng, p.get("axd"), 0.08, lambda: (str(638000000000000000 + rng.randint(0, 10 ** 15)),
                                                          C.b64tok(rng, 60).replace("+", "-").replace("/", "_"))),
        "css": C.keep_or(rng, p.get("css"), 0.1, lambda: (when - dt.timedelta(days=rng.randint(1, 30))).strftime(
            "%Y%m%d")),
        "campaign": _campaign(loc),
    }


LABELS = {
    "viewstate": "__VIEWSTATE",
    "eventvalidation": "__EVENTVALIDATION",
    "axd": "WebResource.axd/ScriptResource.axd stamps (server update)",
    "css": "style.css ?v= stamp (deploy)",
    "campaign": "campaign strip in the top bar",
}

MENU = [("Fotoğraf Makineleri", "fotograf-makineleri"), ("Objektifler", "objektifler"), ("Flaş ve Işık", "flas-isik"),
        ("Tripod ve Gimbal", "tripod-gimbal"), ("Drone", "drone"), ("Aksesuarlar", "aksesuarlar"),
        ("İkinci El", "ikinci-el"), ("Teknik Servis", "teknik-servis")]
SIDE = [("Hakkımızda", "hakkimizda"), ("Mağazamız", "magazamiz"), ("Mesafeli Satış Sözleşmesi",
                                                                   "mesafeli-satis-sozlesmesi"),
        ("KVKK Aydınlatma Metni", "kvkk-aydinlatma-metni"), ("Çerez Politikası", "cerez-politikasi"),
        ("Garanti ve İade", "garanti-ve-iade"), ("İletişim", "iletisim")]


def _ck(blocks):
    """CKEditor 4 output as the shop's editors saved it."""
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<td style="background-color:#eeeeee"><strong>%s</strong></td>' % inl(c)
                                       for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table border="1" cellpadding="5" cellspacing="0" style="width:100%%">\n\t<tbody>\n\t\t%s\n\t\t%s'
                '\n\t</tbody>\n</table>' % (head, body))

    def heading(kind, v, inl):
        if kind == "h1":
            return '<h1 style="text-align:center">%s</h1>' % inl(v)
        return "<%s><strong>%s</strong></%s>" % (kind, inl(v), kind)

    return K.render_blocks(blocks, tags={"p": ' style="text-align:justify"'}, table=table, heading=heading,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines),
                           sep="\n\n")


def render(state, blocks, when):
    ticks, axd = state["axd"]
    ckey, ctext, curl = state["campaign"]
    menu = "\n".join('\t\t\t\t<li><a id="ctl00_ucHeader_rptMenu_ctl%02d_lnkKategori" href="/%s.aspx">%s</a></li>'
                     % (n, u, K.esc(t)) for n, (t, u) in enumerate(MENU))
    side = "\n".join('\t\t\t\t<li%s><a href="/%s.aspx">%s</a></li>'
                     % (' class="aktif"' if u == "kvkk-aydinlatma-metni" else "", u, K.esc(t)) for t, u in SIDE)
    doc = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="tr">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1254" /><title>
	KVKK Aydınlatma Metni | Deklanşör Fotoğraf Makineleri
</title><meta name="viewport" content="width=device-width, initial-scale=1" /><link href="/App_Themes/Deklansor/style.css?v=%(css)s" rel="stylesheet" type="text/css" /><link href="/css/jquery.bxslider.css" rel="stylesheet" type="text/css" /><link rel="shortcut icon" href="/favicon.ico" />
	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RK2Q4M8ZD"></script>
	<script>
		window.dataLayer = window.dataLayer || [];
		function gtag(){dataLayer.push(arguments);}
		gtag('js', new Date());
		gtag('config', 'G-7RK2Q4M8ZD');
	</script>
<meta name="description" content="Deklanşör Fotoğraf Ürünleri kişisel verilerin korunması aydınlatma metni." /><meta name="keywords" content="fotoğraf makinesi, objektif, sirkeci, kvkk" /></head>
<body>
	<form method="post" action="./kvkk-aydinlatma-metni.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=%(axd)s2&amp;t=%(ticks)s" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=%(axd_r)s0&amp;t=%(ticks2)s" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7B3C1E9A" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
		<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucHeader$upSepet','ctl00_ucHeader_upSepet'], [], [], 90, 'ctl00');
//]]>
</script>

		<div class="ust-bant">
			<div class="kapsayici">
				<a id="ctl00_ucHeader_lnkKampanya" class="kampanya kampanya-%(ckey)s" href="%(curl)s">%(ctext)s</a>
				<span class="ust-iletisim">Müşteri Hizmetleri: 0212 513 44 90 &nbsp;|&nbsp; <a href="https://wa.me/905325134490">WhatsApp</a></span>
			</div>
		</div>
		<div id="ust" class="kapsayici">
			<a href="/" class="logo"><img src="/images/deklansor-logo.png" alt="Deklanşör Fotoğraf Makineleri" width="220" height="56" /></a>
			<div class="arama">
				<input name="ctl00$ucHeader$txtArama" type="text" id="ctl00_ucHeader_txtArama" class="arama-kutusu" placeholder="Ürün, marka veya model arayın..." />
				<input type="submit" name="ctl00$ucHeader$btnAra" value="Ara" id="ctl00_ucHeader_btnAra" class="arama-buton" />
			</div>
			<div id="ctl00_ucHeader_upSepet">
				<a href="/uye-girisi.aspx" class="uye">Giriş Yap / Üye Ol</a>
				<a href="/sepetim.aspx" class="sepet">Sepetim (<span id="ctl00_ucHeader_lblSepetAdet">0</span>)</a>
			</div>
		</div>
		<div id="menu">
			<ul class="kapsayici">
%(menu)s
			</ul>
		</div>
		<div class="kapsayici icerik-alani">
			<div class="yol"><a href="/">Ana Sayfa</a> &gt; <a href="/kurumsal.aspx">Kurumsal</a> &gt; <span id="ctl00_ContentPlaceHolder1_lblYol">KVKK Aydınlatma Metni</span></div>
			<div class="sol-menu">
				<div class="sol-baslik">Kurumsal</div>
				<ul>
%(side)s
				</ul>
			</div>
			<div class="sag-icerik">
				<div class="sayfa-baslik"><span id="ctl00_ContentPlaceHolder1_lblBaslik">KVKK Aydınlatma Metni</span></div>
				<div id="ctl00_ContentPlaceHolder1_pnlIcerik" class="sayfa-icerik">
	%(policy)s

</div>
			</div>
		</div>
		<div id="alt">
			<div class="kapsayici">
				<div class="alt-kutu"><strong>Kurumsal</strong><br /><a href="/hakkimizda.aspx">Hakkımızda</a><br /><a href="/magazamiz.aspx">Mağazamız</a><br /><a href="/iletisim.aspx">İletişim</a></div>
				<div class="alt-kutu"><strong>Müşteri Hizmetleri</strong><br /><a href="/kargo-ve-teslimat.aspx">Kargo ve Teslimat</a><br /><a href="/garanti-ve-iade.aspx">Garanti ve İade</a><br /><a href="/teknik-servis.aspx">Teknik Servis</a></div>
				<div class="alt-kutu"><img src="/images/odeme-logolari.png" alt="Ödeme seçenekleri" /><br /><a href="https://www.eticaret.gov.tr/siteprofil/6318950742/wwwdeklansorcomtr" target="_blank"><img src="/images/etbis.png" alt="ETBİS" width="90" /></a></div>
				<p class="telif">© 2008-%(year)d Deklanşör Fotoğraf Ürünleri Tic. Ltd. Şti. Tüm hakları saklıdır. Sitemiz 256-bit SSL sertifikası ile korunmaktadır.</p>
			</div>
		</div>

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":null,"displayAfter":500,"dynamicLayout":true}, null, null, $get("ctl00_ucHeader_upProgress"));
});
//]]>
</script>
</form>
	<script src="/js/jquery-1.12.4.min.js" type="text/javascript"></script>
	<script src="/js/jquery.bxslider.min.js" type="text/javascript"></script>
	<script src="/js/genel.js?v=%(css)s" type="text/javascript"></script>
</body>
</html>
""" % {"css": state["css"], "vs": state["viewstate"], "ev": state["eventvalidation"], "axd": axd,
       "axd_r": axd[::-1], "ticks": ticks, "ticks2": str(int(ticks) - 1734000000), "ckey": ckey, "curl": curl,
       "ctext": K.esc(ctext), "menu": menu, "side": side, "policy": _ck(blocks), "year": when.year}
    return doc.replace("\n", "\r\n").encode("cp1254", "xmlcharrefreplace").decode("cp1254")


PAGE = {
    "service": "Deklansor",
    "url": "https://www.deklansor.com.tr/kvkk-aydinlatma-metni.aspx",
    "lang": "tr",
    "platform": "ASP.NET WebForms 4.8 (IIS), windows-1254",
    "content_type": "text/html; charset=windows-1254",
    "encoding": "cp1254",
    "extra_headers": [("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")],
    "n": 29,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2024, 12, 15),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 7),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.deklansor.com.tr/kvkk-aydinlatma-metni.aspx",
        "select": ".sayfa-icerik",
    },
}
