#!/usr/bin/env python3
"""Generate the genai_world hidden-style OTA collection: build.py OUT

Privacy policies of eight fictional generative-AI companies, on whatever their sites run on (as Open Terms
Archive's GenAI collections follow them): a chat-assistant startup on Next.js (pages router, then app router, with
a release announcement bar and a status badge), an image/video generator on Framer (class hashes regenerated at
every publish, waitlist counter), an open-model developer platform's docs on Docusaurus (version picker, sidebar,
"Last updated" from git, "Was this page helpful?"), a Paris AI lab's French policy on Nuxt/Storyblok with a hidden
English tab translated on its own schedule and a sub-processors table that grows, an Italian writing assistant
on WordPress/Elementor with an iubenda embedded policy, an AI meeting note-taker on Webflow ("The short version"
summary box above the full text, a Vanta trust-badge strip between them), a Japanese AI company on STUDIO (flat
text blocks selected by a range, 制定日 / 最終改定日, a 附則 history that grows) and a companion-chatbot app whose
policy is an Intercom Help Center article ("Updated over a week ago", reactions).

English (5), French, Italian, Japanese. The pages (`pages/`) were written for this collection; the generator, its
helpers (`common`) and `selfcheck.py` are services_world's, run on these pages with this collection's seed.
Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_chat_nextjs_en", "p2_imagegen_framer_en", "p3_openmodel_docusaurus_en", "p4_ailab_fr",
              "p5_writer_iubenda_it", "p6_notetaker_webflow_en", "p7_ai_studio_ja", "p8_companion_intercom_en"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim20")
