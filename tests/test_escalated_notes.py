"""The plain half of a rendered capture is no refusal in the notes on what an address served.

A page the crawler renders in a browser leaves two captures: the plain HTML (rejected, reason `escalated`,
kept byte-exact) and the rendering, the capture that makes or continues the version. The notes of `show
--at`, `diff --from --to`, "refused since" (`show`, `history`, the browser view's search) and "no version
yet" once read the plain half as a refusal: "the last capture … was refused (escalated)" for a policy seen at
that very capture, "captures were refused in that time: escalated" for a week the policy was in force, and
"refused (escalated)" where the rendering's own failure (a timeout) was what happened (a fresh user's trial
of client-side-rendered sites). Real SQLite, the real CLI; the captures are recorded as the crawler records
them (`archive.record`), under a simulated clock that gives both halves one time.
"""
from __future__ import annotations

import datetime as dt

from archive import open_archive, record
from archive.capture import Capture
from conftest import at, policy_html

URL = "https://app.example/privacy"
SHELL = (b"<!doctype html><html><head><title>App</title></head><body><noscript>You need to enable JavaScript to run "
         b"this app.</noscript><div id='root'></div><script src='/static/main.js'></script></body></html>")
TIMEOUT = "timed out (browser: the page did not settle within 10 s)"


def visit(db, when: dt.datetime, policy: bytes | None, *, url: str = URL, plain_first: dt.timedelta = dt.timedelta(0)):
    """One crawl's visit of a client-side-rendered policy: the plain shell, sent to the browser, then its
    rendering (`policy`), or a rendering that failed (None). `plain_first`: how long before the rendering the
    plain response came (none under a simulated clock)."""
    html = {"content-type": "text/html; charset=utf-8"}
    plain = Capture(url=url, fetched_at=when - plain_first, status=200, body=SHELL, headers=html, fetcher="html",
                    escalation="js_shell")
    assert record(db, plain).reason == "escalated"
    if policy is None:
        rendering = Capture(url=url, fetched_at=when, status=0, error=TIMEOUT, fetcher="browser", escalation="js_shell",
                            original_sha256=plain.body_sha256)
    else:
        rendering = Capture(url=url, fetched_at=when, status=200, body=policy, headers=html, fetcher="browser",
                            escalation="js_shell", original_sha256=plain.body_sha256)
    return record(db, rendering)


def archive(db_path, **kw):
    """Four weekly visits: v1, a rendering that timed out, v2 (an edit), v2 again."""
    db = open_archive(db_path)
    assert visit(db, at(0), policy_html(), **kw).status == "new_version"
    assert visit(db, at(7), None, **kw).reason == TIMEOUT
    assert visit(db, at(14), policy_html({1: "We keep server logs for 90 days."}), **kw).status == "new_version"
    assert visit(db, at(21), policy_html({1: "We keep server logs for 90 days."}), **kw).status == "unchanged"
    db.close()


def test_a_date_after_a_rendered_last_capture_is_no_refusal(run, db_path):
    archive(db_path)
    result = run("show", "app.example", "--at", f"{at(40):%Y-%m-%d}")
    assert result.exit_code == 0, result.output
    assert "refused" not in result.stderr, result.stderr
    assert "this is the version in force at that last capture (version 2)" in result.stderr


def test_a_window_in_which_the_policy_was_rendered_is_no_refusal(run, db_path):
    archive(db_path)
    day = f"{at(21):%Y-%m-%d}"
    result = run("diff", "app.example", "--from", day, "--to", day)
    assert result.exit_code == 0, result.output
    assert "refused" not in result.output and "escalated" not in result.output, result.output
    # one visit saw it: its rendering (the plain half saw only the shell)
    assert "was in force throughout (1 capture in that time saw it" in result.output, result.output


def test_a_failed_rendering_is_the_refusal_named_not_its_plain_half(run, db_path):
    archive(db_path)
    day = f"{at(7):%Y-%m-%d}"
    shown = run("show", "app.example", "--at", day)
    assert shown.exit_code == 0, shown.output
    assert f"was refused ({TIMEOUT})" in shown.stderr and "escalated" not in shown.stderr, shown.stderr
    window = run("diff", "app.example", "--from", day, "--to", day)
    assert f"captures were refused in that time: {TIMEOUT} from " in window.output, window.output
    assert "escalated" not in window.output


def test_refused_since_passes_over_the_plain_half_in_show_history_and_search(run, db_path):
    """The latest rendering failed: "refused since" names its failure and counts it once, from its own time,
    whether the plain response came at the same second (a simulated clock) or a moment before (a real one)."""
    from archive.view.research import search
    for url, before in (("https://same.example/privacy", dt.timedelta(0)),
                        ("https://apart.example/privacy", dt.timedelta(seconds=3))):
        db = open_archive(db_path)
        visit(db, at(0), policy_html(), url=url, plain_first=before)
        visit(db, at(7), None, url=url, plain_first=before)
        db.close()
        site = url.split("/")[2]
        for command in ("show", "history"):
            result = run(command, site)
            assert result.exit_code == 0, result.output
            assert f"has been refused since {at(7):%Y-%m-%dT%H:%M:%SZ} ({TIMEOUT}; 1 capture)" in result.stderr, \
                (command, result.stderr)
        hit = next(h for h in search(open_archive(db_path, readonly=True), "retention") if h["site"] == site)
        assert hit["refused_since"] == f"{at(7):%Y-%m-%d}"


def test_a_policy_never_rendered_names_the_renderings_failure(run, db_path):
    db = open_archive(db_path)
    visit(db, at(0), None)
    db.close()
    result = run("history", "app.example")
    assert result.exit_code == 2 and f"(refused: 1 {TIMEOUT};" in result.output, result.output
    assert "escalated" not in result.output
