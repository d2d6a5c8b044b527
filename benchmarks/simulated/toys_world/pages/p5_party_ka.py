"""Bubu Land (Tbilisi kids' entertainment centre and party venue) on Tilda, Georgian.

The policy page is built from Tilda records: a T015 title, T004 text blocks, one T017 record (title + text) per
section and a T431 table record per table; the text is Tilda's flat `<br />` markup. No element holds just the
policy, so the declaration is a range: from the title record to the party-slot widget record (a T123 HTML block)
that follows the policy. Per request Cloudflare's `__CF$cv$params`; per republish the `?t=` stamps of the page's
block CSS/JS; live "free party slots this weekend" list in the T123 widget (the range's end, outside it)."""
import base64
import datetime as dt
import html
import re

import common as C

URL = "https://bubuland.ge/privacy"
PROJECT, PAGEID = "7654321", "41234567"
TITLE_REC, INTRO_REC, SLOTS_REC = "rec700112233", "rec700112241", "rec700119870"

POLICY = """
# კონფიდენციალურობის პოლიტიკა

ბოლო განახლება: {UPDATED}

შპს „ბუბუ ლენდი“ (შემდგომში „ბუბუ ლენდი“ ან „ჩვენ“) ზრუნავს როგორც ჩვენი პატარა სტუმრების, ისე მათი მშობლების პერსონალური მონაცემების უსაფრთხოებაზე. ეს პოლიტიკა განმარტავს, რა მონაცემებს ვაგროვებთ, როდესაც სტუმრობთ ჩვენს გასართობ ცენტრს, ჯავშნით დაბადების დღეს ან სხვა ღონისძიებას ვებგვერდის, ტელეფონის ან სოციალური ქსელების მეშვეობით, რა მიზნით ვიყენებთ მათ და რა უფლებები გაქვთ საქართველოს კანონის „პერსონალურ მონაცემთა დაცვის შესახებ“ შესაბამისად.

## 1. ვინ ვართ ჩვენ

თქვენი მონაცემების დამუშავებაზე პასუხისმგებელი პირია:

@ შპს „ბუბუ ლენდი“
@ საიდენტიფიკაციო კოდი: 405512734
@ ვაჟა-ფშაველას გამზ. 71, 0186 თბილისი, საქართველო
@ ტელ.: +995 32 247 18 18
@ ელ. ფოსტა: info@bubuland.ge

## 2. რა მონაცემებს ვაგროვებთ

- მშობლის ან კანონიერი წარმომადგენლის სახელი, გვარი, ტელეფონის ნომერი და ელექტრონული ფოსტა;
- ჯავშნის დეტალები: თარიღი, დრო, დარბაზი, პაკეტი, სტუმრების რაოდენობა, მენიუ და დამატებითი მომსახურება;
- გადახდის ინფორმაცია: თანხა, თარიღი და ტრანზაქციის ნომერი (ბარათის სრულ მონაცემებს ჩვენ არ ვინახავთ);
- იუბილარი ბავშვის სახელი და ასაკი, რომლებსაც ვიყენებთ მისალოცი დეკორაციისა და ანიმაციური პროგრამისთვის;
- ინფორმაცია ბავშვების კვებითი ალერგიების შესახებ, თუ თქვენ თავად მოგვაწვდით მას;
- ვიდეოთვალთვალის ჩანაწერები ცენტრის ტერიტორიაზე;
- ვებგვერდის გამოყენების ტექნიკური მონაცემები და cookie-ფაილები.

## 3. ბავშვების მონაცემები

ჩვენი მომსახურება ბავშვებისთვისაა განკუთვნილი, თუმცა ჯავშანს და ყველა თანხმობას ყოველთვის მშობელი ან კანონიერი წარმომადგენელი აფორმებს. 16 წლამდე ბავშვებისგან პირდაპირ მონაცემებს არ ვაგროვებთ. ინფორმაციას ალერგიების შესახებ განვიხილავთ, როგორც ჯანმრთელობასთან დაკავშირებულ განსაკუთრებული კატეგორიის მონაცემს: მას ვამუშავებთ მხოლოდ თქვენი თანხმობით, ვუზიარებთ მხოლოდ ჩვენს სამზარეულოს და ღონისძიების მენეჯერს და ვშლით ღონისძიების დასრულებიდან 7 დღის განმავლობაში.

## 4. დამუშავების მიზნები და სამართლებრივი საფუძვლები

| მიზანი | მონაცემები | სამართლებრივი საფუძველი |
| ჯავშნის მიღება და ღონისძიების ორგანიზება | საკონტაქტო და ჯავშნის მონაცემები | ხელშეკრულების შესრულება |
| გადახდის მიღება და ბუღალტრული აღრიცხვა | გადახდის მონაცემები | კანონით დაკისრებული ვალდებულება |
| კვების უსაფრთხოება | ინფორმაცია ალერგიების შესახებ | თქვენი წერილობითი თანხმობა |
| სტუმრების უსაფრთხოება და ქონების დაცვა | ვიდეოჩანაწერები | ლეგიტიმური ინტერესი |
| სიახლეებისა და აქციების შეტყობინება | ტელეფონის ნომერი, ელ. ფოსტა | თქვენი თანხმობა |

## 5. ვიდეოთვალთვალი

ბავშვების უსაფრთხოების მიზნით ცენტრის შესასვლელში, სათამაშო ზონასა და დარბაზებში დამონტაჟებულია ვიდეოკამერები. ტუალეტებსა და გამოსაცვლელ ოთახებში კამერები არ არის. ვიდეოთვალთვალის შესახებ გამაფრთხილებელი ნიშნები განთავსებულია ყველა შესასვლელთან. ჩანაწერები ინახება 30 დღის განმავლობაში, რის შემდეგაც ავტომატურად იშლება, გარდა იმ შემთხვევისა, როდესაც ისინი საჭიროა ინციდენტის შესასწავლად.

## 6. ფოტო და ვიდეო გადაღება

ღონისძიების დროს ჩვენი ანიმატორები ან ფოტოგრაფი ფოტოებს და ვიდეოს მხოლოდ თქვენი მოთხოვნით იღებენ და მასალას ღონისძიების შემდეგ გადმოგცემთ. თქვენი თანხმობის გარეშე ამ მასალას რეკლამისთვის არ ვიყენებთ.

## 7. ონლაინ ჯავშანი და გადახდა

ვებგვერდზე ჯავშნის ფორმის შევსებისას ვიღებთ თქვენს სახელს, ტელეფონის ნომერს და სასურველ თარიღს. ამ ინფორმაციას ვიყენებთ მხოლოდ იმისთვის, რომ დაგიკავშირდეთ, შევათანხმოთ ღონისძიების დეტალები და გამოგიგზავნოთ წინასწარი გადახდის ბმული. ბარათით გადახდა ხორციელდება ბანკის დაცულ გვერდზე, ამიტომ ბარათის ნომერი, მოქმედების ვადა და CVV კოდი ჩვენთვის ხელმისაწვდომი არ არის. ჯავშნის გაუქმებისა და თანხის დაბრუნების პირობები აღწერილია ჯავშნის პირობებში.

## 8. მონაცემების გადაცემა

პერსონალურ მონაცემებს არ ვყიდით. მონაცემებს ვუზიარებთ მხოლოდ იმ პარტნიორებს, რომლებიც გვეხმარებიან მომსახურების გაწევაში:

- სს „თიბისი ბანკი“ და სს „საქართველოს ბანკი“: ონლაინ და ბარათით გადახდები;
- Meta Platforms (Facebook, Instagram, WhatsApp): თუ ჯავშნისთვის სოციალური ქსელის მეშვეობით გვიკავშირდებით;
- Google Workspace: ელექტრონული ფოსტა და ჯავშნების კალენდარი;
- SMS-შეტყობინებების მომწოდებელი: ჯავშნის დადასტურებისა და შეხსენებისთვის;
- Tilda Publishing: ვებგვერდი და ონლაინ ჯავშნის ფორმა.

მონაცემებს ასევე გადავცემთ სახელმწიფო ორგანოებს, თუ ამას კანონი მოითხოვს.

## 9. შენახვის ვადები

ჯავშნისა და გადახდის მონაცემებს ვინახავთ საგადასახადო კანონმდებლობით დადგენილი ვადით, 6 წლის განმავლობაში. საკონტაქტო მონაცემებს სიახლეების გასაგზავნად ვინახავთ თანხმობის გამოხმობამდე. ინფორმაცია ალერგიების შესახებ და ვიდეოჩანაწერები ინახება ზემოთ მითითებული ვადებით.

## 10. მონაცემთა უსაფრთხოება

ჩვენ ვიყენებთ ორგანიზაციულ და ტექნიკურ ზომებს, რათა თქვენი მონაცემები დავიცვათ შემთხვევითი ან უკანონო განადგურებისგან, შეცვლისგან, გამჟღავნებისა და დაკარგვისგან. მონაცემებზე წვდომა აქვთ მხოლოდ იმ თანამშრომლებს, რომლებსაც ეს სამუშაოს შესასრულებლად სჭირდებათ. ყველა თანამშრომელი ხელს აწერს კონფიდენციალურობის ვალდებულებას, ხოლო ვიდეოჩანაწერების ნახვა შეუძლია მხოლოდ ცენტრის მენეჯერსა და უსაფრთხოების სამსახურს.

## 11. თქვენი უფლებები

თქვენ გაქვთ უფლება:

- მიიღოთ ინფორმაცია თქვენი მონაცემების დამუშავების შესახებ და მათი ასლი;
- მოითხოვოთ არაზუსტი მონაცემების გასწორება ან განახლება;
- მოითხოვოთ მონაცემების წაშლა ან დამუშავების შეწყვეტა;
- ნებისმიერ დროს გამოიხმოთ გაცემული თანხმობა;
- მიმართოთ პერსონალურ მონაცემთა დაცვის სამსახურს (ქ. თბილისი, ნ. ვაჩნაძის ქ. №7, www.personaldata.ge) ან სასამართლოს.

მოთხოვნას განვიხილავთ და პასუხს გაგცემთ არაუგვიანეს 10 სამუშაო დღისა.

## 12. cookie-ფაილები და პოლიტიკის ცვლილებები

ჩვენი ვებგვერდი იყენებს აუცილებელ cookie-ფაილებს, ასევე ანალიტიკურ ფაილებს, რომლებიც გვეხმარება გავიგოთ, რომელი გვერდებია ყველაზე პოპულარული. ბრაუზერის პარამეტრებში შეგიძლიათ ნებისმიერ დროს წაშალოთ ან დაბლოკოთ cookie-ფაილები. ამ პოლიტიკას პერიოდულად ვაახლებთ; მოქმედი ვერსია ყოველთვის ხელმისაწვდომია ამ გვერდზე, ხოლო მნიშვნელოვანი ცვლილებების შესახებ გაცნობებთ ელ. ფოსტით ან SMS-ით.

## 13. კონტაქტი

თუ გაქვთ კითხვები ამ პოლიტიკასთან დაკავშირებით, მოგვწერეთ ელ. ფოსტაზე info@bubuland.ge ან დაგვირეკეთ ნომერზე +995 32 247 18 18 ყოველდღე, 10:00-დან 20:00-მდე.
"""

MONTHS = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
          "ოქტომბერი", "ნოემბერი", "დეკემბერი"]


def fmt_date(d):
    return "%d წლის %d %s" % (d.year, d.day, MONTHS[d.month - 1])


EDITS = [
    {"note": "sentence added: other children's photos never posted without their parents' consent",
     "repl": [("ამ მასალას რეკლამისთვის არ ვიყენებთ.",
               "ამ მასალას რეკლამისთვის არ ვიყენებთ. სხვა სტუმრების ბავშვების ფოტოებს სოციალურ ქსელებში არასოდეს "
               "ვაქვეყნებთ მათი მშობლების წერილობითი თანხმობის გარეშე.")]},
    {"note": "phone number changed (address block and contact section)",
     "repl": [("@ ტელ.: +995 32 247 18 18", "@ ტელ.: +995 32 260 18 18"),
              ("ნომერზე +995 32 247 18 18", "ნომერზე +995 32 260 18 18")]},
    {"note": "processor added to the list: Bitrix24 CRM",
     "repl": [("- Google Workspace: ელექტრონული ფოსტა და ჯავშნების კალენდარი;",
               "- Google Workspace: ელექტრონული ფოსტა და ჯავშნების კალენდარი;\n"
               "- Bitrix24: მომხმარებლებთან ურთიერთობის მართვის სისტემა (CRM);")]},
    {"note": "CCTV retention 30 -> 20 days",
     "repl": [("ჩანაწერები ინახება 30 დღის განმავლობაში", "ჩანაწერები ინახება 20 დღის განმავლობაში")]},
    {"note": "section added: data protection officer",
     "repl": [("10:00-დან 20:00-მდე.",
               "10:00-დან 20:00-მდე.\n\n## 14. პერსონალურ მონაცემთა დაცვის ოფიცერი\n\n"
               "კანონის მოთხოვნის შესაბამისად, ბუბუ ლენდმა დანიშნა პერსონალურ მონაცემთა დაცვის ოფიცერი. მას "
               "შეგიძლიათ მიმართოთ ნებისმიერ საკითხზე, რომელიც თქვენი ან თქვენი შვილის მონაცემების დამუშავებას "
               "ეხება, ელ. ფოსტაზე dpo@bubuland.ge.")]},
]

ROOMS = ["ჯუნგლების დარბაზი", "კოსმოსური დარბაზი", "პრინცესების ოთახი", "ბატუტების ზონა"]
TIMES = ["11:00", "13:30", "16:00", "18:30"]
DAYS = ["შაბ", "კვი"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["cf"] = (C.hexs(rng, 16), "%d.%06d" % (C.epoch(when), rng.randint(0, 999999)))
    st["publish"] = C.keep_or(rng, p.get("publish"), 0.2,
                              lambda: C.epoch(when) - rng.randint(3600, 86400 * 20))
    sat = (when + dt.timedelta(days=(5 - when.weekday()) % 7)).date()
    allslots = [(d, t, r) for d in range(2) for t in TIMES for r in ROOMS[:3]]
    free = sorted(rng.sample(range(len(allslots)), rng.randint(0, 5)))
    st["slots"] = (sat.isoformat(), [allslots[k] for k in free])
    return st


LABELS = {
    "cf": "Cloudflare challenge script __CF$cv$params (ray id, timestamp; per request)",
    "publish": "Tilda republish ?t= stamps of the page's block CSS/JS",
    "slots": "T123 widget after the policy: free party slots for the coming weekend (the range's end marker)",
}


def text_html(blocks):
    parts = []
    for k, v in blocks:
        if k == "p":
            parts.append(C.inline_html(v))
        elif k == "addr":
            parts.append("<br />\n".join(C.inline_html(l) for l in v))
        elif k == "ul":
            parts.append("<ul>" + "".join("<li>%s</li>" % C.inline_html(x) for x in v) + "</ul>")
        else:
            raise ValueError(k)
    out = ""
    for n, pc in enumerate(parts):
        if n and not pc.startswith("<ul>") and not parts[n - 1].startswith("<ul>"):
            out += "<br /><br />"
        out += pc
    return out


def rec_id(*key):
    return "rec%d" % (700120000 + int(C.det_sha("tilda", *key)[:8], 16) % 79000)


def records(blocks):
    recs, cur, sec = [], None, ""
    for b in blocks:
        if b[0] == "h1":
            recs.append(["title", TITLE_REC, b[1], None])
        elif b[0] == "h2":
            sec = b[1]
            cur = ["sec", rec_id("sec", sec), sec, []]
            recs.append(cur)
        elif b[0] == "table":
            recs.append(["table", rec_id("table", sec), None, b[1]])
            cur = ["text", rec_id("text-after", sec), None, []]
            recs.append(cur)
        else:
            if cur is None:
                cur = ["text", INTRO_REC, None, []]
                recs.append(cur)
            cur[3].append(b)
    out = []
    for kind, rid, title, body in recs:
        if kind == "title":
            out.append('<div id="%s" class="r t-rec t-rec_pt_90 t-rec_pb_15" style="padding-top:90px;padding-bottom:15px;'
                       ' " data-record-type="30" ><!-- T015 --><div class="t015"><div class="t-container t-align_left">'
                       '<div class="t-col t-col_10 t-prefix_1"><h1 class="t015__title t-title t-title_lg" field="title">'
                       '%s</h1></div></div></div></div>' % (rid, C.inline_html(title)))
        elif kind == "text":
            if not body:
                continue
            out.append('<div id="%s" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px;'
                       ' " data-record-type="106" ><!-- T004 --><div class="t004"><div class="t-container "><div class="'
                       't-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_md ">%s</div></div></div></div>'
                       '</div>' % (rid, text_html(body)))
        elif kind == "sec":
            out.append('<div id="%s" class="r t-rec t-rec_pt_30 t-rec_pb_15" style="padding-top:30px;padding-bottom:15px;'
                       ' " data-record-type="43" ><!-- T017 --><div class="t017"><div class="t-container t-align_left">'
                       '<div class="t-col t-col_8 t-prefix_2"><h2 class="t017__title t-title t-title_xs" field="title">'
                       '%s</h2>%s</div></div></div><style> #%s .t017__title{font-size:24px;color:#5b2a86;}</style></div>'
                       % (rid, C.inline_html(title),
                          ('<div class="t017__text t-text t-text_md" field="text">%s</div>' % text_html(body))
                          if body else "", rid))
        else:
            head = "".join('<th class="t431__th t-title" data-table-col="%d">%s</th>' % (n, C.inline_html(x))
                           for n, x in enumerate(body[0]))
            rows = "".join("<tr>" + "".join('<td class="t431__td t-text" data-table-col="%d">%s</td>'
                                            % (n, C.inline_html(x)) for n, x in enumerate(r)) + "</tr>"
                           for r in body[1:])
            out.append('<div id="%s" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px;'
                       ' " data-record-type="431" ><!-- T431 --><div class="t431"><div class="t-container"><div '
                       'class="t-col t-col_8 t-prefix_2"><div class="t431__wrapper t431__table-wrapper"><table class="'
                       't431__table t431__withoddrows" width="100%%"><thead class="t431__thead"><tr>%s</tr></thead>'
                       '<tbody class="t431__tbody">%s</tbody></table></div></div></div></div></div>' % (rid, head, rows))
    # Tilda publishes its records with single spaces between tags
    return "\n".join(re.sub(r">\s*<", "> <", o) for o in out)


MONTHS_GEN = ["იანვრის", "თებერვლის", "მარტის", "აპრილის", "მაისის", "ივნისის", "ივლისის", "აგვისტოს", "სექტემბრის",
              "ოქტომბრის", "ნოემბრის", "დეკემბრის"]


def slots_html(st):
    sat, free = st["slots"]
    d = dt.date.fromisoformat(sat)
    if free:
        items = "".join('<li class="bl-slots__item"><span class="bl-slots__day">%s</span> %s <span class="bl-slots__'
                        'room">%s</span></li>' % (DAYS[dd], t, html.escape(r)) for dd, t, r in free)
        lst = '<ul class="bl-slots__list">%s</ul>' % items
    else:
        lst = '<p class="bl-slots__empty">ამ შაბათ-კვირას ყველა დრო დაჯავშნილია. ნახეთ მომდევნო კვირა!</p>'
    return ('<div id="%s" class="r t-rec" style=" " data-animationappear="off" data-record-type="131" ><!-- T123 -->'
            '<div class="t123"><div class="t-container_100 "><div class="t-width t-width_100 "><!-- nominify begin -->'
            '<div class="bl-slots" data-weekend="%s"><p class="bl-slots__title">🎈 თავისუფალი დრო დაბადების დღისთვის '
            '%d %s შაბათ-კვირას</p>%s<a class="t-btn bl-slots__btn" href="#popup:booking">დაჯავშნე ახლავე</a></div>'
            '<script>document.addEventListener("DOMContentLoaded",function(){fetch("https://booking.bubuland.ge/api/'
            'v1/slots?weekend=%s").then(function(r){return r.json()}).then(window.blRenderSlots)});</script>'
            '<!-- nominify end --></div></div></div></div>' % (SLOTS_REC, sat, d.day, MONTHS_GEN[d.month - 1], lst,
                                                               sat))


def render(st, blocks, when):
    ray, t = st["cf"]
    tb = base64.b64encode(t.encode()).decode()
    pub = st["publish"]
    return """<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>კონფიდენციალურობის პოლიტიკა — ბუბუ ლენდი</title> <meta name="description" content="ბუბუ ლენდის კონფიდენციალურობის პოლიტიკა" /> <meta property="og:url" content="%(url)s" /> <meta property="og:title" content="კონფიდენციალურობის პოლიტიკა" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.com/tild6132-3363-4538-b733-623938663162/bubuland_og.jpg" /> <link rel="canonical" href="%(url)s"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3735-6261-4432-a435-393665623238/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project%(project)s/tilda-blocks-page%(pageid)s.min.css?t=%(pub)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-popup-1.1.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-forms-1.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+Georgian:wght@400;600;700&display=swap" type="text/css" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if(document.readyState!='loading') {func();} else {document.addEventListener('DOMContentLoaded',func);}}
function t_onFuncLoad(funcName,okFunc,time) {if(typeof window[funcName]==='function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName,okFunc,time);},(time || 100));}}function t_throttle(fn,threshhold,scope) {return function() {fn.apply(scope || this,arguments);};}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project%(project)s/tilda-blocks-page%(pageid)s.min.js?t=%(pub)d" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-popup-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-forms-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr,function(el) {el.classList.add("t-records_animated");});setTimeout(function () {Array.prototype.forEach.call(alr,function(el) {el.classList.add("t-records_visible");});sessionStorage.setItem("visited","y");},400);}
document.addEventListener('DOMContentLoaded',t_setvisRecs);}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(project)s" data-tilda-page-id="%(pageid)s" data-tilda-page-alias="privacy" data-tilda-formskey="a4d2e9c81f3b07d5e62c1a9f8b4d3e07" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-ts="y">
<div id="rec700110001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257" ><!-- T228 --><div id="nav700110001marker"></div><div class="tmenu-mobile" ><div class="tmenu-mobile__container"><div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">ბუბუ ლენდი</div><button type="button" class="t-menuburger t-menuburger_first" aria-label="ნავიგაციის მენიუ" aria-expanded="false"><span style="background-color:#5b2a86;"></span><span style="background-color:#5b2a86;"></span><span style="background-color:#5b2a86;"></span><span style="background-color:#5b2a86;"></span></button></div></div><div id="nav700110001" class="t228 t228__positionfixed tmenu-mobile__menucontent_fixed" style="background-color: rgba(255,255,255,1); height:80px; " data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav700110001marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"><div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild6461-3030-4131-b337-663130383932/bubuland_logo.svg" imgfield="img" style="max-width: 140px; width: 140px; min-width: 140px; height: auto; display: block;" alt="ბუბუ ლენდი"></a></div></div><div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list"><li class="t228__list_item" style="padding:0 15px 0 0;"><a class="t-menu__link-item" href="/parties" data-menu-submenu-hook="" data-menu-item-number="1">დაბადების დღეები</a></li><li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/playground" data-menu-submenu-hook="" data-menu-item-number="2">სათამაშო ზონა</a></li><li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/prices" data-menu-submenu-hook="" data-menu-item-number="3">ფასები</a></li><li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/gallery" data-menu-submenu-hook="" data-menu-item-number="4">გალერეა</a></li><li class="t228__list_item" style="padding:0 0 0 15px;"><a class="t-menu__link-item" href="/contact" data-menu-submenu-hook="" data-menu-item-number="5">კონტაქტი</a></li></ul></nav></div><div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#popup:booking" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#ff8562;border-radius:30px; -moz-border-radius:30px; -webkit-border-radius:30px;"><table role="presentation" style="width:100%%; height:100%%;"><tr><td>დაჯავშნე</td></tr></table></a></div></div></div><div class="t228__right_langs"><div class="t228__right_buttons_wrap"><div class="t228__right_langs_lang"><a style="" href="/en/privacy">EN</a></div></div></div></div></div><div class="t228__padding40px"></div></div></div></div>
%(records)s
%(slots)s
<div id="rec700119901" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;background-color:#5b2a86; " data-record-type="420" data-bg-color="#5b2a86"><!-- T420 --><div class="t420"><div class="t-container t-align_left"><div class="t420__col t-col t-col_3"><div class="t420__text t-descr t-descr_xxs" field="text" style="color:#ffffff;">შპს „ბუბუ ლენდი“<br />ვაჟა-ფშაველას გამზ. 71, თბილისი<br />ყოველდღე 10:00-20:00</div></div><div class="t420__col t-col t-col_3"><div class="t420__text t-descr t-descr_xxs" field="text2" style="color:#ffffff;"><a href="/privacy" style="color:#ffffff !important;">კონფიდენციალურობის პოლიტიკა</a><br /><a href="/rules" style="color:#ffffff !important;">ცენტრის წესები</a><br /><a href="/offer" style="color:#ffffff !important;">ჯავშნის პირობები</a></div></div><div class="t420__col t-col t-col_3"><div class="t420__text t-descr t-descr_xxs" field="text3" style="color:#ffffff;"><a href="https://www.facebook.com/bubuland.ge" style="color:#ffffff !important;">Facebook</a><br /><a href="https://www.instagram.com/bubuland.ge" style="color:#ffffff !important;">Instagram</a></div></div></div></div></div>
<div id="rec700119933" class="r t-rec" style=" " data-animationappear="off" data-record-type="702" ><!-- T702 --><div class="t702"><div class="t-popup" data-tooltip-hook="#popup:booking" role="dialog" aria-modal="true" tabindex="-1"><div class="t-popup__close t-popup__block-close"><button type="button" class="t-popup__close-wrapper t-popup__block-close-button" aria-label="დახურვა"></button></div><div class="t-popup__container t-width t-width_6" style="background-color:#ffffff;"><div class="t702__wrapper"><div class="t702__text-wrapper t-align_center"><div class="t702__title t-title t-title_xxs">დაჯავშნე დაბადების დღე</div><div class="t702__descr t-descr t-descr_xs">დაგიკავშირდებით 30 წუთში</div></div><form id="form700119933" name="form700119933" role="form" action="" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_3" data-success-callback="t702_onSuccess"><input type="hidden" name="formservices[]" value="a0c7b8f3e1d2945c6b7a8f90e1d2c3b4" class="js-formaction-services"><input type="hidden" name="tildaspec-formname" tabindex="-1" value="Booking"><div class="t-form__inputsbox"><div class="t-input-group t-input-group_nm"><input type="text" autocomplete="name" name="Name" class="t-input js-tilda-rule" value="" placeholder="სახელი" data-tilda-req="1" aria-required="true"></div><div class="t-input-group t-input-group_ph"><input type="tel" autocomplete="tel" name="Phone" class="t-input js-tilda-rule" value="" placeholder="+995" data-tilda-req="1" aria-required="true"></div><div class="t-input-group t-input-group_da"><input type="text" name="Date" class="t-input t-datepicker js-tilda-rule js-tilda-mask" value="" placeholder="სასურველი თარიღი"></div><div class="t-form__submit"><button type="submit" class="t-submit" style="color:#ffffff;background-color:#ff8562;border-radius:30px;">გაგზავნა</button></div></div></form></div></div></div></div></div>
<div id="rec700119950" class="r t-rec" style=" " data-animationappear="off" data-record-type="657" ><!-- T657 --><div class="t657 t657_hidden" data-storage-item="t657cookiename_700119950_sxoo"><div class="t657__wrapper t-align_left" style="background-color:#ffffff;"><div class="t657__text t-text t-text_xs" field="text">ვებგვერდი იყენებს cookie-ფაილებს. <a href="/privacy" style="color:#ff8562 !important;">დაწვრილებით</a></div><button class="t657__btn t-btn t-btn_sm" type="button" style="color:#ffffff;background-color:#5b2a86;border-radius:20px;"><span>კარგი</span></button></div></div></div>
</div>
<!--/allrecords--> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; }
setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, 'f0d7a2be61c9834e5a0b1c2d3e4f5a6b','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js');
}, 2000);</script> <script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={r:'%(ray)s',t:'%(tb)s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body> </html>
""" % dict(url=URL, project=PROJECT, pageid=PAGEID, pub=pub, records=records(blocks), slots=slots_html(st),
           ray=ray, tb=tb)


PAGE = {
    "service": "Bubu Land",
    "url": URL,
    "lang": "ka",
    "platform": "Tilda (behind Cloudflare)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"), ("Vary", "Accept-Encoding")),
    "n": 27,
    "start": dt.date(2022, 6, 20),
    "end": dt.date(2025, 5, 30),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#" + TITLE_REC, "endBefore": "#" + SLOTS_REC}]},
}
