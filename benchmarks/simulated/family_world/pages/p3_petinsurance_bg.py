"""Лапа (Lapa.bg): a Bulgarian pet insurer's privacy policy as a Liferay DXP 7.4 web content article (Journal
Content portlet, barebone decorator) whose FreeMarker template renders each section in a collapsed Clay panel.
Per visit: Liferay.authToken and the p_auth of the sign-in link; the combo-servlet `t=` stamps per deploy; a second
Journal Content portlet beside it with the running premium teaser (from 8 August 2025 in leva and euro)."""
import datetime as dt

import common as C

URL = "https://www.lapa.bg/bg/poveritelnost"
INST = "k7Xq2mZbN9aB"
PROMO_INST = "Wd3rT6yUo1pL"
DUAL = dt.datetime(2025, 8, 8)

POLICY = """# Политика за защита на личните данни

В сила от: {UPDATED}

ЗАД „Лапа“ АД предлага застраховки за кучета и котки: покриване на ветеринарни разходи при злополука и заболяване, гражданска отговорност на собственика и помощ при изгубен домашен любимец. За да сключим и обслужваме вашата застраховка, обработваме лични данни. В тази политика обясняваме какви данни събираме, за какво ги използваме и какви са вашите права.

## 1. Администратор на лични данни

@ ЗАД „Лапа“ АД, ЕИК 206123456
@ гр. София 1407, бул. „Черни връх“ № 51Б, ет. 4
@ телефон: 0700 20 123
@ имейл: info@lapa.bg

Дружеството има определено длъжностно лице по защита на данните, с което можете да се свържете на [dpo@lapa.bg](mailto:dpo@lapa.bg).

## 2. Какви данни обработваме

- **Данни за вас като собственик:** име, ЕГН или дата на раждане, адрес, телефон, имейл, банкова сметка за изплащане на обезщетения.
- **Данни за вашия домашен любимец:** вид, порода, възраст, номер на микрочип, номер на ветеринарномедицински паспорт, здравословно състояние и предходни заболявания.
- **Данни за щети:** ветеринарни документи, фактури, снимки и описание на събитието.
- **Данни за комуникация:** записи на телефонни разговори с нашия център за обслужване и кореспонденция по имейл и чат.
- **Технически данни:** IP адрес, данни за устройството и бисквитки при използване на сайта и приложението.

Данните за здравето на животното не са лични данни по смисъла на Общия регламент относно защитата на данните, но ги пазим със същата грижа, защото често съдържат и информация за вас.

## 3. Цели и правни основания

| Цел | Правно основание |
| Изготвяне на оферта и сключване на застраховка | Преддоговорни отношения и сключване на договор |
| Обслужване на договора и събиране на премии | Изпълнение на договор |
| Разглеждане на щети и изплащане на обезщетения | Изпълнение на договор |
| Предотвратяване и разкриване на застрахователни измами | Законово задължение и легитимен интерес |
| Мерки срещу изпирането на пари | Законово задължение |
| Изпращане на новини и предложения | Съгласие |
| Подобряване на сайта и приложението | Съгласие (бисквитки) |

## 4. На кого предоставяме данни

Предоставяме лични данни само когато това е необходимо и само в нужния обем:

| Получател | Цел |
| Ветеринарни клиники | Проверка на документи по щети |
| Презастрахователи | Споделяне на застрахователния риск |
| Застрахователни брокери и агенти | Посредничество при сключване на договора |
| Доставчици на ИТ услуги и облачен хостинг в ЕС | Поддръжка на системите ни |
| Куриерски фирми | Доставка на документи |
| Комисия за финансов надзор и други държавни органи | Изпълнение на законови задължения |

Не предаваме лични данни извън Европейското икономическо пространство. Ако това стане необходимо, ще прилагаме стандартните договорни клаузи, одобрени от Европейската комисия.

## 5. Срокове за съхранение

- Данни по сключени застрахователни договори: 10 години след прекратяване на договора.
- Данни по щети: 10 години след приключване на преписката.
- Оферти, по които не е сключен договор: 6 месеца.
- Записи на телефонни разговори: 1 година.
- Данни за маркетинг: до оттегляне на съгласието.

След изтичане на сроковете данните се изтриват или анонимизират.

## 6. Автоматизирано вземане на решения

При изготвяне на онлайн оферта премията се изчислява автоматично въз основа на вида, породата и възрастта на животното и пощенския код на собственика. Имате право да поискате преглед на офертата от служител, да изразите своята гледна точка и да оспорите резултата.

### Маркетинг и профилиране

Ако сте дали съгласие, ще ви изпращаме съвети за грижа за домашни любимци, напомняния за ваксинации и предложения за нашите продукти. За да бъдат предложенията полезни, използваме вида, възрастта и породата на животното. Не продаваме и не предоставяме данните ви на трети лица за техния маркетинг. Можете да се откажете по всяко време чрез връзката в края на всеки имейл или от профила си в приложението.

## 7. Вашите права

Имате право на достъп до личните си данни, на коригиране, на изтриване, на ограничаване на обработването, на преносимост на данните и на възражение срещу обработването. Когато обработваме данни въз основа на съгласие, можете да го оттеглите по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.

Можете да упражните правата си чрез писмено искане в наш офис, по имейл или през профила си в приложението „Лапа“. Отговаряме в срок от един месец.

Когато подадете искане, може да ви помолим да потвърдите самоличността си, за да сме сигурни, че не предоставяме данни на друго лице. Упражняването на правата е безплатно. Ако исканията са явно неоснователни или прекомерни, можем да откажем да ги изпълним или да поискаме разумна такса.

## 8. Жалби

Ако смятате, че нарушаваме правата ви, можете да подадете жалба до Комисията за защита на личните данни:

@ Комисия за защита на личните данни
@ гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2
@ [www.cpdp.bg](https://www.cpdp.bg)

## 9. Бисквитки

Сайтът използва задължителни бисквитки и, само с ваше съгласие, аналитични и маркетингови бисквитки. Подробности ще намерите в [Политиката за бисквитки](/bg/biskvitki).

## 10. Сигурност на данните

Прилагаме подходящи технически и организационни мерки за защита на личните данни: криптиране на връзката със сайта и приложението, двуфакторна автентикация за служителите, ограничен достъп според длъжността и редовни тестове за уязвимости. Служителите ни и нашите подизпълнители са обвързани със задължение за поверителност.

## 11. Мобилното приложение „Лапа“

Чрез приложението можете да преглеждате полиците си, да заявявате щети и да качвате снимки на фактури и епикризи. Приложението използва камерата на телефона само когато снимате документ и само с ваше разрешение. Функцията „Клиника наблизо“ използва местоположението ви еднократно, за да покаже най-близките партньорски клиники; не съхраняваме историята на местоположенията ви. Известията за плащания и щети можете да изключите от настройките на телефона.

## 12. Данни на деца

Застраховка може да сключи само пълнолетно лице. Ако в заявка за щета бъдат посочени данни на дете, например когато дете е било ухапано от застрахован домашен любимец, обработваме тези данни само доколкото е необходимо за разглеждане на претенцията по застраховката „Гражданска отговорност“.

## 13. Промени в политиката

Периодично преглеждаме тази политика. При съществени промени ще ви уведомим по имейл или чрез приложението."""

MONTHS = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
          "ноември", "декември"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "phrase inserted: pets named (dogs and cats) in the data list",
     "repl": [("- **Данни за вашия домашен любимец:** вид,", "- **Данни за вашия домашен любимец (куче или котка):** вид,")]},
    {"note": "processor row added: SMS and Viber notifications provider",
     "repl": [("| Куриерски фирми | Доставка на документи |",
               "| Куриерски фирми | Доставка на документи |\n| Доставчик на SMS и Viber съобщения | Известия за плащания и щети |")]},
    {"note": "call recordings retention cut from 1 year to 6 months",
     "repl": [("- Записи на телефонни разговори: 1 година.", "- Записи на телефонни разговори: 6 месеца.")]},
    {"note": "new section on direct settlement with partner vet clinics",
     "repl": [("## 13. Промени в политиката", "## 14. Промени в политиката"),
              ("## 12. Данни на деца", "## 13. Данни на деца"),
              ("## 11. Мобилното приложение", "## 12. Мобилното приложение"),
              ("## 10. Сигурност на данните", "## 11. Сигурност на данните"),
              ("## 9. Бисквитки", "## 10. Бисквитки"),
              ("## 8. Жалби", "## 9. Жалби"),
              ("## 7. Вашите права", "## 8. Вашите права"),
              ("## 6. Автоматизирано вземане на решения",
               "## 6. Директно плащане в партньорски клиники\n\n"
               "Ако изберете директно плащане, партньорската ветеринарна клиника ни изпраща по електронен път "
               "фактурата и епикризата за лечението на животното, а ние заплащаме покритата сума директно на "
               "клиниката. За целта клиниката получава от нас номера на полицата и информация дали събитието е "
               "покрито, но не и други данни за вас.\n\n"
               "## 7. Автоматизирано вземане на решения")]},
    {"note": "DPO e-mail address changed",
     "repl": [("[dpo@lapa.bg](mailto:dpo@lapa.bg)", "[zashtita.danni@lapa.bg](mailto:zashtita.danni@lapa.bg)")]},
]

PROMOS = [("Застраховка „Лапа Старт“ за кучета", 8.90), ("Застраховка „Лапа Старт“ за котки", 6.40),
          ("„Лапа Плюс“ с покритие до 5000 лв. годишно", 17.90), ("Първи месец безплатно за кученца до 1 година", 0.0)]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "authToken": C.alnum(rng, 8),
        "combo_t": C.keep_or(rng, prev.get("combo_t"), 0.2,
                             lambda: str(int(C.epoch(when)) * 1000 - rng.randint(0, 9 * 86400000))),
        "promo": C.keep_or(rng, prev.get("promo"), 0.4, lambda: rng.randrange(len(PROMOS))),
        "dual": when >= DUAL,
    }


LABELS = {"authToken": "Liferay.authToken and p_auth", "combo_t": "combo servlet deploy stamp",
          "promo": "premium teaser portlet beside the policy", "dual": "dual leva/euro price display"}


def _panels(blocks):
    head, secs = C.split_sections(blocks)
    out = []
    for k, (title, body) in enumerate(secs):
        pid = "%s_panel%d" % (INST, k + 1)
        out.append(
            '<div class="panel panel-secondary">'
            '<button aria-controls="%s" aria-expanded="false" class="btn btn-unstyled collapse-icon panel-header '
            'panel-header-link collapsed" data-target="#%s" data-toggle="liferay-collapse" type="button">'
            '<span class="panel-title">%s</span>'
            '<span class="collapse-icon-closed"><svg class="lexicon-icon lexicon-icon-angle-right" focusable="false" role="presentation">'
            '<use href="/o/lapa-theme/images/clay/icons.svg#angle-right"></use></svg></span>'
            '<span class="collapse-icon-open"><svg class="lexicon-icon lexicon-icon-angle-down" focusable="false" role="presentation">'
            '<use href="/o/lapa-theme/images/clay/icons.svg#angle-down"></use></svg></span></button>'
            '<div class="panel-collapse collapse" id="%s" role="tabpanel"><div class="panel-body">%s</div></div></div>'
            % (pid, pid, C.inline_html(title), pid, C.blocks_html(body)))
    h1 = head[0]
    return ('<div class="lapa-legal"><h1 class="lapa-legal__title">%s</h1><div class="lapa-legal__intro">%s</div>'
            '<div aria-orientation="vertical" class="panel-group panel-group-flush" role="tablist">%s</div></div>'
            % (C.inline_html(h1[1]), C.blocks_html(head[1:]), "".join(out)))


def _portlet(inst, inner, asset_id, title):
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + inst
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  '
        'portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%s_">'
        '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content">'
        '<div class=" portlet-content-container"><div class="portlet-body">'
        '<div class="text-right user-tool-asset-addon-entries"></div>'
        '<div class="clearfix journal-content-article " data-analytics-asset-id="%d" data-analytics-asset-title="%s" '
        'data-analytics-asset-type="web-content">%s</div>'
        '<div class="content-metadata-asset-addon-entries"></div></div></div></div></section></div>'
        % (pid, pid, pid, asset_id, title, inner))


def render(state, blocks, when):
    name, price = PROMOS[state["promo"]]
    if price:
        ptxt = "от %s лв. на месец" % ("%.2f" % price).replace(".", ",")
        if state["dual"]:
            ptxt += " / %s €" % ("%.2f" % (price / 1.95583)).replace(".", ",")
    else:
        ptxt = "при сключване онлайн"
    promo = ('<div class="lapa-teaser"><p class="lapa-teaser__title">%s</p><p class="lapa-teaser__price">%s</p>'
             '<a class="btn btn-primary" href="/bg/oferta">Изчислете премията</a></div>' % (name, ptxt))
    t = state["combo_t"]
    tok = state["authToken"]
    login = ("https://www.lapa.bg/c/portal/login?p_l_id=20143&amp;p_auth=%s" % tok)
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="bg-BG">

<head>
	<title>Политика за поверителност - Лапа</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Как ЗАД „Лапа“ АД обработва лични данни на собствениците на кучета и котки." lang="bg-BG" name="description" />
<link data-senna-track="temporary" href="%s" rel="canonical" />
<link data-senna-track="temporary" href="https://www.lapa.bg/en/privacy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="%s" hreflang="bg-BG" rel="alternate" />
<link href="https://www.lapa.bg/o/lapa-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.lapa.bg/o/lapa-theme/css/clay.css?browserId=chrome&amp;themeId=lapatheme_WAR_lapatheme&amp;languageId=bg_BG&amp;t=%s" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=lapatheme_WAR_lapatheme&amp;languageId=bg_BG&amp;t=%s" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=bg_BG&amp;t=%s&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {acceptsGzip: function() {return true;}, getMajorVersion: function() {return 124.0;}, isChrome: function() {return true;}};
Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {return false;};
Liferay.Data.notices = [];
var themeDisplay = Liferay.ThemeDisplay = {
	getLayoutId: function() {return "17";},
	getLayoutRelativeURL: function() {return "/bg/poveritelnost";},
	getCompanyId: function() {return "20097";},
	getDefaultLanguageId: function() {return "bg_BG";},
	getLanguageId: function() {return "bg_BG";},
	getPathThemeImages: function() {return "https://www.lapa.bg/o/lapa-theme/images";},
	getScopeGroupId: function() {return "20121";},
	getSessionId: function() {return "";},
	isSignedIn: function() {return false;},
	isStatePopUp: function() {return false;}
};
Liferay.authToken = '%s';
Liferay.currentURL = '\\x2fbg\\x2fpoveritelnost';
Liferay.currentURLEncoded = '\\x252Fbg\\x252Fpoveritelnost';
// ]]>
</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="5b2e7c44-1f0a-4c3d-9e8a-7f6b5d4c3b2a"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LP4B7X2Q9K"></script>
</head>

<body class="chrome controls-visible  yui3-skin-sam signed-out public-page site">

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header id="banner" role="banner">
			<div class="lapa-header navbar navbar-expand-md">
				<a class="logo custom-logo" href="https://www.lapa.bg/bg" title="Към Лапа"><img alt="Лапа" height="40" src="/image/layout_set_logo?img_id=48101&amp;t=1698311234567" width="128" /></a>
				<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Страници на сайта" role="menubar">
					<li class="lfr-nav-item" role="presentation"><a href="https://www.lapa.bg/bg/kucheta" role="menuitem"><span>Застраховка за куче</span></a></li>
					<li class="lfr-nav-item" role="presentation"><a href="https://www.lapa.bg/bg/kotki" role="menuitem"><span>Застраховка за котка</span></a></li>
					<li class="lfr-nav-item" role="presentation"><a href="https://www.lapa.bg/bg/shteti" role="menuitem"><span>Щети</span></a></li>
					<li class="lfr-nav-item" role="presentation"><a href="https://www.lapa.bg/bg/klinki-partnori" role="menuitem"><span>Клиники партньори</span></a></li>
					<li class="lfr-nav-item" role="presentation"><a href="https://www.lapa.bg/bg/kontakti" role="menuitem"><span>Контакти</span></a></li>
				</ul></nav>
				<a data-redirect="false" href="%s" id="sign-in" rel="nofollow">Вход</a>
			</div>
		</header>
		<section class="flex-fill" id="content">
			<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
%s
			</div>
		</div>
		<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
%s
			</div>
		</div>
	</div>
</div>
		</section>
		<footer id="footer" role="contentinfo">
			<div class="lapa-footer"><p>ЗАД „Лапа“ АД е застраховател с лиценз от Комисията за финансов надзор.</p>
			<ul><li><a href="/bg/obshti-uslovia">Общи условия</a></li><li><a href="/bg/poveritelnost">Поверителност</a></li><li><a href="/bg/biskvitki">Бисквитки</a></li><li><a href="/bg/dokumenti">Документи по продуктите</a></li></ul>
			<p>&copy; %d Лапа. Всички права запазени.</p></div>
		</footer>
	</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s');
Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s_', portletId: 'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d20143\\x26p_p_id\\x3dcom_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fbg\\x252Fpoveritelnost', refreshURLData: {}});
// ]]>
</script>
<script src="/o/lapa-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=bg_BG&amp;t=%s" type="text/javascript"></script>
</body>

</html>
""" % (URL, URL, t, t, t, tok, login, _portlet(INST, _panels(blocks), 48213, "Политика за поверителност"),
       _portlet(PROMO_INST, promo, 51877, "Промо тийзър"), when.year, INST, INST, INST, INST, t)


PAGE = {
    "service": "Lapa",
    "url": URL,
    "lang": "bg",
    "platform": "Liferay DXP 7.4 (Journal Content portlet, FreeMarker template with Clay collapse panels)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 29,
    "start": dt.date(2022, 11, 10),
    "end": dt.date(2025, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL,
                    "select": "#p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_%s_ "
                              ".journal-content-article" % INST},
}
