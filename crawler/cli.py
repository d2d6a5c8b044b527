"""The console script `policy-archive`: the archive's commands plus `crawl` and `demo`.

The archive's click group (archive/cli.py) owns `--db` and turns an ArchiveError into one line + exit 2;
this module adds the commands that need Scrapy, so `archive` never imports it.
"""
from __future__ import annotations

import dataclasses
import errno
import gc
import logging
import os
import re
import sys
import time
from pathlib import Path

import click

from archive import ArchiveError, open_archive  # notify, schedule, Scrapy: imported by the commands using them
from archive.capture import checked_url
from archive.cli import COUNT, _remove_archive, cli
from archive.extract import EXTRACTOR_ERROR

from .seeds import seeds_from_args

log = logging.getLogger(__name__)


def crawl_settings(db: str, allow_private: bool = False, rediscover: bool = False, contact: str | None = None,
                   overrides=(), log_level: str | None = None, browser: str | None = None):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ARCHIVE_DB", db, priority="cmdline")
    if allow_private:
        settings.set("ALLOW_PRIVATE", True, priority="cmdline")
    if rediscover:
        settings.set("REDISCOVER", True, priority="cmdline")
    if contact:
        settings.set("CONTACT_URL", contact, priority="cmdline")
    if log_level:
        settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    if browser:
        settings.set("BROWSER", browser.lower(), priority="cmdline")
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ArchiveError(f"-s {item!r}: expected NAME=VALUE")
        settings.set(name.strip(), value, priority="cmdline")
    from .browser import check_mode
    check_mode(settings.get("BROWSER"))
    if not isinstance(logging.getLevelName(str(settings.get("LOG_LEVEL")).upper()), int):
        raise ArchiveError(f"LOG_LEVEL {settings.get('LOG_LEVEL')!r}: use DEBUG, INFO, WARNING, ERROR or CRITICAL")
    return settings


class Progress:
    """The live line: sites done / total, pages fetched, versions new / unchanged / rejected."""

    def __init__(self, crawler, total: int):
        self.crawler = crawler
        self.total = total
        self.started = time.monotonic()
        self.outcomes: dict[str, dict[str, dict]] = {}  # site -> URL asked for -> its last item's outcome
        self.lost: list[str] = []  # "URL: error" of each capture the archive could not record
        self.extractor_errors = 0  # captures kept but rejected for a fault of the extractor

    def on_item(self, item, response=None, spider=None):
        if "outcome" in item.fields and item.get("outcome"):
            self.outcomes.setdefault(item["site"], {})[item.get("url")] = dict(item)
            self.extractor_errors += item.get("reason") == EXTRACTOR_ERROR

    def on_error(self, item, response=None, spider=None, failure=None):
        """Scrapy's item_error: the pipeline raised, so the capture is not in the archive. Scrapy logs it and
        crawls on; the run must not then be reported as finished."""
        error = f"{failure.type.__name__}: {failure.getErrorMessage()}" if failure is not None else "error"
        self.lost.append(f"{item.get('url') or item.get('site')}: {error}")
        if "outcome" in getattr(item, "fields", ()):  # a capture (a PolicyItem), not a company's registration
            self.outcomes.setdefault(item["site"], {})[item.get("url")] = {**dict(item), "outcome": "not recorded",
                                                                            "reason": error}

    def counts(self):
        stats = self.crawler.stats
        return {k: stats.get_value(f"archive/{k}", 0) for k in ("new_version", "unchanged", "rejected",
                                                                 "duplicate")}

    def pages(self) -> int:
        """The companies' pages asked for so far (robots.txt is none of them), as a cluster's run counts them."""
        spider = self.crawler.spider
        return sum(state.requests for state in getattr(spider, "sites", {}).values())

    def __rich__(self):
        from rich.text import Text

        spider = self.crawler.spider
        done = spider.sites_done if spider is not None else 0
        c = self.counts()
        secs = max(0.001, time.monotonic() - self.started)
        return Text.assemble(
            ("crawling ", "bold"), f"sites {done}/{self.total}", " · ", f"pages {self.pages()}",
            f" ({self.pages() / secs:.1f}/s)", " · ", (f"new {c['new_version']}", "green"), " · ",
            f"unchanged {c['unchanged']}", " · ", (f"rejected {c['rejected']}", "red" if c["rejected"] else ""))


REPORT_EVERY_SITE = 50  # up to this many companies the closing table lists them all


def report_table(spider, progress: Progress):
    """One row per company; past REPORT_EVERY_SITE companies, only those worth a look (a new version, a
    rejected capture, no policy found), with the quiet ones counted in the caption: a daily recrawl of
    thousands of companies reports what changed, not a thousand 'unchanged' rows."""
    from rich.table import Table

    from .items import closing_outcome  # Scrapy: not for the archive's commands

    table = Table(title="Privacy policies", show_lines=False, expand=False)
    table.add_column("site", no_wrap=True)
    table.add_column("policy URL", overflow="fold")
    table.add_column("found by")
    table.add_column("archived / why none")
    every = len(spider.sites) <= REPORT_EVERY_SITE
    quiet = 0
    for site, state in spider.sites.items():
        item = closing_outcome(progress.outcomes.get(site, {}), state.policy_url)
        if state.policy_url:
            outcome = item["outcome"] if item else "?"
            if item and item.get("reason") == "clock_date":  # the policy was seen; only its printed date moved
                outcome, item = "unchanged (its printed date follows the clock)", None
            elif item and item.get("reason") == "volatile":  # the policy was seen, with a visit's value in it
                outcome, item = "unchanged (but for a block that changes at every visit)", None
            elif item and item.get("reason") == "date_stamp":  # the policy was seen; the page's stamp moved
                outcome, item = "unchanged (but for the page's stamp of its publication)", None
            if not every and outcome.startswith(("unchanged", "duplicate")):
                quiet += 1
                continue
            if item and item.get("reason"):
                outcome += f" ({item['reason']})"
            if item and item.get("version"):
                outcome += f" v{item['version']}"
            table.add_row(site, state.policy_url, state.found_by or "", outcome)
        else:
            table.add_row(site, "[red]none[/red]", "", spider.reason(state) or "not crawled")
    if quiet:
        table.caption = (f"{quiet} more compan{'y' if quiet == 1 else 'ies'} with an unchanged policy; "
                         "`policy-archive sites` lists every company")
    return table


# A crawl is a long run of short-lived objects (requests, Deferreds, headers) over a large heap that lives
# as long as the process (Scrapy, Twisted, lxml, the seeds and the spider's plan). With Python's defaults (a
# young collection every 700 allocations) 8% of a recrawl's CPU went to scanning objects still alive. So
# the heap as it stands when the crawl starts is frozen out of every collection (gc.freeze), and the young
# generation is collected every 10,000 allocations.
CRAWL_GC_THRESHOLD = (10_000, 10, 10)


def run_crawl(seeds, db: str, settings, show_progress: bool = True, console=None):
    """Crawl `seeds` into the archive at `db` in this process (Scrapy's reactor: once per process)."""
    from rich.console import Console
    from rich.live import Live
    from scrapy import signals

    from .process import GracefulProcess
    from .spiders.policies import PoliciesSpider

    console = console or Console(stderr=False, emoji=False)  # a URL's ":name:" is not an emoji
    gc.set_threshold(*CRAWL_GC_THRESHOLD)

    process = GracefulProcess(settings, "interrupted: finishing the requests under way and recording what they "
                                        "fetched (Ctrl-C again stops at once)")
    crawler = process.create_crawler(PoliciesSpider)
    progress = Progress(crawler, len(seeds))
    crawler.signals.connect(progress.on_item, signal=signals.item_scraped)
    crawler.signals.connect(progress.on_error, signal=signals.item_error)
    process.crawl(crawler, seeds=seeds)
    # Scrapy's logging setup (just applied by the crawler) leaves the root logger at NOTSET and the "scrapy"
    # one at DEBUG, and filters in its handler: every response's, item's and capture's record was built, then
    # dropped (three per page of a recrawl). The loggers get the crawl's level instead.
    level = logging.getLevelName(str(settings.get("LOG_LEVEL")).upper())
    for name in ("", "scrapy"):
        logging.getLogger(name).setLevel(level)
    if level >= logging.WARNING:
        # unreachable robots.txt / homepages are per-URL failures the closing table reports, and trafilatura's
        # "discarding data: URL" of a page with no text (a script-built one) is a rejected capture it counts
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    gc.freeze()  # see CRAWL_GC_THRESHOLD
    if show_progress and console.is_terminal:
        with Live(progress, console=console, refresh_per_second=4, transient=False):
            process.start()
    else:
        process.start()
        if show_progress:  # not a terminal (a log file, a pipe): the progress line once, at the end
            console.print(progress)
    spider = crawler.spider
    if spider is None or not getattr(spider, "sites", None):
        raise ArchiveError("the crawl did not start; run with --log-level INFO to see why")
    spider.interrupted = process.interrupted
    print_table(console, report_table(spider, progress))
    return spider, progress


def print_table(console, table) -> None:
    """Print a closing table as the archive's tables are (archive/cli.py `_table`): as wide as the terminal;
    to a file or a pipe, as wide as $COLUMNS when it is set, else as its longest row (rich alone wraps it at 80
    columns there, URLs and reasons over several lines)."""
    columns = os.environ.get("COLUMNS", "")
    if console.is_terminal or (columns.isdigit() and int(columns) > 0):
        console.print(table)
    else:
        from rich.console import Console
        width = max(console.width, Console(width=100_000).measure(table).maximum)  # (print's width= caps at it)
        Console(file=console.file, width=width, emoji=False, color_system=None).print(table)


class _WaitCommand(click.Command):
    """`--wait` alone or `--wait SECONDS`: a word after --wait that is not a number is not its value
    (`crawl --wait seeds.txt` waits as long as it takes and crawls seeds.txt)."""

    def parse_args(self, ctx, args):
        def number(word: str) -> bool:
            try:
                float(word)
                return True
            except ValueError:
                return False
        out, rest = [], list(args)
        while rest:
            word = rest.pop(0)
            if word == "--wait":
                if rest and number(rest[0]) and float(rest[0]) < 0:  # click would read `-3` as an option
                    raise click.BadParameter(f"{rest[0]} is not in the range x>=0.", ctx, param_hint="'--wait'")
                word = f"--wait={rest.pop(0)}" if rest and number(rest[0]) else "--wait=inf"
            out.append(word)
        return super().parse_args(ctx, out)


def _url_option(ctx, param, value):
    """A --contact or --webhook value must be an http(s) URL (a contact may also be mailto: or an e-mail
    address): a typo would otherwise go into every request's User-Agent, or post nowhere."""
    if value is None:
        return value
    ok = re.match(r"https?://[^\s/]+\S*$", value) or (
        param.name == "contact" and re.match(r"(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$", value))
    if not ok:
        raise click.BadParameter(f"{value!r}: give an http(s) URL" + (" or an e-mail address" if param.name ==
                                                                     "contact" else ""))
    return value


@cli.command(cls=_WaitCommand)
@click.argument("targets", nargs=-1, metavar="[SEEDS_FILE | URL ...]")
@click.option("--due", is_flag=True, help="Only companies with a policy due for a check (or never crawled).")
@click.option("--allow-private", is_flag=True,
              help="Also fetch private, loopback and link-local addresses (local tests, an intranet).")
@click.option("--rediscover", is_flag=True, help="Run discovery again even for sites whose policy URL is known.")
@click.option("--contact", metavar="URL", callback=_url_option,
              help="Contact URL or e-mail put in the User-Agent, so that a site can reach whoever crawls it "
                   "(default: $POLICY_ARCHIVE_CONTACT, else the project's page; name your own).")
@click.option("--webhook", metavar="URL", callback=_url_option,
              help="POST a JSON message per new version to this URL after the crawl.")
@click.option("--wait", "wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS", is_flag=False, flag_value=float("inf"),
              help="If another crawl holds the archive, wait up to this long for it (default: exit at once; "
                   "--wait alone: as long as it takes). With --redis: wait for the cluster to finish the crawl.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Put the crawl on the shared frontier at this Redis (redis://HOST:PORT/DB) for `worker`s and "
                   "a `writer` to do, instead of crawling here.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--browser", type=click.Choice(["never", "auto", "always"], case_sensitive=False), default=None,
              help="Render pages in Chromium: never; auto (default): only pages whose HTML needs it (a JavaScript "
                   "shell, a challenge, script-built links); always. A seed's browser=MODE overrides it.")
@click.option("--log-level", default="WARNING", show_default=True, help="Scrapy's log level.",
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], case_sensitive=False))
@click.option("--no-progress", is_flag=True, help="No live progress line (the closing table still prints).")
@click.pass_context
def crawl(ctx, targets, due, allow_private, rediscover, contact, webhook, wait, redis_url, overrides, browser,
          log_level,
          no_progress):
    """Find and archive the privacy policies of companies (a seeds file and/or homepage URLs; with neither,
    ./seeds.txt).

    A seeds file has one company a line, `URL [NAME] [POLICY_URL] [browser=MODE]` (`#` starts a comment): the
    homepage, the company's name (spaces allowed), and a policy URL that skips discovery. Private and
    loopback addresses (a local test server) are fetched only with --allow-private.

    Each run is kept in the archive (`policy-archive runs`); two crawls never write the same archive at
    once. With --due, only what is due is fetched: check intervals adapt between 1 and 14 days and back
    off from failing sites.

    \b
    Examples:
      policy-archive crawl seeds.txt
      policy-archive crawl --due seeds.txt
      policy-archive crawl https://www.example.com https://www.example.org
      policy-archive crawl --redis redis://127.0.0.1:6379/0 --due --wait seeds.txt   (distributed)
    """
    from archive import clock, notify, schedule
    from archive.store import iso
    if not targets:
        if not Path("seeds.txt").is_file():
            raise ArchiveError("give a seeds file or homepage URLs (no seeds.txt here)")
        targets = ("seeds.txt",)
    seeds = seeds_from_args(targets)  # a bad seed or setting stops everything before any fetch
    db_path = ctx.obj["db"]
    _outlive_the_output()
    if redis_url:
        if allow_private or contact or overrides or browser:
            raise ArchiveError("with --redis the workers fetch: give --allow-private, --contact, --browser and -s "
                               "to `policy-archive worker` (a seed's browser=MODE travels with it)")
        if webhook and not wait:
            raise ArchiveError("--webhook with --redis needs --wait: the new versions are known once the cluster "
                               "has recorded the crawl")
        from .distributed import client_for
        client_for(redis_url)  # a URL that is none is said first
        if not Path(db_path).exists():  # the cluster's writer made its archive: a path to none is a typo
            raise ArchiveError(f"no archive at {db_path}: `crawl --redis` reads the archive the cluster's writer "
                               f"records into (`policy-archive --db {db_path} writer --redis …` makes it)")
        return _crawl_on_cluster(db_path, redis_url, seeds, targets, due, rediscover, wait, webhook)
    settings = crawl_settings(db_path, allow_private, rediscover, contact, overrides, log_level, browser)
    db = open_archive(db_path)
    schedule.close_dead_runs(db)
    _take_lease(db, wait)
    try:
        if due:
            seeds = _due_only(db, seeds)
        elif not rediscover:
            waiting = schedule.discovery_waiting(db, [s.site for s in seeds if not s.policy_url])
            if waiting:
                click.echo(f"{len(waiting)} compan{'y' if len(waiting) == 1 else 'ies'} where no policy was found "
                           f"recently {'is' if len(waiting) == 1 else 'are'} looked at again later (first at "
                           f"{min(waiting.values())}); "
                           "--rediscover looks now")
                seeds = [s for s in seeds if s.site not in waiting]
        started = iso(clock.now())
        run_id = schedule.start_run(db, "due" if due else "crawl", " ".join(targets), started_at=started)
        last_version = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
        if not seeds:
            click.echo("nothing is due")
            counts, errors = {"sites": 0}, []
            if webhook:  # messages an earlier run could not deliver are owed now, not at the next due company
                delivery = notify.deliver(db, webhook, last_version)
                counts["webhooks"] = delivery.sent
                errors += [f"webhook: {e}" for e in delivery.failed]
                if delivery.sent or delivery.failed:
                    click.echo(f"webhook: {delivery.sent} message(s) sent" + (f", {len(delivery.failed)} not "
                               "delivered (posted again by the next crawl with this --webhook)" if delivery.failed else ""))
            schedule.finish_run(db, run_id, counts, errors)
            return
        _warn_default_contact(settings)
        try:
            spider, progress = run_crawl(seeds, db_path, settings, show_progress=not no_progress)
        except BaseException as e:
            schedule.finish_run(db, run_id, {}, [f"{type(e).__name__}: {e}"], status="failed")
            raise
        from .spiders.policies import unreachable
        counts = {"sites": len(seeds), "pages": progress.pages(), **progress.counts()}
        errors = [f"{site}: {spider.reason(state)}" for site, state in spider.sites.items() if not state.policy_url]
        if spider.interrupted:
            schedule.finish_run(db, run_id, counts, errors, status="interrupted")
            done = spider.sites_done
            click.echo(f"interrupted: {done} of {len(seeds)} compan{'y' if len(seeds) == 1 else 'ies'} finished; "
                       "what was fetched is recorded; run the crawl again to finish", err=True)
            raise SystemExit(130)  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
        if progress.extractor_errors:
            click.echo(f"{progress.extractor_errors} capture(s) rejected as {EXTRACTOR_ERROR}: the extractor failed on "
                       "them (the log has the traceback; please report it). They are kept, and `policy-archive "
                       "reprocess` reads them again", err=True)
        if progress.lost:
            errors += [f"not recorded: {lost}" for lost in progress.lost]
            schedule.finish_run(db, run_id, counts, errors, status="failed")
            click.echo(f"Error: {len(progress.lost)} capture(s) could not be recorded (first {progress.lost[0]}); "
                       "the crawl log has the traceback, and the next crawl fetches them again", err=True)
            raise SystemExit(1)  # a fault, not a mistake of the user's (2)
        outage = unreachable({site: (state.answered, spider.reason(state)) for site, state in spider.sites.items()})
        if outage:  # a recrawl's known or pinned policy URLs too, whose failed checks are recorded as captures.
            # Two companies or more silent at once is the network's doing, not theirs: the next run looks at
            # them at once instead of backing off; one company's silence may be its own, and it backs off
            if len(spider.sites) > 1:
                schedule.outage(db, list(spider.sites), started)
            schedule.finish_run(db, run_id, counts, [outage, *errors], status="failed")
            click.echo(f"Error: {outage}", err=True)
            raise SystemExit(1)
        if webhook:
            delivery = notify.deliver(db, webhook, last_version)
            counts["webhooks"] = delivery.sent
            errors += [f"webhook: {e}" for e in delivery.failed]
            click.echo(f"webhook: {delivery.sent} message(s) sent" + (f", {len(delivery.failed)} not delivered "
                       "(posted again by the next crawl with this --webhook)" if delivery.failed else ""))
        schedule.finish_run(db, run_id, counts, errors)
    finally:
        schedule.release_lease(db)
        db.close()  # checkpoints: the .db file alone is the archive (archive.store.close_archive)


def _wait_on_cluster(client, db_path: str, queued: dict, wait: float) -> dict:
    """`crawl --redis --wait`: wait for the writer to record the crawl, with a line of progress on a terminal
    and a warning when no writer holds the archive or no worker is alive (the crawl would wait for nothing).
    Ctrl-C, or SIGINT in the background, stops the waiting, not the crawl (exit 130)."""
    import signal
    import threading

    from rich.console import Console

    from archive import schedule

    from . import distributed
    crawl, total = queued["crawl"], queued["sites"]
    interrupted = threading.Event()

    def on_sigint(signum, frame):  # also when started with `&` (SIGINT ignored): `kill -INT` stops it as Ctrl-C
        interrupted.set()  # does; a KeyboardInterrupt raised while an import holds its module lock is swallowed
        raise KeyboardInterrupt  # ("Exception ignored in: ..._get_module_lock..."): the next poll sees the flag
    signal.signal(signal.SIGINT, on_sigint)
    db = open_archive(db_path, readonly=True)
    try:
        writer = schedule.lease_holder(db)
    finally:
        db.close()
    try:  # from here on Ctrl-C stops the waiting (a SIGINT just after a warning was click's "Aborted!", exit 1)
        if not writer or not writer.startswith("writer"):
            click.echo(f"warning: no writer records into {db_path} now (start `policy-archive --db {db_path} writer "
                       f"--redis …`): nothing is recorded until one runs", err=True)
        if not distributed.workers_alive(client):
            click.echo("warning: no worker is running on this Redis (start `policy-archive worker --redis …`): "
                       "nothing is fetched until one runs", err=True)
        console = Console(stderr=True)
        with console.status(f"crawl {crawl}: waiting for the writer", spinner="dots") as status:
            def progress(state):
                if interrupted.is_set():
                    raise KeyboardInterrupt
                if console.is_terminal:
                    done = total - int(state.get("pending") or 0)
                    status.update(f"crawl {crawl}: {done} of {total} compan{'y' if total == 1 else 'ies'} recorded")
            return distributed.wait_for_crawl(client, crawl, wait, progress=progress)
    except distributed.CrawlLost as e:
        click.echo(f"Error: {e}", err=True)
        raise SystemExit(1) from None  # the cluster's fault, not a mistake of the user's (2)
    except KeyboardInterrupt:
        # stopping now: a late or second SIGINT must not replace the exit (a loaded CI machine saw the line said,
        # then the process killed by SIGINT, -2: our handler is reset to the default as Python finalizes)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        click.echo(f"stopped waiting: crawl {crawl} goes on on the cluster (`runs` shows it when the writer has "
                   "recorded it)", err=True)
        raise SystemExit(130) from None


class _Outliving:
    """A text stream that drops what it cannot write once its reader is gone (EIO: the terminal closed, an SSH
    session dropped; EPIPE: `crawl … | head` stopped reading), instead of raising: the crawl goes on and records
    its run as it ends. An operator's trial: a crawl whose terminal closed finished its work, then failed its
    run with "OSError: [Errno 5] Input/output error"; a colleague's review: `| head` failed one the same way."""

    GONE = (errno.EIO, errno.EPIPE)

    def __init__(self, stream):
        self._stream, self.lost = stream, False

    def write(self, text):
        if not self.lost:
            try:
                return self._stream.write(text)
            except OSError as e:
                if e.errno not in self.GONE:
                    raise
                self.lost = True
        return len(text)

    def flush(self):
        if not self.lost:
            try:
                self._stream.flush()
            except OSError as e:
                if e.errno not in self.GONE:
                    raise
                self.lost = True

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _outlive_the_output(hangup: str = "SIGTERM") -> None:
    """The long-running commands (crawl, schedule, worker, writer, backfill) outlive the reader of their output
    (see _Outliving); a hangup (SIGHUP: the terminal closed) is turned into `hangup` (the signal the command stops
    gracefully on: SIGTERM, or SIGINT for backfill), so it stops as on Ctrl-C, not in the middle of a write."""
    import signal
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _Outliving):
            setattr(sys, name, _Outliving(stream))
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) is signal.SIG_DFL:
        signal.signal(signal.SIGHUP, lambda *_: os.kill(os.getpid(), getattr(signal, hangup)))


def _warn_default_contact(settings) -> None:
    """One line before a crawl of real sites whose User-Agent names the project's contact URL, not the
    operator's: a site owner who sees the crawl cannot reach who runs it. A local test crawl needs none."""
    from scrapy.settings import SETTINGS_PRIORITIES
    own_agent = settings.getpriority("USER_AGENT") >= SETTINGS_PRIORITIES["cmdline"]  # `-s USER_AGENT=…`: theirs
    if settings.get("CONTACT_URL") == settings.get("DEFAULT_CONTACT_URL") and not settings.getbool("ALLOW_PRIVATE") \
            and not own_agent:
        click.echo("warning: the User-Agent names the project's contact URL; give site owners yours with --contact "
                   "URL (or $POLICY_ARCHIVE_CONTACT)", err=True)


def _due_only(db, seeds: list) -> list:
    """The seeds whose company is due (`schedule.due_sites`), saying how many are not: a weekly `crawl --due`
    skipped a policy whose interval had grown past a week without a word (a fresh user's trial)."""
    from archive import schedule
    wanted = set(schedule.due_sites(db, [s.site for s in seeds]))
    if later := sum(s.site not in wanted for s in seeds):
        click.echo(f"{later} of {len(seeds)} compan{'y' if len(seeds) == 1 else 'ies'} not due yet (checks of an "
                   "unchanged policy grow up to 14 days apart); `crawl` without --due checks every one")
    return [s for s in seeds if s.site in wanted]


def _crawl_on_cluster(db_path, redis_url, seeds, targets, due, rediscover, wait, webhook=None):
    from rich.console import Console

    from archive import notify, schedule

    from . import distributed
    client = distributed.connect(redis_url)
    db = open_archive(db_path)
    if due:
        seeds = _due_only(db, seeds)
    elif not rediscover:
        waiting = schedule.discovery_waiting(db, [s.site for s in seeds if not s.policy_url])
        seeds = [s for s in seeds if s.site not in waiting]
    last_version = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
    queued = distributed.enqueue(client, db, seeds, kind="due" if due else "crawl", args=" ".join(targets),
                                 rediscover=rediscover)
    db.close()
    click.echo(f"crawl {queued['crawl']}: {queued['sites']} compan{'y' if queued['sites'] == 1 else 'ies'} put on the "
               f"frontier" + (f", {queued['skipped']} already queued by an earlier crawl" if queued["skipped"] else ""))
    if not wait:
        return
    done = _wait_on_cluster(client, db_path, queued, wait)
    print_table(Console(emoji=False), distributed.report_table(distributed.crawl_results(client, queued["crawl"]),
                                                               REPORT_EVERY_SITE))
    if done.get("failed"):
        click.echo(f"Error: {done['failed']}", err=True)
        raise SystemExit(1)  # as a single-process crawl's outage: a scheduler or cron job must see it
    if webhook:  # the writer has recorded the whole crawl: its new versions are in the archive
        db = open_archive(db_path, readonly=True)
        try:
            delivery = notify.deliver(db, webhook, last_version)
        finally:
            db.close()
        click.echo(f"webhook: {delivery.sent} message(s) sent" + (f", {len(delivery.failed)} not delivered "
                   "(posted again by the next crawl with this --webhook)" if delivery.failed else ""))
        for failure in delivery.failed:
            click.echo(f"webhook: {failure}", err=True)


def _take_lease(db, wait: float):
    from archive import schedule
    deadline = time.monotonic() + wait
    while True:
        try:
            return schedule.acquire_lease(db, f"crawl pid {os.getpid()}")
        except schedule.LeaseHeld as e:
            if time.monotonic() >= deadline:
                if wait:  # its message offers --wait: say that it was given, and how long it waited
                    raise ArchiveError(f"{e.held}; waited {wait:g} s for it: stop it, or wait longer "
                                       "(--wait SECONDS)") from None
                raise
            time.sleep(min(5.0, max(0.1, deadline - time.monotonic())))


MIN_EVERY = 5 * 60  # seconds; see schedule_cmd
MAX_EVERY = 365 * 86400


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The cluster's Redis (redis://HOST:PORT/DB).")
@click.option("--allow-private", is_flag=True,
              help="Also fetch private, loopback and link-local addresses (local tests, an intranet).")
@click.option("--contact", metavar="URL", callback=_url_option,
              help="Contact URL or e-mail put in the User-Agent, so that a site can reach whoever crawls it "
                   "(default: $POLICY_ARCHIVE_CONTACT, else the project's page; name your own).")
@click.option("--max-idle", type=click.IntRange(0, 10**9), default=0, metavar="SECONDS",
              help="Stop after the frontier has been empty this long (default: run until stopped).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--browser", type=click.Choice(["never", "auto", "always"], case_sensitive=False), default=None,
              help="Render pages in Chromium (needs /usr/bin/chromium on this machine): never: nothing, whatever a "
                   "seed says; auto (default): only pages whose HTML needs it; always. A seed's browser=MODE "
                   "overrides auto and always.")
@click.option("--log-level", default="WARNING", show_default=True, help="Scrapy's log level.",
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], case_sensitive=False))
@click.pass_context
def worker(ctx, redis_url, allow_private, contact, max_idle, overrides, browser, log_level):
    """Crawl companies from the shared frontier and send their captures to the archive's queue (run as many
    as you like, on any machine; politeness per host holds for all of them together). Needs no archive: the
    global --db only names where robots.txt is kept (DB.robots.sqlite).

    Example: policy-archive worker --redis redis://10.0.0.5:6379/0 --contact https://example.org/crawler
    """
    from . import distributed
    folder = Path(ctx.obj["db"]).resolve().parent
    if not folder.is_dir():  # its robots.txt cache is DB.robots.sqlite
        raise ArchiveError(f"--db {ctx.obj['db']}: the folder {folder} does not exist")
    distributed.connect(redis_url)
    settings = crawl_settings(ctx.obj["db"], allow_private, False, contact, (), log_level, browser)
    distributed.worker_settings(settings, redis_url, max_idle)
    for item in overrides:  # after the worker's defaults, so that -s wins over them too
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ArchiveError(f"-s {item!r}: expected NAME=VALUE")
        settings.set(name.strip(), value, priority="cmdline")
    _warn_default_contact(settings)  # after -s: `-s CONTACT_URL=…` or `-s USER_AGENT=…` names the operator
    _outlive_the_output()
    click.echo(f"worker: taking companies from {distributed.shown(redis_url)} (Ctrl-C gives back the unfinished "
               "ones)", err=True)
    stats = distributed.run_worker(settings)
    delivered = stats.get("cluster/delivered", 0)
    click.echo(f"worker: {delivered} compan{'y' if delivered == 1 else 'ies'} delivered, "
               f"{stats.get('response_received_count', 0)} responses received (robots.txt files included; `runs` "
               "counts the companies' pages)", err=True)


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The cluster's Redis (redis://HOST:PORT/DB).")
@click.option("--batch", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Companies recorded per SQLite transaction, at most.")
@click.option("--max-idle", type=click.IntRange(0, 10**9), default=0, metavar="SECONDS",
              help="Stop after the queue has been empty this long (default: run until stopped).")
@click.pass_context
def writer(ctx, redis_url, batch, max_idle):
    """Record the cluster's captures into the archive (exactly one, beside the archive file): each company's
    captures go through archive.record, and leave the queue only once committed. A second writer, or a
    crawl, on the same archive is refused (the archive's crawl lease). Ctrl-C or SIGTERM (`kill`, `docker
    stop`) stops it: a batch under way rolls back and stays queued, the lease is released.

    Example: policy-archive --db /srv/policies/archive.db writer --redis redis://127.0.0.1:6379/0
    """
    from archive import schedule

    from . import distributed
    client = distributed.connect(redis_url)
    db = open_archive(ctx.obj["db"])
    schedule.close_dead_runs(db)
    w = distributed.Writer(db, client, batch=batch)
    # the handlers before the lease: a stop just after it is taken must release it too (`release_lease` deletes only
    # this process's row)
    _outlive_the_output()
    _stop_on_signals()
    try:
        try:
            schedule.acquire_lease(db, f"writer pid {os.getpid()}")
        except schedule.LeaseHeld as e:  # not `crawl --wait`'s hint: one writer records into an archive
            raise schedule.LeaseHeld(e.held, "one writer records into an archive: stop that one first, or use it") \
                from None
        click.echo(f"writer: recording {distributed.shown(redis_url)}'s captures into {ctx.obj['db']} (Ctrl-C stops)",
                   err=True)
        w.run(max_idle=max_idle)
    except KeyboardInterrupt:
        pass
    finally:
        schedule.release_lease(db)
        db.close()  # checkpoints: the .db file alone is the archive
    per = f", {w.busy_cpu / w.captures * 1000:.1f} ms CPU per capture" if w.captures else ""
    click.echo(f"writer: {w.recorded} compan{'y' if w.recorded == 1 else 'ies'}, {w.captures} capture(s) "
               f"recorded{per}; queue at most {w.max_queue}", err=True)


def _stop_on_signals() -> None:
    """SIGINT and SIGTERM raise KeyboardInterrupt, also in a process a shell started in the background with
    SIGINT ignored (`nohup ... &`, a service manager's job: POSIX has such children inherit SIGINT ignored, and
    Python then installs no handler), so `kill -INT` stops it as Ctrl-C does, as it stops a crawl (Scrapy takes
    SIGINT whatever it inherited), and a `kill` too."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)


@cli.command("schedule")
@click.argument("targets", nargs=-1, metavar="[SEEDS_FILE | URL ...]")
@click.option("--every", default="1d", show_default=True, metavar="DURATION",
              help="How often to run `crawl --due`: 30m, 6h, 1d... (at least 5m, at most 365d).")
@click.option("--max-runs", type=COUNT, default=None,
              help="Stop after this many runs (default: run forever).")
@click.option("--allow-private", is_flag=True, help="Passed to each crawl.")
@click.option("--contact", metavar="URL", callback=_url_option,
              help="Passed to each crawl: the contact URL put in the User-Agent.")
@click.option("--webhook", metavar="URL", callback=_url_option, help="Passed to each crawl.")
@click.option("--browser", type=click.Choice(["never", "auto", "always"], case_sensitive=False), default=None,
              help="Passed to each crawl (default auto: render only pages that need it).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Passed to each crawl: override a Scrapy setting.")
@click.pass_context
def schedule_cmd(ctx, targets, every, max_runs, allow_private, contact, webhook, browser, overrides):
    """Run `crawl --due` now and then every DURATION, in the foreground, forever (for a container or a
    service). Each crawl runs in its own process, so one crash never stops the schedule.

    DURATION is at least 5m: `crawl --due` fetches only what is due, and every next check carries at
    least 12 minutes of jitter (10% of the shortest interval, a 2-hour retry), so running more often
    cannot make a check more punctual. `kill -USR1 PID` starts the next run at once (after editing the
    seeds file, say). Ctrl-C stops the schedule: a crawl under way stops as a crawl does (what it fetched
    is recorded; a second Ctrl-C stops it at once), then the schedule exits with status 130 (143 for a
    SIGTERM, which stops it the same way). With
    --max-runs, the exit status is the last run's.

    Example: policy-archive schedule --every 1d seeds.txt
    """
    import datetime as dt
    import signal
    import threading

    from archive import clock
    from archive.store import iso
    period = parse_duration(every)
    if not MIN_EVERY <= period <= MAX_EVERY:
        raise ArchiveError(f"--every {every}: give between 5m and 365d (more often than every 5 minutes "
                           "cannot make a due check more punctual; `kill -USR1 PID` runs one now)")
    seeds_from_args(targets or ("seeds.txt",))  # a bad seeds file, archive or setting fails now, not at 3 a.m.
    open_archive(ctx.obj["db"]).close()
    crawl_settings(ctx.obj["db"], allow_private, False, contact, overrides, None, browser)
    args = [sys.executable, "-m", "crawler.cli", "--db", ctx.obj["db"], "crawl", "--due", "--no-progress",
            "--wait", str(min(period, 3600))]
    args += ["--allow-private"] if allow_private else []
    args += ["--contact", contact] if contact else []
    args += ["--webhook", webhook] if webhook else []
    args += [a for item in overrides for a in ("-s", item)]
    wake = threading.Event()
    # Ctrl-C, or `kill -INT`, stops the schedule also when a shell started it with SIGINT ignored (`nohup ... &`),
    # as it stops a crawl; SIGTERM is handled below
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(signal, "SIGUSR1"):
        signal.signal(signal.SIGUSR1, lambda *_: wake.set())
    crawl_now: dict = {}  # the crawl process under way, and whether a SIGTERM asked the schedule to stop

    def terminate(*_):  # `kill`, `docker stop`, supervisord: the crawl stops as on Ctrl-C, not orphaned
        crawl_now["terminated"] = True
        if (proc := crawl_now.get("proc")) is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        wake.set()
    signal.signal(signal.SIGTERM, terminate)
    _outlive_the_output()  # a closed terminal (SIGHUP) stops it as SIGTERM does; its lines are dropped, not fatal
    args += ["--browser", browser] if browser else []
    runs = code = 0
    while max_runs is None or runs < max_runs:
        started = time.monotonic()
        click.echo(f"schedule: run {runs + 1} starts at {iso(clock.now())}", err=True)
        code, stopped = _crawl_process([*args, *targets], crawl_now)
        runs += 1
        click.echo(f"schedule: run {runs} ended with exit code {code} at {iso(clock.now())}", err=True)
        if stopped or crawl_now.get("terminated"):
            click.echo(f"schedule: stopped ({'Ctrl-C' if stopped else 'SIGTERM'})", err=True)
            raise SystemExit(130 if stopped else 143)
        if max_runs is not None and runs >= max_runs:
            break
        wait = max(0.0, period - (time.monotonic() - started))
        click.echo(f"schedule: next run at {iso(clock.now() + dt.timedelta(seconds=wait))} "
                   "(`kill -USR1` runs it now)", err=True)
        try:
            wake.wait(wait)  # SIGUSR1 (or SIGTERM) ends the wait
        except KeyboardInterrupt:
            click.echo("schedule: stopped (Ctrl-C)", err=True)
            raise SystemExit(130) from None
        if crawl_now.get("terminated"):
            click.echo("schedule: stopped (SIGTERM)", err=True)
            raise SystemExit(143)
        wake.clear()
    raise SystemExit(code)


def _crawl_process(cmd: list[str], now: dict) -> tuple[int, bool]:
    """(exit status, stopped by Ctrl-C) of one scheduled crawl, run in a session of its own so that the
    terminal's Ctrl-C reaches the schedule alone, which passes each one on: the first stops the crawl
    gracefully, a second at once, as for a crawl run by hand. (Left in the terminal's group, the crawl got the
    first Ctrl-C while `subprocess.run` killed it 0.25 s later, its run left `running`.) `now["proc"]` is the
    process while it runs, for the schedule's SIGTERM handler to stop it the same way."""
    import signal
    import subprocess
    proc = now["proc"] = subprocess.Popen(cmd, start_new_session=True)
    stopped = False
    while True:
        try:
            return proc.wait(), stopped
        except KeyboardInterrupt:
            stopped = True
            proc.send_signal(signal.SIGINT)


def parse_duration(text: str) -> float:
    """Seconds in '90s', '30m', '6h', '1d' or '2w'."""
    import re
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text or "")
    if not m:
        raise ArchiveError(f"bad duration {text!r}: use a number and a unit, e.g. 30m, 6h, 1d")
    return float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[m.group(2)]


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="SITE|URL...")
@click.option("--from", "from_", metavar="DATE", help="Captures from this day or time on (YYYY-MM-DD, ISO 8601).")
@click.option("--to", "to", metavar="DATE", help="Captures up to the end of this day or this time.")
@click.option("--archive", default="https://web.archive.org", show_default=True, metavar="URL",
              help="A Wayback-style archive: the Internet Archive, or a pywb collection (http://HOST:PORT/COLL).")
@click.option("--every", metavar="PERIOD", help="At most one change point per PERIOD (30d, 12w...): bounds the "
              "fetches for a page whose bytes change at every capture.")
@click.option("--discover", is_flag=True, help="Also find the policy's earlier URLs in archived homepages "
              "(one a year) and redirects, and backfill each for its own period.")
@click.option("--contact", metavar="URL", callback=_url_option,
              help="Contact URL put in the User-Agent (default: as the crawl).")
@click.option("--cdx-rate", type=float, metavar="N",
              help="At most N CDX requests a minute (default 24; 600 for an archive on this machine or a private "
                   "network, your own pywb).")
@click.option("--rate", type=float, metavar="N",
              help="At most N memento fetches a minute (default 30, the Internet Archive's polite rate; 600 for an "
                   "archive on this machine or a private network).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.pass_context
def backfill(ctx, targets, from_, to, archive, every, discover, contact, cdx_rate, rate, no_progress):
    """Add a policy's history from a web archive: every distinct capture the archive holds, recorded
    at its archive time through the same path as a crawl. Idempotent, and resumable after a kill.

    SITE is a company in the archive (every policy URL known for it); URL is a policy URL, known or new.
    Only the first capture of each content digest is fetched, raw (`id_`), at a polite rate.

    \b
    Examples:
      policy-archive backfill tinder.com --from 2015-01-01
      policy-archive backfill https://example.com/privacy --archive http://127.0.0.1:8080/my-coll
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from archive import schedule

    from archive.lookup import parse_when

    from . import backfill as bf

    start = parse_when(from_, end_of_day=False) if from_ is not None else None
    end = parse_when(to) if to is not None else None
    period = parse_duration(every) if every else None
    if period is not None and period <= 0:
        raise ArchiveError(f"--every {every}: give a period longer than zero (e.g. 30d), or leave it out")
    if period is not None and period < 86400:  # "1m" read as a month (a user's trial): minutes, as schedule's
        said = f"{period / 60:g} minute(s)" if period < 3600 else f"{period / 3600:g} hour(s)"
        click.echo(f"note: --every {every} is {said} ('m' is minutes); a month is 30d", err=True)
    wayback = bf.WaybackArchive(archive)  # a bad --archive stops here, before the archive file is touched
    own = wayback.is_local()  # your own pywb is not a public service to spare
    cdx_rate = cdx_rate if cdx_rate is not None else (bf.LOCAL_PER_MINUTE if own else bf.CDX_PER_MINUTE)
    rate = rate if rate is not None else (bf.LOCAL_PER_MINUTE if own else bf.FETCH_PER_MINUTE)
    for name, value in (("--cdx-rate", cdx_rate), ("--rate", rate)):
        if value <= 0:
            raise ArchiveError(f"{name} {value:g}: give a number of requests a minute above zero")
    if start and end and start > end:
        raise ArchiveError("--from is after --to")
    for target in (t for t in targets if "://" in t):  # a URL urllib cannot split stops before a new archive
        checked_url(target.strip(), "backfill")
    # a company is looked up in an archive that exists; a policy URL may start a new one
    new = not Path(ctx.obj["db"]).exists()  # made by this backfill: removed again if nothing comes of it
    db = open_archive(ctx.obj["db"], create=any("://" in t for t in targets))
    bf.resolve_targets(db, targets)  # an unknown site stops here, before a run is recorded
    from .settings import CONTACT_URL, DEFAULT_CONTACT_URL
    if not contact and CONTACT_URL == DEFAULT_CONTACT_URL and not own:  # your own pywb needs no contact
        click.echo("warning: the User-Agent names the project's contact URL; set yours with --contact URL "
                   "(or $POLICY_ARCHIVE_CONTACT) so the archive can reach you", err=True)
    schedule.close_dead_runs(db)
    _outlive_the_output(hangup="SIGINT")  # it stops on KeyboardInterrupt
    run_id = schedule.start_run(db, "backfill", " ".join(targets))
    console = Console(stderr=True)
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=console, transient=True, disable=no_progress or not console.is_terminal)
    tasks = {}

    def progress(url, done, total):
        if url not in tasks:
            tasks[url] = bar.add_task(url[-60:], total=total)
        bar.update(tasks[url], completed=done, total=total)

    try:
        with bar:
            summary = bf.backfill(db, targets, archive=archive, start=start, end=end, every=period,
                                  discover=discover, contact=contact, cdx_per_minute=cdx_rate,
                                  fetch_per_minute=rate, progress=progress)
    except KeyboardInterrupt:  # Ctrl-C, as a crawl or an import takes it: what was recorded stays
        schedule.finish_run(db, run_id, {}, ["interrupted"], status="interrupted")
        db.close()
        click.echo("interrupted: the captures fetched so far are recorded; run the same backfill again to fetch "
                   "the rest (what is in the archive is not fetched twice)", err=True)
        raise SystemExit(130) from None  # 128 + SIGINT
    except BaseException as e:
        schedule.finish_run(db, run_id, {}, [f"{type(e).__name__}: {e}"], status="failed")
        if new and _forget_if_empty(db, ctx.obj["db"]) and isinstance(e, ArchiveError):
            raise ArchiveError(_no_archive_made(str(e))) from None
        raise
    table = Table(title=f"Backfill from {bf.WaybackArchive(archive).name}")
    for col in ("policy URL", "listed", "fetched", "recorded", "new", "unchanged", "rejected", "already",
                "note"):
        table.add_column(col, overflow="fold")
    errors = []
    for r in summary.reports:
        o = r.outcomes
        note = r.error or r.note or (r.found_by or "")
        if period and r.listed > r.planned and not r.error:  # (a user's trial took them for none)
            note = f"--every {every}: {r.listed - r.planned} listed captures between change points not fetched; {note}"
            note = note.strip("; ")
        if r.unavailable:
            note = f"{r.unavailable} not replayed; {note}".strip("; ")
        if r.error:
            errors.append(f"{r.url}: {r.error}")
        table.add_row(r.url, str(r.listed), str(r.fetched), str(o["new_version"] + o["unchanged"] + o["rejected"]),
                      str(o["new_version"]), str(o["unchanged"]), str(o["rejected"]), str(r.already + o["duplicate"]),
                      note)
    print_table(Console(emoji=False), table)
    c = summary.counts
    click.echo(f"{len(summary.reports)} URL(s): {summary.outcome('new_version')} new versions, "
               f"{summary.outcome('unchanged')} unchanged, {summary.outcome('rejected')} rejected; "
               f"{summary.versions} versions in all; {c.cdx} CDX and {c.fetches} memento requests"
               + (f" ({c.retries} retried, {c.waited_for_archive:.0f} s waited for the archive)" if c.retries else "")
               + f" in {summary.seconds:.1f} s")
    counts = {"urls": len(summary.reports), "cdx_requests": c.cdx, "fetches": c.fetches,
              **{k: summary.outcome(k) for k in ("new_version", "unchanged", "rejected", "duplicate")}}
    if discover and not summary.discovered:
        click.echo(f"--discover: no other policy URL found ({c.homepages} archived homepage"
                   f"{'' if c.homepages == 1 else 's'} read"
                   + ("; the archive lists none of the site's homepage in that time" if not c.homepages else "")
                   + ")", err=True)
    schedule.finish_run(db, run_id, counts, errors)
    failed = bool(errors) and len(errors) == len(summary.reports)
    gone = new and _forget_if_empty(db, ctx.obj["db"])  # (a user's trial: an archive listing no capture left one)
    if not gone:
        db.close()  # checkpoints: the .db file alone is the archive
    if failed:
        raise ArchiveError(_no_archive_made(errors[0]) if gone else errors[0])
    if gone:
        click.echo(f"nothing was recorded, so no archive was made ({ctx.obj['db']} not created)", err=True)


def _no_archive_made(message: str) -> str:
    return message[:-1] + "; no archive was made)" if message.endswith(")") else message + " (no archive was made)"


def _forget_if_empty(db, path) -> bool:
    """Delete the archive `db` (closed) when it holds no capture: one a failed backfill made, with only its
    failed run in it, as `import-warc` removes one it found nothing for. True if deleted."""
    if db.execute("SELECT 1 FROM captures LIMIT 1").fetchone() is not None:
        return False
    db.close()
    _remove_archive(Path(path))
    return True


@cli.command()
@click.option("--out", default="demo.db", show_default=True, type=click.Path(dir_okay=False),
              help="The demo's own archive (recreated on each run; a file holding any other archive is refused).")
@click.option("--keep-serving", is_flag=True, help="Keep the demo web running afterwards, to browse or crawl it "
              "yourself: it prints the proxy to use (http_proxy=..., crawl --allow-private) and a seeds line per "
              "company.")
def demo(out, keep_serving):
    """The whole product offline in about a minute: a local web of companies built from the seed policies,
    a crawl, an edit of one policy, a second crawl, then the history and the diff.

    Example: policy-archive demo
    """
    from .demo import run_demo
    run_demo(out, keep_serving=keep_serving)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line: input, type, score, language, reason.")
@click.option("--allow-private", is_flag=True, help="Allow URLs on private, loopback or link-local addresses.")
@click.option("--contact", metavar="URL", callback=_url_option,
              help="Contact URL or e-mail put in the User-Agent, so that a site can reach whoever crawls it "
                   "(default: $POLICY_ARCHIVE_CONTACT, else the project's page; name your own).")
@click.option("--browser", type=click.Choice(["never", "auto", "always"], case_sensitive=False), default="auto",
              show_default=True, help="Render a URL in Chromium: never; auto (only when its HTML needs it: a "
              "JavaScript shell, a challenge page, an empty body with scripts); always.")
def classify(inputs, as_json, allow_private, contact, browser):
    """What kind of page each input is: privacy_policy, terms, cookies, imprint, other_legal or not_legal,
    with a score (0-1) and the reason. Files may be HTML, PDF, Markdown or plain text; a URL is fetched
    politely (robots.txt, our User-Agent, timeouts, no private addresses unless --allow-private), rendered
    in Chromium only when its HTML needs it (--browser), and nothing is archived.

    Example: policy-archive classify saved/privacy.html https://example.org/legal/privacy --json
    """
    import json as json_mod

    from archive.classify import classify_bytes

    from .fetch import fetch_page, user_agent

    failed = False
    for item in inputs:
        fetched_by = {}
        try:
            if "://" in item:
                checked_url(item, "classify")
                # as a crawl does: plain HTML first, the browser only when the page needs it (crawler/browser.py)
                page = fetch_page(item, allow_private=allow_private, contact=contact)
                body, content_type, final_url = page.body, page.content_type, page.final_url
                from .browser import needs_browser
                why = "always" if browser == "always" else (
                    needs_browser(body, content_type, final_url) if browser == "auto" and page.status < 400 else None)
                if why:
                    from .browser import fetch_with_escalation
                    rendered = fetch_with_escalation(item, browser="always", allow_private=allow_private,
                                                     settings_overrides={"USER_AGENT": user_agent(contact)})
                    if rendered["error"]:
                        raise ArchiveError(f"{item}: Chromium could not render it ({rendered['error']})")
                    body, final_url = rendered["body"], rendered["final_url"]
                    content_type = rendered["headers"].get("content-type")
                    fetched_by = {"fetcher": "browser", "escalation": why}
                elif page.status >= 400:
                    raise ArchiveError(f"{item}: HTTP {page.status}")
                else:
                    fetched_by = {"fetcher": "html"}
                verdict = classify_bytes(body, content_type, final_url)
            else:
                path = Path(item)
                if path.is_dir():
                    raise ArchiveError(f"{item}: a folder; give its files (`classify {item}/*.html`)")
                if not path.is_file():
                    raise ArchiveError(f"{item}: no such file")
                body = path.read_bytes()
                from archive.extract import is_binary, pdf
                if not pdf.is_pdf(body, None) and is_binary(body, None):
                    raise ArchiveError(f"{item}: binary data, not a page (HTML, PDF, Markdown or plain text)")
                verdict = classify_bytes(body, None, path.name)
                from .browser import needs_browser
                if (why := needs_browser(body, "text/html" if path.suffix.lower() in (".html", ".htm") else None,
                                         path.name)) and verdict.type == "not_legal":
                    # a saved page whose text scripts build: what it is shows only once rendered
                    kind = {"js_shell": "a JavaScript shell", "empty_body": "an empty page of scripts",
                            "challenge": "a bot challenge"}.get(why, why)
                    verdict = dataclasses.replace(verdict, reason=f"{verdict.reason}; the file is {kind} (what it "
                                                  "shows is built by scripts): classify its URL to render it")
        except ArchiveError as exc:
            failed = True
            if as_json:
                click.echo(json_mod.dumps({"input": item, "error": str(exc)}, ensure_ascii=False))
            else:
                click.echo(f"Error: {exc}", err=True)
            continue
        if as_json:
            click.echo(json_mod.dumps({"input": item, **verdict.as_dict(), **fetched_by}, ensure_ascii=False))
        else:
            click.echo(f"{item}\t{verdict.type}\t{verdict.score:.2f}\t{verdict.language or '-'}\t{verdict.reason}")
    if failed:
        sys.exit(2)


def main(argv=None):
    logging.getLogger("scrapy").propagate = True
    return cli.main(args=argv, prog_name="policy-archive")


if __name__ == "__main__":
    sys.exit(main())
