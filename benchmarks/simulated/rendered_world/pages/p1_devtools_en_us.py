"""Pipewright (CI/CD SaaS, San Francisco) - en-US - Next.js: pages router + styled-components until May 2024, then
app router + CSS modules; the policy body is also serialised in the hydration data (__NEXT_DATA__, then the RSC
payload). Osano consent bar, Intercom launcher (lightweight or booted), reCAPTCHA badge of the newsletter form,
Statuspage badge, an announcement bar and a GrowthBook experiment on the header CTA."""
import datetime as dt
import hashlib
import json
import common as C

URL = "https://pipewright.dev/legal/privacy"


def fmt_date(d):
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Pipewright, Inc. ("Pipewright," "we," "us") builds continuous integration and delivery tools for software teams. This Privacy Policy explains what personal information we collect when you visit pipewright.dev, use the Pipewright web app, CLI, runners and API (together, the "Services"), how we use it, and the choices you have.

This policy does not cover Customer Content (your repositories, pipeline definitions, build logs, artifacts and secrets) that we process on behalf of our customers. That processing is governed by our [Terms of Service](/legal/terms) and, where applicable, our [Data Processing Addendum](/legal/dpa).

## Information we collect

### Information you give us

- **Account information:** your name, email address, password hash, organization name and role when you sign up, or the profile information your identity provider (GitHub, GitLab, Bitbucket, Google or a SAML provider) shares with us when you sign in with it.
- **Billing information:** billing contact, address and tax ID. Card details are collected and stored by our payment processor, Stripe; we only see the card brand, the last four digits and the expiry date.
- **Support and communications:** what you send us when you contact support, answer a survey, join a webinar or apply for a job.

### Information we collect automatically

- **Usage data:** the pages and features you use, pipeline run metadata (duration, status, runner type, queue time), API calls and CLI versions.
- **Device and log data:** IP address, browser type, operating system, referring URL and timestamps, recorded in our server logs.
- **Cookies and similar technologies:** we use cookies to keep you signed in, remember your preferences and, with your consent where required, measure how our website is used. See our [Cookie Policy](/legal/cookies).

### Information from third parties

If you connect a source-control provider, we receive your username, avatar, public email address and the list of repositories you authorize. We may also receive business contact information from event partners and from enrichment providers when you request a demo.

## How we use information

We use personal information to:

- provide, secure and maintain the Services, including authenticating you and running your pipelines;
- process payments and send invoices, receipts and service notices;
- respond to support requests and troubleshoot problems;
- understand how the Services are used so we can fix bugs and improve performance;
- send product updates and marketing emails, which you can unsubscribe from at any time;
- detect and prevent abuse such as cryptocurrency mining on free runners, fraud and security incidents;
- comply with our legal obligations and enforce our terms.

## How we share information

We do not sell personal information. We share it only as follows:

- **Service providers** who process it on our behalf under contracts that limit their use of it. Our current subprocessors are:

| Subprocessor | Purpose | Location |
| Amazon Web Services, Inc. | Hosting, hosted runners, artifact storage | United States |
| Stripe, Inc. | Payment processing | United States |
| Intercom, Inc. | Customer support messaging | United States |
| Twilio Inc. (SendGrid) | Transactional email | United States |
| Datadog, Inc. | Monitoring and logging | United States |

- **Within your organization:** organization owners and admins can see members' activity, audit logs and usage.
- **Integrations you enable:** when you connect Slack, Jira or another integration, we send it the data needed for that integration to work.
- **Legal and safety reasons:** when we believe in good faith that disclosure is required by law, subpoena or court order, or is needed to protect the rights, property or safety of Pipewright, our users or the public.
- **Business transfers:** in connection with a merger, acquisition or sale of assets, subject to this policy.

## Data retention

We keep account information for as long as your account is active. Build logs are retained for 90 days after the pipeline run and artifacts for 30 days, unless your plan or settings specify otherwise. When you delete your organization, we delete Customer Content within 30 days and remove it from backups within a further 60 days. We keep billing records for seven years to meet tax obligations.

## Security

We encrypt data in transit with TLS 1.2 or higher and at rest with AES-256. Secrets are encrypted with per-organization keys and are only decrypted inside the runner executing your job. Pipewright is audited annually against SOC 2 Type II; reports are available to customers under NDA from our [Trust Center](https://trust.pipewright.dev).

## International data transfers

Pipewright is based in the United States and processes information in the United States and in other countries where our providers operate. When we transfer personal data from the European Economic Area, the United Kingdom or Switzerland, we rely on the Standard Contractual Clauses approved by the European Commission and the UK International Data Transfer Addendum.

## Your rights and choices

Depending on where you live, you may have the right to access, correct, delete or export your personal information, and to object to or restrict certain processing. You can update most account information in your settings, and you can delete your account at any time. To make a request, email [privacy@pipewright.dev](mailto:privacy@pipewright.dev). We will verify your request and respond within the time required by law. You will not be discriminated against for exercising your rights.

If you are in the EEA or the UK, our legal bases are the performance of our contract with you, our legitimate interests in operating and improving the Services, your consent, and compliance with legal obligations. You may lodge a complaint with your local supervisory authority.

## California privacy rights

If you are a California resident, the California Consumer Privacy Act, as amended by the California Privacy Rights Act, gives you the right to know what personal information we collect, use and disclose, to delete it, to correct it, and to opt out of its sale or sharing. We do not sell or share personal information for cross-context behavioral advertising, and we do not use sensitive personal information for purposes that would require a right to limit. You can designate an authorized agent to make a request on your behalf.

## Children

The Services are not directed to children under 16 and we do not knowingly collect their personal information. If you believe a child has given us personal information, contact us and we will delete it.

## Changes to this policy

We may update this Privacy Policy from time to time. If we make material changes, we will notify you by email or through the Services before they take effect. The date at the top of this page shows when it was last updated.

## Contact us

@ Pipewright, Inc.
@ Attn: Privacy
@ 548 Market Street, PMB 90417
@ San Francisco, CA 94104
@ [privacy@pipewright.dev](mailto:privacy@pipewright.dev)
"""

INTL = """## International data transfers

Pipewright is based in the United States and processes information in the United States and in other countries where our providers operate. When we transfer personal data from the European Economic Area, the United Kingdom or Switzerland, we rely on the Standard Contractual Clauses approved by the European Commission and the UK International Data Transfer Addendum.

"""

EDITS = [
    {"note": "subprocessor table: Elastic N.V. (build-log search) added; Datadog row now says 'United States, EU'",
     "repl": [("| Datadog, Inc. | Monitoring and logging | United States |",
               "| Datadog, Inc. | Monitoring and logging | United States, European Union |\n| Elasticsearch B.V. (Elastic Cloud) | Build log search | United States, European Union |")]},
    {"note": "new section 'Pipewright Assist (AI features)': AI provider, no training on Customer Content, opt-in for "
             "improvement; OpenAI added to subprocessors",
     "repl": [("## How we share information",
               "## Pipewright Assist (AI features)\n\nPipewright Assist explains failing builds and suggests fixes to pipeline files. When you use it, we send the relevant build log excerpt, the pipeline definition and your prompt to our AI provider, OpenAI, L.L.C., through its API. OpenAI does not use this data to train its models and deletes it after 30 days unless required by law to keep it.\n\nWe do not use your Customer Content to train or fine-tune AI models. If an organization owner opts in to \"Help improve Assist,\" we keep the prompts and the suggestions your team rated for up to 12 months to evaluate and improve Assist. Organization owners can turn Assist off entirely in Organization Settings.\n\n## How we share information"),
              ("| Twilio Inc. (SendGrid) | Transactional email | United States |",
               "| Twilio Inc. (SendGrid) | Transactional email | United States |\n| OpenAI, L.L.C. | AI features (Pipewright Assist) | United States |")]},
    {"note": "retention: build logs 90 days -> 30 days on Free and 400 days on Team/Enterprise (silent, no date bump)",
     "bump": False,
     "repl": [("Build logs are retained for 90 days after the pipeline run and artifacts for 30 days, unless your plan or settings specify otherwise.",
               "Build logs are retained for 30 days on the Free plan and for 400 days on Team and Enterprise plans; artifacts are retained for 30 days unless you change this in your pipeline settings.")]},
    {"note": "'California privacy rights' becomes 'U.S. state privacy rights' (Colorado, Connecticut, Virginia, Utah, "
             "Oregon, Texas...) with appeal process",
     "repl": [("## California privacy rights\n\nIf you are a California resident, the California Consumer Privacy Act, as amended by the California Privacy Rights Act, gives you the right",
               "## U.S. state privacy rights\n\nIf you live in California, Colorado, Connecticut, Delaware, Montana, Oregon, Texas, Utah or Virginia, state privacy laws such as the California Consumer Privacy Act, as amended by the California Privacy Rights Act, give you the right"),
              ("You can designate an authorized agent to make a request on your behalf.",
               "You can designate an authorized agent to make a request on your behalf. If we deny your request, you may appeal by replying to our response; if your appeal is denied, you may contact your state attorney general.")]},
    {"note": "'International data transfers' moved up after 'How we share information'; EU-U.S. Data Privacy Framework "
             "certification added; contact block gets a Data Protection Officer and an EU representative",
     "repl": [(INTL, ""),
              ("## Data retention", INTL.replace(
                  "we rely on the Standard Contractual Clauses",
                  "we rely on our certification under the EU-U.S. Data Privacy Framework, the UK Extension and the Swiss-U.S. Data Privacy Framework, and on the Standard Contractual Clauses") + "## Data retention"),
              ("@ [privacy@pipewright.dev](mailto:privacy@pipewright.dev)",
               "@ [privacy@pipewright.dev](mailto:privacy@pipewright.dev)\n\nOur Data Protection Officer is Miriam Okafor, who can be reached at [dpo@pipewright.dev](mailto:dpo@pipewright.dev). Our representative in the European Union is Pipewright Europe B.V., Keizersgracht 62, 1015 CS Amsterdam, the Netherlands.")]},
]

APP_ROUTER = dt.datetime(2024, 5, 14)
ANNOUNCE = [None, ("Pipewright 4.0: remote caching and ARM runners are here", "/blog/pipewright-4"),
            ("Join us at PipelineConf, October 8-9, San Francisco", "/events/pipelineconf"),
            ("New: Pipewright Assist explains failing builds", "/changelog/assist")]
STATUS = [("All Systems Operational", "none"), ("All Systems Operational", "none"), ("All Systems Operational", "none"),
          ("Minor Service Outage", "minor"), ("Partially Degraded Service", "minor")]


def h(*parts, n=6, alpha=True):
    d = hashlib.sha1("|".join(map(str, parts)).encode()).digest()
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" if alpha else "0123456789abcdef"
    return "".join(chars[b % len(chars)] for b in d[:n])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["router"] = "app" if when >= APP_ROUTER else "pages"
    s["build"] = C.keep_or(rng, prev.get("build") if prev.get("router") == s["router"] else None, 0.75,
                           lambda: C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"))
    s["css"] = C.keep_or(rng, prev.get("css") if prev.get("router") == s["router"] else None, 0.3, lambda: C.hexs(rng, 8))
    s["per_visit"] = (C.alnum(rng, 22), C.b64tok(rng, 16))  # reCAPTCHA cb, CSP nonce
    s["osano"] = rng.random() < 0.8
    s["intercom"] = rng.choice(["lightweight", "lightweight", "booted", "booted-badge"])
    s["cta_exp"] = rng.choice(["control", "start-free"])
    s["status"] = rng.choice(STATUS)
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.35, lambda: rng.randrange(len(ANNOUNCE)))
    return s


LABELS = {
    "router": "Next.js pages router -> app router migration (whole chrome and hydration format)",
    "build": "Next.js buildId / chunk hashes (deploy)",
    "css": "styled-components / CSS-module class hashes (deploy with style changes)",
    "per_visit": "reCAPTCHA iframe cb and CSP nonce (per visit)",
    "osano": "Osano consent bar shown / hidden",
    "intercom": "Intercom launcher state (lightweight, booted, unread badge)",
    "cta_exp": "GrowthBook experiment bucket on header CTA",
    "status": "Statuspage badge text in footer",
    "announce": "announcement bar message",
}


def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-").replace("--", "-")


def render(s, blocks, when):
    css = s["css"]
    build = s["build"]
    cb, nonce = s["per_visit"]
    app = s["router"] == "app"

    def sc(comp, idx):  # styled-components: stable component id + hashed style class
        return "sc-%s-%d %s" % (h("sc", comp, n=8, alpha=False), idx, h(comp, css))

    def mod(fileb, local):  # CSS modules
        return "%s_%s__%s" % (fileb, local, h(fileb, local, css, n=5))

    def k(comp, local, idx=0):
        return mod(comp, local) if app else sc(comp + local, idx)

    h1 = blocks[0]
    body = []
    for b in blocks[1:]:
        if b[0] == "h2":
            body.append('<h2 id="%s">%s</h2>' % (slug(b[1]), C.inline_html(b[1])))
        elif b[0] == "table":
            body.append('<div class="%s">%s</div>' % (k("Prose", "tableWrap"), C.block_html(b)))
        else:
            body.append(C.block_html(b))
    toc = "".join('<li><a href="#%s" class="%s">%s</a></li>' % (slug(b[1]), k("Toc", "link", 1), C.inline_html(b[1]))
                  for b in blocks if b[0] == "h2")
    legal_nav = "".join('<li><a href="%s" class="%s"%s>%s</a></li>' % (u, k("LegalNav", "item", 1),
                        ' aria-current="page"' if u == "/legal/privacy" else "", t)
                        for t, u in [("Terms of Service", "/legal/terms"), ("Privacy Policy", "/legal/privacy"),
                                     ("Data Processing Addendum", "/legal/dpa"), ("Subprocessors", "/legal/subprocessors"),
                                     ("Cookie Policy", "/legal/cookies"), ("Acceptable Use", "/legal/acceptable-use"),
                                     ("Security", "/security")])
    ann = ANNOUNCE[s["announce"]]
    annbar = ('<div class="%s" role="region" aria-label="Announcement"><a href="%s">%s <span aria-hidden="true">&rarr;</span></a>'
              '<button aria-label="Dismiss" class="%s">&times;</button></div>' % (k("Announcement", "bar"), ann[1], ann[0], k("Announcement", "close", 1))
              if ann else "")
    cta = ("Start building free" if s["cta_exp"] == "start-free" else "Sign up")
    header = ('<header class="%s"><div class="%s"><a href="/" class="%s" aria-label="Pipewright home">'
              '<svg width="132" height="28" viewBox="0 0 132 28" aria-hidden="true"><path d="M4 4h8v20H4z"></path></svg></a>'
              '<nav aria-label="Main" class="%s"><ul><li><a href="/product">Product</a></li><li><a href="/docs">Docs</a></li>'
              '<li><a href="/pricing">Pricing</a></li><li><a href="/customers">Customers</a></li><li><a href="/changelog">Changelog</a></li></ul></nav>'
              '<div class="%s"><a href="https://app.pipewright.dev/login">Log in</a><a href="https://app.pipewright.dev/signup" class="%s" '
              'data-gb-experiment="header-cta-2024" data-gb-variation="%s">%s</a></div></div></header>'
              % (k("Header", "root"), k("Header", "inner", 1), k("Header", "logo", 2), k("Header", "nav", 3), k("Header", "actions", 4),
                 k("Button", "primary"), s["cta_exp"], cta))
    article = ('<article class="%s"><header class="%s">%s</header>\n%s\n</article>'
               % (k("Prose", "root"), k("Prose", "header", 1), C.block_html(h1), "\n".join(body)))
    main = ('<main class="%s"><div class="%s"><aside class="%s"><p class="%s">Legal</p><ul>%s</ul></aside>%s'
            '<aside class="%s"><p class="%s">On this page</p><ul>%s</ul></aside></div>'
            '<section class="%s"><h2>Questions about privacy?</h2><p>Our team answers within two business days.</p>'
            '<a href="mailto:privacy@pipewright.dev" class="%s">Contact privacy team</a></section></main>'
            % (k("LegalLayout", "main"), k("LegalLayout", "grid", 1), k("LegalNav", "root"), k("LegalNav", "title", 2), legal_nav,
               article, k("Toc", "root"), k("Toc", "title", 2), toc, k("ContactCard", "root"), k("Button", "secondary", 1)))
    st_text, st_ind = s["status"]
    footer = ('<footer class="%s"><div class="%s"><div><p>Get product updates</p><form class="%s" action="/api/newsletter" method="post">'
              '<input type="email" name="email" placeholder="you@company.com" required=""><button type="submit">Subscribe</button></form></div>'
              '<nav aria-label="Footer"><ul><li><a href="/docs">Documentation</a></li><li><a href="/security">Security</a></li>'
              '<li><a href="/legal/terms">Terms</a></li><li><a href="/legal/privacy">Privacy</a></li><li><a href="/careers">Careers</a></li></ul></nav>'
              '<a href="https://status.pipewright.dev" class="%s" data-status-indicator="%s"><span class="%s"></span>%s</a>'
              '<p>&copy; %d Pipewright, Inc.</p></div></footer>'
              % (k("Footer", "root"), k("Footer", "inner", 1), k("Newsletter", "form"), k("StatusBadge", "root"), st_ind,
                 k("StatusBadge", "dot", 1), st_text, when.year))
    recaptcha = ('<div><div class="grecaptcha-badge" data-style="bottomright" style="width: 256px; height: 60px; display: block; '
                 'transition: right 0.3s ease 0s; position: fixed; bottom: 14px; right: -186px; box-shadow: gray 0px 0px 5px; '
                 'border-radius: 2px; overflow: hidden;"><div class="grecaptcha-logo"><iframe title="reCAPTCHA" width="256" height="60" '
                 'role="presentation" name="a-%s" frameborder="0" scrolling="no" sandbox="allow-forms allow-popups allow-same-origin '
                 'allow-scripts allow-top-navigation allow-modals allow-popups-to-escape-sandbox allow-storage-access-by-user-activation" '
                 'src="https://www.google.com/recaptcha/api2/anchor?ar=1&amp;k=6LcP8r0pAAAAAH2fZ1zq9W3sXvR0aQm7dY4cK1eB&amp;co=aHR0cHM6Ly9waXBld3JpZ2h0LmRldjo0NDM.&amp;hl=en&amp;v=%s&amp;size=invisible&amp;cb=%s"></iframe></div>'
                 '<div class="grecaptcha-error"></div><textarea id="g-recaptcha-response" name="g-recaptcha-response" class="g-recaptcha-response" '
                 'style="width: 250px; height: 40px; border: 1px solid rgb(193, 193, 193); margin: 10px 25px; padding: 0px; resize: none; display: none;"></textarea></div></div>'
                 % (cb[:12].lower(), "rz4DvU-cY2JYCwHSTck0_qm" if when.year < 2025 else "hbAq-YhJxOnlU-7cpgBoAJHb", cb))
    if s["intercom"] == "lightweight":
        intercom = ('<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" '
                    'tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon '
                    'intercom-lightweight-app-launcher-icon-open"><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 28 32"><path d="M28 32s-4.7-1.9-8.5-3.4H3.2C1.4 28.6 0 27.1 0 25.3V3.3C0 1.5 1.4 0 3.2 0h21.6C26.6 0 28 1.5 28 3.3v28.7z"></path></svg></div>'
                    '<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-minimize"></div></div></div>')
    else:
        badge = ('<div class="intercom-1yi4yyq e1d2rb0k0" aria-label="1 unread message">1</div>' if s["intercom"] == "booted-badge" else "")
        intercom = ('<div id="intercom-container" class="intercom-namespace"><div class="intercom-app"><div class="intercom-messenger-frame '
                    'intercom-1xpjzil e1lmxdc30" style="transform-origin: right bottom; display:none"></div>'
                    '<div class="intercom-launcher-frame intercom-1ldtiyo e1s5oyhj0" name="intercom-launcher-frame"><iframe '
                    'name="intercom-launcher-frame" title="Intercom live chat" data-intercom-frame="true" allow="autoplay"></iframe>%s</div></div></div>' % badge)
    osano = ('<div class="osano-cm-window" dir="ltr"><div role="dialog" aria-describedby="osano-cm-dom-info-dialog-open" '
             'class="osano-cm-dialog osano-cm-dialog--position_bottom osano-cm-dialog--type_bar %s"><span id="osano-cm-dom-info-dialog-open" '
             'class="osano-cm-dialog__content osano-cm-content"><span class="osano-cm-content__message osano-cm-message">This website uses '
             'cookies to improve your experience and to measure site usage.</span><a href="/legal/cookies" class="osano-cm-link osano-cm-storage-policy '
             'osano-cm-content__link">Cookie Policy</a></span><div class="osano-cm-dialog__buttons osano-cm-buttons"><button '
             'class="osano-cm-accept-all osano-cm-buttons__button osano-cm-button osano-cm-button--type_accept">Accept All</button>'
             '<button class="osano-cm-denyAll osano-cm-buttons__button osano-cm-button osano-cm-button--type_denyAll">Deny</button>'
             '<button class="osano-cm-manage osano-cm-buttons__button osano-cm-button osano-cm-button--type_manage">Manage Preferences</button></div>'
             '</div></div>' % ("" if s["osano"] else "osano-cm-dialog--hidden"))
    src_md = C.blocks_md(blocks, URL)
    chunks = ["framework-%s" % h("fw", n=16, alpha=False), "main-%s" % h("main", build, n=16, alpha=False),
              "pages/_app-%s" % h("app", build, n=16, alpha=False), "pages/legal/[slug]-%s" % h("slug", build, css, n=16, alpha=False)]
    head_common = ('<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
                   '<title>Privacy Policy | Pipewright</title><meta name="description" content="How Pipewright collects, uses and protects personal information."/>'
                   '<link rel="canonical" href="%s"/><meta property="og:title" content="Privacy Policy | Pipewright"/>'
                   '<meta property="og:image" content="https://pipewright.dev/og/legal.png"/>'
                   '<script src="https://cmp.osano.com/AzZdRbSKQ2mG51Qj/9b2f7c1e-4d6a-4a3e-b1d7-6e0c3f8a2b55/osano.js"></script>' % URL)
    if not app:
        nd = {"props": {"pageProps": {"doc": {"slug": "privacy", "title": "Privacy Policy", "body": src_md},
                                      "nav": "legal"}, "__N_SSG": True},
              "page": "/legal/[slug]", "query": {"slug": "privacy"}, "buildId": build, "isFallback": False,
              "gsp": True, "scriptLoader": []}
        nd_json = json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        head = (head_common + '<meta name="next-head-count" content="9"/>'
                '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
                '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
                '%s<script src="/_next/static/%s/_buildManifest.js" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script>'
                '<style data-styled="active" data-styled-version="5.3.11"></style>'
                % (h("gcss", css, n=16, alpha=False), h("gcss", css, n=16, alpha=False),
                   "".join('<script src="/_next/static/chunks/%s.js" defer=""></script>' % c for c in chunks), build, build))
        return ('<!DOCTYPE html><html lang="en"><head>%s</head><body><div id="__next"><div class="%s">%s%s%s%s</div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script>%s%s%s'
                '<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; top: 0px; width: 1px; white-space: nowrap; overflow-wrap: normal;"></p></next-route-announcer>'
                '</body></html>' % (head, sc("Page", 0), annbar, header, main, footer, nd_json, osano, intercom, recaptcha))
    # app router: RSC flight payload pushed in inline scripts carrying the CSP nonce
    flight = [json.dumps([0]), json.dumps([1, '1:"$Sreact.fragment"\n2:I[%d,["%s"],"LegalNav"]\n' % (rng_int(build), "static/chunks/app/legal/layout-" + h("lay", build, n=16, alpha=False))]),
              json.dumps([1, '3:T%x,' % len(src_md.encode()) + src_md], ensure_ascii=False),
              json.dumps([1, '0:{"b":"%s","f":[["",{"children":["legal",{"children":[["slug","privacy","d"],{"children":["__PAGE__",{}]}]}]}]],"S":false}\n' % build])]
    scripts = "".join('<script nonce="%s">self.__next_f.push(%s)</script>' % (nonce, f.replace("<", "\\u003c")) for f in flight)
    head = (head_common + '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js"/>'
            '<script src="/_next/static/chunks/%s.js" async=""></script><script src="/_next/static/chunks/main-app-%s.js" async=""></script>'
            '<meta name="next-size-adjust"/>'
            % (h("acss", css, n=16, alpha=False), h("wp", build, n=16, alpha=False), "fd9d1056-" + h("fd", build, n=16, alpha=False),
               h("ma", build, n=16, alpha=False)))
    return ('<!DOCTYPE html><html lang="en" class="__variable_%s __variable_%s"><head>%s</head><body class="%s">%s%s%s%s'
            '<script src="/_next/static/chunks/webpack-%s.js" async="" nonce="%s"></script>%s%s%s%s</body></html>'
            % (h("inter", n=6, alpha=False), h("mono", n=6, alpha=False), head, mod("layout", "body"), annbar, header, main, footer,
               h("wp", build, n=16, alpha=False), nonce, scripts, osano, intercom, recaptcha))


def rng_int(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:5], 16)


PAGE = {
    "service": "Pipewright", "url": URL, "lang": "en-US", "platform": "Next.js (styled-components, then app router + CSS modules)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 6, 3), "end": dt.date(2026, 5, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article"]},
}
