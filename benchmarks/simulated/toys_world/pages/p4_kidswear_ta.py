"""Chellam Kids (Tiruppur children's clothing shop) on Shopify, theme Dawn 11 then Dawn 13, Tamil.

`/policies/privacy-policy`: Shopify renders the shop's privacy policy into `.shopify-policy__container` (title and
`.rte` body) inside the theme's layout. Fairly clean: per request the `__st` request id; per theme save or Shopify
deploy the asset `?v=` stamps and shop-js module hashes; the theme upgrade (new theme id, header/announcement
markup); a festival-offer announcement bar. All outside the container."""
import datetime as dt
import html

import common as C

URL = "https://chellamkids.in/policies/privacy-policy"
UPGRADE = dt.datetime(2024, 5, 21)

POLICY = """
# தனியுரிமைக் கொள்கை

கடைசியாகப் புதுப்பிக்கப்பட்டது: {UPDATED}

செல்லம் கிட்ஸ் ("நாங்கள்", "எங்கள்") திருப்பூரில் உள்ள எங்கள் சொந்தப் பின்னலாடைப் பிரிவில் தயாரிக்கப்படும் குழந்தைகளுக்கான பருத்தி ஆடைகளை chellamkids.in இணையதளம் மற்றும் வாட்ஸ்அப் வழியாக விற்பனை செய்கிறோம். நீங்கள் எங்கள் இணையதளத்தைப் பார்வையிடும்போது, பொருள் வாங்கும்போது அல்லது எங்களைத் தொடர்புகொள்ளும்போது உங்கள் தனிப்பட்ட தகவல்களை நாங்கள் எவ்வாறு சேகரிக்கிறோம், பயன்படுத்துகிறோம், பகிர்கிறோம், பாதுகாக்கிறோம் என்பதை இந்தக் கொள்கை விளக்குகிறது. எங்கள் இணையதளத்தைப் பயன்படுத்துவதன் மூலம் இந்தக் கொள்கையை நீங்கள் ஏற்றுக்கொள்கிறீர்கள்.

## நாங்கள் சேகரிக்கும் தகவல்கள்

நீங்கள் நேரடியாகத் தரும் தகவல்களும், இணையதளத்தைப் பயன்படுத்தும்போது தானாகச் சேகரிக்கப்படும் தகவல்களும் இதில் அடங்கும்:

- தொடர்பு விவரங்கள்: பெயர், டெலிவரி மற்றும் பில்லிங் முகவரி, கைபேசி எண், மின்னஞ்சல் முகவரி
- ஆர்டர் விவரங்கள்: வாங்கிய பொருட்கள், அளவுகள், விலை, GST விவரங்கள், திருப்பி அனுப்பிய பொருட்கள்
- கட்டண விவரங்கள்: கட்டண முறை மற்றும் பரிவர்த்தனை எண் மட்டும்; உங்கள் முழு அட்டை எண்ணையோ UPI PIN-ஐயோ நாங்கள் ஒருபோதும் பார்ப்பதோ சேமிப்பதோ இல்லை
- குழந்தை பற்றிய விருப்பத் தகவல்கள்: அளவு வழிகாட்டிக்காக நீங்கள் தரும் குழந்தையின் வயது, பிறந்தநாள் சலுகைக்காக நீங்கள் விரும்பித் தரும் பிறந்த மாதம்
- சாதனத் தகவல்கள்: IP முகவரி, உலாவி வகை, சாதன வகை, பார்வையிட்ட பக்கங்கள், குக்கீகள்
- வாடிக்கையாளர் சேவைத் தொடர்புகள்: வாட்ஸ்அப், மின்னஞ்சல், தொலைபேசி மூலம் நீங்கள் அனுப்பும் செய்திகள் மற்றும் புகைப்படங்கள்

## தகவல்களை எதற்காகப் பயன்படுத்துகிறோம்

- ஆர்டர்களைச் செயலாக்கவும், பணம் பெறவும், பொருட்களை அனுப்பவும்
- ஆர்டர் நிலை மற்றும் டெலிவரி விவரங்களை SMS, மின்னஞ்சல், வாட்ஸ்அப் மூலம் தெரிவிக்கவும்
- பொருட்களைத் திருப்பி அனுப்புதல், அளவு மாற்றுதல், பணத்தைத் திருப்பித் தருதல் ஆகியவற்றைக் கையாளவும்
- உங்கள் ஒப்புதலுடன் புதிய வரவுகள், தீபாவளி, பொங்கல் போன்ற பண்டிகைக் கால சலுகைகள் பற்றித் தெரிவிக்கவும்
- மோசடியான ஆர்டர்களைத் தடுக்கவும், எங்கள் இணையதளத்தின் பாதுகாப்பை உறுதி செய்யவும்
- வருமான வரி, GST சட்டங்களின்படி கணக்குப் பதிவுகளைப் பராமரிக்கவும்

உங்கள் தனிப்பட்ட தகவல்கல் அனைத்தும் மேலே கூறிய நோக்கங்களுக்கு மட்டுமே பயன்படுத்தப்படும்.

## குழந்தைகளின் தனியுரிமை

எங்கள் பொருட்கள் குழந்தைகளுக்கானவை என்றாலும், எங்கள் இணையதளத்தில் கணக்குத் தொடங்கவும் பொருள் வாங்கவும் 18 வயது நிறைந்த பெற்றோர்களுக்கும் பாதுகாவலர்களுக்கும் மட்டுமே அனுமதி உண்டு. 18 வயதுக்குட்பட்டவர்களிடமிருந்து நாங்கள் தெரிந்தே தனிப்பட்ட தகவல்களைச் சேகரிப்பதில்லை. வாடிக்கையாளர் மதிப்புரைகளில் குழந்தைகளின் புகைப்படங்களைப் பதிவேற்றினால், அவை உங்கள் ஒப்புதலுடன் மட்டுமே இணையதளத்தில் வெளியிடப்படும்; எப்போது வேண்டுமானாலும் அவற்றை நீக்கும்படி கோரலாம்.

## தகவல்களைப் பகிர்தல்

உங்கள் தனிப்பட்ட தகவல்களை நாங்கள் ஒருபோதும் விற்பதில்லை. எங்கள் சேவையை வழங்க உதவும் கீழ்க்காணும் நிறுவனங்களுடன் மட்டும், தேவையான அளவுக்குப் பகிர்கிறோம்:

| சேவை வழங்குநர் | நோக்கம் | இருப்பிடம் |
| Shopify | இணையதளம் மற்றும் ஆர்டர் மேலாண்மை | கனடா / அமெரிக்கா |
| Razorpay | UPI, அட்டை, நெட் பேங்கிங் கட்டணங்கள் | இந்தியா |
| Delhivery | பொருள் டெலிவரி | இந்தியா |
| இந்திய அஞ்சல் துறை | கிராமப்புற முகவரிகளுக்கு டெலிவரி | இந்தியா |
| Interakt | வாட்ஸ்அப் ஆர்டர் அறிவிப்புகள் | இந்தியா |
| Google Analytics | இணையதளப் பயன்பாட்டுப் புள்ளிவிவரங்கள் | அமெரிக்கா |

சட்டப்படி அவசியமானால் அல்லது நீதிமன்ற உத்தரவு இருந்தால் அரசு அதிகாரிகளுடனும் தகவல்களைப் பகிர்வோம்.

## வாடிக்கையாளர் மதிப்புரைகள்

பொருள் டெலிவரி ஆன சில நாட்களுக்குப் பிறகு, மதிப்புரை எழுதுமாறு கேட்டு உங்களுக்கு ஒரு மின்னஞ்சல் அல்லது வாட்ஸ்அப் செய்தி அனுப்பலாம். நீங்கள் எழுதும் மதிப்புரை, நட்சத்திர மதிப்பீடு, நீங்கள் தேர்ந்தெடுக்கும் பெயர் (உதாரணமாக "பிரியா, கோவை") ஆகியவை பொருளின் பக்கத்தில் வெளியிடப்படும். உங்கள் மின்னஞ்சல் முகவரியோ கைபேசி எண்ணோ ஒருபோதும் வெளியிடப்படாது. மதிப்புரைகளைச் சேகரிக்கவும் காட்டவும் Judge.me என்ற Shopify செயலியைப் பயன்படுத்துகிறோம்.

## சந்தைப்படுத்தல் செய்திகள்

செக்அவுட்டின்போது அல்லது இணையதளத்தின் கீழ்ப்பகுதியில் உள்ள படிவத்தில் நீங்கள் ஒப்புதல் அளித்தால் மட்டுமே புதிய வரவுகள் மற்றும் சலுகைகள் பற்றிய செய்திகளை அனுப்புவோம். ஒவ்வொரு மின்னஞ்சலின் கீழும் உள்ள இணைப்பைச் சொடுக்கி அல்லது வாட்ஸ்அப்பில் "STOP" என்று பதில் அனுப்பி எப்போது வேண்டுமானாலும் விலகலாம்.

## குக்கீகள்

உங்கள் கூடையில் உள்ள பொருட்களை நினைவில் வைக்கவும், இணையதளம் சரியாக இயங்கவும், எந்தப் பக்கங்கள் அதிகம் பார்க்கப்படுகின்றன என்பதை அறியவும் குக்கீகளைப் பயன்படுத்துகிறோம். உங்கள் உலாவி அமைப்புகளில் குக்கீகளை முடக்கலாம்; ஆனால் அப்போது கூடை, செக்அவுட் போன்ற சில வசதிகள் சரியாக இயங்காமல் போகலாம்.

## தகவல்களைச் சேமித்து வைக்கும் காலம்

ஆர்டர் மற்றும் பில் விவரங்களை வருமான வரி மற்றும் GST சட்டங்களின்படி 6 ஆண்டுகள் வைத்திருப்போம். உங்கள் கணக்கு விவரங்களை, நீங்கள் கணக்கை நீக்கக் கோரும் வரை வைத்திருப்போம். சலுகைச் செய்திகளுக்கான ஒப்புதலை நீங்கள் திரும்பப் பெற்றவுடன், உங்கள் கைபேசி எண்ணையும் மின்னஞ்சலையும் எங்கள் விளம்பரப் பட்டியல்களிலிருந்து நீக்குவோம்.

## பாதுகாப்பு

எங்கள் இணையதளம் முழுவதும் SSL குறியாக்கம் பயன்படுத்தப்படுகிறது. கட்டணங்கள் அனைத்தும் PCI-DSS சான்றிதழ் பெற்ற Razorpay மூலம் மட்டுமே நடைபெறுகின்றன. எங்கள் ஊழியர்களில் ஆர்டர்களைக் கையாள வேண்டியவர்களுக்கு மட்டுமே உங்கள் தகவல்களைப் பார்க்க அனுமதி உண்டு.

## உங்கள் உரிமைகள்

உங்களைப் பற்றி நாங்கள் வைத்திருக்கும் தகவல்களின் விவரத்தைக் கேட்கவும், தவறான தகவல்களைத் திருத்தவும், தேவையில்லாத தகவல்களை நீக்கவும், சலுகைச் செய்திகளுக்கான ஒப்புதலைத் திரும்பப் பெறவும் உங்களுக்கு உரிமை உண்டு. இதற்கு hello@chellamkids.in என்ற முகவரிக்கு மின்னஞ்சல் அனுப்புங்கள் அல்லது கீழே உள்ள குறைதீர்ப்பு அலுவலரைத் தொடர்புகொள்ளுங்கள். உங்கள் அடையாளத்தை உறுதி செய்த பிறகு 30 நாட்களுக்குள் பதிலளிப்போம்.

## குறைதீர்ப்பு அலுவலர்

தகவல் தொழில்நுட்பச் சட்டம், 2000 மற்றும் அதன் கீழான விதிகளின்படி, உங்கள் தனிப்பட்ட தகவல்கள் தொடர்பான புகார்களைக் கையாள கீழ்க்காணும் குறைதீர்ப்பு அலுவலரை நியமித்துள்ளோம்:

@ திருமதி க. சுமதி
@ குறைதீர்ப்பு அலுவலர், செல்லம் கிட்ஸ்
@ 14/2, காமராஜர் சாலை, திருப்பூர் 641 604, தமிழ்நாடு
@ மின்னஞ்சல்: grievance@chellamkids.in
@ தொலைபேசி: +91 94432 18765 (திங்கள் முதல் சனி வரை, காலை 10 மணி முதல் மாலை 6 மணி வரை)

புகார் கிடைத்த 48 மணி நேரத்திற்குள் ஒப்புகை அனுப்பி, ஒரு மாதத்திற்குள் தீர்வு காண முயல்வோம்.

## கொள்கையில் மாற்றங்கள்

சட்ட மாற்றங்கள் அல்லது எங்கள் சேவைகளில் ஏற்படும் மாற்றங்களுக்கு ஏற்ப இந்தக் கொள்கையை அவ்வப்போது புதுப்பிப்போம். புதுப்பிக்கப்பட்ட கொள்கை இந்தப் பக்கத்தில் வெளியிடப்பட்ட நாளிலிருந்து நடைமுறைக்கு வரும்.
"""

MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
          "நவம்பர்", "டிசம்பர்"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'தகவல்கல்' -> 'தகவல்கள்'", "bump": False,
     "repl": [("தனிப்பட்ட தகவல்கல் அனைத்தும்", "தனிப்பட்ட தகவல்கள் அனைத்தும்")]},
    {"note": "processor added to the table: Shiprocket (courier aggregation)",
     "repl": [("| Delhivery | பொருள் டெலிவரி | இந்தியா |",
               "| Delhivery | பொருள் டெலிவரி | இந்தியா |\n| Shiprocket | கூரியர் நிறுவனங்களைத் தேர்வு செய்தல், "
               "டெலிவரி கண்காணிப்பு | இந்தியா |")]},
    {"note": "sentence added: WhatsApp chats pass through Meta",
     "repl": [("அரசு அதிகாரிகளுடனும் தகவல்களைப் பகிர்வோம்.",
               "அரசு அதிகாரிகளுடனும் தகவல்களைப் பகிர்வோம். வாட்ஸ்அப் மூலம் எங்களுடன் உரையாடினால், அந்த "
               "உரையாடல்கள் Meta நிறுவனத்தின் சேவையகங்கள் வழியாகச் செல்லும்; அவற்றுக்கு Meta-வின் தனியுரிமைக் "
               "கொள்கையும் பொருந்தும்.")]},
    {"note": "retention of order and billing records 6 -> 8 years",
     "repl": [("GST சட்டங்களின்படி 6 ஆண்டுகள்", "GST சட்டங்களின்படி 8 ஆண்டுகள்")]},
    {"note": "grievance officer replaced (name and phone)",
     "repl": [("@ திருமதி க. சுமதி", "@ திரு. ரா. பிரகாஷ்"),
              ("+91 94432 18765", "+91 90030 45120")]},
    {"note": "section added: rights under the Digital Personal Data Protection Act, 2023",
     "repl": [("## குறைதீர்ப்பு அலுவலர்\n",
               "## டிஜிட்டல் தனிப்பட்ட தரவுப் பாதுகாப்புச் சட்டம், 2023\n\n"
               "டிஜிட்டல் தனிப்பட்ட தரவுப் பாதுகாப்புச் சட்டம், 2023-இன் கீழ், உங்கள் ஒப்புதலை எப்போது "
               "வேண்டுமானாலும் திரும்பப் பெறவும், உங்கள் மரணம் அல்லது இயலாமையின்போது உங்கள் உரிமைகளைப் "
               "பயன்படுத்த ஒருவரைப் பரிந்துரைக்கவும் உங்களுக்கு உரிமை உண்டு. எங்கள் பதிலில் திருப்தி இல்லையெனில், "
               "இந்தியத் தரவுப் பாதுகாப்பு வாரியத்திடம் புகார் அளிக்கலாம்.\n\n"
               "## குறைதீர்ப்பு அலுவலர்\n")]},
]

FESTIVALS = [((1, 5), (1, 20), "பொங்கல் சிறப்புச் சலுகை: அனைத்து பட்டுப்பாவாடைகளுக்கும் 15% தள்ளுபடி"),
             ((4, 5), (4, 16), "தமிழ்ப் புத்தாண்டு வாழ்த்துகள்! புதிய கோடைக்கால பருத்தி ஆடைகள் வந்துவிட்டன"),
             ((7, 15), (8, 20), "ஆடித் தள்ளுபடி: 2 வாங்கினால் 1 இலவசம்"),
             ((10, 10), (11, 15), "தீபாவளி சிறப்பு: குடும்பப் பொருத்த ஆடைகளுக்கு 20% தள்ளுபடி")]
ALWAYS = ["₹999-க்கு மேல் இலவச டெலிவரி | தமிழ்நாடு முழுவதும் 3 நாட்களில்",
          "வாட்ஸ்அப்பில் ஆர்டர் செய்ய: +91 98430 11223",
          "அளவு சரியில்லையா? 7 நாட்களுக்குள் இலவச அளவு மாற்றம்"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["st"] = (C.uuid4(rng), C.epoch(when) + rng.randint(0, 3), C.hexs(rng, 12))
    st["theme"] = "dawn13" if when >= UPGRADE else "dawn11"
    mk = lambda: rng.randint(10 ** 18, 2 * 10 ** 18 - 1)
    st["assets"] = mk() if p.get("theme") != st["theme"] else C.keep_or(rng, p.get("assets"), 0.2, mk)
    st["shopjs"] = C.keep_or(rng, p.get("shopjs"), 0.3, lambda: C.alnum(rng, 8))
    fest = next((t for (a, b, t) in FESTIVALS if a <= (when.month, when.day) <= b), None)
    msgs = ([fest] if fest else []) + ALWAYS
    st["announce"] = C.keep_or(rng, p.get("announce") if p.get("announce") in msgs else None, 0.3,
                               lambda: rng.choice(msgs)) if not fest else fest
    st["year"] = when.year
    return st


LABELS = {
    "st": "__st request id / u of Shopify's content_for_header (per request)",
    "theme": "theme upgrade Dawn 11 -> Dawn 13 (new theme id, header and announcement markup)",
    "assets": "theme asset ?v= stamps (theme saved)",
    "shopjs": "shop-js module hashes (Shopify platform deploy)",
    "announce": "announcement bar message (festival offers, free delivery)",
    "year": "copyright year in the footer",
}

MENU = [("புதிய வரவுகள்", "/collections/new-arrivals"), ("ஆண் குழந்தைகள்", "/collections/boys"),
        ("பெண் குழந்தைகள்", "/collections/girls"), ("பச்சிளம் குழந்தைகள் (0-2)", "/collections/newborn"),
        ("பண்டிகை ஆடைகள்", "/collections/festive"), ("தள்ளுபடி", "/collections/sale")]


def render(st, blocks, when):
    d13 = st["theme"] == "dawn13"
    tid = "t/9" if d13 else "t/7"
    theme_id = 138412345678 if d13 else 131095412345
    ver = st["assets"]
    reqid, ts, u = st["st"]
    a = lambda name: "//chellamkids.in/cdn/shop/%s/assets/%s?v=%d" % (tid, name, ver + (len(name) * 7919))
    title = blocks[0]
    assert title[0] == "h1"
    body = C.blocks_html(blocks[1:])
    menu = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset"><span>%s'
                   '</span></a></li>' % (h, t) for t, h in MENU)
    msg = html.escape(st["announce"])
    if d13:
        announce = ('<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width '
                    'utility-bar__grid"><div class="announcement-bar" role="region" aria-label="அறிவிப்பு"><div '
                    'class="page-width"><p class="announcement-bar__message h5"><span>%s</span></p></div></div>'
                    '<div class="localization-wrapper"></div></div></div>' % msg)
        schema = '"schema_name":"Dawn","schema_version":"13.0.1"'
    else:
        announce = ('<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="அறிவிப்பு">'
                    '<div class="page-width"><p class="announcement-bar__message center h5"><span>%s</span></p>'
                    '</div></div>' % msg)
        schema = '"schema_name":"Dawn","schema_version":"11.0.0"'
    sj = st["shopjs"]
    return """<!doctype html>
<html class="no-js" lang="ta">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="%(url)s">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//chellamkids.in/cdn/shop/files/favicon-chellam.png?crop=center&height=32&v=1662104523&width=32">
    <link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin>
    <title>
      தனியுரிமைக் கொள்கை
 &ndash; செல்லம் கிட்ஸ்</title>
    <meta property="og:site_name" content="செல்லம் கிட்ஸ்">
    <meta property="og:url" content="%(url)s">
    <meta property="og:title" content="தனியுரிமைக் கொள்கை">
    <meta property="og:type" content="website">
    <meta property="og:description" content="திருப்பூரிலிருந்து நேரடியாக, குழந்தைகளுக்கான 100%% பருத்தி ஆடைகள்.">
    <meta name="twitter:card" content="summary_large_image">
    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="p3dW0QyR8kq7mA1e9V4xZc2LhT6nBfJ5sUoGiE8rYw0">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61823451234/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=ta-IN"></script>
<script id="shopify-features" type="application/json">{"accessToken":"4b1c8f2a9d3e7b6a0c5f1e2d3a4b5c6d","betas":["rich-media-storefront-analytics"],"domain":"chellamkids.in","predictiveSearch":false,"shopId":61823451234,"locale":"ta"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "chellam-kids.myshopify.com";
Shopify.locale = "ta";
Shopify.currency = {"active":"INR","rate":"1.0"};
Shopify.country = "IN";
Shopify.theme = {"name":"Dawn","id":%(theme_id)d,%(schema)s,"theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "chellamkids.in/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script type="module" src="//chellamkids.in/cdn/shopifycloud/shop-js/modules/v2/client.init-shop-cart-sync_%(sj)s.ta.esm.js" defer></script>
<script id="__st">var __st={"a":61823451234,"offset":19800,"reqid":"%(reqid)s-%(ts)d","pageurl":"chellamkids.in\\/policies\\/privacy-policy","u":"%(u)s"};</script>
<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>
<script id="captcha-bootstrap">!function(){'use strict';const t='contact',e='account',n='new_comment',o=[[t,t],['blogs',n],['comments',n],[t,'customer']],c=[[e,'customer_login'],[e,'guest_login'],[e,'recover_customer_password'],[e,'create_customer']]}();</script>
<script integrity="sha256-4kQ18oKyAcykRKYeNunJcIwy7WH5gtpwJnB7kiuLZ1E=" data-source-attribution="shopify.loadfeatures" defer="defer" src="//chellamkids.in/cdn/shopifycloud/storefront/assets/storefront/load_feature-a0a9edcb.js" crossorigin="anonymous"></script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(base)s" rel="stylesheet" type="text/css" media="all" />
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) {
      document.documentElement.classList.add('shopify-design-mode');
    }
    </script>
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      உள்ளடக்கத்திற்குச் செல்
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--%(sec)s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">%(announce)s</div>
<div id="shopify-section-sections--%(sec)s__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="%(menucss)s" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="பட்டியல்"><span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-hamburger" fill="none" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 100 1h15.71a.5.5 0 000-1H1z" fill="currentColor"></path></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//chellamkids.in/cdn/shop/files/chellam-logo.png?v=1662104981&amp;width=600" alt="செல்லம் கிட்ஸ்" width="600" height="180" loading="eager" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%(menu)s</ul></nav>
<div class="header__icons header__icons--localization header-localization"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">உள்நுழைக</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">கூடை</span></a></div>
</header></sticky-header>
</div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %(body)s
          </div>
        </div>
      </div>

    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--%(sec)s__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--%(sec)s__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">உதவி</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/size-guide" class="link link--text list-menu__item list-menu__item--link">அளவு வழிகாட்டி</a></li><li><a href="/policies/shipping-policy" class="link link--text list-menu__item list-menu__item--link">டெலிவரி கொள்கை</a></li><li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">திருப்பி அனுப்பும் கொள்கை</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">தனியுரிமைக் கொள்கை</a></li><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">சேவை விதிமுறைகள்</a></li></ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">எங்களைப் பற்றி</h2><div class="footer-block__details-content rte"><p>திருப்பூரில் எங்கள் குடும்பம் 1998 முதல் குழந்தைகளுக்கான பருத்தி ஆடைகளைத் தயாரித்து வருகிறது.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">சலுகைகளை முதலில் பெறுங்கள்</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--%(sec)s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="மின்னஞ்சல்" required><label class="field__label" for="NewsletterForm--sections--%(sec)s__footer">மின்னஞ்சல்</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="பதிவு செய்க"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">கட்டண முறைகள்</span><ul class="list list-payment" role="list"><li class="list-payment__item">UPI</li><li class="list-payment__item">RuPay</li><li class="list-payment__item">Visa</li><li class="list-payment__item">Mastercard</li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">செல்லம் கிட்ஸ்</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
    <script>
      window.shopUrl = 'https://chellamkids.in';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `உங்கள் கூடையைப் புதுப்பிக்கும்போது பிழை ஏற்பட்டது. மீண்டும் முயலவும்.`,
        quantityError: `இந்தப் பொருளை [quantity] மட்டுமே உங்கள் கூடையில் சேர்க்க முடியும்.`,
      };
    </script>
    <script src="%(cart)s" defer="defer"></script>
  </body>
</html>
""" % dict(url=URL, constants=a("constants.js"), pubsub=a("pubsub.js"), base=a("base.css"),
           menucss=a("component-list-menu.css"), cart=a("cart.js"), theme_id=theme_id, schema=schema, sj=sj,
           reqid=reqid, ts=ts, u=u, sec="28193746529" if d13 else "19283746501", announce=announce,
           year=st["year"], menu=menu, title=C.inline_html(title[1]), body=body, **{"global": a("global.js")})


PAGE = {
    "service": "Chellam Kids",
    "url": URL,
    "lang": "ta",
    "platform": "Shopify (Dawn 11, then Dawn 13)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Shopify-Stage", "production"), ("X-Frame-Options", "DENY"),
                      ("Content-Language", "ta")),
    "n": 28,
    "start": dt.date(2023, 1, 9),
    "end": dt.date(2025, 9, 30),
    "hours": (3, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
