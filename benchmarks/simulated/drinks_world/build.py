#!/usr/bin/env python3
"""Generate the drinks_world hidden-style OTA collection: build.py OUT

Drinks and beverage businesses' privacy policies as their sites publish them, on platforms the earlier collections
did not lean on, in German (Austria), Czech, Belgian French, Italian, Japanese, Afrikaans, Simplified Chinese
(GB2312) and Macedonian; 8 pages, about 30 captures each, six real edits per page (one a typo fix that leaves the
printed date alone):

- p1 a Czech craft brewery's e-shop on Shoptet (template 11): an article page in CKEditor with Czech non-breaking
  spaces; the information bar's limited-edition presale countdown and "bottles left", the footer's tasting and
  brewery-tour calendar and today's taproom hours, the per-visit CSRF token, the CDN build parameter; the age
  popup and cookie bar. Nothing volatile inside the declared `.pageArticleDetail`.
- p2 an Austrian Wachau winery with a Heuriger on TYPO3 + Bootstrap Package (fluid_styled_content header, text and
  table elements in `#page-content`): the header bar's "ausg'steckt" status, merged asset hashes, TYPO3 10's
  "Cached page generated" debug comment, then (2024) TYPO3 12.4 / Bootstrap Package 14 with new frame wrappers and
  per-request CSP nonces; the vineyard image inside `#page-content` changes its processed file name (no words),
  declaration unchanged.
- p3 a Brussels drinks-delivery service on Magento 2.4 with Page Builder: the privacy policy is the second, hidden
  tab beside the terms of sale (declared by `data-tab-name`); form_key per visit, the weekly promo code, the
  static-content deploy version, the terms-of-sale tab revised once (fee, minimum order) without a policy change.
- p4 an Italian amaro and grappa distillery on AEM as a Cloud Service (Core Components): title and text components
  and a collapsed accordion (kinds of cookies) in `<main>`, with the template's daily "Il cocktail del giorno"
  teaser inside the same `<main>` (removed by the declaration); the age gate, OneTrust, Launch, the data layer's
  modifyDate, clientlib lc-hashes per deployment, Akamai's per-request pixel.
- p5 an Uji tea house's shop on EC-CUBE 4.2 (fairly clean): `.ec-pageHeader h1` and `.ec-off1Grid__cell` with
  hand-numbered （1） items; the per-session eccube-csrf-token and the 新着情報 news block.
- p6 a Pretoria vape shop on OpenCart 3.0.3.8 (Afrikaans): the information page's `#content` also holds the
  content_bottom "Featured" module (products, "Net n oor!" stock badges, a ticking limited-edition countdown), which
  the declaration removes (`#content > h3`, `#content > .row`); age modal, nicotine warning.
- p7 a Zhejiang bottled-water brand on DedeCMS 5.7, GB2312 (fairly clean): the article box `.news_show` holds the
  live 浏览次数 counter and previous/next links (removed); full-width indents, bold-paragraph headings, "●"
  list paragraphs; the sidebar's latest news.
- p8 a Skopje coffee roaster on Joomla 3.10 / Helix3, upgraded in 2023 to Joomla 4.4 / Helix Ultimate 2 (declared
  `[itemprop="articleBody"]` throughout): the article's hit counter, the login module's per-session token (a
  hidden input named by it), the roasting-schedule module (next roast, order cut-off, this week's origins).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`), `compare.py` and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_brewery_shoptet_cs", "p2_winery_typo3_deat", "p3_delivery_magento_frbe", "p4_spirits_aem_it",
              "p5_teahouse_eccube_ja", "p6_vape_opencart_af", "p7_water_dedecms_zh", "p8_coffee_joomla_mk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim49d")
