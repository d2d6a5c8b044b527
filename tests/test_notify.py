"""Webhook delivery to a real local HTTP server that fails before it accepts."""

from archive import Capture, open_archive, record
from archive.notify import deliver
from conftest import URL, at, policy_html


def test_one_message_per_new_crawled_version_with_retries(db_path, receiver):
    url, got, state = receiver
    state["fail"] = 2  # two 503s before it accepts
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), source="warc:old.warc"))
    start = db.execute("SELECT max(id) FROM versions").fetchone()[0]
    edited = policy_html({2: "We share personal data with advertising partners in the United States."})
    record(db, Capture(url=URL, fetched_at=at(1), status=200, body=edited))
    record(db, Capture(url=URL, fetched_at=at(2), status=200, body=edited))
    result = deliver(db, url, start, backoff=0.0)
    assert (result.sent, result.failed) == (1, [])
    assert len(got) == 1
    msg = got[0]
    assert (msg["event"], msg["site"], msg["version"], msg["first_seen"]) == \
        ("new_version", "example.com", 2, "2024-01-02T00:00:00Z")
    assert msg["words_added"] > 0 and any("advertising partners" in line for line in msg["changed_lines"])
    # what a compliance inbox filters and cites by (trial 7: no kind, no name, no cite id)
    assert msg["change_kind"] == "edit" and "section" in msg["change_summary"]
    assert msg["cite_id"].startswith("example.com/") and "@2024-01-02T00:00:00Z#sha256:" in msg["cite_id"]
    assert "company" in msg


def test_a_first_version_s_message_says_what_the_exports_say(db_path):
    """A first version's `change_summary` was null while the exports say "First archived version: …" (trial 12)."""
    from archive.notify import message
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), source="warc:old.warc"))
    v = next(db.query("SELECT v.*, s.key AS site, s.name AS company, d.url FROM versions v JOIN documents d ON "
                      "d.id = v.document_id JOIN sites s ON s.id = d.site_id"))
    msg = message(db, v)
    stored = db.execute("SELECT description FROM changes WHERE version_id = ?", [v["id"]]).fetchone()
    assert msg["change_kind"] == "first" and msg["words_added"] == v["word_count"] and msg["words_removed"] == 0
    assert msg["change_summary"].startswith("First archived version: ")
    assert msg["change_summary"] == stored[0]  # the `changes` row the exports read


def test_a_dead_receiver_is_reported_not_fatal(db_path):
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html()))
    result = deliver(db, "http://127.0.0.1:9/nothing-listens-here", 0, attempts=2, backoff=0.0)
    assert result.sent == 0 and len(result.failed) == 1 and URL in result.failed[0]


def test_a_message_the_receiver_did_not_take_is_posted_by_the_next_run_once(db_path, receiver):
    """Trial 7: a receiver down for one run lost that run's messages for good. What each receiver took is kept
    beside the archive; the next delivery posts what is owed, and nothing twice. Once the receiver is found
    down, the rest wait instead of costing their retries each."""
    url, got, state = receiver
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html()))
    other = URL.replace("example.com", "example.org")
    record(db, Capture(url=other, fetched_at=at(0), status=200, body=policy_html()))
    down = deliver(db, "http://127.0.0.1:9/nothing-listens-here", 0, attempts=1, backoff=0.0)
    assert down.sent == 0 and len(down.failed) == 2 and "not tried, the receiver was down" in down.failed[1]
    state["fail"] = 1  # the real receiver's first answer is a 503, its retry a 204
    first = deliver(db, url, 0, backoff=0.0)
    assert (first.sent, first.failed) == (2, [])
    edited = policy_html({2: "We now share personal data with advertising partners."})
    record(db, Capture(url=URL, fetched_at=at(1), status=200, body=edited))
    later = db.execute("SELECT max(id) FROM versions").fetchone()[0] - 1
    state["fail"] = 99  # down for this run's message...
    assert deliver(db, url, later, attempts=2, backoff=0.0).sent == 0
    state["fail"] = 0  # ...and up for the next run, which has nothing new of its own
    again = deliver(db, url, db.execute("SELECT max(id) FROM versions").fetchone()[0])
    assert (again.sent, again.failed) == (1, [])
    assert [(m["url"], m["version"]) for m in got] == [(URL, 1), (other, 1), (URL, 2)]  # each once
