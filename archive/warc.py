"""WARC import: stream `response` records into `record`, extracting in a process pool.

Streaming keeps memory flat whatever the file size; a corrupt or truncated record is reported and the
reader resynchronises on the next record, so one bad byte never costs the rest of a file.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import datetime as dt
import gzip
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from .capture import REJECTED, Capture
from .errors import ArchiveError
from .extract import try_extract, worker_init
from .record import extraction_known, record
from .store import _RawCache, transaction

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024 * 1024
BATCH = 64  # captures per commit: fewer fsyncs, and a crash still never splits a capture
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."


@dataclass
class Problem:
    file: str
    offset: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}: record at byte {self.offset}: {self.message}"


@dataclass
class ImportSummary:
    records: int = 0
    outcomes: collections.Counter = field(default_factory=collections.Counter)
    reasons: collections.Counter = field(default_factory=collections.Counter)
    skipped: collections.Counter = field(default_factory=collections.Counter)  # non-response records
    problems: list[Problem] = field(default_factory=list)


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(3) == GZIP_MAGIC


def _next_start(f, after: int, magic: bytes) -> int | None:
    """Offset of the next record start strictly after `after`, or None at the end of the file."""
    pos = after + 1
    f.seek(pos)
    carry = b""
    while chunk := f.read(1 << 20):
        buf = carry + chunk
        i = buf.find(magic)
        if i >= 0:
            return pos - len(carry) + i
        carry = buf[-(len(magic) - 1):]
        pos += len(chunk)
    return None


def _capture_of(rec, source: str) -> Capture | str:
    """A Capture from a WARC record, or a word saying why the record is not one."""
    if rec.rec_type not in ("response", "resource"):
        return rec.rec_type
    url = rec.rec_headers.get_header("WARC-Target-URI")
    date = rec.rec_headers.get_header("WARC-Date")
    if not url or not date:
        raise ValueError("no WARC-Target-URI or WARC-Date")
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1]
    if not url.startswith(("http://", "https://")):
        return "not_http"
    fetched_at = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=dt.timezone.utc)
    if rec.rec_type == "response":
        if rec.http_headers is None:
            return "not_http"
        status = int(rec.http_headers.get_statuscode() or 0)
        headers: dict[str, str] = {}
        for name, value in rec.http_headers.headers:
            name = name.lower()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
    else:
        status, headers = 200, {"content-type": rec.rec_headers.get_header("Content-Type") or ""}
    body = rec.content_stream().read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        raise ValueError(f"body larger than {MAX_BODY} bytes")
    if getattr(rec.raw_stream, "limit", 0) > 0:  # the file ended inside the record
        raise EOFError(f"{rec.raw_stream.limit} bytes missing")
    # the body is stored decoded: the headers must not claim an encoding it no longer has
    for name in ("content-encoding", "transfer-encoding"):
        headers.pop(name, None)
    return Capture(url=url, fetched_at=fetched_at, status=status, body=body, headers=headers, source=source,
                   source_ref=rec.rec_headers.get_header("WARC-Record-ID"))


def read_warc(path: str | os.PathLike, problems: list[Problem], skipped: collections.Counter,
              progress: Callable[[int], None] | None = None) -> Iterator[Capture]:
    """Stream a WARC's captures. Bad records go to `problems`; the rest of the file is still read."""
    path = Path(path)
    source = f"warc:{path.name}"
    try:
        magic = GZIP_MAGIC if _is_gzip(path) else WARC_MAGIC
        raw = open(path, "rb")
    except OSError as e:
        raise ArchiveError(f"cannot read {path}: {e.strerror or e}") from None
    with raw:
        start, last_good, failing = 0, -1, False
        while start is not None:
            raw.seek(start)
            it = ArchiveIterator(raw, check_digests="raise")
            offset = start
            try:
                for rec in it:
                    item = _capture_of(rec, source)  # read the record before asking its offset: that consumes it
                    offset = start + it.get_record_offset()
                    if isinstance(item, str):
                        skipped[item] += 1
                    else:
                        yield item
                    last_good, failing = offset, False
                    if progress:
                        progress(raw.tell())
                start = None
            except Exception as e:  # warcio, zlib, gzip and our own checks all signal corruption
                if not failing:
                    bad = offset if offset > last_good else _next_start(raw, last_good, magic) or offset
                    problems.append(Problem(path.name, bad, _describe(e)))
                    log.warning("%s", problems[-1])
                failing = True
                start = _next_start(raw, max(offset, last_good, start), magic)
        if progress:
            progress(path.stat().st_size)


def _describe(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    if isinstance(e, (EOFError, gzip.BadGzipFile)) or "truncated" in text.lower() or "end of" in text.lower():
        return f"truncated record ({text}); skipped"
    return f"corrupt record ({text}); skipped"


def import_warcs(db: sqlite_utils.Database, paths: list[str | os.PathLike], *, workers: int | None = None,
                 progress: Callable[[str, int, int], None] | None = None) -> ImportSummary:
    """Import WARC files; extraction runs in `workers` processes ahead of the (single) writer.

    The writer is one of them: a pool of `workers - 1` processes extracts ahead while the writer extracts
    the captures the pool has no room for. Storing and deciding take about a third of the import's CPU,
    and each extracting process holds trafilatura, lxml and the trees of the biggest pages, so a pool of
    `workers` beside the writer held one extractor's memory more for no speed on a machine with `workers`
    cores (measured on 2 cores, see benchmarks/RESULTS.md).
    """
    for p in paths:
        if not Path(p).is_file():
            raise ArchiveError(f"cannot read {p}: no such file")
    summary = ImportSummary()
    workers = workers or os.cpu_count() or 1
    window: collections.deque = collections.deque()
    pending_batch = 0

    def settle_one():
        nonlocal pending_batch
        capture, future, key = window.popleft()
        if key is not None:
            ahead[key] -= 1
        outcome = record(db, capture, extraction=future.result() if future else None)
        summary.outcomes[outcome.status] += 1
        if outcome.status == REJECTED:
            summary.reasons[outcome.reason] += 1
        pending_batch += 1
        if pending_batch >= BATCH:
            db.conn.execute("COMMIT")
            db.conn.execute("BEGIN IMMEDIATE")
            pending_batch = 0

    helpers = workers - 1
    pool = cf.ProcessPoolExecutor(helpers, initializer=worker_init) if helpers > 0 else None
    # A delta's base is a recent body of the same document: 8 cached bodies serve most of them, where the
    # store's default of 32 held up to ~20 MB of the dev WARC's 600-800 KB pages in the writer
    cache = getattr(db, "raw_cache", None)
    db.raw_cache = _RawCache(8)

    # Keep the helpers busy, no more: the writer extracts the rest itself. With 2 tasks each in flight and
    # 4 captures per process in the window, a helper sat idle a third of the time while the writer
    # extracted (py-spy); with 4 and 8 an import of the dev WARC takes 17-18 s instead of 25 s.
    def pool_has_room() -> bool:
        return sum(1 for _, f, _ in window if f is not None and not f.done()) < 4 * helpers

    # (url, markup hash) of the captures waiting in the window: a capture equal on markup to an earlier one
    # still waiting is not sent to the pool either; `record` reuses that one's extraction when it may, and
    # extracts the capture itself when it may not, so skipping is never wrong, only cheaper
    ahead: collections.Counter = collections.Counter()

    try:
        with transaction(db):
            for p in paths:
                size = Path(p).stat().st_size
                report = (lambda done, name=str(p), total=size: progress(name, done, total)) if progress else None
                for capture in read_warc(p, summary.problems, summary.skipped, report):
                    summary.records += 1
                    future = key = None
                    if pool and 200 <= capture.status < 300 and capture.body:
                        key = (capture.url, capture.markup_sha256)
                        if not ahead[key] and pool_has_room() and not extraction_known(db, capture):
                            future = pool.submit(try_extract, capture.body, capture.content_type, capture.url)
                        ahead[key] += 1
                    window.append((capture, future, key))
                    if len(window) > 8 * workers:
                        settle_one()
            while window:
                settle_one()
    finally:
        db.raw_cache = cache
        if pool:
            pool.shutdown(cancel_futures=True)
    return summary
