#!/usr/bin/env python3
"""Generate the insurance_world hidden-style OTA collection: build.py OUT

Insurers, a mutual, a pet insurer, a price-comparison agent and a travel insurer, each page as its platform emits it,
in Polish, Czech, Turkish, Swedish, Korean, Mexican Spanish, Ukrainian and Arabic (no English page):

- p1_insurer_aem_pl: Polish property & life insurer on Adobe Experience Manager (Core Components) behind Akamai;
  the policy is one container (title, intro text, sections as collapsed accordion items). Per visit: Akamai
  bot-manager pixel token, CSP nonce; per deploy: clientlib `.lc-<md5>-lc` hashes; inside the container,
  attribute-only, the data layer's `repo:modifyDate` moved by republishes. Declaration `.legal-content`.
- p2_mutual_sitecore_cs: Czech mutual insurer on Sitecore 9.3 SXA; title component + rich-text component, link list
  and promo in the side column. Per visit: `__RequestVerificationToken` (search box, newsletter); per theme
  publish: SXA `?t=` stamps. Fairly clean.
- p3_insurer_liferay_tr: Turkish insurer on Liferay DXP 7.4; two Web Content Display portlets on the page, the
  KVKK information notice (tracked) and the explicit-consent text below it. Per visit: `Liferay.authToken` and
  `p_auth`; per deploy: combo `t=`; some weeks an announcement banner above the content.
- p4_pet_umbraco_sv: Swedish pet insurer on Umbraco 13 Block Grid; inside the declared `article.content-page` a
  page-feedback box with live percentages (removed by the declaration); beside it Umbraco Forms' anti-forgery
  token, a Trustpilot TrustBox text in the footer and a campaign ribbon.
- p5_life_angular_ko: Korean life insurer, Angular 17 SSR with hydration; build-dependent `_ngcontent-ng-c…`
  attributes on every template element inside the declared `.policy-content`, the `ng-state` transfer state
  per visit, a claims-paid ticker in the header, a past-versions select that grows at dated revisions.
- p6_compare_nuxt_esmx: Mexican price-comparison agent on Nuxt 3 + Contentful; the legal page has the full and the
  short privacy notice in tabs (second panel `hidden`), declaration selects the first panel. Per build:
  `/_nuxt/` hashes, buildId and `data-v-…` attributes inside the panel; per visit: `__NUXT_DATA__` (time, A/B
  CTA), the hero's live "Hoy N personas compararon" counter and the insurers' logo order.
- p7_travel_tilda_uk: Ukrainian travel insurer on Tilda (T030 headings, T004 text with <br /> paragraphs, T123
  HTML tables); the declaration is a range from the first policy record to the support strip. Per visit: NBU
  EUR rate in the menu bar; per republish: `?t=`/`data-tilda-ts` stamps. Fairly clean.
- p8_coop_sharepoint_ar: Saudi cooperative insurer on SharePoint 2016 publishing (RTL); the Page Content field
  with ms-rte markup and zero-width spaces. Per visit: `__REQUESTDIGEST`, `__VIEWSTATE`, `g_correlationId`;
  per day: Hijri/Gregorian date in the top bar.

Each page has five or six real edits (table rows added, retention periods, addresses, phone numbers, a
regulator renamed, a section added, typo or word fixes without a new date). The generator, its helpers
(`common`) and `selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes
OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_insurer_aem_pl", "p2_mutual_sitecore_cs", "p3_insurer_liferay_tr", "p4_pet_umbraco_sv",
              "p5_life_angular_ko", "p6_compare_nuxt_esmx", "p7_travel_tilda_uk", "p8_coop_sharepoint_ar"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim43")
