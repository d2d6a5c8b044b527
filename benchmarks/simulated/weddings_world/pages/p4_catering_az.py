"""Azerbaijani wedding caterer on 1C-Bitrix (bitrix:news.detail of a "legal documents" info-block in Bootstrap tabs).

The policy's tab sits beside a "Sifariş və ləğv şərtləri" (booking and cancellation terms) tab that the caterer
edits on its own (deposit share, free-cancellation period, paid tastings). Per visit: bitrix_sessid and
SERVER_TIME in BX.message; a "Baxış sayı" view counter inside the selected .news-detail (the declaration removes
it); Bitrix CSS/JS cache stamps (?1702...) change when the cache is rebuilt; a seasonal offer line in the header.
"""
import datetime as dt
import html

import common as C


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """# Məxfilik siyasəti

Son yenilənmə: {UPDATED}

Süfrə Catering toy, nişan, xınayaxdı və korporativ tədbirlər üçün menyu hazırlayır, yeməkləri tədbir məkanına çatdırır və xidmət heyəti təqdim edir. Bu siyasət saytımızdan, telefonla və ya WhatsApp vasitəsilə sifariş verdiyiniz zaman hansı fərdi məlumatları topladığımızı, onlardan necə istifadə etdiyimizi və hüquqlarınızı izah edir. Məlumatlarınızı Azərbaycan Respublikasının „Fərdi məlumatlar haqqında” 11 may 2010-cu il tarixli Qanununa uyğun emal edirik.

## 1. Məlumatların operatoru

@ „Süfrə Catering” MMC
@ Bakı şəhəri, Nəsimi rayonu, Zərifə Əliyeva küçəsi 61
@ VÖEN: 1402345678
@ E-poçt: privacy@sufracatering.az
@ Telefon: +994 12 555 44 33

## 2. Hansı məlumatları toplayırıq

- **əlaqə məlumatları**: ad, soyad, mobil telefon nömrəsi, e-poçt ünvanı;
- **tədbir haqqında məlumatlar**: tədbirin növü və tarixi, məkanın ünvanı, qonaqların təxmini sayı, seçdiyiniz menyu və büdcə;
- **qida məhdudiyyətləri**: qonaqlarınızın allergiyaları, vegetarian və ya digər pəhriz tələbləri;
- **ödəniş məlumatları**: beh məbləği, ödəniş üsulu və qəbz nömrəsi; kart məlumatlarını bank emal edir, biz onları görmürük;
- **yazışmalar**: sayt, e-poçt, WhatsApp və ya Instagram vasitəsilə bizə yazdığınız mesajlar;
- **texniki məlumatlar**: IP ünvanı, brauzer və cihaz növü, saytda baxdığınız səhifələr.

## 3. Məlumatlardan hansı məqsədlə istifadə edirik

| Məqsəd | Hüquqi əsas | Saxlama müddəti |
| Qiymət təklifinin hazırlanması və dequstasiyanın təşkili | müraciətiniz və müqavilədən əvvəlki danışıqlar | 1 il |
| Sifarişin icrası, çatdırılma və xidmət | müqavilə | tədbirdən sonra 3 il |
| Qida təhlükəsizliyi və allergiyaların nəzərə alınması | açıq razılığınız | tədbirdən sonra 30 gün |
| Hesab-fakturaların verilməsi və mühasibat uçotu | qanunvericilik tələbi | 5 il |
| Xüsusi təkliflər və bayram menyuları barədə xəbərlər | razılığınız | razılığı geri götürənə qədər |
| Saytın statistikası və təkmilləşdirilməsi | kukilərə razılığınız | 26 ay |

## 4. Allergiya və pəhriz məlumatları

Qonaqlarınızın allergiyaları haqqında məlumat sağlamlıqla bağlı həssas məlumat sayılır. Bu məlumatı yalnız siz bizə verdikdə və açıq razılığınız olduqda emal edirik və ondan ancaq menyunun hazırlanması və mətbəxdə çarpaz çirklənmənin qarşısının alınması üçün istifadə edirik. Mümkün olduqda qonaqların adlarını deyil, yalnız masa nömrəsini və allergiyanın növünü göstərməyinizi xahiş edirik.

## 5. Dequstasiya və tədbir günü

Dequstasiyaya yazılarkən adınızı, telefonunuzu və qonaq sayını qeyd edirik. Dequstasiyada seçdiyiniz yeməkləri, masaların düzülüşünü və bəzək arzularınızı menecerimiz sifariş vərəqəsinə yazır; bu vərəqə müqavilənin əlavəsi sayılır. Tədbir günü məkanın administratoru və ya sizin təyin etdiyiniz şəxslə əlaqə saxlamaq üçün onun adını və telefon nömrəsini də soruşa bilərik. Xidmət heyətimiz tədbirdə qonaqların şəkillərini çəkmir; süfrənin və yeməklərin şəkillərini isə sosial şəbəkələrimizdə yalnız icazənizlə paylaşırıq. Bu şəkilləri 2 il saxlayırıq.

## 6. Məlumatların ötürülməsi

Məlumatlarınızı satmırıq. Onları yalnız bizə xidmət göstərən və məxfiliyi qorumağa müqavilə ilə borclu olan tərəfdaşlara veririk:

| Tərəfdaş | Xidmət | Ölkə |
| AzInTelecom MMC | serverlərin yerləşdirilməsi | Azərbaycan |
| Kapital Bank ASC | onlayn ödənişlərin qəbulu | Azərbaycan |
| „1C-Bitrix” | sayt idarəetmə sistemi və yeniləmələr | Azərbaycan |
| JivoSite | saytda onlayn çat | Rusiya |
| Yandex MMC | Yandex.Metrika statistikası | Rusiya |
| Google Ireland Ltd. | Google Analytics statistikası | İrlandiya |

Qanunla nəzərdə tutulmuş hallarda məlumatlar dövlət orqanlarına, məsələn vergi orqanlarına və ya məhkəməyə təqdim edilə bilər.

## 7. Kukilər

Saytımız işləməsi üçün zəruri kukilərdən, həmçinin razılığınız olduqda statistika kukilərindən istifadə edir. Brauzerinizin parametrlərindən kukiləri silə və ya bloklaya bilərsiniz; bu halda onlayn sifariş forması düzgün işləməyə bilər.

- **zəruri kukilər**: PHPSESSID və Bitrix sisteminin sessiya kukiləri (dil seçimi və sifariş formasının qorunması);
- **statistika kukiləri**: Yandex.Metrika və Google Analytics kukiləri; bu kukilər 1 ildən 2 ilə qədər saxlanılır.

## 8. Hüquqlarınız

Siz aşağıdakı hüquqlara maliksiniz:

- haqqınızda hansı məlumatların emal edildiyini öyrənmək və onların surətini almaq;
- yanlış və ya natamam məlumatların düzəldilməsini tələb etmək;
- məlumatlarınızın silinməsini və ya bloklanmasını tələb etmək;
- reklam xarakterli mesajlardan istənilən vaxt imtina etmək;
- verdiyiniz razılığı geri götürmək;
- hüquqlarınızın pozulduğunu düşündükdə səlahiyyətli dövlət orqanına və ya məhkəməyə müraciət etmək.

Müraciətinizi privacy@sufracatering.az ünvanına göndərə bilərsiniz. Sorğulara 7 iş günü ərzində cavab veririk.

## 9. Məlumatların təhlükəsizliyi

Sifariş məlumatlarına yalnız tədbir menecerləri, baş aşpaz və mühasibat çıxış əldə edir. Saytla əlaqə şifrələnir, işçilərimiz məxfilik öhdəliyi imzalayır, kağız sifariş vərəqələri isə kilidli şkafda saxlanılır.

## 10. Uşaqlar

Xidmətlərimiz 18 yaşdan yuxarı şəxslər üçündür. Uşaq ad günləri üçün sifarişi valideyn və ya qanuni nümayəndə verməlidir. Əgər 18 yaşdan kiçik şəxsin məlumatlarını təsadüfən aldığımızı müəyyən etsək, onları dərhal silirik.

## 11. Siyasətdə dəyişikliklər

Bu siyasəti vaxtaşırı yeniləyirik. Yeni versiya bu səhifədə dərc olunduğu gündən qüvvəyə minir; yuxarıdakı tarix son dəyişikliyin tarixini göstərir. Əhəmiyyətli dəyişikliklər barədə aktiv sifarişi olan müştərilərimizə e-poçt və ya SMS vasitəsilə əvvəlcədən məlumat veririk.

## 12. Marketinq mesajları

Bayram menyuları, mövsümi təkliflər və yeni dequstasiya tarixləri haqqında SMS və ya e-poçt mesajlarını yalnız sifariş formasında müvafiq qutunu işarələdikdə göndəririk. Hər mesajın sonunda abunəlikdən çıxmaq üçün keçid və ya „STOP” sözü ilə cavab vermək imkanı var. İmtina etdikdən sonra nömrənizi və ya e-poçt ünvanınızı yalnız sizə təkrar mesaj göndərməmək üçün xüsusi siyahıda saxlayırıq.

## 13. Məlumatların xaricə ötürülməsi

Əsas məlumat bazamız Bakıdakı serverlərdə yerləşir. Statistika və çat xidmətlərindən istifadə zamanı bəzi texniki məlumatlar Rusiya Federasiyasında və Avropa İttifaqında yerləşən serverlərə ötürülə bilər. Belə hallarda tərəfdaşlarımızdan məlumatların qanunsuz istifadədən qorunmasını tələb edirik və ötürülən məlumatların həcmini minimuma endiririk. Allergiya və ödəniş məlumatları heç vaxt xaricə ötürülmür.

## 14. Bizimlə əlaqə

Bu siyasətlə bağlı hər hansı sualınız olarsa, bizə yazın və ya ofisimizə yaxınlaşın:

@ „Süfrə Catering” MMC, fərdi məlumatların qorunması üzrə məsul şəxs
@ Bakı şəhəri, Nəsimi rayonu, Zərifə Əliyeva küçəsi 61, 2-ci mərtəbə
@ E-poçt: privacy@sufracatering.az
@ İş vaxtı: bazar ertəsi – cümə, 10:00–18:00
"""

EDITS = [
    {"note": "typo fixed: 'büdcə' was written 'bücdə' (no new date)",
     "repl": [("seçdiyiniz menyu və bücdə;", "seçdiyiniz menyu və büdcə;")], "bump": False},
    {"note": "sentence added: who sees allergy data",
     "repl": [("masa nömrəsini və allergiyanın növünü göstərməyinizi xahiş edirik.",
               "masa nömrəsini və allergiyanın növünü göstərməyinizi xahiş edirik. Allergiya məlumatlarını yalnız baş aşpaz "
               "və tədbir meneceri görür.")]},
    {"note": "partner added to the table: WhatsApp Business (Meta)",
     "repl": [("| Google Ireland Ltd. | Google Analytics statistikası | İrlandiya |",
               "| Google Ireland Ltd. | Google Analytics statistikası | İrlandiya |\n"
               "| Meta Platforms Ireland Ltd. | WhatsApp Business vasitəsilə yazışma | İrlandiya |")]},
    {"note": "retention of event photos changed from 2 years to 1 year",
     "repl": [("Bu şəkilləri 2 il saxlayırıq.", "Bu şəkilləri 1 il saxlayırıq.")]},
    {"note": "phone number changed and a WhatsApp line added to the contact block",
     "repl": [("@ Telefon: +994 12 555 44 33", "@ Telefon: +994 12 310 20 20\n@ WhatsApp: +994 50 210 20 20")]},
]
POLICY = POLICY.replace("seçdiyiniz menyu və büdcə;", "seçdiyiniz menyu və bücdə;")

TERMS = {
    1: ("30", "60", None),
    2: ("40", "45", None),
    3: ("40", "45", "Dequstasiya 2 nəfər üçün ödənişlidir (60 AZN); müqavilə imzalandıqda bu məbləğ ümumi "
                    "hesabdan çıxılır."),
}


def terms_version(d):
    if d < dt.date(2023, 6, 1):
        return 1
    if d < dt.date(2024, 9, 1):
        return 2
    return 3


def terms_html(v):
    dep, days, extra = TERMS[v]
    paras = [
        "Tarixi bron etmək üçün müqavilə imzalanır və menyu dəyərinin %s%%-i məbləğində beh ödənilir." % dep,
        "Qonaqların dəqiq sayı tədbirdən ən gec 7 gün əvvəl təsdiqlənməlidir. Bundan sonra say yalnız artırıla "
        "bilər.",
        "Tədbirdən %s gün əvvələ qədər ləğv edildikdə beh tam qaytarılır. Daha gec ləğv edildikdə beh "
        "qaytarılmır, lakin tarix dəyişdirildikdə 12 ay ərzində yeni tədbirə köçürülə bilər." % days,
        "Qalan məbləğ tədbirdən 3 gün əvvəl ödənilir. Əlavə saatlar üçün xidmət heyətinin haqqı ayrıca hesablanır.",
    ]
    if extra:
        paras.append(extra)
    return ("\t\t<h1>Sifariş və ləğv şərtləri</h1>\n" +
            "\n".join("\t\t<p>%s</p>" % html.escape(p) for p in paras))


OFFERS = [((1, 2), "Nişan menyusu: 50 nəfərdən çox sifarişə desert masası hədiyyə"),
          ((3, 4), "Novruz bayramı: səməni və şəkərbura dəsti ilə bayram menyusu"),
          ((5, 6, 7, 8), "Toy mövsümü: iyun–avqust tarixləri üçün qiymətlər sabitlənib"),
          ((9, 10), "Payız toyları üçün 10% endirim – 30 sentyabra qədər bron edin"),
          ((11, 12), "Yeni il korporativləri: menyunu indi seçin")]


def offer(d):
    for months, text in OFFERS:
        if d.month in months:
            return text


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when.date() - dt.date(2022, 1, 25)).days
    return {
        "sessid": C.hexs(rng, 32),
        "server_time": C.epoch(when) + rng.randint(0, 1),
        "cache": C.keep_or(rng, prev.get("cache"), 0.18,
                           lambda: (C.hexs(rng, 32), 1650000000 + rng.randint(0, 10 ** 8), rng.randint(100000, 999999))),
        "views": 840 + days * 3 + rng.randint(0, 2),
        "terms": terms_version(when.date()),
        "offer": offer(when.date()),
    }


LABELS = {"sessid": "bitrix_sessid", "server_time": "BX SERVER_TIME",
          "cache": "Bitrix CSS/JS cache stamps", "views": "'Baxış sayı' counter inside .news-detail (removed)",
          "terms": "booking/cancellation terms tab edited", "offer": "seasonal offer line in the header"}


def render(state, blocks, when):
    tpl, stamp, size = state["cache"]
    date_block = blocks[1][1]
    text = "\n".join("\t\t" + C.block_html(b, {"table": "table table-striped"}) for b in blocks[2:])
    return """<!DOCTYPE html>
<html xml:lang="az" lang="az">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
	<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="toy menyusu, catering Bakı, nişan, ziyafət" />
<meta name="description" content="Süfrə Catering – məxfilik siyasəti və sifariş şərtləri" />
<link href="/bitrix/js/ui/bootstrap4/css/bootstrap.min.css?1678271020187500" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/sufra/page_c3a8d1f0e2b4a6c8d0e2f4a6b8c0d2e4/page_c3a8d1f0e2b4a6c8d0e2f4a6b8c0d2e4_v1.css?%(stamp)d1842" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/sufra/template_%(tpl)s/template_%(tpl)s_v1.css?%(stamp)d%(size)d" type="text/css"  data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script type="text/javascript">(window.BX||top.BX).message({'JS_CORE_LOADING':'Yüklənir...','JS_CORE_NO_DATA':'- Məlumat yoxdur -','JS_CORE_WINDOW_CLOSE':'Bağla','JS_CORE_WINDOW_EXPAND':'Genişləndir','JS_CORE_WINDOW_NARROW':'Kiçilt','JS_CORE_WINDOW_SAVE':'Yadda saxla','JS_CORE_WINDOW_CANCEL':'Ləğv et','JS_CORE_WINDOW_CONTINUE':'Davam et','JS_CORE_H':'s','JS_CORE_M':'d','JS_CORE_S':'san','JSADM_AI_HIDE_EXTRA':'Gizlət','JSADM_AI_ALL_NOTIF':'Hamısını göstər','JSADM_AUTH_REQ':'Avtorizasiya tələb olunur!','JS_CORE_WINDOW_AUTH':'Daxil ol','JS_CORE_IMAGE_FULL':'Tam ölçü'});</script>
<script type="text/javascript">(window.BX||top.BX).message({'LANGUAGE_ID':'az','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'14400','UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/az/','USER_ID':'','SERVER_TIME':'%(server_time)d','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'%(sessid)s'});</script>
<script type="text/javascript"  src="/bitrix/cache/js/s1/sufra/kernel_main/kernel_main_v1.js?%(stamp)d152480"></script>
<script type="text/javascript" src="/bitrix/js/ui/bootstrap4/js/bootstrap.min.js?167827102060010"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core.js','/bitrix/js/main/core/core_promise.js','/bitrix/js/main/polyfill/core/dist/polyfill.bundle.js','/bitrix/js/main/loadext/loadext.js','/bitrix/js/main/loadext/extension.js','/local/templates/sufra/js/main.js']);</script>
<script type="text/javascript">BX.setCSSList(['/local/templates/sufra/components/bitrix/news.detail/legal/style.css','/local/templates/sufra/styles.css','/local/templates/sufra/template_styles.css']);</script>
<script type="text/javascript"  src="/bitrix/cache/js/s1/sufra/template_%(tpl)s/template_%(tpl)s_v1.js?%(stamp)d%(size)d"></script>
<!-- Yandex.Metrika counter -->
<script type="text/javascript" >
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();
   for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }}
   k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym(89123456, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true});
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/89123456" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
	<title>Məxfilik siyasəti – Süfrə Catering</title>
</head>
<body class="bx-background-image bx-theme-default">
<div id="panel"></div>
<div class="bx-wrapper" id="bx_sufra_wrap">
	<div class="top-offer"><div class="container"><span class="top-offer__text">%(offer)s</span> <a href="/az/teklifler/" class="top-offer__link">Ətraflı</a></div></div>
	<header class="bx-header">
		<div class="container">
			<div class="row align-items-center">
				<div class="col-6 col-md-3 bx-logo"><a class="bx-logo-block" href="/az/"><img src="/local/templates/sufra/images/logo.svg" alt="Süfrə Catering" width="170" height="48"></a></div>
				<div class="col-md-6 d-none d-md-block">
<nav class="bx-top-nav" id="catalog_menu_LkGdQn">
	<ul class="bx-nav-list-1-lvl">
		<li class="bx-nav-1-lvl"><a href="/az/toy-menyusu/"><span>Toy menyusu</span></a></li>
		<li class="bx-nav-1-lvl"><a href="/az/nisan-xinayaxdi/"><span>Nişan və xınayaxdı</span></a></li>
		<li class="bx-nav-1-lvl"><a href="/az/korporativ/"><span>Korporativ</span></a></li>
		<li class="bx-nav-1-lvl"><a href="/az/dequstasiya/"><span>Dequstasiya</span></a></li>
		<li class="bx-nav-1-lvl"><a href="/az/qalereya/"><span>Qalereya</span></a></li>
		<li class="bx-nav-1-lvl"><a href="/az/elaqe/"><span>Əlaqə</span></a></li>
	</ul>
</nav>
				</div>
				<div class="col-6 col-md-3 text-right bx-header-phone"><a href="tel:+994125554433">+994 12 555 44 33</a><br><a href="/az/sifaris/" class="btn btn-primary btn-sm">Qiymət təklifi al</a></div>
			</div>
		</div>
	</header>
	<div class="workarea">
		<div class="container bx-content-section">
			<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				<a href="/az/" title="Ana səhifə" itemprop="item"><span itemprop="name">Ana səhifə</span></a>
				<meta itemprop="position" content="1" />
			</div><i class="bx-breadcrumb-item-angle fa fa-angle-right"></i>
			<div class="bx-breadcrumb-item">
				<span>Hüquqi məlumat</span>
			</div><div style="clear:both"></div></div>
<ul class="nav nav-tabs legal-tabs" id="legalTabs" role="tablist">
	<li class="nav-item"><a class="nav-link active" id="privacy-tab" data-toggle="tab" href="#privacy" role="tab" aria-controls="privacy" aria-selected="true">Məxfilik siyasəti</a></li>
	<li class="nav-item"><a class="nav-link" id="booking-tab" data-toggle="tab" href="#booking" role="tab" aria-controls="booking" aria-selected="false">Sifariş və ləğv şərtləri</a></li>
</ul>
<div class="tab-content" id="legalTabsContent">
	<div class="tab-pane fade show active" id="privacy" role="tabpanel" aria-labelledby="privacy-tab">
<div class="news-detail" id="bx_1878455859_37">
		%(h1)s
		<div class="news-date-time">%(date)s</div>
%(text)s
	<div class="news-detail__footer">
		<span class="news-detail__views"><i class="fa fa-eye"></i> Baxış sayı: %(views)d</span>
		<div class="ya-share2" data-curtain data-shape="round" data-services="facebook,whatsapp,telegram"></div>
	</div>
</div>
	</div>
	<div class="tab-pane fade" id="booking" role="tabpanel" aria-labelledby="booking-tab">
<div class="news-detail" id="bx_1878455859_38">
%(terms)s
	<div class="news-detail__footer">
		<span class="news-detail__views"><i class="fa fa-eye"></i> Baxış sayı: %(views2)d</span>
		<div class="ya-share2" data-curtain data-shape="round" data-services="facebook,whatsapp,telegram"></div>
	</div>
</div>
	</div>
</div>
		</div>
	</div>
	<footer class="bx-footer">
		<div class="bx-footer-section container">
			<div class="row">
				<div class="col-md-4"><h4>Süfrə Catering</h4><p>Bakı, Zərifə Əliyeva küçəsi 61<br>Hər gün 09:00–21:00</p></div>
				<div class="col-md-4"><ul class="bx-footer-links"><li><a href="/az/haqqimizda/">Haqqımızda</a></li><li><a href="/az/legal/">Məxfilik siyasəti</a></li><li><a href="/az/legal/#booking">Sifariş şərtləri</a></li></ul></div>
				<div class="col-md-4 text-right"><a href="https://www.instagram.com/sufracatering.az/" class="bx-soc">Instagram</a> <a href="https://wa.me/994505554433" class="bx-soc">WhatsApp</a></div>
			</div>
			<div class="bx-footer-bottom">&copy; 2016–%(year)d Süfrə Catering. Bütün hüquqlar qorunur.</div>
		</div>
	</footer>
</div>
<script src="https://yastatic.net/share2/share.js" async></script>
<script src="//code.jivo.ru/widget/Xy3kP9aQ2m" async></script>
</body>
</html>
""" % {"tpl": tpl, "stamp": stamp, "size": size, "server_time": state["server_time"], "sessid": state["sessid"],
       "offer": html.escape(state["offer"]), "h1": C.block_html(blocks[0]), "date": html.escape(date_block),
       "text": text, "views": state["views"], "views2": state["views"] // 3 + 17, "terms": terms_html(state["terms"]),
       "year": when.year}


PAGE = {
    "service": "Sufra Catering",
    "url": "https://sufracatering.az/az/legal/",
    "lang": "az",
    "platform": "1C-Bitrix (news.detail in Bootstrap 4 tabs)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (4f2c1b0a9e8d7c6b5a4f3e2d1c0b9a8f)"),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://sufracatering.az/az/legal/",
                    "select": "#privacy .news-detail",
                    "remove": ".news-detail__views"},
}
