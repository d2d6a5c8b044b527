#!/usr/bin/env python3
"""Generate the outdoor_world hidden-style OTA collection: build.py OUT

Outdoor and recreation: a camping-gear shop, a campsite booking platform, a ski resort, a boat-rental company, a
hiking-trail app, a fishing and hunting shop, a national-park concession and a bike-rental network, in Hungarian,
Basque, Uzbek (Latin), Galician, Marathi, Bulgarian, Khmer and Swiss German; 8 pages, 235 captures, 40 real edits.

- p1_campinggear_hu (Erdőjáró Outdoor): Shopify store policy, Dawn 7.0.1 upgraded to Dawn 12.0.0 in October 2023;
  the policy in Shopify's own `.shopify-policy__container`. Changes between visits: Shopify platform script hashes
  (web pixels manager, shop-js, portable wallets) on every visit, theme `?v=` stamps on theme edits, the sale banner
  of the announcement bar by season, the theme upgrade (header and asset URLs). All outside the container.
- p2_campsites_eu (Aterpe Kanpinak): SvelteKit (Svelte 4) with a Contentful rich-text entry in `{@html}`;
  `article.legal` declared. Changes: the "free this weekend" pitches box beside the article (`aside.availability`,
  campsites, pitches left, prices), the header weather chip, the serialized load data (availability, Contentful
  revision), and on deploys the immutable asset hashes, `__sveltekit_*` and `svelte-*` class hashes (these on the
  article's own elements too, attributes only).
- p3_skiresort_uz (Qorbuloq Resort): 1C-Bitrix, page with two Bootstrap tabs, the policy (`#privacy`, declared) and
  the slope safety rules (`#safety`, another document, its season line changes each autumn). Changes: bitrix_sessid
  and SERVER_TIME in BX.message, the composite-cached snow/lift informer over the header (winter, summer and
  off-season variants), the footer webcam thumbnail and its timestamp, the `?mtime` stamps of Bitrix's CSS/JS cache.
- p4_boatrental_gl (Velas do Morrazo): Wix (Thunderbolt); the policy in two rich-text elements (both declared), the
  rental conditions in a third (not declared; its season line changes each spring). Fairly clean: Wix's viewer
  model (request id, visitor session, Thunderbolt version and bundle hashes, siteRevision on republish).
- p5_trails_mr (Dongarvata): Angular Universal 15, upgraded to Angular 17 with hydration in February 2024;
  `section.legal-page` declared with `app-store-badges` removed. Changes: the trip-report feed beside the section,
  the store badge's live rating count inside the section (removed), the TransferState copy of both, the monsoon
  trail-closure banner (June-September), and on deploys bundle hashes and `_ngcontent-*` ids (on the section's own
  elements, attributes only).
- p6_fishinghunting_bg (Trofei Shop): OpenCart 3.0.3.8 behind Cloudflare; `#content` declared with `.box-special`
  removed. Changes: the content_bottom specials box inside `#content` (four discounted products each visit,
  removed), Cloudflare's email obfuscation of the policy's mailto links inside `#content` (new key every response,
  link targets only, not removed), the Insights beacon's rayId, the top bar's seasonal notice.
- p7_parkconcession_km (Cardamom Ridge Camp): Squarespace 7.1; one page section declared, holding a text block, a
  code block with a summary table and an accordion block with every section collapsed. Fairly clean: rollup bundle
  hashes, website.contentModifiedOn in the static context, the rainy-/dry-season announcement bar.
- p8_bikerental_dech (Velopunkt): Zendesk Guide article (Copenhagen theme); `#main-content` declared with the author
  block, votes, "more questions", "back to top" and related articles removed (all inside the article). Changes: the
  CSRF token, vote counts, related articles, edited_at after re-saves (all but the token inside the article and
  removed), the theme `?digest=` and static.zdassets.com hashes.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py` are
services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz,
OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_campinggear_hu", "p2_campsites_eu", "p3_skiresort_uz", "p4_boatrental_gl",
              "p5_trails_mr", "p6_fishinghunting_bg", "p7_parkconcession_km", "p8_bikerental_dech"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim50d")
