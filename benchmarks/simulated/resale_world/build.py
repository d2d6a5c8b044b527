#!/usr/bin/env python3
"""Generate the resale_world hidden-style OTA collection: build.py OUT

Auction houses, pawnshops, second-hand marketplaces and consignment stores in eight languages: an auction house
(Dutch), a pawnshop chain with a shop of unredeemed goods (Polish), a brand-goods buying and resale shop (Japanese), a
second-hand marketplace (Turkish), a designer consignment store (Greek), a pawnshop chain (Mexican Spanish), a
self-service flea market chain (Finnish) and an auction house for art and coins (Slovenian); 8 pages, 240 captures,
45 real edits (a processor added, renamed or replaced, table rows added or removed, a retention period changed, an
address, a phone number, a contact person or a DPO changed, a section, a paragraph, a sentence or a list item added
or removed, sections renumbered, words inserted without a new date). Each page module in pages/ gives its PAGE as
services_world's generator reads it; rkit.py holds the few helpers they share (month names, seasonal banners, sticky
deploy stamps, auction calendars).

- p1_auction_nl: Veilinghuis Spaarnestad (Dutch), WordPress + Divi 4 (Theme Builder sections/rows/text modules), WPML,
  CookieYes. Volatile, all OUTSIDE the selected Divi text module: the top bar's next auction date, viewing days and
  "nog N dagen" countdown; the footer's featured lots with estimates; the et_frontend_nonce / et_ab_log_nonce and
  wpApiSettings nonce per request; the et-cache unified CSS ?ver when the cache is cleared; Divi version hashes; the
  CookieYes banner layout. On 2024-05-14 the page was rebuilt (hero section, legal-navigation column): the policy
  moved from text module 0 of section 0 to text module 2 of section 1, so the declaration history selects
  `.et_pb_section_0 .et_pb_text_0 .et_pb_text_inner` until then and `.et_pb_section_1 .et_pb_text_2 .et_pb_text_inner`.
- p2_pawn_pl: Lombard Złota Klamra (Polish), PrestaShop 1.7 classic-based theme, CMS page. Volatile INSIDE the
  selected `#content.page-cms`: the "Aktualne ceny skupu złota" box (today's gold-buying rates per gram and the date)
  pasted into the CMS content after the introduction, removed by `.kurs-zlota`. Outside: prestashop.static_token,
  token and cart id per session, CCC cache file names on deploys, the footer's new products and prices, seasonal
  promo strip (Black Week, Christmas, Valentine's). The h1 sits in `#main .page-header` and is selected with it.
- p3_brand_ja: 銀杏堂 Ichodo Brand Reuse (Japanese), EC-CUBE 4.2, a user_data page. Volatile INSIDE the selected
  `.ec-layoutRole__main`: the mainTop campaign banner (spring/summer/year-end buying campaigns) and the mainBottom
  "新着買取実績" block (latest buy-ins with prices), removed by `.ec-layoutRole__mainTop` and
  `.ec-layoutRole__mainBottom`. Outside: the eccube-csrf-token meta and search form _token per request, the header's
  daily K24 gold price, plugin asset ?v= stamps. One edit inserts a section and renumbers the following headings.
- p4_market_tr: Elden Ele (Turkish), second-hand marketplace on Nuxt 3 SSR, KVKK Aydınlatma Metni. Clean inside the
  selected `.help-article` (only the data-v-* scoped-style ids change on deploys, no words). Outside: the
  __NUXT_DATA__ payload's request id, session hash and shard per request, buildId and /_nuxt/ chunk names on deploys,
  the header's "Bugün N yeni ilan" count, the "Vitrin ilanları" cards (prices, districts), the app banner's A/B copy
  (until the test ends in September 2024).
- p5_consign_el: Ξαναφορεμένα Xanaforemena (Greek), Shopify with a Dawn theme, the built-in
  /policies/privacy-policy page. Clean inside the selected `.shopify-policy__container`. Outside: web-pixels page id
  and ShopifyAnalytics request ids per request, Shopify.theme id and cdn asset ?v= after theme publishes, the
  announcement bar by season (sales, Black Friday, gift cards), the cart bubble.
- p6_pawn_esmx: Prendamás (Mexican Spanish), pawnshop chain on Drupal 10 (Olivero-derived theme), Aviso de Privacidad
  Integral as a basic page. Clean inside the selected `h1.page-title` and `.node--type-page .field--name-body`.
  Outside: the "Cotiza tu empeño" form's form_build_id per request, aggregated CSS/JS file hashes and ajaxPageState
  libraries on cache rebuilds, the "Remates de la semana" view rows with prices, the footer's CAT PROMEDIO disclosure
  with its calculation date, seasonal banners (El Buen Fin, Día de las Madres, cuesta de enero).
- p7_flea_fi: Kirppis Kiertokulma (Finnish), self-service flea market chain on WordPress + GeneratePress + Jetpack.
  Volatile INSIDE the selected `.entry-content`: the booking shortcode's "Vapaat myyntipöydät ensi viikolla" counts
  per store and Jetpack's related posts (which grow with new posts), removed by `.kk-poytavaraus-tilanne`,
  `#jp-relatedposts` and `.sharedaddy` (the static share buttons Jetpack appends). The title is `h1.entry-title` in
  the entry header. Outside: wp.apiFetch and sharing nonces, plugin and theme ?ver after updates, the top bar's
  "Avoinna tänään" hours by weekday.
- p8_auction_sl: Dražbena hiša Ljubljanica (Slovenian), auction house on Laravel: Blade + Bootstrap 4 until the
  redesign of 2024-09-02, then Livewire 3 + Tailwind (declaration history `.page-content .legal` until then, then
  `article#legal`). Volatile INSIDE the selected region in both layouts: the next-auction teaser (auction title, date,
  "še N dni"; a Livewire component with wire:snapshot after the redesign) placed between the introduction and the
  sections (later before the processors table), removed by `.next-auction`. Outside: the csrf-token meta and form
  _token per request, Mix ?id= / Vite build hashes, the footer's online bidders count.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim56a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_auction_nl", "p2_pawn_pl", "p3_brand_ja", "p4_market_tr", "p5_consign_el", "p6_pawn_esmx",
              "p7_flea_fi", "p8_auction_sl"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim56a")
