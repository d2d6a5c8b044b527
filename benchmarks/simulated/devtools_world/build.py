#!/usr/bin/env python3
"""Generate the devtools_world hidden-style OTA collection: build.py OUT

Developer-tools and open-source infrastructure companies' privacy policies as they publish them on documentation
site generators and developer-styled sites: a Chinese package registry on VitePress (scoped `data-v-` hashes that
change with each VitePress upgrade, `__VP_HASH_MAP__`, Carbon ads in the aside, a busuanzi page-view counter inside
`.vp-doc`, the third-party SDK list in a `::: details` block), a Japanese CI service on Docusaurus (CSS-module class
suffixes that change at the 2->3 upgrade, announcement bar, "last updated by" footer, regional tabs whose hidden
panels hold part of the policy, Cloudflare's per-request beacon parameters), a US edge/hosting platform's Next.js
marketing site (per-request CSP nonces, __NEXT_DATA__ build ids, CSS-module class churn, A/B-tested promo, live
network figures, a DPO contact form inside the article, a move to the app router with new markup in 2024 that needs
a new selector), a German database company on Hugo + Docsy (Klaro consent, "Zuletzt geändert" commit line, reading
time and feedback inside `.td-content`), a Russian observability vendor on MkDocs Material (git-revision-date and
feedback inside the article, announce bar, mike version switch, JivoSite `<jdiv>` chat), a Brazilian API platform
on Mintlify (title and description in the page header, Vercel deployment ids, RSC flight data, a card group of
related documents inside the content, the "Esta página foi útil?" bar), a Korean code editor's GitHub Pages site
(Jekyll + Cayman; terms, privacy policy and open-source notices on one page, the footer inside `.main-content`,
`site.time` and build revision stamps, latest-release button), and a Ukrainian open-source foundation's policy on
Read the Docs (sphinx_rtd_theme, EthicalAds with per-view nonces, flyout, build dates and commit in the footer,
the 2024 switch to RTD addons, an English paragraph later translated); in Simplified Chinese, Japanese, US English,
German, Russian, Brazilian Portuguese, Korean and Ukrainian.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_registry_vitepress_zhcn", "p2_ci_docusaurus_ja", "p3_edge_nextjs_en", "p4_database_docsy_de",
              "p5_observability_mkdocs_ru", "p6_api_mintlify_ptbr", "p7_editor_jekyll_ko", "p8_foundation_rtd_uk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim23")
