"""Consultéo (teleconsultation and appointment booking) - fr-FR - Zendesk Guide help centre (Copenhagen-based theme):
the policy is an article; title and body selected. Chrome: "Articles de cette section" sidebar, related articles,
vote counters, the article's "Mis à jour" edited-at line (moves with real edits and with agents' saves of labels or
sections that change no text), CSRF token, HelpCenter JS objects, Web Widget snippet."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://aide.consulteo.fr/hc/fr/articles/360014825731-Politique-de-confidentialit%C3%A9"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Consultéo est un service de téléconsultation médicale et de prise de rendez-vous en ligne qui vous met en relation avec des médecins et d'autres professionnels de santé inscrits à leur ordre professionnel. Parce que les informations que vous nous confiez touchent à votre santé, nous les traitons avec le plus grand soin. Cette politique vous explique quelles données sont collectées, par qui, pour quelles raisons et comment exercer vos droits.

## 1. Qui traite vos données ?

Consultéo SAS, société par actions simplifiée au capital de 86 400 euros, immatriculée au RCS de Bordeaux sous le numéro 881 204 657, dont le siège est situé 9 quai de Bacalan, 33300 Bordeaux, édite le site consulteo.fr et les applications mobiles Consultéo.

Deux responsables de traitement interviennent :

- **Consultéo** est responsable du traitement des données nécessaires à la gestion de votre compte, à la prise de rendez-vous, au paiement et à la relation avec notre service client ;
- **le professionnel de santé** que vous consultez est responsable du traitement des données de votre consultation (motif, examen, compte rendu, ordonnance), qu'il conserve dans votre dossier médical. Pour ces données, Consultéo agit en qualité de sous-traitant au sens de l'article 28 du RGPD.

## 2. Quelles données collectons-nous ?

- **Données d'identification** : nom, prénom, date de naissance, sexe, adresse électronique, numéro de téléphone, adresse postale ;
- **Données administratives** : numéro d'inscription au répertoire (NIR), régime d'assurance maladie, complémentaire santé, médecin traitant ;
- **Données de santé** : motif de consultation, réponses au questionnaire préalable, documents que vous choisissez de partager (résultats d'analyses, photographies, comptes rendus), compte rendu de consultation, ordonnances et avis d'arrêt de travail ;
- **Données de paiement** : traitées directement par notre prestataire de paiement ; nous ne conservons pas votre numéro de carte ;
- **Données techniques** : type d'appareil, qualité de la connexion pendant la vidéo, journaux de connexion.

Les téléconsultations ne sont jamais enregistrées, ni en vidéo ni en audio.

## 3. Pour quelles finalités ?

| Finalité | Base légale |
| Création et gestion de votre compte | Exécution du contrat (conditions générales d'utilisation) |
| Prise de rendez-vous et déroulement de la téléconsultation | Exécution du contrat ; pour les données de santé, prise en charge médicale (article 9.2.h du RGPD) |
| Transmission de votre ordonnance à la pharmacie de votre choix | Consentement explicite |
| Facturation et remboursement par l'Assurance Maladie | Obligation légale |
| Rappels de rendez-vous par SMS et e-mail | Intérêt légitime |
| Amélioration du service et statistiques d'utilisation | Intérêt légitime, sur des données pseudonymisées |
| Traitement de vos demandes d'exercice des droits | Obligation légale |

Nous n'utilisons jamais vos données de santé à des fins publicitaires et nous ne les vendons pas.

## 4. Où sont hébergées vos données de santé ?

Conformément à l'article L. 1111-8 du Code de la santé publique, vos données de santé sont hébergées exclusivement chez un hébergeur certifié « hébergeur de données de santé » (HDS) : OVHcloud (OVH SAS, 2 rue Kellermann, 59100 Roubaix), dans des centres de données situés en France. Elles sont chiffrées au repos et pendant leur transmission.

## 5. Qui peut accéder à vos données ?

- le professionnel de santé que vous consultez et, sauf opposition de votre part, les autres professionnels de votre équipe de soins, dans les conditions de l'article L. 1110-4 du Code de la santé publique ;
- le pharmacien que vous avez désigné, pour la délivrance de votre ordonnance ;
- l'Assurance Maladie et votre complémentaire santé, pour le remboursement ;
- nos sous-traitants : hébergeur certifié HDS, fournisseur de la solution vidéo (flux chiffrés de bout en bout), envoi des SMS, paiement (Stripe) et service client (Zendesk), ces trois derniers n'ayant aucun accès à vos données de santé.

Les équipes de Consultéo n'ont pas accès au contenu de vos consultations. Notre service client peut uniquement consulter les informations administratives de vos rendez-vous pour répondre à vos demandes.

## 6. Vos données sont-elles transférées hors de l'Union européenne ?

Vos données de santé ne quittent jamais l'Union européenne. Certaines données non médicales (adresse électronique, historique de vos échanges avec le service client) peuvent être traitées par des prestataires établis aux États-Unis ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.

## 7. Téléconsultation d'un mineur

Le titulaire de l'autorité parentale peut créer un profil pour son enfant depuis son propre compte. La téléconsultation d'un enfant mineur se déroule en présence de l'un de ses parents, sauf lorsque le mineur a expressément demandé au médecin de garder le secret sur son état de santé, dans les cas prévus à l'article L. 1111-5 du Code de la santé publique. Dans ce cas, le compte rendu et l'ordonnance ne sont pas affichés dans le compte du parent.

## 8. Combien de temps conservons-nous vos données ?

- votre compte : jusqu'à sa suppression, ou après 2 ans sans aucune activité ;
- le dossier de consultation : 20 ans à compter de la dernière consultation, durée recommandée par le Conseil national de l'Ordre des médecins, pour le compte du professionnel de santé ;
- les données de facturation : 10 ans ;
- les documents que vous avez partagés : jusqu'à leur suppression par vos soins, sauf s'ils ont été versés à votre dossier par le professionnel ;
- les journaux de connexion : 1 an.

## 9. Comment protégeons-nous vos données ?

L'accès à votre compte est protégé par un mot de passe et un code de vérification envoyé par SMS. Les professionnels de santé s'authentifient avec leur carte de professionnel de santé (CPS) ou l'application e-CPS. Nos équipes sont soumises au secret professionnel et nos systèmes font l'objet d'audits de sécurité réguliers.

## 10. Quels sont vos droits ?

Conformément au RGPD et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition.

L'accès à votre dossier médical s'exerce auprès du professionnel de santé qui l'a constitué, dans les conditions prévues par l'article L. 1111-7 du Code de la santé publique. Certaines données ne peuvent pas être effacées tant que la loi nous impose, ou impose au professionnel, de les conserver.

Pour toute question ou pour exercer vos droits, contactez notre délégué à la protection des données : [dpo@consulteo.fr](mailto:dpo@consulteo.fr), ou par courrier à Consultéo – DPO, 9 quai de Bacalan, 33300 Bordeaux.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr/fr/plaintes)).

## 11. Modifications

Nous pouvons modifier cette politique à tout moment. En cas de modification importante, vous en serez informé par e-mail ou par une notification dans l'application avant son entrée en vigueur.
"""

EDITS = [
    {"note": "recipients: new bullet for Mon espace santé (consultation report filed with the patient's agreement)",
     "repl": [("- le pharmacien que vous avez désigné,",
               "- votre profil Mon espace santé, dans lequel le professionnel peut verser le compte rendu de consultation, sauf opposition de votre part ;\n- le pharmacien que vous avez désigné,")]},
    {"note": "inactive-account deletion 2 -> 3 years (silent, date not bumped)", "bump": False,
     "repl": [("ou après 2 ans sans aucune activité ;", "ou après 3 ans sans aucune activité ;")]},
    {"note": "HDS host changed from OVHcloud (Roubaix) to Scaleway (Paris)",
     "repl": [("OVHcloud (OVH SAS, 2 rue Kellermann, 59100 Roubaix)", "Scaleway (Scaleway SAS, 8 rue de la Ville l'Évêque, 75008 Paris)")]},
    {"note": "rights: post-mortem directives paragraph added (article 85 loi Informatique et Libertés)",
     "repl": [("L'accès à votre dossier médical s'exerce",
               "Vous pouvez également définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès, conformément à l'article 85 de la loi Informatique et Libertés.\n\nL'accès à votre dossier médical s'exerce")]},
    {"note": "new section 'Aide à la rédaction du compte rendu' (AI transcription of the consultation with the patient's consent); later sections renumbered",
     "repl": [("## 10. Quels sont vos droits ?",
               "## 10. Aide à la rédaction du compte rendu\n\nCertains professionnels de santé utilisent un outil d'aide à la rédaction qui transcrit l'échange pendant la téléconsultation afin de proposer un projet de compte rendu. Cet outil n'est activé qu'avec votre accord, recueilli au début de la consultation ; vous pouvez le refuser sans conséquence sur votre prise en charge.\n\nLa transcription est traitée chez notre hébergeur certifié HDS, n'est jamais utilisée pour entraîner un modèle d'intelligence artificielle et est supprimée dès que le professionnel a validé son compte rendu, au plus tard 7 jours après la consultation. Le professionnel reste seul responsable du contenu du compte rendu.\n\n## 11. Quels sont vos droits ?"),
              ("## 11. Modifications", "## 12. Modifications")]},
]

SECTION = [("Politique de confidentialité", "360014825731-Politique-de-confidentialit%C3%A9"),
           ("Politique cookies", "360014825911-Politique-cookies"),
           ("Comment supprimer mon compte ?", "360015002214-Comment-supprimer-mon-compte"),
           ("Qui peut voir mes documents ?", "360015002354-Qui-peut-voir-mes-documents"),
           ("Comment télécharger mes données ?", "4402219876513-Comment-t%C3%A9l%C3%A9charger-mes-donn%C3%A9es"),
           ("Mes consultations sont-elles enregistrées ?", "4402219913377-Mes-consultations-sont-elles-enregistr%C3%A9es"),
           ("Conditions générales d'utilisation", "360014826071-Conditions-g%C3%A9n%C3%A9rales-d-utilisation")]
RELATED = [("Comment partager un document avec mon médecin ?", "360015118234"), ("Mon ordonnance est-elle valable en pharmacie ?", "360015118454"),
           ("Ma téléconsultation est-elle remboursée ?", "360015120012"), ("Qu'est-ce que Mon espace santé ?", "4403358120091"),
           ("Comment activer la double authentification ?", "4403358125571"), ("Je n'ai pas reçu mon code SMS", "360015120392")]

_SEEN = {}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.b64tok(rng, 48), C.hexs(rng, 40))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.3, lambda: (C.hexs(rng, 10), "%d" % rng.randint(1, 9)))
    up0, tot0 = prev.get("votes", (40, 71))
    nv = rng.randint(1, 9)
    up = rng.randint(0, nv)
    s["votes"] = (up0 + up, tot0 + nv)
    s["section"] = C.keep_or(rng, prev.get("section"), 0.25, lambda: tuple(rng.sample(range(1, len(SECTION)), 5)))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.5, lambda: tuple(rng.sample(range(len(RELATED)), 4)))
    s["edited"] = prev.get("edited")
    if s["edited"] is not None and rng.random() < 0.2:
        s["edited"] = when - dt.timedelta(hours=rng.randint(2, 300), minutes=rng.randint(0, 59))
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.3, lambda: rng.choice([None, None, "grippe", "nuit"]))
    return s


LABELS = {
    "csrf": "CSRF token and HelpCenter user identifier",
    "theme": "theme asset fingerprints (theme publish)",
    "votes": "'x utilisateurs sur y ont trouvé cela utile' vote counters",
    "section": "'Articles de cette section' sidebar (order by promotion / edits of other articles)",
    "related": "related articles block",
    "edited": "article 'Mis à jour' edited-at line (agent saves of labels/section without text change, and real edits)",
    "banner": "help-centre notice banner (flu season, night service hours)",
}


def _date_in(blocks):
    m = re.search(r"(\d+)(?:er)? (\w+) (\d{4})", blocks[1][1])
    return dt.datetime(int(m.group(3)), MOIS.index(m.group(2)) + 1, int(m.group(1)))


def render(s, blocks, when):
    h = C.det_sha(repr(blocks))
    last = _SEEN.get("h")
    if s["edited"] is None or (last is not None and h != last):
        d = _date_in(blocks)
        if last is not None and _SEEN.get("d") == d:  # silent edit: saved shortly before this visit
            s["edited"] = when - dt.timedelta(hours=int(h[:4], 16) % 40 + 3, minutes=int(h[4:6], 16) % 60)
        else:
            s["edited"] = d + dt.timedelta(hours=9 + int(h[:2], 16) % 8, minutes=int(h[2:4], 16) % 60)
    _SEEN["h"], _SEEN["d"] = h, _date_in(blocks)
    ed = s["edited"]
    csrf, ident = s["csrf"]
    th, thv = s["theme"]
    up, tot = s["votes"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    ed_txt = "%s %s %d %02d:%02d" % (("1er" if ed.day == 1 else str(ed.day)), MOIS[ed.month - 1], ed.year, ed.hour, ed.minute)
    sec = [0] + list(s["section"])
    sidebar = "".join('<li><a href="/hc/fr/articles/%s" class="sidenav-item%s">%s</a></li>'
                      % (SECTION[k][1], " current-article" if k == 0 else "", SECTION[k][0]) for k in sec)
    related = "".join('<li><a href="/hc/fr/related/click?data=%s&amp;locale=fr">%s</a></li>' % (C.det_sha("rel", RELATED[k][1])[:60], RELATED[k][0])
                      for k in s["related"])
    banner = {None: "", "grippe": '<div class="notification notification-notice"><p>Épidémie de grippe : des créneaux de téléconsultation supplémentaires sont ouverts le soir et le week-end.</p></div>',
              "nuit": '<div class="notification notification-notice"><p>Notre service client est joignable du lundi au samedi, de 8h à 20h. Les téléconsultations restent accessibles 7j/7.</p></div>'}[s["banner"]]
    hc = {"account": {"subdomain": "consulteo", "environment": "production", "name": "Consultéo"},
          "user": {"identifier": ident, "email": None, "name": "", "role": "anonymous", "avatar_url": "https://assets.zendesk.com/hc/assets/default_avatar.png",
                   "is_admin": False, "organizations": [], "groups": []},
          "internal": {"current_session": {"locale": "fr", "csrf_token": "hc:hcobject:server:" + csrf, "shared_csrf_token": None}}}
    label = "%d utilisateurs sur %d ont trouvé cela utile" % (up, tot)
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="fr">\n<head>\n  <meta charset="utf-8" />\n'
            '  <!-- v26831 -->\n  <title>Politique de confidentialité &ndash; Aide Consultéo</title>\n'
            '  <meta content="authenticity_token" name="csrf-param" />\n<meta content="hc:meta:server:%s" name="csrf-token" />\n'
            '  <meta name="description" content="%s" /><meta property="og:type" content="article" />\n'
            '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="fr" href="%s">\n'
            '  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />\n'
            '  <link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/9518277/%s.css" />\n'
            '  <script src="https://static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>\n'
            '</head>\n<body class="">\n'
            '<script>window.HelpCenter = {}; Object.assign(HelpCenter, %s);</script>\n'
            '<a class="skip-navigation" tabindex="1" href="#main-content">Aller au contenu principal</a>\n'
            '<header class="header"><div class="logo"><a title="Accueil" href="/hc/fr"><img src="//theme.zdassets.com/theme_assets/9518277/logo-consulteo.svg" alt="Page d\'accueil du Centre d\'aide Aide Consultéo"></a></div>'
            '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="Navigation utilisateur"><ul class="user-nav-list">'
            '<li><a href="https://www.consulteo.fr">Retour sur consulteo.fr</a></li><li><a class="submit-a-request" href="/hc/fr/requests/new">Envoyer une demande</a></li></ul></nav>'
            '<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Ouvre une boîte de dialogue" role="button" href="/hc/fr/signin?return_to=%s">Connexion</a></div></header>\n'
            '%s\n<main role="main">\n<div class="container-divider"></div>\n<div class="container">\n'
            '<div class="sub-nav"><nav aria-label="Fil d\'Ariane actuel"><ol class="breadcrumbs"><li title="Aide Consultéo"><a href="/hc/fr">Aide Consultéo</a></li>'
            '<li title="Informations légales"><a href="/hc/fr/categories/360003911112-Informations-l%%C3%%A9gales">Informations légales</a></li>'
            '<li title="Vos données personnelles"><a href="/hc/fr/sections/360006120551-Vos-donn%%C3%%A9es-personnelles">Vos données personnelles</a></li></ol></nav>'
            '<div class="search-container"><form role="search" class="search" data-search="" action="/hc/fr/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Rechercher" autocomplete="off" aria-label="Rechercher" /></form></div></div>\n'
            '<div class="article-container" id="article-container">\n'
            '<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">'
            '<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>'
            '<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles de cette section</h2>'
            '<div class="collapsible-sidebar-body"><ul>%s</ul><a href="/hc/fr/sections/360006120551-Vos-donn%%C3%%A9es-personnelles" class="article-sidebar-item">Voir plus</a></div></div></aside>\n'
            '<article id="main-content" class="article">\n<header class="article-header">\n<h1 title="%s" class="article-title">\n  %s\n</h1>\n'
            '<div class="article-author"><div class="avatar article-avatar"><img src="https://consulteo.zendesk.com/system/photos/360123456789/equipe.png" alt="" class="user-avatar"/></div>'
            '<div class="article-meta"><span>Équipe Consultéo</span><ul class="meta-group"><li class="meta-data"><time datetime="%s" title="%s" data-datetime="calendar">%s</time></li>'
            '<li class="meta-data">Mis à jour</li></ul></div></div>'
            '<a class="article-subscribe button button-primary" title="Ouvre une boîte de dialogue" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/fr/articles/360014825731/subscription.html">Suivre</a>\n'
            '</header>\n<section class="article-info"><div class="article-content"><div class="article-body">%s</div></div></section>\n'
            '<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=Politique+de+confidentialit%%C3%%A9&u=%s" class="share-facebook">Facebook</a></li>'
            '<li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Consult%%C3%%A9o&url=%s" class="share-linkedin">LinkedIn</a></li></ul></div></div>'
            '<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Cet article vous a-t-il été utile ?</h2>'
            '<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">'
            '<button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="360014825731" data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/fr/articles/360014825731/vote" data-value="null" data-label="%s" data-selected-class="button-primary" aria-label="Cet article était utile" aria-pressed="false">Oui</button>'
            '<button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="360014825731" data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/fr/articles/360014825731/vote" data-value="null" data-label="%s" data-selected-class="button-primary" aria-label="Cet article n\'était pas utile" aria-pressed="false">Non</button></div>'
            '<small class="article-votes-count"><span class="article-vote-label">%s</span></small></div>'
            '<div class="article-more-questions">Vous avez d\'autres questions ? <a href="/hc/fr/requests/new">Envoyer une demande</a></div>'
            '<div class="article-return-to-top"><a href="#article-container">Revenir en haut</a></div></footer>\n'
            '<div class="article-relatives"><div data-recent-articles></div><section class="related-articles" aria-labelledby="related-articles-title">'
            '<h2 class="related-articles-title" id="related-articles-title">Articles associés</h2><ul>%s</ul></section></div>\n'
            '</article>\n</div>\n</div>\n</main>\n'
            '<footer class="footer"><div class="footer-inner"><a title="Accueil" href="/hc/fr">Aide Consultéo</a><div class="footer-language-selector"></div>'
            '<p>Consultéo SAS — Service de téléconsultation. En cas d\'urgence, appelez le 15 ou le 112.</p></div></footer>\n'
            '<script src="//static.zdassets.com/hc/assets/fr.%s.js"></script>\n'
            '<script src="//theme.zdassets.com/theme_assets/9518277/%s.js"></script>\n'
            '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=5b1c7e92-3f0a-4d6e-9c18-2a7b4e6f1d03"></script>\n'
            '</body>\n</html>\n'
            % (csrf, html.escape((blocks[1][1] + ' ' + blocks[2][1])[:157] + '…'), URL, URL, th, th[::-1] + thv, json.dumps(hc, ensure_ascii=False), URL.replace(":", "%3A").replace("/", "%2F"),
               banner, sidebar, title, C.inline_html(title), C.iso(ed), ed.strftime("%Y-%m-%d %H:%M"), ed_txt, body, URL, URL,
               up, tot, 2 * up - tot, label, up, tot, 2 * up - tot, label, label, related, thv + th, th))


PAGE = {
    "service": "Consultéo", "url": URL, "lang": "fr-FR", "platform": "Zendesk Guide",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2021, 10, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
