"""Backfill: a policy's history from a Wayback-style web archive, through the same `archive.record` path.

For each policy URL: list the archive's captures (its CDX API), plan what to fetch (one fetch per distinct
content digest, optionally at most one change point per PERIOD), fetch each planned memento raw (`id_`
replay: the bytes as archived, not the archive's rewritten page) and record it as a Capture whose
`fetched_at` is the archive time, `source` is `backfill:<archive>` and `source_ref` its memento URL.

Design decisions (README "Backfill from web archives"):
- Collapse on our side. Archives do not all collapse (pywb has no `collapse`), and the Internet Archive's
  `collapse=digest` drops only adjacent duplicates. Captures are grouped in *runs* of adjacent equal
  (status, digest); each run is recorded by its two ends: its first capture (when those bytes appeared)
  and its last (the last time the archive saw them before they changed), so first_seen and last_seen
  are the archive's. Only the first capture of a digest is fetched; every later capture with that digest
  (the end of a run, a run that comes back after an outage, A→B→A) is recorded with the bytes already
  fetched: the digest says they are the same bytes. It is recorded as what it was (status 200 and its
  body), not as a 304, because a 304 continues the version in force, which after A→B→A would be wrong.
  Captures in the middle of a run add nothing to the history and are not recorded (a popular page has
  tens of thousands of identical captures).
- `--every PERIOD` keeps at most one run start per PERIOD: a run that starts less than PERIOD after the
  last kept one is dropped, and kept runs with the same digest that become adjacent are merged. It bounds
  the fetches for a page whose bytes change at every capture (a rotating token).
- Resumable and idempotent: before fetching, a memento whose memento URL (`captures.source_ref`) is
  already in the archive is skipped, so a killed backfill run again fetches only what it had not
  recorded; `record` itself returns DUPLICATE for the same url, time and body.
- Redirect and error captures are recorded as what they were (rejected `http_301`, `http_404`...), as
  in a crawl. A replay that is not the memento asked for (the archive serves or redirects to another
  time) is not recorded as if it were: it is counted as unavailable.
- Etiquette: at most `cdx_per_minute` CDX requests (24 by default) and `fetch_per_minute` mementos
  (30 by default) a minute, evenly spaced (the CLI's default for an archive on a loopback or private address,
  one's own pywb, is LOCAL_PER_MINUTE); 429 and the archive's own 5xx answers are retried after
  Retry-After (seconds or an HTTP date) or an exponential backoff from 30 s, never at once; the
  User-Agent names the project and the contact URL, as the crawl's does. An archive that asks to wait
  more than MAX_WAIT (an hour: an address block) stops the whole run (ArchiveRefused), and so does an
  archive never reached at all (connection refused: a wrong --archive), at once.
- Plain HTTP (httpx, already a dependency through Datasette), not a Wayback client library: `wayback` is
  built for the Internet Archive alone, `cdx_toolkit` for the Internet Archive and Common Crawl (whose
  content it reads from WARC files, not by replay); one small adapter covers both CDX dialects and keeps
  the etiquette (limits, Retry-After) in one place that the tests drive with a simulated clock. Scrapy is
  not used either: a backfill is a few sequential requests to one host, outside the crawl's reactor.

The differences between archives' CDX dialects are kept in one adapter, `WaybackArchive`.
Discovery back in time (`discover_urls`) uses crawler/discover.py's public ranking of a page's links.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

import httpx

from archive import Capture, ArchiveError, record
from archive.capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, checked_url, host_of
from archive.store import get_raw

log = logging.getLogger(__name__)

DEFAULT_ARCHIVE = "https://web.archive.org"
CDX_PER_MINUTE = 24.0  # the Internet Archive blocks an address for an hour (doubling) past its limits
FETCH_PER_MINUTE = 30.0  # mementos: one every 2 s
LOCAL_PER_MINUTE = 600.0  # both, for an archive on this machine or a private network: the user's own pywb
MAX_ATTEMPTS = 6  # per request: the first try and 5 retries
FIRST_BACKOFF = 30.0  # seconds, doubling, when the archive says 429 / 5xx without Retry-After
MAX_WAIT = 3600.0  # longest Retry-After honoured before giving up on a request (the IA's first block)
MAX_BODY = 20 * 1024 * 1024  # as the crawl's DOWNLOAD_MAXSIZE
TIMEOUT = 60.0
IA_PAGE = 5000  # CDX rows per request at the Internet Archive (resume keys page through the rest)
ARCHIVE_HEADERS = {"memento-datetime", "link", "content-location", "date", "server", "connection", "keep-alive",
                   "transfer-encoding", "content-encoding", "content-length", "set-cookie", "x-archive-src",
                   "x-archive-guessed-content-type", "x-archive-guessed-charset", "x-app-server",
                   "x-ts", "x-tr", "x-location", "x-location-id", "x-page-cache", "server-timing",
                   "permissions-policy", "referrer-policy", "x-archive-wayback-perf"}


class BackfillError(Exception):
    """A request the archive would not answer after every retry (per URL: reported, the rest goes on)."""


class ArchiveRefused(ArchiveError):
    """The archive asks to wait longer than MAX_WAIT (an address block): the whole backfill stops, since any
    further request would ignore it; a later run resumes where this one stopped."""


# --- time ------------------------------------------------------------------------------------------------

def ts_of(when: dt.datetime) -> str:
    """A 14-digit Wayback timestamp (UTC)."""
    return when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")


def time_of(ts: str) -> dt.datetime:
    """The UTC time of a Wayback timestamp (1 to 14 digits, padded to the start of the period)."""
    ts = (ts + "00000101000000"[len(ts):])[:14] if len(ts) < 14 else ts[:14]
    return dt.datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=dt.timezone.utc)


# --- rate limiting -----------------------------------------------------------------------------------------

class RateLimiter:
    """At most `per_minute` requests a minute, evenly spaced: one every 60 / per_minute seconds.

    `pause(seconds)` holds every later request until then (Retry-After, backoff). The clock and the
    sleep are injectable, so the limiter is tested against a simulated clock.
    """

    def __init__(self, per_minute: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        if not per_minute > 0:
            raise ArchiveError(f"a rate must be more than 0 requests a minute, not {per_minute}")
        self.interval = 60.0 / per_minute
        self.clock, self.sleep = clock, sleep
        self.next_at: float | None = None  # the earliest time of the next request
        self.waited = 0.0

    def wait(self) -> None:
        now = self.clock()
        if self.next_at is not None and now < self.next_at:
            self.waited += self.next_at - now
            self.sleep(self.next_at - now)
            now = self.clock()
        self.next_at = max(now, self.next_at or now) + self.interval

    def pause(self, seconds: float) -> None:
        self.next_at = max(self.next_at or 0.0, self.clock() + seconds)


def retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (RFC 9110 §10.2.3: delay-seconds or an HTTP date), read as
    the crawl reads it (crawler.middlewares.retry_after_seconds)."""
    from .middlewares import retry_after_seconds
    return retry_after_seconds(value, now.timestamp() if now else None)


# --- the archive adapter -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Memento:
    """One row of a CDX listing: a capture the archive holds."""

    timestamp: str  # 14 digits, UTC
    original: str  # the URL as captured
    status: int | None  # None: a revisit record (the status of the capture it repeats)
    digest: str  # the payload digest (base32 sha1, no "sha1:" prefix)
    mime: str = ""

    @property
    def time(self) -> dt.datetime:
        return time_of(self.timestamp)


class WaybackArchive:
    """One Wayback-style archive: where its CDX API and replay are, and its CDX dialect.

    - The Internet Archive (`https://web.archive.org`): CDX at /cdx/search/cdx, JSON as an array of rows
      under a header row, fields `original`, `statuscode`, `mimetype`; filters `statuscode:200` (regex);
      paged with `showResumeKey` / `resumeKey`; replay at /web/<timestamp>id_/<url>.
    - pywb (any other URL, a collection such as `http://127.0.0.1:8080/my-collection`): CDX at
      /<coll>/cdx, newline-delimited JSON objects, fields `url`, `status`, `mime`; filters `=status:200`
      (`=` exact, `~` regex); no collapse and no resume keys (the whole listing in one answer); replay at
      /<coll>/<timestamp>id_/<url>.
    Revisit records are listed by both with mime `warc/revisit` and no status (IA: "-").
    """

    def __init__(self, url: str = DEFAULT_ARCHIVE, dialect: str | None = None):
        """`dialect` ("ia" or "pywb") is read from the URL unless given: "ia" for the Internet Archive's
        hosts, where the CDX API is /cdx/search/cdx and replay /web/ (as on OpenWayback and IA mirrors)."""
        base = url.strip().rstrip("/")
        parts = checked_url(base, "--archive")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ArchiveError(f"--archive {url!r}: give the archive's http(s) URL, e.g. {DEFAULT_ARCHIVE} or "
                               "http://127.0.0.1:8080/my-collection")
        on_ia = parts.hostname in ("web.archive.org", "archive.org", "wayback.archive.org")
        if dialect not in (None, "ia", "pywb"):
            raise ArchiveError(f"CDX dialect {dialect!r}: use 'ia' or 'pywb'")
        self.internet_archive = (dialect or ("ia" if on_ia else "pywb")) == "ia"
        if on_ia:
            base, self.name = "https://web.archive.org", "web.archive.org"
        else:
            self.name = parts.netloc + parts.path
        if self.internet_archive:
            self.cdx_url, self.replay = base + "/cdx/search/cdx", base + "/web"
        else:
            self.cdx_url, self.replay = base + "/cdx", base

    def is_local(self) -> bool:
        """The archive is on this machine or a private network (loopback, private, link-local addresses:
        `crawler.middlewares.address_problem`); a name that does not resolve is not."""
        import socket

        from .middlewares import address_problem
        host = urlsplit(self.cdx_url).hostname or ""
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}
        except (socket.gaierror, UnicodeError):
            return False
        return bool(addresses) and all(address_problem(a) in ("loopback", "private", "link-local") for a in addresses)

    def cdx_params(self, url: str, from_ts: str | None, to_ts: str | None, *, only_ok: bool = False,
                   resume_key: str | None = None) -> dict:
        params = {"url": url, "output": "json"}
        if from_ts:
            params["from"] = from_ts
        if to_ts:
            params["to"] = to_ts
        if self.internet_archive:
            params.update(fl="timestamp,original,statuscode,digest,mimetype", limit=str(IA_PAGE),
                          showResumeKey="true")
            if only_ok:
                params["filter"] = "statuscode:200"
            if resume_key:
                params["resumeKey"] = resume_key
        elif only_ok:
            params["filter"] = "=status:200"
        return params

    def parse_cdx(self, text: str) -> tuple[list[Memento], str | None]:
        """The mementos of one CDX answer and the resume key of the next page (None: the last page)."""
        rows: list[Memento] = []
        try:
            if self.internet_archive:
                data = json.loads(text) if text.strip() else []
                if not data:
                    return [], None
                header, body, key = data[0], data[1:], None
                if len(body) >= 2 and body[-2] == []:  # [..., [], [resumeKey]]
                    key, body = body[-1][0], body[:-2]
                for row in body:
                    r = dict(zip(header, row))
                    rows.append(_memento(r.get("timestamp"), r.get("original"), r.get("statuscode"),
                                         r.get("digest"), r.get("mimetype")))
                return [m for m in rows if m], key
            for line in text.splitlines():
                if line.strip():
                    r = json.loads(line)
                    if not isinstance(r, dict):  # the Internet Archive's form (a JSON array) from a pywb URL
                        raise BackfillError(f"{self.name}: the CDX answer is not pywb's (one JSON object a line; "
                                            "got a JSON array, as the Internet Archive's CDX server answers): "
                                            "check the --archive URL")
                    rows.append(_memento(r.get("timestamp"), r.get("url"), r.get("status"), r.get("digest"),
                                         r.get("mime")))
            return [m for m in rows if m], None
        except (ValueError, TypeError, IndexError, AttributeError) as e:
            raise BackfillError(f"{self.name}: unreadable CDX answer ({e})") from None

    def memento_url(self, m: Memento) -> str:
        return f"{self.replay}/{m.timestamp}id_/{m.original}"

    def unreplay(self, location: str) -> str:
        """A Location the archive rewrote into its replay space, back to the original URL."""
        prefix = self.replay + "/"
        if location.startswith(prefix):
            m = re.match(r"\d{1,14}[a-z_]*/(.+)", location[len(prefix):])
            if m:
                return m.group(1)
        return location


def _memento(ts, original, status, digest, mime) -> Memento | None:
    if not ts or not original or not re.fullmatch(r"\d{4,14}", str(ts)):
        return None
    status = int(status) if status and str(status).isdigit() else None
    if status is None and mime != "warc/revisit":
        return None  # a row without a status that is not a revisit: nothing to replay
    digest = (digest or "").removeprefix("sha1:").upper()
    return Memento(time_of(str(ts)).strftime("%Y%m%d%H%M%S"), original, status, digest, mime or "")


# --- HTTP --------------------------------------------------------------------------------------------------

@dataclass
class Counts:
    cdx: int = 0  # CDX requests sent (retries included)
    fetches: int = 0  # memento requests sent (retries included)
    retries: int = 0  # requests the archive refused (429, 5xx) or that failed, then retried
    waited_for_archive: float = 0.0  # seconds spent honouring Retry-After / backoff
    homepages: int = 0  # archived homepages read by --discover


class Client:
    """HTTP to one archive, through two rate limiters (CDX, content), honouring 429 / 5xx and Retry-After."""

    def __init__(self, archive: WaybackArchive, user_agent: str, *, cdx_per_minute: float = CDX_PER_MINUTE,
                 fetch_per_minute: float = FETCH_PER_MINUTE, clock=time.monotonic, sleep=time.sleep,
                 first_backoff: float = FIRST_BACKOFF, transport: httpx.BaseTransport | None = None):
        self.archive = archive
        self.cdx_limit = RateLimiter(cdx_per_minute, clock, sleep)
        self.fetch_limit = RateLimiter(fetch_per_minute, clock, sleep)
        self.first_backoff = first_backoff
        self.counts = Counts()
        self.reached = False  # has the archive answered anything yet (connection errors after that are retried)
        self.http = httpx.Client(headers={"User-Agent": user_agent}, follow_redirects=False, timeout=TIMEOUT,
                                 transport=transport)

    def close(self) -> None:
        self.http.close()

    def _request(self, url: str, params: dict | None, limiter: RateLimiter, kind: str,
                 is_memento: bool) -> tuple[httpx.Response, bytes]:
        problem = ""
        for attempt in range(MAX_ATTEMPTS):
            limiter.wait()
            if kind == "cdx":
                self.counts.cdx += 1
            else:
                self.counts.fetches += 1
            try:
                with self.http.stream("GET", url, params=params) as resp:
                    self.reached = True
                    # the archive's own refusal, not an archived 429 / 5xx (a memento has Memento-Datetime)
                    refused = resp.status_code == 429 or (resp.status_code >= 500 and not (
                        is_memento and "memento-datetime" in resp.headers))
                    if not refused:
                        body = bytearray()
                        for chunk in resp.iter_bytes():
                            body += chunk
                            if len(body) > MAX_BODY:
                                raise BackfillError(f"{url}: body larger than {MAX_BODY // 2**20} MB")
                        return resp, bytes(body)
                    wait = retry_after(resp.headers.get("retry-after"))
                    problem = f"HTTP {resp.status_code}"
            except httpx.HTTPError as e:
                if isinstance(e, (httpx.ConnectError, httpx.UnsupportedProtocol)) and not self.reached:
                    # never reached at all: a wrong --archive (host, port), not a busy archive to wait for
                    raise ArchiveRefused(f"cannot reach {self.archive.name} ({type(e).__name__}: {e}); check "
                                         "--archive (nothing was recorded)") from None
                wait, problem = None, f"{type(e).__name__}: {e}"
            if attempt == MAX_ATTEMPTS - 1:
                break
            wait = self.first_backoff * 2 ** attempt if wait is None else wait
            if wait > MAX_WAIT:
                raise ArchiveRefused(f"{self.archive.name} asks to wait {wait:.0f} s ({problem}); nothing more is "
                                     "asked of it in this run: run the same backfill later, it resumes")
            log.warning("%s: %s; waiting %.0f s before retrying", self.archive.name, problem, wait)
            self.counts.retries += 1
            self.counts.waited_for_archive += wait
            limiter.pause(wait)
        raise BackfillError(f"{url}: {problem} after {MAX_ATTEMPTS} attempts")

    def list(self, url: str, from_ts: str | None = None, to_ts: str | None = None, *,
             only_ok: bool = False) -> list[Memento]:
        """Every capture of `url` the archive lists between the two timestamps (all pages)."""
        out: list[Memento] = []
        key = None
        while True:
            params = self.archive.cdx_params(url, from_ts, to_ts, only_ok=only_ok, resume_key=key)
            resp, body = self._request(self.archive.cdx_url, params, self.cdx_limit, "cdx", False)
            if resp.status_code == 404 and not body.strip().startswith((b"[", b"{")):
                raise BackfillError(f"{self.archive.name}: no CDX API at {self.archive.cdx_url} (HTTP 404); "
                                    "is --archive a Wayback-style archive or pywb collection?")
            if 300 <= resp.status_code < 400 or body.lstrip()[:1] == b"<":
                # pywb's root (no collection named) redirects its /cdx to its home page: that is no empty
                # listing, and "no capture of this URL" would tell a user the policy has no history
                answer = (f"was redirected (HTTP {resp.status_code} to {resp.headers.get('location', '?')})"
                          if resp.status_code < 400 else "answered a web page, not a listing")
                raise ArchiveRefused(f"{self.archive.name}: the CDX query {answer}; give --archive a pywb "
                                     "collection (http://HOST:PORT/COLLECTION) or a Wayback-style archive")
            if resp.status_code >= 400:
                raise BackfillError(f"{self.archive.name}: CDX answered HTTP {resp.status_code} for {url}")
            rows, key = self.archive.parse_cdx(body.decode("utf-8", "replace"))
            out += rows
            if not key:
                return out

    def fetch(self, m: Memento) -> tuple[httpx.Response, bytes]:
        return self._request(self.archive.memento_url(m), None, self.fetch_limit, "fetch", True)

    def collection_missing(self) -> bool:
        """pywb answers the CDX query of a collection it does not have with an empty listing, and its
        collection's own page with 404: a mistyped `--archive http://HOST:PORT/COLL` lists nothing."""
        if self.archive.internet_archive:
            return False
        resp, _ = self._request(self.archive.replay + "/", None, self.cdx_limit, "cdx", False)
        return resp.status_code == 404


from .fetch import user_agent  # noqa: E402  (one User-Agent for every fetch outside Scrapy: the crawl's)


# --- planning (pure) ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One capture to record: `memento`, with the bytes of `source` (itself when it must be fetched)."""

    memento: Memento
    source: Memento
    status: int

    @property
    def fetch(self) -> bool:
        return self.source is self.memento


def plan(mementos: Iterable[Memento], every: float | None = None) -> list[Step]:
    """What to record and what to fetch, in time order (see the module's docstring).

    Runs of adjacent captures with the same (status, digest) are recorded by their first and last
    capture; a revisit takes the status of the capture it repeats; only the first capture of each digest
    is fetched, later ones reuse its bytes. `every` (seconds): at most one run start per that period.
    """
    seen: set[tuple[str, str, str]] = set()
    rows: list[Memento] = []
    for m in sorted(mementos, key=lambda m: (m.timestamp, m.original)):
        key = (m.timestamp, m.original, m.digest)
        if key not in seen:
            seen.add(key)
            rows.append(m)
    status_of: dict[str, int] = {}
    runs: list[list[tuple[Memento, int]]] = []
    for m in rows:
        status = m.status if m.status is not None else status_of.get(m.digest, 200)
        status_of.setdefault(m.digest, status)
        if runs and (runs[-1][-1][1], runs[-1][-1][0].digest) == (status, m.digest):
            runs[-1].append((m, status))
        else:
            runs.append([(m, status)])
    if every:
        kept: list[list[tuple[Memento, int]]] = []
        last_start: dt.datetime | None = None
        for run in runs:
            start = run[0][0].time
            if kept and (kept[-1][-1][1], kept[-1][-1][0].digest) == (run[0][1], run[0][0].digest):
                kept[-1].extend(run)  # A, [B dropped], A: not a change point; one run of A
            elif last_start is None or (start - last_start).total_seconds() >= every:
                kept.append(run)
                last_start = start
        runs = kept
    steps: list[Step] = []
    fetched: dict[tuple[int, str], Memento] = {}
    for run in runs:
        ends = [run[0]] if len(run) == 1 else [run[0], run[-1]]
        for m, status in ends:
            source = fetched.setdefault((status, m.digest), m)
            steps.append(Step(m, source, status))
    return steps


def thin_per(mementos: list[Memento], seconds: float) -> list[Memento]:
    """The first memento of each period of `seconds` (for homepages sampled across the years)."""
    out: list[Memento] = []
    for m in sorted(mementos, key=lambda m: m.timestamp):
        if not out or (m.time - out[-1].time).total_seconds() >= seconds:
            out.append(m)
    return out


# --- recording -----------------------------------------------------------------------------------------------

@dataclass
class Target:
    """A policy URL to backfill over [start, end] (timestamps; None: the archive's whole span)."""

    url: str
    site: str
    start: str | None = None
    end: str | None = None
    found_by: str | None = None  # for URLs found by --discover


@dataclass
class UrlReport:
    url: str
    listed: int = 0  # CDX rows
    planned: int = 0  # captures to record
    fetched: int = 0  # mementos fetched (distinct digests)
    already: int = 0  # recorded by an earlier run: skipped
    unavailable: int = 0  # the archive would not replay the memento asked for
    outcomes: dict = field(default_factory=lambda: {NEW_VERSION: 0, UNCHANGED: 0, REJECTED: 0, DUPLICATE: 0})
    error: str | None = None
    found_by: str | None = None
    note: str | None = None  # why nothing was listed


def _headers(resp: httpx.Response) -> dict[str, str]:
    """The archived response's headers, as the crawl stores them: the archive's own left out, the
    Internet Archive's `X-Archive-Orig-*` copies of the original headers put back under their names."""
    headers, original = {}, {}
    for name, value in resp.headers.multi_items():
        name = name.lower()
        if name.startswith("x-archive-orig-"):
            original[name[len("x-archive-orig-"):]] = value
        elif name not in ARCHIVE_HEADERS:
            headers[name] = value if name not in headers else f"{headers[name]}, {value}"
    headers.update({k: v for k, v in original.items() if k not in ARCHIVE_HEADERS})
    return headers


class Backfill:
    """Backfills targets into an open archive through one archive Client."""

    def __init__(self, db, client: Client, *, every: float | None = None,
                 progress: Callable[[str, int, int], None] | None = None):
        self.db, self.client, self.every = db, client, every
        self.archive = client.archive
        self.source = f"backfill:{self.archive.name}"
        self.progress = progress or (lambda url, done, total: None)
        self.reports: list[UrlReport] = []

    def _recorded(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT source_ref FROM captures WHERE source = ? AND source_ref "
                                              "IS NOT NULL", [self.source])}

    def _stored(self, memento_url: str) -> tuple[bytes, dict] | None:
        row = self.db.execute("SELECT raw_sha256, headers FROM captures WHERE source_ref = ? AND source = ? "
                              "AND raw_sha256 IS NOT NULL LIMIT 1", [memento_url, self.source]).fetchone()
        if not row:
            return None
        return get_raw(self.db, row[0]), json.loads(row[1] or "{}")

    def run(self, target: Target) -> UrlReport:
        report = UrlReport(target.url, found_by=target.found_by)
        self.reports.append(report)
        try:
            mementos = self.client.list(target.url, target.start, target.end)
        except BackfillError as e:
            report.error = str(e)
            return report
        report.listed = len(mementos)
        if not mementos:
            if self.client.collection_missing():
                raise ArchiveRefused(f"{self.archive.name}: no such collection (HTTP 404 at {self.archive.replay}/); "
                                     "a pywb server lists its collections at its root page")
            report.note = "the archive lists no capture of this URL" + (
                " in that time" if target.start or target.end else "")
        steps = plan(mementos, self.every)
        report.planned = len(steps)
        recorded = self._recorded()
        bodies: dict[str, tuple[bytes, dict]] = {}  # memento URL -> (body, headers) fetched in this run
        self.progress(target.url, 0, len(steps))
        for i, step in enumerate(steps, 1):
            ref = self.archive.memento_url(step.memento)
            if ref in recorded:
                report.already += 1
                self.progress(target.url, i, len(steps))
                continue
            got = None
            if not step.fetch:
                src = self.archive.memento_url(step.source)
                got = bodies.get(src) or self._stored(src)
            if got is None:  # the first of its digest, or its source could not be had
                try:
                    got = self._fetch(step, report)
                except BackfillError as e:
                    report.error = str(e)
                    break
                if got is None:
                    self.progress(target.url, i, len(steps))
                    continue
                bodies[ref] = got
            body, headers = got
            outcome = record(self.db, Capture(
                url=target.url, fetched_at=step.memento.time, status=step.status, body=body, headers=headers,
                final_url=step.memento.original, source=self.source, source_ref=ref, site=target.site,
                found_by=target.found_by))
            report.outcomes[outcome.status] += 1
            recorded.add(ref)
            self.progress(target.url, i, len(steps))
        return report

    def _fetch(self, step: Step, report: UrlReport) -> tuple[bytes, dict] | None:
        resp, body = self.client.fetch(step.memento)
        report.fetched += 1
        when = resp.headers.get("memento-datetime")
        served = None
        if when:
            try:
                served = email.utils.parsedate_to_datetime(when).astimezone(dt.timezone.utc)
            except (TypeError, ValueError):
                served = None
        asked_redirect = 300 <= step.status < 400
        if (served is not None and served != step.memento.time) or \
                (300 <= resp.status_code < 400 and not asked_redirect) or resp.status_code != step.status:
            log.warning("%s: the archive did not replay the memento of %s (HTTP %s, %s)", self.archive.name,
                        step.memento.timestamp, resp.status_code, when or "no Memento-Datetime")
            report.unavailable += 1
            return None
        headers = _headers(resp)
        if "location" in headers:
            headers["location"] = self.archive.unreplay(headers["location"])
        return body, headers

    def redirect_targets(self, url: str) -> list[tuple[str, str]]:
        """(target URL, timestamp of the first redirect to it) of the backfilled redirects of `url`."""
        out: dict[str, str] = {}
        for fetched_at, headers in self.db.execute(
                "SELECT fetched_at, headers FROM captures WHERE url = ? AND source = ? AND status BETWEEN 300 AND 399 "
                "ORDER BY fetched_at", [url, self.source]):
            location = json.loads(headers or "{}").get("location")
            if location:
                from urllib.parse import urljoin
                target = urldefrag(urljoin(url, location))[0]
                out.setdefault(target, ts_of(dt.datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))))
        return list(out.items())


# --- discovery back in time ------------------------------------------------------------------------------

YEAR = 365.25 * 86400


def discover_urls(client: Client, homepage: str, start: str | None, end: str | None,
                  sample_every: float = YEAR) -> list[Target]:
    """Policy URLs linked from the archived homepage over the years, each with its own period.

    One archived homepage (status 200) per `sample_every` seconds is fetched; its best policy link is
    chosen by the crawl's own rules (`crawler.discover.score_links`, same company only). A URL's period
    runs from the sample before the first that linked it to the sample after the last (the archive's
    bounds at either end): between two samples the link may have changed at any time.
    """
    from . import discover

    try:
        homes = thin_per(client.list(homepage, start, end, only_ok=True), sample_every)
    except BackfillError as e:
        log.warning("%s", e)
        return []
    picks: list[tuple[Memento, str | None, str]] = []
    for m in homes:
        try:
            resp, body = client.fetch(m)
        except BackfillError as e:
            log.warning("%s", e)
            continue
        if resp.status_code != 200:
            continue
        client.counts.homepages += 1
        html = discover.decode_html(body, resp.headers.get("content-type"))
        cands = [c for c in discover.score_links(html, m.original)
                 if discover.same_company(homepage, c.url) or discover.same_company(m.original, c.url)]
        best = cands[0] if cands else None
        picks.append((m, urldefrag(best.url)[0] if best else None, best.rule if best else ""))
    targets: dict[str, Target] = {}
    for i, (m, url, rule) in enumerate(picks):
        if not url:
            continue
        before = picks[i - 1][0].timestamp if i > 0 and picks[i - 1][1] != url else None
        after = next((p[0].timestamp for p in picks[i + 1:] if p[1] != url), None)
        t = targets.get(url)
        lo = before if before is not None else start
        if t is None:
            targets[url] = Target(url, host_of(homepage), lo, after or end, f"archived-homepage:{rule}")
        else:  # linked again after a gap: one period from the first to the last
            t.end = after or end
    return list(targets.values())


def canon(url: str) -> str:
    """A URL as the archives' SURT keys compare it: no scheme, no www., no trailing slash, lower-case host."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or ""
    return f"{host}{path}{'?' + parts.query if parts.query else ''}"


# --- the command -------------------------------------------------------------------------------------------

def resolve_targets(db, names: Iterable[str]) -> list[tuple[Target, str]]:
    """(target, homepage) for each SITE or URL a user names: every policy URL the archive knows for a
    site (its key, its name, or one of its URLs), or a URL not in the archive yet (a new document of the
    site named by its host). A name that is neither is an ArchiveError, before anything is fetched."""
    from archive.lookup import resolve

    out: dict[str, tuple[Target, str]] = {}
    for name in names:
        name = name.strip()
        is_url = "://" in name
        if is_url and checked_url(name, "backfill").scheme not in ("http", "https"):
            raise ArchiveError(f"{name!r}: only http(s) URLs can be backfilled")
        try:
            doc = resolve(db, name)
        except ArchiveError:
            doc = None
        if is_url:
            if doc is None or canon(doc.url) != canon(name):  # a policy URL new to the archive
                site, parts = host_of(name), urlsplit(name)
                row = db.execute("SELECT homepage FROM sites WHERE key = ?", [site]).fetchone()
                out.setdefault(name, (Target(name, site), (row and row[0]) or f"{parts.scheme}://{parts.netloc}/"))
                continue
            rows = [(doc.url, doc.site)]  # one known URL: that URL only
        elif doc is None:
            raise ArchiveError(f"no site {name!r} in the archive: give its policy URL (https://...) to backfill it")
        else:  # a site: every policy URL the archive knows for it
            rows = db.execute("SELECT d.url, s.key FROM documents d JOIN sites s ON s.id = d.site_id "
                              "WHERE s.key = ? ORDER BY d.id", [doc.site]).fetchall()
        for url, site in rows:
            home = db.execute("SELECT homepage FROM sites WHERE key = ?", [site]).fetchone()[0]
            out.setdefault(url, (Target(url, site), home or f"https://{site}/"))
    return list(out.values())


@dataclass
class Summary:
    reports: list[UrlReport]
    counts: Counts
    seconds: float
    versions: int  # versions now in the archive for the backfilled URLs
    discovered: list[Target] = field(default_factory=list)

    def outcome(self, status: str) -> int:
        return sum(r.outcomes[status] for r in self.reports)


def backfill(db, names: Iterable[str], *, archive: str = DEFAULT_ARCHIVE, start: dt.datetime | None = None,
             end: dt.datetime | None = None, every: float | None = None, discover: bool = False,
             contact: str | None = None, cdx_per_minute: float = CDX_PER_MINUTE,
             fetch_per_minute: float = FETCH_PER_MINUTE, progress=None, client: Client | None = None) -> Summary:
    """Backfill the named sites / URLs from `archive` into the open archive `db`; see the module docstring.

    Raises ArchiveError for a user's mistake (an unknown site, a bad archive URL) before any request;
    a URL the archive will not list or replay is reported in its UrlReport and the rest goes on.
    """
    started = time.monotonic()
    adapter = WaybackArchive(archive)
    targets = resolve_targets(db, names)
    start_ts, end_ts = (ts_of(start) if start else None), (ts_of(end) if end else None)
    if start_ts and end_ts and start_ts > end_ts:
        raise ArchiveError("--from is after --to")
    for target, _ in targets:
        target.start, target.end = start_ts, end_ts
    own = client is None
    client = client or Client(adapter, user_agent(contact), cdx_per_minute=cdx_per_minute,
                              fetch_per_minute=fetch_per_minute)
    job = Backfill(db, client, every=every, progress=progress)
    discovered: list[Target] = []
    try:
        done = {canon(t.url) for t, _ in targets}
        queue = [t for t, _ in targets]
        if discover:
            for home in dict.fromkeys(h for _, h in targets):
                for t in discover_urls(client, home, start_ts, end_ts):
                    if canon(t.url) not in done:
                        done.add(canon(t.url))
                        discovered.append(t)
                        queue.append(t)
        while queue:
            target = queue.pop(0)
            job.run(target)
            if discover:  # a redirect names the policy's next URL: follow it from the redirect on
                for url, since in job.redirect_targets(target.url):
                    if canon(url) not in done and urlsplit(url).scheme in ("http", "https"):
                        done.add(canon(url))
                        t = Target(url, target.site, since, end_ts, "archived-redirect")
                        discovered.append(t)
                        queue.append(t)
    finally:
        if own:
            client.close()
    urls = [r.url for r in job.reports]
    marks = ",".join("?" * len(urls)) or "NULL"
    versions = db.execute(f"SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id "
                          f"WHERE d.url IN ({marks})", urls).fetchone()[0]
    return Summary(job.reports, client.counts, time.monotonic() - started, versions, discovered)
