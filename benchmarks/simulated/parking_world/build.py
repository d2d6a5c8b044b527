#!/usr/bin/env python3
"""Generate the parking_world hidden-style OTA collection: build.py OUT

Parking and EV charging in eight languages: a mobile-parking app (Estonian), a municipal parking company (Romanian),
an EV-charging network (Bulgarian), a car-park operator (Korean), a park-and-fly airport car park (Japanese), a
municipal smart-parking payment app (Vietnamese), a park-and-ride operator at BRT terminals (Swahili) and an
EV-charging network (Icelandic); 8 pages, 240 captures, 48 real edits (processor rows added, renamed or replaced,
retention periods changed, addresses and phone numbers changed, list items, sentences and a paragraph added, words
inserted, a typo fixed without a new date on every page). Each page module in pages/ gives its PAGE as
services_world's generator reads it; pkkit.py holds the few helpers they share (block rendering with a platform's own
markup, local clock times, month and weekday names, the previous capture's time for caches and saves, news lists).

- p1_parkapp_et: Pargime (Estonian), Webflow CMS-collection page (title in the hero, rich text with tables as HTML
  embeds and Webflow's zero-width-joiner spacer paragraphs), Finsweet cookie consent. Static hosting: the HTML
  changes only on a re-publish, so every capture carries a new "Last Published" comment; also the
  pargime.webflow.<hash>.min.css and webflow.js hashes, the assets CDN move (assets-global.website-files.com ->
  cdn.prod.website-files.com, May 2024) and webflow.js split into webflow.schunk.* chunks (autumn 2024), the
  seasonal announcement bar, the app rating/review count in the sidebar, the footer's CMS news list. All OUTSIDE
  the declared ["h1.legal-title", ".legal-rich-text"].
- p2_municipal_ro: Parcări Municipale Sibiu (Romanian), WordPress + Elementor Pro (Hello theme), LiteSpeed Cache,
  CookieYes, Contact Form 7. INSIDE the declared `.page-content`: the GDPR request form (CF7) placed after the rights
  section, whose quiz field draws one of its questions on every page build (the declaration removes `.wpcf7`), and
  Elementor 3.25's optimized markup dropping the widget containers (November 2024; no text change). Outside: the
  LiteSpeed "Page cached/optimized" comments (cache fill time, plugin version), the ElementorProFrontendConfig nonce,
  the header's live free-space counts of four car parks, post-1234.css ?ver= (CSS regenerated or page saved), core
  and plugin version strings, the footer's latest announcements.
- p3_evcharge_bg: ТокСпот / TokSpot (Bulgarian), Drupal 10 (custom Olivero-based theme, CKEditor 5 body with
  <figure class="table">), behind Varnish with a short TTL. Outside the declared `.node--type-page .field--name-body`:
  the Views block with free charging points now (js-view-dom-id and drupalSettings' views_dom_id per render), the
  newsletter form's form_build_id per render, aggregated css_/js_ file hashes and ajaxPageState libraries on deploys,
  user.permissionsHash, the footer hotline (edited with the policy's phone line).
- p4_carpark_ko: 한빛파킹 / Hanbit Parking (Korean), Gnuboard5 content page (bbs/content.php?co_id=privacy), SmartEditor
  2 HTML (articles as bold paragraphs, typed list numbers, spacer paragraphs). Outside the declared `#ctt_con`: the
  '접속자' current-visitors count, the 접속자집계 visitor counter (today/yesterday/max/total), the holiday and
  maintenance popup layer (설, 추석, system maintenance), the latest notices, the ?ver= stamps of Gnuboard updates.
- p5_airport_ja: 成田スカイパーキング (Japanese), Nuxt SSR on microCMS (rich text via v-html, headings with microCMS
  ids), Nuxt 2 until 2024-06-18, then Nuxt 3 with a redesign (declaration history: `.privacy` minus
  `.contact-status` until 2024-06-18, then `.legal-article` minus `.c-support-status`). INSIDE the selected element:
  the contact box component's phone-desk status (open now with a waiting time, or out of hours with the next opening,
  computed from the hours the policy itself states) and the data-v-* scope ids of deploys. Outside: the header's
  seven-day availability calendar (markup and __NUXT__ / __NUXT_DATA__ state), an A/B-tested call to action, chunk
  names and buildId.
- p6_municipal_vi: DNPark (Vietnamese), Liferay DXP 7.4 Asset Publisher with a custom display template. INSIDE the
  declared `.asset-full-content`: the 'Lượt xem' view counter and publish-date line (`.asset-metadata`), the star
  rating with its vote count (`.asset-ratings`) and the print/e-mail/share bar (`.asset-toolbar`), all removed by
  the declaration. Outside: Liferay.authToken per session, combo/theme ?t= timestamps, the header's date line, the
  scrolling notice strip (fireworks festival closures, Tết, the July 2025 administrative reform).
- p7_parkride_sw: Egesha na Safiri (Swahili), Joomla 3.10 (Protostar-based template) upgraded to Joomla 4.4 (Cassiopeia
  child) on 2024-08-12; the declared `.item-page` survives the upgrade. INSIDE it: the article-info block
  (`.article-info`, removed) with the hit counter and the modified date, which also moves when an editor re-saves the
  article without changing it. Outside: the CSRF token (login module, joomla-script-options), media version hashes,
  the latest news and notices modules, the whole head and wrapper markup at the upgrade.
- p8_evcharge_is: Hlaða (Icelandic), Umbraco 13 Block Grid, captured rendered (executeClientScripts). INSIDE the
  declared ["h1.hero__title", ".page-content"]: Cookiebot's cookie declaration in a code block between two rich-text
  blocks, whose last-scan date and cookie tables change with Cookiebot's monthly scans (removed with
  `.CookieDeclaration`). Outside: __RequestVerificationToken and Umbraco Forms' ufprt per request, the GTM-injected
  gtag.js gtm= parameter, asp-append-version ?v= hashes, the header's station count, the footer price box, the
  Cookiebot banner's category counts.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and NaritaSkyParking.history.json),
OUT/truth.json; deterministic (seed "sim51b"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_parkapp_et", "p2_municipal_ro", "p3_evcharge_bg", "p4_carpark_ko", "p5_airport_ja",
              "p6_municipal_vi", "p7_parkride_sw", "p8_evcharge_is"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim51b")
