"""The trained page-type model, scored with numpy alone (no scikit-learn at run time).

`model.npz` (written by `python -m archive.classify.train`) holds a TF-IDF vocabulary of character
n-grams (`char_wb`, 3-5), its idf weights, and a multinomial logistic regression's coefficients and
intercepts; `meta` (JSON) says how and on what it was trained. Plain arrays, so the file reads the same
under any scikit-learn version, or none: scoring is `softmax(W . l2(tfidf(ngrams)) + b)`, the same
arithmetic scikit-learn's `TfidfVectorizer(sublinear_tf=True)` + `LogisticRegression.predict_proba` do.

    from archive.classify.model import MODEL
    MODEL.probabilities(model_input(text, heading))   # {"privacy_policy": 0.97, "terms": 0.01, ...}
"""
from __future__ import annotations

import json
import math
import threading
from collections import Counter
from pathlib import Path

from .features import char_wb_ngrams

PATH = Path(__file__).with_name("model.npz")


class Model:
    """Loaded on first use (a crawl that never classifies never pays for it); thread-safe."""

    def __init__(self, path: Path = PATH):
        self.path = path
        self._lock = threading.Lock()
        self._loaded = False

    def _load(self):
        import numpy as np

        with self._lock:
            if self._loaded:
                return
            with np.load(self.path, allow_pickle=False) as z:
                self.classes = [str(c) for c in z["classes"]]
                vocab = [str(v) for v in z["vocab"]]
                self.index = {g: i for i, g in enumerate(vocab)}
                self.idf = z["idf"].astype("float64")
                self.coef = z["coef"].astype("float64")  # classes x features
                self.intercept = z["intercept"].astype("float64")
                self.meta = json.loads(str(z["meta"]))
            self._loaded = True

    @property
    def info(self) -> dict:
        if not self._loaded:
            self._load()
        return self.meta

    def probabilities(self, doc: str) -> dict[str, float]:
        """Class probabilities for a model input (see `features.model_input`)."""
        import numpy as np

        if not self._loaded:
            self._load()
        counts = Counter(g for g in char_wb_ngrams(doc) if g in self.index)
        if not counts:
            x_idx = np.zeros(0, dtype=int)
            x_val = np.zeros(0)
        else:
            x_idx = np.fromiter((self.index[g] for g in counts), dtype=int, count=len(counts))
            tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=float, count=len(counts))
            x_val = tf * self.idf[x_idx]
            norm = np.sqrt((x_val ** 2).sum())
            if norm:
                x_val /= norm
        logits = self.coef[:, x_idx] @ x_val + self.intercept
        logits -= logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p)}


MODEL = Model()
