#!/usr/bin/env python3
"""Generate the waste_world hidden-style OTA collection: build.py OUT

Waste collection, recycling, skip hire and environmental services, municipal and private, in eight languages: a
private waste hauler (Estonian), door-to-door collection and scrap pickup (Hindi), an intercommunale (Belgian Dutch),
skip hire (Bulgarian), a recyclables buy-back centre (Malay), an inter-municipal waste company (Norwegian Bokmål), a
private waste and skip-hire company (Finnish) and an industrial-waste hauler (Japanese); 8 pages, 240 captures, 45
real edits (a processor added, replaced or removed, table rows, retention periods, an address, a phone number, a DPO
or grievance officer changed, a section, paragraph, sentence or list item added or removed, typos and wordings fixed
without a new date). Each page module in pages/ gives its PAGE as services_world's generator reads it; wkit.py holds
the few helpers they share (local clocks, month names, news pools, deploy hashes).

- p1_waste_et: Ringmaa Jäätmehooldus (Estonian), WordPress 6 + Astra + Gutenberg, WPML, Cookiebot, LiteSpeed Cache.
  Well built: select `.entry-content`. Volatile, all OUTSIDE: LiteSpeed 'Page optimized' build-time comment,
  wpApiSettings / astra nonces, Astra and WordPress ?ver on updates, seasonal header notice (garden waste, Christmas
  trees, holidays), footer latest news, Smartsupp chat status.
- p2_waste_hi: Harit Path (Hindi), Laravel 10 + Livewire 3 + Vite. Volatile INSIDE the selected `article.policy-page`:
  the `.page-meta` line (views counter and the CMS updated_at), removed by the declaration. Outside: csrf-token and
  form _token, Livewire wire:snapshot id and checksum per request, Vite asset hashes per deploy, the header's
  'tonnes collected today' counter, the Diwali / Holi / Environment Day strip.
- p3_waste_nlbe: IVAK (Belgian Dutch), Drupal 9, rebuilt on Drupal 10 with Paragraphs in June 2024: declaration
  history `.node--type-page .field--name-body` until 2024-06-11, then `.node--page .paragraph--type--text .rich-text`.
  Well built; volatile OUTSIDE: ajaxPageState libraries, css/js aggregate hashes, recycling park open/closed block,
  ophaalkalender 'next collection' teaser, latest news view, seasonal banner.
- p4_skip_bg: Kontejneri Sofia (Bulgarian), WordPress + WPBakery (js_composer) + WooCommerce, Viber button. Volatile
  INSIDE the selected `.policy-row .vc_column-inner`: the `.skip-cta` order box between the text columns (free skips
  today, price 'from' in leva, then leva and euro from August 2025, euro only from 2026), removed. Outside: WooCommerce
  cart-fragment hash and Store API nonce, js_composer ?ver, a bad-weather delivery notice.
- p5_recycle_ms: Alam Hijau Kitar Semula (Malay), Wix (Thunderbolt). Well built: select `#comp-lmq0r7x3` (the rich-text
  element). Volatile OUTSIDE: today's buy-back price strip (copper, aluminium, paper RM/kg), Wix requestId and
  visitorId, viewer version and bundle hash, Merdeka / Deepavali / Aidilfitri banner, Wix Chat status.
- p6_waste_nb: Vestfjord Renovasjon (Norwegian Bokmål), Enonic XP 7. Volatile INSIDE the selected
  `article.article-page`: the `.article-meta` 'Sist endret' stamp (moves on text saves and on editors' re-saves) and
  the `form.feedback` 'Var denne siden nyttig?' form with a per-request token, both removed. Outside:
  driftsmeldinger (snow, holidays, ferry), /_/asset/ build stamps, the tømmekalender teaser.
- p7_waste_fi: Kiertokaari (Finnish), Next.js on Vercel + Contentful, pages router until a rebuild on the app router
  in October 2024 (CSS Modules hashes change): history `.Policy_body__x7Kq2` until 2024-10-08, then
  `.page_legal__Zr81v`. Well built; volatile OUTSIDE: CSP nonces, sentry-trace, buildId and chunk hashes per deploy,
  __NEXT_DATA__ / RSC payload, the skip-hire price teaser's A/B variant, 'Ajankohtaista' posts, seasonal banner.
- p8_sanpai_ja: Eco Link Tokai 株式会社エコリンク東海 (Japanese), WordPress + Lightning G3 + VK Blocks + VK All in One
  Expansion Unit. Select `.page-header-title` and `.entry-body`; volatile INSIDE `.entry-body`: the ExUnit CTA drawn
  at random among three (`.veu_cta`, with the 受付中 / 受付時間外 status) and the share buttons with live
  Facebook / Hatena counts (`.veu_socialSet`), both removed. Outside: vkExOpt nonce, Lightning ?ver, 新着情報 widget,
  the header's 本日の受付 status.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim55c"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_waste_et", "p2_waste_hi", "p3_waste_nlbe", "p4_skip_bg", "p5_recycle_ms", "p6_waste_nb",
              "p7_waste_fi", "p8_sanpai_ja"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim55c")
