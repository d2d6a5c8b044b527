#!/usr/bin/env python3
"""Generate the science_world hidden-style OTA collection: build.py OUT

Science and research: a biomedical research institute, a university library, a research-data repository, a
laboratory-equipment maker, a scientific publisher with a book shop, a clinical-trial registry, a citizen-science
platform and a preprint server, in Georgian, Armenian, Finnish, German, European Portuguese, Traditional Chinese
(ROC dates), Lithuanian and Catalan; 8 pages, 239 captures, 43 real edits.

- p1_institute_ka: TIBR (Tbilisi), Wagtail 5 / Django with a Bootstrap 5 theme, StreamField blocks. Per visit
  the newsletter form's `csrfmiddlewaretoken`; from the date the "upcoming seminars" list (next three Thursday
  seminars) and the footer year; sticky the ManifestStaticFilesStorage hashes and the "latest publications" feed.
  All beside the declared `article.legal-page`.
- p2_library_hy: YTU Library (Yerevan), 1C-Bitrix, `bitrix:news.detail` of a documents information block. Per
  visit `bitrix_sessid`/`SERVER_TIME`, the header's opening-hours / open-now / free-reading-room-seats line and the
  element's view counter in `.doc-detail__meta` *inside* the declared `.news-detail` (removed by the declaration,
  with the sticky "modified" stamp an editor's re-save moves); sticky the new-acquisitions carousel and the
  `?timestamp` cache-busters of the compiled bundles.
- p3_datarepo_fi: Datasampo, CKAN 2.9 -> 2.10 (Bootstrap 3 -> 5) with ckanext-pages. Fairly clean: per visit the
  footer's "n datasets from m organisations" tally and, from 2.10, the Flask-WTF `_csrf_token` (meta and language
  form); sticky webassets hashes; the upgrade rewrites the template, the declared `section.module-content` stays.
- p4_labequip_de: Hessler Labortechnik, Pimcore 11 corporate site. The policy's sections are collapsed Bootstrap
  accordion items inside the declared `#datenschutz`. Per visit the share-price line (Xetra quote) and the
  Symfony form `_token`; from the date the next trade fair teaser; sticky `/cache-buster-<mtime>/` prefixes.
- p5_publisher_pt: Lusodoc, Magento 2.4 Luma child theme, CMS page from Page Builder rows (ids regenerated on every
  save). Fairly clean: per visit the random `id` of the "Criar conta" link and the `form_key` (inside
  `.column.main`, beside the declared rows); sticky the static-content version, the impact-factor banner (itself a
  Page Builder row, in the header) and the "Mais vendidos" widget.
- p6_trials_zhtw: TwCRR, JSF 2.3 / PrimeFaces 12 on Tomcat, government-portal layout. Three documents in a
  `p:tabView`: the policy (declared tab panel), the data-use terms (revised twice: noise beside the policy) and the
  security policy. Per visit `;jsessionid=` in every internal URL (the links *inside* the declared panel too),
  `javax.faces.ViewState`, the registry tally bar and the visitor counter; sticky the footer's update date.
- p7_citizen_lt: Biomatas, Ruby on Rails 6.1 + Bootstrap 4 -> Rails 7.1 + Tailwind/Turbo (June 2023 redesign, a
  history declaration for the old `#privacy`). Per visit the `csrf-token` meta, the live observations counter and
  the latest-observations feed; *inside* the container the relative "Atnaujinta prieš N mėnesių" line (removed by
  the declaration); sticky asset digests.
- p8_preprints_ca: Prepublica, PKP Open Preprint Systems 3.3 -> 3.4 behind Cloudflare. Fairly clean: per visit the
  Cloudflare Web Analytics beacon's rayId; the sidebar's daily "Més llegits" counts; the upgrade changes the
  template around the declared `.page_privacy` (breadcrumbs removed).

The generator, its helpers (`common`), `compare.py` and `selfcheck.py` are services_world's, run on these pages
with this collection's seed. Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json (and
Biomatas.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_institute_ka", "p2_library_hy", "p3_datarepo_fi", "p4_labequip_de",
              "p5_publisher_pt", "p6_trials_zhtw", "p7_citizen_lt", "p8_preprints_ca"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim48b")
