"""A ride-hailing app (Tamil, Chennai), Webflow behind DataDome: the policy is a rich-text block under a hero
title.

Volatile: the promo bar's offer and code (rotating), the "rides today" counter, and Webflow's "Last Published"
comment (every time the site is published, edits of other pages included).

Faults: DataDome's captcha page (403, "Please enable JS and disable any ad blocker"), three times; a body cut
mid-policy (200): the rich-text block is there, only shorter, so the declaration's selector matches a
truncated policy."""
import datetime as dt

import common as C
import faults as FX

HOST = "www.payanam.in"
URL = "https://www.payanam.in/ta/privacy-policy"
MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்",
          "டிசம்பர்"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# தனியுரிமைக் கொள்கை

கடைசியாகப் புதுப்பிக்கப்பட்டது: {UPDATED}

“பயணம்” செயலி மூலம் ஆட்டோ, கார் மற்றும் பைக் டாக்ஸி சவாரிகளை முன்பதிவு செய்யும் பயணிகளின் தனிப்பட்ட தரவை பயணம் மொபிலிட்டி பிரைவேட் லிமிடெட் (“பயணம்”, “நாங்கள்”) எவ்வாறு சேகரிக்கிறது, பயன்படுத்துகிறது, பகிர்கிறது மற்றும் பாதுகாக்கிறது என்பதை இந்தக் கொள்கை விளக்குகிறது. எங்கள் செயலியையோ இணையதளத்தையோ பயன்படுத்துவதன் மூலம், இந்தக் கொள்கையில் விவரிக்கப்பட்டுள்ளபடி உங்கள் தரவு செயலாக்கப்படுவதை நீங்கள் ஏற்றுக்கொள்கிறீர்கள்.

## 1. நாங்கள் சேகரிக்கும் தகவல்கள்

- கணக்குத் தகவல்: பெயர், கைபேசி எண், மின்னஞ்சல் முகவரி மற்றும் சுயவிவரப் படம்;
- இருப்பிடத் தகவல்: சவாரியின் போது உங்கள் சாதனத்தின் துல்லியமான இருப்பிடம், புறப்படும் மற்றும் சேரும் இடங்கள்;
- பணம் செலுத்தும் தகவல்: UPI அடையாளம், அட்டையின் கடைசி நான்கு இலக்கங்கள் மற்றும் பரிவர்த்தனை விவரங்கள்;
- சாதனத் தகவல்: சாதன மாதிரி, இயங்குதளம், செயலியின் பதிப்பு மற்றும் IP முகவரி;
- தொடர்புத் தகவல்: வாடிக்கையாளர் சேவையுடனான உரையாடல்கள் மற்றும் ஓட்டுநருடனான அழைப்புகளின் விவரங்கள் (அழைப்புகள் மறைக்கப்பட்ட எண்கள் மூலம் இணைக்கப்படும்).

நீங்கள் செயலியைப் பயன்படுத்தாதபோது, பின்னணியில் உங்கள் இருப்பிடத்தை நாங்கள் சேகரிப்பதில்லை. இருப்பிட அனுமதியை உங்கள் சாதன அமைப்புகளில் எப்போது வேண்டுமானாலும் மாற்றலாம்; ஆனால் இருப்பிட அனுமதி இல்லாமல் சவாரியை முன்பதிவு செய்வது கடினமாக இருக்கலாம்.

## 2. தகவல்களை எவ்வாறு பயன்படுத்துகிறோம்

- உங்களை அருகிலுள்ள ஓட்டுநருடன் இணைக்கவும் சவாரிக் கட்டணத்தைக் கணக்கிடவும்;
- பணம் செலுத்துதலைச் செயல்படுத்தவும் ரசீதுகளை அனுப்பவும்;
- பயணிகள் மற்றும் ஓட்டுநர்களின் பாதுகாப்பை உறுதிசெய்யவும் மோசடியைத் தடுக்கவும்;
- புகார்களைத் தீர்க்கவும் வாடிக்கையாளர் ஆதரவு வழங்கவும்;
- உங்கள் ஒப்புதலுடன் சலுகைகள் மற்றும் விளம்பரச் செய்திகளை அனுப்பவும்.

## 2. ஓட்டுநர்களுடனும் பிறருடனும் பகிர்தல்

சவாரி உறுதி செய்யப்பட்டவுடன், உங்கள் பெயர், புறப்படும் இடம் மற்றும் மதிப்பீடு ஓட்டுநருக்குக் காட்டப்படும். உங்கள் கைபேசி எண் ஓட்டுநருடன் பகிரப்படுவதில்லை. கட்டணச் சேவை வழங்குநர்கள், வரைபடச் சேவை வழங்குநர்கள் மற்றும் கிளவுட் சேவை வழங்குநர்களுடன் ஒப்பந்த அடிப்படையில் தேவையான தகவல்களை மட்டுமே பகிர்கிறோம். சட்டப்படி கோரப்படும்போது காவல்துறை மற்றும் அரசு அமைப்புகளுக்கும் தகவல்களை வழங்குவோம்.

## 4. பாதுகாப்பு அம்சங்கள்

செயலியில் உள்ள அவசர உதவி (SOS) பொத்தானை அழுத்தினால், உங்கள் நேரடி இருப்பிடமும் சவாரி விவரங்களும் எங்கள் பாதுகாப்புக் குழுவுக்கும் நீங்கள் தேர்ந்தெடுத்த அவசரத் தொடர்புகளுக்கும் அனுப்பப்படும். “சவாரியைப் பகிர்” வசதி மூலம் உங்கள் பயணத்தை நண்பர்களும் குடும்பத்தினரும் நேரலையில் பின்தொடரலாம். ஓட்டுநர்களின் அடையாளம், ஓட்டுநர் உரிமம் மற்றும் வாகனப் பதிவுச் சான்றிதழ் ஆகியவை சரிபார்க்கப்பட்ட பின்னரே அவர்கள் எங்கள் தளத்தில் சேர்க்கப்படுகிறார்கள்.

## 5. தரவைத் தக்கவைத்தல்

சவாரி மற்றும் பரிவர்த்தனைப் பதிவுகளை வரி மற்றும் கணக்குச் சட்டங்களின்படி எட்டு ஆண்டுகள் வைத்திருக்கிறோம். கணக்கை நீக்குமாறு நீங்கள் கோரினால், சட்டப்படி வைத்திருக்க வேண்டியவை தவிர மற்ற தகவல்கள் 90 நாட்களுக்குள் நீக்கப்படும்.

## 6. உங்கள் உரிமைகள்

டிஜிட்டல் தனிநபர் தரவுப் பாதுகாப்புச் சட்டம், 2023-இன் கீழ் உங்களுக்குப் பின்வரும் உரிமைகள் உள்ளன:

- உங்கள் தனிப்பட்ட தரவு குறித்த தகவல்களைப் பெறுதல்;
- தவறான தரவைத் திருத்துதல் மற்றும் நீக்குதல்;
- அளித்த ஒப்புதலை எப்போது வேண்டுமானாலும் திரும்பப் பெறுதல்;
- குறைகளைத் தீர்க்கக் கோருதல்;
- உங்கள் சார்பாக உரிமைகளைப் பயன்படுத்த ஒருவரை நியமித்தல்.

இந்த உரிமைகளைப் பயன்படுத்த, செயலியில் “கணக்கு” பகுதியில் உள்ள “தனியுரிமை” அமைப்புகளுக்குச் செல்லவும் அல்லது குறைதீர் அலுவலருக்கு மின்னஞ்சல் அனுப்பவும்.

## 7. குறைதீர் அலுவலர்

இந்தக் கொள்கை அல்லது உங்கள் தரவு தொடர்பான புகார்களுக்கு எங்கள் குறைதீர் அலுவலரைத் தொடர்புகொள்ளலாம்:

@ திரு. எஸ். கார்த்திகேயன், குறைதீர் அலுவலர்
@ பயணம் மொபிலிட்டி பிரைவேட் லிமிடெட், 14, அண்ணா சாலை, சென்னை – 600 002
@ மின்னஞ்சல்: [grievance@payanam.in](mailto:grievance@payanam.in)

புகார்களுக்கு 30 நாட்களுக்குள் பதிலளிப்போம். எங்கள் பதில் திருப்தி அளிக்கவில்லை எனில், இந்தியத் தரவுப் பாதுகாப்பு வாரியத்திடம் முறையிடலாம்."""

EDITS = [
    {"note": "a typo mended: the second section's number (2 becomes 3)",
     "repl": [("## 2. ஓட்டுநர்களுடனும்", "## 3. ஓட்டுநர்களுடனும்")], "bump": False},
    {"note": "a sentence added to section 3 (the rider's name hidden after the ride)",
     "repl": [("உங்கள் கைபேசி எண் ஓட்டுநருடன் பகிரப்படுவதில்லை.",
               "உங்கள் கைபேசி எண் ஓட்டுநருடன் பகிரப்படுவதில்லை. சவாரி முடிந்த பிறகு ஓட்டுநரின் செயலியில் உங்கள் "
               "பெயர் மறைக்கப்படும்.")]},
    {"note": "a new section 5 on audio recording during rides; sections 5 to 7 renumbered",
     "repl": [("## 7. குறைதீர் அலுவலர்", "## 8. குறைதீர் அலுவலர்"),
              ("## 6. உங்கள் உரிமைகள்", "## 7. உங்கள் உரிமைகள்"),
              ("## 5. தரவைத் தக்கவைத்தல்",
               "## 5. சவாரியின் போது ஒலிப்பதிவு\n\nபாதுகாப்புக்காக, சவாரியின் போது ஒலிப்பதிவு செய்யும் வசதியை நீங்கள் "
               "இயக்கலாம். ஒலிப்பதிவு உங்கள் சாதனத்திலேயே மறைகுறியாக்கப்பட்டுச் சேமிக்கப்படும்; நீங்கள் புகார் "
               "அளித்தால் மட்டுமே அது எங்கள் பாதுகாப்புக் குழுவுக்கு அனுப்பப்படும். புகார் இல்லையெனில் ஏழு "
               "நாட்களுக்குப் பிறகு அது தானாக நீக்கப்படும்.\n\n## 6. தரவைத் தக்கவைத்தல்")]},
    {"note": "the grievance officer changed",
     "repl": [("@ திரு. எஸ். கார்த்திகேயன், குறைதீர் அலுவலர்", "@ திருமதி ஆர். பிரியதர்ஷினி, குறைதீர் அலுவலர்")]},
    {"note": "a word: account data deleted within 30 days instead of 90",
     "repl": [("மற்ற தகவல்கள் 90 நாட்களுக்குள் நீக்கப்படும்.", "மற்ற தகவல்கள் 30 நாட்களுக்குள் நீக்கப்படும்.")]},
    {"note": "the date of last update only", "repl": []},
]

PROMOS = [("முதல் சவாரிக்கு 50% தள்ளுபடி", "PAYA50"), ("விமான நிலைய சவாரிகளுக்கு ₹75 தள்ளுபடி", "FLY75"),
          ("வார இறுதியில் பைக் டாக்ஸி ₹25 முதல்", "BIKE25"), ("நண்பரை அழைத்து ₹100 பெறுங்கள்", "INVITE100")]


def noise(rng, when, i, prev):
    prev = prev or {}
    pub = prev.get("pub")
    if pub is None or rng.random() < 0.35:
        pub = when - dt.timedelta(hours=rng.randint(2, 200), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        pub = max(pub, prev.get("pub") or pub)
    return {"promo": rng.randrange(len(PROMOS)), "rides": rng.randint(38000, 61000), "pub": pub}


LABELS = {"promo": "promo bar offer (rotating)", "rides": "rides-today counter (per visit)",
          "pub": "Webflow 'Last Published' comment"}


def render(state, blocks, when):
    offer, code = PROMOS[state["promo"]]
    pub = state["pub"].strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
    return """<!DOCTYPE html><!-- Last Published: %(pub)s --><html data-wf-domain="www.payanam.in" data-wf-page="65a1c2e0f4b7d9a3c81e2f40" data-wf-site="64f0b1d2c3e4a5f6b7c8d9e0" lang="ta"><head><meta charset="utf-8"/><title>தனியுரிமைக் கொள்கை | பயணம்</title><meta content="பயணம் செயலியின் தனியுரிமைக் கொள்கை" name="description"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/64f0b1d2c3e4a5f6b7c8d9e0/css/payanam.webflow.a3f9c1e7b.min.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="https://cdn.prod.website-files.com/64f0b1d2c3e4a5f6b7c8d9e0/65a0ffe1c2b3a4d5e6f70812_favicon.png" rel="shortcut icon" type="image/x-icon"/><script src="https://js.datadome.co/tags.js" async></script></head><body><div class="promo-bar"><div class="promo-bar__text">%(offer)s — குறியீடு: <strong>%(code)s</strong></div></div><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/ta" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/64f0b1d2c3e4a5f6b7c8d9e0/64f0c9a8b7e6d5c4f3a2b1c0_payanam-logo.svg" loading="lazy" alt="பயணம்" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/ta/ride" class="nav-link w-nav-link">சவாரி</a><a href="/ta/drive" class="nav-link w-nav-link">ஓட்டுநராகுங்கள்</a><a href="/ta/safety" class="nav-link w-nav-link">பாதுகாப்பு</a><a href="/ta/help" class="nav-link w-nav-link">உதவி</a><a href="/en/privacy-policy" class="nav-link lang w-nav-link">English</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="legal-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="legal-hero__title">%(title)s</h1></div></section><section class="legal-section"><div class="w-layout-blockcontainer container w-container"><div class="legal-body w-richtext">%(body)s</div></div></section><section class="stats-band"><div class="w-layout-blockcontainer container w-container"><div class="stats-band__number">%(rides)s</div><div class="stats-band__label">சவாரிகள் இன்று நிறைவடைந்தன</div></div></section><footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer__grid"><div><img src="https://cdn.prod.website-files.com/64f0b1d2c3e4a5f6b7c8d9e0/64f0c9a8b7e6d5c4f3a2b1c0_payanam-logo.svg" loading="lazy" alt="பயணம்"/><p class="footer__text">பயணம் மொபிலிட்டி பிரைவேட் லிமிடெட், சென்னை</p></div><div class="footer__links"><a href="/ta/privacy-policy" aria-current="page" class="footer__link w--current">தனியுரிமைக் கொள்கை</a><a href="/ta/terms" class="footer__link">விதிமுறைகள்</a><a href="/ta/refund" class="footer__link">பணத்திரும்பக் கொள்கை</a></div></div><p class="footer__copy">© %(year)d பயணம்</p></div></footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0b1d2c3e4a5f6b7c8d9e0" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/64f0b1d2c3e4a5f6b7c8d9e0/js/webflow.4b1d7c2e.js" type="text/javascript"></script></body></html>""" % {
        "pub": pub, "offer": offer, "code": code, "title": C.inline_html(blocks[0][1]),
        "body": C.blocks_html(blocks[1:], sep=""), "rides": "{:,}".format(state["rides"]), "year": when.year}


def fault(kind, rng, ctx):
    when = ctx["when"]
    if kind == "datadome":
        return FX.datadome(rng, HOST, when)
    if kind == "truncated":
        p = ctx["payload"]
        a, b = p.index(b'class="legal-body w-richtext"'), p.index(b'class="stats-band"')
        cut = p[:rng.randint(a + (b - a) // 3, a + 3 * (b - a) // 4)]
        F = FX.fault(200, "OK", cut, "text/html; charset=utf-8",
                     [("X-DataDome", "protected"), ("X-Served-By", "cache-maa10235-MAA"), ("Vary", "Accept-Encoding")])
        F["content_length"] = len(p)
        return F
    raise ValueError(kind)


PAGE = {
    "service": "Payanam",
    "url": URL,
    "n": 29,
    "start": dt.date(2023, 6, 12),
    "end": dt.date(2025, 12, 1),
    "hours": (6, 18),
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("X-DataDome", "protected"), ("X-Served-By", "cache-maa10235-MAA"), ("Vary", "Accept-Encoding"),
                      ("Surrogate-Key", "64f0b1d2c3e4a5f6b7c8d9e0 pageId:65a1c2e0f4b7d9a3c81e2f40")],
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".legal-hero__title", ".legal-body.w-richtext"]},
    "faults": [{"kind": "datadome", "count": 3}, {"kind": "truncated", "count": 1}],
    "fault": fault,
    "fault_notes": {
        "datadome": "DataDome's captcha page ('Please enable JS and disable any ad blocker', the captcha loaded by a "
                    "script from captcha-delivery.com), 403; the selectors match nothing: no version",
        "truncated": "the page cut mid-policy (Content-Length announces the full page), 200: the rich-text block "
                     "parses, only shorter, so the selectors give the first part of the policy. OTA would have "
                     "recorded a version with half the policy and the whole one again at the next capture; a "
                     "careful curator records neither (the scorer's oracle would call a version there real: new "
                     "words; and the return a false one: an earlier state)",
    },
}
