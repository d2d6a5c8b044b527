#!/usr/bin/env python3
"""Generate the trust_world hidden-style OTA collection: build.py OUT

B2B software vendors' privacy policies and the pages around them (trust centres, sub-processor lists, DPAs,
security and status pages linked to each other): a US developer-tools SaaS on Next.js/Vercel (status badge and
changelog teaser around a policy whose sub-processor table grows), a German HR SaaS on Framer (G2 badges,
customer-logo carousel, A/B "Demo buchen" copy, Intercom launcher, per-publish Framer bundles), a Dutch
healthcare-scheduling vendor's Vanta-style trust centre (certifications, "Toegang aanvragen" form, privacy
statement plus a sub-processor list with per-row dates, relative "last checked" times, styled-components class
hashes), a Spanish invoicing API's policy on GitBook (sidebar, search, "Última actualización hace 3 meses",
"¿Te ha resultado útil?", "Editar en GitHub"), a Japanese attendance SaaS's プライバシーポリシー on WordPress
(委託先 list, ITreview badges, seminar banners), a Danish shift-planning SaaS on HubSpot CMS whose policy embeds
the Cookiebot cookie declaration and a DPA download CTA with a version number, a Brazilian help-desk SaaS on
WordPress/Elementor with an "O que mudou" box above the policy rewritten at each update (and a Reclame Aqui
seal), and a Korean collaboration SaaS's 개인정보처리방침 (수탁자 and 국외 이전 tables, a previous-versions
selector that grows at each update, Channel Talk launcher).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_devtools_us", "p2_hr_de", "p3_trustcenter_nl", "p4_gitbook_es",
              "p5_kintai_ja", "p6_shiftplan_da", "p7_helpdesk_ptbr", "p8_collab_ko"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim18")
