"""Tonle Mobile - km mobile carrier (MVNO) - Zendesk Guide help-centre article (Copenhagen theme).

Khmer runs words together (spaces only between phrases), so one inserted word or one changed digit changes a long
run of letters. Retention periods are a <table> in the article body.

Noise (a quiet, well-built page): the per-session authenticity_token of the article's vote and follow forms, and
the article header's "updated" timestamp (Zendesk's edited_at, which also moves when an agent re-saves the article
without touching the text). Both are outside .article-body.

Real edits (7): a number in a <td> (CDR kept 12 -> 24 months); a <table> row removed; one digit of the hotline
number, date not bumped; the "last updated" date bumped alone; one sentence deleted; "មិន" (not) inserted,
reversing a sentence; the marketing opt-out link target changed, anchor unchanged, date not bumped.
"""
import datetime as dt
import common as C

URL = "https://help.tonlemobile.com.kh/hc/km/articles/4410027735121"
KHE = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
KHD = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def fmt_date(d):
    return ("ថ្ងៃទី%d ខែ%s ឆ្នាំ%d" % (d.day, KHE[d.month - 1], d.year)).translate(KHD)


POLICY = """
# គោលការណ៍ឯកជនភាព

ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ {UPDATED}

ក្រុមហ៊ុន តន្លេ ម៉ូបាល ឯ.ក (ហៅកាត់ថា «តន្លេ ម៉ូបាល» ឬ «យើង») គឺជាប្រតិបត្តិករបណ្តាញទូរស័ព្ទចល័តនិម្មិត (MVNO) ដែលផ្តល់សេវាទូរស័ព្ទ និងអ៊ីនធឺណិតចល័តនៅក្នុងព្រះរាជាណាចក្រកម្ពុជា។ គោលការណ៍នេះពន្យល់អំពីរបៀបដែលយើងប្រមូល ប្រើប្រាស់ រក្សាទុក និងការពារព័ត៌មានផ្ទាល់ខ្លួនរបស់អតិថិជន នៅពេលអ្នកប្រើស៊ីមកាត កម្មវិធី MyTonle គេហទំព័រ និងមជ្ឈមណ្ឌលសេវាអតិថិជនរបស់យើង។

## ១. ព័ត៌មានដែលយើងប្រមូល

- ព័ត៌មានចុះឈ្មោះស៊ីមកាត៖ ឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត លេខអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែន និងរូបថតឯកសារ តាមតម្រូវការរបស់ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍។
- ព័ត៌មានទំនាក់ទំនង៖ លេខទូរស័ព្ទ អាសយដ្ឋាន និងអ៊ីមែល។
- ព័ត៌មានប្រើប្រាស់សេវា៖ កំណត់ត្រាការហៅ សារ SMS បរិមាណទិន្នន័យ និងប្រវត្តិបញ្ចូលលុយ (មិនរាប់បញ្ចូលខ្លឹមសារនៃការសន្ទនា ឬសារឡើយ)។
- ព័ត៌មានទីតាំង៖ អង់តែនដែលឧបករណ៍របស់អ្នកភ្ជាប់ ដែលចាំបាច់សម្រាប់ការផ្តល់សេវា។
- ព័ត៌មានទូទាត់៖ ប្រតិបត្តិការតាម ABA Pay, Wing និង KHQR។

## ២. គោលបំណងនៃការប្រើប្រាស់

យើងប្រើប្រាស់ព័ត៌មានរបស់អ្នកដើម្បីផ្តល់សេវា និងគិតថ្លៃសេវា ដើម្បីផ្ទៀងផ្ទាត់អត្តសញ្ញាណតាមច្បាប់ ដើម្បីការពារការក្លែងបន្លំ និងការប្រើប្រាស់ស៊ីមកាតខុសច្បាប់ ដើម្បីកែលម្អគុណភាពបណ្តាញ និងដើម្បីឆ្លើយតបនឹងសំណើរបស់អ្នក។ យើងផ្ញើសារផ្សព្វផ្សាយអំពីកញ្ចប់ថ្មីៗ លុះត្រាតែអ្នកមិនបានបដិសេធ។ អ្នកអាចបិទសារផ្សព្វផ្សាយបានគ្រប់ពេលតាម [ទំព័រកំណត់សារផ្សព្វផ្សាយ](https://www.tonlemobile.com.kh/optout)។

## ៣. ការចែករំលែកព័ត៌មាន

យើងចែករំលែកព័ត៌មានតែក្នុងករណីចាំបាច់ប៉ុណ្ណោះ ជាមួយប្រតិបត្តិករម្ចាស់ហេដ្ឋារចនាសម្ព័ន្ធបណ្តាញដែលយើងជួល ដៃគូទូទាត់ ភ្នាក់ងារលក់កាតបញ្ចូលលុយ និងអាជ្ញាធរមានសមត្ថកិច្ច នៅពេលមានដីកា ឬសំណើស្របច្បាប់។ យើងចែករំលែកលេខទូរស័ព្ទរបស់អ្នកជាមួយដៃគូផ្សាយពាណិជ្ជកម្មភាគីទីបី។

## ៤. រយៈពេលរក្សាទុក

| ប្រភេទព័ត៌មាន | រយៈពេលរក្សាទុក |
| ព័ត៌មានចុះឈ្មោះស៊ីមកាត | រយៈពេលប្រើប្រាស់សេវា និង ៥ ឆ្នាំបន្ទាប់ពីបិទលេខ |
| កំណត់ត្រាការហៅ និងទិន្នន័យ (CDR) | ១២ ខែ |
| ប្រវត្តិទូទាត់ និងវិក្កយបត្រ | ១០ ឆ្នាំ |
| ការថតសំឡេងការហៅទៅមជ្ឈមណ្ឌលសេវាអតិថិជន | ៦ ខែ |
| ទិន្នន័យទីតាំងសម្រាប់ការផ្សព្វផ្សាយ | ៣ ខែ |

## ៥. សុវត្ថិភាព

ទិន្នន័យរបស់អ្នកត្រូវបានរក្សាទុកនៅលើម៉ាស៊ីនមេក្នុងប្រទេសកម្ពុជា ហើយមានតែបុគ្គលិកដែលមានសិទ្ធិប៉ុណ្ណោះដែលអាចចូលមើលបាន។ យើងប្រើការអ៊ិនគ្រីប និងពិនិត្យកំណត់ហេតុនៃការចូលប្រើប្រាស់ជាប្រចាំ។ រាល់ការចូលមើលទិន្នន័យ CDR ត្រូវបានកត់ត្រា និងត្រួតពិនិត្យរៀងរាល់ខែ។

## ៦. ខូឃី និងកម្មវិធី MyTonle

គេហទំព័រ និងកម្មវិធី MyTonle ប្រើខូឃីចាំបាច់ និងឧបករណ៍វិភាគ (Google Analytics for Firebase) ដើម្បីយល់ពីរបៀបប្រើប្រាស់ និងកែលម្អសេវា។ អ្នកអាចបិទការវិភាគនៅក្នុងការកំណត់របស់កម្មវិធី។

## ៧. សិទ្ធិរបស់អ្នក

អ្នកមានសិទ្ធិស្នើសុំមើល កែតម្រូវ ឬលុបព័ត៌មានរបស់អ្នក ក្នុងកម្រិតដែលច្បាប់អនុញ្ញាត និងដកការយល់ព្រមលើការផ្សព្វផ្សាយវិញ។ យើងនឹងឆ្លើយតបនឹងសំណើរបស់អ្នកក្នុងរយៈពេល ៣០ ថ្ងៃ។ ប្រសិនបើអ្នកមិនពេញចិត្តនឹងការឆ្លើយតបរបស់យើង អ្នកអាចដាក់ពាក្យបណ្តឹងទៅ [និយ័តករទូរគមនាគមន៍កម្ពុជា](https://www.trc.gov.kh)។

## ៨. កុមារ

កុមារអាយុក្រោម ១៨ ឆ្នាំមិនអាចចុះឈ្មោះស៊ីមកាតដោយខ្លួនឯងបានទេ។ ស៊ីមកាតសម្រាប់កុមារត្រូវចុះឈ្មោះក្រោមឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាល ដែលទទួលខុសត្រូវលើការប្រើប្រាស់។

## ៩. ការផ្លាស់ប្តូរគោលការណ៍

យើងអាចធ្វើបច្ចុប្បន្នភាពគោលការណ៍នេះពីពេលមួយទៅពេលមួយ។ កាលបរិច្ឆេទធ្វើបច្ចុប្បន្នភាពចុងក្រោយត្រូវបានបង្ហាញនៅខាងលើអត្ថបទនេះ ហើយការផ្លាស់ប្តូរសំខាន់ៗនឹងត្រូវជូនដំណឹងតាមសារ SMS។

## ១០. ទំនាក់ទំនង

@ ក្រុមហ៊ុន តន្លេ ម៉ូបាល ឯ.ក
@ អគារលេខ ៨៨ មហាវិថីព្រះនរោត្តម ខណ្ឌដូនពេញ រាជធានីភ្នំពេញ
@ លេខទូរស័ព្ទសេវាអតិថិជន៖ ០២៣ ៩៩៩ ៨៨៨ ឬ ១២៣៤ (ឥតគិតថ្លៃពីលេខតន្លេ)
@ អ៊ីមែល៖ [privacy@tonlemobile.com.kh](mailto:privacy@tonlemobile.com.kh)
"""

EDITS = [
    {"note": "table cell number: CDR kept 24 months (was 12)",
     "repl": [("| ១២ ខែ |", "| ២៤ ខែ |")]},
    {"note": "table row removed: location data for marketing (3 months)",
     "repl": [("| ទិន្នន័យទីតាំងសម្រាប់ការផ្សព្វផ្សាយ | ៣ ខែ |\n", "")]},
    {"note": "hotline number: one digit changed (០២៣ ៩៩៩ ៨៨៨ -> ០២៣ ៩៩៩ ៨៨៩), date not bumped", "bump": False,
     "repl": [("៖ ០២៣ ៩៩៩ ៨៨៨ ឬ", "៖ ០២៣ ៩៩៩ ៨៨៩ ឬ")]},
    {"note": "'last updated' date bumped alone (no other change)", "repl": []},
    {"note": "one sentence deleted: monthly review of CDR access logs",
     "repl": [("ជាប្រចាំ។ រាល់ការចូលមើលទិន្នន័យ CDR ត្រូវបានកត់ត្រា និងត្រួតពិនិត្យរៀងរាល់ខែ។", "ជាប្រចាំ។")]},
    {"note": "'មិន' (not) inserted: we do NOT share your phone number with third-party advertisers",
     "repl": [("។ យើងចែករំលែកលេខទូរស័ព្ទ", "។ យើងមិនចែករំលែកលេខទូរស័ព្ទ")]},
    {"note": "link target only: marketing opt-out page moved into the MyTonle web account (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://www.tonlemobile.com.kh/optout)", "(https://my.tonlemobile.com.kh/settings/marketing)")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = C.b64tok(rng, 64)
    s["edited"] = C.keep_or(rng, prev.get("edited"), 0.2,
                            lambda: when - dt.timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 23),
                                                        minutes=rng.randint(0, 59)))
    return s


LABELS = {"token": "Zendesk authenticity_token in vote/follow forms (per session)",
          "edited": "article header 'updated' timestamp (edited_at; agent re-saves)"}


def render(s, blocks, when):
    tok = s["token"]
    ed = s["edited"]
    body = C.blocks_html(blocks[1:], {"table": ""})
    title = C.inline_html(blocks[0][1])
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="km">\n<head>\n  <meta charset="utf-8" />\n'
            '  <!-- v26880 -->\n\n\n  <title>គោលការណ៍ឯកជនភាព &ndash; មជ្ឈមណ្ឌលជំនួយ តន្លេ ម៉ូបាល</title>\n\n'
            '  <meta name="csrf-param" content="authenticity_token">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="alternate" hreflang="en-us" href="https://help.tonlemobile.com.kh/hc/en-us/articles/4410027735121">\n'
            '<link rel="alternate" hreflang="km" href="%s">\n'
            '  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f2a2b7bd5e0c1b3e8e1a.css" media="all" id="stylesheet" />\n'
            '  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ4Q8V5M2R7T9K3B6C1D0E2F" />\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '</head>\n<body class="">\n'
            '  <a class="skip-navigation" tabindex="1" href="#main-content">រំលងទៅមាតិកាចម្បង</a>\n'
            '<header class="header"><div class="logo"><a title="ទំព័រដើម" href="/hc/km"><img src="https://theme.zdassets.com/theme_assets/9876543/logo-tonle.png" alt="ទំព័រដើមមជ្ឈមណ្ឌលជំនួយ តន្លេ ម៉ូបាល" /></a></div>'
            '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="ម៉ឺនុយអ្នកប្រើ"><ul class="user-nav-list">'
            '<li><a class="submit-a-request" href="/hc/km/requests/new">ដាក់សំណើ</a></li></ul></nav>'
            '<a class="sign-in" rel="nofollow" data-auth-action="signin" title="បើកប្រអប់" role="button" href="/hc/km/signin?return_to=%s">ចូល</a></div></header>\n'
            '  <main role="main">\n<div class="container-divider"></div>\n<div class="container">\n'
            '  <div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">'
            '<li title="មជ្ឈមណ្ឌលជំនួយ តន្លេ ម៉ូបាល"><a href="/hc/km">មជ្ឈមណ្ឌលជំនួយ តន្លេ ម៉ូបាល</a></li>'
            '<li title="គណនី និងស៊ីមកាត"><a href="/hc/km/categories/360001112223">គណនី និងស៊ីមកាត</a></li>'
            '<li title="ច្បាប់ និងគោលការណ៍"><a href="/hc/km/sections/360004445556">ច្បាប់ និងគោលការណ៍</a></li></ol></nav>'
            '<div class="search-container"><form role="search" class="search" data-search="" action="/hc/km/search" accept-charset="UTF-8" method="get">'
            '<input type="search" name="query" id="query" placeholder="ស្វែងរក" aria-label="ស្វែងរក" /></form></div></div>\n'
            '  <div class="article-container" id="article-container">\n'
            '    <article id="main-content" class="article">\n'
            '      <header class="article-header">\n        <h1 title="គោលការណ៍ឯកជនភាព" class="article-title">\n          %s\n        </h1>\n'
            '        <div class="article-author"><div class="avatar article-avatar"><img src="https://help.tonlemobile.com.kh/system/photos/avatar.png" alt="" class="user-avatar"/></div>'
            '<div class="article-meta"><span>ក្រុមការងារផ្នែកច្បាប់</span><ul class="meta-group"><li class="meta-data">'
            '<time datetime="%s" title="%s" data-datetime="relative">%s</time></li><li class="meta-data">បានធ្វើបច្ចុប្បន្នភាព</li></ul></div></div>\n'
            '        <div class="article-subscribe"><form class="subscriptions-subscribe" action="/hc/km/articles/4410027735121/subscription" accept-charset="UTF-8" method="post">'
            '<input type="hidden" name="authenticity_token" value="%s" autocomplete="off" /><button data-action="subscribe" role="button">តាមដាន</button></form></div>\n'
            '      </header>\n'
            '      <section class="article-info"><div class="article-content">\n'
            '        <div class="article-body">%s</div>\n'
            '        <div class="article-attachments"></div>\n'
            '      </div></section>\n'
            '      <footer><div class="article-footer"><div class="article-share"><ul class="share">'
            '<li><a href="https://www.facebook.com/share.php?title=%%E1%%9E%%82&amp;u=%s" class="share-facebook">Facebook</a></li>'
            '<li><a href="https://t.me/share/url?url=%s" class="share-telegram">Telegram</a></li></ul></div></div>'
            '<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">តើអត្ថបទនេះមានប្រយោជន៍ដែរឬទេ?</h2>'
            '<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">'
            '<form action="/hc/km/articles/4410027735121/vote" method="post"><input type="hidden" name="authenticity_token" value="%s" autocomplete="off" />'
            '<button type="submit" class="button article-vote article-vote-up" name="value" value="up" aria-pressed="false">បាទ/ចាស</button>'
            '<button type="submit" class="button article-vote article-vote-down" name="value" value="down" aria-pressed="false">ទេ</button></form></div></div></footer>\n'
            '      <div class="article-more-questions">មានសំណួរបន្ថែម? <a href="/hc/km/requests/new">ដាក់សំណើ</a></div>\n'
            '    </article>\n  </div>\n</div>\n  </main>\n'
            '<footer class="footer"><div class="footer-inner"><a title="ទំព័រដើម" href="/hc/km">តន្លេ ម៉ូបាល</a>'
            '<div class="footer-language-selector"><a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F4410027735121">English (US)</a></div></div></footer>\n'
            '  <script src="//static.zdassets.com/hc/assets/km.8b5f3c2d1e0a9b8c7d6e.js"></script>\n'
            '  <script type="text/javascript">\n  HelpCenter = {};\n  HelpCenter.account = {"subdomain":"tonlemobile","environment":"production","name":"Tonle Mobile"};\n'
            '  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n'
            '  HelpCenter.internal = {"current_session":{"locale":"km","csrf_token":null,"shared_csrf_token":null}};\n  </script>\n'
            '</body>\n</html>\n') % (
        URL, URL, URL, title, ed.strftime("%Y-%m-%dT%H:%M:%SZ"), ed.strftime("%Y-%m-%d %H:%M"),
        fmt_date(ed.date()), tok, body, URL, URL, tok)


PAGE = {
    "service": "Tonle Mobile", "url": URL, "lang": "km", "platform": "Zendesk Guide help centre",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2022, 5, 23), "end": dt.date(2026, 10, 2),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.article-title", ".article-body"]},
}
