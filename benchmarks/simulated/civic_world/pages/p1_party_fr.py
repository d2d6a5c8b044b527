"""A French national political party's privacy notice on NationBuilder (custom theme on the v2 layout): the page's
basic content in #content .content, a sidebar with the donation thermometer of the current fundraising campaign
(amount and percentage move at every visit, the campaign itself changes with the electoral calendar) and the
newsletter signup form (authenticity_token per visit, also in <meta name="csrf-token">); theme assets carry the
theme's upload timestamp (changes when the webmaster re-uploads the stylesheet)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)


POLICY = """# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Renouveau Républicain (ci-après « le Parti ») attache une importance particulière à la protection de vos données personnelles. Adhérer, faire un don, signer un appel, vous inscrire à un événement ou simplement recevoir notre lettre d'information : chacune de ces actions nous conduit à traiter des informations qui vous concernent, et dont certaines révèlent, par nature, vos opinions politiques. La présente politique vous explique quelles données nous collectons, pourquoi, combien de temps nous les gardons et comment exercer vos droits, conformément au règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée dite « Informatique et Libertés ».

## 1. Qui est responsable du traitement ?

Le responsable du traitement est l'association Renouveau Républicain, parti politique régi par la loi du 1er juillet 1901 et par la loi n° 88-227 du 11 mars 1988 relative à la transparence financière de la vie politique, dont le siège est situé :

@ Renouveau Républicain
@ 24, rue du Faubourg-Poissonnière
@ 75010 Paris

Les dons et cotisations sont recueillis par l'Association de financement du parti Renouveau Républicain (AFPRR), mandataire financier agréé par la Commission nationale des comptes de campagne et des financements politiques (CNCCFP). L'AFPRR agit en qualité de responsable conjoint du traitement pour les données relatives aux dons.

Le Parti a désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@renouveau-republicain.fr ou par courrier au siège, à l'attention du « Délégué à la protection des données ».

## 2. Quelles données collectons-nous ?

Selon la manière dont vous interagissez avec nous, nous pouvons collecter :

- des données d'identification : civilité, nom, prénom, date de naissance, adresse postale, adresse électronique, numéro de téléphone ;
- des données relatives à votre engagement : date d'adhésion, fédération et comité local de rattachement, mandats électifs, responsabilités internes, participation à des événements ou à des actions militantes ;
- des données financières : montant et date de vos dons et cotisations, mode de paiement, nationalité et domicile fiscal (exigés par la loi pour tout don à un parti politique) ;
- des données de navigation : adresse IP, pages consultées, type de navigateur, recueillies au moyen de cookies lorsque vous y avez consenti.

**Ces données peuvent révéler vos opinions politiques.** Elles constituent à ce titre des données sensibles au sens de l'article 9 du RGPD. Leur traitement est fondé sur l'article 9.2.d du RGPD, qui permet à un organisme à but politique de traiter les données de ses membres, anciens membres et des personnes entretenant avec lui des contacts réguliers, dans le cadre de ses activités légitimes et moyennant des garanties appropriées.

## 3. Pourquoi traitons-nous vos données ?

| Finalité | Base légale |
| --- | --- |
| Gestion des adhésions et des cotisations | Exécution du contrat d'adhésion (statuts du Parti) |
| Recueil des dons et délivrance des reçus fiscaux | Obligation légale (article 11-4 de la loi du 11 mars 1988) |
| Envoi de la lettre d'information et des invitations | Consentement |
| Organisation d'événements, de réunions publiques et de formations | Intérêt légitime du Parti |
| Désignation des candidats et organisation des votes internes | Exécution du contrat d'adhésion |
| Mesure d'audience du site | Consentement |

Nous ne procédons à aucune prise de décision entièrement automatisée produisant des effets juridiques à votre égard. Nous n'achetons ni ne louons de fichiers de prospection politique.

## 4. Qui a accès à vos données ?

Vos données sont destinées aux services du siège national et, pour les adhérents, aux responsables de votre fédération départementale et de votre comité local, dans la limite de ce qui est nécessaire à leurs missions. Elles ne sont jamais vendues ni cédées à des tiers.

Nous faisons appel aux sous-traitants suivants, liés au Parti par un contrat conforme à l'article 28 du RGPD :

| Sous-traitant | Service | Localisation |
| --- | --- | --- |
| NationBuilder Inc. | Hébergement du site, base de contacts, envoi de courriels | États-Unis |
| Stripe Payments Europe Ltd | Paiement en ligne des dons et cotisations | Irlande |
| OVH SAS | Hébergement des sauvegardes | France |
| Mailjet SAS | Envoi des convocations aux votes internes | France |

Les données financières sont en outre communiquées, sur demande, à la CNCCFP dans le cadre de ses missions de contrôle.

## 5. Transferts hors de l'Union européenne

Certaines données sont hébergées par NationBuilder aux États-Unis. Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne le 4 juin 2021, complétées par des mesures supplémentaires (chiffrement des données au repos et en transit, procédure de contestation des demandes d'accès des autorités publiques).

## 6. Combien de temps conservons-nous vos données ?

| Catégorie de personnes | Durée de conservation |
| --- | --- |
| Adhérents | Durée de l'adhésion, puis 3 ans à compter de la fin de l'adhésion |
| Sympathisants et abonnés à la lettre d'information | 3 ans à compter du dernier contact |
| Donateurs | 6 ans à compter du don, pour répondre aux contrôles de la CNCCFP |
| Participants aux événements | 1 an après l'événement |

À l'issue de ces durées, les données sont supprimées ou anonymisées à des fins statistiques.

## 7. Quels sont vos droits ?

Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos données, d'un droit à la limitation du traitement et d'un droit d'opposition. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, sans que cela ne remette en cause la licéité des traitements effectués avant ce retrait. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer ces droits, écrivez à dpo@renouveau-republicain.fr ou au siège, en précisant vos nom, prénom et adresse électronique. Nous pourrons vous demander un justificatif d'identité en cas de doute raisonnable. Nous vous répondrons dans un délai d'un mois.

Chaque lettre d'information comporte un lien de désinscription. Vous pouvez aussi vous désabonner depuis la page [Mon compte](/mon-compte).

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [www.cnil.fr](https://www.cnil.fr).

## 8. Cookies

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies de mesure d'audience. Les cookies strictement nécessaires au fonctionnement du site (session, sécurité des formulaires) ne requièrent pas votre consentement. Vous pouvez modifier vos choix à tout moment via le lien « Gérer les cookies » en bas de chaque page.

## 9. Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles appropriées pour protéger vos données : chiffrement des échanges, authentification forte des comptes administrateurs, journalisation des accès, sensibilisation des responsables locaux à la confidentialité des fichiers d'adhérents.

## 10. Modification de la présente politique

Nous pouvons modifier cette politique afin de tenir compte des évolutions législatives ou de nos pratiques. La date de dernière mise à jour figure en haut de cette page ; en cas de changement important, nous vous en informerons par courriel."""


EDITS = [
    {"note": "processor added to the sub-processor table (Brevo for SMS)",
     "repl": [("| Mailjet SAS | Envoi des convocations aux votes internes | France |",
               "| Mailjet SAS | Envoi des convocations aux votes internes | France |\n"
               "| Brevo (Sendinblue SAS) | Envoi de SMS d'information et de mobilisation | France |")]},
    {"note": "typo fixed: 'sans que cela ne remette' -> 'sans que cela remette' (no date change)", "bump": False,
     "repl": [("sans que cela ne remette en cause", "sans que cela remette en cause")]},
    {"note": "new section on electoral campaigns and canvassing inserted before Cookies",
     "repl": [("## 8. Cookies", "## 8. Campagnes électorales et porte-à-porte\n\n"
               "En période électorale, les données des sympathisants peuvent être mises à disposition de nos "
               "candidats investis et de leurs équipes de campagne, dans la seule circonscription concernée et "
               "pour la durée de la campagne. Les informations recueillies lors du porte-à-porte (adresse, "
               "intérêt exprimé pour notre projet) ne sont enregistrées qu'avec l'accord de la personne "
               "rencontrée, conformément aux recommandations de la CNIL relatives à la communication "
               "politique.\n\n## 9. Cookies"),
              ("## 9. Sécurité", "## 10. Sécurité"),
              ("## 10. Modification de la présente politique", "## 11. Modification de la présente politique")]},
    {"note": "transfer section: EU-US Data Privacy Framework adequacy decision added",
     "repl": [("par les clauses contractuelles types adoptées par la Commission européenne le 4 juin 2021",
               "par la décision d'adéquation de la Commission européenne du 10 juillet 2023 relative au cadre "
               "de protection des données UE-États-Unis (Data Privacy Framework), auquel NationBuilder a adhéré, "
               "ainsi que par les clauses contractuelles types adoptées par la Commission européenne le 4 juin 2021")]},
    {"note": "donor retention period changed from 6 to 10 years",
     "repl": [("| Donateurs | 6 ans à compter du don, pour répondre aux contrôles de la CNCCFP |",
               "| Donateurs | 10 ans à compter du don, pour répondre aux contrôles de la CNCCFP et de l'administration fiscale |")]},
    {"note": "head office moved (address block changed)",
     "repl": [("@ 24, rue du Faubourg-Poissonnière\n@ 75010 Paris", "@ 8, rue de la Chaussée-d'Antin\n@ 75009 Paris")]},
]

CAMPAIGNS = [
    (dt.date(2022, 6, 1), dt.date(2023, 3, 31), "Campagne d'adhésion 2023", 150000, "/adherer"),
    (dt.date(2023, 4, 1), dt.date(2024, 6, 9), "Élections européennes 2024", 400000, "/don-europeennes"),
    (dt.date(2024, 6, 10), dt.date(2024, 12, 31), "Soutenez nos candidats", 200000, "/don"),
    (dt.date(2025, 1, 1), dt.date(2026, 3, 15), "Municipales 2026 : partout, des listes !", 300000, "/don-municipales"),
]


def _eur(n):
    return "{:,}".format(n).replace(",", "\u202f") + "\u00a0€"


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    camp = [c for c in CAMPAIGNS if c[0] <= d <= c[1]][0]
    frac = (d - camp[0]).days / max(1, (camp[1] - camp[0]).days)
    raised = int(camp[3] * min(0.97, 0.08 + 0.9 * frac)) + rng.randint(0, 2500)
    donors = raised // rng.randint(58, 64)
    return {
        "csrf": C.b64tok(rng, 64),
        "theme_ts": C.keep_or(rng, prev.get("theme_ts"), 0.15, lambda: str(C.epoch(when) - rng.randint(3600, 1728000))),
        "camp": camp[2], "camp_goal": camp[3], "camp_url": camp[4],
        "raised": raised, "donors": donors,
    }


LABELS = {"csrf": "csrf-token + signup authenticity_token", "theme_ts": "theme asset upload timestamp",
          "camp": "fundraising campaign in sidebar", "camp_goal": "campaign goal", "camp_url": "campaign link",
          "raised": "donation thermometer amount", "donors": "donor count"}

THEME = "5f3a9c1e7d2b8a0012c4e6f1"


def render(s, blocks, when):
    ts = s["theme_ts"]
    pct = min(100, s["raised"] * 100 // s["camp_goal"])
    asset = "https://assets.nationbuilder.com/themes/%s/attachments/original/%s/%%s?%s" % (THEME, ts, ts)
    body = C.blocks_html(blocks)
    return """<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Politique de confidentialité - Renouveau Républicain</title>
<meta name="description" content="Comment Renouveau Républicain protège vos données personnelles.">
<meta property="og:title" content="Politique de confidentialité">
<meta property="og:site_name" content="Renouveau Républicain">
<meta property="og:image" content="https://assets.nationbuilder.com/renouveaurepublicain/sites/1/meta_images/original/partage.jpg?1663842211">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="%(csrf)s" />
<link rel="canonical" href="https://www.renouveau-republicain.fr/confidentialite">
<link href="%(css)s" media="all" rel="stylesheet" type="text/css" />
<link href="https://fonts.googleapis.com/css2?family=Montserrat:wght@400;700;900&display=swap" rel="stylesheet">
<script src="https://assets.nationbuilder.com/assets/notifier/manifest-4e4c9a7c5d.js"></script>
<script type="text/javascript" src="https://d3n8a8pro7vhmx.cloudfront.net/assets/jquery-1.12.4.min.js"></script>
<script src="https://tarteaucitron.io/load.js?domain=renouveau-republicain.fr&uuid=8b2f3e1c9d7a4b6e"></script>
</head>
<body class="v2 page-type-basic lang-fr" id="confidentialite">
<div id="fb-root"></div>
<header class="header">
  <div class="container">
    <a class="logo" href="/"><img src="https://assets.nationbuilder.com/themes/%(theme)s/attachments/original/1663842211/logo-rr.svg?1663842211" alt="Renouveau Républicain"></a>
    <nav class="top-nav" role="navigation">
      <ul class="nav">
        <li><a href="/le-parti">Le parti</a></li>
        <li><a href="/actualites">Actualités</a></li>
        <li><a href="/nos-propositions">Nos propositions</a></li>
        <li><a href="/agir">Agir près de chez vous</a></li>
        <li><a href="/evenements">Événements</a></li>
        <li class="nav-cta"><a class="btn btn-primary" href="/adherer">J'adhère</a></li>
        <li class="nav-cta"><a class="btn btn-secondary" href="%(camp_url)s">Je donne</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="content-pages-show">
  <div class="container">
    <div class="row">
      <div class="col-md-8 main-col">
        <div id="intro" class="intro"><div class="breadcrumbs"><a href="/">Accueil</a> › Politique de confidentialité</div></div>
        <div class="content">
%(body)s
        </div>
      </div>
      <div class="col-md-4 sidebar-col">
        <div class="sidebar">
          <div class="donation-thermometer" id="thermometer">
            <h3 class="thermometer-title">%(camp)s</h3>
            <div class="thermometer-bar"><div class="thermometer-fill" style="width: %(pct)d%%"></div></div>
            <p class="thermometer-amount"><strong>%(raised)s</strong> collectés sur un objectif de %(goal)s</p>
            <p class="thermometer-donors">%(donors)s donateurs</p>
            <a class="btn btn-secondary btn-block" href="%(camp_url)s">Je fais un don</a>
            <p class="small">66 %% de votre don est déductible de votre impôt sur le revenu.</p>
          </div>
          <div class="signup-sidebar">
            <h3>Recevez notre lettre d'information</h3>
            <form class="ajaxForm signup_form" id="signup_form" action="/forms/signups" method="POST" accept-charset="UTF-8">
              <input name="authenticity_token" type="hidden" value="%(csrf)s">
              <input name="page_id" type="hidden" value="412">
              <input name="return_to" type="hidden" value="https://www.renouveau-republicain.fr/confidentialite">
              <input id="signup_email" name="signup[email]" type="email" placeholder="Votre adresse e-mail" class="text">
              <input id="signup_submitted_zip" name="signup[submitted_address]" type="text" placeholder="Code postal" class="text">
              <input type="submit" name="commit" value="Je m'inscris" class="submit-button btn btn-primary">
              <div class="form-errors"></div>
            </form>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/confidentialite">Politique de confidentialité</a></li>
      <li><a href="#tarteaucitron">Gérer les cookies</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
    <p class="copyright">© Renouveau Républicain – Siège national, Paris. Financé par l'AFPRR, mandataire financier agréé.</p>
    <p class="powered">Créé avec <a href="https://nationbuilder.com/">NationBuilder</a></p>
  </div>
</footer>
<script src="%(js)s"></script>
<script type="text/javascript">
  tarteaucitron.user.gtagUa = 'G-7RQ2X4KD1M';
  tarteaucitron.user.gtagMore = function () {};
  (tarteaucitron.job = tarteaucitron.job || []).push('gtag');
</script>
</body>
</html>
""" % {"csrf": s["csrf"], "css": asset % "theme.css", "js": asset % "theme.js", "theme": THEME, "body": body,
       "camp": s["camp"], "camp_url": s["camp_url"], "pct": pct, "raised": _eur(s["raised"]),
       "goal": _eur(s["camp_goal"]), "donors": "{:,}".format(s["donors"]).replace(",", "\u202f")}


PAGE = {
    "service": "Renouveau Republicain",
    "url": "https://www.renouveau-republicain.fr/confidentialite",
    "lang": "fr",
    "platform": "NationBuilder (custom theme, v2 layout)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "NationBuilder"), ("Cache-Control", "max-age=0, private, must-revalidate")],
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 9, 20),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.renouveau-republicain.fr/confidentialite",
                    "select": "#content .content"},
}
