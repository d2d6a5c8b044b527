"""Quarry (search engine, mail, maps, video) - en-US privacy centre - Closure/"Glue" page until Sept. 2023, then an
Angular privacy centre (new chrome, new containers, _ngcontent build attributes); definition pop-ups whose text
sits in the DOM, explainer videos with transcripts, "Expand all", archive of previous versions, PDF download,
hl= locale parameters, consent interstitial for EU-routed crawls. Curator removes pop-ups and videos; a history
file keeps the pre-redesign selector."""
import datetime as dt
import html
import common as C

URL = "https://policies.quarry.com/privacy?hl=en-US"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Quarry Privacy Policy

When you use our services, you’re trusting us with your information. We understand this is a big responsibility and work hard to protect your information and put you in control.

This Privacy Policy is meant to help you understand what information we collect, why we collect it, and how you can update, manage, export, and delete your information.

Effective {UPDATED}

We build a range of services that help millions of people daily to explore and interact with the world in new ways. Our services include Quarry apps, sites, and devices, like Search, Vista video, and Quarry Home; platforms like the Lumen browser and the Trellis operating system; and products that are integrated into third-party apps and sites, like ads, analytics, and embedded Quarry Maps.

You can use our services in a variety of ways to manage your privacy. For example, you can sign up for a Quarry Account if you want to create and manage content like emails and photos, or see more relevant search results. And you can use many Quarry services when you’re signed out or without creating an account at all, like searching on Quarry or watching Vista videos. You can also choose to browse the web in a private mode, like Lumen Incognito mode, which helps keep your browsing private from other people who use your device.

If you have any questions about this Privacy Policy, you can [contact us](https://support.quarry.com/policies/privacy-contact).

## Information Quarry collects

We want you to understand the types of information we collect as you use our services.

We collect information to provide better services to all our users, from figuring out basic stuff like which language you speak, to more complex things like which ads you’ll find most useful, the people who matter most to you online, or which Vista videos you might like. The information Quarry collects, and how that information is used, depends on how you use our services and how you manage your privacy controls.

When you’re not signed in to a Quarry Account, we store the information we collect with unique identifiers tied to the browser, application, or device you’re using. This allows us to do things like maintain your preferences across browsing sessions, such as your preferred language or whether to show you more relevant search results or ads based on your activity.

When you’re signed in, we also collect information that we store with your Quarry Account, which we treat as personal information.

### Things you create or provide to us

When you create a Quarry Account, you provide us with personal information that includes your name and a password. You can also choose to add a phone number or payment information to your account. Even if you aren’t signed in to a Quarry Account, you might choose to provide us with information, like an email address to communicate with Quarry or receive updates about our services.

We also collect the content you create, upload, or receive from others when using our services. This includes things like email you write and receive, photos and videos you save, docs and spreadsheets you create, and comments you make on Vista videos.

### Information we collect as you use our services

We collect information about the apps, browsers, and devices you use to access Quarry services. The information we collect includes unique identifiers, browser type and settings, device type and settings, operating system, mobile network information including carrier name and phone number, and application version number. We also collect information about the interaction of your apps, browsers, and devices with our services, including IP address, crash reports, system activity, and the date, time, and referrer URL of your request.

We collect information about your activity in our services, which we use to do things like recommend a Vista video you might like. The activity information we collect may include:

- Terms you search for
- Videos you watch
- Views and interactions with content and ads
- Voice and audio information
- Purchase activity
- People with whom you communicate or share content
- Activity on third-party sites and apps that use our services
- Lumen browsing history you’ve synced with your Quarry Account

We collect information about your location when you use our services, which helps us offer features like driving directions, search results for things near you, and ads based on your general location. Your location can be determined with varying degrees of accuracy by GPS and other sensor data from your device, your IP address, and activity on Quarry services, such as your searches and places you label like home or work.

The types of location data we collect and how long we store it depend in part on your device and account settings. For example, you can turn your Android device’s location on or off using the device’s settings app. You can also turn on Location History if you want to create a private map of where you go with your signed-in devices.

In some circumstances, Quarry also collects information about you from publicly accessible sources. For example, if your name appears in your local newspaper, Quarry’s Search engine may index that article and display it to other people if they search for your name. We may also collect information about you from trusted partners, such as directory services who provide us with business information to be displayed on Quarry’s services, marketing partners who provide us with information about potential customers of our business services, and security partners who provide us with information to protect against abuse.

We use various technologies to collect and store information, including cookies, pixel tags, local storage, such as browser web storage or application data caches, databases, and server logs.

## Why Quarry collects data

We use data to build better services.

We use the information we collect from all our services for the following purposes:

- **Provide our services.** We use your information to deliver our services, like processing the terms you search for in order to return results or helping you share content by suggesting recipients from your contacts.
- **Maintain and improve our services.** We also use your information to ensure our services are working as intended, such as tracking outages or troubleshooting issues that you report to us.
- **Develop new services.** We use the information we collect in existing services to help us develop new ones.
- **Provide personalized services, including content and ads.** We use the information we collect to customize our services for you, including providing recommendations, personalized content, and customized search results.
- **Measure performance.** We use data for analytics and measurement to understand how our services are used.
- **Communicate with you.** We use information we collect, like your email address, to interact with you directly.
- **Protect Quarry, our users, and the public.** We use information to help improve the safety and reliability of our services. This includes detecting, preventing, and responding to fraud, abuse, security risks, and technical issues that could harm Quarry, our users, or the public.

We use different technologies to process your information for these purposes. We use automated systems that analyze your content to provide you with things like customized search results, personalized ads, or other features tailored to how you use our services. And we analyze your content to help us detect abuse such as spam, malware, and illegal content.

Depending on your settings, we don’t show you personalized ads based on sensitive categories, such as race, religion, sexual orientation, or health.

We’ll ask for your consent before using your information for a purpose that isn’t covered in this Privacy Policy.

## Your privacy controls

You have choices regarding the information we collect and how it’s used.

This section describes key controls for managing your privacy across our services. You can also visit the [Privacy Checkup](https://myaccount.quarry.com/privacycheckup), which provides an opportunity to review and adjust important privacy settings.

### Managing, reviewing, and updating your information

When you’re signed in, you can always review and update information by visiting the services you use. For example, Photos and Drive are both designed to help you manage specific types of content you’ve saved with Quarry.

We also built a place for you to review and control information saved in your Quarry Account. Your Quarry Account includes:

- **Activity Controls.** Decide what types of activity you’d like saved in your account.
- **Ad settings.** Manage your preferences about the ads shown to you on Quarry and on sites and apps that partner with Quarry to show ads.
- **About you.** Manage what others see about you across Quarry services.
- **Shared endorsements.** Choose whether your name and photo appear next to your activity, like reviews and recommendations, that appear in ads.

### Other ways to manage your information

You can also manage the cookies used by Quarry and others in your browser settings, and you can control many of the permissions on your device, such as location, camera, and microphone. Many of our services let you use them while signed out, and your choices in those services apply to your browser.

## Sharing your information

When you share your information, many of our services let you share information with other people, and you have control over how you share.

We do not share your personal information with companies, organizations, or individuals outside of Quarry except in the following cases:

- **With your consent.** We’ll share personal information outside of Quarry when we have your consent. We’ll ask for your explicit consent to share any sensitive personal information.
- **With domain administrators.** If you’re a student or work for an organization that uses Quarry services, your domain administrator and resellers who manage your account will have access to your Quarry Account.
- **For external processing.** We provide personal information to our affiliates and other trusted businesses or persons to process it for us, based on our instructions and in compliance with our Privacy Policy and any other appropriate confidentiality and security measures.
- **For legal reasons.** We will share personal information outside of Quarry if we have a good-faith belief that access, use, preservation, or disclosure of the information is reasonably necessary to meet any applicable law, regulation, legal process, or enforceable governmental request.

We may share non-personally identifiable information publicly and with our partners, like publishers, advertisers, developers, or rights holders. If Quarry is involved in a merger, acquisition, or sale of assets, we’ll continue to ensure the confidentiality of your personal information and give affected users notice before personal information is transferred or becomes subject to a different privacy policy.

## Keeping your information secure

We build security into our services to protect your information.

All Quarry products are built with strong security features that continuously protect your information. The insights we gain from maintaining our services help us detect and automatically block security threats from ever reaching you.

We work hard to protect you and Quarry from unauthorized access, alteration, disclosure, or destruction of information we hold, including:

- We use encryption to keep your data private while in transit
- We offer a range of security features, like Safe Browsing, Security Checkup, and 2 Step Verification to help you protect your account
- We review our information collection, storage, and processing practices, including physical security measures, to prevent unauthorized access to our systems
- We restrict access to personal information to Quarry employees, contractors, and agents who need that information in order to process it

## Exporting and deleting your information

You can export a copy of your information or delete it from your Quarry Account at any time.

You can export a copy of content in your Quarry Account if you want to back it up or use it with a service outside of Quarry. To delete your information, you can delete your content from specific Quarry services, search for and then delete specific items from your account using My Activity, delete specific Quarry products, or delete your entire Quarry Account.

## Retaining your information

We retain the data we collect for different periods of time depending on what it is, how we use it, and how you configure your settings.

Some data you can delete whenever you like, such as your personal info or the content you create or upload, like photos and documents. You can also delete activity information saved in your account, or choose to have it deleted automatically after a set period of time. We keep this data in your Quarry Account until you remove it or choose to have it removed.

Other data is deleted or anonymized automatically after a set period of time, such as advertising data in server logs, which we anonymize by removing part of the IP address after 9 months and cookie information after 18 months.

We keep some data until you delete your Quarry Account, such as information about how often you use our services, and some data for longer periods of time when necessary for legitimate business or legal purposes, such as security, fraud and abuse prevention, or financial record-keeping.

When you delete data, we follow a deletion process to make sure that your data is safely and completely removed from our servers or retained only in anonymized form.

## Compliance and cooperation with regulators

We regularly review this Privacy Policy and make sure that we process your information in ways that comply with it.

### Data transfers

We maintain servers around the world and your information may be processed on servers located outside of the country where you live. Data protection laws vary among countries, with some providing more protection than others. Regardless of where your information is processed, we apply the same protections described in this policy.

When we receive formal written complaints, we respond by contacting the person who made the complaint. We work with the appropriate regulatory authorities, including local data protection authorities, to resolve any complaints regarding the transfer of your data that we cannot resolve with you directly.

### U.S. state law requirements

Some U.S. state privacy laws, including the California Consumer Privacy Act (CCPA), require specific disclosures. These laws also give residents the right to request information about how Quarry collects, uses, and discloses their information; to access their information; to request that Quarry correct or delete their information; and not to be discriminated against for exercising these rights.

Quarry does not sell your personal information. We also do not share your personal information for cross-context behavioral advertising as those terms are defined under the CCPA.

The categories of personal information we collect include identifiers and similar information, demographic information, commercial information, biometric information, internet, network, and other activity information, geolocation data, audio, electronic, visual, and similar information, professional, employment, and education information, and other information you create or provide.

If you have questions or requests related to your rights under U.S. state privacy laws, you (or your authorized agent) can also contact Quarry at 1-855-555-0142. If your request is denied, you may appeal by replying to our response, and if you have concerns about the result of an appeal, you may contact your state’s attorney general.

## About this policy

### When this policy applies

This Privacy Policy applies to all of the services offered by Quarry LLC and its affiliates, including Vista, Trellis, and services offered on third-party sites, such as advertising services. This Privacy Policy doesn’t apply to services that have separate privacy policies that do not incorporate this Privacy Policy.

### Changes to this policy

We change this Privacy Policy from time to time. We will not reduce your rights under this Privacy Policy without your explicit consent. We always indicate the date the last changes were published and we offer access to [archived versions](https://policies.quarry.com/privacy/archive) for your review. If changes are significant, we’ll provide a more prominent notice, including, for certain services, email notification of Privacy Policy changes.

## Related privacy practices

### Specific Quarry services

The following privacy notices provide additional information about some Quarry services:

- Lumen and the Trellis operating system
- Payments
- Quarry Fiber
- Quarry Workspace for Education
- Vista Kids
- Quarry Accounts managed with Family Link, for children under 13 (or applicable age in your country)
"""

EDITS = [
    {"note": "Retention: advertising IP anonymization shortened from 9 months to 6 months; new sentence on auto-delete default (18 months) for new accounts",
     "repl": [("removing part of the IP address after 9 months and cookie information after 18 months.",
               "removing part of the IP address after 6 months and cookie information after 18 months."),
              ("We keep this data in your Quarry Account until you remove it or choose to have it removed.",
               "We keep this data in your Quarry Account until you remove it or choose to have it removed. For new accounts, Web & App Activity and Location History are set by default to delete automatically after 18 months.")]},
    {"note": "US state supplement: names the state laws (Virginia, Colorado, Connecticut, Utah) - silent, date not bumped",
     "bump": False,
     "repl": [("Some U.S. state privacy laws, including the California Consumer Privacy Act (CCPA), require specific disclosures.",
               "Some U.S. state privacy laws, including the California Consumer Privacy Act (CCPA), the Virginia Consumer Data Protection Act, the Colorado Privacy Act, the Connecticut Data Privacy Act, and the Utah Consumer Privacy Act, require specific disclosures.")]},
    {"note": "Data transfers: EU-U.S. Data Privacy Framework and UK/Swiss extensions added (date bumped)",
     "repl": [("Regardless of where your information is processed, we apply the same protections described in this policy.",
               "Regardless of where your information is processed, we apply the same protections described in this policy. We also comply with certain legal frameworks relating to the transfer of data, including the EU-U.S. and Swiss-U.S. Data Privacy Frameworks and the UK Extension to the EU-U.S. Data Privacy Framework, as described in our [Data Privacy Framework certification](https://www.dataprivacyframework.gov/list). We also rely on Standard Contractual Clauses approved by the European Commission for transfers of data from the European Economic Area.")]},
    {"note": "AI training: publicly available information used to train Quarry's AI models (Muse, Translate, Cloud AI)",
     "repl": [("Quarry’s Search engine may index that article and display it to other people if they search for your name.",
               "Quarry’s Search engine may index that article and display it to other people if they search for your name. For example, we may collect information that’s publicly available online or from other public sources to help train Quarry’s AI models and build products and features like Quarry Translate, Muse, and Cloud AI capabilities."),
              ("- **Develop new services.** We use the information we collect in existing services to help us develop new ones.",
               "- **Develop new services.** We use the information we collect in existing services to help us develop new ones. For example, we use publicly available information and information from our services to help train and improve our generative AI models and features.")]},
    {"note": "DMA: EEA users can choose which Quarry services stay linked; 'Linked services' control added",
     "repl": [("- **Shared endorsements.** Choose whether your name and photo appear next to your activity, like reviews and recommendations, that appear in ads.",
               "- **Shared endorsements.** Choose whether your name and photo appear next to your activity, like reviews and recommendations, that appear in ads.\n- **Linked services.** If you are in the European Economic Area, choose whether certain Quarry services share data with each other for the purposes described in this policy. If you unlink a service, we won’t combine data from it with data from other Quarry services, except where required to comply with the law, to protect against fraud and abuse, or to complete a task you request.")]},
]

TIPS = [
    ("unique identifiers", "A unique identifier is a string of characters that can be used to uniquely identify a browser, app, or device. Different identifiers vary in how permanent they are, whether they can be reset by users, and how they can be accessed."),
    ("personal information", "This is information that you provide to us which personally identifies you, such as your name, email address, or billing information, or other data that can be reasonably linked to such information by Quarry."),
    ("your devices", "For example, we can use information from your devices to help you decide which device you’d like to use to install an app or view a movie you buy from Quarry Play."),
    ("publicly accessible sources", "For example, we may collect information that’s publicly available online or from other public sources."),
    ("trusted partners", "Such as marketing partners and security partners who provide us with information to protect against abuse."),
    ("sensitive categories", "When showing you personalized ads, we use topics that we think might be of interest to you based on your activity."),
    ("affiliates", "An affiliate is an entity that belongs to the Quarry group of companies, including the following companies that provide consumer services in the EU: Quarry Ireland Limited, Quarry Commerce Ltd, Quarry Payment Corp, and Quarry Dialer Inc."),
    ("server logs", "Like most websites, our servers automatically record the page requests made when you visit our sites."),
    ("anonymized form", "Anonymization is a data processing technique that removes or modifies personal information so that it cannot be associated with a specific individual."),
]

VIDEOS = {
    "Information Quarry collects": ("Why Quarry collects data", "1:43",
        "When you use Quarry services, you trust us with your information. In this video we explain the types of information we collect, from the things you create, like email and photos, to the activity and location information that helps make our services more useful."),
    "Your privacy controls": ("Your privacy controls", "2:05",
        "Your Quarry Account gives you one place to see and manage your data. Here is how Privacy Checkup, Activity Controls and Ad settings work, and how to turn on auto-delete."),
    "Retaining your information": ("How Quarry retains data", "1:28",
        "Some data you can delete whenever you like. Other data is deleted or anonymized automatically. This video walks through the retention timelines."),
}

LANGS = [("af", "Afrikaans"), ("id", "Bahasa Indonesia"), ("ms", "Bahasa Melayu"), ("ca", "Català"), ("cs", "Čeština"),
         ("da", "Dansk"), ("de", "Deutsch"), ("et", "Eesti"), ("en-GB", "English (United Kingdom)"), ("en", "English"),
         ("en-US", "English (United States)"), ("es", "Español (España)"), ("es-419", "Español (Latinoamérica)"),
         ("eu", "Euskara"), ("fil", "Filipino"), ("fr-CA", "Français (Canada)"), ("fr", "Français (France)"),
         ("gl", "Galego"), ("hr", "Hrvatski"), ("zu", "IsiZulu"), ("is", "Íslenska"), ("it", "Italiano"),
         ("sw", "Kiswahili"), ("lv", "Latviešu"), ("lt", "Lietuvių"), ("hu", "Magyar"), ("nl", "Nederlands"),
         ("no", "Norsk"), ("pl", "Polski"), ("pt-BR", "Português (Brasil)"), ("pt-PT", "Português (Portugal)"),
         ("ro", "Română"), ("sk", "Slovenčina"), ("sl", "Slovenščina"), ("fi", "Suomi"), ("sv", "Svenska"),
         ("vi", "Tiếng Việt"), ("tr", "Türkçe"), ("el", "Ελληνικά"), ("bg", "Български"), ("ru", "Русский"),
         ("sr", "Српски"), ("uk", "Українська"), ("hy", "Հայերեն"), ("iw", "עברית"), ("ur", "اردو"), ("ar", "العربية"),
         ("fa", "فارسی"), ("am", "አማርኛ"), ("mr", "मराठी"), ("hi", "हिन्दी"), ("bn", "বাংলা"), ("ta", "தமிழ்"),
         ("te", "తెలుగు"), ("kn", "ಕನ್ನಡ"), ("ml", "മലയാളം"), ("th", "ไทย"), ("ko", "한국어"), ("zh-CN", "中文（简体）"),
         ("zh-TW", "中文（香港）"), ("ja", "日本語")]

REDESIGN = dt.datetime(2023, 2, 1)
EXPERIMENTS = ["45712393", "45719811", "45720005", "45724477", "45731120", "45733002", "45738841", "45741903"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["visit"] = (C.b64tok(rng, 16), C.alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "%d.%d" % (rng.randint(10 ** 8, 10 ** 9 - 1), int(C.epoch(when))))
    s["hl"] = C.keep_or(rng, prev.get("hl"), 0.3, lambda: rng.choice(["en-US", "en-US", "en"]))
    s["consent"] = C.keep_or(rng, prev.get("consent"), 0.4, lambda: rng.random() < 0.5)
    s["experiments"] = C.keep_or(rng, prev.get("experiments"), 0.5,
                                 lambda: tuple(sorted(rng.sample(EXPERIMENTS, rng.randint(2, 4)))))
    s["design"] = "angular" if when >= REDESIGN else "glue"
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45, lambda: (C.hexs(rng, 7), "boq_privacypolicyuiserver_%s.%02d_p%d" % (
        when.strftime("%Y%m%d"), rng.randint(0, 9), rng.randint(0, 3))))
    s["archive"] = prev.get("archive", ())
    return s


LABELS = {
    "visit": "per-visit tokens (CSP nonce, ved/ei event ids, _ga client id)",
    "hl": "hl= locale parameter echoed in links and the language picker (en-US / en)",
    "consent": "'Before you continue' consent interstitial shown or not (EU-routed crawler)",
    "experiments": "signed-out account bar: experiment flags (data-exp) in the header",
    "design": "redesign Feb. 2023: Glue/Closure page -> Angular privacy centre (same policy text)",
    "build": "front-end build label and asset hashes",
    "archive": "'Previous versions' archive list and PDF link (gain the old date when the policy is updated)",
}


def tip_html(design, n, text):
    if design == "glue":
        return ('<span class="footnote-wrapper"><a class="footnote" href="#footnote-%d" role="button" aria-describedby="footnote-%d">'
                '<sup>%d</sup></a><span class="footnote-text" id="footnote-%d" role="tooltip" hidden>%s</span></span>'
                % (n, n, n, n, html.escape(text)))
    return ('<button class="glue-tooltip__trigger" _ngcontent-ng-c{B} aria-describedby="term-%d" jsaction="click:kgTpd">'
            '<span class="material-icons-extended" aria-hidden="true">info</span></button>'
            '<span class="glue-tooltip__content" id="term-%d" role="tooltip" _ngcontent-ng-c{B}>'
            '<span class="glue-tooltip__body">%s</span></span>' % (n, n, html.escape(text)))


def with_tips(body, design):
    n = 0
    for phrase, text in TIPS:
        k = body.find(phrase)
        if k < 0:
            continue
        n += 1
        k += len(phrase)
        body = body[:k] + tip_html(design, n, text) + body[k:]
    return body


def hl_links(body, hl, visit):
    # internal links carry the visitor's hl and, on the Angular page, a per-visit "ved" click id
    out = []
    for part in body.split('href="'):
        out.append(part)
    res = out[0]
    for part in out[1:]:
        url, rest = part.split('"', 1)
        if "quarry.com" in url and "mailto:" not in url:
            url = url + ("&amp;" if "?" in url else "?") + "hl=" + hl
            if visit:
                url += "&amp;ved=" + visit
        res += 'href="' + url + '"' + rest
    return res


def video_html(design, title, dur, transcript, vid):
    if design == "glue":
        return ('<div class="video-embed" data-video-id="%s"><div class="video-embed__player">'
                '<img src="https://i.vistaimg.com/vi/%s/hqdefault.jpg" alt="Video thumbnail: %s">'
                '<button class="video-embed__play" aria-label="Play video %s (%s)"></button></div>'
                '<details class="video-embed__transcript"><summary>Video transcript</summary><p>%s</p></details></div>'
                % (vid, vid, html.escape(title), html.escape(title), dur, html.escape(transcript)))
    return ('<privacy-video class="pv-video" _ngcontent-ng-c{B}><div class="pv-video__frame" data-vid="%s">'
            '<iframe title="%s" src="https://www.vista-nocookie.com/embed/%s?rel=0&amp;enablejsapi=1" loading="lazy"></iframe></div>'
            '<glue-expansion-panel class="pv-video__transcript"><button class="glue-expansion-panel__toggle" aria-expanded="false">'
            'Show transcript</button><div class="glue-expansion-panel__content" hidden><p>%s</p></div></glue-expansion-panel>'
            '<p class="pv-video__duration">%s</p></privacy-video>' % (vid, html.escape(title), vid, html.escape(transcript), dur))


def slug(t):
    return "-".join("".join(ch for ch in t.lower() if ch.isalnum() or ch == " ").split())


def render(s, blocks, when):
    nonce, ved, gacid = s["visit"]
    hl = s["hl"]
    bh, label = s["build"]
    design = s["design"]
    # effective date of this version (the 4th block of the head) feeds the archive list
    head, secs = C.split_sections(blocks)
    eff = [b[1] for b in head if b[0] == "p" and b[1].startswith("Effective ")][0][len("Effective "):]
    if eff not in s["archive"]:
        s["archive"] = s["archive"] + (eff,)
    older = list(reversed(s["archive"][:-1])) + ["July 1, 2021", "February 10, 2021", "September 30, 2020",
                                                 "August 28, 2020", "March 31, 2020"]
    older = older[:12]
    pdf = "https://www.quarry.com/intl/%s/policies/privacy/quarry_privacy_policy_%s.pdf" % (
        hl, eff.replace(",", "").replace(" ", "_").lower())
    lang_opts = "".join('<option value="%s"%s>%s</option>' % (c, ' selected' if c == hl else "", n) for c, n in LANGS)
    nav_items = "".join('<li class="%s"><a href="#%s">%s</a></li>' % (
        "nav-item" if design == "glue" else "glue-toc__item", slug(t), html.escape(t)) for t, _ in secs)
    sec_html = []
    for k, (t, bl) in enumerate(secs):
        inner = C.blocks_html(bl)
        vid = C.det_sha("vid", t)[:11]
        v = VIDEOS.get(t)
        vhtml = video_html(design, v[0], v[1], v[2], vid) if v else ""
        if design == "glue":
            sec_html.append('<div class="nrAy7c policy-section" id="%s"><h2 class="GI6Ckb">%s</h2>'
                            '<div class="Q1bC3b section-body">%s%s</div></div>' % (slug(t), html.escape(t), vhtml, inner))
        else:
            sec_html.append('<section class="privacy-section" _ngcontent-ng-c{B} id="%s" data-section-index="%d">'
                            '<glue-expansion-panel class="privacy-section__panel" data-expanded="false"><h2 class="glue-headline glue-headline--headline-4">'
                            '<button class="glue-expansion-panel__toggle" aria-expanded="false" aria-controls="%s-panel">%s</button></h2>'
                            '<div class="glue-expansion-panel__content" id="%s-panel">%s%s</div></glue-expansion-panel></section>'
                            % (slug(t), k, slug(t), html.escape(t), slug(t), vhtml, inner))
    head_html = C.blocks_html(head[1:])
    body = with_tips(head_html + "\n" + "\n".join(sec_html), design)
    body = hl_links(body, hl, ved if design == "angular" else None)
    body = body.replace("{B}", bh[:6])
    archive_li = "".join('<li><a href="https://policies.quarry.com/privacy/archive/%s?hl=%s">%s</a></li>' % (
        d.replace(",", "").replace(" ", "-").lower(), hl, d) for d in older)
    consent = ""
    if s["consent"]:
        consent = ('<div class="consent-bump" role="dialog" aria-modal="true" aria-labelledby="cb-title"><div class="consent-bump__card">'
                   '<h2 id="cb-title">Before you continue to Quarry</h2><p>We use cookies and data to deliver and maintain Quarry services, '
                   'track outages and protect against spam, fraud, and abuse.</p><form action="https://consent.quarry.com/save" method="POST">'
                   '<input type="hidden" name="bl" value="%s"><input type="hidden" name="x" value="8"><input type="hidden" name="gl" value="FR">'
                   '<button name="set_eom" value="true">Reject all</button><button name="set_eom" value="false">Accept all</button></form>'
                   '<a href="https://consent.quarry.com/d?continue=%s&amp;gl=FR&amp;hl=%s&amp;pc=p&amp;src=1">More options</a></div></div>'
                   % (label, "https%3A%2F%2Fpolicies.quarry.com%2Fprivacy%3Fhl%3D" + hl, hl))
    exp = ",".join(s["experiments"])
    if design == "glue":
        chrome_head = ('<header class="gb_la gb_Ka" data-exp="%s"><div class="gb_Rd"><a class="gb_1d" href="https://www.quarry.com/?hl=%s" aria-label="Quarry">'
                       '<img src="https://www.quarry.com/images/branding/qlogo/2x/qlogo_color_74x24dp.png" alt="Quarry"></a>'
                       '<span class="gb_Zd">Privacy &amp; Terms</span></div><div class="gb_Se"><a class="gb_Ea" href="https://accounts.quarry.com/ServiceLogin?hl=%s&amp;continue=https://policies.quarry.com/privacy%%3Fhl%%3D%s">Sign in</a></div></header>'
                       '<nav class="TrZEUc" aria-label="Privacy &amp; Terms"><ul><li class="DxyBCb"><a href="/?hl=%s">Overview</a></li>'
                       '<li class="DxyBCb active"><a href="/privacy?hl=%s">Privacy Policy</a></li><li class="DxyBCb"><a href="/terms?hl=%s">Terms of Service</a></li>'
                       '<li class="DxyBCb"><a href="/technologies?hl=%s">Technologies</a></li><li class="DxyBCb"><a href="/faq?hl=%s">FAQ</a></li></ul></nav>'
                       % (exp, hl, hl, hl, hl, hl, hl, hl, hl))
        mainpart = ('<div class="Gs6Lxb"><aside class="ulnZbb" role="navigation"><h3>Quarry Privacy Policy</h3><ul class="nav-list">%s'
                    '<li class="nav-item"><a href="/privacy/archive?hl=%s">Previous versions (archived)</a></li></ul>'
                    '<div class="print-tools"><a class="print-link" href="javascript:window.print()">Print</a> '
                    '<a class="download-link" href="%s">Download PDF</a></div></aside>'
                    '<div role="main" class="bWgeN"><div class="nrAy7c policy-body" jsname="Ojy7Ub">'
                    '<h1 class="yPEwne">Quarry Privacy Policy</h1>\n%s\n</div>'
                    '<div class="archive-list"><h2>Previous versions (archived)</h2><ul>%s</ul></div></div></div>'
                    % (nav_items, hl, pdf, body, archive_li))
        foot = ('<footer class="Cc7Y8b"><ul><li><a href="https://about.quarry.com/?hl=%s">Quarry</a></li><li><a href="https://about.quarry.com/products/?hl=%s">About Quarry</a></li>'
                '<li><a href="/privacy?hl=%s">Privacy</a></li><li><a href="/terms?hl=%s">Terms</a></li></ul>'
                '<div class="lang-picker"><select aria-label="Change language" onchange="location.search=\'hl=\'+this.value">%s</select></div></footer>'
                % (hl, hl, hl, hl, lang_opts))
        js = '<script nonce="%s" src="https://www.gstatic-q.com/_/mss/boq-privacy/_/js/k=boq-privacy.PrivacyUi.en_US.%s.es5.O/am=AAAQ/d=1/rs=AC7xL%s"></script>' % (nonce, bh, ved[:12])
    else:
        chrome_head = ('<privacy-app ng-version="16.2.%d"><header class="glue-header glue-header--single" _ngcontent-ng-c{B} data-exp="%s">'
                       '<div class="glue-header__bar"><a class="glue-header__logo-link" href="https://www.quarry.com/?hl=%s"><img src="https://www.gstatic-q.com/images/branding/qlogo/svg/qlogo.svg" alt="Quarry"></a>'
                       '<span class="glue-header__title">Privacy &amp; Terms</span><nav class="glue-header__nav"><ul>'
                       '<li><a href="/?hl=%s">Overview</a></li><li aria-current="page"><a href="/privacy?hl=%s">Privacy Policy</a></li>'
                       '<li><a href="/terms?hl=%s">Terms of Service</a></li><li><a href="/technologies?hl=%s">Technologies</a></li><li><a href="/faq?hl=%s">FAQ</a></li></ul></nav>'
                       '<a class="glue-button glue-button--medium-emphasis" href="https://accounts.quarry.com/ServiceLogin?hl=%s">Sign in</a></div></header>'
                       % (int(bh[:2], 16) % 9, exp, hl, hl, hl, hl, hl, hl, hl))
        mainpart = ('<div class="privacy-layout" _ngcontent-ng-c{B}><nav class="glue-toc" aria-label="Contents"><p class="glue-toc__title">Quarry Privacy Policy</p>'
                    '<ul>%s</ul><div class="privacy-tools"><button class="glue-button" jsaction="click:print">Print</button>'
                    '<a class="glue-button" href="%s" download>Download PDF</a>'
                    '<label for="version-select">Previous versions</label><select id="version-select">%s</select></div></nav>'
                    '<main id="privacy-main" class="privacy-main"><div class="expand-controls"><button class="expand-all">Expand all</button>'
                    '<button class="collapse-all">Collapse all</button></div>'
                    '<figure class="privacy-hero"><img src="https://www.gstatic-q.com/privacy/illustrations/hero_privacy_%s.svg" alt="Illustration of a shield, a padlock and a person reviewing settings on a phone"></figure>'
                    '<article class="privacy-policy-document" _ngcontent-ng-c{B}><h1 class="glue-headline glue-headline--headline-2">Quarry Privacy Policy</h1>\n%s\n</article>'
                    '<div class="helpful-widget"><p>Was this helpful?</p><button>Yes</button><button>No</button></div></main></div>'
                    % (nav_items, pdf, "".join('<option>%s</option>' % d for d in older), bh[:5], body))
        foot = ('<footer class="glue-footer" _ngcontent-ng-c{B}><ul class="glue-footer__global-links"><li><a href="https://about.quarry.com/?hl=%s">Quarry</a></li>'
                '<li><a href="https://about.quarry.com/products/?hl=%s">Products</a></li><li><a href="/privacy?hl=%s">Privacy</a></li><li><a href="/terms?hl=%s">Terms</a></li></ul>'
                '<div class="glue-footer__lang"><select aria-label="Change language">%s</select></div></footer></privacy-app>'
                % (hl, hl, hl, hl, lang_opts))
        js = ('<script nonce="%s">AF_initDataCallback({key: \'ds:0\', hash: \'1\', data:["%s",null,[%s]], sideChannel: {}});</script>'
              '<script nonce="%s" src="https://www.gstatic-q.com/_/mss/boq-privacy/_/js/k=%s/am=IAAQ/d=1/ed=1/rs=AC7xL%s"></script>'
              % (nonce, ved, exp, nonce, label, bh))
        chrome_head = chrome_head.replace("{B}", bh[:6])
        mainpart = mainpart.replace("{B}", bh[:6])
        foot = foot.replace("{B}", bh[:6])
    return ('<!doctype html>\n<html lang="%s" dir="ltr"><head><meta charset="utf-8"><title>Privacy Policy – Privacy &amp; Terms – Quarry</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://policies.quarry.com/privacy">'
            '%s<script nonce="%s">window.WIZ_global_data={"cfb2h":"%s","FdrFJe":"%s","eptZe":"/_/PrivacyUi/","exp":"%s"};'
            'window.dataLayer=window.dataLayer||[];gtag("config","G-QRY42",{"client_id":"%s"});</script></head>\n'
            '<body class="%s">\n%s\n%s\n%s\n%s\n</body></html>\n'
            % (hl, "".join('<link rel="alternate" hreflang="%s" href="https://policies.quarry.com/privacy?hl=%s">' % (c, c) for c, _ in LANGS[:60]),
               nonce, label, ved, exp, gacid, "glue-body" if design == "angular" else "EIlDfe", consent, chrome_head, mainpart, foot + js))


def declaration_for():
    return {"fetch": URL, "select": ["#privacy-main article.privacy-policy-document"],
            "remove": [".glue-tooltip__trigger", ".glue-tooltip__content", "privacy-video"]}


PAGE = {
    "service": "Quarry", "url": URL, "lang": "en-US", "platform": "Closure/Glue, then Angular (boq) privacy centre",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"), ("Server", "ESF")),
    "n": 31, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": declaration_for(),
    "history": [{"fetch": URL, "select": ["div[role=main] .policy-body"],
                 "remove": [".footnote-wrapper", ".video-embed"], "validUntil": "2023-02-01T00:00:00Z"}],
}
