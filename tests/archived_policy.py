"""Ten years of a company's privacy policy as a web archive saw it, written as a real WARC for pywb.

The capture history a backfill meets in a real archive: identical captures (one a `revisit` record),
captures whose bytes differ but whose text does not (a rotating token; the same text in windows-1252),
real edits, a 404 period, the policy moving to a new URL behind a 301, and the homepage of several years
linking the policy's URL of its time. `EXPECTED` says what a backfill must make of it.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import SECTIONS, policy_html

HOME = "https://www.examplecorp.com/"
OLD = "https://www.examplecorp.com/privacy"
NEW = "https://www.examplecorp.com/legal/privacy-policy"
UTF8 = "text/html; charset=utf-8"


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)


def _policy(n: int) -> bytes:
    """Text n (1..6) of the policy: each adds a real edit to the one before; non-ASCII on purpose."""
    edits = {0: SECTIONS[0][1] + " Our representative’s office is in Zürich."}
    if n >= 2:
        edits[3] = SECTIONS[3][1] + " We will answer every request within one month."
    if n >= 3:
        edits[4] = ("We keep your personal data for as long as your account is open and for one year after it is "
                    "closed, as the General Data Protection Regulation requires.")
    if n >= 4:
        edits[2] = SECTIONS[2][1] + " We list every processor on a page of its own, updated each quarter."
    if n >= 5:
        edits[5] = ("We use cookies only with your consent, except those strictly needed to run the service. "
                    "You can change your choice at any time in the cookie settings.")
    if n >= 6:
        edits[6] = ("Write to our data protection officer at dpo@examplecorp.com or to ExampleCorp GmbH, "
                    "Hauptstraße 1, 10115 Berlin, Germany.")
    return policy_html(edits, updated=f"version {n}")


def _legacy(body: bytes) -> bytes:
    """The same page served in windows-1252, declared in its meta tag."""
    html = body.decode("utf-8").replace("<meta charset='utf-8'>", "<meta charset='windows-1252'>")
    return html.encode("cp1252")


def _token(body: bytes, token: str) -> bytes:
    """The same page with a rotating token in a script: other bytes, the same text."""
    return body.replace(b"</head>", f"<script>var csrf='{token}';</script></head>".encode())


def _home(policy_url: str) -> bytes:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>ExampleCorp</title></head><body>"
            "<main><h1>ExampleCorp makes example products</h1><p>Welcome to our shop.</p></main>"
            f"<footer><a href='/terms'>Terms of Service</a> <a href='{policy_url}'>Privacy Policy</a> "
            "<a href='/imprint'>Imprint</a></footer></body></html>").encode()


NOT_FOUND = b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"

# (url, time, status, body, content type, extra headers, revisit of an earlier identical capture?)
CAPTURES = [
    (HOME, t("2015-03-01T08:00:00"), 200, _home("/privacy"), UTF8, {}, False),
    (OLD, t("2015-02-10T10:00:00"), 200, _policy(1), UTF8, {}, False),
    (OLD, t("2015-06-01T10:00:00"), 200, _policy(1), UTF8, {}, False),
    (OLD, t("2015-11-20T10:00:00"), 200, _policy(1), UTF8, {}, True),  # a revisit record
    (OLD, t("2016-03-15T10:00:00"), 200, _legacy(_policy(1)), "text/html", {}, False),
    (OLD, t("2016-09-01T10:00:00"), 200, _token(_policy(1), "a81f3c"), UTF8, {}, False),
    (OLD, t("2017-04-10T10:00:00"), 200, _policy(2), UTF8, {}, False),
    (OLD, t("2017-10-01T10:00:00"), 200, _policy(2), UTF8, {}, False),
    (OLD, t("2018-05-25T10:00:00"), 200, _policy(3), UTF8, {}, False),
    (OLD, t("2018-12-01T10:00:00"), 200, _policy(3), UTF8, {}, False),
    (HOME, t("2019-01-01T08:00:00"), 200, _home("https://www.examplecorp.com/privacy"), UTF8, {}, False),
    (OLD, t("2019-03-01T10:00:00"), 404, NOT_FOUND, UTF8, {}, False),
    (OLD, t("2019-07-01T10:00:00"), 404, NOT_FOUND, UTF8, {}, False),
    (OLD, t("2019-11-01T10:00:00"), 200, _policy(3), UTF8, {}, False),
    (OLD, t("2020-06-01T10:00:00"), 200, _policy(4), UTF8, {}, False),
    (OLD, t("2021-02-01T10:00:00"), 301, b"", UTF8, {"Location": NEW}, False),
    (NEW, t("2021-02-01T10:00:01"), 200, _policy(4), UTF8, {}, False),
    (OLD, t("2021-08-01T10:00:00"), 301, b"", UTF8, {"Location": NEW}, False),
    (HOME, t("2022-01-01T08:00:00"), 200, _home("/legal/privacy-policy"), UTF8, {}, False),
    (NEW, t("2022-03-01T10:00:00"), 200, _policy(5), UTF8, {}, False),
    (NEW, t("2023-01-15T10:00:00"), 200, _policy(5), UTF8, {}, False),
    (HOME, t("2024-01-01T08:00:00"), 200, _home("/legal/privacy-policy"), UTF8, {}, False),
    (NEW, t("2024-06-01T10:00:00"), 200, _token(_policy(6), "77e0d2"), UTF8, {}, False),
    (NEW, t("2024-11-01T10:00:00"), 200, _token(_policy(6), "90b1aa"), UTF8, {}, False),
]

# What a backfill of each URL must give: the first_seen of each version (one per distinct real text), and
# the rejected captures by reason.
EXPECTED = {
    OLD: {"first_seen": ["2015-02-10T10:00:00Z", "2017-04-10T10:00:00Z", "2018-05-25T10:00:00Z",
                         "2020-06-01T10:00:00Z"],
          "last_seen": ["2016-09-01T10:00:00Z", "2017-10-01T10:00:00Z", "2019-11-01T10:00:00Z",
                        "2020-06-01T10:00:00Z"],
          "rejected": {"http_404": 2, "http_301": 2}},
    NEW: {"first_seen": ["2021-02-01T10:00:01Z", "2022-03-01T10:00:00Z", "2024-06-01T10:00:00Z"],
          "last_seen": ["2021-02-01T10:00:01Z", "2023-01-15T10:00:00Z", "2024-11-01T10:00:00Z"],
          "rejected": {}},
}


def write_history(path: Path, captures=CAPTURES) -> Path:
    """The captures as one gzip WARC, in time order, as a crawler would have written them: `response`
    records, and a `revisit` (identical payload digest) where a capture repeats an earlier one."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        first_of: dict[tuple[str, bytes], tuple[str, str]] = {}
        for url, when, status, body, ctype, extra, revisit in sorted(captures, key=lambda c: c[1]):
            headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), *extra.items()]
            http = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'X'}", headers, protocol="HTTP/1.1")
            date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            if revisit:
                ref_id, ref_date = first_of[(url, body)]
                record = writer.create_revisit_record(url, digest=_payload_digest(body), refers_to_uri=url,
                                                      refers_to_date=ref_date, http_headers=http,
                                                      warc_headers_dict={"WARC-Date": date})
                record.rec_headers.add_header("WARC-Refers-To", ref_id)
            else:
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                   warc_headers_dict={"WARC-Date": date})
                first_of.setdefault((url, body), (record.rec_headers.get_header("WARC-Record-ID"), date))
            writer.write_record(record)
    return path


def _payload_digest(body: bytes) -> str:
    import base64
    import hashlib
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


DENSE = "https://www.densecorp.com/privacy"


def dense_captures(url: str = DENSE) -> list[tuple]:
    """A policy captured every week for ten years (2015-2024), as a popular page is: 522 captures of six
    texts (one per edit), with a four-week 404 outage in 2019. Distinct contents: 7."""
    texts = {2015: 1, 2016: 1, 2017: 2, 2018: 3, 2019: 3, 2020: 4, 2021: 4, 2022: 5, 2023: 5, 2024: 6}
    out = []
    when = t("2015-01-05T12:00:00")
    while when.year < 2025:
        if when.year == 2019 and when.month == 6:
            out.append((url, when, 404, NOT_FOUND, UTF8, {}, False))
        else:
            out.append((url, when, 200, _policy(texts[when.year]), UTF8, {}, False))
        when += dt.timedelta(days=7)
    return out
