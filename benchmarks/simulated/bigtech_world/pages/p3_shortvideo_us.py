"""Klipp (short-video app) - en-US privacy policy at www.klipp.com/legal/page/us/privacy-policy/en - Next.js with
emotion: every class name is "css-<hash>-<Label> e<hash>" and the hashes change at each front-end deploy, so the
curator selects on the label (`[class*="-DivArticleContent "]`); US-states supplement as tabs on the same page
(all panels in the DOM, a visually hidden heading in each; the tab strip is removed by the curator); rehydration
JSON; "Do Not Sell or Share" footer link replaced by "Your Privacy Choices" with its icon in 2023."""
import datetime as dt
import html
import common as C

URL = "https://www.klipp.com/legal/page/us/privacy-policy/en"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Welcome to Klipp (the “Platform”), which is provided and controlled by Klipp Inc. (“Klipp”, “we” or “us”). We are committed to protecting and respecting your privacy. This Privacy Policy covers the experience we provide for users age 13 and over on our Platform. For information about our under-13 experience (“Children’s Platform”) and our practices in the United States regarding children’s privacy, please refer to our [Privacy Policy for Younger Users](https://www.klipp.com/legal/page/us/privacy-policy-for-younger-users/en).

Capitalized terms that are not defined in this policy have the meaning given to them in the [Terms of Service](https://www.klipp.com/legal/page/us/terms-of-service/en).

## What information we collect

We may collect information from and about you, including information that you provide, information from other sources, and automatically collected information.

### Information you provide

- **Profile information.** We collect information that you provide when you set up an account, such as your date of birth, username, email address and/or telephone number, and password. You can add other information to your profile, such as a bio or a profile photo.
- **User content.** We process the content you generate on the Platform, including preferences you set (such as a choice of language), photographs, audio recordings, videos, livestreams, comments, hashtags, feedback, reviews, and the associated metadata (such as when, where, and by whom the content was created).
- **Direct messages.** If you communicate with others using direct messages, we collect the content of the message and the information about the message, such as when it was sent, received and/or read, as well as the participants in the communication.
- **Your contacts.** You can choose to find other users through your phone contacts or through third-party social network contacts. If you choose to find other users through your phone contacts, we will access and collect the names and contact information in your device’s phone book.
- **Purchase information.** When you make a purchase on or through the Platform, including when you buy Klipp Coins, we collect information about the purchase or transaction, such as payment card numbers or other third-party payment information, billing and delivery information, and contact information.
- **Information when you contact us.** When you contact us, we collect the information you send us, such as proof of identity or age, feedback or inquiries about your use of the Platform.

### Automatically collected information

- **Technical information.** We collect certain information about the device you use to access the Platform, such as your IP address, user agent, mobile carrier, time zone settings, identifiers for advertising purposes, model of your device, the device system, network type, device IDs, your screen resolution and operating system, app and file names and types, keystroke patterns or rhythms, battery state, audio settings and connected audio devices.
- **Location information.** We automatically collect information about your approximate location, such as your location based on your SIM card or IP address. Current versions of the app do not collect precise or approximate GPS information from U.S. users.
- **Usage information.** We collect information about how you engage with the Platform, including information about the content you view, the duration and frequency of your use, your engagement with other users, your search history and your settings.
- **Content characteristics and features.** We detect and collect characteristics and features about the videos, images, and audio recordings that are part of your User Content, for example, by identifying objects and scenery, the existence or location within an image of a face or other body parts, and the text of words spoken in your User Content.
- **Inferred information.** We infer your attributes, such as age-range and gender, and interests based on the information we have about you.
- **Cookies.** We use cookies and similar tracking technologies to operate and provide the Platform. For more information about our use of cookies, please see our [Cookie Policy](https://www.klipp.com/legal/page/global/cookie-policy/en).

### Information from other sources

- **Advertisers, measurement and data partners.** Advertisers, measurement and other partners share information with us about you and the actions you have taken outside of the Platform, such as your activities on other websites and apps or in stores, including the products or services you purchased, online or in person.
- **Third-party platforms and partners.** Third-party platforms may provide us with information, for example, if you choose to sign up or log in to the Platform using a third-party service such as a social network.
- **Others.** We may receive information about you from others, for example, if you are mentioned or tagged in content, or included in a contact list uploaded to the Platform by another user.

## How we use your information

We use the information we collect about you in the following ways:

- To provide and administer the Platform, including to facilitate the sharing of User Content;
- To personalize the content you see when you use the Platform, such as the videos in your For You feed;
- To provide and improve our advertising services, ad targeting, and ad measurement;
- To communicate with you, including to notify you about changes in our services;
- To promote the safety, security, and integrity of the Platform, including by moderating content and detecting and preventing fraud, spam and other prohibited behavior;
- To verify your age, as required by law and for age-appropriate features;
- To conduct research, including aggregated analysis, and to develop and improve the Platform;
- To comply with our legal obligations and to enforce our Terms of Service and Community Guidelines.

## How we share your information

We are committed to maintaining your trust, and we want you to understand when and with whom we may share the information we collect.

- **Business partners.** If you choose to register to use the Platform using your social network account details, you will provide us or allow your social network to provide us with your phone number, email address, username and public profile. We will likewise share certain information with the relevant social network.
- **Service providers.** We provide information and content to service providers who support our business, such as cloud service providers and providers of content moderation services.
- **Advertisers and measurement partners.** We share information with advertisers and third-party measurement companies to show how many and which users of the Platform have viewed or clicked on an advertisement.
- **Our corporate group.** We may share all of the information we collect with a parent, subsidiary, or other affiliate of our corporate group.
- **For legal reasons.** We may share your information with law enforcement agencies, public authorities or other third parties if we consider that we are legally required to do so or if such use is reasonably necessary to comply with a legal obligation or request.
- **Sale, merger or other business transfers.** We may share your information in connection with a substantial corporate transaction, such as the sale of a website, a merger, consolidation, asset sales, or in the unlikely event of bankruptcy.

## Where we store your information

The information we collect from you may be stored on servers located in the United States and in other countries. Protected U.S. user data is stored by default in the United States in the environment of our trusted technology partner and is subject to access controls and monitoring overseen by Klipp U.S. Data Security Inc., a subsidiary established to safeguard U.S. user data. Certain information that is public on the Platform, such as public videos and profile information, is interoperable globally so that users around the world can view and interact with it.

## Advertising and your choices

We show you ads that we think will be relevant to you based on the information we have about you, including your activity on the Platform, information advertisers share with us, and inferences about your interests. Users under 18 do not receive ads based on activity outside the Platform. You can turn off personalized ads in your Ads settings at any time; if you do, you will still see ads, but they may be less relevant to you.

We do not permit advertisers to target ads based on sensitive information such as health conditions, sexual orientation, religious beliefs or political opinions.

## Your rights and choices

You may submit a request to access, correct or delete the information we have collected about you by sending your request to us at the address described below or through our [privacy request form](https://www.klipp.com/legal/report/privacy). You may access, review and edit certain information in your account settings, and you may download your data through the “Download your data” tool.

You can opt out of receiving marketing or promotional communications, and you can adjust your push notification settings in the app. You can control personalized ads in the “Ads” section of your settings.

## Data security and retention

We use reasonable measures to help protect information from loss, theft, misuse and unauthorized access, disclosure, alteration and destruction. You should understand that no data storage system or transmission of data over the Internet can be guaranteed to be completely secure.

We retain information for as long as it is necessary to provide the Platform and for the other purposes set out in this Privacy Policy. We also retain information when necessary to comply with contractual and legal obligations, when we have a legitimate business interest to do so, and for the exercise or defense of legal claims.

## Children and teens

Klipp is not directed at children under the age of 13. If we learn we have collected personal information from a child under 13 on this Platform, we will delete it. If you believe that we have personal information about or collected from a child under the relevant age, please contact us at [privacy@klipp.com](mailto:privacy@klipp.com).

Accounts for users aged 13 to 15 are set to private by default, and direct messaging is not available to users under 16.

## Privacy policy updates

We may update this Privacy Policy from time to time. When we update the Privacy Policy, we will notify you by updating the “Last Updated” date at the top of this policy and posting the new Privacy Policy and providing any other notice required by applicable law.

## Contact us

Questions, comments and requests regarding this policy should be addressed to:

@ Klipp Inc.
@ Attn: Privacy Office
@ 5800 Bristol Parkway, Suite 100
@ Culver City, CA 90230
@ [privacy@klipp.com](mailto:privacy@klipp.com)

## Supplemental Privacy Notice for U.S. States

If you reside in one of the states listed below, the following disclosures supplement the Privacy Policy above. Choose your state to read the rights that apply to you.

%% tabs

### California

Under the California Consumer Privacy Act, as amended by the California Privacy Rights Act (“CCPA”), California residents have the right to request to know the categories and specific pieces of personal information we have collected about them, the categories of sources from which it was collected, the business or commercial purpose for collecting, selling or sharing it, and the categories of third parties to whom we disclose it. California residents also have the right to request correction and deletion of their personal information, to limit the use of sensitive personal information, and to opt out of the sale or sharing of personal information for cross-context behavioral advertising. We will not discriminate against you for exercising any of these rights.

We do not sell personal information in the conventional sense. However, like many companies, we use cookies and similar technologies that may be considered a “sale” or “sharing” under the CCPA. You can exercise your right to opt out by adjusting your Ads settings or by visiting [Your Privacy Choices](https://www.klipp.com/legal/privacy-choices).

### Virginia

Under the Virginia Consumer Data Protection Act, Virginia residents have the right to confirm whether we process their personal data, to access, correct and delete it, to obtain a portable copy, and to opt out of targeted advertising, the sale of personal data, and profiling in furtherance of decisions that produce legal or similarly significant effects. If we decline to take action on your request, you may appeal our decision by replying to our response within 45 days. If your appeal is denied, you may contact the Virginia Attorney General.
"""

CO_CT_UT = """### Colorado

Under the Colorado Privacy Act, Colorado residents have the right to access, correct and delete their personal data, to data portability, and to opt out of targeted advertising, the sale of personal data and profiling. You may use a universal opt-out mechanism recognized by the Colorado Attorney General, such as the Global Privacy Control, to opt out of targeted advertising and sales. You may appeal our decision regarding your request by replying to our response.

### Connecticut

Under the Connecticut Data Privacy Act, Connecticut residents have the right to confirm whether we process their personal data, to access, correct and delete it, to obtain a portable copy, and to opt out of targeted advertising, sales and profiling. If we deny your request, you may appeal, and if the appeal is denied you may contact the Connecticut Attorney General.

### Utah

Under the Utah Consumer Privacy Act, Utah residents have the right to confirm whether we process their personal data, to access and delete personal data they provided to us, to obtain a portable copy, and to opt out of targeted advertising and the sale of personal data.
"""

TX_OR_MT = """### Texas

Under the Texas Data Privacy and Security Act, Texas residents have the right to confirm whether we process their personal data, to access, correct and delete it, to obtain a portable copy, and to opt out of targeted advertising, sales and profiling. Notice: we may sell your sensitive personal data and your biometric data where permitted by law and with your consent. You may appeal our decision regarding your request, and if the appeal is denied you may submit a complaint to the Texas Attorney General.

### Oregon

Under the Oregon Consumer Privacy Act, Oregon residents have the right to obtain a list of the specific third parties to which we have disclosed personal data, in addition to the rights to access, correct, delete and port their personal data and to opt out of targeted advertising, sales and profiling.

### Montana

Under the Montana Consumer Data Privacy Act, Montana residents have the right to access, correct and delete their personal data, to data portability, and to opt out of targeted advertising, sales and profiling, including through a universal opt-out mechanism.
"""

EDITS = [
    {"note": "new bullet 'Image and audio information' (faceprints and voiceprints, with consent where required by US law)",
     "repl": [("- **Inferred information.** We infer your attributes,",
               "- **Image and audio information.** We may collect biometric identifiers and biometric information as defined under U.S. laws, such as faceprints and voiceprints, from your User Content. Where required by law, we will seek any required permissions from you prior to any such collection.\n- **Inferred information.** We infer your attributes,")]},
    {"note": "children and teens: default private accounts extended to users under 16 and a 60-minute daily screen-time default for users under 18 (silent, date not bumped)", "bump": False,
     "repl": [("Accounts for users aged 13 to 15 are set to private by default, and direct messaging is not available to users under 16.",
               "Accounts for users aged 13 to 15 are set to private by default, and direct messaging is not available to users under 16. Users under 18 have a 60-minute daily screen time limit set by default, which they or a parent using Family Pairing can adjust.")]},
    {"note": "US-states supplement: Colorado, Connecticut and Utah tabs added",
     "repl": [("you may contact the Virginia Attorney General.\n", "you may contact the Virginia Attorney General.\n\n" + CO_CT_UT)]},
    {"note": "new product Klipp Shop: purchase information covers sellers, orders and shipping; sharing with sellers and logistics providers",
     "repl": [("including when you buy Klipp Coins, we collect information about the purchase or transaction,",
               "including when you buy Klipp Coins or shop on Klipp Shop, we collect information about the purchase or transaction, your order history, returns and refunds,"),
              ("- **Our corporate group.**",
               "- **Klipp Shop sellers and logistics partners.** When you place an order on Klipp Shop, we share your order details, name, delivery address and telephone number with the seller and with the logistics providers who deliver your order.\n- **Our corporate group.**")]},
    {"note": "US-states supplement: Texas, Oregon and Montana tabs added; retention sentence on deleted accounts",
     "repl": [("and to opt out of targeted advertising and the sale of personal data.\n",
               "and to opt out of targeted advertising and the sale of personal data.\n\n" + TX_OR_MT),
              ("and for the exercise or defense of legal claims.",
               "and for the exercise or defense of legal claims. When you delete your account, we delete your information within 30 days, unless a longer retention period is required by law.")]},
]

LANGS = ["English", "Español", "Français", "Deutsch", "Italiano", "Português", "Русский", "Türkçe", "العربية", "हिन्दी",
         "Bahasa Indonesia", "Tiếng Việt", "ไทย", "日本語", "한국어", "繁體中文", "简体中文", "Filipino", "Polski", "Nederlands",
         "Română", "Čeština", "Svenska", "Magyar", "Ελληνικά", "עברית", "Українська", "বাংলা", "Bahasa Melayu", "Suomi",
         "Dansk", "Norsk (bokmål)", "Català", "Hrvatski", "Slovenčina", "Български", "Lietuvių", "Latviešu", "Eesti", "Afrikaans"]
STATES_FALLBACK = ["California", "Virginia"]
LABELS_E = ["DivPageContainer", "DivSidebar", "DivSidebarItem", "DivMain", "DivArticleContent", "H1Title", "PUpdated",
            "DivTabList", "ButtonTab", "DivTabPanel", "SpanSrOnly", "DivHeader", "DivFooter", "DivCookieBanner", "ALink",
            "DivSection", "H2Title", "H3Title", "PText", "UlList", "LiItem", "DivLangSelect", "ButtonLogin"]
PRIVACY_CHOICES = dt.datetime(2023, 6, 20)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["visit"] = (str(7000000000000000000 + rng.randint(0, 10 ** 18)), C.alnum(rng, 107, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "==",
                  when.strftime("%Y%m%d%H%M%S") + C.hexs(rng, 20).upper())
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.45, lambda: (C.hexs(rng, 8), {k: (C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"), C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")) for k in LABELS_E}))
    s["ab"] = C.keep_or(rng, prev.get("ab"), 0.5, lambda: ",".join(str(rng.randint(70000000, 79999999)) for _ in range(rng.randint(3, 6))))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.3, lambda: rng.random() < 0.7)
    s["footer"] = "choices" if when >= PRIVACY_CHOICES else "dns"
    s["region_tab"] = C.keep_or(rng, prev.get("region_tab"), 0.3, lambda: rng.choice(["California", "California", "Virginia"]))
    return s


LABELS = {
    "visit": "per-visit tokens (device id, msToken, x-tt-logid)",
    "deploy": "front-end deploy: emotion class hashes and chunk names",
    "ab": "A/B experiment ids in the rehydration data",
    "cookie": "cookie banner present or not",
    "footer": "footer 'Do Not Sell or Share My Personal Information' -> 'Your Privacy Choices' with icon",
    "region_tab": "state tab selected by default (geo-IP of the crawler)",
}


def ec(s, label):
    h, e = s["deploy"][1][label]
    return "css-%s-%s e%s0" % (h, label, e)


def render(s, blocks, when):
    devid, mstoken, logid = s["visit"]
    build = s["deploy"][0]
    segs = C.segments(blocks)
    head, secs = C.split_sections(segs["head"])
    tabs = C.under_headings(segs.get("tabs", []))
    out = ['<h1 class="%s">%s</h1>' % (ec(s, "H1Title"), html.escape(head[0][1]))]
    for b in head[1:]:
        out.append('<p class="%s">%s</p>' % (ec(s, "PUpdated" if b[1].startswith("Last updated") else "PText"), C.inline_html(b[1])))
    cls = {"h2": ec(s, "H2Title"), "h3": ec(s, "H3Title"), "p": ec(s, "PText"), "ul": ec(s, "UlList"), "addr": ec(s, "PText")}
    for t, bl in secs:
        out.append('<div class="%s"><h2 class="%s">%s</h2>%s</div>' % (ec(s, "DivSection"), ec(s, "H2Title"), html.escape(t),
                                                                          C.blocks_html(bl, cls, sep="")))
    sel = s["region_tab"]
    tablist = "".join('<button role="tab" id="tab-%s" aria-selected="%s" aria-controls="panel-%s" class="%s">%s</button>'
                      % (t.lower(), "true" if t == sel else "false", t.lower(), ec(s, "ButtonTab"), t) for t, _ in tabs)
    panels = "".join('<div role="tabpanel" id="panel-%s" aria-labelledby="tab-%s" class="%s"%s><h3 class="%s">%s</h3>%s</div>'
                     % (t.lower(), t.lower(), ec(s, "DivTabPanel"), "" if t == sel else " hidden", ec(s, "SpanSrOnly"), t,
                        C.blocks_html(bl, cls, sep="")) for t, bl in tabs)
    out.append('<div class="%s" role="tablist" aria-label="Choose your state">%s</div>%s' % (ec(s, "DivTabList"), tablist, panels))
    article = '<article class="%s" data-e2e="legal-article">%s</article>' % (ec(s, "DivArticleContent"), "".join(out))
    side_docs = [("Terms of Service", "terms-of-service"), ("Privacy Policy", "privacy-policy"),
                 ("Privacy Policy for Younger Users", "privacy-policy-for-younger-users"), ("Cookie Policy", "cookie-policy"),
                 ("Intellectual Property Policy", "copyright-policy"), ("Law Enforcement Guidelines", "law-enforcement"),
                 ("Community Guidelines", "community-guidelines"), ("Virtual Items Policy", "virtual-items")]
    side = "".join('<a class="%s" href="/legal/page/us/%s/en"%s>%s</a>' % (ec(s, "DivSidebarItem"), u, ' aria-current="page"' if u == "privacy-policy" else "", n)
                   for n, u in side_docs)
    cookie = ""
    if s["cookie"]:
        cookie = ('<div class="%s" id="cookie-banner"><p>We use cookies to enhance site navigation, analyze site usage and provide personalized ads. '
                  '<a href="/legal/page/global/cookie-policy/en">Cookie Policy</a></p><button>Decline optional cookies</button><button>Allow all cookies</button></div>'
                  % ec(s, "DivCookieBanner"))
    if s["footer"] == "dns":
        ccpa = '<a href="/legal/privacy-choices" class="%s">Do Not Sell or Share My Personal Information</a>' % ec(s, "ALink")
    else:
        ccpa = ('<a href="/legal/privacy-choices" class="%s"><svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true"><path fill="#06f" d="M7.4 12.8h6.8l3.1-11.6H7.4C4.2 1.2 1.6 3.8 1.6 7s2.6 5.8 5.8 5.8z"/>'
                '<path fill="#fff" d="M22.6 0H7.4a7 7 0 0 0 0 14h15.2a7 7 0 0 0 0-14zm-15.2 12.8a5.8 5.8 0 0 1 0-11.6h9.9l-3.1 11.6H7.4z"/></svg>Your Privacy Choices</a>' % ec(s, "ALink"))
    lang = "".join('<option>%s</option>' % n for n in LANGS)
    page = ('<div id="app"><div class="%s"><header class="%s"><a href="/" aria-label="Klipp home"><svg class="logo" width="118" height="42"></svg></a>'
            '<button class="%s" data-e2e="top-login-button">Log in</button></header>'
            '<div class="%s"><nav class="%s" aria-label="Legal">%s</nav><main class="%s">%s</main></div>'
            '<footer class="%s"><div><a href="/about">About</a><a href="/newsroom">Newsroom</a><a href="/legal/page/us/terms-of-service/en">Terms</a>'
            '<a href="/legal/page/us/privacy-policy/en">Privacy</a>%s<a href="https://support.klipp.com/en">Help</a></div>'
            '<select class="%s" aria-label="Language">%s</select><span>&#169; %d Klipp</span></footer></div>%s</div>'
            % (ec(s, "DivPageContainer"), ec(s, "DivHeader"), ec(s, "ButtonLogin"), ec(s, "DivPageContainer"), ec(s, "DivSidebar"), side,
               ec(s, "DivMain"), article, ec(s, "DivFooter"), ccpa, ec(s, "DivLangSelect"), lang, when.year, cookie))
    style = "".join(".%s{%s}" % (ec(s, k).split()[0], "display:flex" if "Div" in k else "font-size:15px") for k in LABELS_E)
    data = ('{"__DEFAULT_SCOPE__":{"webapp.app-context":{"language":"en","region":"US","appId":1988,"wid":"%s","abTestVersion":{"versionName":"%s"},'
            '"user":{"isLoggedIn":false}},"webapp.legal":{"slug":"privacy-policy","region":"us","tabs":%d,"logId":"%s"}}}'
            % (devid, s["ab"], len(tabs), logid))
    return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Privacy Policy | Klipp</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="canonical" href="%s"/>'
            '<style data-emotion="css %s">%s</style>'
            '<script src="https://sf16-website.klippcdn-us.com/obj/klipp_web_us/legal/_next/static/chunks/main-%s.js" async></script></head>'
            '<body>%s<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">%s</script>'
            '<script>window.msToken="%s";</script></body></html>'
            % (URL, build, style, build, page, data, mstoken))


PAGE = {
    "service": "Klipp", "url": URL, "lang": "en-US", "platform": "Next.js + emotion (hashed class names)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Klipp-Edge"), ("Cache-Control", "max-age=0, no-cache, no-store")),
    "n": 30, "start": dt.date(2021, 4, 15), "end": dt.date(2025, 12, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main [class*=\"-DivArticleContent \"]"], "remove": ["[role=\"tablist\"]"]},
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
}
