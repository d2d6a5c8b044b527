#!/usr/bin/env python3
"""Generate the france_world hidden-style OTA collection: build.py OUT

French services' privacy policies as France's large and mid-size companies publish them, the kind Open Terms
Archive's French collections follow: a telecom operator's "Charte de protection des données personnelles" on Adobe
Experience Manager (Core Components, Didomi, mega-menu, feedback box inside the layout container, chat launcher), a
rail booking app on Next.js (CSS-module class hashes that change on every build, the text again in __NEXT_DATA__),
a regional bank on a Liferay DXP portal (portlets, auth tokens, a fraud-alert banner that comes and goes, an agency
box), a teleconsultation service's policy in a Zendesk Guide help-centre article (votes, section lists, edited-at
line moved by agents' non-text saves), a classified-ads marketplace whose partners table really changes (rows
added, renamed, durations and transfer grounds changed), a public agency on Drupal with the DSFR (fr-header,
fr-breadcrumb, fr-accordion with per-request ids, "Partager la page"), a streaming service whose policy is in tabs
with an English version on the same page that is updated on its own schedule and not selected, and a green-energy
supplier on WordPress + Elementor whose flat page the curators track with a range selector (startBefore/endBefore).
All texts in French, with RGPD / loi Informatique et Libertés / CNIL references.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_telecom_aem", "p2_rail_nextjs", "p3_banque_liferay", "p4_teleconsult_zendesk",
              "p5_annonces_partners", "p6_agence_dsfr", "p7_streaming_tabs", "p8_energie_elementor"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim19")
