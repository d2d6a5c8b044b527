"""Orion Mobil (Bucureşti) - ro-RO - Progress Sitefinity 14 (MVC, ResourcePackages), a mobile operator.

The policy is two Sitefinity content blocks (sections 1-3, then 4-7) in the main column, with a chat-bot teaser
widget (virtual assistant online/offline, queue wait) between them and the CMS's "Pagină actualizată" stamp after
them; sidebar: 5G coverage checker form (__RequestVerificationToken), tariff cards that marketing rewrites, a
"Ai nevoie de ajutor?" content block (also a .sfContentBlock); planned network-works banner on top on some days;
ScriptResource.axd / package version hashes; Sitefinity upgrades 14.0 -> 14.4 -> 15.1 (Generator meta, script
names); layout control ids regenerated when the page template is republished; Sitefinity Insight tracking id."""
import datetime as dt
import base64
import common as C

URL = "https://www.orionmobil.ro/despre-noi/legal/politica-de-confidentialitate"
LUNI = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
        "octombrie", "noiembrie", "decembrie"]


def fmt_date(d):
    return "%d %s %d" % (d.day, LUNI[d.month - 1], d.year)


POLICY = """
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Orion Mobil S.A. („Orion”, „noi”) furnizează servicii de comunicații electronice mobile în România. Această politică explică modul în care prelucrăm datele cu caracter personal ale clienților noștri, ale utilizatorilor aplicației Contul Meu Orion și ale vizitatorilor site-ului orionmobil.ro.

## 1. Cine suntem

Operatorul de date este Orion Mobil S.A., cu sediul în București, Bd. Dimitrie Pompeiu nr. 9-9A, sector 2, înregistrată la Registrul Comerțului sub nr. J40/11245/2009, CUI RO26011432.

Responsabilul cu protecția datelor (DPO) poate fi contactat la [dpo@orionmobil.ro](mailto:dpo@orionmobil.ro) sau prin poștă, la adresa sediului social.

## 2. Ce date prelucrăm

| Categorie | Exemple | Sursă |
| Date de identificare | nume, CNP, seria și numărul actului de identitate | client |
| Date de contact | adresă, telefon, e-mail | client |
| Date de trafic | numere apelate, durata apelurilor, volumul de date, celula de rețea | rețeaua Orion |
| Date de localizare | celula și sectorul de antenă la momentul comunicării | rețeaua Orion |
| Date de facturare | istoricul plăților, metoda de plată, solduri restante | client, bănci |

## 3. Scopuri și temeiuri juridice

Prelucrăm datele pentru încheierea și executarea contractului de abonament sau a serviciului preplătit, pentru facturare și pentru gestionarea reclamațiilor.

Datele de trafic și de localizare sunt prelucrate în conformitate cu Legea nr. 506/2004 privind prelucrarea datelor cu caracter personal și protecția vieții private în sectorul comunicațiilor electronice.

Cu acordul dumneavoastră, vă putem trimite oferte personalizate prin SMS, e-mail sau în aplicația Contul Meu Orion. Vă puteți retrage acordul oricând, trimițând STOP la 1848.

## 4. Destinatari

Datele pot fi transmise către:

- parteneri de distribuție și agenți autorizați care încheie contracte în numele Orion;
- furnizori de servicii de tipărire și expediere a facturilor;
- operatori de roaming, în măsura necesară pentru furnizarea serviciilor în străinătate;
- autorități publice, la cererea acestora și în condițiile legii.

## 5. Perioada de stocare

Datele contractuale sunt păstrate pe durata contractului și încă 3 ani după încetarea acestuia.

Datele de trafic necesare facturării sunt păstrate cel mult 3 ani de la data emiterii facturii.

Documentele financiar-contabile sunt păstrate 10 ani, conform Legii contabilității nr. 82/1991.

## 6. Drepturile dumneavoastră

Aveți dreptul de acces, rectificare, ștergere, restricționare, portabilitate și opoziție, precum și dreptul de a vă retrage consimțământul. Cererile se pot trimite la [dpo@orionmobil.ro](mailto:dpo@orionmobil.ro) sau în orice magazin Orion.

Aveți dreptul de a depune o plângere la [Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal](https://www.dataprotection.ro/).

## 7. Modificări

Vom publica orice modificare a acestei politici pe această pagină.
"""

EDITS = [
    {"note": "recipients: eSIM activation platform provider (Thales DIS France SAS) added as a recipient",
     "repl": [("- operatori de roaming, în măsura", "- furnizorul platformei de activare eSIM (Thales DIS France SAS), pentru descărcarea profilului eSIM pe dispozitivul dumneavoastră;\n- operatori de roaming, în măsura")]},
    {"note": "data table: new row 'Date despre dispozitiv' (IMEI, model, OS version)",
     "repl": [("| Date de facturare |", "| Date despre dispozitiv | IMEI, model, versiunea sistemului de operare | rețeaua Orion, aplicația Contul Meu Orion |\n| Date de facturare |")]},
    {"note": "traffic-data retention changed from 3 years to 6 months unless the invoice is disputed",
     "repl": [("păstrate cel mult 3 ani de la data emiterii facturii.", "păstrate cel mult 6 luni de la data emiterii facturii, cu excepția cazului în care factura este contestată.")]},
    {"note": "DPO contact changed: dpo@orionmobil.ro -> protectiadatelor@orionmobil.ro (both places)",
     "repl": [("contactat la [dpo@orionmobil.ro](mailto:dpo@orionmobil.ro) sau prin poștă", "contactat la [protectiadatelor@orionmobil.ro](mailto:protectiadatelor@orionmobil.ro) sau prin poștă"),
              ("trimite la [dpo@orionmobil.ro](mailto:dpo@orionmobil.ro) sau în orice", "trimite la [protectiadatelor@orionmobil.ro](mailto:protectiadatelor@orionmobil.ro) sau în orice")]},
    {"note": "link target only: ANSPDCP link now points to its complaints page (silent, date not bumped)", "bump": False,
     "repl": [("(https://www.dataprotection.ro/)", "(https://www.dataprotection.ro/?page=Plangeri_pagina_principala)")]},
]

TARIFFS = [
    ("Orion 5G Nelimitat", "39,99", "Minute și SMS nelimitate, 100 GB la viteză 5G"),
    ("Orion Start", "7,50", "500 minute naționale, 15 GB internet"),
    ("Orion Familie 4 linii", "59,00", "4 abonamente cu minute nelimitate și 200 GB partajați"),
    ("Orion Prepay Max", "5,00", "Cartelă reîncărcabilă: 30 GB pentru 30 de zile"),
    ("Orion Roaming UE+", "3,00", "1 GB/zi în afara UE, în 62 de țări"),
    ("Orion Senior", "4,50", "200 minute, SMS de urgență, telefon cu taste mari inclus"),
]
WORKS = [
    ("Cluj-Napoca, cartierele Mănăștur și Grigorescu", "02:00–05:00"),
    ("Iași, zona Copou", "01:00–04:30"),
    ("Constanța și Mamaia", "00:30–05:00"),
    ("Timișoara, zona Circumvalațiunii", "02:00–06:00"),
    ("Brașov, Poiana Brașov", "03:00–05:00"),
]
HELP = [
    "Ai nevoie de ajutor? Sună gratuit la *433 din rețeaua Orion sau scrie-ne în aplicație.",
    "Ai întrebări despre factură? Intră în Contul Meu Orion, secțiunea Facturi.",
    "Programează o vizită în magazin și evită coada: orionmobil.ro/magazine.",
]
VERSIONS = [(dt.datetime(2021, 1, 1), "14.0.7700.0"), (dt.datetime(2022, 9, 20), "14.2.7924.0"),
            (dt.datetime(2023, 11, 6), "14.4.8127.0"), (dt.datetime(2025, 3, 17), "15.1.8321.0")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 64).replace("+", "-").replace("/", "_").rstrip("="), C.uuid4(rng), C.hexs(rng, 16))
    s["version"] = [v for d, v in VERSIONS if when >= d][-1]
    s["scriptres"] = C.keep_or(rng, prev.get("scriptres") if prev.get("version") == s["version"] else None, 0.2,
                               lambda: (C.b64tok(rng, 90).replace("+", "-").replace("/", "_").rstrip("="), C.hexs(rng, 8)))
    s["works"] = rng.choice(WORKS) + ((when + dt.timedelta(days=rng.randint(1, 6))).strftime("%d.%m"),) \
        if rng.random() < 0.35 else None
    s["tariffs"] = C.keep_or(rng, prev.get("tariffs"), 0.5, lambda: tuple(rng.sample(range(len(TARIFFS)), 3)))
    s["help"] = C.keep_or(rng, prev.get("help"), 0.3, lambda: rng.randrange(len(HELP)))
    online = 8 <= (when.hour + 2) <= 21 or rng.random() < 0.3
    s["chat"] = (online, rng.randint(1, 14) if online else 0)
    s["layout_ids"] = C.keep_or(rng, prev.get("layout_ids"), 0.15, lambda: [C.hexs(rng, 10).upper() for _ in range(3)])
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.4,
                              lambda: (when - dt.timedelta(days=rng.randint(0, 9), minutes=rng.randint(0, 900))))
    s["ab"] = rng.choice(["A", "B"])
    return s


LABELS = {
    "tokens": "per-visit tokens (__RequestVerificationToken, Sitefinity Insight visitor id, nonce)",
    "version": "Sitefinity upgrade (Generator meta, script bundle names)",
    "scriptres": "ScriptResource.axd d=/t= parameters",
    "works": "planned network-works banner (some days only)",
    "tariffs": "tariff cards in sidebar rotated",
    "help": "'Ai nevoie de ajutor' content block in sidebar rewritten",
    "chat": "virtual-assistant teaser between the two policy content blocks (online/offline, wait)",
    "layout_ids": "layout control ids regenerated (template republished)",
    "modified": "'Pagină actualizată' CMS stamp under the content",
    "ab": "A/B test of header CTA",
}


def render(s, blocks, when):
    tok, visitor, nonce = s["tokens"]
    d, t = s["scriptres"]
    ver = s["version"]
    vb64 = base64.b64encode(ver.encode()).decode().replace("=", "%3d")
    ids = s["layout_ids"]
    split = next(n for n, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("4."))
    first, second = C.blocks_html(blocks[:split]), C.blocks_html(blocks[split:])
    tcls = {"table": "table table-striped"}
    first = C.blocks_html(blocks[:split], tcls)
    online, wait = s["chat"]
    chat = ('<div class="chat-teaser chat-teaser--%s" data-sf-element="ChatTeaser" data-sf-role="chat">'
            '<img src="/images/default-source/chat/ori-avatar.png?sfvrsn=4c2a1b7_2" alt="">'
            '<p class="chat-teaser__title">Întreabă-l pe ORI, asistentul virtual</p>%s'
            '<button class="btn btn-outline-primary" data-sf-role="open-chat">Deschide chatul</button></div>'
            % ("online" if online else "offline",
               '<p class="chat-teaser__status">Online acum · timp de așteptare pentru un consultant: ~%d min</p>' % wait
               if online else '<p class="chat-teaser__status">Consultanții sunt disponibili între 08:00 și 22:00. ORI îți răspunde oricând.</p>'))
    works = ""
    if s["works"]:
        zone, hours, day = s["works"]
        works = ('<div class="alert-bar alert-bar--maintenance" role="status" data-sf-element="Alert">'
                 '<div class="container"><strong>Lucrări programate în rețea</strong> în %s, în data de %s, între orele %s. '
                 'Serviciile de voce și date pot fi afectate temporar. <a href="/suport/stare-retea">Verifică starea rețelei</a>'
                 '<button class="alert-bar__close" aria-label="Închide">×</button></div></div>' % (zone, day, hours))
    cards = "".join('<div class="tariff-card"><h3 class="tariff-card__name">%s</h3><p class="tariff-card__price">'
                    '<span class="amount">%s</span> €/lună</p><p class="tariff-card__desc">%s</p>'
                    '<a class="btn btn-primary" href="/abonamente/%s">Vreau oferta</a></div>'
                    % (TARIFFS[k][0], TARIFFS[k][1], TARIFFS[k][2], TARIFFS[k][0].lower().replace(" ", "-"))
                    for k in s["tariffs"])
    cta = ("Portează-ți numărul" if s["ab"] == "A" else "Treci la Orion și primești 3 luni gratuit")
    new = ver.startswith("15")
    scripts = ('<script src="/ScriptResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>\n'
               '<script src="/ResourcePackages/Orion/assets/dist/js/%s?package=Orion&amp;v=%s"></script>'
               % (d, t, "main.bundle.js" if new else "main.min.js", vb64))
    return ('<!DOCTYPE html>\n<html lang="ro">\n<head>\n<title>\n\tPolitica de confidențialitate | Orion Mobil\n</title>\n'
            '<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<link href="/ResourcePackages/Orion/assets/dist/css/main.min.css?package=Orion&amp;v=%s" rel="stylesheet" type="text/css" />\n'
            '<meta name="Generator" content="Sitefinity %s DX" />\n<link rel="canonical" href="%s" />\n'
            '<script type="text/javascript" src="https://cdn.insight.sitefinity.com/sdk/sitefinity-insight-client.min.3.1.%d.js" crossorigin="anonymous" '
            'data-sf-insight-key="6b1e0a6c-2f37-4c5a-9e4e-51c0a4b3d7f2" data-sf-insight-source="orionmobil.ro" data-sf-visitor="%s" nonce="%s"></script>\n'
            '</head>\n<body class="sf-page ab-%s">\n%s\n'
            '<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/images/default-source/brand/orion-logo.svg?sfvrsn=1a2b3c4d_6" alt="Orion Mobil"></a>'
            '<nav class="nav-main" data-sf-element="Navigation"><ul class="nav"><li class="nav-item"><a class="nav-link" href="/abonamente">Abonamente</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/prepay">Prepay</a></li><li class="nav-item"><a class="nav-link" href="/telefoane">Telefoane</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/internet-acasa">Internet acasă</a></li><li class="nav-item"><a class="nav-link" href="/suport">Suport</a></li></ul></nav>'
            '<a class="btn btn-cta" href="/portare">%s</a><a class="site-header__account" href="https://contulmeu.orionmobil.ro/">Contul Meu</a></div></header>\n'
            '<main class="sf-main" id="main">\n'
            '<div class="sf_colsOut container" data-sf-element="Container" data-placeholder-label="Container">'
            '<div id="Contentplaceholder1_T%s_Col00" class="sf_colsIn row" data-sf-element="Row" data-placeholder-label="Row">\n'
            '<div class="sf_colsOut col-lg-8" data-sf-element="Column 1"><div id="Contentplaceholder1_T%s_Col00" class="sf_colsIn" data-placeholder-label="Column 1">\n'
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Acasă</a></li>'
            '<li class="breadcrumb-item"><a href="/despre-noi">Despre noi</a></li><li class="breadcrumb-item"><a href="/despre-noi/legal">Legal</a></li>'
            '<li class="breadcrumb-item active" aria-current="page">Politica de confidențialitate</li></ol></nav>\n'
            '<div class="sfContentBlock sf-Long-text">%s</div>\n%s\n<div class="sfContentBlock sf-Long-text">%s</div>\n'
            '<p class="page-meta text-muted small">Pagină actualizată: %s</p>\n'
            '</div></div>\n'
            '<div class="sf_colsOut col-lg-4" data-sf-element="Column 2"><aside id="Contentplaceholder1_T%s_Col01" class="sf_colsIn sidebar" data-placeholder-label="Column 2">\n'
            '<form class="coverage-checker" action="/acoperire" method="post" data-sf-role="form-container">'
            '<input name="__RequestVerificationToken" type="hidden" value="%s" />'
            '<h3>Verifică acoperirea 5G</h3><label for="judet">Județ</label><select id="judet" name="judet"><option>București</option><option>Cluj</option>'
            '<option>Iași</option><option>Timiș</option><option>Constanța</option></select><input type="text" name="localitate" placeholder="Localitate" />'
            '<button type="submit" class="btn btn-secondary">Verifică</button></form>\n'
            '<div class="tariff-cards">%s</div>\n'
            '<div class="sfContentBlock sf-Long-text"><p>%s</p></div>\n'
            '</aside></div>\n</div></div>\n</main>\n'
            '<footer class="site-footer"><div class="container"><p>© %d Orion Mobil S.A. Toate drepturile rezervate.</p>'
            '<p class="regulator">Informații despre portabilitate și calitatea serviciilor: <a href="https://www.ancom.ro/">ANCOM</a> · '
            '<a href="https://www.portabilitate.ro/">portabilitate.ro</a> · <a href="https://anpc.ro/ce-este-sal/">ANPC – SAL</a></p>'
            '<ul class="footer-links"><li><a href="/despre-noi/legal/politica-de-confidentialitate">Confidențialitate</a></li>'
            '<li><a href="/despre-noi/legal/cookie-uri">Cookie-uri</a></li><li><a href="/despre-noi/legal/termeni">Termeni și condiții</a></li></ul></div></footer>\n'
            '%s\n</body>\n</html>\n'
            % (vb64, ver, URL, 10 + int(ver.split(".")[1]), visitor, nonce, s["ab"], works, cta,
               ids[0], ids[1], first, chat, second, s["modified"].strftime("%d.%m.%Y %H:%M"), ids[2], tok, cards,
               HELP[s["help"]], when.year, scripts))


PAGE = {
    "service": "Orion Mobil", "url": URL, "lang": "ro-RO", "platform": "Sitefinity",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
    "n": 31, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".sf-main .col-lg-8 .sfContentBlock"]},
}
