"""Helpers shared by faith_world's page modules: local wall-clock times of the captures (EU summer time for Lisbon,
Warsaw and Kyiv, Israel's own summer time, fixed offsets for Lagos, Dubai, Manila and Nairobi), month names, the
liturgical and religious calendar the sites' banners follow (Western and Orthodox Easter, Ramadan, the Jewish
holidays, a tabular Hijri date), a CMS "modified" stamp that moves when the text is saved, and small deterministic
pools. Page modules import it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

esc, attr, render_blocks = C.esc, C.attr, C.render_blocks

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    # Polish dates use the genitive: "5 marca 2024 r."
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"],
}

HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]


# ---------------------------------------------------------------- clocks

eu_summer, offset_str, publish_track, versioned = C.eu_summer, C.offset_str, C.saved_at, C.versioned  # (services_world's common)


def il_summer(when):
    """Israel summer time: from the Friday before March's last Sunday (00:00 UTC) to October's last Sunday."""
    a = dt.datetime.combine(C.last_sunday(when.year, 3) - dt.timedelta(days=2), dt.time(0))
    b = dt.datetime.combine(C.last_sunday(when.year, 10), dt.time(0))
    return a <= when < b


ZONES = {"ng": (60, None), "pt": (0, eu_summer), "pl": (60, eu_summer), "ae": (240, None), "ph": (480, None),
         "ke": (180, None), "ua": (120, eu_summer), "il": (120, il_summer)}


def local(when, zone):
    """Local wall-clock time (naive) and UTC offset in minutes of the UTC capture time in the page's zone."""
    base, dst = ZONES[zone]
    off = base + (60 if dst and dst(when) else 0)
    return when + dt.timedelta(minutes=off), off


# ---------------------------------------------------------------- calendars

def easter(year):
    """Western (Gregorian) Easter Sunday."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def orthodox_easter(year):
    """Orthodox Easter Sunday (Julian computus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return dt.date(year, month, day) + dt.timedelta(days=13)


RAMADAN = {2022: dt.date(2022, 4, 2), 2023: dt.date(2023, 3, 23), 2024: dt.date(2024, 3, 11),
           2025: dt.date(2025, 3, 1), 2026: dt.date(2026, 2, 18)}
ROSH_HASHANA = {2022: dt.date(2022, 9, 26), 2023: dt.date(2023, 9, 16), 2024: dt.date(2024, 10, 3),
                2025: dt.date(2025, 9, 23), 2026: dt.date(2026, 9, 12)}
PESACH = {2022: dt.date(2022, 4, 16), 2023: dt.date(2023, 4, 6), 2024: dt.date(2024, 4, 23),
          2025: dt.date(2025, 4, 13), 2026: dt.date(2026, 4, 2)}


def hijri(d):
    """(year, month 1-12, day) of the tabular (Kuwaiti) Islamic calendar for a Gregorian date."""
    jd = d.toordinal() + 1721425  # Julian day number at noon
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def in_window(d, start, days_before, days_after):
    return start - dt.timedelta(days=days_before) <= d <= start + dt.timedelta(days=days_after)


# ---------------------------------------------------------------- editors' saves


def pool_dates(seed, start, end, mean_days):
    """Deterministic event dates (datetimes) from start to end, about mean_days apart: sermons, posts, events."""
    rng = random.Random(seed)
    out = []
    t = dt.datetime.combine(start, dt.time(9))
    while t.date() < end:
        t += dt.timedelta(hours=rng.randint(int(mean_days * 12), int(mean_days * 36)))
        out.append(t)
    return out


def latest(pool, when, k):
    """Indexes of the k latest pool dates before `when`, newest first."""
    idx = [i for i, t in enumerate(pool) if t < when]
    return idx[-k:][::-1]


def deploy_hash(seed, when, mean_days, n=8):
    """A build/deploy hash that changes about every mean_days (deterministic from the date alone)."""
    days = pool_dates(seed, dt.date(2021, 6, 1), dt.date(2027, 1, 1), mean_days)
    k = len([t for t in days if t <= when])
    return C.det_sha(seed, k)[:n]
