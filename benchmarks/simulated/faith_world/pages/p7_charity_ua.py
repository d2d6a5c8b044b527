"""Благодійний фонд «Милосердя Покрови», Kyiv - Ukrainian - Tilda (static publish: T228 menu, T004 text block with
the policy as Tilda's flat rich text, a shared header banner with the current fund-raiser), WayForPay/LiqPay."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://myloserdia-pokrovy.org.ua/privacy"
REC = "538201447"


def fmt_date(d):
    return "%d %s %d р." % (d.day, K.MONTHS["uk"][d.month - 1], d.year)


POLICY = """
Редакція від {UPDATED}

Благодійний фонд «Милосердя Покрови» (код ЄДРПОУ 43918206), заснований при парафії Покрови Пресвятої Богородиці, поважає приватність благодійників, волонтерів і людей, яким ми допомагаємо. Ця політика пояснює, як ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних».

## 1. Володілець персональних даних

@ Благодійний фонд «Милосердя Покрови»
@ вул. Межигірська, 25, м. Київ, 04071
@ тел. +380 44 555 27 90
@ e-mail: privacy@myloserdia-pokrovy.org.ua

## 2. Які дані ми збираємо

- ім'я, прізвище, номер телефону та електронну адресу благодійника;
- суму, дату та спосіб внеску (картка, банківський переказ, «банка» monobank);
- дані отримувачів допомоги: прізвище, ім'я, по батькові, адресу, склад сім'ї, довідку про взяття на облік внутрішньо переміщеної особи, відомості про інвалідність;
- дані волонтерів: контакти, вік, досвід і зручний час для служіння.

## 3. Мета обробки

Ми використовуємо дані для прийому пожертв і звітування перед благодійниками, для визначення потреб і видачі продуктових наборів, ліків та одягу, для координації волонтерів, а також для виконання вимог податкового законодавства щодо неприбуткових організацій. Розсилку новин ми надсилаємо лише за вашою згодою.

## 4. Передача даних

Платежі на сайті обробляють ТОВ «ВЕЙФОРПЕЙ» та АТ КБ «ПриватБанк» (LiqPay); ми не отримуємо повних реквізитів вашої картки. Розсилку новин здійснюємо через сервіс SendPulse. Дані отримувачів допомоги ми не передаємо третім особам, крім випадків, передбачених законом.

## 5. Строк зберігання

Дані благодійників зберігаються протягом трьох років після останнього внеску. Дані отримувачів допомоги зберігаються протягом строку надання допомоги та одного року після нього.

## 6. Ваші права

Відповідно до статті 8 Закону ви маєте право знати, які дані про вас обробляються, отримати до них доступ, вимагати їх виправлення чи знищення, відкликати згоду на обробку та звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини або до суду.

## Безпека даних

Доступ до персональних даних мають лише працівники та волонтери фонду, яким вони потрібні для виконання обов'язків, і кожен із них підписує зобов'язання про нерозголошення. Паперові анкети отримувачів допомоги зберігаються в зачиненій шафі в офісі фонду, а електронні бази захищені паролями та двофакторною автентифікацією. У разі витоку даних ми повідомимо про це Уповноваженого та осіб, яких він стосується.

## Файли cookie

Наш сайт використовує файли cookie, необхідні для його роботи, а також аналітичні файли cookie Google Analytics, які допомагають нам зрозуміти, скільки людей відвідує сайт. Ви можете вимкнути аналітичні файли cookie в налаштуваннях браузера.

## Зміни політики

Ми можемо оновлювати цю політику. Нова редакція набирає чинності з моменту її публікації на цій сторінці.
"""

EDITS = [
    {"note": "monobank acquiring added as a payment processor",
     "repl": [("«ВЕЙФОРПЕЙ» та АТ КБ «ПриватБанк» (LiqPay);",
               "«ВЕЙФОРПЕЙ», АТ КБ «ПриватБанк» (LiqPay) та АТ «Універсал Банк» (monobank);")]},
    {"note": "words added without a new date (volunteers list item: 'служіння' -> 'служіння у фонді')",
     "bump": False,
     "repl": [("досвід і зручний час для служіння.", "досвід і зручний час для служіння у фонді.")]},
    {"note": "new section: humanitarian aid abroad / foreign donors (PayPal, EU data transfer)",
     "repl": [("## 5. Строк зберігання",
               "## 5. Благодійники з-за кордону\n\n"
               "Пожертви з-за кордону ми приймаємо через PayPal (Europe) S.à r.l. et Cie, S.C.A. та на валютний "
               "рахунок фонду. Дані таких благодійників обробляються в Європейському Союзі на умовах PayPal і "
               "використовуються лише для подяки та звітування.\n\n"
               "## 6. Строк зберігання"),
              ("## 6. Ваші права", "## 7. Ваші права")]},
    {"note": "fund office moved (Межигірська 25 -> Костянтинівська 18) and new phone",
     "repl": [("@ вул. Межигірська, 25, м. Київ, 04071\n@ тел. +380 44 555 27 90",
               "@ вул. Костянтинівська, 18, м. Київ, 04071\n@ тел. +380 67 555 41 06")]},
    {"note": "donor data retention three -> five years; SendPulse replaced by Brevo",
     "repl": [("протягом трьох років після останнього внеску", "протягом п'яти років після останнього внеску"),
              ("через сервіс SendPulse.", "через сервіс Brevo.")]},
]

APPEALS = [(dt.date(2021, 1, 1), "Теплі речі для переселенців", 400000),
           (dt.date(2022, 3, 1), "Ліки та продукти для переселенців", 2500000),
           (dt.date(2022, 10, 20), "Генератори для лікарні в Херсоні", 1800000),
           (dt.date(2023, 6, 8), "Питна вода для Херсонщини після підриву ГЕС", 900000),
           (dt.date(2023, 11, 1), "Зимові набори для прифронтових сіл", 1500000),
           (dt.date(2024, 6, 1), "Сонячні станції для центру допомоги", 2200000),
           (dt.date(2025, 2, 1), "Реабілітація поранених: ліки та протези", 3000000),
           (dt.date(2025, 11, 10), "Генератори для громад на Сумщині", 2000000)]


def noise(rng, when, i, prev):
    prev = prev or {}
    start = [a for a in APPEALS if a[0] <= when.date()][-1]
    s = {"appeal": start[1]}
    frac = min(0.97, (when.date() - start[0]).days / 200.0 + rng.random() * 0.08)
    s["raised"] = int(start[2] * frac) + rng.randint(0, 999)
    s["publish"] = C.epoch(when) - rng.randint(600, 4 * 86400)
    return s


LABELS = {"appeal": "shared header banner's current fund-raiser", "raised": "banner's amount raised (republished)",
          "publish": "Tilda publish timestamps (?t= on page CSS/JS)", "easter": "Easter greeting in the banner"}


def tilda_text(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<strong>%s</strong>" % C.inline_html(v))
        elif kind == "p":
            out.append(C.inline_html(v))
        elif kind == "addr":
            out.append("<br />".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    html_ = ""
    for n, part in enumerate(out):
        if n:
            html_ += "" if part.startswith("<ul>") or out[n - 1].startswith("<ul>") else "<br /><br />"
        html_ += part
    return html_


def render(s, blocks, when):
    now, off = K.local(when, "ua")
    d = now.date()
    appeal = [a for a in APPEALS if a[1] == s["appeal"]][0]
    easter = K.in_window(d, K.orthodox_easter(d.year), 3, 7)
    s["easter"] = easter
    t = s["publish"]
    pct = int(100 * s["raised"] / appeal[2])
    banner = ('<div class="t396__elem tn-elem tn-elem__6120533011700000000" data-elem-type="text"><div '
              'class="tn-atom">%s%s: зібрано %s ₴ з %s ₴</div></div><div class="t396__elem tn-elem" '
              'data-elem-type="shape"><div class="tn-atom" style="width:%d%%"></div></div><div class="t396__elem '
              'tn-elem" data-elem-type="button"><a class="tn-atom" href="https://secure.wayforpay.com/donate/'
              'pokrova">Допомогти</a></div>'
              % ("Христос Воскрес! " if easter else "", C.esc(appeal[1]), C.group_digits(s["raised"], " "),
                 C.group_digits(appeal[2], " "), pct))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<!--metatextblock--><title>Політика конфіденційності — БФ «Милосердя Покрови»</title><meta '
        'property="og:url" content="%s" /><link rel="canonical" href="%s"><!--/metatextblock-->\n'
        '<meta name="format-detection" content="telephone=no" /><meta http-equiv="x-dns-prefetch-control" '
        'content="on"><link rel="dns-prefetch" href="https://ws.tildacdn.com">\n'
        '<link rel="stylesheet" href="https://static.tildacdn.one/css/tilda-grid-3.0.min.css" type="text/css" '
        'media="all" onerror="this.loaderr=\'y\';"/>\n<link rel="stylesheet" href="/tilda-blocks-page41876022.min.'
        'css?t=%d" type="text/css" media="all" onerror="this.loaderr=\'y\';" />\n'
        '<script src="https://static.tildacdn.one/js/tilda-scripts-3.0.min.js" charset="utf-8" defer '
        'onerror="this.loaderr=\'y\';"></script>\n<script src="/tilda-blocks-page41876022.min.js?t=%d" '
        'charset="utf-8" async onerror="this.loaderr=\'y\';"></script>\n'
        '<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script>\n</head>\n'
        '<body class="t-body" style="margin:0;"><!--allrecords--><div id="allrecords" class="t-records" '
        'data-hook="blocks-collection-content-node" data-tilda-project-id="8216404" data-tilda-page-id="41876022" '
        'data-tilda-page-alias="privacy" data-tilda-formskey="9c4d1e6a7b3f0285e1d4c6b9a2f3e817" '
        'data-tilda-lazy="yes" data-tilda-project-lang="UK" data-tilda-root-zone="one">'
        '<!--header--><header id="t-header" class="t-records" data-hook="blocks-collection-content-node" '
        'data-tilda-project-id="8216404" data-tilda-page-id="41876025" data-tilda-formskey="9c4d1e6a7b3f0285e1d4c6b9'
        'a2f3e817" data-tilda-lazy="yes" data-tilda-project-lang="UK" data-tilda-root-zone="one">'
        '<div id="rec612033011" class="r t-rec" style=" " data-animationappear="off" data-record-type="396">'
        '<div class=\'t396\'><div class="t396__artboard" data-artboard-recid="612033011">%s</div></div></div>'
        '<div id="rec612033012" class="r t-rec" data-record-type="228"><div id="nav612033012marker"></div><div '
        'class="t228__mobile"><div class="t228__mobile_container"><div class="t228__burger"><span></span></div>'
        '</div></div><div id="nav612033012" class="t228 t228__positionstatic" data-menu="yes"><div '
        'class="t228__maincontainer"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img '
        'src="https://static.tildacdn.one/tild3436-6130-4639-b161-343734383131/logo.svg" class="t228__imglogo" '
        'imgfield="img" alt="Милосердя Покрови"></a></div><div class="t228__centercontainer"><ul '
        'class="t228__list"><li class="t228__list_item"><a class="t-menu__link-item" href="/about">Про фонд</a></li>'
        '<li class="t228__list_item"><a class="t-menu__link-item" href="/reports">Звіти</a></li><li '
        'class="t228__list_item"><a class="t-menu__link-item" href="/help">Отримати допомогу</a></li><li '
        'class="t228__list_item"><a class="t-menu__link-item" href="/volunteer">Стати волонтером</a></li></ul>'
        '</div></div></div></div></header><!--/header-->\n'
        '<div id="rec538201440" class="r t-rec t-rec_pt_60 t-rec_pb_15" data-record-type="30"><div class="t030">'
        '<div class="t-container t-align_center"><div class="t-col t-col_10 t-prefix_1"><div class="t030__title '
        't-title t-title_xxs" field="title">Політика конфіденційності</div></div></div></div></div>\n'
        '<div id="rec%s" class="r t-rec t-rec_pt_15 t-rec_pb_60" data-record-type="4"><!-- T004 --><div '
        'class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" '
        'class="t-text t-text_md ">%s</div></div></div></div></div>\n'
        '<!--footer--><footer id="t-footer" class="t-records" data-tilda-page-id="41876027"><div id="rec612033020" '
        'class="r t-rec" data-record-type="345"><div class="t345"><div class="t345-wrapper"><div class="t345-text '
        't-descr t-descr_xxs">© %d БФ «Милосердя Покрови». Код ЄДРПОУ 43918206. <a href="/privacy">Політика '
        'конфіденційності</a></div></div></div></div></footer><!--/footer-->\n'
        '</div><!--/allrecords-->\n<!-- Tilda copyright. Don\'t remove this line --><div class="t-tildalabel " '
        'id="tildacopy" data-tilda-sign="8216404#41876022"><a href="https://tilda.cc/?upm=8216404" '
        'class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on '
        '</div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.one/img/tildacopy.png" '
        'class="t-tildalabel__img"></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>\n'
        '</body></html>\n'
        % (URL, URL, t, t, banner, REC, tilda_text(blocks), d.year))


PAGE = {
    "service": "Myloserdia Pokrovy Charity Foundation", "url": URL, "lang": "uk-UA",
    "platform": "Tilda (static publishing, T004 text block)", "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 5, 20), "hours": (5, 8, 13, 18),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 21), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#rec%s .t-text" % REC]},
}
