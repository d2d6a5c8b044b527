"""Kinds of noise and of real edit (`benchmarks/robustness.py`) on real saved policy pages: no noise kind
makes a version, every edit kind does. The benchmark runs the same kinds over both development collections;
this runs them over two real pages kept in the repository (a user's clone has no ../shared)."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from benchmarks import robustness

FIX = Path(__file__).parent / "fixtures" / "extract"
PAGES = [  # a saved page, its URL, and the part of it its Open Terms Archive declaration selects
    ("match-uk.html.gz", "https://uk.match.com/pages/misc/privacy", {"select": "#article_content"}),
    ("finya-de.html.gz", "https://www.finya.de/Legal/privacy/", {"select": ["main"]}),
]


@pytest.mark.parametrize("name,url,declaration", PAGES, ids=[p[0].split(".")[0] for p in PAGES])
def test_no_noise_makes_a_version_and_every_edit_does(name, url, declaration):
    body = gzip.decompress((FIX / name).read_bytes())
    kinds = [*robustness.NOISE, *robustness.EDITS]
    result = robustness.run_page((name, url, body, None, declaration, kinds))
    assert "skipped" not in result, result
    verdicts = result["verdicts"]
    tried = {k: v for k, v in verdicts.items() if v is not None}
    assert len(tried) >= 20, sorted(tried)  # most kinds find something to act on in a real policy page
    assert {k: v for k, v in tried.items() if v != "ok"} == {}
    for kind in ("other-document", "collapsed-sections", "collapsed-panel-word", "word", "number", "heading",
                 "visit-block", "reedits"):
        assert tried.get(kind) == "ok", kind  # the kinds the issue names find their place in both pages


def test_a_noise_kind_that_changed_the_text_would_be_caught():
    """The benchmark itself: a 'noise' that edits a word is reported as a false version."""
    name, url, declaration = PAGES[0]
    body = gzip.decompress((FIX / name).read_bytes())
    robustness.NOISE["an-edit"] = robustness.e_word
    try:
        result = robustness.run_page((name, url, body, None, declaration, ["an-edit"]))
    finally:
        del robustness.NOISE["an-edit"]
    assert result["verdicts"]["an-edit"] == "fail:false version"


def test_a_range_declaration_selects_the_elements_between_its_ends():
    """Open Terms Archive's range selectors (Signal's legal hub: `startBefore: #privacy-policy`): edits go in
    the elements wholly between the ends, outermost first, not anywhere in the page."""
    import lxml.html
    doc = lxml.html.fromstring("<html><body><div id='terms'><h2>Terms</h2><p>t</p></div>"
                               "<h2 id='privacy'>Privacy</h2><div><p>a</p><p>b</p></div><p id='end'>c</p>"
                               "<footer>f</footer></body></html>")
    got = robustness.region(doc, {"select": {"startBefore": "#privacy", "endBefore": "#end"}})
    assert [e.text_content() for e in got] == ["Privacy", "ab"]
    got = robustness.region(doc, {"select": {"startAfter": "#terms", "endAfter": "#end"}})
    assert [e.text_content() for e in got] == ["Privacy", "ab", "c"]
    assert robustness.region(doc, {"select": {"startBefore": "#nowhere", "endBefore": "#end"}})[0].tag == "body"
