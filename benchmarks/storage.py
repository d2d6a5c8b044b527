"""Storage: what keeping every raw capture costs, whether it comes back byte for byte, and how fast.

On the archive made by the ingest benchmark (the dev WARC imported into a fresh archive):
- bytes per retained capture: the raw_bodies table's size on disk (dbstat) / captures with a body;
- the whole archive file (after a WAL checkpoint) against the gzip WARC it came from;
- the gzip-per-body baseline: every body gzip-compressed on its own (level 6), as a WARC.gz keeps it;
- a random raw read: `get_raw` of a random body on a fresh read-only connection (open included),
  against the same body read from the gzip WARC by seeking to its record (what a CDX index allows);
- byte-exact round trip of every body of the WARC, and of every stored body against its sha256;
- `export --format warc` read back with warcio (digests checked) with bodies byte-equal to the input.

    .venv/bin/python benchmarks/storage.py [--quick]
"""
from __future__ import annotations

import gzip
import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CLI, Context, Row, imported_db, mb, percentile, run_measured

MAX_BYTES_PER_CAPTURE = 3000
MAX_ARCHIVE_VS_WARC = 0.4
MAX_READ_MS = 20.0


def _warc_bodies(warc: Path):
    """(offset, url, date, body) of every response record."""
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as f:
        it = ArchiveIterator(f)
        for rec in it:
            if rec.rec_type != "response":
                continue
            body = rec.content_stream().read()
            yield (it.get_record_offset(), rec.rec_headers.get_header("WARC-Target-URI"),
                   rec.rec_headers.get_header("WARC-Date"), body)


def _read_warc_at(warc: Path, offset: int) -> bytes:
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as f:
        f.seek(offset)
        rec = next(iter(ArchiveIterator(f)))
        return rec.content_stream().read()


def _norm_date(value: str) -> str:
    from archive.store import iso, parse_iso
    return iso(parse_iso(value))


def _table_bytes(conn, table: str) -> int | None:
    try:
        return conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = ?", [table]).fetchone()[0]
    except sqlite3.OperationalError:  # SQLite built without dbstat
        return None


def main(ctx: Context) -> list[Row]:
    from archive.store import get_raw, open_archive, sha256

    db_path, _ = imported_db(ctx)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    captures = conn.execute("SELECT count(*) FROM captures WHERE raw_sha256 IS NOT NULL").fetchone()[0]
    n_bodies, raw_total, data_total = conn.execute(
        "SELECT count(*), sum(size), sum(length(data)) FROM raw_bodies").fetchone()
    raw_disk = _table_bytes(conn, "raw_bodies") or data_total
    index_disk = _table_bytes(conn, "sqlite_autoindex_raw_bodies_1") or 0
    conn.close()
    archive_size = sum(Path(f"{db_path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db_path}{s}").exists())
    warc_size = ctx.warc.stat().st_size

    # every body of the WARC: round trip, gzip-per-body baseline, offsets for the read baseline
    archive = open_archive(db_path, readonly=True)
    archive.raw_cache = None  # measure the store, not the cache
    offsets, gz_total, body_total, n_records, exact = [], 0, 0, 0, 0
    by_capture: dict[tuple[str, str], str] = {}
    for offset, url, date, body in _warc_bodies(ctx.warc):
        n_records += 1
        digest = sha256(body)
        offsets.append((offset, digest))
        by_capture[(url, _norm_date(date))] = digest
        gz_total += len(gzip.compress(body, 6))
        body_total += len(body)
        try:
            exact += get_raw(archive, digest) == body
        except KeyError:
            pass
    stored_ok = sum(sha256(get_raw(archive, s)) == s for (s,) in archive.execute("SELECT sha256 FROM raw_bodies"))
    archive.close()

    # random reads: fresh connection each time (open + get_raw), vs seek + gunzip of the WARC record
    rng = random.Random(6)
    samples = [rng.choice(offsets) for _ in range(60 if ctx.quick else 300)]
    ours_ms, warc_ms = [], []
    for offset, digest in samples:
        t0 = time.perf_counter()
        a = open_archive(db_path, readonly=True)
        body = get_raw(a, digest)
        ours_ms.append((time.perf_counter() - t0) * 1000)
        a.close()
        t0 = time.perf_counter()
        body2 = _read_warc_at(ctx.warc, offset)
        warc_ms.append((time.perf_counter() - t0) * 1000)
        assert body == body2
    depth = dict(sqlite3.connect(db_path).execute("SELECT depth, count(*) FROM raw_bodies GROUP BY depth").fetchall())

    # export --format warc, read back
    out = ctx.work / "export.warc.gz"
    m = run_measured([CLI, "--db", str(db_path), "export", "--format", "warc", "--all-versions", "-o", str(out)])
    exported, equal, readable = 0, 0, m.returncode == 0
    if readable:
        try:
            from warcio.archiveiterator import ArchiveIterator
            with open(out, "rb") as f:
                for rec in ArchiveIterator(f, check_digests="raise"):
                    if rec.rec_type != "response":
                        continue
                    exported += 1
                    body = rec.content_stream().read()
                    want = by_capture.get((rec.rec_headers.get_header("WARC-Target-URI"),
                                           _norm_date(rec.rec_headers.get_header("WARC-Date"))))
                    equal += want is not None and hashlib.sha256(body).hexdigest() == want
        except Exception as e:  # a WARC warcio cannot read is the failure this check is for
            readable = False
            m.stderr += f"\nread back failed: {e}"
    ctx.shared["storage"] = {"round_trip_ok": exact == n_records and stored_ok == n_bodies,
                             "warc_export_ok": readable and exported == equal == captures}

    per_capture = raw_disk / captures if captures else float("nan")
    gz_per_capture = gz_total / n_records
    p50, p95 = percentile(ours_ms, 50), percentile(ours_ms, 95)
    w50, w95 = percentile(warc_ms, 50), percentile(warc_ms, 95)
    return [
        Row("raw bytes per retained capture (raw_bodies on disk / captures)", f"{per_capture / 1000:.2f} KB",
            f"{gz_per_capture / 1000:.1f} KB (gzip per body)", f"{gz_per_capture / per_capture:.0f}x smaller",
            f"<= {MAX_BYTES_PER_CAPTURE / 1000:.0f} KB", per_capture <= MAX_BYTES_PER_CAPTURE,
            f"{captures} captures, {n_bodies} distinct bodies, {mb(raw_total)} raw; zstd {100 * data_total / raw_total:.2f}%"
            f" of raw vs gzip {100 * gz_total / body_total:.1f}%; chain depth counts {depth}; "
            f"sha256 index {mb(index_disk)}"),
        Row("whole archive file vs the gzip WARC", mb(archive_size), f"{mb(warc_size)} (gzip WARC)",
            f"{archive_size / warc_size:.2f}x", f"<= {MAX_ARCHIVE_VS_WARC}x", archive_size / warc_size <= MAX_ARCHIVE_VS_WARC,
            "after a WAL checkpoint; versions' markdown, text and the FTS index included"),
        Row("random raw read p50 / p95 (fresh connection + get_raw)", f"{p50:.1f} / {p95:.1f} ms",
            f"{w50:.1f} / {w95:.1f} ms (seek + gunzip the WARC record)", (f"{w95 / p95:.1f}x faster at p95" if p95 <= w95 else f"{p95 / w95:.1f}x the WARC's time at p95"),
            f"<= {MAX_READ_MS:.0f} ms", p95 <= MAX_READ_MS, f"{len(samples)} random bodies"),
        Row("byte-exact round trip", f"{exact}/{n_records} WARC bodies, {stored_ok}/{n_bodies} stored bodies",
            ok=exact == n_records and stored_ok == n_bodies, target="all"),
        Row("export --format warc read back (warcio, digests checked)",
            f"{equal}/{exported} bodies byte-equal" + ("" if readable else " (UNREADABLE)"),
            f"{captures} captures with a body", f"{mb(out.stat().st_size) if out.exists() else '-'} file",
            "all", readable and exported == equal == captures, f"{m.seconds:.1f} s"),
    ]


if __name__ == "__main__":
    from benchmarks.run import standalone
    standalone("storage")
