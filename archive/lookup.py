"""Reading the archive: which document a user means, its history, the version in force at a time, diffs."""
from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .capture import NO_REFUSAL, NO_REFUSAL_SQL, NOT_ESCALATED_SQL, host_of
from .errors import ArchiveError
from .sitename import fold_words
from .clock import now
from .schedule import UNTRACKED
from .store import iso, parse_iso, time_cmp

if TYPE_CHECKING:
    import sqlite_utils

    from .summary import Summary


@dataclass(frozen=True)
class Document:
    id: int
    url: str
    site: str
    site_name: str | None


def parse_when(text: str, *, end_of_day: bool = True) -> dt.datetime:
    """A user's date or time: `2024-05-01` (the end of that day, UTC, unless end_of_day is False; a day written
    in ISO 8601's other forms, `20240501` or `2024-W18-3`, alike), `2024-05-01T12:00`, or full ISO 8601; times
    without a zone are UTC. ArchiveError for anything else, an empty text and a year of the Buddhist era
    (`BUDDHIST_ERA`: "2567-12-20" is 2024-12-20) included."""
    value = text.strip()
    try:
        if is_day(value):
            day = dt.date.fromisoformat(value)
            t = dt.time(23, 59, 59) if end_of_day else dt.time(0, 0, 0)
            parsed = dt.datetime.combine(day, t, tzinfo=dt.timezone.utc)
        else:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ArchiveError(f"bad date {text!r}: use YYYY-MM-DD or an ISO 8601 time such as 2024-05-01T12:00Z") from None
    if parsed.year in BUDDHIST_ERA:  # no archive reaches there: a year of the Buddhist era, as Thai pages date
        raise ArchiveError(f"bad date {text!r}: {parsed.year} reads as a year of the Buddhist era (Gregorian "
                           f"{parsed.year - 543}); give the Gregorian year")
    return parsed.replace(tzinfo=dt.timezone.utc) if parsed.tzinfo is None else parsed.astimezone(dt.timezone.utc)


BUDDHIST_ERA = range(2530, 2700)  # its years of the web (2530 = 1987, 2567 = 2024); no capture is dated in these
# Gregorian years (a far one for "to the end", 2999-12-31 or 9999-12-31, is left alone)


def is_day(text: str) -> bool:
    """Does a user's date name a whole day (2024-05-01, or ISO 8601's 20240501 and 2024-W18-3), not a time?"""
    value = text.strip()
    return bool(value) and not re.search(r"[T\s:]", value, re.I)


def _canon(url: str) -> str:
    """A policy URL as a user may paste it: scheme, `www.`, case and a trailing slash aside, and without the
    tracking parameters (`utm_*`, `fbclid`…) that stored URLs never keep (`normalise.clean_url`)."""
    from .extract.normalise import clean_url
    url = url.strip()
    if "?" in url:
        url = clean_url(url)
    return re.sub(r"/+$", "", re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()))


_DOCS = "SELECT d.id, d.url, s.key, s.name FROM documents d JOIN sites s ON s.id = d.site_id"


def _docs(db, where: str = "1", params=()) -> list[tuple]:
    """(id, url, key, name) of documents, as plain tuples (no per-row dict: this runs on every lookup)."""
    return db.execute(f"{_DOCS} WHERE {where} ORDER BY d.id", list(params)).fetchall()


# two addresses of one company whose policy was shown at both, each while the other was too, for at least this
# long are two policies side by side (a bilingual site's /de/datenschutz and /en/privacy, a regional notice),
# unless the first one stopped showing it for good while it stayed as it was and the second one, in its language,
# went on: a move whose old address served a stale copy for a while, then a 404 (two colleagues' reviews)
SIDE_BY_SIDE = dt.timedelta(days=7)
# refusals that say an address no longer shows the policy (a one-off 503, a challenge, a rate limit do not)
_GONE = ("http_404", "http_410", "not_a_policy", "other_page", "not_legal", "other_document")


class _Address(NamedTuple):
    id: int
    first: dt.datetime  # its first and last captures that made or continued a version
    last: dt.datetime
    last_version: dt.datetime  # when its latest version began
    ended: bool  # gone since that last capture (`_GONE`), or marked moved by a crawl
    moved_to: int | None
    text: str | None  # the content hash and language of its latest version
    language: str | None


def lanes(db: sqlite_utils.Database, ids: list[int]) -> list[list[int]]:
    """A company's documents `ids` that hold a version, in lanes (in the order of their first captures): a lane
    is one policy followed across the addresses it moved between, in time order; documents in different lanes
    were archived side by side. A
    document continues the lane whose last address was marked moved to it, else the one whose last address holds
    its text, else one whose last address, in a language not another than its own, stopped showing the policy
    within SIDE_BY_SIDE of the document's first capture, or showed it longer but unchanged and then went
    (`_GONE`, or marked moved) while the document went on (a stale copy). `show SITE --at` and `diff SITE
    --from/--to` follow a lane, never cross between lanes."""
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    rows = db.execute(
        "SELECT d.id, min(c.fetched_at), max(c.fetched_at), d.moved_to, "
        "(SELECT first_seen || char(9) || content_hash || char(9) || coalesce(language, '') FROM versions v "
        "WHERE v.document_id = d.id AND v.superseded_at IS NULL ORDER BY v.first_seen DESC LIMIT 1) FROM documents d "
        f"JOIN captures c ON c.document_id = d.id AND c.outcome IN ('new_version', 'unchanged') WHERE d.id IN ({marks}) "
        "GROUP BY d.id ORDER BY 2, d.id").fetchall()
    addresses = []
    for doc_id, first, last, moved_to, latest in rows:
        began, text, language = (latest or f"{first}\t\t").split("\t")
        addresses.append(_Address(doc_id, parse_iso(first), parse_iso(last), parse_iso(began), _ended(db, doc_id),
                                  moved_to, text or None, language or None))
    out: list[list[_Address]] = []
    for a in addresses:
        scored = [(score, n) for n, lane in enumerate(out) if (score := _continues(lane[-1], a))]
        if scored:  # the strongest sign first (a move marked, then the same text), then the lane begun first
            out[max(scored, key=lambda s: (s[0], -s[1]))[1]].append(a)
        else:
            out.append([a])
    return [[a.id for a in lane] for lane in out]


def _continues(tail: _Address, a: _Address) -> int:
    """How surely `a` continues the lane whose last address is `tail`: 3 marked moved to it, 2 the same text, 1
    a move by time, 0 not at all (a policy does not move into another language)."""
    if tail.moved_to == a.id:
        return 3
    if tail.text and tail.text == a.text:
        return 2
    if tail.language and a.language and tail.language != a.language:
        return 0
    if tail.last - a.first < SIDE_BY_SIDE:
        return 1
    stale = tail.last_version <= a.first  # unchanged since the other address appeared
    return int(tail.ended and stale and tail.last < a.last and tail.language is not None and
               tail.language == a.language)


def _ended(db, doc_id: int) -> bool:
    """Has the address stopped showing the policy for good: gone since its last capture that showed it (`_GONE`:
    a 404, another page; not a one-off 503), or marked moved by a crawl?"""
    gone = ", ".join(f"'{r}'" for r in _GONE)
    return db.execute("SELECT 1 FROM documents d WHERE d.id = ? AND (d.state = 'moved' OR d.moved_to IS NOT NULL OR "
                      "EXISTS (SELECT 1 FROM captures c WHERE c.document_id = d.id AND c.outcome = 'rejected' AND "
                      f"c.reason IN ({gone}) AND c.fetched_at > (SELECT max(fetched_at) "
                      "FROM captures k WHERE k.document_id = d.id AND k.outcome IN ('new_version', 'unchanged'))))",
                      [doc_id]).fetchone() is not None


def side_by_side(db: sqlite_utils.Database, doc_id: int) -> set[int]:
    """The documents of `doc_id`'s company archived side by side with it (in other `lanes`)."""
    ids = [r[0] for r in db.execute("SELECT d.id FROM documents d JOIN documents o ON o.site_id = d.site_id "
                                    "WHERE o.id = ? AND EXISTS (SELECT 1 FROM versions v WHERE v.document_id = d.id)",
                                    [doc_id])]
    return {i for lane in lanes(db, ids) if doc_id not in lane for i in lane}


def resolve_site(db: sqlite_utils.Database, target: str) -> str:
    """The key of the company a user names by key, name, host (`tinder.com`, `tinder`) or policy URL: the one
    rule of every reader (the CLI's SITE arguments and the browser view's /company/NAME). ArchiveError,
    with near matches, when there is none."""
    row = db.execute("SELECT key FROM sites WHERE key = ?", [target.strip()]).fetchone()
    return row[0] if row else resolve(db, target).site


def without_policy(db: sqlite_utils.Database, wanted: str) -> tuple[str, str | None, int, str | None, str | None] | None:
    """(key, name, discoveries that failed, next discovery, the last crawl's reason) of the company the archive
    knows (by key, name, whole words of its name that no other company's name has, or homepage) but holds no
    policy of; None when no such company."""
    origin = re.sub(r"^https?://", "", wanted, flags=re.I).rstrip("/").lower()
    rows = db.execute("SELECT s.key, s.name, s.discovery_failures, s.next_discovery, s.discovery_reason, NOT EXISTS "
                      "(SELECT 1 FROM documents d WHERE d.site_id = s.id) FROM sites s").fetchall()
    found = [r for r in rows if origin in (r[0].lower(), (r[1] or "").lower()) or _same_name(r[1], origin)]
    if not found and "." not in origin:  # "cog" of "Cog Tools", when no other company's name has the word
        found = [r for r in rows if r[1] and _has_words(fold_words(r[1]), fold_words(origin))]
    return tuple(found[0][:5]) if len(found) == 1 and found[0][5] else None


def no_policy_reason(reason: str | None) -> str:
    """Why a company has no policy, for a reader: the last crawl's reason, or what no reason means."""
    return f"the last crawl found none: {reason}" if reason else "no page of its site read as a privacy policy"


def _without_policy(db: sqlite_utils.Database, wanted: str) -> str | None:
    """What to tell of a company the archive holds no policy of (`without_policy`): why its crawls found none,
    as the last one said it (the homepage unreachable, robots.txt forbidding the policy, no page reading as
    one), and how to look again. None when no such company."""
    if (known := without_policy(db, wanted)) is None:
        return None
    key, name, failures, retry, reason = known
    tries = f" in {failures} discover{'y' if failures == 1 else 'ies'}" if failures else ""
    again = f"; the next crawl looks again after {retry}" if retry else ""
    return (f"{name or key}{f' ({key})' if name else ''} has no policy in the archive: {no_policy_reason(reason)}"
            f"{tries}{again}. `crawl --rediscover` looks now; a policy URL pinned in the seeds file skips discovery")


def _same_name(name: str | None, wanted: str) -> bool:
    """Is `wanted` a company's `name` but for case, diacritics and transliteration ("wspolnota" for "Wspólnota",
    "hizligetir" for "Hızlıgetir", `archive.sitename.fold_words`)?"""
    return bool(name) and bool(words := fold_words(wanted)) and fold_words(name) == words


def _has_words(name: list[str], words: list[str]) -> bool:
    """Are `words` a run of whole words of a company's `name` ("acme" of "acme widgets", "widgets ltd" of "acme
    widgets ltd")?"""
    return bool(words) and any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1))


def resolve(db: sqlite_utils.Database, target: str, when: dt.datetime | None = None) -> Document:
    """The document a user names by site key, site name (or whole words of it that name one company only; names
    compared folded, `archive.sitename.fold_words`), a host or registrable name of the site's host, or URL.
    Errors suggest near matches; a host that names several sites (without their ports, or above them) lists them.

    A company whose policy moved (its old URL found by `backfill --discover`, or a redirect) has several
    documents: the one named is the one whose policy was captured most recently (a capture that made or
    continued a version; refused ones only when none did); with `when`, if that one had no version yet
    then, the one whose policy was seen last at or before that time (`show SITE --at 2020-06-01` reads the
    old URL's version), or before any was seen, the first address the policy was archived at.

    The matching is done in SQL over plain tuples; only a loosely written URL and the error's suggestions
    read every document. At 2,000 companies a lookup by site key takes well under a millisecond instead
    of ~15 ms for building a dict per document (benchmarks/lookup.py).
    """
    wanted = target.strip()
    if not wanted:
        raise ArchiveError("an empty name: give a company's name, host or policy URL (`policy-archive sites` lists them)")
    if db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        if (sites := db.execute("SELECT count(*) FROM sites").fetchone()[0]) == 0:
            raise ArchiveError("the archive is empty: import a WARC or crawl first")
        raise ArchiveError(_without_policy(db, wanted) or f"no policy in the archive yet, of any of its {sites} "
                           f"compan{'y' if sites == 1 else 'ies'}: `policy-archive sites` lists them, and why")
    origin = re.sub(r"^https?://", "", wanted, flags=re.I).rstrip("/")
    if origin and "/" not in origin and "?" not in origin:  # "tinder.com/", "https://policies.tinder.com": a host
        wanted = origin
    if "/" in wanted or wanted.startswith("http"):
        matches = _docs(db, "d.url = ?", [wanted]) or [r for r in _docs(db) if _canon(r[1]) == _canon(wanted)]

        def holds(r) -> bool:
            return db.execute("SELECT 1 FROM versions WHERE document_id = ? LIMIT 1", [r[0]]).fetchone() is not None
        if not any(holds(r) for r in matches):  # the beginning of one policy's address, in whole path segments
            # ("alpenmarkt.com/de" of its /de/datenschutz beside /en/privacy; the /de/ homepage a whole-site WARC
            # held, no policy, does not stand in its way: a colleague's review)
            within = [r for r in _docs(db) if _canon(r[1]).startswith(_canon(wanted) + "/") and holds(r)]
            if len(within) > 1 and len(lanes(db, [r[0] for r in within])) > 1:
                raise ArchiveError(f"{wanted} begins the addresses of {len(within)} policies: "
                                   f"{', '.join(r[1] for r in within[:4])}{', …' if len(within) > 4 else ''}; give one")
            matches = within or matches
    else:
        key = host_of("http://" + wanted) if "." in wanted else wanted.lower()
        low = wanted.lower()
        # SQLite's lower() folds ASCII only: it decides for ASCII names and one typed in ASCII, Python for the
        # others, which also folds diacritics and transliterates ("Wspolnota" names "Wspólnota")
        named = _docs(db, "s.key = ? OR lower(s.name) = ? OR s.name GLOB '*[^ -~]*' OR ?",
                      [key, low, not wanted.isascii()])
        # a name as typed before one that is the same folded ("Müller" is not "Muller" when both are companies)
        matches = [r for r in named if r[2] == key or (r[3] or "").lower() == low]
        if not matches:
            matches = [r for r in named if _same_name(r[3], wanted)]
            if len(alike := sorted({r[2] for r in matches})) > 1:  # two companies named alike, neither as typed
                raise ArchiveError(f"{target.strip()!r} names {len(alike)} companies: {', '.join(alike)}; give one")
        several: set[str] = set()  # the sites a host without its port, or a host above theirs, names

        def only(keys: set[str], host: bool = False) -> list[tuple]:
            if host and len(keys) > 1 and not several:
                several.update(keys)
            return _docs(db, "s.key = ?", [next(iter(keys))]) if len(keys) == 1 else []
        if not matches and ":" not in key:  # "127.0.0.1" names 127.0.0.1:8101 when that is its only site
            matches = only({r[0] for r in db.execute(
                "SELECT DISTINCT s.key FROM sites s JOIN documents d ON d.site_id = s.id WHERE substr(s.key, 1, ?) = ?",
                [len(key) + 1, key + ":"]) if r[0][len(key) + 1:].isdigit()}, host=True)
        if not matches:  # "tinder.com" names policies.tinder.com when that is its only site
            suffix = "." + key
            matches = only({r[0] for r in db.execute("SELECT DISTINCT s.key FROM sites s JOIN documents d ON d.site_id "
                                                     "= s.id WHERE substr(s.key, -?) = ?", [len(suffix), suffix])},
                           host="." in key)
        if not matches and "." not in wanted:  # "tinder" names policies.tinder.com: its registrable label
            from .sitename import host_labels
            matches = only({r[2] for r in _docs(db) if host_labels(r[2])[1] == low})
        if not matches and "." not in wanted:  # "acme" names "Acme Widgets" when no other company's name has it
            words = fold_words(wanted)
            matches = only({r[2] for r in _docs(db) if r[3] and _has_words(fold_words(r[3]), words)})
        if not matches and several and not _without_policy(db, wanted):
            listed = sorted(several)
            more = f" and {len(listed) - SEVERAL_LISTED} more" if len(listed) > SEVERAL_LISTED else ""
            raise ArchiveError(f"{target.strip()!r} names {len(listed)} sites in the archive: "
                               f"{', '.join(listed[:SEVERAL_LISTED])}{more}; give one")
    if len(matches) == 1:
        return Document(*matches[0])
    if len(matches) > 1:
        # a company whose policy moved: of its documents that hold a version (not the homepage or the blog
        # post a whole-site WARC also held), the one that showed its policy most recently is the one in force
        # (an old address refused at every capture since, a dead `https://` beside a live `http://`, is not)
        ids = ",".join(str(m[0]) for m in matches)
        latest = db.execute(f"SELECT c.document_id FROM captures c WHERE c.document_id IN ({ids}) ORDER BY "
                            "EXISTS (SELECT 1 FROM versions v WHERE v.document_id = c.document_id "
                            "AND v.superseded_at IS NULL) DESC, coalesce(c.outcome IN ('new_version', 'unchanged'), 0) "
                            "DESC, c.fetched_at DESC LIMIT 1").fetchone()
        m = next((m for m in matches if latest and m[0] == latest[0]), matches[0])
        if len(found := lanes(db, [x[0] for x in matches])) > 1:
            # policies side by side (a bilingual site's two): the lane still shown that was archived first, whichever
            # address was captured last (a German page taken 30 s before its English one named the English one:
            # a fresh user's trial), and in it the address captured last; `other_addresses_notes` names the others
            lane = next((lane for lane in found if not _ended(db, lane[-1])), found[0])  # (`lanes` are in time order)
            last = db.execute(f"SELECT document_id FROM captures WHERE document_id IN ({','.join(map(str, lane))}) "
                              "AND outcome IN ('new_version', 'unchanged') ORDER BY fetched_at DESC LIMIT 1").fetchone()
            m = next(x for x in matches if x[0] == last[0])
            ids = ",".join(map(str, lane))  # its own earlier addresses only
        if when is not None:  # the latest address had no version yet then: the one the policy was seen at
            first, at = time_cmp("first_seen", "<=", when)
            if db.execute(f"SELECT 1 FROM versions WHERE document_id = ? AND {first} AND {STANDING}",
                          [m[0], *at]).fetchone() is None:
                seen, at = time_cmp("fetched_at", "<=", when)
                then = db.execute(f"SELECT document_id FROM captures WHERE document_id IN ({ids}) AND {seen} AND "
                                  "outcome IN ('new_version', 'unchanged') ORDER BY fetched_at DESC LIMIT 1",
                                  at).fetchone()
                if then is None:  # before any address had a version: the first address the policy was archived at
                    then = db.execute(f"SELECT document_id FROM versions WHERE document_id IN ({ids}) AND {STANDING} "
                                      "ORDER BY first_seen LIMIT 1").fetchone()
                m = next((m for m in matches if then and m[0] == then[0]), m)
        return Document(*m)
    if why := _without_policy(db, wanted):
        raise ArchiveError(why)
    rows = _docs(db)
    # a key, its registrable label ("tinder" of policies.tinder.com) or a name -> the key: a typo is near one of
    # them as a whole ("tindr", "exampel.com"), while a long key half-shares letters with any word ("claude"
    # and adopteunmec.com at difflib's default cutoff)
    from .sitename import host_labels
    keys = {r[2].lower(): r[2] for r in rows} | {host_labels(r[2])[1]: r[2] for r in rows} | \
        {r[3].lower(): r[2] for r in rows if r[3]} | {" ".join(fold_words(r[3])): r[2] for r in rows if r[3]}
    # a host typed with a typo ("tindr.com") is near the registrable label of the one meant ("tinder") more than
    # near another company's key that shares its ".com" ("grindr.com")
    queries = {wanted.lower(), " ".join(fold_words(wanted))}
    if "." in wanted and not re.search(r"\s", wanted.strip()):
        from urllib.parse import urlsplit
        host = urlsplit(wanted.strip() if "//" in wanted else "//" + wanted.strip()).hostname or ""
        queries.add(host_labels(host)[1])
    score: dict[str, float] = {}
    for q in filter(None, queries):
        for k in difflib.get_close_matches(q, sorted(keys), n=6, cutoff=NEAR_RATIO):
            score[k] = max(score.get(k, 0.0), difflib.SequenceMatcher(None, q, k).ratio())
    near = sorted(score, key=lambda k: (-score[k], k))
    # a company's legal name typed for its brand ("Telcomex Comunicaciones" for Telcomex): its name or host's
    # name as whole words of what was typed
    typed = fold_words(wanted)
    within = [r[2] for r in rows if any(len("".join(w)) >= MIN_NAME_LETTERS and len(w) < len(typed) and
                                        _has_words(typed, w) for w in (fold_words(r[3] or ""), [host_labels(r[2])[1]]))]
    near = list(dict.fromkeys([*within, *(keys[n] for n in near)]))[:3]  # a company once, by the key that names it
    named = _sites_naming(db, wanted)  # said first: "豆包" is both doubao.com's label transliterated and in its policy
    near = [k for k in near if k not in named]
    hint = "; ".join(([f"the policy of {named[0]} names it" if len(named) == 1 else
                       f"the policies of {', '.join(named)} name it"] if named else [])
                     + ([f"did you mean {', '.join(near)}?"] if near else []))
    hint = f"; {hint}" if hint else "; `policy-archive sites` lists them"
    if is_cite_id(target):
        hint = "; it is a citable id: `show ID` prints that version, `diff ID` what changed at it"
    raise ArchiveError(f"no site or policy URL {target!r} in the archive{hint}")


MIN_NAME_LETTERS = 3  # a name found among the words typed has at least this many letters ("HER", not "X")
SEVERAL_LISTED = 10  # sites an ambiguous host or word lists by key before "and N more"
NEAR_RATIO = 0.75  # difflib's ratio at which a name not found is taken for a typo of a site's


def _sites_naming(db: sqlite_utils.Database, word: str, n: int = 3) -> list[str]:
    """Site keys whose policy in force names `word` (a product: "claude" is anthropic.com's), best first by
    the full-text index's rank ("claude.ai" is the phrase "claude ai"); [] for anything but one word, an
    archive without the index, or a word that more than half of three or more companies' policies use (a
    word of policies, not a name)."""
    if UNSPACED.search(word):  # Chinese, Japanese, Thai: one FTS token is a whole run of such characters
        return _sites_naming_unspaced(db, word, n)
    if not re.fullmatch(r"\w[\w.-]{2,}", word):
        return []
    try:
        rows = db.execute("SELECT rowid FROM versions_fts WHERE versions_fts MATCH ? ORDER BY rank LIMIT 200",
                          [f'"{word}"']).fetchall()
    except sqlite3.Error:
        return []
    if not rows:
        return []
    # a word most of the archive's policies use ("privacy", "data") names none of them
    naming, companies = db.execute(
        f"SELECT (SELECT count(DISTINCT d.site_id) FROM versions_fts f JOIN versions v ON v.rowid = f.rowid "
        f"JOIN documents d ON d.id = v.document_id WHERE versions_fts MATCH ? AND v.{STANDING}), "
        f"(SELECT count(DISTINCT d.site_id) FROM versions v JOIN documents d ON d.id = v.document_id "
        f"WHERE v.{STANDING})", [f'"{word}"']).fetchone()
    if companies >= 3 and 2 * naming > companies:
        return []
    ids = ",".join(str(r[0]) for r in rows)
    standing = dict(db.execute(f"SELECT v.rowid, s.key FROM versions v JOIN documents d ON d.id = v.document_id "
                               f"JOIN sites s ON s.id = d.site_id WHERE v.rowid IN ({ids}) AND v.{STANDING}"))
    return list(dict.fromkeys(standing[r[0]] for r in rows if r[0] in standing))[:n]


# a character of a script written without spaces (Thai, Japanese kana, CJK, Hangul): FTS5 reads a run of them as one word
UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _sites_naming_unspaced(db: sqlite_utils.Database, word: str, n: int) -> list[str]:
    """`_sites_naming` for a word of a script written without spaces ("豆包", two characters): found in the
    texts as written, `instr` over the standing versions, most mentions first."""
    if not re.fullmatch(r"\w{2,}", word):
        return []
    rows = db.execute(
        f"SELECT s.key, (length(v.text) - length(replace(v.text, ?, ''))) / length(?) AS mentions FROM versions v "
        f"JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id WHERE v.{STANDING} AND "
        "instr(v.text, ?) > 0 ORDER BY mentions DESC, s.key", [word, word, word]).fetchall()
    companies = db.execute(f"SELECT count(DISTINCT d.site_id) FROM versions v JOIN documents d ON d.id = v.document_id "
                           f"WHERE v.{STANDING}").fetchone()[0]
    keys = list(dict.fromkeys(k for k, _ in rows))
    if companies >= 3 and 2 * len(keys) > companies:  # a word of policies ("个人信息"), not a name
        return []
    return keys[:n]


STANDING = "superseded_at IS NULL"  # a version of the history as it stands (not superseded by a reprocess)
ORDER = "first_seen, first_capture_id, id"  # a history in time order (numbers are not, after a reprocess)


def history(db: sqlite_utils.Database, doc: Document, *, include_superseded: bool = False) -> list[dict]:
    """A document's versions in time order: the standing ones, or with `include_superseded` also those a
    reprocess superseded or a volatile block's later changes folded (`superseded_as` 'volatile'; their
    `superseded_by` names the version that replaced them)."""
    where = "" if include_superseded else f" AND {STANDING}"
    return list(db.query(
        "SELECT id, number, first_seen, last_seen, word_count, content_hash, captures, declared_date, language, "
        f"title, extractor, superseded_by, superseded_at, superseded_as, upgraded_at FROM versions "
        f"WHERE document_id = ?{where} "
        f"ORDER BY {ORDER}", [doc.id]))


def version_at(db: sqlite_utils.Database, doc: Document, when: dt.datetime) -> dict:
    """The version in force at `when`: the latest standing one first seen at or before it."""
    seen, at = time_cmp("first_seen", "<=", when)
    row = next(db.query(f"SELECT * FROM versions WHERE document_id = ? AND {seen} AND {STANDING} "
                        "ORDER BY first_seen DESC, first_capture_id DESC, id DESC LIMIT 1", [doc.id, *at]), None)
    if row is None:
        first = db.execute(f"SELECT min(first_seen) FROM versions WHERE document_id = ? AND {STANDING}",
                           [doc.id]).fetchone()[0]
        if first is None:
            raise ArchiveError(f"{doc.url} has no version yet (every capture was rejected; see `status`)")
        raise ArchiveError(f"{doc.url} had no version yet at {iso(when, precise=True)}: it was first archived at {first}")
    return row


def last_capture(db: sqlite_utils.Database, doc: Document) -> str | None:
    """The time of the document's last capture (any outcome): what the archive knows ends there."""
    return db.execute("SELECT max(fetched_at) FROM captures WHERE document_id = ?", [doc.id]).fetchone()[0]


def after_last_capture(db: sqlite_utils.Database, doc: Document, when: dt.datetime, *,
                       whole_day: bool = False) -> str | None:
    """A warning when `when` is after the document's last capture: the version returned for it is the latest
    known, not knowledge of that time. None when `when` is within what was captured; with `whole_day` (the
    user gave a bare date) the day of the last capture counts as captured."""
    last = last_capture(db, doc)
    if last is None or when <= parse_iso(last) or (whole_day and iso(when)[:10] <= last[:10]):
        return None
    gone = db.execute("SELECT reason FROM captures WHERE document_id = ? AND fetched_at = ? AND outcome = 'rejected' "
                      f"AND reason IS NOT NULL AND reason NOT IN {NO_REFUSAL_SQL} ORDER BY id DESC LIMIT 1",
                      [doc.id, last]).fetchone()
    if gone:  # the page was gone or served something else (a 404, a redirect away, a "page not found" served
        # with 200): not a policy in force, the last one seen (a date that follows the clock, a volatile block's
        # value, is the policy's; the plain half of a rendering is none: its rendering is the capture that counts)
        return (f"{iso(when, precise=True)} is after the last capture of {doc.url} ({last}), which was refused ({gone[0]}): "
                "nothing later is known; this is the last version seen before it")
    return (f"{iso(when, precise=True)} is after the last capture of {doc.url} ({last}): nothing later is known; "
            "this is the version in force at that last capture")


def refused_before(db: sqlite_utils.Database, doc: Document, when: dt.datetime, *,
                   whole_day: bool = False) -> str | None:
    """A note when the capture just before `when` (within what was captured) was refused (a 404, an error
    page, a bot challenge; not a page printing today's date): the version for `when` is the last one seen
    before it, not what the address served then. None otherwise, or after the last capture
    (`after_last_capture` says that; with `whole_day`, a bare date, not on the last capture's day, which it
    counts as captured)."""
    seen, at = time_cmp("fetched_at", "<=", when)
    row = db.execute(f"SELECT fetched_at, outcome, reason FROM captures WHERE document_id = ? AND {seen} AND "
                     f"(reason IS NULL OR reason NOT IN {NO_REFUSAL_SQL}) ORDER BY fetched_at DESC, id DESC LIMIT 1",
                     [doc.id, *at]).fetchone()
    last = last_capture(db, doc)
    if row is None or row[1] != "rejected" or (row[0] == last and not (whole_day and iso(when)[:10] <= last[:10])):
        return None
    since = db.execute("SELECT max(fetched_at) FROM captures WHERE document_id = ? AND fetched_at < ? AND "
                       "outcome IN ('new_version', 'unchanged')", [doc.id, row[0]]).fetchone()[0]
    return (f"the capture before {iso(when, precise=True)} ({row[0]}) was refused ({row[2]})"
            + (f", as was every capture after the last one kept ({since})" if since else "") +
            ": this is the last version seen before it, not necessarily what the address served then")


def unobserved_change_note(db: sqlite_utils.Database, doc: Document, v: dict, when: dt.datetime, *,
                           whole_day: bool = False) -> str | None:
    """A note when `when` falls after version `v`'s last capture and before the first capture of the version
    that followed it: the change happened somewhere in that gap (after the one, at or before the other), so
    either version may have been in force at `when`. None when a capture of `v` is at or after `when` (with
    `whole_day`, on its day), or when no version followed (`after_last_capture` speaks of that)."""
    last = v.get("last_seen")
    if not last or when <= parse_iso(last) or (whole_day and iso(when)[:10] <= last[:10]):
        return None
    later, at = time_cmp("first_seen", ">", when)
    nxt = db.execute(f"SELECT number, first_seen FROM versions WHERE document_id = ? AND {STANDING} AND {later} "
                     "ORDER BY first_seen, first_capture_id, id LIMIT 1", [doc.id, *at]).fetchone()
    if nxt is None:
        return None
    return (f"version {v['number']} was last captured at {last} and version {nxt[0]} first at {nxt[1]}: the "
            f"change came between the two, so at {iso(when, precise=True)} either may have been in force")


def declared_later_note(db: sqlite_utils.Database, v: dict, when: dt.datetime) -> str | None:
    """A note when version `v`, in force at `when`, states a date after `when`'s day ("effective on September
    28"): it was published ahead of the date it gives, so the version before it may be the one that applied.
    None otherwise."""
    declared = v.get("declared_date")
    if not declared or declared <= iso(when)[:10]:
        return None
    before = db.execute(f"SELECT number FROM versions WHERE document_id = ? AND {STANDING} AND first_seen < ? "
                        "ORDER BY first_seen DESC LIMIT 1", [v["document_id"], v["first_seen"]]).fetchone()
    return (f"version {v['number']} states the date {declared}, after {iso(when)[:10]}: it was published ahead of "
            f"the date it gives"
            + (f" (version {before[0]}, served before it, may be the one that applied)" if before else ""))


def _runs(numbers: list[int], shown: int = 12) -> str:
    """"1-19", "1-4, 6, 8-9": version numbers in runs (a gap is a version superseded by a re-extraction), at
    most `shown` runs."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    text = ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in runs[:shown])
    return text + (", ..." if len(runs) > shown else "")


def version_number(db: sqlite_utils.Database, doc: Document, number: int | None = None) -> dict:
    """Version `number` of a document (a superseded one too: check its `superseded_at`), or its latest
    standing version when number is None."""
    if number is None:
        row = next(db.query(f"SELECT * FROM versions WHERE document_id = ? AND {STANDING} "
                            "ORDER BY first_seen DESC, first_capture_id DESC, id DESC LIMIT 1", [doc.id]), None)
    elif -2**63 <= number < 2**63:  # SQLite's integers: a larger number is no version (not an OverflowError)
        row = next(db.query("SELECT * FROM versions WHERE document_id = ? AND number = ?", [doc.id, number]), None)
    else:
        row = None
    if row is None:
        numbers = [r[0] for r in db.execute(f"SELECT number FROM versions WHERE document_id = ? AND {STANDING} "
                                            f"ORDER BY {ORDER}", [doc.id])]
        if not numbers:  # every capture refused (an error page, a stub, a login wall; not the plain half of a
            # rendering, whose rendering's reason is told)
            reasons = ", ".join(f"{n} {r or 'unknown'}" for r, n in db.execute(
                f"SELECT reason, count(*) FROM captures WHERE document_id = ? AND {NOT_ESCALATED_SQL} GROUP BY reason "
                "ORDER BY 2 DESC", [doc.id]))
            raise ArchiveError(f"{doc.url} has no version yet: no capture was kept as a policy"
                               + (f" (refused: {reasons}; `export --format csv --captures` lists them)" if reasons else ""))
        listed = _runs(numbers)
        raise ArchiveError(f"{doc.url} has no version {number}" + ("; versions are numbered from 1" if number < 1 else "")
                           + f"; it has {len(numbers)} version(s)" + (f" ({listed})" if numbers else ""))
    return row


def same_text_as(db: sqlite_utils.Database, v: dict) -> dict | None:
    """The earliest earlier standing version of `v`'s document with `v`'s text (same content hash), or None: a
    page that went back to a text it had served (two texts in turn, a half-loaded page undone). Its `number`
    and `first_seen`, as the exports' `same_text_as` gives the number."""
    return next(db.query("SELECT number, first_seen FROM versions WHERE document_id = ? AND id != ? AND "
                         f"content_hash = ? AND {STANDING} AND first_seen < ? ORDER BY first_seen LIMIT 1",
                         [v["document_id"], v["id"], v["content_hash"], v["first_seen"]]), None)


def again_note(db: sqlite_utils.Database, v: dict, earlier: dict | None = None) -> str | None:
    """'the text of version 1 again (first seen …)' for a version that returns to an earlier text (`earlier`,
    when the caller has it: `same_text_as`), else None."""
    earlier = earlier or same_text_as(db, v)
    return earlier and f"the text of version {earlier['number']} again (first seen {earlier['first_seen']})"


def previous_version(db: sqlite_utils.Database, v: dict) -> dict | None:
    """The standing version before `v` in its document's history (what a diff compares it with), or None."""
    if v.get("previous_id") is None:
        return None
    return next(db.query("SELECT * FROM versions WHERE id = ?", [v["previous_id"]]), None)


def as_it_stood(db: sqlite_utils.Database, v: dict, when: str) -> dict:
    """Version row `v` with its text as it stood just before `when` (ISO 8601, UTC): the text its first
    technical upgrade at or after `when` replaced (`version_upgrades.from_*`), else its text now. What the diff
    of a version cited before an upgrade compares it with, so both sides come from one extraction."""
    up = next(db.query("SELECT * FROM version_upgrades WHERE version_id = ? AND upgraded_at >= ? ORDER BY id LIMIT 1",
                       [v["id"], when]), None)
    if up is None:
        return v
    return {**v, "markdown": up["from_markdown"], "text": up["from_text"], "content_hash": up["from_content_hash"],
            "extractor": up["from_extractor"], "as_of": when}


def replacement(db: sqlite_utils.Database, v: dict) -> dict | None:
    """For a superseded version, the standing version that now covers its captures (following the chain of
    `superseded_by`); None for a standing version or when nothing replaced it."""
    seen = set()
    while v is not None and v.get("superseded_at") is not None and v["id"] not in seen:
        seen.add(v["id"])
        if v.get("superseded_by") is None:
            return None
        v = next(db.query("SELECT * FROM versions WHERE id = ?", [v["superseded_by"]]), None)
    return v if seen and v is not None and v.get("superseded_at") is None else None


def is_cite_id(text: str) -> bool:
    """Does a user's argument look like a citable id (SITE/DOC@TIME#sha256:HEX) rather than a site or URL?"""
    return "#sha256:" in text or re.search(r"@\d{4}-\d\d-\d\d", text) is not None


def cited(db: sqlite_utils.Database, text: str) -> tuple[Document, dict]:
    """The document and version a citable id names (`cite.version_id`), as cited: a version superseded by a
    reprocess still answers, and a version whose text a technical upgrade replaced answers with the text the
    id was made from (its `markdown`, `text`, `content_hash` and `extractor` as they were; `cited_upgrade` is
    that upgrade's row, None when the version stands as cited). ArchiveError when nothing matches, saying
    what the archive holds for that site and day."""
    from .cite import document_slug, parse_id
    want = parse_id(text)
    key = want["site"]
    docs = [Document(*r) for r in _docs(db, "s.key = ?", [key])]
    if not docs:
        # an id made where the company is keyed otherwise (`tinder.com` here, `policies.tinder.com` there: a
        # crawl keys by the seed's domain, an import by the policy's host): the time and hash still pin the version
        try:
            key = resolve_site(db, want["site"])
        except ArchiveError:
            raise ArchiveError(f"{text!r} names site {want['site']!r}, which is not in the archive; "
                               "`policy-archive sites` lists them") from None
        docs = [Document(*r) for r in _docs(db, "s.key = ?", [key])]
    docs = [d for d in docs if want["doc"] in (document_slug(d.url, d.site), document_slug(d.url, want["site"]))]
    if not docs:
        held = ", ".join(sorted({document_slug(url, k) for _, url, k, _ in _docs(db, "s.key = ?", [key])}))
        raise ArchiveError(f"{text!r} names document {want['doc']!r} of {key}, which this archive does not "
                           f"hold (it holds {held})")
    ids = ",".join(str(d.id) for d in docs)
    prefix = want["hash"]
    row = next(db.query(f"SELECT * FROM versions WHERE document_id IN ({ids}) AND first_seen = ? "
                        "AND substr(content_hash, 1, ?) = ? ORDER BY superseded_at IS NOT NULL, id LIMIT 1",
                        [want["first_seen"], len(prefix), prefix]), None)
    if row is None:
        # made before an earlier capture of the same text arrived (a backfill, an older WARC imported later):
        # the version now starts earlier, and the one with the cited text that was in force at the cited
        # time is the one cited (ids are for good)
        row = next(db.query(f"SELECT * FROM versions WHERE document_id IN ({ids}) AND first_seen <= ? "
                            "AND last_seen >= ? AND substr(content_hash, 1, ?) = ? "
                            "ORDER BY superseded_at IS NOT NULL, id LIMIT 1",
                            [want["first_seen"], want["first_seen"], len(prefix), prefix]), None)
    upgrade = None
    if row is None:  # made before a technical upgrade changed the version's text
        upgrade = next(db.query(
            f"SELECT u.* FROM version_upgrades u JOIN versions v ON v.id = u.version_id WHERE v.document_id IN "
            f"({ids}) AND v.first_seen = ? AND substr(u.from_content_hash, 1, ?) = ? ORDER BY u.id LIMIT 1",
            [want["first_seen"], len(prefix), prefix]), None)
        if upgrade is None:
            that_day = [r[0] for r in db.execute(
                f"SELECT number FROM versions WHERE document_id IN ({ids}) AND substr(first_seen, 1, 10) = ? "
                "ORDER BY number", [want["first_seen"][:10]])]
            hint = (f"; version(s) {', '.join(map(str, that_day))} of {docs[0].url} were first seen that day, with "
                    "other texts" if that_day else f"; no version of {docs[0].url} was first seen that day")
            raise ArchiveError(f"no version {text!r} in the archive{hint}")
        row = next(db.query("SELECT * FROM versions WHERE id = ?", [upgrade["version_id"]]))
        earlier = db.execute("SELECT max(upgraded_at) FROM version_upgrades WHERE version_id = ? AND id < ?",
                             [row["id"], upgrade["id"]]).fetchone()[0]  # the cited text was itself an upgrade
        row = {**row, "markdown": upgrade["from_markdown"], "text": upgrade["from_text"],
               "content_hash": upgrade["from_content_hash"], "extractor": upgrade["from_extractor"],
               "upgraded_at": earlier}
    doc = next(d for d in docs if d.id == row["document_id"])
    return doc, {**row, "cited_upgrade": upgrade}


def upgrades(db: sqlite_utils.Database, version_id: int) -> list[dict]:
    """The technical upgrades of a version, oldest first (version_upgrades rows)."""
    return list(db.query("SELECT * FROM version_upgrades WHERE version_id = ? ORDER BY id", [version_id]))


def superseded_note(db: sqlite_utils.Database, v: dict) -> str | None:
    """One line saying a version was superseded and by what, or None for a standing version."""
    if v.get("superseded_at") is None:
        return None
    new = replacement(db, v)
    tail = (f"; its captures are now version {new['number']} (id {new['id']})" if new
            else "; no version covers its captures now")
    if v.get("superseded_as") == "volatile":
        return (f"version {v['number']} (id {v['id']}) was folded on {v['superseded_at']} into the version before "
                f"it: later captures showed its change to be a volatile block's (a value that changes at every "
                f"visit){tail}")
    return f"version {v['number']} (id {v['id']}) was superseded on {v['superseded_at']} when its history was rebuilt{tail}"


def refused_since(db: sqlite_utils.Database, document_id: int) -> tuple[str, str, int] | None:
    """(since when, reasons, how many captures: up to 50) when the policy's latest captures were all refused
    (a 404, an error page, a page that is no longer the policy), or None when the latest capture saw a
    version (a clock date, a volatile block's value, counts as seen) or none ever did. The plain half of a
    rendering (`escalated`) is passed over: its rendering is the capture that counts."""
    rows = db.execute(f"SELECT fetched_at, outcome, reason FROM captures WHERE document_id = ? AND {NOT_ESCALATED_SQL} "
                      "ORDER BY fetched_at DESC, id DESC LIMIT 50", [document_id]).fetchall()
    refused = []
    for at, outcome, reason in rows:
        if outcome != "rejected" or reason in NO_REFUSAL:
            break
        refused.append((at, reason))
    if not refused or len(refused) == len(rows):  # nothing refused lately, or never a version to speak of
        return None
    return refused[-1][0], ", ".join(dict.fromkeys(r or "fetch error" for _, r in refused)), len(refused)


def refused_note(db: sqlite_utils.Database, doc: Document) -> str | None:
    """One line when the policy's latest captures were all refused (`refused_since`): what `show` and `history`
    print is the last version seen, not what the address serves now."""
    refused = refused_since(db, doc.id)
    if refused is None:
        return None
    since, reasons, n = refused
    return (f"{doc.url} has been refused since {since} ({reasons}; {n} capture"
            f"{'' if n == 1 else 's'}{' or more' if n == 50 else ''}): this is the last "
            "version seen there, not what the address serves now")


def upgrade_note(db: sqlite_utils.Database, v: dict) -> str | None:
    """One line saying a version's text is a technical upgrade, naming the latest upgrade as
    `version_upgrades` recorded it (a later reprocess that changed no text makes none, but stamps the version
    with its extractor), or None."""
    if not v.get("upgraded_at"):
        return None
    up = next(db.query("SELECT from_extractor, to_extractor FROM version_upgrades WHERE version_id = ? "
                       "ORDER BY id DESC LIMIT 1", [v["id"]]), None)
    how = ("" if up is None else f" ({describe_upgrade(up)})")
    return (f"version {v['number']}'s text was re-extracted on {v['upgraded_at']}{how} from the same captures "
            "(technical upgrade: the policy did not change)")


def describe_upgrade(up: dict) -> str:
    """"extractor A -> B", or "new extraction rules" when only the rules changed (a version_upgrades row)."""
    if up["from_extractor"] != up["to_extractor"]:
        return f"extractor {up['from_extractor']} -> {up['to_extractor']}"
    return "new extraction rules"


class Known(NamedTuple):
    """A document a recrawl asks for again, with the validators of its latest capture that made or continued
    a version: a 304 against a rejected capture (a challenge page, a stub) would hide the policy for good."""
    url: str
    moved: bool  # gone elsewhere, or an imported page that is no policy: not fetched again unless pinned
    etag: str | None
    last_modified: str | None
    fetch_url: str  # where to ask: url, or the target of its permanent redirect (see relink_target)
    redirected: bool  # that capture came through a redirect: asking costs more than one request
    failing: bool = False  # its last FAILING_AFTER checks failed (`schedule`): a failure now may say it is gone
    held: bool = False  # it holds a version: a page in the policy's place (a maintenance page) is for now


PERMANENT = (301, 308)
RELINK_DAYS = 7  # a permanent redirect is followed from the document's own URL again at least this often


def relink_target(url: str, final_url: str | None, redirects: str | None) -> str:
    """Where a recrawl may ask for `url`, from a capture that asked `url` itself: past the permanent redirects
    its chain starts with (RFC 9110 lets a client re-link a 301 or 308), never past a temporary one."""
    hops = json.loads(redirects) if redirects else []
    for hop_url, status in hops:  # the first hop's URL is `url` itself
        if status not in PERMANENT:
            return hop_url
    return (final_url or url) if hops else url


class KnownSite(NamedTuple):
    """What the archive has of a company, for a recrawl to plan its requests and tell what is new."""
    name: str | None
    homepage: str | None
    discovery_pending: bool  # a failed discovery is counted: finding a policy must clear it
    documents: dict[str, Known]  # url -> Known, oldest document first


def known_sites(db: sqlite_utils.Database, sites: list[str]) -> dict[str, KnownSite]:
    """Site key -> KnownSite for those of `sites` in the archive: two queries per 500 companies, so a recrawl
    of thousands plans itself in a few queries, not two per company.

    A document whose URL answered with a permanent redirect in the last RELINK_DAYS, on a capture that got
    the page, is asked at the redirect's target: one request and one per-host delay less per hop. Weekly its
    own URL is asked again, since a site may point the redirect elsewhere and leave the old target up."""
    known: dict[str, KnownSite] = {}
    since = iso(now() - dt.timedelta(days=RELINK_DAYS))
    for i in range(0, len(sites), 500):
        chunk = sites[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        for key, name, homepage, pending in db.execute(
                "SELECT key, name, homepage, next_discovery IS NOT NULL OR discovery_failures > 0 FROM sites "
                f"WHERE key IN ({marks})", chunk):
            known[key] = KnownSite(name, homepage, bool(pending), {})
        # c: the latest capture that made or continued a version (its validators); a: the latest that asked
        # the document's own URL, not a redirect's target (its redirects start there, or it had none)
        for key, url, moved, etag, last_modified, redirected, final_url, redirects, relink, failing, held in db.execute(
                f"SELECT s.key, d.url, d.state IN {UNTRACKED}, c.etag, c.last_modified, c.redirects IS NOT NULL, "
                "a.final_url, a.redirects, "
                "a.outcome IN ('new_version', 'unchanged') AND a.fetched_at >= ?, d.state = 'failing', "
                f"EXISTS (SELECT 1 FROM versions v WHERE v.document_id = d.id AND {STANDING}) FROM documents d "
                "JOIN sites s ON s.id = d.site_id "
                "LEFT JOIN captures c ON c.id = (SELECT id FROM captures WHERE document_id = d.id AND status = 200 "
                "AND outcome IN ('new_version', 'unchanged') ORDER BY fetched_at DESC, id DESC LIMIT 1) "
                "LEFT JOIN captures a ON a.id = (SELECT id FROM captures WHERE document_id = d.id AND "
                "coalesce(json_extract(redirects, '$[0][0]'), final_url, url) = url ORDER BY fetched_at DESC, id DESC "
                "LIMIT 1) "
                f"WHERE s.key IN ({marks}) ORDER BY d.id", [since, *chunk]):
            fetch_url = relink_target(url, final_url, redirects) if relink else url
            known[key].documents[url] = Known(url, bool(moved), etag, last_modified, fetch_url, bool(redirected),
                                              bool(failing), bool(held))
    return known


def unified_diff(old: dict, new: dict, url: str, old_url: str | None = None) -> list[str]:
    """The line diff of two versions' Markdown; `old_url` when the older one is of another address of the
    policy (it moved)."""
    return list(difflib.unified_diff(
        old["markdown"].splitlines(), new["markdown"].splitlines(),
        fromfile=f"{old_url or url} v{old['number']} ({old['first_seen']})",
        tofile=f"{url} v{new['number']} ({new['first_seen']})", lineterm=""))


def next_address_note(db: sqlite_utils.Database, doc: Document, when: dt.datetime) -> str | None:
    """'the policy was next archived at URL from FIRST_SEEN' when another address of `doc`'s company holds a
    version first seen after `when` (the policy moved after its last capture here), else None."""
    later, at = time_cmp("v.first_seen", ">", when)
    beside = ",".join(str(i) for i in side_by_side(db, doc.id)) or "-1"  # (NOT IN (NULL) is never true)
    row = db.execute("SELECT d.url, min(v.first_seen) FROM documents d JOIN versions v ON v.document_id = d.id "
                     f"AND v.superseded_at IS NULL JOIN sites s ON s.id = d.site_id WHERE s.key = ? AND d.id != ? "
                     f"AND d.id NOT IN ({beside}) AND {later} GROUP BY d.id ORDER BY 2 LIMIT 1",
                     [doc.site, doc.id, *at]).fetchone()
    return row and f"the policy was next archived at {row[0]} from {row[1]}"


def other_addresses_notes(db: sqlite_utils.Database, doc: Document, target: str) -> list[str]:
    """When `target` names a company (not a URL) whose policy was archived at other addresses too, notes
    naming them: addresses it moved between (`show SITE --at` and `diff SITE --from/--to` follow it across
    those), and policies archived side by side with this one (`side_by_side`: a bilingual site's), which a
    user names by URL. `history` lists one document's versions."""
    if "/" in target:
        return []
    rows = db.execute("SELECT d.id, d.url, count(v.id), min(v.first_seen), max(v.last_seen), "
                      "(SELECT language FROM versions l WHERE l.document_id = d.id AND l.superseded_at IS NULL "
                      "ORDER BY l.first_seen DESC LIMIT 1) FROM documents d "
                      "JOIN versions v ON v.document_id = d.id AND v.superseded_at IS NULL "
                      "JOIN sites s ON s.id = d.site_id WHERE s.key = ? AND d.id != ? GROUP BY d.id ORDER BY 4",
                      [doc.site, doc.id]).fetchall()
    found = lanes(db, [doc.id, *(r[0] for r in rows)]) if rows else []
    beside = {i for lane in found if doc.id not in lane for i in lane}

    def listed(rows, language: bool) -> str:
        shown = "; ".join(f"{url} ({f'{lang}, ' if language and lang else ''}{n} version{'s' if n != 1 else ''}, "
                          f"{first} to {last})" for _, url, n, first, last, lang in rows[:NOTE_ADDRESSES])
        return shown + (f"; and {len(rows) - NOTE_ADDRESSES} more" if len(rows) > NOTE_ADDRESSES else "")
    notes = []
    if moved := [r for r in rows if r[0] not in beside]:
        notes.append(f"{doc.site}'s policy was also archived at {listed(moved, False)}: `history URL` lists those, "
                     "and `show SITE --at DATE` or `diff SITE --from/--to` follow the policy across its addresses")
    if others := [r for r in rows if r[0] in beside]:
        n = len(found) - 1  # policies, each at one address or more (a lane)
        notes.append(f"{doc.site} has {'another policy' if n == 1 else f'{n} other policies'} archived side by "
                     f"side with {doc.url}, at {listed(others, True)}; name {'it' if n == 1 else 'one'} by its URL "
                     "(`history URL`, `show URL`, `diff URL`)")
    return notes


NOTE_ADDRESSES = 5  # addresses a note lists (a company with hundreds of pages holding versions: the rest counted)


def html_diff(old: dict, new: dict, url: str, summary: Summary, *, old_url: str | None = None,
              note: str | None = None) -> str:
    """A standalone side-by-side page, the same summary line and table as the browser view's diff page (all
    text escaped); `summary` is what changed between the two (`summaries.of`); `old_url` when the older
    version is of the policy's earlier address (it moved: each side is labelled with its own); `note` a
    sentence put after the summary ("This is the text of version 1 again …")."""
    from pathlib import Path

    from markupsafe import Markup, escape

    from .summary import DATE_ONLY
    from .view.sidebyside import side_by_side_sections

    css = (Path(__file__).parent / "view" / "static" / "view.css").read_text(encoding="utf-8")
    left = f"{old_url} v{old['number']}" if old_url else f"v{old['number']}"
    right = f"{url} v{new['number']}" if old_url else f"v{new['number']}"
    table = side_by_side_sections(old["markdown"], new["markdown"], f"{left} · {old['first_seen']}",
                                  f"{right} · {new['first_seen']}")
    moved = f" The policy moved from {old_url} to {url}." if old_url else ""
    counts = Markup('<span class="added">{} words added</span>, <span class="removed">{} removed</span>. ').format(
        summary.words_added, summary.words_removed) if summary.kind != DATE_ONLY else ""  # (said in its words)
    said = Markup('<p class="summary">{}<span class="in-words">{}</span>{}</p>').format(
        counts, summary.describe(), " ".join(filter(None, [moved, note])))
    title = f"{old_url} v{old['number']} → {url} v{new['number']}" if old_url else \
        f"{url}: v{old['number']} → v{new['number']}"
    heading = f"{old_url} → {url}" if old_url else url
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title><style>body {{ "
            f"font-family: sans-serif; margin: 1em; }}\n{css}</style></head>"
            f"<body><h1>{escape(heading)}</h1>{said}{table}</body></html>")
