#!/usr/bin/env python3
"""Generate the events_world hidden-style OTA collection: build.py OUT

Events, ticketing and sport clubs: a ticket resale marketplace, a concert promoter, a football club, a cinema chain,
a music festival, a city marathon, a city theatre and an esports league, in Mexican Spanish, Danish, Italian, Thai
(Buddhist-era dates), Estonian, Latvian, Serbian (Cyrillic) and Malay; 8 pages, 237 captures, 40 real edits.

- p1_resale_esmx (BoletoYa, es-419): Zendesk Guide help-centre article, Copenhagen theme v2 -> v4 (June 2024).
  Fairly clean: per visit the CSRF token (meta and HelpCenter object) and the related-click tokens; Zendesk's
  build comment and asset digests per deploy, the theme's ?digest= per publish, the article vote count, an agent's
  re-save stamp. All outside the declared `.article-body`.
- p2_promoter_da (Nordlyd Koncerter, da): Umbraco 10 with Razor templates, Umbraco Forms and Cookiebot. Fairly
  clean: the antiforgery token and `ufprt` of the newsletter form per visit, webpack hashes per deploy; a
  "Kommende koncerter" strip (badges, sale countdown) and an on-sale top bar now and then. Outside the declared
  `.legal-page__body`, which ends with Cookiebot's cookie-declaration script (no text).
- p3_football_it (Calcio Brenta 1919, it): Adobe Experience Manager (Core Components, data layer). A match bar
  (live score / next fixture countdown) in the header fragment; inside the declared `#legal-content` a
  "Biglietteria" experience fragment (seats left per sector) removed by the declaration, and the components'
  `data-cmp-data-layer` modifyDate re-saves (attributes only); clientlib hashes per deploy.
- p4_cinema_th (Mekha Cineplex, th): Nuxt 2 SSR with CMS text through v-html, Cookie Wow. The now-showing
  rotator in the header and the server time in `window.__NUXT__` per visit; inside the declared
  `.privacy-content` a rotating promotion banner (image link, no text) and the share buttons' `<!---->`
  placeholder, not removed; `/_nuxt/` hashes and `data-v-*` scope ids per deploy.
- p5_festival_et (Põhjalaine, et): Tilda (T017/T030 headings, T004 texts, T431 tables whose cells sit in hidden
  `t431__data-part*` divs). Fairly clean: every capture is a republish (`?t=` stamp), library versions now and
  then, a ticket-phase strip above the menu and the footer line-up teaser. Declared as a range from the title
  record to the last text record; records added later get new ids inside it.
- p6_marathon_lv (Daugavas maratons, lv): 1C-Bitrix (composite frames, visual-editor static page). Per visit
  `bitrix_sessid` and `SERVER_TIME`, the registration widget (days to start, registered runners, or closed with
  the results link), the partners carousel in random order; cache file hashes per reset. All outside the declared
  `.text-content`; the page's <h1> title sits above it and is not in the gold.
- p7_theatre_sr (Pozorište Tvrđava, sr-Cyrl): Joomla 3.10 -> 4.4 (October 2023), Helix Ultimate, Regular Labs
  Tabs: the privacy policy and the house rules ("Кућни ред") are two tabs of one article; the declared
  `#politika-privatnosti` pane starts with the tab's hidden title heading; the house rules are revised each
  season (beside the policy), the hits counter, "Вечерас на сцени" (free seats / РАСПРОДАТО) and the form token
  change outside it.
- p8_esports_ms (Liga E-Sukan Nusantara, ms): Ghost 5 (Casper-based theme) -> SvelteKit 2 relaunch (April 2024),
  with a `history` declaration (`h1.article-title` + `section.gh-content` until the relaunch, then
  `article.legal`). Ghost: the "Berita terkini" strip and Ghost(Pro) versions; SvelteKit: the live-match bar and
  its hydration data, build hashes and `svelte-*` classes on the declared article's own elements (no text).

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and a *.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_resale_esmx", "p2_promoter_da", "p3_football_it", "p4_cinema_th",
              "p5_festival_et", "p6_marathon_lv", "p7_theatre_sr", "p8_esports_ms"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim47b")
