"""Serinhava Klima - tr air-conditioning installer franchise - Laravel + Bootstrap 5 custom CMS, view counter inside."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.serinhavaklima.com.tr/kurumsal/kvkk-aydinlatma-metni"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """
# KVKK Aydınlatma Metni

Son güncelleme: {UPDATED}

Serinhava Klima Isıtma Soğutma Sanayi ve Ticaret A.Ş. olarak, klima montajı, bakım, arıza ve kombi servis hizmetlerimizden yararlanan müşterilerimizin kişisel verilerini 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") kapsamında veri sorumlusu sıfatıyla işlemekteyiz.

## Veri Sorumlusu

@ Serinhava Klima Isıtma Soğutma San. ve Tic. A.Ş.
@ İkitelli OSB Mah. Atatürk Bulvarı No: 112, Başakşehir / İstanbul
@ Mersis No: 0765012345600017
@ E-posta: [kvkk@serinhavaklima.com.tr](mailto:kvkk@serinhavaklima.com.tr)

## İşlenen Kişisel Veriler

- kimlik bilgileri: ad, soyad;
- iletişim bilgileri: telefon numarası, e-posta adresi, servis adresi;
- müşteri işlem bilgileri: servis talebi, cihaz marka ve modeli, garanti belgesi, fatura bilgileri;
- görsel kayıtlar: montaj öncesi ve sonrası çekilen fotoğraflar;
- çağrı merkezi ses kayıtları.

## İşleme Amaçları ve Hukuki Sebepler

Kişisel verileriniz; servis talebinizin alınması ve teknik ekibin yönlendirilmesi, montaj ve bakım işlemlerinin yürütülmesi, garanti süreçlerinin yönetilmesi, faturalandırma ve yasal yükümlülüklerin yerine getirilmesi amaçlarıyla, KVKK'nın 5. maddesinde yer alan sözleşmenin ifası, hukuki yükümlülük ve meşru menfaat hukuki sebeplerine dayanılarak işlenmektedir. Kampanya ve bilgilendirme mesajları yalnızca açık rızanız ile gönderilir.

## Kişisel Verilerin Aktarılması

| Alıcı | Amaç |
| Yetkili bayi ve servis noktaları | montaj ve bakım hizmetinin verilmesi |
| Cihaz üreticileri | garanti kaydı ve yedek parça talebi |
| Paraşüt Yazılım A.Ş. | e-fatura ve muhasebe |
| Netgsm İletişim A.Ş. | SMS ile randevu bildirimi |

## Saklama Süresi

Servis kayıtları hizmetin tamamlanmasından itibaren 10 yıl, çağrı merkezi ses kayıtları 1 yıl süreyle saklanır ve süre sonunda silinir veya anonim hâle getirilir.

## Haklarınız

KVKK'nın 11. maddesi uyarınca kişisel verilerinizin işlenip işlenmediğini öğrenme, bilgi talep etme, düzeltilmesini veya silinmesini isteme ve zarara uğramanız hâlinde tazminat talep etme haklarına sahipsiniz. Başvurularınızı yukarıdaki adrese yazılı olarak veya kayıtlı elektronik posta (KEP) ile iletebilirsiniz.
"""

EDITS = [
    {"note": "new recipient row (Yurtiçi Kargo for spare parts)",
     "repl": [("| Netgsm İletişim A.Ş. | SMS ile randevu bildirimi |",
               "| Netgsm İletişim A.Ş. | SMS ile randevu bildirimi |\n"
               "| Yurtiçi Kargo Servisi A.Ş. | yedek parça gönderimi |")]},
    {"note": "call recordings retention 1 -> 2 years", "repl": [("ses kayıtları 1 yıl", "ses kayıtları 2 yıl")]},
    {"note": "KEP address added", "repl": [("kayıtlı elektronik posta (KEP) ile iletebilirsiniz.",
                                            "kayıtlı elektronik posta (KEP) adresimiz serinhavaklima@hs01.kep.tr "
                                            "ile iletebilirsiniz.")]},
    {"note": "new item: WhatsApp Business messages",
     "repl": [("- çağrı merkezi ses kayıtları.", "- çağrı merkezi ses kayıtları;\n- WhatsApp Business üzerinden "
               "gönderdiğiniz mesajlar ve fotoğraflar.")]},
    {"note": "Paraşüt replaced by Logo (e-invoicing), no new date", "bump": False,
     "repl": [("| Paraşüt Yazılım A.Ş. | e-fatura ve muhasebe |", "| Logo Yazılım San. ve Tic. A.Ş. | e-fatura ve "
               "muhasebe |")]},
    {"note": "new sentence: transfers abroad (cloud backup) under KVKK art. 9",
     "repl": [("## Saklama Süresi", "Yurt dışına veri aktarımı, yalnızca KVKK'nın 9. maddesinde öngörülen "
               "standart sözleşme ile ve Kurul'a bildirim yapılarak gerçekleştirilir.\n\n## Saklama Süresi")]},
]

CAMP = [((4, 5, 6), "Yaz öncesi klima bakımı %20 indirimli!"), ((7, 8), "Aynı gün montaj: inverter klimalarda"),
        ((10, 11, 12, 1), "Kombi bakım kampanyası: 1.250 TL'den başlayan fiyatlarla")]


def noise(rng, when, i, prev):
    prev = prev or {}
    v0 = (prev.get("views") or (4120,))[0]
    s = {"csrf": (C.alnum(rng, 40), C.alnum(rng, 40))}
    s["views"] = (v0 + rng.randint(40, 900),)
    s["today"] = rng.randint(14, 96)
    s["mix"] = (K.deploy_hash("app.js", when, 3, 20), K.deploy_hash("app.css", when, 4, 20))
    s["camp"] = K.season(when, CAMP) or "Yetkili servis güvencesi"
    return s


LABELS = {"csrf": "Laravel csrf-token meta and form _token", "views": "'Görüntülenme' view counter (INSIDE)",
          "today": "'Bugün alınan servis talebi' live counter", "mix": "mix-manifest ?id= asset hashes",
          "camp": "campaign strip (seasonal)"}


def render(s, blocks, when):
    t1, t2 = s["csrf"]
    views = C.group_digits(s["views"][0], ".")
    body = C.render_blocks(blocks[1:], tags={"table": ' class="table table-bordered"'})
    return (
        '<!DOCTYPE html>\n<html lang="tr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device'
        '-width, initial-scale=1">\n<meta name="csrf-token" content="%s">\n<title>KVKK Aydınlatma Metni | Serinhava '
        'Klima</title>\n<link href="/css/app.css?id=%s" rel="stylesheet">\n</head>\n<body>\n'
        '<div class="kampanya-bar bg-primary text-white text-center py-1">%s</div>\n'
        '<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container"><a class="navbar'
        '-brand" href="/"><img src="/images/logo.svg" alt="Serinhava Klima"></a><ul class="navbar-nav ms-auto"><li '
        'class="nav-item"><a class="nav-link" href="/klima-montaji">Klima Montajı</a></li><li class="nav-item"><a '
        'class="nav-link" href="/bakim-onarim">Bakım ve Onarım</a></li><li class="nav-item"><a class="nav-link" href='
        '"/bayilerimiz">Bayilerimiz</a></li><li class="nav-item"><a class="nav-link" href="/iletisim">İletişim</a>'
        '</li></ul></div></nav>\n'
        '<section class="page-header"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li'
        ' class="breadcrumb-item"><a href="/">Anasayfa</a></li><li class="breadcrumb-item"><a href="/kurumsal">Kurum'
        'sal</a></li><li class="breadcrumb-item active">KVKK Aydınlatma Metni</li></ol></nav></div></section>\n'
        '<section class="kurumsal-detay py-5"><div class="container"><div class="row"><div class="col-lg-8"><div '
        'class="content-body">%s<div class="post-meta text-muted small"><i class="fa fa-eye"></i> Görüntülenme: %s'
        '</div>\n%s\n</div></div>\n'
        '<div class="col-lg-4"><div class="card servis-talep"><div class="card-body"><h5>Hızlı Servis Talebi</h5><p '
        'class="canli-sayac">Bugün <strong>%d</strong> servis talebi alındı</p><form method="POST" action="/servis-'
        'talebi"><input type="hidden" name="_token" value="%s"><input name="ad" class="form-control" placeholder="Ad '
        'Soyad"><input name="telefon" class="form-control" placeholder="Telefon"><button class="btn btn-primary">'
        'Gönder</button></form></div></div></div></div></div></section>\n'
        '<footer class="footer bg-dark text-white-50 py-4"><div class="container">© %d Serinhava Klima · 444 7 '
        '365</div></footer>\n<a href="https://wa.me/904447365" class="whatsapp-float" target="_blank"><i class="fab '
        'fa-whatsapp"></i></a>\n<script src="/js/app.js?id=%s"></script>\n</body>\n</html>\n'
        % (t1, s["mix"][1], C.esc(s["camp"]), C.render_blocks(blocks[:1]), views, body, s["today"], t2,
           when.year, s["mix"][0]))


PAGE = {
    "service": "Serinhava Klima", "url": URL, "lang": "tr-TR", "platform": "Laravel + Bootstrap 5 (custom CMS)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 3, 30), "hours": (5, 13, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".kurumsal-detay .content-body"], "remove": [".post-meta"]},
}
