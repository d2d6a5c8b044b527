"""Amounts of money in any of the vocabulary's languages, by CLDR's currencies (`currencies.json`).

    from archive.extract.currencies import amounts
    amounts("Цена от 200 лв. · เพียง 550 บาท")   # -> [(8, 15), (24, 31)]: "200 лв.", "550 บาท"

An offer, a price list or a donation's tally states money; a policy's fees rarely stand alone in a box. The
signs are CLDR's, by Babel: every symbol any of the vocabulary's languages gives any currency ("€", "лв.", "zł",
"R$", "฿", "د.إ"), the ISO codes of each language's own currencies since 2000 in capitals after a figure (the
four `CODES_BEFORE` before one too), and their one-word names ("บาท", "euro", "円"), with what sites write that
CLDR has not (`WRITTEN`). Babel reads 73 locales' data in about a second, so the list is kept in
`currencies.json`, written by `python -m archive.extract.currencies` (a test checks each language's own sign
against Babel's).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path

DATA = Path(__file__).with_name("currencies.json")
SINCE = dt.date(2000, 1, 1)  # a language's own currencies: those in tender in its main territory since then
# what sites write for their currency that CLDR's symbols are not ("200 грн", "50 lei", "100 TL", "د.إ" without its dot)
WRITTEN = ("грн", "руб", "lei", "TL", "тг", "din", "дин", "د.إ", "ر.س")
SPACES = 3  # between a figure and its sign: a space, or the spaces of markup set apart ("<b>550</b> บาท")
# ISO codes that stand before a figure ("EUR 17", "USD 20"); after one, so does the code of any language's own
# currency ("200 BGN"): "TOP 5", "PHP 8", "SOS 112" are no money (a colleague's review)
CODES_BEFORE = frozenset(("EUR", "USD", "GBP", "CHF"))
# a figure, its thousands grouped by a dot, a comma or a space ("1.299,00", "50 000")
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*")


def amounts(text: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the amounts of money the text states, in order, each a figure with a currency's
    sign, code or name just after or before it (SPACES spaces between at most), the sign in the span: "50 € offerts",
    "$20 off", "100 EUR", "Цена от 200 лв.", "เพียง 550 บาท", "Rp 50.000", "1.299,00 zł". A sign of one Latin letter
    ("R", "K") is no sign alone; a sign that starts or ends with a letter of a script that spaces its words (Latin
    to Devanagari) starts or ends a word there ("5 Ftw" is none, "200 лв.Поръчай" is one); names match in any
    case."""
    signs, names, codes, lengths = _signs()

    def sign(start: int, end: int) -> bool:
        word = text[start:end]
        if word not in signs and word.lower() not in names:
            return False
        return not (_spaced(word[0]) and text[start - 1:start].isalpha()) and \
            not (_spaced(word[-1]) and text[end:end + 1].isalpha())
    spans = []
    for m in _FIGURE.finditer(text):
        at = m.end() + len(text[m.end():m.end() + SPACES]) - len(text[m.end():m.end() + SPACES].lstrip())
        end = next((at + n for n in lengths if at + n <= len(text) and sign(at, at + n)), None)
        if end is None and text[at:at + 3] in codes and not text[at + 3:at + 4].isalpha():
            end = at + 3
        if end is not None:
            spans.append((m.start(), end))
            continue
        gap = text[max(0, m.start() - SPACES):m.start()]
        at = m.start() - (len(gap) - len(gap.rstrip()))
        start = next((at - n for n in lengths if at - n >= 0 and sign(at - n, at)), None)
        if start is None and at >= 3 and text[at - 3:at] in CODES_BEFORE and not text[at - 4:at - 3].isalpha():
            start = at - 3
        if start is not None:
            spans.append((start, m.end()))
    return spans


def _spaced(c: str) -> bool:
    """Is the character a letter of a script that spaces its words (Latin to Devanagari)?"""
    return c.isalpha() and ord(c) < 0x0E00


@functools.lru_cache(maxsize=1)
def _signs() -> tuple[frozenset, frozenset, frozenset, tuple[int, ...]]:
    """The signs, the names (lower-cased), the ISO codes and the signs' and names' lengths, longest first, from
    `currencies.json`."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    signs, names = frozenset(data["signs"]), frozenset(data["names"])
    return signs, names, frozenset(data["codes"]), tuple(sorted({len(w) for w in signs | names}, reverse=True))


def from_cldr() -> dict[str, list[str]]:
    """The signs, names and codes as Babel's CLDR gives them today: {"signs": [...], "names": [...], "codes":
    [...]}, each sorted; the names lower-cased."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

    from ..classify.vocab import VOCAB
    from .meta import _DATEPARSER_CODES
    likely = get_global("likely_subtags")
    signs, names, codes, iso = set(WRITTEN), set(), set(CODES_BEFORE), set(list_currencies())
    for code in sorted({"en", *VOCAB.languages}):
        try:
            loc = Locale.parse(_DATEPARSER_CODES.get(code, code))
        except (UnknownLocaleError, ValueError):
            continue
        signs.update(s.strip("\u200e\u200f ") for s in loc.currency_symbols.values())
        if not (territory := likely.get(loc.language, "").rpartition("_")[2]):
            continue
        for cur in get_territory_currencies(territory, SINCE, dt.date.today()):
            codes.add(cur)
            names.update(n.lower() for n in {get_currency_name(cur, count, loc) for count in (None, 1, 2, 5, 1.5)}
                         if n and " " not in n)
    return {"signs": sorted(s for s in signs if s and s != "¤" and not re.fullmatch(r"[A-Za-z]", s) and s not in iso),
            "names": sorted(names), "codes": sorted(codes)}


if __name__ == "__main__":
    DATA.write_text(json.dumps(from_cldr(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {DATA}")
