"""Odkazy.bio (Czech link-in-bio service, Brno), Nuxt 3 SSR on Vercel with Tailwind; the policy comes from a
headless CMS (Storyblok) and is rendered as rich text in `.legal-page__content`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://odkazy.bio/ochrana-osobnich-udaju"


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Zásady ochrany osobních údajů

Účinné od {UPDATED}

Odkazy.bio je služba, která tvůrcům, kapelám a malým firmám umožňuje vytvořit si jednoduchou stránku se všemi odkazy pro Instagram, TikTok nebo YouTube. V těchto zásadách vysvětlujeme, jak zpracováváme osobní údaje uživatelů služby a návštěvníků jejich stránek.

## Správce osobních údajů

@ Odkazy.bio s.r.o.
@ Cejl 480/12
@ 602 00 Brno
@ IČO: 09873214
@ E-mail: [soukromi@odkazy.bio](mailto:soukromi@odkazy.bio)

## Jaké údaje zpracováváme

- e-mail, uživatelské jméno a heslo (v podobě hashe);
- obsah vaší stránky: odkazy, texty, fotografie a napojené sociální sítě;
- fakturační údaje u placeného tarifu Pro;
- anonymizované statistiky návštěv stránek (počet zobrazení a kliknutí, země, typ zařízení).

Návštěvníkům stránek našich uživatelů nenastavujeme reklamní cookies. Statistiky návštěv počítáme bez cookies a IP adresy zkracujeme.

## Proč údaje zpracováváme

Údaje zpracováváme, abychom mohli poskytovat službu podle smlouvy, vystavovat faktury podle zákona o účetnictví a chránit službu před zneužitím (např. phishingovými odkazy) na základě oprávněného zájmu. Obchodní sdělení zasíláme jen tehdy, pokud k tomu dáte souhlas nebo jste již naším zákazníkem.

## Zpracovatelé

| Zpracovatel | Účel | Země |
| Vercel Inc. | Hosting webu | USA |
| Supabase Inc. | Databáze (region Frankfurt) | Německo |
| GoPay s.r.o. | Platby kartou | Česká republika |
| Ecomail.cz s.r.o. | Rozesílání e-mailů | Česká republika |

## Jak dlouho údaje uchováváme

Údaje o účtu uchováváme po dobu trvání účtu a 12 měsíců po jeho zrušení. Faktury uchováváme 10 let. Statistiky návštěv uchováváme 2 roky.

## Vaše práva

Máte právo na přístup k údajům, jejich opravu a výmaz, omezení zpracování, přenositelnost a právo vznést námitku. Souhlas můžete kdykoli odvolat. Stížnost můžete podat u Úřadu pro ochranu osobních údajů ([uoou.gov.cz](https://uoou.gov.cz)).
"""

EDITS = [
    {"note": "account data kept 12 -> 3 months after closure",
     "repl": [("a 12 měsíců po jeho zrušení", "a 3 měsíce po jeho zrušení")]},
    {"note": "new processor row: Cloudflare for image hosting; Vercel row unchanged",
     "repl": [("| Vercel Inc. | Hosting webu | USA |", "| Vercel Inc. | Hosting webu | USA |\n| Cloudflare, Inc. | Ukládání obrázků (R2) | USA |")]},
    {"note": "new paragraph: link safety scanning with Google Safe Browsing",
     "repl": [("na základě oprávněného zájmu.", "na základě oprávněného zájmu. Nově přidané odkazy kontrolujeme pomocí služby Google Safe Browsing, které předáváme pouze adresu odkazu.")]},
    {"note": "typo fix without new date: 'Úřadu' URL text; 'opravu a výmaz' -> 'opravu nebo výmaz'",
     "bump": False,
     "repl": [("jejich opravu a výmaz", "jejich opravu nebo výmaz")]},
    {"note": "address moved Cejl -> Příkop; GoPay replaced by Comgate",
     "repl": [("@ Cejl 480/12\n@ 602 00 Brno", "@ Příkop 843/4\n@ 602 00 Brno"),
              ("| GoPay s.r.o. | Platby kartou | Česká republika |", "| Comgate, a.s. | Platby kartou | Česká republika |")]},
]

NAMES = K.handles("odkazy|joined", 40, ["kapela_", "pekarna", "janaphoto", "tomasvlog", "kvetinarstvi", "barber",
                                        "yogaklara", "podcastik", "lukasdj", "kavarna"])
DEPLOYS = K.deploys("odkazy|deploy", dt.date(2021, 9, 1), dt.date(2026, 12, 31), 14, 8)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.uuid4(rng), C.hexs(rng, 16) + "-" + C.alnum(rng, 12).lower())}
    s["build"] = K.deploy(when, DEPLOYS)
    s["joined"] = tuple(rng.sample(range(len(NAMES)), 3))
    s["pages"] = K.growing(when, dt.date(2022, 1, 1), 41000, 38.0, rng, 80)
    s["cta"] = rng.choice(["a", "b"])
    return s


LABELS = {"req": "__NUXT_DATA__ request id / x-vercel-id", "build": "Nuxt buildId and /_nuxt/ chunk hashes",
          "joined": "'Právě se přidali' ticker", "pages": "counter of pages created", "cta": "header CTA A/B variant"}


def render(s, blocks, when):
    rid, vid = s["req"]
    b = s["build"]
    body = K.render_blocks(blocks, tags={"h2": ' class="text-xl font-bold mt-8"',
                                         "table": ' class="w-full text-sm border"'})
    joined = "".join('<li class="ticker__item">@%s</li>' % NAMES[k] for k in s["joined"])
    cta = "Vytvořit stránku zdarma" if s["cta"] == "a" else "Začít za 30 sekund"
    data = ('[{"data":1,"state":2,"once":3,"_errors":4,"serverRendered":5,"path":6,"config":7},{"legal":8},{},'
            '["Set"],{},true,"/ochrana-osobnich-udaju",{"requestId":"%s","buildId":"%s"},{"story":9},'
            '"storyblok:legal-privacy"]' % (rid, b))
    return (
        '<!DOCTYPE html>\n<html lang="cs" data-capo="">\n<head><meta charset="utf-8">\n'
        '<title>Ochrana osobních údajů | Odkazy.bio</title>\n'
        '<link rel="stylesheet" href="/_nuxt/entry.%s.css">\n<link rel="modulepreload" as="script" crossorigin '
        'href="/_nuxt/%s.js">\n<meta name="x-vercel-id" content="fra1::%s">\n</head>\n'
        '<body><div id="__nuxt"><div class="min-h-screen flex flex-col">\n<header class="site-header border-b">'
        '<div class="container mx-auto flex justify-between items-center py-4"><a href="/" class="logo">odkazy.bio</a>'
        '<nav class="flex gap-4"><a href="/cenik">Ceník</a><a href="/priklady">Příklady</a><a href="/prihlaseni">'
        'Přihlásit</a><a href="/registrace" class="btn btn-primary" data-ab="%s">%s</a></nav></div></header>\n'
        '<main class="legal-page container mx-auto py-12"><div class="legal-page__content prose">\n%s\n</div>\n'
        '<aside class="legal-page__aside"><p class="stat">Už <strong>%s</strong> stránek vytvořených na Odkazy.bio</p>'
        '<ul class="ticker"><li class="ticker__title">Právě se přidali:</li>%s</ul></aside></main>\n'
        '<footer class="site-footer"><div class="container mx-auto py-6">&copy; %d Odkazy.bio s.r.o. · <a href="/'
        'obchodni-podminky">Obchodní podmínky</a> · <a href="/ochrana-osobnich-udaju">Ochrana osobních údajů</a></div>'
        '</footer>\n</div></div>\n<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>\n'
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblokVersion:"published"},app:{baseURL:"/",'
        'buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>\n<script type="module" src="/_nuxt/%s.js" cros'
        'sorigin></script>\n'
        '</body>\n</html>\n'
        % (b[:8], b[::-1], vid, s["cta"], cta, body, C.group_digits(s["pages"], "\u00a0"), joined, when.year, data,
           b[2:] + "x"))


PAGE = {
    "service": "Odkazy.bio", "url": URL, "lang": "cs-CZ", "platform": "Nuxt 3 SSR (Vercel) + Storyblok",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 6, 15), "hours": (5, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-page__content"]},
}
