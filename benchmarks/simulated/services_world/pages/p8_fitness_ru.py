"""PulseFit - ru fitness app - Tilda Publishing (one T-record per section, <br><br> paragraphs), promo/counter/review blocks."""
import datetime as dt
import common as C

URL = "https://pulsefit.ru/privacy"
MES = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Политика конфиденциальности

Редакция от {UPDATED}

Настоящая Политика определяет порядок обработки персональных данных пользователей мобильного приложения и сайта PulseFit в соответствии с Федеральным законом № 152-ФЗ «О персональных данных».

## 1. Оператор

Оператор персональных данных — ООО «ПульсФит», ИНН 7704123456, адрес: 119021, г. Москва, ул. Льва Толстого, д. 16. Адрес электронной почты для обращений: [privacy@pulsefit.ru](mailto:privacy@pulsefit.ru).

## 2. Какие данные мы обрабатываем

- имя, адрес электронной почты и номер телефона;
- пол, возраст, рост и вес, указанные в профиле;
- данные о тренировках: вид активности, продолжительность, пульс и расход калорий;
- сведения об оплате подписки (без полных реквизитов банковской карты).

Данные о пульсе и активности мы получаем из Apple Health и Google Fit только с вашего разрешения.

## 3. Цели обработки

Мы используем данные для составления персональных программ тренировок, ведения статистики прогресса, оказания поддержки и направления уведомлений о тренировках.

## 4. Передача третьим лицам

Мы не продаём персональные данные. Данные могут передаваться платёжным сервисам для оформления подписки и сервису аналитики AppMetrica в обезличенном виде.

## 5. Хранение и удаление

Данные хранятся на серверах, расположенных на территории Российской Федерации. При удалении аккаунта данные удаляются в течение 30 дней.

## 6. Права пользователя

Вы можете запросить сведения об обработке ваших данных, потребовать их уточнения или удаления, а также отозвать согласие, направив письмо на [privacy@pulsefit.ru](mailto:privacy@pulsefit.ru).
"""

EDITS = [
    {"note": "deletion period after account removal shortened from 30 to 10 days",
     "repl": [("удаляются в течение 30 дней.", "удаляются в течение 10 рабочих дней.")]},
    {"note": "new section on AI coach (training plans generated from workout history)",
     "repl": [("## 4. Передача третьим лицам", "## 4. ИИ-тренер\n\nФункция «ИИ-тренер» анализирует историю ваших тренировок и показатели пульса, чтобы предлагать нагрузку. Решения ИИ-тренера носят рекомендательный характер. Функцию можно отключить в настройках приложения.\n\n## 5. Передача третьим лицам"),
              ("## 5. Хранение и удаление", "## 6. Хранение и удаление"), ("## 6. Права пользователя", "## 7. Права пользователя")]},
    {"note": "operator address changed (ул. Льва Толстого -> Пресненская наб.)",
     "repl": [("адрес: 119021, г. Москва, ул. Льва Толстого, д. 16.", "адрес: 123112, г. Москва, Пресненская наб., д. 12, офис 4501.")]},
    {"note": "data list: Google Fit replaced by Health Connect, smart-watch bullet added",
     "repl": [("из Apple Health и Google Fit только", "из Apple Health, Health Connect и подключённых умных часов только"),
              ("- сведения об оплате подписки", "- данные, полученные от подключённых фитнес-браслетов и умных часов;\n- сведения об оплате подписки")]},
    {"note": "third parties: AppMetrica sentence reworded, payment provider named (ЮKassa)", "bump": False,
     "repl": [("Данные могут передаваться платёжным сервисам для оформления подписки и сервису аналитики AppMetrica в обезличенном виде.", "Данные могут передаваться платёжному сервису ЮKassa для оформления подписки, а также сервису аналитики AppMetrica в обезличенном виде.")]},
]
REVIEWS = [("Анна", "Занимаюсь три месяца, минус 6 кг!"), ("Игорь", "Удобные программы для дома."), ("Мария", "Лучшее приложение для бега."),
           ("Олег", "ИИ-тренер подбирает нагрузку отлично."), ("Света", "Нравятся короткие тренировки по 15 минут."), ("Дмитрий", "Синхронизация с часами работает.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": (str(rng.randint(10**9, 10**10)), C.hexs(rng, 32))}
    s["published"] = C.keep_or(rng, prev.get("published"), 0.45, lambda: str(int(when.timestamp()) - rng.randint(3600, 86400 * 30)))
    s["workouts"] = 1200000 + i * 91234 + rng.randint(0, 50000)
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: (rng.choice(["FIT30", "SUMMER50", "NEWYEAR", "PULSE20", "START7"]), rng.choice([20, 30, 50])))
    s["reviews"] = tuple(rng.sample(range(len(REVIEWS)), 3))
    s["countdown"] = (when.date() + dt.timedelta(days=rng.randint(1, 5))).isoformat()
    return s


LABELS = {"tokens": "per-visit tokens (tildastat visitor id, Tilda form session)",
          "published": "Tilda publish timestamp (?t= on page assets, data-tilda-page-version)",
          "workouts": "'тренировок выполнено' live counter block", "promo": "promo-code block",
          "reviews": "user-review carousel order", "countdown": "promo countdown deadline"}

PID = "31874511"


def rec(rid, rtype, inner, extra=""):
    return '<div id="rec%s" class="r t-rec t-rec_pt_30 t-rec_pb_30%s" data-record-type="%s">%s</div>' % (rid, extra, rtype, inner)


def tilda_text(bl):
    """blocks of one section -> t-text inner html: paragraphs joined by <br /><br />, lists as <ul>."""
    out, prev_p = [], False
    for b in bl:
        if b[0] in ("p", "addr"):
            t = "<br />".join(C.inline_html(x) for x in (b[1] if b[0] == "addr" else [b[1]]))
            out.append(("<br /><br />" if prev_p else "") + t)
            prev_p = True
        else:
            out.append(C.block_html(b))
            prev_p = False
    return "".join(out)


def tilda_md(bl, base):
    out, prev_p = [], False
    for b in bl:
        md = C.block_md(b, base)
        if b[0] in ("p", "addr") and prev_p:
            out[-1] += "  \n  \n" + md
        else:
            out.append(md)
        prev_p = b[0] in ("p", "addr")
    return "\n\n".join(out)


def gold_md(blocks):
    head, secs = C.split_sections(blocks[1:])
    parts = [C.block_md(blocks[0], URL), tilda_md(head, URL)]
    for t, bl in secs:
        parts.append(C.block_md(("h2", t), URL))
        parts.append(tilda_md(bl, URL))
    return "\n\n".join(parts)


def render(s, blocks, when):
    vid, sess = s["tokens"]
    pub = s["published"]
    head, secs = C.split_sections(blocks[1:])
    recs = [rec("512000101", "257", '<div class="t228 t228__positionfixed"><div class="t228__maincontainer"><a href="/"><img src="https://static.tildacdn.com/tild3632-6231-4b37-b232-313934623764/logo.svg" class="t228__imglogo" alt="PulseFit"></a>'
                '<nav class="t228__centerside"><ul class="t-menu__list"><li><a class="t-menu__link-item" href="/#programs">Программы</a></li><li><a class="t-menu__link-item" href="/#prices">Тарифы</a></li>'
                '<li><a class="t-menu__link-item" href="/blog">Блог</a></li><li><a class="t-menu__link-item" href="/faq">Вопросы</a></li></ul></nav><a class="t-btn" href="https://app.pulsefit.ru/signup">Попробовать бесплатно</a></div></div>'),
            rec("512000102", "131", '<div class="t131"><div class="t-container"><h1 class="t131__title t-title t-title_xs" field="title">%s</h1></div></div>' % C.inline_html(blocks[0][1])),
            rec("512000103", "106", '<div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md">%s</div></div></div></div>' % tilda_text(head))]
    for n, (t, bl) in enumerate(secs):
        rid = 512000110 + 2 * n
        recs.append(rec(str(rid), "30", '<div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_10 t-prefix_1"><h2 class="t030__title t-title t-title_xxs" field="title">%s</h2></div></div></div>' % C.inline_html(t)))
        recs.append(rec(str(rid + 1), "106", '<div class="t004"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md">%s</div></div></div></div>' % tilda_text(bl)))
    code, pct = s["promo"]
    recs.append(rec("512000201", "396", '<div class="t396 promo"><div class="tn-atom">Скидка %d%% на годовую подписку по промокоду <b>%s</b></div><div class="tn-atom t-timer" data-deadline="%s 23:59">до конца акции</div></div>' % (pct, code, s["countdown"]), " t-rec_promo"))
    recs.append(rec("512000202", "491", '<div class="t491"><div class="t491__title t-title">%s</div><div class="t491__descr t-descr">тренировок выполнено с PulseFit</div></div>' % "{:,}".format(s["workouts"]).replace(",", "\u00a0")))
    recs.append(rec("512000203", "532", '<div class="t532 t-slds">%s</div>' % "".join('<div class="t-slds__item"><div class="t-name">%s</div><div class="t-descr">%s</div></div>' % REVIEWS[k] for k in s["reviews"])))
    recs.append(rec("512000299", "345", '<div class="t345"><div class="t-container"><div class="t345-text">© %d ООО «ПульсФит» · <a href="/privacy">Политика конфиденциальности</a> · <a href="/oferta">Публичная оферта</a></div></div></div>' % when.year))
    recs.append(rec("512000300", "657", '<div class="t657"><div class="t657__text">Мы используем cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>.</div><button class="t657__btn">OK</button></div>'))
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Политика конфиденциальности — PulseFit</title>'
            '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" />'
            '<link rel="stylesheet" href="/tilda-blocks-page%s.min.css?t=%s" type="text/css" media="all" />'
            '<script src="/tilda-blocks-page%s.min.js?t=%s" charset="utf-8" async></script>'
            '</head><body class="t-body" style="margin:0;"><!--allrecords--><div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6123450" data-tilda-page-id="%s" data-tilda-page-alias="privacy" data-tilda-formskey="%s" data-tilda-lazy="yes" data-tilda-project-headcode="yes" data-tilda-page-version="%s">'
            '%s</div><!--/allrecords-->'
            '<script type="text/javascript">window.tildastatVisitorId = "%s"; window.tildaPageId = "%s";</script>'
            '<script type="text/javascript" src="https://static.tildacdn.com/js/tilda-stat-1.0.min.js" async></script>'
            '</body></html>'
            % (PID, pub, PID, pub, PID, sess, pub, "".join(recs), vid, PID))


PAGE = {
    "service": "PulseFit", "url": URL, "lang": "ru-RU", "platform": "Tilda Publishing",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 9, 10),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#allrecords"],
                    "remove": ["#rec512000101", ".t-rec_promo", "[data-record-type='491']", "[data-record-type='532']", "#rec512000299", ".t657"]},
}
