#!/usr/bin/env python3
"""Generate the security_world hidden-style OTA collection: build.py OUT

Cybersecurity and privacy software: two antivirus vendors, a 2FA/identity provider, a VPN, an enterprise security
firm, a password manager, a parental-control app and a threat-intelligence company, in Czech, Slovak, Finnish,
Hebrew (RTL), Romanian, German, Ukrainian and Japanese (no English page); 8 pages, 238 captures, 40 real edits
(processors added or replaced in tables, retention periods changed, sections or subsections added with or without
renumbering, typo and diacritic fixes without a new date, inserted words, addresses and phone numbers changed).

- p1_antivirus_cs   Hradba Antivirus, Adobe Experience Manager 6.5 (Core Components title + one Text component per
  section, Adobe Launch, OneTrust), Czech. Per visit the header's "threats blocked today" counter and the footer's
  virus-definitions stamp; at deploys the clientlib hashes and the Launch build; the Text components'
  data-cmp-data-layer JSON ("repo:modifyDate", at republishes and edits) sits *inside* the declared
  `.legal-article` container (attributes only, not removed; the curator removes the static PDF button).
- p2_identity_sk    Autentix, Kentico 12 Portal Engine on ASP.NET WebForms, Slovak. Fairly clean: per visit
  __VIEWSTATE, __EVENTVALIDATION and __CMSCsrfToken in the page-wide <form> around `.legal-text`; at deploys the
  WebResource.axd / ScriptResource.axd d= and t= values.
- p3_vpn_fi         Kilpi VPN, Contentful rich text on Nuxt 2, upgraded to Nuxt 3 on 2024-06-11 (fragment comments,
  __NUXT_DATA__; the declared `.legal-page__content` stays valid), Finnish. The header's "your IP: ... unprotected"
  widget (sticky per crawler address), a campaign bar with a days-left countdown, the footer's monthly server
  count, _nuxt hashes, and the Vue scoped data-v-* attribute on the declared container itself.
- p4_enterprise_he  Homa Cyber, Sitecore 10.2 SXA, Hebrew (RTL). A "latest security advisories" page-list beside
  the declared `.rich-text.legal-body` (a new advisory every six days), the footer form's
  __RequestVerificationToken per visit, the SXA theme ?rev=&t=&hash= stamps.
- p5_antivirus_ro   Paveza, Magnolia CMS 6 (FreeMarker, DAM jcr: links), Romanian. A promotion with an offer
  countdown that marketing placed *inside* the declared `.legal-content` (in campaign fortnights; the curator
  removes `.promo-inline`), an awards carousel beside it shuffled per visit, the header's monthly "protected
  devices" stat, Magnolia's ~timestamp~cache resource fingerprints at deploys.
- p6_passwords_de   Tresorio, TYPO3 12 LTS with bootstrap_package 14, German. The policy's sections in a collapsed
  Bootstrap accordion (content elements #c212 and #c213 declared) and a second document beside it on the same
  page (the applicants' privacy notice #c214, revised once); fairly clean: a CSP nonce per visit, asset hashes.
- p7_parental_uk    Oberih Kids, Zendesk Guide help centre (Copenhagen theme), Ukrainian, percent-encoded
  Cyrillic slug. Fairly clean: per visit the csrf-token meta and session token; beside the declared
  `.article-title` and `.article-body` the "found this helpful" votes, the "updated" <time>, zdassets hashes.
- p8_threatintel_ja Mikage Security, Liferay Portal 7.1 (Web Content Display + Asset Publisher), redesigned on
  Liferay DXP 7.4 content pages on 2024-06-01 (`.journal-content-article` -> `.mikage-legal`, a *.history.json),
  Japanese. Per visit ;jsessionid= in every portal link, Liferay.authToken and p_auth; a "latest threat reports"
  list beside the policy; combo/theme t= stamps at deploys.

The pages are this collection's (`pages/`); the generator, its helpers (`common`), `compare.py` and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and Mikage Security.history.json), OUT/truth.json;
deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_antivirus_cs", "p2_identity_sk", "p3_vpn_fi", "p4_enterprise_he",
              "p5_antivirus_ro", "p6_passwords_de", "p7_parental_uk", "p8_threatintel_ja"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim45c")
