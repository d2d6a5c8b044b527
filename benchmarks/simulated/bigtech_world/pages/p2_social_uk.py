"""Circl (social network) - en-GB privacy policy at www.circl.com/privacy/policy - React with atomic class names
(x1lliihq x6ikm8r ...), hydration JSON with per-visit tokens, link shims on every outbound link of the policy
(l.circl.com/l.php?u=...&h=AT...: a new signature at each visit), logged-out header A/B, UK cookie dialog, 2024
chrome redesign (privacy-centre left navigation) with the same content pagelet.

Gold: the curated Markdown keeps the outbound links' real targets (the `u=` of the shim, which is what the source
markup holds), never the shim: a curator's text does not change at every visit."""
import datetime as dt
import html
from urllib.parse import quote
import common as C

URL = "https://www.circl.com/privacy/policy/"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privacy Policy

What is the Privacy Policy and what does it cover?

Effective {UPDATED}

At Circl we want you to understand what information we collect, and how we use and share it. That’s why we encourage you to read our Privacy Policy. This helps you use Circl Products in the way that’s right for you.

In the Privacy Policy, we explain how we collect, use, share, retain and transfer information. We also let you know your rights. Each section of the Policy includes helpful examples and simpler language to make our practices easier to understand. We’ve also added links to resources where you can learn more about the privacy topics that interest you.

It’s important to us that you know how to control your privacy, so we also show you where you can manage your information in the settings of the Circl Products you use. You can update these settings to shape your experience.

This Policy applies to Circl, Circl Messenger and Circl Live, unless a different privacy policy applies to a product or feature.

## What information do we collect?

The information we collect and process about you depends on how you use our Products. For example, we collect different information if you sell furniture on Marketplace than if you post a reel on Circl Live. When you use our Products, we collect some information about you even if you don’t have an account.

### Your activity and information that you provide

On our Products, you can send messages, take photos and videos, buy or sell things and much more. We call all of the things that you can do on our Products “activity”. We collect your activity across our Products and information that you provide, such as:

- Content that you create, such as posts, comments or audio
- Content that you provide through our camera feature or your camera roll settings, or through our voice-enabled features
- Messages that you send and receive, including their content, subject to applicable law
- Metadata about content and messages, subject to applicable law
- Types of content that you view or interact with, and how you interact with it
- Apps and features that you use, and what actions you take in them
- Purchases or other transactions that you make, including truncated credit card information
- Hashtags that you use
- The time, frequency and duration of your activities on our Products

If you have it turned on, we use face recognition technology to recognise you in photos, videos and camera experiences.

Some of the information that you provide may have special protections under the laws of your country, such as your religious views, health or political opinions. These special categories of information are only processed with your explicit consent or where another condition under Article 9 of the UK GDPR applies.

### Friends, followers and other connections

We collect information about friends, followers, groups, accounts, Circl Pages and other users and communities that you’re connected to and interact with. This includes how you interact with them across our Products and which ones you interact with the most.

We also collect your contacts’ information, such as their name and email address or phone number, if you choose to upload or import it from a device, such as by syncing an address book.

### App, browser and device information

We collect and receive information from and about the different devices that you use and how you use them, such as the device and software that you’re using and other device characteristics, what you’re doing on your device, identifiers that tell your device apart from other users’, device signals, information that you’ve shared with us through device settings, information about the network that you connect your device to, including your IP address, and information from cookies and similar technologies.

### Information from partners, vendors and third parties

We collect and receive information from partners, measurement vendors, marketing vendors and other third parties about a variety of your information and activities on and off our Products. For example, a partner might share how you use their website, such as the items you add to your basket, or tell us that you installed their app.

## How do we use your information?

We use information we collect to provide a personalised experience to you, including ads, along with the other purposes that we explain in detail below.

For some of these purposes, we use information across our Products and across your devices. The information that we use for these purposes is automatically processed by our systems. But in some cases, we also use manual review to access and review your information.

- To provide, personalise and improve our Products
- To promote safety, security and integrity
- To provide measurement, analytics and business services
- To communicate with you
- To research and innovate for social good

### Personalising ads and sponsored content

We use the information that we have about you to decide which ads to show you. Ads are based on your activity on and off our Products, and on the information that advertisers and other partners share with us. We don’t sell your information to anyone, and we don’t use the content of your private messages with friends and family to select ads.

You can see why you’re seeing a particular ad and control how information is used to show you ads in [Ad Preferences](https://accountscentre.circl.com/ad_preferences).

## How is your information shared on Circl Products or with integrated partners?

When you share and interact on our Products, you choose the audience for what you share. For example, when you post on Circl, you select the audience for the post, such as a group, all of your friends, the public or a customised list of people.

Public information can be seen by anyone on or off our Products, including if they don’t have an account. This includes your username, any information that you share with a public audience, information in your public profile on Circl, and content that you share on a Circl Page, public Circl account or any other public forum, such as Circl Marketplace.

When you choose to use third-party apps, websites or other services that use, or are integrated with, our Products, they can receive information about what you post or share.

## How do we share information with third parties?

We share certain information with partners who use our analytics services, advertisers, partners offering goods and services in our Products, integrated partners, vendors and service providers, researchers and academics, and law enforcement or in response to legal requests.

We don’t sell any of your information to anyone and we never will. We also require partners and other third parties to follow rules about how they can and cannot use and disclose the information we provide.

We provide advertisers with reports about the kinds of people who are seeing their ads and how their ads are performing. We don’t share information that personally identifies you with advertisers unless you give us permission.

## How do the Circl Companies work together?

Circl, Circl Messenger and Circl Live are provided by the Circl Companies, which include Circl Platforms, Inc., Circl Platforms Ireland Limited and their affiliates. We share information that we collect, infrastructure, systems and technology with the other Circl Companies to provide an innovative, relevant, consistent and safe experience across all Circl Company Products that you use.

For example, we use information from accounts that you have linked in Accounts Centre to show you more relevant content and suggestions across those Products, and we use information about suspicious activity on one Product to help protect people on the others. You can control whether your experiences are connected across Products in [Accounts Centre](https://accountscentre.circl.com/).

## How do we retain information?

We keep information for as long as we need it to provide our Products, comply with legal obligations or protect our or other people’s interests. We decide how long we need information on a case-by-case basis. Here’s what we consider when we decide:

- If we need it to operate or provide our Products. For example, we need to keep some of your information to maintain your account.
- The feature that we use it for, and how that feature works. For example, messages sent using Messenger’s vanish mode are retained for less time than regular messages.
- How long we need to retain the information to comply with certain legal obligations.
- If we need it for other legitimate purposes, such as to prevent harm, investigate possible violations of our terms or policies, promote safety, security and integrity, or protect ourselves, including our rights, property or products.

When you delete your account, we delete things that you’ve posted, such as your photos and status updates, and you won’t be able to recover that information later. Deletion may take up to 90 days after you begin the account deletion process.

## How do we transfer information?

We share information that we collect globally, both internally across our offices and data centres and externally with our partners, third parties and service providers. Because Circl is global, with users, partners and employees around the world, transfers are necessary for a variety of reasons.

For information transferred from the UK to countries that are not covered by adequacy regulations, we rely on the International Data Transfer Addendum to the European Commission’s [Standard Contractual Clauses](https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/standard-contractual-clauses-scc_en), or on derogations provided for under applicable law.

## How do we respond to legal requests, comply with applicable law and prevent harm?

We access, preserve, use and share your information with regulators, law enforcement or others in response to legal requests, such as search warrants, court orders, production orders or subpoenas, where we have a good-faith belief that the law requires us to do so. We also share information to promote the safety, security and integrity of Circl Products, users, employees, property and the public, for example to investigate or report illegal activity, to protect someone’s life or safety, or to prevent and address fraud and unauthorised use of our Products.

Information we receive about you can be accessed and preserved for an extended period when it is the subject of a legal request or obligation, governmental investigation or investigations of possible violations of our terms or policies, or otherwise to prevent harm.

## How can you exercise your rights under the UK GDPR?

Under the UK General Data Protection Regulation (UK GDPR), you have the right to access, rectify, port and erase your information, as well as the right to restrict and object to certain processing of your information. This includes the right to object to our processing of your information for direct marketing and the right to object to processing where we are performing a task in the public interest or pursuing our legitimate interests or those of a third party.

You can exercise your rights through the tools in [Accounts Centre](https://accountscentre.circl.com/your_information_and_permissions) or by using our [Privacy Centre contact form](https://www.circl.com/help/contact/540977946302970).

You also have the right to lodge a complaint with the UK Information Commissioner’s Office ([ICO](https://ico.org.uk/make-a-complaint/)), or with your local supervisory authority.

## What is our legal basis for processing data?

We collect, use and share the data that we have in the ways described above on the following legal bases:

- **Contractual necessity.** As necessary to fulfil our Terms of Service: to provide, personalise and improve our Products, including to select and personalise ads and sponsored content, to promote safety, security and integrity, and to communicate with you.
- **Legitimate interests.** Where necessary for our legitimate interests or those of a third party, where those interests are not overridden by your interests or fundamental rights and freedoms: for analytics and measurement, for product research and innovation, to share information with others including law enforcement, and to provide marketing communications.
- **Consent.** On the basis of your consent, which you can withdraw at any time through your settings: to use data that advertisers and other partners provide to us about your activity off our Products to personalise ads, and to process information with special protections that you choose to provide.
- **Compliance with legal obligations.** Where we are required to process data by law, such as responding to a valid legal request.
- **Protection of vital interests.** Where necessary to protect your vital interests or those of another person, for example in an emergency.

## How will you know the Policy has changed?

We’ll notify you before we make material changes to this Policy. You’ll have the opportunity to review the revised Policy before you choose to continue using our Products.

## How to contact Circl with questions

You can learn more about how privacy works on Circl in the Privacy Centre. If you have questions about this Policy, or have questions, complaints or requests regarding your information, you can contact us as described below.

The data controller responsible for your information is Circl Platforms Ireland Limited, which you can contact through our [contact form](https://www.circl.com/help/contact/540977946302970) or by post:

@ Circl Platforms Ireland Limited
@ Attn: Privacy Operations
@ 4 Grand Canal Square
@ Grand Canal Harbour
@ Dublin 2, Ireland

You can contact our Data Protection Officer for Circl Platforms Ireland Limited [here](https://www.circl.com/help/contact/540977946302970). Circl Platforms Ireland Limited’s UK representative is Circl Platforms UK Services Ltd, 10 Brock Street, Regent’s Place, London NW1 3FG.
"""

EDITS = [
    {"note": "face-recognition sentence removed (face recognition system shut down); date not bumped", "bump": False,
     "repl": [("If you have it turned on, we use face recognition technology to recognise you in photos, videos and camera experiences.\n\n", "")]},
    {"note": "legal basis for personalised ads moved from contractual necessity to legitimate interests",
     "repl": [("to provide, personalise and improve our Products, including to select and personalise ads and sponsored content, to promote safety",
               "to provide, personalise and improve our Products, to promote safety"),
              ("for analytics and measurement, for product research and innovation,",
               "to select and personalise ads and sponsored content using information about your activity on our Products, for analytics and measurement, for product research and innovation,")]},
    {"note": "transfers: EU-US Data Privacy Framework and its UK Extension added as a transfer mechanism",
     "repl": [("For information transferred from the UK to countries that are not covered by adequacy regulations,",
               "For information transferred from the UK to the United States, we rely on the UK Extension to the EU-U.S. [Data Privacy Framework](https://www.dataprivacyframework.gov/), in which Circl Platforms, Inc. participates. For information transferred from the UK to other countries that are not covered by adequacy regulations,")]},
    {"note": "personalised ads now based on consent, with an ad-free subscription offered as the alternative (new subsection)",
     "repl": [("to select and personalise ads and sponsored content using information about your activity on our Products, for analytics",
               "for analytics"),
              ("to use data that advertisers and other partners provide to us about your activity off our Products to personalise ads,",
               "to select and personalise ads and sponsored content using information about your activity on and off our Products,"),
              ("You can see why you’re seeing a particular ad and control how information is used to show you ads in [Ad Preferences](https://accountscentre.circl.com/ad_preferences).",
               "You can see why you’re seeing a particular ad and control how information is used to show you ads in [Ad Preferences](https://accountscentre.circl.com/ad_preferences).\n\n### Your choice: subscription or ads\n\nIf you are in the UK, you can choose to subscribe to use our Products without ads. If you subscribe, we won’t use your information to show you ads. If you do not subscribe, we will ask for your consent to use your information to show you personalised ads, and you can change your choice at any time in Accounts Centre. If you don’t consent, you may see ads that are based on less information, such as the content you are viewing and your general location.")]},
    {"note": "new section on AI at Circl: public posts and comments used to develop and improve generative AI; right to object",
     "repl": [("## How do we share information with third parties?",
               "## How do we use information to develop AI at Circl?\n\nWe use information that is publicly available on our Products, such as public posts, comments, photos and their captions from accounts of adults, to develop and improve generative AI models for our AI features and experiences, including Circl AI. We don’t use the content of your private messages with friends and family to train our AI models.\n\nWe rely on legitimate interests for this processing. You have the right to object to the use of your information for these purposes by completing our [objection form](https://www.circl.com/help/contact/6359191084165019). If your objection is honoured, it will be applied from then on.\n\n## How do we share information with third parties?")]},
]

REDESIGN = dt.datetime(2024, 5, 20)
LANGS = ["English (UK)", "Cymraeg", "Gaeilge", "Polski", "Français (France)", "Español", "Português (Brasil)",
         "Italiano", "Deutsch", "Română", "العربية", "हिन्दी", "中文(简体)", "اردو", "Türkçe"]

ATOM = ["x1lliihq", "x6ikm8r", "x10wlt62", "x1n2onr6", "x1heor9g", "x1qlqyl8", "x1pd3egz", "x1a2a7pz", "x193iq5w",
        "xeuugli", "x13faqbe", "x1vvkbs", "x1xmvt09", "x1lkfr7t", "xo1l8bm", "xzsf02u", "x1yc453h", "x1yztbdb",
        "x4zkp8e", "x676frb", "x41vudc", "x6prxxf", "x1s688f", "xudqn12", "xexx8yu", "x4uap5", "x18d9i69", "xkhd6sd"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["visit"] = (C.alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "2%d" % rng.randint(1000, 9999), "7%018d" % rng.randint(0, 10 ** 18 - 1), C.alnum(rng, 2) + C.hexs(rng, 1))
    s["shims"] = tuple("AT" + C.alnum(rng, 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(12))
    s["rev"] = C.keep_or(rng, prev.get("rev"), 0.55, lambda: 1006000000 + rng.randint(0, 999999) + (when.year - 2021) * 3000000)
    s["atoms"] = C.keep_or(rng, prev.get("atoms"), 0.25, lambda: tuple(rng.sample(ATOM, len(ATOM))))
    s["loggedout"] = C.keep_or(rng, prev.get("loggedout"), 0.35, lambda: rng.choice(["login_bar", "signup_nudge", "none"]))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.4, lambda: rng.random() < 0.6)
    s["design"] = "pc2024" if when >= REDESIGN else "classic"
    return s


LABELS = {
    "visit": "per-visit tokens (lsd, jazoest, __hsi, mount id)",
    "shims": "link-shim signatures (h=AT...) on outbound links inside the policy",
    "rev": "__spin_r client revision",
    "atoms": "atomic CSS class names reassigned by the stylesheet build",
    "loggedout": "logged-out header variant (login bar / sign-up nudge / none)",
    "cookie": "UK cookie-consent dialog present or not",
    "design": "privacy-centre chrome redesign (left navigation, new header), same content pagelet",
}


def cls(atoms, k, n=3):
    return " ".join(atoms[(k + j) % len(atoms)] for j in range(n))


def shim(url, tok, visit):
    return "https://l.circl.com/l.php?u=%s&amp;h=%s&amp;__tn__=-UK-R&amp;c[0]=%s" % (
        quote(url, safe=""), tok, visit[0][:16])


def linkify(htm, s):
    """outbound links through the link shim; links to circl.com keep their target plus the entry point"""
    out, k = [], 0
    parts = htm.split('<a href="')
    out.append(parts[0])
    for p in parts[1:]:
        url, rest = p.split('"', 1)
        real = html.unescape(url)
        if "circl.com" in real:
            new = url + ("&amp;" if "?" in url else "?") + "entry_point=privacy_policy"
            extra = ""
        else:
            new = shim(real, s["shims"][k % len(s["shims"])], s["visit"])
            k += 1
            extra = ' target="_blank" rel="nofollow noreferrer" data-lynx-mode="hover"'
        out.append('<a class="%s" href="%s"%s%s' % (cls(s["atoms"], 20, 4), new, extra, rest))
    return "".join(out)


def para(s, b, k):
    kind, v = b
    a = s["atoms"]
    if kind == "h2":
        return '<h2 class="%s"><span class="%s" dir="auto">%s</span></h2>' % (cls(a, 3, 4), cls(a, 8, 5), C.inline_html(v))
    if kind == "h3":
        return '<h3 class="%s"><span class="%s" dir="auto">%s</span></h3>' % (cls(a, 5, 3), cls(a, 8, 5), C.inline_html(v))
    if kind == "p":
        return '<div class="%s"><span class="%s" dir="auto">%s</span></div>' % (cls(a, 17, 2), cls(a, 8, 6), C.inline_html(v))
    if kind == "ul":
        return '<ul class="%s">%s</ul>' % (cls(a, 11, 3), "".join(
            '<li class="%s"><span dir="auto">%s</span></li>' % (cls(a, 14, 2), C.inline_html(x)) for x in v))
    if kind == "addr":
        return '<div class="%s"><span dir="auto">%s</span></div>' % (cls(a, 17, 2), "<br>".join(C.inline_html(x) for x in v))
    return C.block_html(b)


def render(s, blocks, when):
    lsd, jazoest, hsi, mount = s["visit"]
    a = s["atoms"]
    head, secs = C.split_sections(blocks)
    toc = "".join('<li><a class="%s" href="#section-%d" role="link">%s</a></li>' % (cls(a, 9, 3), k, html.escape(t))
                  for k, (t, _) in enumerate(secs))
    content = [para(s, b, k) for k, b in enumerate(head)]
    for k, (t, bl) in enumerate(secs):
        inner = "".join(para(s, b, j) for j, b in enumerate(bl))
        content.append('<div class="%s" id="section-%d" data-visualcompletion="ignore-dynamic">%s%s</div>'
                       % (cls(a, 1, 3), k, para(s, ("h2", t), 0), inner))
    body = linkify("\n".join(content), s)
    pagelet = ('<div class="%s" data-pagelet="PrivacyPolicyContent"><div class="%s">%s</div></div>'
               % (cls(a, 0, 5), cls(a, 6, 4), body))
    cookie = ""
    if s["cookie"]:
        cookie = ('<div class="%s" role="dialog" aria-label="Allow the use of cookies from Circl in this browser?" data-testid="cookie-policy-manage-dialog">'
                  '<h2>Allow the use of cookies from Circl in this browser?</h2><p>We use cookies to help personalise content, tailor and measure ads and provide a safer experience. '
                  'You can learn more about how we use cookies in our <a href="/privacy/policies/cookies/?entry_point=cookie_banner">Cookies Policy</a>.</p>'
                  '<div role="button" tabindex="0">Decline optional cookies</div><div role="button" tabindex="0">Allow all cookies</div></div>'
                  % cls(a, 2, 6))
    lo = {"login_bar": '<div class="%s" role="banner"><a href="/login/?next=%%2Fprivacy%%2Fpolicy%%2F">Log in</a><a href="/r.php?entry_point=login">Create new account</a></div>',
          "signup_nudge": '<div class="%s" role="complementary"><span>Log in or sign up for Circl to connect with friends, family and people you know.</span><a href="/login/">Log in</a><a href="/r.php?next=privacy">Sign up</a></div>',
          "none": '<div class="%s" hidden></div>'}[s["loggedout"]] % cls(a, 12, 4)
    langs = " · ".join('<a href="https://%s.circl.com/privacy/policy/" hreflang="%s">%s</a>' % (["en-gb", "cy-gb", "ga-ie", "pl-pl", "fr-fr", "es-es", "pt-br", "it-it", "de-de", "ro-ro", "ar-ar", "hi-in", "zh-cn", "ur-pk", "tr-tr"][k], ["en-GB", "cy", "ga", "pl", "fr", "es", "pt-BR", "it", "de", "ro", "ar", "hi", "zh-Hans", "ur", "tr"][k], n) for k, n in enumerate(LANGS))
    footer = ('<footer class="%s" role="contentinfo"><div>%s</div><ul><li><a href="/r.php">Sign up</a></li><li><a href="/login/">Log in</a></li>'
              '<li><a href="/marketplace/">Marketplace</a></li><li><a href="/privacy/policy/">Privacy Policy</a></li><li><a href="/privacy/center/">Privacy Centre</a></li>'
              '<li><a href="/policies/cookies/">Cookies</a></li><li><a href="/policies?ref=pf">Terms</a></li><li><a href="/help/?ref=pf">Help</a></li></ul>'
              '<span>Circl &#169; %d</span></footer>' % (cls(a, 4, 3), langs, when.year))
    if s["design"] == "classic":
        chrome = ('<div class="%s"><div class="%s" role="navigation"><a href="/" aria-label="Circl"><svg viewBox="0 0 36 36" class="%s" height="40" width="40"><path d="M20.2 36V24h4l.6-4.9h-4.6V16c0-1.4.4-2.3 2.4-2.3h2.5V9.4a33 33 0 0 0-3.6-.2c-3.6 0-6 2.2-6 6.2v3.7H11.5V24h4V36z"></path></svg></a>%s</div>'
                  '<div role="main" class="%s"><div class="%s"><h1 class="%s"><span dir="auto">Privacy Policy</span></h1><div class="%s" role="navigation" aria-label="Table of contents"><ul>%s</ul></div>%s</div></div></div>'
                  % (cls(a, 0, 2), cls(a, 2, 3), cls(a, 7, 2), lo, cls(a, 10, 3), cls(a, 13, 4), cls(a, 3, 5), cls(a, 16, 3), toc, pagelet))
    else:
        side = "".join('<a class="%s" href="%s" role="link"%s><span>%s</span></a>' % (cls(a, 21, 4), u, ' aria-current="page"' if n == "Privacy Policy" else "", n)
                       for n, u in [("Privacy Centre", "/privacy/center/"), ("Privacy Policy", "/privacy/policy/"), ("Cookies Policy", "/privacy/policies/cookies/"),
                                    ("Other policies and articles", "/privacy/policies/"), ("Generative AI at Circl", "/privacy/genai/"), ("Settings", "/settings/")])
        chrome = ('<div class="%s"><div class="%s" role="banner"><a href="/privacy/center/" aria-label="Circl Privacy Centre"><span class="%s">Privacy Centre</span></a>%s</div>'
                  '<div class="%s"><div class="%s" role="navigation" aria-label="Privacy Centre navigation">%s</div>'
                  '<div role="main" class="%s"><div class="%s"><h1 class="%s"><span dir="auto">Privacy Policy</span></h1><div class="%s"><button class="%s" type="button">Download PDF</button><button type="button" class="%s">Print</button></div>'
                  '<div class="%s" role="navigation" aria-label="Table of contents"><ul>%s</ul></div>%s'
                  '<div class="%s" aria-label="Was this helpful?"><span>Was this page helpful?</span><div role="button">Yes</div><div role="button">No</div></div></div></div></div></div>'
                  % (cls(a, 0, 2), cls(a, 2, 3), cls(a, 8, 2), lo, cls(a, 12, 3), cls(a, 15, 4), side, cls(a, 10, 3), cls(a, 13, 4), cls(a, 3, 5),
                     cls(a, 18, 3), cls(a, 22, 3), cls(a, 22, 3), cls(a, 16, 3), toc, pagelet, cls(a, 19, 4)))
    hydr = ('<script type="application/json" data-content-len="%d" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["SiteData",[],{"server_revision":%d,"client_revision":%d,"hsi":"%s","spin":4,"__spin_r":%d,"__spin_t":%d,"vip":"157.240.%d.35"},317],'
            '["LSD",[],{"token":"%s"},323]],"require":[["PrivacyPolicyRoot.react","__hydrate",[],[{"sectionCount":%d,"locale":"en_GB"}]]]}}]]]}</script>'
            % (len(body), s["rev"], s["rev"], hsi, s["rev"], int(C.epoch(when)), int(hsi[-3:]) % 250, lsd, len(secs)))
    return ('<!DOCTYPE html>\n<html id="circl" class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">'
            '<title>Privacy Policy | Circl</title><link rel="canonical" href="https://www.circl.com/privacy/policy/">'
            '<link rel="stylesheet" href="https://static.xx.circlcdn.net/rsrc.php/v3/y%s/l/0,cross/%s.css?_nc_x=%s" data-bootloader-hash="%s">'
            '<script nonce="%s">requireLazy(["TimeSliceImpl","ServerJS"],function(){});</script></head>\n'
            '<body class="_6s5d _71pn system-fonts--body segoe" dir="ltr"><div id="%s" class="_li">%s\n%s\n%s</div>%s\n'
            '<form method="post"><input type="hidden" name="lsd" value="%s" autocomplete="off"><input type="hidden" name="jazoest" value="%s"></form></body></html>\n'
            % (mount[:1], C.det_sha(s["rev"])[:11], mount, s["rev"] % 100000, lsd[:8], "mount_0_0_" + mount, cookie, chrome, footer, hydr, lsd, jazoest))


PAGE = {
    "service": "Circl", "url": URL, "lang": "en-GB", "platform": "React (atomic CSS, link shims)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-fb-debug", "redacted"), ("Cache-Control", "private, no-cache, no-store, must-revalidate"),
                      ("cross-origin-opener-policy", "same-origin-allow-popups")),
    "n": 30, "start": dt.date(2021, 5, 1), "end": dt.date(2025, 10, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["div[data-pagelet=\"PrivacyPolicyContent\"]"]},
}
