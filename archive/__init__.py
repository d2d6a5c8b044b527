"""policy-archive's library: a versioned archive of privacy policies in SQLite.

    from archive import open_archive, record, Capture
    db = open_archive("archive.db")
    outcome = record(db, Capture(url=..., fetched_at=..., status=200, body=...))

Never imports Scrapy: the crawler depends on the archive, not the other way round. Importing the package
is cheap: extraction (lxml, trafilatura) is imported on the first `record`, so a read-only command starts
in a fraction of the time.

For analysis, `archive.open("archive.db")` gives pandas DataFrames (archive/notebook.py; pandas is
imported only then).
"""
import sys
import types


class _NoPandasForSqliteUtils:
    """sqlite-utils imports pandas and numpy when it is imported, if they are installed (about 0.7 s on a
    2-core machine, on every command that writes), only to map their scalar types when inserting Python
    objects, which the archive never does. To sqlite-utils' own import they look absent; anyone else's
    import of them (the notebook API, the report) is not touched."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in ("pandas", "numpy"):
            return None
        frame = sys._getframe(1)
        while frame is not None:  # up through the import system to the module whose code imports
            module = frame.f_globals.get("__name__", "")
            if not module.startswith("importlib"):
                if module.startswith("sqlite_utils"):
                    raise ModuleNotFoundError(f"No module named {name!r} (hidden from sqlite_utils)", name=name)
                return None
            frame = frame.f_back
        return None


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _NoPandasForSqliteUtils)

from .capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, Capture, Outcome, host_of  # noqa: E402
from .errors import ArchiveError  # noqa: E402
from .store import open_archive  # noqa: E402


def record(db, capture, extraction=None):
    """Add one capture to the archive, atomically, and say what became of it (archive.record.record)."""
    from .record import record as impl
    return impl(db, capture, extraction)


def open(path):  # noqa: A001  (archive.open(path): the notebook API)
    """The archive at `path` for analysis: `.versions()`, `.changes()`, `.captures()`, `.sites()` as pandas
    DataFrames (archive.notebook.Archive; needs the `notebook` extra)."""
    from .notebook import open as impl
    return impl(path)


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
