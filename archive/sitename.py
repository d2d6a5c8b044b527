"""A company's display name, read from its policy page when nobody gave one (imported WARCs name no company).

The page names its publisher in `<meta property="og:site_name">`, `<meta name="application-name">` and the
brand part of its `<title>` ("Privacy Policy | Tinder"), but none of them is reliable alone: og:site_name is
at times a page title ("Bumble Privacy Policy", "About - Christian Mingle") or another brand of the group.
So a name is taken from those texts only where the host confirms it:

1. a run of one to four words whose letters, joined, are the host's registrable label ("Christian Mingle"
   on about.christianmingle.com, "Tinder" on policies.tinder.com; never a subdomain's label, or
   privacy.example.com would be "Privacy"), searched in og:site_name, then application-name, then the title.
   Letters are compared transliterated to ASCII and case-folded (`fold`, AnyAscii: "Hızlıgetir" on
   hizligetir.com.tr, "Ελληνικά" is "ellinika"), the label too where it is punycode (münchen.de). A
   name written in another script is confirmed when its transliteration is within one edit per three
   letters of the label, no more edits than it has transliterated letters: conventions differ (Ukrainian
   "Ринок" is "rinok" to AnyAscii, "rynok" on rynok.ua; "Müller" is "mueller" in German);
2. in og:site_name or application-name (the name the site declares; not the title, whose "Inicia sesión |
   Mi Telcomex" names a login page), a name whose trailing words are that run is taken whole, as the site
   writes it ("Clinicile Sănătatea Ta" on sanatateata.ro), when it is one part of the text (between
   separators such as "|" or " - "), of at most four words, its other words capitalised (not "Welcome to
   Acme") and naming no legal page or site section (the vocabulary's policy, privacy, terms, hub, blog ...
   words: not "Privacy Center Acme"). Leading words are not taken in: "GitHub Docs", "Acme Help" name a
   part of the site, so "Ринок Онлайн" on rynok.ua is "Ринок";
3. failing 1, the longest run (at least 3 letters) found inside the registrable label ("HER" on
   weareher.com, "Lex" on help.thisislex.app).

Otherwise the site stays unnamed (its key still names it). The rule has no list of brands.
Developed on ota-dating: 19 of 25 companies named, none wrongly. Measured on ota-genai-contrib, not used
to develop it: 30 of 38 named, none wrongly (one partly: "Nous" for Nous Research on nousresearch.com).
Transliteration and trailing words changed none of those and named 12 more of realpages-dev's 144 pages
in 30 languages (ТАСС, 半月谈, ドキドメ, Agenzia ANSA, Dalloz Actualité for "Dalloz"), none wrongly.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

HEAD_BYTES = 200_000  # the <head> is at the start; a name is never looked for further
MAX_WORDS = 4
MIN_PARTIAL = 3
_WORD = re.compile(r"\w+", re.U)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"}  # example.co.uk: the label is example


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self._in_title = False
        self.done = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:site_name", "application-name") and a.get("content", "").strip():
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "title" and not self.title:
            self._in_title = True
        elif tag == "body":
            self.done = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            self.done = True

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)


def page_names(body: bytes) -> list[str]:
    """og:site_name, application-name and the title of an HTML page, in that order (those it has)."""
    return [text for text, _ in _head_texts(body)]


def _head_texts(body: bytes) -> list[tuple[str, bool]]:
    """`page_names`, each with whether it is a name the site declares (og:site_name, application-name) rather
    than the page's title."""
    text = body[:HEAD_BYTES].decode("utf-8", "replace")
    parser = _Head()
    try:
        for i in range(0, len(text), 8192):
            parser.feed(text[i:i + 8192])
            if parser.done:
                break
    except Exception:  # noqa: BLE001 - a page too broken to parse has no name to give
        pass
    out = [(parser.meta.get("og:site_name"), True), (parser.meta.get("application-name"), True),
           (html.unescape(" ".join("".join(parser.title).split())), False)]
    return [o for o in out if o[0]]


def host_labels(host: str) -> tuple[list[str], str]:
    """(every label but the top-level domain, the registrable label), lower case."""
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) < 2:
        return labels, labels[0] if labels else ""
    labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels, labels[-1]


def fold(text: str) -> str:
    """`text`'s letters and digits transliterated to ASCII (AnyAscii) and case-folded, nothing else:
    "Hızlıgetir" and "HIZLIGETIR" are "hizligetir", "Sănătatea Ta" is "sanatateata", "Ринок" is "rinok"."""
    if text.isascii():
        return _NOT_ALNUM.sub("", text).casefold()
    from anyascii import anyascii
    return _NOT_ALNUM.sub("", anyascii(text)).casefold()


def fold_words(text: str) -> list[str]:
    """`text`'s words, each folded (`fold`): how a company's name is compared with one typed
    ("wspolnota" is "Wspólnota", "hizligetir" "Hızlıgetir", "İstanbul Kart" "istanbul kart")."""
    return [f for m in _WORD.finditer(text) if (f := fold(m.group()))]


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def _label_letters(label: str) -> str:
    """A host label's letters as `fold` gives a name's: an internationalised label (punycode) decoded first."""
    if label.startswith("xn--"):
        try:
            label = label.encode("ascii").decode("idna")
        except (UnicodeError, ValueError):
            pass
    return fold(label)


def name_from_page(body: bytes, host: str) -> str | None:
    """The company's name as its page gives it and its host confirms it (module docstring), or None.

    The name is the page's own span of text, separators included ("Copy.ai", "Christian Mingle"), and takes
    in a following word that is the host's top-level domain ("Stability AI" on stability.ai)."""
    labels, registrable = host_labels(host)
    if not registrable:
        return None
    tld = host.lower().rsplit(".", 1)[-1] if "." in host else ""
    texts = _head_texts(body)
    target = _label_letters(registrable)  # not a subdomain: privacy.example.com is not "Privacy"
    if not target:
        return None
    found = _runs(texts, lambda joined, _: joined == target, tld, whole=True)
    if found is None:
        found = _runs(texts, lambda joined, raw: _near(joined, target, raw), tld, whole=True)
    if found is None:
        found = _runs(texts, lambda joined, _: len(joined) >= MIN_PARTIAL and joined in target, tld, longest=True)
    return found


NEAR_MIN = 4  # letters a transliterated name and the label need before a near match counts


def _near(joined: str, target: str, raw: str) -> bool:
    """Is a run whose letters needed transliterating (`raw` as written) within one edit per three letters
    of the label, and within as many edits as it has transliterated letters?"""
    translit = sum(1 for ch in raw if not ch.isascii() and ch.isalnum())
    if not translit or len(joined) < NEAR_MIN or len(target) < NEAR_MIN:
        return False
    limit = min(translit, len(target) // 3)
    return abs(len(joined) - len(target)) <= limit and _edits(joined, target, limit) <= limit


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between a and b (limit + 1 once it is past `limit`)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


# where a title or og:site_name changes part: "Privacy Policy | Tinder", "About - Christian Mingle"
_SEPARATOR = re.compile(r"\s+[-:/~]\s+|\s*[|\u2013\u2014\u00b7\u2022\u00bb\u00ab\u203a\u2039]\s*|:\s+")
# the vocabulary's words of legal pages and site sections: "Bumble Privacy Policy", "Acme Blog" are no names
_NOT_NAME = ("policy", "privacy", "terms", "imprint", "cookies", "choices", "hub", "other_legal", "blog",
             "security", "account")


def _whole(text: str, start: int, end: int) -> int:
    """Where the name begins whose trailing words are text[start:end]: the start of its part of the text when
    that part is a name (module docstring, 2), else `start`."""
    begin = max((m.end() for m in _SEPARATOR.finditer(text, 0, start)), default=0)
    after = _SEPARATOR.search(text, end)
    if text[end:after.start() if after else len(text)].strip() or begin == start:
        return start  # the run does not end its part, or is all of it
    before = list(_WORD.finditer(text, begin, start))
    if not before or len(before) + len(_WORD.findall(text, start, end)) > MAX_WORDS:
        return start
    if any(not _capitalised(m.group()) for m in before) or text[begin:start].strip(" \t").endswith(("-", "'")):
        return start
    from .classify.vocab import VOCAB, fold as vocab_fold
    if VOCAB.kinds(vocab_fold(text[begin:end]), cats=_NOT_NAME):
        return start
    return begin


def _capitalised(word: str) -> bool:
    """A word as a name writes it: a capital first, or a script without case (Hangul, Han, Arabic), or a number."""
    first = word[0]
    return first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper())


def _runs(texts: list[str], ok, tld: str, longest: bool = False, whole: bool = False) -> str | None:
    """The first (or the longest) run of up to MAX_WORDS words of `texts` whose joined letters pass `ok`;
    with `whole`, in a name the site declares, the name whose trailing words the run is (`_whole`)."""
    best, best_len = None, 0
    for text, declared in texts:
        words = list(_WORD.finditer(text))
        for size in range(min(MAX_WORDS, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                raw = text[words[i].start():words[i + size - 1].end()]
                joined = "".join(fold(m.group()) for m in words[i:i + size])
                if not ok(joined, raw) or (longest and len(joined) <= best_len):
                    continue
                start, end = words[i].start(), words[i + size - 1].end()
                if i + size < len(words) and fold(words[i + size].group()) == tld \
                        and not _SEPARATOR.search(text, end, words[i + size].start()):
                    end = words[i + size].end()
                elif whole and declared:
                    start = _whole(text, start, end)
                span = text[start:end]
                if not longest:
                    return span
                best, best_len = span, len(joined)
    return best
