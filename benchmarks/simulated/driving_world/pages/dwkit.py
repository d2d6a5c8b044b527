"""Helpers shared by driving_world's page modules: local clocks (EU summer time, Mexico City's 2022 rule), holiday
windows, "latest items" lists, and a CMS "saved" stamp that moves when the page's text is saved (or re-saved)."""
import datetime as dt
import hashlib

import common as C

eu_summer = C.eu_summer  # (services_world's common)


def utc_offset(when, zone):
    """Minutes east of UTC of a zone at a naive UTC datetime: EET/CET follow EU rules, MX is Mexico City (summer
    time abolished after 30 October 2022), TRT, ICT and WIB have none."""
    if zone == "EET":
        return 180 if eu_summer(when) else 120
    if zone == "CET":
        return 120 if eu_summer(when) else 60
    if zone == "MX":
        return -300 if dt.datetime(2022, 4, 3, 8) <= when < dt.datetime(2022, 10, 30, 7) else -360
    return {"TRT": 180, "ICT": 420, "WIB": 420}[zone]


def local(when, zone):
    return when + dt.timedelta(minutes=utc_offset(when, zone))


def offset_str(when, zone):
    m = utc_offset(when, zone)
    return "%s%02d:%02d" % ("+" if m >= 0 else "-", abs(m) // 60, abs(m) % 60)


def iso_local(t, zone):
    """A naive UTC datetime as local ISO time with offset (WordPress / Yoast style)."""
    return local(t, zone).strftime("%Y-%m-%dT%H:%M:%S") + offset_str(t, zone)


def latest(items, when, k):
    """The k newest of (date, ...) items published on or before the capture day, newest first."""
    return [it for it in sorted(items, key=lambda x: x[0], reverse=True) if it[0] <= when.date()][:k]


def around(when, dates, before, after):
    """The date of `dates` whose window [d - before, d + after] days holds the capture day, else None."""
    day = when.date()
    for d in dates:
        if d - dt.timedelta(days=before) <= day <= d + dt.timedelta(days=after):
            return d
    return None


def phase(when, steps):
    """The value of the last (date, value) step starting on or before the capture (release timelines)."""
    cur = steps[0][1]
    for d, v in steps:
        if when.date() >= d:
            cur = v
    return cur


def text_hash(blocks):
    return hashlib.sha1(repr(blocks).encode("utf-8")).hexdigest()


def carry_saved(rng, prev, when, p_resave=0.0):
    """The noise side of the "saved" stamp: the previous (text hash, stamp), or a re-save without text change."""
    cur = prev.get("saved") if prev else None
    if cur is not None and rng.random() < p_resave:
        return (cur[0], max(cur[1] + dt.timedelta(minutes=1), when - dt.timedelta(minutes=rng.randint(20, 2000))))
    return cur


def touch_saved(s, blocks, when, first):
    """The render side: a new stamp when the text differs from the saved one (the editor saved a new version
    between the previous capture and this one); `first` is the stamp of the text found at the first capture."""
    h = text_hash(blocks)
    cur = s.get("saved")
    if cur is None:
        s["saved"] = (h, first)
    elif cur[0] != h:
        back = dt.timedelta(minutes=25 + int(h[:5], 16) % 1100)
        s["saved"] = (h, max(cur[1] + dt.timedelta(minutes=1), when - back))
    return s["saved"][1]


digits_group = C.group_digits
