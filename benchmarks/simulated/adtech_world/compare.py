#!/usr/bin/env python3
"""compare.py EXPORT  (run inside the generated collection dir: needs truth.json, manifest.json)

EXPORT: JSON lines, one per version: url, first_seen (ISO), change_kind, change_summary.
A version is matched to a capture when first_seen (normalised to seconds, UTC, 'Z') equals the capture date.
Truth versions of a page = first capture + captures with real_change.
"""
import datetime as dt
import json
import re
import sys


def norm_url(u):
    u = re.sub(r"^[a-zA-Z]+://", "", u.strip())
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/").lower()


def norm_time(t):
    t = str(t).strip().replace(" ", "T")
    if t.endswith("Z"):
        t = t[:-1] + "+00:00"
    t = re.sub(r"(\.\d+)", "", t)
    d = dt.datetime.fromisoformat(t)
    if d.tzinfo is not None:
        d = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    tot = {"v": 0, "real": 0, "found": 0, "false": 0, "missed": 0}
    for k in manifest:
        tr = truth[k]
        notes = {r["date"]: r["note"] for r in tr}
        tv = {tr[0]["date"]} | {r["date"] for r in tr if r["real_change"]}
        real = [r["date"] for r in tr if r["real_change"]]
        found = [d for d in real if d in ours[k]]
        false = sorted(d for d in ours[k] if d not in tv)
        missed = [d for d in real if d not in ours[k]]
        print("== %s" % k)
        print("   versions: %d   truth versions: %d   real edits found: %d/%d   first capture found: %s"
              % (len(ours[k]), len(tv), len(found), len(real), tr[0]["date"] in ours[k]))
        for d in false:
            print("   FALSE  %s  %s" % (d, notes.get(d, "(not a capture date)")[:300]))
        for d in missed:
            print("   MISSED %s  %s" % (d, notes[d][:300]))
        tot["v"] += len(ours[k])
        tot["real"] += len(real)
        tot["found"] += len(found)
        tot["false"] += len(false)
        tot["missed"] += len(missed)
    if unmatched:
        print("(export lines whose url matches no page: %d)" % unmatched)
    print(tot)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: compare.py EXPORT.jsonl")
    main(sys.argv[1])
