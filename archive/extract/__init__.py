"""Extraction: raw body -> the policy's text of record (Markdown) and its metadata.

A pure function of (body, content type, url), so it can run in a process pool and be re-run over old
captures when it improves (`reprocess`). Bump EXTRACTOR_VERSION whenever its output can change.

One module per concern: html (decoding, parsing, trafilatura), pdf, clean (page furniture), spam (injected
gambling / SEO spam), segment (the policy among a page's documents), normalise (what is hashed), meta (title,
language, declared date), checks (challenge / not a policy), rules (a site's own selectors), rendered (a
version's text for readers).
"""
from __future__ import annotations

import hashlib
import importlib
import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

# the modules are loaded when first used (PEP 562): a reader that needs only `normalise` or `rendered`
# (`history`, `show`) does not compile the cleaning and date patterns (~45 ms of its start-up)
_PARTS = frozenset(("checks", "clean", "html", "meta", "normalise", "pdf", "rendered", "rules", "segment", "spam"))


def __getattr__(name: str):
    if name in _PARTS:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

EXTRACTOR_VERSION = "0.6.39"


def extractor_id(url: str) -> str:
    """What made a capture's text, as the archive records it (`versions.extractor`, `captures.extractor`):
    EXTRACTOR_VERSION, followed by `+rules.` and the rule's fingerprint when a rules file's rule covers the
    URL's site ("0.5.48+rules.3f9a0c1e"). A text made by another id is not compared with a new capture's as it
    stands: the document is re-extracted first (`record.record`), so that a new extractor or a new rule is a
    technical upgrade of the versions, never a change of the policy. Raises ArchiveError for a bad rules file."""
    from . import rules
    site_rules = rules.for_url(url)
    return f"{EXTRACTOR_VERSION}+rules.{site_rules.fingerprint}" if site_rules else EXTRACTOR_VERSION


class ExtractionRejected(Exception):
    """The body does not yield a policy text; `reason` is a short machine-readable word."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Extraction:
    markdown: str  # the text of record: headings, lists, tables, link targets
    text: str  # plain text derived from the markdown
    title: str | None
    language: str | None
    declared_date: str | None  # ISO date the policy states ("Last updated ..."), if any
    content_hash: str  # sha256 of the normalised markdown

    @property
    def word_count(self) -> int:
        """Words as a reader sees them, as change summaries count them (`rendered.word_count`: no link targets,
        list numbers or markup; a Chinese or Japanese character is one)."""
        from . import rendered
        return rendered.word_count(self.markdown)


def content_hash(markdown: str, page_url: str | None = None) -> str:
    """sha256 of the normalised Markdown (see normalise.canonical for what is folded away); `page_url`
    lets same-page links hash alike."""
    from . import normalise
    return normalise.content_hash(markdown, page_url)


_INERT_OPEN = re.compile(rb"<(?:(script|style|noscript|template)\b[^>]*>|!--)")  # on the lower-cased body
_CLOSE_END = re.compile(rb"\s*>")
_INERT_ATTRS = re.compile(rb"\s(?:nonce|integrity)=\"[^\"]*\"", re.I)


def markup_hash(body: bytes) -> str:
    """sha256 of the body without what extraction never reads, so that a capture equal on this hash to one
    that extracted to a policy can reuse that extraction (`record._reuse`). Consecutive captures of a page
    often differ only there (tokens, build ids, per-visit keys):
    - script, style, noscript and template contents, and comments (the cleaners drop those elements), but a
      declarative shadow root's (`html.open_shadow_roots`);
    - nonce and integrity attributes;
    - the attributes of `<link>` elements other than canonical and alternate ones (stylesheets and preloads
      named by build hash: no `<link>` reaches the text) and of `<iframe>` elements (dropped whole, their
      per-visit names with them);
    - the per-visit key of a Cloudflare-obfuscated address (`data-cfemail`, `/cdn-cgi/l/email-protection#`):
      the address it decodes to stands for it, as it does in the text (`clean.decode_emails`).
    The elements themselves stay, so the page's structure hashes as it is. Captures that need no extraction
    of their own (equal on this hash to an earlier one of the same page): ota-dating 58% -> 77%,
    ota-genai-contrib 21% -> 40%."""
    stripped = _strip_inert(body)
    low = stripped.lower()
    if b"nonce=" in low or b"integrity=" in low:
        stripped = _INERT_ATTRS.sub(b"", stripped)
    if b"<link" in low or b"<iframe" in low:
        stripped = _RESOURCE_TAG.sub(_bare_resource_tag, stripped)
    if b"cdn-cgi/l/email-protection" in low or b"data-cfemail" in low:
        stripped = _CFEMAIL_KEY.sub(_cfemail_address, stripped)
    return hashlib.sha256(stripped).hexdigest()


_RESOURCE_TAG = re.compile(rb"<(link|iframe)\b[^>]*>", re.I)
_KEPT_LINK = re.compile(rb"\brel\s*=\s*[\"']?(?:canonical|alternate)\b", re.I)  # read for the page's address
_CFEMAIL_KEY = re.compile(rb"(data-cfemail=[\"']?|/cdn-cgi/l/email-protection#)([0-9a-fA-F]+)")


def _bare_resource_tag(m: re.Match) -> bytes:
    if m.group(1).lower() == b"link" and _KEPT_LINK.search(m.group(0)):
        return m.group(0)
    return b"<" + m.group(1) + b">"


def _cfemail_address(m: re.Match) -> bytes:
    from .clean import decode_cfemail
    address = decode_cfemail(m.group(2).decode("ascii"))
    return m.group(1) + (address.encode("utf-8") if address else m.group(2))


def _strip_inert(body: bytes) -> bytes:
    """Each <script|style|noscript|template ...>...</same> becomes an empty pair, each comment '<></>'.

    Scans the lower-cased copy (same offsets) with `find` from one opening to its closing tag, several
    times faster than one case-insensitive regex with a lazy `.*?` over every script."""
    low = body.lower()
    out, pos, at = [], 0, 0
    while m := _INERT_OPEN.search(low, at):
        tag = m.group(1)
        if tag is None:  # a comment
            end = low.find(b"-->", m.end())
            if end < 0:
                at = m.start() + 1
                continue
            out += [body[pos:m.start()], b"<></>"]
            pos = at = end + 3
            continue
        if tag == b"template" and b"shadowroot" in low[m.start():m.end()]:  # a declarative shadow root: the page's text
            at = m.end()
            continue
        close, i = None, m.end()
        while (i := low.find(b"</" + tag, i)) >= 0:
            if close := _CLOSE_END.match(low, i + 2 + len(tag)):
                break
            i += 1
        if close is None:  # never closed: left as it is, like the rest of the page
            at = m.start() + 1
            continue
        name = body[m.start(1):m.end(1)]
        out += [body[pos:m.start()], b"<" + name + b"></" + name + b">"]
        pos = at = close.end()
    out.append(body[pos:])
    return b"".join(out)


_BINARY_TYPES = re.compile(r"^(?:image|audio|video|font)/|application/(?:zip|octet-stream|x-|vnd\.(?!openxml))",
                           re.I)


_WIDE_CHARSET = re.compile(r"charset\s*=\s*[\"']?utf-?16", re.I)


def _nul_bytes(head: bytes, content_type: str | None) -> bool:
    """NUL bytes that make the body's start binary (`head`: its first KB). Any, for a body of no declared type
    or plain text (WHATWG MIME Sniffing's binary-data test); for one declared HTML or XML, three or more (a
    PNG or a gzip stream labelled text/html): a stray NUL a template left in a real page is not a file type."""
    declared = bool(content_type) and ("html" in content_type.lower() or "xml" in content_type.lower())
    return head.count(b"\x00") >= (3 if declared else 1)


def _wide_text(body: bytes, content_type: str | None) -> bool:
    """UTF-16 text (a BOM, or the header says so) is full of NUL bytes and is not binary."""
    return body.startswith((b"\xff\xfe", b"\xfe\xff")) or bool(_WIDE_CHARSET.search(content_type or ""))


def is_binary(body: bytes, content_type: str | None) -> bool:
    """A body that is no text to read: an image, archive or other binary type by its declared type, or NUL
    bytes in its first KB (`_nul_bytes`) that no UTF-16 text explains. A PDF is binary: test `pdf.is_pdf`
    first."""
    return bool((content_type and _BINARY_TYPES.search(content_type))
                or (_nul_bytes(body[:1024], content_type) and not _wide_text(body, content_type)))


def extract(body: bytes, content_type: str | None, url: str) -> Extraction:
    """Raises ExtractionRejected (empty, binary, challenge, extraction_failed, not_a_policy).

    When the page's text does not read as a policy (or reads as a challenge or a script shell), the block
    richest in policy vocabulary is tried before the capture is refused (`_focused`): main-content extraction
    can judge the wrong block (a short teaser in <main>, the policy in a panel beside it); a page refused as a
    script shell or a challenge is first read as a reader without scripts sees it, its `<noscript>` shown
    (`_noscript_shown`: a script-rendered app's server-side fallback)."""
    from . import html, meta, pdf
    if not body or not body.strip():
        raise ExtractionRejected("empty")
    title, page_spam, text, messages = None, None, None, ()
    if pdf.is_pdf(body, content_type):
        try:
            markdown = pdf.to_markdown(body)
        except ValueError as e:
            raise ExtractionRejected("extraction_failed", str(e)) from None
    else:
        if is_binary(body, content_type):
            raise ExtractionRejected("binary", content_type or "NUL bytes")
        text = html.decode(body, content_type)
        if "<" not in text[:2000] and "text/plain" in (content_type or ""):
            markdown, text = text, None
        else:
            tree = html.parse(text)
            if tree is None:
                raise ExtractionRejected("empty", "no HTML elements")
            title = meta.title_from_tree(tree)
            markdown, page_spam, messages = _html_markdown(tree, url)
    try:
        return _finish(markdown, title, page_spam, text, url, messages)
    except ExtractionRejected as first:
        if text is None or first.reason not in ("not_a_policy", "challenge", "extraction_failed") or \
                "an error page" in first.detail:
            raise
        # the page without scripts only for a page refused as a script shell or a challenge: a `<noscript>` note
        # beside a page's own text would otherwise replace the reading `_focused` finds (a colleague's review)
        readings = (_noscript_shown, _focused) if first.reason == "challenge" else (_focused,)
        for other_reading in readings:
            if (read := other_reading(text, url)) is None:
                continue
            try:
                return _finish(*read, None, url)
            except ExtractionRejected:
                continue
        raise first from None


def _html_markdown(tree, url: str, ruled: bool = False) -> tuple[str, bool, tuple[str, ...]]:
    """(markdown, page_spam, the site's messages: `clean.site_messages`); `ruled`: the site's rules were applied to
    the tree already."""
    from . import clean, html, rules
    if not ruled and (site_rules := rules.for_url(url)):
        rules.apply(tree, site_rules)
    page_spam = clean.preclean(tree, url)
    messages = clean.site_messages(tree)
    return html.to_markdown(tree, url), page_spam, messages


def _noscript_shown(text: str, url: str) -> tuple[str, str | None, bool] | None:
    """(markdown, title, page_spam) of the page as a reader without scripts sees it: each `<noscript>` shown
    in place (HTML's "scripting disabled" rendering), for a page whose text is only there (a server's
    fallback for readers and search engines beside a script-rendered app) and which would be refused as a
    script shell. None when the page has no `<noscript>` with words in it."""
    from . import html, meta
    if "<noscript" not in text.lower():
        return None
    tree = html.parse(text)
    if tree is None:
        return None
    shown = [el for el in tree.iter("noscript") if el.text_content().strip()]
    if not shown:
        return None
    for el in shown:
        el.drop_tag()
    markdown, page_spam, _ = _html_markdown(tree, url)
    return markdown, meta.title_from_tree(tree), page_spam


def _focused(text: str, url: str) -> tuple[str, str | None, bool] | None:
    """(markdown, title, page_spam) of the page's block richest in policy vocabulary, extracted alone; None
    when no such block stands out. Only run for a capture about to be refused. The site's rules apply to the
    page before the block is looked for: the block is chosen from what the rules keep (a `remove`d block is
    not the policy because the extractor's own reading found no other)."""
    from . import clean, html, meta, rules
    tree = html.parse(text)
    if tree is None:
        return None
    title = meta.title_from_tree(tree)
    if site_rules := rules.for_url(url):
        rules.apply(tree, site_rules)
    block = clean.policy_block(tree)
    if block is None:
        return None
    body = tree.find("body")
    if body is None or block is body:
        return None
    for child in list(body):
        body.remove(child)
    body.text = None
    block.tail = None
    body.append(block)
    block.tag = "article"
    for attr in ("hidden", "aria-hidden", "style"):  # what it is was judged by policy_block; shown
        block.attrib.pop(attr, None)
    markdown, page_spam, _ = _html_markdown(tree, url, ruled=True)
    return markdown, title, page_spam


def _finish(markdown: str, title: str | None, page_spam: bool | None, text: str | None, url: str,
            messages: tuple[str, ...] = ()) -> Extraction:
    """`messages`: the words of the site's messages the page shows (`clean.site_messages`), which stay in the text
    and are no part of its hash or of the error-page check: a strike alert above a policy comes and goes, and makes
    no version each way."""
    from . import checks, clean, meta, normalise, segment
    if text is not None:
        visible = len(markdown.split())
        # a challenge's marker in a page that reads as a policy is a widget of the page (a reCAPTCHA on its
        # newsletter form beside a short policy), not an interstitial served instead of it
        if checks.is_challenge(text, visible) and not checks.reads_as_policy(normalise.plain_text(markdown))[0]:
            raise ExtractionRejected("challenge", "bot challenge page")
        if checks.is_js_shell(text, visible):
            raise ExtractionRejected("challenge", "JavaScript-only page (no readable text)")
    markdown = clean.postclean(markdown, title, page_spam, url)
    markdown, preamble = segment.parts(markdown)  # a page holding several documents: the policy's own part
    markdown = normalise.clean_links(markdown)
    if not markdown.strip():
        raise ExtractionRejected("extraction_failed", "no main text found")
    plain = normalise.plain_text(markdown)
    hashed = clean.without_messages(markdown, messages)
    if checks.is_error_page(title, normalise.plain_text(hashed) if hashed is not markdown else plain):
        raise ExtractionRejected("not_a_policy", "an error page (not found, server error, maintenance)")
    # read on the words a reader reads: link targets, as long as the page makes them (a per-visit id in every
    # link), would push the policy's terms out of the window the check reads
    ok, why = checks.reads_as_policy(normalise.plain_text(markdown, targets=False) if "](" in markdown else plain)
    if not ok:
        raise ExtractionRejected("not_a_policy", why)
    lang = meta.language(plain)
    # the date the policy states, else the one its page states above all its documents
    date = meta.declared_date(plain, lang) or (meta.declared_date(normalise.plain_text(preamble), lang)
                                               if preamble else None)
    return Extraction(markdown=markdown, text=plain, title=title or meta.title_from_markdown(markdown),
                      language=lang, declared_date=date, content_hash=content_hash(hashed, url))


EXTRACTOR_ERROR = "extractor_error"


def try_extract(body: bytes, content_type: str | None, url: str) -> Extraction | ExtractionRejected:
    """`extract`, with a rejection returned rather than raised: what `record` and process pools use.

    A fault of the extractor itself on one body (an exception other than a rejection: a parser's or a
    library's bug) is a rejection too, `extractor_error`, logged with its traceback: the capture is kept,
    byte-exact, and read again by a later capture of the same bytes or by `reprocess`, instead of being lost
    with the crawl or import going on as if nothing happened. A bad rules file (ArchiveError) is the
    user's to fix and is raised."""
    from ..errors import ArchiveError
    try:
        return extract(body, content_type, url)
    except ExtractionRejected as e:
        return e
    except ArchiveError:
        raise
    except Exception as e:  # noqa: BLE001 (see the docstring)
        log.exception("the extractor failed on %s", url)
        return ExtractionRejected(EXTRACTOR_ERROR, f"{type(e).__name__}: {e}")


def worker_init() -> None:
    """Initializer of extraction worker processes: end with the process that started them, even when it
    is SIGKILLed (Linux), instead of holding ~110 MB each for nothing; and ignore Ctrl-C, which the terminal
    sends the whole process group: the process that started them decides what an interruption stops (a
    graceful crawl or import still needs the extractions under way), and ends them."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
