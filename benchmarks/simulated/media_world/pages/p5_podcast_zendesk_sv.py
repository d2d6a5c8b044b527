"""Swedish podcast app and network whose privacy policy is an article of its Zendesk Guide help centre
(Copenhagen theme, lightly customised).

Declared container: `.article-body`; the article title sits outside it in `.article-header` and is tracked with
it. Fairly clean: per visit the Rails csrf-token meta changes and the vote tally under the article ("N av M
tyckte att detta var till hjälp") grows; the theme's `?digest=` asset stamps change when the theme is republished;
the "Uppdaterad" stamp in the header changes when an agent re-saves the article. All outside the container.
"""
import datetime as dt
import html

import common as C

URL = "https://hjalp.poddhuset.se/hc/sv/articles/4408839201297-Integritetspolicy"

POLICY = """# Integritetspolicy

Senast uppdaterad: {UPDATED}

Poddhuset Media AB (”Poddhuset”, ”vi”) driver appen Poddhuset, webbspelaren på poddhuset.se och ett nätverk av podcaster som distribueras både i vår egen app och i andra poddappar. I den här integritetspolicyn beskriver vi hur vi behandlar dina personuppgifter när du lyssnar, skapar ett konto eller prenumererar på Poddhuset Plus.

## Personuppgiftsansvarig

Poddhuset Media AB, org.nr 559184-2276, är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Poddhuset Media AB
@ Götgatan 14
@ 118 46 Stockholm
@ dataskydd@poddhuset.se

## Vilka personuppgifter behandlar vi?

- **Kontouppgifter**: namn, e-postadress, lösenord (krypterat), födelseår och, om du väljer det, profilbild.
- **Prenumerationsuppgifter**: vilken plan du har, betalningshistorik och betalningsreferens. Kortuppgifter hanteras av vår betaltjänstleverantör.
- **Lyssningsdata**: vilka avsnitt du spelar, hur långt du lyssnar, följda poddar, nedladdningar och sökningar i appen.
- **Teknisk information**: IP-adress, enhetstyp, operativsystem, appversion och annonsidentifierare (om du tillåtit det).
- **Kommunikation**: meddelanden till vår kundtjänst och svar på enkäter.

När du lyssnar på våra podcaster i en annan app, till exempel Apple Podcasts eller Spotify, behandlar vi endast den tekniska information som skickas när avsnittet laddas ner från våra servrar, främst IP-adress och enhetens användaragent.

## Varför behandlar vi dina uppgifter?

| Ändamål | Rättslig grund | Lagringstid |
| Tillhandahålla appen och ditt konto | Avtal | Så länge du har ett konto |
| Hantera prenumerationer och betalningar | Avtal och rättslig förpliktelse (bokföringslagen) | 7 år för bokföringsunderlag |
| Mäta antal lyssningar enligt branschstandard (IAB Podcast Measurement) | Berättigat intresse | IP-adresser raderas eller avidentifieras efter 30 dagar |
| Infoga annonser i avsnitt (dynamisk annonsinfogning) | Berättigat intresse, och samtycke för riktad annonsering | 30 dagar |
| Rekommendera poddar och avsnitt | Avtal | Så länge du har ett konto |
| Skicka nyhetsbrev och erbjudanden | Samtycke | Tills du återkallar samtycket |
| Kundtjänst | Berättigat intresse | 24 månader efter avslutat ärende |

## Rekommendationer och profilering

För att föreslå nya poddar och avsnitt analyserar vi vad du lyssnar på, hur länge du lyssnar och vilka poddar du följer. Förslagen visas under ”För dig” i appen. Analysen sker automatiskt men leder inte till beslut som har rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad. Du kan stänga av personliga rekommendationer under Inställningar > Integritet; du får då i stället förslag baserade på vad som är populärt just nu.

## Tävlingar, lyssnarfrågor och röstmeddelanden

Flera av våra program tar emot frågor, berättelser och röstmeddelanden från lyssnare. Om du skickar in ett bidrag kan det komma att spelas upp eller läsas upp i ett avsnitt, med ditt förnamn om du inte ber oss att vara anonym. Eftersom avsnitt publiceras offentligt och laddas ner av andra kan vi inte ta bort ett bidrag från exemplar som redan har laddats ner, men vi tar bort det från kommande versioner av avsnittet om du ber oss. Tävlingsbidrag från personer som inte vinner raderas senast tre månader efter att tävlingen avslutats.

## Annonser i våra podcaster

Våra gratisavsnitt finansieras av annonser. Annonserna infogas i ljudfilen i samma ögonblick som avsnittet laddas ner. För att välja rätt annons använder vi ungefärlig plats (län eller land) som räknas fram ur IP-adressen, tidpunkten och vilken app du lyssnar i. Vi bygger inga individuella annonsprofiler utan ditt samtycke. Annonsörer får endast sammanställd statistik om hur många som har hört en annons.

## Vem delar vi uppgifter med?

Vi säljer aldrig dina personuppgifter. Vi anlitar personuppgiftsbiträden som behandlar uppgifter för vår räkning:

| Biträde | Tjänst | Land |
| Google Cloud EMEA Ltd | Drift och lagring | Sverige, Finland |
| Stripe Payments Europe Ltd | Betalningar | Irland |
| Zendesk Inc. | Kundtjänst och hjälpcenter | EU, USA |
| Rule Communication Nordic AB | Nyhetsbrev | Sverige |
| Podtrac Inc. | Oberoende lyssningsmätning | USA |

Om du köper Poddhuset Plus via App Store eller Google Play är Apple respektive Google personuppgiftsansvariga för betalningen. Vi kan också lämna ut uppgifter till myndigheter när lagen kräver det.

## Överföring utanför EU/EES

Vissa biträden behandlar uppgifter i USA. Vi ser då till att överföringen sker till ett företag som är certifierat enligt EU-US Data Privacy Framework eller att EU-kommissionens standardavtalsklausuler används, tillsammans med kompletterande skyddsåtgärder.

## Dina rättigheter

Du har rätt att begära tillgång till dina personuppgifter, att få felaktiga uppgifter rättade, att få uppgifter raderade, att begränsa behandlingen och att invända mot behandling som grundar sig på berättigat intresse. Du har också rätt till dataportabilitet. Du kan när som helst återkalla ett samtycke under Inställningar > Integritet i appen.

Skicka din begäran till dataskydd@poddhuset.se. Vi svarar inom en månad. Om du är missnöjd med hur vi behandlar dina personuppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Säkerhet

Vi skyddar dina personuppgifter med tekniska och organisatoriska åtgärder, till exempel kryptering av trafik och lagrade lösenord, behörighetsstyrning så att endast medarbetare som behöver uppgifterna har tillgång till dem och loggning av åtkomst. Om en personuppgiftsincident inträffar som kan medföra en hög risk för dig informerar vi dig utan onödigt dröjsmål.

## Cookies

På poddhuset.se och i webbspelaren använder vi cookies. Nödvändiga cookies krävs för inloggning och uppspelning; analys- och marknadsföringscookies används bara om du samtycker. Läs mer i vår [cookiepolicy](https://poddhuset.se/cookies).

## Barn

Poddhuset riktar sig till personer som har fyllt 13 år. Vi samlar inte medvetet in uppgifter om yngre barn.

## Ändringar

Vi kan uppdatera policyn. Vid väsentliga ändringar meddelar vi dig i appen eller via e-post innan ändringarna börjar gälla."""

EDITS = [
    {"note": "AdsWizz added to the processors table (dynamic ad insertion)",
     "repl": [("| Podtrac Inc. | Oberoende lyssningsmätning | USA |",
               "| Podtrac Inc. | Oberoende lyssningsmätning | USA |\n"
               "| AdsWizz Inc. | Dynamisk annonsinfogning | USA |")]},
    {"note": "retention of IP addresses for measurement cut from 30 to 7 days",
     "repl": [("IP-adresser raderas eller avidentifieras efter 30 dagar",
               "IP-adresser raderas eller avidentifieras efter 7 dagar")]},
    {"note": "word inserted: 'personuppgiftsbiträden' -> 'noggrant utvalda personuppgiftsbiträden' (date not bumped)",
     "bump": False,
     "repl": [("Vi anlitar personuppgiftsbiträden", "Vi anlitar noggrant utvalda personuppgiftsbiträden")]},
    {"note": "new section on video podcasts and comments",
     "repl": [("## Vem delar vi uppgifter med?",
               "## Videopoddar och kommentarer\n\n"
               "Sedan vi lanserade videopoddar kan du kommentera avsnitt och reagera med emojis. Kommentarer visas "
               "tillsammans med ditt visningsnamn och profilbild för andra lyssnare. Vi granskar anmälda kommentarer "
               "och sparar borttagna kommentarer i 90 dagar för att kunna hantera överklaganden.\n\n"
               "## Vem delar vi uppgifter med?")]},
    {"note": "postal address moved from Götgatan 14 to Ringvägen 100",
     "repl": [("@ Götgatan 14\n@ 118 46 Stockholm", "@ Ringvägen 100\n@ 118 60 Stockholm")]},
]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


START = dt.date(2022, 8, 22)


def noise(rng, when, i, prev):
    p = prev or {}
    days = (when.date() - START).days
    total = 41 + days // 9 + rng.randint(0, 2)
    up = int(total * 0.37) + rng.randint(-1, 1)
    theme = C.keep_or(rng, p.get("theme"), 0.15, lambda: (str(rng.randint(10 ** 13, 3 * 10 ** 13)), C.hexs(rng, 32)))
    saved = C.keep_or(rng, p.get("saved"), 0.12,
                      lambda: when - dt.timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 1400)))
    return {"csrf": "hc:meta:server:" + C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("="),
            "votes": (up, total), "theme": theme, "saved": saved}


LABELS = {"csrf": "csrf-token meta", "votes": "article vote tally", "theme": "theme ?digest= stamps (republish)",
          "saved": "article 'Uppdaterad' stamp (re-save)"}


def render(s, blocks, when):
    digest, app = s["theme"]
    saved = s["saved"]
    up, total = s["votes"]
    title = blocks[0][1]
    body = "".join(C.block_html(b) for b in blocks[1:])
    desc = " ".join(str(b[1]) for b in blocks[1:4] if b[0] == "p").replace("**", "")
    related = [("360052817713", "Hur raderar jag mitt konto?"), ("360052817733", "Ladda ner en kopia av mina data"),
               ("4408839201417", "Cookiepolicy"), ("360051122094", "Användarvillkor för Poddhuset")]
    side = [("4408839201297", "Integritetspolicy"), ("4408839201417", "Cookiepolicy"),
            ("360051122094", "Användarvillkor för Poddhuset"), ("360051122154", "Villkor för Poddhuset Plus"),
            ("4412209375633", "Riktlinjer för kommentarer")]
    return """<!DOCTYPE html>
<html dir="ltr" lang="sv">
<head>
  <meta charset="utf-8" />
  <!-- v26918 -->


  <title>Integritetspolicy &ndash; Poddhuset Hjälpcenter</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%(csrf)s">

  <meta name="description" content="%(desc)s" /><meta property="og:image" content="https://hjalp.poddhuset.se/hc/theming_assets/01HZ4K7M2Q8Y9T3R6B5N1C0VXW" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Poddhuset Hjälpcenter" />
<meta property="og:title" content="Integritetspolicy" />
<meta property="og:url" content="%(url)s" />
<link rel="canonical" href="%(url)s">
<link rel="alternate" hreflang="en-gb" href="https://hjalp.poddhuset.se/hc/en-gb/articles/4408839201297-Privacy-policy">
<link rel="alternate" hreflang="sv" href="%(url)s">
<link rel="alternate" hreflang="x-default" href="%(url)s">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%(app)s.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/9431786/360003918754/style.css?digest=%(digest)s">

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HZ4K7M0D3F1G2H5J6K8L9MNP">

    <script src="/hc/theming_assets/9431786/360003918754/script.js?digest=%(digest)s"></script>


  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
</head>
<body class="">


  <a class="skip-navigation" tabindex="1" href="#main-content">Gå vidare till huvudinnehåll</a>

<header class="header">
  <div class="logo">
    <a title="Hem" href="/hc/sv">
      <img src="/hc/theming_assets/01HZ4K7M5R7S8T9V0W1X2Y3Z4A" alt="Startsida för hjälpcenter för Poddhuset" />
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Användarnavigering">
      <ul class="user-nav-list">
        <li><a href="https://poddhuset.se">Till Poddhuset.se</a></li>
        <li><a class="submit-a-request" href="/hc/sv/requests/new">Skicka en förfrågan</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Öppnar ett dialogfönster" role="button" href="/hc/sv/signin?return_to=https%%3A%%2F%%2Fhjalp.poddhuset.se%%2Fhc%%2Fsv%%2Farticles%%2F4408839201297-Integritetspolicy">
        Logga in
      </a>
  </div>
</header>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <nav class="sub-nav">
    <ol class="breadcrumbs">
  
    <li title="Poddhuset Hjälpcenter">
      
        <a href="/hc/sv">Poddhuset Hjälpcenter</a>
      
    </li>
  
    <li title="Konto och integritet">
      
        <a href="/hc/sv/categories/360001644113-Konto-och-integritet">Konto och integritet</a>
      
    </li>
  
    <li title="Villkor och policyer">
      
        <a href="/hc/sv/sections/360004180953-Villkor-och-policyer">Villkor och policyer</a>
      
    </li>
  
</ol>

    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/sv/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Sök" autocomplete="off" aria-label="Sök" /></form>
    </div>
  </nav>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Artiklar i denna sektion
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>
%(side)s
            </ul>
          </div>
        </div>
      
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%(title1)s" class="article-title">
          %(title1)s
        </h1>

        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://hjalp.poddhuset.se/system/photos/360418077514/poddhuset_support.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
              Poddhuset Support

            <ul class="meta-group">
              
                <li class="meta-data"><time datetime="%(iso)s" title="%(title)s" data-datetime="relative">%(human)s</time></li>
                <li class="meta-data">Uppdaterad</li>
              
            </ul>
          </div>
        </div>

          <a class="article-subscribe button-secondary" title="Öppnar ett inloggningsdialogfönster" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/sv/articles/4408839201297-Integritetspolicy/subscription.html">Följ</a>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%(body)s</div>

          <div class="article-attachments">
            <ul class="attachments">
              
            </ul>
          </div>
        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Integritetspolicy&u=https%%3A%%2F%%2Fhjalp.poddhuset.se%%2Fhc%%2Fsv%%2Farticles%%2F4408839201297-Integritetspolicy" class="share-facebook" aria-label="Facebook">
        <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-label="Dela den här sidan på Facebook"><path fill="currentColor" d="M6 0a6 6 0 01.813 11.945V7.63h1.552l.244-1.585H6.813v-.867c0-.658.214-1.242.827-1.242h.985V2.55c-.173-.024-.538-.075-1.23-.075-1.444 0-2.29.767-2.29 2.513v1.055H3.618v1.585h1.484v4.304A6.001 6.001 0 016 0z"/></svg>
      </a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Poddhuset&title=Integritetspolicy&url=https%%3A%%2F%%2Fhjalp.poddhuset.se%%2Fhc%%2Fsv%%2Farticles%%2F4408839201297-Integritetspolicy" class="share-linkedin" aria-label="LinkedIn">
        <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-label="Dela den här sidan på LinkedIn"><path fill="currentColor" d="M10.8 0A1.2 1.2 0 0112 1.2v9.6a1.2 1.2 0 01-1.2 1.2H1.2A1.2 1.2 0 010 10.8V1.2A1.2 1.2 0 011.2 0h9.6zM8.09 4.356a1.87 1.87 0 00-1.598.87l-.082.148V4.47H4.569v5.418h1.9v-2.85c0-.8.555-1.3 1.251-1.3.698 0 .97.517.97 1.3v2.85h1.86v-3.16c0-1.664-.966-2.372-2.46-2.372zM3.5 4.47h-2v5.42h2V4.47zM2.5 1.5a1 1 0 100 2 1 1 0 000-2z"/></svg>
      </a></li>
  </ul>

</div>
            
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Var den här artikeln till hjälp?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Den här artikeln var till hjälp" aria-pressed="false">Ja</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Den här artikeln var inte till hjälp" aria-pressed="false">Nej</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">%(up)d av %(total)d tyckte att detta var till hjälp</span>
            </small>
          </div>

        <div class="article-more-questions">
          Har du fler frågor? <a href="/hc/sv/requests/new">Skicka en förfrågan</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Tillbaka till toppen
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
        
          <div data-recent-articles></div>
        
        
          
  <section class="related-articles">
    
      <h2 class="related-articles-title">Relaterade artiklar</h2>
    
    <ul>
%(related)s
    </ul>
  </section>


        
      </div>
      
    </article>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Hem" href="/hc/sv">Poddhuset Hjälpcenter</a>

    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">
            Svenska
            <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="dropdown-chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg>
          </button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/en-gb?return_to=%%2Fhc%%2Fen-gb%%2Farticles%%2F4408839201297-Privacy-policy" dir="ltr" rel="nofollow" role="menuitem">
                English (GB)
              </a>
          </span>
        </div>
    </div>
  </div>
</footer>



  <!-- / -->

  
  <script src="//static.zdassets.com/hc/assets/sv.%(loc)s.js"></script>
  

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"poddhuset","environment":"production","name":"Poddhuset Media AB"};
  HelpCenter.user = {"identifier":"%(ident)s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"sv","csrf_token":null,"shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"%(track)s","url":"https://hjalp.poddhuset.se/hc/activity"},"current_record_id":"4408839201297","current_record_url":"/hc/sv/articles/4408839201297-Integritetspolicy","current_record_title":"Integritetspolicy","current_text_direction":"ltr","current_brand_id":360003918754,"current_brand_name":"Poddhuset","current_brand_url":"https://poddhuset.zendesk.com","current_brand_active":true,"current_path":"/hc/sv/articles/4408839201297-Integritetspolicy","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":false,"has_multi_language_help_center":true,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":false,"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":false},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,"has_gather":true,"has_ckeditor":false,"has_community_enabled":false,"has_community_badges":false,"has_community_post_content_tagging":false,"has_gather_content_tags":false,"has_guide_content_tags":true,"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da-theme","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":3,"theming_settings":{"brand_color":"#5B2A86","brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#5B2A86","visited_link_color":"#4B2270","background_color":"#FFFFFF","heading_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","text_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","logo":"/hc/theming_assets/01HZ4K7M5R7S8T9V0W1X2Y3Z4A","show_brand_name":false,"favicon":"/hc/theming_assets/01HZ4K7M0D3F1G2H5J6K8L9MNP","homepage_background_image":"/hc/theming_assets/01HZ4K7M8B9C0D1E2F3G4H5J6K","community_background_image":"/hc/theming_assets/01HZ4K7MA1B2C3D4E5F6G7H8J9","community_image":"/hc/theming_assets/01HZ4K7MB2C3D4E5F6G7H8J9K0","instant_search":true,"scoped_kb_search":true,"scoped_community_search":false,"show_recent_activity":false,"show_articles_in_section":true,"show_article_author":true,"show_article_comments":false,"show_follow_article":true,"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":true,"show_follow_section":true,"show_follow_post":false,"show_post_sharing":false,"show_follow_topic":false},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"user_preferred_locale":"sv","base_locale":"sv","login_url":"https://poddhuset.zendesk.com/access?brand_id=360003918754\\u0026return_to=https%%3A%%2F%%2Fhjalp.poddhuset.se%%2Fhc%%2Fsv%%2Farticles%%2F4408839201297-Integritetspolicy","has_alternate_templates":false,"has_custom_statuses_enabled":true,"has_hc_generative_answers_setting_enabled":true,"has_generative_search_with_zgpt_enabled":false,"has_suggested_initial_questions_enabled":false,"has_guide_service_catalog":false,"has_service_catalog_search_poc":false,"has_service_catalog_itam":false,"has_csat_reverse_2_scale_in_mobile":false,"has_knowledge_navigation":false,"has_unified_navigation":false,"has_csat_bet365_branding":false,"version":"v26918","dev_mode":false};
</script>

  
  
  <script src="//static.zdassets.com/hc/assets/hc_enduser-%(enduser)s.js"></script>
  
  
</body>
</html>
""" % {"csrf": s["csrf"], "url": URL, "app": app, "digest": digest, "iso": C.iso(saved),
       "title": saved.strftime("%Y-%m-%d %H:%M"), "human": "%d %s %d %02d:%02d" % (
           saved.day, MONTHS[saved.month - 1], saved.year, saved.hour, saved.minute),
       "desc": html.escape(desc[:157].rsplit(" ", 1)[0] + "..."), "body": body, "title1": html.escape(title), "up": up, "total": total,
       "side": "\n".join('              <li><a href="/hc/sv/articles/%s-%s" class="sidenav-item%s">%s</a></li>'
                         % (a, t.replace(" ", "-"), " current-article" if a == "4408839201297" else "",
                            html.escape(t)) for a, t in side),
       "related": "\n".join('      <li><a href="/hc/sv/related/click?data=%s">%s</a></li>'
                            % (C.det_sha("rel", a, digest)[:40], html.escape(t)) for a, t in related),
       "loc": C.det_sha("loc", app)[:20], "enduser": C.det_sha("eu", app)[:32],
       "ident": C.det_sha("anon", s["csrf"])[:40], "track": C.det_sha("trk", s["csrf"])}


PAGE = {
    "service": "Poddhuset",
    "url": URL,
    "lang": "sv",
    "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7f9c6d8b5-k2xqz"),
                      ("Cache-Control", "max-age=0, public"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 28,
    "start": START,
    "end": dt.date(2024, 12, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
