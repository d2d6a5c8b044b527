"""Robot-vacuum maker, Simplified Chinese, Next.js (pages router, static generation, CSS modules).

The policy comes from the CMS as an HTML string, rendered into an <article> (CSS-module class plus a global
"privacy-article" class) and serialised again in __NEXT_DATA__. Beside it, an <aside> with a "select your device
model" jump list and a "hot models" list whose price and stock badges change from visit to visit (flash-sale
prices during 618 / Double 11). Per deploy: the buildId and chunk hashes; per visit: Baidu Tongji's and the
sensors-data distinct id script.
"""
import datetime as dt
import html
import json

import common as C

POLICY = """# 洁途隐私政策

更新日期：{UPDATED}

洁途科技（深圳）有限公司及其关联公司（以下简称“洁途”或“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。我们致力于维持您对我们的信任，恪守权责一致、目的明确、选择同意、最小必要、确保安全、主体参与、公开透明等原则。本政策适用于洁途扫地机器人、洗地机、割草机器人等智能硬件产品（以下简称“设备”）以及洁途App、洁途官网和洁途官方商城（以下合称“服务”）。

请您在使用我们的产品或服务前，仔细阅读并了解本政策，特别是以**粗体**标识的条款。

## 一、我们如何收集和使用您的个人信息

我们仅会出于本政策所述的以下目的，收集和使用您的个人信息：

### 1. 账号注册与登录

当您注册洁途账号时，您需要提供手机号码或电子邮箱地址，并设置密码。我们将通过发送短信验证码的方式验证您的身份是否有效。您也可以使用微信、Apple ID等第三方账号登录，此时我们会获得您授权共享的昵称、头像及第三方账号的唯一标识。

### 2. 设备配网与控制

为将设备接入网络并通过App控制设备，我们需要收集以下信息：

| 信息类型 | 具体内容 | 使用目的 |
| 设备信息 | 设备型号、序列号、MAC地址、固件版本 | 设备绑定、固件升级、故障诊断 |
| 网络信息 | Wi-Fi名称（SSID）、IP地址、信号强度 | 完成配网并保持连接 |
| 清扫数据 | 清扫地图、房间名称、清扫记录、禁区设置 | 路径规划、分区清扫、历史记录展示 |
| 位置信息 | 粗略位置信息 | 配网时扫描附近Wi-Fi（Android系统要求），不会持续获取 |
| 传感器数据 | 避障摄像头拍摄的障碍物图像 | 识别线材、宠物排泄物等障碍物并绕行 |

**设备的避障摄像头仅用于识别障碍物。障碍物图像默认在设备本地处理，只有在您主动开启“障碍物照片”功能后，相关图像才会经加密后上传，供您在App中查看。**

### 3. 远程查看（视频管家）

部分型号支持远程视频查看功能。该功能默认关闭，需您在App中设置密码并手动开启。开启后，设备在视频传输时会发出语音提示，视频流采用端到端加密，我们不会存储视频内容。

### 4. 购买商品与售后服务

当您在洁途官方商城购买商品时，我们需要收集收货人姓名、收货地址、手机号码以及订单信息，用于完成交付和售后服务。支付由第三方支付机构完成，我们不会收集您的银行卡号等完整支付信息。

### 5. 客户服务与产品改进

当您联系客服时，我们可能会收集您的通话录音、聊天记录及您主动提供的设备日志。在您同意“用户体验改进计划”后，我们会收集设备运行日志和App使用统计，这些信息经去标识化处理后用于改进产品。

## 二、我们如何使用Cookie和同类技术

我们的官网和商城使用Cookie和同类技术来记住您的登录状态和购物车内容，并进行访问统计。您可以通过浏览器设置管理或删除Cookie，但这可能会影响部分功能的使用。

## 三、我们如何委托处理、共享、转让和公开披露您的个人信息

我们不会向第三方出售您的个人信息。仅在以下情形中，我们会与第三方共享您的个人信息：

- 事先获得您的单独同意；
- 与智能家居平台（如米家、华为HiLink、天猫精灵）对接时，在您授权后共享设备状态和控制指令；
- 为完成商品配送，向物流服务商提供收货信息；
- 根据法律法规的规定或行政、司法机关的强制性要求。

为实现App的部分功能，我们接入了以下第三方SDK：

| SDK名称 | 提供方 | 收集的信息 | 使用目的 |
| 微信开放平台SDK | 深圳市腾讯计算机系统有限公司 | 设备型号、网络状态 | 微信登录与分享 |
| 支付宝SDK | 支付宝（中国）网络技术有限公司 | 设备型号、IP地址 | 商城支付 |
| 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 设备标识符（OAID）、App使用情况 | 统计分析与崩溃日志 |
| 阿里云推送SDK | 阿里云计算有限公司 | 设备标识符、网络状态 | 消息推送 |

## 四、我们如何存储和保护您的个人信息

我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内的服务器上。如需向境外提供，我们将依法履行个人信息出境的相关程序，并取得您的单独同意。

我们仅在实现本政策所述目的所必需的期限内保留您的个人信息：

- 账号信息：在您注销账号后15日内删除或匿名化处理；
- 清扫地图和清扫记录：在您解绑设备或注销账号后30日内删除；
- 订单信息：自交易完成之日起保存不少于三年，以满足《电子商务法》的要求；
- 客服通话录音：保存6个月。

我们采用SSL/TLS加密传输、数据加密存储、访问权限控制等安全措施保护您的个人信息，并已通过网络安全等级保护三级测评。如不幸发生个人信息安全事件，我们将按照法律法规的要求，及时向您告知事件的基本情况和可能的影响。

## 五、您的权利

按照中国相关的法律法规，我们保障您对自己的个人信息行使以下权利：

- 查阅和复制您的个人信息；
- 更正和补充不准确的个人信息；
- 删除您的个人信息；
- 撤回您的同意，您可以在App“我的-设置-隐私设置”中关闭相应授权；
- 注销账号：您可以在App“我的-设置-账号与安全-注销账号”中提交申请；
- 获取个人信息副本，以及请求将个人信息转移至您指定的个人信心处理者。

我们将在验证您的身份后15个工作日内答复您的请求。

## 六、我们如何处理未成年人的个人信息

我们的产品和服务主要面向成年人。若您是不满14周岁的未成年人，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。

## 七、本政策如何更新

我们可能会适时修订本政策。对于重大变更，我们会通过App弹窗、站内信或电子邮件的方式通知您。未经您明确同意，我们不会削减您按照本政策所应享有的权利。

## 八、如何联系我们

如您对本政策有任何疑问、意见或建议，或需要行使您的个人信息权利，可通过以下方式与我们的个人信息保护负责人联系：

@ 洁途科技（深圳）有限公司
@ 地址：广东省深圳市南山区粤海街道科技南十二路28号康佳研发大厦15楼
@ 邮箱：privacy@jietu-robot.com
@ 客服电话：400-880-6620"""

EDITS = [
    {"note": "typo fixed: '个人信心处理者' -> '个人信息处理者'", "bump": False,
     "repl": [("转移至您指定的个人信心处理者", "转移至您指定的个人信息处理者")]},
    {"note": "SDK added to the third-party SDK table (Huawei push)",
     "repl": [("| 阿里云推送SDK | 阿里云计算有限公司 | 设备标识符、网络状态 | 消息推送 |",
               "| 阿里云推送SDK | 阿里云计算有限公司 | 设备标识符、网络状态 | 消息推送 |\n"
               "| 华为推送SDK | 华为软件技术有限公司 | 设备标识符（AAID）、应用信息 | 在华为手机上推送消息 |")]},
    {"note": "cleaning-map retention shortened from 30 to 15 days",
     "repl": [("在您解绑设备或注销账号后30日内删除", "在您解绑设备或注销账号后15日内删除")]},
    {"note": "sentence added on obstacle images never used for model training without consent",
     "repl": [("相关图像才会经加密后上传，供您在App中查看。**",
               "相关图像才会经加密后上传，供您在App中查看。未经您的单独同意，我们不会将这些图像用于训练算法模型。**")]},
    {"note": "company moved: contact address changed",
     "repl": [("@ 地址：广东省深圳市南山区粤海街道科技南十二路28号康佳研发大厦15楼",
               "@ 地址：广东省深圳市宝安区新安街道留仙二路中洲华府T1栋27楼")]},
]

MODELS = [("洁途 X20 Pro 扫拖机器人", "x20-pro", 4999), ("洁途 S9 MaxV 扫拖机器人", "s9-maxv", 3699),
          ("洁途 L10 Ultra 全能基站版", "l10-ultra", 5299), ("洁途 F3 洗地机", "f3", 2299),
          ("洁途 Q5 扫地机器人", "q5", 1399), ("洁途 A1 割草机器人", "a1-mower", 8999)]


def _promo(when):
    md = (when.month, when.day)
    if (6, 1) <= md <= (6, 20):
        return "618"
    if (10, 25) <= md <= (11, 12):
        return "双11"
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    promo = _promo(when)
    stock = []
    for name, slug, price in MODELS:
        r = rng.random()
        badge = "仅剩 %d 件" % rng.randint(1, 9) if r < 0.3 else ("预售中" if r < 0.4 else "现货")
        stock.append(badge)
    deploy = C.keep_or(rng, p.get("deploy"), 0.3, lambda: {
        "build": C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        "chunks": [C.hexs(rng, 16) for _ in range(5)], "css": C.hexs(rng, 16)})
    return {
        "deploy": deploy,
        "promo": promo,
        "prices": [price - (rng.choice([300, 400, 500, 600]) if promo else rng.choice([0, 0, 0, 100, 200]))
                   for _, _, price in MODELS],
        "stock": stock,
        "sensors": C.hexs(rng, 16) + "-" + C.hexs(rng, 12),
    }


LABELS = {"deploy": "Next.js buildId and chunk hashes", "promo": "618 / Double-11 promotion ribbon",
          "prices": "prices of hot models (aside)", "stock": "stock badges of hot models (aside)",
          "sensors": "sensors-data anonymous id"}


def _cms_html(blocks):
    return C.blocks_html(blocks, sep="")


def render(s, blocks, when):
    d = s["deploy"]
    ch = d["chunks"]
    body = _cms_html(blocks)
    aside_items = "".join(
        '<li class="Privacy_hotItem__Qm2vT"><a href="/zh-cn/products/%s"><img alt="%s" loading="lazy" width="80" height="80" decoding="async" '
        'src="/_next/image?url=%%2Fimages%%2Fproducts%%2F%s.png&amp;w=256&amp;q=75"/><span class="Privacy_hotName__1xW0p">%s</span>'
        '<span class="Privacy_hotPrice__t7mE2">¥%s</span><span class="Badge_badge__p0C4x%s">%s</span></a></li>'
        % (slug, name, slug, name, "{:,}".format(s["prices"][k]),
           " Badge_low__8RzhM" if s["stock"][k].startswith("仅剩") else "", s["stock"][k])
        for k, (name, slug, _) in enumerate(MODELS))
    model_opts = "".join('<option value="/zh-cn/privacy/supplement/%s">%s</option>' % (slug, name)
                         for name, slug, _ in MODELS)
    ribbon = ('<div class="PromoRibbon_ribbon__d4FhE"><a href="/zh-cn/campaign/%s">%s狂欢 · 扫拖机器人至高立减600元，限时12期免息</a></div>'
              % ("618" if s["promo"] == "618" else "1111", s["promo"])) if s["promo"] else ""
    next_data = {"props": {"pageProps": {"page": {"slug": "privacy", "title": "洁途隐私政策", "locale": "zh-CN",
                                                   "content": body, "seo": {"title": "隐私政策 - 洁途JIETU官网"}},
                                          "hotModels": [{"slug": slug, "price": s["prices"][k], "badge": s["stock"][k]}
                                                        for k, (_, slug, _) in enumerate(MODELS)]},
                           "__N_SSG": True},
                 "page": "/[locale]/privacy", "query": {"locale": "zh-cn"}, "buildId": d["build"],
                 "isFallback": False, "gsp": True, "scriptLoader": []}
    nd = json.dumps(next_data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>隐私政策 - 洁途JIETU官网</title><meta name="description" content="洁途隐私政策说明了我们如何收集、使用、存储和保护您的个人信息。"/>'
            '<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="5"/>'
            '<link rel="preload" href="/_next/static/css/%(css)s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%(css)s.css" data-n-g=""/>'
            '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-%(c0)s.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
            '<script src="/_next/static/chunks/main-%(c1)s.js" defer=""></script><script src="/_next/static/chunks/pages/_app-%(c2)s.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/%%5Blocale%%5D/privacy-%(c3)s.js" defer=""></script>'
            '<script src="/_next/static/%(build)s/_buildManifest.js" defer=""></script><script src="/_next/static/%(build)s/_ssgManifest.js" defer=""></script>'
            '<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f2a9c1e7b3d4e6f8a0b1c2d3e4f5a6b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>'
            '<script>window.sensorsDataAnalytic201505="sensors";sensors.init({server_url:"https://sa.jietu-robot.com/sa?project=production",show_log:false});sensors.identify("%(sensors)s",true);</script>'
            '</head><body><div id="__next">'
            '%(ribbon)s'
            '<header class="Header_header__Zk3dA"><div class="Header_inner__4bLqG"><a class="Header_logo__mF8u2" href="/zh-cn"><img alt="洁途JIETU" src="/images/logo.svg" width="96" height="28"/></a>'
            '<nav class="Header_nav__yT1sQ"><a href="/zh-cn/robot-vacuums">扫地机器人</a><a href="/zh-cn/wet-dry-vacuums">洗地机</a><a href="/zh-cn/mowers">割草机器人</a><a href="/zh-cn/accessories">配件</a><a href="/zh-cn/support">服务支持</a><a href="https://mall.jietu-robot.com">官方商城</a></nav>'
            '<div class="Header_tools__9aWc1"><button class="LangSwitch_btn__Hw3Rk" aria-label="选择语言/地区">简体中文 / 中国大陆</button><a class="Header_cart__u1Qe7" href="https://mall.jietu-robot.com/cart" aria-label="购物车"></a></div></div></header>'
            '<main class="Privacy_main__vX2pL"><div class="Privacy_layout__Yc0sN">'
            '<article class="Privacy_content__3kF9x privacy-article">%(body)s</article>'
            '<aside class="Privacy_aside__Jq8Rm"><div class="ModelPicker_picker__nB5eK"><label for="model-picker">选择您的设备型号，查看补充隐私说明</label>'
            '<select id="model-picker" class="ModelPicker_select__o2HsL"><option value="">请选择型号</option>%(opts)s</select></div>'
            '<div class="Privacy_hot__K7vLd"><h3 class="Privacy_hotTitle__c1F9a">热门机型</h3><ul class="Privacy_hotList__R5tNe">%(aside)s</ul></div></aside>'
            '</div></main>'
            '<footer class="Footer_footer__m2QyE"><div class="Footer_cols__Fh7ZP"><dl><dt>产品</dt><dd><a href="/zh-cn/robot-vacuums">扫地机器人</a></dd><dd><a href="/zh-cn/wet-dry-vacuums">洗地机</a></dd></dl>'
            '<dl><dt>服务</dt><dd><a href="/zh-cn/support/warranty">保修政策</a></dd><dd><a href="/zh-cn/support/download">App下载</a></dd></dl>'
            '<dl><dt>关注我们</dt><dd>微信公众号：洁途JIETU</dd><dd>客服热线：400-880-6620</dd></dl></div>'
            '<div class="Footer_legal__Vb3Xq"><a href="/zh-cn/terms">用户协议</a><a href="/zh-cn/privacy">隐私政策</a>'
            '<span>©%(year)d 洁途科技（深圳）有限公司</span><a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">粤ICP备19012345号-1</a>'
            '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=44030502004567" target="_blank" rel="noreferrer">粤公网安备44030502004567号</a></div></footer>'
            '</div><script id="__NEXT_DATA__" type="application/json">%(nd)s</script></body></html>'
            % {"css": d["css"], "c0": ch[0], "c1": ch[1], "c2": ch[2], "c3": ch[3], "build": d["build"],
               "sensors": s["sensors"], "ribbon": ribbon, "body": body, "opts": model_opts, "aside": aside_items,
               "year": when.year, "nd": nd})


PAGE = {
    "service": "JIETU Robotics",
    "url": "https://www.jietu-robot.com/zh-cn/privacy",
    "lang": "zh-CN",
    "platform": "Next.js (pages router, SSG, CSS modules)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("Cache-Control", "s-maxage=31536000, stale-while-revalidate"),
                      ("Via", "1.1 alicdn")),
    "n": 31,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 10, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 28),
    "fmt_date": lambda d: "%d年%d月%d日" % (d.year, d.month, d.day),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.jietu-robot.com/zh-cn/privacy", "select": "article.privacy-article"},
}
