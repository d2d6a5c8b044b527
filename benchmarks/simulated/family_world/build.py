#!/usr/bin/env python3
"""Generate the family_world hidden-style OTA collection: build.py OUT

Family, childcare and pet services' privacy policies, each on the platform such a company really runs, in Dutch,
Slovak, Bulgarian, Croatian, Lithuanian, Bengali, Tamil and Filipino (8 pages, 239 captures, 44 real edits):

- p1 KinderHaven (nl): a childcare chain on Umbraco 8 (Bootstrap grid) relaunched in April 2024 on Umbraco 13
  (Block Grid): the selector changes, so a history file; a "vrije plekken" locator with live free places per
  location beside the policy; anti-forgery token in the newsletter form; asset cache-busters.
- p2 Drobček.sk (sk): a baby-products shop on Shoptet (template Classic -> Disco in Feb 2024, article markup
  unchanged): CSRF token and dataLayer cart JSON per visit; a product carousel with discounts and stock levels
  below the article; the header benefit strip follows the running promotion.
- p3 Lapa (bg): a pet insurer on Liferay DXP 7.4: the policy is a Journal Content article whose template puts each
  section in a collapsed Clay panel; selected by its portlet instance id because a second Journal Content portlet
  beside it holds the premium teaser (from 8 Aug 2025 in leva and euro); Liferay.authToken/p_auth per visit,
  combo-servlet t= stamps per deploy.
- p4 Šapa Vet (hr): a veterinary clinic chain on Kentico 12 Portal Engine (ASP.NET WebForms): __VIEWSTATE,
  __EVENTVALIDATION, __CMSCsrfToken per visit; weekly on-duty clinic bar; an UpdatePanel web part with live
  appointment slots inside the selected text zone (the declaration removes `.termini-widget`).
- p5 Mokykla+ (lt): a school-communication app's Zendesk Guide article (Copenhagen theme v2 -> v4 in June 2024):
  CSRF meta token, help-centre build comment and theme asset hash, a growing vote tally, the relative "updated"
  time; title and body selected as two elements; the children's notice and terms listed in the sidebar.
- p6 Shishubela (bn): a Bangladeshi parenting app on Angular Universal (16 -> 17 with hydration in May 2024):
  "parents online now" counter in the header, TransferState JSON, per-build `_ngcontent-ng-c…` ids and bundle
  hashes, and a rotating tip-of-the-day component inside the policy's container (removed: `app-tip-card`).
- p7 Karpom (ta): an Indian children's learning app on SvelteKit + Contentful: parents' policy and a kids'
  version in two tabs (the hidden kids' tab is revised twice, outside the selection); app rating in the header;
  inside the selected panel a store-badge block whose links carry a per-visit click id (no words: left in);
  __sveltekit_* global, immutable asset hashes and hydration data per build.
- p8 BusogPaws PH (fil): a pet-food subscription on Shopify (Dawn 9.0.0 -> 12.0.0 in July 2024), the platform's own
  /policies/privacy-policy page: analytics requestId and web-pixels page id per visit, rotating announcement bar;
  nothing volatile inside `.shopify-policy__container`.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and *.history.json where a relaunch changed the selector),
OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_childcare_nl", "p2_babyshop_sk", "p3_petinsurance_bg", "p4_vetclinics_hr", "p5_schoolapp_lt", "p6_parenting_bn",
              "p7_learning_ta", "p8_petfood_fil"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim46d")
