"""有鹿 (出行 + 外卖 + 本地生活 + 支付 super-app, 杭州) - zh-CN - H5 agreement page (Vue 2 SSR on the company's
agreement platform, served from its CDN), opened in the app's WebView and given to the stores as the policy URL.

Page chrome: an "打开有鹿App" banner (A/B copy) for non-app visitors, the WebView bridge config script with a
per-visit nonce/traceId, Aplus-style tracking config, hashed CDN bundles; a "返回顶部" button that the template
puts INSIDE the content box (the curators remove it). The SDK directory table at the end grows in real edits.
"""
import datetime as dt
import common as C

URL = "https://h5.youluapp.cn/agreement/privacy.html"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 有鹿隐私政策

更新日期：{UPDATED}

生效日期：{UPDATED}

**引言**

有鹿App及相关服务由杭州有鹿网络科技有限公司（注册地址：浙江省杭州市余杭区五常街道文一西路998号，以下简称“有鹿”或“我们”）提供。我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。我们致力于维持您对我们的信任，恪守权责一致、目的明确、选择同意、最小必要、确保安全、主体参与、公开透明等原则，依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》《中华人民共和国数据安全法》等法律法规，采取相应的安全保护措施来保护您的个人信息。

**请您在使用有鹿的各项产品或服务前，仔细阅读并充分理解本政策，特别是以粗体标识的条款，您应重点阅读，在确认充分理解并同意后再开始使用。如您不同意本政策的任何内容，您应立即停止使用有鹿的产品或服务。当您勾选“我已阅读并同意”或开始使用我们的产品或服务时，即表示您已经同意我们按照本政策处理您的个人信息。**

为便于您查阅，我们另行制作了[《个人信息收集清单》](https://h5.youluapp.cn/agreement/collect-list.html)与[《第三方信息共享清单》](https://h5.youluapp.cn/agreement/share-list.html)，您可以随时在“我的—设置—隐私—个人信息收集与使用清单”中查看。

本政策将帮助您了解以下内容：

- 一、我们如何收集和使用您的个人信息
- 二、我们如何使用Cookie和同类技术
- 三、我们如何共享、转让、公开披露您的个人信息
- 四、我们如何保存和保护您的个人信息
- 五、您如何管理您的个人信息
- 六、未成年人个人信息保护
- 七、本政策如何更新
- 八、如何联系我们

## 一、我们如何收集和使用您的个人信息

个人信息是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。**敏感个人信息是指一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。本政策中涉及的敏感个人信息我们将以粗体方式标识。**

### （一）账号注册与登录

当您注册、登录有鹿账号时，您需要向我们提供**手机号码**，我们将通过发送短信验证码的方式验证您的身份是否有效。如您拒绝提供手机号码，您将无法注册有鹿账号，但仍可以浏览部分页面。

您也可以选择使用微信、支付宝等第三方账号登录，此时我们将在获得您授权后从第三方获取您的头像、昵称及第三方账号唯一标识，用于完成账号绑定。

### （二）出行服务

当您使用打车、顺风车等出行服务时，为向您匹配附近的司机并规划行程路线，我们需要收集您的**精确位置信息**、出发地与目的地、上车时间、乘车人手机号码。为保障行程安全，我们会记录**行程轨迹**，并将司机的姓名、车牌号、车型展示给您，将您的上车地点及隐藏后的手机号码展示给司机。双方通话通过虚拟号码进行，不会暴露您的真实手机号码。

如您使用“紧急求助”功能，我们将向您设置的紧急联系人及警方发送您的**实时位置**及行程信息。

### （三）外卖与到店服务

当您下单外卖或购买到店团购时，我们需要收集收货人姓名、收货地址、联系电话，并将上述信息提供给商家及骑手，以完成配送。为向您推荐附近的商家，我们会使用您的**位置信息**；您也可以手动选择收货地址，而不开启定位权限。

### （四）支付功能

当您使用有鹿钱包或在有鹿内完成支付时，支付服务由我们合作的持牌支付机构提供。我们需要收集您的订单信息、支付金额、支付方式，并在您绑定银行卡时由支付机构收集您的**姓名、身份证号码、银行卡号、银行预留手机号**。我们自身不存储您完整的银行卡号。

### （五）客服与售后

当您与客服联系时，我们可能会保存您的通话录音、聊天记录及您提供的其他信息，以便处理您的问题、纠纷并改进服务质量。

### （六）设备权限调用

在您使用相关功能时，我们会在必要时向您申请以下系统权限。您可以在设备的“设置”中随时关闭，关闭后不影响其他功能的使用：

| 权限名称 | 使用目的 | 拒绝授权的影响 |
| 位置权限 | 打车定位、推荐附近商家、计算配送距离 | 需手动输入地址，无法自动定位 |
| 相机权限 | 扫码、上传头像、实名认证拍照 | 无法使用扫码及拍照上传 |
| 相册权限 | 上传头像、售后凭证图片 | 无法从相册选择图片 |
| 通讯录权限 | 设置紧急联系人、代叫车时选择乘车人 | 需手动填写联系人手机号码 |
| 通知权限 | 推送订单状态、司机到达提醒 | 无法及时收到订单提醒 |

### （七）第三方SDK

为保障有鹿App的稳定运行或实现相关功能，我们会接入由第三方提供的软件开发工具包（SDK）。我们会对接入的SDK进行严格的安全检测，并要求其按照本政策及相关约定处理您的个人信息。具体请查阅本政策末尾的《第三方SDK目录》。

## 二、我们如何使用Cookie和同类技术

为确保网页正常运转，我们会在您的设备上存储名为Cookie的小数据文件，用于记住您的登录状态和偏好设置。您可以通过浏览器设置清除Cookie，但这可能导致您需要重新登录。我们不会将Cookie用于本政策所述目的之外的任何用途。

## 三、我们如何共享、转让、公开披露您的个人信息

**我们不会向第三方出售您的个人信息。**除以下情形外，未经您的单独同意，我们不会与任何第三方共享您的个人信息：

- 与司机、商家、骑手共享完成订单所必需的信息；
- 与持牌支付机构共享完成支付所必需的信息；
- 根据法律法规规定、诉讼争议解决需要，或者按行政、司法机关依法提出的要求对外共享。

如发生合并、收购或破产清算涉及个人信息转让，我们会要求新的持有您个人信息的公司、组织继续受本政策的约束，否则我们将要求其重新取得您的同意。我们仅会在获得您单独同意或法律法规要求的情况下公开披露您的个人信息。

## 四、我们如何保存和保护您的个人信息

**我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。**如确需向境外提供，我们将按照法律法规的规定进行安全评估或签订标准合同，并单独征得您的同意。

我们仅在实现本政策所述目的所必需的最短期限内保存您的个人信息。**行程轨迹信息自行程结束之日起保存不少于三年**，订单及交易信息自交易完成之日起保存不少于三年，法律、行政法规另有规定的除外。超出保存期限后，我们将对您的个人信息进行删除或匿名化处理。

我们已采取符合业界标准的安全防护措施，包括传输加密（TLS）、敏感信息加密存储、访问权限控制和安全审计。我们已通过网络安全等级保护三级测评。如不幸发生个人信息安全事件，我们将按照法律法规的要求，及时将事件相关情况以推送通知、短信、电话等方式告知您，并向监管部门报告。

## 五、您如何管理您的个人信息

您可以在有鹿App中查阅、更正、补充您的个人信息：进入“我的—个人资料”修改头像、昵称；进入“我的—地址管理”管理收货地址；进入“我的—设置—隐私”管理个性化推荐和系统权限。

**您可以在“我的—设置—账号与安全—注销账号”中申请注销账号。在您提交注销申请并通过身份验证后，我们将在15个工作日内完成核查和处理。注销后，我们将删除您的个人信息或进行匿名化处理，法律法规另有规定的除外。**

如您希望获取个人信息副本，或对我们的处理规则有疑问，可通过本政策第八条的方式联系我们，我们将在15个工作日内答复。

## 六、未成年人个人信息保护

**有鹿的产品和服务主要面向成年人。如您为未满十四周岁的未成年人，在使用我们的服务前，应在您的父母或其他监护人的陪同下阅读本政策，并在取得其同意后使用。**我们将根据《儿童个人信息网络保护规定》等法律法规的要求保护儿童个人信息。如监护人发现我们在未获同意的情况下收集了儿童个人信息，请联系我们，我们将尽快删除相关数据。

## 七、本政策如何更新

我们可能会适时修订本政策。未经您明确同意，我们不会削减您按照本政策所应享有的权利。对于重大变更，我们会通过App弹窗、站内信等方式通知您，并在本页面顶部更新“更新日期”。

## 八、如何联系我们

如您对本政策有任何疑问、意见或建议，或需要投诉、举报，可以通过以下方式与我们联系。我们设立了个人信息保护负责人，一般情况下将在15个工作日内答复：

- 电子邮箱：[privacy@youluapp.cn](mailto:privacy@youluapp.cn)
- 客服电话：400-826-0998
- 邮寄地址：浙江省杭州市余杭区五常街道文一西路998号 有鹿法务部（个人信息保护）收

如您对我们的答复不满意，特别是认为我们的个人信息处理行为损害了您的合法权益，您还可以向杭州市余杭区人民法院提起诉讼。

## 附录：第三方SDK目录

| SDK名称 | 第三方主体 | 使用目的 | 收集的个人信息 | 隐私政策 |
| 微信OpenSDK | 深圳市腾讯计算机系统有限公司 | 微信登录、分享、微信支付 | 设备型号、操作系统版本、网络类型 | [查看](https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy) |
| 支付宝SDK | 支付宝（中国）网络技术有限公司 | 支付宝支付、支付宝登录 | 设备标识信息（Android ID、IDFV）、网络信息 | [查看](https://render.alipay.com/p/c/k2cx0tg8) |
| 高德地图与定位SDK | 高德软件有限公司 | 定位、地图展示、路线规划 | 精确位置信息、设备信息、WLAN信息、基站信息 | [查看](https://lbs.amap.com/pages/privacy/) |
| 友盟+统计SDK | 友盟同欣（北京）科技有限公司 | 统计分析App运行情况 | 设备标识信息（OAID、Android ID、IDFA）、设备型号、网络类型 | [查看](https://www.umeng.com/page/policy) |
| 友盟+U-Push | 友盟同欣（北京）科技有限公司 | 消息推送 | 设备标识信息、推送设备令牌 | [查看](https://www.umeng.com/page/policy) |
| 腾讯Bugly | 深圳市腾讯计算机系统有限公司 | 崩溃日志收集与分析 | 设备型号、系统版本、崩溃日志 | [查看](https://privacy.qq.com/document/preview/fc748b3d96224fdb825ea79e132c1a56) |
"""

EDITS = [
    {"note": "one-tap login by carrier: 阿里云号码认证SDK row added to the SDK directory + login paragraph",
     "repl": [("您也可以选择使用微信、支付宝等第三方账号登录",
               "在您同意的前提下，您也可以使用本机号码一键登录，此时我们会通过运营商及阿里云号码认证服务获取您的**本机手机号码**，用于快速完成注册或登录。\n\n您也可以选择使用微信、支付宝等第三方账号登录"),
              ("| 腾讯Bugly |", "| 阿里云号码认证SDK | 阿里云计算有限公司 | 本机号码一键登录 | 网络类型、设备信息、本机手机号码（由运营商提供） | [查看](https://terms.aliyun.com/legal-agreement/terms/suit-bu1-ali-cloud/suit-bu1-ali-cloud201902141711-54837.html) |\n| 腾讯Bugly |")]},
    {"note": "trip audio recording (行程录音) explained; new 麦克风 row in the permissions table",
     "repl": [("如您使用“紧急求助”功能",
               "**为保障乘车安全，在您开启“行程录音”功能后，行程中我们会通过您设备的麦克风进行录音，录音文件加密后上传，仅在您或司机发起投诉、报警或发生安全事件时调取，且自行程结束之日起保存7日后自动删除，除非进入投诉或纠纷处理流程。**\n\n如您使用“紧急求助”功能"),
              ("| 通讯录权限 |", "| 麦克风权限 | 行程录音、语音输入目的地、联系客服时语音留言 | 无法使用行程录音及语音输入 |\n| 通讯录权限 |")]},
    {"note": "push SDK replaced: 友盟+U-Push row removed, 个推消息推送SDK row added",
     "repl": [("| 友盟+U-Push | 友盟同欣（北京）科技有限公司 | 消息推送 | 设备标识信息、推送设备令牌 | [查看](https://www.umeng.com/page/policy) |",
               "| 个推消息推送SDK | 每日互动股份有限公司 | 消息推送 | 设备标识信息（OAID、IMEI、Android ID）、设备型号、网络信息、应用列表信息（用于推送通道保活） | [查看](https://docs.getui.com/privacy) |")]},
    {"note": "vendor push channels (华为/小米/OPPO) added to the SDK directory without bumping the date", "bump": False,
     "repl": [("| 腾讯Bugly |", "| 华为推送SDK | 华为终端有限公司 | 在华为设备上推送消息 | 应用基本信息、设备标识符 | [查看](https://developer.huawei.com/consumer/cn/devservice/term) |\n| 小米推送SDK | 北京小米移动软件有限公司 | 在小米设备上推送消息 | 设备标识信息（OAID）、设备型号 | [查看](https://dev.mi.com/console/doc/detail?pId=1822) |\n| OPPO推送SDK | 广东欢太科技有限公司 | 在OPPO设备上推送消息 | 设备标识信息、应用使用信息 | [查看](https://open.oppomobile.com/wiki/doc#id=10288) |\n| 腾讯Bugly |")]},
    {"note": "minors section rewritten: 14-18 year olds, separate consent for under-14 handled per 未成年人网络保护条例",
     "repl": [("我们将根据《儿童个人信息网络保护规定》等法律法规的要求保护儿童个人信息。",
               "对于经父母或其他监护人同意而收集的不满十四周岁儿童的个人信息，我们将按照《儿童个人信息网络保护规定》单独制定的《儿童个人信息保护规则》进行处理。**如您是已满十四周岁未满十八周岁的未成年人，我们将依据《未成年人网络保护条例》对您的个人信息给予特别保护，不会向您进行个性化广告推送。**")]},
    {"note": "account deletion: processing time shortened from 15 to 7 working days",
     "repl": [("在您提交注销申请并通过身份验证后，我们将在15个工作日内完成核查和处理。",
               "在您提交注销申请并通过身份验证后，我们将在7个工作日内完成核查和处理，处理期间您可以随时撤回注销申请。")]},
]

BANNERS = ["打开有鹿App，新人领50元打车券", "App内下单外卖，首单立减15元", "打开App，查看更多附近好店",
           "有鹿App 打车更快 外卖更省"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["bridge"] = (C.hexs(rng, 32), C.alnum(rng, 24), str(C.epoch(when) * 1000 + rng.randint(0, 999)))
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.4, lambda: rng.randrange(len(BANNERS)))
    s["build"] = C.keep_or(rng, prev.get("build"), 0.3, lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)))
    s["spm"] = C.keep_or(rng, prev.get("spm"), 0.2, lambda: "a2h0c.%d" % rng.randint(10000, 99999))
    return s


LABELS = {
    "bridge": "WebView bridge config (per-visit nonce, traceId, timestamp)",
    "banner": "'打开有鹿App' smart banner copy (A/B)",
    "build": "CDN bundle hashes of the agreement platform's build",
    "spm": "tracking spm page id",
}


def render(s, blocks, when):
    nonce, trace, ts = s["bridge"]
    b1, b2, b3 = s["build"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], cls={"table": "agreement-table", "h2": "agreement-h2", "h3": "agreement-h3"})
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="spm-id" content="%s">
<title>%s</title>
<link rel="dns-prefetch" href="//s1.ylcdn.cn">
<link href="//s1.ylcdn.cn/h5/agreement/css/chunk-vendors.%s.css" rel="stylesheet">
<link href="//s1.ylcdn.cn/h5/agreement/css/index.%s.css" rel="stylesheet">
<script>window.__YL_BRIDGE_CONFIG__={"nonce":"%s","traceId":"%s","ts":%s,"scene":"agreement","docKey":"privacy","jsApiList":["closeWebView","openScheme","getAppInfo","share"]};</script>
<script>window.g_config={"appKey":"yl-h5-agreement","spmA":"%s","autoSendPV":true,"debug":false};</script>
</head>
<body>
<div id="app" data-server-rendered="true"><div class="page-agreement">
<div class="open-app-banner"><img src="//s1.ylcdn.cn/h5/common/img/logo-round.png" alt="有鹿" class="open-app-banner__logo"><span class="open-app-banner__text">%s</span><a class="open-app-banner__btn" href="https://a.youluapp.cn/dl?from=agreement">打开</a></div>
<div class="agreement-wrap" id="top">
<h1 class="agreement-title">%s</h1>
<div class="agreement-content">
%s
<div class="back-top" data-spm="d_backtop"><i class="iconfont icon-arrow-up"></i><span>返回顶部</span></div>
</div>
</div>
<div class="agreement-footer"><p>杭州有鹿网络科技有限公司</p><p><a href="https://beian.miit.gov.cn/">浙ICP备19031872号-3A</a></p></div>
</div></div>
<script src="//g.alicdn.com/alilog/mlog/aplus_v2.js" async></script>
<script src="//s1.ylcdn.cn/h5/agreement/js/chunk-vendors.%s.js"></script>
<script src="//s1.ylcdn.cn/h5/agreement/js/index.%s.js"></script>
</body>
</html>
""" % (s["spm"], title, b1, b2, nonce, trace, ts, s["spm"], BANNERS[s["banner"]], C.inline_html(title), body, b1, b3)


PAGE = {
    "service": "Youlu", "url": URL, "lang": "zh-CN", "platform": "H5 agreement page (Vue SSR, CDN)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Tengine"), ("Cache-Control", "no-cache")),
    "n": 32, "start": dt.date(2021, 11, 8), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 26), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".agreement-title", ".agreement-content"], "remove": [".back-top"]},
}
