#!/usr/bin/env python3
"""Generate the transit_world hidden-style OTA collection: build.py OUT

Public transport and rail: the privacy policies of a city transit authority, a national railway, a regional bus
operator, a transit IC card, a taxi-hailing app, a long-distance coach company, a bike-share scheme and a parking
app, as their sites publish them, in Polish, Czech, Hungarian, Japanese (Shift_JIS), Korean, Brazilian
Portuguese, Norwegian Bokmål and Hebrew (RTL); 8 pages, 240 captures, 41 real edits.

- p1 ZTM Biała Góra, a Polish city transit authority, on Joomla: 3.10 with a Protostar-derived template until the
  December 2022 upgrade to 4.4 with a Cassiopeia child template (the declaration stays valid). Per visit the
  session CSRF token (joomla-script-options, the login module's hidden input), the "Komunikaty" disruption ticker
  in the header, the media version hash per Joomla update, and the article hits counter in `dl.article-info`
  *inside* the tracked `.item-page` (removed with `.article-info` and J3's print/e-mail `.icons`); Polish.
- p2 NŽD, a Czech national railway, on Kentico 12 Portal Engine (WebForms: __VIEWSTATE, __CMSCsrfToken,
  GetResource.ashx, p_lt_zone… web-part ids, the policy in an EditableText region) until the December 2022
  relaunch on Kentico Xperience 13 (ASP.NET Core MVC, Page Builder rich-text widgets, OneTrust): declaration
  history (h1 + EditableText id, then `article.article`). Fairly clean: request tokens, the header's
  connection search prefilled with the request's Prague date and time, the "Mimořádnosti" count, deploy hashes,
  all outside the region; Czech.
- p3 PannonBusz, a Hungarian regional bus operator (a former Volán company), on a SharePoint Server 2016
  publishing site: per request __REQUESTDIGEST (with its time), __VIEWSTATE, g_correlationId and
  clientServerTimeDelta, ?rev= hashes per cumulative update, and a "Forgalmi információk" Content Query web part
  (current diversions, refresh time) in the page layout's web-part zone *inside* the tracked `.pb-article`
  (removed by `.ms-webpart-zone`); Hungarian.
- p4 MINACA, a Japanese transit IC card (top-up, commuter passes, joint use within a railway group), static pages
  published by Movable Type 7 in Shift_JIS behind Akamai. Fairly clean: Akamai Bot Manager's injected
  script/pixel (per-request token, rotating path) and the ?v= stamps of the common CSS/JS; `#main` tracked,
  "ページの先頭へ" removed; Japanese.
- p5 TAGO Taxi, a Korean taxi-hailing app, on Angular 17 SSR with hydration, the policy from a terms API rendered
  section by section. Fairly clean: esbuild chunk hashes and `_ngcontent-ng-c…` component ids per deployment,
  also on the section wrappers *inside* the tracked `article.policy` (attributes only, not removed), and the
  ng-state transfer cache per request (servedAt, request id, the whole policy again as JSON); the article
  header's Korean-style "previous versions" select (removed) gains an entry at each dated revision; Korean.
- p6 Viação Serra Azul, a Brazilian long-distance coach company, on Liferay DXP 7.4: one Web Content Display
  whose FreeMarker template renders Clay tabs — Política de Privacidade (tracked by its pane's id), Condições
  Gerais de Transporte and Política de Cookies, the other two revised on their own. Per visit a promo bar with a
  rotating route fare offer (A/B), Liferay.authToken/p_auth, the ThemeDisplay client address, combo t= stamps
  per deployment; Brazilian Portuguese.
- p7 Fjordby Bysykkel, a Norwegian city bike-share scheme, on Enonic XP 7: a hero part, a text component, a
  live-status part ("Akkurat nå": free bikes and docks from the GBFS feed, or the winter-pause notice, with its
  time) *inside* the tracked `main[data-portal-region="main"]` (removed by `.live-status`), and the chapters in
  collapsed <details> accordions; a season banner (open / ending / winter pause / soon) and the app's asset
  fingerprint per deployment outside; Norwegian Bokmål.
- p8 Parkly, an Israeli parking-payment app, on Squarespace 7.1 (RTL by code injection; tables in code blocks
  between text blocks; an app-download section below): the section converted to Fluid Engine in June 2023
  (declaration history: `#page-section-…`, then `.fe-…`). Fairly clean: Squarespace rollup hashes and
  betaFeatureFlags per platform deployment, versioned site.css and contentModifiedOn on site edits,
  timeZoneOffset/Abbr with Israel's DST; Hebrew.

Real edits: typo fixes without a new date, processors added to tables, retention periods changed, contact
numbers, officers and addresses changed, sentences and sections added (EMV tap-to-ride, on-board Wi-Fi, on-board
card payment, pseudonymised data, facial boarding, e-bikes, Israel's Amendment 13), a section renumbering.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and *.history.json for p2 and p8), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_citytransit_joomla_pl", "p2_railway_kentico_cs", "p3_regionalbus_sharepoint_hu",
              "p4_iccard_movabletype_ja", "p5_taxi_angular_ko", "p6_coach_liferay_ptbr", "p7_bikeshare_enonic_no",
              "p8_parking_squarespace_he"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim47a")
