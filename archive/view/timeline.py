"""A company's versions on a time axis, as inline SVG made on the server (no script, nothing fetched).

Built with ElementTree so that URLs and titles in tooltips are escaped by the XML library.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from ..feed import xml_safe
from ..store import parse_iso

WIDTH, LANE, TOP, AXIS = 960, 34, 8, 26
LEFT, RIGHT = 34, 34  # room for the first and last month labels
COLOURS = ("#3b6ea8", "#86b0d9")


def _month_ticks(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    months = (end.year - start.year) * 12 + end.month - start.month
    step = 1 if months <= 14 else 3 if months <= 40 else 12
    tick = dt.datetime(start.year, start.month, 1, tzinfo=dt.timezone.utc)
    ticks = []
    while tick <= end:
        if tick >= start and (tick.month - 1) % step == 0:
            ticks.append(tick)
        year, month = divmod(tick.month, 12)
        tick = tick.replace(year=tick.year + year, month=month + 1)
    return ticks


def timeline_svg(documents: list[dict]) -> str:
    """`documents`: [{"url": ..., "versions": [{"id", "number", "first_seen", "last_seen", "word_count"}]}].
    One lane per policy URL; each version is a band from when it was first seen to when the next one was
    (or, for the last, its last sighting), linking to the version's page."""
    documents = [d for d in documents if d["versions"]]
    times = [parse_iso(v[k]) for d in documents for v in d["versions"] for k in ("first_seen", "last_seen")]
    height = TOP + LANE * max(1, len(documents)) + AXIS
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {WIDTH} {height}",
                             "width": "100%", "role": "img", "class": "timeline",
                             "aria-label": "Timeline of the company's policy versions"})
    if not times:
        ET.SubElement(svg, "text", {"x": str(LEFT), "y": str(TOP + 16)}).text = "No versions yet."
        return ET.tostring(svg, encoding="unicode")
    start, end = min(times), max(times)
    if end - start < dt.timedelta(days=1):
        end = start + dt.timedelta(days=1)
    span = (end - start).total_seconds()

    def x(when: dt.datetime) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (when - start).total_seconds() / span

    axis_y = TOP + LANE * len(documents) + 4
    ET.SubElement(svg, "line", {"x1": str(LEFT), "x2": str(WIDTH - RIGHT), "y1": str(axis_y), "y2": str(axis_y),
                                "stroke": "#888"})
    for tick in _month_ticks(start, end):
        tx = f"{x(tick):.1f}"
        ET.SubElement(svg, "line", {"x1": tx, "x2": tx, "y1": str(axis_y), "y2": str(axis_y + 5), "stroke": "#888"})
        label = ET.SubElement(svg, "text", {"x": tx, "y": str(axis_y + 18), "font-size": "11",
                                            "text-anchor": "middle", "fill": "#555"})
        label.text = tick.strftime("%b %Y")
    for lane, doc in enumerate(documents):
        y = TOP + lane * LANE
        versions = sorted(doc["versions"], key=lambda v: v["first_seen"])  # numbers are not in time order
        for i, v in enumerate(versions):
            begin = parse_iso(v["first_seen"])
            finish = parse_iso(versions[i + 1]["first_seen"]) if i + 1 < len(versions) else parse_iso(v["last_seen"])
            x0, x1 = x(begin), max(x(finish), x(begin) + 4)
            link = ET.SubElement(svg, "a", {"href": f"/version/{int(v['id'])}", "class": "tl-version"})
            ET.SubElement(link, "title").text = xml_safe(
                f"{doc['url']} version {v['number']}: first seen {v['first_seen']}, last seen {v['last_seen']}, "
                f"{v['word_count']} words")
            ET.SubElement(link, "rect", {"x": f"{x0:.1f}", "y": str(y), "width": f"{x1 - x0:.1f}",
                                         "height": str(LANE - 10), "rx": "3", "fill": COLOURS[i % 2]})
            ET.SubElement(link, "circle", {"cx": f"{x0:.1f}", "cy": str(y + (LANE - 10) / 2), "r": "4",
                                           "fill": "#c0392b"})
            if x1 - x0 > 26:
                label = ET.SubElement(link, "text", {"x": f"{x0 + 7:.1f}", "y": str(y + 16), "font-size": "12",
                                                     "fill": "#fff"})
                label.text = f"v{v['number']}"
    return ET.tostring(svg, encoding="unicode")
