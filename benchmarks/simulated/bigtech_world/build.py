#!/usr/bin/env python3
"""Generate the bigtech_world hidden-style OTA collection: build.py OUT

The privacy pages of very large platforms, the kind Open Terms Archive's own collections (pga, contrib, france)
follow: a search-and-mail company's privacy centre (US English: left navigation, collapsible sections with
"Expand all", definition pop-ups whose text sits in the DOM, explainer videos with transcripts, an archive of
previous versions, a whole-page redesign in 2023 onto Angular with a new selector kept in a history file), a
social network's UK privacy policy (atomic class names, link shims with per-visit signatures on outbound links,
hydration data, a 2024 chrome redesign), a short-video app's US policy (emotion-hashed class names that change
at every deploy, a US-states supplement in tabs on the same page), a marketplace's UK privacy notice (help-centre
chrome, ref_/session parameters in internal links, "Was this information helpful?"), an operating-system
vendor's French privacy statement (a long statement with product sections and a table of contents; a range
selector), an office suite's Canadian French policy (Loi 25), a ride-hailing and delivery app's French notice
(Base Web / Styletron atomic classes, a role switcher) and a travel-booking site's French privacy statement (aid/sid/label
parameters, currency and 60-language pickers, DMA changes of 2024).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) are services_world's,
run on these pages with this collection's seed, and its `selfcheck.py` (which reads the range selector as
score_adjudicated.py's region_words does).
Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and *.history.json), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_search_us", "p2_social_uk", "p3_shortvideo_us", "p4_marketplace_uk",
              "p5_os_fr", "p6_office_frca", "p7_ridehail_fr", "p8_travel_fr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim12")
