#!/usr/bin/env python3
"""Generate the cleaning_world hidden-style OTA collection: build.py OUT

Cleaning, laundry, pest control and home help in eight languages: a home-cleaning subscription (Norwegian Bokmål), a
pest-control company (Hungarian), a laundry pick-up and delivery service (Tagalog), a home-help marketplace (Swahili),
an office and home cleaning company (Hebrew, right to left, percent-encoded URL), a laundry and dry-cleaning chain
(Slovenian), a pest-control company with an online shop (Canadian French) and a cleaning company (Kazakh); 8 pages, 240
captures, 45 real edits (a processor added, renamed or replaced, rows added to a table, a retention period shortened or
extended, an address, a phone number, a data protection officer or the person in charge changed, a section, a
paragraph, a sentence or a list item added or removed, a law reference updated, typos fixed without a new date). Each
page module in pages/ gives its PAGE as services_world's generator reads it; cwkit.py holds the few helpers they share
(month and weekday names, number grouping, tokens, policy source line joining, a CMS "saved" clock that moves when the
text changes).

- p1_cleaning_nb: Rentfint (Norwegian), Enonic XP 7 site app, Cookie Information, GTM. Well built: everything volatile
  is OUTSIDE the selection: the CSP nonce on every inline script (per response), the /_/asset/ fingerprint of the app
  (deploys), the 'Første ledige tid' teaser (next free cleaning slot, city and time), the footer Trustpilot score and
  review count, the og:image scale hash, the dataLayer page-view id, article:modified_time (moves with text saves),
  the seasonal campaign banner (vårrengjøring, flyttevask, julevask). New page template on 2024-06-11 (top bar, hero
  with breadcrumbs, table of contents in an aside region, numbered heading ids): declaration history
  `.article-header h1` + `.rich-text` until 2024-06-11, then `.legal-hero__title` + `.legal-body`.
- p2_pest_hu: Rovarstop (Hungarian), WordPress + Divi 4, classic-editor page with right sidebar, Post Views Counter,
  CookieYes. Volatile INSIDE the selected `.entry-content`: the Post Views Counter box 'Megtekintések száma' appended
  after the text (grows on every capture), removed by `.post-views`. Outside: Divi's et_pb_custom nonces and the
  view counter's nonce (12-hour ticks), the et-cache customizer CSS ?ver=, WordPress and Divi ?ver= on updates, the
  sidebar's seasonal promo (wasps, rodents, bed bugs), the recent-posts widget, the footer year.
- p3_laundry_tl: LabaDali (Tagalog), Wix (Thunderbolt), title and text in two rich-text elements `#comp-lk3p7h1q` and
  `#comp-lk3p9x2a` (spans in every paragraph, empty &nbsp; paragraphs before headings, no table). Words clean; the
  hashed CSS class names on the selected elements change with Thunderbolt releases (attributes only). Outside: the
  fedops viewerSessionId (per request), the serving renderer fleet, the experiments map, the Thunderbolt bundle hash,
  siteRevision (publishes, text edits included, also in the Wix Chat iframe URL), og:updated_time, the announcement
  strip (summer sale, tag-ulan, ber months).
- p4_homehelp_sw: Msaidizi Bora (Swahili), Laravel Blade + Bootstrap 5 + Livewire 2, Laravel Mix assets until the move
  to Vite in May 2023. Volatile INSIDE the selected `article.policy`: the `.policy-meta` line 'Imesasishwa tokea ...'
  (Carbon diffForHumans of the CMS updated_at, grows between captures) with the reading time, and the Livewire
  `.feedback-widget` (wire:id and checksum per request, yes/total counts), both removed. Outside: the csrf-token meta,
  the newsletter form's _token and livewire_token (per session), Mix ?id= / Vite hashes, the top bar's live count of
  available helpers, the sidebar's helpers of the week (ratings, review counts), the seasonal alert (Pasaka, Desemba).
- p5_cleaning_he: Barak cleaning services (Hebrew, RTL), WordPress + Astra, block editor, Yoast, WP Rocket, NagishLi.
  Volatile INSIDE the selected `.entry-content`: the WP Last Modified Info line 'עודכן לאחרונה' (moves on every
  save, also on re-saves without text change) and the Easy Table of Contents box (rebuilt from the headings), removed
  by `.post-modified-info` and `#ez-toc-container`; Easy TOC's empty anchor spans stay in the headings (no words).
  Outside: Yoast article:modified_time, WP Rocket's cached@ stamp and minified bundle ?ver=, the seasonal bar (Pesach
  cleaning, Tishrei holidays), the Google-reviews badge, a random recent-posts widget.
- p6_laundry_sl: Snežinka (Slovenian), Drupal 9 with a Classy-based theme, moved to Drupal 10 with an Olivero-based
  theme on 2023-06-20; Webform. Well built: OUTSIDE the selection the webform's form_build_id (per request, the page
  is uncacheable because of the opening-hours block), the 'Danes odprto do ...' badge, CSS/JS aggregate hashes
  (cache rebuilds), drupalSettings' permissionsHash, the 'Novice' view, the seasonal 'Akcija' block. Block ids carry
  the theme's name: declaration history `#block-snezinka-page-title h1` + `#block-snezinka-content .field--name-body`
  until 2023-06-20, then `#block-snezinka2-...`.
- p7_pest_frca: Extermination Boréal (Canadian French, Québec Law 25), Shopify with Dawn (7.0.1, 10.0.0, 13.0.1,
  15.2.0: new theme id and /t/N/ asset path at each update), Shopify's policy template, Shopify Inbox. Well built:
  `.shopify-policy__container`; outside the __st reqid (per request) and offset (EST/EDT), theme asset ?v=, the
  web-pixels-manager version, the Inbox extension id, the seasonal announcement bar.
- p8_cleaning_kk: Taza Üi (Kazakh), 1C-Bitrix with Aspro: Max, the policy an info-block element shown by
  bitrix:news.detail. Volatile INSIDE the selected `.news-detail`: the `.news-detail__info` bar (active-from date that
  follows saves, view counter 'Қаралым') and the `.news-detail__share` block, removed. Outside: BX.message's
  bitrix_sessid and SERVER_TIME (per request), SERVER_TZ_OFFSET (UTC+6, then UTC+5 from 1 March 2024), the
  /bitrix/cache/css bundles, the header's 'Бүгін N тапсырыс орындалды' counter, the seasonal banner (Наурыз, window
  season, New Year), the footer news.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim53c"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_cleaning_nb", "p2_pest_hu", "p3_laundry_tl", "p4_homehelp_sw", "p5_cleaning_he", "p6_laundry_sl",
              "p7_pest_frca", "p8_cleaning_kk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim53c")
