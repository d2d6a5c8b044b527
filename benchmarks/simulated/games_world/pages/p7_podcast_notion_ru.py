"""Efirka (Russian podcast hosting) - ru - policy published from Notion (notion.site), rendered DOM as captured."""
import datetime as dt
import hashlib
import html
import re
import common as C

URL = "https://efirka.notion.site/efirka-privacy-3f9c2b7e1a8d4c6f9e0b1a2c3d4e5f60"
MES = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Политика конфиденциальности

Редакция от {UPDATED}

Эта политика описывает, как ООО «Эфирка» обрабатывает персональные данные авторов подкастов, которые размещают выпуски на платформе efirka.ru, и слушателей, которые слушают их на сайте, в приложении и через RSS.

## Кто мы

Оператор персональных данных — ООО «Эфирка», ОГРН 1197746123456, адрес: 125047, Москва, ул. Лесная, д. 5, офис 312. Вопросы о персональных данных можно направить на [privacy@efirka.ru](mailto:privacy@efirka.ru).

## Какие данные мы обрабатываем

- Об авторах: имя, адрес электронной почты, название и описание подкаста, аудиофайлы выпусков, платёжные реквизиты для выплат.
- О слушателях: IP-адрес, тип устройства и приложения, из которого загружен выпуск, время и объём прослушивания.
- О посетителях сайта: данные файлов cookie и веб-аналитики.

## Зачем мы это делаем

Мы размещаем и распространяем выпуски подкастов, показываем авторам статистику прослушиваний, выплачиваем доход от рекламы и защищаем платформу от накрутки прослушиваний.

Статистику по слушателям авторы получают только в обезличенном, агрегированном виде.

## Кому мы передаём данные

- ООО «Яндекс.Облако» — хранение аудиофайлов и серверы платформы;
- АО «Тинькофф Банк» — выплаты авторам;
- рекламодателям и рекламным агентствам — только агрегированная статистика кампаний, без данных отдельных слушателей.

## Сроки хранения

Данные аккаунта автора хранятся, пока аккаунт активен, и удаляются через 30 дней после его удаления.

Журналы загрузок выпусков с IP-адресами слушателей хранятся 6 месяцев.

## Ваши права

Вы можете запросить сведения о ваших данных, потребовать их уточнения, блокирования или уничтожения, а также отозвать согласие на обработку, написав на [privacy@efirka.ru](mailto:privacy@efirka.ru). Вы также вправе обратиться в Роскомнадзор.
"""

EDITS = [
    {"note": "processor added: Selectel (CDN for audio delivery) in the recipients list",
     "repl": [("- АО «Тинькофф Банк» — выплаты авторам;", "- АО «Селектел» — доставка аудиофайлов слушателям через CDN;\n- АО «Тинькофф Банк» — выплаты авторам;")]},
    {"note": "retention: download logs with listener IPs kept 3 months instead of 6",
     "repl": [("хранятся 6 месяцев.", "хранятся 3 месяца.")]},
    {"note": "sentence reworded: listener statistics also only from 5 listeners upward (date not bumped)", "bump": False,
     "repl": [("Статистику по слушателям авторы получают только в обезличенном, агрегированном виде.",
               "Статистику по слушателям авторы получают только в обезличенном, агрегированном виде и только для групп не менее чем из пяти слушателей.")]},
    {"note": "new section 'Транскрипты и автоматические главы' (speech recognition of episodes) after 'Зачем мы это делаем'",
     "repl": [("## Кому мы передаём данные", "## Транскрипты и автоматические главы\n\nЕсли автор включил эту функцию, мы распознаём речь в выпусках, чтобы создать текстовую расшифровку и разбить выпуск на главы. Расшифровки публикуются вместе с выпуском, и автор может отредактировать или удалить их в любой момент.\n\n## Кому мы передаём данные")]},
    {"note": "contact changed: operator's address moved (Lesnaya 5 -> Bolshaya Novodmitrovskaya 36) and dedicated DPO e-mail dpo@",
     "repl": [("адрес: 125047, Москва, ул. Лесная, д. 5, офис 312. Вопросы о персональных данных можно направить на [privacy@efirka.ru](mailto:privacy@efirka.ru).",
               "адрес: 127015, Москва, ул. Большая Новодмитровская, д. 36, стр. 4. Ответственный за организацию обработки персональных данных: [dpo@efirka.ru](mailto:dpo@efirka.ru).")]},
]

NEWS = ["Запустили автоматические главы для выпусков длиннее 20 минут.", "Обновили плеер для встраивания: теперь с обложками глав.",
        "Статистика прослушиваний теперь обновляется каждый час.", "Плановые работы 14 числа с 02:00 до 04:00 МСК.",
        "Новые рекламные форматы: нативные интеграции для авторов от 1000 прослушиваний.", "Добавили импорт подкастов из других хостингов по RSS.",
        "Приложение Эфирка для Android получило офлайн-режим."]
DOCS = [("Пользовательское соглашение", "7a1e"), ("Политика в отношении cookie", "b2c4"), ("Оферта для авторов", "19fd"),
        ("Правила модерации контента", "e07a")]
NEWS_BLOCK = "1f3c8a2e-6b4d-4e91-a0c7-5d2e9f8b1a34"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["news"] = C.keep_or(rng, prev.get("news"), 0.7, lambda: tuple(rng.sample(range(len(NEWS)), 2)))
    s["live"] = rng.randint(40, 400)
    s["docs"] = tuple(C.keep_or(rng, (prev.get("docs") or (None,) * 4)[k], 0.2,
                                lambda: (when - dt.timedelta(days=rng.randint(1, 200))).strftime("%Y-%m-%d")) for k in range(4))
    s["annot"] = rng.randint(10 ** 8, 10 ** 9)
    s["app"] = C.keep_or(rng, prev.get("app"), 0.6, lambda: C.hexs(rng, 16))
    s["topbar"] = rng.choice(["signup", "made", "duplicate"])
    s["edited"] = C.keep_or(rng, prev.get("edited"), 0.5, lambda: when - dt.timedelta(days=rng.randint(0, 6), minutes=rng.randint(0, 1400)))
    return s


LABELS = {
    "news": "synced 'Новости платформы' callout block at the top of the page content",
    "live": "'сейчас в эфире' live count inside that callout",
    "docs": "linked database 'Другие документы' (other documents with their last-edited dates) at the bottom of the content",
    "annot": "link-annotation-unknown-block-id-NNN class on link spans (random per render)",
    "app": "Notion app bundle hash (/_assets/app-*.js) and client version",
    "topbar": "notion.site topbar A/B (Get Notion free / Made with Notion / Duplicate)",
    "edited": "'Изменено' last-edited-time page property (bumped by the synced news edits)",
}

TXT = "max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;"


def bid(*k):
    h = C.det_sha("notion", *k)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def render(s, blocks, when):
    ann = [s["annot"]]

    def link(u, l):
        ann[0] += 1
        return ('<a href="%s" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" data-token-index="1" tabindex="0" '
                'style="cursor:pointer;color:inherit;word-wrap:break-word;font-weight:500;text-decoration:inherit"><span class="link-annotation-unknown-block-id--%d" '
                'style="border-bottom:0.05em solid;border-color:rgba(55,53,47,.4);opacity:0.7;transition:border-color 100ms ease-in 0s, opacity 100ms ease-in 0s">%s</span></a>'
                % (html.escape(u), ann[0], html.escape(l, quote=False)))

    inl = lambda t: C.inline_html(t, link=link, bold=lambda r: '<span style="font-weight:600" data-token-index="0" class="notion-enable-hover">%s</span>' % html.escape(r, quote=False))

    def leaf(t, ph=" "):
        return '<div spellcheck="false" placeholder="%s" data-content-editable-leaf="true" contenteditable="false" style="%s">%s</div>' % (ph, TXT, inl(t))

    out = []
    sec = 0
    for n, (k, v) in enumerate(blocks[1:]):
        key = (k, str(v)[:40])
        if k == "h2":
            sec += 1
            out.append('<div data-block-id="%s" class="notion-selectable notion-header-block" style="width:100%%;max-width:100%%;margin-top:2em;margin-bottom:4px">'
                       '<div style="display:flex;width:100%%;color:inherit;fill:inherit"><h2 spellcheck="false" placeholder="Heading 1" data-content-editable-leaf="true" contenteditable="false" style="%s font-weight:600;font-size:1.875em;line-height:1.3;margin:0px">%s</h2></div></div>'
                       % (bid(*key), TXT, inl(v)))
        elif k == "p":
            out.append('<div data-block-id="%s" class="notion-selectable notion-text-block" style="width:100%%;max-width:100%%;margin-top:1px;margin-bottom:1px">'
                       '<div style="color:inherit;fill:inherit"><div style="display:flex">%s</div></div></div>' % (bid(*key), leaf(v)))
        elif k == "ul":
            for it in v:
                out.append('<div data-block-id="%s" class="notion-selectable notion-bulleted_list-block" style="width:100%%;max-width:100%%;margin-top:2px;margin-bottom:1px">'
                           '<div style="display:flex;align-items:flex-start;width:100%%;padding-left:2px;color:inherit;fill:inherit">'
                           '<div class="notion-list-item-box-left" style="user-select:none;margin-right:2px;width:24px;display:flex;align-items:center;justify-content:center;min-height:calc(1.5em + 3px + 3px);padding-inline:2px">'
                           '<div class="pseudoBefore" style="font-size:1.5em;line-height:1;margin-bottom:0px;--pseudoBefore--fontFamily:Arial;--pseudoBefore--content:&quot;•&quot;"></div></div>'
                           '<div style="flex:1 1 0px;min-width:1px;display:flex;flex-direction:column"><div style="display:flex">%s</div></div></div></div>'
                           % (bid("li", it[:40]), leaf(it, "List")))
        if k == "p" and n == 1:
            # the author put a table of contents block after the introduction
            heads = [h for kk, h in blocks if kk == "h2"]
            out.append('<div data-block-id="%s" class="notion-selectable notion-table_of_contents-block" style="width:100%%;max-width:100%%;margin-top:1px;margin-bottom:1px">'
                       '<div contenteditable="false" data-content-editable-void="true"><div style="position:relative;padding:5px 0px">%s</div></div></div>'
                       % (bid("toc"), "".join('<a href="#%s" rel="noopener noreferrer" role="link" style="display:block;color:inherit;text-decoration:none">'
                                             '<div role="button" tabindex="0" class="notion-focusable" style="user-select:none;transition:background 20ms ease-in 0s;cursor:pointer;width:100%%;border-radius:4px;padding:0 2px">'
                                             '<div style="padding:6px 2px;font-size:14px;line-height:1.3;display:flex;align-items:center;margin-left:0px">'
                                             '<div class="notranslate" style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis;background-image:linear-gradient(to right, rgba(55, 53, 47, 0.16) 0%%, rgba(55, 53, 47, 0.16) 100%%);background-repeat:repeat-x;background-position:0px 100%%;background-size:100%% 1px">%s</div></div></div></a>'
                                             % (bid("h2", h[:40]).replace("-", ""), html.escape(h)) for h in heads)))
    news = "".join('<li>%s</li>' % html.escape(NEWS[k]) for k in s["news"])
    callout = ('<div data-block-id="%s" class="notion-selectable notion-transclusion_container-block" style="width:100%%;max-width:100%%;margin-top:4px;margin-bottom:4px">'
               '<div class="notion-selectable notion-callout-block" style="width:100%%;max-width:100%%"><div style="display:flex;border-radius:4px;background:rgb(251, 243, 219);padding:16px 16px 16px 12px">'
               '<div class="notion-record-icon notranslate" style="user-select:none;font-size:21.6px">📻</div><div style="display:flex;flex-direction:column;min-width:0px;margin-left:8px;width:100%%">'
               '<div class="notion-selectable notion-text-block"><div spellcheck="false" placeholder=" " data-content-editable-leaf="true" contenteditable="false" style="%s"><span style="font-weight:600" data-token-index="0" class="notion-enable-hover">Новости платформы.</span> Сейчас в эфире: %d прямых трансляций.</div></div>'
               '<ul style="margin:0">%s</ul></div></div></div></div>' % (NEWS_BLOCK, TXT, s["live"], news))
    rows = "".join('<div class="notion-collection-item" data-block-id="%s"><div class="notion-table-view-row" style="display:flex"><div class="notion-table-view-cell" data-col-index="0" style="width:276px"><a href="/%s%s">%s</a></div>'
                   '<div class="notion-table-view-cell" data-col-index="1" style="width:200px"><span style="white-space:nowrap">%s</span></div></div></div>'
                   % (bid("doc", t), suf, C.det_sha(t)[:28], html.escape(t), s["docs"][j]) for j, (t, suf) in enumerate(DOCS))
    db = ('<div data-block-id="%s" class="notion-selectable notion-collection_view-block" style="width:100%%;max-width:100%%;margin-top:12px">'
          '<div class="notion-collection-view-header"><div class="notion-collection_view-block-title" style="font-size:1.25em;font-weight:600">Другие документы</div></div>'
          '<div class="notion-table-view" role="table"><div class="notion-table-view-header-row" style="display:flex"><div class="notion-table-view-header-cell" style="width:276px">Название</div><div class="notion-table-view-header-cell" style="width:200px">Последнее изменение</div></div>%s</div></div>'
          % (bid("db"), rows))
    content = callout + "".join(out) + db
    m = re.search(r"(\d+) (\S+) (\d{4}) г", blocks[1][1])
    upd = dt.datetime(int(m.group(3)), MES.index(m.group(2)) + 1, int(m.group(1)), 16, 48, 0)
    ed = s["edited"] = max(s["edited"], upd)
    top = {"signup": '<a href="https://www.notion.so/signup?from=marketing&amp;pathname=%2Fefirka-privacy" class="notion-topbar-signup">Попробовать Notion бесплатно</a>',
           "made": '<a href="https://www.notion.so/product?utm_source=notion_site&amp;utm_medium=made_with_notion" class="notion-topbar-made">Сделано в Notion</a>',
           "duplicate": '<div role="button" class="notion-topbar-duplicate">Дублировать</div>'}[s["topbar"]]
    app = s["app"]
    return ('<!DOCTYPE html><html lang="ru" class="notion-html"><head><meta charset="utf-8">'
            '<title>Политика конфиденциальности</title><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">'
            '<meta property="og:site_name" content="Эфирка on Notion"><meta name="twitter:site" content="@NotionHQ">'
            '<link rel="stylesheet" href="/_assets/app-%s.css"><script src="/_assets/vendors~app-%s.js" defer></script><script src="/_assets/app-%s.js" defer></script>'
            '<script>window.__notionClientVersion="23.13.%d.%d";window.__isNotionSite=true;</script></head>'
            '<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color:rgb(55, 53, 47);fill:currentcolor;line-height:1.5;font-family:ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI&quot;, Helvetica, sans-serif">'
            '<div style="height:100%%"><div class="notion-cursor-listener" style="width:100vw;height:100%%;position:relative;display:flex;flex:1 1 0%%;background:white;cursor:text">'
            '<div style="display:flex;flex-direction:column;width:100%%;overflow:hidden"><div class="notion-frame" style="flex-grow:0;flex-shrink:1;display:flex;flex-direction:column;background:white;z-index:1;height:100vh;max-height:100%%;position:relative;width:1280px">'
            '<div class="notion-topbar" style="width:100%%;max-width:100vw;height:45px;opacity:1;transition:opacity 700ms ease 0s, color 700ms ease 0s;position:relative">'
            '<div class="notion-topbar-breadcrumb"><div class="notranslate">Эфирка</div><span>/</span><div class="notranslate">Политика конфиденциальности</div></div>'
            '<div class="notion-topbar-share-menu">%s</div></div>'
            '<main class="notion-frame"><div class="notion-scroller vertical" style="z-index:1;display:flex;flex-direction:column;flex-grow:1;position:relative;align-items:center;margin-right:0px;margin-bottom:0px;overflow:hidden auto">'
            '<div class="whenContentEditable" contenteditable="false" data-content-editable-root="true" style="caret-color:rgb(55, 53, 47);width:100%%;display:flex;flex-direction:column;position:relative;align-items:center;flex-grow:1;--whenContentEditable--WebkitUserModify:read-only">'
            '<div class="layout layout-wide"><div class="layout-content">'
            '<div data-block-id="3f9c2b7e-1a8d-4c6f-9e0b-1a2c3d4e5f60" class="notion-selectable notion-page-block" style="color:rgb(55, 53, 47);font-weight:700;line-height:1.2;font-size:40px;cursor:text;display:flex;align-items:center">'
            '<h1 spellcheck="false" class="notranslate" placeholder="Без названия" data-content-editable-leaf="true" contenteditable="false" style="max-width:100%%;width:100%%;white-space:pre-wrap;word-break:break-word;caret-color:rgb(55, 53, 47);padding:3px 2px;font-size:1em;font-weight:inherit;margin:0px">%s</h1></div>'
            '<div class="notion-page-view-properties"><div class="notion-collection-property" data-property-id="%%3EnQv"><div class="notion-property-name">Статус</div><div class="notion-property-value"><span class="notion-enable-hover">Действует</span></div></div>'
            '<div class="notion-collection-property" data-property-id="LdtE"><div class="notion-property-name">Изменено</div><div class="notion-property-value">%d %s %d г. %02d:%02d</div></div></div>'
            '<div class="layout-content-with-divider"><div class="notion-page-content" style="flex-shrink:0;flex-grow:1;max-width:100%%;display:flex;align-items:flex-start;flex-direction:column;font-size:16px;line-height:1.5;width:100%%;z-index:4;padding-bottom:30vh">'
            '%s</div></div></div></div></div></div></main></div></div></div></div></div></div>'
            '<div id="notion-overlay-container" class="notion-overlay-container" data-overlay-container="true"></div></body></html>'
            % (app[:8], app[8:], app, int(app[:2], 16), int(app[2:4], 16), top, html.escape(blocks[0][1]),
               ed.day, MES[ed.month - 1], ed.year, ed.hour, ed.minute, content))


PAGE = {
    "service": "Efirka", "url": URL, "lang": "ru", "platform": "Notion (notion.site)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("cache-control", "no-cache")),
    "n": 29, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".notion-page-block h1", ".notion-page-content"],
                    "remove": ['[data-block-id="%s"]' % NEWS_BLOCK, ".notion-table_of_contents-block", ".notion-collection_view-block"]},
}
