"""Westbridge and Ashby Hospitals NHS Foundation Trust: "How we use your information" - en-GB - NHS.UK frontend
(nhsuk-frontend) on a trust's Umbraco site.

Harder feature: the NHS "Page last reviewed / Next review due" stamp sits inside the same grid column as the notice,
between the text and a "Documents" list whose PDF sizes change when the leaflets are reprinted. The stamp moves at
reviews with no text change (noise) and at most, not all, real edits. The notice has no date of its own."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.westbridgeashby.nhs.uk/patients-and-visitors/how-we-use-your-information"


def fmt_date(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


POLICY = """
# How we use your information

This privacy notice explains why Westbridge and Ashby Hospitals NHS Foundation Trust collects information about you, how we keep it safe and confidential, and who we may share it with. It applies to patients of our hospitals, community services and outpatient clinics.

## Who we are

Westbridge and Ashby Hospitals NHS Foundation Trust is the data controller for the health records we hold about you. We are registered with the Information Commissioner's Office (ICO) under registration number Z5527184.

Our Data Protection Officer makes sure that we follow data protection law and can be contacted at [wah-tr.dpo@nhs.net](mailto:wah-tr.dpo@nhs.net).

Our Caldicott Guardian, Dr Helen Marsh, Deputy Medical Director, is responsible for protecting the confidentiality of patient information and for making sure it is shared appropriately.

## What information we collect about you

The doctors, nurses and other health and care professionals caring for you keep records about your health and any treatment or care you have received. These records may include:

- basic details about you, such as your name, address, date of birth, NHS number and next of kin
- contact we have had with you, such as appointments, admissions and clinic visits
- notes and reports about your health, diagnosis, treatment and care
- results of investigations, such as X-rays, scans and laboratory tests
- relevant information from people who care for you and know you well, such as other health professionals and relatives

We may also record information about your ethnicity, religion, sexual orientation or disability where this helps us to give you the right care and to meet our duties under the Equality Act 2010.

## How we use your information

We use your information to:

- provide you with safe and effective care and treatment
- make sure that the staff caring for you have accurate and up-to-date information
- review the care we provide to make sure it is of the highest standard
- investigate complaints, legal claims and patient safety incidents
- train and educate our staff
- plan and manage our services, and report on them to our commissioners and regulators

Where possible, we use information that does not identify you for planning, audit and reporting.

## Our legal basis for using your information

When we use your information to provide your care, our lawful basis under the UK General Data Protection Regulation (UK GDPR) is Article 6(1)(e), the performance of a task carried out in the public interest, and Article 9(2)(h), the provision of health and social care.

Where we must share information by law, for example with the Care Quality Commission or in a safeguarding case, we rely on Article 6(1)(c) and Article 9(2)(g) or (i) of the UK GDPR together with Schedule 1 of the Data Protection Act 2018.

We also respect the common law duty of confidentiality. We share confidential information about you with those involved in your direct care on the basis of your implied consent, unless you have told us not to.

## COVID-19 and your information

The Secretary of State for Health and Social Care has issued notices under Regulation 3(4) of the Health Service (Control of Patient Information) Regulations 2002 requiring NHS organisations to share confidential patient information to respond to the COVID-19 outbreak. This may include sharing information with NHS Digital, the UK Health Security Agency and local authorities for the purposes of testing, contact tracing and vaccination. Information shared under these notices will only be kept for as long as it is needed for the pandemic response.

## Sharing your information

We share information about you with other organisations involved in your care, including:

- your GP practice and other NHS hospitals and community services
- NHS 111 and the ambulance service
- social care services of Ashby County Council, where you need care and support after leaving hospital
- pharmacies and independent providers who deliver NHS care on our behalf

We are also required to send information to NHS Digital, which collects hospital data for national planning and research under the Health and Social Care Act 2012.

We will never sell your information or share it for marketing or insurance purposes.

## The national data opt-out

Most of the time, anonymised data is used for research and planning. You can choose whether your confidential patient information is used for research and planning. To find out more or to register your choice, visit [www.nhs.uk/your-nhs-data-matters](https://www.nhs.uk/your-nhs-data-matters) or call 0300 303 5678. Our Trust complies with the national data opt-out policy.

## How long we keep your information

We keep records for the periods set out in the Records Management Code of Practice for Health and Social Care 2021. For most adult hospital records this is 8 years after the last treatment. Maternity records are kept for 25 years, and records of children until their 25th birthday, or 26th if they were 17 at the end of treatment.

## Your rights

You have the right to ask for a copy of the information we hold about you. You can make a request by writing to the Health Records Access Team or by emailing [wah-tr.accesstorecords@nhs.net](mailto:wah-tr.accesstorecords@nhs.net). We will respond within one month.

You also have the right to ask us to correct information that is inaccurate, and in some circumstances to restrict or object to the way we use it. Because we use your information to provide care, the right to have your records deleted does not usually apply.

## Complaints

If you are unhappy with how we have handled your information, please contact our Data Protection Officer first. If you are still unhappy, you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, or at [ico.org.uk](https://ico.org.uk).
"""

EDITS = [
    {"note": "Shared Care Record launched: new paragraph under 'Sharing your information' (opt-out possible)",
     "repl": [("- pharmacies and independent providers who deliver NHS care on our behalf\n\n",
               "- pharmacies and independent providers who deliver NHS care on our behalf\n\nYour GP, our clinicians and local social care staff can see a summary of your record through the Westbridge and Ashby Shared Care Record. You can ask us not to share your record in this way.\n\n")]},
    {"note": "COVID-19 section rewritten: COPI notices end on 30 June 2022, no further sharing under them (silent: review stamp not moved)",
     "repl": [("This may include sharing information with NHS Digital, the UK Health Security Agency and local authorities for the purposes of testing, contact tracing and vaccination. Information shared under these notices will only be kept for as long as it is needed for the pandemic response.",
               "These notices end on 30 June 2022. After that date we will no longer share information under them, and information already shared will be kept only for as long as the law requires.")]},
    {"note": "NHS Digital merged into NHS England (1 Feb 2023): sharing paragraph rewritten; Caldicott Guardian changed (Dr Helen Marsh -> Dr Rajesh Varma)",
     "repl": [("We are also required to send information to NHS Digital, which collects hospital data for national planning and research under the Health and Social Care Act 2012.",
               "We are also required to send information to NHS England, which took over the functions of NHS Digital on 1 February 2023 and collects hospital data for national planning and research under the Health and Social Care Act 2012."),
              ("Our Caldicott Guardian, Dr Helen Marsh, Deputy Medical Director,", "Our Caldicott Guardian, Dr Rajesh Varma, Chief Medical Officer,")]},
    {"note": "new section 'NHS Federated Data Platform' (trust joins FDP, Palantir as NHS England's processor, pseudonymised data); COVID-19 section removed",
     "repl": [("## The national data opt-out", "## NHS Federated Data Platform\n\nThe Trust uses the NHS Federated Data Platform (FDP) to help manage waiting lists, theatre schedules and discharges. The platform is provided by NHS England, with Palantir Technologies UK Ltd acting as a data processor under NHS England's instructions. Data used for planning across the NHS is pseudonymised before it leaves the Trust, and the platform does not change who can see your health record. You can read more in the [FDP privacy notice](https://www.england.nhs.uk/digitaltechnology/nhs-federated-data-platform/privacy-notice/).\n\n## The national data opt-out"),
              ("## COVID-19 and your information\n\nThe Secretary of State for Health and Social Care has issued notices under Regulation 3(4) of the Health Service (Control of Patient Information) Regulations 2002 requiring NHS organisations to share confidential patient information to respond to the COVID-19 outbreak. These notices end on 30 June 2022. After that date we will no longer share information under them, and information already shared will be kept only for as long as the law requires.\n\n", "")]},
    {"note": "new purpose/processor: appointment letters and reminders through the patient portal and NHS App "
             "(DrDoctor, ICNH Ltd); retention now cites the 2023 Code of Practice",
     "repl": [("- make sure that the staff caring for you have accurate and up-to-date information\n",
               "- make sure that the staff caring for you have accurate and up-to-date information\n- send you appointment letters, reminders and questionnaires by text message, through our patient portal or in the NHS App\n"),
              ("Where possible, we use information that does not identify you for planning, audit and reporting.",
               "Where possible, we use information that does not identify you for planning, audit and reporting.\n\nOur patient portal is provided by ICNH Ltd (DrDoctor), which processes your name, contact details and appointment information on our behalf. You can choose to receive paper letters instead by contacting the Patient Access Centre."),
              ("Records Management Code of Practice for Health and Social Care 2021", "Records Management Code of Practice 2023")]},
]
REVIEW_ON_EDIT = [True, False, True, True, True]

TRACK = {"blocks": None, "edits": 0}
DOWNLOADS = [("Privacy notice for patients", "pdf"), ("Privacy notice - easy read", "pdf"),
             ("How we use your information - large print", "docx")]
ALERTS = [
    ((dt.datetime(2021, 1, 1), dt.datetime(2022, 4, 1)), "Visiting restrictions",
     "Visiting is restricted to one nominated visitor per patient. Please wear a face mask in all clinical areas.",
     "/patients-and-visitors/visiting"),
    ((dt.datetime(2023, 3, 10), dt.datetime(2023, 3, 17)), "Industrial action",
     "Junior doctors in England are taking industrial action from 7am on 13 March to 7am on 16 March. Please attend your appointment unless we contact you.",
     "/news/industrial-action"),
    ((dt.datetime(2023, 8, 8), dt.datetime(2023, 8, 16)), "Industrial action",
     "Junior doctors are taking industrial action from 7am on 11 August to 7am on 15 August. Unless you hear from us, please attend as planned.",
     "/news/industrial-action"),
    ((dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 12)), "Industrial action",
     "Junior doctors are taking industrial action from 7am on 3 January to 7am on 9 January. A&E remains open for emergencies.",
     "/news/industrial-action"),
    ((dt.datetime(2025, 7, 21), dt.datetime(2025, 7, 30)), "Resident doctors' strike",
     "Resident doctors are taking industrial action from 7am on 25 July to 7am on 30 July. Please attend your appointment unless we contact you.",
     "/news/industrial-action"),
    ((dt.datetime(2025, 12, 8), dt.datetime(2026, 1, 31)), "Winter pressures",
     "Our emergency department is very busy. Please use NHS 111 online unless it is a life-threatening emergency.",
     "/news/winter-pressures"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["reviewed"] = C.keep_or(rng, prev.get("reviewed"), 0.15,
                              lambda: (when - dt.timedelta(days=rng.randint(2, 40))).date())
    if i == 0:
        s["reviewed"] = dt.date(2020, 11, 23)
    s["sizes"] = C.keep_or(rng, prev.get("sizes"), 0.12,
                           lambda: (rng.randint(280, 420), rng.randint(900, 1600), rng.randint(60, 95)))
    s["alert"] = next((k for k, a in enumerate(ALERTS) if a[0][0] <= when < a[0][1]), None)
    s["umbraco"] = C.keep_or(rng, prev.get("umbraco"), 0.4, lambda: (C.hexs(rng, 16), rng.randint(1000, 9999)))
    s["tokens"] = (C.b64tok(rng, 32), C.uuid4(rng))
    s["vacancies"] = C.keep_or(rng, prev.get("vacancies"), 0.7, lambda: rng.randint(48, 190))
    return s


LABELS = {
    "reviewed": "'Page last reviewed / Next review due' stamp (inside the content column)",
    "sizes": "PDF/DOCX sizes in the Documents list (leaflets reprinted)",
    "alert": "global alert band (visiting restrictions, industrial action, winter pressures)",
    "umbraco": "Umbraco client-dependency version / cache-buster",
    "tokens": "antiforgery token and Civic cookie-control session id",
    "vacancies": "'We have N vacancies' footer count",
}


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def render(s, blocks, when):
    if TRACK["blocks"] is not None and blocks != TRACK["blocks"]:
        if REVIEW_ON_EDIT[TRACK["edits"]]:
            s["reviewed"] = (when - dt.timedelta(days=1 + when.day % 6)).date()
        TRACK["edits"] += 1
    TRACK["blocks"] = blocks
    rev = s["reviewed"]
    due = dt.date(rev.year + 2, rev.month, min(rev.day, 28))
    cd, ver = s["umbraco"]
    tok, sid = s["tokens"]
    h1 = blocks[0][1]
    content = "\n".join('<h2 id="%s">%s</h2>' % (slug(v), html.escape(v, quote=False)) if k == "h2" else C.block_html((k, v))
                        for k, v in blocks[1:])
    alert = ""
    if s["alert"] is not None:
        _, t, msg, href = ALERTS[s["alert"]]
        alert = ('<div class="nhsuk-global-alert" id="nhsuk-global-alert"><div class="nhsuk-width-container"><div class="nhsuk-grid-row">'
                 '<div class="nhsuk-grid-column-full"><div class="nhsuk-global-alert__content"><h2 class="nhsuk-global-alert__heading">'
                 '<span class="nhsuk-u-visually-hidden">Alert: </span>%s</h2><p class="nhsuk-global-alert__message">%s '
                 '<a href="%s">Find out more</a></p></div></div></div></div></div>' % (t, msg, href))
    docs = "".join('<li><a href="/media/%s/%s.%s">%s (%s, %s)</a></li>'
                   % (C.det_sha(n, sz)[:5], slug(n), ext, n, ext.upper(), ("%dKB" % sz) if sz < 1000 else ("%.1fMB" % (sz / 1000)))
                   for (n, ext), sz in zip(DOWNLOADS, s["sizes"]))
    nav = "".join('<li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="%s">%s</a></li>' % (h, t)
                  for t, h in [("Our services", "/our-services"), ("Patients and visitors", "/patients-and-visitors"),
                               ("Our hospitals", "/our-hospitals"), ("About us", "/about-us"), ("Work for us", "/work-for-us"),
                               ("Contact us", "/contact-us")])
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>How we use your information - Westbridge and Ashby Hospitals NHS Foundation Trust</title>\n'
            '<link href="/DependencyHandler.axd?s=L2Nzcy9uaHN1ay02LjEuMC5taW4uY3NzOy9jc3MvdHJ1c3QuY3Nz&amp;t=Css&amp;cdv=%d" type="text/css" rel="stylesheet">\n'
            '<link rel="canonical" href="%s">\n'
            '<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>\n'
            '<script>var config={apiKey:"c1b7f5e2a9d04c3e8b61f0a2d7e9c4b5a3f1e0d2",product:"PRO_MULTISITE",sessionId:"%s"};</script>\n'
            '</head>\n<body class="js-enabled">\n<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>\n'
            '<header class="nhsuk-header nhsuk-header--organisation nhsuk-header--white" role="banner"><div class="nhsuk-header__container">'
            '<div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="Westbridge and Ashby Hospitals NHS Foundation Trust homepage">'
            '<svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="presentation" focusable="false" viewBox="0 0 40 16"><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path>'
            '<path class="nhsuk-logo__text" fill="#fff" d="M3.9 1.5h4.4l2.6 9h.1l1.8-9h3.3l-2.8 13H9l-2.7-9h-.1l-1.8 9H1.1M17.3 1.5h3.6l-1 4.9h4L25 1.5h3.5l-2.7 13h-3.5l1.1-5.6h-4.1l-1.2 5.6h-3.4M37.7 4.4c-.7-.3-1.6-.6-2.9-.6-1.4 0-2.5.2-2.5 1.3 0 1.8 5.1 1.2 5.1 5.1 0 3.6-3.3 4.5-6.4 4.5-1.3 0-2.9-.3-4-.7l.8-2.7c.7.4 2.1.7 3.2.7s2.8-.2 2.8-1.5c0-2.1-5.1-1.3-5.1-5 0-3.4 2.9-4.4 5.8-4.4 1.6 0 3.1.2 4 .6"></path></svg>'
            '<span class="nhsuk-organisation-name">Westbridge and Ashby Hospitals</span><span class="nhsuk-organisation-descriptor">NHS Foundation Trust</span></a></div>'
            '<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search">'
            '<form class="nhsuk-header__search-form" id="search" action="/search" method="get" role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search the site</label>'
            '<input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">'
            '<input name="__RequestVerificationToken" type="hidden" value="%s"><button class="nhsuk-search__submit" type="submit" id="search-btn">Search</button></form></div></div></div></div>'
            '<nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">%s</ul></nav></header>\n'
            '%s\n'
            '<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">'
            '<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>'
            '<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/patients-and-visitors">Patients and visitors</a></li></ol>'
            '<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/patients-and-visitors"><span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Patients and visitors</a></p></div></nav>\n'
            '<div class="nhsuk-width-container">\n<main class="nhsuk-main-wrapper" id="maincontent" role="main">\n<div class="nhsuk-grid-row">\n'
            '<div class="nhsuk-grid-column-two-thirds">\n<h1>%s</h1>\n%s\n'
            '<div class="nhsuk-related-documents"><h2 class="nhsuk-heading-m">Documents</h2><ul class="nhsuk-list nhsuk-list--document">%s</ul></div>\n'
            '<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: %s<br>Next review due: %s</p></div>\n'
            '</div>\n<div class="nhsuk-grid-column-one-third"><nav class="nhsuk-related-nav" aria-labelledby="related-nav-heading">'
            '<h2 class="nhsuk-related-nav__heading" id="related-nav-heading">Related information</h2><ul class="nhsuk-related-nav__list">'
            '<li class="nhsuk-related-nav__item"><a class="nhsuk-related-nav__link" href="/patients-and-visitors/access-to-health-records">Access to health records</a></li>'
            '<li class="nhsuk-related-nav__item"><a class="nhsuk-related-nav__link" href="/about-us/freedom-of-information">Freedom of information</a></li>'
            '<li class="nhsuk-related-nav__item"><a class="nhsuk-related-nav__link" href="/patients-and-visitors/pals">Patient Advice and Liaison Service (PALS)</a></li>'
            '<li class="nhsuk-related-nav__item"><a class="nhsuk-related-nav__link" href="/cookies">Cookies</a></li></ul></nav></div>\n'
            '</div>\n</main>\n</div>\n'
            '<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>'
            '<div class="nhsuk-footer"><ul class="nhsuk-footer__list">'
            '<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/accessibility-statement">Accessibility statement</a></li>'
            '<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/patients-and-visitors/how-we-use-your-information">Privacy</a></li>'
            '<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/cookies">Cookies</a></li>'
            '<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/work-for-us">Work for us &ndash; we have %d vacancies</a></li>'
            '<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/about-us/modern-slavery-statement">Modern slavery statement</a></li></ul>'
            '<p class="nhsuk-footer__copyright">&copy; Westbridge and Ashby Hospitals NHS Foundation Trust</p></div></div></div></footer>\n'
            '<script src="/DependencyHandler.axd?s=L3NjcmlwdHMvbmhzdWstNi4xLjAubWluLmpzOy9zY3JpcHRzL3RydXN0Lmpz&amp;t=Javascript&amp;cdv=%d" defer></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"umbracoNode":5172,"build":"%s"});</script>\n'
            '</body>\n</html>\n'
            % (ver, URL, sid, tok, nav, alert, html.escape(h1, quote=False), content, docs, fmt_date(rev), fmt_date(due),
               s["vacancies"], ver, cd))


PAGE = {
    "service": "Westbridge and Ashby Hospitals NHS Foundation Trust", "url": URL, "lang": "en-GB",
    "platform": "Umbraco + NHS.UK frontend", "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 23), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#maincontent .nhsuk-grid-column-two-thirds"],
                    "remove": [".nhsuk-related-documents", ".nhsuk-review-date"]},
}
