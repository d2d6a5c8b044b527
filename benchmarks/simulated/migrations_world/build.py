#!/usr/bin/env python3
"""Generate the migrations_world hidden-style OTA collection: build.py OUT

The same privacy policy through CMS migrations and template redesigns over four to six years: a national railway,
an insurance comparison site, a public broadcaster, a dental clinic chain, an HR SaaS tool, a museum, a ticketing
platform and a pet-food e-shop, in Danish, European Portuguese, Welsh, Swedish, Swiss German, Italian, Belgian
Dutch and Polish; 8 pages, 240 captures, 41 real edits, 18 migrations (in-house JSP → AEM → an AEM redesign
with accordions → Next.js with Contentful, Joomla → WordPress with Elementor → Webflow, Drupal 7 → Drupal 9 → Next.js on headless Drupal,
Google Docs "published to web" → Notion → Framer, Confluence export → Docusaurus → Astro Starlight, Plone →
WordPress with Gutenberg → Drupal 10 with Bootstrap Italia, Jekyll → Nextra MDX → Nuxt with Storyblok,
PrestaShop 1.6 → 1.7 → Shopify Debut → Shopify Dawn).

At a migration the policy's words stay (headings demoted or promoted, lists into "•" paragraphs or "–" <br>
lines or Notion blocks, numbered lists hand-numbered "1."/"1)"/"a)", tables into <dl> or div grids, quotes,
dashes and apostrophes typeset by wptexturize, e-mail addresses entity-encoded or split by a span, links absolute, on https or behind a redirector,
sections in accordions or tabs, the "last updated" line moved, the title in a hero, a div per sentence) and the
template around them changes entirely. Six of the real edits land on a migration's capture (a relaunch with a
revised policy). Truth calls a pure migration no change, as a careful curator records it; each migration has a
`*.history.json` declaration valid until just before it, so the scorer's oracle reads each template with its
own selectors (`selfcheck.py` reports where its words still differ: typography, hand numbers, bullets).

The generator is services_world's idea with a phase (a platform) per page period: `mwlib` renders one policy
source in each platform's style; `common` (services_world's) parses the source and writes the WARC records;
`load` and `apply_edit` are services_world's. Writes OUT/manifest.json, OUT/snapshots.warc.gz,
OUT/declarations/*.json and *.history.json, OUT/truth.json; deterministic (seed "sim7").
"""
import datetime as dt
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mwlib as M  # noqa: E402  (puts services_world on the path)
import common as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("services_world_build",
                                               os.path.join(HERE, "..", "services_world", "build.py"))
SW = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SW)

SEED = "sim7"
PAGE_FILES = ["p1_railway_da", "p2_insurance_pt", "p3_broadcaster_cy", "p4_dental_sv",
              "p5_hrsaas_dech", "p6_museum_it", "p7_ticketing_nlbe", "p8_petfood_pl"]


def iso_mid(a, b):
    return C.iso(a + (b - a) / 2)


def place(P, n, rng):
    """Capture indices of the migrations (one per phase after the first) and of the edits (in their order)."""
    migs = []
    for ph in P["phases"][1:]:
        m = round(ph["since"] * (n - 1)) + rng.randint(-1, 1)
        m = max(m, (migs[-1] + 3) if migs else 3)
        migs.append(m)
    assert migs[-1] < n - 2, (P["service"], migs)
    taken = set(migs)
    at = []
    for e in P["edits"]:
        if "mig" in e:
            idx = migs[e["mig"] - 1]
        else:
            idx = round(e["at"] * (n - 1)) + rng.randint(-1, 1)
            idx = min(max(idx, 1), n - 1)
            step = 1
            while idx in taken or idx <= (at[-1] if at else 0):
                idx += step
            if idx > n - 1:
                raise SystemExit("%s: no room for edit %r" % (P["service"], e["note"]))
        if at and idx <= at[-1]:
            raise SystemExit("%s: edits out of order at %r" % (P["service"], e["note"]))
        at.append(idx)
        taken.add(idx)
    return migs, at


def build_page(P, seed=SEED):
    svc, url = P["service"], P["url"]
    rng = random.Random(seed + "|schedule|" + svc)
    dates = C.schedule(rng, P["n"], P["start"], P["end"], hours=P.get("hours", (0, 12)))
    n = len(dates)
    migs, edit_idx = place(P, n, rng)
    edit_at = {i: j for j, i in enumerate(edit_idx)}
    src, updated = P["policy"], P["first_updated"]
    prev_state = prev_canon = None
    records, snaps, gold, truth = [], [], [], []
    phase_no = 0
    for i, when in enumerate(dates):
        crng = random.Random("%s|capture|%s|%d" % (seed, svc, i))
        migrated = i in migs
        if migrated:
            phase_no += 1
        ph = P["phases"][phase_no]
        note = None
        if i in edit_at:
            e = P["edits"][edit_at[i]]
            src = SW.apply_edit(src, e)
            if e.get("bump", True):
                nd = when.date() - dt.timedelta(days=crng.randint(1, 20))
                updated = max(nd, updated + dt.timedelta(days=1))
            note = e["note"]
        updated_text = P["fmt_date"](updated)
        canon = C.blocks_md(C.parse_src(src.replace("{UPDATED}", updated_text)), url)  # the words, no platform
        real = note is not None
        if i > 0:
            assert real == (canon != prev_canon), (svc, i, note)
        blocks, di = M.prepare(src, updated_text, ph)
        state = M.noise(crng, None if migrated else prev_state, ph["noise"])
        html_doc = ph["render"](state, blocks, di, when)
        payload = html_doc.encode("utf-8")
        md = C.blocks_md(blocks, url)
        sid = C.det_sha("snapshot", svc, C.iso(when), C.det_sha(payload))
        records.append(C.warc_record(url, when, payload, P.get("content_type", "text/html; charset=utf-8"),
                                     C.det_uuid("warc", svc, i), ph.get("headers", ())))
        snaps.append({"snapshot": sid, "date": C.iso(when), "bytes": len(payload)})
        if i == 0 or real:
            gold.append({"snapshot": sid, "version_commit": C.det_sha("version", svc, i), "text": md})
        changed = [P["labels"].get(k, k) for k in state if prev_state is None or state[k] != prev_state.get(k)]
        row = {"i": i, "date": C.iso(when), "real_change": real}
        if i == 0:
            row["note"] = "first capture on %s; noise components present: %s" % (ph["name"], ", ".join(changed))
        elif migrated:
            prev_name = P["phases"][phase_no - 1]["name"]
            what = ("REAL EDIT on the relaunch: " + note) if real else "no change of the policy's words"
            row["note"] = "MIGRATION %s -> %s (%s): %s" % (prev_name, ph["name"], ph["markup"], what)
            row["migration"] = "%s -> %s" % (prev_name, ph["name"])
            row["oracle_same_words"] = ph["oracle_same"]
        elif real:
            row["note"] = "REAL EDIT: " + note + " | also noise: " + ", ".join(changed)
        else:
            row["note"] = "noise: " + ", ".join(changed)
        truth.append(row)
        prev_state, prev_canon = state, canon
    history = []
    for k, m in enumerate(migs):
        d = {"fetch": url, **P["phases"][k]["declaration"]}
        d["validUntil"] = iso_mid(dates[m - 1], dates[m])
        history.append(d)
    current = {"fetch": url, **P["phases"][-1]["declaration"]}
    key = svc + "/Privacy Policy.html"
    man = {"service": svc, "doc": "Privacy Policy", "url": url, "snapshots": snaps, "gold": gold}
    return key, man, records, truth, current, history


def main(out, page_files=PAGE_FILES, pages_dir=os.path.join(HERE, "pages"), seed=SEED):
    def build(P, seed):  # services_world's `main` writes each page's declarations from the page
        key, man, recs, tr, P["declaration"], P["history"] = build_page(P, seed)
        return key, man, recs, tr
    SW.main(out, page_files, pages_dir, seed, build=build)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT")
    main(sys.argv[1])
