#!/usr/bin/env python3
"""Generate the funeral_world hidden-style OTA collection: build.py OUT

Funeral and memorial services in eight languages, none English: a funeral home (Polish), a municipal crematorium
(Czech), a headstone maker (Slovenian), a funeral home and funeral-goods shop (Lithuanian), a funeral-expense
insurance agency (Finnish), a pre-need memorial plan company (Tagalog), a family takaful operator's funeral plan
(Urdu, RTL) and an online obituary and condolence portal (Persian, RTL, Solar Hijri dates in Persian digits); 8 pages
on 8 platforms, 239 captures, 47 real edits (a processor or recipient added, renamed or replaced, a retention period
changed, an address, a phone number, a DPO or a helpline changed, a table row or cell added or changed, a list item,
a sentence, a paragraph or a section added, a sentence removed, a word inserted, a typo fixed without a new date;
11 edits leave the date line as it was). Each page module in pages/ gives its PAGE as services_world's generator reads
it; fwkit.py holds the helpers they share (block rendering with a platform's own markup, local clocks, month and
weekday names, Persian digits, the Jalali and tabular Hijri calendars, day-seeded 'latest items' feeds).

- p1_funeralhome_pl: Klepsydra (Polish funeral home, Kraków), WordPress 6 + Hello Elementor + Elementor Pro, Complianz,
  LiteSpeed Cache. Outside the selected widgets: the footer posts widget of the four newest obituaries ('Ś.p. …,
  pogrzeb …', new ones every day or two), the LiteSpeed 'page cached/optimized @…' comments and the
  ElementorProFrontendConfig nonce per capture, LiteSpeed combined CSS/JS hashes on purges, post-3.css ?ver= on
  re-saves, Elementor plugin updates (generator meta, ?ver=), Complianz banner_version. In May 2024 the page was rebuilt
  with Flexbox containers: new element ids, and from Elementor 3.24 no widget-container wrapper (declaration history:
  `.elementor-element-5e8b1f3 .elementor-heading-title`, `.elementor-element-4d1a7c2` until 2024-05-14, then
  `.elementor-element-a93c4e1 …`, `.elementor-element-7f02d5b`).
- p2_crematorium_cs: Krematorium Podbrdí (Czech municipal crematorium and urn grove), Drupal 9.5 -> 10.1 in September
  2023 (Generator meta, aggregated asset URL scheme `css_…css?delta=0&language=cs&theme=…&include=…`). INSIDE the
  selected `article.node--type-page`: the Statistics module's 'N zobrazení' counter in the node links and the theme's
  'Aktualizováno: …' changed date (moves on edits and on plain re-saves); the declaration removes `.node__meta`,
  `.node__links`. Outside: the sidebar view 'Rozpis obřadů – <weekday> <date>' (today's farewell ceremonies with the
  deceased's names, times and halls; none at weekends) with its per-render js-view-dom-id, the latest news block,
  asset hashes on cache rebuilds.
- p3_headstones_sl: Kamnoseštvo Lipnik (Slovenian headstone maker, Žalec), Joomla 4 -> 5 with Helix Ultimate. INSIDE
  the selected `.article-details`: the article info block with the 'Zadetkov: N' hits counter (removed with
  `.article-info`, and the share icons `.article-footer-wrap`). Outside: csrf.token in joomla-script-options per
  session, the Random Image module 'Iz naše galerije' (a different headstone photo per request, file name as alt), the
  top-bar custom module (before 1 November, spring cleaning offer, free on-site measuring), media version hashes on
  Joomla/Helix updates.
- p4_funeralshop_lt: Ramybės namai (Lithuanian funeral home and funeral-goods shop, Vilnius), Shopify with Dawn
  (12 -> 13 -> 15, each a newly published theme copy: theme id, schema_version, header/announcement markup). Fairly
  clean: ShopifyAnalytics requestId and trekkie eventId per request, the announcement bar (Vėlinės, Christmas, Mother's
  Day, default messages), theme asset ?v= stamps on theme edits; all outside `.shopify-policy__container`.
- p5_insurance_fi: Lepo (Finnish funeral-expense insurance agency, Tampere), HubSpot CMS drag-and-drop page. INSIDE
  the selected rich text module `#hs_cos_wrapper_widget_1654321098765`: a HubSpot CTA embed between sections 3 and 4
  (A/B test of two buttons, per-request encryptedPayload in its link; removed with `.hs-cta-embed`). Outside: hsVars
  render_id/ticks per render, the reviews strip count below the module, the seasonal header campaign bar,
  hub_generated template asset timestamps on template edits.
- p6_memorialplans_tl: Payapa Memorial Plans (Philippine pre-need memorial plans, Pasig City), Webflow. A static page
  that changes only when the site is republished: the 'Last Published: …' comment every capture, the CMS promo bar
  (monthly promo), the latest blog articles collection list, the site CSS hash on style changes, webflow.js hash, the
  asset CDN host move (assets-global -> cdn.prod.website-files.com, April 2024); all outside the selected
  `.section-legal .heading-legal` and `.rich-text-legal` (whose recipients table is an HTML embed `.w-embed`).
- p7_takaful_ur: Saaya Family Takaful (Pakistani family takaful operator, kafan dafan funeral plan), Liferay DXP 7.4,
  Urdu RTL. Fairly clean: Liferay.authToken per session, the header's Hijri and Gregorian date and PSX share price
  widget, the banner carousel portlet (random active slide, a Ramadan slide in Ramadan), combo ?t= stamps on deploys,
  the DXP update of November 2023 (loader URLs); all outside the policy portlet's `.journal-content-article`.
- p8_obituaries_fa: Soognameh (Iranian online obituary and condolence portal, Tehran), Nuxt 3 SSR. INSIDE the selected
  `article.static-page`: the meta line with 'N بازدید' view counter (Persian digits), reading time and share button
  (removed with `.static-page__meta`), and the Vue scoped-style data-v-… attributes on the article's elements, which
  change on deploys. Outside: today's Solar Hijri date in the header, the latest obituary notices sidebar (names,
  'مراسم ختم/سوم/هفتم' with Jalali dates, mosques), the __NUXT_DATA__ payload (view count, notices, the policy HTML),
  buildId and /_nuxt/ chunk hashes on deploys.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim51c"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_funeralhome_pl", "p2_crematorium_cs", "p3_headstones_sl", "p4_funeralshop_lt", "p5_insurance_fi",
              "p6_memorialplans_tl", "p7_takaful_ur", "p8_obituaries_fa"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim51c")
