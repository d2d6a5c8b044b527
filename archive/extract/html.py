"""HTML bodies: bytes -> text in whatever encoding the page used -> one lxml tree -> Markdown.

The tree is parsed once and handed to trafilatura as a tree (trafilatura re-parses strings), so the
pre-cleaning in `clean.py` costs no second parse; throughput matters because `reprocess` re-runs
extraction over every capture ever stored.
"""
from __future__ import annotations

import codecs
import contextvars
import functools
import logging
import re
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from .markdown import link

log = logging.getLogger(__name__)

# WHATWG-style aliases: the labels pages declare, mapped to the codec browsers really use.
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "iso-8859-9": "cp1254", "tis-620": "cp874", "utf8": "utf-8", "unicode": "utf-8",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset the server or the page declares (HTTP header first, then <meta>), if any."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and _codec(m.group(1)):
            return _codec(m.group(1))
    m = _META_CHARSET.search(body[:8192])
    if m:
        return _codec(m.group(1).decode("ascii", "ignore"))
    return None


_DOCUMENT_END = re.compile(rb"</(?:body|html)\s*>", re.I)


def closes(body: bytes) -> bool:
    """Does an HTML body close its document (a `</body>` or `</html>` tag anywhere in it)? A response cut in
    transfer (a dropped connection, a proxy's size limit, a server killed mid-page) ends before them: its text
    is the page's first blocks, the rest missing, though what it holds reads as the policy."""
    return _DOCUMENT_END.search(body) is not None


def decode(body: bytes, content_type: str | None = None) -> str:
    """Bytes -> str: BOM, then the declared charset if the bytes agree with it, then detection."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace")
    declared = declared_charset(body, content_type)
    if declared:
        try:
            return body.decode(declared)
        except UnicodeDecodeError:
            log.debug("body does not decode as its declared %s; detecting", declared)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared in (None, "utf-8") and _utf8_with_latin_islands(body):
        return body.decode("utf-8", errors="policy-cp1252")
    guess = _detect(body)
    if guess:
        return body.decode(guess, errors="replace")
    return body.decode(declared or "cp1252", errors="replace")


def _cp1252_islands(err: UnicodeDecodeError):
    """Decode error handler: bytes that are not UTF-8 are read as windows-1252 (latin-1 where it has no
    character), the encoding of the pasted-in fragments and mislabelled Western pages met in practice."""
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


codecs.register_error("policy-cp1252", _cp1252_islands)
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _utf8_with_latin_islands(body: bytes) -> bool:
    """A page that is UTF-8 except for short runs of single-byte Western text (a windows-1252 phrase pasted
    into a UTF-8 page, or a windows-1252 page labelled UTF-8): every run of non-ASCII bytes is either valid
    UTF-8 or at most 2 bytes long (an accented letter, a curly quote before one). Cyrillic, Greek or CJK
    text in a legacy encoding makes longer runs, and goes to detection instead."""
    runs = _HIGH_RUN.findall(body[:200_000])
    if not runs:
        return False
    for run in runs:
        if len(run) <= 2:
            continue
        try:
            run.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        return None
    best = from_bytes(body[:200_000]).best()
    return _codec(best.encoding) if best is not None else None


# characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE, U+FFFF): lxml refuses to set them
# as an element's text, so trafilatura, which builds its output tree from the page's, returned nothing for a
# whole policy holding one (pasted from a word processor or a PDF: "see Annex\x01B"). A browser shows nothing
# for them. A form feed is whitespace in HTML: a space.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


# lxml.html's parser picks each element's Python class (a form's, an input's…) in a Python callback called every
# time an element is touched from Python: 13 million calls, a sixteenth of extraction's time, on ota-dating's
# captures (a profile, forty-ninth session). Nothing here uses the form classes: one class, picked in C.
_PARSER = lxml.html.HTMLParser()
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


def parse(text: str) -> lxml.html.HtmlElement | None:
    """One parse of the document, without the characters XML does not allow; None when it holds no element at
    all."""
    text = _NOT_XML.sub("", _XML_DECL.sub("", text, count=1)).replace("\x0c", " ")
    if not text.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if "$R" in text or "data-rci" in text or "data-rsi" in text:
        place_streamed(tree)
    if _SHADOW_ROOT.search(text):
        open_shadow_roots(tree)
    return tree


_SHADOW_ROOT = re.compile(r"<template\b[^>]*\sshadowroot", re.I)


def open_shadow_roots(tree) -> None:
    """A declarative shadow root (`<template shadowrootmode="open">`, as Lit's and other web components'
    server rendering write it; `shadowroot`, Chrome's first name for the attribute; HTML's attribute names in
    any case) is what its host shows: its content stands in the host, before the host's own children (slots
    are not filled in place: the words are the host's, their order within it may differ from the screen's).
    Every other `<template>` stays inert (HTML Standard, "declarative shadow roots"; a third audit: a section
    rendered so was no part of the text)."""
    for el in list(tree.iter("template")):
        if (el.get("shadowrootmode") or el.get("shadowroot")) and el.getparent() is not None:
            el.drop_tag()


# React's streamed server rendering (React 18 and later; Next.js's App Router, Remix): a part of the page
# whose data came after the page's start was sent is sent at the end of the body, in `<div hidden id="S:0">`,
# and an inline script puts it in place of its placeholder, a Suspense boundary's `<template id="B:0">` and
# its fallback ("Loading…") up to the boundary's closing comment `<!--/$-->` (`$RC("B:0","S:0")`, also
# `$RR` with stylesheets) or a segment's `<template id="P:0">` (`$RS("S:0","P:0")`); React's external
# runtime writes the same calls as `<template data-rci data-bid data-sid>` and `<template data-rsi data-sid
# data-pid>`. A capture fetched without a browser holds the page in this form, so the policy (or a section of
# it) read as hidden and the fallback as its text; whether a part streams is a matter of the server's timing,
# capture by capture. Source: React's `ReactDOMFizzInstructionSetShared.js` (completeBoundary, completeSegment).
_STREAM_CALL = re.compile(r"""\$R([CRS])\(\s*["']([BSP]:\w+)["']\s*,\s*["']([BSP]:\w+)["']""")


def place_streamed(tree) -> None:
    """Do in `tree` what React's streaming scripts would: every streamed part in its place, its fallback gone."""
    calls = []
    for el in tree.iter("script", "template"):
        if el.tag == "script":
            calls += [(m[1], m[2], m[3]) for m in _STREAM_CALL.finditer(el.text or "")]
        elif el.get("data-rci") is not None or el.get("data-rri") is not None:
            calls.append(("C", el.get("data-bid"), el.get("data-sid")))
        elif el.get("data-rsi") is not None:
            calls.append(("S", el.get("data-sid"), el.get("data-pid")))
    if not calls:
        return
    # the parts are `<div hidden id="S:0">`, or a table's rows in `<table hidden><tbody id="S:0">`
    by_id = {el.get("id"): el for el in tree.iter() if isinstance(el.tag, str) and (el.get("id") or "")[1:2] == ":"}
    for kind, first, second in calls:
        boundary, content = (second, first) if kind == "S" else (first, second)
        place, part = by_id.get(boundary), by_id.get(content)
        if place is None or part is None or place.tag != "template" or place.getparent() is None or \
                part.getparent() is None:
            continue
        _remove_keeping_tail(part)
        if kind != "S":  # the fallback, up to the boundary's end (`<!--/$-->`, nested boundaries counted)
            depth, sib = 0, place.getnext()
            while sib is not None:
                if isinstance(sib, etree._Comment):
                    mark = (sib.text or "").strip()
                    if mark == "/$":
                        if depth == 0:
                            break
                        depth -= 1
                    elif mark in ("$", "$?", "$!"):
                        depth += 1
                following = sib.getnext()
                place.getparent().remove(sib)
                sib = following
            place.tail = None
        _put_in_place_of(place, part)


def _remove_keeping_tail(el) -> None:
    """`el` out of the tree, the text after it (its tail, which lxml removes with it) left where it was."""
    parent, tail = el.getparent(), el.tail
    if tail:
        before = el.getprevious()
        if before is None:
            parent.text = (parent.text or "") + tail
        else:
            before.tail = (before.tail or "") + tail
    el.tail = None
    parent.remove(el)


def _put_in_place_of(place, part) -> None:
    """The text and children of `part` where `place` is; `place` goes, its tail stays after them."""
    parent, tail = place.getparent(), place.tail
    before = place.getprevious()
    text = part.text or ""
    if before is None:
        parent.text = (parent.text or "") + text
    else:
        before.tail = (before.tail or "") + text
    index = parent.index(place)
    children = list(part)
    parent.remove(place)
    for i, child in enumerate(children):
        parent.insert(index + i, child)
    last = children[-1] if children else None
    if tail:
        if last is not None:
            last.tail = (last.tail or "") + tail
        elif index > 0:
            parent[index - 1].tail = (parent[index - 1].tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


RESOLVED = "data-pa-links-resolved"  # set on the root by `preclean` once links are resolved against the page
_NO_RESOLVE = ("mailto:", "tel:", "javascript:", "data:", "sms:")
# a link's text that is a web or an e-mail address
_ADDRESS_TEXT = re.compile(r"^(?:(?:https?://|www\.)\S+|(?:mailto:)?[\w.%+-]+@[\w-]+(?:\.[\w-]+)+)$", re.I)
_FORMATTING = frozenset(("i", "em", "b", "strong", "u", "code", "tt", "kbd", "small", "sub", "sup"))


def document_base(tree, url: str | None) -> str | None:
    """The base URL links are resolved against, as browsers do (HTML, "document base URL"): the first
    `<base href>`, itself resolved against the page's URL, else the page's URL; the fragment dropped."""
    base = url
    for el in tree.iter("base"):
        href = (el.get("href") or "").strip()
        if href:
            base = urljoin(url or "", href) if url else href
            break
    return urldefrag(base)[0] if base else None


def resolve_links(tree, url: str | None) -> None:
    """Every `<a href>` made absolute against the document's base (`document_base`), in place: a same-page
    target `#who-we-are` on `/privacy/intl/en` is `/privacy/intl/en#who-we-are`, `other#x` keeps its
    directory. trafilatura would resolve against the host root. A target that is only a fragment stays a
    place in this page under any `<base href>`. A link that is a web address shown as its
    own text, making most of a short block, becomes its Markdown as text (`_address_line`). A link whose
    label is only a formatting element (`<a><i><u>label</u></i></a>`, which trafilatura turns into emphasis without the
    link) gets the formatting moved outside it (`<i><a>label</a></i>`)."""
    from .clean import TOGGLE, _drop
    base = document_base(tree, url)
    doomed = []
    for a in list(tree.iter("a")):
        href = (a.get("href") or "").strip()
        if a.get("href") is None or _is_placeholder(href):
            # a link that goes nowhere (no href: an anchor, an accordion's title; "#", "javascript:") is no
            # link: its words stay, as text, unless they are a show/hide control's ("Read more"): navigation,
            # or it prints the page ("Datenschutzhinweise ausdrucken": `javascript:window.print()`). Standing
            # as a line of its own it is text (trafilatura would judge a short line of it a link bar and drop
            # an accordion's title, "Children"); in a list it stays a link: a menu's dropdown ("Meer ▾")
            a.attrib.pop("href", None)
            label = " ".join(a.itertext()).strip() or "-"
            if TOGGLE.match(label) or _PRINTS.search(f"{href} {a.get('onclick') or ''}"):
                doomed.append(a)
            elif (parent := a.getparent()) is not None and parent.tag != "li":
                a.tag = "span"
            continue
        if href.startswith("#") and url:
            # a place in this document, whatever `<base href>` says: `<base href="/">`, which single-page
            # frameworks' routers require, would make every section link and table of contents a link to
            # the home page (`/#collection`), and the same policy on another base another version
            href = urldefrag(url)[0] + href
        elif base and href and not href.lower().startswith(_NO_RESOLVE):
            href = _join(base, href)
        if _address_line(a):  # written as the Markdown link it is, which trafilatura reads as text
            a.tag = "span"
            a.attrib.clear()
            a.text = link(" ".join("".join(a.itertext()).split()), href)
            for child in list(a):
                a.remove(child)
            continue
        a.set("href", href)
        if len(a) == 1 and not (a.text or "").strip():
            _hoist_formatting(a)
    for a in doomed:
        _drop(a)


@functools.lru_cache(maxsize=16384)
def _join(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href


_LINE_BLOCKS = ("li", "p", "div", "td", "dd", "dt")


def _address_line(a) -> bool:
    """Is this link a web or an e-mail address shown as its own text, making most of a short block ("Privacy
    policy: https://vendor.example/privacy", one entry of a list of vendors, a contact address's last line
    `<p><a href="mailto:…">privacy@…</a></p>`)? trafilatura drops such a block as link boilerplate (link text
    over 80 % of a short element), though the address is what the policy says (a changed contact e-mail made
    no version).
    Written as its Markdown (`[https://…](https://…)`, as every link of the text of record) in the text
    trafilatura reads, the block stays. Links inside prose are left to trafilatura."""
    text = "".join(a.itertext()).strip()
    if not _ADDRESS_TEXT.match(text):
        return False
    block = next((p for p in a.iterancestors() if p.tag in _LINE_BLOCKS), None)
    if block is None:
        return False
    around = " ".join(block.text_content().split())
    return len(around) < 300 and len(text) > 0.6 * len(around)


_PRINTS = re.compile(r"\bprint\s*\(\s*\)", re.I)


def _is_placeholder(href: str) -> bool:
    """A target that leads nowhere: empty, `#` (also percent-encoded, once or twice: `%23`, `%2523`), or a
    `javascript:` action. Scripts turn such anchors into buttons; they come and go with a theme."""
    for _ in range(3):
        if "%" not in href:
            break
        href = unquote(href)
    href = href.strip()
    return href in ("", "#", "#!", "/#") or href.lower().startswith("javascript:")


def _hoist_formatting(a) -> None:
    """<a><i><b>x</b></i></a> -> <i><b><a>x</a></b></i>: the link innermost, around the label."""
    while len(a) == 1 and not (a.text or "").strip() and a[0].tag in _FORMATTING and not (a[0].tail or "").strip():
        inner = a[0]
        parent = a.getparent()
        if parent is None:
            return
        wrapper = a.makeelement(inner.tag, dict(inner.attrib))
        wrapper.tail = a.tail
        a.tail = None
        parent.replace(a, wrapper)
        a.remove(inner)
        a.text = inner.text
        for child in list(inner):
            a.append(child)
        wrapper.append(a)


def to_markdown(tree, url: str | None) -> str:
    """trafilatura main-content extraction over the pre-cleaned tree, written as Markdown with links and
    tables by `markdown.to_markdown`. Links are resolved against the page first (`resolve_links`)."""
    import trafilatura

    from .markdown import to_markdown as write

    if tree.get(RESOLVED) is None:  # preclean resolved them already
        resolve_links(tree, url)
    tree.attrib.pop(RESOLVED, None)

    _keep_platform_words()
    _keep_joiners()
    _link_density_exceptions()
    ours, page = _OURS.set(True), _PAGE.set(urldefrag(url)[0] if url else "")
    try:
        doc = trafilatura.bare_extraction(tree, url=url, output_format="markdown", include_links=True,
                                         include_tables=True, include_formatting=True, include_comments=False,
                                         include_images=False, favor_recall=True, deduplicate=False, fast=True)
        if doc is None or doc.body is None:
            return ""
        _same_page_as_fragments(doc.body)
    finally:
        _OURS.reset(ours)
        _PAGE.reset(page)
    return write(doc.body)


def _same_page_as_fragments(body) -> None:
    """A link to a place on the page itself is written as its fragment (`#who-we-are`), as Open Terms Archive's
    versions write it: a table of contents written out in full repeats the page's address at every entry.
    (Links are resolved before trafilatura sees them, which would join `#x` to the host root.)"""
    for ref in body.iter("ref"):
        if _on_page(target := ref.get("target")):
            ref.set("target", "#" + urldefrag(target)[1])


_OURS = contextvars.ContextVar("policy_archive_extracting", default=False)
_PAGE = contextvars.ContextVar("policy_archive_page", default="")  # the page's address, without a fragment


@functools.cache
def _link_density_exceptions() -> None:
    """trafilatura deletes short blocks with links as boilerplate (`link_density_test`); three kinds are a
    policy's text in our extraction (in any other use of trafilatura the test stands as it is):
    - a paragraph that is mostly one link, right after a heading, a paragraph or a list, that reads as a line
      (five words) or that the paragraph before introduces (it ends with a colon): the section's answer, "What
      gives us the right to do this?" / "[The agreement we have with you, see the terms](...)", or its
      closing line, "[Send us your privacy request](mailto:...)" (a held-out page lost the legal basis of 11
      sections so: the test drops such a paragraph under 60 characters when it ends its container); not a
      link to a place on the page (a table of contents' entry set as a paragraph of its own); after a list as
      after a paragraph ("Go to My Ad Centre" under Google's list of what it does not do with ads: kept when a
      template retyped the list as "• item" lines, lost as a list, a version between the two forms);
    - a list whose links are a small part of its text (footnotes with their back-links), that a sentence
      introduces ("We share your data with these processors:"), or whose links are mostly to other sites'
      privacy pages (`_others_statements`). A list in an accordion's or a `<details>`' panel is judged as the
      same list shown: a policy redesigned into accordions must read the same (a first form kept every panel's
      list, and 21 of 304 held-out policies so redesigned made a version, `benchmarks/robustness.py`);
    - a block holding a heading, most of whose text is not link text: a page builder's title block, whose
      breadcrumb is an icon link with no text ("Privacy Notice" over the text was deleted with it: a short
      block whose links have no text is a block of icons, by the test)."""
    from trafilatura import htmlprocessing
    original = htmlprocessing.link_density_test

    def link_density_test(element, favor_precision: bool = False):
        # (an element without links passes the test at once: the exceptions below are only asked of the others)
        if _OURS.get() and element.find(".//ref") is not None:
            if element.tag == "p":
                prev = element.getprevious()
                if prev is not None and prev.tag in ("head", "p", "list") and \
                        (sum(bool(_WORDISH.search(w)) for w in element.text_content().split()) >= 5
                         or _introduces(prev)) \
                        and not any(_on_page(r.get("target")) for r in element.iter("ref")):
                    return False, False
            elif element.tag == "list" and (_mostly_words(element) or
                                            _introduced(element) or _others_statements(element)):
                return False, False
            elif element.find(".//head") is not None and "".join(element.find(".//head").itertext()).strip():
                text = len("".join(element.itertext()).strip())
                links = sum(len("".join(r.itertext()).strip()) for r in element.iter("ref"))
                if links < 0.5 * text:
                    return False, False
        return original(element, favor_precision)
    htmlprocessing.link_density_test = link_density_test


_WORDISH = re.compile(r"\w")  # a word holds a letter or a digit: a typed bullet ("•") is none


def _mostly_words(element) -> bool:
    """A list whose links are a small part of its words (under a fifth): text with a few short links, such as
    footnotes and their "↩" back-links, which trafilatura's test takes for a menu because every link is short."""
    text = len(" ".join("".join(element.itertext()).split()))
    links = sum(len(" ".join("".join(r.itertext()).split())) for r in element.iter("ref"))
    return text >= 40 and links < 0.2 * text


def _introduced(element) -> bool:
    """Does the paragraph just before a list introduce it ("We share data with these processors:")?"""
    prev = element.getprevious()
    return prev is not None and _introduces(prev)


# what a link to another company's statement names in its address (the discovery vocabulary's categories)
_STATEMENT_CATEGORIES = frozenset(("privacy", "cookies", "choices", "policy"))


def _others_statements(element) -> bool:
    """Are most of a list's links (two or more) to other sites' privacy, cookie or opt-out pages (their address
    names one, in the discovery vocabulary's words of 59 languages)? Then the list is the policy's: the
    partners it shares data with and their statements. A site's own menus link its own pages; the site's
    footer, with its own legal links, is gone before."""
    from ..classify.vocab import VOCAB
    from ..capture import host_of
    from .normalise import hash_url
    targets = [r.get("target") or "" for r in element.iter("ref")]
    if len(targets) < 2:
        return False
    page = host_of(_PAGE.get()) if _PAGE.get() else ""

    def others(target: str) -> bool:
        host = host_of(target)
        if not host or not target.startswith(("http://", "https://")) or host == page or \
                host.endswith("." + page) or page.endswith("." + host):
            return False
        parts = urlsplit(hash_url(target))  # where it leads: not the visit's parameters (`?source=legal-hub`)
        return bool(_STATEMENT_CATEGORIES & set(VOCAB.url_hits(unquote(parts.path + "?" + parts.query))))
    return sum(map(others, targets)) * 2 > len(targets)


def _introduces(p) -> bool:
    """A paragraph that ends with a colon introduces the next one ("To exercise your rights, use our form:" /
    "[Submit a request](...)"): however short, that one is its object, not a link bar."""
    return p.tag == "p" and "".join(p.itertext()).rstrip().endswith((":", "："))


def _on_page(target: str | None) -> bool:
    """Is a (resolved) link target a place on the page being extracted, in any form of its address (http or
    https, with or without `www.`: `normalise.hash_url`)?"""
    where, frag = urldefrag(target or "")
    page = _PAGE.get()
    if not frag or not page:
        return False
    if where == page:
        return True
    from .normalise import hash_url
    return hash_url(where) == hash_url(page)


_JOINERS = frozenset("\u200c")  # the non-joiner (not the joiner: Webflow writes an empty paragraph as `&zwj;`)


@functools.cache
def _keep_joiners() -> None:
    """trafilatura deletes every character `str.isprintable` refuses (`utils.return_printables_and_spaces`),
    the zero-width non-joiner with the control characters: but it is a letter of Persian's words, its half-space
    ("جمع‌آوری", "کوکی‌ها": written without it, the policy vocabulary's terms no longer matched its text). It is
    kept, in every use of trafilatura in the process (its line cache is shared: a scoped patch would leak either
    way); hashing ignores it (`normalise.canonical`), so no version changes, only the text of record. The
    joiner still goes: Webflow writes an empty paragraph as a lone `&zwj;`, which would litter the text."""
    from trafilatura import utils

    def return_printables_and_spaces(char: str) -> str:
        return char if char.isprintable() or char.isspace() or char in _JOINERS else ""
    utils.return_printables_and_spaces = return_printables_and_spaces


@functools.cache
def _keep_platform_words() -> None:
    """trafilatura drops every text that is one of the names a share bar shows (`utils.RE_FILTER`: "Email",
    "Mail", "PDF", "Print", "Google", "Facebook", "Instagram", "LinkedIn", "Twitter", "WhatsApp"...): a
    policy's list of the data it collects ("Nom", "Prénom", "Email": Air Corsica's, a held-out page) or of the
    partners it shares data with lost those items, and an edit of them made no version. Share bars are gone
    from the tree before (`clean.preclean`, by structure and class), so in our extraction that word filter is
    off; in any other use of trafilatura in the process (the benchmarks' plain baseline) it stays as it is."""
    from trafilatura import htmlprocessing
    original = htmlprocessing.textfilter

    def textfilter(element) -> bool:
        if not _OURS.get():
            return original(element)
        text = element.tail if element.text is None else element.text
        return not text or text.isspace()
    htmlprocessing.textfilter = textfilter
