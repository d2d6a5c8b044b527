"""The Markdown writer over trafilatura's extracted body: structure kept, in document order, no words lost."""
from __future__ import annotations

import copy
import gzip
import re
from pathlib import Path

import pytest
import trafilatura
from lxml import etree

from archive.extract import clean, html
from archive.extract.markdown import to_markdown

FIX = Path(__file__).parent / "fixtures" / "extract"


def write(xml: str) -> str:
    return to_markdown(etree.fromstring(f"<body>{xml}</body>"))


def test_headings_paragraphs_and_line_breaks():
    md = write('<head rend="h3">Your <hi rend="#b">rights </hi></head><p>First <hi rend="#t">line</hi><lb/>second   line</p>'
               '<head>No level</head><p>  </p><head rend="h2"><ref/>4. Cookies</head>')
    assert md == "### Your **rights**\n\nFirst `line`\nsecond line\n\n## No level\n\n## 4. Cookies"


def test_nested_lists_keep_document_order_and_indent_under_their_marker():
    md = write('<list rend="ol"><item>Access:<list rend="ul"><item>a copy</item><item>the purposes</item></list>'
               '<p>If you ask for a copy, we verify it is you.</p></item><item>Erasure</item></list>')
    assert md.split("\n") == ["1. Access:", "   - a copy", "   - the purposes",
                              "   If you ask for a copy, we verify it is you.", "2. Erasure"]


def test_tables_links_and_escapes():
    md = write('<table><row><cell role="head">Data</cell><cell role="head">Why</cell></row>'
               '<row><cell>e-mail | phone</cell><cell><p>to reach you</p><list><item>support</item></list></cell></row>'
               '</table><p>See<ref target="https://ex.com/a b"> our [terms] </ref>now.</p>')
    assert md == ("| Data | Why |\n|---|---|\n| e-mail \\| phone | to reach you support |\n\n"
                  "See [our \\[terms\\]](<https://ex.com/a b>) now.")


def test_text_is_nfc_without_control_characters_or_entities():
    body = etree.fromstring("<body><p>x</p></body>")
    body[0].text = "fu\u0308r\u200e &amp; mehr"  # a left-to-right mark, an entity left in the text
    assert to_markdown(body) == "für & mehr"


@pytest.mark.parametrize("name,url", [("finya-de.html.gz", "https://www.finya.de/Legal/privacy/"),
                                      ("match-uk.html.gz", "https://uk.match.com/pages/misc/privacy")])
def test_same_words_as_trafilaturas_own_markdown_writer(name, url):
    """Ties the writer to trafilatura's: on real pages the same words, once emphasis and escapes are gone."""
    tree = html.parse(html.decode(gzip.decompress((FIX / name).read_bytes()), None))
    clean.preclean(tree)
    theirs = trafilatura.extract(copy.deepcopy(tree), url=url, output_format="markdown", include_links=True,
                                 include_tables=True, include_formatting=True, favor_recall=True, fast=True)
    ours = html.to_markdown(tree, url)

    def words(md: str) -> list[str]:
        md = re.sub(r"<su[bp]>|</su[bp]>|\\(.)", r"\1", md.replace("*", ""))
        return [w for w in md.split() if w.strip("#|-")]
    assert len(words(ours)) > 500
    assert words(ours) == words(theirs)
