"""Pixel Liga (Czech amateur esports league) - cs - Google Sites (new Sites) on a custom domain; page rebuilt 2024."""
import datetime as dt
import base64
import hashlib
import html
import re
from urllib.parse import quote
import common as C

URL = "https://www.pixelliga.cz/ochrana-osobnich-udaju"
MES = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Ochrana osobních údajů

Platné od {UPDATED}

Pixel Liga, z. s. pořádá amatérské turnaje a ligové sezóny ve hrách League of Legends, Counter-Strike 2 a Valorant. Na této stránce vysvětlujeme, jak zpracováváme osobní údaje hráčů, kapitánů týmů a návštěvníků našeho webu.

## Správce údajů

Správcem je spolek Pixel Liga, z. s., IČO 09876543, se sídlem Křenová 62, 602 00 Brno. Kontaktovat nás můžete na [liga@pixelliga.cz](mailto:liga@pixelliga.cz).

## Jaké údaje zpracováváme

- Přezdívku, herní ID (Riot ID, Steam ID) a Discord jméno.
- Jméno, příjmení, e-mail a rok narození kapitána týmu.
- Výsledky zápasů, statistiky hráčů a záznamy z přenosů.
- U hráčů mladších 18 let kontakt na zákonného zástupce.

## Proč údaje zpracováváme

Údaje potřebujeme k registraci týmů, sestavení rozpisu zápasů, ověření, že za tým hrají registrovaní hráči, a ke zveřejnění výsledků. Právním základem je plnění pravidel soutěže, se kterými souhlasíte při registraci.

Hrát mohou hráči od 15 let. Hráči mladší 18 let potřebují souhlas zákonného zástupce.

## Komu údaje předáváme

- Google Ireland Limited (registrační formuláře a tabulky Google);
- Discord Inc. (komunikace s týmy a check-in před zápasy);
- Riot Games, Inc. (ověření herních účtů, pokud to vyžaduje turnajový kód).

## Jak dlouho údaje uchováváme

Registrační údaje uchováváme do konce sezóny a následně 2 roky kvůli případným sporům. Výsledky a statistiky zůstávají v archivu ligy trvale.

## Vaše práva

Máte právo na přístup ke svým údajům, jejich opravu a výmaz, na omezení zpracování a na vznesení námitky. Stížnost můžete podat u Úřadu pro ochranu osobních údajů ([www.uoou.cz](https://www.uoou.cz)).
"""

EDITS = [
    {"note": "processor added: start.gg (bracket management) in the recipients list",
     "repl": [("- Riot Games, Inc. (ověření", "- Smash.gg, Inc. – start.gg (správa pavouků a výsledků turnajů);\n- Riot Games, Inc. (ověření")]},
    {"note": "minimum age lowered from 15 to 13 for League of Legends divisions (date not bumped)", "bump": False,
     "repl": [("Hrát mohou hráči od 15 let.", "Hrát mohou hráči od 15 let, v divizích League of Legends od 13 let.")]},
    {"note": "new section 'Přenosy a záznamy zápasů' (Twitch broadcasts, webcams in finals) before recipients",
     "repl": [("## Komu údaje předáváme", "## Přenosy a záznamy zápasů\n\nVybrané zápasy a všechna finále vysíláme na Twitchi a záznamy ukládáme na YouTube. Ve finále mohou být hráči snímáni webkamerou. Pokud nechcete být v přenosu vidět, dejte vědět organizátorům nejpozději den před zápasem.\n\n## Komu údaje předáváme")]},
    {"note": "retention 2 years -> 3 years after the season; ÚOOÚ link and label updated to uoou.gov.cz",
     "repl": [("následně 2 roky kvůli", "následně 3 roky kvůli"),
              ("([www.uoou.cz](https://www.uoou.cz))", "([uoou.gov.cz](https://uoou.gov.cz))")]},
    {"note": "contact changed: dedicated privacy address gdpr@pixelliga.cz and new seat (Brno, Cejl)",
     "repl": [("se sídlem Křenová 62, 602 00 Brno. Kontaktovat nás můžete na [liga@pixelliga.cz](mailto:liga@pixelliga.cz).",
               "se sídlem Cejl 480/12, 602 00 Brno. Ve věcech osobních údajů nás kontaktujte na [gdpr@pixelliga.cz](mailto:gdpr@pixelliga.cz).")]},
]

REBUILD = dt.datetime(2024, 3, 18)
OLD = "2e9d4fb0c0a8a6a9"
NEW = "7c4e1a9b3f2d8e05"
NEWS = ["Výsledky 5. kola CS2: Brno Bandits porazili Ostrava Owls 13:9.", "Registrace do podzimní sezóny spuštěna, uzávěrka 15. září.",
        "Finále LoL divize A se hraje v sobotu od 16:00 v Kajot Aréně.", "Nový turnajový kód pro Valorant najdete na Discordu.",
        "Hledáme komentátory na jarní sezónu – ozvěte se na Discordu.", "Rozpis 3. kola Valorant je venku.",
        "Děkujeme partnerům: Herní doupě Brno a Pivovar Starobrno."]
BANNERS = [None, "Registrace do nové sezóny končí v neděli!", "Dnes od 18:00 živě: zápas týdne na Twitchi", None]


def gurl(u):
    if u.startswith("mailto:") or u.startswith("/"):
        return u
    usg = "AOvVaw" + base64.urlsafe_b64encode(hashlib.sha1(u.encode()).digest()).decode()[:22]
    return "https://www.google.com/url?q=%s&sa=D&sntz=1&usg=%s" % (quote(u, safe=""), usg)


def _redirected(t):
    return re.sub(r"\]\(([^)]+)\)", lambda m: "](%s)" % gurl(m.group(1)), t)


def gold_md(blocks):
    conv = []
    for k, v in blocks:
        conv.append((k, [_redirected(x) for x in v] if isinstance(v, list) else _redirected(v)))
    return C.blocks_md(conv, URL)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = (C.alnum(rng, 22), C.alnum(rng, 22))
    s["wiz"] = (str(-rng.randint(10 ** 18, 9 * 10 ** 18)), rng.randint(10 ** 8, 10 ** 9))
    s["boq"] = C.keep_or(rng, prev.get("boq"), 0.6, lambda: "boq-atari-sites-web_%s.%02d_p%d" % (
        (when - dt.timedelta(days=rng.randint(1, 9))).strftime("%Y%m%d"), rng.randint(0, 9), rng.randint(0, 2)))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.7, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.5, lambda: rng.randrange(len(BANNERS)))
    s["published"] = C.keep_or(rng, prev.get("published"), 0.7, lambda: when - dt.timedelta(days=rng.randint(0, 8), minutes=rng.randint(0, 1400)))
    s["jsh"] = C.alnum(rng, 40)
    s["layout"] = "v2" if when >= REBUILD else "v1"
    return s


LABELS = {
    "nonce": "per-response CSP nonces on every script/style",
    "wiz": "WIZ_global_data session id (FdrFJe) and Yllh3e",
    "boq": "Sites server build label (cfb2h) and gstatic asset keys",
    "news": "'Novinky ligy' text box on the same page (admins republish weekly)",
    "banner": "site announcement banner",
    "published": "'Stránka aktualizována' page-details date in footer (bumped by every publish)",
    "jsh": "embedded Twitch player: googleusercontent embed URL jsh parameter",
    "layout": "page rebuilt on 2024-03-18 (new sections, new section/text-box ids, two-column layout): declaration history",
}

SVG = ('<svg class="OUGEr QvWxOd" width="24px" height="24px" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">'
       '<path d="M0 0h24v24H0z" fill="none"></path><path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"></path></svg>')


def span(raw):
    return '<span class="C9DxTc ">%s</span>' % html.escape(raw, quote=False) if raw else ""


def inl(t):
    return C.inline_html(t, text=span, bold=lambda r: '<span class="C9DxTc " style="font-weight: 700;">%s</span>' % html.escape(r, quote=False),
                         link=lambda u, l: '<a class="XqQF9c" href="%s"%s><span class="C9DxTc aw5Odc ">%s</span></a>'
                         % (html.escape(gurl(u)), "" if u.startswith("mailto:") else ' target="_blank"', html.escape(l, quote=False)))


def heading(tag, hid, text, cls):
    return ('<%s id="%s" dir="ltr" class="zfr3Q %s CDt4Ke " style=""><div class="GV3q8e aP9Z7e" id="%s_l"></div>'
            '<div class="CjVfdc" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" jsname="WKUNfe">'
            '<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d" jscontroller="mxS5xe" '
            'jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;" jsshadow '
            'aria-describedby="%s_t" aria-label="Kopírovat odkaz na nadpis" aria-disabled="false" data-tooltip="Kopírovat odkaz na nadpis" data-tooltip-position="top" '
            'data-tooltip-vertical-offset="12" data-tooltip-horizontal-offset="0"><a class="FKF6mc TpQm9d" href="#%s" aria-label="Kopírovat odkaz na nadpis">'
            '<div class="HiC7Nc">%s</div></a></div></div><div class="eLNT1d " aria-hidden="true" id="%s_t">Odkaz byl zkopírován</div></div>%s</%s>'
            % (tag, hid, cls, hid, hid, hid, SVG, hid, inl(text), tag))


def textbox(tbid, inner, cols="Ktthjf-AhqUyc-qWD73c"):
    return ('<div class="oKdM2c ZZyype Kzv0Me"><div id="%s" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb %s">'
            '<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">%s</div></div></div></div>' % (tbid, cols, inner))


def section(sid, inner, extra=""):
    return ('<section id="%s" class="yaqOZd %s"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
            '<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
            '<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">%s</div></div></div></div></div></section>'
            % (sid, extra or "LB7kq nyKByd", inner))


def policy_html(blocks, base):
    out = []
    for n, (k, v) in enumerate(blocks):
        if k == "h2":
            out.append(heading("h2", "h.%s_%d" % (base, 300 + n), v, "OmQG5e"))
        elif k == "p":
            out.append('<p dir="ltr" class="zfr3Q CDt4Ke " style="">%s</p>' % inl(v))
        elif k == "ul":
            out.append('<ul class="n8H08c UVNKR " style="margin-left: 0; margin-right: 0; padding-left: 0; padding-right: 0;">%s</ul>'
                       % "".join('<li class="zfr3Q TYR86d eD0Rn" style="margin-left: 0; list-style-type: disc;">'
                                 '<p dir="ltr" class="zfr3Q CDt4Ke " style="">%s</p></li>' % inl(x) for x in v))
    return "".join(out)


def render(s, blocks, when):
    n1, n2 = s["nonce"]
    ses, yl = s["wiz"]
    boq = s["boq"]
    title = blocks[0][1]
    news = "".join('<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">%s</span></p>' % html.escape(NEWS[k]) for k in s["news"])
    twitch = ('<div class="w536ob" data-embed-type="html"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals allow-storage-access-by-user-activation" '
              'frameborder="0" aria-label="Custom embed" src="https://1186340511-atari-embeds.googleusercontent.com/embeds/16cb204cf3a9d4d223a0a3fd8b0eec5d/inner-frame-minified.html?jsh=m%%3B%%2F_%%2Fscripts%%2Fgapi%%2F_%%2Fk%%3Dgapi.lb.cs.%s" allowfullscreen></iframe></div>' % s["jsh"])
    ban = BANNERS[s["banner"]]
    banner = ('<div class="ljVLFb" role="status" jsname="DD6K8c"><div class="Efzyrc"><span class="C9DxTc ">%s</span></div><div role="button" class="U26fgb" aria-label="Zavřít banner"></div></div>' % html.escape(ban)) if ban else ""
    pub = s["published"]
    body_blocks = blocks[1:]
    if s["layout"] == "v1":
        main = (section("h.%s_4" % OLD, textbox("h.%s_6" % OLD, heading("h1", "h.%s_8" % OLD, title, "duRjpb")), "LB7kq cJgDec nyKByd O13XJf KEFykf")
                + section("h.%s_15" % OLD, textbox("h.%s_17" % OLD, heading("h3", "h.%s_19" % OLD, "Novinky ligy", "CDt4Ke") + news) + textbox("h.%s_21" % OLD, twitch, "purZT-AhqUyc-II5mzb"))
                + section("h.%s_31" % OLD, textbox("h.%s_33" % OLD, policy_html(body_blocks, OLD))))
    else:
        quick = ('<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc " style="font-weight: 700;">Rychlé odkazy</span></p>'
                 '<ul class="n8H08c UVNKR "><li class="zfr3Q TYR86d eD0Rn"><p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="/pravidla"><span class="C9DxTc aw5Odc ">Pravidla soutěže</span></a></p></li>'
                 '<li class="zfr3Q TYR86d eD0Rn"><p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="/turnaje"><span class="C9DxTc aw5Odc ">Turnaje</span></a></p></li>'
                 '<li class="zfr3Q TYR86d eD0Rn"><p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="/kontakt"><span class="C9DxTc aw5Odc ">Kontakt</span></a></p></li></ul>')
        main = (section("h.%s_2" % NEW, textbox("h.%s_3" % NEW, heading("h1", "h.%s_5" % NEW, title, "duRjpb"), "Ktthjf-AhqUyc-qWD73c zfXqHc"), "LB7kq cJgDec nyKByd O13XJf qeLZfd")
                + section("h.%s_40" % NEW, textbox("h.%s_41" % NEW, quick, "purZT-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c")
                          + textbox("h.%s_42" % NEW, policy_html(body_blocks, NEW), "ZcASvf-AhqUyc-II5mzb Ktthjf-AhqUyc-qWD73c"))
                + section("h.%s_60" % NEW, textbox("h.%s_61" % NEW, heading("h3", "h.%s_62" % NEW, "Novinky ligy", "CDt4Ke") + news) + textbox("h.%s_64" % NEW, twitch, "purZT-AhqUyc-II5mzb")))
    return ('<!DOCTYPE html><html lang="cs" dir="ltr"><head><meta charset="utf-8"><meta property="og:title" content="Pixel Liga - %s">'
            '<meta property="og:type" content="website"><meta property="og:url" content="%s"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<script nonce="%s">var DOCS_timing={}; DOCS_timing[\'sl\']=new Date().getTime();</script>'
            '<script nonce="%s">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"%s","Im6cmf":"/_/atari/_/","LVIXXb":1,"LoQv7e":false,"MT7f9b":[],"QrtxK":"0",'
            '"S06Grb":"","W3Yyqf":"","Yllh3e":"%%.@.%d000000,%d,1834455077]","cfb2h":"%s","eptZe":"/_/atari/","gGcLoe":false,"nQyAE":{},"qwAQke":"AtariSitesUi","rtQCxc":-60,"w2btAe":"%%.@.null,null,\\"\\",false,null,null,true,false]"};</script>'
            '<link rel="canonical" href="%s"><link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.%s.L.W.O/am=MBiA/d=1/rs=AGEqA5k%s" data-id="_cl" nonce="%s">'
            '<title>Pixel Liga - %s</title><style nonce="%s">.QmpIrf{background-color: rgba(33,33,33,1);}.dhtgD{color: rgba(255,255,255,1);}</style></head>'
            '<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;">'
            '<div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jsname="a9kxte">'
            '<div jsname="Sx9Kwc" class="PFhmed" jscontroller="q1oGbc"><div class="Xpil1b xgQ6eb"></div>%s'
            '<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe">'
            '<div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/"><img src="https://lh3.googleusercontent.com/sitesv/AAzXCkc-pixelliga-logo=w16383" class="lzy1Td" role="img" aria-label="Domovská stránka webu" jsname="SwcDWb"><span class="QTKDff">Pixel Liga</span></a></div>'
            '<nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MvizFe:CCBHeb;" aria-label="Navigace na webu"><ul class="jYxBte Fpy8Db" tabindex="-1">'
            '<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib" jsname="LpnSuf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="/" data-url="/" data-type="1" data-level="1">Domů</a></div></div></li>'
            '<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib" jsname="LpnSuf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="/turnaje" data-url="/turnaje" data-type="1" data-level="1">Turnaje</a></div></div></li>'
            '<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib" jsname="LpnSuf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="/pravidla" data-url="/pravidla" data-type="1" data-level="1">Pravidla</a></div></div></li>'
            '<li jsname="ibnC6b" class="VsJjtf ZmrVpf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib" jsname="LpnSuf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" aria-selected="true" aria-current="true" href="/ochrana-osobnich-udaju" data-url="/ochrana-osobnich-udaju" data-type="1" data-level="1">Ochrana osobních údajů</a></div></div></li>'
            '</ul></nav></div></div></div></header>'
            '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">%s</div>'
            '<div jsname="tZ4kxb" class="dZA9kd ynRLnc" jscontroller="Ulr9H" jsaction="rcuQ6b:rcuQ6b;"><div class="wZyMEe"><a class="cyIDle" href="https://sites.google.com/new/?usp=viewer_footer" target="_blank">Google Sites</a>'
            '<div role="button" class="U26fgb" aria-label="Nahlásit zneužití">Nahlásit zneužití</div><div role="button" class="U26fgb" aria-label="Podrobnosti stránky">Podrobnosti stránky</div>'
            '<div class="fuVs3b" aria-hidden="true"><div class="Y9ZX2d">Stránka aktualizována</div><div class="rMM7Ue">%d. %d. %d, %d:%02d</div></div></div></div>'
            '</div></div></div></div>'
            '<script nonce="%s" src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.cs.%s.O/am=MBiA/d=1/rs=AGEqA5n%s/m=view" id="base-js" async></script>'
            '</body></html>'
            % (title, URL, n1, n1, ses, yl // 1000, yl, boq, URL, boq[-12:].replace(".", "_"), hashlib.sha1(boq.encode()).hexdigest()[:20], n2,
               title, n2, banner, main, pub.day, pub.month, pub.year, pub.hour, pub.minute, n1, boq[-12:].replace(".", "_"),
               hashlib.sha1((boq + "js").encode()).hexdigest()[:20]))


PAGE = {
    "service": "Pixel Liga", "url": URL, "lang": "cs", "platform": "Google Sites",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "ESF"), ("X-Frame-Options", "SAMEORIGIN"), ("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 29), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#h\\.%s_3" % NEW, "#h\\.%s_42" % NEW], "remove": [".eLNT1d"]},
    "history": [{"fetch": URL, "select": ["#h\\.%s_4" % OLD, "#h\\.%s_31" % OLD], "remove": [".eLNT1d"],
                 "validUntil": "2024-03-18T00:00:00Z"}],
}
