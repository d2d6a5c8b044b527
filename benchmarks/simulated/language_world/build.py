#!/usr/bin/env python3
"""Generate the language_world hidden-style OTA collection: build.py OUT

Language services in eight languages: a language-school chain (Mexican Spanish), a sworn-translation agency (Polish),
a Cambridge English exam centre (Romanian), an English conversation school (Japanese, Shift_JIS), a language-exchange
app (Korean), an IELTS centre (Vietnamese), a sworn/notarised translation office (Turkish) and an online language
academy (Egyptian Arabic, RTL); 8 pages, 240 captures, 46 real edits (a table row added for a processor, a recipient
or an overseas transfer, a list item added, a retention period changed, an address, a phone, a hotline or a
privacy officer changed, a sentence, a paragraph or a section added, a sentence rewritten after a change of law, a
tracker removed from a sentence, a word inserted, typos and a Romanian cedilla diacritic fixed without a new date).
Each page module in pages/ gives its PAGE as services_world's generator reads it; lwkit.py holds the few helpers
they share (an @@slot@@ template filler, block rendering with a platform's own markup, local clocks, month names,
Arabic-Indic digits, ASCII slugs).

- p1_school_esmx: Idiomas Alcázar (Mexican Spanish), HubSpot CMS site page (dnd theme, rich-text module).
  Volatile: the call-to-action embedded at the end of the rich text, INSIDE the selected
  `#main-content .hs_cos_wrapper_type_rich_text` (removed: `.hs-cta-wrapper`, `.hs-web-interactive-inline`): a legacy
  CTA (image + loader script) swapped per campaign, replaced in January 2025 by a new-style CTA whose redirect link
  carries an encrypted payload per request. Outside: hsVars render_id/ticks per request, /hs/hsstatic/ bundle
  versions on HubSpot releases, template_assets ids on theme edits, the header announcement of the next course start.
- p2_sworn_pl: Verbum Biuro Tłumaczeń (Polish), Joomla 3.10 (custom template) upgraded to Joomla 4.4 (Cassiopeia
  child) in April 2024. Volatile INSIDE the selected `.item-page`: the article-info block with the hits counter
  ('Odsłon: N', grows between visits) and the modified date (moves on every save, typo fixes included), and
  Joomla 3's print/e-mail icons (removed: `.article-info`, `.item-page .icons`). Outside: csrf.token in
  joomla-script-options per request, media version hashes on core updates, the sidebar latest-news module, the
  Smartsupp chat greeting (online/offline by office hours).
- p3_exam_ro: Lingua Transilvania (Romanian), Drupal 7 migrated to Drupal 10 in November 2023: the body field's
  classes changed (declaration history: `.field-name-body` until 2023-11-20T16:00Z, then
  `article.node .field--name-body`, since D10's custom blocks also use .field--name-body), and the migrated body kept
  its CKEditor 4 markup until its first save under CKEditor 5. Fairly clean inside; outside: form_build_id per
  request, views dom_id, D7's theme_token, aggregated CSS/JS names and query string on cache clears, the sidebar
  'Următoarele sesiuni de examen' (dates, registration deadlines, seats left).
- p4_eikaiwa_ja: Sora Eikaiwa (Japanese, Shift_JIS), hand-built PHP includes on Apache. Volatile INSIDE the selected
  `#main`: the season's enrolment-campaign banner and its note (.bnrArea) and the 'back to top' link (removed).
  Outside: a random testimonial in the side column per request, the brochure form's token, css ?yyyymmdd stamps,
  the year-end closure notice in the header.
- p5_exchange_ko: Malbeot (Korean), a Notion page published with oopy (Next.js SSR, react-notion-x markup). Volatile
  INSIDE the selected `.notion-page-content`: the synced notice callout (hours, holiday closures, maintenance,
  releases) and Notion's table of contents (removed: `.notion-sync-block`, `.notion-table-of-contents`), and the
  header image's Notion file URL signed per request (attribute only). Outside: __NEXT_DATA__ (signed URL, recordMap,
  buildId), chunk hashes on oopy deploys.
- p6_ielts_vi: Anh ngữ Sao Mai (Vietnamese), WordPress + Flatsome, LiteSpeed Cache. Volatile INSIDE the selected
  `#content .row-main .col-inner`: kk Star Ratings (score, vote count) and Easy Table of Contents (version class)
  (removed: `#ez-toc-container`, `.kk-star-ratings`). Outside: LiteSpeed's optimised/cached comments with the cache
  rebuild time, the kk nonce, the footer's course openings with seats left, the month's promotion lightbox, plugin
  versions and LiteSpeed CSS/JS hashes; the header hotline follows the policy's hotline change.
- p7_sworn_tr: Defne Tercüme (Turkish), Webflow (static; tables as custom-code embeds inside the Rich Text). Fairly
  clean: every capture follows a republish ('Last Published' comment), the footer's CMS list of latest blog posts,
  hashed CSS/JS names, the asset CDN host change (mid-2024) and the webflow.js chunk split (autumn 2024); all outside
  `.legal-rich-text`.
- p8_academy_areg: Lughati Academy (Egyptian Arabic, RTL, Arabic-Indic digits in dates), Next.js 14 App Router on
  Vercel. Volatile INSIDE the selected `main article`: the CMS call-to-action after the third section (next group
  start, seats left; removed: `main article aside`). Outside: the CSP nonce on every script per request, the RSC
  flight data repeating the text and the CTA, the header promotion bar (Ramadan, summer, back-to-school, White
  Friday; prices after the pound's float), buildId and chunk hashes on deploys.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim52c"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_school_esmx", "p2_sworn_pl", "p3_exam_ro", "p4_eikaiwa_ja", "p5_exchange_ko", "p6_ielts_vi",
              "p7_sworn_tr", "p8_academy_areg"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim52c")
