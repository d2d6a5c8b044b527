"""The benchmark runner's smoke run: every section is produced, the byte-exact checks pass, and the
extraction colleague's section of RESULTS.md is kept as it is. No timing is asserted (shared machines)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent

EXTRACTION = """## Extraction
Kept verbatim by run.py: marker 7f3a.

| pipeline | precision |
|---|---|
| ours | 0.9 |
"""


def _rows(text: str, section: str) -> list[list[str]]:
    body = re.split(r"^## ", text, flags=re.M)
    part = next(p for p in body if p.startswith(section + "\n"))
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in part.splitlines()
            if line.startswith("| ") and not line.startswith("| figure")]


def test_quick_run_writes_every_section(tmp_path):
    """On a WARC written here (a user's clone has no dev set beside it): 12 captures of 3 policies."""
    from conftest import URL, at, policy_html, write_warc
    warc = write_warc(tmp_path / "small.warc.gz", [
        (URL.replace("example", f"example{i % 3}"), at(i), 200,
         policy_html({1: f"We use your personal data to run the service (revision {i // 3})."})) for i in range(12)])
    out = tmp_path / "RESULTS.md"
    out.write_text("# old\n\n## Ingest\nold figures\n\n" + EXTRACTION + "\n## Notes by hand\nkeep me too\n")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks/run.py"), "--quick", "--out", str(out),
                           "--work", str(tmp_path / "work"), "--warc", str(warc)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text()
    for section in ("Ingest", "Storage", "Memory", "Lookup", "Crawl", "Extraction"):
        assert f"\n## {section}\n" in text, section
    assert "failed in this run" not in text, text
    assert EXTRACTION.strip() in text  # the colleague's section, untouched
    assert "keep me too" in text and "old figures" not in text
    assert "Machine:" in text and "cores" in text and "Python" in text
    assert "`.venv/bin/python benchmarks/run.py`" in text and "run.py --quick" in text  # the command, and this run's
    storage = {r[0]: r for r in _rows(text, "Storage")}
    exact = storage["byte-exact round trip"]
    assert exact[-1] == "yes", exact
    a, b = re.findall(r"(\d+)/(\d+)", exact[1])[0]
    assert a == b and int(a) > 0
    warc = next(r for k, r in storage.items() if k.startswith("export --format warc"))
    assert warc[-1] == "yes", warc
    for section in ("Ingest", "Storage", "Memory", "Lookup", "Crawl"):
        assert _rows(text, section), section  # a table with figures, not an empty section


def test_simulated_collections_build_the_same_each_time(tmp_path):
    """`benchmarks/simulated.py` scores the archive on collections its generators write: a run must score the
    same collection as the last (seeded generators), in the layout the scorer reads, a WARC response per
    capture the manifest lists."""
    import json
    from warcio.archiveiterator import ArchiveIterator
    from benchmarks.simulated import COLLECTIONS
    for name in COLLECTIONS:
        built = []
        for run in ("one", "two"):
            out = tmp_path / name / run
            subprocess.run([sys.executable, str(ROOT / "benchmarks/simulated" / name / "build.py"), str(out)],
                           check=True, capture_output=True, timeout=120)
            built.append(((out / "manifest.json").read_text(), (out / "truth.json").read_text()))
        assert built[0] == built[1], name
        manifest = json.loads(built[0][0])
        assert len(manifest) == 8 and all((out / "declarations" / f"{m['service']}.json").is_file()
                                          for m in manifest.values())
        with open(out / "snapshots.warc.gz", "rb") as fh:
            records = sum(r.rec_type == "response" for r in ArchiveIterator(fh))
        assert records == sum(len(m["snapshots"]) for m in manifest.values()) > 200
