"""Helpers shared by language_world's page modules: a template filler (@@name@@ slots, so that templates full of
CSS, JSON and % signs need no escaping), policy blocks rendered with a platform's own tags, the local wall-clock
time of a capture in the page's country, month names and Arabic-Indic digits. Page modules import it after putting
their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import hashlib
import re
import unicodedata

import common as C

AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    # Polish: genitive (dates in running text) and nominative
    "pl_gen": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
               "października", "listopada", "grudnia"],
    "pl": ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
           "październik", "listopad", "grudzień"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}

WEEKDAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
}


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def fill(_template, **kw):
    """Replace each @@name@@ slot of the template by str(kw[name]); every slot must be given."""
    def rep(m):
        return str(kw[m.group(1)])
    return re.sub(r"@@([a-z0-9_]+)@@", rep, _template)


def ar_digits(s):
    return "".join(AR_DIGITS[int(c)] if c in "0123456789" else c for c in str(s))


def hid(*parts, n=32):
    """A stable hex id of some parts (Notion block ids, Drupal node hashes...)."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def slug_ascii(s, sep="-"):
    """ASCII slug of a heading (Vietnamese and Turkish letters folded), as WordPress plugins make anchors."""
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", sep, s).strip(sep)
    return s


def plain(t):
    """The mini markup's text without its inline marks (link labels kept): for JSON payloads and TOCs."""
    return re.sub(r"\*\*(.+?)\*\*", r"\1", re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", t))


# ---------------------------------------------------------------- clocks

def _last_weekday(y, m, wd):
    d = (dt.date(y, m + 1, 1) if m < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
    while d.weekday() != wd:
        d -= dt.timedelta(days=1)
    return d


eu_summer = C.eu_summer  # (services_world's common)


def egypt_summer(when):
    """Egypt's summer time (back since 2023): last Friday of April to last Thursday of October."""
    if when.year < 2023:
        return False
    a = dt.datetime.combine(_last_weekday(when.year, 4, 4), dt.time(0)) - dt.timedelta(hours=2)
    b = dt.datetime.combine(_last_weekday(when.year, 10, 3), dt.time(21))
    return a <= when < b


OFFSETS = {"mx": lambda w: -6, "pl": lambda w: 1 + eu_summer(w), "ro": lambda w: 2 + eu_summer(w),
           "jp": lambda w: 9, "kr": lambda w: 9, "vn": lambda w: 7, "tr": lambda w: 3,
           "eg": lambda w: 2 + egypt_summer(w)}


def local(when, zone):
    """(local wall-clock datetime, UTC offset in hours) of the UTC capture time in the page's country."""
    h = OFFSETS[zone](when)
    return when + dt.timedelta(hours=h), h


def next_weekday(d, wd, min_days=0):
    """First date on or after d + min_days that falls on weekday wd (0 = Monday)."""
    d = d + dt.timedelta(days=min_days)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d


def timeline(items, d):
    """The last (start, value) of items (sorted by start date) whose start <= d; None before the first."""
    cur = None
    for start, v in items:
        if start <= d:
            cur = v
    return cur
