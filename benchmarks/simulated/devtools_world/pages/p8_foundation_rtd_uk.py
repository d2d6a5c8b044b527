"""Фонд «Криниця» (open-source foundation, Kyiv) - uk - Sphinx + sphinx_rtd_theme on Read the Docs: EthicalAds
with per-view nonces, READTHEDOCS_DATA and flyout (old embed) then RTD addons (Oct 2024), build date and commit in
the footer at every build, docutils <div class="section"> -> <section>, gettext translation with one paragraph
still in English until translated."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://krynytsia.readthedocs.io/uk/latest/policies/privacy.html"
MIS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
       "грудня"]
MIS_SHORT = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MIS[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Дата оновлення: {UPDATED}

Благодійна організація «Фонд відкритого коду «Криниця»» (код ЄДРПОУ 44123456, далі — Фонд) підтримує українські відкриті проєкти, проводить конференцію та приймає пожертви. Ця Політика пояснює, як Фонд обробляє персональні дані відповідно до Закону України «Про захист персональних даних» та, щодо осіб з ЄС, Загального регламенту ЄС про захист даних (GDPR).

## Які дані ми обробляємо

- дані членів Фонду: ім’я, електронна пошта, обліковий запис GitHub або GitLab, країна проживання;
- дані благодійників: ім’я (якщо ви не обрали анонімну пожертву), сума та дата пожертви, остання частина номера картки;
- дані учасників розсилки: адреса електронної пошти та налаштування підписки;
- технічні дані сайту: IP-адреса та журнал запитів, які зберігає хостинг документації.

## Мета та підстави обробки

Ми обробляємо дані для ведення реєстру членів Фонду, обліку пожертв і звітності перед благодійниками та податковими органами, надсилання розсилки за вашою згодою, а також для захисту наших сервісів від зловживань.

## Платіжні сервіси

| Сервіс | Призначення | Країна |
| LiqPay (АТ КБ «ПриватБанк») | прийом пожертв банківською карткою | Україна |
| Open Collective Foundation | прийом пожертв з-за кордону | США |
| GitHub Sponsors | регулярні пожертви розробникам | США |

## Публічні репозиторії

Contributions to our public repositories, including the name and e-mail address recorded in commit metadata, are public and permanent. We cannot remove them from the history of a repository once they have been merged.

## Строк зберігання

Дані благодійників зберігаються протягом 5 років після завершення звітного року, як того вимагає законодавство про бухгалтерський облік. Журнали запитів хостингу зберігаються 30 днів. Дані учасників розсилки видаляються після відписки.

## Ваші права

Ви маєте право на доступ до своїх персональних даних, їх виправлення, видалення, обмеження обробки та відкликання згоди. Ви також можете звернутися зі скаргою до [Уповноваженого Верховної Ради України з прав людини](https://ombudsman.gov.ua).

## Контакти

@ БО «Фонд відкритого коду «Криниця»»
@ вул. Хорива, 39, офіс 12, Київ, 04071
@ [privacy@krynytsia.org.ua](mailto:privacy@krynytsia.org.ua)
"""

EDITS = [
    {"note": "the paragraph on public repositories, shown in English (untranslated gettext string), is now translated (date not bumped)",
     "bump": False,
     "repl": [("Contributions to our public repositories, including the name and e-mail address recorded in commit metadata, are public and permanent. We cannot remove them from the history of a repository once they have been merged.",
               "Внески до наших публічних репозиторіїв, зокрема ім’я та адреса електронної пошти в метаданих комітів, є публічними та постійними. Після злиття ми не можемо видалити їх з історії репозиторію.")]},
    {"note": "payment services table: monobank jar row added",
     "repl": [("| GitHub Sponsors | регулярні пожертви розробникам | США |",
               "| GitHub Sponsors | регулярні пожертви розробникам | США |\n| monobank (АТ «Універсал Банк») | збір коштів через «банку» | Україна |")]},
    {"note": "new section on the KrynytsiaConf conference (photo and video recording) inserted before retention",
     "repl": [("## Строк зберігання", "## Конференція KrynytsiaConf\n\nПід час конференції KrynytsiaConf ведеться фото- та відеозйомка. Записи доповідей публікуються на YouTube-каналі Фонду. Якщо ви не бажаєте потрапляти в кадр, отримайте на реєстрації бейдж червоного кольору.\n\n## Строк зберігання")]},
    {"note": "donor-record retention 5 -> 3 years, hosting logs 30 -> 90 days",
     "repl": [("протягом 5 років після завершення звітного року", "протягом 3 років після завершення звітного року"),
              ("Журнали запитів хостингу зберігаються 30 днів.", "Журнали запитів хостингу зберігаються 90 днів.")]},
    {"note": "foundation's office moved from Kyiv to Lviv (contact address)",
     "repl": [("@ вул. Хорива, 39, офіс 12, Київ, 04071", "@ вул. Городоцька, 36, Львів, 79007")]},
]

ERAS = [  # since, sphinx, rtd theme, docutils <section>?, addons?
    (dt.datetime(2000, 1, 1), "4.2.0", "1.0.0", False, False, "Постійне посилання на цей заголовок"),
    (dt.datetime(2022, 10, 20), "5.3.0", "1.1.1", True, False, "Постійне посилання на цей заголовок"),
    (dt.datetime(2023, 12, 4), "7.2.6", "2.0.0", True, False, "Посилання на цей заголовок"),
    (dt.datetime(2024, 10, 7), "7.4.7", "3.0.0", True, True, "Посилання на цей заголовок"),
    (dt.datetime(2025, 5, 19), "8.2.3", "3.0.2", True, True, "Посилання на цей заголовок")]
ADS = [("Sentry", "Application monitoring built for developers."), ("Cloudflare Workers", "Deploy serverless code in seconds."),
       ("JetBrains PyCharm", "The Python IDE for professional developers."), ("Read the Docs for Business", "Private docs, SSO, and more."),
       ("Scout APM", "Performance monitoring for Python.")]
TOCTREE = [(dt.datetime(2000, 1, 1), "Кодекс поведінки", "code-of-conduct.html"),
           (dt.datetime(2000, 1, 1), "Політика конфіденційності", "privacy.html"),
           (dt.datetime(2022, 4, 1), "Політика щодо торговельних марок", "trademark.html"),
           (dt.datetime(2023, 6, 1), "Політика безпеки", "security.html"),
           (dt.datetime(2025, 1, 15), "Політика використання ШІ у внесках", "ai-contributions.html")]


def _era(when):
    return [e for e in ERAS if when >= e[0]][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["ad"] = (rng.randrange(len(ADS)), C.uuid4(rng), rng.randint(6000, 9999))
    built = when - dt.timedelta(hours=rng.randint(1, 400))
    s["build"] = (built, C.hexs(rng, 40))
    s["sphinx"] = _era(when)[1:3]
    s["rtd"] = "addons" if _era(when)[4] else "embed"
    s["static"] = C.keep_or(rng, prev.get("static"), 0.2, lambda: tuple(C.hexs(rng, 8) for _ in range(4)))
    s["toctree"] = sum(1 for d, _, _ in TOCTREE if when >= d)
    return s


LABELS = {
    "ad": "EthicalAds sidebar ad (rotation, per-view nonce in click/view URLs)",
    "build": "build: 'Востаннє оновлено' date and commit in footer / READTHEDOCS_DATA",
    "sphinx": "Sphinx / sphinx_rtd_theme / docutils upgrade (section markup, headerlink titles)",
    "rtd": "Read the Docs embed -> addons (flyout web component, meta tags)",
    "static": "_static ?v= cache-busting hashes",
    "toctree": "toctree gained policy pages",
}


def _sid(text, ctr):
    a = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    a = re.sub(r"^[^a-z]+", "", a)
    if a:
        return a
    ctr[0] += 1
    return "id%d" % ctr[0]


def _body(blocks, sect, hl_title):
    ctr = [0]
    open_tag = (lambda sid: '<section id="%s">' % sid) if sect else (lambda sid: '<div class="section" id="%s">' % sid)
    close = "</section>" if sect else "</div>"
    out, depth = [], 0
    for b in blocks:
        if b[0] in ("h1", "h2"):
            if b[0] == "h2" and depth == 2:
                out.append(close)
                depth = 1
            sid = _sid(b[1], ctr)
            out.append(open_tag(sid))
            depth += 1
            out.append('<%s>%s<a class="headerlink" href="#%s" title="%s">¶</a></%s>' % (b[0], C.inline_html(b[1]), sid, hl_title, b[0]))
        elif b[0] == "table":
            rows = b[1]
            head = "".join('<th class="head"><p>%s</p></th>\n' % C.inline_html(x) for x in rows[0])
            body = "".join('<tr class="row-%s">\n%s</tr>\n' % ("odd" if n % 2 == 0 else "even",
                                                                "".join("<td><p>%s</p></td>\n" % C.inline_html(x) for x in r))
                           for n, r in enumerate(rows[1:]))
            out.append('<table class="docutils align-default">\n<thead>\n<tr class="row-odd">%s</tr>\n</thead>\n<tbody>\n%s</tbody>\n</table>' % (head, body))
        elif b[0] == "ul":
            out.append('<ul class="simple">\n%s</ul>' % "".join("<li><p>%s</p></li>\n" % C.inline_html(x) for x in b[1]))
        elif b[0] == "addr":
            out.append('<div class="line-block">\n%s</div>' % "".join('<div class="line">%s</div>\n' % C.inline_html(x) for x in b[1]))
        else:
            out.append(C.block_html(b).replace('<a href="http', '<a class="reference external" href="http'))
    out.extend([close] * depth)
    return "\n".join(out)


def render(s, blocks, when):
    sphinx, theme = s["sphinx"]
    era = _era(when)
    sect, addons, hl = era[3], era[4], era[5]
    built, commit = s["build"]
    ad, nonce, adnum = s["ad"]
    st = s["static"]
    toc = "".join('<li class="toctree-l1%s"><a class="%sreference internal" href="%s">%s</a></li>'
                  % (" current" if u == "privacy.html" else "", "current " if u == "privacy.html" else "", "#" if u == "privacy.html" else u, t)
                  for _, t, u in TOCTREE[:s["toctree"]])
    ea = ('<div id="ethical-ad-placement" class="ethical-sidebar" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true">'
          '<div class="ea-placement ea-type-image"><div class="ea-content"><a href="https://server.ethicalads.io/proxy/click/%d/%s/" rel="nofollow noopener sponsored" target="_blank">'
          '<img src="https://media.ethicalads.io/media/images/%d/%02d/%s.png" alt="" class="ea-image"></a><div class="ea-text"><a href="https://server.ethicalads.io/proxy/click/%d/%s/" rel="nofollow noopener sponsored" target="_blank">'
          '<strong>%s</strong> %s</a></div></div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/?ref=ea-text" rel="nofollow noopener" target="_blank">Ads by EthicalAds</a></div>'
          '<img src="https://server.ethicalads.io/proxy/view/%d/%s/" class="ea-pixel" width="1" height="1" alt=""></div></div>'
          % (adnum, nonce, when.year, when.month, nonce[:8], adnum, nonce, ADS[ad][0], ADS[ad][1], adnum, nonce))
    if addons:
        rtd_head = ('<meta name="readthedocs-addons-api-version" content="1"><meta name="readthedocs-project-slug" content="krynytsia">'
                    '<meta name="readthedocs-version-slug" content="latest"><meta name="readthedocs-resolver-filename" content="/policies/privacy.html">'
                    '<meta name="readthedocs-http-status" content="200"><script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>')
        rtd_tail = '<readthedocs-flyout position="bottom-right"></readthedocs-flyout><readthedocs-notification></readthedocs-notification>'
    else:
        data = {"ad_free": False, "api_host": "https://readthedocs.org", "builder": "sphinx", "canonical_url": None,
                "docroot": "/docs/", "features": {"docsearch_disabled": False}, "global_analytics_code": "UA-17997319-1",
                "language": "uk", "page": "policies/privacy", "programming_language": "words", "project": "krynytsia",
                "proxied_api_host": "/_", "source_suffix": ".rst", "subprojects": {}, "theme": "sphinx_rtd_theme",
                "user_analytics_code": "", "version": "latest", "commit": commit[:7]}
        rtd_head = ('<script type="application/json" id="READTHEDOCS_DATA">%s</script>'
                    '<script type="text/javascript" src="/_/static/javascript/readthedocs-doc-embed.js"></script>'
                    '<link rel="stylesheet" href="/_/static/css/readthedocs-doc-embed.css" type="text/css">' % json.dumps(data))
        rtd_tail = ('<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="versions"><span class="rst-current-version" data-toggle="rst-current-version">'
                    '<span class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span><div class="rst-other-versions">'
                    '<dl><dt>Versions</dt><dd><a href="/uk/latest/policies/privacy.html">latest</a></dd><dd><a href="/uk/stable/policies/privacy.html">stable</a></dd></dl>'
                    '<dl><dt>Languages</dt><dd><a href="/en/latest/policies/privacy.html">en</a></dd><dd><a href="/uk/latest/policies/privacy.html">uk</a></dd></dl>'
                    '<dl><dt>Downloads</dt><dd><a href="//krynytsia.readthedocs.io/_/downloads/uk/latest/pdf/">pdf</a></dd><dd><a href="//krynytsia.readthedocs.io/_/downloads/uk/latest/epub/">epub</a></dd></dl>'
                    '<dl><dt>On Read the Docs</dt><dd><a href="//readthedocs.org/projects/krynytsia/?fromdocs=krynytsia">Project Home</a></dd><dd><a href="//readthedocs.org/builds/krynytsia/?fromdocs=krynytsia">Builds</a></dd></dl>'
                    '<hr><small><span>Free document hosting provided by <a href="https://readthedocs.org">Read the Docs</a>.</span></small></div></div>')
    lu = "%02d %s %d р." % (built.day, MIS_SHORT[built.month - 1], built.year)
    return ('<!DOCTYPE html>\n<html class="writer-html5" lang="uk"%s>\n<head>\n  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '  <title>Політика конфіденційності &mdash; Документація Фонд «Криниця» latest</title>\n'
            '      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=%s" />\n'
            '      <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=%s" />\n'
            '  <!--[if lt IE 9]>\n    <script src="../_static/js/html5shiv.min.js"></script>\n  <![endif]-->\n'
            '        <script src="../_static/jquery.js?v=5d32c60e"></script>\n'
            '        <script src="../_static/documentation_options.js?v=%s"></script>\n'
            '        <script src="../_static/doctools.js?v=%s"></script>\n'
            '        <script src="../_static/translations.js?v=d190bf04"></script>\n'
            '    <script src="../_static/js/theme.js"></script>\n'
            '    <link rel="index" title="Алфавітний покажчик" href="../genindex.html" />\n    <link rel="search" title="Пошук" href="../search.html" />\n'
            '    <link rel="next" title="Політика щодо торговельних марок" href="trademark.html" />\n    <link rel="prev" title="Кодекс поведінки" href="code-of-conduct.html" />\n'
            '%s\n</head>\n\n<body class="wy-body-for-nav">\n  <div class="wy-grid-for-nav">\n'
            '    <nav data-toggle="wy-nav-shift" class="wy-nav-side">\n      <div class="wy-side-scroll">\n        <div class="wy-side-nav-search" >\n'
            '            <a href="../index.html" class="icon icon-home">\n            Фонд «Криниця»\n          </a>\n              <div class="version">\n                latest\n              </div>\n'
            '<div role="search">\n  <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">\n    <input type="text" name="q" placeholder="Пошук документації" aria-label="Пошук документації" />\n'
            '    <input type="hidden" name="check_keywords" value="yes" />\n    <input type="hidden" name="area" value="default" />\n  </form>\n</div>\n        </div>'
            '<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Навігаційне меню">\n'
            '              <p class="caption" role="heading"><span class="caption-text">Політики</span></p>\n<ul class="current">\n%s\n</ul>\n'
            '        </div>%s\n      </div>\n    </nav>\n\n'
            '    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Мобільне навігаційне меню" >\n'
            '          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>\n          <a href="../index.html">Фонд «Криниця»</a>\n      </nav>\n\n'
            '      <div class="wy-nav-content">\n        <div class="rst-content">\n          <div role="navigation" aria-label="Навігація сторінками">\n'
            '  <ul class="wy-breadcrumbs">\n      <li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>\n'
            '          <li class="breadcrumb-item"><a href="index.html">Політики</a></li>\n      <li class="breadcrumb-item active">Політика конфіденційності</li>\n'
            '      <li class="wy-breadcrumbs-aside">\n            <a href="https://github.com/krynytsia/governance/blob/main/docs/policies/privacy.rst" class="fa fa-github"> Редагувати на GitHub</a>\n      </li>\n'
            '  </ul>\n  <hr/>\n</div>\n'
            '          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
            '           <div itemprop="articleBody">\n             \n  %s\n\n\n           </div>\n          </div>\n'
            '          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Нижній колонтитул">\n'
            '        <a href="code-of-conduct.html" class="btn btn-neutral float-left" title="Кодекс поведінки" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Попередня</a>\n'
            '        <a href="trademark.html" class="btn btn-neutral float-right" title="Політика щодо торговельних марок" accesskey="n" rel="next">Наступна <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>\n'
            '    </div>\n\n  <hr/>\n\n  <div role="contentinfo">\n    <p>&#169; Авторське право 2021–%d, Фонд «Криниця».\n'
            '      <span class="commit">Ревізія <code>%s</code>.\n      </span>\n      <span class="lastupdated">Востаннє оновлено %s.\n      </span></p>\n  </div>\n\n'
            '  Зібрано за допомогою <a href="https://www.sphinx-doc.org/">Sphinx</a> з використанням\n    <a href="https://github.com/readthedocs/sphinx_rtd_theme">теми</a>\n    наданої <a href="https://readthedocs.org">Read the Docs</a>.\n   \n\n</footer>\n'
            '        </div>\n      </div>\n    </section>\n  </div>\n  %s\n'
            '  <script>\n      jQuery(function () {\n          SphinxRtdTheme.Navigation.enable(true);\n      });\n  </script>\n</body>\n</html>\n'
            % (' data-content_root="../"' if sphinx >= "7" else "", st[0], st[1], st[2], st[3], rtd_head, toc,
               ea, _body(blocks, sect, hl), when.year, commit[:7], lu, rtd_tail))


PAGE = {
    "service": "Krynytsia Foundation", "url": URL, "lang": "uk", "platform": "Sphinx on Read the Docs",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-RTD-Project", "krynytsia"), ("X-RTD-Version", "latest")),
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 8, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['div[itemprop="articleBody"]'], "remove": ["a.headerlink"]},
}
