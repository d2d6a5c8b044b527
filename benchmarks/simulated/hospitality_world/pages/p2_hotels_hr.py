"""Croatian hotel and camping group on Liferay DXP (7.3, upgraded to 7.4 in 2023: combo servlet URLs, senna
tracking attributes and ThemeDisplay change; the web content markup stays).

The policy is a Web Content article shown by a Journal Content portlet (`.journal-content-article`, the declared
container). Fairly clean: everything that changes per visit is Liferay's own machinery outside the article:
`Liferay.authToken`, the booking portlet's `_formDate` hidden input and default dates, combo-servlet `t=`
timestamps per deployment, and a "best rate" teaser (kuna prices until the euro changeover on 1 January 2023)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
          "listopada", "studenoga", "prosinca"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Politika privatnosti

Datum posljednje izmjene: {UPDATED}

Maestral Hoteli d.d. posvećuje posebnu pažnju zaštiti osobnih podataka svojih gostiju, posjetitelja internetske stranice i poslovnih partnera. Ovom Politikom privatnosti obavještavamo vas koje osobne podatke prikupljamo kada boravite u našim hotelima i ljetovalištima, kada rezervirate smještaj ili nas kontaktirate, u koje ih svrhe obrađujemo, koliko ih dugo čuvamo te koja su vaša prava u skladu s Općom uredbom o zaštiti podataka (EU) 2016/679 (dalje: Uredba) i Zakonom o provedbi Opće uredbe o zaštiti podataka (NN 42/18).

## 1. Voditelj obrade

Voditelj obrade vaših osobnih podataka je:

@ Maestral Hoteli d.d.
@ Zagrebačka 17
@ 52440 Poreč, Hrvatska
@ OIB: 48213570964
@ Tel.: +385 52 408 000

Imenovali smo službenika za zaštitu podataka kojem se možete obratiti u vezi sa svim pitanjima o obradi vaših osobnih podataka na adresu e-pošte [szop@maestral-hotels.hr](mailto:szop@maestral-hotels.hr) ili pisanim putem na adresu sjedišta, s naznakom „Za službenika za zaštitu podataka”.

## 2. Koje osobne podatke prikupljamo

Ovisno o usluzi koju koristite, obrađujemo sljedeće kategorije podataka:

- **Podaci o identitetu:** ime i prezime, datum i mjesto rođenja, spol, državljanstvo, vrsta i broj identifikacijske isprave (putovnice ili osobne iskaznice).
- **Kontaktni podaci:** adresa prebivališta, adresa e-pošte i broj telefona.
- **Podaci o rezervaciji i boravku:** datum dolaska i odlaska, smještajna jedinica, broj osoba, posebni zahtjevi te korištene usluge (restorani, wellness, sportski sadržaji).
- **Podaci o plaćanju:** vrsta kartice, skraćeni broj kartice i podaci potrebni za izdavanje računa.
- **Podaci iz programa vjernosti Maestral Club:** broj člana, prikupljeni bodovi i vaše preferencije.
- **Tehnički podaci:** IP adresa, vrsta preglednika i uređaja te kolačići (vidi točku 9.).

## 3. Prijava gostiju

Sukladno Zakonu o ugostiteljskoj djelatnosti, Zakonu o turističkoj pristojbi i Zakonu o strancima dužni smo svakog gosta prijaviti i odjaviti putem sustava eVisitor, a podatke o stranim gostima dostaviti i Ministarstvu unutarnjih poslova. Za prijavu su nam potrebni podaci iz vaše identifikacijske isprave, koje preuzimamo na recepciji pri dolasku. Ti se podaci obrađuju na temelju zakonske obveze (članak 6. stavak 1. točka (c) Uredbe) te njihovo davanje ne možete odbiti ako želite koristiti smještaj.

## 4. Svrhe, pravne osnove i rokovi čuvanja

| Svrha obrade | Pravna osnova | Rok čuvanja |
| Rezervacija i pružanje usluga smještaja | Izvršenje ugovora | 3 godine od odlaska |
| Prijava i odjava gostiju (eVisitor) | Zakonska obveza | Sukladno posebnim propisima |
| Izdavanje računa i vođenje poslovnih knjiga | Zakonska obveza | 11 godina |
| Videonadzor | Legitimni interes | Najduže 6 mjeseci |
| Slanje newslettera i ponuda | Privola | Do povlačenja privole |
| Program vjernosti Maestral Club | Izvršenje ugovora | Za vrijeme članstva i 1 godinu nakon prestanka |
| Ankete o zadovoljstvu gostiju | Legitimni interes | 2 godine |

## 5. Primatelji podataka

Vaše podatke ne prodajemo. Pristup im imaju samo zaposlenici kojima su potrebni za obavljanje posla te nadležna tijela (turističke zajednice, Ministarstvo unutarnjih poslova, Porezna uprava) kada to propisuje zakon. Za nas ih obrađuju i sljedeći izvršitelji obrade, s kojima smo sklopili ugovore u skladu s člankom 28. Uredbe:

| Izvršitelj obrade | Usluga | Sjedište |
| Oracle Hospitality (Oracle Corporation) | Sustav za upravljanje hotelom (OPERA Cloud) | SAD, podaci se pohranjuju u EU |
| Phobs d.o.o. | Sustav za online rezervacije | Zagreb, Hrvatska |
| Intuit Mailchimp | Slanje newslettera | SAD |
| TrustYou GmbH | Ankete o zadovoljstvu gostiju | München, Njemačka |
| Liferay Cloud | Smještaj internetske stranice | Frankfurt, Njemačka |

## 6. Iznošenje podataka izvan EGP-a

Neki od naših izvršitelja obrade imaju sjedište u Sjedinjenim Američkim Državama. U tim se slučajevima prijenos podataka temelji na odluci Europske komisije o primjerenosti ili na standardnim ugovornim klauzulama koje je donijela Europska komisija, uz dodatne tehničke mjere zaštite.

## 7. Videonadzor

Prostori recepcije, ulazi u objekte, parkirališta i bazeni pod videonadzorom su radi zaštite osoba i imovine. Na ulazu u svaki nadzirani prostor istaknuta je obavijest o videonadzoru. Snimkama mogu pristupiti samo ovlaštene osobe, a nadležnim tijelima dostavljamo ih samo na temelju zakonskog zahtjeva. U sobama, sanitarnim čvorovima i prostorima za presvlačenje nema kamera.

## 8. Maestral Club

Članstvo u programu vjernosti Maestral Club je besplatno i dobrovoljno. Kao član skupljate bodove za svaki boravak i ostvarujete pogodnosti poput ranije prijave ili kasnije odjave. Na temelju vaših prethodnih boravaka i preferencija možemo vam slati prilagođene ponude; tome se možete usprotiviti u bilo kojem trenutku.

## 9. Kolačići

Naša internetska stranica koristi nužne kolačiće za rad sustava rezervacija te, uz vašu privolu, analitičke i marketinške kolačiće. Postavke kolačića možete promijeniti u bilo kojem trenutku putem poveznice „Postavke kolačića” u podnožju stranice. Detaljan popis kolačića nalazi se na stranici [Kolačići](/hr/kolacici).

## 10. Vaša prava

U skladu s Uredbom imate pravo:

- na pristup svojim osobnim podacima i dobivanje njihove kopije;
- na ispravak netočnih ili nepotpunih podataka;
- na brisanje podataka („pravo na zaborav”) kada za obradu više ne postoji pravna osnova;
- na ograničenje obrade;
- na prenosivost podataka;
- na prigovor na obradu koja se temelji na legitimnom interesu, uključujući izradu profila za izravni marketing;
- povući privolu u bilo kojem trenutku, bez utjecaja na zakonitost obrade prije povlačenja.

Zahtjeve za ostvarivanje prava možete uputiti službeniku za zaštitu podataka. Na zahtjev ćemo odgovoriti bez odgađanja, a najkasnije u roku od mjesec dana. Ako smatrate da obradom vaših podataka kršimo propise, možete podnijeti prigovor Agenciji za zaštitu osobnih podataka (AZOP), Selska cesta 136, 10000 Zagreb, [www.azop.hr](https://azop.hr).

## 11. Izmjene politike privatnosti

Ovu Politiku privatnosti možemo povremeno mijenjati. Važeća verzija uvijek je objavljena na ovoj stranici, a o značajnim izmjenama obavijestit ćemo goste i članove programa Maestral Club e-poštom.

## 12. Kontakt

Za sva pitanja o ovoj Politici privatnosti ili o obradi vaših podataka možete nam se obratiti pisanim putem na adresu sjedišta, e-poštom službeniku za zaštitu podataka ili na recepciji bilo kojeg našeg objekta. Zahtjev možete podnijeti i usmeno, a mi ćemo vas pritom zamoliti da potvrdite svoj identitet kako vaše podatke ne bismo otkrili neovlaštenoj osobi.
"""

EDITS = [
    {"note": "campsites added to the scope sentence (word inserted)",
     "repl": [("kada boravite u našim hotelima i ljetovalištima,", "kada boravite u našim hotelima, ljetovalištima i kampovima,")]},
    {"note": "processor added to the table (Infobip messaging)",
     "repl": [("| Phobs d.o.o. | Sustav za online rezervacije | Zagreb, Hrvatska |",
               "| Phobs d.o.o. | Sustav za online rezervacije | Zagreb, Hrvatska |\n"
               "| Infobip d.o.o. | Slanje SMS i WhatsApp poruka gostima | Vodnjan, Hrvatska |")]},
    {"note": "DPO e-mail address changed",
     "repl": [("[szop@maestral-hotels.hr](mailto:szop@maestral-hotels.hr)", "[dpo@maestral-hotels.hr](mailto:dpo@maestral-hotels.hr)")]},
    {"note": "survey retention shortened from 2 years to 1 year",
     "repl": [("| Ankete o zadovoljstvu gostiju | Legitimni interes | 2 godine |",
               "| Ankete o zadovoljstvu gostiju | Legitimni interes | 1 godina |")]},
    {"note": "new section on Wi-Fi (sections renumbered)",
     "repl": [("## 9. Kolačići", "## 9. Bežični internet (Wi-Fi)\n\n"
               "Za pristup besplatnom bežičnom internetu u našim objektima potrebno je unijeti broj sobe i prezime "
               "ili adresu e-pošte. Pritom bilježimo MAC adresu uređaja, vrijeme spajanja i količinu prenesenih "
               "podataka, i to samo radi sigurnosti mreže i ispunjavanja zakonskih obveza. Ti se podaci brišu "
               "90 dana nakon vašeg odlaska.\n\n## 10. Kolačići"),
              ("(vidi točku 9.)", "(vidi točku 10.)"),
              ("## 10. Vaša prava", "## 11. Vaša prava"),
              ("## 12. Kontakt", "## 13. Kontakt"),
              ("## 11. Izmjene politike privatnosti", "## 12. Izmjene politike privatnosti")]},
    {"note": "head-office phone number changed",
     "repl": [("@ Tel.: +385 52 408 000", "@ Tel.: +385 52 800 250")]},
]

UPGRADE = dt.datetime(2023, 4, 18)
HOTELS = ["Hotel Laguna Maestral ****", "Maestral Family Resort ***", "Hotel Riva Poreč ****",
          "Kamp Bijela Uvala ****", "Hotel Pinija Rabac ***"]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    new = when >= UPGRADE
    st["platform"] = "7.4" if new else "7.3"
    base_t = C.keep_or(rng, prev.get("combo_t"), 0.15, lambda: C.epoch(when) * 1000 - rng.randint(86400000, 40 * 86400000))
    if prev.get("platform") and prev["platform"] != st["platform"]:
        base_t = C.epoch(when) * 1000 - rng.randint(3600000, 86400000)
    st["combo_t"] = base_t
    st["auth_token"] = C.alnum(rng, 8)
    st["form_date"] = C.epoch(when) * 1000 + rng.randint(0, 999)
    st["rate"] = C.keep_or(rng, prev.get("rate"), 0.35, lambda: (rng.randrange(len(HOTELS)), rng.choice([69, 79, 89, 99, 119, 139])))
    return st


LABELS = {"platform": "Liferay 7.3 -> 7.4 upgrade", "combo_t": "combo servlet / theme t= timestamp",
          "auth_token": "Liferay.authToken", "form_date": "booking portlet _formDate and default dates",
          "rate": "best-rate teaser"}

PORTLET = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk4Tq2mLbN7w"
BOOK = "com_maestral_booking_web_portlet_BookingSearchPortlet"


def price(when, eur):
    if when < dt.datetime(2023, 1, 1):
        return "%d kn" % (round(eur * 7.5345 / 10) * 10)
    return "%d €" % eur


def article(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            v = b[1]
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="table-responsive"><table class="table table-striped">'
                       '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))
        elif b[0] == "addr":
            out.append('<p class="maestral-address">%s</p>' % "<br />".join(C.inline_html(l) for l in b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def render(state, blocks, when):
    new = state["platform"] == "7.4"
    t = state["combo_t"]
    today = when.date()
    arr, dep = today + dt.timedelta(days=1), today + dt.timedelta(days=3)
    h, eur = state["rate"]
    if new:
        combo = ('<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=hr_HR&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>\n'
                 '<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/hr/zastita-privatnosti" hreflang="x-default" rel="alternate" />\n'
                 '<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/o/maestral-theme/images/favicon.ico" rel="icon" />\n'
                 '<link class="lfr-css-file" data-senna-track="temporary" href="https://www.maestral-hotels.hr/o/maestral-theme/css/clay.css?browserId=chrome&amp;themeId=maestraltheme_WAR_maestraltheme&amp;minifierType=css&amp;languageId=hr_HR&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n'
                 '<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=maestraltheme_WAR_maestraltheme&amp;minifierType=css&amp;languageId=hr_HR&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n'
                 '<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=maestraltheme_WAR_maestraltheme&amp;languageId=hr_HR&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk4Tq2mLbN7w:%%2Fo%%2Fjournal-content-web%%2Fcss%%2Fmain.css&amp;com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch:%%2Fo%%2Fportal-search-web%%2Fcss%%2Fmain.css&amp;t=%d" id="%s" rel="stylesheet" type="text/css" />'
                 % (t, t, t - 1211, t, C.det_sha("lr", t)[:8]))
        version = "Liferay DXP 7.4.13 U92"
    else:
        combo = ('<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=hr_HR&amp;b=7310&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js" type="text/javascript"></script>\n'
                 '<link href="https://www.maestral-hotels.hr/o/maestral-theme/images/favicon.ico" rel="icon" />\n'
                 '<link class="lfr-css-file" data-senna-track="temporary" href="https://www.maestral-hotels.hr/o/maestral-theme/css/clay.css?browserId=chrome&amp;themeId=maestraltheme_WAR_maestraltheme&amp;minifierType=css&amp;languageId=hr_HR&amp;b=7310&amp;t=%d" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n'
                 '<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=maestraltheme_WAR_maestraltheme&amp;minifierType=css&amp;languageId=hr_HR&amp;b=7310&amp;t=%d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />'
                 % (t, t, t - 5310))
        version = "Liferay DXP 7.3.10 SP3"
    nav_items = [("Hoteli", "/hr/hoteli"), ("Ljetovališta", "/hr/ljetovalista"), ("Kampovi", "/hr/kampovi"),
                 ("Ponude", "/hr/ponude"), ("Maestral Club", "/hr/maestral-club"), ("Kontakt", "/hr/kontakt")]
    nav = "\n".join('<li class="lfr-nav-item nav-item" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" '
                    'class="nav-link text-truncate" href="https://www.maestral-hotels.hr%s" role="menuitem"><span class="text-truncate">%s</span></a></li>'
                    % (12 + k, 12 + k, u, lbl) for k, (lbl, u) in enumerate(nav_items))
    b = BOOK
    booking = """<div class="portlet-boundary portlet-boundary_%(b)s_  portlet-static portlet-static-end portlet-barebone booking-search-portlet " id="p_p_id_%(b)s_">
<span id="p_%(b)s"></span>
<section class="portlet" id="portlet_%(b)s">
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
<form action="https://www.maestral-hotels.hr/hr/zastita-privatnosti?p_p_id=%(b)s&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_%(b)s_javax.portlet.action=%%2Fbooking%%2Fsearch&amp;p_auth=%(auth)s" class="form booking-search" data-fm-namespace="_%(b)s_" id="_%(b)s_fm" method="post" name="_%(b)s_fm">
<input class="field form-control" id="_%(b)s_formDate" name="_%(b)s_formDate" type="hidden" value="%(fd)d" />
<div class="form-group input-select-wrapper"><label class="control-label" for="_%(b)s_property">Objekt</label><select class="form-control" id="_%(b)s_property" name="_%(b)s_property"><option value="">Svi objekti</option>%(opts)s</select></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="_%(b)s_arrival">Dolazak</label><input class="field form-control" id="_%(b)s_arrival" name="_%(b)s_arrival" type="date" value="%(arr)s" /></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="_%(b)s_departure">Odlazak</label><input class="field form-control" id="_%(b)s_departure" name="_%(b)s_departure" type="date" value="%(dep)s" /></div>
<button class="btn btn-primary" type="submit"><span class="lfr-btn-label">Provjeri dostupnost</span></button>
</form>
<p class="booking-best-rate"><span class="label">Najbolja cijena online:</span> %(hotel)s <strong>od %(price)s</strong> / noć</p>
</div></div></div>
</section>
</div>""" % {"b": b, "auth": state["auth_token"], "fd": state["form_date"], "arr": arr.isoformat(),
             "dep": dep.isoformat(), "hotel": html.escape(HOTELS[h]), "price": price(when, eur),
             "opts": "".join('<option value="%d">%s</option>' % (k, html.escape(x)) for k, x in enumerate(HOTELS))}
    p = PORTLET
    journal = """<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(p)s_">
<span id="p_%(p)s"></span>
<section class="portlet" id="portlet_%(p)s">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Politika privatnosti</h2></div>
<div class="autofit-col autofit-col-end"><div class="autofit-section"><div class="visible-interaction"></div></div></div>
</div>
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="clearfix journal-content-article " data-analytics-asset-id="48213" data-analytics-asset-title="Politika privatnosti" data-analytics-asset-type="web-content"%(extra)s>
%(body)s
</div>
<div class="content-metadata-asset-addon-entries"></div>
</div>
</div>
</div>
</section>
</div>""" % {"p": p, "body": article(blocks),
             "extra": ' data-analytics-web-content-resource-pk="48219"' if new else ""}
    theme_display = ("getLayoutId: function() { return '27'; },\n\t\t\tgetLayoutRelativeControlPanelURL: function() { return '/group/guest/~/control_panel/manage'; },\n"
                     "\t\t\tgetLayoutRelativeURL: function() { return '/hr/zastita-privatnosti'; },\n"
                     "\t\t\tgetLayoutURL: function() { return 'https://www.maestral-hotels.hr/hr/zastita-privatnosti'; },\n"
                     "\t\t\tgetParentLayoutId: function() { return '0'; },\n\t\t\tisControlPanel: function() { return false; },\n"
                     "\t\t\tisPrivateLayout: function() { return 'false'; },\n\t\t\tisVirtualLayout: function() { return false; },\n"
                     "\t\t\tgetBCP47LanguageId: function() { return 'hr-HR'; },\n"
                     "\t\t\tgetCanonicalURL: function() { return 'https\\x3a\\x2f\\x2fwww\\x2emaestral-hotels\\x2ehr\\x2fhr\\x2fzastita-privatnosti'; },\n"
                     "\t\t\tgetCDNBaseURL: function() { return 'https://www.maestral-hotels.hr'; },\n"
                     "\t\t\tgetCompanyGroupId: function() { return '20127'; },\n\t\t\tgetCompanyId: function() { return '20101'; },\n"
                     "\t\t\tgetDefaultLanguageId: function() { return 'hr_HR'; },\n\t\t\tgetLanguageId: function() { return 'hr_HR'; },\n"
                     "\t\t\tgetPathThemeImages: function() { return 'https://www.maestral-hotels.hr/o/maestral-theme/images'; },\n"
                     "\t\t\tgetPlid: function() { return '1043'; },\n\t\t\tgetScopeGroupId: function() { return '20121'; },\n"
                     "\t\t\tgetSessionId: function() { return ''; },\n\t\t\tgetSiteGroupId: function() { return '20121'; },\n"
                     "\t\t\tisAddSessionIdToURL: function() { return false; },\n\t\t\tisSignedIn: function() { return false; }")
    if new:
        theme_display += (",\n\t\t\tgetUserEmailAddress: function() { return ''; },\n"
                          "\t\t\tisImpersonated: function() { return false; },\n\t\t\tisStagedPortlet: function() { return false; }")
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="hr-HR">

<head>
	<title>Politika privatnosti - Maestral Hoteli</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Politika privatnosti grupe Maestral Hoteli: koje podatke prikupljamo i kako ih štitimo." lang="hr-HR" name="description" />

%(combo)s
<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/hr/zastita-privatnosti" rel="canonical" />
<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/en/privacy-policy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/de/datenschutz" hreflang="de-DE" rel="alternate" />
<link data-senna-track="temporary" href="https://www.maestral-hotels.hr/hr/zastita-privatnosti" hreflang="hr-HR" rel="alternate" />

<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {};

		Liferay.Browser = {
			acceptsGzip: function() { return true; },
			getMajorVersion: function() { return 116.0; },
			getRevision: function() { return '537.36'; },
			getVersion: function() { return '116.0'; },
			isChrome: function() { return true; },
			isFirefox: function() { return false; },
			isGecko: function() { return true; },
			isIe: function() { return false; },
			isMobile: function() { return false; },
			isSafari: function() { return true; },
			isWebKit: function() { return true; }
		};

		Liferay.Data = Liferay.Data || {};
		Liferay.Data.ICONS_INLINE_SVG = true;
		Liferay.Data.NAV_SELECTOR = '#navigation';
		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
		Liferay.Data.isCustomizationView = function() { return false; };
		Liferay.Data.notices = [];

		Liferay.PortletKeys = {
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		};

		Liferay.PropsValues = {
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			NTLM_AUTH_ENABLED: false,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		};

		Liferay.ThemeDisplay = {
			%(td)s
		};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {
			getCombine: function() { return true; },
			getComboPath: function() { return '/combo/?browserId=chrome&minifierType=&languageId=hr_HR&t=%(t)d&'; },
			getDateFormat: function() { return '%%d.%%m.%%Y.'; },
			getEditorCKEditorPath: function() { return '/o/frontend-editor-ckeditor-web'; },
			getFilter: function() { return 'min'; },
			getFilterConfig: function() { return null; },
			getJavaScriptRootPath: function() { return '/o/frontend-js-web'; },
			getPortletRootPath: function() { return '/html/portlet'; },
			getStaticResourceURLParams: function() { return '?browserId=chrome&minifierType=&languageId=hr_HR&t=%(t)d'; }
		};

		Liferay.authToken = '%(auth)s';

		Liferay.currentURL = '\\x2fhr\\x2fzastita-privatnosti';
		Liferay.currentURLEncoded = '%%2Fhr%%2Fzastita-privatnosti';
	// ]]>
</script>

<script src="/o/js_loader_config?t=%(t)d" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=hr_HR&amp;t=%(t)d&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js&amp;/o/frontend-js-aui-web/liferay/aui_sandbox.js&amp;/o/frontend-js-web/loader/config.js&amp;/o/frontend-js-web/loader/loader.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.register('%(p)s');
		Liferay.Portlet.register('%(b)s');
	// ]]>
</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7M2QX9"></script>
<script src="https://consent.cookiebot.com/uc.js" id="Cookiebot" data-cbid="4d2c7e91-0a3b-4f56-8c19-7be2d3a0f518" data-blockingmode="auto" type="text/javascript"></script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.maestral-hotels.hr/o/maestral-theme/css/main.css?browserId=chrome&amp;themeId=maestraltheme_WAR_maestraltheme&amp;minifierType=css&amp;languageId=hr_HR&amp;t=%(t)d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<nav aria-label="Brze poveznice" class="bg-dark cadmin quick-access-nav text-center text-white" id="xvdr_quickAccessNav">
		<ul class="list-unstyled mb-0">
					<li><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Preskoči na glavni sadržaj</a></li>
		</ul>
</nav>

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill" id="wrapper">
		<header id="banner" role="banner">
			<div class="navbar navbar-classic navbar-top py-3">
				<div class="container-fluid container-fluid-max-xl user-personal-bar">
					<div class="align-items-center autofit-row">
						<a class="logo custom-logo align-items-center d-md-inline-flex d-sm-none d-none logo-md" href="https://www.maestral-hotels.hr/hr" title="Idi na Maestral Hoteli">
							<img alt="Maestral Hoteli" class="mr-2" height="56" src="/image/layout_set_logo?img_id=41207&amp;t=%(t)d" />
						</a>
						<div class="autofit-col autofit-col-expand">
							<div class="lang-switch"><a href="/c/portal/update_language?p_l_id=1043&amp;redirect=%%2Fhr%%2Fzastita-privatnosti&amp;languageId=en_US">EN</a> <a href="/c/portal/update_language?p_l_id=1043&amp;redirect=%%2Fhr%%2Fzastita-privatnosti&amp;languageId=de_DE">DE</a> <a href="/c/portal/update_language?p_l_id=1043&amp;redirect=%%2Fhr%%2Fzastita-privatnosti&amp;languageId=it_IT">IT</a></div>
						</div>
					</div>
				</div>
			</div>
			<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3">
				<div class="container-fluid container-fluid-max-xl">
					<nav class="sort-pages modify-pages" id="navigation" role="navigation">
						<ul aria-label="Stranice stranice" class="navbar-blank navbar-nav navbar-site" role="menubar">
%(nav)s
						</ul>
					</nav>
				</div>
			</div>
		</header>

		<section class="container-fluid container-fluid-max-xl flex-fill" id="content">
			<div class="columns-1" id="main-content" role="main">
				<div class="portlet-layout row">
					<div class="col-md-12 portlet-column portlet-column-only" id="column-1">
						<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
%(booking)s
%(journal)s
						</div>
					</div>
				</div>
			</div>
		</section>

		<footer id="footer" role="contentinfo">
			<div class="container-fluid container-fluid-max-xl">
				<p class="powered-by">Maestral Hoteli d.d. · Zagrebačka 17, 52440 Poreč · <a href="/hr/zastita-privatnosti">Politika privatnosti</a> · <a href="/hr/kolacici">Kolačići</a> · <a href="javascript:Cookiebot.renew()">Postavke kolačića</a></p>
				<p class="small">© %(year)d Maestral Hoteli d.d. Sva prava pridržana.</p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	AUI().use('liferay-menu', 'liferay-notice', 'aui-base', 'liferay-session', function(A) {(function() {var $ = AUI.$;var _ = AUI._;
	if (A.UA.mobile) { Liferay.Util.addInputCancel(); }
	})();(function() {var $ = AUI.$;var _ = AUI._;
	new Liferay.Menu();
	var liferayNotices = Liferay.Data.notices;
	for (var i = 0; i < liferayNotices.length; i++) { Liferay.Util.openToast(liferayNotices[i]); }
	})();});
// ]]>
</script>
<script src="https://www.maestral-hotels.hr/o/maestral-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=hr_HR&amp;t=%(t)d" type="text/javascript"></script>
<!-- %(version)s -->
</body>

</html>
""" % {"combo": combo, "td": theme_display, "t": t, "auth": state["auth_token"], "p": p, "b": b, "nav": nav,
       "booking": booking, "journal": journal, "year": when.year, "version": version}


PAGE = {
    "service": "Maestral Hoteli",
    "url": "https://www.maestral-hotels.hr/hr/zastita-privatnosti",
    "lang": "hr",
    "platform": "Liferay DXP 7.3 -> 7.4 (widget page, Journal Content portlet)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("X-Content-Type-Options", "nosniff"), ("Liferay-Portal", "Liferay Digital Experience Platform"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate")),
    "n": 29,
    "start": dt.date(2021, 5, 10),
    "end": dt.date(2024, 10, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": ".journal-content-article"},
}
