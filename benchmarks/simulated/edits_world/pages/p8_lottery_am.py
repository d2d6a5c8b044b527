"""Lucy National Lottery - am national lottery operator - Django 4 templates + Bootstrap 5 accordion.

Every section of the policy is a Bootstrap accordion item, collapsed by default (<h2 class="accordion-header">
<button> + a div.accordion-collapse.collapse). Dates are in the Ethiopian calendar (ዓ.ም.).

Noise (a noisy page, two volatile features): the header's results bar (today's date in the Ethiopian calendar, the
latest weekly draw's number, winning numbers and the jackpot) and Django's csrfmiddlewaretoken in the "check your
ticket" form (per request).

Real edits (6): a number (prize threshold for in-person ID check 10,000 -> 20,000 birr); one payment processor
removed from a bullet inside a collapsed panel; the DPO's e-mail changed; the complaint link's target changed,
anchor unchanged, date not bumped; one word of a heading changed; a section moved (responsible gaming after
your rights).
"""
import datetime as dt
import random
import common as C

URL = "https://www.lucylottery.et/am/privacy/"
WERAT = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"]
EPOCH = 2796  # R.D. of 1 Mäskäräm 1 (Ethiopic epoch)


def ethiopic(g):
    f = g.toordinal()
    y = (4 * (f - EPOCH) + 1463) // 1461
    new_year = EPOCH + 365 * (y - 1) + y // 4  # R.D. of 1 Mäskäräm of year y
    m = (f - new_year) // 30 + 1
    return y, m, f - new_year - 30 * (m - 1) + 1


def fmt_date(d):
    y, m, day = ethiopic(d)
    return "%s %d ቀን %d ዓ.ም." % (WERAT[m - 1], day, y)


POLICY = """
# የግላዊነት ፖሊሲ

ለመጨረሻ ጊዜ የተሻሻለው፦ {UPDATED}

ሉሲ ብሔራዊ ሎተሪ አገልግሎት አክሲዮን ማኅበር (ከዚህ በኋላ "ሉሲ ሎተሪ" ወይም "እኛ") ከብሔራዊ ሎተሪ አስተዳደር ፈቃድ ያገኘ የሎተሪ ዕጣ አዘጋጅ ነው። ይህ ፖሊሲ በድረ-ገጻችን፣ በሞባይል መተግበሪያችን፣ በ*889# አጭር ቁጥር እና በወኪሎቻችን በኩል ትኬት ሲገዙ ወይም ሽልማት ሲቀበሉ የምንሰበስበውን የግል መረጃ እና አጠቃቀሙን ያብራራል።

## የምንሰበስበው መረጃ

- ሙሉ ስም (ስም፣ የአባት ስም እና የአያት ስም)፤
- የሞባይል ስልክ ቁጥር እና የኢሜይል አድራሻ፤
- የትውልድ ዘመን (ዕድሜዎ ከ18 ዓመት በላይ መሆኑን ለማረጋገጥ)፤
- የገዟቸው ትኬቶች፣ የመረጧቸው ቁጥሮች እና የክፍያ ታሪክ፤
- የመሣሪያ መረጃ፦ የስልክ ዓይነት፣ የመተግበሪያው ስሪት እና የአይፒ አድራሻ፤
- ለአሸናፊዎች፦ የቀበሌ መታወቂያ ወይም የፋይዳ ዲጂታል መታወቂያ ቁጥር፣ የባንክ ሂሳብ ቁጥር እና ፎቶግራፍ።

## መረጃውን የምንጠቀምበት ዓላማ

መረጃዎን የምንጠቀመው ትኬት ለመሸጥና ለመመዝገብ፣ የዕጣ ውጤትን ለማሳወቅ፣ ሽልማት ለመክፈል፣ የአሸናፊውን ማንነት ለማረጋገጥ፣ ማጭበርበርን ለመከላከል እና በሕግ የተጣሉብንን ግዴታዎች ለመወጣት ነው። ከ10,000 ብር በላይ የሆነ ሽልማት የሚከፈለው አሸናፊው መታወቂያውን በአካል ካቀረበ በኋላ ብቻ ነው፤ በዚህ ጊዜ የሽልማት ገቢ ግብር ተቀናሽ ይደረጋል። ፈቃድዎን ከሰጡን ስለ አዳዲስ ጨዋታዎች እና ልዩ ዕጣዎች በአጭር መልዕክት እናሳውቅዎታለን፤ ይህን በማንኛውም ጊዜ STOP የሚል መልዕክት ወደ 8899 በመላክ ማስቆም ይችላሉ።

## ወኪሎቻችን

ትኬት በወኪሎቻችን በኩል ሲገዙ ወኪሉ የሚመዘግበው የትኬት ቁጥሩን፣ የተሸጠበትን ቀንና ሰዓት እና ሽልማት ለማሳወቅ የሚያስፈልገውን የስልክ ቁጥርዎን ብቻ ነው። ወኪሎቻችን ይህን መረጃ ለራሳቸው ዓላማ እንዲጠቀሙበት ወይም ለሌላ ሰው እንዲሰጡ አይፈቀድላቸውም።

## ኃላፊነት የተሞላበት ጨዋታ

ዕድሜያቸው ከ18 ዓመት በታች የሆኑ ሰዎች ትኬት መግዛት አይችሉም። ራስዎን ከጨዋታ እንዲያግዱ ከጠየቁን፣ የዕገዳው ጊዜ እስኪያበቃ ድረስ መለያዎን እንዘጋለን፤ የማስታወቂያ መልዕክቶችም አንልክልዎትም።

## መረጃን ለሌሎች ማጋራት

መረጃዎን የምናጋራው ለሚከተሉት ብቻ ነው፦

- ለብሔራዊ ሎተሪ አስተዳደር (የዕጣ እና የአሸናፊዎች ሪፖርት)፤
- ለገቢዎች ሚኒስቴር (የሽልማት ገቢ ግብር)፤
- ለክፍያ አገልግሎት ሰጪዎች፦ ቴሌብር፣ ሲቢኢ ብር እና ኤም-ፔሳ፤
- ለአጭር መልዕክት (SMS) አገልግሎት ሰጪ ድርጅት፤
- በፍርድ ቤት ትዕዛዝ ሲጠየቅ ለሚመለከተው አካል።

የአሸናፊዎችን ስም እና ፎቶግራፍ በይፋ የምናወጣው በጽሑፍ ፈቃዳቸውን ከሰጡ ብቻ ነው።

## መረጃን ከኢትዮጵያ ውጭ ማስተላለፍ

የግል መረጃዎን ከኢትዮጵያ ውጭ ወደሚገኙ አገልጋዮች አናስተላልፍም። ወደፊት እንዲህ ዓይነት ማስተላለፍ አስፈላጊ ከሆነ ሕጉ የሚጠይቀውን ፈቃድ አስቀድመን እናገኛለን፤ ይህንንም ፖሊሲ እናሻሽላለን።

## መረጃን የምናቆይበት ጊዜ

የትኬት ግዢ እና የክፍያ መረጃ ለ10 ዓመታት ይቀመጣል። የአሸናፊዎች መረጃ ሽልማቱ ከተከፈለበት ቀን ጀምሮ ለ10 ዓመታት ይቀመጣል። የሞባይል መተግበሪያ መለያዎ ከተዘጋ፣ ሌሎች መረጃዎች በ90 ቀናት ውስጥ ይሰረዛሉ።

## የመረጃ ደህንነት

የግል መረጃዎ በኢትዮጵያ ውስጥ በሚገኙ አገልጋዮች ላይ ይቀመጣል። መረጃውን ማየት የሚችሉት ሥራቸው የሚጠይቃቸው ሠራተኞች ብቻ ናቸው፤ የዕጣ ማውጫ ሥርዓቱም ከሌሎች ሥርዓቶች ተለይቶ በገለልተኛ ኦዲተር ይመረመራል።

## ኩኪዎች

ድረ-ገጻችን ለመግቢያ እና ለደህንነት አስፈላጊ የሆኑ ኩኪዎችን ይጠቀማል። የጉብኝት ስታቲስቲክስ ኩኪዎች የሚቀመጡት በእርስዎ ፈቃድ ብቻ ነው።

## የሞባይል መተግበሪያ

የሞባይል መተግበሪያችን ለመግቢያ የሚያገለግል የአንድ ጊዜ የይለፍ ኮድ (OTP) በአጭር መልዕክት ይልካል። መተግበሪያው የስልክዎን እውቂያዎች፣ ፎቶዎች ወይም ትክክለኛ አካባቢ አይጠይቅም። የዕጣ ውጤት ማሳወቂያዎችን በስልክዎ ቅንብሮች ውስጥ ማጥፋት ይችላሉ።

## መብቶችዎ

ስለእርስዎ የያዝነውን መረጃ የማየት፣ የማስተካከል፣ የማሰረዝ እና ለማስታወቂያ ዓላማ የሚደረግን አጠቃቀም የመቃወም መብት አለዎት። ጥያቄዎን በ30 ቀናት ውስጥ እንመልሳለን። ቅሬታ ካለዎት ለ[ኢትዮጵያ ኮሙኒኬሽን ባለሥልጣን](https://eca.et) ማቅረብ ይችላሉ።

## የፖሊሲው ለውጦች

ይህን ፖሊሲ በየጊዜው ልናሻሽለው እንችላለን። የተሻሻለበት ቀን በገጹ አናት ላይ ይገለጻል፤ ጉልህ ለውጦች ሲኖሩም በመተግበሪያው እና በድረ-ገጻችን እናሳውቃለን።

## ያግኙን

@ ሉሲ ብሔራዊ ሎተሪ አገልግሎት አ.ማ.
@ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ አፍሪካ ጎዳና፣ አዲስ አበባ
@ የመረጃ ጥበቃ ኃላፊ ኢሜይል፦ [dpo@lucylottery.et](mailto:dpo@lucylottery.et)
@ ስልክ፦ 8899 (ነፃ)
"""

GAMING = "## ኃላፊነት የተሞላበት ጨዋታ\n\nዕድሜያቸው ከ18 ዓመት በታች የሆኑ ሰዎች ትኬት መግዛት አይችሉም። ራስዎን ከጨዋታ እንዲያግዱ ከጠየቁን፣ የዕገዳው ጊዜ እስኪያበቃ ድረስ መለያዎን እንዘጋለን፤ የማስታወቂያ መልዕክቶችም አንልክልዎትም።\n\n"

EDITS = [
    {"note": "number: in-person ID check for prizes above 20,000 birr (was 10,000)",
     "repl": [("ከ10,000 ብር በላይ", "ከ20,000 ብር በላይ")]},
    {"note": "inside a collapsed accordion panel: payment processor M-Pesa removed from the bullet",
     "repl": [("- ለክፍያ አገልግሎት ሰጪዎች፦ ቴሌብር፣ ሲቢኢ ብር እና ኤም-ፔሳ፤", "- ለክፍያ አገልግሎት ሰጪዎች፦ ቴሌብር እና ሲቢኢ ብር፤")]},
    {"note": "DPO e-mail changed dpo@ -> privacy@ (anchor and mailto target)",
     "repl": [("[dpo@lucylottery.et](mailto:dpo@lucylottery.et)", "[privacy@lucylottery.et](mailto:privacy@lucylottery.et)")]},
    {"note": "link target only: complaint link to the Ethiopian Communications Authority now points to its data-protection page (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://eca.et)", "(https://eca.et/data-protection/complaints/)")]},
    {"note": "heading word changed: 'ያግኙን' (contact us) -> 'አድራሻችን' (our address)",
     "repl": [("## ያግኙን", "## አድራሻችን")]},
    {"note": "section moved: 'ኃላፊነት የተሞላበት ጨዋታ' (responsible gaming) moved after 'መብቶችዎ'",
     "repl": [(GAMING, ""), ("## የፖሊሲው ለውጦች", GAMING + "## የፖሊሲው ለውጦች")]},
]

GAMES = "ሉሲ ሳምንታዊ ዕጣ"


def draw(when):
    """Latest Saturday draw at or before `when` (draws at 18:00 local = 15:00 UTC)."""
    d = when.date()
    back = (d.weekday() - 5) % 7
    if back == 0 and when.hour < 15:
        back = 7
    day = d - dt.timedelta(days=back)
    no = (day - dt.date(2015, 1, 3)).days // 7 + 1
    r = random.Random("draw|%d" % no)
    nums = sorted(r.sample(range(1, 50), 6))
    jackpot = 2000000 + 500000 * (no % 9) + r.randrange(0, 400000, 5000)
    return no, day, tuple(nums), jackpot


def noise(rng, when, i, prev):
    s = {}
    s["results"] = (when.date(),) + draw(when)
    s["csrf"] = C.alnum(rng, 64)
    return s


LABELS = {"results": "header results bar: today's date (Ethiopian calendar), latest draw number, numbers, jackpot",
          "csrf": "Django csrfmiddlewaretoken in the ticket-check form (per request)"}


def render(s, blocks, when):
    today, no, dday, nums, jackpot = s["results"]
    head, secs = C.split_sections(blocks[1:])
    items = []
    for n, (title, bl) in enumerate(secs):
        items.append('<div class="accordion-item">\n'
                     '<h2 class="accordion-header" id="heading-%d"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-%d" aria-expanded="false" aria-controls="collapse-%d">%s</button></h2>\n'
                     '<div id="collapse-%d" class="accordion-collapse collapse" aria-labelledby="heading-%d" data-bs-parent="#policyAccordion"><div class="accordion-body">\n%s\n</div></div>\n</div>'
                     % (n, n, n, C.inline_html(title), n, n, C.blocks_html(bl)))
    return ('<!DOCTYPE html>\n<html lang="am">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>የግላዊነት ፖሊሲ | ሉሲ ብሔራዊ ሎተሪ</title>\n'
            '<link rel="stylesheet" href="/static/css/bootstrap.min.css">\n<link rel="stylesheet" href="/static/css/lucy.css">\n'
            '<link rel="alternate" hreflang="en" href="https://www.lucylottery.et/en/privacy/">\n'
            '</head>\n<body>\n'
            '<div class="results-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-between">'
            '<span class="today">ዛሬ፦ %s</span>'
            '<span class="last-draw">%s ዕጣ ቁጥር %d (%s)፦ <b>%s</b></span>'
            '<span class="jackpot">የሚቀጥለው ጃክፖት፦ %s ብር</span></div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-warning"><div class="container">'
            '<a class="navbar-brand" href="/am/"><img src="/static/img/lucy-logo.svg" alt="ሉሲ ሎተሪ" height="44"></a>'
            '<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/am/games/">ጨዋታዎች</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/am/results/">ውጤቶች</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/am/agents/">ወኪሎች</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/am/winners/">አሸናፊዎች</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/en/privacy/">English</a></li></ul>'
            '<form class="d-flex ticket-check" method="post" action="/am/tickets/check/">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="%s">'
            '<input class="form-control form-control-sm me-1" name="ticket" placeholder="የትኬት ቁጥር"><button class="btn btn-sm btn-dark" type="submit">አረጋግጥ</button></form>'
            '</div></nav>\n'
            '<main class="container py-4">\n<article class="policy">\n'
            '<h1 class="policy-title">%s</h1>\n<div class="policy-intro">\n%s\n</div>\n'
            '<div class="accordion" id="policyAccordion">\n%s\n</div>\n'
            '</article>\n</main>\n'
            '<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container">'
            '<p>ዕድሜያቸው ከ18 ዓመት በታች የሆኑ መጫወት አይችሉም። በኃላፊነት ይጫወቱ።</p>'
            '<p>© %d ሉሲ ብሔራዊ ሎተሪ አገልግሎት አ.ማ. · <a class="text-white-50" href="/am/privacy/">የግላዊነት ፖሊሲ</a> · <a class="text-white-50" href="/am/terms/">የጨዋታ ደንቦች</a></p>'
            '</div></footer>\n'
            '<script src="/static/js/bootstrap.bundle.min.js"></script>\n'
            '</body>\n</html>\n') % (
        fmt_date(today), GAMES, no, fmt_date(dday), " ".join("%02d" % x for x in nums), "{:,}".format(jackpot),
        s["csrf"], C.inline_html(blocks[0][1]), C.blocks_html(head), "\n".join(items), when.year)


PAGE = {
    "service": "Lucy National Lottery", "url": URL, "lang": "am", "platform": "Django + Bootstrap 5",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2022, 1, 17), "end": dt.date(2026, 5, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.policy"]},
}
