"""Pictura (Pictura Labs, Inc., New York) - en-US - image and video generation, marketing site on Framer.
Every publish stamps new script hashes and release times; when the designers rework the page template the layer
class names (framer-1k9zxp1...) and the text-style preset classes are regenerated, so only the layer names
(data-framer-name) are stable. Waitlist form with a live counter, lazy-loaded community-gallery strip, release
banner, Framer's own cookie banner component."""
import datetime as dt
import json
import common as C

URL = "https://pictura.ai/privacy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

This Privacy Policy describes how Pictura Labs, Inc. ("Pictura", "we", "us") collects, uses and shares information about you when you use our website, the Pictura web app, our Discord bot and our API (collectively, the "Services"). By using the Services, you acknowledge the practices described in this policy.

## Information you provide to us

**Account data.** When you sign up, we collect your email address, your username and, if you sign in with Google or Discord, your profile name, avatar and the account identifier those services share with us.

**Inputs.** We collect the text prompts, reference images and other material you submit to generate content ("Inputs"). Do not upload images of other people unless you have their permission.

**Generations.** We store the images the Services create for you ("Generations"), together with the Inputs and settings used to create them, so that you can find, remix and download them later.

**Payment data.** Subscriptions are billed by Stripe, Inc. We do not store your full card number; we receive your billing country, postal code and the last four digits of your card.

**Support and feedback.** When you email us, reach us on Discord or rate a Generation, we keep that communication.

## Information we collect automatically

When you use the Services we collect log data (IP address, browser type, pages visited, referring URL, timestamps), device information and usage data such as the features you use, the number of Generations you create and the credits you consume. We use cookies and similar technologies for authentication, security and analytics. You can manage non-essential cookies through the cookie banner on our website.

## How we use information

We use the information we collect to:

- operate the Services, generate content from your Inputs and keep your gallery;
- process payments, manage credits and prevent fraud;
- enforce our [Community Guidelines](/community-guidelines), including by running automated filters on Inputs and Generations to detect sexual, violent or otherwise prohibited content;
- develop and improve our models and the Services, including by training our models on Inputs, Generations and the ratings you give them;
- send you product updates and, with your consent where required, marketing emails, which you can unsubscribe from at any time;
- comply with the law and respond to lawful requests.

## Public gallery

Generations made on the Free and Basic plans are public by default: they appear in the Explore feed and on your profile together with the prompt used to create them. Anyone can view, remix or share public Generations. You can delete a Generation at any time, which removes it from the Explore feed.

## How we share information

We share information with:

- **Vendors** that host our infrastructure, process payments, send emails, provide analytics or help us moderate content, under contracts that limit their use of the information;
- **Other users**, as described in "Public gallery" above;
- **Authorities**, when we believe in good faith that we are required to by law or that disclosure is needed to prevent harm;
- **Acquirers or successors**, in connection with a merger, acquisition or sale of all or part of our business.

We do not sell personal information and do not share it for targeted advertising.

## Data retention

We retain account data for as long as your account is open. Inputs and Generations are retained until you delete them or close your account. After you close your account we delete your personal information within 90 days, except where we must keep it to comply with the law, resolve disputes or enforce our agreements. Inputs and Generations that have already been used to train a model cannot be removed from that model.

## Your rights

Depending on where you live, you may have the right to request access to, correction of, or deletion of your personal information, to receive it in a portable format, and to object to or restrict certain uses. To make a request, email [privacy@pictura.ai](mailto:privacy@pictura.ai). We may need to verify your identity before we respond. If you are in the European Economic Area or the United Kingdom, you may also complain to your local data protection authority.

## Security

We use industry-standard safeguards to protect your information, including encryption in transit, access controls limited to the employees who need them, and monitoring of our systems for unauthorized access. No service can be completely secure, so we cannot guarantee the security of information you transmit to us. Please keep your password safe and tell us immediately at [security@pictura.ai](mailto:security@pictura.ai) if you think your account has been compromised.

## Notice to California residents

In the past 12 months we have collected the categories of personal information described above: identifiers, commercial information, internet or other electronic network activity information, and user-generated content. We collect them for the business purposes described in "How we use information" and disclose them to the categories of recipients described in "How we share information". We do not sell personal information or share it for cross-context behavioral advertising, and we do not use sensitive personal information to infer characteristics about you. You may designate an authorized agent to make a request on your behalf.

## Children

The Services are not intended for children under 13. If we learn that we have collected personal information from a child under 13, we will delete it.

## International users

We are based in the United States and process information on servers in the United States. If you use the Services from outside the United States, your information will be transferred to, stored and processed in the United States, where data protection laws may differ from those in your country. Where required, we use the Standard Contractual Clauses approved by the European Commission.

## Changes

We will post any changes to this Privacy Policy on this page and update the "Last updated" date. If the changes are significant, we will notify you by email or in the app.

## Contact

Pictura Labs, Inc., 85 Broad Street, 17th Floor, New York, NY 10004, USA. Email: [privacy@pictura.ai](mailto:privacy@pictura.ai).
"""

EDITS = [
    {"note": "video generation launched: Inputs now include video and audio clips, Generations include videos",
     "repl": [("We collect the text prompts, reference images and other material you submit",
               "We collect the text prompts, reference images, video clips, audio and other material you submit"),
              ("We store the images the Services create for you", "We store the images and videos the Services create for you")]},
    {"note": "Stealth mode: Pro/Mega generations can be kept private and excluded from training; training bullet reworded",
     "repl": [("- develop and improve our models and the Services, including by training our models on Inputs, Generations and the ratings you give them;",
               "- develop and improve our models and the Services, including by training our models on Inputs, Generations and the ratings you give them, unless you have turned on Stealth mode;"),
              ("You can delete a Generation at any time, which removes it from the Explore feed.",
               "You can delete a Generation at any time, which removes it from the Explore feed.\n\nSubscribers to the Pro and Mega plans can turn on Stealth mode. Generations made in Stealth mode are not shown in the Explore feed and, together with their Inputs, are not used to train our models.")]},
    {"note": "content credentials: C2PA metadata and invisible watermark added to every Generation (date not bumped)", "bump": False,
     "repl": [("so that you can find, remix and download them later.",
               "so that you can find, remix and download them later. Every Generation carries C2PA Content Credentials and an invisible watermark that identify it as created with Pictura; they do not contain your name or email address.")]},
    {"note": "new section 'Characters and likeness data' (face images, biometric consent, 3-year deletion, BIPA)",
     "repl": [("## How we share information",
               "## Characters and likeness data\n\nIf you create a Character from photos of a face, we process those photos to generate consistent likenesses of that person. Creating a Character requires the express consent of the person shown. The facial geometry our models derive from these photos may be considered biometric information under some laws, such as the Illinois Biometric Information Privacy Act. We use it only to generate your Character, never to identify anyone, and we do not sell, lease or trade it. We permanently delete it when you delete the Character, or at the latest 3 years after your last interaction with the Services.\n\n## How we share information")]},
    {"note": "sharing: reports of child sexual abuse material to NCMEC (date not bumped)", "bump": False,
     "repl": [("- **Authorities**, when we believe in good faith that we are required to by law or that disclosure is needed to prevent harm;",
               "- **Authorities**, when we believe in good faith that we are required to by law or that disclosure is needed to prevent harm. We report apparent child sexual abuse material to the National Center for Missing and Exploited Children (NCMEC);")]},
    {"note": "vendors bullet names third-party model providers (upscaling, lip-sync, speech) and GPU clouds",
     "repl": [("- **Vendors** that host our infrastructure, process payments, send emails, provide analytics or help us moderate content, under contracts that limit their use of the information;",
               "- **Vendors** that host our infrastructure, process payments, send emails, provide analytics or help us moderate content, under contracts that limit their use of the information;\n- **Model providers** whose models power some features, such as upscaling, lip-sync and speech generation, and GPU cloud providers (currently CoreWeave and Lambda). They process Inputs only to return results to us and may not use them to train their own models;")]},
    {"note": "minimum age raised to 18 (13 to 17 no longer allowed)",
     "repl": [("The Services are not intended for children under 13. If we learn that we have collected personal information from a child under 13, we will delete it.",
               "You must be 18 or older to use the Services. We do not knowingly collect personal information from anyone under 18, and we will delete the account and data of any user we learn is under 18.")]},
]

RELEASES = [(dt.datetime(2022, 1, 1), "Pictura v3 is here"), (dt.datetime(2023, 5, 2), "Pictura v4 is here"),
            (dt.datetime(2023, 8, 29), "Meet Motion: text-to-video is live"), (dt.datetime(2023, 12, 5), "Pictura v5 is live \u2014 try it free"),
            (dt.datetime(2025, 1, 21), "Motion 2 and Characters are live"), (dt.datetime(2025, 8, 12), "Pictura v7 is live"),
            (dt.datetime(2026, 1, 13), "Motion 3: 60-second shots are here")]
PROMOS = ["", "", "Black Friday: 40% off annual plans", "Students get 50% off Pro", "Double credits this weekend"]
REDESIGNS = [dt.datetime(2023, 10, 2), dt.datetime(2025, 3, 17)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.75,
                             lambda: (C.hexs(rng, 7), C.alnum(rng, 8), (when - dt.timedelta(hours=rng.randint(2, 400))).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)))
    tmpl = sum(1 for r in REDESIGNS if when >= r)
    s["layers"] = tmpl
    s["waitlist"] = 18000 + int((when - dt.datetime(2022, 9, 1)).days * 71.3) + rng.randint(0, 400)
    s["release"] = [r[1] for r in RELEASES if r[0] <= when][-1]
    s["promo"] = "Black Friday: 40% off annual plans" if when.month == 11 and when.day > 20 else rng.choice(PROMOS[:2] + PROMOS[3:])
    s["gallery"] = tuple(C.hexs(rng, 12) for _ in range(6))
    s["session"] = C.uuid4(rng)
    return s


LABELS = {
    "publish": "Framer publish: script hashes, generator version, ssr-released-at",
    "layers": "page template reworked: regenerated framer layer classes and text-style preset classes",
    "waitlist": "'Join N creators on the waitlist' counter",
    "release": "top banner naming the newest model",
    "promo": "pricing promo pill",
    "gallery": "lazy-loaded community gallery strip (latest public generations)",
    "session": "analytics session id in hydration data",
}


def cls(layers, name):
    """A Framer layer/preset class for `name` in template revision `layers` (stable within a revision)."""
    return C.det_sha("framer", layers, name)[:7]


def rich(blocks, L):
    pre = {"h1": "framer-styles-preset-" + cls(L, "h1"), "h2": "framer-styles-preset-" + cls(L, "h2"),
           "p": "framer-styles-preset-" + cls(L, "p"), "a": "framer-styles-preset-" + cls(L, "a")}
    ids = {k: C.alnum(C.random.Random(cls(L, k)), 9) for k in pre}
    text = lambda raw: C.html.escape(raw, quote=False)
    bold = lambda raw: '<strong class="framer-text">%s</strong>' % text(raw)
    link = lambda url, label: ('<a class="framer-text %s" data-styles-preset="%s" href="%s"%s>%s</a>'
                               % (pre["a"], ids["a"], C.html.escape(url), ' target="_blank" rel="noopener"' if url.startswith("http") else "", text(label)))
    inl = lambda t: C.inline_html(t, text, bold, link)
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2"):
            out.append('<%s class="framer-text %s" data-styles-preset="%s">%s</%s>' % (kind, pre[kind], ids[kind], inl(v), kind))
        elif kind == "p":
            out.append('<p class="framer-text %s" data-styles-preset="%s">%s</p>' % (pre["p"], ids["p"], inl(v)))
        elif kind == "ul":
            out.append('<ul class="framer-text">%s</ul>' % "".join(
                '<li class="framer-text" data-preset-tag="p"><p class="framer-text %s" data-styles-preset="%s">%s</p></li>' % (pre["p"], ids["p"], inl(x)) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(s, blocks, when):
    L = s["layers"]
    ver, mainhash, released = s["publish"]
    c = lambda n: "framer-" + cls(L, n)
    nav = ('<nav class="%s" data-framer-name="Navigation"><div class="%s" data-framer-name="Banner"><a class="framer-text" href="/blog">%s \u2192</a></div>'
           '<div class="%s" data-framer-name="Bar"><a class="%s framer-lux5qc" data-framer-name="Logo" href="./"><div class="%s" data-framer-component-type="SVG" aria-hidden="true"></div></a>'
           '<div class="%s" data-framer-name="Links"><a href="./explore">Explore</a><a href="./pricing">Pricing</a><a href="./motion">Motion</a><a href="https://docs.pictura.ai">API</a><a href="./careers">Careers</a></div>'
           '%s<a class="%s" data-framer-name="Button" href="https://app.pictura.ai"><p class="framer-text">Start creating</p></a></div></nav>'
           % (c("nav"), c("banner"), s["release"], c("bar"), c("logo"), c("logo-svg"), c("links"),
              ('<div class="%s" data-framer-name="Promo"><p class="framer-text">%s</p></div>' % (c("promo"), s["promo"])) if s["promo"] else "", c("cta")))
    policy = ('<div class="%s" data-framer-name="Content"><div class="%s" data-framer-name="Policy" data-framer-component-type="RichTextContainer" '
              'style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">%s</div></div>'
              % (c("content"), c("policy"), rich(blocks, L)))
    imgs = "".join('<div class="%s" data-framer-name="Tile"><div data-framer-background-image-wrapper="true" style="position:absolute;border-radius:inherit;inset:0">'
                   '<img decoding="async" loading="lazy" width="1024" height="1024" sizes="240px" srcset="https://framerusercontent.com/images/%s.webp?scale-down-to=512 512w,https://framerusercontent.com/images/%s.webp 1024w" '
                   'src="https://framerusercontent.com/images/%s.webp" alt="" style="display:block;width:100%%;height:100%%;object-fit:cover"></div></div>'
                   % (c("tile"), g, g, g) for g in s["gallery"])
    gallery = '<section class="%s" data-framer-name="Gallery"><div class="%s" data-framer-name="Ticker">%s</div></section>' % (c("gallery"), c("ticker"), imgs)
    wait = ('<section class="%s" data-framer-name="Waitlist"><div class="%s" data-framer-name="Video"><video src="https://framerusercontent.com/assets/%s.mp4" loop="" preload="none" muted="" playsinline="" '
            'poster="https://framerusercontent.com/images/%s.jpg" style="cursor:auto;width:100%%;height:100%%;object-fit:cover"></video></div>'
            '<h2 class="framer-text">Be first to try Motion Studio</h2><p class="framer-text">Join %s creators on the waitlist.</p>'
            '<form class="%s" data-framer-name="Form"><label class="%s"><input type="email" name="Email" placeholder="you@studio.com" class="%s" required=""></label>'
            '<button type="submit" class="%s" data-framer-name="Submit">Join the waitlist</button></form></section>'
            % (c("wait"), c("wvideo"), cls(0, "reel") + "f0a3e1c", cls(0, "poster") + "77b", "{:,}".format(s["waitlist"]), c("form"), c("label"), c("input"), c("submit")))
    footer = ('<footer class="%s" data-framer-name="Footer"><div class="%s" data-framer-name="Columns">'
              '<div><p class="framer-text">Product</p><a href="./pricing">Pricing</a><a href="./motion">Motion</a><a href="./explore">Explore</a></div>'
              '<div><p class="framer-text">Company</p><a href="./about">About</a><a href="./careers">Careers</a><a href="https://discord.gg/pictura">Discord</a></div>'
              '<div><p class="framer-text">Legal</p><a href="./terms">Terms of Service</a><a href="./privacy">Privacy Policy</a><a href="./community-guidelines">Community Guidelines</a></div></div>'
              '<p class="framer-text">\u00a9 %d Pictura Labs, Inc.</p></footer>' % (c("footer"), c("cols"), when.year))
    cookie = ('<div id="overlay"><div class="%s" data-framer-name="Cookie Banner" role="dialog" aria-label="Cookie consent"><p class="framer-text">We use cookies to improve your experience and for analytics. '
              '<a class="framer-text" href="./privacy">Learn more</a></p><button class="%s">Reject</button><button class="%s">Accept</button></div></div>' % (c("cookie"), c("rej"), c("acc")))
    hyd = json.dumps({"routeId": "kq3hVv1Lx", "localeId": "default", "breakpoints": [{"hash": cls(L, "bp1"), "mediaQuery": "(min-width: 1200px)"},
                                                                                       {"hash": cls(L, "bp2"), "mediaQuery": "(min-width: 810px) and (max-width: 1199px)"}],
                      "sessionId": s["session"]})
    return ('<!doctype html>\n<!-- Made in Framer \u00b7 framer.com \u2728 -->\n<!-- Published %s -->\n<html lang="en-US"><head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n<meta name="generator" content="Framer %s">\n<title>Privacy Policy \u2014 Pictura</title>\n'
            '<meta name="description" content="Pictura turns your words into images and video.">\n<meta name="framer-search-index" content="https://framerusercontent.com/sites/5Qz1aXyT0pLkF2mN/searchIndex-%s.json">\n'
            '<link rel="canonical" href="%s">\n<link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/5Qz1aXyT0pLkF2mN/script_main.%s.mjs">\n'
            '<style data-framer-breakpoint-css>.%s{display:contents}.framer-text{overflow-wrap:break-word}</style>\n'
            '<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host %s PropertyOverrides">.%s{background:#0b0b0c;color:#f5f5f7}</style>\n</head>\n'
            '<body>\n<script async src="https://events.framer.com/script?v=2" data-fid="e1a9c1f0b6" data-no-nt></script>\n'
            '<div id="main" data-framer-hydrate-v2="%s" data-framer-ssr-released-at="%s" data-framer-page-optimized-at="%s">'
            '<div class="framer-%s framer-%s" style="min-height:100vh;width:auto">%s%s%s%s%s</div><div id="template-overlay"></div></div>%s\n'
            '<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/5Qz1aXyT0pLkF2mN/script_main.%s.mjs"></script>\n'
            '</body></html>\n'
            % (released, ver, mainhash, URL, mainhash, c("root"), c("root"), c("root"), C.html.escape(hyd), released, released,
               cls(L, "page"), cls(L, "root"), nav, policy, gallery, wait, footer, cookie, mainhash))


PAGE = {
    "service": "Pictura", "url": URL, "lang": "en-US", "platform": "Framer",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("server", "Framer/" + "8d3f2a1"), ("cache-control", "public, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2023, 1, 10), "end": dt.date(2026, 5, 20),
    "policy": POLICY, "first_updated": dt.date(2022, 10, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-framer-name=\"Policy\"]"]},
}
