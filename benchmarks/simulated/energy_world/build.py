#!/usr/bin/env python3
"""Generate the energy_world hidden-style OTA collection: build.py OUT

Energy and utilities' privacy policies as their sites really serve them, in Dutch, German, Italian, Brazilian
Portuguese, Hindi, Japanese, Norwegian (bokmål) and Hungarian; 8 pages, 236 captures, 40 real edits:

- a Dutch electricity and gas grid operator on Sitecore XM/SXA (title and intro rich-text components, the
  sections in a collapsed SXA accordion; header with the live "actuele storingen" outage banner and a Sitecore
  Forms postcode check whose __RequestVerificationToken / FormSessionId change per visit; ?t=/rev/hash stamps on
  theme bundles and media per deploy);
- a German heating-oil and wood-pellet dealer on Shopware 6 (policy in the CMS text element of the shop page;
  "Heizölpreis heute" / pellet price ticker in the top bar, Twig _csrf_token in the price-alert and newsletter
  forms, theme hash per compile, upgrade 6.4 -> 6.5 in 2024);
- an Italian electricity and gas supplier on Liferay DXP 7.4 (one web-content article rendered as two tabs, the
  customers' privacy notice and the cookie policy, whose cookie table changes on its own; PUN/PSV price card
  and an A/B "offerta del mese" in the sidebar; Liferay.authToken / p_auth per visit, combo ?t= per deploy);
- a Brazilian rooftop-solar installer on Wix (policy in two rich-text boxes with a live "MWh gerados" counter
  strip between them; requestId/visitorId per visit, Thunderbolt version and hashed component classes per Wix
  release, siteRevision per publish);
- the Hindi page of an Indian state electricity distribution company on ASP.NET WebForms (__VIEWSTATE /
  __EVENTVALIDATION per visit, power-cut notices in a <marquee>, visitor counter and "last updated" date in the
  footer; a page-hit counter and a print/e-mail toolbar inside the selected content panel, removed by the
  declaration);
- a Japanese city-gas and electricity retailer, Movable Type static pages in Shift_JIS behind Akamai (only the
  Akamai pixel token per visit, an occasional 需給ひっ迫 / year-end notice, the three latest お知らせ in the
  sidebar, a CSS stamp change at a renewal);
- a Norwegian EV-charging network on SvelteKit with Contentful (rich text rendered into {@html}; the live
  "ladepunkter ledige nå" count and today's price in the header; the rendered body again in the hydration
  data with the entry's revision; immutable asset hashes and svelte-xxxx class hashes per deploy);
- a Hungarian regional water utility on Joomla 3.10 -> 4.4 (com_content article; inside the selected .item-page
  the article-info block with the hit counter and a modified stamp that also moves on re-saves, and the
  print/e-mail icons, removed by the declaration; outage / water-cut list and the monthly meter-reading window
  outside; per-session login-module token and csrf.token).

Edits: typo and accent fixes without a new date, processors and recipients added to tables, retention periods
changed, sections added (drone inspections, smart prepaid meters, Plug & Charge, remote-read water meters as
"4/A."), officers, phone numbers and addresses changed, renamed laws (TTDSG -> TDDDG).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_gridop_sitecore_nl", "p2_heizoel_shopware_de", "p3_lucegas_liferay_it", "p4_solar_wix_ptbr",
              "p5_discom_webforms_hi", "p6_citygas_mt_ja", "p7_evcharging_sveltekit_no", "p8_water_joomla_hu"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim44a")
