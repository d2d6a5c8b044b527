"""A synthetic archive at scale for the lookup and memory benchmarks: by default 2,000 companies with one
privacy policy each and 50 versions per policy (100,000 versions, 100,000 captures, 100,000 raw bodies).

    .venv/bin/python benchmarks/synthetic.py OUT.db [--docs 2000] [--versions 50]

It is a benchmark fixture, not an archive anyone crawled: rows are written straight into the store's
schema with bulk `executemany` in one transaction, bypassing `archive.record`. `record` extracts text
from HTML with trafilatura (about a tenth of a second per capture on this machine) and settles one capture
per transaction, so building 100,000 versions through it would take hours and would measure extraction,
which the ingest benchmark already does. What the lookups read is the same as in a real archive: the
schema comes from `open_archive` (all migrations), sites / documents / captures / versions / raw_bodies
hold consistent rows (each version has the capture it was made from, whose raw body is stored
zstd-compressed and readable with `get_raw`), the FTS index is filled by its triggers, and version
times are ISO 8601 UTC with `Z` like the ones `record` writes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

START = dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc)
WORDS = ("data personal information we you your use share process collect cookies consent rights access "
         "delete request service services third parties partners advertising analytics account security "
         "retain retention period law legal basis legitimate interest contract transfer countries safeguards "
         "children age contact officer protection controller processor email address device location "
         "payment marketing communications opt out object restrict portability complaint authority update "
         "policy changes notice effective date profile content messages photos matches preferences").split()
SECTIONS = ["Who we are", "What data we collect", "How we use your data", "Legal bases", "Sharing",
            "International transfers", "Retention", "Your rights", "Cookies", "Children", "Security",
            "Changes to this policy", "Contact us"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 11))]
    return " ".join(words).capitalize() + "."


def _policy(rng: random.Random, name: str) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(2)) for _ in SECTIONS]


def _render(name: str, paras: list[str], number: int) -> tuple[str, str, str]:
    md = [f"# {name} Privacy Policy", "", f"Last updated: version {number}", ""]
    for sec, para in zip(SECTIONS, paras):
        md += [f"## {sec}", "", para, ""]
    markdown = "\n".join(md)
    text = "\n".join(line.lstrip("# ") for line in md)
    html = (f"<!DOCTYPE html><html><head><title>{name} Privacy Policy</title></head><body><main>"
            + "".join(f"<h2>{s}</h2><p>{p}</p>" for s, p in zip(SECTIONS, paras)) + "</main></body></html>")
    return markdown, text, html


def iso(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def build(path: str | Path, docs: int = 2000, versions: int = 50, seed: int = 6) -> dict:
    """Write the synthetic archive at `path` (replacing it). Returns what was made and how long it took."""
    import zstandard

    from archive.extract import EXTRACTOR_VERSION
    from archive.store import open_archive, transaction

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = open_archive(path)
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")  # checked once at the end instead of per row
    # a fixture built in one go: no WAL to grow to the size of the file, no fsync; back to WAL at the end
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    rng = random.Random(seed)
    zc = zstandard.ZstdCompressor(level=3)
    created = iso(START)
    cap_id = ver_id = 0
    spans: dict[str, tuple[str, str]] = {}
    with transaction(db):
        for d in range(1, docs + 1):
            key = f"company{d:05d}.example"
            name = f"Company {d:05d}"
            conn.execute("INSERT INTO sites (id, key, name, homepage, created_at) VALUES (?, ?, ?, ?, ?)",
                         [d, key, name, f"https://www.{key}/", created])
            conn.execute("INSERT INTO documents (id, site_id, url, kind, found_by, created_at) "
                         "VALUES (?, ?, ?, 'privacy_policy', 'synthetic', ?)",
                         [d, d, f"https://www.{key}/privacy", created])
            paras = _policy(rng, name)
            when = START + dt.timedelta(days=rng.randint(0, 60), seconds=rng.randint(0, 86399))
            bodies, caps, vers = [], [], []
            for n in range(1, versions + 1):
                if n > 1:
                    paras[rng.randrange(len(paras))] = " ".join(_sentence(rng) for _ in range(2))
                markdown, text, html = _render(name, paras, n)
                body = html.encode()
                raw_sha = hashlib.sha256(body).hexdigest()
                chash = hashlib.sha256(" ".join(markdown.split()).encode()).hexdigest()
                nxt = when + dt.timedelta(days=rng.randint(5, 60), seconds=rng.randint(0, 86399))
                last = nxt - dt.timedelta(days=1) if n < versions else when + dt.timedelta(days=3)
                cap_id += 1
                ver_id += 1
                bodies.append((raw_sha, len(body), None, 0, zc.compress(body)))
                caps.append((cap_id, d, iso(when), f"https://www.{key}/privacy", f"https://www.{key}/privacy", 200,
                             "text/html; charset=utf-8", None, None, json.dumps({"content-type": "text/html"}),
                             raw_sha, "synthetic", "new_version", None, ver_id, chash, EXTRACTOR_VERSION))
                vers.append((ver_id, d, n, iso(when), iso(last), chash, markdown, text, f"{name} Privacy Policy",
                             "en", None, len(text.split()), 1, cap_id, EXTRACTOR_VERSION))
                when = nxt
            spans[key] = (vers[0][3], vers[-1][3])
            conn.executemany("INSERT OR IGNORE INTO raw_bodies (sha256, size, base_sha256, depth, data) "
                             "VALUES (?, ?, ?, ?, ?)", bodies)
            conn.executemany("INSERT INTO versions (id, document_id, number, first_seen, last_seen, content_hash, "
                             "markdown, text, title, language, declared_date, word_count, captures, "
                             "first_capture_id, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", vers)
            conn.executemany("INSERT INTO captures (id, document_id, fetched_at, url, final_url, status, content_type, "
                             "etag, last_modified, headers, raw_sha256, source, outcome, reason, version_id, "
                             "content_hash, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             caps)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    conn.execute("PRAGMA foreign_keys=ON")
    # no ANALYZE: a real archive has no planner statistics either, and lookups must be fast without them
    conn.execute("PRAGMA journal_mode=WAL")
    db.close()
    if problems:
        raise RuntimeError(f"synthetic archive has dangling references: {problems[:5]}")
    return {"path": path, "docs": docs, "versions": docs * versions, "seconds": time.perf_counter() - t0,
            "size": path.stat().st_size, "spans": spans}


def ensure(ctx) -> dict:
    """The run's synthetic archive, built once and shared by the benchmarks that read it."""
    if "synthetic" not in ctx.shared:
        ctx.shared["synthetic"] = build(ctx.work / "synthetic.db", ctx.lookup_docs, ctx.lookup_versions)
    return ctx.shared["synthetic"]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--versions", type=int, default=50)
    a = ap.parse_args()
    info = build(a.out, a.docs, a.versions)
    print(f"{info['versions']} versions of {info['docs']} documents in {info['seconds']:.1f} s, "
          f"{info['size'] / 1e6:.0f} MB: {info['path']}")
