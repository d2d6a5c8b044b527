"""The page-type classifier (archive/classify) and `policy-archive classify FILE_OR_URL...`: HTML, PDF,
Markdown and plain text; URLs fetched politely from real HTTP servers on 127.0.0.1; the numpy scorer
gives what scikit-learn gives; policies the old word counts refused now read as policies."""
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from archive.classify import TYPES, classify_bytes, classify_text, heading_kind, titled_line
from archive.classify.features import char_wb_ngrams, model_input
from archive.classify.model import MODEL, Model
from archive.classify.vocab import VOCAB, fold
from crawler import discover as d
from crawler.cli import cli
from crawler.demo.texts import COOKIES_EN, IMPRINT_EN, L, TERMS_EN
from crawler.demo.web import make_pdf, text_page

EN_POLICY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy | Northwind</title></head>
<body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Privacy Policy</h1><p>Last updated: 3 March 2024</p>
<p>This Privacy Policy explains how Northwind Ltd ("we", "us") handles information about you when you visit our
website or buy from our shop.</p>
<h2>What we hold about you</h2><p>When you place an order we keep your name, delivery address, e-mail address and
order history. When you browse we record the pages you visit and the device you use.</p>
<h2>Why we hold it</h2><p>We use this information to deliver your orders, to answer your questions and, if you
agree, to send you our newsletter. You can unsubscribe at any time from the link in every e-mail.</p>
<h2>Who we share it with</h2><p>Our delivery partners receive your name and address. Our payment provider handles
your card details; we never see them. We do not sell information about you.</p>
<h2>How long we keep it</h2><p>Order records are kept for six years for tax purposes, then deleted.</p>
<h2>Your choices</h2><p>You may ask us for a copy of the information we hold about you, ask us to correct or delete
it, or complain to the Information Commissioner's Office. Write to privacy@northwind.example.</p></main>
<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>"""

IT_POLICY = """<html lang="it"><head><meta charset="utf-8"><title>Informativa privacy</title></head><body>
<main><h1>Informativa sul trattamento dei dati personali</h1>
<p>Ai sensi dell'articolo 13 del Regolamento (UE) 2016/679, Rossi S.r.l., titolare del trattamento, informa gli
utenti del sito sulle modalità del trattamento dei loro dati personali.</p>
<h2>Finalità e base giuridica</h2><p>I dati forniti volontariamente (nome, indirizzo e-mail, telefono) sono
trattati per rispondere alle richieste e, previo consenso, per l'invio della newsletter.</p>
<h2>Destinatari</h2><p>I dati possono essere comunicati a fornitori che agiscono come responsabili del trattamento;
non sono diffusi né trasferiti a terzi fuori dall'Unione europea.</p>
<h2>Conservazione</h2><p>I dati sono conservati per il tempo necessario alle finalità indicate e comunque non oltre
24 mesi.</p>
<h2>Diritti dell'interessato</h2><p>L'interessato può chiedere l'accesso, la rettifica, la cancellazione dei dati
o la limitazione del trattamento, opporsi al trattamento e proporre reclamo al Garante per la protezione dei dati
personali.</p></main></body></html>"""

ZH_HANT_POLICY = """<html lang="zh-Hant"><head><meta charset="utf-8"><title>隱私權政策</title></head><body>
<main><h1>隱私權政策</h1>
<p>本公司非常重視您的隱私權，為讓您安心使用本網站的各項服務，特此說明本公司如何蒐集、處理及利用您的個人資料。</p>
<h2>個人資料的蒐集</h2><p>當您註冊會員、訂購商品或與客服聯繫時，我們會蒐集您的姓名、電子郵件、電話及地址等個人資料。</p>
<h2>個人資料的利用</h2><p>蒐集之個人資料僅用於提供服務、寄送商品及客戶服務，除法律規定外，不會提供予第三人。</p>
<h2>資料保存</h2><p>個人資料將於蒐集目的存續期間內保存，期滿後即予刪除。</p>
<h2>您的權利</h2><p>您得隨時請求查詢、閱覽、製給複製本、補充或更正、停止蒐集處理利用或刪除您的個人資料。</p>
<h2>Cookie 的使用</h2><p>本網站使用 Cookie 以提供更好的使用體驗，您可於瀏覽器中設定拒絕 Cookie。</p>
</main></body></html>"""


@pytest.mark.parametrize("html,lang", [(EN_POLICY, "en"), (IT_POLICY, "it"), (ZH_HANT_POLICY, "zh")])
def test_real_looking_policies_the_word_counts_refused_read_as_policies(html, lang):
    v = classify_bytes(html.encode(), "text/html; charset=utf-8", "https://x.example/privacy")
    assert (v.type, v.language) == ("privacy_policy", lang), v
    assert 0.5 <= v.score <= 1 and v.reason
    assert d.check_document(html.encode(), "text/html", "https://x.example/privacy").is_policy


def test_a_markdown_policys_front_matter_is_metadata_and_its_title_the_heading():
    """Jekyll and Hugo sites keep their pages as Markdown under YAML front matter: the '---' lines were read as
    the heading, so six of twelve translations of one real policy were not_legal (a fresh user's trial)."""
    import re as _re
    paras = [_re.sub(r"<[^>]+>", "", p) for p in IT_POLICY.split("<p>")[1:]]
    body = "\n\n".join(p.strip() for p in paras if p.strip())
    md = f"---\ntitle: \"Informativa sulla privacy\"\nlastmod: 2022-03-11\nslug: privacy\n---\n\n{body}\n"
    v = classify_bytes(md.encode(), "text/markdown", "privacy.md")
    assert (v.type, v.language) == ("privacy_policy", "it"), v
    assert "informativa" in v.reason.lower()


def test_pdf_policy_reads_as_a_policy():
    lines = ["Privacy Policy"] + [line for line in EN_POLICY.split("<p>")[1:] for line in [line.split("<")[0]]] * 2
    pdf = make_pdf([x for x in lines if x.strip()])
    v = classify_bytes(pdf, "application/pdf", "policy.pdf")
    assert v.type == "privacy_policy", v
    assert d.check_document(pdf, "application/pdf", "https://x.example/p.pdf").is_policy


@pytest.mark.parametrize("title,paras,kind", [("Terms of Service", TERMS_EN, "terms"),
                                              ("Cookie Policy", COOKIES_EN, "cookies")])
def test_sibling_pages_get_their_type(title, paras, kind):
    v = classify_bytes(text_page(title, paras * 3, "Acme").encode(), "text/html", "x.html")
    assert v.type == kind, v
    assert not d.check_document(text_page(title, paras * 3, "Acme").encode(), "text/html", "https://a.test/x").is_policy


def test_homepage_is_not_legal():
    home = ('<html><body><header><a href="/">Acme</a></header><main><h1>Fresh coffee, roasted daily</h1>'
            + "<p>Our beans come from small farms in Colombia and Ethiopia. Order before noon and we ship the same "
              "day. Visit our cafés in Leeds and York, open every day from 8 am.</p>" * 4
            + '</main><footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></footer></body></html>')
    v = classify_bytes(home.encode(), "text/html", "index.html")
    assert v.type == "not_legal", v


def test_markdown_and_plain_text_inputs():
    md = "# Privacy Policy\n\n" + "\n\n".join(p.format(co="Acme") for p in L["en"]["paras"]) * 2
    assert classify_bytes(md.encode(), None, "policy.md").type == "privacy_policy"
    txt = "Privacy Policy\n\n" + "\n".join(p.format(co="Acme") for p in L["en"]["paras"]) * 2
    assert classify_text(txt).type == "privacy_policy"


LANGS = sorted(VOCAB.languages)


def test_vocabulary_covers_35_languages_with_every_category():
    assert len(LANGS) >= 35
    for code, entry in VOCAB.languages.items():
        for cat in ("policy", "privacy", "terms", "cookies", "body"):
            assert entry.get(cat), (code, cat)


@pytest.mark.parametrize("lang", LANGS)
def test_vocabulary_route_every_language(lang):
    """A page headed with the language's name of the policy, whose text uses its policy words, reads as a
    privacy policy; headed with its word for terms, as terms -- without the model (language forced)."""
    entry = VOCAB.languages[lang]
    body = " ".join(f"{w} ." for w in entry["body"]) * 12
    v = classify_text(body, heading=entry["policy"][0], lang=lang if lang not in MODEL.info["languages"] else "xx")
    assert v.type == "privacy_policy", (lang, v)
    assert heading_kind(entry["terms"][0])[0] in ("terms", "cookies", "imprint"), lang
    assert heading_kind(entry["policy"][0])[0] == "privacy_policy", lang


@pytest.mark.parametrize("lang", ["nl", "pl", "sv", "tr", "ja"])
def test_a_title_after_the_first_line_names_the_page(lang):
    """A document whose first line is its company's name or its date names its kind on the next line or two
    ("Acme B.V." / "Algemene voorwaarden"): the vocabulary route reads the title there. The first line alone
    named nothing, and such a page fell to the model outside its languages (not_legal)."""
    entry = VOCAB.languages[lang]
    for cat, kind in (("terms", "terms"), ("policy", "privacy_policy")):
        body = " ".join(f"{w} ." for w in entry["body"]) * 12
        text = f"Acme Global Holdings\n\n2024-03-01\n\n# {entry[cat][0].capitalize()}\n\n{body}"
        v = classify_text(text, lang=lang)
        assert v.type == kind, (lang, cat, v)
    # the title is among the first lines, not anywhere: a page that names terms deep in its text is no terms
    late = "Acme Global Holdings\n\n" + "\n\n".join(["Widgets for every home and garden"] * 6)
    assert titled_line(f"{late}\n\n# {entry['terms'][0]}\n\nMore widgets.") == (None, "")


def test_numpy_scorer_matches_scikit_learn(tmp_path):
    """Train a small model, export it, and score with numpy: the probabilities are scikit-learn's."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from archive.classify import train

    docs = [(L[lang]["title"] + " " + " ".join(L[lang]["paras"]), "privacy_policy") for lang in L] + \
           [("Terms " + " ".join(TERMS_EN), "terms"), ("Cookie Policy " + " ".join(COOKIES_EN), "cookies"),
            ("Imprint " + " ".join(IMPRINT_EN), "imprint")]
    inputs = [model_input(t) for t, _ in docs]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True)
    x = vec.fit_transform(inputs)
    clf = LogisticRegression(C=10, max_iter=1000).fit(x, [y for _, y in docs])
    out = tmp_path / "m.npz"
    train.export(vec, clf, [{"type": y, "lang": "en"} for _, y in docs], out)
    m = Model(out)
    expected = clf.predict_proba(vec.transform(inputs))
    for row, doc in zip(expected, inputs):
        got = m.probabilities(doc)
        assert np.allclose([got[c] for c in clf.classes_], row, atol=2e-3)
    assert vec.build_analyzer()(inputs[0]) == char_wb_ngrams(inputs[0])


def test_a_page_declared_as_two_types_is_right_under_either():
    """One service's privacy policy, also declared as its trackers policy: both rows carry both types, and a
    verdict of either is right; another service's same text, or a different text, is not merged."""
    from archive.classify import train

    policy = " ".join(L["en"]["paras"])
    rows = [{"group": "s/A", "type": "privacy_policy", "text": policy},
            {"group": "s/A", "type": "cookies", "text": policy + " Updated."},
            {"group": "s/A", "type": "terms", "text": " ".join(TERMS_EN)},
            {"group": "s/B", "type": "terms", "text": policy}]
    train.same_page_types(rows)
    assert [r["labels"] for r in rows] == [{"privacy_policy", "cookies"}, {"privacy_policy", "cookies"},
                                           {"terms"}, {"terms"}]
    for r, verdict in zip(rows, ["cookies", "privacy_policy", "privacy_policy", "terms"]):
        r["shipped"] = verdict
    assert [train.truth(r, "shipped") for r in rows] == ["cookies", "privacy_policy", "terms", "terms"]
    assert [train.truth(r, "shipped", same_page=False) for r in rows] == [r["type"] for r in rows]
    n, precision, recall, _ = train.scores(rows, "shipped", "privacy_policy")
    assert (n, precision, recall) == (1, 0.5, 1.0)  # the terms page called a policy is the one error


def test_shipped_model_file_is_small_and_describes_itself():
    assert MODEL.path.stat().st_size < 2_000_000
    info = MODEL.info
    assert set(info["types"]) == set(TYPES) and "en" in info["languages"] and info["documents"] > 1000


def test_fold_matches_spellings():
    assert fold("Politique de Confidentialité") == "politique de confidentialite"
    assert VOCAB.has(fold("ADATVÉDELEM"), "privacy")
    assert VOCAB.url_hits("/politika-obrabotki-personalnyh-dannyh")
    assert not VOCAB.url_hits("/prodotti/")  # 'rodo' (Polish GDPR) only as a whole word


# --- the command -------------------------------------------------------------------------------------------
def invoke(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def test_classify_files_human_and_json(tmp_path):
    html = tmp_path / "privacy.html"
    html.write_text(EN_POLICY, encoding="utf-8")
    terms = tmp_path / "terms.html"
    terms.write_text(text_page("Terms of Service", TERMS_EN * 3, "Acme"), encoding="utf-8")
    r = invoke("classify", html, terms)
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert lines[0].split("\t")[:2] == [str(html), "privacy_policy"]
    assert lines[1].split("\t")[1] == "terms"
    r = invoke("classify", "--json", html, terms)
    objs = [json.loads(line) for line in r.output.strip().splitlines()]
    assert [o["type"] for o in objs] == ["privacy_policy", "terms"]
    assert set(objs[0]) == {"input", "type", "score", "language", "reason"}
    assert 0 <= objs[0]["score"] <= 1 and objs[0]["language"] == "en"


def test_a_saved_javascript_shell_says_to_classify_its_url(tmp_path):
    from crawler.demo.web import js_policy_html
    shell = tmp_path / "saved-privacy.html"
    shell.write_text(js_policy_html("en", "Acme"), encoding="utf-8")
    obj = json.loads(invoke("classify", "--json", shell).output)
    assert obj["type"] == "not_legal" and "a JavaScript shell" in obj["reason"] and "classify its URL" in obj["reason"]
    plain = tmp_path / "plain.html"
    plain.write_text(text_page("Weekly news", "We went to the beach and the weather was fine. " * 3, "Acme"))
    assert "JavaScript" not in json.loads(invoke("classify", "--json", plain).output)["reason"]


def test_classify_missing_file_is_one_line_and_exit_2(tmp_path):
    r = CliRunner().invoke(cli, ["classify", str(tmp_path / "nope.html")])
    assert r.exit_code == 2
    assert "no such file" in r.output and "Traceback" not in r.output


def test_classify_a_binary_file_says_it_is_no_page(tmp_path):
    """A gzip, an SQLite archive or random bytes were read as text and called `not_legal` in some language
    (trial 9); a PDF is still read."""
    import gzip
    gz, db = tmp_path / "x.warc.gz", tmp_path / "a.db"
    gz.write_bytes(gzip.compress(b"WARC/1.0\r\n" * 10))
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 4)
    r = CliRunner().invoke(cli, ["classify", str(gz), str(db)])
    assert r.exit_code == 2 and r.output.count("binary data, not a page") == 2, r.output


@pytest.fixture
def web():
    """A site on 127.0.0.1: /privacy (a policy), /redirect -> /privacy, /secret (robots.txt disallows)."""
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.path, self.headers.get("User-Agent")))
            if self.path == "/robots.txt":
                body, ctype, status = b"User-agent: *\nDisallow: /secret\n", "text/plain", 200
            elif self.path == "/privacy":
                body, ctype, status = EN_POLICY.encode(), "text/html; charset=utf-8", 200
            elif self.path == "/redirect":
                self.send_response(301)
                self.send_header("Location", "/privacy")
                self.end_headers()
                return
            elif self.path == "/secret":
                body, ctype, status = EN_POLICY.encode(), "text/html", 200
            elif self.path == "/app":  # the policy is written by a script into an empty body
                body = ("<!doctype html><html><head><title>Loading</title></head><body><div id=app></div><script>"
                        f"document.getElementById('app').innerHTML = {json.dumps(EN_POLICY)};</script></body></html>")
                body, ctype, status = body.encode(), "text/html; charset=utf-8", 200
            else:
                body, ctype, status = b"not found", "text/plain", 404
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()


def test_classify_url_politely(web):
    base, seen = web
    r = invoke("classify", "--json", "--allow-private", "--contact", "https://me.example/contact", f"{base}/redirect")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    assert (obj["input"], obj["type"]) == (f"{base}/redirect", "privacy_policy")
    assert seen[0][0] == "/robots.txt"
    assert all(ua.startswith("policy-archive/") and "https://me.example/contact" in ua for _, ua in seen)


def test_classify_url_goes_through_the_proxy_the_environment_names():
    """A second user's trial: `classify URL` ignored $http_proxy (the crawl goes through it), so a page the crawl
    reached failed with "DNS lookup failed". The local web's hosts (.test) resolve through its proxy only."""
    from crawler.demo.web import generate_sites
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        site = next(iter(web.sites.values()))
        proxy = web.proxy_url.replace("http://", "http://me:s%3Acret@")
        env = {"http_proxy": proxy, "no_proxy": ""}
        r = CliRunner().invoke(cli, ["classify", "--json", "--browser", "never", site.expected], env=env)
        assert r.exit_code == 0 and json.loads(r.output)["type"] == "privacy_policy", r.output
        asked = web.requests_to(site.host)[-2:]
        assert [q["path"] for q in asked] == ["/robots.txt", urlsplit(site.expected).path]
        assert asked[-1]["headers"]["proxy-authorization"] == "Basic bWU6czpjcmV0"  # me:s:cret, as the crawl sends
        direct = CliRunner().invoke(cli, ["classify", site.expected], env={"http_proxy": ""})
        assert direct.exit_code == 2 and "DNS lookup failed" in direct.output  # without it: as before
        # the target is checked as the crawl checks it, since the proxy connects to it (a colleague's review
        # reached private and metadata addresses through one); the proxy itself is the user's own setting
        for target, why in ((f"http://127.0.0.1:{web.port}/privacy", "a loopback address"),
                            ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
                            ("http://admin.localhost/", "a loopback name")):
            refused = CliRunner().invoke(cli, ["classify", target], env=env)
            assert refused.exit_code == 2 and why in refused.output, (target, refused.output)
        assert not [q for q in web.log if q["host"] in ("127.0.0.1", "169.254.169.254", "admin.localhost")]
    finally:
        web.stop()


def test_classify_https_url_asks_the_proxy_for_a_tunnel():
    """An https URL goes through a CONNECT tunnel; a proxy that refuses it is one line naming the refusal."""
    asked = []

    class NoTunnels(BaseHTTPRequestHandler):
        def do_CONNECT(self):  # noqa: N802 (http.server's name)
            asked.append(self.path)
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    proxy = ThreadingHTTPServer(("127.0.0.1", 0), NoTunnels)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        r = CliRunner().invoke(cli, ["classify", "--allow-private", "--browser", "never", "https://www.acme.test/privacy"],
                               env={"https_proxy": f"http://127.0.0.1:{proxy.server_port}", "no_proxy": ""})
        assert r.exit_code == 2 and "the proxy refused a tunnel to www.acme.test:443 (HTTP 403)" in r.output, r.output
        assert asked and asked[-1] == "www.acme.test:443"
        r = CliRunner().invoke(cli, ["classify", "--allow-private", "--browser", "never", "https://[2001:db8::1]/p"],
                               env={"https_proxy": f"http://127.0.0.1:{proxy.server_port}", "no_proxy": ""})
        assert r.exit_code == 2 and asked[-1] == "[2001:db8::1]:443", (asked, r.output)  # an IPv6 host in brackets
        r = CliRunner().invoke(cli, ["classify", "https://www.acme.test/privacy"],
                               env={"https_proxy": "https://proxy.example:3129", "no_proxy": ""})
        assert r.exit_code == 2 and "give an http:// proxy" in r.output, r.output
    finally:
        proxy.shutdown()


def test_classify_url_refusals(web):
    base, _ = web
    r = CliRunner().invoke(cli, ["classify", f"{base}/privacy"])
    assert r.exit_code == 2 and "loopback" in r.output and "--allow-private" in r.output
    r = CliRunner().invoke(cli, ["classify", "--allow-private", f"{base}/secret"])
    assert r.exit_code == 2 and "robots.txt" in r.output
    r = CliRunner().invoke(cli, ["classify", "--allow-private", f"{base}/missing"])
    assert r.exit_code == 2 and "HTTP 404" in r.output
    r = CliRunner().invoke(cli, ["classify", "ftp://a.example/x"])
    assert r.exit_code == 2


def test_classify_url_renders_a_script_built_policy_in_chromium(web):
    """issue 20: `classify URL` escalates as a crawl does: the plain HTML first, Chromium when it is a shell."""
    base, seen = web
    r = invoke("classify", "--json", "--allow-private", f"{base}/app")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    assert (obj["type"], obj["fetcher"], obj["escalation"]) == ("privacy_policy", "browser", "empty_body")
    r = invoke("classify", "--json", "--allow-private", "--browser", "never", f"{base}/app")
    assert json.loads(r.output)["type"] != "privacy_policy"  # its HTML alone reads as no policy
    plain = json.loads(invoke("classify", "--json", "--allow-private", f"{base}/privacy").output)
    assert (plain["type"], plain["fetcher"]) == ("privacy_policy", "html")  # a plain page is never rendered


@pytest.mark.parametrize("lang, title", [("de", "Gemeinschaftsrichtlinien"), ("es", "Política de uso aceptable"),
                                         ("ja", "コミュニティガイドライン"), ("pl", "Zasady społeczności")])
def test_other_legal_documents_are_named_in_the_languages_outside_the_model(lang, title):
    """Community guidelines, an acceptable use policy, a copyright policy... in a language the model does not
    know: the vocabulary's names of other legal documents make them other_legal, not not_legal (a German
    "Gemeinschaftsrichtlinien" of the curated corpus was not_legal); a privacy policy stays one."""
    entry = VOCAB.languages[lang]
    assert heading_kind(title)[0] == "other_legal"
    body = " ".join(f"{w} ." for w in entry["terms"] + entry["body"]) * 8
    assert classify_text(body, heading=title, lang=lang).type == "other_legal"
    assert classify_text(" ".join(f"{w} ." for w in entry["body"]) * 12, heading=entry["policy"][0],
                         lang=lang).type == "privacy_policy"


def test_an_arabic_policy_in_the_forms_its_words_take_reads_as_one():
    """Arabic joins pronouns and particles to its words ("بياناتك الشخصية", your personal data; "نجمع", we
    collect; "حقوقك", your rights): a policy written so used too few of the vocabulary's dictionary forms, and
    was refused as "not a policy" at import and as not legal by discovery (a third audit and a fresh user's
    trial). On five Arabic policies of other sites, held out: classified as policies 2 -> 4, read as policies by
    the import's check 3 -> 5; an Arabic news page and a homepage stay not legal."""
    from archive.extract.checks import reads_as_policy
    policy = ("سياسة الخصوصية\n\nنحن في مصرف المثال نحترم خصوصيتك. توضح هذه السياسة كيف نجمع بياناتك الشخصية "
              "ونستخدمها ونحميها عند استخدامك لتطبيقنا وخدماتنا المصرفية.\n\nالبيانات التي نجمعها\n\nنجمع اسمك "
              "ورقم هاتفك وعنوان بريدك الإلكتروني ومعلومات حسابك عند فتح الحساب.\n\nمشاركة البيانات\n\nقد نشارك "
              "معلوماتك مع جهات خارجية تقدم لنا خدمات الدفع والاستضافة، ولا نبيع بياناتك لأي جهة.\n\nحقوقك\n\n"
              "يمكنك طلب نسخة من بياناتك أو تصحيحها أو حذفها بالتواصل معنا. نحتفظ ببياناتك طوال مدة علاقتك بنا "
              "وخمس سنوات بعد إغلاق الحساب كما يقتضي القانون.")
    assert classify_text(policy, lang="ar").type == "privacy_policy"
    assert reads_as_policy(policy)[0]
    news = ("الأخبار\n\nافتتح وزير النقل اليوم الطريق الجديد بين المدينتين بحضور عدد من المسؤولين، وقال إن المشروع "
            "سيختصر زمن الرحلة إلى النصف. وأضاف أن العمل على المرحلة الثانية يبدأ في الربيع المقبل، وأن الوزارة "
            "ستعلن عن مواعيد الافتتاح لاحقا. وشهد الحفل عروضا فنية وتكريما للعمال والمهندسين الذين شاركوا في "
            "المشروع على مدى ثلاث سنوات.") * 2
    assert classify_text(news, lang="ar").type == "not_legal" and not reads_as_policy(news)[0]


def test_the_vocabulary_has_every_language_the_archive_can_name():
    """A language the vocabulary lacks is refused at every capture by the import's check, which reads a policy's
    terms (an Amharic lottery's policy: `benchmarks/simulated.py`'s edits_world): every language `meta.language`
    can name (langdetect's profiles, the scripts and letters only one language writes, the function words) has
    an entry, and a policy in one of those added reads as one while its login wall does not."""
    import os
    from langdetect.detector_factory import PROFILES_DIRECTORY
    from archive.extract import meta
    from archive.extract.checks import reads_as_policy
    named = {code.split("-")[0] for code in os.listdir(PROFILES_DIRECTORY)} | set(meta._OWN_SCRIPTS) | \
        set(meta._OWN_LETTERS) | set(meta._STOP)
    assert named <= set(VOCAB.languages), sorted(named - set(VOCAB.languages))
    amharic = ("የግላዊነት ፖሊሲ። ይህ ፖሊሲ የግል መረጃዎን እንዴት እንደምንሰበስብ፣ እንደምንጠቀም እና እንደምንጠብቅ ያብራራል። "
               "የግል መረጃ ያለ እርስዎ ፈቃድ ለሶስተኛ ወገን አይሰጥም። መረጃዎን የማግኘት እና የማስተካከል መብት አለዎት። ") * 4
    login = "ይግቡ። የኢሜይል አድራሻዎን እና የይለፍ ቃልዎን ያስገቡ። መለያ የለዎትም? ይመዝገቡ። የይለፍ ቃልዎን ረሱ? " * 5
    assert reads_as_policy(amharic)[0] and not reads_as_policy(login)[0]
    afrikaans = ("Privaatheidsbeleid. Ons versamel persoonlike inligting wat u aan ons verskaf en verwerk dit slegs "
                 "met u toestemming. Ons deel dit nie met derde partye nie, en u het die regte om dit in te sien. ") * 3
    assert reads_as_policy(afrikaans)[0]


def test_a_refusals_reason_is_the_same_at_every_run():
    """A page's words of two languages' policy vocabularies, one term each ("operator" and "titular" in a news
    homepage's text), tied: the refusal named whichever term the run's randomised string hashes put first, so
    the same capture's stored reason changed between imports (`realpages-dev`'s Spanish and Italian news
    homepages). The tie is settled by the languages' codes."""
    import subprocess
    import sys
    text = ("Noticias del día y última hora. " * 8 + "El titular de la cuenta. The operator of the site. "
            "Il titolare del sito. " + "Más noticias de hoy en la ciudad. " * 8)
    code = ("import sys; from archive.extract.checks import reads_as_policy; "
            "print(reads_as_policy(sys.stdin.read()))")
    reasons = {subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(8)}
    assert len(reasons) == 1 and "False" in reasons.pop()
