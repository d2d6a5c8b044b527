#!/usr/bin/env python3
"""Generate the pets_world hidden-style OTA collection: build.py OUT

Pets and veterinary: a pet-food subscription, a veterinary clinic chain, a pet insurer, a dog-walking app, an animal
shelter, a pet-supplies shop, a native-breed registry and a microchip database, each page as its platform emits
it, in Dutch, Danish, Slovak, Croatian, Spanish (Spain), Malay, Tamil and Bulgarian (windows-1251); no English page:

- p1_petfood_nl: Dutch fresh-food subscription shop on Shopify; the policy is Shopify's own
  `.shopify-policy__container` (title + `.rte` body), which stays put when the shop moves from Debut to Dawn 12
  in October 2022 (header, footer, asset paths all change). Per visit: `__st` u/reqid and web-pixels ids; per
  theme publish: `?v=` stamps; announcement-bar promotion and Trustpilot count in the footer. Fairly clean.
- p2_vetclinic_da: Danish vet clinic chain on Dynamicweb 9 (Rapido 3); the policy is one paragraph's
  `article` (`#Paragraph_2261 article`) with Cookiebot's CookieDeclaration script inside (no text). Beside it:
  the booking integration's "Næste ledige tid" slots per clinic (live) and a rotating "Ugens dyrlægetip"; CSS/JS
  .NET-ticks stamps per design publish.
- p3_petinsurer_sk: Slovak pet insurer on Magnolia CMS 6; a documents page with three tabs: the privacy notice
  (first panel, declared `#tab-gdpr`), the general insurance conditions (hidden panel; revised in January 2024)
  and the pre-contract information. Per visit: Magnolia form `mgnlModelExecutionUUID` in the premium
  calculator beside; A/B calculator price; insured-pets counter; `~timestamp~cache` resource stamps.
- p4_dogwalk_hr: Croatian dog-walking / pet-sitting app on SvelteKit + Storyblok; inside the declared
  `article.legal-doc` an editors' app_cta block with the app rating, growing review count and walkers online now
  (declaration removes `.app-cta`), and build-dependent scoped `svelte-xxxx` classes on the table component;
  per visit the header's live walker counter and Storyblok `cv`. SvelteKit 1 -> SvelteKit 2 / Svelte 5 in
  November 2024 (base64url hashes, `<!--[-->` comments inside the article); the declaration stays valid.
- p5_shelter_es: Spanish animal shelter on Joomla 3.10 (Protostar) -> Joomla 4.4 (Cassiopeia) in October 2023;
  `.item-page` holds `dl.article-info` with the "Visitas" hits counter (grows every visit) and the dateModified
  (moves on re-saves): declaration `.item-page` minus `.article-info`. Beside: "Adopciones este mes" counter,
  rotating "Adopta a…" card, members' login with the per-session CSRF token (also in J4's script options).
- p6_petshop_ms: Malaysian pet-supplies shop on Magento Open Source 2.4 with Page Builder; the declared row in
  `.column.main` holds, between two text elements, a Catalog Products List widget (prices, promo prices, star
  ratings, review counts, "Tinggal 3 unit sahaja" stock badges, add-to-cart forms with the per-session form_key)
  which the declaration removes. Per deploy: `static/versionNNNNNNNNNN`; header promo strip (free shipping,
  double "Mata Bulu" loyalty points).
- p7_breeder_ta: Tamil Nadu native-dog-breed registry on ASP.NET WebForms 4.8 with Bootstrap 3; the policy is an
  asp:Panel whose sections are accordion panels, all but the first collapsed. Per visit: `__VIEWSTATE`,
  `__EVENTVALIDATION`, visitor counter (Indian digit grouping); per deploy: WebResource/ScriptResource `t=`;
  news marquee, "litters registered this month" box, site-wide "last updated" date.
- p8_microchip_bg: Bulgarian pet-microchip database, home-grown PHP in windows-1251 with `session.use_trans_sid`:
  every relative link, also inside the policy, carries a fresh `?PHPSESSID=`; registry counters, live
  "Последно регистрирани" list and captcha URL beside. Redesigned in March 2024 (XHTML -> Bootstrap 5): the
  container moves from `#content .text` to `article.static-page` (`ChipRegister.history.json`).

Each page has five or six real edits (processor or recipient rows added, retention periods changed, addresses
and phone numbers, a section added, typo or word fixes without a new date, new laws named: Ley 7/2023, DPDP Act
2023, PDPA amendment 2024). The generator, its helpers (`common`) and `selfcheck.py` are services_world's, run on
these pages with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json,
OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_petfood_nl", "p2_vetclinic_da", "p3_petinsurer_sk", "p4_dogwalk_hr", "p5_shelter_es",
              "p6_petshop_ms", "p7_breeder_ta", "p8_microchip_bg"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim48a")
