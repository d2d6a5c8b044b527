#!/usr/bin/env python3
"""Generate the toys_world hidden-style OTA collection: build.py OUT

Toys, baby and kids' products, in Danish, Swedish, Malay, Tamil, Georgian, Armenian, Argentine Spanish and
Lithuanian. Eight pages, each on the stack such a company really runs:

- p1_toystore_da: a Danish toy store chain on Salesforce Commerce Cloud (SiteGenesis, then SFRA after a
  re-platforming; the declaration changes: history); the policy is a content asset. Noise: the `v<timestamp>` static-cache path, the csrf_token of the
  header forms, a rotating free-shipping/member promo bar and an Einstein "Populært lige nu" slot below the asset
  with review stars and "Kun n tilbage" stock badges (beside the declared `.content-asset`).
- p2_prams_sv: a Swedish pram and car-seat maker on Optimizely (Episerver) CMS 12: ASP.NET Core antiforgery token in
  the footer newsletter form (EPiServerForms), `?v=` asset fingerprints, and a site-wide car-seat recall banner
  (Säkerhetsmeddelande) that is up for some months; fairly clean, all outside the declared article.
- p3_learnapp_ms: a Malaysian kids' learning app's legal centre on Nuxt 2 + Contentful: the privacy policy and the
  children's privacy notice and terms sit in tabs (v-show panels; the terms get their own update); per-request
  sentry-trace/baggage meta, `/_nuxt/` chunk hashes and scoped `data-v-` ids that change per deploy (also on the
  policy's own elements), a live Google Play rating counter beside the tabs, and a "Adakah halaman ini membantu?"
  feedback widget with live counts INSIDE the selected panel (the declaration removes it).
- p4_kidswear_ta: a Tiruppur children's clothing shop on Shopify (Dawn, upgraded 11 -> 13 mid-history), Tamil:
  `__st` request ids, theme asset `?v=` stamps and a rotating festival-offer announcement bar; clean container.
- p5_party_ka: a Tbilisi kids' party venue on Tilda (one T-record per section), Georgian: declared as a range from the
  title record to the party-slot widget record; Cloudflare's per-request `__CF$cv$params`, republish `?t=` stamps
  and the live "free party slots this weekend" widget just after the range.
- p6_boardgames_hy: an Armenian board-game publisher on Joomla (3 with Protostar, upgraded to 4 with Cassiopeia):
  session form token of the login module, a crowdfunding countdown module, and the article's hits counter and
  published date INSIDE the declared `.item-page` (removed as `.article-info`, as curators do; also `.icons`).
- p7_registry_esar: an Argentine baby-registry site on Angular Universal (16, then 17): ngCspNonce and transfer
  state per request, hashed bundles and `_ngcontent-ng-c…` ids that change per build on every element of the policy,
  and a social-proof counter ("familias armaron su lista") INSIDE the declared section (removed).
- p8_babycare_lt: a baby-care brand's Lithuanian site on Adobe Experience Manager: Akamai pixel token per request,
  clientlib hashes, data-layer repo:modifyDate on re-publication, a free-sample-box promo (Adobe Target A/B, live
  "liko n dėžučių" count); redesigned from a flat legacy rich-text component to Core Components with the sections
  in collapsed accordions and the promo fragment moved INSIDE `main` (removed); the declaration changes: history.

Its helper wrote the pages (`pages/`); the generator, its helpers (`common`), `compare.py` and `selfcheck.py` are
services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz,
OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_toystore_da", "p2_prams_sv", "p3_learnapp_ms", "p4_kidswear_ta",
              "p5_party_ka", "p6_boardgames_hy", "p7_registry_esar", "p8_babycare_lt"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim50b")
