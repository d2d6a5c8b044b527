"""Vaani Labs (Indic voice AI, Bengaluru) - en-IN - Webflow site, the policy is Termly's HTML export pasted into a
w-embed (data-custom-class spans, empty <bdt> tags, inline styles, its generated TABLE OF CONTENTS, which the
curated text keeps). Webflow "Last Published" comment and CDN move, IX2 animation styles frozen mid-flight, Termly
consent banner, Tawk.to widget with per-load random iframe ids."""
import datetime as dt
import hashlib
import re
import common as C

URL = "https://www.vaanilabs.ai/privacy-policy"


def fmt_date(d):
    return d.strftime("%B %d, %Y")


POLICY = """
# PRIVACY POLICY

Last updated {UPDATED}

This privacy notice for Vaani Labs Private Limited ("we", "us" or "our") describes how and why we collect, store, use and share your information when you use our services ("Services"), for example when you use the Vaani mobile app, the Vaani Studio web app or the Vaani Speech API, or visit our website at [www.vaanilabs.ai](https://www.vaanilabs.ai). Vaani Labs Private Limited is a company incorporated under the Companies Act, 2013, with its registered office at 3rd Floor, 27 Vittal Mallya Road, Bengaluru, Karnataka 560001, India.

**Questions or concerns?** Reading this privacy notice will help you understand your privacy rights and choices. If you do not agree with our policies and practices, please do not use our Services. If you still have any questions or concerns, please contact us at [privacy@vaanilabs.ai](mailto:privacy@vaanilabs.ai).

## 1. WHAT INFORMATION DO WE COLLECT?

**In Short:** We collect personal information that you provide to us, the voice and text you submit to our models, and some technical information when you use our Services.

**Personal information you disclose to us.** We collect your name, email address, mobile number, preferred languages, organisation name and password when you register, and GSTIN and billing address when you purchase a paid plan. Payments are processed by Razorpay Software Private Limited; we do not store your full card or UPI details.

**Voice and text content.** When you dictate, upload audio, or submit text for transcription, translation or speech synthesis, we process the audio recordings, transcripts and outputs ("Content"). Voice recordings may reveal information about your accent, gender or health; please do not submit recordings of other persons without their consent.

**Information automatically collected.** We collect device and usage information such as IP address, device model, operating system, app version, crash reports, language settings and the features you use. Our website uses cookies as described in our Cookie Notice.

## 2. HOW DO WE PROCESS YOUR INFORMATION?

**In Short:** We process your information to provide and improve our Services, communicate with you, keep our Services secure and comply with law.

- To create and manage your account and authenticate you, including by one-time password sent to your mobile number.
- To provide the Services, including transcribing, translating and synthesising speech in Hindi, Tamil, Telugu, Kannada, Marathi, Bengali and other Indian languages.
- To process payments, issue GST invoices and manage subscriptions.
- To respond to your queries and provide customer support.
- To send you service updates and, where you have agreed, marketing communications.
- To monitor usage, prevent fraud and abuse, and protect the security of our Services.

**Use of Content to improve our models.** We may use Content submitted through the Vaani app on the free plan to train and improve our speech recognition and translation models. Content submitted through the Vaani Speech API or by Vaani Studio business customers is never used for training.

## 3. WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?

**In Short:** We share information with service providers who help us run our Services, and otherwise only in the situations described below.

We do not sell your personal information. We share it with the following categories of third parties:

- Cloud hosting: Google Cloud India Private Limited (Mumbai and Delhi regions), where your Content is stored and processed.
- Payments: Razorpay Software Private Limited.
- Messaging: Gupshup Technology India Private Limited for OTP and WhatsApp notifications.
- Analytics and crash reporting: Google Firebase and Mixpanel, Inc.
- Customer support: Tawk.to Inc.

We may also disclose information where required by law, for example in response to a lawful request from a government agency or a court order, or in connection with a merger, acquisition or sale of our business.

## 4. HOW LONG DO WE KEEP YOUR INFORMATION?

**In Short:** We keep your information for as long as necessary to fulfil the purposes outlined in this privacy notice unless otherwise required by law.

Voice recordings are deleted 180 days after they were submitted, unless you save them to a project. Transcripts and projects are kept until you delete them or close your account. Account information is deleted within 30 days of account closure, except billing records, which we retain for eight years as required under the Central Goods and Services Tax Act, 2017 and the Income-tax Act, 1961.

## 5. HOW DO WE KEEP YOUR INFORMATION SAFE?

**In Short:** We aim to protect your personal information through a system of organisational and technical security measures.

We follow reasonable security practices and procedures as required under the Information Technology Act, 2000 and the Information Technology (Reasonable Security Practices and Procedures and Sensitive Personal Data or Information) Rules, 2011, including encryption in transit and at rest, role-based access controls and periodic security audits. However, no electronic transmission over the Internet can be guaranteed to be 100% secure.

## 6. DO WE COLLECT INFORMATION FROM MINORS?

**In Short:** We do not knowingly collect data from or market to children under 18 years of age.

Our Services are not intended for persons under 18. If we learn that we have collected personal information from a person under 18 without the consent of a parent or lawful guardian, we will delete it promptly.

## 7. WHAT ARE YOUR PRIVACY RIGHTS?

**In Short:** You may review, change or withdraw your consent, and access or correct your information, at any time.

You may review and correct your personal information from the Account settings in the app. You may withdraw your consent to our processing at any time by writing to us; withdrawal will not affect processing carried out before it, and we may not be able to provide the Services without certain information.

## 8. DO WE MAKE UPDATES TO THIS NOTICE?

**In Short:** Yes, we will update this notice as necessary to stay compliant with relevant laws.

The updated version will be indicated by an updated "Last updated" date at the top of this notice. We encourage you to review this privacy notice frequently.

## 9. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?

In accordance with the Information Technology Act, 2000 and the rules made thereunder, the name and contact details of our Grievance Officer are provided below:

@ Grievance Officer: Ms. Deepa Raghunathan
@ Vaani Labs Private Limited
@ 3rd Floor, 27 Vittal Mallya Road, Bengaluru 560001
@ Email: [grievance@vaanilabs.ai](mailto:grievance@vaanilabs.ai)
@ Phone: +91 80 4718 2200 (Monday to Friday, 10:00 to 18:00 IST)
"""

EDITS = [
    {"note": "voice recordings retention 180 days -> 90 days (silent, date not bumped)", "bump": False,
     "repl": [("Voice recordings are deleted 180 days after", "Voice recordings are deleted 90 days after")]},
    {"note": "new processor: Microsoft Azure OpenAI Service (Central India) for translation post-editing; Mixpanel "
             "replaced by PostHog (EU cloud)",
     "repl": [("- Customer support: Tawk.to Inc.",
               "- Customer support: Tawk.to Inc.\n- Large language model processing: Microsoft Corporation (India) Private Limited, Azure OpenAI Service in the Central India region, used to refine translations. Content sent to this service is not used by Microsoft to train its models."),
              ("Google Firebase and Mixpanel, Inc.", "Google Firebase and PostHog Inc. (data hosted in the European Union)")]},
    {"note": "AI training clause rewritten: free-plan Content used only if 'Help improve Vaani' is on (default off for "
             "new users), de-identified, human review, opt-out",
     "repl": [("**Use of Content to improve our models.** We may use Content submitted through the Vaani app on the free plan to train and improve our speech recognition and translation models. Content submitted through the Vaani Speech API or by Vaani Studio business customers is never used for training.",
               "**Use of Content to improve our models.** We use Content from the Vaani app to train and improve our speech recognition and translation models only if you turn on \"Help improve Vaani\" in Settings. This setting is off by default for accounts created after 1 July 2024. Before use, recordings are separated from your account and de-identified, and a small sample may be listened to by trained reviewers bound by confidentiality obligations. You can turn the setting off at any time; recordings already used in a training run cannot be removed from that model. Content submitted through the Vaani Speech API or by Vaani Studio business customers is never used for training.")]},
    {"note": "new section 'YOUR RIGHTS UNDER THE DIGITAL PERSONAL DATA PROTECTION ACT, 2023' (Data Principal rights, "
             "nominee, consent manager, Data Protection Board); minors section: verifiable parental consent",
     "repl": [("## 8. DO WE MAKE UPDATES TO THIS NOTICE?", "## 8. YOUR RIGHTS UNDER THE DIGITAL PERSONAL DATA PROTECTION ACT, 2023\n\n**In Short:** As a Data Principal in India, you have specific rights over the digital personal data we process as a Data Fiduciary.\n\nUnder the Digital Personal Data Protection Act, 2023 and the rules notified under it, you have the right to obtain a summary of the personal data we process and the processing activities we undertake, the identities of the Data Fiduciaries and Data Processors with whom it has been shared, the right to correction, completion, updating and erasure of your personal data, the right to grievance redressal, and the right to nominate another individual to exercise your rights in the event of your death or incapacity. You may give, manage, review or withdraw your consent through your account settings or through a Consent Manager registered with the Data Protection Board of India.\n\nWe will respond to your grievance within the period prescribed under the Act. If you are not satisfied with our response, you may file a complaint with the Data Protection Board of India.\n\n## 9. DO WE MAKE UPDATES TO THIS NOTICE?"),
              ("## 9. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?", "## 10. HOW CAN YOU CONTACT US ABOUT THIS NOTICE?"),
              ("If we learn that we have collected personal information from a person under 18 without the consent of a parent or lawful guardian, we will delete it promptly.",
               "Where a person under 18 uses Vaani through a school or an educational partner, we process their personal data only after obtaining verifiable consent from a parent or lawful guardian, and we do not track, behaviourally monitor or direct targeted advertising at them. If we learn that we have collected personal information from a person under 18 without such consent, we will delete it promptly.")]},
    {"note": "Grievance Officer changed (Ms. Deepa Raghunathan -> Mr. Arjun Menon), now also Data Protection Officer; "
             "new office address in Koramangala",
     "repl": [("@ Grievance Officer: Ms. Deepa Raghunathan\n@ Vaani Labs Private Limited\n@ 3rd Floor, 27 Vittal Mallya Road, Bengaluru 560001",
               "@ Grievance Officer and Data Protection Officer: Mr. Arjun Menon\n@ Vaani Labs Private Limited\n@ 2nd Floor, 80 Feet Road, 4th Block, Koramangala, Bengaluru 560034"),
              ("with its registered office at 3rd Floor, 27 Vittal Mallya Road, Bengaluru, Karnataka 560001, India.",
               "with its registered office at 2nd Floor, 80 Feet Road, 4th Block, Koramangala, Bengaluru, Karnataka 560034, India.")]},
]

SITE = "64f1c0a7e2b5d93a1c6e8f20"
PAGE_ID = "64f1c0a7e2b5d93a1c6e8f5b"
CDN_MOVE = dt.datetime(2024, 7, 2)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
STYLE = ("<style>\n  [data-custom-class='body'], [data-custom-class='body'] * {\n          background: transparent !important;\n        }\n"
         "[data-custom-class='title'], [data-custom-class='title'] * {\n          font-family: Arial !important;\nfont-size: 26px !important;\ncolor: #000000 !important;\n        }\n"
         "[data-custom-class='subtitle'], [data-custom-class='subtitle'] * {\n          font-family: Arial !important;\ncolor: #595959 !important;\nfont-size: 14px !important;\n        }\n"
         "[data-custom-class='heading_1'], [data-custom-class='heading_1'] * {\n          font-family: Arial !important;\nfont-size: 19px !important;\ncolor: #000000 !important;\n        }\n"
         "[data-custom-class='body_text'], [data-custom-class='body_text'] * {\n          color: #595959 !important;\nfont-size: 14px !important;\nfont-family: Arial !important;\n        }\n"
         "[data-custom-class='link'], [data-custom-class='link'] * {\n          color: #3030F1 !important;\nfont-size: 14px !important;\nfont-family: Arial !important;\nword-break: break-word !important;\n        }\n</style>")


def anchor(title):
    words = re.sub(r"^\d+\.\s*", "", title).lower()
    known = {"what information do we collect?": "infocollect", "how do we process your information?": "infouse",
             "when and with whom do we share your personal information?": "whoshare",
             "how long do we keep your information?": "inforetain", "how do we keep your information safe?": "infosafe",
             "do we collect information from minors?": "infominors", "what are your privacy rights?": "privacyrights",
             "do we make updates to this notice?": "policyupdates", "how can you contact us about this notice?": "contact"}
    return known.get(words, "".join(w[:4] for w in re.findall(r"[a-z0-9]+", words))[:24])


def with_toc(blocks):
    out = []
    heads = [b[1] for b in blocks if b[0] == "h2"]
    done = False
    for b in blocks:
        if b[0] == "h2" and not done:
            out.append(("h2", "TABLE OF CONTENTS"))
            out.extend(("p", "[%s](#%s)" % (t, anchor(t))) for t in heads)
            done = True
        out.append(b)
    return out


def gold_md(blocks):
    return C.blocks_md(with_toc(blocks), URL)


def termly(blocks):
    out = []
    grey = '<span style="color: rgb(89, 89, 89); font-size: 15px;">'
    for b in with_toc(blocks):
        kind, v = b
        if kind == "h1":
            out.append('<div><strong><span style="font-size: 26px;"><span data-custom-class="title"><bdt class="block-component"></bdt>'
                       '<bdt class="question"><h1>%s</h1></bdt><bdt class="statement-end-if-in-editor"></bdt></span></span></strong></div>' % C.inline_html(v))
        elif kind == "h2":
            did = "toc" if v == "TABLE OF CONTENTS" else anchor(v)
            out.append('<div><br></div><div id="%s" style="line-height: 1.5;"><span style="color: rgb(0, 0, 0);"><strong>'
                       '<span data-custom-class="heading_1"><h2>%s</h2></span></strong></span></div>' % (did, C.inline_html(v)))
        elif kind == "p" and v.startswith("Last updated"):
            out.append('<div><span style="color: rgb(127, 127, 127);"><strong><span style="font-size: 15px;"><span data-custom-class="subtitle">'
                       '%s</span></span></strong></span></div><div><br></div>' % C.inline_html(v))
        elif kind == "p" and v.startswith("[") and v.endswith(")") and "](#" in v:
            m = re.match(r"\[(.*)\]\((#.*)\)$", v)
            out.append('<div style="line-height: 1.5;"><span style="font-size: 15px;"><a data-custom-class="link" href="%s">'
                       '<span style="color: rgb(0, 58, 250);">%s</span></a></span></div>' % (m.group(2), C.inline_html(m.group(1))))
        elif kind == "p":
            out.append('<div style="line-height: 1.5;">%s<span data-custom-class="body_text">%s</span></span>'
                       '<bdt class="statement-end-if-in-editor"></bdt></div><div style="line-height: 1.5;"><br></div>' % (grey, C.inline_html(v)))
        elif kind == "ul":
            out.append('<ul>%s</ul>' % "".join('<li data-custom-class="body_text" style="line-height: 1.5;">%s%s</span>'
                                               '<bdt class="forloop-component"></bdt></li>' % (grey, C.inline_html(x)) for x in v))
        elif kind == "addr":
            out.append('<div style="line-height: 1.5;">%s<span data-custom-class="body_text">%s</span></span></div>'
                       % (grey, '<bdt class="block-component"></bdt><br>'.join(C.inline_html(x) for x in v)))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}

    def publish():
        t = when - dt.timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        return (DAYS[t.weekday()] + t.strftime(" %b %d %Y %H:%M:%S"), C.hexs(rng, 9))
    s["published"] = C.keep_or(rng, prev.get("published"), 0.55, publish)
    s["cdn"] = "cdn.prod.website-files.com" if when >= CDN_MOVE else "assets-global.website-files.com"
    s["ix2"] = (round(rng.uniform(0, 1), 4), round(rng.uniform(0, 20), 3))
    s["termly_banner"] = rng.random() < 0.7
    s["tawk"] = (C.alnum(rng, 14, "abcdefghijklmnopqrstuvwxyz0123456789"), str(int(C.epoch(when)) * 1000 + rng.randint(0, 999)),
                 rng.choice(["min", "min", "bubble"]))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.3, lambda: rng.choice(
        ["Vaani Studio now supports 22 scheduled languages", "Introducing Vaani Speech API v3 with real-time streaming",
         "We're hiring ML engineers in Bengaluru"]))
    return s


LABELS = {
    "published": "Webflow 'Last Published' comment and webflow.js fingerprint (site republished)",
    "cdn": "Webflow asset CDN host moved (assets-global -> cdn.prod.website-files.com)",
    "ix2": "Webflow IX2 inline animation styles frozen mid-flight at capture",
    "termly_banner": "Termly consent banner shown / hidden",
    "tawk": "Tawk.to widget random iframe ids and state",
    "promo": "navbar promo strip text",
}


def render(s, blocks, when):
    pub, fp = s["published"]
    cdn = s["cdn"]
    op, ty = s["ix2"]
    tid, ts, tstate = s["tawk"]
    base = "https://%s/%s" % (cdn, SITE)
    banner = ('<div id="termly-code-snippet-support"><div class="termly-styles-root-d5f974 termly-styles-bottom-a2a7dd" '
              'style="background: rgb(255, 255, 255); border-top: 1px solid rgb(230, 230, 230);" role="alertdialog" aria-label="Cookie consent">'
              '<div class="termly-styles-message-c8a0d7"><p>We use essential cookies to make our site work. With your consent, we may also use '
              'non-essential cookies to improve user experience and analyze website traffic. By clicking "Accept," you agree to our website\'s cookie '
              'use as described in our <a href="/cookie-notice">Cookie Notice</a>.</p></div><div class="termly-styles-buttons-a5f5ed">'
              '<button class="termly-styles-module-root-f61419 termly-styles-module-outline-ba4e45" data-tid="banner-preferences">Preferences</button>'
              '<button class="termly-styles-module-root-f61419 termly-styles-module-outline-ba4e45" data-tid="banner-decline">Decline</button>'
              '<button class="termly-styles-module-root-f61419 termly-styles-module-solid-ab8a1c" data-tid="banner-accept">Accept</button></div></div></div>'
              if s["termly_banner"] else '<div id="termly-code-snippet-support"></div>')
    tawk = ('<div class="widget-visible"><iframe src="about:blank" frameborder="0" scrolling="no" width="64px" height="60px" tabindex="0" '
            'id="%s%s" title="chat widget" style="outline: none !important; visibility: visible !important; resize: none !important; '
            'box-shadow: none !important; overflow: visible !important; background: none transparent !important; opacity: 1 !important; '
            'position: fixed !important; border: 0px !important; padding: 0px !important; transition-property: none !important; '
            'z-index: 1000001 !important; cursor: auto !important; float: none !important; pointer-events: auto !important; '
            'display: block !important; bottom: 20px !important; right: 20px !important;"></iframe><iframe src="about:blank" frameborder="0" '
            'scrolling="no" width="350px" height="520px" tabindex="0" id="%s%s" title="chat widget" style="display: none !important;"></iframe>'
            '%s</div>' % (tid[:7], ts[-6:], tid[7:], ts[-6:],
                          '<iframe src="about:blank" frameborder="0" scrolling="no" width="146px" height="85px" tabindex="0" id="%s" title="chat widget" style="display: block !important;"></iframe>' % (tid[::-1] + ts[-4:]) if tstate == "bubble" else ""))
    nav = ('<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" '
           'class="navbar w-nav"><div class="promo-strip"><div class="promo-text">%s</div></div><div class="nav-container w-container">'
           '<a href="/" aria-current="page" class="brand w-nav-brand"><img src="%s/64f1c2d8a1b2c3d4e5f60718_vaani-logo.svg" loading="lazy" alt="Vaani Labs" class="logo"></a>'
           '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/speech-api" class="nav-link w-nav-link">Speech API</a>'
           '<a href="/studio" class="nav-link w-nav-link">Studio</a><a href="/pricing" class="nav-link w-nav-link">Pricing</a>'
           '<a href="/blog" class="nav-link w-nav-link">Blog</a><a href="https://studio.vaanilabs.ai/login" class="button-secondary w-button">Log in</a>'
           '<a href="/contact-sales" class="button-primary w-button">Talk to sales</a></nav><div class="menu-button w-nav-button" aria-label="menu" '
           'role="button" tabindex="0" aria-controls="w-nav-overlay-0" aria-haspopup="menu" aria-expanded="false"><div class="w-icon-nav-menu"></div></div></div>'
           '<div class="w-nav-overlay" data-wf-ignore="" id="w-nav-overlay-0"></div></div>' % (s["promo"], base))
    hero = ('<section class="section-legal-hero"><div class="container-small"><div style="opacity: %s; transform: translate3d(0px, %spx, 0px) '
            'scale3d(1, 1, 1) rotateX(0deg) rotateY(0deg) rotateZ(0deg) skew(0deg, 0deg); transform-style: preserve-3d;" '
            'data-w-id="9a3c1f2e-5b7d-8e4a-1c6f-2d0b3a9e7f41" class="legal-eyebrow">Legal</div><div class="legal-subtitle">How we handle your voice, your text and your data.</div></div></section>'
            % (op, ty))
    embed = ('<section class="section-legal"><div class="container-small"><div class="legal-embed w-embed">%s\n'
             '<span style="display: block;margin: 0 auto 3.125rem;width: 11.125rem;height: 2.375rem;background: url(data:image/svg+xml;base64,'
             'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxNzggMzgiPjwvc3ZnPg==) center no-repeat;"></span>\n'
             '<div data-custom-class="body">\n%s\n</div>\n<div style="color: #595959;font-size: 14px;font-family: Arial;padding-top:16px;">'
             'This Privacy Policy was created using Termly\'s <a style="color: rgb(48, 48, 241) !important;" '
             'href="https://termly.io/products/privacy-policy-generator/">Privacy Policy Generator</a>.</div></div></div></section>'
             % (STYLE, termly(blocks)))
    footer = ('<footer class="footer"><div class="container"><div class="footer-grid w-layout-grid"><div><img src="%s/64f1c2d8a1b2c3d4e5f60718_vaani-logo.svg" loading="lazy" alt="">'
              '<p class="footer-note">Made in Bengaluru for Bharat.</p></div><div><h4>Product</h4><a href="/speech-api" class="footer-link">Speech API</a>'
              '<a href="/studio" class="footer-link">Studio</a><a href="/app" class="footer-link">Vaani app</a></div><div><h4>Company</h4>'
              '<a href="/about" class="footer-link">About</a><a href="/careers" class="footer-link">Careers</a><a href="/contact-sales" class="footer-link">Contact</a></div>'
              '<div><h4>Legal</h4><a href="/terms" class="footer-link">Terms of Use</a><a href="/privacy-policy" aria-current="page" class="footer-link w--current">Privacy Policy</a>'
              '<a href="/cookie-notice" class="footer-link">Cookie Notice</a><a href="/grievance-redressal" class="footer-link">Grievance Redressal</a></div></div>'
              '<div class="footer-bottom">&copy; %d Vaani Labs Private Limited. CIN U72900KA2021PTC151234</div></div></footer>' % (base, when.year))
    return ('<!DOCTYPE html><!-- Last Published: %s GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.vaanilabs.ai" '
            'data-wf-page="%s" data-wf-site="%s" lang="en-IN" class="w-mod-js w-mod-ix wf-inter-n4-active wf-inter-n6-active wf-active"><head>'
            '<meta charset="utf-8"><title>Privacy Policy | Vaani Labs</title><meta content="Read how Vaani Labs collects and uses your information." name="description">'
            '<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">'
            '<link href="%s/css/vaanilabs.webflow.%s.css" rel="stylesheet" type="text/css">'
            '<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>'
            '<script type="text/javascript">WebFont.load({  google: {    families: ["Inter:regular,600,700"]  }});</script>'
            '<script type="text/javascript" src="https://app.termly.io/resource-blocker/4f0a9c3e-2d71-4b8e-9a65-1e3f7c2b8d04?autoBlock=on"></script>'
            '<link href="%s/64f1c2d8a1b2c3d4e5f60799_favicon.png" rel="shortcut icon" type="image/x-icon"></head>'
            '<body>%s%s%s%s<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" '
            'integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="%s/js/webflow.%s.js" type="text/javascript"></script>%s'
            '<script type="text/javascript">var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();</script>%s</body></html>'
            % (pub, PAGE_ID, SITE, base, fp, base, nav, hero, embed, footer, SITE, base, fp[::-1] + "7c", banner, tawk))


PAGE = {
    "service": "Vaani Labs", "url": URL, "lang": "en-IN", "platform": "Webflow + Termly HTML export",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2022, 3, 10), "end": dt.date(2026, 6, 25),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["[data-custom-class=\"body\"]"]},
}
