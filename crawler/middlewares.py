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
"""
from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import socket
import time
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

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
        if _is_ip(host):
            kind = address_problem(host)
            if kind:
                raise UnsafeURL(refusal(request.url, host, host, kind))
            return None
        addresses = self._dns.get(host)
        if addresses is None:
            loop = asyncio.get_running_loop()
            try:
                infos = await loop.getaddrinfo(host, parts.port or 80, type=socket.SOCK_STREAM)
            except OSError:
                infos = None  # the download reports the DNS failure itself...
            addresses = sorted({info[4][0] for info in infos or ()})
            if infos is not None:
                self._dns[host] = addresses
        for ip in addresses:
            kind = address_problem(ip)
            if kind:
                raise UnsafeURL(refusal(request.url, host, ip, kind))
        if host == "localhost" or host.endswith(".localhost"):
            # ...but a name that is loopback by definition (RFC 6761) is refused whatever DNS says here: an
            # HTTP proxy (http_proxy) would resolve it on its own side, to its own loopback
            raise UnsafeURL(f"refused {request.url}: {host}, a loopback name (allowed with --allow-private)")
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


class RobotsTxtCachePolicy:
    """Scrapy HTTP-cache policy that caches robots.txt only, for HTTPCACHE_EXPIRATION_SECS (a day; RFC 9309
    lets a crawler keep it 24 hours): a daily recrawl of thousands of companies need not ask each one for
    its robots.txt again, and nothing else is ever served from a cache."""

    def __init__(self, settings):
        pass

    def _robots(self, request) -> bool:
        return urlparse_cached(request).path == "/robots.txt"

    def should_cache_request(self, request) -> bool:
        return self._robots(request)

    def should_cache_response(self, response, request) -> bool:
        return self._robots(request) and response.status in (200, 404, 410)

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        return True  # the storage drops entries older than HTTPCACHE_EXPIRATION_SECS

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        return True
