"""Helpers shared by vape_world's page modules: services_world's `common`, month names, date formats, tokens."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "sr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def month(lang, d):
    return MONTHS[lang][d.month - 1]


def local(when, base=60):
    """Naive local time of a UTC capture in a CET/EET-like zone (`base` minutes east, EU summer time)."""
    return when + dt.timedelta(minutes=base + (60 if C.eu_summer(when) else 0))


def season(when):
    m, d = when.month, when.day
    if m == 11 and d >= 20 or m == 12 and d <= 2:
        return "bf"
    if m == 12 or m == 1 and d <= 6:
        return "xmas"
    if m in (6, 7, 8):
        return "summer"
    if m in (1, 2):
        return "sales"
    return None


def deploy(table, when):
    """Asset hash of the deploy in force: table is [(date, hash)...]."""
    return C.versioned(table, when)


def deploys(seed, start=dt.date(2021, 6, 1), n=26, step=67):
    """A deterministic list of (date, hash) deploys every ~two months from `start`."""
    out = []
    for k in range(n):
        out.append((start + dt.timedelta(days=k * step + (k * 13) % 29), C.det_sha(seed, k)[:10]))
    return out
