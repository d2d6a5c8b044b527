"""The archive's SQLite store: schema, migrations, descriptions and raw bodies.

Tables are made with sqlite-utils so that sqlite-utils and Datasette read them as they are. Writes that
must be atomic (recording a capture) go through `transaction`, in plain SQL, because sqlite-utils'
own writers commit on their own.
"""
from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import time
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from .capture import host_of
from .errors import ArchiveError

if TYPE_CHECKING:  # sqlite_utils (and zstandard) are imported when first needed: a reader starts in ~0.1 s
    import sqlite_utils

log = logging.getLogger(__name__)

SCHEMA_VERSION = 15
FULL_FRAME_EVERY = 8  # a raw body is a delta of at most this many earlier bodies: reads stay fast
# zstd level of stored bodies: 6 compresses the dev WARC's deltas 45% faster than 9 (0.67 against 1.22 s of CPU
# for 600 consecutive bodies), for 3.6% more bytes (982 against 948 B a delta); compression is the import
# writer's largest single cost after extraction, and storage stays far under its target (RESULTS.md, Storage)
ZSTD_LEVEL = 6

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "sites": {
        "": "A company whose policies are archived, keyed by its homepage host.",
        "key": "The company's key: its homepage host without 'www.'.",
        "name": "The company's display name, when known.",
        "homepage": "The homepage the crawler starts from.",
        "created_at": "When the company entered the archive (UTC).",
        "next_discovery": "When `crawl --due` looks for a policy again, for a company where none was found.",
        "discovery_failures": "Discoveries in a row that found no policy.",
        "discovery_reason": "Why the last discovery found no policy (the crawl's reason: none found, blocked by "
                            "robots.txt, the homepage unreachable…); NULL once one is found.",
    },
    "documents": {
        "": "A policy URL of a company; captures and versions belong to a document.",
        "site_id": "The company.",
        "url": "The policy's URL as requested: the document's identity.",
        "kind": "What the document is (privacy_policy).",
        "found_by": "How the crawler found the URL (discovery rule), or 'import' for WARC records.",
        "created_at": "When the document entered the archive (UTC).",
        "state": "active; failing after repeated failed checks; moved when rediscovery found a new URL; "
                 "not_policy for an imported page that never made a version (a whole-site archive's other pages).",
        "last_check": "When the crawler last checked the document (UTC).",
        "next_check": "When the document is next due (UTC); `crawl --due` fetches what is due.",
        "check_interval": "Seconds between checks: 1 to 14 days, shorter for policies that change often.",
        "failures": "Consecutive failed checks.",
        "last_error": "Why the last check failed.",
        "moved_to": "The document that replaced this one when the policy moved.",
    },
    "runs": {
        "": "Each crawl run: when, what it did, what went wrong.",
        "started_at": "Start (UTC).",
        "ended_at": "End (UTC); empty while running or if the run was killed.",
        "kind": "crawl, due (scheduled), schedule, backfill, or demo (signs the archive `policy-archive demo` made; its args "
                "name the demo's seeds file).",
        "args": "The run's arguments.",
        "pid": "Process id.",
        "host": "Host name.",
        "status": "running, finished, failed or killed.",
        "counts": "JSON: sites, pages, new_version, unchanged, rejected, failed.",
        "errors": "JSON list of per-URL errors.",
    },
    "lease": {
        "": "Who holds the archive's crawl lease: two crawls never write at once.",
        "expires_at": "A lease not renewed by then (a killed crawl) may be taken over.",
    },
    "receipts": {
        "": "Batches of the distributed crawl's archive queue already recorded (`policy-archive writer`): a batch "
            "delivered again after a writer was killed between its commit and its acknowledgement is not "
            "recorded twice.",
        "id": "The batch's id: its site task's id on the frontier.",
        "recorded_at": "When the batch was recorded (UTC).",
        "result": "JSON: the company's closing-table row and outcome counts, to acknowledge a batch delivered again.",
    },
    "unfinished_imports": {
        "": "An `import-warc` that has not ended (killed, stopped by Ctrl-C, or running): the versions it made are "
            "numbered in time order again, with the rerun's, when the same import is run again and ends.",
        "files": "JSON: the import's files, their absolute paths sorted: the same import is one of the same files.",
        "since_version": "The largest version id when the import began.",
        "until_version": "The largest version id at its last commit: its versions are those after since_version "
                         "up to this one (a crawl run after it was killed made others).",
        "since_capture": "The largest capture id when the import began: the documents of its captures are settled "
                         "(pages that never read as a policy) when the same import run again ends.",
        "started_at": "When the import began (UTC).",
    },
    "captures": {
        "": "Every fetch or imported record of a document, and what became of it.",
        "document_id": "The document fetched.",
        "fetched_at": "Capture time, ISO 8601 UTC.",
        "url": "The URL requested.",
        "final_url": "The URL after redirects.",
        "redirects": "The redirects followed, JSON [[url, status], ...]: each URL that answered with one, in "
                     "order; null when none. A recrawl asks the target of a permanent one (301, 308) directly "
                     "for a week: its capture's final_url differs from url, and its redirects start after it.",
        "status": "HTTP status.",
        "content_type": "Content-Type header.",
        "etag": "ETag header, for conditional requests.",
        "last_modified": "Last-Modified header, for conditional requests.",
        "headers": "All response headers, JSON.",
        "raw_sha256": "sha256 of the raw body; the body is in raw_bodies.",
        "source": "Where the capture came from: crawl, warc:<file>, or backfill:<archive>.",
        "source_ref": "Where exactly in its source: the WARC-Record-ID of an imported record, the memento URL "
                      "of a capture backfilled from a web archive; null for a crawl.",
        "outcome": "new_version, unchanged or rejected.",
        "reason": "Why a capture was rejected (http_404, empty, not_a_policy, fragment, ...; escalated: a plain "
                  "response rendered in the browser, whose capture follows it).",
        "version_id": "The version this capture saw (new or unchanged).",
        "content_hash": "sha256 of the normalised text extracted from this capture, if any.",
        "markup_sha256": ("sha256 of the body without what extraction never reads (scripts, styles, comments, "
                          "build-named stylesheet links, per-visit keys): equal bodies extract alike."),
        "extractor": "Extractor version that processed the capture, followed by +rules.FINGERPRINT when a "
                     "rules-file rule covered its site.",
        "fetcher": "What made the body: html (the HTTP response as received, byte-exact) or browser (the DOM "
                   "a headless Chromium rendered from it); null in archives older than schema 6 means html.",
        "escalation": "Why the page was sent to the browser (js_shell, challenge, empty_body, script_links, "
                      "always): on the html capture that was escalated and on the browser capture made from it.",
        "original_sha256": "A browser capture's raw_sha256 of the plain HTTP response it was rendered from (itself "
                           "a capture, fetcher html): the server's answer is never replaced by the rendering.",
    },
    "raw_bodies": {
        "": "Raw bodies, stored once per sha256, zstd-compressed (against an earlier body of the same "
            "document when that is smaller); byte-exact when read back.",
        "sha256": "sha256 of the raw body.",
        "size": "Size of the raw body in bytes.",
        "base_sha256": "The body used as zstd dictionary, or null for a self-contained frame.",
        "depth": "How many bases must be read to restore this body.",
        "data": "zstd frame.",
    },
    "versions": {
        "": "Each distinct state of a policy over time, made from stored captures.",
        "document_id": "The document.",
        "number": "Version number within the document, from 1.",
        "first_seen": "Time of the first capture showing this version (UTC).",
        "last_seen": "Time of the last capture showing this version (UTC).",
        "content_hash": "sha256 of the normalised Markdown.",
        "markdown": "The policy text of record: headings, lists, tables, link targets.",
        "text": "Plain text derived from the Markdown.",
        "title": "The page title, cleaned of injected spam.",
        "language": "Detected language (ISO 639-1).",
        "declared_date": "The 'last updated' / 'effective' date the policy states, ISO date.",
        "word_count": "Words a reader sees in the Markdown, as change summaries count them: no link targets, list marks, "
                      "heading numbers or markup; a Chinese or Japanese character counts as one word, punctuation as none.",
        "captures": "Number of captures that saw this version.",
        "first_capture_id": "The capture the version was made from.",
        "extractor": "Extractor version that made this version's current text (see version_upgrades), followed by "
                     "+rules.FINGERPRINT when a rules-file rule covered its site.",
        "previous_id": "The standing version before this one in the document's history (null for the first): "
                       "what a diff or the feed compares it with. Numbers are not consecutive in time after a "
                       "reprocess (a new version gets the next unused number), so never use number - 1.",
        "superseded_by": "Null for a standing version. Set when a reprocess or a blink (a flip undone) made this "
                         "version cease to exist: the id of the version that now covers its captures (follow "
                         "the chain if that one was superseded too). A superseded version is never deleted and "
                         "its id and number are never reused, so a citation of it stays resolvable.",
        "superseded_at": "When the version was superseded (UTC); null for a standing version.",
        "superseded_as": "'volatile' when a later capture showed the version to have been a volatile block's change "
                         "inside the policy's text (a live count, a rotating notice: the block went on changing at "
                         "the next visits), folded into the version before it (superseded_by); null otherwise.",
        "upgraded_at": "When this version's text was last changed by a technical upgrade (UTC): a reprocess or "
                       "a newer extractor re-extracted the same captures and got a different text, with no change "
                       "of the source. Null when the text is as first recorded. The earlier texts are kept in "
                       "version_upgrades.",
    },
    "version_upgrades": {
        "": "Technical upgrades (Open Terms Archive's term): a version's text re-extracted from the same captures "
            "by a newer extractor or new rules. The version keeps its id and number; this keeps what it said "
            "before.",
        "version_id": "The version upgraded.",
        "upgraded_at": "When (UTC).",
        "from_extractor": "Extractor version of the text replaced.",
        "to_extractor": "Extractor version of the new text.",
        "from_content_hash": "content_hash of the text replaced.",
        "to_content_hash": "content_hash of the new text.",
        "from_markdown": "The Markdown replaced.",
        "from_text": "The plain text replaced.",
    },
    "versions_stem": {
        "": "Full-text index of version titles and texts with Porter stemming (FTS5 'porter unicode61'): "
            "the browser view's /search page.",
    },
    "changes": {
        "": "What changed from the previous version to each version, by section (archive/summary.py); "
            "computed when a version is recorded and again by `reprocess`.",
        "version_id": "The version this change led to.",
        "previous_version_id": "The version before it (null for a document's first version).",
        "document_id": "The document.",
        "kind": "first, edit, replaced (a much shorter text sharing little of the old one's wording: another "
                "page at the address, or a policy rewritten from scratch), formatting (same words, other "
                "Markdown) or date_only (only the declared date). "
                "(A feed entry for a technical upgrade itself, `feed --technical-upgrades`, is of kind "
                "technical_upgrade; no version's change is.)",
        "sections": "Sections (headings, and the text before the first one) in the new version.",
        "sections_added": "JSON list of the headings of sections added.",
        "sections_removed": "JSON list of the headings of sections removed.",
        "sections_modified": "JSON list of the headings of sections whose text changed.",
        "sections_moved": "JSON list of the headings of sections moved to another place (not added and removed).",
        "sections_renamed": "JSON list of [old heading, new heading] of sections whose heading changed.",
        "sections_changed": "Sections added, removed, modified, moved or renamed (each counted once).",
        "words_added": "Words added, by a diff of the two rendered texts, lines then words (a moved section adds none).",
        "words_removed": "Words removed, counted likewise.",
        "links_added": "JSON list of link targets the new version has and the previous had not.",
        "links_removed": "JSON list of link targets the previous version had and the new has not.",
        "declared_date_from": "The previous version's declared date.",
        "declared_date_to": "This version's declared date.",
        "formatting_only": "1 when the rendered words are the same and only the Markdown changed.",
        "description": "The change in plain words, as in the feed.",
        "old_hash": "content_hash of the previous version the summary was computed from.",
        "new_hash": "content_hash of the version the summary was computed for.",
        "summary_version": "Version of the summary rules that computed the row.",
    },
}


def now_utc() -> dt.datetime:
    from .clock import now
    return now()


def iso(value: dt.datetime, *, precise: bool = False) -> str:
    """Stored time format: ISO 8601 UTC ending in Z, to the second; with `precise` (capture times) a
    time with a fraction of a second keeps it as 6 digits, so captures within one second keep their order
    (WARC/1.1 dates carry milliseconds or finer). Fixed widths keep the text sorting as the time does,
    except that a whole-second time sorts after the fractional times of the same second: compare a column
    with a time through `time_cmp`."""
    value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)  # isoformat pads the year (strftime does not)
    return value.isoformat(timespec="microseconds" if precise and value.microsecond else "seconds") + "Z"


def time_cmp(column: str, op: str, when: dt.datetime) -> tuple[str, list]:
    """(SQL, params) comparing a stored time column with `when` (op `<=`, `<`, `>=` or `>`), right at any
    precision. As text, a whole second ("…:05Z") sorts after the fractions of that second ("…:05.250000Z",
    `iso(precise=True)`), so a plain `column <= ?` took a capture at :05.25 as seen by :05, and one at :05 as
    not seen by :05.5. Each form stays an index range."""
    second = when.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
    whole, dot, exact = second + "Z", second + ".", iso(when, precise=True)
    fraction = when.microsecond != 0
    if op == "<=":
        return (f"({column} <= ? OR {column} = ?)", [exact, whole]) if fraction else \
            (f"({column} < ? OR {column} = ?)", [dot, whole])
    if op == "<":
        return (f"({column} < ? OR {column} = ?)", [exact, whole]) if fraction else (f"{column} < ?", [dot])
    if op == ">=":
        return (f"({column} >= ? AND {column} != ?)", [exact, whole]) if fraction else (f"{column} >= ?", [dot])
    if op == ">":
        return f"({column} > ? AND {column} != ?)", [exact if fraction else dot, whole]
    raise ValueError(f"time_cmp: no operator {op!r}")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _migrate_1(db: sqlite_utils.Database) -> None:
    db.execute("""
    CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT,
        homepage TEXT,
        created_at TEXT NOT NULL
    )""")
    db.execute("""
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        url TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'privacy_policy',
        found_by TEXT,
        created_at TEXT NOT NULL
    )""")
    db.execute("""
    CREATE TABLE raw_bodies (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        base_sha256 TEXT REFERENCES raw_bodies(sha256),
        depth INTEGER NOT NULL DEFAULT 0,
        data BLOB NOT NULL
    )""")
    db.execute("""
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        number INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        markdown TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT,
        language TEXT,
        declared_date TEXT,
        word_count INTEGER NOT NULL,
        captures INTEGER NOT NULL DEFAULT 1,
        first_capture_id INTEGER,
        extractor TEXT NOT NULL,
        UNIQUE (document_id, number)
    )""")
    db.execute("""
    CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        fetched_at TEXT NOT NULL,
        url TEXT NOT NULL,
        final_url TEXT,
        status INTEGER NOT NULL,
        content_type TEXT,
        etag TEXT,
        last_modified TEXT,
        headers TEXT,
        raw_sha256 TEXT REFERENCES raw_bodies(sha256),
        source TEXT NOT NULL,
        outcome TEXT,
        reason TEXT,
        version_id INTEGER REFERENCES versions(id),
        content_hash TEXT,
        extractor TEXT
    )""")
    db.execute("CREATE UNIQUE INDEX captures_identity ON captures (document_id, fetched_at, raw_sha256)")
    db.execute("CREATE INDEX captures_by_time ON captures (document_id, fetched_at)")
    db.execute("CREATE INDEX captures_by_raw ON captures (raw_sha256)")
    db.execute("CREATE INDEX versions_by_time ON versions (document_id, first_seen)")
    db["versions"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db.execute("""
    CREATE TABLE descriptions (
        table_name TEXT NOT NULL,
        column_name TEXT NOT NULL,
        description TEXT NOT NULL,
        PRIMARY KEY (table_name, column_name)
    )""")


def _migrate_2(db: sqlite_utils.Database) -> None:
    """Scheduled crawls: per-document check times, runs, and the crawl lease."""
    for column, decl in [("state", "TEXT NOT NULL DEFAULT 'active'"), ("last_check", "TEXT"),
                         ("next_check", "TEXT"), ("check_interval", "INTEGER"),
                         ("failures", "INTEGER NOT NULL DEFAULT 0"), ("last_error", "TEXT"),
                         ("moved_to", "INTEGER REFERENCES documents(id)")]:
        db.execute(f"ALTER TABLE documents ADD COLUMN {column} {decl}")
    db.execute("CREATE INDEX documents_due ON documents (next_check)")
    db.execute("""
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        kind TEXT NOT NULL,
        args TEXT,
        pid INTEGER,
        host TEXT,
        status TEXT NOT NULL,
        counts TEXT,
        errors TEXT
    )""")
    db.execute("""
    CREATE TABLE lease (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        expires_at TEXT NOT NULL
    )""")


def _migrate_3(db: sqlite_utils.Database) -> None:
    """Captures equal but for scripts, styles and comments extract alike: remember that hash. Documents
    are looked up by site. Discovery that found no policy is retried with backoff, not every run."""
    db.execute("ALTER TABLE captures ADD COLUMN markup_sha256 TEXT")
    db.execute("CREATE INDEX captures_by_markup ON captures (document_id, markup_sha256)")
    db.execute("CREATE INDEX documents_by_site ON documents (site_id)")
    db.execute("ALTER TABLE sites ADD COLUMN next_discovery TEXT")
    db.execute("ALTER TABLE sites ADD COLUMN discovery_failures INTEGER NOT NULL DEFAULT 0")


def _migrate_4(db: sqlite_utils.Database) -> None:
    """Re-index a version's text only when its title or text changes. sqlite-utils' trigger fires on any
    update, and every unchanged capture updates its version's last_seen and capture count: each one
    deleted and re-inserted the whole policy text in the full-text index."""
    db.execute('DROP TRIGGER "versions_au"')
    db.execute("""
    CREATE TRIGGER "versions_au" AFTER UPDATE OF "title", "text" ON "versions" BEGIN
      INSERT INTO "versions_fts" ("versions_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
      INSERT INTO "versions_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
    END""")


def _migrate_5(db: sqlite_utils.Database) -> None:
    """Keep each capture's redirect chain: what a researcher asks of a moved page, and what lets a recrawl
    ask a permanent redirect's target directly."""
    db.execute("ALTER TABLE captures ADD COLUMN redirects TEXT")


def _migrate_6(db: sqlite_utils.Database) -> None:
    """Keep each capture's provenance within its source (a WARC-Record-ID, a memento URL), so a capture can
    be traced to the record it came from and exported under the same id."""
    db.execute("ALTER TABLE captures ADD COLUMN source_ref TEXT")


def _migrate_7(db: sqlite_utils.Database) -> None:
    """Version identity across `reprocess`: versions are superseded, never deleted or renumbered; technical
    upgrades (the same captures re-extracted to a different text) keep the version and record the old text.

    Version ids need no AUTOINCREMENT: a rowid is max(rowid) + 1, and since no published version row is
    deleted any more the maximum never falls, so an id is never given twice."""
    db.execute("ALTER TABLE versions ADD COLUMN previous_id INTEGER REFERENCES versions(id)")
    db.execute("ALTER TABLE versions ADD COLUMN superseded_by INTEGER REFERENCES versions(id)")
    db.execute("ALTER TABLE versions ADD COLUMN superseded_at TEXT")
    db.execute("ALTER TABLE versions ADD COLUMN upgraded_at TEXT")
    db.execute("UPDATE versions SET previous_id = (SELECT p.id FROM versions p WHERE p.document_id = "
               "versions.document_id AND p.number = versions.number - 1)")
    db.execute("CREATE INDEX versions_previous ON versions (previous_id)")
    db.execute("""
    CREATE TABLE version_upgrades (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id),
        upgraded_at TEXT NOT NULL,
        from_extractor TEXT,
        to_extractor TEXT NOT NULL,
        from_content_hash TEXT NOT NULL,
        to_content_hash TEXT NOT NULL,
        from_markdown TEXT NOT NULL,
        from_text TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX version_upgrades_by_version ON version_upgrades (version_id)")


def _migrate_8(db: sqlite_utils.Database) -> None:
    """Pages that need a browser: which fetcher made a capture, why a page was escalated to the browser, and
    the plain HTTP response a rendered capture was made from."""
    db.execute("ALTER TABLE captures ADD COLUMN fetcher TEXT")
    db.execute("ALTER TABLE captures ADD COLUMN escalation TEXT")
    db.execute("ALTER TABLE captures ADD COLUMN original_sha256 TEXT")  # a raw_bodies sha256 (no foreign key:
    # the column stays droppable, as tests that rebuild an older schema need)


def _migrate_9(db: sqlite_utils.Database) -> None:
    """Receipts of the distributed crawl's writer: each recorded batch once, even if delivered again."""
    db.execute("CREATE TABLE IF NOT EXISTS receipts (id TEXT PRIMARY KEY, recorded_at TEXT NOT NULL, result TEXT NOT NULL)")


def _migrate_10(db: sqlite_utils.Database) -> None:
    """Change summaries: what changed from each version to the next, by section (archive/summary.py),
    computed here for the versions an archive already has; and a stemmed full-text index (versions_stem).
    Idempotent, as every step from 9 on: an archive rebuilt to an older schema by a test runs it again."""
    db.execute("""
    CREATE TABLE IF NOT EXISTS changes (
        version_id INTEGER PRIMARY KEY,
        previous_version_id INTEGER,
        document_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        sections INTEGER,
        sections_added TEXT,
        sections_removed TEXT,
        sections_modified TEXT,
        sections_moved TEXT,
        sections_renamed TEXT,
        sections_changed INTEGER,
        words_added INTEGER,
        words_removed INTEGER,
        links_added TEXT,
        links_removed TEXT,
        declared_date_from TEXT,
        declared_date_to TEXT,
        formatting_only INTEGER,
        description TEXT,
        old_hash TEXT,
        new_hash TEXT,
        summary_version TEXT
    )""")
    db.execute("CREATE INDEX IF NOT EXISTS changes_by_document ON changes (document_id)")
    # search with stemming ("biometrics" finds "biometric"): a second full-text index over the same columns,
    # Porter's stemmer over unicode61 (FTS5's porter tokenizer; English stems, other languages' words kept whole)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS versions_stem USING fts5(title, text, content='versions', content_rowid='id', "
               "tokenize='porter unicode61 remove_diacritics 2')")
    db.execute("""CREATE TRIGGER IF NOT EXISTS versions_stem_ai AFTER INSERT ON versions BEGIN
      INSERT INTO versions_stem (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""")
    db.execute("""CREATE TRIGGER IF NOT EXISTS versions_stem_ad AFTER DELETE ON versions BEGIN
      INSERT INTO versions_stem (versions_stem, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""")
    db.execute("""CREATE TRIGGER IF NOT EXISTS versions_stem_au AFTER UPDATE OF title, text ON versions BEGIN
      INSERT INTO versions_stem (versions_stem, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      INSERT INTO versions_stem (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""")
    db.execute("INSERT INTO versions_stem (versions_stem) VALUES ('rebuild')")
    from . import summaries
    for (doc_id,) in db.execute("SELECT DISTINCT document_id FROM versions").fetchall():
        summaries.update(db, doc_id)


def _migrate_11(db: sqlite_utils.Database) -> None:
    """The captures of a version, by time: an export's `prev_capture_at` (the last capture of the version before)
    and a replay's moves of captures between versions searched every capture of the archive once per version
    (an all-versions export of 100,000 versions had not finished in 15 minutes)."""
    db.execute("CREATE INDEX IF NOT EXISTS captures_by_version ON captures (version_id, fetched_at)")


def _migrate_12(db: sqlite_utils.Database) -> None:
    """Why a company's last discovery found no policy: a reader said "no page read as a privacy policy" of a
    site whose homepage was unreachable or whose policy robots.txt forbade, which the crawl knew."""
    if "discovery_reason" not in db["sites"].columns_dict:  # (a test's hand-made older archive may have it)
        db.execute("ALTER TABLE sites ADD COLUMN discovery_reason TEXT")


def _migrate_13(db: sqlite_utils.Database) -> None:
    """A capture is the same one only with the same status too (`record`'s duplicate check): a 429 with the same
    body as the 503 captured in the same second of a crawl's clock was refused by the index (a CI run:
    IntegrityError, the capture not recorded)."""
    db.execute("DROP INDEX IF EXISTS captures_identity")
    db.execute("CREATE UNIQUE INDEX captures_identity ON captures (document_id, fetched_at, raw_sha256, status)")


def _migrate_14(db: sqlite_utils.Database) -> None:
    """An import numbers its versions in time order as its last step; one killed before it left its versions in
    the order their captures came, and the same import run again numbered only its own (crash trials: 7 of 20
    imports killed midway rerun to another archive than an unkilled import's). Which versions an unfinished import
    made is kept, so the import that ends next numbers both as one."""
    db.execute("CREATE TABLE IF NOT EXISTS unfinished_imports (id INTEGER PRIMARY KEY, files TEXT NOT NULL, "
               "since_version INTEGER NOT NULL, until_version INTEGER, since_capture INTEGER NOT NULL, "
               "started_at TEXT NOT NULL)")


def _migrate_15(db: sqlite_utils.Database) -> None:
    """Versions folded in hindsight as a volatile block's first changes (`changes.folds`) are superseded and
    marked so: change detection still reads them, readers do not."""
    if "superseded_as" not in db["versions"].columns_dict:
        db.execute("ALTER TABLE versions ADD COLUMN superseded_as TEXT")


MIGRATIONS = {1: _migrate_1, 2: _migrate_2, 3: _migrate_3, 4: _migrate_4, 5: _migrate_5, 6: _migrate_6,
              7: _migrate_7, 8: _migrate_8, 9: _migrate_9, 10: _migrate_10, 11: _migrate_11,
              12: _migrate_12, 13: _migrate_13, 14: _migrate_14, 15: _migrate_15}


def _write_descriptions(db: sqlite_utils.Database) -> None:
    rows = [(t, c, d) for t, cols in DESCRIPTIONS.items() for c, d in cols.items()]
    db.conn.executemany("INSERT OR REPLACE INTO descriptions VALUES (?, ?, ?)", rows)


class ReadOnlyArchive:
    """What `open_archive(..., readonly=True)` returns: the sqlite_utils.Database API readers use (`execute`,
    `query`, `table_names`, `conn`, `close`) over a read-only connection, without importing sqlite_utils,
    which imports numpy and pandas when they are installed (~0.3 s to start every command). Anything else
    is handed to a sqlite_utils.Database made on first use."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.raw_cache = _RawCache()
        self._full = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters) if parameters is not None else self.conn.execute(sql)

    def query(self, sql: str, params=None):
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def _database(self):
        if self._full is None:
            import sqlite_utils
            self._full = sqlite_utils.Database(self.conn)
        return self._full

    def __getitem__(self, name):
        return self._database()[name]

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._database(), name)


_WRITERS: "weakref.WeakSet" = weakref.WeakSet()  # writers' Database objects still alive (connections cannot be weakly referenced)


def close_archive(db) -> None:
    """Checkpoint and close a writer's connection: the WAL is folded into the archive file and truncated, so
    the .db file alone is the archive (to copy, to put on read-only media). A checkpoint that cannot run
    (a reader in the middle of a read) is left to the next writer."""
    conn = db.conn if hasattr(db, "conn") else db
    try:
        if not conn.in_transaction:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass
    try:
        conn.close()
    except sqlite3.Error:
        pass


@atexit.register
def _close_writers() -> None:
    """A command that wrote and did not close its archive still leaves the data in the .db file."""
    for db in list(_WRITERS):
        close_archive(db)


def read_only_uri(path: str | os.PathLike) -> str:
    """The SQLite URI a reader opens `path` with: `mode=ro`, and `immutable=1` as well when the archive's
    directory or file cannot be written (read-only media, a read-only mount): there a WAL archive cannot get
    the -shm file that `mode=ro` needs, and nothing can change it while it is read. The CLI's readers and the
    browser view (`serve`) open through this one rule."""
    path = Path(path)
    return f"file:{path}?mode=ro" + ("" if _writable(path) else "&immutable=1")


def _writable(path: Path) -> bool:
    return os.access(path.parent if str(path.parent) else ".", os.W_OK) and \
        (not path.exists() or os.access(path, os.W_OK))


_NOT_A_DATABASE = re.compile(r"not a database|malformed|encrypted")  # SQLite's words for a file it cannot read as one


BUSY_WAIT = 30  # seconds a writer waits for another's lock before giving up


def use_wal(conn: sqlite3.Connection, path: str | os.PathLike) -> None:
    """Put an SQLite file (an archive, the crawler's kept robots.txt) in WAL mode (persistent: once per file). The
    switch needs the file to itself, and SQLite answers it SQLITE_BUSY at once, without waiting as its busy timeout
    says, while another connection opening the same new file holds a shared lock (several imports started together
    on a new archive: 13 of 480 opens failed so in a trial of 8 processes). So the switch is tried again until
    BUSY_WAIT has passed. Raises ArchiveError then."""
    deadline, pause = time.monotonic() + BUSY_WAIT, 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e):
                raise
            if time.monotonic() > deadline:
                conn.close()
                raise ArchiveError(f"cannot open {path} ({e}): another program is writing it; nothing was "
                                   "changed, run the command again when it has finished") from None
            time.sleep(pause)
            pause = min(2 * pause, 0.2)


def open_archive(path: str | os.PathLike, *, create: bool = True, readonly: bool = False):
    """Open (and, with `create`, make or migrate) an archive. Raises ArchiveError for a user's mistake.

    A writer gets a sqlite_utils.Database whose `close()` checkpoints the WAL into the file (close_archive;
    also done at exit for one left open); a reader gets a ReadOnlyArchive (read_only_uri)."""
    if not str(path).strip():
        raise ArchiveError("--db is empty: name the archive file (e.g. --db policies.db)")
    path = Path(path)
    if not path.exists() and (readonly or not create):
        raise ArchiveError(f"no archive at {path} (create one with `policy-archive import-warc` or `crawl`)")
    if path.is_dir():
        raise ArchiveError(f"{path} is a directory, not an archive file")
    if not path.exists() and not path.resolve().parent.is_dir():
        raise ArchiveError(f"{path}: the folder {path.resolve().parent} does not exist")
    writable = _writable(path)
    if not readonly and not writable:
        if not path.exists():
            raise ArchiveError(f"cannot create {path}: its folder is read-only (read-only file system or no write "
                               "permission)")
        raise ArchiveError(f"{path} is read-only (read-only file system or no write permission); nothing was changed")
    existed = path.exists()
    try:
        if readonly:
            conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
            db = ReadOnlyArchive(conn)
        else:
            import sqlite_utils
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_WAIT, check_same_thread=False)
            db = sqlite_utils.Database(conn)
            db.close = lambda: close_archive(conn)  # checkpoint first: the .db file is the archive
            _WRITERS.add(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.table_names() if version == 0 else []
    except sqlite3.DatabaseError as e:
        if not existed:
            raise ArchiveError(f"cannot create {path} ({e})") from None
        if _NOT_A_DATABASE.search(str(e)):
            raise ArchiveError(f"{path} is not a policy archive ({e})") from None
        if "locked" in str(e):
            raise ArchiveError(f"cannot open {path} ({e}): another program is writing it; nothing was changed, run "
                               "the command again when it has finished") from None
        # a reader of an archive in WAL mode makes its `-shm` index beside it: a full disk or a file size
        # limit fails that, and the file itself is sound
        raise ArchiveError(f"cannot open {path} ({e}): is its disk full? The archive was not changed; free some "
                           "space and run the command again") from None
    # refused before anything is set: someone else's SQLite file keeps its journal mode (WAL is persistent)
    if tables and "captures" not in tables:
        conn.close()
        raise ArchiveError(f"{path} is an SQLite file but not a policy archive")
    if version == 0 and (readonly or not create):  # an empty file: a reader must not turn it into an archive
        conn.close()
        raise ArchiveError(f"{path} is an empty file, not a policy archive (create one with `policy-archive "
                           "import-warc` or `crawl`)")
    if version > SCHEMA_VERSION:
        conn.close()
        raise ArchiveError(f"{path} was written by a newer policy-archive (schema {version}); upgrade")
    if not readonly:
        use_wal(conn, path)
        db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    if version < SCHEMA_VERSION:
        if readonly:
            if not writable:
                raise ArchiveError(f"{path} needs a schema upgrade and is read-only; copy it somewhere writable")
            conn.close()
            open_archive(path).close()  # migrate once, then read as asked
            return open_archive(path, readonly=True)
        with transaction(db):
            # another process may have migrated the file while this one waited for the write lock
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version + 1, SCHEMA_VERSION + 1):
                log.info("migrating %s to schema %d", path, step)
                MIGRATIONS[step](db)
            _write_descriptions(db)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    if not readonly:
        from . import summaries
        summaries.refresh(db)
    db.raw_cache = _RawCache()
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database):
    """One atomic write: everything inside commits together or not at all."""
    conn = db.conn
    if conn.in_transaction:  # nested: the outer transaction decides
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def ensure_site(db: sqlite_utils.Database, key: str, name: str | None = None,
                homepage: str | None = None) -> int:
    row = db.execute("SELECT id, name, homepage FROM sites WHERE key = ?", [key]).fetchone()
    if row:
        if (name and name != row[1]) or (homepage and homepage != row[2]):
            db.execute("UPDATE sites SET name = coalesce(?, name), homepage = coalesce(?, homepage) "
                       "WHERE id = ?", [name, homepage, row[0]])
        return row[0]
    return db.execute("INSERT INTO sites (key, name, homepage, created_at) VALUES (?, ?, ?, ?)",
                      [key, name, homepage, iso(now_utc())]).lastrowid


def address_forms(url: str) -> list[str]:
    """`url` as the same page is also written: with `http` or `https`, with or without a leading `www.`, `url`
    itself first and the `https` forms before the `http` ones. The two parts of a URL the web archives'
    canonical form sets aside (SURT, as Heritrix and the Wayback Machine key their captures): a Wayback export
    holds captures of `http://` and `https://` of one page side by side, and a site's move to HTTPS is no
    move of its policy. Any other URL (not http or https) is its only form."""
    m = re.match(r"(?i)https?://(www\.)?([^/?#]*)(.*)", url)
    if not m:
        return [url]
    host, rest = m.group(2), m.group(3)
    forms = [f"{scheme}://{www}{host}{rest}" for scheme in ("https", "http") for www in ("", "www.")]
    return [url] + [f for f in forms if f != url]


def document_at(db: sqlite_utils.Database, url: str) -> int | None:
    """The id of the document at `url` or at another of its `address_forms` (its own form first), or None."""
    forms = address_forms(url)
    rows = dict(db.execute(f"SELECT url, id FROM documents WHERE url IN ({', '.join('?' * len(forms))})", forms))
    return next((rows[f] for f in forms if f in rows), None)


def ensure_document(db: sqlite_utils.Database, site_id: int, url: str, found_by: str | None,
                    claim: bool = False) -> int:
    """The id of the document at `url`, made under company `site_id` if new. With `claim` (the capture names its
    company: a crawl's seed), a document filed under the company its own host stood for (an import keys a
    policy's company by its host, `policies.tinder.com`) moves to the named one (`tinder.com`), and that
    company goes when it has no document left: one company, not two, once a crawl knows better. A document
    a company already claimed is not taken by another (a group's policy shared by its brands stays put).

    A document is one page at any of its `address_forms`: a capture of `http://` files under the `https://`
    document of the same page and back, and a document known only at `http://` moves to `https://` when a
    capture of that comes (never back: a Wayback export's captures alternate)."""
    doc = document_at(db, url)
    row = doc and db.execute("SELECT d.id, d.found_by, d.site_id, s.key, d.url FROM documents d "
                             "JOIN sites s ON s.id = d.site_id WHERE d.id = ?", [doc]).fetchone()
    if row:
        doc_id, known_by, old_site, old_key, known_at = row
        if known_at.lower().startswith("http://") and url.lower().startswith("https://"):
            db.execute("UPDATE documents SET url = ? WHERE id = ?", [url, doc_id])
        if found_by and found_by != known_by:
            db.execute("UPDATE documents SET found_by = ? WHERE id = ?", [found_by, doc_id])
        if claim and old_site != site_id and old_key == host_of(url):
            db.execute("UPDATE documents SET site_id = ? WHERE id = ?", [site_id, doc_id])
            db.execute("UPDATE sites SET name = coalesce(name, (SELECT name FROM sites WHERE id = ?)) WHERE id = ?",
                       [old_site, site_id])
            db.execute("DELETE FROM sites WHERE id = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE site_id = ?)",
                       [old_site, old_site])
        return doc_id
    return db.execute("INSERT INTO documents (site_id, url, found_by, created_at) VALUES (?, ?, ?, ?)",
                      [site_id, url, found_by, iso(now_utc())]).lastrowid


# Raw bodies ---------------------------------------------------------------------------------------

class _RawCache:
    """The last few bodies read or written, so a delta chain is not decompressed again and again."""

    def __init__(self, size: int = 32):
        self.size = size
        self.items: OrderedDict[str, bytes] = OrderedDict()

    def get(self, sha: str) -> bytes | None:
        body = self.items.get(sha)
        if body is not None:
            self.items.move_to_end(sha)
        return body

    def put(self, sha: str, body: bytes) -> None:
        self.items[sha] = body
        self.items.move_to_end(sha)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _compress(body: bytes, base: bytes | None) -> bytes:
    import zstandard
    if base is None:
        return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(body)
    dictionary = zstandard.ZstdCompressionDict(base, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL, dict_data=dictionary).compress(body)


def delta_base(db: sqlite_utils.Database, doc_id: int) -> str | None:
    """The stored body of this document a new body is zstd-compressed against (None: a full frame).

    Not simply the latest body: a chain of deltas must stay short for reads to stay fast
    (store.FULL_FRAME_EVERY), and a full frame costs as much as ~50 deltas. The n-th body of a document
    (n from 0) takes as base its (n with the lowest set bit cleared)-th body, so half the bodies are deltas
    of the previous one, a quarter of the one two back, and so on; the chain behind body n is popcount(n)
    long, so it stays under the cap for hundreds of captures and a document needs one full frame, not one
    every few captures. If that base's chain is full, the latest body with room is used instead.
    Measured on the dev WARC (benchmarks/RESULTS.md): 7.3 KB per capture with the latest body as base,
    2.0 KB with this; chains at most 5 long instead of 7.
    """
    n = db.execute("SELECT count(raw_sha256) FROM captures WHERE document_id = ?", [doc_id]).fetchone()[0]
    if n == 0:
        return None
    row = db.execute("SELECT c.raw_sha256, r.depth FROM captures c JOIN raw_bodies r ON r.sha256 = c.raw_sha256 "
                     "WHERE c.document_id = ? ORDER BY c.fetched_at, c.id LIMIT 1 OFFSET ?",
                     [doc_id, n & (n - 1)]).fetchone()
    if row and row[1] + 1 < FULL_FRAME_EVERY:
        return row[0]
    row = db.execute("SELECT c.raw_sha256 FROM captures c JOIN raw_bodies r ON r.sha256 = c.raw_sha256 "
                     "WHERE c.document_id = ? AND r.depth + 1 < ? ORDER BY c.fetched_at DESC, c.id DESC LIMIT 1",
                     [doc_id, FULL_FRAME_EVERY]).fetchone()
    return row[0] if row else None


def put_raw(db: sqlite_utils.Database, body: bytes, base_sha: str | None = None, digest: str | None = None) -> str:
    """Store a body once per sha256, as a delta against `base_sha` (an earlier body of the same
    document) when the chain is short enough. Returns the body's sha256 (`digest`, when the caller has it)."""
    digest = digest or sha256(body)
    if db.execute("SELECT 1 FROM raw_bodies WHERE sha256 = ?", [digest]).fetchone():
        return digest
    base, depth = None, 0
    if base_sha:
        row = db.execute("SELECT depth FROM raw_bodies WHERE sha256 = ?", [base_sha]).fetchone()
        if row and row[0] + 1 < FULL_FRAME_EVERY:
            base, depth = get_raw(db, base_sha), row[0] + 1
    data = _compress(body, base)
    db.execute("INSERT INTO raw_bodies (sha256, size, base_sha256, depth, data) VALUES (?, ?, ?, ?, ?)",
               [digest, len(body), base_sha if base is not None else None, depth, data])
    db.raw_cache.put(digest, body)
    return digest


def get_raw(db: sqlite_utils.Database, digest: str) -> bytes:
    """The raw body with this sha256, byte-exact."""
    cache = getattr(db, "raw_cache", None)
    if cache is not None and (body := cache.get(digest)) is not None:
        return body
    row = db.execute("SELECT base_sha256, data FROM raw_bodies WHERE sha256 = ?", [digest]).fetchone()
    if row is None:
        raise KeyError(digest)
    base_sha, data = row
    import zstandard
    if base_sha is None:
        body = zstandard.ZstdDecompressor().decompress(data)
    else:
        dictionary = zstandard.ZstdCompressionDict(get_raw(db, base_sha), dict_type=zstandard.DICT_TYPE_RAWCONTENT)
        body = zstandard.ZstdDecompressor(dict_data=dictionary).decompress(data)
    if cache is not None:
        cache.put(digest, body)
    return body
