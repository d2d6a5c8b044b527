#!/usr/bin/env python3
"""Generate the fintech_world hidden-style OTA collection: build.py OUT

Money services' privacy policies as their operators publish them: a London CFD and spread-betting broker on
Next.js App Router with Sanity (the quarterly-updated "xx% of retail investor accounts lose money" warning embedded
as a block *inside* the policy body, a live price ticker with market open/closed badges, CSP nonces, the policy
repeated in the RSC flight payload, a Statsig A/B test), a Hong Kong stored-value payment app whose page holds its
Privacy Policy Statement and its Personal Information Collection Statement one after the other (Drupal 7 body
field, then migrated to Drupal 10 paragraphs in 2023: declaration history), a Turkish neobank on Gatsby +
Contentful (emotion class hashes per deploy, a live TRY exchange-rate card and a Contentful "updatedAt" stamp inside
the content column), an Indonesian buy-now-pay-later app on Laravel + Livewire whose policy sections are Alpine.js
accordion panels (wire:snapshot checksums, CSRF tokens, instalment-promo rotation), an Argentine crypto exchange on
Angular SSR (_ngcontent attribute names per build, ng-state transfer JSON, BTC/USDT/"dólar cripto" quotes, network
status, an app-download component inside the policy, the CNV PSAV registration line from 2024), a UAE exchange
house on ASP.NET WebForms in windows-1256 with right-to-left Arabic (__VIEWSTATE, ScriptResource.axd tokens, a
remittance-rate UpdatePanel, branch open/closed badge), a Tanzanian mobile-money operator on Liferay DXP (p_auth and
Liferay.authToken, combo-servlet timestamps, service-status bar, tariff and FX portlets, journal-content portlet),
and a Ukrainian peer-to-peer lending platform on Tilda (policy spread over several t-rec records, tracked with a
range selector; yield/volume counters, martial-law notice, republish timestamps).
In British English, Traditional Chinese (Hong Kong), Turkish, Indonesian, Argentine Spanish, Arabic, Swahili and
Ukrainian.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_cfd_broker_engb", "p2_svf_wallet_zhhk", "p3_neobank_tr", "p4_paylater_id",
              "p5_crypto_exchange_esar", "p6_remittance_ar", "p7_mobile_money_sw", "p8_p2p_lending_uk"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim25")
