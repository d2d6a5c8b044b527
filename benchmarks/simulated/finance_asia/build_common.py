"""Shared helpers for build.py: block rendering, Markdown conversion (curators' view), WARC writing."""
import copy, hashlib, html, io, json, random, re, uuid, datetime
import lxml.html
from lxml.cssselect import CSSSelector


def esc(s):
    return html.escape(s, quote=True)


# ---- policy structure -------------------------------------------------------------------------------
# A policy is a dict: {"title":..., "meta":[blocks], "sections":[{"id","title","body":[blocks]}], "tail":[blocks]}
# blocks: ("p", inner_html) | ("ul", [inner_html]) | ("ol", [inner_html]) | ("table", [hdr], [[cells]])
#         | ("h3", text) | ("note", inner_html)


def blocks_html(blocks, table_attrs='', p_class=None, note_class="note"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            cls = ' class="%s"' % p_class if p_class else ""
            out.append(f'<p{cls}>{b[1]}</p>')
        elif k == "note":
            out.append(f'<p class="{note_class}">{b[1]}</p>')
        elif k == "h3":
            out.append(f"<h3>{b[1]}</h3>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{i}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = [f"<table{table_attrs}>"]
            t.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in hdr) + "</tr></thead><tbody>")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
        else:
            raise ValueError(k)
    return "\n".join(out)


def find_section(pol, sid):
    for s in pol["sections"]:
        if s["id"] == sid:
            return s
    raise KeyError(sid)


def replace_text(pol, old, new, count=1):
    """Replace text in any string of the policy structure; asserts it happened."""
    done = [0]

    def walk(x):
        if isinstance(x, str):
            if old in x and done[0] < count:
                done[0] += 1
                return x.replace(old, new, 1)
            return x
        if isinstance(x, list):
            return [walk(i) for i in x]
        if isinstance(x, tuple):
            return tuple(walk(i) for i in x)
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        return x
    res = walk(pol)
    assert done[0] == count, (old, done[0])
    pol.clear(); pol.update(res)


# ---- Markdown (a curator's converter: turndown-like) ------------------------------------------------

BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li",
         "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "dl", "dt", "dd", "form", "fieldset", "figure", "figcaption", "address", "details", "summary", "br"}


def _inline(el, base):
    parts = []
    if el.text:
        parts.append(el.text)
    for c in el:
        if isinstance(c.tag, str):
            parts.append(_node_inline(c, base))
        if c.tail:
            parts.append(c.tail)
    return "".join(parts)


def _node_inline(c, base):
    tag = c.tag
    if tag in ("script", "style", "noscript", "template"):
        return ""
    if tag == "br":
        return "  \n"
    if tag == "a":
        t = " ".join(_inline(c, base).split())
        href = c.get("href")
        if href and not href.startswith("javascript") and href != "#":
            from urllib.parse import urljoin
            h = href if href.startswith("#") else urljoin(base, href)
            return f"[{t}]({h})" if t else ""
        return t
    if tag in ("strong", "b"):
        t = _inline(c, base).strip()
        return f"**{t}**" if t else ""
    if tag in ("em", "i"):
        t = _inline(c, base).strip()
        return f"_{t}_" if t else ""
    if tag == "img":
        return ""
    if tag in BLOCK:
        return " " + _inline(c, base) + " "
    return _inline(c, base)


def to_markdown(el, base):
    out = []

    def clean(s):
        return re.sub(r"[ \t\r\f\v]+", " ", s).strip()

    def walk(e, depth=0):
        tag = e.tag if isinstance(e.tag, str) else None
        if tag is None or tag in ("script", "style", "noscript", "template", "select", "input", "svg", "button"):
            if tag == "button":
                t = clean(e.text_content())
                if t:
                    out.append(t)
            return
        if re.fullmatch(r"h[1-6]", tag):
            t = clean(" ".join(_inline(e, base).split()))
            if t:
                out.append("#" * int(tag[1]) + " " + t)
            return
        if tag in ("p", "dt", "dd", "figcaption", "address", "summary"):
            t = clean(" ".join(_inline(e, base).replace("  \n", "\x00").split()).replace("\x00", "  \n"))
            if t:
                out.append(t)
            return
        if tag in ("ul", "ol"):
            items = []
            n = 0
            for li in e:
                if not isinstance(li.tag, str) or li.tag != "li":
                    continue
                n += 1
                sub = []
                txt = li.text or ""
                for c in li:
                    if isinstance(c.tag, str) and c.tag in ("ul", "ol"):
                        sub.append(c)
                    elif isinstance(c.tag, str):
                        txt += _node_inline(c, base) + (c.tail or "")
                    else:
                        txt += c.tail or ""
                mark = f"{n}." if tag == "ol" else "*"
                items.append("  " * depth + f"{mark} " + clean(" ".join(txt.split())))
                for s in sub:
                    sub_out = []
                    saved = out[:]
                    out.clear()
                    walk(s, depth + 1)
                    items.extend(out)
                    out.clear(); out.extend(saved)
            if items:
                out.append("\n".join(items))
            return
        if tag == "table":
            rows = e.xpath(".//tr")
            grid = []
            for r in rows:
                cells = [clean(" ".join(_inline(c, base).split())).replace("|", "\\|") for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
                grid.append(cells)
            if grid:
                w = max(len(r) for r in grid)
                grid = [r + [""] * (w - len(r)) for r in grid]
                lines = ["| " + " | ".join(grid[0]) + " |", "| " + " | ".join(["---"] * w) + " |"]
                lines += ["| " + " | ".join(r) + " |" for r in grid[1:]]
                out.append("\n".join(lines))
            return
        # container: mixed inline text becomes a paragraph
        buf = e.text or ""
        for c in e:
            if isinstance(c.tag, str) and (c.tag in BLOCK or c.tag in ("button", "select", "input")):
                if buf.strip():
                    out.append(clean(" ".join(buf.split())))
                buf = ""
                walk(c, depth)
            elif isinstance(c.tag, str):
                buf += _node_inline(c, base)
            buf += c.tail or ""
        if buf.strip():
            out.append(clean(" ".join(buf.split())))

    walk(el)
    return "\n\n".join(x for x in out if x.strip())


def select_region(body_bytes, decl, base):
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", body_bytes[:3000])
    enc = m.group(1).decode() if m else "utf-8"
    enc = {"shift_jis": "cp932", "euc-kr": "cp949"}.get(enc.lower(), enc)
    doc = lxml.html.fromstring(body_bytes.decode(enc))
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    rem = decl.get("remove") or []
    for sel in ([rem] if isinstance(rem, str) else rem):
        for el in CSSSelector(sel)(doc):
            el.drop_tree()
    sels = decl.get("select")
    parts = []
    for sel in ([sels] if isinstance(sels, str) else sels):
        for el in CSSSelector(sel)(doc):
            parts.append(to_markdown(el, base))
    return "\n\n".join(p for p in parts if p)


def region_words(md):
    md = re.sub(r"\?[^)\s]*\)", ")", md)  # link query strings (per-visit ids) are the curators' noise
    return " ".join(re.sub(r"[#*_`>\[\]()|-]", " ", md).split())


# ---- randomness helpers ------------------------------------------------------------------------------

def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uuid_s(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def capture_dates(rng, n, start="2022-02-01", end="2026-05-31"):
    a = datetime.datetime.fromisoformat(start).replace(tzinfo=datetime.timezone.utc)
    b = datetime.datetime.fromisoformat(end).replace(tzinfo=datetime.timezone.utc)
    span = (b - a).total_seconds()
    pts = sorted(rng.random() for _ in range(n))
    out = []
    for p in pts:
        d = a + datetime.timedelta(seconds=int(p * span))
        out.append(d.replace(microsecond=0))
    # ensure strictly increasing
    for i in range(1, n):
        if out[i] <= out[i - 1]:
            out[i] = out[i - 1] + datetime.timedelta(hours=7)
    return out
