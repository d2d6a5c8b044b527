"""What was fetched (Capture) and what became of it (Outcome).

Everything that writes to the archive builds a Capture and calls `archive.record`; the crawler, the WARC
importer and tests alike. A Capture is plain data so that it crosses process and library boundaries.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import ArchiveError

NEW_VERSION = "new_version"
UNCHANGED = "unchanged"
REJECTED = "rejected"
DUPLICATE = "duplicate"  # the same capture (url, time, body) was recorded before: nothing added
ESCALATED = "escalated"  # the reason of a plain response sent to the browser (captures.escalation says why)
CLOCK_DATE = "clock_date"  # the reason of a capture that differs from the version in force by the day it was taken
VOLATILE = "volatile"  # ... only in a block that changes at every visit (`changes.is_volatile`)
DATE_STAMP = "date_stamp"  # ... only by the page's stamp of its publication beside the policy's date (`is_page_stamp`)
INTERSTITIAL = "interstitial"  # sent to a consent, login or age gate that would send the visitor back (`record`)
# reasons of a refused capture that saw the version in force (last_seen moves on)
SAW_VERSION = (CLOCK_DATE, VOLATILE, DATE_STAMP)
SAW_VERSION_SQL = "(" + ", ".join(f"'{r}'" for r in SAW_VERSION) + ")"
# reasons of a rejected capture that is no refusal for the notes on what an address served (`show --at`, `diff
# --from --to`, "refused since"): the version was seen, or the plain half of a rendering, whose rendering (the
# browser capture beside it) is the capture that counts
NO_REFUSAL = (*SAW_VERSION, ESCALATED)
NO_REFUSAL_SQL = "(" + ", ".join(f"'{r}'" for r in NO_REFUSAL) + ")"
NOT_ESCALATED_SQL = f"coalesce(reason, '') != '{ESCALATED}'"  # a capture that is not the plain half of a rendering


def utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ArchiveError(f"capture time {value.isoformat()} has no time zone; captures need aware UTC times")
    return value.astimezone(dt.timezone.utc)


def checked_url(url: str, what: str):
    """`urlsplit(url)` with its port read, for a URL a user gave; ArchiveError (one line naming `what`) for
    what urllib refuses: an IPv6 host left unbracketed ('http://[::1'), a port that is no number or is out
    of range."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as e:
        raise ArchiveError(f"{what} {url!r}: not a valid URL ({e})") from None
    return parts


def host_of(url: str) -> str:
    """The site key of a URL: its origin without the scheme -- the lower-case host without a leading 'www.',
    plus the port when it is not the scheme's default ('example.com', 'example.com:8443'): two sites on
    one host with different ports are different sites (RFC 6454's origin; http and https alike). An
    internationalised host is written in its ASCII form ('münchen.de' is 'xn--mnchen-3ya.de', `ascii_host`),
    so that a URL written either way names one site."""
    parts = urlsplit(url)
    host = ascii_host((parts.hostname or "").lower())
    host = host[4:] if host.startswith("www.") else host
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and port != {"http": 80, "https": 443}.get(parts.scheme.lower()):
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return host


def ascii_host(host: str) -> str:
    """A host name in its ASCII form (IDNA 2008 with UTS #46 mapping, the form DNS, HTTP and CDX/SURT
    canonicalisation use): 'Bücher.de' -> 'xn--bcher-kva.de'. A host that is ASCII already, or that IDNA
    refuses, is returned as it is."""
    if host.isascii():
        return host
    import idna
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return host


@dataclass(frozen=True)
class Capture:
    url: str  # the URL asked for: the document's identity
    fetched_at: dt.datetime  # aware datetime; stored as UTC
    status: int  # HTTP status; 304 means "not modified since the stored capture"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # response headers, names lower-cased
    final_url: str | None = None  # after redirects
    redirects: tuple = ()  # ([url, status], ...): each URL that answered with a redirect on the way to final_url
    source: str = "crawl"  # "crawl", "warc:<file name>", "backfill:<archive>", "test"...
    source_ref: str | None = None  # where in the source: a WARC-Record-ID, a memento URL
    site: str | None = None  # the company's key (its homepage host); defaults to host_of(url)
    site_name: str | None = None  # the company's display name, when known
    named_as: str | None = None  # the name the archive that wrote this record gave its company (an exported
    # WARC's `Policy-Archive-Site-Name`): names a company that has none, never renames one
    found_by: str | None = None  # how the crawler found this URL (discovery rule), when it did
    error: str | None = None  # why the fetch failed (status 0: no response), e.g. "timeout", "DNS lookup failed"
    fetcher: str = "html"  # what made the body: "html" (the HTTP response as received) or "browser" (rendered DOM)
    escalation: str | None = None  # why the page was sent to the browser (js_shell, challenge, ...), on both the
    # html capture that was escalated and the browser capture made from it
    original_sha256: str | None = None  # a browser capture: raw_sha256 of the HTTP response it was rendered from

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def site_key(self) -> str:
        return self.site or host_of(self.url)

    # Digests of the body, computed once: the importer, the crawler's pipeline and `record` all ask for
    # them, and a policy page of 700 KB takes a millisecond each.
    @functools.cached_property
    def body_sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @functools.cached_property
    def markup_sha256(self) -> str:
        """The body's hash without what extraction never reads (see `archive.extract.markup_hash`)."""
        from .extract import markup_hash
        return markup_hash(self.body)


@dataclass(frozen=True)
class Outcome:
    status: str  # NEW_VERSION | UNCHANGED | REJECTED | DUPLICATE
    capture_id: int | None = None
    version: int | None = None  # version number in force for this capture, if any
    reason: str | None = None  # why it was rejected
