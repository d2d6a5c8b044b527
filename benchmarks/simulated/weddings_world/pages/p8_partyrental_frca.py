"""Québec party-rental company (tents, tables, dishes, dance floors) on Squarespace 7.1.

The policy's page section (two text blocks around a code block holding the processors' table) sits beside a
section with the rental and cancellation terms in a collapsed accordion block (edited on its own) and a
"Mariages réels" summary carousel of the blog (a new real-wedding story every few weeks). Per capture
`contentModifiedOn` in SQUARESPACE_CONTEXT moves (the site is edited between captures), the announcement bar's
seasonal offer with its countdown deadline lives in the context JSON, Squarespace asset hashes change with its
deploys, and the time-zone offset follows DST.
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def fmt_date(d):
    return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MONTHS[d.month - 1], d.year)


POLICY = """# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Festivo Location inc. loue du matériel de réception (chapitaux, tables, chaises, vaisselle, nappes, éclairage, pistes de danse et arches de cérémonie) pour les mariages, les fêtes d'entreprise et les événements privés dans la grande région de Québec, à Lévis et en Beauce. Nous prenons au sérieux la protection de vos renseignements personnels. La présente politique explique quels renseignements nous recueillons, à quelles fins nous les utilisons, à qui nous les communiquons et comment exercer vos droits en vertu de la Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1).

## Responsable de la protection des renseignements personnels

Notre président a délégué par écrit la fonction de responsable de la protection des renseignements personnels à :

@ Geneviève Tremblay, directrice des opérations
@ Festivo Location inc.
@ 2150, rue Cyrille-Duquet, Québec (Québec) G1N 2G3
@ confidentialite@festivolocation.ca
@ 418 555-0147

## Renseignements que nous recueillons

- **coordonnées** : nom, numéro de téléphone, adresse courriel et adresse de facturation;
- **détails de l'événement** : date, type d'événement, nombre d'invités, adresse du lieu de réception et nom du contact sur place le jour de la livraison;
- **renseignements sur le terrain** : photos et mesures du terrain que vous nous transmettez pour planifier l'installation d'un chapiteau;
- **renseignements de paiement** : montant du dépôt, mode de paiement et quatre derniers chiffres de la carte (les numéros complets sont traités par notre fournisseur de paiement);
- **renseignements techniques** : adresse IP, type d'appareil et de navigateur, pages consultées sur notre site.

Nous ne recueillons que les renseignements nécessaires aux fins indiquées ci-dessous.

## Pourquoi nous utilisons vos renseignements

- préparer une soumission et réserver le matériel à la date de votre événement;
- planifier la livraison, le montage et la récupération du matériel;
- obtenir, au besoin, le permis municipal requis pour l'installation d'un chapiteau;
- percevoir les paiements et tenir notre comptabilité;
- vous envoyer notre infolettre, si vous y avez consenti;
- améliorer notre site Web et mesurer l'efficacité de nos publicités, si vous avez accepté les témoins correspondants.

## Livraison, montage et permis

Le jour de la livraison, notre équipe reçoit une fiche indiquant l'adresse du lieu, le nom et le téléphone du contact sur place ainsi que le plan d'installation. Pour un chapiteau de plus de 60 m², certaines municipalités exigent un permis : nous transmettons alors à la municipalité l'adresse du terrain, le nom du propriétaire ou du locataire des lieux et la date de l'événement. Les photos du terrain sont conservées 12 mois après l'événement, puis supprimées.

## Communication de vos renseignements

Nous ne vendons jamais vos renseignements personnels. Nous les communiquons uniquement aux fournisseurs qui nous aident à exploiter notre entreprise, en vertu d'ententes écrites qui les obligent à les protéger :

| Fournisseur | Service | Lieu d'hébergement |
| Squarespace, Inc. | site Web et formulaires de soumission | États-Unis |
| Booqable B.V. | gestion des réservations et de l'inventaire | Pays-Bas |
| Stripe Payments Canada, Ltd. | paiement en ligne des dépôts | Canada et États-Unis |
| Intuit Canada ULC (QuickBooks Online) | facturation et comptabilité | Canada |
| Google LLC (Google Workspace, Google Analytics) | courriel et statistiques du site | États-Unis |
| Intuit Mailchimp | infolettre | États-Unis |

Avant de communiquer des renseignements à l'extérieur du Québec, nous réalisons une évaluation des facteurs relatifs à la vie privée afin de vérifier qu'ils bénéficieront d'une protection adéquate.

## Témoins (cookies)

Notre site utilise des témoins essentiels à son fonctionnement et, avec votre consentement, des témoins de mesure d'audience et de publicité (Google Analytics et Meta Pixel). Vous pouvez refuser les témoins non essentiels dans le bandeau qui s'affiche à votre première visite et modifier votre choix en tout temps au moyen du lien « Préférences de témoins » au bas de chaque page.

## Conservation

- soumissions non confirmées : 12 mois;
- contrats de location et factures : 6 ans après la fin de l'exercice financier, comme l'exigent les lois fiscales;
- photos et plans du terrain : 12 mois après l'événement;
- liste d'envoi de l'infolettre : jusqu'à votre désabonnement.

À la fin de ces périodes, les renseignements sont détruits ou anonymisés de façon sécuritaire.

## Vos droits

Vous pouvez en tout temps :

- demander l'accès aux renseignements personnels que nous détenons à votre sujet;
- demander la rectification de renseignements inexacts, incomplets ou équivoques;
- retirer votre consentement à l'envoi de l'infolettre ou à l'utilisation de témoins;
- demander que cesse la diffusion d'un renseignement ou que soit désindexé tout hyperlien rattaché à votre nom;
- déposer une plainte auprès de notre responsable de la protection des renseignements personnels.

Adressez votre demande par écrit à confidentialite@festivolocation.ca. Nous y répondrons dans un délai de 30 jours.

## Incidents de confidentialité

Si un incident de confidentialité présente un risque de préjudice sérieux, nous en aviserons rapidement la Commission d'accès à l'information ainsi que les personnes concernées, et nous l'inscrirons dans notre registre des incidents.

## Modifications

Nous pouvons modifier la présente politique pour tenir compte de changements à nos activités ou à la loi. La version en vigueur est toujours publiée sur cette page, avec la date de sa dernière mise à jour.

## Plainte à la Commission d'accès à l'information

Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser à :

@ Commission d'accès à l'information du Québec
@ 525, boulevard René-Lévesque Est, bureau 2.36
@ Québec (Québec) G1R 5S9
@ [www.cai.gouv.qc.ca](https://www.cai.gouv.qc.ca/)
"""

EDITS = [
    {"note": "typo fixed: 'chapitaux' -> 'chapiteaux' (no new date)",
     "repl": [("(chapitaux, tables,", "(chapiteaux, tables,")], "bump": False},
    {"note": "processor added to the table: Twilio delivery-reminder texts",
     "repl": [("| Intuit Mailchimp | infolettre | États-Unis |",
               "| Intuit Mailchimp | infolettre | États-Unis |\n"
               "| Twilio Inc. | rappels de livraison par texto | États-Unis |")]},
    {"note": "retention of site photos shortened from 12 months to 90 days (two places)",
     "repl": [("Les photos du terrain sont conservées 12 mois après l'événement",
               "Les photos du terrain sont conservées 90 jours après l'événement"),
              ("- photos et plans du terrain : 12 mois après l'événement;",
               "- photos et plans du terrain : 90 jours après l'événement;")]},
    {"note": "Loi 25 phase 3: portability right added to the rights list",
     "repl": [("- demander que cesse la diffusion d'un renseignement",
               "- obtenir les renseignements informatisés que vous nous avez fournis dans un format technologique "
               "structuré et couramment utilisé, ou demander qu'ils soient transmis à une autre organisation;\n"
               "- demander que cesse la diffusion d'un renseignement")]},
    {"note": "new privacy officer: name and title changed",
     "repl": [("@ Geneviève Tremblay, directrice des opérations", "@ Marc-Antoine Gagnon, directeur général adjoint")]},
]

TERMS = [
    ("Dépôt et réservation", ["Un dépôt non remboursable de 30 % du total confirme la réservation du matériel. "
                              "Le solde est payable 14 jours avant l'événement."]),
    ("Annulation", None),
    ("Livraison et montage", ["Les frais de livraison sont calculés selon la distance à partir de notre entrepôt de "
                              "Québec. Le terrain doit être accessible à un camion et libre de tout obstacle."]),
    ("Bris et pertes", ["Le matériel brisé ou manquant au retour est facturé au coût de remplacement indiqué dans la "
                        "soumission."]),
    ("Météo et chapiteaux", ["Nos chapiteaux sont installés par notre équipe seulement. Nous pouvons reporter le "
                             "montage si des vents de plus de 60 km/h sont prévus."]),
]


def cancel_terms(d):
    if d < dt.date(2023, 11, 15):
        return ["Toute annulation faite plus de 30 jours avant l'événement donne droit au remboursement des sommes "
                "versées, à l'exception du dépôt."]
    return ["Toute annulation faite plus de 60 jours avant l'événement donne droit au remboursement des sommes versées, "
            "à l'exception du dépôt. Entre 60 et 15 jours avant l'événement, 50 % du total est exigible.",
            "Une date peut être reportée une seule fois sans frais, sous réserve de la disponibilité du matériel."]


STORIES = [  # (published, title, slug)
    (dt.date(2021, 10, 4), "Audrey et Félix sous le chapiteau à Saint-Augustin", "audrey-felix"),
    (dt.date(2022, 2, 14), "Un mariage d'hiver au Château Frontenac… ou presque", "mariage-hiver"),
    (dt.date(2022, 7, 2), "Léa et Jonathan à l'Île d'Orléans", "lea-jonathan"),
    (dt.date(2022, 9, 19), "Camille et Sarah : une fête champêtre en Beauce", "camille-sarah"),
    (dt.date(2023, 3, 6), "Nos 5 conseils pour choisir son chapiteau", "conseils-chapiteau"),
    (dt.date(2023, 6, 26), "Marie-Ève et Olivier au vignoble de Sainte-Pétronille", "marie-eve-olivier"),
    (dt.date(2023, 8, 21), "Une piste de danse lumineuse pour Justine et Thomas", "justine-thomas"),
    (dt.date(2023, 10, 10), "Gabrielle et Maxime : 180 invités à Lévis", "gabrielle-maxime"),
    (dt.date(2024, 4, 15), "Tendances 2024 : vaisselle dorée et nappes terracotta", "tendances-2024"),
    (dt.date(2024, 7, 8), "Noémie et William au bord du lac Saint-Joseph", "noemie-william"),
    (dt.date(2024, 9, 2), "Un mariage sous la pluie… et sous notre chapiteau 40 x 80", "mariage-pluie"),
    (dt.date(2024, 11, 25), "Élodie et Samuel : un mariage intime à Charlesbourg", "elodie-samuel"),
    (dt.date(2025, 3, 3), "Réserver tôt pour 2025 : ce qu'il faut savoir", "reserver-2025"),
]


def offer(d):
    y = d.year
    if d.month in (1, 2):
        return ("Salon des mariés : réservez votre chapiteau pour l'été avant le 28 février et obtenez 10 % de rabais",
                "%d-02-28T23:59:00-05:00" % y)
    if d.month in (3, 4):
        return ("Saison %d : plus que quelques samedis de juin disponibles pour les chapiteaux 40 x 80" % y,
                "%d-04-30T23:59:00-04:00" % y)
    if 5 <= d.month <= 9:
        return ("Livraison gratuite à Québec et à Lévis pour les commandes de plus de 1 500 $",
                "%d-09-30T23:59:00-04:00" % y)
    return ("Party des Fêtes : nappes, vaisselle et éclairage en formule tout inclus",
            "%d-12-15T23:59:00-05:00" % y)


def edt(when):
    def nth_sun(y, m, n):
        d = dt.date(y, m, 1)
        d += dt.timedelta(days=(6 - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    return nth_sun(when.year, 3, 2) <= when.date() < nth_sun(when.year, 11, 1)


def noise(rng, when, i, prev):
    prev = prev or {}
    mod = (C.epoch(when) - rng.randint(3600, 5 * 86400)) * 1000 + rng.randint(0, 999)
    if prev.get("modified") and mod <= prev["modified"]:
        mod = prev["modified"] + rng.randint(60000, 3600000)
    return {
        "modified": mod,
        "assets": C.keep_or(rng, prev.get("assets"), 0.25, lambda: (C.hexs(rng, 16), C.hexs(rng, 16),
                                                                    C.hexs(rng, 16))),
        "offer": offer(when.date()),
        "stories": tuple(s[2] for s in sorted((s for s in STORIES if s[0] <= when.date()), reverse=True)[:4]),
        "cancel": tuple(cancel_terms(when.date())),
        "dst": edt(when),
    }


LABELS = {"modified": "SQUARESPACE_CONTEXT contentModifiedOn", "assets": "Squarespace asset hashes (deploy)",
          "offer": "announcement-bar offer and countdown deadline", "stories": "'Mariages réels' carousel",
          "cancel": "rental/cancellation terms accordion edited", "dst": "time-zone offset (DST)"}

SEC_POLICY, SEC_TERMS, SEC_STORIES = "64f0c3a1b2d4e5f6a7b8c9d0", "64f0c3a1b2d4e5f6a7b8c9d1", "64f0c3a1b2d4e5f6a7b8c9d2"


def sqs_text(blocks):
    P = '<p class="" style="white-space:pre-wrap;">%s</p>'
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append(P % C.inline_html(v))
        elif kind == "addr":
            out.append(P % "<br>".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join(
                "<li>%s</li>" % (P % C.inline_html(x)) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def block(bid, kind, inner):
    if kind == "html":
        return ('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
                'data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;'
                ':0.0&#125;&#125;" id="block-yui_3_17_2_1_1693500000000_%s"><div class="sqs-block-content">\n\n'
                '<div class="sqs-html-content">\n  %s\n  </div>\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n</div></div>'
                % (bid, inner))
    return ('<div class="sqs-block code-block sqs-block-code" data-block-type="23" '
            'id="block-yui_3_17_2_1_1693500000000_%s"><div class="sqs-block-content">%s</div></div>' % (bid, inner))


def section(sid, inner, theme="white"):
    return ('<section data-test="page-section" data-section-theme="%s" class="page-section layout-engine-section '
            'background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center '
            'vertical-alignment--top %s" data-section-id="%s" data-controller="SectionWrapper" data-current-styles'
            '="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-'
            'bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;}" data-current-context="{}" '
            'data-animation="none">\n  <div class="section-border"><div class="section-background"></div></div>\n'
            '  <div class="content-wrapper" style="">\n    <div class="content">\n      <div class="sqs-layout '
            'sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s"><div class="row sqs-row"><div '
            'class="col sqs-col-12 span-12">%s</div></div></div>\n    </div>\n  </div>\n</section>'
            % (theme, theme, sid, sid, inner))


def render(state, blocks, when):
    k = next(j for j, b in enumerate(blocks) if b[0] == "table")
    table = blocks[k][1]
    thead = "".join("<th>%s</th>" % C.inline_html(c) for c in table[0])
    tbody = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in table[1:])
    table_html = ('<table class="festivo-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (thead, tbody))
    policy = (block("4521", "html", sqs_text(blocks[:k])) + block("9812", "code", table_html) +
              block("6377", "html", sqs_text(blocks[k + 1:])))
    items = []
    for n, (t, paras) in enumerate(TERMS):
        paras = list(state["cancel"]) if paras is None else paras
        bid = "block-yui_3_17_2_1_1693500000000_7711-%d" % n
        items.append(
            '<li class="accordion-item"><div class="accordion-divider accordion-divider--top" aria-hidden="true" '
            'style="height: 1px; opacity: 1;"></div><h4 class="accordion-item__title-wrapper" role="heading" '
            'aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" '
            'aria-controls="accordion-item-%s" id="button-%s" style="padding-top: 22px; padding-bottom: 22px; '
            'padding-left: 0px; padding-right: 0px;"><span class="accordion-item__title" style="padding-right: '
            '14px;">%s</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true" '
            'style="height: 14px; width: 14px;"><div class="plus" style="width: 14px;"><div class="line '
            'horizontal" style="height: 1px;"></div><div class="line vertical" style="width: 1px;"></div></div>'
            '</div></button></h4><div class="accordion-item__dropdown" role="region" id="accordion-item-%s" '
            'aria-labelledby="button-%s"><div class="accordion-item__description" style="padding-bottom: 22px; '
            'padding-right: 0px; min-width: 70%%; max-width: 300px;">%s</div></div></li>'
            % (bid, bid, html.escape(t), bid, bid,
               "".join('<p class="" style="white-space:pre-wrap;">%s</p>' % html.escape(p) for p in paras)))
    terms = (block("7710", "html", '<h2 style="white-space:pre-wrap;">Conditions de location et politique '
                                    "d'annulation</h2>") +
             '<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" '
             'id="block-yui_3_17_2_1_1693500000000_7711"><div class="sqs-block-content"><ul '
             'class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled='
             '"true" data-is-first-divider-visible="true" data-is-last-divider-visible="true" '
             'data-is-expanded-first-item="" data-accordion-title-alignment="left" '
             'data-accordion-description-alignment="left" data-accordion-description-placement="left" '
             'data-accordion-icon-placement="right">%s</ul></div></div>' % "".join(items))
    by_slug = {s[2]: s for s in STORIES}
    slides = []
    for n, slug in enumerate(state["stories"]):
        d, title, _ = by_slug[slug]
        ds = "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
        slides.append(
            '<div class="summary-item summary-item-record-type-text sqs-gallery-design-carousel-slide '
            'summary-item-has-thumbnail summary-item-has-cats summary-item-has-author positioned" data-index="%d">'
            '<div class="summary-thumbnail-outer-container"><a href="/mariages-reels/%s" class="summary-thumbnail-'
            'container sqs-gallery-image-container" data-title="%s"><div class="summary-thumbnail img-wrapper">'
            '<img data-src="https://images.squarespace-cdn.com/content/v1/61a0b2c3d4e5f6a7b8c9d0e1/%s/%s.jpg" '
            'data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt="%s" '
            'class="summary-thumbnail-image"></div></a></div><div class="summary-content sqs-gallery-meta-'
            'container"><div class="summary-title"><a href="/mariages-reels/%s" class="summary-title-link">%s</a>'
            '</div><div class="summary-metadata-container summary-metadata-container--below-content"><div '
            'class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item '
            'summary-metadata-item--date" datetime="%s">%s</time></div></div></div></div>'
            % (n, slug, html.escape(title), C.det_sha("img", slug)[:13], slug, html.escape(title), slug,
               html.escape(title), ds, ds))
    stories = ('<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" '
               'id="block-yui_3_17_2_1_1693500000000_8820"><div class="sqs-block-content"><div class="summary-block-'
               'wrapper summary-block-collection-type-blog summary-block-setting-design-carousel summary-block-'
               'setting-text-alignment-left summary-block-setting-show-thumbnail" data-controller="SummaryCarousel">'
               '<div class="summary-block-header"><h3 class="summary-heading"><span>Mariages réels</span></h3>'
               '</div><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list '
               'sqs-gallery">%s</div></div></div></div></div>' % "".join(slides))
    a1, a2, a3 = state["assets"]
    text, deadline = state["offer"]
    off = -14400000 if state["dst"] else -18000000
    ctx = {
        "betaFeatureFlags": ["campaigns_new_image_layout_picker", "contacts_and_campaigns_redesign",
                             "i18n_beta_website_locales", "member_areas_feature", "nested_categories",
                             "section-sdk-plp-list-view-atc-button-enabled", "supports_versioned_template_assets"],
        "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
        "rollups": {"squarespace-announcement-bar": {"js": "//assets.squarespace.com/universal/scripts-compressed/"
                                                           "announcement-bar-%s-min.fr-CA.js" % a1[:16]}},
        "pageType": 2,
        "website": {"id": "61a0b2c3d4e5f6a7b8c9d0e1", "identifier": "festivo-location", "websiteType": 1,
                    "contentModifiedOn": state["modified"], "cloneable": False, "hasBeenCloneable": False,
                    "siteStatus": {}, "language": "fr-CA", "translationLocale": "fr-CA",
                    "timeZone": "America/Toronto", "machineTimeZoneOffset": off, "timeZoneOffset": off,
                    "timeZoneAbbr": "EDT" if state["dst"] else "EST", "siteTitle": "Festivo Location",
                    "fullSiteTitle": "Politique de confidentialité — Festivo Location",
                    "siteDescription": "", "primaryDomain": "www.festivolocation.ca",
                    "location": {"addressTitle": "Festivo Location", "addressLine1": "2150, rue Cyrille-Duquet",
                                 "addressLine2": "Québec, QC, G1N 2G3", "addressCountry": "Canada"},
                    "socialAccounts": [{"serviceId": 64, "profileUrl": "https://www.instagram.com/festivolocation"},
                                       {"serviceId": 60, "profileUrl": "https://www.facebook.com/festivolocation"}],
                    "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False,
                    "captchaSettings": {"enabledForDonations": False}, "showOwnerLogin": False},
        "websiteSettings": {"id": "61a0b2c3d4e5f6a7b8c9d0e3", "websiteId": "61a0b2c3d4e5f6a7b8c9d0e1",
                            "subjects": [], "country": "CA", "state": "QC", "simpleLikingEnabled": True,
                            "mobileInfoBarSettings": {"isContactEmailEnabled": False, "isContactPhoneNumberEnabled":
                                                      False, "isLocationEnabled": False, "isBusinessHoursEnabled":
                                                      False},
                            "announcementBarSettings": {"style": 2, "text": '<p class="" style="white-space:pre-wrap;">'
                                                       '%s</p>' % html.escape(text),
                                                       "clickthroughUrl": {"url": "/soumission", "newWindow": False}},
                            "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                            "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                            "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                            "commentDisableAfterDaysDefault": 0, "disqusShortname": "", "commentsEnabled": False,
                            "storeSettings": {"currenciesSupported": ["CAD"], "defaultCurrency": "CAD",
                                              "selectedCurrency": "CAD"},
                            "useEscapeKeyToLogin": False, "ssBadgeType": 1, "ssBadgePosition": 4,
                            "ssBadgeVisibility": 1, "ssBadgeDevices": 1, "pinterestOverlayOptions": {"mode": "disabled"},
                            "userAccountsSettings": {"loginAllowed": False, "signupAllowed": False}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                           "cookieBannerText": "<p>Ce site utilise des témoins.</p>", "cookieBannerTheme": "LIGHT",
                           "cookieBannerVariant": "BAR", "cookieBannerPosition": "BOTTOM",
                           "cookieBannerCtaVariant": "TEXT", "cookieBannerCtaText": "Accepter",
                           "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "Refuser",
                           "cookieBannerHasOptOut": True, "cookieBannerHasManageCookies": True,
                           "cookieBannerManageCookiesLabel": "Préférences de témoins",
                           "cookieBannerSavedPreferencesText": "Préférences de témoins",
                           "cookieBannerSavedPreferencesLayout": "PILL"},
        "websiteCloneable": False,
        "collection": {"title": "Politique de confidentialité", "id": "61a0b2c3d4e5f6a7b8c9d1f7", "fullUrl":
                       "/politique-de-confidentialite", "type": 10, "permissionType": 1},
        "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
        "tweakJSON": {"form-use-theme-colors": "false", "header-logo-height": "48px",
                      "header-vert-padding": "1.5vw", "maxPageWidth": "1400px", "pagePadding": "4vw",
                      "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square"},
        "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
        "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
        "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
        "impersonatedSession": False,
        "tzData": {"zones": [[-300, "Canada", "E%sT", None]], "rules": {"Canada": [[1974, 1986, "-", "Apr", "lastSun",
                                                                                  "2:00", "1:00", "D"]]}},
        "showAnnouncementBar": True,
        "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
        "i18nContext": {"timeZoneData": {"id": "America/Toronto", "name": "Eastern Time"}},
        "env": "PRODUCTION",
    }
    ctx_js = json.dumps(ctx, ensure_ascii=False, separators=(",", ":"))
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="fr-CA"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- festivo-location -->
<base href="">
<meta charset="utf-8" />
<title>Politique de confidentialité &mdash; Festivo Location</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/61a0b2c3d4e5f6a7b8c9d0e1/c4f1b2a3-9d8e-4f7a-b6c5-d4e3f2a1b0c9/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.festivolocation.ca/politique-de-confidentialite"/>
<meta property="og:site_name" content="Festivo Location"/>
<meta property="og:title" content="Politique de confidentialité &mdash; Festivo Location"/>
<meta property="og:url" content="https://www.festivolocation.ca/politique-de-confidentialite"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Politique de confidentialité — Festivo Location"/>
<meta itemprop="url" content="https://www.festivolocation.ca/politique-de-confidentialite"/>
<meta name="twitter:title" content="Politique de confidentialité — Festivo Location"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Cormorant+Garamond:ital,wght@0,400;0,600;1,400&family=Lato:ital,wght@0,400;0,700;1,400"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(a1)s-min.fr-CA.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-extract_css_runtime');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(a1)s-min.fr-CA.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(a2)s-min.fr-CA.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-cldr_resource_pack');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(a2)s-min.fr-CA.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/common-%(a3)s-min.fr-CA.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-common');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/common-%(a3)s-min.fr-CA.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].css = ["//assets.squarespace.com/universal/styles-compressed/user-account-core-%(a2r)s-min.fr-CA.css"]; })(SQUARESPACE_ROLLUPS, 'squarespace-user_account_core');</script>
<link rel="stylesheet" type="text/css" href="//assets.squarespace.com/universal/styles-compressed/user-account-core-%(a2r)s-min.fr-CA.css"><script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(ctx)s;</script>
<script type="application/ld+json">{"url":"https://www.festivolocation.ca","name":"Festivo Location","description":"","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"legalName":"Festivo Location inc.","address":"2150, rue Cyrille-Duquet\\nQuébec, QC, G1N 2G3\\nCanada","email":"info@festivolocation.ca","telephone":"418 555-0100","sameAs":["https://www.instagram.com/festivolocation","https://www.facebook.com/festivolocation"],"@context":"http://schema.org","@type":"Organization"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61a0b2c3d4e5f6a7b8c9d0e1/38/5c5a519771c10ba3470d8101/61a0b2c3d4e5f6a7b8c9d0f2/1539/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
<!-- Google tag (gtag.js) --><script async src="https://www.googletagmanager.com/gtag/js?id=G-QX81FZ2K7D"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-QX81FZ2K7D');</script>
<style>.festivo-table{width:100%%;border-collapse:collapse;font-size:15px}.festivo-table th,.festivo-table td{border-bottom:1px solid #d9d2c5;padding:8px;text-align:left}</style>
<script>window.festivoCountdown = {deadline: "%(deadline)s", selector: ".sqs-announcement-bar-text"};</script>
    <link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/versioned-assets/1712000000000-%(a3u)s/static.css">
  </head>

  <body
    id="collection-61a0b2c3d4e5f6a7b8c9d1f7"
    class="
      primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-outline tertiary-button-shape-underline form-use-theme-colors header-overlay-alignment-center header-width-full   tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square tweak-blog-alternating-side-by-side-text-alignment-left tweak-blog-alternating-side-by-side-read-more-style-show tweak-blog-alternating-side-by-side-image-text-alignment-middle tweak-blog-alternating-side-by-side-delimiter-bullet tweak-blog-alternating-side-by-side-meta-position-top tweak-blog-alternating-side-by-side-primary-meta-categories tweak-blog-alternating-side-by-side-secondary-meta-date tweak-blog-alternating-side-by-side-excerpt-show  tweak-global-animations-animation-type-fade tweak-global-animations-animation-style-fade tweak-global-animations-animation-delay-fast tweak-global-animations-animation-duration-fast  tweak-portfolio-grid-basic-width-full tweak-portfolio-grid-basic-height-large tweak-portfolio-grid-basic-image-aspect-ratio-11-square tweak-portfolio-grid-basic-text-alignment-left tweak-portfolio-grid-basic-hover-effect-fade hide-opentable-icons opentable-style-dark tweak-product-quick-view-button-style-floating tweak-product-quick-view-button-position-bottom tweak-product-quick-view-lightbox-excerpt-display-truncate tweak-product-quick-view-lightbox-show-arrows tweak-product-quick-view-lightbox-show-close-button tweak-product-quick-view-lightbox-controls-weight-light native-currency-code-cad collection-61a0b2c3d4e5f6a7b8c9d1f7 collection-type-page collection-layout-default mobile-style-available sqs-seven-one
      
        
          
            
              
            
          
        
      
    "
    tabindex="-1"
  >
    <div
      id="siteWrapper"
      class="clearfix site-wrapper"
    >
      
        <div id="floatingCart" class="floating-cart hidden">
          <a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">
            <span class="Cart-inner">
              <svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49"><path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157 1.17157 0.5 2 0.5H13.6362C14.3878 0.5 15.0234 1.05632 15.123 1.80135L16.431 11.5916H59C59.8284 11.5916 60.5 12.2632 60.5 13.0916V37.5C60.5 38.3284 59.8284 39 59 39H18.5C17.6716 39 17.0284 38.3284 17 37.5L14.5 3.5H2C1.17157 3.5 0.5 2.82843 0.5 2Z"/></svg>
              <div class="legacy-cart icon-cart-quantity">
                <span class="sqs-cart-quantity">0</span>
              </div>
            </span>
          </a>
        </div>
      

      <header
        data-test="header"
        id="header"
        class="header theme-col--primary"
        data-section-theme="white"
        data-controller="Header"
        data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;href&quot;: &quot;/soumission&quot;, &quot;buttonText&quot;: &quot;Demander une soumission&quot;, &quot;newWindow&quot;: false}, &quot;showSocial&quot;: true, &quot;socialOptions&quot;: {&quot;socialBorderShape&quot;: &quot;none&quot;}, &quot;sectionTheme&quot;: &quot;white&quot;, &quot;menuOverlayAnimation&quot;: &quot;fade&quot;, &quot;cartStyle&quot;: &quot;cart&quot;, &quot;cartText&quot;: &quot;Panier&quot;, &quot;showEmptyCartState&quot;: true, &quot;showButton&quot;: true, &quot;showCart&quot;: false, &quot;showSearch&quot;: false, &quot;showProfile&quot;: false}"
        data-section-id="header"
        data-header-style="solid"
        data-language-picker="{&quot;showLanguagePicker&quot;: false}"
        data-first-focusable-element
        tabindex="-1"
        style="
          
          
          
          
          
          
        "
      >
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <a href="#page" class="header-skip-link sqs-button-element--primary">Passer au contenu</a>
          <div class="header-border" data-header-style="solid" data-header-border="false" data-test="header-border" style=""></div>
          <div class="header-dropdown-icon-wrapper"></div>
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element">
                  <div class="header-title-logo">
                    <a href="/" data-animation-role="header-element">
                      <img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/61a0b2c3d4e5f6a7b8c9d0e1/2f7a3c1e-8b4d-4e6f-a0b9-c8d7e6f5a4b3/festivo-logo.png?format=1500w" alt="Festivo Location" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw">
                    </a>
                  </div>
                </div>
                <div class="header-nav">
                  <div class="header-nav-wrapper">
                    <nav class="header-nav-list">
                      <div class="header-nav-item header-nav-item--collection"><a href="/chapiteaux" data-animation-role="header-element">Chapiteaux</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/mobilier" data-animation-role="header-element">Tables et chaises</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/vaisselle" data-animation-role="header-element">Vaisselle et nappes</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/mariages-reels" data-animation-role="header-element">Mariages réels</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/nous-joindre" data-animation-role="header-element">Nous joindre</a></div>
                    </nav>
                  </div>
                </div>
              </div>
              <div class="header-actions header-actions--right">
                <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
                  <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/soumission">Demander une soumission</a>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>

      <main id="page" class="container" role="main">
        
          
            
<article class="sections" id="sections" data-page-sections="61a0b2c3d4e5f6a7b8c9d1f8">
  
  
    
    


  
%(sec_policy)s

  
%(sec_terms)s

  
%(sec_stories)s

  
</article>

          
        
      </main>
      
        <footer class="sections" id="footer-sections" data-footer-sections>
  
  
    
    


  
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="61a0b2c3d4e5f6a7b8c9d1aa" data-controller="SectionWrapper" data-current-styles="{}" data-current-context="{}" data-animation="none">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper" style="">
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61a0b2c3d4e5f6a7b8c9d1aa"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1638200000000_5521"><div class="sqs-block-content"><div class="sqs-html-content">
  <p class="" style="text-align:center;white-space:pre-wrap;">Festivo Location inc. · 2150, rue Cyrille-Duquet, Québec · 418 555-0100</p><p class="" style="text-align:center;white-space:pre-wrap;"><a href="/politique-de-confidentialite">Politique de confidentialité</a> · <a href="/conditions">Conditions de location</a> · © %(year)d</p>
  </div></div></div></div></div></div>
    </div>
  </div>
</section>

  
</footer>

      
    </div>

    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.%(a1s)s.js" type="text/javascript"></script>
  <script>window.festivoCountdown && document.addEventListener('DOMContentLoaded', function(){var b=document.querySelector(window.festivoCountdown.selector);if(!b)return;var d=new Date(window.festivoCountdown.deadline)-new Date();if(d>0){b.insertAdjacentHTML('beforeend',' — il reste '+Math.ceil(d/864e5)+' jours');}});</script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641"/></symbol><symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4c0-1.5,0.4-2.6,2.6-2.6l2.8,0v-4.8c-0.5-0.1-2.2-0.2-4.1-0.2 c-4.1,0-6.9,2.5-6.9,7V28H24v5.3h4.6V47H34.1z"/></symbol></svg>

  </body>
</html>
""" % {"a1": a1, "a2": a2, "a3": a3, "a2r": a2[::-1], "a3u": a3[:8], "a1s": a1[:10], "ctx": ctx_js,
       "deadline": deadline, "sec_policy": section(SEC_POLICY, policy),
       "sec_terms": section(SEC_TERMS, terms, "light"), "sec_stories": section(SEC_STORIES, stories, "light-bold"),
       "year": when.year}


PAGE = {
    "service": "Festivo Location",
    "url": "https://www.festivolocation.ca/politique-de-confidentialite",
    "lang": "fr-CA",
    "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("X-Contextid", "kRfG2nYq/pT7xW1bD"),
                      ("Strict-Transport-Security", "max-age=15552000"), ("Vary", "Accept-Encoding")),
    "n": 31,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.festivolocation.ca/politique-de-confidentialite",
                    "select": "section[data-section-id=\"%s\"] .sqs-block-content" % SEC_POLICY},
}
