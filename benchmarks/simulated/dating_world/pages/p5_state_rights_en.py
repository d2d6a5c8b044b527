"""Fernly - en-US - a US dating app's marketing site on Webflow behind Cloudflare: "Last Published" comment, title in
a CMS heading and the policy in a w-richtext field, tables as HTML embeds (w-embed) inside it; a long "partners we
share data with" table and a "Your State Privacy Rights" supplement whose states table grows; Cloudflare e-mail
obfuscation turns every address in the text into "[email protected]" with a per-response encoded href. Noise:
publish comment, geolocated "not available in your country" bar (Cloudflare IP country), weekend promo bar, app
ratings, Osano, Ada chat."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.fernly.com/legal/privacy-policy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

**Effective date: {UPDATED}**

Fernly is a dating app for people who want to meet someone nearby and actually go on the date. This Privacy Policy explains how Fernly Labs, Inc. ("Fernly," "we," "us") collects, uses, and shares information about you when you use the Fernly mobile apps, our website at fernly.com, and related services (together, the "Services").

## 1. Information We Collect

### Information you give us

- **Account information:** your phone number or email address, first name, date of birth, and gender.
- **Profile information:** photos, a bio, your answers to prompts, height, job, school, hometown, and the things you're into. You can also choose to add information such as your sexual orientation, religion, ethnicity, political views, or whether you have kids or want them. We treat this information as sensitive and only use it with your consent.
- **Dating preferences:** who you're interested in meeting, age and distance ranges, and dealbreakers.
- **Content you share:** messages, voice notes, photos and GIFs you send in chat, and reports you file.
- **Purchases:** when you buy Fernly Gold or one-time features like Spotlights, the app store processes your payment. We receive the product, price, and transaction ID, not your full card number.
- **Customer support:** information you give us when you contact support.

### Information we collect automatically

- **Usage information:** how you use the Services, including profiles you view, likes and passes, matches, and time spent in the app.
- **Device information:** IP address, device model, operating system, app version, language, advertising identifiers (IDFA or Google Advertising ID) if you allow it, and crash logs.
- **Location:** if you allow location access, we collect your device's precise location while the app is open so we can show you people nearby and show your approximate distance to others. We never show your exact location to other members.

### Information from others

- If you sign in with Apple or Google, we receive your name and email address.
- Other members may tell us about you, for example when they report you.

## 2. How We Use Information

We use your information to:

- create and maintain your account and show your profile to other members;
- recommend profiles to you. Our recommendation system looks at your preferences, your activity, the activity of people you might like, and the likelihood of a mutual match. Paid features can show your profile to more people but don't change who you're compatible with;
- keep Fernly safe, including detecting fake accounts, spam, scams, and behavior that violates our Community Guidelines;
- process purchases and manage subscriptions;
- send you notifications and, where permitted, marketing messages;
- measure how the Services are used and improve them;
- show ads to members who use Fernly for free and measure our own ad campaigns;
- comply with law and respond to legal process.

## 3. How We Share Information

**With other members.** Your profile is visible to other members. Once you match with someone, they can see the messages you send them.

**With service providers and partners.** We share information with companies that help us operate and market the Services. The table below lists the main partners we work with and what they receive.

| Partner | Category | Information shared | Purpose |
| Amazon Web Services | Hosting | All categories stored in our systems | Hosting and storage |
| Twilio | Communications | Phone number | SMS verification codes |
| Braze | Communications | User ID, email, push token, app activity | Push notifications and email |
| Zendesk | Customer support | Name, email, support messages, account details | Customer support tickets |
| Google Firebase | Analytics | Device identifiers, app events, crash logs | App analytics and stability |
| Amplitude | Analytics | User ID, app events, device information | Product analytics |
| AppsFlyer | Attribution | Advertising ID, IP address, install and purchase events | Measuring our marketing campaigns |
| Meta | Advertising | Hashed email, advertising ID, install and purchase events | Advertising Fernly on Facebook and Instagram |
| Google Ads | Advertising | Advertising ID, app events | Advertising Fernly |
| TikTok | Advertising | Advertising ID, app events | Advertising Fernly |
| Google AdMob | Advertising | Advertising ID, approximate location, device information | Showing ads to free members |
| Sift | Fraud prevention | Device information, IP address, account activity | Detecting spam and fraudulent accounts |
| Hive | Content moderation | Photos, profile text | Detecting nudity and prohibited content |

**For legal reasons and safety.** We may disclose information if we believe it is reasonably necessary to comply with a law, regulation, subpoena, or court order; to respond to an emergency involving the risk of death or serious injury; or to protect the rights, property, or safety of Fernly, our members, or others. We publish guidelines for law enforcement at fernly.com/law-enforcement.

**Business transfers.** If we are involved in a merger, acquisition, financing, or sale of assets, your information may be transferred as part of that transaction.

We do not sell your personal information for money. Some sharing with advertising partners may be considered a "sale" or "sharing" under certain state laws; see Your State Privacy Rights below.

## 4. Your Choices

- **Profile and account:** you can edit your profile or delete your account at any time in Settings.
- **Location:** you can turn off location access in your device settings. We'll then use the location you enter.
- **Ads:** you can limit ad tracking in your device settings and opt out of targeted advertising in Settings > Privacy.
- **Marketing emails:** use the unsubscribe link in any email.

## 5. Data Retention

We keep your information while your account is active. When you delete your account, your profile is removed right away and we delete your information within 30 days, except that we keep some information longer when we need it to comply with legal obligations, resolve disputes, or prevent people who were banned from coming back. We keep information about banned accounts for up to five years.

## 6. Security

We use administrative, technical, and physical safeguards designed to protect your information, including encryption in transit. No method of transmission or storage is 100% secure.

## 7. Children

Fernly is only for people 18 and older. We don't knowingly collect information from anyone under 18, and we delete accounts we believe belong to minors.

## 8. Your State Privacy Rights

Depending on where you live, you may have additional rights over your personal information. You can exercise them in the app under Settings > Privacy > Your Data, or by emailing [privacy@fernly.com](mailto:privacy@fernly.com). We will verify your request using information associated with your account. You can use an authorized agent where your state allows it.

| State | Law |
| California | California Consumer Privacy Act |

### California

If you are a California resident, you have the right to know what personal information we have collected about you, including the categories of sources, the purposes, and the categories of third parties with whom we share it; the right to request deletion of your personal information; and the right to opt out of the sale of your personal information. We will not discriminate against you for exercising these rights.

In the past 12 months we collected the categories of personal information described in Section 1: identifiers, characteristics of protected classifications (such as gender, age, and, if you choose, sexual orientation), commercial information, internet activity, geolocation data, audio and visual information (photos and voice notes), and inferences drawn from this information. We disclosed these categories for business purposes to the service providers listed in Section 3.

To opt out of the sale of your personal information, tap "Do Not Sell My Personal Information" in Settings > Privacy or use the link in the footer of our website.

### Shine the Light

California residents may also ask us once a year for a list of third parties to whom we disclosed personal information for their direct marketing purposes. We do not share personal information with third parties for their own direct marketing.

## 9. Changes to This Policy

We may update this Privacy Policy from time to time. If we make material changes, we will notify you in the app or by email before the changes take effect.

## 10. Contact Us

If you have questions about this Privacy Policy, contact us at [privacy@fernly.com](mailto:privacy@fernly.com) or write to us at:

@ Fernly Labs, Inc.
@ Attn: Privacy
@ 800 Brazos Street, Suite 340
@ Austin, TX 78701
"""

EDITS = [
    {"note": "partners table: Liftoff and Moloco added as advertising partners, Hive row also gets 'messages reported by members'",
     "repl": [("| TikTok | Advertising | Advertising ID, app events | Advertising Fernly |",
               "| TikTok | Advertising | Advertising ID, app events | Advertising Fernly |\n"
               "| Liftoff | Advertising | Advertising ID, IP address, app events | Advertising Fernly in other apps |\n"
               "| Moloco | Advertising | Advertising ID, IP address, app events | Advertising Fernly in other apps |"),
              ("| Hive | Content moderation | Photos, profile text | Detecting nudity and prohibited content |",
               "| Hive | Content moderation | Photos, profile text, messages reported by members | Detecting nudity and prohibited content |")]},
    {"note": "state rights: CPRA (correct, limit use of sensitive PI, share), Virginia / Colorado / Connecticut / Utah added to table and new subsection with appeals",
     "repl": [("| California | California Consumer Privacy Act |",
               "| California | California Consumer Privacy Act, as amended by the California Privacy Rights Act |\n"
               "| Colorado | Colorado Privacy Act |\n| Connecticut | Connecticut Data Privacy Act |\n"
               "| Utah | Utah Consumer Privacy Act |\n| Virginia | Virginia Consumer Data Protection Act |"),
              ("the right to request deletion of your personal information; and the right to opt out of the sale of your personal information.",
               "the right to request deletion of your personal information; the right to correct inaccurate personal information; the right to opt out of the sale or sharing of your personal information; and the right to limit our use of your sensitive personal information. We only use sensitive personal information for purposes permitted by the CPRA regulations."),
              ("To opt out of the sale of your personal information, tap \"Do Not Sell My Personal Information\"",
               "To opt out of the sale or sharing of your personal information, tap \"Do Not Sell or Share My Personal Information\""),
              ("### Shine the Light",
               "### Colorado, Connecticut, Utah, and Virginia\n\n"
               "If you live in one of these states, you have the right to confirm whether we process your personal information and to access it; to correct it (except in Utah); to delete it; to obtain a portable copy; and to opt out of targeted advertising, the sale of your personal information, and profiling in furtherance of decisions that produce legal or similarly significant effects. We only process sensitive data, such as your sexual orientation or religion, with your consent, which you can withdraw by removing it from your profile.\n\n"
               "If we deny your request, you can appeal by replying to our response with \"Appeal\" in the subject line within 45 days. If your appeal is denied, you can contact your state's Attorney General.\n\n"
               "### Shine the Light")]},
    {"note": "silent: Braze row now also receives approximate location; Twilio row adds 'voice' (date not bumped)", "bump": False,
     "repl": [("| Braze | Communications | User ID, email, push token, app activity | Push notifications and email |",
               "| Braze | Communications | User ID, email, push token, app activity, approximate location | Push notifications and email |"),
              ("| Twilio | Communications | Phone number | SMS verification codes |", "| Twilio | Communications | Phone number | SMS and voice verification codes |")]},
    {"note": "Washington My Health My Data: new 'Consumer Health Data' subsection (sexual-health info, HIV status) in state rights; WA and NV rows",
     "repl": [("### Shine the Light",
               "### Consumer Health Data (Washington and Nevada)\n\n"
               "Some information you choose to share on Fernly, such as your HIV status or sexual-health preferences in your profile, or information from which a health status could be inferred, may be consumer health data under Washington's My Health My Data Act and Nevada law. Our [Consumer Health Data Privacy Policy](/legal/consumer-health-data) explains what we collect, why, who we share it with, and how to exercise your rights. We do not sell consumer health data and we only collect it with your consent.\n\n"
               "### Shine the Light"),
              ("| Connecticut | Connecticut Data Privacy Act |", "| Connecticut | Connecticut Data Privacy Act |\n| Nevada | Nevada Revised Statutes Chapter 603A (as amended by SB 370) |"),
              ("| Virginia | Virginia Consumer Data Protection Act |", "| Virginia | Virginia Consumer Data Protection Act |\n| Washington | My Health My Data Act |")]},
    {"note": "state rights: nine states added (DE, FL, IA, MT, NE, NH, NJ, OR, TX) to the table; subsection retitled 'Other states' with the list; Oregon third-party list right",
     "repl": [("| Connecticut | Connecticut Data Privacy Act |", "| Connecticut | Connecticut Data Privacy Act |\n| Delaware | Delaware Personal Data Privacy Act |\n| Florida | Florida Digital Bill of Rights |\n| Iowa | Iowa Consumer Data Protection Act |\n| Montana | Montana Consumer Data Privacy Act |\n| Nebraska | Nebraska Data Privacy Act |"),
              ("| Nevada | Nevada Revised Statutes Chapter 603A (as amended by SB 370) |",
               "| Nevada | Nevada Revised Statutes Chapter 603A (as amended by SB 370) |\n| New Hampshire | New Hampshire Privacy Act |\n| New Jersey | New Jersey Data Privacy Act |\n| Oregon | Oregon Consumer Privacy Act |\n| Texas | Texas Data Privacy and Security Act |"),
              ("### Colorado, Connecticut, Utah, and Virginia", "### Other states"),
              ("If you live in one of these states, you have the right",
               "If you live in Colorado, Connecticut, Delaware, Florida, Iowa, Montana, Nebraska, New Hampshire, New Jersey, Oregon, Texas, Utah, or Virginia, you have the right"),
              ("to obtain a portable copy;", "to obtain a portable copy; in Oregon, to obtain a list of the specific third parties to whom we have disclosed personal information;")]},
    {"note": "state rights: Maryland, Minnesota, Tennessee added (rows + list); Minnesota profiling-review right",
     "repl": [("| Iowa | Iowa Consumer Data Protection Act |", "| Iowa | Iowa Consumer Data Protection Act |\n| Maryland | Maryland Online Data Privacy Act |\n| Minnesota | Minnesota Consumer Data Privacy Act |"),
              ("| Oregon | Oregon Consumer Privacy Act |", "| Oregon | Oregon Consumer Privacy Act |\n| Tennessee | Tennessee Information Protection Act |"),
              ("Iowa, Montana, Nebraska, New Hampshire, New Jersey, Oregon, Texas, Utah, or Virginia, you have the right",
               "Iowa, Maryland, Minnesota, Montana, Nebraska, New Hampshire, New Jersey, Oregon, Tennessee, Texas, Utah, or Virginia, you have the right"),
              ("in Oregon, to obtain a list of the specific third parties to whom we have disclosed personal information;",
               "in Oregon and Minnesota, to obtain a list of the specific third parties to whom we have disclosed personal information; in Minnesota, to question the result of profiling and have it reviewed;")]},
]

COUNTRIES = [("US", None), ("US", None), ("US", None), ("DE", "Germany"), ("NL", "the Netherlands"), ("FR", "France"), ("IE", "Ireland")]


def cf_encode(rng, email):
    key = rng.randint(16, 255)
    return "%02x" % key + "".join("%02x" % (ord(c) ^ key) for c in email)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["published"] = C.keep_or(rng, prev.get("published"), 0.55,
                               lambda: when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 20), minutes=rng.randint(0, 59)))
    s["cf_seed"] = rng.getrandbits(32)
    s["ray"] = C.hexs(rng, 16)
    s["country"] = rng.choice(COUNTRIES)
    s["promo"] = when.weekday() in (4, 5, 6) and rng.random() < 0.7
    r0 = prev.get("ratings") or (24800, 11200)
    s["ratings"] = (r0[0] + rng.randint(50, 700), r0[1] + rng.randint(20, 400))
    s["wf"] = C.keep_or(rng, prev.get("wf"), 0.2, lambda: C.hexs(rng, 9))
    return s


LABELS = {
    "published": "Webflow 'Last Published' comment",
    "cf_seed": "Cloudflare email-obfuscation keys (per response) in policy links",
    "ray": "Cloudflare challenge-platform script ray id",
    "country": "geolocated 'not available in your country' bar (CF-IPCountry)",
    "promo": "weekend Fernly Gold promo bar",
    "ratings": "App Store / Google Play ratings counts",
    "wf": "Webflow CSS bundle hash",
}

EMAIL_RE = re.compile(r"\[([^\]@\s]+@[^\]\s]+)\]\(mailto:[^)]+\)")


def gold_md(blocks):
    bl = []
    for kind, v in blocks:
        if kind in ("p", "h1", "h2", "h3"):
            v = EMAIL_RE.sub("[EMAILPROTECTED](/cdn-cgi/l/email-protection)", v)
        bl.append((kind, v))
    return C.blocks_md(bl, URL).replace("[EMAILPROTECTED]", "[\\[email protected\\]]")


def render(s, blocks, when):
    import random
    rr = random.Random(s["cf_seed"])

    def link(url, label):
        if url.startswith("mailto:"):
            return ('<a href="/cdn-cgi/l/email-protection#%s"><span class="__cf_email__" data-cfemail="%s">[email&#160;protected]</span></a>'
                    % (cf_encode(rr, url[7:]), cf_encode(rr, label)))
        return '<a href="%s">%s</a>' % (html.escape(url), html.escape(label, quote=False))

    out = []
    for kind, v in blocks[1:]:
        if kind == "table":
            out.append('<div class="w-embed"><div class="table-scroll">%s</div></div>' % C.block_html((kind, v), {"table": "legal-table"}))
        elif kind in ("p", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, C.inline_html(v, link=link), kind))
        elif kind == "ul":
            out.append("<ul role=\"list\">%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x, link=link) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(x, link=link) for x in v))
    body = "".join(out)
    pub = s["published"]
    code, cname = s["country"]
    geo = ('<div class="geo-bar"><div class="geo-bar-text">Fernly is available in the US and Canada. Looks like you\'re visiting from %s &mdash; we\'re not there yet.</div>'
           '<a href="#" class="geo-bar-close w-inline-block"><img src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/63f0a1c2e4b5d6f7a8b9c0f3_close.svg" loading="lazy" alt=""></a></div>' % cname) if cname else ""
    promo = ('<div class="promo-bar"><div>This weekend only: <strong>50% off Fernly Gold</strong> for new subscribers.</div><a href="https://fernly.app.link/gold-weekend" class="promo-link">Get the app</a></div>'
             if s["promo"] else "")
    ios, andr = s["ratings"]
    return ('<!DOCTYPE html><!--  Last Published: %s GMT+0000 (Coordinated Universal Time)  -->'
            '<html data-wf-domain="www.fernly.com" data-wf-page="6411b0f5a2c3d4e5f6a7b8c1" data-wf-site="63f0a1c2e4b5d6f7a8b9c0d1" lang="en"><head>'
            '<meta charset="utf-8"/><title>Privacy Policy | Fernly</title><meta content="How Fernly collects, uses, and shares your information." name="description"/>'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>'
            '<link href="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/css/fernly.webflow.%s.min.css" rel="stylesheet" type="text/css"/>'
            '<script src="https://cmp.osano.com/16CVv9SZ3ra1W2Fxb/4f7a1d2e-8c3b-4d6e-9a1f-2b3c4d5e6f70/osano.js"></script>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/6400c7a1f2e3d4c5b6a7f8e9_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
            '</head><body>%s%s'
            '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container">'
            '<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/63f0a1c2e4b5d6f7a8b9c0e2_fernly-logo.svg" loading="lazy" alt="Fernly"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/about" class="nav-link w-nav-link">About</a><a href="/safety" class="nav-link w-nav-link">Safety</a>'
            '<a href="/gold" class="nav-link w-nav-link">Fernly Gold</a><a href="/blog" class="nav-link w-nav-link">Blog</a><a href="/careers" class="nav-link w-nav-link">Careers</a>'
            '<a href="https://fernly.app.link/download" class="button-nav w-button">Download</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
            '<section class="section-legal"><div class="container-legal w-container"><div class="legal-grid"><div class="legal-sidebar">'
            '<a href="/legal/terms" class="legal-nav-link">Terms of Service</a><a href="/legal/privacy-policy" aria-current="page" class="legal-nav-link w--current">Privacy Policy</a>'
            '<a href="/legal/consumer-health-data" class="legal-nav-link">Consumer Health Data</a><a href="/legal/cookie-policy" class="legal-nav-link">Cookie Policy</a>'
            '<a href="/legal/community-guidelines" class="legal-nav-link">Community Guidelines</a><a href="/law-enforcement" class="legal-nav-link">Law Enforcement</a></div>'
            '<div class="legal-main"><h1 class="legal-title">%s</h1><div class="legal-body w-richtext">%s</div></div></div></div></section>'
            '<section class="section-download"><div class="w-container"><h2 class="heading-download">Your next first date is nearby.</h2>'
            '<div class="ratings-row"><div class="rating-block"><div class="rating-stars">★★★★★</div><div class="rating-text">4.7 on the App Store &middot; %s ratings</div></div>'
            '<div class="rating-block"><div class="rating-stars">★★★★½</div><div class="rating-text">4.5 on Google Play &middot; %s reviews</div></div></div>'
            '<div class="store-buttons"><a href="https://apps.apple.com/us/app/fernly-dating/id1588231234" class="store-link w-inline-block"><img src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/63f0a1c2e4b5d6f7a8b9c0f7_app-store.svg" loading="lazy" alt="Download on the App Store"/></a>'
            '<a href="https://play.google.com/store/apps/details?id=com.fernly.app" class="store-link w-inline-block"><img src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/63f0a1c2e4b5d6f7a8b9c0f8_google-play.svg" loading="lazy" alt="Get it on Google Play"/></a></div></div></section>'
            '<footer class="footer"><div class="w-container"><div class="footer-links"><a href="/legal/terms" class="footer-link">Terms</a><a href="/legal/privacy-policy" class="footer-link">Privacy</a>'
            '<a href="/legal/cookie-policy" class="footer-link">Cookies</a><a href="#" onclick="Osano.cm.showDoNotSell()" class="footer-link">Your Privacy Choices <img src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/64c2e1f0a9b8c7d6e5f4a3b2_privacyoptions.svg" width="30" alt=""/></a>'
            '<a href="/press" class="footer-link">Press</a></div><div class="footer-copyright">© %d Fernly Labs, Inc.</div></div></footer>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=63f0a1c2e4b5d6f7a8b9c0d1" type="text/javascript" crossorigin="anonymous"></script>'
            '<script src="https://assets-global.website-files.com/63f0a1c2e4b5d6f7a8b9c0d1/js/webflow.%s.js" type="text/javascript"></script>'
            '<script id="__ada" data-handle="fernly" src="https://static.ada.support/embed2.js"></script>'
            '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'
            '<script>(function(){var js = "window[\'__CF$cv$params\']={r:\'%s\',t:\'%s\'};";var a=document.createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].appendChild(a);})();</script>'
            '</body></html>'
            % (pub.strftime("%a %b %d %Y %H:%M:%S"), s["wf"], geo, promo, html.escape(blocks[0][1]), body,
               "{:,}".format(ios), "{:,}".format(andr), when.year, s["wf"][:8] + "a", s["ray"], C.b64tok(rr, 12)))


PAGE = {
    "service": "Fernly", "url": URL, "lang": "en-US", "platform": "Webflow + Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "n": 32, "start": dt.date(2021, 5, 3), "end": dt.date(2026, 4, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".legal-title", ".legal-body"]},
}
