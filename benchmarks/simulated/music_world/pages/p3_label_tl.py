"""Tugtog Records, an independent OPM record label in Quezon City: its privacy policy in Filipino on a Squarespace 7.1
site (classic layout engine). The policy is split over text blocks and two code blocks (the tables, pasted as HTML);
the page's second section is a "Mga Bagong Labas" (new releases) summary carousel with a code block holding the
featured release's Spotify embed. Fairly clean: Squarespace's platform rollups (script hashes, beta feature flags),
the site's `contentModifiedOn` stamp, the pre-save announcement bar and the carousel change between visits. The
declaration selects every text and code block of the page's sections, so the Spotify embed code block (an iframe,
no words, its album id changing with each new release) sits inside what the curator selects."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://www.tugtogrecords.ph/patakaran-sa-privacy"

POLICY = """
# Patakaran sa Privacy

{UPDATED}

Ang Tugtog Records ("Tugtog", "kami", "namin") ay isang independiyenteng record label na nakabase sa Quezon City na naglalabas ng musikang OPM, nag-oorganisa ng mga gig, at nagbebenta ng vinyl, CD at merchandise. Iginagalang namin ang inyong privacy at sinusunod namin ang Data Privacy Act of 2012 (Republic Act No. 10173), ang Implementing Rules and Regulations nito, at ang mga circular ng National Privacy Commission (NPC).

Ipinapaliwanag ng patakarang ito kung anong personal na impormasyon ang kinokolekta namin kapag binibisita ninyo ang website na ito, bumibili kayo sa aming online store, nag-subscribe kayo sa aming newsletter, o nagpapadala kayo ng demo bilang artist.

## Anong impormasyon ang kinokolekta namin

| Uri ng impormasyon | Halimbawa | Saan namin ito nakukuha |
| Pagkakakilanlan at contact | Pangalan, email address, numero ng mobile, address para sa delivery | Mula sa inyo, kapag bumili o nag-sign up kayo |
| Order at bayad | Mga biniling item, halaga, paraan ng pagbabayad (GCash, Maya, card), reference number | Mula sa aming online store at payment provider |
| Mga demo at portfolio | Pangalan ng artist o banda, mga audio file, link sa Spotify o YouTube, social media handles | Mula sa inyo, kapag nagsumite kayo ng demo |
| Teknikal na impormasyon | IP address, uri ng browser at device, mga pahinang binisita, cookies | Awtomatiko, mula sa inyong browser |

Hindi kami humihingi ng sensitibong personal na impormasyon gaya ng relihiyon, kalusugan o government ID, maliban kung kinakailangan ito ng batas, halimbawa sa pagbabayad ng royalties sa mga artist na kailangan ang TIN para sa BIR.

## Paano namin ginagamit ang inyong impormasyon

- Para iproseso at i-deliver ang inyong mga order ng vinyl, CD at merch;
- Para magpadala ng mga e-ticket at paalala tungkol sa mga gig at album launch na binili ninyo;
- Para pakinggan at suriin ang mga demo na ipinadala ninyo at para makipag-ugnayan sa inyo tungkol dito;
- Para magpadala ng newsletter tungkol sa mga bagong labas, pre-save at pre-order, kung pumayag kayo;
- Para sa pagbabayad ng royalties at pag-uulat sa mga collecting society gaya ng FILSCAP at PARI;
- Para mapabuti ang website at malaman kung aling mga release ang pinakapinapakinggan;
- Para sumunod sa mga obligasyong legal at sa mga utos ng korte o ng pamahalaan.

## Batayan ng pagproseso

Pinoproseso namin ang inyong personal na impormasyon batay sa inyong pahintulot (halimbawa, para sa newsletter), dahil kailangan ito para tuparin ang isang kontrata (halimbawa, ang inyong order o ang aming kasunduan sa artist), dahil sa isang obligasyong legal, o dahil sa aming lehitimong interes na mapatakbo at maprotektahan ang aming negosyo, basta't hindi nito nilalabag ang inyong mga karapatan at kalayaan.

## Kanino namin ibinabahagi ang impormasyon

Hindi namin ibinebenta ang inyong personal na impormayson. Ibinabahagi lamang namin ito sa mga service provider na tumutulong sa amin, at may kasunduan kami sa kanila na protektahan ito:

| Service provider | Layunin | Lokasyon |
| Squarespace, Inc. | Pagho-host ng website at online store | Estados Unidos |
| PayMongo Philippines, Inc. | Pagproseso ng bayad sa GCash, Maya at card | Pilipinas |
| LBC Express, Inc. | Pag-deliver ng mga order | Pilipinas |
| Mailchimp (Intuit Inc.) | Pagpapadala ng newsletter | Estados Unidos |
| Google LLC | Google Analytics at Google Workspace | Estados Unidos |

Dahil ang ilan sa mga provider na ito ay nasa labas ng Pilipinas, maaaring mailipat ang inyong impormasyon sa ibang bansa. Sinisiguro namin na may sapat na proteksyon ito, alinsunod sa Data Privacy Act at sa mga kontratang pinirmahan namin sa kanila.

## Mga demo na isinusumite ng mga artist

Kapag nagpadala kayo ng demo, ang mga audio file at impormasyon tungkol sa inyo ay makikita lamang ng aming A&R team. Hindi namin ilalabas, ibabahagi o gagamitin ang inyong musika nang walang nakasulat na kasunduan. Itatago namin ang mga demo nang 12 buwan mula sa pagsumite; pagkatapos nito, buburahin namin ang mga file maliban kung pumirma tayo ng kontrata.

## Cookies

Gumagamit ang aming website ng cookies na kailangan para gumana ang shopping cart at ang login, pati na rin ng analytics cookies para malaman kung paano ginagamit ang site. Maaari ninyong tanggihan ang analytics cookies sa cookie banner o sa settings ng inyong browser.

## Gaano katagal namin itinatago ang impormasyon

Itinatago namin ang impormasyon ng order at bayad nang 10 taon dahil sa mga patakaran ng BIR sa pag-iingat ng mga rekord. Ang impormasyon para sa newsletter ay itinatago hanggang mag-unsubscribe kayo. Ang teknikal na impormasyon at analytics ay itinatago nang hindi hihigit sa 14 na buwan.

## Ang inyong mga karapatan

Sa ilalim ng Data Privacy Act, may karapatan kayong:

- malaman kung pinoproseso namin ang inyong personal na impormasyon;
- makakuha ng kopya ng inyong impormasyon;
- itama ang mali o kulang na impormasyon;
- ipabura o ipa-block ang impormasyong hindi na kailangan o ilegal na nakuha;
- tumutol sa pagproseso at bawiin ang inyong pahintulot anumang oras;
- makakuha ng kopya ng impormasyon sa format na magagamit sa ibang serbisyo (data portability);
- magsampa ng reklamo sa National Privacy Commission.

Para gamitin ang alinman sa mga karapatang ito, makipag-ugnayan sa aming Data Protection Officer. Sasagutin namin ang inyong kahilingan sa loob ng 15 araw ng trabaho.

## Seguridad

Gumagamit kami ng HTTPS sa buong website, limitado ang access ng aming team sa impormasyong kailangan lamang nila, at regular naming binabago ang mga password ng aming mga account. Kung magkaroon ng personal data breach na maaaring makasama sa inyo, aabisuhan namin kayo at ang NPC sa loob ng 72 oras, ayon sa batas.

## Makipag-ugnayan sa amin

@ Data Protection Officer
@ Tugtog Records
@ Unit 3B, 45 Maginhawa Street, Teachers Village East
@ Quezon City 1101, Metro Manila
@ Email: dpo@tugtogrecords.ph
@ Telepono: (02) 8921 4470

Maaari rin kayong makipag-ugnayan sa National Privacy Commission sa [privacy.gov.ph](https://privacy.gov.ph).

## Mga pagbabago sa patakarang ito

Maaari naming baguhin ang patakarang ito paminsan-minsan. Ilalagay namin ang petsa ng huling pagbabago sa itaas ng pahinang ito, at kung malaki ang pagbabago, magpapadala kami ng abiso sa aming newsletter.
"""

MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
          "Nobyembre", "Disyembre"]


def fmt_date(d):
    return "Huling na-update: %s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


EDITS = [
    {"note": "processor added to the providers table (Bandcamp)",
     "repl": [("| LBC Express, Inc. | Pag-deliver ng mga order | Pilipinas |",
               "| LBC Express, Inc. | Pag-deliver ng mga order | Pilipinas |\n"
               "| Bandcamp, Inc. | Pagbebenta ng digital downloads at vinyl pre-order | Estados Unidos |")]},
    {"note": "typo fixed: impormayson -> impormasyon, date not changed",
     "repl": [("personal na impormayson.", "personal na impormasyon.")], "bump": False},
    {"note": "section added on photos and video at gigs",
     "repl": [("## Cookies\n",
               "## Mga litrato at video sa mga gig\n\n"
               "Kinukunan namin ng litrato at video ang aming mga gig at album launch para sa aming website at "
               "social media. Kung ayaw ninyong makita sa mga ito, sabihin lamang sa aming staff sa venue o "
               "mag-email sa amin, at hindi namin gagamitin o buburahin namin ang mga larawang kitang-kita kayo.\n\n"
               "## Cookies\n")]},
    {"note": "demo retention shortened from 12 to 6 months",
     "repl": [("Itatago namin ang mga demo nang 12 buwan", "Itatago namin ang mga demo nang 6 na buwan")]},
    {"note": "DPO contact changed: new e-mail and mobile number instead of landline",
     "repl": [("@ Email: dpo@tugtogrecords.ph\n@ Telepono: (02) 8921 4470",
               "@ Email: privacy@tugtogrecords.ph\n@ Mobile: 0917 842 3310")]},
    {"note": "word inserted: ShopeePay among payment methods",
     "repl": [("(GCash, Maya, card)", "(GCash, Maya, ShopeePay, card)")]},
]


# ---------------------------------------------------------------- noise

RELEASES = [  # (date, artist, title, kind, spotify album id)
    (dt.date(2021, 2, 12), "Alon at Buhangin", "Tag-ulan sa Cubao", "EP", "4f9NqGvL2cYt0a1RkWmB3x"),
    (dt.date(2021, 6, 25), "Mga Anak ni Juana", "Kalye Katipunan", "Single", "1uKpS7dTq0m8XwZc2FvA9h"),
    (dt.date(2021, 10, 8), "Liwayway", "Hiraya", "Album", "6bR3zPq1YtW9uLkE0sNd4j"),
    (dt.date(2022, 2, 18), "Sinag Collective", "Habang Gising", "Single", "0cVx8HnT5eKj2pQ7rLmZ1w"),
    (dt.date(2022, 7, 1), "Alon at Buhangin", "Pasada", "Album", "3mDk9TqB7wYe1uXs4ZcN6p"),
    (dt.date(2022, 11, 11), "Bituing Tala", "Bente Kwatro", "Single", "5yHq2LrV8nKd0tWm3JsE7c"),
    (dt.date(2023, 3, 3), "Mga Anak ni Juana", "Sa Ilalim ng Tulay", "EP", "2pNs6XcA1vRf9kTb4QyM0d"),
    (dt.date(2023, 8, 18), "Liwayway", "Dapithapon", "Single", "7eBt4KmW2zPq8sYc1NxL5g"),
    (dt.date(2023, 12, 1), "Sinag Collective", "Paskong Tahimik", "Single", "1kWz7RvD3hNq6tLc9PbY2s"),
    (dt.date(2024, 4, 19), "Bituing Tala", "Tuloy ang Ikot", "Album", "4tQc8ZmN1xVb5rKs2WyH9e"),
    (dt.date(2024, 9, 6), "Dagat Dilim", "Lunod", "EP", "6nLs2PwT9qYc4vRk7MbZ1a"),
    (dt.date(2025, 1, 24), "Alon at Buhangin", "Huling Biyahe", "Single", "3hXv5QkB8mTn0sWd6LcP2r"),
]

FLAGS = ["campaigns_thumbnail_layout", "scripts_defer", "nested_categories", "supports_versioned_template_assets",
         "campaigns_new_image_layout_picker", "enable_form_submission_trigger", "override_block_styles",
         "new_stacked_index", "i18n_beta_website_locales", "campaigns_discount_section_in_automations",
         "marketing_landing_page", "form_block_first_last_name_required", "member_areas_feature",
         "section-sdk-plp-list-view-atc-button-enabled", "commerce_clearpay", "scheduling_block_schema_editor",
         "website_fonts", "contacts_and_campaigns_redesign", "nested_categories_migration_enabled",
         "pdp_product_add_ons_visitor_site", "use_react_flyout_menu", "visitor_react_forms"]

ROLLUPS = ["extract-css-runtime", "extract-css-moment-js-vendor", "cldr-resource-pack", "common-vendors-stable",
           "common-vendors", "common", "performance", "user-account-core"]


def _deploy(rng):
    return {r: C.hexs(rng, 16) for r in ROLLUPS}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["rollups"] = C.keep_or(rng, p.get("rollups"), 0.55, lambda: _deploy(rng))
    st["flags"] = C.keep_or(rng, p.get("flags"), 0.3,
                            lambda: sorted(rng.sample(FLAGS, rng.randint(12, 16)), key=FLAGS.index))
    # the label edits its site (events, shop stock, release pages) between visits: Squarespace's site-wide stamp
    last = p.get("modified", C.epoch(when) * 1000 - 86400000 * 20)
    st["modified"] = max(last + 1, C.epoch(when) * 1000 - rng.randint(3600, 86400 * 6) * 1000)
    out = [r for r in RELEASES if r[0] <= when.date()]
    upcoming = [r for r in RELEASES if r[0] > when.date()]
    st["releases"] = [r[:5] for r in out[-4:][::-1]]
    st["presave"] = upcoming[0][:3] if upcoming and (upcoming[0][0] - when.date()).days <= 45 else None
    return st


LABELS = {"rollups": "Squarespace platform deploy (rollup script hashes)", "flags": "betaFeatureFlags",
          "modified": "site contentModifiedOn stamp", "releases": "new-releases carousel and Spotify embed",
          "presave": "pre-save announcement bar"}


# ---------------------------------------------------------------- render

P_STYLE = ' style="white-space:pre-wrap;"'


def _text_block(blocks, bid):
    def attr(tag, kind):
        if tag in ("h1", "h2", "h3"):
            return P_STYLE
        if tag == "p":
            return ' class=""' + P_STYLE
        if tag == "ul":
            return ' data-rte-list="default"'
        return ""
    inner = K.render(blocks, attr=attr, sep="", li_inner=lambda s: '<p class=""%s>%s</p>' % (P_STYLE, s))
    return ('<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;'
            'topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-%s">'
            '<div class="sqs-block-content">\n\n<div class="sqs-html-content" data-sqsp-text-block-content>\n  %s\n'
            '</div>\n\n\n\n\n\n\n\n\n</div></div>' % (bid, inner))


def _code_block(html_, bid):
    return ('<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-%s">'
            '<div class="sqs-block-content">%s</div></div>' % (bid, html_))


BLOCK_IDS = ["yui_3_17_2_1_1626771024117_5214", "yui_3_17_2_1_1626771024117_7731", "yui_3_17_2_1_1626771024117_9402",
             "yui_3_17_2_1_1626771024117_11873", "yui_3_17_2_1_1626771024117_14021",
             "yui_3_17_2_1_1626771024117_16688"]


def _policy_section(blocks):
    parts, run, k = [], [], 0
    for b in blocks:
        if b[0] == "table":
            if run:
                parts.append(_text_block(run, BLOCK_IDS[k]))
                k += 1
                run = []
            t = K.render([b], attr=lambda tag, kind: ' class="tt-table"' if tag == "table" else "", isep="\n")
            parts.append(_code_block(t, BLOCK_IDS[k]))
            k += 1
        else:
            run.append(b)
    if run:
        parts.append(_text_block(run, BLOCK_IDS[k]))
    return "\n".join(parts)


def render(state, blocks, when):
    ro = state["rollups"]
    rollup_js = "".join(
        '<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = '
        '["//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.tl-PH.js"]; })(SQUARESPACE_ROLLUPS, '
        '\'squarespace-%s\');</script>\n<script crossorigin="anonymous" src="//assets.squarespace.com/universal/'
        'scripts-compressed/%s-%s-min.tl-PH.js" defer ></script>' % (r, h, r.replace("-", "_"), r, h)
        for r, h in ro.items())
    ctx = {"betaFeatureFlags": state["flags"], "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
           "rollups": {r.replace("-", "_"): {"js": "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min."
                                             "tl-PH.js" % (r, h)} for r, h in ro.items()},
           "pageType": 2,
           "website": {"id": "60f1a2b3c4d5e6f708192a3b", "identifier": "tugtog-records", "websiteType": 1,
                       "contentModifiedOn": state["modified"], "cloneable": False, "hasBeenCloneable": False,
                       "siteStatus": {}, "language": "tl-PH", "timeZone": "Asia/Manila",
                       "machineTimeZoneOffset": 28800000, "timeZoneOffset": 28800000, "timeZoneAbbr": "PST",
                       "siteTitle": "Tugtog Records", "fullSiteTitle": "Patakaran sa Privacy \u2014 Tugtog Records",
                       "location": {}, "shareButtonOptions": {"8": True, "3": True, "2": True},
                       "authenticUrl": "https://www.tugtogrecords.ph", "internalUrl": "https://tugtog-records.squarespace.com",
                       "baseUrl": "https://www.tugtogrecords.ph", "primaryDomain": "www.tugtogrecords.ph",
                       "sslSetting": 3, "isHstsEnabled": True, "typekitId": "", "statsMigrated": False,
                       "imageMetadataProcessingEnabled": False, "captchaSettings": {"enabledForDonations": False},
                       "showOwnerLogin": False},
           "websiteSettings": {"id": "60f1a2b3c4d5e6f708192a3d", "websiteId": "60f1a2b3c4d5e6f708192a3b",
                               "subjects": [], "country": "PH", "state": "00", "simpleLikingEnabled": True,
                               "mobileInfoBarSettings": {"isContactEmailEnabled": False, "style": 1},
                               "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                               "commentApprovalRequired": False, "commentAvatarsOn": True,
                               "commentSortType": 2, "commentFlagThreshold": 0, "commentFlagsAllowed": True,
                               "commentEnableByDefault": True, "commentDisableAfterDaysDefault": 0,
                               "disqusShortname": "", "commentsEnabled": False, "storeSettings": {
                                   "returnPolicy": None, "termsOfService": None, "privacyPolicy": None,
                                   "expressCheckout": False, "continueShoppingLinkUrl": "/shop",
                                   "useLightCart": False, "showNoteField": False, "shippingCountryDefaultValue": "PH",
                                   "billToShippingDefaultValue": False, "currenciesSupported": ["PHP", "USD"],
                                   "defaultCurrency": "PHP", "selectedCurrency": "PHP", "measurementStandard": 2},
                               "useEscapeKeyToLogin": False, "ssBadgeType": 1, "ssBadgePosition": 4,
                               "ssBadgeVisibility": 1, "ssBadgeDevices": 1, "pinterestOverlayOptions": {"mode": "disabled"},
                               "userAccountsSettings": {"loginAllowed": True, "signupAllowed": True}},
           "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                              "cookieBannerText": "<p>Gumagamit ang site na ito ng cookies.</p>",
                              "cookieBannerTheme": "DARK", "cookieBannerVariant": "BAR", "cookieBannerPosition": "BOTTOM",
                              "cookieBannerCtaVariant": "TEXT", "cookieBannerCtaText": "Tanggapin",
                              "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "Tanggihan",
                              "cookieBannerHasOptOut": True, "cookieBannerHasManageCookies": True,
                              "cookieBannerManageCookiesLabel": "Pamahalaan ang cookies",
                              "cookieBannerSavedPreferencesText": "Mga Kagustuhan sa Cookie",
                              "cookieBannerSavedPreferencesLayout": "PILL"},
           "websiteCloneable": False, "collection": {"title": "Patakaran sa Privacy", "id": "60f1b9e2a7c3d41f5e8a0c12",
                                                    "fullUrl": "/patakaran-sa-privacy", "type": 10,
                                                    "permissionType": 1},
           "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
           "tweakJSON": {"form-use-theme-colors": "false", "header-logo-height": "56px",
                         "header-mobile-logo-max-height": "30px", "header-vert-padding": "1.5vw",
                         "header-width": "Inset", "maxPageWidth": "1400px", "pagePadding": "4vw",
                         "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square"},
           "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
           "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
           "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
           "impersonatedSession": False, "tzData": {"zones": [[480, None, "P", None]], "rules": {}},
           "showAnnouncementBar": state["presave"] is not None,
           "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
           "i18nContext": {"timeZoneData": {"id": "Asia/Manila", "name": "Philippine Time"}}, "env": "PRODUCTION"}
    ctx_json = json.dumps(ctx, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    if state["presave"]:
        d, artist, title = state["presave"]
        bar = ('<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/presave" '
               'class="sqs-announcement-bar-url" aria-labelledby="announcement-bar-text-inner-id"></a>'
               '<div class="sqs-announcement-bar-custom-location"><div class="sqs-announcement-bar-content">'
               '<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" '
               'role="button" aria-label="Isara ang Announcement"></span><div id="announcement-bar-text-inner-id" '
               'class="sqs-announcement-bar-text-inner"><p class="" style="white-space:pre-wrap;">I-pre-save na ang '
               '&ldquo;%s&rdquo; ng %s &mdash; lalabas sa %s %d!</p></div></div></div></div></div></div>'
               % (K.esc(title), K.esc(artist), MONTHS[d.month - 1], d.day))
    else:
        bar = '<div class="sqs-announcement-bar-dropzone"></div>'
    items = "".join(
        '<div class="summary-item summary-item-record-type-image sqs-gallery-design-carousel-slide positioned '
        'summary-item-has-thumbnail summary-item-has-excerpt" data-type="image"><div class="summary-thumbnail-'
        'outer-container"><a href="/mga-release/%s" data-title="%s" data-description="" class="summary-thumbnail-'
        'container sqs-gallery-image-container"><div class="summary-thumbnail img-wrapper"><img data-src="https://'
        'images.squarespace-cdn.com/content/v1/60f1a2b3c4d5e6f708192a3b/%s/cover.jpg" data-image-dimensions="3000x'
        '3000" data-image-focal-point="0.5,0.5" alt="%s" data-load="false" class="summary-thumbnail-image" /></div>'
        '</a></div><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container '
        'summary-metadata-container--above-title "><div class="summary-metadata summary-metadata--primary"><time '
        'class="summary-metadata-item summary-metadata-item--date" datetime="%s">%s %d, %d</time></div></div>'
        '<div class="summary-title"><a href="/mga-release/%s" class="summary-title-link">%s</a></div>'
        '<div class="summary-excerpt"><p>%s &middot; %s</p></div></div></div>'
        % (r[4].lower(), K.esc(r[2]), r[4], K.esc(r[2]), r[0].isoformat(), MONTHS[r[0].month - 1], r[0].day,
           r[0].year, r[4].lower(), K.esc(r[2]), K.esc(r[1]), r[3]) for r in state["releases"])
    feat = state["releases"][0]
    embed = ('<iframe style="border-radius:12px" src="https://open.spotify.com/embed/album/%s?utm_source=generator" '
             'width="100%%" height="352" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; '
             'encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>' % feat[4])
    nav = "".join('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-'
                  'element">%s</a></div>' % (h, x) for h, x in (
                      ("/mga-artist", "Mga Artist"), ("/mga-release", "Mga Release"), ("/gigs", "Gigs"),
                      ("/shop", "Shop"), ("/demo", "Magpadala ng Demo"), ("/tungkol", "Tungkol sa Amin")))
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="tl-PH"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- tugtog-records -->
<base href="">
<meta charset="utf-8" />
<title>Patakaran sa Privacy &mdash; Tugtog Records</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/60f1a2b3c4d5e6f708192a3b/favicon.ico?format=100w"/>
<link rel="canonical" href="%(url)s"/>
<meta property="og:site_name" content="Tugtog Records"/>
<meta property="og:title" content="Patakaran sa Privacy &mdash; Tugtog Records"/>
<meta property="og:url" content="%(url)s"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Patakaran sa Privacy — Tugtog Records"/>
<meta itemprop="url" content="%(url)s"/>
<meta name="twitter:title" content="Patakaran sa Privacy — Tugtog Records"/>
<meta name="twitter:url" content="%(url)s"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Space+Grotesk:ital,wght@0,400;0,700&family=Work+Sans:ital,wght@0,400;0,500;1,400"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
%(rollups)s
<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(ctx)s;</script>
<script type="application/ld+json">{"url":"https://www.tugtogrecords.ph","name":"Tugtog Records","description":"","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"legalName":"Tugtog Records","address":"Unit 3B, 45 Maginhawa Street\\nQuezon City, 1101\\nPhilippines","email":"hello@tugtogrecords.ph","telephone":"","sameAs":[],"@context":"http://schema.org","@type":"Organization"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/60f1a2b3c4d5e6f708192a3b/48/5c5a519771c10ba3470d8101/60f1a2b3c4d5e6f708192a41/1637/site.css"/><script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XZ1P"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QK2M4XZ1P');</script><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
  </head>
  <body id="collection-60f1b9e2a7c3d41f5e8a0c12" class="header--menu-open tweak-global-animations-animation-type-fade tweak-portfolio-grid-overlay-width-full tweak-blog-side-by-side-width-inset primary-button-style-solid primary-button-shape-pill form-field-style-outline header-overlay-alignment-center header-width-inset tweak-fixed-header-style-basic tweak-product-basic-item-width-full image-block-poster-text-alignment-center native-currency-code-php collection-type-page collection-60f1b9e2a7c3d41f5e8a0c12 collection-layout-default mobile-style-available sqs-seven-one show-pdp-product-add-ons" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
      %(bar)s
      <header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;buttonText&quot;: &quot;Shop&quot;, &quot;newWindow&quot;: false}}" data-section-id="header" data-header-style="solid" data-language="tl-PH" data-block-type="0">
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/60f1a2b3c4d5e6f708192a3b/tugtog-logo.png?format=1500w" alt="Tugtog Records" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
                <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">%(nav)s</nav></div></div>
              </div>
              <div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart" viewBox="0 0 31 24"><g class="svg-icon cart-icon--odd"><circle fill="none" stroke-miterlimit="10" cx="22.5" cy="21.5" r="1"></circle></g></svg><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div></div></div>
            </div>
          </div>
        </div>
      </header>
      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="60f1b9e2a7c3d41f5e8a0c14">
  <section data-test="page-section" data-section-theme="white" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--left vertical-alignment--top white' data-section-id="60f1b9e2a7c3d41f5e8a0c16" data-controller="SectionWrapperController" data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--left&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--top&quot;, &quot;contentWidth&quot;: &quot;content-width--narrow&quot;, &quot;sectionTheme&quot;: &quot;white&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}" data-current-context="{&quot;video&quot;: {&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;page&quot;}" data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class="content-wrapper" style=''>
      <div class="content">
        <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-60f1b9e2a7c3d41f5e8a0c16"><div class="row sqs-row"><div class="col sqs-col-12 span-12">%(policy)s</div></div></div>
      </div>
    </div>
  </section>
  <section data-test="page-section" data-section-theme="black" class='page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle black' data-section-id="6138c0d4e5f6a7b8c9d0e1f2" data-controller="SectionWrapperController" data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class="content-wrapper" style=''>
      <div class="content">
        <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6138c0d4e5f6a7b8c9d0e1f2"><div class="row sqs-row"><div class="col sqs-col-7 span-7"><div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1631025118842_3310"><div class="sqs-block-content">
<div class="summary-block-header"><h3 class="summary-heading"><span>Mga Bagong Labas</span></h3><a href="/mga-release" class="summary-header-text summary-block-collection-link">Tingnan lahat</a></div>
<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery sqs-gallery-design-carousel">%(items)s</div></div>
</div></div></div><div class="col sqs-col-5 span-5"><div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1631025118842_4127"><div class="sqs-block-content">%(embed)s</div></div></div></div></div>
      </div>
    </div>
  </section>
</article>
      </main>
      <footer class="sections" id="footer-sections" data-footer-sections>
  <section data-test="page-section" data-section-theme="dark" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark' data-section-id="60f1a2b3c4d5e6f708192a51" data-controller="SectionWrapperController" data-animation="none">
    <div class="content-wrapper" style=''><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-60f1a2b3c4d5e6f708192a51"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1626771024117_22311"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content><p class="" style="white-space:pre-wrap;"><strong>Tugtog Records</strong><br>45 Maginhawa St., Quezon City<br>hello@tugtogrecords.ph</p><p class="" style="white-space:pre-wrap;"><a href="/patakaran-sa-privacy">Patakaran sa Privacy</a> &middot; <a href="/mga-tuntunin">Mga Tuntunin</a></p></div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1626771024117_24108"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="60f1c3d4e5f6a7b8c9d0e1a2" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: '60f1c3d4e5f6a7b8c9d0e1a2', collectionId: '60f1b9e2a7c3d41f5e8a0c12', objectName: 'block-yui_3_17_2_1_1626771024117_24108' }); }); return false; })(this);"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sumali sa aming newsletter</h2></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div id="email-yui_3_17_2_1_1626771024117_24109" class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1626771024117_24109-field">Email Address</label><input id="email-yui_3_17_2_1_1626771024117_24109-field" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Mag-sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Mag-sign Up</span></button></div></div></form></div></div></div></div></div></div></div></div>
  </section>
</footer>
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.7a41b0c3e0f3c2a5d91b3b6f1e7c4a22.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641"/></symbol></svg>
<script data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script><script>Squarespace.afterBodyLoad(Y);</script>
  </body>
</html>
""" % dict(url=URL, rollups=rollup_js, ctx=ctx_json, bar=bar, nav=nav, policy=_policy_section(blocks),
           items=items, embed=embed)


PAGE = {
    "service": "Tugtog Records",
    "url": URL,
    "lang": "tl",
    "platform": "Squarespace 7.1 (classic layout engine): text blocks, code blocks for the tables, summary carousel",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("X-Contextid", "Qz1Xb7nP/4kWt2mRc"), ("Age", "0"),
                      ("Strict-Transport-Security", "max-age=15552000")),
    "n": 29,
    "start": dt.date(2021, 5, 3),
    "end": dt.date(2025, 2, 20),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#sections .sqs-block-html .sqs-block-content",
                                             "#sections .sqs-block-code .sqs-block-content"]},
}
