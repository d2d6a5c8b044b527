"""Helpers shared by resale_world's page modules: month names, seasonal banners, sticky deploy stamps, auction
calendars and prices."""
import datetime as dt

import common as C

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "el": ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
           "Νοεμβρίου Δεκεμβρίου").split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def dmy(d, lang, sep=" "):
    return "%d%s%s%s%d" % (d.day, sep, MONTHS[lang][d.month - 1], sep, d.year)


def season(when, table, default=None):
    """The label of the first (m1, d1, m2, d2, label) window (inclusive, may wrap the year) holding `when`."""
    md = (when.month, when.day)
    for m1, d1, m2, d2, label in table:
        a, b = (m1, d1), (m2, d2)
        if (a <= md <= b) if a <= b else (md >= a or md <= b):
            return label
    return default


def deploy(rng, prev, p, when, digits=10):
    """A sticky deploy/cache stamp: kept unless a coin flip says the site was redeployed (then a fresh value)."""
    return C.keep_or(rng, prev, p, lambda: C.hexs(rng, digits))


def stamp(rng, prev, p, when):
    """A sticky unix-time cache-buster (`?ver=1712345678`) set at a redeploy shortly before `when`."""
    return C.keep_or(rng, prev, p, lambda: str(C.epoch(when) - rng.randint(3600, 86400 * 9)))


def next_date(when, first, every_days):
    """The first date of a regular calendar (an auction every `every_days` from `first`) on or after `when`."""
    d = first
    while d < when.date():
        d += dt.timedelta(days=every_days)
    return d


def price(rng, lo, hi, step=5):
    return rng.randrange(lo // step, hi // step + 1) * step
