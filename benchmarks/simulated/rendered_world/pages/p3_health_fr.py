"""Apaisia (online psychology consultations, Paris) - fr-FR - Nuxt 3 + Storyblok: scoped-style data-v-xxxxxxxx
attributes that change with deploys, __NUXT_DATA__ payload that carries the policy's rich text, a Sentry trace meta per
request, Axeptio cookie widget, Crisp chat, AB Tasty test on the header CTA, a skeleton / loaded "À lire aussi" block,
and a dismissible toast."""
import datetime as dt
import hashlib
import json
import common as C

URL = "https://www.apaisia.fr/politique-de-confidentialite"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Apaisia met en relation des patients avec des psychologues diplômés pour des consultations en vidéo, par téléphone ou au cabinet. Parce que vous nous confiez des informations particulièrement sensibles, nous avons voulu que cette politique soit aussi claire que possible. Elle s'applique au site apaisia.fr, aux applications mobiles Apaisia et à l'espace praticien.

## 1. Qui est responsable du traitement de vos données ?

Le responsable de traitement est la société Apaisia SAS, société par actions simplifiée au capital de 48 250 euros, immatriculée au RCS de Paris sous le numéro 891 402 377, dont le siège social est situé 12 rue de la Grange-Batelière, 75009 Paris.

Les psychologues qui vous accompagnent sont responsables, en tant que professionnels, des notes et du dossier qu'ils constituent dans le cadre de votre suivi. Apaisia agit alors comme sous-traitant pour leur compte, au sens de l'article 28 du Règlement général sur la protection des données (RGPD).

## 2. Quelles données collectons-nous ?

- **Données d'identification et de contact** : nom, prénom, date de naissance, adresse électronique, numéro de téléphone.
- **Données de santé** : motif de consultation, réponses au questionnaire d'orientation, informations échangées avec votre psychologue et notes de séance rédigées par celui-ci.
- **Données de rendez-vous** : historique des rendez-vous, praticien consulté, mode de consultation.
- **Données de paiement** : les paiements sont traités par notre prestataire Stripe ; nous ne conservons que les quatre derniers chiffres de votre carte et l'historique des transactions.
- **Données de connexion** : adresse IP, journaux de connexion, type de terminal et version de l'application.

Les séances en vidéo ne sont jamais enregistrées.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
| Création et gestion de votre compte, prise de rendez-vous | Exécution du contrat (article 6.1.b du RGPD) |
| Réalisation des téléconsultations et suivi par votre psychologue | Consentement explicite (article 9.2.a du RGPD) et prise en charge sanitaire (article 9.2.h) |
| Facturation et comptabilité | Obligation légale (article 6.1.c du RGPD) |
| Envoi de rappels de rendez-vous par SMS et e-mail | Exécution du contrat |
| Amélioration du service et statistiques anonymisées | Intérêt légitime (article 6.1.f du RGPD) |
| Lettre d'information | Consentement, retirable à tout moment |

Lorsque vous utilisez le dispositif MonPsy, nous transmettons à votre psychologue les informations nécessaires à la facturation à l'Assurance Maladie. Nous n'avons pas accès à vos données de remboursement.

## 4. Où sont hébergées vos données de santé ?

Conformément à l'article L. 1111-8 du Code de la santé publique, vos données de santé sont hébergées exclusivement en France par un hébergeur certifié Hébergeur de Données de Santé (HDS) : OVHcloud, 2 rue Kellermann, 59100 Roubaix. Elles sont chiffrées au repos et en transit, et l'accès aux notes de séance est réservé à votre psychologue.

## 5. Avec qui partageons-nous vos données ?

Vos données ne sont jamais vendues ni utilisées à des fins publicitaires. Elles ne sont accessibles qu'aux personnes qui en ont besoin :

- votre psychologue, pour les informations relatives à votre suivi ;
- nos équipes support et technique, dans la limite de leurs attributions et sans accès aux notes de séance ;
- nos sous-traitants : OVHcloud (hébergement HDS), Stripe Payments Europe (paiement), Sendinblue (e-mails et SMS transactionnels), Crisp (messagerie du support), Whereby (vidéo chiffrée de bout en bout) ;
- les autorités administratives ou judiciaires, lorsque la loi nous y oblige.

Certains sous-traitants peuvent être établis hors de l'Union européenne. Dans ce cas, les transferts sont encadrés par les clauses contractuelles types de la Commission européenne, et aucune donnée de santé n'est transférée hors de l'Union européenne.

## 6. Cookies et traceurs

Nous utilisons des cookies nécessaires au fonctionnement du site et, avec votre accord recueilli via notre bandeau, des cookies de mesure d'audience. Aucun traceur n'est déposé dans l'espace patient. Vous pouvez modifier vos choix à tout moment depuis le lien « Gestion des cookies » en bas de page, conformément aux lignes directrices de la CNIL.

## 7. Combien de temps conservons-nous vos données ?

- Données du compte : jusqu'à la suppression de votre compte, ou après 3 ans d'inactivité.
- Notes de séance : conservées par votre psychologue pendant la durée de votre suivi, puis archivées 20 ans à compter de la dernière consultation.
- Données de facturation : 10 ans, conformément au Code de commerce.
- Données de prospection : 3 ans à compter du dernier contact.

## 8. Quels sont vos droits ?

Conformément au RGPD et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Vous pouvez retirer votre consentement à tout moment. Pour exercer vos droits, écrivez-nous à [dpo@apaisia.fr](mailto:dpo@apaisia.fr) en précisant l'adresse électronique de votre compte. Nous répondons dans un délai d'un mois.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 9. Délégué à la protection des données

Nous avons désigné un délégué à la protection des données (DPO), Mme Claire Fontanel, que vous pouvez contacter à l'adresse [dpo@apaisia.fr](mailto:dpo@apaisia.fr) ou par courrier : Apaisia SAS, à l'attention du DPO, 12 rue de la Grange-Batelière, 75009 Paris.

## 10. Modifications

Nous pouvons faire évoluer cette politique. En cas de modification importante, nous vous en informerons par e-mail ou par une notification dans l'application avant son entrée en vigueur.
"""

COOKIES = """## 6. Cookies et traceurs

Nous utilisons des cookies nécessaires au fonctionnement du site et, avec votre accord recueilli via notre bandeau, des cookies de mesure d'audience. Aucun traceur n'est déposé dans l'espace patient. Vous pouvez modifier vos choix à tout moment depuis le lien « Gestion des cookies » en bas de page, conformément aux lignes directrices de la CNIL.

"""

EDITS = [
    {"note": "silent rename of a processor: Sendinblue -> Brevo (anciennement Sendinblue); date not bumped", "bump": False,
     "repl": [("Sendinblue (e-mails et SMS transactionnels)", "Brevo, anciennement Sendinblue (e-mails et SMS transactionnels)")]},
    {"note": "new section 'Prise de notes assistée par intelligence artificielle' (opt-in by psychologist and patient, "
             "HDS-hosted Mistral model, no training); sections renumbered",
     "repl": [("## 5. Avec qui partageons-nous vos données ?",
               "## 5. Prise de notes assistée par intelligence artificielle\n\nLes psychologues qui le souhaitent peuvent utiliser un assistant de prise de notes. Avec votre accord, recueilli au début de chaque séance et révocable à tout moment, le son de la séance est transcrit puis résumé afin de proposer au psychologue un brouillon de note, qu'il relit et corrige. L'enregistrement audio est supprimé dès la fin de la transcription et n'est jamais conservé.\n\nLe modèle de langage utilisé, fourni par Mistral AI, est exécuté sur les serveurs de notre hébergeur certifié HDS en France. Vos données ne sont pas utilisées pour entraîner ou améliorer ce modèle ni aucun autre. Refuser l'assistant n'a aucune conséquence sur votre prise en charge.\n\n## 6. Avec qui partageons-nous vos données ?"),
              ("## 6. Cookies et traceurs", "## 7. Cookies et traceurs"),
              ("## 7. Combien de temps", "## 8. Combien de temps"),
              ("## 8. Quels sont vos droits ?", "## 9. Quels sont vos droits ?"),
              ("## 9. Délégué à la protection des données", "## 10. Délégué à la protection des données"),
              ("## 10. Modifications", "## 11. Modifications")]},
    {"note": "retention: inactive accounts deleted after 2 years (was 3); cookies section moved to the end of the policy",
     "repl": [("ou après 3 ans d'inactivité.", "ou après 2 ans d'inactivité, après un e-mail de rappel un mois avant la suppression."),
              (COOKIES.replace("## 6.", "## 7."), ""),
              ("## 8. Combien de temps", "## 7. Combien de temps"),
              ("## 9. Quels sont vos droits ?", "## 8. Quels sont vos droits ?"),
              ("## 10. Délégué à la protection des données", "## 9. Délégué à la protection des données"),
              ("## 11. Modifications", "## 10. Cookies et traceurs\n\nNous utilisons des cookies nécessaires au fonctionnement du site et, avec votre accord recueilli via notre bandeau, des cookies de mesure d'audience. Aucun traceur n'est déposé dans l'espace patient. Vous pouvez modifier vos choix à tout moment depuis le lien « Gestion des cookies » en bas de page, conformément aux lignes directrices de la CNIL.\n\n## 11. Modifications")]},
    {"note": "MonPsy renamed 'Mon soutien psy'; sentence on transmission to Assurance Maladie rewritten (tiers payant)",
     "repl": [("Lorsque vous utilisez le dispositif MonPsy, nous transmettons à votre psychologue les informations nécessaires à la facturation à l'Assurance Maladie. Nous n'avons pas accès à vos données de remboursement.",
               "Lorsque vous bénéficiez du dispositif Mon soutien psy, nous transmettons à l'Assurance Maladie, pour le compte de votre psychologue, les informations nécessaires à la facturation en tiers payant (numéro de sécurité sociale, date des séances, identifiant du praticien). Ce traitement repose sur une obligation légale. Nous n'avons pas accès à vos données de remboursement.")]},
    {"note": "DPO changed: internal DPO Claire Fontanel replaced by an external DPO (Cabinet Délos Conformité), new "
             "address dpo@; HDS host described as 'certifié HDS 2.0'",
     "repl": [("Nous avons désigné un délégué à la protection des données (DPO), Mme Claire Fontanel, que vous pouvez contacter",
               "Nous avons désigné comme délégué à la protection des données (DPO) le cabinet Délos Conformité, représenté par M. Olivier Ravenel, que vous pouvez contacter"),
              ("certifié Hébergeur de Données de Santé (HDS) : OVHcloud", "certifié Hébergeur de Données de Santé (HDS), selon le référentiel en vigueur : OVHcloud")]},
]

SOUTIEN = dt.datetime(2024, 6, 15)
ARTICLES = [("Comment choisir son psychologue ?", "/blog/choisir-son-psychologue"),
            ("Anxiété : quand consulter ?", "/blog/anxiete-quand-consulter"),
            ("Mon soutien psy : comment ça marche ?", "/blog/mon-soutien-psy"),
            ("Téléconsultation ou cabinet : que choisir ?", "/blog/teleconsultation-ou-cabinet"),
            ("Burn-out : les signes qui doivent alerter", "/blog/burn-out-signes")]


def hh(*p, n=8):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.6, lambda: C.uuid4(rng))
    s["sentry"] = (C.hexs(rng, 32), C.hexs(rng, 16))
    s["axeptio"] = rng.choice(["open", "open", "closed-badge"])
    s["crisp"] = rng.choice(["closed", "closed", "closed-unread"])
    s["abtasty"] = rng.choice(["0", "1124587"])
    s["reads"] = "skeleton" if rng.random() < 0.3 else tuple(rng.sample(range(len(ARTICLES)), 3))
    s["toast"] = rng.random() < 0.4
    return s


LABELS = {
    "deploy": "Nuxt build (buildId, /_nuxt chunk names, data-v-* scoped hashes)",
    "sentry": "sentry-trace / baggage metas (per request)",
    "axeptio": "Axeptio widget open or collapsed to its badge",
    "crisp": "Crisp chat launcher (closed, unread badge)",
    "abtasty": "AB Tasty variation on header CTA",
    "reads": "'À lire aussi' block: skeleton or loaded teasers (random picks)",
    "toast": "toast 'Séances remboursées' shown or dismissed",
}


def render(s, blocks, when):
    dep = s["deploy"]
    dv = {c: hh(c, dep) for c in ["layout", "header", "page", "toc", "footer", "reads", "toast"]}

    def v(c):
        return ' data-v-%s=""' % dv[c]
    trace, span = s["sentry"]
    rich = C.blocks_html(blocks[1:])
    h1 = C.inline_html(blocks[0][1])
    toc = "".join('<li%s><a%s href="#section-%d">%s</a></li>' % (v("toc"), v("toc"), n + 1, C.inline_html(b[1]))
                  for n, b in enumerate([b for b in blocks if b[0] == "h2"]))
    cta = "Trouver mon psy" if s["abtasty"] == "0" else "Prendre rendez-vous"
    header = ('<header%s class="site-header"><div%s class="site-header__inner container"><a%s href="/" class="site-header__logo '
              'router-link-active" aria-label="Apaisia, accueil"><svg%s width="120" height="28"><use href="#logo"></use></svg></a>'
              '<nav%s class="site-header__nav"><a%s href="/psychologues" class="">Nos psychologues</a><a%s href="/comment-ca-marche" class="">'
              'Comment ça marche</a><a%s href="/tarifs" class="">Tarifs et remboursement</a><a%s href="/blog" class="">Blog</a></nav>'
              '<div%s class="site-header__actions"><a%s href="/connexion" class="btn btn--ghost">Se connecter</a><a%s href="/psychologues" '
              'class="btn btn--primary" data-ab="%s">%s</a></div></div></header>'
              % tuple([v("header")] * 12 + [s["abtasty"], cta]))
    if s["reads"] == "skeleton":
        reads = "".join('<div%s class="card card--skeleton" aria-busy="true"><div%s class="skeleton skeleton--img"></div>'
                        '<div%s class="skeleton skeleton--line"></div><div%s class="skeleton skeleton--line skeleton--short"></div></div>'
                        % ((v("reads"),) * 4) for _ in range(3))
    else:
        arts = [(("MonPsy : comment ça marche ?", a[1]) if "soutien" in a[0] and when < SOUTIEN else a) for a in ARTICLES]
        reads = "".join('<a%s href="%s" class="card"><img%s src="https://a.storyblok.com/f/184392/800x450/%s/%s.jpg/m/400x225/filters:format(webp)" '
                        'loading="lazy" alt=""><p%s class="card__title">%s</p></a>'
                        % (v("reads"), arts[k][1], v("reads"), hh("img", k, n=10), arts[k][1].split("/")[-1], v("reads"), arts[k][0])
                        for k in s["reads"])
    main = ('<main%s class="legal-page"><div%s class="container legal-page__grid"><nav%s class="legal-page__toc" aria-label="Sommaire">'
            '<p%s class="legal-page__toc-title">Sommaire</p><ol%s>%s</ol></nav><article%s class="legal-page__content">'
            '<h1%s class="legal-page__title">%s</h1><div%s class="rich-text">%s</div></article></div>'
            '<section%s class="reads container"><h2%s>À lire aussi</h2><div%s class="reads__grid">%s</div></section></main>'
            % (v("page"), v("page"), v("toc"), v("toc"), v("toc"), toc, v("page"), v("page"), h1, v("page"), rich,
               v("reads"), v("reads"), v("reads"), reads))
    footer = ('<footer%s class="site-footer"><div%s class="container site-footer__cols"><div%s><p%s class="site-footer__title">Apaisia</p>'
              '<p%s>La santé mentale, accessible à tous.</p></div><ul%s><li%s><a%s href="/mentions-legales">Mentions légales</a></li>'
              '<li%s><a%s href="/cgu">CGU</a></li><li%s><a%s href="/politique-de-confidentialite" class="router-link-active router-link-exact-active" aria-current="page">'
              'Politique de confidentialité</a></li><li%s><a%s href="javascript:openAxeptioCookies()">Gestion des cookies</a></li></ul>'
              '<p%s>En cas d\'urgence, appelez le 15 ou le 3114 (numéro national de prévention du suicide).</p></div>'
              '<p%s class="site-footer__copy">© %d Apaisia SAS</p></footer>'
              % tuple([v("footer")] * 16 + [when.year]))
    toast = ('<div%s class="toast toast--info" role="status"><p%s>Nouveau : jusqu\'à %d séances remboursées par an avec %s.</p>'
             '<button%s class="toast__close" aria-label="Fermer">×</button></div>' % (v("toast"), v("toast"), 12 if when >= SOUTIEN else 8, "Mon soutien psy" if when >= SOUTIEN else "MonPsy", v("toast")) if s["toast"] else "")
    payload = [["ShallowReactive", 1], {"data": 2, "state": 8, "once": 9, "_errors": 10, "serverRendered": 11, "path": 12},
               ["ShallowReactive", 3], {"story-politique-de-confidentialite": 4},
               {"name": "Politique de confidentialité", "slug": "politique-de-confidentialite", "content": 5}, {"component": "legal_page", "title": 6, "body": 7},
               blocks[0][1], rich, ["Reactive", 13], ["Set"], ["ShallowReactive", 14], True, "/politique-de-confidentialite",
               {"$sconsent": False}, {"story-politique-de-confidentialite": None}]
    pj = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    axeptio = ('<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_container axeptio_container--%s">%s</div></div>'
               % ("open", '<div class="axeptio_widget" role="dialog" aria-label="Gestion des cookies"><div class="axeptio_widget_content">'
                  '<p class="axeptio_title">Ce site utilise des cookies, mais que de bons !</p><p class="axeptio_text">Nous utilisons des cookies de '
                  'mesure d\'audience pour améliorer le site. Aucun cookie n\'est déposé dans votre espace patient.</p>'
                  '<button id="axeptio_btn_dismiss" class="axeptio_btn_dismiss">Non merci</button><button id="axeptio_btn_configure">Je choisis</button>'
                  '<button id="axeptio_btn_acceptAll" class="axeptio_btn_acceptAll">OK pour moi</button></div></div>')
               if s["axeptio"] == "open" else
               '<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_container axeptio_container--badge"><button id="axeptio_main_button" '
               'class="axeptio_badge" aria-label="Gérer les cookies"><img src="https://axeptio.imgix.net/2023/02/apaisia-cookie.png" alt=""></button></div></div>')
    crisp = ('<div class="crisp-client"><div class="cc-1brb6" data-full-view="false" data-availability-tooltip="false" data-chat-status="initial" '
             'data-visible="true"><div class="cc-1xry" data-is-failure="false"><a class="cc-unoo" role="button" aria-label="Ouvrir le chat" '
             'data-maximized="false"><span class="cc-7doi cc-1ada"><span class="cc-15e7"></span></span>%s</a></div></div></div>'
             % ('<span class="cc-1uqc" data-id="chat_unread">1</span>' if s["crisp"] == "closed-unread" else ""))
    return ('<!DOCTYPE html><html lang="fr" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>Politique de confidentialité | Apaisia</title><link rel="stylesheet" href="/_nuxt/entry.%s.css" crossorigin>'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">'
            '<link rel="preload" as="fetch" crossorigin="anonymous" href="/politique-de-confidentialite/_payload.json?%s">'
            '<meta name="description" content="Comment Apaisia protège vos données personnelles et vos données de santé.">'
            '<link rel="canonical" href="%s"><meta name="sentry-trace" content="%s-%s-0">'
            '<meta name="baggage" content="sentry-environment=production,sentry-release=apaisia-web%%40%s,sentry-public_key=7d3b1f0c9a2e4c68b5f1e0d4a9c73b21,sentry-trace_id=%s,sentry-sample_rate=0.05,sentry-sampled=false">'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script>'
            '<script src="https://static.axept.io/sdk.js" async></script><script src="https://client.crisp.chat/l.js" async></script></head>'
            '<body%s><div id="__nuxt"><div%s class="layout">%s%s%s</div></div><div id="teleports">%s</div>'
            '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblokVersion:"published",axeptioClientId:"63f0b7c4e1a2d900127c9a1b",'
            'sentry:{dsn:"https://7d3b1f0c9a2e4c68b5f1e0d4a9c73b21@o4505.ingest.sentry.io/4505012345"}},app:{baseURL:"/",buildId:"%s",'
            'buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>%s%s</body></html>'
            % (hh("css", dep), hh("a", dep), hh("b", dep), dep, URL, trace, span, hh("rel", dep, n=7), trace, hh("entry", dep),
               ' class="ab-%s"' % s["abtasty"] if s["abtasty"] != "0" else "", v("layout"), header, main, footer, toast, pj, dep,
               axeptio, crisp))


PAGE = {
    "service": "Apaisia", "url": URL, "lang": "fr-FR", "platform": "Nuxt 3 + Storyblok",
    "content_type": "text/html;charset=utf-8",
    "n": 31, "start": dt.date(2022, 5, 9), "end": dt.date(2026, 4, 2),
    "policy": POLICY, "first_updated": dt.date(2022, 4, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-page__content"]},
}
