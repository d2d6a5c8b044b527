#!/usr/bin/env python3
"""Generate the agri_world hidden-style OTA collection: build.py OUT

Agriculture, garden and DIY: a grain-trading platform, a seed and fertiliser e-shop, an agricultural machinery
maker, a farm-management app, a farmers' sugar co-operative, a weather service for farmers, a garden-centre chain
and a DIY/hardware chain, in Ukrainian, Romanian, Slovenian, Urdu (RTL), Marathi, Swahili, Icelandic and Spanish
(Spain); 8 pages, 240 captures, 46 real edits.

- p1_graintrade_uk: ZernoHub, Angular Universal SSR (15 -> 16 -> 17 -> 18 over the years). Per visit the grain
  price ticker in the header (CPT/FCA quotes, NBU dollar rate) and its copy in the `ng-state` script, and the
  presigned S3 URL of the icon-only PDF button *inside* the declared `.legal-content` (attributes only); sticky
  bundle hashes and `_ngcontent` ids (inside the container too), Angular upgrades.
- p2_seeds_ro: SemAgro, Shopify (Dawn 9 -> 13 -> 15). Fairly clean: per visit the storefront request id and web
  pixels session id; sticky the announcement-bar carousel (the month's sowing tip, a rotating promotion) and the
  theme asset `?v=` stamps. Declared `.shopify-policy__container`.
- p3_machinery_sl: Krpan Stroji, TYPO3 10 + bootstrap_package 11 -> TYPO3 12 + bootstrap_package 14 (Bootstrap 4 ->
  5 accordion markup). The policy's sections are collapsed accordion items. Fairly clean: per visit Cloudflare Web
  Analytics' rayId; sticky the footer's next-fair box (AGRA, Agritechnica, ...) and TYPO3 cache-busters.
  Declared `#page-content` (a <div>, then a <main>).
- p4_farmapp_ur: FaslDost, Laravel + Livewire 3 + Tailwind, RTL. Per visit a Livewire weather strip (Lahore
  temperature, sky, rain chances, the season's crop advice, wire:snapshot checksum) *inside* the declared
  `article.policy`, removed by the declaration; CSRF token; sticky Vite hashes.
- p5_coop_mr: Anjani sugar co-operative, ASP.NET WebForms. Per visit `__VIEWSTATE`/`__EVENTVALIDATION`, the visitor
  counter and today's date in Devanagari digits; sticky the `<marquee>` of cane-rate and general-meeting notices,
  the site's last-updated stamp and the .axd build stamps. All outside `#ContentPlaceHolder1_pnlPolicy`.
- p6_weather_sw: Kilimo Hewa, Hugo on Netlify rebuilt hourly. Per visit the regional forecast strip and the build
  stamp; sticky the "Ushauri wa msimu" advice box *inside* the declared `article.ukurasa` (removed by the
  declaration) and Hugo's fingerprinted assets / version.
- p7_garden_is: Gróðurland, Umbraco 10. Three documents in Bootstrap tabs: the policy (`#personuvernd`, declared),
  the web shop's terms of sale (revised three times: noise beside the policy) and the cookie notice. Per visit the
  "Opið núna"/"Lokað" badges of four garden centres and the Umbraco Forms anti-forgery tokens.
- p8_diy_es: Bricoval, Salesforce B2C Commerce (SFRA) content asset. Fairly clean: per visit the newsletter
  `csrf_token` and the dwac tracking id; sticky the code version in every static URL and the header promotion slot.
  Declared `#maincontent .content-asset` (the footer holds another content asset).

The generator, its helpers (`common`), `compare.py` and `selfcheck.py` are services_world's, run on these pages
with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json,
OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_graintrade_uk", "p2_seeds_ro", "p3_machinery_sl", "p4_farmapp_ur",
              "p5_coop_mr", "p6_weather_sw", "p7_garden_is", "p8_diy_es"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim47c")
