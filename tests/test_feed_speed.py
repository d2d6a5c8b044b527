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


def test_a_policy_rewritten_whole_is_summarised_from_the_head_of_its_diff():
    """A page that switched language replaces every paragraph in one hunk. Pairing each removed paragraph with
    each added one, character by character, never finished (a trial's `feed --site` ran 10 minutes): the
    summary now reads the hunk's first lines, compares lines as words, and still quotes whole edits."""
    from archive.feed import _PAIRED_LINES, _head_of, change_summary
    en = [f"Section {i}. We collect your name, e-mail address and device identifiers to run the service, "
          f"keep it secure and answer your requests; we keep them for {i} months." * 3 for i in range(300)]
    fr = [f"Article {i}. Nous collectons votre nom, votre adresse électronique et les identifiants de votre "
          f"appareil pour fournir le service ; nous les conservons {i} mois." * 3 for i in range(300)]
    hunk = [f"-{p}" for p in en] + [f"+{p}" for p in fr]
    head = _head_of(hunk)
    assert len(head) == _PAIRED_LINES and head[0] == hunk[0] and head[-1] == f"+{fr[_PAIRED_LINES // 2 - 1]}"

    def version(paragraphs):
        md = "\n\n".join(["# Privacy Policy", "Last updated: March 1, 2024", *paragraphs])
        return {"markdown": md, "text": md, "word_count": len(md.split()), "language": None}
    old = version(en)
    new = version(fr)
    new["markdown"] = new["text"] = new["markdown"].replace("March 1, 2024", "June 5, 2025")
    summary = change_summary(old, new)
    assert summary["removed"] > 20_000 and summary["added"] > 20_000
    # nothing pairs across the languages: the rewrite is quoted in turn, each removed paragraph with its
    # replacement, not four removed lines that read as a deletion
    assert [line[:10] for line in summary["lines"]] == ["-Section 0", "+Article 0", "-Section 1", "+Article 1"]
    # the date line is one edit (a pair) though it sits among the rewritten paragraphs
    date = change_summary(version(en), {**version(en), "markdown": version(en)["markdown"].replace(
        "March 1, 2024", "June 5, 2025"), "text": version(en)["text"].replace("March 1, 2024", "June 5, 2025")})
    assert date["lines"] == ["-Last updated: March 1, 2024", "+Last updated: June 5, 2025"]
