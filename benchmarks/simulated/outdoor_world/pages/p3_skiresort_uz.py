"""Qorbuloq: an Uzbek ski resort (Tashkent region) on 1C-Bitrix ("Site management", a custom template), page
"Huquqiy ma'lumotlar" in Uzbek Latin with two Bootstrap tabs: the privacy policy (`#privacy`, the declared
container) and the slope safety rules (`#safety`, another document, whose season line changes every autumn).
Between visits: Bitrix's `bitrix_sessid` and SERVER_TIME in the BX.message block, the composite-cached live
informer over the header (snow depth, temperature, lifts and pistes open, "updated" stamp; a summer variant), the
webcam thumbnail with its timestamp in the footer, and the `?<mtime>` stamps of Bitrix's merged CSS/JS cache files
when the template is edited. All outside `#privacy`; the policy's HTML is Bitrix visual-editor output (tab-indented
paragraphs, a table whose header row is bold `<td>` cells)."""
import datetime as dt
import html
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://qorbuloq.uz/uz/legal/"


def U(s):
    """Uzbek Latin typography: o' g' with the turned comma (U+02BB), the tutuq belgisi with U+02BC."""
    return re.sub(r"([OoGg])'", "\\1\u02bb", s).replace("'", "\u02bc")


POLICY = U("""
# Shaxsga doir ma'lumotlarni qayta ishlash siyosati

Tahrir sanasi: {UPDATED}

«Qorbuloq Resort» mas'uliyati cheklangan jamiyati (keyingi o'rinlarda — «Kurort» yoki «biz») Toshkent viloyati, Bo'stonliq tumanidagi «Qorbuloq» tog'-chang'i kurortini boshqaradi. Ushbu siyosat qorbuloq.uz sayti, «Qorbuloq» mobil ilovasi, kassalar hamda kurort hududidagi xizmatlardan foydalanganingizda qanday shaxsga doir ma'lumotlar to'planishini, ulardan qanday maqsadlarda foydalanilishini, kimlarga berilishini va qanday himoya qilinishini tushuntiradi.

Biz O'zbekiston Respublikasining 2019-yil 2-iyuldagi «Shaxsga doir ma'lumotlar to'g'risida»gi O'RQ-547-son Qonuni hamda boshqa qonun hujjatlari talablariga amal qilamiz. Saytdan foydalanish, ski-pass sotib olish yoki xizmatlarimizga buyurtma berish orqali siz ushbu siyosat shartlari bilan tanishganingizni tasdiqlaysiz.

## 1. Operator haqida ma'lumot

@ «Qorbuloq Resort» MCHJ
@ Manzil: Toshkent viloyati, Bo'stonliq tumani, Sijjak QFY, Qorbuloq ko'chasi, 1-uy
@ STIR: 307 654 321
@ Telefon: +998 71 200-45-45
@ Elektron pochta: [privacy@qorbuloq.uz](mailto:privacy@qorbuloq.uz)

Shaxsga doir ma'lumotlar bazalarimiz Shaxsga doir ma'lumotlar bazalari davlat reestrida ro'yxatdan o'tkazilgan. Shaxsga doir ma'lumotlarni himoya qilish uchun mas'ul xodim bilan yuqoridagi elektron pochta orqali bog'lanishingiz mumkin.

## 2. Qanday ma'lumotlarni to'playmiz

- **Shaxsni aniqlash ma'lumotlari:** familiya, ism, otasining ismi, tug'ilgan sana, pasport yoki ID-karta ma'lumotlari (mehmonxonaga joylashishda va mavsumiy abonement rasmiylashtirishda).
- **Aloqa ma'lumotlari:** telefon raqami va elektron pochta manzili.
- **Fotosurat:** mavsumiy va ko'p kunlik ski-pass kartalariga bosiladigan yuz surati.
- **Ski-pass ma'lumotlari:** karta raqami, turniketlardan o'tish vaqti va joyi, ko'targichlardan foydalanish tarixi.
- **To'lov ma'lumotlari:** to'lov summasi, tranzaksiya raqami va bank kartasining oxirgi to'rt raqami.
- **Xavfsizlik ma'lumotlari:** videokuzatuv yozuvlari, baxtsiz hodisalar dalolatnomalari, tibbiy yordam ko'rsatilganda sog'liq holati to'g'risidagi ma'lumotlar.
- **Sayt va ilova ma'lumotlari:** IP-manzil, qurilma turi, cookie-fayllar, ilovada ruxsat berilganda esa geolokatsiya.

Ma'lumotlarni asosan bevosita sizdan — saytdagi buyurtma shakli, kassa yoki mehmonxona qabulxonasi orqali olamiz. Ba'zi hollarda ular sayyohlik agentliklari yoki korporativ mijozlar tomonidan, siz ularga bergan rozilik asosida taqdim etiladi.

Biz siyosiy qarashlar, diniy e'tiqod yoki biometrik ma'lumotlarni maxsus to'plamaymiz. Sog'liq holati to'g'risidagi ma'lumotlar faqat qutqaruvchilar va tibbiyot punkti xodimlari tomonidan, yordam ko'rsatish uchun qayd etiladi.

## 3. Foydalanish maqsadlari va saqlash muddatlari

| Maqsad | Ma'lumotlar | Saqlash muddati |
| Ski-pass va xizmatlarni sotish | F.I.Sh., telefon, to'lov ma'lumotlari | 5 yil |
| Mavsumiy abonementni shaxsiylashtirish | F.I.Sh., tug'ilgan sana, fotosurat | mavsum tugaganidan keyin 1 yil |
| Mehmonxonaga joylashtirish va «E-mehmon» tizimida ro'yxatga olish | pasport ma'lumotlari, yashash muddati | qonunchilikda belgilangan muddat |
| Chang'i maktabi va jihozlar ijarasi | F.I.Sh., bo'y, vazn, poyabzal o'lchami, tayyorgarlik darajasi | xizmat ko'rsatilganidan keyin 1 yil |
| Xavfsizlik va videokuzatuv | videoyozuvlar | 30 kun |
| Baxtsiz hodisalarni qayd etish | F.I.Sh., hodisa tasvifi, sog'liq holati | 5 yil |
| Axborot va reklama xabarlari | telefon, elektron pochta | rozilik qaytarib olinguncha |

Turniketlardan o'tish ma'lumotlari tog'da adashgan yoki qidiruvdagi mehmonlarni topish uchun ham ishlatilishi mumkin. Videokuzatuv kameralari kassalar, ko'targichlarning pastki va yuqori stansiyalari hamda avtoturargohda o'rnatilgan va tegishli belgilar bilan ko'rsatilgan.

## 4. Ma'lumotlarni kimlarga beramiz

Ma'lumotlaringizni sotmaymiz. Ular faqat quyidagi hamkorlarga, xizmat ko'rsatish uchun zarur hajmda va maxfiylik to'g'risidagi shartnoma asosida beriladi:

| Hamkor | Vazifasi | Mamlakat |
| «Inspired» MCHJ (Payme) | onlayn to'lovlar | O'zbekiston |
| «Click» MCHJ | onlayn to'lovlar | O'zbekiston |
| SKIDATA GmbH | ski-pass va turniketlar tizimi | Avstriya |
| «Eskiz» MCHJ | SMS-xabarnomalar | O'zbekiston |
| «Uzinfocom» DUK | serverlar va ma'lumotlar markazi | O'zbekiston |
| «Yandex» MChJ (Yandex Metrika) | sayt statistikasi | Rossiya |

Shuningdek, qonunda nazarda tutilgan hollarda ma'lumotlar huquqni muhofaza qiluvchi organlarga, sudga, Favqulodda vaziyatlar vazirligi qutqaruv xizmatlariga va tibbiyot muassasalariga berilishi mumkin.

## 5. Ma'lumotlarni saqlash joyi

O'zbekiston Respublikasi fuqarolarining shaxsga doir ma'lumotlari O'zbekiston hududida joylashgan serverlarda to'planadi, saqlanadi va qayta ishlanadi. Ski-pass tizimiga Avstriyadagi yetkazib beruvchi masofadan texnik xizmat ko'rsatganda unga faqat karta raqamlari va o'tish ma'lumotlari ko'rinishi mumkin.

## 6. Sizning huquqlaringiz

Siz quyidagi huquqlarga egasiz:

- o'zingiz haqingizdagi ma'lumotlar qayta ishlanayotgani haqida bilish va ulardan nusxa olish;
- noto'g'ri yoki eskirgan ma'lumotlarni tuzatishni talab qilish;
- ma'lumotlarni qayta ishlashga berilgan rozilikni qaytarib olish;
- qonunga zid ravishda qayta ishlanayotgan ma'lumotlarni yo'q qilishni talab qilish;
- operatorning harakatlari ustidan vakolatli davlat organiga yoki sudga shikoyat qilish.

So'rovingizni [privacy@qorbuloq.uz](mailto:privacy@qorbuloq.uz) manziliga yoki kurort ma'muriyatiga yozma ravishda yuborishingiz mumkin. So'rovga o'n kun ichida javob beramiz. Shikoyatlar shaxsga doir ma'lumotlar sohasidagi vakolatli davlat organi ([pd.gov.uz](https://pd.gov.uz)) tomonidan ko'rib chiqiladi.

## 7. Bolalar ma'lumotlari

16 yoshga to'lmagan bolalar uchun ski-pass, chang'i maktabi va ijara xizmatlari ota-onasi yoki qonuniy vakili tomonidan rasmiylashtiriladi. Bolaning fotosurati faqat ota-onaning roziligi bilan olinadi. Chang'i maktabidagi mashg'ulotlar vaqtida murabbiy bolaning ota-onasi telefon raqamini saqlaydi.

## 8. Cookie-fayllar va mobil ilova

Sayt to'g'ri ishlashi, tilni eslab qolishi va savatchadagi ski-pass buyurtmasini saqlashi uchun cookie-fayllardan foydalanadi. Tashriflar statistikasini Yandex Metrika va Google Analytics yordamida to'playmiz. Brauzer sozlamalarida cookie-fayllarni o'chirib qo'yishingiz mumkin, ammo bunda onlayn xarid qilish imkoniyati cheklanishi mumkin.

«Qorbuloq» mobil ilovasi ski-pass balansini, ko'targichlar holatini va trassalar xaritasini ko'rsatadi. Ilovada geolokatsiyaga ruxsat bersangiz, xaritada joylashuvingiz ko'rsatiladi va favqulodda vaziyatda qutqaruvchilarga aniq koordinatalaringizni yuborish mumkin bo'ladi. Geolokatsiya ma'lumotlari serverlarimizda saqlanmaydi: ular faqat siz «SOS» tugmasini bosganingizda qutqaruv xizmatiga uzatiladi.

## 9. Xavfsizlik choralari

Ma'lumotlar shifrlangan aloqa kanallari orqali uzatiladi, serverlarga kirish huquqi faqat vakolatli xodimlarga beriladi, barcha xodimlar maxfiylik majburiyatini imzolaydi. Bank kartasi ma'lumotlari kurort serverlarida saqlanmaydi: to'lovlar to'lov tizimlarining himoyalangan sahifalarida amalga oshiriladi. Videoyozuvlarni faqat xavfsizlik xizmati ko'radi va ular hodisa tekshiruvi talab qilgan holdagina uzoqroq saqlanadi.

## 10. Siyosatga o'zgartirishlar

Ushbu siyosat qonunchilik yoki xizmatlarimiz o'zgarganda yangilanishi mumkin. Yangi tahrir saytga joylashtirilgan kundan boshlab kuchga kiradi. Joriy tahrir sanasi sahifaning yuqori qismida ko'rsatilgan.
""")

MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
          "dekabr"]


def U_html(s):
    """U() on the markup outside <script> elements (their quotes are JavaScript's)."""
    parts = re.split(r"(<script\b.*?</script>)", s, flags=re.S)
    return "".join(p if p.startswith("<script") else U(p) for p in parts)


def fmt_date(d):
    return "%d-yil %d-%s" % (d.year, d.day, MONTHS[d.month - 1])


def _e(note, repl, bump=True):
    e = {"note": note, "repl": [(U(a), U(b)) for a, b in repl]}
    if not bump:
        e["bump"] = False
    return e


EDITS = [
    _e("Paynet added to the partners table (payment terminals and online payments)",
       [("| «Click» MCHJ | onlayn to'lovlar | O'zbekiston |",
         "| «Click» MCHJ | onlayn to'lovlar | O'zbekiston |\n| «Paynet» MCHJ | to'lov shoxobchalari va onlayn to'lovlar | O'zbekiston |")]),
    _e("typo fixed: 'tasvifi' -> 'tavsifi' (no new date)",
       [("hodisa tasvifi", "hodisa tavsifi")], bump=False),
    _e("CCTV retention shortened from 30 to 15 days",
       [("| videoyozuvlar | 30 kun |", "| videoyozuvlar | 15 kun |")]),
    _e("new subsection on face-recognition turnstiles (season pass holders, opt-in)",
       [("Videokuzatuv kameralari kassalar,",
         "### Yuzni tanish orqali kirish\n\n2024/2025-yilgi mavsumdan boshlab mavsumiy abonement egalari "
         "ko'targichlarga yuzni tanish tizimi orqali kirishni tanlashlari mumkin. Buning uchun yuz tasvirining "
         "raqamli shabloni yaratiladi va u faqat ski-pass tizimida saqlanadi. Bu xizmat ixtiyoriy: rozilikni "
         "istalgan vaqtda qaytarib olishingiz va oddiy karta bilan kirishingiz mumkin. Shablon mavsum tugaganidan "
         "keyin 30 kun ichida o'chiriladi.\n\nVideokuzatuv kameralari kassalar,")]),
    _e("new phone number and a sentence on the Telegram support bot",
       [("@ Telefon: +998 71 200-45-45", "@ Telefon: +998 78 113-45-45"),
        ("So'rovga o'n kun ichida javob beramiz.",
         "So'rovga o'n kun ichida javob beramiz. Telegramdagi @QorbuloqSupportBot botimiz orqali yuborilgan "
         "murojaatlar ham qabul qilinadi, ammo shaxsingizni tasdiqlash uchun qo'shimcha ma'lumot so'rashimiz "
         "mumkin.")]),
]

SAFETY = U("""
## Trassalarda xavfsizlik qoidalari

Ushbu qoidalar {SEASON} mavsumda «Qorbuloq» kurortining barcha trassalari va ko'targichlarida amal qiladi. Ski-pass sotib olgan har bir mehmon qoidalarga rioya qilishi shart.

- Tezligingizni va harakat yo'nalishingizni trassa holati, ko'rinish va o'z tayyorgarligingizga moslang.
- Oldingizdagi chang'ichiga yo'l bering: u sizni ko'rmasligi mumkin.
- Trassada to'xtashda tor va ko'rinmaydigan joylardan saqlaning.
- Yopiq trassalarga va belgilangan hududdan tashqariga chiqish taqiqlanadi.
- 14 yoshga to'lmagan bolalar uchun dubulg'a kiyish majburiy.
- Baxtsiz hodisa yuz bersa, qutqaruv xizmatiga +998 71 200-45-46 raqami orqali xabar bering.
""")

def season_label(when):
    y = when.year if when.month >= 10 else when.year - 1
    return "%d/%d-yilgi" % (y, y + 1)


WEATHER_W = ["qor yog'moqda", "bulutli", "quyoshli", "tuman", "shamol"]
WEATHER_S = ["quyoshli", "bulutli", "yomg'ir", "ochiq havo"]


def noise(rng, when, i, prev):
    prev = prev or {}
    winter = when.month in (12, 1, 2, 3) or (when.month == 11 and when.day > 25)
    summer = when.month in (6, 7, 8, 9)
    if winter:
        top = rng.randint(55, 160)
        informer = {"winter": True, "top": top, "bottom": max(10, top - rng.randint(30, 70)),
                    "t": rng.randint(-16, 2), "sky": rng.choice(WEATHER_W),
                    "lifts": rng.randint(4, 9), "pistes": rng.randint(8, 18)}
    elif summer:
        informer = {"winter": False, "summer": True, "t": rng.randint(14, 31), "sky": rng.choice(WEATHER_S)}
    else:
        informer = {"winter": False, "summer": False, "t": rng.randint(-2, 17), "sky": rng.choice(WEATHER_S)}
    stamp = when + dt.timedelta(hours=5) - dt.timedelta(minutes=rng.randint(3, 55))
    informer["upd"] = stamp.strftime("%d.%m.%Y %H:%M")
    cam = when - dt.timedelta(seconds=rng.randint(10, 600))
    mt = C.keep_or(rng, prev.get("mtime"), 0.3,
                   lambda: {"tpl": int(C.epoch(when)) - rng.randint(86400, 60 * 86400), "tail": rng.randint(10000, 99999),
                            "page": C.hexs(rng, 32), "tplh": C.hexs(rng, 32)})
    return {"session": C.hexs(rng, 32), "server_time": int(C.epoch(when)) + 5 * 3600,
            "informer": informer, "webcam": int(C.epoch(cam)), "mtime": mt, "season": season_label(when)}


LABELS = {"session": "bitrix_sessid in BX.message", "server_time": "SERVER_TIME in BX.message",
          "informer": "live snow/lift informer over the header", "webcam": "footer webcam thumbnail and timestamp",
          "mtime": "Bitrix CSS/JS cache ?mtime stamps", "season": "season line of the safety-rules tab"}


def bx_html(blocks, h_shift=1):
    """Bitrix visual editor output: tab-indented blocks, bold first-row cells, <br> addresses."""
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            lvl = min(6, int(kind[1]) + h_shift)
            out.append("<h%d>%s</h%d>" % (lvl, C.inline_html(v), lvl))
        elif kind == "p":
            out.append("<p>\n\t %s\n</p>" % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("\t<li>%s</li>" % C.inline_html(i) for i in v))
        elif kind == "table":
            rows = ["\t<tr>\n%s\n\t</tr>" % "\n".join("\t\t<td>\n\t\t\t <b>%s</b>\n\t\t</td>" % C.inline_html(c)
                                                  for c in v[0])]
            rows += ["\t<tr>\n%s\n\t</tr>" % "\n".join("\t\t<td>\n\t\t\t %s\n\t\t</td>" % C.inline_html(c) for c in r)
                     for r in v[1:]]
            out.append('<table class="table table-bordered legal-table" cellpadding="1" cellspacing="1" border="1">'
                       '\n<tbody>\n%s\n</tbody>\n</table>' % "\n".join(rows))
        elif kind == "addr":
            out.append("<p>\n\t %s\n</p>" % "<br>\n\t ".join(C.inline_html(l) for l in v))
    return "\n".join(out)


def informer_html(inf):
    if inf["winter"]:
        items = [U("<span class=\"informer-label\">Qor qalinligi:</span> <b>%d sm</b> (tepada) / <b>%d sm</b> (pastda)")
                 % (inf["top"], inf["bottom"]),
                 U("<span class=\"informer-label\">Havo:</span> <b>%s%d °C</b>, %s")
                 % ("−" if inf["t"] < 0 else "+", abs(inf["t"]), U(inf["sky"])),
                 U("<span class=\"informer-label\">Ko'targichlar:</span> <b>%d / 9</b> ishlamoqda") % inf["lifts"],
                 U("<span class=\"informer-label\">Trassalar:</span> <b>%d / 18</b> ochiq") % inf["pistes"]]
    elif inf["summer"]:
        items = [U("<span class=\"informer-label\">Yozgi mavsum:</span> kanat yo'li har kuni 09:00–18:00"),
                 U("<span class=\"informer-label\">Havo:</span> <b>+%d °C</b>, %s") % (inf["t"], U(inf["sky"]))]
    else:
        items = [U("<span class=\"informer-label\">Mavsumlar oralig'i:</span> ko'targichlar texnik xizmatda, "
                   "mehmonxona va restoran ochiq"),
                 U("<span class=\"informer-label\">Havo:</span> <b>%s%d °C</b>, %s")
                 % ("−" if inf["t"] < 0 else "+", abs(inf["t"]), U(inf["sky"]))]
    items.append("<span class=\"informer-updated\">Yangilandi: %s</span>" % inf["upd"])
    return "\n".join('\t\t\t<div class="informer-item">%s</div>' % it for it in items)


def render(state, blocks, when):
    mt = state["mtime"]
    v = "%d%d" % (mt["tpl"], mt["tail"])
    cam_time = dt.datetime.utcfromtimestamp(state["webcam"]) + dt.timedelta(hours=5)
    safety = C.parse_src(SAFETY.replace("{SEASON}", state["season"]))
    menu = [("/uz/skipass/", "Ski-pass narxlari"), ("/uz/trails/", "Trassalar"), ("/uz/school/", U("Chang'i maktabi")),
            ("/uz/rent/", "Jihozlar ijarasi"), ("/uz/hotel/", "Mehmonxona"), ("/uz/summer/", "Yozgi dam olish"),
            ("/uz/webcams/", "Veb-kameralar"), ("/uz/contacts/", "Aloqa")]
    nav = "\n".join('\t\t\t\t<li class="main-menu__item"><a href="%s" class="main-menu__link">%s</a></li>' % (h, html.escape(t))
                    for h, t in menu)
    return U_html("""<!DOCTYPE html>
<html lang="uz">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
	<title>Huquqiy ma'lumotlar — «Qorbuloq» tog'-chang'i kurorti</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="qorbuloq, maxfiylik siyosati, xavfsizlik qoidalari" />
<meta name="description" content="«Qorbuloq» kurortining maxfiylik siyosati va trassalarda xavfsizlik qoidalari." />
<link href="https://qorbuloq.uz/uz/legal/" rel="canonical" />
<link href="https://qorbuloq.uz/ru/legal/" hreflang="ru" rel="alternate" />
<script data-skip-moving="true">(function(w, d, n) {var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){return;}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){cl += " bx-ios";}else if (/Windows/i.test(ua)){cl += ' bx-win';}else if (/Macintosh/i.test(ua)){cl += " bx-mac";}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){cl += " bx-linux";}else if (/Android/i.test(ua)){cl += " bx-android";}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";var ieVersion = -1;if (/AppleWebKit/.test(ua)){cl += " bx-chrome";}else if (/Opera/.test(ua)){cl += " bx-opera";}else if (/Firefox/.test(ua)){cl += " bx-firefox";}ht.className = htc ? htc + " " + cl : cl;})(window, document, navigator);</script>

<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171238402023110" type="text/css"  rel="stylesheet" />
<link href="/bitrix/js/ui/fonts/opensans/ui.font.opensans.min.css?16972840432320" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s2/qorbuloq/page_%(ph)s/page_%(ph)s_v1.css?%(v)s" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s2/qorbuloq/template_%(th)s/template_%(th)s_v1.css?%(v)s" type="text/css"  data-template-style="true" rel="stylesheet" />
<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script>(window.BX||top.BX).message({"JS_CORE_LOADING":"Yuklanmoqda...","JS_CORE_NO_DATA":"- Maʼlumot yoʻq -","JS_CORE_WINDOW_CLOSE":"Yopish","JS_CORE_WINDOW_EXPAND":"Kengaytirish","JS_CORE_WINDOW_NARROW":"Kichraytirish","JS_CORE_WINDOW_SAVE":"Saqlash","JS_CORE_WINDOW_CANCEL":"Bekor qilish","JS_CORE_WINDOW_CONTINUE":"Davom etish","JS_CORE_H":"soat","JS_CORE_M":"daq","JS_CORE_S":"s","JSADM_AI_HIDE_EXTRA":"Qoʻshimchalarni yashirish","JSADM_AI_ALL_NOTIF":"Barcha bildirishnomalar","JSADM_AUTH_REQ":"Avtorizatsiya talab qilinadi!","JS_CORE_WINDOW_AUTH":"Kirish","JS_CORE_IMAGE_FULL":"Toʻliq oʻlcham"});</script>
<script>(window.BX||top.BX).message({"LANGUAGE_ID":"uz","FORMAT_DATE":"DD.MM.YYYY","FORMAT_DATETIME":"DD.MM.YYYY HH:MI:SS","COOKIE_PREFIX":"BITRIX_SM","SERVER_TZ_OFFSET":"18000","UTF_MODE":"Y","SITE_ID":"s2","SITE_DIR":"/uz/","USER_ID":"","SERVER_TIME":%(st)d,"USER_TZ_OFFSET":0,"USER_TZ_AUTO":"Y","bitrix_sessid":"%(sess)s"});</script>

<script src="/bitrix/cache/js/s2/qorbuloq/kernel_main/kernel_main_v1.js?%(v)s"></script>
<script src="/bitrix/js/ui/dexie/dist/dexie3.bundle.min.js?170019871788274"></script>
<script src="/bitrix/js/main/core/core_ls.min.js?17001987152683"></script>
<script src="/bitrix/js/main/session.min.js?17001987152511"></script>
<script>BX.setJSList(["/bitrix/js/main/core/core_fx.js","/bitrix/js/main/session.js","/local/templates/qorbuloq/js/jquery-3.6.0.min.js","/local/templates/qorbuloq/js/bootstrap.min.js","/local/templates/qorbuloq/js/script.js"]);</script>
<script>BX.setCSSList(["/local/templates/qorbuloq/css/bootstrap.min.css","/local/templates/qorbuloq/template_styles.css"]);</script>
<script>bxSession.Expand('%(sess)s.%(sesstail)s');</script>
<script src="/bitrix/cache/js/s2/qorbuloq/template_%(th)s/template_%(th)s_v1.js?%(v)s"></script>
<!-- Yandex.Metrika counter -->
<script type="text/javascript" >
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();
   for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }}
   k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");

   ym(91538274, "init", {
        clickmap:true,
        trackLinks:true,
        accurateTrackBounce:true,
        webvisor:true
   });
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/91538274" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QK7T2V9R4D"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-QK7T2V9R4D');</script>
</head>
<body class="page-legal">
<div id="panel"></div>
<div id="bxdynamic_informer_start" style="display:none"></div>
	<div class="top-informer">
		<div class="container">
%(informer)s
		</div>
	</div>
<div id="bxdynamic_informer_end" style="display:none"></div>
	<header class="header">
		<div class="container header__inner">
			<a href="/uz/" class="header__logo"><img src="/local/templates/qorbuloq/images/logo.svg" alt="«Qorbuloq» tog'-chang'i kurorti" width="180" height="48"></a>
			<nav class="main-menu">
				<ul class="main-menu__list">
%(nav)s
				</ul>
			</nav>
			<div class="header__right">
				<div class="lang-switch"><span class="lang-switch__item lang-switch__item--active">O'zb</span><a href="/ru/legal/" class="lang-switch__item">Рус</a></div>
				<a href="tel:+998712004545" class="header__phone">+998 71 200-45-45</a>
				<a href="/uz/skipass/buy/" class="btn btn-primary header__buy">Ski-pass sotib olish</a>
			</div>
		</div>
	</header>
	<div class="workarea">
		<div class="container">
			<div class="breadcrumbs" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/uz/" title="Bosh sahifa" itemprop="item"><span itemprop="name">Bosh sahifa</span></a><meta itemprop="position" content="1" /></div><div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>Huquqiy ma'lumotlar</span></div><div style="clear:both"></div></div>
			<h1 id="pagetitle">Huquqiy ma'lumotlar</h1>
			<div class="legal-tabs js-tabs">
				<ul class="nav nav-tabs legal-tabs__nav" role="tablist">
					<li role="presentation" class="active"><a href="#privacy" aria-controls="privacy" role="tab" data-toggle="tab" aria-selected="true">Maxfiylik siyosati</a></li>
					<li role="presentation"><a href="#safety" aria-controls="safety" role="tab" data-toggle="tab" aria-selected="false">Xavfsizlik qoidalari</a></li>
				</ul>
				<div class="tab-content">
					<div role="tabpanel" class="tab-pane fade in active" id="privacy">
<div class="legal-doc">
%(policy)s
</div>
					</div>
					<div role="tabpanel" class="tab-pane fade" id="safety">
<div class="legal-doc">
%(safety)s
</div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer">
		<div class="container footer__inner">
			<div class="footer__col">
				<div class="footer__title">«Qorbuloq Resort» MCHJ</div>
				<p>Toshkent viloyati, Bo'stonliq tumani<br>Toshkentdan 85 km</p>
				<p><a href="tel:+998712004545">+998 71 200-45-45</a><br><a href="https://t.me/qorbuloq_resort" target="_blank">Telegram</a> · <a href="https://instagram.com/qorbuloq.resort" target="_blank">Instagram</a></p>
			</div>
			<div class="footer__col footer-webcam">
				<a href="/uz/webcams/" class="footer-webcam__link"><img src="/upload/webcam/cam_top.jpg?%(cam)d" alt="Veb-kamera: yuqori stansiya" width="240" height="135" loading="lazy"><span class="footer-webcam__caption">Yuqori stansiya · %(camt)s</span></a>
			</div>
			<div class="footer__col">
				<ul class="footer__menu">
					<li><a href="/uz/legal/">Maxfiylik siyosati</a></li>
					<li><a href="/uz/legal/#safety">Xavfsizlik qoidalari</a></li>
					<li><a href="/uz/oferta/">Ommaviy oferta</a></li>
				</ul>
				<div class="footer__copy">© 2019–%(year)d «Qorbuloq Resort»</div>
			</div>
		</div>
	</footer>
<script src="//code.jivosite.com/widget/qB7xKd2LmP" async></script>
</body>
</html>
""") % {"ph": mt["page"], "th": mt["tplh"], "v": v, "st": state["server_time"], "sess": state["session"],
       "sesstail": state["server_time"] % 1000, "informer": informer_html(state["informer"]), "nav": nav,
       "policy": bx_html(blocks), "safety": bx_html(safety, 0), "cam": state["webcam"],
       "camt": cam_time.strftime("%d.%m.%Y %H:%M"), "year": when.year}


PAGE = {
    "service": "Qorbuloq Resort",
    "url": URL,
    "lang": "uz",
    "platform": "1C-Bitrix (custom template, composite cache), Bootstrap 3 tabs",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (4f6e1a8c0b2d3e5f7a9b1c3d5e7f9a0b)"),
                      ("P3P", 'policyref="/bitrix/p3p.xml", CP="NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA"')),
    "n": 31,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (3, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#privacy"},
}
