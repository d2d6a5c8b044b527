"""Helpers shared by cleaning_world's page modules: month and weekday names, number grouping, tokens, seasons and a
CMS "saved" clock that moves when the policy text changes (and on re-saves the noise asks for)."""
import base64
import datetime as dt
import hashlib

import common as C

MONTHS = {
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "he": ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
           "דצמבר"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"],
}

WEEKDAYS = {  # Monday first
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sw": ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"],
    "sl": ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
}


def grp(n, sep="\u00a0"):
    """12345 -> '12 345' (the separator a locale groups thousands with)."""
    return C.group_digits(n, sep)


def b64(rng, nbytes):
    return C.b64tok(rng, nbytes)


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def ms(d):
    return C.epoch(d) * 1000


def season(when):
    m = when.month
    if m in (3, 4, 5):
        return "spring"
    if m in (6, 7, 8):
        return "summer"
    if m in (9, 10, 11):
        return "autumn"
    return "winter"


def deploy(rng, prev, p, make):
    """An asset version that moves on deploys (a coin flip per capture)."""
    return C.keep_or(rng, prev, p, make)


class Saves:
    """When the page's text was last saved in its CMS: the first capture that shows a text is taken to follow a save
    some hours before it; `resave` (a noise state value, a datetime or None) is a later save without text change."""

    def __init__(self, first):
        self.first = first
        self.seen = {}

    def saved(self, blocks, when, resave=None):
        key = hashlib.sha1(repr(blocks).encode()).hexdigest()
        if key not in self.seen:
            if not self.seen:
                self.seen[key] = self.first
            else:
                h = int(key[:6], 16) % 40 + 2
                self.seen[key] = when - dt.timedelta(hours=h, minutes=int(key[6:8], 16) % 60)
        t = self.seen[key]
        if resave is not None and t < resave <= when:
            t = resave
        return t

    def count(self):
        return len(self.seen)


def unwrap(src):
    """Policy source with its continuation lines (indented by two spaces) joined to the line before: keeps list items
    and table rows on one logical line while the module's lines stay short."""
    out = []
    for line in src.split("\n"):
        if line.startswith("  ") and out and out[-1].strip():
            out[-1] = out[-1] + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)
