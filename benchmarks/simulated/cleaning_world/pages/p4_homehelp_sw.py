"""Msaidizi Bora - sw home-help and cleaning marketplace (Nairobi) - Laravel (Blade, Bootstrap 5, Livewire 2),
Laravel Mix assets until the move to Vite in May 2023. Inside the selected article: the 'Imesasishwa tokea ...'
line (Carbon diffForHumans of the CMS updated_at, with reading time) and the Livewire feedback widget with its
counts, both removed by the declaration."""
import datetime as dt
import json
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

URL = "https://msaidizibora.co.ke/sera-ya-faragha"
VITE = dt.datetime(2023, 5, 16)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["sw"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Sera ya Faragha

Tarehe ya kuanza kutumika: {UPDATED}

Msaidizi Bora Limited ("Msaidizi Bora", "sisi") inaendesha jukwaa la mtandaoni na programu ya simu inayowaunganisha
wateja na wasaidizi wa nyumbani, wasafishaji na wafuaji nguo waliothibitishwa katika miji ya Nairobi, Mombasa na
Kisumu. Sera hii inaeleza jinsi tunavyokusanya, kutumia, kuhifadhi na kulinda taarifa zako binfasi kwa mujibu wa
Sheria ya Ulinzi wa Data ya mwaka 2019 (Data Protection Act, 2019).

## 1. Sisi ni nani

Msaidizi Bora Limited ni mdhibiti wa data (data controller) na mchakataji wa data aliyesajiliwa na Ofisi ya Kamishna
wa Ulinzi wa Data (ODPC).

@ Msaidizi Bora Limited
@ Prosperity House, Ghorofa ya 4, Barabara ya Ngong
@ S.L.P. 10422-00100, Nairobi
@ Simu: +254 709 880 000
@ Barua pepe: [faragha@msaidizibora.co.ke](mailto:faragha@msaidizibora.co.ke)

## 2. Taarifa tunazokusanya

### Kutoka kwa wateja

- jina, namba ya simu na barua pepe;
- anwani ya nyumba na maelekezo ya kufika;
- huduma uliyoomba, tarehe, muda na maelezo maalum (kwa mfano, idadi ya vyumba au uwepo wa watoto na wanyama
  vipenzi);
- historia ya malipo kupitia M-Pesa au kadi;
- tathmini na maoni unayotoa kuhusu wasaidizi.

### Kutoka kwa wasaidizi

- jina, namba ya kitambulisho cha taifa, picha na namba ya simu;
- eneo unaloishi na maeneo unayopenda kufanyia kazi;
- ujuzi, uzoefu na marejeo kutoka kwa waajiri wa awali;
- namba ya M-Pesa kwa ajili ya malipo;
- matokeo ya ukaguzi wa historia.

Tunapotumia programu, tunakusanya pia taarifa za kifaa chako, anwani ya IP na, ukikubali, eneo lako wakati wa huduma
ili kuthibitisha kwamba msaidizi amefika na kuondoka kwa wakati.

## 3. Jinsi tunavyotumia taarifa zako

Tunatumia taarifa zako ili:

- kukuunganisha na msaidizi anayefaa na kupanga huduma;
- kupokea na kufanya malipo;
- kukutumia ujumbe wa SMS na arifa kuhusu huduma yako;
- kuhakikisha usalama wa wateja na wasaidizi;
- kushughulikia malalamiko na migogoro;
- kukutumia ofa na habari, ikiwa umekubali.

Hatutumii taarifa zako kufanya maamuzi yanayokuhusu kwa njia ya kiotomatiki pekee bila mtu kuhusika.

## 4. Msingi wa kisheria

Tunachakata taarifa zako kwa msingi wa mkataba kati yetu na wewe, wajibu wa kisheria (kwa mfano, kodi na kumbukumbu za
malipo), maslahi halali (kwa mfano, usalama na kuzuia udanganyifu) na ridhaa yako kwa ujumbe wa matangazo. Unaweza
kuondoa ridhaa yako wakati wowote kwa kujibu "STOP" kwenye SMS zetu au kupitia mipangilio ya programu.

## 5. Tunaoshiriki nao taarifa

Hatuuzi taarifa zako. Tunashiriki taarifa zinazohitajika tu na watoa huduma wafuatao:

| Mtoa huduma | Madhumuni | Mahali |
| Safaricom PLC (M-Pesa) | Malipo | Kenya |
| Africa's Talking Ltd | SMS na arifa | Kenya |
| Amazon Web Services | Uhifadhi wa data | Afrika Kusini |
| Google LLC (Firebase) | Arifa za programu na takwimu | Marekani |

Wasaidizi hupata jina lako la kwanza, anwani na maelezo ya huduma pale tu huduma imethibitishwa.

Data inapohamishwa nje ya Kenya, tunahakikisha kuna kinga zinazofaa kama inavyotakiwa na kifungu cha 48 cha Sheria ya
Ulinzi wa Data.

## 6. Muda wa kuhifadhi taarifa

- Taarifa za akaunti: muda wote akaunti iko hai, na miezi 24 baada ya akaunti kufungwa.
- Kumbukumbu za malipo: miaka 7, kama inavyotakiwa na sheria za kodi.
- Matokeo ya ukaguzi wa historia ya wasaidizi: miezi 12 baada ya msaidizi kuacha jukwaa.
- Rekodi za simu za huduma kwa wateja: siku 90.

## 7. Haki zako

Una haki ya kujulishwa jinsi taarifa zako zinavyotumika, kupata nakala ya taarifa zako, kurekebisha taarifa zisizo
sahihi, kufuta taarifa za uongo au zinazopotosha, kupinga uchakataji na kuhamisha taarifa zako. Ili kutumia haki hizi,
tuandikie kupitia faragha@msaidizibora.co.ke. Tutajibu ndani ya siku 30.

Ikiwa hujaridhika na jinsi tulivyoshughulikia ombi lako, una haki ya kuwasilisha malalamiko kwa Ofisi ya Kamishna wa
Ulinzi wa Data ([www.odpc.go.ke](https://www.odpc.go.ke)).

## 8. Usalama

Taarifa zako huhifadhiwa kwenye seva zilizo na usimbaji fiche (encryption). Wafanyakazi wetu wanapata taarifa kwa
kiwango wanachohitaji tu kufanya kazi yao, na wote wamesaini makubaliano ya usiri.

## 9. Afisa wa Ulinzi wa Data

Afisa wetu wa Ulinzi wa Data ni Bi. Wanjiru Kamau. Unaweza kumwandikia kupitia
[dpo@msaidizibora.co.ke](mailto:dpo@msaidizibora.co.ke).

## 10. Mabadiliko ya sera hii

Tunaweza kubadilisha sera hii mara kwa mara. Mabadiliko makubwa tutakujulisha kupitia programu au SMS kabla
hayajaanza kutumika.
""")

EDITS = [
    {"note": "sharing table: Smile Identity added (identity verification of helpers)",
     "repl": [("| Africa's Talking Ltd | SMS na arifa | Kenya |",
               "| Africa's Talking Ltd | SMS na arifa | Kenya |\n"
               "| Smile Identity Ltd | Uthibitishaji wa utambulisho wa wasaidizi | Kenya na Marekani |")]},
    {"note": "typo fixed: 'binfasi' -> 'binafsi' (no new date)", "bump": False,
     "repl": [("taarifa zako binfasi", "taarifa zako binafsi")]},
    {"note": "new paragraph: helpers' Certificate of Good Conduct (DCI), only its number and date kept",
     "repl": [("- matokeo ya ukaguzi wa historia.\n",
               "- matokeo ya ukaguzi wa historia.\n\nKabla ya kuanza kazi, kila msaidizi anatakiwa kuwasilisha Cheti "
               "cha Maadili Mema (Certificate of Good Conduct) kutoka Idara ya Upelelezi wa Jinai (DCI). Tunahifadhi "
               "namba ya cheti na tarehe yake tu, si nakala ya cheti chenyewe.\n")]},
    {"note": "account data retention after closing shortened from 24 to 12 months",
     "repl": [("na miezi 24 baada ya akaunti kufungwa.", "na miezi 12 baada ya akaunti kufungwa.")]},
    {"note": "Data Protection Officer changed (Bi. Wanjiru Kamau -> Bw. Brian Otieno)",
     "repl": [("ni Bi. Wanjiru Kamau. Unaweza kumwandikia", "ni Bw. Brian Otieno. Unaweza kumwandikia")]},
    {"note": "office moved: Prosperity House, Ngong Road -> The Mirage, Westlands",
     "repl": [("@ Prosperity House, Ghorofa ya 4, Barabara ya Ngong",
               "@ The Mirage, Mnara wa 2, Ghorofa ya 9, Westlands")]},
]

SAVES = K.Saves(dt.datetime(2021, 10, 4, 7, 12, 44))

HELPERS = [("Mary Achieng", "Kilimani"), ("Grace Wambui", "Kileleshwa"), ("Faith Mutheu", "South B"),
           ("Esther Nyambura", "Westlands"), ("Lucy Adhiambo", "Lavington"), ("Joyce Chebet", "Kasarani"),
           ("Mercy Njeri", "Ruaka"), ("Purity Wanjiku", "Langata"), ("Beatrice Atieno", "Nyali"),
           ("Caroline Mwende", "Syokimau"), ("Halima Said", "Bamburi"), ("Agnes Kerubo", "Karen")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.alnum(rng, 40), "livewire": (C.alnum(rng, 20), C.hexs(rng, 64))}
    s["assets"] = K.deploy(rng, prev.get("assets"), 0.4, lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 8),
                                                                  C.hexs(rng, 8)))
    s["available"] = rng.randint(380, 520) + (when.year - 2022) * 210
    s["top"] = K.deploy(rng, prev.get("top"), 0.7, lambda: tuple(
        (k, rng.choice([4.8, 4.9, 4.9, 5.0]), rng.randint(40, 260)) for k in rng.sample(range(len(HELPERS)), 3)))
    base = 120 + int((when - dt.datetime(2022, 1, 1)).days * 0.21)
    s["feedback"] = (base + i, base + i + rng.randint(20, 60))
    return s


LABELS = {"csrf": "csrf-token meta and the newsletter form's _token (per session)",
          "livewire": "Livewire wire:id and initial-data checksum of the feedback widget (INSIDE, removed)",
          "assets": "Laravel Mix ?id= / Vite build hashes (deploys)",
          "available": "top bar 'Wasaidizi N wako tayari leo' live counter",
          "top": "sidebar 'Wasaidizi bora wa wiki' (names, ratings, review counts)",
          "feedback": "'Je, ukurasa huu ulikusaidia?' counts (INSIDE, removed)",
          "ago": "'Imesasishwa tokea ...' diffForHumans and reading time (INSIDE, removed)",
          "banner": "seasonal offer alert (Pasaka, Sikukuu)"}


def ago(saved, when):
    """Carbon 2 diffForHumans() in the sw locale."""
    sec = (when - saved).total_seconds()
    d = int(sec // 86400)
    if d < 1:
        h = int(sec // 3600)
        return "tokea saa limoja" if h <= 1 else "tokea masaa %d" % h
    if d < 7:
        return "tokea siku moja" if d == 1 else "tokea siku %d" % d
    if d < 30:
        w = d // 7
        return "tokea wiki moja" if w == 1 else "tokea wiki %d" % w
    if d < 365:
        m = d // 30
        return "tokea mwezi mmoja" if m == 1 else "tokea miezi %d" % m
    y = d // 365
    return "tokea mwaka mmoja" if y == 1 else "tokea miaka %d" % y


def banner(when):
    if when.month in (3, 4):
        return ("pasaka", "Ofa ya Pasaka: punguzo la 15% kwa usafi wa kina wa nyumba nzima. Tumia msimbo PASAKA15.")
    if when.month == 12:
        return ("sikukuu", "Sikukuu njema! Weka nafasi mapema – wasaidizi wengi husafiri kwenda nyumbani mwishoni mwa "
                           "Desemba.")
    return None


def table(rows, inl):
    head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
    return ('<div class="table-responsive"><table class="table table-striped align-middle"><thead><tr>%s</tr></thead>'
            "<tbody>%s</tbody></table></div>" % (head, body))


def render(s, blocks, when):
    saved = SAVES.saved(blocks, when)
    words = len(C.blocks_md(blocks, URL).split())
    s["ago"] = (ago(saved, when), words)
    bn = banner(when)
    s["banner"] = bn[0] if bn else None
    mixcss, mixjs, vcss, vjs = s["assets"]
    if when < VITE:
        assets = ('<link href="/css/app.css?id=%s" rel="stylesheet">\n<script src="/js/app.js?id=%s" defer></script>\n'
                  % (mixcss[:20], mixjs[:20]))
    else:
        assets = ('<link rel="preload" as="style" href="https://msaidizibora.co.ke/build/assets/app-%s.css" />'
                  '<link rel="stylesheet" href="https://msaidizibora.co.ke/build/assets/app-%s.css" />'
                  '<link rel="modulepreload" href="https://msaidizibora.co.ke/build/assets/app-%s.js" />'
                  '<script type="module" src="https://msaidizibora.co.ke/build/assets/app-%s.js"></script>\n'
                  % (vcss, vcss, vjs, vjs))
    wid, checksum = s["livewire"]
    yes, total = s["feedback"]
    fp = {"id": wid, "name": "page-feedback", "locale": "sw", "path": "sera-ya-faragha", "method": "GET", "v": "acj"}
    sm = {"children": [], "errors": [], "htmlHash": checksum[:8], "data": {"pageSlug": "sera-ya-faragha",
                                                                           "voted": False},
          "dataMeta": [], "checksum": checksum}
    init = C.attr(json.dumps({"fingerprint": fp, "effects": {"listeners": []}, "serverMemo": sm},
                             separators=(",", ":")))
    top = "".join('<li class="d-flex align-items-center mb-3"><img src="/storage/helpers/%d.jpg" class="rounded-circle '
                  'me-2" width="40" height="40" alt=""><div><div class="fw-semibold">%s</div><div class="small '
                  'text-muted">%s · <span class="text-warning">★</span> %.1f (%d)</div></div></li>'
                  % (k + 101, HELPERS[k][0], HELPERS[k][1], r, n) for k, r, n in s["top"])
    alert = ""
    if bn:
        alert = ('<div class="alert alert-warning rounded-0 mb-0 text-center small" role="alert">%s</div>\n'
                 % C.esc(bn[1]))
    body = C.render_blocks(blocks[1:], table=table)
    return ("<!DOCTYPE html>\n<html lang=\"sw\">\n<head>\n"
            '    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '    <meta name="csrf-token" content="%s">\n\n    <title>Sera ya Faragha - Msaidizi Bora</title>\n'
            '    <meta name="description" content="Jinsi Msaidizi Bora inavyolinda taarifa zako binafsi.">\n'
            '    <link rel="canonical" href="%s">\n    %s'
            "    <style>[wire\\:loading], [wire\\:loading\\.delay] {display: none;}</style>\n"
            "</head>\n<body class=\"d-flex flex-column min-vh-100\">\n"
            '<div class="topbar bg-success text-white small py-1"><div class="container d-flex '
            'justify-content-between"><span><i class="bi bi-people-fill"></i> Wasaidizi %s wako tayari leo</span>'
            '<span><i class="bi bi-telephone"></i> 0709 880 000</span></div></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">'
            '<a class="navbar-brand fw-bold" href="https://msaidizibora.co.ke"><img src="/images/logo.svg" height="36" '
            'alt="Msaidizi Bora"></a><button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
            'data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>'
            '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">'
            '<li class="nav-item"><a class="nav-link" href="https://msaidizibora.co.ke/huduma">Huduma</a></li>'
            '<li class="nav-item"><a class="nav-link" href="https://msaidizibora.co.ke/bei">Bei</a></li>'
            '<li class="nav-item"><a class="nav-link" href="https://msaidizibora.co.ke/kuwa-msaidizi">Kuwa msaidizi</a>'
            '</li><li class="nav-item"><a class="nav-link" href="https://msaidizibora.co.ke/login">Ingia</a></li>'
            '<li class="nav-item"><a class="btn btn-success ms-lg-2" href="https://msaidizibora.co.ke/weka-nafasi">'
            "Weka nafasi</a></li></ul></div></div></nav>\n%s"
            '<main class="py-5 flex-grow-1">\n<div class="container">\n<div class="row g-5">\n<div class="col-lg-8">\n'
            '<article class="policy">\n<h1 class="display-6 fw-bold mb-2">%s</h1>\n'
            '<div class="policy-meta text-muted small mb-4"><span title="%s">Imesasishwa %s</span> · '
            "<span>Dakika %d za kusoma</span></div>\n"
            '<div class="policy-body">\n%s\n</div>\n'
            '<div wire:id="%s" wire:initial-data="%s" class="feedback-widget border-top pt-4 mt-5">'
            '<p class="fw-semibold mb-2">Je, ukurasa huu ulikusaidia?</p>'
            '<button wire:click="vote(1)" class="btn btn-outline-success btn-sm">Ndiyo</button> '
            '<button wire:click="vote(0)" class="btn btn-outline-secondary btn-sm">Hapana</button>'
            '<p class="small text-muted mt-2 mb-0">Watu %d kati ya %d walipata ukurasa huu kuwa na msaada.</p>'
            "</div>\n</article>\n</div>\n"
            '<aside class="col-lg-4">\n<div class="card border-0 shadow-sm mb-4"><div class="card-body">'
            '<h5 class="card-title">Wasaidizi bora wa wiki</h5><ul class="list-unstyled mb-0">%s</ul></div></div>\n'
            '<div class="card border-0 bg-light"><div class="card-body"><h5 class="card-title">Unahitaji msaada?</h5>'
            '<p class="small">Timu yetu inapatikana Jumatatu hadi Jumamosi, saa 2 asubuhi hadi saa 12 jioni.</p>'
            '<a class="btn btn-success btn-sm" href="https://wa.me/254709880000">WhatsApp</a></div></div>\n'
            "</aside>\n</div>\n</div>\n</main>\n"
            '<footer class="bg-dark text-white-50 py-5 mt-auto"><div class="container"><div class="row">'
            '<div class="col-md-6"><p class="mb-1 text-white fw-semibold">Jiunge na jarida letu</p>'
            '<form method="POST" action="https://msaidizibora.co.ke/jarida" class="d-flex gap-2">'
            '<input type="hidden" name="_token" value="%s" autocomplete="off">'
            '<input type="email" name="email" class="form-control" placeholder="Barua pepe yako" required>'
            '<button class="btn btn-success" type="submit">Jiunge</button></form></div>'
            '<div class="col-md-6 text-md-end small"><a class="text-white-50" href="https://msaidizibora.co.ke/'
            'sera-ya-faragha">Sera ya Faragha</a> · <a class="text-white-50" href="https://msaidizibora.co.ke/'
            'masharti">'
            "Masharti ya Huduma</a><br>© %d Msaidizi Bora Limited</div></div></div></footer>\n"
            '<script src="/livewire/livewire.js?id=90730a3b0e7144480175" data-turbo-eval="false" '
            'data-turbolinks-eval="false"></script><script data-turbo-eval="false" data-turbolinks-eval="false">'
            "window.livewire = new Livewire();window.Livewire = window.livewire;window.livewire_app_url = '';"
            "window.livewire_token = '%s';</script>\n"
            "</body>\n</html>\n"
            % (s["csrf"], URL, assets, K.grp(s["available"], ","), alert, C.esc(blocks[0][1]),
               saved.strftime("%Y-%m-%d %H:%M:%S"), ago(saved, when), max(1, round(words / 200.0)), body, wid, init,
               yes, total, top, s["csrf"], when.year, s["csrf"]))


PAGE = {
    "service": "Msaidizi Bora", "url": URL, "lang": "sw-KE", "platform": "Laravel (Blade, Livewire 2)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 4, 2), "hours": (5, 6, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "article.policy", "remove": [".policy-meta", ".feedback-widget"]},
}
