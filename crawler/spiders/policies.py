"""The `policies` spider: seeds -> homepage -> discovery -> the policy, fetched into the archive.

    scrapy crawl policies -a seeds=seeds.txt [-a rediscover=1] [-s ALLOW_PRIVATE=1]

Per company, one chain of requests at a time, stopping at the first page that reads as a privacy policy:
  pinned URL (from the seeds file)  or  the URLs the archive already knows (conditional GET, 304 =
  unchanged)  or  discovery: the homepage's links, best first (rel="privacy-policy", footer, link text in
  12 languages) -> one hop through a legal hub -> robots.txt Sitemap lines and /sitemap.xml -> common paths.
The hosts with the most requests ahead (a policy-hosting service, a redirect chain, a discovery) start first.
Links to an unrelated domain (a third party's policy) are never followed; another domain of the same
company and policy-hosting services are. Each company ends with a SiteItem saying what was found and how,
or why nothing was, unless the archive already says exactly that (its known policy answered as before).
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web._newclient import ResponseNeverReceived

from archive import clock, open_archive
from archive.extract.normalise import document_url
from archive.lookup import PERMANENT, Known, KnownSite, known_sites

from .. import browser, discover
from ..process import Interrupted
from ..items import PolicyItem, SiteItem
from ..middlewares import DNS_ERRORS, REFUSED_NAMES, UnsafeURL
from ..pipelines import AUTO_POOL_SEEDS
from ..seeds import Seed, read_seeds, seeds_from_args

log = logging.getLogger(__name__)

MAX_CANDIDATES = 4  # per stage: the best few links; beyond them a page is guessing
MAX_HUBS = 3  # legal hubs first, then legal pages (terms, legal notice) that may link the policy
MAX_SITEMAPS = 4
MAX_REQUESTS_PER_SITE = 24
DISCOVERY_REQUESTS = 4  # what a discovery typically takes: homepage, a candidate or two, a fallback
HOP_FROM = ("footer-link", "link", "rel=privacy-policy")  # rules whose rejected pages may link the policy
DOC_STATUSES = [304, 400, 401, 403, 404, 410, 429, 451, 500, 502, 503, 504]  # seen by callbacks, not dropped


def _version() -> str:
    try:
        return version("policy-archive")
    except PackageNotFoundError:  # pragma: no cover
        return "0"


def _headers(response) -> dict[str, str]:
    return {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def _why(failure) -> str:
    exc = failure.value
    if isinstance(exc, IgnoreRequest):
        msg = str(exc) or "ignored"
        return "blocked by robots.txt" if "robots.txt" in msg.lower() else msg
    if isinstance(exc, DNS_ERRORS):
        host = urlsplit(failure.request.url).hostname if getattr(failure, "request", None) else None
        if host in REFUSED_NAMES:
            return f"refused {failure.request.url}: {REFUSED_NAMES[host]}"
        msg = str(exc).rstrip(".")  # Twisted's ends its sentence; ours are joined into others
        return msg if msg.startswith("DNS lookup failed") else f"DNS lookup failed ({msg})"
    if isinstance(exc, browser.PageScriptFailed):  # its own words: "the page's script failed: TypeError: ..."
        return str(exc)
    if isinstance(exc, (TxTimeoutError, TimeoutError)) or "Timeout" in type(exc).__name__:
        return f"timed out ({exc})".replace(" ()", "")
    if isinstance(exc, ResponseNeverReceived) or "ConnectionDone" in repr(exc) or "ConnectionLost" in repr(exc):
        return "connection lost"  # (Scrapy 2.13 wraps a closed connection in DownloadFailedError)
    if "ConnectionRefused" in type(exc).__name__:
        return "connection refused"
    if type(exc).__name__ in ("CancelledError", "DownloadCancelledError"):
        return f"download cancelled ({str(exc).strip() or 'larger than DOWNLOAD_MAXSIZE, or stopped'})"
    if type(exc).__name__ == "ResponseDataLossError" or "PotentialDataLoss" in repr(exc):
        return "response cut short (fewer bytes than its Content-Length)"
    return f"{type(exc).__name__}: {exc}".strip()


# failures of a fetch that say the server cannot answer now, not that the page is gone (`_why`'s words); not a
# TLS failure or a body too large, which the next try meets again. A page whose own scripts failed (a broken
# bundle, deployed and soon mended) is the site's trouble for now too
_TRANSIENT_FAILURES = ("timed out", "connection refused", "connection lost", "response cut short",
                       "the page's script failed")


def _failing(state: "SiteState", url: str) -> bool:
    """Did the known document's last FAILING_AFTER checks fail? Then a failure now is no longer "for now": the
    crawl looks for the policy again (a page answering 503 for weeks may be gone; a colleague's review)."""
    known = state.archived.documents.get(url)
    return bool(known and known.failing)


def _held(state: "SiteState", url: str) -> bool:
    """Did the known document hold the policy (a version)? Then another page served in its place with 200 (a
    maintenance or error page) is the site's trouble for now, as a 503 is, not the policy gone."""
    known = state.archived.documents.get(url)
    return bool(known and known.held)


def _transient(status: int) -> bool:
    """An answer that says the server cannot serve the page now, not that the page is gone: 429 (RFC 6585) and
    the 5xx server errors (RFC 9110 §15.6)."""
    return status == 429 or 500 <= status < 600


def _document_url(request) -> str:
    """The URL asked for, the document's identity: before any redirect, remembered or followed."""
    return request.meta.get("document_url") or request.meta.get("policy_url") or \
        (request.meta.get("redirect_urls") or [request.url])[0]


def _heard(state: "SiteState", request, status: int | None = None) -> None:
    """Mark the company as having answered: a response under 500 to one of its pages, or a redirect on the way
    to a request that then failed (refused, unreachable). robots.txt is none of its pages (`crawler.cli`'s
    outage rule: not one company answered)."""
    state.answered |= (status is not None and status < 500) or bool(request.meta.get("redirect_urls"))


def unreachable(answers: dict[str, tuple[bool, str]]) -> str | None:
    """The error of a crawl in which not one company's page answered, or None. `answers`: site -> (answered,
    why no policy). A network or proxy down, or seeds naming no reachable site: the run fails, so that a
    scheduler or cron job sees it as it sees a run that could not record."""
    if not answers or any(answered for answered, _ in answers.values()):
        return None
    site = next(iter(answers))
    return (f"{'the company could not' if len(answers) == 1 else f'none of the {len(answers)} companies could'} be "
            f"reached ({site}: {answers[site][1]}); check the network and the seeds")


def _failed_answer(failure) -> int | None:
    """The status a failed request was answered with, if it was: an HttpError's response (a homepage's 406),
    or the plain response a failed rendering started from."""
    response = getattr(failure.value, "response", None)
    if response is not None:
        return response.status
    original = failure.request.meta.get("browser_original")
    return original.get("status") if isinstance(original, dict) else None


def _redirects(request) -> list:
    """The redirects followed to this request: [url, status] for each URL that answered with one."""
    return [[url, status] for url, status in zip(request.meta.get("redirect_urls", ()),
                                                 request.meta.get("redirect_reasons", ()))]


def _longest_hosts_first(starts: list[tuple]) -> list[tuple]:
    """Start requests as (url, expected requests on its host, ...), those to the hosts with the most requests
    ahead first (stable otherwise).

    Politeness spaces a host's requests by its delay, so a host with many (a policy-hosting service serving
    dozens of companies, a redirect chain, a discovery) is a crawl's critical path: started last, it is a tail
    of one request per delay after everything else is done (a third of a 1,000-company recrawl)."""
    hosts = [urlsplit(start[0]).hostname for start in starts]
    load = Counter()
    for host, start in zip(hosts, starts):
        load[host] += start[1]
    return [start for _, start in sorted(zip(hosts, starts), key=lambda pair: -load[pair[0]])]


def _fetcher_fields(meta) -> dict:
    """A PolicyItem's fetcher, escalation reason and (for a rendering) the plain response it started from."""
    if not meta.get("playwright"):
        return {"fetcher": "html"}
    return {"fetcher": "browser", "escalation": meta.get("browser_escalation"),
            "original": meta.get("browser_original")}


def _plain_response(request, original: dict):
    """The plain response an escalation started from, to go on with when the rendering failed."""
    from scrapy.http import HtmlResponse
    meta = {k: v for k, v in request.meta.items() if not k.startswith(("playwright", "browser_"))}
    meta["browser_failed"] = True
    return HtmlResponse(original["url"], status=original["status"], headers=original["headers"],
                        body=original["body"], request=request.replace(url=original["url"], meta=meta))


NOT_ARCHIVED = KnownSite(None, None, False, {})


@dataclass
class SiteState:
    seed: Seed
    stage: str = "start"
    queue: list = field(default_factory=list)  # Candidates of the current stage
    hubs: list = field(default_factory=list)
    hop_links: list = field(default_factory=list)  # links found on candidate pages that were not the policy
    sitemaps: list = field(default_factory=list)
    sitemap_urls: list = field(default_factory=list)
    tried: set = field(default_factory=set)
    held: dict = field(default_factory=dict)  # URL -> (status, headers, body) of a legal page read for its links
    lang: str = ""
    requests: int = 0
    pending_known: int = 0
    archived: KnownSite = NOT_ARCHIVED  # what the archive already has of this company
    policy_url: str | None = None
    found_by: str | None = None
    notes: list = field(default_factory=list)  # why candidates were refused, for the closing report
    failed_links: list = field(default_factory=list)
    fatal: str | None = None  # why discovery could not even start (homepage refused, DNS...)
    answered: bool = False  # one of the company's own pages answered (any status under 500; robots.txt is not one)
    moved_from: list = field(default_factory=list)  # known policy URLs that are gone or no longer the policy
    unanswered: list = field(default_factory=list)  # known policy URLs that failed for now (5xx, 429, timeout)
    done: bool = False

    def note(self, url: str, why: str, rule: str = ""):
        if rule == "legal-hub-page":  # a legal page tried as the policy after its links: most are not, and say so
            return                   # by the links they gave (or did not)
        self.notes.append((url, why))
        if rule and rule != "common-path":  # a link that should have worked, not a guess
            self.failed_links.append((url, why))


class PoliciesSpider(scrapy.Spider):
    name = "policies"

    def __init__(self, seeds=None, rediscover=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if seeds is None:
            raise ValueError("give seeds: scrapy crawl policies -a seeds=seeds.txt")
        if isinstance(seeds, str):
            self.seeds = read_seeds(seeds) if "://" not in seeds else seeds_from_args(seeds.split(","))
        else:
            self.seeds = list(seeds)
        self._rediscover_arg = rediscover
        self.sites: dict[str, SiteState] = {}
        self._checks: ProcessPoolExecutor | None | bool = None  # the policy check's process (see _check_document)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.browser_enabled = browser.configure(crawler.settings, spider.seeds)  # before the settings freeze
        return spider

    def _browser_meta(self, state: SiteState) -> dict:
        """meta marking a homepage or policy request as one the browser may render (crawler/browser.py). Empty
        when this process has no browser (`browser.configure`: a worker started with --browser never, whose
        tasks arrive after it starts, cannot honour a seed's browser=always)."""
        if not getattr(self, "browser_enabled", False):
            return {}
        mode = state.seed.browser or self.settings.get("BROWSER")
        return {"browser": mode, "browser_site": state.seed.site} if mode in ("auto", "always") else {}

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if settings.getpriority("USER_AGENT") <= settings.getpriority("CONTACT_URL") \
                and not str(settings.get("USER_AGENT", "")).startswith("policy-archive"):
            settings.set("USER_AGENT", f"policy-archive/{_version()} (+{settings.get('CONTACT_URL')})",
                         priority=settings.getpriority("CONTACT_URL"))

    # --- progress, for the CLI -----------------------------------------------------------------
    @property
    def sites_done(self) -> int:
        return sum(1 for s in self.sites.values() if s.done)

    # --- what the archive knows (read once, at the start; the pipeline's thread is the writer) ----------
    def _known_sites(self) -> dict[str, KnownSite]:
        db = open_archive(self.settings.get("ARCHIVE_DB"), readonly=True)
        try:
            return known_sites(db, [seed.site for seed in self.seeds])
        finally:
            db.close()

    @staticmethod
    def _conditional(known: Known | None) -> dict[str, str]:
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    # --- start --------------------------------------------------------------------------------
    async def start(self):
        rediscover = self._rediscover_arg
        rediscover = self.settings.getbool("REDISCOVER") if rediscover is None else \
            str(rediscover).lower() in ("1", "true", "yes")
        plan = self._known_sites()
        # (url, requests it is expected to take on its host, company, known document): each request is made only
        # when Scrapy asks for it, so a crawl of 100,000 companies does not hold 100,000 requests
        starts = []
        for seed in self.seeds:
            state = self.sites[seed.site] = SiteState(seed, archived=plan.get(seed.site, NOT_ARCHIVED))
            if seed.policy_url:
                state.stage = "pinned"
                starts.append((seed.policy_url, 1, state, None))
                continue
            known = [] if rediscover else [doc for doc in state.archived.documents.values() if not doc.moved]
            if known:
                state.stage = "known"
                state.pending_known = len(known)
                starts += [(doc.fetch_url, 1 + doc.redirected, state, doc) for doc in known]
            else:
                starts.append((seed.homepage, DISCOVERY_REQUESTS, state, None))
        for url, _, state, doc in _longest_hosts_first(starts):
            if doc is not None:
                yield self._doc_request(state, doc.url, "known", fetch_url=doc.fetch_url)
            elif state.stage == "pinned":
                yield self._doc_request(state, url, "pinned", check=False)
            else:
                yield self._home_request(state)

    def _home_request(self, state: SiteState):
        state.stage = "home"
        state.requests += 1
        state.tried.add(state.seed.homepage)
        return scrapy.Request(state.seed.homepage, callback=self.parse_home, errback=self.home_failed,
                              cb_kwargs={"state": state}, dont_filter=True,
                              meta={"handle_httpstatus_list": DOC_STATUSES, **self._browser_meta(state),
                                    "browser_page": "home"})

    def _doc_request(self, state: SiteState, url: str, rule: str, check: bool = True, fetch_url: str | None = None):
        """A request for document `url`, asked at `fetch_url` when the archive knows it redirects there for good."""
        state.requests += 1
        state.tried.add(url)
        meta = {"handle_httpstatus_list": DOC_STATUSES, **self._browser_meta(state)}
        if fetch_url and fetch_url != url:
            meta["document_url"] = url
        elif document_url(url) != url:  # the document is the URL without utm_* & co; fetched as linked
            fetch_url, url = url, document_url(url)
            meta["policy_url"] = url
            state.tried.add(url)
        return scrapy.Request(fetch_url or url, callback=self.parse_document, errback=self.document_failed,
                              headers=self._conditional(state.archived.documents.get(url)),
                              dont_filter=True,
                              cb_kwargs={"state": state, "rule": rule, "check": check}, meta=meta)

    def _unlink(self, state: SiteState, request, rule: str, check: bool, why: str):
        """A remembered permanent redirect's target that no longer serves the policy: ask the document's own
        URL, which says where it points now. What the old target answered is not the document's capture."""
        url = _document_url(request)
        log.info("%s: its permanent redirect's target %s answered %s; asking it again", url, request.url, why)
        return self._doc_request(state, url, rule, check)

    # --- the homepage --------------------------------------------------------------------------
    def parse_home(self, response, state: SiteState):
        _heard(state, response.request, response.status)
        if response.status >= 500:  # down (after retries): the rest of the site would fail too
            state.fatal = f"homepage: HTTP {response.status}"
            yield from self.finish(state)
            return
        if response.status >= 400 or not hasattr(response, "text"):
            state.note(response.url, f"homepage: HTTP {response.status}" if response.status >= 400
                       else "homepage is not HTML")
            yield from self.advance(state)
            return
        html = discover.decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        doc = discover.parse(html, response.url)
        state.lang = discover.page_lang(doc)
        home = state.seed.homepage
        cands = discover.homepage_candidates(None, response.url, home, doc=doc)
        state.queue = cands[:MAX_CANDIDATES]
        state.hubs = discover.hub_links(None, response.url, doc=doc)[:MAX_HUBS]
        if not cands and response.meta.get("browser") == "auto" and not browser.is_rendered(response) \
                and not response.meta.get("browser_failed") and browser.links_script_built(html):
            # no policy link in the plain HTML of a homepage whose links scripts write: render it first
            self.crawler.stats.inc_value("browser/escalated/script_links")
            yield browser.escalate(response.request, response, "script_links", self.settings)
            return
        state.stage = "links"
        yield from self.advance(state)

    def home_failed(self, failure):
        if failure.check(Interrupted):  # never sent: nothing to record (`crawler.process`)
            return
        state: SiteState = failure.request.cb_kwargs["state"]
        _heard(state, failure.request, _failed_answer(failure))
        why = _why(failure)
        if (original := failure.request.meta.get("browser_original")) is not None:
            # the rendering failed: discovery goes on from the plain homepage
            state.note(failure.request.url, f"homepage: {why}")
            yield from self.parse_home(_plain_response(failure.request, original), state)
            return
        if why != "blocked by robots.txt":  # refused, DNS, timeout, connection: the rest of the site would fail too
            state.fatal = why if why.startswith(("refused", "DNS")) else f"homepage: {why}"
            yield from self.finish(state)
            return
        state.note(failure.request.url, f"homepage: {why}")
        yield from self.advance(state)

    # --- candidates ------------------------------------------------------------------------------
    async def parse_document(self, response, state: SiteState, rule: str, check: bool):
        _heard(state, response.request, response.status)
        url = _document_url(response.request)
        relinked = "document_url" in response.meta
        if response.status == 304:
            yield self._item(response, state, rule, url)
            self._accepted(state, url, rule)
            for out in self._after_doc(state):
                yield out
            return
        if response.status >= 400 and relinked:
            yield self._unlink(state, response.request, rule, check, f"HTTP {response.status}")
            return
        if response.status >= 400:
            state.note(url, f"HTTP {response.status}", rule)
            # a known document that vanished, or one the archive holds found again by discovery (a policy URL
            # that keeps answering 404 while the homepage still links it): the archive records it, so its
            # history says how long the address has been refused, and its checks count the failures
            if rule in ("known", "pinned") or url in state.archived.documents:
                yield self._item(response, state, rule, url)
            if rule == "known" and response.status in (404, 410):
                state.moved_from.append(url)
            elif rule == "known" and _transient(response.status) and not _failing(state, url):
                state.unanswered.append(url)
            for out in self._after_doc(state):
                yield out
            return
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        verdict = await self._check_document(response.body, ctype, response.url) if check else None
        if verdict is None or verdict.is_policy:
            yield self._item(response, state, rule, url)
            self._accepted(state, url, rule)
        elif relinked:
            yield self._unlink(state, response.request, rule, check, f"not a policy ({verdict.reason})")
            return
        else:
            if rule != "legal-hub-page":  # a legal page tried as the policy: most are not (see `note`)
                state.notes.append((url, f"not a policy ({verdict.reason})"))
            if rule == "known":  # the archive keeps what the policy's URL now serves
                yield self._item(response, state, rule, url)
                if _held(state, url) and not _failing(state, url) and \
                        not any(status in PERMANENT for status in response.request.meta.get("redirect_reasons", ())):
                    # another page served in the policy's place (a maintenance page with 200, or behind a temporary
                    # redirect): for now, as a 503 is; the schedule backs off, and once its checks have been failing
                    # discovery looks again. A permanent redirect to another page (the homepage) is the policy gone
                    # from there: discovery looks now
                    state.unanswered.append(url)
                else:  # a page that never read as the policy, or that has not for FAILING_AFTER checks
                    state.moved_from.append(url)
            if rule in HOP_FROM and "html" in ctype.lower():
                # A "Privacy Center" or legal page linked as if it were the policy: one hop through it.
                html = discover.decode_html(response.body, ctype)
                state.hop_links += [c for c in discover.score_links(html, response.url, rule_default="legal-hub")
                                    if c.url not in state.tried and
                                    discover.same_company(state.seed.homepage, c.url)][:MAX_CANDIDATES]
        for out in self._after_doc(state):
            yield out

    async def _check_document(self, body: bytes, content_type: str, url: str) -> discover.Verdict:
        """`discover.check_document` (the page-type classifier, 5-20 ms of CPU a page), in the crawl's check
        process when it has one (CHECK_WORKERS), so the reactor goes on with other companies meanwhile."""
        if self._checks is None:
            n = self.settings.getint("CHECK_WORKERS")
            if n < 0 or (n == 0 and len(self.seeds) < AUTO_POOL_SEEDS):
                self._checks = False
            else:  # spawn, not fork: this process runs a reactor and threads
                from archive.extract import worker_init
                self._checks = ProcessPoolExecutor(max(1, n), mp_context=multiprocessing.get_context("spawn"),
                                                   initializer=worker_init)
                self.crawler.signals.connect(self._close_checks, signal=signals.spider_closed)
        if self._checks:
            try:
                return await asyncio.wrap_future(self._checks.submit(discover.check_document, body, content_type, url))
            except BrokenProcessPool:  # its process died (the OOM killer...): the rest of the crawl checks here
                log.warning("the policy-check process died; checking in the crawl's own process from now on")
                self._checks = False
        return discover.check_document(body, content_type, url)

    def _close_checks(self):
        if self._checks:
            self._checks.shutdown(wait=False, cancel_futures=True)

    def document_failed(self, failure):
        if failure.check(Interrupted):  # never sent: nothing to record (`crawler.process`)
            return
        kw = failure.request.cb_kwargs
        state: SiteState = kw["state"]
        _heard(state, failure.request, _failed_answer(failure))
        why = _why(failure)
        if "document_url" in failure.request.meta and "browser_original" not in failure.request.meta:
            yield self._unlink(state, failure.request, kw["rule"], kw["check"], why)
            return
        url = _document_url(failure.request)
        state.note(url, why, kw["rule"])
        # a failed check is a capture too: the schedule backs off; not a fetch of the policy's own address that
        # this crawl refused to make (a private address without --allow-private), which says nothing of the site
        # (a redirect to one, or to a file: URL, does)
        ours = failure.check(UnsafeURL) and "--allow-private" in str(failure.value) and \
            not _redirects(failure.request)
        if kw["rule"] == "known" and why.startswith(_TRANSIENT_FAILURES) and not _failing(state, url):
            state.unanswered.append(url)  # the server's trouble, for now
        if kw["rule"] in ("known", "pinned") and not ours:
            yield PolicyItem(url=url, final_url=failure.request.url, redirects=_redirects(failure.request),
                             status=0, body=b"", headers={}, fetched_at=clock.now(), site=state.seed.site,
                             site_name=state.seed.name, found_by=None, error=why,
                             **_fetcher_fields(failure.request.meta))
        yield from self._after_doc(state)

    def _accepted(self, state: SiteState, url: str, rule: str):
        if state.policy_url is None:
            state.policy_url, state.found_by = url, rule

    def _after_doc(self, state: SiteState):
        if state.stage == "known":
            state.pending_known -= 1
            if state.pending_known > 0:
                return
            if state.unanswered and not state.policy_url and not state.moved_from:
                # the server failed for now (an outage, a rate limit): the policy is where it was, no rediscovery;
                # the closing table shows its address and the failure, and its schedule backs off
                state.policy_url, state.found_by = state.unanswered[0], "known"
            if state.policy_url:
                yield from self.finish(state)
            else:  # every known document is gone or no longer the policy: find the policy again
                yield self._home_request(state)
            return
        if state.stage == "pinned" or state.policy_url:
            yield from self.finish(state)
            return
        yield from self.advance(state)

    def _item(self, response, state: SiteState, rule: str, url: str) -> PolicyItem:
        return PolicyItem(url=url, final_url=response.url, redirects=_redirects(response.request),
                          status=response.status,
                          body=b"" if response.status == 304 else response.body, headers=_headers(response),
                          fetched_at=clock.now(), site=state.seed.site,
                          site_name=state.seed.name,
                          found_by=None if rule == "known" else rule,  # keep the rule that first found it
                          **_fetcher_fields(response.meta))

    # --- the discovery ladder ------------------------------------------------------------------------
    def advance(self, state: SiteState):
        """Issue the next request of this company's discovery, or finish it."""
        while not state.done:
            if state.requests >= MAX_REQUESTS_PER_SITE:
                state.note(state.seed.homepage, f"gave up after {state.requests} requests")
                yield from self.finish(state)
                return
            while state.queue:
                cand = state.queue.pop(0)
                if cand.url in state.tried:
                    continue
                request = self._doc_request(state, cand.url, cand.rule)
                if (held := state.held.pop(cand.url, None)) and request.url == cand.url:
                    request.meta["held_response"] = held  # (crawler.middlewares.HeldResponseMiddleware)
                yield request
                return
            if state.stage == "links":
                state.stage = "hub"
            if state.stage == "hub" and state.hop_links:
                state.queue, state.hop_links = state.hop_links, []
                continue
            if state.stage == "hub":
                hub = next((h for h in state.hubs if h.url not in state.tried), None)
                if hub is not None:
                    state.hubs.remove(hub)
                    state.requests += 1
                    state.tried.add(hub.url)
                    yield scrapy.Request(hub.url, callback=self.parse_hub, errback=self.step_failed,
                                         cb_kwargs={"state": state}, dont_filter=True)
                    return
                state.stage = "robots"
                state.requests += 1
                yield scrapy.Request(urljoin(state.seed.homepage, "/robots.txt"), callback=self.parse_robots,
                                     errback=self.step_failed, cb_kwargs={"state": state}, dont_filter=True,
                                     meta={"handle_httpstatus_all": True})
                return
            if state.stage in ("robots", "sitemap"):
                if state.sitemaps:
                    url = state.sitemaps.pop(0)
                    state.stage = "sitemap"
                    state.requests += 1
                    state.tried.add(url)
                    yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.step_failed,
                                         cb_kwargs={"state": state}, dont_filter=True)
                    return
                state.stage = "sitemap-candidates"
                state.queue = discover.sitemap_candidates(state.sitemap_urls, state.seed.homepage)[:MAX_CANDIDATES]
                continue
            if state.stage == "sitemap-candidates":
                state.stage = "common"
                state.queue = [discover.Candidate(0, u, "common-path")
                               for u in discover.common_paths(state.seed.homepage, state.lang)]
                continue
            yield from self.finish(state)
            return

    def parse_hub(self, response, state: SiteState):
        _heard(state, response.request, response.status)
        if response.status < 400 and hasattr(response, "text"):
            html = discover.decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
            cands = discover.score_links(html, response.url, rule_default="legal-hub")
            state.queue = [c for c in cands if discover.same_company(state.seed.homepage, c.url)
                           or discover.same_company(response.url, c.url)][:MAX_CANDIDATES]
            # the legal page may hold the policy itself (the terms, the privacy policy and the imprint on one
            # page, "Aviso legal y política de privacidad"): tried after the links it gives, with the same check
            # (extraction keeps the policy's part of such a page)
            page = document_url(response.url)
            state.tried.discard(page)  # (asked as a hub, not yet as a document)
            state.queue.append(discover.Candidate(0, page, "legal-hub-page"))
            if page == response.url and response.status == 200:  # tried from what was read, not fetched again
                state.held[page] = (response.status, response.headers, response.body)
        yield from self.advance(state)

    def parse_robots(self, response, state: SiteState):
        sitemaps = []
        if response.status == 200:
            sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        default = urljoin(state.seed.homepage, "/sitemap.xml")
        state.sitemaps = [u for u in dict.fromkeys(sitemaps + [default])][:MAX_SITEMAPS]
        yield from self.advance(state)

    def parse_sitemap(self, response, state: SiteState):
        _heard(state, response.request, response.status)
        if response.status == 200:
            try:
                sm = Sitemap(response.body)
                locs = [entry["loc"] for entry in sm if entry.get("loc")]
                if sm.type == "sitemapindex":
                    room = MAX_SITEMAPS - len(state.sitemaps)
                    state.sitemaps += [u for u in locs if u not in state.tried][:max(0, room)]
                else:
                    state.sitemap_urls += locs
            except Exception as exc:  # a broken sitemap is just no sitemap
                state.note(response.url, f"unreadable sitemap ({exc})")
        yield from self.advance(state)

    def step_failed(self, failure):
        if failure.check(Interrupted):  # never sent: nothing to record (`crawler.process`)
            return
        state: SiteState = failure.request.cb_kwargs["state"]
        _heard(state, failure.request, _failed_answer(failure))
        state.note(failure.request.url, _why(failure))
        yield from self.advance(state)

    # --- the end of a company ----------------------------------------------------------------------
    interrupted = False  # the crawl was stopped (Ctrl-C) before every company was done: set by `crawler.cli`

    def reason(self, state: SiteState) -> str | None:
        if state.policy_url in state.unanswered:  # known, and failing for now (`_after_doc`)
            why = next((w for u, w in state.notes if u == state.policy_url), "no answer")
            return f"the policy at {state.policy_url}: {why}"
        if state.policy_url:
            return None
        if self.interrupted and not state.done:
            return "not finished: the crawl was interrupted"
        if state.fatal:
            return state.fatal
        refused = [why for _, why in state.notes if why.startswith("refused")]
        if refused:
            return refused[0]
        if any(n[1] == "blocked by robots.txt" for n in state.notes):
            blocked = [u for u, why in state.notes if why == "blocked by robots.txt"]
            if not any(why.startswith("not a policy") for _, why in state.notes):
                return f"blocked by robots.txt ({blocked[0]})"
        rejected = [(u, w) for u, w in state.notes if w.startswith("not a policy")]
        if rejected:
            n = len(rejected)
            return f"no page read as a privacy policy ({n} candidate{'' if n == 1 else 's'} refused, e.g. " \
                   f"{rejected[0][0]}: {rejected[0][1]})"
        if state.failed_links:
            url, why = state.failed_links[0]
            return f"the policy link failed: {url}: {why}"
        if state.notes and state.notes[0][1].startswith("homepage"):
            return state.notes[0][1]
        return "no privacy policy link, legal hub, sitemap entry or common path found"

    @staticmethod
    def _nothing_new(state: SiteState, moved: list[str]) -> bool:
        """The archive already says all a SiteItem would: the known policy answered, nothing moved, no failed
        discovery to clear, the seed names the company as before. A daily recrawl of thousands of companies
        then costs one item per company, not two (7% of its CPU)."""
        site, seed = state.archived, state.seed
        return (state.found_by == "known" and not moved and not site.discovery_pending
                and seed.homepage == site.homepage and seed.name in (None, site.name))

    def finish(self, state: SiteState):
        if state.done:
            return
        state.done = True
        state.stage = "done"
        if getattr(self, "browser_enabled", False):  # its browser context, if it had one, is closed
            self.crawler.signals.send_catch_log(browser.site_finished, site=state.seed.site)
        moved = [u for u in state.moved_from if state.policy_url and u != state.policy_url]
        if self._nothing_new(state, moved):
            return
        reason = self.reason(state)
        yield SiteItem(site=state.seed.site, name=state.seed.name, homepage=state.seed.homepage,
                       policy_url=state.policy_url, found_by=state.found_by, reason=reason, moved_from=moved,
                       looked=not (reason or "").endswith("(allowed with --allow-private)"))
