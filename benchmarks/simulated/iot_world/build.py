#!/usr/bin/env python3
"""Generate the iot_world hidden-style OTA collection: build.py OUT

Connected-device makers' privacy notices, one language per page:

- p1 HanbitVision (smart-TV maker), Korean, Adobe Experience Manager core components: policy = title + text
  components in the author-set container #privacy-policy; outside it a rotating firmware/notice banner, a
  2024 header redesign (GNB), the "previous versions" select, a recommended-products carousel whose order changes
  every visit, clientlib hashes per deployment, Adobe Launch build and a per-visit digitalData id.
- p2 JIETU Robotics (robot-vacuum maker), Simplified Chinese, Next.js pages router (SSG, CSS modules): policy in
  article.privacy-article, repeated in __NEXT_DATA__; beside it an aside with a "select your device model" list
  and hot models whose prices and stock badges change every visit (618 / Double-11 ribbon and flash prices);
  buildId/chunk hashes per deploy; sensors-data id per visit.
- p3 KIZUNA FIT (fitness-band maker), Japanese, Shopify Dawn /policies/privacy-policy: .shopify-policy__container
  (fairly clean); announcement bar rotates (firmware release, shipping, sale), app-store badges with rating counts,
  theme ?v= stamps, per-request __st reqid.
- p4 Lumo Audio (smart speaker + voice assistant), German, Nuxt 3 SSR: a tabbed legal page holding the policy and
  two other documents (voice supplement, cookie policy) in hidden tab panels; the declaration selects the privacy
  panel, inside which data-v-* scoped-style hashes change per deploy and an A/B product illustration changes per
  visit (word-free, not removed); firmware banner, /_nuxt/ hashes, csrf token, __NUXT_DATA__ outside.
- p5 Nordvik Connect (connected-car app), Swedish, static HTML for the app's webview (S3 + CloudFront): sections
  in collapsed <details> accordions inside main.legal; clean but for the per-request CSP nonce.
- p6 Vartija Home (smart doorbell/cameras), Finnish, Zendesk Guide article (Copenhagen): .article-title +
  .article-body; around them the article's "updated" <time> (agent re-saves), vote counts, sidebar of per-model
  articles, CSRF token, theme digest.
- p7 Nido Baby (baby-monitor app), Italian, Salesforce Experience Cloud (Aura) Knowledge article, rendered DOM:
  header h1 + .forceCommunityArticleBody minus the "Dettagli" field label; inside it data-aura-rendered-by
  counters change every load; outside the view counter, last-modified date, app-store ratings, Aura fwuid per
  Salesforce release.
- p8 RAYO Movilidad (e-bike/e-scooter maker), Mexican Spanish, Magento 2.4 Page Builder CMS page: the policy's
  row in .column.main also holds a heading and a products carousel (prices, Hot Sale / Buen Fin discounts, stock
  labels), removed by the declaration; form_key per visit, static deploy version, promo strip outside.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_smarttv_ko", "p2_robovac_zh", "p3_wearable_ja", "p4_speaker_de",
              "p5_carapp_sv", "p6_doorbell_fi", "p7_babymonitor_it", "p8_ebike_esmx"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim38")
