"""One URL fetched as a crawl fetches it, browser escalation included: the child process behind
`crawler.browser.fetch_with_escalation` (Scrapy's reactor runs once per process).

    python -m crawler.browser_fetch '{"url": ..., "browser": "auto", "allow_private": false, "out": PATH,
                                      "db": PATH, "settings": {}}'

Writes the result as JSON to `out` (bodies as hex). The crawler's settings, middlewares (robots.txt, fetch
safety, retries, escalation) and download handlers apply; nothing is written to an archive.
"""
from __future__ import annotations

import json
import sys

import scrapy


class FetchOneSpider(scrapy.Spider):
    name = "fetch-one"

    def __init__(self, url: str, mode: str, result: dict, **kwargs):
        super().__init__(**kwargs)
        self.url, self.mode, self.result = url, mode, result
        self.seeds = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        from . import browser
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.browser_enabled = browser.configure(crawler.settings, [])
        return spider

    async def start(self):
        from urllib.parse import urlsplit
        meta = {"handle_httpstatus_all": True}
        if self.mode in ("auto", "always"):
            meta.update(browser=self.mode, browser_site=urlsplit(self.url).hostname or "default")
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed, meta=meta, dont_filter=True)

    @staticmethod
    def _plain(url, status, headers, body) -> dict:
        return {"url": url, "final_url": url, "status": status, "headers": headers, "body": body.hex()}

    def parse(self, response):
        headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        self.result.update(self._plain(response.url, response.status, headers, response.body),
                           url=self.url, fetcher="html", escalation=None, original=None, error=None)
        if response.meta.get("playwright"):
            o = response.meta["browser_original"]
            self.result.update(fetcher="browser", escalation=response.meta.get("browser_escalation"),
                               original=self._plain(o["url"], o["status"], o["headers"], o["body"]))
        return None

    def failed(self, failure):
        from .spiders.policies import _why
        meta = failure.request.meta
        o = meta.get("browser_original")
        self.result.update(url=self.url, final_url=failure.request.url, status=0, headers={}, body="",
                           fetcher="browser" if meta.get("playwright") else "html",
                           escalation=meta.get("browser_escalation"), error=_why(failure),
                           original=self._plain(o["url"], o["status"], o["headers"], o["body"]) if o else None)
        return None


def main(argv):
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    args = json.loads(argv[1])
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ARCHIVE_DB", args["db"], priority="cmdline")
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("LOG_LEVEL", "ERROR", priority="cmdline")
    settings.set("BROWSER", args.get("browser") or "auto", priority="cmdline")
    settings.set("ALLOW_PRIVATE", bool(args.get("allow_private")), priority="cmdline")
    for name, value in (args.get("settings") or {}).items():
        settings.set(name, value, priority="cmdline")
    result: dict = {}
    process = CrawlerProcess(settings)
    process.crawl(FetchOneSpider, url=args["url"], mode=settings.get("BROWSER"), result=result)
    process.start()
    if not result:
        result = {"url": args["url"], "final_url": args["url"], "status": 0, "headers": {}, "body": "",
                  "fetcher": "html", "escalation": None, "original": None, "error": "not fetched"}
    with open(args["out"], "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main(sys.argv)
