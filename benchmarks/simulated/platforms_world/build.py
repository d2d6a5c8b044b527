#!/usr/bin/env python3
"""Generate the platforms_world hidden-style OTA collection: build.py OUT

Platforms as Open Terms Archive tracks them, with the page structure churning rather than per-visit widgets: a
social network, a code host, a generative-AI assistant, a dating app, a video streamer, a messaging app, a
tradespeople marketplace and a browser vendor, in Hungarian, Norwegian (Bokmål), Urdu (RTL), Tagalog, Bengali,
Georgian, Croatian and Catalan.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_social_hu", "p2_codehost_nb", "p3_aiassistant_ur", "p4_dating_tl",
              "p5_streaming_bn", "p6_messaging_ka", "p7_marketplace_hr", "p8_browser_ca"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim5")
