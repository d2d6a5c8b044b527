"""Helpers shared by clubs_world's page modules: month names and date formats of the eight languages, local wall
clocks (EU summer time for Madrid, Zagreb, Oslo, Bratislava and Sofia; fixed offsets for Seoul, Sao Paulo and Kuala
Lumpur), a "saved" tracker (a CMS modified stamp that moves when an editor saves the page, also without a text
change), fixture pools and small token helpers. Page modules import it after putting their own folder on sys.path;
`common` comes from services_world."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"],
}

# minutes east of UTC, and whether EU summer time applies
OFFSETS = {"es": (60, True), "hr": (60, True), "no": (60, True), "sk": (60, True), "bg": (120, True),
           "ko": (540, False), "pt": (-180, False), "ms": (480, False)}


def local(when, lang):
    """The capture's local wall-clock time (naive) and its UTC offset in minutes."""
    off, dst = OFFSETS[lang]
    if dst:
        start = dt.datetime.combine(C.last_sunday(when.year, 3), dt.time(1))
        end = dt.datetime.combine(C.last_sunday(when.year, 10), dt.time(1))
        if start <= when < end:
            off += 60
    return when + dt.timedelta(minutes=off), off


def tz(off):
    sign = "+" if off >= 0 else "-"
    return "%s%02d:%02d" % (sign, abs(off) // 60, abs(off) % 60)


def iso_local(when, lang):
    t, off = local(when, lang)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz(off)


class Saved:
    """A CMS "modified" stamp: moves to a time shortly before the capture when the policy text changed (the render
    sees new blocks), and when the noise asked for a re-save without a text change (`resave`: an editor fixing a
    link's target, a plugin re-saving the post). One tracker per page module; captures come in time order."""

    def __init__(self, first):
        self.first = first
        self.last = None

    def stamp(self, blocks, when, resave=False):
        h = C.det_sha(repr(blocks))
        if self.last is None:
            self.last = (h, self.first)
        elif h != self.last[0] or resave:
            k = int(h[:6], 16) + when.day
            self.last = (h, when - dt.timedelta(days=k % 4, minutes=30 + k % 500))
        return self.last[1]


def ver(rng, n=8):
    return C.hexs(rng, n)


def deploy(rng, prev, p, make):
    """An asset hash that changes on a deploy (coin flip)."""
    return C.keep_or(rng, prev, p, make)


def next_weekday(d, weekday, plus=0):
    """The first date on/after d with that weekday (0 = Monday), `plus` weeks later."""
    return d + dt.timedelta(days=(weekday - d.weekday()) % 7 + 7 * plus)


def in_season(when, months):
    return when.month in months
