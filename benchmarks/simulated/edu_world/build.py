#!/usr/bin/env python3
"""Generate the edu_world hidden-style OTA collection: build.py OUT

Education and learning services' privacy policies as their sites publish them: an English university on Drupal 9
(upgraded to Drupal 10 mid-way: new CSS/JS aggregate URLs; campus and industrial-action alerts, term dates and
events in the sidebar, a "Page last reviewed" field and the student/staff notices inside the node, a CKEditor
accordion of FAQs holding part of the notice), a Dutch secondary school on WordPress + Divi (texturized quotes,
Divi toggles, Complianz, an open-day countdown and a holiday timetable, the applicants' notice as another section;
a 2024 announcement section shifts Divi's numbered section classes, so the declaration has a history), an
Italian MOOC provider's Open edX static page (flat page: the privacy notice followed by the cookie notice, tracked
with a range selector; csrftoken, hashed static assets, live enrolment counts, Open edX release upgrades), a
Belgian children's reading app on Next.js + Sanity (CSS-module class hashes, __NEXT_DATA__, build ids, a kids'
summary box beside the policy, a promo card injected between Portable Text sections, a COPPA notice for US parents
as a separate document, A/B hero), a Portuguese language-learning app on Nuxt 3 + Storyblok (a legal hub whose
three documents are all server-rendered in v-show tabs, scoped data-v attributes, live learner counter, Cookiebot,
sub-processor table), a Danish Moodle partner's Moodle site (tool_policy's viewall.php: all site policies on one
page; sesskey, YUI ids, theme revisions, a "next webinar" banner, Moodle 4.1 -> 4.5 upgrade), a Korean tutoring
marketplace on Wagtail (Draftail data-block-key attributes, the PIPA "previous versions" select inside the
policy, live matching figures, Channel Talk) and a Taiwanese language-testing centre on Umbraco Heartcore with a
React front end (emotion class hashes, hydrated Heartcore JSON, ROC-calendar dates, typhoon closure alerts, live
registration counts, the test-takers' personal-data notice in a second accordion, a Heartcore "last updated"
stamp inside the article); in British English, Dutch, Italian, Belgian French, European Portuguese, Danish,
Korean and Traditional Chinese.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_university_drupal_en", "p2_school_divi_nl", "p3_mooc_openedx_it", "p4_kidsapp_next_frbe",
              "p5_langapp_nuxt_pt", "p6_moodle_partner_da", "p7_tutoring_wagtail_ko", "p8_testcentre_heartcore_zhtw"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim30")
