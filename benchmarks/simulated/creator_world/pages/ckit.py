"""Helpers shared by creator_world's page modules: local clocks, month names, seasonal pools and small deterministic
pools of creator handles. Page modules import it after putting their own folder on sys.path; `common` comes from
services_world."""
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
    # Austrian German: Jänner, not Januar
    "at": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
}

# (base offset in minutes, EU-style summer time)
ZONES = {"uk": (0, True), "at": (60, True), "cz": (60, True), "ro": (120, True), "id": (420, False),
         "vn": (420, False), "th": (420, False), "il": (120, True)}


def local(when, zone):
    base, dst = ZONES[zone]
    off = base + (60 if dst and C.eu_summer(when) else 0)
    return when + dt.timedelta(minutes=off), off


def handles(seed, n, stems):
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        h = rng.choice(stems) + rng.choice(["", "_", ".", ""]) + rng.choice(["", str(rng.randint(1, 99))])
        if h not in out:
            out.append(h)
    return out


def deploy(when, table):
    """The deploy id in force at `when`: table = [(date, id)...]."""
    return C.versioned(table, when)


def deploys(seed, start, end, mean_days, nhex=8):
    rng = random.Random(seed)
    out, d = [], start
    while d < end:
        out.append((d, C.hexs(rng, nhex)))
        d += dt.timedelta(days=rng.randint(max(1, mean_days // 2), mean_days * 2))
    return out


def growing(when, start, base, per_day, rng, jitter=0):
    """A live counter that grows with time (members, creators, donations) plus a little per-request jitter."""
    days = (when.date() - start).days
    return int(base + per_day * days + (rng.randint(0, jitter) if jitter else 0))
