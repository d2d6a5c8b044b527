"""Hash normalisation: what may differ between two captures of the same policy text without being an edit.

The Markdown of record keeps link targets, so a changed link is a change; but a link that differs only
by a tracking parameter, a cache-busting token, a session id or an obfuscation key is the same link.
Whitespace, Unicode compatibility forms, typographic quotes and dashes, guillemets and French spacing, a
script's own digits and bullets typed as text are folded too.
`canonical(markdown)` is what is hashed.
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlencode, urlsplit, urlunsplit

log = logging.getLogger(__name__)

# query parameters that identify a visit, a campaign or a cache generation, never the document. Social
# networks' own (ClearURLs' rules for them): Instagram's share id (`igsh`, which replaced `igshid` in 2023),
# Facebook's share id (`mibextid`), the click-tracking node and per-render signatures Facebook writes on its
# pages' links (`__tn__`, `__cft__[0]`, `__xts__[0]`) and the marks of its redirects (`_rdc`, `_rdr`)
_SOCIAL = r"igsh|igshid|mibextid|__tn__|__cft__(?:\[\d*\])?|__xts__(?:\[\d*\])?|_rdc|_rdr"
_TRACKING = re.compile(
    rf"^(?:utm_\w*|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|{_SOCIAL}|"
    r"mc_cid|mc_eid|_hsenc|_hsmi|hsctatracking|__hstc|__hssc|__hsfp|mkt_tok|oly_anon_id|oly_enc_id|"
    r"vero_id|wickedid|_ga|_gl|_ke|ref_src|ref_url|spm|scm|trk|trkcampaign|sc_cid|s_cid|cmpid|"
    r"sessionid|session_id|sid|phpsessid|jsessionid|aspsessionid\w*|cfid|cftoken|csrf\w*|xsrf\w*|"
    r"_csrf|csrfmiddlewaretoken|authenticity_token|_token|token|nonce|_wpnonce|"
    r"v|ver|version|cb|_cb|cachebust\w*|cache|_|t|_t|ts|_ts|_dc|timestamp|rnd|rand|random|nocache|bust|hash|rev)$", re.I)
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#]*", re.I)
_RANDOM_TOKEN = re.compile(r"\b(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                           r"[0-9a-f]{24,}|(?=[A-Za-z0-9]{32,}\b)(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{32,})\b")
# a link destination (CommonMark 0.31, "link destination"): bare, with no spaces and parentheses only
# balanced (`statement(07.22.20)(FR).pdf?did=…` is one URL, not one ending at its first ")"), or anything but
# a line break in <>
_BARE_DEST = r"(?:[^()\s]|\([^()\s]*\))*"
LINK_DEST = rf"(?:<[^<>\n]*>|{_BARE_DEST})"
_LINK = re.compile(rf"(\]\()({LINK_DEST})((?:\s+\"[^\"]*\")?\))")
_OBF_AT = re.compile(r"\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+|\[@\]|\(@\)|＠)\s*", re.I)
_OBF_EMAIL = re.compile(
    r"\b([\w.+-]+)(?:\s*(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|＠)\s*|\s+\[?at\]?\s+)([\w-]+(?:\s*(?:\[dot\]|\(dot\)|"
    r"\{dot\}|\.)\s*[\w-]+)+)\b", re.I)
# a decoded address always holds a bracketed "at" / "dot" / "@" or a full-width ＠ (see _is_obfuscated),
# so a text without one is returned as it is, without running the address pattern over it (the bracket
# comes first in the pattern, with no alternation around it, so the regex engine can skip to brackets)
_OBF_HINT = re.compile(r"[\[({]\s*(?:at|dot|@)\s*\\?[\])}]", re.I)
_OBF_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\{dot\})\s*", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


# a query value that is random by its look: a UUID, a long hex string, a long base64 / base64url token
# mixing letters and digits. Per-visit ids and signatures look like this whatever their parameter is called.
_RANDOM_VALUE = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}|[0-9a-f]{16,}|"
                           r"(?=[A-Za-z0-9_+/=-]*\d)(?=[A-Za-z0-9_+/=-]*[A-Za-z])[A-Za-z0-9_+/=-]{20,}", re.I)
# a Unix time in seconds or milliseconds (2001-2033): a cache-buster, whatever its parameter is called; a
# parameter *named* by digits (`?1663656528910=`) is one too
_STAMP = re.compile(r"1\d{9}(?:\d{3})?(?:\.\d+)?")
_ABSOLUTE = re.compile(r"^https?://[^/\s]+", re.I)


def unwrap_shim(url: str) -> str:
    """An outbound-link shim (`https://l.example.com/l.php?u=<target>&h=<token>`, a click tracker, a
    redirector) -> its target: a query parameter whose value is itself an absolute http(s) URL on another
    host (`www.` aside: a page's `?returnUrl=` back to its own site is no shim in either form of its host)
    is where the link leads; the shim's own parameters (signatures, per-visit tokens) go with it."""
    if "=http" not in url.replace("%3A", ":").replace("%3a", ":") or "?" not in url:
        return url
    try:
        parts = urlsplit(url)
        here = _WWW.sub("", parts.hostname or "")
        for _, value in parse_qsl(parts.query, keep_blank_values=True):
            if _ABSOLUTE.match(value) and _WWW.sub("", urlsplit(value).hostname or "") != here:
                return unwrap_shim(value.strip())
    except ValueError:
        pass
    return url


@functools.lru_cache(maxsize=8192)
def clean_url(url: str) -> str:
    """A link target without tracking / session / cache-busting parameters and random tokens, an
    outbound-link shim replaced by its target (`unwrap_shim`)."""
    if not url or url.startswith(("mailto:", "tel:", "#")):
        return url
    url = unwrap_shim(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    # the parameters kept as the page wrote them (`?locale%3Den` is not `?locale%3Den=`)
    query = "&".join(p for p in parts.query.split("&") if not _TRACKING.match(unquote_plus(p.split("=", 1)[0])))
    path = _PATH_SESSION.sub("", parts.path)
    frag = parts.fragment
    if frag and (_RANDOM_TOKEN.fullmatch(frag) or frag.startswith(("utm_", ":~:"))):
        frag = ""
    return urlunsplit((parts.scheme, parts.netloc, path, query, frag))


# query parameters that say how a visitor came, or which visit it is, never which document (`document_url`)
_VISIT = re.compile(rf"^(?:utm_\w*|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|"
                    rf"{_SOCIAL}|mc_cid|mc_eid|_hsenc|_hsmi|__hstc|__hssc|__hsfp|mkt_tok|_ga|_gl|ref_src|sc_cid|s_cid|"
                    r"cmpid|trk|trkcampaign|sessionid|session_id|sid|phpsessid|jsessionid|aspsessionid\w*|cfid|"
                    r"cftoken|_t|_ts|_dc|_cb)$", re.I)


def document_url(url: str) -> str:
    """A policy URL as the archive keys its document (the URL as linked is what is fetched): without the
    parameters of a visit (`_VISIT`: utm_* & co, session ids), those whose value looks random (per-visit ids:
    `_random_value`; cache-busters: `_STAMP`) and a `;jsessionid=` in the path. A footer link that carries
    `?sessionid=8f14e45f…` would otherwise make a second document of the same policy at every visit. Other
    parameters may name the page and stay as written; a URL with none of these is returned byte for byte."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = _PATH_SESSION.sub("", parts.path)
    kept = [p for p in parts.query.split("&") if p and not _of_a_visit(*(p.split("=", 1) + [""])[:2])]
    query = "&".join(kept)
    if query == parts.query and path == parts.path:
        return url
    return urlunsplit(parts._replace(path=path, query=query))


def _of_a_visit(name: str, value: str) -> bool:
    value = unquote_plus(value)
    return bool(_VISIT.match(unquote_plus(name)) or _random_value(value) or _STAMP.fullmatch(value))


def clean_links(markdown: str) -> str:
    """Every Markdown link target passed through `clean_url`; one that cannot stand bare (a space, an
    unbalanced parenthesis: `…/Filters).%22`, a page's typo) stays in `<>`, CommonMark's other form of a link
    destination, so that the whole target is read back as the link's (and hashed as one: `canonical`)."""
    def target(m) -> str:
        url = clean_url(m.group(2).strip("<>"))
        if not re.fullmatch(_BARE_DEST, url):
            url = "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
        return m.group(1) + url + m.group(3)
    return _LINK.sub(target, markdown)


def decode_obfuscated_emails(text: str) -> str:
    """'jane [at] example [dot] com' -> 'jane@example.com', in the hashed form (`canonical`): a site that writes
    its address either way from one capture to the next makes no version, and the text of record says what
    the page says."""
    if "＠" not in text and not _OBF_HINT.search(text):
        return text
    text = re.sub(r"\\([\[(])(at|dot|@)\\([\])])", r"\1\2\3", text, flags=re.I)

    def repl(m):
        domain = _OBF_DOT.sub(".", m.group(2))
        domain = re.sub(r"\s*\.\s*", ".", domain)
        return f"{m.group(1)}@{domain}"
    return _OBF_EMAIL.sub(lambda m: repl(m) if _is_obfuscated(m.group(0)) else m.group(0), text)


def _is_obfuscated(s: str) -> bool:
    return bool(re.search(r"\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|＠|\[dot\]|\(dot\)|\{dot\}", s, re.I))


@functools.lru_cache(maxsize=8192)
def hash_url(url: str, page: str | None = None) -> str:
    """A link target as it is hashed, so that only a change of where it leads is a change: `clean_url`; http
    and https, `www.` and no `www.` are one target; query parameters that say how the link was reached or
    shown go (`_REACHED_BY`: `?ref=footer`, `?helpref=faq_content`, `?locale2=fr_FR`, `?pvs=4`, `?lang=de`:
    removing them is the commonest filter Open Terms Archive's curators write, 19 of the 42 services with
    filters), and so do those whose value looks random (`_RANDOM_VALUE`: per-visit ids, signatures;
    `_STAMP`: cache-busters); any other parameter may name the page and stays; build
    stamps (`_BUILD_STAMP`), a bundler's hash in an asset's name (`_ASSET_HASH`) and random tokens in the path
    are folded to `~`; a link to a place on the page
    itself (`page` plus a fragment) is `#`, whatever the anchor's name; a `mailto:` target is its addresses
    (lower-cased, without `?subject=`), a `tel:` one its number's digits, a `javascript:` or `data:` one its
    scheme alone. The stored Markdown keeps the link as the page wrote it."""
    url = clean_url(url)
    if url[:7].lower() == "mailto:":  # the addresses (RFC 6068), not a template's `?subject=` nor its case
        return "mailto:" + unquote(url[7:].split("?", 1)[0]).lower().replace(" ", "")
    if url[:4].lower() == "tel:":  # the number: RFC 3966's visual separators ("-", ".", "(", ")", spaces) are none
        return "tel:" + "".join(c for c in unquote(url[4:]).split(";", 1)[0] if c.isalnum() or c == "+")
    if url.startswith("#"):
        return "#"
    if url[:11].lower() == "javascript:" or url[:5].lower() == "data:":
        # a script's handle leads nowhere (`javascript:void(0)`, a consent tool's opener) and a `data:` URI is an
        # inline image's bytes or a lazy-load placeholder, not a place (RFC 2397): what they hold is no policy's
        # word, and a build or a typography plugin rewrites it (curly quotes in `__cmp('showConsentTool')`)
        return url[:url.index(":") + 1].lower()
    if not url.isascii():  # an IRI as its URI (RFC 3987 3.1): `index）` and `index%EF%BC%89` are one target, as
        url = quote(url, safe=_URI_CHARS)  # a serialiser may write either (libxml2's escapes href values)
    try:
        parts = urlsplit(url)
    except ValueError:
        return _RANDOM_TOKEN.sub("~", url)
    path = parts.path or ("/" if parts.netloc else "")  # http://host and http://host/ are one URL (RFC 3986 6.2.3)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (_REACHED_BY.match(k) or _random_value(v) or _RANDOM_VALUE.fullmatch(k) or _STAMP.fullmatch(v)
                     or k.isdigit())]
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"
    host = _WWW.sub("", parts.netloc.lower())
    path = _ASSET_HASH.sub("~", _BUILD_STAMP.sub("/~", path))
    if len(path) > 1 and path.endswith("/"):  # `/privacy-center/` and `/privacy-center`: a site's permalink setting
        path = path.rstrip("/") or "/"
    if "%" in url:  # `%c3%a4` is `%C3%A4` (RFC 3986 6.2.2.1)
        path = _PERCENT.sub(_upper, path)  # (the query is decoded and written again below)
    hashed = _RANDOM_TOKEN.sub("~", urlunsplit((scheme, host, path, urlencode(query, doseq=True), "")))
    if page and parts.fragment and hashed == page:
        return "#"
    return hashed + (f"#{parts.fragment}" if parts.fragment else "")


# parameters that say how a link was reached or is displayed, not where it leads: the referring place (`ref`,
# `helpref`, `source`, `*_referred`), an affiliate or campaign, the display language (`hl`, `lang`, `locale2`),
# Notion's page-view counter (`pvs`), TikTok's `enter_method`; any other parameter may name the page (`?id=`,
# `?uri=CELEX:…`, `?tab=ads`)
_REACHED_BY = re.compile(r"^(?:ref|ref_\w+|\w+_ref|helpref|\w*referr?(?:ed|er|al)?|source|from|via|origin|"
                         r"entry(?:_?point)?|enter_method|pvs|hl|lang|language|locale\d?|aid|affid|aff_id|"
                         r"affiliate(?:_?id)?|cid|icid|ocid|clickid|click_id|adid|ad_id|campaign(?:_?id)?|srsltid|"
                         r"gad_source)$", re.I)
_WWW = re.compile(r"^www\.")
_URI_CHARS = ":/?#[]@!$&'()*+,;=%~"  # reserved characters, and `%` of what is already escaped
# a directory of the path that is a build number or deployment stamp: a Unix time in seconds or milliseconds,
# alone or after a build word (`/v1645000000000/`, `/version1605593851/`); not the last segment, which names
# the page (`/help/1234567890`, Zendesk's `/articles/1500000000001`)
_BUILD_STAMP = re.compile(r"/(?:v|ver|version|build|b|r|rev)?1\d{9}(?:\d{3})?(?=/)", re.I)
# a bundler's content hash in an asset's file name, new at every build that touches the file: webpack's and
# Next.js's `[name].[contenthash].[ext]` (hex, 7 to 32 digits: `privacy-policy.3f2a1b9c.pdf`), Vite 4's
# `[name]-[hash]` (8 hex digits) and Vite 5's and Rollup 4's (8 base64url characters: `privacy-BxT3kQ9a.pdf`).
# A hex hash has digits and letters; a base64url one (read here without its `-` and `_`, which would take in a
# name's parts) digits, small letters and capitals. No hash holds a year: a date (`.20230115.pdf`,
# `-1Dec2023`), a version (`-2024-v12`, `-v2-Final`), a language (`_EN`) or an acronym (`-GDPR2018`) is the
# file's name and stays. Some hashes are left (a base64url one without a digit): a version then, as before
_ASSET_HASH = re.compile(
    r"(?:\.(?=[0-9a-f]{0,31}[0-9])(?=[0-9a-f]{0,31}[a-f])(?![0-9a-f]{0,28}(?:19|20)\d\d)[0-9a-f]{7,32}"
    r"|-(?=[0-9a-f]{0,7}[0-9])(?=[0-9a-f]{0,7}[a-f])(?![0-9a-f]{0,4}(?:19|20)\d\d)[0-9a-f]{8}"
    r"|-(?=[A-Za-z\d]{0,7}\d)(?=[A-Za-z\d]{0,7}[a-z])(?=[A-Za-z\d]{0,7}[A-Z])(?![A-Za-z\d]{0,4}(?:19|20)\d\d)"
    r"[A-Za-z\d]{8})"
    r"(?=(?:\.min)?\.(?i:pdf|png|jpe?g|gif|svg|webp|avif|ico|css|m?js|woff2?|ttf|otf|mp4|webm|docx?|xlsx?|pptx?|txt)$)")


_PERCENT = re.compile(r"%[0-9a-f]{2}", re.I)


def _upper(m) -> str:
    return m.group().upper()


_VALUE_PARTS = re.compile(r"[;:,|]")


def _random_value(value: str) -> bool:
    """A query value that is, or ends a structured value with, a random token: `3f2a…-…` or
    `urn:li:page:d_flagship3;8Bh1oUNlQdKhI0Vu1KnVZg==` (a page name, then a per-visit id)."""
    return any(_RANDOM_VALUE.fullmatch(part) for part in _VALUE_PARTS.split(value))


CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana and CJK ideographs, for character classes
_WORD = re.compile(f"[{CJK}]|[^\\s{CJK}]+")
_PUNCT_ONLY = re.compile(r"^[^\w]+$")


def words(text: str) -> list[str]:
    """The words of a text: runs between spaces, except that Chinese and Japanese, written without spaces,
    count each character (a run of them would otherwise be one "word" per sentence); tokens of punctuation
    only (a table's "·", a dash) are not words. The unit of `word_count` and of change summaries."""
    return [w for w in _WORD.findall(text) if not _PUNCT_ONLY.match(w)]


def _page_key(url: str | None) -> str | None:
    """The page's own address as `hash_url` writes a link to it, without a fragment."""
    if not url:
        return None
    try:
        return hash_url(urlunsplit(urlsplit(url)._replace(fragment="")))
    except ValueError:
        return None


# typographic forms of one character: curly and straight quotes, dashes and hyphens, the minus sign. A CMS
# that "smartens" its quotes retypes every apostrophe of a policy and changes no word of it (the words are
# what Open Terms Archive's adjudication compares, too)
_TYPOGRAPHY = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
               "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
               "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
               "\u2015": "-", "\u2212": "-",
               # Hebrew's own quote marks, which editors and autocorrect swap with the ASCII ones in its
               # acronyms (`בע״מ` / `בע"מ`, `מס׳` / `מס'`: Unicode's Hebrew block notes)
               "\u05f3": "'", "\u05f4": '"',
               # the middle dots a Korean (HWP's `ㆍ`, which NFKC makes U+119E) or Japanese/Chinese (`・`)
               # input method types where a web editor writes `·`
               "\u318d": "\u00b7", "\u119e": "\u00b7", "\u30fb": "\u00b7",
               # the wave dash Shift_JIS decodes to (`9:00〜18:00`) where CP932 and UTF-8 editors write the
               # full-width tilde, which NFKC makes `~` (the JIS / CP932 mapping split)
               "\u301c": "~"}
# str.translate looks every character up in Python: a pattern finds the few that change, 15x faster on a policy
_TYPOGRAPHIC = re.compile("[" + "".join(_TYPOGRAPHY) + "]")


def fold_typography(text: str) -> str:
    """Curly quotes, primes and dashes as their straight forms (`_TYPOGRAPHY`): a theme or editor that smartens
    a text changes no word of it."""
    return _TYPOGRAPHIC.sub(lambda m: _TYPOGRAPHY[m.group()], text)


def canonical(markdown: str, page_url: str | None = None) -> str:
    """The form of the Markdown that is hashed: noise folded away, every real word and link kept.

    `page_url`: the page's own URL, so that same-page links (a table of contents, "see section 3") hash
    alike whatever their anchors are called."""
    page = _page_key(page_url)
    # "jane [at] example [dot] com" is the address it spells (the stored text keeps the page's words)
    s = decode_obfuscated_emails(markdown)  # link targets next: compatibility forms folded inside an address
    # would change where it leads
    if "](" in s:
        # a link set apart from the words beside it, and not in bold of its own: trafilatura drops the space
        # before a link in some blocks and not in others ("please contact[the form]" in a list item, "contact
        # [the form]" in a paragraph), and keeps a bold link's bold in some (`**[DPO@viber.com](mailto:…)**`)
        s = _BOLD_LINK.sub(r"\1", s)
        s = _ANY_LINK.sub(_spaced, s)
        # a link to its own label, or to a place on this page, reads as its label (`_label_only`)
        s = _ANY_LINK.sub(lambda m: _label_only(m, page), s)
    s = _LINK.sub(lambda m: m.group(1) + hash_url(m.group(2).strip("<>"), page) + m.group(3), s)
    s = fold_typography(unicodedata.normalize("NFKC", s))
    s = _ESCAPE.sub(r"\1", s)
    lines = s.split("\n")
    s = "\n".join([_dash_item(line, i < len(lines) - 1) for i, line in enumerate(lines)])  # list marker style
    # zero-width characters, soft hyphens, and the tatweel that stretches Arabic words to justify a line
    s = re.sub(r"[\u200b-\u200f\u2060\ufeff\u00ad\u0640]", "", s)
    if "<br>" in s:  # a table cell's line break (`markdown._cell`), whitespace as every other line break
        s = s.replace("<br>", " ")
    if "|" in s:  # a table's words in their order, not its grid: a migration set a table as a grid of `<div>`s
        # (Webflow's, a definition list), and the same cells made a version (`benchmarks/simulated.py`'s
        # migrations_world); only a table with no empty cell: in one with empty cells (a tick moved from
        # "Collected" to "Sold") the grid says what the words do not (a colleague's review)
        s = _TABLE_BLOCK.sub(_table_words, s)
    if "**" in s:  # bold runs that touch are one run: `**Right of** **access**`, `**Affiliates****.**`
        s = s.replace("****", "").replace("** **", " ")
    if "*" in s:
        # a line wholly in bold or in italics is the line: a theme's weight, not the editor's emphasis of some
        # words (a heading's `<h2><strong>`; a heading whose words were a link to its own place, `## **[Your
        # rights](#rights)**`, reads as its label, the bold then dropped with the link's, `_BOLD_LINK`; a
        # redesign that sets the "Last updated" line in italics, or the version line in bold: a fresh user's
        # trial saw a version of each, "formatting only")
        s = _WHOLE_LINE_EMPHASIS.sub(r"\1\3", s)
    if "#" in s:  # headings by their rank among the levels the text uses: the levels are the template's (a
        # redesign set every `<h2>` as an `<h3>`: a fresh user's trial saw a "formatting only" version), while a
        # section moved out from under another (`### Precise location` made `##`) changes what it belongs to
        levels = sorted({len(m) for m in _HEADING_LEVEL.findall(s)})
        if levels and levels != list(range(1, len(levels) + 1)):
            rank = {n: "#" * (i + 1) for i, n in enumerate(levels)}
            s = _HEADING_LEVEL.sub(lambda m: rank[len(m.group())], s)
    if _BULLET.search(s):  # (a pattern that starts with a class is searched in C; one that looks behind is not)
        s = _INLINE_BULLET.sub(" ", s)  # a bullet typed inside a line (a table cell's list): the cell's <ul> shows none
    if not s.isascii():
        s = _fold_script_forms(s)
    # every run of whitespace as one space (str.split and re's \s agree on what that is); a word of TOKEN_CHARS
    # characters or more, not a link's address, may hold a visitor's token (`_visitor_token`: the words picked in C,
    # since a regex over the whole text cost 15 % of this function)
    words = s.split()
    for i in itertools.compress(range(len(words)), map(TOKEN_CHARS.__le__, map(len, words))):
        if "://" not in words[i]:  # (a link's address is `hash_url`'s)
            words[i] = _TEXT_TOKEN.sub(_visitor_token, words[i])
    return _SPACE_BEFORE_MARK.sub("", " ".join(words))


# a run of the text that may be an identifier: a UUID, or 20 letters, digits, "_" and "-" or more (base64's "="
# after), standing alone (not a path's, a fragment's or an address's part: a link's target is `hash_url`'s)
_UUID = r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
TOKEN_CHARS = 20
_TEXT_TOKEN = re.compile(rf"(?<![\w/.@=?&%#-])(?:(?P<uuid>{_UUID})|[A-Za-z0-9_-]{{{TOKEN_CHARS},}}={{0,2}})(?![\w/.@%-])")
_DIGIT_RUN = re.compile(r"\d+")
_INNER_CAPITAL = re.compile(r"(?<=[a-z0-9])[A-Z]")


def _visitor_token(m: re.Match) -> str:
    """A visitor's own identifier in the text, as one placeholder: a UUID, or a token as random generators write
    them, mixing lower case with three capitals or more inside it and three runs of digits or more
    (`ZnrhR6QURJRQ-763VD5tt9r31VeyhDZ`, not `Datenschutz-Grundverordnung-2016` nor `PrivacyPolicy2024`). An
    ad exchange's opt-out box shows the browser's own id ("Your browser's ID: e5ea65d3-…"), a consent tool's
    declaration the visitor's consent id, new at every visit (`benchmarks/simulated.py`'s adtech_world: a version
    at each capture); the issue's rule for query values (`_RANDOM_VALUE`) holds in the words too. The stored text
    keeps the token; only the hash is blind to it."""
    token = m.group()
    if m.group("uuid"):
        return "<id>"
    if len(_DIGIT_RUN.findall(token)) >= 3 and len(_INNER_CAPITAL.findall(token)) >= 3 and \
            any(c.islower() for c in token):
        return "<id>"
    return token


_HEADING_LEVEL = re.compile(r"^#{1,6}(?=[ \t])", re.M)
_LEADING_HEADING = re.compile(r"\A\s*(#{1,6})[ \t]([^\n]*)(?:\n|\Z)")  # the text's first line, a heading


def split_title(markdown: str) -> tuple[str | None, str]:
    """(the document's title, the rest of the Markdown): the title is the heading the text opens with when every
    other heading is below it (None when it opens otherwise). A template sets the title in a hero, a page-title
    block or a header band that the main text's box holds or not (`changes.title_came_or_went`)."""
    title = _LEADING_HEADING.match(markdown)
    if title is None or any(len(m) <= len(title.group(1)) for m in _HEADING_LEVEL.findall(markdown, title.end())):
        return None, markdown
    return title.group(2).strip(), markdown[title.end():]


_WHOLE_LINE_EMPHASIS = re.compile(r"^(#{1,6}[ \t]+)?(\*\*?)(?=[^*\s])([^*\n]*[^*\s])\2[ \t]*$", re.M)
_ANY_LINK = re.compile(rf"\[([^\[\]\n]*)\]\(({LINK_DEST})(?:\s+\"[^\"]*\")?\)")
_BOLD_LINK = re.compile(rf"\*\*(\[[^\[\]\n]*\]\({LINK_DEST}(?:\s+\"[^\"]*\")?\))\*\*")


def _spaced(m: re.Match) -> str:
    """A link with a space between it and a word glued to either side, past a bold run's marks ("[the form](…)
    **You must**", glued in one block and not in another), or a sentence's mark before it ("…for ads.[Learn
    more](…)": trafilatura trims the text after a list item's line break, and the space before the link went
    with it)."""
    s, a, b = m.string, m.start(), m.end()
    before = s[:a].rstrip("*")[-1:].isalnum() or (a and s[a - 1] in ".,;:!?")
    return f"{' ' if before else ''}{m.group()}{' ' if s[b:].lstrip('*')[:1].isalnum() else ''}"
_URL_LABEL = re.compile(r"https?://\S+$", re.I)


def _label_only(m, page: str | None) -> str:
    """A link that says no more than its label, as its label: one whose label is the address it leads to
    (`[https://a.example/x](https://a.example/x)`, however it is marked up), and one to a place on this page
    (`[Your rights](#rights)`, a heading made a link to itself by a documentation platform): same-page anchors
    make no version. A label that leads elsewhere stays a link; so does an e-mail address made a `mailto:`
    link, which the curated histories record as a change (two of the development collections' real changes
    are sites that made or unmade such links)."""
    label, target = m.group(1).strip(), m.group(2).strip("<>")
    if _URL_LABEL.match(label):
        return label if hash_url(label, page) == hash_url(target, page) else m.group(0)
    return label if hash_url(target, page) == "#" else m.group(0)


def _dash_item(line: str, more: bool) -> str:
    """A '* ' or '+ ' list item as '- ' (whitespace is collapsed after, so only the marker matters); a
    bare marker takes the next line as its item; so is an item typed with its bullet ("• Mute", Word's "·"),
    as an editor's list and a pasted one show it."""
    st = line.lstrip()
    first = st[:1]
    if first in ("*", "+") and (st[1:2].isspace() or (len(st) == 1 and more)):
        return "- " + st[1:]
    if first in BULLETS and st[1:2].isspace():
        return "- " + st[1:]
    return line


# the glyphs a list typed as text puts before its items ("• Mute", Word's "·" before a pasted list's items)
BULLETS = "•·▪◦●○■□‣⁃►▸"
# inside a line, not the middle dot: "Privacy · Terms" separates, it lists nothing
_TABLE_RULE_LINE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.M)  # a table's header rule
_TABLE_PIPE = re.compile(r"(?<!\\)\|")  # (an escaped pipe, `\|`, is a cell's own character)
_TABLE_BLOCK = re.compile(r"(?:^[ \t]*\|[^\n]*\|[ \t]*(?:\n|\Z))+", re.M)  # a run of lines that open and close with "|"
_EMPTY_CELL = re.compile(r"(?<!\\)\|[ \t]*(?=(?<!\\)\|)")


def _table_words(m: re.Match) -> str:
    """A Markdown table as its cells' words in their order (`canonical`), unless a cell is empty."""
    rows = _TABLE_RULE_LINE.sub("", m.group(0))
    return m.group(0) if _EMPTY_CELL.search(rows) else _TABLE_PIPE.sub(" ", rows)
_INLINE_BULLET = re.compile("(?<=[^\\n])\\s[" + BULLETS.replace("·", "") + "](?=\\s)")
_BULLET = re.compile("[" + BULLETS.replace("·", "") + "]")


# a decimal digit of another script (Unicode's Nd, as `unicodedata.decimal` knows them; not "²"). A plain
# class, not a look-ahead, so that searching a long text for one is a single scan
OTHER_DIGIT = re.compile(r"[^\D0-9]")
_HAS_CJK = re.compile(f"[{CJK}]")


@functools.cache
def _digits() -> dict[int, int]:
    """Every decimal digit Unicode knows (category Nd, in the planes that hold them) -> its ASCII digit; built
    once, on the first text that is not ASCII."""
    return {c: 48 + d for c in range(0x80, 0x20000) if (d := unicodedata.decimal(chr(c), None)) is not None}


# (spaces on a line only, and only between Han or kana and a Latin letter or a digit: a space between two
# Han characters, or a paragraph's end, separates what `changes.is_clock_date` reads as a date from its weekday)
_CJK_SPACE = re.compile(f"(?<=[{CJK}])[^\\S\\n]+(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9)])[^\\S\\n]+(?=[{CJK}])|"
                        f"(?<=[{CJK}][,.:;!?)])[^\\S\\n]+(?=[A-Za-z0-9(])")
# (on whitespace collapsed to single spaces; the space first, so that it is searched for in C)
_SPACE_BEFORE_MARK = re.compile(r' (?:(?=[;:!?"])|(?<=" ))')


def _fold_script_forms(s: str) -> str:
    """What a locale, a typography plugin or a script writes otherwise without changing a word: a script's own
    digits as ASCII digits (`٢٠٢٦`, `۱۴۰۵`, `๒๕๖๙`: `Intl` prints them for ar-EG, fa-IR, th-TH-u-nu-thai, and
    plugins offer them); French and German guillemets (`« … »`, `»…«`) as the straight quotes typographic quotes
    fold to; the spaces a CJK spacing script (pangu.js) puts between Han or kana and Latin letters or digits,
    or after a half-width mark that follows them (`日: 2026`), where the writing has none (Korean, which spaces
    its words, is not touched). (`_SPACE_BEFORE_MARK` folds the space French typography puts before `; : ! ?`
    and inside quotes, in any text.)"""
    if OTHER_DIGIT.search(s):  # (a translation table walks every character: only where there is one)
        s = s.translate(_digits())
    if "«" in s or "»" in s or "‹" in s or "›" in s:
        s = s.replace("«", '"').replace("»", '"').replace("‹", "'").replace("›", "'")
    return _CJK_SPACE.sub("", s) if _HAS_CJK.search(s) else s


def content_hash(markdown: str, page_url: str | None = None) -> str:
    return hashlib.sha256(canonical(markdown, page_url).encode("utf-8")).hexdigest()


_TABLE_RULE = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?$")
_UNDERSCORE = re.compile("_")


def _emphasis_underscore(m) -> str:
    """An underscore that opens or closes _emphasis_ goes; one inside a word or URL stays."""
    s, i = m.string, m.start()
    before = s[i - 1] if i else " "
    after = s[i + 1] if i + 1 < len(s) else " "
    if (not before.isalnum() and before != "_" and not after.isspace()) or \
            (not before.isspace() and not after.isalnum() and after != "_"):
        return ""
    return "_"


_HEADING = re.compile(r"#{1,6}\s+")
_ITEM = re.compile(r"[-+]\s+")


def plain_text(markdown: str, targets: bool = True) -> str:
    """Markdown -> plain text for reading, search and diffs; a link keeps its target after its label
    (`targets=False`: its label only, the words a reader reads)."""
    def link(m):
        label, target = m.group(1).strip(), m.group(2).strip().strip("<>")
        if not targets or not target or target == label or target in ("mailto:" + label, "tel:" + label):
            return label
        return f"{label} ({target})" if label else target
    s = re.sub(rf"!\[([^\]]*)\]\(({LINK_DEST})\)", r"\1", markdown)  # images: alt text only
    s = re.sub(rf"\[([^\]]*)\]\(({LINK_DEST})(?:\s+\"[^\"]*\")?\)", link, s)
    s = s.replace("__", "").replace("*", "").replace("`", "")  # strong / emphasis / code marks
    if "_" in s:
        s = _UNDERSCORE.sub(_emphasis_underscore, s)
    lines = []  # one pass over the lines: a multi-line regex per rule costs a scan of the text each
    for line in s.split("\n"):
        st = line.strip()
        if st[:1] == "#" and (m := _HEADING.match(st)):
            line = st[m.end():]
        elif st[:1] == "|":  # table rows: cells separated by tabs, the |---| rule dropped
            if _TABLE_RULE.match(st):
                continue
            line = st.strip("|").strip().replace(" | ", "\t").replace("<br>", " ")
        elif st[:1] in ("-", "+") and (m := _ITEM.match(st)):
            line = "- " + st[m.end():]
        lines.append(line.rstrip(" \t"))
    s = _ESCAPE.sub(r"\1", "\n".join(lines))
    if "<br" in s:
        s = "\n".join(line.rstrip(" \t") for line in re.sub(r"<br\s*/?>", "\n", s).split("\n"))
    s = re.sub(r"\n\n\n+", "\n\n", s)
    return s.strip()
