"""Shared fixtures: realistic policy pages, real WARC files, and the CLI."""
from __future__ import annotations

import os
import re
import selectors
import time

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings as hypothesis_settings
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Property tests draw the same examples on every run and keep no example database: a test passes or fails
# on the code, never on what an earlier run happened to find or on the day's random seed.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.load_profile("repeatable")

SECTIONS = [
    ("Information we collect",
     "We collect the personal data you give us when you create an account, such as your name, e-mail address "
     "and date of birth, and the information your device sends us when you use the service, such as your IP "
     "address, device identifiers and the pages you visit. We collect only the personal data we need."),
    ("How we use your information",
     "We use your personal data to provide and improve the service, to keep your account secure, to answer "
     "your requests, and, where you have given your consent, to send you news about our products. We do not "
     "sell your personal information to third parties and we never use it for purposes you were not told of."),
    ("Sharing with third parties",
     "We share personal data with service providers who process it on our behalf under contracts that require "
     "them to protect it, with authorities when the law requires us to, and with a buyer if our company is "
     "sold. Each processor may only use your data to provide its services to us."),
    ("Your rights",
     "You have the right to access, correct and delete your personal data, to object to its processing, to "
     "restrict it, and to receive a copy of it in a portable format. You may withdraw your consent at any "
     "time. You can also lodge a complaint with your data protection authority."),
    ("Data retention",
     "We keep your personal data for as long as your account is open and for two years after it is closed, "
     "unless the law requires us to keep it longer, for example for tax or accounting purposes."),
    ("Cookies",
     "We use cookies and similar technologies to remember your preferences and to measure how the service is "
     "used. You can refuse cookies in your browser settings; some features may then not work."),
    ("Contact us",
     "If you have questions about this privacy policy or how we process your personal data, write to our data "
     "protection officer at privacy@example.com or to Example Ltd, 1 Main Street, Dublin, Ireland."),
]


def policy_html(edits: dict[int, str] | None = None, *, title: str = "Privacy Policy", extra: str = "",
                updated: str = "March 1, 2024") -> bytes:
    """A privacy policy page with site chrome; `edits` replaces the text of numbered sections."""
    edits = edits or {}
    body = "".join(f"<h2>{h}</h2><p>{edits.get(i, t)}</p>" for i, (h, t) in enumerate(SECTIONS))
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | Example</title></head>"
            "<body><header><nav><a href='/'>Home</a> <a href='/products'>Products</a> <a href='/blog'>Blog</a></nav>"
            f"</header><main><article><h1>{title}</h1><p>Last updated: {updated}</p>"
            "<p>This privacy policy explains how Example Ltd collects, uses and protects your personal data when "
            f"you use our website and apps.</p>{body}{extra}</article></main>"
            "<footer><a href='/terms'>Terms</a> <a href='/privacy'>Privacy</a> © 2024 Example Ltd</footer>"
            "</body></html>").encode("utf-8")


def at(day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=day, hours=hour)


def write_warc(path: Path, records: list[tuple[str, dt.datetime | str, int, bytes]], *, gzip: bool = True,
               content_type: str = "text/html; charset=utf-8", headers: list[tuple[str, str]] = ()) -> Path:
    """A real WARC file of `response` records (url, time, status, body[, its own headers]), each with these
    extra HTTP headers; a time given as text is its WARC-Date as written (WARC/1.1 sub-second times)."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for url, when, status, body, *own in records:
            http = StatusAndHeaders(f"{status} X", [("Content-Type", content_type), *headers, *(own[0] if own else ()),
                                                    ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": when if isinstance(when, str) else
                                                               when.strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(rec)
    return path


PDF_WORDS = ("we collect personal data about your account and device, share it with processors under contract, "
             "retain it for as long as the law requires and delete it when you close your account; you may "
             "request access, correction or erasure and object to third-party advertising by e-mail").split()


def paginated_pdf(width: int, per_page: int, edit: str = "") -> bytes:
    """A twelve-section policy typeset as a PDF at `width` characters a line and `per_page` lines a page
    (no paragraph space), each page with a running header (the title and date) and footer ("Page n of N");
    `edit`, when given, is added to the end of section 5."""
    import random
    import textwrap
    from crawler.demo.web import make_pdf
    rng = random.Random(7)
    lines = []
    for n in range(1, 13):
        words = [rng.choice(PDF_WORDS) for _ in range(rng.randint(40, 80))]
        text = " ".join(words).capitalize() + "." + (f" {edit}" if edit and n == 5 else "")
        lines += [f"{n}. {rng.choice(PDF_WORDS).title()} and {rng.choice(PDF_WORDS)}"] + textwrap.wrap(text, width)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    flat = []
    for n, chunk in enumerate(chunks, 1):
        page = ["Acme Ltd - Privacy Policy - Effective 1 March 2024", *chunk, f"Confidential | Page {n} of {len(chunks)}"]
        flat += page + [""] * (45 - len(page))  # make_pdf sets 45 lines a page
    return make_pdf(flat)


URL = "https://www.example.com/privacy"


@pytest.fixture
def history_records():
    """A policy's captures over two months: v1, noise-free repeats, an edit, an error page, a second edit."""
    v1 = policy_html()
    v2 = policy_html({3: SECTIONS[3][1] + " We will answer every request within one month."})
    v3 = policy_html({3: SECTIONS[3][1] + " We will answer every request within one month.",
                      4: "We keep your personal data for as long as your account is open and for one year after it "
                         "is closed, unless the law requires us to keep it longer."})
    return [
        (URL, at(0), 200, v1),
        (URL, at(7), 200, v1),
        (URL, at(14), 200, v2),
        (URL, at(21), 404, b"<html><body><h1>Not found</h1></body></html>"),
        (URL, at(28), 200, v2),
        (URL, at(35), 200, v3),
        (URL, at(42), 200, v3),
    ]


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def run(db_path):
    """Invoke the CLI against the test archive; returns click's Result."""
    from archive.cli import cli

    def invoke(*args, db: Path | None = None):
        return CliRunner().invoke(cli, ["--db", str(db or db_path), *map(str, args)], catch_exceptions=False)
    return invoke


@pytest.fixture
def receiver():
    """A webhook receiver on 127.0.0.1: (url, messages, state); set state["fail"] = N for N 503s first."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    got, state = [], {"fail": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if state["fail"] > 0:
                state["fail"] -= 1
                self.send_response(503)
                self.send_header("Retry-After", "0")
                self.end_headers()
                return
            got.append(json.loads(body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", got, state
    server.shutdown()


def wait_for_output(proc, pattern: str, *, count: int = 1, stream: str = "stderr", timeout: float = 60) -> list[str]:
    """Read a child's output line by line until `pattern` has appeared `count` times: the child says when it
    is ready, so tests wait on that event instead of sleeping. Fails with what it read on exit or timeout.

    Reads the pipe's file descriptor itself (os.read after select): a buffered readline() can take several
    lines from the pipe at once, and select() then waits for more output that never comes, with the awaited
    line already read into Python's buffer. Bytes read past the last line are kept for the next call."""
    pipe = getattr(proc, stream)
    fd = pipe.fileno()
    pending = getattr(proc, "_pending_output", {})
    proc._pending_output = pending
    buf = pending.get(stream, b"")
    sel = selectors.DefaultSelector()
    sel.register(fd, selectors.EVENT_READ)
    seen, lines, deadline = 0, [], time.monotonic() + timeout
    try:
        while seen < count:
            while b"\n" not in buf:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise AssertionError(f"no {pattern!r} x{count} within {timeout}s; read: {''.join(lines)[-2000:]}")
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise AssertionError(f"the process ended (exit {proc.wait()}) before {pattern!r}; "
                                         f"read: {(''.join(lines) + buf.decode('utf-8', 'replace'))[-2000:]}")
                buf += chunk
            raw, buf = buf.split(b"\n", 1)
            line = raw.decode("utf-8", "replace") + "\n"
            lines.append(line)
            seen += bool(re.search(pattern, line))
    finally:
        pending[stream] = buf
        sel.close()
    return lines


@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch):
    """The crawl and `classify URL` go through the proxy the environment names: a machine's own $http_proxy
    would send the tests' loopback requests to it. Tests that use a proxy (the local web's) set it themselves."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture(autouse=True)
def _no_rules_file_leaks_between_tests(monkeypatch):
    """`--rules FILE` sets POLICY_ARCHIVE_RULES in the process it runs in, for its extraction workers; a test
    that runs the CLI in-process left it set for every later test, whose crawl subprocesses then read a rules
    file of another test's temporary folder (the schedule's Ctrl-C test failed in the whole suite only)."""
    from archive.extract import rules
    monkeypatch.delenv(rules.ENV, raising=False)
    yield
    os.environ.pop(rules.ENV, None)


@pytest.fixture
def slow_local_sites():
    """make(tmp_path, n, delay=1.0) -> (seeds file, started): n companies on n local servers of one host
    (127.0.0.1, so one download slot), a homepage linking /privacy and the policy, each page answered after
    `delay` seconds; `started` gets the time.monotonic() at which each page request (not robots.txt) began, and
    `started.wait_for(n)` blocks until n have (an event, not a sleep), failing after `timeout` seconds."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Started(list):
        def __init__(self):
            super().__init__()
            self.changed = threading.Condition()

        def append(self, when):
            with self.changed:
                super().append(when)
                self.changed.notify_all()

        def wait_for(self, n: int, timeout: float = 60) -> None:
            with self.changed:
                assert self.changed.wait_for(lambda: len(self) >= n, timeout), f"{len(self)} of {n} pages asked for"

    servers, started = [], Started()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/robots.txt":
                body, status = b"", 404
            else:
                started.append(time.monotonic())
                time.sleep(self.server.delay)
                body = policy_html() if self.path == "/privacy" else \
                    b'<html><body><h1>Home</h1><footer><a href="/privacy">Privacy</a></footer></body></html>'
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    def make(tmp_path, n: int, delay: float = 1.0):
        for _ in range(n):
            server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
            server.delay = delay
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("".join(f"http://127.0.0.1:{s.server_address[1]}/\n" for s in servers))
        return seeds, started
    yield make
    for server in servers:
        server.shutdown()
