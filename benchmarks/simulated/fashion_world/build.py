#!/usr/bin/env python3
"""Generate the fashion_world hidden-style OTA collection: build.py OUT

Fashion and beauty retailers' privacy policies as their platforms publish them: 8 pages, 240 captures, 41 real
edits, in Turkish, French, Korean, Japanese, Italian, Romanian, Thai and Brazilian Portuguese.

- p1_fastfashion_tr: Modalina, Istanbul fast-fashion chain, KVKK Aydınlatma Metni on an in-house ASP.NET WebForms
  storefront served as windows-1254 (content placeholder `ctl00_ContentPlaceHolder1_pnlIcerik`). Per visit:
  __VIEWSTATE / __EVENTVALIDATION, the campaign bar's server-rendered countdown (Sezon Sonu İndirimi, Efsane
  Kasım...), the free-shipping threshold raised with inflation (150 -> 900 TL), WebResource.axd `t=` stamps of
  deploys; all outside the container.
- p2_luxury_fr: Maison Valère, Paris luxury house, Angular Universal SSR (Angular 15, then 17 with hydration from
  November 2023), Didomi, Commanders Act; every section in a collapsed accordion. Inside the declared
  `article.legal-page` only markup changes: CDK accordion ids (`cdk-accordion-child-N`, a counter of the SSR process)
  and `_ngcontent-*` / `_nghost-*` / `ngh` attributes of each build; outside, the transfer state (the CMS response with
  the policy again, a request id, a `publishedAt` moved by republishing), bundle hashes, a CSP nonce (Angular 17).
- p3_cosmetics_ko: LUMIEL, Seoul K-beauty brand on Cafe24 (`/member/privacy.html`, the `xans-member-privacy` module).
  Fairly clean: the weblog `t=` stamp per visit, the skin optimizer bundle after design edits, the sign-up
  benefit badge and top strip banner of the running campaign; nothing inside the container.
- p4_secondhand_ja: YUZURIA, Tokyo second-hand branded-clothing marketplace, Nuxt 2 SSR migrated to Nuxt 3 on
  12 June 2023 with microCMS content; the declaration has a history (`.p-privacy` -> `article.policy-document`).
  Outside the container: the live listing counter (ただいまの出品数), the news ticker (お知らせ), the serialised state
  (window.__NUXT__ / __NUXT_DATA__) repeating counter, notices and the policy with revisedAt, /_nuxt/ hashes and
  buildId; inside only Vue `data-v-*` scope attributes changing with deploys.
- p5_sneakers_it: Suola Nera, Milan sneaker boutique with online drops and raffles, PrestaShop 1.7.8 -> 8.1
  (September 2023), iubenda; CMS page, the declaration selects `#main`. Fairly clean: the `prestashop` object's
  static_token / token / time per visit, the displayBanner drop bar (next release, raffle closing countdown), CCC
  asset-cache names of theme deploys.
- p6_eyewear_ro: Optica Lumen, Romanian optician chain, Umbraco 9 legacy Grid Layout -> Umbraco 13 Block Grid
  (February 2024), Cookiebot. Inside the declared `.page-content` an appointment call-to-action block with the
  booking system's next free eye-exam slot, removed by the declaration (`remove: .block-appointment-cta`); outside,
  the promo strip, the header's store status (open now / closed), Umbraco Forms __RequestVerificationToken / ufprt.
- p7_perfume_th: Fleurisse, Bangkok perfume and beauty chain, Liferay DXP 7.4 content page with a tabs fragment
  holding the privacy policy and the cookie policy (another journal article, revised on its own: noise for the
  privacy policy); Buddhist-era dates, Cookiewow, LINE Tag. Per visit: Liferay.authToken, the double-day / payday
  flash-sale countdown or free-shipping threshold, the best-sellers rail under the tabs, Liferay update `t=` stamps.
- p8_fashion_ptbr: Marola, Brazilian fashion department-store chain, VTEX IO store framework (vtex.rich-text renders
  the Markdown that also sits in __RUNTIME__), Cloudflare, OneTrust. The declared content column holds a WhatsApp
  service-status block (online now / outside business hours), removed by the declaration; outside, the promo bar
  with countdown (Liquida, Dia das Mães, Black Friday), free-shipping threshold and instalments message,
  Cloudflare's challenge snippet per request, VTEX app versions of deploys.

Real edits are of many sizes: processors and recipients added to lists and tables (BNPL, marketplaces, chat,
couriers, eKYC abroad), retention periods changed, DPO / officer / phone / office address changes, new sections
(2024 KVKK transfer rules, digital authenticity certificates, pseudonymised data with renumbering, virtual try-on,
skin analyser, drop-day queue), sentences added (EU-US DPF, ANPD clauses), and typo fixes that leave the date.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and `selfcheck.py` are
services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz,
OUT/declarations/*.json (and YUZURIA.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_fastfashion_tr", "p2_luxury_fr", "p3_cosmetics_ko", "p4_secondhand_ja", "p5_sneakers_it",
              "p6_eyewear_ro", "p7_perfume_th", "p8_fashion_ptbr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim45b")
