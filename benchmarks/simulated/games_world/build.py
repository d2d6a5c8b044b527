#!/usr/bin/env python3
"""Generate the games_world hidden-style OTA collection: build.py OUT

Games and entertainment services' privacy policies as they publish them: a Finnish indie game studio's Ghost site
(Source theme, toggle cards for per-game details, a "Steam sale" HTML card pinned in the content, live player
count and Twitch "LIVE" badge in the nav, patch-note teasers, Ghost version and asset hashes, JSON-LD dateModified
restamped on republish), an Indian video-streaming service on Nuxt 3 in Hindi (__NUXT_DATA__ payload, scoped
data-v hashes and chunk names that change at every deploy, live cricket score ticker, an A/B-tested subscribe
button, a generated "इस पृष्ठ पर" table of contents inside the article, trending rail), a Catalan music app on
SvelteKit (svelte-xxxx class hashes, __sveltekit_ bootstrap, Svelte 4 -> 5 hydration-comment migration inside the
policy container, "N persones escoltant ara" counter, weekly chart, concert promo), an Israeli ticketing service on
Hugo in Hebrew (right-to-left, minified output, fingerprinted assets with SRI, GitInfo "last modified" stamped on
rebuild, a presale countdown box injected between title and content, hot events rail), a Filipino mobile-game
publisher's Zendesk Guide help center (Copenhagen theme, relative article time, CSRF token, server-status banner,
in-game event banner, votes, a <details> panel inside the article), a console maker's online network in Canadian
French on Salesforce Experience Cloud (Aura, data-aura-rendered-by ids that differ at every render, fwuid changing
with Salesforce releases, article views counter, network-status component, chat session), a Russian podcast host's
policy published from Notion (notion.site; a synced "platform news" callout and a linked database of other
documents inside the page content, app bundle hashes), and a Czech amateur esports league on Google Sites (nonces,
WIZ_global_data, site banner, a "league news" text box above the policy, page rebuilt in 2024 so the section ids
the declaration selects changed: history); in Finnish, Hindi, Catalan, Hebrew, Filipino, Canadian French, Russian
and Czech.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_studio_ghost_fi", "p2_streaming_nuxt_hi", "p3_music_svelte_ca", "p4_tickets_hugo_he",
              "p5_mobile_zendesk_fil", "p6_console_salesforce_frca", "p7_podcast_notion_ru",
              "p8_esports_gsites_cs"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim27")
