"""The project's one exception type for mistakes a user can cause and fix.

It has its own module so that every part of the library (capture, store, extract, lookup...) can raise it
without importing another part: `capture` imports `extract` lazily, and `extract.rules` raises this.
"""


class ArchiveError(Exception):
    """An error the user can cause and fix (bad path, unknown site, bad date...). The CLI prints it as
    one line and exits 2; anything else is a bug."""
