#!/usr/bin/env python3
"""Generate the culture_world hidden-style OTA collection: build.py OUT

Culture and ticketing: a national museum, a theatre, an opera house, a concert-ticketing platform, a cinema
chain, a public library network, a festival and a streaming concert-hall archive, in Italian, Hungarian,
Romanian, Brazilian Portuguese, Finnish, Traditional Chinese (Taiwan, ROC dates), Hebrew (RTL) and Ukrainian.

- p1_museum_it: Liferay DXP journal-content portlet, 7.2 classic theme -> 7.4 Bootstrap Italia theme (spring
  2024); per visit Liferay.authToken / p_auth, per deploy the combo `t=` stamps. Fairly clean; declaration
  `.journal-content-article`.
- p2_theatre_hu: ASP.NET WebForms master page; __VIEWSTATE/__EVENTVALIDATION per visit, .axd hashes per deploy,
  a "Ma este a színpadon" strip (tonight's play, seats left / "Telt ház"), a box-office notice in the right
  column beside the declared panel `#ctl00_MainContent_pnlTartalom`.
- p3_opera_ro: Joomla 3 (Protostar child) -> Joomla 4 (Cassiopeia child) in October 2023; CSRF token per visit,
  the article's hits counter in `.article-info` inside the declared `.item-page` (removed by the declaration), a
  "Diseară pe scenă" sidebar module with a premiere countdown, media version hashes per deploy.
- p4_ticketing_ptbr: Angular Universal, Angular 15 -> 17 (June 2024); emulated-encapsulation `_ngcontent-*`
  attributes on every element inside the declared `.politica-conteudo` change with deploys (textless noise
  inside the container), transfer state, an "Em alta" strip with ESGOTADO / ÚLTIMOS INGRESSOS badges and a
  presale countdown outside it.
- p5_cinema_fi: Sitecore SXA; the sections in a collapsed accordion component; per visit the
  __RequestVerificationToken, media rev/hash per deploy, a "Nyt teattereissa" promo (films, today's screening
  count) inside the declared `#content`, removed by the declaration (`.component.promo`).
- p6_library_zhtw: Taiwanese government Java/JSP portal (GSN metadata, ":::" accesskeys); ;jsessionid= in every
  link per visit, visitor counters in the footer, today's opening hours, and inside the declared `.cp` the
  `.cp-info` box (view count, an editor's re-save date), removed by the declaration.
- p7_festival_he: Wix (Thunderbolt), the policy in two rich-text components both selected; fairly clean: the viewer
  model requestId, fedops session, a countdown app iframe's instance, hashed class names per release (also on
  the selected components).
- p8_concerthall_uk: SvelteKit with Contentful rich text; privacy policy and cookie policy in two tab panels (the
  cookie one hidden, beside the declared `#panel-privacy`); build hashes and svelte-* classes per deploy, a
  "Наживо зараз" live strip with viewer count, a donation banner, an "Нове в архіві" teaser.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_museum_it", "p2_theatre_hu", "p3_opera_ro", "p4_ticketing_ptbr",
              "p5_cinema_fi", "p6_library_zhtw", "p7_festival_he", "p8_concerthall_uk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim46b")
