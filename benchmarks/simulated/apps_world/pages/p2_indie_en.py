"""Pocket Tally (habit/tally counter, iOS + Android) - en - GitHub Pages, Jekyll 3.9 + minima 2.5, one developer.

The policy is privacy.md in the gh-pages repo; every commit rebuilds the whole site, so every capture is a rebuild:
the stylesheet's cache-buster is the build revision, and the developer's own commits (release banner in the
header include, new pages in the nav, footer blurb, a Jekyll upgrade on GitHub's side) change the chrome.
"""
import datetime as dt
import common as C

URL = "https://mdewit-apps.github.io/pocket-tally/privacy/"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

**Last updated: {UPDATED}**

Pocket Tally is a small tally counter and habit tracker for iPhone, iPad and Android. It is made by one person, Maarten de Wit, a developer in Utrecht, the Netherlands ("I", "me"). This page explains what happens to your data when you use the app. The short version: your counters live on your device, I do not have accounts, and I do not sell or share anything for advertising.

If something here is unclear, just email me at [pockettally.app@gmail.com](mailto:pockettally.app@gmail.com). I read every message myself.

## Who is responsible

For the purposes of the EU General Data Protection Regulation (GDPR), the controller is Maarten de Wit, trading as Dewit Apps, registered with the Netherlands Chamber of Commerce (KvK) under number 81234567.

## Data stored on your device

Everything you type into Pocket Tally (counter names, counts, goals, notes, colours and reminder times) is stored locally on your device in the app's own database. I cannot see it. If you delete the app, this data is deleted too, unless you made a backup.

## iCloud and Google Drive backups

If you switch on "Sync & Backup" in the settings, your counters are copied to your own iCloud account (on iOS) or to the hidden app folder of your own Google Drive (on Android). These copies are stored by Apple or Google under your account and their privacy policies. I have no access to them. You can switch sync off at any time; existing backups stay in your account until you remove them there.

## Crash reports

When the app crashes, it sends a crash report through Firebase Crashlytics, a service of Google. A crash report contains the device model, the operating system version, the app version, the time of the crash and a technical trace of what the app was doing. It does not contain your counter names or notes. Crash reports are kept by Google for 90 days. See [Google's privacy policy](https://policies.google.com/privacy) and the [Firebase privacy information](https://firebase.google.com/support/privacy).

## No analytics, no ads

Pocket Tally does not contain advertising and does not use advertising identifiers (IDFA on iOS, the advertising ID on Android). I do not use tracking across apps or websites.

## Permissions the app asks for

- **Notifications:** to show the reminders you set. Reminders are scheduled on your device.
- **Widgets and Apple Watch:** the widgets and the Watch app read your counters from a shared container on your device. Nothing leaves the device for this.

The app does not ask for your location, contacts, camera or microphone.

## Purchases

Pocket Tally is free with an optional one-time "Pro" upgrade. Payments are handled entirely by the App Store or Google Play. I only receive a confirmation that the upgrade was bought, not your name or payment details.

## Support emails

If you write to me, I receive your email address and whatever you put in the message, sometimes with a screenshot or an exported file you attach. I use this only to answer you and keep the conversation in my mailbox for up to two years, so that I can follow up if the same problem comes back. I never add support addresses to a mailing list.

## Legal bases

I process crash reports and support emails on the basis of my legitimate interest in keeping the app working and answering your questions (Article 6(1)(f) GDPR). Purchase confirmations are processed to perform our contract (Article 6(1)(b) GDPR). Anything else in the app happens only on your device and is not processing by me at all.

## Security

The app's database is protected by the encryption of your device. Backups in iCloud and Google Drive are encrypted by Apple and Google. This website is a static page hosted on GitHub Pages and does not use cookies or analytics.

## Children

Pocket Tally is rated 4+ and can be used by children, but it is not directed at them and it does not knowingly collect personal data from anyone. Because the app does not collect personal data in the first place, there is nothing special to switch off for children.

## Your rights

Under the GDPR you have the right to access, correct and delete personal data about you, to object to processing and to receive your data in a portable format. Since almost everything stays on your device, you can exercise most of these rights directly in the app: you can export all counters as a CSV file (Settings, then Export) and delete everything (Settings, then Erase all data).

For crash reports, email me with the approximate date and your device model and I will ask for the report to be deleted. You also have the right to lodge a complaint with the Dutch Data Protection Authority, the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## Changes to this policy

When the app changes in a way that affects your data, I will update this page and the date at the top. The full history of this page is public in the [GitHub repository](https://github.com/mdewit-apps/pocket-tally/commits/gh-pages/privacy.md).

## Contact

@ Dewit Apps - Maarten de Wit
@ Utrecht, the Netherlands
@ [pockettally.app@gmail.com](mailto:pockettally.app@gmail.com)
"""

EDITS = [
    {"note": "crash reporting moved from Firebase Crashlytics to Sentry (EU data region, 30 days)",
     "repl": [("When the app crashes, it sends a crash report through Firebase Crashlytics, a service of Google. A crash report",
               "When the app crashes, it sends a crash report through Sentry, a service of Functional Software, Inc. I use Sentry's EU data region (Frankfurt, Germany). A crash report"),
              ("Crash reports are kept by Google for 90 days. See [Google's privacy policy](https://policies.google.com/privacy) and the [Firebase privacy information](https://firebase.google.com/support/privacy).",
               "Crash reports are deleted after 30 days. See [Sentry's privacy policy](https://sentry.io/privacy/)."),
              ("and I will ask for the report to be deleted.", "and I will delete the report.")]},
    {"note": "'No analytics' section replaced by privacy-friendly analytics via TelemetryDeck (anonymised, hashed user id)",
     "repl": [("## No analytics, no ads\n\nPocket Tally does not contain advertising",
               "## Anonymous usage statistics\n\nSince version 2.5 the app sends anonymous usage signals through TelemetryDeck (TelemetryDeck GmbH, Germany), for example \"app opened\", \"counter created\" or \"widget added\", together with the app version, the operating system version and the language. Each device is identified by a random identifier that is hashed twice (once on the device, once on TelemetryDeck's servers) so that neither TelemetryDeck nor I can link the signals to you. No IP address is stored. You can switch this off under Settings, then Privacy, then \"Share anonymous usage data\".\n\n## No ads\n\nPocket Tally does not contain advertising")]},
    {"note": "contact address: gmail replaced by the app's own domain (silent, date not bumped)", "bump": False,
     "repl": [("just email me at [pockettally.app@gmail.com](mailto:pockettally.app@gmail.com)",
               "just email me at [privacy@pockettally.app](mailto:privacy@pockettally.app)"),
              ("@ [pockettally.app@gmail.com](mailto:pockettally.app@gmail.com)",
               "@ [privacy@pockettally.app](mailto:privacy@pockettally.app)")]},
    {"note": "Pro becomes a subscription handled through RevenueCat (new processor paragraph)",
     "repl": [("Pocket Tally is free with an optional one-time \"Pro\" upgrade. Payments are handled entirely by the App Store or Google Play. I only receive a confirmation that the upgrade was bought, not your name or payment details.",
               "Pocket Tally is free with an optional \"Pro\" subscription (monthly or yearly) or a lifetime purchase. Payments are handled entirely by the App Store or Google Play. I only receive a confirmation that Pro was bought, not your name or payment details.\n\nTo check whether your Pro subscription is active across your devices, the app uses RevenueCat (RevenueCat, Inc., USA). RevenueCat receives the store's purchase receipt and a random app user ID created by the app. RevenueCat is certified under the EU-U.S. Data Privacy Framework. Purchase records are kept as long as required by Dutch tax law (7 years).")]},
    {"note": "new permission: Apple Health / Health Connect (write water, mindful minutes; read steps); 'does not ask' sentence reworded",
     "repl": [("- **Widgets and Apple Watch:**", "- **Apple Health and Health Connect (optional):** if you link a counter to Health, the app writes the counted value (for example water or mindful minutes) to Apple Health or Android Health Connect, and can read your daily step count to fill a step counter. Health data is only read and written on your device and is never sent to me, to TelemetryDeck or to any other service.\n- **Widgets and Apple Watch:**"),
              ("The app does not ask for your location, contacts, camera or microphone.",
               "The app does not ask for your location, contacts, photos, camera or microphone.")]},
]

NAVS = [
    [("FAQ", "/pocket-tally/faq/"), ("Privacy", "/pocket-tally/privacy/"), ("Support", "/pocket-tally/support/")],
    [("FAQ", "/pocket-tally/faq/"), ("Changelog", "/pocket-tally/changelog/"), ("Privacy", "/pocket-tally/privacy/"),
     ("Support", "/pocket-tally/support/")],
    [("FAQ", "/pocket-tally/faq/"), ("Changelog", "/pocket-tally/changelog/"), ("Press kit", "/pocket-tally/press/"),
     ("Privacy", "/pocket-tally/privacy/"), ("Support", "/pocket-tally/support/")],
]
BLURBS = [
    "A tiny tally counter for iPhone, iPad and Android. Count anything.",
    "A tiny tally counter and habit tracker for iPhone, iPad, Apple Watch and Android.",
    "Count anything, build habits. Made in Utrecht by one person.",
]
JEKYLL = [(dt.datetime(2000, 1, 1), "3.9.2", "2.8.0"), (dt.datetime(2022, 2, 1), "3.9.3", "2.8.0"),
          (dt.datetime(2024, 2, 20), "3.9.5", "2.8.0"), (dt.datetime(2025, 4, 1), "3.10.0", "2.8.0")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["revision"] = C.hexs(rng, 40)  # site.github.build_revision, new on every Pages build
    # the developer bumps the release banner in _config.yml with each store release
    major = 2 + (when.year - 2021) // 2
    minor = (when.month + when.year) % 7
    s["release"] = C.keep_or(rng, prev.get("release"), 0.55,
                             lambda: ("%d.%d.%d" % (major, minor, rng.randint(0, 4)),
                                      (when - dt.timedelta(days=rng.randint(2, 40))).strftime("%b %-d, %Y")))
    s["nav"] = min(2, (when.year - 2021) // 2) if when.year > 2021 else 0
    s["blurb"] = C.keep_or(rng, prev.get("blurb"), 0.15, lambda: rng.randrange(len(BLURBS)))
    s["jekyll"] = [j for j in JEKYLL if when >= j[0]][-1][1:]
    s["rating"] = C.keep_or(rng, prev.get("rating"), 0.5,
                            lambda: ("4.%d" % rng.randint(6, 8), 900 + i * 37 + rng.randint(0, 30)))
    return s


LABELS = {
    "revision": "stylesheet cache-buster = GitHub Pages build revision (every rebuild)",
    "release": "'Version x.y.z is out' release banner in the header include",
    "nav": "new pages in the minima header nav (Changelog, Press kit)",
    "blurb": "footer description from _config.yml rewritten",
    "jekyll": "GitHub Pages Jekyll upgrade (generator meta, SEO tag comment)",
    "rating": "App Store rating/ratings count in the header banner",
}

SVG_MENU = ('<svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484'
            'C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516'
            'C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0c0-0.82,0.665-1.484,1.484-1.484h15.032C17.335,6.031,18,'
            '6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,13.516l0,0 c0-0.82,0.665-'
            '1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/></svg>')


def _slug(t):
    import re
    return re.sub(r"[^a-z0-9 -]", "", t.lower()).strip().replace(" ", "-")


def render(s, blocks, when):
    jv, seov = s["jekyll"]
    ver, vdate = s["release"]
    stars, nrat = s["rating"]
    title = blocks[0][1]
    parts = []
    for b in blocks[1:]:
        if b[0] in ("h2", "h3"):
            parts.append('<h%s id="%s">%s</h%s>' % (b[0][1], _slug(b[1]), C.inline_html(b[1]), b[0][1]))
        else:
            parts.append(C.block_html(b))
    body = "\n\n".join(parts)
    nav = "".join('<a class="page-link" href="%s">%s</a>' % l for l in NAVS[s["nav"]])
    return """<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v%s -->
<title>Privacy Policy | Pocket Tally</title>
<meta name="generator" content="Jekyll v%s" />
<meta property="og:title" content="Privacy Policy" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="%s" />
<meta property="og:description" content="%s" />
<link rel="canonical" href="%s" />
<meta property="og:url" content="%s" />
<meta property="og:site_name" content="Pocket Tally" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta property="twitter:title" content="Privacy Policy" />
<meta name="apple-itunes-app" content="app-id=1498765432">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"WebPage","description":"%s","headline":"Privacy Policy","url":"%s"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/pocket-tally/assets/main.css?v=%s"><link type="application/atom+xml" rel="alternate" href="https://mdewit-apps.github.io/pocket-tally/feed.xml" title="Pocket Tally" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/pocket-tally/">Pocket Tally</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            %s
          </span>
        </label>

        <div class="trigger">%s</div>
      </nav></div>
  <div class="release-banner"><div class="wrapper"><span class="release-banner__text">Version %s is out (%s) &middot; &#9733; %s from %s ratings</span>
    <a href="https://apps.apple.com/app/pocket-tally/id1498765432"><img src="/pocket-tally/assets/img/app-store-badge.svg" alt="Download on the App Store" height="40"></a>
    <a href="https://play.google.com/store/apps/details?id=app.pockettally"><img src="/pocket-tally/assets/img/google-play-badge.png" alt="Get it on Google Play" height="40"></a></div></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post">

  <header class="post-header">
    <h1 class="post-title">%s</h1>
  </header>

  <div class="post-content">
    %s

  </div>

</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/pocket-tally/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Pocket Tally</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Maarten de Wit</li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/mdewit-apps"><svg class="svg-icon"><use xlink:href="/pocket-tally/assets/minima-social-icons.svg#github"></use></svg> <span class="username">mdewit-apps</span></a></li><li><a href="https://mastodon.nl/@mdewit"><svg class="svg-icon"><use xlink:href="/pocket-tally/assets/minima-social-icons.svg#mastodon"></use></svg> <span class="username">mdewit</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>%s</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
""" % (seov, jv, BLURBS[s["blurb"]], BLURBS[s["blurb"]], URL, URL, BLURBS[s["blurb"]], URL, s["revision"], SVG_MENU,
       nav, ver, vdate, stars, "{:,}".format(nrat), C.inline_html(title), body, BLURBS[s["blurb"]])


PAGE = {
    "service": "Pocket Tally", "url": URL, "lang": "en", "platform": "GitHub Pages (Jekyll minima)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "GitHub.com"), ("Cache-Control", "max-age=600"), ("Via", "1.1 varnish")),
    "n": 28, "start": dt.date(2021, 5, 3), "end": dt.date(2026, 1, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.post"]},
}
