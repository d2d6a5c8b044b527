"""Extraction in worker processes: a light module (no Scrapy) that spawned workers import."""
from __future__ import annotations


def extract(body: bytes, content_type: str | None, url: str):
    """The archive's extraction of a body, or the ExtractionRejected saying why there is none."""
    from archive.extract import ExtractionRejected, extract as archive_extract
    try:
        return archive_extract(body, content_type, url)
    except ExtractionRejected as exc:
        return exc
