"""A local web of company sites for the demo, the tests and the crawl benchmark: ONE server for all.

    web = FixtureWeb(generate_sites(200)).start()   # a real HTTP server on 127.0.0.1, port 0, in a thread
    ...crawl with  http_proxy=web.proxy_url  and ALLOW_PRIVATE...
    web.stop()

Every site has its own host name under the reserved `.test` domain; the server answers for all of them,
both as a plain server (Host header) and as an HTTP proxy (absolute request URIs), so a crawler pointed at
it with `http_proxy` sees many companies with ordinary URLs, robots.txt per host, per-host politeness.
Behaviours: ETag / Last-Modified with 304 on conditional GET, 429 + Retry-After for the first requests to
a page, redirect chains, robots.txt disallows and Sitemap lines, a PDF policy, GBK / Big5 / Shift_JIS pages.
Each generated site states what a correct crawl finds (`expected`, `expected_rule`) and its decoys, so the
discovery score is counted, not guessed.
"""
from __future__ import annotations

import email.utils
import hashlib
import html as htmllib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from . import texts
from .texts import L

SPAM_TITLES = ["kaiyun体育全站入口(China)官方网站-Unique Platform", "laiye's ai-凯发网站",
               "开云体育(中国)官方网站-IOS/安卓通用版/手机APP下载", "bob半岛·体育(中国)官方网站"]
BASE_TIME = 1_700_000_000  # Last-Modified of every page until it is edited


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # for 3xx
    throttle: int = 0  # answer 429 + Retry-After to the first N requests
    retry_after: str = "1"
    etag: bool = True
    last_modified: float = BASE_TIME
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)


@dataclass
class Site:
    host: str
    name: str
    kind: str
    lang: str = "en"
    pages: dict = field(default_factory=dict)  # path -> Page
    robots: str | None = "User-agent: *\nDisallow: /admin/\n"
    expected: str | None = None  # the URL a correct crawl archives (as requested), None: nothing
    expected_rule: str | None = None
    decoys: list = field(default_factory=list)  # URLs that must never be archived
    fallback: Page | None = None  # served for unknown paths (a "soft 404"), instead of a 404
    browser_pages: list = field(default_factory=list)  # URLs whose content only a browser sees (script-rendered)

    @property
    def homepage(self) -> str:
        return f"http://{self.host}/"

    def url(self, path: str) -> str:
        return path if "://" in path else f"http://{self.host}{path}"


class FixtureWeb:
    def __init__(self, sites):
        self.sites: dict[str, Site] = {}
        self.extra: dict[str, Site] = {}  # hosts that are not companies (hosting services, partner domains)
        for s in sites:
            self.add(s)
        self.log: list[dict] = []
        self.latency = 0.0  # seconds before every answer (a real server's time to first byte), robots.txt too
        self._hits: dict[tuple, int] = {}
        self._lock = threading.Lock()
        self._answered = threading.Condition(self._lock)  # notified at each answer logged (`wait_for_answers`)
        self.server = None
        self.thread = None

    def add(self, site: Site, company: bool = True):
        (self.sites if company else self.extra)[site.host] = site

    def site_for(self, host: str) -> Site | None:
        return self.sites.get(host) or self.extra.get(host)

    # --- serving ----------------------------------------------------------------------------
    def start(self) -> "FixtureWeb":
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "fixture-web/1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                web._serve(self)

            def do_HEAD(self):
                web._serve(self, head=True)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256

            def handle_error(self, request, client_address):  # a client that hung up (timeouts, size limits)
                import sys
                if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
                    super().handle_error(request, client_address)

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, name="fixture-web", daemon=True)
        self.thread.start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_for_answers(self, n: int, timeout: float = 60) -> bool:
        """Block until the web has answered `n` requests (an event, not a sleep: a test interrupts a crawl
        that is known to be under way); False when `timeout` seconds pass first."""
        with self._answered:
            return self._answered.wait_for(lambda: len(self.log) >= n, timeout)

    def requests_to(self, host: str, path: str | None = None) -> list[dict]:
        with self._lock:
            return [r for r in self.log if r["host"] == host and (path is None or r["path"] == path)]

    def edit(self, host: str, path: str, body: bytes, when: float | None = None):
        """Change a page (the demo's 'the company edits its policy'): new body, new Last-Modified."""
        page = self.site_for(host).pages[path]
        page.body = body
        page.last_modified = when or time.time()

    def _serve(self, h: BaseHTTPRequestHandler, head: bool = False):
        t0 = time.monotonic()
        if self.latency:
            time.sleep(self.latency)
        target = h.path
        if target.startswith(("http://", "https://")):  # proxy form
            parts = urlsplit(target)
            host, path = (parts.hostname or ""), (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        else:
            host, path = (h.headers.get("Host") or "").split(":")[0].lower(), target
        headers = {k.lower(): v for k, v in h.headers.items()}
        site = self.site_for(host)
        status, body, out = self._respond(site, path.split("?")[0], headers)
        with self._answered:
            self.log.append({"host": host, "path": path, "headers": headers, "status": status,
                             "t0": t0, "t": time.monotonic()})
            self._answered.notify_all()
        h.send_response(status)
        for k, v in out.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if not head:
            h.wfile.write(body)

    def _respond(self, site: Site | None, path: str, req: dict):
        if site is None:
            return 502, b"unknown host", {"Content-Type": "text/plain"}
        if path == "/robots.txt":
            if site.robots is None:
                return 404, b"not found", {"Content-Type": "text/plain"}
            return 200, site.robots.encode(), {"Content-Type": "text/plain"}
        page = site.pages.get(path) or site.fallback
        if page is None:
            return 404, b"<html><body><h1>404 Not Found</h1></body></html>", {"Content-Type": "text/html"}
        with self._lock:
            key = (site.host, path)
            self._hits[key] = n = self._hits.get(key, 0) + 1
        if page.delay:
            time.sleep(page.delay)
        if n <= page.throttle:
            return 429, b"slow down", {"Content-Type": "text/plain", "Retry-After": page.retry_after}
        if page.location:
            return page.status, b"", {"Location": site.url(page.location)}
        out = {"Content-Type": page.content_type, **page.headers}
        etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
        lm = email.utils.formatdate(page.last_modified, usegmt=True)
        if page.etag:
            out["ETag"] = etag
        out["Last-Modified"] = lm
        inm = req.get("if-none-match")
        ims = req.get("if-modified-since")
        if page.status == 200:
            if page.etag and inm and etag in [t.strip() for t in inm.split(",")]:
                return 304, b"", {k: v for k, v in out.items() if k != "Content-Type"}
            if not inm and ims:
                try:
                    since = email.utils.parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    since = None
                if since is not None and page.last_modified <= since:
                    return 304, b"", {k: v for k, v in out.items() if k != "Content-Type"}
        return page.status, page.body, out


# --- page builders ------------------------------------------------------------------------------
def esc(s: str) -> str:
    return htmllib.escape(s, quote=True)


def html_page(title: str, body: str, lang: str = "en", charset: str = "utf-8", head: str = "",
              meta_charset: bool = True) -> str:
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{meta}<title>{esc(title)}</title>{head}</head>\n'
            f"<body>\n{body}\n</body></html>\n")


def policy_html(lang: str, co: str, title: str | None = None, sections: int = 3, spam: str | None = None,
                extra: str = "") -> str:
    t = L[lang]
    title = title or t["title"]
    parts = []
    for rep in range(sections):
        for i, (sec, para) in enumerate(zip(t["sections"], t["paras"])):
            parts.append(f"<h2>{rep * 5 + i + 1}. {esc(sec)}</h2>\n<p>{esc(para.format(co=co))}</p>")
    banner = ('<div class="cookie-banner">This site uses cookies. By continuing to browse the site you are '
              'agreeing to our use of cookies.</div>')
    head_title = spam or f"{title} - {co}"
    body = (f'<header><div class="logo">{esc(spam or co)}</div><nav><a href="/">Home</a></nav></header>\n'
            f"{banner}\n<main><article><h1>{esc(title)}</h1>\n" + "\n".join(parts) + extra +
            f"</article></main>\n<footer><p>© 2024 {esc(co)}</p></footer>")
    return html_page(head_title, body, lang=lang)


def text_page(title: str, paras: list[str], co: str, lang: str = "en", head: str = "") -> str:
    body = f"<main><h1>{esc(title)}</h1>\n" + "\n".join(f"<p>{esc(p.format(co=co))}</p>" for p in paras * 2) + \
        f"\n</main>\n<footer><p>© 2024 {esc(co)}</p></footer>"
    return html_page(f"{title} - {co}", body, lang=lang, head=head)


def home_html(co: str, lang: str, footer_links: list[tuple[str, str]], main_links: list[tuple[str, str]] = (),
              banner_links: list[tuple[str, str]] = (), spam: str | None = None, raw_footer: str = "",
              raw_main: str = "") -> str:
    t = L.get(lang, L["en"])

    def links(items):
        return " | ".join(f'<a href="{esc(href)}">{esc(text)}</a>' for text, href in items)

    banner = ""
    if banner_links is not None:
        banner = (f'<div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. '
                  f'{links(banner_links)} <button>OK</button></div>')
    body = (f'<header><div class="logo">{esc(spam or co)}</div><nav><a href="/">Home</a> '
            f'<a href="/products">Products</a> <a href="/about">About</a></nav></header>\n{banner}\n'
            f'<main><h1>{esc(t["home"].format(co=co))}</h1><p>{esc(co)} builds software people love. '
            f'Our products help teams work better together.</p>{links(main_links)}{raw_main}</main>\n'
            f'<footer class="site-footer"><nav class="legal-menu">{links(footer_links)}{raw_footer}</nav>'
            f'<p>© 2024 {esc(co)}. All rights reserved.</p><p>91 queries, 0.698 seconds.</p></footer>')
    return html_page(spam or co, body, lang=lang)


# --- pages rendered by script (crawler/browser.py): their text or links are not in the HTML -------------------
_JSON_ESC = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _json_script(data) -> str:
    import json
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESC)


def js_policy_html(lang: str, co: str, title: str | None = None, sections: int = 3, delay_ms: int = 0,
                   never_settles: bool = False, chrome: bool = True) -> str:
    """A policy whose text is a JSON blob that a script renders into an empty <main> (an SPA's policy page):
    the HTML alone holds no readable policy. `delay_ms`: the script renders only after that delay (data that
    arrives late); `never_settles`: the page then keeps adding elements forever (an endless animation)."""
    t = L[lang]
    title = title or t["title"]
    data = {"title": title, "sections": [[f"{rep * 5 + i + 1}. {sec}", para.format(co=co)]
                                         for rep in range(sections)
                                         for i, (sec, para) in enumerate(zip(t["sections"], t["paras"]))]}
    script = ("(function(){function render(){var d=JSON.parse(document.getElementById('policy-data').textContent);"
              "var m=document.getElementById('app');var a=document.createElement('article');"
              "var h=document.createElement('h1');h.textContent=d.title;a.appendChild(h);"
              "d.sections.forEach(function(s){var h2=document.createElement('h2');h2.textContent=s[0];"
              "var p=document.createElement('p');p.textContent=s[1];a.appendChild(h2);a.appendChild(p);});"
              "m.appendChild(a);" +
              ("setInterval(function(){var i=document.createElement('i');i.textContent='.';m.appendChild(i);},150);"
               if never_settles else "") +
              "}" + (f"setTimeout(render,{delay_ms});" if delay_ms else
                     "if(document.readyState!=='loading')render();else document.addEventListener('DOMContentLoaded',render);")
              + "})();")
    body = ((f'<header><div class="logo">{esc(co)}</div></header>\n' if chrome else "") +
            '<main id="app"></main>\n'
            f'<script type="application/json" id="policy-data">{_json_script(data)}</script>\n'
            f"<script>{script}</script>\n" +
            (f"<footer><p>© 2024 {esc(co)}</p></footer>" if chrome else ""))
    return html_page(f"{title} - {co}", body, lang=lang)


def js_home_html(co: str, lang: str, footer_links: list[tuple[str, str]]) -> str:
    """A homepage whose footer links a script writes (from a list in the script): in the plain HTML the
    footer is empty, so discovery sees no policy link until the page is rendered."""
    import json
    t = L.get(lang, L["en"])
    links = json.dumps([[text, href] for text, href in footer_links], ensure_ascii=False).translate(_JSON_ESC)
    script = ("(function(){var links=" + links + ";var nav=document.getElementById('legal-links');"
              "links.forEach(function(l,i){var a=document.createElement('a');a.href=l[1];a.textContent=l[0];"
              "if(i)nav.appendChild(document.createTextNode(' | '));nav.appendChild(a);});})();")
    body = (f'<header><div class="logo">{esc(co)}</div><nav><a href="/">Home</a> '
            f'<a href="/products">Products</a> <a href="/about">About</a></nav></header>\n'
            f'<main><h1>{esc(t["home"].format(co=co))}</h1><p>{esc(co)} builds software people love. '
            f'Our products help teams work better together, from the first sketch to the last release, in '
            f'offices and at home, on every device they use.</p></main>\n'
            f'<footer class="site-footer"><nav class="legal-menu" id="legal-links"></nav>'
            f'<p>© 2024 {esc(co)}. All rights reserved.</p></footer>\n<script>{script}</script>')
    return html_page(co, body, lang=lang)


def make_pdf(lines: list[str]) -> bytes:
    """A small valid PDF with the lines as text (Helvetica, WinAnsiEncoding: cp1252's characters, others
    as "?"), 45 lines per page."""
    def pdf_str(s: str) -> str:
        s = s.encode("cp1252", "replace").decode("latin-1")  # the stream is written byte for byte below
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    wrapped = []
    for line in lines:
        while len(line) > 90:
            cut = line.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    pages = [wrapped[i:i + 45] for i in range(0, len(wrapped), 45)] or [[""]]
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        stream = "BT /F1 10 Tf 14 TL 50 780 Td " + " ".join(f"{pdf_str(l)} Tj T*" for l in page) + " ET"
        data = stream.encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --- the generator -------------------------------------------------------------------------------
KINDS = ["footer-en", "rel", "lang-de", "lang-fr", "lang-es", "lang-pt", "lang-it", "lang-nl", "lang-ja",
         "lang-ko", "lang-ru", "lang-zh-Hans", "lang-zh-Hant", "hub", "sitemap", "robots-sitemap",
         "common-path", "redirect", "pdf", "hosted", "other-domain", "alt-aria", "decoys", "throttled",
         "robots-disallow", "no-policy", "third-party", "title-attr", "last-modified", "privacy-center",
         "nav-link", "soft-404"]
JS_KINDS = ["js-policy", "js-footer", "js-app"]  # script-rendered: generated only when asked for (the browser)


def _decoy_pages(site: Site, co: str, lang: str = "en"):
    """Terms, imprint and cookie pages: linked from the footer, never to be archived."""
    t = L[lang]
    site.pages["/terms"] = Page(text_page(t["terms"], texts.TERMS_EN, co, lang).encode())
    site.pages["/imprint"] = Page(text_page(t["imprint"], texts.IMPRINT_EN, co, lang).encode())
    site.pages["/cookies"] = Page(text_page(t["cookies"], texts.COOKIES_EN, co, lang).encode())
    site.decoys += [site.url("/terms"), site.url("/imprint"), site.url("/cookies")]
    return [(t["terms"], "/terms"), (t["imprint"], "/imprint"), (t["cookies"], "/cookies")]


def make_site(i: int, kind: str, nth: int | None = None) -> tuple[Site, list[Site]]:
    """Company number i of the given kind, and any extra hosts it needs (partner domain, hosting service).

    A kind's variants (hosting service, link markup, hub language) rotate on `nth`, the site's rank among
    the sites of its kind (default i): rotating on i would pick the same variant for every site of a kind
    whenever the number of kinds is a multiple of the number of variants."""
    nth = i if nth is None else nth
    co = f"Company{i:04d}"
    host = f"www.company{i:04d}.test"
    lang = kind[5:] if kind.startswith("lang-") else "en"
    site = Site(host=host, name=co, kind=kind, lang=lang)
    extras: list[Site] = []
    t = L[lang]
    decoy_links = _decoy_pages(site, co, lang)
    footer = []
    policy_path = t["path"]
    rule = "footer-link"
    home_kw: dict = {}

    def policy(path=policy_path, **kw):
        site.pages[path] = Page(policy_html(lang, co, **kw).encode())

    if kind in ("footer-en", "last-modified") or kind.startswith("lang-"):
        footer = [decoy_links[0], (t["policy"], policy_path)] + decoy_links[1:]
        if lang == "zh-Hans":  # GBK, declared in <meta>
            body = policy_html(lang, co).replace('charset="utf-8"', 'charset="gbk"').encode("gbk", "xmlcharrefreplace")
            site.pages[policy_path] = Page(body, content_type="text/html")
        elif lang == "zh-Hant":  # Big5, declared only in the HTTP header
            body = policy_html(lang, co).replace('<meta charset="utf-8">', "").encode("big5", "xmlcharrefreplace")
            site.pages[policy_path] = Page(body, content_type="text/html; charset=big5")
        elif lang == "ja":  # Shift_JIS, declared nowhere
            body = policy_html(lang, co).replace('<meta charset="utf-8">', "").encode("shift_jis", "xmlcharrefreplace")
            site.pages[policy_path] = Page(body, content_type="text/html")
        else:
            policy()
        if kind == "last-modified":
            site.pages[policy_path].etag = False
    elif kind == "rel":
        policy_path = "/p/data-notice"
        policy(policy_path)
        footer = decoy_links
        home_kw["raw_footer"] = f' | <a rel="privacy-policy" href="{policy_path}">Your data</a>'
        rule = "rel=privacy-policy"
    elif kind == "hub":
        hub_lang = ["en", "de", "zh-Hans"][nth % 3]
        t = L[hub_lang]
        site.lang = lang = hub_lang
        policy_path = "/legal/privacy-notice"
        site.pages[policy_path] = Page(policy_html(hub_lang, co).encode())
        hub_links = [(t["terms"], "/terms"), (t["policy"], policy_path), (t["cookies"], "/cookies")]
        site.pages["/legal"] = Page(home_html(co, hub_lang, hub_links, banner_links=None).replace(
            "<main><h1>", f"<main><h1>{esc(t['hub'])}</h1><h2>", 1).encode())
        footer = [(t["hub"], "/legal"), ("Contact", "/contact")]
        rule = "legal-hub"
    elif kind in ("sitemap", "robots-sitemap"):
        policy_path = "/company/privacy-notice" if kind == "sitemap" else "/site/statement-on-privacy"
        policy(policy_path)
        site.pages["/blog/2024/05/privacy-tips"] = Page(text_page("5 privacy tips", texts.BLOG_EN, co).encode())
        site.decoys.append(site.url("/blog/2024/05/privacy-tips"))
        urls = ["/", "/about", "/blog/2024/05/privacy-tips", policy_path, "/terms"]
        urlset = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                  + "".join(f"<url><loc>{site.url(u)}</loc></url>" for u in urls) + "</urlset>")
        if kind == "sitemap":
            site.pages["/sitemap.xml"] = Page(urlset.encode(), content_type="application/xml")
        else:
            site.robots = "User-agent: *\nDisallow: /admin/\nSitemap: /sitemaps/index.xml\n"
            site.pages["/sitemaps/index.xml"] = Page((
                '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f'<sitemap><loc>{site.url("/sitemaps/pages.xml")}</loc></sitemap></sitemapindex>').encode(),
                content_type="application/xml")
            site.pages["/sitemaps/pages.xml"] = Page(urlset.encode(), content_type="application/xml")
        footer = [("About", "/about")]  # no policy link anywhere
        rule = "sitemap"
    elif kind == "common-path":
        policy_path = "/privacy"
        policy(policy_path)
        footer = [("About", "/about")]
        rule = "common-path"
    elif kind == "redirect":
        policy_path = "/privacy"
        site.pages["/privacy"] = Page(status=301, location="/legal/privacy")
        site.pages["/legal/privacy"] = Page(status=302, location="/legal/privacy-policy.html")
        policy("/legal/privacy-policy.html")
        footer = decoy_links + [("Privacy", "/privacy")]
    elif kind == "pdf":
        policy_path = "/docs/privacy-policy.pdf"
        lines = [f"{co} Privacy Policy", "Last updated: 1 March 2024", ""]
        for sec, para in zip(t["sections"], t["paras"]):
            lines += [sec, para.format(co=co), ""]
        site.pages[policy_path] = Page(make_pdf(lines * 2), content_type="application/pdf")
        footer = decoy_links + [("Privacy Policy (PDF)", policy_path)]
    elif kind == "hosted":
        vendor = ["iubenda", "termly", "onetrust", "trustarc"][nth % 4]
        vhost = f"www.{vendor}.test"
        vpath = f"/privacy-policy/{1000 + i}"
        vendor_site = Site(host=vhost, name=vendor, kind="vendor")
        vendor_site.pages[vpath] = Page(policy_html(lang, co).encode())
        extras.append(vendor_site)
        policy_path = f"http://{vhost}{vpath}"
        footer = decoy_links + [("Privacy Policy", policy_path)]
    elif kind == "other-domain":
        ohost = f"legal.company{i:04d}-group.test"
        other = Site(host=ohost, name=co, kind="partner")
        other.pages["/privacy"] = Page(policy_html(lang, co).encode())
        extras.append(other)
        policy_path = f"http://{ohost}/privacy"
        footer = decoy_links + [("Privacy Notice", policy_path)]
    elif kind == "alt-aria":
        policy_path = "/p/7"
        policy(policy_path)
        footer = decoy_links
        if nth % 2:
            home_kw["raw_footer"] = f' <a href="{policy_path}"><img src="/i/shield.png" alt="Privacy Policy"></a>'
        else:
            home_kw["raw_footer"] = f' <a href="{policy_path}" aria-label="Privacy notice"><svg></svg></a>'
    elif kind == "title-attr":
        policy_path = "/p/data"
        policy(policy_path)
        footer = decoy_links + [("Data", policy_path)]
        home_kw["raw_footer"] = ""
        footer = decoy_links
        home_kw["raw_footer"] = f' | <a href="{policy_path}" title="Privacy Policy">Data</a>'
    elif kind == "decoys":
        policy_path = "/privacy-center/policy"
        policy(policy_path)
        site.pages["/privacy-choices"] = Page(text_page("Your Privacy Choices", texts.CHOICES_EN, co).encode())
        site.pages["/blog/2024/03/privacy-update"] = Page(text_page(
            "We updated our privacy policy", texts.BLOG_EN, co,
            head='<meta property="og:type" content="article">').encode())
        site.pages["/security"] = Page(text_page("Security & Privacy", texts.SECURITY_EN, co).encode())
        site.pages["/cookie-settings"] = Page(text_page("Cookie settings", texts.COOKIES_EN, co).encode())
        site.decoys += [site.url(p) for p in ("/privacy-choices", "/blog/2024/03/privacy-update", "/security",
                                              "/cookie-settings")]
        home_kw["banner_links"] = [("Cookie settings", "/cookie-settings")]
        home_kw["main_links"] = [("We updated our privacy policy: what changed", "/blog/2024/03/privacy-update"),
                                 ("Security & Privacy", "/security")]
        footer = decoy_links + [("Your Privacy Choices", "/privacy-choices"), ("Privacy", policy_path)]
    elif kind == "throttled":
        policy_path = "/privacy-policy"
        policy(policy_path)
        site.pages[policy_path].throttle = 1
        footer = decoy_links + [("Privacy Policy", policy_path)]
    elif kind == "robots-disallow":
        policy_path = "/privacy"
        policy(policy_path)
        site.robots = "User-agent: *\nDisallow: /privacy\n"
        footer = decoy_links + [("Privacy Policy", policy_path)]
        site.decoys.append(site.url(policy_path))  # must not be fetched, so never archived
        rule = None
    elif kind == "no-policy":
        footer = decoy_links
        rule = None
    elif kind == "third-party":
        policy_path = "/legal/privacy"
        policy(policy_path)
        g = Site(host="policies.google.test", name="Google", kind="third-party")
        g.pages["/privacy"] = Page(policy_html("en", "Google").encode())
        extras.append(g)
        site.decoys.append("http://policies.google.test/privacy")
        home_kw["raw_main"] = ('<p class="recaptcha">This site is protected by reCAPTCHA and the Google '
                               '<a href="http://policies.google.test/privacy">Privacy Policy</a> and '
                               '<a href="http://policies.google.test/terms">Terms of Service</a> apply.</p>')
        footer = decoy_links + [("Privacy", policy_path)]
    elif kind == "privacy-center":  # the footer's "Privacy Center" is a hub that reads like a policy link
        policy_path = "/privacy-center/privacy-policy"
        policy(policy_path)
        site.pages["/privacy-center"] = Page(home_html(co, "en", [
            ("Privacy Policy", policy_path), ("Cookie Policy", "/cookies"), ("Your Privacy Choices", "/choices")],
            banner_links=None).replace("<main><h1>", "<main><h1>Privacy Center</h1><h2>", 1).encode())
        site.pages["/choices"] = Page(text_page("Your Privacy Choices", texts.CHOICES_EN, co).encode())
        site.decoys += [site.url("/privacy-center"), site.url("/choices")]
        footer = decoy_links + [("Privacy Center", "/privacy-center")]
        rule = "legal-hub"
    elif kind == "nav-link":  # linked from the header navigation only, not the footer
        policy_path = "/company/privacy"
        policy(policy_path)
        footer = decoy_links
        home_kw["raw_main"] = f'<nav class="top"><a href="/about">About</a> <a href="{policy_path}">Privacy</a></nav>'
        rule = "link"
    elif kind in JS_KINDS:  # the policy's text (js-policy), the footer's links (js-footer), or both (js-app)
        policy_path = "/privacy" if kind != "js-footer" else policy_path
        if kind == "js-footer":
            policy()
        else:
            site.pages[policy_path] = Page(js_policy_html(lang, co).encode())
            site.browser_pages.append(site.url(policy_path))
        footer = [decoy_links[0], (t["policy"], policy_path)] + decoy_links[1:]
        if kind != "js-policy":
            home_kw["js"] = True
            site.browser_pages.append(site.homepage)
    elif kind == "soft-404":  # no policy; every unknown path answers 200 "not found"
        site.fallback = Page(html_page("Not found", "<h1>Sorry, this page does not exist</h1>"
                                       "<p>Go back to the <a href='/'>home page</a>.</p>").encode())
        footer = decoy_links
        site.decoys.append(site.url("/privacy"))
        rule = None
    else:
        raise ValueError(kind)

    if "banner_links" not in home_kw:
        home_kw["banner_links"] = [("Learn more about cookies", "/cookies")]
    spam = SPAM_TITLES[i % len(SPAM_TITLES)] if i % 5 == 0 else None
    if home_kw.pop("js", False):
        home = js_home_html(co, lang, footer)
    else:
        home = home_html(co, lang, footer, spam=spam, **home_kw)
    if lang == "zh-Hans" and kind.startswith("lang-"):
        site.pages["/"] = Page(home.replace('charset="utf-8"', 'charset="gbk"').encode("gbk", "xmlcharrefreplace"),
                               content_type="text/html")
    else:
        site.pages["/"] = Page(home.encode())
    site.pages["/about"] = Page(text_page("About us", [f"{co} was founded in 2001."], co).encode())
    if rule is not None:
        site.expected = site.url(policy_path)
        site.expected_rule = rule
    return site, extras


def generate_sites(n: int, kinds: list[str] | None = None) -> FixtureWeb:
    """n company sites cycling through every kind (or the given kinds), with their extra hosts."""
    kinds = kinds or KINDS
    web = FixtureWeb([])
    for i in range(n):
        site, extras = make_site(i, kinds[i % len(kinds)], nth=i // len(kinds))
        web.add(site)
        for e in extras:
            if e.host in web.extra:
                web.extra[e.host].pages.update(e.pages)
            else:
                web.add(e, company=False)
    return web


def seeds_text(web: FixtureWeb) -> str:
    return "".join(f"{s.homepage}  {s.name}\n" for s in web.sites.values())


def write_seeds(web: FixtureWeb, path: str | Path) -> Path:
    path = Path(path)
    path.write_text("# generated by crawler.demo.web\n" + seeds_text(web), encoding="utf-8")
    return path
