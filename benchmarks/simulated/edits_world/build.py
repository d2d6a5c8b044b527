#!/usr/bin/env python3
"""Generate the edits_world hidden-style OTA collection: build.py OUT

Small real edits in awkward places, amid ordinary noise: a football club, a charity, a public library network, a
law firm, a children's learning app, a travel agency, a mobile carrier (MVNO) and a national lottery operator, in
Latvian (windows-1257), Slovenian, Albanian, Armenian, Azerbaijani, Nepali, Khmer and Amharic. Each page carries
5-7 real edits of the kind a compliance analyst must catch exactly once: one number or one phone digit, a DPO
e-mail or postal address, a link target changed under the same anchor text, a processor added to or removed from a
table row, a <dl>, a nested list, a collapsed accordion or tab panel, a footnote or a <details>, a deleted sentence,
a heading word, a reordered bullet, a moved section, a "last updated" date bumped alone, a one-letter typo, an
inserted "not", a capitalisation-only change of a defined term. Half the sites are quiet (per-request tokens,
deploy hashes only); the others carry one or two volatile widgets of their platform.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_football_lv", "p2_charity_sl", "p3_library_sq", "p4_lawfirm_hy",
              "p5_kidsapp_az", "p6_travel_ne", "p7_mobile_km", "p8_lottery_am"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim8")
