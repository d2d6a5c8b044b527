#!/usr/bin/env python3
"""Generate the survey_world hidden-style OTA collection: build.py OUT

Market research panels, survey apps and paid-opinion sites in eight languages: an online access panel (German), a
paid-opinion panel's help centre (Finnish), a survey rewards app (Traditional Chinese, Taiwan), a paid-survey panel
(Thai), a survey builder with a respondent panel (Persian, Solar Hijri dates in Persian digits), a paid-survey panel
(Lithuanian), a paid-survey panel (Croatian) and a survey rewards app (Malay); 8 pages, 240 captures, 46 real edits
(processors added, replaced or renamed, table rows added, retention periods changed, addresses, phone numbers and data
protection officers changed, sections added or removed with the later ones renumbered, paragraphs, sentences and list
items added or removed, typos fixed without a new date). Each page module in pages/ gives its PAGE as services_world's
generator reads it; skit.py holds the few helpers they share (local date formats, a Gregorian to Solar Hijri
conversion, counters that grow with time, campaign seasons, token shapes).

- p1_panel_de: Meinungswerk (German), TYPO3 9 with fluid_styled_content and an own template until 18 March 2024, then
  TYPO3 12 with the Bootstrap Package (new markup, header, footer, breadcrumb): declaration history `#content` until
  2024-03-18, then `.maincontent-wrap`. Well built, volatile only OUTSIDE: the header's uncached member counter (every
  capture), the sidebar's 'Aktuelle Umfrage' teaser, the seasonal campaign bar (Advent, Easter, summer raffle), asset
  cache-busting timestamps and typo3temp hashes, and from TYPO3 12 the felogin form's per-request __RequestToken.
- p2_panel_fi: Mielipidetori (Finnish), the policy is an article of the panel's Zendesk Guide help centre (Copenhagen
  theme). Volatile INSIDE the selected `article#main-content`: the article header's author box with the 'Päivitetty'
  time (moves on every save, also on re-saves without text change), the article footer's vote count ('124 / 163 piti
  tätä hyödyllisenä') and the related-articles list, removed by `.article-author`, `.article-subscribe`,
  `article#main-content > footer` and `.article-relatives`. Outside: the csrf-token meta per request, the Help Center
  release comment and static asset hashes, the theme asset digest, the section sidebar growing with new articles, the
  seasonal notification banner.
- p3_rewards_zhtw: Opinio 意見樂 (Traditional Chinese), Next.js 14 App Router on Vercel with Tailwind and a CSP nonce
  from middleware. Well built, `article#policy`; outside: the nonce on every script (per request), buildId and chunk
  hashes per deploy, the RSC flight data after the HTML (which repeats the policy text inside scripts), the '熱門問卷'
  list with completion counters under the article, the seasonal bar (春節, 中秋, 雙11, 母親節), the footer App Store
  rating count.
- p4_survey_th: Kwamkid Panel (Thai, Buddhist-era dates), Laravel 9 with Blade and Bootstrap 5, Cookie Wow. Volatile
  INSIDE the selected `.page-content .card-body`: the page view counter under the title ('เข้าชม 12,345 ครั้ง'),
  removed by `.page-meta`. Outside: the csrf-token meta and the newsletter form's _token, Laravel Mix ?id= hashes, the
  top bar's points-paid and member totals, the sidebar's latest surveys and latest redeemed rewards ticker, the
  seasonal strip (Songkran, New Year, 11.11).
- p5_survey_fa: Nazarkadeh نظرکده (Persian, RTL), WordPress with Astra and Gutenberg blocks, Rank Math, WP-Parsidate,
  WP Fastest Cache, Raychat, eNamad seal. Well built, `#main article`; outside: the top bar's Solar Hijri date of the
  day and counter of questionnaires built, the WP Fastest Cache creation comment after </html>, the footer's latest
  blog posts, the seasonal discount bar (Nowruz, Yalda, Black Friday), theme and plugin ?ver= on updates.
- p6_panel_lt: Apklausų klubas (Lithuanian), Drupal 7 (Bartik-based theme) migrated to Drupal 10 (Olivero sub-theme)
  on 1 March 2024: declaration history `#page-title` + `#node-12` minus `.link-wrapper` until 2024-03-01, then
  `.block-page-title-block h1` + `article.node--type-page` minus `.node__links`. Volatile INSIDE the node: the
  statistics module's view counter in the node links (Lithuanian plurals), removed. Outside: the D7 css/js query
  string and theme_token after cache clears, the D10 aggregate file hashes, the login / newsletter form's
  form_build_id per request, the header's member counter block, the latest-surveys views block, the seasonal block.
- p7_panel_hr: Klik Anketa (Croatian), WordPress with Divi (a Divi Builder page), WP Rocket, Cookie Notice. Volatile
  INSIDE the selected `article#post-412 .entry-content`: the trust row of number counters above the policy (members,
  amount paid out, kuna until 2023, then euro) and the 'Najnovije s bloga' blog-module row under it, removed by
  `.et_pb_section_0` and `.et_pb_section_2`. Outside: Divi's and Cookie Notice's nonces per cache build, the et-cache
  dynamic CSS ?ver=, WP Rocket's cached@ comment, the seasonal top header promo.
- p8_app_ms: SuaraKu (Malay), Angular Universal SSR, Angular 15 (webpack bundles, serverApp TransferState with &q;
  escapes) until February 2024, then Angular 17 (esbuild bundles, hydration attributes, CSP nonce on app-root).
  Well built, `article.policy` (its elements carry _ngcontent ids that change on deploys, no words); outside: the
  per-request nonce and TransferState serverTime, bundle hashes, the 'Tinjauan popular' carousel with completion
  counts, the festive banner (Hari Raya, Chinese New Year, Deepavali, Merdeka, 11.11), the Google Play rating count.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim53d"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_panel_de", "p2_panel_fi", "p3_rewards_zhtw", "p4_survey_th", "p5_survey_fa", "p6_panel_lt",
              "p7_panel_hr", "p8_app_ms"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim53d")
