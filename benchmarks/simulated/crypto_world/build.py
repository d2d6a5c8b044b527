#!/usr/bin/env python3
"""Generate the crypto_world hidden-style OTA collection: build.py OUT

Crypto and web3 services' privacy policies as their sites really serve them, in Vietnamese, Indonesian, Thai,
Argentinian Spanish, Russian, Traditional Chinese, Filipino and Turkish (no English page):

- p1 SenMarket (vi): the NFT marketplace of a Vietnamese web3 game on Angular Universal (Express SSR) with Strapi
  blocks rendered element by element, so every policy element carries the component's `_ngcontent-*` attribute
  (inside the declared `.legal-page__body`, renamed by Angular 15 -> 16 -> 17 -> 18 upgrades and by redeploys);
  RON price / 24h volume / floor-price ticker in the header and the `ng-state` JSON, rotating mint-event banner,
  Cloudflare challenge-platform snippet per request.
- p2 KoinRupiah (id): a rupiah stablecoin issuer on Nuxt 3 + Contentful (rich-text-html-renderer markup: <b>,
  <li><p>, header cells in the <tbody>); the "Transparansi" box beside the policy with the circulating supply per
  chain, reserve ratio and holders (also in `__NUXT_DATA__`), a monthly reserve-attestation stamp in the bar under
  the header, `/_nuxt/` chunk names and build id per deploy.
- p3 BitSiam (th): an SEC-licensed Thai exchange on Sitecore SXA; title/date/intro in a rich-text component, the
  numbered sections as collapsed SXA accordion items (h2 headings), a related-documents link list the curator
  removes. Fairly clean: Sitecore Forms __RequestVerificationToken/FormSessionId per request, theme rev/hash
  query strings, an occasional maintenance notice under the static SEC risk bar.
- p4 Nandu (es-AR): an Argentine crypto wallet with a prepaid Visa card on SvelteKit (CSP nonce mode) + Contentstack
  JSON RTE. Fairly clean: the nonce on every inline script, `_app/immutable` chunk names, the `__sveltekit_*`
  global and scoped `svelte-*` hashes per deploy, a card promotion strip that comes and goes.
- p5 BitMost (ru): a Russian crypto exchanger on 1C-Bitrix in windows-1251; title in `h1#pagetitle`, the policy
  in bitrix:news.detail's `.news-detail` whose meta line holds a live view counter (inside the selected element,
  removed with the share block); bitrix_sessid/SERVER_TIME per request, exchange rates in the header and the
  "Резервы" list in the sidebar (composite-cache dynamic areas), operator online status and orders counter,
  /bitrix/cache timestamps.
- p6 OrbitScan (zh-TW): an Etherscan-style block explorer on ASP.NET WebForms behind Cloudflare;
  __VIEWSTATE/__EVENTVALIDATION and the serving node per request, ORB price, gas and network utilisation in the
  header, a rotating sponsored text ad beside the title; Bootstrap 4 -> Bootstrap 5 redesign on 2024-03-18 with
  new selectors (`*.history.json` holds the old ones).
- p7 Barya (fil): a Philippine e-wallet with crypto (BSP EMI/VASP) on AEM as a Cloud Service; two documents in a
  Core Components tabs component, the privacy policy (title + one text component per section, data-layer
  attributes with repo:modifyDate and the text's HTML) selected by its tab panel id and the cookie policy beside
  it in the hidden second panel with its own updates; crypto prices in pesos via SDI per request, clientlib hashes.
- p8 BitLira (tr): a Turkish crypto exchange's KVKK notice as a Zendesk Guide article (Copenhagen theme); the
  curator selects `.article` and removes the author line, follow button, share footer, the live votes box, the
  request callout and related articles (all inside it); CSRF token per request, theme version/digests, an
  announcement bar in the header.

44 real edits over 242 captures: typos fixed without a new date, processors and table rows added, retention
periods changed, sentences and sections added (with renumbering), regulators renamed (Bappebti -> OJK,
AFIP -> ARCA), addresses, phone numbers and a KEP address changed, a word inserted.

The pages (`pages/`) were written for this collection; the generator, its helpers (`common`) and
`selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json (and OrbitScan.history.json), OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_nft_vi", "p2_stablecoin_id", "p3_exchange_th", "p4_card_esar",
              "p5_exchanger_ru", "p6_explorer_zhtw", "p7_wallet_fil", "p8_exchange_tr"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim44b")
