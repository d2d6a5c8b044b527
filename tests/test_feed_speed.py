"""The feed made fast (issue 16): word counts diffed paragraph by paragraph, and the browser's /feed.atom
built once per state of the archive. Speed itself is measured in benchmarks/startup.py, not here."""
from __future__ import annotations

from archive import Capture, open_archive, record
from archive.feed import archive_state, atom_feed, cached_atom_feed, word_changes
from conftest import URL, at, policy_html


def test_word_changes_counts_words_within_changed_paragraphs():
    old = "One two three four.\nFive six seven.\nEight nine ten."
    assert word_changes(old, old) == (0, 0)
    assert word_changes(old, old.replace("six", "6 and a half")) == (4, 1)
    assert word_changes(old, old + "\nEleven twelve.") == (2, 0)
    assert word_changes(old, "Five six seven.\nEight nine ten.") == (0, 4)
    # a paragraph moved elsewhere is removed there and added here, as a reader of the diff sees it
    moved = "Five six seven.\nEight nine ten.\nOne two three four."
    assert word_changes(old, moved) == (4, 4)


def _capture(day, body):
    return Capture(url=URL, fetched_at=at(day), status=200, body=body,
                   headers={"content-type": "text/html; charset=utf-8"})


def test_the_cached_feed_is_rebuilt_when_the_archive_changes(tmp_path):
    db = open_archive(tmp_path / "a.db")
    record(db, _capture(0, policy_html()))
    record(db, _capture(7, policy_html({4: "We keep your data for one year."})))
    first = cached_atom_feed(db, base_url="http://127.0.0.1:1")
    assert cached_atom_feed(db, base_url="http://127.0.0.1:1") is first  # served from memory
    assert first == atom_feed(db, base_url="http://127.0.0.1:1")
    state = archive_state(db)
    record(db, _capture(14, policy_html({4: "We keep your data for two years."})))
    assert archive_state(db) != state
    again = cached_atom_feed(db, base_url="http://127.0.0.1:1")
    assert again is not first and "version 3" in again
    db.execute("UPDATE sites SET name = 'Example Renamed'")  # a company renamed: its entries' titles change
    assert "Example Renamed" in cached_atom_feed(db, base_url="http://127.0.0.1:1")
