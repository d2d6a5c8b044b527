"""Grace Harvest Assembly - en-NG Pentecostal church, Lagos - WordPress with churchthemes.com's Saved theme, the
Church Content plugin (sermons, events), GiveWP with the Paystack gateway, LiteSpeed Cache."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://graceharvestassembly.org.ng/privacy-policy/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["en"][d.month - 1], d.year)


POLICY = """
**Last updated:** {UPDATED}

Grace Harvest Assembly ("the Church", "we", "us") is a Pentecostal church registered with the Corporate Affairs Commission as an incorporated trustee (CAC/IT/NO 48213). We respect the privacy of our members, first-timers, partners and everyone who visits our website, watches our online services or gives through our platforms. This Privacy Policy explains what personal data we collect, why we collect it and how we protect it, in line with the Nigeria Data Protection Regulation 2019 (NDPR).

## 1. Who we are

@ Grace Harvest Assembly
@ 14 Adeola Odeku Street, Victoria Island
@ Lagos, Nigeria
@ Telephone: +234 803 555 0192
@ Email: [privacy@graceharvestassembly.org.ng](mailto:privacy@graceharvestassembly.org.ng)

## 2. Information we collect

We collect only the information we need to serve you and to run the ministry well:

- **Membership and first-timer details:** your name, phone number, email address, home address, date of birth, marital status and the department or house fellowship you belong to.
- **Giving records:** the amount and date of your tithes, offerings, pledges and seed, your payment reference and the last four digits of your card. We never see or store your full card number.
- **Prayer requests and counselling:** the details you choose to share with our pastoral team.
- **Online services:** your device and browser information, IP address and pages viewed when you use our website or watch our live stream.
- **Photographs and videos:** images of congregation members taken during services, programmes and outreaches.

## 3. How we use your information

We use your personal data to welcome and follow up first-timers, keep our membership register, organise house fellowships, departments and events, receive and acknowledge your giving, send you devotionals, programme updates and prayer points where you have subscribed, provide pastoral care and counselling, and comply with our legal and accounting obligations.

Details of prayer requests and counselling sessions are sensitive. They are shared only with the pastors and trained counsellors who attend to you, and they are never used for any other purpose.

## 4. Giving online

Online giving on our website is processed by our payment partners. When you give, your card or bank details are entered directly on the partner's secure page and are handled under its own privacy policy.

| Partner | Purpose | Location |
| Paystack Payments Limited | Card, bank transfer and USSD giving | Nigeria |
| Mailchimp (Intuit Inc.) | Newsletters and devotional emails | United States |
| Google LLC (Workspace and YouTube) | Email, documents and live streaming | United States |

## 5. Sharing your information

We do not sell, rent or trade your personal data. We share it only with the service providers listed above, with church leaders who need it for their assigned duties, and with public authorities where the law requires us to do so.

## 6. How long we keep your information

We keep membership records for as long as you remain a member of the Church and for two years after you leave. Giving records are kept for six years to meet our accounting and tax obligations. Prayer requests submitted online are deleted after six months.

## 7. Your rights

You may ask us at any time for a copy of the personal data we hold about you, ask us to correct or delete it, object to its use for newsletters or withdraw your consent. To unsubscribe from emails, click the link at the bottom of any email we send you. We will respond to your request within 30 days. If you are not satisfied with our response you may complain to the National Information Technology Development Agency (NITDA).

## 8. Security

We protect your data with access controls, encrypted connections and regular training of our church administrators and ushers who handle first-timer cards. Paper forms are kept in locked cabinets in the church office and are shredded once the details have been entered.

## 9. Changes to this policy

We may update this policy from time to time. The current version will always be published on this page with the date of the last update.
"""

EDITS = [
    {"note": "Flutterwave added as a second giving partner (table row)",
     "repl": [("| Card, bank transfer and USSD giving | Nigeria |",
               "| Card, bank transfer and USSD giving | Nigeria |\n"
               "| Flutterwave Technology Solutions Limited | Giving from abroad in foreign currencies | Nigeria |")]},
    {"note": "wording fixed without a new date ('our church administrators' -> 'the church administrators')",
     "bump": False,
     "repl": [("regular training of our church administrators and ushers who handle",
               "regular training of the church administrators and ushers who handle")]},
    {"note": "law reference: NDPR 2019 -> Nigeria Data Protection Act 2023, complaints to the NDPC",
     "repl": [("in line with the Nigeria Data Protection Regulation 2019 (NDPR).",
               "in line with the Nigeria Data Protection Act 2023 and the Nigeria Data Protection Regulation 2019."),
              ("you may complain to the National Information Technology Development Agency (NITDA).",
               "you may complain to the Nigeria Data Protection Commission (NDPC).")]},
    {"note": "new section: children and teens (children's church register, parental consent)",
     "repl": [("## 5. Sharing your information",
               "## 5. Children and teenagers\n\n"
               "When children are registered for Children's Church or the Teens Church, we collect the child's name, "
               "age, class, allergies or medical notes and the contact details of the parent or guardian who signs "
               "them in. We only collect this information with the consent of the parent or guardian, and we only "
               "use it to keep the children safe during services and programmes.\n\n"
               "## 6. Sharing your information"),
              ("## 6. How long we keep your information", "## 7. How long we keep your information"),
              ("## 7. Your rights", "## 8. Your rights"),
              ("## 8. Security", "## 9. Security"),
              ("## 9. Changes to this policy", "## 10. Changes to this policy")]},
    {"note": "church office moved to Lekki; new telephone number",
     "repl": [("@ 14 Adeola Odeku Street, Victoria Island\n@ Lagos, Nigeria\n@ Telephone: +234 803 555 0192",
               "@ Plot 7 Admiralty Way, Lekki Phase 1\n@ Lagos, Nigeria\n@ Telephone: +234 913 555 0147")]},
    {"note": "Mailchimp replaced by Brevo; giving records retention six -> seven years",
     "repl": [("| Mailchimp (Intuit Inc.) | Newsletters and devotional emails | United States |",
               "| Brevo (Sendinblue SAS) | Newsletters, devotional emails and SMS | France |"),
              ("Giving records are kept for six years", "Giving records are kept for seven years")]},
]

VERSES = [("John 3:16", "For God so loved the world, that he gave his only begotten Son."),
          ("Psalm 23:1", "The LORD is my shepherd; I shall not want."),
          ("Philippians 4:13", "I can do all things through Christ which strengtheneth me."),
          ("Isaiah 40:31", "They that wait upon the LORD shall renew their strength."),
          ("Proverbs 3:5", "Trust in the LORD with all thine heart."),
          ("Jeremiah 29:11", "For I know the thoughts that I think toward you, saith the LORD."),
          ("Romans 8:28", "All things work together for good to them that love God."),
          ("Joshua 1:9", "Be strong and of a good courage; be not afraid.")]

SERMON_TITLES = ["Walking in Divine Favour", "The Power of Thanksgiving", "Faith That Moves Mountains",
                 "Your Season of Harvest", "Grace for the Race", "Breaking Generational Limits",
                 "Kingdom Finance", "The Spirit-Filled Family", "Prevailing Prayer", "Built on the Rock",
                 "When God Remembers", "Arise and Shine", "Living Above Anxiety", "The Blood Speaks",
                 "Open Heavens", "Overflowing Joy"]
PREACHERS = ["Pastor Emmanuel Okafor", "Pastor (Mrs) Funmilayo Okafor", "Rev. Tunde Bakare-Ade",
             "Pastor Chidi Nwosu", "Minister Grace Eze"]
SERMONS = K.pool_dates("ghc-sermons", dt.date(2021, 10, 1), dt.date(2026, 12, 31), 3.5)

VERSIONS = [(dt.date(2021, 1, 1), {"wp": "6.0.1", "give": "2.21.2", "ctc": "2.4", "lscwp": "4.6"}),
            (dt.date(2022, 11, 8), {"wp": "6.1.1", "give": "2.23.1", "ctc": "2.4.1", "lscwp": "5.3"}),
            (dt.date(2023, 5, 20), {"wp": "6.2.2", "give": "2.27.0", "ctc": "2.5", "lscwp": "5.4"}),
            (dt.date(2023, 11, 30), {"wp": "6.4.1", "give": "3.1.2", "ctc": "2.5", "lscwp": "5.7"}),
            (dt.date(2024, 7, 25), {"wp": "6.6.1", "give": "3.14.1", "ctc": "2.6", "lscwp": "6.3"}),
            (dt.date(2025, 4, 16), {"wp": "6.8", "give": "4.1.0", "ctc": "2.6.1", "lscwp": "7.0.1"}),
            (dt.date(2025, 12, 3), {"wp": "6.9", "give": "4.12.0", "ctc": "2.6.1", "lscwp": "7.6"})]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10)), "cache": when - dt.timedelta(minutes=rng.randint(3, 900))}
    s["verse"] = rng.randrange(len(VERSES))
    s["versions"] = tuple(sorted(K.versioned(VERSIONS, when).items()))
    s["partners"] = C.keep_or(rng, prev.get("partners"), 0.1, lambda: C.group_digits(rng.randint(1800, 2600), ","))
    return s


LABELS = {"nonce": "WordPress REST / GiveWP nonces (cache build)", "cache": "LiteSpeed 'page cached' comment time",
          "verse": "top bar verse of the day", "versions": "plugin and core versions in asset ?ver=",
          "partners": "footer 'Join N partners' count of the Harvest Partners giving programme",
          "sermons": "footer latest sermons", "events": "footer upcoming events (services, Holy Ghost night)",
          "live": "header LIVE badge during Sunday services", "season": "seasonal banner (Easter, convention)"}


def _events(now):
    d = now.date()
    out = []
    sun = d + dt.timedelta(days=(6 - d.weekday()) % 7 or 7)
    out.append((sun, "Sunday Celebration Service", "7:30 AM & 10:00 AM"))
    wed = d + dt.timedelta(days=(2 - d.weekday()) % 7 or 7)
    out.append((wed, "Midweek Bible Study", "6:00 PM"))
    y, m = (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)
    fri = dt.date(y, m, 1)
    while fri.weekday() != 4:
        fri += dt.timedelta(days=1)
    out.append((fri, "Holy Ghost Night", "9:00 PM"))
    return sorted(out)


def render(s, blocks, when):
    now, off = K.local(when, "ng")
    v = dict(s["versions"])
    ref, verse = VERSES[s["verse"]]
    sermons = K.latest(SERMONS, now, 3)
    s["sermons"] = tuple(sermons)
    evs = _events(now)
    s["events"] = tuple(e[0].isoformat() for e in evs)
    live = now.weekday() == 6 and 7 <= now.hour < 13
    s["live"] = live
    d = now.date()
    season = ""
    if K.in_window(d, K.easter(d.year), 21, 1):
        season = "Easter Weekend: Good Friday Communion Service 9:00 AM and Easter Sunday Thanksgiving 8:00 AM"
    elif d.month == 12 and d.day <= 20 or d.month == 11 and d.day >= 15:
        season = "Harvest Convention %d - December 15-20 - Daily at 5:00 PM. Register now!" % d.year
    elif d.month == 12 or d.month == 1 and d.day < 3:
        season = "Crossover Night - December 31, 9:00 PM. Come and cross over into the new year with us!"
    s["season"] = season
    body = K.render_blocks(blocks, tags={"ul": ' class="wp-block-list"', "ol": ' class="wp-block-list"'},
                           heading=lambda k, t, inl: '<%s class="wp-block-heading">%s</%s>' % (k, inl(t), k),
                           table=lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout">'
                           '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
                               "".join("<th>%s</th>" % inl(x) for x in rows[0]),
                               "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r)
                                       for r in rows[1:])))
    sermon_html = "".join(
        '<article class="ctc-sermon ctc-entry-short"><h3 class="ctc-entry-title"><a href="/sermons/%s/">%s</a>'
        '</h3><ul class="ctc-entry-meta"><li><time datetime="%s">%s</time></li><li>%s</li></ul></article>'
        % (C.det_sha("s", k)[:8], C.esc(SERMON_TITLES[k % len(SERMON_TITLES)]), SERMONS[k].date().isoformat(),
           fmt_date(SERMONS[k].date()), PREACHERS[k % len(PREACHERS)]) for k in sermons)
    event_html = "".join(
        '<article class="ctc-event ctc-entry-short"><h3 class="ctc-entry-title">%s</h3><div class="ctc-event-date">'
        '%s</div><div class="ctc-event-time">%s</div></article>' % (t, e.strftime("%a, %d %b %Y"), h)
        for e, t, h in evs)
    ver = v["wp"]
    return (
        '<!DOCTYPE html>\n<html lang="en-NG">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>Privacy Policy &#8211; Grace Harvest Assembly</title>\n'
        "<meta name='robots' content='max-image-preview:large' />\n"
        '<link rel="canonical" href="%s" />\n'
        "<link rel='stylesheet' id='wp-block-library-css' href='https://graceharvestassembly.org.ng/wp-includes/"
        "css/dist/block-library/style.min.css?ver=%s' media='all' />\n"
        "<link rel='stylesheet' id='give-styles-css' href='https://graceharvestassembly.org.ng/wp-content/plugins/"
        "give/assets/dist/css/give.css?ver=%s' media='all' />\n"
        "<link rel='stylesheet' id='saved-style-css' href='https://graceharvestassembly.org.ng/wp-content/themes/"
        "saved/style.css?ver=1.9.4' media='all' />\n"
        "<script id='give-js-extra'>\nvar give_global_vars = {\"ajaxurl\":\"https:\\/\\/graceharvestassembly.org.ng"
        "\\/wp-admin\\/admin-ajax.php\",\"checkout_nonce\":\"%s\",\"currency\":\"NGN\",\"currency_sign\":\"\\u20a6\","
        "\"decimal_separator\":\".\",\"thousands_separator\":\",\",\"give_version\":\"%s\"};\n</script>\n"
        "<script id='wp-api-request-js-extra'>\nvar wpApiSettings = {\"root\":\"https:\\/\\/graceharvestassembly.org"
        ".ng\\/wp-json\\/\",\"nonce\":\"%s\",\"versionString\":\"wp\\/v2\\/\"};\n</script>\n"
        "<script src='https://graceharvestassembly.org.ng/wp-content/plugins/church-theme-content/js/ctc-events.js"
        "?ver=%s' id='ctc-events-js'></script>\n"
        '<meta name="generator" content="WordPress %s" />\n'
        '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo '
        'saved-logo-font-montserrat saved-has-logo-image saved-no-uppercase saved-rounded saved-has-header-top '
        'saved-content-width-700">\n'
        '<header id="saved-header">\n<div id="saved-header-top" class="saved-header-has-line"><div '
        'id="saved-header-top-inner" class="saved-centered-large saved-header-top-left">'
        '<div class="saved-header-verse"><span class="saved-verse-ref">%s</span> %s</div>%s</div></div>\n'
        '<div id="saved-header-bar"><div id="saved-header-bar-inner" class="saved-centered-large">'
        '<div id="saved-logo"><a href="/"><img src="/wp-content/uploads/2021/09/gha-logo.png" alt="Grace Harvest '
        'Assembly"></a></div><nav id="saved-header-menu"><ul id="saved-header-menu-content" class="sf-menu">'
        '<li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/sermons/">Sermons</a>'
        '</li><li class="menu-item"><a href="/events/">Events</a></li><li class="menu-item"><a href="/fellowships/">'
        'House Fellowships</a></li><li class="menu-item"><a href="/give/">Give</a></li><li class="menu-item">'
        '<a href="/contact/">Contact</a></li></ul></nav></div></div>\n%s'
        '<div id="saved-banner" class="saved-color-main-bg saved-banner-title-length-short"><div '
        'id="saved-banner-inner" class="saved-centered-large"><div id="saved-banner-title"><div '
        'class="saved-h1">Privacy Policy</div></div></div></div>\n</header>\n'
        '<main id="saved-content">\n<div id="saved-content-inner">\n'
        '<article id="post-3" class="saved-entry-full saved-entry-no-header post-3 page type-page status-publish '
        'hentry">\n<div id="saved-entry-content" class="saved-entry-content saved-centered-small">\n%s\n</div>\n'
        '</article>\n</div>\n</main>\n'
        '<section id="saved-footer-widgets" class="saved-centered-large">\n'
        '<aside class="saved-widget widget_ctc-sermons"><h2 class="saved-widget-title">Latest Sermons</h2>%s</aside>\n'
        '<aside class="saved-widget widget_ctc-events"><h2 class="saved-widget-title">Upcoming Events</h2>%s</aside>\n'
        '<aside class="saved-widget widget_text"><h2 class="saved-widget-title">Harvest Partners</h2><div '
        'class="textwidget"><p>Join %s partners supporting our outreaches in Lagos, Ogun and Plateau.</p><p><a '
        'class="saved-button" href="/give/">Give Online</a></p></div></aside>\n</section>\n'
        '<footer id="saved-footer"><div id="saved-footer-inner" class="saved-centered-large"><ul '
        'id="saved-footer-icons" class="saved-list-icons"><li><a href="https://www.youtube.com/@graceharvestng" '
        'class="saved-icon-youtube"><span class="screen-reader-text">YouTube</span></a></li><li><a '
        'href="https://www.instagram.com/graceharvestng" class="saved-icon-instagram"><span '
        'class="screen-reader-text">Instagram</span></a></li></ul><div id="saved-copyright">&copy; %d Grace Harvest '
        'Assembly. All rights reserved. <a href="/privacy-policy/">Privacy Policy</a></div></div></footer>\n'
        "<script src='https://graceharvestassembly.org.ng/wp-content/plugins/give/assets/dist/js/give.js?ver=%s' "
        "id='give-js'></script>\n"
        "<script src='https://graceharvestassembly.org.ng/wp-includes/js/wp-embed.min.js?ver=%s' id='wp-embed-js'>"
        "</script>\n</body>\n</html>\n"
        "<!-- Page optimized by LiteSpeed Cache @%s -->\n<!-- Page cached by LiteSpeed Cache %s on %s -->\n"
        % (URL, ver, v["give"], s["nonce"][0], v["give"], s["nonce"][1], v["ctc"], ver, ref, C.esc(verse),
           '<a class="saved-header-live" href="/live/"><span class="saved-live-dot"></span> LIVE NOW: Sunday '
           'Celebration Service</a>' if live else '<a class="saved-header-watch" href="/live/">Watch Online</a>',
           '<div class="saved-announcement"><p>%s</p></div>\n' % C.esc(season) if season else "",
           body, sermon_html, event_html, s["partners"], now.year, v["give"], ver,
           (s["cache"] + dt.timedelta(minutes=off)).strftime("%Y-%m-%d %H:%M:%S"), v["lscwp"],
           (s["cache"] + dt.timedelta(minutes=off)).strftime("%Y-%m-%d %H:%M:%S")))


PAGE = {
    "service": "Grace Harvest Assembly", "url": URL, "lang": "en-NG",
    "platform": "WordPress, churchthemes.com Saved theme, Church Content, GiveWP (Paystack), LiteSpeed Cache",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 3, 31), "hours": (5, 9, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#saved-entry-content"]},
}
