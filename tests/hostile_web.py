"""A hostile web on 127.0.0.1, for the tests: every way a site can misbehave towards a crawler.

    web = hostile_web().start()        # one server for all hosts, also an HTTP proxy for *.test names
    ...crawl seeds_text(web) with http_proxy=web.proxy_url and --allow-private...
    web.stop()

Built on FixtureWeb (same Site / Page model, same proxy, same request log) with two additions:
  RawPage      the handler writes the bytes itself: a trickle, no answer at all, a lying Content-Length,
               an endless body, a gzip bomb. Each raw request is logged with the time the client hung up
               (`closed`), so a test can check that the crawler gave up when its settings say it should.
  TrapSite     a site whose unknown paths are generated: an endless calendar, session ids in every link,
               an endless chain of sitemap indexes; reached through discovery, it must not hold the
               crawler beyond its per-site request cap.

`hostile_web()` gives one site per case, each with the policy URL to pin (`Case.pinned`), what the archive
must record for it (`Case.reasons`: the capture's reason starts with one of these) and whether a version
may be made (only for the wrong-encoding cases: they are real policies and must read right).
"""
from __future__ import annotations

import os
import select
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from crawler.demo.web import FixtureWeb, Page, Site, esc, home_html, html_page, policy_html

STOP_WAIT = 120.0  # a raw handler never holds a thread longer than this, whatever the client does


@dataclass
class RawPage(Page):
    """A page whose response is written byte by byte by `write(handler, web)`."""

    write: Callable | None = None


@dataclass
class TrapSite(Site):
    """A site that answers every path it does not know with `generate(path) -> Page`."""

    generate: Callable | None = None


@dataclass
class Case:
    name: str
    site: Site
    pinned: str | None  # the policy URL put in the seeds line (None: discovery from the homepage)
    reasons: tuple = ()  # acceptable prefixes of the capture's recorded reason
    version_ok: bool = False  # a real policy behind the misbehaviour (wrong encodings): a version is right
    note: str = ""
    later: Page | None = None  # for the second crawl: what the (first real) policy page turns into
    must_read: tuple = ()  # phrases a version made of this page must contain, spelled right


class HostileWeb(FixtureWeb):
    def __init__(self, sites=()):
        super().__init__(sites)
        self.stopping = threading.Event()

    def stop(self):
        self.stopping.set()
        super().stop()

    def _serve(self, h, head: bool = False):
        target = h.path
        if target.startswith(("http://", "https://")):
            parts = urlsplit(target)
            host, path = (parts.hostname or ""), (parts.path or "/")
        else:
            host, path = (h.headers.get("Host") or "").split(":")[0].lower(), target.split("?")[0]
        site = self.site_for(host)
        page = site.pages.get(path) if site else None
        if not isinstance(page, RawPage):
            return super()._serve(h, head)
        entry = {"host": host, "path": path, "headers": {k.lower(): v for k, v in h.headers.items()},
                 "status": None, "t0": time.monotonic(), "t": None, "closed": None, "sent": 0}
        with self._lock:
            self.log.append(entry)
        h.close_connection = True
        try:
            page.write(h, self, entry)
        except (ConnectionError, TimeoutError, OSError):  # the client hung up mid-write
            entry["closed"] = time.monotonic()
        entry["t"] = time.monotonic()
        if entry["closed"] is None:
            entry["closed"] = wait_for_hangup(h, self.stopping, 0.0)

    def _respond(self, site, path, req):
        gen = getattr(site, "generate", None)
        if gen is not None and path != "/robots.txt" and path not in site.pages:
            page = gen(path)
            if page is not None:
                if page.location:
                    return page.status, b"", {"Location": site.url(page.location)}
                return page.status, page.body, {"Content-Type": page.content_type, **page.headers}
        return super()._respond(site, path, req)


# --- byte-level behaviours ------------------------------------------------------------------------
def wait_for_hangup(h, stopping: threading.Event, limit: float = STOP_WAIT) -> float | None:
    """Wait (at most `limit` s) until the client closes the connection; the monotonic time it did."""
    sock = h.connection
    deadline = time.monotonic() + limit
    while not stopping.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            ready, _, _ = select.select([sock], [], [], min(0.05, left))
            if ready and sock.recv(4096, socket.MSG_PEEK) == b"":
                return time.monotonic()
            if ready:  # a pipelined request or junk: drain it and keep waiting
                sock.recv(4096)
        except (OSError, ValueError):
            return time.monotonic()
    return None


def _head(h, status: int, headers: list[tuple[str, str]]):
    h.wfile.write(f"HTTP/1.1 {status} {'OK' if status == 200 else 'X'}\r\n".encode())
    for k, v in headers:
        h.wfile.write(f"{k}: {v}\r\n".encode("latin-1"))
    h.wfile.write(b"\r\n")
    h.wfile.flush()


def _send(h, entry, data: bytes):
    h.wfile.write(data)
    h.wfile.flush()
    entry["sent"] += len(data)


def never_answer(h, web, entry):
    """Accept the request, then say nothing at all until the client gives up."""
    entry["closed"] = wait_for_hangup(h, web.stopping)


def trickle(body: bytes, every: float = 0.2, chunk: int = 1, content_length: bool = True):
    """Headers at once, then `chunk` bytes every `every` seconds: a body that never quite arrives."""
    def write(h, web, entry):
        entry["status"] = 200
        headers = [("Content-Type", "text/html; charset=utf-8")]
        if content_length:
            headers.append(("Content-Length", str(len(body))))
        _head(h, 200, headers)
        for i in range(0, len(body), chunk):
            if web.stopping.wait(every):
                return
            _send(h, entry, body[i:i + chunk])
    return write


def slow_headers(h, web, entry):
    """A status line, then headers that never end: one byte every 0.1 s."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\n")
    h.wfile.flush()
    line = b"X-Filler: " + b"a" * 60 + b"\r\n"
    while not web.stopping.wait(0.1):
        for i in range(len(line)):
            _send(h, entry, line[i:i + 1])
            if web.stopping.wait(0.1):
                return


def lying_length(body: bytes, declared: int):
    """A Content-Length that is not the body's length; the connection closes after the body."""
    def write(h, web, entry):
        entry["status"] = 200
        _head(h, 200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(declared))])
        _send(h, entry, body)
        h.connection.shutdown(socket.SHUT_WR)
    return write


def endless(content_length: int | None, block: bytes = b"<p>" + b"ha" * (1 << 17) + b"</p>\n", limit: int = 1 << 32):
    """An HTML body that goes on (up to `limit` bytes), with or without a (huge) Content-Length."""
    def write(h, web, entry):
        entry["status"] = 200
        headers = [("Content-Type", "text/html; charset=utf-8")]
        if content_length is not None:
            headers.append(("Content-Length", str(content_length)))
        _head(h, 200, headers)
        _send(h, entry, b"<!DOCTYPE html><html><head><title>Privacy Policy</title></head><body>")
        while entry["sent"] < limit and not web.stopping.is_set():
            _send(h, entry, block)
    return write


def _crc32_zeros(n_blocks: int, block: int) -> int:
    """crc32 of n_blocks * block zero bytes, without feeding gigabytes to crc32: appending zeros is an
    affine map of the CRC state over GF(2), so it is squared like a number."""
    zeros = bytes(block)
    b = zlib.crc32(zeros, 0)  # f(x) = A x ^ b, with A's columns from f(e_i) ^ b
    cols = [zlib.crc32(zeros, 1 << i) ^ b for i in range(32)]

    def apply(cols_, x):
        out = 0
        i = 0
        while x:
            if x & 1:
                out ^= cols_[i]
            x >>= 1
            i += 1
        return out

    # result = f^n(0); compose by squaring: (A, b) o (A, b) = (A A, A b ^ b)
    acc_cols, acc_b = [1 << i for i in range(32)], 0  # identity
    p_cols, p_b = cols, b
    n = n_blocks
    while n:
        if n & 1:
            acc_cols, acc_b = [apply(p_cols, c) for c in acc_cols], apply(p_cols, acc_b) ^ p_b
        p_cols, p_b = [apply(p_cols, c) for c in p_cols], apply(p_cols, p_b) ^ p_b
        n >>= 1
    return acc_b


def gzip_bomb_parts(inflated: int = 4 << 30, block: int = 1 << 20) -> tuple[bytes, bytes, int, bytes]:
    """A valid gzip stream of `inflated` zero bytes as (header, repeated block, count, trailer): about
    1 KB on the wire per MB inflated, built in milliseconds (the same deflate block after each full flush)."""
    n = inflated // block
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    rep = c.compress(bytes(block)) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush(zlib.Z_FINISH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = tail + (_crc32_zeros(n, block) & 0xFFFFFFFF).to_bytes(4, "little") + \
        ((n * block) & 0xFFFFFFFF).to_bytes(4, "little")
    return header, rep, n, trailer


def gzip_bomb(inflated: int = 4 << 30, encoding: str = "gzip"):
    """Content-Encoding: gzip (or deflate), a few MB on the wire, `inflated` bytes once decompressed."""
    header, rep, n, trailer = gzip_bomb_parts(inflated)
    if encoding == "deflate":  # zlib's wrapper instead of gzip's: adler32 of n zero bytes is (n % 65521) << 16 | 1
        header = b"\x78\xda"
        trailer = trailer[:-8] + ((((n * (1 << 20)) % 65521) << 16) | 1).to_bytes(4, "big")
    wire = len(header) + len(rep) * n + len(trailer)

    def write(h, web, entry):
        entry["status"] = 200
        _head(h, 200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", encoding),
                       ("Content-Length", str(wire))])
        _send(h, entry, header)
        batch = rep * 64
        left = n
        while left and not web.stopping.is_set():
            k = min(64, left)
            _send(h, entry, batch if k == 64 else rep * k)
            left -= k
        _send(h, entry, trailer)
    write.wire = wire
    return write


# --- page builders for the cases -----------------------------------------------------------------
def png_bytes() -> bytes:
    """A real (tiny) PNG image."""
    raw = b"".join(b"\x00" + bytes([x * 7 % 256, x * 3 % 256, 90]) * 16 for x in range(16))

    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (16).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00") + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def noise_without_nul(n: int = 40_000, seed: int = 8) -> bytes:
    """Random bytes with no NUL at all (no cheap binary tell), e.g. a compressed or encrypted blob."""
    import random
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(n))


def policy_as_gzip_file(co: str) -> bytes:
    """A policy gzip-compressed but served without Content-Encoding (a misconfigured static server)."""
    import gzip
    return gzip.compress(policy_html("en", co).encode(), mtime=1_700_000_000)


def latin1_policy(co: str) -> str:
    extra = ("<h2>Données et responsabilités</h2><p>Le responsable du traitement de vos données personnelles "
             "est la société française “Éclair & Fils” à Besançon. Vous pouvez exercer vos droits d’accès, "
             "de rectification et d’opposition à tout moment; nous répondrons à chaque requête sous trente "
             "jours. Ce résumé détaillé s’applique à l’ensemble des services proposés.</p>")
    return policy_html("en", co, extra=extra)


def challenge_page(kind: str) -> bytes:
    if kind == "cloudflare":
        return (b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
                b'<meta http-equiv="refresh" content="390"><meta name="robots" content="noindex,nofollow">'
                b'</head><body><div class="main-wrapper" role="main"><div class="main-content">'
                b'<h1 class="zone-name-title h1">www.example.test</h1><h2 class="h2" id="challenge-running">'
                b'Checking if the site connection is secure</h2><noscript><div class="h2">Enable JavaScript and '
                b'cookies to continue</div></noscript><div id="challenge-body-text" class="core-msg spacer">'
                b'www.example.test needs to review the security of your connection before proceeding.</div>'
                b'</div></div><script>(function(){window._cf_chl_opt={cvId: "2",cType: "managed"};'
                b'var a=document.createElement("script");a.src="/cdn-cgi/challenge-platform/h/g/orchestrate/'
                b'chl_page/v1";document.getElementsByTagName("head")[0].appendChild(a);})();</script>'
                b'</body></html>')
    if kind == "checking":
        return html_page("Checking your browser", "<h1>Checking your browser before accessing the website.</h1>"
                         "<p>This process is automatic. Your browser will redirect to your requested content "
                         "shortly.</p><p>Please allow up to 5 seconds...</p><p>DDoS protection by Cloudflare</p>"
                         ).encode()
    raise ValueError(kind)


def js_shell() -> bytes:
    return (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy | Acme</title>'
            b'<link rel="stylesheet" href="/static/css/main.3f2a1c.css"></head><body>'
            b'<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
            b'<script src="/static/js/main.8e4b1d.js"></script></body></html>')


def soft_404() -> bytes:
    return html_page("Page not found", "<header><nav><a href='/'>Home</a></nav></header><main>"
                     "<h1>Oops! We can't find that page.</h1><p>The page you are looking for may have been "
                     "moved or deleted. Try our <a href='/'>home page</a> or search below.</p>"
                     "<form><input name='q'><button>Search</button></form></main>"
                     "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>").encode()


def error_200() -> bytes:
    return html_page("500 Internal Server Error", "<h1>Internal Server Error</h1><p>The server encountered an "
                     "internal error or misconfiguration and was unable to complete your request.</p>"
                     "<p>Please contact the server administrator to inform them of the time this error "
                     "occurred.</p><hr><address>Apache/2.4.41 (Ubuntu) Server</address>").encode()


def rich_404() -> bytes:
    """A soft 404 with a helpful paragraph full of privacy words (the kind a big site serves at 200)."""
    return html_page("Page not found | Acme", """<header><nav><a href='/'>Home</a> <a href='/products'>Products</a>
</nav></header><main><h1>404 - Page not found</h1><p>We're sorry, the page you requested could not be found.
It may have been moved, renamed or deleted, or the address may be mistyped. Please check the URL or go back to
our home page. If you were looking for information about how we collect and process your personal data, our
privacy notice has moved; you can find out about your rights, the cookies we use, data retention, consent and
how we share information with third parties from the links below.</p><ul><li><a href='/privacy-notice'>Privacy
notice</a></li><li><a href='/cookies'>Cookie policy</a></li><li><a href='/rights'>Your data protection
rights</a></li></ul><p>Still can't find what you're looking for? Contact our data protection officer, who is the
controller's representative for all questions on personal information, disclosure and retention, at
dpo@acme.test, or call us on weekdays between nine and five. We will answer your question within a month.</p>
</main><footer>&copy; Acme</footer>""").encode()


def maintenance_200() -> bytes:
    return html_page("Service unavailable", "<main><h1>We'll be back soon</h1><p>" + (
        "Our privacy center is undergoing scheduled maintenance. During this time you cannot access or download "
        "your personal data, change your cookie consent, or submit data protection requests. Requests about your "
        "rights received during maintenance will be processed once we are back. ") * 2 + "</p></main>").encode()


def stub(co: str) -> bytes:
    return html_page(f"Privacy Policy - {co}", f"<main><h1>Privacy Policy</h1><p>{esc(co)} respects your "
                     "privacy. Questions? Write to privacy@example.test.</p></main>").encode()


def summary_stub(co: str) -> bytes:
    """The policy's first sections only (a half-rendered page, a 'summary' that replaced the policy)."""
    full = policy_html("en", co, sections=1)
    cut = full.index("<h2>4.")
    return (full[:cut] + "</article></main></body></html>").encode()


# --- traps -----------------------------------------------------------------------------------------
def _session() -> str:
    return os.urandom(8).hex()


def calendar_trap(host: str, co: str) -> TrapSite:
    """Every page links a 'Privacy' page under a fresh session id and the next month of an endless
    calendar; robots.txt points to an endless chain of sitemap indexes full of privacy-looking URLs."""
    def page(path: str) -> Page:
        sid = _session()
        if path.startswith("/sitemap/"):
            n = int(path.split("/")[2].split(".")[0] or 0)
            if n % 2 == 0:  # an index pointing to the next index and a urlset
                body = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                        f'schemas/sitemap/0.9"><sitemap><loc>http://{host}/sitemap/{n + 1}.xml</loc></sitemap>'
                        f'<sitemap><loc>http://{host}/sitemap/{n + 2}.xml</loc></sitemap></sitemapindex>')
            else:
                body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                        'sitemap/0.9">' + "".join(
                            f"<url><loc>http://{host}/privacy;jsessionid={_session()}/calendar/{2000 + n}/{m:02d}"
                            f"</loc></url>" for m in range(1, 13) for _ in range(40)) + "</urlset>")
            return Page(body.encode(), content_type="application/xml")
        parts = [p for p in path.split("/") if p.isdigit()]
        year, month = (int(parts[0]), int(parts[1])) if len(parts) >= 2 else (2024, 1)
        nxt = (year + (month == 12), month % 12 + 1)
        footer = [("Privacy Policy", f"/privacy;jsessionid={sid}/"),
                  ("Privacy Center", f"/legal/privacy-center?sid={sid}"),
                  ("Privacy events", f"/privacy/calendar/{nxt[0]}/{nxt[1]:02d}?sid={sid}")]
        main = [(f"Next month: {nxt[0]}-{nxt[1]:02d}", f"/calendar/{nxt[0]}/{nxt[1]:02d}?sessionid={sid}"),
                ("Data protection", f"/data-protection/{sid}")]
        body = home_html(co, "en", footer, main_links=main).replace(
            "<main><h1>", f"<main><h1>Events {year}-{month:02d}</h1><h2>", 1)
        return Page(body.encode())

    site = TrapSite(host=host, name=co, kind="trap", generate=page,
                    robots=f"User-agent: *\nDisallow: /admin/\nSitemap: http://{host}/sitemap/0.xml\n")
    return site


# --- the whole hostile web ---------------------------------------------------------------------------
def _site(host: str, co: str) -> Site:
    s = Site(host=host, name=co, kind="hostile")
    s.pages["/"] = Page(home_html(co, "en", [("Privacy Policy", "/privacy")]).encode())
    return s


MUST_READ = ("société française", "Éclair & Fils", "à Besançon", "droits d’accès")


def hostile_cases(bomb_size: int = 4 << 30) -> list[Case]:
    """The cases crawled once, each behind a pinned policy URL (or through discovery, for the trap)."""
    cases: list[Case] = []

    def add(name, page: Page | None, reasons, version_ok=False, path="/privacy", note="", must_read=()):
        host = f"www.{name}.test"
        site = _site(host, name.replace("-", " ").title())
        if page is not None:
            site.pages[path] = page
        cases.append(Case(name, site, f"http://{host}{path}", tuple(reasons), version_ok, note,
                          must_read=must_read))
        return site

    # redirects
    loop = add("redirect-loop", Page(status=302, location="/privacy/a"), ["max redirections reached"],
               note="/privacy -> /a -> /b -> /privacy")
    loop.pages["/privacy/a"] = Page(status=301, location="/privacy/b")
    loop.pages["/privacy/b"] = Page(status=307, location="/privacy")
    chain = add("redirect-chain", Page(status=302, location="/hop/1"), ["max redirections reached"],
                note="40 hops, then a real policy")
    for i in range(1, 40):
        chain.pages[f"/hop/{i}"] = Page(status=302, location=f"/hop/{i + 1}")
    chain.pages["/hop/40"] = Page(policy_html("en", "Redirect Chain").encode())
    add("redirect-self", Page(status=301, location="/privacy"), ["max redirections reached"])
    add("redirect-file", Page(status=302, location="file:///etc/passwd"), ["refused file:///etc/passwd"])
    # time
    add("never-answers", RawPage(write=never_answer), ["timed out"], note="reads the request, never answers")
    add("trickle", RawPage(write=trickle(policy_html("en", "Trickle").encode(), every=0.1, chunk=16)),
        ["timed out"], note="16 bytes every 0.1 s")
    add("slow-headers", RawPage(write=slow_headers), ["timed out"], note="one header byte every 0.1 s")
    robots = add("robots-never-answers", Page(policy_html("en", "Robots Hang").encode()), [], version_ok=True,
                 note="robots.txt never answers; the policy is fine")
    robots.pages["/robots.txt"] = RawPage(write=never_answer)
    add("retry-after-hour", Page(b"busy", status=503, content_type="text/plain", headers={"Retry-After": "3600"}),
        ["http_503"], note="503, Retry-After: 3600")
    # size
    add("huge-declared", RawPage(write=endless(content_length=3 << 30)), ["download cancelled"],
        note="Content-Length: 3 GiB")
    add("huge-chunked", RawPage(write=endless(content_length=None)), ["download cancelled", "timed out"],
        note="no Content-Length, endless body (on a busy machine the timeout may come first)")
    bomb = gzip_bomb(bomb_size)
    add("gzip-bomb", RawPage(write=bomb), ["Ignored response"],
        note=f"gzip: {bomb.wire / 1e6:.1f} MB on the wire, {bomb_size >> 30} GiB inflated")
    bomb = gzip_bomb(bomb_size, "deflate")
    add("deflate-bomb", RawPage(write=bomb), ["Ignored response"],
        note=f"deflate: {bomb.wire / 1e6:.1f} MB on the wire, {bomb_size >> 30} GiB inflated")
    # lying lengths
    add("length-too-long", RawPage(write=lying_length(policy_html("en", "Short Body").encode()[:3000], 90000)),
        ["response cut short"], note="declares 90000 bytes, sends 3000 and closes")
    add("length-too-short", RawPage(write=lying_length(policy_html("en", "Long Body").encode(), 400)),
        ["not_a_policy", "empty", "extraction_failed"], note="declares 400 bytes, sends the whole policy")
    # binary as text/html
    add("png-as-html", Page(png_bytes(), content_type="text/html"), ["binary"])
    add("noise-as-html", Page(noise_without_nul(), content_type="text/html; charset=utf-8"),
        ["binary", "not_a_policy"], note="40 KB of random bytes without NUL")
    add("gzip-as-html", Page(policy_as_gzip_file("Gzip File"), content_type="text/html"), ["binary"],
        note="a .gz file, no Content-Encoding")
    add("octet-stream", Page(noise_without_nul(5000, 2), content_type="application/octet-stream"), ["binary"])
    # encodings: real policies, wrongly labelled; a version is right if its text reads right
    add("latin1-as-utf8", Page(latin1_policy("Latin Co").replace('<meta charset="utf-8">', "").encode("cp1252"),
                               content_type="text/html; charset=utf-8"), [], version_ok=True,
        note="windows-1252 bytes, header says utf-8", must_read=MUST_READ)
    add("utf8-as-latin1", Page(latin1_policy("Utf Co").replace('<meta charset="utf-8">', "").encode("utf-8"),
                               content_type="text/html; charset=iso-8859-1"), [], version_ok=True,
        note="utf-8 bytes, header says iso-8859-1", must_read=MUST_READ)
    mixed = latin1_policy("Mixed Co").encode("utf-8").replace("“Éclair & Fils”".encode(),
                                                               "“Éclair & Fils”".encode("cp1252"))
    add("mixed-encoding", Page(mixed), [], version_ok=True, note="utf-8 with one windows-1252 phrase",
        must_read=MUST_READ)
    add("bogus-charset", Page(latin1_policy("Bogus Co").encode(), content_type="text/html; charset=x-klingon"),
        [], version_ok=True, note="charset=x-klingon", must_read=MUST_READ)
    add("utf16-policy", Page(b"\xff\xfe" + latin1_policy("Sixteen Co").replace('charset="utf-8"', 'charset="utf-16"')
                             .encode("utf-16-le"), content_type="text/html; charset=utf-16"), [], version_ok=True,
        note="UTF-16 with a BOM, declared", must_read=MUST_READ)
    # pages that are not the policy
    add("empty-200", Page(b""), ["empty"])
    add("soft-404", Page(soft_404()), ["not_a_policy"])
    add("rich-soft-404", Page(rich_404()), ["not_a_policy"], note="a 404 page at 200, with privacy words")
    add("error-200", Page(error_200()), ["not_a_policy"])
    add("maintenance-200", Page(maintenance_200()), ["not_a_policy"], note="'back soon' at 200, privacy words")
    add("challenge-cf", Page(challenge_page("cloudflare")), ["challenge"], note='"Just a moment...", 200')
    add("challenge-403", Page(challenge_page("cloudflare"), status=403), ["http_403"],
        note='"Just a moment...", 403')
    add("checking-browser", Page(challenge_page("checking")), ["challenge"], note='"Checking your browser"')
    add("js-shell", Page(js_shell()), ["challenge"], note="an SPA shell, empty <div id=root>")
    # a discovery trap: no pinned URL
    trap = calendar_trap("www.calendar-trap.test", "Calendar Trap")
    cases.append(Case("calendar-trap", trap, None, (), note="endless calendar, session ids, endless sitemaps"))
    return cases


def later_cases() -> list[Case]:
    """Sites whose policy is real on the first crawl (found through the footer) and turns into
    something else (`Case.later`) before the second: that capture must not become a version."""
    cases: list[Case] = []

    def add(name, later: Page, reasons, note=""):
        host = f"www.{name}.test"
        co = name.replace("-", " ").title()
        site = _site(host, co)
        site.pages["/privacy"] = Page(policy_html("en", co).encode())
        cases.append(Case(name, site, None, tuple(reasons), note=note, later=later))

    add("shrinks-to-stub", Page(stub("Shrinks To Stub")), ["not_a_policy", "fragment"], note="two sentences")
    add("shrinks-to-summary", Page(summary_stub("Shrinks To Summary")), ["fragment"],
        note="the first 3 of 15 sections")
    add("turns-soft-404", Page(soft_404()), ["not_a_policy"])
    add("turns-rich-404", Page(rich_404()), ["not_a_policy"])
    add("turns-maintenance", Page(maintenance_200()), ["not_a_policy"])
    add("turns-challenge", Page(challenge_page("cloudflare")), ["challenge"])
    add("turns-js-shell", Page(js_shell()), ["challenge"])
    add("turns-png", Page(png_bytes(), content_type="text/html"), ["binary"])
    add("turns-empty", Page(b""), ["empty"])
    return cases


def apply_later(cases: list[Case]):
    for c in cases:
        if c.later is not None:
            c.site.pages["/privacy"] = c.later


def hostile_web(bomb_size: int = 4 << 30) -> tuple[HostileWeb, list[Case]]:
    """The web of every case (crawled once, and crawled twice around `apply_later`)."""
    cases = hostile_cases(bomb_size) + later_cases()
    web = HostileWeb([c.site for c in cases])
    return web, cases


def seeds_for(cases: list[Case]) -> str:
    return "".join(f"{c.site.homepage}  {c.site.name}" + (f"  {c.pinned}" if c.pinned else "") + "\n"
                   for c in cases)
