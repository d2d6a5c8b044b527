#!/usr/bin/env python3
"""Generate the driving_world hidden-style OTA collection: build.py OUT

Driving schools, vehicle inspection and driver services in eight languages: a driving school (Estonian), a used-car
inspection chain (Turkish, windows-1254), a driving school (Vietnamese), a driving school (Indonesian), a vehicle
inspection station (Czech), a driving school (Greek), an emissions testing centre (Mexican Spanish) and a driving
school (Ukrainian); 8 pages, 240 captures 2022-2026, 47 real edits (a processor added, replaced or removed, table rows
added or removed, a retention period changed, an address, a phone number or an e-mail changed, a supervisory
authority's web address moved, a section, a paragraph, a sentence or a list item added or removed, authorities
renamed after a reorganisation, typos fixed and words inserted; one edit per page without a new date). Each page
module in pages/ gives its PAGE as services_world's generator reads it; dwkit.py holds the few helpers they share
(local clocks with EU and Mexican summer time, holiday windows, release timelines, latest-items lists, a CMS "saved"
stamp that moves when the text is saved or re-saved).

- p1_autokool_et: Roolimeister Autokool (Estonian), WordPress + Avada 7 (Fusion Builder) behind WP Rocket, with
  Polylang, Yoast and CookieYes. Clean: everything volatile is OUTSIDE the selected `#content .post-content`: the WP
  Rocket 'cached@' stamp (every capture), WordPress / Avada versions in asset URLs and the generator, the compiled
  fusion-styles / fusion-scripts hashes, the top bar's next B-category course start date and town and its 'alates'
  price (the July 2025 VAT rise included), the footer's latest news and Google review count, and the post modified
  stamp (Avada's hidden rich-snippet 'updated' span, Yoast's dateModified and article:modified_time) that moves when
  the page is saved, also on re-saves without text change. The page title bar's h1 is outside the selection.
- p2_ekspertiz_tr: Otokontrol Oto Ekspertiz (Turkish KVKK aydınlatma metni), ASP.NET WebForms (.NET 4.8, IIS, master
  page), served as windows-1254, the text from the site's own CMS with &nbsp; in places. Volatile INSIDE the selected
  `#ContentPlaceHolder1_pnlIcerik`: the 'kez okundu' hit counter with the print and share links, removed by
  `.sayfa-alt-bilgi`. Outside: __VIEWSTATE / __EVENTVALIDATION per request, WebResource.axd / ScriptResource.axd t=
  and site.css ?v= on deploys, the header's live count of cars inspected today, the Ramazan / Kurban Bayramı campaign
  strip, the quick-appointment UpdatePanel (today's free slots, a branch dropdown that grows) and the footer's
  branch list.
- p3_laixe_vi: Trung tâm Đào tạo Lái xe Sao Việt (Vietnamese), WordPress + Flatsome 3 ('Page - Right Sidebar'), Rank
  Math, and two plugins hooked into the_content. Volatile INSIDE the selected `#content .page-inner`: Post Views
  Counter's 'Lượt xem' count and kk Star Ratings (score, votes, data-payload), removed by `.post-views` and
  `.kk-star-ratings`. Outside: the top bar's next intake date and seats left (hạng B2, hạng B from 2025), the sidebar
  intake widget and latest posts, a Tết notice, the Messenger chat plugin until May 2024, hotline / Zalo buttons,
  Rank Math's modified time (moves on save and re-save), WordPress / Flatsome versions.
- p4_kursus_id: Cakra Mandiri Kursus Mengemudi (Indonesian), Laravel with Blade, Tailwind typography and Vite;
  Livewire 2, upgraded to Livewire 3 with Vite 5 asset names in November 2023. Clean inside `main article.prose` (the
  h1 is in the hero). Outside: the csrf-token meta and the newsletter form's _token, the Livewire component's id and
  checksum (wire:initial-data, then wire:snapshot) per request, Vite hashes and the livewire.js id on deploys, the
  'Jadwal tersedia' free slots, the WhatsApp admin rotator, the promo strip (Ramadan, 17 Agustus, Harbolnas,
  default pick-up offer), testimonial picks and the alumni counter.
- p5_stk_cs: STK Pod Hájem (Czech vehicle inspection station), Nette 3 / Latte with Bootstrap 5 and Naja, its own
  online booking. Volatile INSIDE the selected `article.text-page`: the 'Nejbližší volný termín' box (a Nette
  snippet after the h1), removed by `.box-termin`. Outside: the top bar's open / closed status and waiting time, the
  public-holiday closure notice, the sidebar price list (yearly), the Google rating count, the callback form's
  `_token_`, asset ?v= filemtime on deploys. One edit changes a link's text and target without a new date.
- p6_sxoli_el: Σχολή Οδηγών Δρόμος (Greek), WordPress + Divi 4, rebuilt on 18 September 2023 with the Kadence theme
  and the block editor: declaration history `.et_pb_text_1 .et_pb_text_inner` until 2023-09-18, then
  `.entry-content.single-content`. Clean in both designs (the h1 is a separate Divi text module, then Kadence's entry
  header). Outside: Divi's et_frontend_nonce / et_ab_log_nonce and et-cache CSS ?ver=, the WP Fastest Cache comment
  (every capture), the latest-posts module, the monthly exam success-rate counter, the holiday notice (Orthodox
  Easter, August, Christmas), theme and WordPress versions.
- p7_verificentro_mx: Verificentro Lomas Verdes (Mexican Spanish aviso de privacidad), Wix (Thunderbolt renderer,
  classic editor), Wix Bookings, Velo code. Clean: the aviso is one rich-text component `#comp-lbx4t2qd` (font_8
  paragraphs, zero-width-space spacer paragraphs, no tables), whose hashed CSS-module classes change with renderer
  generations (attributes only). Outside: the viewer model's requestId per request, weekly Thunderbolt bundle
  hashes, siteRevision on publishes (the edits included), the 'Este mes verifican' engomado strip by month, 'Hoy No
  Circula' by weekday, a spring ozone-contingency alert, the Bookings widget's next free slot.
- p8_avtoshkola_uk: Автошкола «Кермо» (Ukrainian), 1C-Bitrix until 24 July 2023, then WordPress + Astra (block
  editor) behind Cloudflare: declaration history `.content .content-text` without `.next-groups` until 2023-07-24,
  then `article .entry-content` without `.kermo-next-groups`. Volatile INSIDE in both designs: the 'Найближчі групи'
  list (start dates, free seats) after the text (a Bitrix news.list component, then a shortcode), removed. Outside:
  Bitrix's bitrix_sessid and SERVER_TIME in BX.message and the template CSS cache hash, Cloudflare's beacon rayId,
  Astra / WordPress versions, the power-outage notice (winter 2022-23, summer 2024).

Service ids (declaration file names) are ASCII: "Dao Tao Lai Xe Sao Viet", "STK Pod Hajem", "Sxoli Odigon Dromos",
"Avtoshkola Kermo". Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json;
deterministic (seed "sim53b"). Check with `python3 ../services_world/selfcheck.py OUT`.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_autokool_et", "p2_ekspertiz_tr", "p3_laixe_vi", "p4_kursus_id", "p5_stk_cs", "p6_sxoli_el",
              "p7_verificentro_mx", "p8_avtoshkola_uk"]

if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "pages"))  # the pages' kit, dwkit
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim53b")
