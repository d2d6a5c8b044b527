"""Helpers shared by dental_world's page modules: policy blocks rendered with a platform's own tags and attributes,
local wall-clock times of the captures (EU summer time for Riga, Kyiv, Copenhagen, Stockholm and Belgrade; fixed
offsets for India, Bangladesh and China), month names, Bengali digits, a "last publish" tracker (a CMS's modified
date that moves whenever an editor saves the page, with or without a new date in the text) and small deterministic
pools. Page modules import it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = {
    # Latvian dates read "2024. gada 5. martā": the locative
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
           "दिसंबर"],
    "bn": ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"],
    # Ukrainian dates use the genitive: "5 березня 2024 р."
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "sr": ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар",
           "децембар"],
}

WEEKDAYS = {
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "lv": ["pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"],
}

BN_DIGITS = "০১২৩৪৫৬৭৮৯"


def bn(s):
    return "".join(BN_DIGITS[int(c)] if c in "0123456789" else c for c in str(s))


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


# ---------------------------------------------------------------- clocks

eu_summer, offset_str, publish_track = C.eu_summer, C.offset_str, C.saved_at  # (services_world's common)


OFFSETS = {"lv": (120, True), "uk": (120, True), "da": (60, True), "sv": (60, True), "sr": (60, True),
           "hi": (330, False), "bn": (360, False), "zh": (480, False)}


def local(when, zone):
    """Local wall-clock time (naive) and UTC offset in minutes of the UTC capture time in the page's zone."""
    base, dst = OFFSETS[zone]
    off = base + (60 if dst and eu_summer(when) else 0)
    return when + dt.timedelta(minutes=off), off


# ---------------------------------------------------------------- editors' saves


def republish(rng, prev, when, p, key_hash=None, lag=(30, 2000)):
    """An editor re-saving the page without touching the text (meta description, a menu, an image): a new stamp
    with probability p, same content hash."""
    if prev is None or rng.random() >= p:
        return prev
    t = when - dt.timedelta(minutes=rng.randint(*lag))
    if t.strftime("%Y-%m-%dT%H:%M:%S") <= prev[0]:
        return prev
    return (t.strftime("%Y-%m-%dT%H:%M:%S"), prev[1])


def versioned(table, when, lag_days=0):
    """The entry of [(date, value)...] (sorted) in force `lag_days` after its release date at `when`."""
    cur = table[0][1]
    for d, v in table:
        if d + dt.timedelta(days=lag_days) <= when.date():
            cur = v
    return cur


def pool_dates(seed, start, end, mean_days):
    """Deterministic event dates (datetimes) from start to end, about mean_days apart: reviews, blog posts."""
    rng = random.Random(seed)
    out = []
    t = dt.datetime.combine(start, dt.time(9))
    while t.date() < end:
        t += dt.timedelta(hours=rng.randint(int(mean_days * 12), int(mean_days * 36)))
        out.append(t)
    return out
