"""Kanisa la Neema ya Mungu (KNM), Nairobi - Swahili - WordPress with the Divi theme (builder sections, text
modules, a Countdown Timer module in the policy's own section), WP Rocket, M-Pesa Paybill giving."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.neemayamungu.or.ke/sera-ya-faragha/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["sw"][d.month - 1], d.year)


POLICY = """
## Sera ya Faragha

Imesasishwa mwisho: {UPDATED}

Kanisa la Neema ya Mungu ("Kanisa", "sisi") linaheshimu faragha ya washiriki wake, wageni, wafadhili na wote wanaotembelea tovuti yetu. Sera hii inaeleza jinsi tunavyokusanya, kutumia na kulinda taarifa zako binafsi kwa mujibu wa Sheria ya Ulinzi wa Data ya Kenya ya mwaka 2019.

### Taarifa tunazokusanya

- Jina, namba ya simu, barua pepe na mtaa unaoishi unapojiandikisha kama mshiriki au mgeni;
- Taarifa za matoleo yako ya zaka na sadaka kupitia M-Pesa, yaani jina, namba ya simu, kiasi na namba ya muamala;
- Maombi ya maombezi unayotuma kwetu;
- Taarifa za watoto wanaosajiliwa katika Shule ya Jumapili, pamoja na jina la mzazi au mlezi;
- Anwani ya IP na aina ya kivinjari unapotembelea tovuti hii.

### Jinsi tunavyotumia taarifa zako

Tunatumia taarifa zako ili kukukaribisha na kukufuatilia kama mgeni, kutunza daftari la washiriki, kupanga vikundi vya nyumbani (home fellowships), kuthibitisha na kutoa risiti za matoleo yako, kukutumia ujumbe mfupi kuhusu ibada na matukio, na kukuhudumia kichungaji. Maombi ya maombezi yanasomwa na timu ya maombi pekee.

### Kushiriki taarifa

Hatuuzi taarifa zako. Tunazishiriki tu na watoa huduma wanaotusaidia: Safaricom PLC kwa malipo ya M-Pesa (Paybill 522 533), Africa's Talking Ltd kwa ujumbe mfupi (SMS), na Google kwa barua pepe na uhifadhi wa nyaraka. Tunaweza pia kutoa taarifa kwa mamlaka za serikali pale sheria inapotutaka kufanya hivyo.

### Muda wa kuhifadhi

Taarifa za washiriki huhifadhiwa wakati wote wa ushirika wako na kwa miaka miwili baada ya kuondoka. Kumbukumbu za matoleo huhifadhiwa kwa miaka saba kwa madhumuni ya ukaguzi wa hesabu.

### Haki zako

Una haki ya kujulishwa kuhusu matumizi ya taarifa zako, kupata nakala ya taarifa hizo, kuomba zirekebishwe au zifutwe, na kukataa kutumiwa ujumbe wa matangazo. Ukiona haki zako zimekiukwa, unaweza kuwasilisha malalamiko kwa Ofisi ya Kamishna wa Ulinzi wa Data (ODPC).

### Usalama wa taarifa

Tunalinda taarifa zako kwa kutumia nywila, usimbaji fiche wa tovuti na udhibiti wa nani anaweza kufikia daftari la washiriki. Ni wachungaji, wazee wa kanisa na watumishi walioteuliwa pekee wanaoweza kuona taarifa hizo, na wote wamesaini ahadi ya kutunza siri. Fomu za karatasi za wageni huhifadhiwa kwenye kabati lililofungwa katika ofisi ya kanisa na huharibiwa baada ya taarifa kuingizwa kwenye mfumo.

### Watoto

Hatukusanyi taarifa za watoto walio chini ya umri wa miaka kumi na minane bila idhini ya mzazi au mlezi. Taarifa za watoto wa Shule ya Jumapili hutumika tu kwa usalama wao wakati wa ibada na shughuli za kanisa.

### Mabadiliko ya sera hii

Tunaweza kubadilisha sera hii mara kwa mara. Toleo jipya litawekwa kwenye ukurasa huu pamoja na tarehe ya kusasishwa.

### Wasiliana nasi

@ Afisa wa Ulinzi wa Data: Bi. Wanjiru Kamau
@ Kanisa la Neema ya Mungu, Barabara ya Ngong, S.L.P. 41562-00100, Nairobi
@ Simu: 0722 555 018
@ Barua pepe: [faragha@neemayamungu.or.ke](mailto:faragha@neemayamungu.or.ke)
"""

EDITS = [
    {"note": "SMS provider Africa's Talking replaced by Onfon Media",
     "repl": [("Africa's Talking Ltd kwa ujumbe mfupi (SMS)", "Onfon Media Ltd kwa ujumbe mfupi (SMS)")]},
    {"note": "new section: photographs and live streaming of services",
     "repl": [("### Kushiriki taarifa",
               "### Picha na matangazo ya moja kwa moja\n\n"
               "Ibada zetu za Jumapili hurushwa moja kwa moja kupitia YouTube na Facebook. Picha na video za "
               "ibada zinaweza kuonyesha washiriki walioketi sehemu ya mbele. Hatuchapishi picha za watoto bila "
               "idhini ya mzazi au mlezi.\n\n### Kushiriki taarifa")]},
    {"note": "wording fixed without a new date ('unayotuma kwetu' -> 'unayotutumia')",
     "bump": False,
     "repl": [("- Maombi ya maombezi unayotuma kwetu;", "- Maombi ya maombezi unayotutumia;")]},
    {"note": "data protection officer and phone changed",
     "repl": [("@ Afisa wa Ulinzi wa Data: Bi. Wanjiru Kamau", "@ Afisa wa Ulinzi wa Data: Bw. Otieno Ochieng"),
              ("@ Simu: 0722 555 018", "@ Simu: 0110 555 274")]},
    {"note": "giving records retention seven -> five years; card giving via Pesapal added",
     "repl": [("Kumbukumbu za matoleo huhifadhiwa kwa miaka saba", "Kumbukumbu za matoleo huhifadhiwa kwa miaka "
               "mitano"),
              ("Safaricom PLC kwa malipo ya M-Pesa (Paybill 522 533),", "Safaricom PLC kwa malipo ya M-Pesa "
               "(Paybill 522 533), Pesapal Ltd kwa matoleo kwa kadi,")]},
]

COUNTDOWNS = [(dt.date(2022, 4, 15), "Mkutano wa Pasaka 2022"), (dt.date(2022, 8, 19), "Kongamano la Vijana 2022"),
              (dt.date(2022, 12, 9), "Mkesha wa Shukrani 2022"), (dt.date(2023, 4, 7), "Mkutano wa Pasaka 2023"),
              (dt.date(2023, 8, 18), "Kongamano la Vijana 2023"), (dt.date(2023, 12, 8), "Mkesha wa Shukrani 2023"),
              (dt.date(2024, 3, 29), "Mkutano wa Pasaka 2024"), (dt.date(2024, 8, 16), "Kongamano la Vijana 2024"),
              (dt.date(2024, 12, 6), "Mkesha wa Shukrani 2024"), (dt.date(2025, 4, 18), "Mkutano wa Pasaka 2025"),
              (dt.date(2025, 8, 15), "Kongamano la Vijana 2025"), (dt.date(2025, 12, 5), "Mkesha wa Shukrani 2025"),
              (dt.date(2026, 4, 3), "Mkutano wa Pasaka 2026"), (dt.date(2026, 8, 14), "Kongamano la Vijana 2026")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.hexs(rng, 10), "rocket": when - dt.timedelta(minutes=rng.randint(5, 600)),
         "divi": K.deploy_hash("knm-divi", when, 50, 10)}
    s["offering"] = C.keep_or(rng, prev.get("offering"), 0.5, lambda: rng.randint(8, 48) * 50000)
    return s


LABELS = {"nonce": "et_frontend_scripts / REST nonce", "rocket": "WP Rocket 'cached for great performance' "
          "comment time", "divi": "Divi customizer/static CSS file timestamps", "offering": "footer building-fund "
          "tally (KSh)", "countdown": "Divi Countdown Timer module in the policy's section (INSIDE, removed)"}


def render(s, blocks, when):
    now, off = K.local(when, "ke")
    d = now.date()
    nxt = [c for c in COUNTDOWNS if c[0] > d][0]
    s["countdown"] = nxt[1]
    end = dt.datetime.combine(nxt[0], dt.time(18)) - dt.timedelta(hours=3)
    left = end - now + dt.timedelta(hours=3)
    days, rem = divmod(int(left.total_seconds()), 86400)
    hrs, rem = divmod(rem, 3600)
    mins = rem // 60
    title = blocks[0][1]

    def heading(k, t, inl):
        return '<%s>%s</%s>' % (k, inl(t), k)

    def module(n, bl, extra=""):
        return ('<div class="et_pb_module et_pb_text et_pb_text_%d%s  et_pb_text_align_left et_pb_bg_layout_light">'
                '\n<div class="et_pb_text_inner">%s</div>\n</div>' % (n, extra, K.render_blocks(bl, heading=heading)))
    head, secs = [], []
    for b in blocks[1:]:
        if b[0] == "h3":
            secs.append([b])
        elif secs:
            secs[-1].append(b)
        else:
            head.append(b)
    mods = [module(1, head)] + [module(n + 2, bl) for n, bl in enumerate(secs)]
    countdown = (
        '<div class="et_pb_module et_pb_countdown_timer et_pb_countdown_timer_0 et_pb_bg_layout_dark" '
        'data-end-timestamp="%d"><div class="et_pb_countdown_timer_container clearfix"><h4 class="title">%s '
        'linaanza baada ya</h4><div class="days section values" data-short="Siku" data-full="Siku"><p '
        'class="value">%02d</p><p class="label">Siku</p></div><div class="sep section"><p>:</p></div><div '
        'class="hours section values" data-short="Saa" data-full="Saa"><p class="value">%02d</p><p class="label">'
        'Saa</p></div><div class="sep section"><p>:</p></div><div class="minutes section values" '
        'data-short="Dak" data-full="Dakika"><p class="value">%02d</p><p class="label">Dakika</p></div></div></div>'
        % (C.epoch(end), C.esc(nxt[1]), days, hrs, mins))
    mods.insert(2, countdown)
    t = (s["rocket"] + dt.timedelta(minutes=off))
    dv = s["divi"]
    return (
        '<!DOCTYPE html>\n<html lang="sw-KE">\n<head>\n<meta charset="UTF-8" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>Sera ya Faragha | Kanisa la Neema ya Mungu'
        '</title>\n<script type="text/javascript">\nconst et_site_url=\'https://www.neemayamungu.or.ke\';'
        'const et_post_id=\'2841\';function et_core_page_resource_fallback(a,b){}\n</script>\n'
        "<link rel='stylesheet' id='divi-style-parent-css' href='https://www.neemayamungu.or.ke/wp-content/themes/"
        "Divi/style-static.min.css?ver=4.%d.%d' type='text/css' media='all' />\n"
        '<link rel="stylesheet" id="et-core-unified-2841-cached-inline-styles" href="https://www.neemayamungu.or.ke/'
        'wp-content/et-cache/2841/et-core-unified-2841.min.css?ver=%d" />\n'
        "<script type='text/javascript' id='et-builder-modules-global-functions-script-js-extra'>\n"
        'var et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc '
        '.et-l"};\nvar et_pb_custom = {"ajaxurl":"https:\\/\\/www.neemayamungu.or.ke\\/wp-admin\\/admin-ajax.php",'
        '"et_frontend_nonce":"%s","subscription_failed":"Please, check the fields below","is_divi_theme_used":"1"};'
        '\n</script>\n</head>\n<body class="page-template-default page page-id-2841 et_pb_button_helper_class '
        'et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 '
        'et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db">\n<div id="page-container">\n'
        '<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div '
        'class="logo_container"><a href="https://www.neemayamungu.or.ke/"><img src="/wp-content/uploads/2021/05/'
        'knm-logo.png" alt="Kanisa la Neema ya Mungu" id="logo" /></a></div><div id="et-top-navigation"><nav '
        'id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/kuhusu-sisi/">Kuhusu Sisi</a></li><li><a '
        'href="/ibada/">Ibada</a></li><li><a href="/huduma/">Huduma</a></li><li><a href="/matoleo/">Matoleo</a>'
        '</li><li><a href="/wasiliana/">Wasiliana Nasi</a></li></ul></nav></div></div></header>\n'
        '<div id="et-main-area">\n<div id="main-content">\n<article id="post-2841" class="post-2841 page '
        'type-page status-publish hentry">\n<div class="entry-content">\n<div id="et-boc" class="et-boc">\n'
        '<div class="et-l et-l--post">\n<div class="et_builder_inner_content et_pb_gutters3">\n'
        '<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div '
        'class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0"><div '
        'class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_center et_pb_bg_layout_dark"><div '
        'class="et_pb_text_inner"><h1>Faragha Yako Ni Muhimu Kwetu</h1></div></div></div></div></div>\n'
        '<div class="et_pb_section et_pb_section_1 et_section_regular">\n<div class="et_pb_row et_pb_row_1">\n'
        '<div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et_pb_css_mix_blend_mode_passthrough '
        'et-last-child">\n<div class="et_pb_module et_pb_text et_pb_text_title et_pb_bg_layout_light"><div '
        'class="et_pb_text_inner"><h2>%s</h2></div></div>\n%s\n</div>\n</div>\n</div>\n'
        '</div>\n</div>\n</div>\n</div>\n</article>\n</div>\n'
        '<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div '
        'class="footer-widget"><div class="widget_text"><h4 class="title">Mfuko wa Ujenzi</h4><p>Hadi sasa: KSh '
        '%s kati ya KSh 60,000,000</p><p>Paybill 522 533, Akaunti: JENGO</p></div></div></div></div>'
        '<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© %d Kanisa la Neema ya '
        'Mungu. Haki zote zimehifadhiwa.</div></div></div></footer>\n</div>\n</div>\n'
        "<script type='text/javascript' src='https://www.neemayamungu.or.ke/wp-content/themes/Divi/js/scripts.min.js"
        "?ver=4.%d.%d' id='divi-custom-script-js'></script>\n</body>\n</html>\n"
        "<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: "
        "https://wp-rocket.me - Debug: cached@%d -->\n"
        % (17 + int(dv[:2], 16) % 9, int(dv[2:4], 16) % 7, 1650000000 + int(dv, 16) % 90000000, s["nonce"],
           C.inline_html(title), "\n".join(mods), C.group_digits(s["offering"], ","), d.year,
           17 + int(dv[:2], 16) % 9, int(dv[2:4], 16) % 7, C.epoch(t)))


PAGE = {
    "service": "Kanisa la Neema ya Mungu", "url": URL, "lang": "sw-KE",
    "platform": "WordPress, Divi 4 theme builder, WP Rocket", "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 6, 1), "hours": (3, 6, 9, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 19), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".et_pb_section_1"], "remove": [".et_pb_countdown_timer"]},
}
