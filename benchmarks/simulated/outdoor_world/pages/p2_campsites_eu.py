"""Aterpe Kanpinak: a Basque-language campsite booking platform built with SvelteKit (Svelte 4, adapter-node) on
Contentful; the policy is a Contentful rich-text entry rendered by @contentful/rich-text-html-renderer into a
`{@html}` block (Svelte's HTML_TAG_START/END comments). Between visits: the live "free pitches this weekend" box
(`aside.availability`, a sibling of the policy's article: campsites, pitches left, prices), the header's weather chip,
the serialized load data in the start script (availability, the entry's Contentful revision, bumped when an editor
republishes), and on deploys the immutable asset hashes, the `__sveltekit_*` id and some components' `svelte-*`
class hashes, which sit on the policy's article and header too (class attributes only)."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.aterpe.eus/eu/pribatutasun-politika"

POLICY = """
# Pribatutasun-politika

Azken eguneratzea: {UPDATED}

Aterpe Kanpinak S.L.-k (aurrerantzean, Aterpe) Euskal Herriko kanpinetan, bungalowetan eta autokarabanetarako guneetan erreserbak egiteko plataforma kudeatzen du, aterpe.eus webgunearen eta Aterpe mugikorreko aplikazioaren bidez. Politika honetan azaltzen dugu zer datu pertsonal biltzen ditugun, zertarako erabiltzen ditugun, norekin partekatzen ditugun, zenbat denboraz gordetzen ditugun eta zer eskubide dituzun.

Datuen tratamendua Datuak Babesteko Erregelamendu Orokorrean (EB 2016/679 Erregelamendua, DBEO) eta Datu Pertsonalak Babesteko eta Eskubide Digitalak Bermatzeko abenduaren 5eko 3/2018 Lege Organikoan xedatutakoaren arabera egiten dugu.

## 1. Nor da zure datuen tratamenduaren arduraduna?

@ Aterpe Kanpinak S.L.
@ IFZ: B75123456
@ Zurriola pasealekua 12, 3. solairua
@ 20002 Donostia (Gipuzkoa)
@ Posta elektronikoa: [pribatutasuna@aterpe.eus](mailto:pribatutasuna@aterpe.eus)
@ Telefonoa: +34 943 55 21 80

Datuak babesteko ordezkaria izendatu dugu. Harekin harremanetan jar zaitezke [dpo@aterpe.eus](mailto:dpo@aterpe.eus) helbidean.

## 2. Zer datu biltzen ditugu?

Zerbitzua erabiltzen duzunean honako datu hauek bil ditzakegu:

- **Identifikazio- eta harreman-datuak:** izen-abizenak, posta elektronikoa, telefono-zenbakia eta posta-helbidea.
- **Erreserbaren datuak:** kanpina, lursail edo bungalow mota, egonaldiaren datak, pertsona kopurua eta adinak, ibilgailuaren matrikula eta, hala badagokio, zurekin datozen maskotak.
- **Bidaiarien erregistroa:** ostatu-establezimenduek legez eskatzen dituzten datuak (NAN edo pasaportearen zenbakia, jaiotze-data, nazionalitatea eta bidaiarien arteko harremana).
- **Ordainketa-datuak:** txartelaren azken lau zifrak eta transakzioaren identifikatzailea; txartelaren zenbaki osoa ordainketa-hornitzaileak bakarrik tratatzen du.
- **Nabigazio-datuak:** IP helbidea, gailu eta nabigatzaile mota, bisitatutako orriak eta cookieen bidez bildutako informazioa.
- **Iritziak:** egonaldiaren ondoren kanpinari buruz idazten dituzun balorazioak eta iruzkinak.

Aterpe-n kontua sortzen baduzu, zure erreserben historia eta gogoko kanpinen zerrenda ere gordeko ditugu, hurrengo erreserbak errazteko. Kontua ezabatzen duzunean, datu horiek ere ezabatzen dira, legez gorde behar ditugunak izan ezik.

Ez dugu datu berezirik eskatzen. Mugikortasun urriko pertsonentzako lursail egokitua eskatzen baduzu, eskaera hori kanpinari helarazteko bakarrik erabiliko dugu.

## 3. Zertarako erabiltzen ditugu zure datuak?

| Helburua | Oinarri juridikoa | Gordetze-epea |
| Erreserbak kudeatzea eta kanpinari jakinaraztea | Kontratua betetzea (DBEO, 6.1.b art.) | Egonaldia amaitu eta 5 urte |
| Bidaiarien erregistroa kanpinari bidaltzea | Lege-betebeharra (933/2021 Errege Dekretua) | 3 urte |
| Fakturazioa eta kontabilitatea | Lege-betebeharra (DBEO, 6.1.c art.) | 6 urte |
| Bezeroarentzako arreta | Kontratua betetzea eta interes legitimoa | Kontsulta itxi eta 2 urte |
| Buletina eta eskaintzak bidaltzea | Baimena (DBEO, 6.1.a art.) | Baimena kendu arte |
| Iruzurra prebenitzea eta plataforma babestea | Interes legitimoa (DBEO, 6.1.f art.) | 12 hilabete |
| Erabilera-estatistikak | Baimena (cookieak) | 14 hilabete |

Ez dugu erabaki automatizaturik hartzen zure datuetan oinarrituta, eta ez dugu zure profilik egiten publizitate pertsonalizaturako baimenik eman ez baduzu.

## 4. Norekin partekatzen ditugu zure datuak?

Erreserba egiten duzunean, zure datuak aukeratutako kanpinari bidaltzen dizkiogu, egonaldia presta dezan eta bidaiarien erregistroa bete dezan. Kanpina tratamenduaren arduradun independentea da, eta bere pribatutasun-politika aplikatzen du. Kanpin bakoitzaren harreman-datuak erreserba-baieztapenean agertzen dira.

Gainera, zerbitzua emateko hornitzaile hauek erabiltzen ditugu, gure izenean eta gure jarraibideen arabera datuak tratatzen dituztenak:

| Hornitzailea | Zerbitzua | Kokapena |
| Amazon Web Services EMEA SARL | Ostatatzea eta datu-baseak | Irlanda eta Alemania (EB) |
| Contentful GmbH | Webguneko edukien kudeaketa | Alemania (EB) |
| Stripe Payments Europe Ltd. | Txartel bidezko ordainketak | Irlanda (EB) |
| Sendinblue SAS (Brevo) | Posta elektronikoa eta buletina | Frantzia (EB) |
| Zendesk, Inc. | Bezeroarentzako arreta | AEB |
| Google Ireland Ltd. | Analitika (Google Analytics 4) eta mapak | Irlanda (EB) eta AEB |

Egonaldiaren ondoren idazten duzun iritzia kanpinaren fitxan argitaratuko dugu, zure izenarekin eta abizenaren lehen letrarekin. Iritzia argitaratu aurretik moderatu egiten dugu, eta edozein unetan ezabatzeko eska diezagukezu.

Zerga-administrazioari, epaitegiei edo segurtasun-indarrei ere eman diezazkiekegu datuak, legeak hala eskatzen duenean.

## 5. Nazioarteko transferentziak

Hornitzaile batzuek, Zendesk-ek eta Google-k, Europako Esparru Ekonomikotik kanpo trata ditzakete datuak. Kasu horietan, transferentziak EB eta AEBko Datu Pribatutasun Esparruaren (Data Privacy Framework) edo Europako Batzordeak onartutako klausula kontraktual estandarren babesean egiten dira. Klausula horien kopia eska diezagukezu goian adierazitako helbidean.

## 6. Mugikorreko aplikazioa

Aterpe aplikazioak zure gailuaren kokapena erabil dezake inguruko kanpinak erakusteko, baina baimena ematen badiozu bakarrik eta aplikazioa erabiltzen ari zaren bitartean. Kokapena ez dugu gure zerbitzarietan gordetzen. Jakinarazpenak erreserbaren egoerari buruzkoak dira, eta gailuaren ezarpenetan desaktiba ditzakezu.

## 7. Cookieak

Gure webguneak cookie teknikoak erabiltzen ditu erreserba-prozesuak funtziona dezan, eta, zure baimenarekin, analitika- eta publizitate-cookieak. Cookieen panelean aukera dezakezu zein onartzen dituzun, eta edozein unetan alda dezakezu aukera orriaren beheko aldeko Cookieen ezarpenak estekan. Informazio gehiago duzu gure [cookie-politikan](/eu/cookieak).

## 8. Zure eskubideak

Edozein unetan eskubide hauek erabil ditzakezu:

- Zure datuak eskuratzeko eskubidea.
- Datu okerrak zuzentzeko eskubidea.
- Datuak ezabatzeko eskubiea.
- Tratamendua mugatzeko eskubidea.
- Tratamenduaren aurka egiteko eskubidea.
- Datuen eramangarritasunerako eskubidea.
- Emandako baimena kentzeko eskubidea, aurretik egindako tratamenduaren legezkotasunari eragin gabe.

Eskubideak erabiltzeko, idatzi [pribatutasuna@aterpe.eus](mailto:pribatutasuna@aterpe.eus) helbidera edo bidali gutun bat gure helbidera, eta erantsi zure nortasuna egiaztatzen duen agiri baten kopia. Hilabeteko epean erantzungo dizugu.

Zure eskubideak behar bezala errespetatu ez ditugula uste baduzu, erreklamazioa aurkez dezakezu Datuak Babesteko Espainiako Agentzian:

@ Agencia Española de Protección de Datos (AEPD)
@ Jorge Juan kalea, 6
@ 28001 Madril
@ [www.aepd.es](https://www.aepd.es)

## 9. Adingabeak

Erreserbak 18 urtetik gorako pertsonek bakarrik egin ditzakete. Erreserban adingabeak badaude, haien datuak (izena eta adina) erreserba egiten duen heldu arduradunak ematen ditu, eta hark bermatzen du datu horiek emateko eskubidea duela.

## 10. Segurtasuna

Datuak babesteko neurri tekniko eta antolakuntzazkoak aplikatzen ditugu: konexio zifratuak, sarbide-kontrola, bi faktoreko autentifikazioa gure langileentzat eta babeskopia zifratuak. Segurtasun-arrakalaren bat gertatuz gero, AEPDri jakinaraziko diogu 72 orduko epean, eta zuri ere bai, zure eskubideetarako arrisku handia badago.

## 11. Politika honen aldaketak

Politika hau egunera dezakegu zerbitzuan edo legedian aldaketak daudenean. Aldaketa garrantzitsuak posta elektronikoz jakinaraziko dizkiegu kontua duten erabiltzaileei, eta orri honen goiko aldean beti ikusiko duzu azken eguneratzearen data.
"""

MONTHS = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
          "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]


def fmt_date(d):
    return "%dko %s %da" % (d.year, MONTHS[d.month - 1], d.day)


EDITS = [
    {"note": "Twilio added to the processors table (SMS booking confirmations)",
     "repl": [("| Zendesk, Inc. | Bezeroarentzako arreta | AEB |",
               "| Twilio Ireland Limited | Erreserba-baieztapenak SMS bidez | Irlanda (EB) |\n"
               "| Zendesk, Inc. | Bezeroarentzako arreta | AEB |")]},
    {"note": "typo fixed in the rights list: 'eskubiea' -> 'eskubidea' (no new date)", "bump": False,
     "repl": [("Datuak ezabatzeko eskubiea.", "Datuak ezabatzeko eskubidea.")]},
    {"note": "booking data retention raised from 5 to 6 years",
     "repl": [("| Egonaldia amaitu eta 5 urte |", "| Egonaldia amaitu eta 6 urte |")]},
    {"note": "new subsection on cancellation insurance (insurer as independent controller)",
     "repl": [("## 5. Nazioarteko transferentziak",
               "### Ezeztapen-asegurua\n\n"
               "Erreserbarekin batera ezeztapen-asegurua kontratatzen baduzu, zure izen-abizenak, posta "
               "elektronikoa, egonaldiaren datak eta zenbatekoa aseguru-etxeari emango dizkiogu, polizaren "
               "hartzaile gisa. Aseguru-etxea arduradun independentea da, eta zure datuak bere "
               "pribatutasun-politikaren arabera tratatzen ditu.\n\n"
               "## 5. Nazioarteko transferentziak")]},
    {"note": "company moved to Tabakalera; new address and phone number",
     "repl": [("@ Zurriola pasealekua 12, 3. solairua\n@ 20002 Donostia (Gipuzkoa)",
               "@ Tabakalera, Andre zigarrogileen plaza 1, 4. solairua\n@ 20012 Donostia (Gipuzkoa)"),
              ("@ Telefonoa: +34 943 55 21 80", "@ Telefonoa: +34 943 01 47 62")]},
]

CAMPSITES = [("itsasmendi", "Itsasmendi kanpina", "Getaria"), ("urkiola", "Urkiola mendi-kanpina", "Abadiño"),
             ("oria", "Oria kanpina", "Orio"), ("bolintxo", "Bolintxo kanpina", "Bermeo"),
             ("arditurri", "Arditurri kanpina", "Oiartzun"), ("gorbeia", "Gorbeia kanpina", "Zeanuri"),
             ("errioxa", "Arabako Errioxa kanpina", "Guardia"), ("bidasoa", "Bidasoa kanpina", "Hondarribia"),
             ("aralar", "Aralar kanpina", "Lizarrusti"), ("urdaibai", "Urdaibai kanpina", "Gernika")]
WEATHER = ["Eguzkitsu", "Hodeitsu", "Euria", "Zirimiria", "Ostarteak", "Haizetsu"]


def _h(rng, n=8):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _svh(rng):
    return "svelte-" + C.alnum(rng, rng.choice([6, 7]), "abcdefghijklmnopqrstuvwxyz0123456789")


def noise(rng, when, i, prev):
    prev = prev or {}

    def new_build():
        old = prev.get("build") or {}
        css = dict(old.get("css") or {})
        for k in ("layout", "legal", "avail", "weather", "footer"):
            if k not in css or rng.random() < 0.25:
                css[k] = _svh(rng)
        return {"id": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "start": _h(rng), "app": _h(rng), "n0": _h(rng), "n7": _h(rng), "chunks": [_h(rng) for _ in range(4)],
                "css0": _h(rng), "css7": _h(rng), "css": css}
    build = C.keep_or(rng, prev.get("build"), 0.45, new_build)
    revision = prev.get("revision", 11)
    if rng.random() < 0.2:
        revision += rng.randint(1, 3)
    weekend = rng.sample(CAMPSITES, 3)
    month = when.month
    peak = month in (6, 7, 8)
    avail = [(slug, name, town, rng.randint(1, 6 if peak else 24), rng.choice([24, 26, 28, 29, 32, 35, 38, 41]))
             for slug, name, town in weekend]
    t = rng.randint(4, 14) + (10 if peak else 0)
    weather = (t, rng.choice(WEATHER))
    return {"build": build, "revision": revision, "avail": avail, "weather": weather,
            "updated_at": C.iso(when - dt.timedelta(seconds=rng.randint(60, 3 * 86400)))}


LABELS = {"build": "SvelteKit deploy (immutable asset hashes, __sveltekit id, svelte-* class hashes)",
          "revision": "Contentful entry revision in the serialized load data",
          "avail": "free-pitches box beside the policy (aside.availability)",
          "weather": "header weather chip", "updated_at": "availability feed timestamp in the load data"}


def _inl(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False))


def richtext(blocks):
    """@contentful/rich-text-html-renderer output: <b> for bold, <p> inside list items and table cells."""
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, _inl(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inl(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % _inl(i) for i in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % _inl(c) for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % _inl(c) for c in r) for r in v[1:]]
            out.append("<table>%s</table>" % "".join(rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(_inl(l) for l in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    css = b["css"]
    L, P, A, W, F = css["layout"], css["legal"], css["avail"], css["weather"], css["footer"]
    title, updated, body = blocks[0], blocks[1], blocks[2:]
    t, sky = state["weather"]
    avail_items = "".join(
        '<li class="%s"><a href="/eu/kanpinak/%s" class="card %s"><img src="https://images.ctfassets.net/k3n7q2v9x1ab/'
        '%s/cover.jpg?w=160&amp;h=120&amp;fit=fill" alt="" width="80" height="60" loading="lazy" class="%s">'
        '<span class="name %s">%s</span><span class="place %s">%s</span><span class="left %s">%d lursail libre</span>'
        '<span class="price %s">%d €/gaua</span></a></li>'
        % (A, slug, A, slug, A, A, html.escape(name), A, html.escape(town), A, left, A, price)
        for slug, name, town, left, price in state["avail"])
    data = {"type": "data", "data": {"page": {"slug": "pribatutasun-politika", "locale": "eu",
                                              "sys": {"id": "4qQpX8ZrTmWk2bN0sLdE7c", "revision": state["revision"]}},
                                     "availability": {"updatedAt": state["updated_at"],
                                                      "items": [{"slug": a[0], "left": a[3], "price": a[4]}
                                                                for a in state["avail"]]}},
            "uses": {"params": ["lang"]}}
    nav = "".join('<li class="%s"><a href="/eu/%s" class="%s">%s</a></li>' % (L, h, L, t_) for h, t_ in
                  (("kanpinak", "Kanpinak"), ("bungalowak", "Bungalowak"), ("autokarabanak", "Autokarabanak"),
                   ("eskaintzak", "Eskaintzak"), ("blog", "Bidaia-koadernoa")))
    return """<!doctype html>
<html lang="eu">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		
		<link href="../_app/immutable/assets/0.%(css0)s.css" rel="stylesheet">
		<link href="../_app/immutable/assets/7.%(css7)s.css" rel="stylesheet">
		<link rel="modulepreload" href="../_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/entry.%(c0)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/scheduler.%(c1)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/index.%(c2)s.js">
		<link rel="modulepreload" href="../_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/0.%(n0)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/stores.%(c3)s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/7.%(n7)s.js"><!-- HEAD_svelte-1rq0x1b_START --><title>Pribatutasun-politika · Aterpe</title><meta name="description" content="Nola tratatzen ditugun zure datu pertsonalak Aterpe-n kanpina erreserbatzean."><link rel="canonical" href="https://www.aterpe.eus/eu/pribatutasun-politika"><link rel="alternate" hreflang="es" href="https://www.aterpe.eus/es/politica-de-privacidad"><link rel="alternate" hreflang="fr" href="https://www.aterpe.eus/fr/politique-de-confidentialite"><meta property="og:title" content="Pribatutasun-politika · Aterpe"><!-- HEAD_svelte-1rq0x1b_END -->
		<script defer data-domain="aterpe.eus" src="https://plausible.io/js/script.outbound-links.js"></script>
		<script src="https://cdn-cookieyes.com/client_data/8f3e2b71c4a95d06e1f7a2b3/script.js" id="cookieyes"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   <a class="skip %(L)s" href="#edukia">Joan edukira</a> <header class="site-header %(L)s"><div class="wrap %(L)s"><a href="/eu" class="logo %(L)s" aria-label="Aterpe hasiera"><svg viewBox="0 0 64 32" width="96" height="48" aria-hidden="true" class="%(L)s"><path d="M4 28 20 6l16 22z" fill="#1f5c45"></path><path d="M28 28 40 12l20 16z" fill="#e2a33b"></path></svg></a> <nav class="main-nav %(L)s" aria-label="Nabigazio nagusia"><ul class="%(L)s">%(nav)s</ul></nav> <div class="weather %(W)s" title="Eguraldia Donostian"><span class="temp %(W)s">%(t)d °C</span> <span class="sky %(W)s">%(sky)s</span></div> <div class="lang %(L)s"><a href="/es/politica-de-privacidad" hreflang="es" class="%(L)s">ES</a> <a href="/fr/politique-de-confidentialite" hreflang="fr" class="%(L)s">FR</a> <span aria-current="true" class="%(L)s">EU</span></div> <a href="/eu/kontua" class="account %(L)s">Nire erreserbak</a></div></header> <main id="edukia" class="%(L)s"><div class="legal-layout %(P)s"><nav class="legal-nav %(P)s" aria-label="Lege-informazioa"><ul class="%(P)s"><li class="%(P)s"><a href="/eu/lege-oharra" class="%(P)s">Lege-oharra</a></li><li class="%(P)s"><a href="/eu/pribatutasun-politika" aria-current="page" class="%(P)s">Pribatutasun-politika</a></li><li class="%(P)s"><a href="/eu/cookieak" class="%(P)s">Cookie-politika</a></li><li class="%(P)s"><a href="/eu/erreserba-baldintzak" class="%(P)s">Erreserba-baldintzak</a></li></ul></nav> <article class="legal %(P)s"><header class="legal__header %(P)s"><h1 class="%(P)s">%(title)s</h1> <p class="legal__updated %(P)s">%(updated)s</p></header> <div class="prose %(P)s"><!-- HTML_TAG_START -->%(body)s<!-- HTML_TAG_END --></div></article> <aside class="availability %(A)s" aria-labelledby="avail-title"><h2 id="avail-title" class="%(A)s">Asteburu honetan libre</h2> <ul class="%(A)s">%(avail)s</ul> <a href="/eu/bilatu" class="all %(A)s">Ikusi leku libre guztiak</a></aside></div></main> <footer class="site-footer %(F)s"><div class="cols %(F)s"><div class="%(F)s"><h3 class="%(F)s">Aterpe</h3> <p class="%(F)s">Euskal Herriko kanpinak, klik batean.</p></div> <div class="%(F)s"><h3 class="%(F)s">Laguntza</h3> <ul class="%(F)s"><li class="%(F)s"><a href="/eu/laguntza" class="%(F)s">Laguntza-zentroa</a></li> <li class="%(F)s"><a href="/eu/kanpinentzat" class="%(F)s">Kanpinentzat</a></li> <li class="%(F)s"><a href="/eu/harremana" class="%(F)s">Harremana</a></li></ul></div> <div class="%(F)s"><h3 class="%(F)s">Legala</h3> <ul class="%(F)s"><li class="%(F)s"><a href="/eu/lege-oharra" class="%(F)s">Lege-oharra</a></li> <li class="%(F)s"><a href="/eu/pribatutasun-politika" class="%(F)s">Pribatutasuna</a></li> <li class="%(F)s"><a href="/eu/cookieak" class="%(F)s">Cookieak</a></li> <li class="%(F)s"><a href="#" class="cky-banner-element %(F)s">Cookieen ezarpenak</a></li></ul></div></div> <p class="copy %(F)s">© %(year)d Aterpe Kanpinak S.L.</p></footer> 
			
			<script>
				{
					__sveltekit_%(bid)s = {
						base: new URL("..", location).pathname.slice(0, -1),
						env: {"PUBLIC_CTF_SPACE":"k3n7q2v9x1ab","PUBLIC_SITE_URL":"https://www.aterpe.eus"}
					};

					const element = document.currentScript.parentElement;

					const data = [null,%(data)s];

					Promise.all([
						import("../_app/immutable/entry/start.%(start)s.js"),
						import("../_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % dict(css0=b["css0"], css7=b["css7"], start=b["start"], app=b["app"], n0=b["n0"], n7=b["n7"],
                c0=b["chunks"][0], c1=b["chunks"][1], c2=b["chunks"][2], c3=b["chunks"][3],
                L=L, P=P, A=A, W=W, F=F, nav=nav, t=t, sky=sky, title=_inl(title[1]), updated=_inl(updated[1]),
                body=richtext(body), avail=avail_items, year=when.year, bid=b["id"],
                data=json.dumps(data, ensure_ascii=False, separators=(",", ":")))


PAGE = {
    "service": "Aterpe Kanpinak",
    "url": URL,
    "lang": "eu",
    "platform": "SvelteKit (Svelte 4, adapter-node) with Contentful rich text",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private, no-store"), ("Vary", "Accept-Encoding"),
                      ("X-Sveltekit-Page", "true")),
    "n": 28,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal"},
}
