"""Catalan browser vendor (Fanal), whose privacy notice lives on a Django site (bedrock-style templates).

Well-built page; the difficulty is structural. The notice's regional supplements (United States, EEA/UK,
Brazil, later Korea) are separate <section class="supplement"> blocks on the page, split from the main notice
by a download call-to-action and a newsletter box, so the curator selects four kinds of element. Around them:
the language form with Django's per-visit csrfmiddlewaretoken and a locale list that grows, the CDN's
per-visit data-country-code on <html>, the A/B variant of the download button, and ManifestStaticFilesStorage
hashes after each deploy.
"""
import datetime as dt
import html

import common as C

URL = "https://www.fanal.cat/ca/privacitat/navegador/"

MONTHS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
          "desembre"]


def fmt_date(d):
    m = MONTHS[d.month - 1]
    return "%d %s %d" % (d.day, ("d'" + m) if m[0] in "ao" else ("de " + m), d.year)


POLICY = """# Avís de privadesa del navegador Fanal

Data d'entrada en vigor: {UPDATED}

Fanal és un navegador web de codi obert desenvolupat per la Fundació Fanal, una entitat sense ànim de lucre amb seu a Barcelona. Creiem que la privadesa no hauria de ser opcional, i per això el navegador està dissenyat per recollir la mínima quantitat de dades possible. Aquest avís explica quines dades envia Fanal a la Fundació i a tercers, per què ho fa i com podeu controlar-ho. Les dades que deseu al vostre dispositiu, com l'historial, les adreces d'interès o les contrasenyes, es queden al vostre dispositiu tret que activeu la sincronització.

## Coses que heu de saber

Fanal no ven les vostres dades personals ni les utilitza per mostrar-vos publicitat dirigida. Les dades tècniques que rebem s'associen a un identificador aleatori, no al vostre nom ni a la vostra adreça electrònica, i podeu desactivar-ne l'enviament en qualsevol moment a Configuració → Privadesa i seguretat.

Algunes funcions opcionals, com la traducció de pàgines o el resum de textos, funcionen íntegrament al vostre dispositiu i no envien el contingut de les pàgines a cap servidor. Quan una funció necessiti enviar dades a la Fundació o a un tercer, us ho indicarem abans d'activar-la i us demanarem permís.

## Dades tècniques i d'interacció

Per defecte, Fanal envia a la Fundació dades tècniques sobre el navegador i el dispositiu (versió, sistema operatiu, idioma, configuració de maquinari, rendiment i errors) i dades d'interacció agregades sobre l'ús de les funcions (nombre de pestanyes obertes, ús de la barra d'adreces, extensions instal·lades). Aquestes dades ens ajuden a millorar l'estabilitat i el rendiment. Les dades es conserven de manera anonimitzada durant un màxim de 13 mesos.

Si el navegador es bloqueja, podeu decidir si voleu enviar un informe d'error. Els informes poden incloure l'adreça de la pàgina oberta en el moment de l'error, i els conservem 180 dies.

## Cerca

Quan escriviu a la barra d'adreces, Fanal envia el text que escriviu al motor de cerca predeterminat per obtenir suggeriments. Podeu desactivar els suggeriments o canviar de motor de cerca a la configuració. Quan feu una cerca, Fanal afegeix un codi que identifica el navegador perquè el motor de cerca pugui comptar les cerques fetes amb Fanal; aquest codi no us identifica a vosaltres.

## Sincronització i compte de Fanal

Si creeu un compte de Fanal, recollim la vostra adreça electrònica, la contrasenya (xifrada) i la data de creació del compte. Si activeu la sincronització, Fanal xifra de punta a punta les dades que sincronitzeu abans d'enviar-les als nostres servidors, de manera que nosaltres no les podem llegir:

- adreces d'interès i historial de navegació;
- contrasenyes i dades d'emplenament automàtic;
- pestanyes obertes en altres dispositius;
- extensions i configuració.

## Navegació segura

Per protegir-vos de llocs fraudulents i programari maliciós, Fanal descarrega periòdicament llistes de llocs perillosos. Quan visiteu un lloc que pot coincidir amb la llista, Fanal envia al proveïdor del servei un fragment parcial i xifrat de l'adreça, que no permet saber quina pàgina esteu visitant. Quan baixeu un fitxer executable, Fanal pot enviar-ne metadades per comprovar si és segur.

## Extensions i contingut web

Les extensions que instal·leu poden accedir a les vostres dades de navegació d'acord amb els permisos que els concediu. El catàleg d'extensions de Fanal registra quines extensions instal·leu per oferir-vos actualitzacions. Els llocs web que visiteu tenen les seves pròpies polítiques de privadesa; Fanal bloqueja per defecte els rastrejadors de tercers coneguts i les galetes de seguiment entre llocs.

## Com compartim les dades

Compartim dades amb proveïdors que ens ajuden a oferir el navegador, com ara serveis d'allotjament al núvol, enviament de correu electrònic i processament d'informes d'error, sempre sota contracte i seguint les nostres instruccions. També podem divulgar dades quan ho exigeixi la llei, després de revisar detingudament la sol·licitud. Publiquem anualment un informe de transparència amb el nombre de sol·licituds rebudes.

## Els vostres drets i opcions

Podeu accedir a les dades del vostre compte, corregir-les, exportar-les o suprimir-les des de la pàgina del compte. Per exercir altres drets, escriviu a privadesa@fanal.cat. Si considereu que no hem tractat correctament les vostres dades, podeu presentar una reclamació a l'[Autoritat Catalana de Protecció de Dades](https://apdcat.gencat.cat/) o a l'[Agència Espanyola de Protecció de Dades](https://www.aepd.es/).

## Canvis en aquest avís

Quan fem canvis importants en aquest avís, ho indicarem en les notes de la versió del navegador i actualitzarem la data d'entrada en vigor.

## Suplement per a residents als Estats Units

Si resideixes a Califòrnia o en un altre estat amb lleis de privadesa del consumidor, tens dret a saber quines categories de dades personals recollim, a sol·licitar-ne la supressió i la correcció, i a no ser discriminat per exercir aquests drets. Fanal no ven dades personals ni les comparteix per a publicitat comportamental entre contextos. En els darrers dotze mesos hem recollit identificadors, informació d'activitat a internet i dades de geolocalització aproximada, amb les finalitats descrites en aquest avís.

## Suplement per a l'Espai Econòmic Europeu i el Regne Unit

El responsable del tractament és la Fundació Fanal, carrer de Pujades 100, 08005 Barcelona. Tractem les dades tècniques i d'interacció sobre la base del nostre interès legítim a millorar el navegador, i les dades del compte per executar el contracte. Quan transferim dades fora de l'Espai Econòmic Europeu, utilitzem les clàusules contractuals tipus aprovades per la Comissió Europea. Podeu contactar amb la nostra delegada de protecció de dades a dpd@fanal.cat.

## Suplement per al Brasil

Si resideixes al Brasil, la Llei general de protecció de dades (LGPD) et reconeix els drets de confirmació, accés, correcció, anonimització, portabilitat i eliminació de les dades, així com el dret a revocar el consentiment. Pots presentar una reclamació davant l'Autoritat Nacional de Protecció de Dades (ANPD).
"""

EDITS = [
    {"note": "sync list: payment methods added to the end-to-end encrypted data",
     "repl": [("- contrasenyes i dades d'emplenament automàtic;",
               "- contrasenyes i dades d'emplenament automàtic;\n- targetes de pagament desades, sense el codi de seguretat;")]},
    {"note": "inside the Brazil supplement: named encarregado (DPO) contact added",
     "repl": [("Pots presentar una reclamació davant l'Autoritat Nacional de Protecció de Dades (ANPD).",
               "Pots contactar amb el nostre encarregat de protecció de dades a encarregado@fanal.cat i presentar una reclamació davant l'Autoritat Nacional de Protecció de Dades (ANPD).")]},
    {"note": "one word deep in telemetry: 'anonimitzada' -> 'pseudonimitzada' (date not bumped)", "bump": False,
     "repl": [("Les dades es conserven de manera anonimitzada durant", "Les dades es conserven de manera pseudonimitzada durant")]},
    {"note": "whole new regional supplement for the Republic of Korea added at the end",
     "repl": [("davant l'Autoritat Nacional de Protecció de Dades (ANPD).", """davant l'Autoritat Nacional de Protecció de Dades (ANPD).

## Suplement per a la República de Corea

D'acord amb la Llei de protecció de la informació personal (PIPA), t'informem que les dades tècniques i d'interacció es transfereixen a servidors situats als Països Baixos i als Estats Units, on es conserven durant els períodes indicats en aquest avís. Pots sol·licitar l'accés, la correcció, la suspensió del tractament o la supressió de les teves dades escrivint a privadesa@fanal.cat. El nostre representant a Corea és Fanal Korea Representative Ltd., Seül.""")]},
    {"note": "effective date bumped alone", "repl": []},
]

LOCALES = [(dt.datetime(2000, 1, 1), "ca", "Català"), (dt.datetime(2000, 1, 1), "en-US", "English"),
           (dt.datetime(2000, 1, 1), "es-ES", "Español"), (dt.datetime(2000, 1, 1), "fr", "Français"),
           (dt.datetime(2023, 10, 5), "eu", "Euskara"), (dt.datetime(2024, 4, 22), "gl", "Galego"),
           (dt.datetime(2024, 12, 9), "pt-BR", "Português (do Brasil)")]
COUNTRIES = ["ES", "ES", "ES", "FR", "AD", "US", "DE", "NL", "GB", "IE"]
CTA = [("control", "Baixa Fanal"), ("v2", "Baixa Fanal gratis"), ("v3", "Prova Fanal ara")]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["static"] = C.keep_or(rng, p.get("static"), 0.25, lambda: {"css": C.hexs(rng, 12), "js": C.hexs(rng, 12), "site": C.hexs(rng, 12)})
    s["csrf"] = C.alnum(rng, 64)
    s["country"] = rng.choice(COUNTRIES)
    s["locales"] = sum(1 for d, _, _ in LOCALES if d <= when)
    s["latest"] = "%d.0" % (114 + (when.year - 2023) * 12 + when.month)
    s["cta"] = C.keep_or(rng, p.get("cta"), 0.2, lambda: rng.randrange(len(CTA)))
    return s


LABELS = {"static": "deploy (hashed static files)", "csrf": "per-visit csrfmiddlewaretoken in the language form",
          "country": "CDN geo data-country-code on <html>", "locales": "language form locale list",
          "cta": "A/B download button variant", "latest": "latest-version attribute on <html> (monthly release)"}


def render(s, blocks, when):
    st = s["static"]
    head, secs = C.split_sections(blocks)
    title, eff = head[0][1], head[1][1]
    intro = "".join(C.block_html(x) for x in head[2:])
    main_secs, supps = [], []
    for t, bl in secs:
        (supps if t.startswith("Suplement") else main_secs).append((t, bl))

    def sec_html(t, bl, cls):
        return '<section class="%s"><h2>%s</h2>%s</section>' % (cls, C.inline_html(t), "".join(C.block_html(x) for x in bl))

    notice = intro + "".join(sec_html(t, bl, "privacy-notice-section") for t, bl in main_secs)
    sup = ['<section class="supplement mzp-l-content" id="suplement-%d"><h2>%s</h2>%s</section>' % (
        k + 1, C.inline_html(t), "".join(C.block_html(x) for x in bl)) for k, (t, bl) in enumerate(supps)]
    variant, label = CTA[s["cta"]]
    cta = ('<aside class="c-download-cta" data-experiment="download-cta-2024" data-variant="%s"><h3 class="c-download-cta-title">Navega sense que et segueixin</h3>'
           '<a class="mzp-c-button mzp-t-product" href="/ca/baixa/?utm_source=privacy-notice&amp;utm_campaign=%s">%s</a></aside>') % (variant, variant, label)
    news = ('<aside class="c-newsletter"><h3>Rep les novetats de Fanal</h3><form action="/ca/newsletter/" method="post"><input type="email" name="email" placeholder="adreça@exemple.cat">'
            '<button type="submit" class="mzp-c-button">Subscriu-m\'hi</button></form></aside>')
    body_parts = [sup[0], sup[1], news] + sup[2:] if len(sup) > 2 else sup
    opts = "".join('<option lang="%s" value="%s"%s>%s</option>' % (c, c, " selected" if c == "ca" else "", n)
                   for _, c, n in LOCALES[:s["locales"]])
    return f"""<!doctype html>
<html class="windows x86 no-js" lang="ca" dir="ltr" data-country-code="{s['country']}" data-latest-fanal="{s['latest']}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Avís de privadesa del navegador Fanal — Fanal</title>
    <meta name="description" content="Com tracta Fanal les vostres dades">
    <link rel="canonical" hreflang="ca" href="{URL}">
    <link rel="alternate" hreflang="en" href="https://www.fanal.cat/en-US/privacy/browser/">
    <link rel="alternate" hreflang="es" href="https://www.fanal.cat/es-ES/privacidad/navegador/">
    <link href="/media/css/protocol-privacy.{st['css']}.css" rel="stylesheet" type="text/css">
    <link href="/media/css/site.{st['site']}.css" rel="stylesheet" type="text/css">
    <script src="/media/js/site.{st['js']}.js"></script>
  </head>
  <body class="privacy-page" data-global-nav-current-link="privacy">
    <div id="outer-wrapper">
      <header class="c-navigation"><div class="mzp-l-content"><a class="c-navigation-logo" href="/ca/">Fanal</a><ul class="c-menu"><li><a href="/ca/navegador/">Navegador</a></li><li><a href="/ca/fundacio/">Fundació</a></li><li><a href="/ca/privacitat/">Privadesa</a></li><li><a href="/ca/suport/">Suport</a></li></ul></div></header>
      <main role="main">
        <section class="privacy-hero mzp-l-content"><h1 class="privacy-title">{C.inline_html(title)}</h1><p class="effective-date">{html.escape(eff, quote=False)}</p></section>
        <div class="privacy-body mzp-l-content">
          <article id="notice" class="privacy-notice">{notice}</article>
          {cta}
          {"".join(body_parts)}
        </div>
      </main>
      <footer class="mzp-c-footer"><div class="mzp-l-content">
        <form class="mzp-c-language-switcher" method="post" action="/i18n/setlang/"><input type="hidden" name="csrfmiddlewaretoken" value="{s['csrf']}"><input type="hidden" name="next" value="/privacitat/navegador/"><label for="page-language-select">Idioma</label><select id="page-language-select" name="language">{opts}</select><button type="submit">Canvia</button></form>
        <p class="mzp-c-footer-license">Excepte allà on s'indiqui el contrari, el contingut d'aquest lloc està disponible sota la llicència Creative Commons BY-SA 4.0.</p>
        <ul class="mzp-c-footer-terms"><li><a href="/ca/privacitat/lloc-web/">Privadesa del lloc web</a></li><li><a href="/ca/privacitat/galetes/">Galetes</a></li><li><a href="/ca/avis-legal/">Avís legal</a></li></ul>
      </div></footer>
    </div>
    <script src="/media/js/privacy.{st['js']}.js"></script>
  </body>
</html>
"""


PAGE = {
    "service": "Fanal",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "gunicorn"), ("X-Frame-Options", "DENY"), ("Vary", "Accept-Language, Cookie"),
                      ("X-Backend-Server", "bedrock-prod-7c9f")],
    "n": 26,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".privacy-hero .privacy-title", ".privacy-hero .effective-date", "#notice", "section.supplement"],
    },
}
