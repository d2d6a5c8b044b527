"""Paveza (Romanian antivirus vendor), privacy policy on Magnolia CMS 6 (Java, FreeMarker templates, DAM
jcr: links, resfn ~timestamp~cache fingerprints), Romanian.

Noise: a promotion component with a renewal/offer countdown that marketing placed *inside* the declared
`.legal-content` main area (between the intro and section 1; present in campaign periods; the curator removes
`.promo-inline`), an awards carousel beside it whose order and active slide are drawn per visit, the header's
"protected devices" stat, and Magnolia's fingerprinted theme resources (deploys)."""
import datetime as dt
import html
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.paveza.ro/ro/legal/politica-de-confidentialitate.html"

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Paveza Software SRL („Paveza”, „noi”) dezvoltă soluții de securitate cibernetică pentru utilizatori casnici și companii: Paveza Antivirus Plus, Paveza Total Security, Paveza Family Pack, Paveza VPN și platforma Paveza GravityZone pentru companii. Această politică explică ce date cu caracter personal prelucrăm atunci când folosiți produsele, site-ul și serviciile noastre de asistență, de ce le prelucrăm și ce drepturi aveți.

Ne angajăm să colectăm cât mai puține date și să nu vindem niciodată datele dumneavoastră către terți.

## 1. Cine suntem

Operatorul datelor dumneavoastră cu caracter personal este:

@ Paveza Software SRL
@ Bd. Dimitrie Pompeiu nr. 9-9A, Sector 2
@ 020335 București, România
@ CUI: RO18412345, Nr. Reg. Com.: J40/4321/2006

Am desemnat un responsabil cu protecția datelor (DPO), pe care îl puteți contacta la adresa [dpo@paveza.ro](mailto:dpo@paveza.ro) sau la numărul de telefon +40 21 206 3000.

## 2. Ce date colectăm

### 2.1 Date pe care ni le furnizați

- **Date de cont:** nume, prenume, adresă de e-mail, parolă (stocată exclusiv sub formă de hash) și țara de reședință.
- **Date de facturare:** adresă de facturare, metodă de plată și istoricul comenzilor. Datele complete ale cardului sunt prelucrate doar de procesatorul de plăți.
- **Date din comunicări:** conținutul solicitărilor adresate echipei de asistență, înregistrările conversațiilor telefonice (cu informarea dumneavoastră prealabilă) și răspunsurile la sondaje.

### 2.2 Date colectate de produsele noastre

Pentru a vă proteja, produsele noastre trebuie să analizeze fișierele, aplicațiile și conexiunile de rețea de pe dispozitivele dumneavoastră. În acest scop prelucrăm:

- identificatori tehnici ai dispozitivului și ai instalării, versiunea sistemului de operare și a produsului;
- amprente (hash) ale fișierelor suspecte și, doar dacă ați activat această opțiune, mostre ale fișierelor suspecte;
- adresele URL accesate, verificate în timp real în rețeaua noastră de protecție globală, fără a fi asociate cu identitatea dumneavoastră;
- informații despre amenințările detectate și acțiunile efectuate de produs.

Nu citim conținutul documentelor, al e-mailurilor sau al mesajelor dumneavoastră. Analiza se face automat, iar rezultatele sunt folosite doar pentru detectarea amenințărilor.

### 2.3 Date colectate pe site

Când vizitați site-ul nostru colectăm adresa IP, tipul browserului, paginile vizitate și informaţii despre modul în care ați ajuns pe site. Pentru detalii, consultați [Politica privind modulele cookie](/ro/legal/politica-cookie.html).

## 3. Scopurile și temeiurile juridice ale prelucrării

| Scop | Temei juridic | Perioada de stocare |
| Furnizarea protecției și actualizarea produselor | executarea contractului | pe durata abonamentului |
| Administrarea contului și facturarea | executarea contractului și obligație legală | 10 ani pentru documentele financiar-contabile |
| Îmbunătățirea tehnologiilor de detecție | interes legitim | 3 ani, în formă pseudonimizată |
| Asistență pentru clienți | executarea contractului | 2 ani de la închiderea solicitării |
| Comunicări comerciale și oferte | consimțământ | până la retragerea consimțământului |
| Prevenirea fraudelor și a utilizării abuzive a licențelor | interes legitim | 1 an |

## 4. Destinatarii datelor

Nu vindem și nu închiriem datele dumneavoastră. Le putem dezvălui următoarelor categorii de destinatari, numai în măsura necesară:

| Destinatar | Activitate | Țara |
| Amazon Web Services EMEA SARL | găzduire în cloud | Luxemburg |
| Digital River Ireland Ltd. | revânzător autorizat și procesare plăți | Irlanda |
| Salesforce, Inc. | gestionarea relației cu clienții | SUA |
| Genesys Cloud Services, Inc. | centru de apel și chat | SUA |

Revânzătorii autorizați prin care ați cumpărat produsul prelucrează datele de comandă ca operatori independenți. Putem divulga date autorităților publice doar atunci când legea ne obligă, de exemplu în baza unei hotărâri judecătorești.

## 5. Transferuri internaționale

Unii dintre furnizorii noștri se află în afara Spațiului Economic European. Transferurile către SUA se realizează în baza Cadrului UE-SUA privind protecția datelor (EU-U.S. Data Privacy Framework) sau a clauzelor contractuale standard aprobate de Comisia Europeană, completate de măsuri tehnice precum criptarea.

## 6. Perioada de stocare

Păstrăm datele doar atât timp cât este necesar pentru scopurile de mai sus sau cât impune legea. După expirarea abonamentului păstrăm datele contului încă 12 luni, pentru a vă permite reînnoirea. Ulterior, datele sunt șterse sau anonimizate ireversibil. Mostrele de fișiere malițioase, care nu conțin date despre dumneavoastră, pot fi păstrate în colecția de cercetare a laboratoarelor noastre pe termen nelimitat.

## 7. Securitatea datelor

Aplicăm măsuri tehnice și organizatorice adecvate: criptarea datelor în tranzit și în repaus, controlul strict al accesului, autentificarea multifactor pentru angajați, testarea periodică a sistemelor și monitorizarea permanentă de către centrul nostru de operațiuni de securitate. Suntem certificați ISO/IEC 27001 și SOC 2 Type II.

## 8. Drepturile dumneavoastră

În conformitate cu Regulamentul (UE) 2016/679 (GDPR), aveți următoarele drepturi:

- dreptul de acces la datele dumneavoastră;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de a vă opune prelucrării bazate pe interes legitim;
- dreptul de a vă retrage oricând consimțământul.

Vă puteți exercita drepturile din secțiunea „Confidențialitate” a contului Paveza Central sau scriindu-ne la [dpo@paveza.ro](mailto:dpo@paveza.ro). Vă vom răspunde în termen de cel mult o lună. Aveți, de asemenea, dreptul de a depune o plângere la autoritatea de supraveghere:

@ Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal
@ B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1
@ 010336 București
@ [www.dataprotection.ro](https://www.dataprotection.ro)

## 9. Minori

Produsele noastre sunt destinate persoanelor cu vârsta de peste 16 ani. Funcția de control parental din Paveza Total Security și Paveza Family Pack prelucrează date despre dispozitivele copiilor numai la solicitarea părintelui, care răspunde de această prelucrare.

## 10. Modificări ale politicii

Putem actualiza periodic această politică. Vă vom informa despre modificările importante prin e-mail sau printr-o notificare în produs, înainte ca acestea să intre în vigoare.
"""

EDITS = [
    {"note": "processor added to the recipients table (Zuora for subscription billing)",
     "repl": [("| Salesforce, Inc. | gestionarea relației cu clienții | SUA |",
               "| Salesforce, Inc. | gestionarea relației cu clienții | SUA |\n"
               "| Zuora, Inc. | facturarea abonamentelor | SUA |")]},
    {"note": "pseudonymised detection data kept 2 years instead of 3",
     "repl": [("| interes legitim | 3 ani, în formă pseudonimizată |", "| interes legitim | 2 ani, în formă pseudonimizată |")]},
    {"note": "new subsection 2.4 on the Scam Guard anti-fraud assistant",
     "repl": [("## 3. Scopurile și temeiurile juridice ale prelucrării",
               "### 2.4 Asistentul anti-fraudă Scam Guard\n\n"
               "Dacă folosiți Scam Guard, mesajele, linkurile sau capturile de ecran pe care le trimiteți "
               "asistentului sunt analizate pentru a stabili dacă reprezintă o tentativă de fraudă. Conținutul "
               "trimis este păstrat cel mult 30 de zile și nu este folosit pentru antrenarea modelelor fără "
               "acordul dumneavoastră expres.\n\n"
               "## 3. Scopurile și temeiurile juridice ale prelucrării")]},
    {"note": "cedilla letter replaced by comma-below in 'informații', no new date", "bump": False,
     "repl": [("informaţii despre modul", "informații despre modul")]},
    {"note": "registered office moved (address block changed)",
     "repl": [("@ Bd. Dimitrie Pompeiu nr. 9-9A, Sector 2\n@ 020335 București, România",
               "@ Calea Floreasca nr. 169A, Sector 1\n@ 014459 București, România")]},
]

AWARDS = [("avtest-top-product", "AV-TEST Top Product"), ("avc-product-of-the-year", "AV-Comparatives Product of the Year"),
          ("selabs-aaa", "SE Labs AAA"), ("pcmag-editors-choice", "PCMag Editors' Choice"),
          ("avc-advanced-plus", "AV-Comparatives Advanced+"), ("mrg-effitas", "MRG Effitas 360 Certified")]
DAM = {k: C.det_uuid("paveza-dam", k) for k, _ in AWARDS}

CAMPAIGNS = [("Paveza Total Security", 60, "Ofertă limitată"), ("Paveza Family Pack", 55, "Reducere de sezon"),
             ("Paveza Antivirus Plus", 50, "Ofertă de reînnoire"), ("Paveza Total Security + VPN", 65, "Black Friday")]


def noise(rng, when, i, prev):
    p = prev or {}
    # campaigns run in two-week windows; some windows have none
    win = when.toordinal() // 14
    crng = random.Random("paveza-campaign-%d" % win)
    camp = None
    if crng.random() < 0.72:
        name, pct, kind = CAMPAIGNS[3] if when.month == 11 else CAMPAIGNS[crng.randrange(3)]
        end = dt.datetime.fromordinal((win + 1) * 14) - dt.timedelta(seconds=1)
        left = end - when
        camp = (name, pct, kind, left.days, left.seconds // 3600, (left.seconds // 60) % 60, left.seconds % 60,
                crng.choice(["PVZ", "RO", "WEB"]) + str(crng.randint(100, 999)))
    order = [k for k, _ in AWARDS]
    rng.shuffle(order)
    return {
        "campaign": camp,
        "awards": (tuple(order), rng.randrange(len(order))),
        "protected": 480 + (when.year - 2022) * 12 + when.month,
        "fp": C.keep_or(rng, p.get("fp"), 0.1, lambda: (when - dt.timedelta(hours=rng.randint(3, 400),
                                                                            seconds=rng.randint(0, 3599))
                                                       ).strftime("%Y-%m-%d-%H-%M-%S-000")),
    }


LABELS = {"campaign": "promotion countdown inside the legal content area (removed by the declaration)",
          "awards": "awards carousel order/active slide", "protected": "header 'protected devices' stat",
          "fp": "Magnolia ~timestamp~cache resource fingerprints (deploy)"}


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    intro = head[1:]
    fp = s["fp"]
    promo = ""
    if s["campaign"]:
        name, pct, kind, d, h, m, sec, code = s["campaign"]
        promo = """
        <div class="promo-inline" data-campaign="{code}" data-end-offset="{tot}">
          <div class="promo-inline__badge">-{pct}%</div>
          <div class="promo-inline__text"><strong>{kind}:</strong> {name} la jumătate de preț pentru primul an.</div>
          <div class="promo-inline__countdown" data-countdown>Oferta expiră în <span class="cd-d">{d:02d}</span> zile <span class="cd-h">{h:02d}</span>:<span class="cd-m">{m:02d}</span>:<span class="cd-s">{sec:02d}</span></div>
          <a class="btn btn--orange" href="/ro/magazin/?pid={code}&amp;src=legal">Cumpără acum</a>
        </div>""".format(code=code, tot=d * 86400 + h * 3600 + m * 60 + sec, pct=pct, kind=kind, name=name, d=d, h=h,
                         m=m, sec=sec)
    sections = "\n".join('        <div class="text-component">\n%s\n        </div>'
                         % C.blocks_html([("h2", h2)] + bl) for h2, bl in secs)
    order, active = s["awards"]
    names = dict(AWARDS)
    slides = "\n".join(
        '            <div class="awards-carousel__slide%s" data-index="%d"><img src="/dam/jcr:%s/%s.png" alt="%s" '
        'loading="lazy"><span class="awards-carousel__caption">%s</span></div>'
        % (" is-active" if j == active else "", j, DAM[k], k, html.escape(names[k]), html.escape(names[k]))
        for j, k in enumerate(order))
    return """<!DOCTYPE html>
<html xml:lang="ro" lang="ro" class="no-js">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Politica de confidențialitate - Paveza</title>
    <meta name="description" content="Află cum prelucrează Paveza datele tale cu caracter personal." />
    <meta name="keywords" content="" />
    <link rel="canonical" href="{url}" />
    <link rel="alternate" hreflang="en" href="https://www.paveza.com/en/legal/privacy-policy.html" />
    <link rel="alternate" hreflang="ro" href="{url}" />
    <link rel="stylesheet" type="text/css" href="/.resources/paveza-theme/webresources/css/vendor~{fp}~cache.css" media="all" />
    <link rel="stylesheet" type="text/css" href="/.resources/paveza-theme/webresources/css/main~{fp}~cache.css" media="all" />
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="7a0c2d14-9e3b-4f55-8d21-6b9e0f4c3a77"></script>
    <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"legal","siteLanguage":"ro","siteRegion":"RO","currency":"RON"}});</script>
    <script async src="https://www.googletagmanager.com/gtm.js?id=GTM-PVZ7K3"></script>
</head>
<body class="page-legal lang-ro">
<div class="page-wrapper">
    <header class="site-header">
        <div class="site-header__top">
            <div class="container">
                <span class="site-header__stat">Peste <strong>{protected} milioane</strong> de dispozitive protejate</span>
                <div class="region-picker">
                    <button class="region-picker__toggle" aria-expanded="false">România (RON)</button>
                    <ul class="region-picker__list" hidden>
                        <li><a href="https://www.paveza.com/en/" hreflang="en">International (USD)</a></li>
                        <li><a href="https://www.paveza.de/de/" hreflang="de">Deutschland (EUR)</a></li>
                        <li><a href="https://www.paveza.md/ro/" hreflang="ro-MD">Republica Moldova (MDL)</a></li>
                    </ul>
                </div>
                <a class="site-header__login" href="https://central.paveza.ro/login?lang=ro_RO">Paveza Central</a>
            </div>
        </div>
        <div class="site-header__main container">
            <a class="site-header__logo" href="/ro/"><img src="/.resources/paveza-theme/webresources/img/logo~{fp}~cache.svg" alt="Paveza" /></a>
            <nav class="main-nav" aria-label="Navigare principală">
                <ul>
                    <li><a href="/ro/acasa/">Pentru acasă</a></li>
                    <li><a href="/ro/companii/">Pentru companii</a></li>
                    <li><a href="/ro/parteneri/">Parteneri</a></li>
                    <li><a href="/ro/suport/">Suport</a></li>
                    <li><a href="/ro/blog/">Blog</a></li>
                </ul>
            </nav>
            <a class="btn btn--orange site-header__cta" href="/ro/descarcare/">Descarcă</a>
        </div>
    </header>

    <main class="main-area" role="main">
        <div class="container">
            <nav class="breadcrumb"><a href="/ro/">Acasă</a> / <a href="/ro/legal/">Informații legale</a> / <span>Politica de confidențialitate</span></nav>
            <div class="legal-layout">
                <aside class="legal-sidebar">
                    <ul>
                        <li><a href="/ro/legal/termeni-si-conditii.html">Termeni și condiții</a></li>
                        <li class="active"><a href="/ro/legal/politica-de-confidentialitate.html">Politica de confidențialitate</a></li>
                        <li><a href="/ro/legal/politica-cookie.html">Politica privind modulele cookie</a></li>
                        <li><a href="/ro/legal/eula.html">Acordul de licență (EULA)</a></li>
                    </ul>
                </aside>
                <article class="legal-content">
        <div class="text-component">
<h1>{title}</h1>
{intro}
        </div>{promo}
{sections}
                </article>
            </div>
        </div>
        <section class="awards-carousel" data-autoplay="5000">
            <h2 class="awards-carousel__title">Premii și certificări independente</h2>
            <div class="awards-carousel__track">
{slides}
            </div>
        </section>
    </main>

    <footer class="site-footer">
        <div class="container">
            <div class="site-footer__cols">
                <div><h4>Produse</h4><ul><li><a href="/ro/acasa/antivirus-plus/">Paveza Antivirus Plus</a></li><li><a href="/ro/acasa/total-security/">Paveza Total Security</a></li><li><a href="/ro/acasa/family-pack/">Paveza Family Pack</a></li><li><a href="/ro/acasa/vpn/">Paveza VPN</a></li></ul></div>
                <div><h4>Companie</h4><ul><li><a href="/ro/despre-noi/">Despre noi</a></li><li><a href="/ro/cariere/">Cariere</a></li><li><a href="/ro/presa/">Presă</a></li><li><a href="/ro/laboratoare/">Paveza Labs</a></li></ul></div>
                <div><h4>Legal</h4><ul><li><a href="/ro/legal/politica-de-confidentialitate.html">Confidențialitate</a></li><li><a href="/ro/legal/politica-cookie.html">Cookie-uri</a></li><li><a href="https://anpc.ro/" rel="nofollow">ANPC</a></li><li><a href="#" class="ot-sdk-show-settings">Setări cookie</a></li></ul></div>
            </div>
            <p class="site-footer__copy">Copyright © 2001-{year} Paveza. Toate drepturile rezervate.</p>
        </div>
    </footer>
</div>
<script src="/.resources/paveza-theme/webresources/js/vendor~{fp}~cache.js"></script>
<script src="/.resources/paveza-theme/webresources/js/main~{fp}~cache.js"></script>
</body>
</html>
""".format(url=URL, fp=fp, protected=s["protected"], title=html.escape(title), intro=C.blocks_html(intro),
           promo=promo, sections=sections, slides=slides, year=when.year)


PAGE = {
    "service": "Paveza",
    "url": URL,
    "lang": "ro",
    "platform": "Magnolia CMS 6 (Java, FreeMarker)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magnolia-Registration", "Registered"),
                      ("Cache-Control", "max-age=600, public"), ("Content-Language", "ro")),
    "n": 30,
    "start": dt.date(2022, 1, 20),
    "end": dt.date(2024, 12, 10),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-content", "remove": ".promo-inline"},
}
