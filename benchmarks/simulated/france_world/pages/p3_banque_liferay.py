"""Banque Alpes Rhône - fr-FR - Liferay DXP 7.4 portal: journal-content portlets (the fraud alert that comes and goes
is a second web content in the top row, so the curators select the policy's web content by its column), auth token
and combo-servlet timestamps, Commanders Act (TrustCommander) cookie layer, a "Prendre rendez-vous" agency box
whose opening hours follow the weekday, and a regulated-savings rates teaser."""
import datetime as dt
import common as C

URL = "https://www.banque-alpesrhone.fr/particuliers/protection-des-donnees"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """
# Politique de protection des données personnelles

Dernière mise à jour : {UPDATED}

La Banque Alpes Rhône attache une importance particulière à la protection des données personnelles de ses clients et prospects. Dans le cadre de la relation bancaire, nous sommes amenés à collecter et à traiter des informations vous concernant. La présente politique vous indique quelles données nous traitons, pour quelles raisons, combien de temps nous les conservons et comment exercer vos droits, conformément au règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée dite « Informatique et Libertés ».

## 1. Qui est responsable du traitement ?

Le responsable du traitement est la Banque Alpes Rhône, société anonyme à directoire et conseil de surveillance au capital de 98 540 000 euros, établissement de crédit agréé par l'Autorité de contrôle prudentiel et de résolution (ACPR), immatriculée au RCS de Grenoble sous le numéro 057 502 816, dont le siège social est situé 20 boulevard Édouard Rey, 38000 Grenoble. Intermédiaire en assurance immatriculé à l'ORIAS sous le numéro 07 004 512.

## 2. Quelles données traitons-nous ?

Selon les produits et services que vous détenez ou envisagez de souscrire, nous traitons notamment :

- vos données d'identification et de contact (nom, prénoms, date et lieu de naissance, nationalité, adresse, téléphone, adresse électronique, copie de votre pièce d'identité) ;
- votre situation familiale, professionnelle, fiscale et patrimoniale (revenus, charges, patrimoine) ;
- vos données bancaires et financières (comptes, opérations, crédits, moyens de paiement, incidents de paiement) ;
- vos connaissances et votre expérience en matière d'investissement, ainsi que vos objectifs, pour déterminer votre profil investisseur ;
- vos données de connexion à la banque en ligne et à l'application mobile ;
- l'enregistrement de certaines conversations téléphoniques avec votre conseiller ;
- le cas échéant, des données de santé, uniquement pour l'adhésion à une assurance emprunteur : elles sont alors collectées directement par l'assureur et ne sont pas accessibles à votre conseiller.

## 3. Pourquoi utilisons-nous vos données ?

### Pour exécuter les contrats que vous avez souscrits

- ouvrir, gérer et clôturer vos comptes, cartes et autres moyens de paiement ;
- étudier vos demandes de crédit, octroyer et gérer les crédits ;
- gérer vos placements, votre épargne et vos contrats d'assurance ;
- assurer le recouvrement des sommes dues.

### Pour respecter nos obligations légales et réglementaires

- lutter contre le blanchiment de capitaux et le financement du terrorisme (articles L. 561-1 et suivants du Code monétaire et financier) ;
- respecter nos obligations fiscales, notamment l'échange automatique d'informations (FATCA et norme commune de déclaration) ;
- consulter et alimenter les fichiers gérés par la Banque de France (FICP, FCC) ;
- évaluer l'adéquation des services d'investissement à votre profil ;
- recenser les comptes inactifs et les contrats d'assurance vie en déshérence (articles L. 312-19 et L. 312-20 du Code monétaire et financier).

### Pour répondre à nos intérêts légitimes

- prévenir et détecter la fraude, notamment la fraude aux moyens de paiement ;
- vous proposer des produits et services analogues à ceux que vous détenez ;
- assurer la sécurité de nos agences (vidéoprotection) et de nos systèmes d'information ;
- améliorer la qualité de nos services, notamment par l'analyse des enquêtes de satisfaction.

### Avec votre consentement

- vous adresser par voie électronique des offres de nos partenaires ;
- déposer des cookies de mesure d'audience et de publicité, selon les choix que vous exprimez.

## 4. Décisions automatisées

L'octroi de certains crédits à la consommation repose sur un score calculé automatiquement à partir des informations que vous nous fournissez et de votre historique bancaire. Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision, conformément à l'article 22 du RGPD.

## 5. Qui peut accéder à vos données ?

Vos données sont couvertes par le secret professionnel prévu à l'article L. 511-33 du Code monétaire et financier. Elles ne sont communiquées qu'aux destinataires suivants, dans la limite de ce qui leur est nécessaire :

- les services de la banque et les entités du groupe Alpes Rhône, pour la gestion de votre relation et la gestion des risques ;
- nos sous-traitants (éditique, informatique, centres d'appels, fabrication des cartes), liés par une obligation de confidentialité ;
- nos partenaires assureurs, pour les contrats que vous souscrivez par notre intermédiaire ;
- la Banque de France, l'ACPR, l'Autorité des marchés financiers, Tracfin et l'administration fiscale, dans le cadre de nos obligations ;
- les notaires, huissiers et auxiliaires de justice, lorsque la loi le prévoit.

## 6. Transferts hors de l'Union européenne

Lorsque vous effectuez un virement international, les données nécessaires à son exécution sont transmises via le réseau SWIFT, dont un centre est situé aux États-Unis. Ces données peuvent, en application de la législation américaine, être communiquées aux autorités de ce pays dans le cadre de la lutte contre le terrorisme.

Certains de nos sous-traitants peuvent intervenir depuis des pays situés hors de l'Union européenne. Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.

## 7. Combien de temps conservons-nous vos données ?

| Catégorie de données | Durée de conservation |
| Données relatives à la gestion de la relation bancaire | 5 ans à compter de la fin de la relation |
| Données collectées au titre de la lutte contre le blanchiment | 5 ans à compter de la clôture du compte ou de la fin de la relation |
| Pièces comptables et justificatifs d'opérations | 10 ans à compter de la clôture de l'exercice |
| Enregistrements téléphoniques relatifs aux ordres de bourse | 5 ans |
| Enregistrements téléphoniques à des fins de qualité | 6 mois |
| Images de vidéoprotection | 30 jours |
| Données des prospects | 3 ans à compter du dernier contact |

## 8. Comment protégeons-nous vos données ?

Nous mettons en œuvre des mesures de sécurité techniques et organisationnelles adaptées : authentification forte pour l'accès à la banque en ligne et la validation des opérations sensibles, chiffrement des échanges, contrôle des habilitations de nos collaborateurs et audits réguliers.

La banque ne vous demandera jamais vos identifiants, vos codes confidentiels ni de valider une opération par téléphone, SMS ou courrier électronique.

## 9. Quels sont vos droits ?

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez à tout moment vous opposer à la prospection commerciale.

Certaines données ne peuvent pas être effacées tant que nous sommes tenus de les conserver en application d'une obligation légale. Le droit d'accès aux fichiers FICP et FCC s'exerce auprès de la Banque de France.

Pour exercer vos droits, adressez-vous à votre conseiller ou écrivez au délégué à la protection des données :

@ Banque Alpes Rhône – Délégué à la protection des données
@ 20 boulevard Édouard Rey
@ 38000 Grenoble
@ [dpo@banque-alpesrhone.fr](mailto:dpo@banque-alpesrhone.fr)

Si vous ne souhaitez pas faire l'objet de prospection commerciale par téléphone, vous pouvez vous inscrire gratuitement sur la liste d'opposition [Bloctel](https://www.bloctel.gouv.fr).

Vous pouvez également introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

## 10. Modification de la présente politique

Cette politique peut être modifiée, notamment pour tenir compte des évolutions législatives et réglementaires. La version en vigueur est celle publiée sur notre site, à la date de dernière mise à jour indiquée ci-dessus.
"""

EDITS = [
    {"note": "new section 5 on biometric login in the mobile app (data stays on the phone); later sections renumbered",
     "repl": [("## 5. Qui peut accéder à vos données ?",
               "## 5. Connexion biométrique\n\nSi vous activez la connexion par empreinte digitale ou par reconnaissance faciale dans l'application mobile, vos données biométriques restent enregistrées dans votre téléphone et ne sont jamais transmises à la banque : l'application reçoit seulement de votre téléphone la confirmation que la vérification a réussi. Vous pouvez désactiver cette fonction à tout moment dans les paramètres de l'application.\n\n## 6. Qui peut accéder à vos données ?"),
              ("## 6. Transferts hors", "## 7. Transferts hors"),
              ("## 7. Combien de temps", "## 8. Combien de temps"),
              ("## 8. Comment protégeons", "## 9. Comment protégeons"),
              ("## 9. Quels sont vos droits", "## 10. Quels sont vos droits"),
              ("## 10. Modification de la présente", "## 11. Modification de la présente")]},
    {"note": "DPO e-mail changed to protection-donnees@ (silent, date not bumped)", "bump": False,
     "repl": [("[dpo@banque-alpesrhone.fr](mailto:dpo@banque-alpesrhone.fr)",
               "[protection-donnees@banque-alpesrhone.fr](mailto:protection-donnees@banque-alpesrhone.fr)")]},
    {"note": "retention: quality call recordings 6 months -> 1 year; new row for online-banking connection logs",
     "repl": [("| Enregistrements téléphoniques à des fins de qualité | 6 mois |",
               "| Enregistrements téléphoniques à des fins de qualité | 1 an |\n| Journaux de connexion à la banque en ligne | 1 an |")]},
    {"note": "transfers: Data Privacy Framework sentence for US processors added",
     "repl": [("Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.",
               "Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne ou, pour les prestataires établis aux États-Unis et certifiés au titre du Data Privacy Framework, par la décision d'adéquation de la Commission européenne du 10 juillet 2023.")]},
    {"note": "legal obligations: new bullet for payee verification on transfers (Regulation (EU) 2024/886)",
     "repl": [("- évaluer l'adéquation des services d'investissement à votre profil ;",
               "- évaluer l'adéquation des services d'investissement à votre profil ;\n- vérifier la concordance entre le nom et l'IBAN du bénéficiaire avant l'exécution d'un virement (règlement (UE) 2024/886) ;")]},
]

FRAUD = [
    "Attention aux tentatives de fraude : un faux conseiller peut usurper le numéro de votre agence. La banque ne vous demandera jamais de valider une opération par téléphone.",
    "Attention aux tentatives de fraude : des SMS frauduleux vous invitent à mettre à jour votre carte Vitale ou votre compte. Ne cliquez pas sur les liens.",
    "Attention aux tentatives de fraude par courrier électronique se faisant passer pour la Banque Alpes Rhône. Ne communiquez jamais vos codes.",
]
AGENCIES = [("Grenoble Victor Hugo", "38000"), ("Lyon Part-Dieu", "69003"), ("Annecy Bonlieu", "74000"),
            ("Chambéry Centre", "73000"), ("Valence Championnet", "26000")]


def livret_a(when):
    d = when.date()
    for since, rate in [(dt.date(2025, 8, 1), "1,7 %"), (dt.date(2025, 2, 1), "2,4 %"), (dt.date(2023, 2, 1), "3 %"),
                        (dt.date(2022, 8, 1), "2 %"), (dt.date(2022, 2, 1), "1 %")]:
        if d >= since:
            return rate
    return "0,5 %"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["auth"] = (C.alnum(rng, 8), C.alnum(rng, 12))
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.3, lambda: ("%d" % (C.epoch(when) * 1000 - rng.randint(10 ** 6, 10 ** 9)),
                                                                    "%d" % rng.randint(1, 9)))
    s["fraud"] = C.keep_or(rng, prev.get("fraud"), 0.4, lambda: rng.choice([None, None, 0, 1, 2]))
    s["agency"] = (C.keep_or(rng, prev.get("agency", (None,))[0], 0.5, lambda: rng.randrange(len(AGENCIES))), when.weekday())
    s["rates"] = livret_a(when)
    s["tc"] = C.keep_or(rng, prev.get("tc"), 0.25, lambda: "%d" % rng.randint(8, 31))
    return s


LABELS = {
    "auth": "Liferay.authToken / p_auth per visit",
    "deploy": "combo servlet timestamps and theme version (deploy)",
    "fraud": "'Attention aux tentatives de fraude' alert web content (comes and goes, text changes)",
    "agency": "'Prendre rendez-vous' agency box (geolocated agency, today's opening hours)",
    "rates": "Livret A rate in the savings teaser",
    "tc": "TrustCommander privacy container version",
}

PID = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"


def portlet(inst, inner, title, asset):
    return ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-barebone portlet-journal-content" id="p_p_id_%s%s_">'
            '<span id="p_%s%s"></span><section class="portlet" id="portlet_%s%s"><div class="portlet-content">'
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">%s</h2></div></div>'
            '<div class=" portlet-content-container"><div class="portlet-body">'
            '<div class="journal-content-article" data-analytics-asset-id="%s" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">%s</div>'
            '</div></div></div></section></div>' % (PID, inst, PID, inst, PID, inst, title, asset, title, inner))


def render(s, blocks, when):
    tok, pauth = s["auth"]
    ts, themev = s["deploy"]
    art = '<div class="bar-legal">%s</div>' % C.blocks_html(blocks)
    top = ""
    if s["fraud"] is not None:
        top = portlet("aL3rTfR4uD9x", '<div class="alert alert-warning bar-alert" role="alert"><strong>%s</strong> '
                      '<a href="/particuliers/securite/fraudes">En savoir plus</a></div>' % FRAUD[s["fraud"]],
                      "Alerte fraude", "91544")
    ag, wd = s["agency"]
    hours = "Fermée aujourd'hui" if wd in (0, 6) else ("Ouverte aujourd'hui de 9h à 12h30" if wd == 5 else "Ouverte aujourd'hui de 9h à 12h30 et de 13h45 à 18h")
    rdv = ('<div class="portlet-boundary portlet-boundary_bar_agency_finder_web_AgencyFinderPortlet_" id="p_p_id_bar_agency_finder_web_AgencyFinderPortlet_">'
           '<section class="portlet"><div class="portlet-content"><div class="bar-rdv card">'
           '<h2 class="card-title">Prendre rendez-vous</h2><p>Votre agence la plus proche : <strong>%s</strong> (%s)<br>%s</p>'
           '<a class="btn btn-primary" href="/particuliers/rendez-vous?p_auth=%s">Prendre rendez-vous en ligne</a>'
           '<a class="btn btn-secondary" href="/agences">Trouver une autre agence</a></div></div></section></div>'
           % (AGENCIES[ag][0], AGENCIES[ag][1], hours, pauth))
    teaser = ('<div class="bar-teaser card"><p class="card-title">Épargne</p><p>Livret A : <strong>%s</strong> net par an</p>'
              '<a href="/particuliers/epargne/livret-a">Ouvrir un Livret A</a></div>' % s["rates"])
    crumbs = ('<nav aria-label="Fil d\'Ariane" id="breadcrumbs"><ol class="breadcrumb">'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/particuliers"><span class="breadcrumb-text-truncate">Particuliers</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/particuliers/informations-legales"><span class="breadcrumb-text-truncate">Informations légales</span></a></li>'
              '<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">Protection des données</span></li></ol></nav>')
    header = ('<header id="banner" role="banner"><div class="bar-topbar"><ul><li class="active"><a href="/particuliers">Particuliers</a></li>'
              '<li><a href="/professionnels">Professionnels</a></li><li><a href="/entreprises">Entreprises</a></li><li><a href="/banque-privee">Banque privée</a></li></ul>'
              '<a href="/agences" class="bar-topbar__agences">Nos agences</a></div>'
              '<div class="bar-navbar"><a class="logo custom-logo" href="/particuliers" title="Aller à Banque Alpes Rhône"><img alt="Banque Alpes Rhône" height="48" src="/image/layout_set_logo?img_id=40211&amp;t=%s" width="180"></a>'
              '<nav id="navigation" role="navigation"><ul aria-label="Pages du site" role="menubar"><li><a href="/particuliers/comptes-cartes">Comptes et cartes</a></li>'
              '<li><a href="/particuliers/epargne">Épargne et placements</a></li><li><a href="/particuliers/credits">Crédits</a></li>'
              '<li><a href="/particuliers/assurances">Assurances</a></li></ul></nav>'
              '<a class="btn btn-primary bar-acces" href="https://clients.banque-alpesrhone.fr/connexion">Accès clients</a>'
              '<a class="btn btn-outline-primary" href="/particuliers/devenir-client">Devenir client</a></div></header>' % ts)
    footer = ('<footer id="footer" role="contentinfo"><div class="bar-footer"><ul><li><a href="/particuliers/informations-legales/mentions-legales">Mentions légales</a></li>'
              '<li><a href="/particuliers/protection-des-donnees">Protection des données</a></li><li><a href="/particuliers/cookies">Cookies</a></li>'
              '<li><a href="javascript:tC.privacyCenter.showPrivacyCenter();">Paramétrer les cookies</a></li><li><a href="/particuliers/tarifs">Tarifs</a></li>'
              '<li><a href="/particuliers/reclamations">Réclamations et médiation</a></li></ul>'
              '<p>Banque Alpes Rhône – SA à directoire et conseil de surveillance – RCS Grenoble 057 502 816</p></div></footer>')
    return ('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="fr-FR">\n\n<head>\n<title>Protection des données - Banque Alpes Rhône</title>\n'
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
            '<link href="%s" rel="canonical" />\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="https://www.banque-alpesrhone.fr/o/bar-theme/css/main.css?browserId=other&amp;themeId=bartheme_WAR_bartheme&amp;languageId=fr_FR&amp;t=%s" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n'
            '<script data-senna-track="temporary" type="text/javascript">// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.authToken = \'%s\';\n'
            'Liferay.currentURL = \'\\x2fparticuliers\\x2fprotection-des-donnees\';\nLiferay.currentURLEncoded = \'\\x252Fparticuliers\\x252Fprotection-des-donnees\';\n'
            'Liferay.ThemeDisplay = {getLayoutId: function() {return \'87\';}, getPlid: function() {return \'40377\';}, getLanguageId: function() {return \'fr_FR\';}, getPathThemeImages: function() {return \'https://www.banque-alpesrhone.fr/o/bar-theme/images\';}};\n// ]]>\n</script>\n'
            '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=fr_FR&amp;t=%s&amp;/o/frontend-js-web/__liferay__/index.js" type="text/javascript"></script>\n'
            '<script src="//cdn.tagcommander.com/privacy/4127/privacy_v2_%s.js" async></script>\n'
            '</head>\n\n<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">\n'
            '<nav aria-label="Liens rapides" class="bg-dark cadmin quick-access-nav text-center text-white" id="cfbo_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Aller au contenu principal</a></nav>\n'
            '<div class="d-flex flex-column min-vh-100 bar-theme-%s">\n%s\n<section id="content">\n%s\n'
            '<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row">'
            '<div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">%s</div></div></div>'
            '<div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-2">%s</div></div>'
            '<div class="col-md-4 portlet-column portlet-column-last" id="column-3"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">%s%s</div></div></div></div>\n'
            '</section>\n%s\n</div>\n'
            '<script type="text/javascript">// <![CDATA[\nLiferay.Portlet.register(\'%sbp3Xm7QdLk2a\');Liferay.on(\'allPortletsReady\', function(){});\n// ]]>\n</script>\n'
            '</body>\n\n</html>\n'
            % (URL, ts, tok, ts, s["tc"], themev, header, crumbs, top,
               portlet("bp3Xm7QdLk2a", art, "Politique de protection des données", "48213"), rdv, teaser, footer, PID))


PAGE = {
    "service": "Banque Alpes Rhône", "url": URL, "lang": "fr-FR", "platform": "Liferay DXP",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#column-2 .journal-content-article"]},
}
