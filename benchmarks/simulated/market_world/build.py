#!/usr/bin/env python3
"""Generate the market_world hidden-style OTA collection: build.py OUT

Online platforms' and marketplaces' privacy policies, as the platform-to-business and contributed collections of
Open Terms Archive follow them: a global marketplace's Privacy Notice on its Next.js storefront (CSS-module class
hashes, section nav, "Back to top", country selector, recommendation carousels, __NEXT_DATA__), a food-delivery
platform's Webflow page holding three notices (customers, couriers, restaurants; the curator tracks the customers'
one), a holiday-rental platform's Datenschutzerklärung from Contentful rendered by Nuxt (print / PDF buttons and a
"Frühere Versionen" list, Vue scoped data-v attributes), a second-hand marketplace's policy as a Zendesk Guide
article ("Artículos en esta sección", votes, CSRF), a freelancer platform's informativa on Drupal 10 with footnotes
and an annex table of processors, a game store's integritetspolicy in Bootstrap accordions (some closed), a
ride-hailing app's privacy notice with an EU / UK / US region picker (the curator tracks the EU panel) and a
price-comparison site's flat Nette page with Seznam SSP ad slots and sponsored offers inside the text (an OTA range
selector). English, French, German, Spanish, Italian, Swedish, English and Czech.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_marketplace_en", "p2_fooddelivery_fr", "p3_holidayrental_de", "p4_secondhand_es",
              "p5_freelance_it", "p6_gamestore_sv", "p7_ridehailing_en", "p8_pricecompare_cs"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim22")
