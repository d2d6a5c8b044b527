#!/usr/bin/env python3
"""Generate the travel_world hidden-style OTA collection: build.py OUT

Travel and mobility companies' privacy policies as their sites publish them: a Japanese airline on Sitecore (MVC
renderings, the policy's sections in collapsed accordion panels with visually-hidden "を開く" button text, a live
flight-status ticker, fare teasers, a mileage-campaign banner placed between the sections, a personalisation A/B
hero), an Austrian rail operator on Magnolia CMS (one flat CKEditor text holding the privacy notice *and* a second
document on video surveillance that changes on its own; tracked with a range selector; named HTML entities until
the 2024 relaunch, raw UTF-8 after; disruption alerts inside the range; `~timestamp~cache` resource URLs and
mgnlModelExecutionUUID), a Greek hotel chain on Bloomreach (Hippo) whose FreeMarker site became a Bloomreach SPA
in 2024 (declaration history; jsessionid URL rewriting; webfiles timestamps; booking widget with "N people are
looking", weather and currency switcher), a Vietnamese ride-hailing app on Angular Universal (serverApp-state /
ng-state transfer state, _ngcontent ids and ng-version changing with each build, Angular 17 hydration markers, an
app-download card with a per-visit deep link inside the policy, a generated table of contents), a Thai online
travel agency on Gatsby (Buddhist-era dates, emotion class hashes, webpack compilation hash, travel advisories,
deal strip with live viewers, an inline member-code CTA inside the article), a Norwegian scooter and bike share on
Webflow ("Last Published" comment, website-files CDN move, a w-embed inside the rich text, cookie details in
collapsed Webflow accordions), a Brazilian holiday-rental platform on HubSpot CMS (hsVars render_id and ticks,
5-minute hs-analytics buckets, a smart CTA inside the rich-text module, page A/B test with different module ids and
layouts) and a Korean car-rental firm on Joomla 4 (Cassiopeia; article-info hits counter and modified stamp,
a {loadmodule} availability module inside the article body, prev/next navigation, a "previous versions" select,
joomla-script-options csrf token); in Japanese, Austrian German, Greek, Vietnamese, Thai, Norwegian (Bokmål),
Brazilian Portuguese and Korean.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_airline_sitecore_ja", "p2_rail_magnolia_deat", "p3_hotel_bloomreach_el",
              "p4_ridehail_angular_vi", "p5_ota_gatsby_th", "p6_bikeshare_webflow_nb",
              "p7_holidayrental_hubspot_ptbr", "p8_carrental_joomla_ko"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim26")
