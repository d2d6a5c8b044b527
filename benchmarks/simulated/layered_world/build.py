#!/usr/bin/env python3
"""Generate the layered_world hidden-style OTA collection: build.py OUT

Layered and structured privacy notices as regulators recommend them and real sites publish them (a summary layer
above the full text, key-point cards, a "what / why / how long" table, short/full tabs, a teen version in a side box,
a just-in-time notice block, FAQ accordions, numbered sections with "back to top" links, tables of contents, print /
PDF / previous-version areas, version history tables, an explainer video with its transcript): a telehealth app, a
DNA-testing service, a VPN provider, a smart-home device maker, a supermarket loyalty programme, an e-signature SaaS,
a cinema chain and a parking app, in Sinhala, Afrikaans, Lao, Gujarati, Maltese, Basque, Macedonian and Mongolian
(Cyrillic).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_telehealth_si", "p2_dnatest_af", "p3_vpn_lo", "p4_smarthome_gu",
              "p5_loyalty_mt", "p6_esign_eu", "p7_cinema_mk", "p8_parking_mn"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim9")
