#!/usr/bin/env python3
"""Generate the faith_world hidden-style OTA collection: build.py OUT

Churches, a synagogue and religious charities (one Islamic) in eight languages: a Pentecostal church (Nigerian
English), a Catholic social-solidarity foundation (European Portuguese), a Catholic parish (Polish), an Islamic charity
(Gulf Arabic, UAE), an evangelical church (Tagalog), a church (Swahili, Kenya), a parish charity foundation
(Ukrainian) and a synagogue community with its charity fund (Hebrew); 8 pages, 240 captures, 45 real edits (a
processor or payment partner added or replaced, table rows, retention periods, an address, a phone number, a parish
priest or a DPO changed, sections, sentences and list items added or removed, the law a policy cites replaced, typos
and wording fixed without a new date). Each page module in pages/ gives its PAGE as services_world's generator reads it;
fkit.py holds the helpers they share (local clocks incl. Israel's summer time, month names, Western and Orthodox
Easter, Ramadan and Jewish holiday dates, a tabular Hijri date, deploy hashes, latest-items pools).

- p1_church_ng: Grace Harvest Assembly (Nigerian English), WordPress with churchthemes.com's Saved theme, Church
  Content and GiveWP (Paystack) behind LiteSpeed Cache. Well built: everything volatile is OUTSIDE the selected
  `#saved-entry-content`: GiveWP checkout and REST nonces, the LiteSpeed "cached on" comments, plugin ?ver= on
  updates, the top bar's verse of the day, a LIVE NOW badge during Sunday services, seasonal banners (Easter,
  Harvest Convention, Crossover Night), the footer's latest sermons, upcoming events and partner count.
- p2_charity_pt: Fundação Pão Partilhado (European Portuguese), Drupal 7 (Bartik subtheme) migrated to Drupal 10
  (Olivero subtheme) on 2024-11-18: declaration history `#node-42` minus `.link-wrapper` until then, afterwards
  `article.node--type-page` minus `.node__links`. Volatile INSIDE the selected node: the core Statistics module's
  "N leituras" / "N visualizações" counter in the node links (removed). Outside: Drupal 7's per-request
  ajaxPageState theme_token, aggregated CSS/JS hashes, the sidebar's gospel of the day and latest news, the IRS 0,5%
  consignment banner (March-June) and the Christmas hamper campaign.
- p3_parish_pl: Parafia św. Jadwigi Królowej (Polish), Joomla 4/5 with a Cassiopeia child template. Well built: all
  volatile OUTSIDE `.com-content-article__body`: the csrf.token in joomla-script-options, media version hashes and
  the Joomla version on updates, the top bar's date and name days, the sidebar's Mass intentions of the coming days,
  the visitor and guests-online counters, the announcement (kolęda plan, Lent retreat, Corpus Christi procession).
- p4_charity_ae: Al Noor Charity Association (Arabic, UAE), ASP.NET Core MVC with Bootstrap 5 RTL. Volatile INSIDE the
  selected `.inner-page-content`: an inline donation card (campaign and progress) after the introduction and the
  "was this page helpful?" feedback form at the end (antiforgery token, "N% of M visitors"), removed by
  `.donate-inline` and `.page-feedback`. Outside: Hijri date and prayer times in the top bar, Ramadan / Eid / Adha /
  National Day banners, asp-append-version ?v= hashes, the Application Insights session id.
- p5_church_ph: Bagong Buhay Christian Fellowship (Tagalog), Squarespace 7.1. The policy is three HTML blocks in one
  page section's layout, which also holds a "Magbigay Online" button block and an Events summary block ("Mga
  Paparating na Gawain", upcoming services, Simbang Gabi, Good Friday): INSIDE the selected
  `section[data-section-id=…] .sqs-layout`, removed by `.sqs-block-summary-v2` and `.sqs-block-button`. Outside: the
  requestId and contentModifiedOn in Static.SQUARESPACE_CONTEXT, universal script hashes (platform deploys), the
  site-bundle and site.css versions, the announcement bar (Semana Santa, Simbang Gabi, anniversary), the hero image.
- p6_church_ke: Kanisa la Neema ya Mungu (Swahili, Kenya), WordPress with Divi 4 and WP Rocket. The policy is Divi
  text modules in `.et_pb_section_1`; INSIDE that section a Countdown Timer module counts down to the next
  convention (name, end timestamp, days/hours/minutes left), removed by `.et_pb_countdown_timer`. Outside: the
  et_frontend_nonce, the WP Rocket cache comment, Divi static/et-cache CSS versions, the footer's building-fund tally.
- p7_charity_ua: Myloserdia Pokrovy (Ukrainian), Tilda static publishing; the policy is Tilda's flat rich text
  (`<strong>` headings, `<br />` paragraphs) in one T004 block. Well built: volatile only OUTSIDE
  `#rec538201447 .t-text`: the shared header's Zero Block with the current fund-raiser and the amount raised (the
  charity republishes it every few days), the Orthodox Easter greeting, the page CSS/JS ?t= publish timestamps.
- p8_synagogue_il: Or Torah Ramat Gan (Hebrew), Wix; rebuilt in Wix Studio on 2024-06-11, which gave the rich-text
  component a new id: declaration history `#comp-kx9y3b7n` until then, `#comp-lw5m1q2c` after. Well built: volatile
  only OUTSIDE: the viewer model's requestId, fedops bsi and siteRevision, the Thunderbolt build hash, the header's
  Shabbat times (candle lighting, havdalah), the donation button's donors-this-month count, holiday banners (High
  Holiday seats, sale of chametz).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic (seed
"sim54b"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_church_ng", "p2_charity_pt", "p3_parish_pl", "p4_charity_ae", "p5_church_ph",
              "p6_church_ke", "p7_charity_ua", "p8_synagogue_il"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim54b")
