"""`policy-archive demo`: the whole product offline — a local web built from the seed policies, a crawl,
an edited policy, a second crawl, the history and the diff."""
import os
import subprocess
import sys

from archive import open_archive
from crawler.demo import DATA, demo_web


def test_demo_data_ships_with_the_package():
    files = sorted(DATA.glob("*.txt"))
    assert len(files) == 5
    assert "kaiyun体育全站入口(China)官方网站-Unique Platform" in files[0].read_text(encoding="utf-8")


def test_demo_runs_end_to_end(tmp_path):
    out = tmp_path / "demo.db"
    env = {**os.environ, "COLUMNS": "200"}
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "demo", "--out", str(out)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    text = result.stdout
    # the diff of the edit reads as prose (issue 16: the showcased diff was all lower case)
    assert "we will reply within 10 days" in text and "+What is new: we may use de-identified data" in text
    assert "Warning" not in result.stdout + result.stderr and "WARNING" not in result.stdout + result.stderr
    # the closing hint is a command a shell finds: `policy-archive` only when it is on PATH
    hint = text[text.index("Try:"):]
    assert f"{sys.executable} -m crawler.cli --db {out} sites" in hint or "policy-archive --db" in hint
    # the archive is the .db file, not its -wal
    wal = tmp_path / "demo.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    db = open_archive(out, readonly=True)
    rows = {r["key"]: r for r in db.query(
        "SELECT s.key, d.url, d.found_by, max(v.number) AS versions, sum(v.captures) AS captures "
        "FROM documents d JOIN sites s ON s.id = d.site_id JOIN versions v ON v.document_id = d.id GROUP BY d.id")}
    web = demo_web()
    expected = {s.host.removeprefix("www."): (s.expected, s.expected_rule) for s in web.sites.values()}
    assert {k: (r["url"], r["found_by"]) for k, r in rows.items()} == expected
    assert rows["szclou.test"]["versions"] == 2
    for key in ("laiye.test", "wezhuiyi.test", "example-games.test", "example-messaging.test"):
        assert rows[key]["versions"] == 1 and rows[key]["captures"] == 2, key  # second crawl: 304, unchanged
    # the app whose footer and policy only JavaScript writes: rendered in Chromium, the plain shell kept too
    assert "rendered in Chromium: http://www.app-studio.test/legal/privacy (its HTML: js_shell)" in text
    assert rows["app-studio.test"]["versions"] == 1 and rows["app-studio.test"]["captures"] == 2
    decoys = {u for s in web.sites.values() for u in s.decoys}
    assert not decoys & {r["url"] for r in db.query("SELECT url FROM captures")}
    # the versions keep the policy, not the page's spam title and cookie banner
    kelu = next(db.query("SELECT v.text FROM versions v JOIN documents d ON d.id = v.document_id "
                         "WHERE d.url LIKE '%szclou%' ORDER BY v.first_seen"))["text"]
    assert "Kelu Privacy Agreement" in kelu and "kaiyun" not in kelu and "This site uses cookies" not in kelu


def test_demo_never_replaces_an_archive_that_is_not_the_demos(tmp_path, run, history_records):
    """The demo recreates its file: a researcher's archive given as --out is refused, untouched (a fresh user's
    20 MB archive became the demo's; a second user's crawl of the demo web, all its sites on .test, was replaced
    too). Only an archive the demo signed (a run of kind `demo` naming its seeds file), holding nothing else, is
    replaced: not one crawled into since, nor one with a site off the demo web (a colleague's review)."""
    import pytest
    from archive import ArchiveError, schedule
    from conftest import write_warc
    from crawler.demo import _refuse_other_archive, _sign
    demo_url = "http://www.szclou.test/privacy-policy.html"
    for name, url in (("mine.db", None), ("crawled-demo-web.db", demo_url)):
        real = tmp_path / name
        records = [(url or u, t, status, body) for u, t, status, body in history_records]
        assert run("import-warc", write_warc(tmp_path / f"{name}.warc.gz", records), db=real).exit_code == 0
        before = real.read_bytes()
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "demo", "--out", str(real)], cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 2 and "but the demo did not make it" in result.stderr + result.stdout, name
        assert real.read_bytes() == before

    def demo_archive(name: str, *, later_crawl: bool = False, site_url: str = demo_url):
        path = tmp_path / name
        _sign(str(path), "/tmp/demo-x/seeds.txt")
        db = open_archive(path)
        schedule.finish_run(db, schedule.start_run(db, "crawl", "/tmp/demo-x/seeds.txt"), {}, [])  # the demo's
        if later_crawl:
            schedule.finish_run(db, schedule.start_run(db, "due", "my-seeds.txt"), {}, [])  # someone's, since
        db.close()
        records = [(site_url, t, status, body) for _, t, status, body in history_records]
        assert run("import-warc", write_warc(tmp_path / f"{name}.warc.gz", records), db=path).exit_code == 0
        return str(path)

    _refuse_other_archive(demo_archive("demo.db"))  # an earlier demo's archive: replaced (no error)
    with pytest.raises(ArchiveError, match=r"but it was crawled into since the demo made it \(1 run\)"):
        _refuse_other_archive(demo_archive("crawled-since.db", later_crawl=True))
    with pytest.raises(ArchiveError, match="but it holds bigco.com, off the demo web"):
        _refuse_other_archive(demo_archive("added.db", site_url="https://bigco.com/privacy"))
    junk = tmp_path / "notes.db"
    junk.write_text("my notes")
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "demo", "--out", str(junk)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and junk.read_text() == "my notes"


def test_the_demo_web_kept_serving_can_be_crawled_as_it_says(tmp_path):
    """A second user's trial had to read the demo's code to crawl its web: `--keep-serving` now prints the proxy,
    the command and a seeds line per company, and that is enough to crawl it into an archive of one's own."""
    import re
    from conftest import wait_for_output
    env = {**os.environ, "COLUMNS": "250", "PYTHONUNBUFFERED": "1"}
    demo = subprocess.Popen([sys.executable, "-m", "crawler.cli", "demo", "--keep-serving", "--out",
                             str(tmp_path / "demo.db")], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env)
    try:
        said = "".join(wait_for_output(demo, r"To crawl it yourself", stream="stdout", timeout=240)[-1:])
        said += "".join(lines := wait_for_output(demo, r"^  http://www\.", count=len(demo_web().sites), stream="stdout"))
        proxy = re.search(r"http_proxy=(http://127\.0\.0\.1:\d+)", said).group(1)
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("".join(line.strip() + "\n" for line in lines if line.startswith("  http://www.")))
        mine = tmp_path / "mine.db"
        crawl = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(mine), "crawl", "--allow-private",
                                "--no-progress", str(seeds)], env={**env, "http_proxy": proxy, "HTTP_PROXY": proxy},
                               capture_output=True, text=True, timeout=240)
        assert crawl.returncode == 0, crawl.stdout[-2000:] + crawl.stderr[-2000:]
        db = open_archive(mine, readonly=True)
        assert db.execute("SELECT count(DISTINCT document_id) FROM versions").fetchone()[0] == len(demo_web().sites)
    finally:  # (SIGTERM: a test run in the background inherits SIGINT ignored, so no Ctrl-C reaches the demo)
        demo.terminate()
        demo.wait(timeout=60)
