"""Parfait Match (Lunea Group) - fr-FR - the group's multi-brand policy site policies.luneagroup.com, a Next.js
(pages router) app: brand switcher, "Aller à la section" select built from the h2s, Didomi consent stub,
__NEXT_DATA__ with the page props; the group adds a brand to the switcher in 2024 and moves to a new layout."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://policies.luneagroup.com/fr-fr/parfait-match/privacy"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité de Parfait Match

Dernière mise à jour : {UPDATED}

Parfait Match est un service de rencontres en ligne édité par une société de Lunea Group. Nous savons que vous nous confiez des informations intimes : vos photos, vos préférences amoureuses, parfois votre orientation sexuelle, et vos conversations. Cette politique explique, en termes aussi simples que possible, quelles données nous collectons, pourquoi nous les utilisons, avec qui nous les partageons et comment vous pouvez exercer vos droits.

Cette politique s'applique au site parfaitmatch.fr, aux applications Parfait Match pour iOS et Android et à tout service qui y renvoie. Elle complète nos [Conditions d'utilisation](/fr-fr/parfait-match/terms) et notre [Politique relative aux cookies](/fr-fr/parfait-match/cookies).

## 1. Qui est responsable de vos données ?

Le responsable du traitement de vos données est Lunea Group SAS, société par actions simplifiée au capital de 2 450 000 euros, immatriculée au RCS de Paris sous le numéro 812 457 903, dont le siège social est situé 18 rue de la Chaussée-d'Antin, 75009 Paris.

Vous pouvez contacter notre délégué à la protection des données (DPO) par courrier à l'adresse ci-dessus, à l'attention du DPO, ou par e-mail à [dpo@luneagroup.com](mailto:dpo@luneagroup.com).

## 2. Quelles données collectons-nous ?

### Les données que vous nous fournissez

- Données d'inscription : adresse e-mail, numéro de téléphone, prénom, date de naissance, genre, et le genre des personnes que vous souhaitez rencontrer.
- Données de profil : photos, description, taille, situation familiale, enfants, métier, niveau d'études, centres d'intérêt, et les réponses que vous choisissez de donner à nos questions de compatibilité.
- Données sensibles que vous choisissez de renseigner : orientation sexuelle, convictions religieuses, origine. Ces informations sont facultatives et visibles sur votre profil uniquement si vous le décidez.
- Contenus que vous échangez : messages, messages vocaux, photos envoyées en conversation, signalements.
- Données de paiement lorsque vous souscrivez à un abonnement Premium : elles sont traitées par Apple, Google ou notre prestataire de paiement ; nous ne conservons que la référence de la transaction, la formule et sa date d'échéance.

### Les données que nous collectons automatiquement

- Données d'utilisation : profils consultés, « likes », matchs, durée des sessions, fonctionnalités utilisées.
- Données techniques : identifiants de l'appareil, adresse IP, système d'exploitation, version de l'application, langue, journaux de connexion.
- Données de localisation : la localisation approximative déduite de votre adresse IP et, si vous l'autorisez dans les réglages de votre téléphone, votre position précise, que nous utilisons pour vous proposer des profils proches. Les autres membres ne voient jamais votre position exacte, seulement une distance arrondie.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Données concernées | Base légale |
| Créer et gérer votre compte, afficher votre profil | Inscription, profil | Exécution du contrat |
| Vous proposer des profils compatibles | Profil, préférences, localisation, utilisation | Exécution du contrat |
| Traiter vos données sensibles (orientation, religion) | Données sensibles renseignées | Votre consentement explicite (art. 9.2.a du RGPD) |
| Assurer la sécurité des membres et lutter contre la fraude | Profil, messages signalés, données techniques | Intérêt légitime |
| Gérer votre abonnement Premium | Paiement, utilisation | Exécution du contrat |
| Vous envoyer des offres sur nos services | E-mail, utilisation | Consentement ou intérêt légitime pour les membres existants |
| Mesurer l'audience et améliorer le service | Données d'utilisation et techniques | Intérêt légitime ou consentement (cookies) |
| Répondre aux demandes des autorités | Toute donnée pertinente | Obligation légale |

### Comment fonctionne notre algorithme de suggestions ?

Les profils qui vous sont présentés sont classés par un algorithme qui tient compte de vos critères de recherche, de la distance, de l'activité récente des membres et des interactions passées (profils que vous avez aimés ou ignorés). Aucune décision produisant des effets juridiques à votre égard n'est prise sur le seul fondement d'un traitement automatisé. Les options Premium peuvent augmenter la visibilité de votre profil pendant une durée limitée ; elles ne modifient pas la manière dont votre compatibilité est calculée.

## 4. Modération et sécurité

Pour protéger nos membres, nos équipes de modération examinent les profils et les photos signalés ainsi que les conversations faisant l'objet d'un signalement. Nous utilisons des outils automatisés pour détecter les faux profils, les photos inappropriées et les comportements de spam. Un compte peut être suspendu lorsque nous avons des raisons sérieuses de penser qu'il enfreint nos Conditions d'utilisation ; vous pouvez contester cette décision en écrivant à notre service client.

## 5. Avec qui partageons-nous vos données ?

Votre profil est visible par les autres membres. Nous ne vendons pas vos données personnelles. Nous les partageons uniquement avec :

- les autres sociétés de Lunea Group, qui nous fournissent des services techniques, de support et de modération ;
- nos prestataires : hébergement (Amazon Web Services, Google Cloud), envoi d'e-mails et de notifications, service client, paiement, analyse d'audience ;
- nos partenaires publicitaires, uniquement si vous y avez consenti via notre outil de gestion du consentement ;
- les autorités administratives et judiciaires, lorsque la loi nous y oblige ou pour protéger la sécurité d'une personne ;
- un acquéreur éventuel, en cas de fusion, cession ou restructuration de tout ou partie de nos activités.

## 6. Transferts hors de l'Union européenne

Certains de nos prestataires sont situés hors de l'Espace économique européen, notamment aux États-Unis. Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées si nécessaire par des mesures de sécurité supplémentaires. Vous pouvez en obtenir une copie en écrivant à notre DPO.

## 7. Combien de temps conservons-nous vos données ?

- Tant que votre compte est actif, nous conservons les données nécessaires au service.
- Si vous supprimez votre compte, votre profil n'est plus visible immédiatement et vos données sont supprimées sous 30 jours, à l'exception des données que nous devons conserver pour des raisons légales.
- Les données de connexion (adresse IP, identifiants) sont conservées un an conformément au Code des postes et des communications électroniques.
- En cas de bannissement pour comportement dangereux, nous conservons les éléments permettant d'identifier le compte pendant 5 ans afin d'empêcher une nouvelle inscription.
- Les comptes inactifs pendant deux ans sont supprimés après une notification par e-mail.

## 8. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives relatives au sort de vos données après votre décès.

La plupart de ces droits peuvent être exercés directement depuis les réglages de l'application, rubrique « Confidentialité ». Vous pouvez également nous écrire à [dpo@luneagroup.com](mailto:dpo@luneagroup.com). Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés ([CNIL](https://www.cnil.fr)).

## 9. Mineurs

Parfait Match est réservé aux personnes majeures. Si nous apprenons qu'un compte appartient à une personne de moins de 18 ans, nous le supprimons.

## 10. Modifications de cette politique

Nous pouvons modifier cette politique pour tenir compte de l'évolution de nos services ou de la réglementation. En cas de modification importante, nous vous en informerons par e-mail ou par une notification dans l'application avant son entrée en vigueur.
"""

EDITS = [
    {"note": "new 'Vérification du profil' subsection (selfie video, biometric template deleted after check) in section 4",
     "repl": [("vous pouvez contester cette décision en écrivant à notre service client.",
               "vous pouvez contester cette décision en écrivant à notre service client.\n\n"
               "### Vérification du profil\n\n"
               "Vous pouvez faire vérifier votre profil en enregistrant une courte vidéo selfie. Notre prestataire compare "
               "cette vidéo aux photos de votre profil afin de confirmer qu'elles vous représentent. Le gabarit biométrique "
               "créé pour cette comparaison est supprimé dès la fin de la vérification ; nous conservons uniquement le "
               "résultat et la date de la vérification. Ce traitement repose sur votre consentement explicite, que vous "
               "pouvez retirer en supprimant le badge de vérification."),
              ("| Assurer la sécurité des membres et lutter contre la fraude | Profil, messages signalés, données techniques | Intérêt légitime |",
               "| Assurer la sécurité des membres et lutter contre la fraude | Profil, messages signalés, données techniques | Intérêt légitime |\n"
               "| Vérifier votre profil par selfie | Vidéo selfie, photos de profil | Votre consentement explicite |")]},
    {"note": "video calls: new bullet in collected data (calls not recorded, metadata kept 12 months) and purpose row",
     "repl": [("- Contenus que vous échangez : messages, messages vocaux, photos envoyées en conversation, signalements.",
               "- Contenus que vous échangez : messages, messages vocaux, photos envoyées en conversation, signalements.\n- Appels vidéo : lorsque vous utilisez la fonction « Rendez-vous vidéo », l'appel transite par nos serveurs de manière chiffrée mais n'est jamais enregistré. Nous conservons uniquement les métadonnées de l'appel (participants, date, durée) pendant 12 mois, pour traiter d'éventuels signalements."),
              ("| Gérer votre abonnement Premium | Paiement, utilisation | Exécution du contrat |",
               "| Permettre les appels vidéo entre membres ayant matché | Métadonnées d'appel | Exécution du contrat |\n| Gérer votre abonnement Premium | Paiement, utilisation | Exécution du contrat |")]},
    {"note": "silent: new recipient bullet (identity-verification and age-estimation provider) - date not bumped", "bump": False,
     "repl": [("- nos partenaires publicitaires, uniquement si",
               "- notre prestataire de vérification d'identité, pour les membres qui demandent la vérification de leur profil ;\n- nos partenaires publicitaires, uniquement si")]},
    {"note": "controller changed: Parfait Match now operated by Lunea Dating Europe Ltd (Dublin), lead authority DPC; DPO address",
     "repl": [("Le responsable du traitement de vos données est Lunea Group SAS, société par actions simplifiée au capital de 2 450 000 euros, immatriculée au RCS de Paris sous le numéro 812 457 903, dont le siège social est situé 18 rue de la Chaussée-d'Antin, 75009 Paris.",
               "Depuis le 1er avril 2023, le responsable du traitement de vos données est Lunea Dating Europe Limited, société de droit irlandais immatriculée sous le numéro 734215, dont le siège est situé 2 Grand Canal Square, Dublin 2, D02 A342, Irlande. Lunea Dating Europe Limited est une filiale de Lunea Group SAS (18 rue de la Chaussée-d'Antin, 75009 Paris).\n\n"
               "Notre établissement principal dans l'Union européenne étant situé en Irlande, l'autorité de contrôle chef de file est la Data Protection Commission irlandaise."),
              ("par courrier à l'adresse ci-dessus, à l'attention du DPO,", "par courrier à Lunea Dating Europe Limited, à l'attention du DPO, 2 Grand Canal Square, Dublin 2,")]},
    {"note": "DSA: new section 'Point de contact DSA' and statement of reasons for moderation decisions; sections renumbered",
     "repl": [("## 9. Mineurs", "## 9. Point de contact au titre du règlement sur les services numériques\n\n"
               "Conformément au règlement (UE) 2022/2065 sur les services numériques (DSA), les autorités des États membres, la Commission européenne et les utilisateurs peuvent nous contacter à l'adresse [dsa@luneagroup.com](mailto:dsa@luneagroup.com), en français ou en anglais. Lorsque nous restreignons un contenu ou un compte, nous vous adressons un exposé des motifs et vous pouvez introduire une réclamation par notre système interne de traitement des réclamations.\n\n"
               "## 10. Mineurs"),
              ("## 10. Modifications de cette politique", "## 11. Modifications de cette politique")]},
    {"note": "moderation: AI scanning of messages for scams and harassment, 'Êtes-vous sûr(e) ?' prompt, human review",
     "repl": [("Nous utilisons des outils automatisés pour détecter les faux profils, les photos inappropriées et les comportements de spam.",
               "Nous utilisons des outils automatisés, dont des modèles d'apprentissage automatique, pour détecter les faux profils, les photos inappropriées, les comportements de spam et les tentatives d'escroquerie. Ces outils analysent aussi le texte des messages au moment de leur envoi afin de repérer des propos insultants ou des demandes d'argent ; l'expéditeur peut alors recevoir un avertissement « Êtes-vous sûr(e) ? » avant l'envoi. Les messages identifiés comme potentiellement dangereux sont examinés par un modérateur humain avant toute sanction.")]},
]

BRANDS = [("lunea", "Lunea"), ("parfait-match", "Parfait Match"), ("serein", "Serein"),
          ("rencontre-locale", "Rencontre Locale"), ("kori", "Kōri")]
KORI = dt.datetime(2024, 2, 20)
NEWLAYOUT = dt.datetime(2023, 9, 12)
NEWS = ["Lunea Group publie son rapport de transparence", "Nos engagements pour la sécurité des membres",
        "Lunea Group rejoint la Tech Coalition", "Centre d'aide : nouvelles fiches sur la vérification"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["nonce"] = C.b64tok(rng, 16)
    s["brands"] = tuple(b for b in BRANDS if b[0] != "kori" or when >= KORI)
    s["layout"] = "v2" if when >= NEWLAYOUT else "v1"
    s["didomi"] = C.keep_or(rng, prev.get("didomi"), 0.2, lambda: C.hexs(rng, 8))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.3, lambda: rng.randrange(len(NEWS)))
    s["year"] = when.year
    return s


LABELS = {
    "build": "Next.js buildId and chunk hashes (deploy)",
    "nonce": "per-request CSP nonce on inline scripts",
    "brands": "brand switcher gains a brand (Kōri) after an acquisition",
    "layout": "group policy site redesign (header, sidebar select, footer markup)",
    "didomi": "Didomi SDK version in the consent stub",
    "news": "group news ribbon in the header",
    "year": "copyright year in footer",
}

CLS1 = {"h2": "PolicyDocument_h2__x8Fq1", "h3": "PolicyDocument_h3__Lp0aZ", "p": "PolicyDocument_p__2rTt9",
        "ul": "PolicyDocument_list__bK4vW", "table": "PolicyDocument_table__Qm7cE"}


def slug(t):
    t = t.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("ô", "o"), ("ç", "c"), ("'", "-"), ("’", "-")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def body_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "h2":
            out.append('<h2 id="%s" class="%s">%s</h2>' % (slug(b[1]), CLS1["h2"], C.inline_html(b[1])))
        elif b[0] == "table":
            out.append('<div class="PolicyDocument_tableWrap__o3YbN" role="region" tabindex="0">%s</div>' % C.block_html(b, CLS1))
        else:
            out.append(C.block_html(b, CLS1))
    return "\n".join(out)


def render(s, blocks, when):
    bid, h_app, h_page = s["build"]
    nonce = s["nonce"]
    title = blocks[0][1]
    heads = [b[1] for b in blocks if b[0] == "h2"]
    jump = "".join('<option value="#%s">%s</option>' % (slug(h), html.escape(h)) for h in heads)
    brands = "".join('<option value="/fr-fr/%s/privacy"%s>%s</option>' % (k, " selected" if k == "parfait-match" else "", n)
                     for k, n in s["brands"])
    article = ('<article id="policy-content" class="PolicyDocument_body__k3Jq2" data-brand="parfait-match" data-doc="privacy">\n'
               '<h1 class="PolicyDocument_title__9hRwd">%s</h1>\n%s\n</article>' % (html.escape(title), body_html(blocks[1:])))
    news = NEWS[s["news"]]
    if s["layout"] == "v1":
        header = ('<header class="Header_header__1mX2c"><a class="Header_logo__Zp3Q0" href="/fr-fr"><img src="/_next/static/media/lunea-group.4f2a9c1e.svg" alt="Lunea Group" width="132" height="28"></a>'
                  '<div class="Header_ribbon__aa0Rk"><a href="/fr-fr/news">%s</a></div>'
                  '<label class="BrandSwitcher_label__u1Yx2" for="brand">Marque</label><select id="brand" class="BrandSwitcher_select__Xv6yN">%s</select>'
                  '<select class="LocaleSwitcher_select__p9eS3" aria-label="Langue"><option value="fr-fr" selected>Français</option><option value="en-gb">English</option><option value="de-de">Deutsch</option><option value="it-it">Italiano</option><option value="es-es">Español</option></select></header>' % (news, brands))
        main = ('<main class="PolicyLayout_main__Kf2pW"><div class="PolicyLayout_toolbar__c0Qe3"><label for="jump">Aller à la section</label>'
                '<select id="jump" class="JumpTo_select__3Jd8s"><option value="">Choisir…</option>%s</select>'
                '<a class="PolicyLayout_print__t6Lmy" href="#" role="button">Imprimer</a></div>%s</main>' % (jump, article))
        footer = ('<footer class="Footer_footer__Vb0Tq"><ul><li><a href="/fr-fr/parfait-match/terms">Conditions d\'utilisation</a></li>'
                  '<li><a href="/fr-fr/parfait-match/privacy">Confidentialité</a></li><li><a href="/fr-fr/parfait-match/cookies">Cookies</a></li>'
                  '<li><a href="javascript:Didomi.preferences.show()">Paramètres des cookies</a></li></ul><p>© %d Lunea Group SAS</p></footer>' % s["year"])
    else:
        header = ('<div class="TopBar_bar__Rr0vE"><span>%s</span> <a href="/fr-fr/news">Lire</a></div>'
                  '<header class="SiteHeader_root__7Qm2d"><div class="SiteHeader_inner__Ls3Ke"><a href="/fr-fr" class="SiteHeader_logo__aP0xH"><img src="/_next/static/media/lunea-group-2023.0c61e7d2.svg" alt="Lunea Group" width="140" height="30"></a>'
                  '<nav class="SiteHeader_nav__q1Jtn"><a href="/fr-fr/parfait-match/terms">Conditions</a><a href="/fr-fr/parfait-match/privacy" aria-current="page">Confidentialité</a><a href="/fr-fr/parfait-match/cookies">Cookies</a><a href="/fr-fr/parfait-match/safety">Sécurité</a></nav>'
                  '<div class="SiteHeader_controls__Wm3Uy"><div class="Select_root__yH8fD"><select aria-label="Choisir une marque" class="Select_select__Na2pQ">%s</select></div>'
                  '<div class="Select_root__yH8fD"><select aria-label="Langue" class="Select_select__Na2pQ"><option value="fr-fr" selected>FR</option><option value="en-gb">EN</option><option value="de-de">DE</option><option value="it-it">IT</option><option value="es-es">ES</option><option value="nl-nl">NL</option></select></div></div></div></header>' % (news, brands))
        main = ('<div class="PolicyPage_grid__bY2rP"><aside class="PolicyPage_aside__Ue7Ws"><div class="JumpTo_root__8dKpL"><label for="jump" class="JumpTo_label__vP3s0">Aller à la section</label>'
                '<select id="jump" class="JumpTo_select__3Jd8s"><option value="">Sélectionner</option>%s</select></div>'
                '<a class="PolicyPage_pdf__Hx1Ac" href="/api/pdf?brand=parfait-match&amp;doc=privacy&amp;locale=fr-fr">Télécharger en PDF</a>'
                '<a class="PolicyPage_archive__R6wq2" href="/fr-fr/parfait-match/privacy/archive">Versions précédentes</a></aside>'
                '<main class="PolicyPage_main__dS4fE">%s</main></div>' % (jump, article))
        footer = ('<footer class="SiteFooter_root__G1z9q"><div class="SiteFooter_brands__Ko3xB">%s</div>'
                  '<p class="SiteFooter_legal__s0PcR">© %d Lunea Group. Tous droits réservés. <button type="button" class="SiteFooter_cookies__Jm2tN" onclick="Didomi.preferences.show()">Gérer mes cookies</button></p></footer>'
                  % ("".join('<a href="/fr-fr/%s/privacy">%s</a>' % b for b in s["brands"]), s["year"]))
    data = {"props": {"pageProps": {"brand": "parfait-match", "doc": "privacy", "locale": "fr-fr",
                                    "brands": [k for k, _ in s["brands"]],
                                    "toc": [{"id": slug(h), "title": h} for h in heads]}, "__N_SSG": True},
            "page": "/[locale]/[brand]/[doc]", "query": {"locale": "fr-fr", "brand": "parfait-match", "doc": "privacy"},
            "buildId": bid, "isFallback": False, "gsp": True, "scriptLoader": []}
    return ('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Politique de confidentialité - Parfait Match | Lunea Group</title>'
            '<meta name="description" content="Politique de confidentialité de Parfait Match"/><link rel="canonical" href="%s"/>'
            '<meta name="next-head-count" content="5"/>'
            '<script nonce="%s">window.gdprAppliesGlobally=true;(function(){function a(e){if(!window.frames[e]){if(document.body&&document.body.firstChild){var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}else{setTimeout(function(){a(e)},5)}}}a("__cmpLocator")})();</script>'
            '<script nonce="%s" src="https://sdk.privacy-center.org/a91c3f2e-7d4b-4e1a-9c88-2f0b6d5e1a37/loader.js?target=policies.luneagroup.com" async></script>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/_app-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/%%5Blocale%%5D/%%5Bbrand%%5D/%%5Bdoc%%5D-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/%s/_buildManifest.js"></script><script defer="" nonce="%s" src="/_next/static/%s/_ssgManifest.js"></script>'
            '</head><body><div id="__next">%s%s%s</div>'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>'
            '<script nonce="%s">window.didomiConfig={"app":{"apiKey":"a91c3f2e-7d4b-4e1a-9c88-2f0b6d5e1a37","privacyPolicyURL":"%s"},"sdkVersion":"%s","languages":{"enabled":["fr","en"],"default":"fr"}};</script>'
            '</body></html>' % (URL, nonce, nonce, h_app[:16], h_app[:16], nonce, h_app, nonce, h_page, nonce, bid, nonce, bid,
                                header, main, footer, nonce, json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                                nonce, URL, s["didomi"]))


PAGE = {
    "service": "Parfait Match", "url": URL, "lang": "fr-FR", "platform": "Next.js (group policy site) + Didomi",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 4, 6), "end": dt.date(2026, 3, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#policy-content"]},
}
