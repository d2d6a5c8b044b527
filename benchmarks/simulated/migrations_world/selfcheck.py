#!/usr/bin/env python3
"""selfcheck.py OUT: self-check of a generated migrations_world collection (not of the archive).

- the WARC reads back, in the manifest's order and sizes, each capture's bytes differing from the one before;
- each declaration as in force at a capture's date (the history's entry while date <= validUntil, as the scorer
  picks it) applied to the capture gives exactly the words of the curated text in force (document order; after a
  pure migration that moved the date line, the same words in another order until the next version);
- the scorer's own oracle (its `prose`/`region_words`, read from score_adjudicated.py) sees the same region at every
  noise-only capture, a region never seen before at every real edit, and at each pure migration what the page
  file says it sees (`oracle_same`): same words where only markup moved, other words where typography, hand
  numbers, bullets or the date's place changed the text a selector can reach.
Exit status 1 on any failure."""
import collections
import json
import os
import re
import sys

from warcio.archiveiterator import ArchiveIterator
import lxml.html
from lxml.cssselect import CSSSelector

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.environ.get("SCORER", os.path.join(HERE, "..", "..", "..", "..", "shared", "tools", "score_adjudicated.py"))


def scorer_oracle():
    src = open(SCORER, encoding="utf-8").read()
    seg = src[src.index("INVIS = "):src.index("TOK = ")]
    ns = {"re": re, "lxml": lxml, "CSSSelector": CSSSelector}
    exec(seg, ns)
    return ns["region_words"]


region_words = scorer_oracle()


MARK = re.compile(r"^\s*(\d{1,2}[.)]|\(?[a-z]\)|[\u2022\u2013])\s+")


def gold_words(md):
    md = re.sub(r"(?m)^\d+\. ", "", md)
    return words(re.sub(r"\]\([^)]*\)", "] ", md))


def words(s):
    return re.findall(r"\w+", s.lower())


def decl_at(cur, hist, date):
    for h in sorted(hist, key=lambda h: h.get("validUntil", "")):
        if date <= h.get("validUntil", ""):
            return h
    return cur


def doc_words(body, d):
    doc = lxml.html.fromstring(body)
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    rem = d.get("remove", [])
    for r in ([rem] if isinstance(rem, str) else rem):
        for e in CSSSelector(r)(doc):
            e.drop_tree()
    for e in doc.iter():  # hand-numbered or bulleted paragraphs: the marker is no word of the policy
        if isinstance(e.tag, str) and e.text and MARK.match(e.text):
            e.text = MARK.sub("", e.text, count=1)
        if e.tag == "br" and e.tail and MARK.match(e.tail):
            e.tail = MARK.sub("", e.tail, count=1)
    sels = d["select"] if isinstance(d["select"], list) else [d["select"]]
    els = set()
    for s in sels:
        els |= set(CSSSelector(s)(doc))
    ordered = [e for e in doc.iter() if e in els and not any(a in els for a in e.iterancestors())]
    return words(" ".join(" ".join(e.itertext()) for e in ordered))


def main(out):
    os.chdir(out)
    man = json.load(open("manifest.json", encoding="utf-8"))
    truth = json.load(open("truth.json", encoding="utf-8"))
    recs = collections.defaultdict(list)
    with open("snapshots.warc.gz", "rb") as f:
        for r in ArchiveIterator(f):
            recs[r.rec_headers.get_header("WARC-Target-URI")].append(
                (r.rec_headers.get_header("WARC-Date"), r.content_stream().read()))
    fails = 0
    tot = collections.Counter()
    for k, m in man.items():
        svc = m["service"]
        cur = json.load(open("declarations/%s.json" % svc, encoding="utf-8"))["terms"]["Privacy Policy"]
        hp = "declarations/%s.history.json" % svc
        hist = json.load(open(hp, encoding="utf-8"))["Privacy Policy"] if os.path.exists(hp) else []
        rs = recs[m["url"]]
        assert [x[0] for x in rs] == [s["date"] for s in m["snapshots"]] == sorted(x[0] for x in rs), k
        assert [len(x[1]) for x in rs] == [s["bytes"] for s in m["snapshots"]], k
        gold = {g["snapshot"]: g["text"] for g in m["gold"]}
        tr = truth[k]
        assert set(gold) == {m["snapshots"][i]["snapshot"] for i, t in enumerate(tr) if i == 0 or t["real_change"]}, k
        text, moved = None, False
        seen, prev_region, prev_body = [], None, None
        bad = noise_moved = edit_unseen = 0
        mig_report = []
        for i, (date, body) in enumerate(rs):
            assert body != prev_body, (k, i)
            prev_body = body
            sid = m["snapshots"][i]["snapshot"]
            if sid in gold:
                text, moved = gold[sid], False
            elif "migration" in tr[i] and not tr[i]["oracle_same_words"]:
                moved = True  # the curated text in force is the old template's: same words, maybe in another order
            d = decl_at(cur, hist, date)
            w, g = doc_words(body, d), gold_words(text)
            if w != g and not (moved and sorted(w) == sorted(g)):
                bad += 1
                if bad < 3:
                    print("  MISMATCH %s #%d: %s" % (svc, i, [(a, b) for a, b in zip(w, g) if a != b][:4] or (len(w), len(g))))
            region = region_words(body, d)
            prev_body_m = rs[i - 1][1] if i else None
            assert region is not None, (k, i)
            t = tr[i]
            if i > 0:
                if "migration" in t:
                    same = region == prev_region
                    if t["real_change"]:
                        ok = not same and region not in seen
                        mig_report.append("%s (%s, edit) oracle %s" % (t["migration"], date[:10], "sees it" if ok else "MISSES IT"))
                        edit_unseen += not ok
                    else:
                        ok = same == t["oracle_same_words"]
                        if os.environ.get("DEBUG") and not same:
                            import difflib
                            a, b = region_words(prev_body_m, decl_at(cur, hist, rs[i - 1][0])).split(), region.split()
                            print("   oracle diff:", [x for x in difflib.ndiff(a, b) if x[0] in "+-"][:12])
                        mig_report.append("%s (%s, pure) oracle %s%s" % (t["migration"], date[:10], "same words" if same else "other words",
                                                                           "" if ok else " UNEXPECTED"))
                        tot["pure"] += 1
                        tot["pure_same"] += same
                    if not ok:
                        fails += 1
                    tot["migrations"] += 1
                    tot["mig_edits"] += t["real_change"]
                elif t["real_change"]:
                    if region == prev_region or region in seen:
                        edit_unseen += 1
                elif region != prev_region:
                    noise_moved += 1
            seen.append(region)
            prev_region = region
        real = sum(t["real_change"] for t in tr)
        tot["caps"] += len(rs)
        tot["real"] += real
        fails += bad + noise_moved + edit_unseen
        print("%-38s caps=%d real=%d gold=%d word-mismatches=%d oracle: noise-moved=%d edits-unseen=%d" % (
            k, len(rs), real, len(gold), bad, noise_moved, edit_unseen))
        for x in mig_report:
            print("      " + x)
    print("total: %d captures, %d real edits, %d migrations (%d with an edit; %d pure, the oracle sees the same words at %d)"
          % (tot["caps"], tot["real"], tot["migrations"], tot["mig_edits"], tot["pure"], tot["pure_same"]))
    print("SELFCHECK", "OK" if not fails else "FAILED (%d)" % fails)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: selfcheck.py OUT")
    main(sys.argv[1])
