"""Helpers shared by pharmacy_world's page modules: block rendering with a widget spliced in, seasons, digits."""
import datetime as dt
import common as C


def render_with(blocks, at=None, widget="", **kw):
    """HTML of the policy blocks (C.render_blocks keywords), with `widget` HTML put after block index `at`."""
    parts = [C.render_blocks([b], **kw) for b in blocks]
    if at is not None and widget:
        parts.insert(min(at, len(parts)), widget)
    return kw.get("sep", "\n").join(parts)


def season(when, table):
    """table: [((month_from, day_from), (month_to, day_to), value)...] (same year, inclusive); None outside."""
    md = (when.month, when.day)
    for a, b, v in table:
        if a <= md <= b:
            return v
    return None


def digits(s, zero):
    """ASCII digits of s as another script's digits (zero = that script's '0')."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() and c.isascii() else c for c in str(s))


def deploy(when, table):
    """Deploy id in force at `when` from [(date, id)...]."""
    return C.versioned(table, when)


def deploys(rng_seed, start, end, every=(25, 70)):
    """Deterministic [(date, hex)] table of deploys between start and end."""
    import random
    r = random.Random(rng_seed)
    out, d = [], start
    while d <= end:
        out.append((d, C.hexs(r, 20)))
        d = d + dt.timedelta(days=r.randint(*every))
    return out
