"""Helpers shared by coworking_world's page modules: policy blocks rendered with a platform's own tags, local wall-clock
time of a capture in the page's zone, month names, deterministic picks by date (weekly community events, monthly
promotions) and a guard that a per-request state really differs from the previous visit's. Page modules import it
after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import hashlib

import common as C

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}

WEEKDAYS = {
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
}


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def groups(blocks):
    """(h1 text or None, blocks before the first h2, [(h2 text, blocks)])."""
    title = None
    if blocks and blocks[0][0] == "h1":
        title, blocks = blocks[0][1], blocks[1:]
    head, secs = C.split_sections(blocks)
    return title, head, secs


def slug(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif ch in "äàáâ":
            out.append("a")
        elif ch in "öòóô":
            out.append("o")
        elif ch in "üùúû":
            out.append("u")
        elif ch in "éèêë":
            out.append("e")
        elif ch in "íìî":
            out.append("i")
        else:
            out.append("-")
    return "-".join(p for p in "".join(out).split("-") if p)


# ---------------------------------------------------------------- clocks

eu_summer = C.eu_summer  # (services_world's common)


OFFSETS = {"ar": -3, "br": -3, "tr": 3, "ae": 4, "sa": 3, "jkt": 7, "bali": 8}


def local(when, zone):
    """Local wall-clock time of the UTC capture `when` in zone ch/be/it (CET/CEST) or a fixed-offset zone."""
    if zone in ("ch", "be", "it"):
        h = 1 + eu_summer(when)
    else:
        h = OFFSETS[zone]
    return when + dt.timedelta(hours=h), h


# ---------------------------------------------------------------- deterministic picks


def hpick(seq, *parts):
    """An item of seq chosen by a hash of parts (the same parts, the same item: a weekly or monthly rotation)."""
    h = int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)
    return seq[h % len(seq)]


def hint(lo, hi, *parts):
    h = int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def upcoming(day, weekdays, pool, n, key, horizon=45):
    """The next n (date, title) events on the given weekdays from `day` on, titles drawn per date from pool."""
    out = []
    d = day
    while len(out) < n and (d - day).days < horizon:
        if d.weekday() in weekdays:
            out.append((d, hpick(pool, key, d.isoformat())))
        d += dt.timedelta(days=1)
    return tuple(out)


def differs(rng, prev, state, key, make, tries=20):
    """Redraw state[key] with make() until the state differs from the previous visit's (a capture exists only
    because the page's HTML changed)."""
    n = 0
    while prev is not None and state == prev and n < tries:
        state[key] = make()
        n += 1
    return state
