"""Faturix (İstanbul) - tr-TR - a Hugo site; the policy is a Markdown file rendered by Goldmark.

Ordinary: goldmark auto heading ids (Turkish lower-casing, "İ" -> "i̇"), typographer quotes, a
{{< toc >}} nav#TableOfContents inside the article, a page-meta line with reading time and the git commit that
last touched the file (enableGitInfo: moves on commits that only reflow the Markdown or edit front matter). Noise:
every deploy (the marketing site deploys on each blog post or changelog entry): the footer's release/commit line,
the fingerprinted CSS and JS bundles with integrity hashes, the Hugo generator version, the latest blog posts in
the footer, the header's "Yeni" badge.
"""
import datetime as dt
import html
import re

import common as C

URL = "https://faturix.com.tr/gizlilik/"
AY = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AY[d.month - 1], d.year)


POLICY = """
# Gizlilik Politikası ve KVKK Aydınlatma Metni

Son güncelleme: {UPDATED}

Faturix Yazılım A.Ş. (“Faturix” veya “Şirket”) olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) kapsamında veri sorumlusu sıfatıyla, müşterilerimizin, kullanıcılarımızın ve web sitemizi ziyaret edenlerin kişisel verilerini hangi amaçlarla ve hangi hukuki sebeplere dayanarak işlediğimizi bu metinle açıklıyoruz.

## 1. Veri Sorumlusu

@ Faturix Yazılım A.Ş.
@ Mersis No: 0385 1127 4490 0012
@ Adres: Büyükdere Cad. No: 255 Nurol Plaza B Blok Kat: 7, 34398 Maslak, Sarıyer/İstanbul
@ KEP: faturix@hs01.kep.tr
@ E-posta: [kvkk@faturix.com.tr](mailto:kvkk@faturix.com.tr)

## 2. İşlenen Kişisel Veriler

Hizmetlerimizi kullanmanız sırasında aşağıdaki kişisel veri kategorilerini işleyebiliriz:

- **Kimlik:** ad, soyad, T.C. kimlik numarası (şahıs şirketleri için vergi kimlik numarası yerine);
- **İletişim:** e-posta adresi, telefon numarası, fatura ve iş adresi;
- **Müşteri işlem:** düzenlediğiniz ve size gönderilen e-Fatura ve e-Arşiv faturalarının içerikleri, cari hesap bilgileri;
- **Finans:** abonelik ödemelerine ilişkin banka ve ödeme bilgileri;
- **İşlem güvenliği:** IP adresi, oturum kayıtları, giriş-çıkış bilgileri ve sistem logları.

## 3. Kişisel Verilerin İşlenme Amaçları

Kişisel verilerinizi; üyelik ve abonelik süreçlerinin yürütülmesi, e-Fatura ve e-Arşiv belgelerinin düzenlenmesi, iletilmesi ve saklanması, Gelir İdaresi Başkanlığı (“GİB”) ile entegrasyonun sağlanması, müşteri destek taleplerinin karşılanması, bilgi güvenliğinin sağlanması ve yasal yükümlülüklerimizin yerine getirilmesi amaçlarıyla işlemekteyiz.

## 4. Kişisel Verilerin Toplanma Yöntemi

Kişisel verileriniz; web sitemizdeki üyelik ve iletişim formları, Faturix web ve mobil uygulamaları, entegrasyon sağladığınız muhasebe ve e-ticaret yazılımları (API), müşteri destek kanallarımız, e-posta ve telefon aracılığıyla, otomatik veya kısmen otomatik yollarla toplanmaktadır. Faturalarınızın alıcılarına ilişkin veriler, düzenlediğiniz belgelerin içeriği olarak tarafınızca sisteme girilmektedir.

## 5. Hukuki Sebepler

Kişisel verileriniz KVKK’nın 5. maddesinin 2. fıkrasında yer alan; bir sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması (c bendi), veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması (ç bendi) ve ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla meşru menfaatimiz için zorunlu olması (f bendi) hukuki sebeplerine dayanılarak işlenir. Hukuki yükümlülüklerimiz başta 213 sayılı Vergi Usul Kanunu ve ilgili GİB tebliğlerinden kaynaklanmaktadır.

Kampanya ve bilgilendirme e-postaları yalnızca açık rızanız ve 6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun kapsamında onayınız alınarak gönderilir.

## 6. Kişisel Verilerin Aktarılması

Kişisel verileriniz; e-belgelerin iletilmesi amacıyla GİB’e ve faturanın alıcısına, yasal talepler hâlinde yetkili kamu kurum ve kuruluşlarına, ödeme işlemleri için iyzico Ödeme Hizmetleri A.Ş.’ye ve altyapı hizmeti aldığımız iş ortaklarımıza aktarılabilir.

Fatura verileriniz Türkiye’deki veri merkezlerinde saklanır. E-posta gönderimi ve müşteri destek yazılımı gibi bazı hizmet sağlayıcılarımız yurt dışında bulunduğundan, bu hizmetler kapsamındaki iletişim verileriniz KVKK’nın 9. maddesi uyarınca açık rızanıza dayanılarak yurt dışına aktarılır.

## 7. Saklama Süreleri

E-Fatura ve e-Arşiv belgeleri, Vergi Usul Kanunu’nun 253. maddesi ve Türk Ticaret Kanunu’nun 82. maddesi uyarınca 10 yıl süreyle saklanır. Sistem logları 5651 sayılı Kanun kapsamında 2 yıl saklanır. Süresi dolan veriler silinir, yok edilir veya anonim hâle getirilir.

## 8. İlgili Kişinin Hakları

KVKK’nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini ve silinmesini isteme, münhasıran otomatik sistemlerle analiz edilmesi sonucu aleyhinize bir sonucun ortaya çıkmasına itiraz etme ve kanuna aykırı işleme sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme haklarına sahipsiniz.

## 9. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ’e uygun olarak yazılı şekilde yukarıdaki adresimize, KEP adresimize veya sistemimizde kayıtlı e-posta adresinizden [kvkk@faturix.com.tr](mailto:kvkk@faturix.com.tr) adresine iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.

## 10. Veri Güvenliği

Kişisel verilerinizin hukuka aykırı olarak işlenmesini ve erişilmesini önlemek amacıyla Kişisel Verileri Koruma Kurulu’nun yayımladığı Kişisel Veri Güvenliği Rehberi’ne uygun teknik ve idari tedbirler alıyoruz. Bu kapsamda verileriniz şifreli bağlantılar üzerinden iletilir, yetki matrisi ile erişim sınırlandırılır, erişimler loglanır ve çalışanlarımıza düzenli olarak KVKK eğitimi verilir. Şirketimiz ISO/IEC 27001 sertifikasına sahiptir.

## 11. VERBİS Kaydı

Şirketimiz, Veri Sorumluları Sicil Bilgi Sistemi’ne (VERBİS) kayıtlıdır. Kayıtlı bilgilerimize Kişisel Verileri Koruma Kurumu’nun internet sitesi üzerinden ulaşabilirsiniz.

## 12. Çerezler

Web sitemizde oturum yönetimi için zorunlu çerezler ve ziyaretçi istatistikleri için Google Analytics çerezleri kullanılır. Analitik çerezler yalnızca çerez panelinden onay vermeniz hâlinde etkinleşir.

## 13. Ticari Elektronik İletiler

Kampanya, yeni özellik ve mevzuat bilgilendirmesi içeren ticari elektronik iletiler için verdiğiniz onaylar, 6563 sayılı Kanun ve Ticari İletişim ve Ticari Elektronik İletiler Hakkında Yönetmelik uyarınca İleti Yönetim Sistemi’ne (İYS) kaydedilir. Onayınızı İYS üzerinden, uygulama içindeki bildirim ayarlarından veya iletilerdeki ret bağlantısını kullanarak dilediğiniz zaman ücretsiz olarak geri alabilirsiniz. e-Fatura ve hesap güvenliğine ilişkin bilgilendirmeler ticari ileti niteliğinde olmadığından onay aranmaksızın gönderilir.
"""

EDITS = [
    {"note": "e-İrsaliye module: driver identity and vehicle plate data added to processed data",
     "repl": [("- **Finans:**", "- **e-İrsaliye:** sevk irsaliyelerinde yer alan şoför adı, soyadı, T.C. kimlik numarası ve araç plakası;\n- **Finans:**")]},
    {"note": "payment provider changed from iyzico to PayTR",
     "repl": [("ödeme işlemleri için iyzico Ödeme Hizmetleri A.Ş.’ye", "ödeme işlemleri için PayTR Ödeme ve Elektronik Para Kuruluşu A.Ş.’ye")]},
    {"note": "KVKK contact moved to a new address (kvkk@ -> veri@), silent, date not bumped", "bump": False,
     "repl": [("@ E-posta: [kvkk@faturix.com.tr](mailto:kvkk@faturix.com.tr)", "@ E-posta: [veri@faturix.com.tr](mailto:veri@faturix.com.tr)"),
              ("adresinizden [kvkk@faturix.com.tr](mailto:kvkk@faturix.com.tr) adresine", "adresinizden [veri@faturix.com.tr](mailto:veri@faturix.com.tr) adresine")]},
    {"note": "cross-border transfers rewritten for the 2024 amendment of KVKK art. 9 (standard contracts notified to the Authority)",
     "repl": [("bu hizmetler kapsamındaki iletişim verileriniz KVKK’nın 9. maddesi uyarınca açık rızanıza dayanılarak yurt dışına aktarılır.",
               "bu hizmetler kapsamındaki iletişim verileriniz, 7499 sayılı Kanun ile değişik KVKK’nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurulu tarafından ilan edilen standart sözleşmeler imzalanarak ve bu sözleşmeler imza tarihinden itibaren beş iş günü içinde Kuruma bildirilerek yurt dışına aktarılır.")]},
    {"note": "cookies: Google Analytics replaced by cookieless Plausible Analytics",
     "repl": [("ziyaretçi istatistikleri için Google Analytics çerezleri kullanılır. Analitik çerezler yalnızca çerez panelinden onay vermeniz hâlinde etkinleşir.",
               "ziyaretçi istatistikleri için çerez kullanmayan Plausible Analytics kullanılır. Plausible, IP adresinizi saklamaz ve sizi siteler arasında takip etmez.")]},
]

inl = C.inline_html


def anchor(t):
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return t.replace(" ", "-")


def content(blocks):
    out = []
    for k, v in blocks:
        if k == "h2":
            out.append('<h2 id="%s">%s</h2>' % (anchor(v), inl(v)))
        elif k == "p":
            out.append("<p>%s</p>" % inl(v))
        elif k == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % inl(i) for i in v))
        elif k == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(inl(l) for l in v))
        else:
            raise ValueError(k)
    return "\n".join(out)


POSTS = [("e-Arşiv faturada yeni dönem: 5.000 TL sınırı", "/blog/e-arsiv-sinir"),
         ("e-İrsaliye zorunluluğu kimleri kapsıyor?", "/blog/e-irsaliye-zorunlulugu"),
         ("Faturix API v2 yayında", "/blog/api-v2"),
         ("GİB portalından Faturix’e geçiş rehberi", "/blog/gib-portal-gecis"),
         ("e-Defter beratlarını zamanında yükleyin", "/blog/e-defter-berat"),
         ("Serbest meslek makbuzu (e-SMM) nasıl düzenlenir?", "/blog/e-smm"),
         ("Toplu fatura içe aktarma özelliği", "/blog/toplu-ice-aktarma"),
         ("Mobil uygulamada yeni tasarım", "/blog/mobil-yeni-tasarim")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = (C.hexs(rng, 7), "%d.%d.%d" % (3 + (when.year - 2021) // 2, when.month % 6, rng.randint(0, 9)))
    s["css"] = C.keep_or(rng, prev.get("css"), 0.5, lambda: C.hexs(rng, 64))
    s["js"] = C.keep_or(rng, prev.get("js"), 0.3, lambda: C.hexs(rng, 64))
    s["hugo"] = ("0.82.1" if when < dt.datetime(2022, 3, 1) else "0.101.0" if when < dt.datetime(2023, 5, 1)
                 else "0.121.2" if when < dt.datetime(2024, 9, 1) else "0.139.4" if when < dt.datetime(2025, 9, 1) else "0.148.2")
    s["git"] = C.keep_or(rng, prev.get("git"), 0.25, lambda: (C.hexs(rng, 40), (when - dt.timedelta(days=rng.randint(1, 40))).date()))
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.6, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["analytics"] = "ga" if when < dt.datetime(2025, 8, 1) else "plausible"
    s["badge"] = C.keep_or(rng, prev.get("badge"), 0.3, lambda: rng.choice(["e-İrsaliye", "API v2", "Mobil uygulama", "e-SMM", ""]))
    return s


LABELS = {
    "deploy": "footer release version and deploy commit",
    "css": "fingerprinted CSS bundle (integrity hash)",
    "js": "fingerprinted JS bundle",
    "hugo": "Hugo generator version",
    "git": "page-meta git info (commit, date) of the Markdown file",
    "posts": "footer latest blog posts",
    "badge": "header 'Yeni' badge",
    "analytics": "analytics script in <head> (gtag.js -> Plausible)",
}


def render(s, blocks, when):
    title = blocks[0][1]
    body = blocks[1:]
    words = sum(len(re.findall(r"\w+", v if isinstance(v, str) else " ".join(v))) for k, v in body)
    heads = [v for k, v in body if k == "h2"]
    toc = '<nav id="TableOfContents">\n  <ul>\n%s\n  </ul>\n</nav>' % "\n".join(
        '    <li><a href="#%s">%s</a></li>' % (anchor(h), inl(h)) for h in heads)
    commit, cdate = s["git"]
    ver, rel = s["deploy"][1], s["deploy"][0]
    posts = "".join('<li><a href="%s">%s</a></li>' % (POSTS[k][1], POSTS[k][0]) for k in s["posts"])
    badge = '<span class="badge badge-new">Yeni: %s</span>' % s["badge"] if s["badge"] else ""
    return ('<!doctype html>\n<html lang="tr">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<meta name="generator" content="Hugo %s">\n<title>%s | Faturix</title>\n'
            '<meta name="description" content="Faturix gizlilik politikası ve KVKK aydınlatma metni.">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="/css/main.min.%s.css" integrity="sha256-%s" crossorigin="anonymous">\n'
            '%s\n'
            '</head>\n<body class="page-gizlilik">\n'
            '<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/images/faturix-logo.svg" alt="Faturix" width="132" height="32"></a>'
            '<nav class="main-nav"><a href="/e-fatura/">e-Fatura</a><a href="/e-arsiv/">e-Arşiv</a><a href="/e-irsaliye/">e-İrsaliye</a>'
            '<a href="/fiyatlar/">Fiyatlar</a><a href="/blog/">Blog</a>%s</nav><a class="btn btn-primary" href="https://app.faturix.com.tr/kayit">Ücretsiz deneyin</a></div></header>\n'
            '<main class="container container-narrow">\n<article class="page">\n'
            '<header class="page-header"><h1>%s</h1>\n<p class="page-meta"><span>Okuma süresi: %d dk</span> · '
            '<span>Son değişiklik: <a href="https://github.com/faturix/faturix.com.tr/commit/%s">%s</a> · %s</span></p></header>\n'
            '<aside class="toc">%s</aside>\n<div class="content">\n%s\n</div>\n'
            '<footer class="page-footer"><a class="edit-link" href="https://github.com/faturix/faturix.com.tr/edit/main/content/gizlilik.md">Bu sayfayı düzenle</a></footer>\n'
            '</article>\n</main>\n'
            '<footer class="site-footer"><div class="container"><div class="cols"><div><h4>Blogdan</h4><ul>%s</ul></div>'
            '<div><h4>Kurumsal</h4><ul><li><a href="/hakkimizda/">Hakkımızda</a></li><li><a href="/gizlilik/">Gizlilik</a></li>'
            '<li><a href="/kullanim-kosullari/">Kullanım Koşulları</a></li><li><a href="/cerez-politikasi/">Çerez Politikası</a></li></ul></div></div>'
            '<p class="copy">© %d Faturix Yazılım A.Ş. · GİB onaylı e-Belge yazılımı · <span class="build">v%s · %s</span></p></div></footer>\n'
            '<script src="/js/bundle.min.%s.js" integrity="sha256-%s"></script>\n</body>\n</html>\n'
            % (s["hugo"], title, URL, s["css"][:64], s["css"][:43] + "=",
               '<script defer data-domain="faturix.com.tr" src="https://plausible.io/js/script.js"></script>' if s["analytics"] == "plausible" else
               '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XH1Z"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("consent","default",{"analytics_storage":"denied"});gtag("js",new Date());gtag("config","G-7QK2M4XH1Z");</script>',
               badge, inl(title), max(1, round(words / 200)),
               commit, commit[:7], fmt_date(cdate), toc, content(body), posts, when.year, ver, rel, s["js"], s["js"][:43] + "="))


PAGE = {
    "service": "Faturix", "url": URL, "lang": "tr-TR", "platform": "Hugo (Goldmark) static site on Netlify",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public,max-age=0,must-revalidate")),
    "n": 30, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 6, 1),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.page"],
                    "remove": [".page-meta", "#TableOfContents", ".page-footer"]},
}
