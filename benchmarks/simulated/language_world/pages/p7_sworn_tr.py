"""Defne Tercüme (sworn and notarised translation office, Kadıköy/İstanbul; Turkish), a Webflow site. The KVKK notice
is a Rich Text element (.legal-rich-text.w-richtext) under the page's h1; its tables are custom-code embeds (div.w-embed)
inside the rich text since Webflow's rich text has no tables. The site is static: each capture differs because the
office republishes it for every blog post ('Last Published' comment, the footer's CMS list of latest posts, and,
when styles changed, the hashed CSS/JS names); Webflow moved assets from assets-global.website-files.com to
cdn.prod.website-files.com (mid-2024) and split webflow.js into chunks (autumn 2024). All volatile parts are outside
the selected rich text."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
Güncelleme tarihi: {UPDATED}

Defne Tercüme ve Danışmanlık Hizmetleri Ltd. Şti. ("Defne Tercüme") olarak, yeminli tercüme, noter onaylı tercüme, apostil ve sözlü çeviri hizmetlerimizden yaralanan müşterilerimizin kişisel verilerini 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca veri sorumlusu sıfatıyla işlemekteyiz. Bu aydınlatma metni, kişisel verilerinizin hangi amaçlarla işlendiğini, kimlere aktarıldığını ve haklarınızı açıklamaktadır.

## Veri Sorumlusu

@ Defne Tercüme ve Danışmanlık Hizmetleri Ltd. Şti.
@ Caferağa Mah. Moda Cad. No: 112 D: 4, 34710 Kadıköy / İstanbul
@ Telefon: 0216 348 72 15
@ E-posta: kvkk@defnetercume.com.tr

## İşlenen Kişisel Veriler

Çevirisini talep ettiğiniz belgelerde yer alan veriler, belgenin türüne göre farklılık gösterir. Bu kapsamda aşağıdaki veriler işlenebilir:

- Kimlik verileri: ad, soyad, T.C. kimlik numarası, pasaport numarası, doğum tarihi ve yeri
- İletişim verileri: telefon numarası, e-posta adresi, adres
- Belge içerikleri: diploma ve transkript bilgileri, nüfus kayıt bilgileri, vekâletname ve sözleşme içerikleri
- Özel nitelikli kişisel veriler: sağlık raporları, adli sicil kayıtları ve din bilgisi içeren nüfus kayıtlarındaki veriler
- Müşteri işlem verileri: sipariş, teklif ve fatura bilgileri

Özel nitelikli kişisel verileriniz yalnızca açık rızanız alınarak ve yalnızca çevirisini talep ettiğiniz belge kapsamında işlenir.

## İşleme Amaçları ve Hukuki Sebepler

Kişisel verileriniz; tercüme hizmetinin sunulması, yeminli tercüman onayının yapılması, noter onayı ve apostil işlemlerinin yürütülmesi, faturalandırma ve muhasebe süreçlerinin yürütülmesi ile yasal yükümlülüklerimizin yerine getirilmesi amaçlarıyla, KVKK'nın 5. maddesinde yer alan sözleşmenin kurulması veya ifası, hukuki yükümlülüğün yerine getirilmesi ve bir hakkın tesisi, kullanılması veya korunması hukuki sebeplerine dayanılarak işlenmektedir.

## Kişisel Verilerin Aktarılması

| Alıcı | Aktarım Amacı |
| Noterlikler | Yeminli tercümelerin noter onayı |
| Kaymakamlıklar ve valilikler | Apostil şerhi işlemleri |
| Anlaşmalı serbest yeminli tercümanlar | Çeviri hizmetinin ifası |
| Kargo ve kurye şirketleri | Onaylı tercümelerin teslimi |
| Mali müşavir ve e-fatura hizmet sağlayıcısı | Faturalandırma ve muhasebe |

## Saklama Süresi

Çevirisi tamamlanan belgelerin kopyaları ve çeviri dosyaları, olası düzeltme ve ek onay taleplerine yanıt verebilmek için teslimden itibaren 2 yıl süreyle saklanır ve bu sürenin sonunda silinir. Fatura ve muhasebe kayıtları ilgili mevzuatta öngörülen süreler boyunca saklanır.

## Haklarınız

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini, silinmesini veya yok edilmesini isteme, münhasıran otomatik sistemlerle analiz edilmesi sonucu aleyhinize bir sonuç çıkmasına itiraz etme ve kanuna aykırı işleme sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme haklarına sahipsiniz.

Taleplerinizi yazılı olarak yukarıdaki adresimize veya [kvkk@defnetercume.com.tr](mailto:kvkk@defnetercume.com.tr) adresine iletebilirsiniz. Başvurularınız en geç otuz gün içinde ücretsiz olarak sonuçlandırılır.
"""

EDITS = [
    {"note": "recipient row added: consulates and visa application centres",
     "repl": [("| Kargo ve kurye şirketleri | Onaylı tercümelerin teslimi |",
               "| Kargo ve kurye şirketleri | Onaylı tercümelerin teslimi |\n"
               "| Konsolosluklar ve vize başvuru merkezleri | Talebiniz üzerine vize başvuru dosyalarının iletilmesi |")]},
    {"note": "typo fixed (yaralanan -> yararlanan), date unchanged", "bump": False,
     "repl": [("hizmetlerimizden yaralanan", "hizmetlerimizden yararlanan")]},
    {"note": "special-category data sentence rewritten after the 1 June 2024 KVKK amendment (art. 6)",
     "repl": [("Özel nitelikli kişisel verileriniz yalnızca açık rızanız alınarak ve yalnızca",
               "Özel nitelikli kişisel verileriniz, 1 Haziran 2024 tarihinde yürürlüğe giren değişiklikle yeniden "
               "düzenlenen KVKK'nın 6. maddesinin 3. fıkrasında sayılan hallerde, bu hallerin bulunmadığı "
               "durumlarda ise açık rızanız alınarak ve yalnızca")]},
    {"note": "retention of document copies shortened from 2 years to 1 year",
     "repl": [("teslimden itibaren 2 yıl süreyle", "teslimden itibaren 1 yıl süreyle")]},
    {"note": "office address changed (moved to Rıhtım Caddesi)",
     "repl": [("@ Caferağa Mah. Moda Cad. No: 112 D: 4, 34710 Kadıköy / İstanbul",
               "@ Rasimpaşa Mah. Rıhtım Cad. No: 27 Kat: 3, 34716 Kadıköy / İstanbul")]},
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


SITE = "64f0a3b2c1d9e8f7a6b5c4d3"
PAGE_WF = "65a1f0c2e4b0a1b2c3d4e5f6"
CDN_MOVE = dt.datetime(2024, 7, 8, 9, 0)
CHUNKS_FROM = dt.datetime(2024, 10, 14, 9, 0)

POSTS = [
    (dt.date(2023, 8, 14), "Apostil nedir, nasıl yapılır?", "apostil-nedir"),
    (dt.date(2023, 9, 25), "Noter onaylı tercüme ile yeminli tercüme arasındaki farklar", "noter-onayli-yeminli-tercume-farki"),
    (dt.date(2023, 10, 30), "Yurt dışında üniversite başvurusu için diploma tercümesi", "diploma-tercumesi"),
    (dt.date(2023, 12, 18), "Vize başvurusunda istenen belgelerin tercümesi", "vize-belgeleri-tercumesi"),
    (dt.date(2024, 1, 22), "Almanya denklik başvurusu: hangi belgeler tercüme edilmeli?", "almanya-denklik"),
    (dt.date(2024, 3, 11), "Yeminli tercüman kimdir, nasıl olunur?", "yeminli-tercuman-kimdir"),
    (dt.date(2024, 4, 22), "Evlilik belgesi (Formül B) tercümesi", "formul-b-tercumesi"),
    (dt.date(2024, 6, 10), "Sağlık raporlarının tercümesinde gizlilik", "saglik-raporu-tercumesi"),
    (dt.date(2024, 7, 29), "E-apostil uygulaması hakkında bilmeniz gerekenler", "e-apostil"),
    (dt.date(2024, 9, 16), "Ticaret sicil gazetesi tercümesi", "ticaret-sicil-gazetesi"),
    (dt.date(2024, 11, 4), "Konsolosluk onayı nedir?", "konsolosluk-onayi"),
    (dt.date(2024, 12, 23), "Sözlü çeviri: ardıl ve simultane çeviri farkları", "ardil-simultane"),
    (dt.date(2025, 2, 10), "Vekâletname tercümesinde dikkat edilmesi gerekenler", "vekaletname-tercumesi"),
    (dt.date(2025, 3, 31), "Yabancı dildeki belgelerin Türkiye'de kullanımı", "yabanci-belgeler"),
    (dt.date(2025, 5, 19), "Öğrenci belgesi ve transkript tercümesi", "transkript-tercumesi"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    last = p.get("published")
    lo = when - dt.timedelta(days=6)
    if last is not None and last + dt.timedelta(minutes=30) > lo:
        lo = last + dt.timedelta(minutes=30)
    span = max(60, int((when - dt.timedelta(minutes=20) - lo).total_seconds()))
    published = lo + dt.timedelta(seconds=rng.randint(0, span))
    loc, _ = K.local(when, "tr")
    return {
        "published": published,
        "assets": C.keep_or(rng, p.get("assets"), 0.3, lambda: (C.hexs(rng, 9), C.hexs(rng, 9), C.hexs(rng, 16))),
        "cdn": "cdn.prod.website-files.com" if when >= CDN_MOVE else "assets-global.website-files.com",
        "chunks": when >= CHUNKS_FROM,
        "posts": tuple(x for x in POSTS if x[0] <= loc.date())[-3:][::-1],
    }


LABELS = {
    "published": "'Last Published' comment (site republished)",
    "assets": "hashed CSS/JS file names (style changes at publish)",
    "cdn": "Webflow asset CDN host (moved mid-2024)",
    "chunks": "webflow.js split into schunk files",
    "posts": "footer CMS list of latest blog posts",
}

NAV = [("Hizmetlerimiz", "/hizmetler"), ("Yeminli Tercüme", "/yeminli-tercume"), ("Apostil", "/apostil"),
       ("Sözlü Çeviri", "/sozlu-ceviri"), ("Blog", "/blog"), ("İletişim", "/iletisim")]


def _rich(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="w-embed"><table class="kvkk-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                '</div>' % (head, body))
    return K.render_blocks(blocks, table=table, tags={"ul": ' role="list"'},
                           addr=lambda lines, inl: "<p>%s</p>" % "<br/>".join(inl(x) for x in lines), sep="")


TEMPLATE = """<!DOCTYPE html><!-- Last Published: @@published@@ --><html data-wf-domain="www.defnetercume.com.tr" data-wf-page="@@page_wf@@" data-wf-site="@@site@@" lang="tr"><head><meta charset="utf-8"/><title>KVKK Aydınlatma Metni | Defne Yeminli Tercüme</title><meta content="Defne Tercüme kişisel verilerin korunması aydınlatma metni: yeminli tercüme, noter onaylı tercüme ve apostil hizmetlerinde kişisel verileriniz." name="description"/><meta content="KVKK Aydınlatma Metni | Defne Yeminli Tercüme" property="og:title"/><meta content="KVKK Aydınlatma Metni | Defne Yeminli Tercüme" property="twitter:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://@@cdn@@/@@site@@/css/@@cssname@@" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({  google: {    families: ["Inter:300,regular,500,600,700","Lora:regular,italic,600"]  }});</script><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="https://@@cdn@@/@@site@@/64f0a5e1b7c2d3e4f5a6b7c8_favicon.png" rel="shortcut icon" type="image/x-icon"/><link href="https://@@cdn@@/@@site@@/64f0a5e9c3d4e5f6a7b8c9d0_webclip.png" rel="apple-touch-icon"/><link href="https://www.defnetercume.com.tr/kvkk-aydinlatma-metni" rel="canonical"/><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-9D4FRX2KTW"></script><script type="text/javascript">window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('set', 'developer_id.dZGVlNj', true);gtag('js', new Date());gtag('config', 'G-9D4FRX2KTW');</script><style>
.kvkk-table { width: 100%; border-collapse: collapse; margin: 16px 0 24px; }
.kvkk-table th, .kvkk-table td { border: 1px solid #d9dee7; padding: 10px 12px; text-align: left; vertical-align: top; }
.kvkk-table th { background: #f3f5f9; font-weight: 600; }
</style></head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://@@cdn@@/@@site@@/64f0a61c2d3e4f5a6b7c8d9e_defne-logo.svg" loading="lazy" width="168" alt="Defne Tercüme"/></a><nav role="navigation" class="nav-menu w-nav-menu">@@nav@@<a href="/teklif-al" class="button-nav w-button">Hemen Teklif Al</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-legal"><div class="container-narrow w-container"><h1 class="heading-legal">KVKK Aydınlatma Metni</h1><div class="legal-rich-text w-richtext">@@policy@@</div></div></section><section class="section-cta"><div class="container w-container"><div class="cta-wrapper"><h2 class="heading-cta">Belgenizin çevirisi için hızlı teklif alın</h2><p class="paragraph-cta">Belgenizin fotoğrafını WhatsApp'tan gönderin, 15 dakika içinde fiyat ve teslim süresini bildirelim.</p><a href="https://wa.me/905323487215" target="_blank" class="button-whatsapp w-inline-block"><img src="https://@@cdn@@/@@site@@/64f0a6a8e9f0a1b2c3d4e5f6_whatsapp.svg" loading="lazy" alt=""/><div>WhatsApp ile yazın</div></a></div></div></section><footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><img src="https://@@cdn@@/@@site@@/64f0a6d3f4a5b6c7d8e9f0a1_defne-logo-white.svg" loading="lazy" width="140" alt="Defne Tercüme"/><p class="footer-text">Kadıköy'de 2011'den beri yeminli tercüme, noter onayı ve apostil hizmetleri.</p><p class="footer-text">Hafta içi 09:00–18:30<br/>Cumartesi 10:00–15:00</p></div><div class="footer-col"><div class="footer-title">Son Yazılar</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">@@posts@@</div></div></div><div class="footer-col"><div class="footer-title">Kurumsal</div><a href="/hakkimizda" class="footer-link">Hakkımızda</a><a href="/kvkk-aydinlatma-metni" aria-current="page" class="footer-link w--current">KVKK Aydınlatma Metni</a><a href="/cerez-politikasi" class="footer-link">Çerez Politikası</a><a href="/iletisim" class="footer-link">İletişim</a></div></div><div class="footer-bottom"><div>© @@year@@ Defne Tercüme ve Danışmanlık Hizmetleri Ltd. Şti.</div></div></div></footer><a href="https://wa.me/905323487215" target="_blank" class="whatsapp-float w-inline-block"><img src="https://@@cdn@@/@@site@@/64f0a6a8e9f0a1b2c3d4e5f6_whatsapp.svg" loading="lazy" width="32" alt="WhatsApp"/></a><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=@@site@@" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>@@js@@</body></html>"""


def render(state, blocks, when):
    css_h, js_h, chunk_h = state["assets"]
    cdn = state["cdn"]
    pub = state["published"]
    published = pub.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"
    if state["chunks"]:
        cssname = "defne-tercume.webflow.shared.%s.min.css" % css_h
        js = ('<script src="https://%s/%s/js/webflow.schunk.%s.js" type="text/javascript"></script>'
              '<script src="https://%s/%s/js/webflow.%s.%s.js" type="text/javascript"></script>'
              % (cdn, SITE, chunk_h, cdn, SITE, C.det_sha(js_h)[:16], js_h[:8]))
    else:
        cssname = "defne-tercume.webflow.%s.css" % css_h
        js = '<script src="https://%s/%s/js/webflow.%s.js" type="text/javascript"></script>' % (cdn, SITE, js_h)
    nav = "".join('<a href="%s" class="nav-link w-nav-link">%s</a>' % (u, K.esc(t)) for t, u in NAV)
    posts = "".join('<div role="listitem" class="w-dyn-item"><a href="/blog/%s" class="footer-link">%s</a></div>'
                    % (s, K.esc(t)) for _, t, s in state["posts"])
    return K.fill(TEMPLATE, published=published, page_wf=PAGE_WF, site=SITE, cdn=cdn, cssname=cssname, nav=nav,
                  policy=_rich(blocks), posts=posts, year=when.year, js=js)


PAGE = {
    "service": "Defne Tercume",
    "url": "https://www.defnetercume.com.tr/kvkk-aydinlatma-metni",
    "lang": "tr",
    "platform": "Webflow (static hosting, Rich Text with custom-code table embeds)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Wf-Region", "eu-central-1"), ("Cache-Control", "max-age=0"),
                      ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2023, 10, 2),
    "end": dt.date(2025, 6, 30),
    "hours": (4, 10, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 9, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.defnetercume.com.tr/kvkk-aydinlatma-metni",
        "select": ".legal-rich-text",
    },
}
