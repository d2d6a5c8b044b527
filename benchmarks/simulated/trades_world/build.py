#!/usr/bin/env python3
"""Generate the trades_world hidden-style OTA collection: build.py OUT

Tradespeople and their franchises in eight languages: a plumbing and heating service (Slovak), electricians (Irish
English), an air-conditioning installer franchise (Turkish), an air-con cleaning and installation service (Thai), a
roofer (Danish), a plumbing franchise (Mexican Spanish), an electrical contractor (Hebrew) and heating installers
(Ukrainian); 8 pages, 240 captures, 45 real edits (processors added or replaced, table rows added, retention periods
changed, addresses and phone numbers changed, paragraphs, sentences, a section and list items added or removed, typos
and wording fixed without a new date). Each page module in pages/ gives its PAGE as services_world's generator reads
it; tkit.py holds the few helpers they share (deploy hashes, Cloudflare's per-request script, seasons).

- p1_plumber_sk: VodoTop Expres (Slovak), WordPress + Elementor on Astra, WP Rocket, Complianz, WPForms. Volatile,
  all OUTSIDE the selected text-editor widget `[data-id="5c1e9a2"]`: REST / Elementor / WPForms nonces, the WP Rocket
  cache time comment, the footer's latest blog posts, Elementor and Astra ?ver= on updates, the seasonal top bar.
- p2_electrician_ie: Bright Spark Electrical (Irish English), Squarespace 7.1. Volatile INSIDE the selected section
  `.content`: a code block with the next available callout slot (between the two HTML blocks of the policy) and a
  static button block, both removed (`.sqs-block-code`, `.sqs-block-button`). Outside: the SQUARESPACE_CONTEXT
  requestId and the newsletter crumb per request, the seasonal announcement bar, the site-bundle hash, the footer's
  Google review count.
- p3_hvac_tr: Serinhava Klima (Turkish, KVKK notice), Laravel + Bootstrap 5 custom CMS. Volatile INSIDE the selected
  `.kurumsal-detay .content-body`: the 'Görüntülenme' view counter under the title (removed `.post-meta`). Outside:
  csrf-token meta and form _token per request, the live 'Bugün N servis talebi' counter, mix ?id= hashes, the
  seasonal campaign strip, the footer year.
- p4_aircon_th: AirD Service (Thai, Buddhist-era dates), WordPress + Flatsome, LINE button. Volatile INSIDE the
  selected `.entry-content`: the seasonal promo shortcode box (summer / rainy season / year-end price) after the
  intro, removed (`.ac-promo`). Outside: flatsomeVars and REST / Complianz nonces, the top bar's next free queue
  date, Flatsome ?ver=.
- p5_roofer_da: Nordtag (Danish), Drupal 10 Olivero sub-theme, Cookiebot, Trustpilot TrustBox. Volatile, all
  OUTSIDE the selected node title and body field: the contact form's form_build_id per request, the TrustScore and
  review count, the next free inspection date, the aggregated css_/js_ hashes.
- p6_plumbing_mx: PlomeríaYa (Mexican Spanish, aviso de privacidad), WordPress + Divi, Join.chat. Volatile INSIDE
  the selected `#main-content .entry-content` (the Divi row around the text module): a countdown timer module for the
  current campaign (Hot Sale, temporada de lluvias, El Buen Fin; days/hours left) and a promo module with the live
  'técnicos disponibles ahora' count, removed (`.et_pb_countdown_timer`, `.et_pb_promo`). Outside: et_pb_custom
  nonces, the et-cache unified CSS hash, the footer year.
- p7_electrician_he: Shalev Electric (Hebrew, RTL), Wix. Volatile, all OUTSIDE the selected rich-text element: the
  viewer model's requestId / visitorId per request, the site revision on republish, the Google reviews badge, the
  accessibility widget's script version. On 2024-03-18 the site was redesigned (Wix Studio sections, new component
  ids and classes): declaration history `#comp-kzv3x1a7` until then, then `#comp-ltq8n2e4`.
- p8_heating_uk: Teplyi Dim (Ukrainian), Tilda Publishing behind Cloudflare. Volatile, all OUTSIDE the selected
  T017 title and T004 text blocks: Cloudflare's challenge-platform params per request, the Tilda publish ?t= stamp
  on republish, the Zero Block notice about working during the power outages (winter 2022-23, summer 2024), the
  seasonal offer block.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim55a"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_plumber_sk", "p2_electrician_ie", "p3_hvac_tr", "p4_aircon_th", "p5_roofer_da",
              "p6_plumbing_mx", "p7_electrician_he", "p8_heating_uk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim55a")
