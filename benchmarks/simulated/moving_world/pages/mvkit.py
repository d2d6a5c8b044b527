"""Helpers shared by moving_world's page modules: policy blocks rendered with a platform's own tags, local wall-clock
times of the captures (Brussels, Lisbon, Athens, Jerusalem, Bratislava, Kuala Lumpur, Bangkok, Barcelona), month
names and long dates per language, and a few counters that grow with time. Page modules import it after putting
their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import re
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    # Greek and Slovak dates use the genitive
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
           "novembre", "desembre"],
}

THAI_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def long_date(d, lang):
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), m, d.year)
    if lang == "pt":
        return "%d de %s de %d" % (d.day, m, d.year)
    if lang == "ca":
        return ("%d d'%s de %d" if m[0] in "ao" else "%d de %s de %d") % (d.day, m, d.year)
    if lang == "el":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "he":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "sk":
        return "%d. %s %d" % (d.day, m, d.year)
    if lang == "ms":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "th":
        return "%d %s %d" % (d.day, m, d.year + 543)
    raise ValueError(lang)


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def split_title(blocks):
    """(h1 text or None, the other blocks)."""
    if blocks and blocks[0][0] == "h1":
        return blocks[0][1], blocks[1:]
    return None, blocks


# ---------------------------------------------------------------- clocks

def _last_weekday(y, m, wd):
    d = (dt.date(y, m + 1, 1) if m < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
    while d.weekday() != wd:
        d -= dt.timedelta(days=1)
    return d


eu_summer = C.eu_summer  # (services_world's common)


def il_summer(when):
    """Israel summer time: from the Friday before the last Sunday of March (02:00 local) to the last Sunday of
    October (02:00 local)."""
    a = dt.datetime.combine(_last_weekday(when.year, 3, 6) - dt.timedelta(days=2), dt.time(0))
    b = dt.datetime.combine(_last_weekday(when.year, 10, 6), dt.time(23)) - dt.timedelta(days=1)
    return a <= when < b


ZONES = {"be": 1, "es": 1, "sk": 1, "pt": 0, "gr": 2, "il": 2, "my": 8, "th": 7}


def local(when, zone):
    """Local wall-clock time of the UTC capture time in the page's zone, and the UTC offset in hours."""
    h = ZONES[zone]
    if zone in ("be", "es", "sk", "pt", "gr"):
        h += eu_summer(when)
    elif zone == "il":
        h += il_summer(when)
    return when + dt.timedelta(hours=h), h


def grow(rng, prev, when, prev_when, per_day, jitter=0.35):
    """A counter that grows with the days elapsed since the previous capture (views, hits, reviews)."""
    days = max(0.02, (when - prev_when).total_seconds() / 86400.0)
    step = per_day * days * (1 - jitter + 2 * jitter * rng.random())
    return prev + max(1, int(round(step)))


def thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fill(tpl, **kw):
    """The template with each @@name@@ replaced by str(kw[name]) (page templates are full of % and braces)."""
    def rep(m):
        return str(kw[m.group(1)])
    out = re.sub(r"@@(\w+)@@", rep, tpl)
    return out
