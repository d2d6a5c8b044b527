"""The change feed: an Atom 1.0 feed of new policy versions, for feed readers and newsrooms.

Built with ElementTree so that every stored string (titles, URLs, changed lines) is escaped by the XML
library; characters XML 1.0 cannot carry (control characters a page may contain) are dropped first,
because ElementTree writes them as they are and the feed would not parse.
"""
from __future__ import annotations

import difflib
import os
import re
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import quote

import sqlite_utils

from . import summaries
from .errors import ArchiveError

ATOM = "http://www.w3.org/2005/Atom"
DEFAULT_LIMIT = 50
FIRST_LINES = 3  # changed lines quoted in an entry's summary
LINE_CHARS = 240

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str | None) -> str:
    """Text XML 1.0 can carry (ElementTree escapes <, & and quotes, but not control characters)."""
    return _NOT_XML.sub("", text or "")


def _words(text: str) -> list[str]:
    return text.split()


def change_summary(old: dict | None, new: dict) -> dict:
    """Words added and removed, and the first changed lines of the Markdown, from `old` to `new`
    (version rows). Shared by the feed and the diff page, so both say the same thing."""
    if old is None:
        return {"added": new["word_count"], "removed": 0, "lines": [], "first": True}
    matcher = difflib.SequenceMatcher(None, _words(old["text"]), _words(new["text"]), autojunk=False)
    added = removed = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed += i2 - i1
        if op in ("replace", "insert"):
            added += j2 - j1
    lines: list[str] = []
    hunk: list[str] = []
    diff = difflib.unified_diff(old["markdown"].splitlines(), new["markdown"].splitlines(), lineterm="", n=0)
    for line in [*diff, "@@"]:
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("@@"):
            lines.extend(_crop_hunk(hunk))
            hunk = []
        elif line[1:].strip():
            hunk.append(line)
        if len(lines) >= FIRST_LINES:
            break
    return {"added": added, "removed": removed, "lines": lines[:FIRST_LINES], "first": False}


def _crop_hunk(hunk: list[str]) -> list[str]:
    """A paragraph edited in the middle shows where it changed, not its unchanged first 200 characters."""
    removed = next((h[1:] for h in hunk if h[0] == "-"), None)
    added = next((h[1:] for h in hunk if h[0] == "+"), None)
    start = 0
    if removed is not None and added is not None:
        start = max(0, len(os.path.commonprefix([removed, added])) - 60)
        start = removed.rfind(" ", 0, start) + 1 if start else 0
    out = []
    for h in hunk[:FIRST_LINES]:
        body = h[1:][start:]
        body = ("…" if start else "") + body
        out.append(h[0] + (body if len(body) <= LINE_CHARS else body[:LINE_CHARS - 1] + "…"))
    return out


def summary_text(summary: dict, new: dict, url: str, in_words: str | None = None) -> str:
    """An entry's text: what changed in plain words (`in_words`, archive/summary.py's sentence, e.g. "2
    sections changed: 'Data retention', 'Your rights'; +312 / −40 words.") and the first changed lines."""
    if summary["first"]:
        return f"First archived version of {url}: {new['word_count']} words."
    if in_words:
        head = f"Version {new['number']} of {url} (compared with version {new['number'] - 1}): {in_words}"
    else:
        head = (f"Version {new['number']} of {url}: {summary['added']} words added, "
                f"{summary['removed']} removed (compared with version {new['number'] - 1}).")
    if not summary["lines"]:
        return head
    return head + "\n\nFirst changed lines:\n" + "\n".join(summary["lines"])


def entry_id(url: str, version: dict) -> str:
    """Stable across `reprocess` (which may renumber rows): made of the URL, the content and its time."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{url}#{version['content_hash']}@{version['first_seen']}"))


def diff_path(old_id: int, new_id: int) -> str:
    """The `serve` page comparing two versions (by row id), relative to the server's root."""
    return f"/diff/{old_id}/{new_id}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_safe(text)
    return el


def atom_feed(db: sqlite_utils.Database, site: str | None = None, limit: int = DEFAULT_LIMIT,
              base_url: str | None = None, self_url: str | None = None) -> str:
    """An Atom 1.0 feed of the newest versions (of one site's policies, by site key, or of all).

    Entries link to the diff page of a `serve`d archive when `base_url` is given (and there is an
    earlier version), else to the policy itself.
    """
    if limit < 1:
        raise ArchiveError("the feed needs a limit of at least 1 entry")
    where, params = ("WHERE s.key = ?", [site]) if site else ("", [])
    rows = list(db.query(
        "SELECT v.id, v.document_id, v.number, v.first_seen, v.content_hash, v.markdown, v.text, v.word_count, "
        "v.title, v.declared_date, d.url, s.key AS site, s.name AS site_name FROM versions v "
        "JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"{where} ORDER BY v.first_seen DESC, v.id DESC LIMIT ?", [*params, limit]))
    # plain tags under a default xmlns: ET.register_namespace would change process-wide state
    feed = ET.Element("feed", {"xmlns": ATOM})
    name = None
    if site:
        name = next(iter(db.execute("SELECT coalesce(name, key) FROM sites WHERE key = ?", [site]).fetchall()),
                    [site])[0]
    _sub(feed, "title", f"{name}: privacy policy changes" if site else "Privacy policy changes")
    _sub(feed, "subtitle", "New versions of privacy policies, as archived by policy-archive.")
    _sub(feed, "id", "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"policy-archive:feed:{site or '*'}")))
    # an empty feed still needs a stable `updated`: the epoch says "nothing yet" without inventing a time
    _sub(feed, "updated", rows[0]["first_seen"] if rows else "1970-01-01T00:00:00Z")
    author = _sub(feed, "author")
    _sub(author, "name", "policy-archive")
    _sub(feed, "generator", "policy-archive")
    if self_url:
        _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    if base_url:
        _sub(feed, "link", rel="alternate", type="text/html", href=base_url.rstrip("/") + "/")
    for row in rows:
        old = None
        if row["number"] > 1:
            old = next(db.query("SELECT id, document_id, number, markdown, text, word_count, declared_date FROM versions "
                                "WHERE document_id = ? AND number = ?", [row["document_id"], row["number"] - 1]), None)
        summary = change_summary(old, row)
        entry = _sub(feed, "entry")
        _sub(entry, "title", f"{row['site_name'] or row['site']}: privacy policy version {row['number']}")
        _sub(entry, "id", entry_id(row["url"], row))
        _sub(entry, "updated", row["first_seen"])
        _sub(entry, "published", row["first_seen"])
        if base_url and old is not None:
            _sub(entry, "link", rel="alternate", type="text/html",
                 href=base_url.rstrip("/") + diff_path(old["id"], row["id"]))
            _sub(entry, "link", rel="related", href=row["url"])
        elif base_url:
            _sub(entry, "link", rel="alternate", type="text/html",
                 href=base_url.rstrip("/") + "/company/" + quote(row["site"], safe=""))
            _sub(entry, "link", rel="related", href=row["url"])
        else:
            _sub(entry, "link", rel="alternate", href=row["url"])
        in_words = summaries.of(db, old, row).describe() if old is not None else None
        _sub(entry, "summary", summary_text(summary, row, row["url"], in_words), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
