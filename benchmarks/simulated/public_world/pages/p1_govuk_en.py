"""Heat Network Connection Grant: privacy notice - en-GB - GOV.UK (government-frontend, publishing components).

A detailed guide published by BEIS in March 2022, moved to DESNZ after the February 2023 machinery-of-government
change. The notice has no date of its own: GOV.UK's metadata ("Published / Last updated — See all updates") and
the change-history list at the foot carry it. A "major change" adds a change note and moves "Last updated"; a
"minor change" does neither (only the govuk:updated-at meta moves). The curator selects the title and the govspeak
body; the metadata, contents list and change history are chrome."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.gov.uk/guidance/heat-network-connection-grant-privacy-notice"
PUBLISHED = dt.date(2022, 3, 3)


def fmt_date(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


POLICY = """
# Heat Network Connection Grant: privacy notice

This notice sets out how the Department for Business, Energy and Industrial Strategy (BEIS) will use your personal data for the Heat Network Connection Grant, and explains your rights under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 (DPA 2018).

## Your data

The Heat Network Connection Grant helps households and small businesses pay the cost of connecting an existing building to a new or extended heat network. To run the scheme, we process the following personal data:

- your name, postal address, email address and telephone number
- the address and title number of the property to be connected
- details of your ownership or tenancy of the property, including any landlord consent
- bank account details for grant payments
- information about your installer or heat network operator, where they are a sole trader
- records of correspondence with you, and of any complaint or appeal you make

We do not ask for special category data. If you tell us about a disability or health condition so that we can make a reasonable adjustment, we will record only what is needed to make that adjustment.

## Purpose

We process your personal data to:

- assess whether you and your property are eligible for a grant
- pay grants and recover them where the conditions of the grant are not met
- prevent and detect fraud and error
- monitor and evaluate the scheme, and report to Parliament on it
- contact you, with your agreement, to take part in research about the scheme

## Legal basis of processing

The legal basis for processing your personal data is that it is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the data controller. In this case, that is the administration of a grant scheme under section 8 of the Industrial Development Act 1982 and the provision of financial assistance to reduce carbon emissions from buildings.

Where we process information about criminal convictions or suspected offences to prevent fraud, we do so under Schedule 1, Part 2, paragraph 10 of the DPA 2018.

Taking part in research is voluntary, and we rely on your consent for it. You can withdraw your consent at any time.

## Recipients

Your personal data will be shared by us with the scheme administrator, who processes applications on our behalf under a contract that requires it to keep your data secure and to use it only on our instructions.

We may share your data with:

- the heat network operator connecting your property, to confirm that the connection has been completed
- the Cabinet Office, for the National Fraud Initiative
- HM Revenue and Customs, where a grant may be taxable income of a business
- independent evaluators appointed by the department, who will only receive contact details of applicants who have agreed to take part in research

As your personal data will be stored on our IT infrastructure, it will also be shared with our data processors who provide email, and document management and storage services.

## Providing your data

You are not required by law to give us your personal data. However, if you do not provide the information we ask for, we will not be able to assess your application or pay a grant. Where we ask for optional information, such as your agreement to be contacted for research, the form will make this clear.

## Security

We protect your data with technical and organisational measures that meet government security standards. Staff of the department and of the scheme administrator who handle applications have been security checked, and can only see the records they need for their role.

## Retention

Your personal data will be kept by us for 7 years after the final grant payment, or after the date your application was withdrawn or rejected, to allow for audit and the recovery of grants.

## Where your personal data will be stored

Your personal data will not be transferred outside the UK, except where our IT service providers store data in the European Economic Area under UK adequacy regulations.

## Automated decision making

We will not use your data for any automated decision making.

## Your rights

You have the right to:

- know that we are using your personal data
- see what data we have about you
- ask to have your data corrected, and to ask how we check the information is correct
- complain to the Information Commissioner's Office (see below)

In some circumstances, you can also ask for your data to be deleted, or for its use to be restricted, or object to its use.

## International transfers

As your personal data is stored on our IT infrastructure and shared with our data processors, it may be transferred and stored securely outside the UK. Where that is the case it will be subject to equivalent legal protection through an adequacy decision or the use of standard contractual clauses.

## Complaints and more information

If you are unhappy with how we have used your personal data, you can contact our Data Protection Officer. The BEIS Data Protection Officer provides independent advice and monitoring of the department's use of personal information:

@ Data Protection Officer
@ Department for Business, Energy and Industrial Strategy
@ 1 Victoria Street
@ London
@ SW1H 0ET
@ [dataprotection@beis.gov.uk](mailto:dataprotection@beis.gov.uk)

You also have the right to make a complaint to the Information Commissioner, an independent regulator, at any time. The Information Commissioner can be contacted at:

@ Information Commissioner's Office
@ Wycliffe House
@ Water Lane
@ Wilmslow
@ Cheshire
@ SK9 5AF
@ 0303 123 1113
@ [casework@ico.org.uk](mailto:casework@ico.org.uk)

Any complaint to the Information Commissioner is without prejudice to your right to seek redress through the courts. You can find out more on the [ICO website](https://ico.org.uk/concerns/).

## Changes to this notice

We may change this notice. When we do, we will publish the updated notice on this page and record the change in the page history.

%% meta

{UPDATED}

First published.
"""

EDITS = [
    {"note": "Subsidy Control Act 2022: new 'Recipients' bullet and paragraph on publishing awards over £100,000 "
             "on the subsidy transparency database (major change, change note added)",
     "repl": [("- HM Revenue and Customs, where a grant may be taxable income of a business\n",
               "- HM Revenue and Customs, where a grant may be taxable income of a business\n"
               "- the Department for Business and Trade, which runs the subsidy transparency database\n"),
              ("As your personal data will be stored on our IT infrastructure, it will also",
               "Under the Subsidy Control Act 2022, we must publish details of grants of more than £100,000 to an "
               "enterprise on the subsidy transparency database. Where the recipient is a sole trader, this will "
               "include your name, the amount of the grant and the date it was awarded.\n\n"
               "As your personal data will be stored on our IT infrastructure, it will also"),
              ("First published.", "Added information about the subsidy transparency database under the Subsidy Control Act 2022.")]},
    {"note": "machinery-of-government change: controller BEIS -> Department for Energy Security and Net Zero "
             "(DESNZ), DPO block and email, address 3-8 Whitehall Place (major change)",
     "repl": [("the Department for Business, Energy and Industrial Strategy (BEIS) will use",
               "the Department for Energy Security and Net Zero (DESNZ) will use"),
              ("The BEIS Data Protection Officer provides", "The DESNZ Data Protection Officer provides"),
              ("@ Department for Business, Energy and Industrial Strategy\n@ 1 Victoria Street\n@ London\n@ SW1H 0ET\n@ [dataprotection@beis.gov.uk](mailto:dataprotection@beis.gov.uk)",
               "@ Department for Energy Security and Net Zero\n@ 3-8 Whitehall Place\n@ London\n@ SW1A 2EG\n@ [dataprotection@energysecurity.gov.uk](mailto:dataprotection@energysecurity.gov.uk)"),
              ("Added information about the subsidy transparency database under the Subsidy Control Act 2022.",
               "Updated to reflect that the scheme is now run by the Department for Energy Security and Net Zero.")]},
    {"note": "minor change (no change note, 'Last updated' unchanged): ICO link target changed from "
             "ico.org.uk/concerns/ to ico.org.uk/make-a-complaint/ (link text unchanged)", "bump": False,
     "repl": [("[ICO website](https://ico.org.uk/concerns/)", "[ICO website](https://ico.org.uk/make-a-complaint/)")]},
    {"note": "retention 7 years -> 6 years after scheme closure; named processor (Microsoft Dynamics 365 case "
             "management, UK South) and Amazon Web Services evaluation data store added (major change)",
     "repl": [("kept by us for 7 years after the final grant payment, or after the date your application was withdrawn or rejected, to allow for audit and the recovery of grants.",
               "kept by us for 6 years after the scheme closes to new payments, to allow for audit and the recovery of grants. Applications that were withdrawn or rejected will be deleted 2 years after the decision."),
              ("it will also be shared with our data processors who provide email, and document management and storage services.",
               "it will also be shared with our data processors who provide email, and document management and storage services.\n\n"
               "The scheme administrator manages applications in a case management system built on Microsoft Dynamics 365, hosted in Microsoft's UK South data centres. Anonymised data for the evaluation of the scheme is held in an Amazon Web Services environment in London."),
              ("Updated to reflect that the scheme is now run by the Department for Energy Security and Net Zero.",
               "Updated the retention period and added information about the systems used to process applications.")]},
    {"note": "Data (Use and Access) Act 2025: new 'Complaints' paragraph (complain to the department first, 30 days "
             "to acknowledge), rights list gains 'object to processing for research' (major change)",
     "repl": [("- complain to the Information Commissioner's Office (see below)",
               "- object to our using your data for research about the scheme\n- complain to us, and then to the Information Commissioner's Office (see below)"),
              ("If you are unhappy with how we have used your personal data, you can contact our Data Protection Officer.",
               "If you are unhappy with how we have used your personal data, please complain to us first by contacting our Data Protection Officer. Under the Data (Use and Access) Act 2025 we will acknowledge your complaint within 30 days and tell you the outcome without undue delay."),
              ("Updated the retention period and added information about the systems used to process applications.",
               "Updated the complaints section following the Data (Use and Access) Act 2025.")]},
]

HISTORY = []   # change-history entries as GOV.UK accumulates them (filled while rendering, in capture order)
CROWN_2023 = dt.datetime(2023, 5, 10)
REBRAND = dt.datetime(2025, 6, 25)
QUEEN = (dt.datetime(2022, 9, 8, 18), dt.datetime(2022, 9, 20))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.55, lambda: (C.hexs(rng, 64), C.hexs(rng, 64), C.hexs(rng, 64)))
    s["survey"] = C.keep_or(rng, prev.get("survey"), 0.5,
                            lambda: rng.choice([None, None, "research", "survey"]))
    s["emergency"] = QUEEN[0] <= when < QUEEN[1]
    s["brand"] = "2025" if when >= REBRAND else ("tudor" if when >= CROWN_2023 else "st-edward")
    s["updated_at"] = C.keep_or(rng, prev.get("updated_at"), 0.3,
                                lambda: (when - dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 900))).strftime("%Y-%m-%dT%H:%M:%S.000+00:00"))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.2, lambda: rng.sample(range(len(RELATED)), 3))
    return s


LABELS = {
    "nonce": "CSP nonce on inline scripts (per request)",
    "assets": "static/frontend asset fingerprints (deploys)",
    "survey": "'Help improve GOV.UK' / user-research intervention banner comes and goes",
    "emergency": "national emergency banner (death of Queen Elizabeth II, Sept 2022)",
    "brand": "header crown logo change (2023) and GOV.UK brand refresh (June 2025)",
    "updated_at": "govuk:updated-at meta (republish / minor-change timestamp)",
    "related": "'Related content' sidebar links",
}

RELATED = [("Heat networks", "/guidance/heat-networks-overview"),
           ("Heat Network Efficiency Scheme", "/government/publications/heat-network-efficiency-scheme"),
           ("Green Heat Network Fund", "/government/publications/green-heat-network-fund-ghnf"),
           ("Heat network zoning", "/government/collections/heat-network-zoning"),
           ("Apply for the Boiler Upgrade Scheme", "/apply-boiler-upgrade-scheme"),
           ("Energy efficiency grants for homes", "/improve-energy-efficiency")]


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def govspeak(blocks):
    out = []
    for k, v in blocks:
        if k == "h2":
            out.append('<h2 id="%s">%s</h2>' % (slug(v), html.escape(v, quote=False)))
        elif k == "addr":
            out.append('<div class="address"><div class="adr org fn"><p>\n%s\n</p></div></div>'
                       % "<br>\n".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((k, v)))
    return "\n\n".join(out)


def gold_md(blocks):
    return C.blocks_md(C.segments(blocks)["head"], URL)


def render(s, blocks, when):
    segs = C.segments(blocks)
    body = segs["head"]
    upd, note = segs["meta"][0][1], segs["meta"][1][1]
    if not HISTORY or HISTORY[-1][0] != upd:
        HISTORY.append((upd, note))
    desnz = any("Energy Security and Net Zero" in (b[1] if isinstance(b[1], str) else " ".join(b[1])) for b in body)
    org = ("Department for Energy Security and Net Zero", "department-for-energy-security-and-net-zero") if desnz else \
          ("Department for Business, Energy &amp; Industrial Strategy", "department-for-business-energy-and-industrial-strategy")
    n = s["nonce"]
    a1, a2, a3 = s["assets"]
    h1 = body[0][1]
    h2s = [b[1] for b in body if b[0] == "h2"]
    contents = "".join('<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed">'
                       '<span class="gem-c-contents-list__list-item-dash" aria-hidden="true"></span>'
                       '<a class="gem-c-contents-list__link govuk-link gem-c-force-print-link-styles govuk-link--no-underline" '
                       'data-ga4-link=\'{"event_name":"navigation","type":"contents list","index_link":%d,"index_total":%d}\' '
                       'href="#%s">%s</a></li>' % (k + 1, len(h2s), slug(t), html.escape(t, quote=False)) for k, t in enumerate(h2s))
    updated_line = "" if len(HISTORY) == 1 else (
        '<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">%s '
        '<span class="govuk-!-display-none-print">&mdash; <a href="#full-publication-update-history" '
        'class="gem-c-metadata__definition-link govuk-!-display-none-print govuk-link" data-ga4-link=\'{"event_name":"navigation","type":"content history","section":"Top"}\'>See all updates</a></span></dd>' % upd)
    metadata = ('<div class="gem-c-metadata" data-module="gem-toggle metadata"><dl data-module="gem-track-click">'
                '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">'
                '<a class="govuk-link" href="/government/organisations/%s">%s</a></dd>'
                '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">%s</dd>%s</dl></div>'
                % (org[1], org[0], fmt_date(PUBLISHED), updated_line))
    changes = "".join('<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" '
                      'datetime="%s">%s</time><p class="gem-c-published-dates__change-note">%s</p></li>'
                      % (dt.datetime.strptime(d, "%d %B %Y").strftime("%Y-%m-%dT09:30:00.000") + ("+01:00" if 4 <= dt.datetime.strptime(d, "%d %B %Y").month <= 10 else "+00:00"), d, html.escape(t, quote=False))
                      for d, t in reversed(HISTORY))
    if len(HISTORY) == 1:
        pubdates = ('<div class="gem-c-published-dates gem-c-published-dates--history" lang="en">Published %s</div>' % fmt_date(PUBLISHED))
    else:
        pubdates = ('<div class="gem-c-published-dates gem-c-published-dates--history" data-module="gem-toggle" '
                    'id="full-publication-update-history" lang="en">Published %s<br>Last updated %s '
                    '<a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history" '
                    'data-expanded="false" data-toggled-text="&#45;&nbsp;hide&nbsp;all&nbsp;updates">+&nbsp;show&nbsp;all&nbsp;updates</a>'
                    '<div class="gem-c-published-dates__change-history js-hidden" id="full-history">'
                    '<ol class="gem-c-published-dates__list">%s</ol></div></div>' % (fmt_date(PUBLISHED), upd, changes))
    survey = ""
    if s["survey"] == "research":
        survey = ('<section class="gem-c-intervention" aria-label="Intervention" role="region">'
                  '<p class="govuk-body">Help improve GOV.UK</p><p class="govuk-body"><a href="https://signup.take-part-in-research.service.gov.uk/?utm_campaign=Guidance&amp;utm_source=Hold_gov_to_account&amp;utm_medium=gov.uk&amp;t=GDSnonce" '
                  'class="govuk-link" target="_blank" rel="noopener noreferrer external">Sign up to take part in user research (opens in new tab)</a></p>'
                  '<p class="govuk-body"><a class="govuk-link gem-c-intervention__dismiss js-dismiss-link" href="?hide-intervention=true" data-module="ga4-event-tracker">Hide this suggestion</a></p></section>')
    elif s["survey"] == "survey":
        survey = ('<div id="user-satisfaction-survey-container"><section id="user-satisfaction-survey" class="visible" aria-hidden="false">'
                  '<div class="survey-wrapper govuk-width-container"><a class="govuk-link survey-close-button" href="#user-survey-cancel" aria-labelledby="survey-title user-survey-cancel" id="user-survey-cancel" role="button">Close</a>'
                  '<h2 class="survey-title" id="survey-title">Tell us what you think of GOV.UK</h2>'
                  '<p><a href="https://www.smartsurvey.co.uk/s/gov-uk-banner/?c=%s" id="take-survey" target="_blank" rel="noopener noreferrer">Take the 3 minute survey</a> This will open a short survey on another website</p>'
                  '</div></section></div>' % URL.replace("https://www.gov.uk", ""))
    emergency = ""
    if s["emergency"]:
        emergency = ('<div class="gem-c-emergency-banner gem-c-emergency-banner--notable-death govuk-!-display-none-print" '
                     'data-nosnippet="" role="region" aria-label="emergency banner"><div class="govuk-width-container">'
                     '<h2 class="gem-c-emergency-banner__heading">Her Majesty Queen Elizabeth II</h2>'
                     '<p class="gem-c-emergency-banner__description">1926 to 2022</p>'
                     '<a href="/government/topical-events/her-majesty-queen-elizabeth-ii" class="govuk-link gem-c-emergency-banner__link">Read about the arrangements following The Queen\'s death</a></div></div>')
    crown = {"st-edward": '<svg aria-hidden="true" focusable="false" class="gem-c-header__logotype-crown" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 132 97" height="30" width="36"><path fill="currentColor" fill-rule="evenodd" d="M25 30.2c3.5 1.5 7.7-.2 9.1-3.7 1.5-3.6-.2-7.8-3.9-9.2-3.6-1.4-7.6.3-9.1 3.9-1.4 3.5.3 7.5 3.9 9z"></path></svg>',
             "tudor": '<svg aria-hidden="true" focusable="false" class="gem-c-header__logotype-crown" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" height="30" width="32"><path fill="currentColor" fill-rule="evenodd" d="M22.6 10.4c-1 .4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4m-5.9 6.7c-.9.4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4"></path></svg>',
             "2025": '<svg focusable="false" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle><circle cx="10.2" cy="23.5" r="3.7"></circle></g><circle class="govuk-logo-dot" cx="227" cy="36" r="7.3"></circle></svg>'}[s["brand"]]
    rebrand = s["brand"] == "2025"
    header = ('<header role="banner" data-module="gem-layout-super-navigation-header" class="gem-c-layout-super-navigation-header%s">'
              '<div class="gem-c-layout-super-navigation-header__container govuk-width-container govuk-clearfix">'
              '<div class="gem-c-layout-super-navigation-header__header-logo"><a class="govuk-header__link govuk-header__link--homepage" '
              'data-ga4-link=\'{"event_name":"navigation","type":"header menu bar","external":"false","text":"GOV.UK","section":"Logo"}\' '
              'href="/" id="logo" aria-label="Go to the GOV.UK homepage">%s%s</a></div>'
              '<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="super-navigation-mega-menu">'
              '<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>'
              '<div class="gem-c-layout-super-navigation-header__navigation-item"><a class="gem-c-layout-super-navigation-header__navigation-item-link" href="/browse">Menu</a></div>'
              '<div class="gem-c-layout-super-navigation-header__search-item"><a class="gem-c-layout-super-navigation-header__search-item-link" href="/search">Search GOV.UK</a></div>'
              '</nav></div></header>' % (" gem-c-layout-super-navigation-header--blue-background" if rebrand else "", crown,
                                         "" if rebrand else '<span class="govuk-header__logotype-text">GOV.UK</span>'))
    related = "".join('<li class="gem-c-related-navigation__link"><a class="govuk-link gem-c-related-navigation__section-link gem-c-related-navigation__section-link--sidebar" href="%s">%s</a></li>'
                      % (RELATED[k][1], RELATED[k][0]) for k in s["related"])
    main = ('<main role="main" id="content" class="detailed-guide" lang="en">'
            '<span id="Top"></span>'
            '<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">'
            '<div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-title__context">Guidance</span>'
            '<h1 class="gem-c-title__text govuk-heading-l">%s</h1></div></div></div>'
            '<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">%s</div></div>'
            '<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">'
            '<aside class="gem-c-contents-list" aria-label="Contents" role="navigation" data-module="ga4-link-tracker">'
            '<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">%s</ol></aside>'
            '<div class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak">\n%s\n</div>'
            '<div class="responsive-bottom-margin">%s'
            '<div class="gem-c-print-link govuk-!-display-none-print govuk-!-margin-top-3 govuk-!-margin-bottom-6"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>'
            '</div></div>'
            '<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">'
            '<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>'
            '<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">%s</ul></nav>'
            '</div></div></div></div></main>'
            % (html.escape(h1, quote=False), metadata, contents, govspeak(body[1:]), pubdates, related))
    feedback = ('<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback ga4-event-tracker">'
                '<div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1">'
                '<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">'
                '<div class="gem-c-feedback__prompt-question-answer"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>'
                '<ul class="gem-c-feedback__option-list"><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link" data-track-category="yesNoFeedbackForm" data-track-action="ffYesClick" aria-expanded="false">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>'
                '<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-not-useful" aria-controls="page-is-not-useful" aria-expanded="false">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div>'
                '<div class="gem-c-feedback__prompt-question-answer gem-c-feedback__report-a-problem"><button class="govuk-button gem-c-feedback__prompt-link js-something-is-wrong" aria-controls="something-is-wrong" aria-expanded="false">Report a problem with this page</button></div>'
                '</div></div></div>'
                '<form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" method="post" hidden>'
                '<input type="hidden" name="url" value="%s"><input type="hidden" name="javascript_enabled" value="false"></form></div>' % URL)
    footer = ('<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container">'
              '<div class="govuk-footer__navigation"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>'
              '<ul class="govuk-footer__list govuk-footer__list--columns-2">'
              + "".join('<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/%s">%s</a></li>' % (slug(t), t)
                        for t in ["Benefits", "Births, death, marriages and care", "Business and self-employed", "Childcare and parenting",
                                  "Citizenship and living in the UK", "Crime, justice and the law", "Disabled people", "Driving and transport",
                                  "Education and learning", "Employing people", "Environment and countryside", "Housing and local services",
                                  "Money and tax", "Passports, travel and living abroad", "Visas and immigration", "Working, jobs and pensions"])
              + '</ul></div></div><hr class="govuk-footer__section-break">'
              '<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>'
              '<ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/contact">Contact</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/terms-conditions">Terms and conditions</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cymraeg" lang="cy" hreflang="cy">Rhestr o Wasanaethau Cymraeg</a></li>'
              '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/government/organisations/government-digital-service">Government Digital Service</a></li></ul>'
              '<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div>'
              '<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">&copy; Crown copyright</a></div></div></div></footer>')
    cookie = ('<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet role="region" aria-label="Cookies on GOV.UK" hidden>'
              '<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">'
              '<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>'
              '<p class="govuk-body">We&rsquo;d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>'
              '<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div>'
              '<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>'
              '<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>'
              '<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>')
    return ('<!DOCTYPE html>\n<html lang="en" class="govuk-template%s">\n<head>\n<meta charset="utf-8">\n'
            '<title lang="en">%s - GOV.UK</title>\n'
            '<script src="/assets/static/govuk_publishing_components/vendor/lux/lux-reporter-%s.js" async></script>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
            '<meta name="theme-color" content="%s">\n'
            '<link rel="stylesheet" href="/assets/static/application-%s.css" media="all">\n'
            '<link rel="stylesheet" href="/assets/government-frontend/application-%s.css" media="all">\n'
            '<link rel="canonical" href="%s">\n'
            '<meta name="govuk:format" content="detailed_guide">\n'
            '<meta name="govuk:publishing-app" content="whitehall">\n'
            '<meta name="govuk:rendering-app" content="government-frontend">\n'
            '<meta name="govuk:schema-name" content="detailed_guide">\n'
            '<meta name="govuk:content-id" content="5f2c7a1e-9d3b-4c8e-a6f0-2b9e1d7c4a38">\n'
            '<meta name="govuk:first-published-at" content="2022-03-03T09:30:00.000+00:00">\n'
            '<meta name="govuk:updated-at" content="%s">\n'
            '<meta name="govuk:public-updated-at" content="%s">\n'
            '<meta name="govuk:primary-publishing-organisation" content="%s">\n'
            '<meta property="og:title" content="%s">\n'
            '</head>\n<body class="gem-c-layout-for-public govuk-template__body">\n'
            '<script nonce="%s">document.body.className += \' js-enabled\' + (\'noModule\' in HTMLScriptElement.prototype ? \' govuk-frontend-supported\' : \'\');</script>\n'
            '%s\n<a href="#content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>\n'
            '%s\n%s\n<div class="govuk-width-container">\n%s\n'
            '<div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker"><ol class="govuk-breadcrumbs__list">'
            '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>'
            '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/environment">Environment</a></li>'
            '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/environment/climate-change-energy">Climate change and energy</a></li></ol></div>\n'
            '%s\n</div>\n<div class="govuk-width-container">%s</div>\n%s\n'
            '<script type="module" src="/assets/static/application-%s.js" nonce="%s"></script>\n'
            '</body>\n</html>\n'
            % (" govuk-template--rebranded" if rebrand else "", html.escape(h1, quote=False), a3[:20],
               "#1d70b8" if rebrand else "#0b0c0c", a1, a2, URL, s["updated_at"],
               dt.datetime.strptime(upd, "%d %B %Y").strftime("%Y-%m-%dT09:30:00.000+00:00"),
               org[0].replace("&amp;", "&"), html.escape(h1), n, cookie, header, emergency, survey, main, feedback, footer,
               a3, n))


PAGE = {
    "service": "Heat Network Connection Grant", "url": URL, "lang": "en-GB", "platform": "GOV.UK (government-frontend)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 14), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": PUBLISHED, "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".gem-c-title__text", ".gem-c-govspeak"]},
}
