"""Helpers shared by jewellery_world's page modules: policy blocks rendered with a platform's own tags, local clock
times of the captures (CET/EET with EU summer time, Israel's summer time, Thailand, Malaysia), month names, a
deterministic gold price per day. Page modules import it after putting their own folder on sys.path; `common` comes
from services_world (jewellery_world/build.py runs services_world's generator, which puts it on sys.path)."""
import datetime as dt
import math
import random

import common as C

MONTHS = {
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    # Greek and Croatian dates use the genitive
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "he": ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
           "דצמבר"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
}

WEEKDAYS = {
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "th": ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"],
}


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def title_and_rest(blocks):
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
    """Israel: from the Friday before the last Sunday of March, 02:00 local, to the last Sunday of October, 02:00."""
    a = dt.datetime.combine(_last_weekday(when.year, 3, 6) - dt.timedelta(days=2), dt.time(0))
    b = dt.datetime.combine(_last_weekday(when.year, 10, 6), dt.time(23)) - dt.timedelta(days=1)
    return a <= when < b


def local(when, zone):
    """Local wall-clock time of the UTC capture time: zone cet (SK, HU, HR, NO), eet (GR), il, th, my."""
    if zone == "cet":
        h = 1 + eu_summer(when)
    elif zone == "eet":
        h = 2 + eu_summer(when)
    elif zone == "il":
        h = 2 + il_summer(when)
    elif zone == "th":
        h = 7
    elif zone == "my":
        h = 8
    else:
        raise ValueError(zone)
    return when + dt.timedelta(hours=h)


# ---------------------------------------------------------------- prices

def gold_usd_oz(day):
    """A plausible London gold price (USD per troy ounce) of a day of 2022-2025: the real trend (about 1650 in late
    2022, 2000 in spring 2023, 2350 in spring 2024, 2650 at the end of 2024, 3300 in spring 2025) plus a
    deterministic daily wobble."""
    pts = [(dt.date(2022, 1, 1), 1800), (dt.date(2022, 10, 1), 1660), (dt.date(2023, 5, 1), 1990),
           (dt.date(2023, 10, 1), 1850), (dt.date(2024, 1, 1), 2060), (dt.date(2024, 5, 1), 2330),
           (dt.date(2024, 10, 30), 2780), (dt.date(2025, 1, 1), 2620), (dt.date(2025, 4, 20), 3350),
           (dt.date(2025, 12, 31), 3400)]
    for (a, pa), (b, pb) in zip(pts, pts[1:]):
        if a <= day <= b:
            base = pa + (pb - pa) * (day - a).days / (b - a).days
            break
    else:
        base = pts[-1][1]
    r = random.Random("gold|%s" % day.isoformat())
    wob = 18 * math.sin(day.toordinal() / 6.0) + r.uniform(-12, 12)
    return base + wob


def thousands(n, sep):
    s = "%d" % n
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)
