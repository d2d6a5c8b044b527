"""Exports for research: JSONL, CSV, Parquet, Open Terms Archive's dataset layout, and WARC.

Every export streams rows (memory does not grow with the archive), is written to a temporary file and
renamed into place (never half-written), and gets a dataset card beside it.
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
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version as pkg_version
from pathlib import Path
from typing import Iterator

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
    path: Path
    rows: int
    card: Path | None
    sha256: str | None


def rows(db: sqlite_utils.Database, query: Query) -> Iterator[dict]:
    sql, params = query.sql()
    yield from db.query(sql, params)


@contextlib.contextmanager
def _atomic(path: Path, *, directory: bool = False):
    """Write to a temporary sibling and move it into place only when complete."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ArchiveError(f"cannot write {path}: directory {parent} does not exist")
    if directory and path.exists() and not path.is_dir():
        raise ArchiveError(f"cannot write {path}: it exists and is not a directory")
    if not directory and path.is_dir():
        raise ArchiveError(f"cannot write {path}: it is a directory")
    try:
        tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{path.name}.")) if directory else \
            Path(tempfile.mkstemp(dir=parent, prefix=f".{path.name}.")[1])
    except OSError as e:
        raise ArchiveError(f"cannot write {path}: {e.strerror}") from None
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, (0o777 if directory else 0o666) & ~umask)  # mkstemp's 0600 is not what a user expects
        if directory and path.exists():
            shutil.rmtree(path)
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True) if directory else tmp.unlink(missing_ok=True)
        raise


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def export(db: sqlite_utils.Database, fmt: str, path: str | os.PathLike, query: Query = Query(),
           command: str | None = None) -> ExportResult:
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet, "ota": _write_ota,
              "warc": _write_warc}[fmt]
    with _atomic(path, directory=fmt == "ota") as tmp:
        count = writer(db, query, tmp)
    if fmt == "ota":
        return ExportResult(path, count, path / "README.md", None)
    digest = _file_sha256(path)
    card = _card_path(path)
    _write_card(db, fmt, path, card, query, count, digest, command)
    return ExportResult(path, count, card, digest)


def _card_path(path: Path) -> Path:
    return path.with_suffix(".card.md")


def _write_jsonl(db, query: Query, tmp: Path) -> int:
    n = 0
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows(db, query):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(db, query: Query, tmp: Path) -> int:
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for row in rows(db, query):
            w.writerow(row)
            n += 1
    return n


def _write_parquet(db, query: Query, tmp: Path) -> int:
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

    n, batch = 0, []
    with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
        for row in rows(db, query):
            batch.append(convert(row))
            n += 1
            if len(batch) >= 256:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            w.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def safe_name(text: str) -> str:
    """A file or folder name that cannot climb out of its directory or hide."""
    name = re.sub(r'[\x00-\x1f/\\:*?"<>|]+', "_", text).strip(" .")
    return name[:120] or "_"


def _write_ota(db, query: Query, tmp: Path) -> int:
    """Open Terms Archive's dataset layout: <service>/<document type>/<first_seen>.md plus a README."""
    names = {k: n for k, n in db.execute("SELECT key, name FROM sites")}
    n, sites = 0, set()
    for row in rows(db, query):
        service = safe_name(names.get(row["site"]) or row["site"])
        folder = tmp / service / "Privacy Policy"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = row["first_seen"].replace(":", "-")
        (folder / f"{stamp}.md").write_text(row["markdown"], encoding="utf-8")
        sites.add(service)
        n += 1
    (tmp / "README.md").write_text(
        f"# Privacy policy versions\n\nExported by policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}: "
        f"{n} versions of {len(sites)} services ({query.describe()}).\n\n"
        "Layout as in Open Terms Archive's dataset releases: `<service>/Privacy Policy/<first seen, "
        "YYYY-MM-DDTHH-MM-SSZ>.md`, one Markdown file per version.\n", encoding="utf-8")
    return n


def _write_warc(db, query: Query, tmp: Path) -> int:
    """The raw captures behind the selected versions' documents, as WARC response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sql, params = query.sql()
    docs = f"SELECT DISTINCT d2.id FROM ({sql}) q JOIN documents d2 ON d2.url = q.url"
    n = 0
    with open(tmp, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for cap in db.query(f"SELECT c.* FROM captures c WHERE c.document_id IN ({docs}) AND c.raw_sha256 IS NOT NULL "
                            "ORDER BY c.document_id, c.fetched_at, c.id", params):
            body = get_raw(db, cap["raw_sha256"])
            headers = [(k, v) for k, v in json.loads(cap["headers"] or "{}").items() if k != "content-length"]
            headers.append(("Content-Length", str(len(body))))
            http = StatusAndHeaders(f"{cap['status']} {_reason(cap['status'])}", headers, protocol="HTTP/1.1")
            rec = writer.create_warc_record(cap["url"], "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": cap["fetched_at"]})
            writer.write_record(rec)
            n += 1
    return n


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _write_card(db, fmt: str, path: Path, card: Path, query: Query, count: int, digest: str,
                command: str | None) -> None:
    sql, params = query.sql()
    span = db.execute(f"SELECT min(first_seen), max(last_seen), count(DISTINCT site), count(DISTINCT url) "
                      f"FROM ({sql})", params).fetchone()
    unit = "captures" if fmt == "warc" else "versions"
    lines = [f"# Dataset card: {path.name}", "",
             f"- Rows: {count} {unit} of {span[3]} policies of {span[2]} companies",
             f"- Time span: {span[0] or '-'} to {span[1] or '-'} (UTC)",
             f"- Query: {query.describe()}",
             f"- Format: {fmt}",
             f"- Command: `{command}`" if command else "- Command: (library call)",
             f"- Made by: policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}",
             f"- sha256 of {path.name}: `{digest}`", ""]
    if fmt != "warc":
        lines += ["## Fields", "", "| field | meaning |", "|---|---|"]
        lines += [f"| {f} | {FIELD_NOTES.get(f, '')} |" for f in FIELDS]
        lines += ["", "Times are ISO 8601 UTC ending in `Z`. A version is a distinct normalised text of the policy; "
                  "`first_seen`/`last_seen` are the first and last captures that showed it.", ""]
    with _atomic(card) as tmp:
        tmp.write_text("\n".join(lines), encoding="utf-8")
