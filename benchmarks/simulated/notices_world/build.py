#!/usr/bin/env python3
"""Generate the notices_world hidden-style OTA collection: build.py OUT

Privacy policies that share their page with other documents, as small and mid-sized European and Latin American
sites publish them: a French town hall's "Mentions légales" (SPIP/Escal, one flat article: éditeur, hébergeur,
crédits, données personnelles with its cookies part, accessibilité), a German wool shop's "Impressum & Datenschutz"
(WordPress/Elementor, one widget per document, a generator-made Datenschutzerklärung last), a Spanish rural
house's "Aviso legal, política de privacidad y cookies" (Joomla 4 article with a contents list, cookies its own
document), an Italian oil mill's "Privacy e Cookie Policy" first in a PrestaShop CMS page before "Note legali"
and "Termini di vendita", a Dutch accountancy's "Disclaimer, privacyverklaring en cookieverklaring" (WordPress/
Divi toggles), a British garden-buildings maker's single "Legal" page (Umbraco, contents list of anchors, five
sections), a Brazilian scheduling app's "Termos de Uso e Política de Privacidade" (Next.js, flat, privacy last)
and a Swiss wine estate's "Mentions légales & protection des données" (Webflow tabs, nLPD).

Real edits touch the privacy document only; edits of the neighbouring documents (imprint address, managing
director, terms' prices, cookie tables when cookies are their own document, accessibility audit date, credits)
live in each page's noise state, with the ordinary noise of these platforms (nonces, cache busters, counters,
tickers, consent tools). Pages whose privacy part is a range of a flat text are declared with OTA range
selectors, which services_world's `selfcheck.py` reads as score_adjudicated.py's region_words does.

The pages (`pages/`) were written for this collection; the generator and its helpers (`common`) are
services_world's, run on these pages with this collection's seed. Writes OUT/manifest.json,
OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_mairie_fr", "p2_wolle_de", "p3_casarural_es", "p4_frantoio_it",
              "p5_administratie_nl", "p6_gardenbuildings_uk", "p7_agenda_br", "p8_domaine_ch"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim10")
