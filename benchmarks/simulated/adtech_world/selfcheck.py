"""Self-check of the generated collection (not the archive): WARC readable, order/bytes match manifest,
declaration selectors applied to every capture give exactly the gold words, region unchanged on noise captures.

OTA's range selectors ({"startBefore"|"startAfter": css, "endBefore"|"endAfter": css}) are applied as
../shared/tools/score_adjudicated.py's region_words applies them: scripts, styles, noscript and templates dropped,
marker spans put at the range's ends, the document's text between them (notices_world's and bigtech_world's
flat pages). The markers are private-use characters: lxml 6 refuses the control characters region_words uses."""
import json, re, collections, os, sys
from warcio.archiveiterator import ArchiveIterator
import lxml.html
from lxml.cssselect import CSSSelector
os.chdir(sys.argv[1])
man=json.load(open('manifest.json')); truth=json.load(open('truth.json'))
recs=collections.defaultdict(list)
with open('snapshots.warc.gz','rb') as f:
    for r in ArchiveIterator(f):
        recs[r.rec_headers.get_header('WARC-Target-URI')].append((r.rec_headers.get_header('WARC-Date'), r.http_headers.get_header('Content-Type'), r.content_stream().read()))
print("records", sum(len(v) for v in recs.values()))
def words(s): return re.findall(r'\w+', s.lower())
for k,m in man.items():
    svc=m['service']; d=json.load(open('declarations/%s.json'%svc))['terms']['Privacy Policy']
    hp='declarations/%s.history.json'%svc; h=json.load(open(hp))['Privacy Policy'] if os.path.exists(hp) else []
    rs=recs[m['url']]
    assert [x[0] for x in rs]==[s['date'] for s in m['snapshots']]==sorted(x[0] for x in rs), k
    assert [len(x[2]) for x in rs]==[s['bytes'] for s in m['snapshots']]
    gold={g['snapshot']:g['text'] for g in m['gold']}
    cur=None; prevsel=None; bad=0; noisechg=0; prevbody=None
    for i,(date,ct,body) in enumerate(rs):
        assert body!=prevbody; prevbody=body
        sid=m['snapshots'][i]['snapshot']
        if sid in gold: cur=gold[sid]
        enc=re.search(r'charset=([\w-]+)',ct).group(1)
        doc=lxml.html.fromstring(body.decode(enc))
        dd=d
        for hh in h:
            if date < hh['validUntil']: dd=hh; break
        sels=dd['select'] if isinstance(dd['select'],list) else [dd['select']]
        rem=dd.get('remove',[]); rem=rem if isinstance(rem,list) else [rem]
        for r_ in rem:
            for e in CSSSelector(r_)(doc): e.drop_tree()
        if any(isinstance(s_, dict) for s_ in sels):
            for bad_ in doc.xpath("//script|//style|//noscript|//template"): bad_.drop_tree()
        els=set(); parts=[]
        for s_ in sels:
            if isinstance(s_, dict):
                st=CSSSelector(s_.get('startBefore') or s_.get('startAfter'))(doc)
                en=CSSSelector(s_.get('endBefore') or s_.get('endAfter'))(doc)
                assert st and en, (k, i, s_)
                a_,b_=lxml.html.Element('span'),lxml.html.Element('span'); a_.text,b_.text='\ue000','\ue001'
                (st[0].addprevious if 'startBefore' in s_ else st[0].addnext)(a_)
                (en[0].addprevious if 'endBefore' in s_ else en[0].addnext)(b_)
                t_=doc.text_content()
                assert '\ue000' in t_ and '\ue001' in t_.split('\ue000',1)[1], (k, i, s_)
                parts.append(t_.split('\ue000',1)[1].split('\ue001',1)[0])
                a_.drop_tree(); b_.drop_tree()
            else:
                els|=set(CSSSelector(s_)(doc))
        els=[e for e in doc.iter() if e in els]
        txt=" ".join(" ".join(e.itertext()) for e in els)+" "+" ".join(parts)
        w=words(txt); g=words(re.sub(r'\]\([^)]*\)','] ',cur))
        if w!=g:
            bad+=1
            if bad<2: print("  MISMATCH",i,len(w),len(g), [(a,b) for a,b in zip(w,g) if a!=b][:5])
        if i>0 and not truth[k][i]['real_change'] and w!=prevsel: noisechg+=1
        prevsel=w
    print("%-40s caps=%d real=%d gold=%d mismatches=%d region-changed-on-noise=%d %s" % (k, len(rs), sum(t['real_change'] for t in truth[k]), len(m['gold']), bad, noisechg, ct))
