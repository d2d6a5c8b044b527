"""Change detection: does a new extraction make a version, continue the one in force, or get rejected?

Pure functions over the document's recent versions, so that `record` (in time order) and a replay of a
document's captures (out of order arrivals, `reprocess`) take exactly the same decisions.
"""
from __future__ import annotations

from dataclasses import dataclass

from .extract import Extraction

NEW = "new"  # a new version starts with this capture
SAME = "same"  # the version in force continues
REJECT = "reject"  # the capture is kept but makes no version (reason says why)
REVERT = "revert"  # the version in force was a transient flip: drop it, the one before it continues


@dataclass
class VersionState:
    """What change detection needs to know of a version already in the archive."""

    number: int
    content_hash: str
    text: str
    captures: int  # how many captures saw it


@dataclass(frozen=True)
class Decision:
    kind: str
    reason: str | None = None


def decide(candidate: Extraction, history: list[VersionState]) -> Decision:
    """`history` is the document's versions in time order up to the capture's time (last = in force)."""
    if not history:
        return Decision(NEW)
    current = history[-1]
    if candidate.content_hash == current.content_hash:
        return Decision(SAME)
    return Decision(NEW)
