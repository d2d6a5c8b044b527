#!/usr/bin/env python3
"""Generate the marine_world hidden-style OTA collection: build.py OUT

Marine and boating in eight languages: a marine-equipment shop (Norwegian Bokmål), a yacht-charter company (Croatian),
a marina (Italian), a sloop-rental app (Dutch), a sailing school (Finnish), a guest harbour (Estonian), a phinisi
charter operator (Indonesian) and a boat dealer with workshop and winter storage (German); 8 pages, 241 captures,
48 real edits (processors added to or renamed in a table or a list, a processor replaced, retention periods changed,
addresses and phone numbers changed, a sentence, a subsection or a section added, a section removed with the
following ones renumbered, a section rewritten, a clause removed, words inserted, a typo fixed without a new date on
every page). Each page module in pages/ gives its PAGE as services_world's generator reads it; mwkit.py holds the few
helpers they share (block rendering with a platform's own markup, local clock times, Easter, charter Saturdays,
month names, the time a text version was saved, a guard that two successive captures differ).

- p1_shop_nb: Kystmarin (Norwegian Bokmål), Shopify Online Store 2.0 with the Dawn theme behind Shopify's Cloudflare
  edge; Shopify's built-in policy page (`.shopify-policy__container`: title and the TinyMCE `.rte` body, with
  data-mce-fragment spans and a plain table). Volatile, all OUTSIDE the selector: the Cloudflare challenge-platform
  snippet (ray id, timestamp) and trekkie's eventMetadataId per request, the announcement bar's seasonal slides
  (Vintersalg, Påskesalg, Båtpuss, Opplag, Black Week, Julegaver...), the theme assets' ?v= stamps when theme files
  are saved, the footer year; on 5 March 2024 Dawn 12.0.0 -> 13.0.1 was installed as a new theme (new theme id,
  cdn/shop/t/NN index and section-group ids).
- p2_charter_hr: Jadran Sail (Croatian), WordPress + Elementor Pro (Hello theme, header/footer templates), WPML,
  Yoast, Complianz, WP Rocket. The curators select the Elementor page element (`[data-elementor-type="wp-page"]`,
  title heading + text editor) and remove two of its sections: INSIDE, a Booking Manager shortcode widget listing four
  last-minute offers (yacht, base, Saturday-to-Saturday week, old and discounted price; in winter 'First minute
  <year>' offers for the next season) that change at every visit, and a static call-to-action section. OUTSIDE: the
  Elementor Pro nonce, WP Rocket's 'cached@' timestamp, plugin/core auto-updates in ?ver= stamps and generator tags,
  Yoast's modified_time and the page's Elementor CSS ?ver= when the page is re-saved, the footer address (follows
  the policy's address edit) and year.
- p3_marina_it: Marina di Capo Vento (Italian), Joomla 4 (5 from July 2024) with JoomShaper's Helix Ultimate; the
  notice is a com_content article. Selected `.article-details` (headline + body); INSIDE it, removed by the
  declaration, Joomla's `.article-info` with the hit counter 'Visite: N' (grows between visits) and 'Ultima modifica'
  (moves when the article is re-saved, the typo fix included). OUTSIDE: the session CSRF token (login-form hidden
  input and joomla-script-options), the top bar's harbour weather (°C, wind, sea state, update hour), the sidebar's
  berth availability for transits, the webcam still's ?t= stamp, Joomla/Helix updates changing media version hashes
  (4.x -> 5.1 in July 2024), the footer year.
- p4_rental_nl: Sloepie (Dutch), sloop-rental app; Next.js 13 pages router with ISR on Vercel, Storyblok as headless
  CMS (rich-text and table bloks), Cookiebot. Selected `article` (title, 'Laatst bijgewerkt', body). Volatile, all
  OUTSIDE: the top bar's 'Vaarweer Amsterdam' weather and the 'Nu N van 41 sloepen vrij' counter (a winter-stop
  notice from November to March), the footer's review count, Vercel deploys (buildId, chunk and CSS hashes), the
  Storyblok cache version `cv` and the story's published_at in __NEXT_DATA__ (which also carries the whole story
  JSON), the table of contents beside the article (follows the added section), the footer year.
- p5_school_fi: Saariston Purjehduskoulu (Finnish), sailing school; Drupal 10, agency theme, Paragraphs, Views,
  Simplenews, EU Cookie Compliance. Selected `.page-title` and `.node--type-page .node__content`; INSIDE the node
  content, removed by the declaration, a 'Tulevat kurssit' paragraph (a Views block: the next three courses with dates,
  place, price and 'Vapaita paikkoja N/M' or 'Täynnä') with its per-render js-view-dom-id. OUTSIDE: the footer
  newsletter form's form_build_id per request, views_dom_id in drupalSettings, the site-wide notice block (summer
  courses published, office closed at Christmas, launch day, gift cards), CSS/JS aggregate hashes, the footer
  contact block (follows the policy's phone edit) and year.
- p6_harbour_et: Roograhu Sadam (Estonian), guest harbour on Saaremaa; Squarespace 7.1 fluid engine. Selected
  `#sections .sqs-html-content` (a title text block and the text block, `white-space:pre-wrap` paragraphs, lists of
  paragraphs, no tables). Volatile, all OUTSIDE: the site-wide contentModifiedOn in Static.SQUARESPACE_CONTEXT (any
  page edited), the announcement bar's text in the context (season opening, opening hours, Midsummer party, fuel
  station closed, winter storage), Squarespace's fortnightly platform releases (rollup hashes, versioned site.css
  build number), the EET/EEST offset in the context, the footer section's phone (follows the edit) and year.
- p7_charter_id: Layar Komodo (Indonesian), phinisi trips from Labuan Bajo; Nuxt 3 SSR with Tailwind typography and a
  Strapi CMS. Selected `article`; INSIDE it, after the third section and removed by the declaration, the month's promo
  card from the page's dynamic zone (Kemerdekaan, Harbolnas 12.12, early bird, school holidays...) with its code,
  end date and cabins left. OUTSIDE: the running ticker (next open-trip departure, cabins left, the day's USD/IDR
  rate), the Nuxt payload (__NUXT_DATA__ with the fetched page, promo and rate), Nuxt builds (buildId, hashed
  chunk names), the footer address (follows the edit) and year.
- p8_dealer_de: Wassersport Kessler (German), boat dealer at Lake Constance; TYPO3 9 with the agency's 2016
  template until 16 April 2024 (selected `#content`), then relaunched on TYPO3 12 with the Bootstrap Package
  (selected `.maincontent-wrap`; declaration history validUntil 2024-04-16T10:00:00Z). Volatile, all OUTSIDE: three
  random used boats and the stock count from an uncached plugin in the sidebar/aside, trade-fair and season hints in
  the header (boot Düsseldorf, INTERBOOT Friedrichshafen, Saisonstart, Winterlager), typo3temp/_assets stamps, the
  header phone (follows the edit), the footer year; the relaunch itself (all markup, cookie tool).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and one *.history.json), OUT/truth.json;
deterministic (seed "sim52d"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_shop_nb", "p2_charter_hr", "p3_marina_it", "p4_rental_nl", "p5_school_fi", "p6_harbour_et",
              "p7_charter_id", "p8_dealer_de"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim52d")
