"""Sepetçi (Turkey): e-commerce on Salesforce Commerce Cloud (SFRA); KVKK privacy notice as a content asset."""
import json
from common import *

NAME = "Sepetçi"
URL = "https://www.sepetci.com.tr/gizlilik-ve-kisisel-verilerin-korunmasi"
N = 30
SPAN = ("2021-02-01", "2026-01-10")
DECL = {"select": [".static-page .content-asset"], "remove": []}
HISTORY = None
REDESIGN = None

TEXT = """
## Gizlilik ve Kişisel Verilerin Korunması Politikası

Sepetçi Elektronik Ticaret ve Bilişim Hizmetleri A.Ş. ("Sepetçi") olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamında veri sorumlusu sıfatıyla kişisel verilerinizi aşağıda açıklanan amaçlar ve hukuki sebeplerle işleyebiliriz.

### 1. İşlenen Kişisel Veriler

| Veri Kategorisi | Açıklama |
| Kimlik | Ad, soyad, T.C. kimlik numarası (fatura için), doğum tarihi |
| İletişim | Telefon numarası, e-posta adresi, teslimat ve fatura adresi |
| Müşteri İşlem | Sipariş geçmişi, sepet bilgileri, talep ve şikâyetler |
| İşlem Güvenliği | IP adresi, çerez kayıtları, cihaz bilgileri |

### 2. Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz; siparişlerinizin alınması, teslim edilmesi ve iadesi, ödeme işlemlerinin gerçekleştirilmesi, müşteri hizmetleri süreçlerinin yürütülmesi, kampanya ve promosyonlar hakkında bilgilendirme yapılması ile yasal yükümlülüklerimizin yerine getirilmesi amaçlarıyla işlenmektedir.

### 3. Kişisel Verilerin Aktarılması

Kişisel verileriniz; kargo şirketlerine, ödeme kuruluşlarına, pazaryerinde satış yapan satıcılara ve yetkili kamu kurum ve kuruluşlarına, yukarıda belirtilen amaçlarla sınırlı olarak aktarılabilir.

### 4. Toplama Yöntemi ve Hukuki Sebep

Kişisel verileriniz internet sitemiz, mobil uygulamamız ve çağrı merkezimiz aracılığıyla elektronik ortamda toplanmakta; KVKK'nın 5. maddesinde belirtilen sözleşmenin ifası, hukuki yükümlülük ve meşru menfaat hukuki sebeplerine dayanılarak işlenmektedir.

### 5. İlgili Kişinin Hakları

KVKK'nın 11. maddesi uyarınca kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse bilgi talep etme, düzeltilmesini veya silinmesini isteme ve zarara uğramanız hâlinde tazminat talep etme haklarına sahipsiniz.

Başvurularınızı Esentepe Mah. Büyükdere Cad. No: 185 Şişli/İstanbul adresine yazılı olarak veya [sepetci@hs01.kep.tr](mailto:sepetci@hs01.kep.tr) kayıtlı elektronik posta adresine iletebilirsiniz.

VERBİS Kayıt No: 2021-0458
"""

EDITS = {
    7: [("aşağıda açıklanan amaçlar ve hukuki sebeplerle işleyebiliriz.", "aşağıda açıklanan amaçlar ve hukuki sebeplerle işlemekteyiz.")],
    11: [("| İşlem Güvenliği | IP adresi, çerez kayıtları, cihaz bilgileri |", "| İşlem Güvenliği | IP adresi, çerez kayıtları, cihaz bilgileri |\n| Pazarlama | Alışveriş alışkanlıkları, beğenilen ürünler, kampanya tercihleri |")],
    17: [("### 4. Toplama Yöntemi", "### 4. Kişisel Verilerin Yurt Dışına Aktarılması\n\nBulut hizmeti aldığımız tedarikçilerin sunucularının yurt dışında bulunması nedeniyle kişisel verileriniz, KVKK'nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurulu tarafından ilan edilen standart sözleşmeler imzalanarak yurt dışına aktarılabilir.\n\n### 5. Toplama Yöntemi"),
         ("### 5. İlgili Kişinin", "### 6. İlgili Kişinin")],
    22: [("VERBİS Kayıt No: 2021-0458", "VERBİS Kayıt No: 2024-1193")],
    26: [("[sepetci@hs01.kep.tr](mailto:sepetci@hs01.kep.tr)", "[sepetci.elektronik@hs03.kep.tr](mailto:sepetci.elektronik@hs03.kep.tr)"),
         (", kampanya ve promosyonlar hakkında bilgilendirme yapılması ile", " ile")],
}

PRODUCTS = [("Kadın Oversize Triko Kazak", 449.99), ("Erkek Slim Fit Kot Pantolon", 599.90), ("Bluetooth Kulaklık", 899.00), ("Çelik Termos 750 ml", 329.50),
            ("Çocuk Spor Ayakkabı", 749.99), ("Nevresim Takımı Çift Kişilik", 1199.00), ("Türk Kahvesi Makinesi", 1899.00), ("Sırt Çantası", 399.99)]


def tl(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " TL"


def render(text, i, rng, when):
    blocks = parse(text)
    ver = f"v{int(when.timestamp()) - rng.randint(3600, 86400 * 3)}"
    site = "/on/demandware.static/-/Sites-sepetci-TR-Site/-/tr_TR/" + ver
    csrf = tok(rng, 64)
    body = "".join(block_html(b) for b in blocks)
    prods = rng.sample(PRODUCTS, 4)
    reco = "".join(
        f'<div class="product" data-pid="{rng.randint(10**7, 10**8)}"><div class="product-tile"><a href="/urun/{rng.randint(10**5, 10**6)}.html?cgid=yeni-gelenler&amp;dwvar_color=01">{esc(n)}</a>'
        f'<div class="price"><span class="strike-through list"><span class="value">{tl(p * 1.3)}</span></span><span class="sales"><span class="value" content="{p:.2f}">{tl(p * rng.choice([1, 0.9, 0.8, 0.75]))}</span></span></div>'
        f'{rng.choice(["<span class=badge>Kargo Bedava</span>", "<span class=badge>Son 3 ürün</span>", "", "<span class=badge>Sepette %20 indirim</span>"])}</div></div>' for n, p in prods)
    return f"""<!DOCTYPE html>
<html lang="tr"><head><!--[if gt IE 9]><!--><script>//common/scripts.isml</script>
<script defer type="text/javascript" src="{site}/js/main.js"></script><!--<![endif]-->
<meta charset="UTF-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><title>Gizlilik ve Kişisel Verilerin Korunması | Sepetçi</title>
<meta name="description" content="Sepetçi KVKK Aydınlatma Metni ve Gizlilik Politikası"/>
<link rel="stylesheet" href="{site}/css/global.css"/><link rel="stylesheet" href="{site}/css/content.css"/>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b-test"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"content","customerStatus":"guest","sessionCurrency":"TRY","dwsid":"{tok(rng, 86)}"}});</script>
</head><body><div class="page" data-action="Page-Show" data-querystring="cid=gizlilik-ve-kisisel-verilerin-korunmasi">
<div class="header-banner slide-up"><div class="content">{rng.choice(["Tüm siparişlerde kargo bedava!", "Yeni sezon ürünlerde %30'a varan indirim", "Kasım İndirimleri başladı!", "Sepette ekstra %10 indirim: SEPET10"])}</div><button class="close" aria-label="Kapat">×</button></div>
<header><nav role="navigation"><div class="header container"><a class="logo-home" href="/" title="Sepetçi Ana Sayfa"><img src="{site}/images/logo.svg" alt="Sepetçi"/></a>
<div class="site-search"><form role="search" action="/arama" method="get"><input class="form-control search-field" type="text" name="q" placeholder="Ürün, marka veya kategori ara"/><input type="hidden" value="tr_TR" name="lang"/></form></div>
<div class="user"><a href="https://www.sepetci.com.tr/giris?rurl=1">Giriş Yap / Üye Ol</a></div><div class="minicart" data-action-url="/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/Cart-MiniCartShow"><span class="minicart-quantity">0</span></div></div>
<div class="main-menu"><ul class="nav navbar-nav"><li><a href="/kadin">Kadın</a></li><li><a href="/erkek">Erkek</a></li><li><a href="/cocuk">Çocuk</a></li><li><a href="/ev-yasam">Ev &amp; Yaşam</a></li><li><a href="/elektronik">Elektronik</a></li><li><a href="/outlet">Outlet</a></li></ul></div></nav></header>
<div role="main" id="maincontent"><div class="container"><div class="row"><div class="col-md-3"><ul class="content-nav"><li><a href="/yardim/sss">Sıkça Sorulan Sorular</a></li><li><a href="/uyelik-sozlesmesi">Üyelik Sözleşmesi</a></li><li class="active"><a href="/gizlilik-ve-kisisel-verilerin-korunmasi">Gizlilik ve KVKK</a></li><li><a href="/cerez-politikasi">Çerez Politikası</a></li><li><a href="/iade-ve-degisim">İade ve Değişim</a></li></ul></div>
<div class="col-md-9"><div class="static-page"><div class="content-asset"><!-- dwMarker="content" dwContentID="{hx(random.Random('tr-cid'), 26)}" -->
{body}
</div> <!-- End content-asset --></div></div></div></div>
<div class="container recommendations"><h2 class="title">Sana Özel Öneriler</h2><div class="row product-grid" data-einstein-recommender="pdp-similar" data-einstein-id="{uuid(rng)}">{reco}</div></div></div>
<footer id="footercontent"><div class="container"><div class="footer-item"><h3>Kurumsal</h3><ul><li><a href="/hakkimizda">Hakkımızda</a></li><li><a href="/kariyer">Kariyer</a></li></ul></div>
<div class="footer-item"><h3>Müşteri Hizmetleri</h3><ul><li><a href="/iletisim">İletişim</a></li><li>0850 123 45 67</li></ul></div>
<form class="email-signup" action="/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/EmailSubscribe-Subscribe"><input type="hidden" name="csrf_token" value="{csrf}"/><input name="hpEmailSignUp" placeholder="E-posta adresiniz"/><button>Abone Ol</button></form>
<div class="copyright-notice">© {when.year} Sepetçi Elektronik Ticaret ve Bilişim Hizmetleri A.Ş. Tüm hakları saklıdır. ETBİS'e kayıtlıdır.</div></div></footer>
</div><div class="modal fade" id="consent-tracking" data-url="/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/ConsentTracking-GetContent?cid=tracking_hint" data-accept="/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/ConsentTracking-SetSession?consent=true&amp;csrf_token={csrf}"></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="alertdialog" aria-describedby="onetrust-policy-text"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Çerez Tercihleri</h2>
<div id="onetrust-policy-text">Size daha iyi bir alışveriş deneyimi sunmak için çerezler kullanıyoruz. Detaylı bilgi için <a href="/cerez-politikasi">Çerez Politikamızı</a> inceleyebilirsiniz.</div></div>
<button id="onetrust-accept-btn-handler">Tüm Çerezleri Kabul Et</button><button id="onetrust-reject-all-handler">Reddet</button><button id="onetrust-pc-btn-handler">Çerez Ayarları</button></div></div>
<!-- Demandware Analytics code 1.0 (c) Demandware Inc. --><script type="text/javascript">var trackingUrl = "/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/__Analytics-Start";var dwAnalytics = dw.__dwAnalytics.getTracker(trackingUrl);dwAnalytics.trackPageView();</script>
<!-- End Demandware Analytics code --><span class="api-true  consented tracking-consent" data-caonline="true" data-url="/on/demandware.store/Sites-sepetci-TR-Site/tr_TR/ConsentTracking-GetContent" hidden></span>
</body></html>"""
