"""Lumio (SVOD streaming) - fr-FR (with an English version on the same page) - Gatsby static site behind Cloudflare:
the policy's sections are tabs (a tablist of short labels above the panels; each panel repeats its full heading),
and the page carries both the French document and a shorter English version (hidden, shown by a language switch)
that is revised on its own schedule, lagging the French one. The curators select the French document and remove
the tablist. Noise: Cloudflare's per-request challenge params, Gatsby compilation hash, Axeptio cookiesVersion,
"À l'affiche" carousel, subscription promo, newsletter box."""
import datetime as dt
import common as C

URL = "https://www.lumio.tv/confidentialite/"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Lumio est un service de vidéo à la demande par abonnement qui donne accès à des films, des séries, des documentaires et à une sélection de chaînes en direct, sur le web, les téléviseurs connectés, les box des opérateurs partenaires et les applications mobiles. Cette politique vous explique comment nous utilisons vos données lorsque vous utilisez Lumio.

## Qui sommes-nous ?

Le service Lumio est édité par Lumio SAS, société par actions simplifiée au capital de 5 000 000 euros, immatriculée au RCS de Paris sous le numéro 852 117 390, dont le siège social est situé 27 rue du Faubourg Saint-Antoine, 75011 Paris. Lumio SAS est responsable des traitements décrits dans cette politique.

## Quelles données collectons-nous ?

- **Votre compte et votre abonnement** : adresse e-mail, mot de passe, nom et prénom, date de naissance, formule souscrite, historique de facturation, moyen de paiement (les données de carte sont traitées par notre prestataire de paiement) ;
- **Vos profils** : nom et avatar de chaque profil, âge renseigné pour les profils Enfants, préférences de langue et de sous-titres ;
- **Votre activité sur Lumio** : programmes regardés, date et durée de visionnage, reprises de lecture, listes et notes, recherches effectuées ;
- **Vos appareils** : type et modèle d'appareil, système d'exploitation, identifiant de l'appareil, adresse IP, qualité de la connexion ;
- **Nos échanges** : messages adressés au service client et réponses aux enquêtes de satisfaction.

## Pourquoi utilisons-nous vos données ?

- fournir le service, gérer votre abonnement et la facturation (exécution du contrat) ;
- vous recommander des programmes à partir de votre historique de visionnage (exécution du contrat) ;
- limiter le nombre d'écrans utilisés simultanément et lutter contre le piratage et la fraude au paiement (intérêt légitime) ;
- vous adresser notre newsletter et nos offres (consentement, ou intérêt légitime pour des offres analogues si vous êtes abonné) ;
- mesurer l'audience de nos pages et applications (consentement pour les traceurs qui y sont soumis) ;
- respecter nos obligations légales, notamment comptables et en matière de protection des mineurs (obligation légale).

## Qui reçoit vos données ?

Vos données sont traitées par les équipes de Lumio qui en ont besoin. Elles peuvent être transmises :

- à nos prestataires techniques : hébergement (Amazon Web Services, région de Paris), diffusion des vidéos (réseau de diffusion de contenu), paiement, envoi des e-mails et service client ;
- à l'opérateur partenaire, si vous vous êtes abonné à Lumio par l'intermédiaire de votre box, pour la facturation et l'activation de votre abonnement ;
- aux autorités, lorsque la loi l'impose.

Les ayants droit des programmes ne reçoivent que des statistiques agrégées, qui ne permettent pas de vous identifier.

## Transferts hors de l'Union européenne

Certains de nos prestataires sont établis aux États-Unis ou peuvent y accéder à des données. Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.

## Combien de temps conservons-nous vos données ?

- données de compte et d'abonnement : pendant toute la durée de l'abonnement, puis 3 ans à des fins commerciales ;
- historique de visionnage : 3 ans à compter de la résiliation de votre abonnement ;
- données de facturation : 10 ans ;
- données des prospects : 3 ans à compter du dernier contact ;
- traceurs : 13 mois au maximum ; votre choix est conservé 6 mois.

## Vos droits

Conformément au RGPD et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez retirer votre consentement à tout moment, notamment en cliquant sur [Gérer mes cookies](#axeptio). Vous pouvez télécharger une copie de vos données, dont votre historique de visionnage, depuis la rubrique « Mon compte > Confidentialité ».

Les profils Enfants ne sont pas utilisés à des fins publicitaires. Un mineur de moins de 15 ans ne peut consentir seul au traitement de ses données ; le consentement est alors donné conjointement par le mineur et le titulaire de l'autorité parentale, conformément à l'article 45 de la loi Informatique et Libertés.

Pour exercer vos droits, écrivez à notre délégué à la protection des données à [dpo@lumio.tv](mailto:dpo@lumio.tv) ou à Lumio SAS – DPO, 27 rue du Faubourg Saint-Antoine, 75011 Paris. Vous pouvez aussi introduire une réclamation auprès de la CNIL.

## Sécurité

Nous protégeons votre compte et vos données par des mesures adaptées : chiffrement des échanges, stockage des mots de passe sous forme hachée, détection des connexions inhabituelles et contrôle strict des accès de nos équipes. Si nous détectons une connexion suspecte, nous pouvons vous demander de confirmer votre identité ou de modifier votre mot de passe. Nous vous conseillons de ne pas partager vos identifiants et de vous déconnecter des appareils que vous n'utilisez plus depuis la rubrique « Appareils » de votre compte.

## Cookies

Nous utilisons des cookies et autres traceurs nécessaires au fonctionnement du service et, avec votre accord, des traceurs de mesure d'audience et de personnalisation. Pour en savoir plus, consultez notre [politique cookies](/cookies/).

## Modifications de la politique

Nous pouvons faire évoluer cette politique, par exemple lorsque nous lançons une nouvelle formule ou une nouvelle fonctionnalité. La date de la dernière mise à jour figure en haut de cette page. Si les changements sont importants, nous vous en informerons par e-mail ou par un message dans l'application avant leur entrée en vigueur.
"""

LABELS_TAB = {"Qui sommes-nous ?": "Responsable", "Quelles données collectons-nous ?": "Données collectées",
              "Pourquoi utilisons-nous vos données ?": "Finalités", "Qui reçoit vos données ?": "Destinataires",
              "Transferts hors de l'Union européenne": "Transferts", "Combien de temps conservons-nous vos données ?": "Conservation",
              "Vos droits": "Vos droits", "Sécurité": "Sécurité", "Cookies": "Cookies", "Modifications de la politique": "Modifications", "L'offre avec publicité": "Publicité"}

EDITS = [
    {"note": "purposes: new bullet for Médiamétrie programme audience measurement; recipients list gets Médiamétrie",
     "repl": [("- limiter le nombre d'écrans",
               "- mesurer l'audience des programmes, en lien avec Médiamétrie, afin de rendre compte aux ayants droit et aux annonceurs (intérêt légitime) ;\n- limiter le nombre d'écrans"),
              ("- aux autorités, lorsque la loi l'impose.",
               "- à Médiamétrie, sous une forme pseudonymisée, pour la mesure d'audience des programmes ;\n- aux autorités, lorsque la loi l'impose.")]},
    {"note": "retention: viewing history 3 years -> 2 years after cancellation (silent, date not bumped)", "bump": False,
     "repl": [("- historique de visionnage : 3 ans à compter", "- historique de visionnage : 2 ans à compter")]},
    {"note": "transfers: Data Privacy Framework adequacy decision added for certified US providers",
     "repl": [("Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.",
               "Lorsque ces prestataires sont certifiés au titre du cadre de protection des données UE–États-Unis (Data Privacy Framework), les transferts reposent sur la décision d'adéquation de la Commission européenne du 10 juillet 2023 ; à défaut, ils sont encadrés par les clauses contractuelles types de la Commission européenne.")]},
    {"note": "new tab/section 'L'offre avec publicité' (ad-supported plan: targeting, partners, opt-out, no ads on Kids profiles)",
     "repl": [("## Qui reçoit vos données ?",
               "## L'offre avec publicité\n\nSi vous avez choisi la formule Essentiel avec publicité, des messages publicitaires sont diffusés avant et pendant les programmes. Avec votre accord, ces publicités peuvent être adaptées à vos centres d'intérêt, déduits de vos programmes regardés, de votre tranche d'âge et de votre département.\n\nNous travaillons avec des partenaires publicitaires qui n'ont jamais accès à votre historique de visionnage détaillé : ils reçoivent uniquement un identifiant pseudonymisé et des segments d'intérêt. La liste de ces partenaires est disponible dans l'outil « Gérer mes cookies ». Si vous refusez la personnalisation, vous verrez autant de publicités, mais elles ne seront pas ciblées. Aucune publicité n'est diffusée sur les profils Enfants.\n\n## Qui reçoit vos données ?")]},
    {"note": "purposes: household check for account sharing (IP addresses and device ids analysed)",
     "repl": [("- limiter le nombre d'écrans utilisés simultanément et lutter contre le piratage et la fraude au paiement (intérêt légitime) ;",
               "- limiter le nombre d'écrans utilisés simultanément, vérifier que les appareils connectés à votre compte appartiennent à votre foyer à partir des adresses IP et des identifiants d'appareil, et lutter contre le piratage et la fraude au paiement (intérêt légitime) ;")]},
    {"note": "DPO e-mail changed to privacy@lumio.tv (silent, date not bumped)", "bump": False,
     "repl": [("[dpo@lumio.tv](mailto:dpo@lumio.tv)", "[privacy@lumio.tv](mailto:privacy@lumio.tv)")]},
]

EN = """
# Privacy Policy

Last updated: 3 May 2021

This English version is provided for information only; in case of discrepancy, the French version prevails.

## Who we are

Lumio is published by Lumio SAS, 27 rue du Faubourg Saint-Antoine, 75011 Paris, France (Paris Trade Register no. 852 117 390), which is the controller of the processing described in this policy.

## Data we collect

- account and subscription data (e-mail address, name, date of birth, plan, billing history);
- profiles, including Kids profiles;
- viewing activity (titles watched, viewing time, lists and ratings, searches);
- device data (device type, operating system, device identifier, IP address).

## Why we use your data

We use your data to provide the service and manage your subscription, to recommend titles, to limit simultaneous streams and fight piracy and payment fraud, to send you our newsletter if you agreed, and to comply with our legal obligations.

## Transfers outside the EU

Some of our providers are located in the United States. Transfers are covered by the European Commission's standard contractual clauses.

## Your rights

You have the right to access, rectify, erase and port your data, to restrict or object to its processing, and to give instructions on what happens to your data after your death. Contact our Data Protection Officer at [dpo@lumio.tv](mailto:dpo@lumio.tv). You may also lodge a complaint with the CNIL.
"""
EN_REVS = [
    (dt.datetime(2022, 11, 14), [("Last updated: 3 May 2021", "Last updated: 7 November 2022"),
                                 ("to limit simultaneous streams", "to measure programme audiences with Médiamétrie, to limit simultaneous streams")]),
    (dt.datetime(2024, 2, 19), [("Last updated: 7 November 2022", "Last updated: 12 February 2024"),
                                ("Transfers are covered by the European Commission's standard contractual clauses.",
                                 "Transfers rely on the EU–US Data Privacy Framework adequacy decision of 10 July 2023 for certified providers, and otherwise on the European Commission's standard contractual clauses.")]),
    (dt.datetime(2025, 4, 14), [("Last updated: 12 February 2024", "Last updated: 7 April 2025"),
                                ("## Transfers outside the EU", "## Ad-supported plan\n\nOn the Essentiel plan with ads, ads may be tailored to your interests if you agree. Our advertising partners only receive a pseudonymous identifier and interest segments. No ads are shown on Kids profiles.\n\n## Transfers outside the EU")]),
]

SHOWS = ["Les Veilleurs — saison 2", "Marseille Nord", "Le Dernier Phare", "Brigade Alpine", "Sous la glace",
         "Les Héritières", "Nuit blanche à Lyon", "Cap Horn", "La Maison des Aubrac", "Vertiges"]
PROMOS = ["Essai gratuit 7 jours, sans engagement", "Votre 1er mois à 1 € sur la formule Premium",
          "Nouveau : la formule Essentiel avec publicité à 4,99 €/mois", "Offre de Noël : 3 mois offerts pour tout abonnement annuel"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cf"] = (C.hexs(rng, 16), C.b64tok(rng, 15))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 20), C.hexs(rng, 20)))
    s["axeptio"] = C.keep_or(rng, prev.get("axeptio"), 0.2, lambda: "lumio-fr-%s" % when.strftime("%Y%m"))
    s["shows"] = C.keep_or(rng, prev.get("shows"), 0.7, lambda: tuple(rng.sample(range(len(SHOWS)), 4)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5,
                           lambda: 3 if when.month == 12 else rng.choice([0, 1] + ([2] if when >= dt.datetime(2025, 2, 15) else [])))
    s["en"] = sum(1 for d, _ in EN_REVS if when >= d)
    return s


LABELS = {
    "cf": "Cloudflare challenge-platform per-request params",
    "build": "Gatsby webpack compilation hash and page-data hash (deploy)",
    "axeptio": "Axeptio cookiesVersion",
    "shows": "'À l'affiche' carousel",
    "promo": "subscription promo strip",
    "en": "English version (hidden, not selected) revised on its own schedule",
}


def _doc(blocks, lang, tab_labels=None):
    head, secs = C.split_sections(blocks[1:])
    k = "fr" if lang == "fr" else "en"
    tabs = "".join('<button role="tab" type="button" class="tabs__tab" id="tab-%s-%d" aria-controls="panel-%s-%d" aria-selected="%s" tabindex="%d">%s</button>'
                   % (k, n, k, n, "true" if n == 0 else "false", 0 if n == 0 else -1, (tab_labels or {}).get(t, t)) for n, (t, _) in enumerate(secs))
    panels = "".join('<div role="tabpanel" class="tabs__panel" id="panel-%s-%d" aria-labelledby="tab-%s-%d"%s><h2 class="tabs__panel-title">%s</h2>%s</div>'
                     % (k, n, k, n, "" if n == 0 else " hidden", C.inline_html(t), C.blocks_html(bl, sep=""))
                     for n, (t, bl) in enumerate(secs))
    hd = C.blocks_html(head, sep="").replace("<p>", '<p class="legal-doc__date">', 1)
    return ('<div class="legal-doc" id="legal-%s" lang="%s"%s><h1 class="legal-doc__title">%s</h1>%s'
            '<div class="tabs" data-tabs="true"><div role="tablist" class="tabs__list" aria-label="%s">%s</div>%s</div></div>'
            % (k, k, "" if lang == "fr" else " hidden", C.inline_html(blocks[0][1]), hd,
               "Rubriques" if lang == "fr" else "Sections", tabs, panels))


def render(s, blocks, when):
    r, t = s["cf"]
    wh, ph = s["build"]
    en = EN
    for _, repl in EN_REVS[:s["en"]]:
        for a, b in repl:
            assert en.count(a) == 1, a
            en = en.replace(a, b)
    fr_html = _doc(blocks, "fr", LABELS_TAB).replace('href="#axeptio"', 'href="javascript:openAxeptioCookies();"')
    en_html = _doc(C.parse_src(en), "en")
    shows = "".join('<li class="rail__item"><a href="/programme/%s/"><img src="https://images.ctfassets.net/l7m0x2qv5c1n/%s/%s/poster.jpg?w=240&amp;fm=webp" alt="" loading="lazy"><span>%s</span></a></li>'
                    % (C.det_sha(SHOWS[k])[:8], C.det_sha("a", SHOWS[k])[:22], C.det_sha("b", SHOWS[k])[:32], SHOWS[k]) for k in s["shows"])
    return ('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>'
            '<title data-gatsby-head="true">Politique de confidentialité | Lumio</title><link rel="canonical" href="%s" data-gatsby-head="true"/>'
            '<link rel="alternate" hreflang="en" href="https://www.lumio.tv/confidentialite/#en" data-gatsby-head="true"/>'
            '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/framework-%s.js"/>'
            '<link as="fetch" rel="preload" href="/page-data/confidentialite/page-data.json" crossorigin="anonymous"/>'
            '<script>window.axeptioSettings={clientId:"63a1f0c2e9b47d0012c58e31",cookiesVersion:"%s",googleConsentMode:{default:{analytics_storage:"denied",ad_storage:"denied"}}};'
            '(function(d,s){var t=d.getElementsByTagName(s)[0],e=d.createElement(s);e.async=true;e.src="//static.axept.io/sdk.js";t.parentNode.insertBefore(e,t);})(document,"script");</script>'
            '</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            '<div class="promo-strip"><a href="/offres/">%s</a></div>'
            '<header class="site-header"><a href="/" class="site-header__logo" aria-label="Lumio">Lumio</a><nav class="site-header__nav"><a href="/films/">Films</a><a href="/series/">Séries</a>'
            '<a href="/documentaires/">Documentaires</a><a href="/direct/">En direct</a><a href="/jeunesse/">Jeunesse</a></nav>'
            '<div class="site-header__actions"><a href="/offres/" class="btn btn--primary">S\'abonner</a><a href="https://compte.lumio.tv/connexion" class="btn btn--ghost">Se connecter</a></div></header>'
            '<main class="legal"><div class="legal__switch" role="group" aria-label="Langue du document"><button type="button" data-lang="fr" aria-pressed="true">Français</button>'
            '<button type="button" data-lang="en" aria-pressed="false">English</button></div>%s%s</main>'
            '<section class="rail"><h2 class="rail__title">À l\'affiche</h2><ul class="rail__list">%s</ul></section>'
            '<section class="newsletter"><h2>La newsletter Lumio</h2><p>Chaque vendredi, les nouveautés de la semaine et nos coups de cœur.</p>'
            '<form action="https://lumio.us12.list-manage.com/subscribe/post?u=4f1a9c0e2b7d3e6a5c8b0d1f2&amp;id=9e8d7c6b5a" method="post"><label for="nl-email">Votre adresse e-mail</label>'
            '<input type="email" id="nl-email" name="EMAIL" required/><button type="submit">Je m\'inscris</button></form>'
            '<p class="newsletter__legal">Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque e-mail.</p></section>'
            '<footer class="site-footer"><ul><li><a href="/aide/">Aide</a></li><li><a href="/cgu/">Conditions générales</a></li><li><a href="/confidentialite/">Confidentialité</a></li>'
            '<li><a href="/cookies/">Cookies</a></li><li><a href="javascript:openAxeptioCookies();">Gérer mes cookies</a></li><li><a href="/mentions-legales/">Mentions légales</a></li></ul>'
            '<p>© %d Lumio SAS</p></footer></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/confidentialite/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
            '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-%s.js\\"],\\"component---src-templates-legal-page-tsx\\":[\\"/component---src-templates-legal-page-tsx-%s.js\\"]}";/*]]>*/</script>'
            '<script src="/app-%s.js" async=""></script>'
            '<script>(function(){var js = "window[\'__CF$cv$params\']={r:\'%s\',t:\'%s\'};var a=document.createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].appendChild(a);";var b=document.getElementsByTagName(\'head\')[0];var c=document.createElement(\'script\');c.innerHTML=js;b.appendChild(c);})();</script>'
            '</body></html>'
            % (URL, wh, ph[:20], s["axeptio"], PROMOS[s["promo"]], fr_html, en_html, shows, when.year, wh, ph, wh[::-1], ph, r, t))


PAGE = {
    "service": "Lumio", "url": URL, "lang": "fr-FR", "platform": "Gatsby (Contentful) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#legal-fr"], "remove": ["#legal-fr [role=\"tablist\"]"]},
}
