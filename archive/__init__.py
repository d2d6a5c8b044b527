"""policy-archive's library: a versioned archive of privacy policies in SQLite.

    from archive import open_archive, record, Capture
    db = open_archive("archive.db")
    outcome = record(db, Capture(url=..., fetched_at=..., status=200, body=...))

Never imports Scrapy: the crawler depends on the archive, not the other way round. Importing the package
is cheap: extraction (lxml, trafilatura) is imported on the first `record`, so a read-only command starts
in a fraction of the time.
"""
import sys
import types

from .capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, Capture, Outcome, host_of
from .errors import ArchiveError
from .store import open_archive


def record(db, capture, extraction=None):
    """Add one capture to the archive, atomically, and say what became of it (archive.record.record)."""
    from .record import record as impl
    return impl(db, capture, extraction)


class _Package(types.ModuleType):
    """`archive.record` stays the function above once the module archive/record.py is imported (the import
    system sets a package's attribute to each submodule it loads); the module is sys.modules["archive.record"]."""

    def __setattr__(self, name, value):
        if name == "record" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = ["ArchiveError", "Capture", "Outcome", "open_archive", "record", "host_of",
           "NEW_VERSION", "UNCHANGED", "REJECTED", "DUPLICATE"]
