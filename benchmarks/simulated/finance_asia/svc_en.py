# Singapore insurer: Salesforce Experience Cloud (Aura) page as rendered by a browser (OTA executeClientScripts):
# data-aura-rendered-by ids that differ per render, Embedded Service chat with online/offline status, TrustArc
# banner, print/share widget, footnotes, "Last updated" line.
import copy
from build_common import *

URL = "https://www.harbourline.com.sg/s/privacy-policy"
SERVICE = "Harbourline Insurance"


def policy0():
    return {
        "title": "Data Protection Policy",
        "meta": [("p", "Last updated: 1 March 2023")],
        "sections": [
            {"id": "e1", "title": "1. Introduction", "body": [
                ("p", "Harbourline Insurance Pte. Ltd. (\"Harbourline\", \"we\", \"us\") is committed to protecting your personal data in accordance with the Personal Data Protection Act 2012 (\"PDPA\")<sup><a href=\"#fn1\" id=\"ref1\">[1]</a></sup>. This Policy explains how we collect, use, disclose and care for personal data of our policyholders, claimants, beneficiaries and website visitors."),
            ]},
            {"id": "e2", "title": "2. Personal data we collect", "body": [
                ("table", ["Category", "Examples", "Purpose"], [
                    ["Identification data", "Name, NRIC/FIN or passport number, date of birth, nationality", "Underwriting, customer due diligence"],
                    ["Contact data", "Residential address, mobile number, email address", "Policy servicing, notices"],
                    ["Health data", "Medical history, medical reports, lifestyle information", "Underwriting and claims assessment"],
                    ["Financial data", "Bank account, credit card details, income", "Premium collection, claims payout"],
                ]),
            ]},
            {"id": "e3", "title": "3. How we use your personal data", "body": [
                ("p", "We use your personal data to assess and process applications, administer policies, investigate and pay claims, detect and prevent fraud, comply with the requirements of the Monetary Authority of Singapore<sup><a href=\"#fn2\" id=\"ref2\">[2]</a></sup>, and, where you have agreed, to send you marketing messages."),
            ]},
            {"id": "e4", "title": "4. Disclosure of personal data", "body": [
                ("p", "We may disclose your personal data to our reinsurers, appointed financial advisers, medical service providers, claims investigators, the Life Insurance Association of Singapore and the General Insurance Association of Singapore for industry fraud databases, and to government agencies where required by law."),
            ]},
            {"id": "e5", "title": "5. Retention", "body": [
                ("p", "We retain personal data for as long as it is necessary for the purposes for which it was collected, and in any case for at least seven years after the end of your policy to meet legal and regulatory requirements."),
            ]},
            {"id": "e6", "title": "6. Contacting our Data Protection Officer", "body": [
                ("p", "If you have any questions about this Policy, or wish to withdraw consent, request access to or correction of your personal data, please contact:"),
                ("p", "Data Protection Officer<br>Harbourline Insurance Pte. Ltd.<br>1 Raffles Place, #20-01 One Raffles Place Tower 2<br>Singapore 048616<br>Email: dpo@harbourline.com.sg"),
            ]},
        ],
        "footnotes": ["<span id=\"fn1\">[1]</span> Personal Data Protection Act 2012 (No. 26 of 2012), as amended by the Personal Data Protection (Amendment) Act 2020.",
                      "<span id=\"fn2\">[2]</span> Including MAS Notice 318 (Market Conduct Standards for Direct Life Insurers) and MAS Guidelines on Outsourcing."],
    }


def edits():
    def e1(p):
        p["footnotes"][1] = "<span id=\"fn2\">[2]</span> Including MAS Notice 318 (Market Conduct Standards for Direct Life Insurers), MAS Notice 314 and the MAS Guidelines on Outsourcing."
    def e2(p):
        replace_text(p, "for at least seven years after the end of your policy", "for at least seven years after the termination of your policy")
    def e3(p):
        replace_text(p, "Last updated: 1 March 2023", "Last updated: 15 January 2024")
    def e4(p):
        replace_text(p, "1 Raffles Place, #20-01 One Raffles Place Tower 2<br>Singapore 048616", "12 Marina Boulevard, #30-01 Marina Bay Financial Centre Tower 3<br>Singapore 018982")
    def e5(p):
        p["sections"].insert(5, {"id": "e5b", "title": "6. Use of artificial intelligence", "body": [
            ("p", "We use machine-learning models to help triage claims and detect potentially fraudulent transactions. Decisions that significantly affect you, such as declining a claim, are always reviewed by a member of our staff.")]})
        find_section(p, "e6")["title"] = "7. Contacting our Data Protection Officer"
    return {5: ("footnote text changed", e1, True), 10: ("one word end->termination", e2, True), 14: ("last-updated date only", e3, True),
            19: ("DPO address", e4, True), 24: ("new AI section + renumber", e5, True)}


class Aura:
    def __init__(self, rng):
        self.n = rng.randint(80, 400)

    def __call__(self):
        self.n += random.randint(1, 4)
        return f'{self.n}:0'


def render(p, a):
    h = [f'<div class="slds-rich-text-editor__output uiOutputRichText forceCommunityRichText" data-aura-rendered-by="{a()}" data-aura-class="forceCommunityRichText">',
         f'<h1>{p["title"]}</h1>', blocks_html(p["meta"], p_class="updated")]
    for s in p["sections"]:
        h.append(f'<h2>{s["title"]}</h2>')
        h.append(blocks_html(s["body"], table_attrs=' class="slds-table slds-table_bordered"'))
    h.append('<hr><div class="footnotes"><ol>' + "".join(f"<li>{f}</li>" for f in p["footnotes"]) + '</ol></div>')
    h.append('</div>')
    return "\n".join(h)


def page(p, i, date, rng):
    random.seed(rng.random())
    a = Aura(rng)
    online = rng.random() < 0.5
    chat = "Chat with us – agents are online" if online else "Chat with us – we are offline. Leave a message and we will get back to you within 1 business day."
    fwuid = alnum(random.Random(i // 5), 22)
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Privacy Policy</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/s/sfsites/c/resource/HarbourlineTheme/css/main.css"><script src="/s/sfsites/auraFW/javascript/{fwuid}/aura_prod.js"></script><script>window.Aura || (window.Aura = {{}}); window.Aura.bootstrap = {{"token":"{alnum(rng, 48)}","pageId":"{hexs(rng, 18)}"}};</script></head>
<body class="comm-page-custom-privacy-policy" data-aura-rendered-by="{a()}"><div class="siteforceSldsTwoCol84SidebarFixedRight siteforceServiceBody" data-aura-rendered-by="{a()}" data-aura-class="siteforceSldsTwoCol84SidebarFixedRight">
<div class="cHeaderPanel" data-aura-rendered-by="{a()}"><div class="forceCommunityThemeHeaderCompact" data-aura-rendered-by="{a()}"><a href="/s/" data-aura-rendered-by="{a()}"><img src="/s/sfsites/c/resource/logo.png" alt="Harbourline Insurance"></a>
<nav class="forceCommunityThemeNav" data-aura-rendered-by="{a()}"><ul><li><a href="/s/life-insurance">Life Insurance</a></li><li><a href="/s/health-insurance">Health Insurance</a></li><li><a href="/s/travel-insurance">Travel Insurance</a></li><li><a href="/s/make-a-claim">Make a Claim</a></li><li><a href="/s/contact-us">Contact Us</a></li></ul></nav>
<div class="forceCommunityThemeProfileMenu" data-aura-rendered-by="{a()}"><a href="/s/login/">Log in to Harbourline Connect</a></div></div></div>
<div class="contentRegion comm-layout-column" data-aura-rendered-by="{a()}"><div class="ui-widget forceCommunityBreadcrumb" data-aura-rendered-by="{a()}"><ol class="slds-breadcrumb slds-list_horizontal"><li class="slds-breadcrumb__item"><a href="/s/">Home</a></li><li class="slds-breadcrumb__item"><span>Privacy Policy</span></li></ol></div>
<div class="cPrintShare" data-aura-rendered-by="{a()}"><button class="slds-button" onclick="window.print()">Print</button><button class="slds-button" data-aura-rendered-by="{a()}">Share</button></div>
<div class="ui-widget" data-aura-rendered-by="{a()}">
{render(p, a)}
</div></div>
<div class="sidebarRegion" data-aura-rendered-by="{a()}"><div class="cRelatedLinks" data-aura-rendered-by="{a()}"><h3>Related</h3><ul><li><a href="/s/terms-of-use">Terms of Use</a></li><li><a href="/s/cookie-notice">Cookie Notice</a></li><li><a href="/s/fraud-alert">Beware of scams impersonating Harbourline</a></li></ul></div></div>
<div class="cFooter" data-aura-rendered-by="{a()}"><p>Harbourline Insurance Pte. Ltd. (Co. Reg. No. 199901234K)</p><p>This policy is protected under the Policy Owners' Protection Scheme which is administered by the Singapore Deposit Insurance Corporation (SDIC).</p><p>© 2025 Harbourline Insurance Pte. Ltd. All rights reserved.</p></div></div>
<div class="embeddedServiceHelpButton" data-aura-rendered-by="{a()}"><div class="helpButton"><button class="helpButtonEnabled uiButton" data-aura-rendered-by="{a()}"><span class="embeddedServiceIcon"></span><span class="helpButtonLabel">{chat}</span></button></div></div>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner"><div id="truste-consent-content"><div id="truste-consent-text">We use cookies to improve your browsing experience and to analyse our traffic. By clicking "Accept All Cookies" you agree to our use of cookies. <a href="/s/cookie-notice">Cookie Notice</a></div><div id="truste-consent-buttons"><button id="truste-consent-button">Accept All Cookies</button><button id="truste-show-consent">Manage Cookies</button></div></div></div></div>
</body></html>"""


def build(rng):
    dates = capture_dates(rng, 28, "2022-09-01", "2026-05-20")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        caps.append({"date": d, "body": page(p, i, d, rng).encode("utf-8"), "ctype": "text/html;charset=UTF-8", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": ".forceCommunityRichText", "executeClientScripts": True}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
