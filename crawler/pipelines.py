"""The one way the crawler writes: every capture goes through `archive.record`.

`record` writes SQLite (blocking), so it runs on one dedicated thread with its own connection, opened
there: the reactor keeps downloading meanwhile, and the archive sees one writer. Extraction (CPU-heavy)
runs ahead of it in EXTRACT_WORKERS processes, and `record` gets the result (as the WARC importer does).
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from archive import DUPLICATE, Capture, open_archive, record, schedule
from archive.extract import try_extract, worker_init
from archive.record import extraction_known
from archive.store import ensure_site, parse_iso, transaction

from .items import PolicyItem, SiteItem

log = logging.getLogger(__name__)
AUTO_POOL_SEEDS = 30


def with_original(capture: Capture, original: dict | None) -> tuple[Capture, Capture | None]:
    """A browser capture and the plain HTTP response it was rendered from (`original`: url, status, headers,
    body, fetched_at as a datetime or an ISO string), as two captures: the plain one (fetcher "html", the same
    escalation) and the rendering, which names it by `original_sha256`. (capture, None) when not rendered."""
    if not original:
        return capture, None
    when = original["fetched_at"]
    if isinstance(when, str):
        when = parse_iso(when)
    plain = Capture(url=capture.url, fetched_at=when, status=original["status"], body=original["body"],
                    headers=original["headers"], final_url=original["url"], redirects=capture.redirects,
                    source="crawl", site=capture.site, site_name=capture.site_name, found_by=capture.found_by,
                    fetcher="html", escalation=capture.escalation)
    return dataclasses.replace(capture, original_sha256=plain.body_sha256), plain


def register(db, item, now=None) -> None:
    """A company's end of crawl (a SiteItem, or its dict): the company registered, its moved policies marked,
    and its rediscovery scheduled (`schedule.discovery_done`) unless the crawl did not look at the site."""
    ensure_site(db, item["site"], name=item.get("name"), homepage=item.get("homepage"))
    for old in item.get("moved_from") or []:
        schedule.mark_moved(db, old, item["policy_url"])
    if item.get("looked", True):
        schedule.discovery_done(db, item["site"], found=bool(item.get("policy_url")), now=now,
                                reason=item.get("reason"))


class ArchivePipeline:
    def __init__(self, db_path: str, stats=None, workers: int = 0):
        self.db_path = db_path
        self.stats = stats
        self.db = None
        self.executor: ThreadPoolExecutor | None = None
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.crawler = None
        self.renewed = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("ARCHIVE_DB"), crawler.stats, crawler.settings.getint("EXTRACT_WORKERS"))
        pipeline.crawler = crawler
        return pipeline

    def _pool(self) -> ProcessPoolExecutor | None:
        if self.pool is None and self.workers > 1:
            # spawn, not fork: this process runs a reactor and threads
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=worker_init)
        return self.pool

    def open_spider(self):
        if self.workers <= 0:  # auto: worker processes pay off past a few dozen companies
            seeds = len(getattr(getattr(self.crawler, "spider", None), "seeds", []) or [])
            self.workers = min(4, os.cpu_count() or 1) if seeds >= AUTO_POOL_SEEDS else 1
        log.info("extraction in %s", f"{self.workers} processes" if self.workers > 1 else "the writer thread")
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self.executor.submit(self._open).result()  # schema ready before the spider reads validators

    def _open(self):
        self.db = open_archive(self.db_path)

    def close_spider(self):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.executor is not None:
            self.executor.submit(self._close).result()
            self.executor.shutdown(wait=True)

    def _close(self):
        if self.db is not None:
            self.db.close()
            self.db = None

    def _register(self, item):
        register(self.db, item)

    def _record(self, capture, extraction=None, original=None):
        with transaction(self.db):  # the capture and its next check commit together: a kill never re-fetches
            if original is not None:  # a rendering: the plain response it was made from is a capture too, first
                record(self.db, original)
            outcome = record(self.db, capture, extraction=extraction)
            if outcome.status != DUPLICATE:
                schedule.record_check(self.db, capture.url, outcome.status, outcome.reason,
                                      pinned=capture.found_by == "pinned")
        if time.monotonic() - self.renewed > 60:  # a long crawl keeps its lease on the archive
            schedule.renew_lease(self.db)
            self.renewed = time.monotonic()
        return outcome


    async def process_item(self, item):
        loop = asyncio.get_running_loop()
        if isinstance(item, SiteItem):
            await loop.run_in_executor(self.executor, self._register, item)
            return item
        if not isinstance(item, PolicyItem):
            return item
        # the crawl's clock is kept to the second, as HTTP dates and WARC/1.0 are: a history reads
        # 2024-05-01T06:00:00Z, and WARC/1.1 imports alone carry fractions
        capture = Capture(url=item["url"], fetched_at=item["fetched_at"].replace(microsecond=0), status=item["status"],
                          body=item.get("body") or b"", headers=item.get("headers") or {},
                          final_url=item.get("final_url"), redirects=tuple(item.get("redirects") or ()),
                          source="crawl", site=item.get("site"), site_name=item.get("site_name"),
                          found_by=item.get("found_by"), error=item.get("error"),
                          fetcher=item.get("fetcher") or "html", escalation=item.get("escalation"))
        capture, original = with_original(capture, item.get("original"))
        extraction = None
        if 200 <= capture.status < 300 and capture.body and self._pool() is not None \
                and not await loop.run_in_executor(self.executor, extraction_known, self.db, capture):
            extraction = await asyncio.wrap_future(
                self.pool.submit(try_extract, capture.body, capture.content_type, capture.url))
        outcome = await loop.run_in_executor(self.executor, self._record, capture, extraction, original)
        if original is not None and self.stats is not None:
            self.stats.inc_value(f"archive/rendered/{outcome.status}")
        item["outcome"], item["reason"], item["version"] = outcome.status, outcome.reason, outcome.version
        if self.stats is not None:
            self.stats.inc_value(f"archive/{outcome.status}")
        log.info("%s %s%s", outcome.status, item["url"], f" ({outcome.reason})" if outcome.reason else "")
        return item
