#!/usr/bin/env python3
"""Generate the media_world hidden-style OTA collection: build.py OUT

Media streaming and entertainment companies' privacy policies as their sites publish them, in Polish, Czech,
Korean, Turkish, Swedish, Indonesian, Greek and Mexican Spanish:

- p1 a Polish music-streaming service on Adobe Experience Manager (Core Components; the policy container holds a
  cmp-title, a cmp-text and every section in a collapsed cmp-accordion panel; a Premium promo experience fragment,
  an Adobe Target A/B offer per visit, sits inside the container and is removed by the declaration; outside:
  clientlib lc-hashes per deployment, the Adobe Client Data Layer's repo:modifyDate, a weekly "Nowości" teaser,
  Akamai Bot Manager's per-response pixel token);
- p2 a Czech multiplex chain on ASP.NET WebForms (__VIEWSTATE and __EVENTVALIDATION per request, an UpdatePanel
  "Dnes hrajeme" programme that changes daily, WebResource/ScriptResource t= stamps per redeploy; all outside the
  declared asp:Panel and title label);
- p3 a Korean e-book and web-novel store on Spring MVC + JSP on Tomcat, served in EUC-KR (a fresh ;jsessionid= in
  every internal link, the policy's own links inside the container included; the "previous versions" select inside
  the container, removed by the declaration, gains an option at each dated revision; _csrf meta; a real-time
  ranking aside; static ?v= build stamps);
- p4 a Turkish event-ticketing platform on Nuxt 3 + Contentful behind Cloudflare (the KVKK notice is one of three
  server-rendered tab panels beside the cookie policy, which is edited on its own, and the explicit-consent text;
  Vue scoped data-v- hashes inside the tracked panel change with each build; /_nuxt/ chunk hashes and buildId;
  the __NUXT_DATA__ payload repeating the rich text; a live "kişi bilet arıyor" counter; __CF$cv$params);
- p5 a Swedish podcast app whose policy is a Zendesk Guide article (Copenhagen theme; fairly clean: csrf-token,
  the growing vote tally, theme ?digest= stamps, the article's "Uppdaterad" stamp on re-saves, all outside);
- p6 an Indonesian audiobook and e-book shop on Shopify's Dawn theme (fairly clean: ShopifyAnalytics requestId and
  web-pixels sessionId per visit, a rotating announcement bar, two Dawn theme updates; all outside);
- p7 a Greek broadcaster's catch-up player on Liferay DXP, a 7.2 widget page upgraded to a 7.4 content page in 2024
  (.journal-content-article valid throughout; Liferay.authToken/p_auth per visit, combo t= stamps, a "Τώρα στον
  αέρα" strip; all outside);
- p8 a Mexican arthouse cinema chain on Wix (the notice in three rich-text boxes, all selected; fairly clean:
  the viewer model's requestId, siteRevision on each republish, the Thunderbolt version; all outside).

Each page has five real edits (processor rows, retention periods, sections added, addresses, phone numbers,
e-mails, typos and inserted words, law changes: Korea's 2023 PIPA amendment, Turkey's 2024 KVKK art. 9 reform,
Mexico's 2025 LFPDPPP). The pages (`pages/`) were written for this collection; the generator, its helpers
(`common`) and `selfcheck.py` are services_world's, run on these pages with this collection's seed. Writes
OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json; deterministic.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "services_world", "build.py")
PAGE_FILES = ["p1_music_aem_pl", "p2_cinema_webforms_cs", "p3_ebook_jsp_ko", "p4_ticketing_nuxt_tr",
              "p5_podcast_zendesk_sv", "p6_audiobooks_shopify_id", "p7_broadcaster_liferay_el",
              "p8_cinema_wix_esmx"]

if __name__ == "__main__":
    runpy.run_path(GENERATOR)["cli"](PAGE_FILES, os.path.join(HERE, "pages"), "sim41")
