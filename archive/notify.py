"""Webhooks: one JSON message per new version, posted after a crawl, with retries.

Delivery happens after the crawl from the archive (not from inside the spider), so a slow or failing
receiver never slows the crawl, and what is posted is exactly what was committed. What each receiver got is
kept beside the archive (`ARCHIVE.webhooks.sqlite`, as robots.txt is kept in `ARCHIVE.robots.sqlite`: the
archive itself is written by one process, and a cluster's crawl delivers while its writer holds it): a
message a receiver did not take is posted again by the next crawl with the same `--webhook`, never lost,
never posted twice once taken.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

import sqlite_utils

from .feed import change_summary

log = logging.getLogger(__name__)


@dataclass
class Delivery:
    sent: int = 0
    failed: list[str] = field(default_factory=list)


def new_versions_since(db: sqlite_utils.Database, after_id: int) -> list[dict]:
    """Versions made by crawls after version id `after_id` (the highest id when the run started)."""
    return list(db.query(
        "SELECT v.*, d.url, s.key AS site, s.name AS company FROM versions v JOIN documents d ON d.id = v.document_id "
        "JOIN sites s ON s.id = d.site_id JOIN captures c ON c.id = v.first_capture_id "
        "WHERE v.id > ? AND c.source = 'crawl' AND v.superseded_at IS NULL ORDER BY v.id", [after_id]))


def _ledger(db: sqlite_utils.Database) -> sqlite3.Connection | None:
    """The receivers' ledger beside the archive (None for an archive in memory)."""
    path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path:
        return None
    conn = sqlite3.connect(path + ".webhooks.sqlite", timeout=30)
    conn.executescript("CREATE TABLE IF NOT EXISTS receivers (url TEXT PRIMARY KEY, after_version_id INTEGER NOT NULL,"
                       " added_at TEXT NOT NULL);"
                       "CREATE TABLE IF NOT EXISTS delivered (url TEXT NOT NULL, version_id INTEGER NOT NULL, "
                       "at TEXT NOT NULL, PRIMARY KEY (url, version_id));")
    return conn


def message(db: sqlite_utils.Database, v: dict) -> dict:
    """The JSON message of one new version (README, "Crawl on a schedule", lists its fields)."""
    from . import summaries
    from .cite import version_id as cite_id
    from .lookup import same_text_as
    old = next(db.query("SELECT * FROM versions WHERE id = ?", [v["previous_id"]]), None) \
        if v.get("previous_id") is not None else None
    summary = change_summary(old, v)
    change = summaries.of(db, old, v)  # a first version's too: "First archived version: N words in M sections."
    again = same_text_as(db, v) if old is not None else None
    return {"event": "new_version", "site": v["site"], "company": v.get("company"), "url": v["url"],
            "version": v["number"], "cite_id": cite_id(v["site"], v["url"], v["first_seen"], v["content_hash"]),
            "first_seen": v["first_seen"], "content_hash": v["content_hash"], "title": v["title"],
            "declared_date": v["declared_date"], "word_count": v["word_count"],
            "change_kind": change.kind if old is not None else "first",
            "change_summary": change.describe() + (f" This is the text of version {again['number']} again."
                                                   if again else ""),  # as the exports and the feed say
            # the words a reader sees, as `word_count` and the exports count them (`summary.Summary`)
            "words_added": change.words_added if old is not None else v["word_count"],
            "words_removed": change.words_removed if old is not None else 0,
            "same_text_as": again["number"] if again else None,
            "changed_lines": summary["lines"]}


def post(url: str, payload: dict, *, attempts: int = 4, backoff: float = 2.0, timeout: float = 10.0) -> None:
    """POST JSON; retry on network errors, 429 and 5xx with exponential backoff (honouring Retry-After)."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    for attempt in range(1, attempts + 1):
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Content-Type": "application/json", "User-Agent": "policy-archive webhook"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
                response.read()
                return
        except urllib.error.HTTPError as e:
            if e.code != 429 and e.code < 500 or attempt == attempts:
                raise
            retry_after = e.headers.get("Retry-After", "")
            delay = float(retry_after) if retry_after.isdigit() else backoff * 2 ** (attempt - 1)
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            if attempt == attempts:
                raise
            delay = backoff * 2 ** (attempt - 1)
        log.info("webhook %s: attempt %d failed, retrying in %.1fs", url, attempt, delay)
        time.sleep(min(delay, 60))


def deliver(db: sqlite_utils.Database, webhook: str, after_id: int, **kw) -> Delivery:
    """Post a message for each version crawled after `after_id` (the highest version id when the run
    started), and for each one an earlier run with this `webhook` could not deliver. Once a message fails
    after its retries with the receiver unreachable, the rest wait for the next run (14 s of retries each
    would hold a crawl of 100 companies for 23 minutes); `failed` names them."""
    from .store import iso, now_utc
    result = Delivery()
    ledger = _ledger(db)
    try:
        if ledger is not None:
            with ledger:
                ledger.execute("INSERT OR IGNORE INTO receivers VALUES (?, ?, ?)", [webhook, after_id, iso(now_utc())])
            since = ledger.execute("SELECT after_version_id FROM receivers WHERE url = ?", [webhook]).fetchone()[0]
            taken = {r[0] for r in ledger.execute("SELECT version_id FROM delivered WHERE url = ?", [webhook])}
            pending = [v for v in new_versions_since(db, min(since, after_id)) if v["id"] not in taken]
        else:
            pending = new_versions_since(db, after_id)
        down = None
        for v in pending:
            if down is not None:
                result.failed.append(f"{v['url']} v{v['number']}: not tried, the receiver was down ({down})")
                continue
            try:
                post(webhook, message(db, v), **kw)
            except Exception as e:  # one receiver's failure must not lose the others' messages
                result.failed.append(f"{v['url']} v{v['number']}: {e}")
                if isinstance(e, (urllib.error.URLError, TimeoutError, ConnectionError)) \
                        and not isinstance(e, urllib.error.HTTPError):
                    down = e
                continue
            result.sent += 1
            if ledger is not None:
                with ledger:
                    ledger.execute("INSERT OR IGNORE INTO delivered VALUES (?, ?, ?)", [webhook, v["id"], iso(now_utc())])
    finally:
        if ledger is not None:
            ledger.close()
    return result
