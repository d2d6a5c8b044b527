"""Sonora (Barcelona music streaming app) - ca - SvelteKit (mdsvex legal pages), Svelte 4 -> 5 upgrade in 2024."""
import datetime as dt
import hashlib
import html
import json
import re
import common as C

URL = "https://sonora.cat/legal/privadesa"
MESOS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
         "desembre"]


def fmt_date(d):
    m = MESOS[d.month - 1]
    return "%d %s%s de %d" % (d.day, "d'" if m[0] in "aeiou" else "de ", m, d.year)


POLICY = """
# Política de privadesa

Darrera actualització: {UPDATED}

A Sonora volem que escoltis música sense preocupacions. Aquesta política explica quines dades personals tractem quan utilitzes l'aplicació Sonora per a Android, iOS i web, i quins drets tens.

## Qui és el responsable

El responsable del tractament és Sonora Music Tech, SL, amb NIF B-67123456 i domicili al carrer de Pallars, 108, 08018 Barcelona. Pots contactar amb la nostra delegada de protecció de dades a [dades@sonora.cat](mailto:dades@sonora.cat).

## Quines dades tractem

- Dades del compte: nom d'usuari, adreça electrònica, data de naixement i país.
- Dades d'ús: cançons, llistes i podcasts que escoltes, cerques i m'agrada.
- Dades del dispositiu: model, sistema operatiu, versió de l'aplicació i adreça IP.
- Dades de pagament: les gestiona el nostre proveïdor de pagaments; nosaltres només en rebem el resultat i els quatre darrers dígits de la targeta.

## Per a què les fem servir

Fem servir les teves dades per prestar-te el servei, recomanar-te música segons el que escoltes, pagar els drets d'autor als artistes i segells segons les reproduccions, i millorar l'aplicació.

Si ho acceptes, també les fem servir per enviar-te novetats sobre concerts d'artistes que segueixes.

## Amb qui les compartim

- Els segells discogràfics i entitats de gestió de drets reben informes de reproduccions agregats, sense dades que t'identifiquin.
- Stripe Payments Europe, Ltd. tramita els pagaments de les subscripcions.
- Google Cloud EMEA Ltd. allotja la nostra infraestructura a la regió de Madrid.

Pots consultar com fem servir les galetes a la nostra [Política de galetes](https://sonora.cat/legal/galetes).

## Quant de temps les conservem

Conservem les dades del compte mentre el compte estigui actiu. L'historial d'escoltes es conserva durant 5 anys i després s'anonimitza.

Les dades de facturació es conserven 6 anys, tal com exigeix el Codi de comerç.

## Menors

Sonora no és per a menors de 14 anys. Si detectem un compte d'un menor d'aquesta edat, l'eliminem.

## Els teus drets

Pots exercir els drets d'accés, rectificació, supressió, oposició, limitació i portabilitat escrivint a [dades@sonora.cat](mailto:dades@sonora.cat) o des de Configuració > Privadesa a l'aplicació. Si creus que no hem atès correctament la teva sol·licitud, pots presentar una reclamació a l'Autoritat Catalana de Protecció de Dades.
"""

EDITS = [
    {"note": "link target changed only: cookie-policy link moved from /legal/galetes to /ajuda/legal/galetes (label unchanged, date not bumped)",
     "bump": False,
     "repl": [("[Política de galetes](https://sonora.cat/legal/galetes)", "[Política de galetes](https://sonora.cat/ajuda/legal/galetes)")]},
    {"note": "processor added: Musixmatch S.p.A. (synchronised lyrics)",
     "repl": [("- Google Cloud EMEA Ltd. allotja", "- Musixmatch S.p.A. ens proporciona les lletres sincronitzades i rep l'identificador de la cançó que escoltes, però no el teu compte.\n- Google Cloud EMEA Ltd. allotja")]},
    {"note": "retention: listening history anonymised after 3 years instead of 5",
     "repl": [("es conserva durant 5 anys i després", "es conserva durant 3 anys i després")]},
    {"note": "new section 'Funcions d'intel·ligència artificial' (AI DJ, opt-out) before 'Amb qui les compartim'",
     "repl": [("## Amb qui les compartim", "## Funcions d'intel·ligència artificial\n\nEl DJ Sonora fa servir un model d'aprenentatge automàtic que combina el teu historial d'escoltes amb l'hora del dia per triar la següent cançó i generar-ne la presentació amb veu sintètica. No entrenem models amb les teves dades de veu. Pots desactivar el DJ a Configuració > Recomanacions.\n\n## Amb qui les compartim")]},
    {"note": "DPO contact changed: dades@sonora.cat -> privadesa@sonora.cat (both places), date bumped",
     "repl": [("a [dades@sonora.cat](mailto:dades@sonora.cat).", "a [privadesa@sonora.cat](mailto:privadesa@sonora.cat)."),
              ("escrivint a [dades@sonora.cat](mailto:dades@sonora.cat) o des", "escrivint a [privadesa@sonora.cat](mailto:privadesa@sonora.cat) o des")]},
]

CHART = [("Figa Flawas", "Vull despertar"), ("Oques Grasses", "La gent que estimo"), ("Mushka", "Ballar a l'aire"),
         ("Txarango", "Som un riu"), ("The Tyets", "Coti x Coti"), ("Júlia Colom", "Mar de fons"),
         ("Stay Homas", "Lemon"), ("Zoo", "Estiu"), ("Lildami", "Carrer"), ("Ginestà", "Lluny")]
PROMOS = [("Concerts a prop teu", "Descobreix qui toca aquest cap de setmana a Barcelona", "/concerts"),
          ("Sonora Premium", "3 mesos per 0 € · després 10,99 €/mes", "/premium"),
          ("Sonora Estudiants", "50% de descompte amb el teu correu de la universitat", "/premium/estudiants"),
          ("Embolcall 2024", "El teu any musical ja és aquí", "/embolcall")]
SVELTE5 = dt.datetime(2024, 11, 5)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.4, lambda: C.hexs(rng, 8))
    s["svelte5"] = when >= SVELTE5
    s["listening"] = rng.randint(1800, 26000)
    wk = when.isocalendar()
    r2 = __import__("random").Random("chart%d-%d" % (wk[0], wk[1]))
    s["chart"] = (wk[0], wk[1], tuple(r2.sample(range(len(CHART)), 5)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS) - 1) if when.month != 12 else 3)
    s["now"] = int(C.epoch(when)) * 1000 + rng.randint(0, 999)
    return s


LABELS = {
    "deploy": "SvelteKit deploy: svelte-xxxx class hashes, __sveltekit_ version key, /_app/immutable chunk names",
    "svelte5": "Svelte 4 -> 5 upgrade (hydration comments inside the policy container change: HTML_TAG_START/END -> <!--[--> markers)",
    "listening": "'persones escoltant ara' live counter in header",
    "chart": "weekly 'Top 5 a Catalunya' chart in the aside",
    "promo": "rotating promo banner",
    "now": "server timestamp in the hydration data script",
}


def slug(t):
    t = t.lower()
    for a, b in (("à", "a"), ("è", "e"), ("é", "e"), ("í", "i"), ("ò", "o"), ("ó", "o"), ("ú", "u"), ("ç", "c"), ("l·l", "ll"), ("'", "")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def render(s, blocks, when):
    d = s["deploy"]
    h = lambda k: "svelte-" + hashlib.sha1((d + k).encode()).hexdigest()[:6]
    ck = lambda k: hashlib.sha1((d + "chunk" + k).encode()).hexdigest()[:8]
    HD, AR, AS, FT = h("header"), h("article"), h("aside"), h("footer")
    v5 = s["svelte5"]
    parts = []
    for b in blocks[1:]:
        if b[0] == "h2":
            parts.append('<h2 id="%s">%s</h2>' % (slug(b[1]), C.inline_html(b[1])))
        else:
            parts.append(C.block_html(b))
    md = "\n".join(parts)
    if v5:
        content = '<!---->%s<!---->' % md
        O, Cl = "<!--[-->", "<!--]-->"
    else:
        content = '<!-- HTML_TAG_START -->%s<!-- HTML_TAG_END -->' % md
        O, Cl = "", ""
    yr, wk, ch = s["chart"]
    chart = "".join('%s<li class="%s"><span class="pos %s">%d</span> <a href="/track/%s" class="%s">%s</a> <span class="artist %s">%s</span></li>%s'
                    % (O, AS, AS, n + 1, ck(CHART[k][1])[:6], AS, html.escape(CHART[k][1]), AS, html.escape(CHART[k][0]), Cl)
                    for n, k in enumerate(ch))
    pt, ps, pu = PROMOS[s["promo"]]
    key = "__sveltekit_" + hashlib.sha1(d.encode()).hexdigest()[:6]
    data = json.dumps([None, {"type": "data", "data": {"title": blocks[0][1], "lang": "ca", "now": s["now"],
                                                        "chart": {"week": "%d-W%02d" % (yr, wk)}}, "uses": {"url": 1}}],
                      ensure_ascii=False)
    return ('<!doctype html>\n<html lang="ca">\n\t<head>\n\t\t<meta charset="utf-8" />\n'
            '\t\t<link rel="icon" href="/favicon.png" />\n\t\t<meta name="viewport" content="width=device-width, initial-scale=1" />\n\t\t'
            '\n\t\t<link href="/_app/immutable/assets/0.%s.css" rel="stylesheet">\n'
            '\t\t<link href="/_app/immutable/assets/legal.%s.css" rel="stylesheet">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/entry/start.%s.js">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/chunks/entry.%s.js">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%s.js">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/entry/app.%s.js">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/nodes/0.%s.js">\n'
            '\t\t<link rel="modulepreload" href="/_app/immutable/nodes/7.%s.js"><!--%s--><title>%s · Sonora</title>'
            '<meta name="description" content="Com tractem les teves dades a Sonora"><link rel="alternate" hreflang="es" href="https://sonora.cat/es/legal/privacidad">\n'
            '\t</head>\n\t<body data-sveltekit-preload-data="hover">\n\t\t<div style="display: contents">%s'
            '<header class="topbar %s"><a href="/" class="logo %s" aria-label="Sonora"><svg class="%s" viewBox="0 0 120 32" aria-hidden="true"><path d="M4 16c0-6 5-12 12-12"></path></svg></a>'
            '<nav class="%s"><a href="/descobreix" class="%s">Descobreix</a> <a href="/podcasts" class="%s">Podcasts</a> <a href="/premium" class="%s">Premium</a></nav>'
            '<p class="live %s"><span class="dot %s"></span> <strong class="%s">%s</strong> persones escoltant ara</p>'
            '<a href="/entra" class="btn %s">Entra</a> <a href="/registre" class="btn btn-primary %s">Registra\'t gratis</a></header>'
            '%s<div class="promo %s"><strong class="%s">%s</strong> <span class="%s">%s</span> <a href="%s" class="%s">Més informació</a></div>%s'
            '<main class="legal %s"><article class="policy %s"><h1 class="%s">%s</h1> <div class="md %s">%s</div></article>'
            '<aside class="%s"><h2 class="%s">Top 5 a Catalunya</h2> <p class="week %s">Setmana %d</p> <ol class="%s">%s</ol></aside></main>'
            '<footer class="%s"><nav class="%s"><a href="/legal/condicions" class="%s">Condicions d\'ús</a> <a href="/legal/privadesa" class="%s" aria-current="page">Privadesa</a> '
            '<a href="https://sonora.cat/legal/galetes" class="%s">Galetes</a></nav> <p class="%s">© %d Sonora Music Tech, SL</p></footer>%s\n'
            '\t\t\t\n\t\t\t<script>\n\t\t\t\t{\n\t\t\t\t\t%s = {\n\t\t\t\t\t\tbase: new URL("..", location).pathname.slice(0, -1)\n\t\t\t\t\t};\n\n'
            '\t\t\t\t\tconst element = document.currentScript.parentElement;\n\n\t\t\t\t\tconst data = %s;\n\n'
            '\t\t\t\t\tPromise.all([\n\t\t\t\t\t\timport("../_app/immutable/entry/start.%s.js"),\n\t\t\t\t\t\timport("../_app/immutable/entry/app.%s.js")\n'
            '\t\t\t\t\t]).then(([kit, app]) => {\n\t\t\t\t\t\tkit.start(app, element, {\n\t\t\t\t\t\t\tnode_ids: [0, 7],\n\t\t\t\t\t\t\tdata,\n'
            '\t\t\t\t\t\t\tform: null,\n\t\t\t\t\t\t\terror: null\n\t\t\t\t\t\t});\n\t\t\t\t\t});\n\t\t\t\t}\n\t\t\t</script>\n\t\t</div>\n\t</body>\n</html>\n'
            % (ck("c0"), ck("cl"), ck("start"), ck("entry"), ck("sched"), ck("app"), ck("n0"), ck("n7"),
               "1s7l1h5" if v5 else "vd8x2k", html.escape(blocks[0][1]), O,
               HD, HD, HD, HD, HD, HD, HD, HD, HD, HD, "{:,}".format(s["listening"]).replace(",", "."), HD, HD,
               O, HD, HD, html.escape(pt), HD, html.escape(ps), pu, HD, Cl,
               AR, AR, AR, html.escape(blocks[0][1]), AR, content,
               AS, AS, AS, wk, AS, chart, FT, FT, FT, FT, FT, FT, when.year, Cl,
               key, data, ck("start"), ck("app")))


PAGE = {
    "service": "Sonora", "url": URL, "lang": "ca", "platform": "SvelteKit",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-sveltekit-page", "true"), ("cache-control", "private, no-store"), ("vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main.legal article.policy"]},
}
