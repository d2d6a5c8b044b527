#!/usr/bin/env python3
"""Generate the civic_world hidden-style OTA collection: build.py OUT

Privacy notices of civic and political organisations, on the platforms such organisations really use, one
language per page; 8 pages, 238 captures, 42 real edits (6 with no date bump):

- p1 a French national party on NationBuilder (custom theme): policy in #content .content; sidebar donation
  thermometer (amount/donors per visit, campaign follows the electoral calendar) and signup form with
  authenticity_token (also in <meta name="csrf-token">); theme asset upload timestamp.
- p2 a German Bundestag candidate on WordPress with the Sunflower theme: .entry-content; election countdown /
  thank-you band under the header, footer "Termine" widget rolling with the calendar, WP and theme ?ver= upgrades.
- p3 a Spanish trade union on Drupal 7 + CiviCRM, migrated to Drupal 10 (Barrio) + CiviCRM 5 on 2024-03-18
  (declaration history: D7 selector valid until then; D10 selector scoped to the node because the sidebar's
  "Afíliate" block also has a .field--name-body); D7 theme_token and form_build_id, CiviCRM qfKey, views dom ids,
  "Actualidad" news rail, CSS aggregate hashes.
- p4 an Italian petitions platform, a Laravel app (Blade, Tailwind, Vite, Livewire 3): article.prose; featured
  petitions rail with live signature counts and progress bars, Livewire-polled "ha appena firmato" ticker
  (wire:snapshot checksum), CSRF token in meta / _token / data-csrf, Vite hashes per deploy.
- p5 a Portuguese humanitarian charity on WordPress (Astra) + GiveWP: the current emergency appeal's donation
  form (goal progress, give-form-hash) sits INSIDE .entry-content and is removed by the declaration.
- p6 a Polish Catholic diocese on Joomla 3 (Helix3): .item-page with article-info (hits counter, INSIDE) and the
  pager removed; "Liturgia dnia" sidebar changes daily, login-module token is a hidden input's name.
- p7 a Dutch sports federation on Nuxt 2 -> Nuxt 3 (2024-05-06) with Storyblok: sections in COLLAPSED accordions
  (button/panel display:none, then <details>) in section.privacy-statement, whose data-v-* scope attributes
  change per deploy (attribute-only noise inside the selection); news rail, championship countdown, payloads.
- p8 a Swedish consumer-rights association on Wix (Thunderbolt): the integrity policy and a cookie policy as two
  rich-text components on one page (the declaration selects the first by id); Thunderbolt release and CSS-module
  class hashes (also on the selected element), fedops requestId, visitor id, member counter strip.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` / `compare.py` are services_world's, run on these pages with this collection's seed ("sim37").
Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (+ *.history.json), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_party_fr", "p2_candidate_de", "p3_union_es", "p4_petitions_it",
              "p5_charity_pt", "p6_diocese_pl", "p7_sports_nl", "p8_consumer_sv"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim37")
