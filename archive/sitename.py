"""A company's display name, read from its policy page when nobody gave one (imported WARCs name no company).

The page names its publisher in `<meta property="og:site_name">`, `<meta name="application-name">` and the
brand part of its `<title>` ("Privacy Policy | Tinder"), but none of them is reliable alone: og:site_name is
at times a page title ("Bumble Privacy Policy", "About - Christian Mingle") or another brand of the group.
So a name is taken from those texts only where the host confirms it:

1. a run of one to four words whose letters, joined, are the host's registrable label ("Christian Mingle"
   on about.christianmingle.com, "Tinder" on policies.tinder.com; never a subdomain's label, or
   privacy.example.com would be "Privacy"), searched in og:site_name, then application-name, then the title.
   Letters are compared transliterated to ASCII and case-folded (`fold`, AnyAscii: "Hızlıgetir" on
   hizligetir.com.tr, "Sănătatea Ta" on sanatateata.ro), the label too where it is punycode (münchen.de). A
   name written in another script than Latin is confirmed when its transliteration is within one edit per
   three letters of the label, no more edits than it has transliterated letters: conventions differ
   (Ukrainian "Ринок" is "rinok" to AnyAscii, "rynok" on rynok.ua); a Latin name is read as written
   ("Política" is no name of politico.com), German's umlauts also as the language writes them without
   ("Müller" on mueller.de). Words around the run are not taken in: "Mon Orange", "Support
   Apple", "GitHub Docs" name a part of a site (a colleague's review of a first form that took a declared
   name's leading words: "Kundenservice Amazon"), so "Clinicile Sănătatea Ta" is "Sănătatea Ta";
2. failing 1, the longest run (at least 3 letters) found inside the registrable label ("HER" on
   weareher.com, "Lex" on help.thisislex.app).

Otherwise the site stays unnamed (its key still names it). The rule has no list of brands.
Developed on ota-dating: 19 of 25 companies named, none wrongly. Measured on ota-genai-contrib, not used
to develop it: 30 of 38 named, none wrongly (one partly: "Nous" for Nous Research on nousresearch.com).
Transliteration changed none of those and named 11 more of realpages-dev's 144 pages in 30 languages
(ТАСС, УНН, 半月谈, ドキドメ, EL PAÍS, Dalloz Actualité for "Dalloz"), none wrongly.
"""
from __future__ import annotations

import html
import re
import unicodedata
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


def page_names(body: bytes, content_type: str | None = None) -> list[str]:
    """og:site_name, application-name and the title of an HTML page, in that order (those it has), its bytes read
    as its text is (`extract.html.decode`: the charset the server or the page declares, else UTF-8, else
    detected): a Romanian utility's "Apa Carpaţi" in windows-1250, read as UTF-8, was "Apa Carpa" (a simulated
    collection, `benchmarks/simulated.py`)."""
    from .extract.html import decode
    text = decode(body, content_type)[:HEAD_BYTES]
    parser = _Head()
    try:
        for i in range(0, len(text), 8192):
            parser.feed(text[i:i + 8192])
            if parser.done:
                break
    except Exception:  # noqa: BLE001 - a page too broken to parse has no name to give
        pass
    out = [parser.meta.get("og:site_name"), parser.meta.get("application-name"),
           html.unescape(" ".join("".join(parser.title).split()))]
    return [o for o in out if o]


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


def name_from_page(body: bytes, host: str, content_type: str | None = None) -> str | None:
    """The company's name as its page gives it and its host confirms it (module docstring), or None.
    `content_type`: the response's header, whose charset the page is read in.

    The name is the page's own span of text, separators included ("Copy.ai", "Christian Mingle"), and takes
    in a following word that is the host's top-level domain ("Stability AI" on stability.ai)."""
    labels, registrable = host_labels(host)
    if not registrable:
        return None
    tld = host.lower().rsplit(".", 1)[-1] if "." in host else ""
    texts = page_names(body, content_type)
    target = _label_letters(registrable)  # not a subdomain: privacy.example.com is not "Privacy"
    if not target:
        return None
    found = _runs(texts, lambda joined, _: joined == target, tld)
    if found is None:  # the host's own spelling first: "Schön, dass Sie da sind | Schoen Klinik" is Schoen's
        found = _runs(texts, lambda _, raw: fold(raw.translate(_UMLAUTS)) == target, tld)
    if found is None:
        found = _runs(texts, lambda joined, raw: _near(joined, target, raw), tld)
    if found is None:
        found = _runs(texts, lambda joined, _: len(joined) >= MIN_PARTIAL and joined in target, tld, longest=True)
    return found


# German's own transliteration (DIN 5007-2, as its hosts write names: "Müller" on mueller.de), beside AnyAscii's
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
NEAR_MIN = 4  # letters a transliterated name and the label need before a near match counts


def _near(joined: str, target: str, raw: str) -> bool:
    """Is a run written in another script than Latin (`raw` as written) within one edit per three letters of the
    label, and within as many edits as it has transliterated letters?"""
    translit = sum(1 for ch in raw if not ch.isascii() and ch.isalnum())
    if not translit or len(joined) < NEAR_MIN or len(target) < NEAR_MIN or _latin(raw):
        return False
    limit = min(translit, len(target) // 3)
    return abs(len(joined) - len(target)) <= limit and _edits(joined, target, limit) <= limit


def _latin(raw: str) -> bool:
    """Is any letter of `raw` a Latin one ("Política", "Müller")? Those are read by their letters as written,
    accents aside: a near match is for names in another script, whose transliterations differ."""
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in raw)


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
def _runs(texts: list[str], ok, tld: str, longest: bool = False) -> str | None:
    """The first (or the longest) run of up to MAX_WORDS words of `texts` whose joined letters pass `ok`."""
    best, best_len = None, 0
    for text in texts:
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
                span = text[start:end]
                if not longest:
                    return span
                best, best_len = span, len(joined)
    return best
