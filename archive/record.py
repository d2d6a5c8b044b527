"""The one path for every capture: store raw → extract → normalise → hash → new / unchanged / rejected.

Captures are settled in time order per document. One that arrives out of order (an unsorted WARC, a
backfill) makes the document's history be replayed from its stored captures, so the result is the same
as for sorted input; `reprocess` is the same replay with a fresh extraction of every capture.
"""
from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

import sqlite_utils

from . import changes, summaries
from .capture import (DUPLICATE, ESCALATED, INTERSTITIAL, NEW_VERSION, REJECTED, SAW_VERSION, SAW_VERSION_SQL,
                      UNCHANGED, VOLATILE, Capture, Outcome, utc)
from .extract import EXTRACTOR_ERROR, Extraction, ExtractionRejected, extractor_id, try_extract
from .store import (delta_base, document_at, ensure_document, ensure_site, get_raw, iso, now_utc, parse_iso, put_raw,
                    time_cmp, transaction)

log = logging.getLogger(__name__)

HISTORY_DEPTH = 6  # versions of context handed to change detection (blinking needs 4; `changes.is_churning` asks
# for CHURN_DEPTH when it gets that far)
MARKUP_REUSE_MIN_WORDS = 200  # below this a challenge / JS-shell check may read scripts: extract anew
TRANSIENT = "transient"
# a document's history in time order (numbers are not, after a reprocess: new versions take unused numbers)
_ORDER = "first_seen, first_capture_id, id"
_ORDER_DESC = "first_seen DESC, first_capture_id DESC, id DESC"


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
    escalated: bool = False  # a plain response the crawler rendered in a browser: the rendering is the text of record
    final_url: str | None = None  # where its redirects, or the browser's navigation, ended
    redirects: str | None = None  # the chain as stored: JSON [[url, status], ...]


def record(db: sqlite_utils.Database, capture: Capture,
           extraction: Extraction | ExtractionRejected | None = None) -> Outcome:
    """Add one capture to the archive, atomically, and say what became of it.

    `extraction` may be passed when it was computed elsewhere (a process pool) from `capture.body`.
    """
    fetched_at = iso(utc(capture.fetched_at), precise=True)
    body = capture.body or b""
    raw_sha = capture.body_sha256 if body or capture.status not in (0, 304) else None  # 304 / no response: no body
    markup = capture.markup_sha256 if body and 200 <= capture.status < 300 else None
    with transaction(db):
        site_id = ensure_site(db, capture.site_key, capture.site_name)
        if capture.named_as and not capture.site_name:  # an exported WARC's name of its company, if it has none
            db.execute("UPDATE sites SET name = ? WHERE id = ? AND name IS NULL", [capture.named_as, site_id])
        doc_id = ensure_document(db, site_id, capture.url, capture.found_by, claim=capture.site is not None)
        # the same capture: a 503 and then a 429 with the same body within one second of the crawler's clock are two
        row = db.execute("SELECT id FROM captures WHERE document_id = ? AND fetched_at = ? AND raw_sha256 IS ? "
                         "AND status = ?", [doc_id, fetched_at, raw_sha, capture.status]).fetchone()
        if row:
            return Outcome(DUPLICATE, capture_id=row[0])
        if raw_sha is not None:
            put_raw(db, body, base_sha=delta_base(db, doc_id), digest=raw_sha)
        headers = {k.lower(): v for k, v in capture.headers.items()}
        cap_id = db.execute(
            "INSERT INTO captures (document_id, fetched_at, url, final_url, redirects, status, content_type, etag, "
            "last_modified, headers, raw_sha256, markup_sha256, source, source_ref, reason, fetcher, escalation, "
            "original_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, fetched_at, capture.url, capture.final_url or capture.url,
             json.dumps(capture.redirects) if capture.redirects else None, capture.status,
             headers.get("content-type"), headers.get("etag"), headers.get("last-modified"),
             json.dumps(headers, ensure_ascii=False), raw_sha, markup, capture.source, capture.source_ref,
             (capture.error or "fetch_failed") if capture.status == 0 else None,
             capture.fetcher, capture.escalation, capture.original_sha256]).lastrowid
        latest = db.execute("SELECT max(fetched_at) FROM captures WHERE document_id = ? AND outcome IS NOT NULL",
                            [doc_id]).fetchone()[0]
        if latest is not None and fetched_at < latest:
            replay(db, doc_id)
        elif db.execute("SELECT 1 FROM versions WHERE document_id = ? AND extractor != ? AND superseded_at IS NULL "
                        "LIMIT 1",
                        [doc_id, extractor_id(capture.url)]).fetchone():
            # versions made by an older extractor, or under another rule for the site, would differ from this
            # capture's by format alone: the document is reprocessed first, so an upgrade never makes a version
            replay(db, doc_id, fresh=True)
        else:
            pending = _Pending(cap_id, fetched_at, capture.url, capture.status, headers.get("content-type"), raw_sha,
                               markup, capture.fetcher == "html" and capture.escalation is not None,
                               capture.final_url, json.dumps(capture.redirects) if capture.redirects else None)
            _settle(db, doc_id, pending, lambda: body, extraction)
        summaries.update(db, doc_id)  # the change summary of a new version (archive/summaries.py)
        outcome = _outcome(db, cap_id)
        if outcome.status == NEW_VERSION and not capture.site_name:
            _name_site(db, site_id, body, headers.get("content-type"), capture.final_url or capture.url)
        return outcome


def _name_site(db, site_id: int, body: bytes, content_type: str | None, url: str) -> None:
    """Give a company that has no name the one its policy page gives (archive.sitename), once."""
    if db.execute("SELECT 1 FROM sites WHERE id = ? AND name IS NULL", [site_id]).fetchone() is None:
        return
    if "html" not in (content_type or "").lower() and not body.lstrip()[:1] == b"<":
        return
    from .capture import host_of
    from .sitename import name_from_page
    name = name_from_page(body, host_of(url), content_type)
    if name:
        db.execute("UPDATE sites SET name = ? WHERE id = ? AND name IS NULL", [name, site_id])


def name_sites(db: sqlite_utils.Database, doc_ids: list[int]) -> int:
    """Name the unnamed companies of these documents from their latest version's page (for archives made
    before sites were named, by `reprocess`). Returns how many were named."""
    named = 0
    for doc_id in doc_ids:
        row = db.execute("SELECT s.id, c.raw_sha256, c.content_type, coalesce(c.final_url, c.url) FROM documents d "
                         "JOIN sites s ON s.id = d.site_id JOIN versions v ON v.document_id = d.id "
                         "JOIN captures c ON c.id = v.first_capture_id WHERE d.id = ? AND s.name IS NULL "
                         "AND v.superseded_at IS NULL ORDER BY v.first_seen DESC LIMIT 1", [doc_id]).fetchone()
        if row and row[1]:
            with transaction(db):
                _name_site(db, row[0], get_raw(db, row[1]), row[2], row[3])
            named += db.execute("SELECT name IS NOT NULL FROM sites WHERE id = ?", [row[0]]).fetchone()[0]
    return named


def replay(db: sqlite_utils.Database, doc_id: int, *, fresh: bool = False) -> None:
    """Rebuild a document's versions from its stored captures, in time order, keeping version identity.

    Extractions are reused from the existing versions unless `fresh` (reprocess with the current
    extractor). The rebuilt history is matched to the standing versions it replaces (`_reconcile`): a
    version that survives keeps its id and number, one that no longer exists is superseded (never deleted,
    never reused), a new one gets a fresh id and the next unused number, and a surviving version whose text
    changed from the same captures is a technical upgrade (its earlier text kept in version_upgrades).
    """
    with transaction(db):
        known: dict[str, Extraction] = {}
        current = extractor_id(db.execute("SELECT url FROM documents WHERE id = ?", [doc_id]).fetchone()[0])
        old = [dict(v) for v in db.query("SELECT * FROM versions WHERE document_id = ? AND superseded_at IS NULL",
                                         [doc_id])]
        for v in old:
            if not fresh and v["extractor"] == current:
                known[v["content_hash"]] = _extraction_of(v)
        old_caps: dict[int, set[int]] = {v["id"]: set() for v in old}
        for cap_id, version_id in db.execute("SELECT id, version_id FROM captures WHERE document_id = ? "
                                             "AND version_id IS NOT NULL", [doc_id]):
            old_caps.setdefault(version_id, set()).add(cap_id)
        scratch_above = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
        # the old versions step aside (invisible to change detection) until the rebuilt history is matched, and so
        # do those folded as a volatile block's (the replay folds anew)
        db.execute("UPDATE versions SET superseded_at = ? WHERE document_id = ? AND superseded_at IS NULL",
                   [_REPLAYING, doc_id])
        db.execute("UPDATE versions SET superseded_as = NULL WHERE document_id = ? AND superseded_as IS NOT NULL",
                   [doc_id])
        db.execute("UPDATE captures SET outcome = NULL, version_id = NULL, "
                   "reason = CASE WHEN status = 0 THEN reason END WHERE document_id = ?", [doc_id])  # keep fetch errors
        rows = db.execute("SELECT id, fetched_at, url, status, content_type, raw_sha256, markup_sha256, content_hash, "
                          "extractor, coalesce(fetcher, 'html') = 'html' AND escalation IS NOT NULL, final_url, "
                          "redirects FROM captures WHERE document_id = ? ORDER BY fetched_at, id", [doc_id]).fetchall()
        for cap_id, fetched_at, url, status, ctype, raw_sha, markup, chash, extractor, escalated, final, hops in rows:
            pending = _Pending(cap_id, fetched_at, url, status, ctype, raw_sha, markup, bool(escalated), final, hops)
            extraction = known.get(chash) if chash and extractor == current else None
            _settle(db, doc_id, pending, lambda s=raw_sha: get_raw(db, s), extraction, scratch_above=scratch_above)
        folded = [dict(v) for v in db.query("SELECT * FROM versions WHERE document_id = ? AND id > ? AND superseded_as "
                                            "IS NOT NULL", [doc_id, scratch_above])]
        db.execute("DELETE FROM versions WHERE document_id = ? AND id > ? AND superseded_as IS NOT NULL",
                   [doc_id, scratch_above])
        _reconcile(db, doc_id, old, old_caps, scratch_above)
        _refold(db, doc_id, folded, scratch_above)
        summaries.update(db, doc_id)


_REPLAYING = "replaying"  # superseded_at of the old versions while a replay runs (inside its transaction only)
_CONTENT = ["first_seen", "last_seen", "content_hash", "captures", "first_capture_id", "extractor"]
_TEXT = ["markdown", "text", "title", "language", "declared_date", "word_count"]


def number_in_time_order(db: sqlite_utils.Database, ranges: list[tuple[int, int | None]]) -> int:
    """Number the standing versions of the given id ranges, `(after, up_to)` (`up_to` None: no end), one
    import's say, in time order among themselves, using the numbers they hold; returns how many moved.

    Captures may arrive in any order (an unsorted WARC), and a replay keeps the numbers versions already
    have (they are for good once published, see match_versions), so within one import a version made from
    a later capture can hold a smaller number than one made from an earlier capture. Versions of this
    import were never shown before it ended, so they are numbered as a sorted import would number them;
    versions made before it, or between its ranges (a crawl after an import was killed), keep theirs, and
    no number is reused."""
    ranges = [(after, up_to) for after, up_to in ranges if up_to is None or up_to > after]
    if not ranges:
        return 0
    within = " OR ".join("(id > ?" + (" AND id <= ?)" if up_to is not None else ")") for _, up_to in ranges)
    bounds = [b for r in ranges for b in r if b is not None]
    moved = 0
    for (doc_id,) in db.execute(f"SELECT DISTINCT document_id FROM versions WHERE {within}", bounds).fetchall():
        rows = db.execute(f"SELECT id, number FROM versions WHERE document_id = ? AND ({within}) AND superseded_at IS "
                          f"NULL ORDER BY {_ORDER}", [doc_id, *bounds]).fetchall()
        numbers = sorted(n for _, n in rows)
        if [n for _, n in rows] == numbers:
            continue
        with transaction(db):
            for vid, n in rows:  # out of the way first: (document_id, number) is unique
                db.execute("UPDATE versions SET number = ? WHERE id = ?", [-n, vid])
            for (vid, _), n in zip(rows, numbers):
                db.execute("UPDATE versions SET number = ? WHERE id = ?", [n, vid])
        moved += sum(1 for (_, old), new in zip(rows, numbers) if old != new)
    return moved


def match_versions(old: list[dict], old_caps: dict[int, set[int]], new: list[dict],
                   new_caps: dict[int, set[int]]) -> dict[int, int]:
    """Which rebuilt version keeps which old version's identity: {new id: old id}.

    `old` and `new` are version rows (id, first_capture_id) in time order; `*_caps` map a version id to the
    ids of the captures it covers (saw it: new_version or unchanged). The rule:

    1. A new version made from the same first capture as an old one is that version.
    2. Of the rest, a new and an old version that share captures keep the identity when each is the other's
       best match (the most shared captures; the earlier one on a tie). Equal capture sets always match.
    3. Every other new version is new (fresh id, next unused number); every other old version is superseded
       by the version that now covers most of its captures.

    So an unchanged reprocess matches every version to itself; a merge of two versions keeps the first and
    supersedes the second; a split keeps the first part and makes the rest new; a version whose first capture
    is now rejected lives on from its next capture.
    """
    claims: dict[int, int] = {}
    taken: set[int] = set()
    by_first = {o["first_capture_id"]: o["id"] for o in old}
    for n in new:
        o = by_first.get(n["first_capture_id"])
        if o is not None and o not in taken:
            claims[n["id"]] = o
            taken.add(o)

    def best(caps: set[int], candidates: list[dict], pool: dict[int, set[int]]) -> int | None:
        scored = [(len(caps & pool.get(c["id"], set())), -i, c["id"]) for i, c in enumerate(candidates)]
        top = max(scored, default=(0, 0, None))
        return top[2] if top[0] > 0 else None

    free_old = [o for o in old if o["id"] not in taken]
    free_new = [n for n in new if n["id"] not in claims]
    for n in free_new:
        o = best(new_caps.get(n["id"], set()), [x for x in free_old if x["id"] not in taken], old_caps)
        if o is None:
            continue
        back = best(old_caps.get(o, set()), [x for x in free_new if x["id"] not in claims], new_caps)
        if back == n["id"]:
            claims[n["id"]] = o
            taken.add(o)
    return claims


def _reconcile(db, doc_id: int, old: list[dict], old_caps: dict[int, set[int]], scratch_above: int) -> None:
    """Give the rebuilt versions (ids above `scratch_above`) the identities of the old ones (match_versions)."""
    when = iso(now_utc())
    db.execute("UPDATE versions SET previous_id = NULL WHERE document_id = ? AND id > ?", [doc_id, scratch_above])
    new = [dict(v) for v in db.query(f"SELECT * FROM versions WHERE document_id = ? AND id > ? ORDER BY {_ORDER}",
                                     [doc_id, scratch_above])]
    new_caps: dict[int, set[int]] = {n["id"]: set() for n in new}
    for cap_id, version_id in db.execute("SELECT id, version_id FROM captures WHERE document_id = ? "
                                         "AND version_id > ?", [doc_id, scratch_above]):
        new_caps[version_id].add(cap_id)
    old.sort(key=lambda o: (o["first_seen"], o["first_capture_id"] or 0))
    claims = match_versions(old, old_caps, new, new_caps)
    olds = {o["id"]: o for o in old}
    # a version an earlier reprocess superseded that this one makes again (same first capture, same text: a
    # rule tried, then removed) comes back with its id and number, so citations of it hold again
    for n in new:
        if n["id"] in claims:
            continue
        row = db.execute("SELECT * FROM versions WHERE document_id = ? AND id <= ? AND superseded_at IS NOT NULL "
                         "AND superseded_at != ? AND first_capture_id = ? AND content_hash = ? ORDER BY id LIMIT 1",
                         [doc_id, scratch_above, _REPLAYING, n["first_capture_id"], n["content_hash"]]).fetchone()
        if row is not None and (back := dict(zip(_version_columns(db), row)))["id"] not in claims.values():
            claims[n["id"]] = back["id"]
            olds[back["id"]] = back
    for n in new:
        o = olds.get(claims.get(n["id"]))
        if o is None:
            continue
        db.execute("UPDATE captures SET version_id = ? WHERE version_id = ?", [o["id"], n["id"]])
        sets = {c: n[c] for c in _CONTENT}
        if n["content_hash"] != o["content_hash"] or any(n[c] != o[c] for c in _TEXT):
            sets.update({c: n[c] for c in _TEXT})
        # same captures, another text (another hash, or the same hash written otherwise: a table cell's line
        # breaks): a technical upgrade, the text it replaces kept, so an earlier export can be told and rebuilt
        if n["content_hash"] != o["content_hash"] or n["markdown"] != o["markdown"]:
            db.execute("INSERT INTO version_upgrades (version_id, upgraded_at, from_extractor, to_extractor, "
                       "from_content_hash, to_content_hash, from_markdown, from_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [o["id"], when, o["extractor"], n["extractor"], o["content_hash"], n["content_hash"],
                        o["markdown"], o["text"]])
            sets["upgraded_at"] = when
        db.execute("DELETE FROM versions WHERE id = ?", [n["id"]])  # never published: made in this transaction
        assignments = ", ".join(f"{c} = ?" for c in sets)
        db.execute(f"UPDATE versions SET {assignments}, superseded_at = NULL, superseded_by = NULL WHERE id = ?",
                   [*sets.values(), o["id"]])
    # new versions take the next unused numbers, in time order (they hold higher ones: no clash on the way)
    base = db.execute("SELECT coalesce(max(number), 0) FROM versions WHERE document_id = ? AND id <= ?",
                      [doc_id, scratch_above]).fetchone()[0]
    columns = [c for c in _version_columns(db) if c not in ("id", "number")]
    listed = ", ".join(columns)
    for i, n in enumerate([n for n in new if n["id"] not in claims], start=1):
        db.execute("UPDATE versions SET number = ? WHERE id = ?", [base + i, n["id"]])
        if n["id"] != scratch_above + i:  # fresh ids follow the last published one, without gaps (same argument)
            db.execute(f"INSERT INTO versions (id, number, {listed}) SELECT ?, -number, {listed} FROM versions "
                       "WHERE id = ?", [scratch_above + i, n["id"]])
            db.execute("UPDATE captures SET version_id = ? WHERE version_id = ?", [scratch_above + i, n["id"]])
            db.execute("DELETE FROM versions WHERE id = ?", [n["id"]])
            db.execute("UPDATE versions SET number = ? WHERE id = ?", [base + i, scratch_above + i])
    standing = db.execute(f"SELECT id, first_seen FROM versions WHERE document_id = ? AND superseded_at IS NULL "
                          f"ORDER BY {_ORDER}", [doc_id]).fetchall()
    previous = None
    for version_id, _ in standing:
        db.execute("UPDATE versions SET previous_id = ? WHERE id = ? AND previous_id IS NOT ?",
                   [previous, version_id, previous])
        previous = version_id
    for o in old:
        if o["id"] in claims.values():
            continue
        row = None
        if old_caps.get(o["id"]):
            marks = ",".join(str(c) for c in old_caps[o["id"]])
            row = db.execute(f"SELECT version_id FROM captures WHERE id IN ({marks}) AND version_id IS NOT NULL "
                             "GROUP BY version_id ORDER BY count(*) DESC, version_id LIMIT 1").fetchone()
        if row is None:  # none of its captures makes a version now: the version in force at its time
            row = next(((vid,) for vid, first in reversed(standing) if first <= o["first_seen"]),
                       (standing[0][0],) if standing else None)
        db.execute("UPDATE versions SET superseded_at = ?, superseded_by = ? WHERE id = ?",
                   [when, row[0] if row else None, o["id"]])


def _refold(db, doc_id: int, folded: list[dict], scratch_above: int) -> None:
    """Keep the versions a replay folded as a volatile block's (rows of its own, removed before `_reconcile`): an
    old version made from the same capture with the same text is marked folded (`_reconcile` superseded it), any
    other is added as a superseded version with the next unused number; each superseded by the version in force
    at its time."""
    when = iso(now_utc())
    columns = [c for c in _version_columns(db) if c not in ("id", "number", "previous_id", "superseded_by")]
    for f in folded:
        into = db.execute(f"SELECT id FROM versions WHERE document_id = ? AND superseded_at IS NULL AND "
                          f"first_seen <= ? ORDER BY {_ORDER_DESC} LIMIT 1", [doc_id, f["first_seen"]]).fetchone()
        old = db.execute("SELECT id FROM versions WHERE document_id = ? AND id <= ? AND first_capture_id = ? AND "
                         "content_hash = ? AND superseded_at IS NOT NULL",
                         [doc_id, scratch_above, f["first_capture_id"], f["content_hash"]]).fetchone()
        if old is not None:
            db.execute("UPDATE versions SET superseded_as = ?, superseded_by = ? WHERE id = ?",
                       [VOLATILE, into and into[0], old[0]])
            continue
        number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM versions WHERE document_id = ?",
                            [doc_id]).fetchone()[0]
        db.execute(f"INSERT INTO versions (number, superseded_by, {', '.join(columns)}) VALUES (?, ?, "
                   f"{', '.join('?' * len(columns))})", [number, into and into[0], *(
                       when if c == "superseded_at" else f[c] for c in columns)])


def _settle(db, doc_id: int, cap: _Pending, read_body, extraction, *, scratch_above: int | None = None) -> None:
    """Decide what a capture (the latest of its document so far) does to the history, and write it.

    `scratch_above`: inside a replay, versions with a higher id are being rebuilt and not yet published."""
    if cap.status == 304:  # the version in force goes on; its text is not even read (a recrawl is mostly 304s)
        latest = db.execute(f"SELECT id FROM versions WHERE document_id = ? AND superseded_at IS NULL "
                            f"ORDER BY {_ORDER_DESC} LIMIT 1", [doc_id]).fetchone()
        if latest:
            return _continue(db, latest[0], cap)
        return _reject(db, cap, "not_modified_without_version")
    if cap.escalated and 200 <= cap.status < 300:  # kept byte-exact; its rendering (the next capture) is settled
        return _reject(db, cap, ESCALATED)
    if cap.status == 0:  # no response at all: the reason was stored with the capture
        db.execute("UPDATE captures SET outcome = ? WHERE id = ?", [REJECTED, cap.id])
        return
    if not 200 <= cap.status < 300:
        return _reject(db, cap, f"http_{cap.status}")
    history = _history(db, doc_id)
    made_by = extractor_id(cap.url)
    if extraction is None:  # only captures settled since the last reset count, so a replay stays fresh
        extraction = _reuse(db, doc_id, cap.raw_sha256, cap.markup_sha256, made_by)
    if extraction is None:
        extraction = try_extract(read_body(), cap.content_type, cap.url)
    if isinstance(extraction, ExtractionRejected):  # no text: a hash from an earlier extraction must not stay, or
        # `_reuse` would hand this capture's old text to a later capture of the same bytes (a replay with new rules)
        db.execute("UPDATE captures SET content_hash = NULL, extractor = ? WHERE id = ?", [made_by, cap.id])
        return _reject(db, cap, extraction.reason)
    extraction = _dated_by(extraction, cap.fetched_at[:10])
    db.execute("UPDATE captures SET content_hash = ?, extractor = ? WHERE id = ?",
               [extraction.content_hash, made_by, cap.id])
    if (not history or changes.is_shorter(extraction, history[-1])) and \
            is_interstitial(cap.url, cap.final_url, json.loads(cap.redirects) if cap.redirects else []):
        decision = changes.Decision(changes.REJECT, INTERSTITIAL)  # persists as another page does (a month)
    else:
        decision = changes.decide(extraction, history, parse_iso(cap.fetched_at),
                                  lambda reason, since, until: _refused_for(db, doc_id, reason, since, until),
                                  lambda: _cut(db, doc_id, history, read_body()),
                                  lambda: _history(db, doc_id, changes.CHURN_DEPTH, folded=True))
    if decision.kind == changes.SAME:
        return _continue(db, _version_id(db, doc_id, history[-1].number), cap)
    if decision.kind == changes.REJECT:
        if (runs := _persisting(db, doc_id, history, cap, extraction, decision.reason)):
            if decision.reason in SAW_VERSION:
                _seen_until(db, doc_id, _version_id(db, doc_id, history[-1].number), runs[0][0][0][1])
            for run, text in runs:
                _new_version(db, doc_id, run, text, history, made_by)
                history = _history(db, doc_id)
            return
        if decision.reason in SAW_VERSION:  # the version in force, seen with the day printed in it or a visit's
            # value in its volatile block
            db.execute("UPDATE versions SET last_seen = max(last_seen, ?) WHERE id = ?",
                       [cap.fetched_at, _version_id(db, doc_id, history[-1].number)])
        _reject(db, cap, decision.reason or "rejected")
        if decision.reason == VOLATILE:
            _fold(db, doc_id, cap, extraction, refused=True)
        return
    if decision.kind == changes.REVERT:
        flip, back = history[-1], history[-2]
        flip_id = _version_id(db, doc_id, flip.number)
        db.execute("UPDATE captures SET outcome = ?, reason = ?, version_id = NULL WHERE version_id = ?",
                   [REJECTED, TRANSIENT, flip_id])
        back_id = _version_id(db, doc_id, back.number)
        if scratch_above is not None and flip_id > scratch_above:  # rebuilt in this replay, never published
            db.execute("DELETE FROM versions WHERE id = ?", [flip_id])
        else:  # a published version is never deleted: the flip is superseded by the state it flipped from
            db.execute("UPDATE versions SET superseded_at = ?, superseded_by = ? WHERE id = ?",
                       [iso(now_utc()), back_id, flip_id])
        return _continue(db, back_id, cap)
    # captures of this text refused while its date was the day they were taken start the version
    run = _rejected_run(db, doc_id, history, cap, extraction, changes.CLOCK_DATE) if history else [(cap.id, cap.fetched_at)]
    _new_version(db, doc_id, run, extraction, history, made_by)
    _fold(db, doc_id, cap, extraction, refused=False)


_TEMPORARY = (302, 303, 307)


def is_interstitial(asked: str, final: str | None, redirects: list) -> bool:
    """Was the request for `asked` sent on to another page that names `asked` as where to send the visitor back
    (`/consent?sessionId=…&done=%2Fprivacy%3Fconsent%3D1`, `/login?next=/privacy`,
    `/age-check?returnTo=https://example.com/privacy`)? That is a gate: a consent wall, a login or an age check,
    in whatever language it is written; the policy is behind it, not in it. `redirects` is the chain as stored
    (`[[url, status], ...]`): a gate is reached by a temporary redirect (302, 303, 307); a chain of permanent
    ones is a move, and a capture with no chain (a crawl that asks a permanent redirect's target at once) no
    gate. `record` refuses a gate only when it has fewer words than the version in force (`changes.is_shorter`),
    or there is none: the policy itself moved to a renamed page that keeps a `?from=` is not; and a text so
    refused that stays a month (three captures, `changes.PERSISTS`) is what the address serves now, a version
    from its first capture. The return address is a query value
    that is `asked`'s path, or its URL on the same host (`www.` aside), once or twice percent-decoded (the convention
    of login redirects: Django's `next`, OAuth's `redirect_uri`, consent managers' `done`/`returnTo`). A policy
    at the site's root (`/`) is never judged gated: `next=/` names every page; nor is a page whose last path
    segment is `asked`'s (`/privacy` sent to `/en/privacy?from=/privacy`: the policy in the visitor's language)."""
    if not final or final.split("#")[0] == asked.split("#")[0]:
        return False
    if not any(hop[1] in _TEMPORARY for hop in redirects):
        return False
    a, f = urlsplit(asked), urlsplit(final)
    path = a.path.rstrip("/")
    if not path or f.path.rstrip("/").rsplit("/", 1)[-1] == path.rsplit("/", 1)[-1]:  # itself, or in a language
        return False
    host = a.hostname.removeprefix("www.") if a.hostname else ""
    for _, value in parse_qsl(f.query):
        for once in {value, unquote(value)}:
            back = urlsplit(once.strip())
            if (back.path.rstrip("/") == path and (once.startswith("/") or
                                                   (back.hostname or "").removeprefix("www.") == host)):
                return True
    return False


def _cut(db, doc_id: int, history: list[changes.VersionState], body: bytes) -> bool:
    """Does an HTML body end before its document does (`html.closes`), where the last capture of the version
    in force closed its own (a site whose pages never close them proves nothing by it; one that stopped closing
    them since the version began neither: a colleague's review)?"""
    from .extract import html
    if html.closes(body):
        return False
    last = db.execute("SELECT raw_sha256 FROM captures WHERE version_id = ? AND raw_sha256 IS NOT NULL "
                      "ORDER BY fetched_at DESC, id DESC LIMIT 1",
                      [_version_id(db, doc_id, history[-1].number)]).fetchone()
    return last is not None and html.closes(get_raw(db, last[0]))


def _dated_by(extraction: Extraction, day: str) -> Extraction:
    """`extraction`, its declared date read again if it is after the capture's `day`: its numbers the other way
    round if that reading is not after the day (`meta.declared_date`'s `not_after`: 8/11/2026 on a page taken
    on 2026-08-12 is 11 August). The extraction alone cannot know the day: it is a function of the body."""
    if not extraction.declared_date or extraction.declared_date <= day:
        return extraction
    from .extract import meta
    date = meta.declared_date(extraction.text, extraction.language, not_after=day)
    return dataclasses.replace(extraction, declared_date=date) if date and date <= day else extraction


def _new_version(db, doc_id: int, caps: list[tuple[int, str]], extraction: Extraction,
                 history: list[changes.VersionState], made_by: str) -> None:
    """A version seen by `caps` ([(capture id, fetched_at)] in time order; the first one starts it), whose text
    `made_by` (`extractor_id`) extracted."""
    # the next unused number: a superseded version keeps its number for good
    number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM versions WHERE document_id = ?",
                        [doc_id]).fetchone()[0]
    previous_id = _version_id(db, doc_id, history[-1].number) if history else None
    (first_id, first_seen), last_seen = caps[0], caps[-1][1]
    version_id = db.execute(
        "INSERT INTO versions (document_id, number, first_seen, last_seen, content_hash, markdown, text, "
        "title, language, declared_date, word_count, captures, first_capture_id, extractor, previous_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc_id, number, first_seen, last_seen, extraction.content_hash, extraction.markdown,
         extraction.text, extraction.title, extraction.language, extraction.declared_date, extraction.word_count,
         len(caps), first_id, made_by, previous_id]).lastrowid
    db.execute("UPDATE captures SET outcome = ?, reason = NULL, version_id = ? WHERE id = ?",
               [NEW_VERSION, version_id, first_id])
    for cap_id, _ in caps[1:]:
        db.execute("UPDATE captures SET outcome = ?, reason = NULL, version_id = ? WHERE id = ?",
                   [UNCHANGED, version_id, cap_id])
    _settle_date_order(db, doc_id, history, number, extraction, first_seen)


def _settle_date_order(db, doc_id: int, history: list[changes.VersionState], number: int, extraction: Extraction,
                       first_seen: str) -> None:
    """Numbers a version's text leaves open (10/9/2024) read in the order the policy's other versions prove
    (`meta.date_order`: Replit's next version writes 02/24/2025, so 10/9/2024 is 9 October), for the new version
    and the HISTORY_DEPTH before it, whichever of them proves it; nothing when none does, or they disagree (a
    page that changed hands). A changed date is rewritten in `versions`; its change rows follow
    (`summaries.update` recomputes a row whose declared dates are not its versions')."""
    from .extract import meta
    states = [(h.number, h.text, h.language, h.first_seen[:10], h.declared_date) for h in history]
    states.append((number, extraction.text, extraction.language, first_seen[:10], extraction.declared_date))
    if not any(d for *_, d in states):
        return
    proved = {meta.date_order(text, lang, day) for _, text, lang, day, _ in states} - {None}
    if len(proved) != 1:
        return
    order = proved.pop()
    for n, text, lang, day, date in states:
        if date is None:
            continue
        again = meta.declared_date(text, lang, not_after=day, order=order)
        if again and again != date and again <= day:
            db.execute("UPDATE versions SET declared_date = ? WHERE document_id = ? AND number = ?", [again, doc_id, n])


def _persisting(db, doc_id: int, history: list[changes.VersionState], cap: _Pending, extraction: Extraction,
                reason: str | None) -> list[tuple[list[tuple[int, str]], Extraction]] | None:
    """The versions a rejected text that persists makes (`changes.persists`: a fragment, another page, a
    volatile block's text that stays): [(its captures (`_rejected_run`), its extraction)], this capture's text
    last, after the text refused just before it if this one `continues` it and the two `lasted` (a history
    taken on change: a shortened policy captured once, then once more edited); None if it does not persist
    (yet)."""
    if reason not in changes.PERSISTS:
        return None
    run = _rejected_run(db, doc_id, history, cap, extraction, reason)
    alone = [(run, extraction)] if changes.persists(reason, len(run), _span(run)) else None
    if reason in changes.IN_A_ROW:
        return alone
    # the text it continues is a version too, from its own first capture (an audit: a policy split in two,
    # captured once, then its wording fixed three days later and that text seen again, lost the split's date)
    before = _refused_before(db, doc_id, history, run[0], reason)
    if not before or not history or not (alone or changes.lasted(reason, _span(before + run))):
        return alone
    text = _extraction_at(db, before[0][0])  # made again from its body: a refused text is not kept
    if text is None or not changes.continues(extraction.text, text.text, history[-1].text):
        return alone
    return [(before, text), (run, extraction)]


def _span(run: list[tuple[int, str]]) -> float:
    """Seconds from a run's first capture to its last."""
    return (parse_iso(run[-1][1]) - parse_iso(run[0][1])).total_seconds()


def _last_sight(db, doc_id: int, history: list[changes.VersionState], refused: bool = True) -> str | None:
    """When the version in force was last seen: its last capture, or (`refused`) a later one refused as having
    seen it (a day the page prints, a visit's value: `SAW_VERSION`). A colleague's review: a page printing the
    day, whose every capture was so refused, let two stubs a week apart make versions with the full text seen
    between them."""
    if not history:
        return None
    v = history[-1]
    started, at = time_cmp("fetched_at", ">=", parse_iso(v.first_seen))
    saw = f" OR (outcome = ? AND reason IN {SAW_VERSION_SQL} AND {started})" if refused else ""
    return db.execute(f"SELECT max(fetched_at) FROM captures WHERE document_id = ? AND (version_id = ?{saw})",
                      [doc_id, _version_id(db, doc_id, v.number), *([REJECTED, *at] if refused else [])]).fetchone()[0]


def _refused_before(db, doc_id: int, history: list[changes.VersionState], first: tuple[int, str],
                    reason: str) -> list[tuple[int, str]]:
    """The captures [(id, fetched_at)] of the text refused for `reason` last before capture `first` since the
    version in force was last seen ([] if there is none)."""
    since = _last_sight(db, doc_id, history)
    after, at = time_cmp("fetched_at", ">", parse_iso(since)) if since else ("1", [])
    before, at2 = time_cmp("fetched_at", "<", parse_iso(first[1]))
    where = f"document_id = ? AND {after} AND {before} AND outcome = ? AND reason = ?"
    row = db.execute(f"SELECT content_hash FROM captures WHERE {where} AND content_hash IS NOT NULL "
                     "ORDER BY fetched_at DESC, id DESC LIMIT 1", [doc_id, *at, *at2, REJECTED, reason]).fetchone()
    if row is None:
        return []
    run = db.execute(f"SELECT id, fetched_at FROM captures WHERE {where} AND content_hash = ? ORDER BY fetched_at, id",
                     [doc_id, *at, *at2, REJECTED, reason, row[0]]).fetchall()
    return [tuple(r) for r in run]


def _extraction_at(db, cap_id: int) -> Extraction | None:
    """A stored capture's extraction made again from its body, as `_settle` made it (None if it no longer gives
    the text it was refused with: another extractor's)."""
    content_hash, raw_sha, content_type, url, fetched_at = db.execute(
        "SELECT content_hash, raw_sha256, content_type, url, fetched_at FROM captures WHERE id = ?",
        [cap_id]).fetchone()
    text = try_extract(get_raw(db, raw_sha), content_type, url)
    if not isinstance(text, Extraction):
        return None
    text = _dated_by(text, fetched_at[:10])
    return text if text.content_hash == content_hash else None


def _rejected_run(db, doc_id: int, history: list[changes.VersionState], cap: _Pending, extraction: Extraction,
                  reason: str) -> list[tuple[int, str]]:
    """[(capture id, fetched_at)] of the captures of this text rejected for `reason` since the version in force
    was last seen (for `changes.IN_A_ROW` reasons, since the last capture of another text: a capture with no
    text, a 304, an error page, is none), in time order, this capture last."""
    if reason in changes.IN_A_ROW:
        before, at = time_cmp("fetched_at", "<", parse_iso(cap.fetched_at))
        since = db.execute(f"SELECT max(fetched_at) FROM captures WHERE document_id = ? AND {before} AND status "
                           "BETWEEN 200 AND 299 AND content_hash IS NOT NULL AND content_hash != ?",
                           [doc_id, *at, extraction.content_hash]).fetchone()[0]
    else:  # (a run of captures refused as having seen it is counted from its own last capture)
        since = _last_sight(db, doc_id, history, refused=reason not in SAW_VERSION)
    after, at = time_cmp("fetched_at", ">", parse_iso(since)) if since else ("1", [])
    run = db.execute(f"SELECT id, fetched_at FROM captures WHERE document_id = ? AND {after} AND id != ? "
                     "AND outcome = ? AND reason = ? AND content_hash = ? ORDER BY fetched_at, id",
                     [doc_id, *at, cap.id, REJECTED, reason, extraction.content_hash]).fetchall()
    return [tuple(r) for r in run] + [(cap.id, cap.fetched_at)]


def _seen_until(db, doc_id: int, version_id: int, until: str) -> None:
    """Set the version's last_seen to its last sight before `until` (a capture it continued, or one refused as
    having seen it: `SAW_VERSION`): the captures of a volatile block's text that persisted had moved it on."""
    before, at = time_cmp("fetched_at", "<", parse_iso(until))
    last = db.execute(f"SELECT max(fetched_at) FROM captures WHERE document_id = ? AND {before} AND (version_id = ? "
                      f"OR (outcome = ? AND reason IN {SAW_VERSION_SQL}))", [doc_id, *at, version_id, REJECTED]).fetchone()[0]
    if last:
        db.execute("UPDATE versions SET last_seen = ? WHERE id = ?", [last, version_id])


def _refused_for(db, doc_id: int, reason: str, since, until) -> bool:
    """Was a capture of the document from `since` to before `until` (aware datetimes) refused for `reason`?"""
    (from_sql, from_at), (to_sql, to_at) = time_cmp("fetched_at", ">=", since), time_cmp("fetched_at", "<", until)
    return db.execute(f"SELECT 1 FROM captures WHERE document_id = ? AND {from_sql} AND {to_sql} "
                      "AND outcome = ? AND reason = ? LIMIT 1",
                      [doc_id, *from_at, *to_at, REJECTED, reason]).fetchone() is not None


def _continue(db, version_id: int, cap: _Pending) -> None:
    db.execute("UPDATE versions SET last_seen = max(last_seen, ?), captures = captures + 1 WHERE id = ?",
               [cap.fetched_at, version_id])
    db.execute("UPDATE captures SET outcome = ?, version_id = ? WHERE id = ?", [UNCHANGED, version_id, cap.id])


def _reject(db, cap: _Pending, reason: str) -> None:
    db.execute("UPDATE captures SET outcome = ?, reason = ? WHERE id = ?", [REJECTED, reason, cap.id])


def _history(db, doc_id: int, depth: int = HISTORY_DEPTH, folded: bool = False) -> list[changes.VersionState]:
    """The document's last `depth` versions in force, oldest first; with `folded`, the versions folded as a
    volatile block's changes among them (`changes.folds`: the history as the captures saw it)."""
    where = f"(superseded_at IS NULL OR superseded_as = '{VOLATILE}')" if folded else "superseded_at IS NULL"
    rows = db.execute("SELECT number, content_hash, text, captures, markdown, first_seen, last_seen, language, "
                      f"declared_date, superseded_at IS NOT NULL FROM versions WHERE document_id = ? AND {where} "
                      f"ORDER BY {_ORDER_DESC} LIMIT ?", [doc_id, depth]).fetchall()
    return [changes.VersionState(*row[:-1], folded=bool(row[-1])) for row in reversed(rows)]


def _fold(db, doc_id: int, cap: _Pending, extraction: Extraction, refused: bool) -> None:
    """Fold the versions that a capture (a version just made, or one `refused` as volatile) shows in hindsight to
    have been a volatile block's changes (`changes.folds`) into the standing version before each: their captures
    are refused as `volatile` (the version in force seen with a visit's value), and each is superseded by it,
    kept for change detection (`_history`'s `folded`) and citations."""
    seen = _history(db, doc_id, changes.CHURN_DEPTH + (0 if refused else 1), folded=True)
    if not refused:
        seen = seen[:-1]  # the version this capture made
    if len(seen) < 2:
        return

    others = None
    if refused:  # other texts of the block refused since the last version
        after, at = time_cmp("fetched_at", ">", parse_iso(seen[-1].first_seen))
        others = db.execute(f"SELECT count(DISTINCT content_hash) FROM captures WHERE document_id = ? AND {after} AND "
                            "outcome = ? AND reason = ? AND content_hash != ?",
                            [doc_id, *at, REJECTED, VOLATILE, extraction.content_hash]).fetchone()[0]
    numbers = changes.folds(extraction, seen, parse_iso(cap.fetched_at), others)
    if not numbers:
        return
    marks, when = ",".join("?" * len(numbers)), iso(now_utc())
    for number in reversed(numbers):  # oldest first
        version_id, first_seen, last_seen = db.execute(
            "SELECT id, first_seen, last_seen FROM versions WHERE document_id = ? AND number = ?",
            [doc_id, number]).fetchone()
        before, at = time_cmp("first_seen", "<", parse_iso(first_seen))
        into = db.execute(f"SELECT id FROM versions WHERE document_id = ? AND superseded_at IS NULL AND {before} "
                          f"AND number NOT IN ({marks}) ORDER BY {_ORDER_DESC} LIMIT 1",
                          [doc_id, *at, *numbers]).fetchone()[0]
        db.execute("UPDATE captures SET outcome = ?, reason = ?, version_id = NULL WHERE version_id = ?",
                   [REJECTED, VOLATILE, version_id])
        db.execute("UPDATE versions SET superseded_at = ?, superseded_by = ?, superseded_as = ? WHERE id = ?",
                   [when, into, VOLATILE, version_id])
        db.execute("UPDATE versions SET last_seen = max(last_seen, ?) WHERE id = ?", [last_seen, into])
        db.execute("UPDATE versions SET previous_id = ? WHERE previous_id = ? AND superseded_at IS NULL",
                   [into, version_id])


def _version_id(db, doc_id: int, number: int) -> int:
    return db.execute("SELECT id FROM versions WHERE document_id = ? AND number = ?", [doc_id, number]).fetchone()[0]


def _reuse(db, doc_id: int, raw_sha: str | None, markup_sha: str | None,
           made_by: str) -> Extraction | ExtractionRejected | None:
    """An earlier extraction of this document that a body is sure to give again: the same bytes, or the same
    markup but for scripts, styles and comments (only for a policy long enough that no challenge or shell
    check could have looked at those), by the same extractor and rule (`made_by`, `extractor_id`)."""
    if raw_sha is None:
        return None
    row = db.execute("SELECT content_hash, reason FROM captures WHERE document_id = ? AND raw_sha256 = ? "
                     "AND extractor = ? AND outcome IS NOT NULL AND reason IS NOT ? LIMIT 1",
                     [doc_id, raw_sha, made_by, EXTRACTOR_ERROR]).fetchone()  # a fault is tried again
    if row is None and markup_sha is not None:
        row = db.execute("SELECT c.content_hash, NULL FROM captures c JOIN versions v ON v.document_id = c.document_id "
                         "AND v.content_hash = c.content_hash WHERE c.document_id = ? AND c.markup_sha256 = ? "
                         "AND c.extractor = ? AND c.outcome IS NOT NULL AND v.word_count >= ? LIMIT 1",
                         [doc_id, markup_sha, made_by, MARKUP_REUSE_MIN_WORDS]).fetchone()
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
    doc_id = document_at(db, capture.url)
    return doc_id is not None and _reuse(db, doc_id, capture.body_sha256, capture.markup_sha256,
                                      extractor_id(capture.url)) is not None


def _version_columns(db) -> list[str]:
    return [r[1] for r in db.execute("PRAGMA table_info(versions)")]


def _extraction_of(v: dict) -> Extraction:
    return Extraction(markdown=v["markdown"], text=v["text"], title=v["title"], language=v["language"],
                      declared_date=v["declared_date"], content_hash=v["content_hash"])


def _outcome(db, cap_id: int) -> Outcome:
    outcome, reason, number = db.execute("SELECT c.outcome, c.reason, v.number FROM captures c "
                                         "LEFT JOIN versions v ON v.id = c.version_id WHERE c.id = ?",
                                         [cap_id]).fetchone()
    return Outcome(outcome, capture_id=cap_id, version=number, reason=reason)
