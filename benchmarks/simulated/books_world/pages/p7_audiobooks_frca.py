"""Ouïr: a Montréal audiobook-subscription app whose marketing site runs on Squarespace, moved from a 7.0 template
(Brine family) to Squarespace 7.1 (Fluid Engine sections) in October 2023.

Squarespace's rich text has no tables, so the policy is a run of Text blocks (`.sqs-block-html`) with each table in
a Code block (`.sqs-block-code`) between them. The declaration selects the content of those blocks in the page's
main area: `.Main-content` in 7.0, `#page` in 7.1 (7.1 footers are page sections holding text blocks too), hence a
`history` entry valid until the move. Fairly clean: the universal script rollup hashes of Squarespace's frequent
platform releases, the site's contentModifiedOn and the page's data-updated-on when the site is saved, and the
announcement bar's offer (free trial, holiday price, back-to-school), which lives in the static context JSON.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.ouir.ca/confidentialite"
MOVE = dt.datetime(2023, 10, 3)

POLICY = """
# Politique de confidentialité

Dernière mise à jour : {UPDATED}

Ouïr Médias inc. (« Ouïr » ou « nous ») exploite l'application Ouïr et le site ouir.ca, qui permettent d'écouter des livres audio en français, dont une grande partie est produite au Québec. La présente politique explique comment nous recueillons, utilisons, communiquons et conservons vos renseignements personnels, conformément à la Loi sur la protection des renseignements personnels dans le secteur privé du Québec et à la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE).

## Responsable de la protection des renseignements personnels

Notre présidente, Geneviève Tremblay, agit à titre de responsable de la protection des renseignements personnels. Pour toute question ou demande, vous pouvez lui écrire :

@ Ouïr Médias inc.
@ À l'attention de la responsable de la protection des renseignements personnels
@ 5455, avenue de Gaspé, bureau 710
@ Montréal (Québec) H2T 3B3
@ vieprivee@ouir.ca

## Renseignements que nous recueillons

### Lorsque vous créez un compte

Votre prénom, votre adresse courriel et votre mot de passe (que nous conservons sous forme chiffrée). Si vous vous connectez avec Apple ou Google, nous recevons l'identifiant et l'adresse courriel que ces entreprises nous transmettent.

### Lorsque vous vous abonnez

Votre forfait, l'historique de vos paiements et votre province de résidence, qui détermine les taxes applicables (TPS, TVQ ou TVH). Les numéros de carte de crédit sont traités directement par notre fournisseur de paiement; nous n'en conservons que les quatre derniers chiffres. Si vous vous abonnez dans l'application iOS ou Android, le paiement est traité par Apple ou Google.

### Lorsque vous écoutez

Les livres que vous écoutez, votre position dans chaque livre, la vitesse de lecture, vos signets, vos listes et les évaluations que vous donnez. Ces renseignements nous permettent de synchroniser votre écoute entre vos appareils.

### Lorsque vous passez par votre bibliothèque

Si vous empruntez des livres audio Ouïr par l'intermédiaire de votre bibliothèque publique, nous recevons seulement un identifiant d'abonné chiffré et la confirmation que votre abonnement à la bibliothèque est valide. Nous ne connaissons ni votre nom ni votre numéro d'abonné.

### Automatiquement

L'identifiant et le modèle de votre appareil, la version du système d'exploitation et de l'application, votre adresse IP, ainsi que les journaux d'erreurs. Sur notre site Web, nous utilisons des témoins (cookies), décrits plus bas.

## Pourquoi nous utilisons vos renseignements

| Fin | Renseignements utilisés | Durée de conservation |
| Créer et gérer votre compte | prénom, courriel, mot de passe | tant que votre compte est actif |
| Gérer votre abonnement et la facturation | forfait, historique des paiements, province | 6 ans après la fin de l'exercice financier (obligations fiscales) |
| Synchroniser votre écoute entre vos appareils | position, vitesse, signets, listes | tant que votre compte est actif |
| Vous recommander des livres | historique d'écoute, évaluations | tant que votre compte est actif, sauf si vous désactivez les recommandations |
| Verser les redevances aux éditeurs, aux auteurs et aux narrateurs | nombre d'écoutes par titre, sous forme agrégée | 6 ans |
| Vous envoyer notre infolettre | courriel, prénom | jusqu'au retrait de votre consentement |
| Améliorer l'application et corriger les bogues | journaux techniques, données d'utilisation | 13 mois |

Nous ne vendons pas vos renseignements personnels et nous n'utilisons pas votre historique d'écoute pour afficher de la publicité.

## Communication à des tiers

Nous faisons appel à des fournisseurs qui traitent des renseignements personnels pour notre compte, selon nos instructions et en vertu d'ententes écrites qui les obligent à les protéger :

| Fournisseur | Service | Lieu de traitement |
| Amazon Web Services | hébergement de l'application et des fichiers audio | Canada (Montréal) |
| Stripe | paiements sur le Web | Canada et États-Unis |
| Apple et Google | achats intégrés aux applications | États-Unis |
| Mailchimp (Intuit) | envoi de l'infolettre | États-Unis |
| Mixpanel | statistiques d'utilisation de l'application | États-Unis |
| Squarespace | hébergement du site Web | États-Unis |

Les éditeurs et les narrateurs reçoivent uniquement des statistiques agrégées qui ne permettent pas de vous identifier. Nous pouvons aussi communiquer des renseignements lorsque la loi l'exige, par exemple en réponse à une ordonnance d'un tribunal.

## Témoins sur notre site Web

Notre site utilise des témoins nécessaires à son fonctionnement ainsi que, si vous y consentez au moyen de la bannière, des témoins de mesure d'audience (Google Analytics). Vous pouvez modifier vos choix en tout temps grâce au lien « Préférences de témoins » au bas de chaque page.

## Vos droits

Vous pouvez en tout temps :

- demander l'accès aux renseignements personnels que nous détenons à votre sujet et en obtenir une copie;
- faire rectifier des renseignements inexacts, incomplets ou équivoques;
- retirer votre consentement, par exemple à l'infolettre ou aux recommandations personnalisées;
- supprimer votre compte à partir de l'application (Profil > Paramètres > Supprimer mon compte).

Nous répondons aux demandes dans un délai de 30 jours. Si vous n'êtes pas satisfait de notre réponse, vous pouvez porter plainte auprès de la Commission d'accès à l'information du Québec ou du Commissariat à la protection de la vie privée du Canada.

## Enfants

Ouïr propose des profils Jeunesse qui ne peuvent être créés que par le titulaire d'un compte adulte. Nous ne recueillons pas sciemment de renseignements personnels auprès d'enfants de moins de 14 ans sans le consentement du titulaire de l'autorité parentale.

## Modifications

Nous pouvons modifier la présente politique. En cas de changement important, nous vous en informerons par courriel ou dans l'application avant son entrée en vigueur.
"""

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]


def fmt_date(d):
    return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "new section 'Incidents de confidentialité' (Law 25, in force September 2022: incident register, "
             "notice to the Commission d'accès à l'information)",
     "repl": [("## Témoins sur notre site Web",
               "## Incidents de confidentialité\n\n"
               "Nous tenons un registre des incidents de confidentialité. Si un incident présente un risque qu'un "
               "préjudice sérieux soit causé, nous aviserons avec diligence la Commission d'accès à l'information ainsi "
               "que les personnes concernées.\n\n## Témoins sur notre site Web")]},
    {"note": "newsletter provider changed from Mailchimp (US) to Brevo (France)",
     "repl": [("| Mailchimp (Intuit) | envoi de l'infolettre | États-Unis |",
               "| Brevo (Sendinblue SAS) | envoi de l'infolettre | France |")]},
    {"note": "Law 25 phase 2 (September 2023): new section on communication outside Québec, privacy by default, "
             "right to de-indexing added",
     "repl": [("## Incidents de confidentialité",
               "## Communication à l'extérieur du Québec\n\n"
               "Certains de nos fournisseurs traitent des renseignements à l'extérieur du Québec, notamment aux "
               "États-Unis. Avant de leur communiquer des renseignements, nous réalisons une évaluation des facteurs "
               "relatifs à la vie privée afin de nous assurer qu'ils bénéficieront d'une protection adéquate. Ces "
               "renseignements peuvent être accessibles aux autorités du pays où ils sont traités.\n\n"
               "## Incidents de confidentialité"),
              ("- supprimer votre compte à partir de l'application",
               "- demander que cesse la diffusion d'un renseignement vous concernant ou que soit désindexé tout "
               "hyperlien rattaché à votre nom, lorsque la loi le permet;\n"
               "- supprimer votre compte à partir de l'application"),
              ("Nous ne vendons pas vos renseignements personnels et",
               "Par défaut, les paramètres de votre compte offrent le plus haut niveau de confidentialité : vos listes "
               "et vos évaluations sont privées tant que vous ne choisissez pas de les rendre publiques. Nous ne vendons "
               "pas vos renseignements personnels et")]},
    {"note": "company moved: new address of the privacy officer (Griffintown)",
     "repl": [("@ 5455, avenue de Gaspé, bureau 710\n@ Montréal (Québec) H2T 3B3",
               "@ 1751, rue Richardson, bureau 4.500\n@ Montréal (Québec) H3K 1G5")]},
    {"note": "Law 25 phase 3 (September 2024): right to data portability added",
     "repl": [("- faire rectifier des renseignements inexacts, incomplets ou équivoques;",
               "- faire rectifier des renseignements inexacts, incomplets ou équivoques;\n"
               "- recevoir les renseignements personnels que vous nous avez fournis dans un format technologique "
               "structuré et couramment utilisé, ou demander qu'ils soient transmis à une personne de votre choix;")]},
]

ROLLUP_NAMES = ["extract-css-runtime", "cldr-resource-pack", "common-vendors-stable", "common-vendors", "common",
                "performance"]


def _announce(when):
    m = when.month
    if m == 12 or (m == 1 and when.day <= 6):
        return "Temps des fêtes : offrez 3 mois d'écoute pour 29,99 $ ✨"
    if m in (8, 9) and when.day <= 15 or m == 8:
        return "Rentrée : 2 mois pour 9,99 $ pour les étudiantes et étudiants"
    if m == 4:
        return "Journée mondiale du livre : 50 % sur votre premier mois"
    return "Essayez Ouïr gratuitement pendant 30 jours. Sans engagement."


_SEEN = {}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    old = list(p.get("rollups") or [C.hexs(rng, 16) for _ in ROLLUP_NAMES])
    for k in rng.sample(range(len(ROLLUP_NAMES)), rng.randint(1, 3)):
        old[k] = C.hexs(rng, 16)
    st["rollups"] = tuple(old)
    st["announce"] = _announce(when)
    st["modified"] = C.keep_or(rng, p.get("modified"), 0.3,
                               lambda: max((p.get("modified") or 0), C.epoch(when) * 1000 - rng.randint(3600000, 86400000 * 9)))
    return st


LABELS = {"rollups": "Squarespace universal script rollup hashes (platform releases)",
          "announce": "announcement bar offer (static context JSON)",
          "modified": "website contentModifiedOn (site saves)"}


def _html_block_70(blocks):
    return "".join(C.block_html(b) for b in blocks)


def _html_block_71(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % C.inline_html(v))
        elif kind == "addr":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % "<br>".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join(
                '<li><p class="" style="white-space:pre-wrap;">%s</p></li>' % C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return '<div class="sqs-html-content">\n  ' + "".join(out) + "\n  </div>"


def _groups(blocks):
    groups, cur = [], []
    for b in blocks:
        if b[0] == "table":
            if cur:
                groups.append(("html", cur))
                cur = []
            groups.append(("code", [b]))
        else:
            cur.append(b)
    if cur:
        groups.append(("html", cur))
    return groups


def _code_table(b):
    return '<div class="ouir-table">' + C.block_html(b) + "</div>"


def render(state, blocks, when):
    v71 = when >= MOVE
    key = C.det_sha(repr(blocks))
    if key not in _SEEN:
        _SEEN[key] = C.epoch(when) * 1000 - (int(key[:8], 16) % (86400000 * 6)) - 3600000
    updated_on = _SEEN[key]
    modified = max(state["modified"], updated_on)
    blocks_out = []
    for n, (kind, bl) in enumerate(_groups(blocks)):
        bid = "block-yui_3_17_2_1_%d_%d" % (1596041234567 if not v71 else 1696240012345, 4321 + n * 173)
        if kind == "html":
            inner = _html_block_71(bl) if v71 else _html_block_70(bl)
            blocks_out.append('<div class="sqs-block html-block sqs-block-html" data-block-type="2" %sid="%s">'
                              '<div class="sqs-block-content">\n\n%s\n\n\n\n\n\n\n\n</div></div>'
                              % ('data-border-radii="{&quot;topLeft&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0}}" ' if v71 else "",
                                 bid, inner))
        else:
            blocks_out.append('<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="%s">'
                              '<div class="sqs-block-content">%s</div></div>' % (bid, _code_table(bl[0])))
    content = "\n".join(blocks_out)
    rollups = {}
    scripts = []
    for name, h in zip(ROLLUP_NAMES, state["rollups"]):
        src = "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.fr-CA.js" % (name, h)
        rollups["squarespace-" + name.replace("-", "_")] = {"js": src}
        scripts.append('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["%s"]; })(SQUARESPACE_ROLLUPS, \'squarespace-%s\');</script>\n'
                       '<script crossorigin="anonymous" src="%s" defer ></script>' % (src, name.replace("-", "_"), src))
    ctx = {
        "betaFeatureFlags": ["campaigns_discount_section_in_automations", "i18n_beta_website_locales",
                             "member_areas_feature", "nested_categories", "override_block_styles", "scripts_defer"],
        "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0", "rollups": rollups, "pageType": 2,
        "website": {"id": "5f1a2b3c4d5e6f7a8b9c0d1e", "identifier": "ouir", "websiteType": 1,
                    "contentModifiedOn": modified, "cloneable": False, "siteStatus": {}, "language": "fr-CA",
                    "timeZone": "America/Toronto", "siteTitle": "Ouïr", "fullSiteTitle": "Politique de confidentialité — Ouïr",
                    "baseUrl": "https://www.ouir.ca", "primaryDomain": "www.ouir.ca",
                    "announcementBarSettings": {"style": 2, "text": "<p>%s</p>" % html.escape(state["announce"]),
                                                "clickthroughUrl": {"url": "/essai", "newWindow": False}},
                    "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False},
        "websiteSettings": {"id": "5f1a2b3c4d5e6f7a8b9c0d21", "websiteId": "5f1a2b3c4d5e6f7a8b9c0d1e",
                            "country": "CA", "state": "QC", "simpleLikingEnabled": True,
                            "storeSettings": {"currencyCode": "CAD"}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                           "cookieBannerText": "<p>Nous utilisons des témoins pour mesurer l'audience de notre site.</p>",
                           "cookieBannerPosition": "BOTTOM", "cookieBannerCtaText": "Accepter",
                           "cookieBannerSavePreferencesText": "Enregistrer les préférences"},
        "templateVersion": "7.1" if v71 else "7", "pageFeatures": [1, 2, 4],
        "impersonatedSession": False, "showAnnouncementBar": True, "env": "PRODUCTION",
        "i18nContext": {"timeZoneData": {"id": "America/Toronto", "name": "heure de l’Est"}},
    }
    ctx_js = json.dumps(ctx, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    head = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="fr-CA" >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- ouir -->
<base href="">
<meta charset="utf-8" />
<title>Politique de confidentialité &mdash; Ouïr</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/favicon.ico?format=100w"/>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="Ouïr"/>
<meta property="og:title" content="Politique de confidentialité &mdash; Ouïr"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Politique de confidentialité — Ouïr"/>
<meta name="twitter:card" content="summary"/>
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" src="//use.typekit.net/ik/{tk}.js" async fetchpriority="high" onload="try{{Typekit.load();}}catch(e){{}} document.documentElement.classList.remove('wf-loading');"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
{scripts}
<script data-name="static-context">Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {ctx};</script>
<script type="application/ld+json">{{"url":"https://www.ouir.ca","name":"Ou\\u00efr","@context":"http://schema.org","@type":"WebSite"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1a2b3c4d5e6f7a8b9c0d1e/{css_v}/5c5a519771c10ba3470d8101/5f1a2b3c4d5e6f7a8b9c0d30/{tpl}/site.css"/>
<script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q8LW3N5XTK"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-Q8LW3N5XTK');</script>
<!-- End of Squarespace Headers -->
  </head>
""".format(url=URL, tk="ptv3yqz" if v71 else "lqt6yzt", scripts="\n".join(scripts), ctx=ctx_js,
           css_v=(modified // 1000) % 1000, tpl="1554" if v71 else "1392")
    nav = [("/catalogue", "Catalogue"), ("/forfaits", "Forfaits"), ("/bibliotheques", "Bibliothèques"),
           ("/editeurs", "Éditeurs et narrateurs"), ("/aide", "Aide")]
    foot = ('© {y} Ouïr Médias inc. Tous droits réservés. · <a href="/conditions">Conditions d\'utilisation</a> · '
            '<a href="/confidentialite">Confidentialité</a> · <a href="#" class="sqs-cookie-banner-v2-cta">Préférences de témoins</a>').format(y=when.year)
    if not v71:
        body = """  <body id="collection-5f1a2b3c4d5e6f7a8b9c0d44" class="tweak-social-icons-style-regular tweak-site-width-option-full-background tweak-icon-weight-light header-overlay-alignment-center tweak-index-page-apply-bottom-spacing  tweak-global-animations-enabled  ancillary-header-top-left-layout-horizontal ancillary-header-top-right-layout-horizontal ancillary-header-branding-position-top-left ancillary-header-primary-nav-position-top-right hide-page-title hide-page-banner  collection-type-page collection-5f1a2b3c4d5e6f7a8b9c0d44 collection-layout-default mobile-style-available sqs-seven-one-compat" data-controller="HashManager, SiteLoader, MobileClassname">
    <div class="Loader"></div>
    <div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout"><div class="Mobile-bar Mobile-bar--top" data-nc-group="top"><div data-nc-container="top-center"><a href="/" class="Mobile-bar-branding" data-nc-element="branding" data-content-field="site-title"><img src="https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/logo-ouir.png?format=750w" alt="Ouïr" class="Mobile-bar-branding-logo"></a></div></div></div>
    <div class="Parallax-host-outer"><div class="Parallax-host" data-parallax-host></div></div>
    <div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
      <div class="sqs-announcement-bar-dropzone"></div>
      <header class="Header Header--top">
        <div class="Header-inner Header-inner--top" data-nc-group="top">
          <div data-nc-container="top-left"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title"><img src="https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/logo-ouir.png?format=750w" alt="Ouïr" class="Header-branding-logo"></a></div>
          <div data-nc-container="top-right"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation"><div class="Header-nav-inner">{nav}</div></nav></div>
        </div>
      </header>
      <div class="Site-inner Site-inner--index" data-parallax-original-element>
        <div class="Content-outer">
          <main class="Index Main Main--page" data-content-field="main-content">
            <section class="Main-content" data-content-field="main-content" data-collection-id="5f1a2b3c4d5e6f7a8b9c0d44" data-edit-main-image="Arrière-plan">
              <div class="sqs-layout sqs-grid-12 columns-12" data-type="page" data-updated-on="{upd}" id="page-5f1a2b3c4d5e6f7a8b9c0d44"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{content}</div></div></div>
            </section>
          </main>
          <footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints">
            <div class="Footer-inner clear">
              <div class="sqs-layout sqs-grid-12 columns-12 Footer-blocks Footer-blocks--bottom" data-type="block-field" data-updated-on="1601234567890" id="footerBlocksBottom"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1601234512345_9931"><div class="sqs-block-content"><p style="text-align:center;" class="">{foot}</p></div></div></div></div></div>
            </div>
          </footer>
        </div>
      </div>
    </div>
    <script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
    <script src="https://static1.squarespace.com/static/ta/5c5a519771c10ba3470d8101/1392/scripts/site-bundle.js" type="text/javascript"></script>
    <script>Squarespace.afterBodyLoad(Y);</script>
  </body>
</html>
""".format(nav="".join('<a href="%s" class="Header-nav-item">%s</a>' % (u, html.escape(t)) for u, t in nav),
           upd=updated_on, content=content, foot=foot)
    else:
        body = """  <body id="collection-5f1a2b3c4d5e6f7a8b9c0d44" class="primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-outline tertiary-button-shape-underline form-field-style-solid form-field-shape-square header-overlay-alignment-center header-width-full tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-portfolio-grid-basic-width-full tweak-global-animations-complexity-level-detailed tweak-global-animations-animation-style-fade tweak-global-animations-animation-type-none tweak-global-animations-animation-curve-ease image-block-poster-text-alignment-center image-block-card-content-position-center native-currency-code-cad collection-type-page collection-5f1a2b3c4d5e6f7a8b9c0d44 collection-layout-default mobile-style-available sqs-seven-one  show-pdp-product-add-to-cart-button" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
      <div id="floatingCart" class="floating-cart hidden"></div>
      <header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{{&quot;layout&quot;:&quot;navRight&quot;,&quot;action&quot;:{{&quot;href&quot;:&quot;/essai&quot;,&quot;buttonText&quot;:&quot;Essai gratuit&quot;,&quot;newWindow&quot;:false}},&quot;showSocial&quot;:false,&quot;sectionTheme&quot;:&quot;white&quot;}}" data-section-id="header" data-header-style="dynamic" data-language-picker="{{&quot;enabled&quot;:false}}" data-first-focusable-element tabindex="-1">
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/logo-ouir.png?format=1500w" alt="Ouïr" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
                <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div>
              </div>
              <div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/essai">Essai gratuit</a></div></div>
            </div>
          </div>
        </div>
      </header>
      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="6519f2a07c4e1b2d3f4a5b6c">
          <section data-test="page-section" data-section-theme="white" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--middle white' data-section-id="6519f2a07c4e1b2d3f4a5b6d" data-controller="SectionWrapperController" data-current-styles="{{&quot;backgroundWidth&quot;:&quot;background-width--full-bleed&quot;,&quot;sectionHeight&quot;:&quot;section-height--small&quot;,&quot;horizontalAlignment&quot;:&quot;horizontal-alignment--center&quot;,&quot;verticalAlignment&quot;:&quot;vertical-alignment--middle&quot;,&quot;contentWidth&quot;:&quot;content-width--narrow&quot;,&quot;sectionTheme&quot;:&quot;white&quot;,&quot;sectionAnimation&quot;:&quot;none&quot;,&quot;backgroundMode&quot;:&quot;image&quot;}}" data-current-context="{{&quot;video&quot;:{{&quot;playbackSpeed&quot;:0.5,&quot;filter&quot;:1,&quot;filterStrength&quot;:0,&quot;zoom&quot;:0,&quot;videoSourceProvider&quot;:&quot;none&quot;}},&quot;backgroundImageId&quot;:null,&quot;backgroundMediaEffect&quot;:null,&quot;divider&quot;:null,&quot;typeName&quot;:&quot;page&quot;}}" data-animation="none">
            <div class="section-border"><div class="section-background"></div></div>
            <div class="content-wrapper" style="">
              <div class="content">
                <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6519f2a07c4e1b2d3f4a5b6d"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{content}</div></div></div>
              </div>
            </div>
          </section>
        </article>
      </main>
      <footer class="sections" id="footer-sections" data-footer-sections>
        <section data-test="page-section" data-section-theme="black" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black' data-section-id="6519f2a07c4e1b2d3f4a5b80" data-controller="SectionWrapperController" data-animation="none">
          <div class="section-border"><div class="section-background"></div></div>
          <div class="content-wrapper" style=""><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6519f2a07c4e1b2d3f4a5b80"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1696240099999_3310"><div class="sqs-block-content"><div class="sqs-html-content"><p style="text-align:center;white-space:pre-wrap;" class="">{foot}</p></div></div></div></div></div></div></div></div>
        </section>
      </footer>
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.{sb}.js" type="text/javascript"></script>
  </body>
</html>
""".format(nav="".join('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-element">%s</a></div>'
                       % (u, html.escape(t)) for u, t in nav), content=content, foot=foot,
           sb=state["rollups"][2][:32])
    return head + body


PAGE = {
    "service": "Ouir",
    "url": URL,
    "lang": "fr-CA",
    "platform": "Squarespace 7.0 (Brine) -> Squarespace 7.1 (October 2023); tables in Code blocks",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Squarespace"), ("Vary", "Accept-Encoding"),
                      ("Strict-Transport-Security", "max-age=15552000")],
    "n": 30,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#page .sqs-block-html .sqs-block-content",
                                              "#page .sqs-block-code .sqs-block-content"]},
    "history": [{"fetch": URL, "select": [".Main-content .sqs-block-html .sqs-block-content",
                                          ".Main-content .sqs-block-code .sqs-block-content"],
                 "validUntil": "2023-10-03T00:00:00Z"}],
}
