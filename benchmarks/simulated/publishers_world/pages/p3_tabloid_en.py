"""The Daily Beacon (London) - en-GB - national tabloid; WordPress VIP until June 2024, then Arc XP (Fusion) with the
same URL. Live-blog widget, "Most Read", trending bar, Taboola "Recommended for you" feed, Ad Manager slots.

Harder: the platform migration changes every class name (declaration history: the WordPress selectors are valid
until the migration capture's day); on WordPress the Taboola feed and an in-content ad sit INSIDE .entry-content;
on Arc the whole policy is also serialised in the Fusion.globalContent JSON (with a republish timestamp)."""
import datetime as dt
import json
import common as C

URL = "https://www.dailybeacon.co.uk/privacy-notice/"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MIGRATION = dt.datetime(2024, 6, 18)


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy Notice

Last updated: {UPDATED}

This notice explains how Beacon Media Group Limited collects and uses your personal information when you read The Daily Beacon in print, on dailybeacon.co.uk, in our apps and newsletters, or when you enter our competitions, comment on our stories or send us your photos and videos. Please read it carefully.

## Who we are

The Daily Beacon is published by Beacon Media Group Limited, a company registered in England and Wales (company number 04418273) whose registered office is at 1 Harbour Exchange Square, London E14 9GE. We are the controller of your personal information and are registered with the Information Commissioner's Office (ICO) under registration number Z7461928.

## The information we collect

We collect information you give us directly, for example when you register for a Beacon account, subscribe to a newsletter, enter a competition, buy from Beacon Shop, post a comment or contact our newsdesk. This may include your name, email address, postal address, phone number, date of birth and payment details.

We also collect information automatically when you use our websites and apps, including your IP address, device identifiers, browser type, the pages and articles you view, how long you spend on them and the links you click. Much of this is collected using cookies and similar technologies.

If you send us a story, photograph or video, we will hold the material and your contact details so that our journalists can verify it and get back to you. We will only publish your name alongside your material if you agree.

## How we use your information

We use your information to:

- run your Beacon account and deliver the newsletters and services you have asked for;
- run competitions and reader offers, contact winners and deliver prizes;
- show you advertising, including advertising tailored to your interests where you have agreed to this;
- understand how our content is read so we can improve our journalism and our websites;
- moderate comments and keep our community safe;
- prevent fraud and protect the security of our services;
- comply with our legal obligations.

We rely on your consent for personalised advertising, non-essential cookies and marketing emails. We rely on our legitimate interests for audience measurement, moderation, fraud prevention and sending you service messages, and on the performance of a contract where you buy something from us.

## Advertising and cookies

Our journalism is funded by advertising. We and our advertising partners use cookies and similar technologies on our sites to serve adverts, limit how often you see them, measure their performance and, with your consent, build a profile of your interests. Our key advertising partners include Google, Amazon Publisher Services, Magnite, Index Exchange and Taboola. You can see the full list of partners and change your choices at any time by clicking "Privacy Settings" at the bottom of any page.

For more detail, please read our [Cookie Notice](/cookie-notice/).

## Comments

If you comment on our articles, your comments are hosted by our commenting provider OpenWeb, which acts on our behalf. Your display name and comments will be visible to other readers. We may remove comments that break our [community rules](/community-rules/) and suspend accounts that repeatedly do so.

## Who we share your information with

We share your information with service providers who help us run our business, such as our hosting, email, payment, customer service and prize fulfilment providers. They may only use it on our instructions. We may also share information with other companies in the Beacon Media Group, with competition partners where the rules of a competition say so, and with the police, regulators or courts where the law requires it.

We never sell your name or email address to third parties for their own marketing.

If we sell or reorganise any part of our business, your information may be transferred to the new owner, who will be bound by this notice.

## International transfers

Some of our providers are based outside the UK, including in the United States. Where we transfer personal information to a country without UK adequacy regulations, we use the International Data Transfer Agreement or the UK Addendum to the EU standard contractual clauses approved by the ICO.

## How long we keep your information

We keep your account information for as long as your account is active. If you do not log in for three years we will delete your account. Competition entries are kept for 12 months after the competition closes. Records of purchases are kept for six years to meet our tax and accounting obligations. Material you send to our newsdesk may be kept for as long as it is needed for journalistic purposes.

## Your rights

Under UK data protection law you have the right to ask for a copy of your personal information, to have it corrected or deleted, to restrict or object to how we use it and to ask us to transfer it to you or someone else. You can withdraw your consent at any time, and you can unsubscribe from any marketing email using the link at the bottom.

Please note that the Data Protection Act 2018 contains an exemption for journalism, which means some of these rights may not apply to information we hold for journalistic purposes.

To exercise your rights, email [dataprotection@dailybeacon.co.uk](mailto:dataprotection@dailybeacon.co.uk). If you are unhappy with how we have handled your information, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).

## Childrens information

Our websites are not aimed at children under 13 and we do not knowingly collect their information. Competitions are open to UK residents aged 18 or over unless the rules say otherwise.

## Contact us and our Data Protection Officer

You can contact our Data Protection Officer by email at [dpo@beaconmedia.co.uk](mailto:dpo@beaconmedia.co.uk) or by writing to: The Data Protection Officer, Beacon Media Group Limited, 1 Harbour Exchange Square, London E14 9GE.

## Changes to this notice

We may update this notice from time to time. We will post the updated notice on this page and, where changes are significant, tell you by email or by a notice on our website.
"""

EDITS = [
    {"note": "comments: provider OpenWeb replaced by Viafoura; new sentence on Beacon account login for comments",
     "repl": [("your comments are hosted by our commenting provider OpenWeb, which acts on our behalf.",
               "your comments are hosted by our commenting provider Viafoura, which acts on our behalf. You need a Beacon account to comment.")]},
    {"note": "typo fix heading \"Childrens information\" -> \"Children's information\" (silent)", "bump": False,
     "repl": [("## Childrens information", "## Children's information")]},
    {"note": "advertising partners list adds Ozone Project and The Trade Desk (silent, date not bumped)", "bump": False,
     "repl": [("Magnite, Index Exchange and Taboola.", "Magnite, Index Exchange, The Ozone Project, The Trade Desk and Taboola.")]},
    {"note": "new section 'Beacon Ad-Lite' (consent or pay: reduced-ad subscription without personalised ads)",
     "repl": [("For more detail, please read our [Cookie Notice](/cookie-notice/).",
               "For more detail, please read our [Cookie Notice](/cookie-notice/).\n\n## Beacon Ad-Lite\n\n"
               "When you first visit our website you can choose either to accept cookies and personalised advertising or to subscribe to Beacon Ad-Lite. "
               "Ad-Lite subscribers see fewer adverts, none of which use your personal information for targeting, and we do not set non-essential advertising cookies on their devices. "
               "To provide Ad-Lite we process your email address, your subscription status and your payment details, which are handled by our payment provider Stripe. "
               "We rely on the performance of our contract with you for this processing.")]},
    {"note": "DPO contact moved to group legal team in Manchester (new address)",
     "repl": [("or by writing to: The Data Protection Officer, Beacon Media Group Limited, 1 Harbour Exchange Square, London E14 9GE.",
               "or by writing to: The Data Protection Officer, Beacon Media Group Limited, Legal Department, 3 Hardman Street, Manchester M3 3HF.")]},
    {"note": "complaints: Data (Use and Access) Act 2025 - complain to us first, we acknowledge within 30 days; ICO sentence reworded",
     "repl": [("If you are unhappy with how we have handled your information, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).",
               "If you are unhappy with how we have handled your information, please tell us first by emailing the same address. We will acknowledge your complaint within 30 days and keep you informed of its progress.\n\n"
               "If you are still not satisfied, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).")]},
]

LIVE = [("Strictly Come Dancing LIVE: results show as another star leaves", "strictly-live"),
        ("Storm Isha LIVE: Met Office amber warning as 80mph winds batter UK", "storm-live"),
        ("Royal Family LIVE: King's message to the nation", "royals-live"),
        ("Transfer deadline day LIVE: every Premier League deal", "transfer-live"),
        ("I'm A Celeb LIVE: campmates face Bushtucker Trial", "celeb-live"),
        ("Election LIVE: latest polls as leaders clash in TV debate", "election-live")]
MOST = ["Mum's fury as council fines her £100 for putting bin out a day early",
        "Holidaymakers warned of new passport rule that starts next month",
        "Coronation Street legend confirms shock exit after 20 years",
        "Martin Lewis urges anyone with a Nationwide account to check now",
        "Man Utd star spotted house-hunting as transfer talks accelerate",
        "Shoppers rush to Aldi for £12 garden buy that 'looks designer'",
        "Met Office issues snow forecast with Britain set for big freeze",
        "Pub landlord banned after serving pints during fire drill",
        "Inside the £3m mansion of EastEnders' most famous villain",
        "Drivers face £5,000 fine for little-known sat nav mistake"]
TABOOLA = [("Doctors Stunned: This Simple Trick Relieves Knee Pain", "HealthNews Daily"),
           ("Homeowners In London Are Getting Solar Panels For Almost Nothing", "Solar Savings UK"),
           ("The Most Beautiful Villages In The Cotswolds", "Travel Tales"),
           ("Here's What A Funeral Plan Should Cost In 2024", "Golden Leaves"),
           ("Retirees Are Switching To This Bank", "Money Insider"),
           ("Forget Expensive Hearing Aids, Try This Instead", "hear.com"),
           ("New UK Scheme Pays Off Your Debt", "Debt Relief Online"),
           ("The New Volvo XC40 Might Be Too Good To Pass Up", "Volvo Offers")]
TRENDING = ["Cost of living", "Strictly", "Premier League", "Royal Family", "Weather", "Love Island", "Travel", "Money"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["live"] = (rng.randrange(len(LIVE)), rng.randint(3, 240), rng.randint(0, 59))
    s["most"] = C.keep_or(rng, prev.get("most"), 0.9, lambda: tuple(rng.sample(range(len(MOST)), 5)))
    s["taboola"] = tuple(rng.sample(range(len(TABOOLA)), 4)) + (C.hexs(rng, 8),)
    s["ads"] = (rng.randint(10 ** 15, 10 ** 16 - 1), C.hexs(rng, 6), C.hexs(rng, 6))
    s["trending"] = C.keep_or(rng, prev.get("trending"), 0.5, lambda: tuple(rng.sample(range(len(TRENDING)), 5)))
    s["platform"] = "arc" if when >= MIGRATION else "wpvip"
    s["deploy"] = C.keep_or(rng, prev.get("deploy") if prev.get("platform") == s["platform"] else None, 0.35,
                            lambda: (rng.randint(100, 2400), C.hexs(rng, 10)))
    s["republished"] = C.keep_or(rng, prev.get("republished"), 0.2,
                                 lambda: (when - dt.timedelta(hours=rng.randint(1, 800))).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    return s


LABELS = {"live": "live-blog widget (story, 'N mins ago')", "most": "'Most Read' rail",
          "taboola": "Taboola 'Recommended for you' feed", "ads": "ad slot ids / correlator",
          "trending": "trending topics bar", "platform": "platform migration WordPress VIP -> Arc XP (all markup)",
          "deploy": "deploy / asset version", "republished": "CMS republish timestamp (Arc globalContent / WP modified meta)"}


def _taboola(s):
    items = "".join('<div class="trc_spotlight_item origin-default thumbs-feed-01"><a class="item-thumbnail-href" href="https://trc.taboola.com/c?i=%s%d" rel="sponsored nofollow">'
                    '<span class="video-title">%s</span><span class="branding">%s</span></a></div>'
                    % (s["taboola"][-1], k, TABOOLA[k][0], TABOOLA[k][1]) for k in s["taboola"][:-1])
    return ('<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_header_ext"><span>Recommended for you</span></div>'
            '%s<a class="trc_attribution" href="https://popup.taboola.com/en/?template=colorbox">Sponsored Links by Taboola</a></div>' % items)


def _live(s, arc):
    k, mins, posts = s["live"]
    ago = "%d mins ago" % mins if mins < 60 else "%d hours ago" % (mins // 60)
    if arc:
        return ('<div class="b-live-promo"><span class="c-label c-label--live">LIVE</span><a href="/news/%s-%d/">%s</a>'
                '<span class="b-live-promo__time">Updated %s</span></div>' % (LIVE[k][1], 30000 + posts, LIVE[k][0], ago))
    return ('<div class="widget liveblog-promo"><span class="live-badge">LIVE</span><a href="/news/%s-%d/">%s</a>'
            '<time>%s</time></div>' % (LIVE[k][1], 30000 + posts, LIVE[k][0], ago))


def render(s, blocks, when):
    h1, rest = blocks[0], blocks[1:]
    dn, dh = s["deploy"]
    corr, u1, u2 = s["ads"]
    most = "".join('<li><a href="/news/story-%d/">%s</a></li>' % (28000 + k * 91, MOST[k]) for k in s["most"])
    trend = "".join('<li><a href="/all-about/%s/">%s</a></li>' % (TRENDING[k].lower().replace(" ", "-"), TRENDING[k]) for k in s["trending"])
    nav = ('<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/tv/">TV</a></li>'
           '<li><a href="/showbiz/">Showbiz</a></li><li><a href="/money/">Money</a></li><li><a href="/travel/">Travel</a></li>'
           '<li><a href="/health/">Health</a></li><li><a href="/shopping/">Shopping</a></li>')
    footer_links = ('<li><a href="/privacy-notice/">Privacy Notice</a></li><li><a href="/cookie-notice/">Cookie Notice</a></li>'
                    '<li><a href="#" class="sp-privacy-settings">Privacy Settings</a></li><li><a href="/terms-and-conditions/">Terms &amp; Conditions</a></li>'
                    '<li><a href="/contact-us/">Contact us</a></li><li><a href="https://www.ipso.co.uk/">IPSO regulated</a></li>')
    if s["platform"] == "wpvip":
        k = next(j for j, x in enumerate(rest) if x[0] == "h2" and x[1] == "Comments")
        content = (C.blocks_html(rest[:k]) + '\n<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-%s" data-slot="/5293/dailybeacon/static"></div>\n'
                   % u1 + C.blocks_html(rest[k:]) + "\n" + _taboola(s))
        body = ('<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">'
                '<a href="/" rel="home"><img src="/wp-content/themes/beacon-2020/assets/img/logo.svg?ver=%s" alt="The Daily Beacon"></a></div>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav>'
                '<ul class="trending-bar">%s</ul></header>'
                '<div class="ad-slot ad-slot--leaderboard" id="div-gpt-ad-%s"></div>'
                '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
                '<article id="post-1182" class="post-1182 page type-page status-publish hentry">'
                '<header class="entry-header">%s</header>'
                '<div class="entry-content">\n%s\n</div></article></main></div>'
                '<aside id="secondary" class="widget-area">%s<section class="widget most-read"><h2 class="widget-title">Most Read</h2><ol>%s</ol></section></aside>'
                '</div><footer id="colophon" class="site-footer"><ul class="footer-menu">%s</ul>'
                '<p class="site-info">&copy; Beacon Media Group Limited %d</p></footer></div>'
                % (dh[:6], nav, trend, u2, C.block_html(h1, {"h1": "entry-title"}), content, _live(s, False), most,
                   footer_links, when.year))
        head = ('<link rel="stylesheet" id="beacon-style-css" href="/wp-content/themes/beacon-2020/style.css?ver=%s" media="all">\n'
                '<meta property="article:modified_time" content="%s">\n'
                '<script>var beaconAds={"correlator":%d,"targeting":{"section":"static","pageId":1182}};</script>\n'
                '<script src="https://cdn.taboola.com/libtrc/beaconmedia-dailybeacon/loader.js" async></script>\n'
                % (dh[:6], s["republished"], corr))
        tail = '<script src="/wp-includes/js/wp-embed.min.js?ver=6.%d"></script>\n' % (dn % 5)
    else:
        elems = []
        for n, b in enumerate(rest):
            elems.append({"_id": "%s%02d" % (dh.upper(), n), "type": "header" if b[0] in ("h2", "h3") else ("list" if b[0] in ("ul", "ol") else "text"),
                          "content": b[1] if isinstance(b[1], str) else "\n".join(b[1])})
        gc = {"_id": "POLICYBEACON7Q3ZK", "type": "story", "headlines": {"basic": h1[1]}, "last_updated_date": s["republished"],
              "content_elements": elems}
        arc_cls = {"p": "c-paragraph", "h2": "c-heading", "ul": "c-list", "h3": "c-heading"}
        body = ('<div id="fusion-app" class="b-app"><header class="b-header"><div class="b-header__top"><a href="/" class="b-header__logo">'
                '<img src="/pf/resources/images/logo-beacon.svg?d=%d" alt="The Daily Beacon"></a>'
                '<nav class="b-header-nav"><ul class="b-header-nav__list">%s</ul></nav></div>'
                '<div class="b-trending"><span>Trending</span><ul>%s</ul></div></header>'
                '<div class="b-ad b-ad--leaderboard" id="arcad_%s"></div>'
                '<main class="b-main"><div class="b-main__content"><article class="b-article">'
                '<div class="b-article__header">%s</div>'
                '<div class="b-article-body">\n%s\n</div></article>%s</div>'
                '<aside class="b-main__rail"><div class="b-ad b-ad--mpu" id="arcad_%s"></div>%s'
                '<div class="b-most-read"><h2 class="c-heading">Most Read</h2><ol class="b-most-read__list">%s</ol></div></aside></main>'
                '<footer class="b-footer"><ul class="b-footer__links">%s</ul><p class="b-footer__copyright">&copy; %d Beacon Media Group Limited. All rights reserved.</p></footer></div>'
                % (dn, nav, trend, u1, C.block_html(h1, {"h1": "c-heading b-headline"}), C.blocks_html(rest, arc_cls), _taboola(s), u2,
                   _live(s, True), most, footer_links, when.year))
        head = ('<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=%d&amp;mxId=00000000">\n'
                '<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="dailybeacon";'
                'Fusion.contextPath="/pf";Fusion.deployment="%d";Fusion.globalContent=%s;</script>\n'
                '<script>window.arcAds={correlator:%d};</script>\n'
                '<script src="https://cdn.taboola.com/libtrc/beaconmedia-dailybeacon/loader.js" async></script>\n'
                % (dn, dn, json.dumps(gc, ensure_ascii=False).replace("</", "<\\/"), corr))
        tail = '<script src="/pf/dist/engine/react.js?d=%d&amp;mxId=00000000"></script>\n' % dn
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Privacy Notice | The Daily Beacon</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="canonical" href="%s">\n'
            '<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>\n%s'
            '</head>\n<body class="page-template-default page">\n%s\n%s</body>\n</html>\n' % (URL, head, body, tail))


WP = {"fetch": URL, "select": ["h1.entry-title", ".entry-content"],
      "remove": ["#taboola-below-article-thumbnails", ".ad-slot"]}

PAGE = {
    "service": "The Daily Beacon", "url": URL, "lang": "en-GB", "platform": "WordPress VIP -> Arc XP (June 2024)",
    "content_type": "text/html; charset=utf-8",
    "n": 32, "start": dt.date(2021, 6, 2), "end": dt.date(2026, 4, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.b-headline", ".b-article-body"]},
    "history": [dict(WP, validUntil="2024-06-18T00:00:00Z")],
}
