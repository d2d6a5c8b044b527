#!/usr/bin/env python3
"""compare.py EXPORT: services_world's comparison of an export with this collection's truth.json (run inside the
generated collection's folder), then the migrations on their own: at a pure migration (the words unchanged, the
template new) a version is a false one; at a relaunch (a migration with a real edit) a version is required. The
scorer's oracle agrees with truth at the pure migrations marked `oracle_same_words`; at the others it counts a
version there as a hit (typography, hand numbers, bullets or the date's place changed the words it reads)."""
import json
import os
import runpy
import sys

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "services_world", "compare.py"),
               run_name="__main__")
cmp = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "services_world", "compare.py"))
truth = json.load(open("truth.json", encoding="utf-8"))
manifest = json.load(open("manifest.json", encoding="utf-8"))
by_url = {cmp["norm_url"](m["url"]): k for k, m in manifest.items()}
ours = {k: set() for k in manifest}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        k = by_url.get(cmp["norm_url"](r.get("url", "")))
        if k:
            ours[k].add(cmp["norm_time"](r["first_seen"]))
rows = {"pure, oracle agrees": [0, 0], "pure, oracle reads other words": [0, 0], "relaunch with an edit": [0, 0]}
for k, tr in truth.items():
    for r in tr:
        if "migration" not in r:
            continue
        kind = ("relaunch with an edit" if r["real_change"] else
                "pure, oracle agrees" if r["oracle_same_words"] else "pure, oracle reads other words")
        rows[kind][0] += 1
        rows[kind][1] += r["date"] in ours[k]
        if r["date"] in ours[k] and not r["real_change"]:
            print("   FALSE at migration  %s  %s  %s" % (k, r["date"], r["migration"]))
print("migrations: " + "; ".join("%s: %d, a version at %d" % (k, v[0], v[1]) for k, v in rows.items()))
