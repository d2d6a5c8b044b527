#!/usr/bin/env python3
"""selfcheck.py OUT: self-check of a generated fetches_world collection (not of the archive).

- the WARC reads, its records are in the manifest's order with the manifest's byte counts;
- on every clean capture the declaration (its `select` / `remove`, ranges included, as valid at that date) gives
  exactly the words of the curated version in force (link targets aside), and noise leaves the region alone;
- the adjudicating scorer's oracle (`score_adjudicated.py`'s region_words and changed(), reproduced here) confirms
  every real edit (or cannot read the capture before it, when that one is a fault: then the curated history
  decides), and says no change on the clean capture after a fault;
- how that oracle reads each fault capture: `no region` (the selectors match nothing: a version there is
  undecided, so the curated history decides and it is a false version), `new words` (the selectors match the
  fault's own words: the oracle would call a version there real), `earlier state` (a stale copy: a return to a
  state seen before is blinking, not a change);
- the manifest's gold, written as an export (OUT/gold_export.jsonl), scored by score_adjudicated.py when the
  scorer is found (../shared/tools beside this checkout, or $SCORER): it must be perfect.
Exit status 1 on any failure."""
import collections
import json
import os
import re
import subprocess
import sys

import lxml.html
from lxml.cssselect import CSSSelector
from warcio.archiveiterator import ArchiveIterator

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- the scorer's oracle, as score_adjudicated.py has it
INVIS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
BLOCKS = {"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "div",
          "section", "article", "main", "td", "caption", "figcaption", "address"}


def prose(el):
    out = []
    for b in el.iter():
        if not isinstance(b.tag, str) or b.tag not in BLOCKS:
            continue
        if any(isinstance(c.tag, str) and c.tag in BLOCKS for c in b.iterdescendants()):
            continue
        t = " ".join(b.text_content().split())
        if len(t.split()) < 3:
            continue
        links = sum(len(" ".join(a.text_content().split())) for a in b.iter("a"))
        if links > 0.5 * len(t):
            continue
        out.append(t)
    return " ".join(out) if out else " ".join(el.text_content().split())


def region_words(body, decl, markers=("\x01", "\x02")):
    """The scorer's reading of the declared region. Its range markers are control characters, which lxml refuses
    as element text (ValueError, caught): with the scorer's markers a range declaration never reads; with
    `markers` = two private-use characters it reads as the scorer means it to."""
    m1, m2 = markers
    if not body or not decl:
        return None
    try:
        doc = lxml.html.fromstring(body)
    except Exception:
        return None
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    rem = decl.get("remove") or []
    for sel in ([rem] if isinstance(rem, (str, dict)) else rem):
        if isinstance(sel, str):
            try:
                for el in CSSSelector(sel)(doc):
                    el.drop_tree()
            except Exception:
                pass
    sels = decl.get("select") or "body"
    parts = []
    for sel in ([sels] if isinstance(sels, (str, dict)) else sels):
        try:
            if isinstance(sel, str):
                parts += [prose(el) for el in CSSSelector(sel)(doc)]
            else:
                start = CSSSelector(sel.get("startBefore") or sel.get("startAfter"))(doc)
                end = CSSSelector(sel.get("endBefore") or sel.get("endAfter"))(doc)
                if not start or not end:
                    continue
                a, b = lxml.html.Element("span"), lxml.html.Element("span")
                a.text, b.text = m1, m2
                (start[0].addprevious if "startBefore" in sel else start[0].addnext)(a)
                (end[0].addprevious if "endBefore" in sel else end[0].addnext)(b)
                t = doc.text_content()
                if m1 in t and m2 in t:
                    parts.append(t.split(m1, 1)[1].split(m2, 1)[0])
        except Exception:
            continue
    if not parts:
        return None
    return " ".join(INVIS.sub("", " ".join(parts)).split())


FIXED = ("\ue000", "\ue001")


# ---------------------------------------------------------------- the curated words of a capture
def words(s):
    return re.findall(r"\w+", s.lower())


def selected_text(body, enc, decl):
    """All the text the declaration selects (not the scorer's prose filter): what the curated Markdown holds."""
    doc = lxml.html.fromstring(body.decode(enc, errors="replace"))
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for br in doc.iter("br"):  # a line break separates words (text_content() would glue the lines)
        br.tail = "\n" + (br.tail or "")
    rem = decl.get("remove") or []
    for sel in ([rem] if isinstance(rem, str) else rem):
        for el in CSSSelector(sel)(doc):
            el.drop_tree()
    sels = decl.get("select")
    sels = sels if isinstance(sels, list) else [sels]
    chosen, ranges = set(), []
    for sel in sels:
        if isinstance(sel, str):
            chosen |= set(CSSSelector(sel)(doc))
        else:
            ranges.append(sel)
    if ranges:
        assert not chosen, "a declaration mixing ranges and selectors: not handled here"
        out = []
        for sel in ranges:
            start = CSSSelector(sel.get("startBefore") or sel.get("startAfter"))(doc)
            end = CSSSelector(sel.get("endBefore") or sel.get("endAfter"))(doc)
            if not start or not end:
                return None
            a, b = lxml.html.Element("span"), lxml.html.Element("span")
            a.text, b.text = FIXED
            (start[0].addprevious if "startBefore" in sel else start[0].addnext)(a)
            (end[0].addprevious if "endBefore" in sel else end[0].addnext)(b)
            t = " ".join(doc.itertext())  # text nodes apart: table cells and list items are words apart
            out.append(t.split(FIXED[0], 1)[1].split(FIXED[1], 1)[0])
        return " ".join(out)
    if not chosen:
        return None
    top = [e for e in doc.iter() if e in chosen and not any(p in chosen for p in e.iterancestors())]
    return " ".join(" ".join(e.itertext()) for e in top)


def declaration_at(out, svc, date):
    d = json.load(open(os.path.join(out, "declarations", svc + ".json"), encoding="utf-8"))["terms"]["Privacy Policy"]
    hp = os.path.join(out, "declarations", svc + ".history.json")
    for h in sorted(json.load(open(hp, encoding="utf-8"))["Privacy Policy"] if os.path.exists(hp) else [],
                    key=lambda h: h["validUntil"]):
        if date <= h["validUntil"]:
            return h
    return d


def main(out):
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    truth = json.load(open(os.path.join(out, "truth.json"), encoding="utf-8"))
    recs = collections.defaultdict(list)
    with open(os.path.join(out, "snapshots.warc.gz"), "rb") as f:
        for r in ArchiveIterator(f):
            recs[r.rec_headers.get_header("WARC-Target-URI")].append(
                (r.rec_headers.get_header("WARC-Date"), int(r.http_headers.get_statuscode()),
                 r.http_headers.get_header("Content-Type") or "", r.content_stream().read()))
    print("records", sum(len(v) for v in recs.values()))
    failures = 0
    kinds = collections.defaultdict(collections.Counter)  # kind -> Counter(oracle reading, status)
    totals = collections.Counter()
    for k, m in man.items():
        svc, rs, tr = m["service"], recs[m["url"]], truth[k]
        dates = [s["date"] for s in m["snapshots"]]
        assert [x[0] for x in rs] == dates == sorted(dates), k
        assert [len(x[3]) for x in rs] == [s["bytes"] for s in m["snapshots"]], k
        assert len(tr) == len(rs) and all(t["date"] == d for t, d in zip(tr, dates)), k
        gold = {g["snapshot"]: g["text"] for g in m["gold"]}
        assert m["snapshots"][0]["snapshot"] in gold, k
        regions, actual = [], []  # the oracle as the scorer means it (ranges read), and as it runs
        for date, _, _, body in rs:
            w = region_words(body, declaration_at(out, svc, date), FIXED)
            regions.append(None if w is None else hash(w))
            w = region_words(body, declaration_at(out, svc, date))
            actual.append(None if w is None else hash(w))
        if all(a is None for a in actual) and any(r is not None for r in regions):
            print("  note: %s: the scorer's oracle reads no region on any capture (its range markers are refused "
                  "by lxml): every disputed change point of this page is left to the curated history" % k)

        def changed(i):  # score_adjudicated.changed
            a, b = regions[i - 1], regions[i]
            if a is None or b is None:
                return None
            if a == b:
                return False
            return all(regions[j] != b for j in range(i - 1))
        cur = None
        mism = noise_moves = edits_ok = edits_curated = bad_edits = bad_returns = 0
        last_good_region = None
        fault_kinds = collections.Counter()
        for i, (date, status, ct, body) in enumerate(rs):
            t = tr[i]
            sid = m["snapshots"][i]["snapshot"]
            if t.get("fault"):
                assert sid not in gold, (k, i, "a fault capture in the curated history")
                assert status == t["http_status"] or status == 200, (k, i)
                r = regions[i]
                reading = ("no region" if r is None else
                           "earlier state" if any(regions[j] == r for j in range(i)) else "new words")
                if actual[i] is None and r is not None:
                    reading += " (as run: no region)"
                kinds[t["fault"]][reading] += 1
                kinds[t["fault"]]["HTTP %d" % status] += 1
                fault_kinds[t["fault"]] += 1
                continue
            if sid in gold:
                cur = gold[sid]
            enc = (re.search(r"charset=([\w-]+)", ct) or re.search(rb"charset=[\"']?([\w-]+)", body[:2048])
                   or [None, "utf-8"])[1]
            enc = enc.decode("ascii") if isinstance(enc, bytes) else enc
            txt = selected_text(body, enc, declaration_at(out, svc, date))
            w = words(txt) if txt is not None else None
            md = re.sub(r"(?m)^\d+\. ", "", re.sub(r"\]\([^)]*\)", "] ", cur))  # no link targets, list numbers
            g = words(re.sub(r"\\(.)", r"\1", md))  # nor Markdown escapes
            if w != g:
                mism += 1
                if mism < 3:
                    diff = [(a, b) for a, b in zip(w or [], g) if a != b][:5]
                    print("  MISMATCH", k, i, len(w or []), len(g), diff)
            if i > 0 and t["real_change"]:
                c = changed(i)
                if c:
                    edits_ok += 1
                elif c is None and tr[i - 1].get("fault") and regions[i] is not None:
                    edits_curated += 1
                else:
                    bad_edits += 1
                    print("  EDIT NOT SEEN BY THE ORACLE", k, i, c, t["note"][:100])
            elif i > 0:
                if regions[i] != last_good_region:
                    noise_moves += 1
                    print("  REGION MOVED ON NOISE", k, i, t["note"][:100])
                if tr[i - 1].get("fault") and changed(i):
                    bad_returns += 1
                    print("  ORACLE CALLS THE RETURN AFTER A FAULT A CHANGE", k, i)
            last_good_region = regions[i]
        nreal = sum(t["real_change"] for t in tr)
        failures += mism + noise_moves + bad_edits + bad_returns
        totals.update(captures=len(rs), real=nreal, faults=sum(fault_kinds.values()))
        print("%-36s caps=%d real=%d gold=%d faults=%d (%s) mismatches=%d region-moved-on-noise=%d "
              "edits seen by oracle=%d (+%d left to the curated history)"
              % (k, len(rs), nreal, len(m["gold"]), sum(fault_kinds.values()),
                 ", ".join("%s×%d" % kv for kv in sorted(fault_kinds.items())), mism, noise_moves, edits_ok,
                 edits_curated))
    print("fault kinds, as the scorer's oracle reads them:")
    for kind, c in sorted(kinds.items()):
        print("  %-22s %s" % (kind, ", ".join("%s: %d" % kv for kv in sorted(c.items()))))
    print("total: %d captures, %d real edits, %d fault captures (%.1f%%)"
          % (totals["captures"], totals["real"], totals["faults"], 100.0 * totals["faults"] / totals["captures"]))

    # the gold as an export, scored by the judge's scorer
    path = os.path.join(out, "gold_export.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for k, m in man.items():
            date_of = {s["snapshot"]: s["date"] for s in m["snapshots"]}
            for g in m["gold"]:
                f.write(json.dumps({"url": m["url"], "first_seen": date_of[g["snapshot"]], "markdown": g["text"],
                                    "text": g["text"]}, ensure_ascii=False) + "\n")
    scorer = os.environ.get("SCORER") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "shared", "tools", "score_adjudicated.py"))
    if os.path.isfile(scorer):
        res = subprocess.run([sys.executable, scorer, "manifest.json", "snapshots.warc.gz", ".", "gold_export.jsonl"],
                             cwd=out, capture_output=True, text=True, check=True)
        last = res.stdout.strip().splitlines()[-1]
        print("gold scored by %s: %s" % (os.path.basename(scorer), last))
        if "precision=1.000 recall=1.000" not in last or "fp=0 fn=0" not in last or "text f1=1.000" not in last:
            failures += 1
            print("  THE GOLD DOES NOT SCORE PERFECTLY")
    else:
        print("(no scorer at %s: gold export written, not scored)" % scorer)
    print("selfcheck:", "FAILED (%d)" % failures if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: selfcheck.py OUT")
    sys.exit(main(sys.argv[1]))
