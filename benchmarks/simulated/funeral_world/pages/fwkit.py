"""Helpers shared by funeral_world's page modules: policy blocks rendered with a platform's own tags, local wall-clock
times of the captures (Central and Eastern European time with summer time, Manila, Karachi, Tehran), month names,
Persian digits, the Solar Hijri (Jalali) and tabular Islamic (Hijri) calendars, and day-seeded feeds (the obituaries,
ceremonies and articles a site lists on a given day). Page modules import it after putting their own folder on
sys.path; `common` comes from services_world."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = {
    "pl_gen": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
               "października", "listopada", "grudnia"],
    "cs_gen": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
               "listopadu", "prosince"],
    "sl_gen": ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
               "oktobra", "novembra", "decembra"],
    "lt_gen": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
               "spalio", "lapkričio", "gruodžio"],
    "fi_part": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
           "دسمبر"],
    "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
           "اسفند"],
    "hijri_ur": ["محرم الحرام", "صفر المظفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی",
                 "رجب المرجب", "شعبان المعظم", "رمضان المبارک", "شوال المکرم", "ذوالقعدہ", "ذوالحجہ"],
}

# Monday first, as datetime.weekday()
WEEKDAYS = {
    "fa": ["دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "ur": ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
}

FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def fa(s):
    """Persian digits (and the Persian thousands separator) of a string or a number."""
    return "".join(FA_DIGITS[int(c)] if c in "0123456789" else ("٬" if c == "," else c) for c in str(s))


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def title_and_rest(blocks):
    """(h1 text, the other blocks) of a policy whose first block is its h1."""
    assert blocks[0][0] == "h1", blocks[0]
    return blocks[0][1], blocks[1:]


# ---------------------------------------------------------------- clocks

eu_summer = C.eu_summer  # (services_world's common)


def local(when, zone):
    """(local wall-clock time, offset in minutes) of the UTC capture time in a page's zone: cet (Warsaw, Prague,
    Ljubljana), eet (Vilnius, Helsinki), ph (Manila), pk (Karachi), ir (Tehran, no summer time since 2022)."""
    if zone == "cet":
        m = 60 * (1 + eu_summer(when))
    elif zone == "eet":
        m = 60 * (2 + eu_summer(when))
    elif zone == "ph":
        m = 480
    elif zone == "pk":
        m = 300
    elif zone == "ir":
        m = 210
    else:
        raise ValueError(zone)
    return when + dt.timedelta(minutes=m), m


# ---------------------------------------------------------------- calendars

jalali = C.jalali  # (services_world's common)


def jalali_str(d, weekday=False):
    """'۲۲ اسفند ۱۴۰۲' (with 'سه‌شنبه ' before it when weekday)."""
    y, m, dd = jalali(d)
    s = "%s %s %s" % (fa(dd), MONTHS["fa"][m - 1], fa(y))
    return (WEEKDAYS["fa"][d.weekday()] + " " + s) if weekday else s


def hijri(d):
    """(year, month, day) of the tabular Islamic calendar (civil epoch) for a Gregorian date; Pakistani sites that
    print it are often a day off the moon-sighting date, as this is."""
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


# ---------------------------------------------------------------- day-seeded feeds

def day_rng(*parts):
    return random.Random("|".join(str(p) for p in parts))


def feed(key, day, back, per_day):
    """[(date, rng)] of the items a site published over the `back` days up to `day`, newest first; per_day(rng)
    says how many a day. Two captures a day apart share most of their list, as real 'latest' widgets do."""
    out = []
    for k in range(back + 1):
        d = day - dt.timedelta(days=k)
        r = day_rng(key, "day", d.isoformat())
        for j in range(per_day(r, d)):
            out.append((d, day_rng(key, "item", d.isoformat(), j)))
    return out
