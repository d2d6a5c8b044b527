"""Teplyi Dim - uk heating installers (boilers, heat pumps; Kyiv) - Tilda Publishing behind Cloudflare."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://teplyidim.com.ua/privacy"
MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Редакція від {UPDATED}

ТОВ «Теплий Дім Сервіс» проєктує та монтує системи опалення, встановлює газові й електричні котли, теплові насоси та резервне живлення для приватних будинків у Києві та області. Ця політика пояснює, як ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних».

## Володілець персональних даних

@ ТОВ «Теплий Дім Сервіс», код ЄДРПОУ 43218765
@ вул. Кирилівська, 82, м. Київ, 04080
@ e-mail: [privacy@teplyidim.com.ua](mailto:privacy@teplyidim.com.ua)

## Які дані ми обробляємо

- прізвище, ім'я, номер телефону та e-mail;
- адресу об'єкта, план приміщень і фото котельні;
- дані для договору та рахунку: ПІБ або назву ФОП, РНОКПП;
- історію звернень і сервісного обслуговування обладнання.

## Мета обробки

Ми обробляємо дані, щоб підготувати кошторис, укласти та виконати договір, здійснювати гарантійне й сервісне обслуговування, а також надсилати нагадування про щорічне обслуговування котла, якщо ви на це погодилися.

## Кому ми передаємо дані

| Отримувач | Мета |
| ТОВ «Нова Пошта» | доставка обладнання |
| ТОВ «Вчасно Сервіс» | електронний документообіг |
| АТ «Приватбанк» | прийом платежів |
| Tilda Publishing | хостинг сайту та форм |

## Строк зберігання

Дані за договорами зберігаємо 3 роки після закінчення гарантійного строку, бухгалтерські документи — відповідно до податкового законодавства.

## Ваші права

Ви маєте право знати, які дані про вас обробляються, вимагати їх виправлення або видалення, відкликати згоду та звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини.
"""

EDITS = [
    {"note": "new item: backup power sizing data (generators, inverters)",
     "repl": [("- історію звернень і сервісного обслуговування обладнання.", "- історію звернень і сервісного "
               "обслуговування обладнання;\n- дані про споживання електроенергії для підбору генератора або "
               "інвертора.")]},
    {"note": "address moved (Kyrylivska 82 -> Bilytska 41)", "repl": [("@ вул. Кирилівська, 82, м. Київ, 04080",
                                                                      "@ вул. Білицька, 41, м. Київ, 04073")]},
    {"note": "new recipient row (Monobank acquiring)", "repl": [("| АТ «Приватбанк» | прийом платежів |",
                                                               "| АТ «Приватбанк» | прийом платежів |\n"
                                                               "| АТ «Універсал Банк» (monobank) | інтернет-"
                                                               "еквайринг |")]},
    {"note": "retention 3 -> 5 years", "repl": [("зберігаємо 3 роки", "зберігаємо 5 років")]},
    {"note": "new sentence: DPO / contact phone", "repl": [("з прав людини.", "з прав людини. Відповідальна особа "
                                                          "з питань захисту даних: Олена Мельник, +380 44 390 "
                                                          "12 12.")]},
    {"note": "typo fixed without new date (кошторис -> кошторис робіт)", "bump": False,
     "repl": [("підготувати кошторис,", "підготувати кошторис робіт,")]},
]


def outage(when):
    d = when.date()
    return dt.date(2022, 10, 15) <= d <= dt.date(2023, 2, 28) or dt.date(2024, 5, 20) <= d <= dt.date(2024, 9, 1)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"cf": K.cf_params(rng)}
    s["pub"] = C.keep_or(rng, prev.get("pub"), 0.35, lambda: C.epoch(when) - rng.randint(3600, 40 * 86400))
    s["outage"] = outage(when)
    s["season"] = K.season(when, [((8, 9, 10), "Підготуйте котел до зими: сервіс від 1 500 грн"),
                                  ((3, 4, 5), "Тепловий насос до наступного сезону – безкоштовний виїзд")]) or ""
    return s


LABELS = {"cf": "Cloudflare challenge-platform params per request", "pub": "Tilda publish timestamp (?t=)",
          "outage": "power-outage notice (Zero Block) in the header", "season": "seasonal offer block"}


def render(s, blocks, when):
    t = s["pub"]
    text = C.render_blocks(blocks[1:], sep="<br />")
    notice = ('<div id="rec498765431" class="r t-rec" data-record-type="396"><div class="t396"><div class="t396__'
              'artboard"><div class="tn-elem" data-elem-type="text"><div class="tn-atom">Ми працюємо під час '
              'відключень: бригади з генераторами, телефон гарячої лінії активний.</div></div></div></div></div>'
              if s["outage"] else "")
    offer = ('<div id="rec498765439" class="r t-rec t-rec_pt_30" data-record-type="30"><div class="t030"><div class='
             '"t-container t-align_center"><div class="t030__title t-title">%s</div></div></div></div>'
             % C.esc(s["season"]) if s["season"] else "")
    return (
        '<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/'
        'html; charset=utf-8" /><title>Політика конфіденційності — Теплий Дім</title>'
        '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" />'
        '<link rel="stylesheet" href="/tilda-blocks-page38211234.min.css?t=%d" type="text/css" />'
        '<script src="/tilda-blocks-page38211234.min.js?t=%d" charset="utf-8" async></script></head>'
        '<body class="t-body" style="margin:0;"><div id="allrecords" data-tilda-export="yes" class="t-records" '
        'data-hook="blocks-collection-content-node" data-tilda-project-id="7712345" data-tilda-page-id="38211234" '
        'data-tilda-formskey="2a9f0c6b1d4e8f3a7c5b" data-tilda-lazy="yes">%s'
        '<div id="rec498765432" class="r t-rec" data-record-type="257"><div class="t228"><div class="t228__left-side">'
        '<a href="/"><img src="https://static.tildacdn.com/tild6331-3862/logo.svg" class="t228__imglogo" alt="Теплий'
        ' Дім"></a></div><nav class="t228__centerside"><ul class="t228__list"><li class="t228__list_item"><a class='
        '"t-menu__link-item" href="/kotly">Котли</a></li><li class="t228__list_item"><a class="t-menu__link-item" '
        'href="/teplovi-nasosy">Теплові насоси</a></li><li class="t228__list_item"><a class="t-menu__link-item" '
        'href="/kontakty">Контакти</a></li></ul></nav></div></div>'
        '<div id="rec498765433" class="r t-rec t-rec_pt_60 t-rec_pb_60" data-record-type="33"><div class="t017"><div '
        'class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2"><div class="t017__title t-title '
        't-title_xxs" field="title">%s</div></div></div></div></div>'
        '<div id="rec498765434" class="r t-rec t-rec_pb_60" data-record-type="106"><div class="t004"><div class='
        '"t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md ">%s</div>'
        '</div></div></div></div>%s'
        '<div id="rec498765440" class="r t-rec" data-record-type="420"><div class="t420"><div class="t-container">'
        '<div class="t420__text t-descr">© ТОВ «Теплий Дім Сервіс» · +380 44 390 12 12</div></div></div></div>'
        '</div>%s</body></html>\n'
        % (t, t, notice, C.esc(blocks[0][1]), text, offer, s["cf"]))


PAGE = {
    "service": "Teplyi Dim", "url": URL, "lang": "uk-UA", "platform": "Tilda Publishing (Cloudflare)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 20), "end": dt.date(2026, 5, 20), "hours": (0, 8, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#rec498765433 .t017__title", "#rec498765434 .t-text"]},
}
