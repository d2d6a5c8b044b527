#!/usr/bin/env python3
"""Generate the industrial_world hidden-style OTA collection: build.py OUT

B2B manufacturing and industry: a machine-tool maker, a chemicals group, a steelworks, a construction-materials
company, an industrial distributor with an online catalogue, an electronic-components maker, an
agricultural-machinery dealer and a hydraulics maker, in German, Hungarian, Slovak (windows-1250), Romanian,
Danish, simplified Chinese, Finnish and Bulgarian. Per page:

- p1_machinery_de: Bräuning Maschinenbau (grinding machines), German. TYPO3 8.7 with css_styled_content
  (`#content`, one text element, "Cached page generated" comment per visit) relaunched in March 2023 as TYPO3 12
  with bootstrap_package 13 (`#page-content`, the sections in a collapsed Bootstrap accordion, CSP nonces per
  request); a trade-fair countdown (EMO, GrindTec, AMB, GrindingHub) in the top bar changes every day; merged
  asset hashes change on deploys. The declaration changes at the relaunch (`*.history.json`).
- p2_chemicals_hu: PannonChem Nyrt. (chemicals group), Hungarian. AEM as a Cloud Service with Core Components
  and a style-system "legal-document" container; Budapest Stock Exchange ticker in the header experience fragment
  every visit; inside the selected container an AEM "last published" stamp and a PDF download box (the
  declaration removes both) and `data-cmp-data-layer` attributes whose `repo:modifyDate` moves on every
  republication; clientlib hashes change on deploys.
- p3_steel_sk: VSO Oceľ a.s. (steelworks), Slovak, served in windows-1250. ASP.NET WebForms master page
  (`ctl00_cphContent_pnlArticle`): `__VIEWSTATE`/`__EVENTVALIDATION` and `ScriptResource.axd` keys differ per
  visit; the top bar prints today's date ("Dnes je ..."). Otherwise clean.
- p4_construction_ro: Carpat Materiale (cement, aggregates, dry mixes), Romanian. Sitecore SXA: "Informații
  legale" page with an SXA tabs component; the policy is the first tab, the cookie policy (edited on its own
  now and then) the second; a rotating "Produsul lunii" teaser in the side column, an anti-forgery token in the
  newsletter form per visit, theme `?t=` stamps on deploys.
- p5_distributor_da: Kjærgaard Industri (industrial wholesaler, web catalogue), Danish. SAP Commerce (Hybris)
  B2B accelerator storefront; the crawler has no cookie, so every template link carries `;jsessionid=`; a
  CSRFToken per visit; a same-day-dispatch cut-off countdown in the USP bar; the week's offer in the header
  changes weekly. The policy is a CMSParagraphComponent (`.main__inner-wrapper .content`).
- p6_electronics_zh: 精科电子 (connectors, MLCC; listed in Shenzhen), simplified Chinese. Nuxt 2 SSR site with the
  policy rendered from CMS blocks by a scoped Vue component: every element inside the selected `article` carries
  `data-v-<hash>` attributes that change on deploys, as do the `_nuxt/` chunk names; a Shenzhen stock quote and an
  electronica China countdown in the header; `window.__NUXT__` state.
- p7_agri_fi: Agrotek Savo (tractor and farm-machinery dealer with a parts web shop), Finnish. Shopify, Dawn
  theme (upgraded from 9.0.0 to 12.0.0 during the period); per-request `__st` reqid, announcement bar changed by
  the merchant now and then. Policy in `.shopify-policy__container`. Fairly clean.
- p8_hydraulics_bg: Тракия Хидравлика АД (hydraulic pumps and cylinders), Bulgarian. Joomla 3 (Protostar-based
  template) upgraded to Joomla 4 (Cassiopeia child) in 2023; the article's hits counter sits inside `.item-page`
  (the declaration removes `.article-info`); a per-session form token in the login module; the "latest news"
  module in the side column changes as news are posted.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and *.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_machinery_de", "p2_chemicals_hu", "p3_steel_sk", "p4_construction_ro",
              "p5_distributor_da", "p6_electronics_zh", "p7_agri_fi", "p8_hydraulics_bg"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim44d")
