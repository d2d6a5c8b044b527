#!/usr/bin/env python3
"""Generate the mobility_world hidden-style OTA collection: build.py OUT

Automotive and mobility companies' privacy policies as their sites publish them:
- p1 a Polish car importer on Adobe Experience Manager: AEM 6.4 foundation components (parsys, text parbase,
  ACSHASH clientlibs) until the April 2023 relaunch on AEM as a Cloud Service with Core Components (declaration
  history); a per-visit financing teaser in the sidebar before and *inside* the tracked cmp-container after (removed
  by `.teaser`), repo:modifyDate republish stamps in the data-layer attributes inside the container, an Akamai Bot
  Manager pixel per request, clientlib hashes per deployment; Polish.
- p2 a Turkish taxi-hailing app on SvelteKit + Contentful ({@html} HTML_TAG markers, <p> in list items and cells):
  a "Yasal Metinler" page with three tab panels (privacy, KVKK Aydınlatma Metni, Çerez Politikası; the other two
  revised on their own), tracked by the privacy panel's id; a live drivers-online counter, immutable-asset and
  svelte-class hashes (also on elements inside the panel), fetchedAt in the serialized load data; Turkish.
- p3 a Swedish EV-charging network on Umbraco 13 (Block Grid, an app CTA block between two richTextBlocks, Smidge
  bundles, Cookiebot, Umbraco Forms newsletter with __RequestVerificationToken and ufprt per request, image `rnd`
  cache-buster); fairly clean; Swedish.
- p4 a Mexican parking-payment app on Wix (Thunderbolt; the Aviso de Privacidad Integral split over several
  wixui-rich-text boxes with &nbsp; spacers plus a Wix table element); fairly clean, platform noise only
  (wix-viewer-model requestId, siteRevision, experiments, Thunderbolt version); Mexican Spanish.
- p5 an Indonesian ride-hailing app's Zendesk Guide help-centre article (Copenhagen theme): csrf-token meta,
  hc build comment, theme digest, the relative "Diperbarui" time that ages with every crawl, a helpfulness vote
  counter and rotating related articles, all around the tracked .article-body; Indonesian.
- p6 a Saudi car-rental company on ASP.NET WebForms in windows-1256 (RTL, ctl00_ ids, __VIEWSTATE and
  __EVENTVALIDATION per request, .axd deploy stamps, Hijri/Gregorian date line in the header) with an
  "offer of the day" UpdatePanel *inside* the tracked asp:Panel (removed by its id); Arabic.
- p7 a Ukrainian e-scooter sharing service on Tilda (raw published HTML: T030/T004 records, a T431 table present
  only as a hidden semicolon-separated data div, t_onReady scripts between records), tracked with a range from
  the title record to the footer record; fairly clean: republish ?t= timestamps and a header promo strip;
  Ukrainian.
- p8 a Chinese EV maker's app/connected-car policy on Nuxt 3 + Element Plus: chapters in collapsed el-collapse
  items, a legal-documents side menu, ICP filing footer; build chunk names and scoped data-v ids (also inside
  the article), per-request Element Plus id prefixes on the collapse items inside the article, __NUXT_DATA__
  timestamp, an online-service queue counter; Simplified Chinese.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_carmaker_aem_pl", "p2_taxi_sveltekit_tr", "p3_evcharging_umbraco_sv", "p4_parking_wix_esmx",
              "p5_ridehail_zendesk_id", "p6_carrental_webforms_ar", "p7_scooter_tilda_uk", "p8_evmaker_nuxt_zh"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim40")
