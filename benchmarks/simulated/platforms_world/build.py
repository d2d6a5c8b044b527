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
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_social_hu", "p2_codehost_nb", "p3_aiassistant_ur", "p4_dating_tl",
              "p5_streaming_bn", "p6_messaging_ka", "p7_marketplace_hr", "p8_browser_ca"]

if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT")
    spec = importlib.util.spec_from_file_location("services_world_build", GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    generator.main(sys.argv[1], PAGE_FILES, os.path.join(HERE, "pages"), "sim5")
