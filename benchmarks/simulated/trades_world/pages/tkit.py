"""trades_world page kit: the few helpers the tradespeople's pages share. Page modules import it after putting their
own folder on sys.path; `common` comes from services_world."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402,F401


def deploy_hash(name, when, months, n=8):
    """An asset hash that changes with each deploy: one deploy every `months` months (shifted per site)."""
    k = (when.year * 12 + when.month + len(name)) // months
    return C.det_sha(name, "deploy", k)[:n]


def cf_params(rng):
    """Cloudflare's per-request challenge-platform script (JS detections)."""
    return ("<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b."
            "createElement('script');d.innerHTML=\"window.__CF$cv$params={r:'%s',t:'%s'};var a=document."
            "createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document."
            "getElementsByTagName('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}"
            "var a=document.createElement('iframe');a.height=1;a.width=1;a.style.display='none';document.body."
            "appendChild(a);c()})();</script>" % (C.hexs(rng, 16), C.b64tok(rng, 24)))


def season(when, table):
    """The label of `table` [(months, label)...] in force in `when`'s month (None when none is)."""
    for months, label in table:
        if when.month in months:
            return label
    return None


def day_after(when, days, hour):
    return (when + dt.timedelta(days=days)).replace(hour=hour, minute=0, second=0)
