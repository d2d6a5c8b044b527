"""Özgür Sürücü Kursu, Bornova/İzmir: a driving school's Joomla site, Joomla 3.10 with JoomShaper's Helix3
template until March 2023, then Joomla 4 with Helix Ultimate 2. The "KVKK Aydınlatma Metni" is a single article.

Inside the declared `div[itemprop="articleBody"]` the admin placed `{loadposition kayit}`: a custom-HTML module
with the current registration period and the places left ("Son 6 kontenjan!"); the curator removes `.custom`
(the class J3's and J4's mod_custom both emit). The title is selected separately: `h2[itemprop="name"]` on
Helix3 (the author's `<span itemprop="name">` sits in the same article), `h1[itemprop="headline"]` on Helix
Ultimate: a declaration history with validUntil at the upgrade.
Noise: Joomla's `csrf.token` in the script options and the RSForm pre-registration form's token per visit, the
article's hits counter ("Gösterim") between title and body, media-version query stamps, and the template change.
"""
import datetime as dt
import html

import common as C

AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
         "Aralık"]
UPGRADE = dt.datetime(2023, 3, 18, 6, 0)


def fmt_date(d):
    return "Son güncelleme: %d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# KVKK Aydınlatma Metni

{UPDATED}

Özgür Motorlu Taşıt Sürücüleri Kursu olarak kişisel verilerinizin güvenliğine büyük önem veriyoruz. Bu aydınlatma metni, 6698 sayılı Kişisel Verilerin Korunması Kanunu’nun (“KVKK”) 10. maddesi ile Aydınlatma Yükümlülüğünün Yerine Getirilmesinde Uyulacak Usul ve Esaslar Hakkında Tebliğ kapsamında; kursumuza kayıt olan kursiyerlerimizi, aday kursiyerleri, velileri ve web sitemizi ziyaret eden kişileri bilgilendirmek amacıyla hazırlanmıştır.

## 1. Veri Sorumlusu

Kişisel verileriniz, veri sorumlusu sıfatıyla aşağıda bilgileri yer alan kursumuz tarafından işlenmektedir:

@ Özgür Motorlu Taşıt Sürücüleri Kursu – Özgür Eğitim Hizmetleri Ltd. Şti.
@ Kazımdirik Mah. 372/8 Sok. No: 14/B
@ 35100 Bornova / İzmir
@ Telefon: 0232 339 44 55
@ E-posta: bilgi@ozgursurucukursu.com.tr
@ MERSİS No: 0648 1234 5670 0015

## 2. İşlenen Kişisel Verileriniz

Kurs kaydı, eğitim ve sınav süreçlerinde aşağıdaki kişisel verileriniz işlenmektedir:

| Veri Kategorisi | Kişisel Veriler |
| Kimlik | Ad, soyad, T.C. kimlik numarası, doğum tarihi ve yeri, anne ve baba adı, nüfus cüzdanı sureti |
| İletişim | Telefon numarası, e-posta adresi, ikamet adresi |
| Eğitim | Öğrenim durumu, diploma veya öğrenim belgesi sureti, mevcut sürücü belgesi bilgileri |
| Sağlık | Sürücü olur sağlık raporu, kan grubu |
| Görsel Kayıt | Biyometrik vesikalık fotoğraf, direksiyon eğitim araçlarındaki kamera kayıtları |
| Konum | Direksiyon eğitimi sırasında araç takip sistemi ile elde edilen konum verileri |
| Finans | Ödeme bilgileri, taksit planı, banka hesap ve dekont bilgileri |
| Müşteri İşlem | Ders programı, devam durumu, sınav randevu ve sonuç bilgileri |

## 3. Kişisel Verilerin İşlenme Amaçları

- Kurs kayıt işlemlerinin yapılması ve kursiyer dosyasının oluşturulması
- Milli Eğitim Bakanlığı MEBBİS sistemine kursiyer kaydının yapılması
- Teorik ve direksiyon eğitimlerinin planlanması ve yürütülmesi
- E-sınav ve direksiyon sınavı randevularının alınması
- Ücret ve taksit ödemelerinin takibi ile fatura düzenlenmesi
- Eğitim araçlarının ve kursiyerlerin güvenliğinin sağlanması
- Yasal yükümlülüklerin yerine getirilmesi ve yetkili kurumlara bilgi verilmesi
- Kursiyer memnuniyetinin ölçülmesi ve ders, sınav ve kampanya bilgilendirme mesajlarının gönderilmesi

## 4. Kişisel Verilerin İşlenmesinin Hukuki Sebepleri

Kişisel verileriniz, KVKK’nın 5. ve 6. maddelerinde belirtilen aşağıdaki hukuki sebeplere dayanılarak işlenmektedir:

- 5580 sayılı Özel Öğretim Kurumları Kanunu ve Özel Motorlu Taşıt Sürücüleri Kursu Yönetmeliği başta olmak üzere kanunlarda açıkça öngörülmesi
- Kurs sözleşmesinin kurulması ve ifası için gerekli olması
- Veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması
- İlgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla veri sorumlusunun meşru menfaatleri için zorunlu olması
- Sağlık raporunuzda yer alan sağlık verileri bakımından 2918 sayılı Karayolları Trafik Kanunu’nda öngörülmesi
- Tanıtım amaçlı ileti gönderimi ve sosyal medya paylaşımları bakımından açık rızanızın bulunması

## 5. Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcılara aktarılabilmektedir:

| Alıcı | Aktarım Amacı |
| Milli Eğitim Bakanlığı ile İl ve İlçe Milli Eğitim Müdürlükleri | MEBBİS kaydı, sınav işlemleri ve denetim |
| Emniyet Genel Müdürlüğü ve Nüfus Müdürlükleri | Sürücü belgesi işlemleri |
| Anlaşmalı sağlık kuruluşları | Sürücü sağlık raporu işlemleri |
| Bankalar ve ödeme kuruluşları | Ücret tahsilatı ve taksitlendirme |
| Mali müşavirmiz | Muhasebe ve vergi yükümlülükleri |
| Araç takip ve bulut hizmeti sağlayıcılarımız | Eğitim araçlarının takibi ve verilerin saklanması |

Kişisel verileriniz, yasal zorunluluklar dışında hiçbir şekilde reklam veya pazarlama amacıyla üçüncü kişilere satılmaz ya da kiralanmaz.

## 6. Kişisel Verilerin Toplanma Yöntemi

Kişisel verileriniz; kurs binamızda doldurduğunuz kayıt formları ve sözleşmeler, web sitemizdeki ön kayıt formu, telefon, e-posta ve WhatsApp üzerinden kurulan iletişim, eğitim araçlarında bulunan kamera ve araç takip sistemleri ile MEBBİS sistemi aracılığıyla; otomatik, kısmen otomatik veya veri kayıt sisteminin parçası olmak kaydıyla otomatik olmayan yollarla toplanmaktadır.

## 7. Kişisel Verilerin Saklanma Süresi

Kişisel verileriniz, ilgili mevzuatta öngörülen süreler boyunca ve her hâlükârda işlenme amacının gerektirdiği süre kadar saklanır. Kursiyer dosyaları, Özel Motorlu Taşıt Sürücüleri Kursu Yönetmeliği uyarınca 10 yıl süreyle muhafaza edilir. Araç içi kamera kayıtları 30 gün sonra otomatik olarak silinir. Web sitemizdeki ön kayıt formu ile iletilen ancak kesin kayda dönüşmeyen başvurular 6 ay sonra silinir. Saklama süresinin sonunda verileriniz Kişisel Verileri Saklama ve İmha Politikamıza uygun olarak silinir, yok edilir veya anonim hâle getirilir.

## 8. Yurt Dışına Aktarım

Web sitemizde kullanılan bazı hizmetlerin (e-posta ve bulut yedekleme) sunucularının yurt dışında bulunması nedeniyle, iletişim verileriniz açık rızanıza dayanılarak yurt dışına aktarılabilmektedir.

## 9. İlgili Kişi Olarak Haklarınız

KVKK’nın 11. maddesi uyarınca veri sorumlusuna başvurarak:

- Kişisel verilerinizin işlenip işlenmediğini öğrenme,
- Kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- Kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- Yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- Kişisel verilerinizin eksik veya yanlış işlenmiş olması hâlinde bunların düzeltilmesini isteme,
- KVKK’nın 7. maddesinde öngörülen şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- Düzeltme, silme ve yok etme işlemlerinin kişisel verilerinizin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- İşlenen verilerinizin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- Kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 10. Başvuru Yöntemi

Yukarıda belirtilen haklarınızı kullanmak için taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ’e uygun olarak, kimliğinizi tespit edici belgeler ile birlikte yazılı olarak kurs adresimize bizzat veya noter aracılığıyla iletebilir ya da güvenli elektronik imzalı olarak ozgursurucukursu@hs01.kep.tr adresine gönderebilirsiniz. Başvurunuz, talebin niteliğine göre en kısa sürede ve en geç otuz gün içinde ücretsiz olarak sonuçlandırılır. İşlemin ayrıca bir maliyet gerektirmesi hâlinde, Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir.

## 11. Çerezler

Web sitemizde, sitenin çalışması için zorunlu oturum çerezleri ile ziyaretçi istatistiklerini ölçmek için Google Analytics çerezleri kullanılmaktadır. İstatistik çerezleri yalnızca çerez bildirimi üzerinden onay vermeniz hâlinde çalıştırılır. Tarayıcı ayarlarınızdan çerezleri dilediğiniz zaman silebilir veya engelleyebilirsiniz.
"""

EDITS = [
    {"note": "İleti Yönetim Sistemi (İYS) added to the recipients table",
     "repl": [("| Araç takip ve bulut hizmeti sağlayıcılarımız |",
               "| İleti Yönetim Sistemi A.Ş. (İYS) | Ticari elektronik ileti izinlerinin kaydı ve yönetimi |\n"
               "| Araç takip ve bulut hizmeti sağlayıcılarımız |")]},
    {"note": "typo fixed: 'Mali müşavirmiz' -> 'Mali müşavirimiz' (no new date)", "bump": False,
     "repl": [("| Mali müşavirmiz |", "| Mali müşavirimiz |")]},
    {"note": "the school moved: new street address and KEP address",
     "repl": [("@ Kazımdirik Mah. 372/8 Sok. No: 14/B", "@ Kazımdirik Mah. Üniversite Cad. No: 41/A"),
              ("ozgursurucukursu@hs01.kep.tr", "ozguregitim@hs03.kep.tr")]},
    {"note": "in-car camera recordings kept 90 days instead of 30",
     "repl": [("Araç içi kamera kayıtları 30 gün sonra", "Araç içi kamera kayıtları 90 gün sonra")]},
    {"note": "transfers abroad rewritten for the 2024 KVKK amendment (Law 7499: standard contracts, notification)",
     "repl": [("Web sitemizde kullanılan bazı hizmetlerin (e-posta ve bulut yedekleme) sunucularının yurt dışında "
               "bulunması nedeniyle, iletişim verileriniz açık rızanıza dayanılarak yurt dışına "
               "aktarılabilmektedir.",
               "Web sitemizde kullanılan bazı hizmetlerin (e-posta ve bulut yedekleme) sunucuları yurt dışında "
               "bulunmaktadır. 1 Haziran 2024 tarihinde yürürlüğe giren 7499 sayılı Kanun ile değişik KVKK’nın "
               "9. maddesi uyarınca iletişim verileriniz, Kişisel Verileri Koruma Kurulu tarafından ilan edilen "
               "standart sözleşmenin hizmet sağlayıcı ile imzalanması ve sözleşmenin imzadan itibaren beş iş "
               "günü içinde Kurum’a bildirilmesi suretiyle yurt dışına aktarılmaktadır.\n\n"
               "Standart sözleşme yapılamayan istisnai durumlarda aktarım, yalnızca arızi olmak kaydıyla ve "
               "olası riskler hakkında bilgilendirilmeniz şartıyla açık rızanıza dayanılarak "
               "gerçekleştirilir.")]},
]


def period(d):
    """The registration period the admin advertises: the next course start (courses start monthly)."""
    y, m = (d.year, d.month + 1) if d.day > 10 else (d.year, d.month)
    if m == 13:
        y, m = y + 1, 1
    return "%d %s %d" % (3 if m % 2 else 5, AYLAR[m - 1], y)


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["tokens"] = [C.hexs(rng, 32), C.hexs(rng, 32)]
    j4 = when >= UPGRADE
    st["platform"] = "j4" if j4 else "j3"
    st["mediaversion"] = C.keep_or(rng, prev.get("mediaversion") if prev.get("platform") == st["platform"]
                                   else None, 0.2, lambda: C.hexs(rng, 40 if j4 else 32))
    base = 1480 + int((when - dt.datetime(2021, 9, 1)).days * 3.7)
    st["hits"] = max(base + rng.randint(0, 40), (prev.get("hits") or 0) + 1)
    st["kayit"] = [period(when.date()), rng.randint(2, 9), rng.choice(["B", "B", "A2", "B otomatik"])]
    return st


LABELS = {"tokens": "Joomla csrf.token and RSForm form token (per visit)",
          "platform": "Joomla 3 / Helix3 -> Joomla 4 / Helix Ultimate upgrade",
          "mediaversion": "media version query stamps",
          "hits": "article hits counter (Gösterim) between title and body",
          "kayit": "registration-period module inside the article body (removed by the declaration)"}


def _cell(x):
    return C.inline_html(x)


def body_html(blocks, kayit_html):
    out = []
    for n, b in enumerate(blocks):
        kind, v = b
        if kind == "table":
            head = "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (100 // len(v[0]), _cell(x))
                           for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _cell(x) for x in r) for r in v[1:])
            out.append('<table class="table table-bordered" style="border-collapse: collapse; width: 100%%;" '
                       'border="1"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(_cell(x) for x in v))
        else:
            out.append(C.block_html(b))
        if n == 2:  # after the intro: {loadposition kayit}
            out.append(kayit_html)
    return "\n".join(out)


def render(state, blocks, when):
    tok, formtok = state["tokens"]
    mv = state["mediaversion"]
    j4 = state["platform"] == "j4"
    per, left, cls = state["kayit"]
    title, rest = blocks[0][1], blocks[1:]
    kayit_inner = ('<p style="text-align: center;"><strong>%s dönemi kayıtlarımız devam ediyor!</strong> '
                   '%s sınıfı direksiyon eğitimlerimiz %s tarihinde başlıyor. <span style="color: #c00000;">Son %d '
                   'kontenjan!</span> Bilgi için: <a href="tel:02323394455">0232 339 44 55</a></p>'
                   % (per.split(" ", 1)[1], cls, per, left))
    if j4:
        kayit = '<div id="mod-custom118" class="mod-custom custom">\n    %s</div>\n' % kayit_inner
    else:
        kayit = '<div class="custom"  >\n\t%s</div>\n' % kayit_inner
    body = body_html(rest, kayit)
    menu = [("Ana Sayfa", "/"), ("Kurumsal", "/kurumsal"), ("Ehliyet Sınıfları", "/ehliyet-siniflari"),
            ("Kurs Ücretleri", "/kurs-ucretleri"), ("E-Sınav Soruları", "/e-sinav-sorulari"),
            ("Galeri", "/galeri"), ("İletişim", "/iletisim")]
    form = ('<form method="post" id="userForm" class="formResponsive" enctype="multipart/form-data" '
            'action="https://www.ozgursurucukursu.com.tr/kvkk-aydinlatma-metni">'
            '<div class="formRow"><label for="adsoyad">Ad Soyad</label><input type="text" value="" size="20" '
            'name="form[adsoyad]" id="adsoyad" class="rsform-input-box form-control" /></div>'
            '<div class="formRow"><label for="telefon">Telefon</label><input type="tel" value="" size="20" '
            'name="form[telefon]" id="telefon" class="rsform-input-box form-control" /></div>'
            '<div class="formRow"><label for="sinif">Ehliyet Sınıfı</label><select name="form[sinif][]" '
            'id="sinif" class="rsform-select-box form-control"><option value="B">B (Otomobil)</option>'
            '<option value="A2">A2 (Motosiklet)</option><option value="C">C (Kamyon)</option></select></div>'
            '<div class="formRow"><input type="checkbox" name="form[kvkk][]" value="onay" id="kvkk0" /> '
            '<label for="kvkk0">KVKK Aydınlatma Metni’ni okudum.</label></div>'
            '<button type="submit" name="form[gonder]" id="gonder" class="rsform-submit-button btn btn-primary">'
            'Ön Kayıt Yap</button><input type="hidden" name="form[formId]" value="3"/>'
            '<input type="hidden" name="%s" value="1" /></form>' % formtok)
    if j4:
        nav = "".join('<li class="sp-menu-item%s"><a href="%s" >%s</a></li>'
                      % (" current-item active" if False else "", u, t) for t, u in menu)
        return """<!doctype html>
<html lang="tr-tr" dir="ltr">
	<head>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Özgür Sürücü Kursu">
	<meta name="description" content="Özgür Sürücü Kursu KVKK aydınlatma metni: kursiyerlerimizin kişisel verilerinin işlenmesi hakkında bilgilendirme.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>KVKK Aydınlatma Metni - Özgür Sürücü Kursu | Bornova İzmir</title>
	<link href="/images/logo/favicon.png" rel="icon" type="image/vnd.microsoft.icon">
	<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet" />
	<link href="/media/com_rsform/css/front.css?%(mv)s" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"csrf.token":"%(tok)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.ozgursurucukursu.com.tr\\/","base":"","baseFull":"https:\\/\\/www.ozgursurucukursu.com.tr\\/"},"joomla.jtext":{"ERROR":"Hata","MESSAGE":"Mesaj","NOTICE":"Bildirim","WARNING":"Uyarı","JCLOSE":"Kapat","JOK":"Tamam","JOPEN":"Aç"}}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script src="/media/com_rsform/js/script.js?%(mv)s"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"DrivingSchool","name":"Özgür Sürücü Kursu","telephone":"+90 232 339 44 55","address":{"@type":"PostalAddress","addressLocality":"Bornova","addressRegion":"İzmir","addressCountry":"TR"}}</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7K2QX1M0RB"></script>
	</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-142 tr-tr ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
	<div class="body-wrapper">
	<div class="body-innerwrapper">
	<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:02323394455">0232 339 44 55</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:bilgi@ozgursurucukursu.com.tr">bilgi@ozgursurucukursu.com.tr</a></li></ul></div></div><div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/ozgursurucukursu" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-instagram"><a target="_blank" rel="noopener noreferrer" href="https://www.instagram.com/ozgursurucukursu" aria-label="Instagram"><span class="fab fa-instagram" aria-hidden="true"></span></a></li></ul></div></div></div></div></div></div>
	<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/ozgur-logo.png" alt="Özgür Sürücü Kursu"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">%(nav)s</ul></nav></div></div></div></div></div></header>
	<section id="sp-section-1" ><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">KVKK</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Ana Sayfa</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">KVKK Aydınlatma Metni</span><meta itemprop="position" content="2"></li></ol></div></div></div></div></div></section>
	<section id="sp-main-body" ><div class="container"><div class="container-inner"><div class="row">
	<main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="tr-TR">
	<div class="article-header">
		<h1 itemprop="headline">%(title)s</h1>
	</div>
	<div class="article-info">
		<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Yazan: Özgür Sürücü Kursu"><a href="/kvkk-aydinlatma-metni" itemprop="url"><span itemprop="name">Özgür Sürücü Kursu</span></a></span>
		<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">Gösterim: %(hits)d</span>
	</div>
	<div itemprop="articleBody">
		%(body)s 	</div>
</div>
	</div></main>
	<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Hızlı Ön Kayıt</h3><div class="sp-module-content"><div class="rsform">%(form)s</div></div></div><div class="sp-module "><h3 class="sp-module-title">Çalışma Saatleri</h3><div class="sp-module-content"><div id="mod-custom121" class="mod-custom custom"><p>Hafta içi: 09:00 – 20:00<br>Cumartesi: 09:00 – 17:00<br>Pazar: Kapalı</p></div></div></div></div></aside>
	</div></div></div></section>
	<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© %(year)d Özgür Sürücü Kursu. Tüm hakları saklıdır. | <a href="/kvkk-aydinlatma-metni">KVKK</a> | <a href="/cerez-politikasi">Çerez Politikası</a></span></div></div></div></div></div></footer>
	</div>
	</div>
	<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
	<a href="https://wa.me/905323394455" class="whatsapp-float" target="_blank" rel="noopener">WhatsApp</a>
	</body>
</html>
""" % {"mv": mv, "tok": tok, "nav": nav, "title": html.escape(title), "hits": state["hits"], "body": body,
           "form": form, "year": when.year}
    nav = "".join('<li class="sp-menu-item"><a  href="%s" >%s</a></li>' % (u, t) for t, u in menu)
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="tr-tr" lang="tr-tr" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="https://www.ozgursurucukursu.com.tr/kvkk-aydinlatma-metni" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="author" content="Super User" />
	<meta name="description" content="Özgür Sürücü Kursu - Bornova İzmir ehliyet kursu" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>KVKK Aydınlatma Metni - Özgür Sürücü Kursu | Bornova İzmir</title>
	<link href="/templates/shaper_helix3/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/presets/preset2.css" rel="stylesheet" type="text/css" class="preset" />
	<link href="/media/com_rsform/css/front.css?%(mv)s" rel="stylesheet" type="text/css" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(tok)s","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?%(mv)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s" type="text/javascript"></script>
	<script src="/media/system/js/caption.js?%(mv)s" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/bootstrap.min.js" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/jquery.sticky.js" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/main.js" type="text/javascript"></script>
	<script src="/media/com_rsform/js/script.js?%(mv)s" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
var sp_preloader = '0';
var sp_gotop = '1';
var sp_offanimation = 'default';
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=UA-118273645-1"></script>
</head>
<body class="site com-content view-article no-layout no-task itemid-142 tr-tr ltr  sticky-header layout-fluid off-canvas-menu-init">
	<div class="body-wrapper">
		<div class="body-innerwrapper">
			<section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone"></i> <a href="tel:02323394455">0232 339 44 55</a></li><li class="sp-contact-email"><i class="fa fa-envelope"></i> <a href="mailto:bilgi@ozgursurucukursu.com.tr">bilgi@ozgursurucukursu.com.tr</a></li></ul></div></div><div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="social-icons"><li><a target="_blank" href="https://www.facebook.com/ozgursurucukursu"><i class="fa fa-facebook"></i></a></li><li><a target="_blank" href="https://www.instagram.com/ozgursurucukursu"><i class="fa fa-instagram"></i></a></li></ul></div></div></div></div></section>
			<header id="sp-header"><div class="container"><div class="row"><div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/"><img class="sp-default-logo" src="/images/logo/ozgur-logo.png" alt="Özgür Sürücü Kursu"></a></div></div></div><div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column "><div class='sp-megamenu-wrapper'><a id="offcanvas-toggler" class="visible-sm visible-xs" aria-label="Menu" href="#"><i class="fa fa-bars" aria-hidden="true" title="Menu"></i></a><ul class="sp-megamenu-parent menu-fade hidden-sm hidden-xs">%(nav)s</ul></div></div></div></div></div></header>
			<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "><div class="sp-page-title"><div class="container"><h2>KVKK</h2>
<ol class="breadcrumb">
	<span><i class="fa fa-home"></i></span><li><a href="/" class="pathway">Ana Sayfa</a></li><li class="active">KVKK Aydınlatma Metni</li></ol>
</div></div></div></div></div></section>
			<section id="sp-main-body"><div class="container"><div class="row"><div id="sp-component" class="col-sm-9 col-md-9"><div class="sp-column "><div id="system-message-container">
	</div>
<article class="item item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemprop="inLanguage" content="tr-TR" />
	<div class="entry-header">
		<dl class="article-info">
			<dt class="article-info-term"></dt>
			<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person">
				<i class="fa fa-user"></i>
				<span itemprop="name" data-toggle="tooltip" title="Yazan ">Super User</span>	</dd>
			<dd class="hits">
				<span class="fa fa-eye"></span>
				<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
				Gösterim: %(hits)d</dd>
		</dl>
		<h2 itemprop="name">
			%(title)s		</h2>
	</div>
	<div itemprop="articleBody">
		%(body)s 	</div>
</article>
</div></div><div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2"><div class="sp-module "><h3 class="sp-module-title">Hızlı Ön Kayıt</h3><div class="sp-module-content"><div class="rsform">%(form)s</div></div></div><div class="sp-module "><h3 class="sp-module-title">Çalışma Saatleri</h3><div class="sp-module-content">
<div class="custom"  >
	<p>Hafta içi: 09:00 – 20:00<br />Cumartesi: 09:00 – 17:00<br />Pazar: Kapalı</p></div>
</div></div></div></div></div></div></section>
			<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">© %(year)d Özgür Sürücü Kursu. Tüm hakları saklıdır. | <a href="/kvkk-aydinlatma-metni">KVKK</a></span></div></div></div></div></footer>
		</div>
	</div>
	<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><i class="fa fa-remove" aria-hidden="true" title="Close"></i></a><div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content"><ul class="nav menu">%(nav)s</ul></div></div></div></div>
	<a href="javascript:void(0)" class="scrollup" aria-label="Go To Top">&nbsp;</a>
</body>
</html>
""" % {"mv": mv, "tok": tok, "nav": nav, "title": html.escape(title), "hits": state["hits"], "body": body,
       "form": form, "year": when.year}


PAGE = {
    "service": "Özgür Sürücü Kursu",
    "url": "https://www.ozgursurucukursu.com.tr/kvkk-aydinlatma-metni",
    "lang": "tr",
    "platform": "Joomla 3 (Helix3) -> Joomla 4 (Helix Ultimate)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate")],
    "n": 30,
    "start": dt.date(2021, 9, 6),
    "end": dt.date(2024, 11, 29),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": ['h1[itemprop="headline"]', 'div[itemprop="articleBody"]'], "remove": ".custom"},
    "history": [{"select": ['article.item-page h2[itemprop="name"]', 'div[itemprop="articleBody"]'],
                 "remove": ".custom", "validUntil": "2023-03-18T06:00:00Z"}],
}
