#!/usr/bin/env python3
"""Generate the publishers_world hidden-style OTA collection: build.py OUT

News and media publishers' privacy pages, the heaviest ad-tech pages on the web: a French national daily (Didomi
TCF notice, Piano paywall prompts, in-read ad slot inside the article body, breaking-news ticker), a Bavarian
regional newspaper on TYPO3 (PUR-Abo / contentpass pay-or-consent, a vendor table inside the policy that grows),
a British tabloid that migrates from WordPress VIP to Arc XP mid-window (live-blog widget, most read, Taboola
feed inside the article container; declaration history), a Spanish digital-native outlet on Ghost (newsletter
boxes with subscriber counts), a Dutch regional public broadcaster on Drupal whose policy sits flat in the page
(range selector; "Nu op TV/radio" header, video player with per-visit session ids), a Korean news portal in
EUC-KR (statutory previous-versions select, privacy-officer table, stock/FX/weather bar), a Polish magazine
group sharing one policy across its titles on WordPress (titles sold and launched), and a Swedish news-aggregator
app's Next.js site (CSS-module class hashes and __NEXT_DATA__ that change per deploy), in French, German,
British English, Spanish, Dutch, Korean, Polish and Swedish.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_quotidien_fr", "p2_regional_de", "p3_tabloid_en", "p4_digital_es",
              "p5_omroep_nl", "p6_portal_ko", "p7_magazines_pl", "p8_aggregator_sv"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim15")
