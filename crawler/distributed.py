"""A distributed crawl: a shared frontier on Redis (scrapy-redis), many workers, one archive writer.

    policy-archive crawl --redis URL [--due] [--wait] SEEDS   put the crawl on the frontier (beside the archive)
    policy-archive worker --redis URL [-s NAME=VALUE ...]     as many as wanted, on any machine
    policy-archive writer --redis URL                         exactly one, beside the archive file

The unit of work on the frontier is a **company** (a site task: its seed and what the archive knows of it:
its known documents and their validators, or "discover"). The spider's discovery is a per-company state
machine (homepage -> candidates -> hub -> sitemaps -> common paths) whose state lives in memory, so a
company's requests stay on the worker that claimed it; the frontier spreads companies over workers. A
worker claims tasks reliably (LMOVE into its own `working` list, never a plain pop: scrapy-redis's own
`fetch_data` pops, and a killed worker would lose what it popped), crawls them, and when a company is
done pushes ONE batch (every capture of the company, raw bodies included, and its site record) to the
archive's queue *and* removes the task from its working list in one atomic Lua script. A killed worker
therefore either delivered a company completely or not at all; its working list goes back to the frontier
once its heartbeat key expires (`REDIS_WORKER_TTL`), and a worker whose task was taken back in the
meantime (it stalled) has its late batch dropped by the same script: one batch per task, ever.

The writer moves batches from the queue to its own working list (BLMOVE), records them with
`archive.record` in one SQLite transaction per group of batches (`--batch`), with a receipt row per batch
(table `receipts`) in the same transaction, and only then removes them from Redis (LREM). Killed between
the commit and the LREM, it meets the batches again on restart (its working list is put back first) and
the receipts say they are recorded: nothing is recorded twice. `archive.record` itself also answers
DUPLICATE for a capture with the same document, time and body. A second writer on the same archive is
refused by the archive's crawl lease (`archive.schedule.acquire_lease`).

Politeness holds for the cluster: `ClusterPolitenessMiddleware` reserves each request's start on its host
in Redis (one Lua script, on Redis's clock): at most CONCURRENT_REQUESTS_PER_DOMAIN requests in flight per
host across all workers, starts at least the host's delay apart (the worker's AutoThrottle delay for the
host, never below DOWNLOAD_DELAY). A worker's own Scrapy slot keeps applying the same delay locally.

Redis keys (prefix `pa:`): `frontier` (list of tasks), `frontier:working:<worker>`, `workers` (set),
`worker:<id>` (heartbeat, with a TTL), `queued` (set of site keys on the frontier: a company is queued
once), `captures` (list of batches), `captures:working`, `captures:bad` (batches that cannot be recorded), `crawls` (set of unfinished crawls),
`crawl:<id>` (hash: kind, args, sites, run id, finished), `crawl:<id>:results` (hash: site -> its closing-table
row, counts and pages, set when recorded: the crawl is done when every site has one; every acknowledgement
is idempotent, so one repeated after a lost reply changes nothing; both expire FINISHED_TTL after the crawl),
`host:<host>` and `host:<host>:next` (politeness).
"""
from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import multiprocessing
import os
import re
import socket
import struct
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from urllib.parse import urlsplit, urlunsplit

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.spiders import RedisMixin

from archive import DUPLICATE, Capture, clock, record, schedule
from archive.errors import ArchiveError
from archive.lookup import Known, KnownSite
from archive.store import iso, parse_iso, transaction

from .items import PolicyItem, SiteItem, closing_outcome
from .pipelines import register, with_original
from .seeds import Seed
from .spiders.policies import NOT_ARCHIVED, PoliciesSpider, SiteState, unreachable

log = logging.getLogger(__name__)

PREFIX = "pa:"
FRONTIER = PREFIX + "frontier"
QUEUED = PREFIX + "queued"
WORKERS = PREFIX + "workers"
CAPTURES = PREFIX + "captures"
CAPTURES_WORKING = PREFIX + "captures:working"
CAPTURES_BAD = PREFIX + "captures:bad"
CRAWLS = PREFIX + "crawls"
MAGIC = b"PA1"
COUNTS = ("new_version", "unchanged", "rejected", "duplicate")


FINISHED_TTL = 7 * 86400  # seconds a finished crawl's keys stay in Redis


def working_key(worker: str) -> str:
    return f"{PREFIX}frontier:working:{worker}"


def alive_key(worker: str) -> str:
    return f"{PREFIX}worker:{worker}"


def crawl_key(crawl: str) -> str:
    return f"{PREFIX}crawl:{crawl}"


def results_key(crawl: str) -> str:
    return f"{PREFIX}crawl:{crawl}:results"


def client_for(url: str) -> redis.Redis:
    """A client for `url` (redis://HOST:PORT/DB), not connected yet; ArchiveError when it is no Redis URL."""
    try:
        return redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, retry_on_timeout=True)
    except ValueError as e:
        raise ArchiveError(f"--redis {shown(url)}: not a Redis URL ({e})") from None


def connect(url: str) -> redis.Redis:
    """A client for `url` (redis://HOST:PORT/DB); ArchiveError when it is no Redis URL or cannot be reached."""
    client = client_for(url)
    try:
        client.ping()
    except redis.RedisError as e:
        raise ArchiveError(f"cannot reach Redis at {shown(url)}: {e}") from None
    return client


def shown(url: str) -> str:
    """A Redis URL as it may be printed: without its password."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018
    except ValueError:  # not even a URL: whatever stands between '//' and '@' is hidden all the same
        return re.sub(r"(//[^/@]*?:)[^/@]*@", r"\1***@", url)
    if parts.password is None:
        return url
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


class _Outage:
    """Whether this process is waiting for Redis: one line when it is lost and one when it is back, not one per
    retry of every request (an operator's trial: 804 identical lines in 45 s of a restart)."""
    since: float | None = None

    @classmethod
    def failed(cls, what: str, error: Exception, delay: float) -> None:
        if cls.since is None:
            cls.since = time.monotonic()
            log.warning("Redis unavailable while %s (%s); waiting for it, retrying every %.1fs at most", what, error,
                        2.0)
        else:
            log.debug("Redis unavailable while %s (%s); retrying in %.1fs", what, error, delay)

    @classmethod
    def answered(cls) -> None:
        if cls.since is not None:
            log.warning("Redis answers again, after %.0fs", time.monotonic() - cls.since)
            cls.since = None


def _retrying(what: str, fn, *args, tries: int | None = None, **kwargs):
    """Call fn until Redis answers (a restart takes seconds): a lost connection is waited out, not fatal."""
    delay, n = 0.1, 0
    while True:
        try:
            result = fn(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError) as e:
            n += 1
            if tries is not None and n >= tries:
                raise
            _Outage.failed(what, e, delay)
            time.sleep(delay)
            delay = min(2.0, delay * 2)
        else:
            _Outage.answered()
            return result


async def _aretrying(what: str, fn, *args, **kwargs):
    """_retrying for the reactor: the waits do not block it."""
    delay = 0.1
    while True:
        try:
            result = fn(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError) as e:
            _Outage.failed(what, e, delay)
            await asyncio.sleep(delay)
            delay = min(2.0, delay * 2)
        else:
            _Outage.answered()
            return result


# --- site tasks ---------------------------------------------------------------------------------------------
def task_for(seed: Seed, known: KnownSite, crawl: str, rediscover: bool) -> bytes:
    """A site task as JSON: the seed, what the archive knows of the company, and the crawl it belongs to."""
    return json.dumps({
        "id": uuid.uuid4().hex, "crawl": crawl, "rediscover": rediscover,
        "seed": [seed.homepage, seed.name, seed.policy_url, seed.browser],
        "known": [known.name, known.homepage, known.discovery_pending,
                  [list(doc) for doc in known.documents.values()]],
    }, ensure_ascii=False, separators=(",", ":")).encode()


def read_task(raw: bytes) -> tuple[dict, Seed, KnownSite]:
    task = json.loads(raw)
    homepage, name, policy_url, browser = (task["seed"] + [None])[:4]  # a task queued before browser= travelled
    kname, khome, pending, docs = task["known"]
    documents = {d[0]: Known(*d) for d in docs}
    known = KnownSite(kname, khome, pending, documents) if (docs or khome or kname or pending) else NOT_ARCHIVED
    return task, Seed(homepage, name, policy_url, browser), known


def _hosts_first(tasks: list[tuple[str, int, bytes]]) -> list[bytes]:
    """Tasks to the hosts with the most requests ahead first (as the single-process spider orders its start)."""
    from collections import Counter
    from urllib.parse import urlsplit
    load = Counter()
    for url, n, _ in tasks:
        load[urlsplit(url).hostname] += n
    return [raw for url, _, raw in sorted(tasks, key=lambda t: -load[urlsplit(t[0]).hostname])]


def enqueue(client: redis.Redis, db, seeds: list[Seed], *, kind: str, args: str, rediscover: bool) -> dict:
    """Put a crawl on the frontier: one task per company not queued already. Returns {crawl, sites, skipped}.

    The crawl's record and its tasks are written in one MULTI, so a crawl is on the frontier whole or not at
    all (and once: a retry after a lost reply finds it there)."""
    from archive.lookup import known_sites

    from .spiders.policies import DISCOVERY_REQUESTS
    crawl = uuid.uuid4().hex[:12]
    queued = _retrying("reading the frontier", client.smismember, QUEUED, [s.site for s in seeds]) if seeds else []
    fresh = [s for s, q in zip(seeds, queued) if not q]
    plan = known_sites(db, [s.site for s in fresh])
    tasks = []
    for seed in fresh:
        known = plan.get(seed.site, NOT_ARCHIVED)
        docs = [] if rediscover else [d for d in known.documents.values() if not d.moved]
        first, cost = (seed.policy_url, 1) if seed.policy_url else \
            ((docs[0].fetch_url, len(docs)) if docs else (seed.homepage, DISCOVERY_REQUESTS))
        tasks.append((first, cost, task_for(seed, known, crawl, rediscover)))
    ordered = _hosts_first(tasks)

    def put():
        if client.exists(crawl_key(crawl)):  # a retry after a reply lost with the connection: it is there
            return
        pipe = client.pipeline(transaction=True)
        pipe.hset(crawl_key(crawl), mapping={"kind": kind, "args": args, "sites": len(tasks),
                                             "created": iso(clock.now())})
        pipe.sadd(CRAWLS, crawl)
        if tasks:
            pipe.sadd(QUEUED, *[s.site for s in fresh])
            for i in range(0, len(ordered), 1000):
                pipe.rpush(FRONTIER, *ordered[i:i + 1000])
        pipe.execute()
    _retrying("putting the crawl on the frontier", put)
    return {"crawl": crawl, "sites": len(tasks), "skipped": len(seeds) - len(fresh)}


def recover_dead_workers(client: redis.Redis) -> int:
    """Put the tasks of workers whose heartbeat expired (killed, or cut off) back at the frontier's head."""
    moved = 0
    for worker in client.smembers(WORKERS):
        worker = worker.decode()
        if client.exists(alive_key(worker)):
            continue
        while client.lmove(working_key(worker), FRONTIER, "RIGHT", "LEFT") is not None:
            moved += 1
        client.srem(WORKERS, worker)
        log.info("worker %s is gone: %d task(s) back on the frontier", worker, moved)
    return moved


def crawl_state(client: redis.Redis, crawl: str) -> dict:
    """The crawl's hash, with `pending`: companies not recorded yet (its sites less its results)."""
    pipe = client.pipeline(transaction=True)
    pipe.hgetall(crawl_key(crawl))
    pipe.hlen(results_key(crawl))
    raw, recorded = pipe.execute()
    state = {k.decode(): v.decode() for k, v in raw.items()}
    if state:
        state["pending"] = str(int(state.get("sites", 0)) - recorded)
    return state


def crawl_results(client: redis.Redis, crawl: str) -> dict[str, dict]:
    """Site -> what the writer recorded of it: {"row": closing-table row, "counts": {...}, "pages": n}."""
    return {k.decode(): json.loads(v) for k, v in client.hgetall(results_key(crawl)).items()}


def queue_lengths(client: redis.Redis) -> dict[str, int]:
    pipe = client.pipeline(transaction=False)
    for key in (FRONTIER, CAPTURES, CAPTURES_WORKING):
        pipe.llen(key)
    frontier, captures, working = pipe.execute()
    return {"frontier": frontier, "captures": captures, "captures_working": working}


# --- batches: what a worker sends the writer --------------------------------------------------------------
def _extraction_json(extraction, url: str) -> dict | None:
    from archive.extract import Extraction, ExtractionRejected, extractor_id
    if isinstance(extraction, Extraction):
        return {"ok": dataclasses.asdict(extraction), "extractor": extractor_id(url)}
    if isinstance(extraction, ExtractionRejected):
        return {"rejected": [extraction.reason, extraction.detail], "extractor": extractor_id(url)}
    return None


def _extraction_from(data: dict | None, url: str):
    """The worker's extraction, when this writer would extract alike (`extractor_id`: the same extractor, and
    the same rule for the page's site)."""
    from archive.extract import Extraction, ExtractionRejected, extractor_id
    if not data or data.get("extractor") != extractor_id(url):
        return None
    if "ok" in data:
        return Extraction(**data["ok"])
    return ExtractionRejected(*data["rejected"])


def encode_batch(header: dict, bodies: list[bytes]) -> bytes:
    """MAGIC, the JSON header's length (4 bytes, big-endian), the header, then the raw bodies in item order
    (`bodies`: each item's body, then, for a browser capture, the plain response it was rendered from)."""
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    return MAGIC + struct.pack(">I", len(head)) + head + b"".join(bodies)


def decode_batch(raw: bytes) -> tuple[dict, list[bytes]]:
    if not raw.startswith(MAGIC):
        raise ValueError("not a policy-archive batch")
    (n,) = struct.unpack(">I", raw[3:7])
    header = json.loads(raw[7:7 + n])
    bodies, at = [], 7 + n
    for item in header["items"]:
        size = item.get("body_len", 0)
        bodies.append(raw[at:at + size])
        at += size
        if (original := item.get("original")) is not None:  # a rendering's plain response follows its body
            original["body"] = raw[at:at + original["body_len"]]
            at += original["body_len"]
    if at != len(raw):
        raise ValueError("batch length does not match its header")
    return header, bodies


# --- the worker ---------------------------------------------------------------------------------------------
class SiteDone(dict):
    """Internal marker the worker spider yields after a company's last item: its batch can go."""


class AsyncStartRedisMixin(RedisMixin):
    """scrapy-redis's RedisMixin for Scrapy >= 2.13, which starts a spider with `async def start()` and no
    longer calls `start_requests()` (scrapy-redis 0.9.1 predates it; rmax/scrapy-redis#305, PR #316 open).

    - `start()` yields the first batch from Redis;
    - `spider_idle` never lets a Redis error close the spider (a restart of Redis is waited out);
    - `fetch_data` may be replaced (the worker claims reliably, see `WorkerSpider._claim`).
    """

    async def start(self):
        for request in self.next_requests():
            yield request

    def spider_idle(self):
        try:
            super().spider_idle()
        except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError) as e:
            _Outage.failed("idle", e, 5.0)
            raise DontCloseSpider from None


class WorkerSpider(AsyncStartRedisMixin, PoliciesSpider):
    """The policies spider fed by the shared frontier: a task is one company, crawled here whole.

    Nothing of the spider's discovery changes; only where companies come from (Redis, not a seeds file and
    the archive) and that each company's end is marked, so that its captures leave in one batch."""

    name = "policies-worker"
    redis_key = FRONTIER

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("seeds", [])
        super().__init__(*args, **kwargs)
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.tasks: dict[str, SiteState] = {}  # task id -> state, while the company is crawled here
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        return spider

    def setup_redis(self, crawler=None):
        settings = (crawler or self.crawler).settings
        super().setup_redis(crawler)
        self.fetch_data = self._claim
        self.in_flight = settings.getint("REDIS_SITES_IN_FLIGHT")
        self.claim = max(1, settings.getint("REDIS_SITES_CLAIMED"))
        self.ttl = settings.getfloat("REDIS_WORKER_TTL")
        self.max_idle_time = settings.getint("MAX_IDLE_TIME_BEFORE_CLOSE")
        self.working = working_key(self.worker_id)
        self._claim_script = self.server.register_script(CLAIM_LUA)
        self.spider_idle_start_time = int(time.time())  # scrapy-redis sets it when its module is imported
        self._heartbeat()
        crawler.signals.connect(self._opened, signal=signals.spider_opened)
        crawler.signals.connect(self._closed, signal=signals.spider_closed)

    # --- heartbeat, feeding ------------------------------------------------------------------------
    def _heartbeat(self):
        pipe = self.server.pipeline(transaction=True)
        pipe.sadd(WORKERS, self.worker_id)
        pipe.set(alive_key(self.worker_id), iso(clock.now()), px=int(self.ttl * 1000))
        pipe.execute()

    def _opened(self, spider):
        from twisted.internet import task
        self.loop = task.LoopingCall(self._tick)
        self.loop.start(min(0.25, self.ttl / 4), now=False)

    def _tick(self):
        """Every quarter second: renew the heartbeat, take back dead workers' tasks, top up the companies
        in flight to REDIS_SITES_IN_FLIGHT (Scrapy would otherwise ask only when wholly idle)."""
        try:
            self._heartbeat()
            if time.monotonic() - getattr(self, "_recovered", 0) > self.ttl / 2:
                self._recovered = time.monotonic()
                recover_dead_workers(self.server)
            if len(self.tasks) < self.in_flight and self.crawler.engine is not None:
                self.schedule_next_requests()
        except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError) as e:
            _Outage.failed("renewing the worker's heartbeat", e, 0.25)
        else:
            _Outage.answered()

    def _closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        try:  # a worker stopped cleanly gives its unfinished companies back at once
            while self.server.lmove(self.working, FRONTIER, "RIGHT", "LEFT") is not None:
                pass
            self.server.delete(alive_key(self.worker_id))
            self.server.srem(WORKERS, self.worker_id)
        except redis.RedisError as e:
            log.warning("could not give back the unfinished companies (%s): they return when the heartbeat "
                        "expires", e)

    def _claim(self, key, batch_size):
        room = min(self.in_flight - len(self.tasks), self.claim)  # a share at a time: the other workers get theirs
        if room <= 0:
            return []
        return self._claim_script(keys=[key, self.working], args=[room])

    def spider_idle(self):
        if self.tasks:  # companies still in flight (waiting out a delay, a retry): not idle
            self.spider_idle_start_time = int(time.time())
            raise DontCloseSpider
        return super().spider_idle()

    # --- tasks -> requests ---------------------------------------------------------------------------------
    def make_request_from_data(self, data):
        try:
            task, seed, known = read_task(data)
        except (ValueError, KeyError, TypeError) as e:
            log.error("dropping a malformed task (%s): %r", e, data[:200])
            self.server.lrem(self.working, 1, data)
            return []
        state = SiteState(seed, archived=known)
        state.task_raw, state.task = data, task
        self.tasks[task["id"]] = state
        self.sites[seed.site] = state
        return list(self._site_start(state, bool(task.get("rediscover"))))

    def _site_start(self, state: SiteState, rediscover: bool):
        """The company's first requests, as `PoliciesSpider.start` makes them."""
        seed = state.seed
        if seed.policy_url:
            state.stage = "pinned"
            yield self._doc_request(state, seed.policy_url, "pinned", check=False)
            return
        known = [] if rediscover else [doc for doc in state.archived.documents.values() if not doc.moved]
        if known:
            state.stage = "known"
            state.pending_known = len(known)
            for doc in known:
                yield self._doc_request(state, doc.url, "known", fetch_url=doc.fetch_url)
        else:
            yield self._home_request(state)

    def finish(self, state: SiteState):
        was_done = state.done
        yield from super().finish(state)
        if was_done or not state.done or not hasattr(state, "task"):
            return
        self.tasks.pop(state.task["id"], None)
        self.sites.pop(state.seed.site, None)
        yield SiteDone(task=state.task, task_raw=state.task_raw, working=self.working, worker=self.worker_id,
                       site=state.seed.site, requests=state.requests,
                       summary={"policy_url": state.policy_url, "found_by": state.found_by,
                                "reason": self.reason(state), "answered": state.answered})


CLAIM_LUA = """
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local v = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
  if not v then break end
  out[#out + 1] = v
end
return out
"""

# Deliver a company's batch only if its task is still this worker's: the removal of the task and the push of
# the batch are one step, so a task is delivered once (a task taken back from a stalled worker is not).
DELIVER_LUA = """
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  return 1
end
return 0
"""


def _cluster_redis(settings) -> redis.Redis:
    """The worker's Redis client for a pipeline or middleware; NotConfigured outside a worker (no REDIS_URL)."""
    if not settings.get("REDIS_URL"):
        raise NotConfigured("no REDIS_URL")
    return redis.Redis.from_url(settings.get("REDIS_URL"), socket_timeout=30, retry_on_timeout=True)


class QueuePipeline:
    """The worker's pipeline: collects a company's items and, at its end, delivers them as one batch to the
    archive's queue (see DELIVER_LUA). With WORKER_EXTRACT, policies are extracted here, in a process of
    the worker's, so the writer (one process for the whole cluster) mostly stores."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.server = _cluster_redis(settings)
        self.deliver = self.server.register_script(DELIVER_LUA)
        self.extract = settings.getbool("WORKER_EXTRACT")
        self.pool: ProcessPoolExecutor | None = None
        self.buffers: dict[str, list] = {}  # site -> [(kind, item, extraction future or None)]

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        if self.extract:
            from archive.extract import worker_init
            self.pool = ProcessPoolExecutor(max(1, self.crawler.settings.getint("EXTRACT_WORKERS") or 1),
                                            mp_context=multiprocessing.get_context("spawn"), initializer=worker_init)

    def close_spider(self):
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    async def process_item(self, item):
        if isinstance(item, SiteDone):
            await self._deliver(item)
            return item
        if isinstance(item, (PolicyItem, SiteItem)):
            future = None
            if isinstance(item, PolicyItem) and self.pool is not None and 200 <= item["status"] < 300 \
                    and item.get("body"):
                from archive.extract import try_extract
                headers = item.get("headers") or {}
                future = asyncio.wrap_future(self.pool.submit(try_extract, item["body"], headers.get("content-type"),
                                                              item["url"]))
            self.buffers.setdefault(item["site"], []).append((item, future))
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("cluster/items")
        return item

    async def _deliver(self, done: SiteDone):
        items, bodies = [], []
        for item, future in self.buffers.pop(done["site"], []):
            if isinstance(item, SiteItem):
                items.append({"kind": "site", **{k: item.get(k) for k in ("site", "name", "homepage", "policy_url",
                                                                           "found_by", "reason", "moved_from", "looked")}})
                bodies.append(b"")
                continue
            extraction = _extraction_json(await future, item["url"]) if future is not None else None
            body = item.get("body") or b""
            entry = {"kind": "capture", "url": item["url"], "final_url": item.get("final_url"),
                     "redirects": item.get("redirects") or [], "status": item["status"],
                     "headers": item.get("headers") or {}, "fetched_at": iso(item["fetched_at"]),
                     "site": item.get("site"), "site_name": item.get("site_name"),
                     "found_by": item.get("found_by"), "error": item.get("error"), "body_len": len(body),
                     "fetcher": item.get("fetcher") or "html", "escalation": item.get("escalation"),
                     "extraction": extraction}
            bodies.append(body)
            if (o := item.get("original")):  # a rendering: the plain response it was made from travels with it
                entry["original"] = {"url": o["url"], "status": o["status"], "headers": o["headers"],
                                     "fetched_at": iso(o["fetched_at"], precise=True), "body_len": len(o["body"])}
                bodies.append(o["body"])
            items.append(entry)
        header = {"id": done["task"]["id"], "crawl": done["task"]["crawl"], "site": done["site"],
                  "worker": done["worker"], "finished_at": iso(clock.now()), "requests": done["requests"],
                  "summary": done["summary"], "items": items}
        batch = encode_batch(header, bodies)
        delivered = await _aretrying("delivering a batch", self.deliver, keys=[done["working"], CAPTURES],
                                     args=[done["task_raw"], batch])
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cluster/delivered" if delivered else "cluster/dropped_late")
        if not delivered:
            gone = not await _aretrying("reading a crawl", self.server.exists, crawl_key(done["task"]["crawl"]))
            if gone:  # a Redis restarted without its data: no other worker has it either
                log.warning("%s: its crawl %s is gone from Redis (restarted without its data, or flushed); this "
                            "crawl of it is dropped", done["site"], done["task"]["crawl"])
            else:
                log.warning("%s: its task was given to another worker meanwhile (this worker stalled past "
                            "REDIS_WORKER_TTL); this crawl of it is dropped", done["site"])


class ClusterPolitenessMiddleware:
    """Per-host politeness for the whole cluster, in Redis (see HOST_LUA): before a request goes to its
    download slot it reserves a start time on its host, at least the host's delay after the previous start by
    ANY worker, and a place among CONCURRENT_REQUESTS_PER_DOMAIN in flight; it waits until then. The place
    is given back when the response (or the error) comes, or expires after DOWNLOAD_TIMEOUT + 30 s (a killed
    worker). Times are Redis's own (TIME), so the workers' clocks need not agree."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.server = _cluster_redis(settings)
        self.script = self.server.register_script(HOST_LUA)
        self.start_script = self.server.register_script(START_LUA)
        self.limit = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or 1
        self.floor = settings.getfloat("DOWNLOAD_DELAY")
        self.start_delay = settings.getfloat("AUTOTHROTTLE_START_DELAY") if settings.getbool("AUTOTHROTTLE_ENABLED") \
            else self.floor
        self.hold_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + 30) * 1000)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _delay(self, request) -> float:
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        return max(self.floor, slot.delay if slot is not None else self.start_delay)

    async def process_request(self, request):
        host = urlparse_cached(request).hostname or ""
        token = uuid.uuid4().hex
        waited = 0.0
        while True:
            wait_ms = await _aretrying("reserving a host slot", self.script,
                                       keys=[f"{PREFIX}host:{host}", f"{PREFIX}host:{host}:next"],
                                       args=[int(self._delay(request) * 1000), self.limit, token, self.hold_ms])
            if wait_ms >= 0:
                break
            await asyncio.sleep(0.05)  # the host is full: every place is taken by some worker
            waited += 0.05
        if wait_ms > 0:
            await asyncio.sleep(wait_ms / 1000)
            waited += wait_ms / 1000
        # the reservation spaces the planned starts; a worker woken late (a busy process) would start close to
        # the next one's plan: the actual start is checked against the host's last actual start too
        while (late_ms := await _aretrying("starting on a host", self.start_script,
                                           keys=[f"{PREFIX}host:{host}:last"],
                                           args=[int(self._delay(request) * 1000)])) > 0:
            await asyncio.sleep(late_ms / 1000)
            waited += late_ms / 1000
        request.meta["cluster_slot"] = (host, token)
        if self.stats is not None and waited:
            self.stats.inc_value("cluster/politeness_wait_ms", int(waited * 1000))
        return None

    def _release(self, request):
        slot = request.meta.pop("cluster_slot", None)
        if slot is not None:
            try:
                self.server.zrem(f"{PREFIX}host:{slot[0]}", slot[1])
            except redis.RedisError:
                pass  # it expires

    def process_response(self, request, response):
        self._release(request)
        return response

    def process_exception(self, request, exception):
        self._release(request)
        return None


# A request's actual start on its host: 0 and the start recorded when the host's last actual start is at
# least the delay (ARGV[1], ms) ago, else the milliseconds still to wait. Redis's clock.
START_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local delay = tonumber(ARGV[1])
if now < last + delay then return last + delay - now end
redis.call('SET', KEYS[1], now, 'PX', delay + 60000)
return 0
"""

HOST_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
local start = math.max(now, nxt)
local delay = tonumber(ARGV[1])
redis.call('SET', KEYS[2], start + delay, 'PX', (start - now) + delay + 60000)
redis.call('ZADD', KEYS[1], start + tonumber(ARGV[4]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], (start - now) + tonumber(ARGV[4]))
return start - now
"""


def worker_settings(settings, redis_url: str, max_idle: int = 0):
    """Turn the crawl's settings into a worker's: items go to Redis, politeness is the cluster's."""
    settings.set("REDIS_URL", redis_url, priority="cmdline")
    for name, value in {
        "ITEM_PIPELINES": {"crawler.distributed.QueuePipeline": 300},
        "REDIS_SITES_IN_FLIGHT": 64,  # companies a worker crawls at once (Scrapy's CONCURRENT_REQUESTS analog)
        # companies taken per look at the frontier (4 a second): a worker that took its 64 at once left the others
        # idle on a small crawl (an operator's trial: 35 of 40 to one worker of two)
        "REDIS_SITES_CLAIMED": 8,
        "REDIS_WORKER_TTL": 30.0,  # seconds without a heartbeat before a worker's companies are given to others
        "WORKER_EXTRACT": True,  # extract in the worker (one process of its own), not in the one writer
        "EXTRACT_WORKERS": 1,
        "CHECK_WORKERS": 1,  # a worker's companies arrive after it starts: its check process is not sized by seeds
        "CONCURRENT_ITEMS": 1,  # a company's items reach the pipeline in the order the spider yields them
        "MAX_IDLE_TIME_BEFORE_CLOSE": max_idle,  # scrapy-redis: 0 = run until stopped
    }.items():
        if settings.getpriority(name) is None or settings.getpriority(name) <= 20:
            settings.set(name, value, priority="project")
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares["crawler.distributed.ClusterPolitenessMiddleware"] = 960  # nearest the download: after retries
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="project")
    return settings


def run_worker(settings) -> dict:
    """Run one worker in this process until stopped (SIGINT / SIGTERM) or idle for MAX_IDLE_TIME_BEFORE_CLOSE."""
    from .cli import CRAWL_GC_THRESHOLD
    from .process import GracefulProcess
    import gc
    gc.set_threshold(*CRAWL_GC_THRESHOLD)
    process = GracefulProcess(settings, "worker: stopping: finishing the requests under way, giving back the "
                                        "companies not finished (Ctrl-C again stops at once)")
    crawler = process.create_crawler(WorkerSpider)
    process.crawl(crawler)
    level = logging.getLevelName(str(settings.get("LOG_LEVEL")).upper())
    for name in ("", "scrapy"):
        logging.getLogger(name).setLevel(level)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {k: v for k, v in stats.items() if k.startswith("cluster/") or k == "response_received_count"}


# --- the writer ---------------------------------------------------------------------------------------------
def _capture_of(item: dict, body: bytes) -> Capture:
    return Capture(url=item["url"], fetched_at=parse_iso(item["fetched_at"]),
                   status=item["status"], body=body, headers=item.get("headers") or {},
                   final_url=item.get("final_url"), redirects=tuple(tuple(r) for r in item.get("redirects") or ()),
                   source="crawl", site=item.get("site"), site_name=item.get("site_name"),
                   found_by=item.get("found_by"), error=item.get("error"),
                   fetcher=item.get("fetcher") or "html", escalation=item.get("escalation"))


def record_batch(db, header: dict, bodies: list[bytes]) -> dict:
    """Record one company's batch, as the single-process pipeline records its items (same order, same calls).
    Returns the company's closing-table row and counts. Runs inside the writer's transaction."""
    counts = dict.fromkeys(COUNTS, 0)
    by_url: dict[str, dict] = {}
    finished = parse_iso(header["finished_at"])
    for item, body in zip(header["items"], bodies):
        if item["kind"] == "site":
            register(db, item, now=finished)
            continue
        capture, original = with_original(_capture_of(item, body), item.get("original"))
        if original is not None:  # as the single-process pipeline: the plain response is a capture too, first
            record(db, original)
        outcome = record(db, capture, extraction=_extraction_from(item.get("extraction"), capture.url))
        if outcome.status != DUPLICATE:
            schedule.record_check(db, capture.url, outcome.status, outcome.reason, now=capture.fetched_at,
                                  pinned=capture.found_by == "pinned")
        counts[outcome.status] += 1
        by_url[capture.url] = {"outcome": outcome.status, "reason": outcome.reason, "version": outcome.version}
    row = dict(header["summary"])
    if (shown := closing_outcome(by_url, row.get("policy_url"))) is not None:
        row.update(outcome=shown["outcome"], outcome_reason=shown["reason"], version=shown["version"])
    return {"row": row, "counts": counts, "pages": header.get("requests", 0)}


class Writer:
    """Drains the archive's queue into `archive.record`, one SQLite transaction per group of batches."""

    def __init__(self, db, client: redis.Redis, batch: int = 32, max_bytes: int = 64 << 20):
        self.db, self.client, self.batch, self.max_bytes = db, client, batch, max_bytes
        self.renewed = time.monotonic()
        self.recorded = 0
        self.captures = 0
        self.busy_cpu = 0.0
        self.max_queue = 0
        self.owned: dict[str, int] = {}  # crawl -> its run: the crawls whose run this writer has taken on

    def recover(self) -> int:
        """Batches a killed writer had taken but not acknowledged go back to the head of the queue."""
        n = 0
        while _retrying("recovering", self.client.lmove, CAPTURES_WORKING, CAPTURES, "RIGHT", "LEFT") is not None:
            n += 1
        if n:
            log.info("%d batch(es) taken by a previous writer put back on the queue", n)
        return n

    def take(self, timeout: float) -> list[bytes]:
        first = _retrying("waiting for captures", self.client.blmove, CAPTURES, CAPTURES_WORKING, timeout,
                          "LEFT", "RIGHT")
        if first is None:
            return []
        taken, size = [first], len(first)
        while len(taken) < self.batch and size < self.max_bytes:
            raw = _retrying("taking captures", self.client.lmove, CAPTURES, CAPTURES_WORKING, "LEFT", "RIGHT")
            if raw is None:
                break
            taken.append(raw)
            size += len(raw)
        return taken

    def write(self, taken: list[bytes]) -> int:
        """Record `taken` (raw batches) in one transaction, then acknowledge them. Returns captures recorded."""
        cpu0 = time.process_time()
        done, bad = [], []
        with transaction(self.db):
            for raw in taken:
                try:
                    header, bodies = decode_batch(raw)
                except (ValueError, KeyError, struct.error) as e:
                    log.error("a malformed batch is set aside in %s: %s", CAPTURES_BAD, e)
                    bad.append(raw)
                    continue
                row = self.db.execute("SELECT result FROM receipts WHERE id = ?", [header["id"]]).fetchone()
                if row is not None:  # recorded before a kill, not yet acknowledged: acknowledge only
                    result = json.loads(row[0])
                else:
                    self.db.execute("SAVEPOINT batch")
                    try:
                        result = record_batch(self.db, header, bodies)
                    except (ArchiveError, ValueError, KeyError, TypeError) as e:  # bad data, not a bad archive
                        self.db.execute("ROLLBACK TO batch")
                        self.db.execute("RELEASE batch")
                        log.error("a batch that cannot be recorded (%s: %s) is set aside in %s",
                                  header.get("site"), e, CAPTURES_BAD)
                        bad.append(raw)
                        continue
                    self.db.execute("RELEASE batch")
                    self.db.execute("INSERT INTO receipts (id, recorded_at, result) VALUES (?, ?, ?)",
                                    [header["id"], iso(clock.now()), json.dumps(result, ensure_ascii=False)])
                    self.captures += sum(1 for i in header["items"] if i["kind"] == "capture")
                done.append((raw, header, result))
        def acknowledge():  # every step idempotent: a retry after a lost reply changes nothing
            pipe = self.client.pipeline(transaction=True)
            for raw in bad:
                pipe.lrem(CAPTURES_BAD, 1, raw)
                pipe.rpush(CAPTURES_BAD, raw)
                pipe.lrem(CAPTURES_WORKING, 1, raw)
            for raw, header, result in done:
                pipe.lrem(CAPTURES_WORKING, 1, raw)
                pipe.hset(results_key(header["crawl"]), header["site"], json.dumps(result, ensure_ascii=False))
                pipe.srem(QUEUED, header["site"])
            pipe.execute()
        _retrying("acknowledging batches", acknowledge)
        self.recorded += len(done)
        self.busy_cpu += time.process_time() - cpu0
        self.finish_crawls({header["crawl"] for _, header, _ in done})
        if time.monotonic() - self.renewed > 60:
            schedule.renew_lease(self.db)
            self.renewed = time.monotonic()
        return len(done)

    def finish_crawls(self, crawls=None):
        """Start a run for each crawl new on the frontier; finish the run of each crawl with nothing pending."""
        crawls = crawls if crawls is not None else {c.decode() for c in _retrying("reading crawls",
                                                                               self.client.smembers, CRAWLS)}
        for crawl in crawls:
            state = _retrying("reading a crawl", crawl_state, self.client, crawl)
            if not state or state.get("finished"):
                continue
            run_id = int(state["run"]) if state.get("run") else None
            if run_id is None:
                run_id = schedule.start_run(self.db, state.get("kind", "crawl"),
                                            f"--redis (crawl {crawl}) {state.get('args', '')}".strip(),
                                            started_at=state.get("created"))  # put on the frontier
                _retrying("keeping the run", self.client.hset, crawl_key(crawl), "run", run_id)
            elif crawl not in self.owned:  # a restarted writer carries on the crawl's run
                with transaction(self.db):
                    self.db.execute("UPDATE runs SET status = 'running', ended_at = NULL, pid = ?, host = ? "
                                    "WHERE id = ? AND status != 'finished'", [os.getpid(), socket.gethostname(), run_id])
            self.owned[crawl] = run_id
            if int(state.get("pending", 0)) > 0:
                continue
            results = crawl_results(self.client, crawl)
            counts = {"sites": int(state.get("sites", 0)), "pages": sum(r.get("pages", 0) for r in results.values()),
                      **{k: sum(r["counts"].get(k, 0) for r in results.values()) for k in COUNTS}}
            errors = [f"{site}: {r['row'].get('reason')}" for site, r in results.items() if not r["row"].get("policy_url")]
            outage = unreachable({site: (r["row"].get("answered", True), r["row"].get("reason"))  # an older
                                  for site, r in sorted(results.items())})  # worker's row (no `answered`) answered
            if outage:  # as a single-process crawl: the run fails, and two silent companies or more back nothing off
                if len(results) > 1:
                    schedule.outage(self.db, list(results), state.get("created") or iso(clock.now()))
                errors.insert(0, outage)
            schedule.finish_run(self.db, run_id, counts, errors, status="failed" if outage else "finished")

            def finished():
                pipe = self.client.pipeline(transaction=True)
                pipe.hset(crawl_key(crawl), mapping={"finished": iso(clock.now()), "failed": outage or ""})
                pipe.srem(CRAWLS, crawl)
                # a finished crawl's state and closing table stay for `crawl --wait` to read, then go
                # (the archive's runs table keeps its record for good)
                pipe.expire(crawl_key(crawl), FINISHED_TTL)
                pipe.expire(results_key(crawl), FINISHED_TTL)
                pipe.execute()
            _retrying("finishing a crawl", finished)
            self.owned.pop(crawl, None)  # its run is over: nothing left to watch for (`lost_crawls`)

    def lost_crawls(self) -> int:
        """Fail the run of each crawl this writer took on whose record is gone from Redis (restarted without its
        data, or flushed) before it finished: its companies not recorded yet are lost, and the run would stay
        `running` until the next writer. Returns how many."""
        lost = [c for c in self.owned if not _retrying("reading a crawl", self.client.exists, crawl_key(c))]
        for crawl in lost:
            run_id = self.owned.pop(crawl)
            status = self.db.execute("SELECT status FROM runs WHERE id = ?", [run_id]).fetchone()
            if status and status[0] == "running":
                log.warning("crawl %s is gone from Redis before it finished: its run %d is failed", crawl, run_id)
                schedule.finish_run(self.db, run_id, {}, [f"the crawl {crawl} was lost from Redis (restarted without "
                                                          "its data, or flushed) before it finished"], status="failed")
        return len(lost)

    def run(self, max_idle: float = 0, stop=None) -> None:
        self.recover()
        self.finish_crawls()
        idle_since = time.monotonic()
        while stop is None or not stop():
            taken = self.take(timeout=1.0)
            self.max_queue = max(self.max_queue, _retrying("queue length", self.client.llen, CAPTURES) + len(taken))
            if taken:
                self.write(taken)
                idle_since = time.monotonic()
                continue
            self.recover()  # the one writer holds nothing now: a batch there was taken by a move whose reply was lost
            self.finish_crawls()
            self.lost_crawls()
            _retrying("recovering workers", recover_dead_workers, self.client)
            if time.monotonic() - self.renewed > 60:
                schedule.renew_lease(self.db)
                self.renewed = time.monotonic()
            if max_idle and time.monotonic() - idle_since >= max_idle:
                return


class CrawlLost(ArchiveError):
    """A crawl's record is gone from Redis before it finished: a fault of the cluster, not the user's mistake
    (`crawl --wait` exits 1)."""


def wait_for_crawl(client: redis.Redis, crawl: str, timeout: float, poll: float = 0.5,
                   progress: Callable[[dict], None] | None = None) -> dict:
    """Block until the writer has recorded the crawl's last company (or raise ArchiveError after `timeout`, or
    when the crawl's record is gone from Redis: restarted without persistence, or flushed). `progress`, if
    given, is told the crawl's state (`crawl_state`) at each poll."""
    deadline = time.monotonic() + timeout
    while True:
        state = _retrying("waiting for the crawl", crawl_state, client, crawl)
        if not state:
            raise CrawlLost(f"the crawl {crawl} is no longer in Redis (restarted without its data, or flushed): "
                               "the companies not recorded yet were lost with it; `runs` shows what was, and the "
                               "same crawl put on the frontier again (`crawl --redis --due`) does the rest")
        if state.get("finished"):
            return state
        if progress is not None:
            progress(state)
        if time.monotonic() >= deadline:
            raise ArchiveError(f"the crawl {crawl} was not done after {timeout:.0f}s ({state.get('pending')} "
                               f"compan(ies) pending; are a writer and workers running on this Redis?)")
        time.sleep(poll)


def workers_alive(client: redis.Redis) -> int:
    """How many workers have a live heartbeat on this Redis."""
    return sum(1 for w in _retrying("reading workers", client.smembers, WORKERS)
               if _retrying("reading workers", client.exists, alive_key(w)))


def report_table(results: dict[str, dict], every_site: int = 50):
    """The closing table of a distributed crawl: as `crawl`'s, from the rows the writer kept in Redis."""
    from rich.table import Table

    table = Table(title="Privacy policies", show_lines=False, expand=False)
    for name in ("site", "policy URL", "found by", "archived / why none"):
        table.add_column(name, overflow="fold" if name == "policy URL" else None, no_wrap=name == "site")
    every = len(results) <= every_site
    quiet = 0
    for site in sorted(results):
        row = results[site]["row"]
        if row.get("policy_url"):
            outcome = row.get("outcome") or "?"
            if not every and outcome in ("unchanged", "duplicate"):
                quiet += 1
                continue
            if row.get("outcome_reason"):
                outcome += f" ({row['outcome_reason']})"
            if row.get("version"):
                outcome += f" v{row['version']}"
            table.add_row(site, row["policy_url"], row.get("found_by") or "", outcome)
        else:
            table.add_row(site, "[red]none[/red]", "", row.get("reason") or "not crawled")
    if quiet:
        table.caption = (f"{quiet} more compan{'y' if quiet == 1 else 'ies'} with an unchanged policy; "
                         "`policy-archive sites` lists every company")
    return table
