#!/usr/bin/env python3
"""Generate the weddings_world hidden-style OTA collection: build.py OUT

Weddings and celebrations: a venue directory, a florist, a jeweller, a caterer, a bridal boutique, a
wedding-planning app, an invitation printer and a party-rental company, in Croatian, Slovak, Albanian,
Azerbaijani, Kazakh, Nepali, Sinhala and Canadian French.

- p1_venues_hr: wedding-venue directory, ASP.NET WebForms (master page, UpdatePanel); Croatian. Per visit
  __VIEWSTATE/__EVENTVALIDATION, a "n parova danas traži prostor" sidebar counter and a "Generirano: ..." stamp
  printed inside the selected content panel (the declaration removes it); a sticky featured-venue card with its
  rating; deployments change ScriptResource/WebResource t= stamps and __VIEWSTATEGENERATOR.
- p2_florist_sk: florist, Shopify (Dawn theme, /policies/privacy-policy); Slovak. Per visit Shopify's __st
  reqid/u; an announcement bar with a same-day-delivery cut-off and seasonal messages (Valentine's, Mother's
  Day, wedding season); Dawn upgrades (9 -> 11 -> 13) change theme id, asset paths and ?v= stamps.
- p3_jeweller_sq: jeweller, PrestaShop 1.7 classic theme CMS page; Albanian. Fairly clean: per-visit
  static_token/token and "time" in `var prestashop = {...}`, rare module/asset cache-busters.
- p4_catering_az: caterer, 1C-Bitrix (news.detail in Bootstrap tabs); Azerbaijani. The policy tab sits beside
  a "Sifariş və ləğv şərtləri" (booking/cancellation) tab that is edited on its own; per-visit bitrix_sessid;
  a view counter inside the selected .news-detail (removed by the declaration); JivoSite chat; Bitrix cache
  stamps.
- p5_bridal_kk: bridal-wear boutique, Tilda (T015 title + T004 text records); Kazakh. Fairly clean: every
  capture is a republish (tilda-blocks-page*.min.css/js ?t= stamps); the zero-block header's promo line
  changes with the season.
- p6_planner_ne: wedding-planning app, SvelteKit (SSR with CSP nonces, devalue page data holding the policy
  again in an inline script); Nepali. Per visit CSP nonce and a "this week n couples" counter; per build
  immutable asset hashes, __sveltekit_* version and svelte-* scoped classes (on elements inside the selected
  <main>); a chat-with-a-planner button inside <main> whose online-planners attribute changes per visit (no
  text, not removed); app-rating badge in the footer.
- p7_invites_si: invitation-printing shop, Wix (Thunderbolt); Sinhala. Fairly clean: per-visit requestId in the
  viewer model, serving fleet (GA/Rollout/RC), thunderbolt bundle versions and siteRevision; a July 2023
  template redesign moved the policy to a new rich-text component (declaration history).
- p8_partyrental_frca: party-rental company, Squarespace 7.1; Canadian French. The policy's section (two text
  blocks around a code block holding the processors' table) sits beside a section with the rental and
  cancellation terms in a collapsed accordion block (edited once on its own) and a "Mariages réels" blog
  carousel (new real-wedding stories); per capture contentModifiedOn in SQUARESPACE_CONTEXT, a seasonal
  announcement-bar offer with its countdown deadline, Squarespace asset-hash deploys, DST offsets.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_venues_hr", "p2_florist_sk", "p3_jeweller_sq", "p4_catering_az",
              "p5_bridal_kk", "p6_planner_ne", "p7_invites_si", "p8_partyrental_frca"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim50c")
