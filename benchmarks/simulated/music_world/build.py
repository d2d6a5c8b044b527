#!/usr/bin/env python3
"""Generate the music_world hidden-style OTA collection: build.py OUT

Music and audio in eight languages none of the archive's rules were written on: a music-streaming service (Hindi),
an instrument shop (Mexican Spanish), a record label (Filipino), a radio station (Swahili), a concert hall
(Icelandic), a music school (Latvian), a podcast platform (Persian) and a lyrics-and-chords site (Urdu); 8 pages,
238 captures, 48 real edits (a table row added, a retention period changed, a section added, a phone number, an
e-mail or an officer changed, a typo fixed without a new date, a word inserted, a brand or an authority renamed).
Each page module in pages/ gives its PAGE as services_world's generator reads it; mukit.py holds the few helpers
they share (block rendering with a platform's own attributes, Solar Hijri dates, Persian digits).

- p1_streaming_hi: Sursaagar (Hindi), Angular 17 Universal SSR with hydration; CMS blocks rendered by Angular
  components. Fairly clean: esbuild bundle hashes and the `_ngcontent-ng-c…` attribute names Angular stamps on every
  element (inside the declared `.static-page__content` too) change with deploys; the ng-state transfer cache (request
  id, fetch time) per request.
- p2_instruments_esmx: Casa Armonía (Spanish, Mexico), Shopify Dawn policy page. Fairly clean: Shopify's `__st`
  request id, theme updates (`?v=` stamps, theme id, schema version), the announcement bar's promotions (Hot Sale,
  Buen Fin, Santa Cecilia), the footer's year; all outside `.shopify-policy__container`.
- p3_label_tl: Tugtog Records (Filipino), Squarespace 7.1: the policy over text blocks and code blocks (the tables).
  Fairly clean: platform rollup hashes, betaFeatureFlags, the site's contentModifiedOn stamp, a pre-save
  announcement bar, a new-releases carousel; the featured release's Spotify embed is a code block the declaration's
  `#sections .sqs-block-code .sqs-block-content` also selects (an iframe, no words).
- p4_radio_sw: Mwambao FM (Swahili), Joomla 4/5 Cassiopeia article. Volatile: the "Sasa Hewani" now-playing module
  loaded into the article body with {loadmoduleid} (show, song, online listeners; the curator removes
  `.mod-nowplaying`), the hits counter just above the body, the weekly Top 10 in the sidebar, Joomla's csrf.token.
- p5_concerthall_is: Sónhöll (Icelandic), Umbraco Block Grid (ASP.NET Core). Volatile: an upcoming-concerts block
  ('Aðeins N miðar eftir', 'Uppselt') inside the selected `.umb-block-grid`, removed by the declaration; the
  antiforgery token and asp-append-version hashes outside.
- p6_musicschool_lv: Skaņu Darbnīca (Latvian), Tilda: title and intro records, then every section in a collapsed
  T585 accordion item (tables as text lines); a range declaration from the heading record to the accordion record.
  Volatile: the free-lesson-slots record right after the range, updated and republished between visits (Tilda's
  `?t=` publish stamps).
- p7_podcast_fa: Padrah (Persian, Solar Hijri dates, Persian digits), Nuxt 2 SSR with Bootstrap-Vue tabs holding the
  terms of use (hidden pane, revised once) beside the privacy policy (`#privacy .legal-doc`). Volatile: the header's
  live listeners counter, the weekly top-podcasts chart (its badges shift the tabs' `__BVID__` ids), Nuxt chunk
  hashes and `window.__NUXT__`.
- p8_lyrics_ur: Naghma Kada (Urdu), Blogger static page, Contempo theme, `trbidi="on"` body. Fairly clean: Blogger's
  per-request `zx=` and `__wavt` tokens, its release hashes and the Popular Posts widget, outside `.post-body`.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim49b"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_streaming_hi", "p2_instruments_esmx", "p3_label_tl", "p4_radio_sw", "p5_concerthall_is",
              "p6_musicschool_lv", "p7_podcast_fa", "p8_lyrics_ur"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim49b")
