"""Дунав Дуван - sr-Cyrl tobacco manufacturer and heated-tobacco brand site with age gate and kiosk locator -
Drupal 10 (Olivero-based theme); the node's 'Последња измена' meta line INSIDE the selected article."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://www.dunavduvan.rs/sr/politika-privatnosti"


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.month("sr", d), d.year)


POLICY = """
# Политика приватности

Датум ступања на снагу: {UPDATED}

Дунав Дуван д.о.о. поштује вашу приватност. Ова политика објашњава како обрађујемо податке о личности
посетилаца сајта dunavduvan.rs, корисника мапе продајних места и учесника наших наградних игара. Сајт је намењен
искључиво пунолетним пушачима и корисницима никотинских производа.

## Руковалац

@ Дунав Дуван д.о.о.
@ Индустријска зона бб
@ 21000 Нови Сад
@ Матични број: 21548773
@ Имејл: [privatnost@dunavduvan.rs](mailto:privatnost@dunavduvan.rs)

## Лице за заштиту података о личности

Лице за заштиту података о личности је Марија Петровић, доступна на адреси
[dpo@dunavduvan.rs](mailto:dpo@dunavduvan.rs).

## Подаци које обрађујемо

- податке из провере узраста (датум рођења који унесете на улазу у сајт);
- име, презиме, имејл адресу и број телефона учесника наградних игара;
- локацију коју дозволите у прегледачу ради приказа најближих продајних места;
- техничке податке о уређају и колачиће.

## Сврхе и правни основ

Податке обрађујемо ради спречавања приступа малолетних лица (законска обавеза и легитимни интерес), спровођења
наградних игара (пристанак), слања обавештења о новим производима (пристанак) и обезбеђивања рада сајта
(легитимни интерес). Податке о локацији не чувамо на нашим серверима.

## Примаоци

| Прималац | Сврха | Седиште |
| SBB д.о.о. | хостинг сајта | Србија |
| Google Ireland Limited | мапа продајних места | Ирска |
| Infobip d.o.o. | слање СМС порука | Хрватска |

## Рок чувања

Податке учесника наградних игара чувамо 6 месеци од завршетка игре, а податке добитника 5 година због пореских
прописа. Колачић о провери узраста чува се 30 дана.

## Ваша права

Имате право на приступ, исправку, брисање, ограничење обраде, преносивост и право на приговор. Захтев можете
поднети имејлом. Имате право да поднесете притужбу Поверенику за информације од јавног значаја и заштиту
података о личности, Булевар краља Александра 15, 11120 Београд.
"""

EDITS = [
    {"note": "DPO changed (Марија Петровић -> Ненад Илић)",
     "repl": [("је Марија Петровић, доступна на адреси", "је Ненад Илић, доступан на адреси")]},
    {"note": "SMS processor replaced: Infobip -> Telekom Srbija; Mailchimp row added",
     "repl": [("| Infobip d.o.o. | слање СМС порука | Хрватска |",
               "| Телеком Србија а.д. | слање СМС порука | Србија |\n"
               "| Mailchimp (Intuit Inc.) | слање билтена | САД |")]},
    {"note": "age-check cookie 30 -> 90 days (no new date)", "bump": False,
     "repl": [("чува се 30 дана.", "чува се 90 дана.")]},
    {"note": "new list item: loyalty club 'Дунав клуб' membership data",
     "repl": [("- техничке податке о уређају и колачиће.",
               "- податке о чланству у програму лојалности „Дунав клуб“ и прикупљеним бодовима;\n"
               "- техничке податке о уређају и колачиће.")]},
    {"note": "new section on transfers to third countries",
     "repl": [("## Рок чувања", "## Пренос у друге земље\n\nКада податке преносимо у САД, пренос се заснива на "
               "стандардним уговорним клаузулама које је усвојио Повереник.\n\n## Рок чувања")]},
]

NEWS = ["Нова фабричка линија у Новом Саду", "Дунав Дуван на сајму у Београду", "Извештај о одрживости за 2023.",
        "Нови производ: Дунав Блу", "Програм за заштиту малолетних", "Резултати берзе дувана 2024."]
DEPLOYS = K.deploys("dunavduvan", dt.date(2021, 5, 1), 40, 43)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"dom": C.hexs(rng, 64), "form": "form-" + C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyz0123456789-_")}
    s["agg"] = K.deploy(DEPLOYS, when)
    s["news"] = C.keep_or(rng, prev.get("news"), 0.4, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    if prev.get("pub"):
        s["pub"] = prev["pub"]
    s["kiosks"] = 1400 + (when.date() - dt.date(2022, 1, 1)).days // 3 + rng.randint(0, 2)
    return s


LABELS = {"dom": "views js-view-dom-id hash", "form": "Drupal form_build_id of the age gate form",
          "agg": "CSS/JS aggregate file hashes and permissionsHash per deploy", "news": "'Вести' block (3 items)",
          "kiosks": "kiosk-locator counter in footer", "pub": "node changed time in .node__meta INSIDE the article"}


def render(s, blocks, when):
    changed = C.saved_at(s, blocks, when, lag=(30, 3000))
    loc = K.local(changed)
    meta = ('<div class="node__meta"><span>Последња измена: <time datetime="%s">%d.%02d.%d. %02d:%02d</time></span>'
            '</div>' % (C.iso(changed), loc.day, loc.month, loc.year, loc.hour, loc.minute))
    agg = s["agg"]
    news = "".join('<div class="views-row"><a href="/sr/vesti/%s">%s</a></div>' %
                   (C.det_sha(NEWS[k])[:6], C.esc(NEWS[k]))
                   for k in s["news"])
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest)
    return ('<!DOCTYPE html>\n<html lang="sr" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<title>Политика приватности | Дунав Дуван</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=sr'
            '&amp;theme=dunav&amp;include=eJxdjkEKwzAMBD-0" />\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
            '"pathPrefix":"sr\\/","currentPath":"node\\/12","currentLanguage":"sr"},"pluralDelimiter":"\\u0003",'
            '"ajaxPageState":{"libraries":"eJxdjkEKwzAMBD-0","theme":"dunav","theme_token":null},"views":{'
            '"ajax_path":"\\/sr\\/views\\/ajax","ajaxViews":{"views_dom_id:%s":{"view_name":"vesti",'
            '"view_display_id":"block_1","view_dom_id":"%s"}}},"user":{"uid":0,"permissionsHash":"%s"}}</script>\n'
            '</head>\n<body class="path-node page-node-type-page">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Прескочи на главни садржај</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class='
            '"page-wrapper"><div id="page">\n<header id="header" class="site-header" role="banner"><div class='
            '"site-header__inner container"><a href="/sr" rel="home" class="site-branding__logo"><img src="/themes/'
            'custom/dunav/logo.svg" alt="Почетна" /></a><nav role="navigation" id="block-dunav-main-menu" class='
            '"primary-nav"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/sr/o-nama"'
            '>О нама</a></li><li class="primary-nav__menu-item"><a href="/sr/brendovi">Брендови</a></li><li class='
            '"primary-nav__menu-item"><a href="/sr/prodajna-mesta">Продајна места</a></li><li class="primary-nav__'
            'menu-item"><a href="/sr/karijera">Каријера</a></li></ul></nav></div></header>\n'
            '<div id="main-wrapper" class="layout-main-wrapper"><main id="main" class="main"><a id="main-content" '
            'tabindex="-1"></a><div class="region region--content">\n'
            '<div id="block-dunav-page-title" class="block block-core block-page-title-block"><h1 class="title '
            'page-title"><span class="field field--name-title">%s</span></h1></div>\n'
            '<div id="block-dunav-content" class="block block-system block-system-main-block">\n'
            '<article data-history-node-id="12" class="node node--type-page node--view-mode-full">\n%s\n'
            '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-'
            'with-summary field--label-hidden field__item">%s</div></div>\n</article>\n</div>\n'
            '</div></main>\n<aside class="region region--sidebar"><div class="views-element-container block" '
            'id="block-vesti"><h2>Вести</h2><div class="view view-vesti js-view-dom-id-%s">%s</div></div></aside>'
            '</div>\n<footer class="site-footer"><p>Пронађите производе у више од %s продајних места. Пушење убија. '
            '© %d Дунав Дуван д.о.о.</p></footer>\n</div></div></div>\n'
            '<div id="age-verification" class="age-gate" role="dialog"><form class="age-verification-form" '
            'data-drupal-selector="age-verification-form" action="/sr/politika-privatnosti" method="post"><p>Сајт је '
            'намењен пунолетним пушачима. Унесите датум рођења.</p><input type="date" name="dob" /><input '
            'type="hidden" name="form_build_id" value="%s" /><input type="hidden" name="form_id" value="age_'
            'verification_form" /><input type="submit" value="Уђи" /></form></div>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=sr"></script>\n'
            '</body>\n</html>\n'
            % (agg[:8] + C.det_sha(agg)[:35], s["dom"], s["dom"], C.det_sha("perm", agg), C.inline_html(title[1]),
               meta, body, s["dom"], news, C.group_digits(s["kiosks"], "."), when.year, s["form"], C.det_sha(agg)[:43]))


PAGE = {
    "service": "Dunav Duvan", "url": URL, "lang": "sr-Cyrl-RS", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 6, 1), "hours": (1, 7, 13),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#block-dunav-page-title h1", "article.node--type-page"],
                    "remove": [".node__meta"]},
}
