"""Arcada Logistic (Romanian logistics and retail-distribution group) - ro-RO - its careers site hosted on a
Teamtailor-style applicant-tracking SaaS (Rails + Turbo + Stimulus, Tailwind utility classes, block-based career
page): the candidate privacy notice is a "custom page" with a hero block (the title) and a text block. A fairly
clean page: the per-request Rails CSRF token (meta and the "Connect" sign-up form) and the live open-positions count
in the navigation; the ATS's asset fingerprints change now and then."""
import datetime as dt
import html
import common as C

BASE = "https://cariere.arcadalogistic.ro"
URL = BASE + "/pages/notificare-protectia-datelor-candidatilor"
LUNI = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]


def fmt_date(d):
    return "%d %s %d" % (d.day, LUNI[d.month - 1], d.year)


POLICY = """
# Notificare privind protecția datelor candidaților

Ultima actualizare: {UPDATED}

Arcada Logistic S.R.L. și societățile din Grupul Arcada (denumite împreună „Arcada”, „noi”) prelucrează datele cu caracter personal ale persoanelor care aplică pentru un loc de muncă sau un stagiu la noi ori care se înscriu în comunitatea noastră de talente. Prin prezenta notificare vă informăm, în conformitate cu Regulamentul (UE) 2016/679 („GDPR”) și cu Legea nr. 190/2018, despre modul în care folosim aceste date și despre drepturile pe care le aveți.

## 1. Cine este operatorul datelor

Operatorul datelor este Arcada Logistic S.R.L., cu sediul în Șoseaua Berceni nr. 104, Sector 4, București, înregistrată la Registrul Comerțului sub nr. J40/11872/2009, CUI RO26115487. Atunci când aplicați pentru un post într-una dintre societățile grupului (Arcada Retail Distribution S.R.L. sau Arcada Transport S.R.L.), societatea angajatoare devine operator asociat împreună cu Arcada Logistic S.R.L., care administrează procesul centralizat de recrutare.

Ne puteți contacta la adresa de mai sus sau la [recrutare@arcadalogistic.ro](mailto:recrutare@arcadalogistic.ro). Responsabilul nostru cu protecția datelor (DPO) poate fi contactat la [dpo@arcadalogistic.ro](mailto:dpo@arcadalogistic.ro).

## 2. Ce date prelucrăm

În funcție de etapa procesului de recrutare, prelucrăm următoarele categorii de date:

- date de identificare și de contact: nume, prenume, adresă de e-mail, număr de telefon, localitatea de domiciliu;
- date din CV și scrisoarea de intenție: studii, experiență profesională, competențe, limbi străine, permis de conducere și categoriile acestuia;
- răspunsurile la întrebările din formularul de aplicare (de exemplu disponibilitatea de a lucra în ture, salariul dorit, data la care puteți începe);
- notele și evaluările consemnate de recrutori și de managerii implicați în interviuri;
- rezultatele testelor practice sau ale probelor de lucru (de exemplu proba de conducere a motostivuitorului);
- datele pe care ni le comunică persoanele care vă recomandă, în cadrul programului de recomandări interne;
- date tehnice privind utilizarea site-ului de cariere (adresă IP, tipul browserului, paginile vizitate).

Nu vă solicităm date privind originea etnică, opiniile politice, religia, apartenența sindicală sau starea de sănătate în etapa de recrutare. Vă rugăm să nu includeți astfel de informații în CV. Pentru posturile de șofer profesionist și de operator de stivuitor, verificarea aptitudinii medicale se face doar după acceptarea ofertei, de către medicul de medicina muncii.

## 3. Scopurile și temeiurile prelucrării

Folosim datele dumneavoastră în următoarele scopuri:

- evaluarea candidaturii și organizarea interviurilor, pe baza demersurilor pe care le faceți înainte de încheierea unui contract de muncă (art. 6 alin. (1) lit. b) GDPR);
- comunicarea cu dumneavoastră pe parcursul procesului, pe același temei;
- păstrarea candidaturii în baza noastră de talente pentru posturi viitoare, numai cu consimțământul dumneavoastră (art. 6 alin. (1) lit. a) GDPR);
- apărarea drepturilor noastre în cazul unei eventuale dispute legate de procesul de recrutare, pe baza interesului nostru legitim (art. 6 alin. (1) lit. f) GDPR);
- îmbunătățirea procesului de recrutare prin statistici agregate (de exemplu numărul de candidaturi pe sursă), pe baza interesului nostru legitim.

Nu luăm decizii bazate exclusiv pe prelucrarea automată a datelor, inclusiv crearea de profiluri, care să producă efecte juridice asupra dumneavoastră. Întrebările eliminatorii din formular (de exemplu deținerea permisului de conducere categoria C+E) sunt verificate întotdeauna și de un recrutor.

## 4. De unde obținem datele

Majoritatea datelor le primim direct de la dumneavoastră, prin formularul de aplicare. Putem primi date și de la agenții de recrutare cu care colaborăm, de la colegii care vă recomandă, precum și de pe platforme profesionale publice (de exemplu LinkedIn sau eJobs), atunci când ne-ați transmis candidatura prin intermediul acestora.

### Verificarea referințelor

Pentru posturile de conducere și pentru cele care implică gestiunea de valori sau de stocuri, putem solicita referințe de la foștii angajatori, numai după ce ne comunicați numele persoanelor de contact și sunteți de acord cu acest lucru. Notăm doar concluziile discuției, nu înregistrăm convorbirea.

Pentru posturile de șofer profesionist verificăm, după acceptarea ofertei, valabilitatea permisului de conducere, a atestatului profesional și a cardului tahografic, conform obligațiilor legale ale transportatorului.

## 5. Cine are acces la date

Datele sunt accesibile numai persoanelor implicate în procesul de recrutare: echipa de resurse umane, managerul postului și, după caz, colegii care participă la interviuri. Folosim următorii furnizori, care prelucrează datele în numele nostru pe baza unor contracte de prelucrare:

- Teamtailor AB (Suedia), furnizorul platformei de recrutare și al acestui site de cariere;
- Microsoft Ireland Operations Ltd., pentru e-mail și calendarul interviurilor (Microsoft 365);
- Twilio Ireland Ltd., pentru trimiterea notificărilor prin SMS.

Nu vindem datele dumneavoastră și nu le comunicăm altor terți, cu excepția autorităților publice, atunci când legea ne obligă.

Dacă ați aplicat prin intermediul unei agenții de recrutare, agenția primește informații despre stadiul candidaturii dumneavoastră, pentru a vă putea ține la curent.

## 6. Transferuri în afara Spațiului Economic European

Datele sunt găzduite în centre de date din Uniunea Europeană. Unii subcontractanți ai furnizorilor noștri pot accesa datele din Statele Unite ale Americii; în aceste situații, transferul are loc pe baza Cadrului de confidențialitate a datelor UE-SUA sau a clauzelor contractuale standard aprobate de Comisia Europeană.

## 7. Cât timp păstrăm datele

Dacă nu sunteți selectat(ă), păstrăm candidatura timp de 6 luni de la încheierea procesului de recrutare pentru postul respectiv, pentru a ne putea apăra în cazul unei eventuale contestații. Dacă ați fost de acord să faceți parte din baza de talente, păstrăm datele timp de 12 luni de la ultima actualizare a profilului; cu 30 de zile înainte de expirarea acestui termen vă trimitem un e-mail prin care vă putem cere să vă reînnoiți consimțământul.

Dacă sunteți angajat(ă), datele relevante din procesul de recrutare vor fi transferate în dosarul de personal și vor fi prelucrate conform notificării privind protecția datelor angajaților.

## 8. Drepturile dumneavoastră

Aveți dreptul de acces la date, dreptul la rectificare, dreptul la ștergere, dreptul la restricționarea prelucrării, dreptul la portabilitatea datelor și dreptul de a vă opune prelucrării bazate pe interesul legitim. Vă puteți retrage oricând consimțământul pentru baza de talente, direct din linkul primit pe e-mail sau scriindu-ne la [recrutare@arcadalogistic.ro](mailto:recrutare@arcadalogistic.ro); retragerea nu afectează legalitatea prelucrării anterioare.

Răspundem solicitărilor în cel mult o lună de la primire. Dacă sunteți nemulțumit(ă) de modul în care vă prelucrăm datele, puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal, B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1, București, [www.dataprotection.ro](https://www.dataprotection.ro).

## 9. Securitatea datelor

Accesul la platforma de recrutare se face pe bază de conturi individuale, cu autentificare în doi pași. Drepturile de acces sunt limitate la posturile pentru care fiecare utilizator recrutează, iar activitatea din platformă este jurnalizată. Furnizorii noștri sunt certificați ISO/IEC 27001.

## 10. Cookie-uri pe site-ul de cariere

Site-ul de cariere folosește cookie-uri strict necesare pentru funcționarea formularului de aplicare și, numai cu acordul dumneavoastră, cookie-uri de analiză care ne arată din ce surse vin candidații. Puteți modifica oricând alegerea din linkul „Setări cookie-uri” din subsolul paginii.

## 10.1. Candidați minori și stagii de practică

Pentru stagiile de practică din vacanța de vară acceptăm elevi de liceu cu vârsta de cel puțin 16 ani. În acest caz, pentru încheierea convenției de practică solicităm acordul scris al unui părinte sau al reprezentantului legal, iar datele părintelui (nume, telefon și semnătură) sunt păstrate împreună cu convenția, pe durata prevăzută de lege.

## 11. Modificări ale acestei notificări

Putem actualiza această notificare atunci când se schimbă procesul de recrutare sau legislația. Data ultimei actualizări este indicată la începutul documentului. Dacă faceți parte din baza de talente, vă vom informa prin e-mail despre modificările importante.
"""

EDITS = [
    {"note": "talent-pool retention 12 -> 24 months (and the reminder 30 -> 14 days)",
     "repl": [("păstrăm datele timp de 12 luni de la ultima actualizare a profilului; cu 30 de zile",
               "păstrăm datele timp de 24 de luni de la ultima actualizare a profilului; cu 14 zile")]},
    {"note": "processor added: video-interview provider",
     "repl": [("- Twilio Ireland Ltd., pentru trimiterea notificărilor prin SMS.",
               "- Twilio Ireland Ltd., pentru trimiterea notificărilor prin SMS;\n- Hireflix ApS (Danemarca), pentru interviurile video înregistrate, folosite la posturile de dispecer și de coordonator de tură.")]},
    {"note": "sentence deleted (LinkedIn/eJobs as a source) and a new one on referral data",
     "repl": [(", precum și de pe platforme profesionale publice (de exemplu LinkedIn sau eJobs), atunci când ne-ați transmis candidatura prin intermediul acestora.",
               ". Colegii care vă recomandă sunt rugați să vă informeze înainte de a ne transmite datele dumneavoastră.")]},
    {"note": "section added: online assessments (aptitude tests) before section 4",
     "repl": [("## 4. De unde obținem datele", "## 3.1. Teste online\n\nPentru posturile din dispecerat și din administrația depozitelor vă putem invita să completați un test online de aptitudini numerice și de atenție la detalii, furnizat de Talogy. Rezultatul este un scor pe care recrutorul îl discută cu dumneavoastră la interviu; testul nu este eliminatoriu.\n\n## 4. De unde obținem datele")]},
    {"note": "DPO contact changed (new mailbox and postal address) - not dated",
     "bump": False,
     "repl": [("Responsabilul nostru cu protecția datelor (DPO) poate fi contactat la [dpo@arcadalogistic.ro](mailto:dpo@arcadalogistic.ro).",
               "Responsabilul nostru cu protecția datelor (DPO) poate fi contactat la [protectiadatelor@arcadagroup.ro](mailto:protectiadatelor@arcadagroup.ro) sau prin poștă, la Str. Fabrica de Glucoză nr. 11, Sector 2, București.")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.b64tok(rng, 64).replace("+", "-").replace("/", "_").rstrip("=")
    s["jobs"] = C.keep_or(rng, prev.get("jobs"), 0.8, lambda: rng.randint(14, 63))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: (C.hexs(rng, 64), C.hexs(rng, 64)))
    return s


LABELS = {
    "csrf": "per-request Rails CSRF token (meta tag and the Connect form)",
    "jobs": "open-positions count in the navigation",
    "assets": "ATS asset fingerprints (deploy)",
}


def render(s, blocks, when):
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="\n")
    css, js = s["assets"]
    tok = html.escape(s["csrf"])
    return ('<!DOCTYPE html>\n<html lang="ro" class="h-full">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s - Arcada Logistic</title>\n'
            '<meta name="csrf-param" content="authenticity_token" />\n<meta name="csrf-token" content="%s" />\n'
            '<meta property="og:title" content="%s">\n<meta property="og:image" content="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/image_uploads-v7/arcada_og.jpg">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="https://scripts.teamtailor-cdn.com/assets/careersite/application-%s.css" data-turbo-track="reload" media="all" />\n'
            '<script src="https://scripts.teamtailor-cdn.com/assets/careersite/application-%s.js" data-turbo-track="reload" defer="defer"></script>\n'
            '<style>:root{--company-primary-bg-color:#0b4f6c;--company-button-bg-color:#f28c28;--company-link-color:#0b4f6c}</style>\n'
            '</head>\n<body class="font-company-body bg-company-primary text-company-primary" data-controller="careersite--responsive careersite--cookie-consent">\n'
            '<a href="#main-content" class="sr-only focus:not-sr-only">Sari la conținut</a>\n'
            '<header class="careersite-header z-career-header relative" data-section-name="header">\n'
            '<nav class="flex items-center justify-between px-6 py-4 mx-auto max-w-screen-xl" aria-label="Principal">\n'
            '<a href="/" class="block"><img alt="Arcada Logistic" class="h-10" src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/arcada_logo.png"></a>\n'
            '<ul class="hidden gap-6 md:flex"><li><a class="hover:underline" href="/jobs">Posturi deschise <span class="rounded-full bg-company-button px-2 text-sm">%d</span></a></li>'
            '<li><a class="hover:underline" href="/departments">Departamente</a></li><li><a class="hover:underline" href="/locations">Locații</a></li>'
            '<li><a class="hover:underline" href="/pages/viata-la-arcada">Viața la Arcada</a></li><li><a class="hover:underline" href="/people">Oamenii noștri</a></li></ul>\n'
            '<div class="flex gap-2"><a href="/connect" class="careersite-button">Alătură-te comunității</a><a href="https://www.arcadalogistic.ro" class="hidden md:inline">arcadalogistic.ro</a></div>\n'
            '</nav>\n</header>\n'
            '<main id="main-content" class="flex flex-col">\n'
            '<section class="block block--hero block-padding bg-company-secondary" data-section-route="hero" data-section-id="3981204">\n'
            '<div class="mx-auto max-w-screen-xl px-6 text-center"><h1 class="text-4xl font-company-header md:text-6xl">%s</h1></div>\n</section>\n'
            '<section class="block block--text block-padding" data-section-route="text" data-section-id="3981205">\n'
            '<div class="mx-auto max-w-3xl px-6"><div class="prose prose-company max-w-none company-links">\n%s\n</div></div>\n</section>\n'
            '<section class="block block--connect block-padding bg-company-secondary" data-section-route="connect" data-section-id="3981206">\n'
            '<div class="mx-auto max-w-screen-xl px-6 text-center"><h2 class="text-3xl font-company-header">Nu ai găsit postul potrivit?</h2>'
            '<p>Înscrie-te în comunitatea Arcada și te anunțăm când apare un post pe măsura ta.</p>'
            '<form class="connect-form" action="/connect" accept-charset="UTF-8" method="post" data-turbo="false"><input type="hidden" name="authenticity_token" value="%s" autocomplete="off" />'
            '<label class="sr-only" for="connect_email">E-mail</label><input type="email" name="candidate[email]" id="connect_email" placeholder="Adresa ta de e-mail" required>'
            '<button type="submit" class="careersite-button">Înscrie-te</button></form></div>\n</section>\n'
            '</main>\n'
            '<footer class="careersite-footer px-6 py-10" data-section-name="footer">\n'
            '<div class="mx-auto max-w-screen-xl flex flex-wrap justify-between gap-4">'
            '<ul class="flex gap-4"><li><a href="https://www.facebook.com/arcadalogistic">Facebook</a></li><li><a href="https://www.linkedin.com/company/arcada-logistic">LinkedIn</a></li>'
            '<li><a href="https://www.instagram.com/cariere.arcada">Instagram</a></li></ul>'
            '<ul class="flex gap-4"><li><a href="/pages/notificare-protectia-datelor-candidatilor">Protecția datelor</a></li>'
            '<li><a href="#" data-action="careersite--cookie-consent#open">Setări cookie-uri</a></li>'
            '<li><a href="https://tt.teamtailor.com/ro/accessibility-statement">Declarație de accesibilitate</a></li></ul>'
            '<p class="text-sm opacity-75">Platformă de recrutare <a href="https://www.teamtailor.com/ro?utm_campaign=poweredby&amp;utm_source=careersite">Teamtailor</a></p>'
            '</div>\n</footer>\n'
            '<div id="cookie-consent" class="fixed bottom-0 inset-x-0 z-cookie-consent hidden" data-careersite--cookie-consent-target="banner" role="dialog" aria-label="Cookie-uri">'
            '<div class="mx-auto max-w-screen-md rounded-t-lg bg-white p-6 shadow-xl"><p>Folosim cookie-uri pentru a-ți oferi o experiență mai bună. Unele sunt necesare, altele ne ajută să înțelegem cum este folosit site-ul.</p>'
            '<div class="flex gap-2"><button data-action="careersite--cookie-consent#acceptAll" class="careersite-button">Accept toate</button>'
            '<button data-action="careersite--cookie-consent#acceptNecessary" class="careersite-button--outline">Doar necesare</button></div></div></div>\n'
            '</body>\n</html>\n'
            % (html.escape(title), tok, html.escape(title), URL, css, js, s["jobs"], html.escape(title), body, tok))


PAGE = {
    "service": "Arcada Logistic", "url": URL, "lang": "ro-RO", "platform": "Teamtailor-style ATS careers site (Rails)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "max-age=0, private, must-revalidate"), ("Content-Language", "ro"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 29, "start": dt.date(2022, 3, 1), "end": dt.date(2025, 9, 30), "hours": (6, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["section.block--hero h1", "section.block--text .prose"]},
}
