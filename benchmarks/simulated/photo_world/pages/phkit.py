"""Helpers shared by photo_world's page modules: policy blocks rendered with a platform's own tags and attributes,
local clock times of the captures (EU summer time, Egypt's), order cut-off countdowns, native digits and month
names. Page modules import it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt

import common as C

DIGITS = {"bn": "০১২৩৪৫৬৭৮৯", "ar": "٠١٢٣٤٥٦٧٨٩"}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "bn": ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
           "lokakuu", "marraskuu", "joulukuu"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}


def digits(s, script):
    t = DIGITS[script]
    return "".join(t[int(c)] if c.isdigit() and c in "0123456789" else c for c in str(s))


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def groups(blocks):
    """(title, intro, sections): the h1's text (or None), the blocks before the first h2, [(h2 text, blocks)]."""
    title = None
    if blocks and blocks[0][0] == "h1":
        title, blocks = blocks[0][1], blocks[1:]
    head, secs = C.split_sections(blocks)
    return title, head, secs


# ---------------------------------------------------------------- clocks

def _last_weekday(y, m, wd):
    d = (dt.date(y, m + 1, 1) if m < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
    while d.weekday() != wd:
        d -= dt.timedelta(days=1)
    return d


eu_summer = C.eu_summer  # (services_world's common)


def local(when, zone):
    """Local wall-clock time of the UTC capture time in the page's zone."""
    if zone in ("nl", "ca"):
        h = 1 + eu_summer(when)
    elif zone == "fi":
        h = 2 + eu_summer(when)
    elif zone == "pt":
        h = 0 + eu_summer(when)
    elif zone == "tr":
        h = 3
    elif zone == "id":
        h = 7
    elif zone == "bn":
        h = 6
    elif zone == "eg":
        # Egypt brought summer time back in 2023: last Friday of April to last Thursday of October
        h = 2
        if when.year >= 2023:
            a = dt.datetime.combine(_last_weekday(when.year, 4, 4), dt.time(0)) - dt.timedelta(hours=2)
            b = dt.datetime.combine(_last_weekday(when.year, 10, 3), dt.time(21))
            h += a <= when < b
    else:
        raise ValueError(zone)
    return when + dt.timedelta(hours=h), h


def cutoff(loc, hour, minute=0, skip_sunday=False):
    """(deadline, delivery day offset, hours left, minutes left) of the next order cut-off at hour:minute local."""
    d = dt.datetime(loc.year, loc.month, loc.day, hour, minute)
    if loc >= d:
        d += dt.timedelta(days=1)
    if skip_sunday and d.weekday() == 6:
        d += dt.timedelta(days=1)
    left = d - loc
    mins = left.seconds // 60 + left.days * 1440
    return d, mins // 60, mins % 60
