"""The change feed: an Atom 1.0 feed of new policy versions, for feed readers and newsrooms.

Built with ElementTree so that every stored string (titles, URLs, changed lines) is escaped by the XML
library; characters XML 1.0 cannot carry (control characters a page may contain) are dropped first,
because ElementTree writes them as they are and the feed would not parse.
"""
from __future__ import annotations

import datetime as dt
import difflib
import itertools
import os
import re
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import quote

import sqlite_utils

from . import summaries
from .errors import ArchiveError
from .export import site_filter
from .lookup import again_note, same_text_as
from .store import time_cmp

ATOM = "http://www.w3.org/2005/Atom"
DEFAULT_LIMIT = 50
FIRST_LINES = 4  # changed lines quoted in an entry's summary: two edits, each line with its replacement
LINE_CHARS = 240

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str | None) -> str:
    """Text XML 1.0 can carry (ElementTree escapes <, & and quotes, but not control characters)."""
    return _NOT_XML.sub("", text or "")


def _words(text: str) -> list[str]:
    return text.split()


def word_changes(old_text: str, new_text: str) -> tuple[int, int]:
    """(words added, words removed) from one text to the other.

    Diffed in two steps, as `diff --word-diff` does after a line diff: the texts' lines (paragraphs) first,
    then the words of each changed run of lines only. One word-level SequenceMatcher over two whole
    5,000-word policies took ~80 ms (the feed's 50 entries 5-12 s); this takes ~1 ms. A word moved to
    another paragraph counts as removed there and added here, as a reader sees it."""
    a_lines, b_lines = old_text.splitlines(), new_text.splitlines()
    added = removed = 0
    lines = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for op, i1, i2, j1, j2 in lines.get_opcodes():
        if op == "equal":
            continue
        a = [w for line in a_lines[i1:i2] for w in _words(line)]
        b = [w for line in b_lines[j1:j2] for w in _words(line)]
        if not a or not b:
            removed, added = removed + len(a), added + len(b)
            continue
        words = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for wop, a1, a2, b1, b2 in words.get_opcodes():
            if wop in ("replace", "delete"):
                removed += a2 - a1
            if wop in ("replace", "insert"):
                added += b2 - b1
    return added, removed


def change_summary(old: dict | None, new: dict) -> dict:
    """Words added and removed, and the first changed lines of the Markdown, from `old` to `new`
    (version rows). Shared by the feed, the webhooks and the diff page, so all say the same thing.

    The lines are whole edits, each removed line with the added line most like it anywhere in the diff (a
    date line moved from the top of the page to its foot is one edit, not a removal and an addition), in
    document order: edits of words first, then lines that differ only by their dates, then lines only
    renumbered ("## 5." -> "## 6."), then paragraphs only re-wrapped (merged or split, no word changed)."""
    if old is None:
        return {"added": new["word_count"], "removed": 0, "lines": [], "first": True}
    added, removed = word_changes(old["text"], new["text"])
    # (order, line) of the lines removed and added; the order is (hunk, place on its side, - before +), so that
    # a hunk's lines no other line is like read in turn (the first paragraph of a rewrite, then its replacement)
    minus: list[tuple[tuple[int, int, int], str]] = []
    plus: list[tuple[tuple[int, int, int], str]] = []
    hunks = 0
    renumbered: list[list[str]] = []
    reflowed: list[list[str]] = []
    hunk: list[str] = []
    diff = difflib.unified_diff(old["markdown"].splitlines(), new["markdown"].splitlines(), lineterm="", n=0)
    for line in [*diff, "@@"]:
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("@@"):
            changed, moved = _renumbered(_head_of(hunk))
            renumbered.extend(_crop_hunk(moved))
            edited, same = _reflowed(changed)
            reflowed.extend(_crop_hunk(same))
            side = {"-": 0, "+": 0}
            for h in edited:
                (minus if h[0] == "-" else plus).append(((hunks, side[h[0]], h[0] == "+"), h[1:]))
                side[h[0]] += 1
            hunks, hunk = hunks + 1, []
        elif line[1:].strip():
            hunk.append(line)
        if len(minus) + len(plus) >= _PAIRED_LINES:
            break
    edits, dated = [], []
    for _, pair in sorted(_pairs(minus, plus)):
        (dated if _dates_only(pair, new.get("language")) else edits).append(pair)
    lines: list[str] = []
    for pair in [*edits, *dated] or renumbered or reflowed:  # whole edits: "-clause" alone reads as a deletion
        if lines and len(lines) + len(pair) > FIRST_LINES:
            break
        lines += pair
    return {"added": added, "removed": removed, "lines": lines, "first": False}


_PAIRED_LINES = 80  # changed lines read for the first few: a rewritten policy's thousand are not paired
_LIKE = 0.5  # a removed line and an added one at least this alike (difflib's ratio of their tokens) are one edit
_TOKENS = re.compile(r"\w+|[^\w\s]")


def _head_of(hunk: list[str]) -> list[str]:
    """The hunk's first removed and first added lines, _PAIRED_LINES in all: a hunk replacing a whole policy
    (a page that switched language) holds every line of both texts, of which the summary quotes four."""
    if len(hunk) <= _PAIRED_LINES:
        return hunk
    half = _PAIRED_LINES // 2
    return [h for h in hunk if h[0] == "-"][:half] + [h for h in hunk if h[0] == "+"][:half]


def _reflowed(hunk: list[str]) -> tuple[list[str], list[str]]:
    """(lines with a word changed, lines whose every word is matched on the other side): a hunk's words are
    diffed as one run each side, so paragraphs merged, split or re-wrapped, whose words are all there in the
    same order, are told from the lines that really changed beside them (a date line removed above them)."""
    tokens = {"-": [], "+": []}  # (line index in the hunk, word)
    for i, h in enumerate(hunk):
        tokens[h[0]] += [(i, w) for w in re.findall(r"\w+", h[1:].lower())]
    a, b = tokens["-"], tokens["+"]
    moved, group = set(), list(range(len(hunk)))  # lines with a word unmatched; lines sharing matched words

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i
    ops = difflib.SequenceMatcher(None, [w for _, w in a], [w for _, w in b], autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op != "equal":
            moved |= {i for i, _ in a[i1:i2]} | {j for j, _ in b[j1:j2]}
            continue
        for k in range(i2 - i1):  # a line and the lines its words are found in are one group
            group[root(a[i1 + k][0])] = root(b[j1 + k][0])
    worded = {i for i, _ in a} | {j for j, _ in b}
    changed = {root(i) for i in moved} | {root(i) for i in range(len(hunk)) if i not in worded}
    edited = [h for i, h in enumerate(hunk) if root(i) in changed]
    return edited, [h for i, h in enumerate(hunk) if root(i) not in changed]


def _pairs(minus: list[tuple[tuple, str]], plus: list[tuple[tuple, str]]) -> list[tuple[tuple, list[str]]]:
    """(order, lines) of each edit: each removed line with the added line most like it that no earlier one took,
    cropped (`_crop_pair`); a line with no such partner alone.

    Lines are compared as runs of words and punctuation marks ("updated", ":", "2024"): compared
    character by character, two paragraphs of a rewritten policy cost 0.1 s each, and any two paragraphs of
    one language share most of their letters, so no quick bound ruled a pair out."""
    taken: set[int] = set()
    out = []
    tokens = [_TOKENS.findall(line.lower()) for _, line in plus]
    for i, removed in minus:
        best, score = None, _LIKE
        m = difflib.SequenceMatcher(None, autojunk=False)
        m.set_seq2(_TOKENS.findall(removed.lower()))  # the indexed side: once per removed line
        for j, (k, line) in enumerate(plus):
            if j in taken:
                continue
            m.set_seq1(tokens[j])
            if m.real_quick_ratio() >= score and m.quick_ratio() >= score and (r := m.ratio()) >= score:
                best, score = j, r
        if best is None:
            out.append((i, _crop_pair(removed, None)))
        else:
            taken.add(best)
            out.append((min(i, plus[best][0]), _crop_pair(removed, plus[best][1])))
    out += [(k, _crop_pair(None, line)) for j, (k, line) in enumerate(plus) if j not in taken]
    return out


def _dates_only(pair: list[str], language: str | None) -> bool:
    """A removed line and its replacement that differ only by their dates ("Last updated: …")."""
    if len(pair) != 2:
        return False
    from .summary import _only_dates_changed
    return _only_dates_changed(pair[0][1:], pair[1][1:], language)


_SECTION_NUMBER = re.compile(r"^(\s*(?:#{1,6}\s+)?)\d+(?:\.\d+)*")  # "## 5.", "5.2", a numbered item's "5."


def _renumbered(hunk: list[str]) -> tuple[list[str], list[str]]:
    """(the hunk's lines, its renumbered lines): a removed line and an added one alike but for the section
    number they start with ("## 5. Your rights" -> "## 6. Your rights"). A section added early in a policy
    renumbers every one after it; the section is the news, and the renumbering is quoted only when it is
    all that changed."""
    def key(line: str) -> str:
        return _SECTION_NUMBER.sub(r"\1#", line[1:])
    added = [i for i, h in enumerate(hunk) if h[0] == "+"]
    moved: set[int] = set()
    for i, h in enumerate(hunk):
        if h[0] == "-" and (twin := next((j for j in added if j not in moved and key(hunk[j]) == key(h)), None)):
            moved |= {i, twin}
    return [h for i, h in enumerate(hunk) if i not in moved], [h for i, h in enumerate(hunk) if i in moved]


def _crop_hunk(hunk: list[str]) -> list[list[str]]:
    """The hunk's lines as pairs, each removed line before the line that replaced it (a hunk of three removed
    and three added lines showed only the removals), by their order in the hunk (`_crop_pair`)."""
    minus = [h[1:] for h in hunk if h[0] == "-"]
    plus = [h[1:] for h in hunk if h[0] == "+"]
    return [_crop_pair(removed, added) for removed, added in itertools.zip_longest(minus, plus)][:FIRST_LINES]


def _crop_pair(removed: str | None, added: str | None) -> list[str]:
    """["-removed", "+added"] (or one of them): a paragraph edited in the middle shows where it changed, not its
    unchanged first 200 characters; each line at most LINE_CHARS."""
    start = 0
    if removed is not None and added is not None:
        start = max(0, len(os.path.commonprefix([removed, added])) - 60)
        start = removed.rfind(" ", 0, start) + 1 if start else 0
    pair = []
    for sign, line in (("-", removed), ("+", added)):
        if line is not None:
            body = ("…" if start else "") + line[start:]
            pair.append(sign + (body if len(body) <= LINE_CHARS else body[:LINE_CHARS - 1] + "…"))
    return pair


def summary_text(summary: dict, new: dict, url: str, old: dict | None = None, in_words: str | None = None) -> str:
    """An entry's text: what changed in plain words (`in_words`, archive/summary.py's sentence, e.g. "2
    sections changed: 'Data retention', 'Your rights'; +312 / −40 words.") and the first changed lines."""
    if summary["first"]:
        head = f"First archived version of {url}: {new['word_count']} words."
    else:
        before = old["number"] if old else new["number"] - 1
        head = (f"Version {new['number']} of {url} (compared with version {before}): {in_words}" if in_words else
                f"Version {new['number']} of {url}: {summary['added']} words added, "
                f"{summary['removed']} removed (compared with version {before}).")
    if again := new.get("again"):  # first: a page serving two texts in turn is read as one, not as edits
        head = f"This is {again}. {head}"
    if new.get("upgraded_at"):
        head += (f" Its text is a technical upgrade: re-extracted from the same captures on {new['upgraded_at']} "
                 f"by extractor {new.get('extractor')}.")
    if not summary["lines"]:
        return head
    return head + "\n\nFirst changed lines:\n" + "\n".join(summary["lines"])


def entry_id(url: str, version: dict) -> str:
    """Made of the URL, the content and its time (version ids are kept across `reprocess` too, but an entry
    id must not depend on one archive file: two archives of the same captures give the same ids)."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{url}#{version['content_hash']}@{version['first_seen']}"))


def diff_path(old_id: int, new_id: int) -> str:
    """The `serve` page comparing two versions (by row id), relative to the server's root."""
    return f"/diff/{old_id}/{new_id}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_safe(text)
    return el


_CACHE: dict[tuple, str] = {}
_CACHE_SIZE = 32


def archive_state(db: sqlite_utils.Database) -> tuple:
    """What a feed depends on, cheaply: it changes whenever a version is added, superseded or upgraded, or a
    company is renamed (the browser's /feed.atom is rebuilt only then)."""
    return tuple(db.execute(
        "SELECT (SELECT max(id) FROM versions), (SELECT count(*) FROM versions WHERE superseded_at IS NOT NULL), "
        "(SELECT max(id) FROM version_upgrades), (SELECT count(*) FROM sites), "
        "(SELECT group_concat(coalesce(name, ''), '|') FROM sites)").fetchone())


def cached_atom_feed(db: sqlite_utils.Database, **kwargs) -> str:
    """atom_feed(db, **kwargs), remembered in this process until the archive's state (archive_state) changes."""
    key = (archive_state(db), tuple(sorted(kwargs.items())))
    text = _CACHE.get(key)
    if text is None:
        text = atom_feed(db, **kwargs)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = text
    return text


def _window(at: str, since: dt.datetime | None, until: dt.datetime | None) -> tuple[str, list]:
    """(SQL, params) of the bounds on column `at`, at any precision."""
    sql, params = "", []
    for op, bound in ((">=", since), ("<=", until)):
        if bound is not None:
            cmp, args = time_cmp(at, op, bound)
            sql, params = sql + f" AND {cmp}", params + args
    return sql, params


def versions_in_feed_window(db: sqlite_utils.Database, site: str | tuple[str, ...] | None = None,
                            since: dt.datetime | None = None, until: dt.datetime | None = None) -> int:
    """How many versions `atom_feed` with these filters would have entries for, whatever its limit."""
    cond, params = site_filter(site)
    bounds, args = _window("v.first_seen", since, until)
    return db.execute(
        "SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"WHERE v.superseded_at IS NULL {'AND ' + cond if cond else ''} {bounds}", [*params, *args]).fetchone()[0]


def atom_feed(db: sqlite_utils.Database, site: str | tuple[str, ...] | None = None, limit: int = DEFAULT_LIMIT,
              base_url: str | None = None, self_url: str | None = None, technical_upgrades: bool = False,
              since: dt.datetime | None = None, until: dt.datetime | None = None) -> str:
    """An Atom 1.0 feed of the newest versions (of one site's policies, by site key, of several, or of all).

    Entries link to the diff page of a `serve`d archive when `base_url` is given (and there is an
    earlier version), else to the policy itself. Versions a reprocess superseded are left out; a version
    whose text is a technical upgrade says so in its summary. Each version's entry has the kind of its change
    as its category (`first`, `edit`, `replaced`, `formatting`, `date_only`: a reader can leave out what is no
    edit). With
    `technical_upgrades`, each technical upgrade is also an entry of its own (category `technical-upgrade`,
    dated when it was made), up to `limit` of them besides the `limit` newest versions (dated at a reprocess,
    they would push every version out); without, a feed reader sees real changes of policies only.
    `since` / `until` (aware datetimes, inclusive): only versions first seen (upgrades made) between them, the
    week a report covers.
    """
    if limit < 1:
        raise ArchiveError("the feed needs a limit of at least 1 entry")
    cond, params = site_filter(site)
    where = f"AND {cond}" if cond else ""
    versions_window, versions_bounds = _window("v.first_seen", since, until)
    rows = list(db.query(
        "SELECT v.id, v.document_id, v.number, v.first_seen, v.content_hash, v.markdown, v.text, v.word_count, "
        "v.title, v.declared_date, v.previous_id, v.upgraded_at, v.extractor, d.url, s.key AS site, "
        "s.name AS site_name, NULL AS upgrade_id, v.first_seen AS at FROM versions v "
        "JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"WHERE v.superseded_at IS NULL {where} {versions_window} "
        "ORDER BY v.first_seen DESC, v.id DESC LIMIT ?", [*params, *versions_bounds, limit]))
    if technical_upgrades:
        upgrades_window, upgrades_bounds = _window("u.upgraded_at", since, until)
        rows += list(db.query(
            "SELECT v.id, v.document_id, v.number, v.first_seen, u.to_content_hash AS content_hash, v.markdown, "
            "v.text, v.word_count, v.title, v.previous_id, v.upgraded_at, u.to_extractor AS extractor, d.url, "
            "s.key AS site, s.name AS site_name, u.id AS upgrade_id, u.upgraded_at AS at, u.from_extractor, "
            "u.from_text, u.from_markdown FROM version_upgrades u JOIN versions v ON v.id = u.version_id "
            "JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
            f"WHERE v.superseded_at IS NULL {where} {upgrades_window} "
            "ORDER BY u.upgraded_at DESC, u.id DESC LIMIT ?", [*params, *upgrades_bounds, limit]))
        rows = sorted(rows, key=lambda r: (r["at"], r["id"], r["upgrade_id"] or 0), reverse=True)
    # plain tags under a default xmlns: ET.register_namespace would change process-wide state
    feed = ET.Element("feed", {"xmlns": ATOM})
    keys = sorted([site] if isinstance(site, str) else set(site or ()))  # one site's feed keeps its id
    names = [next(iter(db.execute("SELECT coalesce(name, key) FROM sites WHERE key = ?", [k]).fetchall()), [k])[0]
             for k in keys]
    _sub(feed, "title", f"{', '.join(names)}: privacy policy changes" if keys else "Privacy policy changes")
    _sub(feed, "subtitle", "New versions of privacy policies, as archived by policy-archive.")
    _sub(feed, "id", "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"policy-archive:feed:{','.join(keys) or '*'}")))
    # an empty feed still needs a stable `updated`: the epoch says "nothing yet" without inventing a time
    _sub(feed, "updated", rows[0]["at"] if rows else "1970-01-01T00:00:00Z")
    author = _sub(feed, "author")
    _sub(author, "name", "policy-archive")
    _sub(feed, "generator", "policy-archive")
    if self_url:
        _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    if base_url:
        _sub(feed, "link", rel="alternate", type="text/html", href=base_url.rstrip("/") + "/")
    for row in rows:
        if row["upgrade_id"] is not None:
            _upgrade_entry(feed, row, base_url)
            continue
        old = None
        if row["previous_id"] is not None:
            old = next(db.query("SELECT id, document_id, number, markdown, text, word_count, declared_date "
                                "FROM versions WHERE id = ?", [row["previous_id"]]), None)
        summary = change_summary(old, row)
        entry = _sub(feed, "entry")
        earlier = same_text_as(db, row) if old is not None else None
        _sub(entry, "title", f"{row['site_name'] or row['site']}: privacy policy version {row['number']}"
             + (f" (the text of version {earlier['number']} again)" if earlier else ""))
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
        change = summaries.of(db, old, row) if old is not None else None
        if earlier:
            row = {**row, "again": again_note(db, row, earlier)}
        kind = change.kind if change is not None else "first"
        _sub(entry, "category", term=kind, label=kind.replace("_", " ").capitalize())
        if earlier:  # a reader can filter returns to an earlier text out, or in
            _sub(entry, "category", term="return", label="Return to an earlier text")
        _sub(entry, "summary", summary_text(summary, row, row["url"], old, change.describe() if change else None),
             type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _upgrade_entry(feed: ET.Element, row: dict, base_url: str | None) -> None:
    """An entry for one technical upgrade: the same version's text re-extracted, not a change of the policy."""
    change = summaries.of_upgrade({"from_markdown": row["from_markdown"]}, row)  # words as word_count counts them
    added, removed = change.words_added, change.words_removed
    entry = _sub(feed, "entry")
    _sub(entry, "title", f"{row['site_name'] or row['site']}: privacy policy version {row['number']} "
                         "(technical upgrade)")
    _sub(entry, "id", "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{row['url']}#upgrade-{row['upgrade_id']}")))
    _sub(entry, "updated", row["at"])
    _sub(entry, "published", row["at"])
    _sub(entry, "category", term="technical-upgrade", label="Technical upgrade")
    href = (base_url.rstrip("/") + f"/version/{row['id']}") if base_url else row["url"]
    _sub(entry, "link", rel="alternate", href=href)
    _sub(entry, "summary", (
        f"Technical upgrade of version {row['number']} of {row['url']}: its text was re-extracted from the same "
        f"captures by extractor {row['extractor']} (was {row['from_extractor']}); the policy did not change. "
        f"The re-extraction added {added} words and removed {removed}."), type="text")
