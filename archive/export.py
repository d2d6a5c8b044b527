"""Exports for research: JSONL, CSV, Parquet, Open Terms Archive's dataset layout, and WARC.

Every export streams rows (memory does not grow with the archive). Written to a file, it goes to a temporary
file beside it that is renamed into place (never half-written) and gets a dataset card beside it,
`NAME.card.md` for the file `NAME` (`data.jsonl.card.md`). `-` or `/dev/stdout` streams to standard output,
with no card. A symbolic link is followed: its target is written (atomically, beside the target) and the link
kept. Anything else that is not a regular file or a new path (a FIFO, a device, a socket, a directory where a
file is expected, another file descriptor) is refused with an ArchiveError before anything is written.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version as pkg_version
from pathlib import Path
from typing import BinaryIO, Iterator

import sqlite_utils

from .errors import ArchiveError
from .store import DESCRIPTIONS, get_raw, iso

FORMATS = ("jsonl", "csv", "parquet", "ota", "warc")
FIELDS = ["site", "url", "version", "first_seen", "last_seen", "content_hash", "markdown", "text", "title",
          "language", "declared_date", "word_count", "captures", "version_id", "extractor", "technical_upgrade"]
FIELD_NOTES = {
    "site": "The company's key (its homepage host).",
    "url": "The policy URL.",
    "version": DESCRIPTIONS["versions"]["number"],
    "version_id": "The version's id in the archive (`serve`'s /version/ID): kept for good, also across reprocessing.",
    "technical_upgrade": "1 when the text was re-extracted from the same captures by a newer extractor or new rules "
                         "(a technical upgrade, not a change of the policy), else 0; filter on it to exclude them.",
    **{f: DESCRIPTIONS["versions"][f] for f in FIELDS[3:] if f in DESCRIPTIONS["versions"]},
}


def tool_version() -> str:
    try:
        return pkg_version("policy-archive")
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Query:
    site: str | None = None
    since: dt.datetime | None = None  # versions still in force at or after this time
    until: dt.datetime | None = None  # versions first seen at or before this time
    latest: bool = False  # only the latest version of each document (within the window)

    def sql(self) -> tuple[str, list]:
        where, params = [], []
        if self.site:
            where.append("s.key = ?")
            params.append(self.site)
        where.append("v.superseded_at IS NULL")  # a version a reprocess superseded is not part of the history
        if self.since:
            where.append("NOT EXISTS (SELECT 1 FROM versions v3 WHERE v3.document_id = v.document_id "
                         "AND v3.superseded_at IS NULL AND v3.first_seen > v.first_seen "
                         "AND v3.first_seen <= ?)")  # not replaced by then
            params.append(iso(self.since))
        if self.until:
            where.append("v.first_seen <= ?")
            params.append(iso(self.until))
        cond = " AND ".join(where) or "1"
        if self.latest:
            cond += (" AND NOT EXISTS (SELECT 1 FROM versions v2 WHERE v2.document_id = v.document_id "
                     "AND v2.superseded_at IS NULL AND v2.first_seen > v.first_seen"
                     + (" AND v2.first_seen <= ?" if self.until else "") + ")")
            if self.until:
                params.append(iso(self.until))
        sql = ("SELECT s.key AS site, d.url, v.number AS version, v.first_seen, v.last_seen, v.content_hash, "
               "v.markdown, v.text, v.title, v.language, v.declared_date, v.word_count, v.captures, "
               "v.id AS version_id, v.extractor, v.upgraded_at IS NOT NULL AS technical_upgrade "
               "FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
               f"WHERE {cond} ORDER BY s.key, d.url, v.first_seen, v.first_capture_id")
        return sql, params

    def capture_sql(self) -> tuple[str, list]:
        """The stored raw captures this query selects, for a WARC export: those of the query's site, fetched
        in the window [since, until], and with `latest` only those that saw the latest version of their
        policy (as of `until`). Rejected captures (an error page, a challenge) are raw captures too: they are
        in, unless `latest` asks for one version's captures."""
        where, params = ["c.raw_sha256 IS NOT NULL"], []
        if self.site:
            where.append("s.key = ?")
            params.append(self.site)
        if self.since:
            where.append("c.fetched_at >= ?")
            params.append(iso(self.since))
        if self.until:
            where.append("c.fetched_at <= ?")
            params.append(iso(self.until))
        if self.latest:
            where.append("c.version_id = (SELECT v.id FROM versions v WHERE v.document_id = c.document_id"
                         + (" AND v.first_seen <= ?" if self.until else "") + " ORDER BY v.number DESC LIMIT 1)")
            if self.until:
                params.append(iso(self.until))
        sql = ("SELECT c.*, s.key AS site FROM captures c JOIN documents d ON d.id = c.document_id "
               f"JOIN sites s ON s.id = d.site_id WHERE {' AND '.join(where)} ORDER BY c.document_id, c.fetched_at, c.id")
        return sql, params

    def describe_captures(self) -> str:
        parts = ["the captures of the latest version of each policy" if self.latest
                 else "every stored capture (rejected ones included)"]
        if self.site:
            parts.append(f"site = {self.site}")
        if self.since:
            parts.append(f"fetched at or after {iso(self.since)}")
        if self.until:
            parts.append(f"fetched at or before {iso(self.until)}")
        return "; ".join(parts)

    def describe(self) -> str:
        parts = ["latest version of each policy" if self.latest else "all versions"]
        if self.site:
            parts.append(f"site = {self.site}")
        if self.since:
            parts.append(f"in force at or after {iso(self.since)}")
        if self.until:
            parts.append(f"first seen at or before {iso(self.until)}")
        return "; ".join(parts)


@dataclass
class ExportResult:
    path: Path | None  # None: written to stdout
    rows: int
    card: Path | None
    sha256: str | None


class Tally:
    """What an export wrote, for its card: rows, time span, policies and companies."""

    def __init__(self):
        self.rows, self.first, self.last, self.urls, self.sites = 0, None, None, set(), set()

    def add(self, site: str, url: str, first: str, last: str) -> None:
        self.rows += 1
        self.urls.add(url)
        self.sites.add(site)
        self.first = first if self.first is None or first < self.first else self.first
        self.last = last if self.last is None or last > self.last else self.last


def rows(db: sqlite_utils.Database, query: Query) -> Iterator[dict]:
    sql, params = query.sql()
    yield from db.query(sql, params)


STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
_DESCRIPTORS = re.compile(r"^/(dev/(fd/|stdin$|stdout$|stderr$)|proc/[^/]+/fd/)")
_KINDS = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def is_stdout(path: str | os.PathLike) -> bool:
    """`-` and /dev/stdout (and its aliases) mean the process's standard output."""
    return os.fspath(path) in STDOUT_NAMES


def output_target(path: str | os.PathLike, *, directory: bool = False) -> Path:
    """Where an output named `path` is really written: `path` itself, or the target of the symbolic link(s)
    it names. ArchiveError (one line, before anything is written) unless that is a new path in an existing
    directory, a regular file (a directory for `directory` outputs), never a FIFO, device, socket or file
    descriptor, whose replacement by a regular file would break the system or lose the stream."""
    text = os.fspath(path)
    if is_stdout(text):
        raise ArchiveError(f"cannot write {'a folder' if directory else 'this output'} to stdout ({text!r}): "
                           "give a " + ("folder" if directory else "file") + " name")
    if _DESCRIPTORS.match(text):
        raise ArchiveError(f"cannot write {text}: it is a file descriptor, not a file (`-o -` writes to stdout)")
    path = Path(text)
    if any(_DESCRIPTORS.match(hop) for hop in _link_chain(text)):  # a link to /dev/stdout, /proc/self/fd/2...
        raise ArchiveError(f"cannot write {text}: it leads to a file descriptor, not a file (`-o -` writes to stdout)")
    try:
        target = Path(os.path.realpath(path, strict=False)) if path.is_symlink() else path
    except OSError as e:  # a symbolic link loop
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    try:
        st = os.stat(target)
    except FileNotFoundError:
        parent = target.parent if str(target.parent) else Path(".")
        if not parent.is_dir():
            raise ArchiveError(f"cannot write {path}: directory {parent} does not exist") from None
        return target
    except OSError as e:
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    if directory:
        if not stat.S_ISDIR(st.st_mode):
            raise ArchiveError(f"cannot write {path}: it exists and is not a directory")
        return target
    if stat.S_ISDIR(st.st_mode):
        raise ArchiveError(f"cannot write {path}: it is a directory (give a file name)")
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise ArchiveError(f"cannot write {path}: it is {kind}, not a regular file; give a new file name, "
                               "or `-o -` to write to stdout")
    if not stat.S_ISREG(st.st_mode):
        raise ArchiveError(f"cannot write {path}: it is not a regular file")
    return target


def _link_chain(path: str, hops: int = 40) -> list[str]:
    """`path` and each path its symbolic link(s) lead to, one hop at a time, each with its folder resolved.
    realpath() alone would not do: /proc/self/fd/N is a link to whatever that descriptor is open on (a pipe,
    a terminal, a deleted temporary file), so only the hops tell that the path leads to a descriptor."""
    chain = []
    for _ in range(hops):
        folder, name = os.path.split(os.path.abspath(path))
        path = os.path.join(os.path.realpath(folder), name)
        chain.append(path)
        try:
            if not os.path.islink(path):
                break
            path = os.path.join(os.path.dirname(path), os.readlink(path))
        except OSError:  # unreadable: output_target's stat() says why
            break
    return chain


OTA_README_TITLE = "# Privacy policy versions"


def _replaceable_folder(path: Path, target: Path) -> None:
    """An OTA export replaces an existing folder only if it is empty or an earlier OTA export (its README
    says so): `-o ~` must never delete a home directory."""
    readme = target / "README.md"
    try:
        empty = not any(target.iterdir())
        ours = readme.is_file() and readme.read_text(encoding="utf-8", errors="replace").startswith(OTA_README_TITLE)
    except OSError as e:
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    if not (empty or ours):
        raise ArchiveError(f"cannot write {path}: the folder exists and is not an earlier OTA export by "
                           "policy-archive (no README.md of ours); give a new folder name")


@contextlib.contextmanager
def _atomic(path: Path, *, directory: bool = False):
    """Write to a temporary sibling of the real target (see output_target) and move it into place only when
    complete. An existing file keeps its permissions; a link is kept and its target replaced."""
    target = output_target(path, directory=directory)
    if directory and target.exists():
        _replaceable_folder(path, target)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.")) if directory else \
            Path(tempfile.mkstemp(dir=parent, prefix=f".{target.name}.")[1])
    except OSError as e:
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    try:
        yield tmp
        if not directory and target.exists():
            mode = stat.S_IMODE(os.stat(target).st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = (0o777 if directory else 0o666) & ~umask  # mkstemp's 0600 is not what a user expects
        os.chmod(tmp, mode)
        if directory and target.exists():
            aside = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.old."))
            os.replace(target, aside / "x")  # out of the way first: os.replace cannot replace a full folder
            try:
                os.replace(tmp, target)
            except BaseException:
                os.replace(aside / "x", target)  # the earlier export stays as it was
                aside.rmdir()
                raise
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True) if directory else tmp.unlink(missing_ok=True)
        raise


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


BINARY = ("parquet", "warc")


def export(db: sqlite_utils.Database, fmt: str, path: str | os.PathLike, query: Query = Query(),
           command: str | None = None, *, stdout: BinaryIO | None = None) -> ExportResult:
    """Write the versions (for `warc`: the raw captures) selected by `query` to `path` in format `fmt`.

    `path` `-` or /dev/stdout streams to `stdout` (default: this process's standard output) with no card;
    otherwise see output_target for what may be written and _atomic for how. ArchiveError for a bad format,
    a folder format to stdout, binary to a terminal, or an output that cannot be written."""
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet, "ota": _write_ota,
              "warc": _write_warc}[fmt]
    if is_stdout(path):
        if fmt == "ota":
            raise ArchiveError(f"--format ota writes a folder of files; it cannot go to stdout ({os.fspath(path)!r}): "
                               "give a folder name")
        out = stdout or sys.stdout.buffer
        if fmt in BINARY and out.isatty():
            raise ArchiveError(f"{fmt} is binary: not written to a terminal; redirect (`> file`) or pipe it, "
                               "or give a file name")
        tally = writer(db, query, out)
        out.flush()
        return ExportResult(None, tally.rows, None, None)
    path = Path(path)
    if fmt == "ota":
        with _atomic(path, directory=True) as tmp:
            tally = writer(db, query, tmp)
        return ExportResult(path, tally.rows, path / "README.md", None)
    card = card_path(output_target(path))
    output_target(card)  # a card that could not be written must not be found out after the data was
    with _atomic(path) as tmp:
        with open(tmp, "wb") as f:
            tally = writer(db, query, f)
    written = output_target(path)  # a link's target: the card goes beside the data it describes
    digest = _file_sha256(written)
    _write_card(fmt, written, card, query, tally, digest, command)
    return ExportResult(path, tally.rows, card, digest)


def card_path(path: Path) -> Path:
    """The dataset card of the file `path`: `data.jsonl` -> `data.jsonl.card.md`, so the cards of one
    selection exported as jsonl, csv and parquet do not overwrite each other."""
    return path.with_name(path.name + ".card.md")


@contextlib.contextmanager
def _text(f: BinaryIO, newline: str | None = None):
    """A text layer over a binary stream that leaves the stream open (stdout stays usable)."""
    w = io.TextIOWrapper(f, encoding="utf-8", newline=newline, write_through=False)
    try:
        yield w
    finally:
        w.flush()
        w.detach()


def _write_jsonl(db, query: Query, f: BinaryIO) -> Tally:
    tally = Tally()
    with _text(f, "\n") as w:
        for row in rows(db, query):
            w.write(json.dumps(row, ensure_ascii=False) + "\n")
            tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"])
    return tally


def _write_csv(db, query: Query, f: BinaryIO) -> Tally:
    tally = Tally()
    with _text(f, "") as t:
        w = csv.DictWriter(t, fieldnames=FIELDS)
        w.writeheader()
        for row in rows(db, query):
            w.writerow(row)
            tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"])
    return tally


def _write_parquet(db, query: Query, f: BinaryIO) -> Tally:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("site", pa.string()), ("url", pa.string()), ("version", pa.int32()),
                        ("first_seen", pa.timestamp("s", tz="UTC")), ("last_seen", pa.timestamp("s", tz="UTC")),
                        ("content_hash", pa.string()), ("markdown", pa.large_string()), ("text", pa.large_string()),
                        ("title", pa.string()), ("language", pa.string()), ("declared_date", pa.date32()),
                        ("word_count", pa.int32()), ("captures", pa.int32()), ("version_id", pa.int64()),
                        ("extractor", pa.string()), ("technical_upgrade", pa.bool_())])

    def convert(r: dict) -> dict:
        r = dict(r)
        for k in ("first_seen", "last_seen"):
            r[k] = dt.datetime.fromisoformat(r[k].replace("Z", "+00:00"))
        r["declared_date"] = dt.date.fromisoformat(r["declared_date"]) if r["declared_date"] else None
        r["technical_upgrade"] = bool(r["technical_upgrade"])
        return r

    tally, batch = Tally(), []
    with pq.ParquetWriter(f, schema, compression="zstd") as w:
        for row in rows(db, query):
            batch.append(convert(row))
            tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"])
            if len(batch) >= 256:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or tally.rows == 0:
            w.write_table(pa.Table.from_pylist(batch, schema=schema))
    return tally


def safe_name(text: str) -> str:
    """A file or folder name that cannot climb out of its directory or hide."""
    name = re.sub(r'[\x00-\x1f/\\:*?"<>|]+', "_", text).strip(" .")
    return name[:120] or "_"


def _write_ota(db, query: Query, tmp: Path) -> Tally:
    """Open Terms Archive's dataset layout: <service>/<document type>/<first_seen>.md plus a README."""
    names = {k: n for k, n in db.execute("SELECT key, name FROM sites")}
    tally, services = Tally(), set()
    for row in rows(db, query):
        service = safe_name(names.get(row["site"]) or row["site"])
        folder = tmp / service / "Privacy Policy"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = row["first_seen"].replace(":", "-")
        (folder / f"{stamp}.md").write_text(row["markdown"], encoding="utf-8")
        services.add(service)
        tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"])
    (tmp / "README.md").write_text(
        f"{OTA_README_TITLE}\n\nExported by policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}: "
        f"{tally.rows} versions of {len(services)} services ({query.describe()}).\n\n"
        "Layout as in Open Terms Archive's dataset releases: `<service>/Privacy Policy/<first seen, "
        "YYYY-MM-DDTHH-MM-SSZ>.md`, one Markdown file per version.\n", encoding="utf-8")
    return tally


def _write_warc(db, query: Query, f: BinaryIO) -> Tally:
    """The raw captures the query selects (Query.capture_sql), byte-exact, as WARC response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sql, params = query.capture_sql()
    tally = Tally()
    writer = WARCWriter(f, gzip=True)
    for cap in db.query(sql, params):
        body = get_raw(db, cap["raw_sha256"])
        headers = [(k, v) for k, v in json.loads(cap["headers"] or "{}").items() if k != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{cap['status']} {_reason(cap['status'])}", headers, protocol="HTTP/1.1")
        rec = writer.create_warc_record(cap["url"], "response", payload=io.BytesIO(body), http_headers=http,
                                        warc_headers_dict={"WARC-Date": cap["fetched_at"]})
        writer.write_record(rec)
        tally.add(cap["site"], cap["url"], cap["fetched_at"], cap["fetched_at"])
    return tally


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _write_card(fmt: str, path: Path, card: Path, query: Query, tally: Tally, digest: str,
                command: str | None) -> None:
    """The dataset card: what was written (counted while writing it), the query, the tool and the sha256."""
    warc = fmt == "warc"
    lines = [f"# Dataset card: {path.name}", "",
             f"- Rows: {tally.rows} {'captures' if warc else 'versions'} of {len(tally.urls)} policies of "
             f"{len(tally.sites)} companies",
             f"- Time span: {tally.first or '-'} to {tally.last or '-'} (UTC"
             + (", capture times)" if warc else ", first seen to last seen)"),
             f"- Query: {query.describe_captures() if warc else query.describe()}",
             f"- Format: {fmt}",
             f"- Command: `{command}`" if command else "- Command: (library call)",
             f"- Made by: policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}",
             f"- sha256 of {path.name}: `{digest}`", ""]
    if not warc:
        lines += ["## Fields", "", "| field | meaning |", "|---|---|"]
        lines += [f"| {f} | {FIELD_NOTES.get(f, '')} |" for f in FIELDS]
        lines += ["", "Times are ISO 8601 UTC ending in `Z`. A version is a distinct normalised text of the policy; "
                  "`first_seen`/`last_seen` are the first and last captures that showed it.", ""]
    else:
        lines += ["Each record is a WARC `response` record of a stored capture, its body byte-exact, `WARC-Date` "
                  "the capture time; `policy-archive import-warc` reads it back.", ""]
    with _atomic(card) as tmp:
        tmp.write_text("\n".join(lines), encoding="utf-8")
