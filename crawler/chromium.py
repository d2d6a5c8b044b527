"""The download handler that renders escalated pages in Debian's Chromium, on scrapy-playwright.

crawler/browser_handler.py hands it the requests marked meta['playwright'] (escalations, crawler/browser.py)
and creates it at the first of them; every plain fetch goes to Scrapy's own HTTP handler. On top of
scrapy-playwright:

- Lazy: the Playwright driver and Chromium start at the first page to render.
- Debian's /usr/bin/chromium (BROWSER_EXECUTABLE), headless, without sandbox when run as root, without its
  background traffic (component updates, sync, first-run), through the same HTTP proxy as Scrapy
  ($http_proxy / $https_proxy, $no_proxy) so the browser sees the web the crawler sees.
- Hygiene: one browser context per company (`site:<key>`), closed when the company is done (the spider
  sends `site_finished`); every page closed (scrapy-playwright closes pages it does not hand to the
  callback, failures included; pages are never handed over); at most BROWSER_MAX_PAGES pages at once;
  a navigation timeout (BROWSER_NAVIGATION_TIMEOUT) and a timeout on waiting for content
  (BROWSER_SETTLE_TIMEOUT); Chromium restarted after every BROWSER_RESTART_EVERY pages, when no page is
  open, so its memory stays bounded over a long crawl.
- The browser's own requests follow the crawler's rules (`_abort`): only http(s) (and inline data:/blob:);
  only what text needs (the document, frames, scripts, stylesheets, XHR / fetch: no images, media, fonts,
  beacons, websockets); only the page's own site (its registrable domain: third-party scripts, trackers
  and embeds are not loaded); never a private, loopback or link-local address unless ALLOW_PRIVATE (the
  address checked after DNS, as for the plain fetcher); never a path the host's robots.txt disallows
  (the robots.txt the crawl already holds for that host); at most BROWSER_MAX_SUBREQUESTS per page. The
  page itself (the navigation) was already asked of Scrapy's scheduler, so the host's politeness delay,
  AutoThrottle and the per-host concurrency apply to it as to any request; a rendering whose final URL is
  on a refused address is refused.
"""
from __future__ import annotations

import asyncio
import logging
import socket
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from . import browser
from .browser import site_finished

log = logging.getLogger(__name__)


class _FailedPageLine(logging.Filter):
    """scrapy-playwright logs every failed page at WARNING with its traceback ("Closing page due to failed
    request: … Traceback …", 15 lines). A page that did not settle or whose script failed (`browser.RenderFailed`)
    is an outcome the crawl records as the capture's reason and the closing table names: one INFO line, its
    traceback only at DEBUG. Another failure stays a WARNING, on one line (with its traceback at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not (record.exc_info and str(record.msg).startswith("Closing page due to failed request")):
            return True
        logger = logging.getLogger(record.name)
        exc = record.exc_info[1]
        if isinstance(exc, browser.RenderFailed):
            if not logger.isEnabledFor(logging.INFO):
                return False
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
        if not logger.isEnabledFor(logging.DEBUG):
            record.exc_info = record.exc_text = None
            record.msg, record.args = "browser: closed the page of %s: %s: %s", (
                record.args[0] if record.args else "?", type(exc).__name__, exc)
        return True


_FAILED_PAGE_LINE = _FailedPageLine()


class ChromiumDownloadHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler):
        settings = crawler.settings
        super().__init__(crawler)
        playwright_log = logging.getLogger("scrapy-playwright")
        if _FAILED_PAGE_LINE not in playwright_log.filters:
            playwright_log.addFilter(_FAILED_PAGE_LINE)
        self._crawler = crawler
        self.allow_private = settings.getbool("ALLOW_PRIVATE")
        self.max_pages = max(1, settings.getint("BROWSER_MAX_PAGES"))
        self.restart_every = settings.getint("BROWSER_RESTART_EVERY")
        self.max_subrequests = settings.getint("BROWSER_MAX_SUBREQUESTS")
        # a last resort above navigation + settling + the load state scrapy-playwright awaits after them
        self.budget = 2 * settings.getfloat("BROWSER_NAVIGATION_TIMEOUT") + settings.getfloat("BROWSER_SETTLE_TIMEOUT") + 5
        self.abort_request = self._abort
        self._started = False
        self._start_lock = asyncio.Lock()
        self._gate = asyncio.Condition()
        self._active = 0
        self._since_launch = 0
        self._restarting = False
        self._dns: dict[str, list[str]] = {}
        self._subrequests: dict[int, int] = {}
        self._robots = None
        self._closing: set = set()
        crawler.signals.connect(self._site_finished, signal=site_finished)
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    # --- lazy start --------------------------------------------------------------------------------
    async def _maybe_launch_in_thread(self) -> None:  # engine_started (Scrapy >= 2.14): nothing yet
        return None

    def _engine_started(self):  # engine_started (older Scrapy): nothing yet
        return None

    async def _ensure_started(self):
        async with self._start_lock:
            if not self._started:
                await self._launch()
                self._started = True

    async def _close(self) -> None:
        if self._started:
            await super()._close()

    # --- pages: a cap, a budget, periodic restarts ------------------------------------------------------
    async def _download_request(self, request, spider=None):
        await self._ensure_started()
        async with self._gate:
            await self._gate.wait_for(lambda: not self._restarting and self._active < self.max_pages)
            if self.restart_every and self._since_launch >= self.restart_every and hasattr(self, "browser"):
                self._restarting = True
                await self._gate.wait_for(lambda: self._active == 0)
                try:
                    await self._restart()
                finally:
                    self._restarting = False
                    self._gate.notify_all()
            self._active += 1
        try:
            response = await asyncio.wait_for(super()._download_request(request, spider), self.budget)
        except asyncio.TimeoutError:
            # cancelled inside scrapy-playwright, the page may still be open: its company's context closes it
            wrapper = self.context_wrappers.get(request.meta.get("playwright_context"))
            if wrapper is not None:
                await self._close_context(wrapper)
            raise TimeoutError(f"browser: no answer within {self.budget:g} s") from None
        finally:
            async with self._gate:
                self._active -= 1
                self._since_launch += 1
                self._gate.notify_all()
        self._crawler.stats.inc_value("browser/pages")
        if not self.allow_private:
            await self._check_address(response.url, "the rendering ended at")
        return response

    async def _restart(self):
        log.info("restarting the browser after %d pages", self._since_launch)
        self._crawler.stats.inc_value("browser/restarts")
        browser = getattr(self, "browser", None)
        self.context_wrappers.clear()
        if browser is not None:
            # its "disconnected" callback would run late, and forget the contexts and browser launched after it
            browser.remove_listener("disconnected", self._browser_disconnected_callback)
            try:
                await browser.close()
            except Exception as exc:  # already gone
                log.debug("closing the browser: %s", exc)
        if hasattr(self, "browser"):
            del self.browser
        self._since_launch = 0

    def _site_finished(self, site: str):
        name = f"site:{site}"
        wrapper = self.context_wrappers.get(name)
        if wrapper is not None:
            task = asyncio.ensure_future(self._close_context(wrapper))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _spider_closed(self):
        if self._closing:  # the last companies' contexts: closed before the crawl's stats are written
            await asyncio.gather(*list(self._closing), return_exceptions=True)

    def _make_close_browser_context_callback(self, name, persistent, remote, spider=None):
        closed = super()._make_close_browser_context_callback(name, persistent, remote, spider)

        def count_and_forget():  # a company done, a browser restart, the end of the crawl
            self._crawler.stats.inc_value("browser/contexts_closed")
            closed()
        return count_and_forget

    async def _close_context(self, wrapper):
        try:
            await wrapper.context.close()
        except Exception as exc:  # the browser was restarted or closed meanwhile
            log.debug("closing a context: %s", exc)

    # --- the browser's own requests ---------------------------------------------------------------------
    async def _resolve(self, host: str) -> list[str]:
        """The addresses `host` resolves to (cached for the crawl); [] when it does not resolve here (a proxy
        resolves it: the plain fetcher's rule too)."""
        addresses = self._dns.get(host)
        if addresses is None:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
            except OSError:
                infos = ()
            addresses = self._dns[host] = sorted({info[4][0] for info in infos})
        return addresses

    async def _check_address(self, url: str, what: str):
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
        if host and browser.subrequest_refusal(url, "document", url, addresses=await self._resolve(host)):
            raise IgnoreRequest(f"refused {url}: {what} a private, loopback or link-local address "
                                "(allowed with --allow-private)")

    def _robots_parser(self, netloc: str):
        if self._robots is None:
            from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
            mws = self._crawler.engine.downloader.middleware.middlewares
            self._robots = next((m for m in mws if isinstance(m, RobotsTxtMiddleware)), False)
        if not self._robots:
            return None
        parser = self._robots._parsers.get(netloc)
        return parser if hasattr(parser, "allowed") else None

    async def _abort(self, req) -> bool:
        """Should the browser NOT make this request? (browser.subrequest_refusal, plus a budget per page)"""
        why = None
        try:
            page = req.frame.page
            page_url = page.url
            main = req.is_navigation_request() and req.frame.parent_frame is None
        except Exception:  # a worker's request, or the page is closing
            page, page_url, main = None, "", False
        if main:  # the page itself: asked through Scrapy (robots, politeness, safety) already
            return False
        parts = urlsplit(req.url)
        addresses = ()
        if not self.allow_private and parts.scheme in ("http", "https"):
            addresses = await self._resolve((parts.hostname or "").rstrip("."))
        parser = self._robots_parser(parts.netloc) if parts.scheme in ("http", "https") else None
        allowed = parser is None or parser.allowed(req.url, self._crawler.settings.get("USER_AGENT"))
        why = browser.subrequest_refusal(req.url, req.resource_type, page_url, allow_private=self.allow_private,
                                         addresses=addresses, robots_allowed=allowed)
        if why is None and page is not None and parts.scheme in ("http", "https"):
            key = id(page)
            self._subrequests[key] = n = self._subrequests.get(key, 0) + 1
            if n == 1:
                page.once("close", lambda *_: self._subrequests.pop(key, None))
            if n > self.max_subrequests:
                why = "budget"
        if why:
            self._crawler.stats.inc_value(f"browser/aborted/{why}")
            return True
        return False
