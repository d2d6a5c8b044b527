"""Énoncé de confidentialité - Subvention canadienne pour les aidants naturels (EDSC) - fr-CA - Canada.ca (AEM, GCWeb/WET).

Harder features: "Date de modification" (dcterms.modified and the #wb-dtmd line) is set by AEM at every republish,
with or without text change; service alerts (Canada Post strikes, planned outages of Mon dossier Service Canada)
are placed by the web team inside <main>, right under the h1. The page-feedback box changes from "Signaler un
problème ou une erreur sur cette page" to the 2023 "Avez-vous trouvé ce que vous cherchiez?" widget. The notice
has no date of its own."""
import datetime as dt
import html
import common as C

URL = "https://www.canada.ca/fr/emploi-developpement-social/programmes/aidants-naturels/enonce-confidentialite.html"
EN = "https://www.canada.ca/en/employment-social-development/programs/caregivers/privacy-notice.html"


def fmt_date(d):
    return d.isoformat()


POLICY = """
# Énoncé de confidentialité : Subvention canadienne pour les aidants naturels

Emploi et Développement social Canada (EDSC) s'engage à protéger les renseignements personnels que vous lui confiez. Le présent énoncé explique comment vos renseignements sont recueillis, utilisés, communiqués et conservés lorsque vous présentez une demande de Subvention canadienne pour les aidants naturels, en ligne, par la poste ou dans un Centre Service Canada.

## Autorité de collecte

Les renseignements personnels que vous fournissez sont recueillis en vertu de la Loi sur le ministère de l'Emploi et du Développement social et des modalités du programme approuvées par le Conseil du Trésor. Ils sont protégés, utilisés et communiqués conformément à la Loi sur la protection des renseignements personnels et à la partie 4 de la Loi sur le ministère de l'Emploi et du Développement social.

## Renseignements que nous recueillons

Pour traiter votre demande, nous recueillons :

- vos nom, date de naissance, adresse, numéro de téléphone et adresse courriel;
- votre numéro d'assurance sociale (NAS);
- le nom et la date de naissance de la personne à qui vous fournissez des soins, ainsi que la nature de votre lien avec elle;
- une attestation d'un professionnel de la santé confirmant que cette personne a besoin de soins;
- vos renseignements bancaires pour le dépôt direct.

La participation est volontaire. Toutefois, si vous refusez de fournir les renseignements demandés, nous ne pourrons pas traiter votre demande.

## Utilisation de vos renseignements

Vos renseignements sont utilisés pour établir votre admissibilité, calculer et verser la subvention, communiquer avec vous au sujet de votre dossier et traiter les demandes de révision. Ils peuvent aussi être utilisés pour prévenir et détecter la fraude ou les paiements en trop, ainsi que pour la production de rapports, l'évaluation des politiques et la recherche. Dans ce dernier cas, les renseignements sont dépersonnalisés dans toute la mesure du possible.

## Numéro d'assurance sociale

Votre NAS est recueilli en vertu du paragraphe 28.1(1) de la Loi sur l'assurance-emploi et de la politique du gouvernement du Canada sur le numéro d'assurance sociale. Il sert à vous identifier de façon exacte et à éviter qu'une même personne reçoive la subvention plus d'une fois.

## Communication de vos renseignements

Vos renseignements personnels peuvent être communiqués sans votre consentement dans les cas prévus au paragraphe 8(2) de la Loi sur la protection des renseignements personnels et à la partie 4 de la Loi sur le ministère de l'Emploi et du Développement social, notamment :

- à l'Agence du revenu du Canada, pour l'application de la Loi de l'impôt sur le revenu, puisque la subvention est un revenu imposable;
- à Services publics et Approvisionnement Canada, qui émet les paiements au nom du Ministère;
- aux gouvernements provinciaux et territoriaux, en vertu d'ententes d'échange de renseignements, afin d'éviter le double versement d'une aide semblable.

Vos renseignements ne seront pas communiqués à d'autres fins sans votre consentement.

## Services en ligne et Mon dossier Service Canada

Si vous présentez votre demande en ligne, vous devez vous connecter à Mon dossier Service Canada au moyen d'une CléGC ou d'un partenaire de connexion. Lorsque vous utilisez un partenaire de connexion, votre institution financière ne sait pas quel service gouvernemental vous utilisez, et le gouvernement du Canada ne reçoit aucun de vos renseignements bancaires.

## Témoins et analyse Web

Les pages Canada.ca utilisent des témoins (cookies) et Adobe Analytics pour mesurer la fréquentation et améliorer les services en ligne. Les adresses IP sont tronquées avant d'être enregistrées, et aucun renseignement permettant de vous identifier n'est utilisé à ces fins. Vous pouvez refuser les témoins dans les paramètres de votre navigateur; certains services en ligne pourraient alors ne pas fonctionner correctement. Pour en savoir plus, consultez l'[avis de confidentialité de Canada.ca](https://www.canada.ca/fr/transparence/confidentialite.html).

## Communications par courriel et par téléphone

Si vous communiquez avec nous par courriel, sachez que ce moyen n'est pas entièrement sécurisé. N'envoyez pas votre NAS ni vos renseignements bancaires par courriel. Les appels au Centre d'appels peuvent être enregistrés à des fins de contrôle de la qualité et de formation; les enregistrements sont conservés pendant 90 jours.

## Conservation des renseignements

Les renseignements utilisés pour prendre une décision vous concernant sont conservés pendant au moins deux ans après la dernière mesure administrative, comme l'exige le Règlement sur la protection des renseignements personnels. Les dossiers de demande sont ensuite conservés pendant six ans après le dernier paiement, puis détruits conformément aux autorisations de disposition de Bibliothèque et Archives Canada.

## Vos droits

Vous avez le droit d'accéder à vos renseignements personnels et de demander qu'ils soient corrigés. Pour présenter une demande, communiquez avec la Direction de l'accès à l'information et de la protection des renseignements personnels d'EDSC ou utilisez le [Service de demande d'AIPRP en ligne](https://atip-aiprp.apps.gc.ca/atip/welcome.do).

Vos renseignements sont décrits dans le fichier de renseignements personnels EDSC PPU 390, Subventions et contributions aux particuliers, que vous pouvez consulter dans [Info Source](https://www.canada.ca/fr/emploi-developpement-social/ministere/acces-information/info-source.html).

Si vous demandez une correction et que celle-ci est refusée, vous pouvez exiger qu'une mention de la correction demandée soit annexée à vos renseignements.

## Plaintes

Si vous n'êtes pas satisfait de la façon dont EDSC a traité vos renseignements personnels, vous avez le droit de déposer une plainte auprès du [Commissariat à la protection de la vie privée du Canada](https://www.priv.gc.ca/fr/).

## Pour nous joindre

Pour toute question au sujet du présent énoncé, écrivez au coordonnateur de l'AIPRP :

@ Direction de l'accès à l'information et de la protection des renseignements personnels
@ Emploi et Développement social Canada
@ 140, promenade du Portage, Phase IV, 10e étage
@ Gatineau (Québec)  K1A 0J9
"""

EDITS = [
    {"note": "'Services en ligne' section: Interac Sign-In Service named; new paragraph on multi-factor authentication",
     "repl": [("au moyen d'une CléGC ou d'un partenaire de connexion.",
               "au moyen d'une CléGC ou d'un partenaire de connexion (Service de vérification d'Interac). Une authentification multifacteur est maintenant exigée : un code à usage unique vous est envoyé par message texte, par appel téléphonique ou par une application d'authentification.")]},
    {"note": "personal information bank changed from ESDC PPU 390 to ESDC PPU 412 (new bank registered for the program)",
     "repl": [("fichier de renseignements personnels EDSC PPU 390, Subventions et contributions aux particuliers,",
               "fichier de renseignements personnels EDSC PPU 412, Subvention canadienne pour les aidants naturels,")]},
    {"note": "new purpose: client-experience surveys by a contracted research firm (Léger), voluntary, with opt-out",
     "repl": [("## Numéro d'assurance sociale",
               "## Sondages sur l'expérience client\n\nEDSC pourrait communiquer avec vous pour vous inviter à participer à un sondage sur la qualité du service. Les sondages sont menés par une firme de recherche, Léger Marketing inc., liée par contrat aux exigences de la Loi sur la protection des renseignements personnels. Seuls votre nom, votre numéro de téléphone et la langue de votre choix lui sont communiqués. Votre participation est volontaire et n'a aucune incidence sur votre demande.\n\n## Numéro d'assurance sociale")]},
    {"note": "retention of application files shortened from six years after last payment to five years; destruction wording",
     "repl": [("Les dossiers de demande sont ensuite conservés pendant six ans après le dernier paiement, puis détruits conformément aux autorisations de disposition de Bibliothèque et Archives Canada.",
               "Les dossiers de demande sont ensuite conservés pendant cinq ans après le dernier paiement, puis détruits de façon sécuritaire conformément à l'autorisation de disposition no 2019/004 de Bibliothèque et Archives Canada.")]},
    {"note": "new section on automated decision-making (eligibility triage tool, Directive on Automated Decision-Making, "
             "algorithmic impact assessment, human review of any refusal)",
     "repl": [("## Communication de vos renseignements",
               "## Prise de décision automatisée\n\nEDSC utilise un outil informatique pour trier les demandes et repérer celles qui peuvent être approuvées sans autre vérification. Cet outil a fait l'objet d'une évaluation de l'incidence algorithmique conformément à la Directive sur la prise de décisions automatisée du Conseil du Trésor. Aucune demande n'est refusée sans l'intervention d'un agent, et vous pouvez demander qu'une décision soit revue par une personne.\n\n## Communication de vos renseignements")]},
]

TRACK = {"blocks": None}
ALERTS = [
    ((dt.datetime(2024, 11, 15), dt.datetime(2024, 12, 20)), "warning", "Grève à Postes Canada",
     "En raison de la grève à Postes Canada, les paiements par chèque pourraient être retardés. Inscrivez-vous au dépôt direct pour recevoir vos paiements plus rapidement."),
    ((dt.datetime(2025, 9, 25), dt.datetime(2025, 11, 10)), "warning", "Perturbation du service postal",
     "En raison de la perturbation du service postal, envoyez vos documents en ligne au moyen de Mon dossier Service Canada."),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.3,
                              lambda: (when - dt.timedelta(days=rng.randint(0, 30))).date())
    if i == 0:
        s["modified"] = dt.date(2021, 2, 17)
    a = next((k for k, x in enumerate(ALERTS) if x[0][0] <= when < x[0][1]), None)
    if a is None and rng.random() < 0.12:
        d = when + dt.timedelta(days=rng.randint(2, 9))
        s["alert"] = ("info", "Entretien prévu des services en ligne",
                      "Mon dossier Service Canada ne sera pas disponible le %s de 0 h à 6 h (heure de l'Est) en raison de travaux d'entretien."
                      % ("%d %s %d" % (d.day, ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                                               "octobre", "novembre", "décembre"][d.month - 1], d.year)))
    else:
        s["alert"] = None if a is None else ALERTS[a][1:]
    s["feedback"] = "gcweb-pft" if when >= dt.datetime(2023, 4, 1) else "report-problem"
    s["adobe"] = C.keep_or(rng, prev.get("adobe"), 0.3, lambda: C.hexs(rng, 12))
    s["menu"] = C.keep_or(rng, prev.get("menu"), 0.25, lambda: rng.choice(["v2", "v2", "v3"]) if when.year >= 2023 else "v2")
    s["akamai"] = (C.hexs(rng, 8), C.b64tok(rng, 60))
    s["wet"] = "4.0.%d" % (39 + (when.year - 2021) * 6 + when.month // 2)
    return s


LABELS = {
    "modified": "'Date de modification' / dcterms.modified set by AEM at republish",
    "alert": "service alert inside <main> (Canada Post strike, planned outage)",
    "feedback": "page-feedback box ('Signaler un problème' -> 'Avez-vous trouvé ce que vous cherchiez?')",
    "adobe": "Adobe Launch build id",
    "menu": "GCWeb site menu fragment version",
    "wet": "GCWeb/WET theme version",
    "akamai": "Akamai Bot Manager pixel injected per request",
}


def render(s, blocks, when):
    if TRACK["blocks"] is not None and blocks != TRACK["blocks"]:
        s["modified"] = (when - dt.timedelta(days=when.day % 5)).date()
    TRACK["blocks"] = blocks
    h1 = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    alert = ""
    if s["alert"]:
        kind, t, msg = s["alert"]
        alert = ('<section class="alert alert-%s">\n<h2 class="h3">%s</h2>\n<p>%s</p>\n</section>' % (kind, t, msg))
    if s["feedback"] == "report-problem":
        fb = ('<div class="row"><div class="col-sm-6 col-md-5 col-lg-4"><details class="brdr-0">'
              '<summary class="btn btn-default text-center">Signaler un problème ou une erreur sur cette page</summary>'
              '<div class="well row"><div class="gc-rprt-prblm"><div class="gc-rprt-prblm-frm gc-rprt-prblm-tggl">'
              '<form action="https://www.canada.ca/fr/signaler-probleme.html" method="post"><fieldset><legend><span class="field-name">Veuillez sélectionner toutes les cases qui s\'appliquent :</span></legend>'
              '<div class="checkbox"><label for="problem1"><input name="problem1" type="checkbox" id="problem1" value="Un lien, un bouton ou une vidéo ne fonctionne pas">Un lien, un bouton ou une vidéo ne fonctionne pas</label></div>'
              '<div class="checkbox"><label for="problem2"><input name="problem2" type="checkbox" id="problem2" value="Il y a une faute d\'orthographe ou de grammaire">Il y a une faute d\'orthographe ou de grammaire</label></div>'
              '<div class="checkbox"><label for="problem3"><input name="problem3" type="checkbox" id="problem3" value="Les renseignements sont incorrects">Les renseignements sont incorrects</label></div>'
              '</fieldset><button type="submit" class="btn btn-primary wb-frmvld">Soumettre</button></form></div></div></div></details></div></div>')
    else:
        fb = ('<section class="gc-pg-hlpfl" data-wb-doaction=\'{"action":"tblfilter"}\'><div class="container"><h3 class="wb-inv">Formulaire de rétroaction</h3>'
              '<div class="gc-pg-hlpfl-dflt"><p class="mrgn-tp-md">Avez-vous trouvé ce que vous cherchiez?</p>'
              '<ul class="list-inline mrgn-bttm-0"><li><button class="btn btn-primary" name="helpful" value="Oui">Oui</button></li>'
              '<li><button class="btn btn-primary" name="helpful" value="Non">Non</button></li></ul></div></div></section>')
    menu = ('<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>'
            '<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Principal </span>Menu <span class="expicon glyphicon glyphicon-chevron-down"></span></button>'
            '<ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-%s-fr.html">'
            '<li role="presentation"><a role="menuitem" href="https://www.canada.ca/fr/services/emplois.html">Emplois et milieu de travail</a></li>'
            '<li role="presentation"><a role="menuitem" href="https://www.canada.ca/fr/services/immigration-citoyennete.html">Immigration et citoyenneté</a></li>'
            '<li role="presentation"><a role="menuitem" href="https://www.canada.ca/fr/services/prestations.html">Prestations</a></li>'
            '<li role="presentation"><a role="menuitem" href="https://www.canada.ca/fr/services/sante.html">Santé</a></li>'
            '<li role="presentation"><a role="menuitem" href="https://www.canada.ca/fr/services/impots.html">Impôts</a></li></ul></div></nav>' % s["menu"])
    footer = ('<footer id="wb-info"><h2 class="wb-inv">Au sujet de ce site</h2><div class="gc-contextual"><div class="container"><nav>'
              '<h3>Emploi et Développement social Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">'
              '<li><a href="/fr/emploi-developpement-social/ministere/coordonnees.html">Communiquez avec nous</a></li>'
              '<li><a href="/fr/emploi-developpement-social/ministere/acces-information.html">Accès à l\'information</a></li></ul></nav></div></div>'
              '<div class="gc-main-footer"><div class="container"><nav><h3>Gouvernement du Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">'
              '<li><a href="/fr/contact.html">Toutes les coordonnées</a></li><li><a href="/fr/gouvernement/min.html">Ministères et organismes</a></li>'
              '<li><a href="/fr/gouvernement/systeme.html">À propos du gouvernement</a></li></ul></nav></div></div>'
              '<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Organisation du gouvernement du Canada</h3><ul>'
              '<li><a href="/fr/sociaux.html">Médias sociaux</a></li><li><a href="/fr/mobile.html">Applications mobiles</a></li>'
              '<li><a href="/fr/gouvernement/a-propos.html">À propos de Canada.ca</a></li><li><a href="/fr/transparence/avis.html">Avis</a></li>'
              '<li><a href="/fr/transparence/confidentialite.html">Confidentialité</a></li></ul></nav>'
              '<div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbole du gouvernement du Canada"></div></div></div></footer>')
    mod = s["modified"].isoformat()
    return ('<!DOCTYPE html>\n<html class="no-js" lang="fr" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
            '<!-- Web Experience Toolkit (WET) / Boîte à outils de l\'expérience Web (BOEW) wet-boew.github.io/wet-boew/License-fr.html -->\n'
            '<title>%s - Canada.ca</title>\n<meta content="width=device-width,initial-scale=1" name="viewport">\n'
            '<meta name="description" content="Comment EDSC recueille, utilise, communique et conserve vos renseignements personnels dans le cadre de la Subvention canadienne pour les aidants naturels.">\n'
            '<meta name="dcterms.title" content="%s">\n<meta name="dcterms.creator" content="Emploi et Développement social Canada">\n'
            '<meta name="dcterms.language" title="ISO639-2/T" content="fra">\n<meta name="dcterms.issued" title="W3CDTF" content="2020-10-05">\n'
            '<meta name="dcterms.modified" title="W3CDTF" content="%s">\n<meta name="dcterms.audience" content="grand public">\n'
            '<meta name="gcaem" content="a1b7c3de-7f2a-4e9b-9c61-2d5e8f3b0a47">\n'
            '<link rel="alternate" hreflang="en" href="%s">\n<link rel="alternate" hreflang="fr" href="%s">\n'
            '<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css?v=%s">\n'
            '<noscript><link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/noscript.min.css"></noscript>\n'
            '<script src="//assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-%s.min.js"></script>\n'
            '</head>\n<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage">\n'
            '<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Passer au contenu principal</a></li>'
            '<li class="wb-slc"><a class="wb-sl" href="#wb-info">Passer à « Au sujet du gouvernement »</a></li></ul></nav>\n'
            '<header><div id="wb-bnr" class="container"><div class="row">'
            '<section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Sélection de la langue</h2>'
            '<ul class="list-inline mrgn-bttm-0"><li><a lang="en" hreflang="en" href="%s"><span class="hidden-xs">English</span>'
            '<abbr title="English" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">en</abbr></a></li></ul></section>'
            '<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">'
            '<a href="/fr.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-fr.svg" alt="Gouvernement du Canada" property="logo">'
            '<span class="wb-inv"> / <span lang="en">Government of Canada</span></span></a><meta property="name" content="Gouvernement du Canada">'
            '<meta property="areaServed" typeof="Country" content="Canada"><link property="logo" href="/etc/designs/canada/wet-boew/assets/wmms-blk.svg"></div>'
            '<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Recherche</h2>'
            '<form action="/fr/emploi-developpement-social/rechercher.html" method="get" name="cse-search-box" role="search">'
            '<div class="form-group wb-srch-qry"><label for="wb-srch-q" class="wb-inv">Rechercher dans EDSC</label>'
            '<input id="wb-srch-q" list="wb-srch-q-ac" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170" placeholder="Rechercher dans EDSC"></div>'
            '<div class="form-group submit"><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Recherche</span></button></div>'
            '</form></section></div></div>\n%s\n'
            '<nav id="wb-bc" property="breadcrumb"><h2>Vous êtes ici :</h2><div class="container"><ol class="breadcrumb">'
            '<li><a href="/fr.html">Canada.ca</a></li><li><a href="/fr/emploi-developpement-social.html">Emploi et Développement social Canada</a></li>'
            '<li><a href="/fr/emploi-developpement-social/programmes.html">Programmes</a></li>'
            '<li><a href="/fr/emploi-developpement-social/programmes/aidants-naturels.html">Subvention canadienne pour les aidants naturels</a></li></ol></div></nav>\n'
            '</header>\n<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">\n'
            '<h1 property="name" id="wb-cont">%s</h1>\n%s\n%s\n'
            '<section class="pagedetails"><h2 class="wb-inv">Détails de la page</h2>%s'
            '<div class="row"><div class="col-sm-3 col-sm-offset-1 col-md-3 col-md-offset-0 col-lg-2 col-lg-offset-1 pull-right">'
            '<div class="wb-share" data-wb-share=\'{"lnkClass": "btn btn-default btn-block"}\'></div></div></div>'
            '<dl id="wb-dtmd"><dt>Date de modification&#160;:</dt><dd><time property="dateModified">%s</time></dd></dl></section>\n'
            '</main>\n%s\n'
            '<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js" integrity="sha384-rY/jv8mMhqDabXSo+UCggqKtdmBfd3qC2/KvyTDNQ6PcUJXaxK1tMepoQda4g5vB" crossorigin="anonymous"></script>\n'
            '<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js?v=%s"></script>\n'
            '<script src="/etc/designs/canada/wet-boew/js/theme.min.js"></script>\n'
            '<script type="text/javascript">_satellite.pageBottom();</script>\n'
            '<script type="text/javascript"  src="/akam/13/%s"  defer></script><noscript><img src="/akam/13/pixel_%s?a=%s" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>'
            '</body>\n</html>\n'
            % (html.escape(h1, quote=False), html.escape(h1), mod, EN, URL, s["wet"], s["adobe"], EN, menu,
               html.escape(h1, quote=False), alert, body, fb, mod, footer, s["wet"], s["akamai"][0], s["akamai"][0], s["akamai"][1]))


PAGE = {
    "service": "Subvention canadienne pour les aidants naturels", "url": URL, "lang": "fr-CA",
    "platform": "Canada.ca (AEM, GCWeb/WET)", "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 15), "end": dt.date(2026, 6, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main"], "remove": [".pagedetails", "main > .alert"]},
}
