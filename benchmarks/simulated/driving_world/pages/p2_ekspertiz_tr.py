"""Otokontrol Oto Ekspertiz - tr used-car inspection chain - ASP.NET WebForms (.NET 4.8, master page, IIS),
windows-1254, KVKK text kept in the site's own CMS table and written into the page by a Literal. The page's hit
counter sits INSIDE the selected content panel (removed by the declaration)."""
import datetime as dt
import base64

import common as C
import dwkit as K

URL = "https://www.otokontrolekspertiz.com.tr/kvkk-aydinlatma-metni.aspx"
BASE = "https://www.otokontrolekspertiz.com.tr"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """
# KVKK Aydınlatma Metni

Son güncelleme: {UPDATED}

Otokontrol Otomotiv Ekspertiz Hizmetleri A.Ş. (“Şirket”) olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu
(“KVKK”) uyarınca veri sorumlusu sıfatıyla; ekspertiz hizmeti alan müşterilerimizin, araç sahiplerinin ve alıcılarının,
web sitemizi ziyaret edenlerin ve şubelerimize gelen ziyaretçilerin kişisel verilerini aşağıda açıklanan amaçlar ve
hukuki sebepler çerçevesinde işlemekteyiz.

## 1. Veri Sorumlusu

@ Otokontrol Otomotiv Ekspertiz Hizmetleri A.Ş.
@ Barbaros Mah. Begonya Sok. No: 3/1, 34746 Ataşehir/İstanbul
@ Mersis No: 0648123456700015
@ KEP: otokontrol@hs03.kep.tr

## 2. İşlenen Kişisel Verileriniz

- Kimlik bilgileri: ad, soyad, T.C. kimlik numarası, vergi kimlik numarası;
- İletişim bilgileri: cep telefonu numarası, e-posta adresi, adres;
- Araç bilgileri: plaka, şasi numarası, ruhsat bilgileri, kilometre, hasar ve Tramer kayıtları;
- Müşteri işlem bilgileri: randevu kayıtları, ekspertiz raporları, fatura ve ödeme bilgileri;
- Görsel ve işitsel kayıtlar: ekspertiz alanındaki güvenlik kamerası kayıtları ve araç fotoğrafları;
- İşlem güvenliği bilgileri: IP adresi, web sitesi giriş ve çıkış kayıtları, çerez kayıtları.

## 3. Kişisel Verilerinizin İşlenme Amaçları

Kişisel verileriniz; ekspertiz hizmetinin sunulması ve raporlanması, randevu süreçlerinin yürütülmesi, ekspertiz
raporunun Ticaret Bakanlığı'nın İkinci El Motorlu Kara Taşıtlarının Ticareti Hakkında Yönetmeliği'ne uygun olarak
düzenlenmesi, fatura düzenlenmesi ve tahsilat işlemlerinin yürütülmesi, müşteri şikâyet ve taleplerinin
sonuçlandırılması, şube ve çalışan güvenliğinin sağlanması, hizmet kalitesinin ölçülmesi ve açık rızanız bulunması
halinde kampanya ve tanıtım faaliyetlerinin yürütülmesi amaçlarıyla işlenmektedir.

## 4. Hukuki Sebepler

Kişisel verileriniz, KVKK'nın 5. maddesinin 2. fıkrasında yer alan “bir sözleşmenin kurulması veya ifasıyla doğrudan
doğruya ilgili olması”, “veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması” ve “ilgili
kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla, veri sorumlusunun meşru menfaatleri için veri
işlenmesinin zorunlu olması” hukuki sebeplerine dayanılarak işlenmektedir. Ticari elektronik ileti gönderimi ise
yalnızca açık rızanıza dayanılarak yapılmaktadır.

## 5. Kişisel Verilerinizin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcı gruplarına aktarılabilmektedir:

- Ticaret Bakanlığı, vergi daireleri ve yargı mercileri gibi yetkili kamu kurum ve kuruluşlarına;
- ekspertiz raporunun doğrulanabilmesi için Türk Standardları Enstitüsü'ne (TSE);
- talebiniz halinde aracı satın alacak kişiye, galeriye veya kredi kuruluşuna;
- bilgi teknolojileri, SMS gönderimi ve çağrı merkezi hizmeti aldığımız tedarikçilere;
- kredi kartı ile yapılan ödemeler için anlaşmalı bankalara.

Kişisel verileriniz, e-posta ve bulut hizmeti aldığımız tedarikçilerin sunucularının yurt dışında bulunması
nedeniyle, açık rızanıza dayanılarak yurt dışına aktarılabilmektedir.

## 6. Kişisel Verilerinizin Toplanma Yöntemi

Kişisel verileriniz; şubelerimizde doldurulan hizmet formları, web sitemiz ve çağrı merkezimiz üzerinden alınan
randevular, ekpertiz sırasında yapılan ölçüm ve çekimler ile güvenlik kameraları aracılığıyla, kısmen otomatik ve
kısmen otomatik olmayan yollarla toplanmaktadır.

## 7. Saklama Süreleri

- Ekspertiz raporları ve araç fotoğrafları: rapor tarihinden itibaren 10 yıl;
- Fatura ve muhasebe kayıtları: 10 yıl;
- Randevu kayıtları: 2 yıl;
- Güvenlik kamerası kayıtları: 30 gün;
- Pazarlama izinleri: izin geri alınana kadar.

Saklama süresi sona eren kişisel veriler, Kişisel Veri Saklama ve İmha Politikamız uyarınca silinir, yok edilir
veya anonim hale getirilir.

## 8. KVKK'nın 11. Maddesi Kapsamındaki Haklarınız

KVKK'nın 11. maddesi uyarınca veri sorumlusuna başvurarak;

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- eksik veya yanlış işlenmiş olması halinde bunların düzeltilmesini isteme,
- KVKK'nın 7. maddesindeki şartlar çerçevesinde silinmesini veya yok edilmesini isteme,
- düzeltme, silme veya yok etme işlemlerinin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- işlenen verilerin münhasıran otomatik sistemler ile analiz edilmesi sonucu aleyhinize bir sonuç çıkmasına itiraz etme,
- kanuna aykırı işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 9. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ'e uygun olarak, ıslak
imzalı bir dilekçe ile yukarıdaki adresimize şahsen veya noter aracılığıyla, ya da güvenli elektronik imzalı olarak
KEP adresimize iletebilirsiniz. Başvurularınız, talebin niteliğine göre en geç otuz gün içinde ücretsiz olarak
sonuçlandırılacaktır.
"""

EDITS = [
    {"note": "recipients list: new item (SBM, damage-record queries)",
     "repl": [("- talebiniz halinde aracı satın alacak kişiye, galeriye veya kredi kuruluşuna;",
               "- araç hasar kaydı sorgulaması için Sigorta Bilgi ve Gözetim Merkezi'ne (SBM);\n"
               "- talebiniz halinde aracı satın alacak kişiye, galeriye veya kredi kuruluşuna;")]},
    {"note": "controller address changed (Ataşehir -> Ümraniye)",
     "repl": [("@ Barbaros Mah. Begonya Sok. No: 3/1, 34746 Ataşehir/İstanbul",
               "@ Saray Mah. Dr. Adnan Büyükdeniz Cad. No: 4/12, 34768 Ümraniye/İstanbul")]},
    {"note": "typo fixed in the collection-method section (ekpertiz -> ekspertiz), no new date", "bump": False,
     "repl": [("randevular, ekpertiz sırasında", "randevular, ekspertiz sırasında")]},
    {"note": "cross-border transfer paragraph rewritten for the 2024 KVKK amendment (standard contracts, art. 9)",
     "repl": [("Kişisel verileriniz, e-posta ve bulut hizmeti aldığımız tedarikçilerin sunucularının yurt dışında "
               "bulunması\nnedeniyle, açık rızanıza dayanılarak yurt dışına aktarılabilmektedir.",
               "E-posta ve bulut hizmeti aldığımız tedarikçilerin sunucularının yurt dışında bulunması nedeniyle "
               "kişisel\nverileriniz, KVKK'nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurulu tarafından ilan "
               "edilen standart\nsözleşmenin imzalanması ve Kuruma bildirilmesi suretiyle yurt dışına "
               "aktarılabilmektedir.")]},
    {"note": "security camera recordings kept 60 days instead of 30",
     "repl": [("- Güvenlik kamerası kayıtları: 30 gün;", "- Güvenlik kamerası kayıtları: 60 gün;")]},
    {"note": "new section on cookies (Çerezler) before the rights section",
     "repl": [("## 8. KVKK'nın 11. Maddesi", "## 8. Çerezler\n\n"
               "Web sitemizde zorunlu çerezlerin yanı sıra, açık rızanız bulunması halinde analitik ve pazarlama "
               "çerezleri\nkullanılmaktadır. Çerez tercihlerinizi sayfanın altındaki “Çerez Ayarları” bağlantısından "
               "değiştirebilirsiniz.\nAyrıntılı bilgi için Çerez Politikamızı inceleyebilirsiniz.\n\n"
               "## 9. KVKK'nın 11. Maddesi"),
              ("## 9. Başvuru Yöntemi", "## 10. Başvuru Yöntemi")]},
]

# .NET / site deploys: WebResource.axd t= (assembly timestamp) and the stylesheet ?v=
DEPLOYS = [(dt.date(2021, 6, 1), ("637588451230000000", "20210601")),
           (dt.date(2022, 4, 18), ("637858296410000000", "20220418")),
           (dt.date(2022, 11, 7), ("638034883090000000", "20221107")),
           (dt.date(2023, 8, 21), ("638282501760000000", "20230821")),
           (dt.date(2024, 3, 11), ("638457692520000000", "20240311")),
           (dt.date(2024, 12, 2), ("638687314870000000", "20241202")),
           (dt.date(2025, 7, 14), ("638880923410000000", "20250714")),
           (dt.date(2026, 2, 23), ("639074715060000000", "20260223"))]

BRANCHES = [(dt.date(2021, 1, 1), ["Ataşehir", "Bağcılar", "Beylikdüzü", "Kartal", "Ankara Ostim", "İzmir Bornova",
                                    "Bursa Nilüfer"]),
            (dt.date(2022, 9, 1), ["Ataşehir", "Bağcılar", "Beylikdüzü", "Kartal", "Ankara Ostim", "İzmir Bornova",
                                   "Bursa Nilüfer", "Antalya Kepez"]),
            (dt.date(2023, 10, 1), ["Ataşehir", "Ümraniye", "Bağcılar", "Beylikdüzü", "Kartal", "Ankara Ostim",
                                    "Ankara Etimesgut", "İzmir Bornova", "Bursa Nilüfer", "Antalya Kepez"]),
            (dt.date(2025, 3, 1), ["Ataşehir", "Ümraniye", "Bağcılar", "Beylikdüzü", "Kartal", "Ankara Ostim",
                                   "Ankara Etimesgut", "İzmir Bornova", "İzmir Karşıyaka", "Bursa Nilüfer",
                                   "Antalya Kepez", "Kocaeli"])]

BAYRAM = [(dt.date(2022, 5, 2), "Ramazan"), (dt.date(2022, 7, 9), "Kurban"), (dt.date(2023, 4, 21), "Ramazan"),
          (dt.date(2023, 6, 28), "Kurban"), (dt.date(2024, 4, 10), "Ramazan"), (dt.date(2024, 6, 16), "Kurban"),
          (dt.date(2025, 3, 30), "Ramazan"), (dt.date(2025, 6, 6), "Kurban"), (dt.date(2026, 3, 20), "Ramazan"),
          (dt.date(2026, 5, 27), "Kurban")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    lt = K.local(when, "TRT")
    s["viewstate"] = (base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.randint(380, 420)))).decode(),
                      base64.b64encode(bytes(rng.getrandbits(8) for _ in range(150))).decode())
    s["deploy"] = K.phase(when, DEPLOYS)
    s["okunma"] = 6100 + (when.date() - dt.date(2022, 1, 1)).days * 9 + rng.randint(0, 8)
    mins = (lt.hour - 8) * 60 + lt.minute - 30
    s["bugun"] = 0 if mins <= 0 else min(mins, 630) * len(K.phase(when, BRANCHES)) // 38 + rng.randint(0, 5)
    d = K.around(when, [b[0] for b in BAYRAM], 12, 3)
    s["kampanya"] = [b[1] for b in BAYRAM if b[0] == d][0] if d else None
    s["subeler"] = len(K.phase(when, BRANCHES))
    s["saatler"] = tuple(sorted(rng.sample(["09:30", "10:00", "11:30", "13:00", "14:30", "15:00", "16:30", "17:00"],
                                           rng.randint(1, 3))))
    return s


LABELS = {"viewstate": "__VIEWSTATE / __EVENTVALIDATION per request",
          "deploy": "deploys: WebResource.axd / ScriptResource.axd t= and site.css ?v=",
          "okunma": "'kez okundu' hit counter (inside the content panel, removed)",
          "bugun": "header live counter of cars inspected today",
          "kampanya": "Bayram campaign strip (Ramazan / Kurban Bayramı)",
          "subeler": "branch list in the quick-appointment dropdown and footer",
          "saatler": "sidebar 'today's free slots' teaser"}


def nbsp(raw):
    return C.esc(raw).replace("6698 sayılı", "6698&nbsp;sayılı").replace("5. maddesinin", "5.&nbsp;maddesinin")


def render(s, blocks, when):
    vs, ev = s["viewstate"]
    axd_t, cssv = s["deploy"]
    branches = K.phase(when, BRANCHES)
    title = blocks[0][1]
    body = C.render_blocks(blocks[1:], tags={"p": ' style="text-align: justify;"'}, text=nbsp, sep="\r\n")
    opts = "".join('\r\n\t\t\t\t<option value="%d">%s</option>' % (n + 1, C.esc(b)) for n, b in enumerate(branches))
    camp = ""
    if s["kampanya"]:
        camp = ('<div class="kampanya-serit"><div class="container"><i class="fa fa-gift"></i> %s Bayramı\'na özel '
                'tüm ekspertiz paketlerinde <strong>%%15 indirim</strong>! <a href="/kampanyalar.aspx">Detaylar</a>'
                '</div></div>\r\n' % s["kampanya"])
    saat = ", ".join(s["saatler"])
    foot = " · ".join(C.esc(b) for b in branches)
    return (
        '\r\n\r\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="tr">\r\n<head><meta http-equiv="Content-Type" '
        'content="text/html; charset=windows-1254" /><meta name="viewport" content="width=device-width, '
        'initial-scale=1" /><title>\r\n\tKVKK Aydınlatma Metni | Otokontrol Oto Ekspertiz\r\n</title>'
        '<link href="/css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="/css/font-awesome.min.css" '
        'rel="stylesheet" type="text/css" /><link href="/css/site.css?v=%s" rel="stylesheet" type="text/css" />'
        '<link rel="canonical" href="%s" /><meta name="description" content="Otokontrol Oto Ekspertiz KVKK '
        'aydınlatma metni." /></head>\r\n<body>\r\n'
        '    <form method="post" action="./kvkk-aydinlatma-metni.aspx" id="form1">\r\n'
        '<div class="aspNetHidden">\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW%s" />'
        '\r\n</div>\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\n'
        'var theForm = document.forms[\'form1\'];\r\nif (!theForm) {\r\n    theForm = document.form1;\r\n}\r\n'
        'function __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != '
        'false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = '
        'eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n\r\n\r\n'
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZGnvFzNDyRTeHJ8QM0UVsmWdW3oN5ZSbOVSmc7ZB8ZgfPy8xA2&amp;'
        't=%s" type="text/javascript"></script>\r\n\r\n\r\n'
        '<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkHvBvbzY1pBa5K0yiq6g0ldX3lKp1F4LMvB5nSxW1qPgk0sY2&amp;'
        't=%s" type="text/javascript"></script>\r\n'
        '<div class="aspNetHidden">\r\n\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" '
        'id="__VIEWSTATEGENERATOR" '
        'value="6C2E4F7A" />\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        'value="/wEdAA%s" />\r\n</div>\r\n'
        '<script type="text/javascript">\r\n//<![CDATA[\r\nSys.WebForms.PageRequestManager._initialize('
        '\'ctl00$ScriptManager1\', \'form1\', [\'tctl00$ucHizliRandevu$upRandevu\',\'ucHizliRandevu_upRandevu\'], '
        '[], [], 90, \'ctl00\');\r\n//]]>\r\n</script>\r\n\r\n'
        '%s'
        '        <div class="ust-bar"><div class="container"><span><i class="fa fa-phone"></i> 0850 340 55 66</span>'
        '<span class="sayac"><i class="fa fa-car"></i> Bugün <strong id="lblBugunSayac">%s</strong> araç '
        'ekspertizden geçti</span><a href="https://wa.me/908503405566" class="whatsapp"><i class="fa '
        'fa-whatsapp"></i> WhatsApp</a></div></div>\r\n'
        '        <nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">'
        '<img src="/images/otokontrol-logo.png" alt="Otokontrol Oto Ekspertiz" /></a><ul class="nav navbar-nav">'
        '<li><a href="/kurumsal.aspx">Kurumsal</a></li><li><a href="/ekspertiz-paketleri.aspx">Ekspertiz Paketleri'
        '</a></li><li><a href="/subelerimiz.aspx">Şubelerimiz</a></li><li><a href="/rapor-sorgula.aspx">Rapor '
        'Sorgula</a></li><li><a href="/iletisim.aspx">İletişim</a></li></ul><a href="/online-randevu.aspx" '
        'class="btn btn-randevu">Online Randevu</a></div></nav>\r\n'
        '        <div class="sayfa-ust"><div class="container"><ol class="breadcrumb"><li><a href="/">Anasayfa</a></li>'
        '<li><a href="/kurumsal.aspx">Kurumsal</a></li><li class="active">KVKK Aydınlatma Metni</li></ol></div></div>'
        '\r\n        <div class="container sayfa">\r\n            <div class="row">\r\n'
        '                <div class="col-md-3 sol-kolon">\r\n'
        '                    <div class="sol-menu"><h4>Kurumsal</h4><ul><li><a href="/kurumsal.aspx">Hakkımızda'
        '</a></li><li><a href="/kalite-belgelerimiz.aspx">Kalite Belgelerimiz</a></li><li class="aktif"><a '
        'href="/kvkk-aydinlatma-metni.aspx">KVKK Aydınlatma Metni</a></li><li><a href="/cerez-politikasi.aspx">Çerez '
        'Politikası</a></li><li><a href="/kvkk-basvuru-formu.aspx">KVKK Başvuru Formu</a></li></ul></div>\r\n'
        '                    <div id="ucHizliRandevu_upRandevu">\r\n\t\t\t<div class="hizli-randevu"><h4>Hızlı Randevu'
        '</h4><p class="uygun-saat">Bugün için uygun saatler: <strong>%s</strong></p>\r\n\t\t\t'
        '<select name="ctl00$ucHizliRandevu$ddlSube" id="ucHizliRandevu_ddlSube" class="form-control">\r\n\t\t\t\t'
        '<option selected="selected" value="0">Şube seçiniz</option>%s\r\n\t\t\t</select>'
        '<input name="ctl00$ucHizliRandevu$txtTelefon" type="text" id="ucHizliRandevu_txtTelefon" class="form-control" '
        'placeholder="Cep telefonunuz" /><input type="submit" name="ctl00$ucHizliRandevu$btnGonder" '
        'value="Beni Arayın" '
        'id="ucHizliRandevu_btnGonder" class="btn btn-turuncu" /></div>\r\n\t\t</div>\r\n'
        '                </div>\r\n                <div class="col-md-9">\r\n'
        '                    <div id="ContentPlaceHolder1_pnlIcerik" class="sayfa-icerik">\r\n\t\r\n'
        '                        <h1 class="sayfa-baslik"><span id="ContentPlaceHolder1_lblBaslik">%s</span></h1>\r\n'
        '                        <div class="icerik-metin">\r\n%s\r\n</div>\r\n'
        '                        <div class="sayfa-alt-bilgi">\r\n'
        '                            <span id="ContentPlaceHolder1_lblOkunma"><i class="fa fa-eye"></i> %s kez okundu'
        '</span>\r\n                            <a href="javascript:window.print();" class="yazdir"><i class="fa '
        'fa-print"></i> Yazdır</a>\r\n                            <span class="paylas">Paylaş: <a href="https://'
        'www.facebook.com/sharer/sharer.php?u=%s" target="_blank"><i class="fa fa-facebook"></i></a> <a href="'
        'https://twitter.com/intent/tweet?url=%s" target="_blank"><i class="fa fa-twitter"></i></a></span>\r\n'
        '                        </div>\r\n                    \r\n</div>\r\n'
        '                </div>\r\n            </div>\r\n        </div>\r\n'
        '        <footer class="alt-bilgi"><div class="container"><div class="row"><div class="col-md-4"><h5>'
        'Otokontrol Oto Ekspertiz</h5><p>TSE Hizmet Yeterlilik Belgeli %d şubemizle hizmetinizdeyiz.</p><p '
        'class="sube-listesi">%s</p></div><div class="col-md-4"><h5>Bağlantılar</h5><ul><li><a href="/kvkk-'
        'aydinlatma-metni.aspx">KVKK</a></li><li><a href="/cerez-politikasi.aspx">Çerez Politikası</a></li><li><a '
        'href="javascript:void(0)" onclick="cerezAyarlari()">Çerez Ayarları</a></li></ul></div><div class="col-md-4">'
        '<h5>Çağrı Merkezi</h5><p class="telefon">0850 340 55 66</p></div></div><p class="telif">© %d Otokontrol '
        'Otomotiv Ekspertiz Hizmetleri A.Ş. Tüm hakları saklıdır.</p></div></footer>\r\n'
        '    \r\n<script type="text/javascript">\r\n//<![CDATA[\r\nSys.Application.add_init(function() {\r\n});\r\n'
        '//]]>\r\n</script>\r\n</form>\r\n'
        '    <script src="/js/jquery-1.12.4.min.js"></script>\r\n    <script src="/js/bootstrap.min.js"></script>\r\n'
        '    <script src="/js/site.js?v=%s"></script>\r\n'
        '    <div id="cerez-uyari" class="cerez-uyari">Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için <a '
        'href="/cerez-politikasi.aspx">Çerez Politikası</a>\'nı inceleyebilirsiniz. <button type="button" '
        'class="btn btn-xs" onclick="cerezKabul()">Kabul Et</button></div>\r\n'
        '</body>\r\n</html>\r\n'
        % (cssv, URL, vs, axd_t, axd_t, ev, camp, s["bugun"], saat, opts, C.esc(title), body,
           K.digits_group(s["okunma"], "."), URL, URL, len(branches), foot, K.local(when, "TRT").year, cssv))


PAGE = {
    "service": "Otokontrol Oto Ekspertiz", "url": URL, "lang": "tr-TR", "platform": "ASP.NET WebForms",
    "content_type": "text/html; charset=windows-1254", "encoding": "windows-1254",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 10, 31), "hours": (5, 11, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "#ContentPlaceHolder1_pnlIcerik", "remove": ".sayfa-alt-bilgi"},
}
