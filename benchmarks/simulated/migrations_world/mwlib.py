"""migrations_world's additions to services_world's `common`: the same policy source rendered through the markup
conventions of different CMSs (one *style* per platform), the text-level artefacts of a migration (quote and dash
typography, non-breaking spaces, link targets moved, the "last updated" line moved), and per-visit noise.

A page's *phase* is one platform: its `style` (how each block kind becomes HTML), its `shell` (the page around the
policy, with the noise), its `declaration` (the CSS selectors a curator would write for that template), and
optionally `text` (typography applied to every string), `links` (a function of each link target) and `order`
("date_last": the "last updated" block moved to the end).
"""
import html as H
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "services_world"))
import common as C  # noqa: E402

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


# ---------------------------------------------------------------- text-level transforms (on the mini-markup)

def map_string(s, text_fn=None, link_fn=None):
    out, pos = [], 0
    for m in LINK.finditer(s):
        seg = s[pos:m.start()]
        out.append(text_fn(seg) if text_fn else seg)
        t = text_fn(m.group(1)) if text_fn else m.group(1)
        u = link_fn(m.group(2)) if link_fn else m.group(2)
        out.append("[%s](%s)" % (t, u))
        pos = m.end()
    seg = s[pos:]
    out.append(text_fn(seg) if text_fn else seg)
    return "".join(out)


def map_blocks(blocks, fn):
    out = []
    for k, v in blocks:
        if isinstance(v, str):
            out.append((k, fn(v)))
        elif k == "table":
            out.append((k, [[fn(c) for c in r] for r in v]))
        else:
            out.append((k, [fn(x) for x in v]))
    return out


def quotes(lq, rq):
    """Straight double quotes of the source, in pairs, to the platform's typographic ones."""
    def f(s):
        n = [0]

        def r(_m):
            n[0] += 1
            return lq if n[0] % 2 else rq
        return re.sub('"', r, s)
    return f


def dashes(s):
    return s.replace(" - ", " \u2013 ")


def apostrophes(s):
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", s)


def nbsp(s):
    """A WYSIWYG editor's non-breaking spaces: after short numbers and section signs, before units and dashes."""
    s = re.sub(r"(§|art\.|Art\.|nr\.|Nr\.|n\.|no\.|ust\.|pkt) ", "\\1\u00a0", s)
    s = re.sub(r"(\d) (dias|dage|dagar|dagen|giorni|dni|Tage|mis|år|anni|lat|jahre|Jahre|maanden|måneder|månader|mesi|miesięcy|meses|mlynedd)\b", "\\1\u00a0\\2", s)
    s = s.replace(" \u2013 ", "\u00a0\u2013 ")
    return s


def chain(*fns):
    def f(s):
        for fn in fns:
            s = fn(s)
        return s
    return f


def prepare(src, updated_text, phase):
    """Source (with {UPDATED}) -> (blocks as the phase shows them, index of the date block)."""
    blocks = C.parse_src(src)
    date_idx = None
    for j, (k, v) in enumerate(blocks):
        if isinstance(v, str) and "{UPDATED}" in v:
            date_idx = j
    blocks = map_blocks(blocks, lambda s: s.replace("{UPDATED}", updated_text))
    if phase.get("text") or phase.get("links"):
        blocks = map_blocks(blocks, lambda s: map_string(s, phase.get("text"), phase.get("links")))
    if phase.get("order") == "date_last" and date_idx is not None:
        blocks = blocks[:date_idx] + blocks[date_idx + 1:] + [blocks[date_idx]]
        date_idx = len(blocks) - 1
    return blocks, date_idx


# ---------------------------------------------------------------- HTML of the policy, in a platform's style

def slug(t):
    t = re.sub(r"\*\*|\[|\]\([^)]*\)", "", t).lower()
    t = re.sub(r"[^\w]+", "-", t, flags=re.U).strip("-")
    return t[:60]


def _ent(s, hexa=False):
    return "".join(("&#x%x;" % ord(c)) if (hexa and i % 2) else ("&#%d;" % ord(c)) for i, c in enumerate(s))


def esc(s, st):
    s = H.escape(s, quote=False)
    if st.get("nbsp_entity"):
        s = s.replace("\u00a0", "&nbsp;")
    return s


def link_html(text, url, st):
    attrs = st.get("link_attrs", "")
    if url.startswith("mailto:"):
        mode = st.get("email", "plain")
        addr = url[7:]
        if mode == "entities":  # WordPress antispambot(), Joomla's e-mail cloak without JS
            return '<a href="%s">%s</a>' % (_ent(url, True), _ent(text))
        if mode == "span" and "@" in text:
            u, d = text.split("@", 1)
            return '<a href="mailto:%s" class="%s">%s<span class="at">@</span>%s</a>' % (
                H.escape(addr), st.get("email_class", "mail"), esc(u, st), esc(d, st))
        return '<a href="%s">%s</a>' % (H.escape(url), esc(text, st))
    return '<a href="%s"%s>%s</a>' % (H.escape(url), attrs, inline(text, st))


def inline(t, st):
    out, pos = [], 0
    for m in C.INLINE.finditer(t):
        out.append(esc(t[pos:m.start()], st))
        if m.group(1) is not None:
            out.append(st.get("bold", "<strong>{t}</strong>").format(t=esc(m.group(1), st)))
        else:
            out.append(link_html(m.group(2), m.group(3), st))
        pos = m.end()
    out.append(esc(t[pos:], st))
    return "".join(out)


SENT = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅÄÖÜÉÓŁŚŻŹĆŃ\"«„“»(])")


def sentences(t):
    """Split a paragraph into sentences at points outside inline markup (a page builder's div per sentence)."""
    parts, last = [], 0
    for m in SENT.finditer(t):
        head = t[last:m.start()]
        before = t[:m.start()]
        if before.count("**") % 2 or before.count("[") != before.count("]") or before.count("(") != before.count(")"):
            continue
        if len(head.split()) < 4:
            continue
        parts.append(head)
        last = m.end()
    parts.append(t[last:])
    return parts


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def list_html(items, spec, st):
    outer, item, sep = spec["outer"], spec["item"], spec.get("sep", "")
    rows = [item.format(t=inline(x, st), n=i + 1, a=LETTERS[i]) for i, x in enumerate(items)]
    return outer.format(items=sep.join(rows))


def table_html(rows, spec, st):
    kind = spec["kind"]
    if kind == "table":
        head = "".join(spec.get("th", "<th>{t}</th>").format(t=inline(x, st)) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join(spec.get("td", "<td>{t}</td>").format(t=inline(x, st)) for x in r)
                       for r in rows[1:])
        return spec["outer"].format(head=head, body=body)
    if kind == "dl":  # two columns: one dt/dd pair per row, the header row as a pair of its own class
        out = []
        for j, r in enumerate(rows):
            cls = spec.get("head_cls", "head") if j == 0 else spec.get("row_cls", "row")
            dd = " ".join(inline(x, st) for x in r[1:])
            out.append('<div class="%s"><dt>%s</dt><dd>%s</dd></div>' % (cls, inline(r[0], st), dd))
        return spec["outer"].format(items="".join(out))
    if kind == "grid":
        out = []
        for j, r in enumerate(rows):
            cells = "".join(spec["cell"].format(t=inline(x, st), c=c) for c, x in enumerate(r))
            out.append(spec["row"].format(cells=cells, hd=" is-head" if j == 0 else ""))
        return spec["outer"].format(rows="".join(out))
    raise ValueError(kind)


def block_html(b, st, j, date_idx):
    kind, v = b
    if j == date_idx and "date" in st:
        return st["date"].format(t=inline(v, st))
    if kind in ("h1", "h2", "h3"):
        return st.get(kind, "<%s>{t}</%s>" % (kind, kind)).format(t=inline(v, st), id=slug(v))
    if kind == "p":
        if "sent" in st:
            outer, inner = st["sent"]
            return outer.format(t="".join(inner.format(t=inline(s, st)) for s in sentences(v)))
        return st.get("p", "<p>{t}</p>").format(t=inline(v, st))
    if kind in ("ul", "ol", "addr"):
        default = {"ul": {"outer": "<ul>{items}</ul>", "item": "<li>{t}</li>"},
                   "ol": {"outer": "<ol>{items}</ol>", "item": "<li>{t}</li>"},
                   "addr": {"outer": "<p>{items}</p>", "item": "{t}", "sep": "<br>"}}[kind]
        return list_html(v, st.get(kind, default), st)
    if kind == "table":
        return table_html(v, st.get("table", {"kind": "table", "outer": "<table><thead><tr>{head}</tr></thead>"
                                                                            "<tbody>{body}</tbody></table>"}), st)
    raise ValueError(kind)


def body_html(blocks, st, date_idx, skip=()):
    """The policy's HTML in style `st`. With st["section"] (a format of title, id, k, body) every h2 and what follows
    it is wrapped (accordions, tabs' panels, <section>s); st["wrap"] wraps each block (page builders' widget divs)."""
    sep = st.get("sep", "\n")
    wrap = st.get("wrap", "{x}")
    parts = [(j, b) for j, b in enumerate(blocks) if j not in skip]
    if "section" not in st:
        return sep.join(wrap.format(x=block_html(b, st, j, date_idx), k=j) for j, b in parts)
    out, cur, k = [], None, 0
    for j, b in parts:
        if b[0] == "h2":
            if cur:
                out.append(cur)
            k += 1
            cur = {"title": b[1], "k": k, "body": []}
        elif cur is None:
            out.append(wrap.format(x=block_html(b, st, j, date_idx), k=j))
        else:
            cur["body"].append(wrap.format(x=block_html(b, st, j, date_idx), k=j))
    if cur:
        out.append(cur)
    res = []
    for x in out:
        if isinstance(x, str):
            res.append(x)
        else:
            res.append(st["section"].format(title=inline(x["title"], st), id=slug(x["title"]), k=x["k"],
                                            body=sep.join(x["body"])))
    return sep.join(res)


def section_titles(blocks):
    return [v for k, v in blocks if k == "h2"]


# ---------------------------------------------------------------- noise

def noise(rng, prev, spec):
    """Per-visit state from a spec {key: kind}: 'nonce' (new every visit), 'build' (a deploy hash, sometimes new),
    ('pick', options, p) (a sticky choice: banners, promos), 'count' (a counter that grows)."""
    prev = prev or {}
    st = {}
    for key, kind in spec.items():
        if kind == "nonce":
            st[key] = C.hexs(rng, 16)
        elif kind == "b64":
            st[key] = C.b64tok(rng, 18).rstrip("=").replace("+", "-").replace("/", "_")
        elif kind == "uuid":
            st[key] = C.uuid4(rng)
        elif kind == "build":
            st[key] = C.keep_or(rng, prev.get(key), 0.3, lambda: C.alnum(rng, 21))
        elif kind == "ver":
            st[key] = C.keep_or(rng, prev.get(key), 0.25, lambda: "%d.%d.%d" % (rng.randint(1, 6), rng.randint(0, 19),
                                                                                 rng.randint(0, 40)))
        elif kind == "count":
            st[key] = (prev.get(key) or rng.randint(1000, 9000)) + rng.randint(1, 400)
        elif isinstance(kind, tuple) and kind[0] == "pick":
            opts, p = kind[1], kind[2]
            st[key] = C.keep_or(rng, prev.get(key), p, lambda: rng.choice(opts))
        else:
            raise ValueError(kind)
    return st
