#!/usr/bin/env python3
"""Generate the social_world hidden-style OTA collection: build.py OUT

Social networks and online communities' privacy policies as their own platforms render them: a German Mastodon
instance that keeps its Datenschutzerklärung inside the /about/more extended description (server-rendered HAML,
per-heading ids, table of contents, "Moderierte Server" domain-block tables appended inside the same container,
live user counters, csrf-token and style-nonce per visit), a Spanish Discourse forum's privacy topic in the crawler
view Discourse serves to non-browser agents (topic title h1, post #1 cooked with heading anchors re-baked after an
upgrade, a collapsed [details] panel, replies with likes, suggested topics, 2023 crawler-layout redesign), a Polish
phpBB 3.3 prosilver board whose admin edited the PRIVACY_POLICY language string (raw <br>-separated HTML inside
ucp.php?mode=privacy, sid= on every chrome link for a cookieless visitor, board announcement, recent-topics
sidebar with relative times, debug/load footer and DST time zone), a Turkish Reddit-like link aggregator built
with SvelteKit (scoped svelte-xxxx class hashes that change at each deploy, {@html} markers, Svelte 4 -> 5
hydration comments, trending communities, votes, online counters, outbound redirect shims with per-visit
signatures, A/B promo card inside the article), an Indonesian creator-subscription platform on Laravel Blade +
Livewire + Alpine (csrf and _token, wire:snapshot checksums, live "dukungan terbaru" ticker, collapsed x-show FAQ
panels inside the policy, "kembali ke atas" links, Vite build hashes), a Japanese photo-sharing app on Flutter web
whose host serves a server-rendered fallback for crawlers (serviceWorkerVersion, engine revision, popular photos
with like counts, fallback template rewritten in 2024 so the selector changes: history), a Ukrainian
neighbourhood network on Rails 7 + Turbo (ActionText/Trix body with <div>/<br> blocks and <h1>-only headings,
turbo-frames of recent neighbourhood posts, signed turbo-stream names, air-raid alert banner), and a Persian
Stack-Exchange-style Q&A site on ASP.NET Core Razor (right-to-left, Solar Hijri dates in Persian digits, chrome
strings HTML-encoded as &#x...; entities by Razor's default encoder, fkey and antiforgery token per visit, hot
questions with votes); in German, Spanish (Spain), Polish, Turkish, Indonesian, Japanese, Ukrainian and Persian.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_mastodon_de", "p2_discourse_es", "p3_phpbb_pl", "p4_svelte_aggregator_tr",
              "p5_laravel_creators_id", "p6_flutter_photos_ja", "p7_turbo_neighbours_uk", "p8_razor_qa_fa"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim29")
