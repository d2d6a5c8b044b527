"""Plandag ApS (Aarhus) - da-DK - vagtplanlægning, HubSpot CMS (drag-and-drop-sektioner): politikken ligger i tre
rich text-moduler i samme kolonne, med et CTA-modul "Download databehandleraftalen vX.Y (PDF)" imellem og den
indlejrede Cookiebot-cookiedeklaration (samtykke-ID, scanningsdato, cookietabeller) midt i afsnittet om cookies;
Trustpilot-widget, HubSpot-chat, hsVars render_id."""
import datetime as dt
import common as C

URL = "https://www.plandag.dk/privatlivspolitik"
MDR = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MDR[d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Plandag tager vi beskyttelsen af dine personoplysninger alvorligt. I denne privatlivspolitik kan du læse, hvordan vi behandler personoplysninger om besøgende på plandag.dk, om kontaktpersoner hos vores kunder og om brugere af Plandag-appen, og hvilke rettigheder du har efter databeskyttelsesforordningen og databeskyttelsesloven.

## 1. Dataansvarlig

@ Plandag ApS
@ Åboulevarden 23, 3. sal
@ 8000 Aarhus C
@ CVR-nr. 38 41 27 65
@ [privatliv@plandag.dk](mailto:privatliv@plandag.dk)

## 2. Hvilke personoplysninger behandler vi?

- Kontaktoplysninger: navn, arbejdsmail, telefonnummer, virksomhed og stilling, når du booker en demo, opretter en prøvekonto eller kontakter os.
- Kundeoplysninger: faktureringsadresse, EAN-nummer og betalingsoplysninger for kunder med et abonnement.
- Brugsoplysninger: log-ins, IP-adresse, enhedstype og hvilke funktioner i Plandag der bruges.
- Kommunikation: indholdet af mails, chatbeskeder og supporthenvendelser.
- Oplysninger fra cookies, hvis du har givet samtykke, jf. afsnit 8.

## 3. Formål og retsgrundlag

Vi behandler dine oplysninger for at kunne levere og fakturere Plandag, yde support og overholde aftalen med din virksomhed (databeskyttelsesforordningens artikel 6, stk. 1, litra b). Vi opbevarer regnskabsmateriale for at overholde bogføringsloven (artikel 6, stk. 1, litra c). Vi sender nyhedsbreve og invitationer til webinarer, når du har givet samtykke (artikel 6, stk. 1, litra a), og vi behandler brugsoplysninger for at sikre og forbedre tjenesten ud fra vores legitime interesse (artikel 6, stk. 1, litra f).

Nyhedsbrevet sendes via Mailchimp (The Rocket Science Group LLC, USA). Du kan til enhver tid afmelde dig via linket nederst i hver mail.

### Når du besøger plandag.dk

Når du besøger vores hjemmeside, registrerer vores hostingudbyder automatisk din IP-adresse, tidspunktet for besøget, den side, du besøger, og oplysninger om din browser. Det sker for at kunne vise hjemmesiden og beskytte den mod angreb, og loggene slettes efter 30 dage. Booker du en demo, bruger vi de oplysninger, du skriver i formularen, til at aftale et tidspunkt og forberede demoen, og vi kan kontakte dig igen inden for de følgende tre måneder for at høre, om du har spørgsmål.

### Når du søger job hos os

Søger du et job hos Plandag, behandler vi din ansøgning, dit CV og eventuelle referencer for at vurdere, om du er den rette til stillingen. Vi indhenter kun referencer med dit samtykke. Får du ikke jobbet, sletter vi din ansøgning seks måneder efter, at stillingen er besat, medmindre du giver os lov til at gemme den længere.

## 4. Plandag som databehandler

Når din arbejdsgiver bruger Plandag til at lægge vagtplaner, registrere arbejdstid og fravær, er det din arbejdsgiver, der er dataansvarlig for oplysningerne om dig. Plandag behandler dem kun efter arbejdsgiverens instruks og i henhold til vores databehandleraftale, som er en del af vores abonnementsvilkår.

%% dpa

Har du spørgsmål til, hvordan din arbejdsgiver bruger Plandag, skal du rette dem til din arbejdsgiver.

## 5. Modtagere af personoplysninger

Vi videregiver ikke dine oplysninger til andre, medmindre loven kræver det. Vi bruger følgende databehandlere, som kun må behandle oplysningerne efter vores instruks:

- Microsoft Ireland Operations Ltd. (Azure, hosting i Nordeuropa, Irland og Holland)
- HubSpot Ireland Ltd. (CRM, formularer og chat)
- The Rocket Science Group LLC (Mailchimp, nyhedsbreve)
- Stripe Payments Europe Ltd. (betalinger)
- e-conomic International A/S (bogføring og fakturering)

## 6. Overførsel til lande uden for EU/EØS

Enkelte af vores databehandlere er en del af koncerner med sæde i USA. Når oplysninger overføres til USA, sker det på grundlag af EU-Kommissionens standardkontraktbestemmelser. Du kan få en kopi ved at skrive til os.

## 7. Hvor længe opbevarer vi oplysningerne?

Oplysninger om kontaktpersoner opbevarer vi, så længe kundeforholdet består, og i op til 24 måneder efter. Oplysninger om leads, der ikke bliver kunder, sletter vi efter 12 måneder uden aktivitet. Regnskabsmateriale opbevares i fem år fra udgangen af det regnskabsår, det vedrører, jf. bogføringsloven. Når en kunde opsiger sit abonnement, sletter vi kundens data i Plandag senest 60 dage efter ophøret.

## 8. Cookies

Vi bruger cookies til at få hjemmesiden til at fungere, til statistik og, hvis du har sagt ja til det, til markedsføring. Du kan altid ændre eller trække dit samtykke tilbage. Nedenfor finder du vores cookiedeklaration med en oversigt over de cookies, vi bruger.

%% cookiedecl

## 9. Sikkerhed

Vi beskytter dine oplysninger med tekniske og organisatoriske sikkerhedsforanstaltninger. Data i Plandag krypteres under overførsel og i hvile, adgang for vores medarbejdere kræver totrinsbekræftelse og logges, og vi tager dagligt backup, som opbevares i et separat datacenter i EU. Vores sikkerhedsarbejde følger ISO 27001, og vi får hvert år en ISAE 3000-erklæring fra en uafhængig revisor, som vores kunder kan rekvirere. Skulle der ske et brud på persondatasikkerheden, underretter vi de berørte kunder uden unødig forsinkelse.

## 10. Dine rettigheder

Du har ret til at få indsigt i de oplysninger, vi behandler om dig, og til at få urigtige oplysninger berigtiget. Du kan også have ret til at få oplysninger slettet, til at få behandlingen begrænset, til dataportabilitet og til at gøre indsigelse mod behandling, der sker på grundlag af vores legitime interesse. Har du givet samtykke, kan du altid trække det tilbage. Skriv til [privatliv@plandag.dk](mailto:privatliv@plandag.dk), så svarer vi inden for en måned.

## 11. Klage til Datatilsynet

Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på.

## 12. Ændringer

Vi opdaterer privatlivspolitikken, når vi ændrer vores behandling af personoplysninger, eller når lovgivningen ændrer sig. Væsentlige ændringer giver vi besked om på mail til vores kunder.
"""

EDITS = [
    {"note": "newsletter moved from Mailchimp to HubSpot Marketing; Mailchimp removed from processors",
     "repl": [("Nyhedsbrevet sendes via Mailchimp (The Rocket Science Group LLC, USA).", "Nyhedsbrevet sendes via HubSpot, som vi også bruger som CRM."),
              ("- The Rocket Science Group LLC (Mailchimp, nyhedsbreve)\n", ""),
              ("- HubSpot Ireland Ltd. (CRM, formularer og chat)", "- HubSpot Ireland Ltd. (CRM, formularer, chat og nyhedsbreve)")]},
    {"note": "silent: complaint section now links Datatilsynet and gives its phone number (date not changed)", "bump": False,
     "repl": [("Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, hvis",
               "Du kan klage til [Datatilsynet](https://www.datatilsynet.dk/borger/klage-til-datatilsynet), Carl Jacobsens Vej 35, 2500 Valby, tlf. 33 19 32 00, hvis")]},
    {"note": "transfers to the US now under the EU-U.S. Data Privacy Framework (HubSpot, Stripe, Microsoft certified); SCCs as fallback",
     "repl": [("Når oplysninger overføres til USA, sker det på grundlag af EU-Kommissionens standardkontraktbestemmelser. Du kan få en kopi ved at skrive til os.",
               "Når oplysninger overføres til USA, sker det til virksomheder, der er certificeret under EU-U.S. Data Privacy Framework, som EU-Kommissionen har vurderet giver et tilstrækkeligt beskyttelsesniveau (det gælder HubSpot, Stripe og Microsoft). Hvis en modtager ikke er certificeret, bruger vi EU-Kommissionens standardkontraktbestemmelser. Du kan få en kopi ved at skrive til os.")]},
    {"note": "new product Plandag Løn: payroll export with CPR numbers (databeskyttelseslovens § 11), integration partners as processors, retention",
     "repl": [("Har du spørgsmål til, hvordan din arbejdsgiver bruger Plandag, skal du rette dem til din arbejdsgiver.",
               "Bruger din arbejdsgiver Plandag Løn, behandler vi også dit CPR-nummer og dine kontooplysninger for at kunne overføre timer, tillæg og fravær til lønsystemet. CPR-nummeret behandles efter databeskyttelseslovens § 11, stk. 2, nr. 1, fordi det følger af lovgivningen om indberetning af løn til eIndkomst. Oplysningerne sendes krypteret til din arbejdsgivers lønsystem (fx Danløn, Dataløn eller ProLøn).\n\nHar du spørgsmål til, hvordan din arbejdsgiver bruger Plandag, skal du rette dem til din arbejdsgiver."),
              ("- e-conomic International A/S (bogføring og fakturering)",
               "- e-conomic International A/S (bogføring og fakturering)\n- Danske Lønsystemer A/S og Bluegarden A/S (lønintegration, kun for Plandag Løn)")]},
    {"note": "AI feature 'Smart vagtplan' on Azure OpenAI (Sweden Central), no training, planner approves; processors list updated",
     "repl": [("Når en kunde opsiger sit abonnement,",
               "Bruger din arbejdsgiver funktionen Smart vagtplan, sendes pseudonymiserede oplysninger om vagter, kompetencer og ønsker til Azure OpenAI Service i Microsofts datacenter i Sverige for at foreslå en vagtplan. Oplysningerne bruges ikke til at træne AI-modeller og slettes efter 30 dage. En planlægger godkender altid forslaget, og der træffes ikke afgørelser alene på grundlag af automatisk behandling.\n\nNår en kunde opsiger sit abonnement,"),
              ("- Microsoft Ireland Operations Ltd. (Azure, hosting i Nordeuropa, Irland og Holland)",
               "- Microsoft Ireland Operations Ltd. (Azure, hosting i Nordeuropa, Irland og Holland, samt Azure OpenAI Service i Sverige)")]},
]

COOKIES = {
    "Nødvendige": [("CookieConsent", "Cookiebot", "Gemmer brugerens samtykketilstand for cookies på det aktuelle domæne", "1 år", "HTTP Cookie"),
                   ("__cf_bm", "HubSpot", "Bruges til at skelne mellem mennesker og bots", "1 dag", "HTTP Cookie"),
                   ("__hssrc", "plandag.dk", "Bruges til at afgøre, om den besøgende har genstartet browseren", "Session", "HTTP Cookie"),
                   ("messagesUtk", "plandag.dk", "Gemmer chatsamtaler, så de kan genoptages", "180 dage", "HTTP Cookie")],
    "Statistik": [("__hstc", "plandag.dk", "Indsamler data om besøgendes adfærd til statistik", "180 dage", "HTTP Cookie"),
                  ("hubspotutk", "plandag.dk", "Identificerer den besøgende på tværs af sessioner", "180 dage", "HTTP Cookie"),
                  ("__hssc", "plandag.dk", "Identificerer, om cookie-data skal opdateres", "1 dag", "HTTP Cookie"),
                  ("_ga", "Google", "Registrerer et unikt ID til statistik", "2 år", "HTTP Cookie"),
                  ("_ga_#", "Google", "Bruges af Google Analytics til at indsamle data om besøg", "2 år", "HTTP Cookie")],
    "Marketing": [("_fbp", "Meta Platforms, Inc.", "Bruges af Facebook til at levere annoncer", "3 måneder", "HTTP Cookie"),
                  ("bcookie", "LinkedIn", "Bruges af LinkedIn til at spore brugen af integrerede tjenester", "1 år", "HTTP Cookie"),
                  ("li_sugr", "LinkedIn", "Indsamler data om brugeradfærd", "3 måneder", "HTTP Cookie"),
                  ("_gcl_au", "Google", "Bruges af Google AdSense til at eksperimentere med annoncer", "3 måneder", "HTTP Cookie"),
                  ("IDE", "Google", "Registrerer og rapporterer brugerens handlinger efter visning af en annonce", "1 år", "HTTP Cookie")],
    "Ikke klassificerede": [("hs-messages-hide-welcome-message", "plandag.dk", "Afventer klassificering", "1 dag", "HTML Local Storage"),
                            ("plandag_ab", "plandag.dk", "Afventer klassificering", "30 dage", "HTTP Cookie")],
}
DPA = [(dt.date(2021, 1, 1), "2.3", "2021-04"), (dt.date(2023, 5, 22), "3.0", "2023-05"), (dt.date(2024, 11, 4), "3.1", "2024-11")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["hs"] = (C.uuid4(rng), int(C.epoch(when) * 1000) + rng.randint(0, 999))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: str(int(C.epoch(when) * 1000) - rng.randint(10 ** 6, 10 ** 9)))
    scan = dt.date(when.year, when.month, min(28, 3 + rng.randint(0, 2))) if when.day > 5 else (when.date() - dt.timedelta(days=25)).replace(day=4)
    pick = {}
    for cat, rows in COOKIES.items():
        pick[cat] = tuple(r[0] for r in rows if rng.random() < 0.85 or cat == "Nødvendige")
    s["cookiebot"] = (scan.isoformat(), tuple(sorted(pick.items())))
    s["consent"] = (C.b64tok(rng, 33), (when + dt.timedelta(seconds=rng.randint(2, 40))).strftime("%d.%m.%Y %H.%M.%S"))
    s["dpa"] = [v for d, v, f in DPA if when.date() >= d][-1]
    days = (when.date() - dt.date(2021, 1, 1)).days
    s["trustpilot"] = ("4,7" if days < 1000 else "4,8", 180 + days // 4 + rng.randint(0, 3))
    s["chat"] = rng.random() < 0.8
    return s


LABELS = {
    "hs": "HubSpot hsVars render_id and ticks (per request)",
    "assets": "HubSpot template asset timestamps",
    "cookiebot": "Cookiebot declaration: monthly scan date and cookie list",
    "consent": "Cookiebot declaration: per-visit consent ID and consent date",
    "dpa": "DPA download CTA: new DPA version (another document)",
    "trustpilot": "Trustpilot widget score and review count",
    "chat": "HubSpot chat launcher (present or not at capture time)",
}


def cookie_decl(s):
    scan, pick = s["cookiebot"]
    cid, cdate = s["consent"]
    y, m, d = scan.split("-")
    types = ""
    desc = {"Nødvendige": "Nødvendige cookies hjælper med at gøre en hjemmeside brugbar ved at aktivere grundlæggende funktioner såsom side-navigation og adgang til sikre områder af hjemmesiden. Hjemmesiden kan ikke fungere ordentligt uden disse cookies.",
            "Statistik": "Statistiske cookies hjælper webstedsejere med at forstå, hvordan besøgende interagerer med hjemmesider ved at indsamle og rapportere oplysninger anonymt.",
            "Marketing": "Marketingcookies bruges til at spore besøgende på tværs af hjemmesider. Hensigten er at vise annoncer, der er relevante og engagerende for den enkelte bruger.",
            "Ikke klassificerede": "Uklassificerede cookies er cookies, som vi er i færd med at klassificere sammen med udbyderne af de enkelte cookies."}
    for cat, names in pick:
        rows = [r for r in COOKIES[cat] if r[0] in names]
        trs = "".join('<tr><td class="CookieDeclarationTableCell" title="%s">%s</td><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td></tr>' % (r[0], r[0], r[1], r[2], r[3], r[4]) for r in rows)
        types += ('<div class="CookieDeclarationType" lang="da" dir="ltr"><p class="CookieDeclarationTypeHeader">%s (%d)</p><p class="CookieDeclarationTypeDescription">%s</p>'
                  '<table class="CookieDeclarationTable"><colgroup><col style="width:20%%"><col style="width:20%%"><col style="width:35%%"><col style="width:15%%"><col style="width:10%%"></colgroup>'
                  '<thead><tr><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Navn</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Udbyder</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Formål</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Udløb</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Type</th></tr></thead>'
                  '<tbody>%s</tbody></table></div>' % (cat, len(rows), desc[cat], trs))
    return ('<script id="CookieDeclaration" src="https://consent.cookiebot.com/3f1a9c2e-7b4d-4e8a-b5c6-1d2e3f4a5b6c/cd.js" type="text/javascript" async></script>'
            '<div class="CookieDeclaration" lang="da" dir="ltr"><p class="CookieDeclarationDialogText">Denne hjemmeside bruger cookies. </p>'
            '<p class="CookieDeclarationIntro">Vi bruger cookies til at tilpasse vores indhold og annoncer, til at vise dig funktioner til sociale medier og til at analysere vores trafik. Vi deler også oplysninger om din brug af vores hjemmeside med vores partnere inden for sociale medier, annonceringspartnere og analysepartnere.</p>'
            '<p>Dit samtykke gælder for følgende domæner: www.plandag.dk</p>'
            '<div id="CookieDeclarationUserStatusPanel" style="display:block"><div id="CookieDeclarationUserStatusLabelOn" style="display:none">Din nuværende tilstand: Tillad alle.</div>'
            '<div id="CookieDeclarationUserStatusLabelOff" style="display:block">Din nuværende tilstand: Afvis alle. </div>'
            '<div id="CookieDeclarationUserStatusLabelConsentId">Dit samtykke-ID: <span id="CookieDeclarationConsentIdAndDate">%s</span></div>'
            '<div id="CookieDeclarationUserStatusLabelConsentDate">Samtykkedato: %s</div>'
            '<div id="CookieDeclarationUserStatusLabelWithdraw"><a href="#" onclick="Cookiebot.withdraw();return false;">Tilbagekald dit samtykke</a></div>'
            '<a id="CookieDeclarationChangeConsentChange" href="#" onclick="Cookiebot.renew();return false;">Skift dit samtykke</a></div>'
            '<p class="CookieDeclarationLastUpdated">Cookie-deklarationen er sidst opdateret den %d.%d.%s af <a href="https://www.cookiebot.com" target="_blank" rel="noopener" title="Cookiebot">Cookiebot</a></p>%s</div>'
            % (cid, cdate, int(d), int(m), y, types))


def rich(mid, blocks):
    return ('<div class="row-fluid-wrapper dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12">'
            '<div id="hs_cos_wrapper_widget_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            '<span id="hs_cos_wrapper_widget_%s_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s</span></div></div></div></div>'
            % (mid, mid, blocks))


def render(s, blocks, when):
    render_id, ticks = s["hs"]
    segs = C.segments(blocks)
    h1 = segs["head"][0]
    part1 = C.blocks_html(segs["head"][1:])
    dpa_v = s["dpa"]
    dpa_file = [f for d, v, f in DPA if v == dpa_v][0]
    cta = ('<div class="row-fluid-wrapper dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">'
           '<div id="hs_cos_wrapper_widget_1651238874411" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
           '<div class="download-card hs-cta-embed"><img src="https://www.plandag.dk/hubfs/ikoner/pdf.svg" alt="" width="32" height="32"><div><p class="download-card__title">Databehandleraftale (DPA)</p>'
           '<p class="download-card__meta">Version %s · PDF</p></div><a class="button button--secondary" href="https://www.plandag.dk/hubfs/legal/Plandag-databehandleraftale-v%s-%s.pdf" download>Download databehandleraftalen v%s</a></div></div></div></div></div>'
           % (dpa_v, dpa_v, dpa_file, dpa_v))
    cookie_part = segs["cookiedecl"]
    dpa_part = segs["dpa"]
    # the cookies section ends the dpa segment: its intro paragraph, then the declaration, then the rest
    # (the "%% cookiedecl" marker sits right after the cookies section's intro)
    mid = C.blocks_html(dpa_part) + "\n" + cookie_decl(s)
    col = (rich("1651238760322", part1) + cta + rich("1651238905127", mid) + rich("1651239011876", C.blocks_html(cookie_part)))
    tp_score, tp_n = s["trustpilot"]
    chat = ('<div id="hubspot-messages-iframe-container" class="widget-align-right" style="display:initial!important;z-index:2147483647;position:fixed!important;bottom:0!important;right:0!important">'
            '<div class="shadow-container "></div><iframe title="Chatwidget" src="https://app-eu1.hubspot.com/conversations-visitor/25123456/threads/utk/%s?uuid=%s&amp;mobile=false&amp;hideWelcomeMessage=false" allowfullscreen></iframe></div>'
            % (render_id.replace("-", "")[:32], C.det_sha(render_id)[:32])) if s["chat"] else ""
    header = ('<div data-global-resource-path="plandag-2022/templates/partials/header.html"><header class="header"><a class="header__skip" href="#main-content">Spring til indhold</a>'
              '<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="https://www.plandag.dk/hubfs/plandag-logo.svg" alt="Plandag" width="140" height="36"></a></div>'
              '<nav class="menu menu--desktop" aria-label="Hovedmenu"><ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/funktioner">Funktioner</a></li>'
              '<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/brancher">Brancher</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" href="/priser">Priser</a></li>'
              '<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/kunder">Kunder</a></li><li class="menu__item menu__item--depth-1"><a class="menu__link" href="/blog">Blog</a></li></ul></nav>'
              '<div class="header__cta"><a class="button button--ghost" href="https://app.plandag.dk">Log ind</a><a class="button" href="/book-demo">Book en demo</a></div></div></header></div>')
    main = ('<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--legal">'
            '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section legal-header"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column"><h1>%s</h1></div></div></div>'
            '<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid"><div class="span8 widget-span widget-type-cell dnd-column legal-body" data-widget-type="cell" data-x="0" data-w="8">%s</div>'
            '<div class="span4 widget-span widget-type-cell dnd-column legal-aside"><div class="legal-nav"><p class="legal-nav__title">Juridiske dokumenter</p><ul><li><a href="/handelsbetingelser">Handelsbetingelser</a></li>'
            '<li><a href="/privatlivspolitik" aria-current="page">Privatlivspolitik</a></li><li><a href="/databehandleraftale">Databehandleraftale</a></li><li><a href="/underdatabehandlere">Underdatabehandlere</a></li><li><a href="/sikkerhed">Sikkerhed</a></li></ul></div></div>'
            '</div></div></div></main>' % (C.inline_html(h1[1]), col))
    footer = ('<div data-global-resource-path="plandag-2022/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">'
              '<div class="trustpilot-widget" data-locale="da-DK" data-template-id="5419b6ffb0d04a076446a9af" data-businessunit-id="5f2a1c3b4d5e6f7a8b9c0d1e" data-style-height="20px" data-theme="dark">'
              '<a href="https://dk.trustpilot.com/review/plandag.dk" target="_blank" rel="noopener">Fremragende <strong>%s</strong> ud af 5 baseret på <strong>%d anmeldelser</strong></a></div>'
              '<p>Plandag ApS · Åboulevarden 23, 3. sal · 8000 Aarhus C · CVR 38412765 · <a href="mailto:hej@plandag.dk">hej@plandag.dk</a></p>'
              '<p><a href="/privatlivspolitik">Privatlivspolitik</a> · <a href="javascript:Cookiebot.renew()">Cookie-indstillinger</a> · <a href="/handelsbetingelser">Handelsbetingelser</a></p>'
              '<p>&copy; %d Plandag ApS</p></div></footer></div>' % (tp_score, tp_n, when.year))
    ta = s["assets"]
    return ('<!doctype html><html lang="da"><head>\n<meta charset="utf-8">\n<title>Privatlivspolitik | Plandag</title>\n'
            '<link rel="shortcut icon" href="https://www.plandag.dk/hubfs/favicon.png">\n<meta name="description" content="Læs, hvordan Plandag behandler dine personoplysninger.">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3f1a9c2e-7b4d-4e8a-b5c6-1d2e3f4a5b6c" data-blockingmode="auto" type="text/javascript"></script>\n'
            '<link rel="stylesheet" href="https://www.plandag.dk/hs-fs/hub/25123456/hub_generated/template_assets/1/78123456789/%s/template_main.min.css">\n'
            '<link rel="stylesheet" href="https://www.plandag.dk/hs-fs/hub/25123456/hub_generated/module_assets/1/78123457001/%s/module_download-card.min.css">\n'
            '<script>var hsVars = {render_id: "%s", ticks: %d, page_id: 78912345678, content_group_id: 0, portal_id: 25123456, app_hs_base_url: "https://app-eu1.hubspot.com", cp_hs_base_url: "https://cp-eu1.hubspot.com", language: "da", analytics_page_type: "standard-page", scp_content_type: "", analytics_page_id: "78912345678", category_id: 1, folder_id: 0, is_hubspot_user: false}</script>\n'
            '<link rel="canonical" href="%s">\n<meta name="generator" content="HubSpot"></head>\n'
            '<body><div class="body-wrapper   hs-content-id-78912345678 hs-site-page page ">\n%s\n%s\n%s\n</div>\n%s\n'
            '<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>\n'
            '<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/25123456.js"></script>\n</body></html>\n'
            % (ta, str(int(ta) + 417), render_id, ticks, URL, header, main, footer, chat))


PAGE = {
    "service": "Plandag", "url": URL, "lang": "da-DK", "platform": "HubSpot CMS (drag-and-drop page)",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2021, 9, 13), "end": dt.date(2026, 2, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "declaration": {"fetch": URL, "select": [".legal-header h1", ".legal-body"],
                    "remove": [".hs-cta-embed", ".CookieDeclaration"]},
}
