#!/usr/bin/env python3
"""Generate the photo_world hidden-style OTA collection: build.py OUT

Photography and printing in eight languages: a photobook maker (Dutch), a stock-photo agency (Finnish), a camera
retailer (Turkish, windows-1254), a wedding-photographer booking marketplace (Indonesian), a photo-editing app
(Bengali), a photo-lab chain (Egyptian Arabic, RTL), an online print shop (Catalan) and a photo-printing lab
(European Portuguese); 8 pages, 240 captures, 44 real edits (a processor added to or renamed in a table, a retention
period changed, a paragraph or a section added, an address, a phone number or a hotline changed, a typo fixed
without a new date, a word inserted). Each page module in pages/ gives its PAGE as services_world's generator reads
it; phkit.py holds the few helpers they share (block rendering with a platform's own markup, local clock times for
cut-off countdowns, Bengali and Arabic-Indic digits, month names).

- p1_photobook_nl: Kiekjesboek (Dutch), Adobe Experience Manager Core Components behind Akamai (title and text
  components, experience fragments), OneTrust, Adobe Launch. Volatile: a seasonal promotion experience fragment
  (Moederdag, Vakantiefotoboek, Black Friday, Kerstdeal...) placed between the intro and the first section INSIDE the
  declared `#main > .cmp-container` (the declaration removes `.cmp-experiencefragment--promo`); the USP bar's
  'Vóór 22:00 besteld, morgen in huis, nog N uur en M min' countdown and the Akamai pixel token per request; clientlib
  hashes on deploys and repo:modifyDate in the components' data-cmp-data-layer attributes when re-published.
- p2_stock_fi: Pohjoiskuva (Finnish), SvelteKit 2 SSR + Contentful rich text on Vercel. The privacy statement and
  the image licence terms are two tab panels of one page (`#panel-tietosuoja` selected; the licence panel is hidden
  and revised once, v3.1 -> v3.2). Volatile: the header's live counter of photos in the archive and added today, the
  featured-photographer carousel after the panels, the CSP nonce; deploys change the immutable chunk hashes and the
  `svelte-…` class hash that is also on the selected panel.
- p3_camera_tr: Deklanşör (Turkish, windows-1254), home-grown ASP.NET WebForms shop on IIS (master page, UpdatePanel
  cart, WebResource.axd). Fairly clean: __VIEWSTATE and __EVENTVALIDATION per request, axd and style.css stamps on
  updates, the top bar's campaign strip (Efsane Kasım, Yılbaşı, Anneler Günü...); all outside `.sayfa-icerik`.
- p4_wedding_id: Abadikan (Indonesian), Laravel 10 + Livewire 3 + Alpine.js (Vite, Tailwind). The intro, then every
  section in a collapsed Alpine accordion item inside a Livewire component whose wire:snapshot/wire:id change per
  request INSIDE the selected `article.legal-content` (no words). Volatile: the header's 'N pasangan memesan
  fotografer hari ini' counter (a polling Livewire component), the weekly featured-photographer carousel below, the
  CSRF token, Vite hashes.
- p5_editor_bn: Rongtuli (Bengali, Bengali digits), the app's Hugo site on Cloudflare Pages. Fairly clean: Cloudflare's
  challenge-platform snippet (ray id, timestamp) per request, fingerprinted CSS/JS and the generator version on
  deploys, the app version/rating in the download box beside `article.legal`.
- p6_photolab_ar: Daw Photo (Arabic, Egypt, RTL, Arabic-Indic digits in dates), Odoo Website/eCommerce, upgraded from
  16 to 17 in June 2024 (asset URL scheme, header markup). Volatile: a custom 'N photos printed today in our branches'
  snippet and a call-to-action block INSIDE `#wrap` (both removed by the declaration), the header's 'order before
  2 pm' same-day-pickup countdown, the csrf_token per request.
- p7_printshop_ca: Gràfiques Rovira (Catalan), PrestaShop 8 CMS page (Classic child theme, CCC bundles). Fairly clean:
  prestashop.time/static_token/token per request, the theme cache bundle names, the left column's price-calculator
  promotions; all outside `#content.page-cms` (the page title h1 is outside too).
- p8_photoprint_pt: Papel & Prata (European Portuguese), Wix (Thunderbolt). Fairly clean: the viewer model's request
  id per request, siteRevision on re-publishes, Thunderbolt releases renaming the generated classes (also on the
  selected rich-text elements); in February 2024 the site was rebuilt from a new template: new component ids, the
  text split over two rich-text boxes (declaration history: `#comp-kb3x9f1a` until 2024-02-04, then
  `#comp-lt8q2w7m`, `#comp-lt8q3k1p`).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim50a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_photobook_nl", "p2_stock_fi", "p3_camera_tr", "p4_wedding_id", "p5_editor_bn",
              "p6_photolab_ar", "p7_printshop_ca", "p8_photoprint_pt"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim50a")
