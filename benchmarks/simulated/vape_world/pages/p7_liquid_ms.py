"""Awan Liquid - ms e-liquid brand (Shah Alam) with stockist locator and age gate - Wix (Thunderbolt renderer), one
rich-text element; site redesigned in June 2024 (new element id: declaration history)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://www.awanliquid.com.my/dasar-privasi"
REDESIGN = dt.datetime(2024, 6, 11)
OLD_ID, NEW_ID = "comp-kz7m1q2x", "comp-lx4r9t0b"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("ms", d), d.year)


POLICY = """
# Dasar Privasi

Dikemas kini pada {UPDATED}

Awan Liquid Sdn. Bhd. menghormati privasi anda. Dasar ini menerangkan bagaimana kami mengumpul, menggunakan dan
melindungi data peribadi anda apabila anda melayari laman web kami, mencari kedai stokis, menyertai program
ganjaran Awan Rewards atau membeli produk kami, selaras dengan Akta Perlindungan Data Peribadi 2010.

## Siapa kami

@ Awan Liquid Sdn. Bhd. (No. Syarikat 201901023456)
@ Lot 12, Jalan Utarid U5/14, Seksyen U5
@ 40150 Shah Alam, Selangor
@ E-mel: [privasi@awanliquid.com.my](mailto:privasi@awanliquid.com.my)

## Data yang kami kumpul

- nama, nombor telefon dan alamat e-mel;
- tarikh lahir untuk pengesahan umur;
- alamat penghantaran dan sejarah pembelian;
- mata ganjaran Awan Rewards;
- lokasi anggaran apabila anda menggunakan pencari kedai stokis;
- maklumat peranti, alamat IP dan kuki.

## Pengesahan umur

Produk kami mengandungi nikotin dan hanya untuk mereka yang berumur 18 tahun ke atas. Kami meminta tarikh lahir
anda sebelum anda boleh melayari laman web ini dan sebelum pembelian.

## Tujuan penggunaan data

Kami menggunakan data anda untuk memproses pesanan dan penghantaran, menguruskan akaun dan mata ganjaran,
menunjukkan kedai stokis yang berdekatan, menjawab pertanyaan melalui WhatsApp atau e-mel, serta menghantar
promosi jika anda telah memberikan persetujuan.

## Pendedahan kepada pihak ketiga

Kami tidak menjual data peribadi anda. Data anda mungkin dikongsi dengan Wix.com Ltd. (pengehosan laman web),
Pos Laju dan J&T Express (penghantaran), Billplz (pembayaran dalam talian) dan Meta Platforms (WhatsApp Business).
Sebahagian penyedia ini memproses data di luar Malaysia.

## Tempoh penyimpanan

Rekod pembelian disimpan selama 7 tahun bagi tujuan cukai. Data akaun yang tidak aktif dipadam selepas 2 tahun.

## Hak anda

Anda berhak meminta akses kepada data peribadi anda, membetulkan data yang tidak tepat dan menarik balik
persetujuan untuk pemasaran pada bila-bila masa. Sila hubungi kami melalui e-mel di atas. Permintaan akses
akan diproses dalam tempoh 21 hari.

## Kuki

Laman web kami menggunakan kuki yang diperlukan oleh Wix serta kuki analitik. Anda boleh menukar tetapan kuki
melalui sepanduk kuki di bahagian bawah laman.
"""

EDITS = [
    {"note": "new paragraph: age limit now under Akta 852 (Control of Smoking Products for Public Health Act 2024)",
     "repl": [("sebelum anda boleh melayari laman web ini dan sebelum pembelian.",
               "sebelum anda boleh melayari laman web ini dan sebelum pembelian.\n\nMulai 1 Oktober 2024, jualan "
               "produk merokok kepada individu di bawah 18 tahun dilarang di bawah Akta Kawalan Produk Merokok "
               "untuk Kesihatan Awam 2024 (Akta 852).")]},
    {"note": "courier list changed: J&T Express replaced by Ninja Van",
     "repl": [("Pos Laju dan J&T Express (penghantaran)", "Pos Laju dan Ninja Van (penghantaran)")]},
    {"note": "wording: 'lokasi anggaran' -> 'lokasi anggaran anda' (no new date)",
     "bump": False, "repl": [("- lokasi anggaran apabila", "- lokasi anggaran anda apabila")]},
    {"note": "company moved (Shah Alam -> Glenmarie)",
     "repl": [("@ Lot 12, Jalan Utarid U5/14, Seksyen U5\n@ 40150 Shah Alam, Selangor",
               "@ No. 8, Jalan Pelukis U1/46, Temasya Industrial Park\n@ 40150 Glenmarie, Shah Alam, Selangor")]},
    {"note": "inactive accounts deleted after 3 years instead of 2; DPO contact sentence added",
     "repl": [("dipadam selepas 2 tahun.", "dipadam selepas 3 tahun."),
              ("Sila hubungi kami melalui e-mel di atas.", "Sila hubungi Pegawai Perlindungan Data kami di "
               "[dpo@awanliquid.com.my](mailto:dpo@awanliquid.com.my).")]},
]

BEST = [("Awan Mango Ice 30ml", 25), ("Awan Lychee Burst 30ml", 25), ("Awan Grape Chill 60ml", 38),
        ("Awan Tobacco Gold 30ml", 28), ("Awan Strawberry Yakult 60ml", 38), ("Awan Blackcurrant 30ml", 25),
        ("Pod Awan X1 Starter Kit", 69)]
REVS = [("2022-01-01", "1.1831.0"), ("2023-01-01", "1.2204.0"), ("2024-06-11", "1.5128.0"), ("2025-03-01", "1.6102.0")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": ("%d.%d" % (C.epoch(when), rng.randint(10**5, 10**6)), C.uuid4(rng), C.uuid4(rng))}
    s["rev"] = 300 + i * 2 + rng.randint(0, 1) if prev.get("rev") is None else prev["rev"] + rng.randint(0, 3)
    s["best"] = C.keep_or(rng, prev.get("best"), 0.5, lambda: tuple(rng.sample(range(len(BEST)), 4)))
    s["stock"] = 320 + (when.date() - dt.date(2022, 1, 1)).days // 5 + rng.randint(0, 2)
    return s


LABELS = {"req": "Wix viewer model requestId / visitorId / bi session id", "rev": "siteRevision (site republishes)",
          "best": "'Produk Terlaris' Wix Stores gallery (4 picks)", "stock": "stockist count in the locator teaser"}


def wix_blocks(blocks):
    R = "wixui-rich-text__text"

    def link(url, label):
        return ('<a href="%s" target="_blank" class="%s"><span style="text-decoration:underline;" class="%s">%s</span>'
                '</a>' % (html.escape(url), R, R, C.esc(label)))

    def text(raw):
        return '<span class="%s">%s</span>' % (R, C.esc(raw)) if raw else ""

    spacer = '<p class="font_8 %s"><span class="%s">&#8203;</span></p>' % (R, R)

    def heading(kind, t, inl):
        f = {"h1": "font_0", "h2": "font_2", "h3": "font_4"}[kind]
        return spacer + '<%s class="%s %s">%s</%s>' % (kind, f, R, inl(t), kind)

    def lst(kind, items, inl):
        return '<%s class="font_8 %s">%s</%s>' % (kind, R, "".join(
            '<li class="%s"><p class="font_8 %s">%s</p></li>' % (R, R, inl(it)) for it in items), kind)

    return C.render_blocks(blocks, tags={"p": ' class="font_8 %s"' % R, "addr": ' class="font_8 %s"' % R},
                           text=text, link=link, heading=heading, lst=lst, sep="")


def render(s, blocks, when):
    rid, vis, bi = s["req"]
    new = when >= REDESIGN
    cid = NEW_ID if new else OLD_ID
    best = "".join('<li data-hook="product-list-grid-item"><div data-hook="product-item-root"><a href="https://www.'
                   'awanliquid.com.my/product-page/%s" data-hook="product-item-container"><h3 data-hook="product-item-'
                   'name">%s</h3><span data-hook="product-item-price-to-pay">RM%d.00</span></a></div></li>'
                   % (C.det_sha(BEST[k][0])[:10], C.esc(BEST[k][0]), BEST[k][1]) for k in s["best"])
    rich = ('<div id="%s" class="%s %s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (cid, "HcOXKn SxM0TO QxJLC3" if new else "_1Q9if _3bcaz", cid, wix_blocks(blocks)))
    model = ('{"site":{"metaSiteId":"5e1f3a7c-2b8d-4e61-9c3a-7d0f1b2e4a55","siteId":"a8c3e1d2-44f0-4b7e-8a1c-'
             '0f9e3d2c1b7a","siteRevision":%d,"isPremium":true},"requestUrl":"%s","rollout":{"isTBRollout":true},'
             '"siteAssets":{"clientTopology":{"mediaRootUrl":"https://static.wixstatic.com"}},"requestId":"%s",'
             '"visitorId":"%s","fleetConfig":{"fleetName":"thunderbolt-renderer-%s","type":"Rollout","code":1},'
             '"biSessionId":"%s","commonConfig":{"brand":"wix","host":"VIEWER","bsi":"","consentPolicy":{}}}'
             % (s["rev"], URL, rid, vis, "user-code" if new else "light", bi))
    ver = C.versioned([(dt.date.fromisoformat(d), v) for d, v in REVS], when)
    header = ('<header id="SITE_HEADER" class="%s"><div class="logo"><a href="https://www.awanliquid.com.my">'
              '<img src="https://static.wixstatic.com/media/8c2f1e_%s~mv2.png" alt="Awan Liquid"></a></div>'
              '<nav id="comp-%s"><ul><li><a href="/kedai">Kedai</a></li><li><a href="/cari-stokis">Cari Stokis</a>'
              '</li><li><a href="/awan-rewards">Awan Rewards</a></li><li><a href="/hubungi">Hubungi Kami</a></li>'
              '</ul></nav></header>' % ("xU8fqS" if new else "_1B3NW", "5b0e7a" if new else "d21c44",
                                        "lx4r9sz1" if new else "kz7m1pq0"))
    return ('<!DOCTYPE html>\n<html lang="ms" dir="ltr">\n<head>\n<meta charset=\'utf-8\'>\n'
            '<meta name="generator" content="Wix.com Website Builder"/>\n<title>Dasar Privasi | Awan Liquid</title>\n'
            '<link rel="canonical" href="%s"/>\n'
            '<script type="application/json" id="wix-viewer-model">%s</script>\n'
            '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.js" async></script>\n'
            '</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">'
            '<div id="masterPage" class="mesh-layout">\n%s\n'
            '<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="'
            'c1dmp"><div class="%s">\n%s\n</div>\n'
            '<section id="comp-stokis"><h2 class="font_2">Cari stokis berdekatan</h2><p class="font_8">Lebih '
            'daripada %d kedai vape di seluruh Malaysia menjual Awan Liquid.</p></section>\n'
            '<section id="comp-terlaris"><h2 class="font_2">Produk Terlaris</h2><ul data-hook="product-list-'
            'wrapper">%s</ul></section>\n</div></div></main>\n'
            '<footer id="SITE_FOOTER"><p class="font_9">© %d Awan Liquid Sdn. Bhd. Produk ini mengandungi nikotin. '
            'Untuk 18 tahun ke atas sahaja.</p></footer>\n</div></div></div></div>\n'
            '<div id="POPUPS_ROOT"><div id="comp-agegate" data-testid="lightbox" role="dialog"><p class="font_8">'
            'Adakah anda berumur 18 tahun ke atas?</p><button>Ya</button><button>Tidak</button></div></div>\n'
            '<div id="wix-chat" data-app-def-id="14517e1a-3ff0-af98-408e-2bd6953c36a2"></div>\n'
            '</body>\n</html>\n'
            % (URL, model, ver, header, "mesh-layout-new" if new else "mesh-layout-legacy", rich, s["stock"], best,
               when.year))


PAGE = {
    "service": "Awan Liquid", "url": URL, "lang": "ms-MY", "platform": "Wix",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 15), "end": dt.date(2026, 5, 1), "hours": (0, 2, 16, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#" + NEW_ID]},
    "history": [{"fetch": URL, "select": ["#" + OLD_ID], "validUntil": C.iso(REDESIGN)}],
}
