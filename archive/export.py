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
TABLES = ("versions", "captures")
FIELDS = ["version_id", "site", "company", "url", "version", "first_seen", "last_seen", "prev_capture_at",
          "content_hash", "markdown", "text", "title", "language", "declared_date", "word_count", "captures",
          "extractor", "change_kind", "change_summary", "sections_changed", "sections_added", "sections_removed",
          "sections_modified", "sections_moved", "sections_renamed", "words_added", "words_removed", "links_added",
          "links_removed", "declared_date_from", "formatting_only"]
LIST_FIELDS = ("sections_added", "sections_removed", "sections_modified", "sections_moved", "sections_renamed",
               "links_added", "links_removed")
_CHANGE_NOTES = DESCRIPTIONS["changes"]
FIELD_NOTES = {
    "version_id": "The version's citable identifier: SITE/DOCUMENT@FIRST_SEEN#sha256:HASH12 (archive/cite.py); "
                  "stable across rebuilds of the archive.",
    "site": "The company's key (its homepage host).",
    "company": "The company's name, when known.",
    "url": "The policy URL.",
    "version": DESCRIPTIONS["versions"]["number"],
    "prev_capture_at": "The last capture before first_seen that showed the previous version: the change happened "
                       "after this time and at or before first_seen (null for a first version).",
    **{f: DESCRIPTIONS["versions"][f] for f in FIELDS if f in DESCRIPTIONS["versions"] and f != "captures"},
    "captures": DESCRIPTIONS["versions"]["captures"],
    "change_kind": _CHANGE_NOTES["kind"],
    "change_summary": "What changed from the previous version, in plain words.",
    **{f: _CHANGE_NOTES[f] for f in FIELDS if f in _CHANGE_NOTES and f != "kind"},
}
CAPTURE_FIELDS = ["capture_id", "site", "company", "url", "fetched_at", "final_url", "redirects", "status",
                  "content_type", "outcome", "reason", "version", "version_id", "source", "source_ref",
                  "raw_sha256", "content_hash", "extractor"]
CAPTURE_NOTES = {
    "capture_id": "The capture's row id in the archive.",
    "site": "The company's key (its homepage host).",
    "company": "The company's name, when known.",
    "url": "The policy URL (the document) the capture belongs to.",
    "version": "Number of the version the capture made or continued (null when rejected).",
    "version_id": "Citable identifier of that version.",
    **{f: DESCRIPTIONS["captures"][f] for f in CAPTURE_FIELDS if f in DESCRIPTIONS["captures"] and f != "url"},
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
    table: str = "versions"  # or "captures": every capture with its outcome (jsonl, csv, parquet)
    licence: str | None = None  # the licence the user gives the dataset (an SPDX id), stated in its card
    texts: bool = True  # False: markdown and text are left empty (null), for tables of metadata only

    def sql(self) -> tuple[str, list]:
        where, params = [], []
        if self.site:
            where.append("s.key = ?")
            params.append(self.site)
        if self.since:
            where.append("NOT EXISTS (SELECT 1 FROM versions v3 WHERE v3.document_id = v.document_id "
                         "AND v3.number > v.number AND v3.first_seen <= ?)")  # not replaced by then
            params.append(iso(self.since))
        if self.until:
            where.append("v.first_seen <= ?")
            params.append(iso(self.until))
        cond = " AND ".join(where) or "1"
        if self.latest:
            cond += (" AND v.number = (SELECT max(v2.number) FROM versions v2 WHERE v2.document_id = v.document_id"
                     + (" AND v2.first_seen <= ?" if self.until else "") + ")")
            if self.until:
                params.append(iso(self.until))
        sql = ("SELECT NULL AS version_id, s.key AS site, s.name AS company, d.url, v.number AS version, v.first_seen, "
               "v.last_seen, (SELECT max(c.fetched_at) FROM captures c WHERE c.document_id = v.document_id "
               "AND c.fetched_at < v.first_seen AND c.outcome IN ('new_version', 'unchanged')) AS prev_capture_at, "
               "v.content_hash, " + ("v.markdown, v.text, " if self.texts else "NULL AS markdown, NULL AS text, ") +
               "v.title, v.language, v.declared_date, v.word_count, v.captures, "
               "v.extractor, ch.kind AS change_kind, ch.description AS change_summary, ch.sections_changed, "
               "ch.sections_added, ch.sections_removed, ch.sections_modified, ch.sections_moved, ch.sections_renamed, "
               "ch.words_added, ch.words_removed, ch.links_added, ch.links_removed, ch.declared_date_from, "
               "ch.formatting_only "
               "FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
               "LEFT JOIN changes ch ON ch.version_id = v.id "
               f"WHERE {cond} ORDER BY s.key, d.url, v.number")
        return sql, params

    def describe(self) -> str:
        if self.table == "captures":
            parts = ["every capture"]
            if self.site:
                parts.append(f"site = {self.site}")
            if self.since:
                parts.append(f"fetched at or after {iso(self.since)}")
            if self.until:
                parts.append(f"fetched at or before {iso(self.until)}")
            return "; ".join(parts)
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
    """Version rows in FIELDS order: the change's lists decoded, formatting_only a bool."""
    from .cite import version_id
    sql, params = query.sql()
    for row in db.query(sql, params):
        row["version_id"] = version_id(row["site"], row["url"], row["first_seen"], row["content_hash"])
        for k in LIST_FIELDS:
            row[k] = json.loads(row[k]) if row[k] else ([] if row["change_kind"] else None)
        if row["formatting_only"] is not None:
            row["formatting_only"] = bool(row["formatting_only"])
        yield row


def capture_rows(db: sqlite_utils.Database, query: Query) -> Iterator[dict]:
    """Every capture (fetch or imported record) of the selected sites, with its outcome and reason, in
    CAPTURE_FIELDS order; --since / --until bound fetched_at; --latest does not apply."""
    from .cite import version_id
    where, params = [], []
    if query.site:
        where.append("s.key = ?")
        params.append(query.site)
    if query.since:
        where.append("c.fetched_at >= ?")
        params.append(iso(query.since))
    if query.until:
        where.append("c.fetched_at <= ?")
        params.append(iso(query.until))
    for row in db.query(
            "SELECT c.id AS capture_id, s.key AS site, s.name AS company, d.url, c.fetched_at, c.final_url, "
            "c.redirects, c.status, c.content_type, c.outcome, c.reason, v.number AS version, "
            "v.first_seen AS _first_seen, v.content_hash AS _version_hash, c.source, c.source_ref, c.raw_sha256, "
            "c.content_hash, c.extractor FROM captures c JOIN documents d ON d.id = c.document_id "
            "JOIN sites s ON s.id = d.site_id LEFT JOIN versions v ON v.id = c.version_id "
            f"WHERE {' AND '.join(where) or '1'} ORDER BY s.key, d.url, c.fetched_at, c.id", params):
        first_seen, vhash = row.pop("_first_seen"), row.pop("_version_hash")
        row["version_id"] = version_id(row["site"], row["url"], first_seen, vhash) if vhash else None
        yield {k: row[k] for k in CAPTURE_FIELDS}


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
    if query.table not in TABLES:
        raise ArchiveError(f"unknown table {query.table!r}; choose one of {', '.join(TABLES)}")
    if query.table == "captures" and fmt not in ("jsonl", "csv", "parquet"):
        raise ArchiveError("the captures table exports as jsonl, csv or parquet (--format warc has the raw captures)")
    if query.table == "captures" and query.latest:
        raise ArchiveError("--latest selects versions; the captures table has every capture (use --since / --until)")
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
    source = capture_rows if query.table == "captures" else rows
    with open(tmp, "w", encoding="utf-8") as f:
        for row in source(db, query):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(db, query: Query, tmp: Path) -> int:
    n = 0
    fields, source = (CAPTURE_FIELDS, capture_rows) if query.table == "captures" else (FIELDS, rows)
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for row in source(db, query):
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()})
            n += 1
    return n


def parquet_schema(table: str = "versions"):
    """The Parquet schema of an export (also the notebook API's column types), each field described in its
    metadata (`description`), the table's description in the schema's."""
    import pyarrow as pa

    ts = pa.timestamp("ns", tz="UTC")  # what pandas reads as datetime64[ns, UTC]
    strings = pa.list_(pa.string())
    if table == "captures":
        types = {"capture_id": pa.int64(), "fetched_at": ts, "status": pa.int32(), "version": pa.int32()}
        fields, notes, about = CAPTURE_FIELDS, CAPTURE_NOTES, DESCRIPTIONS["captures"][""]
    else:
        types = {"version": pa.int32(), "first_seen": ts, "last_seen": ts, "prev_capture_at": ts,
                 "markdown": pa.large_string(), "text": pa.large_string(), "declared_date": pa.date32(),
                 "word_count": pa.int32(), "captures": pa.int32(), "sections_changed": pa.int32(),
                 "words_added": pa.int32(), "words_removed": pa.int32(), "declared_date_from": pa.date32(),
                 "formatting_only": pa.bool_(), "sections_renamed": pa.list_(strings),
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


def _write_parquet(db, query: Query, tmp: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(query.table)
    source = capture_rows if query.table == "captures" else rows
    n, batch = 0, []
    with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
        for row in source(db, query):
            batch.append(arrow_row(row))
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
        "YYYY-MM-DDTHH-MM-SSZ>.md`, one Markdown file per version.\n"
        f"\nLicence: {query.licence or 'not set'}. Source: {'; '.join(_sources(db, query)) or '-'}. "
        "How to cite: CITATION.cff.\n", encoding="utf-8")
    (tmp / "CITATION.cff").write_text(citation_cff(db, tmp.name, query, n), encoding="utf-8")
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
            warc_headers = {"WARC-Date": cap["fetched_at"], **_provenance(cap)}
            rec = writer.create_warc_record(cap["url"], "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict=warc_headers)
            writer.write_record(rec)
            n += 1
    return n


_RECORD_ID = re.compile(r"^<[a-z][a-z0-9+.-]*:[^<>\s]+>$", re.I)


def _provenance(cap: dict) -> dict:
    """WARC headers that trace a capture to its source: an imported record keeps its WARC-Record-ID (the
    same payload, so the same record); a backfilled capture names its memento (WARC-Refers-To-Target-URI,
    as a revisit names what it refers to); every record says where it came from (WARC-Source, a
    policy-archive field: crawl, warc:<file>, backfill:<archive>)."""
    out = {"WARC-Source": cap["source"]}
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
    where, params = ("WHERE s.key = ?", [query.site]) if query.site else ("", [])
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


def citation_cff(db, path_name: str, query: Query, count: int) -> str:
    """A CITATION.cff (Citation File Format 1.2.0) for the exported dataset."""
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    title = f"Privacy policy versions ({query.describe()})"
    lines = ["cff-version: 1.2.0",
             "message: If you use this dataset, please cite it as below.",
             "type: dataset",
             f"title: {json.dumps(title, ensure_ascii=False)}",
             "authors:",
             "  - name: policy-archive",
             f"version: {json.dumps(tool_version())}",
             f"date-released: {today}",
             f"abstract: {json.dumps(f'{count} rows exported to {path_name} by policy-archive.', ensure_ascii=False)}",
             "keywords: [privacy policy, web archive, terms of service]"]
    if query.licence:
        lines.append(f"license: {json.dumps(query.licence)}")
    return "\n".join(lines) + "\n"


def _write_card(db, fmt: str, path: Path, card: Path, query: Query, count: int, digest: str,
                command: str | None) -> None:
    sql, params = query.sql()
    span = db.execute(f"SELECT min(first_seen), max(last_seen), count(DISTINCT site), count(DISTINCT url) "
                      f"FROM ({sql})", params).fetchone()
    unit = "captures" if fmt == "warc" or query.table == "captures" else "versions"
    fields, notes = (CAPTURE_FIELDS, CAPTURE_NOTES) if query.table == "captures" else (FIELDS, FIELD_NOTES)
    lines = [f"# Dataset card: {path.name}", "",
             f"- Rows: {count} {unit} of {span[3]} policies of {span[2]} companies",
             f"- Time span: {span[0] or '-'} to {span[1] or '-'} (UTC)",
             f"- Query: {query.describe()}",
             f"- Format: {fmt}",
             f"- Licence: {query.licence or 'not set (give one with `export --licence SPDX-ID`, e.g. CC-BY-4.0)'}; "
             "the policy texts remain their publishers'",
             f"- Source: {'; '.join(_sources(db, query)) or '-'}",
             f"- Command: `{command}`" if command else "- Command: (library call)",
             f"- Made by: policy-archive {tool_version()} at {iso(dt.datetime.now(dt.timezone.utc))}",
             f"- sha256 of {path.name}: `{digest}`", ""]
    if fmt != "warc":
        lines += ["## Fields", "", "| field | meaning |", "|---|---|"]
        lines += [f"| {f} | {notes.get(f, '')} |" for f in fields]
        lines += ["", "Times are ISO 8601 UTC ending in `Z`. A version is a distinct normalised text of the policy; "
                  "`first_seen`/`last_seen` are the first and last captures that showed it.", ""]
    lines += ["## Citation", "",
              "Cite a single version by its `version_id` (`policy-archive show SITE --version N --cite`); cite the "
              "dataset with this CITATION.cff:", "", "```yaml", citation_cff(db, path.name, query, count).rstrip(),
              "```", ""]
    with _atomic(card) as tmp:
        tmp.write_text("\n".join(lines), encoding="utf-8")
