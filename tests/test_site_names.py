"""Imported companies get a name from their policy page, and every reader resolves a company the same way
(issue 16): `history Tinder`, `history tinder.com` and the browser's /company/tinder.com all find
policies.tinder.com.

tests/fixtures/sitenames/ota-dating-5.warc.gz holds five real captures copied byte for byte from
../shared/data/ota-dating/snapshots.warc.gz (Open Terms Archive's public dating collection): Tinder
(the name only in the title, "Privacy Policy | Tinder | Match. Chat. ..."), Bumble (og:site_name "Bumble
Privacy Policy"), Zoosk (og:site_name names another brand, "The Date Mix"), HER on weareher.com, and a happn
help-centre page that names no company ("Help Center").
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from archive.cli import cli
from archive.sitename import name_from_page

WARC = Path(__file__).parent / "fixtures" / "sitenames" / "ota-dating-5.warc.gz"


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *map(str, args)])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("names") / "archive.db"
    result = run(db, "import-warc", "--workers", "1", WARC)
    assert result.exit_code == 0, result.output
    assert "5 new versions" in result.output
    return db


def test_imported_companies_are_named_from_their_pages(archive):
    names = dict(open_archive(archive, readonly=True).execute("SELECT key, name FROM sites").fetchall())
    assert names == {"policies.tinder.com": "Tinder", "bumble.com": "Bumble", "docviewer.zoosk.com": "Zoosk",
                     "weareher.com": "HER", "support.happn.fr": None}


@pytest.mark.parametrize("target", ["Tinder", "tinder", "tinder.com", "policies.tinder.com",
                                    "https://policies.tinder.com/privacy/intl/en"])
def test_the_cli_resolves_a_company_by_name_host_or_url(archive, target):
    result = run(archive, "history", target)
    assert result.exit_code == 0, result.output
    assert "policies.tinder.com/privacy/intl/en" in result.output


def test_an_unknown_company_is_one_line_with_near_matches(archive):
    result = run(archive, "history", "Tindr")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert "did you mean policies.tinder.com" in result.output
    assert "bumble" not in result.output.lower()
    # a word that is no typo of a company suggests none: difflib's cutoff of 0.5 offered tinder for "viewer"
    # and "reader" (and, on the dating collection, adopteunmec.com for "claude", finya.de for "facial")
    for word in ("viewer", "reader", "timber"):
        assert "did you mean" not in run(archive, "history", word).output, word


def test_the_browser_view_resolves_as_the_cli_does(archive):
    from archive.view import make_datasette
    ds = make_datasette(archive)

    async def get(path):
        return await ds.client.get(path)
    for target in ("tinder.com", "Tinder", "tinder"):
        r = asyncio.run(get(f"/company/{target}"))
        assert r.status_code == 302 and r.headers["location"] == "/company/policies.tinder.com", target
    page = asyncio.run(get("/company/policies.tinder.com"))
    assert page.status_code == 200 and "Tinder" in page.text
    assert asyncio.run(get("/company/nosuchcompany.example")).status_code == 404
    feed = asyncio.run(get("/feed.atom?site=tinder.com"))
    assert feed.status_code == 200 and "Tinder: privacy policy changes" in feed.text


def test_reprocess_names_companies_of_an_older_archive(archive, tmp_path):
    import shutil
    copy = tmp_path / "old.db"
    shutil.copy(archive, copy)
    db = open_archive(copy)
    db.execute("UPDATE sites SET name = NULL")
    db.close()
    result = run(copy, "reprocess")
    assert result.exit_code == 0 and "named 4 companies" in result.output, result.output
    assert open_archive(copy, readonly=True).execute(
        "SELECT name FROM sites WHERE key = 'policies.tinder.com'").fetchone()[0] == "Tinder"


def test_the_name_rule_needs_the_host_to_confirm_it():
    page = (b"<html><head><meta property='og:site_name' content='Acme Legal Hub'>"
            b"<title>Privacy Notice - Example Group</title></head><body></body></html>")
    assert name_from_page(page, "privacy.example.com") == "Example"  # the title's part the host confirms
    assert name_from_page(page, "unrelated.org") is None  # nothing the host confirms: no name
    assert name_from_page(b"<title>Terms &amp; Privacy | Co-Op Bank</title>", "co-opbank.co.uk") == "Co-Op Bank"
    assert name_from_page(b"<title>Privacy Policy | Stability AI</title>", "stability.ai") == "Stability AI"


def head(site_name: str | None = None, title: str = "") -> bytes:
    meta = f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
    return f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body></body></html>".encode()


def test_a_name_in_another_alphabet_is_confirmed_by_its_transliteration():
    # a fresh user's trial: Turkish dotless ı (no decomposition folds it to i), Cyrillic (the host is its
    # transliteration, by a convention that is not AnyAscii's: и is "y"), Romanian diacritics
    assert name_from_page(head("Hızlıgetir", "Aydınlatma Metni | Hızlıgetir"), "www.hizligetir.com.tr") == "Hızlıgetir"
    assert name_from_page(head(title="Політика конфіденційності — Ринок Онлайн"), "rynok.ua") == "Ринок"
    assert name_from_page(head(title="Політика | ТАСС"), "tass.ru") == "ТАСС"
    assert name_from_page(head(title="益阳：“数字”是优长-半月谈"), "www.banyuetan.org") == "半月谈"
    assert name_from_page(head("Müller"), "mueller.de") == "Müller"  # German ü is "ue"
    assert name_from_page(head("Müller"), "xn--mller-kva.de") == "Müller"  # müller.de, its punycode
    assert name_from_page(head(title="Datenschutz | Müller"), "www.mueller.de") == "Müller"


def test_only_the_words_the_host_spells_are_taken_and_a_latin_name_is_read_as_written():
    """A colleague's review of a first form that took a declared name's leading words ("Kundenservice Amazon",
    "Mon Orange", "Support Apple") and read Latin names near the label ("Política" for politico.com)."""
    page = head("Clinicile Sănătatea Ta", "Politica de confidențialitate - Clinicile Sănătatea Ta")
    assert name_from_page(page, "www.sanatateata.ro") == "Sănătatea Ta"
    for declared, host, name in (("Kundenservice Amazon", "amazon.de", "Amazon"), ("Mon Orange", "orange.fr", "Orange"),
                                 ("Support Apple", "apple.com", "Apple"), ("My Vodafone", "vodafone.de", "Vodafone")):
        assert name_from_page(head(declared), host) == name
    assert name_from_page(head(title="Política de privacidad"), "www.politico.com") is None
    # German's umlauts read as its hosts write them, after the host's own spelling (a second review)
    assert name_from_page(head(title="Schön, dass Sie da sind | Schoen Klinik"), "www.schoen.de") == "Schoen"
    assert name_from_page(head(title="Datenschutz | Müller"), "www.mueller.de") == "Müller"


def test_names_the_host_does_not_confirm_stay_out():
    # a near match is for letters that were transliterated: an ASCII word one letter off is another name
    assert name_from_page(head("Tindr"), "tinder.com") is None
    assert name_from_page(head("Rinok"), "rynok.ua") is None
    # too far from the label however written, or too short to tell
    assert name_from_page(head("Ринки"), "rynok.ua") is None
    assert name_from_page(head("Рок"), "rynok.ua") is None
    # a generic og:site_name or a CMS's name: the title's part the host confirms, never more
    assert name_from_page(head("Home", "Privacy Policy | Acme"), "acme.com") == "Acme"
    assert name_from_page(head("WordPress", "Acme – Just another WordPress site"), "acme.com") == "Acme"
    assert name_from_page(head("Home | Acme"), "acme.com") == "Acme"
    # words before the host's that make no name: a sentence, a legal page or site section, a login page's title
    assert name_from_page(head("Welcome to Acme"), "acme.com") == "Acme"
    assert name_from_page(head("Privacy Center Acme"), "acme.com") == "Acme"
    assert name_from_page(head("Blog Acme"), "acme.com") == "Acme"
    assert name_from_page(head(title="Inicia sesión | Mi Telcomex"), "www.telcomex.com.mx") == "Telcomex"
    # words after it are a part of the site ("GitHub Docs"), not its name
    assert name_from_page(head("GitHub Docs"), "docs.github.com") == "GitHub"
    assert name_from_page(head("Bumble Privacy Policy"), "bumble.com") == "Bumble"


def test_companies_named_in_other_alphabets_are_found_by_those_names(tmp_path):
    """End to end: a WARC of three policies whose names are not ASCII, imported; the names on `sites`,
    `history NAME` and the browser view's /company/NAME."""
    from conftest import at, policy_html, write_warc

    def page(site_name, title):
        meta = f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
        return policy_html().replace(b"<title>Privacy Policy | Example</title>",
                                     f"{meta}<title>{title}</title>".encode())
    warc = write_warc(tmp_path / "three.warc.gz", [
        ("https://www.hizligetir.com.tr/kvkk", at(0), 200, page("Hızlıgetir", "Aydınlatma Metni | Hızlıgetir")),
        ("https://rynok.ua/ua/privacy-policy/", at(0), 200, page(None, "Політика конфіденційності — Ринок Онлайн")),
        ("https://www.sanatateata.ro/politica/", at(0), 200,
         page("Clinicile Sănătatea Ta", "Politica de confidențialitate - Clinicile Sănătatea Ta"))])
    db = tmp_path / "archive.db"
    assert run(db, "import-warc", "--workers", "1", warc).exit_code == 0
    names = dict(open_archive(db, readonly=True).execute("SELECT key, name FROM sites").fetchall())
    assert names == {"hizligetir.com.tr": "Hızlıgetir", "rynok.ua": "Ринок", "sanatateata.ro": "Sănătatea Ta"}
    for target, url in (("Hızlıgetir", "hizligetir.com.tr/kvkk"), ("Ринок", "rynok.ua/ua/privacy-policy"),
                        ("Sanatatea Ta", "sanatateata.ro/politica")):
        result = run(db, "history", target)
        assert result.exit_code == 0 and url in result.output, (target, result.output)
    from archive.view import make_datasette
    from urllib.parse import quote
    ds = make_datasette(db)
    path = "/company/" + quote("Hızlıgetir")
    for _ in range(3):  # Datasette's own redirect to its tilde encoding first, then the company's page
        r = asyncio.run(ds.client.get(path))
        if r.status_code != 302 or path == "/company/hizligetir.com.tr":
            break
        path = r.headers["location"]
    assert path == "/company/hizligetir.com.tr"
    page = asyncio.run(ds.client.get("/company/hizligetir.com.tr"))
    assert page.status_code == 200 and "Hızlıgetir" in page.text


def test_a_name_is_read_in_the_charset_the_page_declares():
    """A Romanian utility served in windows-1250: its "Apa Carpaţi" read as UTF-8 was "Apa Carpa" (a simulated
    collection's page); read in the declared charset, by the HTTP header or the page's own `<meta>`."""
    title = "Politica de confidenţialitate - Apa Carpaţi S.A.".encode("cp1250")
    page = b"<html><head><title>" + title + b"</title></head><body></body></html>"
    assert name_from_page(page, "www.apacarpati.ro", "text/html; charset=windows-1250") == "Apa Carpaţi"
    meta = page.replace(b"<head>", b'<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">')
    assert name_from_page(meta, "www.apacarpati.ro") == "Apa Carpaţi"
