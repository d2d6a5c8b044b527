#!/usr/bin/env python3
"""Generate the legal_world hidden-style OTA collection: build.py OUT

Legal and professional services' privacy policies as their sites really serve them, in German, Dutch, European
Portuguese, Indonesian, Vietnamese, Simplified Chinese, Danish and Serbian (Latin); 8 pages, 242 captures, 41
real edits:

- a Munich patent-attorney firm on TYPO3 11.5 -> 12.4 (fluid_styled_content): one "Impressum & Datenschutz" page,
  the Impressum content element #c112 beside the policy's #c113 (selected), the Impressum's partner list changing
  on its own; the footer's EXT:form "Rückruf anfordern" form with a honeypot field name, __state and
  __trustedProperties per request; the "Aktuelles" news teaser and a JUVE badge in the sidebar; asset ?timestamps
  per deploy; the April 2024 upgrade (/_assets/ paths, CSP nonce per response);
- a Dutch debt-collection agency (incassobureau) on Umbraco 13: the policy in two TinyMCE rich-text blocks of the
  Block Grid with an A/B "ctaBlock" (pay now / payment plan / contact us) between them, inside the selected
  .umb-block-grid and removed by the declaration; the header's "Mijn dossier" login form with its
  __RequestVerificationToken per request, the live telephone waiting time ("gesloten" at night), the monthly
  Kiyoh score, ?v= cache busters per deploy, Cookiebot, Trengo;
- a Lisbon notary's office on Squarespace 7.1: text blocks and Code-block tables in one page section
  (#page-section-... selected), the opening hours and the Acuity "Marcar atendimento" button in the next section;
  between visits only Squarespace's release churn (hashed universal scripts, rollups, betaFeatureFlags in the
  static context) and the announcement bar (closures at Christmas, on 25 April, in August);
- an Indonesian online legal-consultation platform on Angular Universal, Angular 15 -> 17 in January 2024: the
  route component's .legal-article (selected) whose _ngcontent/_nghost ids change with builds and with the
  upgrade (serverapp-cNN -> ng-cNNNNNNNNNN, hydration ngh attributes); per request the "advokat sedang online"
  counter and the transfer state (stats API with its timestamp, the CMS response again; &q;-escaped
  serverApp-state, then ng-state JSON); promo bar (Ramadan, 12.12, an A/B offer);
- a Vietnamese law firm on DNN Platform 9 (ASP.NET WebForms): one HTML module with two Bootstrap tabs, the policy
  (#chinh-sach-bao-mat, selected) and the website terms in the collapsed second pane, revised on their own;
  __VIEWSTATE, __EVENTVALIDATION and the anti-forgery token per request, the footer's visitor statistics, the
  "Văn bản pháp luật mới" marquee of new laws and decrees, the monthly "Luật sư của tháng" box, ?cdv= versions;
- a Beijing-headquartered international law firm on a Java portal (JEECMS-style FreeMarker on Tomcat, GBK): the
  .article content page (selected) holding the article-info line with a server-rendered view counter and the
  上一篇/下一篇 links, both removed by the declaration; a fresh ;jsessionid= in every template link per
  request (the cookieless crawler), the 律所动态 news list, the yearly rankings carousel, an office locator;
- a Danish online legal-documents service (wills, prenuptial agreements, lasting powers of attorney) on Nuxt 3
  with Contentful behind Cloudflare: title, date and intro, then one collapsed <details> accordion item per
  section in the selected article.legal-page, whose data-v-xxxxxxxx scoped ids change at some deploys; per
  request only the Cloudflare challenge beacon; per deploy buildId, /_nuxt/ hashes and the Trustpilot figures;
  the Contentful revision/updatedAt in __NUXT_DATA__ (also at a republish without text changes); seasonal banner;
- a Belgrade accountancy and tax adviser relaunched in December 2023 from Kentico 12 Portal Engine (WebForms,
  __CMSCsrfToken/__VIEWSTATE per request, .main-content .text-content) to Kentico Xperience 13 (page-builder
  rich-text section, Form Builder newsletter token per request, .rich-text-section .rich-text): the selector
  changes, given as history; the sidebar's "Poreski kalendar" of the next tax deadlines moves with the date.

Edits: typos and spellings fixed without a new date (Datenschutzbeauftragten, Insolventieregister, eletrónico,
登录, obrađujemo, cá nhân), words inserted, processors added to tables (DeepL, Experian, Multicert, Xendit, Zalo,
法大大, Penneo, e-invoicing), retention periods changed, sections added (UPC proceedings, municipal debt
counselling, notarial acts by videoconference, UU PDP cross-border transfers, standard contracts for data export,
land-registry filing, ePorezi powers of attorney), Decree 13/2023 and the EU-U.S. Data Privacy Framework cited,
addresses and telephone numbers changed (the sites' headers and footers follow the policy's new number).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and Bilans Plus.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_patent_typo3_de", "p2_incasso_umbraco_nl", "p3_notario_squarespace_pt",
              "p4_legaltech_angular_id", "p5_lawfirm_dnn_vi", "p6_lawfirm_javaportal_zh",
              "p7_legaldocs_nuxt_da", "p8_accounting_kentico_sr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim45d")
