"""Helpers shared by marine_world's page modules: policy blocks rendered with a platform's own tags, local wall-clock
times of the captures (EU summer time, Indonesia's WITA), Easter, month names, the time a text version was saved
(for modified-time stamps that move when the page is re-saved), and a guard that two successive captures differ (a
crawler that stores only changed captures never holds two identical bodies in a row). Page modules import it after
putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import hashlib

import common as C

MONTHS = {
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    # Croatian dates use the genitive: "14. ožujka 2024."
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


esc, attr, render_blocks = C.esc, C.attr, C.render_blocks  # (services_world's common)


def title_and_rest(blocks):
    """(h1 text or None, the other blocks)."""
    if blocks and blocks[0][0] == "h1":
        return blocks[0][1], blocks[1:]
    return None, blocks


def plain(t):
    """Inline mini markup reduced to its visible text (for JSON payloads, tables of contents, meta tags)."""
    return C.INLINE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), t)


def slug(t):
    t = plain(t).lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("õ", "o"), ("ü", "u"), ("ß", "ss"),
                 ("č", "c"), ("ć", "c"), ("š", "s"), ("ž", "z"), ("đ", "d"), ("é", "e"), ("è", "e"), ("à", "a"),
                 ("ì", "i"), ("ò", "o"), ("ù", "u")):
        t = t.replace(a, b)
    out, dash = [], False
    for ch in t:
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


# ---------------------------------------------------------------- clocks and calendars

eu_summer = C.eu_summer  # (services_world's common)


def local(when, zone):
    """(local wall-clock datetime, UTC offset in hours) of the UTC capture time: cet, eet or wita."""
    if zone == "cet":
        h = 1 + eu_summer(when)
    elif zone == "eet":
        h = 2 + eu_summer(when)
    elif zone == "wita":
        h = 8
    else:
        raise ValueError(zone)
    return when + dt.timedelta(hours=h), h


def easter(y):
    """Gregorian Easter Sunday."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def saturdays_after(d, n, skip=0):
    """The n Saturdays after date d (charter weeks start on Saturdays), skipping the first `skip`."""
    x = d + dt.timedelta(days=(5 - d.weekday()) % 7 or 7)
    return [x + dt.timedelta(days=7 * (skip + j)) for j in range(n)]


# ---------------------------------------------------------------- saved-version times

_FIRST_SEEN = {}


def saved_at(key, blocks, when, first, max_hours=9):
    """When the version of the text in `blocks` was saved in the CMS: `first` for the first version a page shows,
    otherwise a few hours (deterministic) before the first capture that shows it. Used for modified-time stamps
    (Yoast's article:modified_time, Joomla's 'Ultima modifica', Storyblok's published_at) that move whenever the
    page is re-saved, a typo fix included."""
    h = hashlib.sha1(repr(blocks).encode("utf-8")).hexdigest()
    seen = _FIRST_SEEN.setdefault(key, {})
    if h not in seen:
        if not seen:
            seen[h] = first
        else:
            seen[h] = when - dt.timedelta(minutes=35 + int(h[:6], 16) % (max_hours * 60))
    return seen[h]


# ---------------------------------------------------------------- capture guard

def ensure_change(state, prev, key, make, tries=50):
    """A crawler that keeps only changed captures never stores two identical bodies in a row: when every noise
    component equals the previous capture's, redraw `key` (a component that changes between visits anyway)."""
    if prev is None:
        return state
    n = 0
    while all(state[k] == prev.get(k) for k in state) and n < tries:
        state[key] = make()
        n += 1
    return state


def digits_hash(name, n=20):
    """A stable run of decimal digits for an asset name (Shopify's ?v= prefixes, TYPO3 cache ids)."""
    return str(int(hashlib.sha1(name.encode()).hexdigest(), 16))[:n]


def hex_hash(name, n=16):
    return hashlib.sha1(name.encode()).hexdigest()[:n]
