#!/usr/bin/env python3
"""Generate the garage_world hidden-style OTA collection: build.py OUT

Car repair garages, tyre shops and roadworthiness test centres in eight languages: a French contrôle technique
network, a Dutch tyre webshop with fitting and APK workshops, a Finnish katsastus chain, a Japanese shaken and
maintenance chain, a Vietnamese tyre shop and car service centre, a Serbian (Latin) technical inspection and
registration station, a Danish tyre / service / syn workshop chain and a Thai car-service booking app; 8 pages,
240 captures, 45 real edits (a processor added, renamed or replaced, a table row changed, a retention period changed,
an address, a phone number, a DPO or contact person changed, a section, a sentence or a list item added or removed,
a typo or wording fixed without a new date). Each page module in pages/ gives its PAGE as services_world's generator
reads it; gkit.py holds the few helpers they share (local clocks, month names, tyre seasons, a next-free-slot teaser,
growing counters, a CMS "modified" stamp).

- p1_ct_fr: Horizon Contrôle Technique (French), Drupal 9 custom theme, rebuilt on Drupal 10 with Layout Builder on
  2024-05-14 (declaration history: `#block-horizon-page-title h1.page-title` + `article.node--type-page .node__content
  .field--name-body` until then, `#block-horizon-lb-page-title h1.page-title` + `.block-field-blocknodepagebody
  .field--name-body` after). Volatile, all OUTSIDE the selection: the per-response form_build_id of the header
  centre-finder form and the Axeptio visitor id in drupalSettings, CSS/JS aggregate hashes and the query string on
  cache rebuilds, the 'Votre centre le plus proche' block (open/closed by Paris time, yearly 'à partir de' price),
  seasonal promotion banners, the footer count of verified reviews, the 'Nos conseils' sidebar list.
- p2_banden_nl: BandenPlein (Dutch), Magento 2.4 with the Hyvä theme, a Page Builder CMS page. Volatile INSIDE the
  selected `#maincontent .column.main`: the Kiyoh widget (score and review count) in content.top and a seasonal
  Page Builder dynamic block (summer tyres, winter tyres, tyre hotel) between the intro and the rest, both removed
  (`.kiyoh-widget`, `[data-content-type="dynamic_block"]`). Outside: the per-request CSP nonce on inline scripts,
  the static-content deploy version, the footer customer-service open/closed line, the cart section-data id.
- p3_katsastus_fi: Katsastus Kaira (Finnish), WordPress on a Sage theme with WP Rocket and Cookiebot. Well built:
  `article.page .entry-title` + `.entry-content`. Outside: WP Rocket's 'cached@' comment and the wpApiSettings
  nonce baked into each cached copy, theme asset hashes on deploys, the header teaser of free inspection slots
  today per station (closed in the evening), spring / autumn campaign ribbons, the footer latest posts.
- p4_shaken_ja: Kuruma no Mori くるまの森 (Japanese), Movable Type 7 static pages behind Cloudflare. Well built:
  `#main .page-header h1` + `#main .page-body`. Outside: the Cloudflare Web Analytics beacon's per-response rayId
  and token, the ?v= rebuild stamp on CSS/JS when templates are republished, the seasonal campaign banner, the
  sidebar お知らせ list with dates. Numbered purposes are written （1）… in a plain list, as such sites do.
- p5_lop_vi: Lốp Xe Phương Nam (Vietnamese), WordPress + Flatsome + WooCommerce behind LiteSpeed Cache. Volatile
  INSIDE the selected `#content .col-inner`: the kk Star Ratings box above the text (score, votes, its JSON
  payload) and the Post Views Counter 'Lượt xem' line below it, removed (`.kk-star-ratings`, `.post-views`).
  Outside: the LiteSpeed cache stamps and the Woo Store API nonce, the footer best sellers with sale prices, the
  Tết / 30-4 / Black Friday top bar, the Flatsome version in asset URLs, the Zalo chat widget.
- p6_tehnicki_sr: Auto centar Jovanović (Serbian, Latin script), a Laravel agency site: Blade + Bootstrap with
  Laravel Mix until 2025-02-17, then Tailwind + Livewire 3 with Vite (declaration history: `.legal-content`, then
  `.page-hero h1` + `#privacy article.prose`). Well built. Outside: the csrf-token meta and the reminder form's
  _token, the Livewire snapshot checksum, Mix ?id= / Vite asset hashes, 'Trenutno otvoreno/zatvoreno' by Belgrade
  time, the yearly price teaser, the footer counter of vehicles inspected this year, the latest news list.
- p7_daek_da: Hjuldoktoren (Danish), Dynamicweb 10 with the Swift 2 templates, Cookie Information, Trustpilot.
  Volatile INSIDE the selected `main#content`: the booking-teaser item row between the policy's text rows (next
  free slot and shop), removed with the static TrustBox (`.item_hjul_bookingteaser`, `.trustpilot-widget`).
  Outside: the newsletter form's antiforgery token, Swift asset ?ticks on deploys, the seasonal campaign bar, the
  page-view id.
- p8_app_th: SomDee ซ่อมดี (Thai, Buddhist-era dates), Zendesk Guide help-centre article (Copenhagen theme).
  Volatile INSIDE the selected `#main-content` article: the article meta's last-edited time (moves on every save,
  also on re-saves without text change) and the votes counter, removed with the subscribe button, share links and
  related articles (`.article-author`, `.article-subscribe`, `#main-content > footer`, `.article-relatives`).
  Outside: the per-request csrf token and CSP nonce in the HelpCenter JSON, theming asset / build ids, the
  announcement banner.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim54c"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_ct_fr", "p2_banden_nl", "p3_katsastus_fi", "p4_shaken_ja", "p5_lop_vi", "p6_tehnicki_sr",
              "p7_daek_da", "p8_app_th"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim54c")
