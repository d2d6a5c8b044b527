#!/usr/bin/env python3
"""Generate the dating_world hidden-style OTA collection: build.py OUT

Dating and social-discovery apps' privacy policies as the companies behind them publish them: a French group's
multi-brand policy site (Next.js, brand switcher, "Aller à la section" select, Didomi), a Spanish app's policy in
its Zendesk Help Center (article meta, votes, related articles, language picker, article republished without text
changes), a German regional dating site on an old PHP template (layout tables, ISO-8859-1, PHPSESSID appended to
every link including the policy's own links, members-online counter, "kostenlos anmelden" box), an Italian app
whose policy opens as a modal route of its React single-page app (one div of <p>s and <br>s, bold paragraphs for
sections, styled-components class hashes that change at each deploy), a US app on Webflow with a long "partners we
share data with" table and a "Your State Privacy Rights" supplement whose states grow, a Brazilian app on HubSpot
CMS with an "O que mudou" box above the policy shown only for some weeks after each update, a Polish Catholic
singles community on WordPress + Elementor (sections migrated to flexbox containers in 2024), and a Turkish
livestream/gifting app (Nuxt) whose legal page holds four documents in tabs, the privacy policy being one of them;
in French, Spanish, German, Italian, US English, Brazilian Portuguese, Polish and Turkish.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_group_brand_fr", "p2_helpcenter_es", "p3_regional_php_de", "p4_spa_modal_it",
              "p5_state_rights_en", "p6_whatsnew_ptbr", "p7_catholic_wp_pl", "p8_livestream_tr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim21")
