"""The crawl's http / https download handler when pages may be rendered: Scrapy's own HTTP handler for every
plain fetch, and for a request marked meta['playwright'] (an escalation, crawler/browser.py) the Chromium
handler of crawler/chromium.py, created at the first such request.

So a crawl in which no page needs the browser does not even import Playwright or scrapy-playwright, let
alone start Chromium: it costs what a crawl with --browser never costs.
"""
from __future__ import annotations

from scrapy import version_info as _scrapy_version
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

_ASYNC_API = _scrapy_version >= (2, 14, 0)  # download_request(request) is a coroutine from Scrapy 2.14


class BrowserRouterHandler(HTTP11DownloadHandler):
    lazy = False

    def __init__(self, crawler, *args, **kwargs):
        if _ASYNC_API:
            super().__init__(crawler)
        else:  # pragma: no cover - Scrapy 2.13
            super().__init__(crawler.settings, crawler)
        self._crawler = crawler
        self._chromium = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _browser(self):
        if self._chromium is None:
            from .chromium import ChromiumDownloadHandler
            self._chromium = ChromiumDownloadHandler.from_crawler(self._crawler)
        return self._chromium

    if _ASYNC_API:
        async def download_request(self, request):
            if request.meta.get("playwright"):
                return await self._browser().download_request(request)
            return await super().download_request(request)

        async def close(self):
            if self._chromium is not None:
                await self._chromium.close()
            await super().close()
    else:  # pragma: no cover - Scrapy 2.13
        def download_request(self, request, spider):
            if request.meta.get("playwright"):
                return self._browser().download_request(request, spider)
            return super().download_request(request, spider)

        def close(self):
            from twisted.internet.defer import DeferredList
            closing = [super().close()] + ([self._chromium.close()] if self._chromium is not None else [])
            return DeferredList(closing)
