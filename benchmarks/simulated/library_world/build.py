#!/usr/bin/env python3
"""Generate the library_world hidden-style OTA collection: build.py OUT

Libraries, archives, museums' membership schemes and genealogy / records services in eight languages: a public
library network (Catalan), a maritime museum's friends' club (Croatian), a genealogy (jokbo) service (Korean), a
regional library consortium (Swedish), a museum friends' card (Hungarian), a genealogy and civil-records service
(Brazilian Portuguese), a library and archive foundation's médiathèque (Moroccan, Arabic page) and a genealogy
database (Icelandic); 8 pages, 240 captures, 45 real edits (processors added or replaced, table rows, retention
periods, addresses, phones and DPOs changed, a section, paragraph, sentence or list item added or removed, typos
fixed; six without a new date). Each page module in pages/ gives its PAGE as services_world's generator reads it;
lkit.py holds month names, local clocks and seasons.

- p1_library_ca: Biblioteques del Vallès Oriental (Catalan), Drupal 7 until 11 June 2024, then Drupal 10 (Olivero
  sub-theme): declaration history `#node-412 .field-name-body .field-item` until 2024-06-11, then
  `.node--type-page .field--name-body`. Volatile, all OUTSIDE: the search form's form_build_id per request,
  aggregated css_/js_ hashes, the 'Properes activitats' block, seasonal opening-hours notice, the migration itself.
- p2_museum_hr: Klub prijatelja Pomorskog muzeja Rijeka (Croatian), WordPress + Divi, The Events Calendar.
  Volatile INSIDE the selected `.et_pb_section_0 .et_pb_column_0`: the Divi CTA module (.et_pb_promo) with the
  seasonal membership offer and a member counter, removed. Outside: et_frontend_nonce and tribe REST nonce,
  et-cache unified CSS ?ver, Divi version, upcoming events list.
- p3_genealogy_ko: Hanbit Jokbo (Korean), Spring MVC / JSP (eGovFrame-style). Volatile INSIDE the selected
  `.policy_wrap`: the '이전 개인정보처리방침 보기' select of past effective dates (grows when the date changes),
  removed by `.policy-history`. Outside: jsessionid in URLs, _csrf meta and form token, today/total visitor
  counter, notice banner, ?ver= deploy dates.
- p4_library_sv: Biblioteken i Mälardalen (Swedish), Sitevision text portlets. Volatile, all OUTSIDE
  `.pagecontent .sv-text-portlet-content`: JSESSIONID in the login link, Sitevision version in system-resource
  URLs, 'Sidan uppdaterades' stamp (moves when the text is saved), 'Öppet idag' hours, 'Evenemang' list.
- p5_museum_hu: Múzeumbarát Kör (Hungarian), WordPress + WPBakery. Volatile INSIDE the selected `.entry-content`:
  the WP-PostViews counter and the AddToAny share box with its count, appended to the content, removed by
  `.post-views` and `.addtoany_share_save_container`. Outside: wp_rest nonce, js_composer ?ver, exhibitions
  sidebar.
- p6_genealogy_ptbr: Raízes Brasil (Brazilian Portuguese), Next.js 14 app router on Vercel, Tailwind. Volatile,
  all OUTSIDE `main article.prose`: buildId and chunk hashes, sentry-trace per request, 'pessoas pesquisando
  agora' live counter, seasonal promo bar (Mês das Mães, Dia dos Pais, Black Friday), __next_f flight payload.
- p7_archive_ar: Médiathèque Al Massira, Casablanca (Arabic, RTL), Liferay DXP 7.4 Journal content portlet.
  Volatile INSIDE the selected `.portlet-journal-content .portlet-body`: ratings (average, votes) and view count
  under the article, removed by `.taglib-ratings` and `.view-count`. Outside: Liferay.authToken / p_auth per
  request, theme CSS ?t=, Ramadan opening-hours notice.
- p8_genealogy_is: Ættarbrunnur (Icelandic), Moya CMS (Stefna). Volatile, all OUTSIDE `#article .entryContent`:
  login form csrf token, 'einstaklingar í grunninum' counter, 'Nýjast' news list, theme ?v= timestamp.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim55d"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_library_ca", "p2_museum_hr", "p3_genealogy_ko", "p4_library_sv", "p5_museum_hu",
              "p6_genealogy_ptbr", "p7_archive_ar", "p8_genealogy_is"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim55d")
