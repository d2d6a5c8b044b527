"""policy-archive's library: a versioned archive of privacy policies in SQLite.

    from archive import open_archive, record, Capture
    db = open_archive("archive.db")
    outcome = record(db, Capture(url=..., fetched_at=..., status=200, body=...))

Never imports Scrapy: the crawler depends on the archive, not the other way round.
"""
from .capture import DUPLICATE, NEW_VERSION, REJECTED, UNCHANGED, Capture, Outcome, host_of
from .errors import ArchiveError

from .record import record  # noqa: E402  (the function shadows its module on purpose: archive.record(...))
from .store import open_archive  # noqa: E402

__all__ = ["ArchiveError", "Capture", "Outcome", "open_archive", "record", "host_of",
           "NEW_VERSION", "UNCHANGED", "REJECTED", "DUPLICATE"]
