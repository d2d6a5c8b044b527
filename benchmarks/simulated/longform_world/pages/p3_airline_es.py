"""AeroAndina (Bogotá) - es-CO - Adobe Experience Manager as a Cloud Service (Core Components), Adobe Target,
Salesforce Embedded Service chat.

A Colombian carrier's "Política de Tratamiento de Datos Personales" (Ley 1581 de 2012) with numbered footnotes
(superscript references, "Notas" list at the end) and per-country annexes (Brasil LGPD, California CCPA/CPRA,
China PIPL, Sudáfrica POPIA) in an AEM accordion whose expanded / collapsed state the capture saves (classes,
aria-expanded, aria-hidden). Travel alerts above the page come and go."""
import datetime as dt
import re
import common as C

URL = "https://www.aeroandina.com/co/es/informacion-legal/politica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Tratamiento de Datos Personales

Fecha de la última actualización: {UPDATED}

Aerolíneas Andinas S.A. (en adelante, "AeroAndina", "nosotros" o "la Aerolínea") es consciente de la importancia de la información personal que usted nos confía cuando compra un tiquete, viaja con nosotros, se afilia a nuestro programa de viajero frecuente o visita nuestros canales digitales. Esta Política describe cómo recolectamos, almacenamos, usamos, circulamos, transferimos y suprimimos sus datos personales, en cumplimiento de la Ley Estatutaria 1581 de 2012, el Decreto 1377 de 2013, compilado en el Decreto Único Reglamentario 1074 de 2015, y las demás normas que los modifiquen o complementen[1](#nota-1).

Dado que operamos rutas internacionales, algunos de sus datos se tratan también conforme a las leyes de otros países. Las reglas particulares de esos países se encuentran en los anexos al final de esta Política, que prevalecen sobre lo aquí dispuesto en lo que resulte incompatible.

## 1. Responsable del Tratamiento

@ Aerolíneas Andinas S.A.
@ NIT 860.047.312-9
@ Avenida El Dorado No. 103-08, Bogotá D.C., Colombia
@ Línea de atención: +57 601 745 2000
@ Correo: [datospersonales@aeroandina.com](mailto:datospersonales@aeroandina.com)

El área de Protección de Datos Personales, adscrita a la Vicepresidencia Jurídica, es la encargada de atender las consultas y reclamos de los titulares y de velar por el cumplimiento de esta Política.

## 2. Definiciones

Para efectos de esta Política se aplican las definiciones del artículo 3 de la Ley 1581 de 2012. En particular, se entiende por **Titular** la persona natural cuyos datos son objeto de Tratamiento; por **Tratamiento** cualquier operación sobre datos personales, como la recolección, el almacenamiento, el uso, la circulación o la supresión; por **Transferencia** el envío de datos a un receptor que es a su vez responsable del Tratamiento; y por **Transmisión** la comunicación de datos a un Encargado que los trata por cuenta de AeroAndina.

## 3. Principios

En el Tratamiento de sus datos aplicamos los principios de legalidad, finalidad, libertad, veracidad o calidad, transparencia, acceso y circulación restringida, seguridad y confidencialidad. Solo recolectamos los datos que resultan necesarios para las finalidades informadas y no los usamos para fines distintos sin su autorización.

## 4. Datos personales que tratamos

Según su relación con nosotros, tratamos las siguientes categorías de datos:

- **Datos de identificación:** nombres, apellidos, tipo y número de documento de identidad o pasaporte, nacionalidad, fecha de nacimiento y género.
- **Datos de contacto:** dirección, correo electrónico, número de teléfono fijo y celular.
- **Datos de la reserva y del viaje:** código de reserva (PNR), itinerario, número de tiquete, asiento, equipaje, servicios adicionales, pases de abordar y registro de abordaje.
- **Datos de pago:** medio de pago, entidad emisora y los últimos cuatro dígitos de la tarjeta. Los datos completos de tarjetas son tratados por pasarelas certificadas bajo el estándar PCI DSS y no son almacenados por AeroAndina.
- **Información anticipada de pasajeros (API) y registro de nombres de pasajeros (PNR):** los datos que las autoridades migratorias y aduaneras de los países de origen, tránsito y destino exigen[2](#nota-2).
- **Datos del programa de viajero frecuente:** número de socio, categoría, millas acumuladas y redimidas, preferencias de viaje.
- **Datos de navegación:** dirección IP, identificadores de dispositivo, cookies y datos de uso de la aplicación móvil.

### Datos sensibles

Algunos datos que tratamos son sensibles en los términos del artículo 5 de la Ley 1581 de 2012. Es el caso de la información sobre su estado de salud cuando solicita asistencia especial, viaja con oxígeno medicinal o con un certificado médico; de las preferencias alimentarias que puedan revelar sus convicciones religiosas; y de los datos biométricos, como la imagen de su rostro, cuando usa el abordaje biométrico en los aeropuertos donde está disponible[3](#nota-3). Usted no está obligado a suministrar datos sensibles; sin embargo, sin ellos no podremos prestarle el servicio especial solicitado. Trataremos estos datos únicamente con su autorización expresa y para la finalidad específica para la que los entregó.

### Datos de niños, niñas y adolescentes

Tratamos datos de menores de edad cuando viajan con nosotros, solos o acompañados, respetando su interés superior y sus derechos fundamentales. La autorización es otorgada por su representante legal. Para el servicio de menor no acompañado tratamos, además, los datos de las personas que entregan y reciben al menor.

## 5. Finalidades del Tratamiento

Sus datos serán tratados para las siguientes finalidades:

- Gestionar la reserva, la emisión del tiquete, el check-in, el abordaje y el transporte de usted y de su equipaje.
- Cumplir las obligaciones legales y reglamentarias que imponen las autoridades aeronáuticas, migratorias, aduaneras, sanitarias y de seguridad de los países en los que operamos.
- Atender sus peticiones, quejas, reclamos y solicitudes de reembolso o compensación, incluidas las derivadas de la Resolución 01375 de 2019 de la Aeronáutica Civil sobre derechos de los usuarios[4](#nota-4).
- Administrar el programa de viajero frecuente AndinaMillas, la acumulación y redención de millas y los beneficios de cada categoría.
- Enviarle información sobre el estado de su vuelo, cambios de itinerario y alertas operacionales.
- Enviarle ofertas, promociones y comunicaciones comerciales de AeroAndina y de sus aliados, cuando usted lo haya autorizado.
- Realizar análisis estadísticos y de comportamiento para mejorar nuestros productos y personalizar su experiencia.
- Prevenir el fraude en la compra de tiquetes y en el uso de millas, así como prevenir el lavado de activos y la financiación del terrorismo.
- Garantizar la seguridad de las operaciones, de los pasajeros y de las tripulaciones, incluyendo la gestión de pasajeros disruptivos.

## 6. Autorización

Solicitamos su autorización previa, expresa e informada al momento de la recolección, por medios escritos, electrónicos o mediante conductas inequívocas. No se requiere autorización en los casos del artículo 10 de la Ley 1581 de 2012, por ejemplo cuando la información es requerida por una entidad pública en ejercicio de sus funciones legales o cuando se trata de datos de naturaleza pública.

Cuando usted realiza una reserva para otras personas, declara que cuenta con la autorización de ellas para entregarnos sus datos y que les ha informado el contenido de esta Política.

## 7. Transmisiones y transferencias de datos

Para prestar el servicio de transporte aéreo es indispensable compartir sus datos con terceros, dentro y fuera de Colombia. Podemos compartir sus datos con:

- autoridades migratorias, aduaneras, sanitarias y de seguridad de los países de origen, tránsito y destino;
- aeropuertos, empresas de servicios aeroportuarios y de asistencia en tierra;
- aerolíneas socias en vuelos de código compartido y aerolíneas de conexión;
- el proveedor del sistema de reservas y control de salidas, que opera centros de datos en Europa y Estados Unidos;
- procesadores de pagos, entidades financieras y empresas de prevención de fraude;
- aliados comerciales del programa AndinaMillas, como bancos emisores de tarjetas de marca compartida, hoteles y empresas de alquiler de vehículos;
- proveedores de servicios tecnológicos, de centro de contacto y de mensajería que actúan como Encargados.

Las transferencias internacionales se realizan a países con un nivel adecuado de protección según la Superintendencia de Industria y Comercio, o bajo alguna de las excepciones del artículo 26 de la Ley 1581 de 2012, en particular cuando son necesarias para la ejecución del contrato de transporte[5](#nota-5). Con los Encargados suscribimos contratos de transmisión en los términos del artículo 25 del Decreto 1377 de 2013.

## 8. Derechos de los titulares

Como titular, usted tiene derecho a:

- conocer, actualizar y rectificar sus datos personales;
- solicitar prueba de la autorización otorgada;
- ser informado del uso que se ha dado a sus datos;
- presentar quejas ante la Superintendencia de Industria y Comercio por infracciones a la ley, una vez agotado el trámite de consulta o reclamo ante AeroAndina;
- revocar la autorización y solicitar la supresión de sus datos, cuando no exista un deber legal o contractual de conservarlos;
- acceder en forma gratuita a sus datos personales.

## 9. Procedimiento para consultas y reclamos

Usted, sus causahabientes o su representante pueden presentar consultas y reclamos a través del correo [datospersonales@aeroandina.com](mailto:datospersonales@aeroandina.com), del formulario de contacto en nuestra página web o en nuestras oficinas de atención.

**Consultas.** Serán atendidas en un término máximo de diez (10) días hábiles contados a partir de la fecha de recibo. Cuando no fuere posible atenderla dentro de dicho término, le informaremos los motivos de la demora y la fecha en que se atenderá, que no podrá superar cinco (5) días hábiles siguientes al vencimiento del primer término.

**Reclamos.** Cuando considere que la información debe ser objeto de corrección, actualización o supresión, o cuando advierta un presunto incumplimiento, podrá presentar un reclamo con su identificación, la descripción de los hechos, la dirección de notificación y los documentos que quiera hacer valer. El término máximo para atenderlo será de quince (15) días hábiles, prorrogable por ocho (8) días hábiles más, previa comunicación.

## 10. Conservación de los datos

Conservamos sus datos durante el tiempo necesario para cumplir las finalidades para las que fueron recolectados y las obligaciones legales aplicables, en especial las contables, tributarias y aeronáuticas. Los registros de reservas y tiquetes se conservan por diez (10) años, conforme al artículo 28 de la Ley 962 de 2005. Los datos del programa de viajero frecuente se conservan mientras la cuenta esté activa y hasta por dos (2) años después de su cancelación. Las grabaciones de llamadas al centro de contacto se conservan por un (1) año.

## 11. Seguridad de la información

Adoptamos medidas técnicas, humanas y administrativas para proteger sus datos contra adulteración, pérdida, consulta, uso o acceso no autorizado, entre ellas el cifrado de la información en tránsito, el control de accesos basado en roles y la certificación PCI DSS de los sistemas que procesan pagos. Los incidentes de seguridad se reportan a la Superintendencia de Industria y Comercio dentro de los quince (15) días hábiles siguientes a su detección.

## 12. Cookies y tecnologías similares

Utilizamos cookies propias y de terceros para el funcionamiento del sitio, la analítica y la publicidad. Puede consultar el detalle y configurar sus preferencias en nuestra [Política de Cookies](/co/es/informacion-legal/politica-de-cookies).

## 13. Vigencia y modificaciones

Esta Política rige a partir de la fecha de su publicación. Las bases de datos se mantendrán vigentes mientras se mantenga la finalidad del Tratamiento. Cualquier cambio sustancial le será comunicado oportunamente a través de nuestra página web o por correo electrónico. Las bases de datos de AeroAndina se encuentran inscritas en el Registro Nacional de Bases de Datos administrado por la Superintendencia de Industria y Comercio.

## Anexos por país

Los siguientes anexos complementan esta Política para los titulares que se encuentran en las jurisdicciones indicadas.

### Anexo A. Brasil – Lei Geral de Proteção de Dados (LGPD)

Para os passageiros que adquirem passagens no Brasil ou voam de ou para o Brasil, a AeroAndina atua como controladora nos termos da Lei nº 13.709/2018. As bases legais utilizadas são a execução de contrato, o cumprimento de obrigação legal ou regulatória, o legítimo interesse e o consentimento. O titular pode exercer os direitos previstos no art. 18 da LGPD, inclusive o direito de confirmação da existência de tratamento, acesso, correção, anonimização, portabilidade, eliminação e informação sobre compartilhamento. O encarregado pelo tratamento de dados pessoais pode ser contatado pelo e-mail [encarregado.br@aeroandina.com](mailto:encarregado.br@aeroandina.com). O titular também pode peticionar à Autoridade Nacional de Proteção de Dados (ANPD).

### Anexo B. California – CCPA / CPRA

If you are a California resident, the California Consumer Privacy Act, as amended by the California Privacy Rights Act, gives you the right to know which categories of personal information we have collected about you in the preceding 12 months, the sources, the business purposes and the categories of third parties with whom we shared it; the right to delete and to correct personal information; and the right to opt out of the sale or sharing of personal information for cross-context behavioral advertising. AeroAndina does not sell personal information for money. We share identifiers and internet activity with advertising partners, which may qualify as sharing under the CPRA; you may opt out through the "Do Not Sell or Share My Personal Information" link in the footer of our website or by sending a Global Privacy Control signal. We will not discriminate against you for exercising these rights. Requests may be submitted at [privacy-us@aeroandina.com](mailto:privacy-us@aeroandina.com) or toll-free at 1-888-555-0172.

### Anexo C. República Popular China – Ley de Protección de Información Personal (PIPL)

Para los pasajeros de nuestras rutas con destino a la República Popular China en código compartido, la recolección de datos se rige además por la Ley de Protección de Información Personal de la República Popular China. Los datos necesarios para el transporte se transfieren fuera de China sobre la base de que son necesarios para celebrar y ejecutar el contrato de transporte del cual usted es parte. Para datos sensibles, como los relativos a la salud, obtendremos su consentimiento separado. Usted puede ejercer los derechos de acceso, copia, corrección, supresión y de solicitar una explicación de las reglas de tratamiento escribiendo a [datospersonales@aeroandina.com](mailto:datospersonales@aeroandina.com), indicando "PIPL" en el asunto.

### Anexo D. Sudáfrica – Protection of Personal Information Act (POPIA)

For passengers in the Republic of South Africa, AeroAndina processes personal information in accordance with the Protection of Personal Information Act 4 of 2013. Our Information Officer can be contacted at [popia@aeroandina.com](mailto:popia@aeroandina.com). You have the right to request access to, correction or deletion of your personal information, to object to processing for direct marketing and to lodge a complaint with the Information Regulator of South Africa at [complaints.IR@inforegulator.org.za](mailto:complaints.IR@inforegulator.org.za). Personal information is transferred outside South Africa only under section 72 of POPIA, in particular where the transfer is necessary for the performance of the contract of carriage.

## Notas

1 La Corte Constitucional declaró la exequibilidad condicionada del proyecto de ley estatutaria mediante la Sentencia C-748 de 2011.

2 En Colombia, la información API es requerida por la Unidad Administrativa Especial Migración Colombia. Para vuelos hacia los Estados Unidos, la información es exigida por la U.S. Customs and Border Protection conforme al Aviation and Transportation Security Act.

3 El abordaje biométrico es voluntario y se encuentra disponible en el Aeropuerto Internacional El Dorado de Bogotá y en el Aeropuerto Internacional José María Córdova de Rionegro. Las plantillas biométricas se eliminan dentro de las 24 horas siguientes a la salida del vuelo.

4 Resolución 01375 de 2019 de la Unidad Administrativa Especial de Aeronáutica Civil, por la cual se modifican los numerales 3.10 de los Reglamentos Aeronáuticos de Colombia (RAC 3).

5 Circular Externa 005 de 2017 de la Superintendencia de Industria y Comercio, que fija los estándares de un nivel adecuado de protección en el país receptor.
"""

EDITS = [
    {"note": "footnote 3 changed: biometric boarding extended to Cali and Cartagena, template deletion 24h -> 'al cierre del vuelo' (silent, date not bumped)", "bump": False,
     "repl": [("disponible en el Aeropuerto Internacional El Dorado de Bogotá y en el Aeropuerto Internacional José María Córdova de Rionegro. Las plantillas biométricas se eliminan dentro de las 24 horas siguientes a la salida del vuelo.",
               "disponible en los aeropuertos internacionales El Dorado de Bogotá, José María Córdova de Rionegro, Alfonso Bonilla Aragón de Cali y Rafael Núñez de Cartagena. Las plantillas biométricas se eliminan al cierre del vuelo.")]},
    {"note": "new annex E (Perú, Ley 29733) added to the accordion; transfers section mentions Peruvian ANPD",
     "repl": [("## Notas", "### Anexo E. Perú – Ley N° 29733, Ley de Protección de Datos Personales\n\nPara los pasajeros que adquieren sus tiquetes en el Perú, el tratamiento de sus datos se rige también por la Ley N° 29733 y su Reglamento, aprobado por Decreto Supremo N° 016-2024-JUS. Los bancos de datos de pasajeros se encuentran inscritos en el Registro Nacional de Protección de Datos Personales. Los derechos de información, acceso, rectificación, cancelación y oposición pueden ejercerse ante nuestra sucursal en Lima, Av. José Pardo 513, Miraflores, o escribiendo a [datospersonales@aeroandina.com](mailto:datospersonales@aeroandina.com). Usted puede presentar una reclamación ante la Autoridad Nacional de Protección de Datos Personales del Ministerio de Justicia y Derechos Humanos.\n\n## Notas")]},
    {"note": "retention: call recordings 1 -> 2 years; frequent-flyer data after cancellation 2 -> 5 years; new footnote 6 on the Ley 2300 de 2023 ('dejen de fregar') for marketing contacts",
     "repl": [("hasta por dos (2) años después de su cancelación. Las grabaciones de llamadas al centro de contacto se conservan por un (1) año.",
               "hasta por cinco (5) años después de su cancelación. Las grabaciones de llamadas al centro de contacto se conservan por dos (2) años."),
              ("cuando usted lo haya autorizado.", "cuando usted lo haya autorizado, en los horarios y por los canales permitidos por la ley[6](#nota-6)."),
              ("que fija los estándares de un nivel adecuado de protección en el país receptor.",
               "que fija los estándares de un nivel adecuado de protección en el país receptor.\n\n6 Ley 2300 de 2023, que establece medidas que protegen el derecho a la intimidad de los consumidores: las comunicaciones comerciales solo se envían de lunes a viernes de 7:00 a. m. a 7:00 p. m. y los sábados de 8:00 a. m. a 3:00 p. m.")]},
    {"note": "California annex: CCPA sensitive-personal-information paragraph added; toll-free number changed",
     "repl": [("Requests may be submitted at [privacy-us@aeroandina.com](mailto:privacy-us@aeroandina.com) or toll-free at 1-888-555-0172.",
               "We use sensitive personal information, such as health information for special assistance and passport numbers, only for the purposes permitted by section 7027(m) of the CCPA regulations, and we do not use it to infer characteristics about you. Requests may be submitted at [privacy-us@aeroandina.com](mailto:privacy-us@aeroandina.com) or toll-free at 1-833-555-0190.")]},
    {"note": "purposes list: new purpose bullet (biometric identity verification at self-service bag drop) inserted; data-breach reporting sentence reworded",
     "repl": [("- Garantizar la seguridad de las operaciones, de los pasajeros y de las tripulaciones, incluyendo la gestión de pasajeros disruptivos.",
               "- Garantizar la seguridad de las operaciones, de los pasajeros y de las tripulaciones, incluyendo la gestión de pasajeros disruptivos.\n- Verificar su identidad mediante reconocimiento facial en los módulos de entrega automática de equipaje, cuando usted elija esa opción."),
              ("Los incidentes de seguridad se reportan a la Superintendencia de Industria y Comercio dentro de los quince (15) días hábiles siguientes a su detección.",
               "Los incidentes de seguridad se reportan a la Superintendencia de Industria y Comercio a través del Registro Nacional de Bases de Datos dentro de los quince (15) días hábiles siguientes a su detección y, cuando representen un riesgo para usted, le serán comunicados directamente.")]},
]

ALERTS = [
    ("Temporada de lluvias", "Consulta el estado de tu vuelo antes de ir al aeropuerto: pueden presentarse demoras en Bogotá por condiciones meteorológicas.", "/co/es/estado-de-vuelo"),
    ("Requisitos de viaje", "Para viajar a Estados Unidos necesitas visa vigente y pasaporte con validez mínima de seis meses.", "/co/es/requisitos-de-viaje"),
    ("Cierre de pista", "Por obras en el Aeropuerto Rafael Núñez de Cartagena algunos vuelos nocturnos cambian de horario.", "/co/es/avisos/cartagena"),
    ("Atención", "AeroAndina nunca te pedirá datos de tu tarjeta por WhatsApp. Desconfía de ofertas de tiquetes en redes sociales.", "/co/es/avisos/fraude"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.hexs(rng, 32), C.alnum(rng, 18), "%d" % rng.randint(10 ** 15, 10 ** 16))
    s["accordion"] = tuple(rng.random() < 0.25 for _ in range(6)) if rng.random() < 0.6 else (True, False, False, False, False, False)
    s["alerts"] = C.keep_or(rng, prev.get("alerts"), 0.5,
                            lambda: tuple(sorted(rng.sample(range(len(ALERTS)), rng.choice([0, 1, 1, 2])))))
    s["clientlib"] = C.keep_or(rng, prev.get("clientlib"), 0.3, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    s["chat"] = rng.choice(["minimized", "minimized", "minimized", "invitation"])
    return s


LABELS = {
    "tokens": "per-visit ids (Adobe ECID, Target mbox session, Salesforce chat deployment session)",
    "accordion": "annex accordion expanded/collapsed state (classes, aria-expanded, aria-hidden)",
    "alerts": "travel-alert bar items above the page",
    "clientlib": "AEM clientlib long-cache hashes",
    "chat": "chat launcher minimized / proactive invitation bubble",
}

FN = re.compile(r'<a href="#nota-(\d+)">\1</a>')


def html_block(b):
    return FN.sub(lambda m: '<sup class="footnote-ref"><a href="#nota-%s" id="ref-%s">%s</a></sup>' % ((m.group(1),) * 3),
                  C.block_html(b))


def text_cmp(n, inner):
    return ('<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-%s" class="cmp-text">\n%s\n</div></div>'
            % (C.det_sha("text", n)[:10], inner))


def render(s, blocks, when):
    ecid, mbox, sfsid = s["tokens"]
    css, js = s["clientlib"]
    h1 = blocks[0]
    comps, cur, acc, notes = [], [], [], None
    mode = "text"
    for b in blocks[1:]:
        if b[0] == "h2" and b[1].startswith("Notas"):
            mode = "notes"
            notes = [b]
            continue
        if mode == "notes":
            notes.append(b)
        elif b[0] == "h3" and b[1].startswith("Anexo"):
            mode = "acc"
            acc.append([b[1], []])
        elif mode == "acc":
            acc[-1][1].append(b)
        else:
            cur.append(b)
    comps.append(text_cmp(1, "\n".join(html_block(b) for b in cur)))
    items = []
    for n, (title, body) in enumerate(acc):
        ex = s["accordion"][n] if n < len(s["accordion"]) else False
        iid = "accordion-7d1c0b5e2a-item-%s" % C.det_sha("acc", title[:9])[:10]
        items.append('<div class="cmp-accordion__item" data-cmp-hook-accordion="item" id="%s"%s>'
                     '<h3 class="cmp-accordion__header"><button id="%s-button" class="cmp-accordion__button%s" type="button" aria-controls="%s-panel" '
                     'data-cmp-hook-accordion="button" aria-expanded="%s"><span class="cmp-accordion__title">%s</span><span class="cmp-accordion__icon"></span></button></h3>'
                     '<div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel cmp-accordion__panel--%s" role="region" aria-labelledby="%s-button"%s>'
                     '%s</div></div>'
                     % (iid, " data-cmp-expanded" if ex else "", iid, " cmp-accordion__button--expanded" if ex else "", iid,
                        "true" if ex else "false", C.inline_html(title), iid, "expanded" if ex else "hidden", iid,
                        "" if ex else ' aria-hidden="true"', text_cmp(10 + n, "\n".join(html_block(b) for b in body))))
    comps.append('<div class="accordion panelcontainer aem-GridColumn aem-GridColumn--default--12"><div id="accordion-7d1c0b5e2a" class="cmp-accordion" '
                 'data-cmp-is="accordion" data-cmp-single-expansion="false" data-placeholder-text="false">%s</div></div>' % "".join(items))
    notes_html = '<h2>%s</h2>\n<div class="footnotes">%s</div>' % (notes[0][1], "\n".join(
        '<p class="footnote" id="nota-%s"><sup>%s</sup> %s <a href="#ref-%s" class="footnote-back" aria-label="Volver al texto">↩</a></p>'
        % (b[1].split(" ", 1)[0], b[1].split(" ", 1)[0], C.inline_html(b[1].split(" ", 1)[1]), b[1].split(" ", 1)[0])
        for b in notes[1:]))
    comps.append(text_cmp(2, notes_html))
    alerts = "".join('<div class="cmp-alert cmp-alert--warning"><strong>%s:</strong> %s <a href="%s">Más información</a></div>' % ALERTS[k]
                     for k in s["alerts"])
    chat = ('<div class="embeddedServiceHelpButton"><div class="helpButton"><button class="helpButtonEnabled uiButton" data-state="%s">'
            '<span class="embeddedServiceIcon"></span><span class="helpButtonLabel">Chatea con Andi</span></button></div>%s</div>'
            % (s["chat"], '<div class="embeddedServiceInvitation"><p>¿Necesitas ayuda con tu reserva? Estoy aquí para ayudarte.</p></div>' if s["chat"] == "invitation" else ""))
    return ('<!DOCTYPE HTML>\n<html lang="es-CO">\n<head>\n<meta charset="UTF-8">\n'
            '<title>Política de privacidad | AeroAndina</title>\n'
            '<meta name="template" content="legal-page">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="en-US" href="https://www.aeroandina.com/us/en/legal-information/privacy-policy">\n'
            '<link rel="stylesheet" href="/etc.clientlibs/aeroandina/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">\n'
            '<script src="https://assets.adobedtm.com/2b5e7c1f9a3d/launch-4f1e8a2c6b9d.min.js" async></script>\n'
            '<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"pageInfo":{"pageName":"co:es:informacion-legal:politica-de-privacidad"}},"visitor":{"ecid":"%s"}});</script>\n'
            '</head>\n<body class="page basicpage" id="page-3f0a1b2c9d">\n'
            '<div class="root container responsivegrid"><div id="container-root" class="cmp-container">\n'
            '<div class="experiencefragment header"><header class="aa-header"><a class="aa-header__logo" href="/co/es"><img src="/content/dam/aeroandina/brand/logo-aeroandina.svg" alt="AeroAndina"></a>'
            '<nav class="aa-header__nav"><ul><li><a href="/co/es/reservar">Reservar</a></li><li><a href="/co/es/check-in">Check-in</a></li>'
            '<li><a href="/co/es/estado-de-vuelo">Estado de vuelo</a></li><li><a href="/co/es/andinamillas">AndinaMillas</a></li><li><a href="/co/es/ayuda">Ayuda</a></li></ul></nav>'
            '<div class="aa-header__market"><button class="aa-market-selector">Colombia · Español · COP</button></div>'
            '<a class="aa-header__login" href="/co/es/andinamillas/ingresar">Ingresar</a></header></div>\n'
            '<div class="alerts-bar" data-mbox-session="%s">%s</div>\n'
            '<main class="container responsivegrid"><div id="container-main" class="cmp-container">\n'
            '<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">'
            '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/co/es"><span>Inicio</span></a></li>'
            '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/co/es/informacion-legal"><span>Información legal</span></a></li>'
            '<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"><span>Política de privacidad</span></li></ol></nav></div>\n'
            '<div class="container responsivegrid legal-content"><div id="container-legal" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">\n'
            '<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>\n'
            '%s\n</div></div></div>\n</div></main>\n'
            '<div class="experiencefragment footer"><footer class="aa-footer"><ul class="aa-footer__links"><li><a href="/co/es/informacion-legal/contrato-de-transporte">Contrato de transporte</a></li>'
            '<li><a href="/co/es/informacion-legal/politica-de-privacidad">Política de privacidad</a></li><li><a href="/co/es/informacion-legal/politica-de-cookies">Cookies</a></li>'
            '<li><a href="/us/en/legal-information/do-not-sell-or-share">Do Not Sell or Share My Personal Information</a></li>'
            '<li><a href="https://www.sic.gov.co" rel="noopener">Superintendencia de Industria y Comercio</a></li></ul>'
            '<p class="aa-footer__copy">© %d Aerolíneas Andinas S.A. Todos los derechos reservados. Vigilado Superintendencia de Transporte.</p></footer></div>\n'
            '</div></div>\n%s\n'
            '<script src="https://service.force.com/embeddedservice/5.0/esw.min.js" data-session="%s"></script>\n'
            '<script src="/etc.clientlibs/aeroandina/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>\n'
            '</body>\n</html>\n'
            % (URL, css, ecid, mbox, alerts, C.inline_html(h1[1]), "\n".join(comps), when.year, chat, sfsid, js))


PAGE = {
    "service": "AeroAndina", "url": URL, "lang": "es-CO", "platform": "Adobe Experience Manager (Core Components)",
    "content_type": "text/html;charset=utf-8",
    "n": 29, "start": dt.date(2021, 9, 14), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-content"]},
}
