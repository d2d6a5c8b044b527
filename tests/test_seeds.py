"""The seeds file format, its errors (with line numbers), and that a bad file crawls nothing."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import ArchiveError
from crawler.cli import cli
from crawler.demo.web import Page, Site, FixtureWeb
from crawler.seeds import Seed, parse_seeds, read_seeds, seeds_from_args

ROOT = Path(__file__).resolve().parent.parent


def test_good_file(tmp_path):
    f = tmp_path / "seeds.txt"
    f.write_text("# companies\n\nhttps://www.laiye.com\n"
                 "https://www.szclou.com   Kelu Electronic   # a comment\n"
                 "wezhuiyi.com  Zhuiyi  https://www.wezhuiyi.com/privacy\n"
                 "\thttp://127.0.0.1:8080/  Local\n", encoding="utf-8")
    seeds = read_seeds(f)
    assert seeds == [
        Seed("https://www.laiye.com/"),
        Seed("https://www.szclou.com/", "Kelu Electronic"),
        Seed("https://wezhuiyi.com/", "Zhuiyi", "https://www.wezhuiyi.com/privacy"),
        Seed("http://127.0.0.1:8080/", "Local"),
    ]
    assert [s.site for s in seeds] == ["laiye.com", "szclou.com", "wezhuiyi.com", "127.0.0.1:8080"]


def test_a_site_is_an_origin_two_ports_are_two_sites():
    from archive import host_of
    seeds = parse_seeds(["http://127.0.0.1:8080/ A", "http://127.0.0.1:8081/ B", "https://www.a.example:443/ C"])
    assert [s.site for s in seeds] == ["127.0.0.1:8080", "127.0.0.1:8081", "a.example"]
    assert host_of("http://a.example:80/x") == host_of("https://a.example/") == "a.example"
    with pytest.raises(ArchiveError, match="already listed"):
        parse_seeds(["http://127.0.0.1:8080/ A", "http://127.0.0.1:8080/other B"])


def test_an_internationalised_host_is_one_site_however_it_is_written():
    """'münchen.de' is fetched, and keyed, in its ASCII form (IDNA, as DNS and CDX keys write it); it was
    refused as no homepage URL, and the two forms of one host would have been two companies."""
    from archive import host_of
    seeds = parse_seeds(["münchen.de Stadt", "https://Bücher.de:8443/a Bü https://www.bücher.de/datenschutz",
                         "https://www.пример.рф/"])
    assert [s.homepage for s in seeds] == ["https://xn--mnchen-3ya.de/", "https://xn--bcher-kva.de:8443/a",
                                           "https://www.xn--e1afmkfd.xn--p1ai/"]
    assert seeds[1].policy_url == "https://www.xn--bcher-kva.de/datenschutz"
    assert [s.site for s in seeds] == ["xn--mnchen-3ya.de", "xn--bcher-kva.de:8443", "xn--e1afmkfd.xn--p1ai"]
    assert host_of("https://www.münchen.de/x") == host_of("http://XN--MNCHEN-3YA.de") == "xn--mnchen-3ya.de"
    with pytest.raises(ArchiveError, match="already listed"):
        parse_seeds(["münchen.de A", "https://xn--mnchen-3ya.de/ B"])


def test_shipped_seeds_file_parses_and_names_the_seed_companies():
    seeds = read_seeds(ROOT / "seeds.txt")
    sites = {s.site for s in seeds}
    assert {"szclou.com", "wezhuiyi.com", "laiye.com"} <= sites
    assert len(seeds) >= 15
    assert any(s.policy_url for s in seeds)


@pytest.mark.parametrize("line,message", [
    ("ftp://files.example.com/", "seeds.txt:3: 'ftp://files.example.com/' is not an http(s) URL"),
    ("not a url", "seeds.txt:3: 'not' is not a homepage URL"),
    ("http:///nohost", "seeds.txt:3: 'http:///nohost' is not a homepage URL"),
    ("https://a.example.com  Name  ftp://a.example.com/p", "seeds.txt:3: pinned policy URL 'ftp://a.example.com/p'"),
    ("https://a.example.com  https://b.example.com Name https://c.example.com/p", "seeds.txt:3: more than two URLs"),
    ("https://www.laiye.com/cn", "seeds.txt:3: laiye.com is already listed at seeds.txt:2"),
    # a pinned policy URL written wrong was read as words of the name, and discovery ran instead (a user's trial)
    ("www.bumble.com Bumble https//bumble.com/privacy", "seeds.txt:3: 'https//bumble.com/privacy' reads as a policy "
     "URL written wrong, not a word of the name (write https://bumble.com/privacy)"),
    ("https://www.bumble.com bumble.com/privacy", "seeds.txt:3: 'bumble.com/privacy' reads as a policy URL written "
     "wrong, not a word of the name (write https://bumble.com/privacy)"),
])
def test_bad_line_names_file_and_line(tmp_path, line, message):
    f = tmp_path / "seeds.txt"
    f.write_text(f"# header\nhttps://www.laiye.com\n{line}\n", encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        read_seeds(f)
    assert str(err.value).startswith(message), str(err.value)


def test_every_bad_line_is_named_at_once(tmp_path):
    """A file with three typos took three runs to mend (a user's trial): every bad line is named, in one line."""
    f = tmp_path / "seeds.txt"
    f.write_text("htps://www.example.org\nexample,com\nhttps://a.example.com Name browser=sometimes\n"
                 "https://b.example.com Booking.com 24/7 Media\n", encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        read_seeds(f)
    assert str(err.value) == (
        "seeds.txt: 3 bad lines: line 1: 'htps://www.example.org' is not an http(s) URL (only http and https are "
        "crawled) | line 2: 'example,com' is not a homepage URL | line 3: 'browser=sometimes': browser= takes never, "
        "auto or always (a line is 'URL [NAME] [POLICY_URL] [browser=MODE]')")
    assert parse_seeds(["https://b.example.com Booking.com 24/7 Media"])[0].name == "Booking.com 24/7 Media"
    # a file in another format is not echoed whole (a colleague's review: a CSV of 3,000 rows made a 187 KB line)
    csv = tmp_path / "companies.csv"
    csv.write_text("homepage,name\n" + "".join(f"https://c{i}.example.com,Company {i}\n" for i in range(3000)))
    with pytest.raises(ArchiveError) as err:
        read_seeds(csv)
    assert len(str(err.value)) < 1000 and "| and 2996 more" in str(err.value), str(err.value)


@pytest.mark.parametrize("name", ["WEB.DE/GMX", "Amazon.com/Audible", "bet365.com/uk", "HTTP/2 Labs", "TP/Link",
                                  "Booking.com", "A/S Norsk", "24/7 Media"])
def test_names_with_hosts_and_slashes_stay_names(name):
    """A colleague's review: real names that hold a host and a path, or a protocol's name, are no URL written
    wrong (only a mistyped scheme before a host, or a host with a path that names a privacy policy, is one)."""
    assert parse_seeds([f"https://www.example.com {name}"])[0].name == name


@pytest.mark.parametrize("word, meant", [("https//a.com/privacy", "https://a.com/privacy"),
                                         ("http:/a.com", "https://a.com"),
                                         ("http:\\\\a.com\\privacy", "https://a.com/privacy"),
                                         ("a.de/datenschutz", "https://a.de/datenschutz")])
def test_a_url_written_wrong_in_the_name_says_what_was_meant(word, meant):
    with pytest.raises(ArchiveError, match=f"reads as a policy URL written wrong, not a word of the name \\(write "
                                           f"{re.escape(meant)}\\)"):
        parse_seeds([f"https://www.a.com A Co {word}"])


def test_empty_missing_and_binary_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    with pytest.raises(ArchiveError, match="no seeds"):
        read_seeds(empty)
    with pytest.raises(ArchiveError, match="no such seeds file"):
        read_seeds(tmp_path / "missing.txt")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ArchiveError, match="not UTF-8"):
        read_seeds(binary)


def test_arguments_mix_files_and_urls(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("https://a.example.com\n")
    seeds = seeds_from_args([str(f), "https://b.example.com", "c.example.com"])
    assert [s.homepage for s in seeds] == ["https://a.example.com/", "https://b.example.com/", "https://c.example.com/"]
    with pytest.raises(ArchiveError, match="neither a seeds file nor a homepage URL"):
        seeds_from_args(["nofile"])
    with pytest.raises(ArchiveError, match=r"write http://127\.0\.0\.1:8704 or https://127\.0\.0\.1:8704"):
        seeds_from_args(["127.0.0.1:8704"])  # a host and port without a scheme: say how to write it
    with pytest.raises(ArchiveError, match="given more than once"):
        seeds_from_args(["https://a.example.com", "http://a.example.com/x"])
    assert parse_seeds(["   ", "# x"]) == []


def test_crawl_with_a_bad_seeds_file_fetches_nothing(tmp_path):
    site = Site(host="127.0.0.1", name="Local", kind="t")
    site.pages["/"] = Page(b"<html><body>hi</body></html>")
    with FixtureWeb([site]) as web:
        f = tmp_path / "seeds.txt"
        f.write_text(f"http://127.0.0.1:{web.port}/  Local\n# fine so far\nmailto:someone@example.com\n")
        db = tmp_path / "a.db"
        result = CliRunner().invoke(cli, ["--db", str(db), "crawl", "--allow-private", str(f)])
        assert result.exit_code == 2, result.output
        assert "seeds.txt:3:" in result.output and "Traceback" not in result.output
        assert web.log == []  # nothing crawled, not even the good line
        assert not db.exists()


def test_crawl_seeds_txt_with_no_such_file_is_an_error_not_a_host(tmp_path, monkeypatch):
    """issue 16, wrong #3: `crawl seeds.txt` with no such file crawled a host named seeds.txt and exited 0."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "crawl", "seeds.txt"])
    assert result.exit_code == 2
    assert result.output == ("Error: seeds.txt: no such seeds file, and not a homepage URL ('.txt' is not a top-level "
                             "domain; write https://seeds.txt to crawl a host of that name)\n")
    assert not db.exists()  # nothing crawled, no company recorded
    result = CliRunner().invoke(cli, ["--db", str(db), "crawl", str(tmp_path)])
    assert result.exit_code == 2 and "not a seeds file" in result.output and not db.exists()


@pytest.mark.parametrize("token, homepage", [
    ("example.com", "https://example.com/"), ("bbc.co.uk/news", "https://bbc.co.uk/news"),
    ("shop.example", "https://shop.example/"), ("intranet.test", "https://intranet.test/"),
    ("10.0.0.7", "https://10.0.0.7/"), ("https://seeds.txt", "https://seeds.txt/"),  # a scheme says "a host"
    ("seeds.txt", None), ("companies.csv", None), ("example.con", None)])
def test_a_bare_host_needs_a_public_suffix(token, homepage, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the project's own seeds.txt is not in the way
    if homepage:
        assert seeds_from_args([token])[0].homepage == homepage
        assert parse_seeds([f"{token}  Name"], "s.txt")[0].homepage == homepage
    else:
        with pytest.raises(ArchiveError, match="not a top-level domain"):
            seeds_from_args([token])
        with pytest.raises(ArchiveError, match=f"s.txt:1: '{token}' is not a homepage URL"):
            parse_seeds([token], "s.txt")
