#!/usr/bin/env python3
"""Generate the health_world hidden-style OTA collection: build.py OUT

Health and wellbeing services' privacy policies, each on the platform its company really runs: a Dutch online-GP
service on Contentful + Next.js (an A/B-tested embedded-entry CTA with a live "doctors online" figure inside the
rich text, an in-article table of contents, Contentful's sys.updatedAt in the article footer, a Pages-router to
App-Router migration), a Danish period and fertility tracker on Framer (hashed framer-* classes that churn at each
publish, appear-animation styles, an "App Banner" component with live ratings inside the legal frame), an
Australian mental-health app on Squarespace 7.1 (crisis-line block and a second document, the clinicians'
collection notice, in the same page; announcement bar; classic layout converted to Fluid Engine), a Polish online
pharmacy on Shopify (Dawn theme upgrades, Omnibus "lowest price in 30 days" bestseller strip, cart and pixel
tokens, a processors table that grows), a Hungarian wearable maker on Adobe Experience Manager (sections in Core
Components accordion panels, collapsed, with an edit inside a hidden panel; Adobe Target teaser and experience
fragment inside the legal container; data-layer modifyDate attributes), a Mexican clinical-lab chain on Drupal 10
(the "Aviso de Privacidad Integral" and the "Aviso Simplificado" as two Paragraphs on one node, the simplified one
edited on its own; extlink icons; form_build_id tokens; aggregated asset hashes), an Italian health insurtech's
Bubble app (policy sections from the database in a repeating group, Bubble session ids and deploy stamps, an
assistance box with a live operator count inside the policy group), and a Swiss French dental-clinic chain on Wix
(wixGuard spacers that come and go when the text is re-saved, viewer-model request ids and site revisions, rebuilt
in Wix Studio in 2025 so the text element's comp id and the selector change: a history file); in Dutch, Danish,
Australian English, Polish, Hungarian, Mexican Spanish, Italian and Swiss French.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_telehealth_nl", "p2_cycle_tracker_da", "p3_mental_health_au", "p4_pharmacy_pl",
              "p5_wearable_hu", "p6_lab_tests_mx", "p7_insurer_app_it", "p8_dental_ch"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim24")
