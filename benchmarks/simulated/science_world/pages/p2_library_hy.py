"""YTU Library, the scientific library of a technological university in Yerevan: 1C-Bitrix (site template
"library", `bitrix:news.detail` of a "Documents" information block), Armenian.

Per visit: `bitrix_sessid` and `SERVER_TIME` in the `BX.message` block; the header's live status line (today's
opening hours by weekday, "open/closed now", free reading-room seats from the turnstile counter); the element's view
counter (`SHOW_COUNTER`) in the `.doc-detail__meta` line *inside* the declared `.news-detail`, which the declaration
removes. Sticky: the element's "modified" stamp in the same meta line (an editor re-saves the element now and
then without changing its text), the "New acquisitions" carousel, and the `?timestamp` cache-busters of the
compiled CSS/JS bundles.
"""
import datetime as dt
import html

import common as C

MONTHS_GEN = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
              "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]


def fmt_date(d):
    return "%d %s %d թ." % (d.day, MONTHS_GEN[d.month - 1], d.year)


POLICY = """
# Անձնական տվյալների պաշտպանության քաղաքականություն

Վերջին թարմացում՝ {UPDATED}

Երևանի տեխնոլոգիական համալսարանի գիտական գրադարանը (այսուհետ՝ «Գրադարան» կամ «մենք») հարգում է իր ընթերցողների, այցելուների և library.ytu.am կայքի օգտատերերի անձնական կյանքի գաղտնիությոնը։ Սույն քաղաքականությունը բացատրում է, թե ինչ անձնական տվյալներ ենք մշակում ընթերցողներին սպասարկելիս, էլեկտրոնային կատալոգի և էլեկտրոնային ռեսուրսների հեռահար հասանելիության միջոցով, ինչ նպատակներով ենք դրանք օգտագործում, որքան ժամանակ ենք պահպանում և ինչ իրավունքներ ունեք Դուք։

Անձնական տվյալները մշակվում են «Անձնական տվյալների պաշտպանության մասին» Հայաստանի Հանրապետության օրենքին և համալսարանի ներքին կանոնակարգերին համապատասխան։

## 1. Տվյալների մշակողը

@ «Երևանի տեխնոլոգիական համալսարան» հիմնադրամ, գիտական գրադարան
@ ՀՀ, ք. Երևան 0033, Հր. Քոչարի փողոց 21, մասնաշենք 3
@ Հեռ.՝ +374 10 55 42 18
@ Էլ. փոստ՝ library@ytu.am

Անձնական տվյալների պաշտպանության հարցերով կարող եք դիմել գրադարանի տվյալների պաշտպանության պատասխանատուին՝ [privacy.library@ytu.am](mailto:privacy.library@ytu.am) հասցեով։

## 2. Ինչ տվյալներ ենք հավաքում

### 2.1. Ընթերցողի գրանցում

- անուն, ազգանուն, հայրանուն և ծննդյան տարեթիվ;
- անձնագրի կամ նույնականացման քարտի համարը (արտաքին ընթերցողների համար);
- ուսանողական կամ աշխատողի վկայականի համարը, ֆակուլտետը, կուրսը կամ ամբիոնը;
- հեռախոսահամարը և էլեկտրոնային փոստի հասցեն;
- ընթերցողական տոմսի համար արված լուսանկարը։

### 2.2. Գրադարանային ծառայություններից օգտվելիս

- գրքերի և այլ նյութերի տրամադրման, երկարաձգման ու վերադարձի գրառումները;
- ամրագրումները և միջգրադարանային բաժանորդագրության հայտերը;
- ընթերցասրահ մուտքի և ելքի ժամը, որոնք գրանցվում են ընթերցողական տոմսով;
- ուշացման տույժերի և վնասված կամ կորած գրքերի փոխհատուցման տվյալները։

### 2.3. Էլեկտրոնային ռեսուրսներ և կայք

- համալսարանի հաշվով մուտք գործելիս՝ օգտանունը և մուտքի ժամը;
- հեռահար մուտքի (proxy) մատյանները, որոնք պարունակում են IP հասցեն, դիմած ռեսուրսի հասցեն և ժամը;
- կայք այցելելիս՝ IP հասցեն, զննարկչի տեսակը, այցելած էջերը և cookie ֆայլերում պահվող նույնացուցիչները։

### 2.4. Ինստիտուցիոնալ շտեմարան

Երբ համալսարանի ինստիտուցիոնալ շտեմարանում տեղադրում եք ատենախոսություն, հոդված կամ հետազոտական տվյալներ, մենք մշակում ենք Ձեր անունը, ազգանունը, ստորաբաժանումը, ORCID նույնացուցիչը և էլեկտրոնային փոստի հասցեն։ Հրապարակման մետատվյալները (հեղինակի անունը, վերնագիրը, ամփոփագիրը, բանալի բառերը) հասանելի են բոլորին և OAI-PMH արձանագրությամբ փոխանցվում են այնպիսի որոնողական ծառայությունների, ինչպիսիք են Google Scholar-ը, BASE-ը և OpenAIRE-ը։ Ձեր էլեկտրոնային փոստի հասցեն չի հրապարակվում։ Արդեն հրապարակված աշխատանքը կարող է հանվել միայն հիմնավորված դիմումի հիման վրա, իսկ դրա մետատվյալները պահպանվում են «հանված» նշումով՝ հղումների ամբողջականությունը պահպանելու համար։

## 3. Մշակման նպատակները, հիմքերը և ժամկետները

| Նպատակ | Իրավական հիմք | Պահպանման ժամկետ |
| Ընթերցողի գրանցում և տոմսի տրամադրում | Ծառայությունների մատուցման պայմանագիր | Անդամակցության ավարտից հետո 3 տարի |
| Գրքերի տրամադրում և պարտքերի հաշվառում | Ծառայությունների մատուցման պայմանագիր | Գիրքը վերադարձնելուց հետո 1 տարի |
| Միջգրադարանային բաժանորդագրություն | Ձեր հայտը | Հայտի կատարումից հետո 1 տարի |
| Էլեկտրոնային ռեսուրսների հեռահար մուտք | Լիցենզային պայմանագրերի կատարում | 6 ամիս |
| Կայքի անվտանգություն և այցելությունների վիճակագրություն | Օրինական շահ | 12 ամիս |
| Նոր ստացումների մասին լրատու նամակներ | Համաձայնություն | Մինչև համաձայնության հետկանչը |

Պահպանման ժամկետը լրանալուց հետո տվյալները ոչնչացվում են կամ անանունացվում այնպես, որ հնարավոր չլինի Ձեզ նույնականացնել։ Անանուն վիճակագրությունը (օրինակ՝ գրքերի տրամադրման թիվն ըստ ֆակուլտետների) կարող է պահպանվել անժամկետ։

## 4. Ընթերցանության գաղտնիություն

Գրադարանը հետևում է գրադարանային էթիկայի սկզբունքին, որ ընթերցողի ընտրությունը նրա անձնական գործն է։ Մենք չենք հրապարակում և երրորդ անձանց չենք փոխանցում տեղեկություններ այն մասին, թե Դուք ինչ եք կարդացել կամ որոնել, բացառությամբ օրենքով ուղղակիորեն նախատեսված դեպքերի։ Գիրքը վերադարձնելուց հետո Ձեր ընթերցողական պատմությունը ավտոմատ կերպով առանձնացվում է Ձեր անձնական տվյալներից, եթե Ձեր անձնական էջում չեք միացրել «Պահել ընթերցման պատմությունը» կարգավորումը։

Գրադարանի աշխատակիցները ընթերցողի տվյալներին դիմում են միայն այնքանով, որքան անհրաժեշտ է տվյալ ծառայությունը մատուցելու համար։ Դպրոցականների և 16 տարին չլրացած այլ ընթերցողների համար ընթերցողական տոմս տրամադրվում է միայն ծնողի կամ օրինական ներկայացուցչի գրավոր համաձայնությամբ։

## 5. Ում ենք փոխանցում տվյալները

- համալսարանի ուսումնական և հաշվապահական ստորաբաժանումներին՝ միայն չվերադարձված գրքերի կամ չվճարված տույժերի դեպքում, օրինակ՝ շրջանավարտի շրջիկ թերթիկը ձևակերպելիս;
- էլեկտրոնային ռեսուրսների մատակարարներին (Elsevier, Clarivate, EBSCO, Springer Nature)՝ միայն անանուն կամ կեղծանունացված վիճակագրության տեսքով;
- Koha ավտոմատացված գրադարանային համակարգը սպասարկող ընկերությանը՝ պայմանագրի հիման վրա և միայն տեխնիկական աջակցության նպատակով;
- պետական մարմիններին՝ օրենքով սահմանված դեպքերում և կարգով։

Տվյալները Հայաստանից դուրս փոխանցվում են միայն այն դեպքում, երբ դա անհրաժեշտ է միջգրադարանային բաժանորդագրության հայտը կատարելու համար, և միայն այն ծավալով, որքան պահանջում է գործընկեր գրադարանը։

## 6. Տեսահսկում

Ընթերցասրահներում, գրապահոցի մուտքի մոտ և միջանցքներում գործում է տեսահսկում՝ գույքի պահպանության և այցելուների անվտանգության նպատակով։ Տեսագրությունները պահվում են 30 օր, որից հետո ավտոմատ կերպով ջնջվում են, եթե անհրաժեշտ չեն միջադեպի քննության համար։ Տեսահսկման գոտիները նշված են համապատասխան ցուցանակներով։ Տեսագրություններին հասանելիություն ունեն միայն համալսարանի անվտանգության ծառայության լիազորված աշխատակիցները, և դրանք երրորդ անձանց տրամադրվում են միայն իրավապահ մարմինների գրավոր պահանջով։

## 7. Cookie ֆայլեր

Կայքն օգտագործում է սեսիայի cookie ֆայլ (PHPSESSID), որն անհրաժեշտ է էլեկտրոնային կատալոգում և անձնական էջում աշխատելու համար, ինչպես նաև՝ Ձեր համաձայնության դեպքում, վերլուծական cookie ֆայլեր (Google Analytics, Yandex Metrica)։ Վերլուծական cookie ֆայլերից կարող եք հրաժարվել կայքի ստորին հատվածի «Cookie կարգավորումներ» հղումով կամ զննարկչի կարգավորումներում։

## 8. Ձեր իրավունքները

Դուք իրավունք ունեք՝

- ստանալ տեղեկություններ Ձեր անձնական տվյալների մշակման մասին և դրանց պատճենը;
- պահանջել ուղղել կամ լրացնել ոչ ճշգրիտ կամ թերի տվյալները;
- պահանջել ոչնչացնել տվյալները կամ դադարեցնել դրանց մշակումը, եթե դրանց պահպանման հիմքը վերացել է;
- ցանկացած պահի հետ կանչել Ձեր համաձայնությունը;
- բողոքարկել մշակումը Անձնական տվյալների պաշտպանության գործակալությունում կամ դատարանում։

Դիմումը կարող եք ներկայացնել գրադարանի սպասարկման բաժնում՝ անձը հաստատող փաստաթղթով, կամ ուղարկել [privacy.library@ytu.am](mailto:privacy.library@ytu.am) հասցեով։ Պատասխանում ենք 10 աշխատանքային օրվա ընթացքում։ Եթե դիմումը բարդ է կամ պահանջում է տվյալներ մի քանի համակարգերից, ժամկետը կարող է երկարաձգվել, որի մասին Ձեզ կտեղեկացնենք։ Ընթերցողական տոմսի տվյալները կարող եք նաև ինքնուրույն ստուգել և թարմացնել Koha համակարգի Ձեր անձնական էջում։

## 9. Տվյալների անվտանգություն

Գրադարանային համակարգը տեղակայված է համալսարանի տվյալների կենտրոնում, մուտքը պաշտպանված է գաղտնաբառով և հասանելի է միայն այն աշխատակիցներին, որոնց դա անհրաժեշտ է աշխատանքի համար։ Կայքի հետ կապը կոդավորված է (HTTPS), իսկ պահուստային պատճենները պահվում են առանձին սերվերում։

## 10. Քաղաքականության փոփոխություններ

Գրադարանը կարող է թարմացնել սույն քաղաքականությունը։ Էական փոփոխությունների մասին կտեղեկացնենք կայքի «Նորություններ» բաժնում և ընթերցասրահների հայտարարությունների տախտակներին։ Քաղաքականության գործող տարբերակը միշտ հասանելի է այս էջում և գրադարանի սպասարկման բաժնում՝ տպագիր տեսքով։
"""

EDITS = [
    {"note": "typo fixed in the introduction (գաղտնիությոնը -> գաղտնիությունը), date kept", "bump": False,
     "repl": [("անձնական կյանքի գաղտնիությոնը։", "անձնական կյանքի գաղտնիությունը։")]},
    {"note": "iThenticate (Turnitin) added to the recipients list for thesis similarity checks",
     "repl": [("- պետական մարմիններին՝ օրենքով սահմանված դեպքերում և կարգով։",
               "- Turnitin LLC ընկերությանը (iThenticate)՝ ատենախոսությունների և հոդվածների ձեռագրերի "
               "համընկնումների ստուգման համար, միայն հեղինակի դիմումի հիման վրա;\n"
               "- պետական մարմիններին՝ օրենքով սահմանված դեպքերում և կարգով։")]},
    {"note": "CCTV recordings now kept 15 days instead of 30",
     "repl": [("Տեսագրությունները պահվում են 30 օր,", "Տեսագրությունները պահվում են 15 օր,")]},
    {"note": "library moved to building 5: address and phone changed",
     "repl": [("@ ՀՀ, ք. Երևան 0033, Հր. Քոչարի փողոց 21, մասնաշենք 3\n@ Հեռ.՝ +374 10 55 42 18",
               "@ ՀՀ, ք. Երևան 0033, Հր. Քոչարի փողոց 21, մասնաշենք 5\n@ Հեռ.՝ +374 10 55 43 07")]},
    {"note": "new section on RFID self-service kiosks (renumbering the following sections)",
     "repl": [("## 10. Քաղաքականության փոփոխություններ", "## 11. Քաղաքականության փոփոխություններ"),
              ("## 9. Տվյալների անվտանգություն", "## 10. Տվյալների անվտանգություն"),
              ("## 8. Ձեր իրավունքները", "## 9. Ձեր իրավունքները"),
              ("## 7. Cookie ֆայլեր",
               "## 7. Ինքնասպասարկման կայաններ\n\n"
               "Գրադարանի մուտքի մոտ տեղադրված RFID ինքնասպասարկման կայաններում գրքեր վերցնելիս կամ վերադարձնելիս "
               "կայանը կարդում է Ձեր ընթերցողական տոմսի համարը և գրքի պիտակը։ Կայանը տվյալները փոխանցում է "
               "անմիջապես Koha համակարգին և ինքը չի պահում դրանք։ Կայանի տպած անդորրագիրը պարունակում է միայն "
               "գրքերի վերնագրերն ու վերադարձի ժամկետները՝ առանց Ձեր անվան։\n\n"
               "## 8. Cookie ֆայլեր")]},
]

BOOKS = [
    ("Ա. Սարգսյան", "Կիրառական մաթեմատիկական վերլուծություն"),
    ("Robert C. Martin", "Clean Architecture"),
    ("Գ. Հովհաննիսյան", "Նյութագիտության հիմունքներ"),
    ("Ian Goodfellow et al.", "Deep Learning"),
    ("Լ. Մկրտչյան", "Հայաստանի էներգետիկ համակարգը. 1991–2021"),
    ("Charles Kittel", "Introduction to Solid State Physics"),
    ("Ս. Պետրոսյան", "Շինարարական կոնստրուկցիաներ"),
    ("Andrew S. Tanenbaum", "Computer Networks"),
    ("Մ. Գրիգորյան", "Քիմիական տեխնոլոգիայի գործընթացներ"),
    ("Richard Feynman", "The Feynman Lectures on Physics, Vol. II"),
    ("Ն. Աբրահամյան", "Տեխնիկական գծագրություն"),
]

HOURS = {0: (9, 20), 1: (9, 20), 2: (9, 20), 3: (9, 20), 4: (9, 20), 5: (10, 16), 6: None}
WEEKDAYS = ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"]


def noise(rng, when, i, prev):
    prev = prev or {}
    local = when + dt.timedelta(hours=4)
    hours = HOURS[local.weekday()]
    open_now = bool(hours) and hours[0] <= local.hour < hours[1]
    seats = rng.randint(4, 118) if open_now else None
    base_views = 2140 + (when.date() - dt.date(2021, 9, 1)).days * 3
    views = base_views + rng.randint(0, 40)
    mod = prev.get("modified")
    if mod is None or rng.random() < 0.08:
        m = when - dt.timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 1400))
        mod = m.strftime("%d.%m.%Y %H:%M")
    return {
        "sessid": C.hexs(rng, 32),
        "server_time": C.epoch(when),
        "status": (local.weekday(), open_now, seats),
        "views": views,
        "modified": mod,
        "books": C.keep_or(rng, prev.get("books"), 0.3, lambda: tuple(rng.sample(range(len(BOOKS)), 4))),
        "bust": C.keep_or(rng, prev.get("bust"), 0.1,
                          lambda: tuple(C.epoch(when) - rng.randint(3600, 3000000) for _ in range(3))),
        "cachehash": C.keep_or(rng, prev.get("cachehash"), 0.1, lambda: (C.hexs(rng, 32), C.hexs(rng, 32))),
    }


LABELS = {"sessid": "bitrix_sessid", "server_time": "BX SERVER_TIME", "status": "opening hours / free seats line",
          "views": "view counter inside .news-detail (removed)", "modified": "element modified stamp (removed)",
          "books": "new acquisitions carousel", "bust": "CSS/JS ?timestamp cache-busters",
          "cachehash": "Bitrix compiled bundle hashes"}


def table_html(rows):
    head = "<tr>%s</tr>" % "".join("<td><b>%s</b></td>" % C.inline_html(x) for x in rows[0])
    body = "".join("\n<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in rows[1:])
    return ('<table border="1" cellpadding="5" cellspacing="0" class="doc-table">\n<tbody>\n%s%s\n</tbody>\n</table>'
            % (head, body))


def detail_text(blocks):
    out = []
    for b in blocks[1:]:
        if b[0] == "table":
            out.append(table_html(b[1]))
        elif b[0] == "addr":
            out.append("<p>\n\t %s\n</p>" % "<br>\n\t ".join(C.inline_html(x) for x in b[1]))
        elif b[0] in ("ul", "ol"):
            out.append("<%s>\n%s\n</%s>" % (b[0], "\n".join("\t<li>%s</li>" % C.inline_html(x) for x in b[1]), b[0]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def render(s, blocks, when):
    b1, b2, b3 = s["bust"]
    h1, h2 = s["cachehash"]
    wd, open_now, seats = s["status"]
    hours = HOURS[wd]
    if hours:
        hours_txt = "Այսօր՝ %s, %02d:00–%02d:00" % (WEEKDAYS[wd], hours[0], hours[1])
    else:
        hours_txt = "Այսօր՝ %s, գրադարանը փակ է" % WEEKDAYS[wd]
    if open_now:
        status = ('<span class="lib-status lib-status--open">Բաց է</span> <span class="lib-seats">Ընթերցասրահում ազատ '
                  'տեղեր՝ <b>%d</b> / 120</span>' % seats)
    else:
        status = '<span class="lib-status lib-status--closed">Փակ է</span>'
    books = "\n".join(
        '<div class="new-books__item swiper-slide"><a href="/catalog/new/%d/"><img src="/upload/iblock/%s/cover_%d.jpg" '
        'alt="" loading="lazy"><span class="new-books__author">%s</span><span class="new-books__title">%s</span></a></div>'
        % (3100 + k, C.det_sha("cover", k)[:3], 3100 + k, html.escape(BOOKS[k][0]), html.escape(BOOKS[k][1]))
        for k in s["books"])
    title = blocks[0][1]
    return """<!DOCTYPE html>
<html xml:lang="hy" lang="hy">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<title>%(title)s</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="գրադարան, անձնական տվյալներ, գաղտնիություն" />
<meta name="description" content="Գրադարանի անձնական տվյալների պաշտպանության քաղաքականություն" />
<script data-skip-moving="true">(function(w, d, n) {var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){return;}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){cl += " bx-ios";}else if (/Windows/i.test(ua)){cl += ' bx-win';}else if (/Macintosh/i.test(ua)){cl += " bx-mac";}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){cl += " bx-linux";}else if (/Android/i.test(ua)){cl += " bx-android";}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";var ieVersion = -1;if (/AppleWebKit/.test(ua)){cl += " bx-chrome";}else if (/Opera/.test(ua)){cl += " bx-opera";}else if (/Firefox/.test(ua)){cl += " bx-firefox";}ht.className = htc ? htc + " " + cl : cl;})(window, document, navigator);</script>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?%(b1)d23233" type="text/css"  rel="stylesheet" />
<link href="/bitrix/js/ui/fonts/opensans/ui.font.opensans.min.css?%(b1)d2320" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/library/page_%(h1)s/page_%(h1)s_v1.css?%(b2)d1853" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/library/template_%(h2)s/template_%(h2)s_v1.css?%(b2)d48211" type="text/css"  data-template-style="true" rel="stylesheet" />
<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script>(window.BX||top.BX).message({"JS_CORE_LOADING":"Բեռնվում է...","JS_CORE_NO_DATA":"- Տվյալներ չկան -","JS_CORE_WINDOW_CLOSE":"Փակել","JS_CORE_WINDOW_EXPAND":"Ընդլայնել","JS_CORE_WINDOW_NARROW":"Նեղացնել","JS_CORE_WINDOW_SAVE":"Պահպանել","JS_CORE_WINDOW_CANCEL":"Չեղարկել","JS_CORE_WINDOW_CONTINUE":"Շարունակել","JS_CORE_H":"ժ","JS_CORE_M":"ր","JS_CORE_S":"վ","JSADM_AI_HIDE_EXTRA":"Թաքցնել","JSADM_AI_ALL_NOTIF":"Բոլորը","JSADM_AUTH_REQ":"Պահանջվում է նույնականացում","JS_CORE_WINDOW_AUTH":"Մուտք","JS_CORE_IMAGE_FULL":"Լրիվ չափս"});</script>
<script>(window.BX||top.BX).message({"LANGUAGE_ID":"hy","FORMAT_DATE":"DD.MM.YYYY","FORMAT_DATETIME":"DD.MM.YYYY HH:MI:SS","COOKIE_PREFIX":"BITRIX_SM","SERVER_TZ_OFFSET":"14400","UTF_MODE":"Y","SITE_ID":"s1","SITE_DIR":"\\/","USER_ID":"","SERVER_TIME":%(server_time)d,"USER_TZ_OFFSET":0,"USER_TZ_AUTO":"Y","bitrix_sessid":"%(sessid)s"});</script>
<script src="/bitrix/cache/js/s1/library/kernel_main/kernel_main_v1.js?%(b3)d158213"></script>
<script src="/bitrix/js/main/core/core_ls.min.js?%(b1)d2683"></script>
<script src="/bitrix/cache/js/s1/library/kernel_main_polyfill_customevent/kernel_main_polyfill_customevent_v1.js?%(b3)d1574"></script>
<script>BX.setJSList(["\\/bitrix\\/js\\/main\\/core\\/core_ls.js","\\/local\\/templates\\/library\\/js\\/swiper-bundle.min.js","\\/local\\/templates\\/library\\/js\\/script.js"]);</script>
<script>BX.setCSSList(["\\/local\\/templates\\/library\\/components\\/bitrix\\/news.detail\\/documents\\/style.css","\\/local\\/templates\\/library\\/styles.css","\\/local\\/templates\\/library\\/template_styles.css"]);</script>
<script src="/bitrix/cache/js/s1/library/template_%(h2)s/template_%(h2)s_v1.js?%(b2)d98412"></script>
<!-- Yandex.Metrika counter -->
<script type="text/javascript" >
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();
   for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }}
   k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym(87412093, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true});
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/87412093" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
</head>
<body>
<div id="panel"></div>
<header class="header">
	<div class="header__top">
		<div class="container">
			<div class="header__status">%(hours_txt)s · %(status)s</div>
			<div class="header__lang"><a href="/" class="active">Հայ</a> <a href="/en/">Eng</a> <a href="/ru/">Рус</a></div>
		</div>
	</div>
	<div class="header__main container">
		<a href="/" class="header__logo"><img src="/local/templates/library/images/logo-ytu-library.svg" alt="ԵՏՀ գիտական գրադարան"></a>
		<form action="/search/" class="header__search"><input type="text" name="q" value="" placeholder="Որոնում կայքում և կատալոգում"><button type="submit" name="s">Որոնել</button></form>
		<a href="https://koha.library.ytu.am/cgi-bin/koha/opac-user.pl" class="header__account">Անձնական էջ</a>
	</div>
	<nav class="header__menu container">
		<ul id="horizontal-multilevel-menu">
			<li><a href="/about/" class="root-item-selected">Գրադարանի մասին</a></li>
			<li><a href="https://koha.library.ytu.am/" class="root-item">Էլեկտրոնային կատալոգ</a></li>
			<li><a href="/resources/" class="root-item">Էլեկտրոնային ռեսուրսներ</a></li>
			<li><a href="/services/" class="root-item">Ծառայություններ</a></li>
			<li><a href="/repository/" class="root-item">Ինստիտուցիոնալ շտեմարան</a></li>
			<li><a href="/news/" class="root-item">Նորություններ</a></li>
			<li><a href="/contacts/" class="root-item">Կապ</a></li>
		</ul>
		<div class="menu-clear-left"></div>
	</nav>
</header>
<div class="page container">
	<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				<a href="/" title="Գլխավոր" itemprop="item">
					<span itemprop="name">Գլխավոր</span>
				</a>
				<meta itemprop="position" content="1" />
			</div>
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				<i class="fa fa-angle-right"></i>
				<a href="/about/" title="Գրադարանի մասին" itemprop="item">
					<span itemprop="name">Գրադարանի մասին</span>
				</a>
				<meta itemprop="position" content="2" />
			</div>
			<div class="bx-breadcrumb-item">
				<i class="fa fa-angle-right"></i>
				<span>Փաստաթղթեր</span>
			</div><div style="clear:both"></div></div>
	<div class="page__layout">
		<div class="page__content">
			<h1 id="pagetitle">%(title)s</h1>
			<div class="workarea">
<div class="news-detail doc-detail" id="bx_3218110189_245">
	<div class="doc-detail__meta">
		<span class="news-date-time">Հրապարակվել է՝ 01.09.2021</span>
		<span class="doc-detail__modified">Թարմացվել է՝ %(modified)s</span>
		<span class="doc-detail__views" title="Դիտումներ"><i class="fa fa-eye"></i> %(views)d</span>
	</div>
	<div class="doc-detail__text">
%(text)s
	</div>
	<div style="clear:both"></div>
</div>
			</div>
		</div>
		<aside class="page__sidebar">
			<div class="side-menu">
				<ul>
					<li><a href="/about/history/">Պատմություն</a></li>
					<li><a href="/about/rules/">Օգտվելու կանոններ</a></li>
					<li><a href="/about/documents/">Փաստաթղթեր</a></li>
					<li><a href="/about/staff/">Աշխատակազմ</a></li>
					<li><a href="/about/hours/">Աշխատանքային ժամեր</a></li>
				</ul>
			</div>
		</aside>
	</div>
</div>
<section class="new-books">
	<div class="container">
		<h2 class="new-books__heading">Նոր ստացումներ</h2>
		<div class="swiper new-books__slider"><div class="swiper-wrapper">
%(books)s
		</div><div class="swiper-pagination"></div></div>
		<a href="/catalog/new/" class="btn btn--outline">Բոլոր նոր ստացումները</a>
	</div>
</section>
<footer class="footer">
	<div class="container footer__grid">
		<div class="footer__col">
			<p class="footer__name">ԵՏՀ գիտական գրադարան</p>
			<p>Հր. Քոչարի փ. 21, Երևան 0033<br>Հեռ.՝ +374 10 55 42 00<br><a href="mailto:library@ytu.am">library@ytu.am</a></p>
		</div>
		<div class="footer__col">
			<ul class="footer__links">
				<li><a href="/about/privacy/">Անձնական տվյալների պաշտպանություն</a></li>
				<li><a href="/about/rules/">Գրադարանից օգտվելու կանոններ</a></li>
				<li><a href="#" class="js-cookie-settings">Cookie կարգավորումներ</a></li>
			</ul>
		</div>
		<div class="footer__col footer__social">
			<a href="https://www.facebook.com/ytulibrary" target="_blank" rel="noopener">Facebook</a>
			<a href="https://t.me/ytulibrary" target="_blank" rel="noopener">Telegram</a>
		</div>
	</div>
	<div class="footer__bottom container">© %(year)d ԵՏՀ գիտական գրադարան · Կայքը՝ 1C-Bitrix</div>
</footer>
</body>
</html>
""" % {"title": html.escape(title), "b1": b1, "b2": b2, "b3": b3, "h1": h1, "h2": h2, "sessid": s["sessid"],
       "server_time": s["server_time"], "hours_txt": hours_txt, "status": status, "modified": s["modified"],
       "views": s["views"], "text": detail_text(blocks), "books": books, "year": when.year}


PAGE = {
    "service": "YTU Library",
    "url": "https://library.ytu.am/about/privacy/",
    "lang": "hy",
    "platform": "1C-Bitrix (news.detail component, custom template)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (c9a1e4b7d2f05e3a8b6c1d0e9f7a2b4c)"),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("P3P", 'policyref="/bitrix/p3p.xml", CP="NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA"')),
    "n": 29,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2024, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 8, 27),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://library.ytu.am/about/privacy/", "select": ["#pagetitle", ".news-detail"],
                    "remove": ".doc-detail__meta"},
}
