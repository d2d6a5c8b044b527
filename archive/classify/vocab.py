"""The legal-page vocabularies of 59 languages (`vocabulary.json`), and matching that folds spelling.

    from archive.classify.vocab import VOCAB, fold
    VOCAB.find("politique de confidentialité", "policy")    # -> [("politique de confidentialite", "fr")]
    VOCAB.has(fold("Adatvédelem"), "privacy")               # -> True
    VOCAB.url_hits("/polityka-prywatnosci.html")            # -> {"policy": [...], "privacy": [...]}

Categories (each a list per language in the data file): `policy` (phrases naming the privacy policy),
`privacy` (the subject: privacy, data protection, personal data), `url` (slugs and transliterations),
`terms`, `imprint`, `cookies`, `choices` (privacy settings, opt-outs), `hub` (legal hubs), `body` (words
a policy's text uses); and for every language at once `blog`, `security`, `specific` (notices for one
audience). Every word comes from general knowledge of each language, none from a page of a test set.

Matching folds both sides the same way (`fold`): NFKC, lower case, combining marks dropped (so
"confidentialité" = "confidentialite", "Ё" = "Е"), Arabic/Persian letter variants unified. A phrase
that starts with a letter of a spaced script must start a word; one of 5 characters or fewer must also
end one; phrases in CJK, Thai or Hangul match anywhere.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("vocabulary.json")
CATEGORIES = ("policy", "privacy", "url", "terms", "imprint", "cookies", "choices", "hub", "body", "other_legal")
SHARED = ("blog", "security", "specific", "account")
_ARABIC = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "\u200c": " ",
                        "\u0640": None})  # the tatweel: a justified line's stretch, no letter
_WS = re.compile(r"\s+")
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")


def fold(text: str | None) -> str:
    """Text as matching sees it: NFKC, lower case, no combining marks, one space between words."""
    if text and len(text) < 200:
        return _fold_short(text)
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str | None) -> str:
    if text and text.isascii():  # nothing to decompose: the fast path for most of the web
        return _WS.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = unicodedata.normalize("NFKD", text)
    if len(text.encode("ascii", "ignore")) * 4 > 3 * len(text):  # mostly Latin: look at the few other characters
        text = _NON_ASCII.sub(_drop_mark, text)
    else:
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _WS.sub(" ", unicodedata.normalize("NFC", text).translate(_ARABIC)).strip()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_mark(m: re.Match) -> str:
    """A combining mark (an accent NFKD split off) -> ''; any other character as it is."""
    return "" if unicodedata.combining(m.group()) else m.group()


def slug(phrase: str) -> str:
    """A folded Latin-script phrase as a URL slug ('ochrana osobních údajů' -> 'ochrana-osobnich-udaju');
    '' for other scripts."""
    f = fold(phrase)
    if not f.isascii():
        return ""
    return re.sub(r"[^a-z0-9]+", "-", f).strip("-")


def _unspaced(ch: str) -> bool:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False
    return name.startswith(_UNSPACED) or "IDEOGRAPH" in name


_WORD_START = re.compile(r"(?<!\w)\w")


class Matcher:
    """Finds phrases in folded text in one pass over its word starts (and, for phrases of unspaced
    scripts, over its characters): a dictionary lookup per place instead of a regex alternation of
    thousands of phrases."""

    def __init__(self, phrases):
        self.spaced: dict[str, list[str]] = {}
        self.unspaced: dict[str, list[str]] = {}
        for p in sorted({p for p in phrases if p}, key=len, reverse=True):
            if _unspaced(p[0]):
                self.unspaced.setdefault(p[0], []).append(p)
            else:
                self.spaced.setdefault(p[:3], []).append(p)
        self.short_keys = sorted({len(k) for k in self.spaced if len(k) < 3})
        # the places where an unspaced phrase may start: a regex scan instead of a loop over every character
        self.unspaced_start = re.compile("[" + "".join(re.escape(c) for c in self.unspaced) + "]") \
            if self.unspaced else None

    def _at(self, text: str, i: int):
        for key in (text[i:i + 3], *(text[i:i + n] for n in self.short_keys)):
            for p in self.spaced.get(key, ()):
                if text.startswith(p, i):
                    end = i + len(p)
                    if len(p) <= 5 and end < len(text) and (text[end].isalnum() or text[end] == "_"):
                        continue
                    return p
        return None

    def finditer(self, text: str):
        if self.spaced:
            for m in _WORD_START.finditer(text):
                p = self._at(text, m.start())
                if p:
                    yield p
        if self.unspaced_start is not None:
            for m in self.unspaced_start.finditer(text):
                i = m.start()
                for p in self.unspaced[text[i]]:
                    if text.startswith(p, i):
                        yield p
                        break

    def findall(self, text: str) -> list[str]:
        return list(self.finditer(text))

    def search(self, text: str) -> bool:
        return next(self.finditer(text), None) is not None


def _pattern(phrases) -> Matcher | None:
    phrases = [p for p in phrases if p]
    return Matcher(phrases) if phrases else None


class Vocabulary:
    """The data file, folded and compiled once."""

    def __init__(self, path: Path = DATA):
        raw = json.loads(path.read_text(encoding="utf-8"))
        self.languages: dict[str, dict[str, list[str]]] = raw["languages"]
        self.names = {code: entry.get("name", code) for code, entry in self.languages.items()}
        self.lang_of: dict[tuple[str, str], set[str]] = {}
        self.words: dict[str, list[str]] = {}
        for cat in CATEGORIES:
            words = []
            for code, entry in self.languages.items():
                for w in entry.get(cat, []):
                    f = fold(w) if cat != "url" else w.lower()
                    words.append(f)
                    self.lang_of.setdefault((cat, f), set()).add(code)
            self.words[cat] = words
        for cat in SHARED:
            self.words[cat] = [fold(w) for w in raw["all_languages"][cat]]
        self.third_party = set(raw["third_party_platforms"])
        self.hosting = set(raw["hosting_services"])
        self._re = {cat: _pattern(words) for cat, words in self.words.items()}

    # --- text ---------------------------------------------------------------------------------------
    def find(self, folded: str, cat: str) -> list[str]:
        """The phrases of `cat` in already-folded text, longest first at each place."""
        pat = self._re.get(cat)
        return pat.findall(folded) if pat is not None and folded else []

    def has(self, folded: str, cat: str) -> bool:
        pat = self._re.get(cat)
        return bool(pat is not None and folded and pat.search(folded))

    def kinds(self, folded: str, cats=("terms", "imprint", "cookies", "choices", "hub", "blog", "security")) -> list[str]:
        return [c for c in cats if self.has(folded, c)]

    def languages_of(self, cat: str, phrase: str) -> set[str]:
        return self.lang_of.get((cat, phrase), set())

    # --- URLs ----------------------------------------------------------------------------------------
    @cached_property
    def _url_slugs(self) -> dict[str, set[str]]:
        """Slugs per category: the explicit `url` words, and slugs of every Latin-script phrase."""
        out: dict[str, set[str]] = {}
        for cat in ("policy", "privacy", "terms", "imprint", "cookies", "choices"):
            out[cat] = {s for w in self.words[cat] if (s := slug(w)) and len(s) >= 3}
        out["url"] = {w for w in self.words["url"]}
        return out

    @cached_property
    def _url_matchers(self) -> dict[str, Matcher]:
        """Per category, the slugs with '-' between words and, for long ones, run together."""
        out = {}
        for cat, slugs in self._url_slugs.items():
            forms = set(slugs) | {s.replace("-", "") for s in slugs if len(s) >= 8}
            out[cat] = Matcher(forms)
        return out

    def url_hits(self, url_path: str) -> dict[str, list[str]]:
        """Categories whose slugs (or, for non-Latin URLs, phrases) occur in a percent-decoded path+query."""
        low = fold(url_path).lower()
        dashed = re.sub(r"[-_.+ ]+", "-", low)
        hits: dict[str, list[str]] = {}
        for cat, matcher in self._url_matchers.items():
            found = matcher.findall(dashed)
            if found:
                hits[cat] = found
        spaced = re.sub(r"[-_/.+=?&]+", " ", low)
        if not spaced.isascii():
            for cat in ("policy", "privacy", "terms", "imprint", "cookies", "choices"):
                found = self.find(spaced, cat)
                if found:
                    hits.setdefault(cat, []).extend(found)
        return hits


VOCAB = Vocabulary()
