"""Cargo carrier, Turkish, on ASP.NET WebForms 4.8 (master page, __VIEWSTATE/__EVENTVALIDATION, ScriptManager
and UpdatePanel for the tracking box). The page holds the privacy notice and the cookie policy in two Bootstrap tabs;
the declaration selects the privacy tab pane. Per visit the view state and event validation; a rotating campaign
slide in the header (sticky); WebResource/ScriptResource ?t= stamps change on deploys."""
import datetime as dt

import common as C

URL = "https://www.yildizkargo.com.tr/Kurumsal/GizlilikPolitikasi.aspx"

POLICY = """## Kişisel Verilerin Korunması ve Gizlilik Politikası

Son güncelleme tarihi: {UPDATED}

Yıldız Kargo Taşımacılık A.Ş. („Yıldız Kargo” veya „Şirket”) olarak, gönderici ve alıcılarımız başta olmak üzere müşterilerimizin, iş ortaklarımızın ve internet sitemizi ziyaret eden kişilerin kişisel verilerinin güvenliğine büyük önem veriyoruz. Bu Gizlilik Politikası, 6698 sayılı Kişisel Verilerin Korunması Kanunu („KVKK”) kapsamında veri sorumlusu sıfatıyla kişisel verilerinizi hangi amaçlarla işlediğimizi, kimlere aktardığımızı ve haklarınızı nasıl kullanabileceğinizi açıklamaktadır.

### Veri Sorumlusu

@ Yıldız Kargo Taşımacılık A.Ş.
@ Mecidiyeköy Mah. Büyükdere Cad. No: 74 Kat: 6
@ 34387 Şişli / İstanbul
@ Mersis No: 0947012345600017

### İşlenen Kişisel Veri Kategorileri

Hizmetlerimizden yararlanma şeklinize bağlı olarak aşağıdaki kişisel verileriniz işlenmektedir:

- Kimlik bilgileri: ad, soyad, T.C. kimlik numarası (yalnızca mevzuatın zorunlu kıldığı gönderilerde ve teslimat sırasında kimlik doğrulaması için);
- İletişim bilgileri: telefon numarası, e-posta adresi, gönderici ve alıcı adresleri;
- Gönderi bilgileri: takip numarası, gönderinin ağırlığı ve desisi, içerik beyanı, teslimat durumu ve teslim alan kişinin adı;
- Müşteri işlem bilgileri: fatura bilgileri, tahsilatlı gönderilerde tahsilat tutarı ve IBAN bilgisi;
- Lokasyon bilgileri: kuryenin teslimat anındaki konum kaydı ve mobil uygulamada izin vermeniz halinde cihazınızın konumu;
- Görsel ve işitsel kayıtlar: şube ve aktarma merkezlerindeki kamera kayıtları, çağrı merkezi görüşme kayıtları;
- İşlem güvenliği bilgileri: IP adresi, internet sitesi giriş ve çıkış kayıtları, cihaz bilgileri.

### Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz; gönderilerin kabulü, taşınması ve teslim edilmesi, gönderi durumunun SMS ve e-posta ile bildirilmesi, tahsilatlı gönderilerde bedelin göndericiye aktarılması, hasar ve kayıp başvurularının değerlendirilmesi, müşteri memnuniyeti çalışmalarının yürütülmesi, faturalandırma, yasal yükümlülüklerin yerine getirilmesi ve şube ile aktarma merkezlerinin fiziksel güvenliğinin sağlanması amaçlarıyla işlenmektedir.

Ticari elektronik ileti gönderimi ve kampanya duyuruları için kişisel verileriniz yalnızca açık rızanız bulunması halinde işlenir. Açık rızanızı dilediğiniz zaman, size gönderilen iletilerdeki ret bağlantısı üzerinden veya çağrı merkezimizi arayarak geri alabilirsiniz.

### Hukuki Sebepler ve Toplama Yöntemi

Kişisel verileriniz şubelerimiz, kuryelerimiz, internet sitemiz, mobil uygulamamız, çağrı merkezimiz ve anlaşmalı e-ticaret firmalarının entegrasyonları aracılığıyla elektronik veya fiziki ortamda toplanmaktadır. Verileriniz KVKK'nın 5. maddesinde yer alan; bir sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması, kanunlarda açıkça öngörülmesi, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi, bir hakkın tesisi, kullanılması veya korunması ve ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla meşru menfaatimiz hukuki sebeplerine dayanılarak işlenir.

Alıcı olarak sizinle doğrudan bir sözleşmemiz bulunmasa da, gönderinin size teslim edilebilmesi için göndericinin paylaştığı ad, adres ve telefon bilgilerinizi taşıma sözleşmesinin ifası kapsamında işlemekteyiz.

### Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçların gerçekleştirilmesi için gerekli olduğu ölçüde aşağıdaki alıcı gruplarına aktarılabilir:

| Alıcı grubu | Aktarım amacı |
| Anlaşmalı acenteler ve transfer merkezleri | gönderinin taşınması ve teslimi |
| Gönderici firmalar ve e-ticaret platformları | teslimat durumunun bildirilmesi |
| Bankalar ve ödeme kuruluşları | tahsilat bedelinin aktarılması |
| SMS ve çağrı merkezi hizmet sağlayıcıları | bilgilendirme ve müşteri hizmetleri |
| Gümrük idaresi ve yetkili kamu kurumları | yasal yükümlülüklerin yerine getirilmesi |

Yurt dışı gönderilerde, gönderinin varış ülkesine ulaştırılabilmesi için alıcı bilgileri ve içerik beyanı yurt dışındaki iş ortağımız taşıyıcılara aktarılır. Bu aktarım KVKK'nın 9. maddesine uygun olarak gerçekleştirilir.

### Saklama Süreleri

Kişisel verileriniz ilgili mevzuatta öngörülen veya işlendikleri amaç için gerekli olan süre boyunca saklanır. Gönderi kayıtları Posta Hizmetleri Kanunu gereğince 2 yıl, fatura ve muhasebe kayıtları Vergi Usul Kanunu gereğince 10 yıl, kamera kayıtları 30 gün, çağrı merkezi ses kayıtları 1 yıl süreyle saklanmaktadır. Saklama süresi sona eren veriler periyodik imha sürecinde silinir, yok edilir veya anonim hale getirilir.

### Teslimat Kanıtı ve Kurye Uygulaması

Gönderinin teslim edildiğini kanıtlamak amacıyla kuryelerimiz el terminali üzerinden teslim alan kişinin adını, imzasını ve teslimat anının konum bilgisini kaydeder. Kapıya bırakılan veya komşuya teslim edilen gönderilerde, teslimatın yapıldığı yerin fotoğrafı çekilebilir; bu fotoğraflarda kişilerin yüzlerinin yer almamasına özen gösterilir. Teslimat fotoğrafları yalnızca olası bir uyuşmazlıkta delil olarak kullanılır ve 90 gün sonra silinir.

Gönderi takip sayfasında alıcının adı ve soyadı yalnızca baş harfleri görünecek şekilde maskelenir. Takip numarasını bilen üçüncü kişiler gönderinin güzergahını ve teslim durumunu görebileceğinden, takip numaranızı yalnızca güvendiğiniz kişilerle paylaşmanızı öneririz.

### Veri Güvenliği

Kişisel verilerinizin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek amacıyla gerekli teknik ve idari tedbirleri almaktayız. Bu tedbirler arasında yetki matrisi ile sınırlandırılmış erişim, şifreli veri iletimi, sızma testleri, çalışanlara yönelik düzenli KVKK eğitimleri ile acente ve iş ortaklarımızla imzalanan gizlilik taahhütnameleri yer almaktadır. Bir veri ihlali yaşanması halinde Kişisel Verileri Koruma Kurulu ve etkilenen kişiler mevzuatta öngörülen süre içinde bilgilendirilir.

### İlgili Kişinin Hakları

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini isteme, silinmesini veya yok edilmesini isteme, münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme ve kanuna aykırı işleme sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme haklarına sahipsiniz.

Başvurularınızı kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese yazılı olarak, kayıtlı elektronik posta (KEP) adresimiz yildizkargo@hs03.kep.tr üzerinden veya sistemimizde kayıtlı e-posta adresinizden kvkk@yildizkargo.com.tr adresine iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.

### Bize Ulaşın

Gizlilik Politikası ile ilgili sorularınız için 444 0 797 numaralı çağrı merkezimizi arayabilir veya [iletişim formumuzu](/Iletisim.aspx) kullanabilirsiniz.
"""

COOKIES = """<h2>Çerez Politikası</h2>
<p>İnternet sitemizde, sitenin düzgün çalışması, gönderi takip sorgularınızın hatırlanması ve ziyaret istatistiklerinin tutulması amacıyla çerezler kullanılmaktadır.</p>
<h3>Kullandığımız Çerezler</h3>
<table class="table table-bordered"><thead><tr><th>Çerez</th><th>Tür</th><th>Süre</th></tr></thead><tbody>
<tr><td>ASP.NET_SessionId</td><td>Zorunlu</td><td>Oturum</td></tr>
<tr><td>__RequestVerificationToken</td><td>Zorunlu</td><td>Oturum</td></tr>
<tr><td>cerezOnay</td><td>Zorunlu</td><td>1 yıl</td></tr>
<tr><td>_ga, _gid</td><td>Analitik</td><td>2 yıl / 24 saat</td></tr>
</tbody></table>
<p>Tarayıcınızın ayarlarından çerezleri silebilir veya engelleyebilirsiniz. Zorunlu çerezlerin engellenmesi halinde gönderi takip hizmeti düzgün çalışmayabilir.</p>"""


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


EDITS = [
    {"note": "camera recording retention changed from 30 to 60 days",
     "repl": [("kamera kayıtları 30 gün,", "kamera kayıtları 60 gün,")]},
    {"note": "recipient row added to the transfers table (insurance company)",
     "repl": [("| Bankalar ve ödeme kuruluşları | tahsilat bedelinin aktarılması |",
               "| Bankalar ve ödeme kuruluşları | tahsilat bedelinin aktarılması |\n"
               "| Sigorta şirketleri | hasar ve kayıp tazminatlarının ödenmesi |")]},
    {"note": "sentence added on Kargomatik parcel lockers",
     "repl": [("Alıcı olarak sizinle doğrudan bir sözleşmemiz",
               "Gönderinizi Kargomatik teslimat dolaplarından teslim almayı seçmeniz halinde, dolabın açılması "
               "için size SMS ile tek kullanımlık bir şifre gönderilir ve dolabın açılış saati kaydedilir.\n\n"
               "Alıcı olarak sizinle doğrudan bir sözleşmemiz")]},
    {"note": "call-centre number changed (444 0 797 -> 0850 222 97 97)",
     "repl": [("444 0 797 numaralı", "0850 222 97 97 numaralı")]},
    {"note": "a word inserted into the legal bases paragraph (açık rıza) ",
     "repl": [("ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla meşru menfaatimiz hukuki sebeplerine",
               "ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla meşru menfaatimiz ile gerekli "
               "hallerde açık rızanız hukuki sebeplerine")]},
]

CAMPAIGNS = [
    ("kampanya-ogrenci", "Öğrenciye özel", "Öğrenci belgeni göster, tüm gönderilerde %20 indirim kazan."),
    ("kampanya-eticaret", "E-ticaret paketleri", "Aylık 100 gönderiden sonra desi başı sabit fiyat."),
    ("kampanya-bayram", "Bayramda da yanınızdayız", "Bayram süresince seçili şubelerimiz açık."),
    ("kampanya-mobil", "Mobil uygulama", "Kuryeyi kapına çağır, gönderini uygulamadan öde."),
    ("kampanya-kargomatik", "Kargomatik", "7/24 teslimat dolaplarından gönderini dilediğin saatte al."),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "viewstate": C.b64tok(rng, 420),
        "eventvalidation": C.b64tok(rng, 96),
        "campaign": C.keep_or(rng, prev.get("campaign"), 0.35, lambda: rng.randrange(len(CAMPAIGNS))),
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.1,
                            lambda: 621355968000000000 + (C.epoch(when) - rng.randint(86400, 60 * 86400)) * 10000000),
    }


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION",
          "campaign": "rotating campaign slide", "deploy": "WebResource/ScriptResource ?t= deploy stamp"}


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


TPL = """

<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" lang="tr">
<head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	Gizlilik Politikası | Yıldız Kargo
</title><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" /><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/font-awesome.min.css" rel="stylesheet" /><link href="/Content/site.min.css?v=4.2.7" rel="stylesheet" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7Y2KQ4ZB1N"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag('js', new Date());
        gtag('config', 'G-7Y2KQ4ZB1N');
    </script>
<meta name="description" content="Yıldız Kargo kişisel verilerin korunması, gizlilik ve çerez politikası." /></head>
<body>
    <form method="post" action="./GizlilikPolitikasi.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{{viewstate}}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6-TZDNkKmX0bOcz3SxoqRYOdXbUq5FmMBPcaK2xvd3LtX8bSMfhdrGC5gBB0rBIrQwBGXw1&amp;t={{deploy}}" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvt0YGAtKwcGLUcDkJ8lJ3N8NLZa1Bx8yQkJ4GSRxSAuYEcbzzkR2Ih6T2Sf3BI-dDvN0hMEA1&amp;t={{deploy}}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>

<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OBSmUNnBHnFMr9J6cJXwVZUcrKcbIT2qD9w3vGn0a5ejM7Wz6N8mDg0lPpcBJVPtfRH1&amp;t={{deploy}}" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="8D0E13E6" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{{eventvalidation}}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$upTakip','upTakip'], [], [], 90, 'ctl00');
//]]>
</script>

        <header class="site-header">
            <div class="ust-bar">
                <div class="container">
                    <ul class="ust-menu">
                        <li><a href="/SubeBul.aspx"><i class="fa fa-map-marker"></i> Şube Bul</a></li>
                        <li><a href="/FiyatHesapla.aspx"><i class="fa fa-calculator"></i> Fiyat Hesapla</a></li>
                        <li><a href="/Iletisim.aspx"><i class="fa fa-phone"></i> 444 0 797</a></li>
                        <li><a href="https://online.yildizkargo.com.tr/Giris.aspx">Kurumsal Giriş</a></li>
                    </ul>
                </div>
            </div>
            <nav class="navbar navbar-expand-lg navbar-light">
                <div class="container">
                    <a class="navbar-brand" href="/Default.aspx"><img src="/Images/logo.svg" alt="Yıldız Kargo" /></a>
                    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#anaMenu" aria-controls="anaMenu" aria-expanded="false" aria-label="Menü"><span class="navbar-toggler-icon"></span></button>
                    <div class="collapse navbar-collapse" id="anaMenu">
                        <ul class="navbar-nav ml-auto">
                            <li class="nav-item"><a class="nav-link" href="/Hizmetler/YurticiKargo.aspx">Yurt İçi Kargo</a></li>
                            <li class="nav-item"><a class="nav-link" href="/Hizmetler/YurtdisiKargo.aspx">Yurt Dışı Kargo</a></li>
                            <li class="nav-item"><a class="nav-link" href="/Hizmetler/Eticaret.aspx">E-Ticaret Çözümleri</a></li>
                            <li class="nav-item"><a class="nav-link" href="/Kurumsal/Hakkimizda.aspx">Kurumsal</a></li>
                        </ul>
                    </div>
                </div>
            </nav>
            <div class="kampanya-slider">
                <div class="container">
                    <div class="slide {{cslug}}">
                        <strong>{{ctitle}}</strong> <span>{{ctext}}</span> <a href="/Kampanyalar/{{cslug}}.aspx" class="btn btn-sm btn-warning">Detaylı bilgi</a>
                    </div>
                </div>
            </div>
            <div id="upTakip">
	
                    <div class="takip-kutusu container">
                        <div class="input-group">
                            <input name="ctl00$txtTakipNo" type="text" maxlength="20" id="txtTakipNo" class="form-control" placeholder="Gönderi takip numaranızı giriniz" />
                            <div class="input-group-append">
                                <input type="submit" name="ctl00$btnTakip" value="Sorgula" id="btnTakip" class="btn btn-primary" />
                            </div>
                        </div>
                    </div>
                
</div>
        </header>

        <main class="icerik">
            <div class="container">
                <ol class="breadcrumb">
                    <li class="breadcrumb-item"><a href="/Default.aspx">Ana Sayfa</a></li>
                    <li class="breadcrumb-item"><a href="/Kurumsal/Hakkimizda.aspx">Kurumsal</a></li>
                    <li class="breadcrumb-item active">Gizlilik Politikası</li>
                </ol>
                <h1 class="sayfa-baslik">Gizlilik ve Çerez Politikası</h1>
                
    <ul class="nav nav-tabs" id="politikaTab" role="tablist">
        <li class="nav-item"><a class="nav-link active" id="gizlilik-tab" data-toggle="tab" href="#gizlilik" role="tab" aria-controls="gizlilik" aria-selected="true">Gizlilik Politikası</a></li>
        <li class="nav-item"><a class="nav-link" id="cerez-tab" data-toggle="tab" href="#cerez" role="tab" aria-controls="cerez" aria-selected="false">Çerez Politikası</a></li>
    </ul>
    <div class="tab-content" id="politikaTabContent">
        <div class="tab-pane fade show active" id="gizlilik" role="tabpanel" aria-labelledby="gizlilik-tab">
            <div id="ctl00_cphIcerik_pnlGizlilik" class="metin">
	{{policy}}
</div>
        </div>
        <div class="tab-pane fade" id="cerez" role="tabpanel" aria-labelledby="cerez-tab">
            <div id="ctl00_cphIcerik_pnlCerez" class="metin">
	{{cookies}}
</div>
        </div>
    </div>

            </div>
        </main>

        <footer class="site-footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-3">
                        <h5>Kurumsal</h5>
                        <ul>
                            <li><a href="/Kurumsal/Hakkimizda.aspx">Hakkımızda</a></li>
                            <li><a href="/Kurumsal/BilgiToplumuHizmetleri.aspx">Bilgi Toplumu Hizmetleri</a></li>
                            <li><a href="/Kurumsal/GizlilikPolitikasi.aspx">Gizlilik Politikası</a></li>
                            <li><a href="/Kurumsal/KVKKBasvuru.aspx">KVKK Başvuru Formu</a></li>
                        </ul>
                    </div>
                    <div class="col-md-3">
                        <h5>Hizmetler</h5>
                        <ul>
                            <li><a href="/Hizmetler/YurticiKargo.aspx">Yurt İçi Kargo</a></li>
                            <li><a href="/Hizmetler/YurtdisiKargo.aspx">Yurt Dışı Kargo</a></li>
                            <li><a href="/Hizmetler/Kargomatik.aspx">Kargomatik</a></li>
                        </ul>
                    </div>
                    <div class="col-md-6 text-right">
                        <p>Yıldız Kargo Taşımacılık A.Ş. &copy; {{year}} Tüm hakları saklıdır.</p>
                        <p><a href="https://www.facebook.com/yildizkargo"><i class="fa fa-facebook"></i></a> <a href="https://twitter.com/yildizkargo"><i class="fa fa-twitter"></i></a> <a href="https://www.instagram.com/yildizkargo"><i class="fa fa-instagram"></i></a></p>
                    </div>
                </div>
            </div>
        </footer>

        <div id="cerezBar" class="cerez-bar" style="display:none">
            Sitemizde size daha iyi hizmet verebilmek için çerezler kullanılmaktadır. Detaylı bilgi için <a href="#cerez">Çerez Politikamızı</a> inceleyebilirsiniz.
            <input type="submit" name="ctl00$btnCerezKabul" value="Kabul Et" onclick="cerezKabul(); return false;" id="btnCerezKabul" class="btn btn-sm btn-light" />
        </div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":"upTakip","displayAfter":500,"dynamicLayout":true}, null, null, $get("upProgress"));
});
//]]>
</script>
</form>
    <script src="/Scripts/jquery-3.4.1.min.js"></script>
    <script src="/Scripts/bootstrap.bundle.min.js"></script>
    <script src="/Scripts/site.min.js?v=4.2.7"></script>
</body>
</html>
"""


def render(s, blocks, when):
    slug, title, text = CAMPAIGNS[s["campaign"]]
    return fill(TPL, policy=C.blocks_html(blocks, sep="\n\t"), cookies=COOKIES, viewstate=s["viewstate"],
                eventvalidation=s["eventvalidation"], deploy=s["deploy"], cslug=slug, ctitle=title, ctext=text,
                year=when.year)


PAGE = {
    "service": "Yıldız Kargo",
    "url": URL,
    "lang": "tr",
    "platform": "ASP.NET WebForms 4.8",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
    "n": 29,
    "start": dt.date(2020, 9, 1),
    "end": dt.date(2023, 12, 20),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2020, 6, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#gizlilik"},
}
