#!/usr/bin/env python3
"""Generate the electronics_world hidden-style OTA collection: build.py OUT

Consumer-electronics companies' privacy policies as their sites publish them: a phone maker, a TV and
home-appliance brand, a camera maker, an electronics retailer, a repair-service network, a PC-components shop, a
smart-watch app and a refurbished-device marketplace, in Korean, Turkish, Japanese, Gulf Arabic, Greek, Czech,
Thai and Vietnamese (no English page):

- p1 Hanbit Mobile (phone maker), Korean, Adobe Experience Manager 6.5 (Core Components): a *tabs* container with
  the 개인정보 처리방침 (declared `.cmp-text` of tab 1) and a hidden 위치기반서비스 이용약관 tab revised on its own
  schedule; above it an "이전 개인정보 처리방침 보기" select that gains an option at each dated revision. Per visit
  the Adobe Target hero offer (A/B, session ids) in the GNB; the firmware-update notice strip follows the latest
  "Hanbit UI" announcement; clientlib `lc-<md5>-lc` hashes and the Launch build per deploy. Inside the declared
  element only the data-layer JSON attribute (wordless).
- p2 Kuzey (TV and home appliances), Turkish, SAP Commerce Cloud accelerator (JSP), KVKK Aydınlatma Metni in one
  CMSParagraphComponent (`.yCmsComponent > .content`). Per visit every JSP link carries a new
  `;jsessionid=...accstorefront-<pod>` (the crawler brings no cookie) and a new `CSRFToken`; the "Canlı Destek"
  badge follows the Istanbul clock and the waiting time; the notice bar shows the latest Smart TV software update;
  `?v=` theme stamps per deploy and the 2105 -> 2211 upgrade. Nothing volatile inside the component.
- p3 Shinonome Kogaku (camera maker), Japanese, static Movable Type pages: the 2014 template (`#main .policyBox`)
  until the March 2024 site renewal (Movable Type 8, `.l-article .c-richtext`): the declaration has a history.
  Fairly clean: Akamai's Bot Manager pixel token per request before `</body>`, the side column's "ファームウェア
  アップデート情報" list republished with each firmware release, the new-product banner, `?YYYYMMDD` CSS stamps.
- p4 Najma Electronics (electronics retailer, UAE), Gulf Arabic RTL, Magento 2.4 + Hyvä: the CMS page content in
  `.column.main` (declared) with Magento's `form_key` input *inside* it (new on every full-page-cache refill:
  wordless, not removed); around it the Hyvä `initMenuDesktop_<uniqid>` names, a seasonal campaign bar (DSF,
  Ramadan, White Friday), a Tabby/Tamara strip, a "عروض اليوم" slider with per-visit prices and "بقي 2 فقط" stock
  badges, and the `static/version<epoch>` path per deploy.
- p5 RepairLab (phone and laptop repair network), Greek, OpenCart 3.0.3.8 information page: the shop's booking
  module in `content_bottom` sits *inside* the declared `#content` ("Επόμενο διαθέσιμο ραντεβού", average repair
  time; the curator removes `.module-booking`); in `#column-left` the stores' "Ανοιχτό τώρα"/"Κλειστό" badges by
  the Athens clock and a "Σήμερα επισκευάσαμε N συσκευές" counter.
- p6 Taktik PC (PC-components shop), Czech, Shoptet (template Techno) article page (`article.pageArticleDetail`).
  Fairly clean: Shoptet's CSRF token per visit (script and newsletter form), the `cdn.myshoptet.com/tpl/<hash>`
  template build per deploy, a sidebar "Nejprodávanější" box (GPU/CPU prices, "Skladem 2 ks" / "Na objednávku")
  recomputed now and then.
- p7 Kinra Fit (smart-watch companion app), Thai (Buddhist-era dates), a Ghost(Pro) 5 page behind Cloudflare: tables
  as HTML cards and the FAQ as *collapsed* Ghost toggle cards inside the declared `.gh-content`. Fairly clean: the
  Cloudflare Web Analytics beacon's rayId per request, Ghost(Pro) upgrades every week or two (generator, portal and
  search versions, `?v=` asset hash), the Casper -> Source theme switch in Feb 2024 (same `.gh-content`), and the
  page re-saved in the Lexical editor with one of the edits (pre-wrap spans from then on).
- p8 Máy Lướt (refurbished-device marketplace with buy-back), Vietnamese, Odoo website (16, upgraded to 17 in March
  2024): `s_title` and `s_text_block` snippets in the declared `#wrap`. Fairly clean: the `csrf_token` in
  `var odoo` per visit, asset-bundle hashes (and their URL scheme after the upgrade), a "Thu cũ đổi mới" trade-in
  price banner in the header revised every few weeks.

Each page has five or six real edits (a processor, carrier, insurer or partner added to a table or list, retention
periods changed, a section added with renumbering or a paragraph deleted with renumbering, a cross-border paragraph
rewritten, addresses, phone numbers and opening hours changed, and one typo fixed without a new date).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and Shinonome Kogaku.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_phone_ko", "p2_appliance_tr", "p3_camera_ja", "p4_retailer_ar",
              "p5_repair_el", "p6_pcparts_cs", "p7_watchapp_th", "p8_refurb_vi"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim48d")
