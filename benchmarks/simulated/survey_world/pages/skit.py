"""Helpers shared by survey_world's pages: local date formats (German, Finnish, Lithuanian and Croatian month names,
Malay, Thai Buddhist-era dates, Persian Solar Hijri dates in Persian digits), counters that grow with time (panel
members, points paid out, page views), seasons of campaign banners, and token shapes (JWT-like request tokens,
WordPress nonces, Laravel CSRF tokens). services_world's `common` is on sys.path when its generator loads a page."""
import base64
import datetime as dt
import json
import re

import common as C

DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
FI_MONTHS_PART = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                  "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
LT_MONTHS_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
                 "spalio", "lapkričio", "gruodžio"]
HR_MONTHS_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                 "listopada", "studenoga", "prosinca"]
HR_MONTHS_SHORT = ["sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro"]
MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
             "November", "Disember"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # date.weekday() order
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def de_date(d):
    return "%d. %s %d" % (d.day, DE_MONTHS[d.month - 1], d.year)


def lt_date(d):
    return "%d m. %s %d d." % (d.year, LT_MONTHS_GEN[d.month - 1], d.day)


def hr_date(d):
    return "%d. %s %d." % (d.day, HR_MONTHS_GEN[d.month - 1], d.year)


def ms_date(d):
    return "%d %s %d" % (d.day, MS_MONTHS[d.month - 1], d.year)


def th_date(d, short=False):
    """Thai date with the Buddhist-era year (2024 -> 2567)."""
    return "%d %s %d" % (d.day, (TH_MONTHS_SHORT if short else TH_MONTHS)[d.month - 1], d.year + 543)


def fa_digits(s):
    return str(s).translate(FA_DIGITS)


jalali = C.jalali  # (services_world's common)


def fa_date(d, weekday=False):
    """'۲۲ اسفند ۱۴۰۲' (with the weekday in front when asked)."""
    jy, jm, jd = jalali(d)
    s = "%s %s %s" % (fa_digits(jd), FA_MONTHS[jm - 1], fa_digits(jy))
    return (FA_WEEKDAYS[d.weekday()] + " " + s) if weekday else s


def group(n, sep=","):
    """Thousands grouping: group(1284117, '.') -> '1.284.117'."""
    return C.group_digits(n, sep)


def grow(when, t0, v0, per_day, wobble=0.0):
    """A counter that only grows: v0 at datetime t0 plus per_day a day (with a slow seasonal wobble of the rate)."""
    days = (when - t0).total_seconds() / 86400.0
    extra = wobble * per_day * 30 * (1 + ((when.month % 6) / 6.0)) if wobble else 0
    return int(v0 + per_day * days + extra * (days / 365.0))


def season(when, spans):
    """The key of the first (from (m, d), to (m, d), key) span the date falls in (spans may wrap the new year)."""
    md = (when.month, when.day)
    for a, b, key in spans:
        if (a <= md <= b) if a <= b else (md >= a or md <= b):
            return key
    return None


def easter(year):
    """Gregorian Easter Sunday (anonymous algorithm)."""
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


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt_like(rng, header, payload):
    """A signed-token shape (header.payload.signature) as TYPO3's __RequestToken and many SPA sessions use."""
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url(bytes(rng.getrandbits(8) for _ in range(32))))


def wp_nonce(rng):
    return C.hexs(rng, 10)


def laravel_token(rng):
    return C.alnum(rng, 40)


def deploy_hash(rng, prev, p, make):
    """A per-deploy value: kept from the previous capture unless this capture saw a deploy (chance p)."""
    return C.keep_or(rng, prev, p, make)


def upper_hash(rng, n=8):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def unwrap(src):
    """A policy source written with continuation lines (indented by four or more spaces) as one line each: the
    page modules keep their lines short; parse_src reads a list item or a table row from a single line."""
    return re.sub(r"\n {4,}", " ", src)


def eu_local(t, base_hours):
    """A UTC datetime as local wall time of a European zone (base offset in winter, one hour more in summer time:
    last Sunday of March to last Sunday of October, 01:00 UTC)."""
    def last_sunday(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    a = dt.datetime.combine(last_sunday(t.year, 3), dt.time(1))
    b = dt.datetime.combine(last_sunday(t.year, 10), dt.time(1))
    return t + dt.timedelta(hours=base_hours + (1 if a <= t < b else 0))


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid_like(*parts):
    """A stable ULID-shaped id (26 Crockford base-32 characters) derived from its parts."""
    h = int(C.det_sha(*parts), 16)
    out = []
    for _ in range(24):
        out.append(CROCKFORD[h % 32])
        h //= 32
    return "01" + "".join(out)
