#!/usr/bin/env python3
"""Generate the salon_world hidden-style OTA collection: build.py OUT

Hair salons, barbers, nail and tattoo studios and their booking sites in eight languages: a barbershop chain
(Latvian), a nail studio chain (Indonesian), a hair salon (Canadian French), a tattoo and piercing studio (Serbian,
Latin script), a beauty and bridal salon (Persian, RTL, Solar Hijri dates in Persian digits), a coiffure chain (Swiss
German), a salon chain with a product shop (Filipino) and a hair and beauty salon (European Portuguese); 8 pages, 240
captures, 49 real edits (a processor added or replaced, a table row added, a retention period changed, an address, a
phone number, a DPO or privacy officer changed, a section, a paragraph, a sentence or a list item added or removed,
a typo fixed or words inserted without a new date). Each page module in pages/ gives its PAGE as services_world's
generator reads it; skit.py holds the few helpers they share (month names, the Jalali calendar, Persian digits, local
clocks).

- p1_barber_lv: Bārdas Kalve (Latvian), Wix (Thunderbolt) with Wix Bookings. Well built: the declaration selects the
  rich-text element `#comp-lk2x9a1b`; volatile, all OUTSIDE: the viewer model's requestId / ssrRequestId and fedops
  session id per request, the siteRevision on publishes, the Thunderbolt bundle version, the seasonal strip above the
  header (Movember, Christmas gift cards, Jani, graduations), the Bookings service list's prices, the Instagram feed.
- p2_nail_id: Kuku Cantik Nail Studio (Indonesian), Next.js 14 app router on Vercel, Tailwind. Volatile INSIDE the
  selected `main`: the sticky booking <aside> (next free slot, studio, slots left today, Google rating and review
  count) and the breadcrumb, both removed by the declaration. Outside: x-vercel-id and nonce per request, buildId and
  chunk hashes per deploy, the RSC flight payload, the promo top bar.
- p3_coiffure_frca: Salon Lumière Coiffure (Canadian French, Quebec Law 25), Squarespace 7.0 (Brine) moved to 7.1
  (Fluid Engine) on 2024-06-11: new block id, wrappers, header; declaration history selects
  `#block-yui_3_17_2_1_1618412345678_4821 .sqs-html-content` until then, `#block-9f3c0e7a1b2d4c5e6f70
  .sqs-html-content` after. Well built; outside: script nonce and pageLoadId per request, versioned site.css and
  vendors bundle hashes, the announcement bar by season (Fête nationale, Fêtes), the Instagram block's posts.
- p4_tattoo_sr: Crna Igla Tattoo (Serbian, Latin), Laravel 10 Blade + Bootstrap 5 + Vite. Volatile INSIDE the
  selected `.page-content`: the booking-inquiry form included under the policy (per-request _token and honeypot
  field name, 'Najbliži slobodan termin' next free slot with artist), removed by `.inquiry-form`. Outside: the
  csrf-token meta, Vite asset hashes, the 'Najnoviji radovi' gallery in the footer.
- p5_salon_fa: Mahrokh Salon (Persian, RTL), WordPress + WooCommerce, Woodmart RTL, wp-parsidate. Volatile INSIDE
  the selected `article.type-page`: the .entry-meta under the title with the Jalali modified date (moves when the
  page is saved) and the WP-PostViews counter, removed by `.entry-meta`. Outside: WooCommerce / REST / PostViews
  nonces, ?ver= on theme and WordPress updates, today's Jalali date in the top bar, the featured-services sidebar,
  Goftino chat and the eNamad seal.
- p6_coiffeur_dech: Haarwerk Coiffure (Swiss German, ss for sharp s), TYPO3 v11 then v12 (October 2024,
  generator meta only) with bootstrap_package; one header and one text content element per section. Well built:
  selects `#page-main .frame-type-header` and `#page-main .frame-type-text`; OUTSIDE those: the Salonkee plugin
  element between sections ('Heute noch N freie Termine'), the header's open/closed status, typo3temp merged CSS/JS
  hashes and timestamps, the newsletter form's cHash.
- p7_salon_tl: Ganda Ka Salon (Filipino), Shopify Dawn 'main-page' section. Well built: selects
  `.main-page-title` and `#MainContent .rte`; outside: ShopifyAnalytics pageviewId, session and __st reqid per
  request, theme id and asset ?v=, the seasonal announcement bar (11.11, Pamasko), the random product
  recommendations, the sales-pop 'nakabili ngayong araw' count.
- p8_cabeleireiro_pt: Studio Madeixas (European Portuguese), WordPress + Astra + Gutenberg, Bookly, CookieYes,
  WP Rocket. Volatile INSIDE the selected `article.type-page`: CookieYes' cookie audit table placed in the policy's
  Cookies section, whose rows change after each cookie scan, removed by `.cky-audit-table-element`. Outside: Bookly
  csrf token and REST nonce per request, the WP Rocket cache stamp and used-CSS hash, the footer's latest blog posts.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim55b"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_barber_lv", "p2_nail_id", "p3_coiffure_frca", "p4_tattoo_sr", "p5_salon_fa", "p6_coiffeur_dech",
              "p7_salon_tl", "p8_cabeleireiro_pt"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim55b")
