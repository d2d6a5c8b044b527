"""Amounts of money in any of the vocabulary's languages (archive/extract/currencies.py)."""
from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies

from archive.classify.vocab import VOCAB
from archive.extract.currencies import amounts


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in amounts(text)]


def test_amounts_with_a_sign_before_or_after_in_any_script():
    assert spans("Цена от 200 лв.Поръчай") == ["200 лв."]  # glued to the next line's word by markup
    assert spans("เพียง  550  บาท  จองผ่าน LINE") == ["550  บาท"]
    assert spans("Rp 50.000 · 1.299,00 zł · 10,000,000円 · RM 50,000 · US$5") == [
        "Rp 50.000", "1.299,00 zł", "10,000,000円", "RM 50,000", "US$5"]
    assert spans("147.894,00 € angariados de 150.000,00 €") == ["147.894,00 €", "150.000,00 €"]
    assert spans("EUR 17 · USD5 · 200 BGN") == ["EUR 17", "USD5", "200 BGN"]  # a code before a figure: four only


def test_figures_that_are_no_money_are_none():
    for text in ("Version 3.1 of 2024", "We keep data for 5 years", "Art. 6 DSGVO", "section 5 R", "5 Ftw",
                 "GRp 5", "100 ALLx", "Tel. 0888 123 456", "TOP 5 Fragen", "runs on PHP 8", "καλέστε SOS 112"):
        assert amounts(text) == [], text


def test_each_languages_own_currency_sign_is_known():
    """The stored list (`currencies.json`) holds the symbol CLDR gives each of the vocabulary's languages for the
    currency of its main territory today (nearly all: a newer Babel may give a new sign before the list is
    rewritten, and a clean install must not fail on that)."""
    likely = get_global("likely_subtags")
    checked, known = 0, 0
    for code in sorted(VOCAB.languages):
        loc = Locale.parse({"no": "nb"}.get(code, code))
        territory = likely.get(loc.language, "").rpartition("_")[2]
        for cur in get_territory_currencies(territory, dt.date.today()) if territory else ():
            sign = loc.currency_symbols.get(cur, cur).strip("\u200e\u200f ")
            if not (len(sign) == 1 and sign.isascii() and sign.isalpha()):  # ("R", "K": no sign alone)
                checked += 1
                known += spans(f"Preis 25 {sign} heute") == [f"25 {sign}"]
    assert checked >= len(VOCAB.languages) - 5 and known >= 0.95 * checked, (known, checked)
