#!/usr/bin/env python3
"""Generate the everyday_world hidden-style OTA collection: build.py OUT

A municipal e-service, a pharmacy chain, a parcel carrier, an energy retailer, a job board, a crypto exchange,
a streaming service and a real-estate portal, in Polish, Danish, Ukrainian, Bulgarian (windows-1251), Serbian
(Latin), Malay, Persian (RTL) and Mexican Spanish.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_egov_pl", "p2_pharmacy_da", "p3_parcels_uk", "p4_energy_bg",
              "p5_jobs_sr", "p6_crypto_ms", "p7_streaming_fa", "p8_realestate_esmx"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim4")
