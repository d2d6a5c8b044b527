#!/usr/bin/env python3
"""Generate the florist_world hidden-style OTA collection: build.py OUT

Florists, flower and gift delivery in eight languages: an online florist (Dutch), a florist and delivery network
(Polish), a flower gift shop (Japanese), a flowers and gift-basket shop (Brazilian Portuguese), a florist and gift
delivery shop written in the Egyptian register (Arabic, Arabic-Indic digits), a florist with same-day delivery
(Italian), a nationwide flower delivery service (Korean) and a florist (Romanian); 8 pages, 240 captures, 45 real
edits (a processor or payment provider added or replaced, table rows added, a retention period changed, an address,
a phone number, a DPO or privacy officer changed, a section, an article, a paragraph, a sentence or a list item added
or removed, a typo fixed and a sentence reworded without a new date). Each page module in pages/ gives its PAGE as
services_world's generator reads it; fkit.py holds the few helpers they share (local clocks with summer time, month
names, seasonal windows such as Mother's Days by country and Ramadan, order cut-off countdowns, Arabic-Indic digits,
growing counters, a template filler).

- p1_florist_nl: Tulpaan (Dutch), Magento 2.4 Open Source with Page Builder behind Varnish: a Luma-based theme until
  17 February 2025, then Hyva (new head, header, footer and scripts; the selectors still hold, no history). Volatile
  INSIDE the selected `.column.main`: Luma's form_key input, the authenticationPopup and x-magento-init scripts,
  Page Builder's inline <style> whose data-pb-style ids change when the page is saved, and the 'Populair deze week'
  heading with a Products carousel (seasonal bouquets, prices, per-request form_key in its forms), all removed
  (`input[name="form_key"]`, `#authenticationPopup`, `script`, `style`, the heading and products content types).
  Outside: the FPC build time and the 16:00 same-day countdown in the USP bar, the Kiyoh score and count, the
  seasonal banner (Valentijnsdag, Moederdag, Secretaressedag, Kerst), /static/versionNNN/ deploy versions, the
  newsletter form_key.
- p2_florist_pl: Storczyk (Polish), PrestaShop 8 (classic-based child theme). Well built: `#main .page-header h1`
  and `#content.page-cms` hold only the text. Outside: the prestashop JS object's static_token, token and time per
  request, CCC theme cache file hashes, the header same-day countdown (14:00), the displayBanner strip (Walentynki,
  Dzień Kobiet, Dzień Matki, Dzień Edukacji Narodowej, Wszystkich Świętych, Boże Narodzenie), the left column's
  Bestsellery, the footer's Ceneo Zaufane Opinie rating and count.
- p3_florist_ja: 花音フラワーギフト (Japanese), EC-CUBE 4.2. Volatile INSIDE the selected `.ec-layoutRole__main`:
  the mainTop blocks (seasonal gift notice for 母の日, 敬老の日, クリスマス, 年末年始, and the same-day shipping
  notice that flips at 12:00 JST) and the mainBottom blocks (おすすめ商品 from the Recommend plugin, the two-month
  営業日カレンダー with today marked), removed by `.ec-layoutRole__mainTop` and `.ec-layoutRole__mainBottom`.
  Outside: the eccube-csrf-token meta per session, the GTM environment, the contentBottom 新着情報 list.
- p4_florist_ptbr: Cesta e Flor (Brazilian Portuguese), VTEX IO store framework SSR: flex-layout, vtex.menu and a
  vtex.rich-text block with its blockClass. Well built: `.vtex-rich-text-0-x-container--politica-privacidade`.
  Outside: the render-server request id, segment token and appsEtag in __RUNTIME__, render-server and store-theme
  versions in asset URLs, the promo bar (Dia da Mulher, Dia das Mães, Dia dos Namorados, Black Friday, Natal), the
  15:00 same-day countdown, the 'Mais vendidos' shelf, the Trustvox store rating and count.
- p5_florist_ar: وردة Warda (Egyptian Arabic, RTL), Shopify: Debut until 18 September 2023, then Dawn (new section
  ids, markup, scripts): declaration history `#MainContent .section-header h1`, `#MainContent .grid__item > .rte`
  until 2023-09-18, then `#MainContent h1.main-page-title`, `#MainContent .page-width--narrow > .rte`. The body was
  pasted from Google Docs (dir attributes, span wrappers, a stray meta; no words). Well built otherwise; outside: the
  ShopifyAnalytics requestId and Boomerang renderRegion per request, theme asset ?v= stamps, the announcement bar
  (عيد الحب, عيد الأم, رمضان by year), the WhatsApp chat app embed online/offline by Cairo time.
- p6_florist_it: Le Gardenie (Italian), WordPress + WooCommerce on Flatsome with WP Rocket, Yoast and iubenda.
  Volatile INSIDE the selected `#content .entry-content`: the promo UX Builder section at its top (San Valentino,
  Festa della Donna, Festa della Mamma, defunti, Natale, else same-day delivery) whose section_/row-/col-/text- ids
  and inline <style> are random on every cache build, removed by `.entry-content > .section`. Outside: the WP Rocket
  cached@ stamp, the WooCommerce Store API nonce, Flatsome / WooCommerce / Yoast versions, Yoast dateModified on
  saves, the footer's three latest blog posts.
- p7_florist_ko: 꽃담 Kkotdam (Korean), gnuboard5 + youngcart5, content page `bbs/content.php?co_id=privacy`. Well
  built: `#ctt`. Outside: the 접속자집계 counters and 현재접속자 count, 인기검색어, the side column's 포토후기, the
  top banner (발렌타인데이, 졸업·입학, 화이트데이, 어버이날·스승의날, 크리스마스), ?ver= on theme files.
- p8_florist_ro: Florăria Iasomia (Romanian), WordPress + WooCommerce on WoodMart with WPBakery and LiteSpeed Cache.
  Volatile INSIDE the selected `#post-3 .entry-content`: the Post Views Counter 'Vizualizări' line appended to the
  content, removed by `.post-views`; the WPBakery vc_custom_ class on the row changes when the page is saved (no
  words). Outside: the LiteSpeed 'Page generated' stamp, the WooCommerce order-attribution session id, the top bar
  (Valentine's and Dragobete, 1 and 8 Martie, 1 Iunie, Crăciun), theme and plugin ?ver=, the ANPC badges.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim53a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_florist_nl", "p2_florist_pl", "p3_florist_ja", "p4_florist_ptbr", "p5_florist_ar",
              "p6_florist_it", "p7_florist_ko", "p8_florist_ro"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim53a")
