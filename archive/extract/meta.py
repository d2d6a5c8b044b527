"""Metadata of a policy text: its title, its language, and the date it declares ("Last updated ...").

Our own small parsers instead of trafilatura's metadata pass: that pass (with htmldate) costs more than
the extraction itself and looks for a publication date, whereas a policy's date of record is the one its
text states next to a label such as "Effective date" or "Stand".
"""
from __future__ import annotations

import collections
import datetime as dt
import functools
import logging
import os
import re
import unicodedata

from .spam import is_spam
from .normalise import CJK, OTHER_DIGIT

log = logging.getLogger(__name__)

# --- title -----------------------------------------------------------------------------------------
_TITLE_SEP = re.compile(r"\s+[|\-–—·:_»]\s+|\s*[|–—»]\s*")


def title_from_tree(tree) -> str | None:
    """og:title, <title> or the first <h1>, whichever is not injected spam."""
    cands = []
    for xp in ('//meta[@property="og:title"]/@content', "//title//text()", "//h1"):
        for v in tree.xpath(xp)[:2]:
            t = v if isinstance(v, str) else " ".join(v.itertext())
            t = re.sub(r"\s+", " ", t).strip()
            if t:
                cands.append(t)
    for t in cands:
        if not is_spam(t) and 2 <= len(t) <= 300:
            return t
    return None


_SECTION_NUMBER = re.compile(r"^(?:§\s*)?(?:\(?(?:\d+|[ivxlc]+)(?:\.\d+)*[.)]|\d+(?:\.\d+)+)\s", re.I)


def title_from_markdown(markdown: str) -> str | None:
    """The text's first heading (level 1 to 3) as its title, for a page without one; None when that heading
    is numbered ("1. Qui sommes-nous ?", "2.1 Who we are"): a section's, not the document's (a citation
    titled so named a section, on real pages whose markup has no title)."""
    for line in markdown.splitlines()[:40]:
        m = re.match(r"^#{1,3}\s+(.+)$", line.strip())
        if m and not is_spam(m.group(1)):
            title = re.sub(r"[*_`\\]", "", m.group(1)).strip()
            return None if _SECTION_NUMBER.match(title) else title
    return None


# --- language --------------------------------------------------------------------------------------
_LANG_READY = False


_STOPWORDS = {
    "en": "the and of to in you your we our is for that with are this or by be as may",
    "de": "der die und das ist sie ihre wir nicht mit von zu den auf für eine dass werden",
    "fr": "le la les et des vous vos nous est pour que dans une du qui sur pas par",
    "es": "el la los las y de que en para con por una sus nuestra usted del se",
    "it": "il di che la e per non una sono con dei della gli le nel questo",
    "pt": "o os as e que para com uma não dos das seus nossa você pelo",
    "nl": "de het en van een je uw wij we is voor niet met op dat zijn",
}
# only the words of one language count: "de" and "la" are French, Spanish and Dutch alike, and made French
# and German pages tie with their neighbours and go to langdetect (~8 ms each)
_SHARED = {w for w, n in collections.Counter(w for ws in _STOPWORDS.values() for w in set(ws.split())).items()
           if n > 1}
_STOP = {lang: frozenset(words.split()) - _SHARED for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")


_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _by_stopwords(text: str) -> str | None:
    """The common European languages by their function words: clear-cut answers only, fast."""
    words = [w.lower() for w in _WORD.findall(text[:3000])[:300]]
    if len(words) < 40:
        return None
    counts = collections.Counter(words)
    scores = sorted(((sum(counts[w] for w in stop), lang) for lang, stop in _STOP.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= 0.1 * len(words) and best >= 3 * second:
        return lang
    return None


# scripts written by one language each, which langdetect has no profile for: it named a Georgian policy
# Estonian, so its dates went unread in that language (`benchmarks/simulated.py`'s platforms_world)
_OWN_SCRIPTS = {"ka": re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]"), "hy": re.compile(r"[\u0531-\u058f]"),
                "km": re.compile(r"[\u1780-\u17ff]"), "my": re.compile(r"[\u1000-\u109f]"),
                "si": re.compile(r"[\u0d80-\u0dff]"), "lo": re.compile(r"[\u0e80-\u0eff]"),
                "am": re.compile(r"[\u1200-\u137f]")}


# letters of one language's alphabet that no language langdetect knows writes (CLDR's exemplar characters), half
# their share of the letters of a text in that language (Kazakh's ә ғ қ ң ө ұ ү һ are about one letter in eleven,
# Icelandic's þ and ð one in twenty-seven), a letter only it has (one at least), and the letters of the alphabets
# that share them: Uzbek's and Tajik's Cyrillic write қ and ғ with ў, ҳ, ҷ, ӣ or ӯ, Bashkir's with ҡ, ҙ, ҫ;
# Faroese writes ð with ø, Norwegian and Danish name an Icelandic firm with þ among their ø and å. langdetect called
# an Icelandic policy Norwegian and a Kazakh one Russian, whose month names are not Kazakh's: no date of a Kazakh
# policy was read (`benchmarks/simulated.py`'s fetches_world). A Russian policy naming a Kazakh firm
# («Қазақ Құрылыс Қоры») stays Russian (a colleague's review).
_OWN_LETTERS = {"kk": (re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]"), 0.045, re.compile(r"[ұҰқҚ]"),
                       re.compile(r"[ўЎҳҲҷҶӣӢӯӮҡҠҙҘҫҪ]")),
                "is": (re.compile(r"[þðÞÐ]"), 0.018, re.compile(r"[þÞ]"), re.compile(r"[øØåÅ]"))}


def _own_script(sample: str) -> str | None:
    """The language whose own script (`_OWN_SCRIPTS`) writes most of the sample's letters, or whose own letters
    (`_OWN_LETTERS`) are half their share in that language's texts or more, if any."""
    letters = sum(len(w) for w in _WORD.findall(sample))
    for code, script in _OWN_SCRIPTS.items():
        if letters and len(script.findall(sample)) > 0.5 * letters:
            return code
    for code, (own, share, only, shared) in _OWN_LETTERS.items():
        if letters and len(own.findall(sample)) >= share * letters and only.search(sample) and \
                not shared.search(sample):
            return code
    return None


def language(text: str) -> str | None:
    """ISO 639-1 code of the text: function words for clear cases, a script only one language writes (Georgian,
    Armenian, Khmer, Burmese, Sinhala, Lao, Ethiopic: langdetect knows none of them) or letters only its alphabet
    has (Icelandic, Kazakh), else langdetect (seeded,
    so the same text always gets the same answer)."""
    global _LANG_READY
    quick = _by_stopwords(text)
    if quick:
        return quick
    sample = text[:600]  # enough for a stable answer; langdetect's cost grows with the sample
    if len(sample.strip()) < 20:
        return None
    if (own := _own_script(sample)) is not None:
        return own
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - a dependency
        return None
    if not _LANG_READY:
        DetectorFactory.seed = 0
        _LANG_READY = True
    try:
        code = detect(sample).split("-")[0].lower()
    except LangDetectException:
        return None
    if code in ("ko", "ja") and not (_HANGUL if code == "ko" else _KANA).search(sample) and _HAN.search(sample):
        return "zh"  # langdetect reads Traditional Chinese as Korean or Japanese at times: neither is written so
    return code


# --- declared date ---------------------------------------------------------------------------------
MONTHS = {
    # en
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # es / pt / it / nl
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5,
    "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12, "januari": 1, "februari": 2,
    "maart": 3, "mei": 5, "augustus": 8,
    # CLDR's abbreviations in these languages that no English word spells ("28 févr. 2024", "3. Okt. 2024",
    # "12 mrt. 2024", "5 dic. 2024"; "ago", "out", "set" and "gen" are left out: English words before a year)
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "okt": 10, "dez": 12, "mrt": 3, "ene": 1,
    "abr": 4, "dic": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# labels, strongest first: a "last updated" date is the policy's date of record; an effective date next
_LABELS_UPDATED = (
    r"last\s+(?:updated|modified|revised|amended|changed|reviewed)(?:\s+in(?=\s))?|"
    r"date\s+of\s+last\s+(?:update|revision)|"
    r"last\s+(?:update|revision)|"
    r"updated(?:\s+on|\s+as\s+of)?|revised(?:\s+on)?|revision\s+date|(?<![a-z])version\s+(?:date|of|du|vom)|"
    # ...opening its line: "sostituisce la versione del 25 maggio 2018" names an earlier version (a review)
    r"(?:(?<![^\n*_])|(?<=# ))(?:versie\s+van|versione\s+del|versão\s+de|wersja\s+z(?:\s+dnia)?|verze\s+z)|"
    r"(?<![a-z])stand|zuletzt\s+(?:aktualisiert|geändert)|letzte\s+(?:aktualisierung|änderung)|aktualisiert\s+am|"
    r"geändert\s+am|fassung\s+vom|laatste\s+wijziging|laatst\s+gewijzigd|gewijzigd\s+op|laatst\s+aangepast(?:\s+op)?|"
    r"laatste\s+aanpassing|laatst\s+herzien|"
    r"última\s+(?:revisão|alteração|revisión)|revisto\s+em|fecha\s+de\s+actualización|(?<![a-z])versión|"
    r"ultima\s+(?:modifica|revisione)|modificat[oa]\s+il|更新日|最終改訂日?|改訂日|최종\s*(?:변경|개정)일?|"
    r"dernière\s+mise\s+à\s+jour|derniere\s+mise\s+a\s+jour|mis\s+à\s+jour\s+le|"
    r"(?:mise\s+à\s+jour|modifiée|révisée)\s+pour\s+la\s+dernière\s+fois(?:\s+le)?|mise\s+à\s+jour|"
    r"(?<![a-z])version(?=\s*[:：])|"
    r"última\s+actualización|ultima\s+actualizacion|actualizado\s+el|última\s+modificación|"
    r"actualizad[oa]\s+por\s+[úu]ltima\s+vez(?:\s+el)?|atualizad[oa]\s+pela\s+[úu]ltima\s+vez(?:\s+em)?|"
    r"aggiornat[oa]\s+per\s+l['’]ultima\s+volta(?:\s+il)?|"
    r"ultimo\s+aggiornamento|aggiornat[oa]\s+(?:alla\s+data\s+del|al|il)|última\s+atualização|atualizado\s+em|"
    r"data\s+(?:di|dell['’]\s*ultimo|ultimo)\s+aggiornamento(?:\s+dell['’]\s*informativa)?|"
    r"data\s+d[ae]\s+(?:última\s+)?atualização|"
    r"laatst\s+bijgewerkt|bijgewerkt\s+op|更新日期|更新时间|更新時間|更新于|更新於|最近更新|最后更新|最後更新|修订日期|"
    r"最終更新日?|改定日|최종\s*(?:수정|업데이트)일?")
_LABELS_EFFECTIVE = (
    r"effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|in\s+(?:force|effect)\s+(?:since|from|as\s+of)|"
    r"applies\s+from|valid\s+(?:from|as\s+of)|gültig\s+ab|(?:gilt|gelten)\s+(?:ab|seit)|in\s+kraft\s+seit|wirksam\s+ab|"
    r"s['’]applique\s+(?:à\s+(?:partir|compter)\s+du|à\s+(?:partir|compter)\s+de|dès\s+le)|"
    r"(?:entre|entrée)\s+en\s+vigueur\s+le|"
    r"en\s+vigueur(?:\s+(?:le|au|à\s+compter\s+du|depuis\s+le))?|date\s+d['’]effet|applicable\s+(?:à\s+compter\s+du|dès\s+le)|"
    r"fecha\s+de\s+(?:entrada\s+en\s+vigor|vigencia)|"
    # opening a line or after a dash or a colon ("Versão 1.0 — vigente a partir de …"), not a law's date after
    # its name ("el Reglamento General de Protección de Datos, vigente a partir del 25 de mayo de 2018")
    r"(?:(?<![^\n*_])|(?<=[—–:] ))(?:vigente\s+(?:desde|a\s+partir\s+d(?:e|el|o))|en\s+vigor\s+desde|"
    r"em\s+vigor\s+(?:desde|a\s+partir\s+de))|"
    r"data\s+di\s+(?:efficacia|entrata\s+in\s+vigore)|in\s+vigore\s+dal|data\s+de\s+vigência|"
    r"van\s+kracht\s+(?:vanaf|sinds|per)|datum\s+(?:van\s+)?inwerkingtreding|in\s+werking\s+(?:sinds|vanaf|per)|"
    r"生效日期|生效时间|施行日|制定日|有効日|発効日|发布日期|發布日期|시행일|(?<![a-z])date")
# the words of a version's or a date of effect's label, in the policy's own date line ("Version publiée le", "Fassung
# vom", "Effective", "en vigueur", "in Kraft", "施行", "시행"): not a page's stamp of its saving or publication
POLICY_DATE_WORD = re.compile(r"versi|fassung|wersj|редакц|effect|vigueur|vigor|vigen|kraft|valid|gültig|"
                              r"in force|forza|施行|生效|시행|"
                              # (a colleague's review: "Hatályos: 2025.03.01. 00:00-tól", a date of effect with
                              # its hour, is no stamp of a save) Hungarian, Czech, Dutch, Nordic, Finnish, Turkish,
                              # Romanian, Italian, Polish, Russian and Ukrainian words of effect
                              r"hatály|účinn|van kracht|ikraft|voimaan|voimassa|yürürl|vigoare|efficac|obowiązuj|"
                              r"в силу|чинн", re.I)
# the word for "year" after a year that comes first, in CLDR's long date forms: Kazakh "y 'ж'. d MMMM" ("2022 жылғы
# 19 желтоқсан", "2022 ж. 19 желтоқсан"), Latvian "y. 'gada' d. MMMM", Lithuanian "y 'm'. MMMM d 'd'.", Mongolian
# "y 'оны' MMMM'ын' d", Kyrgyz "y-'ж'. d-MMMM"
_YEAR_WORD = r"(?:жылғы|жылы|жылдын|ж\.|gada|m\.|оны)"


def _date_pattern(month_re: str) -> str:
    """The forms of a written date, with these month names: ISO and CJK (2024-03-01, 2024年3月1日), Korean
    (2024년 3월 1일, its day's 일 left out before 부터, "from": "2023년 6월 15부터"), Vietnamese (ngày 1 tháng 3
    năm 2024), numeric (01/03/2024), day month year, month day year, year month day (Hungarian: 2024. március
    1.), month year. A year is 19xx, 20xx, or of the Buddhist
    era (25xx, Thai: `_to_date` converts it) after a month name."""
    year = r"(?:19|20|25)\d\d"
    return (
        r"(?P<iso>(?P<y1>(?:19|20)\d\d)(?:\s?年|[-/.])\s?(?P<m1>\d{1,2})(?:\s?月|[-/.])\s?(?P<d1>\d{1,2})(?:\s?日)?)|"
        r"(?P<ko>(?P<y7>(?:19|20)\d\d)년\s?(?P<m7>\d{1,2})월\s?(?P<d7>\d{1,2})(?:일|(?=\s?부터)))|"
        r"(?P<vi>(?P<d8>\d{1,2})\s+tháng\s+(?P<m8>\d{1,2}),?\s+năm\s+(?P<y8>(?:19|20)\d\d))|"
        r"(?P<num>(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y2>(?:19|20)?\d\d))\b|"
        rf"(?P<dmy>(?P<d3>\d{{1,2}})(?:er|st|nd|rd|th|\.|º)?\s*(?:de\s+|of\s+)?(?P<m3>{month_re})\.?,?\s*(?:de\s+)?(?P<y3>{year}))|"
        rf"(?P<mdy>(?P<m4>{month_re})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>{year}))|"
        rf"(?P<ymd>(?P<y9>(?:19|20)\d\d)\.\s+(?P<m9>{month_re})\.?\s+(?P<d9>\d{{1,2}})\.?)|"
        rf"(?P<ywdm>(?P<y10>(?:19|20)\d\d)\.?\s+{_YEAR_WORD}\s+(?P<d10>\d{{1,2}})\.?\s+(?P<m10>{month_re}))|"
        rf"(?P<ywmd>(?P<y11>(?:19|20)\d\d)\.?\s+{_YEAR_WORD}\s+(?P<m11>{month_re})\s+(?P<d11>\d{{1,2}})(?!\d))|"
        rf"(?P<my>(?P<m5>{month_re})\.?,?\s+(?:de\s+)?(?P<y5>{year}))|"
        r"(?P<ym>(?P<y6>(?:19|20)\d\d)\s?年\s?(?P<m6>\d{1,2})\s?月)")


_DATE = _date_pattern(_MONTH_RE)
_GAP = r"[\s:：៖\-–—,.()\[\]*_]*(?:(?:is|was|on|le|du|am|vom|dem|el|del|de|em|il|dal|at|as\s+of|since)\s+)?[\s:：\-–—,.*_]*"


# Chinese, Japanese and Korean put the label after the date ("2024年4月1日改定", "自2024年1月1日起生效",
# "2026년 1월 29일부터 시행됩니다"): updated, then effective, as for the labels before a date
_SUFFIX_UPDATED = r"(?:改定|改訂|更新|修订|修訂|最終更新|개정)"
_SUFFIX_EFFECTIVE = r"(?:施行|起生效|生效|起施行|起实施|起實施|起适用|起適用|制定|부터\s*(?:시행|적용)|시행|적용)"
_CJK_DATE = (r"(?P<iso>(?P<y1>(?:19|20)\d\d)(?:\s?年|[-/.])\s?(?P<m1>\d{1,2})(?:\s?月|[-/.])\s?(?P<d1>\d{1,2})(?:\s?日)?)\.?|"
             r"(?P<ko>(?P<y7>(?:19|20)\d\d)년\s?(?P<m7>\d{1,2})월\s?(?P<d7>\d{1,2})(?:일|(?=\s?부터)))")
_SUFFIXED = tuple(re.compile(rf"(?:{_CJK_DATE})\s*(?:に|에|로|부로)?\s*{suffix}") for suffix in (_SUFFIX_UPDATED,
                                                                                              _SUFFIX_EFFECTIVE))


# a document's versions are read again at each new one (`record._settle_date_order`); the keys hold their texts
@functools.lru_cache(maxsize=32)
def declared_date(text: str, lang: str | None = None, not_after: str | None = None,
                  order: str | None = None) -> str | None:
    """The ISO date the policy states as its last update (else its effective date; else the date that stands
    alone under its title, `_dated_title`), or None.

    A date with only month and year ("updated: November 2021") is given as the first of that month.
    Numbers that read either way (8/11/2026) are read day first, unless the text writes a date that can only
    be month first; `not_after` (an ISO date: the day of the capture) settles them too, when only the other
    reading is not after it: a page taken on 2026-08-12 was not updated on 8 November 2026, and one taken on
    2026-05-12 not on 5 November ("Updated: 11/05/2026"): both are real captures, of an American and a
    French service's English pages, so neither order holds for a language. Only a date of update: a date the
    policy takes effect may be ahead of the capture ("applies from 01/02/2026" on a page taken on 2 January).
    `order` ("dmy" or "mdy") is the order another version of the same policy proved (`date_order`), which
    decides the numbers this text alone leaves open.
    """
    text = _ascii_digits(text)
    ends = _readable(_ends(text))
    order = order or numeric_order(ends)
    found, kind = _declared(ends, lang, order)
    if found is None and len(text) > _LONG:  # only the lines that write a year: reading all of a long text cost 5%
        ends = _readable("\n".join(line for line in text[5_000:-3_000].split("\n") if _YEAR_IN.search(line)))
        found, kind = _declared(ends, lang, order)  # (of an import)
    if found is None:
        found, kind = _dated_title(_readable(text[:2_000]), lang, order)
    if found and not_after and found > not_after and kind == "updated":  # a date it takes effect may be ahead
        other, _ = _declared(ends, lang, "dmy" if order == "mdy" else "mdy")
        if other and other <= not_after:
            return other
    return found


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20|25)\d\d(?!\d)")


_LONG = 8_000  # characters: a longer text is read at its ends first


def _ends(text: str) -> str:
    """Where a policy states its date: near the top or at the very end (scanning there first keeps reading
    cheap; the whole text is read when neither states one: "This Policy was last revised on January 3, 2025")."""
    return text[:5_000] + "\n" + text[-3_000:] if len(text) > _LONG else text


def _readable(text: str) -> str:
    """The text with its dates as our patterns read them: brackets around them gone, era years Gregorian, Khmer's
    words of a date's units gone."""
    if "ឆ្នាំ" in text:
        text = _KHMER_UNITS.sub(" ", text)
    return gregorian(_unbracketed(text))


# Khmer writes a date's parts after the words for their units, glued to them or not: "ថ្ងៃទី២៥ ខែកុម្ភៈ ឆ្នាំ២០២៥"
# (day 25, month Kumphak, year 2025), "ថ្ងៃអង្គារ ទី២៥ …" (Tuesday the 25th), as Vietnamese writes "ngày 25 tháng 2
# năm 2025"; read without them, as CLDR writes it ("25 កុម្ភៈ 2025")
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
_KHMER_UNITS = re.compile(r"ថ្ងៃ(?:អាទិត្យ|ច័ន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍|សុក្រ|សៅរ៍)?\s*ទី\s*(?=\d)|"
                          r"ខែ\s*(?=" + "|".join(KHMER_MONTHS) + r")|ឆ្នាំ\s*(?=\d)")


# a date, or a part of one, in brackets: a template's placeholder filled in ("2022年【3】月【2】日", "ตั้งแต่วันที่
# [27 พฤศจิกายน 2568]"); set apart by spaces, so that a footnote's mark after a year ("2024[1]") stays apart from it
_BRACKETED = re.compile(r"[\[【]\s*(\d[^\[\]【】\n]{0,38}?)\s*[\]】]")


def _unbracketed(text: str) -> str:
    return _BRACKETED.sub(r" \1 ", text) if "[" in text or "【" in text else text


# years of an era, as Japanese and Taiwanese policies date themselves ("令和7年11月12日改定", "中華民國113年1月1日"):
# the year before each era's first (令和 began in 2019, 平成 in 1989, 昭和 in 1926; the Republic of China counts
# from 1912), and 元年 its first year
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}
_ERA_YEAR = re.compile(r"(?:中華)?(令和|平成|昭和|民國|民国)\s*(元|\d{1,3})\s*年")


# a Thai year marked with its era: พ.ศ. (Buddhist era, 543 years ahead) or ค.ศ. (the Common era), between a
# month's name and its year ("10 มกราคม พ.ศ. 2568"), where no date pattern reads it
_THAI_ERA_YEAR = re.compile(r"(พ\.\s?ศ\.|ค\.\s?ศ\.)\s*(\d{4})")


# Thai months abbreviated as CLDR writes them: dateparser folds away their vowel marks, so "มี.ค." (March) read as
# "ม.ค." (January); written in full, as dateparser and our patterns read them
THAI_MONTHS = {"ม.ค.": "มกราคม", "ก.พ.": "กุมภาพันธ์", "มี.ค.": "มีนาคม", "เม.ย.": "เมษายน", "พ.ค.": "พฤษภาคม",
               "มิ.ย.": "มิถุนายน", "ก.ค.": "กรกฎาคม", "ส.ค.": "สิงหาคม", "ก.ย.": "กันยายน", "ต.ค.": "ตุลาคม",
               "พ.ย.": "พฤศจิกายน", "ธ.ค.": "ธันวาคม"}
_THAI_MONTH = re.compile("|".join(re.escape(m) for m in THAI_MONTHS))


_GREGORIAN_MARK = re.compile(r"(\d{4})\s?مـ?(?![\u0600-\u06ff])")  # (with the tatweel that stretches it, "2023مـ")

# a date of the Solar Hijri calendar, as Iranian policies date themselves ("۲۱ بهمن ۱۴۰۱", "۵ مهر ماه ۱۴۰۲"): its
# day, its month's Persian name and its year, in either script's digits
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                      "اسفند")
_SOLAR_HIJRI = re.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(SOLAR_HIJRI_MONTHS) + r"|امرداد)(?:\s*ماه)?\s*(?:سال\s*)?"
                          r"(1[34]\d\d|[۱١][۳۴٣٤][\d]{2})(?!\d)")


def _from_solar_hijri(m: re.Match) -> str:
    from convertdate import persian
    month = 5 if m[2] == "امرداد" else SOLAR_HIJRI_MONTHS.index(m[2]) + 1
    try:
        year, mon, day = persian.to_gregorian(int(m[3]), month, int(m[1]))
    except ValueError:  # no such day
        return m.group()
    return f"{year:04d}-{mon:02d}-{day:02d}"


def gregorian(text: str) -> str:
    """Era years written as the Gregorian year ("令和7年" -> "2025年", "พ.ศ. 2568" -> "2025"), a Solar Hijri date as
    its Gregorian day ("۲۱ بهمن ۱۴۰۱" -> "2023-02-10", by convertdate), a Gregorian year's Arabic mark left out
    ("2021م" -> "2021"), and Thai months' abbreviations in full."""
    if ".ค." in text or ".ย." in text or ".พ." in text:
        text = _THAI_MONTH.sub(lambda m: THAI_MONTHS[m.group()], text)
    if "ศ." in text:
        text = _THAI_ERA_YEAR.sub(lambda m: str(int(m[2]) - (543 if m[1][0] == "พ" else 0)), text)
    if any(month in text for month in SOLAR_HIJRI_MONTHS):  # written as ISO dates, which every pattern reads
        text = _SOLAR_HIJRI.sub(_from_solar_hijri, text)
    if "م" in text:  # Arabic's mark of a Gregorian year, glued to it or not ("١٠ يناير ٢٠٢١م الموافق … ١٤٤٢هـ":
        # a fresh user's trial's Gulf pages lost every declared date to it)
        text = _GREGORIAN_MARK.sub(r"\1", text)
    if not _ERA_YEAR.search(text):
        return text
    return _ERA_YEAR.sub(lambda m: f"{_ERA_START[m[1]] + (1 if m[2] == '元' else int(m[2]))}年", text)


@functools.lru_cache(maxsize=32)  # as `declared_date`
def date_order(text: str, lang: str | None = None, not_after: str | None = None) -> str | None:
    """The order ("dmy" or "mdy") in which this text writes numeric dates, when it proves one, else None: it
    writes a date that reads only one way (02/24/2025), or its date of update read one way would be after
    `not_after` (the day of its capture) and the other way not (8/11/2026 on a page taken on 2026-08-12).
    The versions of one policy are written by one hand: what one proves settles the numbers another leaves
    open (Replit's "10/9/2024", then "02/24/2025"), which `declared_date(order=)` reads."""
    ends = _readable(_ends(_ascii_digits(text)))
    if (proved := _numeric_evidence(ends)) is not None:
        return proved
    if not_after is None or not _NUMERIC.search(ends):
        return None
    (dmy, kind), (mdy, _) = _declared(ends, lang, "dmy"), _declared(ends, lang, "mdy")
    if kind != "updated" or not dmy or not mdy or dmy == mdy:
        return None
    if dmy > not_after >= mdy:
        return "mdy"
    if mdy > not_after >= dmy:
        return "dmy"
    return None


def update_line(line: str, lang: str | None = None) -> bool:
    """Does `line` state a date of update after its label ("Last updated: 3 March 2024", "Stand: 20.02.2021",
    "Ultima revisione: 25/09/2021", "This statement was last reviewed in March 2022"), not a date of effect?"""
    line = _readable(_ascii_digits(line))
    return _declared(line, lang, numeric_order(line))[1] == "updated"


def _declared(text: str, lang: str | None, order: str) -> tuple[str | None, str | None]:
    """(date, kind of its label: "updated", "effective", or "stated" for a CJK date before its label)."""
    low = text.lower()
    # a date of update that names the page (`_OF_PAGE`: "Última revisión de esta página"; `_PAGE_BEFORE`: "Diese
    # Seite wurde zuletzt aktualisiert am") is the policy's only when it states no other on a line of its own
    # (`_date_line`: "… the Data Privacy Framework, effective 10 July 2023, …" is a law's); one with its time of day
    # (`_MOMENT`) below the policy's top (`_moment_below`) only when no date of update or of effect stands before
    # it: a widget's "Aktualizované 22.02.2022 12:29"
    # after a policy "Účinné od: 5. februára 2022" (a simulated ISP's network status, telecom_world);
    # "Last updated: 3 March 2024 10:00" under "Effective date: 25 May 2018" is the policy's own (a review)
    found = []  # (where, date, kind, names the page, a moment below the top)
    for m in _UPDATED.finditer(low):
        if d := _to_date(m, order):
            page = bool(m.group("page") or _PAGE_BEFORE.search(low, low.rfind("\n", 0, m.start()) + 1, m.start()))
            moment = bool(_MOMENT.match(low, m.end())) and _moment_below(low, m.start())
            if not (found or page or moment):
                return d, "updated"  # the first date of update, a plain one: most policies
            found.append((m.start(), d, "updated", page, moment))
    found += [(m.start(), d, "effective", False, False) for m in _EFFECTIVE.finditer(low) if (d := _to_date(m, order))]
    if (pages := [d for _, d, _, page, _ in found if page]) and \
            not any(_date_line(low, at) for at, _, _, page, _ in found if not page):
        return pages[0], "updated"  # the page's date, the policy stating none of its own on a line of its own
    plain = [at for at, _, _, page, moment in found if not (page or moment)]
    for wanted in ("updated", "effective"):
        for at, d, kind, page, moment in sorted(found):
            if kind == wanted and not page and not (moment and plain and min(plain) < at):
                return d, kind
    if not text.isascii():
        for rx in _SUFFIXED:
            for m in rx.finditer(text):
                if (d := _suffixed_date(m)):
                    return d, "stated"
    if not lang:
        return None, None
    found = _labelled_date(text, lang, order)
    return found if found[0] else _sentence_date(text, lang, order)


_TITLE_WORDS = 12  # a title's words at most (`segment.MAX_TITLE_WORDS`)
# what may stand beside a date under a title: a year's or a day's mark, a version's word
_BESIDE_DATE = re.compile(r"г|r|m|d|godine|gada|version|versión|versão|versione|versie|wersja|fassung|stand|"
                          r"édition|edition", re.I)


def _dated_title(text: str, lang: str | None, order: str) -> tuple[str | None, str | None]:
    """The date on a line of its own right under the document's title, without a label (Mozilla's policies in
    every language, "# Privacy Notice" then "March 26, 2014"; a dateline's place, "Berlin, 3. März 2024", a
    version's word or a year's mark, "г.", may stand with it; not "Printed 3 March 2024", nor the first of a
    list of dates): the title is a heading or the text's first line, short and no sentence, within its first
    three lines. Returns (date, "stated"), or (None, None)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines[:3]):
        words = line.lstrip("#").split()
        if line.startswith("#") or (i == 0 and len(words) <= _TITLE_WORDS and not line.endswith((".", ":"))):
            break
    else:
        return None, None
    if i + 1 >= len(lines) or lines[i + 1][:2] in ("- ", "* ", "+ ", "• ") or \
            len(dated := lines[i + 1].strip("*_ ")) > 60:
        return None, None
    pieces, written = dates(dated, lang)
    rest = "".join(pieces).strip(" ,.:;()*_-–—")
    if len(written) != 1 or not _YEAR.search(written[0]) or \
            rest and not (_BESIDE_DATE.fullmatch(rest) or (dated.startswith(rest + ",") and rest[:1].isupper())):
        return None, None
    if i + 2 < len(lines) and len(lines[i + 2]) <= 60 and len(dates(lines[i + 2].strip("*_ "), lang)[1]) == 1:
        return None, None  # one of a list of dates (a policy's past versions)
    d = date_of(written[0], order, lang)
    return (d, "stated") if d and 1990 <= int(d[:4]) <= 2100 else (None, None)


# the words of an update and of taking effect, as a sentence writes them around its date, in the languages our
# own label patterns read (the vocabulary's other languages: its `updated` and `effective` labels' words);
# stems, so that any ending reads ("atualizada", "aktualisiert", "güncellenmiştir"). Not English: its labels
# read its sentences ("This Policy was last updated on …"), and what they leave is dates of other things ("the
# GDPR, which applies from 25 May 2018")
_SENTENCE_OWN = {
    "de": (r"aktualisiert|geändert|überarbeitet|\bstand\b(?!\s+der\s+technik)", r"gültig|wirksam|in\s+kraft|gilt\b"),
    "fr": (r"mise?\s+à\s+jour|modifiée?|révisée?", r"vigueur|s['’]applique|applicable|prend\s+effet"),
    "es": (r"actualizad|actualizó|modificad|revisad", r"vigor|vigente|efectiv"),
    "pt": (r"atualizad|modificad|revisad|alterad", r"vigor|vigência|efetiv"),
    "it": (r"aggiornat|modificat|rivist", r"vigore|efficac"),
    "nl": (r"bijgewerkt|gewijzigd|aangepast|herzien", r"in\s+werking|van\s+kracht|geldig"),
    "ja": (r"更新|改定|改訂|変更", r"施行|適用|発効|制定"),
    "zh": (r"更新|修订|修訂|修改", r"生效|施行|实施|實施|发布|發布|制定"),
}
# Arabic writes a preposition as the first letter of the word it governs ("لسياسة الخصوصية", "of the privacy
# policy"; also "و", "and", and "ف" before it): a sentence names the policy through it
_PROCLITIC = re.compile(r"(?<!\S)[وف]?[لبك](?=\S\S)")
_PROCLITIC_LANGS = frozenset(("ar", "fa", "ur"))
# "this policy" where a sentence in Chinese, Japanese or Korean names it in one noun ("本ポリシーは", "本政策")
_POLICY_NOUN = re.compile(r"ポリシー|方針|政策|規約|条款|條款|방침|정책")
_SENTENCE_CHARS = 300  # a sentence stating the policy's date is short; a longer line is a clause of the policy
# a data-protection law named in the sentence: its date may be the law's (the GDPR's, the LGPD's), not the policy's
_LAW = re.compile(r"\b(?:u?k[ -]?gdpr|gdpr|rgpd|dsgvo|lgpd|lopdgdd|ccpa|cpra|pipl|pipeda|appi|kvkk|pdpa|popia|avg|"
                  r"regulation|règlement|reglamento|regolamento|regulamento|verordnung|verordening|rozporządzeni\w*|"
                  r"lei|ley|loi|gesetz\w*|law|act|закон\w*)\b", re.I)
# a line that is an entry of a list or table, or starts with its date: a change log's ("25 May 2018: Updated the
# reference to …"), whose dates are of past changes
_ENTRY = re.compile(r"\s*(?:[|*+\-•]|\d+[.)]\s|\W*\d{1,4}\W+\S+\W+\d)")


@functools.lru_cache(maxsize=None)
def _sentence_words(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, pattern) of the words of an update and of taking effect in `lang` (see `_SENTENCE_OWN`)."""
    if lang in _SENTENCE_OWN:
        return tuple((kind, re.compile(rx, re.I)) for kind, rx in zip(("updated", "effective"), _SENTENCE_OWN[lang]))
    from ..classify.vocab import VOCAB
    entry = VOCAB.languages.get(lang, {})
    out = []
    for kind in ("updated", "effective"):  # each label's longest word: the verb or noun of it ("güncelleme")
        words = {max(label.split(), key=len) for label in entry.get(kind, ())}
        if words:
            out.append((kind, re.compile("|".join(_inflected(w) for w in sorted(words, key=len, reverse=True)), re.I)))
    return tuple(out)


def _sentence_date(text: str, lang: str, order: str) -> tuple[str | None, str | None]:
    """The date of a sentence that says the policy was updated or takes effect, wherever in it the date and
    the verb stand ("Bu gizlilik politikası en son 28 Ağustos 2024 tarihinde güncellenmiştir", "Jelen
    Adatvédelmi Tájékoztató 2023. január 1. napjától hatályos", "本ポリシーは2026年6月18日より施行されます"):
    a line of at most `_SENTENCE_CHARS` characters, no entry of a list, table or change log (`_ENTRY`), that
    names the policy (the vocabulary's `policy` phrases, or a CJK noun for "policy"), holds a word of updating
    or of taking effect (`_sentence_words`) and writes one date with its year in four digits. Languages that write the verb
    last put the date before it, where no label pattern looks. Returns (date, "updated" or "effective")."""
    from ..classify.vocab import VOCAB, fold
    words = _sentence_words(lang)
    if not words:
        return None, None
    for line in text.split("\n"):
        if len(line) > _SENTENCE_CHARS or not _YEAR.search(_ascii_digits(line)) or _ENTRY.match(line):
            continue
        if not (VOCAB.has(fold(line), "policy") or _POLICY_NOUN.search(line) or
                (lang in _PROCLITIC_LANGS and VOCAB.has(fold(_PROCLITIC.sub("", line)), "policy"))):
            continue
        kind = next((k for k, rx in words if rx.search(line)), None)
        if kind is None or _LAW.search(line):  # "…segue a LGPD, em vigor desde 18 de setembro de 2020": the law's
            continue
        _, written = dates(_ascii_digits(line), lang)
        read = {d for w in written if _YEAR.search(w) and (d := date_of(w, order, lang))}
        if len(read) == 1 and 1990 <= int((d := read.pop())[:4]) <= 2100:
            return d, kind
    return None, None


def _suffixed_date(m) -> str | None:
    g = m.groupdict()
    y, mo, d = (g["y1"], g["m1"], g["d1"]) if g["iso"] else (g["y7"], g["m7"], g["d7"])
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


_AFTER_LABEL = 60  # characters after a label that may hold its date
_DIGIT_WITHIN = 30  # ...with a digit this near the label, or it is no date (a label used as a word)
_MAX_LABELS = 5  # label occurrences tried per kind of label (each may cost a few dateparser calls)
_LEAD = re.compile(r"[\s:：៖\-–—,.()\[\]*_]*")  # (Khmer's colon, "៖", too)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@functools.lru_cache(maxsize=None)
def _labels(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The page-type vocabulary's date labels of a language (`updated`, then `effective`), as (kind,
    case-insensitive pattern); () for a language without them (those our own patterns read)."""
    from ..classify.vocab import VOCAB
    entry = VOCAB.languages.get(lang, {})
    return tuple((cat, re.compile("|".join(_inflected(p) for p in sorted(entry[cat], key=len, reverse=True)), re.I))
                 for cat in ("updated", "effective") if entry.get(cat))


def _inflected(label: str) -> str:
    """A label as a pattern that takes its words' other endings: a word of five letters or more of an
    alphabetic script (Latin, Greek, Cyrillic) is its first letters, all but its last three, then up to six
    more ("sidst opdateret" reads "Seneste opdatering", "son güncelleme tarihi" reads "Son güncellenme
    tarihi"): a label is written as a noun, a participle or another case, and the vocabulary lists one form.
    Other scripts' words stay as written (Thai, Chinese and Japanese write no spaces between them)."""
    def word(w: str) -> str:
        if len(w) < 5 or not w.isalpha() or any(ord(c) >= 0x0530 for c in w):
            return re.escape(w)
        return re.escape(w[:max(5, len(w) - 3)]) + r"\w{0,6}"
    return r"\s+".join(word(w) for w in label.split())


def _labelled_date(text: str, lang: str, order: str) -> tuple[str | None, str | None]:
    """A date after a label in another language ("Ostatnia aktualizacja: 3 marca 2024", "Hatályos: 2024.
    március 3.", "Обновлено: 3 марта 2024 г.", "obowiązuje od dnia 25 maja 2018 r."): the labels are the
    classifier's vocabulary's (`archive/classify/vocabulary.json`, `updated` and `effective`); the date,
    which must start within two words of the label and write its year in four digits (not "3 days ago", not
    version 3.12.24), is read by our own patterns, else by dateparser in that language (CLDR's month names
    in every case, the language's order of day, month and year). Thai years of the Buddhist era are
    converted. A date of update whose label names the page (`_PAGE_BEFORE`: "Sidan uppdaterades 22 januari 2023"
    under a dental insurer's policy "Gäller från och med 1 oktober 2022", its Optimizely template's stamp of each
    save, dental_world) is the policy's only when it states no other on a line of its own (`_date_line`; a law's
    date in a sentence is none, a colleague's review), as `_declared` holds of "Última revisión de esta página".
    Never raises: a date it cannot read is None. Returns (date, "updated" or "effective")."""
    patterns = _labels(lang)
    if not patterns:
        return None, None
    found = []  # (where, date, kind, a moment's: a date of update with its time of day, `_declared`)
    for kind, rx in patterns:
        for n, m in enumerate(rx.finditer(text)):
            if n == _MAX_LABELS:
                break
            after = _ascii_digits(text[m.end():m.end() + _AFTER_LABEL])
            after = after[_LEAD.match(after).end():]
            if not re.search(r"\d", after[:_DIGIT_WITHIN]):
                continue
            if lang in _ERA:
                after = _YEAR.sub(lambda y: str(int(y.group()) - _ERA[lang]) if int(y.group()) > 2400 else y.group(),
                                  after)
            if (d := _date_at_start(after, lang, order)) and 1990 <= int(d[:4]) <= 2100:
                moment = kind == "updated" and _moment_below(text, m.start()) and any(
                    _TIME_TOKEN.fullmatch(w) for w in after.split("\n", 1)[0].split()[:_TIME_WITHIN])
                page = kind == "updated" and bool(_PAGE_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1,
                                                                      m.start()))
                if not (found or moment or page):
                    return d, kind  # the first date found, no moment's: most policies
                found.append((m.start(), d, kind, moment, page))
    if (pages := [d for _, d, _, _, page in found if page]) and \
            not any(_date_line(text, at) for at, _, _, _, page in found if not page):
        return pages[0], "updated"  # the page's date, the policy stating none of its own on a line of its own
    plain = [at for at, _, _, moment, page in found if not (moment or page)]
    for at, d, kind, moment, page in found:  # (in the patterns' order: updated first)
        if not (page or moment and plain and min(plain) < at):
            return d, kind
    return None, None


DATE_LINE_WORDS = 12  # a line that states a date, not a sentence that mentions one ("… the Data Privacy Framework,
# effective 10 July 2023, for transfers …")


def _date_line(text: str, at: int) -> bool:
    """Does the label at position `at` of `text` stand on a line of DATE_LINE_WORDS words at most that its date
    ends (a word at most after its year: "Gäller från och med 1 oktober 2022.", "Fecha de última actualización:
    14 de septiembre de 2020"), not in a sentence that goes on ("… (gültig ab 25. Mai 2018) gibt Ihnen folgende
    Rechte.")?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = end if end >= 0 else len(text)
    year = None
    for year in _YEAR_IN.finditer(text, at, end):
        pass
    return year is not None and len(text[start:end].split()) <= DATE_LINE_WORDS and \
        len(text[year.end():end].split()) <= 1


# the word for a web page, in the languages the archive reads most: a date's label that names the page it dates
# ("Sidan uppdaterades", "Page last updated", "Diese Seite wurde zuletzt aktualisiert am") dates the page, not its
# policy
NAMES_PAGE = re.compile(r"\b(?:page|seite|página|pagina|sivu|strona|stránka|stranica|stran|siden|sidan|sida|oldal|"
                        r"pagină|lapa|puslapis|veebileht|страниц[аеы]|сторінк[аи]|σελίδα[ς]?|sayfa)\b|ページ|页面|頁面|페이지",
                        re.I)
# ...standing on the line just before its label, a word of a verb's between ("Sidan uppdaterades", "Diese Seite
# wurde zuletzt aktualisiert")
_PAGE_BEFORE = re.compile(rf"(?:{NAMES_PAGE.pattern})(?:\s+[^\W\d]+)?\s*$", re.I)


def _moment_below(text: str, at: int) -> bool:
    """Does position `at` of `text` lie below the policy's top, its first TOP_PARAGRAPHS paragraphs (its title, a
    summary, its dates), where a policy's own date of update stands, with its time of day or not?"""
    return text.count("\n\n", 0, at) >= TOP_PARAGRAPHS


TOP_PARAGRAPHS = 4  # (`changes.STAMP_TOP` lines)
_TIME_TOKEN = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?[,.]?")  # a time of day, "12:29", "12h30", not "08:00–20:00"
_TIME_WITHIN = 5  # words after a label where its date and its time stand ("3. března 2024 10:15")


def _date_at_start(after: str, lang: str, order: str) -> str | None:
    """The date `after` starts with, or starts with past one or two filler words ("od dnia", "pada")."""
    words = after.split()
    for skip in range(3):
        rest = " ".join(words[skip:skip + 6])
        if not rest or not rest[0].isalnum() or (skip and any(c.isdigit() for c in words[skip - 1])):
            return None  # a filler word holds no digit: past "29", "กุมภาพันธ์ 2029" is not the date
        own = _DATE_AT.match(rest.lower())  # a numeric date, or a month name our patterns know
        if own and _YEAR.search(own.group()) and (d := _to_date(own, order)):
            return d
        any_date, _, months = _any_date(lang)  # ...or the language's own (CLDR's), in our forms ("2022 ж. 19
        if (own := any_date.match(rest.lower())) and _YEAR.search(own.group()) and \
                (d := _to_date(own, order, months)):  # желтоқсан": a year first, which dateparser does not read)
            return d
        if (d := _dateparser_date(rest, lang, order.upper())):
            return d
    return None


def _dateparser_date(rest: str, lang: str, order: str) -> str | None:
    """The date written by the first words of `rest` (the longest run of up to five that reads as one, with
    its year in four digits), read by dateparser in `lang`."""
    from dateparser import parse  # its languages' data load on first use (~0.3 s for the first)
    words = rest.split()
    settings = {**_DATEPARSER, "DATE_ORDER": order}
    for n in range(min(len(words), 5), 0, -1):
        written = " ".join(words[:n]).rstrip(".,;:)")
        if not _YEAR.search(written):
            continue
        try:
            when = parse(written, languages=_dateparser_languages(lang, written), settings=settings)
        except Exception:  # a third party's parser on any text: whatever it raises, this is no date  # noqa: BLE001
            log.debug("dateparser failed on %r", written, exc_info=True)
            continue
        if when is not None:
            return when.date().isoformat()
    return None


def clock_dates(written: str, lang: str | None) -> set[str]:
    """The ISO dates (day, month and year all written) that a run of a text's words may be, read by dateparser
    in `lang` (any language when None): CLDR's forms of the languages it knows, beyond those `dates` reads
    ("5. 3. 2026", "torsdag den 5. marts 2026", "2026年3月5日木曜日", "dijous, 5 de març del 2026"), with a
    weekday before or after and a time of day. Day-, month- and year-first readings all, when the numbers allow
    them (Korean's short "26. 3. 5."); Thai years of the Buddhist era converted. Empty when the run reads as no
    date. Never raises."""
    from dateparser import parse
    text = _ascii_digits(written).strip(" ,.;:()[]*_|-–—،")
    if lang in _ERA:
        text = _YEAR.sub(lambda y: str(int(y.group()) - _ERA[lang]) if int(y.group()) > 2400 else y.group(), text)
    if not text or not (_YEAR.search(text) or len(re.findall(r"\d+", text)) == 3):
        return set()  # a year in four digits, or three numbers ("26. 3. 5.", Korean's short form)
    found = set()
    langs = _dateparser_languages(lang, written) if lang else None
    for order in ("DMY", "MDY", "YMD"):
        try:
            when = parse(text, languages=langs, settings={**_DATEPARSER, "DATE_ORDER": order,
                                                          "REQUIRE_PARTS": ["day", "month", "year"]})
        except Exception:  # a third party's parser on any text: whatever it raises, this is no date  # noqa: BLE001
            log.debug("dateparser failed on %r", text, exc_info=True)
            continue
        if when is not None:
            found.add(when.date().isoformat())
    return found


def _ascii_digits(s: str) -> str:
    """Other scripts' decimal digits (full-width "２０１８", Arabic-Indic, Thai, Devanagari...) as ASCII ones."""
    if s.isascii():
        return s
    return OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), s)


_DATEPARSER = {"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first",
               "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]}
_DATE_AT = re.compile(_DATE)
_DATEPARSER_CODES = {"no": "nb"}  # ISO 639-1's Norwegian is CLDR's Bokmål
_LATIN_SCRIPT = {"sr": "sr-Latn"}  # a language written in Cyrillic and in Latin: CLDR's locale of the Latin


def _dateparser_languages(lang: str, written: str) -> list[str]:
    """dateparser's locale of a language as `written`: Serbian in Latin script ("3. mart 2024") is `sr-Latn`
    (one list of both would not do: the Cyrillic locale reads "mart" as a time zone's name)."""
    if lang in _LATIN_SCRIPT and not any("\u0400" <= c <= "\u04ff" for c in written):
        return [_LATIN_SCRIPT[lang]]
    return [_DATEPARSER_CODES.get(lang, lang)]
_ERA = {"th": 543}  # Thai dates count years of the Buddhist era


# any date the text writes, with the weekday before it and the time of day after it ("Mon, 30 Nov 2026 08:14:22
# GMT", "2026-11-30T08:14:22Z", "2026年11月30日 上午8:14", "4 de fevereiro de 2021 às 07:33", "a las", "alle",
# "om", "kl."): matched in the lower-cased text (as `_UPDATED`: ten times faster than re.I), or case-insensitively
# in the text as it is where lower-casing changes its length ("İ"), so that the spans are the text's own
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
            "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
            "dimanche lunes martes miércoles jueves viernes sábado domingo segunda-feira terça-feira quarta-feira "
            "quinta-feira sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag "
            "woensdag donderdag vrijdag zaterdag zondag").split()
_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
# a time of day after a date, after a comma or the stop Hungarian writes after a date's day ("2022.06.08. 16:12")
_TIME = (r"(?:(?:t|[,.]?\s*(?:at\s+|à\s+|às\s+|um\s+|a\s+las?\s+|alle\s+|om\s+|kl\.?\s+|-\s*)?)"
         r"(?:(?:上午|下午|午前|午後)\s*)?\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?"
         r"(?:\s*[ap]\.?m\.?)?(?:z\b|\s*\(?(?:(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt|[+-]\d{2}(?::?\d{2})?|[a-z]{2,4}t)\b\)?)?)?")
_ANY_DATE = re.compile(rf"(?:(?:{_WEEKDAY})\.?,?\s+)?(?:{_DATE}){_TIME}")
# a label, then its date (a weekday may come first: "Last updated: Monday, March 3, 2025"). Matched against the
# lower-cased text without re.I: every label then starts with a literal character, and the regex engine skips
# to the positions where one could start instead of trying each label everywhere (ten times faster on a long
# policy).
# a label's naming the page it dates, after its words ("Última revisión de esta página:", "Dernière mise à jour de
# cette page :", "Letzte Aktualisierung dieser Seite:", "Last updated on this page:"): a page's date of update
_OF_PAGE = (r"(?P<page>\s+(?:of|on|de|di|van|do|da)?\s*(?:this|esta|este|cette|questa|deze|dieser|desta|deste|această)\s+"
            r"(?:page|página|pagina|seite|pagină))?")
_MOMENT = re.compile(r"[\s,.]*(?:[^\W\d]{1,3}\.?\s+)?\d{1,2}[:h]\d{2}(?!\d)")  # a time of day after a date
_UPDATED = re.compile(rf"(?:{_LABELS_UPDATED}){_OF_PAGE}{_GAP}(?:(?:{_WEEKDAY})\.?,?\s+)?(?:{_DATE})")
_EFFECTIVE = re.compile(rf"(?:{_LABELS_EFFECTIVE}){_GAP}(?:(?:{_WEEKDAY})\.?,?\s+)?(?:{_DATE})")
# a written date in any of the forms and languages the archive reads (`_date_pattern`), in any case
ANY_DATE = re.compile(_ANY_DATE.pattern, re.I)


@functools.lru_cache(maxsize=64)
def _month_numbers(lang: str | None) -> dict[str, int]:
    """Month names (and abbreviations) to numbers: `MONTHS`, and `lang`'s from dateparser's locale data
    (CLDR, with the genitive forms dates use: "марта", "marca", "března") for a language `MONTHS` lacks."""
    if not lang or lang in MONTHS_KNOWN:
        return MONTHS
    from dateparser.languages.loader import default_loader
    own = {}
    for code in filter(None, (_DATEPARSER_CODES.get(lang, lang), _LATIN_SCRIPT.get(lang))):  # (Serbian's "mart")
        try:
            info = default_loader.get_locale(code).info
        except (ValueError, KeyError):
            return MONTHS
        for i, key in enumerate(_MONTH_KEYS, 1):
            for name in info.get(key, ()):
                n = name.lower().rstrip(".")
                if not any(c.isdigit() or c.isspace() for c in n):  # not "3월", "tháng 3": `_date_pattern` reads
                    own[n] = i
    return {**MONTHS, **own}


@functools.lru_cache(maxsize=64)
def _weekday_names(lang: str) -> frozenset[str]:
    from dateparser.languages.loader import default_loader
    info = default_loader.get_locale(_DATEPARSER_CODES.get(lang, lang)).info
    return frozenset(n for key in _DAY_KEYS for name in info.get(key, ()) if len(n := name.lower().rstrip(".")) > 1)


# languages whose dates `MONTHS` and `_date_pattern` read without dateparser's names (ko, vi write numbers)
MONTHS_KNOWN = frozenset(("en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja", "ko", "vi"))


@functools.lru_cache(maxsize=64)
def _any_date(lang: str | None) -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """`_ANY_DATE` (and its case-insensitive twin) with `lang`'s month and weekday names, and the months."""
    months = _month_numbers(lang)
    if months is MONTHS:
        return _ANY_DATE, ANY_DATE, MONTHS
    month_re = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    day_re = "|".join(sorted((re.escape(w) for w in set(WEEKDAYS) | _weekday_names(lang)), key=len, reverse=True))
    pattern = rf"(?:(?<!\w)(?:{day_re})\.?,?\s+)?(?:{_date_pattern(month_re)}){_TIME}"
    return re.compile(pattern), re.compile(pattern, re.I), months


def any_date(lang: str | None) -> re.Pattern:
    """`ANY_DATE` with `lang`'s month and weekday names too (ISO 639-1; `ANY_DATE` itself for None, or a language
    dateparser does not know): a written date in any case, in the forms `_date_pattern` reads."""
    return _any_date(lang)[1]


def dates(text: str, lang: str | None = None) -> tuple[list[str], list[str]]:
    """Every date the text writes, anywhere, labelled or not: (the text's pieces between the dates, the dates
    as written, lower-cased, with a weekday before and a time of day after them; `date_of` reads one).
    `pieces` has one more item than the dates, so two texts that differ only by their dates have equal
    pieces. `lang` (ISO 639-1) adds that language's month and weekday names (`_month_numbers`)."""
    pieces, found, at = [], [], 0
    low = text.lower()
    any_date, any_date_i, _ = _any_date(lang)
    for m in (any_date.finditer(low) if len(low) == len(text) else any_date_i.finditer(text)):
        pieces.append(text[at:m.start()])
        found.append(m.group(0).lower())
        at = m.end()
    pieces.append(text[at:])
    return pieces, found


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# zones' abbreviations and their offsets in hours (the IANA tz database's), those that name one zone only
# ("CST" is China's and America's, "IST" India's, Ireland's and Israel's: not read)
ZONES = {"wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "est": -5, "edt": -4,
         "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10, "jst": 9, "kst": 9,
         "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13}
# what a written date holds besides its numbers and names: ordinal and unit marks (1st, 1er, 3º, 2026年, 3월 3일,
# 2026 г.), a time's am/pm and zone
_DATE_MARKS = frozenset(("st", "nd", "rd", "th", "er", "re", "º", "ª", "am", "pm", "utc", "gmt", "z", "年", "月", "日",
                         "년", "월", "일"))
_NUMBERS = re.compile(r"[\d./\-,:]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=64)
def _date_names(lang: str | None) -> frozenset[str]:
    """Month and weekday names, their abbreviations, the words for "year" and "day" ("г.", "r.", "năm") and
    a date's connectors ("de", "of"), lower-cased: English's and the other languages of `MONTHS`, and `lang`'s from
    dateparser's locale data (CLDR); every language of the page-type vocabulary's when `lang` is None or
    one dateparser lacks. Loaded on first use (a language in a few ms, all of them in about 0.2 s)."""
    from dateparser.languages.loader import default_loader

    from ..classify.vocab import VOCAB
    names = set(MONTHS) | set(WEEKDAYS) | {"of", "the", "de", "del", "du", "le", "el", "am", "um", "at", "on"}
    langs = [lang] if lang else sorted({"en", *VOCAB.languages})
    for code in langs:
        try:
            info = default_loader.get_locale(_DATEPARSER_CODES.get(code, code)).info
        except (ValueError, KeyError):  # a language dateparser has no data for: any language's names
            return _date_names(None) if lang else frozenset(names)
        for key in (*_MONTH_KEYS, *_DAY_KEYS, "year", "day"):
            for name in info.get(key, ()):
                names.update(_LETTER_RUN.findall(name.lower()))
    return frozenset(names)


@functools.lru_cache(maxsize=65536)  # asked of every word around each change (`changes._same_words`): words recur
def is_date_word(token: str, lang: str | None = None) -> bool:
    """Is a word of a text part of a written date in `lang` (None: in any of the vocabulary's languages): a
    number or a numeric date ("14.", "03/03/2026"), a month or weekday name or abbreviation ("März",
    "октября", "Mrz."), an ordinal or unit mark ("1er", "3월", "2026年", "г.")?"""
    t = token.lower().strip(".,;:()[]：，。、（）［］【】「」・")  # (and their full-width forms: "：2024/01/10")
    if not t or _NUMBERS.fullmatch(t):
        return True
    letters = _LETTER_RUN.findall(t)
    return bool(letters) and all(w in _DATE_MARKS or w in _date_names(lang) or _cjk_date(w, lang) for w in letters)


_CJK_CHAR = re.compile(f"[{CJK}]")
# scripts written without spaces between words: Han and kana, Thai, Lao, Khmer
_UNSPACED_CHAR = re.compile(f"[{CJK}\u0e00-\u0eff\u1780-\u17ff]")


def _cjk_date(word: str, lang: str | None) -> bool:
    """A run of CJK characters every one of which belongs to a written date ("日木曜日" in "2026年3月5日木曜日",
    where no space parts the day from its weekday)."""
    return _CJK_CHAR.search(word) is not None and set(word) <= _cjk_date_chars(lang)


@functools.lru_cache(maxsize=64)
def _cjk_date_chars(lang: str | None) -> frozenset[str]:
    return frozenset(c for name in (*_date_names(lang), *_DATE_MARKS) for c in name if _CJK_CHAR.match(c))


DATE_CHARS = 80  # longer than any date as written, with its weekday and its time of day


def around_difference(a: str, b: str) -> tuple[str, str]:
    """The parts of a and b from DATE_CHARS before their first difference to DATE_CHARS after their last: where
    `dates` need look to tell whether two long texts differ by their dates alone."""
    start = _common_prefix(a, b)
    tail = _common_prefix(a[start:][::-1], b[start:][::-1])
    lo = max(start - DATE_CHARS, 0)
    return a[lo:len(a) - tail + DATE_CHARS], b[lo:len(b) - tail + DATE_CHARS]


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of a and b (by bisection: slices compare in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def date_of(written: str, order: str, lang: str | None = None) -> str | None:
    """The ISO date of a date as `dates` found it (in `lang`), its numbers read in `order` ("dmy" or "mdy")."""
    any_date, _, months = _any_date(lang)
    m = any_date.match(written)
    return _to_date(m, order, months) if m else None


_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](?:19|20)?\d\d\b")


def numeric_order(text: str) -> str:
    """'mdy' when the text itself writes a date that can only be month-first (12/25/2023), else 'dmy'."""
    return _numeric_evidence(text) or "dmy"


def _numeric_evidence(text: str) -> str | None:
    """The order of the first numeric date of the text that reads only one way (25/12/2023, 12/25/2023)."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    return None


def _to_date(m, order: str, months: dict[str, int] = MONTHS) -> str | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["ko"]:
            y, mo, d = int(g["y7"]), int(g["m7"]), int(g["d7"])
        elif g["vi"]:
            d, mo, y = int(g["d8"]), int(g["m8"]), int(g["y8"])
        elif g["ymd"]:
            y, mo, d = int(g["y9"]), months[g["m9"].lower()], int(g["d9"])
        elif g["ywdm"]:
            y, mo, d = int(g["y10"]), months[g["m10"].lower()], int(g["d10"])
        elif g["ywmd"]:
            y, mo, d = int(g["y11"]), months[g["m11"].lower()], int(g["d11"])
        elif g["num"]:
            a, b, y = int(g["a"]), int(g["b"]), int(g["y2"])
            y = y + 2000 if y < 100 else y
            # day first, as almost everywhere, unless impossible or the text writes month-first dates
            if a > 12:
                d, mo = a, b
            elif b > 12 or order == "mdy":
                mo, d = a, b
            else:
                d, mo = a, b
        elif g["dmy"]:
            d, mo, y = int(g["d3"]), months[g["m3"].lower()], int(g["y3"])
        elif g["mdy"]:
            mo, d, y = months[g["m4"].lower()], int(g["d4"]), int(g["y4"])
        elif g["my"]:
            mo, d, y = months[g["m5"].lower()], 1, int(g["y5"])
        elif g["ym"]:
            y, mo, d = int(g["y6"]), int(g["m6"]), 1
        else:
            return None
        if y >= 2400:  # a year of the Buddhist era (Thai): 2569 is 2026
            y -= 543
        return dt.date(y, mo, d).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


# --- times relative to the visit ("3 days ago") ----------------------------------------------------------
_RELATIVE_WORDS = 10  # a line longer than this is a sentence, not a dating line
_RELATIVE_LABEL = 4  # words a label may take around the time ("Zaktualizowano 3 dni temu", "Dernière mise à jour il y a 3 jours")
_RELATIVE_CJK_LABEL = 6  # ...characters, where words are not spaced ("3日前に更新")


@functools.lru_cache(maxsize=1)
def _relative_patterns() -> tuple[dict[str, dict[str, str]], dict[str, re.Pattern]]:
    """({"ago" word -> {language -> where the language puts it: "first" or "last"}}, {CJK language -> its
    relative-time pattern}), from dateparser's locale data (CLDR's past relative times with a number:
    "vor (\\d+) wochen", "(\\d+) dni temu", "(\\d+)日前") for the page-type vocabulary's languages. A language's
    "ago" word is the one most of its patterns start or end with ("temu" of "(\\d+) dni temu", "vor" of "vor (\\d+) tagen").
    """
    from dateparser.languages.loader import default_loader

    from ..classify.vocab import VOCAB
    ago: dict[str, dict[str, str]] = {}
    cjk: dict[str, re.Pattern] = {}
    for code in sorted({"en", *VOCAB.languages}):
        try:
            info = default_loader.get_locale(_DATEPARSER_CODES.get(code, code)).info
        except (ValueError, KeyError):
            continue
        past = [p.lower() for key, forms in info.get("relative-type-regex", {}).items() if "ago" in key for p in forms]
        if not past:
            continue
        if any(_UNSPACED_CHAR.search(p) for p in past):
            cjk[code] = re.compile("|".join(sorted((p.replace("++", "+").replace("*+", "*").replace(" ", "")
                                                    for p in past), key=len, reverse=True)))  # read unspaced
            continue
        words = [_arabic_letters(re.sub(r"\(.*?\)", " ", p)).split() for p in past]  # the words around the number
        own = {_arabic_letters(w) for phrase in info.get("ago", ()) for w in phrase.lower().split()}
        for w in {w for ws in words for w in ws[:1] + ws[-1:]}:
            first, last = sum(ws[0] == w for ws in words), sum(ws[-1] == w for ws in words)
            holding = sum(w in ws for ws in words)
            # the word most of the language's patterns start or end with, or its own "ago" word where it stands
            if 2 * max(first, last) > len(words) or (w in own and max(first, last) == holding):
                ago.setdefault(w, {})[code] = "first" if first > last else "last"
        # a unit that is its own "ago" (Hungarian's "3 napja", "3 órája": a pattern of the number and one word)
        for p, ws in zip(past, words):
            if len(ws) == 1:
                ago.setdefault(ws[0], {}).setdefault(code, "last" if p.lstrip().startswith("(") else "first")
        # a language that puts "ago" first has its other one-word "ago" words there too (Arabic's "منذ 3 أيام",
        # as moment.js writes it, beside CLDR's "قبل 3 أيام"); not one that puts it last, where dateparser's
        # list holds words that also mean "before" (English "before", Hindi "पूर्व": "30 days before renewal")
        if 2 * sum(p.lstrip().startswith("(") for p in past) < len(past):
            for phrase in info.get("ago", ()):
                if len(phrase.split()) == 1 and not any((w := _arabic_letters(phrase.lower())) in ws for ws in words):
                    ago.setdefault(w, {}).setdefault(code, "first")
    return ago, cjk


@functools.lru_cache(maxsize=None)
def _updated_words(code: str) -> tuple[str, ...]:
    """The vocabulary's "updated" labels of a language, unspaced ("อัปเดตล่าสุด", "ปรับปรุงล่าสุด")."""
    from ..classify.vocab import VOCAB
    return tuple(w.lower().replace(" ", "") for w in (VOCAB.languages.get(code) or {}).get("updated", ()))


def _arabic_letters(text: str) -> str:
    """Persian and Urdu yeh and kaf as Arabic's ("پیش" as "پيش"), which dateparser's data writes."""
    return text.translate(_ARABIC_FORMS)


_ARABIC_FORMS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def relative_time(line: str) -> bool:
    """Is a short line (up to `_RELATIVE_WORDS` words) a time relative to the visit, with a label of at most four
    words and no other number around it ("vor 3 Wochen aktualisiert", "Zaktualizowano 3 dni temu", "3日前に更新"), in
    a language of the vocabulary? It follows the clock, not the document, so it makes a version every few days
    where a help centre prints it. The time must start or end with the language's "ago" word where CLDR puts it
    (so "1 Jahr vor Ablauf", a year before expiry, is not "vor 1 Jahr"), and dateparser must read it in that
    language; a line without a number and an "ago" word costs a set look-up."""
    words = line.split()
    if not words or len(words) > _RELATIVE_WORDS or not any(c.isdigit() for c in line):
        return False
    ago, cjk = _relative_patterns()
    low = line.lower()
    solid = low.replace(" ", "")
    for code, rx in cjk.items() if _UNSPACED_CHAR.search(solid) else ():
        for m in rx.finditer(solid):
            rest = f"{solid[:m.start()]}{solid[m.end():]}"
            if any(c.isdigit() for c in rest):
                continue
            # with a label ("に更新"): alone, "30日前" may be a notice period's "30 days before"; in Thai, Lao and
            # Khmer the label must be the language's "updated" ("อัปเดตล่าสุด"): "ในช่วง 12 เดือนที่ผ่านมา" is a
            # California notice's "in the past 12 months"
            if _field_label(solid[:m.start()], code):
                continue
            if _CJK_CHAR.search(solid):
                if len(rest) <= _RELATIVE_CJK_LABEL and _LETTER_RUN.search(rest):
                    return True
            elif any(u in rest and len(rest) <= len(u) + _RELATIVE_CJK_LABEL for u in _updated_words(code)):
                return True
    lows = [_arabic_letters(w.strip(".,:;()[]")) for w in low.split()]
    if not any(w in ago for w in lows):
        return False  # no "ago" word: no window of the line can start or end with one
    n = len(lows)
    for a in range(min(_RELATIVE_LABEL, n - 1) + 1):
        for b in range(n, max(n - _RELATIVE_LABEL + a, a + 1) - 1, -1):
            core = lows[a:b]
            if any(c.isdigit() for w in lows[:a] + lows[b:] for c in w):
                continue  # a label holds no number
            langs = [code for code, at in ago.get(core[0], {}).items() if at == "first"] + \
                    [code for code, at in ago.get(core[-1], {}).items() if at == "last"]
            langs = [code for code in langs if not _field_label(" ".join(low.split()[:a]), code) and
                     not _notice_sentence(line, lows, a, b, code)]
            # (a unit CLDR does not write is read only in a line that is the time after an update's label: "prieš
            # 2 valandas" is also "2 hours before", "24 saatten önce" "before 24 hours", a colleague's review)
            inflected = b == n and a > 0 and any(_names_update(lows[:a], code) for code in langs)
            if langs and _relative_reads(" ".join(core), tuple(sorted(langs)), inflected=inflected):
                return True
    return False


def within_the_day(line: str) -> bool:
    """Is a short line a time before the visit in seconds, minutes or hours (`relative_time`, its unit one CLDR
    writes for those: "prieš 6 min.", "3 hours ago", "vor 5 Min.")? A feed's entries are that fresh; a notice
    period in a column of documents ("bildirim 15 gün önce", "oznámení před 30 dny") is written in days or more
    (a colleague's review)."""
    if not relative_time(line):
        return False
    words = {w.strip(".,:;()[]") for w in line.lower().split()}
    return any(w in units or _cldr_unit(w, (code,)) in units for code, units in _day_units().items() for w in words
               if w)


@functools.lru_cache(maxsize=1)
def _day_units() -> dict[str, frozenset[str]]:
    """{language -> the forms CLDR writes of its units of seconds, minutes and hours ("min", "minutę", "val", …;
    "hours", "hr", …), not the words its longer units share with them (Greek "πριν από")} for the vocabulary's
    languages."""
    from ..classify.vocab import VOCAB
    return {code: short - longer for code in sorted({"en", *VOCAB.languages})
            for short, longer in [_cldr_unit_words(code)]}


def names_today(text: str) -> bool:
    """Does the text name the day of the visit, in CLDR's word for "today" of any of the vocabulary's languages
    (dateparser's locale data: "today", "heute", "اليوم", "今日", "დღეს")? A count of today is drawn anew each day."""
    return _today_words().search(text.lower()) is not None


@functools.lru_cache(maxsize=1)
def _today_words() -> re.Pattern:
    """One pattern of the vocabulary's languages' words for "today": whole words where words are spaced, anywhere in
    CJK and Thai text."""
    from dateparser.languages.loader import default_loader

    from ..classify.vocab import VOCAB
    spaced, unspaced = set(), set()
    for code in sorted({"en", *VOCAB.languages}):
        try:
            info = default_loader.get_locale(_DATEPARSER_CODES.get(code, code)).info
        except (ValueError, KeyError):
            continue
        for word in info.get("relative-type", {}).get("0 day ago", []):
            (unspaced if code in ("ja", "zh", "th", "lo", "km", "my") else spaced).add(word.lower())
    alts = [rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(spaced, key=len, reverse=True)))})(?!\w)"]
    if unspaced:
        alts.append("|".join(map(re.escape, sorted(unspaced, key=len, reverse=True))))
    return re.compile("|".join(alts))


def says_ago(text: str) -> bool:
    """Do a few words (a `<time>` element's) read as a time before the visit: a language's "ago" word first or last
    where CLDR puts it ("prieš metus", "3 ay önce", "vor 3 Wochen", "منذ 5 أشهر"), or a CJK language's past relative
    time ("3か月前")? Unlike `relative_time`, no number is needed ("prieš metus": a year ago), and no line is
    judged: `clean._visit_relative` asks it of an element whose date its markup states."""
    ago, cjk = _relative_patterns()
    lows = [_arabic_letters(w.strip(".,:;()[]")) for w in text.lower().split()]
    if lows and ("first" in ago.get(lows[0], {}).values() or "last" in ago.get(lows[-1], {}).values()):
        return True
    solid = text.lower().replace(" ", "")
    return bool(_UNSPACED_CHAR.search(solid)) and any(rx.search(solid) for rx in cjk.values())


def _notice_sentence(line: str, lows: list[str], a: int, b: int, code: str) -> bool:
    """Where "ago" is also "before" (`_AGO_IS_BEFORE`), is the line whose words `a` to `b` read as a time a sentence
    of the policy, a notice period's ("बदलाव से 15 दिन पहले ईमेल भेजा जाएगा।", an email 15 days before a change: a
    colleague's review; "Apie pakeitimus pranešame prieš 30 dienų.", we tell of changes 30 days before)? It ends in
    a sentence mark, and its words after the time, or before it when the time ends it, name no update or edit
    (`_names_update`: "3 दिन पहले अपडेट किया गया।", "Atnaujinta prieš 3 dienas."); not a time alone ("3시간 전."),
    nor one whose period is its abbreviated unit's ("jonas_b · prieš 6 min.", `_abbreviated`), nor one within the
    day (a notice period is written in days or more: "Δημοσιεύτηκε πριν από 2 ώρες.")."""
    end = line.rstrip()
    if code not in _AGO_IS_BEFORE or end[-1:] not in ".。।!?؟":
        return False
    n = len(lows)
    if b == n and (a == 0 or end.endswith(".") and _abbreviated(lows[-1], code)):
        return False
    units = _day_units().get(code, frozenset())
    if any(w in units or _cldr_unit(w, (code,)) in units for w in lows[a:b]):
        return False
    return not _names_update(lows[b:] if b < n else lows[:a], code)


def _abbreviated(word: str, code: str) -> bool:
    """Is `word` a unit of time as CLDR abbreviates it in the language `code`: one of its past relative times' unit
    words that another of them begins with ("min" of "minučių", "d" of "dienų", "h" of "hodinami")?"""
    short, longer = _cldr_unit_words(code)
    units = short | longer
    return word in units and any(u != word and u.startswith(word) for u in units)


def _names_update(words: list[str], code: str) -> bool:
    """Do `words` name an update or an edit in the language `code` ("अपडेट किया गया", "수정됨")?"""
    solid = "".join(words)
    return any(u in solid for u in (*_updated_words(code), *_EDITED.get(code, ())))


def _field_label(label: str, code: str) -> bool:
    """Is `label`, the words before a relative time, a field's name ("일반 변경: 7일 전", "Bildirim süresi: 30 gün
    önce")? In Korean, Chinese, Japanese, Arabic, Persian, Urdu, Turkish, Hindi and Vietnamese the "ago" word is
    also "before", so such a line may be a notice period ("general changes: 7 days before"), the policy's own
    words (the third audit: every such line was dropped, and an edit of its number never versioned). There, a
    label that ends in a colon is a field's unless it names an update or an edit ("업데이트: 3일 전", "최종 수정:
    3일 전"); in other languages "ago" says nothing else, and the line is the clock whatever its label."""
    if code not in _AGO_IS_BEFORE:
        return False
    label = label.rstrip()
    if not label.endswith((":", "：")):
        return False
    solid = label.lower().replace(" ", "")
    return not any(u in solid for u in (*_updated_words(code), *_EDITED.get(code, ())))


# the languages whose "ago" word also means "before" (CLDR's relative times against their dictionaries: Lithuanian
# "prieš", Czech "před", Greek "πριν", Hebrew "לפני", Georgian "წინ"… were left out until the forty-ninth session,
# and a notice period's sentence in them went as the clock)
_AGO_IS_BEFORE = frozenset(("ko", "zh", "ja", "ar", "fa", "ur", "tr", "hi", "vi", "bn", "ta", "te", "mr", "gu", "kn",
                            "ml", "pa", "ne", "si", "am", "az", "bg", "cs", "el", "he", "hr", "hy", "ka", "kk", "lt",
                            "lv", "mk", "mn", "sk", "sl", "sq", "sr", "uz"))
# their words for an update or an edit, besides the vocabulary's "updated" labels, unspaced and lower-cased
_EDITED = {"ko": ("업데이트", "수정", "갱신", "개정"), "zh": ("更新", "修改", "修订", "修訂", "编辑", "編輯", "发布", "發布"),
           "ja": ("更新", "改定", "改訂", "編集", "投稿"), "ar": ("تحديث", "تعديل", "نشر"),
           "fa": ("به‌روزرسانی", "بهروزرسانی", "ویرایش"), "ur": ("اپڈیٹ", "ترمیم"),
           "tr": ("güncellen", "düzenlen", "değiştiril", "yayınlan"), "hi": ("अपडेट", "अद्यतन", "संशोधित", "प्रकाशित"),
           "vi": ("cậpnhật", "chỉnhsửa", "sửađổi", "đăng"),
           # ...and those the forty-ninth session added to them: a feed's or a comment's "published", "posted",
           # "added" (a colleague's review: "Публикувано преди 3 дни.", "פורסם לפני 3 ימים.")
           "lt": ("atnaujin", "redaguot", "paskelb", "pridėt"), "lv": ("atjaunin", "rediģēt", "publicēt"),
           "cs": ("aktualizov", "upraven", "publikov", "přidán", "zveřejněn"),
           "sk": ("aktualizov", "upraven", "publikov", "pridan", "zverejnen"),
           "sl": ("posodobljen", "urejen", "objavljen", "dodan"),
           "hr": ("ažurirano", "uređeno", "objavljeno", "dodano"),
           "sr": ("ažurir", "ажурир", "izmenjen", "измењен", "objavljen", "објављен", "dodat", "додат"),
           "bg": ("актуализ", "обнов", "редакт", "публикув", "добав"), "mk": ("ажурир", "уреден", "објавен", "додаден"),
           "el": ("ενημερ", "επεξεργ", "δημοσιεύ", "αναρτήθ", "προστέθ"),
           "he": ("עודכן", "עדכון", "נערך", "פורסם", "נוסף"),
           "ka": ("განახლ", "რედაქტ", "გამოქვეყნ", "დაემატ"), "hy": ("թարմաց", "խմբագր", "հրապարակ", "ավելացվ"),
           "kk": ("жаңарт", "өңдел", "жариял", "қосыл")}


def _relative_reads(core: str, langs: tuple[str, ...], inflected: bool = False) -> bool:
    """Does dateparser read `core` as a time before now in one of `langs`, as written or, when `inflected` (the
    time ends its line, after an update's label), with its unit in the form CLDR gives (`_cldr_unit`)?"""
    from dateparser import parse
    tries = [core]
    words = core.split()
    for i, w in enumerate(words if inflected else ()):
        if (unit := _cldr_unit(w, langs)) is not None:
            tries.append(" ".join(words[:i] + [unit] + words[i + 1:]))
    for text in tries:
        try:
            if parse(text, languages=[_DATEPARSER_CODES.get(c, c) for c in langs], settings=_RELATIVE) is not None:
                return True
        except Exception:  # a third party's parser on any text: whatever it raises, this is no time  # noqa: BLE001
            log.debug("dateparser failed on %r", text, exc_info=True)
    return False


_UNIT_STEM = 4  # letters a unit's form and CLDR's must share...
_UNIT_ENDING = 3  # ...each with at most this many letters after them


def _cldr_unit(word: str, langs: tuple[str, ...]) -> str | None:
    """The form of a time unit CLDR's past relative times write that `word` inflects otherwise, or None. CLDR
    gives one or two of a unit's forms where an inflected language has more: Lithuanian's "prieš (\\d+) mėnesių"
    and "mėnesį", not the "mėnesius" of "prieš 6 mėnesius" (six months ago) a citizen-science site printed above
    its policy (science_world: a version each month). A form sharing its first _UNIT_STEM letters or more with
    the word, each ending at most _UNIT_ENDING letters after them, is that unit; the longest shared start wins."""
    if len(word) < _UNIT_STEM or not word.isalpha():
        return None
    best, shared = None, _UNIT_STEM - 1
    for unit in (u for code in langs for u in _cldr_units(code)):
        n = len(os.path.commonprefix([word, unit]))
        if n > shared and len(word) - n <= _UNIT_ENDING and len(unit) - n <= _UNIT_ENDING and unit != word:
            best, shared = unit, n
    return best


def _cldr_units(code: str) -> frozenset[str]:
    """The forms CLDR writes of a language's units in its past relative times ("dieną", "dienų", "mėnesį", …)."""
    short, longer = _cldr_unit_words(code)
    return short | longer


@functools.lru_cache(maxsize=None)
def _cldr_unit_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of a language's past relative times in seconds, minutes and hours, those of its longer ones), from
    CLDR (dateparser's locale data), besides the number and its "ago" word; empty for a language it lacks."""
    from dateparser.languages.loader import default_loader
    try:
        info = default_loader.get_locale(_DATEPARSER_CODES.get(code, code)).info
    except (ValueError, KeyError):
        return frozenset(), frozenset()
    ago, _ = _relative_patterns()
    words: dict[bool, set[str]] = {True: set(), False: set()}
    for key, forms in info.get("relative-type-regex", {}).items():
        if "ago" in key:
            words[any(u in key for u in ("second", "minute", "hour"))].update(
                w for p in forms for w in re.sub(r"\(.*?\)", " ", p.lower()).split() if w not in ago and w.isalpha())
    return frozenset(words[True]), frozenset(words[False])


_RELATIVE = {"PARSERS": ["relative-time"], "RETURN_AS_TIMEZONE_AWARE": False}
