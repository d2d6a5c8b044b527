"""Le Veilleur (Paris) - fr-FR - national daily, in-house Symfony/Twig front, Didomi CMP (TCF v2.2), Piano
Composer paywall, Google Ad Manager slots incl. an in-read slot inside the article body.

The IAB vendor list ("nos N partenaires") lives in the Didomi layer, outside the policy: the policy only refers to
it. Well-built page, ordinary (heavy) news-site noise."""
import datetime as dt
import common as C

URL = "https://www.leveilleur.fr/confidentialite/"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Le Veilleur attache une importance particulière à la protection de vos données personnelles. La présente politique vous explique quelles données nous collectons lorsque vous consultez nos sites et applications, lorsque vous créez un compte ou souscrivez un abonnement, pourquoi nous les utilisons, avec qui nous les partageons et comment exercer vos droits.

## 1. Qui est responsable du traitement de vos données ?

Le responsable du traitement est la Société d'édition du Veilleur (SEV), société par actions simplifiée au capital de 12 480 000 euros, immatriculée au RCS de Paris sous le numéro 552 118 904, dont le siège social est situé 34, rue de Châteaudun, 75009 Paris.

La SEV édite le quotidien Le Veilleur, le site leveilleur.fr, les applications mobiles Le Veilleur et L'Édition du soir, ainsi que les lettres d'information associées.

## 2. Quelles données collectons-nous ?

Selon la manière dont vous utilisez nos services, nous sommes amenés à traiter :

- des données d'identification : civilité, nom, prénom, adresse électronique, mot de passe chiffré, numéro de téléphone ;
- des données relatives à votre abonnement : formule souscrite, historique des paiements, adresse de livraison du journal imprimé, moyen de paiement (traité par notre prestataire de paiement, nous ne conservons que les quatre derniers chiffres de votre carte) ;
- des données de navigation : pages consultées, articles lus, durée de lecture, type de terminal, identifiants publicitaires, adresse IP tronquée ;
- vos contributions : commentaires publiés sous les articles, réponses aux appels à témoignages, participation aux jeux-concours ;
- vos préférences : lettres d'information choisies, thèmes suivis, choix exprimés dans notre outil de gestion du consentement.

## 3. Pour quelles finalités et sur quelles bases légales ?

| Finalité | Base légale |
| Gestion de votre compte et de votre abonnement | Exécution du contrat |
| Facturation, comptabilité et recouvrement | Obligation légale et exécution du contrat |
| Envoi des lettres d'information éditoriales | Consentement |
| Prospection commerciale par courrier électronique | Consentement, ou intérêt légitime pour nos abonnés (produits analogues) |
| Modération des commentaires | Intérêt légitime |
| Mesure d'audience | Intérêt légitime ou consentement selon l'outil utilisé |
| Publicité personnalisée | Consentement |
| Lutte contre la fraude et le partage de comptes | Intérêt légitime |

## 4. Publicité, cookies et traceurs

Le Veilleur est financé par ses abonnés et par la publicité. Lorsque vous consultez nos sites, des traceurs peuvent être déposés sur votre terminal par nous-mêmes ou par nos partenaires publicitaires, dans le respect de l'article 82 de la loi Informatique et Libertés et des lignes directrices de la CNIL.

Nous utilisons une plateforme de gestion du consentement conforme au cadre de transparence et de consentement (TCF) de l'IAB Europe. La liste de nos partenaires et les finalités pour lesquelles ils interviennent sont consultables à tout moment en cliquant sur le lien « Paramétrer les cookies » présent en bas de chaque page. Vous pouvez y retirer votre consentement aussi simplement que vous l'avez donné.

Certains traceurs sont exemptés de consentement car strictement nécessaires au fonctionnement du site : maintien de la session, mémorisation de vos choix en matière de cookies, équilibrage de charge et mesure d'audience exemptée réalisée par notre outil de mesure dans les conditions fixées par la CNIL.

## 5. Qui sont les destinataires de vos données ?

Vos données sont destinées aux services internes de la SEV habilités à les traiter (service abonnés, rédaction pour les contributions, service marketing, service juridique). Elles peuvent être transmises à nos sous-traitants, qui agissent sur nos instructions : hébergeur, prestataire de paiement, routeur de courriers électroniques, prestataire de modération des commentaires, centre d'appels du service abonnés, société de portage du journal imprimé.

Avec votre accord, certaines données de navigation sont partagées avec nos partenaires publicitaires, qui agissent alors en qualité de responsables de traitement distincts.

Vos données peuvent enfin être communiquées aux autorités administratives ou judiciaires lorsque la loi l'impose.

## 6. Transferts hors de l'Union européenne

Certains de nos prestataires sont établis hors de l'Union européenne ou y font accéder leurs équipes. Ces transferts sont encadrés par une décision d'adéquation de la Commission européenne ou par les clauses contractuelles types adoptées par celle-ci, complétées le cas échéant de mesures supplémentaires.

## 7. Combien de temps conservons-nous vos données ?

- Données relatives à votre compte et à votre abonnement : pendant toute la durée de la relation contractuelle, puis trois ans à des fins de prospection.
- Pièces comptables : dix ans, conformément au Code de commerce.
- Données de prospects n'ayant jamais souscrit d'abonnement : trois ans à compter du dernier contact émanant d'eux.
- Commentaires : pendant la durée de publication de l'article concerné.
- Traceurs : treize mois au maximum ; vos choix en matière de cookies sont conservés six mois.

## 8. Quels sont vos droits ?

Conformément au règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et de portabilité de vos données, ainsi que d'un droit d'opposition, notamment à la prospection commerciale. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez-nous à [donnees-personnelles@leveilleur.fr](mailto:donnees-personnelles@leveilleur.fr) ou par courrier au Service abonnés du Veilleur, 34, rue de Châteaudun, 75009 Paris, en précisant vos nom, prénom et adresse électronique. Nous pourrons vous demander un justificatif d'identité en cas de doute raisonnable.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL).

Vous pouvez aussi vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel.

## 9. Délégué à la protection des données

La SEV a désigné un délégué à la protection des données, que vous pouvez joindre à l'adresse [dpo@leveilleur.fr](mailto:dpo@leveilleur.fr) ou par courrier : Délégué à la protection des données, Société d'édition du Veilleur, 34, rue de Châteaudun, 75009 Paris.

## 10. Modification de la présente politique

Nous pouvons être amenés à modifier cette politique, notamment pour tenir compte des évolutions légales ou de nos services. La date de dernière mise à jour figure en haut de cette page ; en cas de modification substantielle, nous vous en informerons par courrier électronique ou par un message sur nos sites.
"""

EDITS = [
    {"note": "retention: prospects reduced from three to two years; new bullet deleting inactive free accounts after three years",
     "repl": [("- Données de prospects n'ayant jamais souscrit d'abonnement : trois ans à compter du dernier contact émanant d'eux.",
               "- Données de prospects n'ayant jamais souscrit d'abonnement : deux ans à compter du dernier contact émanant d'eux.\n- Comptes gratuits inactifs : supprimés après trois ans sans connexion, après un courrier électronique de rappel.")]},
    {"note": "CNIL complaint sentence now links to cnil.fr/plaintes (silent, date not bumped)", "bump": False,
     "repl": [("une réclamation à la Commission nationale de l'informatique et des libertés (CNIL).",
               "une réclamation à la Commission nationale de l'informatique et des libertés (CNIL) sur [www.cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes).")]},
    {"note": "cookie section: new 'accepter ou s'abonner' paragraph (consent-or-pay wall, offer 'Le Veilleur sans publicité personnalisée')",
     "repl": [("Vous pouvez y retirer votre consentement aussi simplement que vous l'avez donné.",
               "Vous pouvez y retirer votre consentement aussi simplement que vous l'avez donné.\n\n"
               "L'accès à nos contenus en accès libre est conditionné soit à votre consentement au dépôt de traceurs publicitaires, soit à la souscription de l'offre « Le Veilleur sans publicité personnalisée », proposée à un tarif raisonnable et présenté de manière claire dans notre outil de gestion du consentement. Les abonnés à l'une de nos offres payantes bénéficient de cette option sans supplément. Seuls les traceurs strictement nécessaires et la mesure d'audience exemptée sont alors déposés.")]},
    {"note": "purposes table: new row 'Personnalisation des recommandations d'articles' (legitimate interest, can be switched off)",
     "repl": [("| Publicité personnalisée | Consentement |",
               "| Publicité personnalisée | Consentement |\n| Personnalisation des recommandations d'articles à partir de votre historique de lecture | Intérêt légitime (désactivable dans votre espace abonné) |")]},
    {"note": "DPO changed: external DPO firm, new postal address",
     "repl": [("La SEV a désigné un délégué à la protection des données, que vous pouvez joindre à l'adresse [dpo@leveilleur.fr](mailto:dpo@leveilleur.fr) ou par courrier : Délégué à la protection des données, Société d'édition du Veilleur, 34, rue de Châteaudun, 75009 Paris.",
               "La SEV a désigné comme délégué à la protection des données le cabinet Lexpria Conseil, que vous pouvez joindre à l'adresse [dpo@leveilleur.fr](mailto:dpo@leveilleur.fr) ou par courrier : DPO Le Veilleur, Lexpria Conseil, 8, boulevard de Sébastopol, 75004 Paris.")]},
]

PLUS_LUS = [
    "Réforme des retraites : ce que prévoit le texte adopté en commission",
    "Canicule : 14 départements placés en vigilance orange",
    "Ligue des champions : le PSG arrache sa qualification dans les arrêts de jeu",
    "Immobilier : les taux de crédit repartent à la baisse",
    "Ce que l'on sait de l'incendie de l'entrepôt de Gennevilliers",
    "Baccalauréat 2024 : les sujets de philosophie",
    "Assemblée nationale : la motion de censure rejetée de 9 voix",
    "Prix des carburants : nouvelle hausse à la pompe",
    "Tour de France : Pogacar s'impose au sommet du Plateau de Beille",
    "Intelligence artificielle : Bruxelles précise son calendrier",
    "Grève SNCF : les prévisions de trafic pour le week-end",
    "Marseille : un nouveau règlement de comptes dans les quartiers nord",
]
TICKER = [
    "Le Conseil constitutionnel valide l'essentiel de la loi", "Séisme de magnitude 5,8 au large de la Crète",
    "Le CAC 40 ouvre en légère hausse", "Disparition d'un randonneur dans les Pyrénées : les recherches reprennent",
    "Le gouvernement annonce un plan pour l'hôpital", "Météo : orages attendus dans le Sud-Est",
    "Mort de l'acteur Jean-Pierre Lumet à 87 ans", "Football : l'OL change d'entraîneur",
    "Inflation : l'Insee revoit sa prévision", "Ukraine : nouvelle vague de frappes sur Kharkiv",
]
OFFERS = [("1 € le premier mois", "puis 9,99 € par mois, sans engagement"),
          ("Offre spéciale : 4,99 € par mois pendant 1 an", "Résiliable à tout moment"),
          ("Lisez Le Veilleur sans limite", "1 € le premier mois, puis 12,99 € par mois")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["ads"] = (C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16), rng.randint(10 ** 9, 10 ** 10 - 1))
    s["didomi"] = (640 + i * 6 + rng.randint(0, 25), C.uuid4(rng))
    s["plus_lus"] = C.keep_or(rng, prev.get("plus_lus"), 0.85, lambda: tuple(rng.sample(range(len(PLUS_LUS)), 5)))
    s["ticker"] = tuple((rng.randint(6, 11), rng.randint(0, 59), k) for k in sorted(rng.sample(range(len(TICKER)), 4)))
    s["piano"] = (rng.randrange(len(OFFERS)), C.alnum(rng, 12))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: C.hexs(rng, 8))
    s["csrf"] = C.b64tok(rng, 24)
    return s


LABELS = {
    "ads": "Google Ad Manager slot ids / correlator (header, in-read, sidebar)",
    "didomi": "Didomi notice: 'nos N partenaires' count and consent uuid",
    "plus_lus": "'Les plus lus' column",
    "ticker": "'En continu' breaking-news ticker",
    "piano": "Piano paywall prompt A/B variant ('Abonnez-vous')",
    "build": "front build hash of assets",
    "csrf": "newsletter form CSRF token",
}


def _slot(pos, uid, size):
    return ('<div class="dfp-slot dfp-slot--%s" id="dfp-%s-%s" data-ad-unit="/21783924/leveilleur/services/confidentialite" '
            'data-pos="%s" data-sizes="%s"><span class="dfp-slot__label">Publicité</span></div>' % (pos, pos, uid, pos, size))


def render(s, blocks, when):
    a1, a2, a3, corr = s["ads"]
    npart, duuid = s["didomi"]
    b = s["build"]
    h1 = blocks[0]
    rest = blocks[1:]
    # in-read slot after section 3 (inside the article body, as the ad server injects it)
    k = next(j for j, x in enumerate(rest) if x[0] == "h2" and x[1].startswith("4."))
    body = C.blocks_html(rest[:k]) + "\n" + _slot("inread", a2, "1x1,640x360") + "\n" + C.blocks_html(rest[k:])
    ticker = "".join('<li class="ticker__item"><time>%02dh%02d</time> <a href="/actualite-en-continu/">%s</a></li>'
                     % (h, m, TICKER[t]) for h, m, t in s["ticker"])
    plus = "".join('<li class="plus-lus__item"><span class="plus-lus__rank">%d</span><a href="/article/%d/">%s</a></li>'
                   % (n + 1, 60000 + k2 * 137, PLUS_LUS[k2]) for n, k2 in enumerate(s["plus_lus"]))
    off, sub = OFFERS[s["piano"][0]]
    piano = ('<div class="tp-container-inner" id="piano-offer-%s" data-experience="EX%s"><div class="paywall-prompt">'
             '<p class="paywall-prompt__title">Abonnez-vous</p><p class="paywall-prompt__offer">%s</p><p>%s</p>'
             '<a class="btn btn--subscribe" href="/abonnement/?origin=confidentialite">Je m\'abonne</a></div></div>'
             % (s["piano"][1], s["piano"][1][:8].upper(), off, sub))
    didomi = ('<div id="didomi-host" data-nosnippet="true"><div class="didomi-popup-notice" aria-label="Notice cookies">'
              '<p class="didomi-notice-text">Avec votre accord, nous et <a href="javascript:Didomi.preferences.show(\'vendors\')">nos %d partenaires</a> '
              'utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. '
              'Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l\'intérêt légitime à tout moment en cliquant sur « En savoir plus » '
              'ou dans notre politique de confidentialité sur ce site.</p>'
              '<button id="didomi-notice-agree-button">Accepter &amp; Fermer</button>'
              '<button id="didomi-notice-disagree-button">Continuer sans accepter</button>'
              '<button id="didomi-notice-learn-more-button">En savoir plus</button></div></div>'
              '<script>window.didomiConfig={user:{externalConsent:{enabled:false}},app:{vendors:{iab:{all:true}}}};window.__didomiUserId="%s";</script>'
              % (npart, duuid))
    header = ('<header class="header" role="banner"><div class="header__top"><a class="header__logo" href="/">'
              '<img src="/bundles/app/img/logo-veilleur.svg?v=%s" alt="Le Veilleur" width="214" height="40"></a>'
              '<p class="header__date">%s</p>'
              '<a class="header__subscribe" href="/abonnement/">S\'abonner</a><a class="header__login" href="/connexion/">Se connecter</a></div>'
              '<nav class="nav-main" aria-label="Rubriques"><ul>'
              '<li><a href="/politique/">Politique</a></li><li><a href="/international/">International</a></li>'
              '<li><a href="/economie/">Économie</a></li><li><a href="/societe/">Société</a></li><li><a href="/culture/">Culture</a></li>'
              '<li><a href="/sport/">Sport</a></li><li><a href="/opinions/">Opinions</a></li><li><a href="/le-journal/">Le journal</a></li></ul></nav>'
              '<div class="ticker" aria-label="En continu"><span class="ticker__label">En continu</span><ul class="ticker__list">%s</ul></div>'
              '</header>' % (b, fmt_date(when.date()).capitalize(), ticker))
    article = ('<article class="article article--static" itemscope itemtype="https://schema.org/WebPage">'
               '<div class="article__header">%s</div>'
               '<div class="article__content" itemprop="text">\n%s\n</div>'
               '<div class="article__share"><button class="share share--print">Imprimer</button>'
               '<a class="share share--mail" href="mailto:?subject=Politique%%20de%%20confidentialit%%C3%%A9">Envoyer par e-mail</a></div>'
               '</article>' % (C.block_html(h1, {"h1": "article__title"}), body))
    aside = ('<aside class="sidebar">%s<section class="plus-lus"><h2 class="plus-lus__title">Les plus lus</h2><ol>%s</ol></section>'
             '%s<div class="newsletter-box"><p>Recevez chaque matin La Matinale du Veilleur</p>'
             '<form action="/newsletters/inscription/" method="post"><input type="hidden" name="_token" value="%s">'
             '<input type="email" name="email" placeholder="Votre adresse e-mail"><button>S\'inscrire</button></form></div></aside>'
             % (_slot("pave_haut", a3, "300x250,300x600"), plus, piano, s["csrf"]))
    footer = ('<footer class="footer"><ul class="footer__links"><li><a href="/mentions-legales/">Mentions légales</a></li>'
              '<li><a href="/confidentialite/">Politique de confidentialité</a></li>'
              '<li><a href="javascript:Didomi.preferences.show()">Paramétrer les cookies</a></li>'
              '<li><a href="/cgv/">Conditions générales de vente</a></li><li><a href="/charte-commentaires/">Charte des commentaires</a></li>'
              '<li><a href="https://aide.leveilleur.fr/">Aide et contact</a></li></ul>'
              '<p class="footer__copy">&copy; Le Veilleur %d - Toute reproduction interdite. Les marques et contenus du site leveilleur.fr sont protégés.</p></footer>' % when.year)
    return ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="UTF-8">\n'
            '<title>Politique de confidentialité - Le Veilleur</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="robots" content="noindex, follow">\n<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="/build/app.%s.css">\n'
            '<script>window.gdprAppliesGlobally=true;(function(){function a(e){if(!window.frames[e]){}}})();</script>\n'
            '<script async src="https://sdk.privacy-center.org/7f1e52ab-93d0-4c2a-8f3e-5b62d1c0e9a4/loader.js?target=www.leveilleur.fr"></script>\n'
            '<script>var googletag=googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().setTargeting("pageType","static").set("page_url","%s");'
            'googletag.pubads().setCorrelator(%d);});</script>\n'
            '<script async src="https://cdn.tinypass.com/api/tinypass.min.js"></script>\n'
            '</head>\n<body class="page page--static">\n%s\n%s\n'
            '<div class="layout layout--two-cols"><main class="layout__main" id="main">%s</main>%s</div>\n%s\n%s\n'
            '<script src="/build/runtime.%s.js"></script><script src="/build/app.%s.js"></script>\n</body>\n</html>\n'
            % (URL, b, URL, s["ads"][3], _slot("banniere_haute", a1, "728x90,970x250"), header, article, aside,
               footer, didomi, b[:6], b))


PAGE = {
    "service": "Le Veilleur", "url": URL, "lang": "fr-FR", "platform": "in-house Symfony/Twig + Didomi + Piano",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 3, 8), "end": dt.date(2025, 11, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article__header", ".article__content"], "remove": [".dfp-slot"]},
}
