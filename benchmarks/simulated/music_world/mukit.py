"""Small helpers shared by music_world's page modules (the generator, the markup parser and the WARC writer are
services_world's `build.py` and `common.py`): block rendering with a platform's own attributes, calendars and
digits of the pages' languages."""
import datetime as dt
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "services_world"))
import common as C  # noqa: E402


def esc(s):
    return html.escape(s, quote=True)


def render(blocks, attr=None, inline=None, sep="\n", isep="", hmap=None, table_wrap=None, addr_tag="p",
           addr_br="<br>", li_inner=None):
    """HTML of parsed policy blocks as a platform's editor or template writes them.
    attr(tag, kind) -> attribute string (with its leading space) of each element; hmap: heading kind -> tag;
    table_wrap(html) wraps a table (a scroll div); li_inner(html) wraps a list item's text (<p> in Squarespace);
    isep: what sits between list items and table rows (a newline where the platform pretty-prints)."""
    attr = attr or (lambda tag, kind: "")
    inline = inline or C.inline_html
    li_inner = li_inner or (lambda s: s)
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            tag = (hmap or {}).get(kind, kind)
            out.append("<%s%s>%s</%s>" % (tag, attr(tag, kind), inline(v), tag))
        elif kind == "p":
            out.append("<p%s>%s</p>" % (attr("p", kind), inline(v)))
        elif kind in ("ul", "ol"):
            items = isep.join("<li%s>%s</li>" % (attr("li", kind), li_inner(inline(i))) for i in v)
            out.append("<%s%s>%s%s%s</%s>" % (kind, attr(kind, kind), isep, items, isep, kind))
        elif kind == "table":
            head = "".join("<th%s>%s</th>" % (attr("th", kind), inline(x)) for x in v[0])
            rows = isep.join("<tr%s>%s</tr>" % (attr("tr", kind), "".join(
                "<td%s>%s</td>" % (attr("td", kind), inline(x)) for x in r)) for r in v[1:])
            t = ("<table%s>%s<thead%s><tr%s>%s</tr></thead>%s<tbody%s>%s%s%s</tbody>%s</table>"
                 % (attr("table", kind), isep, attr("thead", kind), attr("tr", kind), head, isep,
                    attr("tbody", kind), isep, rows, isep, isep))
            out.append(table_wrap(t) if table_wrap else t)
        elif kind == "addr":
            out.append("<%s%s>%s</%s>" % (addr_tag, attr(addr_tag, kind), addr_br.join(inline(x) for x in v),
                                          addr_tag))
        else:
            raise ValueError(kind)
    return sep.join(out)


# ---------------------------------------------------------------- calendars and digits

def g2j(gy, gm, gd):
    """Gregorian -> Solar Hijri (Jalali) date: services_world's common."""
    return C.jalali(dt.date(gy, gm, gd))


FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(n):
    """Persian (Extended Arabic-Indic) digits of a number or string."""
    return str(n).translate(FA_DIGITS)


def fa_group(n):
    """12٬345 as Persian sites print counts (Arabic thousands separator)."""
    return fa("{:,}".format(n).replace(",", "٬"))


def group(n, sep=","):
    return "{:,}".format(n).replace(",", sep)
