"""Cardamom Ridge Camp: an ecotourism concession (tented camp and guided treks) in the Southern Cardamom
National Park, Cambodia, its Khmer site on Squarespace 7.1. The policy sits in one page section
(`section[data-section-id=...] .content`, declared): a text block (title, date, intro), a code block holding a
hand-written summary table, and an accordion block with every numbered section collapsed (`aria-expanded="false"`).
Fairly clean: between visits the platform's rollup bundle hashes (Squarespace deploys several times a week),
`website.contentModifiedOn` in the static context when the owner edits anything on the site, and the seasonal
announcement bar (rainy-season trail closures from May to October). All outside the declared section."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.cardamomridge.com/km/privacy"
DIG = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
SECTION_ID = "64a1f0c2e8b3d14f5a6c7e91"

POLICY = """
# គោលការណ៍ឯកជនភាព

ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ {UPDATED}

ក្រុមហ៊ុន ខាដាម៉ុម រីជ អេកូទេសចរណ៍ ឯ.ក ("ក្រុមហ៊ុន" ឬ "យើង") ដំណើរការជំរំ Cardamom Ridge Camp នៅក្នុងឧទ្យានជាតិជួរភ្នំក្រវាញខាងត្បូង ក្រោមកិច្ចព្រមព្រៀងសម្បទានទេសចរណ៍ជាមួយក្រសួងបរិស្ថាន។ គោលការណ៍នេះពន្យល់អំពីរបៀបដែលយើងប្រមូល ប្រើប្រាស់ រក្សាទុក និងការពារព័ត៌មានផ្ទាល់ខ្លួនរបស់ភ្ញៀវ នៅពេលអ្នកកក់ការស្នាក់នៅ ដំណើរកម្សាន្តដើរព្រៃ ឬទំនាក់ទំនងមកយើងតាមរយៈគេហទំព័រនេះ។

យើងគោរពតាមច្បាប់ស្តីពីពាណិជ្ជកម្មតាមប្រព័ន្ធអេឡិចត្រូនិក ឆ្នាំ២០១៩ និងច្បាប់ពាក់ព័ន្ធនានានៃព្រះរាជាណាចក្រកម្ពុជា។ សម្រាប់ភ្ញៀវមកពីសហភាពអឺរ៉ុប យើងក៏អនុវត្តតាមបទប្បញ្ញត្តិការពារទិន្នន័យទូទៅ (GDPR) ផងដែរ។

%% summary

សេចក្តីសង្ខេបនៃព័ត៌មានដែលយើងប្រមូល៖

| ព័ត៌មាន | ហេតុអ្វីយើងត្រូវការ | រយៈពេលរក្សាទុក |
| ឈ្មោះ និងលិខិតឆ្លងដែន | ចុះឈ្មោះចូលឧទ្យានជាតិ និងរាយការណ៍ភ្ញៀវបរទេស | ១ ឆ្នាំ |
| ព័ត៌មានការកក់ និងការទូទាត់ | រៀបចំការស្នាក់នៅ និងគណនេយ្យ | ៥ ឆ្នាំ |
| ព័ត៌មានសុខភាព និងទំនាក់ទំនងពេលអាសន្ន | សុវត្ថិភាពពេលដើរព្រៃ | ៣០ ថ្ងៃ ក្រោយការស្នាក់នៅ |
| អ៊ីមែលសម្រាប់ព្រឹត្តិបត្រព័ត៌មាន | ផ្ញើព័ត៌មាន និងការផ្តល់ជូនពិសេស | រហូតដល់អ្នកឈប់ជាវ |

%% sections

## ១. អ្នកគ្រប់គ្រងទិន្នន័យ

@ ក្រុមហ៊ុន ខាដាម៉ុម រីជ អេកូទេសចរណ៍ ឯ.ក
@ ផ្ទះលេខ ២៤ ផ្លូវ ៣០៨ សង្កាត់ទន្លេបាសាក់ ខណ្ឌចំការមន រាជធានីភ្នំពេញ
@ ទូរស័ព្ទ៖ +855 23 987 654
@ អ៊ីមែល៖ [privacy@cardamomridge.com](mailto:privacy@cardamomridge.com)

ការិយាល័យជំរំស្ថិតនៅភូមិចំណារ ឃុំជីផាត ស្រុកថ្មបាំង ខេត្តកោះកុង។

## ២. ព័ត៌មានដែលយើងប្រមូល

- ឈ្មោះ សញ្ជាតិ ភេទ និងថ្ងៃខែឆ្នាំកំណើត។
- លេខលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ និងលេខទិដ្ឋាការសម្រាប់ភ្ញៀវបរទេស។
- លេខទូរស័ព្ទ អ៊ីមែល និងអាសយដ្ឋាន។
- ព័ត៌មានការកក់៖ កាលបរិច្ឆេទ ចំនួនភ្ញៀវ ប្រភេទតង់ ដំណើរកម្សាន្ត និងការដឹកជញ្ជូនពីភ្នំពេញ ឬកោះកុង។
- ព័ត៌មានសុខភាពដែលអ្នកផ្តល់ឱ្យដោយស្ម័គ្រចិត្ត ដូចជាអាឡែហ្ស៊ី របបអាហារ ឬជំងឺដែលមគ្គុទេសក៍គួរដឹង មុនពេលដើរព្រៃ។
- ឈ្មោះ និងលេខទូរស័ព្ទរបស់អ្នកទំនាក់ទំនងពេលមានអាសន្ន។
- ព័ត៌មានការទូទាត់៖ ចំនួនទឹកប្រាក់ និងលេខប្រតិបត្តិការ។ យើងមិនរក្សាទុកលេខកាតធនាគារពេញលេញទេ។

យើងប្រមូលព័ត៌មានទាំងនេះដោយផ្ទាល់ពីអ្នក តាមរយៈទម្រង់កក់លើគេហទំព័រ អ៊ីមែល ឬ Telegram ឬពីភ្នាក់ងារទេសចរណ៍ដែលអ្នកបានកក់តាមរយៈពួកគេ។

កុមារអាយុក្រោម ១៨ ឆ្នាំ ត្រូវមកជាមួយឪពុកម្តាយ ឬអាណាព្យាបាល។ យើងប្រមូលតែឈ្មោះ អាយុ និងព័ត៌មានលិខិតឆ្លងដែនរបស់កុមារ សម្រាប់ការចុះឈ្មោះចូលឧទ្យាន ហើយព័ត៌មានទាំងនេះត្រូវបានផ្តល់ដោយឪពុកម្តាយ ឬអាណាព្យាបាល។

## ៣. គោលបំណងនៃការប្រើប្រាស់

- ដើម្បីរៀបចំការកក់ ការស្នាក់នៅ និងដំណើរកម្សាន្តរបស់អ្នក។
- ដើម្បីចុះឈ្មោះភ្ញៀវចូលឧទ្យានជាតិ ដែលតម្រូវដោយក្រសួងបរិស្ថាន។
- ដើម្បីរាយការណ៍ការស្នាក់នៅរបស់ភ្ញៀវបរទេសទៅអាជ្ញាធរ តាមការតម្រូវរបស់ច្បាប់។
- ដើម្បីធានាសុវត្ថិភាពរបស់អ្នកពេលដើរព្រៃ និងជួយសង្គ្រោះក្នុងករណីអាសន្ន។
- ដើម្បីផ្ញើព័ត៌មានអំពីការកក់ តាមអ៊ីមែល ឬ Telegram។
- ដើម្បីផ្ញើព្រឹត្តិប័ត្រព័ត៌មាន ប្រសិនបើអ្នកបានយល់ព្រម។

## ៤. ការចែករំលែកព័ត៌មាន

យើងមិនលក់ព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នកទេ។ យើងចែករំលែកព័ត៌មានតែក្នុងករណីដូចខាងក្រោម៖

- ជាមួយរដ្ឋបាលឧទ្យានជាតិ និងឧទ្យានុរក្សនៃក្រសួងបរិស្ថាន សម្រាប់ការចុះឈ្មោះចូល និងពេលមានអាសន្ន។
- ជាមួយនគរបាលរដ្ឋបាលមូលដ្ឋាន សម្រាប់ការរាយការណ៍ភ្ញៀវបរទេសស្នាក់នៅ។
- ជាមួយសហគមន៍ទេសចរណ៍ធម្មជាតិក្នុងតំបន់ ដែលផ្តល់មគ្គុទេសក៍ និងទូកឆ្លងស្ទឹង ដោយផ្តល់តែឈ្មោះ និងចំនួនភ្ញៀវប៉ុណ្ណោះ។
- ជាមួយអ្នកផ្តល់សេវាបច្ចេកវិទ្យា៖ Squarespace សម្រាប់គេហទំព័រ, Stripe និង ABA Bank សម្រាប់ការទូទាត់ និង Google Workspace សម្រាប់អ៊ីមែល។
- ជាមួយមន្ទីរពេទ្យ ឬក្រុមសង្គ្រោះ ក្នុងករណីមានគ្រោះថ្នាក់។

## ៥. ការផ្ទេរទិន្នន័យទៅក្រៅប្រទេស

Squarespace, Stripe និង Google អាចរក្សាទុកទិន្នន័យនៅសហរដ្ឋអាមេរិក ឬប្រទេសផ្សេងទៀត។ ក្រុមហ៊ុនទាំងនេះប្រើប្រាស់វិធានការការពារ ដូចជាការអ៊ិនគ្រីបទិន្នន័យ និងកិច្ចសន្យាការពារទិន្នន័យ។

បុគ្គលិករបស់យើងអាចចូលមើលព័ត៌មានរបស់ភ្ញៀវ តែក្នុងកម្រិតចាំបាច់សម្រាប់ការងាររបស់ពួកគេប៉ុណ្ណោះ។ បញ្ជីឈ្មោះភ្ញៀវដែលបោះពុម្ពសម្រាប់ឧទ្យានុរក្ស ត្រូវបានរក្សាទុកក្នុងការិយាល័យជំរំ ហើយត្រូវបំផ្លាញចោលនៅចុងខែនីមួយៗ។

## ៦. រយៈពេលរក្សាទុក

យើងរក្សាទុកព័ត៌មានការកក់រយៈពេល ៥ ឆ្នាំ សម្រាប់គោលបំណងគណនេយ្យ និងពន្ធដារ។ ព័ត៌មានសុខភាព និងអ្នកទំនាក់ទំនងពេលអាសន្ន ត្រូវលុបចោលក្នុងរយៈពេល ៣០ ថ្ងៃ បន្ទាប់ពីការស្នាក់នៅរបស់អ្នកបានបញ្ចប់។ ច្បាប់ចម្លងលិខិតឆ្លងដែនត្រូវលុបចោលក្រោយរយៈពេល ១ ឆ្នាំ។

## ៧. សិទ្ធិរបស់អ្នក

អ្នកមានសិទ្ធិស្នើសុំមើល កែតម្រូវ ឬលុបព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នក និងដកការយល់ព្រមរបស់អ្នកសម្រាប់ព្រឹត្តិបត្រព័ត៌មាននៅពេលណាក៏បាន។ សូមផ្ញើសំណើមកកាន់ [privacy@cardamomridge.com](mailto:privacy@cardamomridge.com)។ យើងនឹងឆ្លើយតបក្នុងរយៈពេល ៣០ ថ្ងៃ។ ភ្ញៀវមកពីសហភាពអឺរ៉ុបក៏មានសិទ្ធិដាក់ពាក្យបណ្តឹងទៅអាជ្ញាធរការពារទិន្នន័យនៃប្រទេសរបស់ខ្លួនផងដែរ។

## ៨. ខូគី

គេហទំព័រនេះប្រើខូគីចាំបាច់របស់ Squarespace និងខូគីវិភាគ Google Analytics តែនៅពេលអ្នកយល់ព្រមលើផ្ទាំងខូគីប៉ុណ្ណោះ។ អ្នកអាចផ្លាស់ប្តូរជម្រើសរបស់អ្នកនៅពេលណាក៏បាន តាមរយៈតំណភ្ជាប់ការកំណត់ខូគីនៅខាងក្រោមទំព័រ។

## ៩. រូបថត និងវីដេអូ

មគ្គុទេសក៍របស់យើងអាចថតរូបក្រុមអំឡុងពេលដើរព្រៃ។ យើងនឹងបង្ហោះរូបថតដែលអាចស្គាល់មុខអ្នកនៅលើបណ្តាញសង្គម លុះត្រាតែមានការយល់ព្រមពីអ្នក។ កាមេរ៉ាចាប់រូបសត្វព្រៃដែលក្រុមអ្នកស្រាវជ្រាវដាក់ក្នុងឧទ្យាន អាចថតរូបមនុស្សដោយចៃដន្យ ហើយរូបភាពទាំងនោះត្រូវបានលុបចោលដោយក្រុមអ្នកស្រាវជ្រាវ។

## ១០. ការផ្លាស់ប្តូរគោលការណ៍

យើងអាចធ្វើបច្ចុប្បន្នភាពគោលការណ៍នេះពីពេលមួយទៅពេលមួយ។ កាលបរិច្ឆេទធ្វើបច្ចុប្បន្នភាពចុងក្រោយ មាននៅខាងលើទំព័រនេះ។ ប្រសិនបើមានការផ្លាស់ប្តូរសំខាន់ យើងនឹងជូនដំណឹងដល់ភ្ញៀវដែលមានការកក់ តាមអ៊ីមែល។
"""

MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]


def fmt_date(d):
    return ("ថ្ងៃទី%d ខែ%s ឆ្នាំ%d" % (d.day, MONTHS[d.month - 1], d.year)).translate(DIG)


EDITS = [
    {"note": "Cloudbeds (booking engine) added to the technology providers",
     "repl": [("Squarespace សម្រាប់គេហទំព័រ, Stripe", "Squarespace សម្រាប់គេហទំព័រ, Cloudbeds សម្រាប់ប្រព័ន្ធកក់, Stripe")]},
    {"note": "typo fixed: 'ព្រឹត្តិប័ត្រ' -> 'ព្រឹត្តិបត្រ' (no new date)", "bump": False,
     "repl": [("ដើម្បីផ្ញើព្រឹត្តិប័ត្រព័ត៌មាន", "ដើម្បីផ្ញើព្រឹត្តិបត្រព័ត៌មាន")]},
    {"note": "health and emergency-contact data kept 14 instead of 30 days (summary table and section 6)",
     "repl": [("| ៣០ ថ្ងៃ ក្រោយការស្នាក់នៅ |", "| ១៤ ថ្ងៃ ក្រោយការស្នាក់នៅ |"),
              ("ត្រូវលុបចោលក្នុងរយៈពេល ៣០ ថ្ងៃ", "ត្រូវលុបចោលក្នុងរយៈពេល ១៤ ថ្ងៃ")]},
    {"note": "new section 10 on GPS tracking of trekking groups (satellite messengers); old 10 renumbered 11",
     "repl": [("## ១០. ការផ្លាស់ប្តូរគោលការណ៍",
               "## ១០. ការតាមដានទីតាំងក្រុមដើរព្រៃ\n\n"
               "មគ្គុទេសក៍នីមួយៗកាន់ឧបករណ៍ទំនាក់ទំនងតាមផ្កាយរណប ដែលកត់ត្រាទីតាំងរបស់ក្រុមរៀងរាល់ ១០ នាទី "
               "អំឡុងពេលដើរព្រៃ។ ទីតាំងនេះប្រើសម្រាប់សុវត្ថិភាព និងការសង្គ្រោះប៉ុណ្ណោះ ហើយត្រូវលុបចោលក្រោយ "
               "៧ ថ្ងៃ។ យើងមិនតាមដានទីតាំងរបស់ទូរស័ព្ទផ្ទាល់ខ្លួនរបស់អ្នកទេ។\n\n"
               "## ១១. ការផ្លាស់ប្តូរគោលការណ៍")]},
    {"note": "new Phnom Penh phone number",
     "repl": [("@ ទូរស័ព្ទ៖ +855 23 987 654", "@ ទូរស័ព្ទ៖ +855 12 345 880")]},
]

BAR = {"wet": "រដូវវស្សា៖ ផ្លូវដើរទៅទឹកធ្លាក់ និងភ្នំខ្ពស់មួយចំនួនត្រូវបិទរហូតដល់ចុងខែតុលា។ ជំរំនៅតែបើកដំណើរការ។",
       "dry": "រដូវប្រាំង៖ សូមកក់ជាមុនសម្រាប់ខែធ្នូ ដល់ខែមេសា ព្រោះតង់មានចំនួនកំណត់។"}
ROLLUPS = ["common-vendors-stable", "common-vendors", "common", "performance", "user-account-core",
           "extract-css-runtime", "extract-css-moment-js-vendor", "cldr-resource-pack", "commerce"]


def noise(rng, when, i, prev):
    prev = prev or {}
    old = prev.get("rollups") or {}
    rollups = {r: (old[r] if r in old and rng.random() < 0.5 else C.hexs(rng, 16)) for r in ROLLUPS}
    if rollups == old:
        rollups["common"] = C.hexs(rng, 16)
    modified = prev.get("modified", int(C.epoch(when)) * 1000 - 86400000 * 12)
    if rng.random() < 0.55:
        modified = int(C.epoch(when)) * 1000 - rng.randint(3600000, 86400000 * 9)
    return {"rollups": rollups, "modified": modified, "bar": "wet" if when.month in (5, 6, 7, 8, 9, 10) else "dry"}


LABELS = {"rollups": "Squarespace rollup bundle hashes", "modified": "website.contentModifiedOn in the static context",
          "bar": "announcement bar (rainy-season trail closures / dry-season booking notice)"}


def _inl(t):
    return C.inline_html(t)


def text_block_html(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, _inl(v), kind))
        elif kind == "p":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % _inl(v))
        elif kind == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join(
                '<li><p class="" style="white-space:pre-wrap;">%s</p></li>' % _inl(i) for i in v))
        elif kind == "addr":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % "<br>".join(_inl(l) for l in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def code_block_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append('<p class="cr-summary-lead">%s</p>' % _inl(v))
        elif kind == "table":
            out.append('<table class="cr-summary">\n  <thead><tr>%s</tr></thead>\n  <tbody>\n%s\n  </tbody>\n</table>'
                       % ("".join("<th>%s</th>" % _inl(c) for c in v[0]),
                          "\n".join("    <tr>%s</tr>" % "".join("<td>%s</td>" % _inl(c) for c in r) for r in v[1:])))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def accordion_html(blocks):
    _, secs = C.split_sections(blocks)
    items = []
    for n, (title, body) in enumerate(secs):
        items.append(
            '<li class="accordion-item">'
            '<div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height: 1px; opacity: 1;"></div>'
            '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
            '<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-item-%(id)s-%(n)d" '
            'id="button-accordion-item-%(id)s-%(n)d" style="padding-top: 24px; padding-bottom: 24px; padding-left: 0px; padding-right: 0px;">'
            '<span class="accordion-item__title" style="padding-right: 14px;">%(title)s</span>'
            '<div class="accordion-icon-container" data-is-open="false" aria-hidden="true" style="height: 14px; width: 14px;">'
            '<div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div>'
            '</button></h4>'
            '<div class="accordion-item__dropdown" role="region" id="accordion-item-%(id)s-%(n)d" '
            'aria-labelledby="button-accordion-item-%(id)s-%(n)d">'
            '<div class="accordion-item__description" style="padding-bottom: 24px; padding-right: 0px; min-width: 70%%; max-width: 300px;">'
            '%(body)s</div></div>'
            '%(bottom)s</li>'
            % {"id": "yui_3_17_2_1_1688955614521_22817", "n": n, "title": _inl(title), "body": text_block_html(body),
               "bottom": ('<div class="accordion-divider accordion-divider--bottom" aria-hidden="true" '
                          'style="height: 1px; opacity: 1;"></div>') if n == len(secs) - 1 else ""})
    return ('<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" '
            'data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-is-expanded-first-item="" '
            'data-accordion-title-alignment="left" data-accordion-description-alignment="left" '
            'data-accordion-description-placement="left" data-accordion-icon-placement="right">%s</ul>' % "".join(items))


def render(state, blocks, when):
    seg = C.segments(blocks)
    r = state["rollups"]
    rollup_scripts = "\n".join(
        '<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = '
        '["//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.km-KH.js"]; })(SQUARESPACE_ROLLUPS, '
        '\'squarespace-%s\');</script>\n<script crossorigin="anonymous" src="//assets.squarespace.com/universal/'
        'scripts-compressed/%s-%s-min.km-KH.js" defer ></script>' % (k, r[k], k.replace("-", "_"), k, r[k])
        for k in ROLLUPS)
    context = {
        "betaFeatureFlags": ["campaigns_new_image_layout_picker", "nested_categories", "supports_versioned_template_assets",
                             "section-sdk-plp-list-view-atc-button-enabled", "accounting_orders_sync",
                             "campaigns_thumbnail_layout", "i18n_beta_website_locales", "marketing_landing_page"],
        "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
        "rollups": {k: {"js": "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.km-KH.js" % (k, r[k])}
                    for k in ROLLUPS[:4]},
        "pageType": 2,
        "website": {"id": "64a1e8b0c3d24f1a9b8c7d6e", "identifier": "cardamom-ridge", "websiteType": 1,
                    "contentModifiedOn": state["modified"], "cloneable": False, "hasBeenCloneable": False,
                    "siteStatus": {}, "language": "km-KH", "translationLocale": "km-KH", "timeZone": "Asia/Phnom_Penh",
                    "machineTimeZoneOffset": 25200000, "timeZoneOffset": 25200000, "timeZoneAbbr": "ICT",
                    "siteTitle": "Cardamom Ridge Camp", "fullSiteTitle": "គោលការណ៍ឯកជនភាព — Cardamom Ridge Camp",
                    "baseUrl": "https://www.cardamomridge.com", "primaryDomain": "www.cardamomridge.com",
                    "showAnnouncementBar": True, "isHstsEnabled": True,
                    "announcementBarSettings": {"style": 2, "text": "<p>%s</p>" % BAR[state["bar"]],
                                                "clickthroughUrl": {"url": "/km/trails", "newWindow": False}}},
        "websiteSettings": {"id": "64a1e8b0c3d24f1a9b8c7d71", "websiteId": "64a1e8b0c3d24f1a9b8c7d6e",
                            "country": "KH", "state": "", "simpleLikingEnabled": True, "mobileInfoBarSettings": {},
                            "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                            "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                            "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                            "commentDisableAfterDaysDefault": 0, "disqusShortname": "", "commentsEnabled": False,
                            "storeSettings": {}, "useEscapeKeyToLogin": False, "ssBadgeType": 1,
                            "ssBadgePosition": 4, "ssBadgeVisibility": 1, "ssBadgeDevices": 1,
                            "pinterestOverlayOptions": {"mode": "disabled"}, "userAccountsSettings": {"loginAllowed": False,
                                                                                                    "signupAllowed": False}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                           "cookieBannerText": "", "cookieBannerTheme": "", "cookieBannerVariant": "",
                           "cookieBannerPosition": "", "cookieBannerCtaVariant": "", "cookieBannerCtaText": "",
                           "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "",
                           "cookieBannerHasOptOut": False, "cookieBannerHasManageCookies": True,
                           "cookieBannerManageCookiesLabel": "", "cookieBannerSavedPreferencesText": "",
                           "cookieBannerSavedPreferencesLayout": "PILL"},
        "websiteCloneable": False,
        "collection": {"title": "Privacy (KM)", "id": "64a1f0b9e8b3d14f5a6c7e80", "fullUrl": "/km/privacy",
                       "type": 10, "permissionType": 1},
        "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
        "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
        "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
        "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
        "impersonatedSession": False, "tzData": {"zones": [[420, None, "ICT", None]], "rules": {}},
        "showAnnouncementBar": True,
        "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
        "i18nContext": {"timeZoneData": {"id": "Asia/Phnom_Penh", "name": "Indochina Time"}},
        "env": "PRODUCTION"}
    nav = "".join(
        '<div class="header-nav-item header-nav-item--collection%s"><a href="%s" data-animation-role="header-element"%s>%s</a></div>'
        % (" header-nav-item--active" if h == "/km/privacy" else "", h,
           ' aria-current="page"' if h == "/km/privacy" else "", html.escape(t))
        for h, t in (("/km", "ទំព័រដើម"), ("/km/camp", "ជំរំ"), ("/km/treks", "ដំណើរដើរព្រៃ"),
                     ("/km/wildlife", "សត្វព្រៃ"), ("/km/getting-here", "ការធ្វើដំណើរ"), ("/km/book", "កក់")))
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="km-KH"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- cardamom-ridge -->
<base href="">
<meta charset="utf-8" />
<title>គោលការណ៍ឯកជនភាព &mdash; Cardamom Ridge Camp</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64a1e8b0c3d24f1a9b8c7d6e/2b1e4a0c-9f3d-4e7a-8b6c-1d2e3f4a5b6c/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.cardamomridge.com/km/privacy"/>
<meta property="og:site_name" content="Cardamom Ridge Camp"/>
<meta property="og:title" content="គោលការណ៍ឯកជនភាព &mdash; Cardamom Ridge Camp"/>
<meta property="og:url" content="https://www.cardamomridge.com/km/privacy"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="គោលការណ៍ឯកជនភាព — Cardamom Ridge Camp"/>
<meta itemprop="url" content="https://www.cardamomridge.com/km/privacy"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Kantumruy+Pro:ital,wght@0,400;0,700;1,400;1,700&family=Kanit:ital,wght@0,300;0,500&display=swap"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
%(rollups)s
<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(context)s;</script>
<script type="application/ld+json">{"url":"https://www.cardamomridge.com","name":"Cardamom Ridge Camp","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1e8b0c3d24f1a9b8c7d6e/41/5c5a519771c10ba3470d8101/64a1e8b0c3d24f1a9b8c7d7f/1599/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-K8C4RT2M0Q"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('set', 'developer_id.dZjQwMz', true);gtag('config', 'G-K8C4RT2M0Q');</script><!-- End of Squarespace Headers -->
  </head>
  <body id="collection-64a1f0b9e8b3d14f5a6c7e80" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-animation-type-fade header-width-full tweak-transparent-header tweak-fixed-header-style-basic tweak-blog-item-width-medium tweak-blog-item-alignment-center footer-social-icons-enabled collection-type-page collection-64a1f0b9e8b3d14f5a6c7e80 collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
      <div class="sqs-announcement-bar-dropzone"><div class="yui3-widget sqs-widget sqs-announcement-bar"><div class="sqs-announcement-bar-content"><a class="sqs-announcement-bar-url" href="/km/trails" aria-labelledby="announcement-bar-text-inner-id"></a><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span><div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>%(bar)s</p></div></div></div></div></div>
      <header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;buttonText&quot;: &quot;កក់ឥឡូវនេះ&quot;, &quot;newWindow&quot;: false}, &quot;showSocial&quot;: true}" data-section-id="header">
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/km" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1e8b0c3d24f1a9b8c7d6e/7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f/cardamom-ridge-logo.png?format=1500w" alt="Cardamom Ridge Camp" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
                <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">%(nav)s</nav></div></div>
              </div>
              <div class="header-actions header-actions--right"><div class="showOnMobile"></div><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/km/book">កក់ឥឡូវនេះ</a></div></div>
            </div>
          </div>
        </div>
      </header>
      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="64a1f0c2e8b3d14f5a6c7e90">
  <section data-test="page-section" data-section-theme="dark" class='page-section full-bleed-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark' data-section-id="64a1f0c2e8b3d14f5a6c7e90" data-controller="SectionWrapperController" data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.35, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;}" data-animation="none">
    <div class="section-border"><div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/64a1e8b0c3d24f1a9b8c7d6e/1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6/ridge-fog.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" data-load="false" src="https://images.squarespace-cdn.com/content/v1/64a1e8b0c3d24f1a9b8c7d6e/1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6/ridge-fog.jpg" width="2500" height="1667" sizes="100vw" style="display:block;object-position: 50%% 50%%" decoding="async" loading="lazy"/><div class="section-background-overlay" style="opacity: 0.35;"></div></div></div>
    <div class='content-wrapper' style=''><div class="content"><div class="fluid-engine fe-64a1f0c2e8b3d14f5a6c7e92"><div class="fe-block fe-block-yui_3_17_2_1_1688955614521_8120"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688955614521_8120"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content><p class="sqsrte-large" style="white-space:pre-wrap;">ឯកជនភាព និងសុវត្ថិភាពភ្ញៀវ</p></div></div></div></div></div></div></div>
  </section>
  <section data-test="page-section" data-section-theme="white" class='page-section content-width--narrow full-bleed-section collection-type-page background-width--full-bleed section-height--medium horizontal-alignment--center vertical-alignment--middle white' data-section-id="%(sid)s" data-controller="SectionWrapperController" data-current-styles="{&quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--medium&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;}" data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class='content-wrapper' style=''>
      <div class="content">
        <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%(sid)s">
          <div class="row sqs-row"><div class="col sqs-col-12 span-12">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-yui_3_17_2_1_1688955614521_9934"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>%(head)s</div></div></div>
            <div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1688955614521_14420"><div class="sqs-block-content">%(summary)s</div></div>
            <div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1688955614521_22817"><div class="sqs-block-content">%(accordion)s</div></div>
          </div></div>
        </div>
      </div>
    </div>
  </section>
  <section data-test="page-section" data-section-theme="light" class='page-section content-width--wide background-width--full-bleed section-height--small horizontal-alignment--center vertical-alignment--middle light' data-section-id="64a1f0c2e8b3d14f5a6c7e93" data-controller="SectionWrapperController" data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class='content-wrapper' style=''><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f0c2e8b3d14f5a6c7e93"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1688955614521_30871"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/km/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">កក់ការស្នាក់នៅរបស់អ្នក</a></div></div></div></div></div></div></div></div>
  </section>
        </article>
      </main>
      <footer class="sections" id="footer-sections" data-footer-sections>
  <section data-test="page-section" data-section-theme="black" class='page-section content-width--wide background-width--full-bleed section-height--small horizontal-alignment--center vertical-alignment--middle black' data-section-id="64a1e8b0c3d24f1a9b8c7d90" data-controller="SectionWrapperController" data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class='content-wrapper' style=''><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1e8b0c3d24f1a9b8c7d90"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688950021337_4412"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content><p class="" style="white-space:pre-wrap;">Cardamom Ridge Camp · ឧទ្យានជាតិជួរភ្នំក្រវាញខាងត្បូង · ខេត្តកោះកុង</p><p class="" style="white-space:pre-wrap;"><a href="/km/privacy">គោលការណ៍ឯកជនភាព</a> · <a href="/km/park-rules">បទបញ្ជាឧទ្យាន</a> · <a href="#" class="sqs-cookie-banner-manage">ការកំណត់ខូគី</a></p></div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54" id="block-yui_3_17_2_1_1688950021337_5530"><div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-right social-icons-color- social-icons-size-small social-icons-style-regular"><nav class="sqs-svg-icon--list"><a href="https://www.facebook.com/cardamomridgecamp" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#facebook-unauth-icon"></use></svg></div></a></nav></div></div></div></div></div></div></div></div>
  </section>
      </footer>
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.%(sitebundle)s.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4c0-1.5,0.4-2.6,2.6-2.6l2.8,0v-4.8c-0.5-0.1-2.2-0.2-4.1-0.2 c-4.1,0-6.9,2.5-6.9,7V28H24v5.3h4.6V47H34.1z"/></symbol></svg>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script><script>Squarespace.afterBodyLoad(Y);</script>
  </body>
</html>
""" % {"rollups": rollup_scripts, "context": json.dumps(context, ensure_ascii=False, separators=(",", ":")),
       "bar": html.escape(BAR[state["bar"]]), "nav": nav, "sid": SECTION_ID,
       "head": text_block_html(seg["head"]), "summary": code_block_html(seg["summary"]),
       "accordion": accordion_html(seg["sections"]), "sitebundle": C.det_sha(r["common"])[:20]}


PAGE = {
    "service": "Cardamom Ridge Camp",
    "url": URL,
    "lang": "km",
    "platform": "Squarespace 7.1 (text, code and accordion blocks)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("Cache-Control", "no-cache, private"),
                      ("Strict-Transport-Security", "max-age=15552000")),
    "n": 28,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 6, 15),
    "hours": (0, 8, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 22),
    "fmt_date": fmt_date,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "section[data-section-id='%s'] .content" % SECTION_ID},
}
