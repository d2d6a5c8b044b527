"""Bilgəcik - az children's learning app - Next.js (pages router) rendered server-side, CSS modules.

The policy has two tabs: "Valideynlər üçün" (the full policy, open) and "Uşaqlar üçün" (a short summary for
children, a tab panel with `hidden`, i.e. collapsed by default); the collected-data list is a nested list.

Noise (a quiet, well-built page): a CSP nonce on every <script> (per response) and Next's buildId and chunk hashes
(deploys). The tab buttons are chrome; the curator removes the tablist.

Real edits (7): a number (parental consent age 13 -> 16); a bullet added inside the hidden children's tab; a
sub-item removed from the nested list; the parent-dashboard link target changed, anchor unchanged, date not bumped;
a processor added to a list; the "last updated" date bumped alone; a one-letter typo fixed, date not bumped.
"""
import datetime as dt
import html
import json
import common as C

URL = "https://bilgecik.az/mexfilik-siyaseti"
AYLAR = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
         "dekabr"]


def fmt_date(d):
    return "%d %s %d" % (d.day, AYLAR[d.month - 1], d.year)


POLICY = """
# Məxfilik siyasəti

Son yenilənmə: {UPDATED}

::tab Valideynlər üçün

"Bilgəcik" tətbiqi (bundan sonra – Tətbiq) 4–10 yaşlı uşaqlar üçün oyun əsasında hərf, rəqəm və ingilis dili dərsləri təqdim edir. Tətbiqi "Bilgəcik Edtek" MMC (Bakı şəhəri, Nəsimi rayonu, Rəşid Behbudov küçəsi 55) idarə edir. Bu siyasət valideynlərə Tətbiqdə hansı məlumatların toplandığını, onlardan necə istifadə olunduğunu və hansı hüquqlara malik olduqlarını izah edir. Biz "Fərdi məlumatlar haqqında" Azərbaycan Respublikasının Qanununa və tətbiq mağazalarının uşaq tətbiqləri üçün qaydalarına əməl edirik.

## Valideyn razılığı

Hesabı yalnız 18 yaşına çatmış valideyn və ya qanuni nümayəndə yarada bilər. 13 yaşından kiçik uşağın profilini yaratmazdan əvvəl valideyndən təsdiqlənmiş razılıq alırıq: e-poçt ünvanına göndərilən kodla və ya kiçik məbləğli kart yoxlaması ilə.

## Topladığımız məlumatlar

- Valideyn hesabı:
- > e-poçt ünvanı və şifrənin heşi,
- > abunə növü və ödəniş tarixi (kart məlumatlarını App Store və Google Play emal edir).
- Uşaq profili:
- > ləqəb (əsl ad tələb olunmur) və avatar,
- > yaş qrupu,
- > dərslərdə irəliləyiş, toplanmış ulduzlar və səhv cavablar,
- > səs yazıları (tələffüz tapşırıqları üçün, yalnız cihazda emal olunur).
- Texniki məlumatlar:
- > cihaz modeli, əməliyyat sistemi, Tətbiqin versiyası və qəza hesabatları.

Uşaqdan heç vaxt telefon nömrəsi, ünvan, fotoşəkil və ya dəqiq məkan məlumatı istəmirik.

## Məlumatlardan necə istifadə edirik

Məlumatlardan dərsləri uşağın səviyyəsinə uyğunlaşdırmaq, valideynə həftəlik irəliləyiş hesabatı göndərmək, abunəni idarə etmək və Tətbiqin xətalarını aradan qaldırmag üçün istifadə edirik. Tətbiqdə reklam yoxdur; uşaqların məlumatları reklam məqsədilə istifadə olunmur və heç kimə satılmır.

## Xidmət təminatçıları

Tətbiqin işləməsi üçün aşağıdakı təminatçılardan istifadə edirik:

- Amazon Web Services (Frankfurt, Almaniya) – serverlər və məlumat bazası;
- Google Firebase – qəza hesabatları və anonim istifadə statistikası;
- SendGrid – valideynlərə e-poçt göndərişi.

Məlumatların bir hissəsi Azərbaycandan kənarda saxlanılır; bu halda təminatçılarla bağlanmış müqavilələr məlumatların adekvat səviyyədə qorunmasını təmin edir.

## Saxlama müddəti

Uşaq profilinin məlumatları hesab aktiv olduğu müddətdə saxlanılır. Hesab silindikdən sonra bütün məlumatlar 30 gün ərzində serverlərimizdən silinir. 12 ay ərzində istifadə olunmayan hesablar barədə valideynə xəbərdarlıq göndərilir, cavab olmadıqda isə hesab silinir.

## Valideynin hüquqları

Valideyn istənilən vaxt uşağın məlumatlarına baxa, onları düzəldə, ixrac edə və ya hesabı tamamilə silə bilər. Bunu [Valideyn panelində](https://bilgecik.az/valideyn/hesab) "Məxfilik" bölməsindən və ya bizə yazaraq edə bilərsiniz. Sorğulara 10 iş günü ərzində cavab veririk.

## Təhlükəsizlik

Tətbiq ilə serverlərimiz arasında bütün məlumatlar şifrələnmiş bağlantı (TLS) ilə ötürülür. Valideyn panelinə giriş üçün e-poçtla göndərilən birdəfəlik kod tələb olunur. Əməkdaşlarımızın uşaq profillərinə girişi məhduddur və hər giriş jurnalda qeydə alınır.

## Kukilər

Saytımızda yalnız girişi və dil seçimini yadda saxlamaq üçün zəruri kukilərdən istifadə edirik. Tətbiqin özündə kukilər, reklam identifikatorları və ya üçüncü tərəf izləmə alətləri yoxdur.

## Siyasətdə dəyişikliklər

Bu siyasətə dəyişiklik etdikdə yeni tarixi səhifənin yuxarısında göstəririk. Uşaqların məlumatlarının toplanmasına aid əhəmiyyətli dəyişikliklər barədə valideynlərə əvvəlcədən e-poçtla məlumat veririk və lazım olduqda yenidən razılıq alırıq.

## Əlaqə

Məxfiliklə bağlı suallarınızı [privacy@bilgecik.az](mailto:privacy@bilgecik.az) ünvanına göndərə bilərsiniz.

::tab Uşaqlar üçün

## Uşaqlar üçün qısa izah

Salam! Bu, "Bilgəcik"də sənin haqqında nələri bildiyimizi izah edən qısa mətndir.

- Biz sənin əsl adını soruşmuruq. Özünə istədiyin ləqəbi seç.
- Hansı dərsləri keçdiyini və neçə ulduz topladığını yadda saxlayırıq ki, sənə uyğun yeni oyunlar verək.
- Sənin haqqında məlumatları heç kimə vermirik.
- Nəyisə başa düşməsən, valideyninə göstər və ondan soruş.
"""

EDITS = [
    {"note": "number: verified parental consent now required under 16 (was 13)",
     "repl": [("13 yaşından kiçik uşağın", "16 yaşından kiçik uşağın")]},
    {"note": "hidden tab panel (children's summary): bullet 'there are no ads in the app' added",
     "repl": [("- Sənin haqqında məlumatları heç kimə vermirik.\n",
               "- Sənin haqqında məlumatları heç kimə vermirik.\n- Tətbiqdə reklam yoxdur.\n")]},
    {"note": "nested list: sub-item 'voice recordings' removed from the child profile",
     "repl": [("səhv cavablar,\n- > səs yazıları (tələffüz tapşırıqları üçün, yalnız cihazda emal olunur).\n",
               "səhv cavablar.\n")]},
    {"note": "link target only: 'Valideyn panelində' now points to app.bilgecik.az (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://bilgecik.az/valideyn/hesab)", "(https://app.bilgecik.az/parent/settings/privacy)")]},
    {"note": "processor list: Adapty (subscription management) added",
     "repl": [("statistikası;\n- SendGrid", "statistikası;\n- Adapty – abunələrin idarə edilməsi;\n- SendGrid")]},
    {"note": "'last updated' date bumped alone (no other change)", "repl": []},
    {"note": "typo fixed, one letter: 'qaldırmag' -> 'qaldırmaq' (date not bumped)", "bump": False,
     "repl": [("aradan qaldırmag üçün", "aradan qaldırmaq üçün")]},
]


def ul_html(items, cls):
    lis = []
    for t, kids in C.nest(items):
        sub = '<ul class="%s">%s</ul>' % (cls, "".join("<li>%s</li>" % C.inline_html(k) for k in kids)) if kids else ""
        lis.append("<li>%s%s</li>" % (C.inline_html(t), sub))
    return '<ul class="%s">%s</ul>' % (cls, "".join(lis))


def ul_md(items):
    lines = []
    for t, kids in C.nest(items):
        lines.append("* " + C.inline_md(t, URL))
        lines.extend("    * " + C.inline_md(k, URL) for k in kids)
    return "\n".join(lines)


CLS = {"h2": "PolicyPage_h2__Tq8vK", "p": "PolicyPage_p__3nLx0", "ul": "PolicyPage_list__b7WzD"}


def tabs(blocks):
    """(head_blocks, [(label, blocks)...]) split at '::tab label' markers."""
    head, out = [], []
    for b in blocks:
        if b[0] == "p" and b[1].startswith("::tab "):
            out.append((b[1][6:], []))
        elif out:
            out[-1][1].append(b)
        else:
            head.append(b)
    return head, out


def gold_md(blocks):
    head, panels = tabs(blocks)
    out = [C.block_md(b, URL) for b in head]
    for _label, bl in panels:
        out.extend(ul_md(b[1]) if b[0] == "ul" else C.block_md(b, URL) for b in bl)
    return "\n\n".join(out)



def noise(rng, when, i, prev):
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["build"] = C.keep_or(rng, (prev or {}).get("build"), 0.3,
                           lambda: (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                    C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    return s


LABELS = {"nonce": "CSP nonce on every script tag (per response)",
          "build": "Next.js buildId and chunk hashes (deploys)"}


def render(s, blocks, when):
    nonce = s["nonce"]
    build, h_main, h_app, h_page = s["build"]
    head, panels = tabs(blocks)
    title, updated = head[0][1], head[1][1]
    buttons, bodies = [], []
    for n, (label, bl) in enumerate(panels):
        key = ["parents", "kids"][n]
        sel = "true" if n == 0 else "false"
        buttons.append('<button type="button" role="tab" id="tab-%s" aria-selected="%s" aria-controls="panel-%s" tabindex="%d" class="Tabs_tab__Lk2pD%s">%s</button>'
                       % (key, sel, key, 0 if n == 0 else -1, " Tabs_active__9fQxe" if n == 0 else "", html.escape(label)))
        inner = "".join(ul_html(b[1], CLS["ul"]) if b[0] == "ul" else C.block_html(b, CLS) for b in bl)
        bodies.append('<div role="tabpanel" id="panel-%s" aria-labelledby="tab-%s" class="Tabs_panel__Xc0aR"%s>%s</div>'
                      % (key, key, "" if n == 0 else ' hidden=""', inner))
    next_data = {"props": {"pageProps": {"slug": "mexfilik-siyaseti", "locale": "az", "updatedLabel": updated},
                           "__N_SSG": True}, "page": "/[slug]", "query": {"slug": "mexfilik-siyaseti"},
                 "buildId": build, "isFallback": False, "gsp": True, "locale": "az", "locales": ["az", "ru", "en"],
                 "defaultLocale": "az", "scriptLoader": []}
    return ('<!DOCTYPE html><html lang="az"><head><meta charSet="utf-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>Məxfilik siyasəti — Bilgəcik</title>'
            '<meta name="description" content="Bilgəcik tətbiqinin məxfilik siyasəti: hansı məlumatları toplayırıq və necə qoruyuruq."/>'
            '<link rel="canonical" href="%s"/><link rel="alternate" hrefLang="ru" href="https://bilgecik.az/ru/mexfilik-siyaseti"/>'
            '<meta name="next-head-count" content="6"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>'
            '<noscript data-n-css="%s"></noscript>'
            '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js" nonce="%s"></script>'
            '<script src="/_next/static/chunks/webpack-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/chunks/main-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/chunks/pages/_app-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/chunks/pages/%%5Bslug%%5D-%s.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/%s/_buildManifest.js" nonce="%s" defer=""></script>'
            '<script src="/_next/static/%s/_ssgManifest.js" nonce="%s" defer=""></script>'
            '</head><body><div id="__next">'
            '<header class="Header_header__rT3mQ"><a class="Header_logo__Zp1xE" href="/"><img alt="Bilgəcik" src="/logo.svg" width="132" height="40"/></a>'
            '<nav class="Header_nav__0aVbL"><a href="/#dersler">Dərslər</a><a href="/valideynler">Valideynlər üçün</a><a href="/muellimler">Müəllimlər üçün</a><a href="/qiymetler">Qiymətlər</a></nav>'
            '<a class="Button_primary__Yw4kS" href="https://app.bilgecik.az/signup">Pulsuz sına</a></header>'
            '<main class="PolicyPage_main__x1Y2z"><article class="PolicyPage_article__k3Jd9">'
            '<h1 class="PolicyPage_title__m2Nq7">%s</h1><p class="PolicyPage_updated__Ee5rT">%s</p>'
            '<div class="Tabs_root__Hh1sD"><div role="tablist" aria-label="Məxfilik siyasəti" class="Tabs_list__pA3nV">%s</div>%s</div>'
            '</article></main>'
            '<footer class="Footer_footer__Qx7sM"><div class="Footer_links__aN2pK"><a href="/mexfilik-siyaseti">Məxfilik siyasəti</a><a href="/istifade-sertleri">İstifadə şərtləri</a><a href="mailto:salam@bilgecik.az">salam@bilgecik.az</a></div>'
            '<div class="Footer_stores__c0Lq1"><a href="https://apps.apple.com/az/app/bilgecik/id1587654321">App Store</a><a href="https://play.google.com/store/apps/details?id=az.bilgecik.app">Google Play</a></div>'
            '<p>© %d "Bilgəcik Edtek" MMC</p></footer></div>'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script></body></html>') % (
        URL, h_app[:16], nonce, h_app[:16], nonce, nonce, nonce, h_main[:16], nonce, h_main, nonce, h_app, nonce, h_page, nonce,
        build, nonce, build, nonce, C.inline_html(title), C.inline_html(updated), "".join(buttons), "".join(bodies),
        when.year, nonce, json.dumps(next_data, ensure_ascii=False, separators=(",", ":")))


PAGE = {
    "service": "Bilgecik", "url": URL, "lang": "az", "platform": "Next.js (SSR)",
    "content_type": "text/html; charset=utf-8",
    "n": 32, "start": dt.date(2022, 9, 19), "end": dt.date(2026, 10, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["main article"], "remove": ["[role=tablist]"]},
}
