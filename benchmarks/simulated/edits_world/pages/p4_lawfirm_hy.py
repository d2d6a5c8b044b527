"""Vardanyan & Partners - hy law firm - Hugo static site behind Cloudflare; footnotes by a site shortcode.

Legal references are footnotes: a superscript reference in the text (<sup><a href="#fn-N">N</a></sup>) and a
footnote paragraph at the end of the article (<p id="fn-N"><a href="#ref-N">N</a> ...</p>). The policy is wrapped
in <!--email_off--> so that Cloudflare leaves its e-mail addresses alone.

Noise (a quiet, well-built page): Cloudflare e-mail obfuscation of the footer's address (a new key, hence a new
/cdn-cgi/l/email-protection#... hash, on every response) and Hugo's fingerprinted CSS/JS file names (deploys).

Real edits (6): a number in a footnote (article 25 -> 24); capitalisation-only change of the defined term
"Ընկերություն", date not bumped; postal address of the data-protection contact changed; one sentence deleted; the
data-protection agency's link target changed, anchor unchanged, date not bumped; a footnote added (new reference
in the text and a new footnote paragraph).
"""
import datetime as dt
import re
import common as C

URL = "https://www.vardanyan-law.am/hy/privacy/"
AMISNER = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
           "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]


def fmt_date(d):
    return "%d թ. %s %d" % (d.year, AMISNER[d.month - 1], d.day)


POLICY = """
# Գաղտնիության քաղաքականություն

Վերջին թարմացում՝ {UPDATED}

«Վարդանյան և գործընկերներ» իրավաբանական ընկերությունը (այսուհետ՝ Ընկերություն) հարգում է իր հաճախորդների, գործընկերների և կայքի այցելուների անձնական կյանքի գաղտնիությունը։ Սույն քաղաքականությունը սահմանում է, թե ինչպես ենք մշակում անձնական տվյալները՝ «Անձնական տվյալների պաշտպանության մասին» ՀՀ օրենքի{^1} և փաստաբանական գաղտնիքի պահանջներին{^2} համապատասխան։

## 1. Տվյալների մշակողը

@ «Վարդանյան և գործընկերներ» ՍՊԸ
@ Տվյալների պաշտպանության պատասխանատու՝ Անի Մկրտչյան
@ ՀՀ, Երևան 0010, Վազգեն Սարգսյանի փ. 10, 5-րդ հարկ
@ Էլ. փոստ՝ [privacy@vardanyan-law.am](mailto:privacy@vardanyan-law.am)
@ Հեռ.՝ +374 10 51 23 45

## 2. Ինչ տվյալներ ենք մշակում

- Հաճախորդների նույնականացման տվյալներ՝ անուն, ազգանուն, անձնագրի կամ նույնականացման քարտի տվյալներ, հանրային ծառայությունների համարանիշ (ՀԾՀ)։
- Կոնտակտային տվյալներ՝ հեռախոսահամար, էլեկտրոնային փոստի հասցե, բնակության հասցե։
- Գործի հետ կապված տվյալներ՝ փաստաթղթեր, նամակագրություն, դատական ակտեր, որոնք կարող են պարունակել նաև հատուկ կատեգորիայի անձնական տվյալներ։
- Վճարումների և հաշիվ-ապրանքագրերի տվյալներ։
- Կայքի այցելուների տեխնիկական տվյալներ՝ IP հասցե, դիտարկիչի տեսակ, այցելության ժամանակ։

## 3. Մշակման նպատակները և իրավական հիմքերը

Տվյալները մշակում ենք իրավաբանական ծառայությունների մատուցման պայմանագիրը կատարելու, շահերի բախման ստուգում իրականացնելու, փողերի լվացման և ահաբեկչության ֆինանսավորման դեմ պայքարի մասին օրենսդրությամբ{^3} սահմանված պարտականությունները կատարելու, ինչպես նաև մեր օրինական շահերից ելնելով՝ մեր իրավունքները պաշտպանելու նպատակով։ Տեղեկագրեր և միջոցառումների հրավերներ ուղարկում ենք միայն ձեր համաձայնությամբ։

## 4. Փաստաբանական գաղտնիք

Ձեր կողմից տրամադրված ողջ տեղեկատվությունը պահպանվում է որպես փաստաբանական գաղտնիք և չի կարող բացահայտվել երրորդ անձանց՝ բացառությամբ օրենքով ուղղակիորեն նախատեսված դեպքերի։ Գաղտնիության պարտավորություն են ստորագրել ընկերության բոլոր աշխատակիցները, այդ թվում՝ օգնականներն ու պրակտիկանտները։

## 5. Տվյալների փոխանցում

Տվյալները կարող ենք փոխանցել դատարաններին, նոտարներին, պետական մարմիններին, փորձագետներին և թարգմանիչներին՝ միայն այն չափով, որքանով դա անհրաժեշտ է ձեր գործը վարելու համար։ Մեր էլեկտրոնային փոստը և փաստաթղթերի պահոցը սպասարկվում են Microsoft 365 ամպային ծառայության միջոցով, որի սերվերները գտնվում են Եվրոպական միությունում։ Մենք երբեք չենք վաճառում ձեր տվյալները։

## 6. Պահպանման ժամկետները

Գործի նյութերը պահպանում ենք գործի ավարտից հետո 5 տարի, իսկ հաշվապահական փաստաթղթերը՝ օրենքով սահմանված ժամկետներում։ Փողերի լվացման դեմ պայքարի նպատակով հավաքված տվյալները պահպանվում են գործարար հարաբերությունների ավարտից հետո առնվազն 5 տարի։ Կայքի տեխնիկական տվյալները ջնջվում են 30 օրվա ընթացքում։

## 7. Թխուկներ

Մեր կայքը օգտագործում է միայն անհրաժեշտ թխուկներ և Cloudflare-ի անվտանգության թխուկներ։ Վերլուծական կամ գովազդային թխուկներ չենք օգտագործում։

## 8. Ձեր իրավունքները

Դուք իրավունք ունեք ծանոթանալու ձեր մասին մշակվող տվյալներին, պահանջելու դրանց ուղղումը, արգելափակումը կամ ոչնչացումը, ինչպես նաև ցանկացած պահի հետ կանչելու ձեր համաձայնությունը։ Հարցումներին պատասխանում ենք օրենքով սահմանված ժամկետում։

Եթե կարծում եք, որ ձեր իրավունքները խախտվել են, կարող եք բողոք ներկայացնել [Անձնական տվյալների պաշտպանության գործակալությանը](https://www.moj.am/structures/view/structure/33)։

## 9. Տվյալների անվտանգությունը

Ընկերությունը կիրառում է տեխնիկական և կազմակերպչական միջոցներ՝ տվյալները պատահական կամ ապօրինի ոչնչացումից, փոփոխումից և բացահայտումից պաշտպանելու համար։ Գործերի էլեկտրոնային նյութերը հասանելի են միայն տվյալ գործով զբաղվող փաստաբաններին, իսկ թղթային արխիվը պահվում է փակվող պահարաններում։ Հաճախորդների հետ գաղտնի փաստաթղթերը փոխանակում ենք գաղտնագրված հղումներով։

## 10. Քաղաքականության փոփոխությունները

Սույն քաղաքականությունը կարող է թարմացվել օրենսդրության կամ մեր աշխատանքային գործընթացների փոփոխության դեպքում։ Գործող տարբերակը միշտ հրապարակված է այս էջում, իսկ էական փոփոխությունների մասին ընթացիկ հաճախորդներին կտեղեկացնենք էլեկտրոնային փոստով։

::footnotes

- {1} «Անձնական տվյալների պաշտպանության մասին» ՀՀ օրենք, ընդունված 2015 թ. մայիսի 18-ին, ՀՕ-49-Ն։
- {2} «Փաստաբանության մասին» ՀՀ օրենք, հոդված 25՝ փաստաբանական գաղտնիք։
- {3} «Փողերի լվացման և ահաբեկչության ֆինանսավորման դեմ պայքարի մասին» ՀՀ օրենք, հոդված 3։
"""

EDITS = [
    {"note": "footnote: article number corrected (article 25 -> 24) in footnote 2",
     "repl": [("ՀՀ օրենք, հոդված 25՝", "ՀՀ օրենք, հոդված 24՝")]},
    {"note": "capitalisation only: defined term 'ընկերության' -> 'Ընկերության' (date not bumped)", "bump": False,
     "repl": [("ստորագրել ընկերության բոլոր", "ստորագրել Ընկերության բոլոր")]},
    {"note": "postal address of the data-protection contact changed (office moved: Vazgen Sargsyan 10 -> Martiros Saryan 22)",
     "repl": [("@ ՀՀ, Երևան 0010, Վազգեն Սարգսյանի փ. 10, 5-րդ հարկ", "@ ՀՀ, Երևան 0002, Մարտիրոս Սարյանի փ. 22, 3-րդ հարկ")]},
    {"note": "one sentence deleted (newsletters and event invitations only with consent)",
     "repl": [("պաշտպանելու նպատակով։ Տեղեկագրեր և միջոցառումների հրավերներ ուղարկում ենք միայն ձեր համաձայնությամբ։",
               "պաշտպանելու նպատակով։")]},
    {"note": "link target only: complaint link to the data protection agency moved to its own domain (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://www.moj.am/structures/view/structure/33)", "(https://www.dataprotection.am/hy/complaints)")]},
    {"note": "footnote added: reference {^4} after 'European Union' and footnote 4 (art. 27, cross-border transfers)",
     "repl": [("գտնվում են Եվրոպական միությունում։", "գտնվում են Եվրոպական միությունում{^4}։"),
              ("ՀՀ օրենք, հոդված 3։\n",
               "ՀՀ օրենք, հոդված 3։\n- {4} «Անձնական տվյալների պաշտպանության մասին» ՀՀ օրենք, հոդված 27՝ անձնական տվյալների փոխանցումն այլ պետություններ։\n")]},
]

FNREF = re.compile(r"\{\^(\d+)\}")


def ext(blocks):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b == ("p", "::footnotes"):
            out.append(("fn", [re.match(r"\{(\d+)\} (.*)", it).groups() for it in blocks[i + 1][1]]))
            i += 2
        else:
            out.append(b)
            i += 1
    return out


def bhtml(bl):
    parts = []
    for b in bl:
        if b[0] == "fn":
            parts.append('<aside class="footnotes" role="doc-endnotes"><hr />\n%s\n</aside>' % "\n".join(
                '<p class="footnote" id="fn-%s"><a href="#ref-%s" class="footnote__back">%s</a> %s</p>'
                % (n, n, n, C.inline_html(t)) for n, t in b[1]))
        else:
            parts.append(FNREF.sub(r'<sup class="footnote-ref" id="ref-\1"><a href="#fn-\1">\1</a></sup>',
                                   C.block_html(b)))
    return "\n".join(parts)


def gold_md(blocks):
    out = []
    for b in ext(blocks):
        if b[0] == "fn":
            out.extend("[%s](%s#ref-%s) %s" % (n, URL, n, C.inline_md(t, URL)) for n, t in b[1])
        else:
            out.append(FNREF.sub(lambda m: "[%s](%s#fn-%s)" % (m.group(1), URL, m.group(1)), C.block_md(b, URL)))
    return "\n\n".join(out)


def cf_email(rng, addr):
    key = rng.randrange(256)
    return "%02x" % key + "".join("%02x" % (ord(c) ^ key) for c in addr)


def noise(rng, when, i, prev):
    s = {}
    s["cf_email"] = cf_email(rng, "office@vardanyan-law.am")
    s["fingerprint"] = C.keep_or(rng, (prev or {}).get("fingerprint"), 0.18, lambda: (C.hexs(rng, 64), C.hexs(rng, 64)))
    return s


LABELS = {"cf_email": "Cloudflare e-mail obfuscation hash of the footer address (per response)",
          "fingerprint": "Hugo fingerprinted CSS/JS names + SRI (deploys)"}


def render(s, blocks, when):
    css, js = s["fingerprint"]
    body = bhtml(ext(blocks[1:]))
    office = [b for b in blocks if b[0] == "addr"][0][1][2].replace("ՀՀ, ", "")  # footer repeats the office address
    return ('<!doctype html>\n<html lang="hy">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="Hugo 0.111.3">\n'
            '<title>Գաղտնիության քաղաքականություն | Վարդանյան և գործընկերներ</title>\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="alternate" hreflang="en" href="https://www.vardanyan-law.am/en/privacy/">\n'
            '<link rel="alternate" hreflang="ru" href="https://www.vardanyan-law.am/ru/privacy/">\n'
            '<link rel="stylesheet" href="/css/main.min.%s.css" integrity="sha256-%s" crossorigin="anonymous">\n'
            '</head>\n<body class="page page--privacy">\n'
            '<header class="site-header"><div class="container">'
            '<a class="brand" href="/hy/"><img src="/img/logo-vp.svg" alt="Վարդանյան և գործընկերներ" width="200" height="48"></a>'
            '<nav class="nav" aria-label="Հիմնական"><ul><li><a href="/hy/about/">Ընկերության մասին</a></li><li><a href="/hy/practice/">Ծառայություններ</a></li>'
            '<li><a href="/hy/team/">Թիմ</a></li><li><a href="/hy/insights/">Հրապարակումներ</a></li><li><a href="/hy/contact/">Կապ</a></li></ul></nav>'
            '<ul class="lang-switch"><li class="active">ՀԱՅ</li><li><a href="/en/privacy/">ENG</a></li><li><a href="/ru/privacy/">РУС</a></li></ul>'
            '</div></header>\n'
            '<main id="main">\n<!--email_off-->\n<article class="page-body container">\n'
            '<h1 class="page-title">%s</h1>\n<div class="prose">\n%s\n</div>\n</article>\n<!--/email_off-->\n</main>\n'
            '<footer class="site-footer"><div class="container">'
            '<p>%s · +374 10 51 23 45 · '
            '<a href="/cdn-cgi/l/email-protection#%s"><span class="__cf_email__" data-cfemail="%s">[email&#160;protected]</span></a></p>'
            '<p>© 2014–%d «Վարդանյան և գործընկերներ» ՍՊԸ · <a href="/hy/privacy/">Գաղտնիություն</a> · <a href="/hy/terms/">Օգտագործման պայմաններ</a></p>'
            '</div></footer>\n'
            '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'
            '<script src="/js/site.min.%s.js" integrity="sha256-%s" crossorigin="anonymous" defer></script>\n'
            '</body>\n</html>\n') % (
        URL, css, css[:43] + "=", C.inline_html(blocks[0][1]), body, office, s["cf_email"], s["cf_email"], when.year, js,
        js[:43] + "=")


PAGE = {
    "service": "Vardanyan and Partners", "url": URL, "lang": "hy", "platform": "Hugo static site + Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "n": 28, "start": dt.date(2020, 6, 15), "end": dt.date(2024, 12, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 2, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["article.page-body"]},
}
