#!/usr/bin/env python3
"""Generate the rendered_world hidden-style OTA collection: build.py OUT

Captures as Open Terms Archive's headless browser saves them: the DOM after client-side rendering, of the kinds
of services OTA's collections follow. A CI/CD developer tool on Next.js (styled-components class hashes, then an
app-router migration with CSS modules; the policy also serialised in the hydration data), an Indian voice-AI
start-up on Webflow with a pasted Termly policy (bdt / data-custom-class soup), a French online-therapy app on
Nuxt 3 (scoped data-v hashes, __NUXT_DATA__, Axeptio, Crisp), a German neighbourhood social network on Gatsby with
a OneTrust Privacy Notice embed (otnotice-* sections and menu), a Mexican fintech's "Aviso de Privacidad" as a
Zendesk Guide article (relative times, votes, recently viewed), a Brazilian edtech whose Lit web component keeps
the table of contents in a declarative shadow root (`<template shadowrootmode="open">`), a Japanese HR SaaS that
publishes its policy as a Notion site, and a Korean travel app (emotion class hashes, previous-version picker,
Channel Talk, live ranking). Languages: en-US, en-IN, fr-FR, de-DE, es-MX, pt-BR, ja-JP, ko-KR.

Noise is what a headless capture varies by between two visits: deploys (build ids, class hashes, data-v
attributes, asset fingerprints, a router migration), per-visit ids (nonces, reCAPTCHA cb, Cloudflare ray
params, Sentry trace metas, CSRF tokens), consent banners shown or not, chat launchers' states, experiment
buckets, animation inline styles frozen mid-flight, lazy images and skeletons loaded or not, toasts, live
widgets. Edits are real policy updates (new processors, AI-training clauses, retention periods, new rights,
reordered sections, a changed DPO / grievance officer / CPO; some with the date bumped, some silent).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_devtools_en_us", "p2_ai_en_in", "p3_health_fr", "p4_social_de",
              "p5_fintech_es_mx", "p6_edtech_pt_br", "p7_hr_ja", "p8_travel_ko"]
PAGE_FILES = [p for p in PAGE_FILES if os.path.exists(os.path.join(HERE, "pages", p + ".py"))]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim11")
