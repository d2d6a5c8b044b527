"""康寧藥房 Hong Ning Pharmacy - Hong Kong drugstore chain (Traditional Chinese) - SAP Commerce Cloud (Hybris)
responsive accelerator content page (CMSParagraphComponent in a content slot); volatile things in other slots."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.hongning.com.hk/zh-hk/privacy-policy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 私隱政策聲明

最後更新日期：{UPDATED}

康寧藥房有限公司（「康寧」或「我們」）致力根據《個人資料（私隱）條例》（第486章）保障閣下的個人資料。本聲明適用於康寧門市、網上商店、手機應用程式及「康寧會」會員計劃。

## 收集個人資料的目的

我們可能為以下目的使用閣下的個人資料：

- 處理網上訂單、送貨及門市自取；
- 由註冊藥劑師核對處方及提供用藥諮詢；
- 管理「康寧會」會員積分及獎賞；
- 在取得閣下同意後，發送推廣資訊及優惠；
- 遵守法律及監管要求，包括《藥劑業及毒藥條例》下的紀錄要求。

## 收集的資料類別

- 姓名、電話號碼、電郵地址及送貨地址；
- 會員號碼、購物紀錄及積分；
- 處方資料及藥劑師諮詢紀錄；
- 網站及應用程式的瀏覽資料（透過Cookies收集）。

## 資料的轉移

我們可能將閣下的個人資料轉移予以下類別的承辦商，而他們須對資料保密：

| 承辦商 | 服務 |
| 順豐速運（香港）有限公司 | 送貨服務 |
| 亞洲萬里通有限公司 | 會員積分兌換 |
| Adyen N.V. | 網上付款 |
| Salesforce.com Singapore Pte. Ltd. | 客戶關係管理 |

我們不會將閣下的個人資料出售予任何第三者。

## 資料保留

處方及危險藥物紀錄按法例要求保存不少於2年。會員資料於會籍終止後保留7年。

## 查閱及改正資料

閣下有權查閱及改正我們持有的閣下個人資料。如有查詢，請聯絡：

@ 資料保障主任
@ 康寧藥房有限公司
@ 香港九龍觀塘鴻圖道52號百本中心12樓
@ 電郵：[privacy@hongning.com.hk](mailto:privacy@hongning.com.hk)
@ 電話：(852) 2345 6789

我們可能就處理查閱資料要求收取合理費用。

## 拒絕直接促銷

閣下可隨時透過會員帳戶設定或電郵通知我們，拒絕接收直接促銷資訊，費用全免。
"""

EDITS = [
    {"note": "transfer table: Asia Miles row removed",
     "repl": [("| 亞洲萬里通有限公司 | 會員積分兌換 |\n", "")]},
    {"note": "new purpose list item: online video consultation with pharmacist",
     "repl": [("- 由註冊藥劑師核對處方及提供用藥諮詢；", "- 由註冊藥劑師核對處方及提供用藥諮詢；\n- 安排視像藥劑師諮詢服務；")]},
    {"note": "address moved (鴻圖道52號百本中心12樓 -> 觀塘道388號創紀之城1期18樓)",
     "repl": [("@ 香港九龍觀塘鴻圖道52號百本中心12樓", "@ 香港九龍觀塘道388號創紀之城1期18樓")]},
    {"note": "retention: member data 7 -> 3 years; processor row: Adyen replaced by Stripe Payments",
     "repl": [("會員資料於會籍終止後保留7年。", "會員資料於會籍終止後保留3年。"),
              ("| Adyen N.V. | 網上付款 |", "| Stripe Payments Singapore Pte. Ltd. | 網上付款 |")]},
    {"note": "sentence on access fee removed, no new date", "bump": False,
     "repl": [("\n\n我們可能就處理查閱資料要求收取合理費用。", "")]},
]
DEPLOYS = K.deploys("p7hk", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (20, 60))
PROMOS = [((1, 10), (2, 20), "新春優惠：全場正價貨品8折"), ((6, 10), (6, 30), "年中大減價"),
          ((11, 1), (11, 12), "雙11網購節：滿$500減$80"), ((12, 1), (12, 26), "聖誕禮品套裝低至6折")]
PRODUCTS = [("善存 成人綜合維他命 100粒", 179), ("必理痛 特強 20粒", 42.9), ("Swisse 高濃度魚油 200粒", 268),
            ("保濕霜 Cetaphil 550g", 159), ("Blackmores 維他命C 500mg", 119), ("口罩 3層 50個", 39.9),
            ("Durex 安全套 12片", 89), ("舒緩喉糖 Strepsils 24粒", 38)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.uuid4(rng), "jsession": C.hexs(rng, 32).upper()}
    s["ui"] = K.deploy(when, DEPLOYS)
    s["promo"] = K.season(when, PROMOS)
    s["carousel"] = C.keep_or(rng, prev.get("carousel"), 0.6, lambda: tuple(rng.sample(range(len(PRODUCTS)), 5)))
    s["sale"] = tuple(rng.choice([1, 1, 0.9, 0.8]) for _ in range(5))
    return s


LABELS = {"csrf": "Hybris CSRFToken (ACC.config and form inputs)", "jsession": "jsessionid in login link",
          "ui": "_ui asset version per deploy", "promo": "seasonal header promo slot",
          "carousel": "'熱賣產品' product carousel slot (outside the paragraph slot)", "sale": "carousel sale prices"}


def render(s, blocks, when):
    tok = s["csrf"]
    u = s["ui"][:10]
    para = C.render_blocks(blocks)
    items = "".join('<div class="carousel__item"><a href="/zh-hk/p/%d"><div class="carousel__item--thumb"><img src="/'
                    'medias/%d.jpg" alt=""></div><div class="carousel__item--name">%s</div><div class="carousel__item'
                    '--price">HK$%.1f</div></a></div>' % (100000 + k, k, C.esc(PRODUCTS[k][0]), PRODUCTS[k][1] * f)
                    for k, f in zip(s["carousel"], s["sale"]))
    promo = ('<div class="yCmsComponent"><div class="banner__component simple-banner"><a href="/zh-hk/promotions">'
             '%s</a>'
             '</div></div>' % C.esc(s["promo"])) if s["promo"] else ""
    return (
        '<!DOCTYPE html>\n<html lang="zh-HK">\n<head>\n<title>私隱政策聲明 | 康寧藥房</title>\n<meta http-equiv="Content-'
        'Type" content="text/html; charset=utf-8"/>\n<link rel="stylesheet" type="text/css" media="all" href="/_ui/'
        'responsive/theme-hongning/css/style.css?v=%s"/>\n<script type="text/javascript">\n/*<![CDATA[*/\nvar ACC = { '
        'config: {} };\nACC.config.contextPath = "";\nACC.config.encodedContextPath = "/zh-hk";\nACC.config.commonRes'
        'ourcePath = "/_ui/responsive/common";\nACC.config.themeResourcePath = "/_ui/responsive/theme-hongning";\n'
        'ACC.config.siteResourcePath = "/_ui/responsive/site-hongning";\nACC.config.language = "zh_HK";\nACC.config.'
        'CSRFToken = "%s";\nACC.autocompleteUrl = "/zh-hk/search/autocompleteSecure";\n/*]]>*/\n</script>\n</head>\n'
        '<body class="page-privacyPolicy pageType-ContentPage te'
        'mplate-pages-layout-contentLayout1Page pageLabel-privacy'
        '-policy language-zh_HK">\n<main data-currency-iso-code="HKD">\n<header class="js-mainHeader"><nav class="'
        'navigation navigation--top"><div class="nav__links"><a href="/zh-hk/login;jsessionid=%s">登入 / 註冊</a> | '
        '<a href="/en/privacy-policy">English</a></div></nav><div class="yCmsContentSlot">%s</div><nav class="'
        'navigation navigation--middle"><div class="nav__left js-'
        'site-logo"><div class="yCmsComponent yComponentWrapper">'
        '<div class="banner__component simple-banner"><a href="/zh-hk/"><img title="康寧藥房" alt="康寧藥房" src="/medias/'
        'logo-hongning.svg"></a></div></div></div><div class="site-search"><form name="search_form_SearchBox" method='
        '"get" action="/zh-hk/search/"><input type="text" class="js-site-search-input" name="text" placeholder="搜尋產品"'
        '></form></div></nav></header>\n<a id="skip-to-content"></a>\n<div class="main__inner-wrapper">\n<div class='
        '"container"><ol class="breadcrumb"><li><a href="/zh-hk/">主頁</a></li><li class="active">私隱政策聲明</li></ol>'
        '</div>\n<div class="yCmsContentSlot container account-section-content"><div class="content"><div class="yCms'
        'Component"><div class="content"><div class="cms-paragraph privacy-content">%s</div></div></div></div></div>\n'
        '<div class="yCmsContentSlot container"><div class="yCms'
        'Component"><div class="carousel__component"><div class="'
        'carousel__component--headline">熱賣產品</div><div class="carousel__component--carousel js-owl-carousel '
        'js-owl-default">%s</div></div></div></div>\n</div>\n<footer><div class="footer__top"><div class="container">'
        '<form id="newsletterForm" action="/zh-hk/newsletter" method="post"><input type="email" name="email"><button>'
        '訂閱</button><div><input type="hidden" name="CSRFToken" value="%s" /></div></form></div></div><div class="'
        'footer__bottom"><div class="footer__copyright">© %d 康寧藥房有限公司 版權所有</div></div></footer>\n</main>\n'
        '<script type="text/javascript" src="/_ui/responsive/com'
        'mon/js/acc.global.js?v=%s"></script>\n</body>\n</html>\n'
        % (u, tok, s["jsession"], promo, para, items, tok, when.year, u))


PAGE = {
    "service": "康寧藥房", "url": URL, "lang": "zh-HK", "platform": "SAP Commerce Cloud (Hybris accelerator)",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 1, 31), "hours": (0, 4, 8, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".cms-paragraph.privacy-content"]},
}
