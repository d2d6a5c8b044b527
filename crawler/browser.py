"""Pages that need a browser: when to render a page in headless Chromium, and how to ask for it.

Escalation, not a mode. Every page is first fetched as plain HTML; it is sent to the browser only when

  challenge     the HTML is a bot challenge a browser may pass (archive.extract.checks.is_challenge)
  empty_body    the <body> has no text at all, but scripts
  js_shell      the page's content (outside header, nav, footer and aside) is under 20 words and the page has a
                script or a meta refresh (archive.extract.checks.is_js_shell: the JavaScript-only shell)
  script_links  discovery found no policy link on a homepage whose links are built by script
                (`links_script_built`)
  always        --browser always (or a seed's browser=always): every homepage and policy page is rendered

The decision is a pure function of the HTML (`needs_browser`, `links_script_built`), made on the plain
response; it reuses the extractor's own challenge and shell checks so that what the archive would reject as
`challenge` is what the crawler renders. Both the plain response and the rendering are kept: the spider
hands the pipeline the rendered DOM as a `browser` capture together with the plain response, which becomes a
capture of its own (`html`, with the same escalation reason), both through `archive.record`.

This module imports neither Playwright nor scrapy-playwright (a crawl that never renders does not pay for
them): crawler/browser_handler.py routes a crawl's requests, and creates the Chromium handler
(crawler/chromium.py) at the first page to render.

For a caller outside a crawl (`classify URL`): `fetch_with_escalation(url)` fetches one URL the same way.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from archive.extract import checks, clean
from archive.extract import html as xhtml

log = logging.getLogger(__name__)

MODES = ("never", "auto", "always")
REASONS = ("challenge", "empty_body", "js_shell", "script_links", "always")
SHELL_WORDS = 20  # fewer content words than this is a JavaScript shell (archive.extract.checks.is_js_shell's bound)
MIN_LINKS = 3  # a homepage with fewer links than this has no navigation of its own in plain HTML
RECOUNT_BELOW = 300  # content words under which furniture is taken out before counting (a policy has more)
CHALLENGE_WORDS = 150  # archive.extract.checks.is_challenge's bound: a marker counts only on a page with fewer
MARKER_RECOUNT_BELOW = 2000  # a page with a challenge marker and fewer words is recounted without furniture (a
# consent dialog holds hundreds of words; a policy, thousands): the marker search is the costly part

_SCRIPTISH = re.compile(rb"<script\b|http-equiv\s*=\s*[\"']?refresh", re.I)
_NOT_EXECUTABLE = re.compile(r"json|template|text/(?!javascript)|x-", re.I)  # data blocks, templates
_BUILDS_LINKS = re.compile(r"""<a\s[^<>]{0,200}?href|createElement\(\s*["']a["']\s*\)""", re.I)  # writes an <a>
_FOOTER = re.compile(r"(?:^|[\s_-])(?:site-?)?footer(?:$|[\s_-])", re.I)
_CHROME = "header|nav|footer|aside"


def _html_type(content_type: str | None, body: bytes) -> bool:
    ctype = (content_type or "").lower()
    if not ctype:
        return body[:5] != b"%PDF-"
    return "html" in ctype


def _executable_scripts(tree) -> list:
    return [s for s in tree.iter("script") if not _NOT_EXECUTABLE.search(s.get("type") or "")]


_INERT = {"script", "style", "noscript", "template"}
_CHROME_TAGS = set(_CHROME.split("|"))


def _body_words(tree) -> tuple[int, int]:
    """Words of the <body>'s text without scripts, styles, noscript and templates; and of those, the words
    outside the page's header, nav, footer and aside (its content). One walk over the tree."""
    from lxml import etree

    body = tree.find("body")
    if body is None:
        return 0, 0
    every, content = [], []
    inert = chrome = 0
    for event, el in etree.iterwalk(body, events=("start", "end", "comment", "pi")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event in ("comment", "pi"):  # their text is not shown; what follows them is
            if el.tail and not inert:
                every.append(el.tail)
                if not chrome:
                    content.append(el.tail)
            continue
        if event == "start":
            if tag in _INERT:
                inert += 1
            elif tag in _CHROME_TAGS:
                chrome += 1
            if tag and not inert and el.text:
                every.append(el.text)
                if not chrome:
                    content.append(el.text)
        else:
            if tag in _INERT:
                inert -= 1
            elif tag in _CHROME_TAGS:
                chrome -= 1
            if el.tail and not inert and el is not body:
                every.append(el.tail)
                if not chrome:
                    content.append(el.tail)
    return checks.words(" ".join(every)), checks.words(" ".join(content))


def needs_browser(body: bytes, content_type: str | None = None, url: str = "", *, homepage: bool = False) -> str | None:
    """Why this plain HTTP response must be rendered in a browser, or None when the HTML can be read as it is.

    `body` is the raw response body (bytes), `content_type` its Content-Type header; the result is one of
    'challenge', 'empty_body', 'js_shell' (see the module's docstring) or None. Only HTML is considered: a
    PDF, XML or plain text is never rendered. A page with no script and no meta refresh is never a shell, so
    a plain page costs one byte scan, not a parse. A `homepage` is read for its links: with MIN_LINKS links
    or more it is not a shell (discovery can use them; `links_script_built` decides if it finds no policy
    link there). Pure: no I/O, no settings."""
    if not body or not _html_type(content_type, body) or not _SCRIPTISH.search(body):
        return None
    text = xhtml.decode(body, content_type)
    tree = xhtml.parse(text)
    if tree is None:
        return None
    scripts = _executable_scripts(tree)
    links = len(tree.xpath("//body//a[@href]")) if homepage else 0
    total, content = _body_words(tree)
    navigable = homepage and links >= MIN_LINKS
    if not navigable and (SHELL_WORDS <= content < RECOUNT_BELOW or (
            CHALLENGE_WORDS <= total < MARKER_RECOUNT_BELOW and checks.is_challenge(text, 0))):
        # near a bound: count as the extractor will, without page furniture (cookie and consent banners,
        # menus...: archive.extract.clean.preclean), which can fill an otherwise empty page
        clean.preclean(tree)
        total, content = _body_words(tree)
    if checks.is_challenge(text, total):
        return "challenge"
    if total == 0 and scripts:
        return "empty_body"
    if (scripts or "refresh" in text.lower()) and checks.is_js_shell(text, content):
        if navigable:
            return None
        return "js_shell"
    return None


def links_script_built(body: bytes | str, content_type: str | None = None) -> bool:
    """Are this homepage's links built by script? True when the page runs scripts and either has fewer than
    MIN_LINKS links of its own, or a footer (<footer>, role=contentinfo, id or class 'footer') and every
    footer it has is empty, or an inline script writes links (an '<a ... href' string, createElement('a')).
    Asked only when discovery found no policy link in the plain HTML. Pure."""
    text = body if isinstance(body, str) else xhtml.decode(body, content_type)
    if not _SCRIPTISH.search(text.encode("utf-8", "replace")):
        return False
    tree = xhtml.parse(text)
    if tree is None:
        return False
    scripts = _executable_scripts(tree)
    if not scripts:
        return False
    if len(tree.xpath("//body//a[@href]")) < MIN_LINKS:
        return True
    footers = [el for el in tree.iter() if isinstance(el.tag, str) and (
        el.tag.lower() == "footer" or el.get("role") == "contentinfo"
        or _FOOTER.search(f" {el.get('id') or ''} {el.get('class') or ''} "))]
    if footers and all(not el.xpath(".//a[@href]") and not (el.text_content() or "").strip() for el in footers):
        return True
    return any(_BUILDS_LINKS.search(s.text or "") for s in scripts if not s.get("src"))


# --- the escalated request ---------------------------------------------------------------------------
_WORDS_JS = r"""(text) => {
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) || []).length;
  return (text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, " ").match(/\p{L}+/gu) || []).length
         + Math.floor(cjk / 2);
}"""
SETTLED_JS = r"""([minWords, quietMs]) => {
  const body = document.body;
  if (!body) return false;
  const text = body.innerText || "";
  const sig = document.getElementsByTagName("*").length + ":" + text.length;
  const now = performance.now();
  const s = window.__policyArchiveSettle || (window.__policyArchiveSettle = {sig: null, since: now});
  if (s.sig !== sig) { s.sig = sig; s.since = now; return false; }
  if (now - s.since < quietMs) return false;
  return (""" + _WORDS_JS + r""")(text) >= minWords;
}"""
WORDS_JS = "() => (" + _WORDS_JS + ")(document.body ? document.body.innerText || '' : '')"


class RenderFailed(Exception):
    """A rendering that gave no page to read: the capture is rejected with this reason and the crawl goes on."""


class RenderTimeout(RenderFailed):
    """The page did not settle (its DOM kept changing, or never got enough text) within BROWSER_SETTLE_TIMEOUT."""


class PageScriptFailed(RenderFailed):
    """The page's own scripts threw uncaught errors and its text never came (a broken bundle: the shell and its
    spinner are all there is): the reason names the first error, not a timeout."""


_PAGE_ERRORS = "_policy_archive_page_errors"  # the page's uncaught script errors, kept on its Page object


async def watch_errors(page, request) -> None:
    """scrapy-playwright's page init callback (before the page is opened): keep the page's uncaught script
    errors (Playwright's `pageerror`: exceptions and unhandled promise rejections), for `settle` to name."""
    errors: list = []
    setattr(page, _PAGE_ERRORS, errors)
    page.on("pageerror", lambda error: errors.append(error))


def script_error(error) -> str:
    """One line naming a page's uncaught error: 'TypeError: Cannot read properties of undefined ...'."""
    name, message = getattr(error, "name", "") or "", (getattr(error, "message", None) or str(error)).strip()
    line = (message.splitlines() or [""])[0].strip() or "(no message)"
    if name and not line.startswith(name):
        line = f"{name}: {line}"
    return line if len(line) <= 200 else line[:199] + "…"


async def settle(page, min_words: int, quiet_ms: int, timeout_s: float):
    """Wait until the page's DOM has not changed for `quiet_ms` and its text has at least `min_words` words.
    After `timeout_s` seconds (a page that never settles: the crawl goes on) raises PageScriptFailed when the
    page's own scripts threw errors (`watch_errors`) and its text never reached `min_words` (a script that
    failed, not a slow page), else RenderTimeout."""
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import TimeoutError as PlaywrightTimeout
    try:
        await page.wait_for_function(SETTLED_JS, arg=[min_words, quiet_ms], polling=100, timeout=timeout_s * 1000)
    except PlaywrightTimeout:
        errors = getattr(page, _PAGE_ERRORS, None) or []
        if errors:
            try:
                words = await page.evaluate(WORDS_JS)
            except PlaywrightError:  # the page is gone (closed, navigated away): its errors are what is known
                words = 0
            if words < min_words:
                count = f"{len(errors)} uncaught errors, " if len(errors) > 1 else ""
                raise PageScriptFailed(f"the page's script failed: {script_error(errors[0])} (browser: {count}no "
                                       f"text within {timeout_s:g} s)") from None
        raise RenderTimeout(f"browser: the page did not settle within {timeout_s:g} s") from None


# --- the browser's own requests ---------------------------------------------------------------------------
NEEDED_TYPES = ("document", "script", "stylesheet", "xhr", "fetch")  # what text needs; never images, media, fonts


def subrequest_refusal(url: str, resource_type: str, page_url: str, *, allow_private: bool = False,
                       addresses=(), robots_allowed: bool = True) -> str | None:
    """Why the browser must not make a request the rendered page asks for, or None to let it through.

    `url` and `resource_type` (Playwright's: document, script, xhr, image...) are the page's request,
    `page_url` the page being rendered, `addresses` the IPs `url`'s host resolves to (a literal IP host is
    checked as it is), `robots_allowed` what the host's robots.txt says of `url`. Reasons: 'scheme' (not
    http/https; inline data: and blob: pass), 'type' (not needed for text), 'third-party' (another
    registrable domain than the page's: trackers, ads, embeds), 'private' (a private, loopback or link-local
    address, unless `allow_private`: the plain fetcher's rule, crawler/middlewares.py), 'robots'. Pure."""
    from . import discover
    from .middlewares import address_problem

    parts = urlsplit(url)
    if parts.scheme in ("data", "blob"):
        return None
    if parts.scheme not in ("http", "https"):
        return "scheme"
    if resource_type not in NEEDED_TYPES:
        return "type"
    host = (parts.hostname or "").rstrip(".")
    page_host = urlsplit(page_url).hostname or ""
    if page_url.startswith("http") and discover.registrable(host) != discover.registrable(page_host):
        return "third-party"
    if not allow_private:
        if host == "localhost" or host.endswith(".localhost"):
            return "private"
        if any(address_problem(ip) for ip in (*addresses, host)):
            return "private"
    if not robots_allowed:
        return "robots"
    return None


def original_of(response) -> dict:
    """The plain response an escalation starts from, as plain data (kept to become its own capture)."""
    from archive import clock
    headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    return {"url": response.url, "status": response.status, "headers": headers, "body": response.body,
            "fetched_at": clock.now()}


def escalate(request, response, reason: str, settings):
    """The request that renders `response`'s page in the browser: the same callback, errback and cb_kwargs,
    the final URL of the plain fetch (its redirects already followed safely), no conditional headers (a 304
    has nothing to render), no retries (a page that does not settle would not settle again), the company's
    own browser context, and the plain response kept in meta['browser_original']."""
    from scrapy_playwright.page import PageMethod

    site = request.meta.get("browser_site") or urlsplit(request.url).hostname or "default"
    min_words = SHELL_WORDS if reason in ("js_shell", "empty_body", "challenge") else 1
    kept = {k: v for k, v in request.meta.items()  # not the downloader's own keys (proxy state, latency, slot)
            if not k.startswith("_") and k not in ("download_latency", "download_slot")}
    meta = {**kept, "playwright": True, "playwright_context": f"site:{site}",
            "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded"},
            "playwright_page_init_callback": watch_errors,
            "playwright_page_methods": [PageMethod(settle, min_words, settings.getint("BROWSER_QUIET_MS"),
                                                   settings.getfloat("BROWSER_SETTLE_TIMEOUT"))],
            "browser_escalation": reason, "browser_original": original_of(response), "dont_retry": True}
    headers = {k: v for k, v in request.headers.items()
               if k.lower() not in (b"if-none-match", b"if-modified-since")}
    return request.replace(url=response.url, headers=headers, meta=meta, dont_filter=True)


def is_rendered(response) -> bool:
    return bool(response.meta.get("playwright"))


site_finished = object()  # signal the spider sends when it is done with a company (kwargs: site): its context closes


# --- configuration ------------------------------------------------------------------------------------
HANDLER = "crawler.browser_handler.BrowserRouterHandler"


def check_mode(mode: str, where: str = "BROWSER") -> str:
    mode = str(mode or "auto").lower()
    if mode not in MODES:
        from archive import ArchiveError
        raise ArchiveError(f"{where} {mode!r}: use never, auto or always")
    return mode


QUIET_FLAGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
               "--disable-default-apps", "--mute-audio",
               "--disable-features=SpareRendererForSitePerProcess"]  # no renderer started ahead of need


def launch_options(settings) -> dict:
    """PLAYWRIGHT_LAUNCH_OPTIONS for Debian's Chromium (BROWSER_EXECUTABLE; Playwright's own browser download
    is not used): headless, no sandbox when run as root (Chromium's sandbox refuses root), none of its
    background traffic, and the same HTTP proxy as Scrapy ($https_proxy / $http_proxy, $no_proxy)."""
    import os

    args = list(QUIET_FLAGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    options = {"executable_path": settings.get("BROWSER_EXECUTABLE"), "headless": True, "args": args,
               "handle_sigint": False, "handle_sigterm": False}
    proxy = next((os.environ[k] for k in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY")
                  if os.environ.get(k)), None)
    if proxy:
        options["proxy"] = {"server": proxy}
        bypass = os.environ.get("no_proxy") or os.environ.get("NO_PROXY")
        if bypass:
            options["proxy"]["bypass"] = bypass
    return options


def configure(settings, seeds) -> bool:
    """Install the browser download handler when the crawl may render (BROWSER is not 'never', or a seed asks
    for the browser), with Chromium's launch options and navigation timeout. Called before the settings
    freeze (PoliciesSpider.from_crawler). Returns whether it did: a crawl with --browser never and no seed
    override loads neither Playwright nor Chromium."""
    mode = check_mode(settings.get("BROWSER"))
    wanted = mode != "never" or any((getattr(s, "browser", None) or "never") != "never" for s in seeds)
    if wanted:
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        for scheme in ("http", "https"):
            handlers.setdefault(scheme, HANDLER)
        settings.set("DOWNLOAD_HANDLERS", handlers, priority=settings.getpriority("DOWNLOAD_HANDLERS") or 0)
        if not settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"):
            settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch_options(settings), priority="default")
        settings.set("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT",
                     settings.getfloat("BROWSER_NAVIGATION_TIMEOUT") * 1000, priority="default")
    return wanted


# --- one URL, outside a crawl ---------------------------------------------------------------------------
def fetch_with_escalation(url: str, *, browser: str = "auto", allow_private: bool = False,
                          settings_overrides: dict | None = None) -> dict:
    """Fetch one URL as a crawl would, rendering it in Chromium when it needs it, in a child process (Scrapy's
    reactor runs once per process). For `classify URL` and other one-off callers.

    Returns {"url", "final_url", "status", "headers", "body" (bytes), "fetcher" ('html' | 'browser'),
    "escalation" (reason or None), "original" (the plain response as the same dict without "original", when
    the page was rendered), "error" (why nothing was fetched, or None)}. Obeys robots.txt, the politeness,
    safety and timeout settings of a crawl. Raises ArchiveError for a bad `browser` mode."""
    import json
    import os
    import subprocess
    import sys
    import tempfile

    check_mode(browser, "--browser")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        args = {"url": url, "browser": browser, "allow_private": allow_private, "out": out,
                "settings": settings_overrides or {}, "db": os.path.join(tmp, "fetch.db")}
        proc = subprocess.run([sys.executable, "-m", "crawler.browser_fetch", json.dumps(args)],
                              capture_output=True, text=True, timeout=300)
        if not os.path.exists(out):
            raise RuntimeError(f"fetch_with_escalation failed: {proc.stderr[-2000:]}")
        with open(out, encoding="utf-8") as f:
            result = json.load(f)
    for part in (result, result.get("original") or {}):
        if "body" in part:
            part["body"] = bytes.fromhex(part["body"])
    return result
