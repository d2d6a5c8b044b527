"""Helpers shared by parking_world's page modules: policy blocks rendered with a platform's own tags, local clock
times of the captures (EU, East Africa, Indochina, Korea/Japan, Iceland), month names, deterministic news lists.
Page modules import it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = {
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"],
}

WEEKDAYS = {
    "vi": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "ko": ["월", "화", "수", "목", "금", "토", "일"],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"],
}


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def gold_without_markers(url):
    """gold_md of a page whose source carries "%% name" markers (where a page puts its own boxes)."""
    return lambda blocks: C.blocks_md(C.without_markers(blocks), url)


# ---------------------------------------------------------------- clocks

eu_summer = C.eu_summer  # (services_world's common)


def local(when, zone):
    """(local wall-clock time, UTC offset in hours) of the UTC capture time."""
    if zone == "eet":          # Estonia, Romania, Bulgaria
        h = 2 + eu_summer(when)
    elif zone in ("kst", "jst"):
        h = 9
    elif zone == "ict":        # Vietnam
        h = 7
    elif zone == "eat":        # Tanzania
        h = 3
    elif zone == "gmt":        # Iceland, no summer time
        h = 0
    else:
        raise ValueError(zone)
    return when + dt.timedelta(hours=h), h


def latest(items, when, k):
    """The k newest (date, ...) items published on or before `when` (newest first)."""
    past = [it for it in items if it[0] <= when.date()]
    return sorted(past, key=lambda it: it[0], reverse=True)[:k]


def group_thousands(n, sep):
    s = "{:,}".format(n)
    return s.replace(",", sep)


_WHENS = {}


def prev_when(key, i, when):
    """The previous capture's time of page `key` (noise functions are called in capture order), None at the first."""
    _WHENS[(key, i)] = when
    return _WHENS.get((key, i - 1))


def between(rng, lo, hi, min_gap=60, max_back=None):
    """A datetime strictly between lo (or None) and hi, at most max_back before hi: when a cache was filled, a site
    re-published, a file saved since the previous capture."""
    span = (hi - lo).total_seconds() if lo is not None else 10 ** 9
    if max_back is not None:
        span = min(span, max_back.total_seconds())
    span = max(span, 2 * min_gap)
    return hi - dt.timedelta(seconds=rng.randint(min_gap, int(span) - min_gap))
