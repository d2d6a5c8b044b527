"""WARC import: stream `response` records into `record`, extracting in a process pool.

Streaming keeps memory flat whatever the file size; a corrupt or truncated record is reported and the
reader resynchronises on the next record, so one bad byte never costs the rest of a file.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import dataclasses
import datetime as dt
import gzip
import io
import logging
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urldefrag, urljoin, urlsplit

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader

from . import clock
from .capture import DUPLICATE, NEW_VERSION, REJECTED, Capture
from .errors import ArchiveError
from .extract import try_extract, worker_init
from .record import extraction_known, number_in_time_order, record, replay
from .schedule import renew_lease, settle_imported
from .store import _RawCache, address_forms, document_at, get_raw, iso, transaction

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024 * 1024
BATCH = 64  # captures per commit: fewer fsyncs, and a crash still never splits a capture
# Bodies the importer holds read ahead of the writer. Most captures repeat a markup already extracted and
# give the pool nothing to do, so a window of 16 captures (the earlier bound) left the one helper of 2 cores
# idle a fifth of the import; 32 MB of bodies is some 100-250 pages of the dev WARC (import 1.44x -> 1.63x
# the plain loop, tree peak 238 -> 267 MB: benchmarks/RESULTS.md, Ingest and Memory; 16 MB: 1.53x).
# Without a pool the window only waits for revisits: 8 captures
WINDOW_BYTES = 32 * 1024 * 1024
WINDOW_CAPTURES = 1024  # and so many captures at most, however small
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
ARC_MAGIC = b"filedesc://"
ZIP_MAGIC = b"PK\x03\x04"
DIGESTS_KEPT = 100_000  # payload digests remembered for revisits that name no record (about 10 MB)
MESSAGE_CHARS = 120
SNIFF_BYTES = 1 << 16  # a problem's message quotes at most this much of what the parser said


@dataclass
class Problem:
    file: str
    offset: int
    message: str
    skipped: int | None = None  # bytes passed over before the next readable record; None: to the end

    def __str__(self) -> str:
        gap = "" if self.skipped is None else f"; {self.skipped} bytes skipped"
        return f"{self.file}: record at byte {self.offset}: {self.message}{gap}"


@dataclass
class ImportSummary:
    records: int = 0
    outcomes: collections.Counter = field(default_factory=collections.Counter)
    reasons: collections.Counter = field(default_factory=collections.Counter)
    skipped: collections.Counter = field(default_factory=collections.Counter)  # records that are not captures
    problems: list[Problem] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # files that yielded no record at all
    earlier_versions: int = 0  # versions that captures already in the archive now start, re-judged by these
    followed: int = 0  # redirect records joined to their target's capture (`follow_redirects`), in `records`
    other_pages: int = 0  # documents of the import that never read as a policy (`schedule.settle_imported`)
    interrupted: bool = False  # `stop` said so before every record was read: what was read is recorded


@dataclass(frozen=True)
class Revisit:
    """A `revisit` record whose payload was left out because it equals an earlier record's (WARC 1.1
    section 6.7.2, profile identical-payload-digest). Resolved against the archive when its turn comes: the
    record it refers to was recorded before it, if the file holds it."""
    capture: Capture  # status and headers of the revisit, no body
    refers_to_url: str | None
    refers_to_date: str | None  # stored time format
    payload_digest: str | None


def warc_time(value: str) -> dt.datetime:
    """A WARC-Date: ISO 8601 UTC with 0 to 9 fractional digits (WARC/1.1 section 5.4); kept to the
    microsecond, the finest a datetime holds. Raises ValueError."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?", value.strip())
    if not m:
        raise ValueError(f"bad WARC-Date {value[:40]!r}")
    when = dt.datetime.fromisoformat(m[1]).replace(microsecond=int((m[2] or "0")[:6].ljust(6, "0")))
    zone = m[3] or "Z"
    if zone == "Z":
        return when.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.fromisoformat(when.isoformat() + zone).astimezone(dt.timezone.utc)


def decode_body(body: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """Undo a response's Content-Encoding (RFC 9110 section 8.4: codings listed in the order applied).

    Returns (body, the codings that could not be undone, or None). gzip / x-gzip, deflate (zlib or raw),
    br and zstd are decoded here, not by warcio: warcio knows no zstd, and its brotli path breaks with the
    Brotli package Scrapy installs. A body that fails to decode is returned as it was, with its coding, so
    it is never stored under a header that misdescribes it.
    """
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip() and c.strip().lower() != "identity"]
    while codings:
        coding = codings[-1]
        try:
            if coding in ("gzip", "x-gzip"):
                body = gzip.decompress(body)
            elif coding == "deflate":
                try:
                    body = zlib.decompress(body)
                except zlib.error:
                    body = zlib.decompress(body, -zlib.MAX_WBITS)
            elif coding == "br":
                import brotli
                body = brotli.decompress(body)
            elif coding == "zstd":
                import zstandard
                reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body), read_across_frames=True)
                body = reader.read(MAX_BODY + 1)
            else:
                break
        except Exception:  # zlib.error, OSError, brotli.error, zstandard.ZstdError: not what it claims
            break
        codings.pop()
    return body, ", ".join(codings) or None


def _headers_of(http) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in http.headers:
        name = name.lower()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


SITE_NAME_FIELD = "Policy-Archive-Site-Name"  # the company's name (`export --format warc`); a field of our own,
# as WARC 1.1 (section 4) allows


def _capture_of(rec, source: str) -> Capture | Revisit | str:
    """A Capture (or a Revisit to resolve) from a WARC or ARC record, or a word saying why it is not one."""
    kind = rec.rec_type
    if not kind:  # WARC 1.1 section 5.5: every record has one
        raise ValueError("no WARC-Type")
    if kind not in ("response", "resource", "revisit"):
        return kind
    url = rec.rec_headers.get_header("WARC-Target-URI")
    date = rec.rec_headers.get_header("WARC-Date")
    if not url or not date:
        raise ValueError("no WARC-Target-URI or WARC-Date")
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1]
    if not url.startswith(("http://", "https://")):
        return "not_http"
    fetched_at = warc_time(date)
    ref = rec.rec_headers.get_header("WARC-Record-ID")
    if kind == "resource":
        status, headers = 200, {"content-type": rec.rec_headers.get_header("Content-Type") or ""}
    elif rec.http_headers is None:
        return "not_http"
    else:
        status = int(rec.http_headers.get_statuscode() or 0)
        headers = _headers_of(rec.http_headers)
    stream = rec.raw_stream
    if kind != "resource" and "chunked" in headers.get("transfer-encoding", "").lower():
        stream = ChunkedDataReader(stream)
    body = stream.read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        raise ValueError(f"body larger than {MAX_BODY} bytes")
    if getattr(rec.raw_stream, "limit", 0) > 0:  # the file ended inside the record
        raise EOFError(f"{rec.raw_stream.limit} bytes missing")
    headers.pop("transfer-encoding", None)
    body, left = decode_body(body, headers.pop("content-encoding", None))
    if left:  # stored as it came: the header must still say so
        headers["content-encoding"] = left
    capture = Capture(url=url, fetched_at=fetched_at, status=status, body=body, headers=headers, source=source,
                      source_ref=ref, named_as=(rec.rec_headers.get_header(SITE_NAME_FIELD) or "").strip() or None)
    if kind == "revisit":
        profile = rec.rec_headers.get_header("WARC-Profile") or ""
        if status == 304 or profile.endswith("/server-not-modified"):
            # the server said "not modified": an unchanged capture of what the archive holds at that time
            return dataclasses.replace(capture, status=304, body=b"")
        if not profile.endswith("/identical-payload-digest"):
            return "revisit"
        refers = rec.rec_headers.get_header("WARC-Refers-To-Date")
        return Revisit(capture, (rec.rec_headers.get_header("WARC-Refers-To-Target-URI") or "").strip("<>") or None,
                       iso(warc_time(refers), precise=True) if refers else None,
                       rec.rec_headers.get_header("WARC-Payload-Digest"))
    return capture


def resolve_revisit(db: sqlite_utils.Database, revisit: Revisit, digests: dict[str, tuple[str, str]]) -> Capture:
    """The revisit as a capture with the payload of the record it refers to: found by
    WARC-Refers-To-Target-URI and -Date, or else by its payload digest among the records read before it.

    When the archive holds no such record (it was in another file, or not kept), the revisit is recorded
    as a 304: the policy was seen unchanged, compared with the capture the archive holds for that time.
    """
    url, date = revisit.refers_to_url, revisit.refers_to_date
    if (url is None or date is None) and revisit.payload_digest in digests:
        url, date = digests[revisit.payload_digest]
    row = None
    if date is not None:
        row = db.execute("SELECT raw_sha256 FROM captures WHERE url = ? AND fetched_at = ? AND raw_sha256 IS NOT NULL "
                         "ORDER BY id LIMIT 1", [url or revisit.capture.url, date]).fetchone()
    if row is None:
        return dataclasses.replace(revisit.capture, status=304, body=b"")
    return dataclasses.replace(revisit.capture, body=get_raw(db, row[0]))


def _candidates(f, after: int) -> int | None:
    """Offset of the next place strictly after `after` where a record may start (a gzip member or a WARC
    header), or None at the end of the file. A gzip-compressed body inside a plain WARC is a false start:
    reading it fails and the search goes on from there."""
    pos = after + 1
    f.seek(pos)
    carry = b""
    while chunk := f.read(1 << 20):
        buf = carry + chunk
        hits = [i for i in (buf.find(GZIP_MAGIC), buf.find(WARC_MAGIC)) if i >= 0]
        if hits:
            return pos - len(carry) + min(hits)
        carry = buf[-(len(WARC_MAGIC) - 1):]
        pos += len(chunk)
    return None


def _members(path: Path, problems: list[Problem]) -> Iterator[tuple[str, Callable[[], io.BufferedIOBase], int]]:
    """(name, opener, size) of each archive file in `path`: the file itself, or the WARCs inside a WACZ
    (a zip with its WARCs under archive/, Webrecorder's WACZ 1.1 spec)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as e:
        raise ArchiveError(f"cannot read {path}: {e.strerror or e}") from None
    if head != ZIP_MAGIC:
        yield path.name, lambda: open(path, "rb"), path.stat().st_size
        return
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:  # its WARCs are stored, not deflated: their records are found in the bytes
        problems.append(Problem(path.name, 0, f"damaged zip directory ({e}); records read where found in its bytes", 0))
        yield path.name, lambda: open(path, "rb"), path.stat().st_size
        return
    with zf:
        for info in _wacz_warcs(zf, path):
            yield f"{path.name}!{info.filename}", (lambda info=info: zf.open(info)), info.file_size


def _wacz_warcs(zf: zipfile.ZipFile, path: Path) -> list[zipfile.ZipInfo]:
    """The web archives inside a WACZ, under archive/. Raises ArchiveError for a zip without any."""
    names = [i for i in zf.infolist() if i.filename.startswith("archive/")
             and i.filename.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))]
    if not names:
        raise ArchiveError(f"cannot read {path}: a zip file with no archive/*.warc(.gz) inside (not a WACZ)")
    return names


def _gunzipped_start(head: bytes) -> bytes | None:
    """The first bytes the first gzip member of `head` holds, or None when they cannot be read (damaged data:
    the rest of the file may still be an archive, and is read)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return None


# a WARC record's first line, not the words "WARC/1.1" in a text about WARCs (a README is no archive)
_WARC_HEADER = re.compile(rb"(?:^|\n)WARC/1\.\d\r?\n")


def check_archive_file(path: str | os.PathLike) -> None:
    """Refuse, before anything is imported, a file that is no web archive at all: no WARC header line, gzip
    member, ARC version block or zip signature in its first SNIFF_BYTES. A damaged archive still has
    such a mark past its damage, and is read. Raises ArchiveError."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"cannot read {path}: " + ("not a regular file (a directory, a device, a pipe)"
                                                      if path.exists() else "no such file"))
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as e:
        raise ArchiveError(f"cannot read {path}: {e.strerror or e}") from None
    if not (_WARC_HEADER.search(head) or any(m in head for m in (GZIP_MAGIC, ARC_MAGIC, ZIP_MAGIC))):
        shown = "".join(c if c.isprintable() else " " if c in "\r\n\t" else "?"
                        for c in head[:24].decode("utf-8", "replace"))
        what = ("it is an SQLite database: an archive is given with --db FILE" if head.startswith(b"SQLite format 3\0")
                else "it is a tar file: unpack it and import the WARC files in it" if head[257:262] == b"ustar"
                else f"it starts {shown!r}" if head else "it is empty")
        raise ArchiveError(f"{path} is not a WARC, ARC or WACZ file ({what}); nothing was imported")
    if head.startswith(GZIP_MAGIC) and (inner := _gunzipped_start(head)) is not None \
            and not inner.lstrip().startswith((WARC_MAGIC, ARC_MAGIC)):
        # a gzip file whose first member reads cleanly as something else: a saved page, a JSON export gzipped
        # (a WARC's first member holds its first record whole, an ARC's its version block)
        shown = "".join(c if c.isprintable() else " " for c in inner[:24].decode("utf-8", "replace"))
        raise ArchiveError(f"{path} is not a WARC, ARC or WACZ file (it is gzip-compressed, and what it holds "
                           f"starts {shown!r}); nothing was imported")
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as zf:
                _wacz_warcs(zf, path)
        except zipfile.BadZipFile:
            pass  # a damaged zip: its stored WARCs' records are looked for in its bytes (`_members`)


def read_warc(path: str | os.PathLike, problems: list[Problem], skipped: collections.Counter,
              progress: Callable[[int], None] | None = None,
              digests: dict[str, tuple[str, str]] | None = None) -> Iterator[Capture | Revisit]:
    """Stream the captures of a WARC, ARC or WACZ file (gzip-compressed per record or not).

    A record that cannot be read goes to `problems` with the bytes passed over; the reader resynchronises
    on the next gzip member or WARC header, so one bad byte (even in the first member's gzip header) never
    costs the rest of a file. Raises ArchiveError for a file that cannot be opened.

    `digests`, when given, collects WARC-Payload-Digest -> (url, stored time) of the responses read (the
    most recent DIGESTS_KEPT), for resolving revisit records that name only a digest.
    """
    path = Path(path)
    source = f"warc:{path.name}"
    done = 0
    for name, opener, size in _members(path, problems):
        try:
            raw = opener()
        except OSError as e:
            raise ArchiveError(f"cannot read {path}: {e.strerror or e}") from None
        with raw:
            for item in _read_one(raw, name, source, problems, skipped, digests):
                yield item
                if progress:
                    progress(done + raw.tell())
        done += size
    if progress:
        progress(path.stat().st_size)


REDIRECT_RECORDS = 16  # a redirect's target is looked for among this many captures after it...
REDIRECT_SECONDS = 300  # ...taken within this many seconds of it


def follow_redirects(captures: Iterator[Capture | Revisit], summary: ImportSummary | None = None,
                     known: Callable[[str], bool | None] = lambda url: None,
                     direct: set[str] | None = None) -> Iterator[Capture | Revisit]:
    """The captures of a WARC with each redirect joined to the capture of its target, as a crawl records one
    fetch: a 3xx response for A whose Location B is captured next (among the next REDIRECT_RECORDS captures,
    within REDIRECT_SECONDS: a crawler follows a redirect at once, wget and Browsertrix alike) makes B's
    capture a capture of A, the URL asked for, with `final_url` B and the chain in `redirects`, and the 3xx
    record itself is no capture of its own. Without this, a policy that moved made two documents that knew
    nothing of each other: the old URL's history ending in `http_301`, the new URL's starting over with a
    "first" version of the same text. A redirect whose target is not captured in time is a capture as it was
    (rejected `http_301`, `http_302`...). Chains are followed hop by hop; `summary.followed` counts the joins.

    A redirect from an address that is no page of its own (no document in the archive, `known(url)` None, and no
    unredirected capture in this import, `direct`: one set for the files of one import, updated here) to a
    page of the same host that is (a document holding a version, `known(url)` True, or captured unredirected
    in this import) is a capture of that page, the chain kept: a site's `/privacy` that sends the visitor to
    its policy's own address is a way to it, not a second policy archived side by side (a fresh user's trial:
    two false versions, and the policy's own history missing the captures that reached it so). Another
    site's page is never joined so (a brand's policy that redirects to its group's stays the brand's).
    A document already in the archive keeps its captures: importing the same files again adds nothing."""
    waiting: dict[str, tuple[Capture, int]] = {}  # target URL -> (the redirect's capture, its position)
    direct = set() if direct is None else direct  # pages captured unredirected (2xx)
    for n, capture in enumerate(captures):
        for target, (held, at) in list(waiting.items()):  # too far back to be followed now
            if n - at > REDIRECT_RECORDS or _seconds(held, capture) > REDIRECT_SECONDS:
                del waiting[target]
                yield held
        if isinstance(capture, Capture) and capture.url in waiting:
            held, _ = waiting.pop(capture.url)
            if 0 <= _seconds(held, capture):
                if summary is not None:
                    summary.followed += 1
                page = capture.url
                at_page = _same_host(held.url, page) and not _page_of_its_own(held.url, direct, known) and \
                    (any(f in direct for f in address_forms(page)) or known(page) is True)
                capture = dataclasses.replace(capture, url=page if at_page else held.url, final_url=page,
                                              redirects=(*held.redirects, (held.final_url or held.url, held.status)))
            else:
                yield held
        if isinstance(capture, Capture) and 200 <= capture.status < 300 and not capture.redirects:
            direct.add(capture.url)
        location = capture.headers.get("location") if isinstance(capture, Capture) else None
        if location and 300 <= capture.status < 400 and capture.status != 304:
            target = urldefrag(urljoin(capture.final_url or capture.url, location.strip()))[0]
            if target != (capture.final_url or capture.url) and target not in waiting:
                waiting[target] = (capture, n)
                continue
        yield capture
    yield from (held for held, _ in waiting.values())


def _same_host(a: str, b: str) -> bool:
    """Are two URLs on one host, `www.` and case aside?"""
    ha, hb = (urlsplit(u).hostname or "" for u in (a, b))
    return ha.removeprefix("www.") == hb.removeprefix("www.") != ""


def _page_of_its_own(url: str, direct: set[str], known: Callable[[str], bool | None]) -> bool:
    """Is `url` an address with captures of its own: a document in the archive, or captured unredirected in
    this import?"""
    return known(url) is not None or any(f in direct for f in address_forms(url))


def _seconds(earlier: Capture, later: Capture | Revisit) -> float:
    later = later.capture if isinstance(later, Revisit) else later
    return (later.fetched_at - earlier.fetched_at).total_seconds()


class _QuietIterator(ArchiveIterator):
    """warcio's iterator, minus its habits of writing to stderr: a record's bytes when the record is not
    followed by a blank line (that becomes one of our Problems: `err_count` tells), and a zlib message for
    every block of a damaged gzip member, whose data it then drops as if empty. Such a block raises instead,
    so the damaged record is one Problem and reading resumes at the next record."""
    INC_RECORD = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reader, lenient = self.reader, self.reader._decompress

        def strict(data):
            if reader.decompressor is not None and data and reader.num_block_read:
                return reader.decompressor.decompress(data)  # zlib.error: our reader reports the record
            return lenient(data)  # the first block: warcio tells a plain stream from a gzipped one
        reader._decompress = strict


def _is_arc(raw) -> bool:
    """Whether the stream is an ARC file (its first record is the `filedesc://` version block), gzipped
    or not. Only then are lines read as ARC headers: any text line would otherwise pass for one."""
    head = raw.read(64)
    raw.seek(0)
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head + raw.read(4096), 64)
        except zlib.error:
            head = b""
        raw.seek(0)
    return head.startswith(ARC_MAGIC)


def _read_one(raw, name: str, source: str, problems: list[Problem], skipped: collections.Counter,
              digests: dict[str, tuple[str, str]] | None):
    try:
        arc = _is_arc(raw)
        if _whole_file_gzip(raw):  # `gzip file.warc`: warcio reads its first record only ("non-chunked gzip")
            raw = _gunzipped(raw)  # offsets in problems are then in the decompressed bytes
    except Exception as e:  # a damaged member of a WACZ (Bad CRC-32, zlib.error): nothing of it can be read
        problems.append(Problem(name, 0, _describe(e), None))
        return
    start: int | None = 0
    plain = raw.read(2) != GZIP_MAGIC[:2]
    # reading from a gzip member found in a plain file inside a bad record's declared length, no record read
    # from it yet: the bad record's own gzip-encoded body (`_candidates`)
    false_start = False
    while start is not None:
        raw.seek(start)
        it = _QuietIterator(raw, check_digests="raise", arc2warc=arc)
        offset, previous, warned, reading = start, start, 0, False
        try:
            for rec in it:
                # warcio counts a record not followed by a blank line as it moves past it to the next one
                _warn_unterminated(it, problems, name, previous, warned)
                warned = it.err_count
                previous = offset = it.offset  # where this record starts (get_record_offset would consume it)
                reading = True
                item = _capture_of(rec, source)
                reading = false_start = False
                if isinstance(item, str):
                    skipped[item] += 1
                    continue
                digest = rec.rec_headers.get_header("WARC-Payload-Digest")
                if digests is not None and digest and isinstance(item, Capture) and item.body:
                    digests[digest] = (item.url, iso(item.fetched_at, precise=True))
                    if len(digests) > DIGESTS_KEPT:
                        del digests[next(iter(digests))]
                yield item
            _warn_unterminated(it, problems, name, previous, warned)
            start = None
            if (left := _unread(raw, it.offset)) != 0:  # the file ends inside a gzip member: warcio stops there
                problems.append(Problem(name, it.offset, "truncated record (the file ends inside it)", left))
        except Exception as e:  # warcio, zlib, gzip and our own checks all signal corruption
            # reading a record's body: that record; else warcio failed on the next record's start
            bad = max(offset if reading else it.offset, start)
            declared = None
            try:
                # where the bad record says it ends, when a record starts there: what lies inside it (a record
                # quoted in its body, its gzip-encoded body) is no record (a second review: a quoted one was
                # imported as a capture); else the next place a record may start
                declared = _declared_end(raw, bad)
                start = (_record_at(raw, declared) if declared and declared > bad else None) or _candidates(raw, bad)
            except Exception:  # the stream itself fails past this point (a deflated WACZ member's CRC)
                start = None
            if start is None:
                try:
                    end = raw.seek(0, os.SEEK_END)
                except Exception:
                    end = bad
                problem = Problem(name, bad, _describe(e), end - bad if end > bad else None)
            else:
                problem = Problem(name, bad, _describe(e), start - bad)
            if false_start and problems and problems[-1].file == name:
                # the same bad record passed over further, not another one (a fresh user's trial: one record cut
                # short, its body gzip-encoded, told as two unreadable)
                last = problems[-1]
                problems[-1] = Problem(name, last.offset, last.message,
                                       None if problem.skipped is None else problem.offset + problem.skipped - last.offset)
            else:
                problems.append(problem)
            if start is not None:
                raw.seek(start)
                false_start = plain and raw.read(2) == GZIP_MAGIC[:2] and start < (declared or 0)


def _declared_end(raw, offset: int) -> int | None:
    """Where the plain WARC record at `offset` ends by its own Content-Length header, or None when its header
    cannot be read there."""
    try:
        raw.seek(offset)
        head = raw.read(1 << 14)
    except Exception:
        return None
    end = head.find(b"\r\n\r\n")
    if end <= 0 or not (head.startswith(b"WARC/") or re.search(rb"(?im)^WARC-(?:Type|Record-ID|Date):", head[:end])):
        return None  # (a first line damaged, "WARX/1.0", its WARC-* headers still say what it is)
    m = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head[:end])
    return offset + end + 4 + int(m.group(1)) if m else None


def _record_at(raw, offset: int) -> int | None:
    """`offset`, past the blank lines that close a record, when a record (a WARC header or a gzip member) starts
    there, else None."""
    try:
        raw.seek(offset)
        head = raw.read(64)
    except Exception:
        return None
    body = head.lstrip(b"\r\n")
    return offset + len(head) - len(body) if body.startswith((b"WARC/", GZIP_MAGIC)) else None


def _unread(raw, offset: int) -> int | None:
    """How many bytes after `offset`, where reading stopped at the end of the stream, hold more than padding:
    0 for a file read to its end (whitespace, NULs, or gzip members holding no more than that, as a writer
    that closes with an empty member leaves); None when the stream itself breaks there (a whole-file gzip cut
    short), which says as much."""
    try:
        raw.seek(offset)
        rest = raw.read(_TAIL_READ + 1)
    except (EOFError, OSError, zlib.error):  # (gzip.BadGzipFile is an OSError)
        return None
    except Exception:  # a stream that cannot seek back: nothing to tell
        return 0
    if len(rest) > _TAIL_READ:
        return len(rest)
    pad = b" \t\r\n\x00"
    data = rest.lstrip(pad)  # (a member's own bytes may end in NULs: padding is stripped before each only)
    while data.startswith(GZIP_MAGIC):  # members, one after the other
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            text = d.decompress(data)
        except zlib.error:
            return len(rest)
        if not d.eof or text.strip(pad):
            return len(rest)
        data = d.unused_data.lstrip(pad)
    return len(rest) if data else 0


_TAIL_READ = 1 << 20  # more than this left unread is no padding


def _gunzipped(raw):
    """The decompressed bytes of a whole-file gzip, as a seekable file (on disk past 64 MB), as far as they
    go: a file cut short (an interrupted download) keeps the records before the cut, and the cut record is
    told as truncated by the reader (`gzip.GzipFile` raised at the first read of a small one, and lost all)."""
    import tempfile
    out = tempfile.SpooledTemporaryFile(max_size=64 << 20)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while chunk := raw.read(1 << 20):
            while chunk:
                out.write(d.decompress(chunk))
                if not d.eof:
                    break
                chunk, d = d.unused_data, zlib.decompressobj(16 + zlib.MAX_WBITS)  # a next member, if any
    except zlib.error:
        pass  # damaged from here: what came before stands, and the reader tells where it stops
    out.write(d.flush())
    out.seek(0)
    return out


def _whole_file_gzip(raw) -> bool:
    """Is the stream one gzip member holding several records (the whole file compressed at once, not record by
    record as WARC 1.1 annex D asks)? Its first member is decompressed until it ends (one record: per-record
    gzip) or a second record's header turns up in it."""
    if raw.read(2) != GZIP_MAGIC[:2]:
        raw.seek(0)
        return False
    raw.seek(0)
    d, tail, found = zlib.decompressobj(16 + zlib.MAX_WBITS), b"", False
    try:
        while not d.eof and (chunk := raw.read(1 << 16)):
            out = tail + d.decompress(chunk)
            if out.find(b"\n\r\nWARC/1.", 1) >= 0 or out.find(b"\n\nWARC/1.", 1) >= 0:
                found = True
                break
            tail = out[-16:]
    except zlib.error:
        pass  # a damaged first member: the reader reports it
    raw.seek(0)
    return found


def _warn_unterminated(it, problems: list[Problem], name: str, offset: int, warned: int) -> None:
    if it.err_count > warned:
        problems.append(Problem(name, offset, "record not followed by a blank line (a wrong Content-Length?); "
                                              "read as far as it said"))


def _describe(e: Exception) -> str:
    """One short printable line for what the parser said: no record bytes, however long the message."""
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    head, said, line = text.partition("first line: ")
    if said and sum(not c.isprintable() or c == "\ufffd" for c in line) > len(line) / 3:  # bytes, not a header:
        text = head + "its first line is binary data, not a WARC header"  # "??????????}TMs?F??S" told nothing
    text = "".join(c if c.isprintable() and c.isascii() else "?" for c in text)
    text = text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS] + "..."
    if isinstance(e, (EOFError, gzip.BadGzipFile)) or "truncated" in text.lower() or "end of" in text.lower():
        return f"truncated record ({text})"
    return f"corrupt record ({text})"


def _standing(db) -> int:
    return db.execute("SELECT count(*) FROM versions WHERE superseded_at IS NULL").fetchone()[0]


def _final_outcomes(db, summary: ImportSummary, captures_before: int) -> None:
    """The outcomes of the imported captures as the archive holds them at the end: a capture that arrived
    out of time order replays its document's history, and may turn an earlier capture of this import from
    refused into a version (or back) after its own outcome was counted."""
    duplicates = summary.outcomes[DUPLICATE]
    summary.outcomes, summary.reasons = collections.Counter(), collections.Counter()
    if duplicates:
        summary.outcomes[DUPLICATE] = duplicates
    for outcome, reason, n in db.execute("SELECT outcome, reason, count(*) FROM captures WHERE id > ? "
                                         "GROUP BY outcome, reason", [captures_before]):
        summary.outcomes[outcome] += n
        if outcome == REJECTED:
            summary.reasons[reason] += n


def _holds_version(db: sqlite_utils.Database, url: str) -> bool | None:
    """None when no document is at `url` (or another of its `address_forms`), else whether it holds a version."""
    doc_id = document_at(db, url)
    if doc_id is None:
        return None
    return db.execute("SELECT 1 FROM versions WHERE document_id = ? AND superseded_at IS NULL LIMIT 1",
                      [doc_id]).fetchone() is not None


def _join_ways(db: sqlite_utils.Database, documents_before: int) -> None:
    """A document this import made whose every capture came by a redirect to one page of its host that holds a
    version is a way to that page (`follow_redirects` joins such a redirect when it meets the page first; in a
    file that writes the way first, it could not): its captures become the page's, the page is replayed, and
    the way's versions, made by this import, go after the page's are made, so no version id is given twice,
    and its company with it when it has no other document."""
    for doc_id, url, site_id in db.execute("SELECT id, url, site_id FROM documents WHERE id > ?",
                                           [documents_before]).fetchall():
        pages = {r[0] for r in db.execute("SELECT DISTINCT CASE WHEN redirects IS NULL THEN NULL ELSE final_url END "
                                          "FROM captures WHERE document_id = ?", [doc_id])}
        page = next(iter(pages)) if len(pages) == 1 else None  # (None: a capture of its own)
        if not page or not _same_host(url, page) or not _holds_version(db, page):
            continue
        target = document_at(db, page)
        if target is None or target == doc_id:
            continue
        with transaction(db):
            db.execute("UPDATE captures SET document_id = ?, url = final_url, version_id = NULL WHERE document_id = ?",
                       [target, doc_id])
            replay(db, target)
            db.execute("DELETE FROM changes WHERE document_id = ?", [doc_id])
            db.execute("DELETE FROM version_upgrades WHERE version_id IN (SELECT id FROM versions "
                       "WHERE document_id = ?)", [doc_id])
            db.execute("UPDATE versions SET previous_id = NULL, superseded_by = NULL WHERE document_id = ?", [doc_id])
            db.execute("DELETE FROM versions WHERE document_id = ?", [doc_id])
            db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
            db.execute("DELETE FROM sites WHERE id = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE site_id = ?)",
                       [site_id, site_id])
        log.info("%s: a way to %s, its captures joined to that page's", url, page)


def _begin(db: sqlite_utils.Database, paths: list[str | os.PathLike], captures_before: int
           ) -> tuple[int, str, list[tuple[int, int | None]], int]:
    """Mark an import of `paths` begun (committed with its first batch of captures; each batch's commit keeps its
    last version id up to date). Returns the mark's id, the files' key, the version id ranges numbered in time
    order at the import's end: its own, and those of unfinished imports of the same files (killed, or stopped by
    Ctrl-C), so that the import that resumes one numbers both as one import would (versions made between them, a
    crawl's or another file's import's, keep their numbers), and the capture id after which the documents
    captured are settled (`settle_imported`, which leaves a crawl's documents as they are)."""
    import json
    files = json.dumps(sorted({str(Path(p).resolve()) for p in paths}), ensure_ascii=False)
    now = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
    earlier = db.execute("SELECT since_version, until_version, since_capture FROM unfinished_imports WHERE files = ? "
                         "AND until_version IS NOT NULL", [files]).fetchall()
    mark = db.execute("INSERT INTO unfinished_imports (files, since_version, since_capture, started_at) "
                      "VALUES (?, ?, ?, ?)", [files, now, captures_before, iso(clock.now())]).lastrowid
    return (mark, files, [(now, None), *((a, b) for a, b, _ in earlier)],
            min([captures_before, *(c for _, _, c in earlier)]))


def import_warcs(db: sqlite_utils.Database, paths: list[str | os.PathLike], *, workers: int | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> ImportSummary:
    """Import WARC files; extraction runs in `workers` processes ahead of the (single) writer.

    `stop` is asked before each record: once it answers True, no more records are read, those read are
    recorded and the import finishes as it would at the end of its files (`summary.interrupted`), so the same
    import run again adds the rest (what is in the archive is skipped).

    The writer is one of them: a pool of `workers - 1` processes extracts ahead, and while the capture the
    writer must record next is still being extracted, the writer takes the latest capture the pool has not
    started (work stealing: the writer never waits while there is work). The captures read ahead are bounded
    by their bodies' size (`WINDOW_BYTES`), not their number, so that the pool finds work among the repeats
    of markups already extracted. Storing and deciding take about a third of the import's CPU,
    and each extracting process holds trafilatura, lxml and the trees of the biggest pages, so a pool of
    `workers` beside the writer held one extractor's memory more for no speed on a machine with `workers`
    cores (measured on 2 cores, see benchmarks/RESULTS.md).
    """
    for p in paths:
        check_archive_file(p)
    summary = ImportSummary()
    captures_before = db.execute("SELECT coalesce(max(id), 0) FROM captures").fetchone()[0]
    documents_before = db.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
    standing_before = _standing(db)
    workers = workers or os.cpu_count() or 1
    window: collections.deque = collections.deque()
    digests: dict[str, tuple[str, str]] = {}
    direct: set[str] = set()  # pages the import's files captured unredirected (`follow_redirects`)
    pending_batch = 0
    window_bytes = 0

    def settle_one():
        nonlocal pending_batch, window_bytes
        capture, future, key, _ = window.popleft()
        window_bytes -= len(getattr(capture, "body", b""))
        if key is not None:
            ahead[key] -= 1
        if isinstance(capture, Revisit):
            capture = resolve_revisit(db, capture, digests)
        while future is not None and not future.done() and steal():
            pass
        outcome = record(db, capture, extraction=future.result() if future else None)
        summary.outcomes[outcome.status] += 1
        if outcome.status == REJECTED:
            summary.reasons[outcome.reason] += 1
        pending_batch += 1
        if pending_batch >= BATCH:
            _mark_committed(db, mark)
            renew_lease(db)  # an import holding the archive's lease (`import-warc`) keeps it while it runs
            db.conn.execute("COMMIT")
            db.conn.execute("BEGIN IMMEDIATE")
            pending_batch = 0

    helpers = workers - 1
    pool = cf.ProcessPoolExecutor(helpers, initializer=worker_init) if helpers > 0 else None
    read_ahead = WINDOW_BYTES if pool else -1  # (-1: empty bodies too, revisits)
    # A delta's base is a recent body of the same document: 8 cached bodies serve most of them, where the
    # store's default of 32 held up to ~20 MB of the dev WARC's 600-800 KB pages in the writer
    cache = getattr(db, "raw_cache", None)
    db.raw_cache = _RawCache(8)

    def steal() -> bool:
        """Extract, in the writer, the latest capture of the window the pool has not started; False when there
        is none. (Sent to the pool only when it had room, the writer extracted the rest while the one helper of
        2 cores sat idle 29% of the import, py-spy.)"""
        for i in range(len(window) - 1, -1, -1):
            capture, future, key, joins = window[i]
            if future is not None and future.cancel():
                done: cf.Future = cf.Future()
                done.set_result(try_extract(capture.body, capture.content_type, capture.url))
                window[i] = (capture, done, key, joins)
                return True
        return False

    def known(url: str) -> bool | None:
        """`_holds_version` once every capture read before is recorded: what the archive knows of a redirect's
        addresses must not depend on how far the writer lags behind the reading (a colleague's review: a way to
        a policy joined to its page with 2 workers, a document of its own with 1). A Ctrl-C is heard here too."""
        while window and not stopping():
            settle_one()
        return _holds_version(db, url)

    def stopping() -> bool:
        """Has `stop` said so (once it has, it stays so)?"""
        if not summary.interrupted and stop is not None and stop():
            summary.interrupted = True
        return summary.interrupted

    # (url, markup hash) of the captures waiting in the window: a capture equal on markup to an earlier one
    # still waiting is not sent to the pool either; `record` reuses that one's extraction when it may, and
    # extracts the capture itself when it may not, so skipping is never wrong, only cheaper
    ahead: collections.Counter = collections.Counter()

    try:
        with transaction(db):
            mark, files, numbered, settled_after = _begin(db, paths, captures_before)
            for p in paths:
                size = Path(p).stat().st_size
                report = (lambda done, name=str(p), total=size: progress(name, done, total)) if progress else None
                before = summary.records + sum(summary.skipped.values())
                followed = summary.followed
                if summary.interrupted:
                    break
                for capture in follow_redirects(read_warc(p, summary.problems, summary.skipped, report, digests),
                                                summary, known, direct):
                    if stopping():
                        summary.followed = followed  # (a join of this capture, not recorded)
                        break
                    joins = summary.followed - followed
                    summary.records += 1 + joins
                    followed = summary.followed
                    future = key = None
                    if isinstance(capture, Revisit):
                        pass  # resolved in its turn: the record it refers to is in the archive by then
                    elif pool and 200 <= capture.status < 300 and capture.body:
                        key = (capture.url, capture.markup_sha256)
                        if not ahead[key] and not extraction_known(db, capture):
                            future = pool.submit(try_extract, capture.body, capture.content_type, capture.url)
                        ahead[key] += 1
                    window.append((capture, future, key, joins))
                    window_bytes += len(getattr(capture, "body", b""))
                    while len(window) > 8 * workers and (window_bytes > read_ahead or len(window) > WINDOW_CAPTURES):
                        settle_one()
                if summary.records + sum(summary.skipped.values()) == before and not summary.interrupted:
                    summary.empty.append(str(p))
            while window:  # Ctrl-C here too: a small file is read whole before the first capture is recorded
                if stopping():  # what was read and not yet recorded is left to the rerun, which skips
                    for capture, future, key, joins in window:  # what is in the archive; extracting up to 32 MB of
                        if future is not None:  # pages ahead would keep the user waiting (a colleague's review)
                            future.cancel()
                        summary.records -= 1 + joins
                        summary.followed -= joins
                    window.clear()
                    break
                settle_one()
            _join_ways(db, documents_before)
            if summary.interrupted:  # unfinished, as if killed: the same import run again numbers these with its
                # own (numbered now, a replay in the rerun kept other numbers for the versions it supersedes)
                _mark_committed(db, mark)
            else:
                number_in_time_order(db, numbered)  # as a sorted import would number them
                db.execute("DELETE FROM unfinished_imports WHERE files = ?", [files])
            _final_outcomes(db, summary, captures_before)
            summary.other_pages = settle_imported(db, settled_after)
            summary.earlier_versions = _standing(db) - standing_before - summary.outcomes[NEW_VERSION]
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once
        _kill_pool(pool)
        raise
    finally:
        db.raw_cache = cache
        if pool:
            try:
                pool.shutdown(cancel_futures=True)
            except KeyboardInterrupt:  # (between the two, the exit waited for ever on an idle helper)
                _kill_pool(pool)
                raise
    return summary


def _mark_committed(db: sqlite_utils.Database, mark: int) -> None:
    """The import's versions so far, in its mark (`_begin`): with its batch, or as it stops unfinished."""
    db.execute("UPDATE unfinished_imports SET until_version = (SELECT coalesce(max(id), 0) FROM versions) WHERE id = ?",
               [mark])


def _kill_pool(pool: cf.ProcessPoolExecutor | None) -> None:
    """End the pool's extracting processes now: a pool interrupted while it shuts down leaves a helper waiting
    for work, and the interpreter's exit waits for it (a test's second Ctrl-C once the first stopped the import).
    (`_processes` is the executor's own record of them, in CPython since 3.2; none, nothing is killed.)"""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
