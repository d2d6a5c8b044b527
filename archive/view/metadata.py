"""Datasette metadata for the archive: title, licence, source, column descriptions, canned queries.

Column descriptions are read from the archive's own `descriptions` table, so the viewer shows what the
schema that wrote the file says (an older or newer archive describes itself), not what this code thinks.
Canned queries take named parameters only; Datasette binds them, nothing is pasted into SQL. A search term
goes through Datasette's escape_fts (words and "phrases", no FTS operators), and a term that escapes to
nothing becomes the empty phrase, which matches nothing instead of failing.
"""
from __future__ import annotations

import sqlite3

DATABASE = "archive"  # the name (and URL path) of the archive in Datasette, whatever the file is called

# Private-use characters mark the matched words in FTS snippets; render_cell escapes the snippet and only
# then turns the markers into <mark>, so a stored tag can never pass as markup.
MARK_START, MARK_END = "\ue000", "\ue001"

LATEST_SQL = """
SELECT s.key AS company, s.name AS name, d.url AS policy_url, v.number AS version,
       v.first_seen AS in_force_since, v.last_seen AS last_seen, v.declared_date AS declared_date,
       v.word_count AS words, v.id AS version_id
FROM versions v
JOIN documents d ON d.id = v.document_id
JOIN sites s ON s.id = d.site_id
WHERE (v.superseded_at IS NULL AND NOT EXISTS (SELECT 1 FROM versions v2 WHERE v2.document_id = v.document_id AND v2.superseded_at IS NULL AND v2.first_seen > v.first_seen))
ORDER BY s.key, d.url
"""

RECENT_SQL = """
SELECT v.first_seen AS changed_at, s.key AS company, d.url AS policy_url, v.number AS version,
       v.word_count - p.word_count AS words_delta, p.id || '/' || v.id AS diff, v.id AS version_id
FROM versions v
JOIN versions p ON p.id = v.previous_id
JOIN documents d ON d.id = v.document_id
JOIN sites s ON s.id = d.site_id
WHERE v.superseded_at IS NULL
ORDER BY v.first_seen DESC, v.id DESC
LIMIT 200
"""

MENTIONING_SQL = f"""
SELECT s.key AS company, v.number AS version, v.first_seen AS first_seen, v.last_seen AS last_seen,
       CASE WHEN (v.superseded_at IS NULL AND NOT EXISTS (SELECT 1 FROM versions v2 WHERE v2.document_id = v.document_id AND v2.superseded_at IS NULL AND v2.first_seen > v.first_seen))
            THEN 'yes' ELSE 'no' END AS in_force,
       snippet(versions_fts, 1, char({ord(MARK_START)}), char({ord(MARK_END)}), ' … ', 16) AS excerpt,
       v.id AS version_id
FROM versions_fts
JOIN versions v ON v.id = versions_fts.rowid
JOIN documents d ON d.id = v.document_id
JOIN sites s ON s.id = d.site_id
WHERE versions_fts MATCH coalesce(nullif(escape_fts(:term), ''), '""') AND v.superseded_at IS NULL
ORDER BY in_force DESC, rank
LIMIT 500
"""

CANNED = {
    "latest_versions": {
        "sql": LATEST_SQL,
        "title": "Latest version of each company's policy",
        "description": "The policy in force now for every company, with when it took effect.",
        "hide_sql": True,
    },
    "recent_changes": {
        "sql": RECENT_SQL,
        "title": "Recent changes",
        "description": "New versions of policies, newest first, each with a link to what changed.",
        "hide_sql": True,
    },
    "policies_mentioning": {
        "sql": MENTIONING_SQL,
        "title": "Policies mentioning a term",
        "description": "Full-text search of every version's text (words, \"a phrase\"); "
                       "in_force tells whether the policy still says it.",
        "params": ["term"],
        "hide_sql": True,
    },
}

LICENSE = "Software Apache-2.0; policy texts remain their publishers' and are archived for research and reporting"
LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0"


def column_descriptions(path: str) -> dict[str, dict[str, str]]:
    """{table: {column or "": description}} from the archive's `descriptions` table, read-only."""
    from ..store import read_only_uri
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = conn.execute("SELECT table_name, column_name, description FROM descriptions").fetchall()
    finally:
        conn.close()
    out: dict[str, dict[str, str]] = {}
    for table, column, text in rows:
        out.setdefault(table, {})[column] = text
    return out


def data_sources(path: str) -> str:
    """Where the archive's captures came from, in words: "crawled from the companies' websites; imported
    from WARC files (a.warc.gz); backfilled from web archives (...)" (the footer's Source)."""
    from ..store import read_only_uri
    conn = sqlite3.connect(read_only_uri(path), uri=True)  # immutable where the -shm cannot be made (read-only media)
    try:
        rows = conn.execute(
            "SELECT CASE WHEN source LIKE 'warc:%' THEN 'warc' WHEN source LIKE 'backfill:%' THEN 'backfill' "
            "ELSE source END, group_concat(DISTINCT substr(source, instr(source, ':') + 1)) FROM captures "
            "GROUP BY 1 ORDER BY count(*) DESC").fetchall()
    finally:
        conn.close()
    words = {"crawl": "crawled from the companies' websites", "warc": "imported from WARC files",
             "backfill": "backfilled from web archives"}
    parts = []
    for kind, names in rows:
        detail = sorted(set((names or "").split(","))) if kind in ("warc", "backfill") else []
        shown = ", ".join(detail[:3]) + (f" and {len(detail) - 3} more" if len(detail) > 3 else "")
        parts.append(words.get(kind, kind) + (f" ({shown})" if shown else ""))
    return "Captures " + "; ".join(parts) if parts else "No captures yet"


def build_metadata(path: str) -> dict:
    tables = {}
    for table, cols in column_descriptions(path).items():
        entry = {"columns": {c: d for c, d in cols.items() if c}}
        if cols.get(""):
            entry["description"] = cols[""]
        tables[table] = entry
    tables.setdefault("versions", {})["sort_desc"] = "first_seen"
    tables["versions"]["label_column"] = "title"
    tables.setdefault("sites", {})["label_column"] = "key"
    tables.setdefault("documents", {})["label_column"] = "url"
    tables["raw_bodies"] = {**tables.get("raw_bodies", {}), "hidden": True}
    for fts in ("versions_fts", "versions_fts_config", "versions_fts_data", "versions_fts_docsize",
                "versions_fts_idx", "versions_stem", "versions_stem_config", "versions_stem_data",
                "versions_stem_docsize", "versions_stem_idx"):
        tables[fts] = {"hidden": True}
    return {
        "title": "Privacy policy archive",
        "description": "A versioned, citable history of companies' privacy policies: every distinct "
                       "version, when it was first and last seen, and what changed.",
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": data_sources(path),
        "source_url": f"/{DATABASE}/captures",
        "plugins": {"policy-archive-view": {"archive": DATABASE}},
        "databases": {
            DATABASE: {
                "description": "Sites, policy documents, captures and versions.",
                "tables": tables,
                "queries": CANNED,
            }
        },
    }
