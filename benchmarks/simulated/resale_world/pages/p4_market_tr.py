"""Elden Ele - tr second-hand marketplace (app + web) - Nuxt 3 SSR (Vue scoped styles, __NUXT_DATA__ payload),
KVKK Aydınlatma Metni rendered from a headless CMS into a .legal-content block."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://www.eldenele.com.tr/yardim/kvkk-aydinlatma-metni"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Kişisel Verilerin Korunması Aydınlatma Metni

Son güncelleme: {UPDATED}

Elden Ele Teknoloji A.Ş. olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamında veri sorumlusu sıfatıyla, ikinci el alım satım platformumuzu kullanan üyelerimizin kişisel verilerini aşağıda açıklanan şekilde işlemekteyiz.

## Veri Sorumlusu

@ Elden Ele Teknoloji A.Ş.
@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza B Blok Kat: 9
@ 34485 Sarıyer / İstanbul
@ Mersis No: 0331088512300015

## İşlenen Kişisel Veriler

| Veri Kategorisi | Örnekler |
| Kimlik | Ad, soyad, doğum tarihi |
| İletişim | Cep telefonu numarası, e-posta adresi, teslimat adresi |
| İşlem Güvenliği | IP adresi, cihaz kimliği, giriş kayıtları |
| Müşteri İşlem | İlanlar, teklifler, mesajlaşma içerikleri, satın alma geçmişi |
| Finans | IBAN bilgisi, ödeme kayıtları |
| Görsel | İlan fotoğraflarında yer alan görüntüler |

## Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz; üyelik kaydınızın oluşturulması, ilanlarınızın yayınlanması, alıcı ve satıcı arasındaki mesajlaşmanın sağlanması, güvenli ödeme ve kargo süreçlerinin yürütülmesi, dolandırıcılık girişimlerinin tespit edilmesi, müşteri hizmetleri taleplerinizin yanıtlanması ve yasal yükümlülüklerimizin yerine getirilmesi amaçlarıyla işlenmektedir.

Açık rızanız bulunması halinde, size özel kampanya ve ilan önerileri sunmak amacıyla da verilerinizi işleyebiliriz.

## Kişisel Verilerin Aktarılması

Kişisel verileriniz; ödeme hizmetlerini yürüten iyzico Ödeme Hizmetleri A.Ş.'ye, kargo teslimatını gerçekleştiren Yurtiçi Kargo ve Aras Kargo'ya, bulut altyapı hizmeti aldığımız Amazon Web Services'e, kanunen yetkili kamu kurum ve kuruluşlarına ve iş ortaklarımıza KVKK'nın 8. ve 9. maddelerinde belirtilen şartlara uygun olarak aktarılabilmektedir.

Yurt dışında bulunan sunuculara yapılan aktarımlar, açık rızanıza dayanılarak gerçekleştirilmektedir.

## Toplama Yöntemi ve Hukuki Sebepler

Kişisel verileriniz; mobil uygulamamız ve web sitemiz üzerinden elektronik ortamda, KVKK'nın 5. maddesinde yer alan sözleşmenin kurulması ve ifası, hukuki yükümlülüğün yerine getirilmesi, meşru menfaat ve açık rıza hukuki sebeplerine dayanılarak toplanmaktadır.

## Saklama Süresi

Üyelik verileriniz üyeliğiniz süresince ve üyeliğinizin sona ermesinden itibaren 10 yıl boyunca saklanır. Mesajlaşma içerikleri 2 yıl süreyle saklanır.

## İlgili Kişinin Hakları

KVKK'nın 11. maddesi uyarınca kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını öğrenme, eksik veya yanlış işlenmişse düzeltilmesini isteme, silinmesini veya yok edilmesini isteme ve zararın giderilmesini talep etme haklarına sahipsiniz.

## Başvuru

Taleplerinizi kimliğinizi tespit edici belgelerle birlikte [kvkk@eldenele.com.tr](mailto:kvkk@eldenele.com.tr) adresine veya eldenele@hs01.kep.tr KEP adresimize iletebilirsiniz. Başvurularınız en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.

## Çerezler

Web sitemizde zorunlu çerezlerin yanı sıra, açık rızanız olması halinde analitik ve pazarlama çerezleri kullanılmaktadır. Çerezlere ilişkin ayrıntılı bilgiye Çerez Politikamızdan ulaşabilir, tercihlerinizi sayfanın altındaki çerez ayarları bağlantısından dilediğiniz zaman değiştirebilirsiniz.

## Güvenli Alışveriş ve Dolandırıcılık Önleme

Platformumuzda alıcı ve satıcıların güvenliğini sağlamak amacıyla ilan ve mesaj içerikleri otomatik sistemlerle taranmakta, şüpheli bulunan ilanlar yayından kaldırılmakta ve gerekli hallerde hesaplar askıya alınmaktadır. Bu kapsamda yapılan değerlendirmelerde son karar her zaman müşteri hizmetleri ekibimiz tarafından verilmektedir.

## Aydınlatma Metnindeki Değişiklikler

Bu aydınlatma metni, mevzuattaki ve hizmetlerimizdeki değişikliklere bağlı olarak güncellenebilir. Güncel metin her zaman bu sayfada yayınlanır.
"""

EDITS = [
    {"note": "transfers abroad: explicit consent replaced by standard contracts notified to the KVK Board (2024 "
             "amendment of KVKK art. 9)",
     "repl": [("Yurt dışında bulunan sunuculara yapılan aktarımlar, açık rızanıza dayanılarak gerçekleştirilmektedir.",
               "Yurt dışında bulunan sunuculara yapılan aktarımlar, KVKK'nın 9. maddesi uyarınca Kişisel Verileri "
               "Koruma Kurulu'na bildirilen standart sözleşmelere dayanılarak gerçekleştirilmektedir.")]},
    {"note": "carrier added (HepsiJET) to the transfer recipients",
     "repl": [("Yurtiçi Kargo ve Aras Kargo'ya", "Yurtiçi Kargo, Aras Kargo ve HepsiJET'e")]},
    {"note": "data table: new row for location data (nearby listings)",
     "repl": [("| Görsel | İlan fotoğraflarında yer alan görüntüler |",
               "| Görsel | İlan fotoğraflarında yer alan görüntüler |\n"
               "| Konum | Yakınınızdaki ilanları göstermek için yaklaşık konum bilgisi |")]},
    {"note": "message retention 2 -> 3 years",
     "repl": [("Mesajlaşma içerikleri 2 yıl süreyle saklanır.", "Mesajlaşma içerikleri, uyuşmazlıkların çözümü "
               "amacıyla 3 yıl süreyle saklanır.")]},
    {"note": "KEP address changed, no new date", "bump": False,
     "repl": [("eldenele@hs01.kep.tr", "eldeneleteknoloji@hs03.kep.tr")]},
]

LISTINGS = [("iPhone 12 64 GB, kutulu", 14500, "Kadıköy"), ("Ikea Kivik üçlü koltuk", 6200, "Çankaya"),
            ("Bebek arabası Chicco", 3750, "Bornova"), ("Bisiklet Bianchi 28 jant", 9800, "Nilüfer"),
            ("PlayStation 4 Slim + 2 kol", 7900, "Beşiktaş"), ("Arçelik bulaşık makinesi", 8400, "Muratpaşa"),
            ("Zara kaban, 38 beden", 950, "Üsküdar"), ("Canon EOS 2000D", 11250, "Karşıyaka")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.uuid4(rng), C.hexs(rng, 16), rng.randint(1, 99))}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.3, lambda: (C.uuid4(rng), C.alnum(rng, 8), C.hexs(rng, 8)))
    s["count"] = 18000 + (when.year - 2022) * 6500 + rng.randint(0, 4000)
    s["vitrin"] = C.keep_or(rng, prev.get("vitrin"), 0.9,
                            lambda: tuple((k, int(LISTINGS[k][1] * rng.uniform(0.8, 1.1)) // 50 * 50)
                                          for k in rng.sample(range(len(LISTINGS)), 4)))
    s["appbanner"] = rng.choice(["A", "B"]) if when < dt.datetime(2024, 9, 1) else "B"
    return s


LABELS = {"req": "per-request ids in __NUXT_DATA__ (request id, session hash, shard)",
          "build": "Nuxt buildId, /_nuxt/ chunk names and data-v scoped ids", "count": "header 'bugün yeni ilan' count",
          "vitrin": "'Vitrin ilanları' listing cards under the text", "appbanner": "app install banner A/B variant"}


def render(s, blocks, when):
    bid, chunk, dv = s["build"]
    reqid, sess, shard = s["req"]
    v = ' data-v-%s' % dv
    body = C.render_blocks(blocks[1:], tags={k: v for k in ("h2", "p", "ul", "table", "addr")}, sep="")
    cards = "".join('<a class="listing-card"%s href="/ilan/%d"><img src="https://img.eldenele.com.tr/l/%d.webp" '
                    'alt=""><span class="listing-card__title">%s</span><span class="listing-card__price">%s TL</span>'
                    '<span class="listing-card__loc">%s</span></a>' % (v, 7200000 + k * 3317, k, C.esc(LISTINGS[k][0]),
                                                                        C.group_digits(p, "."), LISTINGS[k][2])
                    for k, p in s["vitrin"])
    banner = ("Uygulamayı indir, ilan vermek ücretsiz!" if s["appbanner"] == "A"
              else "Elden Ele uygulamasıyla 2 dakikada ilan ver")
    data = json.dumps([{"data": 1, "state": 2, "serverRendered": 3, "config": 4},
                       {"cms-kvkk": 5}, {"$srequestId": reqid, "$ssession": sess, "$sshard": shard}, True,
                       {"public": {"buildId": bid, "apiBase": "https://api.eldenele.com.tr"}},
                       {"slug": "kvkk-aydinlatma-metni", "updatedAt": "%sT08:12:44.000Z" % when.year}],
                      ensure_ascii=False, separators=(",", ":"))
    return ('<!DOCTYPE html>\n<html lang="tr" data-capo=""><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>KVKK Aydınlatma Metni - Elden Ele</title>\n'
            '<link rel="stylesheet" href="/_nuxt/entry.%s.css">\n'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n</head>\n'
            '<body><div id="__nuxt"><div class="app-layout"%s>\n'
            '<div class="app-banner app-banner--%s"%s><span>%s</span><a href="https://app.eldenele.com.tr/indir">Aç</a>'
            '</div>\n<header class="site-header"%s><a class="site-header__logo" href="/">Elden Ele</a>'
            '<form class="search-box" action="/ara"><input type="search" name="q" placeholder="Ne arıyorsun?"></form>'
            '<span class="site-header__stat">Bugün %s yeni ilan</span><a class="btn btn--primary" href="/ilan-ver">'
            'İlan Ver</a></header>\n<main class="help-page"%s><aside class="help-nav"%s><ul><li><a href="/yardim">'
            'Yardım Merkezi</a></li><li><a href="/yardim/kullanim-kosullari">Kullanım Koşulları</a></li>'
            '<li class="active"><a href="/yardim/kvkk-aydinlatma-metni">KVKK Aydınlatma Metni</a></li><li>'
            '<a href="/yardim/cerez-politikasi">Çerez Politikası</a></li></ul></aside>\n'
            '<article class="help-article"%s><h1 class="help-article__title"%s>%s</h1>\n'
            '<div class="legal-content"%s>%s</div></article>\n'
            '<section class="vitrin"%s><h2>Vitrin ilanları</h2><div class="vitrin__grid">%s</div></section></main>\n'
            '<footer class="site-footer"%s><p>© %d Elden Ele Teknoloji A.Ş.</p></footer></div></div>\n'
            '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>\n'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{buildId:"%s"},app:{baseURL:"/",'
            'buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>\n'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script></body></html>\n'
            % (chunk, chunk, v, s["appbanner"], v, banner, v, C.group_digits(s["count"], "."), v, v, v, v,
               C.esc(blocks[0][1]), v, body, v, cards, v, when.year, data, bid, chunk))


PAGE = {
    "service": "Elden Ele", "url": URL, "lang": "tr-TR", "platform": "Nuxt 3",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 4, 30), "hours": (0, 6, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".help-article"]},
}
