"""Maison Valère (Paris luxury house) - French - Angular Universal SSR (Angular 15, upgraded to Angular 17 with
hydration in November 2023), Didomi consent, Commanders Act tag container, Contentsquare.

The policy is one CMS page rendered by the `mv-legal-page` component: title, date and introduction, then every
section in a collapsed accordion (`mv-accordion-item`, panels `hidden` until opened). Per visit, inside the
declared `article.legal-page`: the CDK accordion ids (`cdk-accordion-child-N`: a counter of the Node SSR process,
so it grows between visits and resets on each deploy) and the `_ngcontent-*` / `_nghost-*` attributes (renamed by
each build, another scheme after the Angular 17 upgrade, plus `ngh` hydration attributes). Outside: the transfer
state (the CMS API's response with the policy again, a request id and the page's `publishedAt`, which moves when an
editor republishes without changes), hashed bundle names, and from Angular 17 a CSP nonce per request.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.maison-valere.com/fr-fr/content/politique-de-confidentialite/"

POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

La Maison Valère attache une grande importance à la protection de vos données personnelles et au respect de votre vie privée. La présente politique de confidentialité vous informe de la manière dont Valère SAS collecte et utilise vos données personnelles lorsque vous visitez notre site maison-valere.com, lorsque vous effectuez un achat en ligne ou dans l'une de nos boutiques, ou lorsque vous échangez avec nos Conseillers de vente et notre Service Client.

## Qui est responsable du traitement de vos données ?

Le responsable du traitement est la société Valère SAS, société par actions simplifiée au capital de 12 500 000 euros, immatriculée au Registre du commerce et des sociétés de Paris sous le numéro 552 118 904, dont le siège social est situé :

@ Valère SAS
@ 31, rue du Faubourg Saint-Honoré
@ 75008 Paris, France

Valère SAS a désigné un Délégué à la protection des données (DPO), que vous pouvez contacter à l'adresse [dpo@maison-valere.com](mailto:dpo@maison-valere.com).

## Quelles données collectons-nous ?

Selon vos interactions avec la Maison, nous pouvons collecter :

- des données d'identification : civilité, nom, prénom, date de naissance, langue préférée ;
- des coordonnées : adresse postale, adresse e-mail, numéro de téléphone ;
- des données relatives à vos achats : historique des commandes et des achats en boutique, produits consultés, demandes de retouche, de gravure ou de réparation ;
- des données de paiement : moyen de paiement utilisé et données de transaction (les numéros de carte sont traités directement par nos prestataires de paiement certifiés PCI-DSS) ;
- vos préférences : centres d'intérêt, tailles, préférences de contact, boutique de rattachement ;
- les échanges avec nos Conseillers de vente et notre Service Client, y compris par téléphone, e-mail, WhatsApp ou WeChat ;
- des données de connexion et de navigation : adresse IP, identifiants d'appareil, pages consultées, collectées au moyen de cookies.

Nous ne collectons aucune donnée sensible au sens de l'article 9 du Règlement général sur la protection des données (RGPD).

## Pour quelles finalités et sur quelles bases légales ?

| Finalité | Base légale |
| Gestion de vos commandes, paiements, livraisons, retours et du service après-vente | Exécution du contrat |
| Création et gestion de votre compte client | Exécution du contrat |
| Prise de rendez-vous en boutique et service personnalisé de vos Conseillers de vente | Intérêt légitime de la Maison à offrir une relation client d'exception |
| Envoi d'invitations, de lettres d'information et d'offres personnalisées | Votre consentement |
| Prévention de la fraude et lutte contre la contrefaçon | Intérêt légitime |
| Respect de nos obligations comptables, fiscales et de lutte contre le blanchiment | Obligation légale |
| Mesure d'audience et amélioration du site | Votre consentement (cookies) |

## Qui sont les destinataires de vos données ?

Vos données sont destinées aux équipes habilitées de Valère SAS et, dans la limite de leurs attributions, aux sociétés du groupe Valère qui exploitent nos boutiques dans le monde, afin que vous puissiez bénéficier d'un service homogène où que vous soyiez.

Elles peuvent également être communiquées à nos prestataires, qui agissent sur nos instructions : hébergement et maintenance du site, solutions de paiement, transporteurs, plateforme de relation client, prestataires d'envoi d'e-mails et de SMS. Ces prestataires sont tenus par contrat d'assurer la sécurité et la confidentialité de vos données.

Enfin, vos données peuvent être transmises aux autorités administratives ou judiciaires lorsque la loi l'exige.

## Vos données sont-elles transférées hors de l'Union européenne ?

La Maison étant présente dans plus de trente pays, certaines de vos données peuvent être transférées vers des sociétés du groupe ou des prestataires situés hors de l'Espace économique européen, notamment aux États-Unis, en Suisse, au Japon, à Singapour et en Chine. Ces transferts sont encadrés par une décision d'adéquation de la Commission européenne ou, à défaut, par les clauses contractuelles types adoptées par la Commission européenne, complétées le cas échéant par des mesures de sécurité supplémentaires. Vous pouvez obtenir une copie de ces garanties en écrivant à notre DPO.

## Combien de temps conservons-nous vos données ?

| Catégorie de données | Durée de conservation |
| Données clients | Pendant toute la durée de la relation, puis 5 ans à compter du dernier achat ou du dernier contact |
| Données de prospects | 3 ans à compter du dernier contact émanant de vous |
| Pièces comptables et factures | 10 ans |
| Enregistrements des appels au Service Client | 6 mois |
| Cookies et traceurs | 13 mois maximum |

À l'issue de ces durées, vos données sont supprimées ou anonymisées de manière irréversible.

## Comment protégeons-nous vos données ?

Nous mettons en œuvre des mesures techniques et organisationnelles appropriées pour protéger vos données contre toute perte, destruction, altération ou accès non autorisé : chiffrement des communications, contrôle strict des habilitations, journalisation des accès et sensibilisation régulière de nos collaborateurs, y compris en boutique.

## Quels sont vos droits ?

Conformément à la réglementation applicable, vous disposez des droits suivants :

- droit d'accès et de copie de vos données ;
- droit de rectification ;
- droit à l'effacement ;
- droit à la limitation du traitement ;
- droit à la portabilité de vos données ;
- droit d'opposition, notamment à la prospection commerciale, à tout moment et sans justification ;
- droit de retirer votre consentement à tout moment ;
- droit de définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez-nous à [dpo@maison-valere.com](mailto:dpo@maison-valere.com) ou par courrier à l'adresse du siège indiquée ci-dessus, à l'attention du Délégué à la protection des données. Nous pourrons vous demander de justifier de votre identité en cas de doute raisonnable.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [www.cnil.fr](https://www.cnil.fr).

## Cookies

Lors de votre navigation, des cookies et autres traceurs peuvent être déposés sur votre terminal. Vous pouvez à tout moment modifier vos choix en cliquant sur le lien « Paramètres des cookies » en bas de chaque page. Pour en savoir plus, consultez notre [Politique relative aux cookies](/fr-fr/content/politique-cookies/).

## Modification de la présente politique

Nous pouvons être amenés à modifier la présente politique afin de tenir compte des évolutions légales ou de nos services. La date de dernière mise à jour figure en tête de page. En cas de modification substantielle, nous vous en informerons par e-mail ou par une notification sur notre site.
"""

EDITS = [
    {"note": "a sentence added on made-to-measure measurements",
     "repl": [("au sens de l'article 9 du Règlement général sur la protection des données (RGPD).",
               "au sens de l'article 9 du Règlement général sur la protection des données (RGPD). Les mensurations "
               "recueillies lors d'une commande sur mesure sont utilisées uniquement pour la confection de vos "
               "pièces et conservées dans votre dossier client.")]},
    {"note": "typo fixed: 'soyiez' -> 'soyez' (date not changed)", "bump": False,
     "repl": [("où que vous soyiez.", "où que vous soyez.")]},
    {"note": "DPO contact address changed (both mentions)",
     "repl": [("contacter à l'adresse [dpo@maison-valere.com](mailto:dpo@maison-valere.com).",
               "contacter à l'adresse [privacy@maison-valere.com](mailto:privacy@maison-valere.com)."),
              ("écrivez-nous à [dpo@maison-valere.com](mailto:dpo@maison-valere.com) ou par courrier",
               "écrivez-nous à [privacy@maison-valere.com](mailto:privacy@maison-valere.com) ou par courrier")]},
    {"note": "retention of customer data after the last purchase: 5 -> 3 years",
     "repl": [("puis 5 ans à compter du dernier achat", "puis 3 ans à compter du dernier achat")]},
    {"note": "digital certificate of authenticity: a purpose row and a new section",
     "repl": [("| Prévention de la fraude et lutte contre la contrefaçon | Intérêt légitime |",
               "| Prévention de la fraude et lutte contre la contrefaçon | Intérêt légitime |\n"
               "| Émission et gestion du certificat d'authenticité numérique de vos créations | Exécution du contrat |"),
              ("## Vos données sont-elles transférées hors de l'Union européenne ?",
               "## Certificat d'authenticité numérique\n\n"
               "Certaines créations de la Maison sont accompagnées d'un certificat d'authenticité numérique, "
               "accessible en approchant votre smartphone de la puce NFC intégrée à la pièce. Ce certificat est "
               "enregistré sur une blockchain privée opérée par un consortium de maisons de luxe. Aucune donnée "
               "permettant de vous identifier directement n'y est inscrite : seul un identifiant pseudonyme est "
               "associé à la pièce, et le lien entre cet identifiant et votre compte client est conservé sur nos "
               "propres serveurs. En cas de revente, vous pouvez transférer le certificat au nouvel acquéreur depuis "
               "votre compte.\n\n"
               "## Vos données sont-elles transférées hors de l'Union européenne ?")]},
]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)


NG17_FROM = dt.datetime(2023, 11, 20)


def noise(rng, when, i, prev):
    p = prev or {}
    ng = "17.0.4" if when >= NG17_FROM else "15.2.9"
    if p.get("ng") != ng:
        p = {}

    def new_build():
        if ng.startswith("15"):
            att = {k: "serverapp-c%d" % rng.randint(20, 160) for k in ("root", "hdr", "lp", "acc", "ai", "ftr")}
        else:
            att = {k: "ng-c%d" % rng.randint(10 ** 9, 4 * 10 ** 9) for k in ("root", "hdr", "lp", "acc", "ai", "ftr")}
        return (C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16),
                tuple(sorted(att.items())))
    build = C.keep_or(rng, p.get("build"), 0.2, new_build)
    # accordion ids: a counter of the SSR process, reset by deploys
    base = (p.get("acc_base", 0) + rng.randint(40, 4000)) if build == p.get("build") else rng.randint(0, 30)
    published = C.keep_or(rng, p.get("published"), 0.12, lambda: (when - dt.timedelta(
        days=rng.randint(0, 9), hours=rng.randint(0, 20), minutes=rng.randint(0, 59))).strftime(
        "%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999))
    st = {"ng": ng, "build": build, "acc_base": base, "published": published, "request": C.uuid4(rng)}
    if ng.startswith("17"):
        st["nonce"] = C.b64tok(rng, 16)
    return st


LABELS = {"ng": "Angular version (15 -> 17 upgrade)", "build": "bundle hashes and _ngcontent/_nghost ids (deploy)",
          "acc_base": "CDK accordion ids cdk-accordion-child-N (SSR process counter, inside the article)",
          "published": "CMS publishedAt in the transfer state (republish)", "request": "request id in transfer state",
          "nonce": "CSP nonce (Angular 17)"}


def _rich(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            rows = b[1]
            out.append('<div class="mv-table-wrapper"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
                "".join("<th>%s</th>" % C.inline_html(c) for c in rows[0]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in rows[1:])))
        else:
            out.append(C.block_html(b))
    return "".join(out)


def _ng15_escape(s):
    return (s.replace("&", "&a;").replace('"', "&q;").replace("'", "&s;").replace("<", "&l;")
            .replace(">", "&g;"))


def render(s, blocks, when):
    build = s["build"]
    js_main, js_rt, js_poly, css = build[:4]
    att = dict(build[4])
    ng17 = s["ng"].startswith("17")

    def c(k):  # content attribute of component k's template
        return ' _ngcontent-%s=""' % att[k]

    def h(k, ngh=None):
        return ' _nghost-%s=""%s' % (att[k], (' ngh="%d"' % ngh) if (ng17 and ngh is not None) else "")

    head, secs = C.split_sections(blocks)
    title = head[0][1]
    date_line = head[1][1]
    intro = head[2:]
    items = []
    n = s["acc_base"]
    for j, (t, body) in enumerate(secs):
        k = n + j
        items.append(
            '<mv-accordion-item%s class="mv-accordion__item"%s>'
            '<h2%s class="mv-accordion__heading"><button%s type="button" class="mv-accordion__trigger" '
            'id="mv-accordion-header-%d" aria-controls="cdk-accordion-child-%d" aria-expanded="false">'
            '<span%s class="mv-accordion__title">%s</span><span%s aria-hidden="true" class="mv-accordion__icon">'
            '</span></button></h2><div%s role="region" class="mv-accordion__panel" id="cdk-accordion-child-%d" '
            'aria-labelledby="mv-accordion-header-%d" hidden=""><div%s class="mv-accordion__body mv-rich-text">%s'
            '</div></div></mv-accordion-item>' % (
                c("acc"), h("ai", 2), c("ai"), c("ai"), k, k, c("ai"), C.inline_html(t), c("ai"), c("ai"), k, k,
                c("ai"), _rich(body)))
    article = (
        '<article%s class="legal-page"><header%s class="legal-page__header"><h1%s class="legal-page__title">%s</h1>'
        '<p%s class="legal-page__date">%s</p></header><div%s class="legal-page__intro mv-rich-text">%s</div>'
        '<mv-accordion%s class="legal-page__sections mv-accordion"%s>%s</mv-accordion></article>' % (
            c("lp"), c("lp"), c("lp"), C.inline_html(title), c("lp"), C.inline_html(date_line), c("lp"),
            _rich(intro), c("lp"), h("acc", 1), "".join(items)))

    api = "https://api.maison-valere.com/cms/v2/pages/politique-de-confidentialite?locale=fr-FR"
    payload = {"id": "6f1c2e0a9b7d4c35", "slug": "politique-de-confidentialite", "locale": "fr-FR",
               "template": "legal", "title": title, "updatedLabel": date_line, "intro": _rich(intro),
               "sections": [{"title": t, "body": _rich(b)} for t, b in secs],
               "publishedAt": s["published"], "_meta": {"requestId": s["request"], "cache": "MISS"}}
    if ng17:
        state = json.dumps({api: {"b": payload, "h": {}, "s": 200, "st": "OK", "u": api, "rt": "json"},
                            "__nghData__": [{"t": {"0": "t0"}, "c": {"0": []}}, {}, {"t": {"4": "t1"}}]},
                           ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(
            ">", "\\u003E")
        state_tag = '<script id="ng-state" type="application/json" nonce="%s">%s</script>' % (s["nonce"], state)
        root_open = '<mv-root ng-version="%s"%s ngcspnonce="%s" ng-server-context="ssr">' % (
            s["ng"], h("root", 0), s["nonce"])
        nonce_attr = ' nonce="%s"' % s["nonce"]
    else:
        state = json.dumps({"G." + api + "?": {"body": payload, "headers": {}, "status": 200, "statusText": "OK",
                                               "url": api, "responseType": "json"}},
                           ensure_ascii=False, separators=(",", ":"))
        state_tag = '<script id="serverApp-state" type="application/json">%s</script>' % _ng15_escape(state)
        root_open = '<mv-root ng-version="%s"%s>' % (s["ng"], h("root"))
        nonce_attr = ""

    nav = "".join('<li%s class="mv-nav__item"><a%s class="mv-nav__link" href="/fr-fr/%s/">%s</a></li>' % (
        c("hdr"), c("hdr"), slug, lab) for slug, lab in (
        ("femme", "Femme"), ("homme", "Homme"), ("maroquinerie", "Maroquinerie"), ("joaillerie", "Joaillerie"),
        ("parfums", "Parfums"), ("maison", "Art de vivre"), ("histoire", "La Maison")))
    legal = "".join('<li%s><a%s href="/fr-fr/content/%s/">%s</a></li>' % (c("ftr"), c("ftr"), slug, lab)
                    for slug, lab in (("mentions-legales", "Mentions légales"),
                                      ("conditions-generales-de-vente", "Conditions générales de vente"),
                                      ("politique-de-confidentialite", "Politique de confidentialité"),
                                      ("politique-cookies", "Politique relative aux cookies"),
                                      ("accessibilite", "Accessibilité : partiellement conforme")))
    return """<!DOCTYPE html><html lang="fr-FR"><head>
  <meta charset="utf-8">
  <title>Politique de confidentialité | Maison Valère</title>
  <base href="/fr-fr/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="/favicon.ico">
  <link rel="preconnect" href="https://assets.maison-valere.com">
  <link rel="preconnect" href="https://api.maison-valere.com">
  <script type="text/javascript"{nonce}>window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}function e(n,r,o,c,s){{function e(e,t,n,a){{if(typeof n!=="function"){{return}}if(!window[r]){{window[r]=[]}}var i=false;if(s){{i=s(e,t,n)}}if(!i){{window[r].push({{command:e,parameter:t,callback:n,version:a}})}}}}e.stub=true;function t(a){{if(!window[n]||window[n].stub!==true){{return}}if(!a.data){{return}}var i=typeof a.data==="string";var e;try{{e=i?JSON.parse(a.data):a.data}}catch(t){{return}}if(e[o]){{var r=e[o];window[n](r.command,r.parameter,function(e,t){{var n={{}};n[c]={{returnValue:e,success:t,callId:r.callId}};a.source.postMessage(i?JSON.stringify(n):n,"*")}},r.version)}}}}if(typeof window[n]!=="function"){{window[n]=e;if(window.addEventListener){{window.addEventListener("message",t,false)}}else{{window.attachEvent("onmessage",t)}}}}}}e("__tcfapi","__tcfapiBuffer","__tcfapiCall","__tcfapiReturn");a("__tcfapiLocator");(function(e,t){{var n=document.createElement("link");n.rel="preconnect";n.as="script";var a=document.createElement("link");a.rel="dns-prefetch";a.as="script";var i=document.createElement("script");i.id="spcloader";i.type="text/javascript";i["async"]=true;i.charset="utf-8";var r="https://sdk.privacy-center.org/"+e+"/loader.js?target_type=notice&target="+t;n.href="https://sdk.privacy-center.org/";a.href="https://sdk.privacy-center.org/";i.src=r;var o=document.getElementsByTagName("script")[0];o.parentNode.insertBefore(n,o);o.parentNode.insertBefore(a,o);o.parentNode.insertBefore(i,o)}})("8b2d7e54-1c3a-4f6e-9d0b-2a7c5e3f1b90","Qk7pWfRz")}})();</script>
  <script{nonce}>var tc_vars = {{"env_template":"legal","env_work":"prod","env_country":"FR","env_language":"fr","page_name":"content>politique-de-confidentialite","page_cat1":"content","user_logged":"0","user_category":"prospect"}};</script>
  <script src="//cdn.tagcommander.com/4187/tc_MaisonValere_31.js" async=""{nonce}></script>
<link rel="stylesheet" href="styles.{css}.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.{css}.css"></noscript><style{nonce}>.mv-accordion__panel[hidden]{{display:none}}.legal-page[_ngcontent-{lp}]{{max-width:760px;margin:0 auto;padding:64px 24px}}.legal-page__title[_ngcontent-{lp}]{{font-family:ValereDidot,serif;font-size:32px;letter-spacing:.02em;text-align:center}}.mv-accordion__trigger[_ngcontent-{ai}]{{display:flex;width:100%;justify-content:space-between;padding:20px 0;border:0;background:none;text-align:left}}</style><meta name="description" content="Découvrez comment la Maison Valère collecte, utilise et protège vos données personnelles."><link rel="canonical" href="{url}"><link rel="alternate" hreflang="en-gb" href="https://www.maison-valere.com/en-gb/content/privacy-policy/"><link rel="alternate" hreflang="fr-fr" href="{url}"></head>
<body>
  {root_open}<mv-header{chdr_root} class="mv-header"{hhdr}><div{chdr} class="mv-header__top"><a{chdr} href="/fr-fr/store-locator/" class="mv-header__link">Trouver une boutique</a><a{chdr} href="/fr-fr/rendez-vous/" class="mv-header__link">Prendre rendez-vous</a><button{chdr} type="button" class="mv-header__locale">France (EUR €)</button></div><div{chdr} class="mv-header__main"><button{chdr} type="button" class="mv-header__burger" aria-label="Menu"></button><a{chdr} href="/fr-fr/" class="mv-header__logo" aria-label="Maison Valère"><svg{chdr} viewBox="0 0 220 32" width="220" height="32" aria-hidden="true"><use{chdr} href="#logo-valere"></use></svg></a><div{chdr} class="mv-header__actions"><a{chdr} href="/fr-fr/search/" class="mv-header__search">Rechercher</a><a{chdr} href="/fr-fr/account/login/" class="mv-header__account">Mon compte</a><a{chdr} href="/fr-fr/cart/" class="mv-header__bag">Panier <span{chdr} class="mv-header__bag-count">0</span></a></div></div><nav{chdr} class="mv-nav" aria-label="Navigation principale"><ul{chdr} class="mv-nav__list">{nav}</ul></nav></mv-header><main{croot} class="mv-main" id="main-content"><router-outlet{croot}></router-outlet><mv-legal-page{h_lp}>{article}</mv-legal-page></main><mv-footer{croot}{hftr}><footer{cftr} class="mv-footer"><div{cftr} class="mv-footer__service"><p{cftr} class="mv-footer__title">Service Client</p><p{cftr}>Nos Conseillers vous répondent du lundi au samedi, de 10h à 19h, au <a{cftr} href="tel:+33140174700">+33 1 40 17 47 00</a>.</p><a{cftr} href="/fr-fr/contact/">Nous écrire</a></div><div{cftr} class="mv-footer__newsletter"><p{cftr} class="mv-footer__title">Lettre d'information</p><p{cftr}>Recevez en avant-première les actualités de la Maison.</p><a{cftr} href="/fr-fr/newsletter/" class="mv-button mv-button--outline">S'inscrire</a></div><ul{cftr} class="mv-footer__legal">{legal}<li{cftr}><a{cftr} href="javascript:Didomi.preferences.show()">Paramètres des cookies</a></li></ul><p{cftr} class="mv-footer__copyright">© {year} Maison Valère</p></footer></mv-footer></mv-root>
<script src="runtime.{rt}.js" type="module"{nonce}></script><script src="polyfills.{poly}.js" type="module"{nonce}></script><script src="main.{main}.js" type="module"{nonce}></script>
<script src="https://t.contentsquare.net/uxa/7c31d0a5e2f94.js" async=""{nonce}></script>
{state_tag}</body></html>""".format(
        nonce=nonce_attr, css=css, lp=att["lp"], ai=att["ai"], url=URL, root_open=root_open,
        chdr_root=c("root"), hhdr=h("hdr", 3), chdr=c("hdr"), nav=nav, croot=c("root"),
        h_lp=c("root") + h("lp", 4), article=article, hftr=h("ftr", 5), cftr=c("ftr"), legal=legal, year=when.year,
        rt=js_rt, poly=js_poly, main=js_main, state_tag=state_tag)


PAGE = {
    "service": "Maison Valère",
    "url": URL,
    "lang": "fr",
    "platform": "Angular Universal SSR (Angular 15 -> 17), headless CMS, Didomi, Commanders Act",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache"), ("X-Powered-By", "Express"), ("Vary", "Accept-Encoding"),
                      ("Server", "cloudflare")),
    "n": 29,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal-page"},
}
