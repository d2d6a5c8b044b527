"""Shared helpers of the simulated collections' generators: policy mini-markup, HTML/Markdown rendering, dates, and
WARC records with any HTTP status, headers and a declared length other than the payload's (a cut body: fetches_world)."""
import base64
import calendar
import datetime as dt
import gzip
import hashlib
import html
import random
import re
from urllib.parse import urljoin

# ---------------------------------------------------------------- policy source
# Mini markup, one block per paragraph (blank line separated):
#   "# t" h1, "## t" h2, "### t" h3, "- a\n- b" ul, "1. a\n2. b" ol, "| a | b |" table (first row header),
#   "@ line\n@ line" address (lines joined with <br>), anything else a paragraph.
# Inline: **bold**, [text](url).


def parse_src(src):
    blocks = []
    for chunk in re.split(r"\n\s*\n", src.strip()):
        lines = [l.strip() for l in chunk.strip().split("\n") if l.strip()]
        first = lines[0]
        if first.startswith("### "):
            blocks.append(("h3", first[4:]))
        elif first.startswith("## "):
            blocks.append(("h2", first[3:]))
        elif first.startswith("# "):
            blocks.append(("h1", first[2:]))
        elif first.startswith("- "):
            blocks.append(("ul", [l[2:] for l in lines]))
        elif re.match(r"\d+\. ", first):
            blocks.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines]
            blocks.append(("table", rows))
        elif first.startswith("@ "):
            blocks.append(("addr", [l[2:] for l in lines]))
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


INLINE = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)")


def inline_html(t, text=None, bold=None, link=None):
    """The mini markup's inline marks as HTML; a tool's own forms by `text(raw)` (plain runs), `bold(raw)` and
    `link(url, label)` (a Word paste's `<b>`, Notion's link classes, Cloudflare's obfuscated addresses)."""
    text = text or (lambda raw: html.escape(raw, quote=False))
    bold = bold or (lambda raw: "<strong>%s</strong>" % text(raw))
    link = link or (lambda url, label: '<a href="%s">%s</a>' % (html.escape(url), text(label)))
    out, pos = [], 0
    for m in INLINE.finditer(t):
        out.append(text(t[pos:m.start()]))
        out.append(bold(m.group(1)) if m.group(1) is not None else link(m.group(3), m.group(2)))
        pos = m.end()
    out.append(text(t[pos:]))
    return "".join(out)


def _esc(s):
    for a, b in (("\\", "\\\\"), ("*", "\\*"), ("_", "\\_"), ("`", "\\`"), ("[", "\\["), ("]", "\\]")):
        s = s.replace(a, b)
    return s


def _esc_start(s):
    s = re.sub(r"^-", r"\\-", s)
    s = re.sub(r"^\+ ", r"\\+ ", s)
    s = re.sub(r"^(=+)", r"\\\1", s)
    s = re.sub(r"^(#{1,6}) ", r"\\\1 ", s)
    s = re.sub(r"^>", r"\\>", s)
    s = re.sub(r"^(\d+)\. ", r"\1\\. ", s)
    return s


def inline_md(t, base):
    out, pos = [], 0
    for m in INLINE.finditer(t):
        out.append(_esc(t[pos:m.start()]))
        if m.group(1) is not None:
            out.append("**%s**" % _esc(m.group(1)))
        else:
            out.append("[%s](%s)" % (_esc(m.group(2)), urljoin(base, m.group(3))))
        pos = m.end()
    out.append(_esc(t[pos:]))
    return _esc_start("".join(out))


def block_md(b, base):
    kind, v = b
    if kind == "h1":
        t = inline_md(v, base)
        return t + "\n" + "=" * len(t)
    if kind == "h2":
        t = inline_md(v, base)
        return t + "\n" + "-" * len(t)
    if kind == "h3":
        return "### " + inline_md(v, base)
    if kind == "p":
        return inline_md(v, base)
    if kind == "ul":
        return "\n".join("* " + inline_md(i, base) for i in v)
    if kind == "ol":
        return "\n".join("%d. %s" % (n + 1, inline_md(i, base)) for n, i in enumerate(v))
    if kind == "table":
        rows = ["| " + " | ".join(inline_md(c, base) for c in r) + " |" for r in v]
        rows.insert(1, "| " + " | ".join("---" for _ in v[0]) + " |")
        return "\n".join(rows)
    if kind == "addr":
        return "  \n".join(inline_md(l, base) for l in v)
    raise ValueError(kind)


def blocks_md(blocks, base):
    return "\n\n".join(block_md(b, base) for b in blocks)


def block_html(b, cls=None):
    kind, v = b
    c = cls.get(kind, "") if cls else ""
    ca = ' class="%s"' % c if c else ""
    if kind in ("h1", "h2", "h3"):
        return "<%s%s>%s</%s>" % (kind, ca, inline_html(v), kind)
    if kind == "p":
        return "<p%s>%s</p>" % (ca, inline_html(v))
    if kind in ("ul", "ol"):
        return "<%s%s>%s</%s>" % (kind, ca, "".join("<li>%s</li>" % inline_html(i) for i in v), kind)
    if kind == "table":
        head = "".join("<th>%s</th>" % inline_html(x) for x in v[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inline_html(x) for x in r) for r in v[1:])
        return "<table%s><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (ca, head, body)
    if kind == "addr":
        return "<p%s>%s</p>" % (ca, "<br>".join(inline_html(l) for l in v))
    raise ValueError(kind)


def blocks_html(blocks, cls=None, sep="\n"):
    return sep.join(block_html(b, cls) for b in blocks)


def esc(s):
    """Text as HTML element content."""
    return html.escape(s, quote=False)


def attr(s):
    """Text as an HTML attribute's value."""
    return html.escape(s, quote=True)


def render_blocks(blocks, tags=None, text=None, bold=None, link=None, heading=None, lst=None, table=None,
                  addr=None, para=None, sep="\n"):
    """HTML of policy blocks (`parse_src`'s (kind, value) pairs) as a platform's template writes them: tags =
    {kind: ' attrs'} for h1/h2/h3/p/ul/ol/li/table/addr; the callables replace a kind's whole rendering:
    heading(kind, text, inl), lst(kind, items, inl), table(rows, inl), addr(lines, inl), para(text, inl), inl
    rendering inline marks with the text/bold/link overrides (`inline_html`). Shared by the page kits of the
    collections written from the fiftieth session on."""
    tags = tags or {}

    def inl(t):
        return inline_html(t, text, bold, link)

    out = []
    for kind, v in blocks:
        a = tags.get(kind, "")
        if kind in ("h1", "h2", "h3"):
            out.append(heading(kind, v, inl) if heading else "<%s%s>%s</%s>" % (kind, a, inl(v), kind))
        elif kind == "p":
            out.append(para(v, inl) if para else "<p%s>%s</p>" % (a, inl(v)))
        elif kind in ("ul", "ol"):
            if lst:
                out.append(lst(kind, v, inl))
            else:
                li = tags.get("li", "")
                out.append("<%s%s>%s</%s>" % (kind, a, "".join("<li%s>%s</li>" % (li, inl(i)) for i in v), kind))
        elif kind == "table":
            if table:
                out.append(table(v, inl))
            else:
                head = "".join("<th>%s</th>" % inl(x) for x in v[0])
                body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in v[1:])
                out.append("<table%s><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (a, head, body))
        elif kind == "addr":
            out.append(addr(v, inl) if addr else "<p%s>%s</p>" % (a, "<br>".join(inl(x) for x in v)))
        else:
            raise ValueError(kind)
    return sep.join(out)


def split_sections(blocks):
    """(head_blocks, [(h2_text, [blocks])...]) : blocks before the first h2, then one group per h2."""
    head, secs = [], []
    for b in blocks:
        if b[0] == "h2":
            secs.append((b[1], []))
        elif secs:
            secs[-1][1].append(b)
        else:
            head.append(b)
    return head, secs


# ---------------------------------------------------------------- small random helpers


def segments(blocks):
    """{name: blocks} of a policy source split at its "%% name" marker paragraphs (the blocks before the first under
    "head"): the parts a page renders in their own boxes (a summary, a teen box, a FAQ)."""
    segs = {"head": []}
    cur = "head"
    for b in blocks:
        if b[0] == "p" and b[1].startswith("%% "):
            cur = b[1][3:].strip()
            segs[cur] = []
        else:
            segs[cur].append(b)
    return segs


def without_markers(blocks):
    """The blocks but the "%% name" marker paragraphs `segments` splits at."""
    return [b for b in blocks if not (b[0] == "p" and b[1].startswith("%% "))]


def nest(items):
    """[(item, [sub-items])] of a list's items, a sub-item written "> text" after its item (a nested list)."""
    out = []
    for it in items:
        if it.startswith("> "):
            out[-1][1].append(it[2:])
        else:
            out.append((it, []))
    return out


def under_headings(blocks, tag="h3"):
    """[[heading text, [blocks]]] of blocks that each start a group with a `tag` heading (a FAQ's questions)."""
    items, cur = [], None
    for b in blocks:
        if b[0] == tag:
            cur = [b[1], []]
            items.append(cur)
        else:
            cur[1].append(b)
    return items


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def b64tok(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def keep_or(rng, prev, p_change, make):
    """Sticky widget state: keep prev unless a coin flip (or no prev) says change."""
    if prev is None or rng.random() < p_change:
        return make()
    return prev


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- capture schedule


def schedule(rng, n, start, end, hours=(0, 12), minute=None):
    """n distinct capture datetimes between start and end (dates), OTA-like crawl times."""
    minute = rng.randint(29, 34) if minute is None else minute
    span = (end - start).days
    days = set()
    # some clusters (consecutive crawls) and some long gaps
    while len(days) < n:
        d = rng.randint(0, span)
        days.add(d)
        if rng.random() < 0.25 and len(days) < n:
            days.add(min(span, d + rng.choice([0, 1, 1, 2, 3])))
    out = set()
    for d in sorted(days):
        day = start + dt.timedelta(days=d)
        while True:
            t = dt.datetime(day.year, day.month, day.day, rng.choice(hours), minute + rng.choice([0, 0, 0, 1, 2]),
                            rng.randint(0, 59))
            if t not in out:
                out.add(t)
                break
    return sorted(out)[:n]


# ---------------------------------------------------------------- WARC


def _sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(url, date, payload, content_type, rec_id, extra_headers=(), status=200, reason="OK",
                content_length=None):
    """One gzipped WARC response record. `content_length`: the length the server announced, when the body was cut
    short (the record holds what arrived, as a crawler writes it); default the payload's."""
    hh = ["HTTP/1.1 %d %s" % (status, reason)]
    if content_type:
        hh.append("Content-Type: " + content_type)
    for k, v in extra_headers:
        hh.append("%s: %s" % (k, v))
    hh.append("Content-Length: %d" % (len(payload) if content_length is None else content_length))
    block = ("\r\n".join(hh) + "\r\n\r\n").encode("latin-1") + payload
    head = [
        "WARC/1.0",
        "WARC-Date: " + iso(date),
        "WARC-Type: response",
        "WARC-Record-ID: <urn:uuid:%s>" % rec_id,
        "WARC-Target-URI: " + url,
        "WARC-Payload-Digest: " + _sha1_b32(payload),
        "WARC-Block-Digest: " + _sha1_b32(block),
        "Content-Type: application/http; msgtype=response",
        "Content-Length: %d" % len(block),
    ]
    rec = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(rec, compresslevel=9, mtime=0)


def det_uuid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def det_sha(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def epoch(d):
    """Seconds since 1970 of a naive datetime read as UTC (whatever the machine's time zone)."""
    return calendar.timegm(d.timetuple())


def group_digits(n, sep):
    """An integer with its thousands grouped by `sep` ("." , " ", "\u00a0", ","): group_digits(1284117, ".") ->
    '1.284.117' (the collections' kits each wrote this once)."""
    return "{:,}".format(int(n)).replace(",", sep)


def last_sunday(year, month):
    """The month's last Sunday (a date): when EU summer time starts (March) and ends (October)."""
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def eu_summer(when):
    """EU summer time (and Ukraine's, Serbia's) in force at `when`, a naive UTC datetime: from 01:00 UTC on
    March's last Sunday to 01:00 UTC on October's."""
    a = dt.datetime.combine(last_sunday(when.year, 3), dt.time(1))
    b = dt.datetime.combine(last_sunday(when.year, 10), dt.time(1))
    return a <= when < b


def offset_str(off, colon=True):
    """A UTC offset in minutes as ISO 8601 writes it: "+02:00" (or "+0200" without `colon`)."""
    return "%s%02d%s%02d" % ("+" if off >= 0 else "-", abs(off) // 60, ":" if colon else "", abs(off) % 60)


def saved_at(state, blocks, when, key="pub", lag=(20, 600)):
    """A CMS's own time of the page's last save: kept from the previous capture unless the policy blocks changed,
    then `lag` = (min, max) minutes before this capture, drawn from the blocks' hash. Stored as (iso, hash) in
    state[key] (a noise-only capture copies the previous value); returns the naive datetime."""
    h = det_sha(repr(blocks))[:12]
    prev = state.get(key)
    if prev is None or prev[1] != h:
        mins = lag[0] + int(h[:6], 16) % (lag[1] - lag[0])
        t = when - dt.timedelta(minutes=mins)
        state[key] = (t.strftime("%Y-%m-%dT%H:%M:%S"), h)
    return dt.datetime.strptime(state[key][0], "%Y-%m-%dT%H:%M:%S")


def versioned(table, when):
    """The value of [(date, value)...] (sorted by date) in force at datetime `when`."""
    cur = table[0][1]
    for d, v in table:
        if d <= when.date():
            cur = v
    return cur


def jalali(d):
    """(year, month, day) of a Gregorian date in the Solar Hijri calendar (the usual 33-year arithmetic), as Persian
    pages date their policies and stamps."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30
