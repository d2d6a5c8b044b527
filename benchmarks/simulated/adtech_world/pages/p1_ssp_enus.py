"""Halyard Exchange (programmatic SSP), US English, WordPress 6 + Elementor Pro (Hello Elementor theme).

The policy is one Elementor page document (heading widget + text-editor widget). Inside the text editor, under
"Opting out", the exchange's opt-out shortcode prints the visitor's own exchange cookie id and opt-out status
with a nonce-signed form: new on every visit (the crawler carries no cookie); the curators remove it. Outside:
the Elementor/plugin asset versions (upgrades), the header's "bid requests per day" stat and a webinar bar.
"""
import datetime as dt
import html

import common as C

URL = "https://www.halyardexchange.com/privacy-policy/"

POLICY = """# Privacy Policy

Last updated: {UPDATED}

Halyard Exchange, Inc. ("Halyard," "we," "us," or "our") operates a supply-side platform and advertising exchange that helps website owners, app developers and connected-TV publishers ("Publishers") sell advertising space to advertisers and their agencies and demand-side platforms ("Buyers"). This Privacy Policy explains how we collect, use and share information in connection with our advertising services (the "Platform") and our corporate website at halyardexchange.com (the "Site").

This policy does not apply to the websites or apps of our Publishers, or to the advertisements that Buyers show through the Platform. Those parties have their own privacy policies, and we encourage you to read them.

## 1. Information We Collect

### Information collected through the Platform

When you visit a Publisher's website or app that works with us, our technology may receive the following information from your browser or device, from the Publisher or from partners acting on the Publisher's behalf:

- Cookie identifiers and mobile advertising identifiers (such as Apple's IDFA or Google's Advertising ID) and connected-TV device identifiers;
- IP address, from which we derive an approximate location (country, region, city and postal code), and then truncate the address;
- Browser type, operating system, device make and model, screen size and language settings;
- The web page or app in which an ad is shown, the ad placement, and the time and date of the ad request;
- Information about the ads you have seen or clicked, and whether a conversion occurred;
- Interest segments and other audience data that Publishers or data providers associate with an identifier and pass to us in a bid request.

We do not knowingly collect names, email addresses, postal addresses or telephone numbers through the Platform, and we do not allow our clients to send us such information in plain text.

### Information collected through the Site

When you visit the Site, fill in a contact form, register for a webinar or apply for a job, we collect the information you give us, such as your name, company, job title, business email address and phone number. We also use cookies and similar technologies on the Site, as described in our [Cookie Notice](/cookie-notice/).

## 2. How We Use Information

We use the information described above to:

- Run auctions for ad space and deliver ads on behalf of Publishers and Buyers;
- Limit how often you see the same ad (frequency capping) and measure the delivery of ads;
- Detect, prevent and investigate fraud, invalid traffic and malware;
- Produce aggregated reports for Publishers and Buyers;
- Maintain, secure and improve the Platform and develop new products;
- Comply with our legal obligations and enforce our agreements.

## 3. How We Share Information

We share Platform information with Buyers that bid in our auctions, with Publishers about ads served on their properties, and with service providers that host our systems or help us detect invalid traffic. The categories of recipients are listed below.

| Recipient | Purpose | Information shared |
| Buyers and demand-side platforms | Bidding on and serving ads | Identifiers, device and contextual information, segments |
| Publishers | Reporting and yield management | Aggregated or pseudonymous delivery data |
| Identity partners | Cookie and identifier syncing | Cookie identifiers |
| Cloud hosting providers | Hosting and storage | All Platform data |
| Fraud-detection vendors | Invalid traffic filtering | IP address, user agent, page URL |

We may also disclose information if required by law, to protect the rights and safety of Halyard or others, or in connection with a merger, acquisition or sale of assets.

## 4. Your Choices

### Opting out of interest-based advertising

You may opt out of the use of your browser's Halyard cookie for interest-based advertising on this page. Your opt-out is stored in a cookie, so it applies only to the browser you are using, and it will be lost if you delete your cookies.

Halyard is a member of the Network Advertising Initiative (NAI) and adheres to the Digital Advertising Alliance (DAA) Self-Regulatory Principles. You can also opt out through the [NAI opt-out tool](https://optout.networkadvertising.org/) and the [DAA WebChoices tool](https://optout.aboutads.info/).

### Mobile devices

To limit ad tracking on a mobile device, use the settings of your device: "Allow Apps to Request to Track" on iOS, or "Delete advertising ID" on Android.

### Global Privacy Control

We honor the Global Privacy Control signal as a request to opt out of sales and sharing for the browser that sends it.

## 5. US State Privacy Rights

Depending on where you live, including California, Colorado, Connecticut, Virginia and Utah, you may have the right to know what personal information we hold about you, to request that we delete it, to correct it, and to opt out of the "sale" or "sharing" of personal information and of targeted advertising. Because we generally hold only pseudonymous identifiers, we may need the identifier of your browser or device to respond to your request.

To exercise these rights, use our [Do Not Sell or Share My Personal Information](/do-not-sell/) form or email privacy@halyardexchange.com. We will not discriminate against you for exercising your rights. You may use an authorized agent to make a request on your behalf.

## 6. Data Retention

We keep log-level Platform data for no longer than 13 months from the date of collection, after which it is deleted or aggregated so that it no longer identifies a browser or device. Cookies that we set expire 12 months after your last interaction with the Platform.

## 7. Children

The Platform is not directed to children under 16, and we do not knowingly serve interest-based ads to children. Publishers must tell us when their properties are directed to children, and we then disable interest-based advertising on those properties.

## 8. Security

We use administrative, technical and physical safeguards designed to protect information, including encryption in transit, access controls and regular security reviews. No system is perfectly secure, however.

## 9. International Transfers

Halyard is based in the United States and processes information in the United States and other countries. Where we transfer personal data from the European Economic Area, the United Kingdom or Switzerland, we rely on the Standard Contractual Clauses or the EU-US Data Privacy Framework.

## 10. Changes to This Policy

We may update this Privacy Policy from time to time. When we do, we will change the date at the top of the policy and, for material changes, post a notice on the Site.

## 11. Contact Us

If you have questions about this Privacy Policy, contact our privacy team at privacy@halyardexchange.com or write to:

@ Halyard Exchange, Inc.
@ Attn: Privacy Officer
@ 450 Seventh Avenue, Suite 1802
@ New York, NY 10123
@ United States"""

EDITS = [
    {"note": "sentence added: GPC opt-out also applied to mobile advertising identifiers",
     "repl": [("signal as a request to opt out of sales and sharing for the browser that sends it.",
               "signal as a request to opt out of sales and sharing for the browser that sends it. Where we "
               "receive a GPC signal together with a mobile advertising identifier, we also apply the opt-out "
               "to that identifier.")]},
    {"note": "processor added to the recipients table (measurement partners)",
     "repl": [("| Fraud-detection vendors | Invalid traffic filtering | IP address, user agent, page URL |",
               "| Fraud-detection vendors | Invalid traffic filtering | IP address, user agent, page URL |\n"
               "| Measurement and verification partners | Viewability and attention measurement | Ad, page and "
               "device information |")]},
    {"note": "retention period cut from 13 to 90 days for log-level data",
     "repl": [("no longer than 13 months from the date of collection", "no longer than 90 days from the date "
               "of collection")]},
    {"note": "office moved (address changed)",
     "repl": [("@ 450 Seventh Avenue, Suite 1802\n@ New York, NY 10123",
               "@ 1 World Trade Center, Suite 8500\n@ New York, NY 10007")]},
    {"note": "word 'generally' dropped (no date bump)",
     "bump": False,
     "repl": [("Because we generally hold only pseudonymous identifiers", "Because we hold only pseudonymous "
               "identifiers")]},
    {"note": "new section: Sensitive information (health-related segments refused)",
     "repl": [("## 7. Children", "## 7. Sensitive Information\n\nWe do not permit Publishers, Buyers or data "
               "providers to use the Platform to target ads based on precise geolocation, health conditions, "
               "sexual orientation, religion or other sensitive categories of information, and we reject bid "
               "requests that carry such segments.\n\n## 8. Children"),
              ("## 8. Security", "## 9. Security"),
              ("## 9. International Transfers", "## 10. International Transfers"),
              ("## 10. Changes to This Policy", "## 11. Changes to This Policy"),
              ("## 11. Contact Us", "## 12. Contact Us")]},
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


# Elementor / Elementor Pro / Hello theme / WP versions over time (site upgrades)
STACKS = [
    (dt.datetime(2000, 1, 1), "6.3.2", "3.15.3", "3.15.1", "2.8.1", "21.1"),
    (dt.datetime(2023, 11, 20), "6.4.1", "3.17.3", "3.17.1", "2.9.0", "21.6"),
    (dt.datetime(2024, 4, 15), "6.5.2", "3.21.1", "3.21.0", "3.0.1", "22.5"),
    (dt.datetime(2024, 10, 2), "6.6.2", "3.24.4", "3.24.2", "3.1.1", "23.5"),
]

WEBINARS = [
    ("Live webinar", "CTV supply paths in 2024: what buyers really see", "/webinars/ctv-supply-paths/"),
    ("On demand", "Curation without cookies: a publisher playbook", "/webinars/curation-playbook/"),
    ("Report", "The State of Programmatic Supply, H1", "/resources/state-of-supply/"),
    ("Event", "Meet us at Cannes Lions, booth 14", "/events/cannes/"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    stack = [s for s in STACKS if when >= s[0]][-1][1:]
    base = dt.datetime(2023, 6, 1)
    days = (when - base).days
    return {
        "stack": stack,
        "post_css": C.keep_or(rng, prev.get("post_css"), 0.35, lambda: str(1690000000 + rng.randint(0, 50000000))),
        "bidreq": "%d" % (118 + days // 9 + rng.randint(0, 2)),
        "webinar": C.keep_or(rng, prev.get("webinar"), 0.3, lambda: rng.randrange(len(WEBINARS))),
        "nonce": C.hexs(rng, 10),
        "optout_uid": C.uuid4(rng),
        "cf_beacon": C.hexs(rng, 32),
    }


LABELS = {"stack": "WordPress/Elementor versions", "post_css": "Elementor post CSS version",
          "bidreq": "header 'bid requests per day' stat", "webinar": "webinar bar", "nonce": "wp nonce",
          "optout_uid": "opt-out widget cookie id (inside policy)", "cf_beacon": "Cloudflare beacon token"}


def optout_widget(st):
    uid = st["optout_uid"]
    return ('<div id="hx-optout" class="hx-optout-widget" data-uid="%s">'
            '<p class="hx-optout-status"><strong>Your browser&#8217;s Halyard ID:</strong> <code>%s</code></p>'
            '<p class="hx-optout-state">Status: <span class="hx-state hx-state--active">Not opted out</span>. '
            'Interest-based advertising is active for this browser.</p>'
            '<form method="post" action="https://sync.halyardexchange.com/optout" class="hx-optout-form">'
            '<input type="hidden" name="_wpnonce" value="%s" />'
            '<input type="hidden" name="_wp_http_referer" value="/privacy-policy/" />'
            '<input type="hidden" name="uid" value="%s" />'
            '<button type="submit" class="elementor-button elementor-size-sm">Opt out of Halyard</button>'
            '</form></div>' % (uid, uid, st["nonce"], uid))


def render(st, blocks, when):
    wp, el, elpro, hello, yoast = st["stack"]
    h1 = blocks[0]
    body = blocks[1:]
    html_body = []
    for k, b in enumerate(body):
        html_body.append(C.block_html(b))
        # the opt-out shortcode sits right after the first paragraph under "Opting out ..."
        if k > 0 and body[k - 1] == ("h3", "Opting out of interest-based advertising"):
            html_body.append(optout_widget(st))
    text_html = "\n".join(html_body)
    wb = WEBINARS[st["webinar"]]
    page = """<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v{yoast} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Privacy Policy - Halyard Exchange</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Privacy Policy - Halyard Exchange" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Halyard Exchange" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"{url}","url":"{url}","name":"Privacy Policy - Halyard Exchange","isPartOf":{{"@id":"https://www.halyardexchange.com/#website"}},"inLanguage":"en-US"}}]}}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//js.hs-scripts.com' />
<link rel="alternate" type="application/rss+xml" title="Halyard Exchange &raquo; Feed" href="https://www.halyardexchange.com/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.halyardexchange.com/wp-includes/css/dist/block-library/style.min.css?ver={wp}' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='https://www.halyardexchange.com/wp-content/themes/hello-elementor/style.min.css?ver={hello}' media='all' />
<link rel='stylesheet' id='hello-elementor-theme-style-css' href='https://www.halyardexchange.com/wp-content/themes/hello-elementor/theme.min.css?ver={hello}' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.halyardexchange.com/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver={el}' media='all' />
<link rel='stylesheet' id='elementor-post-6-css' href='https://www.halyardexchange.com/wp-content/uploads/elementor/css/post-6.css?ver={post_css}' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='https://www.halyardexchange.com/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver={elpro}' media='all' />
<link rel='stylesheet' id='elementor-post-3-css' href='https://www.halyardexchange.com/wp-content/uploads/elementor/css/post-3.css?ver={post_css}' media='all' />
<link rel='stylesheet' id='elementor-post-42-css' href='https://www.halyardexchange.com/wp-content/uploads/elementor/css/post-42.css?ver={post_css}' media='all' />
<link rel='stylesheet' id='elementor-post-57-css' href='https://www.halyardexchange.com/wp-content/uploads/elementor/css/post-57.css?ver={post_css}' media='all' />
<link rel='stylesheet' id='google-fonts-1-css' href='https://fonts.googleapis.com/css?family=Inter%3A100%2C200%2C300%2C400%2C500%2C600%2C700%2C800%2C900&#038;display=swap&#038;ver={wp}' media='all' />
<script src="https://www.halyardexchange.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://www.halyardexchange.com/wp-json/" /><link rel="alternate" type="application/json" href="https://www.halyardexchange.com/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress {wp}" />
<link rel='shortlink' href='https://www.halyardexchange.com/?p=3' />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-K7QH2XM');</script>
<!-- End Google Tag Manager -->
<meta name="generator" content="Elementor {el}; features: e_dom_optimization, e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="https://www.halyardexchange.com/wp-content/uploads/2022/03/cropped-halyard-favicon-32x32.png" sizes="32x32" />
</head>
<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-3">

<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QH2XM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->

<a class="skip-link screen-reader-text" href="#content">Skip to content</a>

		<div data-elementor-type="header" data-elementor-id="42" class="elementor elementor-42 elementor-location-header" data-elementor-post-type="elementor_library">
					<div class="elementor-section elementor-top-section elementor-element elementor-element-2b1c0e4 elementor-section-full_width hx-topbar elementor-section-height-default" data-id="2b1c0e4" data-element_type="section">
						<div class="elementor-container elementor-column-gap-no">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7d3f2a1" data-id="7d3f2a1" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-c41e9b2 elementor-widget elementor-widget-text-editor" data-id="c41e9b2" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
			<style>/*! elementor - v{el} - {elbuild} */
.elementor-widget-text-editor.elementor-drop-cap-view-stacked .elementor-drop-cap{{background-color:#69727d;color:#fff}}</style>				<p><span class="hx-pill">{wb0}</span> {wb1} <a href="{wb2}">Save your seat &rarr;</a></p>						</div>
				</div>
					</div>
		</div>
							</div>
		</div>
				<div class="elementor-section elementor-top-section elementor-element elementor-element-4a9d1f0 elementor-section-boxed elementor-section-height-default" data-id="4a9d1f0" data-element_type="section" data-settings="{{&quot;sticky&quot;:&quot;top&quot;,&quot;sticky_on&quot;:[&quot;desktop&quot;,&quot;tablet&quot;,&quot;mobile&quot;],&quot;sticky_offset&quot;:0,&quot;sticky_effects_offset&quot;:0}}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-18e2c5b" data-id="18e2c5b" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-5fa7b03 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="5fa7b03" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
									<a href="https://www.halyardexchange.com">
			<img width="180" height="40" src="https://www.halyardexchange.com/wp-content/uploads/2022/03/halyard-logo.svg" class="attachment-full size-full wp-image-12" alt="Halyard Exchange" />				</a>
									</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-0c7e6a2" data-id="0c7e6a2" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-a93b1d7 elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger elementor-widget elementor-widget-nav-menu" data-id="a93b1d7" data-element_type="widget" data-settings="{{&quot;layout&quot;:&quot;horizontal&quot;,&quot;submenu_icon&quot;:{{&quot;value&quot;:&quot;&lt;i class=\\&quot;fas fa-caret-down\\&quot;&gt;&lt;\\/i&gt;&quot;,&quot;library&quot;:&quot;fa-solid&quot;}},&quot;toggle&quot;:&quot;burger&quot;}}" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
						<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-a93b1d7" class="elementor-nav-menu"><li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-101"><a href="https://www.halyardexchange.com/publishers/" class="elementor-item">Publishers</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-102"><a href="https://www.halyardexchange.com/buyers/" class="elementor-item">Buyers</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-103"><a href="https://www.halyardexchange.com/ctv/" class="elementor-item">CTV</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-104"><a href="https://www.halyardexchange.com/curation/" class="elementor-item">Curation</a></li>
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-105"><a href="https://www.halyardexchange.com/resources/" class="elementor-item">Resources</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-106"><a href="https://www.halyardexchange.com/company/" class="elementor-item">Company</a></li>
</ul>			</nav>
					<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
			<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span>
		</div>
				</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-e6b02d9" data-id="e6b02d9" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-77f0a3c elementor-widget elementor-widget-heading" data-id="77f0a3c" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<style>/*! elementor - v{el} - {elbuild} */
.elementor-heading-title{{padding:0;margin:0;line-height:1}}</style><span class="elementor-heading-title elementor-size-default hx-stat"><span class="hx-stat__num">{bidreq}B+</span> bid requests a day</span>		</div>
				</div>
				<div class="elementor-element elementor-element-0b4d8e1 elementor-widget elementor-widget-button" data-id="0b4d8e1" data-element_type="widget" data-widget_type="button.default">
				<div class="elementor-widget-container">
					<div class="elementor-button-wrapper">
			<a class="elementor-button elementor-button-link elementor-size-sm" href="https://www.halyardexchange.com/contact/">
						<span class="elementor-button-content-wrapper">
									<span class="elementor-button-text">Talk to sales</span>
					</span>
					</a>
		</div>
				</div>
				</div>
					</div>
		</div>
							</div>
		</div>
				</div>

<main id="content" class="site-main post-3 page type-page status-publish hentry">

	<div class="page-content">
				<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3" data-elementor-post-type="page">
						<section class="elementor-section elementor-top-section elementor-element elementor-element-3f9c2d1 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="3f9c2d1" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-8be1a07" data-id="8be1a07" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-1d2e9c4 elementor-widget elementor-widget-heading" data-id="1d2e9c4" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default">{h1}</h1>		</div>
				</div>
				<div class="elementor-element elementor-element-6c0a8f3 elementor-widget elementor-widget-spacer" data-id="6c0a8f3" data-element_type="widget" data-widget_type="spacer.default">
				<div class="elementor-widget-container">
					<div class="elementor-spacer">
			<div class="elementor-spacer-inner"></div>
		</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-9f41b7e elementor-widget elementor-widget-text-editor" data-id="9f41b7e" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							{text}
						</div>
				</div>
					</div>
		</div>
							</div>
		</section>
				</div>
				<div class="post-tags">
					</div>
			</div>

	
</main>

			<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-61b0d2c elementor-section-boxed elementor-section-height-default" data-id="61b0d2c" data-element_type="section" data-settings="{{&quot;background_background&quot;:&quot;classic&quot;}}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-f20a9b3" data-id="f20a9b3" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-2e7c1aa elementor-widget elementor-widget-text-editor" data-id="2e7c1aa" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>&copy; {year} Halyard Exchange, Inc. All rights reserved.</p>						</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-c7d8e90" data-id="c7d8e90" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-0ad3f6e elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="0ad3f6e" data-element_type="widget" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
						<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
				<ul id="menu-1-0ad3f6e" class="elementor-nav-menu"><li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-privacy-policy current-menu-item page_item page-item-3 current_page_item menu-item-201"><a rel="privacy-policy" href="{url}" aria-current="page" class="elementor-item elementor-item-active">Privacy Policy</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-202"><a href="https://www.halyardexchange.com/cookie-notice/" class="elementor-item">Cookie Notice</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-203"><a href="https://www.halyardexchange.com/do-not-sell/" class="elementor-item">Do Not Sell or Share My Personal Information</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-204"><a href="https://www.halyardexchange.com/ads-txt/" class="elementor-item">sellers.json &amp; ads.txt</a></li>
</ul>			</nav>
				</div>
				</div>
					</div>
		</div>
							</div>
		</section>
				</div>
		
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"Share on Facebook","close":"Close"}},"is_rtl":false,"breakpoints":{{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600}},"version":"{el}","is_static":false,"experimentalFeatures":{{"e_dom_optimization":true,"e_optimized_assets_loading":true,"additional_custom_breakpoints":true}},"urls":{{"assets":"https:\\/\\/www.halyardexchange.com\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"swiperClass":"swiper-container","settings":{{"page":[],"editorPreferences":[]}},"kit":{{"active_breakpoints":["viewport_mobile","viewport_tablet"],"global_image_lightbox":"yes"}},"post":{{"id":3,"title":"Privacy%20Policy%20-%20Halyard%20Exchange","excerpt":"","featuredImage":false}}}};
</script>
<script src="https://www.halyardexchange.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={el}" id="elementor-frontend-js"></script>
<script src="https://www.halyardexchange.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver={elpro}" id="elementor-pro-frontend-js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/21904417.js"></script>
<script defer src="https://static.cloudflareinsights.com/beacon.min.js/v84a3a4012de94ce1a686ba8c167c359c1696973893317" integrity="sha512-euoFGowhlaLqXsPWQ48qSkBSCFs3DPRyiwVu3FjR96cMPx+Fr+gpWRhIafcHwqwCqWS42RZhIudOvEI+Ei7Xcw==" data-cf-beacon='{{"rayId":"{ray}","version":"2024.3.0","token":"{cfb}"}}' crossorigin="anonymous"></script>
</body>
</html>
"""
    return page.format(url=URL, wp=wp, el=el, elpro=elpro, hello=hello, yoast=yoast,
                       elbuild={"3.15.3": "31-08-2023", "3.17.3": "08-11-2023", "3.21.1": "10-04-2024",
                                "3.24.4": "01-10-2024"}[el],
                       post_css=st["post_css"], wb0=wb[0], wb1=html.escape(wb[1]), wb2=wb[2], bidreq=st["bidreq"],
                       h1=C.inline_html(h1[1]), text=text_html, year=when.year,
                       ray=st["cf_beacon"][:16], cfb=st["cf_beacon"])


PAGE = {
    "service": "Halyard Exchange",
    "url": URL,
    "lang": "en-US",
    "platform": "WordPress 6 + Elementor Pro (Hello Elementor), Yoast, Cloudflare",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "cloudflare"), ("Vary", "Accept-Encoding"), ("Link", '<https://www.halyardexchange.com/wp-json/>; rel="https://api.w.org/"')),
    "n": 31,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 3, 20),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "div[data-elementor-type=\"wp-page\"]", "remove": "#hx-optout"},
}
