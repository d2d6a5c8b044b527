#!/usr/bin/env python3
"""Generate the cloud_world hidden-style OTA collection: build.py OUT

Internet infrastructure and security services' privacy policies, one language per page (8 pages, 243 captures,
44 real edits: retention periods, processors added or replaced, addresses and phone numbers, sections and
sentences added, one- or two-word insertions, three wording fixes without a new date):
- p1 Bitvlak (Dutch web host): WordPress 6 + GeneratePress/Gutenberg, Yoast, Complianz, Matomo. Between visits:
  a coupon bar above the header (sticky promotion), promotional prices in a right-sidebar price table, a "support
  online" counter in the header, REST/Complianz nonces, WordPress core and plugin ?ver= upgrades. Policy in
  .entry-content (title outside it).
- p2 Nomendo (French domain registrar): WHMCS client area custom page; template "six" upgraded to "twenty-one"
  (WHMCS 8.1 -> 8.8) halfway, the custom .politique-confidentialite container kept. Between visits: CSRF token
  (head script and the header's domain-search form), TLD promotion prices in the sidebar, cart count.
- p3 Kantenwerk (German CDN): Next.js pages router, Tailwind prose. Between visits: buildId and chunk hashes,
  a live "Anfragen/s" counter in the hero above the article, a status-page badge and a PoP/region list in the
  footer that grows, a tab bar "Datenschutzerklärung | Unterauftragsverarbeiter" whose second document (the
  sub-processor list) sits beside the policy in a hidden panel with its own per-row dates.
- p4 ミライメール (Japanese e-mail provider): Hugo static site behind Cloudflare. Between visits: a
  maintenance/incident ticker (障害・メンテナンス情報) in the header, a campaign bar under the navigation, fingerprinted
  CSS/JS (SRI) and a deploy comment per deploy, Cloudflare's challenge-platform script (ray id); policy in
  article.p-policy__body, with its dates at the bottom.
- p5 TarczaVPN (Polish VPN): Gatsby. Between visits: the client-rendered "Twój adres IP" bar (crawler IP,
  location, provider) above the header, a promotion with a countdown and discount (sticky), webpack/page-data
  hashes, and gatsby-image placeholders (hashed static paths, base64 blur) INSIDE the declared article (wordless).
- p6 Скриня (Ukrainian password manager): Docusaurus 2 -> 3 legal docs. Between visits: announcement bar
  (release news), asset hashes, "Останнє оновлення" footer outside the markdown, Cloudflare's challenge-platform
  script; technical sub-sections and the FAQ of the policy in collapsed <details> accordions inside
  .theme-doc-markdown.
- p7 Centinela (Spanish antivirus vendor): TYPO3 12 with bootstrap_package. Between visits: a live "amenazas
  bloqueadas hoy" counter in the header, and INSIDE the declared #main-content column a promotional
  content element (frame-type-list "oferta" with a discount and end date) that the declaration removes;
  merged asset hashes, a Cookiebot consent id.
- p8 Bulutay (Turkish regional cloud): Craft CMS 4. Between visits: CRAFT_CSRF_TOKEN in the KVKK application
  form INSIDE the declared tab panel (removed by the declaration), TRY price table with promotions in the
  sidebar (prices move with inflation), data-centre region status list, a status-page embed badge; the page
  holds Gizlilik Politikası and Çerez Politikası in tabs (the cookie policy beside the privacy policy).

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`), `compare.py` and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_webhost_nl", "p2_registrar_fr", "p3_cdn_de", "p4_mail_ja",
              "p5_vpn_pl", "p6_passwords_uk", "p7_antivirus_es", "p8_cloud_tr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim35")
