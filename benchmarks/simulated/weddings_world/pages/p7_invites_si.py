"""Sinhala wedding-invitation printer on Wix (Thunderbolt renderer): the policy is one rich-text component.

Fairly clean: per visit the viewer model's requestId and the serving fleet (GA / Rollout / RC); now and then a
new thunderbolt bundle version and siteRevision. In July 2023 the shop moved to a new Wix template: a new
rich-text component id, wixui-* classes, a new header (the declaration's history holds the old selector).
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
          "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]


def fmt_date(d):
    return "%d %s %d" % (d.year, MONTHS[d.month - 1], d.day)


POLICY = """# රහස්‍යතා ප්‍රතිපත්තිය

අවසන් වරට යාවත්කාලීන කළේ: {UPDATED}

මංගල කාඩ්ස් යනු විවාහ ආරාධනා පත්‍ර, ස්තුති කාඩ්පත්, මේස නාම පත්, මංගල උත්සව සඳහා වූ මුද්‍රිත අයිතම සහ ඩිජිටල් ආරාධනා නිර්මාණය කර මුද්‍රණය කරන ශ්‍රී ලාංකීය ආයතනයකි. ඔබ අපගේ වෙබ් අඩවියෙන්, WhatsApp හරහා හෝ අපගේ ප්‍රදර්ශනාගාරයට පැමිණ ඇණවුමක් කරන විට ඔබේ පුද්ගලික තොරතුරු කිහිපයක් අපට ලැබේ. මෙම ප්‍රතිපත්තියෙන් අප එකතු කරන තොරතුරු මොනවාද, ඒවා භාවිත කරන්නේ කෙසේද සහ ඔබට ඇති අයිතිවාසිකම් මොනවාද යන්න පැහැදිලි කරයි. අපි 2022 අංක 9 දරන පුද්ගලික දත්ත ආරක්ෂණ පනතේ විධිවිධානවලට අනුකූලව ක්‍රියා කරමු.

## 1. අප ගැන

@ මංගල කාඩ්ස් (පුද්ගලික) සමාගම
@ අංක 45, හයිලෙවල් පාර, මහරගම
@ සමාගම් ලියාපදිංචි අංකය: PV 00234567
@ දුරකථන: 011 285 6470
@ විද්‍යුත් තැපෑල: hello@mangalacards.lk

## 2. අප එකතු කරන තොරතුරු

- ඔබේ නම, දුරකථන අංකය, විද්‍යුත් තැපැල් ලිපිනය සහ බෙදාහැරීමේ ලිපිනය;
- ආරාධනා පත්‍රයේ මුද්‍රණය කළ යුතු තොරතුරු: මනාලයාගේ සහ මනාලියගේ නම්, දෙමාපියන්ගේ නම්, මංගල දිනය, පෝරුව සහ නැකත් වේලාවන්, උත්සව ශාලාවේ නම සහ ලිපිනය;
- ඔබ අපට එවන ඡායාරූප, සැලසුම් අදහස් සහ ආදර්ශ ආරාධනා පත්‍ර;
- ගෙවීම් තොරතුරු: ගෙවූ මුදල, ගෙවීම් ක්‍රමය සහ බැංකු තැන්පතු රිසිට්පතේ පිටපත;
- වෙබ් අඩවිය භාවිතයේ තාක්ෂණික තොරතුරු: IP ලිපිනය, බ්‍රවුසරය, උපාංගය සහ ඔබ පිවිසි පිටු.

## 3. තොරතුරු භාවිත කරන ආකාරය

- ආරාධනා පත්‍ර සැලසුම් කිරීම, සෝදුපත් යැවීම සහ මුද්‍රණය කිරීම;
- ඇණවුම් බෙදා හැරීම සහ ඇණවුමේ තත්ත්වය පිළිබඳ WhatsApp හෝ SMS මඟින් දැනුම් දීම;
- ගෙවීම් තහවුරු කිරීම සහ ගිණුම් වාර්තා තබා ගැනීම;
- ඔබ කැමැත්ත දුන්නේ නම් පමණක් නව සැලසුම් සහ වට්ටම් පිළිබඳ තොරතුරු යැවීම;
- වෙබ් අඩවියේ ක්‍රියාකාරිත්වය විශ්ලේෂණය කර වැඩිදියුණු කිරීම.

## 4. ඔබේ සැලසුම් සහ නැකත් තොරතුරු

ආරාධනා පත්‍රයේ ඇති නම්, නැකත් වේලාවන් සහ ඡායාරූප අපි ඔබේ ඇණවුම සඳහා පමණක් භාවිත කරමු. ඔබේ ලිඛිත අවසරයකින් තොරව ඔබේ ආරාධනා පත්‍රය අපගේ Facebook හෝ Instagram පිටුවල ආදර්ශයක් ලෙස පළ නොකරමු; අවසරය ලැබී පළ කරන විට පවා නම්, ලිපින සහ දුරකථන අංක ඉවත් කරමු. මුද්‍රණයෙන් පසු සැලසුම් ගොනු මාස 12ක් තබා ගන්නේ ඔබට අමතර පිටපත් ඇණවුම් කිරීමට හැකි වන පරිදිය.

## 5. ඩිජිටල් ආරාධනා සහ RSVP

ඩිජිටල් ආරාධනාවක් තෝරා ගත් විට, ආරාධනාවේ සබැඳිය ලැබෙන අමුත්තන්ට ඔවුන්ගේ පැමිණීම තහවුරු කළ හැකිය. අමුත්තන් ඇතුළත් කරන නම සහ පැමිණෙන අමුත්තන් ගණන ඔබට පමණක් පෙනේ. සබැඳිය නොමැති අයට ආරාධනාව සෙවුම් යන්ත්‍රවලින් සොයා ගත නොහැක. උත්සවයෙන් දින 60කට පසු RSVP ලැයිස්තුව ස්වයංක්‍රීයව මකා දමනු ලැබේ.

## 6. තොරතුරු බෙදා ගන්නා අය

අපි ඔබේ තොරතුරු කිසිවෙකුට විකුණන්නේ නැත. සේවාව සැපයීම සඳහා අවශ්‍ය ප්‍රමාණයට පමණක් පහත පාර්ශ්ව සමඟ බෙදා ගනිමු:

- Wix.com Ltd. – වෙබ් අඩවිය සහ ඇණවුම් පද්ධතිය;
- PayHere (Private) Limited – කාඩ්පත් සහ ඔන්ලයින් ගෙවීම්;
- Koombiyo Delivery සහ ශ්‍රී ලංකා තැපෑල – ඇණවුම් බෙදා හැරීම;
- Meta Platforms – WhatsApp Business හරහා සෝදුපත් යැවීම;
- Google – Google Analytics මඟින් වෙබ් අඩවි සංඛ්‍යාලේඛන.

නීතියෙන් නියම කර ඇති අවස්ථාවලදී අධිකරණයට හෝ රජයේ ආයතනවලට තොරතුරු ලබා දිය හැකිය.

## 7. තොරතුරු තබා ගන්නා කාලය

- ඇණවුම් සහ ඉන්වොයිස්: බදු නීති අනුව වසර 6ක්;
- සැලසුම් ගොනු සහ ඡායාරූප: මුද්‍රණයෙන් පසු මාස 12ක්;
- RSVP ලැයිස්තු: උත්සවයෙන් දින 60ක්;
- අලෙවිකරණ පණිවිඩ ලැයිස්තුව: ඔබ ඉවත් වන තුරු.

## 8. ප්‍රදර්ශනාගාරයට පැමිණීම

නියැදි ආරාධනා පත්‍ර බැලීමට ප්‍රදර්ශනාගාරයට පැමිණෙන විට, ඔබේ නම, දුරකථන අංකය සහ මංගල දිනය අපගේ හමුවීම් පොතේ සටහන් කරමු. ඔබ තෝරා ගත් නියැදි අංක සහ වර්ණ ද එහි ලියා තබන්නේ පසුව ඇණවුම සකස් කිරීමට පහසු වන පරිදිය. ආරක්ෂාව සඳහා ප්‍රදර්ශනාගාරයේ CCTV කැමරා සවි කර ඇති අතර, එම පටිගත කිරීම් දින 30කට පසු ස්වයංක්‍රීයව මැකී යයි. පටිගත කිරීම් බැලිය හැක්කේ ආයතනයේ අයිතිකරුට සහ නීතියෙන් බලය ලත් ආයතනවලට පමණි.

## 9. විදේශයන්ට තොරතුරු යැවීම

අපගේ වෙබ් අඩවිය සහ ඇණවුම් පද්ධතිය සත්කාරකත්වය සපයන Wix සහ Google වැනි සේවා සපයන්නන්ගේ සේවාදායක ශ්‍රී ලංකාවෙන් පිටත පිහිටා ඇත. එබැවින් වෙබ් අඩවිය හරහා ඔබ ඇතුළත් කරන තොරතුරු විදේශයන්හි ගබඩා විය හැකිය. එවැනි අවස්ථාවලදී එම සමාගම් ජාත්‍යන්තර ආරක්ෂණ ප්‍රමිතීන් අනුගමනය කරන බවට අපි සහතික වෙමු. ඔබේ ආරාධනා පත්‍රයේ මුද්‍රණ ගොනු ගබඩා කරන්නේ අපගේ මහරගම කාර්යාලයේ පරිගණකවල පමණි.

## 10. වයස අවුරුදු 18ට අඩු අය

අපගේ සේවා වැඩිහිටියන් සඳහා වේ. දරුවන්ගේ උපන්දින හෝ වෙනත් උත්සව සඳහා වූ ආරාධනා පත්‍ර දෙමාපියන් හෝ භාරකරුවන් විසින් ඇණවුම් කළ යුතුය.

## 11. කුකීස්

අපගේ වෙබ් අඩවිය Wix වේදිකාව මත ක්‍රියා කරන අතර, අඩවිය නිසි ලෙස ක්‍රියා කිරීමට අවශ්‍ය කුකීස් සහ ඔබේ කැමැත්ත ඇත්නම් සංඛ්‍යාලේඛන කුකීස් භාවිත කරයි. ඔබේ බ්‍රවුසරයේ සැකසුම් මඟින් කුකීස් මකා දැමීමට හෝ අවහිර කිරීමට ඔබට හැකිය, නමුත් එවිට ඇණවුම් කරත්තය නිසි ලෙස ක්‍රියා නොකළ හැකිය.

## 12. ඔබේ අයිතිවාසිකම්

පුද්ගලික දත්ත ආරක්ෂණ පනත යටතේ ඔබට පහත අයිතිවාසිකම් ඇත:

- අප සතු ඔබේ තොරතුරු පිළිබඳව දැන ගැනීමට සහ ඒවායේ පිටපතක් ලබා ගැනීමට;
- වැරදි තොරතුරු නිවැරදි කරවා ගැනීමට;
- තවදුරටත් අවශ්‍ය නොවන තොරතුරු මකා දැමීමට ඉල්ලීමට;
- අලෙවිකරණ පණිවිඩ ලැබීම ඕනෑම වේලාවක නවත්වා ගැනීමට;
- ඔබ දුන් කැමැත්ත ආපසු ගැනීමට.

ඔබේ ඉල්ලීම hello@mangalacards.lk වෙත එවන්න. අපි වැඩ කරන දින 21ක් ඇතුළත පිළිතුරු දෙන්නෙමු.

## 13. ආරක්ෂාව

ඇණවුම් තොරතුරු වෙත ප්‍රවේශය ඇත්තේ සැලසුම්කරුවන්ට සහ ඇණවුම් කළමනාකරුට පමණි. වෙබ් අඩවිය සංකේතනය කළ සම්බන්ධතාවයක් (HTTPS) භාවිත කරයි. කාර්යාල පරිගණක මුරපද මඟින් ආරක්ෂා කර ඇති අතර, ඇණවුම් ගොනුවල උපස්ථ පිටපත් සතිපතා ගනු ලැබේ. මුද්‍රණයට ගිය නමුත් භාවිත නොකළ සෝදුපත් සහ වැරදි මුද්‍රණ පිටපත් කපා විනාශ කරනු ලැබේ.

## 14. ප්‍රතිපත්තියේ වෙනස්කම්

අපි කලින් කලට මෙම ප්‍රතිපත්තිය යාවත්කාලීන කරමු. වැදගත් වෙනස්කම් සිදු වූ විට එය මෙම පිටුවේ ඉහළින් සඳහන් කරනු ලැබේ. සක්‍රීය ඇණවුමක් ඇති ගනුදෙනුකරුවන්ට අපි WhatsApp හෝ විද්‍යුත් තැපෑල මඟින් ද එම වෙනස්කම් පිළිබඳව දැනුම් දෙන්නෙමු. ප්‍රතිපත්තියේ පැරණි අනුවාදයක් අවශ්‍ය නම් ඔබට එය අපෙන් ඉල්ලා සිටිය හැකිය.

## 15. අප අමතන්න

මෙම ප්‍රතිපත්තිය ගැන හෝ ඔබේ තොරතුරු ගැන ඕනෑම ප්‍රශ්නයක් ඇත්නම් hello@mangalacards.lk වෙත ලියන්න, නැතහොත් 011 285 6470 අමතන්න. අපගේ පිළිතුර ගැන ඔබ සෑහීමකට පත් නොවන්නේ නම්, ශ්‍රී ලංකා දත්ත ආරක්ෂණ අධිකාරියට පැමිණිලි කිරීමට ඔබට අයිතිය ඇත.
"""

EDITS = [
    {"note": "typo fixed: 'ප්‍රදර්ශනාගාරයට' was 'ප්‍රදර්ශනගාරයට' (no new date)",
     "repl": [("අපගේ ප්‍රදර්ශනගාරයට පැමිණ", "අපගේ ප්‍රදර්ශනාගාරයට පැමිණ")], "bump": False},
    {"note": "sentence added: card details handled by PayHere only",
     "repl": [("ගෙවූ මුදල, ගෙවීම් ක්‍රමය සහ බැංකු තැන්පතු රිසිට්පතේ පිටපත;",
               "ගෙවූ මුදල, ගෙවීම් ක්‍රමය සහ බැංකු තැන්පතු රිසිට්පතේ පිටපත; ඔබේ කාඩ්පත් අංකය අපට නොපෙනෙන අතර "
               "එය සකසන්නේ PayHere ආයතනය පමණි;")]},
    {"note": "processor added to the list: Dialog SMS notifications",
     "repl": [("- Meta Platforms – WhatsApp Business හරහා සෝදුපත් යැවීම;",
               "- Meta Platforms – WhatsApp Business හරහා සෝදුපත් යැවීම;\n"
               "- Dialog Axiata PLC – ඇණවුම් තත්ත්වය පිළිබඳ SMS දැනුම්දීම්;")]},
    {"note": "retention of design files shortened from 12 to 6 months (two places)",
     "repl": [("මුද්‍රණයෙන් පසු සැලසුම් ගොනු මාස 12ක් තබා ගන්නේ", "මුද්‍රණයෙන් පසු සැලසුම් ගොනු මාස 6ක් තබා ගන්නේ"),
              ("සැලසුම් ගොනු සහ ඡායාරූප: මුද්‍රණයෙන් පසු මාස 12ක්;", "සැලසුම් ගොනු සහ ඡායාරූප: මුද්‍රණයෙන් පසු මාස 6ක්;")]},
    {"note": "showroom moved: address and phone number changed (three places)",
     "repl": [("@ අංක 45, හයිලෙවල් පාර, මහරගම", "@ අංක 112/3, ස්ටැන්ලි තිලකරත්න මාවත, නුගේගොඩ"),
              ("@ දුරකථන: 011 285 6470", "@ දුරකථන: 011 281 9090"),
              ("නැතහොත් 011 285 6470 අමතන්න", "නැතහොත් 011 281 9090 අමතන්න"),
              ("අපගේ මහරගම කාර්යාලයේ පරිගණකවල", "අපගේ නුගේගොඩ කාර්යාලයේ පරිගණකවල")]},
]
POLICY = POLICY.replace("අපගේ ප්‍රදර්ශනාගාරයට පැමිණ", "අපගේ ප්‍රදර්ශනගාරයට පැමිණ")

REDESIGN = dt.datetime(2023, 7, 9)
OLD_COMP, NEW_COMP = "comp-kq8x1z4m", "comp-lk2f9w1p"


def wix_rich(blocks, new):
    w = " wixui-rich-text__text" if new else ""
    sp = ' class="wixui-rich-text__text"' if new else ""

    def text(raw):
        return html.escape(raw, quote=False)

    def bold(raw):
        return '<span style="font-weight:bold;"%s>%s</span>' % (sp, text(raw))

    def link(url, label):
        return ('<a href="%s" target="_blank"%s><span style="text-decoration:underline;"%s>%s</span></a>'
                % (html.escape(url), sp, sp, text(label)))

    def inl(t):
        return "<span%s>%s</span>" % (sp, C.inline_html(t, text, bold, link))

    spacer = '<p class="font_8%s"><span%s>&nbsp;</span></p>' % (w, sp)
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0%s">%s</h1>' % (w, inl(v)))
        elif kind == "h2":
            out.append(spacer)
            out.append('<h2 class="font_2%s" style="font-size:22px;">%s</h2>' % (w, inl(v)))
        elif kind == "p":
            out.append('<p class="font_8%s">%s</p>' % (w, inl(v)))
        elif kind == "addr":
            out.append("".join('<p class="font_8%s">%s</p>' % (w, inl(x)) for x in v))
        elif kind == "ul":
            out.append('<ul class="font_8%s">%s</ul>' % (w, "".join(
                '<li%s><p class="font_8%s">%s</p></li>' % (sp, w, inl(x)) for x in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    tb = C.keep_or(rng, prev.get("thunderbolt"), 0.3,
                   lambda: ("1.%d.0" % (9000 + (when.date() - dt.date(2021, 1, 1)).days * 6 + rng.randint(0, 5)),
                            C.hexs(rng, 8)))
    rev = prev.get("revision", 310)
    if rng.random() < 0.12:
        rev += rng.randint(1, 4)
    return {
        "request": "%d.%d" % (C.epoch(when), rng.randint(10 ** 14, 10 ** 15 - 1)),
        "fleet": rng.choices([("GA", 0), ("Rollout", 1), ("RC", 1)], [0.8, 0.15, 0.05])[0],
        "thunderbolt": tb,
        "revision": rev,
        "layout": "2023" if when >= REDESIGN else "2021",
    }


LABELS = {"request": "viewer-model requestId", "fleet": "serving fleet (GA/Rollout/RC)",
          "thunderbolt": "thunderbolt bundle version", "revision": "siteRevision (site republished)",
          "layout": "2023 template redesign (new rich-text component)"}


def render(state, blocks, when):
    new = state["layout"] == "2023"
    ver, bundle = state["thunderbolt"]
    fleet, code = state["fleet"]
    model = {
        "fleetConfig": {"fleetName": "thunderbolt-renderer-user-code" if code else "thunderbolt-seo-renderer",
                        "type": fleet, "code": code},
        "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False,
                 "siteAssetsFallback": "enable", "versionIndicator": False},
        "siteFeaturesConfigs": {"sessionManager": {"isRunningInDifferentSiteContext": False}},
        "language": {"userLanguage": "si"},
        "site": {"metaSiteId": "8b2c4e6a-1d3f-4a5b-9c7d-0e1f2a3b4c5d", "siteId": "3f9e1d7c-5b3a-4e2f-8d6c-4b2a0e8f6d1c",
                 "siteRevision": state["revision"], "externalBaseUrl": "https://www.mangalacards.lk",
                 "isResponsive": new},
        "requestUrl": "https://www.mangalacards.lk/privacy-policy",
        "requestId": state["request"],
        "viewerVersion": ver,
        "isInSEO": False,
    }
    model_js = json.dumps(model, separators=(",", ":")).replace("/", "\\/")
    if new:
        comp = NEW_COMP
        rich = ('<div id="%s" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT %s wixui-rich-text" '
                'data-testid="richTextElement">%s</div>' % (comp, comp, wix_rich(blocks, True)))
        header = ('<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">'
                  '<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div '
                  'class="G5K6X8"></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" '
                  'data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" '
                  'data-testid="mesh-container-content"><div id="comp-lk2f7a01" class="MazNVa comp-lk2f7a01 '
                  'wixui-image"><a data-testid="linkElement" href="https://www.mangalacards.lk" class="j7pOnl">'
                  '<img src="https://static.wixstatic.com/media/9c1f2e_4b7a0d3c8e5f4a1b9d2c6e8f0a3b5c7d~mv2.png/v1/fill/'
                  'w_180,h_64,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-mangala.png" alt="මංගල කාඩ්ස්" '
                  'style="width:180px;height:64px;object-fit:cover" width="180" height="64"></a></div>'
                  '<wix-dropdown-menu id="comp-lk2f7a02" class="XRwtpn NHM1d1 comp-lk2f7a02 wixui-dropdown-menu" '
                  'tabindex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" '
                  'data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" '
                  'data-label-pad="0" data-ribbon-extra="0" data-dropalign="center"><nav class="R_TAzU" '
                  'id="comp-lk2f7a02navContainer" aria-label="Site"><ul class="y7qwii" id="comp-lk2f7a02itemsContainer">'
                  '<li class="Tg1gOB wixui-dropdown-menu__item"><a class="UiHgGh" href="https://www.mangalacards.lk">'
                  '<p class="zKbzSQ">මුල් පිටුව</p></a></li><li class="Tg1gOB wixui-dropdown-menu__item"><a '
                  'class="UiHgGh" href="https://www.mangalacards.lk/invitations"><p class="zKbzSQ">ආරාධනා පත්‍ර</p>'
                  '</a></li><li class="Tg1gOB wixui-dropdown-menu__item"><a class="UiHgGh" '
                  'href="https://www.mangalacards.lk/e-invites"><p class="zKbzSQ">ඩිජිටල් ආරාධනා</p></a></li><li '
                  'class="Tg1gOB wixui-dropdown-menu__item"><a class="UiHgGh" '
                  'href="https://www.mangalacards.lk/contact"><p class="zKbzSQ">අප අමතන්න</p></a></li></ul></nav>'
                  '</wix-dropdown-menu></div></div></div></div></header>')
        page_id, page_cls = "c1dmp", "dBAkHi theme-vars c1dmp"
    else:
        comp = OLD_COMP
        rich = ('<div id="%s" class="_2Hij5 _3bcaz" data-testid="richTextElement">%s</div>'
                % (comp, wix_rich(blocks, False)))
        header = ('<header id="SITE_HEADER" class="_1Ftgn" tabindex="-1"><div class="_2ZFfq"><div class="_3ttJr" '
                  'data-testid="screenWidthContainerBg"></div></div><div class="_1oyKZ"><div class="_2g_V4"></div>'
                  '<div class="_2TCC8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" '
                  'class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" '
                  'data-testid="mesh-container-content"><div id="comp-kq8w0h1a" class="_2bafp" '
                  'data-testid="richTextElement"><h2 class="font_2"><a href="https://www.mangalacards.lk">'
                  'Mangala Cards</a></h2></div><wix-dropdown-menu id="comp-kq8w0h1b" class="_2FXMy" tabindex="-1" '
                  'dir="ltr" data-stretch-buttons-to-menu-width="true" data-num-items="4"><nav class="_3Y1aA" '
                  'id="comp-kq8w0h1bnavContainer" aria-label="Site"><ul class="_1m2_8" '
                  'id="comp-kq8w0h1bitemsContainer"><li class="_3qI9R"><a href="https://www.mangalacards.lk">'
                  '<p class="_2K9LP">Home</p></a></li><li class="_3qI9R"><a '
                  'href="https://www.mangalacards.lk/designs"><p class="_2K9LP">Designs</p></a></li><li '
                  'class="_3qI9R"><a href="https://www.mangalacards.lk/contact"><p class="_2K9LP">Contact</p></a>'
                  '</li></ul></nav></wix-dropdown-menu></div></div></div></div></header>')
        page_id, page_cls = "mq2sk", "_1Z_nJ mq2sk"
    return """<!DOCTYPE html>
<html lang="si" dir="ltr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/9c1f2e_0a7d3b5c9e1f4a2b8c6d0e2f4a6b8c0d%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/9c1f2e_0a7d3b5c9e1f4a2b8c6d0e2f4a6b8c0d%%7Emv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/9c1f2e_0a7d3b5c9e1f4a2b8c6d0e2f4a6b8c0d%%7Emv2.png/v1/fill/w_32%%2Ch_32%%2Clg_1%%2Cusm_0.66_1.00_0.01/9c1f2e_0a7d3b5c9e1f4a2b8c6d0e2f4a6b8c0d%%7Emv2.png" type="image/png"/>

  <!-- Legacy Polyfills -->
  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>
  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>

  <!-- Performance API Polyfills -->
  <script>
  (function () {
    var noop = function noop() {};
    if ("performance" in window === false) {
      window.performance = {};
    }
    window.performance.mark = performance.mark || noop;
    window.performance.measure = performance.measure || noop;
  })();
  </script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">%(model)s</script>
  <script>
    window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)
  </script>

  <script>
    window.commonConfig = {"brand":"wix","host":"VIEWER","bsi":"","consentPolicy":{},"consentPolicyHeader":{},"siteRevision":"%(rev)d","renderingFlow":"NONE","language":"si","locale":"si-lk"}
  </script>

  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(bundle)s.bundle.min.js" async></script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%(bundle2)s.bundle.min.js" async></script>

  <!-- sameSite cookie polyfill -->
  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
  <title>රහස්‍යතා ප්‍රතිපත්තිය | මංගල කාඩ්ස්</title>
  <link rel="canonical" href="https://www.mangalacards.lk/privacy-policy"/>
  <meta property="og:title" content="රහස්‍යතා ප්‍රතිපත්තිය | මංගල කාඩ්ස්"/>
  <meta property="og:url" content="https://www.mangalacards.lk/privacy-policy"/>
  <meta property="og:site_name" content="මංගල කාඩ්ස්"/>
  <meta property="og:type" content="website"/>
  <meta name="twitter:card" content="summary_large_image"/>
  <style id="css_masterPage">#masterPage{--pinned-layers-in-page:0}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_%(page)s" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_%(page)s"></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">%(header)s<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="%(page)s" class="%(page_cls)s"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Container%(page)s" class="Container%(page)s SPY_vo"><div data-mesh-id="Container%(page)sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Container%(page)sinlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-%(sec)s" tabindex="-1" class="Oqnisf comp-%(sec)s wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-%(sec)s" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-%(sec)sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-%(sec)sinlineContent-gridContainer" data-testid="mesh-container-content">%(rich)s</div></div></section></div></div></div></div></div></div></div></main><footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kq8w0h9z" class="_2Hij5 comp-kq8w0h9z" data-testid="richTextElement"><p class="font_9" style="text-align:center;">© %(year)d මංගල කාඩ්ස් | <a href="https://www.mangalacards.lk/privacy-policy">රහස්‍යතා ප්‍රතිපත්තිය</a> | <a href="https://www.mangalacards.lk/terms">නියම සහ කොන්දේසි</a></p></div></div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<script type="text/javascript" id="sentry">window.__SENTRY__LOADED__=true;</script>
</body>
</html>
""" % {"model": model_js, "rev": state["revision"], "bundle": bundle, "bundle2": bundle[::-1],
       "page": page_id, "page_cls": page_cls, "header": header, "rich": rich,
       "sec": "lk2f8c3d" if new else "kq8x1z3a", "year": when.year}


PAGE = {
    "service": "Mangala Cards",
    "url": "https://www.mangalacards.lk/privacy-policy",
    "lang": "si",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Pepyaka"), ("Age", "0"), ("Vary", "Accept-Encoding"),
                      ("X-Seen-By", "sHU62EDOGnH2FBkJkG/Wx8EeXWsWdHrhlvbxtlynkVg=")),
    "n": 31,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.mangalacards.lk/privacy-policy", "select": "#" + NEW_COMP},
    "history": [{"fetch": "https://www.mangalacards.lk/privacy-policy", "select": "#" + OLD_COMP,
                 "validUntil": C.iso(REDESIGN)}],
}
