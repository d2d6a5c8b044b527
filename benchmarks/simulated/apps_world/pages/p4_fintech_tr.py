"""Cebe (e-money wallet app, İstanbul) - tr - KVKK Aydınlatma Metni served by the app's webview micro-site (Nuxt 2
SSR, documents from a headless CMS), the same URL given to the stores as the privacy policy URL. No header, no
footer: title, the CMS's HTML, and a sticky "Onaylıyorum" bar whose copy is an A/B remote-config variant.

Noise: the per-visit session in window.__NUXT__, the remote-config CTA variant (button label, checkbox line),
deploys (hashed /_nuxt/ chunks and Vue scoped-style data-v-* attributes on the template's elements, INSIDE the
selected elements; app version in the Nuxt state).
"""
import datetime as dt
import common as C

URL = "https://webview.cebe.com.tr/sozlesmeler/kvkk-aydinlatma-metni"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Kişisel Verilerin Korunmasına İlişkin Aydınlatma Metni

Son güncelleme tarihi: {UPDATED}

Cebe Ödeme ve Elektronik Para Hizmetleri A.Ş. ("Cebe" veya "Şirket") olarak, 6493 sayılı Ödeme ve Menkul Kıymet Mutabakat Sistemleri, Ödeme Hizmetleri ve Elektronik Para Kuruluşları Hakkında Kanun kapsamında Türkiye Cumhuriyet Merkez Bankası tarafından verilen lisans ile elektronik para ihraç etmekte ve ödeme hizmetleri sunmaktayız. Cebe mobil uygulamasını ("Uygulama") kullanan müşterilerimizin kişisel verilerinin güvenliğine büyük önem veriyoruz.

Bu Aydınlatma Metni, 6698 sayılı Kişisel Verilerin Korunması Kanunu ("KVKK") madde 10 ve Aydınlatma Yükümlülüğünün Yerine Getirilmesinde Uyulacak Usul ve Esaslar Hakkında Tebliğ uyarınca, veri sorumlusu sıfatıyla kişisel verilerinizin hangi amaçlarla işlendiği, kimlere aktarılabileceği, toplanma yöntemi ve hukuki sebebi ile KVKK madde 11 kapsamındaki haklarınız hakkında sizi bilgilendirmek amacıyla hazırlanmıştır.

## 1. Veri Sorumlusu

@ Cebe Ödeme ve Elektronik Para Hizmetleri A.Ş.
@ Mersis No: 0197 0534 2870 0015
@ Maslak Mah. Büyükdere Cad. No: 255 Nurol Plaza Kat: 14, 34398 Sarıyer/İstanbul
@ KEP adresi: cebeodeme@hs01.kep.tr

## 2. İşlenen Kişisel Verileriniz

Uygulama üzerinden sunduğumuz hizmetlerin niteliğine göre aşağıdaki kişisel verileriniz işlenmektedir:

- **Kimlik Bilgileri:** ad, soyad, T.C. kimlik numarası, doğum tarihi, uyruk, kimlik belgesi seri numarası.
- **İletişim Bilgileri:** cep telefonu numarası, e-posta adresi, ikamet adresi.
- **Müşteri İşlem Bilgileri:** cüzdan hesap numarası, bakiye, para yükleme, para transferi, ödeme ve fatura ödeme işlemleri, işlem açıklamaları, talep ve şikâyet kayıtları.
- **Finansal Bilgiler:** banka hesap (IBAN) bilgileri, kart numarasının maskelenmiş hali, gelir ve meslek bilgisi.
- **İşlem Güvenliği Bilgileri:** cihaz kimliği, cihaz modeli, işletim sistemi sürümü, IP adresi, oturum ve giriş kayıtları, şifre ve doğrulama kodu kayıtları.
- **Pazarlama Bilgileri:** kampanya katılım bilgileri, çerez ve uygulama içi kullanım tercihleri (yalnızca açık rızanız bulunması halinde).

## 3. Kişisel Verilerinizin İşlenme Amaçları

Kişisel verileriniz aşağıdaki amaçlarla işlenmektedir:

- Müşteri kabul ve kimlik tespiti süreçlerinin yürütülmesi,
- elektronik para ihracı, para transferi ve ödeme hizmetlerinin sunulması,
- 5549 sayılı Suç Gelirlerinin Aklanmasının Önlenmesi Hakkında Kanun ve ilgili mevzuat kapsamındaki yükümlülüklerin yerine getirilmesi,
- dolandırıcılık ve yetkisiz işlemlerin önlenmesi, bilgi güvenliği süreçlerinin yürütülmesi,
- müşteri talep ve şikâyetlerinin takibi ve sonuçlandırılması,
- yetkili kurum ve kuruluşlara bilgi verilmesi,
- açık rızanızın bulunması halinde kampanya, ürün ve hizmetlerimize ilişkin ticari elektronik ileti gönderilmesi.

## 4. Kişisel Verilerin Toplanma Yöntemi ve Hukuki Sebebi

Kişisel verileriniz, Uygulama, çağrı merkezi, e-posta ve iş ortaklarımız aracılığıyla elektronik ortamda, otomatik ve kısmen otomatik yollarla toplanmaktadır.

Kişisel verileriniz KVKK madde 5/2 kapsamında; (a) kanunlarda açıkça öngörülmesi, (c) bir sözleşmenin kurulması veya ifasıyla doğrudan doğruya ilgili olması, (ç) veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması, (e) bir hakkın tesisi, kullanılması veya korunması için veri işlemenin zorunlu olması ve (f) ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla veri sorumlusunun meşru menfaatleri için veri işlenmesinin zorunlu olması hukuki sebeplerine dayanılarak işlenmektedir. Pazarlama amaçlı işleme faaliyetleri ise yalnızca KVKK madde 5/1 uyarınca açık rızanıza dayanılarak gerçekleştirilmektedir.

## 5. İşlenen Kişisel Verilerin Kimlere ve Hangi Amaçla Aktarılabileceği

Kişisel verileriniz, yukarıda belirtilen amaçların gerçekleştirilmesi doğrultusunda ve KVKK madde 8 ve 9'da belirtilen şartlara uygun olarak aşağıdaki alıcı gruplarına aktarılabilecektir:

- Türkiye Cumhuriyet Merkez Bankası, Mali Suçları Araştırma Kurulu (MASAK), Gelir İdaresi Başkanlığı ve diğer yetkili kamu kurum ve kuruluşları ile yargı mercilerine, kanuni yükümlülüklerimiz kapsamında,
- anlaşmalı bankalara ve kart kuruluşlarına, para yükleme ve transfer işlemlerinin gerçekleştirilmesi amacıyla,
- kimlik doğrulama, SMS gönderimi, çağrı merkezi ve bilgi teknolojileri hizmeti aldığımız tedarikçilerimize, hizmetin sunulması amacıyla,
- Kredi Kayıt Bürosu A.Ş.'ye, dolandırıcılık önleme ve kimlik doğrulama amacıyla.

Kişisel verileriniz, yurt dışında bulunan bulut ve e-posta hizmeti sağlayıcılarına yalnızca açık rızanızın bulunması halinde aktarılmaktadır. Ödeme hizmetleri mevzuatı uyarınca birincil ve ikincil sistemlerimiz yurt içinde bulunmaktadır.

Ticari elektronik iletiler, 6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun uyarınca yalnızca onayınız bulunması halinde gönderilmekte olup onay ve ret bilgileriniz İleti Yönetim Sistemi'ne (İYS) kaydedilmektedir. Onayınızı Uygulama'daki "Bildirim Tercihleri" ekranından veya iletilerde yer alan ret bağlantısından dilediğiniz zaman geri alabilirsiniz.

Para transferi ve ödeme işlemleriniz, dolandırıcılık riskinin tespiti amacıyla otomatik kurallar ve risk puanlama modelleri ile değerlendirilebilir. Bu değerlendirme sonucunda bir işleminiz geçici olarak bekletilirse, müşteri hizmetlerimiz sizinle iletişime geçer ve işlem, bir çalışanımızın incelemesinin ardından sonuçlandırılır.

## 6. Kişisel Verilerin Saklanma Süresi

Kişisel verileriniz, ilgili mevzuatta öngörülen veya işleme amacının gerektirdiği süre boyunca saklanmaktadır. Müşteri ilişkisi kapsamındaki kimlik ve işlem kayıtları, 5549 sayılı Kanun ve 6493 sayılı Kanun uyarınca işlem tarihinden itibaren en az 10 yıl süreyle saklanır. Süre sona erdiğinde kişisel verileriniz Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale Getirilmesi Hakkında Yönetmelik uyarınca silinir, yok edilir veya anonim hale getirilir.

## 7. KVKK Madde 11 Kapsamındaki Haklarınız

KVKK'nın 11. maddesi uyarınca Şirketimize başvurarak;

- kişisel verilerinizin işlenip işlenmediğini öğrenme,
- kişisel verileriniz işlenmişse buna ilişkin bilgi talep etme,
- kişisel verilerinizin işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme,
- yurt içinde veya yurt dışında kişisel verilerinizin aktarıldığı üçüncü kişileri bilme,
- kişisel verilerinizin eksik veya yanlış işlenmiş olması halinde bunların düzeltilmesini isteme,
- KVKK madde 7'de öngörülen şartlar çerçevesinde kişisel verilerinizin silinmesini veya yok edilmesini isteme,
- düzeltme, silme veya yok etme işlemlerinin kişisel verilerinizin aktarıldığı üçüncü kişilere bildirilmesini isteme,
- işlenen verilerinizin münhasıran otomatik sistemler vasıtasıyla analiz edilmesi suretiyle aleyhinize bir sonucun ortaya çıkmasına itiraz etme,
- kişisel verilerinizin kanuna aykırı olarak işlenmesi sebebiyle zarara uğramanız halinde zararın giderilmesini talep etme

haklarına sahipsiniz.

## 8. Başvuru Yöntemi

Haklarınıza ilişkin taleplerinizi, Veri Sorumlusuna Başvuru Usul ve Esasları Hakkında Tebliğ'e uygun olarak; kimliğinizi tespit edici belgelerle birlikte yukarıdaki adrese şahsen veya noter aracılığıyla, güvenli elektronik imza ile imzalanmış olarak KEP adresimize ya da Uygulama'da kayıtlı e-posta adresinizden [kvkk@cebe.com.tr](mailto:kvkk@cebe.com.tr) adresine iletebilirsiniz. Başvurunuz, niteliğine göre en kısa sürede ve en geç 30 (otuz) gün içinde ücretsiz olarak sonuçlandırılacaktır. İşlemin ayrıca bir maliyet gerektirmesi halinde, Kişisel Verileri Koruma Kurulu tarafından belirlenen tarifedeki ücret alınabilir.
"""

EDITS = [
    {"note": "remote identity verification by video call: visual/audio records and facial biometric data added (categories, purpose, explicit consent under art. 6)",
     "repl": [("- **Pazarlama Bilgileri:**",
               "- **Görsel ve İşitsel Kayıtlar:** uzaktan kimlik tespiti sırasında yapılan görüntülü görüşme kaydı, kimlik belgesinin ön ve arka yüzünün görüntüsü, ses kaydı.\n- **Biyometrik Veriler:** uzaktan kimlik tespiti sırasında kimlik belgesindeki fotoğraf ile yüzünüzün karşılaştırılmasında kullanılan yüz geometrisi verisi.\n- **Pazarlama Bilgileri:**"),
              ("Pazarlama amaçlı işleme faaliyetleri ise yalnızca KVKK madde 5/1 uyarınca açık rızanıza dayanılarak gerçekleştirilmektedir.",
               "Pazarlama amaçlı işleme faaliyetleri ise yalnızca KVKK madde 5/1 uyarınca açık rızanıza dayanılarak gerçekleştirilmektedir. Özel nitelikli kişisel veri niteliğindeki biyometrik verileriniz, KVKK madde 6 uyarınca yalnızca uzaktan kimlik tespiti yöntemini seçmeniz ve açık rızanızı vermeniz halinde işlenir; açık rıza vermemeniz halinde kimlik tespiti, kurye aracılığıyla yüz yüze gerçekleştirilir.")]},
    {"note": "location data for fraud prevention added to the security category; new 'konum' bullet",
     "repl": [("IP adresi, oturum ve giriş kayıtları, şifre ve doğrulama kodu kayıtları.",
               "IP adresi, oturum ve giriş kayıtları, şifre ve doğrulama kodu kayıtları.\n- **Konum Bilgileri:** yalnızca Uygulama'ya giriş ve para transferi anında, cihazınızın izin vermesi halinde alınan yaklaşık konum bilgisi (dolandırıcılık ve hesap ele geçirme girişimlerinin tespiti amacıyla)."),
              ("- dolandırıcılık ve yetkisiz işlemlerin önlenmesi, bilgi güvenliği süreçlerinin yürütülmesi,",
               "- dolandırıcılık ve yetkisiz işlemlerin önlenmesi, olağan dışı giriş ve işlemlerin konum ve cihaz bilgileri kullanılarak tespit edilmesi, bilgi güvenliği süreçlerinin yürütülmesi,")]},
    {"note": "KEP address changed (silent, date not bumped)", "bump": False,
     "repl": [("@ KEP adresi: cebeodeme@hs01.kep.tr", "@ KEP adresi: cebeodemeveelektronikpara@hs03.kep.tr")]},
    {"note": "cross-border transfers rewritten after the 2024 amendment of KVKK art. 9 (adequacy, standard contracts notified to the Board, occasional transfers)",
     "repl": [("Kişisel verileriniz, yurt dışında bulunan bulut ve e-posta hizmeti sağlayıcılarına yalnızca açık rızanızın bulunması halinde aktarılmaktadır.",
               "Kişisel verileriniz, 7499 sayılı Kanun ile değişik KVKK madde 9 uyarınca; Kişisel Verileri Koruma Kurulu tarafından yeterlilik kararı verilmiş ülkelere ya da yeterlilik kararı bulunmaması halinde Kurul tarafından ilan edilen standart sözleşmenin imzalanması ve sözleşmenin imza tarihinden itibaren beş iş günü içinde Kurum'a bildirilmesi gibi uygun güvencelerden birinin sağlanması kaydıyla, yurt dışında bulunan bulut, e-posta ve müşteri iletişim hizmeti sağlayıcılarımıza aktarılabilmektedir. Uygun güvencelerin sağlanamadığı arızi durumlarda aktarım, ancak açık rızanıza dayanılarak yapılır.")]},
    {"note": "new recipients: TÖDEB (sector risk sharing) and group companies",
     "repl": [("- Kredi Kayıt Bürosu A.Ş.'ye, dolandırıcılık önleme ve kimlik doğrulama amacıyla.",
               "- Kredi Kayıt Bürosu A.Ş.'ye ve Türkiye Ödeme ve Elektronik Para Kuruluşları Birliği'ne (TÖDEB), dolandırıcılık önleme, kimlik doğrulama ve sektörel risk paylaşımı amacıyla,\n- hissedarımız ve grup şirketlerimize, raporlama ve iç denetim faaliyetlerinin yürütülmesi amacıyla.")]},
]

CTAS = [("Onaylıyorum", "Aydınlatma Metni'ni okudum."), ("Okudum, Onaylıyorum", None),
        ("Devam Et", "Okudum ve anladım.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["session"] = (C.uuid4(rng), C.hexs(rng, 16))
    s["cta"] = (rng.randrange(len(CTAS)), rng.random() < 0.5)  # A/B bucket per visit, button disabled until scroll
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.35,
                            lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 7), C.hexs(rng, 7), C.hexs(rng, 7),
                                     "4.%d.%d" % (10 + i // 3, rng.randint(0, 5))))
    return s


LABELS = {
    "session": "per-visit session ids in window.__NUXT__",
    "cta": "sticky consent bar: A/B button label / checkbox line, disabled state",
    "deploy": "webview deploy: /_nuxt/ chunk hashes, Vue scoped data-v-* attributes, app version in state",
}


def render(s, blocks, when):
    sid, trace = s["session"]
    cta, disabled = s["cta"]
    va, vb, c1, c2, c3, appv = s["deploy"]
    label, check = CTAS[cta]
    rev = C.det_sha("cms", repr(blocks))[:12]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    checkline = ('<label data-v-%s class="legal-doc__check"><input data-v-%s type="checkbox"> <span data-v-%s>%s</span></label>'
                 % (vb, vb, vb, check)) if check else ""
    return ('<!doctype html>\n<html data-n-head-ssr lang="tr" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22tr%%22%%7D%%7D">\n'
            '  <head>\n    <title>Aydınlatma Metni</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><meta data-n-head="ssr" data-hid="robots" name="robots" content="noindex">'
            '<link rel="preload" href="/_nuxt/%s.js" as="script"><link rel="preload" href="/_nuxt/%s.js" as="script"><link rel="preload" href="/_nuxt/%s.js" as="script">'
            '<style data-vue-ssr-id="%s:0">.legal-doc[data-v-%s]{padding:16px 20px 120px;font-family:Inter,-apple-system,sans-serif;color:#1b1f2a}'
            '.legal-doc__title[data-v-%s]{font-size:20px;line-height:28px;margin:8px 0 16px}.legal-doc__body[data-v-%s] h2{font-size:16px;margin:24px 0 8px}'
            '.legal-doc__sticky[data-v-%s]{position:fixed;left:0;right:0;bottom:0;padding:12px 20px calc(12px + env(safe-area-inset-bottom));background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.08)}'
            '.btn--primary[data-v-%s]{background:#5b2be0;color:#fff;border-radius:12px;height:48px;width:100%%}.btn--primary[disabled][data-v-%s]{opacity:.4}</style>\n  </head>\n'
            '  <body>\n    <div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-%s class="webview-layout webview-layout--light">'
            '<main data-v-%s data-v-%s class="legal-doc"><h1 data-v-%s class="legal-doc__title">%s</h1> '
            '<div data-v-%s class="legal-doc__body">%s</div> '
            '<div data-v-%s class="legal-doc__sticky">%s<button data-v-%s type="button"%s class="btn btn--primary btn--block">%s</button></div></main></div></div></div>'
            '<script>window.__NUXT__=(function(a,b,c,d){return {layout:"webview",data:[{doc:{id:14,slug:"kvkk-aydinlatma-metni",locale:"tr",revision:"%s"}}],fetch:{},error:null,'
            'state:{app:{platform:a,version:"%s",sessionId:"%s",traceId:"%s"},remoteConfig:{legalCtaVariant:%d,legalCtaRequireScroll:%s}},serverRendered:true,'
            'routePath:"\\u002Fsozlesmeler\\u002Fkvkk-aydinlatma-metni",config:{sentryRelease:"webview@%s",_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:b}}}}("web",c,d,void 0));</script>'
            '<script src="/_nuxt/%s.js" defer></script><script src="/_nuxt/%s.js" defer></script><script src="/_nuxt/%s.js" defer></script>\n'
            '  </body>\n</html>\n'
            % (c1, c2, c3, va, vb, vb, vb, vb, vb, vb, va, vb, va, vb, C.inline_html(title), vb, body, vb, checkline, vb,
               ' disabled="disabled"' if disabled else "", label, rev, appv, sid, trace, cta,
               "true" if disabled else "false", va + vb, c1, c2, c3))


PAGE = {
    "service": "Cebe", "url": URL, "lang": "tr", "platform": "Nuxt 2 SSR webview template",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2021, 9, 6), "end": dt.date(2026, 3, 2),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 19), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-doc__title", ".legal-doc__body"]},
}
