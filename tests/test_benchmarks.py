"""The benchmark runner's smoke run: every section is produced, the byte-exact checks pass, and the
extraction colleague's section of RESULTS.md is kept as it is. No timing is asserted (shared machines)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_WARC = [ROOT.parent / "shared/data/ota-dating/snapshots.warc.gz", Path("/work/shared/data/ota-dating/snapshots.warc.gz")]

pytestmark = pytest.mark.skipif(not any(p.is_file() for p in DEV_WARC), reason="dev-set WARC not available")

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
    out = tmp_path / "RESULTS.md"
    out.write_text("# old\n\n## Ingest\nold figures\n\n" + EXTRACTION + "\n## Notes by hand\nkeep me too\n")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks/run.py"), "--quick", "--out", str(out),
                           "--work", str(tmp_path / "work")], cwd=ROOT, capture_output=True, text=True, timeout=300)
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
