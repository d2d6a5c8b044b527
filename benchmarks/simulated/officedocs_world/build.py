#!/usr/bin/env python3
"""Generate the officedocs_world hidden-style OTA collection: build.py OUT

Privacy policies written in office and note tools and published as those tools' HTML, as small and mid-sized
services do: a Google Docs document "Published to the web" (class names and list ids renumbered at every
republish, runs split into spans differently, footnotes, the publish banner, google.com/url redirect links), a
Word document pasted into WordPress (MsoNormal / MsoListParagraph with mso-list:Ignore bullets, <o:p>, a table of
processors, a later re-paste through the block editor), a Notion page published through Super.so, a LibreOffice
Writer HTML export behind Cloudflare (email obfuscation, re-exports that turn line breaks into paragraphs), a
Confluence Server page with a Table of Contents macro, a Carrd one-pager whose hidden privacy section sits among
a studio's weekly timetable, a Hugo page rendered from Markdown, and a Word "Save as Web Page" .htm file
(windows-1252, re-saved over the years).

Services and languages: a Norwegian cabin-sharing app (bokmål), a Polish dental clinic, an Indonesian online
coding school, a Hungarian hostel, a Greek payroll SaaS, an Israeli pilates studio (Hebrew, RTL), a Turkish
e-invoicing SaaS and an Irish veterinary practice (English).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_cabins_nb", "p2_dental_pl", "p3_courses_id", "p4_hostel_hu",
              "p5_payroll_el", "p6_pilates_he", "p7_einvoice_tr", "p8_vets_en"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim13")
