"""TLAC 財團法人臺灣語文評量中心 (language-testing centre, Taipei) - zh-TW - Umbraco Heartcore (headless) with a React +
MUI front end (Vite build), captured rendered. Heartcore rich text in an .rte div, a Block List accordion: the
policy's cookie section in one MUI Accordion and the test-takers' personal-data notice (個資蒐集告知聲明, its own
document) in the next; ROC-calendar dates; an MUI Alert with live registration counts inside the article; the
Heartcore _updateDate "本頁最後更新" caption inside the article; typhoon closure alerts (颱風停班停課) above; an exam
calendar aside; emotion css-* class hashes and Vite asset hashes per deploy; the hydrated Heartcore JSON in
window.__PRELOADED_STATE__; a 2024 header redesign."""
import datetime as dt
import hashlib
import html
import json
import common as C

URL = "https://www.tlac.org.tw/zh-tw/privacy"


def roc(d):
    return "%d年%d月%d日" % (d.year - 1911, d.month, d.day)


def fmt_date(d):
    return "中華民國" + roc(d)


POLICY = """
# 隱私權政策

本政策最近更新日期：{UPDATED}

財團法人臺灣語文評量中心（以下簡稱本中心）為保障考生及網站使用者之個人資料，依據「個人資料保護法」訂定本隱私權政策，說明本中心蒐集、處理及利用個人資料之方式。

## 一、蒐集之目的與類別

本中心為辦理測驗報名、試務作業、成績通知與證書核發之目的，蒐集考生之姓名、出生年月日、身分證統一編號或護照號碼、聯絡方式、照片及測驗成績等個人資料。

## 二、個人資料之利用期間、地區、對象及方式

- 期間：應試資料於測驗結束後保存5年，成績資料永久保存以供成績查詢及證書補發；
- 地區：中華民國境內；
- 對象：本中心及受本中心委託之試務承辦單位；
- 方式：以電子或書面方式，於蒐集目的之必要範圍內利用。

## 三、委外處理

本中心委託下列廠商協助處理個人資料，並依法監督其執行：

- 中華電信股份有限公司：雲端主機及資料備份；
- 綠界科技股份有限公司：報名費線上繳費。

## 四、當事人權利

考生得向本中心請求查詢、閱覽、製給複製本、補充或更正、停止蒐集處理利用或刪除其個人資料。請以電子郵件寄至 [privacy@tlac.org.tw](mailto:privacy@tlac.org.tw) 或於上班時間電洽 (02) 2365-0000。

## 五、Cookie 及類似技術

本網站使用必要性 Cookie 維持報名系統登入狀態，並在您同意後使用 Google Analytics 分析網站流量，分析資料以去識別化方式處理。

您可以透過瀏覽器設定拒絕 Cookie，但可能導致報名系統部分功能無法使用。
"""

EDITS = [
    {"note": "processor added (Chunghwa Post for certificate mailing)",
     "repl": [("- 綠界科技股份有限公司：報名費線上繳費。", "- 綠界科技股份有限公司：報名費線上繳費；\n- 中華郵政股份有限公司：成績單及證書郵寄。")]},
    {"note": "retention of exam-sitting data shortened from 5 to 3 years",
     "repl": [("應試資料於測驗結束後保存5年", "應試資料於測驗結束後保存3年")]},
    {"note": "edit inside the collapsed cookie accordion: GA data retention stated (silent, date kept)", "bump": False,
     "repl": [("分析資料以去識別化方式處理。", "分析資料以去識別化方式處理，並於14個月後自動刪除。")]},
    {"note": "new section on exam-room video recording",
     "repl": [("## 三、委外處理", "## 三、試場錄影\n\n為維護測驗公平，試場全程錄影，錄影資料保存至成績公布後6個月，僅於處理申訴或違規案件時調閱。\n\n## 四、委外處理"),
              ("## 四、當事人權利", "## 五、當事人權利"),
              ("## 五、Cookie 及類似技術", "## 六、Cookie 及類似技術")]},
    {"note": "contact changed (new mailbox and phone) and complaint route to the PDPC preparatory office added",
     "repl": [("請以電子郵件寄至 [privacy@tlac.org.tw](mailto:privacy@tlac.org.tw) 或於上班時間電洽 (02) 2365-0000。",
               "請以電子郵件寄至 [dpo@tlac.org.tw](mailto:dpo@tlac.org.tw) 或於上班時間電洽 (02) 2365-0088。如對本中心之處理有疑義，亦得向[個人資料保護委員會籌備處](https://www.pdpc.gov.tw)反映。")]},
]

REDESIGN = dt.datetime(2024, 10, 1)
NOTICE = ["依個人資料保護法第8條規定，本中心於您報名時告知：蒐集目的為測驗報名及試務管理；個人資料類別包括姓名、身分證統一編號、聯絡方式及照片；您得拒絕提供，惟將無法完成報名。",
          "依個人資料保護法第8條規定，本中心於您報名時告知：蒐集目的為測驗報名、試務管理及身心障礙考生應考服務；個人資料類別包括姓名、身分證統一編號、聯絡方式、照片及應考服務所需之證明文件；您得拒絕提供，惟將無法完成報名。"]


def sessions(when):
    """The testing calendar around `when`: (ROC year, [(session, registration window, exam date)])."""
    y = when.year
    out = []
    for n, (rm, em) in enumerate([(2, 4), (6, 8), (9, 11)]):
        r0, r1 = dt.date(y, rm, 1), dt.date(y, rm, 20)
        ex = dt.date(y, em, 10)
        while ex.weekday() != 6:
            ex += dt.timedelta(days=1)
        out.append(("第%d梯次" % (n + 1), r0, r1, ex))
    return y - 1911, out


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["design"] = "v2" if when >= REDESIGN else "v1"
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.45, lambda: (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                   C.hexs(rng, 8), C.hexs(rng, 8)))
    if when.month in (7, 8, 9, 10) and rng.random() < 0.35:
        s["typhoon"] = rng.choice(["臺北市", "新北市", "高雄市", "花蓮縣"])
    else:
        s["typhoon"] = None
    s["calendar"] = sessions(when)[0]
    _, ss = sessions(when)
    open_now = [x for x in ss if x[1] <= when.date() <= x[2]]
    s["registration"] = (open_now[0][0], 3000 + rng.randint(0, 9000)) if open_now else None
    s["updated_at"] = C.keep_or(rng, prev.get("updated_at"), 0.35,
                                lambda: when - dt.timedelta(days=rng.randint(0, 15), minutes=rng.randint(0, 1000)))
    s["notice"] = 1 if when >= dt.datetime(2023, 3, 15) else 0
    s["ga"] = C.uuid4(rng)
    return s


LABELS = {
    "design": "header/navigation redesign (emotion hashes, breadcrumb)",
    "deploy": "Vite asset and emotion class hashes (deploy)",
    "typhoon": "typhoon closure alert (颱風停班停課) above the page",
    "calendar": "exam calendar aside rolls over to the new ROC year",
    "registration": "registration-status alert with live count inside the article",
    "updated_at": "Heartcore _updateDate '本頁最後更新' caption inside the article",
    "notice": "test-takers' personal-data notice (next accordion, another document) changed",
    "ga": "per-visit analytics client id in preloaded state",
}


def ecls(deploy, name):
    return "css-" + hashlib.sha1((deploy + name).encode()).hexdigest()[:6]


def rte(blocks):
    return "".join(C.block_html(b) for b in blocks)


def render(s, blocks, when):
    dep = s["deploy"][0]
    e = lambda n: ecls(dep, n)  # noqa: E731
    head, secs = C.split_sections(blocks)
    title = blocks[0][1]
    main_secs = [x for x in secs if not x[0].startswith(("五、Cookie", "六、Cookie"))]
    ck = [x for x in secs if x[0].startswith(("五、Cookie", "六、Cookie"))][0]
    body = rte(head[1:]) + "".join("<h2>%s</h2>%s" % (html.escape(h), rte(bl)) for h, bl in main_secs)

    def acc(pid, t, inner, expanded=False):
        return ('<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAccordion-root MuiAccordion-rounded MuiAccordion-gutters %s">'
                '<h3 class="MuiAccordion-heading %s"><div class="MuiButtonBase-root MuiAccordionSummary-root MuiAccordionSummary-gutters %s" tabindex="0" role="button" '
                'aria-expanded="%s" aria-controls="%s-content" id="%s-header"><div class="MuiAccordionSummary-content MuiAccordionSummary-contentGutters %s">'
                '<p class="MuiTypography-root MuiTypography-body1 %s">%s</p></div><div class="MuiAccordionSummary-expandIconWrapper %s">'
                '<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium %s" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ExpandMoreIcon">'
                '<path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z"></path></svg></div></div></h3>'
                '<div class="MuiCollapse-root MuiCollapse-vertical MuiCollapse-hidden %s" style="min-height:0px"><div class="MuiCollapse-wrapper MuiCollapse-vertical %s">'
                '<div class="MuiCollapse-wrapperInner MuiCollapse-vertical %s"><div aria-labelledby="%s-header" id="%s-content" role="region" class="MuiAccordion-region">'
                '<div class="MuiAccordionDetails-root %s"><div class="rte">%s</div></div></div></div></div></div></div>'
                % (e("acc"), e("acch"), e("accs"), "true" if expanded else "false", pid, pid, e("accc"), e("t1"), html.escape(t), e("icw"),
                   e("svg"), e("col"), e("colw"), e("colwi"), pid, pid, e("accd"), inner))

    accs = (acc("panel-cookies", ck[0], rte(ck[1])) +
            acc("panel-examinee", "考生個人資料蒐集告知聲明", "<p>%s</p>" % html.escape(NOTICE[s["notice"]])))
    upd = s["updated_at"]
    caption = ('<span class="MuiTypography-root MuiTypography-caption %s">本頁最後更新：%d/%02d/%02d %02d:%02d</span>'
               % (e("cap"), upd.year, upd.month, upd.day, upd.hour, upd.minute))
    reg = s["registration"]
    rocy, ss = sessions(when)
    if reg:
        alert_txt = "%d年度%s線上報名進行中，目前已報名 %s 人。" % (rocy, reg[0], "{:,}".format(reg[1]))
    else:
        nxt = [x for x in ss if x[1] > when.date()]
        alert_txt = ("下一梯次報名將於%s開放。" % roc(nxt[0][1])) if nxt else "%d年度測驗報名已全數截止。" % rocy
    alert = ('<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation0 MuiAlert-root MuiAlert-colorInfo MuiAlert-standardInfo MuiAlert-standard %s" role="alert">'
             '<div class="MuiAlert-message %s">%s <a href="/zh-tw/register">前往報名</a></div></div>' % (e("alert"), e("alm"), alert_txt))
    article = ('<article class="%s" data-content-type="legalPage"><h1 class="MuiTypography-root MuiTypography-h1 %s">%s</h1>%s%s'
               '<div class="rte %s">%s</div><div class="%s">%s</div></article>'
               % (e("art"), e("h1"), html.escape(title), caption, alert, e("rte"), body, e("accgroup"), accs))
    cal = "".join('<li class="MuiListItem-root %s"><div class="MuiListItemText-root %s"><span class="MuiTypography-root MuiTypography-body1">%s</span>'
                  '<p class="MuiTypography-root MuiTypography-body2">報名：%d/%d～%d/%d　測驗：%d/%d</p></div></li>'
                  % (e("li"), e("lit"), n, a.month, a.day, b.month, b.day, x.month, x.day) for n, a, b, x in ss)
    aside = ('<aside class="%s"><h2 class="MuiTypography-root MuiTypography-h6 %s">%d年度測驗日程</h2><ul class="MuiList-root %s">%s</ul></aside>'
             % (e("aside"), e("h6"), rocy, e("list"), cal))
    ty = s["typhoon"]
    typhoon = ""
    if ty:
        typhoon = ('<div class="MuiPaper-root MuiAlert-root MuiAlert-colorError MuiAlert-filledError MuiAlert-filled %s" role="alert">'
                   '<div class="MuiAlert-message %s">颱風警報：%s今日停班停課，本中心%s考區服務暫停，已報名考生請留意簡訊通知。</div></div>'
                   % (e("ty"), e("tym"), ty, ty))
    if s["design"] == "v1":
        header = ('<header class="MuiPaper-root MuiAppBar-root MuiAppBar-colorPrimary MuiAppBar-positionStatic %s"><div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular %s">'
                  '<a href="/zh-tw" class="%s"><img src="/assets/logo-%s.svg" alt="財團法人臺灣語文評量中心"></a>'
                  '<nav class="%s"><a href="/zh-tw/tests">測驗介紹</a><a href="/zh-tw/register">線上報名</a><a href="/zh-tw/scores">成績查詢</a><a href="/zh-tw/news">最新消息</a></nav></div></header>'
                  % (e("bar"), e("tb"), e("logo"), s["deploy"][1], e("nav")))
        crumbs = ""
    else:
        header = ('<header class="MuiPaper-root MuiAppBar-root MuiAppBar-colorInherit MuiAppBar-positionSticky %s"><div class="MuiContainer-root MuiContainer-maxWidthLg %s">'
                  '<div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-dense %s"><a href="/zh-tw" class="%s"><img src="/assets/tlac-2024-%s.svg" alt="TLAC 臺灣語文評量中心"></a>'
                  '<nav class="%s" aria-label="主選單"><a href="/zh-tw/tests">測驗項目</a><a href="/zh-tw/register">報名專區</a><a href="/zh-tw/scores">成績與證書</a>'
                  '<a href="/zh-tw/research">研究發展</a><a href="/en">English</a></nav><button class="MuiButtonBase-root MuiButton-root MuiButton-contained %s">考生登入</button></div></div></header>'
                  % (e("bar2"), e("ct"), e("tb2"), e("logo2"), s["deploy"][1], e("nav2"), e("btn")))
        crumbs = ('<nav class="MuiBreadcrumbs-root %s" aria-label="breadcrumb"><ol class="MuiBreadcrumbs-ol"><li class="MuiBreadcrumbs-li"><a href="/zh-tw">首頁</a></li>'
                  '<li aria-hidden="true" class="MuiBreadcrumbs-separator">/</li><li class="MuiBreadcrumbs-li"><p>隱私權政策</p></li></ol></nav>' % e("bc"))
    state = {"content": {"_id": "8b1f3e2a-6c4d-4e7f-9a2b-1c3d5e7f9a0b", "_url": "/zh-tw/privacy/", "_level": 2,
                         "_createDate": "2020-11-03T02:14:51.12Z", "_updateDate": upd.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                         "contentTypeAlias": "legalPage", "name": title,
                         "body": "<p>%s</p>" % html.escape(head[1][1]) if len(head) > 1 else ""},
             "analytics": {"clientId": s["ga"]}}
    st = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    a1, a2 = s["deploy"][1], s["deploy"][2]
    return ('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="UTF-8" /><link rel="icon" type="image/svg+xml" href="/favicon.svg" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>隱私權政策｜財團法人臺灣語文評量中心</title>'
            '<script type="module" crossorigin src="/assets/index-%s.js"></script><link rel="stylesheet" crossorigin href="/assets/index-%s.css">'
            '<style data-emotion="css" data-s="">.%s{max-width:760px;}.%s{font-size:2rem;font-weight:700;}</style>'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9T4XL"></script></head>'
            '<body><div id="root"><div class="%s">%s%s<main class="MuiContainer-root MuiContainer-maxWidthLg %s">%s<div class="MuiGrid2-container %s">'
            '<div class="MuiGrid2-root MuiGrid2-grid-md-8 %s">%s</div><div class="MuiGrid2-root MuiGrid2-grid-md-4 %s">%s</div></div></main>'
            '<footer class="%s"><p>財團法人臺灣語文評量中心　106 臺北市大安區羅斯福路四段1號　電話 (02) 2365-0000</p>'
            '<p><a href="/zh-tw/privacy">隱私權政策</a>｜<a href="/zh-tw/security">資訊安全政策</a>｜<a href="/zh-tw/accessibility">無障礙聲明</a></p>'
            '<p>© %d TLAC. All Rights Reserved.</p></footer>'
            '<div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomCenter %s"><div class="MuiPaper-root MuiSnackbarContent-root %s" role="alert">'
            '<div class="MuiSnackbarContent-message">本網站使用 Cookie 以提供更好的瀏覽體驗，繼續瀏覽即表示您同意本網站之 Cookie 使用方式。</div>'
            '<div class="MuiSnackbarContent-action"><button class="MuiButtonBase-root MuiButton-root MuiButton-text">我知道了</button></div></div></div></div></div>'
            '<script>window.__PRELOADED_STATE__ = %s;</script></body></html>'
            % (a1, a2, e("art"), e("h1"), e("app"), typhoon, header, e("main"), crumbs, e("grid"), e("g8"), article, e("g4"),
               aside, e("footer"), when.year, e("snack"), e("snackc"), st))


PAGE = {
    "service": "TLAC", "url": URL, "lang": "zh-TW", "platform": "Umbraco Heartcore + React (MUI, Vite)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")),
    "n": 30, "start": dt.date(2021, 7, 1), "end": dt.date(2026, 10, 31), "hours": (1, 8),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article[data-content-type=\"legalPage\"]"],
                    "remove": ["article .MuiAlert-root", "article > .MuiTypography-caption",
                               "#panel-examinee-header", "#panel-examinee-content"]},
}
