#!/usr/bin/env python3
"""Generate the retail_world hidden-style OTA collection: build.py OUT

Retailers' and consumer brands' privacy policies as their sites publish them: a Hungarian fashion retailer on
Salesforce Commerce Cloud SFRA (Page-Show of a content asset: the asset name as the hero's h1.page-title, the body
in div.content-asset; the header-banner promotion slot with seasonal sales and a Black Friday end date, the
newsletter form's csrf_token), a Lithuanian supermarket chain with a loyalty card on Optimizely CMS 11 (article
title and XhtmlString body, a legal sub-menu and a contact teaser block beside them, the weekly leaflet strip's
validity dates, the Episerver Forms __RequestVerificationToken), a Vietnamese cosmetics brand on Shopify Plus
(Shopify's own /policies/ template inside the Dawn theme; the __st reqid, announcement-bar slides with 9.9 /
11.11 / 12.12 flash-sale day counters and Tết gift sets, ?v= cache-busters, a country/currency selector that grows
with Shopify Markets, Dawn 7 -> 11 -> 15 upgrades), an Israeli furniture chain on Adobe Commerce (Magento 2.4)
with PageBuilder, right-to-left (one CMS page holding the terms of sale and, in a row with a CSS class, the privacy
policy; form_key, static deploy versions, a sale countdown bar, data-pb-style ids regenerated on every save, a
Catalog Products List widget with prices and stock badges, the terms' own edits), a Japanese consumer-electronics
maker on AEM core components (every section in a collapsed accordion panel; a region picker, a product-support
notices experience fragment inside main - firmware updates, recalls, holiday closures - and Akamai Bot Manager's
per-request pixel), a Chilean sportswear brand on Contentstack + Next.js App Router (the document streamed in a
hidden S:0 div after a Suspense skeleton and repeated in the RSC payload; CSP nonces, build ids, an A/B promo bar
with CyberDay / Black Friday countdowns, a best-sellers rail with prices, a 2024 redesign renaming CSS-module
hashes and moving the PDF link into the article), a Thai toy maker on Drupal 10 with Paragraphs (the parents'
PDPA notice with a children's notice paragraph between its parts, Buddhist-era dates; form_build_id and aggregate
hashes) and a Swiss DIY chain on SAP Commerce (privacy statement and cookie policy in tabs; the Accelerator
storefront with CSRFToken and ;jsessionid= links, then Spartacus SSR from April 2024 - the declaration has a
history; Dynatrace rid, a store-locator widget with open-now status, today's hours and public holidays, the
weekly deal slot); in Hungarian, Lithuanian, Vietnamese, Hebrew, Japanese, Chilean Spanish, Thai and Swiss German.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_fashion_sfcc_hu", "p2_supermarket_optimizely_lt", "p3_cosmetics_shopify_vi",
              "p4_furniture_magento_he", "p5_electronics_aem_ja", "p6_sportswear_next_cl", "p7_toymaker_drupal_th",
              "p8_diy_hybris_chde"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim31")
