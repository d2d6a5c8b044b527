import json, re, sys, datetime
truth = json.load(open('truth.json')); man = json.load(open('manifest.json'))
rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else 'export.jsonl')]
def nd(s): return datetime.datetime.fromisoformat(s.replace('Z', '+00:00')).strftime('%Y-%m-%dT%H:%M:%SZ')
canon = lambda u: re.sub(r"/+$", "", re.sub(r"^https?://(www\.)?", "", u))
tot = dict(v=0, real=0, found=0, false=0, missed=0)
for k, tr in truth.items():
    url = man[k]['url']
    vs = sorted([r for r in rows if canon(r['url']) == canon(url)], key=lambda r: r['first_seen'])
    ours = {nd(r['first_seen']): r for r in vs}
    real = {t['date']: t for t in tr if t['real_change']}
    found = [d for d in real if d in ours]; missed = [d for d in real if d not in ours]
    false = [d for d in ours if d not in real and d != tr[0]['date']]
    print(f"{k:42s} versions={len(vs):3d} truth_versions={len(real)+1:2d} real_found={len(found)}/{len(real)} false={len(false)} first_ok={tr[0]['date'] in ours}")
    for d in false:
        n = [t for t in tr if t['date'] == d]
        print("    FALSE", d, '#%d' % n[0]['i'] if n else '?', n[0]['note'] if n else '', ours[d]['change_kind'], (ours[d].get('change_summary') or '')[:150].replace('\n', ' '))
    for d in missed: print("    MISSED", d, real[d]['i'], real[d]['note'])
    tot['v'] += len(vs); tot['real'] += len(real); tot['found'] += len(found); tot['false'] += len(false); tot['missed'] += len(missed)
print(tot)
