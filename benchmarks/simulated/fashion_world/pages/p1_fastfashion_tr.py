"""Modalina (Istanbul fast-fashion chain) - Turkish - in-house ASP.NET WebForms storefront served as windows-1254.

The KVKK disclosure (Aydınlatma Metni) is a CKEditor-written CMS page shown in the WebForms content placeholder
`ctl00_ContentPlaceHolder1_pnlIcerik` (class `icerik-detay`) beside the corporate sub-menu. Per visit: the
__VIEWSTATE/__EVENTVALIDATION pair (a new one on every request), the campaign bar's server-rendered countdown
(season-end sales, Efsane Kasım, Mother's Day...), the free-shipping threshold in the top strip (raised with
inflation: 150 -> 250 -> 400 -> 600 -> 900 TL), the WebResource.axd/ScriptResource.axd `t=` stamps and
`?v=` theme versions of each deploy. All outside the declared container.
"""
import datetime as dt

import common as C

URL = "https://www.modalina.com.tr/gizlilik-ve-kvkk-aydinlatma-metni"

POLICY = """
# Kişisel Verilerin Korunması ve Gizlilik Politikası

Son güncelleme: {UPDATED}

Modalina Mağazacılık A.Ş. ("Modalina" veya "Şirket") olarak, modalina.com.tr internet sitesi, Modalina mobil uygulaması ve mağazalarımız aracılığıyla bizimle paylaştığınız kişisel verilerin güvenliğine önem veriyoruz. Bu Aydınlatma Metni, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamında veri sorumlusu sıfatıyla hangi kişisel verilerinizi, hangi amaçlarla ve hangi hukuki sebeplere dayanarak işlediğimizi, kimlere aktardığımızı ve haklarınızı nasıl kullanabileceğinizi açıklamaktadır.

## 1. Veri Sorumlusu

@ Modalina Mağazacılık A.Ş.
@ Esentepe Mah. Büyükdere Cad. No: 185 Kat: 7, 34394 Şişli / İstanbul
@ Mersis No: 0612 0345 6780 0012
@ KEP adresi: modalina@hs03.kep.tr
@ E-posta: kvkk@modalina.com.tr

## 2. İşlenen Kişisel Verileriniz

Hangi kişisel verilerinizin işlendiği, Modalina ile kurduğunuz ilişkiye göre değişmektedir. Üye olmadan alışveriş yaptığınızda yalnızca siparişinizin tamamlanması için gerekli veriler işlenir.

| Veri Kategorisi | Örnek Veriler |
| Kimlik | Ad, soyad, doğum tarihi, cinsiyet (isteğe bağlı) |
| İletişim | E-posta adresi, cep telefonu numarası, teslimat ve fatura adresi |
| Müşteri İşlem | Sipariş geçmişi, sepet ve favori ürünler, iade ve değişim talepleri, çağrı merkezi kayıtları |
| Finans | Fatura bilgileri, ödeme yöntemi türü, kartın son dört hanesi (kart bilgilerinin tamamı Şirketimizce saklanmaz) |
| Pazarlama | Alışveriş alışkanlıkları, beden ve stil tercihleri, kampanya katılımları, Modalina Club puanları |
| İşlem Güvenliği | IP adresi, cihaz bilgileri, oturum kayıtları, şifre ve doğrulama kodu kayıtları |
| Görsel ve İşitsel Kayıtlar | Mağaza güvenlik kamerası kayıtları, çağrı merkezi ses kayıtları |

## 3. Kişisel Verilerinizin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Üyelik kaydınızın oluşturulması ve hesabınızın yönetilmesi,
- Siparişlerinizin alınması, ödemenin tahsili, ürünlerin teslimi, iade ve değişim süreçlerinin yürütülmesi,
- Mesafeli satış sözleşmesi ile e-fatura ve e-arşiv fatura yükümlülüklerinin yerine getirilmesi,
- Müşteri hizmetleri kapsamında talep ve şikâyetlerinizin sonuçlandırılması,
- Modalina Club sadakat programı kapsamında puan kazanımı ve kulanımının sağlanması,
- Açık rızanız bulunması hâlinde size özel kampanya, indirim ve yeni sezon duyurularının iletilmesi,
- Dolandırıcılık ve yetkisiz işlemlerin önlenmesi, bilgi güvenliğinin sağlanması,
- Yetkili kamu kurum ve kuruluşlarının bilgi taleplerinin karşılanması.

## 4. Kişisel Verilerin İşlenmesinin Hukuki Sebepleri

Kişisel verileriniz, KVKK'nın 5. maddesinde belirtilen; bir sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi, bir hakkın tesisi, kullanılması veya korunması ile temel hak ve özgürlüklerinize zarar vermemek kaydıyla meşru menfaatlerimiz için zorunlu olması hukuki sebeplerine dayanılarak işlenmektedir. Ticari elektronik ileti gönderimi ve kişiselleştirilmiş reklam faaliyetleri ise yalnızca açık rızanıza dayanılarak yürütülür; rızanızı dilediğiniz zaman geri alabilirsiniz.

## 5. Kişisel Verilerin Toplanma Yöntemi

Kişisel verileriniz; internet sitemiz, mobil uygulamamız, mağazalarımızdaki satış noktaları, çağrı merkezimiz, sosyal medya hesaplarımız ve çerezler aracılığıyla elektronik veya fiziki ortamda, kısmen ya da tamamen otomatik yollarla toplanmaktadır.

## 6. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçların gerçekleştirilmesi için gerekli olduğu ölçüde ve KVKK'nın 8. ve 9. maddelerine uygun olarak aşağıdaki alıcı gruplarına aktarılabilmektedir:

- Siparişlerinizin teslimi için anlaşmalı kargo şirketlerine (Yurtiçi Kargo, Aras Kargo, MNG Kargo),
- Ödeme işlemlerinin gerçekleştirilmesi için bankalara ve ödeme kuruluşlarına,
- E-fatura ve e-arşiv hizmeti aldığımız özel entegratörlere,
- Çağrı merkezi, bilgi teknolojileri ve barındırma hizmeti aldığımız tedarikçilere,
- Elektronik ileti onaylarının kaydı için İleti Yönetim Sistemi A.Ş.'ye (İYS),
- Hukuki uyuşmazlıklarda avukatlarımıza ve bağımsız denetçilerimize,
- Talep hâlinde yetkili kamu kurum ve kuruluşlarına ve yargı mercilerine.

Bazı bilgi teknolojileri hizmet sağlayıcılarımızın (bulut altyapısı, e-posta gönderim ve web analitiği hizmetleri) sunucularının yurt dışında bulunması nedeniyle, bu kapsamdaki kişisel verileriniz açık rızanıza dayanılarak yurt dışına aktarılmaktadır.

## 7. Saklama Süreleri

| Veri / Süreç | Saklama Süresi |
| Üyelik bilgileri | Üyeliğin sona ermesinden itibaren 10 yıl |
| Sipariş ve fatura kayıtları | 10 yıl (Türk Ticaret Kanunu ve Vergi Usul Kanunu) |
| Çağrı merkezi ses kayıtları | 2 yıl |
| Mağaza güvenlik kamerası kayıtları | 30 gün |
| Ticari elektronik ileti onay kayıtları | Onayın geri alınmasından itibaren 3 yıl |
| Çerez verileri | En fazla 13 ay |

Saklama süresi sona eren kişisel veriler, Kişisel Veri Saklama ve İmha Politikamız uyarınca ilk periyodik imha tarihinde silinir, yok edilir veya anonim hâle getirilir.

## 8. KVKK'nın 11. Maddesi Kapsamındaki Haklarınız

Kişisel veri sahibi olarak Şirketimize başvurarak aşağıdaki haklarınızı kullanabilirsiniz:

- Kişisel verilerinizin işlenip işlenmediğini öğrenme,
- Kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- Kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- Yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- Kişisel verilerinizin eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK'nın 7. maddesinde öngörülen şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- Düzeltme, silme ve yok etme işlemlerinin kişisel verilerinizin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- İşlenen verilerin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- Kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme.

## 9. Başvuru Yöntemi

Yukarıda sayılan haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ uyarınca, kimliğinizi tespit edici belgelerle birlikte aşağıdaki yollardan biriyle iletebilirsiniz:

- Islak imzalı dilekçe ile Esentepe Mah. Büyükdere Cad. No: 185 Kat: 7, 34394 Şişli / İstanbul adresine şahsen veya noter aracılığıyla,
- Güvenli elektronik imza ile imzalanmış olarak modalina@hs03.kep.tr KEP adresine,
- Sistemimizde kayıtlı e-posta adresinizden kvkk@modalina.com.tr adresine.

Başvurunuz, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılacaktır. İşlemin ayrıca bir maliyet gerektirmesi hâlinde, Kişisel Verileri Koruma Kurulunca belirlenen tarifedeki ücret alınabilir. Başvurunuzun reddedilmesi, verilen cevabı yetersiz bulmanız veya süresinde cevap verilmemesi hâlinde Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsiniz.

## 10. Çerezler

İnternet sitemizde ve mobil uygulamamızda, sitenin çalışması için zorunlu çerezlerin yanı sıra, açık rızanızın bulunması hâlinde analitik ve pazarlama çerezleri kullanılmaktadır. Çerez tercihlerinizi sayfanın alt kısmındaki "Çerez Ayarları" bağlantısından dilediğiniz zaman değiştirebilirsiniz. Ayrıntılı bilgi için [Çerez Politikamızı](/cerez-politikasi) inceleyebilirsiniz.

## 11. Değişiklikler ve İletişim

Bu Aydınlatma Metni, mevzuattaki ve iş süreçlerimizdeki değişikliklere bağlı olarak güncellenebilir. Güncel metin her zaman bu sayfada yayımlanır. Sorularınız için Müşteri Hizmetleri hattımızı 0850 455 66 77 numarasından hafta içi 09.00-18.00 saatleri arasında arayabilirsiniz.
"""

EDITS = [
    {"note": "a recipient group added: BNPL / instalment financing partners",
     "repl": [("- E-fatura ve e-arşiv hizmeti aldığımız özel entegratörlere,\n",
               "- E-fatura ve e-arşiv hizmeti aldığımız özel entegratörlere,\n"
               "- Taksitli alışveriş ve \"Şimdi Al, Sonra Öde\" seçeneklerinin sunulması için iş birliği yaptığımız "
               "finansman kuruluşlarına ve ödeme hizmeti sağlayıcılarına,\n")]},
    {"note": "typo fixed: 'kulanımının' -> 'kullanımının' (date not changed)", "bump": False,
     "repl": [("puan kazanımı ve kulanımının", "puan kazanımı ve kullanımının")]},
    {"note": "retention: store CCTV footage 30 -> 60 days, call recordings 2 -> 1 year",
     "repl": [("| Çağrı merkezi ses kayıtları | 2 yıl |", "| Çağrı merkezi ses kayıtları | 1 yıl |"),
              ("| Mağaza güvenlik kamerası kayıtları | 30 gün |", "| Mağaza güvenlik kamerası kayıtları | 60 gün |")]},
    {"note": "customer-service phone number and opening hours changed",
     "repl": [("hattımızı 0850 455 66 77 numarasından hafta içi 09.00-18.00 saatleri arasında",
               "hattımızı 0850 811 20 20 numarasından haftanın her günü 09.00-21.00 saatleri arasında")]},
    {"note": "section on transfers abroad rewritten for the 2024 KVKK amendment (Law 7499, standard contracts)",
     "repl": [("Bazı bilgi teknolojileri hizmet sağlayıcılarımızın (bulut altyapısı, e-posta gönderim ve web analitiği "
               "hizmetleri) sunucularının yurt dışında bulunması nedeniyle, bu kapsamdaki kişisel verileriniz açık "
               "rızanıza dayanılarak yurt dışına aktarılmaktadır.",
               "### Yurt Dışına Aktarım\n\n"
               "Bazı bilgi teknolojileri hizmet sağlayıcılarımızın (bulut altyapısı, e-posta gönderim ve web analitiği "
               "hizmetleri) sunucuları yurt dışında bulunmaktadır. 7499 sayılı Kanun ile KVKK'nın 9. maddesinde yapılan "
               "değişiklik uyarınca bu aktarımlar; yeterlilik kararı bulunmayan ülkeler bakımından, Kişisel Verileri "
               "Koruma Kurulu tarafından ilan edilen standart sözleşmelerin hizmet sağlayıcılarımızla imzalanması ve "
               "imzadan itibaren beş iş günü içinde Kurum'a bildirilmesi suretiyle gerçekleştirilmektedir.\n\n"
               "Standart sözleşme yapılmasının mümkün olmadığı istisnai ve arızi durumlarda aktarım, ancak açık "
               "rızanızın bulunması veya KVKK'nın 9. maddesinin altıncı fıkrasında sayılan hâllerden birinin varlığı "
               "hâlinde yapılır.")]},
]

MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
             "Aralık"]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def _campaign(when):
    m = when.month
    if m in (1, 7):
        return ("Sezon Sonu İndirimi", "Seçili ürünlerde %70'e varan indirim")
    if m == 11:
        return ("Efsane Kasım", "Tüm ürünlerde sepette ek %30 indirim")
    if m == 5 and when.day <= 14:
        return ("Anneler Günü'ne Özel", "İkinci ürüne %50 indirim")
    if m == 9:
        return ("Okula Dönüş", "Çocuk koleksiyonunda 3 al 2 öde")
    if m in (3, 4):
        return ("Yeni Sezon", "İlkbahar koleksiyonunda 2. ürüne %40 indirim")
    return None


def _threshold(when):
    d = when.date()
    for until, tl in ((dt.date(2021, 12, 31), 150), (dt.date(2022, 6, 30), 250), (dt.date(2022, 12, 31), 400),
                      (dt.date(2023, 9, 30), 600)):
        if d <= until:
            return tl
    return 900


def noise(rng, when, i, prev):
    p = prev or {}
    camp = _campaign(when)
    if camp:
        # weekly campaign windows ending on Sunday 23:59:59
        end = dt.datetime(when.year, when.month, when.day, 23, 59, 59) + dt.timedelta(days=(6 - when.weekday()))
        left = end - when
        hh, rem = divmod(left.seconds, 3600)
        countdown = (end.strftime("%Y-%m-%dT%H:%M:%S"), "%d gün %02d:%02d:%02d" % (left.days, hh, rem // 60, rem % 60))
    else:
        countdown = None
    deploy = C.keep_or(rng, p.get("deploy"), 0.15, lambda: (
        "6381%014d" % rng.randint(0, 10 ** 14 - 1), "2.%d.%d" % (rng.randint(9, 19), rng.randint(0, 9)),
        C.b64tok(rng, 30).replace("+", "-").replace("/", "_").rstrip("=")))
    return {
        "viewstate": ("/wEPDwUKMTk" + C.b64tok(rng, rng.randint(420, 520)),
                      "/wEdAA" + C.b64tok(rng, 96)),
        "campaign": camp,
        "countdown": countdown,
        "shipping": _threshold(when),
        "deploy": deploy,
    }


LABELS = {"viewstate": "__VIEWSTATE/__EVENTVALIDATION (new per request)",
          "campaign": "campaign bar (season sale, Efsane Kasım...)",
          "countdown": "campaign countdown (server-rendered, live)",
          "shipping": "free-shipping threshold in the top strip",
          "deploy": "WebResource/ScriptResource t= stamps and theme ?v= (deploy)"}


def _table(rows):
    out = ['<table border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>']
    for j, r in enumerate(rows):
        if j == 0:
            out.append("<tr>%s</tr>" % "".join('<td style="background-color:#eeeeee"><strong>%s</strong></td>'
                                               % C.inline_html(c) for c in r))
        else:
            out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r))
    out.append("</tbody></table>")
    return "\n".join(out)


def _policy_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append(_table(b[1]))
        elif b[0] == "h1":
            out.append('<h1 class="sayfa-baslik">%s</h1>' % C.inline_html(b[1]))
        elif b[0] == "p" and b[1].startswith("Son güncelleme"):
            out.append('<p style="text-align:right"><em>%s</em></p>' % C.inline_html(b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


MENU = [("kadin", "Kadın"), ("erkek", "Erkek"), ("cocuk", "Çocuk"), ("ev-yasam", "Ev &amp; Yaşam"),
        ("aksesuar", "Aksesuar"), ("yeni-gelenler", "Yeni Gelenler"), ("outlet", "Outlet")]
SIDE = [("hakkimizda", "Hakkımızda"), ("magazalarimiz", "Mağazalarımız"), ("iade-ve-degisim", "İade ve Değişim"),
        ("mesafeli-satis-sozlesmesi", "Mesafeli Satış Sözleşmesi"),
        ("gizlilik-ve-kvkk-aydinlatma-metni", "KVKK Aydınlatma Metni"), ("cerez-politikasi", "Çerez Politikası"),
        ("iletisim", "İletişim")]


def render(s, blocks, when):
    t_ticks, theme_v, wr = s["deploy"]
    vs, ev = s["viewstate"]
    menu = "\n".join('<li class="menu-item"><a href="/%s">%s</a></li>' % m for m in MENU)
    side = "\n".join('<li%s><a href="/%s">%s</a></li>' % (' class="aktif"' if k == "gizlilik-ve-kvkk-aydinlatma-metni"
                                                          else "", k, v) for k, v in SIDE)
    if s["campaign"]:
        title, sub = s["campaign"]
        end, left = s["countdown"]
        bar = ('<div id="kampanyaBar" class="kampanya-bar" data-bitis="%s">\n'
               '<a href="/kampanyalar"><strong>%s</strong> %s</a>\n'
               '<span class="geri-sayim">Kampanyanın bitmesine: <b id="ctl00_ucHeader_lblGeriSayim">%s</b></span>\n'
               '</div>' % (end, title, sub, left))
    else:
        bar = ('<div id="kampanyaBar" class="kampanya-bar kampanya-bar--bos">\n'
               '<a href="/yeni-gelenler">Yeni sezon ürünleri mağazalarımızda ve modalina.com.tr\'de!</a>\n</div>')
    year = when.year
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="tr">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1254" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" /><title>
	Kişisel Verilerin Korunması ve Gizlilik Politikası | Modalina
</title><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" /><link href="/Themes/Modalina/css/bootstrap.min.css?v={tv}" rel="stylesheet" type="text/css" /><link href="/Themes/Modalina/css/style.min.css?v={tv}" rel="stylesheet" type="text/css" /><link rel="canonical" href="{url}" /><meta name="description" content="Modalina KVKK Aydınlatma Metni ve Gizlilik Politikası" /><meta property="og:site_name" content="Modalina" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-K7X2Q9M');</script>
<!-- End Google Tag Manager -->
<script type="text/javascript">
    var dataLayer = dataLayer || [];
    dataLayer.push({{ 'pageType': 'icerik', 'pageName': 'KVKK Aydınlatma Metni', 'userStatus': 'misafir', 'cartCount': 0 }});
</script>
</head>
<body class="sayfa-icerik">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7X2Q9M" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <form method="post" action="./gizlilik-ve-kvkk-aydinlatma-metni" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZ{wr}1&amp;t={tt}" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILLXCb{wr}2&amp;t=ffffffffb201fd3f" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OOt6B4p6DfbcdD{wr}3&amp;t=ffffffffb201fd3f" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9B2F1A6C" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$ucHeader$upSepet','ctl00_ucHeader_upSepet'], [], [], 90, 'ctl00');
//]]>
</script>

        {bar}
        <div class="ust-serit">
            <div class="container">
                <span class="kargo-bilgi"><i class="icon-truck"></i> {ship} TL ve üzeri alışverişlerde kargo bedava!</span>
                <span class="iade-bilgi"><i class="icon-refresh"></i> Mağazadan ücretsiz iade</span>
                <span class="ust-linkler"><a href="/siparis-takip">Sipariş Takibi</a> | <a href="/magazalarimiz">Mağazalar</a> | <a href="/yardim">Yardım</a></span>
            </div>
        </div>
        <header id="header" class="header">
            <div class="container">
                <div class="row">
                    <div class="col-md-3 logo"><a href="/"><img src="/Themes/Modalina/images/modalina-logo.svg" alt="Modalina" width="180" height="40" /></a></div>
                    <div class="col-md-5 arama">
                        <div id="ctl00_ucHeader_pnlArama" class="arama-kutu" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;ctl00_ucHeader_btnAra&#39;)">
	<input name="ctl00$ucHeader$txtArama" type="text" id="ctl00_ucHeader_txtArama" class="form-control" placeholder="Ürün, kategori veya marka ara" autocomplete="off" />
                            <input type="submit" name="ctl00$ucHeader$btnAra" value="Ara" id="ctl00_ucHeader_btnAra" class="btn-ara" />
</div>
                    </div>
                    <div class="col-md-4 kullanici-menu">
                        <a id="ctl00_ucHeader_lnkGiris" href="/uye-girisi?ReturnUrl=%2fgizlilik-ve-kvkk-aydinlatma-metni">Giriş Yap / Üye Ol</a>
                        <a href="/favorilerim" class="favori">Favorilerim</a>
                        <div id="ctl00_ucHeader_upSepet">
	<a href="/sepetim" class="sepet">Sepetim <span id="ctl00_ucHeader_lblSepetAdet" class="sepet-adet">0</span></a>
</div>
                    </div>
                </div>
            </div>
            <nav class="ana-menu">
                <div class="container">
                    <ul class="menu">
{menu}
                    </ul>
                </div>
            </nav>
        </header>
        <div class="container">
            <ol class="breadcrumb">
                <li><a href="/">Anasayfa</a></li>
                <li class="active">KVKK Aydınlatma Metni</li>
            </ol>
        </div>
        <div class="container sayfa-container">
            <div class="row">
                <div class="col-md-3 sol-menu">
                    <h4>Kurumsal</h4>
                    <ul class="kurumsal-menu">
{side}
                    </ul>
                </div>
                <div class="col-md-9">
                    <div id="ctl00_ContentPlaceHolder1_pnlIcerik" class="icerik-detay">
	{policy}
</div>
                </div>
            </div>
        </div>
        <footer class="footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-4 e-bulten">
                        <h5>E-Bültene Kayıt Ol</h5>
                        <p>Kampanya ve yeniliklerden ilk sen haberdar ol.</p>
                        <input name="ctl00$ucFooter$txtEbulten" type="text" id="ctl00_ucFooter_txtEbulten" class="form-control" placeholder="E-posta adresiniz" />
                        <a id="ctl00_ucFooter_lnkEbulten" class="btn" href="javascript:__doPostBack(&#39;ctl00$ucFooter$lnkEbulten&#39;,&#39;&#39;)">Kayıt Ol</a>
                    </div>
                    <div class="col-md-2"><h5>Kurumsal</h5><ul><li><a href="/hakkimizda">Hakkımızda</a></li><li><a href="/kariyer">Kariyer</a></li><li><a href="/magazalarimiz">Mağazalarımız</a></li><li><a href="/yatirimci-iliskileri">Yatırımcı İlişkileri</a></li></ul></div>
                    <div class="col-md-3"><h5>Yardım</h5><ul><li><a href="/iade-ve-degisim">İade ve Değişim</a></li><li><a href="/siparis-takip">Sipariş Takibi</a></li><li><a href="/sikca-sorulan-sorular">Sıkça Sorulan Sorular</a></li><li><a href="/gizlilik-ve-kvkk-aydinlatma-metni">KVKK Aydınlatma Metni</a></li><li><a href="/cerez-politikasi">Çerez Politikası</a></li></ul></div>
                    <div class="col-md-3 uygulama"><h5>Mobil Uygulama</h5><a href="https://apps.apple.com/tr/app/modalina/id1452210987"><img src="/Themes/Modalina/images/app-store.png" alt="App Store" /></a> <a href="https://play.google.com/store/apps/details?id=com.modalina.android"><img src="/Themes/Modalina/images/google-play.png" alt="Google Play" /></a>
                    <div class="etbis"><a href="https://etbis.ticaret.gov.tr/tr/Home/SearchSiteResult?siteId=7f3b3a1e-02d9-4c1e-9b65-8b6a3c2d1f40" target="_blank"><img src="/Themes/Modalina/images/etbis-qr.png" alt="ETBİS" width="80" /></a></div></div>
                </div>
                <div class="alt-footer">
                    <span>&copy; {year} Modalina Mağazacılık A.Ş. Tüm hakları saklıdır.</span>
                    <span class="odeme-logolari"><img src="/Themes/Modalina/images/odeme-troy-visa-mc.png" alt="Troy Visa Mastercard" /></span>
                    <a href="javascript:void(0)" onclick="cerezAyarlariAc()">Çerez Ayarları</a>
                </div>
            </div>
        </footer>
        <div id="cerezBilgilendirme" class="cerez-bar" style="display:none">
            <p>Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Detaylı bilgi için <a href="/cerez-politikasi">Çerez Politikası</a>'nı inceleyebilirsiniz.</p>
            <button type="button" class="btn btn-kabul" onclick="cerezKabul('tumu')">Tümünü Kabul Et</button>
            <button type="button" class="btn btn-ayarlar" onclick="cerezAyarlariAc()">Ayarlar</button>
        </div>
    </form>
    <script src="/Themes/Modalina/js/jquery-3.6.0.min.js" type="text/javascript"></script>
    <script src="/Themes/Modalina/js/site.min.js?v={tv}" type="text/javascript"></script>
    <script async src="//modalina.api.useinsider.com/ins.js?id=10005312"></script>
</body>
</html>
""".format(tv=theme_v, url=URL, vs=vs, ev=ev, wr=wr, tt=t_ticks, bar=bar, ship=s["shipping"], menu=menu,
           side=side, policy=_policy_html(blocks), year=year)


PAGE = {
    "service": "Modalina",
    "url": URL,
    "lang": "tr",
    "platform": "ASP.NET WebForms (in-house storefront, IIS), windows-1254",
    "content_type": "text/html; charset=windows-1254",
    "encoding": "windows-1254",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 30,
    "start": dt.date(2021, 5, 10),
    "end": dt.date(2024, 11, 20),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ctl00_ContentPlaceHolder1_pnlIcerik"},
}
