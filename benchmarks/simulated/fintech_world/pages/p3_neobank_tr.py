"""VadiBank (Istanbul digital bank) - tr - Gatsby 4/5 static build + Contentful rich text. Emotion `css-xxxxxx` class
hashes on every element change per deploy; inside the tracked <article>: a Contentful "updatedAt" stamp (republished
without text changes) and a live TRY exchange-rate card; TMSF deposit-insurance limit in the footer (updated yearly)."""
import datetime as dt
import json
import common as C

URL = "https://www.vadibank.com.tr/kvkk/aydinlatma-metni"
AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Yürürlük tarihi: {UPDATED}

VadiBank A.Ş. ("Banka") olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") uyarınca veri sorumlusu sıfatıyla, müşterilerimizin ve mobil uygulamamızı kullananların kişisel verilerini aşağıda açıklanan kapsamda işlemekteyiz.

## 1. Veri sorumlusu

VadiBank A.Ş., Maslak Mahallesi, Büyükdere Caddesi No: 255, 34485 Sarıyer/İstanbul adresinde mukim, İstanbul Ticaret Sicili'ne 987654 sicil numarasıyla kayıtlı, Bankacılık Düzenleme ve Denetleme Kurumu (BDDK) tarafından faaliyet izni verilmiş bir dijital bankadır.

## 2. İşlenen kişisel verileriniz

- Kimlik verileri: ad, soyad, T.C. kimlik numarası, doğum tarihi, kimlik kartı örneği;
- İletişim verileri: cep telefonu numarası, e-posta adresi, ikamet adresi;
- Müşteri işlem verileri: hesap hareketleri, para transferleri, kart harcamaları, kredi başvuruları;
- Finansal veriler: gelir bilgisi, meslek, Kredi Kayıt Bürosu (KKB) kayıtları;
- İşlem güvenliği verileri: IP adresi, cihaz kimliği, oturum kayıtları, şifre ve doğrulama kodu kayıtları.

## 3. İşleme amaçları ve hukuki sebepler

Kişisel verileriniz; hesap açılışı ve müşteri kabulü, bankacılık hizmetlerinin sunulması, kredi değerlendirmesi, dolandırıcılığın önlenmesi ve 5549 sayılı Kanun kapsamındaki yükümlülüklerin yerine getirilmesi amaçlarıyla işlenmektedir.

Bu işlemeler KVKK'nın 5. maddesinin 2. fıkrasında yer alan "bir sözleşmenin kurulması veya ifası", "veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi" ve "meşru menfaat" hukuki sebeplerine dayanmaktadır. Pazarlama amaçlı iletiler ise yalnızca açık rızanız bulunması hâlinde gönderilir.

## 4. Kişisel verilerin aktarılması

Kişisel verileriniz; BDDK, Türkiye Cumhuriyet Merkez Bankası, Mali Suçları Araştırma Kurulu (MASAK), Kredi Kayıt Bürosu, Bankalararası Kart Merkezi ve yetkili kamu kurumlarına kanuni yükümlülükler kapsamında aktarılabilir.

Hizmet aldığımız bilgi teknolojileri, çağrı merkezi ve kart basım tedarikçilerine, hizmetin gerektirdiği ölçüde aktarım yapılabilir. Yurt dışına aktarım yalnızca açık rızanız bulunması hâlinde yapılır.

## 5. Saklama süreleri

| Veri kategorisi | Saklama süresi |
| Hesap ve işlem kayıtları | İlişkinin sona ermesinden itibaren 10 yıl |
| Kimlik doğrulama kayıtları | İlişkinin sona ermesinden itibaren 8 yıl |
| Pazarlama izin kayıtları | İznin geri alınmasından itibaren 3 yıl |

## 6. Haklarınız

KVKK'nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse bilgi talep etme, eksik veya yanlış işlenmişse düzeltilmesini isteme, silinmesini veya yok edilmesini isteme ve zarara uğramanız hâlinde tazminat talep etme haklarına sahipsiniz.

## 7. Başvuru

Başvurularınızı Banka'nın yukarıdaki adresine yazılı olarak, [vadibank@hs01.kep.tr](mailto:vadibank@hs01.kep.tr) KEP adresine veya mobil uygulamadaki "Bize Yazın" menüsünden iletebilirsiniz. Başvurular en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.
"""

EDITS = [
    {"note": "data categories: new bullet for video-call remote onboarding recordings and biometric data",
     "repl": [("- Finansal veriler:", "- Görsel ve işitsel kayıtlar: uzaktan müşteri edinimi sırasında yapılan görüntülü görüşme kayıtları ve biyometrik yüz verileri;\n- Finansal veriler:")]},
    {"note": "legal-basis sentence reworded (marketing: 'ticari elektronik ileti' + IYS), date not bumped", "bump": False,
     "repl": [("Pazarlama amaçlı iletiler ise yalnızca açık rızanız bulunması hâlinde gönderilir.",
               "Ticari elektronik iletiler ise yalnızca İleti Yönetim Sistemi (İYS) üzerinden onay vermeniz hâlinde gönderilir.")]},
    {"note": "cross-border transfer sentence rewritten after the 2024 KVKK amendment (standard contracts)",
     "repl": [("Yurt dışına aktarım yalnızca açık rızanız bulunması hâlinde yapılır.",
               "Bulut hizmeti sağlayıcılarımıza yapılan yurt dışı aktarımlar, KVKK'nın 9. maddesi uyarınca Kişisel Verileri Koruma Kurumu'na bildirilen standart sözleşmeler kapsamında gerçekleştirilir.")]},
    {"note": "retention table: new row for call-centre voice recordings",
     "repl": [("| Pazarlama izin kayıtları |", "| Çağrı merkezi ses kayıtları | Kayıt tarihinden itibaren 3 yıl |\n| Pazarlama izin kayıtları |")]},
    {"note": "contact: KEP address changed and e-mail address for applications added",
     "repl": [("[vadibank@hs01.kep.tr](mailto:vadibank@hs01.kep.tr) KEP adresine",
               "[vadibankas@hs03.kep.tr](mailto:vadibankas@hs03.kep.tr) KEP adresine, [kvkk@vadibank.com.tr](mailto:kvkk@vadibank.com.tr) e-posta adresine")]},
]

TMSF = [(2021, "150.000"), (2022, "200.000"), (2023, "400.000"), (2024, "650.000"), (2025, "950.000"), (2026, "950.000")]
CAMPAIGNS = [("Hoş geldin! İlk hesabına 500 TL", "/kampanyalar/hos-geldin"), ("Vadeli hesapta %45'e varan faiz", "/kampanyalar/vadeli"),
             ("Kartınla market alışverişine %10 iade", "/kampanyalar/market"), ("Arkadaşını getir, 250 TL kazan", "/kampanyalar/davet")]


def usd_try(when):
    # rough path of the lira: ~7.4 in early 2021 to ~45 in 2026
    t = (when - dt.datetime(2021, 1, 1)).days / 365.25
    return 7.4 * (1.42 ** t) if t < 2 else 14.9 * (1.36 ** (t - 2))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.35, lambda: (C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 20),
                                                                     tuple(C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))))
    u = usd_try(when) * rng.uniform(0.985, 1.015)
    s["fx"] = tuple("%.4f" % v for v in (u, u * rng.uniform(1.06, 1.12), u * rng.uniform(1.22, 1.30), u * 31.1 * rng.uniform(58, 66) / 31.1 * 1.0))
    s["fx_time"] = "%02d:%02d" % ((when.hour + 3) % 24, rng.randint(0, 59))
    s["updated_at"] = C.keep_or(rng, prev.get("updated_at"), 0.15,
                                lambda: (when - dt.timedelta(hours=rng.randint(5, 900))).strftime("%d.%m.%Y %H:%M"))
    s["tmsf"] = [v for y, v in TMSF if y == when.year][0]
    s["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.5, lambda: rng.randrange(len(CAMPAIGNS)))
    s["qr"] = C.keep_or(rng, prev.get("qr"), 0.1, lambda: (C.alnum(rng, 22), C.hexs(rng, 32)))
    return s


LABELS = {
    "deploy": "Gatsby webpack/app chunk hashes, compilation hash and emotion css-* class hashes (per deploy)",
    "fx": "live exchange-rate card (USD/EUR/GBP/gram gold) inside the policy <article>",
    "fx_time": "exchange-rate card timestamp",
    "updated_at": "Contentful sys.updatedAt stamp inside <article> (republish without text change)",
    "tmsf": "TMSF deposit-insurance limit in footer (yearly)",
    "campaign": "rotating campaign banner",
    "qr": "app-download QR image asset (Contentful asset id/hash)",
}


def render(s, blocks, when):
    wr, app, fw, cls = s["deploy"]
    c = lambda n: "css-" + cls[n]
    def block(b):
        kind, v = b
        if kind == "h2":
            return '<h2 class="%s">%s</h2>' % (c(1), C.inline_html(v))
        if kind == "p":
            return '<p class="%s">%s</p>' % (c(2), C.inline_html(v, link=lambda u, t: '<a class="%s" href="%s">%s</a>' % (c(3), u, t)))
        if kind == "ul":
            return '<ul class="%s">%s</ul>' % (c(4), "".join('<li class="%s"><p class="%s">%s</p></li>' % (c(5), c(2), C.inline_html(x)) for x in v))
        if kind == "table":
            rows = "".join('<tr class="%s">%s</tr>' % (c(6), "".join('<%s class="%s"><p class="%s">%s</p></%s>' % ("th" if n == 0 else "td", c(7), c(2), C.inline_html(x), "th" if n == 0 else "td") for x in r)) for n, r in enumerate(v))
            return '<div class="%s"><table><tbody>%s</tbody></table></div>' % (c(0), rows)
        return C.block_html(b)
    h1 = blocks[0][1]
    rich = "".join(block(b) for b in blocks[1:])
    usd, eur, gbp, gold = s["fx"]
    fx = ('<aside data-testid="fx-rates-card" class="%s"><h3 class="%s">Piyasalar</h3><dl>'
          '<dt>USD/TRY</dt><dd>%s</dd><dt>EUR/TRY</dt><dd>%s</dd><dt>GBP/TRY</dt><dd>%s</dd><dt>Gram Altın</dt><dd>%s</dd></dl>'
          '<p class="%s">Son güncelleme %s · Veriler bilgi amaçlıdır.</p></aside>'
          % (c(0), c(1), usd.replace(".", ","), eur.replace(".", ","), gbp.replace(".", ","), ("%.2f" % (float(gold))).replace(".", ","), c(2), s["fx_time"]))
    camp = CAMPAIGNS[s["campaign"]]
    qa, qh = s["qr"]
    chunkmap = json.dumps({"app": ["/app-%s.js" % app], "component---src-templates-legal-page-tsx": ["/component---src-templates-legal-page-tsx-%s.js" % fw[:20]]})
    return ('<!DOCTYPE html><html lang="tr"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
            '<meta name="generator" content="Gatsby %s"/><style data-emotion="css %s">.css-%s{max-width:760px;margin:0 auto;}.css-%s{font-size:1.375rem;margin:2rem 0 1rem;}</style>'
            '<title data-gatsby-head="true">KVKK Aydınlatma Metni | VadiBank</title>'
            '<link rel="canonical" href="%s" data-gatsby-head="true"/>'
            '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/framework-%s.js"/>'
            '<link as="script" rel="preload" href="/app-%s.js"/>'
            '<link as="fetch" rel="preload" href="/page-data/kvkk/aydinlatma-metni/page-data.json" crossOrigin="anonymous"/>'
            '<link as="fetch" rel="preload" href="/page-data/app-data.json" crossOrigin="anonymous"/></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            '<div class="%s" role="banner"><a href="%s" class="%s">%s</a></div>'
            '<header class="%s"><a href="/" aria-label="VadiBank ana sayfa"><svg width="118" height="28" aria-hidden="true"><use href="#vadi-logo"></use></svg></a>'
            '<nav class="%s"><a href="/bireysel">Bireysel</a><a href="/kartlar">Kartlar</a><a href="/krediler">Krediler</a><a href="/yatirim">Yatırım</a></nav>'
            '<a class="%s" href="https://app.vadibank.com.tr/basvuru">Hemen Müşteri Ol</a></header>'
            '<main class="%s"><nav aria-label="breadcrumb" class="%s"><a href="/">Ana Sayfa</a> / <a href="/kvkk">KVKK</a> / <span>Aydınlatma Metni</span></nav>'
            '<article data-testid="legal-article" class="%s"><h1 class="%s">%s</h1>'
            '<p data-testid="legal-updated-at" class="%s">Sayfa son güncellenme: %s</p>'
            '<div data-testid="rich-text" class="%s">%s</div>%s</article>'
            '<section class="%s"><h2 class="%s">Diğer KVKK metinleri</h2><ul><li><a href="/kvkk/cerez-politikasi">Çerez Politikası</a></li>'
            '<li><a href="/kvkk/acik-riza-metni">Açık Rıza Metni</a></li><li><a href="/kvkk/basvuru-formu">Veri Sahibi Başvuru Formu</a></li></ul></section></main>'
            '<footer class="%s"><div class="%s"><p>VadiBank\'ı indir</p><img src="//images.ctfassets.net/q7v3x9kz2m1a/%s/%s/vadibank-qr.png?w=160&amp;h=160&amp;fm=webp" alt="QR kod"/>'
            '<a href="https://apps.apple.com/tr/app/vadibank/id1598765432">App Store</a><a href="https://play.google.com/store/apps/details?id=com.vadibank.mobile">Google Play</a>'
            '<a href="https://appgallery.huawei.com/app/C107654321">AppGallery</a></div>'
            '<p class="%s">VadiBank A.Ş., BDDK\'nın faaliyet izni ile çalışan bir dijital bankadır. Tasarruf mevduatınız ve katılım fonunuz kişi başı %s TL\'ye kadar TMSF güvencesindedir.</p>'
            '<p class="%s">© %d VadiBank A.Ş. Tüm hakları saklıdır. · 0850 222 82 34</p></footer>'
            '<div id="cookie-consent" class="%s" role="dialog" aria-label="Çerez tercihleri"><p>Size daha iyi hizmet verebilmek için çerezler kullanıyoruz. <a href="/kvkk/cerez-politikasi">Çerez Politikası</a></p>'
            '<button>Tümünü Kabul Et</button><button>Tercihleri Yönet</button></div>'
            '</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script>window.pagePath="/kvkk/aydinlatma-metni/";window.___webpackCompilationHash="%s";</script>'
            '<script id="gatsby-chunk-mapping">window.___chunkMapping="%s";</script>'
            '<script src="/webpack-runtime-%s.js" async></script><script src="/framework-%s.js" async></script><script src="/app-%s.js" async></script>'
            '</body></html>'
            % ("4.4.0" if when.year < 2023 else "5.12.4", " ".join(cls), cls[0], cls[1], URL, wr, fw, app,
               c(6), camp[1], c(3), camp[0], c(0), c(4), c(5), c(0), c(4), c(0), c(1), h1, c(2), s["updated_at"], c(0), rich, fx,
               c(0), c(1), c(0), c(4), qa, qh, c(2), s["tmsf"], c(2), when.year, c(7), wr[:20],
               chunkmap.replace('"', '\\"'), wr, fw, app))


PAGE = {
    "service": "VadiBank", "url": URL, "lang": "tr", "platform": "Gatsby + Contentful (emotion)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Netlify"), ("Age", "0")),
    "n": 29, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 7, 31), "hours": (3, 9, 15, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"legal-article\"]"],
                    "remove": ["[data-testid=\"legal-updated-at\"]", "[data-testid=\"fx-rates-card\"]"]},
}
