"""Helpers shared by accountants_world's page modules: services_world's `common`, dated lists (latest posts, tax
deadlines), deploy hashes that stick for a while, month names and a cache-build stamp."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
           "दिसंबर"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
}


def month(lang, d):
    return MONTHS[lang][d.month - 1]


def posts_until(posts, when, k=3):
    """The k latest of dated posts [(date, title, slug)] published on or before `when` (a blog's latest-posts list,
    a CMS view of the newest circulars), newest first, as a tuple (comparable widget state)."""
    day = when.date() if isinstance(when, dt.datetime) else when
    seen = [p for p in posts if p[0] <= day]
    return tuple(sorted(seen, key=lambda p: p[0], reverse=True)[:k])


def make_posts(start, end, titles, step_days=(18, 45), rng=None):
    """Dated posts spread from start to end with the given titles cycled (deterministic with rng)."""
    out, d, n = [], start, 0
    while d <= end:
        t = titles[n % len(titles)]
        out.append((d, t, "%s-%d" % (t.split()[0].lower().strip(",.:"), n + 1)))
        d = d + dt.timedelta(days=rng.randint(*step_days) if rng else step_days[0])
        n += 1
    return out


def sticky(rng, prev, p, make):
    return C.keep_or(rng, prev, p, make)


def cache_built(rng, when, max_minutes=600):
    """A page cache's build time shortly before the capture (WP Rocket, LiteSpeed, Varnish): naive datetime."""
    return when - dt.timedelta(minutes=rng.randint(2, max_minutes), seconds=rng.randint(0, 59))
