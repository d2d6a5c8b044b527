"""Helpers shared by garage_world's page modules: local wall-clock times of the captures (EU summer time for Paris,
Amsterdam, Helsinki, Copenhagen and Belgrade; fixed offsets for Tokyo, Ho Chi Minh City and Bangkok), month names,
tyre seasons, a "next free slot" teaser, slowly growing counters (reviews, inspections, hits) and a CMS "modified"
stamp that moves when the policy text is saved. Page modules import it after putting their own folder on sys.path;
`common` comes from services_world."""
import datetime as dt
import functools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

esc, attr, render_blocks = C.esc, C.attr, C.render_blocks

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "sr": ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
           "decembar"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
}

WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sr": ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "vi": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
    "th": ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"],
}


eu_summer, versioned = C.eu_summer, C.versioned  # (services_world's common)
modified_stamp = functools.partial(C.saved_at, key="modified", lag=(15, 900))


ZONES = {"fr": (60, True), "nl": (60, True), "da": (60, True), "sr": (60, True), "fi": (120, True),
         "ja": (540, False), "vi": (420, False), "th": (420, False)}


def local(when, zone):
    """Local wall-clock time (naive) and UTC offset in minutes of the UTC capture time in the page's zone."""
    base, dst = ZONES[zone]
    off = base + (60 if dst and eu_summer(when) else 0)
    return when + dt.timedelta(minutes=off), off


def tyre_season(d):
    """What a Northern-European tyre shop pushes on its banners in the month of date d."""
    m = d.month
    if m in (3, 4):
        return "spring"      # change to summer tyres
    if m in (10, 11):
        return "autumn"      # change to winter tyres
    if m in (12, 1, 2):
        return "winter"
    return "summer"


def next_slot(rng, loc, open_h=(7, 16), closed=(6,)):
    """A booking widget's next free slot after local time `loc`: half-hour steps, mostly a day or two ahead."""
    t = loc + dt.timedelta(hours=rng.choice([2, 3, 5, 20, 26, 44, 50, 70]))
    t = t.replace(minute=30 if t.minute >= 30 else 0, second=0)
    while t.weekday() in closed or not (open_h[0] <= t.hour < open_h[1]):
        t += dt.timedelta(minutes=30)
    return t


def grow(when, ref, base, per_day, rng=None, jitter=0):
    """A counter that grows with time (reviews, inspections done, page hits), a little jitter per capture."""
    days = (when - dt.datetime.combine(ref, dt.time(0))).total_seconds() / 86400.0
    v = int(base + max(0.0, days) * per_day)
    return v + (rng.randint(0, jitter) if rng and jitter else 0)


def is_open(loc, hours):
    """hours: {weekday: (open_hour_float, close_hour_float)}; open now at local time loc?"""
    h = hours.get(loc.weekday())
    x = loc.hour + loc.minute / 60.0
    return bool(h) and h[0] <= x < h[1]


def pick(rng, pool, k):
    return tuple(sorted(rng.sample(range(len(pool)), k)))
