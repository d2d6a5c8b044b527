#!/usr/bin/env python3
"""Generate the telecom_world hidden-style OTA collection: build.py OUT

Telecoms and utilities' privacy policies as their sites really serve them: a Romanian mobile operator on
Sitefinity (policy split over two content blocks with a chat-bot teaser between them, planned-works banner, 5G
coverage checker and tariff cards in the sidebar, ScriptResource/__RequestVerificationToken churn, Sitefinity
upgrades), a Slovak broadband ISP on Umbraco (Grid layout migrated to Block Grid in 2024, address availability
checker and network-status cell inside the grid, Umbraco Forms ufprt token, Smidge bundle hashes), a Bulgarian
electricity and gas supplier on Optimizely CMS (policy sections in a collapsed accordion, an energy-saving tip
block between intro and accordion, a second notice for job applicants on the same page, regulated price table
with a KEVR notice, Optimizely Web Experimentation variants, EPiServer Forms hidden fields), a Croatian water
utility on Kentico (portal engine WebForms page: __VIEWSTATE and __CMSCsrfToken, supply-interruption notices,
water-quality readings, a print/share toolbar and the document's "Zadnja izmjena" stamp inside the editable
region, a downloads list whose file sizes change), an Estonian parcel carrier on Craft CMS (Matrix blocks, a
parcel-tracking box between blocks, Blitz cache stamps and injected CSRF input, SEOmatic JSON-LD, parcel-locker
counts, holiday delivery notices), a Malaysian satellite-internet provider on TYPO3 (one content element per
section with uids, a coverage-check plugin element among them, weather/rain-fade service status, package table,
TYPO3 v12 upgrade with __RequestToken and new frame markup), a Swedish smart-home maker on Oracle WebCenter
Sites (ISO-8859-1, Satellite blob URLs, three legal documents in tabs on one page whose cookie and app-terms tabs
change on their own, chat availability, firmware/app version box, Eloqua GUIDs) and a Portuguese EV-charging
network on a plain PHP site with server-side includes (windows-1252, PHPSESSID in links, live charger
availability box included inside the content, tariff table with an ERSE notice, the cookie policy below the
privacy policy on the same page, taken with a range selector, render-time footer); in Romanian, Slovak,
Bulgarian, Croatian, Estonian, Malay, Swedish and European Portuguese.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_mobile_sitefinity_ro", "p2_broadband_umbraco_sk", "p3_energy_optimizely_bg",
              "p4_water_kentico_hr", "p5_parcel_craft_et", "p6_satellite_typo3_ms",
              "p7_smarthome_webcenter_sv", "p8_evcharging_php_pt"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim28")
