"""Polish municipal e-service portal (eUrząd Mielec) on Joomla 4 (Cassiopeia template).

Volatile features inside the article container: Joomla's article-info block with the hit counter
("Odsłony") and the "Zmodyfikowano" stamp, which moves on every save, also on re-saves with no text change.
Common noise: csrf.token in joomla-script-options and the login module's form token, mediaversion hash,
copyright year, "Aktualności" module in the sidebar.
"""
import datetime as dt
import hashlib
import html

import common as C

URL = "https://euslugi.mielec.pl/polityka-prywatnosci"

MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS_GEN[d.month - 1], d.year)


POLICY = """# Polityka prywatności platformy eUrząd Mielec

Data ostatniej aktualizacji: {UPDATED}

Niniejsza polityka prywatności opisuje, w jaki sposób przetwarzamy dane osobowe użytkowników platformy e-usług publicznych eUrząd Mielec, dostępnej pod adresem euslugi.mielec.pl. Dokument realizuje obowiązek informacyjny wynikający z art. 13 i 14 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych (RODO).

## 1. Administrator danych

Administratorem Pani/Pana danych osobowych jest **Prezydent Miasta Mielca** z siedzibą w Urzędzie Miejskim w Mielcu, ul. Żeromskiego 26, 39-300 Mielec. Z administratorem można skontaktować się pisemnie na adres siedziby, za pośrednictwem elektronicznej skrzynki podawczej na platformie ePUAP lub telefonicznie pod numerem 17 787 40 00.

## 2. Inspektor ochrony danych

Administrator wyznaczył inspektora ochrony danych, z którym można się kontaktować we wszystkich sprawach dotyczących przetwarzania danych osobowych oraz korzystania z praw związanych z przetwarzaniem danych:

@ Inspektor Ochrony Danych
@ Urząd Miejski w Mielcu, pok. 112
@ ul. Żeromskiego 26, 39-300 Mielec
@ e-mail: iod@um.mielec.pl

## 3. Cele i podstawy prawne przetwarzania

Dane osobowe przetwarzamy wyłącznie w zakresie niezbędnym do realizacji usług dostępnych na platformie, w szczególności w celu:

- założenia i prowadzenia konta użytkownika oraz uwierzytelnienia za pomocą profilu zaufanego, e-dowodu lub bankowości elektronicznej (art. 6 ust. 1 lit. e RODO),
- przyjęcia, rozpatrzenia i załatwienia sprawy złożonej drogą elektroniczną, w tym wniosków, deklaracji i pism (art. 6 ust. 1 lit. c RODO w związku z przepisami Kodeksu postępowania administracyjnego i Ordynacji podatkowej),
- obsługi płatności za opłaty lokalne, podatki i opłatę za gospodarowanie odpadami komunalnymi (art. 6 ust. 1 lit. c RODO),
- wysyłania powiadomień o terminach płatności i statusie sprawy, jeżeli użytkownik włączył taką funkcję (art. 6 ust. 1 lit. a RODO),
- zapewnienia bezpieczeństwa platformy i prowadzenia statystyk technicznych (art. 6 ust. 1 lit. e RODO).

Podanie danych jest wymogiem ustawowym w zakresie, w jakim wynika z przepisów regulujących daną sprawę. Niepodanie danych uniemożliwi jej załatwienie drogą elektroniczną. W przypadku powiadomień podanie danych jest dobrowolne.

## 4. Odbiorcy danych

Dane osobowe mogą być udostępniane wyłącznie podmiotom uprawnionym na podstawie przepisów prawa oraz podmiotom przetwarzającym dane na zlecenie administratora, z którymi zawarto umowy powierzenia:

- dostawcy systemu dziedzinowego i platformy e-usług, który świadczy usługi utrzymania i wsparcia technicznego,
- operatorowi płatności elektronicznych obsługującemu wpłaty dokonywane przez platformę,
- Centrum Usług Wspólnych w Mielcu w zakresie obsługi informatycznej,
- operatorowi pocztowemu w przypadku doręczania pism w formie papierowej.

Dane nie są przekazywane do państw trzecich ani organizacji międzynarodowych.

## 5. Okres przechowywania danych

Dane związane z załatwieniem sprawy przechowujemy przez okres wynikający z Jednolitego Rzeczowego Wykazu Akt, co do zasady przez okres 5 lat od zakończenia sprawy, a w przypadku materiałów archiwalnych kategorii A – wieczyście. Dane konta użytkownika przechowujemy do czasu jego usunięcia, a po 24 miesiącach braku aktywności konto jest dezaktywowane. Logi systemowe przechowujemy przez 12 miesięcy.

## 6. Prawa osób, których dane dotyczą

Przysługuje Pani/Panu prawo dostępu do swoich danych, ich sprostowania, ograniczenia przetwarzania, a w przypadkach przewidzianych w RODO także prawo do usunięcia danych i wniesienia sprzeciwu. Jeżeli przetwarzanie odbywa się na podstawie zgody, można ją w każdej chwili wycofać w ustawieniach konta, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem.

Przysługuje Pani/Panu również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa, jeżeli uzna Pani/Pan, że przetwarzanie danych narusza przepisy RODO.

Dane nie są wykorzystywane do zautomatyzowanego podejmowania decyzji ani profilowania.

## 7. Pliki cookies

Platforma wykorzystuje pliki cookies niezbędne do utrzymania sesji zalogowanego użytkownika oraz zapamiętania ustawień dostępności, takich jak wielkość czcionki i wysoki kontrast. Za zgodą użytkownika stosujemy również narzędzie Matomo, uruchomione na serwerach Urzędu, do zbierania zanonimizowanych statystyk odwiedzin. Zgodę można zmienić w każdej chwili w panelu ustawień plików cookies dostępnym w stopce strony.

## 8. Bezpieczeństwo

Połączenie z platformą jest szyfrowane protokołem TLS. Stosujemy środki techniczne i organizacyjne odpowiednie do ryzyka, w tym kontrolę dostępu, rejestrowanie zdarzeń i regularne kopie zapasowe. Pracownicy mający dostęp do danych posiadają upoważnienia i są zobowiązani do zachowania ich w tajemnicy.

## 9. Zmiany polityki prywatności

Polityka prywatności może być zmieniana w związku z rozwojem platformy lub zmianą przepisów. O istotnych zmianach informujemy na stronie głównej platformy oraz w wiadomości wysłanej do zalogowanych użytkowników.
"""

EDITS = [
    {"note": "retention of case files changed from 5 to 10 years (new JRWA)",
     "repl": [("co do zasady przez okres 5 lat od zakończenia sprawy",
               "co do zasady przez okres 10 lat od zakończenia sprawy")]},
    {"note": "new DPO contact: room and e-mail address changed",
     "repl": [("@ Urząd Miejski w Mielcu, pok. 112", "@ Urząd Miejski w Mielcu, pok. 8 (parter)"),
              ("@ e-mail: iod@um.mielec.pl", "@ e-mail: iod@mielec.pl\n@ tel. 17 787 40 08")]},
    {"note": "new section on e-Doręczenia inserted, later sections renumbered",
     "repl": [("## 8. Bezpieczeństwo", """## 8. Doręczenia elektroniczne

Jeżeli posiada Pani/Pan adres do doręczeń elektronicznych wpisany do bazy adresów elektronicznych, korespondencję w sprawach załatwianych przez platformę doręczamy na ten adres za pośrednictwem publicznej usługi rejestrowanego doręczenia elektronicznego. W tym celu przetwarzamy adres do doręczeń elektronicznych oraz dowody wysłania i otrzymania korespondencji (art. 6 ust. 1 lit. c RODO w związku z ustawą o doręczeniach elektronicznych).

## 9. Bezpieczeństwo"""),
              ("## 9. Zmiany polityki prywatności", "## 10. Zmiany polityki prywatności")]},
    {"note": "'last updated' date bumped alone (no other text change)", "repl": []},
    {"note": "profiling sentence reworded (date not bumped)", "bump": False,
     "repl": [("Dane nie są wykorzystywane do zautomatyzowanego podejmowania decyzji ani profilowania.",
               "Pani/Pana dane nie będą podlegały zautomatyzowanemu podejmowaniu decyzji, w tym profilowaniu, o którym mowa w art. 22 RODO.")]},
]

NEWS = ["Harmonogram odbioru odpadów na kolejny rok już dostępny", "Rusza nabór wniosków do budżetu obywatelskiego",
        "Zmiana godzin pracy Biura Obsługi Mieszkańców", "Nowa e-usługa: zgłoszenie psa do rejestru",
        "Przerwa techniczna platformy w najbliższą sobotę", "Opłata za odpady – nowe stawki od 1 stycznia",
        "Konsultacje społeczne w sprawie planu ogólnego miasta", "Wydawanie Karty Mieszkańca przez internet",
        "Ulgi w podatku od nieruchomości – jak złożyć wniosek", "Wybory – sprawdź swój lokal wyborczy"]

_first_seen = {}


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["csrf"] = C.hexs(rng, 32)
    s["formtoken"] = C.hexs(rng, 32)
    s["hits"] = p.get("hits", 3150) + rng.randint(35, 700)
    s["mediaversion"] = C.keep_or(rng, p.get("mediaversion"), 0.15, lambda: C.hexs(rng, 32))
    # an editor re-saves the article (e.g. changes metadata) now and then: only the stamp moves
    s["resaved"] = C.keep_or(rng, p.get("resaved"), 0.12,
                             lambda: when - dt.timedelta(days=rng.randint(0, 6), minutes=rng.randint(30, 900)))
    s["news"] = C.keep_or(rng, p.get("news"), 0.6, lambda: rng.sample(NEWS, 3))
    s["year"] = when.year
    return s


LABELS = {"csrf": "joomla-script-options csrf.token", "formtoken": "login module form token",
          "hits": "article hit counter (Odsłony) in article-info", "mediaversion": "mediaversion cache-buster",
          "resaved": "editor re-save without text change",
          "modified": "'Zmodyfikowano' stamp in article-info",
          "news": "sidebar news module", "year": "copyright year"}


def render(s, blocks, when):
    key = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if key not in _first_seen:
        _first_seen[key] = when - dt.timedelta(hours=5, minutes=17)
    modified = max(_first_seen[key], s["resaved"]) if s["resaved"] else _first_seen[key]
    s["modified"] = modified
    mv = s["mediaversion"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    news = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="/aktualnosci/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>'
                     % (400 + NEWS.index(n), "art", html.escape(n)) for n in s["news"])
    return f"""<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Platforma e-usług Urzędu Miejskiego w Mielcu">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>Polityka prywatności – eUrząd Mielec</title>
    <link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
    <link href="/media/system/css/joomla-fontawesome.min.css?{mv}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{mv}" rel="stylesheet"></noscript>
    <link href="/media/templates/site/cassiopeia/css/template.min.css?{mv}" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{mv}" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia/css/user.css?{mv}" rel="stylesheet">
    <style>:root {{ --hue: 214; --template-bg-light: #f0f4fb; --template-text-dark: #495057; --template-special-color: #001B4C; --cassiopeia-font-family-body: "Roboto", sans-serif; }}</style>
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Błąd","MESSAGE":"Wiadomość","NOTICE":"Uwaga","WARNING":"Ostrzeżenie","JCLOSE":"Zamknij","JOK":"OK","JOPEN":"Otwórz"}},"csrf.token":"{s['csrf']}","system.paths":{{"root":"","rootFull":"https:\\/\\/euslugi.mielec.pl\\/","base":"","baseFull":"https:\\/\\/euslugi.mielec.pl\\/"}},"system.keepalive":{{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}}}</script>
    <script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
    <script src="/media/templates/site/cassiopeia/js/template.min.js?{mv}" defer></script>
    <script src="/media/system/js/keepalive.min.js?{mv}" type="module"></script>
    <script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>
    <script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Urząd Miejski w Mielcu","url":"https://euslugi.mielec.pl/"}}</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-117 has-sidebar-right">
    <header class="header container-header full-width">
        <div class="grid-child">
            <div class="navbar-brand">
                <a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://euslugi.mielec.pl/images/herb-mielec.png" alt="eUrząd Mielec" width="220" height="64"></a>
                <div class="site-description">Platforma e-usług publicznych</div>
            </div>
        </div>
        <div class="grid-child container-nav">
            <ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/" >Strona główna</a></li><li class="nav-item item-108"><a href="/katalog-uslug" >Katalog e-usług</a></li><li class="nav-item item-109"><a href="/podatki-i-oplaty" >Podatki i opłaty</a></li><li class="nav-item item-110"><a href="/pomoc" >Pomoc</a></li><li class="nav-item item-111"><a href="/kontakt" >Kontakt</a></li></ul>
            <div class="container-search">
                <form class="mod-finder js-finder-searchform form-search" action="/wyszukiwanie" method="get" role="search">
                    <label for="mod-finder-searchword112" class="visually-hidden finder">Szukaj</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword112" class="js-finder-search-query form-control" value="" placeholder="Szukaj..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Szukaj</button></div>
                </form>
            </div>
        </div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Ścieżka"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Jesteś tutaj: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Strona główna</span></a><meta itemprop="position" content="1"></li><li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">Polityka prywatności</span><meta itemprop="position" content="2"></li></ol></nav>
            <div id="system-message-container" aria-live="polite"></div>

            <main>
                <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="pl-PL">
    <div class="page-header">
        <h1 itemprop="headline">{C.inline_html(title)}</h1>
    </div>
            <dl class="article-info text-muted">
            <dt class="article-info-term">Szczegóły</dt>
            <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{modified.strftime('%Y-%m-%dT%H:%M:%S')}+01:00" itemprop="dateModified">
        Zmodyfikowano: {modified.day} {MONTHS_GEN[modified.month - 1]} {modified.year}    </time>
            </dd>
            <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{s['hits']}">
    Odsłony: {s['hits']}            </dd>
        </dl>
                                                <div itemprop="articleBody" class="com-content-article__body">
        {body}
    </div>
                                        </div>
            </main>
        </div>
        <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card ">
                <h3 class="card-header ">Zaloguj się</h3>
                <div class="card-body">
                    <form id="login-form-16" class="mod-login" action="/polityka-prywatnosci" method="post">
                        <div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><label for="modlgn-username-16">Login</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div>
                        <div class="mod-login__password form-group"><label for="modlgn-passwd-16">Hasło</label><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control"></div>
                        <div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Zaloguj</button></div>
                        <a class="btn btn-secondary w-100 mt-2" href="/logowanie-wk">Zaloguj przez login.gov.pl</a></div>
                        <input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMTc="><input type="hidden" name="{s['formtoken']}" value="1">
                    </form>
                </div>
            </div>
            <div class="sidebar-right card ">
                <h3 class="card-header ">Aktualności</h3>
                <div class="card-body"><ul class="mod-articlesnews-horizontal newsflash-horiz mod-list">
{news}
                </ul></div>
            </div>
        </div>
    </div>
    <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div class="mod-custom custom"><p>Urząd Miejski w Mielcu, ul. Żeromskiego 26, 39-300 Mielec · tel. 17 787 40 00</p>
<p><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a> · <a href="/polityka-prywatnosci">Polityka prywatności</a> · <a href="#" class="cookie-settings">Ustawienia cookies</a></p>
<p>© {s['year']} Urząd Miejski w Mielcu</p></div>
        </div>
    </footer>
    <a href="#top" id="back-top" class="back-to-top-link" aria-label="Do góry"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
    <!-- Matomo -->
    <script>var _paq = window._paq = window._paq || [];_paq.push(['requireConsent']);_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function() {{var u="https://stat.mielec.pl/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '4']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);}})();</script>
    <!-- End Matomo Code -->
</body>
</html>
"""


PAGE = {
    "service": "eUrzad Mielec",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27")],
    "n": 29,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2024, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".com-content-article .page-header", ".com-content-article__body"],
    },
}
