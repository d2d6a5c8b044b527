"""One page, fetched politely outside a crawl (for `policy-archive classify URL`).

    page = fetch_page("https://example.org/privacy", allow_private=False, contact=None)
    page.status, page.content_type, page.body, page.final_url

The crawl's rules (crawler/settings.py, crawler/middlewares.py), applied to a single request with the
standard library, so checking one page does not start a Scrapy crawl:
- only http and https; private, loopback, link-local and other non-public addresses are refused unless
  `allow_private`, checked on the address actually connected to (no second DNS lookup), redirects included;
- robots.txt obeyed for our User-Agent (`policy-archive/VERSION (+CONTACT_URL)`): a disallowed URL is
  refused; an unreachable robots.txt (4xx) allows, as RFC 9309 says; a 5xx one disallows;
- DOWNLOAD_TIMEOUT (30 s) per connection, at most 5 redirects, DOWNLOAD_MAXSIZE (20 MB) of body;
- through the proxy `$http_proxy` / `$https_proxy` name (`$no_proxy` bypasses it; `user:password@` is sent
  as Basic credentials), as the crawl goes: an http URL is asked of the proxy whole, an https one through a
  CONNECT tunnel. The target is checked as the crawl checks it (`middlewares.target_refusal`: its address, the
  addresses DNS gives here, a `localhost` name), since the proxy, not this machine, connects to it.
Errors are `ArchiveError` with one line naming the problem. This is the one function that fetches for
`classify`; a browser-rendering fetch would replace it here.
"""
from __future__ import annotations

import http.client
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from archive import ArchiveError

from . import settings as crawl_settings
from .middlewares import address_problem, target_refusal

MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Page:
    url: str  # asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes


def user_agent(contact: str | None = None) -> str:
    """`policy-archive/VERSION (+CONTACT_URL)`, as the crawl's (--contact, $POLICY_ARCHIVE_CONTACT)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        v = version("policy-archive")
    except PackageNotFoundError:  # pragma: no cover
        v = "0"
    return f"policy-archive/{v} (+{contact or crawl_settings.CONTACT_URL})"


def _connect_checked(host: str, port: int, timeout: float, allow_private: bool, url: str,
                     what: str = "") -> socket.socket:
    """A connection to `host`, to an address that was checked (the one connected to, not a second lookup).
    `what`: how the messages name it ("the proxy ")."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ArchiveError(f"{url}: DNS lookup failed for {what}{host} ({exc.strerror})") from None
    last = None
    for family, socktype, proto, _, addr in infos:
        ip = addr[0]
        kind = address_problem(ip)
        if kind and not allow_private:
            where = host if host == ip else f"{host} resolves to {ip}"
            raise ArchiveError(f"refused {url}: {where}, a {kind} address (allowed with --allow-private)")
        try:
            sock = socket.socket(family, socktype, proto)
            sock.settimeout(timeout)
            sock.connect(addr)
            return sock
        except OSError as exc:
            last = exc
    raise ArchiveError(f"{url}: cannot connect to {what}{host}:{port} ({last})")


def _request(url: str, ua: str, allow_private: bool, timeout: float, max_bytes: int) -> tuple[int, dict, bytes]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ArchiveError(f"{url}: only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise ArchiveError(f"{url}: no host in the URL")
    port = parts.port or (443 if scheme == "https" else 80)
    proxy = _proxy_for(scheme, host)
    auth = _proxy_auth(proxy)
    if proxy is None:
        sock = _connect_checked(host, port, timeout, allow_private, url)
    else:
        if not allow_private and (why := target_refusal(url, host.rstrip("."), _addresses_here(host, port))):
            raise ArchiveError(why)
        # the proxy is the user's own setting, not a page's: connected to as given (the crawl's is too)
        sock = _connect_checked(proxy.hostname, proxy.port or 80, timeout, True, url, "the proxy ")
        if scheme == "https":
            _tunnel(sock, host, port, url, auth)
    if scheme == "https":
        try:
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host)
        except (ssl.SSLError, OSError) as exc:
            sock.close()
            raise ArchiveError(f"{url}: TLS failed ({exc})") from None
    conn_class = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    conn = conn_class(host, port, timeout=timeout)  # for the Host header; the checked socket is already open
    conn.sock = sock
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"User-Agent": ua, "Accept-Encoding": "identity",
               "Accept": "text/html,application/xhtml+xml,application/pdf,text/*;q=0.9,*/*;q=0.5"}
    if proxy is not None and scheme == "http":
        path = f"http://{parts.netloc}{path}"  # a proxy is asked for the whole URL (RFC 9112, absolute-form)
        headers.update(auth)
    try:
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        body = resp.read(max_bytes + 1)
    except (OSError, http.client.HTTPException) as exc:
        raise ArchiveError(f"{url}: {type(exc).__name__}: {exc}") from None
    finally:
        conn.close()
    if len(body) > max_bytes:
        raise ArchiveError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


def _proxy_for(scheme: str, host: str):
    """The proxy (a SplitResult) the environment names for `scheme`, or None (none, or `no_proxy` bypasses
    `host`); as urllib, curl and the crawl read `http_proxy`, `https_proxy` and `no_proxy`. ArchiveError for
    a proxy this fetch cannot speak to (an https:// one)."""
    from urllib.request import getproxies, proxy_bypass
    proxy = getproxies().get(scheme)
    if not proxy or proxy_bypass(host):
        return None
    proxy = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if proxy.scheme.lower() != "http" or not proxy.hostname:
        raise ArchiveError(f"{scheme}_proxy {proxy.geturl()!r}: give an http:// proxy (host and port)")
    return proxy


def _proxy_auth(proxy) -> dict[str, str]:
    """The Proxy-Authorization header for a proxy URL's `user:password@` (Basic, RFC 7617), else none."""
    if proxy is None or proxy.username is None:
        return {}
    import base64
    from urllib.parse import unquote
    pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode("utf-8")
    return {"Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}


def _addresses_here(host: str, port: int) -> list[str]:
    """The addresses DNS gives `host` on this machine ([] when it does not know it: the proxy may)."""
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except (socket.gaierror, UnicodeError):
        return []


def _tunnel(sock: socket.socket, host: str, port: int, url: str, auth: dict[str, str]) -> None:
    """Open a CONNECT tunnel to host:port through the proxy `sock` is connected to (RFC 9110, 9.3.6)."""
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"  # an IPv6 address in brackets
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}", *(f"{k}: {v}" for k, v in auth.items())]
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
        answer = http.client.HTTPResponse(sock, method="CONNECT")
        answer.begin()
    except (OSError, http.client.HTTPException) as exc:
        sock.close()
        raise ArchiveError(f"{url}: the proxy's tunnel failed ({type(exc).__name__}: {exc})") from None
    if answer.status != 200:
        sock.close()
        raise ArchiveError(f"{url}: the proxy refused a tunnel to {target} (HTTP {answer.status})")


def _robots_allow(url: str, ua: str, allow_private: bool, timeout: float, cache: dict) -> bool:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    if origin not in cache:
        parser = RobotFileParser()
        try:
            status, _, body = _request(origin + "/robots.txt", ua, allow_private, timeout, 512 * 1024)
        except ArchiveError as exc:
            if str(exc).startswith("refused"):
                raise
            status, body = 404, b""  # unreachable robots.txt: nothing disallowed
        if status >= 500:
            parser.disallow_all = True
        elif status >= 400:
            parser.allow_all = True
        else:
            parser.parse(body.decode("utf-8", "replace").splitlines())
        cache[origin] = parser
    return cache[origin].can_fetch(ua, url)


def fetch_page(url: str, allow_private: bool = False, contact: str | None = None,
               timeout: float | None = None) -> Page:
    """GET `url` politely (see the module docstring); follows up to 5 redirects, each checked again."""
    ua = user_agent(contact)
    timeout = timeout or crawl_settings.DOWNLOAD_TIMEOUT
    robots: dict = {}
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if not _robots_allow(current, ua, allow_private, timeout, robots):
            raise ArchiveError(f"{current}: blocked by robots.txt")
        status, headers, body = _request(current, ua, allow_private, timeout, crawl_settings.DOWNLOAD_MAXSIZE)
        if status in (301, 302, 303, 307, 308) and headers.get("location"):
            current = urljoin(current, headers["location"])
            continue
        return Page(url, current, status, headers.get("content-type", ""), body)
    raise ArchiveError(f"{url}: more than {MAX_REDIRECTS} redirects")
