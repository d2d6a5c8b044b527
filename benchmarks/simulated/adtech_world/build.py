#!/usr/bin/env python3
"""Generate the adtech_world hidden-style OTA collection: build.py OUT

Privacy notices of advertising-technology, analytics and data companies, one language per page:
- p1 Halyard Exchange (programmatic SSP), US English, WordPress 6 + Elementor Pro (Hello theme), Yoast, Cloudflare:
  the opt-out shortcode inside the policy prints the visitor's own exchange cookie id, status and a wp nonce
  (curators remove #hx-optout); Elementor/WP versions and post-CSS ?ver= stamps, the header's "bid requests a day"
  stat, a webinar bar and Cloudflare's beacon token change outside.
- p2 Tally (mobile-attribution SDK vendor), British English, Docusaurus 3 developer docs: fairly clean; asset hashes
  change on every redeploy, navbar SDK version, announcement bar, git "Last updated on ... by" stamp (outside
  .theme-doc-markdown).
- p3 Mesura (web-analytics vendor), French, Webflow (Client-First) + Axeptio: fairly clean; "Last Published"
  comment and hashed CSS/JS names on every publish, asset CDN host move in 2024, Axeptio cookiesVersion, webinar
  strip.
- p4 Konsentia (consent-management platform), German, Drupal 10 (Paragraphs accordion: sections collapsed):
  the rendered cookie declaration inside the cookie section shows a fresh consent ID/date and the monthly scan
  date and cookie table (curators remove #KCDeclaration); Drupal aggregate file names and the banner's partner
  count outside.
- p5 Zoekpersoon.nl (data broker / people search), Dutch, legacy PHP 7 + Smarty/Bootstrap 3, windows-1252:
  session.use_trans_sid appends a new PHPSESSID to every relative link, inside the policy too (not removed: hrefs
  only); removal form CSRF token, live database counter and "Recent gezocht" names outside.
- p6 SignalHub (customer-data platform), Japanese, Gatsby 5 + Contentful rich text on Netlify: fairly clean;
  webpack compilation hash/chunks on every rebuild, growing customer-logo strip, ITreview badge season.
- p7 Madaf Media (retail-media network), Hebrew RTL, HubSpot CMS: privacy policy and cookie policy in tabs (the
  hidden cookie tab is revised on its own schedule); hsVars render_id/ticks per visit, template asset timestamps,
  reach banner.
- p8 Remessa (email-marketing service), Brazilian Portuguese: WordPress/Astra until Sep 2023 (CF7 nonce, ticker),
  then Next.js 13 + Sanity (buildId/chunks, ISR counter, A/B CTA, __NEXT_DATA__ with the policy as portable
  text); the declaration has a history (entry-title + entry-content, then main article).

The generator, its helpers (`common`), `compare.py` and `selfcheck.py` are services_world's, run on these pages
with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json,
OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_ssp_enus", "p2_mmp_engb", "p3_analytics_fr", "p4_cmp_de",
              "p5_databroker_nl", "p6_cdp_ja", "p7_retailmedia_he", "p8_emailmkt_ptbr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim39")
