#!/usr/bin/env python3
"""Generate the work_world hidden-style OTA collection: build.py OUT

Work, cars, insurance and housing: jobs, recruitment, HR, automotive, insurance and property services' privacy
policies as their sites publish them: a Korean job board on Next.js's pages router (CSS-module class names,
__NEXT_DATA__ carrying the policy HTML, live job and company counts, "지금 뜨는 공고" teasers, an A/B season banner,
build ids and chunk hashes, Channel Talk, the PIPA previous-versions select under the article growing at every
dated revision; a 2024 redesign renames the layout's CSS modules, so the declaration has a history), a Romanian
logistics group's candidate privacy notice on a Teamtailor-style ATS careers site (Rails CSRF token, open-positions
count; fairly clean), a German car maker's connected-car notice on Sitecore SXA (the per-service part in a
collapsed accordion, a model/market selector with an anti-forgery token, ?rev=/&hash= media parameters, model
launches; fairly clean), a Gulf motor insurer's customer portal on Liferay DXP 7.3 then 7.4 (right to left; a Web
Content Display article beside a quote portlet with live prices and policies issued, authToken/p_auth, combo t=
timestamps, Ramadan / National Day / summer promo bars, a chat launcher), an Indonesian property portal on Laravel +
Blade (Mix then Vite assets; the privacy policy and the cookie policy - another document with its own updates - on
one page, a KPR mortgage-rate ticker, listing teasers, a live searchers counter, CSRF tokens, an expo popup), a
Norwegian coworking chain on Webflow (hero, two Rich Text blocks and a Tabs component whose inactive location panes
hold the CCTV part of the policy, the curator dropping the tab menu; only re-publish noise: "Last Published" and
hashed CSS/JS), a Greek payroll SaaS on HubSpot CMS (privacy policy with a growing sub-processor table followed by
the cookie policy in the same Rich Text module, tracked with a range; hsVars render_id/ticks and template asset
timestamps; fairly clean) and a Slovak used-car marketplace on Nuxt 2 (BootstrapVue collapses, closed, holding the
dealers' notices; data-v hashes, __NUXT__ state, __BVID__ ids, live listing counts, "Top ponuky" teasers, an A/B
header call to action, Black Friday strip, print/PDF tools inside the article); in Korean, Romanian, German,
Gulf Arabic, Indonesian, Norwegian Bokmål, Greek and Slovak.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_jobboard_next_ko", "p2_ats_careers_ro", "p3_carmaker_sitecore_de", "p4_carinsurer_liferay_ar",
              "p5_property_laravel_id", "p6_coworking_webflow_nb", "p7_payroll_hubspot_el", "p8_usedcars_nuxt2_sk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim32")
