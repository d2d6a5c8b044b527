#!/usr/bin/env python3
"""Generate the betting_world hidden-style OTA collection: build.py OUT

Gambling, lottery and sports services' privacy policies, one page per language:

- p1 KoboBet, a Nigerian sportsbook (Nigerian English), custom PHP on Laravel: the CSRF token in the head, the login
  form and the logout form changes on every response; a live-score ticker with the live-events count in the header;
  a sidebar promo banner that rotates; Mix asset ids, then a 2024 redesign on Vite (new header, hashed assets).
  All outside the declared #static-content.
- p2 Korunní loterie, a Czech national lottery (Czech), Sitecore SXA: the jackpot bar in the header (amounts and
  next draw), ASP.NET __RequestVerificationToken in the login form, media ?rev= hashes; an editor-placed
  "Eurojackpot" promo component sits inside the declared .legal-article container (the declaration removes it).
- p3 Nordlys Casino, an MGA-licensed online casino for Denmark (Danish), Next.js app router + Contentful: one legal
  page holding four documents in tabs (terms, privacy, cookies, bonus terms) of which the privacy policy is one
  panel; the bonus terms and cookie tabs change on their own; build chunk hashes, RSC payload, CSS-module class
  hashes on the panel's own elements; a "seneste vindere" (recent winners) ticker in the footer.
- p4 Fantasy Maidan, an Indian daily-fantasy-sports app's site (Hindi), Webflow: the "Last Published" comment and
  the site CSS hash on each publish; a "today's matches" strip in the navbar changed daily; otherwise clean.
- p5 Aurora Calcio, an Italian football club's site and shop (Italian), Drupal 10: the policy's sections are
  collapsed accordion items (Paragraphs); a match-centre ticker (countdown, live score) and a store promo bar in the
  header; CSS/JS aggregate hashes and the drupalSettings permissionsHash, with the 10.1 aggregation URL change.
- p6 Tote Éireann, an Irish horse-racing tote (Irish English), Umbraco 8 grid: a "Next races" macro placed by the
  editors in the grid's side column, inside the declared .umb-grid (removed by the declaration); pool sizes ticker
  in the header; the newsletter form's __RequestVerificationToken; ?v= cache-buster ticks.
- p7 RiverPoker Brasil, a Brazilian online poker room (Brazilian Portuguese), WordPress + Astra: players-online /
  tables / tournaments counter in the header, wp nonces in inline scripts, ?ver= bumps on WordPress and plugin
  upgrades, classic editor content re-saved in Gutenberg (wp-block-* classes) in 2024; fairly clean.
- p8 Tribuna Play, a Colombian sports-streaming service (Colombian Spanish), Nuxt 3: an "EN VIVO" bar with the live
  match and minute, an A/B plan-price banner, build hashes and __NUXT_DATA__; the scoped-style data-v-* hashes
  change with each deploy on every element inside the declared .legal-page__content (no words, not removed).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_sportsbook_enng", "p2_lottery_cs", "p3_casino_da", "p4_fantasy_hi",
              "p5_football_it", "p6_tote_enie", "p7_poker_ptbr", "p8_streaming_esco"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim34")
