"""Kovan - tr - Reddit-like link aggregator, SvelteKit (SSR) front end.

SvelteKit server-renders the legal page: every element carries the component's scoped class hash
(`svelte-1xk3q9a`) which changes whenever a component's CSS changes at a deploy, the CMS body is injected with
{@html} between `<!-- HTML_TAG_START -->`/`<!-- HTML_TAG_END -->` markers (Svelte 4) and, after the Svelte 5
migration (Nov 2024), between `<!---->` hydration comments with `<!--[-->`/`<!--]-->` around each block, the
hydration script inlines the page data (anonymous id, A/B bucket, server time), asset names carry build hashes.
Beside the document: trending communities with member counts, an online counter, hot posts with votes,
comment counts, Turkish relative times ("3 saat önce") and outbound links through the /out redirect shim with
a per-visit signature. Inside the <article>: a generated "İçindekiler" table of contents and, for the A/B
bucket "b", a Kovan Premium promo card between the header and the body."""
import datetime as dt
import html
import json
import re
from urllib.parse import quote

import common as C

URL = "https://kovan.com.tr/yasal/gizlilik"
AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# Gizlilik Politikası ve KVKK Aydınlatma Metni

Son güncelleme: {UPDATED}

Kovan, kullanıcıların bağlantı paylaştığı, topluluklar kurduğu ve tartıştığı bir platformdur. Bu metin, 6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) kapsamında veri sorumlusu sıfatıyla hangi kişisel verileri işlediğimizi açıklar.

## 1. Veri sorumlusu

Veri sorumlusu Kovan Bilişim Teknolojileri A.Ş.'dir (Maslak Mah. Büyükdere Cad. No: 255, 34485 Sarıyer/İstanbul).

## 2. İşlenen kişisel veriler

- Hesap bilgileri: kullanıcı adı, e-posta adresi, şifrenin özet değeri ve doğum yılı.
- Paylaşımlar: gönderiler, yorumlar, oylar, kaydedilen gönderiler ve topluluk üyelikleri.
- İşlem güvenliği verileri: IP adresi, port bilgisi, cihaz ve tarayıcı bilgileri, oturum kayıtları.
- Pazarlama verileri: yalnızca açık rızanız varsa, ilgi alanlarınıza göre oluşturulan reklam tercihleri.

## 3. İşleme amaçları ve hukuki sebepler

Hesap ve paylaşım verilerinizi üyelik sözleşmesinin kurulması ve ifası için (KVKK m. 5/2-c) işleriz. Trafik kayıtlarını 5651 sayılı Kanun gereğince saklamak hukuki yükümlülüğümüzdür (m. 5/2-ç). Kişiselleştirilmiş reklamlar yalnızca açık rızanıza dayanır.

## 4. Aktarılan taraflar

| Alıcı | Amaç | Ülke |
| Amazon Web Services EMEA SARL | Barındırma ve yedekleme | Almanya |
| Cloudflare, Inc. | İçerik dağıtımı ve saldırı koruması | ABD |
| İleti Yönetim Sistemi A.Ş. | Ticari elektronik ileti onaylarının kaydı | Türkiye |

Yurt dışına aktarımlar KVKK m. 9 uyarınca standart sözleşmeler ile yapılır.

## 5. Saklama süreleri

Hesabınızı silmeniz hâlinde profiliniz hemen kaldırılır, gönderileriniz "silinmiş kullanıcı" olarak anonimleştirilir. Trafik kayıtları 1 yıl süreyle saklanır ve sürenin sonunda imha edilir.

## 6. Haklarınız

KVKK m. 11 kapsamındaki haklarınızı kullanmak için [başvuru formunu](/yasal/basvuru-formu) doldurabilir veya kvkk@kovan.com.tr adresine yazabilirsiniz. Başvurular en geç 30 gün içinde ücretsiz olarak sonuçlandırılır.
"""

EDITS = [
    {"note": "traffic logs kept 2 years instead of 1 (5651 amendment), sentence reworded",
     "repl": [("Trafik kayıtları 1 yıl süreyle saklanır ve sürenin sonunda imha edilir.",
               "Trafik kayıtları, 5651 sayılı Kanun'da yapılan değişiklik uyarınca 2 yıl süreyle saklanır; bu sürenin sonunda periyodik imha ile silinir.")]},
    {"note": "recipients table: new row Hive (automated content moderation, USA)",
     "repl": [("| İleti Yönetim Sistemi A.Ş. |", "| Hive Moderation (Castle Global, Inc.) | Otomatik içerik moderasyonu | ABD |\n| İleti Yönetim Sistemi A.Ş. |")]},
    {"note": "link target of the application form changed (same words, date left)", "bump": False,
     "repl": [("(/yasal/basvuru-formu)", "(/destek/kvkk-basvurusu)")]},
    {"note": "controller paragraph: VERBİS registration number and KEP address added",
     "repl": [("Sarıyer/İstanbul).", "Sarıyer/İstanbul). Şirketimiz Veri Sorumluları Sicili'ne (VERBİS) 2021-4471 sicil numarasıyla kayıtlıdır. KEP adresimiz kovan@hs01.kep.tr'dir.")]},
    {"note": "new section 'Öneri algoritması' (personalised feed ranking, opt-out)",
     "repl": [("## 4. Aktarılan taraflar", "## 4. Öneri algoritması\n\nAna sayfa akışınız; oylarınız, takip ettiğiniz topluluklar ve okuma süreleriniz kullanılarak sıralanır. Ayarlar > Akış menüsünden kişiselleştirilmemiş, yalnızca zamana göre sıralanan akışı seçebilirsiniz.\n\n## 5. Aktarılan taraflar"),
              ("## 5. Saklama süreleri", "## 6. Saklama süreleri"), ("## 6. Haklarınız", "## 7. Haklarınız")]},
]

COMMUNITIES = [("teknoloji", 182400), ("türkiye", 341200), ("futbol", 220900), ("yazılım", 96300), ("sinema", 88100),
               ("istanbul", 130700), ("ekonomi", 74500), ("oyun", 154800), ("kedi", 66200), ("tarih", 52900)]
POSTS = [("Metrobüs hattına yeni duraklar geliyor", "istanbul", "https://www.aa.com.tr/tr/gundem/metrobus-yeni-duraklar"),
         ("Türk yapımı ilk elektrikli kamyon yollara çıktı", "teknoloji", "https://www.ntv.com.tr/teknoloji/elektrikli-kamyon"),
         ("Merkez Bankası faiz kararını açıkladı", "ekonomi", "https://www.bloomberght.com/merkez-bankasi-faiz-karari"),
         ("Kedim klavyenin üstünde uyumayı seçti", "kedi", "https://i.kovan.com.tr/7hq2k.jpg"),
         ("Rust ile yazdığım ilk CLI aracı: geri bildirim bekliyorum", "yazılım", "https://github.com/ornek/kovan-cli"),
         ("Osmanlı arşivlerinden çıkan 1890 tarihli İstanbul haritası", "tarih", "https://www.dergipark.org.tr/tr/pub/harita"),
         ("Derbi sonrası VAR kayıtları yayımlandı", "futbol", "https://www.trtspor.com.tr/haber/var-kayitlari"),
         ("Yeni çıkan yerli oyun Steam'de zirvede", "oyun", "https://store.steampowered.com/app/000000"),
         ("Nuri Bilge Ceylan'ın yeni filmi Cannes'da", "sinema", "https://www.beyazperde.com/haberler/filmler")]
DEPLOYS = [dt.datetime(2021, 6, 1), dt.datetime(2021, 12, 10), dt.datetime(2022, 7, 4), dt.datetime(2023, 2, 20),
           dt.datetime(2023, 10, 2), dt.datetime(2024, 5, 13), dt.datetime(2024, 11, 18), dt.datetime(2025, 6, 2),
           dt.datetime(2099, 1, 1)]
SVELTE5 = dt.datetime(2024, 11, 18)


def tr_num(n):
    if n >= 1000:
        v = "%.1f" % (n / 1000.0)
        return v.replace(".", ",").replace(",0", "") + " B"
    return str(n)


def ago(minutes):
    if minutes < 60:
        return "%d dakika önce" % minutes
    if minutes < 1440:
        return "%d saat önce" % (minutes // 60)
    return "%d gün önce" % (minutes // 1440)


def slug(t):
    t = t.lower()
    for a, b in (("ı", "i"), ("ğ", "g"), ("ü", "u"), ("ş", "s"), ("ö", "o"), ("ç", "c"), ("i̇", "i"), ("â", "a")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    dep = next(k for k, d in enumerate(DEPLOYS) if when < d)
    build = prev["build"] if prev.get("build", (None,))[0] == dep else (dep, C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8),
                                                                       tuple(C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)))
    s["build"] = build
    s["svelte"] = 5 if when >= SVELTE5 else 4
    s["session"] = (C.uuid4(rng), C.hexs(rng, 6), int(C.epoch(when)) * 1000 + rng.randint(0, 999))
    s["ab"] = rng.choice("ab")
    s["online"] = rng.randint(2100, 9800)
    s["trending"] = tuple((k, COMMUNITIES[k][1] + i * rng.randint(100, 900)) for k in rng.sample(range(len(COMMUNITIES)), 5))
    s["hot"] = tuple((k, rng.randint(40, 4800), rng.randint(2, 600), rng.randint(5, 2800)) for k in rng.sample(range(len(POSTS)), 4))
    s["shim"] = C.hexs(rng, 16)
    return s


LABELS = {
    "build": "deploy: immutable asset hashes, node ids, scoped svelte-xxxx class hashes",
    "svelte": "Svelte 4 -> 5 migration (hydration comments around the {@html} body)",
    "session": "hydration data: anonymous id, sveltekit global suffix, server time",
    "ab": "A/B bucket (promo card inside the article for bucket b)",
    "online": "online member counter",
    "trending": "trending communities with member counts",
    "hot": "hot posts (votes, comments, relative times)",
    "shim": "outbound-link redirect shim signature (per visit)",
}


def body_html(blocks, v5):
    """The CMS body (Markdown rendered by the API) as {@html} inserts it."""
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2 id="%s">%s</h2>' % (slug(v), C.inline_html(v)))
        else:
            out.append(C.block_html((kind, v)))
    inner = "\n".join(out)
    if v5:
        return "<!---->" + inner + "<!---->"
    return "<!-- HTML_TAG_START -->" + inner + "<!-- HTML_TAG_END -->"


def render(s, blocks, when):
    dep, h_start, h_app, h_css, (sa, sb, sc, sd) = s["build"]
    v5 = s["svelte"] == 5
    anon, gsuffix, stime = s["session"]
    o, c = ("<!--[-->", "<!--]-->") if v5 else ("", "")
    title = blocks[0][1]
    meta_p = blocks[1]
    rest = blocks[2:]
    heads = [v for k, v in rest if k == "h2"]
    toc = ('<nav class="legal-toc svelte-%s" aria-label="İçindekiler"><p class="legal-toc__title svelte-%s">İçindekiler</p><ol class="svelte-%s">%s%s%s</ol></nav>'
           % (sb, sb, sb, o, "".join('<li class="svelte-%s"><a href="#%s" class="svelte-%s">%s</a></li>' % (sb, slug(h), sb, html.escape(h)) for h in heads), c))
    promo = ('<aside class="premium-card svelte-%s"><img src="/_app/immutable/assets/kovan-premium.%s.svg" alt="" class="svelte-%s">'
             '<div class="svelte-%s"><strong class="svelte-%s">Kovan Premium</strong><p class="svelte-%s">Reklamsız gezin, özel rozetler kazanın. İlk ay ücretsiz!</p>'
             '<a href="/premium?utm_source=legal&amp;utm_campaign=ab_b" class="btn btn--accent svelte-%s">Hemen dene</a></div></aside>'
             % (sc, h_css[:8], sc, sc, sc, sc, sc)) if s["ab"] == "b" else ("<!---->" if v5 else "")

    def out(u):
        return "/out?u=%s&amp;s=%s" % (quote(u, safe=""), C.det_sha(s["shim"], u)[:20])
    trending = "".join('<li class="svelte-%s"><a href="/k/%s" class="svelte-%s">k/%s</a><span class="members svelte-%s">%s üye</span></li>'
                       % (sd, quote(COMMUNITIES[k][0]), sd, COMMUNITIES[k][0], sd, tr_num(m)) for k, m in s["trending"])
    hot = "".join('<article class="post-card svelte-%s"><div class="votes svelte-%s"><button class="up svelte-%s" aria-label="Yukarı oy">▲</button>'
                  '<span class="score svelte-%s">%s</span><button class="down svelte-%s" aria-label="Aşağı oy">▼</button></div>'
                  '<div class="svelte-%s"><a class="post-card__title svelte-%s" href="%s" rel="nofollow ugc noopener" target="_blank">%s</a>'
                  '<p class="post-card__meta svelte-%s"><a href="/k/%s" class="svelte-%s">k/%s</a> · %s · %d yorum</p></div></article>'
                  % (sd, sd, sd, sd, tr_num(v), sd, sd, sd, out(POSTS[k][2]), html.escape(POSTS[k][0]), sd, quote(POSTS[k][1]), sd,
                     POSTS[k][1], ago(mins), cm) for k, v, cm, mins in s["hot"])
    data = [None, {"type": "data", "data": {"doc": {"slug": "gizlilik", "title": title, "updatedAt": meta_p[1].split(": ", 1)[1]},
                                            "session": {"anonId": anon, "ab": s["ab"], "serverTime": stime}, "online": s["online"]}, "uses": {"params": ["slug"]}}]
    hydr = ("<!--[-->" if v5 else "")
    return """<!doctype html>
<html lang="tr">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.%(hcss)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/LegalDoc.%(hcss2)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(hstart)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(happ2)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(happ)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(hn0)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/%(node)d.%(hn1)s.js"><title>%(title)s · Kovan</title><!-- HEAD_svelte-1v4w9nq_START --><meta name="description" content="Kovan gizlilik politikası ve KVKK aydınlatma metni"><link rel="canonical" href="%(url)s"><!-- HEAD_svelte-1v4w9nq_END -->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">%(hydr)s<div class="app svelte-%(sa)s"><header class="topbar svelte-%(sa)s"><a href="/" class="logo svelte-%(sa)s" aria-label="Kovan ana sayfa"><svg viewBox="0 0 32 32" class="svelte-%(sa)s"><use href="#kovan-logo"></use></svg><span class="svelte-%(sa)s">kovan</span></a>
<form action="/ara" class="search svelte-%(sa)s"><input type="search" name="q" placeholder="Kovan'da ara" class="svelte-%(sa)s"></form>
<nav class="topbar__actions svelte-%(sa)s"><a href="/giris" class="btn btn--ghost svelte-%(sa)s">Giriş yap</a><a href="/kaydol" class="btn btn--primary svelte-%(sa)s">Kaydol</a></nav></header>
<div class="layout svelte-%(sa)s"><main class="layout__main svelte-%(sa)s">%(o)s<article class="legal-doc svelte-%(sb)s"><header class="legal-doc__header svelte-%(sb)s"><h1 class="svelte-%(sb)s">%(title)s</h1>
<p class="legal-doc__meta svelte-%(sb)s">%(meta)s</p></header>
%(promo)s
%(toc)s
<div class="prose svelte-%(sb)s">%(body)s</div></article>%(c)s</main>
<aside class="layout__side svelte-%(sa)s"><section class="side-card svelte-%(sd)s"><h2 class="svelte-%(sd)s">Kovan</h2><p class="online svelte-%(sd)s"><span class="dot svelte-%(sd)s"></span>Şu an çevrimiçi: <strong class="svelte-%(sd)s">%(online)s</strong></p></section>
<section class="side-card svelte-%(sd)s"><h2 class="svelte-%(sd)s">Gündemdeki topluluklar</h2><ol class="svelte-%(sd)s">%(o)s%(trending)s%(c)s</ol></section>
<section class="side-card svelte-%(sd)s"><h2 class="svelte-%(sd)s">Popüler gönderiler</h2>%(o)s%(hot)s%(c)s</section>
<footer class="side-footer svelte-%(sd)s"><a href="/yasal/kullanim-kosullari" class="svelte-%(sd)s">Kullanım Koşulları</a> · <a href="/yasal/gizlilik" class="svelte-%(sd)s">Gizlilik</a> · <a href="/yasal/cerezler" class="svelte-%(sd)s">Çerezler</a> · <span class="svelte-%(sd)s">© %(year)d Kovan Bilişim</span></footer></aside></div></div>%(hydr_end)s

			<script>
				{
					__sveltekit_%(gsuffix)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_API_URL":"https://api.kovan.com.tr","PUBLIC_CDN":"https://i.kovan.com.tr"}
					};

					const element = document.currentScript.parentElement;

					const data = %(data)s;

					Promise.all([
						import("/_app/immutable/entry/start.%(hstart)s.js"),
						import("/_app/immutable/entry/app.%(happ)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, %(node)d],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"hcss": h_css, "hcss2": h_css[::-1], "hstart": h_start, "happ": h_app, "happ2": h_app[::-1], "hn0": h_start[::-1],
       "hn1": C.det_sha(h_app)[:8], "node": 11 + dep % 3, "title": html.escape(title), "url": URL, "hydr": hydr,
       "hydr_end": "<!--]-->" if v5 else "", "sa": sa, "sb": sb, "sd": sd, "o": o, "c": c,
       "meta": C.inline_html(meta_p[1]), "promo": promo, "toc": toc, "body": body_html(rest, v5),
       "online": "{:,}".format(s["online"]).replace(",", "."), "trending": trending, "hot": hot, "year": when.year,
       "gsuffix": gsuffix, "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")}


PAGE = {
    "service": "Kovan", "url": URL, "lang": "tr", "platform": "SvelteKit (SSR)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-sveltekit-page", "true"), ("cache-control", "private, no-store"), ("vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-doc"],
                    "remove": ["article.legal-doc nav.legal-toc", "article.legal-doc aside.premium-card"]},
}
