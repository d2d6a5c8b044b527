"""The site-chrome benchmark (`benchmarks/site_chrome.py`): its content slot, its pages and its verdicts."""
import lxml.html

from benchmarks import site_chrome

ARTICLE = " ".join(f"The match report sentence number {i} tells what happened on the pitch that evening." for i in range(12))
POLICY = "\n\n".join(
    [f"## {title}\n\nWe collect the personal data you give us, such as your e-mail address, and process it to run "
     f"your account. We keep it for three years, share it with processors bound by contract, and you may ask for "
     f"access, correction or erasure by writing to our data protection officer ({title.lower()})."
     for title in ["Data we collect", "Why we process it", "Retention", "Your rights", "Contact"]])


def news_page(base: str = "", sidebar: str = "Most read") -> bytes:
    return (f"<html><head><meta charset='iso-8859-1'>{base}<title>Match report</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><div class='wrap'><div class='col'>"
            "<div class='headline'><h1>Match report</h1><p class='byline'>By a reporter</p></div>"
            f"<div class='story'><p>{ARTICLE}</p><p>{ARTICLE}</p></div></div>"
            f"<div class='side'><h3>{sidebar}</h3><ul><li><a href='/a'>Another story</a></li></ul></div></div>"
            "<footer><a href='/contact'>Contact</a></footer></body></html>").encode()


def test_the_slot_takes_the_article_with_its_headline_and_the_page_keeps_its_chrome():
    page = site_chrome.chrome_page(news_page(), None, "<h1>Privacy Policy</h1><p>We collect data.</p>", "Privacy Policy")
    tree = lxml.html.document_fromstring(page)
    text = tree.text_content()
    assert "match report sentence" not in text and "By a reporter" not in text  # the article and its headline
    assert "Most read" in text and "Sport" in text and "We collect data." in text
    assert tree.findtext(".//title") == "Privacy Policy"
    assert tree.xpath("//meta/@charset") == ["utf-8"]
    assert site_chrome._replaces_article(news_page(), None)


def test_a_page_without_paragraphs_has_no_slot():
    assert site_chrome.chrome_page(b"<html><body><ul><li><a href='/x'>x</a></li></ul></body></html>", None,
                                   "<p>x</p>", "x") is None


def test_a_policy_in_two_sites_chrome_is_one_version_even_under_a_base():
    pages = [("plain", news_page(), None), ("based", news_page(base="<base href='/'>", sidebar="Trending"), None),
             ("other", news_page(sidebar="Latest"), None)]
    coll, service, ids, ours, base, plain, same, why = site_chrome.trial(("held", "Acme", POLICY, pages))
    assert (ids, why) == (["plain", "based", "other"], "")
    assert same and min(ours) > 0.95 and abs(ours[0] - plain) < 0.01


def test_render_counts_splits_and_costly_chromes():
    rows = [("contrib", "A", ["x", "y", "z"], [1.0, 0.9, 1.0], [0.9] * 3, 1.0, False, ""),
            ("contrib", "B", ["x", "y", "z"], [1.0, 1.0, 1.0], [0.9] * 3, 1.0, True, "")]
    out = site_chrome.render(rows, 3, 5)
    assert "| contrib | 2 | 0.983 / 0.900 | 1.000 | 0 | 1 / 2 |" in out
    assert "- y: 1 (contrib/A)" in out and "another version in one of their chromes: 1 (contrib/A)" in out
