"""Memory: peak RSS of the whole-WARC import and of a Parquet export of every version.

Peak memory is sampled (psutil and /proc, every 50 ms) over the whole process tree: the import's
extraction pool counts, which `/usr/bin/time -v` (largest single process) would hide. Two sums are
given: PSS (shared pages divided among the processes sharing them: what the tree really holds) and
RSS (every page a forked worker shares with its parent counted again in each: an upper bound). The
target is checked on the RSS sum, the stricter of the two. Baselines, same
run: the plain trafilatura loop over the same WARC (ingest.py) for the import, and for the export a
naive Parquet writer that fetches every version into memory and writes one table (what streaming avoids).
The export is measured on the dev archive and on the 100,000-version synthetic archive (synthetic.py).

    .venv/bin/python benchmarks/memory.py [--quick]
"""
from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks.common import CLI, Context, Row, baseline_loop, imported_db, mb, run_measured

MAX_RSS = 300e6


def naive_parquet(db_path: str, out: str) -> None:
    """Every version in one list, one pyarrow table, one write: the non-streaming way."""
    import sqlite3

    import pyarrow as pa
    import pyarrow.parquet as pq

    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(
        "SELECT s.key AS site, d.url, v.number AS version, v.first_seen, v.last_seen, v.content_hash, v.markdown, "
        "v.text, v.title, v.language, v.declared_date, v.word_count, v.captures FROM versions v "
        "JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id ORDER BY s.key, d.url, v.number")]
    pq.write_table(pa.Table.from_pylist(rows), out, compression="zstd")


def _export(ctx: Context, db: Path, name: str) -> tuple:
    out = ctx.work / f"{name}.parquet"
    m = run_measured([CLI, "--db", str(db), "export", "--format", "parquet", "--all-versions", "-o", str(out)])
    if m.returncode != 0:
        raise RuntimeError(f"parquet export failed: {m.stderr[-2000:]}")
    naive = run_measured([sys.executable, __file__, "--naive-parquet", str(db), str(ctx.work / f"{name}-naive.parquet")])
    if naive.returncode != 0:
        raise RuntimeError(f"naive parquet export failed: {naive.stderr[-2000:]}")
    import pyarrow.parquet as pq
    rows = pq.ParquetFile(out).metadata.num_rows
    return m, naive, rows, out.stat().st_size


def main(ctx: Context) -> list[Row]:
    db, imp = imported_db(ctx)
    base = baseline_loop(ctx)
    rows = [Row("import-warc peak RSS (process tree: writer + extraction pool)",
                f"{mb(imp.peak_tree_rss)} (PSS {mb(imp.peak_tree_pss)})",
                f"{mb(base.peak_tree_rss)} (plain trafilatura loop, 1 process)",
                f"{imp.peak_tree_rss / base.peak_tree_rss:.1f}x", f"<= {MAX_RSS / 1e6:.0f} MB",
                imp.peak_tree_rss <= MAX_RSS,
                f"largest single process {mb(imp.peak_single_rss)}; {ctx.warc.name}, "
                f"{ctx.warc.stat().st_size / 1e6:.0f} MB")]
    syn = synthetic.ensure(ctx)
    for label, path, name in (("dev archive", db, "dev"), (f"synthetic, {syn['versions']:,} versions", syn["path"], "synthetic")):
        m, naive, n, size = _export(ctx, path, name)
        rows.append(Row(f"export --format parquet --all-versions peak RSS ({label})",
                        f"{mb(m.peak_tree_rss)} (PSS {mb(m.peak_tree_pss)})",
                        f"{mb(naive.peak_tree_rss)} (naive: all rows in memory)",
                        (f"{naive.peak_tree_rss / m.peak_tree_rss:.1f}x less" if m.peak_tree_rss < naive.peak_tree_rss
                         else f"{m.peak_tree_rss / naive.peak_tree_rss:.2f}x the naive (data this small fits either way)"), f"<= {MAX_RSS / 1e6:.0f} MB",
                        m.peak_tree_rss <= MAX_RSS, f"{n:,} rows, {mb(size)} file, {m.seconds:.1f} s "
                        f"(naive {naive.seconds:.1f} s)"))
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--naive-parquet"]:
        naive_parquet(sys.argv[2], sys.argv[3])
        sys.exit(0)
    from benchmarks.run import standalone
    standalone("memory")
