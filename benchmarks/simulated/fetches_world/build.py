#!/usr/bin/env python3
"""Generate the fetches_world hidden-style OTA collection: build.py OUT [--as-ota]

Captures that are not a clean copy of the policy. Besides real edits and ordinary per-visit noise, about one
capture in eight is a fetch that went wrong or served something else at the policy's address, as real capture
histories hold them: a maintenance page in the site's own template (503), a WAF's or a CDN's block page
(Cloudflare's managed challenge, Akamai's "Access Denied", F5 ASM's "Request Rejected" served with 200, a DataDome
captcha, CloudFront's "Request blocked", Alibaba Cloud WAF's 405), Cloudflare's 522 and nginx's 429, a 404 inside
the site's template, a soft 404 that sends the visitor home, a CMS portlet that failed, a login wall, an age
gate, an SSR application's client-only shell, a policy body loaded lazily and caught as a spinner, a body cut
mid-policy, a stale CDN or ISR copy serving the previous version once after an edit (A → B → A → B), and another
language's version served at the same address. Each page has one to three kinds.

Eight pages: a tax authority (Slovak, Liferay), a health insurer (Lithuanian, WordPress behind Cloudflare), an
airline (Estonian, Angular SSR behind Akamai), a university (Icelandic, Drupal), a mobile-money service
(Swahili, a React SPA captured rendered), a ride-hailing app (Tamil, Webflow with DataDome), an online game
publisher (Kazakh, Next.js with ISR) and a national newspaper (Simplified Chinese, TRS WCM behind a Chinese
CDN). About half the pages are otherwise well built; the rest also carry ordinary volatile noise.

truth.json records, for every capture, whether the policy really changed there and, for a fault capture, its
kind and HTTP status (`fault`, `http_status`). A fault never advances the curated history (`gold`): a careful
curator records no version where the declaration's selectors match nothing, nor where they match an error
page, a gate, a spinner, a cut body, a stale copy or another language's version (see the pages' `fault_notes`).

Writes OUT/manifest.json, OUT/snapshots.warc.gz, OUT/declarations/*.json, OUT/truth.json. Deterministic (seeded
with "sim6"). The WARC keeps each fault's real status and headers; `--as-ota` writes every record as Open Terms
Archive's reconstructed WARCs show them (200, Content-Type and Content-Length only), since OTA keeps a fault
only when it was served with 2xx and its WARCs carry no original headers.
"""
import datetime as dt
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "services_world"))  # its `common`, which this generator extends
import common as C  # noqa: E402

PAGE_FILES = ["p1_taxportal_sk", "p2_healthins_lt", "p3_airline_et", "p4_university_is",
              "p5_mobilemoney_sw", "p6_ridehail_ta", "p7_games_kk", "p8_newspaper_zh"]
SEED = "sim6"
# services_world's generator: its page loader, its edits and its `main`, which writes a collection through this
# generator's `build_page`
_spec = importlib.util.spec_from_file_location("services_world_build",
                                               os.path.join(HERE, "..", "services_world", "build.py"))
SW = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SW)
load, apply_edit = SW.load, SW.apply_edit


def plan(P, rng, n):
    """Which captures are faults (index -> kind) and which carry the real edits (index -> edit number).

    Capture 0 and the last capture are clean. Faults of kinds marked `after_edit` (a stale copy of the previous
    version) fall on the first clean capture after an edit, so that the version before is served again once
    between two captures of the new one."""
    faults = P.get("faults", [])
    ordinary = [k for f in faults if not f.get("after_edit") for k in [f["kind"]] * f["count"]]
    stale = [k for f in faults if f.get("after_edit") for k in [f["kind"]] * f["count"]]
    while True:
        idx = sorted(rng.sample(range(2, n - 1), len(ordinary)))
        kinds = list(ordinary)
        rng.shuffle(kinds)
        # the same vendor page twice in a row would be one snapshot (OTA writes one when the bytes change)
        if all(not (b == a + 1 and kinds[j] == kinds[j + 1]) for j, (a, b) in enumerate(zip(idx, idx[1:]))):
            break
    fault_at = dict(zip(idx, kinds))
    good = [i for i in range(1, n) if i not in fault_at]
    k = len(P["edits"])
    m = len(good)
    edit_at = {}
    for j in range(k):
        a, b = m * j // k, m * (j + 1) // k
        # leave two clean captures after the edit inside its bin: room for a stale copy and the return
        edit_at[good[rng.randint(a, max(a, b - 3))]] = j
    assert len(edit_at) == k, (P["service"], edit_at)
    order = list(range(k))
    rng.shuffle(order)
    for kind in stale:
        for j in list(order):
            e = next(i for i, jj in edit_at.items() if jj == j)
            nxt = [i for i in good if i > e and i not in edit_at and i not in fault_at]
            if len(nxt) >= 2 and nxt[0] + 1 < n:
                fault_at[nxt[0]] = kind
                order.remove(j)
                break
        else:
            raise SystemExit("%s: no room for a %s capture" % (P["service"], kind))
    return fault_at, edit_at


def build_page(P, seed=SEED, as_ota=False):
    svc = P["service"]
    rng = random.Random(seed + "|schedule|" + svc)
    dates = C.schedule(rng, P["n"], P["start"], P["end"], hours=P.get("hours", (0, 12)))
    n = len(dates)
    fault_at, edit_at = plan(P, random.Random(seed + "|plan|" + svc), n)
    src = P["policy"]
    updated = P["first_updated"]
    prev_state = good_state = None
    prev_md = prev_body = None
    blocks = old_blocks = None
    last_payload = old_payload = None  # the last clean capture's bytes; those of the version before the current
    records, snaps, gold, truth = [], [], [], []
    for i, when in enumerate(dates):
        crng = random.Random("%s|capture|%s|%d" % (seed, svc, i))
        note = None
        if i in edit_at:
            e = P["edits"][edit_at[i]]
            old_blocks, old_payload = blocks, last_payload
            src = apply_edit(src, e)
            if e.get("bump", True):
                nd = when.date() - dt.timedelta(days=crng.randint(1, 20))
                updated = max(nd, updated + dt.timedelta(days=1))
            note = e["note"]
        text_src = src.replace("{UPDATED}", P["fmt_date"](updated))
        blocks = C.parse_src(text_src)
        state = P["noise"](crng, when, i, prev_state)
        html_doc = P["render"](state, blocks, when)  # render may record derived widget state in `state`
        payload = html_doc.encode(P.get("encoding", "utf-8"))
        kind = fault_at.get(i)
        status, reason, headers = 200, "OK", list(P.get("extra_headers", ()))
        ctype, declared = P["content_type"], None
        if kind:
            frng = random.Random("%s|fault|%s|%d" % (seed, svc, i))
            ctx = {"state": dict(state), "blocks": blocks, "old_blocks": old_blocks, "old_payload": old_payload,
                   "payload": payload, "render": P["render"], "when": when, "i": i, "url": P["url"]}
            F = P["fault"](kind, frng, ctx)
            payload, status, reason = F["body"], F["status"], F["reason"]
            headers, ctype, declared = F["headers"], F.get("content_type", ctype), F.get("content_length")
        if as_ota:
            status, reason, headers, declared = 200, "OK", [], None
        assert payload != prev_body, (svc, i, "two captures in a row with the same bytes")
        prev_body = payload
        sid = C.det_sha("snapshot", svc, C.iso(when), C.det_sha(payload))
        records.append(C.warc_record(P["url"], when, payload, ctype, C.det_uuid("warc", svc, i), headers,
                                     status, reason, declared))
        snaps.append({"snapshot": sid, "date": C.iso(when), "bytes": len(payload)})
        row = {"i": i, "date": C.iso(when), "real_change": note is not None}
        if kind:
            row.update(fault=kind, http_status=F["status"])
            row["note"] = "FAULT %s (HTTP %d): %s" % (kind, F["status"], P["fault_notes"][kind])
        else:
            changed = [P["labels"].get(key, key) for key in state
                       if good_state is None or state[key] != good_state.get(key)]
            md = P.get("gold_md", lambda b: C.blocks_md(b, P["url"]))(blocks)
            real = note is not None
            if i > 0:
                assert real == (md != prev_md), (svc, i, real)
            if i == 0 or real:
                gold.append({"snapshot": sid, "version_commit": C.det_sha("version", svc, i), "text": md})
            if i == 0:
                row["note"] = "first capture; noise components present: " + ", ".join(changed)
            elif real:
                row["note"] = "REAL EDIT: " + note + " | also noise: " + ", ".join(changed)
            else:
                row["note"] = "noise: " + ", ".join(changed)
            if i > 0 and i - 1 in fault_at:
                row["note"] += " | the clean page again after a fault"
            prev_md, good_state, last_payload = md, state, payload
        truth.append(row)
        prev_state = state
    key = svc + "/Privacy Policy.html"
    man = {"service": svc, "doc": "Privacy Policy", "url": P["url"], "snapshots": snaps, "gold": gold}
    return key, man, records, truth


def main(out, page_files=PAGE_FILES, pages_dir=os.path.join(HERE, "pages"), seed=SEED, as_ota=False):
    SW.main(out, page_files, pages_dir, seed, build=lambda P, seed: build_page(P, seed, as_ota))

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--as-ota"]
    if len(args) != 1:
        raise SystemExit("usage: build.py OUT [--as-ota]")
    main(args[0], as_ota="--as-ota" in sys.argv[1:])
