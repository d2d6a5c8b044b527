"""Сусіди (susidy.ua) - uk - neighbourhood network on Ruby on Rails (Hotwire Turbo, ActionText).

The policy is an ActionText rich-text body edited in Trix: Trix knows only one heading level (`<h1>` for every
section heading), keeps consecutive paragraphs in one `<div>` separated by `<br><br>`, and has no tables; the
document title is the record's title in the page header, the "Редакція від ..." line is part of the text. Next to
the title the page stamps the record's `updated_at` ("Сторінку оновлено ..."), which moves whenever an editor
re-saves the record (translations, typo fixes in the English version): a careful contributor removes it. Around it:
csrf and csp nonces, a signed Turbo stream name per visitor, an importmap with digests (Webpacker + Turbolinks
until Sept 2022), a `recent_posts` turbo-frame with neighbourhood posts and relative times, an online counter,
an air-raid alert banner (since 2022), and from 2024 the body wrapped in a `<turbo-frame>` with Turbo 8 morphing."""
import datetime as dt
import html

import common as C

URL = "https://susidy.ua/pryvatnist"
MISYATSI = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MISYATSI[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Редакція від {UPDATED}

Ця Політика пояснює, як ТОВ «Сусіди Онлайн» обробляє персональні дані користувачів сервісу «Сусіди», що допомагає мешканцям одного будинку чи району знайомитися, ділитися новинами й допомагати одне одному.

## Хто ми

@ ТОВ «Сусіди Онлайн», код ЄДРПОУ 43987612
@ вул. Костянтинівська, 21, м. Київ, 04071
@ Електронна пошта: [privacy@susidy.ua](mailto:privacy@susidy.ua)

## Які дані ми збираємо

Під час реєстрації ви вказуєте ім’я, номер телефону та адресу будинку. Адресу ми використовуємо лише для того, щоб додати вас до спільноти вашого будинку та району; точна адреса не показується іншим користувачам.

Ваші дописи, коментарі, оголошення та повідомлення бачать тільки сусіди з вашого району, якщо ви не оберете інше.

## Навіщо ми обробляємо дані

- щоб надавати доступ до спільноти будинку та району;
- щоб надсилати сповіщення про нові дописи, оголошення ОСББ та екстрені повідомлення;
- щоб запобігати шахрайству та порушенню правил спільноти.

## Кому ми передаємо дані

Ми зберігаємо дані на серверах Hetzner Online GmbH у Німеччині. SMS із кодами підтвердження надсилає ТОВ «Терасоніс» (TurboSMS). Ми не продаємо персональні дані та не передаємо їх рекламодавцям.

На вимогу органів державної влади ми можемо надати дані лише за рішенням суду або в інших випадках, прямо передбачених законом.

## Скільки ми зберігаємо дані

Дані облікового запису зберігаються, поки ви користуєтеся сервісом. Після видалення облікового запису ваші дописи знеособлюються, а приватні повідомлення видаляються через 3 роки.

## Ваші права

Відповідно до Закону України «Про захист персональних даних» ви маєте право знати, які дані ми обробляємо, вимагати їх виправлення чи видалення та відкликати згоду. Скаргу можна подати Уповноваженому Верховної Ради України з прав людини.
"""

EDITS = [
    {"note": "processor added: Amazon Web Services (Frankfurt) for photos",
     "repl": [("SMS із кодами підтвердження надсилає", "Фотографії зберігаються в Amazon Web Services EMEA SARL (регіон Франкфурт). SMS із кодами підтвердження надсилає")]},
    {"note": "authorities paragraph reworded for martial law (date left)", "bump": False,
     "repl": [("На вимогу органів державної влади ми можемо надати дані лише за рішенням суду або в інших випадках, прямо передбачених законом.",
               "Під час дії воєнного стану ми надаємо дані органам державної влади лише на підставі рішення суду або вмотивованого запиту, передбаченого законом, і ведемо облік усіх таких запитів.")]},
    {"note": "new section: address verification through Diia",
     "repl": [("## Навіщо ми обробляємо дані", "## Підтвердження адреси через «Дію»\n\nЩоб отримати позначку «Підтверджений мешканець», ви можете поділитися з нами адресою реєстрації через застосунок «Дія». Ми отримуємо лише адресу та ваше ім’я і не зберігаємо копії документів.\n\n## Навіщо ми обробляємо дані")]},
    {"note": "private messages of deleted accounts deleted after 1 year instead of 3",
     "repl": [("приватні повідомлення видаляються через 3 роки.", "приватні повідомлення видаляються через 1 рік.")]},
    {"note": "contact changed: new office address and DPO e-mail",
     "repl": [("@ вул. Костянтинівська, 21, м. Київ, 04071\n@ Електронна пошта: [privacy@susidy.ua](mailto:privacy@susidy.ua)",
               "@ вул. Антоновича, 50, м. Київ, 03150\n@ Відповідальна особа з питань захисту даних: [dpo@susidy.ua](mailto:dpo@susidy.ua)")]},
]

POSTS = [("Загубився рудий кіт біля школи №12", "Загублене"), ("Хто знає гарного сантехніка на Оболоні?", "Питання"),
         ("Віддам дитячий візок безкоштовно", "Віддам"), ("Збори ОСББ у четвер о 19:00", "ОСББ"),
         ("Графік відключень світла на завтра", "Новини"), ("Шукаю попутників до Львова в суботу", "Попутники"),
         ("У під’їзді 3 не працює ліфт", "Будинок"), ("Збираємо на генератор для будинку", "Збір"),
         ("Знайдено ключі біля супермаркету", "Знахідки"), ("Прибирання двору в неділю, долучайтеся", "Толока")]
DISTRICTS = ["Оболонь", "Поділ", "Печерськ", "Виноградар", "Позняки", "Троєщина", "Лук’янівка"]
TURBO = dt.datetime(2022, 9, 12)
REDESIGN = dt.datetime(2024, 3, 4)
WAR = dt.datetime(2022, 2, 24)


def ago(m):
    if m < 60:
        return "%d хв тому" % m
    h = m // 60
    if h < 24:
        return "%d год тому" % h
    return "%d дн. тому" % (h // 24)


def trix(blocks):
    """ActionText body as Trix saves it."""
    out, para = [], []

    def flush():
        if para:
            out.append("<div>%s</div>" % "<br><br>".join(para))
            para.clear()
    for kind, v in blocks:
        if kind == "p":
            para.append(C.inline_html(v))
            continue
        flush()
        if kind in ("h1", "h2", "h3"):
            out.append("<h1>%s</h1>" % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<div>%s</div>" % "<br>".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    flush()
    return "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 64).replace("+", "-").replace("/", "_").rstrip("="), C.b64tok(rng, 16))
    s["stream"] = C.b64tok(rng, 36).rstrip("=") + "--" + C.hexs(rng, 64)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.35, lambda: tuple(C.hexs(rng, 64) for _ in range(3)))
    s["stack"] = "turbo" if when >= TURBO else "turbolinks"
    s["recent"] = tuple((rng.randrange(len(POSTS)), rng.randrange(len(DISTRICTS)), rng.randint(2, 2000), rng.randint(0, 40))
                        for _ in range(4))
    s["online"] = rng.randint(300, 4200)
    s["alert"] = (rng.random() < 0.3 and when >= WAR, rng.choice(["м. Київ", "Київська область", "м. Київ та Київська область"]))
    # the record's updated_at: re-saved now and then (English translation edits, re-saves) besides real edits
    prev_stamp = prev.get("stamp")
    s["stamp"] = prev_stamp if (prev_stamp and rng.random() > 0.25) else \
        (when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 20), minutes=rng.randint(0, 59))).strftime("%Y-%m-%dT%H:%M:%S")
    s["frame"] = "v2" if when >= REDESIGN else "v1"
    return s


LABELS = {
    "tokens": "per-visit csrf-token and csp-nonce",
    "stream": "signed Turbo stream name (per visitor session)",
    "assets": "asset digests (importmap / webpacker packs)",
    "stack": "Turbolinks + Webpacker -> Turbo + importmap migration",
    "recent": "'Нове у вашому районі' turbo-frame (neighbourhood posts, relative times, replies)",
    "online": "online neighbours counter",
    "alert": "air-raid alert banner",
    "stamp": "record updated_at stamp 'Сторінку оновлено' (moves on re-saves)",
    "frame": "2024 redesign: body wrapped in turbo-frame, Turbo 8 morph meta",
}


def render(s, blocks, when):
    csrf, nonce = s["tokens"]
    a1, a2, a3 = s["assets"]
    title = blocks[0][1]
    body = trix(blocks[1:])
    st = dt.datetime.strptime(s["stamp"], "%Y-%m-%dT%H:%M:%S")
    stamp = ('<p class="legal-page__stamp">Сторінку оновлено <time datetime="%s+02:00" data-controller="local-time">%d %s %d, %02d:%02d</time></p>'
             % (s["stamp"], st.day, MISYATSI[st.month - 1], st.year, st.hour, st.minute))
    if s["frame"] == "v2":
        doc = '<turbo-frame id="legal_document_1" data-turbo-action="advance">\n<div class="trix-content">\n%s\n</div>\n</turbo-frame>' % body
        morph = '<meta name="turbo-refresh-method" content="morph">\n<meta name="turbo-refresh-scroll" content="preserve">\n'
    else:
        doc = '<div class="trix-content">\n%s\n</div>' % body
        morph = ""
    if s["stack"] == "turbo":
        assets = ('<link rel="stylesheet" href="/assets/application-%s.css" data-turbo-track="reload" />\n'
                  '<script type="importmap" data-turbo-track="reload" nonce="%s">{\n  "imports": {\n    "application": "/assets/application-%s.js",\n'
                  '    "@hotwired/turbo-rails": "/assets/turbo.min-%s.js",\n    "@hotwired/stimulus": "/assets/stimulus.min-%s.js",\n'
                  '    "@hotwired/stimulus-loading": "/assets/stimulus-loading-%s.js",\n    "local-time": "/assets/local-time-%s.js"\n  }\n}</script>\n'
                  '<link rel="modulepreload" href="/assets/application-%s.js" nonce="%s">\n<script type="module" nonce="%s">import "application"</script>'
                  % (a1, nonce, a2, a3[:32] + a1[:32], a3, a2[::-1], a1[::-1], a2, nonce, nonce))
        stream = '<turbo-cable-stream-source channel="Turbo::StreamsChannel" signed-stream-name="%s"></turbo-cable-stream-source>' % s["stream"]
        frame_open, frame_close = '<turbo-frame id="recent_posts">', '</turbo-frame>'
        track = "data-turbo-track"
    else:
        assets = ('<link rel="stylesheet" href="/packs/css/application-%s.css" media="all" data-turbolinks-track="reload" />\n'
                  '<script src="/packs/js/application-%s.js" data-turbolinks-track="reload" nonce="%s"></script>' % (a1[:20], a2[:20], nonce))
        stream = '<div data-controller="cable" data-cable-channel-value="NeighbourhoodChannel" data-cable-signed-value="%s"></div>' % s["stream"]
        frame_open, frame_close = '<div id="recent_posts" data-controller="recent-posts">', '</div>'
        track = "data-turbolinks-track"
    recent = "\n".join('<li class="feed-item" id="post_%d"><a href="/dopysy/%d" class="feed-item__title">%s</a>'
                       '<p class="feed-item__meta"><span class="badge">%s</span> · %s · %s · %d відповідей</p></li>'
                       % (70000 + p * 131 + d, 70000 + p * 131 + d, html.escape(POSTS[p][0]), POSTS[p][1], DISTRICTS[d], ago(m), r)
                       for p, d, m, r in s["recent"])
    alert_on, region = s["alert"]
    alert = ('<div class="air-raid-alert" role="alert" data-controller="air-raid" data-air-raid-region-value="kyiv">'
             '<strong>Повітряна тривога</strong> — %s. Пройдіть в укриття!</div>' % region) if alert_on else ""
    return """<!DOCTYPE html>
<html lang="uk">
  <head>
    <title>%(title)s — Сусіди</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="%(csrf)s" />
    <meta name="csp-nonce" content="%(nonce)s" />
    <meta name="action-cable-url" content="/cable" />
    %(morph)s<link rel="icon" href="/favicon.ico">
    %(assets)s
  </head>

  <body class="controller-pages action-privacy" data-controller="layout">
    <header class="site-header">
      <a href="/" class="site-header__logo"><img src="/assets/logo-%(logo)s.svg" alt="Сусіди"></a>
      <nav class="site-header__nav">
        <a href="/pro-nas">Про нас</a>
        <a href="/dopomoha">Допомога</a>
        <a href="/uvijty" class="button button--ghost">Увійти</a>
        <a href="/reiestratsiia" class="button">Приєднатися</a>
      </nav>
    </header>
    %(alert)s
    <main class="container">
      <div class="layout layout--two-columns">
        <article class="legal-page">
          <header class="legal-page__header">
            <h1 class="legal-page__title">%(title)s</h1>
            %(stamp)s
          </header>
          %(doc)s
          <footer class="legal-page__actions">
            <a href="/pryvatnist.pdf" class="button button--small">Завантажити PDF</a>
            <button type="button" class="button button--small" data-action="click->layout#print">Друкувати</button>
          </footer>
        </article>
        <aside class="sidebar">
          %(stream)s
          <section class="card">
            <h2 class="card__title">Нове у вашому районі</h2>
            %(fo)s
            <ul class="feed">
%(recent)s
            </ul>
            %(fc)s
          </section>
          <section class="card card--muted">
            <p>Зараз онлайн: <strong>%(online)s</strong> сусідів</p>
            <turbo-frame id="neighbourhood_stats" src="/stats/kyiv" loading="lazy"></turbo-frame>
          </section>
        </aside>
      </div>
    </main>
    <footer class="site-footer">
      <nav><a href="/pravyla">Правила спільноти</a> · <a href="/pryvatnist">Конфіденційність</a> · <a href="/umovy">Умови користування</a></nav>
      <p>© 2019–%(year)d ТОВ «Сусіди Онлайн». Зроблено в Україні 💙💛</p>
    </footer>
  </body>
</html>
""" % {"title": html.escape(title), "csrf": csrf, "nonce": nonce, "morph": morph, "assets": assets,
       "logo": a3[:64] if s["stack"] == "turbo" else a3[:20], "alert": alert, "stamp": stamp, "doc": doc,
       "stream": stream, "fo": frame_open, "fc": frame_close, "recent": recent,
       "online": "{:,}".format(s["online"]).replace(",", "\u00a0"), "year": when.year, "track": track}


PAGE = {
    "service": "Susidy", "url": URL, "lang": "uk", "platform": "Ruby on Rails + Hotwire Turbo (ActionText/Trix)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-frame-options", "SAMEORIGIN"), ("referrer-policy", "strict-origin-when-cross-origin"), ("cache-control", "max-age=0, private, must-revalidate")),
    "n": 30, "start": dt.date(2021, 3, 15), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-page"],
                    "remove": [".legal-page__stamp", ".legal-page__actions"]},
}
