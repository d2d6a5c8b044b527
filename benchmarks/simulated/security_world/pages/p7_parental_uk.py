"""Oberih Kids (Ukrainian parental-control app), privacy policy as a Zendesk Guide help-centre article
(Copenhagen theme), Ukrainian. The article body is Zendesk-editor HTML (tables without <th>, header row in
<strong>).

Fairly clean: per visit the csrf-token meta and HelpCenter session token; beside the declared `.article-title`
and `.article-body`: the "found this helpful" vote counts (sticky), the article's "updated" <time> (on saves),
the static.zdassets.com asset hashes (Zendesk deploys); the sidebar lists the section's other documents."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

ARTICLE = "4410923817745"
SLUG = ("%D0%9F%D0%BE%D0%BB%D1%96%D1%82%D0%B8%D0%BA%D0%B0-%D0%BA%D0%BE%D0%BD%D1%84%D1%96%D0%B4%D0%B5%D0%BD"
        "%D1%86%D1%96%D0%B9%D0%BD%D0%BE%D1%81%D1%82%D1%96")
URL = "https://help.oberih.app/hc/uk/articles/%s-%s" % (ARTICLE, SLUG)

MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Дата набрання чинності: {UPDATED}

Оберіг Kids — це застосунок батьківського контролю, який допомагає батькам захищати дітей у цифровому світі: встановлювати обмеження часу користування пристроєм, блокувати небезпечні сайти та застосунки, бачити місцеперебування дитини на карті та отримувати сигнал SOS. Оскільки застосунок обробляє дані дітей, ми ставимося до їх захисту з особливою відповідальністю. У цій Політиці ми пояснюємо, які дані збираємо, навіщо, як довго зберігаємо та як ви можете ними керувати.

## 1. Хто ми

Володільцем персональних даних є:

@ ТОВ «Оберіг Софт»
@ вул. Хрещатик, 10, м. Київ, 01001, Україна
@ код ЄДРПОУ 43912345
@ Електронна пошта: [privacy@oberih.app](mailto:privacy@oberih.app)

Для користувачів з Європейського Союзу наш представник відповідно до статті 27 GDPR — Oberih Software sp. z o.o., ul. Prosta 20, 00-850 Warszawa, Polska.

## 2. Як працює Оберіг Kids

Сервіс складається з двох застосунків. **Оберіг для батьків** встановлюється на пристрій батьків і дозволяє керувати налаштуваннями. **Оберіг Kids** встановлюється на пристрій дитини, виконує правила, які встановили батьки, і передає батькам дані, потрібні для цих функцій. Застосунок на пристрої дитини завжди показує значок, що батьківський контроль увімкнено, і ми не приховуємо його від дитини.

Ми рекомендуємо батькам поговорити з дитиною про те, навіщо встановлено застосунок і які дані бачать батьки.

Батьки можуть у будь-який момент призупинити або повністю вимкнути збір окремих видів даних, наприклад геолокації чи історії вебпереглядів. Якщо застосунок на пристрої дитини видалено, передача даних припиняється одразу, а батьки отримують про це сповіщення.

## 3. Які дані ми обробляємо

### Дані батьків

- ім'я та адреса електронної пошти;
- пароль у вигляді хешу;
- дані про підписку та покупки (ми отримуємо їх від App Store або Google Play, але не бачимо даних платіжної картки);
- звернення до служби підтримки.

### Дані дитини

- ім'я або псевдонім і рік народження, які вказують батьки;
- модель пристрою, версія операційної системи, рівень заряду батареї;
- геолокація пристрою, якщо батьки увімкнули цю функцію (оновлюється кожні 5 хвилин, коли дитина рухається);
- перелік встановлених застосунків і статистика часу їх використання;
- адреси вебсайтів, які дитина відкриває в браузері, і категорія кожного сайту — для блокування небажаного вмісту;
- сигнали SOS і пов'язана з ними геолокація.

### Чого ми не робимо

Ми не читаємо листування дитини в месенджерах, не записуємо телефонних розмов, не вмикаємо камеру чи мікрофон. Ми не показуємо дітям рекламу, не створюємо рекламних профілів і ніколи не продаємо персональні дані.

## 4. Мета та правові підстави обробки

| Мета | Правова підстава |
| Надання функцій батьківського контролю | виконання договору з батьками та згода батьків щодо даних дитини |
| Керування обліковим записом і підпискою | виконання договору |
| Захист сервісу від зловживань і забезпечення безпеки | законний інтерес |
| Відповіді на звернення до підтримки | виконання договору |
| Надсилання новин і порад з безпеки дітей онлайн | згода (можна відкликати будь-коли) |

Ми обробляємо дані відповідно до Закону України «Про захист персональних даних», а щодо користувачів з ЄС — також відповідно до Загального регламенту захисту даних (GDPR).

## 5. Строки зберігання

| Дані | Строк зберігання |
| Історія геолокації | 30 днів |
| Історія вебпереглядів і статистика застосунків | 90 днів |
| Сигнали SOS | 12 місяців |
| Дані облікового запису | поки обліковий запис активний і 30 днів після його видалення |
| Звернення до підтримки | 3 роки |

Батьки можуть будь-коли видалити історію геолокації та вебпереглядів у налаштуваннях застосунку.

## 6. Кому ми передаємо дані

Ми передаємо дані лише постачальникам, які допомагають нам надавати сервіс, і лише в потрібному обсязі:

| Постачальник | Для чого | Країна |
| Google Cloud EMEA Ltd. | хостинг серверів | Нідерланди |
| Google Firebase Cloud Messaging | доставка сповіщень на Android | США |
| Apple Push Notification service | доставка сповіщень на iOS | США |
| Mapbox, Inc. | відображення карт | США |
| Intercom R&D Unlimited Company | служба підтримки | Ірландія |

Ми можемо надати дані органам державної влади лише на підставі рішення суду або в інших випадках, прямо передбачених законом. Ми не передаємо дані рекламним мережам, брокерам даних чи аналітичним компаніям, які використовують їх для власних цілей.

## 7. Передача даних за кордон

Наші сервери розташовані в Європейському Союзі. Якщо дані передаються до США, ми застосовуємо стандартні договірні положення, затверджені Європейською комісією, або механізм EU-U.S. Data Privacy Framework.

## 8. Безпека даних

Дані передаються лише зашифрованими каналами (TLS 1.2 і вище) і зберігаються в зашифрованому вигляді. Доступ до них мають лише працівники, яким він потрібен для виконання обов'язків, і лише з двофакторною автентифікацією. Ми регулярно проводимо тестування на проникнення та навчаємо команду правил конфіденціності. У разі витоку даних, який може становити ризик для вас або вашої дитини, ми без зайвої затримки повідомимо вас і відповідні органи, а також пояснимо, яких заходів ми вжили.

## 9. Ваші права

Ви маєте право:

- знати, які дані про вас і вашу дитину ми обробляємо, і отримати їх копію;
- вимагати виправлення неточних даних;
- вимагати видалення даних;
- відкликати згоду на обробку;
- заперечувати проти обробки на підставі законного інтересу;
- отримати дані у машиночитному форматі.

Щоб скористатися правами, напишіть на [privacy@oberih.app](mailto:privacy@oberih.app). Ми відповімо протягом 30 днів. Ви також можете звернутися до Уповноваженого Верховної Ради України з прав людини (вул. Інститутська, 21/8, м. Київ, 01008) або, якщо проживаєте в ЄС, до наглядового органу своєї країни.

## 10. Діти

Обліковий запис Оберіг може створити лише повнолітня особа. Дані дитини обробляються тільки за рішенням батьків або інших законних представників, які відповідають за встановлення застосунку на пристрій дитини. Дитина, якій виповнилося 14 років, може звернутися до нас напряму щодо своїх даних.

## 11. Зміни до Політики

Ми можемо оновлювати цю Політику. Про суттєві зміни ми повідомимо батьків електронною поштою або в застосунку щонайменше за 14 днів до набрання ними чинності.

## 12. Контакти

Якщо у вас є запитання щодо цієї Політики, напишіть нам на [privacy@oberih.app](mailto:privacy@oberih.app) або скористайтеся [формою звернення](/hc/uk/requests/new).
"""

EDITS = [
    {"note": "processor added (Sentry crash reports)",
     "repl": [("| Mapbox, Inc. | відображення карт | США |",
               "| Mapbox, Inc. | відображення карт | США |\n"
               "| Functional Software, Inc. (Sentry) | звіти про збої застосунку | США |")]},
    {"note": "location history retention shortened from 30 to 14 days",
     "repl": [("| Історія геолокації | 30 днів |", "| Історія геолокації | 14 днів |")]},
    {"note": "subsection on AI analysis of harmful content added to section 3",
     "repl": [("### Чого ми не робимо",
               "### Аналіз небезпечного вмісту\n\n"
               "Якщо батьки увімкнули функцію «Безпечні фото», застосунок на пристрої дитини перевіряє нові "
               "зображення на ознаки відвертого або жорстокого вмісту. Аналіз виконує модель штучного інтелекту "
               "безпосередньо на пристрої. Самі зображення на наші сервери не передаються — батьки отримують лише "
               "сповіщення про виявлення.\n\n### Чого ми не робимо")]},
    {"note": "typo fixed ('конфіденціності' -> 'конфіденційності'), no new date", "bump": False,
     "repl": [("правил конфіденціності", "правил конфіденційності")]},
    {"note": "company address changed",
     "repl": [("@ вул. Хрещатик, 10, м. Київ, 01001, Україна", "@ вул. Антоновича, 50, м. Київ, 03150, Україна")]},
]

_last = {}


def noise(rng, when, i, prev):
    p = prev or {}

    def votes():
        base = 40 + (when.toordinal() - 738500) // 9
        up = base + rng.randint(0, 12)
        return (up, up + base // 2 + rng.randint(0, 20))

    return {
        "csrf": C.b64tok(rng, 60),
        "session": C.b64tok(rng, 48),
        "votes": C.keep_or(rng, p.get("votes"), 0.35, votes),
        "assets": C.keep_or(rng, p.get("assets"), 0.25, lambda: (C.hexs(rng, 32), C.hexs(rng, 10), "v%d" % rng.randint(26000, 29999))),
        "resave": C.keep_or(rng, p.get("resave"), 0.05,
                            lambda: C.iso(when - dt.timedelta(hours=rng.randint(5, 300), seconds=rng.randint(0, 3599)))),
    }


LABELS = {"csrf": "csrf-token meta (per visit)", "session": "HelpCenter session csrf (per visit)",
          "votes": "'found this helpful' vote counts", "assets": "Zendesk asset hashes (deploy)",
          "resave": "article re-saved by an agent", "edited": "article 'updated' time"}


def zd_body(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            w = 100 // len(v[0])
            rows = ["<tr>%s</tr>" % "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (w, C.inline_html(x))
                                            for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join('<td style="width: %d%%;">%s</td>' % (w, C.inline_html(x)) for x in r)
                     for r in v[1:]]
            out.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s</tbody></table>'
                       % "".join(rows))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(s, blocks, when):
    title = blocks[0][1]
    body = zd_body(blocks[1:])
    seen = _last.get("body")
    if seen is None:
        _last["body"] = (body, "2022-08-30T07:42:18Z")
    elif seen[0] != body:
        _last["body"] = (body, C.iso(when - dt.timedelta(hours=6, minutes=41, seconds=12)))
    edited = max(_last["body"][1], s["resave"])
    s["edited"] = edited
    ed = dt.datetime.strptime(edited, "%Y-%m-%dT%H:%M:%SZ")
    up, total = s["votes"]
    a1, a2, ver = s["assets"]
    kyiv = ed + dt.timedelta(hours=3 if 4 <= ed.month <= 10 else 2)
    return """<!DOCTYPE html>
<html dir="ltr" lang="uk">
<head>
  <meta charset="utf-8" />
  <!-- {ver} -->


  <title>Політика конфіденційності &ndash; Центр підтримки Оберіг Kids</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="hc:meta:server:{csrf}">

  <meta name="description" content="Оберіг Kids — це застосунок батьківського контролю, який допомагає батькам захищати дітей у цифровому світі..." /><meta property="og:image" content="https://help.oberih.app/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/logo.png" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Центр підтримки Оберіг Kids" />
<meta property="og:title" content="Політика конфіденційності" />
<meta property="og:description" content="Оберіг Kids — це застосунок батьківського контролю..." />
<meta property="og:url" content="{url}" />
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en-us" href="https://help.oberih.app/hc/en-us/articles/{art}-Privacy-Policy">
<link rel="alternate" hreflang="uk" href="{url}">
<link rel="alternate" hreflang="x-default" href="https://help.oberih.app/hc/en-us/articles/{art}-Privacy-Policy">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-{a1}.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/style.css?digest=20012345678901" />

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/favicon.ico">

    

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script type="text/javascript">
  window.HelpCenter = {{}};
  HelpCenter.account = {{"subdomain":"oberih","environment":"production","name":"Оберіг Kids"}};
  HelpCenter.user = {{"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]}};
  HelpCenter.internal = {{"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{{"locale":"uk","csrf_token":"hc:hcobject:server:{session}","shared_csrf_token":null}},"usage_tracking":{{"event":"article_viewed","data":"BAh7CDoLbG9jYWxlSSIHdWsGOgZFVDoPYXJ0aWNsZV9pZGwrCJFE","url":"https://help.oberih.app/hc/activity"}},"current_record_id":"{art}","current_record_url":"/hc/uk/articles/{art}-{slug}","current_record_title":"Політика конфіденційності","current_text_direction":"ltr","current_brand_id":360001234567,"current_brand_name":"Оберіг Kids","current_brand_url":"https://oberih.zendesk.com","current_brand_active":true,"current_path":"/hc/uk/articles/{art}-{slug}","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"show_at_mentions":false,"embeddables_config":{{"embeddables_web_widget":true,"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":false}},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,"has_gather":true,"has_ckeditor":false,"has_community_enabled":false,"has_community_badges":false,"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da39a3ee5e6b4b0d3255bfef95601890afd80709-2-preview","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":3,"theming_settings":{{"brand_color":"#2D6CDF","brand_text_color":"#FFFFFF","text_color":"#1F2937","link_color":"#2D6CDF","background_color":"#FFFFFF","heading_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","text_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","logo":"/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/logo.png","show_brand_name":false,"favicon":"/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/favicon.ico","homepage_background_image":"/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/hero.jpg","community_background_image":"","community_image":"","instant_search":true,"scoped_kb_search":true,"scoped_community_search":false,"show_recent_activity":false,"show_articles_in_section":true,"show_article_author":true,"show_article_comments":false,"show_follow_article":true,"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":false,"show_follow_section":false,"show_follow_post":false,"show_post_sharing":false,"show_follow_topic":false}},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"user_preferred_locale":"uk","base_locale":"uk","login_url":"https://oberih.zendesk.com/access?brand_id=360001234567\\u0026return_to=https%3A%2F%2Fhelp.oberih.app%2Fhc%2Fuk%2Farticles%2F{art}","has_alternate_templates":false,"has_custom_statuses_enabled":true,"has_hc_generative_answers_setting_enabled":true,"has_generative_search_with_zgpt_enabled":false,"has_suggested_initial_questions_enabled":false,"has_guide_service_catalog":false,"has_service_catalog_search_poc":false,"has_service_catalog_itam":false,"has_csat_reverse_2_scale_in_mobile":false,"has_knowledge_navigation":false,"has_unified_navigation":false,"has_csat_bet365_branding":false,"version":"{ver}","dev_mode":false}};
</script>

  
  <script src="//static.zdassets.com/hc/assets/moment-{a2}.js"></script>
  <script type="text/javascript" src="/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/script.js?digest=20012345678901"></script>
  
</head>
<body class="">
  
  
  

  <a class="skip-navigation" tabindex="1" href="#main-content">Перейти до основного вмісту</a>

<header class="header">
  <div class="logo">
    <a title="Головна" href="/hc/uk">
      <img src="/hc/theming_assets/01HA3K9Q7Z2M4N6P8R0T1V3X5Y/logo.png" alt="Головна сторінка Центру підтримки Оберіг Kids">
    </a>
  </div>

  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Навігація користувача">
      <ul class="user-nav-list">
        <li><a href="https://oberih.app/uk/">Оберіг Kids</a></li>
        <li><a class="submit-a-request" href="/hc/uk/requests/new">Надіслати запит</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Відкриває діалогове вікно" role="button" href="https://oberih.zendesk.com/access?brand_id=360001234567&amp;return_to=https%3A%2F%2Fhelp.oberih.app%2Fhc%2Fuk%2Farticles%2F{art}&amp;locale=uk">
        Вхід
      </a>
  </div>
</header>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Поточне розташування">
  <ol class="breadcrumbs">
    
      <li title="Центр підтримки Оберіг Kids">
        
          <a href="/hc/uk">Центр підтримки Оберіг Kids</a>
        
      </li>
    
      <li title="Правова інформація">
        
          <a href="/hc/uk/categories/360003311112-%D0%9F%D1%80%D0%B0%D0%B2%D0%BE%D0%B2%D0%B0-%D1%96%D0%BD%D1%84%D0%BE%D1%80%D0%BC%D0%B0%D1%86%D1%96%D1%8F">Правова інформація</a>
        
      </li>
    
      <li title="Документи">
        
          <a href="/hc/uk/sections/360007788990-%D0%94%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D0%B8">Документи</a>
        
      </li>
    
  </ol>
</nav>

    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true">
        <circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/>
        <path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/>
      </svg>
      <form role="search" class="search" data-search="" action="/hc/uk/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Пошук" autocomplete="off" aria-label="Пошук" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
            <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="collapsible-sidebar-toggle-icon chevron-icon">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Статті в цьому розділі
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>
              
                <li>
                  <a href="/hc/uk/articles/{art}-{slug}" class="sidenav-item current-article" aria-current="page">Політика конфіденційності</a>
                </li>
              
                <li>
                  <a href="/hc/uk/articles/4410923833361-%D0%A3%D0%BC%D0%BE%D0%B2%D0%B8-%D0%B2%D0%B8%D0%BA%D0%BE%D1%80%D0%B8%D1%81%D1%82%D0%B0%D0%BD%D0%BD%D1%8F" class="sidenav-item ">Умови використання</a>
                </li>
              
                <li>
                  <a href="/hc/uk/articles/4410931209985-%D0%9F%D0%BE%D0%BB%D1%96%D1%82%D0%B8%D0%BA%D0%B0-%D1%89%D0%BE%D0%B4%D0%BE-%D1%84%D0%B0%D0%B9%D0%BB%D1%96%D0%B2-cookie" class="sidenav-item ">Політика щодо файлів cookie</a>
                </li>
              
                <li>
                  <a href="/hc/uk/articles/5102283740049-%D0%A3%D0%BC%D0%BE%D0%B2%D0%B8-%D0%BF%D1%96%D0%B4%D0%BF%D0%B8%D1%81%D0%BA%D0%B8" class="sidenav-item ">Умови підписки та повернення коштів</a>
                </li>
              
            </ul>
            
          </div>
        </div>
      
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="{title}" class="article-title">
          {title}
          
        </h1>

        <div class="article-author">
          
            <div class="avatar article-avatar">
              
              <img src="https://help.oberih.app/system/photos/360123456789/oberih-team.png" alt="" class="user-avatar"/>
            </div>
          
          <div class="article-meta">
            
              
                Команда Оберіг
              
            

            <ul class="meta-group">
              
                <li class="meta-data"><time datetime="{edited}" title="{edited_title}" data-datetime="relative">{edited_txt}</time></li>
                <li class="meta-data">Оновлено</li>
              
            </ul>
          </div>
        </div>

        
          <a class="article-subscribe" title="Відкриває діалогове вікно" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/uk/articles/{art}-{slug}/subscription.html">Стежити</a>
        
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">{body}</div>

          
        </div>
      </section>

      <footer>
        <div class="article-footer">
          
          
        </div>
        
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Чи була ця стаття корисною?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="{art}" data-upvote-count="{up}" data-vote-count="{total}" data-vote-sum="{vsum}" data-vote-url="/hc/uk/articles/{art}/vote" data-value="null" data-label="Користувачів, які вважають це корисним: {up} з {total}" data-selected-class="button-primary" aria-label="Ця стаття була корисною" aria-pressed="false">Так</button>
              <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="{art}" data-upvote-count="{up}" data-vote-count="{total}" data-vote-sum="{vsum}" data-vote-url="/hc/uk/articles/{art}/vote" data-value="null" data-label="Користувачів, які вважають це корисним: {up} з {total}" data-selected-class="button-primary" aria-label="Ця стаття не була корисною" aria-pressed="false">Ні</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="{art}" data-upvote-count="{up}" data-vote-count="{total}" data-vote-sum="{vsum}" data-vote-url="/hc/uk/articles/{art}/vote" data-value="null" data-label="Користувачів, які вважають це корисним: {up} з {total}">Користувачів, які вважають це корисним: {up} з {total}</span>
            </small>
          </div>
        

        <div class="article-more-questions">
          Є інші запитання? <a href="/hc/uk/requests/new">Надіслати запит</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Повернутися до початку
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
        
          <div data-recent-articles></div>
        
        
          
  <section class="related-articles">
    
      <h2 class="related-articles-title">Пов'язані статті</h2>
    
    <ul>
      
        <li>
          <a href="/hc/uk/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCBF&amp;js=true" rel="nofollow">Як видалити обліковий запис і всі дані</a>
        </li>
      
        <li>
          <a href="/hc/uk/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCCJ&amp;js=true" rel="nofollow">Які дані бачать батьки на пристрої дитини?</a>
        </li>
      
    </ul>
  </section>


        
      </div>
      
    </article>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Головна" href="/hc/uk">Центр підтримки Оберіг Kids</a>

    <div class="footer-language-selector">
      
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">
            Українська
            <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="dropdown-chevron-icon">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
            
              <a href="/hc/change_language/en-us?return_to=%2Fhc%2Fen-us%2Farticles%2F{art}-Privacy-Policy" dir="ltr" rel="nofollow" role="menuitem">
                English (US)
              </a>
            
              <a href="/hc/change_language/pl?return_to=%2Fhc%2Fpl%2Farticles%2F{art}" dir="ltr" rel="nofollow" role="menuitem">
                Polski
              </a>
            
          </span>
        </div>
      
    </div>
  </div>
</footer>



  <!-- / -->

  
  <script src="//static.zdassets.com/hc/assets/uk.{a2}.js"></script>
  

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter.time = "{now}";
  HelpCenter.locale = "uk";
  HelpCenter.isRtl = false;
</script>

  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=7c1e2a4b-3d5f-4a6b-8c9d-0e1f2a3b4c5d"></script>
</body>
</html>
""".format(ver=s["assets"][2], csrf=s["csrf"], session=s["session"], url=URL, art=ARTICLE, slug=SLUG, a1=a1, a2=a2,
           title=html.escape(title), edited=edited, edited_title=kyiv.strftime("%Y-%m-%d %H:%M"),
           edited_txt=fmt_date(ed.date()), body=body, up=up, total=total, vsum=2 * up - total, now=C.iso(when))


PAGE = {
    "service": "Oberih Kids",
    "url": URL,
    "lang": "uk",
    "platform": "Zendesk Guide help centre (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "max-age=0, public"), ("X-Zendesk-Origin-Server", "app-server-6f8d9c7b5-x2k4q"),
                      ("Content-Language", "uk"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 10, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
