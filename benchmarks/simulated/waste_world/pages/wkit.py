"""Helpers shared by waste_world's page modules: local clocks (EU summer time for Tallinn, Brussels, Sofia, Oslo and
Helsinki; fixed offsets for India, Malaysia and Japan), month names, seasons, and small deterministic pools (news
posts, notices). Page modules import it after putting their own folder on sys.path; `common` is services_world's."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

esc, attr, render_blocks, saved_at, versioned = C.esc, C.attr, C.render_blocks, C.saved_at, C.versioned

OFFSETS = {"et": (120, True), "bg": (120, True), "fi": (120, True), "nl": (60, True), "nb": (60, True),
           "hi": (330, False), "ms": (480, False), "ja": (540, False)}

MONTHS = {
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
           "Disember"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
           "दिसंबर"],
}


def local(when, zone):
    """Local wall-clock time (naive) and UTC offset in minutes of the UTC capture time in the page's zone."""
    base, dst = OFFSETS[zone]
    off = base + (60 if dst and C.eu_summer(when) else 0)
    return when + dt.timedelta(minutes=off), off


def pool_dates(seed, start, end, mean_days):
    """Deterministic event dates (datetimes) from start to end, about mean_days apart: news posts, reviews."""
    rng = random.Random(seed)
    out = []
    t = dt.datetime.combine(start, dt.time(9))
    while t.date() < end:
        t += dt.timedelta(hours=rng.randint(int(mean_days * 12), int(mean_days * 36)))
        out.append(t)
    return out


def latest(pool_times, titles, when, k=3):
    """The k latest (datetime, title) posts published before `when` (titles cycle deterministically)."""
    past = [(t, titles[n % len(titles)]) for n, t in enumerate(pool_times) if t < when]
    return past[-k:][::-1]


def next_weekday(d, weekday):
    """The first date after d falling on weekday (0 Monday)."""
    d = d + dt.timedelta(days=1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    return d


def deploys(seed, start, end, mean_days, nhex=8):
    """[(date, hash)] of a site's deploys: asset hashes that change every mean_days or so."""
    rng = random.Random(seed)
    out = [(start, C.hexs(rng, nhex))]
    d = start
    while d < end:
        d += dt.timedelta(days=rng.randint(max(1, mean_days // 2), mean_days * 3 // 2))
        out.append((d, C.hexs(rng, nhex)))
    return out
