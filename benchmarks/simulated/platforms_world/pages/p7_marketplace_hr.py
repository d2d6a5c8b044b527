"""Croatian marketplace for hiring tradespeople (Majstorko), a Symfony/Twig platform behind Cloudflare.

Noisy page. Two policy sections are split into role tabs ("Za naručitelje" / "Za majstore"); the inactive
panel is in the DOM with the hidden attribute and one real edit happens there; the curator removes the tab
buttons. Links inside the policy to the help centre and account settings carry per-visit tracking parameters
(?ref=pravila-privatnosti&sid=<uuid>); e-mail addresses are Cloudflare-obfuscated
(/cdn-cgi/l/email-protection with a per-visit data-cfemail key). Around the policy: a live counter of
verified tradespeople, the latest-jobs sidebar, the Symfony CSRF token of the newsletter form, Cookiebot
dialog markup, and webpack-encore asset hashes after each deploy.
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.majstorko.hr/pravila-privatnosti"

MONTHS_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
              "listopada", "studenoga", "prosinca"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS_GEN[d.month - 1], d.year)


POLICY = """# Pravila privatnosti

Datum stupanja na snagu: {UPDATED}

Majstorko d.o.o. («Majstorko», «mi») vodi internetsku platformu majstorko.hr i mobilne aplikacije Majstorko putem kojih građani i tvrtke («naručitelji») objavljuju poslove, a obrtnici i tvrtke («majstori») šalju ponude i izvode radove. Ova Pravila privatnosti objašnjavaju koje osobne podatke prikupljamo, u koje ih svrhe obrađujemo, s kime ih dijelimo i koja prava imate prema Općoj uredbi o zaštiti podataka (GDPR) i Zakonu o provedbi Opće uredbe o zaštiti podataka.

## Voditelj obrade

Voditelj obrade je Majstorko d.o.o., Radnička cesta 80, 10000 Zagreb, OIB 48213579604. Službenik za zaštitu podataka dostupan je na adresi [email protected] te poštom na adresi sjedišta s naznakom «Za službenika za zaštitu podataka».

## Koje podatke prikupljamo

Podaci koje prikupljamo ovise o tome koristite li Majstorko kao naručitelj ili kao majstor.

### Za naručitelje

- ime i prezime, adresu e-pošte i broj mobitela;
- opis posla, fotografije prostora, adresu ili poštanski broj mjesta izvođenja radova i željeni termin;
- poruke koje razmjenjujete s majstorima putem platforme;
- ocjene i recenzije koje ostavljate nakon završenog posla;
- podatke o plaćanju ako posao plaćate putem usluge Sigurno plaćanje.

### Za majstore

- ime i prezime, naziv obrta ili tvrtke, OIB i adresu sjedišta;
- podatke o djelatnostima, području rada, cjeniku i dostupnosti;
- preslike obrtnice ili izvatka iz sudskog registra te dokaza o stručnoj osposobljenosti, radi provjere profila;
- fotografije izvedenih radova koje objavljujete u profilu;
- broj IBAN-a za isplatu naknada putem usluge Sigurno plaćanje.

Osim toga, kad koristite platformu automatski prikupljamo tehničke podatke: IP adresu, vrstu preglednika i uređaja, stranice koje ste posjetili i vrijeme posjeta. Više o tome pročitajte u odjeljku o kolačićima.

## Svrhe i pravne osnove obrade

| Svrha | Pravna osnova |
| Izrada korisničkog računa i povezivanje naručitelja i majstora | Izvršenje ugovora |
| Provjera identiteta i kvalifikacija majstora | Legitimni interes i izvršenje ugovora |
| Obrada plaćanja i izdavanje računa | Izvršenje ugovora i zakonska obveza |
| Sprječavanje prijevara i zlouporabe platforme | Legitimni interes |
| Slanje newslettera i ponuda | Privola |

Privolu možete u bilo kojem trenutku povući u [postavkama obavijesti](https://www.majstorko.hr/moj-racun/obavijesti), bez utjecaja na zakonitost obrade prije povlačenja.

## S kime dijelimo podatke

Kad objavite posao, majstori koji djeluju na tom području vide opis posla, fotografije i približnu lokaciju. Vaše ime, točnu adresu i broj mobitela vidi samo majstor čiju ste ponudu prihvatili.

### Za naručitelje

Vaše ocjene i recenzije javno su vidljive na profilu majstora uz vaše ime i početno slovo prezimena.

### Za majstore

Vaš javni profil, uključujući naziv obrta, djelatnosti, područje rada, ocjene i fotografije radova, vidljiv je svim posjetiteljima platforme i tražilicama.

Podatke dijelimo i s izvršiteljima obrade koji za nas pružaju usluge poslužitelja, slanja SMS poruka i e-pošte, korisničke podrške i obrade plaćanja, i to isključivo na temelju ugovora o obradi podataka. Podatke ne prodajemo trećim stranama.

## Sigurno plaćanje

Ako naručitelj posao plaća putem usluge Sigurno plaćanje, iznos se zadržava na posebnom računu našeg partnera za platni promet dok naručitelj ne potvrdi da je posao izveden ili dok ne istekne rok za prigovor. Podatke o platnoj kartici obrađuje isključivo partner za platni promet, licencirana institucija za platni promet, a mi primamo samo potvrdu o uspješnoj transakciji, posljednje četiri znamenke kartice i iznos. Za potrebe sprječavanja pranja novca partner može od majstora zatražiti dodatne podatke o identitetu.

## Preporuke i automatizirano odlučivanje

Majstorima prikazujemo poslove, a naručiteljima majstore, na temelju područja rada, djelatnosti, ocjena, brzine odgovaranja i dostupnosti. Ovo rangiranje ne proizvodi pravne učinke za vas. Ako naš sustav za sprječavanje prijevara privremeno ograniči vaš račun, odluku će na vaš zahtjev preispitati zaposlenik Majstorka, a vi imate pravo izraziti svoje stajalište i osporiti odluku.

## Koliko dugo čuvamo podatke

Podatke korisničkog računa čuvamo dok je račun aktivan. Nakon brisanja računa osobne podatke brišemo u roku od 30 dana, osim podataka koje smo dužni čuvati prema propisima o računovodstvu i porezima, koje čuvamo 11 godina. Poruke između naručitelja i majstora čuvamo dvije godine od završetka posla radi rješavanja eventualnih sporova.

## Kolačići

Koristimo nužne kolačiće za rad platforme, a analitičke i marketinške kolačiće samo uz vašu privolu. Postavke kolačića možete promijeniti u bilo kojem trenutku putem poveznice «Postavke kolačića» u podnožju stranice. Detaljan popis kolačića nalazi se u [Pravilima o kolačićima](https://www.majstorko.hr/pravila-o-kolacicima).

## Prijenos podataka izvan EGP-a

Podatke u pravilu obrađujemo na poslužiteljima u Europskoj uniji. Ako izvršitelj obrade, primjerice pružatelj usluge slanja SMS poruka ili korisničke podrške, podatke obrađuje izvan Europskog gospodarskog prostora, prijenos se temelji na odluci Europske komisije o primjerenosti ili na standardnim ugovornim klauzulama, uz dodatne tehničke mjere zaštite. Presliku relevantnih zaštitnih mjera možete zatražiti od našeg službenika za zaštitu podataka.

## Vaša prava

Imate pravo na pristup svojim podacima, ispravak, brisanje, ograničenje obrade, prenosivost podataka i prigovor na obradu koja se temelji na legitimnom interesu. Većinu podataka možete sami pregledati i izmijeniti u [postavkama računa](https://www.majstorko.hr/moj-racun). Za ostale zahtjeve obratite nam se na [email protected] ili putem [centra za pomoć](https://pomoc.majstorko.hr/hc/hr). Na zahtjev ćemo odgovoriti u roku od mjesec dana.

Ako smatrate da obrada vaših podataka krši propise, možete podnijeti prigovor [Agenciji za zaštitu osobnih podataka](https://azop.hr/).

## Sigurnost

Podatke štitimo enkripcijom prijenosa, ograničenim pristupom zaposlenika, dvofaktorskom autentikacijom za administratore i redovitim sigurnosnim provjerama. Preslike dokumenata majstora pohranjujemo šifrirano i brišemo ih nakon provjere, a zadržavamo samo zapis o tome da je provjera uspješno provedena.

## Djeca

Platformu mogu koristiti samo punoljetne osobe. Ne prikupljamo svjesno podatke osoba mlađih od 18 godina, a ako utvrdimo da je takva osoba otvorila korisnički račun, račun ćemo zatvoriti i podatke izbrisati. Ako naručitelj u opisu posla ili na fotografijama prostora prikaže djecu, takve ćemo fotografije ukloniti.

## Izmjene Pravila privatnosti

O bitnim izmjenama ovih Pravila obavijestit ćemo vas e-poštom ili obaviješću na platformi najmanje 15 dana prije stupanja izmjena na snagu.
"""

EDITS = [
    {"note": "inside the HIDDEN 'Za majstore' tab panel: liability insurance policy added to the data collected",
     "repl": [("- fotografije izvedenih radova koje objavljujete u profilu;",
               "- fotografije izvedenih radova koje objavljujete u profilu;\n- podatke o polici osiguranja od odgovornosti, ako je želite istaknuti u profilu;")]},
    {"note": "whole new section on ratings and review moderation inserted before 'Koliko dugo čuvamo podatke'",
     "repl": [("## Koliko dugo čuvamo podatke", """## Ocjene, recenzije i moderiranje

Recenzije pregledava naš automatski sustav i tim za moderiranje kako bismo uklonili lažne recenzije, uvredljiv sadržaj i osobne podatke trećih osoba. Majstor može prijaviti recenziju koju smatra netočnom, a naručitelj će o tome biti obaviješten i moći će dati svoje očitovanje. Odluke o uklanjanju recenzija donosi čovjek, a ne automatski sustav.

## Koliko dugo čuvamo podatke""")]},
    {"note": "one word deep in the retention section: messages kept 'dvije' -> 'tri' years (date not bumped)", "bump": False,
     "repl": [("Poruke između naručitelja i majstora čuvamo dvije godine", "Poruke između naručitelja i majstora čuvamo tri godine")]},
    {"note": "effective date bumped alone", "repl": []},
    {"note": "notice period for changes 15 -> 30 days and help-centre link moved",
     "repl": [("najmanje 15 dana prije stupanja izmjena na snagu", "najmanje 30 dana prije stupanja izmjena na snagu"),
              ("[centra za pomoć](https://pomoc.majstorko.hr/hc/hr)", "[centra za pomoć](https://www.majstorko.hr/pomoc)")]},
]

EMAILS = ["dpo@majstorko.hr", "privatnost@majstorko.hr"]
JOBS = ["Zamjena kupaonskih pločica, Zagreb – Trešnjevka", "Montaža klima uređaja, Split", "Bojanje stana 65 m², Rijeka",
        "Popravak krova, Osijek", "Ugradnja PVC stolarije, Zadar", "Električne instalacije u kući, Velika Gorica",
        "Postavljanje laminata, Varaždin", "Servis plinskog bojlera, Zagreb – Dubrava", "Izrada terase, Pula"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, p.get("deploy"), 0.3, lambda: {"app": C.hexs(rng, 8), "rt": C.hexs(rng, 8), "css": C.hexs(rng, 8)})
    s["sid"] = C.uuid4(rng)
    s["cfkey"] = [rng.randint(16, 250) for _ in range(3)]
    s["counter"] = p.get("counter", 8912) + rng.randint(5, 160)
    s["jobs"] = rng.sample(range(len(JOBS)), 4)
    s["csrf"] = C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    return s


LABELS = {"deploy": "webpack-encore asset hashes", "sid": "per-visit ?ref=&sid= on links inside the policy",
          "cfkey": "Cloudflare email obfuscation (per-visit data-cfemail)", "counter": "verified-tradespeople counter",
          "jobs": "latest-jobs sidebar", "csrf": "newsletter form CSRF token"}


def cf(email, key):
    return '<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="%s">[email&#160;protected]</a>' % (
        "%02x" % key + "".join("%02x" % (ord(c) ^ key) for c in email))


def render(s, blocks, when):
    d = s["deploy"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    out = ['<p class="legal__date">%s</p>' % html.escape(head[1][1], quote=False)]
    out += [C.block_html(x) for x in head[2:]]
    ntab = 0
    for t, bl in secs:
        out.append('<h2>%s</h2>' % C.inline_html(t))
        groups, pre, post = [], [], []
        for x in bl:
            if x[0] == "h3":
                groups.append((x[1], []))
            elif groups and not groups[-1][1]:
                groups[-1][1].append(x)
            elif groups:
                post.append(x)
            else:
                pre.append(x)
        out += [C.block_html(x) for x in pre]
        if groups:
            ntab += 1
            btns, panels = [], []
            for k, (gt, gb) in enumerate(groups):
                tid = "tab-%d-%d" % (ntab, k)
                btns.append('<button type="button" role="tab" id="%s" aria-controls="%s-panel" aria-selected="%s"%s class="tabs__tab%s" data-action="tabs#select">%s</button>'
                            % (tid, tid, "true" if k == 0 else "false", "" if k == 0 else ' tabindex="-1"', " is-active" if k == 0 else "", C.inline_html(gt)))
                panels.append('<div role="tabpanel" id="%s-panel" aria-labelledby="%s" class="tabs__panel"%s><h3 class="visually-hidden">%s</h3>%s</div>'
                              % (tid, tid, "" if k == 0 else " hidden", C.inline_html(gt), "".join(C.block_html(x) for x in gb)))
            out.append('<div class="tabs" data-controller="tabs"><div role="tablist" class="tabs__list" aria-label="%s">%s</div>%s</div>'
                       % (C.inline_html(t), "".join(btns), "".join(panels)))
        out += [C.block_html(x) for x in post]
    body = "\n".join(out)
    n = [0]

    def em(m):
        e = EMAILS[min(n[0], 1)]
        k = s["cfkey"][min(n[0], 2)]
        n[0] += 1
        return cf(e, k)

    body = re.sub(r"\[email protected\]", em, body)

    def track(m):
        u = m.group(1)
        if u.startswith("https://www.majstorko.hr/") or u.startswith("https://pomoc.majstorko.hr/"):
            return 'href="%s?ref=pravila-privatnosti&amp;sid=%s"' % (u, s["sid"])
        return 'href="%s" target="_blank" rel="noopener"' % u

    body = re.sub(r'href="(https://[^"?]+)"', track, body)
    jobs = "".join('<li class="job-card"><a href="/poslovi/%d?sid=%s">%s</a></li>' % (
        318000 + j * 37, s["sid"], html.escape(JOBS[j])) for j in s["jobs"])
    cnt = "{:,}".format(s["counter"]).replace(",", ".")
    return f"""<!DOCTYPE html>
<html lang="hr">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Pravila privatnosti | Majstorko</title>
    <meta name="description" content="Kako Majstorko prikuplja i štiti osobne podatke naručitelja i majstora.">
    <link rel="canonical" href="{URL}">
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="4f7e2b1c-8a3d-4e6f-9b2a-7c1d5e8f0a3b" data-blockingmode="auto" type="text/javascript"></script>
    <link rel="stylesheet" href="/build/app.{d['css']}.css">
    <script src="/build/runtime.{d['rt']}.js" defer></script>
    <script src="/build/app.{d['app']}.js" defer></script>
</head>
<body class="page page--legal">
<header class="site-header">
    <div class="container">
        <a class="site-header__logo" href="/"><img src="/build/images/majstorko-logo.svg" alt="Majstorko" width="160" height="36"></a>
        <nav class="site-header__nav"><a href="/objavi-posao">Objavi posao</a><a href="/majstori">Pronađi majstora</a><a href="/za-majstore">Za majstore</a><a href="/prijava">Prijava</a></nav>
        <p class="site-header__stat">Trenutno <strong>{cnt}</strong> provjerenih majstora</p>
    </div>
</header>
<main class="container legal-layout">
    <nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Početna</a></li><li aria-current="page">Pravila privatnosti</li></ol></nav>
    <div class="legal-layout__grid">
        <article class="legal">
            <h1 class="legal__title">{C.inline_html(title)}</h1>
            <div class="legal__content">
{body}
            </div>
        </article>
        <aside class="legal-layout__aside">
            <section class="card"><h2 class="card__title">Najnoviji poslovi</h2><ul class="job-list">{jobs}</ul></section>
            <section class="card"><h2 class="card__title">Newsletter</h2>
                <form name="newsletter" method="post" action="/newsletter/prijava"><input type="email" id="newsletter_email" name="newsletter[email]" required="required" placeholder="Vaša e-pošta"><input type="hidden" id="newsletter__token" name="newsletter[_token]" value="{s['csrf']}"><button type="submit">Prijavi se</button></form>
            </section>
        </aside>
    </div>
</main>
<footer class="site-footer"><div class="container"><p>© 2016.–{when.year}. Majstorko d.o.o.</p><a href="/uvjeti-koristenja">Uvjeti korištenja</a> <a href="/pravila-privatnosti">Pravila privatnosti</a> <a href="javascript:Cookiebot.renew()">Postavke kolačića</a> <a href="/cdn-cgi/l/email-protection#{"%02x" % s['cfkey'][2] + "".join("%02x" % (ord(c) ^ s['cfkey'][2]) for c in "info@majstorko.hr")}"><span class="__cf_email__" data-cfemail="{"%02x" % s['cfkey'][2] + "".join("%02x" % (ord(c) ^ s['cfkey'][2]) for c in "info@majstorko.hr")}">[email&#160;protected]</span></a></div></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Privola za kolačiće" tabindex="-1" lang="hr" class="CybotCookiebotDialog--bottom"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBodyContentText">Koristimo kolačiće za prilagodbu sadržaja i oglasa, pružanje značajki društvenih medija i analizu prometa.</div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Odbij</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Dopusti sve</button></div></div></div>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>
</body>
</html>
"""


PAGE = {
    "service": "Majstorko",
    "url": URL,
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"), ("X-Powered-By", "PHP/8.2.13"),
                      ("Set-Cookie", "PHPSESSID=deleted; path=/; HttpOnly")],
    "n": 33,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "article.legal",
        "remove": "article.legal [role=\"tablist\"]",
    },
}
