"""Sabai VPN - VPN provider - Lao - Nuxt 3 (Vue SSR, scoped-style data-v attributes, __NUXT_DATA__ payload).

Layering: a "Short version / Full version" tab pair (ສະບັບຫຍໍ້ / ສະບັບເຕັມ). Both panels are server-rendered; the
full version's panel is hidden (style="display:none") until its tab is clicked. The short version has its own
sub-headings and lists ("what we never log", "what we keep").
Curator: the legal container (title, date, intro, both panels); the tab buttons, the breadcrumb and the "questions?
contact support" aside are removed. Both versions are the notice: the short one is a layer of it, the hidden full
one is its complete text.
Noise (noisy page): the visitor-dependent "your IP / location / ISP / unprotected" bar (crawler egress varies,
sticky; also echoed in the Nuxt payload) and a promo bar with a countdown timer and seasonal offers. Nuxt build
hashes stay constant. All outside the container.
Edits: short version only (DNS queries added to "never logged", date not bumped); full version only, inside the
hidden panel (crypto payments via BitPay); both versions (threat protection works on the device); full version only
(second independent audit in 2023); both versions (crash-report retention 90 -> 30 days); a section added to the
full version (requests from authorities, rights renumbered 9).
"""
import datetime as dt
import html
import json
import common as C

URL = "https://sabaivpn.com/lo/privacy"
DEUAN = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"]


def fmt_date(d):
    return "ວັນທີ %d %s %d" % (d.day, DEUAN[d.month - 1], d.year)


POLICY = """
# ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ

ປັບປຸງຫຼ້າສຸດ: {UPDATED}

ນະໂຍບາຍນີ້ອະທິບາຍວ່າ Sabai VPN ເກັບກຳ ແລະ ນຳໃຊ້ຂໍ້ມູນໃດແດ່ ເມື່ອທ່ານໃຊ້ແອັບ, ເວັບໄຊ ແລະ ເຊີບເວີ VPN ຂອງພວກເຮົາ. ອ່ານສະບັບຫຍໍ້ເພື່ອເບິ່ງຈຸດສຳຄັນ, ຫຼື ເປີດສະບັບເຕັມເພື່ອອ່ານລາຍລະອຽດທັງໝົດ.

%% short

ພວກເຮົາສ້າງ Sabai VPN ເພື່ອປົກປ້ອງຄວາມເປັນສ່ວນຕົວຂອງທ່ານ, ບໍ່ແມ່ນເພື່ອເກັບຂໍ້ມູນຂອງທ່ານ. ນີ້ແມ່ນສິ່ງສຳຄັນທີ່ສຸດທີ່ທ່ານຄວນຮູ້:

### ສິ່ງທີ່ພວກເຮົາບໍ່ເຄີຍບັນທຶກ

- ເວັບໄຊທີ່ທ່ານເຂົ້າເບິ່ງ ແລະ ຂໍ້ມູນທີ່ທ່ານສົ່ງຜ່ານ VPN
- ທີ່ຢູ່ IP ແທ້ຂອງທ່ານ
- ເວລາທີ່ທ່ານເຊື່ອມຕໍ່ ແລະ ຕັດການເຊື່ອມຕໍ່

### ສິ່ງທີ່ພວກເຮົາເກັບ

- ທີ່ຢູ່ອີເມວ ແລະ ສະຖານະການສະໝັກໃຊ້ ເພື່ອຈັດການບັນຊີຂອງທ່ານ
- ຂໍ້ມູນການຊຳລະເງິນ ເຊິ່ງຜູ້ໃຫ້ບໍລິການຊຳລະເງິນເປັນຜູ້ຈັດການ
- ຈຳນວນອຸປະກອນທີ່ເຊື່ອມຕໍ່ພ້ອມກັນ, ເຊິ່ງຖືກລຶບທັນທີທີ່ທ່ານຕັດການເຊື່ອມຕໍ່
- ລາຍງານຂໍ້ຜິດພາດຂອງແອັບ, ຖ້າທ່ານເປີດໃຊ້

ທ່ານສາມາດລຶບບັນຊີໄດ້ທຸກເວລາ ແລະ ພວກເຮົາຈະລຶບຂໍ້ມູນຂອງທ່ານພາຍໃນ 30 ວັນ.

%% full

## 1. ຜູ້ຄວບຄຸມຂໍ້ມູນ

Sabai VPN ດຳເນີນງານໂດຍ Sabai Networks Pte. Ltd., ບໍລິສັດທີ່ຈົດທະບຽນຢູ່ສິງກະໂປ. ບໍລິສັດນີ້ເປັນຜູ້ຄວບຄຸມຂໍ້ມູນສ່ວນບຸກຄົນທີ່ອະທິບາຍໄວ້ໃນນະໂຍບາຍນີ້.

@ Sabai Networks Pte. Ltd.
@ 10 Anson Road, #22-02
@ Singapore 079903
@ ອີເມວ: [privacy@sabaivpn.com](mailto:privacy@sabaivpn.com)

## 2. ນະໂຍບາຍບໍ່ບັນທຶກການນຳໃຊ້

ເມື່ອທ່ານເຊື່ອມຕໍ່ VPN, ພວກເຮົາບໍ່ບັນທຶກທີ່ຢູ່ IP ແທ້ຂອງທ່ານ, ເວັບໄຊທີ່ທ່ານເຂົ້າເບິ່ງ, ຄຳຮ້ອງຂໍ DNS, ເນື້ອຫາການສື່ສານ ຫຼື ເວລາເຊື່ອມຕໍ່ຂອງທ່ານ. ເຊີບເວີຂອງພວກເຮົາເຮັດວຽກໃນໜ່ວຍຄວາມຈຳ RAM ເທົ່ານັ້ນ, ດັ່ງນັ້ນຂໍ້ມູນທັງໝົດຈະຖືກລຶບອອກທຸກຄັ້ງທີ່ເຊີບເວີເລີ່ມຕົ້ນໃໝ່. ນະໂຍບາຍນີ້ໄດ້ຮັບການກວດສອບໂດຍບໍລິສັດກວດສອບອິດສະຫຼະໃນປີ 2021.

## 3. ຂໍ້ມູນບັນຊີ

ເພື່ອສ້າງບັນຊີ, ພວກເຮົາຕ້ອງການພຽງແຕ່ທີ່ຢູ່ອີເມວ ແລະ ລະຫັດຜ່ານ. ພວກເຮົາໃຊ້ອີເມວຂອງທ່ານເພື່ອສົ່ງໃບບິນ, ແຈ້ງເຕືອນກ່ຽວກັບການຕໍ່ອາຍຸ ແລະ ຕອບຄຳຖາມຂອງທ່ານ. ພວກເຮົາຈະສົ່ງຂ່າວສານການຕະຫຼາດໃຫ້ທ່ານ ກໍຕໍ່ເມື່ອທ່ານຍິນຍອມເທົ່ານັ້ນ.

## 4. ການຊຳລະເງິນ

ການຊຳລະເງິນດ້ວຍບັດແມ່ນຈັດການໂດຍ Stripe, ສ່ວນການຊື້ຜ່ານ App Store ຫຼື Google Play ແມ່ນຈັດການໂດຍ Apple ແລະ Google. ພວກເຮົາບໍ່ເຫັນເລກບັດເຕັມຂອງທ່ານ. ພວກເຮົາເກັບບັນທຶກການຊຳລະເງິນໄວ້ 5 ປີ ຕາມທີ່ກົດໝາຍບັນຊີກຳນົດ.

## 5. ຂໍ້ມູນການເຊື່ອມຕໍ່ທີ່ຈຳເປັນ

ເພື່ອບັງຄັບໃຊ້ຂີດຈຳກັດ 10 ອຸປະກອນຕໍ່ບັນຊີ, ເຊີບເວີຂອງພວກເຮົານັບຈຳນວນການເຊື່ອມຕໍ່ທີ່ເປີດຢູ່ເປັນການຊົ່ວຄາວ. ຂໍ້ມູນນີ້ບໍ່ເຊື່ອມໂຍງກັບທີ່ຢູ່ IP ຫຼື ກິດຈະກຳຂອງທ່ານ ແລະ ຈະຖືກລຶບທັນທີທີ່ທ່ານຕັດການເຊື່ອມຕໍ່. ພວກເຮົາຍັງເກັບສະຖິຕິລວມ ເຊັ່ນ ປະລິມານການນຳໃຊ້ທັງໝົດຂອງແຕ່ລະເຊີບເວີ ເພື່ອວາງແຜນຂະຫຍາຍເຄືອຂ່າຍ.

## 6. ແອັບ ແລະ ລາຍງານຂໍ້ຜິດພາດ

ຖ້າທ່ານເປີດໃຊ້ການສົ່ງລາຍງານຂໍ້ຜິດພາດ, ແອັບຈະສົ່ງຂໍ້ມູນທາງເທັກນິກ ເຊັ່ນ ເວີຊັນແອັບ, ລະບົບປະຕິບັດການ ແລະ ລາຍລະອຽດຂອງຂໍ້ຜິດພາດ. ລາຍງານເຫຼົ່ານີ້ບໍ່ມີທີ່ຢູ່ IP ຂອງທ່ານ ແລະ ຖືກເກັບໄວ້ 90 ວັນ.

## 7. ເວັບໄຊ ແລະ ຄຸກກີ້

ເວັບໄຊຂອງພວກເຮົາໃຊ້ພຽງຄຸກກີ້ທີ່ຈຳເປັນສຳລັບການເຂົ້າສູ່ລະບົບ ແລະ ການສັ່ງຊື້. ພວກເຮົາວັດແທກການເຂົ້າເບິ່ງເວັບໄຊດ້ວຍເຄື່ອງມືວິເຄາະທີ່ຕິດຕັ້ງໃນເຊີບເວີຂອງພວກເຮົາເອງ ໂດຍບໍ່ມີຄຸກກີ້ຕິດຕາມຂອງບຸກຄົນທີສາມ.

## 8. ສິດຂອງທ່ານ

ທ່ານມີສິດຂໍເບິ່ງ, ແກ້ໄຂ ຫຼື ລຶບຂໍ້ມູນສ່ວນບຸກຄົນຂອງທ່ານ. ທ່ານສາມາດລຶບບັນຊີໄດ້ເອງໃນໜ້າຕັ້ງຄ່າບັນຊີ ແລະ ພວກເຮົາຈະລຶບຂໍ້ມູນທັງໝົດພາຍໃນ 30 ວັນ, ຍົກເວັ້ນບັນທຶກການຊຳລະເງິນທີ່ກົດໝາຍກຳນົດໃຫ້ເກັບໄວ້. ຖ້າມີຄຳຖາມ, ກະລຸນາຕິດຕໍ່ [privacy@sabaivpn.com](mailto:privacy@sabaivpn.com).
"""

EDITS = [
    {"note": "short version only: 'DNS queries' added to the list of things never logged (the full version already said so); date not bumped",
     "bump": False,
     "repl": [("- ທີ່ຢູ່ IP ແທ້ຂອງທ່ານ\n", "- ທີ່ຢູ່ IP ແທ້ຂອງທ່ານ\n- ຄຳຮ້ອງຂໍ DNS ຂອງທ່ານ\n")]},
    {"note": "full version only (hidden panel): crypto payments through BitPay",
     "repl": [("ພວກເຮົາບໍ່ເຫັນເລກບັດເຕັມຂອງທ່ານ.",
               "ພວກເຮົາບໍ່ເຫັນເລກບັດເຕັມຂອງທ່ານ. ທ່ານຍັງສາມາດຊຳລະດ້ວຍເງິນຄຣິບໂຕຜ່ານ BitPay; ໃນກໍລະນີນີ້ ພວກເຮົາບໍ່ຈຳເປັນຕ້ອງຮູ້ຊື່ຂອງທ່ານ.")]},
    {"note": "both versions: threat protection checks domains on the device (short-version paragraph, full-version paragraph in section 6)",
     "repl": [("ທ່ານສາມາດລຶບບັນຊີໄດ້ທຸກເວລາ",
               "ຄຸນສົມບັດປ້ອງກັນໄພຂົ່ມຂູ່ ກວດສອບເວັບໄຊອັນຕະລາຍຢູ່ໃນອຸປະກອນຂອງທ່ານເອງ; ບໍ່ມີຂໍ້ມູນການທ່ອງເວັບໃດຖືກສົ່ງມາຫາພວກເຮົາ.\n\nທ່ານສາມາດລຶບບັນຊີໄດ້ທຸກເວລາ"),
              ("ແລະ ຖືກເກັບໄວ້ 90 ວັນ.",
               "ແລະ ຖືກເກັບໄວ້ 90 ວັນ.\n\nຄຸນສົມບັດປ້ອງກັນໄພຂົ່ມຂູ່ ດາວໂຫຼດລາຍຊື່ໂດເມນອັນຕະລາຍມາໄວ້ໃນອຸປະກອນຂອງທ່ານ ແລະ ກວດສອບທຸກຢ່າງຢູ່ໃນອຸປະກອນນັ້ນ. ພວກເຮົາບໍ່ໄດ້ຮັບຂໍ້ມູນວ່າທ່ານເຂົ້າເບິ່ງ ຫຼື ຖືກບລັອກເວັບໄຊໃດ.")]},
    {"note": "full version only: no-logs policy audited again in 2023, report in the help centre",
     "repl": [("ບໍລິສັດກວດສອບອິດສະຫຼະໃນປີ 2021.",
               "ບໍລິສັດກວດສອບອິດສະຫຼະໃນປີ 2021 ແລະ ອີກຄັ້ງໃນປີ 2023. ທ່ານສາມາດອ່ານບົດລາຍງານການກວດສອບໄດ້ໃນສູນຊ່ວຍເຫຼືອຂອງພວກເຮົາ.")]},
    {"note": "both versions: crash reports kept 30 days instead of 90 (short-version bullet gains the period)",
     "repl": [("- ລາຍງານຂໍ້ຜິດພາດຂອງແອັບ, ຖ້າທ່ານເປີດໃຊ້\n", "- ລາຍງານຂໍ້ຜິດພາດຂອງແອັບ, ຖ້າທ່ານເປີດໃຊ້ (ເກັບໄວ້ 30 ວັນ)\n"),
              ("ແລະ ຖືກເກັບໄວ້ 90 ວັນ.", "ແລະ ຖືກເກັບໄວ້ 30 ວັນ.")]},
    {"note": "section added to the full version: requests from authorities (rights renumbered 9)",
     "repl": [("## 8. ສິດຂອງທ່ານ",
               "## 8. ຄຳຮ້ອງຂໍຈາກເຈົ້າໜ້າທີ່\n\nຖ້າເຈົ້າໜ້າທີ່ຂອງລັດຖະບານໃດໜຶ່ງຮ້ອງຂໍຂໍ້ມູນກ່ຽວກັບຜູ້ໃຊ້, ພວກເຮົາຈະກວດສອບວ່າຄຳຮ້ອງຂໍນັ້ນຖືກຕ້ອງຕາມກົດໝາຍຂອງສິງກະໂປຫຼືບໍ່. ເນື່ອງຈາກພວກເຮົາບໍ່ບັນທຶກການນຳໃຊ້, ພວກເຮົາຈຶ່ງບໍ່ມີຂໍ້ມູນກິດຈະກຳອອນລາຍຂອງທ່ານທີ່ຈະມອບໃຫ້. ພວກເຮົາເຜີຍແຜ່ຈຳນວນຄຳຮ້ອງຂໍທີ່ໄດ້ຮັບທຸກໆປີ.\n\n## 9. ສິດຂອງທ່ານ")]},
]


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


EGRESS = [("51.15.%d.%d", "ປາຣີ, ຝຣັ່ງ", "Scaleway"), ("95.217.%d.%d", "ເຮວຊິງກິ, ຟິນແລນ", "Hetzner Online"),
          ("20.111.%d.%d", "ປາຣີ, ຝຣັ່ງ", "Microsoft Azure"), ("34.77.%d.%d", "ບຣຸກແຊລ, ແບນຊິກ", "Google Cloud")]
PROMOS = [("newyear", "ຕ້ອນຮັບປີໃໝ່: ຫຼຸດ 70% ແຜນ 2 ປີ"), ("pimai", "ບຸນປີໃໝ່ລາວ: ຫຼຸດ 65% + ຟຣີ 3 ເດືອນ"),
          ("summer", "ຂໍ້ສະເໜີພິເສດ: ຫຼຸດ 60% ແຜນ 1 ປີ"), ("bf", "Black Friday: ຫຼຸດ 75% + ຟຣີ 4 ເດືອນ")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    def egress():
        k = rng.randrange(len(EGRESS))
        return (EGRESS[k][0] % (rng.randint(1, 254), rng.randint(1, 254)), k)
    s["ip"] = C.keep_or(rng, prev.get("ip"), 0.6, egress)
    m = when.month
    promo = "pimai" if m == 4 else "bf" if m in (11, 12) and not (m == 12 and when.day > 20) else "newyear" if m in (1, 12) else "summer"
    s["promo"] = (promo, rng.randint(1, 23), rng.randint(0, 59), rng.randint(0, 59))
    return s


LABELS = {"ip": "visitor IP / location / ISP bar (and Nuxt payload)", "promo": "promo bar: seasonal offer and countdown timer"}

V = 'data-v-8b21d0aa'


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    ip, k = s["ip"]
    _, loc, isp = EGRESS[k]
    promo, hh, mm, ss = s["promo"]
    entry, css, build_id = "entry.5f3c9a1e", "Bq7x2LmK", "9e4c1d2a-7b3f-4e8a-a1c6-2f5d8b0e3c71"
    short = C.blocks_html(seg["short"], sep="")  # CMS HTML through v-html: no scoped data-v attributes
    full = C.blocks_html(seg["full"], sep="")
    container = ('<div class="legal__container" %s><nav class="legal__crumbs" %s aria-label="breadcrumb"><a href="/lo" %s>ໜ້າຫຼັກ</a> / '
                 '<a href="/lo/legal" %s>ກົດໝາຍ</a> / <span %s>%s</span></nav>'
                 '<h1 class="legal__title" %s>%s</h1><p class="legal__updated" %s>%s</p><p class="legal__intro" %s>%s</p>'
                 '<div class="legal-tabs" %s><div class="legal-tabs__list" role="tablist" aria-label="ເລືອກສະບັບ" %s>'
                 '<button id="tab-short" role="tab" aria-selected="true" aria-controls="panel-short" class="legal-tabs__tab legal-tabs__tab--active" %s>ສະບັບຫຍໍ້</button>'
                 '<button id="tab-full" role="tab" aria-selected="false" aria-controls="panel-full" tabindex="-1" class="legal-tabs__tab" %s>ສະບັບເຕັມ</button></div>'
                 '<section id="panel-short" role="tabpanel" aria-labelledby="tab-short" class="legal-tabs__panel" %s>%s</section>'
                 '<section id="panel-full" role="tabpanel" aria-labelledby="tab-full" class="legal-tabs__panel" style="display:none;" %s>%s</section></div>'
                 '<aside class="legal__help" %s><p %s>ມີຄຳຖາມບໍ? ທີມງານຂອງພວກເຮົາພ້ອມຊ່ວຍ 24/7.</p><a href="/lo/support" class="btn btn--ghost" %s>ຕິດຕໍ່ທີມງານ</a></aside></div>'
                 % (V, V, V, V, V, html.escape(head[0][1]), V, C.inline_html(head[0][1]), V, C.inline_html(head[1][1]), V,
                    C.inline_html(head[2][1]), V, V, V, V, V, short, V, full, V, V, V))
    payload = json.dumps([{"data": 1, "state": 2, "once": 5, "_errors": 6, "serverRendered": 7, "path": 8},
                          {"legal-privacy-lo": 9}, {"$sgeo": 3}, {"ip": ip, "city": loc, "isp": isp, "protected": False},
                          None, [], {}, True, "/lo/privacy", {"slug": "privacy", "locale": "lo", "updated": head[1][1]}],
                         ensure_ascii=False, separators=(",", ":"))
    promo_text = dict(PROMOS)[promo]
    return ('<!DOCTYPE html><html lang="lo" data-capo=""><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s – Sabai VPN</title>'
            '<link rel="stylesheet" href="/_nuxt/entry.%s.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">'
            '<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/shield.4f1c2b9e.svg">'
            '<meta name="description" content="Sabai VPN ບໍ່ບັນທຶກການນຳໃຊ້ຂອງທ່ານ. ອ່ານນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ."><link rel="canonical" href="%s">'
            '<link rel="alternate" hreflang="en" href="https://sabaivpn.com/privacy"><link rel="alternate" hreflang="th" href="https://sabaivpn.com/th/privacy">'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script></head>'
            '<body><div id="__nuxt"><!--[--><div class="page" data-v-0a2f6c1e>'
            '<div class="ipbar" data-v-7b3e91d2><span data-v-7b3e91d2>ທີ່ຢູ່ IP ຂອງທ່ານ: <b data-v-7b3e91d2>%s</b></span>'
            '<span data-v-7b3e91d2>ທີ່ຕັ້ງ: %s</span><span data-v-7b3e91d2>ຜູ້ໃຫ້ບໍລິການ: %s</span>'
            '<span class="ipbar__status ipbar__status--bad" data-v-7b3e91d2>ສະຖານະ: ບໍ່ໄດ້ຮັບການປ້ອງກັນ</span></div>'
            '<div class="promo" data-v-5d0c3f11 data-promo="%s"><span data-v-5d0c3f11>%s</span> <span class="promo__timer" data-v-5d0c3f11>'
            'ໝົດເວລາໃນ %02d:%02d:%02d</span> <a href="/lo/pricing?coupon=%s" class="promo__cta" data-v-5d0c3f11>ຮັບຂໍ້ສະເໜີ</a></div>'
            '<header class="site-header" data-v-0a2f6c1e><a href="/lo" class="site-header__logo" data-v-0a2f6c1e>'
            '<img src="/_nuxt/logo.9b2d7e1a.svg" alt="Sabai VPN" width="120" height="28" data-v-0a2f6c1e></a>'
            '<nav class="site-header__nav" data-v-0a2f6c1e><a href="/lo/features" data-v-0a2f6c1e>ຄຸນສົມບັດ</a><a href="/lo/servers" data-v-0a2f6c1e>ເຊີບເວີ</a>'
            '<a href="/lo/pricing" data-v-0a2f6c1e>ລາຄາ</a><a href="/lo/download" data-v-0a2f6c1e>ດາວໂຫຼດ</a><a href="/lo/support" data-v-0a2f6c1e>ຊ່ວຍເຫຼືອ</a></nav>'
            '<a href="/lo/login" class="btn btn--small" data-v-0a2f6c1e>ເຂົ້າສູ່ລະບົບ</a></header>'
            '<main class="legal" %s>%s</main>'
            '<footer class="site-footer" data-v-0a2f6c1e><nav data-v-0a2f6c1e><a href="/lo/terms" data-v-0a2f6c1e>ເງື່ອນໄຂການໃຫ້ບໍລິການ</a>'
            '<a href="/lo/privacy" data-v-0a2f6c1e>ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ</a><a href="/lo/transparency" data-v-0a2f6c1e>ບົດລາຍງານຄວາມໂປ່ງໃສ</a></nav>'
            '<p data-v-0a2f6c1e>© %d Sabai Networks Pte. Ltd.</p></footer></div><!--]--></div>'
            '<div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.sabaivpn.com"},app:{baseURL:"/",buildId:"%s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>'
            % (html.escape(head[0][1]), css, entry, URL, entry, ip, loc, isp, promo, promo_text, hh, mm, ss, promo.upper(),
               V, container, when.year, payload, build_id))


PAGE = {
    "service": "Sabai VPN", "url": URL, "lang": "lo", "platform": "Nuxt 3 (Vue SSR)",
    "content_type": "text/html;charset=utf-8",
    "n": 31, "start": dt.date(2022, 1, 17), "end": dt.date(2026, 2, 27),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".legal__container"],
                    "remove": [".legal__crumbs", "[role=\"tablist\"]", ".legal__help"]},
}
