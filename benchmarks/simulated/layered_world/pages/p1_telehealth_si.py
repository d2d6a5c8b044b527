"""SuwaSeva (සුවසේවා) - Sri Lankan telehealth app - Sinhala - Next.js 13 (pages router, SSR, CSS modules).

Layering: an intro, then a "key points" box of icon cards (icon + heading + caption), an explainer video (player,
caption, transcript in a collapsed <details>), a table of contents, the full text in sections, and a FAQ whose
questions are accordion headers (answers SSR'd with `hidden`).
Curator: the whole <article id="policy">; the key points, the video's caption and its transcript are part of the
notice; the player (play button, duration, CC badge), the transcript's "read the transcript" toggle label and the
TOC are removed. FAQ questions (in the accordion header buttons) and their hidden answers are kept.
Noise (noisy page): Next.js deploys (buildId, chunk hashes, CSS hash, sticky) and the live-chat launcher's markup
(session id, number of doctors online, day/night status) on every visit. Both outside the article.
Edits: key points only (sharing card brought in line with the full text); full text only (call-quality metadata
sentence); both at once (new "symptom checker" section + a new key-point card); inside a collapsed layer (a FAQ
answer: account data deletion 30 -> 14 days, date not bumped); a new FAQ question; full text only (rights section
cites the Personal Data Protection Act No. 9 of 2022 and the Data Protection Authority).
"""
import datetime as dt
import html
import json
import common as C

URL = "https://www.suwaseva.lk/si/privacy"
MASA = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
        "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]


def fmt_date(d):
    return "%d %s %d" % (d.year, MASA[d.month - 1], d.day)


POLICY = """
# රහස්‍යතා ප්‍රතිපත්තිය

අවසන් වරට යාවත්කාලීන කළේ: {UPDATED}

සුවසේවා යෙදුම සහ වෙබ් අඩවිය හරහා ඔබ වෛද්‍යවරුන් සමඟ සම්බන්ධ වන විට, ඔබේ පෞද්ගලික සහ සෞඛ්‍ය තොරතුරු අප වෙත භාර කරයි. එම විශ්වාසය අපි ඉතා බැරෑරුම් ලෙස සලකමු. මෙම ප්‍රතිපත්තිය ස්ථර දෙකකින් සකස් කර ඇත: පළමුව ප්‍රධාන කරුණු කෙටියෙන්, ඉන්පසු සම්පූර්ණ විස්තරය.

%% keypoints

## ප්‍රධාන කරුණු කෙටියෙන්

### අප එකතු කරන දේ

ඔබේ නම, දුරකථන අංකය, උපන් දිනය, සහ ඔබ වෛද්‍යවරයාට ලබා දෙන රෝග ලක්ෂණ, වෛද්‍ය වාර්තා හා බෙහෙත් වට්ටෝරු.

### අප එය භාවිත කරන්නේ ඇයි

ඔබට වෛද්‍ය උපදේශන ලබා දීමට, බෙහෙත් වට්ටෝරු නිකුත් කිරීමට, ගෙවීම් සැකසීමට සහ සේවාව ආරක්ෂිතව පවත්වා ගැනීමට.

### අප එය බෙදා ගන්නේ කා සමඟද

ඔබ තෝරාගත් වෛද්‍යවරයා සහ, ඔබ ඉල්ලා සිටින විට, ඔසුසල සමඟ පමණි. අපි ඔබේ දත්ත කිසිවිටෙක විකුණන්නේ නැත.

### අප එය තබා ගන්නා කාලය

වෛද්‍ය වාර්තා අවසන් උපදේශනයෙන් පසු වසර 10ක්; අනෙකුත් ගිණුම් තොරතුරු ගිණුම වසා දැමීමෙන් පසු වසර 2ක්.

### ඔබේ අයිතිවාසිකම්

ඔබේ දත්තවල පිටපතක් ලබා ගැනීමට, ඒවා නිවැරදි කිරීමට හෝ මකා දැමීමට ඕනෑම වේලාවක ඉල්ලීමක් කළ හැකිය.

%% video

වීඩියෝව: සුවසේවා ඔබේ සෞඛ්‍ය තොරතුරු රකින්නේ කෙසේද (විනාඩි 2)

ආයුබෝවන්! සුවසේවා හරහා ඔබ වෛද්‍යවරයකු සමඟ කතා කරන විට, ඔබ කියන දේ ඔබත් ඔබේ වෛද්‍යවරයාත් අතර පමණක් රැඳේ. ඔබේ වාර්තා සංකේතනය කර ආරක්ෂිත සේවාදායකවල ගබඩා කෙරේ. අපේ කාර්ය මණ්ඩලයට ඒවා විවෘත කළ හැක්කේ ඔබ සහාය ඉල්ලූ විට, ඔබේ අවසරය ඇතිව පමණි.

ඔබේ දත්ත බාගත කිරීමට හෝ ගිණුම මකා දැමීමට අවශ්‍ය නම්, යෙදුමේ සැකසුම් වෙත යන්න. ප්‍රශ්නයක් ඇත්නම් අපට ලියන්න. ස්තූතියි!

%% full

## අප කවුද

මෙම සේවාව සපයනු ලබන්නේ සුවසේවා හෙල්ත් (පුද්ගලික) සමාගම විසිනි. ඔබේ පෞද්ගලික දත්ත සම්බන්ධයෙන් වගකිව යුතු දත්ත පාලකයා අපි වෙමු.

@ සුවසේවා හෙල්ත් (පුද්ගලික) සමාගම
@ අංක 45, ධර්මපාල මාවත
@ කොළඹ 07
@ ඊමේල්: [privacy@suwaseva.lk](mailto:privacy@suwaseva.lk)

## අප එකතු කරන තොරතුරු

- **ගිණුම් තොරතුරු:** නම, දුරකථන අංකය, ඊමේල් ලිපිනය, උපන් දිනය සහ ස්ත්‍රී පුරුෂ භාවය.
- **සෞඛ්‍ය තොරතුරු:** ඔබ ලබා දෙන රෝග ලක්ෂණ, වෛද්‍ය ඉතිහාසය, ඔබ උඩුගත කරන පරීක්ෂණ වාර්තා, වෛද්‍යවරයාගේ සටහන් සහ බෙහෙත් වට්ටෝරු.
- **ගෙවීම් තොරතුරු:** ගනුදෙනු අංකය, මුදල සහ ගෙවීම් ක්‍රමය. ඔබේ කාඩ්පත් අංකය අප ගබඩා නොකරයි.
- **තාක්ෂණික තොරතුරු:** උපාංග වර්ගය, මෙහෙයුම් පද්ධතිය, යෙදුමේ අනුවාදය සහ IP ලිපිනය.

## වීඩියෝ උපදේශන

වීඩියෝ සහ හඬ ඇමතුම් අන්තයේ සිට අන්තය දක්වා සංකේතනය කෙරේ. ඔබේ පැහැදිලි අවසරයකින් තොරව අපි උපදේශන පටිගත නොකරමු.

## තොරතුරු භාවිත කරන ආකාරය

- ඔබව වෛද්‍යවරයකු සමඟ සම්බන්ධ කිරීමට සහ උපදේශන වාර්තා තබා ගැනීමට;
- බෙහෙත් වට්ටෝරු සහ වෛද්‍ය සහතික නිකුත් කිරීමට;
- ගෙවීම් සැකසීමට සහ රක්ෂණ හිමිකම් සඳහා ලදුපත් ලබා දීමට;
- වංචා වැළැක්වීමට සහ සේවාවේ ආරක්ෂාව පවත්වා ගැනීමට;
- ඔබ එකඟ වුවහොත් පමණක්, සෞඛ්‍ය උපදෙස් සහ මතක් කිරීම් යැවීමට.

## තොරතුරු බෙදා ගැනීම

ඔබේ සෞඛ්‍ය තොරතුරු දැකිය හැක්කේ ඔබ උපදේශනය ලබා ගන්නා වෛද්‍යවරයාට පමණි. ඔබ බෙහෙත් ගෙදරටම ගෙන්වා ගැනීමට තෝරා ගන්නේ නම්, බෙහෙත් වට්ටෝරුව ඔබ තෝරාගත් ඔසුසලට යවනු ලැබේ. ඔබ රසායනාගාර පරීක්ෂණයක් වෙන්කරවා ගන්නේ නම්, ඒ සඳහා අවශ්‍ය තොරතුරු අදාළ රසායනාගාරයට ලබා දෙනු ලැබේ.

ගෙවීම් සැකසීම සඳහා අපි බලපත්‍රලාභී ගෙවීම් සේවා සපයන්නෙකු භාවිත කරමු. අපේ දත්ත සිංගප්පූරුවේ පිහිටි වලාකුළු සේවාදායකවල ගබඩා කෙරේ. නීතියෙන් අවශ්‍ය වූ විට හැර, අපි ඔබේ තොරතුරු වෙනත් කිසිවෙකුට ලබා නොදෙමු; ඒවා විකුණන්නේද නැත.

## දත්ත රඳවා තබා ගැනීම

වෛද්‍ය වාර්තා පවත්වා ගැනීම සම්බන්ධ වෘත්තීය බැඳීම් නිසා, උපදේශන වාර්තා අවසන් උපදේශනයෙන් පසු වසර 10ක් තබා ගනු ලැබේ. ගිණුම් සහ ගෙවීම් තොරතුරු ගිණුම වසා දැමීමෙන් පසු වසර 2ක් තබා ගෙන, ඉන්පසු මකා දමනු ලැබේ.

## ආරක්ෂාව

සියලු දත්ත සම්ප්‍රේෂණයේදී සහ ගබඩාවේදී සංකේතනය කෙරේ. අපේ කාර්ය මණ්ඩලයට සෞඛ්‍ය වාර්තා වෙත ප්‍රවේශය ලැබෙන්නේ අත්‍යවශ්‍ය අවස්ථාවලදී පමණක් වන අතර, සෑම ප්‍රවේශයක්ම සටහන් කෙරේ.

## ඔබේ අයිතිවාසිකම්

ඔබේ පෞද්ගලික දත්තවල පිටපතක් ලබා ගැනීමට, වැරදි තොරතුරු නිවැරදි කිරීමට, දත්ත මකා දැමීමට සහ අලෙවිකරණ පණිවිඩ නැවැත්වීමට ඔබට අයිතියක් ඇත. යෙදුමේ **සැකසුම් > රහස්‍යතාව** හරහා හෝ අපට ලිවීමෙන් ඉල්ලීමක් කළ හැකිය. අපි මාසයක් ඇතුළත පිළිතුරු දෙන්නෙමු.

## අප අමතන්න

මෙම ප්‍රතිපත්තිය ගැන ප්‍රශ්න ඇත්නම්, අපේ දත්ත ආරක්ෂණ නිලධාරියා අමතන්න: [privacy@suwaseva.lk](mailto:privacy@suwaseva.lk), දුරකථන 011 234 5678.

%% faq

## නිතර අසන ප්‍රශ්න

### මගේ සේවා යෝජකයාට හෝ රක්ෂණ සමාගමට මගේ වෛද්‍ය වාර්තා දැකිය හැකිද?

නැත. ඔබ විසින්ම ඒවා බෙදා ගන්නේ නම් මිස, අපි ඔබේ වාර්තා සේවා යෝජකයන්ට හෝ රක්ෂණ සමාගම්වලට ලබා නොදෙමු. රක්ෂණ හිමිකම් සඳහා අවශ්‍ය ලදුපත් ඔබටම යෙදුමෙන් බාගත කළ හැකිය.

### වීඩියෝ උපදේශන පටිගත කෙරේද?

නැත. ඔබත් වෛද්‍යවරයාත් යන දෙදෙනාම එකඟ වුවහොත් පමණක් පටිගත කිරීමක් කළ හැකි අතර, එවිට එය ඔබේ වෛද්‍ය වාර්තාවට එක් කෙරේ.

### මගේ ගිණුම මකා දමන්නේ කෙසේද?

යෙදුමේ **සැකසුම් > ගිණුම > ගිණුම මකන්න** තෝරන්න. ඔබේ ගිණුම් තොරතුරු දින 30ක් ඇතුළත මකා දමනු ලැබේ. වෛද්‍ය වාර්තා නීතිමය රඳවා තබා ගැනීමේ කාලය අවසන් වන තෙක් ආරක්ෂිතව තබා ගනු ලැබේ.
"""

EDITS = [
    {"note": "key points only: the 'who we share with' card now names laboratories and the payment provider, as the full text already did",
     "repl": [("ඔබ තෝරාගත් වෛද්‍යවරයා සහ, ඔබ ඉල්ලා සිටින විට, ඔසුසල සමඟ පමණි.",
               "ඔබ තෝරාගත් වෛද්‍යවරයා, ඔබ ඉල්ලා සිටින විට ඔසුසල සහ රසායනාගාර, සහ අපේ ගෙවීම් සේවා සපයන්නා සමඟ පමණි.")]},
    {"note": "full text only: call-quality metadata (IP address, network speed, call duration) kept 30 days",
     "repl": [("ඔබේ පැහැදිලි අවසරයකින් තොරව අපි උපදේශන පටිගත නොකරමු.",
               "ඔබේ පැහැදිලි අවසරයකින් තොරව අපි උපදේශන පටිගත නොකරමු. ඇමතුම්වල ගුණාත්මකභාවය සහතික කිරීම සඳහා, අපි සම්බන්ධතා දත්ත (IP ලිපිනය, ජාල වේගය සහ ඇමතුමේ කාලය) දින 30ක් තබා ගනිමු.")]},
    {"note": "both layers: new section 'symptom checker' (AI) in the full text and a matching key-point card",
     "repl": [("## තොරතුරු භාවිත කරන ආකාරය",
               "## රෝග ලක්ෂණ පරීක්ෂකය\n\nයෙදුමේ ඇති රෝග ලක්ෂණ පරීක්ෂකය, ඔබ ඇතුළත් කරන රෝග ලක්ෂණ විශ්ලේෂණය කිරීමට කෘත්‍රිම බුද්ධි ආකෘතියක් භාවිත කරයි. එහි ප්‍රතිඵල වෛද්‍ය රෝග විනිශ්චයක් නොවන අතර, ඔබ උපදේශනයක් වෙන්කරවා ගන්නේ නම් ඒවා ඔබේ වෛද්‍යවරයාට ද පෙන්වනු ලැබේ. ඔබ ඇතුළත් කරන තොරතුරු ඔබව හඳුනා ගත හැකි ආකාරයෙන් ආකෘතිය පුහුණු කිරීමට භාවිත නොකෙරේ.\n\n## තොරතුරු භාවිත කරන ආකාරය"),
              ("### ඔබේ අයිතිවාසිකම්\n\nඔබේ දත්තවල",
               "### රෝග ලක්ෂණ පරීක්ෂකය\n\nකෘත්‍රිම බුද්ධිය භාවිත කරන මෙම මෙවලම දෙන්නේ මගපෙන්වීමක් පමණි; අවසාන තීරණය ඔබේ වෛද්‍යවරයාගේ ය.\n\n### ඔබේ අයිතිවාසිකම්\n\nඔබේ දත්තවල")]},
    {"note": "inside a collapsed layer (hidden FAQ answer): account data deleted within 14 days instead of 30; date not bumped",
     "bump": False,
     "repl": [("ඔබේ ගිණුම් තොරතුරු දින 30ක් ඇතුළත මකා දමනු ලැබේ.", "ඔබේ ගිණුම් තොරතුරු දින 14ක් ඇතුළත මකා දමනු ලැබේ.")]},
    {"note": "new FAQ question at the end of the FAQ: booking a consultation for a child",
     "repl": [("වෛද්‍ය වාර්තා නීතිමය රඳවා තබා ගැනීමේ කාලය අවසන් වන තෙක් ආරක්ෂිතව තබා ගනු ලැබේ.",
               "වෛද්‍ය වාර්තා නීතිමය රඳවා තබා ගැනීමේ කාලය අවසන් වන තෙක් ආරක්ෂිතව තබා ගනු ලැබේ.\n\n"
               "### මගේ දරුවා වෙනුවෙන් උපදේශනයක් වෙන්කරවා ගත හැකිද?\n\n"
               "ඔව්. වයස අවුරුදු 18ට අඩු දරුවන් සඳහා උපදේශන වෙන්කරවා ගත හැක්කේ දෙමාපියෙකුට හෝ නීත්‍යානුකූල භාරකරුවෙකුට පමණි. දරුවාගේ පැතිකඩ ඔබේ ගිණුම යටතේ සාදනු ලබන අතර, එහි වාර්තා ඔබට බැලිය හැකිය.")]},
    {"note": "full text only: rights section cites the Personal Data Protection Act No. 9 of 2022 and the right to complain to the Data Protection Authority",
     "repl": [("අපි මාසයක් ඇතුළත පිළිතුරු දෙන්නෙමු.",
               "අපි මාසයක් ඇතුළත පිළිතුරු දෙන්නෙමු. 2022 අංක 9 දරන පුද්ගලික දත්ත ආරක්ෂණ පනත යටතේ, අපේ පිළිතුර ගැන ඔබ සෑහීමකට පත් නොවන්නේ නම්, ශ්‍රී ලංකා දත්ත ආරක්ෂණ අධිකාරියට පැමිණිල්ලක් ඉදිරිපත් කිරීමට ද ඔබට අයිතියක් ඇත.")]},
]


def gold_md(blocks):
    # the article minus the player, the transcript toggle label and the TOC: every block, in source order
    return C.blocks_md(C.without_markers(blocks), URL)


CHAT_STATUS = [("day", "වෛද්‍යවරුන් %d දෙනෙක් දැන් සබැඳිව සිටිති"), ("night", "රාත්‍රී සේවය: වෛද්‍යවරුන් %d දෙනෙක් සූදානම්")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (
        C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"), C.hexs(rng, 16),
        C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    night = when.hour < 2 or when.hour >= 16  # 21:30 .. 07:30 Colombo time
    s["chat"] = (C.uuid4(rng), rng.randint(3, 9) if night else rng.randint(11, 38), "night" if night else "day")
    return s


LABELS = {"build": "Next.js deploy (buildId, chunk and CSS hashes)",
          "chat": "live-chat launcher markup (session id, doctors online, day/night status)"}


def render(s, blocks, when):
    build_id, css, appchunk, pagechunk, webpack = s["build"]
    session, online, mode = s["chat"]
    seg = C.segments(blocks)
    head = seg["head"]
    title = head[0][1]
    updated = head[1][1]
    intro = C.blocks_html(head[2:], {"p": "Privacy_lead__2WcZr"})
    kp = seg["keypoints"]
    cards = []
    for n in range(1, len(kp), 2):
        cards.append('<li class="KeyPoints_card__hH1yU"><img src="/icons/kp-%d.svg" alt="" width="40" height="40" loading="lazy"/>'
                     '<h3>%s</h3><p>%s</p></li>' % (n // 2 + 1, C.inline_html(kp[n][1]), C.inline_html(kp[n + 1][1])))
    kp_html = ('<section class="KeyPoints_box__Vt8sJ" aria-labelledby="key-points"><h2 id="key-points">%s</h2>'
               '<ul class="KeyPoints_grid__e2RkA">%s</ul></section>' % (C.inline_html(kp[0][1]), "".join(cards)))
    vid = seg["video"]
    video_html = ('<figure class="Explainer_figure__c0Yq1"><div class="Explainer_player__k2J9d" data-video-id="suwa-privacy-si-v2">'
                  '<button type="button" class="Explainer_play__1tGhx" aria-label="වීඩියෝව ධාවනය කරන්න">▶</button>'
                  '<span class="Explainer_duration__wQ3cA">2:07</span><span class="Explainer_cc__pZ7eN">CC</span></div>'
                  '<figcaption>%s</figcaption><details class="Explainer_transcript__Lk0pS"><summary>පිටපත කියවන්න</summary>%s</details></figure>'
                  % (C.inline_html(vid[0][1]), C.blocks_html(vid[1:], sep="")))
    _, secs = C.split_sections(seg["full"])
    toc = "".join('<li><a href="#s%d">%s</a></li>' % (n + 1, C.inline_html(t)) for n, (t, _) in enumerate(secs))
    toc_html = ('<nav class="Toc_toc__M1n5v" aria-label="පටුන"><p class="Toc_title__aP0Vb">මෙම පිටුවේ</p><ol>%s</ol></nav>' % toc)
    sec_html = "\n".join('<section id="s%d" class="Privacy_section__Xy3Pz"><h2>%s</h2>%s</section>'
                         % (n + 1, C.inline_html(t), C.blocks_html(bl, sep="")) for n, (t, bl) in enumerate(secs))
    faq = seg["faq"]
    items = C.under_headings(faq[1:])
    faq_html = ('<section class="Faq_faq__R8dQv" aria-labelledby="faq-title"><h2 id="faq-title">%s</h2>%s</section>'
                % (C.inline_html(faq[0][1]), "".join(
                    '<div class="Faq_item__Jm4Tn"><h3 class="Faq_question__s8Ko2"><button type="button" aria-expanded="false" '
                    'aria-controls="faq-%d" id="faq-btn-%d">%s</button></h3><div id="faq-%d" role="region" aria-labelledby="faq-btn-%d" '
                    'class="Faq_answer__Ew1Rb" hidden="">%s</div></div>' % (k, k, C.inline_html(q), k, k, C.blocks_html(a, sep=""))
                    for k, (q, a) in enumerate(items))))
    article = ('<article id="policy" class="Privacy_article__Qw7e1"><header class="Privacy_header__b3LmN">'
               '<h1 class="Privacy_title__9fKx2">%s</h1><p class="Privacy_updated__T0aQe">%s</p></header>%s%s%s%s%s%s</article>'
               % (C.inline_html(title), C.inline_html(updated), intro, kp_html, video_html, toc_html, sec_html, faq_html))
    next_data = {"props": {"pageProps": {"locale": "si", "slug": "privacy", "seo": {"title": title + " | සුවසේවා",
                 "canonical": URL}, "lastUpdated": updated.split(": ", 1)[1]}, "__N_SSP": True},
                 "page": "/[locale]/privacy", "query": {"locale": "si"}, "buildId": build_id, "isFallback": False,
                 "gssp": True, "locale": "si", "locales": ["si", "ta", "en"], "defaultLocale": "si", "scriptLoader": []}
    chat_text = dict(CHAT_STATUS)[mode] % online
    return ('<!DOCTYPE html><html lang="si"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>%s | සුවසේවා</title><meta name="description" content="සුවසේවා ඔබේ පෞද්ගලික සහ සෞඛ්‍ය තොරතුරු භාවිත කරන ආකාරය."/>'
            '<link rel="canonical" href="%s"/><link rel="alternate" hrefLang="ta" href="https://www.suwaseva.lk/ta/privacy"/>'
            '<link rel="alternate" hrefLang="en" href="https://www.suwaseva.lk/en/privacy"/><meta name="next-head-count" content="7"/>'
            '<link rel="preload" href="/_next/static/media/9c4f34569c9b36ca-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-%s.js" defer=""></script><script src="/_next/static/chunks/framework-fda0a023b274c574.js" defer=""></script>'
            '<script src="/_next/static/chunks/main-0a1d4e5c7b2f9e38.js" defer=""></script><script src="/_next/static/chunks/pages/_app-%s.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/%%5Blocale%%5D/privacy-%s.js" defer=""></script>'
            '<script src="/_next/static/%s/_buildManifest.js" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script></head>'
            '<body><div id="__next"><div class="Layout_root__Zq1xT"><header class="Header_header__x1Y2z"><a href="/si" class="Header_logo__m2Pq0">'
            '<img src="/logo-suwaseva.svg" alt="සුවසේවා" width="132" height="32"/></a><nav class="Header_nav__3GkLp"><ul>'
            '<li><a href="/si/doctors">වෛද්‍යවරුන්</a></li><li><a href="/si/pharmacy">ඔසුසල</a></li><li><a href="/si/lab-tests">රසායනාගාර පරීක්ෂණ</a></li>'
            '<li><a href="/si/corporate">ආයතන සඳහා</a></li></ul></nav><div class="Header_lang__Tt7Qe"><a href="/si/privacy" aria-current="true">සිං</a>'
            '<a href="/ta/privacy">த</a><a href="/en/privacy">EN</a></div><a class="Header_cta__8Hs2d" href="https://app.suwaseva.lk/download">යෙදුම බාගන්න</a></header>'
            '<main class="Privacy_main__3kd9Q">%s</main>'
            '<footer class="Footer_footer__pR4bN"><div class="Footer_cols__a7LkE"><div><h4>සුවසේවා</h4><ul><li><a href="/si/about">අප ගැන</a></li>'
            '<li><a href="/si/careers">රැකියා</a></li></ul></div><div><h4>නීතිමය</h4><ul><li><a href="/si/terms">භාවිත නියම</a></li>'
            '<li><a href="/si/privacy">රහස්‍යතා ප්‍රතිපත්තිය</a></li><li><a href="/si/cookies">කුකී</a></li></ul></div><div><h4>සහාය</h4>'
            '<ul><li><a href="tel:0112345678">011 234 5678</a></li><li><a href="mailto:help@suwaseva.lk">help@suwaseva.lk</a></li></ul></div></div>'
            '<p class="Footer_copy__Wc2mF">© %d සුවසේවා හෙල්ත් (පුද්ගලික) සමාගම</p></footer></div>'
            '<div id="suwa-chat" class="ChatLauncher_root__Gf5sK" data-session="%s" data-mode="%s"><button type="button" class="ChatLauncher_button__1Pz0s" '
            'aria-label="සහාය සමඟ කතා කරන්න"><span class="ChatLauncher_dot__Ho2vR"></span><span class="ChatLauncher_text__d9WmY">%s</span></button></div></div>'
            '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>'
            % (html.escape(title), URL, css, css, webpack, appchunk, pagechunk, build_id, build_id, article, when.year,
               session, mode, chat_text, json.dumps(next_data, ensure_ascii=False, separators=(",", ":"))))


PAGE = {
    "service": "SuwaSeva", "url": URL, "lang": "si", "platform": "Next.js 13 (SSR)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 2, 8), "end": dt.date(2025, 11, 28),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#policy"],
                    "remove": ['[class*="Explainer_player"]', '[class*="Explainer_transcript"] > summary',
                               '[class*="Toc_toc"]']},
}
