"""The browser view's pages for research: charts (the report's plots) and a search by company with stemming.

- `/charts` (`?site=KEY` for one company): archive.report's charts, drawn on the server as inline SVG.
- `/search?q=...` (`&company=KEY`): full-text search over every version with Porter stemming (the
  `versions_stem` FTS5 index; a substring search for Chinese, Japanese and Thai), grouped by company: the latest version that matches, whether it is the
  version in force, how many versions match, and an excerpt. Words are searched for as words (FTS5
  syntax in them is not run); "a phrase" in double quotes and OR between terms work as a reader expects.

Registered by archive.view.plugin; stored text reaches the page through Jinja's autoescape, markupsafe or
matplotlib's SVG writer.
"""
from __future__ import annotations

import re

import sqlite_utils
from markupsafe import Markup, escape

from ..lookup import UNSPACED

MARK_START, MARK_END = "\x02", "\x03"
MAX_TERMS = 20
RESULTS = 200


def fts_query(text: str) -> str | None:
    """A user's search as an FTS5 query: each word or "phrase" quoted (so FTS5 operators inside are
    searched for, not run), `OR` (upper case, between terms) kept; None when nothing is left to search."""
    parts = re.findall(r'"([^"]*)"|(\S+)', text or "")
    out: list[str] = []
    for phrase, word in parts[: MAX_TERMS * 2]:
        if word == "OR":
            if out and out[-1] != "OR":
                out.append("OR")
            continue
        term = phrase if phrase else word
        term = re.sub(r"[^\w\s'’-]+", " ", term).strip()  # punctuation is no part of an indexed word
        if term:
            out.append('"' + term.replace('"', "") + '"')
    while out and out[-1] == "OR":
        out.pop()
    return " ".join(out[: MAX_TERMS * 2]) or None


EXCERPT_CHARS = 60  # each side of a match found by `_search_unspaced`


def search(db: sqlite_utils.Database, text: str, company: str | None = None) -> list[dict]:
    """Companies whose policies match, best first: [{site, name, url, version_id, number, first_seen,
    document_id, in_force, refused_since (a day, or None), matches, excerpt (Markup)}]. A search in a script written without spaces (Chinese, Japanese,
    Thai) is a substring search (`_search_unspaced`): FTS5's tokenizer makes a whole run of such characters
    one word, so "個人情報" inside "個人情報保護方針" was never found."""
    query = fts_query(text)
    if not query:
        return []
    if UNSPACED.search(text):
        return _search_unspaced(db, text, company)
    where, params = "", [query]
    if company:
        where, params = "AND s.key = ?", [query, company]
    rows = db.execute(
        "SELECT s.key, s.name, d.url, d.id, v.id, v.number, v.first_seen, "
        "v.id = (SELECT v2.id FROM versions v2 WHERE v2.document_id = v.document_id AND v2.superseded_at IS NULL "
        "ORDER BY v2.first_seen DESC, v2.first_capture_id DESC LIMIT 1) AS in_force, "
        f"snippet(versions_stem, 1, '{MARK_START}', '{MARK_END}', ' … ', 16), bm25(versions_stem) "
        "FROM versions_stem JOIN versions v ON v.id = versions_stem.rowid "
        "JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"WHERE versions_stem MATCH ? AND v.superseded_at IS NULL {where} "
        "ORDER BY s.key, d.id, v.first_seen DESC, v.first_capture_id DESC", params).fetchall()
    by_doc: dict[str, dict] = {}
    for key, name, url, doc_id, vid, number, first_seen, in_force, excerpt, rank in rows:
        hit = by_doc.get(url)
        if hit is None:  # the newest matching version of each policy stands for it
            marked = str(escape(excerpt)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
            by_doc[url] = {"site": key, "name": name, "url": url, "document_id": doc_id, "version_id": vid,
                           "number": number,
                           "first_seen": first_seen, "in_force": bool(in_force), "matches": 1,
                           "excerpt": Markup(marked), "rank": rank}
        else:
            hit["matches"] += 1
    return _refusals(db, sorted(by_doc.values(), key=lambda h: (not h["in_force"], h["rank"], h["site"]))[:RESULTS])


def _refusals(db: sqlite_utils.Database, hits: list[dict]) -> list[dict]:
    """Each hit of a policy whose address has refused every capture lately (a 404, a page that is no longer the
    policy) gets `refused_since` (its date), as `show` notes it: its latest version is the last one seen, not what
    the address serves now."""
    from ..lookup import refused_since
    for hit in hits:
        refused = refused_since(db, hit["document_id"]) if hit["in_force"] else None
        hit["refused_since"] = refused and refused[0][:10]
    return hits


def _search_unspaced(db: sqlite_utils.Database, text: str, company: str | None) -> list[dict]:
    """Every term (words, "phrases"; OR is not read) found in the version's text as written: `instr`, a scan of
    the standing versions, which a policy archive's size affords."""
    terms = [p or w for p, w in re.findall(r'"([^"]*)"|(\S+)', text) if (p or w) != "OR"][:MAX_TERMS]
    where = " AND ".join("instr(v.text, ?) > 0" for _ in terms)
    params: list = list(terms) + ([company] if company else [])
    rows = db.execute(
        "SELECT s.key, s.name, d.url, d.id, v.id, v.number, v.first_seen, v.text, "
        "v.id = (SELECT v2.id FROM versions v2 WHERE v2.document_id = v.document_id AND v2.superseded_at IS NULL "
        "ORDER BY v2.first_seen DESC, v2.first_capture_id DESC LIMIT 1) AS in_force "
        "FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id "
        f"WHERE v.superseded_at IS NULL AND {where} " + ("AND s.key = ? " if company else "") +
        "ORDER BY s.key, d.id, v.first_seen DESC, v.first_capture_id DESC", params).fetchall()
    by_doc: dict[str, dict] = {}
    for key, name, url, doc_id, vid, number, first_seen, body, in_force in rows:
        hit = by_doc.get(url)
        if hit is not None:
            hit["matches"] += 1
            continue
        at = body.find(terms[0])
        start, end = max(at - EXCERPT_CHARS, 0), at + len(terms[0]) + EXCERPT_CHARS
        excerpt = Markup("{}{}<mark>{}</mark>{}{}").format(
            "… " if start else "", body[start:at], terms[0], body[at + len(terms[0]):end], " …" if end < len(body) else "")
        by_doc[url] = {"site": key, "name": name, "url": url, "document_id": doc_id, "version_id": vid,
                       "number": number, "first_seen": first_seen, "in_force": bool(in_force), "matches": 1, "excerpt": excerpt,
                       "rank": -body.count(terms[0])}
    return _refusals(db, sorted(by_doc.values(), key=lambda h: (not h["in_force"], h["rank"], h["site"]))[:RESULTS])


async def charts_page(datasette, request):
    from . import plugin
    from ..report import charts, collect
    site = request.args.get("site") or None
    if site:  # a key, a name, a host or a policy URL, as the company page and the CLI take it
        site = await plugin.site_key(datasette, site)
    db = datasette.get_database(plugin.DATABASE)

    def draw(conn):
        data = collect(sqlite_utils.Database(conn), [site] if site else None)
        return data, charts(data)

    data, drawn = await db.execute_fn(draw)
    return await plugin._page(datasette, request, "policy_charts.html", {
        "charts": drawn, "site": site, "companies": len(data.sites), "versions": len(data.versions),
        "company_url": plugin.company_url, "db_name": plugin.DATABASE})


async def search_page(datasette, request):
    from . import plugin
    q = (request.args.get("q") or "").strip()[:500]
    company = request.args.get("company") or None
    if company:
        company = await plugin.site_key(datasette, company)
    db = datasette.get_database(plugin.DATABASE)
    companies = [dict(r) for r in (await db.execute("SELECT key, name FROM sites ORDER BY key")).rows]
    hits = await db.execute_fn(lambda conn: search(sqlite_utils.Database(conn), q, company)) if q else []
    return await plugin._page(datasette, request, "policy_search.html", {
        "q": q, "company": company, "companies": companies, "hits": hits,
        "company_url": plugin.company_url, "db_name": plugin.DATABASE})


ROUTES = [(r"^/charts$", charts_page), (r"^/search$", search_page)]
