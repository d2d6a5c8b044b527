"""The `policy-archive` command group and the archive's commands. Thin: parse, call the library, print.

The crawler adds `crawl` and `demo` to this group (crawler/cli.py); the archive never imports it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import os
import re
import shlex
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import click

from . import lookup
from .capture import NO_REFUSAL_SQL, NOT_ESCALATED_SQL
from .clock import now
from .errors import ArchiveError
from .extract import EXTRACTOR_VERSION
from .store import SCHEMA_VERSION, iso, parse_iso, time_cmp


class ArchiveGroup(click.Group):
    """Turns a user's mistake (ArchiveError, a locked / read-only / full database, a usage error such as a
    missing argument, a bad option value, an unknown option or command) into one line, exit 2.

    Every command of the group, the crawler's included, is parsed and run inside `make_context` (the group's
    own options) and `invoke` (the command's), so this is the one place that shapes the errors."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as e:
            raise OneLineUsageError.of(e, info_name) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as e:  # (an option's missing value is raised without the command's context)
            sub = ctx.invoked_subcommand
            raise OneLineUsageError.of(e, f"{ctx.command_path} {sub}" if sub else ctx.command_path) from None
        except ArchiveError as e:
            raise UserError(str(e)) from None
        except KeyboardInterrupt:  # a second Ctrl-C, which stops at once (click said "Aborted!" and exited 1): its
            # transaction rolled back, what was committed before stays; 130 as for the first, as a shell reports it
            click.echo("\ninterrupted: stopped at once; what was recorded before stays, and the same command run "
                       "again resumes", err=True)
            ctx.exit(128 + signal.SIGINT)
        except BrokenPipeError:  # the pipe's reader stopped (`| head`): quietly, with the status of a command
            # killed by SIGPIPE, as `git log | head` (click said nothing and exited 1, a failure to a script)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing is flushed into it at exit
            ctx.exit(128 + signal.SIGPIPE)
        except ValueError as e:
            if "null byte" not in str(e):
                raise
            raise UserError("a file name or argument contains a NUL byte") from None
        except sqlite3.OperationalError as e:
            message = str(e)
            hints = {"readonly": "the archive is read-only", "disk is full": "the disk is full",
                     "disk I/O error": "the disk refused a write (full, over a quota or a file-size limit, or failing)",
                     "locked": "the archive is busy (another process holds it: an import or a crawl starting or "
                               "running)",
                     "unable to open": "cannot open the archive file"}
            for key, text in hints.items():
                if key in message:
                    # a write refused midway (an import, a crawl) undoes its own transaction only: what the command
                    # committed before stays, whole, and the same command resumes (what is recorded is skipped)
                    done = ("nothing was changed" + ("; run this again once it has finished" if key == "locked"
                                                     else "") if key in ("readonly", "locked", "unable to open") else
                            "the step that failed was undone; what was recorded before it stays, and running the "
                            "same command again resumes")
                    raise UserError(f"{text}: {message}; {done}") from None
            raise
        except sqlite3.DatabaseError as e:  # a damaged file: pages of it overwritten, cut short, not SQLite at all
            raise UserError(f"the archive {ctx.find_root().params.get('db_path')} is damaged ({e}): restore it from a "
                            "backup, or save what SQLite can still read with `sqlite3 FILE .recover`") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file=None):
        click.echo(f"Error: {_one_line(self.format_message())}", err=True)


class OneLineUsageError(click.UsageError):
    """click's usage error as one line with a hint, instead of its usage block (three more lines):
    `Error: Missing argument 'SITE|URL'. Try 'policy-archive history --help'.`"""

    @classmethod
    def of(cls, e: click.UsageError, command_path: str | None) -> click.UsageError:
        if isinstance(e, (cls, click.exceptions.NoArgsIsHelpError)):  # the bare group prints its help
            return e
        message = e.format_message()
        if isinstance(e, click.NoSuchOption) and e.option_name in ("--db", "--rules"):  # `status --db x`
            message = (f"{e.option_name} goes before the command: policy-archive {e.option_name} FILE COMMAND … "
                       f"(or ${'POLICY_ARCHIVE_DB' if e.option_name == '--db' else 'POLICY_ARCHIVE_RULES'})")
        one = cls(message, e.ctx)
        one.command_path = e.ctx.command_path if e.ctx is not None else command_path
        return one

    def show(self, file=None):
        message = _one_line(self.format_message())
        if message and message[-1] not in ".?!":
            message += "."
        path = getattr(self, "command_path", None)
        hint = f" Try '{path} --help'." if path else ""
        click.echo(f"Error: {message}{hint}", err=True)


@click.group(cls=ArchiveGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", envvar="POLICY_ARCHIVE_DB", default="archive.db", show_default=True,
              type=click.Path(dir_okay=False), help="Archive file (or $POLICY_ARCHIVE_DB).")
@click.option("--rules", "rules_path", envvar="POLICY_ARCHIVE_RULES", type=click.Path(dir_okay=False),
              help="Optional per-site extraction rules (TOML: CSS select / remove), or $POLICY_ARCHIVE_RULES.")
@click.version_option(package_name="policy-archive",
                      message=f"%(prog)s %(version)s (extractor {EXTRACTOR_VERSION}, archive schema {SCHEMA_VERSION})")
@click.pass_context
def cli(ctx, db_path, rules_path):
    """A versioned, citable archive of companies' privacy policies.

    Crawl or import captures, then ask what a policy said on a day, what changed, and export the
    history as a dataset. `policy-archive COMMAND --help` explains each command.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if rules_path:
        from .extract import rules
        os.environ[rules.ENV] = os.path.abspath(rules_path)  # extraction workers read the same rules
        try:
            rules.load()
        except ArchiveError as e:
            raise UserError(str(e)) from None


def open_db(*, create: bool = False, readonly: bool = False):
    """Open the archive named by --db for the current command."""
    from .store import open_archive
    ctx = click.get_current_context()
    db = open_archive(ctx.obj["db"], create=create, readonly=readonly)
    ctx.call_on_close(db.close)  # a writer checkpoints: the .db file alone is the archive (store.close_archive)
    return db


def _progress():
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                    transient=True, disable=not sys.stderr.isatty(), console=_stderr())


@contextlib.contextmanager
def _first_interrupt_stops():
    """While inside: the first Ctrl-C (SIGINT) or SIGTERM only asks the work to stop (the function yielded
    answers True from then on) and says so; a second one stops at once, as KeyboardInterrupt, whose
    transaction rolls back. Outside the main thread (no signals there), the work is never asked to stop."""
    import signal
    asked = []

    def handler(signum, frame):
        if asked:
            raise KeyboardInterrupt
        asked.append(signum)
        click.echo("\ninterrupted: finishing the records under way (Ctrl-C again stops at once)", err=True)

    try:
        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield lambda: False
        return
    try:
        yield lambda: bool(asked)
    finally:
        for sig, old in previous.items():  # once asked to stop, the command is on its way out: a Ctrl-C more
            signal.signal(sig, signal.SIG_IGN if asked else old)  # must not kill it while it says what stays


@functools.cache
def _stderr():
    from rich.console import Console
    return Console(stderr=True)


def _table(title: str | None, columns: list[str], rows: list[list]) -> None:
    """A table as wide as the terminal, the long cells of other columns wrapped; written to a file or a pipe,
    as wide as $COLUMNS when it is set, else as wide as its longest row (nothing wrapped: `history … > f.txt`
    keeps each cite id whole, and `--csv`/`--json` are for scripts)."""
    cells = [["" if v is None else str(v) for v in r] for r in rows]
    tty = sys.stdout.isatty()
    width = _width(columns, cells)
    plain = _plain_table(title, columns, cells, width, styled=tty and not os.environ.get("NO_COLOR"))
    if plain is not None:
        click.echo(plain)
        return
    from rich.console import Console
    from rich.table import Table
    table = Table(title=title, show_lines=False)
    widths = _fit(columns, cells, width) if _natural_width(columns, cells) > width else [None] * len(columns)
    for c, n in zip(columns, widths):
        table.add_column(c, overflow="fold", width=n)
    for r in cells:
        table.add_row(*r)
    # drawn into a string, then written as `_plain_table`'s is: rich writing itself would answer a closed pipe
    # (`| head`) with its own SystemExit(1), not the quiet 141 of ArchiveGroup
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=tty, color_system="standard" if tty else None,
            no_color=bool(os.environ.get("NO_COLOR"))).print(table)
    click.echo(out.getvalue(), nl=False)


_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z")


def _fit(columns: list[str], cells: list[list[str]], width: int) -> list[int | None]:
    """The width of each column of a table too wide for `width`, its cells rewritten in place: a column of
    short values (numbers, days, times written over two lines, day over hour: 12 characters at most) keeps them
    whole, and the long columns (change summaries, URLs) share the rest, their cells wrapped at word boundaries,
    long words folded. rich, left to itself, narrows every column in proportion and folds a day mid-number.
    [None, ...] (rich's own layout) when even the short columns do not fit."""
    import textwrap
    for r in cells:  # a time breaks between its day and its hour, not anywhere
        r[:] = [v.replace("T", "\n", 1) if _ISO_TIME.fullmatch(v) else v for v in r]
    heads = [max((len(w) for w in c.split()), default=0) for c in columns]
    short = [max((len(line) for r in cells for line in r[i].split("\n")), default=0) for i in range(len(columns))]
    mins = [max(n, h) if n <= 12 else None for n, h in zip(short, heads)]
    longs = [i for i, n in enumerate(mins) if n is None]
    room = width - sum(n for n in mins if n) - 3 * len(columns) - 1
    share = room // len(longs) if longs else room
    if room < 0 or (longs and share < max(8, *(heads[i] for i in longs))):
        return [None] * len(columns)
    for r in cells:
        for i in longs:
            r[i] = "\n".join(textwrap.fill(line, share, break_long_words=True, break_on_hyphens=False)
                             for line in r[i].split("\n"))
    return [share if n is None else n for n in mins]


def _width(columns: list[str], cells: list[list[str]]) -> int:
    """The width a table is drawn in: the terminal's; written to a file or a pipe, $COLUMNS when it is set,
    else the table's own (its longest row: nothing is wrapped)."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return _natural_width(columns, cells)


def _natural_width(columns: list[str], cells: list[list[str]]) -> int:
    """The width of a table none of whose cells is wrapped (rich's box: 3 characters a column, and 1)."""
    return sum(max([len(c), *(len(r[i]) for r in cells)]) + 3 for i, c in enumerate(columns)) + 1


def _plain_table(title: str | None, columns: list[str], rows: list[list[str]], width: int, *,
                 styled: bool = False) -> str | None:
    """The table rich draws (same box, same layout) when it fits `width` without wrapping and every cell is
    printable ASCII; None otherwise (rich then folds long cells and measures wide characters). Importing and
    running rich costs a reading command about 0.1 s, half of the start-up budget of `history`."""
    if any(not (c.isascii() and c.isprintable()) for r in [columns, *rows] for c in r) or \
            (title and not (title.isascii() and title.isprintable())):
        return None
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    total = sum(widths) + 3 * len(widths) + 1
    if total > width:
        return None

    def line(left, fill, sep, right):
        return left + sep.join(fill * (w + 2) for w in widths) + right

    bold = (lambda t: f"\x1b[1m{t}\x1b[0m") if styled else (lambda t: t)
    out = []
    if title:
        pad = total - len(title)
        text = " " * (pad // 2) + title + " " * (pad - pad // 2)
        out.append(f"\x1b[3m{text}\x1b[0m" if styled else text)
    out.append(line("┏", "━", "┳", "┓"))
    out.append("┃" + "┃".join(f" {bold(c.ljust(w))} " for c, w in zip(columns, widths)) + "┃")
    out.append(line("┡", "━", "╇", "┩"))
    out += ["│" + "│".join(f" {c.ljust(w)} " for c, w in zip(r, widths)) + "│" for r in rows]
    out.append(line("└", "─", "┴", "┘"))
    return "\n".join(out)


def output_options(f):
    """--json / --csv for a listing command: machine-readable rows instead of the table."""
    f = click.option("--csv", "as_csv", is_flag=True, help="Print CSV (a header and one line per row).")(f)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of objects).")(f)


def _emit(title: str | None, columns: list[str], rows: list[list], as_json: bool = False, as_csv: bool = False,
          keys: list[str] | None = None) -> None:
    """The rows as a table, or as JSON / CSV under `keys` (snake_case names; default: the columns)."""
    if as_json and as_csv:
        raise ArchiveError("give --json or --csv, not both")
    keys = keys or columns
    if as_json:
        import json
        click.echo(json.dumps([dict(zip(keys, r)) for r in rows], ensure_ascii=False, indent=2))
    elif as_csv:
        import csv
        import io
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(keys)
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        _table(title, columns, rows)


# a count or number given on the command line reaches SQLite, whose integers are 64-bit: larger is refused by
# click in one line, not an OverflowError from the query
class _SQLiteInt(click.IntRange):
    name = "integer"

    def __init__(self, min: int = -2**63):
        super().__init__(min, 2**63 - 1)

    def _describe_range(self) -> str:  # the help names the bound a user meets, not SQLite's
        return f"x>={self.min}" if self.min > -2**63 else ""

    def convert(self, value, param, ctx):
        n = click.INT.convert(value, param, ctx)
        if not -2**63 <= n < 2**63:
            self.fail(f"{n} is too {'large' if n > 0 else 'small'}", param, ctx)
        return super().convert(n, param, ctx)


COUNT, NUMBER = _SQLiteInt(1), _SQLiteInt()
MAX_WORKERS = 4 * (os.cpu_count() or 1)  # more processes than this only share the cores (3,000 took 11 GB)


@cli.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--workers", type=click.IntRange(min=1, max=MAX_WORKERS), default=None,
              help=f"Extraction processes (default: one per core; at most {MAX_WORKERS}, four per core).")
def import_warc(files, workers):
    """Import captures from WARC, WARC.gz, ARC and WACZ files.

    `response` and `resource` records are captures; `revisit` records count as unchanged captures of what
    they refer to. WARC-Date is the capture time (to the microsecond) and WARC-Target-URI the policy URL; a
    redirect followed by its target's response is one capture of the URL redirected, as a crawl records it.
    Importing a file twice adds nothing; a corrupt record is reported with the bytes skipped, and the rest
    imported; a file from which no record could be read exits with status 2.

    Example: policy-archive import-warc crawl-2024.warc.gz
    """
    import logging

    from .warc import check_archive_file, import_warcs
    logging.getLogger("warcio").addHandler(logging.NullHandler())  # its notes on odd URIs: not the user's concern
    for f in files:
        check_archive_file(f)  # before the archive is made: a refused file leaves no empty archive behind
    ctx = click.get_current_context()
    path = Path(ctx.obj["db"])
    # an archive this command made and could put nothing in goes once closed: registered before `open_db`
    # registers the close, so run after it (a context runs its close callbacks last first)
    unwanted = []
    ctx.call_on_close(lambda: unwanted and _remove_archive(path))
    new = not path.exists()
    db = open_db(create=True)
    from collections import Counter
    names = Counter(Path(f).name for f in files)  # two files of one name are told by their paths as given
    with _progress() as bar, _first_interrupt_stops() as stopped:
        tasks, told = {}, {}

        def progress(name, done, total):
            label = Path(name).name if names[Path(name).name] == 1 else str(name)
            if bar.disable:  # no terminal (a log, a pipe): a line at each quarter of a file read
                quarter = 4 * done // max(total, 1)
                if quarter < 4:  # (a file read to its end is told by the summary)
                    for q in range(told.get(name, 0) + 1, quarter + 1):  # each quarter, though a record spans two
                        click.echo(f"{label}: {25 * q}% read", err=True)
                    told[name] = max(quarter, told.get(name, 0))
                return
            if name not in tasks:
                tasks[name] = bar.add_task(label, total=total)
            bar.update(tasks[name], completed=done)

        from . import schedule
        with schedule.writing(db, f"import-warc pid {os.getpid()}"):
            summary = import_warcs(db, list(files), workers=workers, progress=progress, stop=stopped)
    if summary.empty and not summary.records and not summary.interrupted:  # nothing read at all: one line
        if new and db.execute("SELECT 1 FROM captures LIMIT 1").fetchone() is None:
            unwanted.append(path)
        why = f" ({summary.problems[0]})" if len(summary.problems) == 1 else ""
        raise ArchiveError(f"no WARC record could be read from {', '.join(summary.empty)}{why}: not a WARC, ARC or "
                           "WACZ file, or damaged throughout; nothing was imported"
                           + (" (no archive was made)" if unwanted else ""))
    for problem in summary.problems:
        click.echo(f"warning: {problem}", err=True)
    o = summary.outcomes
    click.echo(f"{summary.records} record{'' if summary.records == 1 else 's'}: {o['new_version']} new "
               f"version{'' if o['new_version'] == 1 else 's'}, {o['unchanged']} unchanged, "
               f"{o['rejected']} rejected, {o['duplicate']} already in the archive"
               + (f", {len(summary.problems)} unreadable" if summary.problems else ""))
    if summary.earlier_versions:
        click.echo(f"  versions {'added' if summary.earlier_versions > 0 else 'removed'} by re-judging captures "
                   f"already in the archive: {abs(summary.earlier_versions)}")
    if summary.followed:
        click.echo(f"  redirects joined to the capture of their target: {summary.followed}")
    if summary.other_pages:
        click.echo(f"  pages that never read as a policy (kept, not listed by `sites`): {summary.other_pages}")
    for reason, n in summary.reasons.most_common():
        click.echo(f"  rejected {reason}: {n}")
    for kind, n in summary.skipped.most_common():
        click.echo(f"  skipped {kind} records: {n}")
    if summary.interrupted:
        click.echo("interrupted: what was recorded stays; run the same import again to add the rest and number its "
                   "versions in time order (what is in the archive is skipped)", err=True)
        raise SystemExit(130)  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
    if summary.empty:
        names = ", ".join(summary.empty)
        if new and db.execute("SELECT 1 FROM captures LIMIT 1").fetchone() is None:
            unwanted.append(path)
        raise ArchiveError(f"no WARC record could be read from {names}: not a WARC, ARC or WACZ file, or damaged "
                           "throughout; nothing was imported from it" + (" (no archive was made)" if unwanted else ""))


def _remove_archive(path: Path) -> None:
    """Delete an archive file and its SQLite companions (-wal, -shm)."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


@cli.command()
@click.argument("target", metavar="SITE|URL")
@click.option("--all", "show_all", is_flag=True,
              help="Also list versions a reprocess superseded (marked 'superseded by vN') and those folded as a "
                   "volatile block's changes ('folded into vN').")
@output_options
def history(target, show_all, as_json, as_csv):
    """One row per version of a policy, in time order, with what changed from the version before.

    Numbers are for good: after a reprocess a new version takes the next unused number, and a version
    that no longer exists is superseded, not renumbered. 'upgraded' marks a technical upgrade (text
    re-extracted from the same captures). The first changes of a block inside the policy that changes at
    every visit (a live count, a rotating notice) are versions when they come, and are folded into the
    version before them once later captures show the block still changing ('folded into vN' with --all).

    The change column: kind (first, edit, replaced, formatting, date_only); sections changed (~),
    added (+), removed (−), moved (mv), renamed (rn); words added / removed; links; the declared date;
    "(= vN)" when the text is that of version N again (a page serving two texts in turn, an undone page).

    Examples: policy-archive history tinder.com ; policy-archive history tinder.com --csv > tinder.csv
    """
    from . import summary as S
    db = open_db(readonly=True)
    doc = lookup.resolve(db, target)
    rows = lookup.history(db, doc, include_superseded=show_all)
    numbers = {r["id"]: r["number"] for r in rows}
    changes = {r["version_id"]: r for r in db.query(
        "SELECT c.* FROM changes c JOIN versions v ON v.id = c.version_id WHERE v.document_id = ?", [doc.id])}
    from .cite import version_id as cite_id

    def note(r):
        if r["superseded_at"]:
            by = numbers.get(r["superseded_by"])
            verb = "folded into" if r["superseded_as"] == "volatile" else "superseded by"
            return f"{verb} v{by}" if by else verb.split()[0]
        return f"upgraded {r['upgraded_at'][:10]}" if r["upgraded_at"] else ""
    out, first_of = [], {}  # content hash -> the number of the first standing version with that text
    for r in rows:
        ch = changes.get(r["id"])
        summary = S.from_row(ch) if ch else None
        cid = cite_id(doc.site, doc.url, r["first_seen"], r["content_hash"])
        again = None
        if r["superseded_at"] is None:  # the text of an earlier version again
            again = first_of.setdefault(r["content_hash"], r["number"])
            again = None if again == r["number"] else again
        if as_json or as_csv:
            out.append([r["number"], r["id"], cid, r["first_seen"], r["last_seen"], r["word_count"],
                        r["content_hash"], r["captures"], r["declared_date"], ch["kind"] if ch else None,
                        ch["description"] if ch else None, again, bool(r["upgraded_at"]), r["superseded_at"]])
        else:
            change = (f"(= v{again}) " if again else "") + (summary.short() if summary else "")  # first: never wrapped apart
            out.append([r["number"], r["first_seen"], r["last_seen"], r["word_count"], r["captures"],
                        r["declared_date"], change, cid, note(r)])
    if not rows:  # say why, as `show` does, instead of an empty table (or a CSV of its header, exit 0)
        try:
            lookup.version_number(db, doc)
        except ArchiveError as e:
            raise ArchiveError(f"{e}; `history` has nothing to list") from None
    if as_json or as_csv:
        keys = ["version", "version_id", "cite_id", "first_seen", "last_seen", "word_count", "content_hash",
                "captures", "declared_date", "change_kind", "change_summary", "same_text_as", "technical_upgrade",
                "superseded_at"]
        if as_csv:
            out = [row[:-2] + [int(row[-2])] + row[-1:] for row in out]
        _emit(None, keys, out, as_json, as_csv)
        return
    columns = ["version", "first seen", "last seen", "words", "captures", "declared", "change",
               "cite id (show ID prints it)", "note"]
    if not any(row[-1] for row in out):  # the note column only when a version has one
        columns, out = columns[:-1], [row[:-1] for row in out]
    cells = [["" if v is None else str(v) for v in r] for r in out]
    if _width(columns, cells) < _natural_width(columns, cells):  # a narrow terminal would break the cite ids
        cite = columns.index("cite id (show ID prints it)")
        shown, rows = columns[:cite] + columns[cite + 1:], [r[:cite] + r[cite + 1:] for r in cells]
        change = shown.index("change")
        if _width(columns, cells) - _natural_width(shown[:change] + shown[change + 1:],
                                                   [r[:change] + r[change + 1:] for r in rows]) < 30:
            # 80 columns: a table would fold the change column a word a line
            _version_list(doc.url, shown, rows, _width(columns, cells))
        else:
            _table(f"{doc.url}", shown, rows)
        click.echo("cite ids (`show ID` prints one):")
        for r in cells:
            click.echo(f"  v{r[0]:<4} {r[cite]}")
    else:
        _table(f"{doc.url}", columns, cells)
    for note in (lookup.refused_note(db, doc), *lookup.other_addresses_notes(db, doc, target)):
        if note:
            click.echo(f"note: {note}", err=True)


def _version_list(title: str, columns: list[str], rows: list[list[str]], width: int) -> None:
    """`history`'s rows as a list for a terminal too narrow for its table: a line of dates and counts per
    version, its change indented below, wrapped at `width`."""
    import textwrap
    click.echo(title)
    for row in rows:
        r = dict(zip(columns, row))
        head = [f"v{r['version']:<3}", f"{r['first seen'][:10]} – {r['last seen'][:10]}", f"{r['words']} words",
                f"{r['captures']} capture{'' if r['captures'] == '1' else 's'}"]
        head += [f"declared {r['declared']}"] if r.get("declared") else []
        head += [r["note"]] if r.get("note") else []
        click.echo("  ".join(head))
        if r["change"]:
            click.echo(textwrap.fill(r["change"], width=max(width, 40), initial_indent="     ",
                                     subsequent_indent="     ", break_on_hyphens=False))


@cli.command()
@click.argument("target", metavar="SITE|URL|CITE_ID")
@click.option("--at", "at", metavar="DATE", help="The version in force at this date or time (UTC).")
@click.option("--version", "number", type=NUMBER, help="Version number (see `history`).")
@click.option("--format", "fmt", type=click.Choice(["markdown", "text", "json"]), default="markdown",
              show_default=True)
@click.option("--cite", is_flag=True, help="Print how to cite the version (a plain line, then BibTeX) instead of it.")
def show(target, at, number, fmt, cite):
    """Print a version of a policy: the latest, the one in force --at a date, or --version N.

    A bare date means the end of that day, UTC. A date after the policy's last capture shows the latest
    version, with a warning on stderr that nothing after that capture is known. Each version has a citable
    id, SITE/DOCUMENT@FIRST_SEEN#sha256:HASH12 (`cite_id`), besides its id in the archive (`version_id`):
    given instead of a site, it prints that version as cited, even after a reprocess superseded it or a
    technical upgrade re-extracted its text.

    Examples: policy-archive show tinder.com --at 2024-05-01 ; policy-archive show tinder.com --version 3 --cite ;
    policy-archive show 'tinder.com/privacy@2024-05-01T12:00:00Z#sha256:0123456789ab'
    """
    import json

    from . import cite as citing
    from . import export
    if at is not None and number is not None:
        raise ArchiveError("give --at or --version, not both")
    db = open_db(readonly=True)
    if lookup.is_cite_id(target):
        if at is not None or number is not None:
            raise ArchiveError("a citable id names one version: give it without --at or --version")
        doc, v = lookup.cited(db, target)
    else:
        doc = lookup.resolve(db, target, when=lookup.parse_when(at) if at is not None else None)
        v = _version_at(db, doc, at) if at is not None else lookup.version_number(db, doc, number)
    cid = citing.version_id(doc.site, doc.url, v["first_seen"], v["content_hash"])
    if cite:
        about = {**v, "site": doc.site, "url": doc.url, "company": doc.site_name}
        if fmt == "json":  # for a reference manager or a script
            click.echo(json.dumps({"cite_id": cid, "site": doc.site, "company": doc.site_name, "url": doc.url,
                                   "first_seen": v["first_seen"], "version": v["number"],
                                   "citation": citing.plain(about), "bibtex": citing.bibtex(about)},
                                  ensure_ascii=False, indent=2))
            return
        click.echo(citing.plain(about))
        click.echo()
        click.echo(citing.bibtex(about))
        return
    upgrade = v.get("cited_upgrade")
    cited_note = upgrade and (
        f"this is the text the id was made from; on {upgrade['upgraded_at']} a technical upgrade ("
        + lookup.describe_upgrade(upgrade)
        + f") re-extracted version {v['number']} from the same captures: `show {shlex.quote(doc.site)} "
        f"--version {v['number']}` prints it as it stands")
    latest = at is None and number is None and not upgrade and v.get("superseded_at") is None
    for note in (lookup.superseded_note(db, v), lookup.upgrade_note(db, v), cited_note,
                 lookup.refused_note(db, doc) if latest and not lookup.is_cite_id(target) else None,
                 lookup.refused_before(db, doc, lookup.parse_when(at), whole_day=lookup.is_day(at))
                 if at is not None else None,
                 lookup.declared_later_note(db, v, lookup.parse_when(at)) if at is not None else None,
                 lookup.unobserved_change_note(db, doc, v, lookup.parse_when(at), whole_day=lookup.is_day(at))
                 if at is not None else None):
        if note:
            click.echo(f"note: {note}", err=True)
    if fmt == "json":
        # the exports' fields, in their order, with the version as shown (a cite id made before a technical
        # upgrade shows the text it cited); then "id" and "number" (the same values as version_id and
        # version), kept for older scripts, and the version's re-extraction and supersession times
        row = export.version_row(db, v["id"])
        row.update({k: v[k] for k in ("first_seen", "last_seen", "content_hash", "markdown", "text", "title",
                                      "language", "declared_date", "word_count", "captures", "extractor")},
                   cite_id=cid, technical_upgrade=bool(v["upgraded_at"]))
        click.echo(json.dumps({**row, "id": v["id"], "number": v["number"],
                               **{k: v[k] for k in ("upgraded_at", "superseded_at", "superseded_by")}},
                              ensure_ascii=False, indent=2))
    else:
        about = f"{cid}: {doc.url} version {v['number']}, first seen {v['first_seen']}, last seen {v['last_seen']}"
        click.echo(f"<!-- {about} -->" if fmt == "markdown" else about, err=True)  # a comment in Markdown's syntax
        click.echo(v["markdown"] if fmt == "markdown" else v["text"])


def _numbered_pair(db, doc, target: str, versions: tuple, from_, to) -> tuple:
    """(older, newer) for `diff SITE [N M | --from/--to]`; by default the last two versions."""
    if versions:
        versions = tuple(v[1:] if v[:1] in "vV" and v[1:].isdigit() else v for v in versions)  # "v3", as printed
        if len(versions) > 2 or not all(v.isdigit() for v in versions):
            bad = next((v for v in versions if not v.isdigit()), None)
            raise ArchiveError((f"{bad!r} is no version number; " if bad is not None else "") + "give one version "
                               "number (what changed at it) or two, e.g. `diff SITE 3` or `diff SITE 2 3`")
        if len(versions) == 1:  # what changed at version N, as `diff CITE_ID` says of a cited one
            new = lookup.version_number(db, doc, int(versions[0]))
            old = lookup.previous_version(db, new)
            if old is None:
                raise ArchiveError(f"version {new['number']} is the first version of {doc.url}: nothing before it "
                                   "to compare it with")
            return old, new
        a, b = (int(n) for n in versions)
        pair = lookup.version_number(db, doc, a), lookup.version_number(db, doc, b)
        if a > b:  # as asked (what undoing the change would do), but said: the exports and `history` run forward
            click.echo(f"note: the later version {a} is compared with the earlier {b}, so what was added shows as "
                       f"removed; `diff {shlex.quote(target)} {b} {a}` shows what changed", err=True)
        return pair
    if from_ is not None or to is not None:
        if from_ is not None and to is not None and _window_start(from_) > lookup.parse_when(to):
            raise ArchiveError(f"--from {from_} is after --to {to}: swap them")
        # the end first: a window the policy had no version in is one error, not a note and then an error
        new = _version_at(db, doc, to) if to is not None else lookup.version_number(db, doc)
        return _version_from(db, doc, from_) if from_ is not None else lookup.version_number(db, doc, 1), new
    new = lookup.version_number(db, doc)
    old = lookup.previous_version(db, new)
    if old is None:
        raise ArchiveError(f"{doc.url} has one version (v{new['number']}, {new['first_seen']}): nothing to "
                           f"compare it with; `show {shlex.quote(target)}` prints it")
    return old, new


def _text_note(db, v: dict) -> str | None:
    """Which text of a version a diff shows: as cited, or as it stood, before a technical upgrade; or its
    upgraded text (`lookup.upgrade_note`)."""
    if up := v.get("cited_upgrade"):
        return (f"version {v['number']} is shown as cited, before the technical upgrade of {up['upgraded_at']} "
                f"({lookup.describe_upgrade(up)})")
    if v.get("as_of"):
        return (f"version {v['number']} is shown as it stood before the technical upgrade of {v['as_of']}, as the "
                "cited version is, so that both sides come from one extraction")
    return lookup.upgrade_note(db, v)


def _cited_pair(db, target: str, more: tuple, dated) -> tuple:
    """(document, older, newer) for `diff CITE_ID [CITE_ID]`: the cited version and the one before it, or two
    cited versions of one document in time order."""
    if dated:
        raise ArchiveError("a cite id names its version: --from/--to do not apply")
    doc, cited = lookup.cited(db, target)
    if not more:
        before = lookup.previous_version(db, cited)
        if before is None:
            raise ArchiveError(f"{target} is the first version of {doc.url}: nothing before it to compare it with")
        if cited.get("cited_upgrade"):  # cited before a technical upgrade: the one before it as it stood then
            before = lookup.as_it_stood(db, before, cited["cited_upgrade"]["upgraded_at"])
        return doc, before, cited
    if len(more) != 1 or not lookup.is_cite_id(more[0]):
        raise ArchiveError("give a second cite id to compare with, e.g. `diff ID1 ID2`")
    other_doc, other = lookup.cited(db, more[0])
    if other_doc.id != doc.id:
        raise ArchiveError(f"the two ids name versions of different documents ({doc.url}, {other_doc.url})")
    # one cited before a technical upgrade, the other standing: the standing one as it stood then, so that
    # both sides come from one extraction (else the upgrade's own change reads as the publisher's)
    early = [v for v in (cited, other) if v.get("cited_upgrade")]
    if len(early) == 1:
        at = early[0]["cited_upgrade"]["upgraded_at"]
        cited, other = (v if v.get("cited_upgrade") else lookup.as_it_stood(db, v, at) for v in (cited, other))
    old, new = sorted((cited, other), key=lambda v: (v["first_seen"], v["id"]))
    return doc, old, new


def _unseen_window(db, doc, start: dt.datetime, end: dt.datetime) -> str:
    """What `diff --from --to` can say of a window no capture fell in: the version before it continues, as far
    as the archive knows, between the captures on either side (a history captured only on change, Open Terms
    Archive's, has such gaps; a reader must not take them for observation)."""
    (before_sql, before_at), (after_sql, after_at) = time_cmp("fetched_at", "<", start), time_cmp("fetched_at", ">", end)
    before, after = db.execute(f"SELECT (SELECT max(fetched_at) FROM captures WHERE document_id = ? AND status > 0 "
                               f"AND {NOT_ESCALATED_SQL} AND {before_sql}), (SELECT min(fetched_at) FROM captures "
                               f"WHERE document_id = ? AND status > 0 AND {NOT_ESCALATED_SQL} AND {after_sql})",
                               [doc.id, *before_at, doc.id, *after_at]).fetchone()
    sides = ", ".join(([f"the last before it on {before}"] if before else []) + ([f"the next on {after}"] if after else []))
    return "was in force before that time, but no capture was taken in it" + (f" ({sides})" if sides else "")


@cli.command()
@click.argument("target", metavar="SITE|URL|CITE_ID")
@click.argument("versions", nargs=-1)
@click.option("--from", "from_", metavar="DATE", help="Compare the version in force at the start of this day or "
              "at this time (default with --to: the first version)...")
@click.option("--to", metavar="DATE", help="...with the one in force at the end of this day or at this time "
              "(default: latest). Versions between the two are named in a note.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Write a side-by-side HTML diff to this file instead of printing the line diff.")
@click.option("--summary", "summary_only", is_flag=True,
              help="Print what changed by section (added, removed, changed, moved, renamed; words; links; "
                   "declared date) instead of the line diff.")
def diff(target, versions, from_, to, html_path, summary_only):
    """What changed between two versions (default: the last two; one number N: what changed at version N).

    A citable id (`cite_id`, see `show`) names a version as cited: `diff ID` is what changed at that version
    (against the one before it), `diff ID1 ID2` compares two cited versions of one document.

    Examples: policy-archive diff tinder.com 3 4 ;
    policy-archive diff tinder.com --summary ;
    policy-archive diff tinder.com --from 2024-01-01 --to 2025-01-01 --html changes.html ;
    policy-archive diff 'tinder.com/privacy@2024-05-01T12:00:00Z#sha256:0123456789ab'
    """
    from .export import _atomic, output_target
    if html_path:
        output_target(html_path)  # a path it cannot write is told before the diff is printed
    db = open_db(readonly=True)
    if versions and (from_ is not None or to is not None) and not lookup.is_cite_id(target):
        raise ArchiveError("give version numbers or --from/--to, not both")
    if lookup.is_cite_id(target):
        doc, old, new = _cited_pair(db, target, versions, from_ is not None or to is not None)
        before = doc
    else:
        doc = lookup.resolve(db, target, when=lookup.parse_when(to) if to is not None else None)
        before = lookup.resolve(db, target, when=_window_start(from_)) if from_ is not None else doc
        if before.id != doc.id and not versions:  # the policy moved between the two dates: across the move
            if to is not None and _window_start(from_) > lookup.parse_when(to):
                raise ArchiveError(f"--from {from_} is after --to {to}: swap them")
            new = _version_at(db, doc, to) if to is not None else lookup.version_number(db, doc)
            old = _version_from(db, before, from_)
            click.echo(f"note: the policy moved: {before.url} v{old['number']} is compared with {doc.url} "
                       f"v{new['number']}", err=True)
        else:
            old, new = _numbered_pair(db, doc, target, versions, from_, to)
            before = doc
    for v in dict.fromkeys([old["id"], new["id"]]):
        row = old if v == old["id"] else new
        for note in (lookup.superseded_note(db, row), _text_note(db, row)):
            if note:
                click.echo(f"note: {note}", err=True)
    if old["id"] == new["id"]:
        when = f" between {from_} and {to}" if from_ is not None and to is not None else ""
        if not when:
            click.echo(f"versions {old['number']} and {new['number']} are the same version" if versions else
                       f"no change: version {old['number']} (first seen {old['first_seen']}) was the first version "
                       f"and was still in force at {to}")
            return
        # captures refused in the window (a 404 period, an error page) interrupt what the archive saw; times
        # are compared as times (`time_cmp`: a crawl stores microseconds, a bare date means whole seconds)
        start, end = _window_start(from_), lookup.parse_when(to)
        (from_sql, from_at), (to_sql, to_at) = time_cmp("fetched_at", ">=", start), time_cmp("fetched_at", "<=", end)
        window, at = f"document_id = ? AND {from_sql} AND {to_sql}", [doc.id, *from_at, *to_at]
        # (the plain half of a rendering, `escalated`, is neither a refusal nor a sight: its rendering counts)
        refused = db.execute(f"SELECT reason, min(fetched_at), count(*) FROM captures WHERE {window} AND outcome = "
                             f"'rejected' AND reason NOT IN {NO_REFUSAL_SQL} GROUP BY reason ORDER BY 2", at).fetchall()
        gaps = "; ".join(f"{reason} from {first}" + (f" ({n} captures)" if n > 1 else "") for reason, first, n in refused)
        last = lookup.last_capture(db, doc)
        seen, latest = db.execute(f"SELECT count(*), max(fetched_at) FROM captures WHERE {window} AND status > 0 "
                                  f"AND {NOT_ESCALATED_SQL}", at).fetchone()
        said = (f"is the last version seen; captures were refused in that time: {gaps}" if gaps else
                f"is the last version seen: the last capture ({last}) is before that time, nothing later is known"
                if last and parse_iso(last) < start else
                _unseen_window(db, doc, start, end) if not seen else
                f"was in force throughout ({seen} capture{'s' if seen > 1 else ''} in that time saw it, the last "
                f"at {latest})" if parse_iso(old["first_seen"]) <= start else
                "is the only version seen in that time")
        click.echo(f"no change{when}: version {old['number']} (first seen {old['first_seen']}) {said}")
        return
    if between := _between(db, doc, old, new):
        click.echo(f"note: {between}", err=True)
    from . import summaries
    summary = summaries.of(db, old, new) if summary_only or html_path else None
    old_url = before.url if before.id != doc.id else None  # the policy moved: each side names its address
    again = lookup.again_note(db, new) if new.get("document_id") and not old_url else None
    if html_path:  # with --summary too ("also write"); before the diff is printed, which a closed pipe may cut
        with _atomic(Path(html_path)) as tmp:
            tmp.write_text(lookup.html_diff(old, new, doc.url, summary, old_url=old_url, note=again and
                                            f"This is {again}."), encoding="utf-8")
    if summary_only:
        click.echo(f"{old_url} v{old['number']} ({old['first_seen']}) → {doc.url} v{new['number']} ({new['first_seen']})"
                   if old_url else
                   f"{doc.url} v{old['number']} ({old['first_seen']}) → v{new['number']} ({new['first_seen']})")
        click.echo(summary.describe())
        if again:
            click.echo(f"  this is {again}")
        for label, names in (("changed", summary.sections_modified), ("added", summary.sections_added),
                             ("removed", summary.sections_removed), ("moved", summary.sections_moved)):
            for name in names:
                click.echo(f"  {label:8} {name}")
        for a, b in summary.sections_renamed:
            click.echo(f"  renamed  {a} → {b}")
        for link in summary.links_added:
            click.echo(f"  + link   {link}")
        for link in summary.links_removed:
            click.echo(f"  − link   {link}")
    elif not html_path:  # --html writes the diff to its file instead
        lines = lookup.unified_diff(old, new, doc.url, old_url)
        if not lines:
            click.echo(f"versions {old['number']} and {new['number']} have the same text")
        colours = {"+": "green", "-": "red", "@": "cyan"}
        for line in lines:
            colour = None if line.startswith(("+++", "---")) else colours.get(line[:1])
            click.echo(click.style(line, fg=colour) if colour else line)
    if html_path:
        click.echo(f"side-by-side diff written to {html_path}", err=True)


def _window_start(text: str):
    """Where a `diff --from` window starts: a day's start (`--from 2025-04-17 --to 2025-04-17` is that whole
    day, so a change made during it is in the window), a time as given."""
    return lookup.parse_when(text, end_of_day=False)


BETWEEN_SHOWN = 3


def _between(db, doc, old: dict, new: dict) -> str | None:
    """'versions 10 (first seen …) came between them' when a diff across dates or numbers skips standing
    versions: a version that was in force for a while, and undone, is not in the two texts compared."""
    if old.get("document_id") != doc.id or new.get("document_id") != doc.id:
        return None  # across a move: the versions between belong to two addresses
    rows = list(db.query(f"SELECT number, first_seen FROM versions WHERE document_id = ? AND {lookup.STANDING} "
                         "AND first_seen > ? AND first_seen < ? ORDER BY first_seen, first_capture_id, id",
                         [doc.id, old["first_seen"], new["first_seen"]]))
    if not rows:
        return None
    named = ", ".join(f"{r['number']} (first seen {r['first_seen']})" for r in rows[:BETWEEN_SHOWN])
    more = f" and {len(rows) - BETWEEN_SHOWN} more" if len(rows) > BETWEEN_SHOWN else ""
    return (f"version{'s' if len(rows) > 1 else ''} {named}{more} came between v{old['number']} and "
            f"v{new['number']}; `history` lists them")


def _version_from(db, doc, text: str) -> dict:
    """The version in force at the start of a `diff --from` window (`_window_start`); a window that starts
    before the policy was first archived starts at its first version, with a note on stderr (the change from
    then on is what was asked: "what changed in 2024" of a policy first captured on 17 January)."""
    when = _window_start(text)
    first = next(db.query(f"SELECT * FROM versions WHERE document_id = ? AND {lookup.STANDING} "
                          "ORDER BY first_seen, first_capture_id, id LIMIT 1", [doc.id]), None)
    if first is not None and iso(when, precise=True) < first["first_seen"]:
        after = f"after the start of {text}" if lookup.is_day(text) else f"after {text}"
        click.echo(f"note: {doc.url} was first archived at {first['first_seen']}, {after}: comparing from its "
                   f"first version (v{first['number']})", err=True)
        return first
    return _version_at(db, doc, text, when)


def _version_at(db, doc, text: str, when=None) -> dict:
    """The version in force at a user's date (`when`: the time it stands for, by default the end of a day);
    a date after the last capture gets that version with a warning on stderr (what the archive knows ends at
    its last capture), not an error."""
    when = when or lookup.parse_when(text)
    version = lookup.version_at(db, doc, when)
    bare_date = lookup.is_day(text)  # the day of the last capture is known
    warning = lookup.after_last_capture(db, doc, when, whole_day=bare_date)
    if warning:
        if moved := lookup.next_address_note(db, doc, when):
            warning = warning.replace("nothing later is known", "nothing later is known at this address")
        click.echo(f"warning: {warning} (version {version['number']})" + (f"; {moved}" if moved else ""), err=True)
    return version


@cli.command()
@click.option("--all", "show_all", is_flag=True,
              help="Also list the pages of imported archives that never read as a policy (state not_policy).")
@output_options
def sites(show_all, as_json, as_csv):
    """List the companies in the archive with their policy URLs and version counts.

    A company whose crawls found no policy is listed with why, as the last crawl said it (`no_policy_reason`
    in --json and --csv), and when discovery looks for it again. Each policy's next scheduled check (`crawl
    --due`) is shown with its state when not active (failing, moved), and in --json and --csv `state`,
    `next_check` (for a company with no policy, or a moved one, its next discovery: no crawl checks a moved
    URL; empty for a policy never crawled, imported only: due now, as the table says), `check_interval_days` and
    `failures`, with the last error. The other pages of an imported whole-site archive (its homepage, articles, style
    sheets), kept with their captures, are counted below the table and listed with --all.

    Examples: policy-archive sites ; policy-archive sites --json ; policy-archive sites --all
    """
    from .schedule import NOT_POLICY
    db = open_db(readonly=True)
    rows = db.execute("""
        SELECT s.key, s.name, d.url, (SELECT count(*) FROM versions v WHERE v.document_id = d.id
                                      AND v.superseded_at IS NULL),
               (SELECT max(fetched_at) FROM captures c WHERE c.document_id = d.id), d.state,
               CASE WHEN d.id IS NULL THEN s.discovery_reason END,
               CASE WHEN d.id IS NULL OR d.state = 'moved' THEN s.next_discovery ELSE d.next_check END,
               round(d.check_interval / 86400.0, 2), d.failures, d.last_error
        FROM sites s LEFT JOIN documents d ON d.site_id = s.id ORDER BY s.key, d.id""").fetchall()
    if as_json or as_csv:
        listed = [[*r[:5], r[6], r[5], *r[7:]] for r in rows if show_all or r[5] != NOT_POLICY]
    else:  # the table says why in the policy URL's column
        def next_check(r):
            state = f"{r[5]}: {r[9]}" if r[5] not in (None, "active") and r[9] else r[5] if r[5] != "active" else ""
            when = r[7] or ("due now" if not r[2] or r[5] == "active" else "")  # imported, never crawled: due
            return " ".join(filter(None, [when, f"({state})" if state else ""]))
        listed = [[*r[:2], r[2] or f"none: {r[6] or 'not looked for yet'}", *r[3:5], next_check(r)]
                  for r in rows if show_all or r[5] != NOT_POLICY]
    columns = ["site", "name", "policy URL", "versions", "last capture", "next check"]
    cells = [["" if v is None else str(v) for v in r] for r in listed]
    others = [[v for i, v in enumerate(r) if i != 2] for r in cells]
    if not (as_json or as_csv) and cells and _width(columns, cells) - _natural_width(columns[:2] + columns[3:], others) \
            < max(len(r[2]) for r in cells) + 3:  # 80 columns: a URL folded over four lines, a key mid-word
        for site, name, url, versions, last, next_check in cells:
            click.echo("  ".join(filter(None, [site + (f" ({name})" if name else ""),
                                               f"{versions} version{'' if versions == '1' else 's'}",
                                               last and f"last capture {last[:10]}", next_check and f"next check {next_check}"])))
            click.echo(f"    {url}")
    else:
        _emit(None, columns, listed, as_json, as_csv,
              ["site", "name", "url", "versions", "last_capture", "no_policy_reason", "state", "next_check",
               "check_interval_days", "failures", "last_error"])
    if len(listed) < len(rows):
        n = len(rows) - len(listed)
        click.echo(f"{n} other page{'' if n == 1 else 's'} of imported archives never read as a policy: "
                   "`sites --all` lists them", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object (counts, outcomes, failing documents).")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: metric,value lines.")
def status(as_json, as_csv):
    """Counts, archive size, last capture and rejection reasons.

    Examples: policy-archive status ; policy-archive status --json
    """
    db = open_db(readonly=True)
    path = click.get_current_context().obj["db"]
    count = lambda t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: E731
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    last = db.execute("SELECT max(fetched_at) FROM captures").fetchone()[0]
    outcomes = _outcome_kinds(db.execute("SELECT outcome, reason, count(*) FROM captures GROUP BY 1, 2").fetchall())
    from .capture import ESCALATED, REJECTED
    from .schedule import NOT_POLICY, UNTRACKED
    due, never = db.execute("SELECT count(*), count(*) - count(next_check) FROM documents WHERE state NOT IN "
                            f"{UNTRACKED} AND (next_check IS NULL OR next_check <= ?)", [iso(now())]).fetchone()
    other = db.execute("SELECT count(*) FROM documents WHERE state = ?", [NOT_POLICY]).fetchone()[0]
    failing = db.execute("SELECT url, failures, last_error FROM documents WHERE state = 'failing' ORDER BY url").fetchall()
    # an import that committed captures and has not ended: running, or killed before it numbered its versions
    unfinished = db.execute("SELECT count(*) FROM unfinished_imports WHERE until_version IS NOT NULL").fetchone()[0]
    if as_json or as_csv:
        facts = {"archive": path, "size_bytes": size, **{t: count(t) for t in ("sites", "documents", "captures",
                                                                             "versions", "raw_bodies")},
                 "last_capture": last, "due": due, "due_never_crawled": never, "failing": len(failing),
                 "other_pages": other, "unfinished_imports": unfinished}
        if as_json:
            import json
            facts["outcomes"] = [{"outcome": o or "pending", "reason": r, "captures": n} for o, r, n in outcomes]
            facts["failing_documents"] = [{"url": u, "failures": f, "last_error": e} for u, f, e in failing]
            click.echo(json.dumps(facts, ensure_ascii=False, indent=2))
            return
        rows = [[k, v] for k, v in facts.items()]
        rows += [[f"outcome:{o or 'pending'}" + (f":{r}" if r else ""), n] for o, r, n in outcomes]
        return _emit(None, ["metric", "value"], rows, as_csv=True)
    click.echo(f"archive      {path} ({size / 1e6:.1f} MB)")
    click.echo(f"sites        {count('sites')}")
    click.echo(f"documents    {count('documents')}"
               + (f" ({other} of them imported pages that never read as a policy)" if other else ""))
    click.echo(f"captures     {count('captures')}")
    superseded = db.execute("SELECT count(*) FROM versions WHERE superseded_at IS NOT NULL").fetchone()[0]
    click.echo(f"versions     {count('versions') - superseded}"
               + (f" (and {superseded} superseded by reprocessing)" if superseded else ""))
    click.echo(f"raw bodies   {count('raw_bodies')}")
    click.echo(f"last capture {last or '-'}")
    for outcome, reason, n in outcomes:
        if (outcome, reason) == (REJECTED, ESCALATED):  # kept byte-exact; no refusal: its rendering is the next
            click.echo(f"  sent to the browser (escalated; each rendering is a capture above): {n}")  # capture
            continue
        click.echo(f"  {outcome or 'pending'}{' (' + reason + ')' if reason else ''}: {n}")
    # a document only imported (from a WARC or a web archive) was never checked by a crawl: the first
    # `crawl --due` fetches it
    click.echo(f"due now      {due} document(s)" + (f", {never} of them never crawled (imported only)" if never else ""))
    click.echo(f"failing      {len(failing)} document(s)")
    for url, failures, error in failing:
        click.echo(f"  {url}: {failures} failed checks, last: {error}")
    if unfinished:
        click.echo(f"unfinished   {unfinished} import(s) not ended, running or killed: a killed import's versions are "
                   "numbered in time order when the same import is run again")


@cli.command()
@click.option("--limit", type=COUNT, default=20, show_default=True, help="How many recent runs.")
@output_options
def runs(limit, as_json, as_csv):
    """Crawl runs: start, end, status, counts and errors.

    Examples: policy-archive runs --limit 5 ; policy-archive runs --csv > runs.csv
    """
    import json
    db = open_db(readonly=True)
    rows = []
    for r in db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit]):
        counts = json.loads(r["counts"] or "{}")
        errors = json.loads(r["errors"] or "[]")
        if as_json or as_csv:
            rows.append([r["id"], r["kind"], r["started_at"], r["ended_at"], r["status"],
                         counts if as_json else json.dumps(counts), errors if as_json else json.dumps(errors)])
            continue
        rows.append([r["id"], r["kind"], r["started_at"], r["ended_at"], r["status"],
                     " ".join(f"{k}={v}" for k, v in counts.items()), (errors[0] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")) if errors else ""])
    if not rows and not (as_json or as_csv):  # an empty table would say nothing of why
        imported = db.execute("SELECT count(*) FROM captures WHERE source LIKE 'warc:%'").fetchone()[0]
        click.echo("no runs yet" + (f": this archive's {imported} captures came from `import-warc`, which makes no "
                                    "run (`status` counts them)" if imported else ""))
        return
    _emit("Runs", ["run", "kind", "started", "ended", "status", "counts", "errors"], rows, as_json, as_csv,
          ["run", "kind", "started_at", "ended_at", "status", "counts", "errors"])


@cli.command()
@click.option("--site", help="Only this site (its key or name).")
def reprocess(site):
    """Rebuild versions from the stored raw captures with the current extractor.

    Nothing is fetched again; an archive gains from every improvement of extraction. Versions keep
    their ids and numbers; one that no longer exists is superseded (never deleted), and a text that
    changed from the same captures is recorded as a technical upgrade of the same version.

    Example: policy-archive reprocess --site tinder.com
    """
    from .extract import EXTRACTOR_VERSION
    from .extract import rules
    from .record import name_sites, replay
    from . import schedule
    db = open_db()
    # held before anything is counted: the counts below are this reprocess's own (one writer at a time)
    click.get_current_context().with_resource(schedule.writing(db, f"reprocess pid {os.getpid()}"))
    for host in rules.unmatched(r[0] for r in db.execute("SELECT url FROM documents")):
        click.echo(f"warning: the rules for {host!r} cover no policy in the archive: they change nothing", err=True)
    if site:
        doc = lookup.resolve(db, site)
        doc_ids = [r[0] for r in db.execute("SELECT id FROM documents WHERE site_id = "
                                            "(SELECT site_id FROM documents WHERE id = ?)", [doc.id])]
    else:
        doc_ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
    scope = f"document_id IN ({','.join(map(str, doc_ids)) or 'NULL'})"

    def retired() -> set[int]:
        return {r[0] for r in db.execute(f"SELECT id FROM versions WHERE {scope} AND superseded_at IS NOT NULL")}
    standing = f"SELECT count(*) FROM versions WHERE {scope} AND superseded_at IS NULL"
    before, retired_before = db.execute(standing).fetchone()[0], retired()
    top = db.execute("SELECT coalesce(max(id), 0), (SELECT coalesce(max(id), 0) FROM version_upgrades) "
                     "FROM versions").fetchone()
    done = 0
    with _progress() as bar, _first_interrupt_stops() as stopped:
        task = bar.add_task("reprocessing", total=len(doc_ids))
        renewed = time.monotonic()
        for doc_id in doc_ids:
            if stopped():  # (a handler of its own: one started in the background by a script ignores SIGINT)
                break
            replay(db, doc_id, fresh=True)
            done += 1
            if time.monotonic() - renewed > 60:
                schedule.renew_lease(db)
                renewed = time.monotonic()
            bar.advance(task)
    named = name_sites(db, doc_ids)
    for url, n, latest in db.execute(f"SELECT d.url, count(*), max(c.fetched_at) FROM captures c JOIN documents d "
                                     f"ON d.id = c.document_id WHERE c.{scope} AND c.reason = ? GROUP BY d.url",
                                     [rules.UNMATCHED]):
        click.echo(f"warning: the rule's `select` matches nothing in {n} capture{'' if n == 1 else 's'} of {url} "
                   f"(the latest {latest[:10]}), refused as {rules.UNMATCHED}: the page's markup changed, or the "
                   "selector is wrong", err=True)
    after, retired_after = db.execute(standing).fetchone()[0], retired()
    new = db.execute("SELECT count(*) FROM versions WHERE id > ?", [top[0]]).fetchone()[0]
    upgraded = db.execute("SELECT count(DISTINCT version_id) FROM version_upgrades WHERE id > ?", [top[1]]).fetchone()[0]
    restored = len(retired_before - retired_after)
    documents = f"{len(doc_ids)} document{'' if len(doc_ids) == 1 else 's'}"
    made_by = sorted({r[0] for r in db.execute(f"SELECT DISTINCT extractor FROM versions WHERE {scope} "
                                               "AND superseded_at IS NULL")}) or [EXTRACTOR_VERSION]
    click.echo(f"reprocessed {documents} with extractor {', '.join(made_by)}: "
               f"{before} version{'' if before == 1 else 's'} before, {after} after ({new} new, {len(retired_after - retired_before)} superseded, "
               + (f"{restored} restored, " if restored else "")
               + f"{upgraded} technical upgrades; surviving versions keep their ids and numbers)"
               + (f"; named {named} compan{'y' if named == 1 else 'ies'} from their pages" if named else ""))
    if done < len(doc_ids):
        click.echo(f"interrupted: {done} of {len(doc_ids)} documents reprocessed, each whole; run the same command "
                   "again to reprocess them all", err=True)
        raise SystemExit(130)


def _spdx(licence: str) -> str:
    """An SPDX licence id, or ids joined by OR, as the SPDX licence list spells them ("cc-by-4.0" -> "CC-BY-4.0");
    ArchiveError for an id the list does not hold (ScanCode's LicenseRef- keys are none), or AND / WITH, which
    CITATION.cff's `license` (one id, or a list of them: a choice) cannot hold."""
    from license_expression import ExpressionError, ExpressionParseError, get_spdx_licensing
    licensing, parsed = get_spdx_licensing(), None
    if re.fullmatch(r"[A-Za-z0-9.+\-]+( (AND|OR|WITH) [A-Za-z0-9.+\-]+)*", licence, re.I):  # no parentheses: the
        try:  # library's parser fails on some of them with an IndexError
            parsed = licensing.parse(licence, validate=True, strict=True)
        except (ExpressionError, ExpressionParseError):
            pass
    if parsed is None or any(k.startswith("LicenseRef-") for k in licensing.license_keys(parsed)):
        raise ArchiveError(f"--licence {licence!r}: not an SPDX licence id or expression (such as CC-BY-4.0, CC0-1.0 "
                           "or ODbL-1.0; https://spdx.org/licenses/)")
    rendered = parsed.render()
    if re.search(r" (AND|WITH) ", rendered):  # CITATION.cff holds an id or a list of them, read as a choice
        raise ArchiveError(f"--licence {licence!r}: give one licence, or a choice of licences joined by OR "
                           "(CITATION.cff cannot say AND or WITH)")
    return rendered


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "ota", "warc"]),
              help="jsonl, csv, parquet; ota (Open Terms Archive's folder layout); warc (the raw captures). "
              "Default: what the output's name ends with (.jsonl, .ndjson, .csv, .parquet, .warc, .warc.gz).")
@click.option("--latest", is_flag=True, help="Only the latest version of each policy (warc: its captures).")
@click.option("--all-versions", is_flag=True, help="Every version (the default).")
@click.option("--site", multiple=True, help="Only this site (repeat for several).")
@click.option("--since", metavar="DATE", help="Versions still in force at or after this date (warc, captures: "
              "captures fetched at or after it).")
@click.option("--until", metavar="DATE", help="Versions first seen at or before this date (warc, captures: "
              "captures fetched at or before it).")
@click.option("--changes", is_flag=True, help="Only changes: versions that followed another (not a policy's first "
              "version), first seen between --since and --until. What changed in that time, not what was in force.")
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Output file; `-` or /dev/stdout streams to stdout (no card); a folder for --format ota.")
@click.option("--table", type=click.Choice(["versions", "captures"]), default="versions", show_default=True,
              help="versions, or captures: every capture with its outcome and reason (jsonl, csv, parquet).")
@click.option("--captures", "captures_table", is_flag=True, help="Same as --table captures.")
@click.option("--licence", "--license", "licence", metavar="SPDX-ID",
              help="The dataset's licence, stated in its card and CITATION.cff (e.g. CC-BY-4.0).")
@click.option("--bom", is_flag=True, help="csv: begin with a UTF-8 byte-order mark, for Excel, which otherwise "
              "reads accented and non-Latin text in its local code page (pandas then reads it with "
              "encoding='utf-8-sig').")
def export_cmd(fmt, latest, all_versions, site, since, until, changes, output, table, captures_table, licence, bom):
    """Export versions (or captures) as a dataset, with a dataset card (licence, source, citation) beside it
    (`FILE.card.md`).

    `-o -` streams to stdout without a card; a symbolic link's target is replaced atomically; a FIFO,
    device or directory is refused.

    Examples: policy-archive export -o policies.parquet --licence CC-BY-4.0 ;
    policy-archive export --format csv --changes --since 2026-01-01 -o changed-2026.csv ;
    policy-archive export --format csv --captures -o captures.csv
    """
    from .export import Query, export, is_stdout
    if latest and all_versions:
        raise ArchiveError("--latest and --all-versions contradict each other: give one")
    when = _window(since, until, "--since", "--until")
    db = open_db(readonly=True)
    site = tuple(dict.fromkeys(lookup.resolve_site(db, s) for s in site)) or None
    if licence is not None:
        licence = _spdx(licence)
    table = "captures" if captures_table else table
    name = "" if is_stdout(output) else Path(str(output)).name.lower()
    named = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".warc": "warc"}.get(
        Path(name.removesuffix(".gz") if name.endswith(".warc.gz") else name).suffix)
    if fmt is None:
        if named is None:
            raise ArchiveError(f"--format: {output}'s name does not say which format; give --format jsonl, csv, "
                               "parquet, ota or warc")
        fmt = named
    elif named and named != fmt:  # `-o latest.csv` with --format parquet: the file is what --format says
        click.echo(f"warning: writing {fmt} to {output}, whose name says {named} (give --format {named} for that)",
                   err=True)
    if bom and fmt != "csv":
        raise ArchiveError(f"--bom is for --format csv (a byte-order mark means nothing in {fmt})")
    query = Query(site=site, latest=latest, since=when[0], until=when[1], table=table, licence=licence,
                  changes=changes, bom=bom)
    if when[0] is not None and table == "versions" and fmt != "warc" and not changes:
        stale, policies = query.captured_before_since(db)
        if stale:  # as `show --at` warns of a time after what was captured
            click.echo(f"warning: {stale} of {policies} polic{'y was' if policies == 1 else 'ies were'} last captured "
                       f"before --since {since}: their rows are the latest versions known, not knowledge of that time",
                       err=True)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    rows_of = "captures" if fmt == "warc" or table == "captures" else "versions"
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True,
                  disable=not sys.stderr.isatty(), console=_stderr()) as bar:  # a long export is not silent
        task = bar.add_task(f"exporting {rows_of}")
        result = export(db, fmt, output, query, command="policy-archive " + " ".join(sys.argv[1:]),
                        progress=lambda n: bar.update(task, description=f"exporting {rows_of}: {n:,} written"))
    unit = ("capture" if fmt == "warc" or table == "captures" else "version") + ("" if result.rows == 1 else "s")
    where = "stdout" if is_stdout(output) else result.path
    click.echo(f"wrote {result.rows} {unit} to {where}" + (f" (card: {result.card})" if result.card else ""),
               err=True)
    _warn_unfinished(db)


def _warn_unfinished(db) -> None:
    """A note on stderr when an import into the archive has not ended (stopped or still running): what a reader
    wrote holds its versions so far only (a fresh user's trial: a stopped import's archive exported 64 of 102
    versions without a word). `status` says the same."""
    try:
        n = db.execute("SELECT count(*) FROM unfinished_imports WHERE until_version IS NOT NULL").fetchone()[0]
    except sqlite3.Error:  # an archive from before imports were marked
        return
    if n:
        click.echo(f"note: {n} import(s) into this archive did not end (stopped, killed or still running): this "
                   "holds their versions so far only; run the same import again to finish it", err=True)


def _window(start: str | None, end: str | None, start_name: str, end_name: str):
    """(start, end) of a user's time window: a bare date starts at 00:00 and ends at 23:59:59 UTC; a start
    after the end matches nothing, so it is an ArchiveError rather than an empty result."""
    a = lookup.parse_when(start, end_of_day=False) if start is not None else None
    b = lookup.parse_when(end) if end is not None else None
    if a and b and a > b:
        raise ArchiveError(f"{start_name} {start} is after {end_name} {end}: nothing can match; swap them")
    return a, b


_REASON_DETAIL = re.compile(r": | \(| (?=https?://)")  # where a failed fetch's reason turns to its details


def _outcome_kinds(rows: list) -> list[tuple]:
    """(outcome, reason, captures) by kind of reason, most first: a failed fetch's reason names its host or URL
    after its kind ("DNS lookup failed: no results for hostname lookup: www.a.com", "timed out (Getting
    http://…)", "refused http://…: …"), so an outage listed one line per company; a reason is told by the words
    before its first colon, parenthesis or URL ("blocked by robots.txt" and "http_404" are kinds already)."""
    kinds: dict[tuple, int] = {}
    for outcome, reason, n in rows:
        if reason:
            reason = _REASON_DETAIL.split(reason, maxsplit=1)[0].strip() or reason
        kinds[outcome, reason] = kinds.get((outcome, reason), 0) + n
    return sorted(((o, r, n) for (o, r), n in kinds.items()), key=lambda t: -t[2])


@cli.command()
@click.option("--site", multiple=True, help="Only this company (its key, name or policy URL; repeat for several).")
@click.option("--limit", type=COUNT, default=50, show_default=True,
              help="Newest versions to include (technical upgrades' own entries come besides, as many again at most).")
@click.option("--base-url", metavar="URL",
              help="Where `policy-archive serve` runs: entries then link to its diff pages.")
@click.option("--technical-upgrades/--no-technical-upgrades", default=False, show_default=True,
              help="Also an entry for each technical upgrade (a version's text re-extracted from the same "
                   "captures; category technical-upgrade).")
@click.option("--since", metavar="DATE", help="Only versions first seen at or after this date or time (UTC).")
@click.option("--until", metavar="DATE", help="Only versions first seen at or before this date (its end) or time.")
@click.option("-o", "--output", type=click.Path(),
              help="Write the feed to this file (default, `-` or /dev/stdout: stdout).")
def feed(site, limit, base_url, technical_upgrades, since, until, output):
    """An Atom feed of new policy versions, for a feed reader or a newsroom.

    Each entry quotes the lines that changed. A version whose text is a technical upgrade says so in its
    entry; --technical-upgrades adds an entry for each upgrade itself. --since and --until select a week's
    changes, for a weekly memo.

    \b
    Examples:
      policy-archive feed --site tinder.com -o tinder.atom
      policy-archive feed --since 2025-03-10 --until 2025-03-16 -o week-11.atom
    """
    from .export import _atomic, is_stdout, output_target
    from .feed import atom_feed, versions_in_feed_window
    since, until = _window(since, until, "--since", "--until")
    if output and not is_stdout(output):
        output_target(output)  # a FIFO, a device, a missing folder: refused before any work
    db = open_db(readonly=True)
    key = tuple(dict.fromkeys(lookup.resolve_site(db, s) for s in site)) or None
    if base_url and not re.match(r"https?://", base_url):
        raise ArchiveError(f"--base-url {base_url!r}: give an http(s) URL, e.g. http://127.0.0.1:8001")
    text = atom_feed(db, site=key, limit=limit, base_url=base_url, technical_upgrades=technical_upgrades,
                     since=since, until=until)
    if output and not is_stdout(output):
        with _atomic(Path(output)) as tmp:
            tmp.write_text(text, encoding="utf-8")
        click.echo(f"feed written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    if (found := versions_in_feed_window(db, site=key, since=since, until=until)) > limit:
        click.echo(f"note: the feed holds the {limit} newest of {found} versions"
                   f"{' in that window' if since or until else ''}; --limit {found} for all of them", err=True)
    _warn_unfinished(db)


@cli.command()
@click.option("--site", "sites", multiple=True, help="Only this company (key, name or policy URL); repeatable.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--base-url", metavar="URL",
              help="Where `policy-archive serve` runs: each version then links to its page and diff there.")
def report(sites, output, base_url):
    """Write one self-contained HTML page of plots and tables: versions over time per company, policy
    length over time, when policies change, the most-changed sections, languages, and every version.

    The page works offline and opens from a file (inline SVG, no scripts).

    A company named with --site whose crawls found no policy is listed at the end with why; the report is
    refused only when none of the companies named has one.

    Example: policy-archive report --site tinder.com --site bumble.com -o report.html
    """
    from .export import _atomic
    from .report import build
    db = open_db(readonly=True)
    if base_url and not re.match(r"https?://", base_url):
        raise ArchiveError(f"--base-url {base_url!r}: give an http(s) URL, e.g. http://127.0.0.1:8001")
    keys, missing = set(), {}
    for name in sites:
        try:
            keys.add(lookup.resolve(db, name).site)
        except ArchiveError:
            if (known := lookup.without_policy(db, name)) is None:
                raise
            missing[known[0]] = known
    if missing and not keys:
        raise ArchiveError(lookup._without_policy(db, next(iter(missing))) if len(missing) == 1 else
                           f"none of the {len(missing)} companies named has a policy in the archive "
                           "(`policy-archive sites` lists them, and why)")
    html = build(db, sorted(keys) if sites else None, base_url=base_url, without=list(missing.values()))
    with _atomic(Path(output)) as tmp:
        tmp.write_text(html, encoding="utf-8")
    size = len(html.encode())
    click.echo(f"report written to {output} ({size / 1e6:.1f} MB)" if size >= 1e6 else
               f"report written to {output} ({max(1, round(size / 1e3))} KB)", err=True)
    _warn_unfinished(db)


VIEW_HOST = "127.0.0.1"  # the view is for the person at this machine; publishing it is a deliberate act


@cli.command()
@click.option("-p", "--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port on 127.0.0.1.")
@click.option("--open/--no-open", "open_browser", default=False, show_default=True,
              help="Open the home page in a web browser.")
def serve(port, open_browser):
    """Browse, search and compare policy versions in a web browser (Datasette, read-only).

    Pages: companies and recent changes (/), a company's timeline (/company/KEY), a version
    (/version/ID), two versions side by side (/diff/OLD/NEW), full-text search with stemming
    (/search?q=...), the report's plots (/charts), the Atom feed (/feed.atom), and Datasette's
    tables, canned queries and SQL (/archive).

    Example: policy-archive serve --port 8001 --open
    """
    import socket

    import uvicorn

    from .view import make_datasette
    db = open_db(readonly=True)  # a missing file, another kind of database, an old schema: one clear line
    path = click.get_current_context().obj["db"]
    db.conn.close()
    with socket.socket() as probe:
        try:
            probe.bind((VIEW_HOST, port))
        except OSError:
            raise ArchiveError(f"port {port} is in use on {VIEW_HOST}; choose another with --port") from None
    ds = make_datasette(path)
    url = f"http://{VIEW_HOST}:{port}/"
    click.echo(f"Serving {path} read-only at {url} (Ctrl+C stops)", err=True)
    if open_browser:
        import webbrowser
        webbrowser.open(url)
    # info: the "Uvicorn running on ..." line tells a person (and a test) the server is ready
    uvicorn.run(ds.app(), host=VIEW_HOST, port=port, log_level="info", access_log=False, lifespan="on", workers=1)
