import json, collections, sys
truth = json.load(open("truth.json")); man = json.load(open("manifest.json"))
rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else "export.jsonl")]
canon = lambda u: u.split("://",1)[1].removeprefix("www.").rstrip("/")
by = collections.defaultdict(list)
for r in rows: by[canon(r["url"])].append(r)
print(f"{'page':40s} caps truthV toolV realFound missed false")
for k, tr in truth.items():
    url = man[k]["url"]; vs = sorted(by[canon(url)], key=lambda r: r["first_seen"])
    fs = {r["first_seen"].replace(".000000","") for r in vs}
    real = [t for t in tr if t["changed"]]
    found = [t for t in real[1:] if t["date"] in fs]
    missed = [t for t in real[1:] if t["date"] not in fs]
    false = [t for t in tr if t["date"] in fs and not t["changed"]]
    print(f"{k:40s} {len(tr):4d} {len(real):6d} {len(vs):5d} {len(found):9d} {len(missed):6d} {len(false):5d}  first_ok={tr[0]['date'] in fs}")
    for t in missed: print("    MISSED", t["i"], t["date"], t["edits"][0][0][:50] if t["edits"] else "")
    for t in false: print("    FALSE ", t["i"], t["date"], t["kind"])
