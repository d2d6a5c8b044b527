#!/usr/bin/env python3
"""Generate the dental_world hidden-style OTA collection: build.py OUT

Dental and eye care in eight languages: a dental clinic chain (Latvian), an optician chain (Danish), a dental insurer
(Swedish), an eyewear e-commerce (Hindi), hearing-aid centres (Bengali, Bengali digits), a dental and orthodontics
chain (Simplified Chinese), an optician chain with an online shop (Ukrainian) and an orthodontics practice (Serbian,
Cyrillic); 8 pages, 240 captures, 45 real edits (a processor added, renamed or replaced, rows added to or removed from
a table, a retention period changed, an address, a phone number or a grievance officer changed, a section, a
paragraph, a sentence or a list item added or removed, a typo fixed and words inserted without a new date). Each page
module in pages/ gives its PAGE as services_world's generator reads it; dkit.py holds the few helpers they share
(block rendering, local clocks, month names, Bengali digits, a CMS "modified" stamp that moves when the text is saved).

- p1_dental_lv: Baltais Smaids (Latvian), WordPress + Elementor Pro on Hello Elementor behind LiteSpeed Cache, with
  Polylang, Yoast, Complianz and a Trustindex Google-reviews widget. Volatile, all OUTSIDE the selected text-editor
  widget: the LiteSpeed build time and the Elementor Pro / REST nonces frozen in each cached copy; the top bar's
  open/closed status of the Riga clinic (a shortcode evaluated when the cache was built) and its promotion of the
  month; the footer's review count and latest reviews; plugin versions in asset URLs; Yoast's modified time and the
  Elementor post-CSS ?ver when the page is saved. In April 2024 the page was rebuilt with Flexbox containers (new
  element ids, header and footer): declaration history `[data-id="6b1f0e2"]` until 2024-04-02, then
  `[data-id="b39e7c1"]`.
- p2_optician_da: Klarsyn Optik (Danish), Umbraco 13 Block Grid (default partials), Cookie Information. Volatile
  INSIDE the selected `main .umb-block-grid`: the side area's booking teaser with the next free eye-test slot (and
  sometimes another store), removed by the declaration together with the static links block. Outside: the footer
  form's __RequestVerificationToken per request, the campaign bar by season, asp-append-version hashes on deploys.
- p3_insurance_sv: Tandtrygg (Swedish), Optimizely CMS 12 ArticlePage (Alloy-derived), Cookiebot. Volatile INSIDE
  the selected `article.article-page`: the contact block in its content area (open/closed and the phone queue time)
  and the 'Sidan uppdaterades' line from the page's Changed property (moves on every save, also on re-saves without
  text change), removed with the share tools. Outside: the callback form's antiforgery token, an occasional
  driftinformation banner, seasonal header campaigns, ?v= ticks on deploys.
- p4_eyewear_hi: Nazariya Eyewear (Hindi), Next.js 13 pages router SSR behind CloudFront, CSS Modules, headless CMS.
  Fairly clean inside `.PolicyPage_content__Qm8vK`; outside: the Sentry trace id and baggage in __NEXT_DATA__'s
  pageProps per request, buildId and chunk hashes on deploys, the header CTA's A/B variant (until the test ends in
  September 2024), the festival offer strip, the trending-frames rail (picks, prices, discounts, ratings) under the
  policy, the CMS updatedAt in the JSON.
- p5_hearing_bn: Shruti Hearing Care (Bengali), Joomla 4, upgraded to 5 in July 2024, Helix Ultimate template.
  Volatile INSIDE the selected `.article-details`: the article-info bar's hits counter and modified date (removed
  with the social-share icons). Outside: Joomla's csrf.token, media version hashes, the latest-news module and the
  top bar offer.
- p6_ortho_zh: Yuechi Dental 悦齿口腔 (Simplified Chinese), Nuxt 2 SSR, Baidu Tongji, ICP filing. Volatile INSIDE
  the selected `.article-wrap`: the .article-meta view counter (removed); the data-v-* scoped-style ids on the
  article's own elements change on some deploys (no words). Outside: the sidebar's bookings-today counter and
  latest-bookings ticker, the random recommended doctors, the campaign banner (618, 开学季, 爱牙日, 双11, 春节),
  /_nuxt/ chunk hashes, the __NUXT__ payload.
- p7_optics_uk: Optyka Pohliad (Ukrainian), OpenCart 3.0.3.8 information page. Volatile INSIDE the selected
  `#content`: the content_top banner slideshow (with its inline Swiper script) and the content_bottom Bestsellers
  module (ranks, specials, ratings; its h3 and .row are bare children of #content), removed by `.swiper-viewport`,
  `#content > script`, `#content > h3`, `#content > .row`. Outside: the power-outage notice above the header during
  the blackouts of winter 2022-23 and summer 2024, the theme stylesheet ?v=.
- p8_ortho_sr: Ortodontski centar Osmeh (Serbian Cyrillic), Webflow. Static pages, so every capture is a re-publish:
  the 'Last Published' comment, the hashed CSS file (style edits; `.shared.*.min.css` from October 2024),
  webflow.js chunk hashes, the asset CDN host move of May 2024, the CMS list of the three latest blog posts under the
  policy, the footer year; all OUTSIDE `.legal-rich-text`.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim52a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_dental_lv", "p2_optician_da", "p3_insurance_sv", "p4_eyewear_hi", "p5_hearing_bn",
              "p6_ortho_zh", "p7_optics_uk", "p8_ortho_sr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim52a")
