"""Kinopolis (Кинополис) - cinema chain with a members' club - Macedonian - ASP.NET Web Forms (master page, server
panels, __VIEWSTATE / __EVENTVALIDATION, WebResource.axd / ScriptResource.axd).

Layering: intro, a "Накратко" summary of four icon points (icon + heading + caption), a side box for teenagers
("За млади од 14 до 17 години": a simplified version of the notice written to the reader as "ти"), then the full
text in numbered sections, each closed by a "↑ Назад на врв" link.
Curator: the policy panel (#ctl00_MainContent_pnlPolicy); the summary and the teen box are layers of the notice and
kept (the teen box is what younger members are told: a change there is a change of the notice); the "back to top"
links are removed. The "now showing" carousel and the ASP.NET state fields are outside the panel.
Noise (noisy page): __VIEWSTATE / __EVENTVALIDATION on every response; the "Во кино сега" (now showing) carousel
changing with the week's programme.
Edits: summary only (control card adds the e-mail route); full text only (Apple Pay / Google Pay); all three layers
at once (app location: summary card, teen box, full-text list item); a section added (video surveillance moved to
its own section 8, list item removed from section 2); full text only (ticket history kept 2 years instead of 3);
teen box only (deleting the profile yourself, date not bumped).
"""
import datetime as dt
import html
import random
import common as C

URL = "https://www.kinopolis.mk/Privatnost.aspx"
MESECI = ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември",
          "декември"]


def fmt_date(d):
    return "%d %s %d година" % (d.day, MESECI[d.month - 1], d.year)


POLICY = """
# Политика за приватност

Последна измена: {UPDATED}

Во Кинополис се грижиме за вашата приватност исто колку и за доброто кино. Оваа политика објаснува кои лични податоци ги собираме кога купувате билети, ја користите нашата веб-страница или членувате во Кинополис Клуб, и како ги користиме. Прво е даден краток преглед, а потоа целосниот текст.

%% nakratko

## Накратко

### Што собираме

Име, е-пошта и телефонски број кога купувате билети онлајн или се зачленувате во Кинополис Клуб, како и историја на купени билети.

### Зошто

За да ви ги испратиме билетите, да ги пресметаме клупските поени и, ако се согласите, да ви препорачаме филмови.

### Со кого споделуваме

Само со банката што ги обработува плаќањата и со нашите технички добавувачи. Не ги продаваме вашите податоци.

### Вашата контрола

Профилот, известувањата и согласностите ги менувате во секое време во „Мој профил“.

%% mladi

## За млади од 14 до 17 години

Ако имаш од 14 до 17 години, можеш сам да направиш профил во Кинополис Клуб. Од тебе бараме само име, е-пошта и година на раѓање. Не ти праќаме реклами за филмови што не се за твојата возраст и не ги споделуваме твоите податоци со никого за реклами. Ако сакаш да го избришеш профилот, пиши ни или замоли родител да ни пише.

%% full

## 1. Кој е одговорен за вашите податоци

Контролор на вашите лични податоци е:

@ Кинополис ДООЕЛ Скопје
@ бул. Партизански одреди бр. 15
@ 1000 Скопје
@ Е-пошта: [privatnost@kinopolis.mk](mailto:privatnost@kinopolis.mk)

Офицерот за заштита на личните податоци е достапен на истата адреса.

## 2. Кои податоци ги собираме

- **Онлајн купување:** име, е-пошта, телефонски број, избраната проекција и седиштата.
- **Кинополис Клуб:** покрај горенаведеното, датум на раѓање, омилено кино и собраните поени.
- **Плаќања:** податоците од платежните картички ги обработува банката преку системот cPay; ние не ги гледаме целосните броеви на картичките.
- **Видеонадзор:** во кината има видеонадзор заради безбедноста на посетителите и имотот.
- **Веб-страница:** IP-адреса, тип на уред и прелистувач, колачиња и слични технологии.

## 3. Зошто ги користиме податоците

- за да го извршиме купувањето и да ви го испратиме билетот;
- за водење на клупското членство и поените;
- за препораки и понуди, само со ваша согласност;
- за безбедност на посетителите и имотот;
- за исполнување на законските обврски, како сметководството и даноците.

## 4. Со кого ги споделуваме

Податоците ги споделуваме само со банката што ги обработува плаќањата, со добавувачот на системот за продажба на билети и со компанијата што го одржува видеонадзорот. Сите тие ги обработуваат податоците само според наши упатства. Вашите податоци не ги продаваме и не ги пренесуваме надвор од Европа.

## 5. Колку долго ги чуваме

Историјата на купени билети ја чуваме 3 години. Податоците за членството во Кинополис Клуб ги чуваме додека сте член и 6 месеци потоа. Снимките од видеонадзорот се бришат автоматски по 30 дена. Сметководствените документи ги чуваме 10 години, како што бара законот.

## 6. Колачиња

Користиме неопходни колачиња за купување билети и, само со ваша согласност, аналитички и рекламни колачиња. Согласноста можете да ја промените во секое време преку врската „Поставки за колачиња“ во подножјето на страницата.

## 7. Вашите права

Според Законот за заштита на личните податоци, имате право на пристап, исправка, бришење, ограничување на обработката, преносливост и приговор. Барањата испратете ги на [privatnost@kinopolis.mk](mailto:privatnost@kinopolis.mk). Ако сметате дека вашите права се повредени, можете да поднесете барање до Агенцијата за заштита на личните податоци.
"""

EDITS = [
    {"note": "summary only: the 'your control' card adds that changes can also be requested by e-mail",
     "repl": [("ги менувате во секое време во „Мој профил“.",
               "ги менувате во секое време во „Мој профил“ или со барање на privatnost@kinopolis.mk.")]},
    {"note": "full text only: Apple Pay and Google Pay payments",
     "repl": [("ги обработува банката преку системот cPay;",
               "ги обработува банката преку системот cPay, а плаќањата со Apple Pay и Google Pay ги обработуваат и Apple и Google;")]},
    {"note": "all layers at once: the app's location permission (summary card, teen box, new item in section 2)",
     "repl": [("се зачленувате во Кинополис Клуб, како и историја на купени билети.",
               "се зачленувате во Кинополис Клуб, историја на купени билети и, ако дозволите во апликацијата, вашата локација."),
              ("со никого за реклами.",
               "со никого за реклами. Ако во апликацијата дозволиш локација, ја користиме само за да го најдеме најблиското кино."),
              ("- **Веб-страница:**",
               "- **Мобилна апликација:** ако дозволите, приближната локација, само за да ви го покажеме најблиското кино; локацијата не ја зачувуваме.\n- **Веб-страница:**")]},
    {"note": "section added: video surveillance gets its own section 8 (signs, 30 days, no sound in the halls); list item removed from section 2",
     "repl": [("- **Видеонадзор:** во кината има видеонадзор заради безбедноста на посетителите и имотот.\n", ""),
              ("до Агенцијата за заштита на личните податоци.",
               "до Агенцијата за заштита на личните податоци.\n\n## 8. Видеонадзор во кината\n\nВо холовите и салите на нашите кина има видеонадзор заради безбедноста на посетителите и имотот, за што ве известуваме со ознаки на влезот. Камерите во салите не снимаат звук. Снимките се чуваат 30 дена, а потоа автоматски се бришат, освен ако се потребни во постапка пред надлежен орган.")]},
    {"note": "full text only: ticket history kept 2 years instead of 3",
     "repl": [("Историјата на купени билети ја чуваме 3 години.", "Историјата на купени билети ја чуваме 2 години.")]},
    {"note": "teen box only: teenagers can delete their profile themselves; date not bumped",
     "bump": False,
     "repl": [("Ако сакаш да го избришеш профилот, пиши ни или замоли родител да ни пише.",
               "Профилот можеш сам да го избришеш во „Мој профил“ → „Избриши профил“, или да ни пишеш.")]},
]


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


FILMS = ["Последниот лет", "Тајната на езерото", "Супер Мачор 3", "Брзи срца", "Ноќта на ѕвездите", "Охридска легенда",
         "Патот до дома", "Роботот Бими", "Сенки во градот", "Капетанот Бранко", "Далечниот брег", "Зимска бајка",
         "Операција Вардар", "Гласот на планината"]
ICONS = ["sobirame", "zosto", "spodeluvame", "kontrola"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["state"] = (C.b64tok(rng, 1500), C.b64tok(rng, 96))
    week = when.isocalendar()
    wr = random.Random("kinopolis-program-%d-%d" % (week[0], week[1]))
    s["now_showing"] = tuple(wr.sample(range(len(FILMS)), 4))
    return s


LABELS = {"state": "ASP.NET __VIEWSTATE / __EVENTVALIDATION", "now_showing": "'Во кино сега' carousel (weekly programme)"}


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    vs, ev = s["state"]
    axd_d, axd_t = "pynGkmcFUV13He1Qd6-TZG0rl6M5XkA4P2yk3Wk8LZ0hIOShHdu9ByhFHn2F9jRwCF8s4k9PqfXbVGgdKQ6cD81", "638412345678901234"
    nk = seg["nakratko"]
    items = "".join('<li><img src="/Images/ikoni/%s.svg" alt="" width="44" height="44" /><h3>%s</h3><p>%s</p></li>'
                    % (ICONS[n // 2], C.inline_html(nk[n][1]), C.inline_html(nk[n + 1][1])) for n in range(1, len(nk), 2))
    summary = '<div class="nakratko"><h2>%s</h2><ul class="nakratko-lista">%s</ul></div>' % (C.inline_html(nk[0][1]), items)
    ml = seg["mladi"]
    teen = ('<aside class="mladi" aria-labelledby="mladi-naslov"><img src="/Images/mladi.svg" alt="" width="56" height="56" />'
            '<h2 id="mladi-naslov">%s</h2>%s</aside>' % (C.inline_html(ml[0][1]), C.blocks_html(ml[1:])))
    _, secs = C.split_sections(seg["full"])
    full = "\n".join('<div class="del" id="del-%d">\n<h2>%s</h2>\n%s\n<p class="nazad-na-vrv"><a href="#vrv">↑ Назад на врв</a></p>\n</div>'
                     % (n + 1, C.inline_html(t), C.blocks_html(bl)) for n, (t, bl) in enumerate(secs))
    panel = ('<div id="ctl00_MainContent_pnlPolicy" class="policy">\n\t\n<h1 id="vrv">%s</h1>\n'
             '<p class="azurirano"><span id="ctl00_MainContent_lblUpdated">%s</span></p>\n%s\n%s\n%s\n<div class="policy-full">\n%s\n</div>\n\n</div>'
             % (C.inline_html(head[0][1]), C.inline_html(head[1][1]), C.blocks_html(head[2:]), summary, teen, full))
    films = "".join('<div class="film"><a id="ctl00_rptNowShowing_ctl%02d_lnkFilm" href="/Film.aspx?id=%d"><img src="/Posters/%d.jpg" alt="%s" />'
                    '<span class="film-naslov">%s</span></a></div>' % (n, 3100 + k, 3100 + k, html.escape(FILMS[k]), html.escape(FILMS[k]))
                    for n, k in enumerate(s["now_showing"]))
    return ('\r\n<!DOCTYPE html>\r\n<html xmlns="http://www.w3.org/1999/xhtml" lang="mk">\r\n<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>\r\n'
            '\tПолитика за приватност | Кинополис\r\n</title><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/Site.css?v=4.2" rel="stylesheet" /></head>\r\n'
            '<body>\r\n    <form method="post" action="./Privatnost.aspx" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\r\n</div>\r\n\r\n'
            '<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\n'
            'function __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n'
            '        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n\r\n\r\n'
            '<script src="/WebResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>\r\n\r\n\r\n'
            '<script src="/ScriptResource.axd?d=%s2&amp;t=%s" type="text/javascript"></script>\r\n'
            '<div class="aspNetHidden">\r\n\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="5E3D1A07" />\r\n'
            '\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\r\n</div>\r\n'
            '        <div id="header" class="navbar navbar-inverse"><div class="container"><a class="navbar-brand" href="/Default.aspx"><img src="/Images/kinopolis-logo.png" alt="Кинополис" /></a>'
            '<ul class="nav navbar-nav"><li><a href="/Repertoar.aspx">Репертоар</a></li><li><a href="/Kina.aspx">Кина</a></li><li><a href="/Klub.aspx">Кинополис Клуб</a></li>'
            '<li><a href="/Podaroci.aspx">Ваучери и подароци</a></li></ul>'
            '<a id="ctl00_lnkLogin" class="btn btn-default navbar-btn" href="javascript:__doPostBack(&#39;ctl00$lnkLogin&#39;,&#39;&#39;)">Најава</a></div></div>\r\n'
            '        <div id="ctl00_pnlNowShowing" class="now-showing container">\r\n\t<h4>Во кино сега</h4><div class="films">%s</div>\r\n</div>\r\n'
            '        <div class="container body-content">\r\n            %s\r\n        </div>\r\n'
            '        <div id="footer" class="container"><hr /><ul class="list-inline"><li><a href="/Uslovi.aspx">Услови за користење</a></li>'
            '<li><a href="/Privatnost.aspx">Политика за приватност</a></li><li><a href="javascript:KinoCookies.show()">Поставки за колачиња</a></li>'
            '<li><a href="/Kontakt.aspx">Контакт</a></li></ul><p>&copy; %d Кинополис ДООЕЛ Скопје</p></div>\r\n'
            '    </form>\r\n</body>\r\n</html>\r\n'
            % (vs, axd_d, axd_t, axd_d[::-1], axd_t, ev, films, panel, when.year))


PAGE = {
    "service": "Kinopolis", "url": URL, "lang": "mk", "platform": "ASP.NET Web Forms",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 29, "start": dt.date(2022, 5, 2), "end": dt.date(2026, 6, 26),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#ctl00_MainContent_pnlPolicy"], "remove": [".nazad-na-vrv"]},
}
