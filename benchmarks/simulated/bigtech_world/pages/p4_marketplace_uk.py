"""Bazaaro (marketplace) - en-GB privacy notice in the help centre (www.bazaaro.co.uk/gp/help/customer/display.html
?nodeId=...) - server-rendered help page inside the store chrome: nav belt with sign-in and basket, "Deliver to"
pill, seasonal promo strip, help-topic tree with ref_ parameters, per-request ue_id/session ids, sponsored
product strip with pd_rd per-visit parameters, "Was this information helpful?" inside the content column (removed
by the curator), print link. Ordinary noise."""
import datetime as dt
import html
import common as C

URL = "https://www.bazaaro.co.uk/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Bazaaro.co.uk Privacy Notice

Last updated: {UPDATED}. To see prior version, click [here](/gp/help/customer/display.html?nodeId=TVW3Q8VZ9GHDRPWN).

We know that you care how information about you is used and shared, and we appreciate your trust that we will do so carefully and sensibly. This Privacy Notice describes how Bazaaro.co.uk and its affiliates, including Bazaaro EU S.à r.l. and Bazaaro UK Services Ltd. (together “Bazaaro”), collect and process your personal information through Bazaaro websites, devices, products, services, online and physical stores, and applications that reference this Privacy Notice (together “Bazaaro Services”). By using Bazaaro Services you agree to our use of your personal information (including sensitive personal information) in accordance with this Privacy Notice, as we may amend it from time to time.

## Who is the controller for any personal information we collect?

Bazaaro UK Services Ltd., 1 Principal Place, Worship Street, London EC2A 2FA, United Kingdom, is the data controller for personal information collected and processed through Bazaaro.co.uk. Where Bazaaro EU S.à r.l. provides Bazaaro Services to you, for example the Bazaaro Marketplace for sellers in the European Union, it is also a controller of your personal information.

## What personal information about customers does Bazaaro collect?

We collect your personal information in order to provide and continually improve our products and services.

Here are the types of personal information we collect:

- **Information you give us:** We receive and store any information you provide in relation to Bazaaro Services. You can choose not to provide certain information, but then you might not be able to take advantage of many of our Bazaaro Services.
- **Automatic information:** We automatically collect and store certain types of information about your use of Bazaaro Services, including information about your interaction with content and services available through Bazaaro Services. Like many websites, we use cookies and other unique identifiers, and we obtain certain types of information when your web browser or device accesses Bazaaro Services and other content served by or on behalf of Bazaaro on other websites.
- **Information from other sources:** We might receive information about you from other sources, such as updated delivery and address information from our carriers, which we use to correct our records and deliver your next purchase more easily.

## For what purposes does Bazaaro use your personal information?

We use your personal information to operate, provide, develop and improve the products and services that we offer our customers. These purposes include:

- **Purchase and delivery of products and services.** We use your personal information to take and handle orders, deliver products and services, process payments and communicate with you about orders, products and services, and promotional offers.
- **Provide, troubleshoot and improve Bazaaro Services.** We use your personal information to provide functionality, analyse performance, fix errors and improve the usability and effectiveness of Bazaaro Services.
- **Recommendations and personalisation.** We use your personal information to recommend features, products and services that might be of interest to you, identify your preferences and personalise your experience with Bazaaro Services.
- **Provide voice, image and camera services.** When you use our voice, image and camera services, we use your voice input, images, videos and other personal information to respond to your requests, provide the requested service to you and improve our services.
- **Comply with legal obligations.** In certain cases, we have a legal obligation to collect, use or retain your personal information. For instance, we collect bank account information from Marketplace sellers for identity verification and other purposes.
- **Communicate with you.** We use your personal information to communicate with you in relation to Bazaaro Services via different channels (e.g., by phone, e-mail, chat).
- **Advertising.** We use your personal information to display interest-based ads for features, products and services that might be of interest to you. We do not use information that personally identifies you to display interest-based ads.
- **Fraud prevention and credit risks.** We process personal information to prevent and detect fraud and abuse in order to protect the security of our customers, Bazaaro and others. We may also use scoring methods to assess and manage credit risks.

## What are the legal grounds for processing your personal information?

Under UK data protection law, we process your personal information only where we have a legal basis to do so. We process your personal information for the performance of our contract with you, to comply with our legal obligations, for our legitimate interests in operating and improving Bazaaro Services, preventing fraud and protecting our customers, and, where required, on the basis of your consent, which you may withdraw at any time.

## What about cookies and other identifiers?

To enable our systems to recognise your browser or device and to provide and improve Bazaaro Services, we use cookies and other identifiers. For more information about cookies and how we use them, please read our [Cookies Notice](/gp/help/customer/display.html?nodeId=201890250).

## Does Bazaaro share your personal information?

Information about our customers is an important part of our business and we are not in the business of selling our customers’ personal information to others. We share customers’ personal information only as described below and with subsidiaries that Bazaaro.co.uk controls that either are subject to this Privacy Notice or follow practices at least as protective as those described in this Privacy Notice.

- **Transactions involving third parties:** We make available to you services, products, applications or skills provided by third parties for use on or through Bazaaro Services. For example, you can order products from third parties through our stores, download applications or skills from third-party application providers from our App Store, and enable third-party skills through our Nova services.
- **Third-party service providers:** We employ other companies and individuals to perform functions on our behalf. Examples include fulfilling orders for products or services, delivering packages, sending post and e-mail, removing repetitive information from customer lists, analysing data, providing marketing assistance, providing search results and links, processing payments, transmitting content, scoring, assessing and managing credit risk, and providing customer service.
- **Business transfers:** As we continue to develop our business, we might sell or buy other businesses or services. In such transactions, customer information generally is one of the transferred business assets.
- **Protection of Bazaaro and others:** We release account and other personal information when we believe release is appropriate to comply with the law; enforce or apply our Conditions of Use and other agreements; or protect the rights, property or safety of Bazaaro, our users or others.

Other than as set out above, you will receive notice when personal information about you might be shared with third parties, and you will have an opportunity to choose not to share the information.

## International transfers of personal information

Whenever we transfer personal information to countries outside of the United Kingdom that do not benefit from adequacy regulations, we ensure that the information is transferred in accordance with this Privacy Notice and as permitted by the applicable laws on data protection, for example by relying on the International Data Transfer Agreement or the UK Addendum to the EU Standard Contractual Clauses.

## How secure is information about me?

We design our systems with your security and privacy in mind.

- We work to protect the security of your personal information during transmission by using encryption protocols and software.
- We follow the Payment Card Industry Data Security Standard (PCI DSS) when handling credit card data.
- We maintain physical, electronic and procedural safeguards in connection with the collection, storage, processing and disclosure of personal customer information.
- Our devices offer security features to protect them against unauthorised access and loss of data. You can control these features and configure them based on your needs.
- It is important for you to protect against unauthorised access to your password and to your computers, devices and applications. We recommend using a unique password for your Bazaaro account that is not used for other online accounts. Be sure to sign off when finished using a shared computer.

## What about advertising?

- **Third-party advertisers and links to other websites:** Bazaaro Services may include third-party advertising and links to other websites and apps. Third-party advertising partners may collect information about you when you interact with their content, advertising, and services.
- **Use of third-party advertising services:** We provide ad companies with information that allows them to serve you with more useful and relevant Bazaaro ads and to measure their effectiveness. We never share your name or other information that directly identifies you when we do this.

## What information can I access?

You can access your information, including your name, address, payment options, profile information, Prime membership, household settings and purchase history in the “Your Account” section of the website. You can also view the files stored in your Bazaaro Drive account and manage your photos there.

## What choices do I have?

If you have any questions as to how we collect and use your personal information, please contact our [Customer Service](/gp/help/customer/contact-us). Many of our Bazaaro Services also include settings that provide you with options as to how your information is being used.

- As described above, you can choose not to provide certain information, but then you might not be able to take advantage of many of the Bazaaro Services.
- If you do not want to receive e-mail or other communications from us, please adjust your [Customer Communication Preferences](/gp/gss/manage).
- If you do not want to see interest-based ads, please adjust your [Advertising Preferences](/adprefs).
- The Help feature on most browsers and devices will tell you how to prevent your browser or device from accepting new cookies or other identifiers.

## Are children allowed to use Bazaaro Services?

Bazaaro does not sell products for purchase by children. We sell children’s products for purchase by adults. If you are under 18, you may use Bazaaro Services only with the involvement of a parent or guardian. We do not knowingly collect personal information from children under the age of 13 without the consent of the child’s parent or guardian.

## How long do we keep your personal information?

We keep your personal information to enable your continued use of Bazaaro Services, for as long as it is required in order to fulfil the relevant purposes described in this Privacy Notice, as may be required by law such as for tax and accounting purposes, or as otherwise communicated to you. For example, we retain your transaction history so that you can review past purchases and reorder products.

## What are my rights?

Subject to applicable law, you have the right to access, rectify and erase your personal information, to restrict or object to its processing, and to receive a copy of the information you provided to us in a portable format. You can exercise these rights by contacting [Customer Service](/gp/help/customer/contact-us) or by using the [Request My Data](/gp/privacycentral/dsar/preview.html) page. You also have the right to lodge a complaint with the Information Commissioner’s Office ([ico.org.uk](https://ico.org.uk)).

## Contacts, notices and revisions

If you have any concern about privacy at Bazaaro, please contact our Data Protection Officer at dpo-uk@bazaaro.co.uk with a thorough description, and we will try to resolve the issue for you. Our business changes constantly, and our Privacy Notice will change also. You should check our websites frequently to see recent changes.

## Examples of information collected

### Information you give us when you use Bazaaro Services

- identifying information such as your name, address and phone numbers;
- payment information;
- your age;
- your location information;
- your IP address;
- people, addresses and phone numbers listed in your Addresses;
- e-mail addresses of your friends and other people;
- content of reviews and e-mails to us;
- personal description and photograph in Your Profile;
- voice recordings when you speak to Nova;
- images and videos collected or stored in connection with Bazaaro Services;
- information and documents regarding identity, including Social Security and driving licence numbers;
- corporate and financial information;
- credit history information.

### Automatic information

- the IP address used to connect your computer to the internet;
- login, e-mail address and password;
- the location of your device or computer;
- content interaction information, such as content downloads, streams and playback details, including duration and number of simultaneous streams and downloads;
- device metrics such as when a device is in use, application usage, connectivity data and any errors or event failures;
- purchase and content use history;
- the full Uniform Resource Locators (URL) clickstream to, through and from our websites, including date and time; products and content you viewed or searched for; page response times, download errors, length of visits to certain pages, and page interaction information.
"""

EDITS = [
    {"note": "Bazaaro Drive mention removed from 'What information can I access?' (service closed); date not bumped", "bump": False,
     "repl": [(" You can also view the files stored in your Bazaaro Drive account and manage your photos there.", "")]},
    {"note": "retention: concrete periods added (customer-service contacts 3 years, transaction records 10 years for tax)",
     "repl": [("For example, we retain your transaction history so that you can review past purchases and reorder products.",
               "For example, we retain your transaction history so that you can review past purchases and reorder products. We keep records of your contacts with Customer Service for 3 years after the contact, and we keep invoices and transaction records for 10 years as required by tax law. If you close your account, we delete or anonymise your personal information within 90 days, unless we are required to keep it for longer.")]},
    {"note": "transfers: UK Extension to the EU-U.S. Data Privacy Framework added",
     "repl": [("for example by relying on the International Data Transfer Agreement or the UK Addendum to the EU Standard Contractual Clauses.",
               "for example by relying on the International Data Transfer Agreement or the UK Addendum to the EU Standard Contractual Clauses. Bazaaro.com Services LLC and its U.S. affiliates participate in the UK Extension to the EU-U.S. Data Privacy Framework; for transfers to them we rely on the UK-U.S. data bridge established under that Framework.")]},
    {"note": "new purpose: generative AI shopping assistant 'Ask Bazaaro' (questions and conversations used to answer and improve)",
     "repl": [("- **Comply with legal obligations.** In certain cases,",
               "- **Provide our AI shopping assistant.** When you use Ask Bazaaro, our generative AI shopping assistant, we use your questions, your conversation history and your shopping activity to answer your questions, make product suggestions and improve the assistant. You can view and delete your conversation history at any time.\n- **Comply with legal obligations.** In certain cases,")]},
    {"note": "children section rewritten: under-13 accounts via Bazaaro Household teen logins; parental approval of purchases",
     "repl": [("If you are under 18, you may use Bazaaro Services only with the involvement of a parent or guardian. We do not knowingly collect personal information from children under the age of 13 without the consent of the child’s parent or guardian.",
               "If you are under 18, you may use Bazaaro Services only with the involvement of a parent or guardian. Teens aged 13 to 17 can use a teen login as part of a Bazaaro Household, in which a parent or guardian approves each purchase and can see the teen’s order history. We do not knowingly collect personal information from children under the age of 13 without the consent of the child’s parent or guardian.")]},
]

TREE = [("Security and Privacy", [("Bazaaro.co.uk Privacy Notice", "GX7NJQ4ZB8MHFRNJ"), ("Cookies Notice", "201890250"),
                                 ("Interest-Based Ads", "201909150"), ("Identifying Whether an E-mail is from Bazaaro", "15835501"),
                                 ("Reporting Phishing or Suspicious E-mails", "201909140")]),
        ("Legal Policies", [("Conditions of Use & Sale", "201909000"), ("Intellectual Property Violations", "201909020"),
                            ("Bazaaro Device Terms of Use", "202002080")])]
PROMOS = [("Prime Day: 2 days of deals", "/primeday"), ("Black Friday Week: up to 40% off", "/blackfriday"),
          ("Spring Deal Days", "/springdeals"), ("Back to School essentials", "/b?node=27392004031"),
          ("Christmas gift ideas", "/giftideas")]
PRODUCTS = [("Bazaaro Nova Dot (5th generation)", "B09B8X9RGM"), ("Kindling Paperwhite 16 GB", "B0CFPJYX7P"),
            ("Fire TV Stick 4K", "B0CJKTWTWF"), ("Bazaaro Basics USB-C cable", "B085CXHPKY"), ("Ring Video Doorbell", "B0BKPFJ7LW"),
            ("Bazaaro Essentials men's T-shirt", "B07F2K3HCJ"), ("Echo Show 8", "B0BLS3Y632"), ("Bazaaro Basics AA batteries, 48 pack", "B00O869QUC")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = (C.alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "%03d-%07d-%07d" % (rng.randint(250, 262), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                    C.uuid4(rng))
    s["promo"] = PROMOS[{7: 0, 10: 0, 11: 1, 3: 2, 4: 2, 8: 3, 9: 3, 12: 4}.get(when.month, 4 if when.month in (1, 2) else 3)]
    s["sponsored"] = C.keep_or(rng, prev.get("sponsored"), 0.7, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["deliver"] = C.keep_or(rng, prev.get("deliver"), 0.25, lambda: rng.choice(["United Kingdom", "Dublin 2", "Luxembourg", "Frankfurt 60306"]))
    s["nav_build"] = C.keep_or(rng, prev.get("nav_build"), 0.35, lambda: (C.alnum(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(2, 9)))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.3, lambda: rng.random() < 0.8)
    return s


LABELS = {
    "request": "per-request ids (ue_id, session-id, csm request id)",
    "promo": "seasonal promo strip in the nav belt",
    "sponsored": "sponsored products strip (pd_rd_w/pd_rd_r per-visit parameters)",
    "deliver": "'Deliver to' location pill (geo-IP of the crawler)",
    "nav_build": "nav/asset build fingerprints and ref_ version",
    "cookie": "cookie preferences banner shown or not",
}


def render(s, blocks, when):
    ueid, sess, rid = s["request"]
    nb, nv = s["nav_build"]
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:])
    tree = "".join('<li class="help-topics__group"><span class="a-text-bold">%s</span><ul>%s</ul></li>' % (
        g, "".join('<li%s><a href="/gp/help/customer/display.html?nodeId=%s&amp;ref_=hp_left_v%d_sib">%s</a></li>' % (
            ' class="selected"' if nid == "GX7NJQ4ZB8MHFRNJ" else "", nid, nv, t) for t, nid in items)) for g, items in TREE)
    spons = "".join('<li class="a-carousel-card"><a class="a-link-normal" href="/dp/%s/ref=sspa_dk_hqp_detail_aax_%d?pd_rd_w=%s&amp;pd_rd_r=%s&amp;psc=1&amp;sp_csd=d2lkZ2V0TmFtZT1zcF9ocXA">%s</a>'
                    '<span class="a-color-secondary">Sponsored</span></li>' % (PRODUCTS[k][1], n, C.det_sha(ueid, k)[:5], rid, html.escape(PRODUCTS[k][0]))
                    for n, k in enumerate(s["sponsored"]))
    cookie = ""
    if s["cookie"]:
        cookie = ('<div id="sp-cc" class="sp-cc-mobile"><div class="sp-cc-content"><h2>Select your cookie preferences</h2>'
                  '<p>We use cookies and similar tools that are necessary to enable you to make purchases, to enhance your shopping experiences and to provide our services, as detailed in our '
                  '<a href="/gp/help/customer/display.html?nodeId=201890250">Cookie notice</a>.</p><form id="sp-cc-form" method="post" action="/privacyprefs/retail/v1/acceptall">'
                  '<input type="hidden" name="session-id" value="%s"><span class="a-button"><input id="sp-cc-accept" type="submit" value="Accept"></span>'
                  '<span class="a-button"><input id="sp-cc-rejectall-link" type="submit" value="Decline"></span></form><a href="/cookieprefs?ref_=portal_banner_all">Customise cookies</a></div></div>' % sess)
    promo_t, promo_u = s["promo"]
    return ('<!doctype html><html lang="en-gb" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8"><title>Bazaaro.co.uk Help: Bazaaro.co.uk Privacy Notice</title>'
            '<link rel="stylesheet" href="https://m.media-bazaaro.com/images/I/11EIQ5IGqaL._RC|01ZTHTZObnL.css,41%sL.css_.css?AUIClients/BazaaroUI#uk">'
            '<script>var ue_t0=ue_t0||+new Date();window.ue_ihb=(window.ue_ihb||window.ueinit||0)+1;var ue_id="%s",ue_sid="%s",ue_mid="A1F83G8C2ARO7P",ue_sn="www.bazaaro.co.uk",ue_furl="fls-eu.bazaaro.co.uk",ue_pti="%s";</script></head>\n'
            '<body class="a-m-gb a-aui_72554-c a-meter-animate">\n'
            '<header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-gb"><div id="nav-belt"><div class="nav-left"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link nav-progressive-attribute" aria-label="Bazaaro.co.uk"><span class="nav-sprite nav-logo-base"></span><span class="nav-logo-locale">.co.uk</span></a>'
            '<div id="nav-global-location-slot"><a id="nav-global-location-popover-link" href="#"><span class="nav-line-1">Deliver to</span><span class="nav-line-2" id="glow-ingress-line2">%s</span></a></div></div>'
            '<div class="nav-fill"><form id="nav-search-bar-form" action="/s/ref=nb_sb_noss" role="search"><select id="searchDropdownBox" name="url"><option value="search-alias=aps">All Departments</option><option value="search-alias=stripbooks">Books</option><option value="search-alias=electronics">Electronics</option></select>'
            '<input type="text" id="twotabsearchtextbox" name="field-keywords" placeholder="Search Bazaaro.co.uk"><input type="submit" value="Go"></form></div>'
            '<div class="nav-right"><a href="/customer-preferences/edit?ie=UTF8&amp;preferencesReturnUrl=%%2Fgp%%2Fhelp&amp;ref_=topnav_lang" class="nav-a"><span class="icp-nav-flag icp-nav-flag-gb"></span>EN</a>'
            '<a href="/ap/signin?openid.return_to=https%%3A%%2F%%2Fwww.bazaaro.co.uk%%2Fgp%%2Fhelp%%2Fcustomer%%2Fdisplay.html&amp;openid.assoc_handle=gbflex&amp;ref_=nav_signin" id="nav-link-accountList" class="nav-a"><span class="nav-line-1">Hello, sign in</span><span class="nav-line-2">Account &amp; Lists</span></a>'
            '<a href="/gp/css/order-history?ref_=nav_orders_first" class="nav-a"><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders</span></a>'
            '<a href="/gp/cart/view.html?ref_=nav_cart" id="nav-cart"><span id="nav-cart-count">0</span>Basket</a></div></div>'
            '<div id="nav-main"><a href="/gp/goldbox?ref_=nav_cs_gb">Today&#39;s Deals</a><a href="/gp/help/customer/display.html?nodeId=508510&amp;ref_=nav_cs_help">Customer Service</a><a href="/gp/bestsellers/?ref_=nav_cs_bestsellers">Best Sellers</a>'
            '<a href="/prime?ref_=nav_cs_primelink_nonmember">Prime</a><div id="nav-swmslot"><a href="%s?ref_=nav_swm_%s" class="nav-swm">%s</a></div></div></header>\n'
            '<div id="a-page"><div class="a-container help-page"><div class="a-row"><div class="a-column a-span3 help-nav"><div class="help-search"><form action="/gp/help/customer/display.html"><input type="hidden" name="ref_" value="hp_search_%s">'
            '<input type="search" name="helpSearch" placeholder="Search our help library"></form></div><h3>Help Topics</h3><ul class="help-topics">%s</ul></div>'
            '<div class="a-column a-span9 a-span-last"><div class="a-section help-breadcrumbs"><a href="/gp/help/customer/display.html?ref_=hp_bc_home">Help &amp; Customer Service</a> &rsaquo; '
            '<a href="/gp/help/customer/display.html?nodeId=GHZ5M4CDLBNBA9GY&amp;ref_=hp_bc_sec">Security and Privacy</a> &rsaquo; <span>Privacy Notice</span></div>'
            '<div class="help-content" id="help-content">%s\n%s\n'
            '<div class="a-section cs-help-feedback" data-node="GX7NJQ4ZB8MHFRNJ"><span class="a-text-bold">Was this information helpful?</span>'
            '<span class="a-button a-button-small"><input type="submit" value="Yes" name="helpful"></span><span class="a-button a-button-small"><input type="submit" value="No" name="not-helpful"></span>'
            '<a href="javascript:window.print()" class="a-link-normal cs-print">Print this page</a></div></div>'
            '<div class="a-section sponsored-strip"><h2>Sponsored products related to your search</h2><ol class="a-carousel">%s</ol></div></div></div></div></div>\n'
            '<footer class="navLeftFooter nav-sprite-v1" id="navFooter"><div class="navFooterVerticalColumn"><a href="/careers?ref_=footer_careers">Careers</a><a href="/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ&amp;ref_=footer_privacy">Privacy Notice</a>'
            '<a href="/gp/help/customer/display.html?nodeId=201909000&amp;ref_=footer_cou">Conditions of Use &amp; Sale</a><a href="/cookieprefs?ref_=footer_cookies_notice">Cookies Notice</a><a href="/adprefs?ref_=footer_iba">Interest-Based Ads Notice</a></div>'
            '<div class="navFooterCopyright">&#169; 1996-%d, Bazaaro.com, Inc. or its affiliates</div></footer>%s\n'
            '<script src="https://m.media-bazaaro.com/images/I/61%s.js?AUIClients/NavDesktopUberAsset&amp;v=%d" crossorigin="anonymous"></script>'
            '<script>ue_csm.ue.exec(function(){window.uet("be");},"csm");var csa_rid="%s";</script></body></html>\n'
            % (nb, ueid, sess, C.det_sha(nb)[:8], s["deliver"], promo_u, nv, promo_t, nv, tree, C.block_html(h1), body, spons,
               when.year, cookie, nb, nv, rid))


PAGE = {
    "service": "Bazaaro", "url": URL, "lang": "en-GB", "platform": "server-rendered help centre (store chrome)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Server"), ("x-bazaaro-rid", "redacted"), ("Vary", "Content-Type,Accept-Encoding,User-Agent")),
    "n": 29, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#help-content"], "remove": [".cs-help-feedback"]},
}
