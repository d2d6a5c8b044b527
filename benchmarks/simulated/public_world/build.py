#!/usr/bin/env python3
"""Generate the public_world hidden-style OTA collection: build.py OUT

Privacy notices of public bodies and public-interest organisations, on the design systems and CMSs governments
and NGOs use: a UK grant scheme's notice on GOV.UK (publishing components, change-history list, survey and
emergency banners, the 2023 crown and 2025 brand refresh), an NHS foundation trust on the NHS.UK frontend
("Page last reviewed / Next review due" inside the article, industrial-action alerts), a Canadian federal
programme on Canada.ca's WET/GCWeb template in French ("Date de modification" set at every republish, service
alerts inside <main>), a European Commission representation's data protection notice on ECL in Italian (24-language
selector, DPR-EC record number, ECL 3 -> ECL 4 migration), a New Zealand district council on Squiz Matrix then
OpenCities (CMS "Last updated" stamp, fire-season / road-closure alert band, "Was this page helpful?", a
selector change recorded in the declaration's history), a Lower Saxony state office on Government Site Builder
("Stand", jsessionid in chrome links, Leichte Sprache / Gebärdensprache), a Polish children's-aid foundation on
WordPress (donation total and petition counter boxes inside the policy's own container) and a Brazilian federal
agency on the gov.br Plone portal ("Publicado em / Atualizado em", VLibras, barra do governo), in English,
Canadian French, Italian, German, Polish and Brazilian Portuguese.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_govuk_en", "p2_nhs_trust_en", "p3_canada_fr", "p4_ec_rep_it",
              "p5_council_nz", "p6_landesamt_de", "p7_foundation_pl", "p8_govbr_pt"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim17")
