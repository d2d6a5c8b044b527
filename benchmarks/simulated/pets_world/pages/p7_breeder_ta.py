"""Tamil native-dog-breed registry (breeders' association, Chennai) on ASP.NET WebForms 4.8 with a master page and
Bootstrap 3: /ta/PrivacyPolicy.aspx.

The policy is an asp:Panel (`#ContentPlaceHolder1_pnlPolicy`): title, date line and intro, then every section in
a Bootstrap 3 accordion panel (`.panel-collapse.collapse`, all but the first collapsed). Per visit: `__VIEWSTATE`
and `__EVENTVALIDATION` (the visitor counter label is in view state), the footer's visitor counter (Indian digit
grouping); per deploy: `WebResource.axd`/`ScriptResource.axd` `t=` ticks; the news marquee and the sidebar's
"litters registered this month" box change now and then, as does the site-wide "last updated" footer date.
"""
import base64
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
          "நவம்பர்", "டிசம்பர்"]

POLICY = """
# தனியுரிமைக் கொள்கை

கடைசியாகப் புதுப்பிக்கப்பட்ட நாள்: {UPDATED}

தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம் (இனி "பதிவகம்", "நாங்கள்" என்று குறிப்பிடப்படும்) கன்னி, சிப்பிப்பாறை, கோம்பை, ராஜபாளையம், ராமநாதபுரம் மண்டை ஆகிய தமிழ்நாட்டின் நாட்டு நாய் இனங்களைப் பாதுகாக்கவும், அவற்றின் வம்சாவளிப் பதிவுகளைப் பராமரிக்கவும் செயல்படும் ஒரு இலாப நோக்கற்ற சங்கமாகும். இனப்பெருக்கர்கள், நாய் உரிமையாளர்கள் மற்றும் எங்கள் இணையதளத்தைப் பார்வையிடுபவர்களின் தனிப்பட்ட தகவல்களை நாங்கள் எவ்வாறு சேகரிக்கிறோம், பயன்படுத்துகிறோம், பாதுகாக்கிறோம் என்பதை இந்தக் கொள்கை விளக்குகிறது. இந்தக் கொள்கை தகவல் தொழில்நுட்பச் சட்டம், 2000 மற்றும் அதன் கீழ் வகுக்கப்பட்ட விதிகளின்படி வெளியிடப்படுகிறது.

## 1. எங்களைப் பற்றி

பதிவகம் தமிழ்நாடு சங்கங்கள் பதிவுச் சட்டம், 1975-இன் கீழ் பதிவு செய்யப்பட்ட சங்கமாகும் (பதிவு எண்: 214/2016). எங்கள் அலுவலக முகவரி:

@ தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம்
@ எண் 27, ஈ.வெ.ரா. பெரியார் சாலை, வேப்பேரி
@ சென்னை – 600 007
@ தொலைபேசி: 044-2538 4170
@ மின்னஞ்சல்: pathivu@tnnativebreeds.org.in

## 2. நாங்கள் சேகரிக்கும் தகவல்கள்

பதிவகத்தின் சேவைகளைப் பயன்படுத்தும்போது பயன்படுத்தும்போது பின்வரும் தகவல்களை நாங்கள் சேகரிக்கலாம்:

- இனப்பெருக்கர் மற்றும் உரிமையாளரின் பெயர், முகவரி, கைப்பேசி எண், மின்னஞ்சல் முகவரி;
- அடையாளச் சான்றாக வாக்காளர் அடையாள அட்டை, ஓட்டுநர் உரிமம் அல்லது ஆதார் அட்டையின் நகல் (ஆதார் எண்ணின் முதல் எட்டு இலக்கங்களை மறைத்து அனுப்புமாறு கேட்டுக்கொள்கிறோம்);
- கொட்டில் (கென்னல்) பெயர் மற்றும் இனப்பெருக்கம் நடைபெறும் இடத்தின் மாவட்டம்;
- நாயின் பெயர், இனம், பாலினம், பிறந்த தேதி, நிறம், நுண்சில்லு (மைக்ரோசிப்) எண், தாய் மற்றும் தந்தை நாய்களின் பதிவு எண்கள், புகைப்படங்கள்;
- குட்டிகள் பதிவு, உரிமை மாற்றம் மற்றும் கண்காட்சிப் பதிவுக்கான விண்ணப்பங்கள்;
- கட்டணம் செலுத்தியதற்கான UPI பரிவர்த்தனை எண் அல்லது வங்கி விவரங்கள் (உங்கள் அட்டை விவரங்களை நாங்கள் சேமிப்பதில்லை).

## 3. தகவல்களைப் பயன்படுத்தும் நோக்கங்கள்

| நோக்கம் | பயன்படுத்தப்படும் தகவல்கள் |
| நாய்கள் மற்றும் குட்டிகளின் வம்சாவளிப் பதிவு, சான்றிதழ் வழங்குதல் | உரிமையாளர் விவரங்கள், நாயின் விவரங்கள், நுண்சில்லு எண் |
| உரிமை மாற்றத்தைப் பதிவு செய்தல் | பழைய மற்றும் புதிய உரிமையாளர்களின் பெயர், முகவரி, கைப்பேசி எண் |
| நாய்க் கண்காட்சிகள் மற்றும் இனத் தர மதிப்பீட்டு முகாம்கள் நடத்துதல் | பங்கேற்பாளர் விவரங்கள், நாயின் பதிவு எண், புகைப்படங்கள் |
| கட்டணங்களைப் பெறுதல் மற்றும் கணக்குகளைப் பராமரித்தல் | பெயர், பரிவர்த்தனை விவரங்கள் |
| இனம் தொடர்பான அறிவிப்புகள் மற்றும் செய்திமடல் அனுப்புதல் | கைப்பேசி எண், மின்னஞ்சல் (உங்கள் ஒப்புதலுடன் மட்டும்) |

## 4. பொதுவில் வெளியிடப்படும் தகவல்கள்

இனத் தூய்மையைப் பாதுகாப்பதற்காக வம்சாவளிப் பதிவேடு அனைவரும் பார்க்கும் வகையில் இணையதளத்தில் வெளியிடப்படுகிறது. அதில் நாயின் பெயர், இனம், பாலினம், பிறந்த தேதி, பதிவு எண், பெற்றோர் நாய்கள், இனப்பெருக்கரின் கொட்டில் பெயர் மற்றும் மாவட்டம் மட்டுமே இடம்பெறும். உரிமையாளரின் முகவரி, கைப்பேசி எண் போன்ற தொடர்பு விவரங்கள் வெளியிடப்படுவதில்லை. "குட்டிகள் கிடைக்கும்" பகுதியில் உங்கள் விளம்பரத்தை வெளியிட நீங்கள் தேர்வு செய்தால் மட்டுமே உங்கள் கைப்பேசி எண் அந்த விளம்பரத்துடன் காட்டப்படும்.

## 5. தகவல் பகிர்வு

உங்கள் தனிப்பட்ட தகவல்களை நாங்கள் விற்பதில்லை. பின்வரும் சூழ்நிலைகளில் மட்டுமே பகிர்கிறோம்:

- விலங்குகள் நலன் மற்றும் நோய்க் கட்டுப்பாடு தொடர்பாகத் தமிழ்நாடு அரசின் கால்நடை பராமரிப்புத் துறை கோரும்போது;
- இன மேம்பாட்டு ஆய்வுகளுக்காகக் கால்நடை மருத்துவப் பல்கலைக்கழக ஆராய்ச்சியாளர்களுடன், உங்கள் எழுத்துப்பூர்வ ஒப்புதலுடன் மட்டும், பெயர் நீக்கப்பட்ட வடிவில்;
- கட்டணங்களைச் செயலாக்கும் Razorpay நிறுவனத்துடன்;
- பதிவுச் சான்றிதழ்களை அஞ்சல் மூலம் அனுப்ப இந்திய அஞ்சல் துறையுடன்;
- நீதிமன்ற உத்தரவு அல்லது சட்டப்படி தேவைப்படும்போது காவல்துறை மற்றும் பிற அதிகாரிகளுடன்.

## 6. தகவல்களைத் தக்கவைக்கும் காலம்

| தகவல் வகை | தக்கவைப்புக் காலம் |
| வம்சாவளிப் பதிவேடு | நிரந்தரமாக (இனத்தின் வரலாற்றுப் பதிவாக) |
| நிராகரிக்கப்பட்ட குட்டிகள் பதிவு விண்ணப்பங்கள் | 3 ஆண்டுகள் |
| அடையாளச் சான்று நகல்கள் | பதிவு முடிந்து 1 ஆண்டு |
| கணக்கு மற்றும் கட்டணப் பதிவுகள் | 8 ஆண்டுகள் |

### கண்காட்சிப் புகைப்படங்கள் மற்றும் காணொளிகள்

பதிவகம் நடத்தும் நாய்க் கண்காட்சிகள் மற்றும் இனத் தர மதிப்பீட்டு முகாம்களில் எடுக்கப்படும் புகைப்படங்களும் காணொளிகளும் எங்கள் இணையதளம், செய்திமடல் மற்றும் சமூக ஊடகப் பக்கங்களில் வெளியிடப்படலாம். இவற்றில் நாய்களுடன் அவற்றைக் கையாளும் உரிமையாளர்களும் இடம்பெறக்கூடும். உங்கள் படம் வெளியிடப்படுவதை நீங்கள் விரும்பவில்லை என்றால், கண்காட்சிப் பதிவின்போதோ அல்லது பின்னர் மின்னஞ்சல் மூலமோ எங்களுக்குத் தெரிவிக்கலாம். அத்தகைய படங்களை எங்கள் இணையதளத்திலிருந்து ஏழு வேலை நாட்களுக்குள் நீக்குவோம்.

### குறுஞ்செய்தி மற்றும் வாட்ஸ்அப் அறிவிப்புகள்

விண்ணப்பத்தின் நிலை, சான்றிதழ் அனுப்பப்பட்ட விவரம், கண்காட்சி நினைவூட்டல்கள் போன்றவற்றை உங்கள் கைப்பேசி எண்ணுக்குக் குறுஞ்செய்தியாக அனுப்புகிறோம். இவை சேவை தொடர்பான செய்திகள் என்பதால் இவற்றுக்குத் தனி ஒப்புதல் தேவையில்லை. விளம்பரச் செய்திகள் எதையும் நாங்கள் அனுப்புவதில்லை, உங்கள் கைப்பேசி எண்ணை வேறு எந்த நிறுவனத்துக்கும் விற்பதில்லை.

## 7. தகவல் பாதுகாப்பு

உங்கள் தகவல்களைப் பாதுகாக்க நியாயமான பாதுகாப்பு நடைமுறைகளை நாங்கள் பின்பற்றுகிறோம். இணையதளம் முழுவதும் SSL குறியாக்கம் பயன்படுத்தப்படுகிறது. விண்ணப்பங்களைச் சரிபார்க்கும் பதிவக அலுவலர்களுக்கு மட்டுமே அடையாளச் சான்று நகல்களைப் பார்க்கும் அனுமதி உண்டு. காகித விண்ணப்பங்கள் பூட்டிய அலமாரியில் வைக்கப்படுகின்றன. எங்கள் தரவுத்தளத்தின் காப்புப் பிரதிகள் இந்தியாவில் உள்ள தரவு மையத்தில் மட்டுமே சேமிக்கப்படுகின்றன. தகவல் கசிவு அல்லது அங்கீகாரமற்ற அணுகல் ஏதேனும் நிகழ்ந்தால், பாதிக்கப்பட்ட உறுப்பினர்களுக்கும் சட்டப்படி உரிய அதிகாரிகளுக்கும் தாமதமின்றித் தெரிவிப்போம். இணையம் வழியாக அனுப்பப்படும் எந்தத் தகவலுக்கும் முழுமையான பாதுகாப்பை உறுதியளிக்க முடியாது என்பதையும் கவனத்தில் கொள்ளுங்கள்.

## 8. உங்கள் உரிமைகள்

நாங்கள் உங்களைப் பற்றி வைத்திருக்கும் தகவல்களைப் பார்வையிடவும், தவறான தகவல்களைத் திருத்தவும், செய்திமடலுக்கான உங்கள் ஒப்புதலை எப்போது வேண்டுமானாலும் திரும்பப் பெறவும் உங்களுக்கு உரிமை உண்டு. வம்சாவளிப் பதிவேட்டில் உள்ள நாயின் விவரங்களை நீக்க முடியாது, ஏனெனில் அவை பிற நாய்களின் வம்சாவளியுடன் இணைக்கப்பட்டுள்ளன. ஆனால் உரிமையாளராக உங்கள் பெயரை அதிலிருந்து நீக்குமாறு கோரலாம்.

உங்கள் உரிமைகளைப் பயன்படுத்த, உங்கள் பெயர், உறுப்பினர் எண் மற்றும் கோரிக்கையின் விவரங்களுடன் pathivu@tnnativebreeds.org.in என்ற முகவரிக்கு மின்னஞ்சல் அனுப்புங்கள் அல்லது எங்கள் அலுவலகத்துக்குக் கடிதம் எழுதுங்கள். கோரிக்கையை அனுப்பியவர் நீங்கள்தான் என்பதை உறுதிசெய்ய உங்கள் அடையாளச் சான்றைக் கேட்கலாம். பெரும்பாலான கோரிக்கைகளுக்குப் பதினைந்து வேலை நாட்களுக்குள் பதிலளிப்போம்.

## 9. குக்கீகள்

எங்கள் இணையதளம் உள்நுழைவு அமர்வைப் பராமரிக்க அவசியமான குக்கீகளையும், பார்வையாளர் எண்ணிக்கையை அறிய Google Analytics குக்கீகளையும் பயன்படுத்துகிறது. உங்கள் உலாவியின் அமைப்புகளில் குக்கீகளை முடக்கலாம், ஆனால் அப்போது ஆன்லைன் விண்ணப்பப் படிவங்கள் சரியாக இயங்காமல் போகலாம்.

### குழந்தைகளின் தகவல்கள்

பதினெட்டு வயதுக்குட்பட்டவர்கள் பெற்றோர் அல்லது பாதுகாவலரின் ஒப்புதலுடன் மட்டுமே உறுப்பினராகவோ நாயைப் பதிவு செய்யவோ முடியும். இளையோர் கண்காட்சிப் பிரிவில் பங்கேற்கும் குழந்தைகளின் பெயரும் வயதும் போட்டி முடிவுகளில் மட்டுமே வெளியிடப்படும்.

## 10. குறைதீர் அலுவலர்

இந்தக் கொள்கை அல்லது உங்கள் தகவல்கள் தொடர்பான புகார்களை எங்கள் குறைதீர் அலுவலரிடம் தெரிவிக்கலாம். புகார் கிடைத்த 30 நாட்களுக்குள் தீர்வு காணப்படும்.

@ திரு. க. முருகேசன், குறைதீர் அலுவலர்
@ தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம்
@ எண் 27, ஈ.வெ.ரா. பெரியார் சாலை, வேப்பேரி, சென்னை – 600 007
@ மின்னஞ்சல்: kuraitheer@tnnativebreeds.org.in

## 11. பிற இணையதளங்களுக்கான இணைப்புகள்

எங்கள் இணையதளத்தில் கால்நடை பராமரிப்புத் துறை, கால்நடை மருத்துவப் பல்கலைக்கழகம், கட்டணச் சேவை நிறுவனங்கள் போன்ற பிற இணையதளங்களுக்கான இணைப்புகள் இருக்கலாம். அந்த இணையதளங்களின் உள்ளடக்கத்துக்கோ அவற்றின் தனியுரிமை நடைமுறைகளுக்கோ பதிவகம் பொறுப்பேற்காது. அத்தகைய இணையதளங்களில் உங்கள் தகவல்களை வழங்குவதற்கு முன் அவற்றின் தனியுரிமைக் கொள்கைகளைப் படிக்குமாறு பரிந்துரைக்கிறோம்.

எங்கள் இணையதளத்தில் உள்ள "குட்டிகள் கிடைக்கும்" பகுதியில் வரும் விளம்பரங்கள் இனப்பெருக்கர்களால் நேரடியாக வழங்கப்படுபவை. குட்டிகளை வாங்குவதற்கு முன் அவற்றின் பதிவுச் சான்றிதழையும் நுண்சில்லு எண்ணையும் எங்கள் வம்சாவளித் தேடல் பக்கத்தில் சரிபார்த்துக்கொள்ளுங்கள். விற்பனையாளருடன் நீங்கள் பகிரும் தகவல்களுக்குப் பதிவகம் பொறுப்பாகாது.

## 12. கொள்கையில் மாற்றங்கள்

இந்தக் கொள்கையை அவ்வப்போது நாங்கள் புதுப்பிக்கலாம். முக்கியமான மாற்றங்கள் இருந்தால் எங்கள் இணையதளத்தின் முகப்புப் பக்கத்திலும், பதிவு செய்த உறுப்பினர்களுக்குக் குறுஞ்செய்தி மூலமும் தெரிவிப்போம். இந்தக் கொள்கை தமிழிலும் ஆங்கிலத்திலும் வெளியிடப்படுகிறது; இரண்டுக்கும் இடையே முரண்பாடு இருந்தால் ஆங்கிலப் பதிப்பே செல்லுபடியாகும்.
"""

EDITS = [
    {"note": "retention of rejected litter applications extended from 3 to 5 years",
     "repl": [("| நிராகரிக்கப்பட்ட குட்டிகள் பதிவு விண்ணப்பங்கள் | 3 ஆண்டுகள் |",
               "| நிராகரிக்கப்பட்ட குட்டிகள் பதிவு விண்ணப்பங்கள் | 5 ஆண்டுகள் |")]},
    {"note": "grievance officer replaced (new name)",
     "repl": [("@ திரு. க. முருகேசன், குறைதீர் அலுவலர்", "@ திருமதி ச. வளர்மதி, குறைதீர் அலுவலர்")]},
    {"note": "typo fixed: duplicated word 'பயன்படுத்தும்போது' removed (no new date)",
     "repl": [("பதிவகத்தின் சேவைகளைப் பயன்படுத்தும்போது பயன்படுத்தும்போது",
               "பதிவகத்தின் சேவைகளைப் பயன்படுத்தும்போது")], "bump": False},
    {"note": "DPDP Act 2023 named in the intro",
     "repl": [("இந்தக் கொள்கை தகவல் தொழில்நுட்பச் சட்டம், 2000 மற்றும் அதன் கீழ் வகுக்கப்பட்ட விதிகளின்படி "
               "வெளியிடப்படுகிறது.",
               "இந்தக் கொள்கை தகவல் தொழில்நுட்பச் சட்டம், 2000, அதன் கீழ் வகுக்கப்பட்ட விதிகள் மற்றும் "
               "டிஜிட்டல் தனிநபர் தரவுப் பாதுகாப்புச் சட்டம், 2023 ஆகியவற்றின்படி வெளியிடப்படுகிறது.")]},
    {"note": "section added on DNA parentage tests",
     "repl": [("## 5. தகவல் பகிர்வு",
               "### DNA பெற்றோர் சரிபார்ப்புப் பரிசோதனை\n\nகுட்டிகள் பதிவின்போது பெற்றோரை உறுதிசெய்ய DNA "
               "பரிசோதனையைத் தேர்வு செய்தால், நாயின் உமிழ்நீர் அல்லது ரத்த மாதிரியை அங்கீகரிக்கப்பட்ட ஆய்வகத்திற்கு "
               "அனுப்புவோம். ஆய்வகத்திற்கு நாயின் பதிவு எண் மட்டுமே தெரிவிக்கப்படும்; உரிமையாளரின் பெயரோ முகவரியோ "
               "அனுப்பப்படாது. பரிசோதனை முடிவுகள் வம்சாவளிப் பதிவேட்டில் \"DNA சரிபார்க்கப்பட்டது\" என்ற "
               "குறியாக மட்டுமே காட்டப்படும்.\n\n## 5. தகவல் பகிர்வு")]},
    {"note": "second payment gateway (Cashfree) added to recipients",
     "repl": [("- கட்டணங்களைச் செயலாக்கும் Razorpay நிறுவனத்துடன்;",
               "- கட்டணங்களைச் செயலாக்கும் Razorpay மற்றும் Cashfree Payments நிறுவனங்களுடன்;")]},
]

NEWS = ["2025 சென்னை நாட்டு நாய்க் கண்காட்சிக்கான பதிவு தொடங்கியது",
        "கன்னி மற்றும் சிப்பிப்பாறை இனத் தர மதிப்பீட்டு முகாம் – திருநெல்வேலி",
        "குட்டிகள் பதிவுக் கட்டணம் இனி UPI மூலமும் செலுத்தலாம்",
        "ராஜபாளையம் இனப்பெருக்கர்களுக்கான இலவச கால்நடை மருத்துவ முகாம்",
        "புதிய உறுப்பினர் அட்டைகள் அஞ்சல் மூலம் அனுப்பப்படுகின்றன",
        "கோம்பை இனக் குட்டிகளுக்கான நுண்சில்லு பொருத்தும் முகாம் – தேனி",
        "ஆண்டுப் பொதுக்குழுக் கூட்டம் – வேப்பேரி அலுவலகத்தில்"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _indian(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def noise(rng, when, i, prev):
    prev = prev or {}
    visitors = prev.get("visitors", 184000 + rng.randint(0, 5000)) + rng.randint(150, 2600)
    month = "%04d-%02d" % (when.year, when.month)
    pl = prev.get("litters")
    litters = {"m": month, "n": (pl["n"] + rng.randint(0, 25)) if pl and pl["m"] == month else rng.randint(12, 60)}
    siteupd = C.keep_or(rng, prev.get("siteupd"), 0.35,
                        lambda: (when - dt.timedelta(days=rng.randint(0, 12))).strftime("%d/%m/%Y"))
    return {
        "vs": C.b64tok(rng, rng.randint(180, 200)),
        "ev": C.b64tok(rng, 64),
        "visitors": visitors,
        "ticks": C.keep_or(rng, prev.get("ticks"), 0.15,
                           lambda: 621355968000000000 + (int(C.epoch(when)) - rng.randint(86400, 86400 * 60)) * 10 ** 7),
        "news": C.keep_or(rng, prev.get("news"), 0.3, lambda: rng.sample(range(len(NEWS)), 3)),
        "litters": litters,
        "siteupd": siteupd,
    }


LABELS = {"vs": "per-visit __VIEWSTATE", "ev": "per-visit __EVENTVALIDATION",
          "visitors": "footer visitor counter", "ticks": "WebResource.axd/ScriptResource.axd t= ticks (deploy)",
          "news": "news marquee items", "litters": "'litters registered this month' sidebar box",
          "siteupd": "site-wide 'last updated' footer date"}


def _accordion(blocks):
    head, secs = C.split_sections(blocks)
    out = []
    for k, (title, body) in enumerate(secs, 1):
        first = k == 1
        out.append("""                <div class="panel panel-default">
                    <div class="panel-heading" role="tab" id="heading%d">
                        <h2 class="panel-title"><a%s role="button" data-toggle="collapse" data-parent="#accordion" href="#collapse%d" aria-expanded="%s" aria-controls="collapse%d">%s</a></h2>
                    </div>
                    <div id="collapse%d" class="panel-collapse collapse%s" role="tabpanel" aria-labelledby="heading%d">
                        <div class="panel-body">
                            %s
                        </div>
                    </div>
                </div>""" % (k, "" if first else ' class="collapsed"', k, "true" if first else "false", k,
                             C.inline_html(title), k, " in" if first else "", k,
                             C.blocks_html(body, {"table": "table table-bordered table-condensed"},
                                           sep="\n                            ")))
    return head, "\n".join(out)


def render(state, blocks, when):
    head, acc = _accordion(blocks)
    title = head[0][1]
    intro = C.blocks_html(head[1:], sep="\n            ")
    t = state["ticks"]
    wr = lambda d: '<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>' % (d, t)
    sr = lambda d: '<script src="/ScriptResource.axd?d=%s&amp;t=%x" type="text/javascript"></script>' % (d, t // 10 ** 7)
    news = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join('<a href="/ta/News.aspx?id=%d">%s</a>' % (k + 101, NEWS[k])
                                                for k in state["news"])
    return """

<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" lang="ta">
<head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	தனியுரிமைக் கொள்கை | தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம்
</title><link href="../Content/bootstrap.min.css" rel="stylesheet" /><link href="../Content/font-awesome.min.css" rel="stylesheet" /><link href="../Content/Site.css?v=4.1" rel="stylesheet" /><link href="https://fonts.googleapis.com/css?family=Mukta+Malar:400,600&amp;subset=tamil" rel="stylesheet" />
    <script src="../Scripts/jquery-3.4.1.min.js"></script>
    <script src="../Scripts/bootstrap.min.js"></script>
    <!-- Global site tag (gtag.js) - Google Analytics -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4LX0D"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QK2M4LX0D');</script>
<meta name="description" content="தமிழ்நாடு நாட்டு நாய் இனப் பதிவகத்தின் தனியுரிமைக் கொள்கை" /></head>
<body>
    <form method="post" action="./PrivacyPolicy.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BQ%s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


%s

%s
%s
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="6C3F2A1E" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAX%s" />
</div>
        <div class="top-bar">
            <div class="container">
                <span class="top-bar-left"><i class="fa fa-phone"></i> 044-2538 4170 &nbsp; <i class="fa fa-envelope"></i> pathivu@tnnativebreeds.org.in</span>
                <span class="top-bar-right"><a id="lnkEnglish" href="/en/PrivacyPolicy.aspx">English</a> | <a id="lnkTamil" class="active" href="/ta/PrivacyPolicy.aspx">தமிழ்</a> &nbsp; <a href="javascript:__doPostBack(&#39;ctl00$lnkFontPlus&#39;,&#39;&#39;)" id="lnkFontPlus" title="எழுத்தளவைப் பெரிதாக்கு">அ+</a> <a href="javascript:__doPostBack(&#39;ctl00$lnkFontMinus&#39;,&#39;&#39;)" id="lnkFontMinus" title="எழுத்தளவைச் சிறிதாக்கு">அ-</a></span>
            </div>
        </div>
        <header class="site-header">
            <div class="container">
                <a href="/ta/Default.aspx" class="brand"><img id="imgLogo" src="../Images/logo-tnnb.png" alt="தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம்" /><span class="brand-title">தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம்</span><span class="brand-sub">Tamil Nadu Native Dog Breed Registry</span></a>
            </div>
        </header>
        <nav class="navbar navbar-default navbar-main">
            <div class="container">
                <div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mainNav"><span class="sr-only">மெனு</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
                <div class="collapse navbar-collapse" id="mainNav">
                    <ul class="nav navbar-nav">
                        <li><a href="/ta/Default.aspx">முகப்பு</a></li>
                        <li><a href="/ta/Breeds.aspx">இனங்கள்</a></li>
                        <li><a href="/ta/Register.aspx">பதிவு செய்ய</a></li>
                        <li><a href="/ta/PedigreeSearch.aspx">வம்சாவளித் தேடல்</a></li>
                        <li><a href="/ta/Puppies.aspx">குட்டிகள் கிடைக்கும்</a></li>
                        <li><a href="/ta/Shows.aspx">கண்காட்சிகள்</a></li>
                        <li><a href="/ta/Contact.aspx">தொடர்புக்கு</a></li>
                    </ul>
                    <ul class="nav navbar-nav navbar-right"><li><a href="/ta/Login.aspx"><i class="fa fa-user"></i> உறுப்பினர் உள்நுழைவு</a></li></ul>
                </div>
            </div>
        </nav>
        <div class="news-ticker">
            <div class="container"><span class="news-label">அறிவிப்புகள்</span><marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">%s</marquee></div>
        </div>
        <div class="container main-container">
            <ol class="breadcrumb"><li><a href="/ta/Default.aspx">முகப்பு</a></li><li class="active">தனியுரிமைக் கொள்கை</li></ol>
            <div class="row">
                <div class="col-md-9">
    <div id="ContentPlaceHolder1_pnlPolicy" class="policy-content">
	
            <h1 class="page-heading">%s</h1>
            %s
            <div class="panel-group" id="accordion" role="tablist" aria-multiselectable="true">
%s
            </div>
        
</div>

                </div>
                <div class="col-md-3">
                    <div class="sidebar-box stat-box">
                        <h3>இந்த மாதம் பதிவான குட்டிகள்</h3>
                        <span id="lblLitterCount" class="stat-number">%d</span>
                        <p><a href="/ta/Register.aspx">குட்டிகளைப் பதிவு செய்ய &raquo;</a></p>
                    </div>
                    <div class="sidebar-box">
                        <h3>பதிவிறக்கங்கள்</h3>
                        <ul class="list-unstyled"><li><a href="../Downloads/Litter_Registration_Form_Tamil.pdf"><i class="fa fa-file-pdf-o"></i> குட்டிகள் பதிவுப் படிவம்</a></li><li><a href="../Downloads/Transfer_of_Ownership.pdf"><i class="fa fa-file-pdf-o"></i> உரிமை மாற்றப் படிவம்</a></li><li><a href="../Downloads/Breed_Standards.pdf"><i class="fa fa-file-pdf-o"></i> இனத் தரநிலைகள்</a></li></ul>
                    </div>
                </div>
            </div>
        </div>
        <footer class="site-footer">
            <div class="container">
                <div class="row">
                    <div class="col-sm-6"><p>&copy; %d தமிழ்நாடு நாட்டு நாய் இனப் பதிவகம். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.</p><p><a href="/ta/PrivacyPolicy.aspx">தனியுரிமைக் கொள்கை</a> | <a href="/ta/Terms.aspx">விதிமுறைகள்</a> | <a href="/ta/Disclaimer.aspx">பொறுப்புத் துறப்பு</a></p></div>
                    <div class="col-sm-6 text-right"><p>பார்வையாளர்கள்: <span id="lblVisitors" class="visitor-count">%s</span></p><p>இணையதளம் கடைசியாகப் புதுப்பிக்கப்பட்டது: <span id="lblLastUpdated">%s</span></p></div>
                </div>
            </div>
        </footer>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
""" % (state["vs"], wr("pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhSz9J4ZPx9Nj1D0g2"),
       sr("NJmAwtEo3Ipnlaxl6CMhvgsZqrj40yyKIrC5gcGnNQGpO8TG9dvvG5M0eeAoNTpHSGClzUrlT7Te0V0iQhg_rG2"),
       sr("dwY9oWetJoJoVpgL6Zq8OMsz1RlkD9OGvsmJ4BLtDVn4Fhs5QSSGY6gbRU8e3pjFvOB_F0k6IHLS8chPzw4Sxw2"),
       state["ev"], news, html.escape(title), intro, acc, state["litters"]["n"], when.year,
       _indian(state["visitors"]), state["siteupd"])


PAGE = {
    "service": "TN Native Breed Registry",
    "url": "https://www.tnnativebreeds.org.in/ta/PrivacyPolicy.aspx",
    "lang": "ta",
    "platform": "ASP.NET WebForms 4.8 (master page, Bootstrap 3 accordion)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")],
    "n": 29,
    "start": dt.date(2022, 2, 7),
    "end": dt.date(2025, 10, 15),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2021, 8, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.tnnativebreeds.org.in/ta/PrivacyPolicy.aspx",
                    "select": "#ContentPlaceHolder1_pnlPolicy"},
}
