"""Onde Télécom - fr-FR - Adobe Experience Manager (Core Components, aem-Grid), Didomi, iAdvize-like chat launcher,
Akamai bot-manager pixel per request. The curators select the legal layout container; the "Cette page vous a-t-elle
été utile ?" box is authored inside that container and removed by the declaration."""
import datetime as dt
import json
import common as C

URL = "https://www.onde.fr/informations-legales/charte-donnees-personnelles"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Charte de protection des données personnelles

Version en vigueur au {UPDATED}

Chez Onde, la confiance de nos clients est essentielle. Cette charte vous explique, aussi simplement que possible, comment Onde Télécom collecte et utilise vos données personnelles lorsque vous souscrivez une offre mobile, box ou fibre, lorsque vous utilisez nos services et lorsque vous naviguez sur nos sites et applications.

Elle s'applique à l'ensemble de nos clients, prospects et utilisateurs des offres Onde et Onde Pro, ainsi qu'aux personnes qui contactent notre service client. Les traitements propres à certains services (Onde TV, Onde Cloud, assurance mobile) font l'objet de mentions complémentaires disponibles dans les conditions particulières de ces services.

## 1. Qui est responsable du traitement de vos données ?

Le responsable de traitement est la société Onde Télécom SAS, au capital de 412 000 000 euros, immatriculée au RCS de Nanterre sous le numéro 512 864 093, dont le siège social est situé 40 quai du Point du Jour, 92100 Boulogne-Billancourt.

Onde Télécom a désigné un délégué à la protection des données (DPO), que vous pouvez contacter pour toute question relative à vos données :

@ Onde Télécom – Délégué à la protection des données
@ 40 quai du Point du Jour
@ 92100 Boulogne-Billancourt
@ [dpo@onde-telecom.fr](mailto:dpo@onde-telecom.fr)

## 2. Quelles données collectons-nous ?

Selon les services que vous utilisez, nous traitons les catégories de données suivantes :

- **données d'identification** : civilité, nom, prénom, date et lieu de naissance, pièce d'identité, adresses postale et électronique, numéro de téléphone ;
- **données contractuelles et de facturation** : offres souscrites, options, équipements loués ou achetés, coordonnées bancaires (IBAN), historique des paiements et, le cas échéant, des impayés ;
- **données de trafic et de localisation** : numéros appelés et appelants, date, heure et durée des communications, volume de données consommé, antenne relais à laquelle votre terminal est rattaché ;
- **données techniques** : identifiants de la carte SIM (ICCID, IMSI), identifiant du terminal (IMEI), adresse IP, numéro de série de la box et état de la ligne ;
- **données relatives à nos échanges** : appels au service client (qui peuvent être enregistrés, après information préalable), conversations par chat, courriers et réclamations ;
- **données de navigation** : cookies et autres traceurs déposés sur nos sites et applications, dans les conditions décrites dans notre [politique cookies](/informations-legales/cookies).

Nous ne collectons pas le contenu de vos communications (conversations, SMS, courriers électroniques), qui est protégé par le secret des correspondances.

## 3. Pour quelles finalités et sur quelles bases légales ?

| Finalité | Base légale |
| Gestion de votre souscription, de votre ligne et de la facturation | Exécution du contrat |
| Acheminement des communications et gestion du réseau | Exécution du contrat et obligations légales |
| Service client, traitement des réclamations et recouvrement | Exécution du contrat |
| Prévention de la fraude et des impayés | Intérêt légitime |
| Réponse aux réquisitions judiciaires et conservation des données de connexion | Obligation légale (article L. 34-1 du Code des postes et des communications électroniques) |
| Prospection commerciale par courrier et par téléphone | Intérêt légitime |
| Prospection commerciale par SMS et courrier électronique | Consentement |
| Mesure d'audience et personnalisation de nos sites | Consentement ou intérêt légitime selon les traceurs |
| Études statistiques anonymisées sur l'usage du réseau | Intérêt légitime |

Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment depuis votre Espace client, rubrique « Mes préférences », sans que cela ne remette en cause la licéité des traitements effectués auparavant.

## 4. Combien de temps conservons-nous vos données ?

Nous conservons vos données uniquement pendant la durée nécessaire aux finalités poursuivies, augmentée des délais de prescription légaux :

- les données contractuelles sont conservées pendant toute la durée du contrat, puis 5 ans à compter de sa résiliation ;
- les factures et pièces comptables sont conservées 10 ans à compter de la clôture de l'exercice, conformément à l'article L. 123-22 du Code de commerce ;
- les données de trafic sont conservées 1 an à des fins de facturation et de réponse aux réquisitions des autorités ;
- les enregistrements des appels au service client sont conservés 6 mois ;
- les données des prospects sont conservées 3 ans à compter du dernier contact émanant de leur part.

## 5. Qui sont les destinataires de vos données ?

Vos données sont destinées aux services internes d'Onde Télécom habilités à les traiter. Elles peuvent être communiquées :

- à nos sous-traitants (centres de relation client, prestataires informatiques, techniciens d'installation, transporteurs), qui agissent sur nos instructions et sont tenus par un engagement de confidentialité ;
- aux autres opérateurs, pour l'acheminement des communications et la portabilité de votre numéro ;
- aux établissements bancaires et aux sociétés de recouvrement ;
- aux autorités administratives et judiciaires, dans les cas prévus par la loi.

Nous ne vendons pas vos données personnelles.

## 6. Vos données sont-elles transférées hors de l'Union européenne ?

Certains de nos sous-traitants, notamment pour le service client et la maintenance informatique, sont situés hors de l'Union européenne (Maroc, Tunisie, Maurice). Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées le cas échéant par des mesures de sécurité supplémentaires.

Vous pouvez obtenir une copie de ces garanties en écrivant à notre délégué à la protection des données.

## 7. Comment protégeons-nous vos données ?

Onde Télécom met en œuvre des mesures techniques et organisationnelles adaptées à la sensibilité des données : chiffrement des données les plus sensibles, gestion stricte des habilitations, journalisation des accès, tests d'intrusion et audits réguliers de nos prestataires.

En cas de violation de données susceptible d'engendrer un risque élevé pour vos droits et libertés, nous vous en informerons dans les meilleurs délais, conformément à l'article 34 du RGPD.

## 8. Quels sont vos droits ?

Conformément au règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, vous disposez :

- d'un droit d'accès, de rectification et d'effacement de vos données ;
- d'un droit à la limitation du traitement et d'un droit à la portabilité ;
- d'un droit d'opposition, notamment à la prospection commerciale ;
- du droit de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exercer ces droits depuis votre Espace client, ou par courrier à l'adresse du délégué à la protection des données indiquée ci-dessus, en joignant un justificatif d'identité si nous avons un doute raisonnable sur votre identité. Nous vous répondrons dans un délai d'un mois, qui peut être prolongé de deux mois compte tenu de la complexité de la demande.

Vous pouvez également vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique [Bloctel](https://www.bloctel.gouv.fr).

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, 75007 Paris, ou sur [www.cnil.fr](https://www.cnil.fr).

## 9. Annuaires universels

Vos coordonnées ne figurent dans les annuaires universels et services de renseignements que si vous en avez fait la demande. Vous pouvez à tout moment modifier votre choix (parution, inscription sur la liste anti-prospection, opposition à la recherche inversée) depuis votre Espace client.

## 10. Évolution de la charte

Nous pouvons être amenés à faire évoluer cette charte, notamment pour tenir compte des évolutions légales ou de nos services. La date de la version en vigueur figure en tête de page. En cas de modification substantielle, nous vous en informerons par courrier électronique ou par un message dans votre Espace client.
"""

EDITS = [
    {"note": "purposes table: new row for SIM-swap fraud prevention / identity check on SIM change",
     "repl": [("| Prévention de la fraude et des impayés | Intérêt légitime |",
               "| Prévention de la fraude et des impayés | Intérêt légitime |\n| Lutte contre la fraude au changement de carte SIM et vérification de votre identité lors d'une demande de nouvelle carte SIM ou d'eSIM | Intérêt légitime et obligation légale |")]},
    {"note": "DPO postal address moved to a TSA mailbox in Saint-Denis (silent, date not bumped)", "bump": False,
     "repl": [("@ 40 quai du Point du Jour\n@ 92100 Boulogne-Billancourt\n@ [dpo",
               "@ Service Protection des données – TSA 41217\n@ 93212 Saint-Denis Cedex\n@ [dpo")]},
    {"note": "transfers: US added and Data Privacy Framework adequacy decision (10 July 2023) paragraph",
     "repl": [("(Maroc, Tunisie, Maurice). Ces transferts", "(Maroc, Tunisie, Maurice, États-Unis). Ces transferts"),
              ("Vous pouvez obtenir une copie de ces garanties",
               "Lorsque des données sont transférées à des sociétés établies aux États-Unis et certifiées au titre du cadre de protection des données UE–États-Unis (« Data Privacy Framework »), ces transferts reposent sur la décision d'adéquation adoptée par la Commission européenne le 10 juillet 2023.\n\nVous pouvez obtenir une copie de ces garanties")]},
    {"note": "retention: call recordings 6 months -> 1 month (6 months when used for adviser training)",
     "repl": [("- les enregistrements des appels au service client sont conservés 6 mois ;",
               "- les enregistrements des appels au service client sont conservés 1 mois, ou 6 mois lorsqu'ils sont utilisés pour la formation de nos conseillers ;")]},
    {"note": "CNIL postal address completed (TSA 80715, 75334 Paris Cedex 07), silent", "bump": False,
     "repl": [("3 place de Fontenoy, 75007 Paris, ou sur", "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou sur")]},
    {"note": "new section 9 on AI in customer service (call transcription and analysis, opposition); 9-10 renumbered",
     "repl": [("## 9. Annuaires universels",
               "## 9. Intelligence artificielle et service client\n\nPour améliorer la qualité de nos réponses, certains appels et conversations avec notre service client peuvent être transcrits et analysés par des outils d'intelligence artificielle, afin de résumer votre demande pour le conseiller, d'identifier les motifs de contact les plus fréquents et de détecter les insatisfactions. Ce traitement repose sur notre intérêt légitime.\n\nCes outils ne prennent aucune décision produisant des effets juridiques à votre égard : un conseiller reste toujours en charge de votre demande. Les transcriptions sont conservées 1 mois. Vous pouvez vous opposer à ce traitement en le précisant en début d'appel ou depuis votre Espace client.\n\n## 10. Annuaires universels"),
              ("## 10. Évolution de la charte", "## 11. Évolution de la charte")]},
]

PROMOS = [("Fibre jusqu'à 8 Gb/s : 24,99 €/mois pendant 12 mois", "/offres/box-fibre"),
          ("Forfait 5G 150 Go à 11,99 €/mois sans engagement", "/offres/forfaits-mobile"),
          ("iPhone à partir de 1 € avec un forfait 5G", "/telephones"),
          ("Black Friday : jusqu'à 200 € remboursés sur les smartphones", "/bons-plans"),
          ("Offre Famille : -5 €/mois par ligne supplémentaire", "/offres/famille")]
ALERTS = [None, None, None,
          "Incident réseau en cours dans les Bouches-du-Rhône : nos équipes sont mobilisées pour rétablir le service.",
          "Opération de maintenance sur votre Espace client dans la nuit de mardi à mercredi entre 0h et 4h."]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["akamai"] = (C.hexs(rng, 8), C.b64tok(rng, 24))
    s["clientlibs"] = C.keep_or(rng, prev.get("clientlibs"), 0.35, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    s["modify"] = C.keep_or(rng, prev.get("modify"), 0.4,
                            lambda: C.iso(when - dt.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 900))))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5,
                           lambda: 3 if when.month == 11 else rng.choice([0, 1, 2, 4]))
    s["alert"] = rng.choice(range(len(ALERTS))) if rng.random() < 0.3 else 0
    s["chat"] = "on" if 8 <= (when.hour + 1) % 24 < 21 else "off"
    s["didomi"] = C.keep_or(rng, prev.get("didomi"), 0.2, lambda: (C.alnum(rng, 8), "%d" % rng.randint(40, 60)))
    return s


LABELS = {
    "akamai": "Akamai bot-manager pixel path and per-request token",
    "clientlibs": "AEM clientlib fingerprints (deploy)",
    "modify": "page-level repo:modifyDate in the Core Components data layer (republish)",
    "promo": "mega-menu promotion slot",
    "alert": "network-incident / maintenance alert strip",
    "chat": "chat launcher availability (opening hours)",
    "didomi": "Didomi notice id and SDK version",
}


def _text_cmp(blocks, cid):
    return ('<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-%s" class="cmp-text" '
            'data-cmp-data-layer=\'{"text-%s":{"@type":"onde/components/text","xdm:text":""}}\'>%s</div></div>'
            % (cid, cid, C.blocks_html(blocks, sep="")))


def render(s, blocks, when):
    px, tok = s["akamai"]
    css, js = s["clientlibs"]
    nid, dver = s["didomi"]
    head, secs = C.split_sections(blocks[1:])
    parts = ['<div class="title aem-GridColumn aem-GridColumn--default--12"><div id="title-3b8c1f0e2a" class="cmp-title">'
             '<h1 class="cmp-title__text">%s</h1></div></div>' % C.inline_html(blocks[0][1]), _text_cmp(head, "7d2e90a4c1")]
    for n, (t, bl) in enumerate(secs):
        cid = C.det_sha("onde-sec", t)[:10]
        parts.append('<div class="title cmp-title--section aem-GridColumn aem-GridColumn--default--12">'
                     '<div id="title-%s" class="cmp-title"><h2 class="cmp-title__text">%s</h2></div></div>'
                     % (cid, C.inline_html(t)))
        parts.append(_text_cmp(bl, C.det_sha("onde-txt", t)[:10]))
    feedback = ('<div class="feedback aem-GridColumn aem-GridColumn--default--12"><div class="cmp-feedback" data-component="feedback">'
                '<p class="cmp-feedback__question">Cette page vous a-t-elle été utile ?</p>'
                '<div class="cmp-feedback__answers"><button class="cmp-button cmp-feedback__yes" type="button">Oui</button>'
                '<button class="cmp-button cmp-feedback__no" type="button">Non</button></div>'
                '<p class="cmp-feedback__thanks" hidden>Merci pour votre réponse !</p></div></div>')
    container = ('<div class="container responsivegrid cmp-container--legal aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8 aem-GridColumn--offset--default--0">'
                 '<div id="container-legal-91a7" class="cmp-container"><div class="aem-Grid aem-Grid--8 aem-Grid--default--8">%s%s</div></div></div>'
                 % ("".join(parts), feedback))
    toc = "".join('<li class="cmp-toc__item"><a href="#title-%s">%s</a></li>' % (C.det_sha("onde-sec", t)[:10], C.inline_html(t))
                  for t, _ in secs)
    aside = ('<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container cmp-container--sticky">'
             '<nav class="cmp-toc" aria-label="Sommaire"><p class="cmp-toc__title">Sommaire</p><ul>%s</ul></nav>'
             '<div class="cmp-teaser cmp-teaser--help"><p class="cmp-teaser__title">Une question sur vos données ?</p>'
             '<a class="cmp-teaser__action-link" href="/assistance/donnees-personnelles">Consulter l\'aide</a></div></div></div>' % toc)
    promo = PROMOS[s["promo"]]
    menu = ('<nav class="cmp-navigation cmp-navigation--mega" aria-label="Menu principal"><ul class="cmp-navigation__group">'
            '<li class="cmp-navigation__item"><a href="/offres/forfaits-mobile">Forfaits mobile</a><div class="mega"><ul>'
            '<li><a href="/offres/forfaits-mobile/5g">Forfaits 5G</a></li><li><a href="/offres/forfaits-mobile/petits-prix">Petits prix</a></li>'
            '<li><a href="/offres/forfaits-mobile/sim-seule">Carte SIM seule</a></li><li><a href="/esim">eSIM</a></li></ul></div></li>'
            '<li class="cmp-navigation__item"><a href="/offres/box-fibre">Box internet</a><div class="mega"><ul>'
            '<li><a href="/offres/box-fibre">Box fibre</a></li><li><a href="/offres/box-4g">Box 4G / 5G</a></li><li><a href="/eligibilite">Tester mon éligibilité</a></li></ul></div></li>'
            '<li class="cmp-navigation__item"><a href="/telephones">Téléphones</a></li>'
            '<li class="cmp-navigation__item"><a href="/bons-plans">Bons plans</a></li>'
            '<li class="cmp-navigation__item"><a href="/assistance">Assistance</a></li></ul>'
            '<div class="mega-promo"><a href="%s">%s</a></div></nav>' % (promo[1], promo[0]))
    alert = ALERTS[s["alert"]]
    alert_html = ('<div class="cmp-alert cmp-alert--warning" role="status"><p>%s</p><a href="/assistance/etat-du-reseau">Voir l\'état du réseau</a></div>'
                  % alert) if alert else ""
    header = ('<header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header">'
              '<div class="header-top"><ul><li><a href="/" class="is-active">Particuliers</a></li><li><a href="/pro">Professionnels</a></li>'
              '<li><a href="/boutiques">Boutiques</a></li></ul></div>'
              '<div class="header-main"><a class="logo" href="/"><img src="/content/dam/onde/logos/onde-logo.svg" alt="Onde"></a>%s'
              '<a class="btn-espace-client" href="https://espace-client.onde.fr/">Espace client</a>'
              '<a class="btn-panier" href="/panier" aria-label="Panier">Panier</a></div></div></header>%s' % (menu, alert_html))
    crumbs = ('<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Fil d\'Ariane"><ol class="cmp-breadcrumb__list">'
              '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/">Accueil</a></li>'
              '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/informations-legales">Informations légales</a></li>'
              '<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Charte de protection des données personnelles</li></ol></nav></div>')
    if s["chat"] == "on":
        chat = ('<div id="idz_launcher" class="chat-launcher chat-launcher--online"><button type="button" aria-label="Discuter avec un conseiller">'
                'Besoin d\'aide ? <strong>Nos conseillers sont disponibles</strong></button></div>')
    else:
        chat = ('<div id="idz_launcher" class="chat-launcher chat-launcher--offline"><button type="button" aria-label="Assistant Onde">'
                'Besoin d\'aide ? <strong>Posez votre question à notre assistant</strong> (conseillers disponibles de 8h à 21h)</button></div>')
    footer = ('<footer class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer">'
              '<div class="footer-links"><ul><li><a href="/informations-legales/mentions-legales">Mentions légales</a></li>'
              '<li><a href="/informations-legales/charte-donnees-personnelles">Données personnelles</a></li>'
              '<li><a href="/informations-legales/cookies">Cookies</a></li><li><a href="javascript:Didomi.preferences.show()">Gérer mes cookies</a></li>'
              '<li><a href="/informations-legales/conditions-generales">Conditions générales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li></ul>'
              '<p>&copy; Onde Télécom %d</p></div></div></footer>' % when.year)
    layer = {"page-5c0e2b7a91": {"@type": "onde/components/page", "repo:modifyDate": s["modify"],
                                 "dc:title": "Charte de protection des données personnelles", "xdm:template": "/conf/onde/settings/wcm/templates/legal-page",
                                 "xdm:language": "fr-FR"}}
    return ('<!DOCTYPE HTML>\n<html lang="fr-FR">\n<head>\n<meta charset="UTF-8"/>\n'
            '<title>Charte de protection des données personnelles | Onde</title>\n'
            '<meta name="template" content="legal-page"/>\n<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            '<link rel="canonical" href="%s"/>\n'
            '<link rel="stylesheet" href="/etc.clientlibs/onde/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">\n'
            '<script type="text/javascript">window.gdprAppliesGlobally=true;window.didomiConfig={"app":{"apiKey":"8f1b3c62-7d4e-4a0f-9b21-5e6c7d8a9b01"},"notice":{"id":"%s"},"sdkVersion":"1.%s"};</script>\n'
            '<script src="https://sdk.privacy-center.org/8f1b3c62-7d4e-4a0f-9b21-5e6c7d8a9b01/loader.js?target=www.onde.fr" async></script>\n'
            '<script src="https://assets.adobedtm.com/3c1e2f9a8b7d/5e4a2b1c9d0f/launch-ENa1b2c3d4e5f6.min.js" async></script>\n'
            '</head>\n<body class="page basicpage" id="page-5c0e2b7a91" data-cmp-data-layer-enabled data-cmp-data-layer=\'%s\'>\n'
            '<div class="root container responsivegrid"><div id="container-root" class="cmp-container">\n%s\n%s\n'
            '<main id="main-content" class="container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">\n%s\n%s\n</div></div></main>\n'
            '%s\n</div></div>\n%s\n'
            '<script type="text/javascript" src="/etc.clientlibs/onde/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>\n'
            '<script type="text/javascript" src="/akam/13/%s" defer></script><noscript><img src="https://www.onde.fr/akam/13/pixel_%s?a=%s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>\n'
            '</body>\n</html>\n'
            % (URL, css, nid, dver, json.dumps(layer, ensure_ascii=False), header, crumbs, container, aside, footer, chat,
               js, px, px, tok))


PAGE = {
    "service": "Onde Télécom", "url": URL, "lang": "fr-FR", "platform": "Adobe Experience Manager",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".cmp-container--legal"], "remove": [".cmp-feedback"]},
}
