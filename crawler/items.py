"""What the spider hands to the pipeline."""
import scrapy


class PolicyItem(scrapy.Item):
    """One fetch of a policy document, raw: the archive's `record` decodes and extracts it."""

    url = scrapy.Field()  # the URL asked for: the document's identity
    final_url = scrapy.Field()  # after redirects
    redirects = scrapy.Field()  # [[url, status], ...]: the redirects followed to final_url
    status = scrapy.Field()  # 200, 304 (unchanged since the stored validators), or an error status
    body = scrapy.Field()  # raw bytes, undecoded
    headers = scrapy.Field()  # dict, lower-case names
    fetched_at = scrapy.Field()  # aware UTC datetime
    site = scrapy.Field()  # the company's key: the seed homepage's host
    site_name = scrapy.Field()
    found_by = scrapy.Field()  # discovery rule: rel=privacy-policy, footer-link, legal-hub, sitemap, ...
    outcome = scrapy.Field()  # set by the pipeline: new_version / unchanged / rejected / duplicate
    reason = scrapy.Field()  # set by the pipeline for a rejected capture
    version = scrapy.Field()  # set by the pipeline
    error = scrapy.Field()  # status 0: why the fetch got no response (timeout, DNS, refused...)
    fetcher = scrapy.Field()  # "html" (the HTTP response) or "browser" (the DOM Chromium rendered)
    escalation = scrapy.Field()  # why the page was sent to the browser (crawler/browser.py), or None
    original = scrapy.Field()  # a browser capture's plain response {url, status, headers, body, fetched_at}

    def __repr__(self):  # what Scrapy logs of an item the pipeline failed on: not the whole body
        return (f"<PolicyItem {self.get('url')} status {self.get('status')}, {len(self.get('body') or b'')} bytes, "
                f"fetched {self.get('fetched_at')}>")


class SiteItem(scrapy.Item):
    """The end of one company's crawl: registers the company even when no policy was found."""

    site = scrapy.Field()
    name = scrapy.Field()
    homepage = scrapy.Field()
    policy_url = scrapy.Field()  # None when none was found
    found_by = scrapy.Field()
    reason = scrapy.Field()  # why none was found
    moved_from = scrapy.Field()  # known policy URLs that vanished and were replaced by policy_url
    looked = scrapy.Field()  # False when this crawl refused to fetch the site itself (a private address without
    # --allow-private): that says nothing of the site, so no rediscovery back-off starts


_RANK = {"new_version": 0, "unchanged": 1, "duplicate": 2}  # then rejected, not recorded


def closing_outcome(by_url: dict[str, dict], policy_url: str | None) -> dict | None:
    """The outcome a company's closing-table row reports, of its captures' in this crawl (`by_url`: the last
    outcome per URL asked for, dicts with an "outcome" key): the policy URL's; else, when it was reached by
    another address (a redirect, a known document), the best of them. A known address that fails (an old
    `https://` URL beside the live one) must not hide the live policy's new version (a fresh user's trial)."""
    if not by_url:
        return None
    if policy_url in by_url:
        return by_url[policy_url]
    best = lambda outcomes: min(outcomes, key=lambda o: _RANK.get(o.get("outcome"), 3))  # noqa: E731
    alike = [o for url, o in by_url.items() if policy_url and _form(url) == _form(policy_url)]
    return best(alike or by_url.values())  # the policy URL written otherwise (a trailing slash), else any


def _form(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()
