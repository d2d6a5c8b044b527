"""Exports for research: JSONL, CSV, Parquet, Open Terms Archive's dataset layout, and WARC.

Every export streams rows (memory does not grow with the archive). Written to a file, it goes to a temporary
file beside it that is renamed into place (never half-written) and gets a dataset card beside it,
`NAME.card.md` for the file `NAME` (`data.jsonl.card.md`). `-` or `/dev/stdout` streams to standard output,
with no card. A symbolic link is followed: its target is written (atomically, beside the target) and the link
kept. Anything else that is not a regular file or a new path (a FIFO, a device, a socket, a directory where a
file is expected, another file descriptor) is refused with an ArchiveError before anything is written.
"""
from __future__ import annotations

import collections

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
from dataclasses import dataclass, replace
from urllib.parse import urlsplit
from importlib.metadata import PackageNotFoundError, version as pkg_version
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator

from .errors import ArchiveError
from .store import DESCRIPTIONS, get_raw, iso, parse_iso, time_cmp

if TYPE_CHECKING:  # annotations only: reading commands that import this module need no sqlite_utils
    import sqlite_utils

FORMATS = ("jsonl", "csv", "parquet", "ota", "warc")
TABLES = ("versions", "captures")
FIELDS = ["version_id", "cite_id", "site", "company", "url", "version", "first_seen", "last_seen", "prev_capture_at",
          "content_hash", "markdown", "text", "title", "language", "declared_date", "word_count", "captures",
          "extractor", "technical_upgrade", "change_kind", "change_summary", "sections_changed", "sections_added",
          "sections_removed", "sections_modified", "sections_moved", "sections_renamed", "words_added",
          "words_removed", "links_added", "links_removed", "declared_date_from", "formatting_only", "same_text_as"]
CHANGE_FIELDS = FIELDS[FIELDS.index("change_kind"):]  # the `changes` row of a version (`summaries`), and:
# the earliest version of the same document whose text this one is again (a page flipping between two texts,
# a half-served page undone): the version is a real return of that text, and says so
SAME_TEXT_AS = ("(SELECT p.number FROM versions p WHERE p.document_id = v.document_id AND p.id != v.id "
                "AND p.content_hash = v.content_hash AND p.superseded_at IS NULL AND p.first_seen < v.first_seen "
                "ORDER BY p.first_seen, p.first_capture_id LIMIT 1)")  # as `lookup.same_text_as`
_CHANGE_COLUMNS = ", ".join(["ch.kind AS change_kind", "ch.description AS change_summary",
                             *(f"ch.{f}" for f in CHANGE_FIELDS[2:-1]), f"{SAME_TEXT_AS} AS same_text_as"])
LIST_FIELDS = ("sections_added", "sections_removed", "sections_modified", "sections_moved", "sections_renamed",
               "links_added", "links_removed")
_CHANGE_NOTES = DESCRIPTIONS["changes"]
FIELD_NOTES = {
    "version_id": "The version's id in the archive (`serve`'s /version/ID): kept for good, also across reprocessing.",
    "cite_id": "The version's citable identifier: SITE/DOCUMENT@FIRST_SEEN#sha256:HASH12 (archive/cite.py); "
               "independent of the archive's row ids, so an archive rebuilt from the same captures by the same "
               "extractor gives the same ids.",
    "site": "The company's key (its homepage host).",
    "company": "The company's name, when known.",
    "url": "The policy URL.",
    "version": DESCRIPTIONS["versions"]["number"],
    "technical_upgrade": "true when this version's text was re-extracted from the same captures by a newer "
                         "extractor or new rules (a technical upgrade; the text it replaced is in the archive's "
                         "version_upgrades), else false (1 / 0 in CSV). The version itself is still a change of "
                         "the policy: do not filter on it to leave upgrades out; to study texts of one "
                         "extraction, group or filter on `extractor`.",
    "prev_capture_at": "The last capture that showed the previous version (versions.previous_id), before "
                       "first_seen: the change happened after this time and at or before first_seen (null for a "
                       "first version).",
    **{f: DESCRIPTIONS["versions"][f] for f in FIELDS
       if f in DESCRIPTIONS["versions"] and f not in ("captures", "version_id")},
    "captures": DESCRIPTIONS["versions"]["captures"],
    "change_kind": _CHANGE_NOTES["kind"],
    "change_summary": "What changed from the previous version, in plain words.",
    # the archive stores them as JSON text; an export writes lists (CSV alone, having no lists, JSON text)
    **{f: _CHANGE_NOTES[f].replace("JSON list of", "List of", 1) + (" (JSON text in CSV.)" if f in LIST_FIELDS else "")
       for f in FIELDS if f in _CHANGE_NOTES and f not in ("kind", "version_id")},
    "formatting_only": "true when the rendered words are the same and only the Markdown changed, else false "
                       "(1 / 0 in CSV); false for a first version.",
    "same_text_as": "The number of the earliest earlier version whose text this one is again (the page went back "
                    "to it: two texts served in turn, a half-loaded page undone, a box shown for a day), else null.",
}
CAPTURE_FIELDS = ["capture_id", "site", "company", "url", "fetched_at", "final_url", "redirects", "status",
                  "content_type", "outcome", "reason", "version", "version_id", "cite_id", "source", "source_ref",
                  "raw_sha256", "content_hash", "extractor"]
CAPTURE_NOTES = {
    "capture_id": "The capture's row id in the archive.",
    "site": "The company's key (its homepage host).",
    "company": "The company's name, when known.",
    "url": "The policy URL (the document) the capture belongs to.",
    "version": "Number of the version the capture made or continued (null when rejected).",
    "version_id": "Id of that version in the archive (`serve`'s /version/ID; null when rejected).",
    "cite_id": "Citable identifier of that version (null when rejected).",
    **{f: DESCRIPTIONS["captures"][f] for f in CAPTURE_FIELDS
       if f in DESCRIPTIONS["captures"] and f not in ("url", "version_id")},
}


def tool_version() -> str:
    """The package's version and the extractor's, which made the texts: "0.1.0 (extractor 0.5.32)"."""
    from .extract import EXTRACTOR_VERSION
    try:
        package = pkg_version("policy-archive")
    except PackageNotFoundError:
        package = "unknown"
    return f"{package} (extractor {EXTRACTOR_VERSION})"


def site_filter(site: str | tuple[str, ...] | None) -> tuple[str | None, list[str]]:
    """(SQL condition over sites `s`, its parameters) for one site key, several, or every site (None: None, []);
    an empty tuple selects none (a notebook's list of sites that a filter left empty)."""
    if site == ():
        return "0", []
    keys = [site] if isinstance(site, str) else list(site or ())
    if not keys:
        return None, []
    return f"s.key IN ({', '.join('?' * len(keys))})", keys


def _sites_named(site: str | tuple[str, ...]) -> str:
    keys = [site] if isinstance(site, str) else sorted(site)
    return f"site = {keys[0]}" if len(keys) == 1 else f"site in {', '.join(keys)}"


@dataclass(frozen=True)
class Query:
    site: str | tuple[str, ...] | None = None  # a site key, or several
    since: dt.datetime | None = None  # versions still in force at or after this time
    until: dt.datetime | None = None  # versions first seen at or before this time
    latest: bool = False  # only the latest version of each document (within the window)
    table: str = "versions"  # or "captures": every capture with its outcome (jsonl, csv, parquet)
    licence: str | None = None  # the licence the user gives the dataset (an SPDX id), stated in its card
    texts: bool = True  # False: markdown and text are left empty (null), for tables of metadata only
    changes: bool = False  # only versions that followed another, first seen in the window: what changed in it
    bom: bool = False  # csv: a UTF-8 byte-order mark first, without which Excel reads the file as its local code page

    def sql(self) -> tuple[str, list]:
        cond, params = site_filter(self.site)
        where = [cond] if cond else []
        where.append("v.superseded_at IS NULL")  # a version a reprocess superseded is not part of the history
        if self.changes:  # not a policy's first version (a first capture, not a change), and new in the window
            where.append("v.previous_id IS NOT NULL")  # as change_kind, `report` and the notebook's changes() say
            if self.since:
                seen, at = time_cmp("v.first_seen", ">=", self.since)
                where.append(seen)
                params += at
        if self.since:
            replaced, at = time_cmp("v3.first_seen", "<=", self.since)
            where.append("NOT EXISTS (SELECT 1 FROM versions v3 WHERE v3.document_id = v.document_id "
                         f"AND v3.superseded_at IS NULL AND v3.first_seen > v.first_seen AND {replaced})")
            params += at  # not replaced by then
        if self.until:
            seen, at = time_cmp("v.first_seen", "<=", self.until)
            where.append(seen)
            params += at
        cond = " AND ".join(where) or "1"
        if self.latest:
            later, at = time_cmp("v2.first_seen", "<=", self.until) if self.until else ("1", [])
            cond += (" AND NOT EXISTS (SELECT 1 FROM versions v2 WHERE v2.document_id = v.document_id "
                     f"AND v2.superseded_at IS NULL AND v2.first_seen > v.first_seen AND {later})")
            params += at
        return _select(self.texts) + f"WHERE {cond} ORDER BY s.key, d.url, v.first_seen, v.first_capture_id", params

    def captured_before_since(self, db: sqlite_utils.Database) -> tuple[int, int]:
        """(policies of the query last captured before `since`, policies of the query): the rows of the first
        are the latest versions known, not knowledge of that time (as `lookup.after_last_capture` warns
        `show --at`)."""
        cond, params = site_filter(self.site)
        later, at = time_cmp("c.fetched_at", ">=", self.since)
        return db.execute(
            f"SELECT coalesce(sum(NOT EXISTS (SELECT 1 FROM captures c WHERE c.document_id = d.id AND {later})), 0), "
            "count(*) FROM documents d JOIN sites s ON s.id = d.site_id WHERE EXISTS (SELECT 1 FROM versions v "
            f"WHERE v.document_id = d.id AND v.superseded_at IS NULL) AND {cond or '1'}", [*at, *params]).fetchone()

    def capture_window(self) -> tuple[list[str], list]:
        """SQL conditions (over captures `c` and sites `s`) for the query's site and capture-time window."""
        cond, params = site_filter(self.site)
        where = [cond] if cond else []
        for op, when in ((">=", self.since), ("<=", self.until)):
            if when:
                bound, at = time_cmp("c.fetched_at", op, when)
                where.append(bound)
                params += at
        return where, params

    def capture_sql(self) -> tuple[str, list]:
        """The stored raw captures this query selects, for a WARC export: those of the query's site, fetched
        in the window [since, until], and with `latest` only those that saw the latest version of their
        policy (as of `until`). Rejected captures (an error page, a challenge) are raw captures too: they are
        in, unless `latest` asks for one version's captures."""
        where, params = self.capture_window()
        where.append("(c.raw_sha256 IS NOT NULL OR c.status = 304)")  # a 304 is a revisit record
        if self.latest:
            seen, at = time_cmp("v.first_seen", "<=", self.until) if self.until else ("1", [])
            where.append("c.version_id = (SELECT v.id FROM versions v WHERE v.document_id = c.document_id "
                         f"AND v.superseded_at IS NULL AND {seen} ORDER BY v.first_seen DESC, v.first_capture_id "
                         "DESC LIMIT 1)")
            params += at
        sql = ("SELECT c.*, s.key AS site, s.name AS site_name FROM captures c JOIN documents d ON d.id = c.document_id "
               f"JOIN sites s ON s.id = d.site_id WHERE {' AND '.join(where)} ORDER BY c.document_id, c.fetched_at, c.id")
        return sql, params

    def describe_captures(self) -> str:
        return self._described("the captures of the latest version of each policy" if self.latest
                               else "every stored capture (rejected ones included)", "fetched at or after",
                               "fetched at or before")

    def describe(self) -> str:
        if self.table == "captures":
            return self._described("every capture", "fetched at or after", "fetched at or before")
        if self.changes:
            return self._described("changes (versions that followed another)", "first seen at or after",
                                   "first seen at or before")
        return self._described("latest version of each policy" if self.latest else "all versions",
                               "in force at or after", "first seen at or before")

    def _described(self, what: str, since: str, until: str) -> str:
        parts = [what] + ([_sites_named(self.site)] if self.site else [])
        parts += [f"{since} {iso(self.since)}"] if self.since else []
        parts += [f"{until} {iso(self.until)}"] if self.until else []
        return "; ".join(parts)


@dataclass
class ExportResult:
    path: Path | None  # None: written to stdout
    rows: int
    card: Path | None
    sha256: str | None


PROGRESS_EVERY = 25


class Tally:
    """What an export wrote, for its card: rows, time span, policies, companies, and the extractors that made
    the rows' texts (which may not be the one installed: an archive is exported as it stands)."""

    def __init__(self, progress: Callable[[int], None] | None = None):
        self.rows, self.first, self.last, self.urls, self.sites = 0, None, None, set(), set()
        self.extractors: collections.Counter = collections.Counter()
        self.progress = progress  # told the rows written so far, every PROGRESS_EVERY rows

    def add(self, site: str, url: str, first: str, last: str, extractor: str | None = None) -> None:
        self.rows += 1
        if self.progress is not None and self.rows % PROGRESS_EVERY == 0:
            self.progress(self.rows)
        if extractor:
            self.extractors[extractor] += 1
        self.urls.add(url)
        self.sites.add(site)
        self.first = first if self.first is None or first < self.first else self.first
        self.last = last if self.last is None or last > self.last else self.last


def _select(texts: bool = True) -> str:
    """The SELECT of a version row in FIELDS order (cite_id is filled in by `rows`), up to its WHERE."""
    return ("SELECT v.id AS version_id, NULL AS cite_id, s.key AS site, s.name AS company, d.url, "
            "v.number AS version, v.first_seen, v.last_seen, "
            "(SELECT max(c.fetched_at) FROM captures c WHERE c.version_id = v.previous_id "
            "AND c.fetched_at < v.first_seen) AS prev_capture_at, "
            "v.content_hash, " + ("v.markdown, v.text, " if texts else "NULL AS markdown, NULL AS text, ") +
            "v.title, v.language, v.declared_date, v.word_count, v.captures, "
            "v.extractor, v.upgraded_at IS NOT NULL AS technical_upgrade, "
            + _CHANGE_COLUMNS + " "
            "FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
            "LEFT JOIN changes ch ON ch.version_id = v.id ")


def version_row(db: sqlite_utils.Database, version_id: int) -> dict:
    """One version as the exports write it (FIELDS), whatever its state: what `show --format json` gives."""
    from .cite import version_id as cite_id
    row = next(db.query(_select() + "WHERE v.id = ?", [version_id]))
    row["cite_id"] = cite_id(row["site"], row["url"], row["first_seen"], row["content_hash"])
    return _decoded(row)


def rows(db: sqlite_utils.Database, query: Query) -> Iterator[dict]:
    """Version rows in FIELDS order: the change's lists decoded, formatting_only a bool."""
    from .cite import version_id as cite_id
    sql, params = query.sql()
    for row in db.query(sql, params):
        row["cite_id"] = cite_id(row["site"], row["url"], row["first_seen"], row["content_hash"])
        yield _decoded(row)


def _decoded(row: dict) -> dict:
    """The change's lists decoded from JSON ([] when the version has a change and the list is empty), and
    formatting_only and technical_upgrade booleans, as `history --json` and `show --format json` give them."""
    for k in LIST_FIELDS:
        row[k] = json.loads(row[k]) if row[k] else ([] if row["change_kind"] else None)
    for k in ("formatting_only", "technical_upgrade"):
        if row.get(k) is not None:
            row[k] = bool(row[k])
    return row


def capture_rows(db: sqlite_utils.Database, query: Query) -> Iterator[dict]:
    """Every capture (fetch or imported record) of the selected sites, with its outcome and reason, in
    CAPTURE_FIELDS order; --since / --until bound fetched_at; --latest does not apply."""
    from .cite import version_id as cite_id
    where, params = query.capture_window()
    for row in db.query(
            "SELECT c.id AS capture_id, s.key AS site, s.name AS company, d.url, c.fetched_at, c.final_url, "
            "c.redirects, c.status, c.content_type, c.outcome, c.reason, v.number AS version, v.id AS version_id, "
            "v.first_seen AS _first_seen, v.content_hash AS _version_hash, c.source, c.source_ref, c.raw_sha256, "
            "c.content_hash, c.extractor FROM captures c JOIN documents d ON d.id = c.document_id "
            "JOIN sites s ON s.id = d.site_id LEFT JOIN versions v ON v.id = c.version_id "
            f"WHERE {' AND '.join(where) or '1'} ORDER BY s.key, d.url, c.fetched_at, c.id", params):
        first_seen, vhash = row.pop("_first_seen"), row.pop("_version_hash")
        row["cite_id"] = cite_id(row["site"], row["url"], first_seen, vhash) if vhash else None
        yield {k: row[k] for k in CAPTURE_FIELDS}


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


_OTA_VERSION_FILE = re.compile(r"[^/]+/[^/]+/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(?:\.\d+)?Z\.md")


def _replaceable_folder(path: Path, target: Path) -> None:
    """An OTA export replaces an existing folder only if it is empty or an earlier OTA export (its README
    says so) holding nothing but what such an export writes (`_write_ota`): `-o ~` must never delete a home
    directory, nor a re-export a note someone put among the versions."""
    readme = target / "README.md"
    try:
        empty = not any(target.iterdir())
        ours = readme.is_file() and readme.read_text(encoding="utf-8", errors="replace").startswith(OTA_README_TITLE)
        foreign = next((f for f in target.rglob("*") if not f.is_dir() and (rel := f.relative_to(target).as_posix())
                        not in ("README.md", "CITATION.cff") and not _OTA_VERSION_FILE.fullmatch(rel)), None) \
            if ours else None
    except OSError as e:
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    if not (empty or ours):
        raise ArchiveError(f"cannot write {path}: the folder exists and is not an earlier OTA export by "
                           "policy-archive (no README.md of ours); give a new folder name")
    if foreign is not None:
        raise ArchiveError(f"cannot write {path}: the earlier OTA export there holds a file it did not write "
                           f"({foreign.relative_to(target)}), which replacing it would delete; move it, or give a "
                           "new folder name")


@contextlib.contextmanager
def _atomic(path: Path, *, directory: bool = False):
    """Write to a temporary sibling of the real target (see output_target) and move it into place only when
    complete. An existing file keeps its permissions; a link is kept and its target replaced."""
    target = output_target(path, directory=directory)
    if directory and target.exists():
        _replaceable_folder(path, target)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        if directory:
            tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}."))
        else:
            fd, name = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.")
            os.close(fd)  # the writer opens it by name; an open descriptor here would leak one per export
            tmp = Path(name)
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
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True) if directory else tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):  # a full disk, a quota, a file-size limit met while writing: the partial file
            raise ArchiveError(f"cannot write {path}: {e.strerror or e}; nothing was written") from None  # is gone
        raise


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


BINARY = ("parquet", "warc")


def export(db: sqlite_utils.Database, fmt: str, path: str | os.PathLike, query: Query = Query(),
           command: str | None = None, *, stdout: BinaryIO | None = None,
           progress: Callable[[int], None] | None = None) -> ExportResult:
    """Write the versions (for `warc`: the raw captures) selected by `query` to `path` in format `fmt`.

    `path` `-` or /dev/stdout streams to `stdout` (default: this process's standard output) with no card;
    `progress`, if given, is told the number of rows written so far now and then (every PROGRESS_EVERY);
    otherwise see output_target for what may be written and _atomic for how. ArchiveError for a bad format,
    a folder format to stdout, binary to a terminal, or an output that cannot be written."""
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if query.table not in TABLES:
        raise ArchiveError(f"unknown table {query.table!r}; choose one of {', '.join(TABLES)}")
    if query.table == "captures" and fmt not in ("jsonl", "csv", "parquet"):
        raise ArchiveError("the captures table exports as jsonl, csv or parquet (--format warc has the raw captures)")
    if query.table == "captures" and query.latest:
        raise ArchiveError("--latest selects versions; the captures table has every capture (use --since / --until)")
    if query.changes and (query.table == "captures" or fmt in ("ota", "warc") or query.latest):
        raise ArchiveError("--changes selects versions, as jsonl, csv or parquet, and is a history: not with "
                           "--latest, --captures or --format ota / warc")
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
        tally = writer(db, query, out, Tally(progress))
        out.flush()
        return ExportResult(None, tally.rows, None, None)
    path = Path(path)
    if fmt == "ota":
        with _atomic(path, directory=True) as tmp:
            tally = _write_ota(db, query, tmp, output_target(path, directory=True).name, Tally(progress))
        return ExportResult(path, tally.rows, path / "README.md", None)
    written = output_target(path)  # a link's target: the card goes beside the data it describes
    card = card_path(written)
    output_target(card)  # a card that could not be written must not be found out after the data was
    with _atomic(path) as tmp:
        with open(tmp, "wb") as f:
            tally = writer(db, query, f, Tally(progress))
        digest = _file_sha256(tmp)
        # the card is read from the archive before the data is in place: an archive that fails there (damaged
        # past the versions, as a trial found) leaves no data file without its card
        text = _card(db, fmt, written, query, tally, digest, command)
    with _atomic(card) as tmp:
        tmp.write_text(text, encoding="utf-8")
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


def _tally(tally: Tally, row: dict) -> None:
    if "fetched_at" in row and "first_seen" not in row:  # a capture row
        tally.add(row["site"], row["url"], row["fetched_at"], row["fetched_at"], row.get("extractor"))
    else:
        tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"], row.get("extractor"))


def _write_jsonl(db, query: Query, f: BinaryIO, tally: Tally) -> Tally:
    source = capture_rows if query.table == "captures" else rows
    with _text(f, "\n") as w:
        for row in source(db, query):
            w.write(json.dumps(row, ensure_ascii=False) + "\n")
            _tally(tally, row)
    return tally


def _write_csv(db, query: Query, f: BinaryIO, tally: Tally) -> Tally:
    fields, source = (CAPTURE_FIELDS, capture_rows) if query.table == "captures" else (FIELDS, rows)
    with _text(f, "") as t:
        if query.bom:
            t.write("\ufeff")
        w = csv.DictWriter(t, fieldnames=fields)
        w.writeheader()
        for row in source(db, query):
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else int(v) if isinstance(v, bool)
                        else v for k, v in row.items()})  # booleans as 0/1
            _tally(tally, row)
    return tally


def parquet_schema(table: str = "versions"):
    """The Parquet schema of an export (also the notebook API's column types), each field described in its
    metadata (`description`), the table's description in the schema's."""
    import pyarrow as pa

    ts = pa.timestamp("ns", tz="UTC")  # what pandas reads as datetime64[ns, UTC]
    strings = pa.list_(pa.string())
    if table == "captures":
        types = {"capture_id": pa.int64(), "fetched_at": ts, "status": pa.int32(), "version": pa.int32(),
                 "version_id": pa.int64()}
        fields, notes, about = CAPTURE_FIELDS, CAPTURE_NOTES, DESCRIPTIONS["captures"][""]
    else:
        types = {"version_id": pa.int64(), "version": pa.int32(), "first_seen": ts, "last_seen": ts,
                 "prev_capture_at": ts, "markdown": pa.large_string(), "text": pa.large_string(),
                 "declared_date": pa.date32(), "word_count": pa.int32(), "captures": pa.int32(),
                 "technical_upgrade": pa.bool_(), "sections_changed": pa.int32(),
                 "words_added": pa.int32(), "words_removed": pa.int32(), "declared_date_from": pa.date32(),
                 "formatting_only": pa.bool_(), "same_text_as": pa.int32(), "sections_renamed": pa.list_(strings),
                 **{f: strings for f in LIST_FIELDS if f != "sections_renamed"}}
        fields, notes, about = FIELDS, FIELD_NOTES, DESCRIPTIONS["versions"][""]
    return pa.schema([pa.field(f, types.get(f, pa.string()), metadata={"description": notes.get(f, "")})
                      for f in fields], metadata={"description": about, "generator": f"policy-archive {tool_version()}"})


def arrow_row(r: dict) -> dict:
    """A row as pyarrow takes it: times and dates parsed."""
    r = dict(r)
    for k in ("first_seen", "last_seen", "prev_capture_at", "fetched_at"):
        if r.get(k):
            r[k] = dt.datetime.fromisoformat(r[k].replace("Z", "+00:00"))
    for k in ("declared_date", "declared_date_from"):
        if r.get(k):
            r[k] = dt.date.fromisoformat(r[k])
    return r


def _write_parquet(db, query: Query, f: BinaryIO, tally: Tally) -> Tally:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(query.table)
    source = capture_rows if query.table == "captures" else rows
    batch = []
    with pq.ParquetWriter(f, schema, compression="zstd") as w:
        for row in source(db, query):
            batch.append(arrow_row(row))
            _tally(tally, row)
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


def _ota_folders(db, query: Query) -> dict[tuple[str, str], tuple[str, str]]:
    """(site, url) -> (service folder, document folder): the company's name, with the site's key when two
    sites share that name; "Privacy Policy", with the URL's path for every document of a site but the one with
    the most versions. So no two documents ever write into one folder (one history each)."""
    names = {k: n for k, n in db.execute("SELECT key, name FROM sites")}
    counts: dict[tuple[str, str], int] = {}
    for row in rows(db, replace(query, texts=False)):
        counts[row["site"], row["url"]] = counts.get((row["site"], row["url"]), 0) + 1
    label = {k: names.get(k) or k for k, _ in counts}
    shared = {n for n in label.values() if sum(1 for v in label.values() if v == n) > 1}
    main = {}
    for (site, url), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        main.setdefault(site, url)
    return {(site, url): (safe_name(f"{label[site]} ({site})" if label[site] in shared else label[site]),
                          "Privacy Policy" if main[site] == url else
                          safe_name(f"Privacy Policy ({urlsplit(url).path.strip('/') or url})"))
            for site, url in counts}


def _ota_stamp(first_seen: str, crowded: bool) -> str:
    """A version's file name (without `.md`) as Open Terms Archive's dataset export writes it: the time to the
    second, ':' as '-' (`2023-03-01T08-00-00Z`; its engine drops the milliseconds). A version that shares its
    second with another version of its document (captures imported from WARC/1.1, a fraction of a second
    apart) keeps the fraction, six digits, or one file would overwrite the other (`2023-03-01T08-00-00.200000Z`;
    the names still sort as the times do)."""
    when = parse_iso(first_seen).astimezone(dt.timezone.utc)
    stamp = when.strftime("%Y-%m-%dT%H-%M-%S")
    return f"{stamp}.{when.microsecond:06d}Z" if crowded else f"{stamp}Z"


def _write_ota(db, query: Query, tmp: Path, name: str, tally: Tally) -> Tally:
    """Open Terms Archive's dataset layout: <service>/<document type>/<first_seen>.md plus a README, written
    into `tmp`, which becomes the folder called `name` when complete."""
    folders = _ota_folders(db, query)
    seconds: dict[tuple[str, str, str], int] = {}  # versions of a document per second of first_seen
    for row in rows(db, replace(query, texts=False)):
        second = (row["site"], row["url"], _ota_stamp(row["first_seen"], False))
        seconds[second] = seconds.get(second, 0) + 1
    services = set()
    for row in rows(db, query):
        service, document = folders[row["site"], row["url"]]
        folder = tmp / service / document
        folder.mkdir(parents=True, exist_ok=True)
        crowded = seconds[row["site"], row["url"], _ota_stamp(row["first_seen"], False)] > 1
        stamp = _ota_stamp(row["first_seen"], crowded)
        (folder / f"{stamp}.md").write_text(row["markdown"], encoding="utf-8")
        services.add(service)
        tally.add(row["site"], row["url"], row["first_seen"], row["last_seen"], row["extractor"])
    (tmp / "README.md").write_text(
        f"{OTA_README_TITLE}\n\nExported by policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}: "
        f"{tally.rows} versions of {len(services)} services ({query.describe()}).\n\n"
        "Layout as in Open Terms Archive's dataset releases: `<service>/Privacy Policy/<first seen, "
        "YYYY-MM-DDTHH-MM-SSZ>.md`, one Markdown file per version (two versions of a document first seen within "
        "one second keep the fraction: `YYYY-MM-DDTHH-MM-SS.ffffffZ.md`).\n"
        f"\nLicence: {query.licence or 'not set'}. Source: {'; '.join(_sources(db, query)) or '-'}. "
        "How to cite: CITATION.cff.\n", encoding="utf-8")
    (tmp / "CITATION.cff").write_text(citation_cff(db, name, query, tally.rows, extractors=tally.extractors),
                                       encoding="utf-8")
    return tally


def _write_warc(db, query: Query, f: BinaryIO, tally: Tally) -> Tally:
    """The raw captures the query selects (Query.capture_sql), byte-exact, as WARC response records; a 304
    (not modified) as a revisit record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sql, params = query.capture_sql()
    # WARC/1.1: a capture time may carry a fraction of a second (imported from WARC/1.1), which WARC/1.0's
    # WARC-Date (whole seconds) cannot hold
    writer = WARCWriter(f, gzip=True, warc_version="WARC/1.1")
    for cap in db.query(sql, params):
        if cap["raw_sha256"] is None:  # a 304: the server said "not modified", so there is no body to store
            writer.write_record(_not_modified(writer, cap))
            tally.add(cap["site"], cap["url"], cap["fetched_at"], cap["fetched_at"])
            continue
        body = get_raw(db, cap["raw_sha256"])
        headers = [(k, v) for k, v in json.loads(cap["headers"] or "{}").items() if k != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{cap['status']} {_reason(cap['status'])}", headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": cap["fetched_at"], **_provenance(cap)}
        rec = writer.create_warc_record(cap["url"], "response", payload=io.BytesIO(body), http_headers=http,
                                        warc_headers_dict=warc_headers)
        writer.write_record(rec)
        tally.add(cap["site"], cap["url"], cap["fetched_at"], cap["fetched_at"])
    return tally


def _not_modified(writer, cap: dict):
    """A 304 capture as WARC 1.1 describes one: a `revisit` record, profile server-not-modified (section
    6.7.3), with the response's status and headers and no payload. import-warc reads it back as a capture
    that saw the version in force."""
    from warcio.statusandheaders import StatusAndHeaders
    headers = [(k, v) for k, v in json.loads(cap["headers"] or "{}").items() if k != "content-length"]
    http = StatusAndHeaders("304 Not Modified", headers, protocol="HTTP/1.1")
    rec = writer.create_warc_record(cap["url"], "revisit", http_headers=http, warc_headers_dict={
        "WARC-Date": cap["fetched_at"], **_provenance(cap)})
    rec.rec_headers.add_header("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
    return rec


_RECORD_ID = re.compile(r"^<[a-z][a-z0-9+.-]*:[^<>\s]+>$", re.I)


def _provenance(cap: dict) -> dict:
    """WARC headers that trace a capture to its source: an imported record keeps its WARC-Record-ID (the
    same payload, so the same record); a backfilled capture names its memento (WARC-Refers-To-Target-URI,
    as a revisit names what it refers to); every record says where it came from (WARC-Source, a
    policy-archive field: crawl, warc:<file>, backfill:<archive>), and the company's name, which an import
    gives a company that has none (`Policy-Archive-Site-Name`)."""
    from .warc import SITE_NAME_FIELD
    out = {"WARC-Source": cap["source"]}
    if cap.get("site_name"):
        out[SITE_NAME_FIELD] = cap["site_name"]
    ref = cap.get("source_ref")
    if ref and cap["source"].startswith("warc:") and _RECORD_ID.match(ref):
        out["WARC-Record-ID"] = ref
    elif ref and re.match(r"https?://", ref):
        out["WARC-Refers-To-Target-URI"] = ref
    return out


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _sources(db, query: Query) -> list[str]:
    """Where the exported data came from: captures by kind of source (crawl, WARC import, backfill)."""
    cond, params = site_filter(query.site)
    where = f"WHERE {cond}" if cond else ""
    kinds = {"crawl": "crawled", "warc": "imported from WARC files", "backfill": "backfilled from web archives"}
    out = []
    for kind, n, names in db.execute(
            "SELECT CASE WHEN c.source LIKE 'warc:%' THEN 'warc' WHEN c.source LIKE 'backfill:%' THEN 'backfill' "
            "ELSE c.source END, count(*), group_concat(DISTINCT substr(c.source, instr(c.source, ':') + 1)) "
            "FROM captures c JOIN documents d ON d.id = c.document_id JOIN sites s ON s.id = d.site_id "
            f"{where} GROUP BY 1 ORDER BY 2 DESC", params):
        detail = f" ({', '.join(sorted(set((names or '').split(','))))[:300]})" if kind in ("warc", "backfill") else ""
        out.append(f"{n} captures {kinds.get(kind, kind)}{detail}")
    return out


def made_by(extractors: collections.Counter) -> str:
    """"extractor 0.5.39" or "extractors 0.5.39 (12 rows), 0.5.40 (3 rows)": what made the exported texts."""
    if len(extractors) == 1:
        return f"extractor {next(iter(extractors))}"
    return "extractors " + ", ".join(f"{e} ({n} row{'' if n == 1 else 's'})" for e, n in sorted(extractors.items()))


def citation_cff(db, path_name: str, query: Query, count: int, captures: bool = False,
                 extractors: collections.Counter | None = None) -> str:
    """A CITATION.cff (Citation File Format 1.2.0) for the exported dataset; `captures`: a WARC export's;
    `extractors`: the extractors that made the rows' texts, named in the abstract (`version` is the tool's)."""
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    title = (f"Privacy policy captures: {query.describe_captures()}" if captures else
             f"Privacy policy {'captures' if query.table == 'captures' else 'versions'}: {query.describe()}")
    lines = ["cff-version: 1.2.0",
             "message: If you use this dataset, please cite it as below.",
             "type: dataset",
             f"title: {json.dumps(title, ensure_ascii=False)}",
             "authors:",
             "  - name: policy-archive",
             f"version: {json.dumps(tool_version())}",
             f"date-released: {today}",
             "abstract: " + json.dumps(f"{count} rows exported to {path_name} by policy-archive"
                                       + (f"; texts made by {made_by(extractors)}." if extractors else "."),
                                       ensure_ascii=False),
             "keywords: [privacy policy, web archive, policy versions]"]
    if query.licence:  # CFF 1.2.0: one SPDX id, or a list of them for a choice of licences ("A OR B")
        ids = query.licence.split(" OR ")
        lines.append(f"license: {json.dumps(ids[0]) if len(ids) == 1 else json.dumps(ids)}")
    return "\n".join(lines) + "\n"


def _card(db, fmt: str, path: Path, query: Query, tally: Tally, digest: str, command: str | None) -> str:
    """The dataset card of the file `path`: what was written (counted while writing it), the query, licence,
    sources, the tool, the sha256 and how to cite it."""
    warc = fmt == "warc"
    captures = warc or query.table == "captures"
    fields, notes = (CAPTURE_FIELDS, CAPTURE_NOTES) if query.table == "captures" else (FIELDS, FIELD_NOTES)
    lines = [f"# Dataset card: {path.name}", "",
             f"- Rows: {tally.rows} {'capture' if captures else 'version'}{'' if tally.rows == 1 else 's'} of "
             f"{len(tally.urls)} polic{'y' if len(tally.urls) == 1 else 'ies'} of "
             f"{len(tally.sites)} compan{'y' if len(tally.sites) == 1 else 'ies'}",
             f"- Time span: {tally.first or '-'} to {tally.last or '-'} (UTC"
             + (", capture times)" if captures else ", first seen to last seen)"),
             f"- Query: {query.describe_captures() if warc else query.describe()}",
             f"- Format: {fmt}",
             f"- Licence: {query.licence or 'not set (give one with `export --licence SPDX-ID`, e.g. CC-BY-4.0)'}; "
             "the policy texts remain their publishers'",
             f"- Source: {'; '.join(_sources(db, query)) or '-'}",
             f"- Command: `{command}`" if command else "- Command: (library call)",
             f"- Made by: policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}"
             + (f"; the texts were made by {made_by(tally.extractors)} (an archive is exported as it stands: "
                "`reprocess` re-extracts with the installed one)" if tally.extractors else ""),
             f"- sha256 of {path.name}: `{digest}`", ""]
    if not warc:
        lines += ["## Fields", "", "| field | meaning |", "|---|---|"]
        lines += [f"| {f} | {notes.get(f, '')} |" for f in fields]
        lines += ["", "Times are ISO 8601 UTC ending in `Z`. A version is a distinct normalised text of the policy; "
                  "`first_seen`/`last_seen` are the first and last captures that showed it.", ""]
    else:
        lines += ["Each record is a WARC/1.1 record of a stored capture, `WARC-Date` the capture time: a `response` "
                  "with its body byte-exact, or for a 304 (not modified) a `revisit` of profile server-not-modified; "
                  "`policy-archive import-warc` reads them back.", ""]
    lines += ["## Citation", "",
              "Cite a single version by its `cite_id` (`policy-archive show SITE --version N --cite`); cite the "
              "dataset with this CITATION.cff:", "", "```yaml",
              citation_cff(db, path.name, query, tally.rows, captures=warc, extractors=tally.extractors).rstrip(),
              "```", ""]
    return "\n".join(lines)
