"""Tracewell (San Francisco) - en-US - Next.js app router on Vercel: legal layout with a side nav, status-page badge
and changelog teaser in the footer, announcement bar, per-deploy chunk hashes and RSC payload; the policy carries a
sub-processor table that grows over the years."""
import datetime as dt
import common as C

URL = "https://tracewell.dev/legal/privacy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Tracewell, Inc. ("Tracewell", "we", "us") builds test analytics and pipeline observability tools for software teams. This Privacy Policy explains how we collect, use and share personal information when you visit tracewell.dev, sign up for an account, install our CLI or CI integrations, or otherwise interact with us. It does not cover the data our customers send to the Tracewell platform about their own users; for that data we act as a service provider (processor) under our [Data Processing Addendum](/legal/dpa).

## 1. Information we collect

**Account information.** When you create an account we collect your name, email address, company name and, if you sign in with GitHub, GitLab or Google, your username, avatar URL and the organizations you grant us access to.

**Billing information.** Paid plans are billed through our payment processor. We receive the last four digits of your card, its expiry date, your billing address and your tax ID. We never see or store full card numbers.

**Usage and telemetry data.** Our CLI and CI integrations send test results, pipeline timings, commit SHAs, branch names and the email address of the commit author, so that we can attribute flaky tests and slow builds to the right owners. You can hash or omit author emails with the --anonymize-authors flag.

**Website and product analytics.** We collect IP address, browser type, referring URL, pages viewed and in-app events. We use first-party cookies for sign-in and, where you have consented, analytics cookies. See our [Cookie Notice](/legal/cookies).

**Communications.** If you contact support, join a community Slack channel or answer a survey, we keep what you send us.

**Information from third parties.** We receive business contact information from event organizers and partners when you attend a webinar or a conference we sponsor, and firmographic data (company size, industry) from enrichment providers so that we can route sales inquiries. If you are invited to a Tracewell organization, the person who invites you gives us your email address.

## 2. How we use information

- to provide, operate and secure the service, including detecting abuse of free CI minutes;
- to bill you and keep financial records;
- to send service notices, security alerts and, if you opted in, product updates and our changelog digest;
- to understand how the product is used and to improve it;
- to comply with legal obligations and enforce our [Terms of Service](/legal/terms).

We do not sell personal information and we do not share it for cross-context behavioral advertising.

## 3. Legal bases (EEA, UK and Switzerland)

Where the GDPR or UK GDPR applies, we rely on the performance of our contract with you, our legitimate interests in running and improving a secure developer product, your consent (for analytics cookies and marketing emails), and compliance with legal obligations.

## 4. Sub-processors

We use the following sub-processors to deliver the service. Customers can subscribe to notifications of changes on our [sub-processor page](/legal/subprocessors); we give at least 30 days' notice before a new sub-processor processes Customer Data.

| Sub-processor | Purpose | Location |
| Amazon Web Services, Inc. | Cloud hosting and storage | United States |
| Cloudflare, Inc. | CDN, DNS and DDoS protection | United States |
| Stripe, Inc. | Payment processing | United States |
| Functional Software, Inc. (Sentry) | Error monitoring | United States |
| Twilio Inc. (SendGrid) | Transactional email | United States |
| Intercom R&D Unlimited Company | Customer support messaging | Ireland |

## 5. International transfers

Tracewell is based in the United States and processes data there. When we transfer personal data from the EEA, the UK or Switzerland, we rely on the European Commission's Standard Contractual Clauses and the UK International Data Transfer Addendum, together with supplementary measures such as encryption in transit and at rest.

## 6. Retention

We keep account data for as long as your account is active. Test results and pipeline telemetry are kept for 90 days on the Free plan and 400 days on paid plans, then deleted. Billing records are kept for seven years to meet tax requirements. Backups roll off within 35 days.

## 7. Security

We encrypt data in transit with TLS 1.2 or higher and at rest with AES-256, enforce SSO and hardware keys for employee access, and are audited annually against SOC 2 Type II. Our [Security page](/security) describes our controls in more detail, and our report is available under NDA from the [Trust Center](https://trust.tracewell.dev).

## 8. Your rights and choices

Depending on where you live, you may have the right to access, correct, delete or port your personal information, to object to or restrict certain processing, and to withdraw consent. California residents have the rights described in the CCPA as amended by the CPRA, including the right to know and the right to delete; we will not discriminate against you for exercising them. To make a request, email [privacy@tracewell.dev](mailto:privacy@tracewell.dev) or use Settings → Privacy in the app. You may also lodge a complaint with your local data protection authority.

You can unsubscribe from marketing emails at any time using the link in each email. Service and security notices cannot be turned off while you have an account.

## 9. Cookies, Do Not Track and Global Privacy Control

Our website honors Global Privacy Control signals as a request to opt out of the sharing of personal information for the jurisdictions where such a signal is legally recognized. We do not respond to Do Not Track headers, because there is no common standard for them. You can change your cookie choices at any time through the Cookie settings link in the footer.

## 10. Children

Tracewell is a professional tool and is not directed at children under 16. We do not knowingly collect their personal information.

## 11. Changes

We may update this policy from time to time. If changes are material we will notify account owners by email at least 14 days before they take effect.

## 12. Contact

@ Tracewell, Inc.
@ Attn: Privacy
@ 548 Market St PMB 71234
@ San Francisco, CA 94104
@ [privacy@tracewell.dev](mailto:privacy@tracewell.dev)

Our EU representative under Article 27 GDPR is VeraSafe Ireland Ltd., Unit 3D North Point House, North Point Business Park, New Mallow Road, Cork T23AT2P, Ireland.
"""

EDITS = [
    {"note": "sub-processor table: transactional email moved from Twilio SendGrid to Postmark (ActiveCampaign); Snowflake added for analytics warehouse",
     "repl": [("| Twilio Inc. (SendGrid) | Transactional email | United States |",
               "| ActiveCampaign, LLC (Postmark) | Transactional email | United States |"),
              ("| Intercom R&D Unlimited Company | Customer support messaging | Ireland |",
               "| Intercom R&D Unlimited Company | Customer support messaging | Ireland |\n| Snowflake Inc. | Analytics data warehouse | United States |")]},
    {"note": "silent wording fix: Free-plan retention sentence clarified (30-day export window); date not bumped", "bump": False,
     "repl": [("then deleted. Billing records", "then deleted; you can export them during the 30 days that follow. Billing records")]},
    {"note": "international transfers: EU-U.S. Data Privacy Framework (and UK Extension, Swiss-U.S. DPF) certification added, SCCs kept as fallback",
     "repl": [("When we transfer personal data from the EEA, the UK or Switzerland, we rely on the European Commission's Standard Contractual Clauses and the UK International Data Transfer Addendum, together with supplementary measures such as encryption in transit and at rest.",
               "Tracewell, Inc. participates in and has certified its compliance with the EU-U.S. Data Privacy Framework, the UK Extension to the EU-U.S. DPF and the Swiss-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce. You can view our certification on the [Data Privacy Framework website](https://www.dataprivacyframework.gov/list). Where the DPF does not apply, we rely on the European Commission's Standard Contractual Clauses and the UK International Data Transfer Addendum, together with supplementary measures such as encryption in transit and at rest.\n\nIf you have a complaint about our DPF compliance that we cannot resolve, you may refer it free of charge to JAMS, our independent recourse mechanism, and in some cases invoke binding arbitration. Tracewell is subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission.")]},
    {"note": "new section on Tracewell Assist (AI features): OpenAI and Anthropic added as sub-processors, no training on customer data, zero retention",
     "repl": [("## 3. Legal bases (EEA, UK and Switzerland)",
               "**AI features.** If your organization enables Tracewell Assist, the test logs, stack traces and code snippets you select are sent to our AI providers to generate failure summaries and fix suggestions. Our providers process these inputs under zero-data-retention terms and may not use them to train their models, and neither do we. Admins can disable Tracewell Assist for the whole organization.\n\n## 3. Legal bases (EEA, UK and Switzerland)"),
              ("| Snowflake Inc. | Analytics data warehouse | United States |",
               "| Snowflake Inc. | Analytics data warehouse | United States |\n| OpenAI, L.L.C. | AI-generated failure summaries (Tracewell Assist) | United States |\n| Anthropic, PBC | AI-generated failure summaries (Tracewell Assist) | United States |")]},
    {"note": "EU data residency: new EU region (AWS Frankfurt), hosting row location changed, retention of telemetry on Enterprise plan configurable",
     "repl": [("| Amazon Web Services, Inc. | Cloud hosting and storage | United States |",
               "| Amazon Web Services, Inc. | Cloud hosting and storage | United States; Germany (EU region) |"),
              ("Tracewell is based in the United States and processes data there.",
               "Tracewell is based in the United States and processes data there by default. Organizations on the Team and Enterprise plans can choose to store test results and pipeline telemetry in our EU region (AWS eu-central-1, Frankfurt); account, billing and support data is still processed in the United States."),
              ("400 days on paid plans, then deleted",
               "400 days on paid plans (Enterprise customers can configure a period between 30 days and 3 years), then deleted")]},
]

CHANGELOG = [
    ("v2.31", "Quarantine flaky tests automatically"), ("v2.32", "GitLab merge request annotations"),
    ("v2.33", "Test ownership from CODEOWNERS"), ("v2.34", "Bazel remote cache insights"),
    ("v2.35", "Slack digest for failing suites"), ("v2.36", "Retry heatmaps"),
    ("v2.37", "Buildkite plugin 1.0"), ("v2.38", "Per-branch flake budgets"),
    ("v2.39", "Self-hosted runner metrics"), ("v2.40", "JUnit XML streaming"),
    ("v2.41", "Compare runs across commits"), ("v2.42", "CLI: tw upload --shard"),
    ("v2.43", "Pytest plugin rewrite"), ("v2.44", "Saved views for dashboards"),
]
ANNOUNCE = [
    ("Tracewell Flows is now generally available", "/blog/flows-ga"),
    ("New: GitHub Actions cost insights", "/changelog"),
    ("Join our live demo on flaky tests this Thursday", "/webinars/flaky-tests"),
    ("We're hiring platform engineers in Lisbon and SF", "/careers"),
    ("Read the 2025 State of CI report", "/reports/state-of-ci"),
]
STATUS = [("operational", "All systems operational", 0.8), ("minor", "Degraded performance", 0.09),
          ("major", "Partial outage", 0.05), ("maintenance", "Scheduled maintenance in progress", 0.06)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.7,
                            lambda: ("dpl_" + C.alnum(rng, 24), C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    r = rng.random()
    acc = 0
    for key, label, p in STATUS:
        acc += p
        if r < acc:
            break
    s["status"] = (key, label)
    k = (when.toordinal() // 9) % len(CHANGELOG)
    s["changelog"] = CHANGELOG[k]
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.35, lambda: rng.randrange(len(ANNOUNCE)))
    s["stars"] = 2100 + i * 61 + rng.randint(0, 40)
    return s


LABELS = {
    "nonce": "per-request CSP nonce on inline scripts",
    "deploy": "Vercel deployment id, Next.js build id and chunk hashes",
    "status": "status-page badge in footer (statuspage summary)",
    "changelog": "footer changelog teaser (latest release)",
    "announce": "announcement bar above the header",
    "stars": "GitHub stars counter on the header's CLI link",
}

NAV = [("/legal/terms", "Terms of Service"), ("/legal/privacy", "Privacy Policy"), ("/legal/dpa", "Data Processing Addendum"),
       ("/legal/subprocessors", "Sub-processors"), ("/legal/cookies", "Cookie Notice"), ("/legal/aup", "Acceptable Use Policy"),
       ("/security", "Security")]


def render(s, blocks, when):
    nonce = s["nonce"]
    dpl, build, c1, c2 = s["deploy"]
    skey, slabel = s["status"]
    ver, title = s["changelog"]
    ann = ANNOUNCE[s["announce"]]
    article = C.blocks_html(blocks)
    nav = "".join('<li><a class="legal-nav__link%s" href="%s"%s>%s</a></li>'
                  % (" legal-nav__link--active" if h == "/legal/privacy" else "", h,
                     ' aria-current="page"' if h == "/legal/privacy" else "", t) for h, t in NAV)
    head = ('<head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js"/>'
            '<script src="/_next/static/chunks/main-app-%s.js" async=""></script>'
            '<title>Privacy Policy | Tracewell</title><meta name="description" content="How Tracewell collects, uses and protects personal information."/>'
            '<link rel="canonical" href="%s"/><meta property="og:image" content="https://tracewell.dev/og/legal.png"/>'
            '<script nonce="%s">(function(){var t=localStorage.getItem("tw-theme");document.documentElement.dataset.theme=t||"system"})()</script>'
            '</head>' % (c1, c2, c1[:8], URL, nonce))
    banner = ('<div class="announcement-bar" role="region" aria-label="Announcement"><a href="%s">%s <span aria-hidden="true">&rarr;</span></a></div>' % (ann[1], ann[0]))
    header = ('<header class="site-header"><div class="container site-header__inner">'
              '<a class="site-header__logo" href="/" aria-label="Tracewell home"><svg width="28" height="28" viewBox="0 0 28 28"><path d="M4 14h6l3-8 4 16 3-8h4" stroke="currentColor" fill="none" stroke-width="2"/></svg><span>Tracewell</span></a>'
              '<nav class="site-nav" aria-label="Main"><ul><li><a href="/product">Product</a></li><li><a href="/docs">Docs</a></li>'
              '<li><a href="/pricing">Pricing</a></li><li><a href="/customers">Customers</a></li><li><a href="/changelog">Changelog</a></li></ul></nav>'
              '<div class="site-header__actions"><a class="gh-stars" href="https://github.com/tracewell/tw-cli">tw-cli <span class="gh-stars__count">%s</span></a>'
              '<a class="btn btn--ghost" href="https://app.tracewell.dev/login">Sign in</a><a class="btn btn--primary" href="https://app.tracewell.dev/signup">Start free</a></div>'
              '</div></header>' % ("{:,}".format(s["stars"]) if s["stars"] < 10000 else "%.1fk" % (s["stars"] / 1000)))
    main = ('<main id="main" class="legal-layout container"><aside class="legal-nav" aria-label="Legal"><p class="legal-nav__title">Legal</p><ul>%s</ul>'
            '<a class="legal-nav__pdf" href="/legal/privacy.pdf">Download PDF</a></aside>'
            '<article class="prose prose-zinc legal-content">\n%s\n</article></main>' % (nav, article))
    footer = ('<footer class="site-footer"><div class="container site-footer__grid">'
              '<div class="site-footer__brand"><p>Tracewell</p><p class="muted">Ship with confidence.</p>'
              '<a class="status-badge status-badge--%s" href="https://status.tracewell.dev" target="_blank" rel="noopener"><span class="status-badge__dot"></span>%s</a></div>'
              '<div><p class="site-footer__heading">Product</p><ul><li><a href="/product/test-analytics">Test Analytics</a></li><li><a href="/product/flows">Flows</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/changelog">Changelog</a></li></ul></div>'
              '<div><p class="site-footer__heading">Company</p><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/blog">Blog</a></li><li><a href="/security">Security</a></li><li><a href="https://trust.tracewell.dev">Trust Center</a></li></ul></div>'
              '<div class="changelog-teaser"><p class="site-footer__heading">Latest release</p><a href="/changelog#%s"><span class="changelog-teaser__tag">%s</span> %s</a></div>'
              '</div><div class="container site-footer__legal"><p>&copy; %d Tracewell, Inc.</p><ul><li><a href="/legal/privacy">Privacy</a></li><li><a href="/legal/terms">Terms</a></li>'
              '<li><button type="button" class="linklike" data-cookie-settings="">Cookie settings</button></li><li><a href="/legal/privacy#8-your-rights-and-choices">Do Not Sell or Share My Personal Information</a></li></ul></div></footer>'
              % (skey, slabel, ver.replace(".", "-"), ver, title, when.year))
    rsc = ('<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0])</script>'
           '<script nonce="%s">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"%s\\",[\\"static/chunks/app/legal/layout-%s.js\\"],\\"LegalNav\\"]\\n0:{\\"b\\":\\"%s\\",\\"p\\":\\"\\",\\"c\\":[\\"\\",\\"legal\\",\\"privacy\\"]}\\n"])</script>'
           % (nonce, nonce, c2[:6], c2[6:], build))
    return ('<!DOCTYPE html><html lang="en" data-dpl-id="%s" class="__variable_a7c1e2 __variable_3f9b0d">%s<body>'
            '<a class="skip-link" href="#main">Skip to content</a>%s%s%s%s%s'
            '<script nonce="%s" src="https://cdn.usefathom.com/script.js" data-site="TWLXQKRD" defer=""></script></body></html>\n'
            % (dpl, head, banner, header, main, footer, rsc, nonce))


PAGE = {
    "service": "Tracewell", "url": URL, "lang": "en-US", "platform": "Next.js (app router) on Vercel",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 11, 8), "end": dt.date(2026, 4, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-content"]},
}
