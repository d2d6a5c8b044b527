"""Helpers shared by salon_world's page modules: month names, Persian digits and the Jalali calendar,
and local clocks.
Page modules import it after putting their own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401

MONTHS = {
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "sr": ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
           "decembar"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
}

FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def fa_digits(s):
    return "".join(FA_DIGITS[int(c)] if c.isdigit() and c.isascii() else c for c in str(s))


jalali = C.jalali  # (services_world's common)


def local(when, std, summer=None):
    """Wall-clock time of a naive UTC datetime: `std` hours offset, `summer` in EU summer time (None: fixed)."""
    off = summer if summer is not None and C.eu_summer(when) else std
    return when + dt.timedelta(hours=off)
