"""The archive's clock. `POLICY_ARCHIVE_NOW` (ISO 8601) overrides it, so scheduled crawls can be
simulated over months in seconds, and tested without sleeping."""
from __future__ import annotations

import datetime as dt
import os

from .errors import ArchiveError


def now() -> dt.datetime:
    override = os.environ.get("POLICY_ARCHIVE_NOW")
    if not override:
        return dt.datetime.now(dt.timezone.utc)
    try:
        value = dt.datetime.fromisoformat(override.replace("Z", "+00:00"))
    except ValueError:
        raise ArchiveError(f"POLICY_ARCHIVE_NOW={override!r} is not an ISO 8601 time") from None
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)
