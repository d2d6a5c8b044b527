"""Turkish event-ticketing platform on Nuxt 3 (SSR on Node behind Cloudflare) with Contentful as the CMS.

One legal page holds three documents in tabs (v-show panels, all server-rendered): the KVKK Aydınlatma Metni
(tracked: `#panel-kvkk-aydinlatma-metni`), the Çerez Politikası (edited on its own from time to time: noise for
this document) and the Açık Rıza Metni. Inside the tracked panel every element carries Vue scoped-CSS `data-v-`
hashes that change with each build (markup only, no curator removes them); the headings' anchor ids are stable.
Outside: /_nuxt/ chunk hashes and buildId, the `__NUXT_DATA__` devalue payload that repeats the Contentful rich text,
a live "şu anda N kişi bilet arıyor" counter in the header, Cloudflare's per-response `__CF$cv$params`.
"""
import datetime as dt
import html
import json
import random
import re

import common as C

URL = "https://www.sahnebilet.com/yasal/kvkk-aydinlatma-metni"

POLICY = """## Kişisel Verilerin Korunması Hakkında Aydınlatma Metni

Son güncelleme: {UPDATED}

Sahnebilet Bilet Dağıtım ve Organizasyon Hizmetleri A.Ş. (“Sahnebilet” veya “Şirket”) olarak, 6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) uyarınca veri sorumlusu sıfatıyla, konser, tiyatro, spor, festival ve diğer etkinliklere ait biletleri sahnebilet.com internet sitesi, Sahnebilet mobil uygulaması, çağrı merkezi ve yetkili satış noktaları üzerinden satın alan ve bu kanalları ziyaret eden kişilerin kişisel verilerini aşağıda açıklanan kapsamda işlemekteyiz.

### Veri Sorumlusu

@ Sahnebilet Bilet Dağıtım ve Organizasyon Hizmetleri A.Ş.
@ Esentepe Mah. Büyükdere Cad. No: 199, Levent 199 Kat: 14
@ 34394 Şişli / İstanbul
@ Mersis No: 0741052893600017
@ KEP: sahnebilet@hs03.kep.tr

### İşlenen Kişisel Veri Kategorileri

| Veri kategorisi | Örnek veriler |
| Kimlik | ad, soyad, doğum tarihi, T.C. kimlik numarası (yalnızca kimlik kontrolü gerektiren spor müsabakaları ve isme yazılı biletlerde) |
| İletişim | e-posta adresi, cep telefonu numarası, fatura adresi |
| Müşteri işlem | satın alınan biletler, etkinlik ve koltuk bilgileri, iade ve değişim talepleri, çağrı merkezi kayıtları |
| Finans | ödeme yöntemi, kartın ilk altı ve son dört hanesi, ödeme onay kodu, fatura bilgileri |
| İşlem güvenliği | IP adresi, cihaz bilgileri, oturum kayıtları, şifre (şifrelenmiş olarak) |
| Pazarlama | ilgi duyulan etkinlik türleri, kampanya tercihleri, çerez kayıtları |
| Görsel ve işitsel kayıtlar | etkinlik alanı girişlerindeki kamera kayıtları, çağrı merkezi ses kayıtları |

### Kişisel Verilerin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- bilet satış sözleşmesinin kurulması ve ifası, biletlerin e-posta, SMS veya mobil uygulama üzerinden iletilmesi;
- etkinlik girişlerinde bilet doğrulamasının yapılması ve mükerrer kullanımın önlenmesi;
- etkinliğin iptali, ertelenmesi veya mekân değişikliği hâlinde tarafınıza bilgi verilmesi ve iade süreçlerinin yürütülmesi;
- 5510 sayılı Kanun ve 6222 sayılı Sporda Şiddet ve Düzensizliğin Önlenmesine Dair Kanun kapsamındaki yükümlülüklerin yerine getirilmesi;
- fatura düzenlenmesi ve vergi mevzuatından doğan yükümlülüklerin yerine getirilmesi;
- müşteri taleplerinin ve şikâyetlerinin yönetilmesi;
- açık rızanız bulunması hâlinde size özel kampanya, ön satış ve etkinlik duyurularının yapılması;
- bilgi güvenliği süreçlerinin yürütülmesi ve dolandırıcılığın önlenmesi.

### Hukuki Sebepler ve Toplama Yöntemi

Kişisel verileriniz; internet sitesi, mobil uygulama, çağrı merkezi ve satış noktaları aracılığıyla elektronik veya fiziki ortamda toplanmaktadır. Verileriniz KVKK’nın 5. maddesinin 2. fıkrasında yer alan bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması, veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi, bir hakkın tesisi, kullanılması veya korunması ve ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla veri sorumlusunun meşru menfaatleri hukuki sebeplerine dayanılarak işlenmektedir. Pazarlama amaçlı ticari elektronik iletiler ise yalnızca açık rızanız ve İleti Yönetim Sistemi (İYS) kaydınız bulunması hâlinde gönderilir.

### Kişisel Verilerin Aktarılması

Kişisel verileriniz, yukarıda belirtilen amaçlarla sınırlı olarak aşağıdaki alıcılara aktarılabilir:

| Alıcı grubu | Aktarım amacı |
| Etkinlik organizatörleri | etkinlik girişlerinin yönetimi, iptal ve erteleme bildirimleri |
| Ödeme kuruluşları ve bankalar | ödeme ve iade işlemlerinin gerçekleştirilmesi |
| Türkiye Futbol Federasyonu ve Passolig sistemi | spor müsabakaları için kimlik doğrulaması |
| Bilgi teknolojisi hizmet sağlayıcıları | barındırma, e-posta ve SMS gönderimi |
| Yetkili kamu kurum ve kuruluşları | kanuni yükümlülüklerin yerine getirilmesi |

Sunucularımızın ve e-posta hizmet sağlayıcımızın bir kısmı yurt dışında bulunduğundan, kişisel verileriniz KVKK’nın 9. maddesi uyarınca açık rızanıza dayanarak yurt dışına aktarılmaktadır.

### Saklama Süresi

Kişisel verileriniz, ilgili mevzuatta öngörülen veya işleme amacının gerektirdiği süre boyunca saklanır. Bilet satışına ilişkin kayıtlar 10 yıl, çağrı merkezi ses kayıtları 1 yıl, etkinlik alanı kamera kayıtları 30 gün süreyle saklanır. Sürenin sona ermesinin ardından verileriniz silinir, yok edilir veya anonim hâle getirilir.

### Çağrı Merkezi ve Canlı Destek

Çağrı merkezimizi aradığınızda görüşmeleriniz hizmet kalitesinin artırılması ve olası uyuşmazlıklarda delil olarak kullanılması amacıyla kayıt altına alınır; bu durum görüşmenin başında sesli olarak bildirilir. Mobil uygulama ve internet sitesi üzerindeki canlı destek yazışmaları, talebinizin çözümlenmesi ve temsilcilerimizin eğitimi amacıyla 2 yıl süreyle saklanır. Canlı destek hattında kart bilgilerinizi veya şifrenizi hiçbir zaman paylaşmayınız; temsilcilerimiz bu bilgileri talep etmez.

### Yoğun Satışlarda Bot Koruması

Popüler konser ve maçların satışa açıldığı anlarda biletlerin otomatik yazılımlarla toplu olarak satın alınmasını önlemek için sanal kuyruk ve bot tespit sistemleri kullanırız. Bu kapsamda cihaz bilgileriniz, IP adresiniz ve sayfadaki etkileşimleriniz otomatik olarak değerlendirilir. Şüpheli bulunan işlemler geçici olarak durdurulabilir; bu durumda çağrı merkezimize başvurarak işleminizin bir çalışan tarafından incelenmesini talep edebilirsiniz.

### Çocukların Kişisel Verileri

Üyelik için 18 yaşını doldurmuş olmak gerekir. Çocuk etkinlikleri ve aile biletleri yalnızca veli veya vasi tarafından satın alınabilir; isme yazılı biletlerde çocuğun adı ve soyadı yalnızca giriş kontrolü amacıyla işlenir.

### KVKK Kapsamındaki Haklarınız

KVKK’nın 11. maddesi uyarınca Şirketimize başvurarak;

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- işlenmişse buna ilişkin bilgi talep etme,
- işlenme amacını ve amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme,
- eksik veya yanlış işlenmiş olması hâlinde düzeltilmesini isteme,
- KVKK’nın 7. maddesinde öngörülen şartlar çerçevesinde silinmesini veya yok edilmesini isteme,
- düzeltme, silme ve yok etme işlemlerinin verilerin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız hâlinde zararın giderilmesini talep etme

haklarına sahipsiniz.

### Bilet Devri ve İsme Yazılı Biletler

Biletinizi uygulama üzerinden bir arkadaşınıza devrettiğinizde, devralan kişinin adı, soyadı ve e-posta adresi bilet kaydına eklenir ve etkinlik organizatörüyle giriş kontrolü amacıyla paylaşılır. İsme yazılı biletlerde girişte kimlik kontrolü yapılabilir; bu kontrol sırasında kimlik belgenizin fotokopisi alınmaz ve görüntüsü kaydedilmez. Devir işlemine ilişkin kayıtlar, olası uyuşmazlıkların çözümü amacıyla etkinlik tarihinden itibaren 2 yıl süreyle saklanır.

### Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ’e uygun olarak, kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese ıslak imzalı dilekçe ile, KEP adresimize güvenli elektronik imzalı olarak ya da sistemimizde kayıtlı e-posta adresinizden kvkk@sahnebilet.com adresine iletebilirsiniz. Başvurularınız talebin niteliğine göre en geç 30 gün içinde ücretsiz olarak sonuçlandırılır."""

COOKIES = [
    """## Çerez Politikası

Sahnebilet olarak internet sitemizde zorunlu, işlevsel, analitik ve pazarlama çerezleri kullanıyoruz. Zorunlu çerezler sepet ve oturum işlemleri için gereklidir; diğer çerezler yalnızca çerez tercih panelinden vereceğiniz onay ile kullanılır.

| Çerez | Sağlayıcı | Amaç | Süre |
| sb_session | Sahnebilet | oturum yönetimi | oturum |
| sb_basket | Sahnebilet | sepet ve koltuk rezervasyonu | 15 dakika |
| _ga, _ga_* | Google | ziyaret istatistikleri | 2 yıl |
| _fbp | Meta | reklam ölçümü | 3 ay |

Tercihlerinizi sayfanın alt kısmındaki “Çerez Ayarları” bağlantısından dilediğiniz zaman değiştirebilirsiniz.""",
    """## Çerez Politikası

Sahnebilet olarak internet sitemizde zorunlu, işlevsel, analitik ve pazarlama çerezleri kullanıyoruz. Zorunlu çerezler sepet, sanal kuyruk ve oturum işlemleri için gereklidir; diğer çerezler yalnızca çerez tercih panelinden vereceğiniz onay ile kullanılır.

| Çerez | Sağlayıcı | Amaç | Süre |
| sb_session | Sahnebilet | oturum yönetimi | oturum |
| sb_basket | Sahnebilet | sepet ve koltuk rezervasyonu | 15 dakika |
| QueueITAccepted | Queue-it | yoğun satışlarda sanal kuyruk | 1 gün |
| _ga, _ga_* | Google | ziyaret istatistikleri | 2 yıl |
| _fbp | Meta | reklam ölçümü | 3 ay |

Tercihlerinizi sayfanın alt kısmındaki “Çerez Ayarları” bağlantısından dilediğiniz zaman değiştirebilirsiniz.""",
    """## Çerez Politikası

Sahnebilet olarak internet sitemizde zorunlu, işlevsel, analitik ve pazarlama çerezleri kullanıyoruz. Zorunlu çerezler sepet, sanal kuyruk ve oturum işlemleri için gereklidir; diğer çerezler yalnızca çerez tercih panelinden vereceğiniz onay ile kullanılır.

| Çerez | Sağlayıcı | Amaç | Süre |
| sb_session | Sahnebilet | oturum yönetimi | oturum |
| sb_basket | Sahnebilet | sepet ve koltuk rezervasyonu | 15 dakika |
| QueueITAccepted | Queue-it | yoğun satışlarda sanal kuyruk | 1 gün |
| _ga, _ga_* | Google | ziyaret istatistikleri | 13 ay |
| _fbp | Meta | reklam ölçümü | 3 ay |
| _ttp | TikTok | reklam ölçümü | 13 ay |

Tercihlerinizi sayfanın alt kısmındaki “Çerez Ayarları” bağlantısından dilediğiniz zaman değiştirebilirsiniz.""",
]

CONSENT = """## Açık Rıza Metni

Sahnebilet tarafından tarafıma ilgi alanlarıma göre kampanya, ön satış ve etkinlik duyurularının e-posta, SMS ve mobil bildirim yoluyla iletilmesi ve bu amaçla iletişim ile pazarlama verilerimin işlenmesine, Aydınlatma Metni’nde belirtilen kapsamda açık rızam ile onay veriyorum. Onayımı dilediğim zaman hesap ayarlarından veya iletilerdeki bağlantıdan geri alabileceğimi biliyorum."""

EDITS = [
    {"note": "iyzico payment processor row added to the recipients table",
     "repl": [("| Ödeme kuruluşları ve bankalar | ödeme ve iade işlemlerinin gerçekleştirilmesi |",
               "| Ödeme kuruluşları ve bankalar | ödeme ve iade işlemlerinin gerçekleştirilmesi |\n"
               "| iyzico Ödeme Hizmetleri A.Ş. | sanal POS, taksitli ödeme ve iade işlemleri |")]},
    {"note": "typo: ücretsiz olarak sonuçlandırılır -> ücretsiz olarak sonuçlandırılacaktır (date not bumped)",
     "bump": False,
     "repl": [("ücretsiz olarak sonuçlandırılır.", "ücretsiz olarak sonuçlandırılacaktır.")]},
    {"note": "cross-border transfer basis rewritten after the 2024 KVKK art. 9 amendment (standard contracts)",
     "repl": [("kişisel verileriniz KVKK’nın 9. maddesi uyarınca açık rızanıza dayanarak yurt dışına aktarılmaktadır.",
               "kişisel verileriniz KVKK’nın 9. maddesi uyarınca, Kişisel Verileri Koruma Kurulu tarafından ilan edilen "
               "standart sözleşmelerin imzalanması ve Kuruma bildirilmesi suretiyle yurt dışına aktarılmaktadır. "
               "Standart sözleşme bulunmayan hâllerde aktarım, yalnızca arızi nitelikte ve açık rızanıza dayanarak yapılır.")]},
    {"note": "camera retention extended 30 -> 60 days, sentence on RFID wristbands added",
     "repl": [("etkinlik alanı kamera kayıtları 30 gün süreyle saklanır.",
               "etkinlik alanı kamera kayıtları 60 gün süreyle saklanır. Festivallerde kullanılan RFID bilekliklere ait "
               "giriş ve çıkış kayıtları etkinliğin bitiminden itibaren 6 ay sonra anonim hâle getirilir.")]},
    {"note": "KEP address changed",
     "repl": [("@ KEP: sahnebilet@hs03.kep.tr", "@ KEP: sahnebilet.bilet@hs01.kep.tr")]},
]

MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}

    def new_build():
        return {"id": C.uuid4(rng), "entry": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                "css": C.alnum(rng, 8), "chunk": [C.alnum(rng, 8) for _ in range(4)],
                "v": [C.hexs(rng, 8) for _ in range(5)]}

    cookie = p.get("cookies", 0)
    if i > 0 and cookie < len(COOKIES) - 1 and rng.random() < 0.1:
        cookie += 1
    return {
        "build": C.keep_or(rng, p.get("build"), 0.2, new_build),
        "live": (rng.randint(380, 4200), rng.randint(180, 420)),
        "cookies": cookie,
        "cf": (C.hexs(rng, 16), C.epoch(when)),
    }


LABELS = {"build": "Nuxt build (chunk hashes, buildId, data-v scoped ids inside the panel)",
          "live": "live 'kişi bilet arıyor' header counter", "cookies": "Çerez Politikası tab edited (sibling doc)",
          "cf": "Cloudflare __CF$cv$params"}


def slug(t):
    tr = str.maketrans("çğıöşüÇĞİÖŞÜâî", "cgiosuCGIOSUai")
    return re.sub(r"[^a-z0-9]+", "-", t.translate(tr).lower()).strip("-")


# ---- Contentful rich text from the blocks, and its devalue (__NUXT_DATA__) form


def rt_inline(t):
    out, pos = [], 0
    for m in C.INLINE.finditer(t):
        if m.start() > pos:
            out.append({"nodeType": "text", "value": t[pos:m.start()], "marks": [], "data": {}})
        if m.group(1) is not None:
            out.append({"nodeType": "text", "value": m.group(1), "marks": [{"type": "bold"}], "data": {}})
        else:
            out.append({"nodeType": "hyperlink", "data": {"uri": m.group(3)},
                        "content": [{"nodeType": "text", "value": m.group(2), "marks": [], "data": {}}]})
        pos = m.end()
    if pos < len(t):
        out.append({"nodeType": "text", "value": t[pos:], "marks": [], "data": {}})
    return out


def rt_doc(blocks):
    def para(t):
        return {"nodeType": "paragraph", "data": {}, "content": rt_inline(t)}
    nodes = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            nodes.append({"nodeType": "heading-" + kind[1], "data": {}, "content": rt_inline(v)})
        elif kind == "p":
            nodes.append(para(v))
        elif kind == "ul":
            nodes.append({"nodeType": "unordered-list", "data": {},
                          "content": [{"nodeType": "list-item", "data": {}, "content": [para(x)]} for x in v]})
        elif kind == "addr":
            nodes.append({"nodeType": "paragraph", "data": {},
                          "content": [{"nodeType": "text", "value": "\n".join(v), "marks": [], "data": {}}]})
        elif kind == "table":
            rows = []
            for n, r in enumerate(v):
                cell = "table-header-cell" if n == 0 else "table-cell"
                rows.append({"nodeType": "table-row", "data": {},
                             "content": [{"nodeType": cell, "data": {}, "content": [para(x)]} for x in r]})
            nodes.append({"nodeType": "table", "data": {}, "content": rows})
    return {"nodeType": "document", "data": {}, "content": nodes}


def devalue(root):
    out, index = [], {}

    def add(v):
        key = None
        if isinstance(v, (str, int, float, bool)) or v is None:
            key = (type(v).__name__, v)
            if key in index:
                return index[key]
        i = len(out)
        out.append(None)
        if key:
            index[key] = i
        if isinstance(v, dict):
            out[i] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[i] = [add(x) for x in v]
        else:
            out[i] = v
        return i
    out.append(["ShallowReactive", 1])
    add(root)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# ---- HTML of the rich text, as the page's Vue components render it


def rich_html(blocks, dv, anchors=True):
    rt, tbl, hd = dv

    def cell(x, tag):
        return "<%s><p>%s</p></%s>" % (tag, C.inline_html(x), tag)
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            if anchors:
                out.append('<%s id="%s" class="legal-heading" data-v-%s>%s</%s>' % (kind, slug(v), hd, C.inline_html(v), kind))
            else:
                out.append("<%s>%s</%s>" % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join(cell(x, "th") for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join(cell(x, "td") for x in r) for r in v[1:]]
            out.append('<div class="table-scroll" data-v-%s><table class="legal-table" data-v-%s><tbody>%s</tbody>'
                       '</table></div>' % (tbl, tbl, "".join(rows)))
    return '<div class="rich-text" data-v-%s>%s</div>' % (rt, "".join(out))


TABS = [("kvkk-aydinlatma-metni", "KVKK Aydınlatma Metni"), ("cerez-politikasi", "Çerez Politikası"),
        ("acik-riza-metni", "Açık Rıza Metni")]


def render(s, blocks, when):
    b = s["build"]
    v = b["v"]
    dvs = (v[2], v[3], v[4])
    cookie_blocks = C.parse_src(COOKIES[s["cookies"]])
    consent_blocks = C.parse_src(CONSENT)
    panels = []
    for (key, label), bl in zip(TABS, (blocks, cookie_blocks, consent_blocks)):
        active = key == "kvkk-aydinlatma-metni"
        panels.append('<div id="panel-%s" class="legal-tabs__panel" role="tabpanel" aria-labelledby="tab-%s" '
                      'data-v-%s%s>%s</div>' % (key, key, v[1], "" if active else ' style="display:none;"',
                                               rich_html(bl, dvs)))
    tabs = "".join('<button id="tab-%s" class="legal-tabs__tab%s" role="tab" aria-selected="%s" aria-controls="panel-%s" '
                   'data-v-%s>%s</button>' % (k, " legal-tabs__tab--active" if k == TABS[0][0] else "",
                                              "true" if k == TABS[0][0] else "false", k, v[1], html.escape(lbl))
                   for k, lbl in TABS)
    payload = {
        "data": {"legal-page-/yasal/kvkk-aydinlatma-metni": {
            "sys": {"id": "4QmXr7tYkA2bNcE9pLsV1d", "type": "Entry", "locale": "tr-TR"},
            "fields": {"slug": "yasal", "title": "Yasal Bilgiler", "tabs": [
                {"fields": {"slug": k, "label": lbl, "body": rt_doc(bl)}}
                for (k, lbl), bl in zip(TABS, (blocks, cookie_blocks, consent_blocks))]}}},
        "state": {"$scookieConsent": None, "$sliveStats": {"searching": s["live"][0], "onSale": s["live"][1]}},
        "once": [], "_errors": {"legal-page-/yasal/kvkk-aydinlatma-metni": None},
        "serverRendered": True, "path": "/yasal/kvkk-aydinlatma-metni"}
    ray, t = s["cf"]
    import base64
    tok = base64.b64encode(("%d.000000" % t).encode()).decode()
    live_n = "{:,}".format(s["live"][0]).replace(",", ".")
    return """<!DOCTYPE html><html lang="tr" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KVKK Aydınlatma Metni | Sahnebilet</title>
<link rel="preconnect" href="https://images.ctfassets.net">
<link rel="preload" as="font" href="/fonts/inter-var-latin-ext.woff2" type="font/woff2" crossorigin>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="a7d3c1e2-9f4b-4c61-8e05-2b6f7d9a3c18" async></script>
<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css">
<link rel="stylesheet" href="/_nuxt/default.%(c0)s.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(entry)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c1)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c2)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c3)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo-sahnebilet.DkP2x9aQ.svg">
<script type="module" src="/_nuxt/%(entry)s.js" crossorigin></script>
<meta name="description" content="Sahnebilet kişisel verilerin korunması aydınlatma metni, çerez politikası ve açık rıza metni.">
<meta property="og:title" content="KVKK Aydınlatma Metni | Sahnebilet">
<meta property="og:image" content="https://www.sahnebilet.com/og-default.jpg">
<link rel="canonical" href="https://www.sahnebilet.com/yasal/kvkk-aydinlatma-metni">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Sahnebilet","url":"https://www.sahnebilet.com","logo":"https://www.sahnebilet.com/logo.png"}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N8R4VXC');</script></head><body><div id="__nuxt"><div class="layout" data-v-%(v0)s><header class="site-header" data-v-%(v0)s><div class="site-header__top" data-v-%(v0)s><span class="live-stats" data-v-%(v0)s><span class="live-stats__dot" data-v-%(v0)s></span> Şu anda <strong data-v-%(v0)s>%(live)s</strong> kişi bilet arıyor · Bu hafta <strong data-v-%(v0)s>%(onsale)d</strong> etkinlik satışta</span><a href="/yardim" class="site-header__help" data-v-%(v0)s>Yardım</a></div><nav class="site-header__nav" data-v-%(v0)s><a href="/" class="logo" aria-label="Sahnebilet ana sayfa" data-v-%(v0)s><img src="/_nuxt/logo-sahnebilet.DkP2x9aQ.svg" alt="Sahnebilet" width="148" height="32" data-v-%(v0)s></a><ul class="menu" data-v-%(v0)s><li data-v-%(v0)s><a href="/konser" data-v-%(v0)s>Konser</a></li><li data-v-%(v0)s><a href="/tiyatro" data-v-%(v0)s>Tiyatro</a></li><li data-v-%(v0)s><a href="/spor" data-v-%(v0)s>Spor</a></li><li data-v-%(v0)s><a href="/festival" data-v-%(v0)s>Festival</a></li><li data-v-%(v0)s><a href="/stand-up" data-v-%(v0)s>Stand-up</a></li><li data-v-%(v0)s><a href="/cocuk" data-v-%(v0)s>Çocuk</a></li></ul><form class="search" action="/arama" role="search" data-v-%(v0)s><input type="search" name="q" placeholder="Sanatçı, etkinlik veya mekân ara" aria-label="Ara" data-v-%(v0)s></form><a href="/giris" class="btn btn--ghost" data-v-%(v0)s>Giriş Yap</a></nav></header><main class="legal" data-v-%(v1)s><nav class="breadcrumbs" aria-label="breadcrumb" data-v-%(v1)s><a href="/" data-v-%(v1)s>Ana Sayfa</a><span data-v-%(v1)s>/</span><a href="/yasal" data-v-%(v1)s>Yasal Bilgiler</a><span data-v-%(v1)s>/</span><span aria-current="page" data-v-%(v1)s>KVKK Aydınlatma Metni</span></nav><h1 class="legal__title" data-v-%(v1)s>Yasal Bilgiler</h1><div class="legal-tabs" data-v-%(v1)s><div class="legal-tabs__list" role="tablist" data-v-%(v1)s>%(tabs)s</div>%(panels)s</div></main><footer class="site-footer" data-v-%(v0)s><div class="site-footer__cols" data-v-%(v0)s><div data-v-%(v0)s><h4 data-v-%(v0)s>Sahnebilet</h4><a href="/hakkimizda" data-v-%(v0)s>Hakkımızda</a><a href="/kariyer" data-v-%(v0)s>Kariyer</a><a href="/organizatorler" data-v-%(v0)s>Organizatörler için</a></div><div data-v-%(v0)s><h4 data-v-%(v0)s>Yardım</h4><a href="/yardim/iade" data-v-%(v0)s>İade ve değişim</a><a href="/yardim/satis-noktalari" data-v-%(v0)s>Satış noktaları</a><a href="/iletisim" data-v-%(v0)s>İletişim</a></div><div data-v-%(v0)s><h4 data-v-%(v0)s>Yasal</h4><a href="/yasal/kullanim-kosullari" data-v-%(v0)s>Kullanım Koşulları</a><a href="/yasal/kvkk-aydinlatma-metni" aria-current="page" class="router-link-active router-link-exact-active" data-v-%(v0)s>KVKK Aydınlatma Metni</a><button class="ot-sdk-show-settings" data-v-%(v0)s>Çerez Ayarları</button></div></div><p class="site-footer__copy" data-v-%(v0)s>© %(year)d Sahnebilet Bilet Dağıtım ve Organizasyon Hizmetleri A.Ş. ETBİS’e kayıtlıdır.</p></footer></div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%(payload)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{contentfulSpace:"x8k2m4p1q9z0",contentfulEnvironment:"master",apiBase:"https://api.sahnebilet.com/v2",gtm:{id:"GTM-N8R4VXC"}},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script><script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={r:'%(ray)s',t:'%(tok)s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body></html>""" % {
        "css": b["css"], "c0": b["chunk"][0], "entry": b["entry"], "c1": b["chunk"][1], "c2": b["chunk"][2],
        "c3": b["chunk"][3], "v0": v[0], "v1": v[1], "live": live_n, "onsale": s["live"][1], "tabs": tabs,
        "panels": "".join(panels), "year": when.year, "payload": devalue(payload), "bid": b["id"], "ray": ray,
        "tok": tok}


PAGE = {
    "service": "Sahnebilet",
    "url": URL,
    "lang": "tr",
    "platform": "Nuxt 3 SSR + Contentful, behind Cloudflare",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "s-maxage=60, stale-while-revalidate"),
                      ("Vary", "Accept-Encoding"), ("CF-Cache-Status", "DYNAMIC")),
    "n": 32,
    "start": dt.date(2023, 1, 16),
    "end": dt.date(2025, 7, 30),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#panel-kvkk-aydinlatma-metni"},
}
