"""Bituin Games (Manila mobile-game publisher) - fil - Zendesk Guide help center (Copenhagen theme)."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://support.bituingames.ph/hc/fil/articles/4410265538193-Patakaran-sa-Privacy"
BUWAN = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre",
         "Disyembre"]


def fmt_date(d):
    return "%s %d, %d" % (BUWAN[d.month - 1], d.day, d.year)


POLICY = """
# Patakaran sa Privacy

Huling na-update: {UPDATED}

Ang Bituin Games, Inc. ("Bituin Games", "kami") ang publisher ng mga larong Tala Legends, Sabong Royale at Jeepney Rush. Ipinapaliwanag ng patakarang ito kung anong personal na impormasyon ang kinokolekta namin kapag naglalaro ka, at kung paano namin ito ginagamit at pinoprotektahan, alinsunod sa Data Privacy Act of 2012 (Republic Act No. 10173).

## 1. Impormasyong kinokolekta namin

- Impormasyon ng account: player ID, username, email address o mobile number, at ang account na ginamit mo sa pag-login (Google, Apple o Facebook).
- Impormasyon ng device: modelo ng telepono, operating system, advertising ID at IP address.
- Impormasyon sa paglalaro: antas, mga nakuha mong item, oras ng paglalaro at mga chat message sa loob ng laro.
- Impormasyon sa pagbili: mga in-app purchase at ang petsa ng mga ito. Ang bayad ay pinoproseso ng Google Play, App Store o GCash, at hindi namin nakikita ang buong detalye ng iyong card.

## 2. Paano namin ginagamit ang impormasyon

Ginagamit namin ang iyong impormasyon para patakbuhin ang laro, i-save ang iyong progress, magbigay ng customer support, at pigilan ang pandaraya at paggamit ng cheat.

Ginagamit din namin ito para magpakita ng mga ad sa loob ng libreng bersyon ng aming mga laro. Maaari mong i-off ang personalized na ad sa settings ng iyong device.

## 3. Pagbabahagi ng impormasyon

Ibinabahagi lamang namin ang iyong impormasyon sa mga service provider na tumutulong sa amin:

- Google LLC (Firebase at AdMob) para sa analytics at mga ad;
- Unity Technologies para sa mga ad at pagsusuri ng performance ng laro;
- Amazon Web Services para sa mga game server sa Singapore.

## 4. Gaano katagal namin iniingatan ang impormasyon

Iniingatan namin ang data ng iyong account habang aktibo ito. Kapag hindi ka nag-login nang 24 na buwan, buburahin namin ang iyong account at progress.

Ang mga chat message ay iniingatan nang 90 araw para sa pagsusuri ng mga report ng pang-aabuso.

## 5. Mga menor de edad

Ang aming mga laro ay para sa mga edad 13 pataas.

### Para sa mga magulang at tagapag-alaga

Kung naniniwala kang naglaro ang iyong anak na wala pang 13 taong gulang at nagbigay siya ng personal na impormasyon, mag-email sa amin at buburahin namin ang account sa loob ng 7 araw.

Hindi kami nagpapakita ng personalized na ad sa mga player na nagsabing wala pa silang 18 taong gulang.

## 6. Iyong mga karapatan

May karapatan kang malaman, ma-access, maitama at maburahin ang iyong personal na impormasyon, at tumutol sa pagproseso nito. Maaari kang magsampa ng reklamo sa National Privacy Commission.

## 7. Makipag-ugnayan sa amin

@ Data Protection Officer
@ Bituin Games, Inc.
@ 12F Uptown Tower 2, 11th Avenue, Bonifacio Global City, Taguig 1634
@ [dpo@bituingames.ph](mailto:dpo@bituingames.ph)
"""

EDITS = [
    {"note": "processor added: AppLovin Corp. (ad mediation) in the sharing list",
     "repl": [("- Unity Technologies para sa mga ad", "- AppLovin Corporation para sa ad mediation;\n- Unity Technologies para sa mga ad")]},
    {"note": "edit inside the collapsed <details> panel for parents: deletion within 3 days instead of 7 (date not bumped)", "bump": False,
     "repl": [("buburahin namin ang account sa loob ng 7 araw.", "buburahin namin ang account sa loob ng 3 araw.")]},
    {"note": "retention: chat messages kept 180 days instead of 90",
     "repl": [("Ang mga chat message ay iniingatan nang 90 araw", "Ang mga chat message ay iniingatan nang 180 araw")]},
    {"note": "new section 'Anti-cheat' (device scanning by anti-cheat SDK) after section 2; later sections renumbered",
     "repl": [("## 3. Pagbabahagi ng impormasyon", "## 3. Anti-cheat\n\nGumagamit ang Tala Legends ng anti-cheat system na sumusuri sa mga app na tumatakbo sa iyong device habang naglalaro ka, para matukoy ang mga kilalang cheat tool. Hindi nito binabasa ang iyong mga mensahe, larawan o file.\n\n## 4. Pagbabahagi ng impormasyon"),
              ("## 4. Gaano katagal", "## 5. Gaano katagal"),
              ("## 5. Mga menor de edad", "## 6. Mga menor de edad"),
              ("## 6. Iyong mga karapatan", "## 7. Iyong mga karapatan"),
              ("## 7. Makipag-ugnayan sa amin", "## 8. Makipag-ugnayan sa amin")]},
    {"note": "contact changed: DPO moved to Ortigas and new email privacy@",
     "repl": [("@ 12F Uptown Tower 2, 11th Avenue, Bonifacio Global City, Taguig 1634", "@ 28F Robinsons Cyberscape Gamma, Topaz Road, Ortigas Center, Pasig 1605"),
              ("@ [dpo@bituingames.ph](mailto:dpo@bituingames.ph)", "@ [privacy@bituingames.ph](mailto:privacy@bituingames.ph)")]},
]

SECTION = [("Paano i-delete ang aking account?", 4410265539001), ("Patakaran sa Privacy", 4410265538193),
           ("Terms of Service", 4410265538012), ("Paano i-link ang aking account sa Google o Apple?", 4410265539117),
           ("Patakaran sa Refund", 4410265539284), ("Code of Conduct ng mga Player", 4410265539330)]
EVENTS = ["Double XP Weekend sa Tala Legends", "Sabong Royale: Fiesta Cup", "Jeepney Rush: Bagong ruta sa Baguio",
          "Tala Legends Season 7: Bathala", "Pasko sa Jeepney Rush"]
STATUS = ["ok", "ok", "ok", "ok", "maint", "degraded"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.b64tok(rng, 64), C.hexs(rng, 40))
    s["votes"] = (30 + 9 * i + rng.randint(0, 6), 50 + 14 * i + rng.randint(0, 9))
    s["edited"] = C.keep_or(rng, prev.get("edited"), 0.2, lambda: when - dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86000)))
    s["status"] = rng.choice(STATUS)
    s["event"] = C.keep_or(rng, prev.get("event"), 0.6, lambda: (rng.randrange(len(EVENTS)), rng.randint(1, 6)))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.2, lambda: (C.hexs(rng, 40), rng.randint(7000000000000, 9999999999999)))
    s["followers"] = 200 + 6 * i + rng.randint(0, 4)
    return s


LABELS = {
    "csrf": "per-visit csrf token (meta + HelpCenter session) and user identifier",
    "votes": "'Nakatulong ba' vote counts",
    "edited": "article edited_at (relative 'nakalipas' time in article meta; republished without text change)",
    "status": "server-status banner above the article (ok / maintenance / degraded)",
    "event": "in-game event hero banner with days left",
    "theme": "Copenhagen theme asset fingerprints",
    "followers": "article follower count on the follow button",
}


def ago(delta):
    d = delta.days
    if d < 1:
        return "%d oras ang nakalipas" % max(1, delta.seconds // 3600)
    if d < 30:
        return "%d araw ang nakalipas" % d
    if d < 365:
        return "%d buwan ang nakalipas" % (d // 30)
    return "%d taon ang nakalipas" % (d // 365) if d >= 730 else "1 taon ang nakalipas"


def render(s, blocks, when):
    title = blocks[0][1]
    m = re.search(r"(\w+) (\d+), (\d{4})", blocks[1][1])
    upd = dt.datetime(int(m.group(3)), BUWAN.index(m.group(1)) + 1, int(m.group(2)), 3, 15, 48)
    ed = s["edited"] = max(s["edited"], upd)
    hid = lambda t: "h_01" + C.det_sha("zd", t)[:24].upper()
    parts, n = [], 1
    while n < len(blocks):
        k, v = blocks[n]
        if k == "h3":
            inner = []
            n += 1
            while n < len(blocks) and blocks[n][0] not in ("h2", "h3"):
                inner.append(C.block_html(blocks[n]))
                n += 1
            parts.append('<details>\n<summary>%s</summary>\n%s\n</details>' % (C.inline_html(v), "\n".join(inner)))
            continue
        if k == "h2":
            parts.append('<h2 id="%s">%s</h2>' % (hid(v), C.inline_html(v)))
        elif k == "addr":
            parts.append("<p>%s</p>" % "<br>".join(C.inline_html(l) for l in v))
        else:
            parts.append(C.block_html((k, v)))
        n += 1
    body = "\n<p>&nbsp;</p>\n".join(re.split(r"\n(?=<h2)", "\n".join(parts)))
    yes, tot = s["votes"]
    csrf, uid = s["csrf"]
    th, thid = s["theme"]
    st = s["status"]
    status = {"ok": '<div class="status-banner status-banner--ok" role="status"><span class="status-dot"></span>Lahat ng server ay gumagana nang maayos.</div>',
              "maint": '<div class="status-banner status-banner--maint" role="status"><span class="status-dot"></span>Naka-schedule na maintenance: %s, 02:00–04:00 PHT. <a href="https://status.bituingames.ph">Tingnan ang status</a></div>'
                       % fmt_date((when + dt.timedelta(days=2)).date()),
              "degraded": '<div class="status-banner status-banner--degraded" role="status"><span class="status-dot"></span>May problema sa pag-login sa Sabong Royale. Inaayos na namin ito. <a href="https://status.bituingames.ph">Mga update</a></div>'}[st]
    ev, days = s["event"]
    sec = "".join('<li><a href="/hc/fil/articles/%d" class="sidenav-item%s">%s</a></li>'
                  % (aid, ' current-article" aria-current="page' if aid == 4410265538193 else "", html.escape(t)) for t, aid in SECTION)
    ret = "%2Fhc%2Ffil%2Farticles%2F4410265538193-Patakaran-sa-Privacy"
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="fil">\n<head>\n  <meta charset="utf-8" />\n  <!-- v26831 -->\n\n\n'
            '  <title>%s &ndash; Bituin Games Support</title>\n\n  <meta name="csrf-param" content="authenticity_token">\n'
            '<meta name="csrf-token" content="%s">\n'
            '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="en-us" href="https://support.bituingames.ph/hc/en-us/articles/4410265538193-Privacy-Policy">\n'
            '<link rel="alternate" hreflang="fil" href="%s">\n<link rel="alternate" hreflang="x-default" href="https://support.bituingames.ph/hc/en-us/articles/4410265538193-Privacy-Policy">\n\n'
            '  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-8f3c1ae1d2f6b7c9a0e4d5f6a7b8c9d0.css" media="all" id="stylesheet" />\n'
            '  <link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/9301877/%s.css" />\n'
            '  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/9301877/6f0e54d3c2b1a09f8e7d6c5b4a3f2e1d0c9b8a7f.png" />\n'
            '    <script src="//static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>\n'
            '  <meta content="width=device-width, initial-scale=1.0" name="viewport" />\n'
            '  <script type="text/javascript" src="//theme.zdassets.com/theme_assets/9301877/%s.js"></script>\n</head>\n'
            '<body class="">\n  \n  \n  \n\n  <a class="skip-navigation" tabindex="1" href="#main-content">Lumaktaw sa pangunahing content</a>\n\n'
            '<header class="header">\n  <div class="logo">\n    <a title="Home" href="/hc/fil">\n      <img src="//theme.zdassets.com/theme_assets/9301877/logo.png" alt="Home page ng Help Center ng Bituin Games">\n    </a>\n  </div>\n'
            '  <div class="nav-wrapper-desktop">\n    <nav class="user-nav" id="user-nav" aria-label="Navigation ng user">\n      <ul class="user-nav-list">\n'
            '        <li><a class="submit-a-request" href="/hc/fil/requests/new">Mag-submit ng request</a></li>\n'
            '        <li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Bubukas ang isang dialog" role="button" href="https://bituingames.zendesk.com/access?brand_id=360004118233&amp;return_to=https%%3A%%2F%%2Fsupport.bituingames.ph%%2Fhc%%2Ffil%%2Farticles%%2F4410265538193">Mag-sign in</a></li>\n'
            '      </ul>\n    </nav>\n  </div>\n</header>\n\n'
            '  <main role="main">\n    <div class="event-hero"><a href="/hc/fil/articles/4410265540%d"><strong>%s</strong> <span>Magtatapos sa %d araw</span></a></div>\n'
            '<div class="container-divider"></div>\n<div class="container">\n  <div class="sub-nav">\n    <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol class="breadcrumbs">\n'
            '  \n    <li title="Bituin Games Support"><a href="/hc/fil">Bituin Games Support</a></li>\n  \n    <li title="Account at Privacy"><a href="/hc/fil/categories/4410231102145-Account-at-Privacy">Account at Privacy</a></li>\n'
            '  \n    <li title="Mga Patakaran"><a href="/hc/fil/sections/4410252217633-Mga-Patakaran">Mga Patakaran</a></li>\n  \n</ol>\n</nav>\n'
            '    <div class="search-container">\n      <form role="search" class="search" data-search="" action="/hc/fil/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Maghanap" autocomplete="off" aria-label="Maghanap" /></form>\n'
            '    </div>\n  </div>\n\n  %s\n\n  <div class="article-container" id="article-container">\n'
            '    <aside class="article-sidebar" aria-labelledby="section-articles-title">\n      <div class="collapsible-sidebar">\n'
            '        <h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Mga artikulo sa seksyong ito</h3>\n'
            '        <div class="collapsible-sidebar-body"><ul>%s</ul></div>\n      </div>\n    </aside>\n\n'
            '    <article id="main-content" class="article">\n      <header class="article-header">\n'
            '        <h1 title="%s" class="article-title">\n          %s\n        </h1>\n\n'
            '        <div class="article-author">\n          <div class="avatar article-avatar"><img src="https://support.bituingames.ph/system/photos/4410275567/bituin_avatar.png" alt="" class="user-avatar"/></div>\n'
            '          <div class="article-meta">\n            <a href="/hc/fil/profiles/4410275567201-Bituin-Support">Bituin Support</a>\n\n'
            '            <ul class="meta-group">\n              <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>\n'
            '              <li class="meta-data">Na-update</li>\n            </ul>\n          </div>\n        </div>\n\n'
            '        <div class="article-subscribe"><button class="button" data-selected="false" data-follow-button="article">Sundan <span class="follower-count">(%d)</span></button></div>\n'
            '      </header>\n\n      <section class="article-info">\n        <div class="article-content">\n'
            '          <div class="article-body">%s</div>\n\n          \n        </div>\n      </section>\n\n'
            '      <footer>\n        <div class="article-footer">\n          <div class="article-share">\n            <ul class="share">\n'
            '  <li><a href="https://www.facebook.com/share.php?title=Patakaran+sa+Privacy&amp;u=%s" class="share-facebook" target="_blank">Facebook</a></li>\n'
            '</ul>\n          </div>\n        </div>\n\n          <div class="article-votes">\n'
            '            <h2 class="article-votes-question" id="article-votes-label">Nakatulong ba ang artikulong ito?</h2>\n'
            '            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">\n'
            '              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Nakatulong ang artikulong ito" aria-pressed="false">Oo</button>\n'
            '              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Hindi nakatulong ang artikulong ito" aria-pressed="false">Hindi</button>\n'
            '            </div>\n            <small class="article-votes-count">\n              <span class="article-vote-label">%d sa %d ang nakakita na nakatulong ito</span>\n            </small>\n          </div>\n\n'
            '        <div class="article-more-questions">\n          May iba ka pang tanong? <a href="/hc/fil/requests/new">Mag-submit ng request</a>\n        </div>\n'
            '        <div class="article-return-to-top">\n          <a href="#article-container">Bumalik sa itaas</a>\n        </div>\n      </footer>\n    </article>\n  </div>\n</div>\n  </main>\n\n'
            '  <footer class="footer">\n  <div class="footer-inner">\n    <a title="Home" href="/hc/fil">Bituin Games Support</a>\n\n    <div class="footer-language-selector">\n'
            '        <div class="dropdown language-selector">\n          <button class="dropdown-toggle" aria-haspopup="true">Filipino</button>\n'
            '          <span class="dropdown-menu dropdown-menu-end" role="menu">\n              <a href="/hc/change_language/en-us?return_to=%s" dir="ltr" rel="nofollow" role="menuitem">English (US)</a>\n'
            '          </span>\n        </div>\n    </div>\n  </div>\n</footer>\n\n\n\n'
            '  <!-- / -->\n\n  \n  <script src="//static.zdassets.com/hc/assets/fil.6a2b1c0d9e8f7a6b5c4d.js"></script>\n  \n\n'
            '  <script type="text/javascript">\n  /*\n\n    Greetings sourcecode lurker!\n\n    This is for internal Zendesk and legacy usage,\n    we don\'t support or guarantee any of these values\n    so please don\'t build stuff on top of them.\n\n  */\n\n'
            '  HelpCenter = {};\n  HelpCenter.account = {"subdomain":"bituingames","environment":"production","name":"Bituin Games"};\n'
            '  HelpCenter.user = {"identifier":"%s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n'
            '  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"fil","csrf_token":%s,"shared_csrf_token":null},'
            '"usage_tracking":{"event":"article_viewed","data":"BAh7CDoLbG9jYWxlSSIIZmlsBjoGRVQ6D2FydGljbGVfaWRsKwiRE6vbAQQ=--%s","url":"https://support.bituingames.ph/hc/activity"},'
            '"current_record_id":"4410265538193","current_record_url":"/hc/fil/articles/4410265538193-Patakaran-sa-Privacy","current_record_title":"Patakaran sa Privacy","search_results":[],"current_text_direction":"ltr",'
            '"current_brand_id":360004118233,"current_brand_name":"Bituin Games","current_brand_url":"https://bituingames.zendesk.com","current_host_mapping":"support.bituingames.ph","current_path":"/hc/fil/articles/4410265538193-Patakaran-sa-Privacy",'
            '"show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":true,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":false,'
            '"theme_version":%d};\n  </script>\n\n  \n  \n  <script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>\n'
            '  <script src="//static.zdassets.com/hc/assets/hc_enduser-5a1ac8e2e83e1f9e4cbd0f7a8a3c2f1e.js"></script>\n'
            '  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=2f1b8c6e-7a0d-4e3c-9b5a-1d2e3f4a5b6c"></script>\n'
            '  <script type="text/javascript">\n    (function() {\n  var Tracker = {};\n\n  Tracker.track = function(eventName, data) {\n    var url = "https://support.bituingames.ph/hc/tracking/events?locale=fil";\n'
            '    var payload = { "event": eventName, "data": data, "referrer": document.referrer };\n    var xhr = new XMLHttpRequest();\n    xhr.open("POST", url, true);\n    xhr.send(JSON.stringify(payload));\n  };\n\n  window.Tracker = Tracker;\n}());\n\n  </script>\n</body>\n</html>\n'
            % (html.escape(title), csrf, URL, URL, th, th[::-1], ev, html.escape(EVENTS[ev]), days, status, sec,
               html.escape(title), html.escape(title), ed.strftime("%Y-%m-%dT%H:%M:%SZ"), ed.strftime("%Y-%m-%d %H:%M"), ago(when - ed),
               s["followers"], body, URL, yes, tot, ret, uid, json.dumps(csrf), uid[:32], thid))


PAGE = {
    "service": "Bituin Games", "url": URL, "lang": "fil", "platform": "Zendesk Help Center (Guide)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Zendesk-Origin-Server", "app-server-7f9c6d-xk2pl"), ("Cache-Control", "max-age=0, public"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2021, 7, 1), "end": dt.date(2026, 8, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.article-title", ".article-body"]},
}
