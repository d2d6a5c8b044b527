#!/usr/bin/env python3
"""Generate the hospitality_world hidden-style OTA collection: build.py OUT

Hospitality companies' privacy policies as their own sites publish them, in Greek, Croatian, French, Italian,
Japanese, Thai, European Portuguese and Hebrew (no English page); 8 pages, 240 captures, 2020-2025:

- p1 Kyma Cruises (Greek cruise line), Adobe Experience Manager as a Cloud Service with core components: the policy
  is a title component and one text component per section inside a `cmp-container--legal` layout container; a
  "Kyma Club" loyalty teaser with a rotating offer sits between two sections inside that container (the
  declaration removes `.teaser`); beside it an early-booking offer bar, a "next departures" strip with live cabins
  left, `.lc-<md5>-lc` clientlib hashes per deployment, the Adobe Launch build and Akamai's per-request bot pixel.
- p2 Maestral Hoteli (Croatian hotel and camping group), Liferay DXP 7.3 upgraded to 7.4 in 2023 (widget page,
  Journal Content portlet; declared `.journal-content-article`). Fairly clean: `Liferay.authToken`, the booking
  portlet's `_formDate` and default dates, combo-servlet `t=` stamps, and a best-rate teaser (kuna, then euro).
- p3 Combe Blanche Domaine Skiable (French ski area), TYPO3 v11 with bootstrap_package and tarteaucitron: the page
  holds the "Mentions légales" (which change on their own: director, host, photo credits) and then the policy as
  three content elements, declared as a range #c318..#c320; the header's snow and lift bulletin (winter), the
  summit webcam's `?t=` still and typo3temp merged-asset stamps change beside it.
- p4 Acquaterra Park (Italian theme and water park), Nuxt 2 until March 2024, then a Nuxt 3 relaunch, Storyblok
  content: declaration history (`section.legal-page`, then `article.legal-article`); the scoped `data-v-*`
  attributes inside the container change with builds; beside it live queue times while the park is open, today's
  weather, Storyblok's `cv` cache version in the payload and chunk hashes.
- p5 Tsubasa Hotels (Japanese business-hotel chain), ASP.NET WebForms in Shift_JIS: the policy in an asp:Panel
  (`#ctl00_cphMain_pnlPrivacy`), clean inside; `__VIEWSTATE`/`__EVENTVALIDATION` per request, the vacancy search box
  defaulting to today's JST date, a "today's vacancies" side list with lowest rates, WebResource.axd tokens per
  deployment and a membership-campaign banner. Revision date at the end of the policy.
- p6 Lumina Cineplex (Thai cinema chain), the policy as a Zendesk Guide help-centre article (Copenhagen theme,
  updated 2023; declared title + `.article-body`). Fairly clean: csrf-token meta, usage-tracking blob and server
  version comment per request, the live "N of M found this helpful" counter, the article's updated stamp, the
  articles-in-section sidebar and an announcement banner. Buddhist-era dates.
- p7 Andorinha Hostels (Portuguese hostel group), Squarespace 7.1: a text block, the summary table in a code block,
  every section in a collapsed accordion block, and a Cloudbeds booking iframe (check-in date of the visit) in a
  code block inside the declared `#sections .sqs-layout` (attribute-only, not removed); beside it Squarespace rollup
  hashes, betaFeatureFlags, the versioned site.css, the announcement-bar promotion and upcoming hostel events.
- p8 Shulchani (Israeli restaurant-reservation platform, Hebrew RTL), SvelteKit SSR with Contentful rich text:
  declared `article.legal` minus `.promo-card`, a "restaurant of the week" card with today's booking count placed
  between the sections; the `svelte-*` scoped classes on the policy's elements change with builds; beside it a
  "free tables tonight" counter, immutable chunk hashes and the `__sveltekit_*` global.

Each page has five or six real edits (a processor added to a table or list, retention periods changed, a section
added with renumbering, an address, phone or e-mail changed, words inserted, a typo fixed without a new date).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and `selfcheck.py`
are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and Acquaterra Park.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_cruise_el", "p2_hotels_hr", "p3_skiresort_fr", "p4_themepark_it", "p5_hotelchain_ja",
              "p6_cinema_th", "p7_hostels_pt", "p8_reservations_he"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim44c")
