#!/usr/bin/env python3
"""Generate the creator_world hidden-style OTA collection: build.py OUT

Newsletter platforms, creator memberships, podcast hosting, link-in-bio and fan-funding services in eight languages:
a newsletter platform (British English), a creator-membership platform (Austrian German), a tipping service for
streamers (Indonesian), podcast hosting (Vietnamese), a link-in-bio service (Czech), creator memberships (Romanian),
podcast hosting and studio (Hebrew, right-to-left) and donation alerts for streamers (Thai, Buddhist-era dates);
8 pages, 240 captures, 47 real edits (processors added, replaced or removed, table rows, retention periods, addresses,
phones and DPO contacts, sections, paragraphs, sentences and list items added, small rewordings without a new date).
Each page module in pages/ gives its PAGE as services_world's generator reads it; ckit.py holds the few helpers they
share (month names, local clocks, deploy-hash tables, growing counters, handle pools).

- p1_newsletter_engb: Quillpost (British English), Ghost 5 with a Casper-derived theme behind Cloudflare. Clean:
  selected `.article-header` + `.gh-content`; OUTSIDE: Cloudflare script nonce and cf-ray per request, theme
  ?v= hash on deploys, 'From the blog' latest posts, the footer's 'Join N writers' counter, a seasonal
  announcement bar (Black Friday, year in review, summer school).
- p2_membership_deat: Gönnerwerk (Austrian German, 'Jänner'), TYPO3 12 + bootstrap_package. Volatile INSIDE the
  selected `#page-content .maincontent-wrapper`: a 'Live-Zähler' HTML content element `#c842` (active supporters,
  paid out this month) between the text elements, removed by the declaration. OUTSIDE: the footer newsletter
  form's __trustedProperties / __referrer HMACs per request, typo3temp asset hashes, an Advent bar in December.
- p3_tipping_id: Traktirin (Indonesian), Laravel. Clean; redesign on 2024-06-18 from Blade/Bootstrap 4 (policy in
  a card: history `.card-header h1` + `.card-body.policy` until then) to Tailwind + Livewire 3 with Vite
  (`article#policy`). OUTSIDE: csrf-token meta, Livewire snapshot checksum and component id per request, asset
  build hashes, the weekly top-creators leaderboard, the footer's total support counter, a Ramadan banner.
- p4_podcast_vi: Sóng Podcast (Vietnamese), WordPress + Flatsome. Volatile INSIDE the selected `.entry-content`:
  the Post Views Counter box ('Lượt xem') and the kk Star Ratings box appended to the_content, both removed.
  OUTSIDE: wp REST and flatsomeVars nonces, theme ?ver=, footer latest episodes, a Tết top bar.
- p5_linkinbio_cs: Odkazy.bio (Czech), Nuxt 3 SSR on Vercel with Storyblok. Clean: `.legal-page__content`;
  OUTSIDE: __NUXT_DATA__ request id and x-vercel-id, buildId and /_nuxt/ chunk hashes, the 'Právě se přidali'
  ticker, the pages-created counter, the header CTA A/B variant.
- p6_fanclub_ro: Susținători.ro (Romanian), Drupal 10 + Paragraphs, Olivero sub-theme. Volatile INSIDE the
  selected node content: a 'Creatori recomandați' paragraph (three random featured creators with supporter counts)
  among the text paragraphs, removed by `.paragraph--type--featured-creators`. OUTSIDE: the simplenews block's
  form_build_id, CSS/JS aggregate hashes and permissionsHash, a Black Friday bar.
- p7_podcast_he: Kolot Podcasts (Hebrew, RTL), Wix (Thunderbolt). Clean: the rich-text element `#comp-lk8d2x1f`;
  OUTSIDE: the viewer model's requestId, visitor and bi-session ids, siteRevision on publishes, the Thunderbolt
  renderer version, the 'פרקים חדשים' latest-episodes repeater.
- p8_donate_th: TipJai (Thai), Next.js 14 App Router on Vercel, MDX. Volatile INSIDE the selected
  `article.legal-mdx`: marketing's promotion callout (Songkran, Loy Krathong, year-end fee campaigns), removed by
  `aside.promo-callout`. OUTSIDE: x-vercel-id and RSC flight ids per request, buildId and chunk hashes on deploys,
  the header's 'streamers live now' counter.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim56b"). Check with `.venv/bin/python ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_newsletter_engb", "p2_membership_deat", "p3_tipping_id", "p4_podcast_vi", "p5_linkinbio_cs",
              "p6_fanclub_ro", "p7_podcast_he", "p8_donate_th"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim56b")
