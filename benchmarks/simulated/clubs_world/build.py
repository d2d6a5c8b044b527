#!/usr/bin/env python3
"""Generate the clubs_world hidden-style OTA collection: build.py OUT

Amateur and professional sports clubs and their shops in eight languages: a football club (Spanish), a handball club
(Croatian), a professional football club (Norwegian Bokmål), a swimming club and academy (Korean), a football club's
official store and fan-membership program (Brazilian Portuguese), a tennis club (Slovak), a football club (Bulgarian)
and a football club's online shop (Malay); 8 pages, 240 captures 2022-2026, 45 real edits (processors added or
replaced, table rows and list items added or removed, retention periods changed, addresses, phones and data
protection officers changed, new sections and paragraphs on match streaming, stadium bans, facial biometrics, fan
cards and the 2024 Malaysian PDPA amendment, sentences removed, typos fixed and words inserted without a new date).
Each page module in pages/ gives its PAGE as services_world's generator reads it; ckit.py holds the few helpers
they share (month names, local clocks, a CMS "modified" stamp, next-weekday fixtures).

- p1_football_es: CD Ronda Atlético (Spanish), WordPress + SportsPress, ThemeBoy's Rookie theme until 12 March 2024,
  then Kadence (new header, hero and wrappers): declaration history `article.page .entry-content` until
  2024-03-12T09:00:00Z, then `article.single-entry .single-content`. Volatile, all OUTSIDE: WP Rocket's cache
  stamp and the REST / Contact Form 7 nonces frozen in each cached copy, SportsPress's next-match countdown and
  league table (positions, points) in the sidebar, latest news, the seasonal top bar (abonos, summer campus,
  Christmas lottery), plugin ?ver on updates, Yoast's article:modified_time (moves on each save, also on re-saves
  without a text change).
- p2_handball_hr: RK Galeb Zadar (Croatian), WordPress + WPBakery Page Builder on Qode's Bridge theme, WP Fastest
  Cache, Smash Balloon Instagram feed. Volatile INSIDE the selected `.default_template_holder`: the WPBakery row
  with the ticket teaser (next match, opponent, "Preostalo ulaznica" count; a season-ticket note in summer), removed
  by `.ulaznice-cta`. Outside: the WP Fastest Cache creation-time comment, the footer Instagram posts and like
  counts, js_composer / theme ?ver.
- p3_football_no: Nordkyst FK (Norwegian), Enonic XP 7 (page controller, main region with a text component and
  parts), Cookie Information. Volatile INSIDE the selected `main[data-portal-region="main"]`: the "Neste kamp" part
  (opponent, date, tickets sold; fixture list note in winter), removed by `.part-next-match`. Outside: the CSP
  nonce on every inline script per request, the app fingerprint in /_/asset/ URLs on deploys, the header news
  ticker, the season-ticket / Christmas campaign bar.
- p4_swimming_ko: 해오름수영클럽 Haeoreum Swim Club (Korean), Gnuboard 5 content page (bbs/content.php?co_id=privacy,
  basic theme). Clean inside `#ctt`; outside: the visitor counter (오늘/어제/최대/전체) and connected-users count on
  every capture, latest notices with dates, popular search words, G5 ?ver= on updates, the seasonal popup layer
  (#hd_pop: summer and winter lesson sign-ups).
- p5_store_ptbr: Loja Oficial Serra Azul (Brazilian Portuguese), VTEX IO Store Framework institutional page
  (flex-layout, rich-text block `--politica`). Clean inside `.vtex-rich-text-0-x-wrapper--politica`; outside: the
  promo bar (countdown to the next home match or Black Friday, coupon percentage), the "Mais vendidos" shelf
  (products, prices, installments, stock badges), __RUNTIME__ hash and render version on deploys, __STATE__
  orderForm id per visitor.
- p6_tennis_sk: TK Dunaj Bratislava (Slovak), Drupal 9 with Olivero, upgraded to Drupal 10 in June 2024 (generator
  meta and aggregate URL format change). Volatile INSIDE the selected `article.node--type-page`: the core
  Statistics module's view counter in the node links, removed by `.node__links`. Outside: the search block's
  form_build_id per request, CSS/JS aggregate hashes and ajaxPageState libraries, the "Voľné kurty dnes" block of
  free court slots, the news views block.
- p7_football_bg: FC Strandzha Burgas (Bulgarian), WordPress with tagDiv's Newspaper theme and Advanced Ads.
  Volatile INSIDE the selected `.td-page-content`: the sponsor banner Advanced Ads injects after the third block
  (rotating betting and local sponsors, caption, random wrapper id), removed by `.fcs-entity-placement`. Outside:
  the top bar's date and Burgas weather widget, Newspaper's random block uids (tdi_NN_xxx), the latest-news block,
  theme ?ver.
- p8_store_ms: Sri Pantai FC Official Store (Malay), Shopify Online Store 2.0 with Dawn, /policies/privacy-policy.
  Clean inside `.shopify-policy__container`; outside: __st reqid and ShopifyAnalytics requestId per request, theme
  id and asset ?v= timestamps on theme edits, the trekkie loader hash, the announcement bar (jersey pre-orders,
  Raya sale, Merdeka, 11.11), the footer free-shipping teaser amount.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim54d"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_football_es", "p2_handball_hr", "p3_football_no", "p4_swimming_ko", "p5_store_ptbr",
              "p6_tennis_sk", "p7_football_bg", "p8_store_ms"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim54d")
