"""Hélios Énergie (green electricity and gas supplier) - fr-FR - WordPress + Elementor (flexbox containers), WP Rocket,
Complianz. Flat page: the policy is a run of heading and text-editor widgets in the page's containers, with a
"Parrainage" call-to-action widget authored between two sections and a "Souscrire" container after the text, so
the curators track it with a range selector (startBefore the h1, endBefore the CTA container) and remove the
mid-text call-to-action. Noise: WP Rocket cached@ stamp, post CSS version (any save), Elementor/Complianz version
upgrades, REST nonce, regulated kWh price in the top bar, referral bonus amount."""
import datetime as dt
import common as C

URL = "https://www.helios-energie.fr/politique-de-confidentialite/"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Hélios Énergie, fournisseur d'électricité d'origine renouvelable et de gaz naturel, accorde une grande importance à la protection de vos données personnelles. La présente politique s'applique aux clients, aux prospects et aux visiteurs du site helios-energie.fr et de l'Espace client. Elle décrit les traitements que nous mettons en œuvre, conformément au règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée.

## 1. Qui est responsable du traitement de vos données ?

Hélios Énergie SAS, société par actions simplifiée au capital de 3 150 000 euros, immatriculée au RCS de Nantes sous le numéro 821 447 905, dont le siège social est situé 6 rue Racine, 44000 Nantes, est responsable des traitements décrits ci-dessous.

Vous pouvez contacter notre délégué à la protection des données à l'adresse [dpo@helios-energie.fr](mailto:dpo@helios-energie.fr) ou par courrier à l'adresse de notre siège social.

## 2. Quelles données collectons-nous ?

- **Identité et coordonnées** : civilité, nom, prénom, date de naissance, adresse postale, adresse électronique, numéro de téléphone ;
- **Votre logement et vos compteurs** : adresse du point de livraison, numéro de point de référence et de mesure (PRM) pour l'électricité, numéro de point de comptage et d'estimation (PCE) pour le gaz, type de compteur ;
- **Vos consommations** : index relevés ou transmis, consommations mensuelles communiquées par le gestionnaire de réseau (Enedis, GRDF ou entreprise locale de distribution) ;
- **Votre contrat et votre facturation** : offre souscrite, puissance et option tarifaire, mensualités, coordonnées bancaires, historique des paiements et éventuels incidents ;
- **Le chèque énergie**, si vous nous l'adressez ou si vous avez opté pour son affectation automatique ;
- **Nos échanges** : courriers, e-mails, messages et enregistrements des appels avec notre service client.

## 3. Pour quelles finalités et sur quelles bases légales ?

| Finalité | Base légale |
| Souscription, mise en service et gestion de votre contrat, y compris le changement de fournisseur | Exécution du contrat |
| Facturation sur la base de vos consommations mensuelles | Exécution du contrat |
| Recouvrement et gestion des impayés, dans le respect de la trêve hivernale | Exécution du contrat et obligation légale |
| Traitement du chèque énergie et des demandes d'aide du fonds de solidarité pour le logement | Obligation légale |
| Preuve de la souscription par téléphone et amélioration de la qualité de service | Intérêt légitime |
| Suivi détaillé de votre consommation (données journalières) dans votre Espace client | Consentement |
| Envoi d'offres commerciales et de conseils pour réduire votre consommation | Intérêt légitime pour nos clients, consentement pour les prospects |
| Prévention de la fraude | Intérêt légitime |

Votre compteur communicant transmet chaque jour au gestionnaire de réseau vos index de consommation. Sans votre accord, nous n'avons accès qu'à vos consommations mensuelles, nécessaires à votre facturation. Votre consommation journalière ne nous est transmise que si vous l'avez expressément accepté, et nous ne l'utilisons jamais pour vous adresser de la publicité.

Vous pouvez retirer à tout moment votre consentement à la collecte de vos données de consommation journalières depuis votre Espace client, rubrique « Ma consommation ».

## 4. Qui sont les destinataires de vos données ?

- les gestionnaires de réseau de distribution (Enedis, GRDF, entreprises locales de distribution), pour l'acheminement de l'énergie et le relevé des compteurs ;
- nos sous-traitants : centre de relation client, éditique, hébergement et gestion de la relation client (Salesforce), paiement et recouvrement ;
- l'Agence de services et de paiement, pour le traitement du chèque énergie ;
- le Médiateur national de l'énergie, en cas de litige porté à sa connaissance ;
- les administrations et autorités habilitées, notamment la Commission de régulation de l'énergie, lorsque la loi l'exige.

## 5. Vos données sont-elles transférées hors de l'Union européenne ?

Une partie de notre service client est assurée par un prestataire établi à Madagascar et notre outil de gestion de la relation client est fourni par une société américaine. Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne.

## 6. Combien de temps conservons-nous vos données ?

| Données | Durée de conservation |
| Données du contrat | Durée du contrat, puis 5 ans (prescription de droit commun) |
| Factures | 10 ans (article L. 123-22 du Code de commerce) |
| Données de consommation | Durée du contrat, puis 3 ans |
| Enregistrements des appels | 1 mois, ou 1 an pour les appels ayant conduit à une souscription |
| Données des prospects | 3 ans à compter du dernier contact |

## 7. Comment protégeons-nous vos données ?

Nous mettons en œuvre les mesures techniques et organisationnelles nécessaires pour protéger vos données contre la perte, l'altération ou l'accès non autorisé : chiffrement, gestion des habilitations, authentification renforcée pour l'accès à l'Espace client et audits de nos prestataires.

## 8. Quels sont vos droits ?

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et de portabilité de vos données, ainsi que d'un droit d'opposition, notamment à la prospection commerciale. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer ces droits, écrivez à [dpo@helios-energie.fr](mailto:dpo@helios-energie.fr) ou à Hélios Énergie – Délégué à la protection des données, 6 rue Racine, 44000 Nantes. Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique sur [bloctel.gouv.fr](https://www.bloctel.gouv.fr).

## 9. Cookies

Pour en savoir plus sur les cookies déposés sur notre site et modifier vos choix, consultez notre [politique de gestion des cookies](/politique-cookies/).

## 10. Modification de la présente politique

Nous pouvons être amenés à modifier la présente politique, notamment en cas d'évolution de nos offres ou de la réglementation. La version en vigueur est celle publiée sur notre site. En cas de modification importante, nous vous en informerons par e-mail ou par un message dans votre Espace client.
"""

EDITS = [
    {"note": "purposes table: new row for the load curve (courbe de charge) from the Linky meter, with consent, for time-of-use offers",
     "repl": [("| Suivi détaillé de votre consommation (données journalières) dans votre Espace client | Consentement |",
               "| Suivi détaillé de votre consommation (données journalières) dans votre Espace client | Consentement |\n| Collecte de votre courbe de charge (consommation par demi-heure) issue du compteur Linky, pour les offres à tarification horaire | Consentement |")]},
    {"note": "rights: sentence that Bloctel-registered people are not canvassed by phone (silent, date not bumped)", "bump": False,
     "repl": [("Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique sur [bloctel.gouv.fr](https://www.bloctel.gouv.fr).",
               "Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique sur [bloctel.gouv.fr](https://www.bloctel.gouv.fr). Nous ne démarchons jamais par téléphone les personnes inscrites sur cette liste, sauf si elles sont déjà clientes.")]},
    {"note": "retention: subscription-call recordings 1 year -> 2 years; consumption data 3 -> 1 year after contract end",
     "repl": [("| Enregistrements des appels | 1 mois, ou 1 an pour les appels ayant conduit à une souscription |",
               "| Enregistrements des appels | 1 mois, ou 2 ans pour les appels ayant conduit à une souscription |"),
              ("| Données de consommation | Durée du contrat, puis 3 ans |", "| Données de consommation | Durée du contrat, puis 1 an |")]},
    {"note": "DPO now an external firm: postal address changed (silent, date not bumped)", "bump": False,
     "repl": [("ou à Hélios Énergie – Délégué à la protection des données, 6 rue Racine, 44000 Nantes.",
               "ou à Hélios Énergie – Délégué à la protection des données, c/o Cabinet Lexpria, 15 quai Ernest Renaud, 44100 Nantes.")]},
    {"note": "transfers: Salesforce's Data Privacy Framework certification as the ground for US transfers",
     "repl": [("Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne.",
               "Le transfert vers Madagascar est encadré par les clauses contractuelles types adoptées par la Commission européenne. Le transfert vers les États-Unis repose sur la décision d'adéquation de la Commission européenne du 10 juillet 2023, notre prestataire étant certifié au titre du cadre de protection des données UE–États-Unis (Data Privacy Framework).")]},
    {"note": "new section 'Pilotage de vos équipements' (EV charger, connected thermostat: data, consent, retention); later sections renumbered",
     "repl": [("## 7. Comment protégeons-nous vos données ?",
               "## 7. Pilotage de vos équipements connectés\n\nSi vous souscrivez l'option Hélios Pilotage, nous pouvons moduler à distance le fonctionnement de votre borne de recharge ou de votre thermostat connecté, afin de décaler votre consommation vers les heures où l'électricité renouvelable est abondante. Nous collectons alors, avec votre consentement, l'état de l'équipement, sa puissance et l'historique des commandes envoyées.\n\nVous pouvez à tout moment reprendre la main sur votre équipement depuis l'application ou désactiver l'option. Ces données sont conservées 13 mois et ne sont jamais utilisées à des fins publicitaires.\n\n## 8. Comment protégeons-nous vos données ?"),
              ("## 8. Quels sont vos droits ?", "## 9. Quels sont vos droits ?"),
              ("## 9. Cookies", "## 10. Cookies"),
              ("## 10. Modification de la présente politique", "## 11. Modification de la présente politique")]},
]


def kwh(when):
    d = when.date()
    for since, p in [(dt.date(2025, 8, 1), "0,1952"), (dt.date(2025, 2, 1), "0,2016"), (dt.date(2024, 2, 1), "0,2516"),
                     (dt.date(2023, 8, 1), "0,2276"), (dt.date(2023, 2, 1), "0,2062"), (dt.date(2022, 2, 1), "0,1740")]:
        if d >= since:
            return p
    return "0,1582"


def elementor_ver(when):
    d = when.date()
    for since, v in [(dt.date(2025, 6, 2), "3.29.2"), (dt.date(2024, 11, 18), "3.25.9"), (dt.date(2024, 5, 6), "3.21.5"),
                     (dt.date(2023, 10, 9), "3.16.6"), (dt.date(2023, 3, 20), "3.11.5"), (dt.date(2022, 6, 13), "3.6.6")]:
        if d >= since:
            return v
    return "3.4.4"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["rocket"] = C.epoch(when) - rng.randint(600, 36000)
    s["nonce"] = C.hexs(rng, 10)
    s["postcss"] = C.keep_or(rng, prev.get("postcss"), 0.3, lambda: C.epoch(when) - rng.randint(3600, 86400 * 20))
    s["versions"] = (elementor_ver(when), C.keep_or(rng, (prev.get("versions") or (None, None))[1], 0.25,
                                                     lambda: "%d.%d.%d" % (6 if when.year < 2024 else 7, rng.randint(0, 3), rng.randint(0, 9))))
    s["kwh"] = kwh(when)
    s["bonus"] = C.keep_or(rng, prev.get("bonus"), 0.3, lambda: rng.choice([30, 30, 50, 40]))
    return s


LABELS = {
    "rocket": "WP Rocket 'cached@' debug stamp",
    "nonce": "WP REST nonce in wpApiSettings",
    "postcss": "Elementor post CSS ?ver= (regenerated on any save)",
    "versions": "Elementor / Complianz plugin versions",
    "kwh": "regulated kWh price in the top bar",
    "bonus": "referral bonus amount in the 'Parrainage' call-to-action inside the text",
}


def _w(kind, did, inner):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
            '\n\t\t\t\t<div class="elementor-widget-container">\n\t\t\t\t\t%s\n\t\t\t\t</div>\n\t\t\t\t</div>\n' % (did, kind, did, kind, inner))


def _tiny(blocks):
    """TinyMCE-style HTML of the text-editor widgets: one line per block, list items and table rows/cells on their own lines."""
    h = C.blocks_html(blocks)
    for a in ("</li>", "</tr>", "</td>", "</th>", "<tbody>", "</thead>", "<tr>"):
        h = h.replace(a, a + "\n")
    return h


def render(s, blocks, when):
    ev, cv = s["versions"]
    pc = s["postcss"]
    head, secs = C.split_sections(blocks[1:])
    ws = [_w("heading", "5c1d9e0", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % C.inline_html(blocks[0][1])),
          _w("text-editor", "8e02a7b", _tiny(head))]
    for n, (t, bl) in enumerate(secs):
        did = C.det_sha("helios", t.split(". ", 1)[-1])[:7]
        ws.append(_w("heading", did, '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % C.inline_html(t)))
        ws.append(_w("text-editor", C.det_sha("helios-t", t.split(". ", 1)[-1])[:7], _tiny(bl)))
        if t.startswith("4. "):
            ws.append(_w("call-to-action", "c71b3d2",
                         '<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-content-item">Parrainez vos proches</h3>'
                         '<div class="elementor-cta__description elementor-content-item">%d € offerts pour vous et pour chaque filleul qui souscrit une offre Hélios.</div>'
                         '<div class="elementor-cta__button-wrapper elementor-content-item"><a class="elementor-cta__button elementor-button elementor-size-sm" href="/parrainage/">Je parraine</a></div></div></div>' % s["bonus"]))
    page = ('<div data-elementor-type="wp-page" data-elementor-id="1042" class="elementor elementor-1042" data-elementor-post-type="page">'
            '<div class="elementor-element elementor-element-3a8f2c1 e-flex e-con-boxed e-con e-parent" data-id="3a8f2c1" data-element_type="container"><div class="e-con-inner">%s</div></div>'
            '<div class="elementor-element elementor-element-9b2e7f4 e-flex e-con-boxed e-con e-parent" data-id="9b2e7f4" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">'
            '%s%s</div></div></div>'
            % ("\n".join(ws),
               _w("heading", "1f4a6c8", '<h2 class="elementor-heading-title elementor-size-default">Passez à une énergie 100 % renouvelable</h2>'),
               _w("button", "6d0e3b5", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/souscrire/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Souscrire en ligne en 5 minutes</span></span></a></div>')))
    header = ('<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">'
              '<div class="elementor-element elementor-element-0b7c2d1 e-con-full e-flex e-con e-parent" data-id="0b7c2d1" data-element_type="container">'
              + _w("text-editor", "2e9f0a3", '<p>Prix du kWh en option Base : <strong>%s € TTC</strong> (tarif réglementé de référence) – <a href="/grille-tarifaire/">Voir nos prix</a></p>' % s["kwh"]) +
              '</div><div class="elementor-element elementor-element-7a1c5e9 e-con-full e-flex e-con e-parent" data-id="7a1c5e9" data-element_type="container">'
              + _w("theme-site-logo", "4d8b1f2", '<a href="https://www.helios-energie.fr"><img width="180" height="48" src="https://www.helios-energie.fr/wp-content/uploads/2021/03/logo-helios.svg" class="attachment-full size-full" alt="Hélios Énergie"></a>')
              + _w("nav-menu", "3c6e8a0", '<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-3c6e8a0" class="elementor-nav-menu"><li class="menu-item"><a href="/electricite-verte/" class="elementor-item">Électricité verte</a></li><li class="menu-item"><a href="/gaz/" class="elementor-item">Gaz</a></li><li class="menu-item"><a href="/offres-pro/" class="elementor-item">Professionnels</a></li><li class="menu-item"><a href="/nos-producteurs/" class="elementor-item">Nos producteurs</a></li><li class="menu-item"><a href="/aide/" class="elementor-item">Aide</a></li></ul></nav>'
                                                 '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-3c6e8a0" class="elementor-nav-menu"><li class="menu-item"><a href="/electricite-verte/" class="elementor-item" tabindex="-1">Électricité verte</a></li><li class="menu-item"><a href="/gaz/" class="elementor-item" tabindex="-1">Gaz</a></li><li class="menu-item"><a href="/offres-pro/" class="elementor-item" tabindex="-1">Professionnels</a></li><li class="menu-item"><a href="/nos-producteurs/" class="elementor-item" tabindex="-1">Nos producteurs</a></li><li class="menu-item"><a href="/aide/" class="elementor-item" tabindex="-1">Aide</a></li></ul></nav>')
              + _w("button", "8f2d4b6", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://espace-client.helios-energie.fr/"><span class="elementor-button-text">Espace client</span></a></div>')
              + '</div></div>')
    footer = ('<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">'
              '<div class="elementor-element elementor-element-e4a9c10 e-flex e-con-boxed e-con e-parent" data-id="e4a9c10" data-element_type="container"><div class="e-con-inner">'
              + _w("text-editor", "b3f71d5", '<p>Service client : 02 52 10 44 00 (appel non surtaxé), du lundi au vendredi de 9h à 18h.</p><p>En cas de litige, vous pouvez saisir le <a href="https://www.energie-mediateur.fr">Médiateur national de l\'énergie</a>.</p>')
              + _w("icon-list", "a0c2e58", '<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><a href="/mentions-legales/"><span class="elementor-icon-list-text">Mentions légales</span></a></li><li class="elementor-icon-list-item"><a href="/politique-de-confidentialite/"><span class="elementor-icon-list-text">Politique de confidentialité</span></a></li><li class="elementor-icon-list-item"><a href="/politique-cookies/"><span class="elementor-icon-list-text">Gestion des cookies</span></a></li><li class="elementor-icon-list-item"><a href="/conditions-generales-de-vente/"><span class="elementor-icon-list-text">Conditions générales de vente</span></a></li></ul>')
              + '<p class="copyright">© %d Hélios Énergie</p></div></div></div>' % when.year)
    cmplz = ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
             '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div></div>'
             '<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</div></div>'
             '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>')
    return ('<!doctype html>\n<html lang="fr-FR">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '\t<link rel="profile" href="https://gmpg.org/xfn/11">\n<title>Politique de confidentialité - Hélios Énergie</title>\n'
            '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />\n'
            '<link rel="canonical" href="%s" />\n<meta property="og:locale" content="fr_FR" />\n<meta property="article:modified_time" content="%s" />\n'
            '<link rel=\'stylesheet\' id=\'elementor-frontend-css\' href=\'https://www.helios-energie.fr/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'elementor-post-1042-css\' href=\'https://www.helios-energie.fr/wp-content/uploads/elementor/css/post-1042.css?ver=%d\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'cmplz-general-css\' href=\'https://www.helios-energie.fr/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%s\' media=\'all\' />\n'
            '<script id="wp-api-request-js-extra">\nvar wpApiSettings = {"root":"https:\\/\\/www.helios-energie.fr\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};\n</script>\n'
            '<meta name="generator" content="Elementor %s; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-1042 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-1042">\n'
            '<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>\n%s\n<main id="content" class="site-main post-1042 page type-page status-publish hentry">\n'
            '<div class="page-content">\n%s\n</div>\n</main>\n%s\n%s\n'
            '<script id="cmplz-cookiebanner-js-extra">\nvar complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"%d","version":"%s","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.helios-energie.fr\\/wp-json\\/complianz\\/v1\\/","locale":"lang=fr&locale=fr_FR","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"21","cookie_path":"\\/","categories":{"statistics":"statistiques","marketing":"marketing"},"tcf_active":"","placeholdertext":"Cliquez pour accepter les cookies {category} et activer ce contenu","css_file":"https:\\/\\/www.helios-energie.fr\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=%d","page_links":{"eu":{"cookie-statement":{"title":"Gestion des cookies","url":"https:\\/\\/www.helios-energie.fr\\/politique-cookies\\/"},"privacy-statement":{"title":"Politique de confidentialit\\u00e9","url":"https:\\/\\/www.helios-energie.fr\\/politique-de-confidentialite\\/"}}}};\n</script>\n'
            '<script src=\'https://www.helios-energie.fr/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s\' id=\'elementor-frontend-js\'></script>\n'
            '</body>\n</html>\n\n<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@%d -->\n'
            % (URL, (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=pc)).strftime("%Y-%m-%dT%H:%M:%S+00:00"), ev, pc, cv, s["nonce"], ev, header, page, footer, cmplz,
               pc % 97, cv, pc % 89, ev, s["rocket"]))


PAGE = {
    "service": "Hélios Énergie", "url": URL, "lang": "fr-FR", "platform": "WordPress + Elementor",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": "h1.elementor-heading-title", "endBefore": ".elementor-element-9b2e7f4"}],
                    "remove": [".elementor-widget-call-to-action"]},
}
