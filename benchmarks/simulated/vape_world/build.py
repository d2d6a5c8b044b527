#!/usr/bin/env python3
"""Generate the vape_world hidden-style OTA collection: build.py OUT

Vape, e-cigarette, CBD and tobacco shops and brands in eight languages: a Belgian vape-shop chain (French), an Italian
e-cigarette web shop, a Slovak CBD e-shop, a Lithuanian vape and CBD shop, a Serbian tobacco manufacturer (Cyrillic),
a Ukrainian vape shop, a Malaysian e-liquid brand (Malay) and a Danish e-cigarette and nicotine-pouch shop; 8 pages,
240 captures, 45 real edits (processors added or replaced, table rows added or removed, retention periods, addresses,
phone numbers and a DPO changed, sections, paragraphs, sentences and list items added or removed, a typo fixed and
wordings changed without a new date). Age gates, loyalty schemes and store locators throughout. Each page module in
pages/ gives its PAGE as services_world's generator reads it; vkit.py holds month names, local clocks, seasons and
deploy-hash tables.

- p1_vapeshop_frbe: Le Nuage Vape Store (French, Belgium; no distance selling of e-cigarettes, so a catalogue with
  store locator and loyalty card), Lightspeed eCom C-Series theme, service textpage. Well built: everything volatile
  is OUTSIDE the selected `.textpage`: the newsletter form's hidden key per request, the dataLayer client id, the
  header's Liège store status (open today / closed on Sunday), the seasonal top banner, the 'Nouveautés en magasin'
  slider (four random products with prices), the theme asset ?timestamp per deploy.
- p2_svapo_it: Svapo Nuvola (Italian), PrestaShop 1.7 classic-derived theme, CMS page. Volatile INSIDE the selected
  `#main`: the Feedaty reviews widget hooked on displayCMSDisputeInformation at the end of `#content` (review count,
  average, two latest reviews), removed by `.feedaty_widget` (with the empty `.page-footer`). Outside: the
  `prestashop` JS object's static_token, token and guest id per request, the seasonal promo strip, the CCC
  theme-/bottom- cache file hashes per deploy.
- p3_eshop_sk: CBD Raj (Slovak), Shoptet (template 11), article page. Well built: `.pageArticleDetail` (h1 and
  div.text) is clean; outside: the csrf token (meta and shoptet.csrf), the dataLayer visitorId, the
  'Najpredávanejšie' sidebar (picks and stock badges), the Heureka 'Overené zákazníkmi' review count, the template
  ?v= on deploys.
- p4_cbd_lt: Garų Namai (Lithuanian), WordPress + WooCommerce + Flatsome with WP Rocket, Age Gate. Volatile INSIDE the
  selected `#content .col-inner`: the Post Views Counter line ('Peržiūros: 2 345') appended to .entry-content, removed
  by `.post-views`. Outside: wc_cart_fragments hash, Age Gate nonces, the WP Rocket 'cached@' comment, theme/plugin
  ?ver= on updates, the seasonal top-bar strip.
- p5_tobacco_sr: Дунав Дуван (Serbian, Cyrillic), tobacco manufacturer's brand site with age-verification form and
  kiosk locator, Drupal 10 (Olivero-like theme). Selected: the page-title block's h1 and `article.node--type-page`;
  volatile INSIDE the article: `.node__meta` 'Последња измена' (the node's changed time, moves when the node is
  saved), removed. Outside: the views js-view-dom-id hash, the age form's form_build_id, css_/js_ aggregate hashes and
  permissionsHash per deploy, the 'Вести' block, the footer's kiosk count.
- p6_vapeshop_uk: Хмаринка (Ukrainian), Horoshop info page. Volatile INSIDE the selected `article.article`: the
  'Акція тижня' promo banner between the h1 and the text, removed by `.promo-banner`. Outside: the CSRF _token, the
  session id, the header's 'ship today / tomorrow' teaser (Kyiv time), the power-outage / air-raid notice bar of
  winter 2022-23 and summer 2024, /_assets/ bundle hashes per deploy.
- p7_liquid_ms: Awan Liquid (Malay), Wix (Thunderbolt), one rich-text element (font_0/font_2/font_8 paragraphs,
  zero-width spacer paragraphs). Well built: all volatile OUTSIDE the rich text: the wix-viewer-model JSON's
  requestId, visitorId, biSessionId and siteRevision, thunderbolt bundle versions, the 'Produk Terlaris' Wix Stores
  gallery, the stockist count, the age-gate lightbox. Redesigned on 2024-06-11 (new element id and classes, header):
  declaration history `#comp-kz7m1q2x` until 2024-06-11, then `#comp-lx4r9t0b`.
- p8_snus_da: Dampkompagniet (Danish), Shopify Dawn, system page /policies/privacy-policy. Well built: the selected
  `.shopify-policy__container` is clean; outside: CSP nonces, ShopifyAnalytics requestId and __st reqid/u per
  request, __st offset (summer time), announcement bar by season, Dawn theme upgrades (Shopify.theme id, /t/N/ asset
  path) and asset ?v=, the age-verification popup.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim56c"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_vapeshop_frbe", "p2_svapo_it", "p3_eshop_sk", "p4_cbd_lt", "p5_tobacco_sr", "p6_vapeshop_uk",
              "p7_liquid_ms", "p8_snus_da"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim56c")
