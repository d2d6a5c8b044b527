"""Ñandú (Buenos Aires crypto exchange) - es-AR (voseo) - Angular SSR (Universal, later @angular/ssr with
hydration). Every component element carries _ngcontent-ng-c<id>/_nghost attributes that change per build; from 2024
hydration adds ngh attributes and <!--ngtns--> / <!--container--> comments inside the policy; ng-state transfer JSON
with live quotes; BTC/ETH/USDT quotes and "dólar cripto" in the header; blockchain network status; the CNV PSAV
registration line appears in 2024; a share/PDF toolbar component inside the tracked app-legal-document."""
import datetime as dt
import json
import common as C

URL = "https://www.nandu.com.ar/legales/politica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

En Ñandú Digital S.A.S. (CUIT 30-71654321-9) nos tomamos en serio tu privacidad. En esta política te contamos qué datos personales recolectamos cuando usás la app y la web de Ñandú para comprar, vender, guardar y enviar criptomonedas, para qué los usamos y qué derechos tenés.

## 1. Qué datos recolectamos

- Datos de identificación: nombre y apellido, DNI, CUIT o CUIL, fecha de nacimiento, nacionalidad y fotos de tu DNI.
- Datos de contacto: email, teléfono celular y domicilio.
- Datos financieros: CBU o CVU de las cuentas que vinculás, origen de los fondos, ingresos declarados y tu condición de Persona Expuesta Políticamente.
- Datos de operaciones: compras, ventas, depósitos, retiros y direcciones de billeteras de origen y destino.
- Datos técnicos: dirección IP, modelo del dispositivo, sistema operativo y registros de acceso.

## 2. Para qué usamos tus datos

Usamos tus datos para abrir y administrar tu cuenta, validar tu identidad, procesar tus operaciones, prevenir fraudes y cumplir con las normas de prevención del lavado de activos y financiamiento del terrorismo.

También podemos usar tu email para mandarte novedades y promociones. Si no querés recibirlas, podés darte de baja desde el link que está al pie de cada email.

## 3. Con quién compartimos tus datos

- Con la Unidad de Información Financiera (UIF), la Comisión Nacional de Valores (CNV) y la Administración Federal de Ingresos Públicos (AFIP), cuando la normativa lo exige.
- Con los bancos y proveedores de servicios de pago que procesan tus depósitos y retiros en pesos.
- Con proveedores de servicios en la nube y de atención al cliente, que tratan los datos solo siguiendo nuestras instrucciones.

Nunca vendemos tus datos personales.

## 4. Transferencias internacionales

Algunos de nuestros proveedores almacenan datos fuera de la Argentina. En esos casos firmamos cláusulas contractuales que aseguran un nivel de protección adecuado, conforme a la normativa de la Agencia de Acceso a la Información Pública.

## 5. Cuánto tiempo guardamos tus datos

Guardamos los datos de identificación y de operaciones durante 5 años desde que cerrás tu cuenta, como exige la normativa de prevención del lavado de activos. El resto de los datos los borramos cuando ya no los necesitamos.

## 6. Tus derechos

Podés acceder a tus datos, rectificarlos, actualizarlos o pedir que los suprimamos, escribiéndonos a [privacidad@nandu.com.ar](mailto:privacidad@nandu.com.ar). Te vamos a responder dentro de los 10 días corridos para los pedidos de acceso y de los 5 días hábiles para los de rectificación o supresión.

LA AGENCIA DE ACCESO A LA INFORMACIÓN PÚBLICA, en su carácter de Órgano de Control de la Ley N° 25.326, tiene la atribución de atender las denuncias y reclamos que interpongan quienes resulten afectados en sus derechos por incumplimiento de las normas vigentes en materia de protección de datos personales. Más información en el [sitio de la AAIP](https://www.argentina.gob.ar/aaip).

## 7. Contacto

@ Ñandú Digital S.A.S.
@ Av. Corrientes 1386, piso 8, C1043ABN, Ciudad Autónoma de Buenos Aires
@ [privacidad@nandu.com.ar](mailto:privacidad@nandu.com.ar)
"""

EDITS = [
    {"note": "sharing list: new bullet for the biometric identity-validation provider (RENAPER check)",
     "repl": [("- Con los bancos y proveedores de servicios de pago",
               "- Con el proveedor que valida tu identidad contra la base del RENAPER mediante una selfie y prueba de vida.\n- Con los bancos y proveedores de servicios de pago")]},
    {"note": "AAIP link target changed to the personal-data page (date not bumped)", "bump": False,
     "repl": [("(https://www.argentina.gob.ar/aaip)", "(https://www.argentina.gob.ar/aaip/datospersonales)")]},
    {"note": "new section 'Regla de viaje' (Travel Rule, UIF) inserted before retention; renumbered",
     "repl": [("## 5. Cuánto tiempo guardamos tus datos", "## 5. Regla de viaje\n\nCuando enviás criptomonedas a otro proveedor de servicios de activos virtuales, o las recibís de uno, le transmitimos o recibimos tu nombre, tu número de documento y la dirección de la billetera, como lo exige la UIF.\n\n## 6. Cuánto tiempo guardamos tus datos"),
              ("## 6. Tus derechos", "## 7. Tus derechos"), ("## 7. Contacto", "## 8. Contacto")]},
    {"note": "retention period raised from 5 to 10 years",
     "repl": [("durante 5 años desde que cerrás tu cuenta", "durante 10 años desde que cerrás tu cuenta")]},
    {"note": "AFIP renamed ARCA in the authorities bullet",
     "repl": [("la Administración Federal de Ingresos Públicos (AFIP)", "la Agencia de Recaudación y Control Aduanero (ARCA, ex AFIP)")]},
]

PSAV = dt.datetime(2024, 4, 22)
HYDRATION = dt.datetime(2024, 2, 5)
NETS = ["Bitcoin", "Ethereum", "Tron", "Polygon", "Solana"]


def ars_per_usd(when):
    t = (when - dt.datetime(2021, 1, 1)).days / 365.25
    pts = [(0, 160), (1, 205), (2, 350), (2.95, 1000), (3.5, 1050), (4, 1200), (4.8, 1400), (5.6, 1500)]
    for (a, va), (b, vb) in zip(pts, pts[1:]):
        if t <= b:
            return va + (vb - va) * (t - a) / (b - a)
    return pts[-1][1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    ver = "12.2.16" if when < dt.datetime(2023, 5, 1) else ("16.2.12" if when < HYDRATION else ("17.3.8" if when < dt.datetime(2025, 3, 1) else "19.2.3"))
    s["build"] = C.keep_or(rng, prev.get("build") if prev.get("build", ("",))[0] == ver else None, 0.35,
                           lambda: (ver, C.hexs(rng, 16).upper(), C.hexs(rng, 16).upper(), C.hexs(rng, 16).upper(),
                                    tuple(str(rng.randint(10 ** 8, 4 * 10 ** 9)) for _ in range(6))))
    usd = ars_per_usd(when) * rng.uniform(0.97, 1.03)
    btc = usd * rng.uniform(19000, 90000) if when.year < 2024 else usd * rng.uniform(42000, 105000)
    s["quotes"] = (round(btc), round(usd * rng.uniform(1500, 3900)), round(usd, 2), round(usd * rng.uniform(1.0, 1.04), 2))
    s["nets"] = tuple(rng.choice(["ok", "ok", "ok", "ok", "slow", "paused"]) for _ in NETS)
    s["psav"] = when >= PSAV
    s["req"] = C.uuid4(rng)
    return s


LABELS = {
    "build": "Angular build: _ngcontent/_nghost attribute ids on every element, main/polyfills/styles hashes, ng-version",
    "quotes": "live quotes (BTC, ETH, USDT, dólar cripto) in header and ng-state",
    "nets": "blockchain network status widget",
    "psav": "CNV PSAV registration line in footer (from April 2024)",
    "req": "ng-state request id",
}


def fmt_ars(v, dec=0):
    s = "{:,.{}f}".format(v, dec)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def render(s, blocks, when):
    ver, mainh, polyh, stylh, ids = s["build"]
    hyd = when >= HYDRATION
    c = lambda n: "_ngcontent-ng-c%s" % ids[n] if ver >= "16" else "_ngcontent-%s-c%d" % ("serverApp", int(ids[n]) % 97)
    h = lambda n: "_nghost-ng-c%s" % ids[n] if ver >= "16" else "_nghost-%s-c%d" % ("serverApp", int(ids[n]) % 97)
    ngh = lambda k: (' ngh="%d"' % k) if hyd else ""
    cm = lambda t: ("<!--%s-->" % t) if hyd else ""
    btc, eth, usdt, dolar = s["quotes"]
    ticker = ('<app-ticker %s=""%s><ul %s="" class="ticker">'
              '<li %s=""><span %s="" class="ticker__sym">BTC</span><span %s="" class="ticker__px">$ %s</span></li>'
              '<li %s=""><span %s="" class="ticker__sym">ETH</span><span %s="" class="ticker__px">$ %s</span></li>'
              '<li %s=""><span %s="" class="ticker__sym">USDT</span><span %s="" class="ticker__px">$ %s</span></li>'
              '<li %s="" class="ticker__dolar"><span %s="">Dólar cripto</span><span %s="" class="ticker__px">$ %s</span></li>%s</ul></app-ticker>'
              % (h(1), ngh(0), c(1), c(1), c(1), c(1), fmt_ars(btc), c(1), c(1), c(1), fmt_ars(eth), c(1), c(1), c(1), fmt_ars(usdt, 2),
                 c(1), c(1), c(1), fmt_ars(dolar, 2), cm("container")))
    nets = "".join('<li %s="" class="net net--%s"><span %s="">%s</span> <span %s="">%s</span></li>'
                   % (c(2), st, c(2), n, c(2), {"ok": "Operativa", "slow": "Demorada", "paused": "Pausada"}[st]) for n, st in zip(NETS, s["nets"]))
    # policy body
    def blk(b):
        kind, v = b
        if kind == "h2":
            anchor = v.split(". ", 1)[0]
            return '<h2 %s="" id="seccion-%s" class="legal-document__h2">%s</h2>' % (c(3), anchor, C.inline_html(v))
        if kind == "p":
            return '<p %s="">%s</p>' % (c(3), C.inline_html(v, link=lambda u, t: '<a %s="" href="%s"%s>%s</a>' % (c(3), u, ' target="_blank"' if u.startswith("http") else "", t)))
        if kind == "ul":
            return '<ul %s="" class="legal-document__list">%s%s</ul>' % (c(3), "".join('<li %s="">%s</li>%s' % (c(3), C.inline_html(x), cm("ngtns")) for x in v), cm("container"))
        if kind == "addr":
            return '<address %s="">%s</address>' % (c(3), "<br %s=\"\">".replace("%s", c(3)).join(C.inline_html(x) for x in v))
        return C.block_html(b)
    body = "".join(blk(b) + cm("ngtns") for b in blocks[1:])
    toolbar = ('<app-share-toolbar %s="" %s=""%s><div %s="" class="share-toolbar"><button %s="" type="button" class="btn-link">Descargar PDF</button>'
               '<button %s="" type="button" class="btn-link">Copiar link</button><a %s="" href="https://wa.me/?text=%s" class="btn-link">Compartir por WhatsApp</a></div></app-share-toolbar>'
               % (h(4), c(3), ngh(2), c(4), c(4), c(4), c(4), URL))
    doc = ('<app-legal-document %s="" %s=""%s><article %s="" class="legal-document"><h1 %s="" class="legal-document__title">%s</h1>%s%s%s</article></app-legal-document>'
           % (h(3), c(5), ngh(1), c(3), c(3), C.inline_html(blocks[0][1]), toolbar, body, cm("container")))
    state = {"quotes-v2": {"b": {"BTCARS": btc, "ETHARS": eth, "USDTARS": usdt, "DOLARCRIPTO": dolar},
                           "h": {}, "s": 200, "st": "OK", "u": "https://api.nandu.com.ar/v2/quotes?req=" + s["req"], "rt": "json"},
             "legal-doc": {"slug": "politica-de-privacidad", "sections": sum(1 for b in blocks if b[0] == "h2")}}
    psav = ('<p %s="">Ñandú Digital S.A.S. se encuentra inscripta en el Registro de Proveedores de Servicios de Activos Virtuales de la CNV bajo el N° 47. '
            'La CNV no supervisa ni controla las operaciones con activos virtuales.</p>' % c(0)) if s["psav"] else ""
    return ('<!DOCTYPE html><html lang="es-AR"><head>\n<meta charset="utf-8">\n<title>Política de Privacidad | Ñandú</title>\n'
            '<base href="/">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="icon" type="image/x-icon" href="favicon.ico">\n<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'">'
            '<noscript><link rel="stylesheet" href="styles-%s.css"></noscript>\n'
            '<style ng-app-id="ng">.ticker[%s]{display:flex;gap:1.5rem}.legal-document[%s]{max-width:780px}</style>\n'
            '<meta name="description" content="Conocé cómo Ñandú protege tus datos personales.">\n</head>\n'
            '<body><!--nghm--><script type="text/javascript" id="ng-event-dispatch-contract"></script>'
            '<app-root ng-version="%s" %s=""%s><app-header %s="" %s=""><header %s="" class="header"><a %s="" routerlink="/" href="/" class="header__logo"><img %s="" src="assets/img/nandu-logo.svg" alt="Ñandú"></a>'
            '%s<nav %s="" class="header__nav"><a %s="" href="/comprar-bitcoin">Comprar</a><a %s="" href="/cotizaciones">Cotizaciones</a><a %s="" href="/empresas">Empresas</a><a %s="" href="/ayuda">Ayuda</a></nav>'
            '<a %s="" href="https://app.nandu.com.ar/registro" class="btn btn--primary">Creá tu cuenta</a></header></app-header>'
            '<app-network-status %s=""><div %s="" class="network-status"><span %s="">Estado de redes:</span><ul %s="">%s</ul></div></app-network-status>'
            '<main %s="" class="container"><app-breadcrumbs %s=""><ol %s=""><li %s=""><a %s="" href="/">Inicio</a></li><li %s=""><a %s="" href="/legales">Legales</a></li><li %s="">Política de Privacidad</li></ol></app-breadcrumbs>'
            '%s<router-outlet %s=""></router-outlet></main>'
            '<app-footer %s="" %s=""><footer %s="" class="footer"><div %s="" class="footer__links"><a %s="" href="/legales/terminos-y-condiciones">Términos y condiciones</a>'
            '<a %s="" href="/legales/politica-de-privacidad">Política de privacidad</a><a %s="" href="https://www.argentina.gob.ar/produccion/defensadelconsumidor/formulario">Defensa de las y los consumidores. Para reclamos ingrese aquí</a>'
            '<a %s="" href="/legales/boton-de-arrepentimiento">Botón de arrepentimiento</a></div>%s'
            '<p %s="">Las criptomonedas son activos de alto riesgo y su valor puede variar significativamente. Invertí solo lo que estés dispuesto a perder.</p>'
            '<p %s="">© %d Ñandú Digital S.A.S.</p></footer></app-footer></app-root>'
            '<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script>\n'
            '<script id="ng-state" type="application/json">%s</script>'
            '<script>window.zESettings={webWidget:{locale:"es-419"}};</script><script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=3c9a0f1e-8b2d-4e7a-9c6f-5d4b3a2e1f0d"></script>'
            '</body></html>\n'
            % (stylh, stylh, c(1), c(3), ver, h(0), ngh(3), h(5), c(0), c(5), c(5), c(5), ticker, c(5), c(5), c(5), c(5), c(5), c(5),
               h(2), c(2), c(2), c(2), nets, c(0), c(0), c(0), c(0), c(0), c(0), c(0), c(0),
               doc, c(0), h(5), c(0), c(5), c(5), c(5), c(5), c(5), c(5), psav, c(5), c(5), when.year, polyh, mainh,
               json.dumps(state, ensure_ascii=False).replace("<", "\\u003c") if ver >= "16" else json.dumps(state).replace('"', "&q;")))


PAGE = {
    "service": "Ñandú", "url": URL, "lang": "es-AR", "platform": "Angular SSR (Universal -> @angular/ssr hydration)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 8, 15), "hours": (2, 10, 14, 19),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["app-legal-document"], "remove": ["app-share-toolbar"]},
}
