"""Halcyon (Halcyon Labs, Inc., San Francisco) - en-US - chat assistant, marketing site on Next.js on Vercel:
pages router with __NEXT_DATA__ until mid-2024, then app router (RSC flight chunks in self.__next_f), a release
announcement bar, a status badge fed by the status page, Sentry trace meta, Statsig A/B copy, Intercom launcher.
Many policy updates in short spans (a typo fix days after a big change)."""
import datetime as dt
import json
import common as C

URL = "https://www.halcyon.ai/legal/privacy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Effective date: {UPDATED}

Halcyon Labs, Inc. ("Halcyon," "we," "us," or "our") builds Halcyon, an AI assistant you can talk to through our website, our mobile apps and our application programming interface (API). This Privacy Policy explains how we collect, use and disclose personal information when you use our consumer products (Halcyon Free, Halcyon Plus and Halcyon Team, together the "Services"). It does not apply to content we process on behalf of customers of our API or of Halcyon Enterprise; that processing is governed by our [Data Processing Addendum](/legal/dpa) and our agreement with those customers.

## 1. Personal information we collect

We collect the following categories of personal information:

- **Account information.** When you create an account, we collect your name, email address, phone number (if you sign up with it) and your login credentials, or the identifiers provided by Google or Apple if you use single sign-on.
- **Prompts and outputs.** We collect the messages, files and images you submit to Halcyon ("Prompts") and the responses Halcyon generates ("Outputs"), together with your conversation titles, feedback (such as a thumbs-up or thumbs-down) and any custom instructions you save.
- **Payment information.** If you subscribe to a paid plan, our payment processor collects your card details and billing address. We receive only a token, the last four digits of your card and your billing country.
- **Communications.** If you contact us, we keep the content of your messages and our replies.
- **Technical information.** We automatically collect your IP address, device and browser type, operating system, approximate location derived from your IP address, time zone, and how you interact with the Services (for example, the features you use and the time you spend on them).
- **Cookies and similar technologies.** We use cookies to keep you signed in, to remember your preferences and to understand how the Services are used. See our [Cookie Notice](/legal/cookies).

## 2. How we use personal information

We use personal information to:

- provide, maintain and improve the Services, including generating Outputs in response to your Prompts;
- create and manage your account and process your payments;
- communicate with you about the Services, including service announcements and, where permitted, marketing;
- detect, investigate and prevent fraud, abuse, security incidents and violations of our [Usage Policy](/legal/usage-policy);
- comply with legal obligations and enforce our [Terms of Service](/legal/terms).

We may use Prompts and Outputs to train and improve our models. Before any content is used for training, we apply automated processes to remove personal identifiers where possible.

## 3. How we disclose personal information

We do not sell your personal information, and we do not share it for cross-context behavioral advertising. We disclose personal information only as follows:

- **Service providers.** We use vendors for cloud hosting, content delivery, payment processing, customer support, email delivery and analytics. They may process personal information only on our instructions.
- **Affiliates.** We may share information with our corporate affiliates to operate the Services.
- **Legal requirements.** We may disclose information if required by law, subpoena or other legal process, or if we believe in good faith that disclosure is necessary to protect the rights, property or safety of Halcyon, our users or others.
- **Business transfers.** If we are involved in a merger, acquisition, financing or sale of assets, personal information may be transferred as part of that transaction.
- **With your consent.** For example, when you create a shared link to a conversation, anyone with the link can see that conversation.

## 4. Retention

We keep your conversations for as long as your account is active, unless you delete them. Account information is retained while your account exists and for a reasonable period afterwards to comply with our legal obligations, resolve disputes and enforce our agreements.

## 5. Your rights and choices

Depending on where you live, you may have the right to access, correct, delete or receive a copy of your personal information, and to object to or restrict certain processing. You can delete individual conversations or your entire account from Settings. To exercise your other rights, email us at [privacy@halcyon.ai](mailto:privacy@halcyon.ai). We will not discriminate against you for exercising your rights.

If you are a California resident, you have the rights described in our [U.S. State Privacy Notice](/legal/us-state-privacy), including the right to know, to delete, to correct and to limit the use of sensitive personal information.

## 6. Children

The Services are not directed to children under 13, and we do not knowingly collect personal information from children under 13. Users between 13 and 18 must have their parent or guardian's permission to use the Services. If you believe a child under 13 has provided us with personal information, contact us and we will delete it.

## 7. Security

We use administrative, technical and physical safeguards designed to protect personal information, including encryption in transit and at rest and restricted employee access. No method of transmission or storage is completely secure, however, and we cannot guarantee the security of your information.

## 8. International transfers

Halcyon is based in the United States, and we process personal information in the United States and in other countries where our service providers operate. When we transfer personal data from the European Economic Area, the United Kingdom or Switzerland, we rely on the European Commission's Standard Contractual Clauses or other appropriate safeguards.

## 9. Changes to this Privacy Policy

We may update this Privacy Policy from time to time. If we make material changes, we will notify you by email or through the Services before the change takes effect. The effective date at the top of this page shows when it was last revised.

## 10. Contact us

If you have questions about this Privacy Policy, contact us at:

@ Halcyon Labs, Inc.
@ Attn: Privacy
@ 548 Market Street, PMB 90375
@ San Francisco, CA 94104
@ [privacy@halcyon.ai](mailto:privacy@halcyon.ai)
"""

EDITS = [
    {"note": "training opt-out: new paragraph 'Your choices about model training' (setting 'Improve the model for everyone') in section 5; section 2 training sentence now points to it",
     "repl": [("Before any content is used for training, we apply automated processes to remove personal identifiers where possible.",
               "Before any content is used for training, we apply automated processes to remove personal identifiers where possible. You can opt out of having your conversations used for training, as described in Section 5."),
              ("If you are a California resident, you have the rights",
               "**Your choices about model training.** You can turn off the setting \"Improve the model for everyone\" in Settings > Data controls. When it is off, new conversations will not be used to train our models. Conversations you submit feedback on may still be reviewed to improve the Services.\n\nIf you are a California resident, you have the rights")]},
    {"note": "follow-up fix shipped a few days after the retention update: opt-out setting renamed 'Improve Halcyon for everyone', path 'Settings > Privacy' (date not bumped)", "bump": False,
     "repl": [("You can turn off the setting \"Improve the model for everyone\" in Settings > Data controls.",
               "You can turn off the setting \"Improve Halcyon for everyone\" in Settings > Privacy.")]},
    {"note": "retention rewritten: deleted conversations removed from backend within 30 days; temporary chats; flagged conversations kept up to 2 years for safety",
     "repl": [("We keep your conversations for as long as your account is active, unless you delete them.",
               "We keep your conversations for as long as your account is active, unless you delete them. When you delete a conversation, it is removed from your history immediately and deleted from our back-end systems within 30 days, unless we are legally required to keep it. Temporary chats are never shown in your history and are deleted within 30 days.\n\nConversations that our safety classifiers flag as violating our Usage Policy may be retained for up to 2 years, and the classification scores for up to 7 years, so that we can enforce our policies and improve our safety systems.")]},
    {"note": "new section 'Voice conversations' (audio deleted after transcription unless shared; no voiceprints); sections renumbered",
     "repl": [("## 4. Retention", "## 4. Voice conversations\n\nIf you use voice mode, we collect the audio of your voice inputs and transcribe it into text. Transcripts are stored with your conversation like any other Prompt. We delete audio clips within 30 days unless you choose to share them with us to improve our speech models. We do not use your voice to create a voiceprint or to identify you.\n\n## 5. Retention"),
              ("## 5. Your rights and choices", "## 6. Your rights and choices"),
              ("## 6. Children", "## 7. Children"),
              ("## 7. Security", "## 8. Security"),
              ("## 8. International transfers", "## 9. International transfers"),
              ("## 9. Changes to this Privacy Policy", "## 10. Changes to this Privacy Policy"),
              ("## 10. Contact us", "## 11. Contact us"),
              ("as described in Section 5.", "as described in Section 6.")]},
    {"note": "minimum age raised to 18; parental-permission sentence removed",
     "repl": [("The Services are not directed to children under 13, and we do not knowingly collect personal information from children under 13. Users between 13 and 18 must have their parent or guardian's permission to use the Services. If you believe a child under 13 has provided us with personal information, contact us and we will delete it.",
               "You must be at least 18 years old to use the Services. We do not knowingly collect personal information from anyone under 18. If we learn that a user is under 18, we will close the account and delete their personal information. If you believe a minor has provided us with personal information, contact us.")]},
    {"note": "service providers bullet now names model-hosting partners and cloud regions (silent, date not bumped)", "bump": False,
     "repl": [("- **Service providers.** We use vendors for cloud hosting, content delivery,",
               "- **Service providers.** We use vendors for cloud hosting and model inference (currently Amazon Web Services in the United States and Google Cloud in the United States and the European Union), content delivery,")]},
    {"note": "international transfers: EU-U.S. Data Privacy Framework certification, EU and UK representatives added",
     "repl": [("When we transfer personal data from the European Economic Area, the United Kingdom or Switzerland, we rely on the European Commission's Standard Contractual Clauses or other appropriate safeguards.",
               "Halcyon Labs, Inc. participates in the EU-U.S. Data Privacy Framework, the UK Extension to the EU-U.S. DPF and the Swiss-U.S. Data Privacy Framework, and relies on them for transfers of personal data from those regions. Where the Data Privacy Framework does not apply, we rely on the European Commission's Standard Contractual Clauses or other appropriate safeguards.\n\nOur representative in the European Union under Article 27 of the GDPR is Halcyon Labs Ireland Limited, 2 Dublin Landings, North Wall Quay, Dublin 1, Ireland. Our representative in the United Kingdom is Halcyon UK Services Ltd, 20 Farringdon Road, London EC1M 3HE.")]},
    {"note": "new paragraph on human review and safety classifiers in section 2",
     "repl": [("We may use Prompts and Outputs to train and improve our models.",
               "To keep the Services safe, we run automated safety classifiers over Prompts and Outputs. A limited number of authorized staff and contracted reviewers, bound by confidentiality obligations, may review conversations that are flagged by these classifiers, reported by users or selected for quality review. Reviewers cannot see your account details.\n\nWe may use Prompts and Outputs to train and improve our models.")]},
    {"note": "contact: privacy requests now via privacy portal, email changed to privacy-requests@ (date not bumped)", "bump": False,
     "repl": [("To exercise your other rights, email us at [privacy@halcyon.ai](mailto:privacy@halcyon.ai).",
               "To exercise your other rights, use our [Privacy Request Portal](https://privacy.halcyon.ai) or email us at [privacy-requests@halcyon.ai](mailto:privacy-requests@halcyon.ai).")]},
]
# in the order they shipped (the retention update and its follow-up fix went out within a week)
EDITS = [EDITS[j] for j in (7, 0, 2, 1, 3, 5, 4, 6, 8)]

# (date, announcement text, href)
RELEASES = [
    (dt.datetime(2022, 1, 1), "Halcyon is now in open beta", "/news/open-beta"),
    (dt.datetime(2022, 11, 8), "Introducing Halcyon 1.3 \u2192", "/news/halcyon-1-3"),
    (dt.datetime(2023, 3, 14), "Introducing Halcyon 2 \u2192", "/news/halcyon-2"),
    (dt.datetime(2023, 7, 11), "Introducing Halcyon 2.1 with 200K context \u2192", "/news/halcyon-2-1"),
    (dt.datetime(2024, 3, 4), "Introducing Halcyon 3 \u2192", "/news/halcyon-3"),
    (dt.datetime(2024, 6, 20), "Introducing Halcyon 3.5 \u2192", "/news/halcyon-3-5"),
    (dt.datetime(2024, 10, 22), "Halcyon 3.5 can now use your computer \u2192", "/news/computer-use"),
    (dt.datetime(2025, 2, 24), "Introducing Halcyon 3.7 and Halcyon Code \u2192", "/news/halcyon-3-7"),
    (dt.datetime(2025, 5, 22), "Introducing Halcyon 4 \u2192", "/news/halcyon-4"),
    (dt.datetime(2025, 9, 29), "Introducing Halcyon 4.5 \u2192", "/news/halcyon-4-5"),
    (dt.datetime(2026, 2, 5), "Introducing Halcyon 5 \u2192", "/news/halcyon-5"),
]
MINOR = [("Halcyon is now available on Android \u2192", "/download"),
         ("Projects are here for Plus and Team \u2192", "/news/projects"),
         ("Join us at Halcyon Dev Day \u2192", "/events/dev-day"),
         ("Voice mode is rolling out on iOS and Android \u2192", "/news/voice")]
APPROUTER = dt.datetime(2024, 7, 15)
STATUS = [("operational", "All systems operational", "bg-emerald-500"),
          ("degraded", "Degraded performance", "bg-amber-400"),
          ("partial", "Partial outage", "bg-orange-500"),
          ("maintenance", "Scheduled maintenance", "bg-sky-500")]
CTA = ["Try Halcyon", "Try Halcyon free", "Start chatting \u2014 it's free", "Talk to Halcyon"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["trace"] = (C.hexs(rng, 32), C.hexs(rng, 16), C.b64tok(rng, 18))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.8, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    rel = [r for r in RELEASES if r[0] <= when][-1]
    if (when - rel[0]).days < 45:
        s["banner"] = rel[1:]
    else:
        keep = prev.get("banner") if prev.get("banner") in [rel[1:]] + MINOR else None
        s["banner"] = C.keep_or(rng, keep, 0.3, lambda: rel[1:] if rng.random() < 0.5 else rng.choice(MINOR))
    s["status"] = STATUS[0] if rng.random() < 0.8 else rng.choice(STATUS[1:])
    s["cta"] = rng.choice(CTA)
    s["stack"] = "app" if when >= APPROUTER else "pages"
    s["intercom"] = C.keep_or(rng, prev.get("intercom"), 0.3, lambda: rng.choice([0, 0, 1, 2]))
    return s


LABELS = {
    "trace": "per-request Sentry trace/baggage meta and CSP nonce",
    "build": "Vercel deploy: Next.js buildId and chunk hashes",
    "banner": "announcement bar (newest model release / feature promo)",
    "status": "status badge in footer (from status page)",
    "cta": "Statsig A/B test of the header CTA copy",
    "stack": "migration from pages router (__NEXT_DATA__) to app router (RSC flight data), new header/footer markup",
    "intercom": "Intercom launcher unread-count bubble",
}


def article_html(blocks, cls):
    h1, eff = blocks[0], blocks[1]
    return ('<article class="%s"><header class="not-prose mb-10"><h1 class="text-4xl font-semibold tracking-tight">%s</h1>'
            '<p class="mt-3 text-sm text-neutral-500">%s</p></header>\n%s\n</article>'
            % (cls, C.inline_html(h1[1]), C.inline_html(eff[1]), C.blocks_html(blocks[2:])))


def render(s, blocks, when):
    trace, span, bag = s["trace"]
    bid, c1, c2 = s["build"]
    nonce = bag[:22]
    btxt, bhref = s["banner"]
    skey, stxt, scol = s["status"]
    unread = s["intercom"]
    launcher = ('<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite">'
                '<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"><svg xmlns="http://www.w3.org/2000/svg" width="28" height="32" fill="none" viewBox="0 0 28 32"><path fill="#fff" d="M28 32s-4.714-1.855-8.527-3.34H3.437C1.54 28.66 0 27.026 0 25.013V3.644C0 1.633 1.54 0 3.437 0h21.125c1.898 0 3.437 1.632 3.437 3.645v18.404H28V32z"></path></svg></div>'
                '%s</div></div>' % ('<div class="intercom-lightweight-app-launcher-unread">%d</div>' % unread if unread else ''))
    nav = [("Product", "/product"), ("Pricing", "/pricing"), ("API", "/api"), ("Research", "/research"), ("Company", "/company"), ("News", "/news")]
    status = ('<a href="https://status.halcyon.ai" class="inline-flex items-center gap-2 text-xs text-neutral-500" data-status="%s">'
              '<span class="h-2 w-2 rounded-full %s"></span>%s</a>' % (skey, scol, stxt))
    if s["stack"] == "pages":
        header = ('<div class="announcement-bar bg-neutral-900 px-4 py-2 text-center text-sm text-white"><a href="%s">%s</a></div>'
                  '<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-6">'
                  '<a href="/" aria-label="Halcyon home"><svg class="h-6 w-auto" viewBox="0 0 120 24"><title>Halcyon</title><path d="M0 0h6v24H0zM14 0h6v24h-6zM6 9h8v6H6z"></path></svg></a>'
                  '<nav class="hidden gap-8 text-sm md:flex">%s</nav>'
                  '<div class="flex items-center gap-3"><a class="text-sm" href="https://chat.halcyon.ai/login">Log in</a>'
                  '<a class="rounded-full bg-neutral-900 px-4 py-2 text-sm text-white" href="https://chat.halcyon.ai/signup">%s</a></div></div></header>'
                  % (bhref, btxt, "".join('<a href="%s">%s</a>' % n for n in nav), s["cta"]))
        main = ('<main class="mx-auto max-w-3xl px-6 py-16">%s</main>' % article_html(blocks, "prose prose-neutral max-w-none"))
        footer = ('<footer class="border-t border-neutral-200"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-6 py-12 md:grid-cols-4">'
                  '<div><h4>Product</h4><ul><li><a href="/product">Halcyon</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/download">Download</a></li></ul></div>'
                  '<div><h4>Company</h4><ul><li><a href="/company">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/news">News</a></li></ul></div>'
                  '<div><h4>Legal</h4><ul><li><a href="/legal/terms">Terms of Service</a></li><li><a href="/legal/privacy">Privacy Policy</a></li><li><a href="/legal/usage-policy">Usage Policy</a></li></ul></div>'
                  '<div>%s</div></div><p class="px-6 pb-8 text-xs text-neutral-400">&copy; %d Halcyon Labs, Inc.</p></footer>' % (status, when.year))
        data = {"props": {"pageProps": {"slug": "privacy", "title": "Privacy Policy", "announcement": {"text": btxt, "href": bhref}},
                          "__N_SSG": True}, "page": "/legal/[slug]", "query": {"slug": "privacy"}, "buildId": bid,
                "isFallback": False, "gsp": True, "scriptLoader": []}
        scripts = ('<script id="__NEXT_DATA__" type="application/json">%s</script>\n'
                   '<script src="/_next/static/chunks/webpack-%s.js" defer=""></script>'
                   '<script src="/_next/static/chunks/framework-%s.js" defer=""></script>'
                   '<script src="/_next/static/%s/_buildManifest.js" defer=""></script>'
                   '<script src="/_next/static/%s/_ssgManifest.js" defer=""></script>'
                   % (json.dumps(data, separators=(",", ":")), c1, c2, bid, bid))
        head_extra = '<link rel="preload" href="/_next/static/css/%s.css" as="style"><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g="">' % (c2[:16], c2[:16])
        body_open = '<div id="__next">'
    else:
        header = ('<div role="region" aria-label="Announcement" class="relative isolate flex items-center justify-center gap-x-6 bg-[#191919] px-6 py-2.5 text-sm text-white">'
                  '<a href="%s" class="font-medium">%s</a></div>'
                  '<header class="site-header"><nav aria-label="Global" class="mx-auto flex max-w-[1280px] items-center justify-between px-8 py-5">'
                  '<a href="/" class="-m-1.5 p-1.5"><span class="sr-only">Halcyon</span><svg class="h-5 w-auto" viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h6v24H0zM14 0h6v24h-6zM6 9h8v6H6z"></path></svg></a>'
                  '<div class="hidden lg:flex lg:gap-x-10">%s</div>'
                  '<div class="flex gap-x-4"><a href="https://chat.halcyon.ai/login" class="btn btn-ghost">Log in</a><a href="https://chat.halcyon.ai/signup" class="btn btn-primary">%s</a></div></nav></header>'
                  % (bhref, btxt, "".join('<a class="text-sm leading-6" href="%s">%s</a>' % n for n in nav + [("Enterprise", "/enterprise")]), s["cta"]))
        side = ('<aside class="hidden lg:block"><nav class="sticky top-24 text-sm"><p class="mb-3 font-medium text-neutral-900">Legal</p><ul class="space-y-2 text-neutral-600">'
                '<li><a href="/legal/terms">Consumer Terms</a></li><li><a href="/legal/commercial-terms">Commercial Terms</a></li>'
                '<li><a aria-current="page" class="text-neutral-900" href="/legal/privacy">Privacy Policy</a></li><li><a href="/legal/usage-policy">Usage Policy</a></li>'
                '<li><a href="/legal/cookies">Cookie Notice</a></li><li><a href="/legal/dpa">Data Processing Addendum</a></li><li><a href="/legal/subprocessors">Subprocessors</a></li></ul></nav></aside>')
        main = ('<main id="main" class="mx-auto grid max-w-[1280px] grid-cols-1 gap-16 px-8 py-20 lg:grid-cols-[220px_1fr]">%s<div class="min-w-0">%s</div></main>'
                % (side, article_html(blocks, "prose prose-lg prose-headings:font-medium max-w-[720px]")))
        footer = ('<footer class="site-footer bg-[#191919] text-neutral-300"><div class="mx-auto max-w-[1280px] px-8 py-16">'
                  '<div class="grid grid-cols-2 gap-10 md:grid-cols-5">'
                  '<div><p class="footer-heading">Product</p><ul><li><a href="/product">Halcyon</a></li><li><a href="/code">Halcyon Code</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/download">Download apps</a></li></ul></div>'
                  '<div><p class="footer-heading">API</p><ul><li><a href="/api">API platform</a></li><li><a href="https://docs.halcyon.ai">Docs</a></li><li><a href="/api/pricing">API pricing</a></li></ul></div>'
                  '<div><p class="footer-heading">Company</p><ul><li><a href="/company">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/news">News</a></li><li><a href="/trust">Trust center</a></li></ul></div>'
                  '<div><p class="footer-heading">Terms and policies</p><ul><li><a href="/legal/privacy">Privacy policy</a></li><li><a href="/legal/terms">Consumer terms</a></li><li><a href="/legal/usage-policy">Usage policy</a></li><li><a href="/legal/privacy-choices">Your privacy choices</a></li></ul></div>'
                  '<div>%s</div></div><p class="mt-12 text-xs">&copy; %d Halcyon Labs</p></div></footer>' % (status, when.year))
        flight = json.dumps(["$", "article", None, {"children": [[b[0], b[1] if isinstance(b[1], str) else " ".join(map(str, b[1]))] for b in blocks[:6]]}])
        scripts = ('<script src="/_next/static/chunks/webpack-%s.js" async="" nonce="%s"></script>'
                   '<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
                   '<script nonce="%s">self.__next_f.push([1,"1:HL[\\"/_next/static/css/%s.css\\",\\"style\\"]\\n0:[\\"%s\\",[[\\"children\\",\\"legal\\",\\"children\\",\\"privacy\\"]]]\\n"])</script>'
                   '<script nonce="%s">self.__next_f.push([1,%s])</script>'
                   % (c1, nonce, nonce, nonce, c2[:16], bid, nonce, json.dumps("6:" + flight + "\n")))
        head_extra = '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next">' % c2[:16]
        body_open = '<div class="flex min-h-screen flex-col">'
    return ('<!DOCTYPE html><html lang="en" class="__variable_a1c9f2 __variable_3e8d11"><head><meta charSet="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s'
            '<title>Privacy Policy \\ Halcyon</title><meta name="description" content="How Halcyon collects, uses and protects your personal information.">'
            '<link rel="canonical" href="%s"><meta property="og:title" content="Privacy Policy">'
            '<meta name="sentry-trace" content="%s-%s-0"><meta name="baggage" content="sentry-environment=production,sentry-release=%s,sentry-public_key=4f1c0b7e2a8d4c6f9e3b5a7d1c2e8f90,sentry-trace_id=%s,sentry-sample_rate=0.05,sentry-sampled=false">'
            '<script nonce="%s">window.__STATSIG__={"stableID":"%s","experiment":"header_cta_copy"}</script>'
            '</head><body class="bg-white text-neutral-900 antialiased">%s%s%s%s</div>%s\n%s</body></html>'
            % (head_extra, URL, trace, span, bid, trace, nonce, C.uuid4(C.random.Random(trace)), body_open, header, main, footer,
               launcher, scripts))


PAGE = {
    "service": "Halcyon", "url": URL, "lang": "en-US", "platform": "Next.js (Vercel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-vercel-cache", "MISS"), ("server", "Vercel")),
    "n": 32, "start": dt.date(2022, 9, 1), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article"]},
}
