"""Is this capture a policy at all? Bot challenges, JavaScript shells and pages that are not policies.

Such captures are kept but must never become versions: a challenge page in the middle of a history would
otherwise make two false changes (to the challenge and back).
"""
from __future__ import annotations

import functools
import logging
import re

log = logging.getLogger(__name__)

# Markers of interstitials served instead of the page (Cloudflare, Akamai, Imperva, DataDome, PerimeterX,
# Sucuri, hCaptcha / reCAPTCHA walls, generic "enable JavaScript" shells). Only decisive with little text:
# Cloudflare injects its challenge-platform script into ordinary pages too.
_CHALLENGE = re.compile(
    r"just a moment\.\.\.|checking (?:your|if the site connection is) (?:browser|secure)|cf-browser-verification|"
    r"cf_chl_opt|challenge-platform|cf-challenge|attention required! \| cloudflare|ddos protection by|"
    r"verify (?:you are|you're) (?:a )?human|are you a robot|i'm not a robot|captcha-delivery|datadome|"
    r"px-captcha|_incapsula_resource|incapsula incident|request unsuccessful\. incapsula|"
    r"access denied.{0,200}reference #|sucuri website firewall|please (?:enable|turn on) (?:javascript|cookies)|"
    r"you need to enable javascript to run this app|javascript is (?:disabled|required)|"
    r"enable javascript and cookies to continue|g-recaptcha|h-captcha|hcaptcha\.com|"
    r"unusual traffic from your computer|bot protection|why have i been blocked|"
    r"veuillez activer javascript|bitte aktivieren sie javascript|sgcaptcha|/\.well-known/captcha", re.I)

@functools.cache
def _vocabulary():
    """(VOCAB, a matcher of its policy terms, fold): the policy vocabulary of 59 languages
    (`archive/classify/vocabulary.json`), shared with the page-type classifier, so a language added there is
    a language these checks read. `privacy` names the subject ("privacy", "personal data", "GDPR"), `body`
    holds the words a policy's own text uses, stems allowed ("collect", "third part", "retention").
    Loaded on first use: reading commands (`history`, `show`) import this package and never check a page."""
    from ..classify.vocab import VOCAB, Matcher, fold
    return VOCAB, Matcher([*VOCAB.words["privacy"], *VOCAB.words["body"]]), fold


def policy_terms(text: str) -> list[str]:
    """The policy-vocabulary terms in `text`, with repeats, folded (case, width, accents): those of spaced
    scripts in text order, then those of CJK, Thai and other unspaced scripts."""
    _, matcher, fold = _vocabulary()
    return matcher.findall(fold(text))


def is_challenge(html_text: str, visible_words: int) -> bool:
    """A bot-challenge or JS-shell page: a challenge marker and almost no visible text."""
    if visible_words >= 150:
        return False
    return _CHALLENGE.search(html_text[:200_000]) is not None


_SHELL = re.compile(r"<script\b|<meta[^>]+http-equiv\s*=\s*[\"']?refresh", re.I)


def is_js_shell(html_text: str, visible_words: int) -> bool:
    """A page whose content is only produced by scripts or behind a refresh (SPA shell, parked domain,
    captcha redirect): no readable text, and a script or a meta refresh."""
    return visible_words < 20 and _SHELL.search(html_text) is not None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORDS = re.compile(r"[^\W\d_]+")


def words(text: str, at_least: int | None = None) -> int:
    """Words in the text (two CJK characters count as one). With `at_least`, counting may stop once that
    many are found in a prefix (a prefix never holds more words than the whole), so the checks below,
    which only compare with a threshold, do not tokenise a whole long policy."""
    if at_least is not None:
        prefix = text[:at_least * 12]
        if len(prefix) < len(text) and (n := words(prefix)) >= at_least:
            return n
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    return len(_WORDS.findall(text)) + cjk // 2


# A policy may be a short notice: "X is now part of Y; see Y's privacy policy" (56 words), a controller and
# its data-protection officer (78 words), the shortest curated privacy documents of `ota-doc-types`. The
# floor is for pages with no text to speak of, twice the line of a script shell (`is_js_shell`).
MIN_WORDS = 40


def reads_as_policy(text: str, min_words: int = MIN_WORDS) -> tuple[bool, str]:
    """(verdict, why not): at least `min_words` words, and three distinct terms of one language's policy
    vocabulary in the first 20,000 characters. A cheap gate for every capture: what merely talks about
    privacy (a homepage selling "GDPR-ready data protection") is for the page-type classifier to judge,
    when such a page replaces the policy (`changes.other_kind`). Measured on real pages
    (`benchmarks/policy_check.py`): curated privacy policies of five collections read as policies, but for
    the login pages and menus their curators captured; homepages and news articles of 30 languages do not,
    but for a few articles about data protection. The vocabulary has every language `meta.language` names: one
    it lacked was refused at every capture (an Amharic policy: `benchmarks/simulated.py`'s edits_world), and
    passing such a text on its length let its login walls and error pages in (a colleague's review)."""
    n = words(text, at_least=min_words)
    if n < min_words:
        return False, f"{n} words"
    found: set[str] = set()
    start = 0
    for end in (1_500, 6_000, 20_000):  # most policies show their terms early: read on only when needed
        found.update(policy_terms(text[max(start - 60, 0):end]))  # (a phrase across the cut is read whole)
        terms = _one_language(found)
        if len(terms) >= 3:
            return True, ""
        if end >= len(text):
            break
        start = end
    return False, f"policy vocabulary: {sorted(terms)}"


def _one_language(terms: set[str]) -> set[str]:
    """The terms of the language with most of them: a policy is written in one language, and three words
    of three languages' lists ("operator", "titular", "consent" in an English article) are no policy."""
    vocab = _vocabulary()[0]
    by_lang: dict[str, set[str]] = {}
    for t in terms:
        for lang in vocab.languages_of("privacy", t) | vocab.languages_of("body", t):
            by_lang.setdefault(lang, set()).add(t)
    # (a tie between languages settled by their codes: the reason a refusal gives is the same at every run, not
    # in the order Python's randomised string hashes put a set's terms)
    return max((by_lang[lang] for lang in sorted(by_lang)), key=len, default=set())


# Error pages served with 200 (soft 404s, "we'll be back soon"): decisive only in the title or the first
# lines, and only for short texts: a real policy may mention a 404 or a maintenance window further down.
_ERROR_PAGE = re.compile(
    r"\b(?:error|http)[\s:]*(?:404|410|500|502|503)\b|\b(?:404|410|500|502|503)\b[\s:–-]*(?:error|not found)|"
    r"page (?:was )?not found|could not be found|can(?:no|'|’)t (?:be )?found?|"
    r"can(?:no|'|’)t find|(?:does not|doesn't|doesn’t|no longer) exists?|internal server error|"
    r"service (?:temporarily )?unavailable|(?:be|are) back (?:soon|shortly)|(?:under|scheduled) maintenance|"
    r"something went wrong|an error (?:has )?occurred|seite nicht gefunden|page introuvable|"
    r"p[áa]gina no encontrada|pagina non trovata|"
    # the same in more languages (their standard phrases, not any page's)
    r"p[áa]gina n[ãa]o encontrada|pagina niet gevonden|nie znaleziono strony|strona nie została znaleziona|"
    r"stránka nebyla nalezena|stránka nenájdená|страница не найдена|сторінку не знайдено|sayfa bulunamad[ıi]|"
    r"sidan (?:kunde inte hittas|hittades inte)|siden (?:blev ikke fundet|finnes ikke|ble ikke funnet)|"
    r"sivua ei löytynyt|az oldal nem található|pagina nu a fost găsită|η σελίδα δεν βρέθηκε|"
    r"الصفحة غير موجودة|הדף לא נמצא|trang không tồn tại|halaman tidak ditemukan|"
    r"ページが見つかりません|お探しのページは見つかりませんでした|页面不存在|页面未找到|找不到(?:该|此)?页面|"
    r"頁面不存在|找不到網頁|페이지를 찾을 수 없습니다|wartungsarbeiten|en maintenance|en mantenimiento|"
    r"in manutenzione", re.I)


def is_error_page(title: str | None, text: str, max_words: int = 400) -> bool:
    """A short page whose title or first lines say it is an error (a soft 404, a 200 error or maintenance page)."""
    if words(text, at_least=max_words) >= max_words:
        return False
    return _ERROR_PAGE.search(f"{title or ''}\n{text[:300]}") is not None

