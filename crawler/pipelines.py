"""The one way the crawler writes: every capture goes through `archive.record`.

`record` extracts text (CPU-heavy) and writes SQLite (blocking), so it runs on one dedicated worker
thread with its own connection, opened there: the reactor keeps downloading meanwhile, and the archive
sees one writer.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from archive import Capture, open_archive, record

from .items import PolicyItem, SiteItem

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, db_path: str, stats=None):
        self.db_path = db_path
        self.stats = stats
        self.db = None
        self.executor: ThreadPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("ARCHIVE_DB"), crawler.stats)

    def open_spider(self):
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self.executor.submit(self._open).result()  # schema ready before the spider reads validators

    def _open(self):
        self.db = open_archive(self.db_path)

    def close_spider(self):
        if self.executor is not None:
            self.executor.submit(self._close).result()
            self.executor.shutdown(wait=True)

    def _close(self):
        if self.db is not None:
            self.db.close()
            self.db = None

    def _register(self, item):
        from archive.store import ensure_site
        ensure_site(self.db, item["site"], name=item.get("name"), homepage=item.get("homepage"))

    def _record(self, capture):
        return record(self.db, capture)

    async def process_item(self, item):
        loop = asyncio.get_running_loop()
        if isinstance(item, SiteItem):
            await loop.run_in_executor(self.executor, self._register, item)
            return item
        if not isinstance(item, PolicyItem):
            return item
        capture = Capture(url=item["url"], fetched_at=item["fetched_at"], status=item["status"],
                          body=item.get("body") or b"", headers=item.get("headers") or {},
                          final_url=item.get("final_url"), source="crawl", site=item.get("site"),
                          site_name=item.get("site_name"), found_by=item.get("found_by"))
        outcome = await loop.run_in_executor(self.executor, self._record, capture)
        item["outcome"], item["reason"], item["version"] = outcome.status, outcome.reason, outcome.version
        if self.stats is not None:
            self.stats.inc_value(f"archive/{outcome.status}")
        log.info("%s %s%s", outcome.status, item["url"], f" ({outcome.reason})" if outcome.reason else "")
        return item
