#!/usr/bin/env python3
"""Generate the pharma_world hidden-style OTA collection: build.py OUT

Pharmaceutical, biotech and medical-device companies' privacy notices, each on the platform such a company really
runs, in Swiss German, Swiss French, Danish, Japanese, Belgian Dutch, Hungarian, Mexican Spanish and Indian English:

- p1 a Basel pharma group's corporate site on Drupal 9.5 -> 10.2 (Acquia Cloud, Bootstrap 5 sub-theme,
  Paragraphs), de-CH: country selector and SIX share ticker (per visit) in the header, a "Medienmitteilungen"
  rail and an adverse-event box beside the article, aggregated-asset hashes; the country annexes as a collapsed
  Bootstrap accordion Paragraph inside the declared node content; the core upgrade changes scripts and attributes
  but not the declared container.
- p2 a listed Geneva biotech's investor site on WordPress (block editor, Yoast, WPML, Cookiebot), fr-CH: one
  "Mentions légales" page holds the forward-looking-statements disclaimer (another document, edited once) and the
  privacy policy as flat blocks, tracked by a range selector; share-price widget, REST/theme nonces per visit,
  ?ver= upgrades, a press-release rail in the footer.
- p3 a Danish hearing-aid maker's app notice on Contentful + Next.js (Pages Router SSR on Vercel), da-DK: fairly
  clean; CSP nonce and Vercel request id per visit, buildId/chunk hashes per deploy, a 2025 redesign (new CSS
  module hashes); `main article` stays valid.
- p4 a Japanese patient-support programme on Sitecore XP 10 with SXA, ja-JP: antiforgery token of the members'
  login form per visit; the material/job-code stamp ("資材番号 … 作成/確認/改訂") is an SXA rich-text component
  inside the declared #content, re-stamped at annual reviews and removed by the curator; a seasonal notice bar.
- p5 a Belgian clinical-trial recruitment site on Kentico Xperience 13 (page builder), nl-BE: a study-teaser
  widget (live count of recruiting studies, rotating featured study) sits between the policy's two rich-text
  widgets inside the declared zone and is removed by the curator; antiforgery token per visit.
- p6 an OTC analgesic brand on AEM as a Cloud Service (Core Components, data layer) behind Akamai, hu-HU: an
  image-only experience-fragment promo rotates inside the declared container (no words, not removed), data-layer
  modifyDate attributes change at republishes; Akamai bot-manager pixel token per response; statutory OTC
  disclaimer, adverse-event box and job code in the footer.
- p7 a Mexican generics maker's "Aviso de Privacidad Integral" on a SharePoint 2013 publishing site, es-MX:
  __REQUESTDIGEST/__VIEWSTATE/__EVENTVALIDATION per visit; editor artefacts (empty rangecursor spans, zero-width
  spaces) inside the declared Rich HTML field come and go at republishes; a second Rich HTML field (pharmacovigilance
  box) beside it and an HCP-only gate modal outside.
- p8 a Bengaluru CRO, en-IN, migrated from WordPress + Elementor Pro to HubSpot CMS in June 2024 (declaration
  history); Elementor nonce / HubSpot render id per visit; webinar rail and open-positions counter outside.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and *.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_pharma_group_dech", "p2_biotech_ir_frch", "p3_device_app_da", "p4_patient_support_ja",
              "p5_trial_recruit_nlbe", "p6_otc_brand_hu", "p7_generics_esmx", "p8_cro_enin"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim36")
