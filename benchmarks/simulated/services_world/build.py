#!/usr/bin/env python3
"""Generate the services_world hidden-style OTA collection: build.py OUT

Health, education, news, cars, hotels, SaaS, a water utility and fitness, in European Portuguese, Canadian
French, Austrian German, Czech, Traditional Chinese, Finnish, Romanian (windows-1250) and Russian.

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json.
Deterministic: everything is drawn from random.Random seeded by fixed strings. `everyday_world/build.py` runs
this generator on its own pages with its own seed (`main(out, page_files, pages_dir, seed)`).
"""
import datetime as dt
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common as C  # noqa: E402

PAGE_FILES = ["p1_hospital_pt", "p2_education_frca", "p3_news_deat", "p4_auto_cs",
              "p5_hotel_zhtw", "p6_saas_fi", "p7_utility_ro", "p8_fitness_ru"]


def load(name, pages_dir=os.path.join(HERE, "pages")):
    spec = importlib.util.spec_from_file_location(name, os.path.join(pages_dir, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.PAGE


def apply_edit(src, edit):
    for old, new in edit["repl"]:
        if src.count(old) != 1:
            raise SystemExit("edit %r: %r occurs %d times" % (edit["note"], old[:60], src.count(old)))
        src = src.replace(old, new)
    return src


def build_page(P, seed="sim3"):
    svc = P["service"]
    rng = random.Random(seed + "|schedule|" + svc)
    # SIM_CAPTURES_TIMES=K: K times the page's captures, its edits as many (`benchmarks/simulated.py --times`)
    dates = C.schedule(rng, P["n"] * int(os.environ.get("SIM_CAPTURES_TIMES", "1")), P["start"], P["end"],
                       hours=P.get("hours", (0, 12)))
    n = len(dates)
    k = len(P["edits"])
    # spread the k real edits over captures 1..n-1: one per bin
    bins = [(1 + (n - 1) * j // k, 1 + (n - 1) * (j + 1) // k) for j in range(k)]
    edit_at = {}
    for j, (a, b) in enumerate(bins):
        lo, hi = a + (1 if j else 0), max(a + 1, b - 1)
        edit_at[rng.randint(lo, hi) if hi > lo else a] = j
    assert len(edit_at) == k, (svc, edit_at)
    src = P["policy"]
    updated = P["first_updated"]
    prev_state = None
    prev_md = None
    records, snaps, gold, truth = [], [], [], []
    for i, when in enumerate(dates):
        crng = random.Random("%s|capture|%s|%d" % (seed, svc, i))
        note = None
        if i in edit_at:
            e = P["edits"][edit_at[i]]
            src = apply_edit(src, e)
            if e.get("bump", True):
                nd = when.date() - dt.timedelta(days=crng.randint(1, 20))
                updated = max(nd, updated + dt.timedelta(days=1))
            note = e["note"]
        text_src = src.replace("{UPDATED}", P["fmt_date"](updated))
        blocks = C.parse_src(text_src)
        state = P["noise"](crng, when, i, prev_state)
        html_doc = P["render"](state, blocks, when)  # render may record derived widget state in `state`
        changed = [P["labels"].get(key, key) for key in state
                   if prev_state is None or state[key] != prev_state.get(key)]
        payload = html_doc.encode(P.get("encoding", "utf-8"))
        md = P.get("gold_md", lambda b: C.blocks_md(b, P["url"]))(blocks)
        sid = C.det_sha("snapshot", svc, C.iso(when), C.det_sha(payload))
        records.append(C.warc_record(P["url"], when, payload, P["content_type"],
                                     C.det_uuid("warc", svc, i), P.get("extra_headers", ())))
        snaps.append({"snapshot": sid, "date": C.iso(when), "bytes": len(payload)})
        real = note is not None
        if i == 0 or real:
            gold.append({"snapshot": sid, "version_commit": C.det_sha("version", svc, i), "text": md})
        if i == 0:
            tnote = "first capture; noise components present: " + ", ".join(changed)
        elif real:
            tnote = "REAL EDIT: " + note + " | also noise: " + ", ".join(changed)
        else:
            tnote = "noise: " + ", ".join(changed)
        if i > 0:
            assert real == (md != prev_md), (svc, i, real)
        truth.append({"i": i, "date": C.iso(when), "real_change": real, "note": tnote})
        prev_state, prev_md = state, md
    key = svc + "/Privacy Policy.html"
    man = {"service": svc, "doc": "Privacy Policy", "url": P["url"], "snapshots": snaps, "gold": gold}
    return key, man, records, truth


def main(out, page_files=PAGE_FILES, pages_dir=os.path.join(HERE, "pages"), seed="sim3", build=None):
    """Write the collection of `page_files` into `out`; `build(P, seed)` makes one page's (key, manifest entry,
    WARC records, truth rows): this generator's `build_page`, or another collection's (fetches_world's faults)."""
    os.makedirs(os.path.join(out, "declarations"), exist_ok=True)
    manifest, truth, warc = {}, {}, []
    for name in page_files:
        P = load(name, pages_dir)
        key, man, recs, tr = (build or build_page)(P, seed)
        manifest[key] = man
        truth[key] = tr
        warc.extend(recs)
        decl = {"name": P["service"], "terms": {"Privacy Policy": P["declaration"]}}
        with open(os.path.join(out, "declarations", P["service"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(decl, f, ensure_ascii=False, indent=2)
            f.write("\n")
        if P.get("history"):
            with open(os.path.join(out, "declarations", P["service"] + ".history.json"), "w",
                      encoding="utf-8") as f:
                json.dump({"Privacy Policy": P["history"]}, f, ensure_ascii=False, indent=2)
                f.write("\n")
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "snapshots.warc.gz"), "wb") as f:
        for r in warc:
            f.write(r)


def cli(page_files=PAGE_FILES, pages_dir=os.path.join(HERE, "pages"), seed="sim3"):
    """`build.py OUT`: this generator's command, run by the collections of pages only on theirs
    (`runpy.run_path(this file)["cli"](...)`)."""
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT")
    main(sys.argv[1], page_files, pages_dir, seed)


if __name__ == "__main__":
    cli()
