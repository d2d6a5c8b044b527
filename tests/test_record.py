"""record(): the one path for every capture."""
import datetime as dt
import random
from urllib.parse import quote, urlsplit

import pytest

from archive import ArchiveError, Capture, open_archive, record
from archive.record import replay
from archive.extract import meta
from archive.store import get_raw
from conftest import URL, at, policy_html


def cap(when, body, status=200, **kw):
    return Capture(url=URL, fetched_at=when, status=status, body=body,
                   headers={"content-type": "text/html; charset=utf-8"}, **kw)


def versions(db):
    return [(v["number"], v["first_seen"], v["last_seen"], v["captures"], v["content_hash"])
            for v in db.query("SELECT * FROM versions ORDER BY number")]


def test_new_unchanged_and_rejected(db_path, history_records):
    db = open_archive(db_path)
    outcomes = [record(db, cap(t, body, status)) for _, t, status, body in history_records]
    assert [o.status for o in outcomes] == ["new_version", "unchanged", "new_version", "rejected",
                                            "unchanged", "new_version", "unchanged"]
    assert outcomes[3].reason == "http_404"
    rows = versions(db)
    assert [(n, f, l, c) for n, f, l, c, _ in rows] == [
        (1, "2024-01-01T00:00:00Z", "2024-01-08T00:00:00Z", 2),
        (2, "2024-01-15T00:00:00Z", "2024-01-29T00:00:00Z", 2),
        (3, "2024-02-05T00:00:00Z", "2024-02-12T00:00:00Z", 2)]
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 7


def test_error_and_empty_pages_never_become_versions(db_path):
    db = open_archive(db_path)
    assert record(db, cap(at(0), b"", 200)).reason == "empty"
    assert record(db, cap(at(1), policy_html(), 500)).reason == "http_500"
    assert record(db, cap(at(2), policy_html(), 301)).status == "rejected"
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 3


def test_a_fault_of_the_extractor_keeps_the_capture_and_is_tried_again(db_path, monkeypatch, caplog):
    """An exception of the extractor's own (a library's bug on one body) used to escape `record`, losing the
    capture; it is a rejection, `extractor_error`, with the traceback logged, and the same bytes are read
    anew next time rather than handed the old failure (a fault may be passing: a race, memory)."""
    from archive.extract import segment
    db = open_archive(db_path)
    body = policy_html()
    real = segment.parts

    def broken(markdown):
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "a fault of a library's")

    monkeypatch.setattr(segment, "parts", broken)
    outcome = record(db, cap(at(0), body))
    assert (outcome.status, outcome.reason) == ("rejected", "extractor_error")
    assert "the extractor failed on " + URL in caplog.text and "UnicodeDecodeError" in caplog.text
    raw = db.execute("SELECT raw_sha256 FROM captures").fetchone()[0]
    assert get_raw(db, raw) == body  # kept, byte-exact
    monkeypatch.setattr(segment, "parts", real)
    assert record(db, cap(at(1), body)).status == "new_version"  # the same bytes, read again


def test_a_bad_rules_file_is_still_the_users_error(db_path, tmp_path, monkeypatch):
    from archive.extract import try_extract
    rules = tmp_path / "rules.toml"
    rules.write_text('[sites."example.com"]\nselect = "p[["\n')
    monkeypatch.setenv("POLICY_ARCHIVE_RULES", str(rules))
    with pytest.raises(ArchiveError):
        try_extract(policy_html(), "text/html", URL)


def test_a_declared_date_is_read_as_the_day_of_the_capture_allows(db_path):
    """"Last Modified: 8/11/2026" on a page taken on 12 August 2026 is 11 August, not 8 November."""
    db = open_archive(db_path)
    assert record(db, cap(dt.datetime(2026, 8, 12, 9, tzinfo=dt.timezone.utc),
                          policy_html(updated="8/11/2026"))).status == "new_version"
    assert db.execute("SELECT declared_date FROM versions").fetchone()[0] == "2026-08-11"


@pytest.mark.parametrize("first,later,read", [
    # Replit: the next version writes a date that reads only month first
    (("2025-02-18", "10/9/2024"), ("2025-02-25", "02/24/2025"), "2024-10-09"),
    # Fireworks: the next version's date read day first would be after its capture
    (("2026-08-03", "11/12/2025"), ("2026-08-12", "8/11/2026"), "2025-11-12"),
    # a page that writes day first proves that as well: the first reading stands
    (("2025-02-18", "10/9/2024"), ("2025-02-25", "24/02/2025"), "2024-09-10"),
])
def test_a_numeric_date_is_read_in_the_order_the_policys_next_version_proves(db_path, first, later, read):
    """A US service's "10/9/2024" was read day first though its next version proved the page writes month first
    (a fresh user's trial; the fifth session's note): the versions of one policy settle the order together, and
    the change row of the next version gives the date as now read."""
    from archive import summaries
    db = open_archive(db_path)
    for day, date in (first, later):
        body = policy_html(updated=date, extra=f"<p>This text was published with the date {date}.</p>")
        when = dt.datetime.fromisoformat(day).replace(hour=9, tzinfo=dt.timezone.utc)
        assert record(db, cap(when, body)).status == "new_version"
    assert db.execute("SELECT declared_date FROM versions WHERE number = 1").fetchone()[0] == read
    row = summaries.get(db, db.execute("SELECT id FROM versions WHERE number = 2").fetchone()[0])
    assert row.declared_date_from == read


def test_versions_that_prove_both_orders_leave_the_readings_alone(db_path):
    """Versions that prove day first (5/1/2025 on 18 February: 1 May is after it) keep the day-first readings; a
    later one proving month first (04/13/2025) where earlier ones proved day first is a page whose hands
    changed: no reading is moved."""
    db = open_archive(db_path)
    dated = lambda: [r[0] for r in db.execute("SELECT declared_date FROM versions ORDER BY number")]  # noqa: E731
    for day, date in (("2025-01-18", "10/9/2024"), ("2025-02-18", "5/1/2025"), ("2025-03-18", "11/3/2025"),
                      ("2025-04-18", "04/13/2025")):
        body = policy_html(updated=date, extra=f"<p>This text was published with the date {date}.</p>")
        record(db, cap(dt.datetime.fromisoformat(day).replace(hour=9, tzinfo=dt.timezone.utc), body))
        if date == "5/1/2025":
            assert dated() == ["2024-09-10", "2025-01-05"]
    assert dated() == ["2024-09-10", "2025-01-05", "2025-03-11", "2025-04-13"]


def test_a_crawl_claims_the_policy_an_import_filed_under_its_host(db_path):
    """An import keys a policy's company by its host (`policies.example.com`); a crawl of the company's seed
    (`example.com`) finding the same policy used to leave two companies, one holding the history and one
    empty. The document moves to the seed's company, with its history and the name the import gave."""
    db = open_archive(db_path)
    url = "https://policies.example.com/privacy"
    imported = Capture(url=url, fetched_at=at(0), status=200, body=policy_html(),
                       headers={"content-type": "text/html"})
    assert record(db, imported).status == "new_version"
    db.execute("UPDATE sites SET name = 'Example Ltd'")
    crawled = Capture(url=url, fetched_at=at(1), status=200, body=policy_html(), headers={"content-type": "text/html"},
                      site="example.com", found_by="footer-link")
    assert record(db, crawled).status == "unchanged"
    assert [tuple(r) for r in db.execute("SELECT key, name FROM sites")] == [("example.com", "Example Ltd")]
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
    brand = Capture(url=url, fetched_at=at(2), status=200, body=policy_html(), headers={"content-type": "text/html"},
                    site="brand.example")  # another brand of the group, sharing the policy: it stays put
    record(db, brand)
    assert db.execute("SELECT s.key FROM documents d JOIN sites s ON s.id = d.site_id").fetchone()[0] == "example.com"


def test_recording_the_same_capture_twice_adds_nothing(db_path):
    db = open_archive(db_path)
    assert record(db, cap(at(0), policy_html())).status == "new_version"
    assert record(db, cap(at(0), policy_html())).status == "duplicate"
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 1


def test_two_answers_of_one_body_in_the_same_second_with_other_statuses_are_two_captures(db_path):
    """A 503 and then a 429 with the same body, in the same second of a crawl's clock, are two captures (a CI
    run: the archive's own identity index refused the second, IntegrityError, though `record` told them apart)."""
    db = open_archive(db_path)
    body = b"<html><body><h1>Service unavailable</h1></body></html>"
    assert record(db, cap(at(0), body, status=503)).reason == "http_503"
    assert record(db, cap(at(0), body, status=429)).reason == "http_429"
    assert record(db, cap(at(0), body, status=429)).status == "duplicate"
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 2


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_captures_give_the_sorted_history(tmp_path, history_records, seed):
    sorted_db = open_archive(tmp_path / "sorted.db")
    for _, t, status, body in history_records:
        record(sorted_db, cap(t, body, status))
    shuffled = history_records[:]
    random.Random(seed).shuffle(shuffled)
    shuffled_db = open_archive(tmp_path / "shuffled.db")
    for _, t, status, body in shuffled:
        record(shuffled_db, cap(t, body, status))
    # the same history in time order; numbers may differ, since a version once recorded keeps its number when
    # an earlier capture arrives later (version identity, archive.record.match_versions)
    standing = lambda db: [v[1:] for v in db.execute(
        "SELECT number, first_seen, last_seen, captures, content_hash FROM versions WHERE superseded_at IS NULL "
        "ORDER BY first_seen").fetchall()]
    assert standing(shuffled_db) == standing(sorted_db)
    numbers = [r[0] for r in shuffled_db.execute("SELECT number FROM versions")]
    assert len(numbers) == len(set(numbers))
    outcomes = lambda db: db.execute("SELECT fetched_at, outcome, reason FROM captures ORDER BY fetched_at").fetchall()
    assert outcomes(shuffled_db) == outcomes(sorted_db)


def test_not_modified_extends_the_version_in_force(db_path):
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    out = record(db, cap(at(1), b"", 304))
    assert (out.status, out.version) == ("unchanged", 1)
    assert versions(db)[0][2] == "2024-01-02T00:00:00Z"


def test_identical_body_is_stored_once_and_read_back_byte_exact(db_path):
    db = open_archive(db_path)
    bodies = [policy_html(), policy_html(), policy_html({0: "We collect nothing at all from anyone, ever, and "
                                                          "we delete what we receive by mistake at once."})]
    for i, body in enumerate(bodies):
        record(db, cap(at(i), body))
    assert db.execute("SELECT count(*) FROM raw_bodies").fetchone()[0] == 2
    db2 = open_archive(db_path)  # a fresh connection: no cache
    for sha, in db2.execute("SELECT raw_sha256 FROM captures ORDER BY fetched_at"):
        assert get_raw(db2, sha) in bodies
    assert get_raw(db2, db2.execute("SELECT raw_sha256 FROM captures ORDER BY fetched_at DESC").fetchone()[0]) == bodies[2]


def test_long_delta_chains_restore_every_body(db_path):
    db = open_archive(db_path)
    bodies = [policy_html(updated=f"March {i + 1}, 2024", extra=f"<p>Revision {i} of this notice.</p>")
              for i in range(20)]
    for i, body in enumerate(bodies):
        record(db, cap(at(i), body))
    assert db.execute("SELECT max(depth) FROM raw_bodies").fetchone()[0] < 8
    assert db.execute("SELECT count(*) FROM raw_bodies WHERE base_sha256 IS NOT NULL").fetchone()[0] > 10
    fresh = open_archive(db_path)
    for i, (sha,) in enumerate(fresh.execute("SELECT raw_sha256 FROM captures ORDER BY fetched_at")):
        assert get_raw(fresh, sha) == bodies[i]


def test_naive_time_is_refused(db_path):
    import datetime as dt
    db = open_archive(db_path)
    with pytest.raises(ArchiveError, match="time zone"):
        record(db, cap(dt.datetime(2024, 1, 1), policy_html()))
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 0


def test_a_failed_capture_leaves_nothing_behind(db_path):
    """One transaction per capture: an error half-way (here a body the store cannot bind) writes nothing."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    before = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("captures", "raw_bodies", "versions")]
    bad = Capture(url=URL, fetched_at=at(1), status=200, body=policy_html(), headers={"content-type": object()})
    with pytest.raises(Exception):
        record(db, bad)
    after = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("captures", "raw_bodies", "versions")]
    assert after == before


def test_a_body_that_differs_only_in_scripts_reuses_the_extraction(db_path):
    from archive.record import extraction_known
    db = open_archive(db_path)
    page = lambda token, extra="": policy_html(extra=extra).replace(  # noqa: E731
        b"</head>", f"<script nonce='{token}'>window.csrf = '{token}';</script><!-- build {token} --></head>".encode())
    record(db, cap(at(0), page("a1")))
    assert extraction_known(db, cap(at(1), page("b2")))  # same markup but for scripts and comments
    assert not extraction_known(db, cap(at(1), page("b2", extra="<p>We also sell your data to brokers.</p>")))
    out = record(db, cap(at(1), page("b2")))
    assert (out.status, out.version) == ("unchanged", 1)
    assert db.execute("SELECT count(DISTINCT markup_sha256), count(DISTINCT raw_sha256) FROM captures").fetchone() == (1, 2)


def _cfemail(address: str, key: int) -> str:
    """Cloudflare's e-mail obfuscation: the key byte, then each byte of the address XOR the key, in hex."""
    return f"{key:02x}" + "".join(f"{b ^ key:02x}" for b in address.encode())


def test_a_body_that_differs_only_in_build_hashes_and_per_visit_keys_reuses_the_extraction(db_path):
    """Stylesheet and preload links named by build, a captcha frame's per-visit name and a Cloudflare address's
    per-visit key are not read by extraction: such a body reuses the extraction. The address itself, and the
    page's canonical link, still count."""
    from archive.extract import extract
    from archive.record import extraction_known
    db = open_archive(db_path)

    def page(build, key, address="privacy@example.com", canonical=URL):
        code = _cfemail(address, key)
        extra = (f"<p>Write to our privacy team at <a href='/cdn-cgi/l/email-protection#{code}'><span class='__cf_email__' "
                 f"data-cfemail=\"{code}\">[email&#160;protected]</span></a>.</p>"
                 f"<iframe name='a-{build}' src='https://captcha.example/anchor?v={build}'></iframe>")
        head = (f"<link rel='stylesheet' href='/static/app.{build}.css'><link rel=preload as=script "
                f"href='/chunks/{build}.js'><link rel='canonical' href='{canonical}'></head>")
        return policy_html(extra=extra).replace(b"</head>", head.encode())

    first, again = page("9f8e7d6c", 0x4A), page("1a2b3c4d", 0x17)
    assert first != again
    assert extract(first, "text/html", URL) == extract(again, "text/html", URL)  # what makes reuse safe
    assert "privacy@example.com" in extract(first, "text/html", URL).text
    record(db, cap(at(0), first))
    assert extraction_known(db, cap(at(1), again))
    assert not extraction_known(db, cap(at(1), page("1a2b3c4d", 0x17, address="dpo@example.com")))
    assert not extraction_known(db, cap(at(1), page("1a2b3c4d", 0x17, canonical=URL + "-2024")))
    assert (record(db, cap(at(1), again)).status, db.execute("SELECT count(*) FROM versions").fetchone()[0]) == \
        ("unchanged", 1)


def test_an_extractor_upgrade_never_makes_a_version_by_itself(db_path):
    """Versions made by an older extractor differ from a new capture's by format alone: the document is
    reprocessed before the capture is settled, so the unchanged policy stays one version."""
    from archive.extract import EXTRACTOR_VERSION
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    with db.conn:  # what an older extractor left: another rendering of the same text, another hash
        db.execute("UPDATE versions SET extractor = '0.0.1', content_hash = 'old', markdown = 'old rendering'")
        db.execute("UPDATE captures SET extractor = '0.0.1', content_hash = 'old'")
    out = record(db, cap(at(1), policy_html()))
    assert (out.status, out.version) == ("unchanged", 1)
    rows = db.execute("SELECT number, extractor, markdown FROM versions").fetchall()
    assert [(n, e) for n, e, _ in rows] == [(1, EXTRACTOR_VERSION)] and rows[0][2] != "old rendering"
    assert db.execute("SELECT count(*) FROM captures WHERE extractor != ?", [EXTRACTOR_VERSION]).fetchone()[0] == 0


def _search_index(db) -> str:
    return db.execute("SELECT group_concat(id || ':' || hex(block)) FROM versions_fts_data").fetchone()[0]


def test_an_unchanged_capture_leaves_the_search_index_alone(db_path):
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    before = _search_index(db)
    assert record(db, cap(at(1), policy_html())).status == "unchanged"
    assert _search_index(db) == before  # last_seen and the capture count changed, not the indexed text
    db.execute("UPDATE versions SET text = 'zeppelin'")  # as a replay with a new extractor does
    assert db.execute("SELECT count(*) FROM versions_fts WHERE versions_fts MATCH 'zeppelin'").fetchone()[0] == 1


def test_an_older_archive_gets_the_narrow_index_trigger(db_path):
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    db.execute('DROP TRIGGER "versions_au"')  # as schema 3 had it: re-index on any update
    db.execute("""CREATE TRIGGER "versions_au" AFTER UPDATE ON "versions" BEGIN
      INSERT INTO "versions_fts" ("versions_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
      INSERT INTO "versions_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
    END""")
    db.execute("ALTER TABLE captures DROP COLUMN redirects")  # schema 5's
    db.execute("ALTER TABLE captures DROP COLUMN source_ref")  # schema 6's
    db.execute("DROP INDEX versions_previous")  # schema 7's
    db.execute("DROP TABLE version_upgrades")
    for column in ("previous_id", "superseded_by", "superseded_at", "upgraded_at"):
        db.execute(f"ALTER TABLE versions DROP COLUMN {column}")
    for column in ("fetcher", "escalation", "original_sha256"):  # schema 8's
        db.execute(f"ALTER TABLE captures DROP COLUMN {column}")
    db.execute("DROP TABLE changes")  # schema 10's, with the stemmed index
    db.execute("DROP INDEX captures_by_version")  # schema 11's
    db.execute("ALTER TABLE sites DROP COLUMN discovery_reason")  # schema 12's
    for trigger in ("versions_stem_ai", "versions_stem_ad", "versions_stem_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE versions_stem")
    db.execute("PRAGMA user_version=3")
    db.conn.close()
    db = open_archive(db_path)
    before = _search_index(db)
    assert record(db, cap(at(1), policy_html())).status == "unchanged"
    assert _search_index(db) == before
    assert "redirects" in db["captures"].columns_dict
    assert [r[2] for r in db.execute("PRAGMA index_info(captures_identity)")][-1] == "status"  # schema 13's


def _shortened(first: str | None = None):
    """The policy with most of its sections' text removed: what is left is all found in the full text (`first`:
    the first section's text edited)."""
    from conftest import SECTIONS
    return policy_html({i: "" for i in range(1, len(SECTIONS))} | ({0: first} if first else {}))


def _edited_first(n: int) -> str:
    from conftest import SECTIONS
    return SECTIONS[0][1] + " We also keep the version of the app you use." * n


def test_a_policy_shortened_for_good_becomes_a_version_from_its_first_capture(db_path):
    """A much shorter text found entirely in the version in force is first taken for a stub (a fragment);
    seen alone in three captures over two days, it is the policy shortened for real: a version from its
    first capture, whichever order the captures arrive in."""
    db = open_archive(db_path)
    assert record(db, cap(at(0), policy_html())).status == "new_version"
    assert [record(db, cap(at(d), _shortened())).reason for d in (1, 2)] == ["fragment", "fragment"]
    third = record(db, cap(at(3), _shortened()))
    assert third.status == "unchanged" and third.version == 2  # the version it continues began two days ago
    rows = db.execute("SELECT fetched_at, outcome, reason, version_id FROM captures ORDER BY fetched_at").fetchall()
    assert [(r[1], r[2]) for r in rows] == [("new_version", None), ("new_version", None), ("unchanged", None),
                                           ("unchanged", None)]
    v = versions(db)
    assert [(n, first, last, c) for n, first, last, c, _ in v] == [
        (1, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", 1), (2, "2024-01-02T00:00:00Z", "2024-01-04T00:00:00Z", 3)]
    assert rows[1][3] == rows[2][3] == rows[3][3]

    shuffled = open_archive(db_path.parent / "shuffled.db")
    for d in (3, 0, 2, 1):
        record(shuffled, cap(at(d), policy_html() if d == 0 else _shortened()))
    standing = "SELECT first_seen, last_seen, captures, content_hash FROM versions WHERE superseded_at IS NULL " \
               "ORDER BY first_seen"
    assert shuffled.execute(standing).fetchall() == db.execute(standing).fetchall()


def test_a_shortened_policy_with_a_later_date_is_a_version_at_once(db_path):
    """A history captured only on change (Open Terms Archive's) may capture a policy shortened for real once:
    when the short text states a later date of update, it is a new edition, not a stub. With the old date
    it is still a fragment, and a date that follows the clock proves nothing."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    assert record(db, cap(at(40), _shortened())).reason == "fragment"
    shortened = record(db, cap(at(41), policy_html({i: "" for i in range(1, 6)}, updated="June 9, 2024")))
    assert (shortened.status, shortened.version) == ("new_version", 2)
    assert record(db, cap(at(42), policy_html(updated="June 9, 2024"))).status == "new_version"  # restored
    # a stub of a page that prints the day it is served: its date is the clock's, not an edition's
    clock = open_archive(db_path.parent / "clock.db")
    assert [record(clock, cap(at(day), policy_html(updated=f"January {day + 1}, 2024"))).reason
            for day in (0, 2, 4)] == [None, None, "clock_date"]
    stub = record(clock, cap(at(6), policy_html({i: "" for i in range(1, 6)}, updated="January 7, 2024")))
    assert stub.reason == "fragment"


def test_a_history_taken_on_change_keeps_a_shortened_policy_and_its_later_edits(db_path):
    """A history captured only when the page's bytes change (Open Terms Archive's) captures a policy shortened
    for good, undated, once; the next capture is its next edit. Refused alone as a fragment, the shortened text
    is the policy once an edition of it comes a week or more later with no capture of the full text between:
    a version from its first capture, then the edit (before, each later edit was refused as a fragment too, and
    the history stopped at the full text). A web archive's run of one text, recorded by its two ends, is the same
    text seen twice a week apart."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    assert record(db, cap(at(30), _shortened())).reason == "fragment"
    edited = record(db, cap(at(200), _shortened(_edited_first(1))))
    assert (edited.status, edited.version) == ("new_version", 3)
    assert record(db, cap(at(400), _shortened(_edited_first(2)))).status == "new_version"
    v = versions(db)
    assert [(n, first[:10], last[:10], c) for n, first, last, c, _ in v] == [
        (1, "2024-01-01", "2024-01-01", 1), (2, "2024-01-31", "2024-01-31", 1), (3, "2024-07-19", "2024-07-19", 1),
        (4, "2025-02-04", "2025-02-04", 1)]
    assert "keep the version of the app" not in db.execute("SELECT text FROM versions WHERE number = 2").fetchone()[0]
    assert db.execute("SELECT count(*) FROM captures WHERE outcome = 'rejected'").fetchone()[0] == 0
    shuffled = open_archive(db_path.parent / "shuffled.db")
    for day, body in ((400, _shortened(_edited_first(2))), (30, _shortened()), (0, policy_html()),
                      (200, _shortened(_edited_first(1)))):
        record(shuffled, cap(at(day), body))
    standing = "SELECT first_seen, last_seen, captures, content_hash FROM versions WHERE superseded_at IS NULL " \
               "ORDER BY first_seen"
    assert shuffled.execute(standing).fetchall() == db.execute(standing).fetchall()

    run_ends = open_archive(db_path.parent / "run.db")
    record(run_ends, cap(at(0), policy_html()))
    assert [record(run_ends, cap(at(d), _shortened())).reason for d in (30, 90)] == ["fragment", None]
    assert [(n, first[:10], c) for n, first, _, c, _ in versions(run_ends)] == [(1, "2024-01-01", 1),
                                                                              (2, "2024-01-31", 2)]
    # an edition that lasted by itself still makes the text it continues a version (an audit: a policy split in
    # two, then its wording fixed three days later and seen again, lost the split's own date)
    fixed = open_archive(db_path.parent / "fixed.db")
    record(fixed, cap(at(0), policy_html()))
    for d, body in ((30, _shortened()), (33, _shortened(_edited_first(1))), (60, _shortened(_edited_first(1)))):
        record(fixed, cap(at(d), body))
    assert [(n, first[:10], c) for n, first, _, c, _ in versions(fixed)] == [
        (1, "2024-01-01", 1), (2, "2024-01-31", 1), (3, "2024-02-03", 2)]


def test_half_loaded_pages_cut_at_other_points_are_no_edition_of_each_other(db_path):
    """Stubs that do not continue one another (other parts of the policy), or that come within a week, or
    between which the full text came back, make no version however long apart."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    assert record(db, cap(at(1), policy_html({i: "" for i in range(2, 7)}))).reason == "fragment"
    assert record(db, cap(at(20), policy_html({i: "" for i in range(5)}))).reason == "fragment"  # its last sections
    assert record(db, cap(at(22), policy_html({i: "" for i in range(4)}))).reason == "fragment"  # two days after it
    assert record(db, cap(at(23), policy_html())).status == "unchanged"
    assert record(db, cap(at(60), _shortened(_edited_first(2)))).reason == "fragment"  # the full text came between
    assert len(versions(db)) == 1
    # two stubs of the policy's first sections, cut at other points a week apart: no words the policy lacks, so
    # neither is an edition of the other (a colleague's review: two versions, and the full text's return a third)
    record(db, cap(at(61), policy_html()))
    assert record(db, cap(at(70), policy_html({i: "" for i in range(1, 7)}))).reason == "fragment"
    assert record(db, cap(at(77), policy_html({i: "" for i in range(2, 7)}))).reason == "fragment"
    assert len(versions(db)) == 1
    # nor when every capture of the full text between them was refused as showing the day (it saw the version)
    clock = open_archive(db_path.parent / "clock.db")
    outcomes = {d: record(clock, cap(at(d), _served_on(d, edits={i: "" for i in range(k, 7)} if k else None)))
                for d, k in [(0, 0), (1, 0), (2, 0), (3, 0), (4, 1), (5, 0), (11, 0), (12, 2), (13, 0)]}
    assert [outcomes[d].reason for d in (4, 12)] == ["fragment", "fragment"]
    assert [o.reason for d, o in outcomes.items() if d in (3, 5, 11, 13)] == ["clock_date"] * 4


def _cut_after(body: bytes, marker: bytes, nth: int) -> bytes:
    end = -1
    for _ in range(nth):
        end = body.index(marker, end + 1)
    return body[:end + len(marker)]


def test_a_response_cut_in_transfer_is_no_version_however_much_of_the_policy_came(db_path):
    """A body that ends before its document does (no `</body>`, no `</html>`: a dropped connection), whose text
    is the policy's first paragraphs, is refused as a fragment even when it holds most of the policy (a fresh
    user's trial: a page cut after its fourth section became a version, "3 sections removed", and the full
    page's return another). The policy's last sections removed for real, in a page that closes, are a version;
    so they are on a site whose pages never close (its version in force did not either)."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    cut = record(db, cap(at(1), _cut_after(policy_html(), b"</p>", 6)))
    assert (cut.status, cut.reason) == ("rejected", "fragment")
    mid_word = record(db, cap(at(2), _cut_after(policy_html(), b"</p>", 7)[:-25]))
    assert (mid_word.status, mid_word.reason) == ("rejected", "fragment")
    assert record(db, cap(at(3), policy_html())).status == "unchanged"
    last_block = _cut_after(policy_html(), b"</p>", 9)[:-30]  # inside the last section's paragraph
    assert record(db, cap(at(3, 12), last_block)).reason == "fragment"
    rows = "".join(f"<tr><td>cookie_{i}</td><td>Keeps your session for {i} days</td></tr>" for i in range(8))
    tabled = open_archive(db_path.parent / "table.db")
    record(tabled, cap(at(0), policy_html(extra=f"<h2>Cookies we set</h2><table>{rows}</table>")))
    in_a_cell = policy_html(extra=f"<h2>Cookies we set</h2><table>{rows}</table>").split(b"session for 6")[0]
    assert record(tabled, cap(at(1), in_a_cell)).reason == "fragment"  # the writer closes the cut row: `| Keeps your |`
    in_a_tag = _cut_after(policy_html(), b"</p>", 7) + b"<"  # the tag's "<" read as text: "…as described.<"
    assert record(db, cap(at(3, 13), in_a_tag)).reason == "fragment"
    removed = policy_html({5: "", 6: ""}).replace(b"<h2>Security</h2><p></p>", b"")
    assert record(db, cap(at(4), removed)).status == "new_version"


    never_closed = open_archive(db_path.parent / "open.db")
    unclosed = lambda body: body.replace(b"</body></html>", b"")
    record(never_closed, cap(at(0), unclosed(policy_html())))
    assert record(never_closed, cap(at(1), unclosed(_cut_after(policy_html(), b"</p>", 6)))).status == "new_version"
    # nor does a site that stopped closing its pages since the version began (a colleague's review)
    stopped = open_archive(db_path.parent / "stopped.db")
    record(stopped, cap(at(0), policy_html()))
    assert record(stopped, cap(at(7), unclosed(policy_html()))).status == "unchanged"
    assert record(stopped, cap(at(14), unclosed(_cut_after(policy_html(), b"</p>", 6)))).status == "new_version"


def test_a_response_cut_in_transfer_whose_visitor_count_moved_is_still_no_version(db_path):
    """The half-loaded page also showed a new visitor count in its first paragraphs: no longer the version's first
    blocks word for word, it was a version, "3 sections removed" (a fresh user's trial, a Taiwanese app's
    "今日瀏覽人次"); one paragraph before the cut may differ by a value. An edit of more than a value stays an
    edit's matter for the full page."""
    db = open_archive(db_path)
    counted = lambda n: policy_html(extra="").replace(b"<p>This privacy policy", f"<p>Visitors today: {n:,} people</p><p>This privacy policy".encode())
    record(db, cap(at(0), counted(12345)))
    cut = record(db, cap(at(30), _cut_after(counted(13002), b"</p>", 6)))
    assert (cut.status, cut.reason) == ("rejected", "fragment")
    rewritten = _cut_after(counted(12345).replace(b"This privacy policy explains", b"This notice sets out in plain words"),
                           b"</p>", 6)
    assert record(db, cap(at(31), rewritten)).status == "new_version"


def test_a_stub_that_does_not_last_is_never_a_version(db_path):
    """A stub seen twice, or three times within a day, then the full page again: no version."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy_html()))
    for when in (at(1), at(2)):
        record(db, cap(when, _shortened()))
    record(db, cap(at(3), policy_html()))
    for hour in (1, 2, 3):
        record(db, cap(at(4, hour), _shortened()))
    assert len(versions(db)) == 1
    assert db.execute("SELECT count(*) FROM captures WHERE reason = 'fragment'").fetchone()[0] == 5


def _portal() -> bytes:
    """A privacy portal: a short page of privacy words, none of the policy's sentences."""
    items = "".join(f"<li>Open the privacy settings of product {name} to choose what personal information it may "
                    f"use, to download a copy of it or to delete your account.</li>"
                    for name in ("Maps", "Drive", "Search", "Mail", "Photos"))
    return (f"<html><head><title>Privacy centre</title></head><body><main><h1>Privacy centre</h1><p>Our privacy "
            f"principles: transparency, control, security and consent for every person who uses our products."
            f"</p><ul>{items}</ul></main></body></html>").encode()


def _long_policy() -> bytes:
    extra = "".join(f"<h2>Annex {i}</h2><p>Processing activity {i}: we keep records of the personal data used "
                    f"for purpose {i}, its legal basis, the recipients and the retention period set for it.</p>"
                    for i in range(60))
    return policy_html(extra=extra)


def test_another_page_at_the_policys_address_is_refused_until_it_has_stayed_a_month(db_path):
    """A portal served at the policy's address is no edit of the policy (`other_page`); served for a month
    (three captures or more), it is what the address holds: a version from its first capture."""
    db = open_archive(db_path)
    assert record(db, cap(at(0), _long_policy())).status == "new_version"
    assert [record(db, cap(at(d), _portal())).reason for d in (1, 10, 20)] == ["other_page"] * 3
    assert record(db, cap(at(22), _long_policy())).status == "unchanged"  # back: the policy goes on
    assert [record(db, cap(at(d), _portal())).reason for d in (23, 40)] == ["other_page"] * 2
    third = record(db, cap(at(60), _portal()))
    assert third.status == "unchanged" and third.version == 2
    v = versions(db)
    assert [(n, first, last, c) for n, first, last, c, _ in v][1] == (2, "2024-01-24T00:00:00Z",
                                                                      "2024-03-01T00:00:00Z", 3)


def _rewrite_in_german() -> bytes:
    """The policy rewritten in German under a heading that names no kind of page, in a page whose title does
    not either: the classifier's model knows English and French only, and its vocabulary route calls it not
    legal."""
    body = "".join(f"<p>{n}. Wir verarbeiten personenbezogene Daten nur, soweit das für den Dienst nötig ist. "
                   f"Verantwortliche ist die Beispiel GmbH. Rechtsgrundlage ist Ihre Einwilligung; Sie können der "
                   f"Verarbeitung widersprechen und Auskunft verlangen.</p>" for n in range(1, 6))
    return (f"<html><head><title>Beispiel</title></head><body><main><h1>Wie wir mit Ihren Daten umgehen</h1>"
            f"{body}</main></body></html>").encode()


def _german_policy() -> bytes:
    """A German privacy policy the classifier reads as one (its title names it), in other words than
    `_rewrite_in_german`'s."""
    body = "".join(f"<h2>{n}. {h}</h2><p>{t}</p>" for n, (h, t) in enumerate([
        ("Verantwortlicher", "Verantwortlicher im Sinne der DSGVO ist die Beispiel GmbH, Hauptstraße 1, 10115 Berlin."),
        ("Erhobene Daten", "Bei der Registrierung erheben wir Name, E-Mail-Adresse und Geburtsdatum sowie bei jeder "
                           "Nutzung IP-Adresse und Geräteinformationen."),
        ("Rechtsgrundlage", "Die Verarbeitung beruht auf Art. 6 Abs. 1 lit. b DSGVO zur Erfüllung des Vertrags und auf "
                            "unserem berechtigten Interesse an der Sicherheit des Dienstes."),
        ("Speicherdauer", "Personenbezogene Daten werden gelöscht, sobald das Konto geschlossen ist, spätestens nach "
                          "zwei Jahren ohne Anmeldung."),
        ("Ihre Rechte", "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit "
                        "und Beschwerde bei einer Aufsichtsbehörde; schreiben Sie an datenschutz@beispiel.de.")], 1))
    return (f"<html lang='de'><head><title>Datenschutzerklärung | Beispiel</title></head><body><main><h1>"
            f"Datenschutzerklärung</h1>{body}</main></body></html>").encode()


@pytest.mark.parametrize("policy", [_german_policy, policy_html])
def test_a_page_the_classifier_calls_not_legal_is_a_version_once_it_has_stayed_a_week(db_path, policy):
    """Refused (`not_legal`) while it may be a homepage served for a few days; after a week and two captures
    it is what the address holds, a version from its first capture (a policy rewritten in a language the
    classifier's model does not know is not lost), whatever the language of the version before it."""
    db = open_archive(db_path)
    reason = "not_legal"
    assert record(db, cap(at(0), policy())).status == "new_version"
    assert record(db, cap(at(1), _rewrite_in_german())).reason == reason
    assert record(db, cap(at(3), _rewrite_in_german())).reason == reason  # two captures, two days
    later = record(db, cap(at(9), _rewrite_in_german()))
    assert later.version == 2  # made from the first capture of the run, which this one continues
    assert [(n, first) for n, first, *_ in versions(db)][1] == (2, "2024-01-02T00:00:00Z")



@pytest.mark.parametrize("policy, replaced, reason, later", [
    (_long_policy, _portal, "other_page", 45), (_german_policy, _rewrite_in_german, "not_legal", 9)])
def test_a_page_that_replaced_the_policy_and_was_edited_in_turn_is_a_version(db_path, policy, replaced, reason,
                                                                            later):
    """A history taken on change captures what replaced the policy once, then its edit: the two together have
    stayed as long as one text must (a month, a week), so each is a version from its own first capture."""
    db = open_archive(db_path)
    record(db, cap(at(0), policy()))
    assert record(db, cap(at(1), replaced())).reason == reason
    edit = replaced().replace(b"</main>", b"<p>Contact our data protection officer at dpo@example.com for any "
                                          b"question about your personal data.</p></main>")
    assert record(db, cap(at(later), edit)).status == "new_version"
    assert [first[:10] for _, first, *_ in versions(db)] == ["2024-01-01", "2024-01-02", at(later).strftime("%Y-%m-%d")]


def _served_on(day: int, **kw) -> bytes:
    """The policy as a site that prints the date it serves the page as its "Last updated" date."""
    return policy_html(updated=f"{at(day):%B} {at(day).day}, 2024", **kw)


def test_a_date_that_follows_the_clock_makes_no_version(db_path):
    """A page printing the day it is served changes at every capture with no word of the policy changed. The
    first such change cannot be told from a real update of the date; once the page has shown the clock
    twice, it makes no version (`clock_date`). A real edit on such a page is a version all the same."""
    db = open_archive(db_path)
    assert record(db, cap(at(0), _served_on(0))).status == "new_version"
    assert record(db, cap(at(1, 9), _served_on(1))).status == "new_version"
    assert [record(db, cap(at(d, 9), _served_on(d))).reason for d in (2, 3, 6)] == ["clock_date"] * 3
    assert record(db, cap(at(6, 20), _served_on(6))).reason == "clock_date"  # the same text, later that day
    # the policy was seen, with the day printed in it: its version's last sight moves on (`show --at` a later
    # day warned that nothing was known after the version's first capture)
    assert versions(db)[-1][2] == "2024-01-07T20:00:00Z"
    edited = record(db, cap(at(8), _served_on(8, edits={1: "We now also collect your precise location."})))
    assert edited.status == "new_version" and edited.version == 3
    assert record(db, cap(at(9), _served_on(9, edits={1: "We now also collect your precise location."}))).reason \
        == "clock_date"  # the page showed the clock before
    assert len(versions(db)) == 3


def test_a_page_that_prints_the_minute_it_was_served_shows_the_clock_at_once(db_path):
    """A trial's site printed "Page generated on <date> <time> UTC", the capture's own minute: its first move
    was a version (`date_only`) like a real date of update. A policy's date of update is not the minute a
    crawler fetched it: a changed date that carries the capture's time of day (within CLOCK_MINUTES; in UTC,
    by the offset written, "+01:00" or "GMT+1", on a 12-hour clock) is the clock from its first move. A time
    hours away is not the minute it was served, but a date that moves with its time of day and no word is a
    stamp of the page's last save (`changes.is_saved_time`), refused as well."""
    def stamped(db, when, stamp):
        return record(db, cap(when, policy_html(extra=f"<p>Page generated on {stamp}</p>")))

    db = open_archive(db_path)
    assert stamped(db, at(0, 9), "2024-01-01 09:00 UTC").status == "new_version"
    assert stamped(db, at(7, 9), "2024-01-08 09:00 UTC").reason == "clock_date"
    assert stamped(db, at(14, 9), "15 January 2024, 10:02 +01:00").reason == "clock_date"  # written otherwise
    assert stamped(db, at(21, 15), "22 January 2024, 04:10 pm +01:00").reason == "clock_date"
    # the offset after the zone's name (read as UTC, an hour off, it made a version)
    assert stamped(db, at(28, 9), "29 January 2024, 10:05 GMT+01:00").reason == "clock_date"
    assert stamped(db, at(35, 9), "5 February 2024, 04:00 UTC-5").reason == "clock_date"
    assert stamped(db, at(42, 9), "12 February 2024, 10:01 (UTC+01:00)").reason == "clock_date"
    cet = open_archive(db_path.parent / "cet.db")  # a zone's abbreviation, the same at every visit
    assert stamped(cet, at(0, 9), "1 January 2024, 10:00 CET").status == "new_version"
    assert stamped(cet, at(7, 9), "8 January 2024, 10:00 CET").reason == "clock_date"
    assert len(versions(db)) == 1
    from archive.changes import is_served_time  # public: a naive time is read as UTC, not a TypeError (a review)
    printed = "# Policy\n\nWe keep data.\n\nPage generated on 2024-01-08 09:00 UTC\n"
    assert is_served_time(printed, printed.replace("01-08", "01-01"), dt.datetime(2024, 1, 8, 9, 1))
    plone = open_archive(db_path.parent / "plone.db")  # a byline: its author's link is no word of its label
    for day, (stamp, outcome) in enumerate((("14/05/2018 12:03", "new_version"), ("02/10/2018 09:47", "clock_date"))):
        byline = f"<p>di <a href='https://example.com/author/redazione'>Redazione</a> — ultima modifica {stamp}</p>"
        done = record(plone, cap(at(7 * day, 9), policy_html(extra=byline)))
        assert (done.reason or done.status) == outcome
    other = open_archive(db_path.parent / "other.db")  # a first move, five hours from the capture: a save's stamp
    assert stamped(other, at(0, 9), "1 January 2024, 09:00 am").status == "new_version"
    assert stamped(other, at(7, 9), "8 January 2024, 03:00 pm +01:00").reason == "clock_date"
    five_hours = printed.replace("09:00 UTC", "14:00 UTC")
    assert not is_served_time(five_hours, five_hours.replace("01-08", "01-01"), dt.datetime(2024, 1, 8, 9, 1))
    ist = printed.replace("09:00 UTC", "09:00 GMT+05:30")  # 03:30 UTC: not the minute it was served
    assert not is_served_time(ist, ist.replace("01-08", "01-01"), dt.datetime(2024, 1, 8, 9, 1))
    cst = printed.replace("09:00 UTC", "09:00 CST")  # China's or America's: no minute can be told
    assert not is_served_time(cst, cst.replace("01-08", "01-01"), dt.datetime(2024, 1, 8, 9, 1))


def test_a_pages_stamp_of_its_publication_beside_the_policys_own_date_makes_no_version(db_path):
    """A CMS prints when the page was last published under the policy ("Página publicada em 04/12/2021"), beside
    the policy's own "Last updated" line, and republishes the page now and then with no word changed: each
    republication was a version (a simulated hospital's Sitecore page). The stamp alone moving is refused as
    `date_stamp`, which saw the version in force; the policy's own date moving, with the stamp or alone, is a
    version, and so is a stamp on a page that states no date of its own, or any line whose label does not name the
    page's publication ("Entry into force", "Last modified", "Versione del") wherever it stands."""
    def page(stamp: str, updated: str = "March 1, 2024", label: str = "Page published on") -> bytes:
        return policy_html(updated=updated, extra=f"<p class='published'>{label} {stamp}</p>")

    db = open_archive(db_path)
    assert record(db, cap(at(0), page("1 March 2024"))).status == "new_version"
    refused = record(db, cap(at(3), page("4 March 2024")))
    assert refused.reason == "date_stamp"
    assert versions(db)[-1][2] == "2024-01-04T00:00:00Z"  # the version was seen
    assert record(db, cap(at(40), page("9 April 2024", updated="April 9, 2024"))).status == "new_version"
    assert record(db, cap(at(50), page("9 April 2024", updated="April 19, 2024"))).status == "new_version"
    assert record(db, cap(at(60), page("2 May 2024", updated="April 19, 2024"))).reason == "date_stamp"
    assert len(versions(db)) == 3

    undated = open_archive(db_path.parent / "undated.db")  # no date of its own: the stamp is the page's only date
    assert record(undated, cap(at(0), page("1 March 2024", updated=""))).status == "new_version"
    assert record(undated, cap(at(9), page("10 March 2024", updated=""))).status == "new_version"

    # a date of the policy's own below it, whether `declared_date` reads its label or not (a colleague's review: a
    # postponed date of entry into force, a revision's, a version's were refused by the rule's first form)
    for n, label in enumerate(("Last modified:", "Entry into force:", "Dernière révision :", "Versione del",
                               "Amended:", "Version publiée le")):
        other = open_archive(db_path.parent / f"other{n}.db")
        assert record(other, cap(at(0), page("15 May 2024", label=label))).status == "new_version"
        assert record(other, cap(at(9), page("1 June 2024", label=label))).status == "new_version", label


def test_a_stamp_of_the_pages_update_beside_the_policys_date_of_effect_makes_no_version(db_path):
    """A template stamps each save of the page under a policy dated by its effect: "Sidan uppdaterades 8 februari
    2023" under "Gäller från och med 1 oktober 2022" (a dental insurer's Optimizely page, dental_world), "Page last
    updated" under "Effective from". The label names the page, so the policy's date is its date of effect
    (`meta.declared_date`), and the stamp moving alone is refused as `date_stamp`; the date of effect moving is a
    version, and so is the page's stamp on a policy with no date of its own."""
    def page(stamp: str, effect: str = "1 March 2024") -> bytes:
        html = policy_html(extra=f"<p class='updated'>Page last updated: {stamp}</p>")
        return html.replace(b"Last updated: March 1, 2024", f"Effective from: {effect}".encode())

    swedish = "# Dataskydd\n\nGäller från och med 1 oktober 2022.\n\nVi behandlar personuppgifter.\n\n" \
              "Sidan uppdaterades 22 januari 2023"
    assert meta.declared_date(swedish, "sv") == "2022-10-01"
    assert meta.declared_date(swedish.replace("Gäller från och med 1 oktober 2022.", ""), "sv") == "2023-01-22"
    assert meta.declared_date("Diese Seite wurde zuletzt aktualisiert am 3. März 2024\n\nGültig ab 1. Januar 2024",
                              "de") == "2024-01-01"
    db = open_archive(db_path)
    assert record(db, cap(at(0), page("1 March 2024"))).status == "new_version"
    assert record(db, cap(at(20), page("21 March 2024"))).reason == "date_stamp"
    assert record(db, cap(at(40), page("9 April 2024", "9 April 2024"))).status == "new_version"
    assert len(versions(db)) == 2
    undated = open_archive(db_path.parent / "undated.db")
    bare = [page(s).replace(b"Effective from: 1 March 2024", b"") for s in ("1 March 2024", "21 March 2024")]
    assert [record(undated, cap(at(20 * n), html)).status for n, html in enumerate(bare)] == ["new_version"] * 2
    # a colleague's review: a law's date in a sentence is not the policy's; a line naming the page with a date of
    # effect, and a sentence's date edited to the stamp's new one, are edits
    law = "<p>We rely on the Data Privacy Framework, effective 10 July 2023, for transfers to the United States.</p>"
    stamped_only = policy_html(extra=law).decode().replace("Last updated: March 1, 2024",
                                                           "Page last updated: 4 March 2024")
    assert meta.declared_date(stamped_only) == "2024-03-04"
    effect = open_archive(db_path.parent / "effect.db")
    for n, day in enumerate(("1 March 2024", "21 March 2024")):
        line = f"Changes on this page apply from: {day}".encode()
        html = page("1 March 2024").replace(b"Page last updated: 1 March 2024", line)
        assert record(effect, cap(at(20 * n), html)).status == "new_version"
    since = open_archive(db_path.parent / "since.db")
    for n, (stamp, day) in enumerate((("1 March 2024", "1 February 2024"), ("21 March 2024", "21 March 2024"))):
        logs = f"<p>Since {day} we keep chat logs for a year.</p></article>".encode()
        assert record(since, cap(at(20 * n), page(stamp).replace(b"</article>", logs))).status == "new_version"


def test_a_date_moved_on_the_day_of_its_capture_is_a_version(db_path):
    """Histories captured when the page changes (Open Terms Archive's) see every update on its day: a date
    moved to the capture's day, with no sign of a clock in the week before, is a version, however many came
    the same way months apart. On a page that showed the clock, a date that stays put at a later capture is a
    version from the first capture that showed it; a week after the clock was last seen, one is at once."""
    db = open_archive(db_path)
    for day, updated in [(0, "January 1, 2024"), (30, "January 31, 2024"), (70, "March 11, 2024"),
                         (140, "May 20, 2024")]:
        assert record(db, cap(at(day), policy_html(updated=updated))).status == "new_version"

    clock = open_archive(db_path.parent / "clock.db")
    for d in range(4):
        record(clock, cap(at(d), _served_on(d)))
    assert record(clock, cap(at(4), policy_html(updated="January 5, 2024"))).reason == "clock_date"
    later = record(clock, cap(at(7), policy_html(updated="January 5, 2024")))
    assert later.status == "unchanged" and later.version == 3  # the version began at the capture of day 4
    assert [(n, first, c) for n, first, _, c, _ in versions(clock)][2] == (3, "2024-01-05T00:00:00Z", 2)
    assert record(clock, cap(at(20), policy_html(updated="January 21, 2024"))).status == "new_version"  # fixed


def _visit(value: int, edits=None, updated: str = "March 1, 2024") -> bytes:
    """The policy with a per-visit value inside its text, which no markup marks as a widget."""
    return policy_html(edits, updated=updated,
                       extra=f"<p>Our privacy team currently answers requests in about {value} minutes.</p>")


def test_a_block_that_changes_at_every_capture_is_folded_into_the_version_before_its_changes(db_path):
    """A value that is new at every visit (a wait time) inside the policy's text: its first two changes cannot be
    told from edits and are versions when they come; the rest are refused as `volatile` (the version in force was
    seen: its last_seen moves on), and once a second value has been refused the first two are folded into the
    version before them (`changes.folds`: superseded, marked `volatile`, their captures refused). A real edit
    elsewhere is a version all the same, told against the version before the block's changes, and the block goes on
    being refused after it."""
    def day(d: int) -> Capture:  # a real edit elsewhere on day 12
        return cap(at(d, 9), _visit(10 + 7 * d, {1: "We now also collect your precise location."} if d >= 12 else None))

    def standing(db):
        return [(n, first, last) for n, first, last in db.execute(
            "SELECT number, first_seen, last_seen FROM versions WHERE superseded_at IS NULL ORDER BY first_seen")]

    db = open_archive(db_path)
    outcomes = [record(db, day(d)) for d in range(12)]
    assert [o.status for o in outcomes[:3]] == ["new_version"] * 3
    assert [o.reason for o in outcomes[3:]] == ["volatile"] * 9  # after a week too: the block kept changing
    assert standing(db) == [(1, "2024-01-01T09:00:00Z", "2024-01-12T09:00:00Z")]
    assert db.execute("SELECT number, superseded_by, superseded_as FROM versions WHERE superseded_at IS NOT NULL "
                      "ORDER BY number").fetchall() == [(2, 1, "volatile"), (3, 1, "volatile")]
    assert db.execute("SELECT count(*) FROM captures WHERE reason = 'volatile'").fetchone()[0] == 11
    edit = record(db, day(12))
    assert edit.status == "new_version" and edit.version == 4
    assert db.execute("SELECT previous_id FROM versions WHERE number = 4").fetchone()[0] == 1
    assert [record(db, day(d)).reason for d in (13, 14)] == ["volatile"] * 2
    assert [n for n, *_ in standing(db)] == [1, 4]

    shuffled = open_archive(db_path.parent / "shuffled.db")
    days = list(range(15))
    random.Random(4).shuffle(days)
    for d in days:
        record(shuffled, day(d))
    rows = "SELECT first_seen, captures, content_hash, superseded_as FROM versions WHERE superseded_at IS NULL " \
        "OR superseded_as IS NOT NULL ORDER BY first_seen"
    assert shuffled.execute(rows).fetchall() == db.execute(rows).fetchall()


@pytest.mark.parametrize("edit", ["removed beside", "added beside", "words beside", "dated"])
def test_a_real_edit_among_a_blocks_first_changes_is_never_folded(db_path, edit):
    """Folding (`changes.folds`) takes only versions whose every change the next state changed again: a paragraph
    removed just before the block, one added beside it, other words of the block's paragraph, or a new date of
    update, made with the block's second change, stays a version from its capture; the block's changes after it
    are folded into it, and its first change before it into the first version where the edit left the paragraphs
    around the block as they were (a place is named by them), and a reprocess folds the same ones."""
    def page(d: int) -> bytes:
        wait = f"about {10 + 7 * d} minutes"
        edited = d >= 2
        line = f"<p>Our privacy team currently answers requests in {wait}.</p>"
        if edit == "removed beside" and not edited:
            line = "<p>You may also call us on weekdays.</p>" + line
        if edit == "added beside" and edited:
            line = "<p>You may also call us on weekdays.</p>" + line
        if edit == "words beside" and edited:
            line = f"<p>Our data protection team currently answers requests in {wait}.</p>"
        return policy_html(updated="March 9, 2024" if edit == "dated" and edited else "March 1, 2024", extra=line)

    db = open_archive(db_path)
    for d in range(12):
        record(db, cap(at(d, 9), page(d)))
    rows = "SELECT number, first_seen, superseded_as FROM versions WHERE superseded_at IS NULL OR superseded_as " \
        "IS NOT NULL ORDER BY first_seen"
    got = db.execute(rows).fetchall()
    standing = [first for _, first, folded in got if folded is None]
    first = [] if edit in ("words beside", "dated") else ["2024-01-02T09:00:00Z"]
    assert standing == ["2024-01-01T09:00:00Z", *first, "2024-01-03T09:00:00Z"]
    assert db.execute("SELECT count(*) FROM versions v JOIN versions p ON p.id = v.previous_id WHERE v.superseded_at "
                      "IS NULL AND p.superseded_at IS NOT NULL").fetchone()[0] == 0  # the edit follows version 1
    replay(db, db.execute("SELECT id FROM documents").fetchone()[0], fresh=True)
    assert db.execute(rows).fetchall() == got


def test_edits_of_one_paragraph_in_a_row_are_versions_once_the_last_one_stays(db_path):
    """Three edits of the same words on three days read like a volatile block; the third, seen at every capture for
    three days, is the policy's text after all: a version from its first capture, and the version before it was
    last seen before that. Edits of other words of the paragraph, edits that move the date of update, and dates
    alone are never a volatile block's."""
    db = open_archive(db_path)
    first, *addresses = [f"Write to our data protection officer at dpo@{host}.example for any request." for host in "xabc"]
    for d in range(2):
        record(db, cap(at(d), policy_html({2: first})))
    assert [record(db, cap(at(2 + i), policy_html({2: t}))).status for i, t in enumerate(addresses)] == \
        ["new_version", "new_version", "rejected"]
    assert [record(db, cap(at(d), policy_html({2: addresses[-1]}))).reason for d in (5, 6)] == ["volatile"] * 2
    last = record(db, cap(at(7), policy_html({2: addresses[-1]})))
    assert last.status == "unchanged" and last.version == 4
    assert versions(db)[-1][1:4] == ("2024-01-05T00:00:00Z", "2024-01-08T00:00:00Z", 4)
    assert versions(db)[-2][2] == "2024-01-04T00:00:00Z"  # not moved on by the captures of the new text

    texts = ["We share data with processors.", "We share data with processors under contract.",
             "We share data with vetted processors under contract."]
    words = open_archive(db_path.parent / "words.db")
    record(words, cap(at(0), policy_html()))
    for i, t in enumerate(texts):
        assert record(words, cap(at(1 + i), policy_html({2: t}))).status == "new_version"

    dated = open_archive(db_path.parent / "dated.db")
    record(dated, cap(at(0), policy_html()))
    for i, t in enumerate(texts):
        assert record(dated, cap(at(1 + i), policy_html({2: t}, updated=f"January {2 + i}, 2024"))).status == "new_version"
    moved = open_archive(db_path.parent / "moved.db")
    for d, updated in enumerate(["March 1, 2024", "March 2, 2024", "April 8, 2024", "May 3, 2024"]):
        assert record(moved, cap(at(20 + d), policy_html(updated=updated))).status == "new_version"


def test_a_rotating_block_is_refused_between_the_visits_that_repeat_it(db_path):
    """A tip drawn at every visit from a few: most captures are refused, whether the tip is new or one seen before
    (one shown at every capture for three days, by chance, is a version)."""
    db = open_archive(db_path)
    tips = ["Never share your password.", "Check the sender before you click a link.",
            "We will never call you about your PIN.", "Turn on two-step sign-in."]
    rng = random.Random(3)
    outcomes = [record(db, cap(at(d, 9), policy_html(extra=f"<p>Security tip: {rng.choice(tips)}</p>")))
                for d in range(40)]
    assert sum(o.reason == "volatile" for o in outcomes) >= 15
    assert len(versions(db)) <= 6


@pytest.mark.parametrize("where", ["paragraph", "same words", "table"])
def test_an_edit_beside_a_volatile_block_is_a_version(db_path, where):
    """Other words changed in the paragraph (or the table) that holds a visit's value are an edit, whatever the
    value does, even where the same words stand around both (two reviews: the e-mail address beside a wait time,
    then "in about 30 days" after "in about N minutes" and a table's rows ending alike, were refused for ever)."""
    def page(d: int) -> bytes:
        value, edited = 5 + 11 * d % 50, d >= 8
        if where == "paragraph":
            contact = "dpo@example.com" if edited else "privacy@example.com"
            block = f"<p>Our privacy team answers in about {value} minutes; write to {contact}.</p>"
        elif where == "same words":
            days = 14 if edited else 30
            block = f"<p>Calls are answered in about {value} minutes, written requests in about {days} days.</p>"
        else:
            kept = "6 months" if edited else "2 years"
            block = (f"<table><tr><th>Data</th><th>Kept</th><th>Shared</th></tr><tr><td>Account data</td>"
                     f"<td>{kept}</td><td>Yes</td></tr><tr><td>Live queue</td><td>{value}</td><td>Yes</td></tr></table>")
        return policy_html(extra=block)

    db = open_archive(db_path)
    outcomes = [record(db, cap(at(d, 9), page(d))) for d in range(12)]
    assert [o.reason for o in outcomes[3:8]] == ["volatile"] * 5
    assert outcomes[8].status == "new_version"
    assert [o.reason for o in outcomes[9:]] == ["volatile"] * 3


def test_a_value_written_in_parts_is_one_place_whichever_part_changed(db_path):
    """A countdown's hours and minutes ("3 h 41 min"): the minutes change at every visit, the hours now and then;
    after the first two changes no capture is a version."""
    rng = random.Random(2)
    db = open_archive(db_path)
    for d in range(30):
        record(db, cap(at(d, 9), policy_html(extra=f"<p>This offer ends in {rng.choice((3, 4))} h "
                                                   f"{rng.randrange(60)} min.</p>")))
    assert len(versions(db)) == 3


def test_captures_without_a_text_do_not_break_a_volatile_blocks_run(db_path):
    """A persisting text's run counts the captures that had a text: a fetch that failed, a 404 or a 304 between
    them is none (a review: one timeout every third day kept an edit from ever being recorded)."""
    first, *addresses = [f"Write to our data protection officer at dpo@{host}.example for any request." for host in "xabc"]
    db = open_archive(db_path)
    for d in range(2):
        record(db, cap(at(d), policy_html({2: first})))
    for i, t in enumerate(addresses):
        record(db, cap(at(2 + i), policy_html({2: t})))
    record(db, cap(at(4, 12), b"", status=0))
    record(db, cap(at(5), policy_html({2: addresses[-1]})))
    record(db, cap(at(5, 12), b"Not found", status=404))
    record(db, cap(at(6), b"", status=304))
    last = record(db, cap(at(7), policy_html({2: addresses[-1]})))
    assert last.status == "unchanged" and versions(db)[-1][1] == "2024-01-05T00:00:00Z"


_GATE = ("<!doctype html><html lang='id'><head><meta charset='utf-8'><title>Example menghargai privasi Anda</title>"
         "</head><body><div role='dialog' aria-modal='true'><h1>Example menghargai privasi Anda</h1>" +
         "<p>Kami dan 148 mitra kami menyimpan dan/atau mengakses informasi di perangkat Anda, seperti cookie, dan "
         "memproses data pribadi, seperti pengenal unik dan informasi standar yang dikirim oleh perangkat, untuk "
         "iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, serta pengembangan "
         "layanan. Anda dapat mengubah preferensi kapan saja dengan kembali ke situs ini.</p>" * 3 +
         "<button>Terima semua</button> <button>Tolak semua</button></div></body></html>").encode()


def test_a_gate_the_policy_url_redirects_to_is_no_version_in_any_language(db_path):
    """A consent wall (or a login, an age check) the policy's address sends the visitor to, with the address to
    come back to in its query, is refused as `interstitial` whatever language it is in; the policy's next edit
    is then told against the policy, not against the wall (a fresh user's trial: an Indonesian wall was
    version 4, and the real edit after it read '8 sections added')."""
    db = open_archive(db_path)
    assert record(db, cap(at(0), policy_html())).status == "new_version"
    gate = URL.rsplit("/", 1)[0] + "/consent?sessionId=0ojRpox5LNLpyvq1&done=" + \
        quote(urlsplit(URL).path + "?consent=1", safe="")
    walled = record(db, cap(at(7), _GATE, final_url=gate, redirects=((URL, 302),)))
    assert (walled.status, walled.reason) == ("rejected", "interstitial")
    assert record(db, cap(at(14), policy_html({2: "We keep your data for 14 days."}))).status == "new_version"
    assert [n for n, *_ in versions(db)] == [1, 2]
    # the policy itself at a renamed address that keeps a `?from=` (as long as it, or longer) is no gate
    renamed = URL.rsplit("/", 1)[0] + "/legal/data-protection?from=" + quote(urlsplit(URL).path, safe="")
    moved = record(db, cap(at(21), policy_html({3: "We now also use a payment processor."}), final_url=renamed,
                           redirects=((URL, 302),)))
    assert moved.status == "new_version"
    added, modified = db.execute("SELECT sections_added, sections_modified FROM changes c JOIN versions v "
                                 "ON v.id = c.version_id WHERE v.number = 2").fetchone()
    assert added in (None, "[]") and modified and modified != "[]"


def test_a_gate_at_the_first_capture_is_no_version_until_it_is_all_the_address_serves(db_path):
    """A second review: a gate as the document's first capture was version 1 (no version in force to be shorter
    than). It is refused; a text so refused for a month (three captures) is what the address serves now (the
    policy at a renamed address that keeps the old one in its query), a version from its first capture."""
    db = open_archive(db_path)
    gate = URL.rsplit("/", 1)[0] + "/login?next=" + quote(urlsplit(URL).path, safe="")
    outcomes = [record(db, cap(at(day), _GATE, final_url=gate, redirects=((URL, 302),))) for day in (0, 14)]
    assert [(o.status, o.reason) for o in outcomes] == [("rejected", "interstitial")] * 2
    assert versions(db) == []
    assert record(db, cap(at(35), _GATE, final_url=gate, redirects=((URL, 302),))).status == "unchanged"
    assert [(n, first, c) for n, first, _, c, _ in versions(db)] == [(1, "2024-01-01T00:00:00Z", 3)]


@pytest.mark.parametrize("final, hops, gated", [
    ("https://example.com/login?next=/privacy", [["https://example.com/privacy", 302]], True),
    ("https://example.com/age?returnTo=https%3A%2F%2Fwww.example.com%2Fprivacy", [["https://example.com/privacy",
                                                                                   307]], True),
    ("https://example.com/age?returnTo=%2Fprivacy", [], False),  # no chain: a relinked target asked at once
    ("https://example.com/accept-privacy?next=/privacy", [["https://example.com/privacy", 302]], True),
    ("https://example.com/login?next=/privacy", [["https://example.com/privacy", 301]], False),  # a move
    ("https://example.com/en/privacy?from=/privacy", [["https://example.com/privacy", 302]], False),  # a language
    ("https://example.com/privacy?consent=1", [["https://example.com/privacy", 302]], False),  # the page itself
    ("https://example.com/login?next=/terms", [["https://example.com/privacy", 302]], False),  # another page's
    ("https://example.com/login?next=https://other.example/privacy", [], False),  # another site's
])
def test_a_gate_is_told_by_the_address_it_sends_back_to(final, hops, gated):
    from archive.record import is_interstitial
    assert is_interstitial("https://example.com/privacy", final, hops) is gated


def test_widgets_that_change_in_turn_inside_the_policy_churn(db_path):
    """A live count and a news line inside the policy's box, changing in turn at captures 12 hours apart (a
    podcast platform's Notion page, `benchmarks/simulated.py`'s games_world): after each paragraph's third change
    in a row no capture within the week is a version (`changes.is_churning`; `is_volatile` follows one block's
    words and misses two taking turns), while a real edit of a section the policy has long had is a version from
    its capture."""
    news = ["The Android app now works offline.", "Planned maintenance on the 14th from 02:00 to 04:00.",
            "Podcasts can now be imported by RSS.", "Chapters are now added to long episodes."]

    def page(i: int) -> bytes:
        live = 40 + random.Random(i - i % 2).randrange(300)  # the count changes at even captures, the news at odd
        extra = f"<p>Platform news. Live now: {live} streams on air.</p><p>{news[(i + 1) // 2 % len(news)]}</p>"
        return policy_html({2: "We keep your account data for two years after you close it."} if i >= 16 else None,
                           extra=extra)

    db = open_archive(db_path)
    outcomes = [record(db, cap(at(i // 2, 12 * (i % 2)), page(i))) for i in range(28)]
    assert [o.reason for o in outcomes[8:15]] == ["volatile"] * 7
    assert outcomes[16].status == "new_version" and "2024-01-09T00:00:00Z" in {v[1] for v in versions(db)}
    # a week on, the run starts again from the versions of that week: a few versions, then none
    assert sum(o.status == "new_version" for o in outcomes[17:]) <= 3
    assert [o.reason for o in outcomes[-6:]] == ["volatile"] * 6


def _wait(rng: random.Random) -> str:
    return f"Our privacy team currently answers requests in about {rng.randrange(5, 90)} minutes."


def _contact_beside_a_wait(d: int, rng: random.Random) -> bytes:
    mail = "dpo@example.com" if d >= 14 else "privacy@example.com"
    edits = {6: f"Write to our data protection officer at {mail}. {_wait(rng)}"}
    if d >= 6:
        edits[4] = "We keep your personal data while your account is open and for one year after it is closed."
    return policy_html(edits)


def _processors_beside_a_wait(d: int, rng: random.Random) -> bytes:
    lists = ["AWS (hosting, Ireland), Stripe (payments, US) and Zendesk (support, US)",
             "AWS (hosting, Ireland), Stripe (payments, US), Zendesk (support, US) and Twilio (texts, US)",
             "AWS (hosting, Ireland), Stripe (payments, US), Zendesk (support, Germany) and Twilio (texts, US)",
             "Google Cloud (hosting, Belgium), Stripe (payments, US), Zendesk (support, Germany) and Twilio (texts, US)",
             "Google Cloud (hosting, Belgium), Adyen (payments, Netherlands), Zendesk (support, Germany) and Twilio "
             "(texts, US)",
             "Google Cloud (hosting, Belgium), Adyen (payments, Netherlands), Zendesk (support, Germany), Twilio "
             "(texts, US) and Datadog (monitoring, US)"]
    n = sum(d >= day for day in (20, 45, 75, 100, 130))
    return policy_html({2: f"Our sub-processors are {lists[n]}."}, extra=f"<p>{_wait(rng)}</p>")


def _section_restored_beside_a_wait(d: int, rng: random.Random) -> bytes:
    body = policy_html(extra=f"<p>{_wait(rng)}</p>")
    return body.replace(b"<h2>Cookies</h2>", b"<h2>Gone</h2>").replace(b"<h2>Gone</h2><p>", b"<p hidden>") \
        if 20 <= d < 23 else body


def _section_added_beside_widgets(d: int, rng: random.Random) -> bytes:
    news = ["The app now works offline.", "Maintenance on the 14th at night.", "Podcasts by RSS.", "Chapters."]
    live = 40 + random.Random(d - d % 2).randrange(300)
    extra = f"<p>Platform news. Live now: {live} streams on air.</p><p>{news[(d + 1) // 2 % len(news)]}</p>"
    if d >= 19:
        extra = "<h2>California residents</h2><p>Residents of California may ask what we collect and have it deleted.</p>" \
            + extra
    return policy_html(extra=extra)


def _address_beside_two_values(d: int, rng: random.Random) -> bytes:
    mail = "dpo@example.com" if d >= 14 else "privacy@example.com"
    edits = {6: f"Write to our data protection officer at {mail}. {_wait(rng)}"}
    if d >= 6:
        edits[4] = "We keep your personal data while your account is open and for one year after it is closed."
    return policy_html(edits, extra=f"<p>{rng.randrange(2, 40)} privacy agents are online now.</p>")


def _rollout_then_a_month_later(d: int, rng: random.Random) -> bytes:
    kept = ["two years", "one year", "18 months", "12 months", "6 months"][sum(d >= x for x in (2, 4, 6, 40))]
    edits = {4: f"We keep your personal data for {kept} after you close your account."}
    if d >= 3:
        edits[5] = "We use cookies to run the service; refuse them in our cookie settings panel."
    if d >= 5:
        edits[3] = "You may ask for a copy of your data, have it corrected or deleted, and object to its use."
    return policy_html(edits, extra=f"<p>{_wait(rng)}</p>")


@pytest.mark.parametrize("page, days, hours, edits", [
    (_contact_beside_a_wait, 24, 24, [6, 14]),
    (_processors_beside_a_wait, 150, 24, [20, 45, 75, 100, 130]),
    (_section_restored_beside_a_wait, 40, 24, [20, 23]),
    (_section_added_beside_widgets, 40, 12, [19]),
    (_address_beside_two_values, 30, 24, [6, 14]),
    (_rollout_then_a_month_later, 60, 24, [2, 3, 4, 5, 6, 40]),
], ids=["address-beside-a-wait", "monthly-processors", "section-restored", "section-added-beside-widgets",
        "address-beside-two-values", "rollout-then-a-month-later"])
def test_real_edits_on_a_page_with_a_visits_values_are_versions(db_path, page, days, hours, edits):
    """Two colleagues' reviews of the first forms of `changes.is_churning` (20 histories, 12 losing a real edit;
    then 29, 10 losing or delaying one): a contact address edited beside a wait time after an edit elsewhere, or
    beside a wait time and an "agents online" line; a processor list updated each month on a page with a wait
    time; a section deleted by mistake and restored; a section added beside two widgets that change in turn; a
    retention period settled in a week of commits and changed again a month later while a wait time is refused
    at every visit. Each real edit is a version from its first capture."""
    rng = random.Random(5)
    db = open_archive(db_path)
    for d in range(days):
        record(db, cap(at(0, d * hours), page(d, rng)))
    firsts = {v[1] for v in versions(db)}
    assert {at(0, d * hours).strftime("%Y-%m-%dT%H:%M:%SZ") for d in edits} <= firsts
