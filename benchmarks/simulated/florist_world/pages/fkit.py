"""Helpers shared by florist_world's pages: local clocks, month names, seasonal campaign windows (Valentine's,
Mother's days by country, Ramadan, All Saints...), order cut-off teasers, Arabic-Indic digits, growing counters."""
import datetime as dt

import common as C

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s):
    return str(s).translate(AR_DIGITS)


last_sunday = C.last_sunday  # (services_world's common)


def nth_weekday(year, month, weekday, n):
    """The n-th `weekday` (0 = Monday) of a month (Mother's Day: 2nd Sunday of May)."""
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def eu_local(when, std):
    """UTC capture time as wall-clock time in a zone with EU summer time (std = standard offset in hours)."""
    y = when.year
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1))
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1))
    return when + dt.timedelta(hours=std + (1 if start <= when < end else 0))


def cairo_local(when):
    """Egypt: UTC+2, summer time again from 2023 (last Friday of April to last Thursday of October)."""
    y = when.year
    off = 2
    if y >= 2023:
        a = last_sunday(y, 4) - dt.timedelta(days=2)
        b = last_sunday(y, 10) - dt.timedelta(days=3)
        if a <= when.date() < b:
            off = 3
    return when + dt.timedelta(hours=off)


def fixed_local(when, off):
    return when + dt.timedelta(hours=off)


def in_window(d, a, b):
    """d (a date) in the inclusive window a..b of (month, day) pairs or dates (a window may wrap the new year)."""
    if isinstance(a, dt.date):
        return a <= d <= b
    md = (d.month, d.day)
    return a <= md <= b if a <= b else (md >= a or md <= b)


def season(d, windows, default):
    """The key of the first window (key, start, end) that holds date d, else default."""
    for key, a, b in windows:
        if in_window(d, a, b):
            return key
    return default


def before(d, days):
    """(start, end) window of the `days` days up to and including date d."""
    return d - dt.timedelta(days=days), d


RAMADAN = {2022: (dt.date(2022, 4, 2), dt.date(2022, 5, 4)), 2023: (dt.date(2023, 3, 23), dt.date(2023, 4, 23)),
           2024: (dt.date(2024, 3, 11), dt.date(2024, 4, 12)), 2025: (dt.date(2025, 3, 1), dt.date(2025, 4, 2)),
           2026: (dt.date(2026, 2, 18), dt.date(2026, 3, 22))}  # Ramadan to the third day of Eid al-Fitr


def cutoff(local, hour, minute=0):
    """(hours, minutes) left before today's order cut-off at local wall-clock time, or None when it has passed
    (or on Sunday, when the shop does not deliver the same day)."""
    if local.weekday() == 6:
        return None
    cut = local.replace(hour=hour, minute=minute, second=0)
    if local >= cut:
        return None
    left = int((cut - local).total_seconds() // 60)
    return left // 60, left % 60


def grow(when, start, base, per_day, rng, jitter=0):
    """A counter that grows with time (reviews, visitors): base + per_day * days since start (+ jitter)."""
    days = (when.date() - start).days
    return int(base + per_day * days + (rng.randint(0, jitter) if jitter else 0))


group3 = C.group_digits


def fill(template, **kw):
    """The template with each @@key@@ replaced by kw[key] (page templates are full of braces and percent signs); every
    token must be filled."""
    out = template
    for k, v in kw.items():
        out = out.replace("@@%s@@" % k, str(v))
    if "@@" in out:
        raise KeyError(out[out.index("@@"):out.index("@@") + 40])
    return out


def epoch(when):
    return int((when - dt.datetime(1970, 1, 1)).total_seconds())


def unwrap(src, sep=" "):
    """The policy source with continuation lines (indented by two spaces: a list item or table row wrapped to keep the
    module's lines short) joined to the line before, so that parse_src sees one line per item; sep "" for Japanese,
    whose wrapped paragraphs must not gain a space."""
    return src.replace("\n  ", sep)
