#!/usr/bin/env python3
"""Generate the logistics_world hidden-style OTA collection: build.py OUT

Logistics and delivery: a parcel-locker network, a cargo carrier, a courier/logistics group, a last-mile express
and food courier, a moving company, a courier network, a national postal service and a freight forwarder, in
Polish, Turkish, Korean, Vietnamese, Ukrainian, Greek, Swedish and Arabic (no English page).

- p1_lockers_pl: Liferay DXP 7.4 portal (journal content portlet, senna.js, OneTrust), Polish. Per visit the
  Liferay.authToken/p_auth token (also in the tracking form in the header); on deploys the combo/theme ?t= stamps.
  Declared `.journal-content-article`. Fairly clean.
- p2_cargo_tr: ASP.NET WebForms (master page, __VIEWSTATE/__EVENTVALIDATION, ScriptResource.axd), Turkish. Per
  visit the view state; a rotating campaign slider in the header; the page holds the privacy notice and the cookie
  policy in two Bootstrap tabs, the declaration selects the privacy tab pane.
- p3_logis_ko: Java/Spring JSP portal (eGovFrame-style), Korean. Cookie-less crawls get ;jsessionid= rewritten
  into every link, also the links inside the policy; a rolling notice ticker in the header; a "previous versions"
  drop-down inside the declared container, which the declaration removes; tabs linking to the other legal texts.
- p4_express_vi: Nuxt 2 SSR with a headless CMS (Strapi), Vietnamese. Scoped-CSS data-v-xxxxxxxx attributes on
  every element inside the policy container change on each deploy, with /_nuxt/ chunk hashes; window.__NUXT__
  carries a per-request server time; a rotating free-shipping promo bar outside the container.
- p5_moving_uk: Tilda Publishing behind Cloudflare, Ukrainian. The policy is a run of Tilda records (T050 title,
  T015 headings, T004 text, T123 HTML tables); the declaration is a range from the title record to the footer
  record. Per response Cloudflare's email-obfuscation key in the footer and its beacon ray id; on republishes the
  ?t= stamps of Tilda's page CSS/JS. Fairly clean.
- p6_courier_el: Joomla 3 (Protostar-style template) upgraded to Joomla 4 (Cassiopeia) mid-history, Greek. The
  article's hits counter inside `.item-page` (the declaration removes `.article-info`), the form token of the
  login/newsletter module, the monthly fuel-surcharge notice in the sidebar. `.item-page` valid before and after.
- p7_post_sv: Episerver CMS 11 site redesigned onto Optimizely CMS 12 (declaration history), Swedish. The
  service-disruption ("Driftinformation") banner, the feedback block inside the main content with its
  __RequestVerificationToken (removed by the declaration), the policy's sections in collapsed accordions.
- p8_freight_ar: Sitecore 10 with SXA, Arabic, right-to-left. The declaration selects the SXA Title and Rich Text
  components. Per visit the footer's Sitecore Forms "request a quote" __RequestVerificationToken and FormSessionId;
  on theme publishes the SXA optimized CSS/JS ?t= stamps. Fairly clean.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_lockers_pl", "p2_cargo_tr", "p3_logis_ko", "p4_express_vi",
              "p5_moving_uk", "p6_courier_el", "p7_post_sv", "p8_freight_ar"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim42")
