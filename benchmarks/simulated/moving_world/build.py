#!/usr/bin/env python3
"""Generate the moving_world hidden-style OTA collection: build.py OUT

Moving and storage in eight languages: a removal and relocation firm (Belgian French), a self-storage operator
(European Portuguese), a removal and furniture-storage firm (Greek), an international mover with groupage
containers (Hebrew, RTL), a van rental for house moves (Slovak), a house mover and lorry rental with a box shop
(Malay), a self-storage operator (Thai, Buddhist-era dates) and a peer-to-peer storage marketplace (Catalan);
8 pages, 240 captures, 48 real edits (a processor added, renamed or replaced, a retention period changed, an
address or a phone number changed, a table row added or removed, a list item added or removed, a sentence or a
section added after a law change, a typo fixed without a new date, a word inserted). Each page module in pages/
gives its PAGE as services_world's generator reads it; mvkit.py holds the few helpers they share (block rendering,
local clocks of the eight zones with EU and Israeli summer time, long dates per language, growing counters).

- p1_removals_frbe: Verhaegen Déménagements (Belgian French, Anderlecht), Drupal 9.5 with a Bootstrap Barrio
  sub-theme, relaunched on Drupal 10.2 with a new theme in March 2024 (CKEditor 5 tables in <figure>, title and
  webform as blocks of the content region); the declaration's history holds the old selector (until 2024-03-19).
  Volatile INSIDE the selected node/region: the "Exercer vos droits" Webform with its form_build_id and Honeypot
  signed timestamp per request (removed by the declaration). Outside: the footer's Google-reviews count and
  random featured review (Views random sort), the latest-news Views block and its js-view-dom-id, the
  css_js_query_string and aggregate hashes on cache rebuilds, the top bar's phone (moves with the address edit).
- p2_selfstorage_pt: GuardaMais Self Storage (European Portuguese), Next.js 13 pages router with getServerSideProps
  on Vercel, Storyblok rich text (list items wrapping <p>, React's <!-- --> text separators), rendered DOM.
  Volatile INSIDE `main article`: Cookiebot's cookie declaration (cd.js) in the cookies section, whose 'updated
  by Cookiebot' date follows the monthly scans and whose tables gain and lose cookies (removed by the
  declaration). Outside: live box availability per centre with 'atualizada às HH:MM', the seasonal promotion bar,
  the story's published_at in __NEXT_DATA__ (re-publishes and edits), build ids, chunk and CSS-module hashes on
  deploys, the x-vercel-id in the RUM snippet.
- p3_removals_el: Μεταφορές Αργυρίου (Greek, Athens), Joomla 3.10 with Helix Ultimate, upgraded to Joomla 4.4 /
  Helix Ultimate 2 in July 2024 (asset URLs, joomla-script-options, header markup; the article markup and the
  selector survive). Volatile INSIDE `.article-details`: the article's hits counter 'Εμφανίσεις: N' in
  `.article-info` (removed). Outside: the Joomla form token of the footer's RSForm! Pro quote form (new session
  per visit, also in J4's csrf.token), the top bar's open/closed status by Athens time, the media version.
- p4_relocation_he: מעבר ים הובלות בינלאומיות (Hebrew, RTL, Holon), Umbraco 8 on IIS (Grid layout, Umbraco Forms,
  ClientDependency, EqualWeb accessibility widget). Nothing volatile inside `.content-main`; outside: the
  sidebar's quote form __RequestVerificationToken and encrypted ufprt per request, the 'next shared-container
  departures' widget (sailing dates per destination, cubic metres left), the header's service-hours notice by
  Israel time (Sunday-Thursday week, Shabbat), the cdv bundle version on deploys. One edit is the section added
  after Amendment 13 of the Privacy Protection Law (August 2025).
- p5_vanrental_sk: Sťahuj.sk (Slovak), a custom Nette 3 application (Latte, Nette Forms, Naja snippets, Bootstrap
  5). Nothing volatile inside `article.legal-text`; outside: 'Dnes voľné' free vans per branch, the reservation
  form's CSRF `_token_` per request, a 'just booked' social-proof toast, the seasonal/weekday offer strip, the
  daily price (raised in February 2025), app.css/app.js ?v= stamps on deploys.
- p6_movers_ms: PindahMudah (Malay, Subang Jaya), Shopify with the Dawn theme (12, then 15 in March 2025: new theme
  id in asset paths, header markup), Shopify's own policy page. Nothing volatile inside
  `.shopify-policy__container`; outside: `__st` reqid and visitor id, the web-pixels page id per request, the
  announcement bar's campaigns (Hari Raya, Merdeka, 11.11, 12.12), theme asset ?v= stamps on file edits. Edits
  follow the 2024 amendment of the PDPA 2010 (breach notification, a DPO section '7A', data portability).
- p7_selfstorage_th: KepDee Self Storage (Thai, Bangkok), WordPress + Flatsome, Yoast, PDPA Thailand, Post Views
  Counter, LiteSpeed Cache. Volatile INSIDE `#content .col-inner`: Post Views Counter's 'จำนวนผู้เข้าชม N'
  box appended to the content, frozen at caching time (removed). Outside: LiteSpeed's 'Page cached on'
  comments (re-cached after each edit), the PDPA plugin's nonce (12-hour tick), the top bar's monthly promotion,
  WordPress/Flatsome/LiteSpeed versions on updates, the phone in the top bar and footer (moves with its edit).
- p8_storagemarket_ca: Espaiet (Catalan, Barcelona), a Zendesk Guide help-centre article (Copenhagen theme),
  rendered DOM. Volatile INSIDE `#main-content` (all removed by the declaration): the relative 'fa N mesos'
  updated time and its datetime (moved by edits and by re-saves without text change), the 'A X de Y usuaris els
  ha semblat útil' votes, the related-articles selection. Outside: csrf-token meta, HelpCenter's session token
  and usage-tracking blob per request, Zendesk static asset hashes on its releases, theme asset ids, the
  section's article list (an article added in October 2024).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and one *.history.json), OUT/truth.json;
deterministic (seed "sim52b"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_removals_frbe", "p2_selfstorage_pt", "p3_removals_el", "p4_relocation_he", "p5_vanrental_sk",
              "p6_movers_ms", "p7_selfstorage_th", "p8_storagemarket_ca"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim52b")
