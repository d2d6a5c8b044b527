"""ТокСпот / TokSpot (Bulgarian EV-charging network: app, RFID cards, roaming, pay-by-card terminals), Drupal 10
with a custom Olivero-based theme, behind Varnish with a short TTL (pages are rebuilt almost every visit). The body
is CKEditor 5 HTML in the node's body field (tables wrapped in <figure class="table">); the header carries a Views
block with the live count of free charging points."""
import base64
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
Последна актуализация: {UPDATED}

„ТокСпот“ ЕООД (наричано по-долу „ТокСпот“ или „ние“) изгражда и управлява мрежа от обществени зарядни станции за електромобили в България. Настоящата политика обяснява как обработваме личните данни на потребителите на мобилното приложение ТокСпот, на RFID картите за зареждане, на сайта tokspot.bg и на клиентите, които плащат зареждането директно с банкова карта на станцията.

## 1. Администратор на лични данни

@ „ТокСпот“ ЕООД, ЕИК 205871346
@ гр. София 1784, бул. „Цариградско шосе“ № 115Г, ет. 4
@ Длъжностно лице по защита на данните: [dpo@tokspot.bg](mailto:dpo@tokspot.bg)
@ Телефон за клиенти: 0700 18 555

## 2. Какви лични данни обработваме

| Категория | Примери |
| Идентификационни данни | име, фамилия, имейл адрес, телефонен номер |
| Данни за автомобила | марка и модел на електромобила, регистрационен номер (по желание) |
| Данни за зареждането | станция и конектор, начало и край на сесията, заредена енергия в kWh, цена |
| Данни за плащането | последните четири цифри на картата, вид на картата, история на плащанията и фактурите |
| Данни за RFID карта | номер на картата и свързания с нея профил |
| Данни за местоположение | местоположението на устройството при търсене на станции, само с ваше разрешение |
| Технически данни | IP адрес, модел на устройството, версия на приложението, дневници на грешки |

Когато плащате с банкова карта директно на терминала на станцията, без регистрация, обработваме само данните за сесията и токенизиран идентификатор на картата, необходим за издаване на касова бележка и за евентуални реклмации.

## 3. Цели и правни основания

- **Изпълнение на договор** – стартиране и спиране на зареждането, таксуване, издаване на фактури и обслужване на клиенти;
- **Законово задължение** – счетоводно и данъчно отчитане, отговори на запитвания от държавни органи;
- **Легитимен интерес** – предотвратяване на злоупотреби с RFID карти, диагностика на станциите, подобряване на приложението;
- **Съгласие** – маркетингови съобщения и бюлетин, аналитични бисквитки на сайта.

## 4. Роуминг и партньорски мрежи

Ако зареждате на станция на друг оператор чрез приложението ТокСпот или ползвате приложение на друг доставчик на нашите станции, предаваме на съответния партньор идентификатора на сесията, данните за зареждането и идентификатора на договора (EMAID), но не и вашето име или контактни данни. Обменът се извършва чрез роуминг платформите Hubject GmbH (Германия) и GIREVE SAS (Франция).

## 5. Получатели на данни

| Получател | Дейност |
| Amazon Web Services EMEA SARL | хостинг на платформата (регион Франкфурт) |
| Борика АД | обработка на картови плащания |
| Stripe Payments Europe Ltd. | плащания в мобилното приложение |
| Driivz Ltd. | софтуер за управление на зарядните станции |
| Микроинвест ООД | счетоводен софтуер и фактуриране |
| Мобилтел ЕАД | SMS известия |

Driivz Ltd. е установено в Израел – държава, за която Европейската комисия е приела решение за адекватно ниво на защита.

## 6. Срокове за съхранение

Данните за профила се съхраняват, докато профилът е активен, и до 1 година след последното зареждане. Данните за зарядните сесии и плащанията се съхраняват 5 години, а счетоводните документи – 10 години съгласно Закона за счетоводството. Дневниците на грешки се изтриват след 90 дни.

## 7. Вашите права

Имате право на достъп, коригиране, изтриване, ограничаване на обработването, преносимост на данните и възражение срещу обработване на основание легитимен интерес. Можете да оттеглите съгласието си по всяко време от настройките на приложението. Исканията се подават на [dpo@tokspot.bg](mailto:dpo@tokspot.bg) и се разглеждат в срок до един месец.

Имате право да подадете жалба до Комисията за защита на личните данни: гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2, [www.cpdp.bg](https://www.cpdp.bg).

## 8. Бисквитки

Информация за бисквитките, които използваме на сайта, ще намерите в [Политиката за бисквитките](/bg/biskvitki).
"""

EDITS = [
    {"note": "recipient row added: Payter B.V. (card terminals on the chargers)",
     "repl": [("| Борика АД | обработка на картови плащания |",
               "| Борика АД | обработка на картови плащания |\n| Payter B.V. | безконтактни платежни терминали на "
               "зарядните станции |")]},
    {"note": "typo fixed (реклмации -> рекламации), date unchanged", "bump": False,
     "repl": [("евентуални реклмации", "евентуални рекламации")]},
    {"note": "error-log retention shortened from 90 to 30 days",
     "repl": [("Дневниците на грешки се изтриват след 90 дни.", "Дневниците на грешки се изтриват след 30 дни.")]},
    {"note": "paragraph added to the roaming section (partner prices shown before a session)",
     "repl": [("GIREVE SAS (Франция).\n",
               "GIREVE SAS (Франция).\n\nПри зареждане в роуминг цената и условията на другия оператор се показват "
               "в приложението преди стартиране на сесията, а фактурата за зареждането се издава от ТокСпот.\n")]},
    {"note": "customer phone number changed",
     "repl": [("@ Телефон за клиенти: 0700 18 555", "@ Телефон за клиенти: 0700 20 818")]},
    {"note": "words inserted in the purposes list (fraud prevention)",
     "repl": [("предотвратяване на злоупотреби с RFID карти", "предотвратяване на измами и злоупотреби с RFID карти")]},
]

LIBS = "eJx1j1EOwyAMQy9U4EgoBa9lSwkiYR23n9RJ2_axn0iOX2wZkg4GXq8yHG5Au6N06NJpBOnu1pqUg"


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


def _b64u(rng, n):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def noise(rng, when, i, prev):
    p = prev or {}
    days = (when.date() - dt.date(2023, 1, 1)).days
    total = 236 + days * 95 // 730
    free = int(total * rng.uniform(0.55, 0.86))
    dc_total = total // 4
    return {
        "view_dom_id": C.hexs(rng, 64),
        "form_build_id": "form-" + _b64u(rng, 32),
        "stations": (free, total, int(dc_total * rng.uniform(0.4, 0.9))),
        "assets": C.keep_or(rng, p.get("assets"), 0.22, lambda: (_b64u(rng, 32)[:43], _b64u(rng, 32)[:43],
                                                                   _b64u(rng, 32)[:43])),
        "perm_hash": C.keep_or(rng, p.get("perm_hash"), 0.05, lambda: C.hexs(rng, 64)),
    }


LABELS = {
    "view_dom_id": "Views js-view-dom-id (per render; class and drupalSettings)",
    "form_build_id": "newsletter form_build_id (per render)",
    "stations": "header Views block: free charging points now",
    "assets": "aggregated CSS/JS file hashes (deploy, cache rebuild)",
    "footer_phone": "footer copyright block's hotline number (edited with the policy)",
    "perm_hash": "drupalSettings user.permissionsHash (permissions changed)",
}


def _body(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<figure class="table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
            head, body)

    return K.render_blocks(blocks, table=table, sep="")


def render(state, blocks, when):
    phone = "0700 18 555"
    for kind, v in blocks:  # the footer block is edited together with the policy's contact lines
        if kind == "addr":
            phone = next((x.split(": ", 1)[1] for x in v if x.startswith("Телефон за клиенти")), phone)
    state["footer_phone"] = phone
    free, total, dcfree = state["stations"]
    css_h, js_h, js2_h = state["assets"]
    vid = state["view_dom_id"]
    fb = state["form_build_id"]
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"bg\\/","currentPath":"node\\/12","currentPathIsAdmin":false,'
                '"isFront":false,"currentLanguage":"bg"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxPageState":{"libraries":"%s","theme":"tokspot","theme_token":null},"ajaxTrustedUrl":'
                '{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true,"\\/bg\\/search\\/node":true},'
                '"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":'
                'false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":'
                'false,"popup_html_info":"<div aria-labelledby=\\"popup-text\\"  class=\\"eu-cookie-compliance-banner '
                'eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in\\">\\n  <div class=\\"popup-content '
                'info eu-cookie-compliance-content\\">\\n        <div id=\\"popup-text\\" class=\\"eu-cookie-compliance-'
                'message\\" role=\\"document\\">\\n      <p>Използваме бисквитки, за да подобрим работата на сайта.</p>'
                '\\n          </div>\\n  </div>\\n</div>","method":"opt_in","cookie_lifetime":"100","domain":"",'
                '"cookie_name":"","containing_element":"body"},"views":{"ajax_path":"\\/bg\\/views\\/ajax","ajaxViews":'
                '{"views_dom_id:%s":{"view_name":"station_status","view_display_id":"block_1","view_args":"",'
                '"view_path":"\\/node\\/12","view_base_path":null,"view_dom_id":"%s","pager_element":0}}},'
                '"user":{"uid":0,"permissionsHash":"%s"}}' % (LIBS + css_h[:12], vid, vid, state["perm_hash"]))
    inc = LIBS + "kqCmCUk2hpdo"
    return """<!DOCTYPE html>
<html lang="bg" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="https://www.tokspot.bg/bg/politika-za-poveritelnost" />
<meta property="og:site_name" content="ТокСпот" />
<meta property="og:title" content="Политика за поверителност" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/tokspot/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="bg" href="https://www.tokspot.bg/bg/politika-za-poveritelnost" />
<link rel="alternate" hreflang="en" href="https://www.tokspot.bg/en/privacy-policy" />

    <title>Политика за поверителност | ТокСпот</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css)s.css?delta=0&amp;language=bg&amp;theme=tokspot&amp;include=%(inc)s" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css2)s.css?delta=1&amp;language=bg&amp;theme=tokspot&amp;include=%(inc)s" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">%(settings)s</script>
<script src="/sites/default/files/js/js_%(js)s.js?scope=header&amp;delta=0&amp;language=bg&amp;theme=tokspot&amp;include=%(inc)s"></script>

  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Прескачане към основното съдържание
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">

  <header role="banner" class="site-header">
      <div class="region region-header">
    <div id="block-tokspot-branding" class="block block-system block-system-branding-block">
  
    
        <a href="/bg" rel="home" class="site-logo">
      <img src="/themes/custom/tokspot/logo.svg" alt="Начало" fetchpriority="high" />
    </a>
      </div>
<nav role="navigation" aria-labelledby="block-tokspot-main-menu-menu" id="block-tokspot-main-menu" class="block block-menu navigation menu--main">
            
  <h2 class="visually-hidden" id="block-tokspot-main-menu-menu">Основна навигация</h2>
  

        
              <ul class="menu">
                    <li class="menu-item">
        <a href="/bg/karta-na-stanciite" data-drupal-link-system-path="node/4">Карта на станциите</a>
              </li>
                <li class="menu-item">
        <a href="/bg/ceni" data-drupal-link-system-path="node/5">Цени</a>
              </li>
                <li class="menu-item">
        <a href="/bg/prilozhenie" data-drupal-link-system-path="node/6">Приложение</a>
              </li>
                <li class="menu-item">
        <a href="/bg/za-biznesa" data-drupal-link-system-path="node/7">За бизнеса</a>
              </li>
                <li class="menu-item">
        <a href="/bg/vuprosi" data-drupal-link-system-path="node/8">Въпроси</a>
              </li>
                <li class="menu-item">
        <a href="/bg/kontakti" data-drupal-link-system-path="node/9">Контакти</a>
              </li>
        </ul>
  


  </nav>
<div class="views-element-container block block-views block-views-blockstation-status-block-1" id="block-tokspot-station-status">
  
    
      <div><div class="view view-station-status view-id-station_status view-display-id-block_1 js-view-dom-id-%(vid)s">
  
    
      
      <div class="view-content">
          <div class="views-row"><div class="station-status"><span class="station-status__label">Свободни точки в момента:</span> <strong class="station-status__free">%(free)d</strong> от %(total)d · <span class="station-status__dc">DC: %(dcfree)d свободни</span></div></div>

    </div>
  
          </div>
</div>

  </div>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-tokspot-languageswitcher" role="navigation">
  
    
      <ul class="links"><li hreflang="bg" data-drupal-link-system-path="node/12" class="bg is-active" aria-current="page"><a href="/bg/politika-za-poveritelnost" class="language-link is-active" hreflang="bg" data-drupal-link-system-path="node/12" aria-current="page">BG</a></li><li hreflang="en" data-drupal-link-system-path="node/12" class="en"><a href="/en/privacy-policy" class="language-link" hreflang="en" data-drupal-link-system-path="node/12">EN</a></li></ul>
  </div>

  </div>

  </header>

  
    <div class="region region-breadcrumb">
    <div id="block-tokspot-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Навигация</h2>
    <ol>
          <li>
                  <a href="/bg">Начало</a>
              </li>
          <li>
                  Политика за поверителност
              </li>
        </ol>
  </nav>

  </div>

  </div>


  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div><div id="block-tokspot-page-title" class="block block-core block-page-title-block">
  
    
      
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Политика за поверителност</span>
</h1>


  </div>
<div id="block-tokspot-content" class="block block-system block-system-main-block">
  
    
      
<article data-history-node-id="12" class="node node--type-page node--view-mode-full">

  
    

  
  <div class="node__content">
    
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%(body)s</div>
      
  </div>

</article>

  </div>

  </div>

    </div>
  </main>

      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
    <div class="simplenews-subscriptions-block-newsletter block block-simplenews block-simplenews-subscription-block" data-drupal-selector="simplenews-subscriptions-block-newsletter" id="block-tokspot-newsletter">
  
      <h2>Бюлетин</h2>
    
      <form class="simplenews-subscriptions-block-newsletter" data-drupal-selector="simplenews-subscriptions-block-newsletter" action="/bg/politika-za-poveritelnost" method="post" id="simplenews-subscriptions-block-newsletter" accept-charset="UTF-8">
  <div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-item-mail-0-value js-form-item-mail-0-value">
      <label for="edit-mail-0-value" class="js-form-required form-required">Имейл</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="" class="form-email required" required="required" aria-required="true" />

        </div>

  </div>
<input autocomplete="off" data-drupal-selector="form-%(fbid)s" type="hidden" name="form_build_id" value="form-%(fbid)s" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-newsletter" type="hidden" name="form_id" value="simplenews_subscriptions_block_newsletter" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="Абонирай се" class="button js-form-submit form-submit" />
</div>

</form>

  </div>
<nav role="navigation" aria-labelledby="block-tokspot-footer-menu" id="block-tokspot-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-tokspot-footer-menu">Долно меню</h2>
              <ul class="menu">
                    <li class="menu-item"><a href="/bg/obshti-usloviya" data-drupal-link-system-path="node/10">Общи условия</a></li>
                <li class="menu-item menu-item--active-trail"><a href="/bg/politika-za-poveritelnost" data-drupal-link-system-path="node/12" class="is-active" aria-current="page">Политика за поверителност</a></li>
                <li class="menu-item"><a href="/bg/biskvitki" data-drupal-link-system-path="node/13">Бисквитки</a></li>
        </ul>
  </nav>
<div id="block-tokspot-copyright" class="block block-block-content block-block-content3b1f0c2e-8d4a-4f6b-9a71-5e2c8d0f1a44">
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>© „ТокСпот“ ЕООД. Всички права запазени. Денонощна линия за помощ при зареждане: %(phone)s.</p></div>
  </div>

  </div>

    </footer>
  
</div>

  </div>

    
    <script src="/sites/default/files/js/js_%(js2)s.js?scope=footer&amp;delta=0&amp;language=bg&amp;theme=tokspot&amp;include=%(inc)s"></script>

  </body>
</html>
""" % {"css": css_h, "css2": css_h[::-1], "js": js_h, "js2": js2_h, "inc": inc, "settings": settings, "vid": vid,
       "free": free, "total": total, "dcfree": dcfree, "body": _body(blocks), "fbid": fb[5:], "phone": phone}


PAGE = {
    "service": "TokSpot",
    "url": "https://www.tokspot.bg/bg/politika-za-poveritelnost",
    "lang": "bg",
    "platform": "Drupal 10 (custom Olivero-based theme, CKEditor 5, Views, Simplenews, EU Cookie Compliance), Varnish",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Drupal-Dynamic-Cache", "MISS"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=120, public"), ("X-Varnish", "48213377 48102512"), ("Age", "37")],
    "n": 31,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2024, 12, 20),
    "hours": (4, 10, 16, 22),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.tokspot.bg/bg/politika-za-poveritelnost",
        "select": ".node--type-page .field--name-body",
    },
}
