#!/usr/bin/env python3
"""Generate the jewellery_world hidden-style OTA collection: build.py OUT

Jewellery and watches in eight languages: a jewellery chain's e-shop (Slovak), a pawnbroker and gold buyer
(Hungarian, ISO-8859-2), an authorised watch retailer and service centre (Greek), an engagement-ring and diamond
dealer in the Israel Diamond Exchange (Hebrew, RTL), a Yaowarat gold shop with a gold-savings app (Thai, Buddhist-era
dates), a pre-owned luxury-watch dealer (Malay), a watchmaker's repair workshop (Croatian) and a chain of jewellers
and watch shops (Norwegian Bokmål); 8 pages, 240 captures, 48 real edits (processors renamed or added to a list or a
table, retention periods changed, addresses and phone numbers changed, sections and sentences added, a paragraph and
a sentence removed, a typo fixed without a new date on every page). Each page module in pages/ gives its PAGE as
services_world's generator reads it; jwkit.py holds the few helpers they share (block rendering with a platform's
own markup, local clock times, month names, a plausible gold price per day).

- p1_jeweller_sk: Zlatica (Slovak), Shoptet e-shop. Redesign once: on 2024-04-16 the shop moved from the Classic
  template to Disco (other wrappers and class names; declaration history `.page-detail-content` until then, now
  `.pageArticleDetail .text`). Volatile, all OUTSIDE the selected text: the CSRF token (shoptet.csrf.token and the
  login/newsletter forms' __csrf__) per request, the Shoptet CDN build hash in template asset URLs, the seasonal
  site-message bar (Valentín, Deň matiek, svadobná sezóna, Black Friday, Vianoce...), the footer's shop-rating box
  (number of reviews, % recommending).
- p2_pawn_hu: Aranyfészek Zálogház (Hungarian, ISO-8859-2), a home-grown PHP 5.4 site from about 2009 (FCKeditor,
  Apache). Volatile: PHPSESSID appended to every relative link (session.use_trans_sid, the crawler sends no cookie),
  also to the "Nyomtatható változat" print link INSIDE the selected `#tartalom` (the declaration removes
  `.nyomtat`); outside: today's date and weekday in the header, the left column's gold and silver buying prices
  (updated on weekday mornings), the footer's visitor counter (total and today), the analytics snippet (ga.js, then
  gtag.js from late June 2023); the header's phone follows the policy's phone change.
- p3_watches_el: Σταυρίδης Ωρολογοποιία (Greek), Magento Open Source 2.4 + Page Builder on a Luma child theme,
  Amasty GDPR cookie bar. Selected `.column.main` holds, besides the Page Builder text: the form_key hidden input
  (per request), the authenticationPopup and x-magento-init scripts, Page Builder's inline <style> of data-pb-style
  ids (new ids on every save) and a "Νέες αφίξεις" Catalog Products List widget (new stock, sold pieces, form_key in
  its add-to-cart forms) - the declaration removes `#authenticationPopup`, the column's scripts and style and
  `.block-products-list`. Outside: the static-content version in every asset URL (deploys), the header notice
  (Mykonos boutique season, holiday hours).
- p4_rings_he: אורן יהלומים (Hebrew, RTL), WordPress + WooCommerce, Hello Elementor, Elementor Pro Theme Builder
  single-page template, Trustindex, pojo accessibility toolbar, click-to-chat. The selected template
  (`[data-elementor-type="single-page"]`) holds the title, the post content, then a Google-reviews strip (review
  count, the three newest reviews with "לפני N ימים" ages) and the showroom lead form: the declaration removes
  `.reviews-section` and `.lead-section`. Outside: the Elementor Pro nonce (new every 12 hours), WordPress /
  WooCommerce / Elementor version strings after plugin updates, the template CSS ?ver= when re-saved, the header
  promo strip (Valentine, Pesach, Tu B'Av, Rosh Hashana, Hanukkah); Yoast's dateModified moves with each edit.
- p5_gold_th: ห้างทองศรีสมบูรณ์ (Thai, Buddhist-era dates), Next.js 14 App Router (Tailwind `prose` article) on
  Vercel, CookieWow. Volatile, all OUTSIDE `main article`: the Gold Traders Association price board in the header
  (several announcements a day, ครั้งที่ N, change against the previous day), the CSP nonce on every script, buildId
  and chunk hashes on deploys; the RSC flight data at the end of the body repeats the board and the article text.
- p6_watches_ms: Masa Mewah (Malay), Shopify, Dawn theme upgraded from 12.0.0 to 15.2.0 on 2024-10-08 (theme id,
  section ids, header wrapper). The policy is Shopify's own policy page (`.shopify-policy__container`, nothing else
  inside). Outside: `__st.reqid` per request, theme asset ?v= stamps, announcement-bar slides (Chinese New Year,
  Hari Raya, Merdeka, 11.11), a "Baru Tiba" featured collection in the footer group (new stock, "Habis dijual"
  badges), the Judge.me all-reviews badge.
- p7_repair_hr: Urarska radionica Horvat (Croatian), Joomla 3.10 (Protostar-based template), migrated to Joomla 4.4
  (Cassiopeia child) on 2024-06-08. INSIDE the selected `.item-page`: Joomla's `dl.article-info` with the hit counter
  (grows with every visit) and the last-modified date (moves with each save, also for the typo fix), and on Joomla 3
  the print / e-mail icons; the declaration removes `.article-info` and `.icons`. Outside: the session form token in
  the repair-status form (and J4's csrf.token), Joomla version and media hashes in asset URLs, the latest-news
  module, the who's-online module; the header's phone follows the policy's phone change.
- p8_jeweller_nb: Gullhuset (Norwegian Bokmål), Optimizely CMS 12 + Commerce (ASP.NET Core, custom Razor views),
  Cookiebot. The ArticlePage's content area sits INSIDE the selected `article.article-page`: a CustomerServiceBlock
  whose status line follows the opening hours (open now, chat answer time N minutes / closed, opens again ...) and a
  seasonal CampaignTeaserBlock (Morsdag, Valentinsdag, konfirmasjon, Farsdag, Black Week, jul, forlovelse); the
  declaration removes both. Outside: the antiforgery token of the footer newsletter form per request, webpack
  bundle hashes on deploys, and from May to September 2024 an A/B test of the USP bar (variation per visit).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and Zlatica.history.json), OUT/truth.json;
deterministic (seed "sim51a"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_jeweller_sk", "p2_pawn_hu", "p3_watches_el", "p4_rings_he", "p5_gold_th", "p6_watches_ms",
              "p7_repair_hr", "p8_jeweller_nb"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim51a")
