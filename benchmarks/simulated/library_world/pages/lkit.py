"""Helpers shared by library_world's page modules: month names, local wall-clock times (EU summer time; fixed
offsets for Seoul, Reykjavik, Sao Paulo and Casablanca), seasons, and a CMS "modified" stamp. Page modules import
it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401

MONTHS = {
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
           "de setembre", "d'octubre", "de novembre", "de desembre"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"],
}


def local(when, zone):
    """Naive local time of a naive UTC capture time: "eu" = CET/CEST, else a fixed offset in hours."""
    if zone == "eu":
        return when + dt.timedelta(hours=2 if C.eu_summer(when) else 1)
    return when + dt.timedelta(hours=zone)


def season(when, table):
    """table: [(first month, last month, value)]; the value whose months hold `when`, else None."""
    for a, b, v in table:
        if a <= when.month <= b:
            return v
    return None


def deploy(rng, prev, p, n=8):
    """A per-deploy asset hash kept until a deploy (probability p)."""
    return C.keep_or(rng, prev, p, lambda: C.hexs(rng, n))
