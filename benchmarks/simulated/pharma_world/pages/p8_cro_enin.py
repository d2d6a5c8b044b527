"""Bengaluru contract research organisation, Indian English, migrated from WordPress with Elementor Pro (Hello
theme) to HubSpot CMS (drag-and-drop theme) in June 2024: the declaration changes (a history file keeps the
Elementor selector until the migration). Per visit: the Elementor Pro nonce (WordPress phase), HubSpot's hsVars
render_id/ticks (HubSpot phase); sticky: an "Upcoming webinars" rail and an open-positions counter in the header,
outside the policy; the Elementor post CSS version and HubSpot template asset hashes."""
import datetime as dt
import html

import common as C

URL = "https://www.clinovex.com/privacy-policy"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

POLICY = """# Privacy Policy

Last updated on: {UPDATED}

Clinovex Research Private Limited ("Clinovex", "we", "us" or "our") is a contract research organisation providing clinical trial management, bioanalytical, pharmacovigilance and data management services to pharmaceutical, biotechnology and medical device companies. This Privacy Policy explains how we collect, use, store, share and protect personal data of visitors to www.clinovex.com, of our clients' and vendors' representatives, of investigators and site staff, and of job applicants.

This policy does not apply to personal data of clinical trial participants, which we process on behalf of the trial sponsor in accordance with the informed consent form, the protocol, the New Drugs and Clinical Trials Rules, 2019 and the applicable Good Clinical Practice guidelines.

## 1. Who we are

@ Clinovex Research Private Limited
@ Registered Office: No. 42, 3rd Floor, Prestige Tech Park Road, Kadubeesanahalli
@ Bengaluru, Karnataka 560103, India
@ CIN: U73100KA2011PTC058214

## 2. Information we collect

We may collect the following categories of information:

- **Contact information** such as your name, designation, organisation, e-mail address, mobile number and postal address, when you submit an enquiry, request a proposal or register for a webinar;
- **Professional information** about investigators and site staff, such as qualifications, registration number with the National Medical Commission or State Medical Council, GCP training records and CVs;
- **Applicant information** such as your CV, educational qualifications, employment history, current and expected CTC and notice period;
- **Technical information** such as IP address, browser type, device information and pages visited, collected through cookies and similar technologies;
- **Safety information** that you report to us about a suspected adverse event relating to a product for which we provide pharmacovigilance services.

Certain information, such as health information in an adverse event report and financial information, is treated by us as sensitive personal data or information and is handled with additional safeguards.

## 3. How we use your information

| Purpose | Examples |
| Responding to enquiries | Sharing capability presentations, preparing proposals and budgets |
| Feasibility and site selection | Assessing investigators and sites for upcoming studies on behalf of sponsors |
| Pharmacovigilance | Recording, assessing and reporting adverse events to the sponsor and to the Central Drugs Standard Control Organisation (CDSCO) |
| Recruitment | Evaluating applications, scheduling interviews and carrying out background verification |
| Marketing | Sending newsletters and webinar invitations, where you have opted in |
| Website operation | Improving our website, ensuring its security and measuring traffic |

We process your information on the basis of your consent, for the performance of a contract, for compliance with legal obligations or, where permitted by law, for our legitimate uses.

## 4. Sharing of information

We do not sell your personal data. We may share it with:

- clinical trial sponsors, where you are an investigator or site staff member being considered for a study;
- our group companies in Singapore and the United Kingdom, for internal administration and business development;
- regulatory authorities, ethics committees and law enforcement agencies, where required by law;
- service providers who process data on our behalf under written contracts, as listed below.

| Service provider | Purpose | Location |
| HubSpot Inc. | Website hosting, CRM and e-mail marketing | United States, Germany |
| Zoho Corporation Pvt. Ltd. | Applicant tracking (Zoho Recruit) | India |
| Microsoft Corporation India Pvt. Ltd. | E-mail and document management | India |
| Oracle India Pvt. Ltd. | Safety database (Argus Safety) | India, United States |

### Transfers outside India

Some of our service providers and group companies are located outside India. Where we transfer personal data outside India, we do so only to countries that are not restricted by the Government of India and ensure, through contractual safeguards, that the recipient protects the data to at least the same standard as required under Indian law.

### Third-party websites

Our website may contain links to websites of sponsors, industry bodies and regulators. We are not responsible for the privacy practices of those websites, and we encourage you to read their privacy policies.

## 5. Cookies

Our website uses cookies to remember your preferences and to understand how visitors use the site. You can accept or decline non-essential cookies through the cookie banner and change your choice at any time through the "Cookie Settings" link in the footer.

## 6. Data retention

We retain personal data only for as long as necessary for the purpose for which it was collected. Applicant data is retained for 12 months after the recruitment process ends. Pharmacovigilance data is retained for the period required by the sponsor agreement and applicable law. Marketing data is retained until you unsubscribe.

## 7. Security

We have implemented reasonable security practices and procedures, including access controls, encryption, firewalls and periodic audits, and our information security management system is certified to ISO/IEC 27001:2013.

## 8. Your rights

You may request access to, correction of, or deletion of your personal data, and you may withdraw your consent at any time. Withdrawal of consent will not affect processing carried out before the withdrawal. Kindly write to our Grievance Officer with your request; we will respond within 30 days.

## 9. Grievance Officer

In accordance with the Information Technology Act, 2000 and the rules made thereunder, the name and contact details of our Grievance Officer are given below:

@ Ms. Kavitha Raghunathan, Grievance Officer
@ Clinovex Research Private Limited, No. 42, 3rd Floor, Prestige Tech Park Road, Kadubeesanahalli, Bengaluru 560103
@ E-mail: [grievance.officer@clinovex.com](mailto:grievance.officer@clinovex.com)
@ Phone: +91 80 4718 2200 (Monday to Friday, 10:00 a.m. to 6:00 p.m. IST)

## 10. Changes to this policy

We may update this Privacy Policy from time to time. The revised policy will be posted on this page with an updated date.
"""


def _ord(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d):
    return "%s %s, %d" % (_ord(d.day), MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "security: ISO/IEC 27001:2013 -> 27001:2022",
     "repl": [("certified to ISO/IEC 27001:2013.", "certified to ISO/IEC 27001:2022.")]},
    {"note": "DPDP Act 2023 reference added to the lawful-basis paragraph",
     "repl": [("for our legitimate uses.", "for our legitimate uses as recognised under the Digital Personal Data Protection Act, 2023.")]},
    {"note": "Grievance Officer changed (name and phone)",
     "repl": [("Ms. Kavitha Raghunathan, Grievance Officer", "Mr. Arvind Subramaniam, Grievance Officer and Data Protection Officer"),
              ("Phone: +91 80 4718 2200", "Phone: +91 80 4718 2245")]},
    {"note": "service providers: Veeva Vault eTMF added",
     "repl": [("| Oracle India Pvt. Ltd. | Safety database (Argus Safety) | India, United States |",
               "| Oracle India Pvt. Ltd. | Safety database (Argus Safety) | India, United States |\n"
               "| Veeva Systems Inc. | Electronic trial master file (Veeva Vault eTMF) | United States, Germany |")]},
    {"note": "new section on children and applicant retention 12 -> 24 months",
     "repl": [("retained for 12 months after", "retained for 24 months after"),
              ("## 8. Your rights", "### Children\n\nOur website is not intended for children. We do not knowingly collect personal data of persons below 18 years of age through this website, except where a parent or lawful guardian provides it in an adverse event report.\n\n## 8. Your rights")]},
]

MIGRATION = dt.datetime(2024, 6, 10)

WEBINARS = [
    "Decentralised trials in India: what sponsors should know",
    "Risk-based monitoring under ICH E6(R3)",
    "Bioequivalence studies for US ANDA filings",
    "Signal detection in post-marketing safety",
    "Site feasibility using real-world data",
    "CDSCO SUGAM portal: a practical walkthrough",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    hs = when >= MIGRATION
    s = {
        "platform": "hubspot" if hs else "wordpress",
        "assets": C.keep_or(rng, prev.get("assets") if prev.get("platform") == ("hubspot" if hs else "wordpress") else None,
                            0.2, lambda: (rng.randint(1680000000, 1760000000), C.hexs(rng, 10))),
        "token": C.hexs(rng, 10) if not hs else "%s-%d" % (C.uuid4(rng), C.epoch(when) * 1000 + rng.randint(0, 999)),
        "webinars": C.keep_or(rng, prev.get("webinars"), 0.35, lambda: sorted(rng.sample(range(len(WEBINARS)), 2))),
        "jobs": C.keep_or(rng, prev.get("jobs"), 0.5, lambda: rng.randint(18, 64)),
    }
    return s


LABELS = {"platform": "migration WordPress/Elementor -> HubSpot CMS", "assets": "asset versions/hashes",
          "token": "Elementor Pro nonce / HubSpot render id", "webinars": "upcoming webinars rail",
          "jobs": "open positions counter in the header"}


def _webinar_items(state):
    return "".join('<li><a href="https://www.clinovex.com/webinars/%d">%s</a></li>' % (k + 101, html.escape(WEBINARS[k]))
                   for k in state["webinars"])


def _wp(state, blocks, when):
    ver, _ = state["assets"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    return """<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Privacy Policy - Clinovex Research</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="https://www.clinovex.com/privacy-policy/" />
<link rel='stylesheet' id='hello-elementor-css' href='https://www.clinovex.com/wp-content/themes/hello-elementor/style.min.css?ver=2.8.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.clinovex.com/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.16.4' media='all' />
<link rel='stylesheet' id='elementor-post-3-css' href='https://www.clinovex.com/wp-content/uploads/elementor/css/post-3.css?ver=%(ver)d' media='all' />
<script src='https://www.clinovex.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<meta name="generator" content="Elementor 3.16.4; features: e_dom_optimization, e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="page-template-default page page-id-3 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
		<div data-elementor-type="header" data-elementor-id="57" class="elementor elementor-57 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-1a2b3c4 e-flex e-con-boxed e-con e-parent" data-id="1a2b3c4" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-7d8e9f0 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="7d8e9f0" data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://www.clinovex.com"><img width="200" height="52" src="https://www.clinovex.com/wp-content/uploads/2021/07/clinovex-logo.png" class="attachment-full size-full wp-image-12" alt="Clinovex Research" /></a></div></div>
				<div class="elementor-element elementor-element-2c3d4e5 elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="2c3d4e5" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-2c3d4e5" class="elementor-nav-menu"><li class="menu-item"><a href="https://www.clinovex.com/services/" class="elementor-item">Services</a></li><li class="menu-item"><a href="https://www.clinovex.com/therapeutic-areas/" class="elementor-item">Therapeutic Areas</a></li><li class="menu-item"><a href="https://www.clinovex.com/sites-network/" class="elementor-item">Site Network</a></li><li class="menu-item"><a href="https://www.clinovex.com/careers/" class="elementor-item">Careers <span class="jobs-badge">%(jobs)d open roles</span></a></li><li class="menu-item"><a href="https://www.clinovex.com/contact-us/" class="elementor-item">Contact Us</a></li></ul></nav></div></div>
				</div>
			</div>
		</div>
<main id="content" class="site-main post-3 page type-page status-publish hentry">
	<div class="page-content">
		<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3" data-elementor-post-type="page">
			<div class="elementor-element elementor-element-4f5a6b7 e-flex e-con-boxed e-con e-parent" data-id="4f5a6b7" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-8b9c0d1 elementor-widget elementor-widget-heading" data-id="8b9c0d1" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">%(title)s</h1></div></div>
				<div class="elementor-element elementor-element-3e4f5a6 elementor-widget elementor-widget-text-editor" data-id="3e4f5a6" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">
%(body)s
				</div></div>
				</div>
			</div>
		</div>
	</div>
</main>
		<div data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-9a0b1c2 e-con-full e-flex e-con e-parent" data-id="9a0b1c2" data-element_type="container">
				<div class="elementor-element elementor-element-5d6e7f8 elementor-widget elementor-widget-text-editor" data-id="5d6e7f8" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container"><h4>Upcoming webinars</h4><ul>%(webinars)s</ul></div></div>
				<div class="elementor-element elementor-element-0f1e2d3 elementor-widget elementor-widget-text-editor" data-id="0f1e2d3" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>Clinovex Research Pvt. Ltd. | Bengaluru · Hyderabad · Ahmedabad</p><p><a href="https://www.clinovex.com/privacy-policy/">Privacy Policy</a> | <a href="https://www.clinovex.com/terms-of-use/">Terms of Use</a> | <a href="#" class="cky-banner-element">Cookie Settings</a></p><p>© %(year)d Clinovex Research. All Rights Reserved.</p></div></div>
			</div>
		</div>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.clinovex.com\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.clinovex.com\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.clinovex.com\\/wp-json\\/"},"shareButtonsNetworks":[],"facebook_sdk":{"lang":"en_US","app_id":""}};
</script>
<script src='https://www.clinovex.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.16.2' id='elementor-pro-frontend-js'></script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/8f1e2d3c4b5a69788796a5b4/script.js"></script>
</body>
</html>
""" % {"ver": ver, "jobs": state["jobs"], "title": html.escape(title), "body": body,
       "webinars": _webinar_items(state), "year": when.year, "nonce": state["token"]}


def _hs(state, blocks, when):
    ts, h = state["assets"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    rid, ticks = state["token"].rsplit("-", 1)
    return """<!doctype html><html lang="en"><head>
    <meta charset="utf-8">
    <title>Privacy Policy | Clinovex Research</title>
    <link rel="shortcut icon" href="https://www.clinovex.com/hubfs/clinovex-favicon.png">
    <meta name="description" content="How Clinovex Research collects, uses and protects personal data.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
    <meta property="og:url" content="https://www.clinovex.com/privacy-policy">
    <link rel="stylesheet" href="https://www.clinovex.com/hubfs/hub_generated/template_assets/1/%(ts)d/%(ts)d/template_main.min.css">
    <link rel="stylesheet" href="https://www.clinovex.com/hubfs/hub_generated/module_assets/1/%(ts)d/%(ts)d/module_rich-text.min.css">
<link rel="canonical" href="https://www.clinovex.com/privacy-policy">
<meta name="generator" content="HubSpot"></head>
  <body>
<!--  Added by GoogleAnalytics4 integration -->
<script>
var _hsp = window._hsp = window._hsp || [];
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
</script>
<!-- /Added by GoogleAnalytics4 integration -->
    <div class="body-wrapper   hs-content-id-163508827411 hs-site-page page ">
      <header class="header">
  <a href="#main-content" class="header__skip">Skip to content</a>
  <div class="header__container content-wrapper">
    <div class="header__logo"><a href="https://www.clinovex.com"><img class="header__logo-image" src="https://www.clinovex.com/hs-fs/hubfs/clinovex-logo-2024.png?width=200&amp;height=52&amp;name=clinovex-logo-2024.png" alt="Clinovex Research" width="200" height="52"></a></div>
    <nav class="header__menu" aria-label="Main menu"><ul class="menu__wrapper no-list">
      <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.clinovex.com/services">Services</a></li>
      <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.clinovex.com/therapeutic-areas">Therapeutic Areas</a></li>
      <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.clinovex.com/insights">Insights</a></li>
      <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.clinovex.com/careers">Careers <span class="menu__badge">%(jobs)d</span></a></li>
      <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.clinovex.com/request-a-proposal">Request a Proposal</a></li>
    </ul></nav>
  </div>
</header>
      <main id="main-content" class="body-container-wrapper">
<div class="container-fluid body-container body-container--privacy">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1717142290381" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1717142290381_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>%(title)s</h1>
%(body)s</span></div>
</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1717142311907" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="webinar-rail"><h2 class="webinar-rail__title">Upcoming webinars</h2><ul class="webinar-rail__list">%(webinars)s</ul><a class="button" href="https://www.clinovex.com/webinars">Register now</a></div></div>
</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->
</div><!--end widget-span -->
</div>
</div>
</div>
      </main>
      <footer class="footer">
  <div class="footer__container content-wrapper">
    <p>Clinovex Research Pvt. Ltd. · Bengaluru · Hyderabad · Ahmedabad · Singapore</p>
    <p><a href="https://www.clinovex.com/privacy-policy">Privacy Policy</a> | <a href="https://www.clinovex.com/terms-of-use">Terms of Use</a> | <a href="#" id="hs_show_banner_button" onclick="(function(){var _hsp = window._hsp = window._hsp || [];_hsp.push(['showBanner']);})()">Cookie Settings</a></p>
    <p>© %(year)d Clinovex Research. All Rights Reserved.</p>
  </div>
</footer>
    </div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script src="https://www.clinovex.com/hubfs/hub_generated/template_assets/1/%(ts)d/%(ts)d/template_main.min.js"></script>
<script>
var hsVars = hsVars || {}; hsVars['language'] = 'en';
hsVars['render_id'] = '%(rid)s'; hsVars['ticks'] = %(ticks)s; hsVars['page_id'] = 163508827411; hsVars['portal_id'] = 24417730; hsVars['analytics_page_type'] = 'page'; hsVars['app_hs_base_url'] = 'https://app-eu1.hubspot.com';
</script>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.clinovex.com\\/privacy-policy"]);
_hsq.push(["setPageId", "163508827411"]);
_hsq.push(["setContentMetadata", {"contentPageId":163508827411,"legacyPageId":"163508827411","contentFolderId":null,"contentGroupId":null,"abTestId":null,"languageVariantId":163508827411,"languageCode":"en","hsVars":null}]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/24417730.js?businessUnitId=0"></script>
<!-- End of HubSpot Analytics Code -->
<!-- %(h)s -->
</body></html>""" % {"ts": ts, "h": h, "jobs": state["jobs"], "title": html.escape(title), "body": body,
                      "webinars": _webinar_items(state), "year": when.year, "rid": rid, "ticks": ticks}


def render(state, blocks, when):
    return (_hs if state["platform"] == "hubspot" else _wp)(state, blocks, when)


PAGE = {
    "service": "Clinovex Research",
    "url": URL,
    "lang": "en-IN",
    "platform": "WordPress + Elementor Pro (Hello theme) -> HubSpot CMS (June 2024)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "cloudflare"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2025, 11, 30),
    "hours": (4, 10),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".body-container--privacy .hs_cos_wrapper_type_rich_text"},
    "history": [{"fetch": URL, "select": "[data-elementor-type=\"wp-page\"]", "validUntil": "2024-06-10T00:00:00Z"}],
}
