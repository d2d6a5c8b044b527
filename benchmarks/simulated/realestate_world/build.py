#!/usr/bin/env python3
"""Generate the realestate_world hidden-style OTA collection: build.py OUT

Real estate and property: a listing portal, an estate agency chain, a new-build developer, a mortgage broker, a
short-let manager, a co-working operator, a municipal landlord's tenant site and a second listing platform, each
privacy policy as its site publishes it, in Polish, Czech, Greek, Mexican Spanish, Gulf Arabic, Malay, Swedish and
Korean (no English page):

- p1 Domoteka.pl, a Polish listing portal on Angular Universal (SSR, upgraded 15 -> 16 -> 17 in the window:
  _ngcontent-scNN then _ngcontent-ng-cNNNNNNNNNN attributes, ngh hydration markers, serverApp-state with &q;
  escaping then ng-state JSON holding the CMS page, hashed bundles; Didomi, GTM, GPT). Per visit the header's live
  listing counter ("ogłoszeń, w tym ... nowych dziś") and the "Nowe dziś" carousel (prices, zł/m²) in the aside;
  INSIDE article.static-page an <app-ad-slot> (GPT correlator, a rotating house campaign rendered server-side),
  which the curator removes.
- p2 DOMOV reality, a Czech estate agency chain on Joomla with JoomShaper Helix Ultimate, upgraded from Joomla 3.10
  to 4.4. INSIDE .article-details the article-info bar with the hits counter "Zobrazeno: N" (grows at every visit)
  and the "Aktualizováno" stamp, then a share bar, both removed by the curator; per visit the Joomla CSRF token
  (script options, AcyMailing "Hlídací pes" form); "Nejnovější nabídky" (Novinka / Rezervováno / Sleva badges,
  prices in Kč) in the side column.
- p3 Aktí Developments, a Greek new-build developer on Umbraco (10 LTS, then 13 LTS; agency templates, Block List,
  Umbraco Forms, Smidge bundles, ImageSharp ?v=). One legal page holds the privacy policy (section#privacy-policy,
  tracked) and, BESIDE it, the cookie policy with its own revisions, date and table and Cookiebot's
  CookieDeclaration script. Fairly clean: per visit the antiforgery token and ufprt of the "Ενδιαφέρομαι" form.
- p4 Casa Clara Hipotecas, a Mexican mortgage broker on SvelteKit (1.x -> 2.x) with Contentful rich text
  (rich-text-html-renderer markup between HTML_TAG_START/END comments). Per visit the aside's "Tasas hipotecarias
  hoy" table (bank fixed rates, CAT promedio, fecha de cálculo, simulator's monthly payment) and the hydration data
  carrying it; sticky build hashes / __sveltekit id / svelte-xxxx classes and the Hot Sale / Buen Fin promo bar.
- p5 Rawabi Stays, a Dubai holiday-home (short-let) manager on Wix, right to left: the policy is two Rich Text
  elements selected by comp id. Fairly clean: per visit the viewer model's requestId; sticky Wix renderer releases
  (hashed classes, thunderbolt bundles), the site revision (bumped by every publish, including the policy's), the
  guest-rating strip and a seasonal strip (Ramadan, National Day, DSF, summer).
- p6 KongsiSpace, a Malaysian co-working operator on Squarespace 7.1 (Fluid Engine): Text blocks and two Code
  blocks holding pasted HTML tables, selected together inside #page. Fairly clean: rollup asset hashes of every
  Squarespace deploy, the site-wide contentModifiedOn and the announcement-bar text in the context JSON.
- p7 Mälarhem, a Swedish municipal housing company on Sitevision with Envision: the body's sections sit in CLOSED
  env-collapse accordions inside the text portlet. Per visit the CSP nonce and "Lediga lägenheter (N)" in the menu;
  sticky the "Driftinformation" portlet (hot-water cuts, lifts, laundry rooms), system-resource hash / site CSS
  timestamp, and the "Senast uppdaterad" page info below main.
- p8 Zipdaon (집다온), a Korean listing platform on Spring MVC + JSP (Tomcat): the PIPA policy in div.terms_cont, the
  "이전 개인정보처리방침 보기" select above it growing at every dated revision. Fairly clean: per visit
  ;jsessionid=...workerN in every internal link and the _csrf meta; sticky ?v= deploy stamps and a new-build
  sales ("분양") layer popup.

Each page has about 30 captures over 1-4 years and 5 real edits (processors or recipients added, retention periods
changed, sections added, addresses / phones / officers changed, typos fixed and words inserted without a new date).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_portal_angular_pl", "p2_agency_joomla_cs", "p3_developer_umbraco_el", "p4_mortgage_sveltekit_esmx",
              "p5_shortlet_wix_ar", "p6_coworking_squarespace_ms", "p7_tenant_sitevision_sv", "p8_portal_jsp_ko"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim45a")
