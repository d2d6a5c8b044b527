#!/usr/bin/env python3
"""Generate the accountants_world hidden-style OTA collection: build.py OUT

Accountants, tax advisers and payroll bureaus in eight languages: a tax-adviser firm (German), an accounting and
payroll bureau (Swedish), an accounting office (Czech), a certified public accountant's office (Turkish), a firm of
chartered accountants (Hindi), an accounting and tax firm (Mexican Spanish), tax consultants (Indonesian) and an
accounting and payroll office (Greek); 8 pages, 240 captures, 46 real edits (a processor added or replaced, a table
row added, a retention period changed, an address, a phone number, a DPO or a grievance officer changed, a section, a
paragraph, a sentence or a list item added or removed, a typo fixed and words inserted without a new date). Each page
module in pages/ gives its PAGE as services_world's generator reads it; akit.py holds the few helpers they share
(services_world's `common`, dated latest-posts lists, month names, sticky deploy hashes, a page-cache build time).

- p1_steuer_de: Brandt & Kollegen Steuerberatung (German), WordPress with Divi 4 until 15 June 2024, then Kadence
  with Gutenberg blocks (declaration history: `#main-content .et_pb_text_inner`, then `.entry-content`); WP Rocket,
  Borlabs Cookie. Volatile, all OUTSIDE the selection: WP Rocket's cached@ stamp and the Divi/REST nonces frozen in
  each cached copy, the top bar notice by season (document deadline, DATEV portal, job ad, Christmas closing), the
  footer's latest three 'Mandanteninformationen', the et-core-unified / customizer CSS ?ver on saves, the Borlabs
  Cookie version; the Divi page's 'Fragen zum Datenschutz?' blurb sits below the text module (not selected).
- p2_redovisning_sv: Siffergruppen Redovisning (Swedish), Squarespace 7.1. Volatile INSIDE the selected
  `#sections .sqs-layout`: the summary block 'Senaste från bloggen' (latest three posts), removed with the newsletter
  block (`.sqs-block-summary-v2`, `.sqs-block-newsletter`). Outside: the common-vendors rollup hash (platform
  deploys, every capture), other rollup hashes, the versioned-site-css counter, the announcement bar's seasonal text
  (tax-return deadline, summer staffing, year-end) inside SQUARESPACE_CONTEXT.
- p3_ucetni_cs: Účetnictví Horáková (Czech), Webnode. Well built: `main .b-text-c` holds only the policy. Outside:
  the contact form's per-request token and timestamp, the ?ph= hash on every re-publish, the Webnode skin version in
  system asset paths (v13 -> v14), the footer blog block 'Aktuality'.
- p4_mali_tr: Yıldız Mali Müşavirlik (Turkish), custom ASP.NET Web Forms on Bootstrap 3. Volatile INSIDE the
  selected `.icerik-detay`: the info bar's 'Okunma' hit counter (with the static publish date) and the share/print
  bar, removed (`.icerik-bilgi`, `.paylas`). Outside: __VIEWSTATE and __EVENTVALIDATION per request, the top bar's
  USD/EUR/GBP exchange rates (following the lira's real fall), the 'Vergi Takvimi' sidebar's next deadlines, site.css
  ?v= on deploys.
- p5_ca_hi: Verma Gupta & Co. (Hindi), Wix (Thunderbolt). Well built: one rich-text component; the site was rebuilt
  on 7 October 2024 with new component ids (declaration history `#comp-lk3v9x2a`, then `#comp-m1x7q0b3`). Outside:
  the viewer model's requestId per request, siteRevision on publishes, Thunderbolt CSS class hashes on Wix deploys
  (also on the selected element's class attribute, no words), the header strip's seasonal tax deadline (ITR, tax
  audit, advance tax).
- p6_contador_mx: Robles Garza Contadores (Mexican Spanish), WordPress with Avada (Fusion Builder). Volatile INSIDE
  the selected `#content .post-content`: the second Fusion text element in the column with the booking plugin's
  'Próxima asesoría disponible' slot (day, hour, in person or video), removed (`.proxima-asesoria`). Outside: WP
  Rocket's cached@ stamp and fusionJSVars nonce, the top bar's FIX exchange rate and seasonal deadline text, Avada's
  rich-snippet 'updated' time (re-saves, also without text change), the Avada version in asset URLs.
- p7_pajak_id: KKP Wijaya & Rekan (Indonesian), Laravel 10 + Blade + Bootstrap 5 built by Vite. Well built:
  `article.policy-content`. Outside: the csrf-token meta and the newsletter form's _token, Vite asset hashes on
  deploys, the 'Kalender Pajak' sidebar (payment day moves from the 10th to the 15th in 2024), 'Artikel Terbaru',
  the WhatsApp widget's online/offline status by office hours (WIB).
- p8_logistiko_el: Papadopoulos & Synergates (Greek), Drupal 10 with a Bootstrap Barrio subtheme. The curator
  selects the page-title block's `h1.page-title` and `article.node--type-page .node__content`; volatile INSIDE the
  latter: Barrio prints the node links there, with the statistics module's view counter ('N προβολές'), removed
  (`.node__links`). Outside: the contact form's form_build_id per request, CSS/JS aggregate hashes on cache clears,
  the views block 'Νέα & Εγκύκλιοι', the seasonal site message (tax-return documents, holiday closing), the Drupal
  core version (9.4 -> 10.x) in the generator meta.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim54a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_steuer_de", "p2_redovisning_sv", "p3_ucetni_cs", "p4_mali_tr", "p5_ca_hi", "p6_contador_mx",
              "p7_pajak_id", "p8_logistiko_el"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim54a")
