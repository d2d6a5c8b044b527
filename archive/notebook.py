"""The archive as pandas DataFrames, for notebooks (needs the `notebook` extra: pip install -e '.[notebook]').

    import archive
    a = archive.open("archive.db")             # read-only
    v = a.versions(site="tinder.com")          # one row per version, the export's columns
    c = a.changes(since="2024-01-01")          # the changes first seen since then, by section, no texts
    k = a.captures(since="2024-01-01")         # every capture with its outcome and reason

Frames have the columns and types of the Parquet export (`archive.export.parquet_schema`): times are
datetime64[ns, UTC], declared dates `datetime.date`, counts int32, the change's section and link lists
arrays of strings. A frame converts back to exactly the exported Parquet table, and `pd.read_parquet`
of an export gives the same frame as the method (tests/test_notebook.py).

pandas is imported when a frame is first asked for, never by `import archive`.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from .errors import ArchiveError

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ArchiveError("the notebook API needs pandas: pip install -e '.[notebook]' in the clone") from None
    return pandas


def _when(value, *, end_of_day: bool) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    if isinstance(value, dt.date):
        value = value.isoformat()
    from .lookup import parse_when
    return parse_when(str(value), end_of_day=end_of_day)


class Archive:
    """A read-only archive opened for analysis. Methods return pandas DataFrames; `db` is the
    sqlite-utils Database for anything else (`a.db.query("SELECT ...")`)."""

    def __init__(self, path: str | os.PathLike):
        from .store import open_archive
        self.path = path
        self.db = open_archive(path, readonly=True)

    def __repr__(self) -> str:
        n = self.db.execute("SELECT count(*) FROM versions").fetchone()[0]
        return f"<archive {self.path}: {n} versions>"

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _site(self, site) -> str | tuple[str, ...] | None:
        """A site key from a key, name or policy URL, or a tuple of them from a list (as `--site` repeated)."""
        if site is None:
            return None
        from .lookup import resolve
        if isinstance(site, (list, tuple, set)):
            return tuple(dict.fromkeys(resolve(self.db, str(s)).site for s in site))
        if not isinstance(site, str):
            raise ArchiveError(f"site: give a key, name or policy URL, or a list of them (not {type(site).__name__})")
        return resolve(self.db, site).site

    def _query(self, site, since, until, latest=False, table="versions", texts=True):
        from .export import Query
        start, end = _when(since, end_of_day=False), _when(until, end_of_day=True)
        if start and end and start > end:  # as the CLI's --since / --until: an empty frame would hide the slip
            raise ArchiveError(f"since {since} is after until {until}: nothing can match; swap them")
        return Query(site=self._site(site), since=start, until=end, latest=latest, table=table, texts=texts)

    def _frame(self, source, query) -> "pandas.DataFrame":
        _pandas()
        import pyarrow as pa

        from .export import arrow_row, parquet_schema
        schema = parquet_schema(query.table)
        table = pa.Table.from_pylist([arrow_row(r) for r in source(self.db, query)], schema=schema)
        return table.to_pandas()

    def versions(self, site: str | None = None, *, since=None, until=None, latest: bool = False,
                 texts: bool = True) -> "pandas.DataFrame":
        """One row per version (the export's columns): `site` a key, name or policy URL; `since` keeps versions
        still in force at or after it, `until` those first seen at or before it (dates, datetimes or ISO
        text, UTC); `latest` only the latest version of each policy; `texts=False` leaves markdown and text
        empty (null). With `since`, a policy last captured before it keeps its latest version known, which is
        no knowledge of that time: a UserWarning says how many (as `export --since` does)."""
        return self._versions(site, since, until, latest, texts, warn=True)

    def _versions(self, site, since, until, latest, texts, warn) -> "pandas.DataFrame":
        from .export import rows
        query = self._query(site, since, until, latest, texts=texts)
        if warn and query.since is not None:
            stale, policies = query.captured_before_since(self.db)
            if stale:
                import warnings
                warnings.warn(f"{stale} of {policies} polic{'y was' if policies == 1 else 'ies were'} last captured "
                              f"before since={since}: their rows are the latest versions known, not knowledge of "
                              "that time", stacklevel=3)
        return self._frame(rows, query)

    def changes(self, site: str | None = None, *, since=None, until=None) -> "pandas.DataFrame":
        """One row per change: each version that followed another (not a policy's first version), first seen
        within `since` .. `until` (both inclusive, as `versions` reads them), with what changed from the
        version before (change_kind, sections_added / removed / modified / moved / renamed, words_added /
        removed, links, declared dates) and no texts. `versions(since=, until=)` is what was in force in the
        window; this is what changed in it."""
        frame = self._versions(site, since, until, False, False, warn=False).drop(columns=["markdown", "text"])
        keep = frame["change_kind"] != "first"
        if since is not None:
            keep &= frame["first_seen"] >= _when(since, end_of_day=False)
        return frame[keep].reset_index(drop=True)

    def captures(self, site: str | None = None, *, since=None, until=None) -> "pandas.DataFrame":
        """Every capture (fetch or imported record) with its outcome, reason, version and source; `since` /
        `until` bound fetched_at."""
        from .export import capture_rows
        return self._frame(capture_rows, self._query(site, since, until, table="captures"))

    def sites(self) -> "pandas.DataFrame":
        """The companies: key, name, homepage, policy URLs and version counts."""
        pd = _pandas()
        rows = self.db.execute(
            "SELECT s.key AS site, s.name AS company, s.homepage, d.url, "
            "(SELECT count(*) FROM versions v WHERE v.document_id = d.id AND v.superseded_at IS NULL) AS versions "
            "FROM sites s LEFT JOIN documents d ON d.site_id = s.id ORDER BY s.key, d.id").fetchall()
        frame = pd.DataFrame(rows, columns=["site", "company", "homepage", "url", "versions"])
        return frame.astype({"versions": "int32"})


def open(path: str | os.PathLike) -> Archive:  # noqa: A001  (archive.open, as the issue asks)
    """Open an archive read-only for analysis: `archive.open("archive.db").versions()`. ArchiveError when
    there is no archive at `path`."""
    return Archive(path)
