"""Scheduled crawls: which documents are due, how intervals adapt, runs, and the archive's lease.

The crawler asks `due_sites` what to fetch and reports each check with `checked` / `failed`; the rules
for the next check live here so that they are the same for every crawler and can be tested with a
simulated clock (`POLICY_ARCHIVE_NOW`, see `clock.now`).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import random
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import clock
from .capture import NEW_VERSION, REJECTED, SAW_VERSION
from .errors import ArchiveError
from .store import document_at, iso, transaction

if TYPE_CHECKING:  # annotations only: `show` and `history` import this module (lookup) and never need sqlite_utils,
    import sqlite_utils  # whose import costs ~65 ms (it imports numpy and pandas when they are installed)

log = logging.getLogger(__name__)

MIN_INTERVAL = dt.timedelta(days=1)
MAX_INTERVAL = dt.timedelta(days=14)
GROWTH = 1.5  # each unchanged check stretches the interval by this factor, up to MAX_INTERVAL
FIRST_RETRY = dt.timedelta(hours=2)  # after a failure: 2 h, 4 h, 8 h … (jittered), capped at MAX_INTERVAL
FAILING_AFTER = 4  # consecutive failures before a document is shown as `failing`
MOVED_REASONS = {"http_404", "http_410", "not_a_policy", "moved"}  # the policy may have moved: rediscover
NOT_A_POLICY = "not_a_policy"  # ...but at an address that held the policy, a failure for now (`record_check`)
NOT_POLICY = "not_policy"  # an imported page that never made a version (`settle_imported`)
# a page that prints the day it is served is refused as `clock_date` only while captures come within
# `changes.CLOCK_GAP` (7 days) of each other (`changes.follows_clock`): its checks stay closer than that, with
# the jitter (+10%) and a day's wait for the next daily run on top, or each would be a false version
CLOCK_INTERVAL = dt.timedelta(days=7) * 0.6
UNTRACKED = ("moved", NOT_POLICY)  # states of documents that no crawl checks unless pinned
LEASE = dt.timedelta(minutes=10)  # a crawl renews its lease while it runs; a killed one's lease expires


@dataclass(frozen=True)
class Check:
    """What the scheduler decided for a document after a check."""

    next_check: dt.datetime
    interval: dt.timedelta
    failures: int
    state: str  # active | failing | moved (not_policy: set by `settle_imported`, never by a check)


def _jitter(interval: dt.timedelta, rng: random.Random) -> dt.timedelta:
    """±10%, so that thousands of documents checked together spread out over the following days."""
    return interval * rng.uniform(0.9, 1.1)


def after_success(interval: dt.timedelta | None, changed: bool, now: dt.datetime,
                  rng: random.Random | None = None, longest: dt.timedelta = MAX_INTERVAL) -> Check:
    rng = rng or random.Random()
    if interval is None or changed:
        interval = MIN_INTERVAL
    else:
        interval = min(longest, interval * GROWTH)
    return Check(now + _jitter(interval, rng), interval, 0, "active")


def after_failure(interval: dt.timedelta | None, failures: int, now: dt.datetime, moved: bool = False,
                  rng: random.Random | None = None) -> Check:
    rng = rng or random.Random()
    failures += 1
    backoff = min(MAX_INTERVAL, FIRST_RETRY * (2 ** (failures - 1)))
    state = "moved" if moved else ("failing" if failures >= FAILING_AFTER else "active")
    return Check(now + _jitter(backoff, rng), interval or MIN_INTERVAL, failures, state)


def record_check(db: sqlite_utils.Database, url: str, outcome: str, reason: str | None = None,
                 now: dt.datetime | None = None, pinned: bool = False) -> Check | None:
    """Move a document's next check after the crawler recorded a capture of it: a rejected capture
    (no response, an error status, a page that is not the policy) backs off; anything else adapts. A capture
    refused as `clock_date` or `volatile` saw the version in force (only the day the page prints, or a visit's
    value, moved): a check that succeeded, whose interval stays under CLOCK_GAP (both rules need the page
    seen at least weekly). A policy gone (404, not a policy) is `moved`, for
    discovery to find it again, unless its URL is `pinned` in the seeds: nothing is looked for in its place,
    so it fails (and is shown `failing` after FAILING_AFTER checks) until the seed is mended. A page that is not
    the policy at an address that held it (a maintenance page served with 200) is a failure, as a 503 is: the
    address is kept (the crawler looks elsewhere once it is `failing`, and marks it moved only to where it
    found the policy, `mark_moved`)."""
    now = now or clock.now()
    doc = document_at(db, url)
    row = doc and db.execute("SELECT id, check_interval, failures FROM documents WHERE id = ?", [doc]).fetchone()
    if row is None:
        return None
    doc_id, seconds, failures = row
    interval = dt.timedelta(seconds=seconds) if seconds else None
    rng = random.Random(f"{url}|{iso(now)}")  # reproducible under a simulated clock
    if outcome == REJECTED and reason in SAW_VERSION:  # (changes: not imported by reading commands)
        check = after_success(interval, False, now, rng=rng, longest=CLOCK_INTERVAL)
    elif outcome == REJECTED:
        moved = reason in MOVED_REASONS and not pinned and not (reason == NOT_A_POLICY and db.execute(
            "SELECT 1 FROM versions WHERE document_id = ? AND superseded_at IS NULL LIMIT 1", [doc_id]).fetchone())
        check = after_failure(interval, failures or 0, now, moved=moved, rng=rng)
    else:
        check = after_success(interval, outcome == NEW_VERSION, now, rng=rng)
    with transaction(db):
        db.execute("UPDATE documents SET last_check = ?, next_check = ?, check_interval = ?, failures = ?, "
                   "state = ?, last_error = ? WHERE id = ?",
                   [iso(now), iso(check.next_check), int(check.interval.total_seconds()), check.failures,
                    check.state, reason if check.failures else None, doc_id])
    return check


def settle_imported(db: sqlite_utils.Database, captures_after: int) -> int:
    """After an import (captures with ids above `captures_after`): a document the import made or captured
    that holds no version and no capture of a crawl is `not_policy`, the other pages of a whole-site
    archive (its homepage, articles, style sheets), which are kept with their captures but are not listed
    as policies, not checked by crawls and do not stand for a company's policy; a `not_policy` document
    that now holds a version is `active` again. Returns how many of the import's documents are `not_policy`."""
    with transaction(db):
        touched = "SELECT DISTINCT document_id FROM captures WHERE id > ?"
        db.execute(f"UPDATE documents SET state = 'active' WHERE state = ? AND id IN ({touched}) AND EXISTS "
                   "(SELECT 1 FROM versions v WHERE v.document_id = documents.id AND v.superseded_at IS NULL)",
                   [NOT_POLICY, captures_after])
        db.execute(f"UPDATE documents SET state = ? WHERE state = 'active' AND id IN ({touched}) AND NOT EXISTS "
                   "(SELECT 1 FROM versions v WHERE v.document_id = documents.id AND v.superseded_at IS NULL) "
                   "AND NOT EXISTS (SELECT 1 FROM captures c WHERE c.document_id = documents.id "
                   "AND c.source = 'crawl')", [NOT_POLICY, captures_after])
    return db.execute(f"SELECT count(*) FROM documents WHERE state = ? AND id IN ({touched})",
                      [NOT_POLICY, captures_after]).fetchone()[0]


def mark_moved(db: sqlite_utils.Database, old_url: str, new_url: str) -> None:
    """Link a policy's old URL to the one rediscovery found; both stay in the company's history."""
    old, new = document_at(db, old_url), document_at(db, new_url)
    if old is None or old == new:  # the same page (its move to https): no move
        return
    with transaction(db):
        db.execute("UPDATE documents SET state = 'moved', moved_to = ? WHERE id = ?", [new, old])


def due_sites(db: sqlite_utils.Database, keys: list[str], now: dt.datetime | None = None) -> list[str]:
    """The site keys among `keys` with a document due, or with no policy yet whose discovery is due."""
    now_text = iso(now or clock.now())
    due = []
    for key in keys:
        rows = db.execute("SELECT d.next_check FROM documents d JOIN sites s ON s.id = d.site_id "
                          f"WHERE s.key = ? AND d.state NOT IN {UNTRACKED}", [key]).fetchall()
        if rows:
            if any(nc is None or nc <= now_text for nc, in rows):
                due.append(key)
            continue
        retry = db.execute("SELECT next_discovery FROM sites WHERE key = ?", [key]).fetchone()
        if retry is None or retry[0] is None or retry[0] <= now_text:
            due.append(key)
    return due


def discovery_waiting(db: sqlite_utils.Database, keys: list[str], now: dt.datetime | None = None) -> dict[str, str]:
    """Site keys among `keys` with no policy found so far whose next discovery is still ahead, with its time."""
    now_text = iso(now or clock.now())
    waiting = {}
    for key in keys:
        row = db.execute("SELECT s.next_discovery FROM sites s WHERE s.key = ? AND s.next_discovery > ? AND NOT EXISTS "
                         f"(SELECT 1 FROM documents d WHERE d.site_id = s.id AND d.state NOT IN {UNTRACKED})",
                         [key, now_text]).fetchone()
        if row:
            waiting[key] = row[0]
    return waiting


def discovery_done(db: sqlite_utils.Database, key: str, found: bool, now: dt.datetime | None = None,
                   reason: str | None = None) -> None:
    """A company where no policy was found is looked at again after 1, 2, 4… days (up to 14), not every
    run: most such sites have none, or hide it, and a daily rediscovery costs them dozens of requests.
    `reason`: why none was found, as the crawl says it (kept for readers: `sites.discovery_reason`)."""
    now = now or clock.now()
    with transaction(db):
        if found:
            db.execute("UPDATE sites SET next_discovery = NULL, discovery_failures = 0, discovery_reason = NULL "
                       "WHERE key = ?", [key])
            return
        row = db.execute("SELECT discovery_failures FROM sites WHERE key = ?", [key]).fetchone()
        failures = (row[0] if row else 0) + 1
        wait = _jitter(min(MAX_INTERVAL, MIN_INTERVAL * 2 ** (failures - 1)), random.Random(f"{key}|{iso(now)}"))
        db.execute("UPDATE sites SET next_discovery = ?, discovery_failures = ?, discovery_reason = ? WHERE key = ?",
                   [iso(now + wait), failures, reason, key])


def outage(db: sqlite_utils.Database, keys: list[str], since: str) -> None:
    """Take back what a run in which nothing at all could be reached (the network or a proxy down) recorded
    of `keys`: the back-off of their discovery (`discovery_done`) and of their documents' checks made since
    `since` (ISO 8601, UTC: the run's start; `record_check` of captures that got no response). An outage says
    nothing of the sites: the next run looks at them at once instead of hours or a day later. The reasons
    stay, for `sites` and `status`."""
    with transaction(db):
        db.conn.executemany("UPDATE sites SET next_discovery = NULL, discovery_failures = max(discovery_failures - 1, 0) "
                            "WHERE key = ?", [[k] for k in keys])
        db.conn.executemany(  # due from the run's start: at once, and not "never crawled" (a NULL next check)
            "UPDATE documents SET next_check = ?, failures = max(failures - 1, 0), state = CASE WHEN "
            f"state = 'failing' AND failures - 1 < {FAILING_AFTER} THEN 'active' ELSE state END "
            "WHERE last_check >= ? AND failures > 0 AND site_id = (SELECT id FROM sites WHERE key = ?)",
            [[since, since, k] for k in keys])


# Runs ---------------------------------------------------------------------------------------------

def start_run(db: sqlite_utils.Database, kind: str, args: str = "", started_at: str | None = None) -> int:
    """A new run, `running`; its id. `started_at` (ISO 8601, UTC): when the run began, if not now (a cluster's
    crawl begins when it is put on the frontier, before the writer sees its first capture)."""
    with transaction(db):
        return db.execute("INSERT INTO runs (started_at, kind, args, pid, host, status) VALUES (?, ?, ?, ?, ?, ?)",
                          [started_at or iso(clock.now()), kind, args, os.getpid(), socket.gethostname(),
                           "running"]).lastrowid


def finish_run(db: sqlite_utils.Database, run_id: int, counts: dict, errors: list[str], status: str = "finished"):
    with transaction(db):
        db.execute("UPDATE runs SET ended_at = ?, status = ?, counts = ?, errors = ? WHERE id = ?",
                   [iso(clock.now()), status, json.dumps(counts), json.dumps(errors[:200], ensure_ascii=False),
                    run_id])


def _alive(pid: int, host: str) -> bool:
    if host != socket.gethostname():
        return True  # cannot tell: trust the lease's expiry
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed process not yet reaped by its parent (a zombie) is gone too
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def close_dead_runs(db: sqlite_utils.Database) -> list[int]:
    """Runs still marked running whose process is gone were killed: say so in the runs table."""
    dead = [r[0] for r in db.execute("SELECT id, pid, host FROM runs WHERE status = 'running'").fetchall()
            if not _alive(r[1], r[2])]
    if dead:
        with transaction(db):
            for run_id in dead:
                db.execute("UPDATE runs SET status = 'killed', ended_at = coalesce(ended_at, ?) WHERE id = ?",
                           [iso(clock.now()), run_id])
    return dead


class LeaseHeld(ArchiveError):
    """Another live process holds the archive's crawl lease; `held` says who, where and until when."""

    def __init__(self, held: str, hint: str = "stop it, or let `crawl --wait` wait for it"):
        super().__init__(f"{held}; {hint}")
        self.held = held


@contextlib.contextmanager
def writing(db: sqlite_utils.Database, holder: str):
    """Hold the archive's lease while `holder` ("import-warc pid 12") writes it, as a crawl does: one writer at
    a time, since an import or a reprocess counts what it did by the ids it added, and numbers the versions it
    made among themselves. Raises LeaseHeld naming who holds it. A long writer calls `renew_lease`."""
    try:
        acquire_lease(db, holder)
    except LeaseHeld as e:
        raise LeaseHeld(e.held, "run this again once it has finished") from None
    try:
        yield
    finally:
        release_lease(db)


def acquire_lease(db: sqlite_utils.Database, holder: str) -> None:
    """Take the archive's crawl lease, or raise LeaseHeld (an ArchiveError) naming who holds it.

    A lease whose process is gone (killed) or that has not been renewed in time is taken over.
    """
    now = clock.now()
    with transaction(db):
        row = db.execute("SELECT holder, pid, host, expires_at FROM lease WHERE name = 'crawl'").fetchone()
        if row and row[3] > iso(now) and _alive(row[1], row[2]) and row[1] != os.getpid():
            raise LeaseHeld(f"the archive is in use by {row[0]} on {row[2]} (its hold is renewed while it runs and "
                            f"lapses at {row[3]} if it stops)")
        db.execute("INSERT OR REPLACE INTO lease (name, holder, pid, host, expires_at) VALUES ('crawl', ?, ?, ?, ?)",
                   [holder, os.getpid(), socket.gethostname(), iso(now + LEASE)])


def lease_holder(db: sqlite_utils.Database) -> str | None:
    """Who holds the archive's lease now ("writer pid 12", "crawl pid 9"), or None: no one, or a lease that has
    lapsed."""
    row = db.execute("SELECT holder, expires_at FROM lease WHERE name = 'crawl'").fetchone()
    return row[0] if row and row[1] > iso(clock.now()) else None


def renew_lease(db: sqlite_utils.Database) -> None:
    with transaction(db):
        db.execute("UPDATE lease SET expires_at = ? WHERE name = 'crawl' AND pid = ?",
                   [iso(clock.now() + LEASE), os.getpid()])


def release_lease(db: sqlite_utils.Database) -> None:
    with transaction(db):
        db.execute("DELETE FROM lease WHERE name = 'crawl' AND pid = ?", [os.getpid()])
