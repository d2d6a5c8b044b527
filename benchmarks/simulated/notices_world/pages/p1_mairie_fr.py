"""Commune de Vernoux-la-Vallée (Ardèche) - fr-FR - SPIP 4 + squelettes Escal, plugin Sommaire automatique.

One SPIP article "Mentions légales" holds every document as intertitres of one flat text: éditeur, directeur de
la publication, hébergement, conception, crédits, propriété intellectuelle, then "Données personnelles" (RGPD,
its "Cookies" part an h3 inside it), then "Accessibilité : non conforme". The privacy policy is the range from
the "Données personnelles" intertitre to the "Accessibilité" one.
"""
import datetime as dt
import re
import common as C

URL = "https://www.vernoux-la-vallee.fr/Mentions-legales"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)


POLICY = """
## Données personnelles

La commune de Vernoux-la-Vallée attache une grande importance à la protection de vos données personnelles. Cette rubrique vous informe sur la manière dont vos données sont traitées lorsque vous utilisez ce site ou que vous effectuez une démarche en ligne auprès de la mairie, conformément au Règlement (UE) 2016/679 du 27 avril 2016 (règlement général sur la protection des données, RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés.

### Responsable du traitement

Le responsable des traitements est la commune de Vernoux-la-Vallée, représentée par son maire en exercice, Hôtel de ville, 2 place de la Mairie, 07240 Vernoux-la-Vallée.

La commune a désigné un délégué à la protection des données (DPO) mutualisé auprès du Centre de gestion de la fonction publique territoriale de l'Ardèche. Vous pouvez le joindre par courriel à [dpo@cdg07.fr](mailto:dpo@cdg07.fr) ou par courrier à l'adresse de la mairie, en précisant « À l'attention du délégué à la protection des données ».

### Quelles données sont collectées et pourquoi ?

Le site peut collecter des données vous concernant dans les cas suivants :

- **formulaire de contact** : nom, prénom, adresse électronique, numéro de téléphone (facultatif) et contenu de votre message, afin de répondre à votre demande ;
- **lettre d'information** : adresse électronique, afin de vous adresser l'actualité municipale, si vous vous y êtes inscrit ;
- **réservation des salles communales** : identité, coordonnées, date et nature de la manifestation, afin de gérer la location et la remise des clés ;
- **signalements** (voirie, éclairage public, dépôts sauvages) : coordonnées et description du problème, éventuellement une photographie, afin de transmettre le signalement aux services techniques ;
- **inscription sur le registre des personnes vulnérables** (plan canicule et grand froid) : identité, âge, adresse, coordonnées d'une personne à prévenir, afin de permettre l'intervention des services sanitaires et sociaux en cas de déclenchement du plan d'alerte.

Les demandes d'actes d'état civil, d'inscription sur les listes électorales et de recensement citoyen sont effectuées sur [service-public.fr](https://www.service-public.fr) ; ces téléservices relèvent de la politique de confidentialité de l'État.

### Bases légales

Les traitements mis en œuvre par la commune reposent sur l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique dont elle est investie (article 6.1.e du RGPD), sur le respect d'une obligation légale (article 6.1.c), notamment pour le registre des personnes vulnérables prévu à l'article L. 121-6-1 du code de l'action sociale et des familles, ou sur votre consentement (article 6.1.a) pour l'inscription à la lettre d'information.

### Destinataires

Vos données sont destinées aux seuls agents et élus de la commune habilités à les traiter dans le cadre de leurs attributions. Elles peuvent être communiquées à nos prestataires techniques (hébergement du site, envoi de la lettre d'information), agissant en qualité de sous-traitants et tenus contractuellement au respect de la confidentialité, ainsi qu'aux autorités publiques lorsque la loi l'exige (préfecture, services de secours pour le registre des personnes vulnérables).

Aucune donnée n'est cédée ni vendue à des tiers. Aucune donnée n'est transférée en dehors de l'Union européenne.

### Durées de conservation

| Traitement | Durée de conservation |
| Demande de contact | 1 an à compter du dernier échange |
| Lettre d'information | jusqu'à votre désinscription |
| Réservation de salle | 5 ans à compter de la manifestation |
| Signalement | 1 an après sa clôture |
| Registre des personnes vulnérables | jusqu'à la demande de radiation de la personne inscrite |

### Sécurité

La commune met en œuvre les mesures techniques et organisationnelles appropriées pour garantir la sécurité et la confidentialité de vos données : accès aux logiciels métiers réservé aux agents habilités au moyen d'identifiants personnels, sauvegardes quotidiennes, connexion chiffrée (HTTPS) au site et aux formulaires, sensibilisation régulière des agents et des élus à la protection des données.

Les formulaires du site sont protégés contre les envois automatisés par un dispositif qui ne repose pas sur un service tiers et ne dépose aucun cookie.

### Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement de vos données, ainsi que d'un droit d'opposition pour motif légitime, dans les conditions prévues par les articles 15 à 21 du RGPD. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, notamment au moyen du lien de désinscription présent dans chaque lettre d'information.

Pour exercer ces droits, adressez-vous au délégué à la protection des données ou à l'accueil de la mairie, en justifiant de votre identité.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

### Cookies

Lors de la consultation du site, des cookies peuvent être déposés sur votre terminal. Il s'agit de petits fichiers texte permettant notamment de mémoriser vos préférences ou de mesurer la fréquentation.

Le site utilise l'outil de mesure d'audience Google Analytics, qui dépose des cookies (_ga, _gid) d'une durée maximale de 13 mois. Ces cookies ne sont déposés qu'après votre accord, recueilli au moyen du bandeau affiché lors de votre première visite.

Certaines pages intègrent des contenus de services tiers (vidéos YouTube, cartes OpenStreetMap). Les vidéos sont intégrées en mode « confidentialité renforcée » et ne déposent aucun cookie tant que vous ne les lancez pas.

Les boutons de partage vers les réseaux sociaux (Facebook, X) présents sur certaines pages sont de simples liens : aucune donnée n'est transmise à ces réseaux tant que vous ne cliquez pas dessus. La page Facebook de la commune est, pour sa part, soumise aux conditions d'utilisation et à la politique de confidentialité de Meta.

Vous pouvez modifier vos choix à tout moment au moyen du lien « Gestion des cookies » en bas de chaque page, ou paramétrer votre navigateur pour refuser les cookies.

Dernière mise à jour de cette rubrique : {UPDATED}.
"""

EDITS = [
    {"note": "DPO changed: mutualised DPO of the Centre de gestion de l'Ardèche -> syndicat mixte Inforoutes de l'Ardèche (new e-mail)",
     "repl": [("La commune a désigné un délégué à la protection des données (DPO) mutualisé auprès du Centre de gestion de la fonction publique territoriale de l'Ardèche. Vous pouvez le joindre par courriel à [dpo@cdg07.fr](mailto:dpo@cdg07.fr)",
               "La commune a désigné comme délégué à la protection des données (DPO) le service mutualisé du syndicat mixte Inforoutes de l'Ardèche. Vous pouvez le joindre par courriel à [rgpd@inforoutes.fr](mailto:rgpd@inforoutes.fr)")]},
    {"note": "new processing: Portail famille (cantine, accueil périscolaire) bullet, its legal basis and retention row",
     "repl": [("- **inscription sur le registre des personnes vulnérables**",
               "- **portail famille** (restauration scolaire, accueil périscolaire et centre de loisirs) : identité et coordonnées des responsables légaux et des enfants, informations relatives aux allergies et au projet d'accueil individualisé, quotient familial, afin de gérer les inscriptions, la facturation et l'accueil des enfants ;\n- **inscription sur le registre des personnes vulnérables**"),
              ("| Signalement | 1 an après sa clôture |",
               "| Signalement | 1 an après sa clôture |\n| Portail famille | durée de scolarisation de l'enfant dans la commune, puis 5 ans pour les pièces comptables |")]},
    {"note": "cookies: Google Analytics replaced by Matomo configured as consent-exempt audience measurement (CNIL)",
     "repl": [("Le site utilise l'outil de mesure d'audience Google Analytics, qui dépose des cookies (_ga, _gid) d'une durée maximale de 13 mois. Ces cookies ne sont déposés qu'après votre accord, recueilli au moyen du bandeau affiché lors de votre première visite.",
               "Le site utilise l'outil de mesure d'audience Matomo, hébergé en France, configuré conformément aux recommandations de la CNIL pour bénéficier de l'exemption de consentement : les adresses IP sont anonymisées, les données ne sont pas recoupées avec d'autres traitements et les cookies déposés (préfixés _pk) ont une durée de vie de 13 mois au plus. Vous pouvez néanmoins vous opposer à cette mesure au moyen du lien « Gestion des cookies ».")]},
    {"note": "CNIL complaint sentence now links the CNIL online complaint service (silent, date not bumped)", "bump": False,
     "repl": [("vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
               "vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), en ligne sur [www.cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes) ou par courrier : 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.")]},
    {"note": "new subsection 'Vidéoprotection' (cameras on the town square, images kept 30 days) before 'Vos droits'",
     "repl": [("### Vos droits", "### Vidéoprotection\n\nLa place de la Mairie, le parking de la salle polyvalente et les abords du groupe scolaire sont placés sous vidéoprotection, autorisée par arrêté préfectoral. Les images sont conservées 30 jours au plus, sauf procédure judiciaire en cours, et ne sont accessibles qu'aux agents habilités et aux forces de l'ordre. Le droit d'accès aux images s'exerce auprès du maire.\n\n### Vos droits")]},
]

# ---------------------------------------------------------------- the other documents of the page (noise state)

MAIRES = [(dt.datetime(2000, 1, 1), "M. Jean-Pierre Chabanis"), (dt.datetime(2026, 3, 27), "Mme Sylvie Roux-Delorme")]
HEBERG = [(dt.datetime(2000, 1, 1), "OVH SAS, 2 rue Kellermann, 59100 Roubaix - France. Téléphone : 1007."),
          (dt.datetime(2023, 6, 19), "Ikoula, 175-177 rue d'Aguesseau, 92100 Boulogne-Billancourt - France.")]
CREDITS = [(dt.datetime(2000, 1, 1), ["Office de tourisme Val d'Eyrieux", "Service communication de la mairie"]),
           (dt.datetime(2022, 5, 9), ["Office de tourisme Val d'Eyrieux", "Service communication de la mairie", "Club photo « Le Diaphragme » de Vernoux"]),
           (dt.datetime(2024, 9, 2), ["Office de tourisme Val d'Eyrieux", "Service communication de la mairie", "Club photo « Le Diaphragme » de Vernoux", "Drone : Aerovue 07 (vue aérienne du village)"])]
AUDITS = [(dt.datetime(2000, 1, 1), "5 mars 2020", "2020-2022", "10 %"),
          (dt.datetime(2023, 2, 13), "16 janvier 2023", "2023-2025", "38 %"),
          (dt.datetime(2025, 11, 24), "7 octobre 2025", "2026-2028", "46 %")]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def before_src(s):
    maire = s["maire"]
    cred = "\n".join("- " + c for c in s["credits"])
    return """
## Éditeur du site

@ Commune de Vernoux-la-Vallée
@ Hôtel de ville - 2 place de la Mairie
@ 07240 Vernoux-la-Vallée
@ Téléphone : 04 75 58 12 30
@ Courriel : [mairie@vernoux-la-vallee.fr](mailto:mairie@vernoux-la-vallee.fr)
@ SIRET : 210 703 416 00017

## Directeur de la publication

%s, maire de Vernoux-la-Vallée.

## Hébergement

%s

## Conception et réalisation

Site réalisé avec [SPIP](https://www.spip.net), logiciel libre de publication sous licence GNU/GPL, et le jeu de squelettes [Escal](https://escal.edu.ac-lyon.fr/spip/). Maintenance : service informatique de la Communauté de communes Val d'Eyrieux.

## Crédits photographiques

%s

## Propriété intellectuelle

L'ensemble des contenus de ce site (textes, photographies, logos) est la propriété de la commune ou de ses partenaires. Toute reproduction, même partielle, est soumise à autorisation préalable, à l'exception des informations publiques réutilisables dans les conditions de l'article L. 321-1 du code des relations entre le public et l'administration.

Les liens hypertextes vers d'autres sites ne sauraient engager la responsabilité de la commune quant à leur contenu.
""" % (maire, s["hebergeur"], cred)


def after_src(s):
    date, plan, pct = s["audit"]
    return """
## Accessibilité : non conforme

La commune de Vernoux-la-Vallée s'engage à rendre son site internet accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. La présente déclaration d'accessibilité s'applique au site www.vernoux-la-vallee.fr.

Le site www.vernoux-la-vallee.fr est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA) version 4.1. L'audit réalisé le %s révèle que %s des critères du RGAA sont respectés.

Un schéma pluriannuel de mise en accessibilité %s est publié en mairie.

Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter la mairie pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme. Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu, vous pouvez saisir le [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/).
""" % (date, pct, plan)


def slug(t):
    t = t.replace("é", "e").replace("è", "e").replace("ê", "e").replace("É", "E").replace("à", "a").replace("ô", "o")
    return "s-" + re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")


def spip_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2 class="spip" id="%s"><a class="sommaire-back sommaire-back-1" href="#s-sommaire" title="Retour au sommaire"></a>%s</h2>'
                       % (slug(v), C.inline_html(v)))
        elif kind == "h3":
            out.append('<h3 class="spip" id="%s"><a class="sommaire-back sommaire-back-2" href="#s-sommaire" title="Retour au sommaire"></a>%s</h3>'
                       % (slug(v), C.inline_html(v)))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br class='autobr'>\n".join(C.inline_html(l) for l in v))
        elif kind == "table":
            head = "".join('<th id="id%s_c%d">%s</th>\n' % ("57e2", n, C.inline_html(x)) for n, x in enumerate(v[0]))
            rows = "\n".join('<tr class="row_%s">%s</tr>' % ("odd odd" if n % 2 == 0 else "even even",
                             "".join('<td headers="id57e2_c%d">%s</td>\n' % (m, C.inline_html(x)) for m, x in enumerate(r)))
                             for n, r in enumerate(v[1:]))
            out.append('<div class="table">\n<table class="table spip">\n<thead><tr class="row_first">%s</tr></thead>\n<tbody>\n%s\n</tbody>\n</table>\n</div>' % (head, rows))
        elif kind == "ul":
            out.append('<ul class="spip" role="list">%s</ul>' % "".join('<li>%s</li>\n' % C.inline_html(i) for i in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


BREVES = [
    "Travaux RD 14 : circulation alternée jusqu'à fin du mois",
    "Collecte des encombrants le premier samedi du mois",
    "Inscriptions à l'école : dossiers à retirer en mairie",
    "Fermeture exceptionnelle du secrétariat de mairie le vendredi après-midi",
    "Don du sang à la salle polyvalente",
    "Le marché du jeudi déménage place du Champ de Mars",
    "Nouvelle permanence France Services le mardi matin",
    "Alerte canicule : pensez à vous inscrire sur le registre",
    "Concours des maisons fleuries : inscriptions ouvertes",
    "Coupure d'eau programmée quartier des Granges",
]
AGENDA = ["Conseil municipal", "Marché de producteurs", "Thé dansant du club des aînés", "Cinéma itinérant",
          "Vide-greniers du Sou des écoles", "Fête de la châtaigne", "Permanence du conciliateur de justice"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["maire"] = at(MAIRES, when)[1]
    s["hebergeur"] = at(HEBERG, when)[1]
    s["credits"] = tuple(at(CREDITS, when)[1])
    s["audit"] = at(AUDITS, when)[1:]
    # SPIP's date_modif of the article follows any edit of the text (including the other documents)
    s["stats"] = (rng.randint(18, 140), rng.randint(1, 9), 48210 + i * 911 + rng.randint(0, 800))
    s["breves"] = C.keep_or(rng, prev.get("breves"), 0.7, lambda: tuple(rng.sample(range(len(BREVES)), 4)))
    s["agenda"] = tuple(sorted(rng.sample(range(len(AGENDA)), 3)))
    s["cache"] = C.keep_or(rng, prev.get("cache"), 0.5, lambda: (C.epoch(when) - rng.randint(3600, 86400 * 20), C.hexs(rng, 8)))
    s["tarteaucitron"] = C.keep_or(rng, prev.get("tarteaucitron"), 0.15, lambda: rng.choice(["1.11.0", "1.12.0", "1.14.0", "1.16.1"]))
    s["form"] = (C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"), rng.randint(100000, 999999))
    return s


LABELS = {
    "maire": "other document: directeur de la publication (new mayor after March 2026 municipal elections)",
    "hebergeur": "other document: hébergeur changed (OVH -> Ikoula)",
    "credits": "other document: crédits photographiques (new credits added)",
    "audit": "other document: accessibility audit date / compliance rate / multi-year plan",
    "stats": "Escal visitor statistics block (today / online / total)",
    "breves": "Escal scrolling brèves ticker (news items rotated)",
    "agenda": "sidebar agenda (next events)",
    "cache": "SPIP compiled CSS/JS cache timestamps",
    "tarteaucitron": "tarteaucitron.js consent tool version",
    "form": "newsletter/search form tokens (formulaire_action_sign, _jeton)",
}


def render(s, blocks, when):
    ts, h = s["cache"]
    before = C.parse_src(before_src(s))
    after = C.parse_src(after_src(s))
    allb = before + C.without_markers(blocks) + after
    heads = [b for b in allb if b[0] == "h2"]
    sommaire = ('<div class="well nav-list nav-sommaire nav-sommaire-2" id="s-sommaire">\n<h2>Sommaire</h2>\n<ul class="spip">\n%s</ul>\n</div>'
                % "".join('<li><a href="#%s">%s</a></li>\n' % (slug(t), C.inline_html(t)) for _, t in heads))
    texte = spip_html(allb)
    breves = "".join('<li><a href="spip.php?breve%d">%s</a></li>' % (212 + k, BREVES[k]) for k in s["breves"])
    agenda = "".join('<li><span class="date">%s</span> <a href="spip.php?evenement%d">%s</a></li>'
                     % ((when + dt.timedelta(days=5 + 6 * n)).strftime("%d/%m"), 400 + k, AGENDA[k]) for n, k in enumerate(s["agenda"]))
    today, online, total = s["stats"]
    tok, jeton = s["form"]
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="fr" class="ltr fr no-js">\n<head>\n'
            '<script>var mediabox_settings={"auto_detect":true,"ns":"box","tt_img":true};</script>\n'
            '<title>Mentions légales - Vernoux-la-Vallée</title>\n'
            '<meta name="description" content="Mentions légales, données personnelles et accessibilité du site de la commune">\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="generator" content="SPIP 4.2.8">\n'
            '<link rel="stylesheet" href="local/cache-css/cssdyn-css_escal_css-%s.css?%d" type="text/css">\n'
            '<link rel="stylesheet" href="plugins/auto/escal/v5.1.12/css/perso.css?%d" type="text/css">\n'
            '<script src="local/cache-js/jsdyn-javascript_escal_js-%s.js?%d"></script>\n'
            '<script src="plugins/auto/tarteaucitron/v%s/lib/tarteaucitron/tarteaucitron.js"></script>\n'
            '<script>tarteaucitron.init({"privacyUrl":"Mentions-legales#s-Cookies","hashtag":"#tarteaucitron","cookieName":"tarteaucitron","orientation":"bottom","showAlertSmall":false,"cookieslist":true,"removeCredit":true});'
            'tarteaucitron.user.matomoId=3;(tarteaucitron.job=tarteaucitron.job||[]).push("matomo");(tarteaucitron.job=tarteaucitron.job||[]).push("youtube");</script>\n'
            '</head>\n<body class="page_article rubrique9 article42">\n<div class="page">\n'
            '<div id="header"><div class="header-logo"><a href="./" title="Accueil"><img class="spip_logo" src="IMG/siteon0.png?%d" alt="Vernoux-la-Vallée" width="220" height="90"></a></div>'
            '<div class="header-slogan">Village d\'Ardèche, entre Eyrieux et Doux</div>'
            '<div id="recherche"><form action="spip.php?page=recherche" method="get"><input name="page" value="recherche" type="hidden">'
            '<input type="search" class="search text" name="recherche" placeholder="Rechercher..."></form></div></div>\n'
            '<div id="nav"><ul class="menu-liste menu-items" data-depth="0">'
            '<li class="menu-entree item"><a href="./">Accueil</a></li>'
            '<li class="menu-entree item"><a href="-Vie-municipale-">Vie municipale</a></li>'
            '<li class="menu-entree item"><a href="-Demarches-">Démarches</a></li>'
            '<li class="menu-entree item"><a href="-Enfance-jeunesse-">Enfance - jeunesse</a></li>'
            '<li class="menu-entree item"><a href="-Vie-associative-">Vie associative</a></li>'
            '<li class="menu-entree item"><a href="-Decouvrir-">Découvrir</a></li></ul></div>\n'
            '<div id="annonce-defilant" class="breves-defilantes"><span class="titre-defilant">Actualités :</span><ul class="marquee">%s</ul></div>\n'
            '<div id="contenu">\n<p class="arbo"><a href="./">Accueil</a> &gt; <a href="-Informations-pratiques-">Informations pratiques</a> &gt; <strong class="on">Mentions légales</strong></p>\n'
            '<div id="content" class="article"><div class="cartouche"><h1 class="titre crayon article-titre-42">Mentions légales</h1>'
            '<p class="info-publi"><span class="publie">Publié le 14 septembre 2019</span></p></div>\n'
            '<div class="texte surlignable clearfix crayon article-texte-42">\n%s\n%s\n</div>\n'
            '<div class="imprimer"><a href="spip.php?page=imprimir_articulo&amp;id_article=42" rel="nofollow" title="Imprimer"><img src="plugins/auto/escal/v5.1.12/images/imprimer.svg" alt="Imprimer"></a></div>\n'
            '</div>\n<div id="navigation" class="lateral"><div class="bloc agenda"><h2 class="titre-bloc">Agenda</h2><ul>%s</ul></div>'
            '<div class="bloc newsletter"><h2 class="titre-bloc">Lettre d\'information</h2>'
            '<form method="post" action="Mentions-legales"><div><input name="formulaire_action" type="hidden" value="newsletter_subscribe">'
            '<input name="formulaire_action_args" type="hidden" value="%s"><input name="formulaire_action_sign" type="hidden" value="">'
            '<input type="hidden" name="_jeton" value="%d"></div><input type="email" name="session_email" placeholder="Votre courriel"><input type="submit" value="S\'inscrire"></form></div>'
            '<div class="bloc stats"><h2 class="titre-bloc">Statistiques</h2><p>Aujourd\'hui : <strong>%d</strong> visiteurs<br>En ligne : %d<br>Depuis l\'ouverture : %d visites</p></div></div>\n'
            '</div>\n<div id="footer"><p>Mairie de Vernoux-la-Vallée - 2 place de la Mairie - 07240 Vernoux-la-Vallée - 04 75 58 12 30<br>'
            'Lundi, mardi, jeudi, vendredi : 8h30-12h / 13h30-17h - mercredi : 8h30-12h</p>'
            '<p><a href="Mentions-legales">Mentions légales</a> | <a href="#tarteaucitron">Gestion des cookies</a> | <a href="spip.php?page=plan">Plan du site</a> | <a href="ecrire/">Se connecter</a> | Site réalisé avec <a href="https://www.spip.net/">SPIP</a></p></div>\n'
            '</div>\n</body>\n</html>\n'
            % (h, ts, ts - 86400 * 30, h[::-1], ts, s["tarteaucitron"], ts - 86400 * 200, breves, sommaire, texte,
               agenda, tok, jeton, today, online, total))


PAGE = {
    "service": "Commune de Vernoux-la-Vallée", "url": URL, "lang": "fr-FR", "platform": "SPIP 4 + Escal",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 8), "end": dt.date(2026, 9, 28),
    "policy": POLICY, "first_updated": dt.date(2019, 9, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": "#s-Donnees-personnelles", "endBefore": "#s-Accessibilite-non-conforme"}]},
}
