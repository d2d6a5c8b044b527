"""What kind of page is this? privacy_policy / terms / cookies / imprint / other_legal / not_legal.

    from archive.classify import classify_bytes, classify_text
    v = classify_bytes(body, "text/html; charset=utf-8", name="https://a.example/privacy")
    v.type, v.score, v.language, v.reason
    # ('privacy_policy', 0.97, 'en', 'model (en): privacy_policy 0.97; heading "Privacy Policy"')

Two routes, chosen by the document's language (langdetect):
- **model**: languages the training corpus covers (`MODEL.info["languages"]`: English, French, German...):
  a TF-IDF character n-gram + logistic regression model (`model.py`, trained by `train.py` on Open
  Terms Archive documents held out by service) gives the type and its probability;
- **vocabulary**: every other language (the 45 of `vocabulary.json`): the heading names the page's kind
  ('Polityka prywatności', 'Regulamin', 'Impressum'...) and a privacy policy's text must use several of
  its language's policy words ('danych osobowych', 'administrator', 'zgod'...). The score is a fixed
  mapping of that evidence, not a probability.
In both routes a page that says it is an article (og:type, JSON-LD) or is too short to be a policy
is `not_legal`. The classifier never imports Scrapy; `archive` can classify its captures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .features import html_text, markdown_text, model_input, pdf_text, sniff
from .model import MODEL
from .vocab import VOCAB, fold

TYPES = ("privacy_policy", "terms", "cookies", "imprint", "other_legal", "not_legal")
MIN_CHARS = 400  # a policy says at least this much (spaced scripts)
MIN_CHARS_UNSPACED = 150  # CJK, Thai: more per character
MIN_BODY_WORDS = 3  # distinct policy words of the vocabulary route
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class Verdict:
    type: str  # one of TYPES
    score: float  # 0-1: the model's probability, or the vocabulary route's fixed mapping
    language: str  # ISO 639-1 as detected ('' when unknown)
    reason: str  # one line: route, evidence

    @property
    def is_policy(self) -> bool:
        return self.type == "privacy_policy"

    def as_dict(self) -> dict:
        return {"type": self.type, "score": round(self.score, 3), "language": self.language, "reason": self.reason}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ('' when too short or unknown); Chinese variants are 'zh'."""
    sample = text[:1000]  # langdetect's time grows with the sample; a thousand characters settle the language
    if len(sample.strip()) < 20:
        return ""
    try:
        from langdetect import DetectorFactory, detect
        DetectorFactory.seed = 0
        code = detect(sample)
    except Exception:  # langdetect raises on text without letters
        return ""
    return code.split("-")[0]


def heading_kind(heading: str) -> tuple[str | None, str]:
    """The kind a heading names, with the words that say so: ('privacy_policy', 'privacy policy'),
    ('cookies', ...), ('terms', ...), ('imprint', ...), or (None, '')."""
    f = fold(heading)
    if not f:
        return None, ""
    policy = VOCAB.find(f, "policy")
    kinds = VOCAB.kinds(f, ("choices", "cookies", "terms", "imprint", "other_legal"))
    if "choices" in kinds:
        return "other_legal", VOCAB.find(f, "choices")[0]
    if "other_legal" in kinds and not policy:  # "Gemeinschaftsrichtlinien", "Política de uso aceptable"
        return "other_legal", VOCAB.find(f, "other_legal")[0]
    if policy:
        return "privacy_policy", policy[0]
    privacy = VOCAB.find(f, "privacy")
    if privacy and not kinds:
        return "privacy_policy", privacy[0]
    if privacy:  # "Terms & Privacy", "Privacy and Cookies": a page of several documents; its text decides
        return None, ""
    for kind in ("cookies", "terms", "imprint"):
        if kind in kinds:
            return kind, VOCAB.find(f, kind)[0]
    return None, ""


TITLE_TAIL = 3  # words a page's title may add after the name of its kind (the company: "d'Air Corsica", "of Acme")


def titled_as(heading: str) -> str | None:
    """The kind a heading is the title of: it starts with the name of a privacy policy, terms, cookie policy or
    imprint and adds at most TITLE_TAIL words ("Politique de confidentialité d'Air Corsica", "Privacy Policy -
    Acme"), else None. Stricter than `heading_kind`, which finds a name anywhere ("Updates to our Privacy
    Policy", a blog post's title): a CMS that declares every page an article (og:type, WordPress's default)
    says nothing of a page titled so."""
    f = " ".join(fold(heading).replace("-", " ").replace("|", " ").split())
    for cat, kind in (("policy", "privacy_policy"), ("terms", "terms"), ("cookies", "cookies"), ("imprint", "imprint"),
                      ("other_legal", "other_legal")):
        for name in VOCAB.find(f, cat):
            if f.startswith(name) and len(f[len(name):].split()) <= TITLE_TAIL:
                return kind
    return None


TITLE_LINES = 5  # a document's title may follow a line or two of other matter (a logo's text, a date, the company)


def titled_line(text: str) -> tuple[str | None, str]:
    """(kind, line) of the first of the text's first TITLE_LINES lines that is a document's title (`titled_as`:
    "Algemene voorwaarden", "Gizlilik Politikası - Acme"), or (None, ""): a text whose first line is its
    company's name or its date names its kind on the next."""
    lines = (line.strip().lstrip("#").strip(" *_") for line in text.splitlines()[:40] if line.strip())
    for _, line in zip(range(TITLE_LINES), lines):
        if len(line.split()) <= 12 and (kind := titled_as(line)):
            return kind, line
    return None, ""


def body_words(text: str, lang: str) -> list[str]:
    """Distinct policy words of the text's language (of any language when it is not in the vocabulary)."""
    f = fold(text[:30000])
    found = set(VOCAB.find(f, "body"))
    if lang in VOCAB.languages:
        own = {fold(w) for w in VOCAB.languages[lang].get("body", [])}
        found = found & own or found
    return sorted(found)


def _too_short(text: str) -> bool:
    return len(text) < MIN_CHARS and len(_UNSPACED.findall(text)) < MIN_CHARS_UNSPACED


def decide(probs: dict[str, float] | None, text: str, heading: str, lang: str, signs: dict | None = None) -> Verdict:
    """The verdict from the model's probabilities (None: no model) and the vocabulary's evidence."""
    signs = signs or {}
    quoted = f' "{heading[:60]}"' if heading else ""
    if signs.get("article") and not titled_as(heading):
        return Verdict("not_legal", 0.9, lang, f"structure: the page declares itself an article{quoted}")
    if _too_short(text):
        return Verdict("not_legal", 0.9, lang, f"structure: too short for a legal document ({len(text)} characters)")
    kind, said = heading_kind(heading)
    words = body_words(text, lang)
    model_langs = set(MODEL.info.get("languages", [])) if probs is not None else set()
    if probs is not None and lang in model_langs:
        best = max(probs, key=probs.get)
        p = probs[best]
        why = f"model ({lang}): {best} {p:.2f}" + (f"; heading{quoted}" if heading else "")
        # the page names itself (its heading says "Cookie Policy", "Mentions légales", "Privacy Policy")
        # and the model, unsure, gives that kind some weight: the page's own name decides
        if kind and kind != best and p < 0.9 and probs.get(kind, 0) >= 0.05 and \
                (kind != "privacy_policy" or len(words) >= MIN_BODY_WORDS):
            return Verdict(kind, max(probs[kind], 0.5), lang,
                           f"{why}; but the heading names {kind} ({said!r}) and the model gives it {probs[kind]:.2f}")
        return Verdict(best, p, lang, why)
    # the vocabulary route: languages the training corpus lacks
    name = VOCAB.names.get(lang, lang or "unknown language")
    if kind is None:
        kind, said = titled_line(text)
    if kind == "privacy_policy":
        if len(words) >= MIN_BODY_WORDS:
            return Verdict("privacy_policy", min(0.95, 0.55 + 0.05 * len(words)), lang,
                           f"vocabulary ({name}): the heading names a privacy policy ({said!r}); the text uses "
                           f"{len(words)} policy words ({', '.join(words[:4])})")
        return Verdict("not_legal", 0.6, lang, f"vocabulary ({name}): the heading names a privacy policy ({said!r}) "
                       f"but the text uses {len(words)} policy words")
    if kind in ("terms", "cookies", "imprint", "other_legal"):
        return Verdict(kind, 0.75, lang, f"vocabulary ({name}): the heading names {kind} ({said!r})")
    opening = fold(text[:3000])
    named = VOCAB.find(opening, "policy")
    if named and len(words) >= MIN_BODY_WORDS + 2:
        return Verdict("privacy_policy", min(0.9, 0.5 + 0.05 * len(words)), lang,
                       f"vocabulary ({name}): the opening names a privacy policy ({named[0]!r}); the text uses "
                       f"{len(words)} policy words")
    if probs is not None:
        best = max(probs, key=probs.get)
        if best != "privacy_policy" and probs[best] >= 0.8:
            return Verdict(best, probs[best] * 0.8, lang, f"model outside its languages ({lang}): {best} {probs[best]:.2f}")
    return Verdict("not_legal", 0.6, lang, f"vocabulary ({name}): no heading or opening names a legal page")


def classify_text(text: str, heading: str = "", signs: dict | None = None, lang: str | None = None) -> Verdict:
    """Classify readable text with its heading (the first line when not given)."""
    text = text or ""
    if not heading:
        heading = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
    lang = detect_language(text) if lang is None else lang
    probs = MODEL.probabilities(model_input(text, heading)) if MODEL.path.exists() else None
    return decide(probs, text, heading, lang, signs)


def read(body: bytes, content_type: str | None = None, name: str = "") -> tuple[str, str, dict, str]:
    """(text, heading, signs, kind) of a document's bytes: kind is 'html', 'pdf', 'markdown' or 'text'."""
    kind = sniff(body, content_type, name)
    if kind == "pdf":
        return pdf_text(body), "", {}, kind
    from archive.extract.html import decode
    decoded = decode(body, content_type)
    if kind == "html":
        text, heading, signs = html_text(decoded)
        return text, heading, signs, kind
    if kind == "markdown":
        text, heading = markdown_text(decoded)
        return text, heading, {}, kind
    return decoded, "", {}, kind


def classify_bytes(body: bytes, content_type: str | None = None, name: str = "") -> Verdict:
    """Classify a document's bytes (HTML, PDF, Markdown or plain text; `name` may be a URL or a file name)."""
    text, heading, signs, kind = read(body, content_type, name)
    if kind == "pdf" and not text.strip():
        return Verdict("not_legal", 0.5, "", "structure: unreadable PDF (no text)")
    return classify_text(text, heading, signs)
