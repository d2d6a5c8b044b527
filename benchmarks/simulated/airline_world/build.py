#!/usr/bin/env python3
"""Generate the airline_world hidden-style OTA collection: build.py OUT

Air and ground transport operators' privacy policies as their sites publish them, in Arabic, Thai, Vietnamese,
Indonesian, Turkish, Greek, Norwegian (Bokmål) and Malay (no English page):

- p1: a Saudi full-service airline on Adobe Experience Manager (Core Components; RTL; title and text components,
  then one *collapsed* Core accordion item per section). Per visit: a flight-status ticker in the header
  experience fragment, an Adobe Target hero offer (A/B), the `x-request` comment; per deploy: clientlib
  `lc-<md5>-lc` hashes and the Adobe Launch build. All outside the declared `.legal-content`; inside it only the
  Core Components' data-layer attributes (change with the policy's date).
- p2: a Thai low-cost carrier on Nuxt 3 with Contentstack (Buddhist-era dates). Per visit: a fare-teaser strip
  ("เริ่มต้น 990 บาท"); per deploy: Nuxt build id, `/_nuxt/` chunk hashes and the scoped-style `data-v-` hash,
  which also sits on the declared article's own elements (wordless). Fairly clean.
- p3: a Vietnamese national rail operator on ASP.NET WebForms with cookieless sessions: `__VIEWSTATE`,
  `__EVENTVALIDATION`, the `(S(...))` session id in every site link, WebResource/ScriptResource tokens and a
  departure-board marquee in the master page's header; the declared content panel is clean.
- p4: an Indonesian airport operator on Liferay DXP 7.4: two Web Content Display portlets, the privacy policy and
  *another document beside it* (the cookie policy, revised on its own twice); a departures-board portlet and an
  occasional weather/disruption alert portlet around it; `Liferay.authToken`/`p_auth` per visit, combo `t=`
  stamps per deploy. The declaration selects the policy portlet's `.journal-content-article`.
- p5: a Turkish intercity bus operator on Laravel 10 + Livewire 3 + Bootstrap 5: the KVKK page holds three
  documents *in tabs* (Aydınlatma Metni selected; Açık Rıza Metni and Çerez Politikası in hidden panes). Per
  visit: CSRF token, Livewire `wire:snapshot` checksum, seat counters ("Son 3 koltuk"); sticky: campaign banner,
  Vite hashes. All outside the selected tab pane.
- p6: a Greek ferry line on TYPO3 12 (bootstrap_package, one text content element per section): a sailing-ban or
  strike alert element appears *inside* the declared `#content` when the ministry bans sailings (removed by the
  declaration: `.sailing-alert`); a today's-sailings sidebar per visit, the "Cached page generated" comment,
  merged asset hashes per deploy.
- p7: a Norwegian airline frequent-flyer programme on Optimizely CMS 12: an inline points-calculator block
  *inside* the declared article renders only a React mount point whose `data-props` carry a per-visit
  antiforgery token and the campaign multiplier (wordless, not removed); outside, a live "points earned this
  year" counter, an Optimizely Web Experimentation join-banner A/B, the newsletter form's token, `?v=` hashes.
- p8: a Malaysian flight-search site on SvelteKit: a `<FareInline>` card ("dari RM89 · N orang sedang mencari
  laluan ini") *inside* the declared article between two sections (removed: `.fare-inline`), a live searchers
  counter, a price-alert promo banner, `/_app/immutable/` hashes and `svelte-<hash>` classes per deploy.

Each page has about five real edits (a processor or recipient added to a table or list, retention periods
changed, sections added with renumbering, addresses and phone numbers changed, typos fixed or words inserted
without a date bump).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_airline_aem_ar", "p2_lowcost_nuxt_th", "p3_rail_webforms_vi", "p4_airport_liferay_id",
              "p5_bus_laravel_tr", "p6_ferry_typo3_el", "p7_loyalty_optimizely_nb", "p8_flightsearch_sveltekit_ms"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim46c")
