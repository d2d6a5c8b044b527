"""Quillpost (British English newsletter platform), marketing site on Ghost 5 with a Casper-derived theme behind
Cloudflare. The policy is a Ghost page; the theme wraps its Koenig content in `.gh-content`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://quillpost.co.uk/privacy/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["en"][d.month - 1], d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Quillpost helps writers publish newsletters, grow an audience and earn from paid subscriptions. This policy explains how Quillpost Ltd collects and uses personal data about writers who use our platform, readers who subscribe to newsletters hosted on Quillpost, and visitors to our website.

## Who we are

Quillpost Ltd is the controller of the personal data described in this policy. We are registered in England and Wales under company number 12874519 and with the Information Commissioner's Office under registration number ZB104522.

@ Quillpost Ltd
@ 3rd Floor, 86-90 Paul Street
@ London EC2A 4NE
@ [privacy@quillpost.co.uk](mailto:privacy@quillpost.co.uk)

Writers are the controllers of their own subscriber lists. When we process subscriber data on a writer's behalf, we act as their processor under our Data Processing Addendum.

## Data we collect

- Account details: your name, email address, password hash and profile picture.
- Publication details: newsletter name, posts, drafts, images and custom domains.
- Payment details: payout bank details and tax information for writers; card details are collected by our payment processor and never stored by us.
- Subscriber data: email address, subscription tier, sign-up source and email engagement (opens and clicks, where the writer has enabled tracking).
- Technical data: IP address, browser type, device identifiers and log data.

## How we use your data

We use your data to provide and secure the service, to process payments and payouts, to send service emails, to prevent spam and abuse, and to improve Quillpost. Our legal bases are the performance of our contract with you, our legitimate interests in running a safe and reliable platform, compliance with legal obligations such as tax reporting, and your consent where we ask for it.

We do not sell personal data and we do not show advertising on newsletters.

## Service providers

We share personal data with the following processors who help us run Quillpost:

| Provider | Purpose | Location |
| Stripe Payments Europe Ltd | Subscription payments and payouts | Ireland |
| Mailgun Technologies, Inc. | Email delivery | United States |
| Amazon Web Services EMEA SARL | Hosting and storage | Ireland |
| Intercom R&D Unlimited Company | Customer support | Ireland |

Where data is transferred outside the UK, we rely on the UK International Data Transfer Addendum or the UK Extension to the EU-US Data Privacy Framework.

## How long we keep data

We keep account data for as long as your account is open. If you close your account, we delete your publication and subscriber lists within 30 days, except where we must keep records for tax purposes, which we keep for six years. Server logs are kept for 90 days.

## Cookies

Our website uses strictly necessary cookies to keep you signed in. With your consent we also use privacy-friendly analytics to understand which pages are useful. You can change your choice at any time in the cookie settings.

## Your rights

Under UK data protection law you have the right to access, correct, delete or export your personal data, to object to or restrict our processing, and to withdraw consent at any time. Subscribers who want to exercise their rights over a writer's list should contact the writer first; we will help where we can.

If you are unhappy with how we handle your data, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk), although we would appreciate the chance to put things right first.

## Changes to this policy

We will tell writers by email about significant changes to this policy at least 14 days before they take effect.
"""

EDITS = [
    {"note": "processor replaced: Mailgun -> Postmark (ActiveCampaign) for email delivery",
     "repl": [("| Mailgun Technologies, Inc. | Email delivery | United States |",
               "| Postmark (ActiveCampaign, LLC) | Email delivery | United States |")]},
    {"note": "sentence extended without new date: ask users to contact us before complaining to the ICO",
     "bump": False,
     "repl": [("although we would appreciate the chance to put things right first.",
               "although we would appreciate the chance to put things right first, so please contact us before you do.")]},
    {"note": "office moved: Paul Street -> Tabernacle Street",
     "repl": [("@ 3rd Floor, 86-90 Paul Street\n@ London EC2A 4NE", "@ Unit 4, 35 Tabernacle Street\n@ London EC2A 4DD")]},
    {"note": "new list item: recommendations data (network of newsletters)",
     "repl": [("- Technical data: IP address, browser type, device identifiers and log data.",
               "- Technical data: IP address, browser type, device identifiers and log data.\n"
               "- Recommendations: which newsletters you were recommended and which you subscribed to from a recommendation.")]},
    {"note": "server log retention 90 days -> 30 days",
     "repl": [("Server logs are kept for 90 days.", "Server logs are kept for 30 days.")]},
    {"note": "new section: AI writing assistant (OpenAI via Azure) + table row",
     "repl": [("## How long we keep data", "## Writing assistant\n\nIf you switch on the optional writing assistant, the text of the draft you are working on is sent to Microsoft Azure OpenAI Service to generate suggestions. Drafts are not used to train models and are not stored by Microsoft beyond 30 days for abuse monitoring.\n\n## How long we keep data"),
              ("| Intercom R&D Unlimited Company | Customer support | Ireland |",
               "| Intercom R&D Unlimited Company | Customer support | Ireland |\n| Microsoft Ireland Operations Ltd | Writing assistant (Azure OpenAI) | Sweden |")]},
]

POSTS = ["How we doubled open rates without tracking pixels", "Paid tiers: what 300 writers taught us",
         "Custom domains are now free on every plan", "Introducing recommendations", "Writer spotlight: The Allotment Letter",
         "Our 2024 transparency report", "Welcome emails that people actually read", "Import from Substack in two clicks",
         "Quillpost Live: monthly office hours", "Podcasts on Quillpost (beta)"]
DEPLOYS = K.deploys("quillpost|deploy", dt.date(2021, 11, 1), dt.date(2026, 12, 31), 40, 10)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.b64tok(rng, 16), "ray": C.hexs(rng, 16)}
    s["asset"] = K.deploy(when, DEPLOYS)
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.6, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["writers"] = K.growing(when, dt.date(2022, 1, 1), 31200, 23.5, rng, 40)
    m = when.month
    s["banner"] = ("Black Friday: 40% off Quillpost Pro" if m == 11 else
                   "Write your year in review - templates inside" if m == 12 else
                   "Quillpost Summer School starts soon" if m in (6, 7) else "")
    return s


LABELS = {"nonce": "Cloudflare script nonce and cf-ray", "ray": "cf-ray id", "asset": "theme asset ?v= hash on deploy",
          "posts": "'From the blog' latest posts", "writers": "footer 'Join N writers' counter",
          "banner": "seasonal announcement bar"}


def render(s, blocks, when):
    body = K.render_blocks(blocks[2:], tags={"table": ' class="kg-table"'}, sep="\n")
    posts = "".join('<article class="post-card"><a class="post-card-content-link" href="/blog/%d/">'
                    '<h3 class="post-card-title">%s</h3></a></article>' % (k, C.esc(POSTS[k])) for k in s["posts"])
    banner = ('<div class="gh-announcement-bar"><a href="/offers/">%s</a></div>' % C.esc(s["banner"])
              if s["banner"] else "")
    v = s["asset"]
    return (
        '<!DOCTYPE html>\n<html lang="en-gb">\n<head>\n<meta charset="utf-8">\n'
        '<title>Privacy Policy | Quillpost</title>\n<meta name="viewport" content="width=device-width'
        ', initial-scale=1">\n'
        '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">\n'
        '<meta name="generator" content="Ghost 5.82">\n<link rel="canonical" href="%s">\n'
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" '
        'data-ghost="https://quillpost.co.uk/" data-key="3f9b1c2d8e7a6b5c4d3e2f1a0b" data-api="https:'
        '//quillpost.co.uk/ghost/'
        'api/content/" crossorigin="anonymous"></script>\n'
        '<script nonce="%s">window.__cfRay="%s";</script>\n</head>\n'
        '<body class="page-template page-privacy is-head-left-logo has-cover">\n<div class="viewport">\n%s'
        '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">'
        '<a class="gh-head-logo" href="https://quillpost.co.uk">Quillpost</a></div><nav class="gh-head-menu">'
        '<ul class="nav"><li class="nav-features"><a href="/features/">Features</a></li><li class="nav-pricing">'
        '<a href="/pricing/">Pricing</a></li><li class="nav-blog"><a href="/blog/">Blog</a></li></ul></nav>'
        '<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="s'
        'ignup">Start writing'
        '</a></div></div></header>\n<div class="site-content">\n<main id="site-main" class="site-main">\n'
        '<article class="article page no-image">\n<header class="article-header gh-canvas">'
        '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p></header>\n'
        '<section class="gh-content gh-canvas">\n%s\n</section>\n</article>\n</main>\n'
        '<aside class="read-more-wrap outer"><div class="read-more inner"><h2>From the blog</h2>%s</div></aside>\n'
        '</div>\n<footer class="site-footer outer"><div class="inner"><section class="footer-cta"><p>Join %s writers '
        'already on Quillpost</p><a href="#/portal/signup" data-portal="signup">Start for free</a></section>'
        '<section class="copyright"><a href="https://quillpost.co.uk">Quillpost</a> &copy; %d</section>'
        '<nav class="site-footer-nav"><a href="/privacy/">Privacy</a><a href="/terms/">Terms</a>'
        '<a href="/cookies/">Cookies</a></nav></div></footer>\n</div>\n'
        '<script src="/assets/built/casper.js?v=%s"></script>\n'
        '<script defer src="https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6'
        'a5babf22c1241717689'
        '176015" data-cf-beacon=\'{"rayId":"%s","version":"2024.4.1","token":"0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}\' '
        'crossorigin="anonymous"></script>\n</body>\n</html>\n'
        % (v, URL, s["nonce"], s["ray"], banner, C.inline_html(blocks[0][1]), C.inline_html(blocks[1][1]), body,
           posts, C.group_digits(s["writers"], ","), when.year, v, s["ray"]))


PAGE = {
    "service": "Quillpost", "url": URL, "lang": "en-GB", "platform": "Ghost 5 (Casper-derived theme), Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 3, 31), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.page .article-header", "article.page .gh-content"]},
}
