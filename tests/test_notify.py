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


def test_a_dead_receiver_is_reported_not_fatal(db_path):
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html()))
    result = deliver(db, "http://127.0.0.1:9/nothing-listens-here", 0, attempts=2, backoff=0.0)
    assert result.sent == 0 and len(result.failed) == 1 and URL in result.failed[0]
