"""The one path for every capture: store raw → extract → normalise → hash → new / unchanged / rejected.

Captures are settled in time order per document. One that arrives out of order (an unsorted WARC, a
backfill) makes the document's history be replayed from its stored captures, so the result is the same
as for sorted input; `reprocess` is the same replay with a fresh extraction of every capture.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import sqlite_utils

from . import changes, summaries
from .capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, Capture, Outcome, utc
from .extract import EXTRACTOR_VERSION, Extraction, ExtractionRejected, extract
from .store import delta_base, ensure_document, ensure_site, get_raw, iso, put_raw, transaction

log = logging.getLogger(__name__)

HISTORY_DEPTH = 6  # versions of context handed to change detection (blinking needs 4)
MARKUP_REUSE_MIN_WORDS = 200  # below this a challenge / JS-shell check may read scripts: extract anew
TRANSIENT = "transient"


@dataclass
class _Pending:
    """A stored capture waiting to be settled."""

    id: int
    fetched_at: str
    url: str
    status: int
    content_type: str | None
    raw_sha256: str | None
    markup_sha256: str | None = None


def record(db: sqlite_utils.Database, capture: Capture,
           extraction: Extraction | ExtractionRejected | None = None) -> Outcome:
    """Add one capture to the archive, atomically, and say what became of it.

    `extraction` may be passed when it was computed elsewhere (a process pool) from `capture.body`.
    """
    fetched_at = iso(utc(capture.fetched_at))
    body = capture.body or b""
    raw_sha = capture.body_sha256 if body or capture.status not in (0, 304) else None  # 304 / no response: no body
    markup = capture.markup_sha256 if body and 200 <= capture.status < 300 else None
    with transaction(db):
        site_id = ensure_site(db, capture.site_key, capture.site_name)
        doc_id = ensure_document(db, site_id, capture.url, capture.found_by)
        row = db.execute("SELECT id FROM captures WHERE document_id = ? AND fetched_at = ? AND raw_sha256 IS ?",
                         [doc_id, fetched_at, raw_sha]).fetchone()
        if row:
            return Outcome(DUPLICATE, capture_id=row[0])
        if raw_sha is not None:
            put_raw(db, body, base_sha=delta_base(db, doc_id), digest=raw_sha)
        headers = {k.lower(): v for k, v in capture.headers.items()}
        cap_id = db.execute(
            "INSERT INTO captures (document_id, fetched_at, url, final_url, redirects, status, content_type, etag, "
            "last_modified, headers, raw_sha256, markup_sha256, source, source_ref, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, fetched_at, capture.url, capture.final_url or capture.url,
             json.dumps(capture.redirects) if capture.redirects else None, capture.status,
             headers.get("content-type"), headers.get("etag"), headers.get("last-modified"),
             json.dumps(headers, ensure_ascii=False), raw_sha, markup, capture.source, capture.source_ref,
             (capture.error or "fetch_failed") if capture.status == 0 else None]).lastrowid
        latest = db.execute("SELECT max(fetched_at) FROM captures WHERE document_id = ? AND outcome IS NOT NULL",
                            [doc_id]).fetchone()[0]
        if latest is not None and fetched_at < latest:
            replay(db, doc_id)
        elif db.execute("SELECT 1 FROM versions WHERE document_id = ? AND extractor != ? LIMIT 1",
                        [doc_id, EXTRACTOR_VERSION]).fetchone():
            # versions made by an older extractor would differ from this capture's by format alone: the
            # document is reprocessed first, so an upgrade never makes a version by itself
            replay(db, doc_id, fresh=True)
        else:
            pending = _Pending(cap_id, fetched_at, capture.url, capture.status, headers.get("content-type"), raw_sha,
                               markup)
            _settle(db, doc_id, pending, lambda: body, extraction)
        summaries.update(db, doc_id)  # the change summary of a new version (archive/summaries.py)
        return _outcome(db, cap_id)


def replay(db: sqlite_utils.Database, doc_id: int, *, fresh: bool = False) -> None:
    """Rebuild a document's versions from its stored captures, in time order.

    Extractions are reused from the existing versions unless `fresh` (reprocess with the current
    extractor); version ids are kept by number so links to them stay valid.
    """
    with transaction(db):
        known: dict[str, Extraction] = {}
        old_ids: dict[int, int] = {}
        for v in db.query("SELECT * FROM versions WHERE document_id = ?", [doc_id]):
            old_ids[v["number"]] = v["id"]
            if not fresh and v["extractor"] == EXTRACTOR_VERSION:
                known[v["content_hash"]] = _extraction_of(v)
        db.execute("UPDATE captures SET outcome = NULL, version_id = NULL, "
                   "reason = CASE WHEN status = 0 THEN reason END WHERE document_id = ?", [doc_id])  # keep fetch errors
        db.execute("DELETE FROM versions WHERE document_id = ?", [doc_id])
        rows = db.execute("SELECT id, fetched_at, url, status, content_type, raw_sha256, markup_sha256, content_hash, "
                          "extractor FROM captures WHERE document_id = ? ORDER BY fetched_at, id", [doc_id]).fetchall()
        for cap_id, fetched_at, url, status, ctype, raw_sha, markup, chash, extractor in rows:
            pending = _Pending(cap_id, fetched_at, url, status, ctype, raw_sha, markup)
            extraction = known.get(chash) if chash and extractor == EXTRACTOR_VERSION else None
            _settle(db, doc_id, pending, lambda s=raw_sha: get_raw(db, s), extraction, reuse_ids=old_ids)
        summaries.update(db, doc_id)


def _settle(db, doc_id: int, cap: _Pending, read_body, extraction, *, reuse_ids=None) -> None:
    """Decide what a capture (the latest of its document so far) does to the history, and write it."""
    if cap.status == 304:  # the version in force goes on; its text is not even read (a recrawl is mostly 304s)
        latest = db.execute("SELECT id FROM versions WHERE document_id = ? ORDER BY number DESC LIMIT 1",
                            [doc_id]).fetchone()
        if latest:
            return _continue(db, latest[0], cap)
        return _reject(db, cap, "not_modified_without_version")
    if cap.status == 0:  # no response at all: the reason was stored with the capture
        db.execute("UPDATE captures SET outcome = ? WHERE id = ?", [REJECTED, cap.id])
        return
    if not 200 <= cap.status < 300:
        return _reject(db, cap, f"http_{cap.status}")
    history = _history(db, doc_id)
    if extraction is None:  # only captures settled since the last reset count, so a replay stays fresh
        extraction = _reuse(db, doc_id, cap.raw_sha256, cap.markup_sha256)
    if extraction is None:
        try:
            extraction = extract(read_body(), cap.content_type, cap.url)
        except ExtractionRejected as e:
            extraction = e
    if isinstance(extraction, ExtractionRejected):
        db.execute("UPDATE captures SET extractor = ? WHERE id = ?", [EXTRACTOR_VERSION, cap.id])
        return _reject(db, cap, extraction.reason)
    db.execute("UPDATE captures SET content_hash = ?, extractor = ? WHERE id = ?",
               [extraction.content_hash, EXTRACTOR_VERSION, cap.id])
    decision = changes.decide(extraction, history)
    if decision.kind == changes.SAME:
        return _continue(db, _version_id(db, doc_id, history[-1].number), cap)
    if decision.kind == changes.REJECT:
        return _reject(db, cap, decision.reason or "rejected")
    if decision.kind == changes.REVERT:
        flip, back = history[-1], history[-2]
        flip_id = _version_id(db, doc_id, flip.number)
        db.execute("UPDATE captures SET outcome = ?, reason = ?, version_id = NULL WHERE version_id = ?",
                   [REJECTED, TRANSIENT, flip_id])
        db.execute("DELETE FROM versions WHERE id = ?", [flip_id])
        return _continue(db, _version_id(db, doc_id, back.number), cap)
    number = (history[-1].number + 1) if history else 1
    version_id = (reuse_ids or {}).get(number)
    version_id = db.execute(
        "INSERT INTO versions (id, document_id, number, first_seen, last_seen, content_hash, markdown, text, "
        "title, language, declared_date, word_count, captures, first_capture_id, extractor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        [version_id, doc_id, number, cap.fetched_at, cap.fetched_at, extraction.content_hash, extraction.markdown,
         extraction.text, extraction.title, extraction.language, extraction.declared_date, extraction.word_count,
         cap.id, EXTRACTOR_VERSION]).lastrowid
    db.execute("UPDATE captures SET outcome = ?, version_id = ? WHERE id = ?", [NEW_VERSION, version_id, cap.id])


def _continue(db, version_id: int, cap: _Pending) -> None:
    db.execute("UPDATE versions SET last_seen = max(last_seen, ?), captures = captures + 1 WHERE id = ?",
               [cap.fetched_at, version_id])
    db.execute("UPDATE captures SET outcome = ?, version_id = ? WHERE id = ?", [UNCHANGED, version_id, cap.id])


def _reject(db, cap: _Pending, reason: str) -> None:
    db.execute("UPDATE captures SET outcome = ?, reason = ? WHERE id = ?", [REJECTED, reason, cap.id])


def _history(db, doc_id: int) -> list[changes.VersionState]:
    rows = db.execute("SELECT number, content_hash, text, captures, markdown FROM versions WHERE document_id = ? "
                      "ORDER BY number DESC LIMIT ?", [doc_id, HISTORY_DEPTH]).fetchall()
    return [changes.VersionState(number=n, content_hash=h, text=t, captures=c, **_extra_state(md))
            for n, h, t, c, md in reversed(rows)]


def _extra_state(markdown: str) -> dict:
    fields = changes.VersionState.__dataclass_fields__
    return {"markdown": markdown} if "markdown" in fields else {}


def _version_id(db, doc_id: int, number: int) -> int:
    return db.execute("SELECT id FROM versions WHERE document_id = ? AND number = ?", [doc_id, number]).fetchone()[0]


def _reuse(db, doc_id: int, raw_sha: str | None, markup_sha: str | None) -> Extraction | ExtractionRejected | None:
    """An earlier extraction of this document that a body is sure to give again: the same bytes, or the same
    markup but for scripts, styles and comments (only for a policy long enough that no challenge or shell
    check could have looked at those)."""
    if raw_sha is None:
        return None
    row = db.execute("SELECT content_hash, reason FROM captures WHERE document_id = ? AND raw_sha256 = ? "
                     "AND extractor = ? AND outcome IS NOT NULL LIMIT 1",
                     [doc_id, raw_sha, EXTRACTOR_VERSION]).fetchone()
    if row is None and markup_sha is not None:
        row = db.execute("SELECT c.content_hash, NULL FROM captures c JOIN versions v ON v.document_id = c.document_id "
                         "AND v.content_hash = c.content_hash WHERE c.document_id = ? AND c.markup_sha256 = ? "
                         "AND c.extractor = ? AND c.outcome IS NOT NULL AND v.word_count >= ? LIMIT 1",
                         [doc_id, markup_sha, EXTRACTOR_VERSION, MARKUP_REUSE_MIN_WORDS]).fetchone()
    if row is None:
        return None
    content_hash, reason = row
    if content_hash is None:
        return ExtractionRejected(reason or "extraction_failed")
    v = db.execute("SELECT * FROM versions WHERE document_id = ? AND content_hash = ? LIMIT 1",
                   [doc_id, content_hash]).fetchone()
    return _extraction_of(dict(zip(_version_columns(db), v))) if v else None


def extraction_known(db: sqlite_utils.Database, capture: Capture) -> bool:
    """True when `record` would reuse an earlier extraction for this capture's body: callers that extract
    ahead in a process pool (import-warc, the crawler's pipeline) skip those bodies."""
    row = db.execute("SELECT id FROM documents WHERE url = ?", [capture.url]).fetchone()
    return row is not None and _reuse(db, row[0], capture.body_sha256, capture.markup_sha256) is not None


def _version_columns(db) -> list[str]:
    return [c.name for c in db["versions"].columns]


def _extraction_of(v: dict) -> Extraction:
    return Extraction(markdown=v["markdown"], text=v["text"], title=v["title"], language=v["language"],
                      declared_date=v["declared_date"], content_hash=v["content_hash"])


def _outcome(db, cap_id: int) -> Outcome:
    outcome, reason, number = db.execute("SELECT c.outcome, c.reason, v.number FROM captures c "
                                         "LEFT JOIN versions v ON v.id = c.version_id WHERE c.id = ?",
                                         [cap_id]).fetchone()
    return Outcome(outcome, capture_id=cap_id, version=number, reason=reason)
