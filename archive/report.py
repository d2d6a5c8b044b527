"""`policy-archive report`: one self-contained HTML page of plots and tables about the archive's policies.

    html = build(db, sites=["tinder.com"])      # or every company
    charts(collect(db))                          # {name: inline <svg>}: the browser view's /charts page too

Plots are drawn with matplotlib (its object API, Agg-free SVG canvas: no pyplot state, safe in a server
thread) as inline SVG with text kept as text, so the page needs no script, no font and no network, and
opens from a file. Every stored string reaches the page through matplotlib's SVG writer (which escapes XML)
or markupsafe.escape.

Charts: versions over time per company (a timeline), policy length over time, when policies change (new
versions per month by kind of change, with the GDPR's and the CCPA's dates of application marked when
they fall in the span), the most-changed sections (by heading, across companies), and the languages of
the policies; then one table per company with every version, its change summary and its citable id.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlite_utils
from markupsafe import Markup, escape

from . import summary as S
from .cite import version_id

TIMELINE_MAX_COMPANIES = 150  # a taller timeline is unreadable: the companies with most versions are kept
LENGTH_LINES_NAMED = 10  # companies named in the length chart's legend (the others are drawn thin)
TOP_SECTIONS = 15
MARKERS = [("2018-05-25", "GDPR applies"), ("2020-01-01", "CCPA in force")]
KIND_COLOURS = {"edit": "#3b6ea8", "replaced": "#c0392b", "date_only": "#e0a030", "formatting": "#9aa5b1",
                "technical_upgrade": "#7e57c2", "same": "#cccccc"}


@dataclass
class Data:
    versions: list[dict]  # every version of the selected companies, with its change (kind, lists, description)
    captures: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # doc id -> (first, last, count)
    sources: Counter = field(default_factory=Counter)
    sites: list[str] = field(default_factory=list)


def collect(db: sqlite_utils.Database, sites: list[str] | None = None) -> Data:
    """What the charts and tables need, in three queries. `sites` are site keys (None: every company)."""
    where, params = "1", []
    if sites:
        where = f"s.key IN ({', '.join('?' * len(sites))})"
        params = list(sites)
    versions = [dict(r) for r in db.query(
        "SELECT v.id, v.document_id, v.number, v.previous_id, v.first_seen, v.last_seen, v.word_count, v.language, "
        "v.content_hash, "
        "v.declared_date, d.url, s.key AS site, coalesce(s.name, s.key) AS company, c.kind, c.description, "
        "c.sections_added, c.sections_removed, c.sections_modified, c.sections_renamed, c.words_added, "
        "c.words_removed FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"LEFT JOIN changes c ON c.version_id = v.id WHERE ({where}) AND v.superseded_at IS NULL "
        "ORDER BY s.key, d.id, v.first_seen, v.first_capture_id", params)]
    data = Data(versions)
    for doc_id, first, last, n in db.execute(
            "SELECT c.document_id, min(c.fetched_at), max(c.fetched_at), count(*) FROM captures c "
            f"JOIN documents d ON d.id = c.document_id JOIN sites s ON s.id = d.site_id WHERE {where} "
            "GROUP BY c.document_id", params):
        data.captures[doc_id] = (first, last, n)
    for source, n in db.execute(
            "SELECT CASE WHEN c.source LIKE 'warc:%' THEN 'WARC import' WHEN c.source LIKE 'backfill:%' "
            "THEN 'backfill' WHEN c.source = 'crawl' THEN 'crawl' ELSE c.source END, count(*) FROM captures c "
            f"JOIN documents d ON d.id = c.document_id JOIN sites s ON s.id = d.site_id WHERE {where} GROUP BY 1",
            params):
        data.sources[source] = n
    data.sites = sorted({v["site"] for v in versions})
    return data


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


# Charts -------------------------------------------------------------------------------------------------

def _figure(width: float, height: float):
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


def _svg(fig, name: str) -> str:
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buf = io.StringIO()
    # text stays text (small, searchable); ids get a per-chart salt, since the charts share one page
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"policy-archive-{name}",
                                "font.family": "sans-serif"}):
        FigureCanvasSVG(fig).print_svg(buf, metadata={"Date": None, "Creator": "policy-archive (matplotlib)"})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # no XML prolog or DOCTYPE inside HTML
    return re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r'<svg \1', svg, count=1)  # scales with the page


def _date_axis(ax) -> None:
    import matplotlib.dates as mdates
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)


def _mark_dates(ax, lo: dt.datetime, hi: dt.datetime) -> None:
    for day, label in MARKERS:
        when = _t(day + "T00:00:00Z")
        if lo <= when <= hi:
            ax.axvline(when, color="#c0392b", linestyle="--", linewidth=1)
            ax.annotate(label, (when, 1), xycoords=("data", "axes fraction"), xytext=(3, -12),
                        textcoords="offset points", color="#c0392b", fontsize=8)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def timeline_chart(data: Data) -> str:
    by_company: dict[str, list[dict]] = defaultdict(list)
    for v in data.versions:
        by_company[v["company"]].append(v)
    names = sorted(by_company, key=lambda n: (-len(by_company[n]), n))[:TIMELINE_MAX_COMPANIES]
    names.sort(key=str.casefold, reverse=True)
    fig, ax = _figure(10, max(2.2, 0.24 * len(names) + 1.0))
    for y, name in enumerate(names):
        spans = [data.captures.get(v["document_id"]) for v in by_company[name]]
        spans = [s for s in spans if s]
        if spans:
            ax.hlines(y, _t(min(s[0] for s in spans)), _t(max(s[1] for s in spans)), color="#d0d7de", linewidth=3)
        xs = [_t(v["first_seen"]) for v in by_company[name]]
        colours = [KIND_COLOURS.get(v["kind"], "#3b6ea8") if v["previous_id"] is not None else "#2e7d32" for v in by_company[name]]
        ax.scatter(xs, [y] * len(xs), s=22, c=colours, zorder=3, edgecolors="white", linewidths=0.5)
    if not names:
        _empty(ax, "no versions")
    else:
        ax.set_yticks(range(len(names)), names, fontsize=8)
        ax.set_ylim(-0.7, len(names) - 0.3)
        _date_axis(ax)
        times = [_t(v["first_seen"]) for v in data.versions]
        _mark_dates(ax, min(times), max(times))
    ax.set_title("Versions over time (green: first archived version; bar: span of captures)", fontsize=10, loc="left")
    return _svg(fig, "timeline")


def length_chart(data: Data) -> str:
    fig, ax = _figure(10, 4)
    docs: dict[int, list[dict]] = defaultdict(list)
    for v in data.versions:
        docs[v["document_id"]].append(v)
    ranked = sorted(docs, key=lambda d: (-len(docs[d]), docs[d][0]["company"]))
    named = set(ranked[:LENGTH_LINES_NAMED])
    for doc_id in reversed(ranked):
        vs = docs[doc_id]
        xs = [_t(v["first_seen"]) for v in vs] + [_t(vs[-1]["last_seen"])]
        ys = [v["word_count"] for v in vs] + [vs[-1]["word_count"]]
        if doc_id in named:
            ax.step(xs, ys, where="post", linewidth=2, label=vs[0]["company"])
        else:
            ax.step(xs, ys, where="post", linewidth=0.8, color="#b0b8c0")
    if not docs:
        _empty(ax, "no versions")
    else:
        _date_axis(ax)
        ax.set_ylabel("words")
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False,
                  title=f"{min(len(docs), LENGTH_LINES_NAMED)} with most versions", title_fontsize=7)
    ax.set_title("Policy length over time (words)", fontsize=10, loc="left")
    return _svg(fig, "length")


def changes_chart(data: Data) -> str:
    """New versions per month (a first version is not a change), stacked by kind of change."""
    fig, ax = _figure(10, 3.4)
    months: dict[str, Counter] = defaultdict(Counter)
    for v in data.versions:
        if v["previous_id"] is not None:
            months[v["first_seen"][:7]][v["kind"] or "edit"] += 1
    if not months:
        _empty(ax, "no changes yet: every policy has a single version")
    else:
        first, last = min(months), max(months)
        keys, (y, m) = [], map(int, first.split("-"))
        while f"{y:04d}-{m:02d}" <= last:
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        xs = [_t(k + "-15T00:00:00Z") for k in keys]
        bottom = [0] * len(keys)
        for kind in [k for k in KIND_COLOURS if any(months[m][k] for m in keys)]:
            heights = [months[k][kind] for k in keys]
            ax.bar(xs, heights, width=25, bottom=bottom, color=KIND_COLOURS[kind], label=kind.replace("_", " "))
            bottom = [a + b for a, b in zip(bottom, heights)]
        if len(keys) <= 12:  # a month a tick, under its bar: a span of a few months got day ticks (05, 09, 13…)
            import matplotlib.dates as mdates
            ax.xaxis.set_major_locator(mdates.MonthLocator(bymonthday=15))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
            ax.set_xlim(xs[0] - dt.timedelta(days=20), xs[-1] + dt.timedelta(days=20))
        else:
            _date_axis(ax)
        _mark_dates(ax, xs[0] - dt.timedelta(days=20), xs[-1] + dt.timedelta(days=20))
        from matplotlib.ticker import MaxNLocator
        ax.set_ylabel("new versions")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(fontsize=8, frameon=False, loc="upper left")
    ax.set_title("When policies change: new versions per month, by kind of change", fontsize=10, loc="left")
    return _svg(fig, "changes")


def section_counts(data: Data) -> list[tuple[str, int, int]]:
    """(heading, companies, versions) of the sections whose text changed most widely: those modified or
    renamed in the most companies' policies, then in the most versions. Headings are matched as
    archive.summary matches them (no numbering, case or emphasis); sections added or removed whole are left
    out, since a restructured policy would otherwise list all its headings."""
    versions: Counter = Counter()
    companies: dict[str, set] = defaultdict(set)
    shown: dict[str, Counter] = defaultdict(Counter)
    for v in data.versions:
        if v["previous_id"] is None or v["kind"] not in ("edit", None):
            continue
        names = set(json.loads(v["sections_modified"] or "[]"))
        names.update(new for _, new in json.loads(v["sections_renamed"] or "[]"))
        keys = set()
        for name in names:
            if name == S.OPENING:
                continue
            plain = re.sub(r" \(“.*”\)$", "", name.split(" › ")[-1])  # a repeated heading's qualifier
            key = S.heading_key(plain)
            if key:
                keys.add(key)
                shown[key][S.strip_numbering(plain)] += 1
        for key in keys:
            versions[key] += 1
            companies[key].add(v["site"])
    ranked = sorted(versions, key=lambda k: (-len(companies[k]), -versions[k], k))[:TOP_SECTIONS]
    return [(shown[k].most_common(1)[0][0], len(companies[k]), versions[k]) for k in ranked]


def sections_chart(data: Data) -> str:
    top = section_counts(data)
    fig, ax = _figure(10, max(2.2, 0.28 * len(top) + 1.0))
    if not top:
        _empty(ax, "no section has changed yet")
    else:
        from matplotlib.ticker import MaxNLocator
        labels = [f"{h[:70]}{'…' if len(h) > 70 else ''}  ({n} version{'' if n == 1 else 's'})"
                  for h, _, n in reversed(top)]
        ax.barh(range(len(top)), [c for _, c, _ in reversed(top)], color="#3b6ea8")
        ax.set_yticks(range(len(top)), labels, fontsize=8)
        ax.set_xlabel("companies whose policy changed a section of this heading")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_title("Most-changed sections (by heading, across companies)", fontsize=10, loc="left")
    return _svg(fig, "sections")


def languages_chart(data: Data) -> str:
    latest: dict[int, dict] = {}
    for v in data.versions:
        latest[v["document_id"]] = v  # in time order: the last one wins
    counts = Counter(v["language"] or "unknown" for v in latest.values())
    fig, ax = _figure(5, max(1.8, 0.3 * len(counts) + 0.9))
    if not counts:
        _empty(ax, "no versions")
    else:
        items = counts.most_common()[::-1]
        ax.barh(range(len(items)), [n for _, n in items], color="#2e7d32")
        ax.set_yticks(range(len(items)), [k for k, _ in items], fontsize=9)
        from matplotlib.ticker import MaxNLocator
        ax.set_xlabel("policies (latest version)")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("Languages", fontsize=10, loc="left")
    return _svg(fig, "languages")


CHARTS = {"timeline": timeline_chart, "length": length_chart, "changes": changes_chart,
          "sections": sections_chart, "languages": languages_chart}


def charts(data: Data) -> dict[str, Markup]:
    """Every chart as inline SVG markup (matplotlib escapes the text it writes). Text stays text in the SVG
    (`svg.fonttype: none`), drawn by the reader's browser in its fonts: matplotlib's note that its own font
    lacks a glyph (a Japanese or Chinese section title) only concerns the spacing it reserves, and is not
    printed at every run."""
    import warnings
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        return {name: Markup(draw(data)) for name, draw in CHARTS.items()}


# The page -----------------------------------------------------------------------------------------------

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 1100px; color: #1f2328; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #d0d7de; }
.facts { color: #57606a; } figure.chart { margin: 1em 0; } figure.chart svg { width: 100%; height: auto; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; align-items: start; }
table { border-collapse: collapse; width: 100%; font-size: .88em; margin: .4em 0 1.2em; }
th, td { border-bottom: 1px solid #eaeef2; padding: .25em .5em; text-align: left; vertical-align: top; }
td.id { font-family: ui-monospace, monospace; font-size: .85em; word-break: break-all; color: #57606a; }
details { margin: .3em 0; } summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 2em; color: #57606a; font-size: .85em; }
"""


def _kind_word(v: dict) -> str:
    return "first" if v["previous_id"] is None else (v["kind"] or "").replace("_", " ")


def build(db: sqlite_utils.Database, sites: list[str] | None = None, base_url: str | None = None,
          generated_at: dt.datetime | None = None, without: list[tuple] = ()) -> str:
    """The report page: charts (inline SVG) and a table per company linking each version (to the policy's
    URL, and with `base_url` to a running `policy-archive serve`'s version and diff pages); `without`: the
    companies asked for that have no policy (`lookup.without_policy`'s tuples), listed with why."""
    from .lookup import no_policy_reason
    from .export import tool_version
    from .store import iso

    data = collect(db, sites)
    drawn = charts(data)
    when = iso(generated_at or dt.datetime.now(dt.timezone.utc))
    base = (base_url or "").rstrip("/")
    shown = {v["document_id"] for v in data.versions}  # documents with a version: those the report shows
    spans = [span for doc_id, span in data.captures.items() if doc_id in shown]  # (first, last, count)
    first = min((f for f, _, _ in spans), default="-")
    last = max((la for _, la, _ in spans), default="-")
    captures = sum(n for _, _, n in spans)
    source = ", ".join(f"{n} captures by {k}" for k, n in data.sources.most_common()) or "no captures"
    out = [Markup("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
                  "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                  "<title>Privacy policy report</title><style>"), Markup(STYLE), Markup("</style></head><body>"),
           Markup("<h1>Privacy policy report</h1>"),
           Markup("<p class='facts'>{} compan{}, {} version{} from {} capture{}, {} to {}. Sources: {}. "
                  "Generated {} by policy-archive {}.</p>").format(
               len(data.sites), "y" if len(data.sites) == 1 else "ies", len(data.versions),
               "" if len(data.versions) == 1 else "s", captures, "" if captures == 1 else "s", first, last,
               source, when, tool_version())]
    sections = [("timeline", "Versions over time"), ("changes", "When policies change"),
                ("length", "Policy length over time"), ("sections", "Most-changed sections")]
    for name, title in sections:
        out.append(Markup("<h2>{}</h2><figure class='chart' id='chart-{}'>{}</figure>").format(title, name, drawn[name]))
    out.append(Markup("<h2>Languages</h2><div class='pair'><figure class='chart' id='chart-languages'>{}</figure>"
                      "<p class='facts'>The language of each policy's latest version, as detected from its text."
                      "</p></div>").format(drawn["languages"]))
    out.append(Markup("<h2>Every version, by company</h2>"))
    by_company: dict[str, list[dict]] = defaultdict(list)
    for v in data.versions:
        by_company[v["company"]].append(v)
    for company in sorted(by_company, key=str.casefold):
        vs = by_company[company]
        out.append(Markup("<details open><summary>{} — {} version{}</summary><table><thead><tr><th>version</th>"
                          "<th>first seen</th><th>words</th><th>change</th><th>what changed</th><th>id</th>"
                          "</tr></thead><tbody>").format(company, len(vs), "" if len(vs) == 1 else "s"))
        first_of: dict[tuple, int] = {}  # (document, text) -> its first version's number: "= v4", as `history` says
        urls = list(dict.fromkeys(v["url"] for v in vs))  # a company's addresses (a move, or a bilingual site's two)
        heading = None
        for v in sorted(vs, key=lambda v: urls.index(v["url"])):  # each address's versions together, in order
            if len(urls) > 1 and v["url"] != heading:  # numbered per address: each heads its own
                heading = v["url"]
                out.append(Markup("<tr class='address'><th colspan='6'>{}</th></tr>").format(heading))
            again = first_of.setdefault((v["document_id"], v["content_hash"]), v["number"])
            links = Markup("<a href='{}'>policy</a>").format(v["url"]) if re.match(r"https?://", v["url"]) \
                else Markup("")
            if base:
                links += Markup(" · <a href='{}/version/{}'>read</a>").format(base, v["id"])
                prev = v["previous_id"]
                if prev:
                    links += Markup(" · <a href='{}/diff/{}/{}'>compare</a>").format(base, prev, v["id"])
            out.append(Markup("<tr><td>{}{} ({})</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                              "<td class='id'>{}</td></tr>").format(
                v["number"], f" (= v{again})" if again != v["number"] else "", links, v["first_seen"],
                v["word_count"], _kind_word(v), v["description"] or "",
                version_id(v["site"], v["url"], v["first_seen"], v["content_hash"])))
        out.append(Markup("</tbody></table></details>"))
    if without:
        out.append(Markup("<h2>Companies without a policy</h2><ul class='without'>"))
        for key, name, _, _, reason in sorted(without, key=lambda w: (w[1] or w[0]).casefold()):
            out.append(Markup("<li>{} ({}): {}</li>").format(name or key, key, no_policy_reason(reason)))
        out.append(Markup("</ul>"))
    out.append(Markup("<footer>Made from the archive's stored captures ({}). Charts drawn with matplotlib; "
                      "this page loads nothing from the network.</footer></body></html>").format(source))
    return str(Markup("\n").join(escape(p) for p in out))
