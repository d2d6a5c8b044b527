"""Forum Akwarystów - pl - phpBB 3.3 (prosilver), the board's built-in privacy page ucp.php?mode=privacy.

The admin replaced the PRIVACY_POLICY string of language/pl/ucp.php with the board's own policy: raw HTML
written by hand, paragraphs separated by `<br /><br />`, headings as `<strong>`, lists that the HTML parser
pulls out of the template's `<p>{AGREEMENT_TEXT}</p>` (the text after a list ends up loose in div.content).
A cookieless visitor gets a fresh session id appended to every chrome link and hidden field (sid=), the cron
image runs a different task each visit, the footer prints load statistics and the time zone offset (DST), the
Board Announcements extension shows the admin's notice, phpbb/ads rotates a sponsor banner above the panel and a
"Ostatnie tematy" sidebar block lists recent threads with phpBB's relative dates ("dzisiaj", "wczoraj")."""
import datetime as dt
import html

import common as C

URL = "https://forum.akwarystyka-polska.pl/ucp.php?mode=privacy"
MIESIACE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"]
MIES_SHORT = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
DNI = ["pn", "wt", "śr", "czw", "pt", "sob", "ndz"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIESIACE[d.month - 1], d.year)


POLICY = """
# Polityka prywatności Forum Akwarystów

Ostatnia aktualizacja: {UPDATED}

Niniejsza polityka opisuje, w jaki sposób Forum Akwarystów przetwarza dane osobowe użytkowników zarejestrowanych oraz osób odwiedzających forum bez logowania.

## Administrator danych

Administratorem danych jest Stowarzyszenie Miłośników Akwarystyki „Skalar”, ul. Piotrkowska 148/150, 90-063 Łódź, KRS 0000312456. Kontakt w sprawach danych osobowych: [dane@akwarystyka-polska.pl](mailto:dane@akwarystyka-polska.pl).

## Jakie dane zbieramy

Podczas rejestracji podajesz nazwę użytkownika, adres e-mail i hasło. Hasło przechowujemy wyłącznie w postaci skrótu (bcrypt). Dane w profilu, takie jak miejscowość, zainteresowania czy zdjęcie akwarium, podajesz dobrowolnie.

Przy każdym poście, prywatnej wiadomości i głosowaniu w ankiecie zapisywany jest adres IP, z którego zostały wysłane. Adres IP zapisany przy poście jest widoczny wyłącznie dla administratorów i moderatorów i jest usuwany po 12 miesiącach.

Forum używa ciasteczek (cookies) do utrzymania sesji, zapamiętania logowania oraz oznaczania przeczytanych tematów. Ciasteczka możesz w każdej chwili usunąć za pomocą odnośnika „Usuń ciasteczka witryny” w stopce forum.

## W jakim celu przetwarzamy dane

- prowadzenie konta i umożliwienie publikowania postów (art. 6 ust. 1 lit. b RODO);
- zapewnienie bezpieczeństwa forum, w tym wykrywanie spamu i naruszeń regulaminu (art. 6 ust. 1 lit. f RODO);
- wysyłanie powiadomień o odpowiedziach w obserwowanych tematach, jeśli je włączysz.

## Komu przekazujemy dane

Serwer forum znajduje się w centrum danych OVH w Warszawie. Poza dostawcą hostingu nie przekazujemy danych innym podmiotom, chyba że obowiązek taki wynika z przepisów prawa.

## Twoje prawa

Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania oraz przeniesienia. Konto możesz usunąć, pisząc do administracji. Posty, które pozostały w dyskusjach, są wtedy oznaczane jako napisane przez gościa.

Przysługuje Ci również skarga do [Prezesa Urzędu Ochrony Danych Osobowych](https://giodo.gov.pl).
"""

EDITS = [
    {"note": "post IP addresses deleted after 6 months instead of 12",
     "repl": [("jest usuwany po 12 miesiącach.", "jest usuwany po 6 miesiącach.")]},
    {"note": "supervisory-authority link target fixed giodo.gov.pl -> uodo.gov.pl (same words, date left)", "bump": False,
     "repl": [("(https://giodo.gov.pl)", "(https://uodo.gov.pl)")]},
    {"note": "processor added: Cloudflare (DDoS protection) in 'Komu przekazujemy dane'",
     "repl": [("Poza dostawcą hostingu nie przekazujemy danych innym podmiotom,",
               "Ruch do forum przechodzi przez sieć Cloudflare, Inc., która chroni nas przed atakami DDoS; Cloudflare przetwarza przy tym adresy IP odwiedzających. Poza tymi podmiotami nie przekazujemy danych innym podmiotom,")]},
    {"note": "new section 'Giełda akwarystyczna' (classified ads, contact data shown to logged-in users)",
     "repl": [("## Komu przekazujemy dane", "## Giełda akwarystyczna\n\nW dziale Giełda możesz podać w ogłoszeniu numer telefonu lub miejscowość odbioru. Te dane widzą tylko zalogowani użytkownicy, a ogłoszenie jest automatycznie usuwane 90 dni po dodaniu.\n\n## Komu przekazujemy dane")]},
    {"note": "controller moved: new address of the association and new contact e-mail",
     "repl": [("ul. Piotrkowska 148/150, 90-063 Łódź", "ul. Zachodnia 70, 90-403 Łódź"),
              ("[dane@akwarystyka-polska.pl](mailto:dane@akwarystyka-polska.pl)", "[iod@skalar.org.pl](mailto:iod@skalar.org.pl)")]},
]

TOPICS = [("Skalary - tarło w akwarium ogólnym", "Pielęgnice"), ("Jaki filtr kubełkowy do 240 l?", "Technika"),
          ("Glony nitkowate po zmianie oświetlenia", "Rośliny"), ("Krewetki Red Cherry - padają po podmianie", "Krewetki"),
          ("Moje pierwsze akwarium 112 l - dziennik", "Dzienniki"), ("CO2 z butli czy drożdżowe?", "Rośliny"),
          ("Sprzedam: gupiki endlera, Łódź", "Giełda"), ("Choroba: biała plamistość u neonów", "Choroby"),
          ("Zlot Forum Akwarystów 2024 - Poznań", "Zloty"), ("Oświetlenie LED DIY - schemat", "Technika"),
          ("Bojownik w 30 l - czy to wystarczy?", "Ryby"), ("Kupię: korzenie namorzynowe", "Giełda")]
USERS = ["Marek_K", "aquaAnia", "skalarek", "kretka", "Pawel1979", "zielonyNano", "gupik", "Tomasz W.", "Ewa_biotop"]
ADS = [("Sklep Akwarystyczny Neon - rabat 10% dla forumowiczów", "https://neon-akwarystyka.pl/?utm_source=forum"),
       ("AquaLED - oświetlenie do akwariów roślinnych", "https://aqualed.example.pl/"),
       ("Targi Zoo Expo Łódź - bilety online", "https://zooexpo.example.pl/bilety"),
       ("Pokarmy Tropical - nowa seria dla pielęgnic", "https://tropical.example.pl/pielegnice")]
ANNOUNCEMENTS = [None, "Nowy regulamin działu Giełda obowiązuje od 1 marca. Prosimy o zapoznanie się.",
                 "Trwa zbiórka na utrzymanie serwera - dziękujemy wszystkim darczyńcom!",
                 "Zlot Forum Akwarystów w Poznaniu już w czerwcu. Zapisy w dziale Zloty.",
                 "Uwaga na fałszywe wiadomości prywatne o wygranych. Administracja nigdy nie prosi o hasło."]
CRON = ["cron.task.core.tidy_sessions", "cron.task.core.tidy_search", "cron.task.core.prune_notifications",
        "cron.task.core.queue", "cron.task.text_reparser.post_text", "cron.task.core.tidy_cache"]


def policy_string(blocks):
    """The admin's PRIVACY_POLICY language string, as phpBB outputs it into `<p>{AGREEMENT_TEXT}</p>`."""
    parts = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            parts.append("<strong>%s</strong>" % C.inline_html(v))
        elif kind == "p":
            parts.append(C.inline_html(v))
        elif kind == "ul":
            parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            parts.append("<br />".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    out = ""
    for k, p in enumerate(parts):
        if k:
            prev_ul = parts[k - 1].startswith("<ul>")
            out += "" if (p.startswith("<ul>") or prev_ul) else ("<br />" if parts[k - 1].startswith("<strong>") else "<br /><br />")
        out += p
    return out


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sid"] = C.hexs(rng, 32)
    s["cron"] = rng.choice(CRON)
    s["load"] = (rng.randint(4, 40) / 1000.0, rng.randint(18, 90) / 1000.0, rng.randint(9, 24), rng.randint(180, 260) / 100.0)
    s["tz"] = "UTC+02:00" if 4 <= when.month <= 10 else "UTC+01:00"
    ver = "3.3.3" if when < dt.datetime(2021, 9, 1) else "3.3.5" if when < dt.datetime(2022, 9, 1) else \
        "3.3.10" if when < dt.datetime(2023, 9, 1) else "3.3.11" if when < dt.datetime(2025, 2, 1) else "3.3.14"
    s["version"] = (ver, {"3.3.3": 31, "3.3.5": 34, "3.3.10": 41, "3.3.11": 44, "3.3.14": 52}[ver])
    s["announcement"] = C.keep_or(rng, prev.get("announcement"), 0.3, lambda: (rng.randrange(len(ANNOUNCEMENTS)), C.hexs(rng, 32)))
    s["ad"] = rng.randrange(len(ADS))
    topics = rng.sample(range(len(TOPICS)), 5)
    s["recent"] = tuple((t, rng.choice(USERS), rng.randint(3, 1500), rng.randint(0, 2), rng.randint(0, 23), rng.randint(0, 59))
                        for t in topics)
    return s


LABELS = {
    "sid": "per-visit session id appended to every chrome link and hidden field (cookieless visitor)",
    "cron": "cron.php task image (different task per visit)",
    "load": "footer debug line (SQL/PHP time, queries, peak memory)",
    "tz": "footer time zone offset (daylight saving time)",
    "version": "phpBB update (assets_version cache-buster)",
    "announcement": "Board Announcements extension notice",
    "ad": "phpbb/ads sponsor banner rotated above the panel",
    "recent": "'Ostatnie tematy' block (recent threads, relative dates, reply counts)",
}


def reldate(when, days, h, m):
    d = when - dt.timedelta(days=days)
    if days == 0:
        return "dzisiaj, %02d:%02d" % (min(h, when.hour), m)
    if days == 1:
        return "wczoraj, %02d:%02d" % (h, m)
    return "%s %d %s %d, %02d:%02d" % (DNI[d.weekday()], d.day, MIES_SHORT[d.month - 1], d.year, h, m)


def render(s, blocks, when):
    sid = s["sid"]
    ver, av = s["version"]
    q = "&amp;sid=" + sid
    ann_i, ann_h = s["announcement"]
    ann = ANNOUNCEMENTS[ann_i]
    ann_html = ('<div id="phpbb_announcement" style="background-color:#ECD5D8">\n'
                '<a href="/app.php/boardannouncements/close?hash=%s%s" data-ajax="close_announcement" data-overlay="false" class="close" title="Zamknij ogłoszenie"><i class="icon fa-times fa-fw"></i></a>\n'
                '<div><span style="font-weight: bold">Ogłoszenie:</span> %s</div>\n</div>' % (ann_h[:8], q, html.escape(ann))) if ann else ""
    ad = ADS[s["ad"]]
    recent = "\n".join(
        '<li class="row bg%d"><dl class="row-item topic_read"><dt><div class="list-inner">'
        '<a href="./viewtopic.php?t=%d%s" class="topictitle">%s</a><br />\n<div class="topic-poster responsive-hide left-box">'
        '<i class="icon fa-paperclip fa-fw" aria-hidden="true"></i> przez <a href="./memberlist.php?mode=viewprofile&amp;u=%d%s" class="username">%s</a> &raquo; %s &raquo; w <a href="./viewforum.php?f=%d%s">%s</a></div>'
        '</div></dt><dd class="posts">%d <dfn>Odpowiedzi</dfn></dd></dl></li>'
        % (1 + k % 2, 48000 + t * 317, q, html.escape(TOPICS[t][0]), 1000 + USERS.index(u), q, html.escape(u),
           reldate(when, days, h, m), 3 + t % 7, q, TOPICS[t][1], r)
        for k, (t, u, r, days, h, m) in enumerate(s["recent"]))
    sq, pt, nq, mem = s["load"]
    text = policy_string(blocks)
    return """<!DOCTYPE html>
<html dir="ltr" lang="pl">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>Forum Akwarystów - Panel zarządzania kontem - Polityka prywatności</title>

<link href="./assets/css/font-awesome.min.css?assets_version=%(av)d" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=%(av)d" rel="stylesheet">
<link href="./styles/prosilver/theme/pl/stylesheet.css?assets_version=%(av)d" rel="stylesheet">
<link href="./ext/phpbb/boardannouncements/styles/all/theme/boardannouncements.css?assets_version=%(av)d" rel="stylesheet" media="screen">
<link href="./ext/paybas/recenttopics/styles/all/theme/recenttopics.css?assets_version=%(av)d" rel="stylesheet" media="screen">
</head>
<body id="phpbb" class="nojs notouch section-ucp ltr ">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php?sid=%(sid)s" title="Strona główna"><span class="site_logo"></span></a>
				<h1>Forum Akwarystów</h1>
				<p>Polska społeczność akwarystyczna od 2004 roku</p>
				<p class="skiplink"><a href="#start_here">Przejdź do zawartości</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php?sid=%(sid)s" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Szukaj wg słów kluczowych" class="inputbox search tiny" size="20" value="" placeholder="Szukaj…" />
					<button class="button button-search" type="submit" title="Szukaj"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Szukaj</span></button>
					<a href="./search.php?sid=%(sid)s" class="button button-search-end" title="Wyszukiwanie zaawansowane"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Wyszukiwanie zaawansowane</span></a>
					<input type="hidden" name="sid" value="%(sid)s" />
				</fieldset>
				</form>
			</div>
			</div>
		</div>
		<div class="navbar" role="navigation">
	<div class="inner">
	<ul id="nav-main" class="nav-main linklist" role="menubar">
		<li data-skip-responsive="true"><a href="/app.php/help/faq?sid=%(sid)s" rel="help" title="Często zadawane pytania" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
		<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=ucp.php%%3Fmode%%3Dprivacy%(q)s" title="Zaloguj się" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Zaloguj się</span></a></li>
		<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register%(q)s" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Zarejestruj się</span></a></li>
	</ul>
	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./index.php?sid=%(sid)s" itemtype="https://schema.org/Thing" itemscope itemprop="item" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Strona główna</span></a><meta itemprop="position" content="1" /></span>
		</li>
	</ul>
	</div>
</div>
	</div>
%(ann)s
	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
<div class="phpbb-ads-center" style="margin: 10px 0;" data-phpbb-ads-id="%(adid)d"><a href="%(adurl)s" rel="sponsored"><img src="/images/reklama/baner-%(adid)d.jpg" alt="%(adt)s"></a><br /><span class="ad-caption">Reklama</span></div>

<div class="panel">
	<div class="inner">
	<div class="content">
		<h2 class="sitename-title">Forum Akwarystów - Polityka prywatności</h2>
		<p>%(text)s</p>
		<hr class="dashed" />
		<p><a href="./index.php?sid=%(sid)s" class="button2">Powrót do strony głównej</a></p>
	</div>
	</div>
</div>

<div class="forabg recent-topics" id="recenttopics">
	<div class="inner">
	<ul class="topiclist">
		<li class="header"><dl class="row-item"><dt><div class="list-inner"><i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i> Ostatnie tematy</div></dt><dd class="posts">Odpowiedzi</dd></dl></li>
	</ul>
	<ul class="topiclist topics">
%(recent)s
	</ul>
	</div>
</div>
	</div>

<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">
	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
			<span class="crumb"><a href="./index.php?sid=%(sid)s" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Strona główna</span></a></span>
		</li>
		<li class="rightside">Strefa czasowa <span title="Europa/Warszawa">%(tz)s</span></li>
		<li class="rightside"><a href="./ucp.php?mode=delete_cookies%(q)s" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Usuń ciasteczka witryny</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team%(q)s" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>Zespół</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin%(q)s" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Kontakt</span></a></li>
	</ul>
	</div>
	</div>
	<div class="copyright">
		<p class="footer-row" role="menu">
			<span class="footer-copyright">Przyjazne użytkownikom forum dyskusyjne <a href="https://www.phpbb.com/">phpBB&reg;</a> &copy; phpBB Limited</span>
		</p>
		<p class="footer-row" role="menu">
			<span class="footer-copyright">Polski pakiet językowy dostarcza <a href="https://www.phpbb.pl/" title="Polska społeczność phpBB">phpBB.pl</a></span>
		</p>
		<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy%(q)s" title="Prywatność" role="menuitem"><span class="footer-link-text">Prywatność</span></a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms%(q)s" title="Warunki" role="menuitem"><span class="footer-link-text">Warunki</span></a>
		</p>
		<p class="footer-row">
			<span class="footer-info"><span title="SQL time: %(sq).3fs / PHP time: %(pt).3fs">Czas: %(tt).3fs</span> | Zapytania: %(nq)d | Szczytowe wykorzystanie pamięci: %(mem).2f MiB | GZIP: Wył.</span>
		</p>
	</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="Błąd AJAX" data-ajax-error-text="Coś poszło nie tak podczas przetwarzania twojego żądania." data-ajax-error-text-abort="Żądanie użytkownika zostało przerwane." data-ajax-error-text-timeout="Twoje żądanie przekroczyło limit czasu. Spróbuj ponownie." data-ajax-error-text-parsererror="Coś poszło nie tak z żądaniem i serwer zwrócił nieprawidłową odpowiedź.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="Błąd" data-l-timeout-processing-req="Przekroczono limit czasu żądania.">
		<a href="#" class="alert_close">
			<i class="icon fa-times-circle fa-fw" aria-hidden="true"></i>
		</a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="&#x2F;app.php&#x2F;cron&#x2F;%(cron)s&#x3F;sid&#x3D;%(sid)s" width="1" height="1" alt="">
</div>

<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=%(av)d"></script>
<script src="./assets/javascript/core.js?assets_version=%(av)d"></script>
<script>
	(function($) {  // Avoid conflicts with other libraries
	'use strict';
	phpbb.addAjaxCallback('close_announcement', function(res) { $('#phpbb_announcement').slideUp(); });
	})(jQuery);
</script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=%(av)d"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=%(av)d"></script>
<!-- phpBB %(ver)s -->
</body>
</html>
""" % {"av": av, "sid": sid, "q": q, "ann": ann_html, "adid": s["ad"] + 3, "adurl": html.escape(ad[1]),
       "adt": html.escape(ad[0]), "text": text, "recent": recent, "tz": s["tz"], "sq": sq, "pt": pt, "tt": sq + pt,
       "nq": nq, "mem": mem, "cron": s["cron"], "ver": ver}


PAGE = {
    "service": "Forum Akwarystów", "url": URL, "lang": "pl", "platform": "phpBB 3.3 (prosilver)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Cache-Control", "private, no-cache=\"set-cookie\""), ("Expires", "0"), ("Pragma", "no-cache"),
                      ("X-Powered-By", "PHP/8.1.27")),
    "n": 31, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#page-body .panel .content"],
                    "remove": ["h2.sitename-title", "hr.dashed", "a.button2"]},
}
