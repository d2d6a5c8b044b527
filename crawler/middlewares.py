"""Downloader middlewares: fetch safety and polite retries.

FetchSafetyMiddleware  only http/https; private, loopback, link-local and other non-public addresses are
                       refused (literal IPs, `localhost` names, and host names after DNS) unless
                       ALLOW_PRIVATE is set; a redirect to another scheme (file:, ftp:...) is refused
                       with that reason rather than dropped as an unexplained 3xx.
SafeResolver           the same check at connection time, inside the DNS resolver, so that a name that
                       re-resolves to a private address between the check and the connection is refused too.
PoliteRetryMiddleware  Scrapy's retries, plus a wait before each retry: `Retry-After` on 429/503 (seconds
                       or an HTTP date, capped by RETRY_AFTER_MAX) or an exponential backoff; while a host
                       asked us to wait, no other request goes to it either.
KeptRobotsTxtMiddleware Scrapy's robots.txt middleware, with robots.txt kept up to a day beside the archive.
BrowserEscalationMiddleware  a plain answer that needs a browser (crawler/browser.py: a JavaScript shell, a
                       challenge, an empty body with scripts) is asked again of the browser, with its reason.
HeldResponseMiddleware a page the spider already holds (meta['held_response']) is answered from memory.
"""
from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import socket
import sqlite3
import time
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.error import DNSLookupError

from archive import clock
from archive.store import use_wal

try:  # Scrapy >= 2.14 wraps DNS failures in its own exception
    from scrapy.exceptions import CannotResolveHostError
    DNS_ERRORS: tuple = (DNSLookupError, CannotResolveHostError)
except ImportError:  # pragma: no cover
    DNS_ERRORS = (DNSLookupError,)

log = logging.getLogger(__name__)


class UnsafeURL(IgnoreRequest):
    """A URL the crawler refuses to fetch; the message is the per-URL reason shown to the user."""


def address_problem(ip: str) -> str | None:
    """Why an address must not be fetched by default ('loopback', 'private'...), None when public."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private"):
        if getattr(addr, f"is_{kind}"):
            return kind.replace("_", "-")
    if not addr.is_global:  # shared address space (100.64/10), documentation ranges...
        return "non-public"
    return None


def refusal(url: str, host: str, ip: str, kind: str) -> str:
    where = host if host == ip else f"{host} resolves to {ip}"
    return f"refused {url}: {where}, a {kind} address (allowed with --allow-private)"


def target_refusal(url: str, host: str, addresses: list[str]) -> str | None:
    """Why `url` must not be fetched without --allow-private, given the addresses its `host` resolves to here
    (the host itself when it is an address; none when DNS here does not know it: a proxy may), else None. A
    name that is loopback by definition (RFC 6761's `localhost`) is refused whatever DNS says here: an HTTP
    proxy would resolve it on its own side, to its own loopback. The crawl's rule (FetchSafetyMiddleware) and
    `classify URL`'s (crawler/fetch.py, through a proxy)."""
    for ip in addresses:
        if kind := address_problem(ip):
            return refusal(url, host, ip, kind)
    if host == "localhost" or host.endswith(".localhost"):
        return f"refused {url}: {host}, a loopback name (allowed with --allow-private)"
    return None


class FetchSafetyMiddleware:
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private
        self._dns: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool("ALLOW_PRIVATE"))

    async def process_request(self, request):
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            raise UnsafeURL(f"refused {request.url}: only http and https URLs are fetched")
        host = (parts.hostname or "").rstrip(".")  # "localhost." is localhost: the root's dot changes nothing
        if not host:
            raise UnsafeURL(f"refused {request.url}: no host")
        if self.allow_private:
            return None
        addresses = [host] if _is_ip(host) else self._dns.get(host)
        if addresses is None:
            loop = asyncio.get_running_loop()
            try:
                infos = await loop.getaddrinfo(host, parts.port or 80, type=socket.SOCK_STREAM)
            except OSError:
                infos = None  # the download reports the DNS failure itself...
            addresses = sorted({info[4][0] for info in infos or ()})
            if infos is not None:
                self._dns[host] = addresses
        if why := target_refusal(request.url, host, addresses):
            raise UnsafeURL(why)
        return None

    async def process_response(self, request, response):
        # Scrapy's RedirectMiddleware drops a redirect to a scheme it cannot fetch and hands the 3xx on,
        # which ends as "Ignoring non-200 response": say what was refused instead.
        if 300 <= response.status < 400 and response.headers.get(b"Location"):
            target = urljoin(request.url, response.headers[b"Location"].decode("latin-1").strip())
            scheme = urlsplit(target).scheme.lower()
            if scheme not in ("http", "https"):
                raise UnsafeURL(f"refused {target}: only http and https URLs are fetched (redirect from "
                                f"{request.url})")
        return response


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


# Names the resolver refused, with the reason: Twisted's connection code reduces a resolver's error to "no
# results", so the spider looks the reason up here to tell the user.
REFUSED_NAMES: dict[str, str] = {}


class SafeResolver(CachingThreadedResolver):
    """Scrapy's caching resolver that refuses non-public answers unless ALLOW_PRIVATE is set."""

    allow_private = False

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("ALLOW_PRIVATE")
        return resolver

    def getHostByName(self, name, timeout=()):
        d = super().getHostByName(name, timeout)
        if self.allow_private:
            return d

        def check(ip):
            kind = address_problem(ip)
            if kind and ip != name:
                REFUSED_NAMES[name] = f"{name} resolves to {ip}, a {kind} address (allowed with --allow-private)"
                raise DNSLookupError(REFUSED_NAMES[name])
            return ip
        return d.addCallback(check)


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 120.0)
        self.not_before: dict[str, float] = {}  # host -> monotonic time it asked us to wait until

    async def _wait_for(self, host: str):
        until = self.not_before.get(host)
        if until is not None:
            delay = until - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)

    async def process_request(self, request):
        await self._wait_for(urlparse_cached(request).hostname or "")
        return None

    def _backoff(self, request) -> float:
        tries = request.meta.get("retry_times", 0)
        return min(self.backoff_max, self.backoff_base * (2 ** tries))

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = None
        if response.status in (429, 503):
            delay = retry_after_seconds(response.headers.get(b"Retry-After"))
            if delay is not None and delay > self.retry_after_max:
                log.info("%s asks to retry in %.0fs, more than RETRY_AFTER_MAX: giving up", request.url, delay)
                return response
        if delay is None:
            delay = self._backoff(request)
        retry = self._retry(request, f"{response.status}")
        if retry is None:
            return response
        host = urlparse_cached(request).hostname or ""
        self.not_before[host] = max(self.not_before.get(host, 0.0), time.monotonic() + delay)
        retry.meta["retry_delay"] = delay
        await asyncio.sleep(delay)
        return retry

    async def process_exception(self, request, exception):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        if isinstance(exception, DNS_ERRORS) and urlparse_cached(request).hostname in REFUSED_NAMES:
            return None  # refused on purpose: asking again gives the same answer
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self._backoff(request))
        return retry


class KeptRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with each host's robots.txt kept in ARCHIVE_DB.robots.sqlite for less
    than ROBOTSTXT_KEEP_SECS (a day: RFC 9309's limit). A recrawl within the day asks none of thousands of
    companies for robots.txt again, and spends no request cycle on it either: the kept file is parsed
    straight away, and it also answers the spider's own robots.txt request (for its Sitemap lines).
    Only an answer is kept (200, or 404 / 410 = no rules); a failure is asked again next time."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.keep = crawler.settings.getfloat("ROBOTSTXT_KEEP_SECS")
        kept = f"{crawler.settings['ARCHIVE_DB']}.robots.sqlite"
        self.kept = sqlite3.connect(kept, isolation_level=None)
        use_wal(self.kept, kept)  # workers started together on a new archive all make this file
        self.kept.execute("PRAGMA synchronous=NORMAL")
        self.kept.execute("CREATE TABLE IF NOT EXISTS robots (host TEXT PRIMARY KEY, fetched_at REAL NOT NULL, "
                          "status INTEGER NOT NULL, body BLOB NOT NULL)")
        self.kept.execute("DELETE FROM robots WHERE fetched_at <= ?", [self._now() - self.keep])
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def spider_closed(self):
        self.kept.close()

    @staticmethod
    def _now() -> float:
        return clock.now().timestamp()  # the archive's clock: a simulated month asks again each simulated day

    def _kept(self, host: str) -> tuple[int, bytes] | None:
        return self.kept.execute("SELECT status, body FROM robots WHERE host = ? AND fetched_at > ?",
                                 [host, self._now() - self.keep]).fetchone()

    async def robot_parser(self, request):
        host = urlparse_cached(request).netloc
        if host not in self._parsers and (kept := self._kept(host)) is not None:
            self._parsers[host] = build_from_crawler(self._parserimpl, self.crawler, kept[1])
            self._stats.inc_value("robotstxt/kept")
        return await super().robot_parser(request)

    async def process_request(self, request):
        await super().process_request(request)
        url = urlparse_cached(request)
        if url.path == "/robots.txt" and not request.meta.get("dont_obey_robotstxt") \
                and (kept := self._kept(url.netloc)) is not None:
            return Response(request.url, status=kept[0], body=kept[1], request=request, flags=["kept"])
        return None

    def process_response(self, request, response):
        first = urlsplit((request.meta.get("redirect_urls") or [request.url])[0])
        if first.path == "/robots.txt" and response.status in (200, 404, 410) and "kept" not in response.flags:
            self.kept.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?, ?)", [
                first.netloc, self._now(), response.status, response.body if response.status == 200 else b""])
        return response


class BrowserEscalationMiddleware:
    """Routes a page to the browser when its plain HTML needs it.

    Only requests the spider marks with meta['browser'] ('auto' or 'always': homepages and policy
    candidates, never robots.txt or sitemaps) are considered, only for a final 200 answer (redirects and
    retries done), and only once: a rendered response (meta['playwright']) is never escalated again.
    The escalated request carries the reason (meta['browser_escalation']) and the plain response
    (meta['browser_original']); stats count `browser/escalated/<reason>`."""

    def __init__(self, settings, stats=None):
        self.settings = settings
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings, crawler.stats)

    def process_response(self, request, response):
        mode = request.meta.get("browser")
        if mode not in ("auto", "always") or request.meta.get("playwright") or response.status != 200:
            return response
        from . import browser
        if mode == "always":
            reason = "always"
        else:
            reason = browser.needs_browser(response.body, response.headers.get("Content-Type", b"").decode("latin-1"),
                                           response.url, homepage=request.meta.get("browser_page") == "home")
        if reason is None:
            return response
        if self.stats is not None:
            self.stats.inc_value(f"browser/escalated/{reason}")
        log.info("%s needs a browser (%s)", response.url, reason)
        return browser.escalate(request, response, reason, self.settings)


class HeldResponseMiddleware:
    """A request whose answer the spider already holds, `meta['held_response']` = (status, headers, body), is
    answered with it, not fetched: discovery reads a legal page for its links, then tries the page itself as
    the policy after them (`PoliciesSpider.parse_hub`); asking it again cost the site a request and the crawl
    a per-host delay. The answer goes through every middleware's `process_response` as a fetched one does
    (browser escalation included)."""

    def process_request(self, request, spider=None):
        held = request.meta.pop("held_response", None)
        if held is None:
            return None
        from scrapy.http import HtmlResponse
        from scrapy.responsetypes import responsetypes
        status, headers, body = held
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body) or HtmlResponse
        return cls(url=request.url, status=status, headers=headers, body=body, request=request)

