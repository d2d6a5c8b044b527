#!/usr/bin/env python3
"""Build a hidden-style OTA collection: manifest.json, snapshots.warc.gz, declarations/, truth.json.
Run: python build.py [OUT] (default: this folder); benchmarks/simulated.py runs it."""
import datetime, email.utils, hashlib, io, json, os, random, sys
import lxml.html
from lxml.cssselect import CSSSelector
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import dates, to_markdown, tok, hx
import svc_es, svc_it, svc_nl, svc_el, svc_ar, svc_he, svc_sv, svc_tr

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SERVICES = [svc_es, svc_it, svc_nl, svc_el, svc_ar, svc_he, svc_sv, svc_tr]
DOC = "Privacy Policy"


def zulu(d): return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def region_markdown(body, decl):
    doc = lxml.html.fromstring(body)
    for bad in doc.xpath("//script|//style|//noscript|//template"): bad.drop_tree()
    for sel in decl.get("remove") or []:
        for el in CSSSelector(sel)(doc): el.drop_tree()
    parts = []
    for sel in decl["select"]:
        parts += [to_markdown(el) for el in CSSSelector(sel)(doc)]
    return "\n\n".join(p for p in parts if p)


def main():
    os.makedirs(os.path.join(OUT, "declarations"), exist_ok=True)
    manifest, truth = {}, {}
    records = []
    for svc in SERVICES:
        rng = random.Random(f"dates-{svc.NAME}")
        when = dates(rng, svc.N, *svc.SPAN)
        text = svc.TEXT
        decl_cur = dict(svc.DECL); decl_cur["fetch"] = svc.URL
        hist = None
        if svc.HISTORY:
            cut = when[svc.REDESIGN - 1] + datetime.timedelta(minutes=1)
            hist = [dict(h, fetch=svc.URL, validUntil=zulu(cut)) for h in svc.HISTORY]
            json.dump({DOC: hist}, open(os.path.join(OUT, "declarations", f"{svc.NAME}.history.json"), "w"), ensure_ascii=False, indent=2)
        json.dump({"name": svc.NAME, "terms": {DOC: decl_cur}}, open(os.path.join(OUT, "declarations", f"{svc.NAME}.json"), "w"), ensure_ascii=False, indent=2)

        def decl_at(d):
            if hist and zulu(d) <= hist[0]["validUntil"]: return hist[0]
            return decl_cur

        snaps, gold, tr = [], [], []
        prev_body = None
        for i, d in enumerate(when):
            before = text
            for old, new in svc.EDITS.get(i, []):
                assert old in text, (svc.NAME, i, old[:60])
                text = text.replace(old, new, 1)
            changed = text != before
            r = random.Random(f"{svc.NAME}-{i}")
            body = svc.render(text, i, r, d).encode("utf-8")
            assert body != prev_body
            prev_body = body
            sid = hashlib.sha1(body + zulu(d).encode()).hexdigest()
            snaps.append({"snapshot": sid, "date": zulu(d), "bytes": len(body)})
            md = region_markdown(body, decl_at(d))
            kind = "first" if i == 0 else ("edit" if changed else ("redesign" if i == getattr(svc, "REDESIGN", None) else "noise"))
            tr.append({"i": i, "date": zulu(d), "changed": changed or i == 0, "kind": kind,
                       "edits": [[o[:80], n[:80]] for o, n in svc.EDITS.get(i, [])]})
            if i == 0 or changed:
                gold.append({"snapshot": sid, "version_commit": hashlib.sha1(md.encode()).hexdigest(), "text": md})
            records.append((d, svc.URL, body, r))
        key = f"{svc.NAME}/{DOC}.html"
        manifest[key] = {"service": svc.NAME, "doc": DOC, "url": svc.URL, "snapshots": snaps, "gold": gold}
        truth[key] = tr
    # one WARC, time order per page (pages one after another, as the reference collection)
    with open(os.path.join(OUT, "snapshots.warc.gz"), "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for d, url, body, r in records:
            hdrs = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))),
                    ("Date", email.utils.format_datetime(d, usegmt=True)), ("Cache-Control", "no-cache, private"),
                    ("Set-Cookie", f"sid={tok(r, 24)}; Path=/; HttpOnly; Secure; SameSite=Lax")]
            http = StatusAndHeaders("200 OK", hdrs, protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": zulu(d)})
            w.write_record(rec)
    json.dump(manifest, open(os.path.join(OUT, "manifest.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w"), ensure_ascii=False, indent=1)
    for k, v in truth.items():
        print(f"{k:45s} captures={len(v):3d} real_changes={sum(t['changed'] for t in v) - 1}")


if __name__ == "__main__":
    main()
