"""Train the page-type model, measure it with whole services held out, and write `model.npz`.

    pip install -e '.[train]'       # scikit-learn (only training needs it; scoring uses numpy)
    python -m archive.classify.train                                   # evaluate, then train and write the model
    python -m archive.classify.train --eval-only --report report.md    # figures only
    python -m archive.classify.train --corpus DIR --negatives DIR --out model.npz

Data:
- `--corpus`: Open Terms Archive documents (`documents.jsonl.gz`: collection, service, type, text; default
  `../shared/data/ota-doc-types`). Types map to ours: Privacy Policy (and parent / business privacy
  policies) -> privacy_policy; Trackers Policy -> cookies; Imprint -> imprint; Terms of Service,
  conditions of sale, carriage, commercial, developer terms, SLAs... -> terms; every other legal type
  (acceptable use, community guidelines, copyright, data processing agreements...) -> other_legal.
- `--negatives`: not_legal pages. The corpus has only legal documents, so the not_legal examples are
  real web pages: the saved homepages and articles of `realpages-dev` (their text, footers removed).
  They are also discovery's benchmark pages, but discovery's benchmark scores links on them, not their
  type: the classifier never sees the links' targets.

Evaluation (printed as Markdown): GroupKFold (5 folds) with every document of one service (and every
page of one site) in the same fold, so no service's boilerplate is both trained on and tested; then each
whole collection held out in turn. Per type (precision, recall, F1) and per language (accuracy), for the
model alone and for the shipped classifier (model + vocabulary route, `archive.classify.decide`). A page
that a service declares as two types (the same text, token F1 >= 0.9, under two declarations: a privacy
policy that is also its trackers policy) is right under either (`same_page_types`); the shipped
classifier's figures are also given judged by each declaration alone.

The model: `TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2,
max_features=40000)` over `features.model_input` (folded heading twice + first 12,000 characters), then
`LogisticRegression(C=20, class_weight="balanced")`. Exported as plain arrays (vocabulary, idf,
coefficients as float16, intercepts) so scoring needs numpy only and any scikit-learn version can retrain.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from . import TYPES, decide, detect_language
from .features import html_text, markdown_text, model_input
from .model import PATH

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [ROOT.parent / "shared/data/ota-doc-types", Path("/work/shared/data/ota-doc-types")]
NEGATIVES = [ROOT.parent / "shared/data/realpages-dev", Path("/work/shared/data/realpages-dev")]

TYPE_MAP = {
    "Privacy Policy": "privacy_policy", "Parent Organization Privacy Policy": "privacy_policy",
    "Business Privacy Policy": "privacy_policy",
    "Trackers Policy": "cookies",
    "Imprint": "imprint",
    "Terms of Service": "terms", "General Conditions of Sale": "terms", "Commercial Terms": "terms",
    "Developer Terms": "terms", "Conditions of Carriage": "terms", "Condition of Carriage": "terms",
    "Parent Organization Terms": "terms", "Marketplace Sellers Conditions": "terms",
    "Premium Partner Conditions": "terms", "Service Level Agreement": "terms", "Seller Warranty": "terms",
}
PARAMS = {"analyzer": "char_wb", "ngram_range": [3, 5], "sublinear_tf": True, "min_df": 2, "max_features": 40000,
          "C": 20.0, "class_weight": "balanced"}


def _first(paths: list[Path], what: str) -> Path:
    for p in paths:
        if p.exists():
            return p
    raise SystemExit(f"{what} not found: pass it explicitly")


def load(corpus: Path, negatives: Path | None) -> list[dict]:
    """Rows: text, heading, type, group (service or site), collection, language."""
    rows = []
    with gzip.open(corpus / "documents.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text, heading = markdown_text(d["text"])
            rows.append({"text": text, "heading": heading, "type": TYPE_MAP.get(d["type"], "other_legal"),
                         "group": f"{d['collection']}/{d['service']}", "collection": d["collection"]})
    if negatives is not None:
        from archive.extract.html import decode
        manifest = json.loads((negatives / "manifest.json").read_text())
        for page in manifest:
            body = gzip.decompress((negatives / page["file"]).read_bytes())
            html = body.decode(page["charset"], "replace") if page.get("charset") else decode(body, None)
            text, heading, signs = html_text(html)
            rows.append({"text": text, "heading": heading, "type": "not_legal", "group": f"site/{page['id']}",
                         "collection": "realpages", "signs": signs})
    for r in rows:
        r["lang"] = detect_language(r["text"])
        r["input"] = model_input(r["text"], r["heading"])
    same_page_types(rows)
    return rows


SAME_PAGE = 0.9  # token F1 at or above which two documents of one service are one page


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def same_page_types(rows: list[dict]) -> None:
    """Give each row `labels`: its own type plus the type of any document of the same service whose text
    is the same page (token F1 >= SAME_PAGE). Open Terms Archive declares a document per type, and one
    page can be declared as two (a privacy policy that is also the service's trackers policy, an annex
    of the terms that is the privacy notice); the page has one type for the classifier, so either
    verdict is right for it. Measured on the corpus: 12 such pairs in 1,341 documents."""
    by_group = defaultdict(list)
    for r in rows:
        r["labels"] = {r["type"]}
        by_group[r["group"]].append(r)
    for docs in by_group.values():
        toks = [_tokens(r["text"]) for r in docs]
        for i, a in enumerate(docs):
            for j in range(i + 1, len(docs)):
                b = docs[j]
                if a["type"] == b["type"] or not toks[i] or not toks[j]:
                    continue
                inter = sum((toks[i] & toks[j]).values())
                p, r_ = inter / sum(toks[i].values()), inter / sum(toks[j].values())
                if p + r_ and 2 * p * r_ / (p + r_) >= SAME_PAGE:
                    a["labels"].add(b["type"])
                    b["labels"].add(a["type"])


def fit(rows: list[dict]):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(PARAMS["ngram_range"]), lowercase=False,
                          sublinear_tf=True, min_df=PARAMS["min_df"], max_features=PARAMS["max_features"],
                          dtype=np.float64)
    x = vec.fit_transform([r["input"] for r in rows])
    clf = LogisticRegression(C=PARAMS["C"], class_weight=PARAMS["class_weight"], max_iter=3000)
    clf.fit(x, [r["type"] for r in rows])
    return vec, clf


def model_languages(rows: list[dict], minimum: int = 20) -> list[str]:
    """Languages with enough training documents for the model route (the rest take the vocabulary route)."""
    counts = Counter(r["lang"] for r in rows if r["type"] != "not_legal")
    return sorted(lang for lang, n in counts.items() if n >= minimum and lang)


def predict(vec, clf, rows: list[dict], languages: list[str]) -> None:
    """Fill each row's `model` (argmax) and `shipped` (the classifier's verdict) from a fitted model."""
    from . import model as model_mod
    probs = clf.predict_proba(vec.transform([r["input"] for r in rows]))
    saved = model_mod.MODEL.__dict__.get("meta"), model_mod.MODEL._loaded
    model_mod.MODEL.meta, model_mod.MODEL._loaded = {"languages": languages}, True  # decide() reads the languages
    try:
        for r, p in zip(rows, probs):
            pd = {c: float(v) for c, v in zip(clf.classes_, p)}
            r["model"] = max(pd, key=pd.get)
            r["shipped"] = decide(pd, r["text"], r["heading"], r["lang"], r.get("signs")).type
    finally:
        model_mod.MODEL.meta, model_mod.MODEL._loaded = saved[0], saved[1]


def truth(r: dict, key: str, same_page: bool = True) -> str:
    """The type a verdict is judged against: the document's own, or (same_page) the verdict itself when
    it is another type the same page is declared as (`same_page_types`)."""
    return r[key] if same_page and r[key] in r.get("labels", ()) else r["type"]


def scores(rows: list[dict], key: str, t: str, same_page: bool = True) -> tuple[int, float, float, float]:
    """(documents, precision, recall, F1) of type t."""
    tp = sum(1 for r in rows if truth(r, key, same_page) == t and r[key] == t)
    fp = sum(1 for r in rows if truth(r, key, same_page) != t and r[key] == t)
    fn = sum(1 for r in rows if truth(r, key, same_page) == t and r[key] != t)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return tp + fn, p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def metrics(rows: list[dict], key: str, same_page: bool = True) -> str:
    out = ["| type | documents | precision | recall | F1 |", "|---|---|---|---|---|"]
    for t in TYPES:
        n, p, rc, f1 = scores(rows, key, t, same_page)
        out.append(f"| {t} | {n} | {p:.3f} | {rc:.3f} | **{f1:.3f}** |")
    acc = sum(truth(r, key, same_page) == r[key] for r in rows) / len(rows)
    out.append(f"| all (accuracy) | {len(rows)} | | {acc:.3f} | |")
    return "\n".join(out)


def per_language(rows: list[dict], key: str) -> str:
    by = defaultdict(list)
    for r in rows:
        by[r["lang"] or "?"].append(r)
    out = ["| language | documents | accuracy | privacy policies found / held out | non-policies called policy |",
           "|---|---|---|---|---|"]
    for lang in sorted(by, key=lambda k: -len(by[k])):
        rs = by[lang]
        acc = sum(truth(r, key) == r[key] for r in rs) / len(rs)
        pp = [r for r in rs if truth(r, key) == "privacy_policy"]
        fp = sum(1 for r in rs if truth(r, key) != "privacy_policy" and r[key] == "privacy_policy")
        out.append(f"| {lang} | {len(rs)} | {acc:.3f} | {sum(r[key] == 'privacy_policy' for r in pp)}/{len(pp)} | {fp} |")
    return "\n".join(out)


def confusion(rows: list[dict], key: str) -> str:
    out = ["| true \\ predicted | " + " | ".join(TYPES) + " |", "|---" * (len(TYPES) + 1) + "|"]
    for t in TYPES:
        c = Counter(r[key] for r in rows if truth(r, key) == t)
        out.append(f"| {t} | " + " | ".join(str(c.get(p, 0)) for p in TYPES) + " |")
    return "\n".join(out)


def evaluate(rows: list[dict], folds: int = 5) -> str:
    from sklearn.model_selection import GroupKFold

    languages = model_languages(rows)
    groups = [r["group"] for r in rows]
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(rows, groups=groups):
        train = [rows[i] for i in train_idx]
        vec, clf = fit(train)
        predict(vec, clf, [rows[i] for i in test_idx], model_languages(train))
    report = [f"### Held out by service (GroupKFold, {folds} folds; every document of a service, every page of a "
              f"site, in one fold)", "", f"Model languages (>= 20 training documents): {', '.join(languages)}", "",
              "Shipped classifier (model + vocabulary route):", "", metrics(rows, "shipped"), "",
              "Shipped classifier, each document judged by its own declared type only (a page declared as "
              "two types counts wrong for one of them whatever the verdict):", "",
              metrics(rows, "shipped", same_page=False), "",
              "Model alone:", "", metrics(rows, "model"), "", "Per language (shipped classifier):", "",
              per_language(rows, "shipped"), "", "Confusion (shipped classifier):", "", confusion(rows, "shipped")]
    # whole collections held out (the not_legal pages stay in GroupKFold's folds: they are one collection)
    legal = [r for r in rows if r["collection"] != "realpages"]
    neg = [r for r in rows if r["collection"] == "realpages"]
    for coll in sorted({r["collection"] for r in legal}):
        train = [r for r in legal if r["collection"] != coll] + neg
        test = [dict(r) for r in legal if r["collection"] == coll]
        vec, clf = fit(train)
        predict(vec, clf, test, model_languages(train))
        for r, t in zip([r for r in legal if r["collection"] == coll], test):
            r["coll_shipped"] = t["shipped"]
    report += ["", "### Each whole collection held out (trained on the other four + the not_legal pages)", "",
               metrics(legal, "coll_shipped")]
    by_coll = ["", "| collection held out | documents | accuracy | privacy-policy recall |", "|---|---|---|---|"]
    for coll in sorted({r["collection"] for r in legal}):
        rs = [r for r in legal if r["collection"] == coll]
        pp = [r for r in rs if truth(r, "coll_shipped") == "privacy_policy"]
        by_coll.append(f"| {coll} | {len(rs)} | {sum(truth(r, 'coll_shipped') == r['coll_shipped'] for r in rs) / len(rs):.3f} | "
                       f"{sum(r['coll_shipped'] == 'privacy_policy' for r in pp)}/{len(pp)} |")
    return "\n".join(report + by_coll)


def export(vec, clf, rows: list[dict], out: Path) -> None:
    import numpy as np
    import sklearn

    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    meta = {"trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sklearn": sklearn.__version__, "params": PARAMS, "documents": len(rows),
            "types": dict(Counter(r["type"] for r in rows)), "languages": model_languages(rows),
            "training_languages": dict(Counter(r["lang"] for r in rows).most_common())}
    np.savez_compressed(out, classes=np.array([str(c) for c in clf.classes_]), vocab=np.array(vocab),
                        idf=vec.idf_.astype(np.float32), coef=clf.coef_.astype(np.float16),
                        intercept=clf.intercept_.astype(np.float32), meta=np.array(json.dumps(meta)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train and evaluate the page-type model (see module docstring).")
    ap.add_argument("--corpus", type=Path, help="directory with documents.jsonl.gz (Open Terms Archive types)")
    ap.add_argument("--negatives", type=Path, help="realpages directory (manifest.json + pages/): not_legal pages")
    ap.add_argument("--out", type=Path, default=PATH, help=f"model file to write (default {PATH})")
    ap.add_argument("--eval-only", action="store_true", help="measure, do not write the model")
    ap.add_argument("--no-eval", action="store_true", help="train and write, skip the held-out measurement")
    ap.add_argument("--report", type=Path, help="also write the figures to this Markdown file")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    corpus = args.corpus or _first(CORPUS, "the corpus (--corpus)")
    negatives = args.negatives or _first(NEGATIVES, "the not_legal pages (--negatives)")
    t0 = time.time()
    rows = load(corpus, negatives)
    print(f"{len(rows)} documents ({dict(Counter(r['type'] for r in rows))}) loaded in {time.time() - t0:.0f} s",
          file=sys.stderr)
    if not args.no_eval:
        report = evaluate(rows, args.folds)
        print(report)
        if args.report:  # the report replaces the figures ("### " sections); the file's prose above them stays
            kept = args.report.read_text().split("\n### ", 1)[0].rstrip("\n") + "\n\n" if args.report.exists() else ""
            args.report.write_text(kept + report + "\n")
    if not args.eval_only:
        vec, clf = fit(rows)
        export(vec, clf, rows, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
