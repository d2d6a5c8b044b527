"""Pages that real crawls get at a policy's address instead of the policy, as the vendors serve them.

Each function returns a dict: status, reason, headers (list of pairs), body (bytes), content_type. The pages'
own templates (maintenance, soft 404, gates, shells) are in the page files; these are the ones a CDN, a WAF or a
web server writes, the same for every site behind it.
"""
import datetime as dt
import html

import common as C


def fault(status, reason, body, content_type="text/html; charset=utf-8", headers=(), encoding="utf-8"):
    if isinstance(body, str):
        body = body.encode(encoding)
    return {"status": status, "reason": reason, "headers": list(headers), "body": body,
            "content_type": content_type}


def cf_ray(rng):
    return C.hexs(rng, 16)


def cloudflare_challenge(rng, host, lang, verifying, needs_review, when):
    """Cloudflare's managed challenge ("Just a moment..."), 403 with cf-mitigated: challenge; the two sentences in
    the visitor's language (Cloudflare localises them from Accept-Language)."""
    ray = cf_ray(rng)
    body = """<!DOCTYPE html><html lang="%(lang)s"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}@media (width <= 720px){.main-content{margin-top:4rem}}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">%(host)s</h1><p class="h2 spacer-bottom">%(verifying)s</p><div id="challenge-stage"><div id="turnstile-wrapper" class="spacer"><div class="cf-turnstile" data-sitekey="0x4AAAAAAADnPIDROrmt1Wwj"></div></div></div><div id="challenge-body-text" class="core-msg spacer">%(review)s</div><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "%(host)s",cType: 'managed',cNounce: '%(nonce)d',cRay: '%(ray)s',cHash: '%(hash)s',cUPMDTk: "\\/?__cf_chl_tk=%(tk)s",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/?__cf_chl_f_tk=%(tk)s",md: "%(md)s",cRq: {ru: 'aHR0cHM6Ly8=',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: '%(d)s',t: 'MTcwOTI4NjU1NS4yMjQwMDA=',cT: Math.floor(Date.now() / 1000),m: '%(m)s',i1: '%(i1)s',i2: '%(i2)s',zh: '%(zh)s',uh: '%(uh)s',hh: '%(hh)s',}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=%(ray)s';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;if (window.history && window.history.replaceState) {var ogU = location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;history.replaceState(null, null, "\\/?__cf_chl_rt_tk=%(tk)s" + window._cf_chl_opt.cOgUHash);cpo.onload = function() {history.replaceState(null, null, ogU);}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>%(ray)s</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>""" % {
        "lang": lang, "host": host, "verifying": html.escape(verifying), "review": html.escape(needs_review),
        "ray": ray, "nonce": rng.randint(10000, 99999), "hash": C.hexs(rng, 15), "tk": C.alnum(rng, 43),
        "md": C.alnum(rng, 300), "d": C.b64tok(rng, 90), "m": C.b64tok(rng, 33), "i1": C.b64tok(rng, 12),
        "i2": C.b64tok(rng, 12), "zh": C.b64tok(rng, 32), "uh": C.b64tok(rng, 32), "hh": C.b64tok(rng, 32)}
    return fault(403, "Forbidden", body, "text/html; charset=UTF-8", [
        ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")), ("Connection", "close"),
        ("Accept-CH", "Sec-CH-UA-Bitness, Sec-CH-UA-Arch, Sec-CH-UA-Full-Version, Sec-CH-UA-Mobile, Sec-CH-UA-Model"),
        ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
        ("Expires", "Thu, 01 Jan 1970 00:00:01 GMT"), ("cf-mitigated", "challenge"),
        ("Cross-Origin-Embedder-Policy", "require-corp"), ("Server", "cloudflare"), ("CF-RAY", ray + "-VNO")])


def cloudflare_5xx(rng, host, code, when, pop="Vilnius"):
    """Cloudflare's own 5xx page (522: the origin did not answer in time), always in English."""
    titles = {521: "Web server is down", 522: "Connection timed out", 523: "Origin is unreachable",
              524: "A timeout occurred"}
    title = titles[code]
    ray = cf_ray(rng)
    stamp = when.strftime("%Y-%m-%d %H:%M:%S UTC")
    body = """<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->
<!--[if IE 8]>    <html class="no-js ie8 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>%(host)s | %(code)d: %(title)s</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
        <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
            <h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">
              <span class="inline-block">%(title)s</span>
              <span class="code-label">Error code %(code)d</span>
            </h1>
            <div>
               Visit <a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_%(code)d&utm_campaign=%(host)s" target="_blank" rel="noopener noreferrer">cloudflare.com</a> for more information.
            </div>
            <div class="mt-3">%(stamp)s</div>
        </header>
        <div class="my-8 bg-gradient-gray">
            <div class="w-240 lg:w-full mx-auto">
                <div class="clearfix md:px-8">
<div id="cf-browser-status" class=" relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center">
  <div class="relative mb-10 md:m-0"><span class="cf-icon-browser block md:hidden h-20 bg-center bg-no-repeat"></span><span class="cf-icon-ok w-12 h-12 absolute left-1/2 md:left-auto md:right-0 md:top-0 -ml-6 -bottom-4"></span></div>
  <span class="md:block w-full truncate">You</span>
  <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3">Browser</h3>
  <span class="leading-1.3 text-2xl text-green-success">Working</span>
</div>
<div id="cf-cloudflare-status" class=" relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center">
  <div class="relative mb-10 md:m-0"><a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_%(code)d&utm_campaign=%(host)s" target="_blank" rel="noopener noreferrer"><span class="cf-icon-cloud block md:hidden h-20 bg-center bg-no-repeat"></span><span class="cf-icon-ok w-12 h-12 absolute left-1/2 md:left-auto md:right-0 md:top-0 -ml-6 -bottom-4"></span></a></div>
  <span class="md:block w-full truncate">%(pop)s</span>
  <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3"><a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_%(code)d&utm_campaign=%(host)s" target="_blank" rel="noopener noreferrer">Cloudflare</a></h3>
  <span class="leading-1.3 text-2xl text-green-success">Working</span>
</div>
<div id="cf-host-status" class="cf-error-source relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center">
  <div class="relative mb-10 md:m-0"><span class="cf-icon-server block md:hidden h-20 bg-center bg-no-repeat"></span><span class="cf-icon-error w-12 h-12 absolute left-1/2 md:left-auto md:right-0 md:top-0 -ml-6 -bottom-4"></span></div>
  <span class="md:block w-full truncate">%(host)s</span>
  <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3">Host</h3>
  <span class="leading-1.3 text-2xl text-red-error">Error</span>
</div>
                </div>
            </div>
        </div>
        <div class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
            <div class="clearfix">
                <div class="w-1/2 md:w-full float-left pr-6 md:pb-10 md:pr-0 leading-relaxed">
                    <h2 class="text-3xl font-normal leading-1.3 mb-4">What happened?</h2>
                    <p>The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web page can not be displayed.</p>
                </div>
                <div class="w-1/2 md:w-full float-left leading-relaxed">
                    <h2 class="text-3xl font-normal leading-1.3 mb-4">What can I do?</h2>
                    <h3 class="text-15 font-semibold mb-2">If you're a visitor of this website:</h3>
                    <p class="mb-6">Please try again in a few minutes.</p>
                    <h3 class="text-15 font-semibold mb-2">If you're the owner of this website:</h3>
                    <p><span>Contact your hosting provider letting them know your web server is not completing requests. An Error 522 means that the request was able to connect to your web server, but that the request didn't finish. The most likely cause is that something on your server is hogging resources.</span> <a rel="noopener noreferrer" href="https://support.cloudflare.com/hc/en-us/articles/200171906-Error-522">Additional troubleshooting information here.</a></p>
                </div>
            </div>
        </div>
        <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
  <p class="text-13">
    <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">%(ray)s</strong></span>
    <span class="cf-footer-separator sm:hidden">&bull;</span>
    <span id="cf-footer-item-ip" class="cf-footer-item hidden sm:block sm:mb-1">
      Your IP:
      <button type="button" id="cf-footer-ip-reveal" class="cf-footer-ip-reveal-btn">Click to reveal</button>
      <span class="hidden" id="cf-footer-ip">%(ip)s</span>
      <span class="cf-footer-separator sm:hidden">&bull;</span>
    </span>
    <span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_%(code)d&utm_campaign=%(host)s" id="brand_link" target="_blank">Cloudflare</a></span>
  </p>
  <script>(function(){function d(){var b=a.getElementById("cf-footer-item-ip"),c=a.getElementById("cf-footer-ip-reveal");b&&"classList"in b&&(b.classList.remove("hidden"),c.addEventListener("click",function(){c.classList.add("hidden");a.getElementById("cf-footer-ip").classList.remove("hidden")}))}var a=document;document.addEventListener&&a.addEventListener("DOMContentLoaded",d)})();</script>
</div><!-- /.error-footer -->
    </div>
</div>
</body>
</html>
""" % {"host": host, "code": code, "title": title, "stamp": stamp, "ray": ray, "pop": pop,
       "ip": "198.51.100.%d" % rng.randint(2, 250)}
    return fault(code, "", body, "text/html; charset=UTF-8", [
        ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")), ("Connection", "close"),
        ("X-Frame-Options", "SAMEORIGIN"), ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
        ("Expires", "Thu, 01 Jan 1970 00:00:01 GMT"), ("Server", "cloudflare"), ("CF-RAY", ray + "-VNO")])


def akamai_denied(rng, url, when):
    """Akamai's "Access Denied" (the edge's bot manager or WAF said no), 403, with a reference number."""
    ref = "18.%s.%d.%s" % (C.hexs(rng, 8), C.epoch(when), C.hexs(rng, 8))
    ent = lambda s: "".join("&#%d;" % ord(ch) if ch in ':/.# ' else ch for ch in s)
    body = ('<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \n'
            'You don\'t have permission to access "%s" on this server.<P>\nReference&#32;&#35;%s\n'
            '<P>%s</P>\n</BODY>\n</HTML>\n' % (ent(url.replace("https://", "http://")), ent(ref),
                                             ent("https://errors.edgesuite.net/" + ref)))
    exp = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return fault(403, "Forbidden", body, "text/html", [
        ("Server", "AkamaiGHost"), ("Mime-Version", "1.0"), ("Expires", exp), ("Date", exp),
        ("Connection", "close")], encoding="ascii")


def f5_asm(rng, when):
    """F5 BIG-IP ASM's blocking page: served with 200, a support ID, and the TS cookie of the policy."""
    sid = "%d" % rng.randint(10 ** 18, 10 ** 19 - 1)
    body = ("<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please "
            "consult with your administrator.<br><br>Your support ID is: %s<br><br>"
            "<a href='javascript:history.back();'>[Go Back]</a></body></html>" % sid)
    return fault(200, "OK", body, "text/html; charset=utf-8", [
        ("Cache-Control", "no-cache"), ("Connection", "close"), ("Pragma", "no-cache"),
        ("Set-Cookie", "TS01a2b3c4=01%s; Path=/; Domain=.danovasprava.sk" % C.hexs(rng, 120))])


def nginx_status(code, reason, when, retry_after=None):
    body = ("<html>\r\n<head><title>%d %s</title></head>\r\n<body>\r\n<center><h1>%d %s</h1></center>\r\n"
            "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n" % (code, reason, code, reason))
    hh = [("Server", "nginx"), ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")), ("Connection", "keep-alive")]
    if retry_after:
        hh.append(("Retry-After", str(retry_after)))
    return fault(code, reason, body, "text/html", hh, encoding="ascii")


def cloudfront_error(rng, when, pop="DAR50-P1"):
    """CloudFront's "The request could not be satisfied" (here a WAF rule: Request blocked), 403."""
    rid = C.b64tok(rng, 42).replace("+", "-").replace("/", "_")
    body = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
Request blocked.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: %s
</PRE>
<ADDRESS>
</ADDRESS>
</BODY></HTML>""" % rid
    return fault(403, "Forbidden", body, "text/html", [
        ("Server", "CloudFront"), ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")),
        ("X-Cache", "Error from cloudfront"), ("Via", "1.1 %s.cloudfront.net (CloudFront)" % C.hexs(rng, 32)),
        ("X-Amz-Cf-Pop", pop), ("X-Amz-Cf-Id", rid)], encoding="latin-1")


def datadome(rng, host, when):
    """DataDome's block page: a captcha in an iframe built by a script, 403, "Please enable JS"."""
    cid = C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~_")
    body = ("<html lang=\"en\"><head><title>%s</title><style>#cmsg{animation: A 1.5s;}@keyframes A{0%%{opacity:0;}"
            "99%%{opacity:0;}100%%{opacity:1;}}</style></head><body style=\"margin:0\"><p id=\"cmsg\">Please enable JS "
            "and disable any ad blocker</p><script data-cfasync=\"false\">var dd={'rt':'c','cid':'%s','hsh':'%s',"
            "'t':'fe','s':%d,'e':'%s','host':'geo.captcha-delivery.com','cookie':'%s'}</script>"
            "<script data-cfasync=\"false\" src=\"https://ct.captcha-delivery.com/c.js\"></script></body></html>\n"
            % (host, cid, C.hexs(rng, 30).upper(), rng.randint(10000, 60000), C.hexs(rng, 64), C.alnum(rng, 120)))
    return fault(403, "Forbidden", body, "text/html;charset=utf-8", [
        ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")), ("Connection", "keep-alive"),
        ("Cache-Control", "max-age=0, private, no-cache, no-store, must-revalidate"), ("Pragma", "no-cache"),
        ("X-DataDome", "protected"), ("X-DD-B", "1"), ("Accept-CH", "Sec-CH-UA,Sec-CH-UA-Mobile,Sec-CH-UA-Platform"),
        ("Set-Cookie", "datadome=%s; Max-Age=31536000; Domain=.%s; Path=/; Secure; SameSite=Lax"
         % (C.alnum(rng, 128), host.replace("www.", "")))])


def aliyun_waf(rng, when):
    """Alibaba Cloud WAF's block page (405), in Chinese, with the request id to quote to the site's owner."""
    rid = C.hexs(rng, 30)
    body = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>405</title>
<style>body{margin:0;padding:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}#wrapper{width:100%%;padding-top:120px;text-align:center}#block_title{font-size:24px;color:#333}#block_desc{font-size:14px;color:#666;line-height:26px}#block_id{font-size:14px;color:#999}</style>
</head>
<body>
<div id="wrapper">
<a href="//www.aliyun.com/product/waf" target="_blank"><img src="//errors.aliyun.com/images/TB1TpamHpXXXXaJXXXXeB7nYVXX-104-162.png" alt=""></a>
<div id="block">
<h1 id="block_title">很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</h1>
<p id="block_desc">Sorry, your request has been blocked as it may cause potential threats to the server's security.</p>
<p id="block_id">您的请求ID是：<strong>%s</strong></p>
</div>
</div>
</body>
</html>
""" % rid
    return fault(405, "Not Allowed", body, "text/html", [
        ("Server", "Tengine"), ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")), ("Connection", "close"),
        ("Set-Cookie", "acw_tc=%s;path=/;HttpOnly;Max-Age=1800" % rid)])


def truncate(rng, payload, frac=(0.45, 0.75), start=0):
    """The first part of a payload, cut at an arbitrary byte (a UTF-8 character may be cut in two), as a
    connection reset or a proxy's timeout leaves it."""
    lo = start + int((len(payload) - start) * frac[0])
    hi = start + int((len(payload) - start) * frac[1])
    return payload[:rng.randint(lo, hi)]


def http_date(when):
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def later(when, **kw):
    return when + dt.timedelta(**kw)
