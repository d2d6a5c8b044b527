"""Scrapy settings of the policy crawler: only what is live, each with why.

Every value can be overridden with `-s NAME=VALUE` (scrapy crawl) or the `policy-archive crawl` options.
"""
import os

from scrapy.settings import default_settings as _default

BOT_NAME = "policy-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Where captures go (the archive's own default, so `scrapy crawl` and `policy-archive crawl` agree).
ARCHIVE_DB = os.environ.get("POLICY_ARCHIVE_DB", "archive.db")

# Who we are: site owners can see what crawls them and whom to ask. The spider builds USER_AGENT as
# "policy-archive/<version> (+CONTACT_URL)" unless USER_AGENT is set explicitly. The default names the
# project; set your own (--contact, $POLICY_ARCHIVE_CONTACT) for real crawls: the spider warns otherwise.
DEFAULT_CONTACT_URL = "https://github.com/policy-archive/policy-archive"
CONTACT_URL = os.environ.get("POLICY_ARCHIVE_CONTACT", DEFAULT_CONTACT_URL)

# Politeness.
ROBOTSTXT_OBEY = True  # a policy behind a robots.txt disallow is reported, not fetched
ROBOTSTXT_KEEP_SECS = 24 * 3600  # kept beside the archive (ARCHIVE_DB.robots.sqlite) for less than RFC 9309's
# 24 hours: a recrawl within the day asks each company only for its policy
CONCURRENT_REQUESTS = 256  # many companies at once: requests waiting out a host's delay count too, and a
# recrawl's policy request waits ~0.5 s after its host's robots.txt (a day-later recrawl of 1000 sites: 18 s at 64)...
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # ...but never more than 2 requests in flight per host
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"  # broad crawl: spread over hosts
AUTOTHROTTLE_ENABLED = True  # adapt the per-host delay to the server's latency
EXTENSIONS = {"scrapy.extensions.throttle.AutoThrottle": None,  # ...counting a 304 as a healthy answer
              "crawler.extensions.RecrawlAutoThrottle": 0}
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0  # on average one request at a time per host
DOWNLOAD_DELAY = 0.25  # the floor AutoThrottle never goes below...
# ...and a real floor: randomised (0.5-1.5x), two requests could come 0.125 s apart; randomising hides a
# crawler's rhythm, and we identify ourselves instead. Scrapy 2.19 replaced RANDOMIZE_DOWNLOAD_DELAY (which
# now warns on every crawl) with DOWNLOAD_DELAY_JITTER; older releases know only the former.
from scrapy.settings import default_settings as _scrapy_defaults  # noqa: E402
if hasattr(_scrapy_defaults, "DOWNLOAD_DELAY_JITTER"):
    DOWNLOAD_DELAY_JITTER = 0.0
else:
    RANDOMIZE_DOWNLOAD_DELAY = False
CONCURRENT_ITEMS = 2  # a response yields an item, a site record, the next request; Scrapy starts this many
# tasks for each response (default 100: a tenth of a recrawl's CPU went to creating them)
COOKIES_ENABLED = False  # policies are public pages: no session, no consent cookies stored. The cookies
# middleware is taken out of the base list (below), not only disabled: importing it costs 50 ms of every start
# (tldextract, requests). To crawl with cookies, set COOKIES_ENABLED and list it in DOWNLOADER_MIDDLEWARES.

# Failures: bounded and backed off.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 408, 522, 524]
RETRY_BACKOFF_BASE = 1.0  # seconds; doubled on each retry when the server gives no Retry-After
RETRY_BACKOFF_MAX = 30.0
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # an expected per-URL failure: the closing report gives it per company
RETRY_AFTER_MAX = 120.0  # a longer Retry-After means "not today": give up and record the status
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024  # a policy (even a PDF) is far smaller; bigger is something else
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

# Fetch safety: refuse private / loopback / link-local addresses unless allowed (tests, the demo).
ALLOW_PRIVATE = False
TWISTED_DNS_RESOLVER = "crawler.middlewares.SafeResolver"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.HeldResponseMiddleware": 10,  # a page discovery holds already is not fetched again
    "crawler.middlewares.FetchSafetyMiddleware": 50,  # before robots.txt: an unsafe URL costs no fetch
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.KeptRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.PoliteRetryMiddleware": 550,  # honours Retry-After, backs off
    "crawler.middlewares.BrowserEscalationMiddleware": 540,  # a final plain answer that needs rendering is
    # asked again of the browser (after redirects and retries, before robots.txt and the safety checks)
    "crawler.process.InterruptedMiddleware": 990,  # nearest the download: nothing is sent once Ctrl-C stops it
}
ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 300}

# Pages that need a browser (crawler/browser.py): every page is fetched as plain HTML first and rendered in
# Debian's Chromium through scrapy-playwright only when it needs it (a JavaScript shell, a challenge, an empty
# body with scripts, a homepage whose links scripts build). never | auto | always; a seed may say browser=MODE.
BROWSER = "auto"
BROWSER_EXECUTABLE = "/usr/bin/chromium"  # Playwright's own browser download is not used
BROWSER_NAVIGATION_TIMEOUT = 20.0  # seconds for the page to load (DOMContentLoaded)...
BROWSER_SETTLE_TIMEOUT = 10.0  # ...then for its DOM to settle with readable text; past that: a failed capture
BROWSER_QUIET_MS = 500  # settled = no DOM change for this long
BROWSER_MAX_PAGES = 2  # pages rendered at once: each holds one or two renderer processes (~50 MB each, PSS);
# more would not render faster on a 2-core machine
BROWSER_RESTART_EVERY = 100  # pages; Chromium is restarted when idle after this many, so memory stays bounded
BROWSER_MAX_SUBREQUESTS = 50  # the browser's own requests per page (scripts, XHR...), beyond the page itself
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 2  # a context is one company's, whose requests come one chain at a time
# scrapy-playwright needs the asyncio reactor (Scrapy's default since 2.13; said here so a change is seen)
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

EXTRACT_WORKERS = 0  # extraction processes ahead of the archive's one writer; 0 = one per core (max 4) from 30 seeds
CHECK_WORKERS = 0  # processes for discovery's policy check (the classifier); 0 = one from 30 seeds; -1 = none

# Discovery: skip it for sites whose policy URLs the archive knows, unless REDISCOVER.
REDISCOVER = False

LOG_LEVEL = "INFO"

# Nothing to inspect remotely, no open ports besides our fetches: Scrapy's telnet console and (2.19+) HTTP
# control port are taken out of the base list, not just disabled, so they are not even imported (listing an
# extension in EXTENSIONS, even as None, imports it; aiohttp alone is 0.1 s of every start).
EXTENSIONS_BASE = {k: v for k, v in _default.EXTENSIONS_BASE.items()
                   if k.rsplit(".", 1)[-1] not in ("TelnetConsole", "RemoteControl")}
DOWNLOADER_MIDDLEWARES_BASE = {k: v for k, v in _default.DOWNLOADER_MIDDLEWARES_BASE.items()
                               if not k.endswith(".CookiesMiddleware")}
