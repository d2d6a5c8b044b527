"""policy-archive's library: a versioned archive of privacy policies in SQLite.

    from archive import open_archive, record, Capture
    db = open_archive("archive.db")
    outcome = record(db, Capture(url=..., fetched_at=..., status=200, body=...))

Never imports Scrapy: the crawler depends on the archive, not the other way round.

For analysis, `archive.open("archive.db")` gives pandas DataFrames (archive/notebook.py; pandas is
imported only then).
"""
import sys as _sys


class _NoPandas:
    """sqlite-utils imports pandas and numpy when it is imported, if they are installed (about 0.7 s on a
    2-core machine, on every command), only to map their scalar types when inserting Python objects, which
    the archive never does. While sqlite-utils is first imported they look absent to it; they import
    normally afterwards (the notebook API, the report)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in ("pandas", "numpy"):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden while sqlite_utils loads)", name=name)
        return None


if "sqlite_utils" not in _sys.modules and "pandas" not in _sys.modules:
    _sys.meta_path.insert(0, _NoPandas)
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        _sys.meta_path.remove(_NoPandas)
from .capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, Capture, Outcome, host_of
from .errors import ArchiveError

from .record import record  # noqa: E402  (the function shadows its module on purpose: archive.record(...))
from .store import open_archive  # noqa: E402
from .notebook import open  # noqa: E402,A001  (archive.open(path): the notebook API)

# `open` is left out of __all__: a star import must not shadow the built-in open
__all__ = ["ArchiveError", "Capture", "Outcome", "open_archive", "record", "host_of",
           "NEW_VERSION", "UNCHANGED", "REJECTED", "DUPLICATE"]
