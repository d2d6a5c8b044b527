"""Shared helpers for build.py: mini-markup -> blocks -> HTML, Markdown converter (gold), noise helpers."""
import datetime, hashlib, html, random, re, string

esc = html.escape


def inline(s):
    """[text](url), **bold**, ^[n] footnote refs -> HTML (text already plain)."""
    s = esc(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\^\[(\d+)\]", r'<sup class="fn-ref"><a href="#fn-\1" id="fnref-\1">\1</a></sup>', s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', s)
    return s


def parse(src):
    """Mini markup -> list of blocks: (kind, payload)."""
    blocks = []
    lines = [l.rstrip() for l in src.strip("\n").split("\n")]
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1; continue
        if l.startswith("@tab "):
            tid, label = l[5:].split("|", 1); blocks.append(("tab", (tid.strip(), label.strip()))); i += 1; continue
        m = re.match(r"(#{1,4}) (.*)", l)
        if m:
            blocks.append((f"h{len(m.group(1))}", m.group(2))); i += 1; continue
        if l.startswith("- ") or re.match(r"\d+\. ", l):
            ordered = not l.startswith("- ")
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or re.match(r"\d+\. ", lines[i])):
                items.append(re.sub(r"^(- |\d+\. )", "", lines[i])); i += 1
            blocks.append(("ol" if ordered else "ul", items)); continue
        if l.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")]); i += 1
            blocks.append(("table", rows)); continue
        if re.match(r"\[\d+\]: ", l):
            notes = []
            while i < len(lines) and re.match(r"\[\d+\]: ", lines[i]):
                n, t = re.match(r"\[(\d+)\]: (.*)", lines[i]).groups(); notes.append((n, t)); i += 1
            blocks.append(("notes", notes)); continue
        para = [l]; i += 1
        while i < len(lines) and lines[i].strip() and not re.match(r"(#|- |\d+\. |\||@tab|\[\d+\]: )", lines[i]):
            para.append(lines[i]); i += 1
        blocks.append(("p", " ".join(para)))
    return blocks


def block_html(b, cls=None):
    """One block as HTML; cls: dict kind -> class attribute string (framework flavour)."""
    cls = cls or {}
    k, v = b
    c = (lambda kind: f' class="{cls[kind]}"' if kind in cls else "")
    if k in ("h1", "h2", "h3", "h4"):
        return f"<{k}{c(k)}>{inline(v)}</{k}>"
    if k == "p":
        return f"<p{c('p')}>{inline(v)}</p>"
    if k in ("ul", "ol"):
        return f"<{k}{c(k)}>" + "".join(f"<li{c('li')}>{inline(x)}</li>" for x in v) + f"</{k}>"
    if k == "table":
        head, *rows = v
        return (f"<table{c('table')}><thead><tr>" + "".join(f"<th>{inline(x)}</th>" for x in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{inline(x)}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>")
    if k == "notes":
        return (f'<ol class="footnotes">' + "".join(
            f'<li id="fn-{n}">{inline(t)} <a href="#fnref-{n}" class="fn-back" aria-label="terug">↩</a></li>' for n, t in v) + "</ol>")
    raise ValueError(k)


def sections(blocks):
    """Split blocks into (head_blocks, [(h2 text, [blocks])...])."""
    head, secs = [], []
    for b in blocks:
        if b[0] == "h2":
            secs.append((b[1], []))
        elif secs:
            secs[-1][1].append(b)
        else:
            head.append(b)
    return head, secs


def tabs(blocks):
    """Split on ('tab',..) markers: (pre_blocks, [(tid,label,[blocks])])."""
    pre, out = [], []
    for b in blocks:
        if b[0] == "tab":
            out.append((b[1][0], b[1][1], []))
        elif out:
            out[-1][2].append(b)
        else:
            pre.append(b)
    return pre, out


# ---------------------------------------------------------------- noise helpers
def tok(rng, n=32, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hx(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(rng, n=44):
    return tok(rng, n - 1, string.ascii_letters + string.digits + "+/") + "="


# ---------------------------------------------------------------- Markdown for gold (curator's converter)
def to_markdown(el):
    """A plain turndown-like converter over an lxml element."""
    out = []

    def txt(e):
        parts = []
        if e.text: parts.append(e.text)
        for ch in e:
            if not isinstance(ch.tag, str):
                if ch.tail: parts.append(ch.tail)
                continue
            t = ch.tag
            if t == "a":
                inner = txt(ch).strip()
                href = ch.get("href")
                parts.append(f"[{inner}]({href})" if href and inner else inner)
            elif t in ("strong", "b"):
                inner = txt(ch).strip(); parts.append(f"**{inner}**" if inner else "")
            elif t in ("em", "i"):
                inner = txt(ch).strip(); parts.append(f"_{inner}_" if inner else "")
            elif t == "br":
                parts.append("  \n")
            elif t in ("script", "style", "template", "svg", "noscript"):
                pass
            else:
                parts.append(txt(ch))
            if ch.tail: parts.append(ch.tail)
        return "".join(parts)

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    def walk(e, depth=0):
        t = e.tag if isinstance(e.tag, str) else None
        if t is None: return
        if t in ("script", "style", "template", "svg", "noscript", "button", "input", "select", "form"): return
        if re.fullmatch(r"h[1-6]", t):
            s = norm(txt(e))
            if s: out.append("#" * int(t[1]) + " " + s)
            return
        if t == "p":
            s = norm(txt(e))
            if s: out.append(s)
            return
        if t in ("ul", "ol"):
            items = []
            for n, li in enumerate([c for c in e if c.tag == "li"], 1):
                items.append(("- " if t == "ul" else f"{n}. ") + norm(txt(li)))
            if items: out.append("\n".join(items))
            return
        if t == "table":
            rows = [[norm(txt(c)) for c in tr if c.tag in ("td", "th")] for tr in e.iter("tr")]
            if rows:
                w = max(len(r) for r in rows)
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * w]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            return
        # container: if it has only inline content, treat it as a paragraph
        block_kids = e.xpath(".//*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::ul or self::ol or self::table or self::div or self::section]")
        if not block_kids:
            s = norm(txt(e))
            if s: out.append(s)
            return
        if e.text and e.text.strip(): out.append(norm(e.text))
        for c in e:
            walk(c, depth + 1)
            if isinstance(c.tag, str) and c.tail and c.tail.strip(): out.append(norm(c.tail))

    walk(el)
    return "\n\n".join(out)


def dates(rng, n, start, end):
    a = datetime.datetime.fromisoformat(start).timestamp(); b = datetime.datetime.fromisoformat(end).timestamp()
    ts = sorted(rng.uniform(a, b) for _ in range(n))
    return [datetime.datetime.fromtimestamp(t, datetime.timezone.utc).replace(microsecond=0) for t in ts]
