#!/usr/bin/env python3
"""Generate the books_world hidden-style OTA collection: build.py OUT

Books and reading: a book-review community, a public-library network, an e-book and audiobook store, a
self-publishing / print-on-demand service, a publishing house, a bookshop chain, an audiobook app and a literary
magazine, in Polish, Swedish, Bengali, Indonesian, Russian, Hebrew (RTL, windows-1255), Canadian French and Kazakh.

- p1_community_pl: Zakładka.pl, a book-review community on Symfony 6 + Twig, Bootstrap 5, Encore, Stimulus/Turbo.
  The documents page holds the terms of service (hidden tab pane, edited on its own in February 2024) beside the
  privacy policy (active pane `#polityka-prywatnosci`, the declaration). Per visit the login modal's CSRF token,
  the footer's "czytelników online" counter and the reading-challenge tally in the header strip; Encore hashes per
  deploy. All noise outside the declared pane.
- p2_library_sv: Siljansbiblioteken, four municipalities' public libraries on Sitevision (heading, ingress and text
  portlets; declaration `main .sv-text-portlet-content`). Fairly clean: sv.PageContext csrfToken per visit,
  /sitevision/system-resource/ hashes per upgrade, the page owner's "Senast granskad" date; all outside.
- p3_ebooks_bn: পাঠচক্র, a Bangladeshi e-book/audiobook store on Laravel + Livewire 3 + Alpine (Tailwind, Vite). The
  declared `article.policy-content` is the Livewire page component's root: its wire:snapshot/wire:id and those of
  a nested share-buttons component change on every render (textless noise inside, not removed); the sections are
  collapsed Alpine accordions. Outside: "এখন পড়ছেন" live readers counter, bestseller rail with price-drop badges,
  csrf tokens, Vite hashes.
- p4_pod_id: TerbitKita, an Indonesian self-publishing / print-on-demand service on CodeIgniter 3 + Bootstrap 4.
  Inside the declared `#page-content`, a WhatsApp "admin on duty / online" box (removed by the declaration,
  `.wa-cta`); outside: CodeIgniter CSRF hash per request, the "naskah telah terbit" counter, a testimonial carousel
  starting at a random slide, the monthly promo bar, the theme's ?v=.
- p5_publisher_ru: Издательская группа «Переплёт», a Moscow publisher on 1C-Bitrix (news.detail of a "Документы"
  info-block element). Inside the declared `.news-detail`, the element's view counter (removed by the declaration,
  `.news-detail-views`) and an empty Yandex share block; beside it "Другие документы"; outside: bitrix_sessid and
  SERVER_TIME per visit, /bitrix/cache timestamps per deploy, the weekly "Новинки недели" strip, the "Встречи с
  авторами" calendar.
- p6_bookshop_he: מדף, an Israeli bookshop chain with a readers' club on ASP.NET WebForms (windows-1255, RTL; the
  policy in the asp:Panel `#ctl00_ContentPlaceHolder1_pnlContent`). Fairly clean: __VIEWSTATE/__EVENTVALIDATION per
  request, .axd hashes per deploy, the seasonal header promotion; all outside.
- p7_audiobooks_frca: Ouïr, a Montréal audiobook app's Squarespace site, 7.0 (Brine) -> 7.1 (Fluid Engine) in
  October 2023: text blocks with the tables in code blocks; the declaration changes with the move (history). Fairly
  clean: Squarespace universal-script rollup hashes, contentModifiedOn, the announcement offer in the static
  context JSON; all outside the selected blocks.
- p8_magazine_kk: «Қаламгер», an Almaty literary magazine on Tilda (T030 heading + T004 text record, both selected
  by id; headings as <strong> lines, paragraphs split by <br /><br />). Fairly clean: tilda-blocks ?t= stamps at
  every republish, the header zero block's current issue, the footer year; all outside.

Each page has five real edits (processors added, retention periods changed, sections added with renumbering,
addresses and phone numbers, typos fixed without a new date, inserted words, law changes: the EU DSA, Bangladesh's
Cyber Security Act 2023, Indonesia's UU PDP 27/2022, Russia's 2022 152-FZ amendments, Israel's Amendment 13,
Québec's Law 25 phases). The pages (`pages/`) were written for this collection; the generator, its helpers
(`common`) and `selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes
OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and Ouir.history.json), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_community_pl", "p2_library_sv", "p3_ebooks_bn", "p4_pod_id",
              "p5_publisher_ru", "p6_bookshop_he", "p7_audiobooks_frca", "p8_magazine_kk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim48c")
