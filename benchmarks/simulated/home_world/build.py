#!/usr/bin/env python3
"""Generate the home_world hidden-style OTA collection: build.py OUT

Home and garden: a DIY/hardware store chain, a furniture maker, a kitchen studio, a smart-home installer, a paint
brand, a garden centre, a moving company and an interior-design marketplace, in Hungarian, Norwegian (Bokmål),
Slovenian, Ukrainian, Romanian, Estonian, Serbian (Cyrillic) and Brazilian Portuguese; 8 pages, 238 captures,
43 real edits. One page each:

- p1_diy_hu (Hungarian): a DIY chain's content page on SAP Commerce Cloud with the Spartacus storefront (Angular
  Universal SSR); the policy is a CMS paragraph in the Section2A slot. Between visits: Dynatrace's per-request
  rid/rpid, the nearest store's open/closed badge (by the Budapest clock), the weekly offer banner with its live
  "n in stock at Budaörs" count, the mini cart, the Angular/Spartacus build (hashed bundles, `_ngcontent` ids, an
  Angular 15 → 17 upgrade in 2024 that turns `serverApp-state` into `ng-state` and adds hydration `ngh` indexes, also
  on the declared cx-paragraph); the TransferState script repeats the policy's HTML outside the declaration.
- p2_furniture_nb (Norwegian Bokmål): a furniture maker's Shopify store (Dawn theme), /policies/privacy-policy.
  Fairly clean: Shopify's per-request `__st.reqid` and web-pixels id, theme updates (asset `?v=`, schema version,
  theme id), the announcement bar's sofa lead time, the Judge.me review count in the footer; all outside
  `.shopify-policy__container`.
- p3_kitchen_sl (Slovenian): a kitchen studio on Joomla 3.10 (Protostar), upgraded to Joomla 4.4 (Cassiopeia) in
  late 2023. Inside the declared `.item-page`: the article-info block with the hit counter (grows every visit) and the
  "last modified" stamp (moves when an editor re-saves the article), removed by the declaration. Around it: the
  quote form's CSRF token (a hidden input's name in 3.10, also `csrf.token` in 4.4), the showroom's open/closed
  module (by the Ljubljana clock), mod_random_image's reference kitchen, media version query strings.
- p4_smarthome_uk (Ukrainian): a smart-home and security installer on Tilda: a T015 title record, T004 text records
  (headings are bold lines) and T123 HTML records with the tables; the declaration lists the policy's record ids.
  Fairly clean: every capture is a republish (`?t=` stamps on the page's blocks CSS/JS), the zero-block promo strip
  above the policy changes with the month's offer (its element id with it).
- p5_paint_ro (Romanian): a paint brand on Adobe Experience Manager (Core Components). The legal page holds three
  documents in a `cmp-tabs`: the privacy policy (the declared first tab panel), the cookie policy and the online
  shop's terms of sale (revised twice: a change beside the policy). Per section a Title and a Text component whose
  Adobe Client Data Layer attributes (`repo:modifyDate`, `xdm:text`) sit inside the declared panel and move on an
  author's re-save. Around it: clientlib `lc-<md5>-lc` hashes on deploys, Akamai's per-request pixel, the weekly
  "colour of the week" teaser, the colour visualiser teaser's room picture.
- p6_garden_et (Estonian): a garden centre's Magento 2 shop (Luma-based theme), a Page Builder CMS page. Fairly
  clean: the session `form_key` input (in `.column.main`, outside the declared row), the static-content deploy
  version in every asset URL, Page Builder's `data-pb-style` ids and inline style rules, regenerated at every save of
  the page (an admin's re-save or a real edit). The declaration selects the page title and the Page Builder row.
- p7_moving_sr (Serbian, Cyrillic): a moving company on ASP.NET Web Forms 4.8: the privacy policy and the general
  terms of moving (revised twice) one after the other in the content placeholder; the declaration is an OTA range
  from the policy's heading to the terms' heading. Between visits: `__VIEWSTATE`, `__EVENTVALIDATION`, the cookieless
  session id in the master page's links, the free moving slots for the next two weeks, the Google review score and
  count, WebResource/ScriptResource `d=`/`t=` after a server move.
- p8_interior_ptbr (Brazilian Portuguese): an interior-design marketplace's policy as a Zendesk Guide article
  (Copenhagen theme). The declaration selects `article.article` and removes the author line, the share links, the
  votes ("52 de 81 acharam isso útil", moving between visits inside the article), the related articles (reshuffled,
  also inside) and the like. Around it: the CSRF token (meta and HelpCenter.internal), the signed usage-tracking
  payload, the help centre version comment and asset hashes, the theme's campaign notice.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py` are
services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_diy_hu", "p2_furniture_nb", "p3_kitchen_sl", "p4_smarthome_uk",
              "p5_paint_ro", "p6_garden_et", "p7_moving_sr", "p8_interior_ptbr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim49a")
