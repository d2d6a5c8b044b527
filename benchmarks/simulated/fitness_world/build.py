#!/usr/bin/env python3
"""Generate the fitness_world hidden-style OTA collection: build.py OUT

Fitness and wellness: a gym chain, a boutique yoga studio, a running/fitness-tracking app, a municipal swimming
and leisure centre operator, a personal-training marketplace, a supplements shop, a sports club and a big gym
chain, in Polish, Czech, Korean, Swedish, Turkish, Japanese, Greek and Mexican Spanish (no English page).

Pages (platform, language; what changes between visits):
- p1_gymchain_pl: Polish gym chain on Nuxt 2 (SSR) + Contentful. Live club occupancy in the header ("43 %"),
  a membership promotion bar with a countdown, Nuxt build hashes that also rewrite the scoped `data-v-*`
  attributes on every element inside the declared `.legal-content`; `window.__NUXT__` state per visit.
- p2_yoga_cs: Czech yoga and pilates studio on Wix (Thunderbolt). Fairly clean: the viewer model's requestId
  and visitor ids per visit, Thunderbolt bundle versions on platform releases. Declared: the rich-text
  component's id.
- p3_runapp_ko: Korean running/fitness-tracking app's Zendesk Guide help centre (Copenhagen theme). Fairly clean:
  CSRF token per visit, article vote counts, "updated" stamp re-saved without text change (outside the
  declared `.article-title` + `.article-body`), theming digest.
- p4_swim_sv: Swedish municipal leisure company (swimming hall, gym) on SiteVision (Soleil-style template).
  Live "visitors in the pool right now" counter and today's opening hours in the header, CSP nonces, a
  "Senast uppdaterad" page stamp *inside* the declared `.sol-article` (removed by the declaration), the
  policy's sections in collapsed accordions.
- p5_ptmarket_tr: Turkish personal-training marketplace on Angular Universal. Three documents in tabs
  (KVKK notice, explicit consent text, cookie policy; declared: the notice's tab panel), a rotating trainer
  carousel and a weekly bookings counter, transfer state per visit, `_ngcontent-*` ids inside the panel
  changing on deploys and on the Angular 15 -> 16 upgrade.
- p6_supps_ja: Japanese supplements and protein D2C shop on Shopify (Dawn). Fairly clean: `__st` request id per
  visit, theme asset `?v=` versions on theme publishes, an announcement bar with sale countdowns.
- p7_sportclub_el: Greek swimming and athletics club on Joomla, upgraded from Joomla 3 (Protostar-based
  template) to Joomla 4 (Cassiopeia) midway. The article hits counter *inside* the declared `.item-page`
  (removed via `.article-info`), the login module's per-session form token, an upcoming-meets module.
- p8_gymchain_esmx: Mexican gym chain on Adobe Experience Manager (core components). A membership promotion
  teaser with countdown, Akamai bot-manager tokens per visit, clientlib hashes on deploys, and the components'
  `data-cmp-data-layer` JSON (repo:modifyDate) *inside* the declared components changing on re-saves.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_gymchain_pl", "p2_yoga_cs", "p3_runapp_ko", "p4_swim_sv",
              "p5_ptmarket_tr", "p6_supps_ja", "p7_sportclub_el", "p8_gymchain_esmx"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim46a")
