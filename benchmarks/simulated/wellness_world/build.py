#!/usr/bin/env python3
"""Generate the wellness_world hidden-style OTA collection: build.py OUT

Personal care and wellness: a dental-clinic network, a hotel-and-spa group's booking site, an optician chain, a
pharmacy chain, an aesthetic-medicine clinic group, a hair-salon chain, an at-home massage marketplace and a
yoga-studio network with a booking app, in Korean, Thai, Polish, Greek, Hebrew (RTL), Vietnamese, Colombian Spanish
and Russian (windows-1251); 8 pages, 237 captures, 47 real edits.

- p1_dental_ko (Bareuni Dental): Gnuboard5 `content.php?co_id=privacy`, policy in `#ctt_con`. Noise, all outside
  it: the `#visit` visitor counter, a "실시간 상담신청" ticker of masked names and today's request count, the month's
  `#hd_pop` event popup, `?ver=` stamps after a Gnuboard update, and a theme redesign in April 2024 (new header,
  GNB, quick menu, footer) that keeps the content skin.
- p2_hotelspa_th (Siam Serenity): Sitecore 10.3 SXA, a Container rendering styled `privacy-notice` holding a Title,
  an intro Rich Text, an Accordion (one collapsed item per section, headings in `.field-heading`) and a closing Rich
  Text with the Buddhist-era "last updated" date. Noise outside: VisitorIdentification `VIcurrentDateTime` ticks,
  the newsletter form's `__RequestVerificationToken` and FormSessionId, the SynXis booking bar's default dates, the
  theme's `?t=` media stamps.
- p3_optician_pl (VisioLux): Magento 2.4 CMS page built with Page Builder; the policy is one Text element, and
  inside it (between sections 4 and 5) a CMS static-block widget with the month's promotion, which the curator
  removes (`.block-static-block`). Outside: `/static/versionNNN/` deploy stamps, SecureHtmlRenderer random ids,
  the `form_key`, the captcha timestamp.
- p4_pharmacy_el (FarmaPlus): OpenCart 3 Information page; the Featured module ("Προσφορές της εβδομάδας") sits in
  `content_bottom`, i.e. inside `#content` after the policy, with weekly products and prices; the curator removes
  its `h3` and `.row`. Outside: the top bar's weekday date and on-duty (εφημερεύον) branch.
- p5_cosmetic_he (BeautyMed): ASP.NET Web Forms, RTL; fairly clean: per-request `__VIEWSTATE`,
  `__EVENTVALIDATION` and the lead form's anti-spam time field, `WebResource.axd` `t=` stamps on server updates;
  the policy in the Panel `.content-text`.
- p6_hairsalon_vi (Toc Xinh): Nuxt 2 SSR + Strapi (markdown-it body in `v-html`); the declared `article.policy`
  holds, besides the policy, the month's booking banner (a link around an image, no text: new image hash,
  campaign and UTM tags every month) and the page component's `data-v-*` ids, new at deploys that touch it; the
  curator leaves them. Outside: the live "khách đặt lịch hôm nay" counter and open-salon count (also in
  `window.__NUXT__`), `/_nuxt/` chunk hashes.
- p7_massage_esco (Kalma): Angular 15 Universal, upgraded in May 2024 to Angular 17 SSR with hydration; two tab
  panels rendered server-side, the hidden "Aviso de privacidad" (revised on its own in September 2023) and the
  policy `#politica-tratamiento`, whose own `_ngcontent-*` attribute changes with builds. Outside: the
  "terapeutas disponibles ahora" count and its TransferState copy, bundle hashes, the monthly gift-card banner,
  `ng-version`/`ngh`/`ng-server-context` at the upgrade.
- p8_yoga_ru (Asana Life): 1C-Bitrix in windows-1251, a static page in `.bx-content`; fairly clean:
  `bitrix_sessid` and `SERVER_TIME` in `BX.message`, the sidebar's "Ближайшие занятия" (next classes, free places)
  in a composite-cache frame, `/bitrix/cache/` `?mtime+size` suffixes when the template cache is rebuilt.

Edits are real policy changes of many sizes: processors added to tables and lists, retention periods changed,
sections added (with renumbering and a cross-reference), phone numbers and addresses changed (Vietnam's 2025
ward reform, an office move), sentences and list items added, words inserted, typos fixed without a new date.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`), `compare.py` and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_dental_ko", "p2_hotelspa_th", "p3_optician_pl", "p4_pharmacy_el",
              "p5_cosmetic_he", "p6_hairsalon_vi", "p7_massage_esco", "p8_yoga_ru"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim49c")
