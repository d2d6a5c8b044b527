"""OfisNokta (Turkish), virtual office (sanal ofis), serviced office and meeting-room provider in Istanbul, Ankara
and Izmir. Nuxt 2 SSR (Vue scoped-style data-v-… attributes, window.__NUXT__ payload, /_nuxt/ chunks) in front of a
headless CMS; the KVKK notice is the CMS's HTML in a v-html body. The legal page component ends its article with a
price/campaign call-to-action (`.legal-cta`, INSIDE the selected `.legal-content`, removed by the declaration): the
monthly virtual-office price follows Turkish inflation and the campaign rotates. Around it: the header's
'today N companies chose our address' counter, the floating WhatsApp agent picked per visit, chunk hashes and the
data-v hashes (also on the selected article) on deploys."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Kişisel Verilerin Korunması Aydınlatma Metni

Son güncelleme: {UPDATED}

OfisNokta İş Merkezleri Anonim Şirketi ("OfisNokta") olarak, sanal ofis, hazır ofis, paylaşımlı ofis ve toplantı odası hizmetlerimizden yararlanan müşterilerimizin, ziyaretçilerimizin ve internet sitemizi kullanan kişilerin kişisel verilerini 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca veri sorumlusu sıfatıyla işlemekteyiz.

## Veri Sorumlusu

@ OfisNokta İş Merkezleri A.Ş.
@ Büyükdere Cad. No: 255 Nurol Plaza Kat: 14
@ 34485 Maslak, Sarıyer / İstanbul
@ Mersis No: 0641 1187 2250 0018

## Hangi Kişisel Verilerinizi İşliyoruz?

| Veri Kategorisi | Örnekler |
| Kimlik | Ad, soyad, T.C. kimlik numarası, doğum tarihi, nüfus cüzdanı veya kimlik kartı sureti |
| İletişim | Telefon numarası, e-posta adresi, adres |
| Şirket Bilgileri | Unvan, vergi dairesi ve numarası, ticaret sicil kayıtları, imza sirküleri |
| Müşteri İşlem | Sözleşme bilgileri, toplantı odası rezervasyonları, faturalar, ödeme kayıtları |
| Fiziksel Mekân Güvenliği | Ziyaretçi giriş kayıtları, kamera kayıtları |
| Posta ve Kargo | Adınıza gelen posta ve kargoların gönderen bilgileri ve teslim kayıtları |

## Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz; sanal ofis ve hazır ofis sözleşmelerinin kurulması ve ifası, şirketinizin adresimizde kurulması veya adres değişikliği işlemlerinde gerekli belgelerin düzenlenmesi, vergi dairesi yoklamalarında bilgi verilmesi, adınıza gelen posta ve kargoların teslim alınması ve size bildirilmesi, toplantı odası rezervasyonlarının yönetilmesi, faturalandırma, iş merkezlerimizin güvenliğinin sağlanması ve yasal yükümlülüklerimizin yerine getirilmesi amaçlarıyla işlenmektedir.

## Kişisel Verilerin Aktarılması

Kişisel verileriniz; yasal yükümlülüklerimiz kapsamında vergi daireleri, ticaret sicil müdürlükleri ve yetkili kamu kurumlarıyla; hizmetlerimizin sunulabilmesi için ise aşağıdaki tedarikçilerimizile paylaşılabilmektedir:

- Muhasebe ve e-fatura hizmeti aldığımız Paraşüt,
- Ödeme hizmeti sağlayıcımız iyzico,
- Kargo gönderimleri için MNG Kargo ve Yurtiçi Kargo,
- Rezervasyon ve müşteri yönetimi için kullandığımız yazılım sağlayıcısı,
- Hukuki danışmanlarımız ve bağımsız denetçilerimiz.

## Kişisel Veri Toplamanın Yöntemi ve Hukuki Sebebi

Kişisel verileriniz internet sitemiz, WhatsApp hattımız, çağrı merkezimiz ve iş merkezlerimizdeki resepsiyon aracılığıyla toplanmaktadır. Verileriniz, KVKK'nın 5. maddesinde belirtilen sözleşmenin kurulması ve ifası, hukuki yükümlülüğün yerine getirilmesi ve meşru menfaat hukuki sebeplerine dayanılarak işlenir. Pazarlama amaçlı ticari elektronik iletiler yalnızca açık rızanız ile gönderilir.

## Saklama Süresi

Sözleşme ve fatura kayıtlarınız, Türk Ticaret Kanunu ve Vergi Usul Kanunu uyarınca 10 yıl süreyle saklanır. Kamera kayıtları 15 gün, ziyaretçi giriş kayıtları 1 yıl süreyle saklanır.

## Haklarınız

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse bilgi talep etme, işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme, aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini, silinmesini veya yok edilmesini isteme ve kanuna aykırı işleme nedeniyle zarara uğramanız halinde zararın giderilmesini talep etme haklarına sahipsiniz.

Başvurularınızı yukarıdaki adrese yazılı olarak veya [kvkk@ofisnokta.com.tr](mailto:kvkk@ofisnokta.com.tr) adresine e-posta ile iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.
"""

EDITS = [
    {"note": "courier renamed in the suppliers list: MNG Kargo -> DHL eCommerce",
     "repl": [("- Kargo gönderimleri için MNG Kargo ve Yurtiçi Kargo,",
               "- Kargo gönderimleri için DHL eCommerce ve Yurtiçi Kargo,")]},
    {"note": "typo fixed (tedarikçilerimizile), date unchanged", "bump": False,
     "repl": [("aşağıdaki tedarikçilerimizile paylaşılabilmektedir:",
               "aşağıdaki tedarikçilerimizle paylaşılabilmektedir:")]},
    {"note": "table row added: call-centre voice recordings",
     "repl": [("| Fiziksel Mekân Güvenliği | Ziyaretçi giriş kayıtları, kamera kayıtları |",
               "| Fiziksel Mekân Güvenliği | Ziyaretçi giriş kayıtları, kamera kayıtları |\n"
               "| Görsel ve İşitsel Kayıtlar | Çağrı merkezi ses kayıtları |")]},
    {"note": "CCTV retention changed from 15 to 30 days",
     "repl": [("Kamera kayıtları 15 gün,", "Kamera kayıtları 30 gün,")]},
    {"note": "head office moved within Maslak (address block)",
     "repl": [("@ Büyükdere Cad. No: 255 Nurol Plaza Kat: 14\n@ 34485 Maslak, Sarıyer / İstanbul",
               "@ Eski Büyükdere Cad. No: 9 İz Plaza Giz Kat: 11\n@ 34398 Maslak, Sarıyer / İstanbul")]},
    {"note": "section added: cookies",
     "repl": [("## Haklarınız",
               "## Çerezler\n\nİnternet sitemizde zorunlu çerezlerin yanı sıra, açık rızanız olması halinde analiz ve "
               "pazarlama çerezleri kullanılmaktadır. Çerez tercihlerinizi sayfanın altındaki Çerez Ayarları "
               "bağlantısından dilediğiniz zaman değiştirebilirsiniz.\n\n## Haklarınız")]},
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


# monthly virtual-office price (TL + KDV) by month from
PRICES = [((2023, 1), 750), ((2023, 7), 990), ((2024, 1), 1450), ((2024, 7), 1890)]
CAMPAIGNS = ["12 ay peşin ödemede 2 ay hediye!", "Yıllık ödemede %15 indirim fırsatı",
             "İlk ay 4 saat toplantı odası ücretsiz", "Şirket kuruluşunda mali müşavirlik desteği hediye"]
AGENTS = [("Elif", "905321478520"), ("Burak", "905321478521"), ("Zeynep", "905321478522"), ("Mert", "905321478523")]
COMPONENTS = ["layout", "header", "page", "cta", "footer", "whatsapp"]


def _price(when):
    return [p for k, p in PRICES if k <= (when.year, when.month)][-1]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "tr")
    deploy = prev is None or rng.random() < 0.25

    def chunks():
        return tuple(C.hexs(rng, 7) for _ in range(5))

    def scoped():
        old = p.get("scoped") or tuple(C.hexs(rng, 8) for _ in COMPONENTS)
        return tuple(C.hexs(rng, 8) if rng.random() < 0.4 else h for h in old)

    hour = loc.hour + loc.minute / 60.0
    today = int(max(0.0, hour - 8) * 1.6) + K.hint(2, 9, "ofisnokta-today", loc.date().isoformat()) \
        if loc.weekday() < 6 else K.hint(1, 4, "ofisnokta-today", loc.date().isoformat())
    return {
        "deploy": (chunks(), scoped()) if deploy else p["deploy"],
        "agent": rng.choice(AGENTS),
        "today": today,
        "cta": (_price(loc), K.hpick(CAMPAIGNS, "ofisnokta-camp", loc.year, loc.month)),
        "reqid": C.uuid4(rng),
    }


LABELS = {
    "deploy": "deploy: /_nuxt/ chunk hashes and scoped-style data-v-… hashes (also on the selected article)",
    "agent": "floating WhatsApp agent, picked per visit (also in __NUXT__)",
    "today": "header social proof: companies that chose the address today",
    "cta": "price/campaign call-to-action at the end of the selected article (inflation, monthly campaign)",
    "reqid": "x-request-id echoed in the __NUXT__ payload",
}


def _body(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<div class="table-wrap"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body)
    return K.render_blocks(blocks, table=table, sep="",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    (c_app, c_vendor, c_runtime, c_page, c_css), scoped = state["deploy"]
    v = dict(zip(COMPONENTS, scoped))
    agent, phone = state["agent"]
    price, campaign = state["cta"]
    price_s = "{:,}".format(price).replace(",", ".")
    title = blocks[0][1]
    nav = "".join('<li class="main-nav__item" data-v-%s><a href="/%s" class="main-nav__link" data-v-%s>%s</a></li>'
                  % (v["header"], u, v["header"], t) for t, u in
                  [("Sanal Ofis", "sanal-ofis"), ("Hazır Ofis", "hazir-ofis"), ("Paylaşımlı Ofis", "paylasimli-ofis"),
                   ("Toplantı Odası", "toplanti-odasi"), ("Lokasyonlar", "lokasyonlar"), ("İletişim", "iletisim")])
    docs = "".join('<li data-v-%s><a href="/%s" class="%s" data-v-%s>%s</a></li>'
                   % (v["page"], u, "nuxt-link-exact-active nuxt-link-active" if u == "kvkk-aydinlatma-metni" else "",
                      v["page"], t) for t, u in
                   [("KVKK Aydınlatma Metni", "kvkk-aydinlatma-metni"), ("Açık Rıza Metni", "acik-riza-metni"),
                    ("Çerez Politikası", "cerez-politikasi"), ("Mesafeli Hizmet Sözleşmesi", "mesafeli-hizmet-sozlesmesi")])
    nuxt = ('window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{page:{slug:"kvkk-aydinlatma-'
            'metni",title:"KVKK Aydınlatma Metni",template:"legal",seo:{title:"KVKK Aydınlatma Metni | OfisNokta",'
            'description:c}}}],fetch:{},error:a,state:{ui:{menuOpen:b,whatsapp:{name:"%s",phone:"%s"}},stats:'
            '{todayCount:%d},pricing:{virtualOffice:{monthly:%d,currency:"TRY",vat:d}},campaign:{text:"%s"},'
            'meta:{requestId:"%s"}},serverRendered:true,routePath:"\\u002Fkvkk-aydinlatma-metni",config:{_app:'
            '{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:a},apiBase:e}}}(null,false,"OfisNokta KVKK '
            'aydınlatma metni",true,"https:\\u002F\\u002Fapi.ofisnokta.com.tr"));'
            % (agent, phone, state["today"], price, campaign, state["reqid"]))
    return """<!doctype html>
<html lang="tr" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22tr%%22%%7D%%7D">
  <head>
    <title>KVKK Aydınlatma Metni | OfisNokta Sanal Ofis &amp; Hazır Ofis</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="OfisNokta KVKK aydınlatma metni"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="KVKK Aydınlatma Metni | OfisNokta"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://www.ofisnokta.com.tr/kvkk-aydinlatma-metni"><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')};["GTM-K7X2M9P"].forEach(function(i){window._gtm_inject(i)})</script><link rel="preload" href="/_nuxt/%(runtime)s.js" as="script"><link rel="preload" href="/_nuxt/%(page)s.js" as="script"><link rel="preload" href="/_nuxt/css/%(css)s.css" as="style"><link rel="preload" href="/_nuxt/%(vendor)s.js" as="script"><link rel="preload" href="/_nuxt/%(app)s.js" as="script"><link rel="stylesheet" href="/_nuxt/css/%(css)s.css">
  </head>
  <body>
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7X2M9P&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout" data-v-%(v_layout)s><header class="site-header" data-v-%(v_header)s data-v-%(v_layout)s><div class="site-header__top" data-v-%(v_header)s><span class="social-proof" data-v-%(v_header)s><i class="icon-flame" data-v-%(v_header)s></i> Bugün <b data-v-%(v_header)s>%(today)d</b> firma OfisNokta adresini tercih etti</span> <a href="tel:+908502550255" class="site-header__phone" data-v-%(v_header)s>0850 255 02 55</a></div> <div class="container site-header__main" data-v-%(v_header)s><a href="/" class="site-header__logo nuxt-link-active" data-v-%(v_header)s><img src="/img/ofisnokta-logo.svg" alt="OfisNokta" width="168" height="40" data-v-%(v_header)s></a> <nav class="main-nav" data-v-%(v_header)s><ul class="main-nav__list" data-v-%(v_header)s>%(nav)s</ul></nav> <a href="/teklif-al" class="btn btn--primary" data-v-%(v_header)s>Hemen Teklif Al</a></div></header> <main class="site-main" data-v-%(v_layout)s><section class="legal-page" data-v-%(v_page)s data-v-%(v_layout)s><div class="container legal-page__grid" data-v-%(v_page)s><aside class="legal-sidebar" data-v-%(v_page)s><h3 data-v-%(v_page)s>Yasal Metinler</h3> <ul data-v-%(v_page)s>%(docs)s</ul></aside> <article class="legal-content" data-v-%(v_page)s><h1 class="legal-content__title" data-v-%(v_page)s>%(title)s</h1> <div class="legal-content__body" data-v-%(v_page)s>%(body)s</div> <div class="legal-cta" data-v-%(v_cta)s data-v-%(v_page)s><div class="legal-cta__text" data-v-%(v_cta)s><strong data-v-%(v_cta)s>Sanal ofis aylık %(price)s TL + KDV'den başlayan fiyatlarla!</strong> <span data-v-%(v_cta)s>%(campaign)s</span></div> <a href="/teklif-al?kaynak=kvkk" class="btn btn--secondary" data-v-%(v_cta)s>Fiyat Teklifi Al</a></div></article></div></section></main> <footer class="site-footer" data-v-%(v_footer)s data-v-%(v_layout)s><div class="container" data-v-%(v_footer)s><p data-v-%(v_footer)s>OfisNokta İş Merkezleri A.Ş. · Maslak · Ataşehir · Çankaya · Konak</p> <p data-v-%(v_footer)s><a href="/kvkk-aydinlatma-metni" aria-current="page" class="nuxt-link-exact-active nuxt-link-active" data-v-%(v_footer)s>KVKK</a> · <a href="/cerez-politikasi" data-v-%(v_footer)s>Çerez Ayarları</a></p> <p class="copyright" data-v-%(v_footer)s>© %(year)d OfisNokta. Tüm hakları saklıdır.</p></div></footer> <a href="https://wa.me/%(phone)s?text=Merhaba%%2C%%20sanal%%20ofis%%20hakk%%C4%%B1nda%%20bilgi%%20almak%%20istiyorum." target="_blank" rel="noopener" class="whatsapp-float" data-v-%(v_wa)s data-v-%(v_layout)s><img src="/img/whatsapp-agent-%(agent_l)s.jpg" alt="%(agent)s" width="48" height="48" data-v-%(v_wa)s> <span class="whatsapp-float__bubble" data-v-%(v_wa)s>Merhaba, ben %(agent)s 👋 Sanal ofis hakkında size nasıl yardımcı olabilirim?</span></a></div></div></div><script>%(nuxt)s</script><script src="/_nuxt/%(runtime)s.js" defer></script><script src="/_nuxt/%(page)s.js" defer></script><script src="/_nuxt/%(vendor)s.js" defer></script><script src="/_nuxt/%(app)s.js" defer></script>
  </body>
</html>
""" % {"runtime": c_runtime, "page": c_page, "css": c_css, "vendor": c_vendor, "app": c_app,
       "v_layout": v["layout"], "v_header": v["header"], "v_page": v["page"], "v_cta": v["cta"],
       "v_footer": v["footer"], "v_wa": v["whatsapp"], "today": state["today"], "nav": nav, "docs": docs,
       "title": C.inline_html(title), "body": _body(blocks[1:]), "price": price_s, "campaign": K.esc(campaign),
       "year": when.year, "phone": phone, "agent": agent, "agent_l": agent.lower(), "nuxt": nuxt}


PAGE = {
    "service": "OfisNokta",
    "url": "https://www.ofisnokta.com.tr/kvkk-aydinlatma-metni",
    "lang": "tr",
    "platform": "Nuxt 2 SSR (Vue 2) + headless CMS, Node behind nginx",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "Nuxt")],
    "n": 28,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2024, 10, 31),
    "hours": (5, 8, 11, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.ofisnokta.com.tr/kvkk-aydinlatma-metni",
        "select": ".legal-content",
        "remove": ".legal-cta",
    },
}
