#!/usr/bin/env python3
"""Generate the coworking_world hidden-style OTA collection: build.py OUT

Coworking and flexible office space in eight languages: a Swiss coworking network (Swiss German), a Belgian business
centre with virtual offices and domiciliëring (Belgian Dutch), a maker space / fab lab cooperative (Italian), a
Buenos Aires coworking (Argentine Spanish), a São Paulo coworking with virtual offices (Brazilian Portuguese), a
virtual-office and serviced-office provider (Turkish), a desk and meeting-room booking app for Gulf business centres
(Gulf Arabic, RTL) and a coworking in Jakarta, Bandung and Bali (Indonesian); 8 pages, 239 captures, 48 real edits
(processors added to or renamed in tables and lists, retention periods changed, addresses and phone numbers
changed, a DPO replaced, sentences, paragraphs and sections added, list items and table rows added, words inserted,
a typo or accent fixed without a new date on every page). Each page module in pages/ gives its PAGE as
services_world's generator reads it; cwkit.py holds the few helpers they share (block rendering with a platform's
own markup, local clocks, month names, date-keyed rotations for events and promotions, a guard that a capture's
HTML really differs from the previous one).

- p1_coworking_dech: Raumstation (Swiss German), TYPO3 11 + bootstrap_package, relaunched on TYPO3 12 with its own
  site package on 16 April 2024 (frame markup, /_assets/ paths; declaration history `#page-content` until then,
  `main#inhalt` after). Volatile, all OUTSIDE the selector: the top bar's uncached per-location status (reception
  open/closed, free flex desks), the footer's next community events (tx_news), merged/compressed asset hashes and
  ?timestamps on cache flushes, and after the relaunch the felogin `__RequestToken` in the header's member login.
- p2_businesscenter_nlbe: Werfhuis (Belgian Dutch), WordPress + Hello Elementor + Elementor Pro, Yoast, Complianz,
  Trustindex. INSIDE the declared `div[data-elementor-type="wp-page"]` (removed by `.elementor-widget-shortcode`,
  `.elementor-widget-call-to-action`): the Trustindex Google-reviews widget (count, rating, the week's latest
  reviews) and a call-to-action widget the marketing team rewrites. Outside: ElementorProFrontendConfig nonce per
  visit, the header template's monthly promotion, plugin ?ver= strings and kit CSS, Yoast dateModified and the page
  CSS ?ver= when the page is saved; Elementor 3.26 (January 2025) drops the widget-container wrappers.
- p3_makerspace_it: Officine Comuni (Italian), Drupal 10 with an Olivero sub-theme; select `h1.page-title` and
  `.region--content`. INSIDE the content region (removed by `.node__links`, `.block-views-blockprossimi-corsi-
  block-1`): the statistics module's 'N visualizzazioni' counter and the upcoming-courses Views block (courses,
  seats left, js-view-dom-id per render). Outside: the footer newsletter's form_build_id per render, the view dom id
  in drupalSettings, aggregate file hashes; Drupal 10.1 (July 2023) changes the aggregate URL scheme.
- p4_coworking_esar: Galpón Coworking (Argentine Spanish), Squarespace 7.1; the policy in text blocks with the table
  in a Markdown block (select `#sections .sqs-html-content` and `#sections .sqs-block-markdown .sqs-block-content`).
  Volatile, all OUTSIDE: Static.SQUARESPACE_CONTEXT (rollup hashes on platform releases, betaFeatureFlags,
  contentModifiedOn, the announcement bar's day-pass price following inflation), the versioned site CSS counter,
  the footer summary block of upcoming events; in May 2024 the section was converted to Fluid Engine.
- p5_coworking_ptbr: Quintal Coworking (Brazilian Portuguese), HubSpot CMS drag-and-drop page; select
  `main .hs_cos_wrapper_type_rich_text`. INSIDE the rich text (removed by `.hs-cta-wrapper`,
  `.hs-web-interactive-inline`): a call-to-action after section 3, a legacy CTA embed until September 2024, then a
  new HubSpot CTA with A/B variant text and an encryptedPayload per render. Outside: hsVars render_id and ticks per
  request, hsstatic bundle versions, template asset timestamps, the alert bar's monthly promotion.
- p6_virtualoffice_tr: OfisNokta (Turkish), Nuxt 2 SSR + headless CMS; select `.legal-content`. INSIDE (removed by
  `.legal-cta`): the price/campaign call-to-action closing the article (monthly virtual-office price in TL following
  inflation, rotating campaign), and the scoped data-v-… hashes on deploys (attributes only). Outside: the header's
  'today N companies chose our address' counter, the floating WhatsApp agent picked per visit, the __NUXT__ payload
  (agent, counter, price, request id), /_nuxt/ chunk hashes.
- p7_flexdesk_ar: Masaha (Gulf Arabic, RTL), Zendesk Guide help-center article (Copenhagen theme); select
  `article#main-content`. INSIDE (removed by `.article-author`, `.article-subscribe`, `article#main-content > footer`,
  `.article-relatives`): the author meta's updated time (moves on every save, also on the typo fix), the follow
  button, the 'N of M found this helpful' counts, the related articles. Outside: the Help Center release comment and
  asset hashes, HelpCenter's csrf_token and anonymous user identifier per request, a notice banner for Ramadan
  support hours, Eid and the UAE National Day.
- p8_coworking_id: Serambi Coworking (Indonesian), Webflow static page; select `.container-legal`. Volatile, all
  OUTSIDE, changing only on publishes: the 'Last Published' comment, the site CSS hash, the community-events CMS
  list (upcoming at publish time), the promotion bar (Ramadan, Independence Day, 12.12, new year); in June 2024 the
  Webflow CDN moved to cdn.prod.website-files.com with a split .shared CSS file.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim51d"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_coworking_dech", "p2_businesscenter_nlbe", "p3_makerspace_it", "p4_coworking_esar",
              "p5_coworking_ptbr", "p6_virtualoffice_tr", "p7_flexdesk_ar", "p8_coworking_id"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim51d")
