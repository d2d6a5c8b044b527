"""Скриня (Ukrainian password manager): legal pages in its Docusaurus docs site (docs.skrynia.app), Docusaurus
2.4 upgraded to 3.x in 2024 (class-name hashes, generator, header wrapper of the h1). The policy's technical
sub-sections and its FAQ are MDX <details> accordions (collapsed) inside .theme-doc-markdown. Noise: the
announcement bar (release news, sticky), the hashed CSS/JS of each deploy, the "Останнє оновлення" footer (git
date and author of the file's last commit, which moves on formatting-only commits too), the sidebar's version
badge. All of it outside the declared .theme-doc-markdown."""
import datetime as dt

import common as C

URL = "https://docs.skrynia.app/legal/privacy"
V3 = dt.datetime(2024, 2, 20)

MIS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
       "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MIS[d.month - 1], d.year)


POLICY = """# Політика конфіденційності

Редакція від {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «Скриня Софт» (далі — «Скриня», «ми») обробляє персональні дані користувачів менеджера паролів «Скриня», його застосунків для комп'ютерів і смартфонів, розширень для браузерів та вебсайту skrynia.app. Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних», а щодо користувачів з Європейського Союзу — також відповідно до Загального регламенту ЄС про захист даних (GDPR).

## 1. Хто ми

@ ТОВ «Скриня Софт»
@ вул. Велика Васильківська, 72, офіс 301
@ 03150, м. Київ, Україна
@ Код ЄДРПОУ 44123987
@ privacy@skrynia.app

Представник у ЄС відповідно до статті 27 GDPR: Skrynia Europe sp. z o.o., ul. Prosta 20, 00-850 Warszawa, Polska.

## 2. Архітектура нульового знання

Ваше сховище шифрується на вашому пристрої головним паролем, який ми ніколи не отримуємо і не зберігаємо. На наші сервери потрапляє лише зашифрований вміст сховища. Ми не можемо прочитати ваші паролі, нотатки, банківські картки чи інші записи, і не можемо відновити доступ до сховища, якщо ви забудете головний пароль.

### Як саме шифруються дані

Ключ шифрування отримується з головного пароля за допомогою алгоритму Argon2id з 3 ітераціями та 64 МБ пам'яті. Кожен запис шифрується алгоритмом AES-256-GCM. Для спільного доступу до записів використовується пара ключів X25519: запис шифрується відкритим ключем отримувача, тож навіть під час передачі ми не бачимо його вмісту.

### Що бачить сервер

Сервер зберігає зашифровані записи, час їх останньої зміни, кількість записів і розмір сховища, а також відкриті ключі для спільного доступу. Назви сайтів, логіни та URL-адреси також шифруються і серверу недоступні.

## 3. Які дані ми обробляємо

| Категорія | Приклади | Мета |
| Дані облікового запису | адреса електронної пошти, ім'я (необов'язково), мова інтерфейсу | створення й обслуговування облікового запису |
| Дані про оплату | тарифний план, країна, статус платежу | виставлення рахунків |
| Технічні дані | модель пристрою, версія застосунку й ОС, IP-адреса під час входу | безпека, виявлення підозрілих входів |
| Звернення до підтримки | текст звернення, листування | відповідь на запитання |

IP-адреси входів зберігаються 90 днів і відображаються вам у розділі «Безпека» облікового запису, щоб ви могли помітити сторонній доступ.

### Анонімна статистика використання

Якщо ви погодилися надсилати статистику використання, застосунок передає знеособлені події: запуск застосунку, використання функцій (наприклад, генератора паролів чи автозаповнення), тип пристрою та версію застосунку. Ці події не містять вмісту сховища, адрес сайтів чи адреси електронної пошти і не пов'язуються з вашим обліковим записом. Статистику можна вимкнути в налаштуваннях застосунку в розділі «Конфіденційність».

### Звіти про збої

Звіти про збої надсилаються лише з вашого дозволу. Перед надсиланням застосунок видаляє зі звіту будь-які дані сховища, а також шляхи до файлів, що можуть містити ваше ім'я користувача в операційній системі.

## 4. Підстави обробки

Ми обробляємо персональні дані на підставі договору з вами (надання послуги), нашого законного інтересу (безпека сервісу та запобігання шахрайству), виконання юридичних обов'язків (бухгалтерський облік) та вашої згоди (розсилка новин, анонімна статистика використання застосунку). Згоду можна відкликати будь-коли в налаштуваннях.

## 5. Кому ми передаємо дані

Ми не продаємо персональні дані і не передаємо їх рекламодавцям. Ми залучаємо таких обробників:

| Обробник | Послуга | Розташування даних |
| Hetzner Online GmbH | хостинг серверів | Німеччина, Фінляндія |
| Paddle.com Market Ltd | прийом платежів | Велика Британія |
| Postmark (ActiveCampaign) | службові листи | США |
| Help Scout | служба підтримки | США |

Передача даних до США здійснюється на підставі стандартних договірних умов Європейської комісії.

## 6. Строки зберігання

Ми зберігаємо персональні дані не довше, ніж це потрібно для цілей, для яких їх було зібрано. Дані облікового запису зберігаються, доки обліковий запис активний. Після видалення облікового запису зашифроване сховище видаляється негайно, а резервні копії — протягом 30 днів. Платіжні документи зберігаються 5 років відповідно до податкового законодавства. Листування зі службою підтримки видаляється через 2 роки після закриття звернення.

## 7. Діти

Скриня не призначена для дітей віком до 13 років. Діти віком від 13 до 16 років можуть користуватися сімейним планом лише за згодою батьків, які керують сімейною групою.

## 8. Ваші права

Ви маєте право знати про обробку ваших даних, отримати до них доступ, вимагати їх виправлення або видалення, обмежити обробку, заперечити проти неї та отримати дані у машинозчитуваному форматі. Експортувати сховище можна безпосередньо у застосунку. Щоб скористатися іншими правами, напишіть на privacy@skrynia.app. Ви також можете звернутися до Уповноваженого Верховної Ради України з прав людини або до наглядового органу вашої країни в ЄС.

## 9. Часті запитання

### Чи може Скриня побачити мої паролі?

Ні. Без вашого головного пароля вміст сховища є лише набором випадкових байтів. Це перевіряється незалежним аудитом безпеки, звіт про який ми публікуємо.

### Що станеться з даними, якщо сервери буде атаковано?

Зловмисник отримав би лише зашифровані сховища. Щоб розшифрувати їх, знадобився б головний пароль кожного користувача, тому рекомендуємо використовувати довгий і унікальний головний пароль.

### Чи передаєте ви дані державним органам?

Ми розкриваємо дані лише на підставі рішення суду, ухваленого відповідно до закону. Навіть у такому разі ми можемо надати тільки дані облікового запису і зашифроване сховище, яке не можемо розшифрувати.

## 10. Зміни до політики

Про суттєві зміни ми повідомляємо електронною поштою та в застосунку щонайменше за 14 днів до набрання ними чинності."""

EDITS = [
    {"note": "Argon2id parameters raised (3 iterations 64 MB -> 4 iterations 128 MB) in a collapsed sub-section",
     "repl": [("Argon2id з 3 ітераціями та 64 МБ пам'яті", "Argon2id з 4 ітераціями та 128 МБ пам'яті")]},
    {"note": "support processor Help Scout replaced by Zammad (self-hosted, Germany)",
     "repl": [("| Help Scout | служба підтримки | США |", "| Zammad (власний сервер) | служба підтримки | Німеччина |")]},
    {"note": "wording fix 'в налаштуваннях' -> 'у налаштуваннях' (no date change)",
     "bump": False, "repl": [("Згоду можна відкликати будь-коли в налаштуваннях.", "Згоду можна відкликати будь-коли у налаштуваннях.")]},
    {"note": "new FAQ accordion on passkeys added",
     "repl": [("## 10. Зміни до політики", "### Як зберігаються ключі доступу (passkeys)?\n\nЗакриті ключі ваших ключів доступу зберігаються у сховищі так само, як паролі: вони зашифровані на вашому пристрої і ніколи не передаються нам у відкритому вигляді.\n\n## 10. Зміни до політики")]},
    {"note": "login IP retention 90 -> 180 days",
     "repl": [("IP-адреси входів зберігаються 90 днів", "IP-адреси входів зберігаються 180 днів")]},
    {"note": "office address changed (Kyiv)",
     "repl": [("@ вул. Велика Васильківська, 72, офіс 301\n@ 03150, м. Київ, Україна",
               "@ вул. Антоновича, 50, офіс 12\n@ 03150, м. Київ, Україна")]},
]

ANNOUNCE = [
    "🎉 Вийшла Скриня %s: підтримка ключів доступу (passkeys) у всіх браузерах. <a href=\"https://skrynia.app/blog/\">Що нового</a>",
    "🔐 Скриня %s: новий генератор паролів і перевірка витоків. <a href=\"https://skrynia.app/blog/\">Докладніше</a>",
    "⭐ Якщо вам подобається Скриня, поставте зірку на <a href=\"https://github.com/skrynia\">GitHub</a>! (версія %s)",
]
AUTHORS = ["Олена Коваль", "Андрій Мельник", "skrynia-bot", "Тарас Бондар"]


def noise(rng, when, i, prev):
    prev = prev or {}
    major = 3 if when < dt.datetime(2023, 9, 1) else (4 if when < dt.datetime(2024, 9, 1) else 5)
    return {
        "announce": C.keep_or(rng, prev.get("announce"), 0.4,
                              lambda: (rng.randrange(len(ANNOUNCE)), "%d.%d" % (major, rng.randint(0, 9)))),
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.5, lambda: C.hexs(rng, 8)),
        "cfray": (C.hexs(rng, 16), C.b64tok(rng, 15)),
        "lastupd": C.keep_or(rng, prev.get("lastupd"), 0.3,
                             lambda: ((when - dt.timedelta(days=rng.randint(1, 40))).date().isoformat(), rng.choice(AUTHORS))),
    }


LABELS = {"announce": "announcement bar (release news)", "deploy": "Docusaurus asset hashes (deploy)",
          "lastupd": "'Останнє оновлення' footer (git date/author)",
          "cfray": "Cloudflare challenge-platform script (ray id)"}


def _markdown(blocks, v3):
    out = []
    open_det = False
    for b in blocks:
        if b[0] in ("h2", "h3", "h1") and open_det:
            out.append("</div></div></details>")
            open_det = False
        if b[0] == "h1":
            out.append("<header><h1>%s</h1></header>" % C.inline_html(b[1]) if v3 else "<h1>%s</h1>" % C.inline_html(b[1]))
        elif b[0] == "h3":
            cls = "details_lb9f alert alert--info details_b_Ee" if v3 else "details_lb9f alert alert--info details_BAp3"
            out.append('<details class="%s" data-collapsed="true"><summary>%s</summary><div style="display:none;overflow:hidden;height:0px"><div class="collapsibleContent_i85q">' % (cls, C.inline_html(b[1])))
            open_det = True
        elif b[0] == "h2":
            anchor = C.det_sha(b[1])[:6]
            out.append('<h2 class="anchor anchorWithStickyNavbar_LWe7" id="s-%s">%s<a href="#s-%s" class="hash-link" aria-label="Пряме посилання на %s" title="Пряме посилання на %s">\u200b</a></h2>' % (anchor, C.inline_html(b[1]), anchor, b[1].replace('"', "&quot;"), b[1].replace('"', "&quot;")))
        elif b[0] == "table":
            out.append(C.block_html(b))
        else:
            out.append(C.block_html(b))
    if open_det:
        out.append("</div></div></details>")
    return "".join(out)


def render(s, blocks, when):
    v3 = when >= V3
    dep = s["deploy"]
    ai, ver = s["announce"]
    lu, who = s["lastupd"]
    lud = dt.date.fromisoformat(lu)
    md = _markdown(blocks, v3)
    gen = "Docusaurus v3.1.1" if v3 else "Docusaurus v2.4.3"
    lastupd = ('<span class="theme-last-updated">Останнє оновлення<!-- --> <!-- -->%s<b><time datetime="%sT09:12:44.000Z" itemprop="dateModified">%s</time></b><!-- --> <!-- -->від <b>%s</b></span>'
               % ("" if v3 else "", lu, "%d %s %d р." % (lud.day, MIS[lud.month - 1], lud.year), who))
    return ('<!doctype html>\n<html lang="uk" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-legal/privacy" data-has-hydrated="false">\n<head>\n'
            '<meta charset="UTF-8">\n<meta name="generator" content="%(gen)s">\n<title data-rh="true">Політика конфіденційності | Скриня</title>'
            '<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image">'
            '<meta data-rh="true" property="og:url" content="%(url)s"><meta data-rh="true" property="og:locale" content="uk"><meta data-rh="true" name="docusaurus_locale" content="uk">'
            '<meta data-rh="true" name="docsearch:language" content="uk"><meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">'
            '<link data-rh="true" rel="canonical" href="%(url)s"><link rel="search" type="application/opensearchdescription+xml" title="Скриня" href="/opensearch.xml">\n'
            '<script src="https://plausible.skrynia.app/js/script.js" defer="defer" data-domain="docs.skrynia.app"></script>\n'
            '<link rel="stylesheet" href="/assets/css/styles.%(css)s.css">\n<script src="/assets/js/runtime~main.%(rt)s.js" defer="defer"></script>\n<script src="/assets/js/main.%(main)s.js" defer="defer"></script>\n</head>\n'
            '<body class="navigation-with-keyboard">\n<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}(),function(){try{const a=new URLSearchParams(window.location.search).entries();for(var[t,e]of a)if(t.startsWith("docusaurus-data-")){var n=t.replace("docusaurus-data-","data-");document.documentElement.setAttribute(n,e)}}catch(t){}}()</script>'
            '<div id="__docusaurus"><div role="region" aria-label="Перейти до основного вмісту"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Перейти до основного вмісту</a></div>'
            '<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#1f4e79;color:#fff" role="banner"><div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 announcementBarContent_xLdY">%(ann)s</div><button type="button" aria-label="Закрити" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>'
            '<nav aria-label="Головна" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Перемкнути бічну панель" aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button>'
            '<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Скриня" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Скриня</b></a>'
            '<a class="navbar__item navbar__link" href="/docs/intro">Документація</a><a class="navbar__item navbar__link" href="/api">API</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/legal/privacy">Правові документи</a></div>'
            '<div class="navbar__items navbar__items--right"><a href="https://skrynia.app/download" class="navbar__item navbar__link">Завантажити</a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="Перемкнути між темним та світлим режимом (зараз використовується світлий режим)" aria-label="Перемкнути між темним та світлим режимом (зараз використовується світлий режим)" aria-live="polite"></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Пошук"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">Пошук</span></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>'
            '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Прокрутити до початку" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">'
            '<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Бічна панель документації" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">'
            '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/legal/terms">Умови використання</a></li>'
            '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/legal/privacy">Політика конфіденційності</a></li>'
            '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/legal/security">Безпека та аудит</a></li>'
            '<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/legal/subprocessors">Обробники даних</a></li></ul></nav>'
            '<span class="badge badge--secondary sidebarVersion">Скриня %(ver)s</span></div></div></aside>'
            '<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>'
            '<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Навігаційний ланцюжок"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Головна сторінка" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li><li class="breadcrumbs__item"><span class="breadcrumbs__link">Правові документи</span></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Політика конфіденційності</span><meta itemprop="position" content="1"></li></ul></nav>'
            '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">На цій сторінці</button></div>'
            '<div class="theme-doc-markdown markdown">%(md)s</div>'
            '<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.com/skrynia/docs/edit/main/legal/privacy.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>Редагувати цю сторінку</a></div><div class="col lastUpdated_vwxv">%(lu)s</div></div></footer></article>'
            '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Сторінки документації"><a class="pagination-nav__link pagination-nav__link--prev" href="/legal/terms"><div class="pagination-nav__sublabel">Попередня</div><div class="pagination-nav__label">Умови використання</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/legal/security"><div class="pagination-nav__sublabel">Наступна</div><div class="pagination-nav__label">Безпека та аудит</div></a></nav></div></div></div></div></main></div></div>'
            '<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Продукт</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="https://skrynia.app/pricing">Ціни</a></li><li class="footer__item"><a class="footer__link-item" href="https://status.skrynia.app">Статус</a></li></ul></div></div>'
            '<div class="footer__bottom text--center"><div class="footer__copyright">© %(year)d ТОВ «Скриня Софт». Зроблено в Україні 🇺🇦</div></div></div></footer></div>\n'
            '<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement(\'script\');d.innerHTML="window.__CF$cv$params={r:\'%(ray)s\',t:\'%(rt2)s\'};var a=document.createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].appendChild(a);";b.getElementsByTagName(\'head\')[0].appendChild(d)}}var a=document.createElement(\'iframe\');a.height=1;a.width=1;a.style.position=\'absolute\';a.style.top=0;a.style.left=0;a.style.border=\'none\';a.style.visibility=\'hidden\';document.body.appendChild(a);c()})();</script></body>\n</html>\n'
            ) % dict(gen=gen, url=URL, css=C.det_sha(dep, "css")[:8], rt=C.det_sha(dep, "rt")[:8], main=C.det_sha(dep, "main")[:8],
                     ann=ANNOUNCE[ai] % ver, ray=s["cfray"][0], rt2=s["cfray"][1], ver=ver, md=md, lu=lastupd, year=when.year)


PAGE = {
    "service": "Skrynia",
    "url": URL,
    "lang": "uk",
    "platform": "Docusaurus 2.4 -> 3.1 (MDX <details> accordions), on Cloudflare Pages",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Access-Control-Allow-Origin", "*")],
    "n": 30,
    "start": dt.date(2022, 8, 15),
    "end": dt.date(2025, 6, 10),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".theme-doc-markdown"},
}
