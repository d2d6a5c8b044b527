"""An online game publisher (Kazakh, Cyrillic), Next.js (pages router) with incremental static regeneration on a
CDN: one section is a collapsed <details>. Well built: only the build id and chunk hashes (per deploy) and the
regeneration time in __NEXT_DATA__ (per revalidation) change.

Faults: the age gate of the publisher's mature titles served at the policy's address (the middleware's matcher
caught the page, 200); the Russian version served at the Kazakh address (locale detection from
Accept-Language, 200); and, once after an edit, a stale ISR copy of the previous version (x-nextjs-cache:
STALE) between two captures of the new one."""
import datetime as dt
import html
import json

import common as C
import faults as FX

URL = "https://qyrangames.kz/kk/privacy"
MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
          "желтоқсан"]


def fmt_date(d):
    return "%d жылғы %d %s" % (d.year, d.day, MONTHS[d.month - 1])


POLICY = """# Құпиялылық саясаты

Соңғы жаңартылған күні: {UPDATED}

«Qyran Games» ЖШС (бұдан әрі – «Qyran Games», «біз») компьютерлік және мобильді ойындар әзірлейді және шығарады. Осы Құпиялылық саясаты біздің ойындарымызды, Qyran ID аккаунтын, веб-сайтымызды және қолдау қызметін пайдаланған кезде сіздің дербес деректеріңізді қалай жинайтынымызды, пайдаланатынымызды, сақтайтынымызды және қорғайтынымызды түсіндіреді. Біз Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Заңын басшылыққа аламыз.

## 1. Біз жинайтын деректер

- Qyran ID аккаунтының деректері: пайдаланушы аты, электрондық пошта мекенжайы, туған күні, елі және құпия сөздің хэші;
- ойын деректері: ойын прогресі, жетістіктер, ойын ішіндегі сатып алулар, ойын сессияларының ұзақтығы;
- төлем деректері: транзакция нөмірі, сомасы және төлем әдісі (карта деректерін төлем провайдері өңдейді, біз оларды сақтамаймыз);
- құрылғы деректері: құрылғы моделі, операциялық жүйе, IP мекенжайы және құрылғы идентификаторы;
- чатқа және қолдау қызметіне жолданған хабарламалар.

Деректердің бір бөлігін сіз өзіңіз бересіз, ал құрылғы және ойын деректері ойынды пайдаланған кезде автоматты түрде жиналады. Егер сіз ойынға әлеуметтік желі аккаунты арқылы кірсеңіз, біз сол желіден пайдаланушы атыңызды және профиль суретіңізді аламыз.

## 2. Деректерді пайдалану мақсаттары

- аккаунтыңызды құру және оған кіруді қамтамасыз ету;
- ойындарды ұсыну, прогресті сақтау және серверлерді баптау;
- ойын ішіндегі сатып алуларды өңдеу;
- алаяқтықтың, чит-бағдарламалардың және ережелерді бұзудың алдын алу;
- қолдау қызметі арқылы сұрақтарыңызға жауап беру;
- келісіміңіз болған жағдайда жаңалықтар мен арнайы ұсыныстар жіберу.

## 3. Античит жүйесі

Әділ ойынды қамтамасыз ету үшін біздің ойындарымызда античит модулі жұмыс істейді. Ол ойын іске қосылған кезде құрылғыдағы процестерді, ойын файлдарының тұтастығын және жадтағы өзгерістерді тексереді. Модуль жеке файлдарыңызды оқымайды және ойын жабылғаннан кейін жұмысын тоқтатады.

## 4. Ойын ішіндегі чат және модерация

Ойын ішіндегі чат хабарламалары 30 күн сақталады. Қорлау, спам немесе алаяқтық туралы шағым түскен жағдайда модераторлар тиісті хабарламаларды қарап шығады. Ережелерді бұзған аккаунттар уақытша немесе біржола бұғатталуы мүмкін.

## 5. Деректерді үшінші тұлғаларға беру

- төлем провайдерлері мен қолданбалар дүкендері (App Store, Google Play, Steam);
- бұлттық хостинг және аналитика қызметтерін көрсететін серіктестер;
- заңда көзделген жағдайларда уәкілетті мемлекеттік органдар.

Деректеріңізді үшінші тұлғаларға сатпаймыз.

## 6. Трансшекаралық беру

Ойын серверлеріміз Қазақстанда және Еуропада орналасқан. Деректерді шет мемлекеттерге беру заңнамада белгіленген талаптарға сәйкес және дербес деректерді тиісінше қорғауды қамтамасыз ететін шарттар негізінде жүзеге асырылады.

## 7. Балалар

16 жасқа толмаған пайдаланушылар аккаунтты тек ата-анасының немесе заңды өкілінің келісімімен тіркей алады. Ата-аналар баланың аккаунтындағы деректерге қол жеткізуді немесе оларды жоюды сұрай алады.

## 8. Сақтау мерзімі

Аккаунт деректері аккаунт белсенді болған кезде сақталады. Аккаунтты жою туралы сұраныстан кейін деректер 30 күн ішінде жойылады, заң бойынша сақталуы тиіс төлем деректерін қоспағанда. Үш жыл бойы кірмеген белсенді емес аккаунттар электрондық пошта арқылы алдын ала хабарлағаннан кейін жойылуы мүмкін.

## 9. Сіздің құқықтарыңыз

Сіз өз деректеріңізге қол жеткізуді, оларды түзетуді, бұғаттауды немесе жоюды, сондай-ақ деректерді өңдеуге берген келісіміңізді кері қайтарып алуды талап ете аласыз. Сұранысты аккаунт параметрлері арқылы немесе [privacy@qyrangames.kz](mailto:privacy@qyrangames.kz) мекенжайына жіберуге болады. Сұранысыңызға 10 жұмыс күні ішінде жауап береміз. Құқықтарыңыз бұзылды деп есептесеңіз, дербес деректерді қорғау саласындағы уәкілетті органға шағым бере аласыз.

## 10. Байланыс

@ «Qyran Games» ЖШС
@ Алматы қ., Әл-Фараби даңғылы, 77/8, 050040
@ Электрондық пошта: [privacy@qyrangames.kz](mailto:privacy@qyrangames.kz)"""

VARIANT = """# Политика конфиденциальности

Дата последнего обновления: 14 февраля 2023 г.

ТОО «Qyran Games» разрабатывает и издаёт компьютерные и мобильные игры. Настоящая Политика описывает, как мы собираем, используем и защищаем ваши персональные данные при использовании наших игр, аккаунта Qyran ID, сайта и службы поддержки, в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите».

## 1. Какие данные мы собираем

- данные аккаунта Qyran ID: имя пользователя, адрес электронной почты, дата рождения, страна;
- игровые данные: прогресс, достижения, внутриигровые покупки;
- платёжные данные: номер транзакции, сумма и способ оплаты;
- данные устройства: модель, операционная система, IP-адрес.

## 2. Цели обработки

Мы используем данные, чтобы предоставлять игры и сохранять прогресс, обрабатывать покупки, предотвращать мошенничество и использование читов, отвечать на обращения и, с вашего согласия, присылать новости.

## 3. Передача данных

Мы передаём данные платёжным провайдерам и магазинам приложений, хостинговым и аналитическим партнёрам, а также государственным органам в случаях, предусмотренных законом. Мы не продаём ваши данные.

## 4. Ваши права

Вы можете запросить доступ к своим данным, их исправление, блокирование или удаление, а также отозвать согласие, написав на [privacy@qyrangames.kz](mailto:privacy@qyrangames.kz)."""

EDITS = [
    {"note": "inside the collapsed <details> on in-game chat: messages kept 90 days, not 30",
     "repl": [("чат хабарламалары 30 күн сақталады", "чат хабарламалары 90 күн сақталады")]},
    {"note": "a sentence added to the anti-cheat section (what its data is used for, 180 days)",
     "repl": [("жұмысын тоқтатады.",
               "жұмысын тоқтатады. Античит модулі жинаған деректер тек алаяқтықты тексеру үшін пайдаланылады "
               "және 180 күн сақталады.")]},
    {"note": "a list item added to the recipients (tournament partners)",
     "repl": [("- бұлттық хостинг және аналитика қызметтерін көрсететін серіктестер;",
               "- бұлттық хостинг және аналитика қызметтерін көрсететін серіктестер;\n- турнирлер мен "
               "киберспорт іс-шараларын ұйымдастыратын серіктестер (тек турнирге қатысқан жағдайда);")]},
    {"note": "a new section 10 on in-game advertising; 'Байланыс' renumbered 11",
     "repl": [("## 10. Байланыс",
               "## 10. Ойын ішіндегі жарнама\n\nТегін ойындарымызда жарнама көрсетіледі. Жарнама серіктестері "
               "құрылғының жарнамалық идентификаторын және ойын ішіндегі әрекеттер туралы жалпы деректерді "
               "алады. Жекелендірілген жарнамадан құрылғы параметрлерінде немесе ойын баптауларында бас тартуға "
               "болады; бұл жағдайда жарнама саны азаймайды, бірақ ол сіздің қызығушылықтарыңызға "
               "бейімделмейді.\n\n## 11. Байланыс")]},
    {"note": "the date of last update only", "repl": []},
]

COLLAPSED = ("Ойын ішіндегі чат және модерация",)
BUILDS = [(dt.datetime(2023, 1, 1), "mQ0rZt3vK8sYp2Lx7aW1c", "9f3a1c7e"), (dt.datetime(2023, 9, 12), "Hc4nB8eJ1uTq6Rk0zVy5m", "2b8d4e6f"),
          (dt.datetime(2024, 5, 27), "xP7wL2gD9hS3fN6cQ1aZe", "7c1e9a3b"), (dt.datetime(2025, 1, 30), "Tj5kM0yR4vE8bU2oI6nWq", "e4f2a8d0")]
UI = {"kk": {"title": "Құпиялылық саясаты — Qyran Games", "nav": ["Ойындар", "Жаңалықтар", "Қолдау", "Қауымдастық"],
             "share": "Сілтемені көшіру", "foot": ["Құпиялылық саясаты", "Пайдалану шарттары", "Cookie баптаулары"]},
      "ru": {"title": "Политика конфиденциальности — Qyran Games", "nav": ["Игры", "Новости", "Поддержка", "Сообщество"],
             "share": "Скопировать ссылку", "foot": ["Политика конфиденциальности", "Условия использования",
                                                     "Настройки cookie"]}}


def noise(rng, when, i, prev):
    b = max(x for x in BUILDS if x[0] <= when)
    regen = when - dt.timedelta(seconds=rng.randint(5, 3000))
    return {"build": b[1:], "regen": C.epoch(regen) * 1000, "lang": "kk"}


LABELS = {"build": "Next.js build id and chunk hashes (per deploy)",
          "regen": "ISR regeneration time in __NEXT_DATA__ (per revalidation)", "lang": "locale"}


def article(blocks, share):
    head, secs = C.split_sections(blocks)
    out = ['<article class="legal"><div class="legal__share"><button type="button" class="legal__copy">%s</button>'
           '</div>' % share, C.blocks_html(head)]
    for title, body in secs:
        if title.endswith(COLLAPSED):
            out.append('<details class="legal__details"><summary class="legal__summary"><h2 class="legal__h2">%s</h2>'
                       '</summary>%s</details>' % (C.inline_html(title), C.blocks_html(body)))
        else:
            out.append('<h2 class="legal__h2">%s</h2>%s' % (C.inline_html(title), C.blocks_html(body)))
    out.append("</article>")
    return "".join(out)


def layout(state, main, page, props, lang="kk"):
    bid, h = state["build"]
    ui = UI[lang]
    nav = "".join('<li><a href="/%s/%s">%s</a></li>' % (lang, s, t)
                  for s, t in zip(["games", "news", "support", "community"], ui["nav"]))
    foot = "".join('<a href="/%s/%s">%s</a>' % (lang, s, t) for s, t in zip(["privacy", "terms", "cookies"], ui["foot"]))
    data = {"props": {"pageProps": props, "__N_SSG": True}, "page": page, "query": {"locale": lang},
            "buildId": bid, "isFallback": False, "gsp": True, "locale": lang, "locales": ["kk", "ru", "en"],
            "defaultLocale": "kk", "scriptLoader": []}
    return ('<!DOCTYPE html><html lang="%(lang)s"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>%(title)s</title><link rel="alternate" hrefLang="ru" href="https://qyrangames.kz/ru/privacy"/>'
            '<meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/%(h)s0a1b2c3.css" as="style"/>'
            '<link rel="stylesheet" href="/_next/static/css/%(h)s0a1b2c3.css" data-n-g=""/><noscript data-n-css=""></noscript>'
            '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-%(h)s.js" defer=""></script>'
            '<script src="/_next/static/chunks/framework-fa8d4bd9e7e4c4f5.js" defer=""></script>'
            '<script src="/_next/static/chunks/main-%(h)s1d2e.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/_app-%(h)s77aa.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/%%5Blocale%%5D/privacy-%(h)sbe01.js" defer=""></script>'
            '<script src="/_next/static/%(bid)s/_buildManifest.js" defer=""></script>'
            '<script src="/_next/static/%(bid)s/_ssgManifest.js" defer=""></script></head>'
            '<body><div id="__next"><div class="Layout_root__Qm1x2"><header class="Header_header__a8Kc3">'
            '<a class="Header_logo__pP0s1" href="/%(lang)s"><img alt="Qyran Games" src="/img/qyran-logo.svg" width="148" height="40"/></a>'
            '<nav><ul class="Header_nav__3dYw9">%(nav)s</ul></nav><div class="Header_lang__Zr8t2"><a href="/kk/privacy">ҚАЗ</a>'
            '<a href="/ru/privacy">РУС</a></div></header><main class="Layout_main__k3Vb7">%(main)s</main>'
            '<footer class="Footer_footer__x0Pq4"><nav class="Footer_links__c2Lm8">%(foot)s</nav><p>© 2016–%(year)s Qyran Games</p></footer>'
            '</div></div><script id="__NEXT_DATA__" type="application/json">%(data)s</script></body></html>'
            % {"lang": lang, "title": ui["title"], "h": h, "bid": bid, "nav": nav, "main": main, "foot": foot,
               "year": (dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=state["regen"])).year,
               "data": json.dumps(data, ensure_ascii=False).replace("</", "<\\/")})


def render(state, blocks, when):
    lang = state["lang"]
    art = article(blocks, UI[lang]["share"])
    props = {"doc": {"slug": "privacy", "title": blocks[0][1], "html": art}, "revalidatedAt": state["regen"]}
    return layout(state, art, "/[locale]/privacy", props, lang)


def age_gate(state):
    days = "".join('<option value="%d">%d</option>' % (d, d) for d in range(1, 32))
    months = "".join('<option value="%d">%s</option>' % (k + 1, m) for k, m in enumerate(MONTHS))
    years = "".join('<option value="%d">%d</option>' % (y, y) for y in range(2025, 1929, -1))
    main = ('<section class="AgeGate_root__n5Rq0"><div class="AgeGate_card__Y2w8e"><h1 class="AgeGate_title__k1Hs3">'
            'Жасыңызды растаңыз</h1><p class="AgeGate_text__L0b9d">Бұл сайтта 18+ санатындағы ойындар туралы '
            'материалдар бар. Жалғастыру үшін туған күніңізді енгізіңіз.</p><form class="AgeGate_form__t6Zp4">'
            '<select name="day" aria-label="Күн"><option value="">Күн</option>%s</select><select name="month" '
            'aria-label="Ай"><option value="">Ай</option>%s</select><select name="year" aria-label="Жыл"><option '
            'value="">Жыл</option>%s</select><button type="submit" class="Button_primary__r4Wn1">Растау</button></form>'
            '<p class="AgeGate_note__Qe2v5">Жалғастыру арқылы сіз <a href="/kk/terms">Пайдалану шарттарымен</a> '
            'келісесіз.</p></div></section>' % (days, months, years))
    return layout(state, main, "/age-gate", {"redirectTo": "/kk/privacy"})


def fault(kind, rng, ctx):
    when = ctx["when"]
    age = str(rng.randint(40, 86000))
    if kind == "age_gate":
        return FX.fault(200, "OK", age_gate(ctx["state"]), "text/html; charset=utf-8",
                        [("x-middleware-rewrite", "/age-gate?next=%2Fkk%2Fprivacy"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"),
                         ("Vary", "RSC, Next-Router-State-Tree, Accept-Encoding"), ("Date", FX.http_date(when))])
    if kind == "ru_variant":
        st = dict(ctx["state"], lang="ru")
        return FX.fault(200, "OK", ctx["render"](st, C.parse_src(VARIANT), when), "text/html; charset=utf-8",
                        [("x-nextjs-cache", "HIT"), ("Content-Language", "ru"), ("Vary", "Accept-Language, Accept-Encoding"),
                         ("Age", age), ("Date", FX.http_date(when))])
    if kind == "stale_isr":
        st = dict(ctx["state"], regen=ctx["state"]["regen"] - rng.randint(3, 9) * 86400000)
        return FX.fault(200, "OK", ctx["render"](st, ctx["old_blocks"], when), "text/html; charset=utf-8",
                        [("x-nextjs-cache", "STALE"), ("Cache-Control", "s-maxage=600, stale-while-revalidate"),
                         ("Age", age), ("Date", FX.http_date(when))])
    raise ValueError(kind)


PAGE = {
    "service": "Qyran Games",
    "url": URL,
    "n": 31,
    "start": dt.date(2023, 2, 20),
    "end": dt.date(2025, 11, 5),
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("x-nextjs-cache", "HIT"), ("Cache-Control", "s-maxage=600, stale-while-revalidate"),
                      ("X-Powered-By", "Next.js"), ("Vary", "Accept-Encoding")],
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal", "remove": ".legal__share"},
    "faults": [{"kind": "age_gate", "count": 2}, {"kind": "ru_variant", "count": 1},
               {"kind": "stale_isr", "count": 1, "after_edit": True}],
    "fault": fault,
    "fault_notes": {
        "age_gate": "the age gate of the publisher's mature titles at the policy's address (the middleware's "
                    "matcher caught the page), 200; the selector matches nothing: no version",
        "ru_variant": "the Russian version served at the Kazakh address (locale detection from Accept-Language), "
                      "200, same template: the selector matches other words. A careful curator records no version "
                      "(the Kazakh policy did not change); the scorer's oracle would call a version there real "
                      "(new words) and the return a false one",
        "stale_isr": "a stale ISR copy (x-nextjs-cache: STALE) of the previous version, once, between two captures "
                     "of the new one (A → B → A → B): the edit happened once, at the first B; the scorer's oracle "
                     "calls the return to A and the second B blinking (earlier states), not changes",
    },
}
