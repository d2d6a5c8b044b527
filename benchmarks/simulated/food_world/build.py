#!/usr/bin/env python3
"""Generate the food_world hidden-style OTA collection: build.py OUT

Food and hospitality services' privacy policies as their sites publish them: a Finnish burger chain's app and
loyalty programme on Strapi + Gatsby (nightly builds baking today's offer and today's restaurant hours into the
HTML, webpack chunk and CSS-module class hashes, a Gatsby 4 -> 5 upgrade, a seasonal campaign card in an <aside>
inside the <article>), a Filipino grocery-delivery app's Expo Router static web export (React Native Web <div>s
with atomic classes renamed by two React Native Web upgrades, headings as role="heading" Texts, a sub-processor
table of Views, Cloudflare's per-request challenge snippet, entry-bundle hashes; declared by its testID), a
Canadian meal-kit subscription on Shopify (Dawn) with Recharge (Shopify's policy page; __st's per-request reqid and
DST offset, the announcement bar's weekly promo and order cut-off, Dawn 9 -> 11 -> 15 published as new themes), a
Slovenian coffee chain's loyalty-app policy on WordPress + WPBakery (a weekly double-points row and a seasonal row
above the policy with fresh vc_custom ids, the processing purposes in a collapsed vc_tta accordion, today's café
hours in the footer, per-visit nonces, js_composer 6 -> 7), a Latvian craft brewery on Squarespace 7.1 (an age
gate by code injection; the policy in two HTML blocks declared by their yui ids and the cookie notice with its own
table in a third, edited in 2024; rollup hashes, contentModifiedOn, an events summary in the footer, a Fluid
Engine conversion keeping the block ids), a Serbian Cyrillic recipe and food-news site on WordPress + Newspaper
(Ad Inserter blocks between the policy's paragraphs, comments under the policy with Akismet's per-visit fields,
today's date and Belgrade's weather, a news ticker, trending recipes with view counts; the move from Newspaper
10's classic page to a tagDiv Cloud template gives the declaration a history), a Malaysian bakery franchise on
Wix (two rich-text boxes of policy and the online pre-order terms in a third, per-visit requestId and sessionId,
Thunderbolt CSS-hash classes, siteRevision, weekly promo strip and festive banners; the page rebuilt in 2024 with
new comp ids, so a history) and a Kenyan food-bank charity on Drupal 9 with Paragraphs (the notices for donors,
volunteers, beneficiaries and partners in a collapsed Bootstrap accordion, a donation block with the per-visit
form_build_id and the campaign's progress, aggregate file names); in Finnish, Filipino, Canadian English,
Slovenian, Latvian, Serbian (Cyrillic), Malay and Swahili.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_burger_strapi_gatsby_fi", "p2_grocery_expo_tl", "p3_mealkit_shopify_enca", "p4_coffee_wpbakery_sl",
              "p5_brewery_squarespace_lv", "p6_recipes_newspaper_sr", "p7_bakery_wix_ms", "p8_foodbank_drupal_sw"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim33")
