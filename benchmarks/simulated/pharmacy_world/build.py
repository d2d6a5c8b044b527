#!/usr/bin/env python3
"""Generate the pharmacy_world hidden-style OTA collection: build.py OUT

Online pharmacies, drugstore chains and telehealth prescription services in eight languages: an online pharmacy
(European Portuguese), a pharmacy/parafarmacia shop (Spanish, Spain), a video-doctor and e-prescription service
(Norwegian Bokmål), a pharmacy chain with a web shop (Bulgarian), an online pharmacy (Latvian), an e-pharmacy with
teleconsultation (Hindi), a drugstore chain (Traditional Chinese, Hong Kong) and an online pharmacy (Persian, Persian
digits and Solar Hijri dates); 8 pages, 240 captures, 46 real edits (a processor added or replaced, table rows added
or removed, retention periods changed, an address, a phone number, a DPO, a grievance officer or a technical director
changed, a section, a paragraph, a sentence or a list item added or removed, words inserted without a new date). Each
page module in pages/ gives its PAGE as services_world's generator reads it; pkit.py holds the few helpers they share
(a widget spliced between blocks, seasonal tables, digits of other scripts, per-deploy hash tables).

- p1_pharmacy_pt: Farmácia Avenida (pt-PT), PrestaShop 1.7 CMS page (classic-derived theme). Well built: selected
  `#main .page-header h1` and `#content.page-cms`; everything volatile is OUTSIDE: the `prestashop` JS var's
  static_token / token and guest cart ids per session, the CCC theme-/bottom- cache hashes per deploy, the seasonal
  header banner, the free-shipping threshold in the top nav, the 'Produtos em destaque' module (picks and prices).
- p2_parafarmacia_es: Farmacia Plaza Mayor (es-ES), Magento 2.4 CMS page with Page Builder rows. Volatile INSIDE the
  selected `.column.main .cms-content`: a catalog_products_list widget ('Productos recomendados', picks, prices,
  review counts and the form_key in its add-to-cart forms) placed between Page Builder rows, removed by
  `.block-products-list`. Outside: the form_key hidden input and mage-init, pub/static version stamps per deploy, the
  seasonal promo bar, the pharmacist chat launcher (online/offline). The h1 is selected by
  `.page-title-wrapper h1.page-title`.
- p3_telehealth_no: Legelinjen (nb-NO), Next.js + Sanity. Until 2024-05-14 Pages Router with CSS-module classes
  (`[class^='LegalPage_body__']`, declaration history), then an App Router redesign (`article.legal-article`). Well
  built: OUTSIDE only: the CSP nonce on every script per request, the Sentry trace meta and __NEXT_DATA__ baggage, the
  buildId and chunk hashes per deploy, the header's live 'leger på vakt / ventetid' teaser, a GrowthBook A/B hero
  button (Feb-Aug 2023), the RSC flight payload (`self.__next_f`) after the redesign.
- p4_drugstore_bg: Аптеки Здравец (bg-BG), WordPress + WooCommerce on Flatsome. Volatile INSIDE the selected
  `#content .page-inner`: the Post Views Counter box ('Прегледи: N') appended to the content, removed by
  `.post-views`. Outside: the flatsomeVars / pvcArgsFrontend nonces, the wc_cart_fragments hash key, theme and plugin
  ?ver= on updates, the seasonal top bar, the free-delivery threshold in the header.
- p5_eaptieka_lv: Dzintara aptieka (lv-LV), Laravel + Livewire 3 + Tailwind (Vite). Volatile INSIDE the selected
  `article.cms-page`: the Livewire 'Farmaceita konsultācija' card (pharmacists online now and queue time by Riga
  opening hours, wire:snapshot checksum and wire:id per request) between two sections, removed by
  `.consultation-card`. Outside: the csrf-token meta and _token inputs, Vite asset hashes per deploy, the Livewire
  script ?id=, the cart badge.
- p6_epharmacy_hi: DawaSetu (hi-IN), Angular 16 Universal SSR. Well built: selected `.policy-wrap`; its
  `_ngcontent-ng-c…` attributes change on deploys (no words). OUTSIDE: the ng-state transfer-state JSON (request id,
  session key), runtime/polyfills/main hashes, the offer strip (rotating offers, Diwali/Holi/Independence Day sales),
  the live 'orders delivered' counter, the geo-IP pincode delivery estimate.
- p7_drugstore_zhhk: 康寧藥房 (zh-HK), SAP Commerce Cloud (Hybris) responsive accelerator ContentPage. Well built:
  selected `.cms-paragraph.privacy-content` (the CMSParagraphComponent); OUTSIDE: ACC.config.CSRFToken and the
  newsletter form's CSRFToken, the jsessionid in the login link, the _ui ?v= per deploy, the seasonal promo slot
  (Lunar New Year, mid-year sale, 11.11, Christmas), the '熱賣產品' carousel slot (picks and sale prices).
- p8_darukhaneh_fa: داروخانه آنلاین سپید (fa-IR), WordPress + WooCommerce on WoodMart (RTL), Persian digits, Solar
  Hijri 'last updated' date. Volatile INSIDE the selected `article.page .entry-content`: the KK Star Ratings box
  (vote count and score, also in its data-payload) appended to the content, removed by `.kk-star-ratings`; the h1 in
  WoodMart's page-title bar is selected by `.page-title h1.entry-title`. Outside: the header's 'شگفت‌انگیز'
  countdown, woodmart_settings / kk_star_ratings nonces, ?ver= on updates, the Nowruz / Black Friday bar, the WP
  Statistics footer widget (online users, today's visits), the eNamad trust seal, the Jalali copyright year.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim56d"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_pharmacy_pt", "p2_parafarmacia_es", "p3_telehealth_no", "p4_drugstore_bg", "p5_eaptieka_lv",
              "p6_epharmacy_hi", "p7_drugstore_zhhk", "p8_darukhaneh_fa"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim56d")
