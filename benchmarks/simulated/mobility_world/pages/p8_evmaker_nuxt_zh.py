"""Chinese EV maker's app/connected-car privacy policy on Nuxt 3 (SSR) with Element Plus: the intro in the article,
every numbered chapter in a collapsed el-collapse item (content present in the HTML, `display:none`), a left
menu of the other legal documents, ICP/public-security filing numbers in the footer. Noise: the `/_nuxt/` chunk
names, buildId and the scoped `data-v-` attributes change with each deployment (the data-v attributes also sit on
elements inside the tracked article); Element Plus's SSR id prefix (`el-id-NNNN-N`) differs per request on the
collapse headers and panels inside the article; a per-request payload in __NUXT_DATA__; and the online-service
widget's queue length."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

POLICY = """
# 极澜汽车隐私政策

更新日期：{UPDATED}

极澜汽车科技（上海）有限公司（以下简称“极澜汽车”或“我们”）深知个人信息对您的重要性，我们将按照《中华人民共和国个人信息保护法》《汽车数据安全管理若干规定（试行）》等法律法规的要求，采取相应的安全保护措施，保护您的个人信息。本政策适用于极澜汽车App、极澜汽车官网、车机系统及车联网服务。

请您在使用我们的产品和服务前，仔细阅读并了解本政策，特别是以**粗体**标识的条款。

## 一、我们如何收集和使用您的个人信息

在您使用极澜汽车App及车联网服务的过程中，我们会按照如下方式收集您在使用服务时主动提供或因为使用服务而产生的信息：

- **账号注册与登录：**您需要提供手机号码及短信验证码。如您选择使用微信登录，我们将获取您的微信昵称、头像及唯一标识。
- **预约试驾与购车：**我们会收集您的姓名、手机号码、意向车型、意向门店及所在城市。签订购车合同时，还需要您提供身份证件信息及收货地址。
- **车辆绑定：**为实现车主身份认证，我们会收集车辆识别代号（VIN）、行驶证照片及车主身份证件信息。
- **远程控制：**为实现远程解锁、空调预热、寻车等功能，我们会收集车辆位置信息及车辆状态信息。
- **充电服务：**为向您推荐附近的充电站并支持扫码充电，我们会收集您的位置信息、充电订单及支付信息。
- **社区功能：**您发布的文字、图片、视频及评论将公开展示。

以上信息中，身份证件信息、精确位置信息、行踪轨迹属于敏感个人信息。我们仅在具有特定目的和充分必要性的情形下处理敏感个人信息，并将事先征得您的同意。

## 二、车辆数据的处理

我们遵循“车内处理、默认不收集、精度范围适用、脱敏处理”的原则处理汽车数据：

- 座舱摄像头用于驾驶员疲劳和分心监测，影像数据仅在车内实时处理，不会上传至云端。
- 车外摄像头采集的影像用于辅助驾驶功能，上传前将对人脸和车牌进行匿名化处理。
- 行程轨迹数据保存6个月，用于向您提供历史行程查询，您可以在车机“设置-隐私”中关闭行程记录。
- 车辆故障数据和电池健康数据用于远程诊断、召回及质量改进。

## 三、第三方SDK目录

为保障App的稳定运行和功能实现，我们接入了以下第三方SDK：

| SDK名称 | 第三方主体 | 使用目的 | 收集的个人信息 |
| 高德地图SDK | 高德软件有限公司 | 定位、导航及地图展示 | 位置信息、设备标识符 |
| 微信OpenSDK | 深圳市腾讯计算机系统有限公司 | 微信登录与分享 | 微信昵称、头像 |
| 支付宝SDK | 支付宝（中国）网络技术有限公司 | 支付定金及充电费用 | 设备标识符、网络信息 |
| 个推推送SDK | 每日互动股份有限公司 | 消息推送 | 设备标识符、应用列表 |

## 四、我们如何使用Cookie和同类技术

为确保官网正常运转、为您提供更轻松的访问体验，我们会在您的设备上存储名为Cookie的小数据文件。我们不会将Cookie用于本政策所述目的之外的任何用途。您可以清除计算机上保存的所有Cookie，大部分网络浏览器都设有阻止Cookie的功能，但如果您这样做，则可能需要在每一次访问我们的网站时亲自更改用户设置。

## 五、自动化决策与个性化推荐

我们可能会根据您的车辆使用习惯、浏览记录及所在城市，向您推荐车型配置、充电优惠及社区内容。您可以在App“我的-设置-隐私管理-个性化推荐”中关闭个性化推荐，关闭后您看到的内容将不再基于您的个人特征。通过自动化决策方式向您进行信息推送、商业营销的，我们将同时提供不针对您个人特征的选项。

## 六、我们如何共享、转让、公开披露您的个人信息

我们不会与极澜汽车以外的任何公司、组织和个人共享您的个人信息，但以下情况除外：获得您的单独同意；为订立、履行您作为一方当事人的合同所必需，例如将您的试驾预约信息共享给您选择的授权门店；根据法律法规规定或有权机关的要求。

我们不会转让您的个人信息，但因合并、分立、解散、被宣告破产等原因需要转移个人信息的，我们将向您告知接收方的名称和联系方式。我们不会公开披露您的个人信息，除非获得您的单独同意或法律另有规定。

## 七、我们如何存储和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息将存储在中华人民共和国境内，不会向境外提供。除法律法规另有规定外，我们仅在实现处理目的所必要的最短时间内保留您的个人信息。

我们已通过信息安全等级保护三级认证，并采用传输加密、存储加密、访问控制等措施保护您的个人信息。

## 八、您的权利

您可以通过极澜汽车App“我的-设置-隐私管理”查阅、复制、更正、删除您的个人信息，撤回您的授权同意，或申请注销账号。我们将在15个工作日内完成核查和处理。

## 九、未成年人个人信息保护

我们的产品主要面向成年人。如您是不满十四周岁的未成年人，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。

## 十、本政策如何更新

我们的隐私政策可能变更。对于重大变更，我们会通过App弹窗、车机消息或站内信的方式通知您。

## 十一、如何联系我们

如您对本政策有任何疑问，可通过以下方式与我们的个人信息保护负责人联系：电子邮箱 [privacy@jilan-auto.com](mailto:privacy@jilan-auto.com)，客服热线 400-820-6688。

@ 极澜汽车科技（上海）有限公司
@ 上海市嘉定区安亭镇墨玉南路888号
@ 邮政编码：201805
"""

EDITS = [
    {"note": "SDK added to the third-party SDK table (JPush)",
     "repl": [("| 个推推送SDK | 每日互动股份有限公司 | 消息推送 | 设备标识符、应用列表 |",
               "| 个推推送SDK | 每日互动股份有限公司 | 消息推送 | 设备标识符、应用列表 |\n"
               "| 极光推送SDK | 深圳市和讯华谷信息技术有限公司 | 车机消息推送 | 设备标识符、网络信息 |")]},
    {"note": "word inserted: 同意 -> 单独同意 for sensitive information",
     "repl": [("并将事先征得您的同意。", "并将事先征得您的单独同意。")]},
    {"note": "trip-trajectory retention shortened from 6 to 3 months",
     "repl": [("行程轨迹数据保存6个月", "行程轨迹数据保存3个月")]},
    {"note": "sentence added: sentry mode recordings stay on the car's local storage",
     "repl": [("- 车辆故障数据和电池健康数据用于远程诊断、召回及质量改进。",
               "- 车辆故障数据和电池健康数据用于远程诊断、召回及质量改进。\n"
               "- 开启哨兵模式后，车辆在驻车状态下检测到异常时将录制车外视频，视频仅保存在车辆本地存储设备中，您可以随时查看或删除。")]},
    {"note": "customer-service hotline changed", "bump": False,
     "repl": [("客服热线 400-820-6688", "客服热线 400-991-6688")]},
]

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "build": C.keep_or(rng, prev.get("build"), 0.2,
                           lambda: {"entry": C.alnum(rng, 8, B64), "css": C.alnum(rng, 8, B64),
                                    "page": C.alnum(rng, 8, B64), "id": C.uuid4(rng), "dv": [C.hexs(rng, 8) for _ in range(4)]}),
        "elid": rng.randint(1000, 9999),
        "payload": C.epoch(when) * 1000 + rng.randint(0, 999),
        "queue": rng.randint(0, 12),
    }


LABELS = {"build": "Nuxt build (chunk names, buildId, data-v scope ids)", "elid": "Element Plus SSR id prefix",
          "payload": "__NUXT_DATA__ request timestamp", "queue": "online-service queue length"}


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def render(state, blocks, when):
    b = state["build"]
    dv, dv2, dv3, dv4 = ("data-v-" + x for x in b["dv"])
    el = state["elid"]
    h1 = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    items = []
    for n, (title, bl) in enumerate(secs):
        hid, cid = "el-collapse-head-el-id-%d-%d" % (el, 2 * n + 3), "el-collapse-content-el-id-%d-%d" % (el, 2 * n + 4)
        items.append(
            '<div class="el-collapse-item" %s><div role="tab" aria-expanded="false" aria-controls="%s" aria-describedby="%s">'
            '<div class="el-collapse-item__header" id="%s" role="button" tabindex="0">%s<i class="el-icon el-collapse-item__arrow">'
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="M340.864 149.312a30.592 30.592 0 0 0 0 42.752L652.736 512 340.864 831.872a30.592 30.592 0 0 0 0 42.752 29.12 29.12 0 0 0 41.728 0L714.24 534.336a32 32 0 0 0 0-44.672L382.592 149.376a29.12 29.12 0 0 0-41.728 0z"></path></svg></i></div></div>'
            '<div class="el-collapse-item__wrap" style="display:none;" role="tabpanel" aria-hidden="true" aria-labelledby="%s" id="%s">'
            '<div class="el-collapse-item__content"><div class="policy-section" %s>%s</div></div></div></div>'
            % (dv2, cid, cid, hid, html.escape(title), hid, cid, dv2, C.blocks_html(bl, sep="")))
    menu = [("用户协议", "/legal/user-agreement"), ("隐私政策", "/legal/privacy"), ("车联网服务隐私政策", "/legal/connected-privacy"),
            ("儿童个人信息保护规则", "/legal/children"), ("个人信息收集清单", "/legal/collection-list")]
    menuh = "".join('<li class="legal-menu__item%s" %s><a href="%s" class="%s" %s>%s</a></li>'
                    % (" is-active" if u == "/legal/privacy" else "", dv, u,
                       "router-link-active router-link-exact-active" if u == "/legal/privacy" else "", dv, t) for t, u in menu)
    payload = [{"data": 1, "state": 3, "once": 5, "_errors": 6, "serverRendered": 8, "path": 9},
               ["ShallowReactive", 2], {"legal-privacy": 10}, ["Reactive", 4], {"locale": 11, "csTs": 12},
               ["Set"], ["ShallowReactive", 7], {"legal-privacy": -1}, True, "/legal/privacy",
               {"slug": 13, "version": 14}, "zh-CN", state["payload"], "privacy", "V%d.%d" % (4 + (when.year - 2022), 0)]
    return """<!DOCTYPE html>
<html lang="zh-CN" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>隐私政策 - 极澜汽车</title>
<link rel="stylesheet" href="/_nuxt/entry.%s.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/privacy.%s.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">
<script type="module" src="/_nuxt/%s.js" crossorigin></script>
<meta name="keywords" content="极澜汽车,隐私政策,个人信息保护">
<meta name="description" content="极澜汽车隐私政策">
<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3c7e1a9f5b2d4e6a8c0f1b3d5e7a9c2e";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
</head>
<body><div id="__nuxt"><div class="layout" %s><header class="site-header" %s><div class="site-header__inner" %s><a href="/" class="logo" %s><img src="/images/logo-jilan.svg" alt="极澜汽车" %s></a><nav class="site-nav" %s><a href="/models/j7" %s>J7</a><a href="/models/j9" %s>J9</a><a href="/charging" %s>补能</a><a href="/service" %s>服务</a><a href="/community" %s>社区</a></nav><a href="/test-drive" class="el-button el-button--primary" %s><span>预约试驾</span></a></div></header><main class="legal" %s><aside class="legal-menu" %s><ul %s>%s</ul></aside><article class="policy" %s><h1 class="policy__title" %s>%s</h1><div class="policy__intro" %s>%s</div><div class="el-collapse" role="tablist" aria-multiselectable="true" %s>%s</div></article></main><div class="cs-widget" %s><a href="/service/online" class="cs-widget__btn" %s>在线客服<span class="cs-widget__queue" %s>当前排队 %d 人</span></a></div><footer class="site-footer" %s><p %s>© 2024 极澜汽车科技（上海）有限公司 版权所有</p><p %s><a href="https://beian.miit.gov.cn/" target="_blank" %s>沪ICP备2021018472号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=31011402012345" target="_blank" %s>沪公网安备31011402012345号</a></p></footer></div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.jilan-auto.com",gaodeKey:"b7e3c1a94f2d6e8a0c5b1d3f7e9a2c4b"},app:{baseURL:"/",buildId:"%s",buildAssetsDir:"/_nuxt/",cdnURL:"https://static.jilan-auto.com/"}}</script></body></html>
""" % (b["css"], C.det_sha("pc", b["css"])[:8], b["entry"], b["page"], b["entry"],
       dv, dv, dv, dv, dv, dv, dv, dv, dv, dv, dv, dv,
       dv3, dv3, dv3, menuh, dv3, dv3, html.escape(h1), dv3, C.blocks_html(head, sep=""), dv3, "".join(items),
       dv4, dv4, dv4, state["queue"], dv, dv, dv, dv, dv,
       json.dumps(payload, ensure_ascii=False, separators=(",", ":")), b["id"])


PAGE = {
    "service": "Jilan Auto",
    "url": "https://www.jilan-auto.com/legal/privacy",
    "lang": "zh-CN",
    "platform": "Nuxt 3 (SSR) + Element Plus",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Tengine"), ("X-Powered-By", "Nuxt"), ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (2, 6, 10),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.jilan-auto.com/legal/privacy", "select": "article.policy"},
}
