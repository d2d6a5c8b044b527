"""Stored change summaries: one `changes` row per version, against the version before it.

`update(db, document_id)` brings a document's rows up to date: it computes (archive/summary.py) the rows
that are missing or stale (the version or its predecessor has another content hash than the row was
computed from, or the rules changed) and drops rows of versions that no longer exist. record() calls it
after each capture and replay() after a rebuild, so `reprocess` rebuilds them; it costs one indexed query
when nothing changed. After an upgrade of the rules, `refresh` recomputes every stale row when the archive is
next opened for writing.

A version's predecessor is `versions.previous_id` (numbers are kept across a reprocess, so they need not
be in time order), and only standing versions (not superseded) have rows. A technical upgrade (the same
captures re-extracted to another text) is no change of the policy and makes no version, so it has no row;
`of_upgrade` summarises one, with the kind `technical_upgrade`.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import summary as S

if TYPE_CHECKING:  # annotations only: reading commands that import this module need no sqlite_utils
    import sqlite_utils

# the versions that form a document's history: the standing ones
CURRENT = "v.superseded_at IS NULL"

_COLUMNS = ["version_id", "previous_version_id", "document_id", "kind", "sections", "sections_added",
            "sections_removed", "sections_modified", "sections_moved", "sections_renamed", "sections_changed",
            "words_added", "words_removed", "links_added", "links_removed", "declared_date_from",
            "declared_date_to", "formatting_only", "description", "old_hash", "new_hash", "summary_version"]


def update(db: sqlite_utils.Database, document_id: int) -> int:
    """Compute the document's missing or stale change rows; returns how many were written."""
    stale = db.execute(
        "SELECT v.id FROM versions v "
        "LEFT JOIN versions p ON p.id = v.previous_id "
        "LEFT JOIN changes c ON c.version_id = v.id "
        f"WHERE v.document_id = ? AND ({CURRENT}) AND (c.version_id IS NULL "
        "OR c.new_hash IS NOT v.content_hash OR c.old_hash IS NOT p.content_hash "
        "OR c.previous_version_id IS NOT p.id OR c.summary_version IS NOT ? "
        # a declared date settled after the row was written (record._settle_date_order)
        "OR c.declared_date_to IS NOT v.declared_date OR (p.id IS NOT NULL AND c.declared_date_from IS NOT "
        "p.declared_date))",
        [document_id, S.SUMMARY_VERSION]).fetchall()
    db.execute("DELETE FROM changes WHERE document_id = ? AND version_id NOT IN "
               "(SELECT id FROM versions WHERE document_id = ? AND superseded_at IS NULL)", [document_id, document_id])
    for (version_id,) in stale:
        v = _row(db, "SELECT * FROM versions WHERE id = ?", version_id)
        p = _row(db, "SELECT * FROM versions WHERE id = ?", v["previous_id"]) if v["previous_id"] else None
        s = S.summarise(p["markdown"] if p else None, v["markdown"], old_date=p["declared_date"] if p else None,
                        new_date=v["declared_date"], language=v["language"])
        row = S.to_json_lists(s)
        row.update(version_id=v["id"], previous_version_id=p["id"] if p else None, document_id=v["document_id"],
                   sections_changed=_changed(s), formatting_only=int(s.formatting_only),
                   description=s.describe(), old_hash=p["content_hash"] if p else None, new_hash=v["content_hash"],
                   summary_version=S.SUMMARY_VERSION)
        db.execute(f"INSERT OR REPLACE INTO changes ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                   [row[c] for c in _COLUMNS])
    return len(stale)


def refresh(db: sqlite_utils.Database) -> int:
    """Recompute the rows that older summary rules wrote (`summary.SUMMARY_VERSION`), so the archive's readers
    show what the rules in force say; `open_archive` calls it on every writable open (one query when none is
    stale). Returns the documents refreshed."""
    stale = db.execute("SELECT DISTINCT document_id FROM changes WHERE summary_version IS NOT ?",
                       [S.SUMMARY_VERSION]).fetchall()
    if stale:
        from .store import transaction
        with transaction(db):
            for (doc_id,) in stale:
                update(db, doc_id)
    return len(stale)


def _changed(s: S.Summary) -> int:
    names = set(s.sections_added) | set(s.sections_removed) | set(s.sections_modified) | set(s.sections_moved)
    names |= {new for _, new in s.sections_renamed}
    return len(names) if s.kind != S.FIRST else 0


def _row(db, sql: str, *params) -> dict | None:
    cur = db.execute(sql, list(params))
    r = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], r)) if r else None


def get(db: sqlite_utils.Database, version_id: int) -> S.Summary | None:
    """The stored summary of a version (None when it has none yet: a read-only archive not yet updated)."""
    row = _row(db, "SELECT * FROM changes WHERE version_id = ?", version_id)
    return S.from_row(row) if row else None


def of(db: sqlite_utils.Database, old: dict | None, new: dict) -> S.Summary:
    """The summary between two version rows: the stored one when `old` is `new`'s predecessor and both are
    as they stand (not a text from before a technical upgrade: `lookup.cited`, `lookup.as_it_stood`), else
    computed from their texts."""
    historic = any(v is not None and (v.get("cited_upgrade") or v.get("as_of")) for v in (old, new))
    if old is not None and old.get("id") is not None and old["id"] == new.get("previous_id") and not historic:
        stored = get(db, new["id"])
        if stored is not None:
            return stored
    return S.summarise(old["markdown"] if old else None, new["markdown"],
                       old_date=old.get("declared_date") if old else None, new_date=new.get("declared_date"),
                       language=new.get("language"))


def lists(row: dict) -> dict:
    """A `changes` row with its JSON lists decoded."""
    out = dict(row)
    for k in ("sections_added", "sections_removed", "sections_modified", "sections_moved", "sections_renamed",
              "links_added", "links_removed"):
        if isinstance(out.get(k), str):
            out[k] = json.loads(out[k])
    return out


def of_upgrade(upgrade: dict, version: dict) -> S.Summary:
    """What a technical upgrade changed in a version's text: a `version_upgrades` row (its `from_markdown`)
    against the version as it stands; the kind is `technical_upgrade`."""
    return S.summarise(upgrade["from_markdown"], version["markdown"], old_date=version.get("declared_date"),
                       new_date=version.get("declared_date"), technical_upgrade=True, language=version.get("language"))
