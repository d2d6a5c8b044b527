"""The Scrapy process a crawl and a cluster's worker run in: the first Ctrl-C (SIGINT, SIGTERM) stops it at once
and gracefully.

Scrapy's graceful stop finishes every request the downloader holds, and a request waiting in a host's queue for
its politeness delay is held: an operator's trial saw 39 requests sent after Ctrl-C and 76 s to stop (40 sites
on one host, 2 s a response). Those waiting requests are dropped unsent (`Interrupted`), and so is any request
that reaches the downloader after the stop (`InterruptedMiddleware`: one that waited for robots.txt, or for a
cluster's politeness slot); the requests under way finish and are recorded, and the companies left are "not
finished" (a worker gives them back)."""
from __future__ import annotations

import click
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure


class Interrupted(IgnoreRequest):
    """A request dropped before it was sent, because the crawl was stopped: no answer of the site's, so its
    errback records nothing (`crawler.spiders.policies`)."""


class InterruptedMiddleware:
    """The downloader middleware nearest the download: once the crawl is stopped, a request that reaches it
    (one that waited for its host's robots.txt, or for a cluster's politeness slot, while the stop began) is
    `Interrupted`, not sent. Requests already queued in a download slot are swept by `GracefulProcess`."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        if getattr(self.crawler, "interrupted", False):
            raise Interrupted("not sent: the crawl was interrupted")


class GracefulProcess(CrawlerProcess):
    """A CrawlerProcess that says `said` on stderr at the first Ctrl-C (the crawl logs at WARNING, where Scrapy's
    own note is not shown), remembers it (`interrupted`), and drops the requests not sent yet."""

    interrupted = False

    def __init__(self, settings, said: str):
        super().__init__(settings)
        self.said = said

    def _signal_shutdown(self, signum, frame):
        self.interrupted = True
        for crawler in self.crawlers:  # read by InterruptedMiddleware
            crawler.interrupted = True
        super()._signal_shutdown(signum, frame)

    def _log_shutdown(self, signum):  # called in the reactor's thread, where writing is safe
        from twisted.internet import reactor
        click.echo(self.said, err=True)
        for delay in (0, 1):  # after the graceful stop has begun (no request is queued after it), and once more
            reactor.callLater(delay, self.drop_queued)

    def drop_queued(self) -> int:
        """Fail every request waiting in a download slot's queue with `Interrupted`; how many."""
        dropped = 0
        for crawler in self.crawlers:
            downloader = getattr(crawler.engine, "downloader", None)
            for slot in list(getattr(downloader, "slots", {}).values()):
                while slot.queue:
                    _request, deferred = slot.queue.popleft()
                    deferred.errback(Failure(Interrupted("not sent: the crawl was interrupted")))
                    dropped += 1
        return dropped
