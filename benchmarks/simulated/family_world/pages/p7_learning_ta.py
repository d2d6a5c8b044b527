"""கற்போம் (Karpom): an Indian Tamil children's learning app's தனியுரிமைக் கொள்கை on SvelteKit with Contentful.
Two tabs on one page: the parents' policy (the declaration's `#panel-parents`) and a hidden kids' version, which
Contentful editors revise on its own twice. Per visit: the app-rating figure in the header; inside the parents'
panel a store-badge block whose links carry a per-visit click id (no words, the curator leaves it); per build the
`__sveltekit_…` global, immutable asset hashes and the hydration data with Contentful's sys.updatedAt."""
import datetime as dt
import json

import common as C

URL = "https://karpom.app/ta/privacy"
KIDS_V2 = dt.datetime(2024, 1, 8)
KIDS_V3 = dt.datetime(2025, 3, 17)

POLICY = """# தனியுரிமைக் கொள்கை

கடைசியாகப் புதுப்பிக்கப்பட்டது: {UPDATED}

கற்போம் என்பது 3 முதல் 10 வயது வரையிலான குழந்தைகள் தமிழ் எழுத்துகள், எண்கள், பாடல்கள் மற்றும் கதைகளை விளையாட்டு மூலம் கற்றுக்கொள்ள உதவும் ஒரு செயலி. இந்தச் செயலியைப் பயன்படுத்துவது பெரும்பாலும் குழந்தைகள் என்பதால், அவர்களின் தனியுரிமையைப் பாதுகாப்பது எங்கள் முதல் கடமை. நாங்கள் எந்தத் தகவல்களைச் சேகரிக்கிறோம், ஏன் சேகரிக்கிறோம், அவற்றை எவ்வாறு பாதுகாக்கிறோம் என்பதை இந்தக் கொள்கை பெற்றோருக்கு விளக்குகிறது. இது டிஜிட்டல் தனிநபர் தரவுப் பாதுகாப்புச் சட்டம், 2023 மற்றும் தகவல் தொழில்நுட்பச் சட்டம், 2000 ஆகியவற்றுக்கு ஏற்ப எழுதப்பட்டுள்ளது.

## 1. நாங்கள் யார்

கற்போம் செயலியை நடத்துவது கற்போம் எடுடெக் பிரைவேட் லிமிடெட் நிறுவனம்.

@ கற்போம் எடுடெக் பிரைவேட் லிமிடெட்
@ எண் 14, 3வது குறுக்குத் தெரு, கஸ்தூரிபாய் நகர், அடையாறு
@ சென்னை 600020, தமிழ்நாடு, இந்தியா
@ மின்னஞ்சல்: privacy@karpom.app

## 2. நாங்கள் சேகரிக்கும் தகவல்கள்

### பெற்றோரிடமிருந்து

- பெற்றோரின் பெயர், மின்னஞ்சல் முகவரி மற்றும் கைபேசி எண்;
- கட்டணச் சந்தா பெறும்போது பரிவர்த்தனை எண் மற்றும் சந்தா விவரங்கள்;
- உதவி மையத்திற்கு நீங்கள் அனுப்பும் கேள்விகள் மற்றும் கருத்துகள்.

### குழந்தையைப் பற்றி

- குழந்தையின் முதல் பெயர் அல்லது செல்லப்பெயர் மற்றும் வயது வரம்பு;
- விளையாட்டுகளில் முன்னேற்றம்: முடித்த பாடங்கள், பெற்ற நட்சத்திரங்கள், பயிற்சி செய்த நேரம்;
- உச்சரிப்புப் பயிற்சியின் போது பதிவு செய்யப்படும் குரல், பெற்றோர் அனுமதித்தால் மட்டும்.

குழந்தையின் முழுப் பெயர், புகைப்படம், பள்ளியின் பெயர் அல்லது இருப்பிடத்தை நாங்கள் கேட்பதில்லை.

### தானாகச் சேகரிக்கப்படுபவை

- சாதனத்தின் வகை, இயங்குதளப் பதிப்பு, செயலியின் பதிப்பு;
- செயலி செயலிழந்தால் அதற்கான பிழை அறிக்கைகள்.

## 3. தகவல்களை எதற்காகப் பயன்படுத்துகிறோம்

| நோக்கம் | பயன்படுத்தப்படும் தகவல் |
| குழந்தையின் வயதுக்கு ஏற்ற பாடங்களைக் காட்டுதல் | வயது வரம்பு, முன்னேற்றம் |
| பெற்றோருக்கு வாராந்திர முன்னேற்ற அறிக்கை அனுப்புதல் | பெற்றோரின் மின்னஞ்சல், முன்னேற்றம் |
| உச்சரிப்பைச் சரிபார்த்து மதிப்பெண் வழங்குதல் | குரல் பதிவு |
| சந்தா மற்றும் கட்டணத்தை நிர்வகித்தல் | பரிவர்த்தனை விவரங்கள் |
| செயலியின் பிழைகளைச் சரிசெய்தல் | சாதனத் தகவல், பிழை அறிக்கைகள் |

குழந்தைகளின் தகவல்களை விளம்பரத்திற்கோ, நடத்தை சார்ந்த கண்காணிப்பிற்கோ, விவரக்குறிப்பு உருவாக்கத்திற்கோ நாங்கள் ஒருபோதும் பயன்படுத்துவதில்லை.

### அறிவிப்புகள் மற்றும் மின்னஞ்சல்கள்

பெற்றோருக்கு வாராந்திர முன்னேற்ற அறிக்கை, சந்தா புதுப்பிப்பு நினைவூட்டல் மற்றும் புதிய பாடங்கள் பற்றிய செய்திகளை மின்னஞ்சல் மூலம் அனுப்புகிறோம். குழந்தைகளுக்கு எந்த விளம்பரச் செய்தியும் அனுப்புவதில்லை. செயலியில் வரும் அறிவிப்புகள் பயிற்சி நேரத்தை நினைவூட்டுவதற்கு மட்டுமே. ஒவ்வொரு மின்னஞ்சலின் கீழும் உள்ள இணைப்பைப் பயன்படுத்தி அல்லது பெற்றோர் பகுதியின் அமைப்புகளில் இவற்றை நிறுத்திக்கொள்ளலாம்.

## 4. பெற்றோரின் ஒப்புதல்

18 வயதுக்குட்பட்ட குழந்தையின் தகவல்களைச் செயலாக்குவதற்கு முன், சரிபார்க்கக்கூடிய வகையில் பெற்றோரின் ஒப்புதலைப் பெறுகிறோம். கணக்கைத் தொடங்கும்போது பெற்றோர் தங்கள் கைபேசி எண்ணுக்கு வரும் ஒருமுறைக் கடவுச்சொல்லை உள்ளிட்டு ஒப்புதல் அளிக்க வேண்டும். பெற்றோர் பகுதி ஒரு கணிதப் புதிரால் பூட்டப்பட்டுள்ளது, இதனால் குழந்தைகள் தாமாக அமைப்புகளை மாற்றவோ வாங்கவோ முடியாது.

## 5. குரல் பதிவுகள்

உச்சரிப்புப் பயிற்சி விருப்பத்தேர்வு மட்டுமே. பெற்றோர் அனுமதித்தால், குழந்தை சொல்லும் சொல் சில விநாடிகள் பதிவு செய்யப்பட்டு, சரியான உச்சரிப்புடன் ஒப்பிடப்படுகிறது. இந்தப் பதிவுகள் 30 நாட்களுக்குப் பிறகு தானாக நீக்கப்படும். பெற்றோர் பகுதியிலிருந்து எப்போது வேண்டுமானாலும் இந்த வசதியை நிறுத்தலாம்.

## 6. தகவல் பகிர்வு

உங்கள் தகவல்களை நாங்கள் விற்பதில்லை. எங்கள் சேவையை வழங்க உதவும் கீழ்க்கண்ட நிறுவனங்களுடன் தேவையான அளவு மட்டுமே பகிர்கிறோம்:

| நிறுவனம் | பணி | தரவு இருக்கும் இடம் |
| Amazon Web Services | சேவையகம் மற்றும் தரவுத்தளம் | இந்தியா (மும்பை) |
| Google Firebase | பிழை அறிக்கைகள் மற்றும் அறிவிப்புகள் | அமெரிக்கா |
| Google Play மற்றும் Apple App Store | செயலிக்குள் சந்தா வாங்குதல் | அமெரிக்கா |
| Contentful | பாடங்கள் மற்றும் இணையதள உள்ளடக்கம் | ஐரோப்பிய ஒன்றியம் |

சட்டப்படி கட்டாயமானால் மட்டுமே அரசு அமைப்புகளுக்குத் தகவல்களை வழங்குவோம்.

### பள்ளிகளுக்கான பதிப்பு

சில பள்ளிகள் கற்போம் செயலியை வகுப்பறையில் பயன்படுத்துகின்றன. அப்போது மாணவர்களின் முதல் பெயர், வகுப்பு மற்றும் முன்னேற்றத்தை ஆசிரியர் பார்க்க முடியும். இந்தத் தகவல்களைப் பள்ளியின் அறிவுறுத்தலின்படி மட்டுமே நாங்கள் செயலாக்குகிறோம். பள்ளியுடனான ஒப்பந்தம் முடிந்ததும் 60 நாட்களுக்குள் அவை நீக்கப்படும். பள்ளிப் பதிப்பு தொடர்பான கேள்விகளுக்கு முதலில் உங்கள் குழந்தையின் பள்ளியைத் தொடர்பு கொள்ளுங்கள்.

## 7. தகவல்களை எவ்வளவு காலம் வைத்திருக்கிறோம்

- கணக்கு செயலில் இருக்கும் வரை கணக்கு மற்றும் முன்னேற்றத் தகவல்கள் வைக்கப்படும்.
- கணக்கை நீக்கினால், 30 நாட்களுக்குள் எல்லாத் தகவல்களும் நீக்கப்படும்.
- 12 மாதங்கள் பயன்படுத்தப்படாத இலவசக் கணக்குகள் நீக்கப்படும்; அதற்கு முன் பெற்றோருக்கு மின்னஞ்சல் அனுப்புவோம்.
- கட்டண விவரங்கள் வரிச் சட்டங்களின்படி 8 ஆண்டுகள் வைக்கப்படும்.

## 8. பாதுகாப்பு

எல்லாத் தகவல்களும் மறைகுறியாக்கப்பட்ட இணைப்பின் வழியாகவே அனுப்பப்படுகின்றன. தரவுத்தளங்களுக்கான அணுகல் குறிப்பிட்ட பணியாளர்களுக்கு மட்டுமே, இரண்டு படி சரிபார்ப்புடன் வழங்கப்படுகிறது. ஆண்டுதோறும் வெளி நிறுவனம் மூலம் பாதுகாப்புச் சோதனை நடத்துகிறோம்.

### தரவு மீறல் ஏற்பட்டால்

உங்கள் தகவல்களைப் பாதிக்கும் தரவு மீறல் ஏற்பட்டால், சட்டப்படி இந்தியத் தரவுப் பாதுகாப்பு வாரியத்திற்கும் பாதிக்கப்பட்ட பெற்றோருக்கும் தாமதமின்றித் தெரிவிப்போம். என்ன நடந்தது, எந்தத் தகவல்கள் பாதிக்கப்பட்டன, நீங்கள் எடுக்க வேண்டிய நடவடிக்கைகள் என்ன என்பதை அந்த அறிவிப்பில் விளக்குவோம்.

### குக்கீகள்

எங்கள் இணையதளம் உள்நுழைவுக்குத் தேவையான குக்கீகளை மட்டுமே பயன்படுத்துகிறது. பார்வையாளர் எண்ணிக்கையை அறிய, குக்கீகள் இல்லாமல் இயங்கும் தனியுரிமைக்கு உகந்த ஒரு கருவியைப் பயன்படுத்துகிறோம். செயலியின் குழந்தைகள் பகுதியில் குக்கீகளோ கண்காணிப்புக் கருவிகளோ இல்லை.

## 9. பெற்றோரின் உரிமைகள்

- உங்களைப் பற்றியும் உங்கள் குழந்தையைப் பற்றியும் நாங்கள் வைத்திருக்கும் தகவல்களின் சுருக்கத்தைக் கேட்கலாம்.
- தவறான தகவல்களைத் திருத்தக் கோரலாம்.
- ஒப்புதலைத் திரும்பப் பெற்று, கணக்கையும் தகவல்களையும் நீக்கக் கோரலாம்.
- உங்கள் மறைவுக்குப் பின் அல்லது இயலாமையின் போது உங்கள் சார்பாக உரிமைகளைப் பயன்படுத்த ஒருவரை நியமிக்கலாம்.

கோரிக்கைகளை privacy@karpom.app என்ற முகவரிக்கு அனுப்புங்கள். 30 நாட்களுக்குள் பதில் அளிப்போம்.

## 10. குறைதீர்ப்பு அலுவலர்

உங்கள் தகவல்கள் தொடர்பான புகார்களுக்கு எங்கள் குறைதீர்ப்பு அலுவலரைத் தொடர்பு கொள்ளலாம்:

@ திருமதி எஸ். மீனாட்சி, குறைதீர்ப்பு அலுவலர்
@ கற்போம் எடுடெக் பிரைவேட் லிமிடெட், சென்னை 600020
@ மின்னஞ்சல்: grievance@karpom.app

எங்கள் பதிலில் திருப்தி இல்லையெனில், இந்தியத் தரவுப் பாதுகாப்பு வாரியத்திடம் புகார் அளிக்கலாம்.

## 11. கொள்கையில் மாற்றங்கள்

இந்தக் கொள்கையில் முக்கியமான மாற்றங்கள் செய்யும்போது, செயலியின் பெற்றோர் பகுதியிலும் மின்னஞ்சல் மூலமும் முன்கூட்டியே தெரிவிப்போம்."""

MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
          "நவம்பர்", "டிசம்பர்"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "payment processor row added: Razorpay for web subscriptions",
     "repl": [("| Contentful | பாடங்கள் மற்றும் இணையதள உள்ளடக்கம் | ஐரோப்பிய ஒன்றியம் |",
               "| Contentful | பாடங்கள் மற்றும் இணையதள உள்ளடக்கம் | ஐரோப்பிய ஒன்றியம் |\n"
               "| Razorpay Software Private Limited | இணையதளம் வழியாகச் சந்தா கட்டணம் | இந்தியா |")]},
    {"note": "sentence added: no ads and no third-party SDKs in the kids' area",
     "repl": [("நாங்கள் ஒருபோதும் பயன்படுத்துவதில்லை.",
               "நாங்கள் ஒருபோதும் பயன்படுத்துவதில்லை. குழந்தைகள் பகுதியில் விளம்பரங்களோ மூன்றாம் தரப்பு "
               "விளம்பரக் கருவிகளோ இல்லை.")]},
    {"note": "voice recordings retention cut from 30 to 7 days",
     "repl": [("இந்தப் பதிவுகள் 30 நாட்களுக்குப் பிறகு தானாக நீக்கப்படும்.",
               "இந்தப் பதிவுகள் 7 நாட்களுக்குப் பிறகு தானாக நீக்கப்படும்.")]},
    {"note": "grievance officer changed",
     "repl": [("@ திருமதி எஸ். மீனாட்சி, குறைதீர்ப்பு அலுவலர்", "@ திரு. ஆர். கார்த்திகேயன், குறைதீர்ப்பு அலுவலர்")]},
    {"note": "new subsection: DigiLocker-based age and consent verification",
     "repl": [("அமைப்புகளை மாற்றவோ வாங்கவோ முடியாது.",
               "அமைப்புகளை மாற்றவோ வாங்கவோ முடியாது.\n\n"
               "### டிஜிலாக்கர் மூலம் சரிபார்ப்பு\n\n"
               "டிஜிட்டல் தனிநபர் தரவுப் பாதுகாப்பு விதிகள், 2025-க்கு ஏற்ப, பெற்றோர் விரும்பினால் டிஜிலாக்கர் "
               "மூலம் தாங்கள் வயது வந்தவர் என்பதை உறுதிப்படுத்தலாம். இதற்காக உங்கள் வயது உறுதிப்படுத்தல் மட்டுமே "
               "எங்களுக்கு வரும்; உங்கள் ஆதார் எண்ணையோ பிற ஆவணங்களையோ நாங்கள் பெறுவதும் சேமிப்பதும் இல்லை.")]},
]

KIDS = {
    1: ["வணக்கம் குட்டி நண்பா! கற்போம் உன்னுடைய பெயரை மட்டும் தெரிந்துகொள்கிறது, அதனால் உன்னை அன்புடன் அழைக்க முடியும்.",
        "நீ எத்தனை நட்சத்திரங்கள் பெற்றாய் என்பதை அம்மா அப்பாவுக்குக் காட்டுவோம்.",
        "உன் படம், உன் வீடு, உன் பள்ளி பற்றி நாங்கள் ஒருபோதும் கேட்க மாட்டோம்."],
    2: ["வணக்கம் குட்டி நண்பா! கற்போம் உன்னுடைய பெயரை மட்டும் தெரிந்துகொள்கிறது, அதனால் உன்னை அன்புடன் அழைக்க முடியும்.",
        "நீ எத்தனை நட்சத்திரங்கள் பெற்றாய் என்பதை அம்மா அப்பாவுக்குக் காட்டுவோம்.",
        "நீ ஒரு சொல்லைச் சொல்லிப் பழகும்போது, அம்மா அப்பா அனுமதித்தால் மட்டுமே உன் குரலைக் கேட்போம்.",
        "உன் படம், உன் வீடு, உன் பள்ளி பற்றி நாங்கள் ஒருபோதும் கேட்க மாட்டோம்."],
    3: ["வணக்கம் குட்டி நண்பா! கற்போம் உன்னுடைய பெயரை மட்டும் தெரிந்துகொள்கிறது, அதனால் உன்னை அன்புடன் அழைக்க முடியும்.",
        "நீ எத்தனை நட்சத்திரங்கள் பெற்றாய் என்பதை அம்மா அப்பாவுக்குக் காட்டுவோம்.",
        "நீ ஒரு சொல்லைச் சொல்லிப் பழகும்போது, அம்மா அப்பா அனுமதித்தால் மட்டுமே உன் குரலைக் கேட்போம்.",
        "உன் படம், உன் வீடு, உன் பள்ளி பற்றி நாங்கள் ஒருபோதும் கேட்க மாட்டோம்.",
        "ஏதாவது புரியவில்லை என்றால், அம்மா அப்பாவிடம் கேள். அவர்கள் எங்களுக்கு எழுதலாம்!"]}


def noise(rng, when, i, prev):
    prev = prev or {}
    pr = prev.get("rating", (4.6, 31840))
    count = pr[1] + rng.randint(20, 400) if i else pr[1]
    rating = round(min(4.8, max(4.4, pr[0] + rng.choice([-0.1, 0, 0, 0, 0.1]))), 1) if i else pr[0]
    return {
        "rating": (rating, count),
        "click_id": C.uuid4(rng),
        "build": C.keep_or(rng, prev.get("build"), 0.3,
                           lambda: {"kit": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                    "start": C.alnum(rng, 8), "app": C.alnum(rng, 8), "css": C.hexs(rng, 8),
                                    "node": C.alnum(rng, 8)}),
        "kids": 3 if when >= KIDS_V3 else 2 if when >= KIDS_V2 else 1,
    }


LABELS = {"rating": "app rating in header", "click_id": "store-badge click id inside the policy panel",
          "build": "SvelteKit build hashes", "kids": "kids' version tab revised (outside the selection)"}

S_TAB, S_HDR = "svelte-1x7kq2m", "svelte-9hd3aa"


def render(state, blocks, when):
    b = state["build"]
    rating, count = state["rating"]
    click = state["click_id"]
    kids = "".join('<p class="kids-line %s">%s</p>' % (S_TAB, t) for t in KIDS[state["kids"]])
    badges = ('<div class="store-badges %s"><a class="%s" href="https://play.google.com/store/apps/details?id=app.karpom.tamil&amp;referrer=utm_source%%3Dweb%%26utm_medium%%3Dprivacy%%26click_id%%3D%s" rel="noopener">'
              '<img class="%s" src="/badges/google-play-ta.svg" alt="Google Play-இல் பெறுங்கள்" width="162" height="48"></a>'
              '<a class="%s" href="https://apps.apple.com/in/app/karpom/id1634567890?pt=12345678&amp;ct=privacy-%s&amp;mt=8" rel="noopener">'
              '<img class="%s" src="/badges/app-store-ta.svg" alt="App Store-இல் பதிவிறக்குங்கள்" width="144" height="48"></a></div>'
              % (S_TAB, S_TAB, click, S_TAB, S_TAB, click[:8], S_TAB))
    data = [None, {"type": "data", "data": {"locale": "ta", "page": {"sys": {"id": "4hX2kPq9LmN7sT1v", "type": "Entry",
                                                                              "revision": 20 + len(blocks) % 7},
                                                                      "slug": "privacy", "kidsRevision": state["kids"]},
                                            "rating": {"value": rating, "count": count}}, "uses": {"params": ["lang"]}}]
    return """<!doctype html>
<html lang="ta">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		
		<link href="../_app/immutable/assets/0.%s.css" rel="stylesheet">
		<link href="../_app/immutable/assets/5.%s.css" rel="stylesheet">
		<link rel="modulepreload" href="../_app/immutable/entry/start.%s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/entry.%s.js">
		<link rel="modulepreload" href="../_app/immutable/entry/app.%s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/5.%s.js"><!--1d9xk3a--><meta name="description" content="கற்போம் செயலி உங்கள் குழந்தையின் தகவல்களை எவ்வாறு பாதுகாக்கிறது"> <meta property="og:title" content="தனியுரிமைக் கொள்கை — கற்போம்"> <link rel="canonical" href="%s"><!----><title>தனியுரிமைக் கொள்கை — கற்போம்</title>
		<script defer data-domain="karpom.app" src="https://plausible.io/js/script.js"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">  <header class="site-header %s"><a href="/ta" class="logo %s"><img src="/logo-karpom.svg" alt="கற்போம்" width="132" height="40" class="%s"></a> <nav class="%s"><a href="/ta/lessons" class="%s">பாடங்கள்</a> <a href="/ta/parents" class="%s">பெற்றோருக்கு</a> <a href="/ta/schools" class="%s">பள்ளிகளுக்கு</a> <a href="/ta/pricing" class="%s">சந்தா</a></nav> <div class="rating %s"><span class="stars %s" style="--rating: %.1f" aria-hidden="true"></span> <span class="%s">%.1f ★ · %s மதிப்பீடுகள்</span></div></header> <main class="legal %s"><div class="tabs %s" role="tablist" aria-label="ஆவணங்கள்"><button role="tab" id="tab-parents" aria-controls="panel-parents" aria-selected="true" class="tab active %s">பெற்றோருக்கு</button> <button role="tab" id="tab-kids" aria-controls="panel-kids" aria-selected="false" tabindex="-1" class="tab %s">குழந்தைகளுக்கு</button></div> <section role="tabpanel" id="panel-parents" aria-labelledby="tab-parents" class="panel %s"><div class="rich-text %s">%s</div> <!--[-->%s<!--]--></section> <section role="tabpanel" id="panel-kids" aria-labelledby="tab-kids" hidden class="panel panel-kids %s"><h2 class="%s">குழந்தைகளுக்கான தனியுரிமை</h2> %s <img src="/img/mascot-yaanai.svg" alt="" class="mascot %s"></section></main> <footer class="site-footer %s"><p class="%s">© %d கற்போம் எடுடெக் பிரைவேட் லிமிடெட் · <a href="/ta/terms" class="%s">பயன்பாட்டு விதிமுறைகள்</a> · <a href="/ta/privacy" class="%s">தனியுரிமை</a> · <a href="/ta/contact" class="%s">தொடர்புக்கு</a></p></footer>
			
			<script>
				{
					__sveltekit_%s = {
						base: new URL("..", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					const data = %s;

					Promise.all([
						import("../_app/immutable/entry/start.%s.js"),
						import("../_app/immutable/entry/app.%s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 5],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % (b["css"], b["css"][::-1], b["start"], b["node"], b["app"], b["node"][::-1], URL,
       S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, S_HDR, rating, S_HDR, rating,
       "{:,}".format(count), S_TAB, S_TAB, S_TAB, S_TAB, S_TAB, S_TAB, C.blocks_html(blocks), badges, S_TAB, S_TAB, kids,
       S_TAB, S_HDR, S_HDR, when.year, S_HDR, S_HDR, S_HDR, b["kit"], json.dumps(data, ensure_ascii=False),
       b["start"], b["app"])


PAGE = {
    "service": "Karpom",
    "url": URL,
    "lang": "ta",
    "platform": "SvelteKit + Contentful (tabs: parents' policy and kids' version)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 29,
    "start": dt.date(2023, 3, 15),
    "end": dt.date(2025, 12, 1),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#panel-parents"},
}
