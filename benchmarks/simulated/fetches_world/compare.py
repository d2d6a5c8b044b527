#!/usr/bin/env python3
"""compare.py EXPORT  (run inside the generated collection dir: needs truth.json, manifest.json)

EXPORT: JSON lines, one per version: url, first_seen (ISO). A version is matched to a capture when first_seen
(normalised to seconds, UTC, 'Z') equals the capture date. Truth versions of a page = first capture + captures
with real_change. services_world's comparison, with each false version classified: at a fault capture (by the
fault's kind), on the clean capture after a fault (the archive went back to the policy it had left), or at a
capture of noise only; and a tally of the fault captures, by kind, that made a version.
"""
import collections
import json
import os
import sys


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "services_world"))
from compare import norm_time, norm_url  # noqa: E402  (services_world's)


def main(path):
    truth = json.load(open("truth.json", encoding="utf-8"))
    manifest = json.load(open("manifest.json", encoding="utf-8"))
    by_url = {norm_url(m["url"]): k for k, m in manifest.items()}
    ours = {k: set() for k in manifest}
    unmatched = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            k = by_url.get(norm_url(r.get("url", "")))
            if k is None:
                unmatched += 1
                continue
            ours[k].add(norm_time(r["first_seen"]))
    tot = collections.Counter()
    kinds = collections.defaultdict(lambda: [0, 0])  # kind -> [fault captures, of which made a version]
    for k in manifest:
        tr = truth[k]
        row = {r["date"]: r for r in tr}
        prev = {tr[j]["date"]: tr[j - 1] for j in range(1, len(tr))}
        tv = {tr[0]["date"]} | {r["date"] for r in tr if r["real_change"]}
        real = [r["date"] for r in tr if r["real_change"]]
        found = [d for d in real if d in ours[k]]
        false = sorted(d for d in ours[k] if d not in tv)
        missed = [d for d in real if d not in ours[k]]
        for r in tr:
            if r.get("fault"):
                kinds[r["fault"]][0] += 1
                kinds[r["fault"]][1] += r["date"] in ours[k]
        print("== %s" % k)
        print("   versions: %d   truth versions: %d   real edits found: %d/%d   first capture found: %s"
              % (len(ours[k]), len(tv), len(found), len(real), tr[0]["date"] in ours[k]))
        for d in false:
            r = row.get(d)
            if r is None:
                cls, note = "not a capture date", ""
            elif r.get("fault"):
                cls, note = "at a fault: " + r["fault"], r["note"]
            elif d in prev and prev[d].get("fault"):
                cls, note = "return after a fault: " + prev[d]["fault"], r["note"]
            else:
                cls, note = "noise", r["note"]
            tot["false " + cls.split(":")[0]] += 1
            print("   FALSE  %s  [%s]  %s" % (d, cls, note[:240]))
        for d in missed:
            after = " [after a fault: %s]" % prev[d]["fault"] if d in prev and prev[d].get("fault") else ""
            print("   MISSED %s%s  %s" % (d, after, row[d]["note"][:240]))
        tot["versions"] += len(ours[k])
        tot["real"] += len(real)
        tot["found"] += len(found)
        tot["false"] += len(false)
        tot["missed"] += len(missed)
    if unmatched:
        print("(export lines whose url matches no page: %d)" % unmatched)
    print("fault captures that made a version, by kind: " + ", ".join(
        "%s %d/%d" % (kd, v[1], v[0]) for kd, v in sorted(kinds.items())))
    print(dict(tot))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: compare.py EXPORT.jsonl")
    main(sys.argv[1])
