#!/usr/bin/env python3
"""Generate the local_world hidden-style OTA collection: build.py OUT

Small local businesses' privacy policies as their own site builders and CMSs publish them, in Swiss German,
Finnish, Turkish, Greek, Vietnamese, Simplified Chinese (gb2312), Arabic (RTL) and Persian (RTL, Solar Hijri
dates, Persian digits); no English page. 8 pages, 238 captures, 2021-2024, 44 real edits:

- p1 Zahnarztpraxis Brunner (dental practice, Winterthur), Jimdo Creator: one page "Impressum & Datenschutz" with
  the Impressum (team, UID, photo credits change on their own) and then the policy as Jimdo modules; declared as a
  range from the policy's h1 module to the end of `#content_area`. Beside: `jimdoData.cstok` per visit,
  `cacheJsKey`/`cacheCssKey` asset hashes per Jimdo deployment, the sidebar's "Aktuell" box (Praxisferien,
  holidays, Dentalhygiene offers). Swiss spelling (ss), the revised DSG of 2023.
- p2 Hiusateljee Kaisla (hair salon with a web shop, Tampere), Shopify Dawn 2.5 -> 7.0 -> 10.0 -> 12.0: Shopify's
  built-in policy page, declared `.shopify-policy__container`, clean inside; a Finnish "rekisteri- ja
  tietosuojaseloste". Fairly clean: trekkie `eventMetadataId` and Boomerang `renderRegion` per request, theme
  id/version and `?v=` asset stamps, the announcement bar's seasonal promotion, the Timma booking link's tag.
- p3 Özgür Sürücü Kursu (driving school, İzmir), Joomla 3 + Helix3 until March 2023, then Joomla 4 + Helix
  Ultimate: the KVKK Aydınlatma Metni article. Inside the declared `div[itemprop="articleBody"]` a
  `{loadposition}` custom module with the registration period and places left (removed: `.custom`); title selected
  as `h2[itemprop="name"]` then `h1[itemprop="headline"]` (declaration history at the upgrade). Beside: Joomla's
  `csrf.token` and the RSForm token per visit, the hits counter between title and body, media-version stamps.
- p4 Papadopoulos Ydravlikos (plumber, Marousi), Duda: one responsive column of `dmNewParagraph` widgets and table
  widgets, declared by its numeric id `[id="1739204131"]`, clean inside. Beside: Duda's runtime build in asset
  paths (near-daily deploys), PublicationDate/revision and the page CSS bundle on republish, the header strip with
  today's on-duty technician, the Google-reviews row under the policy.
- p5 Sen Yoga (yoga studio, Da Nang), LadiPage: absolutely positioned `ladi-element`s (positions in
  `style_element` shift with the text), tables in HTML-code elements; every capture is a weekly republish
  (`publish_time`, event data). Inside the declared `#SECTION7` the monthly offer group with a countdown and a
  button under the policy (removed: `#GROUP41`). Beside: the weekly class schedule with places left, LadiPage's
  runtime version. Vietnamese e-commerce headings, Decree 13/2023.
- p6 Laojiefang Restaurant (family restaurant, Chengdu), DedeCMS 5.7 GBK served as gb2312, dynamic
  `/plus/view.php?aid=35`: declared `.viewbox .title h2` + `.viewbox .content`. Fairly clean: the 点击 click
  counter in the info line, the sidebar's 今日特价 daily special and 最新动态 news list, the header's phone.
- p7 Noor Alharbi Photography (women's event photographer, Riyadh), Wix Thunderbolt: one classic section with
  three rich-text boxes (no tables: Wix rich text has none) and the Instagram Feed app, declared
  `#comp-lq9x1k2m`; inside it only attributes change (the app iframe's per-visit `instance` token, the hashed
  Thunderbolt classes of three CSS eras). Beside: the viewer model's request id, site revision and page-JSON name,
  the Thunderbolt bundle hash, the header strip with wedding-season dates left. Saudi PDPL.
- p8 Rezaei Auto Service (car repair, Tehran), DNN Platform 9.4 -> 9.10 (ASP.NET WebForms): two HTML modules, the
  appointment rules (another document: the deposit in toman follows inflation) and then the policy, declared
  `#dnn_ctr1437_HtmlModule_lblContent`, clean inside. Beside: `__RequestVerificationToken` per visit,
  `__VIEWSTATE`/`__EVENTVALIDATION` when the modules change, `?cdv=` and WebResource.axd `t=` stamps, the
  footer's visitor statistics (today, yesterday, total, online).

Each page has five or six real edits (a processor or recipient added to a table or list, retention periods
changed, a section added, an address or phone number changed, words inserted, a typo fixed without a new date;
the law changes of the period: revised Swiss DSG, EU-US Data Privacy Framework, KVKK amendment by Law 7499,
Vietnamese Decree 13/2023, Saudi PDPL).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`), `compare.py` and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and Özgür Sürücü Kursu.history.json), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_dental_dech", "p2_salon_fi", "p3_drivingschool_tr", "p4_plumber_el", "p5_yoga_vi",
              "p6_restaurant_zhcn", "p7_photographer_ar", "p8_carrepair_fa"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim47d")
