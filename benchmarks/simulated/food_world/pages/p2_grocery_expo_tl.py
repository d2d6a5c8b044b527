"""SukiCart (Manila) - tl-PH / Filipino - a grocery-delivery app whose web site is the same React Native code base
exported by Expo Router as static HTML (`expo export -p web`, output "static"): every element is a React Native Web
<div> with atomic `css-*`/`r-*` classes, headings are `role="heading"` Texts, lists are rows of a bullet Text and an
item Text, the sub-processor table is rows of Views. Fairly clean: the site sits behind Cloudflare, which injects
its challenge-platform snippet with a per-request ray id and timestamp; the entry bundle's hash changes with each
deploy, and the React Native Web upgrades of 2023 and 2024 rename the atomic classes (`css-901oao` ->
`css-1rynq56` -> `css-146c3p1`), so the declaration selects the container's testID (`data-testid`)."""
import base64
import datetime as dt
import html
import common as C

URL = "https://www.sukicart.ph/privacy"
BUWAN = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
         "Nobyembre", "Disyembre"]
RNW = [(dt.datetime(2023, 6, 12), "0.18.12", "css-1dbjc4n", "css-901oao", "css-16my406"),
       (dt.datetime(2024, 5, 20), "0.19.6", "css-175oi2r", "css-1rynq56", "css-1qaijid"),
       (dt.datetime(2100, 1, 1), "0.19.12", "css-175oi2r", "css-146c3p1", "css-1jxf684")]


def fmt_date(d):
    return "%s %d, %d" % (BUWAN[d.month - 1], d.day, d.year)


POLICY = """
# Patakaran sa Privacy ng SukiCart

Huling na-update: {UPDATED}

Salamat sa paggamit ng SukiCart! Ang SukiCart Philippines, Inc. ("SukiCart", "kami") ay nagbibigay ng serbisyo ng online na pamimili at paghahatid ng grocery, sariwang karne, gulay at prutas mula sa aming mga partner na supermarket at palengke. Iginagalang namin ang iyong privacy at sumusunod kami sa Data Privacy Act of 2012 (Republic Act No. 10173), sa Implementing Rules and Regulations nito, at sa mga circular ng National Privacy Commission (NPC).

Ipinapaliwanag ng patakarang ito kung anong personal na impormasyon ang kinokolekta namin kapag ginagamit mo ang SukiCart app at website, kung paano namin ito ginagamit at pinoprotektahan, at kung ano ang iyong mga karapatan.

## Sino kami

Ang SukiCart Philippines, Inc. ay isang korporasyong nakarehistro sa Securities and Exchange Commission na may punong tanggapan sa Lungsod ng Makati. Kami ang personal information controller para sa impormasyong kinokolekta sa pamamagitan ng aming app at website.

## Anong impormasyon ang kinokolekta namin

Kinokolekta namin ang mga sumusunod na uri ng impormasyon:

- **Impormasyon ng account:** pangalan, mobile number, email address, petsa ng kapanganakan at password.
- **Address at lokasyon:** address ng paghahatid, mga landmark na ibinibigay mo, at ang lokasyon ng iyong device kung papayagan mo ito.
- **Impormasyon ng order:** mga produktong binili mo, mga kapalit na pinili mo kapag wala sa stock ang isang item, napiling delivery slot, at mga tala para sa shopper o rider.
- **Impormasyon ng bayad:** paraan ng pagbabayad (GCash, credit o debit card, cash on delivery) at reference number ng transaksyon. Hindi namin iniimbak ang buong numero ng iyong card.
- **Komunikasyon:** mga mensahe sa aming customer support, mga rating at feedback, at mga tawag na maaaring i-record para sa kalidad ng serbisyo.
- **Impormasyon ng device:** modelo ng telepono, operating system, bersyon ng app, IP address at mga identifier ng device.

Kung may senior citizen o PWD discount ka, kinokolekta rin namin ang numero ng iyong ID at larawan nito upang maipatupad ang diskwento ayon sa batas.

## Paano namin ginagamit ang iyong impormasyon

Ginagamit namin ang iyong impormasyon upang:

- iproseso, ihanda at ihatid ang iyong mga order;
- ipaalam sa iyo ang status ng order at kung may kapalit na produkto;
- iproseso ang bayad at mga refund;
- ibigay ang senior citizen at PWD discount;
- tumugon sa iyong mga tanong at reklamo;
- magpadala ng mga promo, voucher at balita kung pumayag ka;
- pigilan ang panloloko at pang-aabuso sa mga voucher;
- pagbutihin ang aming app, mga rekomendasyon ng produkto at ang pagtataya ng mga delivery slot.

## Batayan ng pagproseso

Pinoproseso namin ang iyong impormasyon dahil kailangan ito upang matupad ang kontrata sa pagitan mo at ng SukiCart, dahil kinakailangan ito ng batas (halimbawa, ang mga patakaran sa buwis at sa diskwento ng senior citizen at PWD), dahil sa aming lehitimong interes na mapatakbo at mapabuti ang serbisyo, o dahil pumayag ka, tulad ng sa marketing. Maaari mong bawiin ang iyong pahintulot anumang oras sa mga setting ng app.

## Kanino namin ibinabahagi ang impormasyon

Hindi namin ibinebenta ang iyong personal na impormasyon. Ibinabahagi lamang namin ito sa mga sumusunod:

| Tatanggap | Layunin |
| Mga partner na supermarket at tindahan | Paghahanda ng order at pagkumpirma ng stock |
| Mga shopper at rider | Pamimili at paghahatid sa iyong address |
| GCash (G-Xchange, Inc.) | Pagproseso ng bayad gamit ang e-wallet |
| PayMongo Philippines, Inc. | Pagproseso ng bayad gamit ang card |
| Amazon Web Services | Pag-iimbak ng data at hosting ng app |
| Zendesk, Inc. | Customer support at chat |

Maaari rin naming ibahagi ang impormasyon sa mga awtoridad kung hinihingi ng batas o ng utos ng korte.

## Mga shopper, rider at partner na tindahan

Nakikita ng shopper na namimili para sa iyo ang listahan ng iyong order, ang iyong pangalan at ang mga tala mo. Nakikita ng rider ang iyong pangalan, mobile number, address at mga landmark hanggang maihatid ang order. Pagkatapos ng paghahatid, hindi na nila makikita ang iyong numero. Ang mga tawag at text sa pagitan mo at ng rider ay dumadaan sa isang masked number.

## Mga voucher, SukiPoints at referral

Kapag gumamit ka ng voucher o sumali sa aming referral program, itinatala namin kung sino ang nag-imbita sa iyo at kung kailan ginamit ang voucher upang maibigay ang tamang gantimpala at maiwasan ang pang-aabuso. Ang SukiPoints na naipon mo sa bawat order ay nakatala sa iyong account at maaaring gamitin bilang diskwento sa susunod mong order. Kung may hinala kaming ginagamit ang maraming account upang makakuha ng paulit-ulit na voucher, maaari naming suspindihin ang mga account na iyon matapos ang pagsusuri ng isang miyembro ng aming team.

## Lokasyon at mga notipikasyon

Hinihingi namin ang pahintulot na gamitin ang lokasyon ng iyong device upang matukoy ang pinakamalapit na partner na tindahan at ang mga available na delivery slot. Maaari mo itong patayin sa mga setting ng iyong telepono at ilagay na lamang nang manu-mano ang iyong address.

Nagpapadala kami ng mga push notification tungkol sa iyong order. Ang mga notipikasyon tungkol sa promo ay ipinapadala lamang kung pumayag ka.

## Cookies at katulad na teknolohiya

Gumagamit ang aming website ng cookies upang manatili kang naka-log in, matandaan ang laman ng iyong basket, at maunawaan kung paano ginagamit ang site. Gumagamit kami ng Google Analytics at Meta Pixel para sa pagsukat ng mga kampanya kung papayagan mo ito sa cookie banner.

## Paglilipat ng data sa labas ng Pilipinas

Ang ilan sa aming mga service provider ay nag-iimbak ng data sa Singapore, Japan at Estados Unidos. Sinisiguro namin sa pamamagitan ng mga kontrata na ang iyong impormasyon ay protektado ayon sa pamantayan ng Data Privacy Act.

## Gaano katagal namin itinatago ang data

- Itinatago namin ang impormasyon ng iyong account habang aktibo ito.
- Itinatago namin ang impormasyon ng order at bayad sa loob ng sampung (10) taon ayon sa mga patakaran ng Bureau of Internal Revenue.
- Itinatago namin ang mga recording ng tawag sa loob ng siyamnapung (90) araw.
- Binubura o ina-anonymize namin ang iyong data sa loob ng tatlumpung (30) araw matapos mong burahin ang iyong account, maliban sa kailangang itago ayon sa batas.

## Seguridad

Gumagamit kami ng encryption, kontrol sa access, at regular na pagsusuri ng seguridad upang protektahan ang iyong impormasyon. Tanging ang mga empleyado at partner na kailangang makakita ng iyong data para sa kanilang trabaho ang may access dito. Kung magkaroon ng personal data breach na maaaring makapinsala sa iyo, aabisuhan ka namin at ang NPC sa loob ng pitumpu't dalawang (72) oras mula nang malaman namin ito.

## Iyong mga karapatan

Bilang data subject, may karapatan kang:

- malaman kung pinoproseso namin ang iyong personal na impormasyon;
- ma-access ang iyong impormasyon at makakuha ng kopya nito;
- ipatama ang maling impormasyon;
- tumutol sa pagproseso at bawiin ang iyong pahintulot;
- ipabura o ipa-block ang iyong impormasyon;
- makatanggap ng kopya ng iyong data sa format na madaling gamitin (data portability);
- humingi ng danyos kung napinsala ka dahil sa maling paggamit ng iyong data;
- magsampa ng reklamo sa National Privacy Commission.

Maaari mong gamitin ang mga karapatang ito sa app sa Account > Privacy, o sa pamamagitan ng pag-email sa aming Data Protection Officer.

## Mga bata

Ang SukiCart ay para sa mga taong labing-walong (18) taong gulang pataas. Hindi kami sadyang nangongolekta ng impormasyon mula sa mga menor de edad. Ang pagbili ng alak at sigarilyo sa app ay nangangailangan ng pagpapakita ng valid ID sa rider.

## Mga pagbabago sa patakarang ito

Maaari naming baguhin ang patakarang ito paminsan-minsan. Ipapaalam namin sa iyo ang mahahalagang pagbabago sa pamamagitan ng app o email bago ito magkabisa.

## Makipag-ugnayan sa amin

Para sa mga tanong tungkol sa privacy, makipag-ugnayan sa aming Data Protection Officer:

@ Data Protection Officer, SukiCart Philippines, Inc.
@ 12th Floor, Ayala Triangle Tower One, Ayala Avenue, Makati City 1226
@ Email: dpo@sukicart.ph
"""

EDITS = [
    {"note": "table row added: Maya as a new payment processor",
     "repl": [("| PayMongo Philippines, Inc. | Pagproseso ng bayad gamit ang card |",
               "| PayMongo Philippines, Inc. | Pagproseso ng bayad gamit ang card |\n| Maya Philippines, Inc. | Pagproseso ng bayad gamit ang Maya wallet |")]},
    {"note": "call recording retention changed from 90 to 180 days",
     "repl": [("sa loob ng siyamnapung (90) araw", "sa loob ng isandaan at walumpung (180) araw")]},
    {"note": "new section on product reviews and ratings",
     "repl": [("## Cookies at katulad na teknolohiya",
               "## Mga review at rating\n\nKapag nag-iwan ka ng review ng produkto, makikita ng ibang user ang iyong unang pangalan, ang unang titik ng iyong apelyido at ang iyong review. Maaari mong burahin ang iyong review anumang oras.\n\n## Cookies at katulad na teknolohiya")]},
    {"note": "sentence on Meta Pixel deleted",
     "repl": [(" Gumagamit kami ng Google Analytics at Meta Pixel para sa pagsukat ng mga kampanya kung papayagan mo ito sa cookie banner.", "")]},
    {"note": "DPO's address and email changed (office moved to BGC)",
     "repl": [("@ 12th Floor, Ayala Triangle Tower One, Ayala Avenue, Makati City 1226\n@ Email: dpo@sukicart.ph",
               "@ 8th Floor, One Bonifacio High Street, 28th Street, Bonifacio Global City, Taguig 1634\n@ Email: privacy@sukicart.ph")]},
]


def rnw(when):
    for until, ver, view, text, nested in RNW:
        if when < until:
            return ver, view, text, nested


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["rnw"] = rnw(when)[0]
    pb = prev.get("bundle") if prev.get("rnw") == s["rnw"] else None
    s["bundle"] = C.keep_or(rng, pb, 0.3, lambda: C.hexs(rng, 32))
    ts = "%d.%06d" % (C.epoch(when) + rng.randint(0, 2), 0)
    s["cf"] = (C.hexs(rng, 16), base64.b64encode(ts.encode()).decode())
    return s


LABELS = {
    "rnw": "React Native Web upgrade (atomic class names renamed)",
    "bundle": "Expo entry bundle hash (deploy)",
    "cf": "Cloudflare challenge-platform snippet (per-request ray id and timestamp)",
}


def render(s, blocks, when):
    ver, V, T, N = rnw(when)

    def txt(raw):
        return html.escape(raw, quote=False)

    def inl(t):
        return C.inline_html(t, text=txt, bold=lambda r: '<span class="%s r-b88u0q">%s</span>' % (N, txt(r)),
                             link=lambda u, l: '<a href="%s" dir="auto" role="link" class="%s r-1loqt21 r-1cwl3u0 r-40lpo0">%s</a>'
                             % (html.escape(u), N, txt(l)))

    def text(t, cls="r-1b43r93 r-14yzgew r-majxgm r-1cwl3u0 r-15d164r"):
        return '<div dir="auto" class="%s %s">%s</div>' % (T, cls, inl(t))

    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            lvl = kind[1]
            size = {"1": "r-1x35g6 r-vw2c0b r-15d164r", "2": "r-adyw6z r-b88u0q r-1cwl3u0 r-15zivkp", "3": "r-ubezar r-b88u0q"}[lvl]
            out.append('<div dir="auto" role="heading" aria-level="%s" class="%s %s">%s</div>' % (lvl, T, size, inl(v)))
        elif kind == "p":
            out.append(text(v))
        elif kind == "addr":
            out.append('<div class="%s r-1udh08x r-1d7mnkm r-1ifxtd0">%s</div>' % (V, "".join(text(l, "r-1b43r93 r-1cwl3u0") for l in v)))
        elif kind == "ul":
            out.append('<div class="%s r-1ifxtd0">%s</div>' % (V, "".join(
                '<div class="%s r-18u37iz r-1wtj0ep r-1u3vahh"><div dir="auto" class="%s r-1b43r93 r-1cwl3u0 r-zso239">•</div>%s</div>'
                % (V, T, text(it, "r-1b43r93 r-1cwl3u0 r-13awgt0")) for it in v)))
        elif kind == "table":
            rows = []
            for n, r in enumerate(v):
                cls = "r-b88u0q r-1b43r93" if n == 0 else "r-1b43r93"
                rows.append('<div class="%s r-18u37iz r-1px6drs r-1awozwy%s">%s</div>' % (
                    V, " r-1k0ckcm" if n == 0 else "",
                    "".join('<div class="%s r-13awgt0 r-1v6e3re r-1fdbu1m">%s</div>' % (V, text(c, cls)) for c in r)))
            out.append('<div role="table" class="%s r-1px6drs r-1xfd6ze r-1ifxtd0">%s</div>' % (V, "".join(rows)))
        else:
            raise ValueError(kind)
    policy = "".join(out)
    ray, t = s["cf"]
    header = ('<div class="%s r-18u37iz r-1awozwy r-1wtj0ep r-1udh08x r-13qz1uu r-1rnoaur r-1e081e0 r-kzbkwu" style="background-color:rgba(0,168,107,1.00)">'
              '<a href="/" role="link" class="%s r-1loqt21 r-1otgn73"><img alt="SukiCart" src="/assets/assets/images/sukicart-logo.4a7c2e.png" class="%s r-1mlwlqe r-1udh08x r-417010" width="132" height="36"/></a>'
              '<div class="%s r-18u37iz r-1awozwy"><a href="/stores" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21 r-1qhn6m8">Mga Tindahan</a>'
              '<a href="/promos" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21 r-1qhn6m8">Mga Promo</a>'
              '<a href="/help" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21 r-1qhn6m8">Tulong</a>'
              '<a href="/login" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21 r-b88u0q">Mag-log in</a></div></div>'
              % (V, V, V, V, T, T, T, T))
    footer = ('<div class="%s r-1ifxtd0 r-1rnoaur r-1e081e0 r-kzbkwu" style="background-color:rgba(17,24,39,1.00)">'
              '<div dir="auto" class="%s r-jwli3a r-1b43r93 r-b88u0q">I-download ang SukiCart app</div>'
              '<div class="%s r-18u37iz"><a href="https://apps.apple.com/ph/app/sukicart/id1539201847" role="link" class="%s r-1loqt21"><img alt="App Store" src="/assets/assets/images/app-store.7d1e09.png" width="120" height="40"/></a>'
              '<a href="https://play.google.com/store/apps/details?id=ph.sukicart.app" role="link" class="%s r-1loqt21"><img alt="Google Play" src="/assets/assets/images/google-play.c09a3b.png" width="135" height="40"/></a></div>'
              '<div class="%s r-18u37iz r-1w6e6rj"><a href="/terms" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21">Mga Tuntunin</a>'
              '<a href="/privacy" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21">Privacy</a>'
              '<a href="/riders" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21">Maging Rider</a>'
              '<a href="/partners" dir="auto" role="link" class="%s r-jwli3a r-1b43r93 r-1loqt21">Para sa mga Tindahan</a></div>'
              '<div dir="auto" class="%s r-1b43r93 r-87nbn5">© %d SukiCart Philippines, Inc. Lahat ng karapatan ay nakalaan.</div></div>'
              % (V, T, V, V, V, V, T, T, T, T, T, when.year))
    cf = ("<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');"
          "d.innerHTML=\"window.__CF$cv$params={r:'%s',t:'%s'};var a=document.createElement('script');a.nonce='';"
          "a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);\";"
          "b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;"
          "a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);"
          "if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};"
          "document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script>"
          % (ray, t))
    return ('<!DOCTYPE html><html lang="tl"><head><meta charset="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><title>Patakaran sa Privacy | SukiCart</title>'
            '<meta name="description" content="Alamin kung paano pinoprotektahan ng SukiCart ang iyong personal na impormasyon."/>'
            '<link rel="canonical" href="%s"/><meta name="theme-color" content="#00A86B"/>'
            '<style id="expo-reset">#root,body,html{height:100%%}body{overflow:hidden}#root{display:flex}</style>'
            '<style id="react-native-stylesheet">[stylesheet-group="0"]{}\nbody{margin:0;}\nbutton::-moz-focus-inner,input::-moz-focus-inner{border:0;padding:0;}\n'
            'html{-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;-webkit-tap-highlight-color:rgba(0,0,0,0);}\ninput::-webkit-search-cancel-button,input::-webkit-search-decoration,input::-webkit-search-results-button,input::-webkit-search-results-decoration{display:none;}\n'
            '[stylesheet-group="1"]{}\n.%s{align-items:stretch;background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;display:flex;flex-basis:auto;flex-direction:column;flex-shrink:0;list-style:none;margin:0px;min-height:0px;min-width:0px;padding:0px;position:relative;text-decoration:none;z-index:0;}\n'
            '.%s{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:rgba(0,0,0,1.00);display:inline;font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;list-style:none;margin:0px;padding:0px;position:relative;text-align:start;text-decoration:none;white-space:pre-wrap;word-wrap:break-word;}\n'
            '[stylesheet-group="3"]{}\n.r-13awgt0{flex:1;}\n.r-18u37iz{flex-direction:row;}\n.r-1awozwy{align-items:center;}\n.r-1wtj0ep{justify-content:space-between;}\n.r-b88u0q{font-weight:700;}\n.r-1b43r93{font-size:14px;}\n.r-adyw6z{font-size:20px;}\n.r-1x35g6{font-size:28px;}\n.r-jwli3a{color:rgba(255,255,255,1.00);}</style>'
            '<link rel="icon" href="/favicon.ico"/><script src="/_expo/static/js/web/entry-%s.js" defer></script></head>'
            '<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root">'
            '<div class="%s r-13awgt0"><div class="%s r-13awgt0 r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af">%s'
            '<div class="%s r-150rngu r-eqz5dr r-16y2uox r-1wbh5a2 r-11yh6sk r-1rnoaur r-agouwx"><div class="%s r-1ye8kvj r-13qz1uu r-1h0z5md r-1rnoaur r-1e081e0 r-kzbkwu">'
            '<div data-testid="privacy-policy" class="%s r-1ifxtd0">%s</div></div>%s</div></div></div></div>%s</body></html>'
            % (URL, V, T, s["bundle"], V, V, header, V, V, V, policy, footer, cf))


PAGE = {
    "service": "SukiCart", "url": URL, "lang": "tl-PH", "platform": "Expo Router static web export (React Native Web)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC")),
    "n": 29, "start": dt.date(2022, 9, 1), "end": dt.date(2025, 8, 31), "hours": (0, 11),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "[data-testid=\"privacy-policy\"]"},
}
