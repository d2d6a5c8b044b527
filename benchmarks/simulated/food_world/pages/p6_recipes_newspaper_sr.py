"""Тањир (Belgrade) - sr-RS, Cyrillic - a recipe and food-news site on WordPress + the Newspaper theme (tagDiv),
Ad Inserter and Akismet. Noisy: Ad Inserter code blocks ("Реклама"/"Оглас" labels, GPT slots, insertion points
that change with the ad configuration) sit between the policy's paragraphs; the page has comments open (readers ask
questions under the policy, the count grows, Akismet's per-visit nonce and timestamp in the form); the top bar shows
today's date and Belgrade's weather, the ticker the latest articles, the sidebar trending recipes with view counts
and the recipe of the day. In September 2023 the site moves from Newspaper 10's classic page template
(`.td-page-content`) to Newspaper 12's tagDiv Cloud Library template (`.tdb_single_content`, numbered `tdi_` ids
that shift with the blocks above), so the declaration has a history."""
import datetime as dt
import html
import common as C

URL = "https://tanjir.rs/politika-privatnosti/"
CLOUD = dt.datetime(2023, 9, 4)
MESECI = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
          "новембра", "децембра"]
DANI = ["понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MESECI[d.month - 1], d.year)


POLICY = """
# Политика приватности

Последња измена: {UPDATED}

Сајт Тањир (tanjir.rs) је портал са рецептима, саветима и вестима из света хране и угоститељства. Ова политика приватности објашњава које податке о личности прикупљамо када посећујете сајт, остављате коментаре, шаљете своје рецепте или се пријављујете на наш билтен, као и како те податке користимо и штитимо. Податке обрађујемо у складу са Законом о заштити података о личности („Службени гласник РС”, број 87/2018) и, где је то примењиво, Општом уредбом о заштити података (GDPR).

## Руковалац подацима

Руковалац подацима о личности је привредно друштво Тањир медија д.о.о., Таковска 12, 11000 Београд, матични број 21654321, ПИБ 112345678. За сва питања у вези са заштитом података можете нам писати на [privatnost@tanjir.rs](mailto:privatnost@tanjir.rs).

## Које податке прикупљамо

Прикупљамо само податке који су нам потребни:

- **Подаци које нам ви дајете:** име или надимак, адреса електронске поште и текст коментара; подаци из обрасца за слање рецепта (име, е-пошта, фотографије јела); адреса е-поште за билтен.
- **Подаци о налогу:** ако сте регистровани, корисничко име, лозинка у шифрованом облику и сачувани рецепти.
- **Технички подаци:** IP адреса, врста прегледача и уређаја, страница са које сте дошли и време посете.
- **Подаци из колачића:** идентификатори колачића и слични подаци, у складу са вашим избором у банеру за колачиће.

## Одакле добијамо податке

Већину података добијамо директно од вас, када оставите коментар, пошаљете рецепт, региструјете налог или се пријавите на билтен. Технички подаци се прикупљају аутоматски приликом посете сајту. Ако се региструјете преко Google или Facebook налога, од тих услуга добијамо ваше име, адресу е-поште и профилну слику. Податке о огласима и њиховом приказивању добијамо од наших партнера за оглашавање у збирном облику.

## Коментари

Када оставите коментар, чувамо име, адресу е-поште, IP адресу и текст коментара. Адреса е-поште се не објављује. Коментаре пре објављивања проверавамо ручно и уз помоћ услуге Akismet, која служи за откривање нежељених порука. IP адресе коментатора чувамо шест месеци, а сам коментар док постоји чланак или док не затражите његово брисање.

Ако оставите коментар, можете изабрати да се ваше име и е-пошта сачувају у колачићу, како их не бисте поново уносили. Тај колачић траје годину дана.

## Рецепти које шаљете

Рецепте и фотографије које нам пошаљете преко обрасца „Пошаљи рецепт” можемо објавити на сајту и друштвеним мрежама уз ваше име или надимак, како сте навели у обрасцу. Слањем рецепта потврђујете да сте аутор фотографија. Ако не желите да се ваше име објави, то можете назначити у обрасцу.

## Регистрација и кориснички налог

Регистровани корисници могу да чувају омиљене рецепте, праве листе за куповину и оцењују рецепте. Подаци о сачуваним рецептима и листама видљиви су само вама. Оцене рецепата објављују се збирно, без вашег имена. Налог можете у сваком тренутку обрисати у подешавањима профила, након чега бришемо ваше податке, осим објављених коментара, које можете посебно затражити да уклонимо.

## Наградне игре

Повремено организујемо наградне игре у сарадњи са произвођачима хране и ресторанима. Податке учесника обрађујемо ради спровођења наградне игре, извлачења добитника и уручења награда. Имена добитника могу бити објављена на сајту и друштвеним мрежама. Правила сваке наградне игре садрже детаљније информације о обради и роковима чувања. Податке учесника који нису добили награду бришемо 30 дана после извлачења.

## Билтен

Ако се пријавите на билтен, једном недељно шаљемо вам избор рецепата и вести. Податке обрађујемо на основу вашег пристанка, који можете опозвати у сваком тренутку кликом на линк за одјаву на дну сваког билтена. Адресу чувамо док се не одјавите.

## Колачићи и оглашавање

Сајт се финансира од оглашавања. Уз ваш пристанак, ми и наши партнери користимо колачиће и сличне технологије за приказивање и мерење огласа, укључујући персонализоване огласе. Наши партнери за оглашавање су:

- Google Ireland Limited (Google Ad Manager и AdSense);
- Midas Network д.о.о. (продаја огласног простора);
- Meta Platforms Ireland Limited (мерење кампања).

Свој пристанак можете у сваком тренутку променити преко линка „Подешавања колачића” у подножју странице. Ако одбијете колачиће за оглашавање, и даље ћете видети огласе, али они неће бити прилагођени вама.

## Аналитика

Користимо Google Analytics 4 и Gemius за статистику посећености. Подаци се прикупљају у збирном облику и користимо их да бисмо сазнали који су рецепти најпопуларнији. IP адресе се анонимизују.

## Друштвене мреже

Тањир има странице на Инстаграму, Фејсбуку, Јутјубу и ТикТоку. Када нас пратите, коментаришете наше објаве или нам шаљете поруке на тим мрежама, ваше податке обрађује и оператер мреже у складу са својим правилима. Дугмад за дељење на сајту не шаљу податке друштвеним мрежама док на њих не кликнете.

## Линкови ка другим сајтовима

Наши чланци и рецепти садрже линкове ка сајтовима ресторана, произвођача и продавница. Не одговарамо за обраду података на тим сајтовима и препоручујемо да прочитате њихове политике приватности. Неки линкови ка продавницама су партнерски линкови, што значи да можемо добити провизију ако купите производ, али партнер при томе од нас не добија ваше податке о личности.

## Обавештења у прегледачу

Ако дозволите обавештења у прегледачу, шаљемо вам обавештења о новим рецептима и важним вестима. За ту сврху чувамо анонимни идентификатор вашег прегледача, без имена или адресе е-поште. Обавештења можете искључити у подешавањима прегледача у сваком тренутку.

## Сарадња са брендовима

Неки чланци и рецепти настају у сарадњи са произвођачима хране и ресторанима и јасно су означени као спонзорисани садржај. Партнери у таквој сарадњи не добијају податке о читаоцима, већ само збирну статистику о броју прегледа чланка. Ако учествујете у дегустацији или догађају који организујемо са партнером, пре пријаве ћемо вас обавестити које ваше податке партнер добија.

## Примаоци података

Податке не продајемо. Могу их обрађивати наши обрађивачи: хостинг провајдер, услуга за слање билтена (Mailchimp), услуга Akismet и партнери за оглашавање наведени изнад. Податке можемо доставити државним органима када је то законом прописано.

## Пренос података у иностранство

Неки од наших обрађивача налазе се у Европској унији или у Сједињеним Америчким Државама. Пренос у државе које немају примерен ниво заштите обављамо уз стандардне уговорне клаузуле које је усвојио Повереник, односно Европска комисија.

## Колико дуго чувамо податке

Податке чувамо само онолико колико је потребно за сврху због које су прикупљени, осим ако закон не налаже дуже чување. Подаци о регистрованим корисницима бришу се две године после последње пријаве на налог.

## Ваша права

Имате право да:

- затражите приступ подацима које о вама обрађујемо;
- затражите исправку или допуну нетачних података;
- затражите брисање података;
- затражите ограничење обраде;
- уложите приговор на обраду;
- добијете своје податке у структурираном облику (преносивост);
- опозовете пристанак у сваком тренутку.

Захтев можете послати на [privatnost@tanjir.rs](mailto:privatnost@tanjir.rs). Одговорићемо у року од 30 дана. Такође имате право да поднесете притужбу Поверенику за информације од јавног значаја и заштиту података о личности, Булевар краља Александра 15, Београд ([www.poverenik.rs](https://www.poverenik.rs)).

## Аутоматизовано одлучивање

Не доносимо одлуке засноване искључиво на аутоматизованој обради које би за вас имале правне последице. Систем за филтрирање нежељених порука може аутоматски задржати коментар ради провере, али о објављивању коментара увек одлучује уредник.

## Малолетници

Сајт није намењен деци млађој од 15 година. Особе млађе од 15 година могу оставити коментар или се пријавити на билтен само уз сагласност родитеља.

## Безбедност

Сајт користи шифровану везу (HTTPS), а приступ подацима имају само овлашћени уредници и техничко особље. Редовно ажурирамо софтвер и правимо резервне копије.

## Повреда података о личности

Ако дође до повреде података о личности која може да угрози ваша права, обавестићемо Повереника у року од 72 сата од сазнања, а вас без непотребног одлагања, ако постоји висок ризик по ваша права и слободе.

## Измене политике

Ову политику можемо повремено мењати. Датум последње измене наведен је на врху странице.
"""

EDITS = [
    {"note": "ad partner added (Taboola recommendations)",
     "repl": [("- Midas Network д.о.о. (продаја огласног простора);",
               "- Midas Network д.о.о. (продаја огласног простора);\n- Taboola Europe Limited (препоруке садржаја);")]},
    {"note": "retention of commenters' IP addresses shortened from six to three months",
     "repl": [("IP адресе коментатора чувамо шест месеци", "IP адресе коментатора чувамо три месеца")]},
    {"note": "new section on embedded videos",
     "repl": [("## Аналитика", "## Видео садржаји\n\nУ рецепте уграђујемо видео записе са YouTube-а у режиму проширене приватности. Google поставља колачиће тек када покренете видео.\n\n## Аналитика")]},
    {"note": "sentence deleted (anonymised IP addresses in analytics)",
     "repl": [(" IP адресе се анонимизују.", "")]},
    {"note": "controller's address changed (new office)",
     "repl": [("Тањир медија д.о.о., Таковска 12, 11000 Београд", "Тањир медија д.о.о., Булевар Михајла Пупина 10б, 11070 Нови Београд")]},
]

RECIPES = ["Сарма као код баке", "Домаћи бурек са сиром", "Пита са јабукама", "Пасуљ пребранац", "Урнебес салата",
           "Ћевапи на роштиљу", "Туфахије", "Проја са чварцима", "Гибаница", "Пуњене паприке", "Крофне са џемом",
           "Ајвар од печених паприка"]
NEWS = ["Цене хлеба поново расту", "Нови ресторани у Дорћолу", "Сезона јагода почела раније", "Најбоље пекаре у Новом Саду",
        "Фестивал роштиља у Лесковцу", "Како да чувате свеже зачинско биље", "Шта се једе за Божић", "Вино из Жупе освојило медаљу"]
COMMENTS = [("Марија", "Да ли чувате и адресу е-поште ако коментаришем без регистрације?",
             "Уредништво", "Поштована Марија, адресу чувамо само да бисмо вас контактирали у вези са коментаром и не објављујемо је."),
            ("Драган", "Како да обришем свој налог?", "Уредништво", "Пишите нам на privatnost@tanjir.rs и обрисаћемо налог у року од неколико дана."),
            ("Јелена", "Послала сам рецепт пре месец дана, да ли ће бити објављен?", None, None),
            ("Никола", "Превише реклама на сајту, али рецепти су одлични.", None, None),
            ("Снежана", "Да ли могу да добијем копију свих својих коментара?", "Уредништво", "Наравно, пошаљите захтев на адресу из политике."),
            ("Милош", "Хвала на јасном објашњењу.", None, None),
            ("Ана", "Зашто ми билтен стиже два пута?", "Уредништво", "Вероватно сте пријављени са две адресе. Јавите нам се."),
            ("Зоран", "Да ли делите податке са Фејсбуком?", None, None)]


def n_comments(when):
    return min(len(COMMENTS), max(2, (when.year - 2022) * 2 + when.month // 5))


def weather(rng, when):
    base = [2, 4, 10, 15, 20, 25, 28, 28, 22, 15, 9, 3][when.month - 1]
    return base + rng.randint(-4, 5), rng.choice(["ведро", "облачно", "слаба киша", "делимично облачно"])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["template"] = "cloud" if when >= CLOUD else "classic"
    s["date"] = when.date().isoformat()
    s["weather"] = weather(rng, when)
    s["ticker"] = tuple(rng.sample(range(len(NEWS)), 4))
    s["trending"] = tuple((k, rng.randint(2000, 90000)) for k in rng.sample(range(len(RECIPES)), 5))
    s["rotd"] = RECIPES[when.toordinal() % len(RECIPES)]
    s["ads"] = C.keep_or(rng, prev.get("ads"), 0.35, lambda: (tuple(sorted(rng.sample([2, 3, 4, 6, 8, 10, 14], 3))),
                                                             rng.choice(["Реклама", "Оглас", "Реклама"])))
    s["comments"] = n_comments(when)
    s["akismet"] = (C.hexs(rng, 10), rng.randint(1, 999))
    s["tdi"] = C.keep_or(rng, prev.get("tdi"), 0.5, lambda: rng.randint(38, 61)) if s["template"] == "cloud" else 0
    s["td_ver"] = "10.3.9.1" if s["template"] == "classic" else C.keep_or(rng, prev.get("td_ver") if prev.get("template") == "cloud" else None, 0.2, lambda: "12.%d" % rng.randint(4, 6))
    return s


LABELS = {
    "template": "Newspaper 10 classic page template -> Newspaper 12 tagDiv Cloud template",
    "date": "today's date in the top bar",
    "weather": "Belgrade weather widget in the top bar",
    "ticker": "latest-news ticker",
    "trending": "trending recipes with view counts in the sidebar",
    "rotd": "recipe of the day in the sidebar",
    "ads": "Ad Inserter blocks between the policy's paragraphs (positions and label)",
    "comments": "comments under the policy (count and new comments)",
    "akismet": "Akismet per-visit nonce and ak_js timestamp in the comment form",
    "tdi": "tagDiv tdi_ block ids shift",
    "td_ver": "Newspaper theme version in asset URLs",
}


def inl(t):
    return C.inline_html(t)


def wp_block(b):
    kind, v = b
    if kind in ("h1", "h2", "h3"):
        return "<%s>%s</%s>" % (kind, inl(v), kind)
    if kind == "p":
        return "<p>%s</p>" % inl(v)
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(i) for i in v), kind)
    raise ValueError(kind)


def ad(n, label, when):
    return ("<div class='code-block code-block-%d' style='margin: 8px auto; text-align: center; display: block; clear: both;'>\n"
            "<div class=\"reklama-oznaka\">%s</div>\n<div id=\"div-gpt-ad-1617264%03d-%d\" style=\"min-width: 300px; min-height: 250px;\">"
            "<script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1617264%03d-%d'); });</script></div></div>\n"
            % (n, label, n * 7, n, n * 7, n))


def render(s, blocks, when):
    title = blocks[0][1]
    positions, label = s["ads"]
    parts = []
    pcount = 0
    for b in blocks[1:]:
        parts.append(wp_block(b))
        if b[0] == "p":
            pcount += 1
            if pcount in positions:
                parts.append(ad(positions.index(pcount) + 2, label, when))
    content = "\n".join(parts)
    cloud = s["template"] == "cloud"
    nc = s["comments"]
    clist = []
    for k in range(nc):
        a, t, ra, rt = COMMENTS[k]
        cd = dt.date(2022, 3, 1) + dt.timedelta(days=97 * k + 11)
        rep = ""
        if ra and k + 1 < nc:
            rep = ('<ol class="children"><li class="comment byuser comment-author-urednistvo bypostauthor" id="li-comment-%d"><article><footer><cite>%s</cite>'
                   '<a class="comment-link" href="#comment-%d"><time pubdate>%s</time></a></footer><div class="comment-content"><p>%s</p></div></article></li></ol>'
                   % (300 + k, ra, 300 + k, (cd + dt.timedelta(days=2)).strftime("%d.%m.%Y."), html.escape(rt)))
        clist.append('<li class="comment" id="li-comment-%d"><article><footer><img alt="" src="https://secure.gravatar.com/avatar/%s?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"/>'
                     '<cite>%s</cite><a class="comment-link" href="#comment-%d"><time pubdate>%s</time></a></footer><div class="comment-content"><p>%s</p></div>'
                     '<div class="comment-meta" id="comment-%d"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" data-postid="3" aria-label="Одговор за %s">Одговори</a></div></article>%s</li>'
                     % (200 + k, C.det_sha("gravatar", a)[:32], a, 200 + k, cd.strftime("%d.%m.%Y."), html.escape(t), 200 + k, 200 + k, 200 + k, a, rep))
    nonce, akjs = s["akismet"]
    comments = ('<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>%d КОМЕНТАРА</span></h4></div>'
                '<ol class="comment-list">%s</ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ОСТАВИТЕ ОДГОВОР <small><a rel="nofollow" id="cancel-comment-reply-link" href="/politika-privatnosti/#respond" style="display:none;">Откажи одговор</a></small></h3>'
                '<form action="https://tanjir.rs/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div>'
                '<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Коментар:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>'
                '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Име:*" type="text" value="" size="30"  aria-required=\'true\' /></div>'
                '<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Е-пошта:*" type="text" value="" size="30"  aria-required=\'true\' /></div>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Објави коментар" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'3\' id=\'comment_post_ID\' />'
                '<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' /></p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="%s" /></p>'
                '<p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label>'
                '<input type="hidden" id="ak_js_1" name="ak_js" value="%d"/><script>document.getElementById( "ak_js_1" ).setAttribute( "value", ( new Date() ).getTime() );</script></p></form></div></div>'
                % (nc, "".join(clist), nonce, akjs))
    trending = "".join('<div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://tanjir.rs/recept/%d/" rel="bookmark">%s</a></h3>'
                       '<div class="td-module-meta-info"><span class="td-nr-views-%d">%s</span></div></div></div>'
                       % (k + 100, RECIPES[k], k + 100, "{:,}".format(v).replace(",", ".")) for k, v in s["trending"])
    sidebar = ('<div class="td_block_wrap td_block_7 td_block_widget td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Најпопуларнији рецепти</span></h4></div>'
               '<div class="td_block_inner">%s</div></div>'
               '<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Рецепт дана</span></h4><div class="textwidget"><p><a href="https://tanjir.rs/recept-dana/">%s</a></p></div></aside>'
               '<aside class="td_block_template_1 widget"><div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- %s -</span><div id="div-gpt-ad-1617264000-sb"></div></div></aside>'
               % (trending, s["rotd"], label))
    dd = "%s, %d. %s %d." % (DANI[when.weekday()], when.day, MESECI[when.month - 1], when.year)
    temp, desc = s["weather"]
    topbar = ('<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">'
              '<div class="td-header-sp-top-menu"><div class="td_data_time"><div >%s</div></div>'
              '<div class="td-weather-top-widget" id="td_top_weather_uid"><i class="td-icons clear-sky-d"></i><div class="td-weather-now" data-block-uid="td_top_weather_uid">'
              '<span class="td-big-degrees">%d</span><span class="td-weather-unit">C</span></div><div class="td-weather-header"><div class="td-weather-city">Београд</div><div class="td-weather-condition">%s</div></div></div>'
              '</div></div></div></div>' % (dd, temp, desc))
    ticker = ('<div class="td_block_wrap td_block_trending_now"><div class="td-trending-now-wrapper"><div class="td-trending-now-title">Најновије</div><div class="td-trending-now-display-area">%s</div></div></div>'
              % "".join('<div class="td_module_trending_now td-trending-now-post-%d"><h3 class="entry-title td-module-title"><a href="https://tanjir.rs/vesti/%d/" rel="bookmark">%s</a></h3></div>'
                        % (n, k + 500, NEWS[k]) for n, k in enumerate(s["ticker"])))
    header = ('<div class="td-header-wrap td-header-style-1 ">%s<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header">'
              '<div class="td-header-sp-logo"><a class="td-main-logo" href="https://tanjir.rs/"><img class="td-retina-data" src="https://tanjir.rs/wp-content/uploads/2021/02/tanjir-logo.png" alt="Тањир" title="Тањир - рецепти и вести из света хране"/><span class="td-visual-hidden">Тањир</span></a></div>'
              '<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  tdi_1 td_block_template_1"><span class="td-adspot-title">- %s -</span><div id="div-gpt-ad-1617264000-hdr"></div></div></div></div></div></div>'
              '<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">'
              '<div class="menu-glavni-container"><ul id="menu-glavni-1" class="sf-menu">'
              '<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="https://tanjir.rs/kategorija/recepti/">Рецепти</a></li>'
              '<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="https://tanjir.rs/kategorija/vesti/">Вести</a></li>'
              '<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="https://tanjir.rs/kategorija/restorani/">Ресторани</a></li>'
              '<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="https://tanjir.rs/kategorija/saveti/">Савети</a></li>'
              '<li class="menu-item menu-item-type-post_type menu-item-object-page td-menu-item td-normal-menu"><a href="https://tanjir.rs/posalji-recept/">Пошаљи рецепт</a></li></ul></div></div></div></div></div>'
              '%s</div>' % (topbar, label, ticker))
    if cloud:
        t = s["tdi"]
        main = ('<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div id="tdi_%d" class="tdc-zone"><div class="tdc_zone tdi_%d  wpb_row td-pb-row"  >'
                '<div id="tdi_%d" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_%d  wpb_row td-pb-row" >'
                '<div class="vc_column tdi_%d  wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper" >'
                '<div class="td_block_wrap tdb_breadcrumbs tdi_%d td-pb-border-top td_block_template_1 tdb-breadcrumbs "  data-td-block-uid="tdi_%d" ><div class="tdb-block-inner td-fix-index">'
                '<span><a title="" class="tdb-entry-crumb" href="https://tanjir.rs/">Почетна</a></span><i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i><span class="tdb-bred-no-url-last">Политика приватности</span></div></div>'
                '<div class="td_block_wrap tdb_title tdi_%d tdb-single-title td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_%d" ><div class="tdb-block-inner td-fix-index">'
                '<h1 class="tdb-title-text">%s</h1><div></div><div class="tdb-title-line"></div></div></div>'
                '<div class="td_block_wrap tdb_single_content tdi_%d td-pb-border-top td_block_template_1 td-post-content tagdiv-type"  data-td-block-uid="tdi_%d" >'
                '<div class="tdb-block-inner td-fix-index">%s</div></div>'
                '<div class="td_block_wrap tdb_single_comments tdi_%d tdb-comm-layout1 td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_%d" >%s</div>'
                '</div></div><div class="vc_column tdi_%d  wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper" >%s</div></div>'
                '</div></div></div></div></div></div>'
                % (t, t + 1, t + 2, t + 3, t + 5, t + 6, t + 6, t + 8, t + 8, inl(title), t + 10, t + 10, content, t + 12, t + 12, comments, t + 14, sidebar))
        ver = s["td_ver"]
    else:
        main = ('<div class="td-main-content-wrap td-container-wrap"><div class="td-container tdc-content-wrap "><div class="td-crumb-container"><div class="entry-crumbs">'
                '<span><a title="" class="entry-crumb" href="https://tanjir.rs/">Почетна</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">Политика приватности</span></div></div>'
                '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                '<div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div>'
                '<div class="td-page-content tagdiv-type">%s</div>%s</div></div>'
                '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">%s</div></div></div></div></div>'
                % (inl(title), content, comments, sidebar))
        ver = s["td_ver"]
    return (
        '<!doctype html >\n<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->\n<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->\n'
        '<!--[if gt IE 8]><!--> <html lang="sr-RS"> <!--<![endif]-->\n<head>\n    <title>Политика приватности | Тањир</title>\n    <meta charset="UTF-8" />\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n    <link rel="pingback" href="https://tanjir.rs/xmlrpc.php" />\n'
        '<link rel="icon" type="image/png" href="https://tanjir.rs/wp-content/uploads/2021/02/favicon.png">'
        '<link rel="alternate" type="application/rss+xml" title="Тањир &raquo; Фид коментара на чланак Политика приватности" href="https://tanjir.rs/politika-privatnosti/feed/" />\n'
        '<link rel=\'stylesheet\' id=\'td-plugin-multi-purpose-css\' href=\'https://tanjir.rs/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=%s\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'td-theme-css\' href=\'https://tanjir.rs/wp-content/themes/Newspaper/style.css?ver=%s\' type=\'text/css\' media=\'all\' />\n'
        '<script type="text/javascript" src="https://tanjir.rs/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n'
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>window.googletag = window.googletag || {cmd: []};</script>\n'
        '<link rel="canonical" href="%s" />\n'
        '<script>\n    var tdBlocksArray = []; //here we store all the items for the current page\n    var tdLocalCache = {};\n</script>\n'
        '</head>\n\n<body class="privacy-policy page-template-default page page-id-3 global-block-template-1 %s td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
        '<div class="td-scroll-up"  style="display:none;"><i class="td-icon-menu-up"></i></div>\n<div class="td-menu-background" style="visibility:hidden"></div>\n'
        '<div id="td-outer-wrap" class="td-theme-wrap">\n%s\n%s\n'
        '<div class="td-footer-wrapper td-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info">'
        '<div class="footer-text-wrap">Тањир - рецепти, савети и вести из света хране. Контакт: <a href="mailto:redakcija@tanjir.rs">redakcija@tanjir.rs</a></div></div></div></div></div></div>\n'
        '<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">'
        '<li class="menu-item"><a href="https://tanjir.rs/impresum/">Импресум</a></li><li class="menu-item current-menu-item"><a href="https://tanjir.rs/politika-privatnosti/" aria-current="page">Политика приватности</a></li>'
        '<li class="menu-item"><a href="https://tanjir.rs/uslovi-koriscenja/">Услови коришћења</a></li><li class="menu-item"><a href="#" class="cmp-settings">Подешавања колачића</a></li></ul></div></div>'
        '<div class="td-pb-span td-sub-footer-copy">&copy; Тањир медија д.о.о. %d. Сва права задржана.</div></div></div></div>\n</div><!--close td-outer-wrap-->\n'
        '<script type="text/javascript" src="https://tanjir.rs/wp-content/plugins/akismet/_inc/akismet-frontend.js?ver=1714000000" id="akismet-frontend-js"></script>\n'
        '<script type="text/javascript" src="https://tanjir.rs/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=%s" id="td-site-min-js"></script>\n'
        '</body>\n</html>'
        % (ver, ver, URL, "tdb-template" if cloud else "td-standard-pack", header, main, when.year, ver))


PAGE = {
    "service": "Tanjir", "url": URL, "lang": "sr-RS", "platform": "WordPress + Newspaper (tagDiv)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Link", '<https://tanjir.rs/wp-json/>; rel="https://api.w.org/"'), ("X-LiteSpeed-Cache", "miss")),
    "n": 30, "start": dt.date(2022, 3, 15), "end": dt.date(2025, 11, 30), "hours": (5, 17),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.tdb-title-text", ".tdb_single_content .tdb-block-inner"],
                    "remove": [".code-block"]},
    "history": [{"fetch": URL, "select": [".td-page-header h1", ".td-page-content"], "remove": [".code-block"],
                 "validUntil": "2023-09-04T00:00:00Z"}],
}
