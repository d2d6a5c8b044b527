"""Fernwave (edge/hosting platform) - en-US - Next.js marketing site: pages router with CSS modules and
__NEXT_DATA__ until June 2024, then app router + Tailwind with RSC flight data; per-request CSP nonces,
A/B-tested promo bar, live network figures, status pill, DPO contact form inside the policy article."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://fernwave.com/legal/privacy"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """
# Privacy Policy

Last updated: {UPDATED}

Fernwave, Inc. ("Fernwave", "we", "us") runs a global edge network that hosts, caches and computes web applications for developers and businesses. This Privacy Policy explains what personal information we collect when you visit fernwave.com, create an account, or use the Fernwave platform, and what choices you have.

For personal information contained in content that our customers deploy or route through Fernwave ("Customer Content"), we act as a service provider or processor under our [Data Processing Addendum](/legal/dpa), and the customer's own privacy policy applies.

## Information we collect

- **Account information:** your name, email address, team name, and the login identity you connect (GitHub, GitLab, Bitbucket or SAML single sign-on).
- **Billing information:** billing address, tax identifiers and the last four digits of your card. Full card numbers are handled by our payment processor.
- **Edge request logs:** IP address, requested URL, user agent, response status and timing for requests that pass through our network.
- **Website and product usage:** pages viewed, features used and device information, collected with cookies and similar technologies as described in our [Cookie Policy](/legal/cookies).

## How we use information

We use personal information to provide and secure the platform, to detect and mitigate abuse and denial-of-service attacks, to bill for usage, to provide support, and to send you service announcements. With your consent, or where permitted by law, we also send product news, which you can unsubscribe from at any time.

## Subprocessors

We use the following subprocessors to provide the Fernwave platform:

| Subprocessor | Purpose | Location |
| Amazon Web Services, Inc. | Cloud infrastructure and build execution | United States |
| Stripe, Inc. | Payment processing | United States |
| Google LLC | Workspace email and support ticketing | United States |
| Sentry (Functional Software, Inc.) | Error monitoring | United States |

## Data retention

Edge request logs are retained for 30 days. Build logs are kept for the lifetime of the deployment. Account information is retained while your account is active and deleted within 60 days after you close it, unless we must keep it longer to comply with legal obligations.

## International data transfers

Fernwave is headquartered in the United States. When we transfer personal information from the European Economic Area, the United Kingdom or Switzerland, we rely on the European Commission's Standard Contractual Clauses.

## Your privacy rights

Depending on where you live, you may have the right to access, correct, delete or port your personal information and to object to or restrict its processing. Residents of California, Virginia and Colorado have additional rights under their state privacy laws. We do not sell personal information.

To exercise your rights, use our [privacy request form](https://fernwave.com/privacy-request) or email [privacy@fernwave.com](mailto:privacy@fernwave.com). We will not discriminate against you for exercising your rights.

## Contact us

@ Fernwave, Inc.
@ Attn: Privacy
@ 548 Market Street, PMB 72296
@ San Francisco, CA 94104
"""

EDITS = [
    {"note": "subprocessors table: Snowflake row added (usage analytics)",
     "repl": [("| Sentry (Functional Software, Inc.) | Error monitoring | United States |",
               "| Sentry (Functional Software, Inc.) | Error monitoring | United States |\n| Snowflake Inc. | Usage analytics data warehouse | United States |")]},
    {"note": "edge request log retention 30 -> 14 days",
     "repl": [("Edge request logs are retained for 30 days.", "Edge request logs are retained for 14 days, or longer when a customer enables Log Drains.")]},
    {"note": "international transfers: EU-U.S. Data Privacy Framework certification added",
     "repl": [("we rely on the European Commission's Standard Contractual Clauses.",
               "we rely on our certification under the EU-U.S. Data Privacy Framework, the UK Extension and the Swiss-U.S. Data Privacy Framework, and on the European Commission's Standard Contractual Clauses.")]},
    {"note": "state privacy rights list grows (Connecticut, Utah, Texas, Oregon added)",
     "repl": [("Residents of California, Virginia and Colorado have additional rights",
               "Residents of California, Colorado, Connecticut, Oregon, Texas, Utah and Virginia have additional rights")]},
    {"note": "privacy request form link retargeted to privacy.fernwave.com (date not bumped)", "bump": False,
     "repl": [("[privacy request form](https://fernwave.com/privacy-request)",
               "[privacy request form](https://privacy.fernwave.com/requests/new)")]},
]

REDESIGN = dt.datetime(2024, 6, 18)
PROMOS = {"a": ("Fernwave Functions now run in 42 regions", "/blog/functions-42-regions", "Learn more"),
          "b": ("New: Fernwave AI Gateway. Route, cache and rate-limit LLM calls at the edge", "/ai-gateway", "Try it free")}
STATUS = [("operational", "All systems normal"), ("degraded", "Degraded performance in Frankfurt (FRA)"),
          ("operational", "All systems normal"), ("maintenance", "Scheduled maintenance: build cluster iad1")]
LEGAL = [("Terms of Service", "/legal/terms"), ("Privacy Policy", "/legal/privacy"), ("Cookie Policy", "/legal/cookies"),
         ("Data Processing Addendum", "/legal/dpa"), ("Subprocessors", "/legal/subprocessors"),
         ("Acceptable Use Policy", "/legal/aup"), ("Security", "/security")]
RELATED = [("How we handle abuse reports at the edge", "/blog/abuse-reports"), ("Fernwave is now SOC 2 Type II", "/blog/soc2"),
           ("Introducing regional log storage", "/blog/regional-logs"), ("Our 2024 transparency report", "/blog/transparency-2024"),
           ("GDPR and edge caching: a practical guide", "/blog/gdpr-edge-caching")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["design"] = "app" if when >= REDESIGN else "pages"
    s["build"] = C.keep_or(rng, prev.get("build"), 0.6, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["cssmod"] = (C.keep_or(rng, prev.get("cssmod"), 0.25, lambda: tuple(C.alnum(rng, 5) for _ in range(6)))
                   if s["design"] == "pages" else None)
    s["promo"] = rng.choice("ab")
    s["network"] = (round(48 + i * 0.9 + rng.random() * 3, 1), 280 + i + rng.randint(0, 3))
    s["status"] = C.keep_or(rng, prev.get("status"), 0.3, lambda: rng.randrange(len(STATUS)))
    s["related"] = (C.keep_or(rng, prev.get("related"), 0.5, lambda: tuple(rng.sample(range(len(RELATED)), 3)))
                    if s["design"] == "app" else None)
    s["csrf"] = C.alnum(rng, 40)
    return s


LABELS = {
    "nonce": "per-request CSP nonce on every script/style tag",
    "design": "pages router -> app router redesign (new header/legal layout; h1 and date moved into a page header)",
    "build": "Next.js buildId / chunk hashes",
    "cssmod": "CSS-module class-name hashes",
    "promo": "A/B-tested promo bar (experiment variant)",
    "network": "live network figures in footer (requests/s, cities)",
    "status": "status-page pill",
    "related": "'Related reading' cards after the policy",
    "csrf": "CSRF token of the DPO contact form inside the policy article",
}


def _slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def _nl(h):
    """MDX keeps the source's line breaks as "\n" text children between block elements."""
    return re.sub(r"(</(?:li|td|th|tr|p|h[1-6]|ul|table|thead|tbody)>|<br>)", "\\1\n", h)


def _content(blocks, form):
    out = []
    for b in blocks:
        if b[0] == "h2":
            out.append('<h2 id="%s">%s</h2>' % (_slug(b[1]), C.inline_html(b[1])))
            if b[1] == "Contact us":
                pass
        elif b[0] == "table":
            out.append('<div class="table-wrapper">%s</div>' % C.block_html(b))
        else:
            out.append(C.block_html(b))
    # the MDX file ends with the <DpoContactForm /> component
    out.append(form)
    return _nl("\n".join(out))


def render(s, blocks, when):
    n = s["nonce"]
    build_id, wp, fw = s["build"]
    cm = s["cssmod"]
    pt, pu, pc = PROMOS[s["promo"]]
    rps, cities = s["network"]
    st_kind, st_text = STATUS[s["status"]]
    legal_nav = "".join('<li><a href="%s"%s>%s</a></li>' % (u, ' aria-current="page"' if u == "/legal/privacy" else "", t)
                        for t, u in LEGAL)
    if s["design"] == "pages":
        form = ('<section class="DpoContactForm_wrapper__%s"><h3 class="DpoContactForm_title__%s">Contact our Data Protection Officer</h3>'
                '<form action="/api/privacy/contact" method="post" class="DpoContactForm_form__%s"><input type="hidden" name="csrfToken" value="%s">'
                '<label>Name<input name="name" required></label><label>Work email<input name="email" type="email" required></label>'
                '<label>Your request<textarea name="message" rows="5"></textarea></label><button type="submit">Send</button></form></section>'
                % (cm[3], cm[3], cm[3], s["csrf"]))
        article = ('<article class="LegalDocument_article__%s" data-doc="privacy">\n%s\n%s\n%s\n</article>'
                   % (cm[0], C.block_html(blocks[0]), C.block_html(blocks[1]), _content(blocks[2:], form)))
        body = ('<div class="PromoBar_bar__%s" data-experiment="promo-q3" data-variant="%s"><a href="%s">%s <span>%s →</span></a></div>'
                '<header class="SiteHeader_header__%s"><a href="/" class="SiteHeader_logo__%s" aria-label="Fernwave home"><svg viewBox="0 0 120 24"><title>Fernwave</title></svg></a>'
                '<nav><a href="/platform">Platform</a><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/customers">Customers</a><a href="/blog">Blog</a></nav>'
                '<a href="/login">Log in</a><a href="/signup" class="Button_primary__%s">Start deploying</a></header>'
                '<main class="LegalLayout_main__%s"><div class="LegalLayout_grid__%s"><nav class="LegalNav_nav__%s" aria-label="Legal"><ul>%s</ul></nav>%s</div></main>'
                '<footer class="SiteFooter_footer__%s"><div class="SiteFooter_network__%s">Serving %.1fM requests per second from %d cities</div>'
                '<a class="StatusPill_pill__%s StatusPill_%s__%s" href="https://www.fernwavestatus.com">%s</a>'
                '<p>© %d Fernwave, Inc.</p></footer>'
                '<div class="CookieBanner_banner__%s" role="dialog" aria-label="Cookie consent"><p>We use cookies to measure and improve our site. See our <a href="/legal/cookies">Cookie Policy</a>.</p><button>Accept</button><button>Decline</button></div>'
                % (cm[1], s["promo"], pu, pt, pc, cm[2], cm[2], cm[4], cm[5], cm[5], cm[5], legal_nav, article, cm[1],
                   cm[1], rps, cities, cm[4], st_kind, cm[4], st_text, when.year, cm[2]))
        data = {"props": {"pageProps": {"slug": "privacy", "title": "Privacy Policy",
                                        "source": {"compiledSource": "/*@jsxRuntime automatic @jsxImportSource react*/\n"
                                                   + json.dumps([b[1] if isinstance(b[1], str) else " ".join(map(str, b[1])) for b in blocks], ensure_ascii=False)[:1800]},
                                        "legalNav": [{"title": t, "href": u} for t, u in LEGAL]},
                          "__N_SSG": True},
                "page": "/legal/[slug]", "query": {"slug": "privacy"}, "buildId": build_id, "isFallback": False,
                "gsp": True, "scriptLoader": []}
        scripts = ('<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>'
                   % (n, json.dumps(data, separators=(",", ":")).replace("</", "<\\/")))
        head = ('<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g="">'
                '<noscript data-n-css="%s"></noscript>'
                '<script defer="" nonce="%s" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
                '<script src="/_next/static/chunks/webpack-%s.js" nonce="%s" defer=""></script>'
                '<script src="/_next/static/chunks/framework-%s.js" nonce="%s" defer=""></script>'
                '<script src="/_next/static/chunks/pages/legal/%%5Bslug%%5D-%s.js" nonce="%s" defer=""></script>'
                '<script src="/_next/static/%s/_buildManifest.js" nonce="%s" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" nonce="%s" defer=""></script>'
                % (fw, n, fw, n, n, n, wp, n, "2114ac6dbf3b1a30", n, wp[::-1], n, build_id, n, build_id, n))
        return ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Privacy Policy | Fernwave</title>'
                '<meta name="description" content="How Fernwave collects, uses and protects personal information."><link rel="canonical" href="%s">'
                '<meta name="next-head-count" content="5">%s</head><body><div id="__next">%s</div>%s</body></html>'
                % (URL, head, body, scripts))
    # app router + Tailwind
    form = ('<div data-component="dpo-form" class="not-prose mt-12 rounded-xl border border-neutral-200 p-6"><h3 class="text-lg font-semibold">Contact our Data Protection Officer</h3>'
            '<form action="/api/privacy/contact" method="post" class="mt-4 grid gap-4"><input type="hidden" name="csrfToken" value="%s">'
            '<label class="grid gap-1 text-sm">Name<input name="name" class="rounded-md border px-3 py-2" required></label>'
            '<label class="grid gap-1 text-sm">Work email<input name="email" type="email" class="rounded-md border px-3 py-2" required></label>'
            '<label class="grid gap-1 text-sm">Your request<textarea name="message" rows="5" class="rounded-md border px-3 py-2"></textarea></label>'
            '<button type="submit" class="rounded-md bg-black px-4 py-2 text-white">Send</button></form></div>' % s["csrf"])
    related = "".join('<article class="rounded-lg border p-4"><a href="%s" class="font-medium">%s</a></article>' % (RELATED[k][1], RELATED[k][0])
                      for k in s["related"])
    body = ('<div class="bg-black text-white text-sm text-center py-2" data-experiment="promo-q3" data-variant="%s"><a href="%s">%s <span class="underline">%s</span></a></div>'
            '<header class="sticky top-0 z-40 border-b bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-6">'
            '<a href="/" aria-label="Fernwave home"><svg viewBox="0 0 120 24" class="h-6"><title>Fernwave</title></svg></a>'
            '<nav class="hidden gap-6 text-sm md:flex"><a href="/platform">Platform</a><a href="/ai-gateway">AI Gateway</a><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/customers">Customers</a><a href="/blog">Blog</a></nav>'
            '<div class="flex gap-3"><a href="/login" class="text-sm">Log in</a><a href="/signup" class="rounded-full bg-black px-4 py-1.5 text-sm text-white">Start deploying</a></div></div></header>'
            '<main id="main"><div class="mx-auto max-w-7xl px-6 py-16 lg:grid lg:grid-cols-[240px_1fr] lg:gap-16">'
            '<aside class="hidden lg:block"><nav aria-label="Legal" class="sticky top-24"><p class="mb-3 font-mono text-xs uppercase tracking-wider text-neutral-500">Legal</p><ul class="space-y-2 text-sm">%s</ul></nav></aside>'
            '<div><header class="border-b border-neutral-200 pb-8"><p class="font-mono text-xs uppercase tracking-wider text-neutral-500">Legal</p>'
            '<h1 class="mt-2 text-4xl font-semibold tracking-tight">%s</h1>\n<p class="mt-4 text-neutral-600">%s</p></header>\n'
            '<div id="legal-content" class="prose prose-neutral mt-10 max-w-none">\n%s\n</div>'
            '<section class="mt-16 border-t pt-10"><h2 class="text-xl font-semibold">Related reading</h2><div class="mt-6 grid gap-4 md:grid-cols-3">%s</div></section></div></div></main>'
            '<footer class="border-t bg-neutral-50"><div class="mx-auto max-w-7xl px-6 py-12 text-sm">'
            '<p class="font-mono">Serving %.1fM requests per second from %d cities</p>'
            '<a class="status status-%s inline-flex items-center gap-2" href="https://www.fernwavestatus.com"><span class="h-2 w-2 rounded-full"></span>%s</a>'
            '<p class="mt-6 text-neutral-500">© %d Fernwave, Inc.</p></div></footer>'
            '<div id="fw-consent" role="dialog" aria-label="Cookie consent" class="fixed bottom-4 left-4 max-w-sm rounded-lg border bg-white p-4 text-sm shadow-lg"><p>We use cookies to measure and improve our site. See our <a href="/legal/cookies">Cookie Policy</a>.</p><button>Accept</button><button>Decline</button></div>'
            % (s["promo"], pu, pt, pc, legal_nav, C.inline_html(blocks[0][1]), C.inline_html(blocks[1][1]),
               _content(blocks[2:], form), related, rps, cities, st_kind, st_text, when.year))
    flight = json.dumps([b[1] for b in blocks if isinstance(b[1], str)], ensure_ascii=False)[:1500]
    scripts = ('<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0])</script>'
               '<script nonce="%s">self.__next_f.push([1,%s])</script>'
               '<script nonce="%s">self.__next_f.push([1,%s])</script>'
               % (n, n, json.dumps('1:HL["/_next/static/css/%s.css","style"]\n0:{"P":null,"b":"%s","p":"","c":["","legal","privacy"],"i":false}\n'
                                   % (fw, build_id)), n, json.dumps("5:" + flight)))
    head = ('<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next" nonce="%s">'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js" nonce="%s">'
            '<script src="/_next/static/chunks/main-app-%s.js" async="" nonce="%s"></script>'
            '<script src="/_next/static/chunks/app/legal/%%5Bslug%%5D/page-%s.js" async="" nonce="%s"></script>'
            % (fw, n, wp, n, wp[:8] + fw[:8], n, wp[::-1], n))
    return ('<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s'
            '<title>Privacy Policy | Fernwave</title><meta name="description" content="How Fernwave collects, uses and protects personal information.">'
            '<link rel="canonical" href="%s"></head><body class="antialiased">%s%s</body></html>' % (head, URL, body, scripts))


PAGE = {
    "service": "Fernwave", "url": URL, "lang": "en-US", "platform": "Next.js",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 4, 30), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "main h1", "endAfter": "#legal-content"}],
                    "remove": ['[data-component="dpo-form"]']},
    "history": [{"fetch": URL, "select": ["main article"], "remove": ['[class*="DpoContactForm_"]'],
                 "validUntil": "2024-06-18T00:00:00Z"}],
}
