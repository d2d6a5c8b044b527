#!/usr/bin/env python3
"""Generate the apps_world hidden-style OTA collection: build.py OUT

Mobile apps' privacy policies as their makers publish them on the web for the app stores' "privacy policy URL":
pages no designer built for reading, served from wherever was cheapest. A Chinese super-app's 隐私政策 as an H5
agreement page (SDK directory table, WebView bridge script, back-to-top button inside the content box), an indie
developer's GitHub Pages (Jekyll minima) policy edited by committing Markdown, a bus-arrival app's generator-made
policy pasted into a WordPress/Elementor page (Spanish, Argentina), a Turkish e-money app's KVKK Aydınlatma Metni
in a Nuxt webview template with a sticky "Onaylıyorum" button, a Vietnamese game studio's policy as a Zendesk
Guide article (votes, related articles, language picker, re-saved "updated" time), a Saudi delivery app's
سياسة الخصوصية rendered by React Native Web (Expo; atomic class names, inline styles, RTL), a Ukrainian
transport-ticket app's Webflow page holding the policy in Ukrainian and then English (the curator tracks the
Ukrainian one; the English copy is edited on its own schedule) and a Brazilian kids' game studio's Wix page with
a parents' summary box above the full LGPD policy.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_superapp_zh", "p2_indie_en", "p3_generator_esar", "p4_fintech_tr",
              "p5_game_vi", "p6_delivery_ar", "p7_transit_uk", "p8_kidsgame_ptbr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim14")
