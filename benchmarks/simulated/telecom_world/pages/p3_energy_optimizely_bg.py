"""Trakia Energy (Plovdiv) - bg-BG - Optimizely CMS 12 (formerly Episerver), an electricity and natural-gas supplier.

The page's ContentArea holds, in order: a text block (h1, date, intro), an "energy-saving tip of the week" block,
the policy's sections as a collapsed Bootstrap accordion block (anchor #privacy), a second accordion block with
the notice for job applicants (its own document, edited on its own), and an EPiServer Forms container (DPO
contact form: __FormGuid, __FormSubmissionId, __RequestVerificationToken). Around it: the monthly KEVR
regulated gas-price notice bar, a regulated price table in the sidebar, an Optimizely Web Experimentation hero
test, "Публикувано на" page stamp, /globalassets and dist bundle hashes."""
import datetime as dt
import common as C

URL = "https://www.trakiaenergy.bg/bg/klienti/politika-za-poveritelnost/"
MESECI = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
          "декември"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MESECI[d.month - 1], d.year)


POLICY = """
# Политика за поверителност

Последна актуализация: {UPDATED}

„Тракия Енерджи“ ЕАД е лицензиран доставчик на електрическа енергия и природен газ за битови и небитови клиенти. В тази политика описваме как обработваме личните данни на нашите клиенти, на посетителите на сайта и на потребителите на портала „Моят профил“.

## Администратор на лични данни

„Тракия Енерджи“ ЕАД, ЕИК 204518733, със седалище и адрес на управление: гр. Пловдив, бул. „Христо Ботев“ № 37.

Длъжностното лице по защита на данните може да бъде потърсено на [dpo@trakiaenergy.bg](mailto:dpo@trakiaenergy.bg).

## Какви данни събираме

| Категория | Примери |
| Идентификационни данни | три имена, ЕГН, адрес на обекта |
| Данни за потреблението | клиентски номер, ИТН на обекта, показания на електромера и газомера |
| Данни за плащанията | фактури, плащания, задължения |

## Цели на обработването

Обработваме данните, за да сключим и изпълним договора за доставка, да фактурираме консумираната енергия и да обслужваме вашите запитвания и жалби.

Данните за потреблението използваме и за прогнозиране на товара и за изпълнение на задълженията ни към Електроенергийния системен оператор.

## Получатели

Предоставяме данни на операторите на електроразпределителната и газоразпределителната мрежа, на банки и платежни институции за събиране на плащания и на Комисията за енергийно и водно регулиране при поискване.

## Срок на съхранение

Договорите и фактурите съхраняваме 10 години след края на годината, в която са издадени, съгласно Закона за счетоводството. Данните от запитвания, които не са довели до договор, изтриваме след 6 месеца.

## Вашите права

Имате право на достъп, коригиране, изтриване, ограничаване на обработването, преносимост и възражение. Можете да подадете жалба до [Комисията за защита на личните данни](https://www.cpdp.bg/).
"""

EDITS = [
    {"note": "recipients: gas-meter reading contractor 'Отчет Сървиз' ООД added",
     "repl": [("на банки и платежни институции", "на „Отчет Сървиз“ ООД, което отчита газомерите по наше възлагане, на банки и платежни институции")]},
    {"note": "data table: new row for smart-meter hourly load profiles",
     "repl": [("| Данни за плащанията |", "| Данни от интелигентни измервателни уреди | почасови товарови профили, данни за отдадена енергия от покривни фотоволтаици |\n| Данни за плащанията |")]},
    {"note": "retention of non-converted enquiries 6 -> 3 months, inside the collapsed 'Срок на съхранение' panel (silent)", "bump": False,
     "repl": [("изтриваме след 6 месеца.", "изтриваме след 3 месеца.")]},
    {"note": "new section 'Автоматизирано вземане на решения' (no solely automated decisions, creditworthiness check)",
     "repl": [("## Получатели", "## Автоматизирано вземане на решения\n\nНе вземаме решения, основани единствено на автоматизирано обработване. При сключване на договор за небитови клиенти проверяваме кредитоспособността чрез справка в Централния кредитен регистър, като решението се взема от служител.\n\n## Получатели")]},
    {"note": "DPO contact changed: new address zld@trakiaenergy.bg and a phone line",
     "repl": [("може да бъде потърсено на [dpo@trakiaenergy.bg](mailto:dpo@trakiaenergy.bg).", "може да бъде потърсено на [zld@trakiaenergy.bg](mailto:zld@trakiaenergy.bg) или на телефон 0700 18 445.")]},
]

TIPS = [
    ("Перална машина на 30 °C", "Прането на 30 вместо на 60 градуса намалява разхода на електроенергия с до 40%."),
    ("Бойлерът и нощната тарифа", "Включвайте бойлера с таймер през нощната тарифа между 22:00 и 06:00 ч."),
    ("Уплътнете прозорците", "Добре уплътнените прозорци намаляват топлинните загуби с до 15%."),
    ("Климатикът на 24 °C", "Всеки градус по-ниско на климатика през лятото увеличава разхода с около 6%."),
    ("LED осветление", "LED крушките консумират до 80% по-малко енергия от класическите."),
    ("Газовият котел", "Годишният сервиз на котела поддържа ефективността му и вашата безопасност."),
]
HEROES = {"a": "Смени доставчика онлайн за 10 минути", "b": "Фиксирана цена на тока за 12 месеца"}


def gas_price(when):
    # KEVR approves the public supplier's gas price monthly (leva/MWh without VAT)
    return "%.2f" % (60 + ((when.year * 12 + when.month) * 37 % 90) + (when.year - 2021) * 3.5)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = ("CfDJ8" + C.b64tok(rng, 96).replace("+", "-").replace("/", "_").rstrip("="), C.uuid4(rng))
    s["kevr"] = (when.year, when.month)
    s["tip"] = C.keep_or(rng, prev.get("tip"), 0.7, lambda: rng.randrange(len(TIPS)))
    s["hero"] = rng.choice("ab")
    s["experiment"] = C.keep_or(rng, prev.get("experiment"), 0.2, lambda: str(rng.randint(24000000000, 24999999999)))
    s["candidates"] = 0 if when < dt.datetime(2022, 11, 1) else (1 if when < dt.datetime(2024, 9, 1) else 2)
    s["published"] = C.keep_or(rng, prev.get("published"), 0.35,
                               lambda: (when - dt.timedelta(days=rng.randint(0, 20))).strftime("%d.%m.%Y"))
    s["dist"] = C.keep_or(rng, prev.get("dist"), 0.3, lambda: C.hexs(rng, 20))
    return s


LABELS = {
    "tokens": "per-visit tokens (__RequestVerificationToken, __FormSubmissionId)",
    "kevr": "monthly KEVR regulated gas-price notice bar and price table",
    "tip": "energy-saving tip block (between intro block and accordion) rotated",
    "hero": "Optimizely Web Experimentation hero variant",
    "experiment": "Optimizely snippet project id",
    "candidates": "job-applicant notice (second accordion block, another document) edited",
    "published": "'Публикувано на' page stamp",
    "dist": "dist bundle hashes",
}

CANDIDATES = [
    [("Кой обработва данните ви", "Администратор е „Тракия Енерджи“ ЕАД. Обработваме автобиографиите и мотивационните писма, които ни изпратите."),
     ("Срок", "Съхраняваме документите ви 6 месеца след приключване на подбора.")],
    [("Кой обработва данните ви", "Администратор е „Тракия Енерджи“ ЕАД. Обработваме автобиографиите и мотивационните писма, които ни изпратите чрез платформата за подбор."),
     ("Срок", "Съхраняваме документите ви 6 месеца след приключване на подбора."),
     ("Препоръки", "Ако посочите лица за препоръка, ще се свържем с тях само с ваше съгласие.")],
    [("Кой обработва данните ви", "Администратор е „Тракия Енерджи“ ЕАД. Обработваме автобиографиите и мотивационните писма, които ни изпратите чрез платформата за подбор."),
     ("Срок", "С ваше съгласие съхраняваме документите ви до 2 години за бъдещи позиции; без съгласие – 6 месеца."),
     ("Препоръки", "Ако посочите лица за препоръка, ще се свържем с тях само с ваше съгласие.")],
]


def _accordion(aid, items):
    out = []
    for n, (title, inner) in enumerate(items):
        hid = "%s-h%d" % (aid, n)
        cid = "%s-c%d" % (aid, n)
        out.append('<div class="accordion-item">\n<h2 class="accordion-header" id="%s"><button class="accordion-button collapsed" type="button" '
                   'data-bs-toggle="collapse" data-bs-target="#%s" aria-expanded="false" aria-controls="%s">%s</button></h2>\n'
                   '<div id="%s" class="accordion-collapse collapse" aria-labelledby="%s" data-bs-parent="#%s-acc">\n'
                   '<div class="accordion-body">\n%s\n</div>\n</div>\n</div>' % (hid, cid, cid, C.inline_html(title), cid, hid, aid, inner))
    return '<div class="accordion" id="%s-acc">\n%s\n</div>' % (aid, "\n".join(out))


def render(s, blocks, when):
    rvt, subm = s["tokens"]
    head, secs = C.split_sections(blocks)
    tcls = {"table": "table table-bordered"}
    intro = C.blocks_html(head, {"p": ""})
    acc = _accordion("privacy", [(h, C.blocks_html(bl, tcls)) for h, bl in secs])
    cand = _accordion("kandidati", [(t, "<p>%s</p>" % p) for t, p in CANDIDATES[s["candidates"]]])
    tt, tx = TIPS[s["tip"]]
    y, m = s["kevr"]
    price = gas_price(when)
    form_guid = "c2d1f0a2-7b3e-4c8d-9a61-5e4f3b2a1c0d"
    form = ('<form method="post" novalidate="novalidate" data-f-metadata="" aria-labelledby="%s_label" enctype="multipart/form-data" '
            'class="EPiServerForms" data-f-type="form" id="%s">\n'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormGuid" value="%s" data-f-type="hidden" />\n'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormHostedPage" value="1843" data-f-type="hidden" />\n'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormLanguage" value="bg" data-f-type="hidden" />\n'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormCurrentStepIndex" value="0" data-f-type="hidden" />\n'
            '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="__FormSubmissionId" value="%s" data-f-type="hidden" />\n'
            '<input name="__RequestVerificationToken" type="hidden" value="%s" />\n'
            '<h2 class="Form__Title">Свържете се с длъжностното лице</h2>\n<aside class="Form__Description">Отговаряме в срок до един месец.</aside>\n'
            '<div class="Form__MainBody"><section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData">'
            '<div class="Form__Element FormTextbox ValidationRequired" data-f-element-name="__field_2114" data-f-type="textbox">'
            '<label for="b6b3" class="Form__Element__Caption">Име</label><input name="__field_2114" id="b6b3" type="text" class="FormTextbox__Input" /></div>'
            '<div class="Form__Element FormTextbox FormTextbox--Textarea" data-f-element-name="__field_2115" data-f-type="textbox">'
            '<label for="b6b4" class="Form__Element__Caption">Вашето запитване</label><textarea name="__field_2115" id="b6b4" class="FormTextbox__Input"></textarea></div>'
            '<button type="submit" name="submit" value="9c1f" class="Form__Element FormExcludeDataRebind FormSubmitButton">Изпрати</button></section></div>\n'
            '</form>' % (form_guid, form_guid, form_guid, subm, rvt))
    price_rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in [
        ("Електрическа енергия, дневна", "%.5f лв./kWh" % (0.14 + (y - 2021) * 0.007)),
        ("Електрическа енергия, нощна", "%.5f лв./kWh" % (0.08 + (y - 2021) * 0.004)),
        ("Природен газ", "%s лв./MWh" % price)])
    return ('<!DOCTYPE html>\n<html lang="bg">\n<head>\n<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<title>Политика за поверителност | Тракия Енерджи</title>\n'
            '<link rel="stylesheet" href="/dist/main.%s.css" />\n'
            '<script src="https://cdn.optimizely.com/js/%s.js"></script>\n'
            '<meta property="og:image" content="https://www.trakiaenergy.bg/globalassets/brand/og-trakia.jpg" />\n'
            '</head>\n<body class="standardpage">\n'
            '<div class="notice-bar notice-bar--regulator" role="status"><div class="container">КЕВР утвърди цена на природния газ за %s %d г.: '
            '<strong>%s лв./MWh</strong> без ДДС. <a href="/bg/klienti/ceni">Вижте всички цени</a></div></div>\n'
            '<header class="site-header"><div class="container"><a class="site-header__logo" href="/bg/"><img src="/globalassets/brand/trakia-logo.svg" alt="Тракия Енерджи" /></a>'
            '<nav class="main-nav"><ul><li><a href="/bg/domakinstva/">Домакинства</a></li><li><a href="/bg/biznes/">Бизнес</a></li>'
            '<li><a href="/bg/klienti/">Клиенти</a></li><li><a href="/bg/za-nas/">За нас</a></li></ul></nav>'
            '<a class="btn btn-primary" href="https://moyat-profil.trakiaenergy.bg/">Моят профил</a></div></header>\n'
            '<div class="hero hero--%s"><div class="container"><p class="hero__title">%s</p><a class="btn btn-light" href="/bg/domakinstva/smeni-dostavchika/">Научете повече</a></div></div>\n'
            '<div class="container"><div class="row">\n<div class="col-lg-9">\n'
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/bg/">Начало</a></li><li class="breadcrumb-item"><a href="/bg/klienti/">Клиенти</a></li>'
            '<li class="breadcrumb-item active">Политика за поверителност</li></ol></nav>\n'
            '<div class="contentarea row">\n'
            '<div class="block textblock col-12 displaymode-full">\n%s\n</div>\n'
            '<div class="block energytipblock col-12 displaymode-full"><div class="energy-tip"><span class="energy-tip__label">Съвет на седмицата</span>'
            '<h3 class="energy-tip__title">%s</h3><p>%s</p><a href="/bg/sanveti/">Още съвети за пестене</a></div></div>\n'
            '<div class="block accordionblock col-12 displaymode-full" id="privacy">\n%s\n</div>\n'
            '<div class="block accordionblock col-12 displaymode-full" id="kandidati">\n<h2 class="accordionblock__heading">Уведомление за кандидати за работа</h2>\n%s\n</div>\n'
            '<div class="block formcontainerblock col-12 displaymode-full">\n%s\n</div>\n'
            '</div>\n<p class="page-meta">Публикувано на %s</p>\n</div>\n'
            '<aside class="col-lg-3"><div class="price-box"><h3>Цени от %02d.%d</h3><table class="table table-sm">%s</table>'
            '<p class="small">Цените са утвърдени с решение на КЕВР и са без ДДС.</p></div></aside>\n'
            '</div></div>\n'
            '<footer class="site-footer"><div class="container"><p>© %d „Тракия Енерджи“ ЕАД · Лицензия № Л-512-15 от КЕВР</p>'
            '<p><a href="/bg/klienti/politika-za-poveritelnost/">Политика за поверителност</a> · <a href="/bg/biskvitki/">Бисквитки</a> · '
            '<a href="/bg/obshti-uslovia/">Общи условия</a></p></div></footer>\n'
            '<script src="/dist/main.%s.js" defer></script>\n'
            '<script src="/Util/EPiServer.Forms/EPiServerForms.min.js"></script>\n'
            '</body>\n</html>\n'
            % (s["dist"], s["experiment"], MESECI[m - 1], y, price, s["hero"], HEROES[s["hero"]], intro, tt, tx, acc, cand,
               form, s["published"], m, y, price_rows, when.year, s["dist"][:12]))


PAGE = {
    "service": "Trakia Energy", "url": URL, "lang": "bg-BG", "platform": "Optimizely (Episerver)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 2, 10), "end": dt.date(2026, 7, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".contentarea .textblock", "#privacy"]},
}
