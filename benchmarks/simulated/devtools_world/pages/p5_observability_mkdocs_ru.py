"""ОкоЛог (observability vendor, Москва) - ru - MkDocs Material (7.x -> 9.x) with mike versions, admonition and
collapsible details inside the policy, git-revision-date and feedback form inside the article, announce bar,
JivoSite chat (<jdiv>), Yandex.Metrika."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://docs.okolog.ru/legal/privacy/"
MES = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
       "декабря"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Политика конфиденциальности

Редакция от {UPDATED}

### Коротко о главном

- Мы не продаём персональные данные и не используем содержимое ваших логов и метрик для рекламы.
- Данные клиентов из России хранятся в дата-центрах на территории Российской Федерации.
- Вы можете выгрузить или удалить свои данные в любой момент в настройках проекта.

## 1. Общие положения

Настоящая Политика определяет порядок обработки персональных данных ООО «ОкоЛог» (ИНН 7705123456, ОГРН 1197746301234), далее — «Оператор», при использовании сайта okolog.ru, облачной платформы мониторинга ОкоЛог и агента сбора данных okolog-agent. Политика разработана в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных».

## 2. Какие данные мы обрабатываем

- учётные данные: фамилия, имя, адрес электронной почты, номер телефона, наименование организации;
- платёжные реквизиты организации для выставления счетов;
- технические данные: IP-адрес, сведения о браузере, файлы cookie, журнал действий в консоли;
- данные телеметрии, которые агент передаёт с ваших серверов (см. раздел 4).

## 3. Цели обработки

Оператор обрабатывает персональные данные для заключения и исполнения договора, предоставления доступа к платформе, технической поддержки, выставления счетов, обеспечения безопасности и информирования об изменениях сервиса.

## 4. Телеметрия агента

Агент okolog-agent передаёт на платформу метрики, журналы и трассировки, которые вы настроили для сбора. Содержимое журналов может включать персональные данные ваших пользователей; в этом случае Оператор действует по вашему поручению в соответствии с частью 3 статьи 6 Закона № 152-ФЗ.

### Какие служебные данные отправляет агент

- версия агента и операционной системы;
- идентификатор установки, сгенерированный случайным образом;
- число отслеживаемых сервисов и объём переданных данных.

## 5. Передача третьим лицам

Для оказания услуг Оператор поручает обработку персональных данных следующим лицам:

- ООО «Яндекс.Облако» — размещение инфраструктуры платформы;
- АО «Селектел» — резервное копирование;
- ООО «Юнисендер Смарт» — отправка служебных писем.

## 6. Сроки хранения

Учётные данные хранятся в течение срока действия договора и 3 лет после его прекращения. Журналы действий в консоли хранятся 1 год. Срок хранения телеметрии определяется тарифом и не превышает 400 дней.

## 7. Права субъекта персональных данных

Вы вправе получить сведения об обработке ваших персональных данных, потребовать их уточнения, блокирования или уничтожения, а также отозвать согласие на обработку. Запросы рассматриваются в течение 10 рабочих дней.

## 8. Контакты

Ответственный за организацию обработки персональных данных: [privacy@okolog.ru](mailto:privacy@okolog.ru), телефон +7 495 120-45-67.

@ ООО «ОкоЛог»
@ 115035, г. Москва, ул. Садовническая, д. 82, стр. 2
"""

EDITS = [
    {"note": "collapsed details 'Какие служебные данные отправляет агент': hashed host names added",
     "repl": [("- число отслеживаемых сервисов и объём переданных данных.",
               "- число отслеживаемых сервисов и объём переданных данных;\n- хеш имени хоста (SHA-256), по которому нельзя восстановить исходное имя.")]},
    {"note": "processor added: VK Cloud (ООО «ВК Облачные Решения») for the managed ClickHouse",
     "repl": [("- АО «Селектел» — резервное копирование;",
               "- АО «Селектел» — резервное копирование;\n- ООО «ВК Облачные Решения» — размещение управляемых кластеров ClickHouse;")]},
    {"note": "console audit-log retention 1 -> 3 years, telemetry maximum 400 -> 730 days",
     "repl": [("Журналы действий в консоли хранятся 1 год. Срок хранения телеметрии определяется тарифом и не превышает 400 дней.",
               "Журналы действий в консоли хранятся 3 года. Срок хранения телеметрии определяется тарифом и не превышает 730 дней.")]},
    {"note": "new section '8. Трансграничная передача' inserted, contacts renumbered to 9",
     "repl": [("## 8. Контакты", "## 8. Трансграничная передача\n\nОператор не осуществляет трансграничную передачу персональных данных, за исключением случаев, когда клиент сам выбирает размещение проекта в регионе Казахстан (Алматы). Перед такой передачей Оператор уведомляет Роскомнадзор.\n\n## 9. Контакты")]},
    {"note": "phone of the privacy officer changed, date bumped",
     "repl": [("телефон +7 495 120-45-67", "телефон +7 495 266-07-70 (доб. 3)")]},
]

ERAS = [(dt.datetime(2000, 1, 1), "1.2.1", "7.3.6", "4.0", "d02ebc89", "1e8ae164"),
        (dt.datetime(2022, 2, 14), "1.2.3", "8.2.1", "4.0", "2d8bbb6e", "ed9748b7"),
        (dt.datetime(2023, 5, 22), "1.4.3", "9.1.14", "5.1", "2a5b6f3b", "a2c9b1f0"),
        (dt.datetime(2024, 4, 2), "1.5.3", "9.5.17", "5.1", "50c56a3b", "fe8b6f2b"),
        (dt.datetime(2025, 6, 10), "1.6.1", "9.6.14", "5.1", "7e37652d", "13a4f30d")]
ANNOUNCE = ["Вебинар 14 марта: как сократить стоимость хранения логов в 3 раза", "ОкоЛог 4.0: трассировки на основе OpenTelemetry",
            "Новый регион размещения: Санкт-Петербург", "Плановые работы 2 ноября с 01:00 до 03:00 МСК",
            "ОкоЛог внесён в Единый реестр российского ПО (№ 17482)"]
VERSIONS = [(dt.datetime(2000, 1, 1), ["3.x", "2.x"]), (dt.datetime(2023, 2, 1), ["4.x", "3.x", "2.x"]),
            (dt.datetime(2024, 9, 1), ["5.x", "4.x", "3.x"])]


def _era(when):
    return [e for e in ERAS if when >= e[0]][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["jivo"] = (C.alnum(rng, 10), C.hexs(rng, 6), rng.randint(1, 9))
    s["material"] = _era(when)[1:]
    s["gitrev"] = C.keep_or(rng, prev.get("gitrev"), 0.3, lambda: when - dt.timedelta(days=rng.randint(1, 60)))
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.4, lambda: rng.randrange(len(ANNOUNCE)))
    s["mike"] = [v for d, v in VERSIONS if when >= d][-1]
    s["search"] = C.keep_or(rng, prev.get("search"), 0.5, lambda: C.hexs(rng, 8))
    return s


LABELS = {
    "jivo": "JivoSite chat widget (<jdiv> with per-visit ids, online operators)",
    "material": "MkDocs / Material upgrade (generator meta, asset hashes, header markup)",
    "gitrev": "git-revision-date 'Последнее обновление' inside the article",
    "announce": "announce bar (md-banner) rotated",
    "mike": "mike version switcher gained versions",
    "search": "search worker fingerprint",
}


def _slug(t):
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return re.sub(r"\s+", "-", t.strip())


def _h(kind, text):
    sid = _slug(text)
    return '<%s id="%s">%s<a class="headerlink" href="#%s" title="Постоянная ссылка">¶</a></%s>' % (
        kind, sid, C.inline_html(text), sid, kind)


def _article(blocks):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h1":
            out.append(_h("h1", b[1]))
        elif b[0] == "h3" and b[1] == "Коротко о главном":
            out.append('<div class="admonition abstract">\n<p class="admonition-title">%s</p>\n%s\n</div>'
                       % (C.inline_html(b[1]), C.block_html(blocks[i + 1])))
            i += 2
            continue
        elif b[0] == "h3":
            inner = []
            i += 1
            while i < len(blocks) and blocks[i][0] != "h2":
                inner.append(C.block_html(blocks[i]))
                i += 1
            out.append('<details class="info">\n<summary>%s</summary>\n%s\n</details>' % (C.inline_html(b[1]), "\n".join(inner)))
            continue
        elif b[0] == "h2":
            out.append(_h("h2", b[1]))
        else:
            out.append(C.block_html(b))
        i += 1
    return "\n".join(out)


def render(s, blocks, when):
    mk, mat, mike_v, css, js = s["material"]
    m9 = mat.startswith("9")
    jid, jcls, jops = s["jivo"]
    gr = s["gitrev"]
    toc = "".join('<li class="md-nav__item"><a href="#%s" class="md-nav__link">%s</a></li>' % (_slug(t), html.escape(t))
                  for k, t in blocks if k == "h2")
    cfg = {"base": "../..", "features": ["navigation.tabs", "navigation.sections", "content.action.edit", "announce.dismiss"],
           "search": "../../assets/javascripts/workers/search.%s.min.js" % s["search"],
           "translations": {"clipboard.copy": "Копировать в буфер", "clipboard.copied": "Скопировано в буфер",
                            "search.result.none": "Совпадений не найдено"},
           "version": {"provider": "mike"}}
    feedback = ('<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Была ли эта страница полезной?</legend>'
                '<div class="md-feedback__inner"><div class="md-feedback__list">'
                '<button class="md-feedback__icon md-icon" type="submit" title="Да, полезна" data-md-value="1"></button>'
                '<button class="md-feedback__icon md-icon" type="submit" title="Можно лучше" data-md-value="0"></button></div>'
                '<div class="md-feedback__note"><div data-md-value="1" hidden>Спасибо за отзыв!</div>'
                '<div data-md-value="0" hidden>Спасибо! Расскажите, что улучшить, в <a href="https://t.me/okolog_support" target="_blank" rel="noopener">чате поддержки</a>.</div></div></div></fieldset></form>') if m9 else ""
    srcfile = ('<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Последнее обновление"></span>'
               '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="%s">%s</span></span>'
               '<span class="md-source-file__fact"><span class="md-icon" title="Создано"></span>'
               '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="14 апреля 2021 г. 11:02:19 MSK">14 апреля 2021 г.</span></span></aside>'
               % (gr.strftime("%d.%m.%Y %H:%M:%S") + " MSK", fmt_date(gr))) if m9 else (
               '<hr><div class="md-source-file"><small>Последнее обновление: <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">%s</span></small></div>' % fmt_date(gr))
    article = ('<article class="md-content__inner md-typeset">\n'
               '<a href="https://gitlab.okolog.ru/docs/site/-/edit/main/docs/legal/privacy.md" title="Редактировать эту страницу" class="md-content__button md-icon">'
               '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h4v-2m10.2-7c.1 0 .3.1.4.2l1.3 1.3c.2.2.2.6 0 .8l-1 1-2.1-2.1 1-1c.1-.1.2-.2.4-.2m0 3.9L14.1 23H12v-2.1l6.1-6.1 2.1 2.1Z"/></svg></a>\n'
               '%s\n%s\n%s\n</article>' % (_article(blocks), srcfile, feedback))
    header = ('<header class="md-header%s" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Шапка">'
              '<a href="../.." title="ОкоЛог" class="md-header__button md-logo" aria-label="ОкоЛог" data-md-component="logo"><img src="../../assets/logo.svg" alt="logo"></a>'
              '<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">Документация ОкоЛог</span></div>'
              '<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">Политика конфиденциальности</span></div></div></div>'
              '<div class="md-header__source"><a href="https://gitlab.okolog.ru/docs/site" title="Перейти к репозиторию" class="md-source" data-md-component="source"><div class="md-source__repository">docs/site</div></a></div></nav></header>'
              % (" md-header--shadow md-header--lifted" if m9 else ""))
    versions = "".join('<li class="md-version__item"><a href="../../../%s/" class="md-version__link">%s</a></li>' % (v, v) for v in s["mike"])
    return ('<!doctype html>\n<html lang="ru" class="no-js">\n  <head>\n    <meta charset="utf-8">\n'
            '    <meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '    <meta name="description" content="Документация платформы мониторинга ОкоЛог">\n'
            '    <link href="https://docs.okolog.ru/legal/privacy/" rel="canonical">\n'
            '    <link rel="prev" href="../terms/">\n    <link rel="next" href="../cookies/">\n'
            '    <link rel="icon" href="../../assets/images/favicon.png">\n'
            '    <meta name="generator" content="mkdocs-%s, mkdocs-material-%s">\n'
            '    <title>Политика конфиденциальности - Документация ОкоЛог</title>\n'
            '    <link rel="stylesheet" href="../../assets/stylesheets/main.%s.min.css">\n'
            '    <link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">\n'
            '    <script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}</script>\n'
            '    <script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");ym(87412093,"init",{clickmap:true,trackLinks:true,accurateTrackBounce:true,webvisor:false});</script>\n'
            '  </head>\n  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="deep-purple" data-md-color-accent="amber">\n'
            '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
            '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
            '    <label class="md-overlay" for="__drawer"></label>\n'
            '    <div data-md-component="skip"><a href="#_1" class="md-skip">Перейти к содержанию</a></div>\n'
            '    <div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">'
            '<button class="md-banner__button md-icon" aria-label="Больше не показывать"></button>%s</div></aside></div>\n'
            '    <div data-md-color-scheme="default" data-md-component="outdated" hidden></div>\n'
            '    %s\n    <div class="md-version"><button class="md-version__current" aria-label="Выбрать версию">%s</button><ul class="md-version__list">%s</ul></div>\n'
            '    <div class="md-container" data-md-component="container">\n'
            '      <nav class="md-tabs" aria-label="Вкладки" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">'
            '<li class="md-tabs__item"><a href="../../start/" class="md-tabs__link">Начало работы</a></li><li class="md-tabs__item"><a href="../../agent/" class="md-tabs__link">Агент</a></li>'
            '<li class="md-tabs__item"><a href="../../api/" class="md-tabs__link">API</a></li><li class="md-tabs__item md-tabs__item--active"><a href="../terms/" class="md-tabs__link">Правовая информация</a></li></ul></div></nav>\n'
            '      <main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">\n'
            '        <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">'
            '<nav class="md-nav md-nav--primary" aria-label="Навигация" data-md-level="0"><ul class="md-nav__list" data-md-scrollfix>'
            '<li class="md-nav__item"><a href="../terms/" class="md-nav__link">Пользовательское соглашение</a></li>'
            '<li class="md-nav__item md-nav__item--active"><a href="./" class="md-nav__link md-nav__link--active">Политика конфиденциальности</a></li>'
            '<li class="md-nav__item"><a href="../cookies/" class="md-nav__link">Использование cookie</a></li>'
            '<li class="md-nav__item"><a href="../sla/" class="md-nav__link">Соглашение об уровне сервиса</a></li></ul></nav></div></div></div>\n'
            '        <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">'
            '<nav class="md-nav md-nav--secondary" aria-label="Содержание"><label class="md-nav__title" for="__toc">Содержание</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>%s</ul></nav></div></div></div>\n'
            '        <div class="md-content" data-md-component="content">\n%s\n        </div>\n'
            '        <script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>\n'
            '      </div><button type="button" class="md-top md-icon" data-md-component="top" hidden>Наверх</button></main>\n'
            '      <footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Нижний колонтитул">'
            '<a href="../terms/" class="md-footer__link md-footer__link--prev" aria-label="Назад: Пользовательское соглашение"><div class="md-footer__title"><span class="md-footer__direction">Назад</span><div class="md-ellipsis">Пользовательское соглашение</div></div></a>'
            '<a href="../cookies/" class="md-footer__link md-footer__link--next" aria-label="Вперёд: Использование cookie"><div class="md-footer__title"><span class="md-footer__direction">Вперёд</span><div class="md-ellipsis">Использование cookie</div></div></a></nav>'
            '<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">© 2021–%d ООО «ОкоЛог»</div>'
            'Сделано с помощью <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer>\n'
            '    </div>\n    <div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>\n'
            '    <script id="__config" type="application/json">%s</script>\n'
            '    <script src="../../assets/javascripts/bundle.%s.min.js"></script>\n'
            '    <script src="//code.jivo.ru/widget/Hk3LmQ2xYz" async></script>\n'
            '    <jdiv><jdiv class="globalClass_%s"><jdiv class="wrap_%s button_%s" id="jivo_custom_widget_%s" data-online-operators="%d">'
            '<jdiv class="text_%s">Напишите нам, мы онлайн!</jdiv></jdiv></jdiv></jdiv>\n'
            '    <noscript><div><img src="https://mc.yandex.ru/watch/87412093" style="position:absolute; left:-9999px;" alt=""></div></noscript>\n'
            '  </body>\n</html>\n'
            % (mk, mat, css, ANNOUNCE[s["announce"]], header, s["mike"][0], versions, toc, article, when.year,
               json.dumps(cfg, ensure_ascii=False), js, jcls[:4], jcls[2:], jcls[1:5], jid, jops, jcls[::-1][:4]))


PAGE = {
    "service": "OkoLog", "url": URL, "lang": "ru", "platform": "MkDocs Material",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 7, 31), "hours": (1, 9, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.md-content__inner"],
                    "remove": [".md-content__button", ".headerlink", ".md-source-file", ".md-feedback"]},
}
